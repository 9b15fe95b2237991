#!/usr/bin/env python3
"""Synthetic data sets for `make bench` (not committed; bench/data/ is git-ignored).

usage: make_data.py DIR --export EXAMPLES_EXPORT.xlsx [--full] [--only-region | --only-country]
  cells_1m.xlsx      one sheet of 1,000,000 numeric and text cells (100,000 rows x 10 columns), XlsxWriter
  forms_100/, forms_2000/ (and forms_50000/ with --full): layout-A forms, copies of the example forms with
                     the organisation renamed (patched inside the zip, so making 50,000 takes seconds)
  wide_50000.xlsx    one wide export (layout B): 50,000 rows x ~130 columns, the example organisations' values
                     (from `mentoring export` of the example forms) cycled over renamed organisations, XlsxWriter
                     constant_memory
  region_2000/       the 2,000 forms of forms_2000/ in 30 municipality folders (hard links: the same files)
  region_wide_2000.xlsx  the region as one wide export of 2,000 rows with a «Муниципальное образование» column
  country_wide_50000.xlsx  the country as one wide export: 50,000 rows in 2,300 municipalities
  wide_3000.xlsx     one large municipality as one wide export: 3,000 organisations (layout B, as wide_50000.xlsx)
"""
import os
import re
import sys
import zipfile

import xlsxwriter

if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
    # The output folder comes first («make_data.py --help» once wrote 48 MB of data into a folder named «--help»).
    sys.exit("usage: make_data.py OUTPUT_FOLDER [--export EXPORT.xlsx] [--full] [--only-region | --only-country]")
out = sys.argv[1]
full = "--full" in sys.argv
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.makedirs(out, exist_ok=True)


def cells_1m(path):
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    ws = wb.add_worksheet("Данные")
    for r in range(100_000):
        for c in range(10):
            if c % 2:
                ws.write_number(r, c, r * 10 + c + 0.5)
            else:
                ws.write_string(r, c, f"школа {r % 997} текст {c}")
    wb.close()


examples = sorted(os.path.join(root, "Examples", "forms", "2024", f) for f in os.listdir(os.path.join(root, "Examples", "forms", "2024")))
sources = []
for e in examples:
    with zipfile.ZipFile(e) as z:
        sources.append({i.filename: z.read(i.filename) for i in z.infolist()})


import csv
from xml.sax.saxutils import escape

names = [r["name"] for r in csv.DictReader(open(os.path.join(root, "Examples", "source", "organisations.tsv"), encoding="utf-8"),
                                            delimiter="\t", quoting=csv.QUOTE_NONE)]


