#!/usr/bin/env python3
"""Re-reads typed/*.xlsx with openpyxl and checks every expected value / link against its cell.
Exits 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_typed as mt  # only for the column lists (header, role, criterion, kind)

COLS = {mt.Y_FILE: mt.Y_COLS, mt.G_FILE: mt.G_COLS, mt.T_FILE: mt.T_COLS}
errors = []


def err(msg):
    errors.append(msg)
    print("MISMATCH:", msg)


def read(cell, kind):
    """Independent re-implementation of the reading a careful methodologist does."""
    v = cell.value
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if kind == "yesno":
        s = v.strip().lower()
        return 1 if s.startswith("да") else 0 if s.startswith("нет") else "??" + v
    if kind in ("list", "text"):
        return v
    if isinstance(v, (int, float)):
        x = v * 100 if "%" in cell.number_format else v
        x = round(x, 6)
        return int(x) if float(x).is_integer() else x
    s = v.strip()
    if re.search(r"около|более|больше|\d\s*[–-]\s*\d", s):
        return None
    if s.lower() == "нет":
        return 0
    m = re.match(r"(\d+)(?:[.,](\d+))?", s)
    if not m:
        return "??" + s
    x = float(m.group(1) + ("." + m.group(2) if m.group(2) else ""))
    return int(x) if x.is_integer() else x


def url(v):
    if not isinstance(v, str):
        return None
    m = re.search(r"https?://\S+?\.(?:pdf|docx?|xlsx?|html?)", v)
    return m.group(0) if m else None


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
total = 0
for e, c in zip(expected, cells):
    assert e["file"] == c["file"]
    wb = openpyxl.load_workbook(os.path.join(HERE, e["file"]), data_only=True)
    ws = wb[c["sheet"]]
    cols = COLS[e["file"]]
    heads = [ws.cell(1, i + 1).value for i in range(len(cols))]
    if heads != [x[0] for x in cols]:
        err("%s: header row differs" % e["file"])
    org_col = [i for i, x in enumerate(cols) if x[1] == "org"][0] + 1
    for k, (org, vals, links, rnum, cl) in enumerate(zip(e["organisation"], e["values"], e["links"],
                                                           c["rows"], c["cells"])):
        if org not in str(ws.cell(rnum, org_col).value):
            err("%s row %d: organisation %r not in %r" % (e["file"], rnum, org, ws.cell(rnum, org_col).value))
        # every answered value column of this row is either expected or deliberately left out
        for i, (h, role, crit, kind) in enumerate(cols):
            cell = ws.cell(rnum, i + 1)
            if role == "value":
                got = read(cell, kind)
                if crit in vals:
                    total += 1
                    if got != vals[crit]:
                        err("%s %s %s: expected %r, cell %r -> %r" % (e["file"], cell.coordinate, crit,
                                                                    vals[crit], cell.value, got))
                    if cl["values"][crit]["cell"] != cell.coordinate:
                        err("%s %s: cells.json points elsewhere" % (e["file"], crit))
                elif got is not None or (cell.value not in (None, "")
                                         and not any(x["cell"] == cell.coordinate for x in cl["excluded"])):
                    err("%s %s %s: answered (%r) but not in expected nor excluded" % (e["file"], cell.coordinate,
                                                                                   crit, cell.value))
            elif role == "link":
                u = url(cell.value)
                for cr in crit:
                    if cr in links:
                        if u != links[cr]:
                            err("%s %s link %s: expected %r, cell gives %r" % (e["file"], cell.coordinate, cr,
                                                                              links[cr], u))
                    elif u and cr in vals:
                        err("%s %s: link for %s not expected" % (e["file"], cell.coordinate, cr))
            elif role == "decoy":
                if h not in e["not_criteria"]:
                    err("decoy %r missing from not_criteria" % h)
        for x in cl["excluded"]:
            cell = ws[x["cell"]]
            if cell.value != x["raw"] or x["criterion"] in vals:
                err("%s excluded %s: %r" % (e["file"], x["cell"], cell.value))

# the duplicate submission in the Google export: rows 2 and 5, same e-mail, later one kept
wb = openpyxl.load_workbook(os.path.join(HERE, mt.G_FILE))
ws = wb[mt.G_SHEET]
if not (ws["B2"].value == ws["B5"].value and ws["A5"].value > ws["A2"].value):
    err("duplicate submission rows 2/5 not as described")
g = [x for x in cells if x["file"] == mt.G_FILE][0]
if 2 in g["rows"] or 5 not in g["rows"]:
    err("Google export: the later response (row 5) must be the kept one")

n_orgs = sum(len(e["organisation"]) for e in expected)
print("checked %d values, %d organisations, %d entries" % (total, n_orgs, len(expected)))
if errors:
    print("%d mismatches" % len(errors))
    sys.exit(1)
print("OK")
