#!/usr/bin/env python3
"""The baselines of every benchmark: a Python reader merely reading every cell of the given files (and the .xlsx
files under the given folders, recursively), one file after another, as a user's script does. Prints the number
of non-empty cells.

usage: baseline_read.py calamine|openpyxl PATH...
"""
import os
import sys

paths = []
for p in sys.argv[2:]:
    if os.path.isdir(p):
        for d, _, fs in os.walk(p):
            paths += [os.path.join(d, f) for f in fs if f.endswith('.xlsx')]
    else:
        paths.append(p)
n = 0
if sys.argv[1] == 'openpyxl':
    import openpyxl
    for f in sorted(paths):
        wb = openpyxl.load_workbook(f, read_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                n += sum(1 for v in row if v is not None)
        wb.close()
else:
    from python_calamine import CalamineWorkbook
    for f in sorted(paths):
        wb = CalamineWorkbook.from_path(f)
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python():
                n += sum(1 for v in row if v != '')
print(n)
