#!/usr/bin/env python3
"""Independent check of heldout106: re-open every typed workbook with openpyxl (data_only=True)
and check that every expected value and link is in the cell cells.json names; check the
non-form entries, the totals and the consistency of the figures. Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "есть", "имеется", "+"}
NO = {"нет", "отсутствует", "-", "—"}


def as_number(v, fmt):
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return v * 100.0 if "%" in (fmt or "") else float(v)
    if isinstance(v, str):
        s = v.strip().lower()
        if s in YES:
            return 1.0
        if s in NO:
            return 0.0
        s = s.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
        if re.fullmatch(r"-?\d+(\.\d+)?", s):
            return float(s)
    return None


def split_list(s):
    return [p.strip() for p in re.split(r";", s) if p.strip()]


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    units = {}
    catalogue = set()
    if CRITERIA.exists():
        lines = CRITERIA.read_text(encoding="utf-8").splitlines()
        head = lines[0].split("\t")
        for line in lines[1:]:
            row = dict(zip(head, line.split("\t")))
            units[row["id"]] = row["unit"]
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row.get(k, "").strip():
                    catalogue.add(row[k].strip().lower())
    else:
        err(f"criteria.tsv not found at {CRITERIA}")

    books = {}

    def book(f):
        if f not in books:
            p = HERE / f
            if not p.exists():
                err(f"missing file {f}")
                return None
            books[f] = load_workbook(p, data_only=True)
        return books[f]

    # 1. every cells.json entry is in its cell
    for c in cells:
        wb = book(c["file"])
        if wb is None:
            continue
        if c["sheet"] not in wb.sheetnames:
            err(f"{c['file']}: no sheet {c['sheet']}")
            continue
        cell = wb[c["sheet"]][c["cell"]]
        got, exp = cell.value, c["expected"]
        if c["kind"] == "link":
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if got != exp and target != exp:
                err(f"{c['file']}!{c['cell']} link {got!r} != {exp!r}")
            continue
        if isinstance(exp, str):
            if not isinstance(got, str) or split_list(got) != split_list(exp):
                err(f"{c['file']}!{c['cell']} {c['criterion']}: {got!r} != {exp!r}")
        else:
            n = as_number(got, cell.number_format)
            if n is None or abs(n - exp) > 0.005:
                err(f"{c['file']}!{c['cell']} {c['criterion']}: {got!r} -> {n} != {exp}")
        if c["criterion"] not in units:
            err(f"unknown criterion {c['criterion']}")
        if c["title"].strip().lower() in catalogue:
            err(f"catalogue wording typed verbatim: {c['title']}")

    # 2. expected.json and cells.json say the same
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], {"value": {}, "link": {}})[c["kind"]][c["criterion"]] = c["expected"]
    files = set()
    for e in expected:
        f = e["file"]
        if f in files:
            err(f"two entries for {f}")
        files.add(f)
        if book(f) is None:
            continue
        got = by_file.get(f, {"value": {}, "link": {}})
        if got["value"] != e["values"]:
            err(f"{f}: values differ between expected.json and cells.json")
        if got["link"] != e["links"]:
            err(f"{f}: links differ between expected.json and cells.json")
        for k in e["links"]:
            if k not in e["values"]:
                err(f"{f}: link without value for {k}")
        if e.get("not_a_form"):
            if e["values"] or e["links"]:
                err(f"{f}: a workbook that is not a form must give no values")
            if not e["not_criteria"]:
                err(f"{f}: not_criteria should list its figure rows")
        # every not_criteria title is typed somewhere in the workbook
        wb = book(f)
        texts = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        texts.add(cell.value)
        for t in e["not_criteria"] + e["headings"]:
            if t not in texts:
                err(f"{f}: row title not found in the workbook: {t!r}")
        # shares equal part / whole
        v = e["values"]
        for share, part, whole in [
            ("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"]),
            ("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"]),
            ("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"]),
            ("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
             ["young_specialists", "teachers_other"]),
            ("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"]),
            ("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"]),
        ]:
            if share in v and all(k in v for k in part + whole):
                want = round(100.0 * sum(v[k] for k in part) / sum(v[k] for k in whole), 2)
                if abs(want - v[share]) > 0.01:
                    err(f"{f}: {share} {v[share]} != {want}")
        # parts <= wholes
        for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"), ("mentors_15_19", "mentors_total"),
                            ("teachers_mentors", "mentors_total"), ("mentees_10_19", "mentees_total")]:
            if part in v and whole in v and v[part] > v[whole]:
                err(f"{f}: {part} {v[part]} > {whole} {v[whole]}")
        subs = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
                "mentees_other_params"]
        if all(k in v for k in subs + ["mentees_10_19"]) and sum(v[k] for k in subs) > v["mentees_10_19"]:
            err(f"{f}: categories of mentees exceed mentees_10_19")
        pps = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
               "pp_teacher_pupil", "pp_other"]
        if all(k in v for k in pps + ["pp_total"]) and sum(v[k] for k in pps) != v["pp_total"]:
            err(f"{f}: programmes by form do not add up to pp_total")
        for k, x in v.items():
            u = units.get(k)
            if u == "yesno" and x not in (0, 1):
                err(f"{f}: {k} must be 0/1")
            if u in ("share", "level") and not (0 <= x <= 100):
                err(f"{f}: {k} out of range")

    on_disk = {f"typed/{p.name}" for p in (HERE / "typed").glob("*.xlsx")}
    if on_disk != files:
        err(f"files on disk and in expected.json differ: {sorted(on_disk ^ files)}")

    forms = [e for e in expected if not e.get("not_a_form")]
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if not 5 <= len(expected) <= 8:
        err(f"{len(expected)} files, want 5–8")
    if not 150 <= nv <= 300:
        err(f"{nv} values, want 150–300")

    if errors:
        for m in errors:
            print("FAIL:", m)
        print(f"selfcheck FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"selfcheck OK: {len(expected)} files, {len(forms)} forms, {len(expected) - len(forms)} not forms, "
          f"{nv} values, {nl} links, {len(cells)} cells")


if __name__ == "__main__":
    main()
