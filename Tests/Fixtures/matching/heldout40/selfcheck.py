#!/usr/bin/env python3
"""Self-check of held-out set 40, independent of make_typed.py.

Re-reads every workbook with openpyxl and checks each expected value and link of expected.json
against the cell that cells.json names; also checks the theme's machinery (protection, unlocked
inputs, outline groups, hidden helper column, merged value cells, comments, drop-downs, the
LibreOffice re-save) and the arithmetic of the forms.  Exit code 1 on any mismatch.
"""
import json
import os
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
YES = {"✓", "☑", "+", "V"}
NO = {"✗", "☐", "–"}
errors = []


def err(msg):
    errors.append(msg)


def read_value(ws, coord):
    c = ws[coord]
    v = c.value
    if isinstance(v, str):
        s = v.strip()
        if s == "V":  # «V» layout: the column header in row 9 says «Да» or «Нет»
            col = column_index_from_string(coordinate_from_string(coord)[0])
            head = ws.cell(9, col).value
            return {"Да": 1, "Нет": 0}.get(head, "?V")
        if s in YES:
            return 1
        if s in NO:
            return 0
        return v
    if isinstance(v, (int, float)) and "%" in (c.number_format or ""):
        return v * 100
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cj = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    cells = cj["cells"]

    # --- totals
    nfiles = len({e["file"] for e in expected})
    nvals = sum(len(e["values"]) for e in expected)
    if not 5 <= nfiles <= 8:
        err(f"{nfiles} files")
    if not 150 <= nvals <= 280:
        err(f"{nvals} values")

    # --- catalogue ids
    ids = set()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            ids.add(line.split("\t")[0])

    books = {}
    for e in expected:
        path = os.path.join(HERE, e["file"])
        books[e["file"]] = (openpyxl.load_workbook(path, data_only=True), openpyxl.load_workbook(path))
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        for k in list(e["values"]) + list(e["links"]):
            if k not in ids:
                err(f"{e['file']}: unknown criterion {k}")
        for k in e["links"]:
            if k not in e["values"]:
                err(f"{e['file']}: link without value {k}")

    # --- every expected value / link has exactly one cell, and the cell holds it
    seen = {}
    for c in cells:
        key = (c["file"], c["kind"], c["criterion"])
        if key in seen:
            err(f"duplicate cell entry {key}")
        seen[key] = c
        wb, wbf = books[c["file"]]
        ws = wb[c["sheet"]]
        e = next(x for x in expected if x["file"] == c["file"])
        if c["kind"] == "value":
            want = e["values"].get(c["criterion"])
            if want is None:
                err(f"{key}: not in expected.json")
                continue
            got = read_value(ws, c["cell"])
            if not same(got, want) or not same(c["expected"], want):
                err(f"{key} at {c['cell']}: cell {got!r}, cells.json {c['expected']!r}, expected {want!r}")
        else:
            want = e["links"].get(c["criterion"])
            got = ws[c["cell"]].value
            if got != want or c["expected"] != want:
                err(f"{key} at {c['cell']}: {got!r} != {want!r}")
            hl = ws[c["cell"]].hyperlink
            if hl is not None and hl.target not in (None, want):
                err(f"{key}: hyperlink target {hl.target!r}")
        # hidden rows as claimed
        row = coordinate_from_string(c["cell"])[1]
        hidden = bool(ws.row_dimensions[row].hidden)
        if hidden != c["row_hidden"]:
            err(f"{key}: row hidden {hidden}, cells.json says {c['row_hidden']}")
    for e in expected:
        for k in e["values"]:
            if (e["file"], "value", k) not in seen:
                err(f"{e['file']}: value {k} has no cell")
        for k in e["links"]:
            if (e["file"], "link", k) not in seen:
                err(f"{e['file']}: link {k} has no cell")

    # --- organisation names as the forms give them
    for e in expected:
        wb, _ = books[e["file"]]
        ws = next(w for w in wb.worksheets if w.sheet_state == "visible" and w.title != "Инструкция")
        if e["organisation"] is not None and ws["C3"].value != e["organisation"]:
            err(f"{e['file']}: C3 {ws['C3'].value!r} != {e['organisation']!r}")
        if e["organisation"] is None and "Управление образования" not in str(ws["C4"].value):
            err(f"{e['file']}: not a municipal form")

    # --- arithmetic of every organisation form
    for e in expected:
        v = e["values"]
        if e["organisation"] is None:
            if abs(v["share_orgs_teachers_system"] - 100 * v["orgs_regulation_teachers"] / v["orgs_total"]) > 0.006:
                err("municipal share teachers")
            if abs(v["share_orgs_students_system"] - 100 * v["orgs_regulation_students"] / v["orgs_total"]) > 0.006:
                err("municipal share students")
            continue
        pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
              "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
        if v["pp_total"] != sum(v[k] for k in pp):
            err(f"{e['file']}: pp sum")
        cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
                "mentees_other_params"]
        if v["mentees_10_19"] != sum(v[k] for k in cats):
            err(f"{e['file']}: mentee categories")
        for s, n, d in [("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"]),
                        ("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"]),
                        ("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"]),
                        ("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
                         ["teachers_other", "young_specialists"]),
                        ("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"]),
                        ("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])]:
            den = sum(v[k] for k in d)
            calc = 0 if den == 0 else 100 * sum(v[k] for k in n) / den
            if abs(calc - v[s]) > 0.006:
                err(f"{e['file']}: {s} {v[s]} vs {calc:.4f}")
            if sum(v[k] for k in n) > den:
                err(f"{e['file']}: part larger than whole in {s}")
        for k in ("satisfaction_mentees", "satisfaction_mentors"):
            if not 0 <= v[k] <= 100:
                err(f"{e['file']}: {k}")

    # --- theme machinery
    files = cj["files"]
    for e in expected:
        wb, wbf = books[e["file"]]
        ws = next(w for w in wb.worksheets if w.sheet_state == "visible" and w.title != "Инструкция")
        wsf = wbf[ws.title]
        if not ws.protection.sheet:
            err(f"{e['file']}: sheet not protected")
        if not ws.data_validations.dataValidation:
            err(f"{e['file']}: no drop-downs")
        if not any(c.comment for row in ws.iter_rows() for c in row):
            err(f"{e['file']}: no cell comments")
        if not any(ws.row_dimensions[r].hidden and ws.row_dimensions[r].outlineLevel for r in ws.row_dimensions):
            err(f"{e['file']}: no collapsed group")
        for c in cells:
            if c["file"] != e["file"] or c["kind"] != "value":
                continue
            cell = wsf[c["cell"]]
            is_formula = isinstance(cell.value, str) and cell.value.startswith("=")
            if not is_formula and cell.protection.locked:
                err(f"{e['file']} {c['cell']}: input cell locked")
        headers = [str(ws.cell(8, col).value) for col in range(1, ws.max_column + 1)]
        hidden_cols = [k for k, d in ws.column_dimensions.items() if d.hidden]
        fname = os.path.basename(e["file"])
        if fname.startswith(("01", "04")):
            if hidden_cols != ["D"] or "2023" not in headers[3]:
                err(f"{fname}: hidden helper column D expected, got {hidden_cols} {headers[3]!r}")
            if not any(isinstance(ws.cell(r, 4).value, (int, float)) for r in range(10, 40)):
                err(f"{fname}: helper column empty")
        if fname.startswith(("02", "05", "06")):
            if headers[3] != "на 31.12.2023":
                err(f"{fname}: D8 {headers[3]!r}")
            h = ws.cell(8, 5).value
            ok = h == "на 31.12.2024" or (hasattr(h, "year") and (h.year, h.month, h.day) == (2024, 12, 31))
            if not ok:
                err(f"{fname}: E8 {h!r}")
        if fname.startswith("03"):
            merged = {str(r) for r in ws.merged_cells.ranges}
            for c in cells:
                if c["file"] == e["file"] and c["kind"] == "value":
                    row = coordinate_from_string(c["cell"])[1]
                    if f"D{row}:E{row}" not in merged:
                        err(f"{fname}: value {c['cell']} not merged over D:E")
            with zipfile.ZipFile(os.path.join(HERE, e["file"])) as z:
                app = z.read("docProps/app.xml").decode("utf-8", "replace")
            if "LibreOffice" not in app:
                err(f"{fname}: not re-saved by LibreOffice")
            if not files[e["file"]].get("resaved_with"):
                err(f"{fname}: re-save not recorded in cells.json")
        # symbols used for yes/no
        syms = {str(c.value).strip() for row in ws.iter_rows(min_row=10) for c in row
                if isinstance(c.value, str) and c.value.strip() in YES | NO}
        want_syms = {"01": {"✓"}, "02": {"☑", "☐"}, "03": {"+"}, "04": {"V"}, "05": {"✓"}, "06": {"☑", "☐"}}
        if not want_syms[fname[:2]] <= syms:
            err(f"{fname}: yes/no symbols {syms}")

    # --- not expected: last year's values are never the expected cell
    for c in cells:
        col = coordinate_from_string(c["cell"])[0]
        if c["kind"] == "value" and c["file"].split("/")[-1][:2] in ("01", "02", "04", "05", "06") and col == "D":
            err(f"{c['file']} {c['cell']}: expected value in the 2023 column")

    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    nl = sum(len(e["links"]) for e in expected)
    orgs = sum(1 for e in expected if e["organisation"])
    print(f"OK: {nfiles} files, {orgs} organisations + 1 municipal form, {nvals} values, {nl} links, "
          f"{len(cells)} cells checked")


if __name__ == "__main__":
    main()
