#!/usr/bin/env python3
"""Re-open every typed workbook of heldout86 with openpyxl (data_only=True) and check, independently of
make_typed.py:

* expected.json and cells.json name the same (file, organisation, criterion, kind) keys, once each;
* every value is in the cell cells.json names (a number; with a percent number format the fraction is per cent,
  0.0331 → 3.31), and the title cell of its row holds the title;
* every link: the cell's hyperlink target, or its text when the URL is typed as plain text, is the expected URL;
* for the sheet with several organisations: the organisation's name is in the column header cells.json names;
* the organisation(s), «2024», every not-criterion title and every heading are typed in the file;
* parts <= wholes, the ППН forms sum to the total, shares = part / whole (to 0.01).
Exits 1 on any mismatch.
"""
import json
import pathlib
import sys

import openpyxl
from openpyxl.utils.cell import coordinate_from_string

HERE = pathlib.Path(__file__).resolve().parent
errors = []
books = {}


def err(msg):
    errors.append(msg)


def book(f):
    if f not in books:
        books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
    return books[f]


def read_number(cell):
    v = cell.value
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    if "%" in (cell.number_format or ""):
        return round(v * 100, 2)
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def forms_of(e):
    """(organisation, values, links) for each organisation of an expected entry."""
    if isinstance(e["organisation"], list):
        return list(zip(e["organisation"], e["values"], e["links"]))
    return [(e["organisation"], e["values"], e["links"])]


def sheet_text(wb):
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value).strip())
    return out


def check_plausible(f, org, v):
    def le(a, b):
        if a in v and b in v and not v[a] <= v[b]:
            err(f"{f} {org}: {a}={v[a]} > {b}={v[b]}")

    groups = ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
              "mentees_other_params")
    for g in groups:
        le(g, "mentees_10_19")
    if "mentees_10_19" in v and sum(v.get(g, 0) for g in groups) > v["mentees_10_19"]:
        err(f"{f} {org}: mentee groups sum over mentees_10_19")
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("young_specialists_mentors", "teachers_mentors")
    le("teachers_other_mentees", "teachers_other")
    pp = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
          "pp_teacher_pupil", "pp_other")
    if "pp_total" in v and sum(v.get(k, 0) for k in pp) != v["pp_total"]:
        err(f"{f} {org}: ППН forms {sum(v.get(k, 0) for k in pp)} != pp_total {v['pp_total']}")
    if "mentors_total" in v:
        parts = sum(v.get(k, 0) for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                           "enterprise_mentors", "other_org_mentors"))
        if parts > v["mentors_total"]:
            err(f"{f} {org}: mentor parts {parts} > mentors_total {v['mentors_total']}")
    if "mentees_total" in v:
        parts = sum(v.get(k, 0) for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"))
        if parts > v["mentees_total"]:
            err(f"{f} {org}: mentee parts {parts} > mentees_total {v['mentees_total']}")

    def share(name, num, den):
        if name not in v or not all(k in v for k in num + den):
            return
        exact = 100 * sum(v[k] for k in num) / sum(v[k] for k in den)
        if abs(v[name] - exact) > 0.005 + 1e-9:
            err(f"{f} {org}: {name}={v[name]}, computed {exact:.4f}")

    share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
    share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
    share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
    share("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
          ["young_specialists", "teachers_other"])
    share("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"])
    share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
    for k in ("satisfaction_mentees", "satisfaction_mentors"):
        if k in v and not 0 <= v[k] <= 100:
            err(f"{f} {org}: {k}={v[k]}")
    for k, x in v.items():
        if k.startswith("orgs_") or k == "internal_monitoring_notes":
            if x not in (0, 1):
                err(f"{f} {org}: yes/no {k}={x}")


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

    exp = {}
    for e in expected:
        for org, vals, links in forms_of(e):
            for k, x in vals.items():
                exp[(e["file"], org, k, "value")] = x
            for k, x in links.items():
                exp[(e["file"], org, k, "link")] = x
    by_file = {e["file"]: e for e in expected}

    seen = set()
    n_val = n_link = 0
    for c in cells:
        e = by_file.get(c["file"])
        if e is None:
            err(f"cells.json names an unknown file {c['file']}")
            continue
        org = c.get("organisation", e["organisation"])
        key = (c["file"], org, c["criterion"], c["kind"])
        if key in seen:
            err(f"duplicate cell entry {key}")
        seen.add(key)
        if key not in exp:
            err(f"cells.json entry not in expected.json: {key}")
            continue
        want = exp[key]
        if not same(c["expected"], want):
            err(f"{key}: cells.json says {c['expected']!r}, expected.json {want!r}")
        ws = book(c["file"])[c["sheet"]]
        cell = ws[c["cell"]]
        if c["kind"] == "value":
            got = read_number(cell)
            if got is None or not same(got, want):
                err(f"{c['file']} {c['cell']} {c['criterion']} ({org}): read {got!r}, expected {want!r}")
            if ws[c["title_cell"]].value != c["title"]:
                err(f"{c['file']} {c['title_cell']}: title {ws[c['title_cell']].value!r} != {c['title']!r}")
            if coordinate_from_string(c["title_cell"])[1] != coordinate_from_string(c["cell"])[1]:
                err(f"{c['file']} {c['cell']}: title not on the value's row")
            n_val += 1
        else:
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            text = str(cell.value).strip() if cell.value is not None else None
            if target != want and text != want:
                err(f"{c['file']} {c['cell']} {c['criterion']}: link {target!r} / {text!r}, expected {want!r}")
            n_link += 1
        if "org_header" in c:
            h = book(c["file"])[c["org_header"]["sheet"]][c["org_header"]["cell"]]
            if h.value != org:
                err(f"{c['file']} {c['org_header']['cell']}: header {h.value!r} != {org!r}")
    missing = set(exp) - seen
    if missing:
        err(f"expected.json keys without a cell: {sorted(missing)[:5]} … ({len(missing)})")

    for e in expected:
        text = sheet_text(book(e["file"]))
        joined = "\n".join(text)
        orgs = e["organisation"] if isinstance(e["organisation"], list) else [e["organisation"]]
        for o in orgs:
            if o is not None and o not in joined:
                err(f"{e['file']}: organisation {o!r} not typed")
        if "2024" not in joined:
            err(f"{e['file']}: no 2024")
        for t in e["not_criteria"] + e["headings"]:
            if t.strip() not in text:
                err(f"{e['file']}: {t!r} not a cell of the file")
        for org, vals, _ in forms_of(e):
            check_plausible(e["file"], org, vals)

    print(f"{len(expected)} files, {sum(len(forms_of(e)) for e in expected)} forms, {n_val} values, "
          f"{n_link} links checked; {len(errors)} errors")
    for m in errors[:50]:
        print("  " + m)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
