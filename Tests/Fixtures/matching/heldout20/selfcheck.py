#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl (data_only=True: the svod's formulas are cached by LibreOffice)
and check every expected value, link and organisation name against its cell. Exit 1 on any mismatch."""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
errors = []


def read_value(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, str):
        s = v.strip()
        low = s.lower()
        if low in ("да", "1 (да)"):
            return 1
        if low in ("нет", "0 (нет)"):
            return 0
        m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", s)
        if m:
            return float(m.group(1).replace(",", "."))
        if re.fullmatch(r"-?\d+(?:[.,]\d+)?", s):
            return float(s.replace(",", "."))
        return v
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return round(v * 100, 6)
        return v
    return v


def read_link(c):
    if c.hyperlink is not None and c.hyperlink.target:
        return c.hyperlink.target
    return c.value


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-6
    return a == b


def check_block(ws, where, exp_vals, exp_links, cell_vals, cell_links):
    if set(exp_vals) != set(cell_vals):
        errors.append(f"{where}: value keys differ {set(exp_vals) ^ set(cell_vals)}")
    for cid, v in exp_vals.items():
        got = read_value(ws[cell_vals[cid]])
        if not same(got, v):
            errors.append(f"{where} {cid} @{cell_vals[cid]}: expected {v!r}, got {got!r}")
    if set(exp_links) != set(cell_links):
        errors.append(f"{where}: link keys differ")
    for cid, url in exp_links.items():
        got = read_link(ws[cell_links[cid]])
        if got != url:
            errors.append(f"{where} link {cid}: expected {url}, got {got}")
        if not str(got).startswith("http"):
            errors.append(f"{where} link {cid} not a URL: {got}")


n_values = 0
assert len(expected) == len(cells)
for e, c in zip(expected, cells):
    assert e["file"] == c["file"]
    wb = load_workbook(os.path.join(HERE, e["file"]), data_only=True)
    ws = wb[c["sheet"]]
    if isinstance(e["organisation"], list):
        for i, (name, vals, links, rc) in enumerate(zip(e["organisation"], e["values"], e["links"], c["rows"])):
            if ws[rc["name_cell"]].value != name:
                errors.append(f"{e['file']} row {i}: name {ws[rc['name_cell']].value!r} != {name!r}")
            check_block(ws, f"{e['file']}[{name}]", vals, links, rc["values"], rc["links"])
            n_values += len(vals)
    else:
        if e["organisation"] is None:
            assert c["name_cell"] is None
        elif ws[c["name_cell"]].value != e["organisation"]:
            errors.append(f"{e['file']}: name {ws[c['name_cell']].value!r} != {e['organisation']!r}")
        check_block(ws, e["file"], e["values"], e["links"], c["values"], c["links"])
        n_values += len(e["values"])
    # every not_criteria / heading title is present somewhere in the sheet
    texts = {str(x.value).strip() for row in ws.iter_rows() for x in row if x.value is not None}
    for t in e.get("not_criteria", []) + e.get("headings", []):
        if t not in texts:
            errors.append(f"{e['file']}: title not found: {t}")
    assert e["year"] == 2024

# the svod's total row equals the municipal counts (cached formulas)
svod = next(x for x in expected if isinstance(x["organisation"], list))
wb = load_workbook(os.path.join(HERE, svod["file"]), data_only=True)
ws = wb.active
total_row = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 2).value).startswith("ВСЕГО"))
muni = next(x for x in expected if x["organisation"] is None)["values"]
for col, cid in (("D", "orgs_regulation_teachers"), ("E", "orgs_regulation_students"),
                 ("F", "orgs_monitoring_order"), ("G", "curators_total")):
    if ws[f"{col}{total_row}"].value != muni[cid]:
        errors.append(f"svod total {cid}: {ws[f'{col}{total_row}'].value} != municipal {muni[cid]}")

for x in errors:
    print("MISMATCH:", x)
print(f"{len(expected)} entries, {n_values} values checked, {len(errors)} mismatches")
sys.exit(1 if errors else 0)
