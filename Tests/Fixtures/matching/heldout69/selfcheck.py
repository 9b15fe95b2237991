# -*- coding: utf-8 -*-
"""Re-reads every typed workbook with openpyxl and checks each expected value, link and organisation
of expected.json against the cell given in cells.json.  Exit 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

YES = {"да", "имеется", "есть", "утверждено", "утверждён", "утвержден"}
NO = {"нет", "отсутствует"}
errors = []


def norm_value(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v).strip()
    low = s.lower()
    if low in YES:
        return 1
    if low in NO:
        return 0
    t = s.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        return float(t)
    return s


def same(got, exp):
    if isinstance(exp, (int, float)) and not isinstance(exp, bool):
        return isinstance(got, (int, float)) and abs(got - exp) < 1e-6
    return got == exp


books = {}


def sheet(file, name):
    if file not in books:
        books[file] = openpyxl.load_workbook(os.path.join(HERE, file))
    return books[file][name]


# 1. every cells.json entry agrees with its cell
for c in cells:
    ws = sheet(c["file"], c["sheet"])
    cell = ws[c["cell"]]
    if c["kind"] == "value":
        got = norm_value(cell)
        if not same(got, c["expected"]):
            errors.append(f'{c["file"]} {c["cell"]} {c["criterion"]}: cell {cell.value!r} -> {got!r}, expected {c["expected"]!r}')
    elif c["kind"] == "link":
        text = str(cell.value or "")
        target = cell.hyperlink.target if cell.hyperlink is not None else None
        if c["expected"] not in text and target != c["expected"]:
            errors.append(f'{c["file"]} {c["cell"]} {c["criterion"]}: link {c["expected"]} not in {text!r}')
    elif c["kind"] == "organisation":
        if c["expected"] not in str(cell.value or ""):
            errors.append(f'{c["file"]} {c["cell"]}: organisation {c["expected"]!r} not in {cell.value!r}')

# 2. every expected value / link is covered by exactly one cells.json entry with the same expectation
idx = {}
for c in cells:
    if c["kind"] in ("value", "link"):
        key = (c["file"], c["kind"], c["criterion"])
        if key in idx:
            errors.append(f"duplicate cells.json entry {key}")
        idx[key] = c["expected"]
nv = nl = 0
for e in expected:
    assert e["year"] == 2024
    for kind, d in (("value", e["values"]), ("link", e["links"])):
        for crit, exp in d.items():
            key = (e["file"], kind, crit)
            if key not in idx:
                errors.append(f"no cell for {key}")
            elif not same(idx[key], exp) and idx[key] != exp:
                errors.append(f"cells.json / expected.json disagree for {key}: {idx[key]!r} vs {exp!r}")
        if kind == "value":
            nv += len(d)
        else:
            nl += len(d)
    for crit in e["links"]:
        if crit not in e["values"]:
            errors.append(f'{e["file"]}: link without value for {crit}')
if len(idx) != nv + nl:
    errors.append(f"cells.json has {len(idx)} value/link entries, expected.json {nv + nl}")

# 3. plausibility: parts never larger than their wholes, shares consistent with counts
PARTS = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
         ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
         ("young_specialists_mentors", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
         ("mentees_10_19", "mentees_total"), ("mentors_15_19", "mentors_total"), ("teachers_mentors", "mentors_total")]
for sub in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"):
    PARTS.append((sub, "mentees_10_19"))
for pp in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
           "pp_teacher_pupil", "pp_other"):
    PARTS.append((pp, "pp_total"))
SHARES = {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
          "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
          "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists"),
          "share_young_specialists_mentors": ("young_specialists_mentors", "young_specialists")}
for e in expected:
    v = e["values"]
    for a, b in PARTS:
        if a in v and b in v and v[a] > v[b]:
            errors.append(f'{e["file"]}: {a}={v[a]} > {b}={v[b]}')
    for s, (a, b) in SHARES.items():
        if s in v and a in v and b in v and abs(v[s] - 100 * v[a] / v[b]) > 0.01:
            errors.append(f'{e["file"]}: {s}={v[s]} vs {a}/{b}={100 * v[a] / v[b]:.4f}')
    if "share_teachers_mentees" in v and all(k in v for k in ("teachers_other", "young_specialists",
                                                             "teachers_other_mentees", "young_specialists_mentees")):
        r = 100 * (v["teachers_other_mentees"] + v["young_specialists_mentees"]) / (v["teachers_other"] + v["young_specialists"])
        if abs(v["share_teachers_mentees"] - r) > 0.01:
            errors.append(f'{e["file"]}: share_teachers_mentees {v["share_teachers_mentees"]} vs {r:.4f}')
    if "share_teachers_mentors" in v and all(k in v for k in ("teachers_other", "young_specialists", "teachers_mentors")):
        r = 100 * v["teachers_mentors"] / (v["teachers_other"] + v["young_specialists"])
        if abs(v["share_teachers_mentors"] - r) > 0.01:
            errors.append(f'{e["file"]}: share_teachers_mentors {v["share_teachers_mentors"]} vs {r:.4f}')
    pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and pps and len(pps) >= 4 and sum(v[k] for k in pps) > v["pp_total"]:
        errors.append(f'{e["file"]}: pp forms sum > pp_total')

nfiles = len({e["file"] for e in expected})
if not (5 <= nfiles <= 8):
    errors.append(f"{nfiles} files")
if not (150 <= nv <= 280):
    errors.append(f"{nv} values")

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {nfiles} files, {len(expected)} forms, {nv} values, {nl} links checked")
