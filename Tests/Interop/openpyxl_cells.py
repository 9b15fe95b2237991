#!/usr/bin/env python3
"""Every cell of XLSX files as openpyxl reads them, for the reader's differential test.

usage: openpyxl_cells.py FILE.xlsx...   -> JSON on stdout: {path: {"error": text} | {"sheets": [...]}}
Each sheet: {"name", "state", "cells": {"A1": [kind, value]}} with kind
  s text, n number, b bool, e error, d date or time (value: Excel serial in the workbook's date system),
  D elapsed time (value: seconds). Cached values of formulas are read (data_only=True), as our reader does.
"""
import datetime
import json
import signal
import sys
import warnings
import zipfile

import openpyxl
from openpyxl.utils.datetime import to_excel

warnings.simplefilter("ignore")


def too_slow(signum, frame):
    raise TimeoutError("openpyxl took longer than 60 s")


def is_strict(path):
    """Whether the workbook part is Strict Open XML (purl.oclc.org namespaces), which openpyxl does not read."""
    try:
        with zipfile.ZipFile(path) as z:
            return any(b"purl.oclc.org/ooxml/spreadsheetml/main" in z.read(n)[:2000]
                       for n in z.namelist() if n.lower().replace("\\", "/").endswith("workbook.xml"))
    except Exception:  # noqa: BLE001
        return False


signal.signal(signal.SIGALRM, too_slow)
out = {}
for path in sys.argv[1:]:
    signal.alarm(60)
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as e:  # noqa: BLE001 — any refusal is an outcome to compare
        out[path] = {"error": f"{type(e).__name__}: {e}"}
        continue
    sheets = []
    try:
        for ws in wb.worksheets:
            cells = {}
            # The cells the file holds (iter_rows would make every empty cell of the sheet's dimension, which a
            # file that declares A1:XFD1048576 turns into billions).
            for _, c in sorted(ws._cells.items()):
                if True:
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
    finally:
        signal.alarm(0)
    out[path] = {"sheets": sheets, "strict": is_strict(path)}
json.dump(out, sys.stdout, ensure_ascii=False)