def forms(n, directory):
    if os.path.isdir(directory) and len(os.listdir(directory)) == n:
        return
    os.makedirs(directory, exist_ok=True)
    for i in range(n):
        k = i % len(sources)
        old = escape(names[k], {'"': "&quot;"}).encode("utf-8")
        new = escape(f"МБОУ «Школа № {i + 1}» района {i // 1000}").encode("utf-8")
        with zipfile.ZipFile(os.path.join(directory, f"form_{i:05d}.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in sources[k].items():
                if name.startswith("xl/") and name.endswith(".xml"):
                    data = data.replace(old, new).replace(escape(names[k]).encode("utf-8"), new)
                z.writestr(name, data)


def wide(path, rows, export):
    """Layout B: the 93 example organisations' own values (their `mentoring export`, so the figures stay
    consistent, as in real forms), cycled over `rows` renamed organisations."""
    import openpyxl
    table = list(openpyxl.load_workbook(export, read_only=True).worksheets[0].iter_rows(values_only=True))
    head, orgs = table[1], [r for r in table[2:] if r[1]]
    wb = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_urls": False})
    ws = wb.add_worksheet("Выгрузка")
    ws.write_row(0, 0, head)
    for r in range(rows):
        values = list(orgs[r % len(orgs)])
        values[0], values[1] = r + 1, f"МБОУ «Школа № {r + 1}» района {r // 500}"
        ws.write_row(r + 1, 0, values)
    wb.close()


def region(source, directory, municipalities=30):
    """The region case: the 2,000 forms of `source` in `municipalities` folders mo_00 … mo_29 (form i in
    mo_{i % 30}), hard links to the same files (copies where links are refused)."""
    if os.path.isdir(directory) and sum(len(fs) for _, _, fs in os.walk(directory)) == len(os.listdir(source)):
        return
    for i, f in enumerate(sorted(os.listdir(source))):
        d = os.path.join(directory, f"mo_{i % municipalities:02d}")
        os.makedirs(d, exist_ok=True)
        target = os.path.join(d, f)
        if os.path.exists(target):
            continue
        try:
            os.link(os.path.join(source, f), target)
        except OSError:
            import shutil
            shutil.copyfile(os.path.join(source, f), target)


def region_wide(path, rows, export, municipalities=30):
    """The region as one wide export: `wide` with a «Муниципальное образование» column after «№» (row r in
    municipality r % `municipalities`)."""
    import openpyxl
    table = list(openpyxl.load_workbook(export, read_only=True).worksheets[0].iter_rows(values_only=True))
    head, orgs = table[1], [r for r in table[2:] if r[1]]
    wb = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_urls": False})
    ws = wb.add_worksheet("Выгрузка")
    ws.write_row(0, 0, (head[0], "Муниципальное образование") + tuple(head[1:]))
    for r in range(rows):
        values = list(orgs[r % len(orgs)])
        values[0], values[1] = r + 1, f"МБОУ «Школа № {r + 1}»"
        ws.write_row(r + 1, 0, [values[0], f"Муниципальный округ № {r % municipalities + 1:02d}"] + values[1:])
    wb.close()


only_region = "--only-region" in sys.argv     # BENCH_ONLY=region: the region case's data alone
if "--only-country" in sys.argv:                # BENCH_ONLY=country: the country case's data alone
    if not os.path.exists(os.path.join(out, "wide_3000.xlsx")):
        wide(os.path.join(out, "wide_3000.xlsx"), 3000, sys.argv[sys.argv.index("--export") + 1])
    if not os.path.exists(os.path.join(out, "country_wide_50000.xlsx")):
        region_wide(os.path.join(out, "country_wide_50000.xlsx"), 50_000, sys.argv[sys.argv.index("--export") + 1],
                    municipalities=2300)
    print("bench data ready in", out)
    sys.exit(0)
if not only_region and not os.path.exists(os.path.join(out, "cells_1m.xlsx")):
    cells_1m(os.path.join(out, "cells_1m.xlsx"))
if not only_region:
    forms(100, os.path.join(out, "forms_100"))
forms(2000, os.path.join(out, "forms_2000"))
if full and not only_region:
    forms(50_000, os.path.join(out, "forms_50000"))
region(os.path.join(out, "forms_2000"), os.path.join(out, "region_2000"))
if not os.path.exists(os.path.join(out, "region_wide_2000.xlsx")):
    region_wide(os.path.join(out, "region_wide_2000.xlsx"), 2000, sys.argv[sys.argv.index("--export") + 1])
if not only_region and not os.path.exists(os.path.join(out, "wide_50000.xlsx")):
    wide(os.path.join(out, "wide_50000.xlsx"), 50_000, sys.argv[sys.argv.index("--export") + 1])
if not only_region and not os.path.exists(os.path.join(out, "wide_3000.xlsx")):
    wide(os.path.join(out, "wide_3000.xlsx"), 3000, sys.argv[sys.argv.index("--export") + 1])
if not only_region and not os.path.exists(os.path.join(out, "country_wide_50000.xlsx")):
    region_wide(os.path.join(out, "country_wide_50000.xlsx"), 50_000, sys.argv[sys.argv.index("--export") + 1],
                municipalities=2300)
print("bench data ready in", out)
