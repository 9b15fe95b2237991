#!/usr/bin/env python3
"""heldout93 self-check: re-open every typed workbook (data_only) and verify that every value and link of
expected.json sits in the cell that cells.json names; check the organisations against the «Справочник»."""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def as_number(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        fmt = cell.number_format or ""
        return float(v) * 100 if "%" in fmt else float(v)
    t = str(v).replace("\u00a0", " ").strip().lower()
    if t in ("да", "есть", "имеется"):
        return 1.0
    if t in ("нет", "не имеется"):
        return 0.0
    t = t.replace("%", "").replace(" ", "").replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def items(text):
    return [x.strip() for x in re.split(r"[;\n]", str(text)) if x.strip()]


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

index = {}
for c in cells:
    key = (c["file"], c["sheet"], c["criterion"], c["kind"])
    if key in index:
        err(f"duplicate cell entry {key}")
    index[key] = c

books = {}


def book(f):
    if f not in books:
        books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
    return books[f]


catalogue = set()
tsv = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
if tsv.exists():
    for i, line in enumerate(tsv.read_text(encoding="utf-8").splitlines()):
        if i and line.strip():
            catalogue.add(line.split("\t")[0])

n_values = n_links = 0
used = set()
for form in expected:
    f = form["file"]
    wb = book(f)
    if form.get("year") != 2024:
        err(f"{f}: year {form.get('year')}")
    sheet = form.get("sheet")
    if sheet is None:
        if len(wb.sheetnames) != 1:
            err(f"{f}: several sheets but no 'sheet' in expected")
        sheet = wb.sheetnames[0]
    if sheet not in wb.sheetnames:
        err(f"{f}: no sheet {sheet}")
        continue
    ws = wb[sheet]
    for cid, exp in form["values"].items():
        n_values += 1
        if catalogue and cid not in catalogue:
            err(f"{f}/{sheet}: {cid} not in catalogue")
        c = index.get((f, sheet, cid, "value"))
        if not c:
            err(f"{f}/{sheet}: no cell for value {cid}")
            continue
        used.add((f, sheet, cid, "value"))
        if c["expected"] != exp:
            err(f"{f}/{sheet}: cells.json {cid} {c['expected']!r} != expected.json {exp!r}")
        cell = ws[c["cell"]]
        if isinstance(exp, str):
            got = cell.value
            if items(got) != items(exp):
                err(f"{f}/{sheet}!{c['cell']} {cid}: {got!r} != {exp!r}")
        else:
            got = as_number(cell)
            if got is None or abs(got - float(exp)) > 0.005:
                err(f"{f}/{sheet}!{c['cell']} {cid}: {cell.value!r} -> {got!r} != {exp!r}")
    for cid, url in form["links"].items():
        n_links += 1
        if cid not in form["values"]:
            err(f"{f}/{sheet}: link for {cid} without a value")
        c = index.get((f, sheet, cid, "link"))
        if not c:
            err(f"{f}/{sheet}: no cell for link {cid}")
            continue
        used.add((f, sheet, cid, "link"))
        cell = ws[c["cell"]]
        target = cell.hyperlink.target if cell.hyperlink is not None else None
        shown = str(cell.value).strip() if cell.value is not None else None
        if url not in (target, shown):
            err(f"{f}/{sheet}!{c['cell']} link {cid}: {shown!r}/{target!r} != {url!r}")
    # not-criteria rows and headings are typed somewhere on the sheet
    texts = {str(x.value).strip() for row in ws.iter_rows() for x in row if x.value is not None}
    for t in form["not_criteria"] + form["headings"]:
        if t.strip() not in texts:
            err(f"{f}/{sheet}: row title {t!r} not found")
    # organisation: from the workbook's «Справочник» when it has one
    org = form["organisation"]
    if "Справочник" in wb.sheetnames:
        sp = wb["Справочник"]
        full = {}
        for row in sp.iter_rows(values_only=True):
            if row and row[0] and re.fullmatch(r"\d\d-\d\d\d", str(row[0]).strip()):
                full[str(row[0]).strip()] = row[2]
        code = str(ws["A1"].value).split(":")[-1].strip()
        if code != sheet or full.get(code) != org:
            err(f"{f}/{sheet}: organisation {org!r} != Справочник {full.get(code)!r}")
    else:
        texts_all = " ".join(texts) + " " + f
        if org not in texts_all:
            err(f"{f}/{sheet}: organisation {org!r} not typed in the form or its file name")

for key in index:
    if key not in used:
        err(f"cells.json entry {key} not in expected.json")

files = {e["file"] for e in expected}
on_disk = {str(p.relative_to(HERE)) for p in (HERE / "typed").glob("*.xlsx")}
if files != on_disk:
    err(f"files on disk {sorted(on_disk)} != expected {sorted(files)}")
if not 5 <= len(files) <= 8:
    err(f"{len(files)} files")
if not 8 <= len(expected) <= 12:
    err(f"{len(expected)} forms")
if not 150 <= n_values <= 300:
    err(f"{n_values} values")

for e in errors:
    print("FAIL", e)
print(f"selfcheck: {len(files)} files, {len(expected)} forms, {n_values} values, {n_links} links, "
      f"{len(errors)} errors -> {'FAIL' if errors else 'OK'}")
sys.exit(1 if errors else 0)
