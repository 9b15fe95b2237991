#!/usr/bin/env python3
"""Independent check of set 62: re-reads every workbook with openpyxl and compares each expected value,
link and organisation with its cell (cells.json), and expected.json with cells.json. Exit 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


YES = {"да": 1, "нет": 0, "имеется": 1, "отсутствует": 0}


def read_value(cell):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return v
    if isinstance(v, str):
        s = v.strip()
        if s.lower() in YES:
            return YES[s.lower()]
        m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", s)
        if m:
            return float(m.group(1).replace(",", "."))
        return s
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
books = {}


def sheet(file, name):
    if file not in books:
        books[file] = openpyxl.load_workbook(os.path.join(HERE, file))
    return books[file][name]


by_file = {e["file"]: e for e in expected}
seen = {(e["file"], k, kind) for e in expected for kind in ("value", "link")
        for k in (e["values"] if kind == "value" else e["links"])}
covered = set()
for c in cells:
    e = by_file.get(c["file"])
    if e is None:
        err(f"cells.json names unknown file {c['file']}")
        continue
    if c["kind"] == "organisation":
        if e["organisation"] != c["expected"]:
            err(f"{c['file']}: organisation differs between expected.json and cells.json")
        if c["cell"]:
            txt = str(sheet(c["file"], c["sheet"])[c["cell"]].value)
            if c["expected"] not in txt:
                err(f"{c['file']} {c['cell']}: organisation {c['expected']!r} not in {txt!r}")
        else:
            base = os.path.basename(c["file"])
            if c["expected"] not in base:
                err(f"{c['file']}: organisation {c['expected']!r} not in the file name")
            wb = openpyxl.load_workbook(os.path.join(HERE, c["file"]))
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for x in row:
                        if isinstance(x.value, str) and "СОШ" in x.value:
                            err(f"{c['file']}: organisation expected only in the file name, found {x.value!r}")
        continue
    crit = c["criterion"]
    covered.add((c["file"], crit, c["kind"]))
    cell = sheet(c["file"], c["sheet"])[c["cell"]]
    if c["kind"] == "value":
        got = read_value(cell)
        if not same(got, c["expected"]):
            err(f"{c['file']} {c['cell']} {crit}: cell gives {got!r}, cells.json {c['expected']!r}")
        if not same(e["values"].get(crit), c["expected"]):
            err(f"{c['file']} {crit}: expected.json {e['values'].get(crit)!r} != cells.json {c['expected']!r}")
    else:
        target = cell.hyperlink.target if cell.hyperlink is not None else None
        text = cell.value if isinstance(cell.value, str) else ""
        ok = c["expected"] == target or (c["expected"] in text and not target)
        if not ok:
            err(f"{c['file']} {c['cell']} {crit}: link {c['expected']!r} not found (text {text!r}, target {target!r})")
        if e["links"].get(crit) != c["expected"]:
            err(f"{c['file']} {crit}: link in expected.json differs")
missing = seen - covered
for m in sorted(missing):
    err(f"no cell recorded for {m}")

# plausibility: parts vs wholes, shares vs counts
PARTS = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
         ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
         ("young_specialists_mentors", "young_specialists"), ("pp_teacher_teacher", "pp_total"),
         ("pp_pupil_pupil", "pp_total"), ("mentees_risk", "mentees_10_19"), ("mentees_career", "mentees_10_19")]
SH = {"share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
      "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
      "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
      "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                 ["teachers_other", "young_specialists"]),
      "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
      "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"])}
for e in expected:
    v = e["values"]
    for a, b in PARTS:
        if a in v and b in v and v[a] > v[b]:
            err(f"{e['file']}: {a}={v[a]} > {b}={v[b]}")
    for s, (n, d) in SH.items():
        if s in v and all(k in v for k in n + d):
            r = sum(v[k] for k in n) / sum(v[k] for k in d) * 100
            if abs(r - v[s]) > 0.051:
                err(f"{e['file']}: {s}={v[s]} but counts give {r:.3f}")
    for k, x in v.items():
        if isinstance(x, (int, float)) and x < 0:
            err(f"{e['file']}: negative {k}")
    if e["year"] != 2024:
        err(f"{e['file']}: year {e['year']}")
    if not os.path.exists(os.path.join(HERE, e["file"])):
        err(f"missing {e['file']}")

nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
nfiles = len({e["file"] for e in expected})
if not (150 <= nv <= 280):
    err(f"{nv} values, outside 150–280")
if not (5 <= nfiles <= 8):
    err(f"{nfiles} files, outside 5–8")
print(f"files {nfiles}, organisations {len(expected)}, values {nv}, links {nl}")
if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} mismatches")
    sys.exit(1)
print("selfcheck OK")
