#!/usr/bin/env python3
"""Re-reads every workbook with openpyxl and checks expected.json / cells.json against the cells.

Independent of make_typed.py: it only uses the JSON files and the workbooks. Exit code 1 on any mismatch.
"""
import json
import os
import re
import sys

from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
MARKS = {"X", "x", "Х", "х", "✓", "V", "v", "+", "1"}
NON_MARKS = {"", "–", "-", "—"}
YES = {"Да", "Имеется", "Реализуется"}
NO = {"Нет", "Отсутствует", "В разработке", "Не реализуется"}
GRID_TITLES = {"Критерий", "Форма наставничества", "Категория участников"}

errors = []


def err(msg):
    errors.append(msg)


def txt(v):
    return "" if v is None else str(v).strip()


def is_mark(v):
    return txt(v) in MARKS


def num_equal(a, b):
    return abs(float(a) - float(b)) < 1e-6


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cj = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
cells, excluded = cj["cells"], cj["excluded"]

books = {}


def sheet(file, name):
    if file not in books:
        wb = load_workbook(os.path.join(HERE, file))
        if len(wb.sheetnames) != 1:
            err(f"{file}: {len(wb.sheetnames)} sheets, expected one")
        books[file] = wb
    return books[file][name]


def header_row_above(ws, row):
    for r in range(row - 1, 0, -1):
        if txt(ws.cell(r, 2).value) in GRID_TITLES:
            return r
    return None


# 1. expected.json <-> cells.json, one entry per value and per link
by_file = {e["file"]: e for e in expected}
if len(by_file) != len(expected):
    err("duplicate files in expected.json")
seen = set()
for c in cells:
    e = by_file.get(c["file"])
    if e is None:
        err(f"cells.json names unknown file {c['file']}")
        continue
    key = (c["file"], c["kind"], c["criterion"])
    if key in seen:
        err(f"duplicate cells.json entry {key}")
    seen.add(key)
    src = e["values"] if c["kind"] == "value" else e["links"]
    if c["criterion"] not in src:
        err(f"{key} in cells.json but not in expected.json")
    elif src[c["criterion"]] != c["expected"]:
        err(f"{key}: expected.json {src[c['criterion']]!r} != cells.json {c['expected']!r}")
for e in expected:
    for kind, src in (("value", e["values"]), ("link", e["links"])):
        for cid in src:
            if (e["file"], kind, cid) not in seen:
                err(f"{e['file']}: {kind} {cid} has no cell in cells.json")

# 2. criteria ids exist in the catalogue (read-only use of the catalogue)
cat_path = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
if os.path.exists(cat_path):
    ids = {line.split("\t")[0] for line in open(cat_path, encoding="utf-8")}
    for e in expected:
        for cid in list(e["values"]) + list(e["links"]):
            if cid not in ids:
                err(f"{e['file']}: unknown criterion {cid}")

# 3. every cell
for c in cells:
    ws = sheet(c["file"], c["sheet"])
    cell = ws[c["cell"]]
    v = cell.value
    where = f"{c['file']}!{c['cell']} ({c['criterion']}, {c['kind']})"
    how = c["how"]
    exp = c["expected"]
    if c["kind"] == "link":
        if not (isinstance(v, str) and v.strip() == exp and exp.startswith("https://")):
            err(f"{where}: link {v!r} != {exp!r}")
        hr = header_row_above(ws, cell.row)
        if hr is None or not txt(ws.cell(hr, cell.column).value).startswith("Ссылка"):
            err(f"{where}: link not under a «Ссылка…» header")
        continue
    if how == "number":
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not num_equal(v, exp):
            err(f"{where}: {v!r} != {exp!r}")
        if "%" in (cell.number_format or ""):
            err(f"{where}: unexpected percent format")
    elif how == "percent_fmt":
        if not isinstance(v, (int, float)) or "%" not in cell.number_format or not num_equal(round(v * 100, 2), exp):
            err(f"{where}: {v!r} [{cell.number_format}] is not {exp} %")
    elif how == "number_text":
        if not isinstance(v, str) or not num_equal(float(v.replace(",", ".")), exp):
            err(f"{where}: {v!r} is not the text form of {exp}")
    elif how == "text":
        if txt(v) != exp:
            err(f"{where}: {v!r} != {exp!r}")
    elif how == "mark":
        if not is_mark(v):
            err(f"{where}: {v!r} is no mark")
        hr = header_row_above(ws, cell.row)
        head = txt(ws.cell(hr, cell.column).value) if hr else ""
        if hr is None or ws.cell(hr, cell.column).coordinate != c["header"]:
            err(f"{where}: header found {hr}, cells.json says {c['header']}")
        meaning = 1 if head in YES else (0 if head in NO else None)
        if meaning != exp:
            err(f"{where}: mark under «{head}» means {meaning}, expected {exp}")
        for o in c.get("others", []):
            if is_mark(ws[o].value) or txt(ws[o].value) not in NON_MARKS:
                err(f"{where}: other mark column {o} holds {ws[o].value!r}")
        for o in c.get("empty", []):
            if ws[o].value not in (None, ""):
                err(f"{where}: count cell {o} should be empty, holds {ws[o].value!r}")
    else:
        err(f"{where}: unknown how {how}")
    # a typed value must sit under the right kind of header
    if how in ("number", "percent_fmt", "number_text") and c["criterion"].startswith("satisfaction"):
        hr = header_row_above(ws, cell.row)
        if "%" not in txt(ws.cell(hr, cell.column).value):
            err(f"{where}: satisfaction value not in an exact «%» column")
        # exact value and the marked band must agree
        bands = []
        for col in range(3, ws.max_column + 1):
            h = txt(ws.cell(hr, col).value)
            m = re.match(r"(до|свыше)?\s*(\d+)(?:[–-](\d+))?\s*%", h)
            if m and is_mark(ws.cell(cell.row, col).value):
                lo, hi = (0, int(m.group(2))) if m.group(1) == "до" else \
                    ((int(m.group(2)), 101) if m.group(1) == "свыше" else (int(m.group(2)), int(m.group(3))))
                bands.append((lo, hi))
        if len(bands) != 1 or not (bands[0][0] <= exp < bands[0][1]):
            err(f"{where}: exact {exp} does not fit the marked band {bands}")

