#!/usr/bin/env python3
"""Independent check of heldout78: re-reads every workbook with openpyxl and compares
each expected value / link (expected.json) with its cell (cells.json). Exit 1 on any mismatch."""
import json
import os
import sys

import openpyxl
from openpyxl.utils import column_index_from_string, coordinate_to_tuple

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(str(s).split())


def cell_number(c):
    v = c.value
    if isinstance(v, str):
        t = v.strip().lower()
        if t in ("да", "1"):
            return 1
        if t in ("нет", "0"):
            return 0
        try:
            v = float(t.replace(",", ".").replace("%", ""))
        except ValueError:
            return v
        return v
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)) and "%" in (c.number_format or ""):
        return round(v * 100, 6)
    return v


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]

# 1. structure of expected.json
files_on_disk = sorted("typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx"))
if not 5 <= len(files_on_disk) <= 8:
    err(f"number of files {len(files_on_disk)}")
exp_files = sorted({e["file"] for e in expected})
if exp_files != files_on_disk:
    err(f"files in expected.json {exp_files} != on disk {files_on_disk}")

from_expected = {}
nvals = nlinks = 0
for e in expected:
    if e.get("year") != 2024:
        err(f"{e['file']}: year {e.get('year')}")
    orgs = e["organisation"]
    if not (isinstance(orgs, list) and len(orgs) == len(e["values"]) == len(e["links"])):
        err(f"{e['file']}: organisation/values/links lists differ in length")
        continue
    if len(set(orgs)) != len(orgs):
        err(f"{e['file']}: duplicate organisation names")
    for org, vals, links in zip(orgs, e["values"], e["links"]):
        for k, v in vals.items():
            from_expected[(e["file"], org, k, "value")] = v
            nvals += 1
        for k, u in links.items():
            from_expected[(e["file"], org, k, "link")] = u
            nlinks += 1
            if not str(u).startswith("https://"):
                err(f"{e['file']} {org} {k}: link is no URL: {u}")
        for k in links:
            if k not in vals:
                err(f"{e['file']} {org}: link for {k} without a value")
if not 150 <= nvals <= 280:
    err(f"total values {nvals} outside 150–280")

# 2. cells.json covers exactly the expected entries
from_cells = {}
for c in cells:
    key = (c["file"], c["organisation"], c["criterion"], c["kind"])
    if key in from_cells:
        err(f"duplicate cells.json entry {key}")
    from_cells[key] = c
for k in set(from_expected) - set(from_cells):
    err(f"expected but not located in cells.json: {k}")
for k in set(from_cells) - set(from_expected):
    err(f"cells.json entry not in expected.json: {k}")

# 3. each cell holds its expected value; its column header names the organisation; the column is visible
books = {}


def book(f):
    if f not in books:
        books[f] = openpyxl.load_workbook(os.path.join(HERE, f), data_only=True)
    return books[f]


for key, c in from_cells.items():
    exp = from_expected.get(key)
    wb = book(c["file"])
    ws = wb[c["sheet"]]
    cell = ws[c["cell"]]
    if c["expected"] != exp:
        err(f"{key}: cells.json expected {c['expected']!r} != expected.json {exp!r}")
    if c["kind"] == "link":
        got = cell.value
        if cell.hyperlink is not None and cell.hyperlink.target:
            got = cell.hyperlink.target
        if norm(got) != exp:
            err(f"{key} {c['sheet']}!{c['cell']}: link {got!r} != {exp!r}")
    else:
        got = cell_number(cell)
        if isinstance(exp, (int, float)) and not isinstance(exp, bool):
            if not isinstance(got, (int, float)) or abs(got - exp) > 1e-6:
                err(f"{key} {c['sheet']}!{c['cell']}: value {got!r} != {exp!r}")
        elif norm(got) != norm(exp):
            err(f"{key} {c['sheet']}!{c['cell']}: text {got!r} != {exp!r}")
    hs = wb[c["org_header"]["sheet"]]
    hc = hs[c["org_header"]["cell"]]
    if norm(hc.value) != c["organisation"]:
        err(f"{key}: header {hc.value!r} != organisation {c['organisation']!r}")
    row, col = coordinate_to_tuple(c["cell"])
    hrow, hcol = coordinate_to_tuple(c["org_header"]["cell"])
    if hcol != col:
        err(f"{key}: value column {col} != header column {hcol}")
    letter = ''.join(ch for ch in c["cell"] if ch.isalpha())
    if ws.column_dimensions[letter].hidden:
        err(f"{key}: expected value in a hidden column {letter}")
    # the row carries a label in the first columns
    if not any(ws.cell(row, k).value not in (None, "") for k in range(1, 4)):
        err(f"{key}: row {row} has no label")

# 4. theme checks: hidden columns and rotated headers exist where the README says
wb = book("typed/churashur_CMN_pedagogi_2024.xlsx")
ws = wb["Педагоги 2024"]
hidden = sorted(k for k, d in ws.column_dimensions.items() if d.hidden)
if hidden != ["F", "H"]:
    err(f"hidden columns {hidden}")
wb = book("typed/churashur_CMN_partnery_2024.xlsx")
ws = wb["Партнёрство"]
for col in "CDEFG":
    if ws[f"{col}3"].alignment.text_rotation != 90 or "\n" not in ws[f"{col}3"].value:
        err(f"{col}3 not a rotated multi-line name")
wb = book("typed/ludza_CMN_obuch_2023-2024.xlsx")
if wb.sheetnames != ["2023", "2024"]:
    err(f"year sheets {wb.sheetnames}")
if any(c["sheet"] == "2023" for c in cells):
    err("a 2023 cell is expected")

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(files_on_disk)} files, {len(expected)} forms, "
      f"{sum(len(e['organisation']) for e in expected)} organisation columns, {nvals} values, {nlinks} links checked")
