#!/usr/bin/env python3
"""Cell by cell comparison of two workbooks (openpyxl): every sheet, its state, and every cell's value; for checking
that a change for speed left the output as it was (e.g. `make run`'s out/svod_2024.xlsx before and after).

usage: diff_workbooks.py A.xlsx B.xlsx [--bytes]   (exit 0 when the same; prints the first differences otherwise)
  --bytes   also every part of the two files (sheets, styles, relationships…) byte for byte once inflated: row heights,
            column widths, styles and links included (the files are reproducible: a fixed creation time)
"""
import sys
import zipfile

import openpyxl

a, b = (openpyxl.load_workbook(p) for p in sys.argv[1:3])
differences = []
if a.sheetnames != b.sheetnames:
    differences.append(f"sheets: {a.sheetnames} != {b.sheetnames}")
cells = 0
for name in a.sheetnames:
    if name not in b.sheetnames:
        continue
    x, y = a[name], b[name]
    if x.sheet_state != y.sheet_state:
        differences.append(f"{name}: state {x.sheet_state} != {y.sheet_state}")
    rows, cols = max(x.max_row, y.max_row), max(x.max_column, y.max_column)
    for r in range(1, rows + 1):
        for c in range(1, cols + 1):
            u, v = x.cell(r, c).value, y.cell(r, c).value
            cells += 1
            if u != v:
                differences.append(f"{name}!{x.cell(r, c).coordinate}: {u!r} != {v!r}")
if "--bytes" in sys.argv:
    za, zb = (zipfile.ZipFile(p) for p in sys.argv[1:3])
    if sorted(za.namelist()) != sorted(zb.namelist()):
        differences.append(f"parts: {sorted(set(za.namelist()) ^ set(zb.namelist()))}")
    differences += [f"part {n} differs" for n in za.namelist() if n in zb.namelist() and za.read(n) != zb.read(n)]
for d in differences[:20]:
    print(d)
print(f"{len(differences)} differences in {cells:,} cells of {len(a.sheetnames)} sheets")
sys.exit(1 if differences else 0)
