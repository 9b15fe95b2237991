#!/usr/bin/env python3
"""Independent check of heldout89: re-open every typed workbook with openpyxl (data_only=True) and check
that every expected value and link is in the cell cells.json names; also check the ListObject features
the set is about (tables, generic headers, totals rows with cached SUBTOTALs, the filter's hidden rows,
two tables on a sheet, the table at D12, the calculated column).  Exit 1 on any mismatch."""
import json
import pathlib
import re
import sys

import openpyxl
from openpyxl.utils.cell import range_boundaries

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def as_number(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        s = v.strip().lower()
        if s in ("да", "есть", "имеется"):
            return 1
        if s in ("нет", "отсутствует"):
            return 0
        s = s.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
        try:
            return float(s)
        except ValueError:
            return None
    return None


def as_list(v):
    parts = [p.strip() for p in re.split(r"[;\n]", str(v)) if p.strip()]
    if len(parts) == 1 and "," in parts[0]:
        parts = [p.strip() for p in parts[0].split(",") if p.strip()]
    return "; ".join(parts)


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

# ---- expected.json <-> cells.json agree one to one
by_key = {}
for c in cells:
    k = (c["file"], c.get("sheet"), c["criterion"], c["kind"])
    if (c["file"], c["criterion"], c["kind"]) in {(a, b, d) for (a, _, b, d) in by_key}:
        err(f"duplicate cells entry {k}")
    by_key[k] = c
files = set()
for e in expected:
    files.add(e["file"])
    assert e["year"] == 2024
    if not e["organisation"]:
        err(f"{e['file']}: no organisation")
    for kind, field in (("value", "values"), ("link", "links")):
        for crit, val in e[field].items():
            hits = [c for c in cells if c["file"] == e["file"] and c["criterion"] == crit and c["kind"] == kind]
            if len(hits) != 1:
                err(f"{e['file']} {crit} {kind}: {len(hits)} cells entries")
            elif hits[0]["expected"] != val:
                err(f"{e['file']} {crit} {kind}: cells.json {hits[0]['expected']!r} != expected.json {val!r}")
for c in cells:
    e = next((x for x in expected if x["file"] == c["file"]), None)
    field = "values" if c["kind"] == "value" else "links"
    if e is None or c["criterion"] not in e[field]:
        err(f"cells entry without an expected entry: {c}")

# ---- every cell holds what is expected
books = {}
for f in sorted(files):
    books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
for c in cells:
    ws = books[c["file"]][c["sheet"]]
    cell = ws[c["cell"]]
    exp = c["expected"]
    if c["kind"] == "link":
        got = cell.hyperlink.target if cell.hyperlink is not None else cell.value
        if got != exp:
            err(f"{c['file']}!{c['cell']} link {c['criterion']}: {got!r} != {exp!r}")
        continue
    v = cell.value
    if v is None:
        err(f"{c['file']}!{c['cell']} {c['criterion']}: empty cell")
        continue
    if isinstance(exp, str):
        if as_list(v) != exp and str(v).strip() != exp:
            err(f"{c['file']}!{c['cell']} {c['criterion']}: {v!r} != {exp!r}")
        continue
    n = as_number(v)
    if n is None or abs(n - exp) > 0.005:
        err(f"{c['file']}!{c['cell']} {c['criterion']}: {v!r} != {exp!r}")

# ---- the layout features
def table_of(f, sheet=None):
    wb = openpyxl.load_workbook(HERE / f)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return wb, ws, list(ws.tables.values())


def check_totals(f):
    wb, ws, tables = table_of(f)
    wbv = books[f]
    wsv = wbv[ws.title]
    t = tables[0]
    if not t.totalsRowCount:
        err(f"{f}: no totals row")
        return
    c0, r0, c1, r1 = range_boundaries(t.ref)
    for i, col in enumerate(t.tableColumns):
        if col.totalsRowFunction:
            fcell = ws.cell(row=r1, column=c0 + i).value
            if not (isinstance(fcell, str) and fcell.startswith("=SUBTOTAL(")):
                err(f"{f}: totals cell of {col.name} is {fcell!r}")
            cached = wsv.cell(row=r1, column=c0 + i).value
            data = [wsv.cell(row=r, column=c0 + i).value for r in range(r0 + 1, r1)]
            nums = [d for d in data if isinstance(d, (int, float)) and not isinstance(d, bool)]
            want = sum(nums) if col.totalsRowFunction == "sum" else sum(nums) / len(nums)
            if cached is None or abs(cached - want) > 1e-6:
                err(f"{f}: totals {col.name} cached {cached!r}, recomputed {want!r}")
        if col.totalsRowLabel and ws.cell(row=r1, column=c0 + i).value != col.totalsRowLabel:
            err(f"{f}: totals label cell differs")


# every formula has a cached result
for f in files:
    wbf = openpyxl.load_workbook(HERE / f)
    for ws in wbf.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cached = books[f][ws.title][cell.coordinate].value
                    if cached is None and "\"\"" not in cell.value:
                        err(f"{f}!{cell.coordinate}: formula without a cached value")
    if not any(ws.tables for ws in wbf.worksheets):
        err(f"{f}: no Excel table")
    for ws in wbf.worksheets:
        for t in ws.tables.values():
            if not t.tableStyleInfo or not t.tableStyleInfo.showRowStripes:
                err(f"{f}: table {t.displayName} without banded rows")
            if t.autoFilter is None:
                err(f"{f}: table {t.displayName} without autofilter")
            c0, r0, c1, r1 = range_boundaries(t.ref)
            heads = [ws.cell(row=r0, column=c).value for c in range(c0, c1 + 1)]
            if heads != [tc.name for tc in t.tableColumns]:
                err(f"{f}: header cells {heads} != table columns")

# file-specific features
_, ws, ts = table_of("typed/sosh3_monitoring_2024.xlsx")
if [tc.name for tc in ts[0].tableColumns][2:] != ["Столбец1", "Столбец2", "Столбец3"] or not ws.freeze_panes:
    err("sosh3: generic headers / frozen panes missing")
check_totals("typed/gimnaziya2_TsMN_2024.xlsx")
check_totals("typed/oosh7_Klyuchi_2024.xlsx")
_, ws, ts = table_of("typed/oosh7_Klyuchi_2024.xlsx")
if [tc.name for tc in ts[0].tableColumns] != ["Column1", "Column2", "Column3", "Column4"]:
    err("oosh7: Column1… headers missing")
_, ws, ts = table_of("typed/DDT_Kedrovogorsk_2024.xlsx")
hidden = [r for r, d in ws.row_dimensions.items() if d.hidden]
fc = ts[0].autoFilter.filterColumn
if not hidden or not fc:
    err("DDT: no filter / hidden rows")
hidden_cells = [c for c in cells if c["file"].endswith("DDT_Kedrovogorsk_2024.xlsx") and c["kind"] == "value"
                and int(re.sub(r"\D", "", c["cell"])) in hidden]
if len(hidden_cells) < 5:
    err("DDT: hidden rows should hold expected values")
_, ws, ts = table_of("typed/sosh11_otchet_CMN_2024.xlsx")
if len(ts) != 2 or not any(tc.calculatedColumnFormula is not None for t in ts for tc in t.tableColumns):
    err("sosh11: two tables with a calculated column expected")
_, ws, ts = table_of("typed/licey1_forma_2024.xlsx")
if not ts[0].ref.startswith("D12:"):
    err("licey1: table should start at D12")

dop = [e for e in expected if "ДО" in e["organisation"].split("«")[0]]
if not dop:
    err("no ДОП form")

nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
if not 150 <= nv <= 300:
    err(f"values {nv} outside 150–300")
if errors:
    for m in errors:
        print("FAIL:", m)
    print(f"selfcheck FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {nl} links, {len(cells)} cells checked")
