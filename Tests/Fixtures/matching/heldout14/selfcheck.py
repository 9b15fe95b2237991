#!/usr/bin/env python3
"""Checks expected.json against the typed workbooks (openpyxl, data_only=True).
Exit code 1 and a FAIL line for every mismatch; prints OK otherwise."""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cellmap = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
catalogue = {}
with open("/work/main/Templates/criteria.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        catalogue[r["id"]] = r["level"]

YES = {"да", "имеется"}
NO = {"нет", "отсутствует"}
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def to_value(cell):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    if isinstance(v, str):
        s = v.strip().lower()
        if s in YES:
            return 1
        if s in NO:
            return 0
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(%|чел\.|ед\.)?", s)
        if m:
            return float(m.group(1).replace(",", "."))
    return v


def all_text(ws):
    out = [ws.title]
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                out.append(str(c.value))
    return "\n".join(out)


checked = 0
for entry in expected:
    fn = entry["file"]
    path = os.path.join(HERE, fn)
    if not os.path.exists(path):
        fail(f"{fn}: missing")
        continue
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb.worksheets[0]
    text = all_text(ws)
    cm = cellmap[fn]
    # organisation written exactly
    if entry["organisation"] not in [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]:
        fail(f"{fn}: organisation cell «{entry['organisation']}» not found")
    # year statement
    years_in_sheet = set(re.findall(r"20\d\d", text))
    if cm["year_line"] and cm["year_line"] not in text:
        fail(f"{fn}: year line «{cm['year_line']}» not found")
    if "2024" in os.path.basename(fn):
        if years_in_sheet:
            fail(f"{fn}: sheet must contain no year, found {sorted(years_in_sheet)}")
    if entry["year"] == 2023:
        if years_in_sheet - {"2023"}:
            fail(f"{fn}: 2023 form mentions other years {sorted(years_in_sheet)}")
    elif years_in_sheet - {"2024", "2025"}:
        fail(f"{fn}: unexpected years {sorted(years_in_sheet)}")
    # criteria
    n = len(entry["values"])
    if not 20 <= n <= 26:
        fail(f"{fn}: {n} criteria, expected 20–26")
    for cid, exp in entry["values"].items():
        checked += 1
        if catalogue.get(cid) != "org":
            fail(f"{fn}: {cid} is not an org-level catalogue criterion")
        ref = cm["values"][cid]
        got = to_value(ws[ref])
        if isinstance(exp, str):
            ok = got == exp
        else:
            ok = isinstance(got, (int, float)) and abs(got - exp) < 1e-6
        if not ok:
            fail(f"{fn}: {cid} at {ref}: expected {exp!r}, got {got!r}")
    # not-criteria rows: exact text present in column B, and 2 of them
    colb = [c.value for c in ws["B"] if c.value is not None]
    if len(entry["not_criteria"]) != 2:
        fail(f"{fn}: {len(entry['not_criteria'])} not_criteria rows, expected 2")
    for t in entry["not_criteria"]:
        if t not in colb:
            fail(f"{fn}: not-criterion row «{t}» not in column B")
    # every row with a number in column A is either a criterion or a not-criterion
    rows_a = sum(1 for c in ws["A"] if isinstance(c.value, str) and re.fullmatch(r"\d+\.\d+", c.value))
    if rows_a != n + len(entry["not_criteria"]):
        fail(f"{fn}: {rows_a} numbered rows vs {n} criteria + {len(entry['not_criteria'])} others")

years = [e["year"] for e in expected]
if len(expected) != 5 or years.count(2024) != 4 or years.count(2023) != 1:
    fail(f"expected 5 files (four 2024, one 2023), got {years}")

if fails:
    print(f"{len(fails)} failure(s)")
    sys.exit(1)
print(f"OK: {len(expected)} files, {checked} values checked")
