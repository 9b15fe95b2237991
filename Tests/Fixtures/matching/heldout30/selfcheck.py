# -*- coding: utf-8 -*-
"""Independent check: re-reads every workbook with openpyxl and compares each expected value and
link of expected.json with the cell that cells.json names. Exit 1 on any mismatch."""
import os
import json, os, sys
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
errors = []
books = {}

def book(f):
    if f not in books:
        books[f] = load_workbook(os.path.join(HERE, f))
    return books[f]

def read_value(c):
    v = c.value
    if isinstance(v, str):
        t = v.strip().lower()
        if t in ("да", "нет"):
            return 1 if t == "да" else 0
        return v.strip()
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return round(v * 100, 2)
        return v
    return v

def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b

# 1) every cells.json entry matches its workbook cell
for e in cells:
    ws = book(e["file"])[e["sheet"]]
    c = ws[e["cell"]]
    if e["kind"] == "value":
        got = read_value(c)
    else:
        got = c.hyperlink.target if c.hyperlink is not None else c.value
        if isinstance(got, str):
            got = got.strip()
        if not (isinstance(got, str) and got.startswith("https://")):
            errors.append(f"not a URL: {e}")
        if e.get("hyperlink") and (c.hyperlink is None or c.hyperlink.target != c.value):
            errors.append(f"hyperlink target differs from text: {e}")
    if not same(got, e["expected"]):
        errors.append(f"{e['file']}!{e['sheet']}!{e['cell']} {e['criterion']} {e['kind']}: cell={got!r} expected={e['expected']!r}")

# 2) expected.json and cells.json describe the same set
idx = {}
for e in cells:
    k = (e["file"], e["organisation"], e["criterion"], e["kind"])
    if k in idx:
        errors.append(f"duplicate cell record {k}")
    idx[k] = e["expected"]
seen = set()
crit_ids = set(l.split("\t")[0] for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv"), encoding="utf-8").read().splitlines()[1:])
org_level = set(l.split("\t")[0] for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv"), encoding="utf-8").read().splitlines()[1:]
                if l.split("\t")[3] == "org")
nv = nl = no = 0
files = set()
for ent in exp:
    files.add(ent["file"])
    orgs = ent["organisation"]
    if not (isinstance(orgs, list) and len(orgs) == len(ent["values"]) == len(ent["links"])):
        errors.append(f"list form broken in {ent['file']}")
        continue
    if not 4 <= len(orgs) <= 8:
        errors.append(f"{ent['file']}: {len(orgs)} organisations")
    no += len(orgs)
    for org, vals, links in zip(orgs, ent["values"], ent["links"]):
        for kind, d in (("value", vals), ("link", links)):
            for crit, v in d.items():
                if crit not in crit_ids:
                    errors.append(f"unknown criterion {crit}")
                if crit not in org_level:
                    errors.append(f"not org-level: {crit}")
                k = (ent["file"], org, crit, kind)
                seen.add(k)
                if k not in idx:
                    errors.append(f"no cell for {k}")
                elif not same(idx[k], v):
                    errors.append(f"cells.json vs expected.json differ for {k}: {idx[k]!r} vs {v!r}")
        for crit in links:
            if crit not in vals:
                errors.append(f"link without value {ent['file']} {org} {crit}")
        nv += len(vals); nl += len(links)
for k in idx:
    if k not in seen:
        errors.append(f"cell record not in expected.json: {k}")
for f in files:
    if not os.path.exists(os.path.join(HERE, f)):
        errors.append(f"missing file {f}")
if not 5 <= len(files) <= 8:
    errors.append(f"{len(files)} files")
if not 150 <= nv <= 280:
    errors.append(f"{nv} values")

# 3) the organisation names are in the header cells of the sheet
for ent in exp:
    ws = book(ent["file"])[ent.get("sheet") or book(ent["file"]).sheetnames[0]]
    texts = {str(c.value).strip() for row in ws.iter_rows(max_row=6) for c in row if c.value is not None}
    for org in ent["organisation"]:
        if org not in texts:
            errors.append(f"organisation {org!r} not in header of {ent['file']}")

for e in errors:
    print("FAIL:", e)
print(f"files={len(files)} organisation-columns={no} values={nv} links={nl} cells={len(cells)} errors={len(errors)}")
sys.exit(1 if errors else 0)
