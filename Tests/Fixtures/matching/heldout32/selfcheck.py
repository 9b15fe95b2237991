#!/usr/bin/env python3
"""Re-reads every workbook of heldout35 with openpyxl (independently of make_typed.py) and checks
expected.json against the cells listed in cells.json.  Exit code 1 on any mismatch."""
import json
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
books = {}


def book(f):
    if f not in books:
        books[f] = openpyxl.load_workbook(os.path.join(HERE, f))
    return books[f]


def all_texts(wb):
    out = set()
    for ws in wb.worksheets:
        out.add(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.add(str(c.value).strip())
    return out


def cell_as_expected(c):
    v = c.value
    if isinstance(v, str):
        s = v.strip().lower()
        if s in ("да", "нет"):
            return 1 if s == "да" else 0
        return v.strip()
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return round(v * 100, 4)
        return v
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


# 1. every cells.json entry matches its workbook cell
index = {}
for e in cells:
    wb = book(e["file"])
    if e["sheet"] not in wb.sheetnames:
        err(f"{e['file']}: no sheet {e['sheet']}")
        continue
    ws = wb[e["sheet"]]
    c = ws[e["cell"]]
    got = cell_as_expected(c)
    if e["kind"] == "link":
        if c.value != e["expected"]:
            err(f"{e['file']} {e['cell']}: link {c.value!r} != {e['expected']!r}")
        if c.hyperlink is not None and c.hyperlink.target != e["expected"]:
            err(f"{e['file']} {e['cell']}: hyperlink target {c.hyperlink.target!r} differs")
        if not str(c.value).startswith("https://"):
            err(f"{e['file']} {e['cell']}: not a URL")
    elif not same(got, e["expected"]):
        err(f"{e['file']} {e['cell']}: cell gives {got!r}, expected {e['expected']!r}")
    if ws[e["organisation_cell"]].value != e["organisation"]:
        err(f"{e['file']} {e['organisation_cell']}: organisation {ws[e['organisation_cell']].value!r} != {e['organisation']!r}")
    if e["organisation_cell"][1:] != "".join(ch for ch in e["cell"] if ch.isdigit()):
        err(f"{e['file']} {e['cell']}: organisation cell not in the same row")
    if e["header_cell"] and ws[e["header_cell"]].value != e["header"]:
        err(f"{e['file']} {e['header_cell']}: header {ws[e['header_cell']].value!r} != {e['header']!r}")
    # the code must be explained in the file: a dictionary sheet or a wording row next to the code row
    texts = all_texts(wb)
    if e["header"] not in texts:
        err(f"{e['file']}: code {e['header']} not found")
    key = (e["file"], e["organisation_index"], e["criterion"], e["kind"])
    if key in index:
        err(f"duplicate cells entry {key}")
    index[key] = e

# 2. expected.json <-> cells.json, one to one
n_vals = n_links = n_orgs = 0
for x in expected:
    f = x["file"]
    if not os.path.exists(os.path.join(HERE, f)):
        err(f"missing {f}")
        continue
    orgs = x["organisation"]
    if not (isinstance(orgs, list) and len(orgs) == len(x["values"]) == len(x["links"])):
        err(f"{f}: organisation/values/links lists of different length")
        continue
    n_orgs += len(orgs)
    wb = book(f)
    texts = all_texts(wb)
    if not any("2024" in t for t in texts):
        err(f"{f}: the year 2024 is nowhere in the file")
    for t in x["not_criteria"] + x["headings"]:
        if t not in texts:
            err(f"{f}: not_criteria/heading {t!r} not in the file")
    for i, name in enumerate(orgs):
        if name not in texts:
            err(f"{f}: organisation {name!r} not in the file")
        for crit, v in x["values"][i].items():
            n_vals += 1
            e = index.pop((f, i, crit, "value"), None)
            if e is None:
                err(f"{f}: no cell for value {name} / {crit}")
            elif not same(e["expected"], v):
                err(f"{f}: {name} / {crit}: expected.json {v!r} vs cells.json {e['expected']!r}")
        for crit, u in x["links"][i].items():
            n_links += 1
            e = index.pop((f, i, crit, "link"), None)
            if e is None:
                err(f"{f}: no cell for link {name} / {crit}")
            elif e["expected"] != u:
                err(f"{f}: {name} / {crit}: link differs")
        # plausibility: parts never larger than wholes, shares consistent with counts
        v = x["values"][i]
        for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"),
                            ("young_specialists_mentors", "young_specialists"),
                            ("mentees_10_19", "mentees_total"), ("mentors_15_19", "mentors_total")]:
            if part in v and whole in v and v[part] > v[whole]:
                err(f"{f}: {name}: {part} > {whole}")
        ratios = {
            "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
            "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
            "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
            "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                       ["teachers_other", "young_specialists"]),
            "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
        }
        for s, (num, den) in ratios.items():
            if s in v and all(k in v for k in num + den):
                d = sum(v[k] for k in den)
                want = 100 * sum(v[k] for k in num) / d if d else 0
                if abs(want - v[s]) > 0.006:
                    err(f"{f}: {name}: {s}={v[s]} but counts give {want:.4f}")
        pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil", "pp_student_pupil", "pp_other"]
        if "pp_total" in v and all(k in v for k in pp) and sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{f}: {name}: pp forms do not add up")
        cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career", "mentees_other_params"]
        if "mentees_10_19" in v and all(k in v for k in cats) and sum(v[k] for k in cats) > v["mentees_10_19"]:
            err(f"{f}: {name}: categories exceed mentees_10_19")

for key in index:
    err(f"cells.json entry without expected.json value: {key}")

if not (5 <= len(expected) <= 8):
    err(f"{len(expected)} files, spec wants 5–8")
if not (150 <= n_vals <= 280):
    err(f"{n_vals} values, spec wants 150–280")

print(f"files={len(expected)} organisations={n_orgs} values={n_vals} links={n_links} cells={len(cells)}")
if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print("selfcheck OK")
