#!/usr/bin/env python3
"""Re-open every typed file with openpyxl (data_only=True) and check expected.json.

usage: python3 selfcheck.py            -> exit 0 and "OK" when everything matches
       python3 selfcheck.py --wrong    -> corrupts one expected value in memory; must FAIL
"""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = "/work/main/Templates/criteria.tsv"

expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cellmap = json.load(open(os.path.join(HERE, "cellmap.json"), encoding="utf-8"))
catalogue = {r["id"]: r for r in csv.DictReader(open(CRITERIA, encoding="utf-8"), delimiter="\t")}

if "--wrong" in sys.argv:
    e = expected[0]
    k = next(iter(k for k, v in e["values"].items() if isinstance(v, (int, float))))
    e["values"][k] = e["values"][k] + 1
    print(f"(--wrong: {e['file']} {k} set to {e['values'][k]})")

errors = []
NUM = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)")


def normalise(cell, want):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    if v is None:
        return None
    s = str(v).strip()
    if isinstance(want, str):
        return s
    low = s.lower()
    if low.startswith("да"):
        return 1
    if low.startswith("нет"):
        return 0
    m = NUM.match(s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() else x
    return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.01
    return a == b


checked = 0
for e in expected:
    path = os.path.join(HERE, e["file"])
    cm = cellmap[e["file"]]
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[cm["sheet"]]
    # organisation / body name
    if ws[cm["organisation_cell"]].value != e["organisation"]:
        errors.append(f"{e['file']}: organisation cell {cm['organisation_cell']} = {ws[cm['organisation_cell']].value!r}")
    # year
    yearcells = [c.value for row in ws.iter_rows(min_row=1, max_row=5) for c in row if c.value is not None]
    if not any(str(e["year"]) in str(v) for v in yearcells):
        errors.append(f"{e['file']}: year {e['year']} not in header")
    # values
    for cid, want in e["values"].items():
        if cid not in catalogue:
            errors.append(f"{e['file']}: {cid} not in catalogue")
        elif not catalogue[cid]["wording_2024"]:
            errors.append(f"{e['file']}: {cid} has no wording_2024")
        elif e["kind"] != "municipal" and catalogue[cid]["level"] != "org":
            errors.append(f"{e['file']}: {cid} is not an org-level criterion")
        addr = cm["cells"][cid]["cell"]
        got = normalise(ws[addr], want)
        if not same(got, want):
            errors.append(f"{e['file']}: {cid} at {addr}: got {got!r}, expected {want!r}")
        checked += 1
    # non-criteria rows present as typed
    texts = {str(c.value).strip() for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for t in e["not_criteria"]:
        if t not in texts:
            errors.append(f"{e['file']}: non-criterion row {t!r} not found")
        checked += 1
    # duplicate: second sheet exists, identical except the listed changes
    if e["kind"] == "duplicate":
        names = wb.sheetnames
        if names != ["Лист1", "Лист1 (2)"]:
            errors.append(f"{e['file']}: sheets {names}")
        ws2 = wb[cm["second_sheet"]]
        changes = cm["second_sheet_changes"]
        ndiff = 0
        for cid, want in e["values"].items():
            addr = cm["cells"][cid]["cell"]
            got2 = normalise(ws2[addr], want)
            if cid in changes:
                if not same(got2, changes[cid]["expected"]) or same(got2, want):
                    errors.append(f"{e['file']}: second sheet {cid} = {got2!r}")
                ndiff += 1
            elif not same(got2, want):
                errors.append(f"{e['file']}: second sheet differs at {cid}: {got2!r}")
        if ndiff != 2:
            errors.append(f"{e['file']}: expected 2 changed values on the second sheet, found {ndiff}")

if errors:
    print("FAIL")
    for x in errors:
        print("  " + x)
    sys.exit(1)
print(f"OK ({len(expected)} files, {checked} checks)")
