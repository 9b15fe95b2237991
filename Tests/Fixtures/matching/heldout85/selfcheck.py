#!/usr/bin/env python3
"""Re-open every typed workbook with openpyxl (data_only=True) and check, independently of make_typed.py:

* every value of expected.json is in the cell cells.json names (read by the cell's own display rules: «да/есть/
  имеется/Да» = 1, «нет» = 0, «61 чел.», «11,49%», a percent number format → per cent, a list one per line or «; »);
* every link: the hyperlink target (or, for a plain-text URL, the cell text) equals the expected URL;
* expected.json and cells.json name the same (file, criterion, kind) keys; the title cell holds the title;
* the organisation's name, 2024, every not-criterion title and every heading are typed in the file;
* parts <= wholes and shares = part / whole (to the decimals typed).
Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


YES = {"да": 1, "есть": 1, "имеется": 1, "нет": 0, "не принято": 0, "отсутствует": 0}


def read_value(cell):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return v
    if v is None:
        return None
    s = str(v).replace("\u00a0", " ").strip()
    if s.lower() in YES:
        return YES[s.lower()]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(%|чел\.?|шт\.?)?", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() and m.group(2) != "%" else x
    # a list: one per line or separated by «;»
    parts = [p.strip() for p in re.split(r"[;\n]", s) if p.strip()]
    return "; ".join(parts)


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def all_text(ws):
    out = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                out.append(str(c.value))
    return "\n".join(out)


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    books = {}

    def sheet(f, s):
        if f not in books:
            books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
        return books[f][s]

    # keys agree
    exp_keys = set()
    for e in expected:
        for k in e["values"]:
            exp_keys.add((e["file"], k, "value"))
        for k in e["links"]:
            exp_keys.add((e["file"], k, "link"))
    cell_keys = [(c["file"], c["criterion"], c["kind"]) for c in cells]
    if len(cell_keys) != len(set(cell_keys)):
        err("cells.json has duplicate keys")
    if set(cell_keys) != exp_keys:
        err(f"keys differ: only expected {sorted(exp_keys - set(cell_keys))[:5]}, "
            f"only cells {sorted(set(cell_keys) - exp_keys)[:5]}")
    by_file = {e["file"]: e for e in expected}

    n_val = n_link = 0
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        e = by_file[c["file"]]
        if c["kind"] == "value":
            got = read_value(cell)
            want = e["values"][c["criterion"]]
            if not same(got, want) or not same(c["expected"], want):
                err(f"{c['file']} {c['cell']} {c['criterion']}: read {got!r}, expected {want!r}")
            if ws[c["title_cell"]].value != c["title"]:
                err(f"{c['file']} {c['title_cell']}: title {ws[c['title_cell']].value!r} != {c['title']!r}")
            n_val += 1
        else:
            want = e["links"][c["criterion"]]
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if target != want and cell.value != want:
                err(f"{c['file']} {c['cell']} {c['criterion']}: link {target!r} / {cell.value!r}, expected {want!r}")
            if c.get("hyperlink") and target != want:
                err(f"{c['file']} {c['cell']}: hyperlink expected")
            n_link += 1

    for e in expected:
        wb = openpyxl.load_workbook(HERE / e["file"], data_only=True)
        text = "\n".join(all_text(ws) for ws in wb.worksheets)
        if e["organisation"] not in text:
            err(f"{e['file']}: organisation {e['organisation']!r} not typed")
        if "2024" not in text:
            err(f"{e['file']}: no 2024")
        for t in e["not_criteria"] + e["headings"]:
            if t not in text:
                err(f"{e['file']}: {t!r} not typed")
        check_plausible(e)

    # the organisation of 02 is named only in the merged title
    e2 = next(e for e in expected if e["file"].startswith("typed/02_"))
    ws2 = openpyxl.load_workbook(HERE / e2["file"]).active
    hits = [c.coordinate for row in ws2.iter_rows() for c in row
            if isinstance(c.value, str) and "Гимназия № 3" in c.value]
    if hits != ["A1"] or "A1:F2" not in [str(r) for r in ws2.merged_cells.ranges]:
        err(f"02: the name should be only in the merged title A1:F2, found in {hits}")

    print(f"{len(expected)} forms, {n_val} values, {n_link} links checked; {len(errors)} errors")
    for m in errors[:50]:
        print("  " + m)
    return 1 if errors else 0


def check_plausible(e):
    v = e["values"]
    f = e["file"]

    def le(a, b):
        if a in v and b in v and not v[a] <= v[b]:
            err(f"{f}: {a}={v[a]} > {b}={v[b]}")

    for part in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
                 "mentees_other_params"):
        le(part, "mentees_10_19")
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("mentors_15_19", "students_15_19_in_programmes")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("young_specialists_mentors", "teachers_mentors")
    for part in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
                 "pp_teacher_pupil", "pp_other"):
        le(part, "pp_total")
    forms = [v[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                            "pp_student_pupil", "pp_teacher_pupil", "pp_other") if k in v]
    if "pp_total" in v and sum(forms) > v["pp_total"]:
        err(f"{f}: ППН forms sum {sum(forms)} > total {v['pp_total']}")
    for part in ("external_edu_mentors", "enterprise_mentors", "other_org_mentors", "teachers_mentors",
                 "mentors_15_19"):
        le(part, "mentors_total")
    le("mentees_10_19", "mentees_total")

    def share(name, num, den):
        if name not in v:
            return
        n = sum(v[k] for k in num) if all(k in v for k in num) else None
        d = sum(v[k] for k in den) if all(k in v for k in den) else None
        if n is None or d is None:
            return
        exact = 100 * n / d
        decimals = len(str(v[name]).split(".")[1]) if "." in str(v[name]) else 0
        tol = 0.5 * 10 ** -max(decimals, 1) + 1e-9
        if abs(v[name] - exact) > max(tol, 0.005 + 1e-9):
            err(f"{f}: {name}={v[name]} but {n}/{d}={exact:.4f}")

    share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
    share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
    share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
    share("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
          ["young_specialists", "teachers_other"])
    share("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"])
    share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
    if "teachers_municipal" in v and "teachers_other" in v and "young_specialists" in v:
        if v["teachers_municipal"] != v["teachers_other"] + v["young_specialists"]:
            err(f"{f}: teachers_municipal != teachers_other + young_specialists")
    for k in ("satisfaction_mentees", "satisfaction_mentors"):
        if k in v and not 0 <= v[k] <= 100:
            err(f"{f}: {k}={v[k]}")


if __name__ == "__main__":
    sys.exit(main())
