#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl (data_only=True: the school's formulas carry cached
values written by xlsxwriter; the sports school file was re-saved by LibreOffice) and check
every expected value, link, title, absent row, not-criterion row and heading against its cell.
Exit 1 on any mismatch."""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ABSENT_MARKS = {"не применимо", "—", "-", "–", "н/п", "х", "x",
                "рассчитывается на муниципальном уровне"}
YES = {"да", "имеется"}
NO = {"нет", "отсутствует"}
ZERO_WORDS = {"нет", "не заключались"}

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower().replace("ё", "е")


cat = {}
with open("/work/main/Templates/criteria.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        cat[r["id"]] = r
wordings = {norm(r[k]) for r in cat.values()
            for k in ("wording_2023", "wording_2024", "form_wording") if r[k].strip()}


def interpret(cell, crit):
    v = cell.value
    unit = cat[crit]["unit"]
    if unit in ("list", "text"):
        return v
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    s = norm(v)
    if s in YES:
        return 1
    if s in NO or s in ZERO_WORDS:
        return 0
    m = re.match(r"^(\d+(?:[.,]\d+)?)", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x == int(x) else x
    return ("UNPARSED", v)


def link_of(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    if isinstance(cell.value, str):
        m = re.search(r"https?://\S+", cell.value)
        if m:
            return m.group(0)
    return None


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
assert len(expected) == len(cells)
n_vals = n_links = 0
orgs = set()
for e, c in zip(expected, cells):
    assert e["file"] == c["file"] and e["organisation"] == c["organisation"]
    assert e["year"] == 2024
    path = os.path.join(HERE, e["file"])
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[c["sheet"]] if c["sheet"] else wb.worksheets[0]
    alltext = "\n".join(str(x.value) for row in ws.iter_rows() for x in row if x.value is not None)
    if e["organisation"] not in alltext:
        err(e["file"], "organisation name not found in sheet", e["organisation"])
    orgs.add(e["organisation"])
    # values
    if set(e["values"]) != set(c["values"]):
        err(e["file"], "values keys differ between expected.json and cells.json")
    for crit, val in e["values"].items():
        if crit not in cat:
            err(e["file"], "unknown criterion", crit)
            continue
        addr = c["values"][crit][0]
        got = interpret(ws[addr], crit)
        if isinstance(val, str):
            ok = got == val
        else:
            ok = isinstance(got, (int, float)) and abs(got - val) < 1e-6
        if not ok:
            err(e["file"], crit, addr, "expected", repr(val), "got", repr(got))
        if cat[crit]["unit"] == "share" or cat[crit]["unit"] == "level":
            if not (0 <= val <= 100):
                err(e["file"], crit, "share out of range", val)
        n_vals += 1
    # absent criteria rows: the cell holds a «not applicable / dash» mark
    for crit, (addr, typed) in c["absent"].items():
        if crit in e["values"]:
            err(e["file"], crit, "absent row present in values")
        v = ws[addr].value
        if v != typed or norm(v) not in ABSENT_MARKS:
            err(e["file"], crit, addr, "absent mark expected, got", repr(v))
    # titles
    for crit, (addr, title) in c["titles"].items():
        v = ws[addr].value
        if v != title:
            err(e["file"], crit, addr, "title mismatch", repr(v), repr(title))
        if norm(title) in wordings:
            err(e["file"], crit, "title equals a catalogue wording", title)
    # links
    if set(e["links"]) != set(c["links"]):
        err(e["file"], "links keys differ")
    for crit, url in e["links"].items():
        if crit not in c["links"]:
            err(e["file"], crit, "link not placed in the workbook")
            continue
        addr = c["links"][crit][0]
        got = link_of(ws[addr])
        if got != url:
            err(e["file"], crit, addr, "link expected", url, "got", got)
        if crit not in e["values"]:
            err(e["file"], crit, "link for a criterion without value")
        n_links += 1
    # not criteria + headings
    for title in e["not_criteria"]:
        addr = c["not_criteria"][title]
        if ws[addr].value != title:
            err(e["file"], "not_criteria title", addr, repr(ws[addr].value), repr(title))
        if norm(title) in wordings:
            err(e["file"], "not_criteria title equals a catalogue wording", title)
    for title in e["headings"]:
        addr = c["headings"][title]
        if ws[addr].value != title:
            err(e["file"], "heading", addr, repr(ws[addr].value), repr(title))

print(f"{len(expected)} entries, {len(orgs)} organisations, {n_vals} values, {n_links} links")
if not 4 <= len(orgs) <= 9:
    err("organisation count out of range", len(orgs))
if errors:
    print("\n".join(errors))
    print("FAIL:", len(errors), "mismatches")
    sys.exit(1)
print("OK")
