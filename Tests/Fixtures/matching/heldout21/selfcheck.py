#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl (data_only=True: the formulas of the Кучевская file carry the
values cached by LibreOffice) and check every expected value and link against its cell.
Exit 1 on any mismatch."""
import json
import os
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

errors = []
books = {}


def book(path):
    if path not in books:
        books[path] = load_workbook(os.path.join(HERE, path), data_only=True)
    return books[path]


def read(kind, v, fmt):
    if kind == "num":
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise ValueError(f"not a number: {v!r}")
        return v
    if kind == "yn":
        s = str(v).strip().lower()
        if s not in ("да", "нет"):
            raise ValueError(f"not да/нет: {v!r}")
        return 1 if s == "да" else 0
    if kind == "pcttext":
        s = str(v).strip()
        if not s.endswith("%"):
            raise ValueError(f"not a % text: {v!r}")
        return float(s.rstrip("%").replace(",", "."))
    if kind == "frac":
        if "%" not in fmt:
            raise ValueError(f"fraction cell without % format: {fmt}")
        return v * 100
    if kind == "text":
        if not isinstance(v, str):
            raise ValueError(f"not text: {v!r}")
        return v
    raise ValueError(kind)


def same(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= 0.005 + 1e-9


# 1. every cell record against the workbook
for c in cells:
    ws = book(c["file"])[c["sheet"]]
    cell = ws[c["cell"]]
    tag = f'{c["file"]} [{c["sheet"]}] {c["cell"]} {c["criterion"]} ({c["what"]})'
    try:
        if c["what"] == "link":
            got = cell.hyperlink.target if cell.hyperlink else None
        else:
            got = read(c["kind"], cell.value, cell.number_format)
    except Exception as ex:  # noqa: BLE001
        errors.append(f"{tag}: {ex}")
        continue
    if got is None or not same(got, c["expected"]):
        errors.append(f"{tag}: cell gives {got!r}, expected {c['expected']!r}")

# 2. expected.json and cells.json describe the same values
idx = {}
for c in cells:
    idx[(c["file"], c["criterion"], c["what"])] = c["expected"]
n_vals = n_links = 0
for e in expected:
    assert e["year"] == 2024
    assert os.path.exists(os.path.join(HERE, e["file"])), e["file"]
    for k, v in e["values"].items():
        n_vals += 1
        if (e["file"], k, "value") not in idx or not same(idx[(e["file"], k, "value")], v):
            errors.append(f'{e["file"]} {k}: expected.json value {v!r} has no matching cell')
    for k, v in e["links"].items():
        n_links += 1
        if idx.get((e["file"], k, "link")) != v:
            errors.append(f'{e["file"]} {k}: link {v!r} has no matching cell')
if n_vals + n_links != len(cells):
    errors.append(f"cells.json has {len(cells)} records, expected.json {n_vals} values + {n_links} links")

# 3. the organisation name is written somewhere: in a cell, the sheet name or the file name
for e in expected:
    org = e["organisation"]
    wb = book(e["file"])
    where = [os.path.basename(e["file"])] + wb.sheetnames
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            where += [str(x) for x in row if isinstance(x, str)]
    if not any(org in w for w in where):
        errors.append(f'{e["file"]}: organisation {org!r} not found in the file')

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(expected)} entries, {n_vals} values, {n_links} links checked")
