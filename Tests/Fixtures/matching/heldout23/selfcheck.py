#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl (data_only=True: LibreOffice-cached formula values)
and check every expected value and link against its cell.  Exit 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cmap = {c["file"]: c for c in json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))}

YES = {"да", "имеется", "есть"}
NO = {"нет", "отсутствует"}
errors = []


def read(cell, kind):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v).strip()
    if s.lower() in ("", "н/п"):
        return None
    if kind == "txt":
        return s
    if s.lower() in YES:
        return 1
    if s.lower() in NO:
        return 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(?:%|чел\.?|ед\.?)?", s)
    if not m:
        return ("UNPARSED", s)
    return float(m.group(1).replace(",", "."))


def link_of(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    if isinstance(cell.value, str) and cell.value.strip().startswith("http"):
        return cell.value.strip()
    return None


nvals = nlinks = 0
for e in exp:
    path = os.path.join(HERE, e["file"])
    wb = openpyxl.load_workbook(path, data_only=True)
    cm = cmap[e["file"]]
    ws = wb[cm["sheet"]]
    # organisation name must be written in the file
    found = any(isinstance(c.value, str) and c.value.strip() == e["organisation"]
                for row in ws.iter_rows() for c in row)
    if not found:
        errors.append((e["file"], "organisation name not found", e["organisation"]))
    for key, want in e["values"].items():
        info = cm["cells"][key]
        got = read(ws[info["cell"]], info["kind"])
        nvals += 1
        if isinstance(want, str):
            ok = got == want
        else:
            ok = isinstance(got, (int, float)) and abs(got - want) < 1e-6
        if not ok:
            errors.append((e["file"], key, info["cell"], "want", want, "got", got))
    for key, url in e["links"].items():
        info = cm["cells"][key]
        got = link_of(ws[info["link_cell"]])
        nlinks += 1
        if got != url:
            errors.append((e["file"], key, "link", url, got))
    # every criterion row not in values must be empty / н/п in the fact column
    titles = {}
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                titles.setdefault(c.value.strip(), c)
    for t in e["not_criteria"] + e["headings"]:
        if t not in titles:
            errors.append((e["file"], "row title not found", t))
    # a criterion cell listed in cells.json must hold a value
    # and no link may be expected for a row without value
    for key in e["links"]:
        if key not in e["values"]:
            errors.append((e["file"], key, "link without value"))
    # row-by-row: numbered rows that are neither decoys nor in values must have an empty fact
    fact_col = re.match(r"[A-Z]+", next(iter(cm["cells"].values()))["cell"]).group(0)
    used_rows = {int(re.sub(r"[A-Z]+", "", i["cell"])) for i in cm["cells"].values()}
    nc = set(e["not_criteria"])
    for r in range(1, ws.max_row + 1):
        num = ws.cell(r, 1).value
        title = ws.cell(r, 2).value
        if not (isinstance(num, str) and num.startswith("П.")):
            continue
        if title in nc or r in used_rows:
            continue
        v = ws[f"{fact_col}{r}"].value
        if v not in (None, "") and str(v).strip().lower() != "н/п":
            errors.append((e["file"], "unexpected value in row", r, title, v))

for err in errors:
    print("MISMATCH", *err)
print(f"checked {len(exp)} forms, {nvals} values, {nlinks} links: {'FAIL' if errors else 'OK'}")
sys.exit(1 if errors else 0)
