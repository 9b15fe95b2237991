#!/usr/bin/env python3
"""Self-check of heldout126 (side-by-side tables): re-opens every typed file with openpyxl (data_only=True) and
checks that every expected value and link is in the cell cells.json names, on the row and next to the title
cells.json names; also checks the set's own promises: shares = part / whole rounded to 2 decimals, mentee groups
sum to mentees_10_19, ПП forms sum to pp_total, mentors_total and mentees_total are the sums of their parts, 35–45
values and 3–4 not-criterion rows per form, 70–85 % of the non-contingent rows with a link, every form has at
least two tables separated by an empty column with values on both sides, the Гимназия's right table is numbered
24–45, no row title copies a catalogue wording. Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
CONTINGENTS = ("students_10_19", "students_15_19", "young_specialists", "teachers_other")
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")

errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "есть", "имеется", "1"}
NO = {"нет", "0", "отсутствует"}


def as_number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        t = v.strip().lower()
        if t in YES:
            return 1.0
        if t in NO:
            return 0.0
        t = t.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def split_list(v):
    return [p.strip() for p in re.split(r"[;\n]", str(v)) if p.strip()]


def norm(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return " ".join(t.split())


def rc(coord):
    col, row = coordinate_from_string(coord)
    return row, column_index_from_string(col)


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    allowed = {k for k, r in cat.items() if r["level"] == "org" and r["wording_2024"].strip()
               and r["aggregation"] not in ("forms", "sum_of")}
    cat_norm = {norm(r[k]) for r in cat.values() for k in ("wording_2023", "wording_2024", "form_wording")
                if r[k].strip()}

    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    # 1. every cell of cells.json holds what it promises, on the row of its title
    checked = 0
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        exp = c["expected"]
        vrow, vcol = rc(c["cell"])
        trow, tcol = rc(c["title_cell"])
        if ws[c["title_cell"]].value != c["row_title"]:
            err(f"{c['file']} {c['title_cell']}: title {ws[c['title_cell']].value!r} != {c['row_title']!r}")
        if c["kind"] == "link":
            got = cell.value
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if got != exp and target != exp:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {exp!r}, got {got!r}")
            if not exp.startswith("https://"):
                err(f"{c['file']} {c['cell']}: link is not a URL")
            if (vrow, vcol) != (trow, tcol + 2):
                err(f"{c['file']} {c['cell']}: link not two columns right of its title {c['title_cell']}")
        else:
            if (vrow, vcol) != (trow, tcol + 1):
                err(f"{c['file']} {c['cell']}: value not right of its title {c['title_cell']}")
            v = cell.value
            unit = cat[c["criterion"]]["unit"]
            if unit == "list":
                if split_list(v) != split_list(exp):
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected list {exp!r}, got {v!r}")
            elif unit == "text":
                if str(v).strip() != str(exp).strip():
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected text {exp!r}, got {v!r}")
            else:
                n = as_number(v)
                if n is None or abs(n - float(exp)) > 0.005:
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected {exp!r}, got {v!r}")
        checked += 1

    # 2. expected.json and cells.json agree; not-criteria, headings, organisation and year are in the sheets
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    for e in expected:
        fc = by_file.get(e["file"], [])
        if not fc:
            err(f"{e['file']}: no cells")
            continue
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(vals) != set(e["values"]):
            err(f"{e['file']}: values in expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{e['file']}: links in expected.json and cells.json differ")
        for cid, v in e["values"].items():
            if cid not in allowed:
                err(f"{e['file']}: {cid} is not an organisation criterion of 2024")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{e['file']}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if cid not in e["values"]:
                err(f"{e['file']}: link {cid} without a value")
            if links[cid]["expected"] != u:
                err(f"{e['file']}: link {cid} differs")
            if cid in CONTINGENTS:
                err(f"{e['file']}: a contingent ({cid}) has a link")
        ws = sheet(e["file"], fc[0]["sheet"])
        where = {}
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    where.setdefault(cell.value, []).append((cell.row, cell.column))
        for t in e["not_criteria"]:
            if t not in where:
                err(f"{e['file']}: not-criterion row {t!r} not found")
            elif all(ws.cell(r, c + 1).value is None for r, c in where[t]):
                err(f"{e['file']}: not-criterion row {t!r} has no value")
            if norm(t) in cat_norm:
                err(f"{e['file']}: not-criterion {t!r} is a catalogue wording")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{e['file']}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")
        for h in e["headings"]:
            if h not in where:
                err(f"{e['file']}: heading {h!r} not found")
            else:
                for r, c in where[h]:
                    if isinstance(ws.cell(r, c + 1).value, (int, float)):
                        err(f"{e['file']}: heading {h!r} has a value")
        if not e["headings"]:
            err(f"{e['file']}: no headings")
        first_data_row = min(rc(c["cell"])[0] for c in fc)
        title_texts = [t for t, pos in where.items() if any(r < min(first_data_row - 1, 4) for r, c in pos)]
        if not any(e["organisation"] in t for t in title_texts):
            err(f"{e['file']}: organisation not named in the title rows")
        if not any("2024" in t for t in title_texts):
            err(f"{e['file']}: year not in the title rows")
        if e["year"] != 2024:
            err(f"{e['file']}: year")
        for cid, c in vals.items():
            if norm(c["row_title"]) in cat_norm:
                err(f"{e['file']}: row title of {cid} copies a catalogue wording: {c['row_title']!r}")
        nv = len(e["values"])
        if not 35 <= nv <= 45:
            err(f"{e['file']}: {nv} values (35–45 wanted)")
        nc = nv - sum(1 for k in e["values"] if k in CONTINGENTS)
        ratio = len(e["links"]) / nc
        if not 0.70 <= ratio <= 0.85:
            err(f"{e['file']}: {ratio:.1%} of the non-contingent rows have a link (70–85 % wanted)")

        # 3. layout: tables side by side, separated by at least one empty column, values on both sides
        cols_used = set()
        for row in ws.iter_rows(min_row=first_data_row - 1):
            for cell in row:
                if cell.value is not None:
                    cols_used.add(cell.column)
        gaps = [c for c in range(min(cols_used), max(cols_used) + 1) if c not in cols_used]
        vcols = {rc(c["cell"])[1] for c in fc if c["kind"] == "value"}
        if not gaps or not any(min(vcols) < g < max(vcols) for g in gaps):
            err(f"{e['file']}: no empty column between two tables holding values")
        headers = [pos for t, pos in where.items() if t in ("Показатель", "Критерий")]
        if sum(len(p) for p in headers) < 2:
            err(f"{e['file']}: fewer than two header rows")

        # 4. figures consistent inside the form (absent parts count as 0)
        v = e["values"]

        def ratio_of(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)

        def check_share(sid, part, whole):
            if sid in v and all(k in v for k in part + whole):
                r = ratio_of(sum(v[k] for k in part), sum(v[k] for k in whole))
                if abs(v[sid] - r) > 0.005:
                    err(f"{e['file']}: {sid} {v[sid]} != {r}")

        check_share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
        check_share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
        check_share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
        check_share("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
                    ["teachers_other", "young_specialists"])
        check_share("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"])
        check_share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
        if "mentees_10_19" in v and sum(v.get(k, 0) for k in GROUPS) != v["mentees_10_19"]:
            err(f"{e['file']}: mentee groups do not sum to mentees_10_19")
        if "pp_total" in v and sum(v.get(k, 0) for k in PP_FORMS) != v["pp_total"]:
            err(f"{e['file']}: ПП forms do not sum to pp_total")
        if "mentors_total" in v:
            s = sum(v.get(k, 0) for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                          "enterprise_mentors", "other_org_mentors"))
            if s != v["mentors_total"]:
                err(f"{e['file']}: mentors_total {v['mentors_total']} != {s}")
        if "mentees_total" in v:
            s = sum(v.get(k, 0) for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"))
            if s != v["mentees_total"]:
                err(f"{e['file']}: mentees_total {v['mentees_total']} != {s}")

    # 5. the Гимназия: the left table is numbered 1–23, the right table continues 24–45
    g = [e for e in expected if e["file"] == "typed/gimn5_prodolzhenie_24_45.xlsx"]
    if len(g) != 1:
        err("the continuation file is missing")
    else:
        ws = sheet(g[0]["file"], by_file[g[0]["file"]][0]["sheet"])
        left = [c.value for c in ws["A"] if isinstance(c.value, int)]
        right = [c.value for c in ws["G"] if isinstance(c.value, int)]
        if left != list(range(1, 24)) or right != list(range(24, 46)):
            err(f"continuation numbering: left {left}, right {right}")

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria, "
          f"{nh} headings, {checked} cells checked")


if __name__ == "__main__":
    main()
