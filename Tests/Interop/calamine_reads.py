#!/usr/bin/env python3
"""Which XLSX files python-calamine (an independent reader, in Rust) reads whole, for the reader's differential test.

usage: calamine_reads.py FILE.xlsx...   -> JSON on stdout: {path: true | "error text"}
"""
import json
import sys

from python_calamine import CalamineWorkbook

out = {}
for path in sys.argv[1:]:
    try:
        wb = CalamineWorkbook.from_path(path)
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python()
        out[path] = True
    except Exception as e:  # noqa: BLE001 — any refusal is an outcome to compare
        out[path] = f"{type(e).__name__}: {e}"
json.dump(out, sys.stdout, ensure_ascii=False)
