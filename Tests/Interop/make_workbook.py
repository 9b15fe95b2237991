#!/usr/bin/env python3
"""Writes a workbook with openpyxl from a JSON description, for tests that need a small XLSX of a given shape:
{"sheets": [{"name": "…", "rows": [[cell, …], …]}, …]}; a cell is null, a number, a text, or {"date": "2024-09-01"}.

usage: make_workbook.py DESCRIPTION.json OUT.xlsx
"""
import datetime
import json
import sys

import openpyxl

spec = json.load(open(sys.argv[1], encoding="utf-8"))
wb = openpyxl.Workbook()
wb.remove(wb.active)
for s in spec["sheets"]:
    ws = wb.create_sheet(s["name"])
    for row in s["rows"]:
        ws.append([datetime.date.fromisoformat(v["date"]) if isinstance(v, dict) else v for v in row])
        for c in ws[ws.max_row]:
            if isinstance(c.value, datetime.date):
                c.number_format = "DD.MM.YYYY"
wb.save(sys.argv[2])