# 4. excluded rows really are as described and are not in values
for x in excluded:
    e = by_file[x["file"]]
    if x["criterion"] in e["values"]:
        err(f"{x['file']}: excluded {x['criterion']} is in values")
    ws = books[x["file"]][books[x["file"]].sheetnames[0]] if x["file"] in books else sheet(x["file"], load_workbook(os.path.join(HERE, x["file"])).sheetnames[0])
    marks = [ws[a].value for a in x["cells"]]
    if not all(is_mark(m) for m in marks):
        err(f"{x['file']}: excluded {x['criterion']} cells {x['cells']} are not all marked: {marks}")
    row = ws[x["cells"][0]].row
    if len(x["cells"]) == 1:  # band-only: no exact number anywhere in the row
        nums = [ws.cell(row, c).value for c in range(3, ws.max_column + 1)
                if isinstance(ws.cell(row, c).value, (int, float))]
        if nums:
            err(f"{x['file']}: band-only row {row} holds numbers {nums}")
        if sum(is_mark(ws.cell(row, c).value) for c in range(3, 7)) != 1:
            err(f"{x['file']}: band-only row {row} should have exactly one band mark")

# 5. organisations
for o in cj["organisation_cells"]:
    ws = sheet(o["file"], o["sheet"])
    if txt(ws[o["cell"]].value) != o["expected"] or by_file[o["file"]]["organisation"] != o["expected"]:
        err(f"{o['file']}: organisation {ws[o['cell']].value!r} / {by_file[o['file']]['organisation']!r}")

# 6. totals and plausibility
nvals = sum(len(e["values"]) for e in expected)
nlinks = sum(len(e["links"]) for e in expected)
if not 150 <= nvals <= 280:
    err(f"total values {nvals} outside 150–280")
if not 5 <= len(expected) <= 8:
    err(f"{len(expected)} files")
for e in expected:
    if e["year"] != 2024:
        err(f"{e['file']}: year {e['year']}")
    v = e["values"]
    parts = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
             ("young_specialists_mentees", "young_specialists"), ("young_specialists_mentors", "young_specialists"),
             ("teachers_other_mentees", "teachers_other")]
    for a, b in parts:
        if a in v and b in v and v[a] > v[b]:
            err(f"{e['file']}: {a} {v[a]} > {b} {v[b]}")
    sub = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
           "mentees_other_params"]
    if all(k in v for k in sub) and sum(v[k] for k in sub) != v.get("mentees_10_19"):
        err(f"{e['file']}: categories do not add up to mentees_10_19")
    pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
        err(f"{e['file']}: forms do not add up to pp_total")
    for share, (a, b) in {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
                          "share_mentors_15_19": ("mentors_15_19", "students_15_19")}.items():
        if share in v and abs(v[share] - v[a] / v[b] * 100) > 0.01:
            err(f"{e['file']}: {share} {v[share]} inconsistent with {v[a]}/{v[b]}")
    for k, val in v.items():
        if k.startswith("satisfaction") and not 0 <= val <= 100:
            err(f"{e['file']}: {k} {val}")

if errors:
    print("SELFCHECK FAILED")
    for m in errors:
        print(" -", m)
    sys.exit(1)
print(f"selfcheck OK: {len(expected)} files, {nvals} values, {nlinks} links, {len(excluded)} excluded rows checked")
