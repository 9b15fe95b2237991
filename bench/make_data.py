#!/usr/bin/env python3
"""One sheet of 1,000,000 cells (100,000 rows x 10 columns, numbers and Cyrillic text) made by XlsxWriter."""
import sys

import xlsxwriter

wb = xlsxwriter.Workbook(sys.argv[1], {"constant_memory": True})
ws = wb.add_worksheet("Данные")
for r in range(100_000):
    for c in range(10):
        if c % 2:
            ws.write_number(r, c, r * 10 + c + 0.5)
        else:
            ws.write_string(r, c, f"школа {r % 997} текст {c}")
wb.close()
