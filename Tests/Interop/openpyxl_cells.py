#!/usr/bin/env python3
"""Every cell of XLSX files as openpyxl reads them, for the reader's differential test.

usage: openpyxl_cells.py FILE.xlsx...   -> JSON on stdout: {path: {"error": text} | {"sheets": [...]}}
Each sheet: {"name", "state", "cells": {"A1": [kind, value]}} with kind
  s text, n number, b bool, e error, d date or time (value: Excel serial in the workbook's date system),
  D elapsed time (value: seconds). Cached values of formulas are read (data_only=True), as our reader does.
"""
import datetime
import json
import sys
import warnings

import openpyxl
from openpyxl.utils.datetime import to_excel

warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as e:  # noqa: BLE001 — any refusal is an outcome to compare
        out[path] = {"error": f"{type(e).__name__}: {e}"}
        continue
    sheets = []
    try:
        for ws in wb.worksheets:
            cells = {}
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    if isinstance(v, bool):
                        cells[c.coordinate] = ["b", v]
                    elif isinstance(v, (int, float)):
                        cells[c.coordinate] = ["n", float(v)]
                    elif isinstance(v, datetime.timedelta):
                        cells[c.coordinate] = ["D", v.total_seconds()]
                    elif isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                        cells[c.coordinate] = ["d", float(to_excel(v, wb.epoch))]
                    elif c.data_type == "e":
                        cells[c.coordinate] = ["e", str(v)]
                    else:
                        cells[c.coordinate] = ["s", str(v)]
            sheets.append({"name": ws.title, "state": ws.sheet_state, "cells": cells})
    except Exception as e:  # noqa: BLE001
        out[path] = {"error": f"{type(e).__name__}: {e}"}
        continue
    out[path] = {"sheets": sheets}
json.dump(out, sys.stdout, ensure_ascii=False)
