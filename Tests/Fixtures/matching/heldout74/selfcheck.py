#!/usr/bin/env python3
"""Re-reads every workbook in typed/ with openpyxl (independently of make_typed.py) and checks every
expected value and link of expected.json against the cell named in cells.json.  Exit 1 on any mismatch.

Reading rules (what a methodologist sees in Google Sheets / Excel):
  * boolean cell (checkbox) -> 1 / 0;  «Да» -> 1, «Нет» -> 0;
  * a formula cell -> its cached value (data_only=True);
  * a number in a cell whose format contains «%» -> × 100;
  * a link: the cell's hyperlink target, or the URL inside =HYPERLINK("url","text"), or a URL typed as text.
"""
import json
import math
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

errors = []
books = {}


def book(fname):
    if fname not in books:
        p = os.path.join(HERE, fname)
        books[fname] = (openpyxl.load_workbook(p), openpyxl.load_workbook(p, data_only=True))
    return books[fname]


def read_value(fname, sheet, ref):
    wf, wv = book(fname)
    cf, cv = wf[sheet][ref], wv[sheet][ref]
    v = cv.value
    if isinstance(cf.value, str) and cf.value.startswith("=") and v is None:
        return ("NO CACHED VALUE", cf.value)
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, str):
        s = v.strip()
        if s.lower() == "да":
            return 1
        if s.lower() == "нет":
            return 0
        return s
    if isinstance(v, (int, float)):
        if "%" in (cv.number_format or ""):
            return v * 100
        return v
    return v


def read_link(fname, sheet, ref):
    wf, _ = book(fname)
    c = wf[sheet][ref]
    if c.hyperlink is not None and c.hyperlink.target:
        return c.hyperlink.target
    v = c.value
    if isinstance(v, str):
        m = re.match(r'^=HYPERLINK\("([^"]+)"\s*[,;]', v, re.I)
        if m:
            return m.group(1)
        if v.strip().startswith("http"):
            return v.strip()
    return None


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
    return a == b


# 1. every cells.json entry matches its cell
for e in cells:
    if e["kind"] == "value":
        got = read_value(e["file"], e["sheet"], e["cell"])
    else:
        got = read_link(e["file"], e["sheet"], e["cell"])
    if not same(got, e["expected"]):
        errors.append(f'{e["file"]} {e["sheet"]}!{e["cell"]} {e["criterion"]} ({e["kind"]}): '
                      f'expected {e["expected"]!r}, got {got!r}')

# 2. expected.json and cells.json agree one to one
index = {(e["file"], e["kind"], e["criterion"]): e for e in cells}
n_val = n_link = 0
for ent in expected:
    if not os.path.exists(os.path.join(HERE, ent["file"])):
        errors.append(f'missing file {ent["file"]}')
        continue
    for kind, key in (("value", "values"), ("link", "links")):
        for cid, val in ent[key].items():
            c = index.get((ent["file"], kind, cid))
            if c is None:
                errors.append(f'{ent["file"]}: {kind} {cid} has no cells.json entry')
            elif not same(c["expected"], val):
                errors.append(f'{ent["file"]}: {kind} {cid}: expected.json {val!r} != cells.json {c["expected"]!r}')
    n_val += len(ent["values"])
    n_link += len(ent["links"])
    # the organisation is written on the form (row 2)
    _, wv = book(ent["file"])
    orgs = [c.value for ws in wv.worksheets for row in ws.iter_rows(max_row=4) for c in row]
    if ent["organisation"] not in orgs:
        errors.append(f'{ent["file"]}: organisation {ent["organisation"]!r} not found in the header rows')
for c in cells:
    ent = next((x for x in expected if x["file"] == c["file"]), None)
    key = "values" if c["kind"] == "value" else "links"
    if ent is None or c["criterion"] not in ent[key]:
        errors.append(f'cells.json entry without expected.json: {c}')

# 3. the catalogue knows every criterion id
cat = set()
with open(str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv"), encoding="utf-8") as fh:
    next(fh)
    for line in fh:
        cat.add(line.split("\t")[0])
for ent in expected:
    for cid in list(ent["values"]) + list(ent["links"]):
        if cid not in cat:
            errors.append(f'{ent["file"]}: unknown criterion {cid}')

files = len(expected)
if not 5 <= files <= 8 or not 150 <= n_val <= 280:
    errors.append(f"size out of range: {files} files, {n_val} values")

for e in errors:
    print("MISMATCH:", e)
print(f"files {files}, values {n_val}, links {n_link}, cells checked {len(cells)}, errors {len(errors)}")
sys.exit(1 if errors else 0)
