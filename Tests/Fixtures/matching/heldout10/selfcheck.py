#!/usr/bin/env python3
"""Re-open every typed file (openpyxl, data_only=True) and check each
expected value against the cell it was typed in.

usage: python3 selfcheck.py [expected.json]
Prints OK (exit 0) or the list of mismatches (exit 1).
"""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
exp_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "expected.json")
expected = json.load(open(exp_path, encoding="utf-8"))
cells = {c["file"]: c for c in json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))}


def read_as_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return float(v)
    if isinstance(v, str):
        t = v.strip().lower()
        if t.startswith("да"):
            return 1.0
        if t.startswith("нет"):
            return 0.0
        m = re.search(r"-?\d+(?:[.,]\d+)?", t)
        if m:
            return float(m.group(0).replace(",", "."))
    return None


errors = []
nvalues = 0
for e in expected:
    loc = cells[e["file"]]
    if e.get("year") != 2024:
        errors.append(f"{e['file']}: year {e.get('year')}")
    wb = load_workbook(os.path.join(HERE, e["file"]), data_only=True)
    ws = wb[loc["sheet"]]
    if len(e["organisation"]) != len(e["values"]) or len(e["organisation"]) != len(loc["orgs"]):
        errors.append(f"{e['file']}: organisation/values length mismatch")
        continue
    all_text = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
    for org, vals, oloc in zip(e["organisation"], e["values"], loc["orgs"]):
        got = ws[oloc["name_cell"]].value
        if got != org:
            errors.append(f"{e['file']}: org name at {oloc['name_cell']} is {got!r}, expected {org!r}")
        if set(vals) != set(oloc["values"]):
            errors.append(f"{e['file']} / {org}: criteria set differs from cell map")
        for cid, want in vals.items():
            nvalues += 1
            addr = oloc["values"].get(cid)
            if addr is None:
                errors.append(f"{e['file']} / {org} / {cid}: no cell")
                continue
            cell = ws[addr]
            if isinstance(want, str):
                ok = cell.value == want
                got = cell.value
            else:
                got = read_as_number(cell)
                ok = got is not None and abs(got - float(want)) < 1e-6
            if not ok:
                errors.append(f"{e['file']} / {org} / {cid} @ {addr}: cell gives {got!r}, expected {want!r}")
    for t in e["not_criteria"]:
        if t not in all_text:
            errors.append(f"{e['file']}: not_criteria text not found: {t!r}")
    # every non-criterion cell recorded must be one of the listed texts
    for oloc in loc["orgs"]:
        for addr in oloc["noncrit_cells"]:
            if ws[addr].value not in e["not_criteria"]:
                errors.append(f"{e['file']}: {addr} {ws[addr].value!r} not listed in not_criteria")

if errors:
    print("FAIL")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print(f"OK ({len(expected)} files, {sum(len(e['organisation']) for e in expected)} organisations, {nvalues} values)")
