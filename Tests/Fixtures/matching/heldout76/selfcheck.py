#!/usr/bin/env python3
"""Re-read every workbook with openpyxl (independently of make_typed.py) and check every expected
value and link of expected.json against the cell cells.json names.  Also checks plausibility
(parts never exceed wholes, shares consistent with their counts) and the totals the spec asks for.
Exit 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(cell):
    """The value a methodologist reads from a cell: yes/no -> 1/0, per cent as a number."""
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
    if low.startswith("да"):
        return 1
    if low.startswith("нет"):
        return 0
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        return float(m.group(1).replace(",", "."))
    return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]

by = {}
for c in cells:
    by[(c["file"], c["criterion"], c["kind"])] = c

books = {}


def sheet(file, name):
    if file not in books:
        books[file] = openpyxl.load_workbook(os.path.join(HERE, file))
    return books[file][name]


n_values = n_links = 0
orgs = set()
for e in expected:
    f = e["file"]
    if e["year"] != 2024:
        err(f"{f}: year {e['year']}")
    orgs.add(e["organisation"])
    # the organisation's name must be in the file as given
    wb_text = []
    ws0 = sheet(f, openpyxl.load_workbook(os.path.join(HERE, f)).sheetnames[0])
    for row in ws0.iter_rows(values_only=True):
        wb_text.extend(str(x) for x in row if x is not None)
    if e["organisation"] not in wb_text:
        err(f"{f}: organisation {e['organisation']!r} not found as a cell")
    for t in e["not_criteria"] + e["headings"]:
        if t not in wb_text:
            err(f"{f}: title {t!r} not found")
    for crit, val in e["values"].items():
        n_values += 1
        c = by.get((f, crit, "value"))
        if not c:
            err(f"{f}: no cell for {crit}")
            continue
        got = norm(sheet(f, c["sheet"])[c["cell"]])
        if not same(got, val):
            err(f"{f} {c['cell']} {crit}: cell gives {got!r}, expected {val!r}")
    for crit, url in e["links"].items():
        n_links += 1
        if crit not in e["values"]:
            err(f"{f}: link for {crit} without a value")
        c = by.get((f, crit, "link"))
        if not c:
            err(f"{f}: no link cell for {crit}")
            continue
        cell = sheet(f, c["sheet"])[c["cell"]]
        got = cell.hyperlink.target if cell.hyperlink is not None else cell.value
        if got != url:
            err(f"{f} {c['cell']} {crit}: link {got!r}, expected {url!r}")
        if not str(url).startswith("https://"):
            err(f"{f}: link of {crit} is no URL")
    # every cells.json entry of this file is expected
    for c in cells:
        if c["file"] != f:
            continue
        if c["kind"] == "value" and c["criterion"] not in e["values"]:
            err(f"{f}: cells.json has {c['criterion']} that expected.json lacks")
        if c["kind"] == "link" and c["criterion"] not in e["links"]:
            err(f"{f}: cells.json has a link for {c['criterion']} that expected.json lacks")

    # plausibility
    v = e["values"]

    def g(k):
        return v.get(k, 0) or 0

    for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"),
                        ("young_specialists_mentors", "young_specialists"),
                        ("teachers_other_mentees", "teachers_other"),
                        ("young_specialists_mentors", "teachers_mentors"),
                        ("mentees_10_19", "mentees_total"), ("teachers_mentors", "mentors_total"),
                        ("mentors_15_19", "mentors_total"), ("pp_pupil_pupil", "pp_total"),
                        ("students_15_19", "students_10_19")]:
        if part in v and whole in v and v[part] > v[whole]:
            err(f"{f}: {part}={v[part]} > {whole}={v[whole]}")
    if g("mentees_risk") + g("mentees_gifted") + g("mentees_disabled") > g("mentees_10_19"):
        err(f"{f}: mentee groups exceed mentees_10_19")
    pp_parts = g("pp_pupil_pupil") + g("pp_teacher_teacher") + g("pp_teacher_pupil") + g("pp_other")
    if "pp_total" in v and pp_parts != v["pp_total"]:
        err(f"{f}: pp parts {pp_parts} != pp_total {v['pp_total']}")
    shares = {"share_mentees_10_19": ("mentees_10_19", ["students_10_19"]),
              "share_mentors_15_19": ("mentors_15_19", ["students_15_19"]),
              "share_young_specialists_mentees": ("young_specialists_mentees", ["young_specialists"]),
              "share_teachers_mentors": ("teachers_mentors", ["young_specialists", "teachers_other"])}
    for s, (n, ds) in shares.items():
        if s in v:
            calc = v[n] / sum(v[d] for d in ds) * 100
            if abs(calc - v[s]) > 0.051:
                err(f"{f}: {s}={v[s]} but counts give {calc:.2f}")
    for s in ("satisfaction_mentees", "satisfaction_mentors"):
        if s in v and not 0 <= v[s] <= 100:
            err(f"{f}: {s} out of range")

if not 5 <= len(expected) <= 8:
    err(f"{len(expected)} files")
if not 150 <= n_values <= 280:
    err(f"{n_values} values outside 150–280")

print(f"files={len(expected)} organisations={len(orgs)} values={n_values} links={n_links}")
if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print("selfcheck OK")
