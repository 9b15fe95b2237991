#!/usr/bin/env python3
"""Independent check of heldout105: re-open every typed file with openpyxl (data_only=True) and
verify that every expected value and link sits in the cell cells.json names, that every
reference in the form points at the list row that holds the link, that every «no link» case
really has no URL to resolve, and that expected.json and cells.json agree. Exit 1 on any problem."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
errors = []


def err(msg):
    errors.append(msg)


ids = set()
with open(ROOT / "Templates/criteria.tsv", encoding="utf-8") as fh:
    fh.readline()
    for line in fh:
        if line.strip():
            ids.add(line.split("\t")[0])

expected = json.load(open(HERE / "expected.json", encoding="utf-8"))
cells = json.load(open(HERE / "cells.json", encoding="utf-8"))["cells"]

books = {}


def book(path):
    if path not in books:
        books[path] = load_workbook(HERE / path, data_only=True)
    return books[path]


def top_left(ws, coord):
    """The cell that holds the content when coord lies inside a merged range."""
    for rng in ws.merged_cells.ranges:
        if coord in rng:
            return ws.cell(rng.min_row, rng.min_col)
    return ws[coord]


def normalise(cell):
    v = cell.value
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return round(float(v), 2)
    if isinstance(v, str):
        s = v.strip().replace("\u00a0", " ")
        low = s.lower()
        if low in ("да", "имеется", "есть"):
            return 1
        if low in ("нет", "отсутствует"):
            return 0
        m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
        if m:
            return round(float(m.group(1).replace(",", ".")), 2)
        return s
    return v


def num_in(text):
    m = re.search(r"\d+", str(text if text is not None else ""))
    return int(m.group()) if m else None


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.006
    return a == b


forms = {}
for e in expected:
    key = (e["file"], e.get("sheet"))
    if key in forms:
        err("duplicate form %s" % (key,))
    forms[key] = e
    if e.get("year") != 2024:
        err("%s: year is not 2024" % (key,))
    for k in list(e["values"]) + list(e["links"]):
        if k not in ids:
            err("%s: %s is not a catalogue id" % (key, k))
    for k in e["links"]:
        if k not in e["values"]:
            err("%s: link for %s without a value" % (key, k))
        if not str(e["links"][k]).startswith("http"):
            err("%s: link for %s is not a URL" % (key, k))


def form_of(c):
    for key, e in forms.items():
        if key[0] == c["file"] and (key[1] is None or key[1] == c["sheet"] or key[1] == c.get("ref_sheet")):
            return e
    return None


seen_values, seen_links = set(), set()
for c in cells:
    wb = book(c["file"])
    if c["sheet"] not in wb.sheetnames:
        err("%s: no sheet %s" % (c["file"], c["sheet"]))
        continue
    ws = wb[c["sheet"]]
    cell = top_left(ws, c["cell"])
    where = "%s!%s!%s (%s)" % (c["file"], c["sheet"], c["cell"], c["criterion"])
    e = form_of(c)
    if e is None:
        err(where + ": no form in expected.json")
        continue
    if c["kind"] == "value":
        got = normalise(cell)
        if not same(got, c["expected"]):
            err("%s: value %r, expected %r" % (where, got, c["expected"]))
        if not same(e["values"].get(c["criterion"]), c["expected"]):
            err(where + ": expected.json disagrees")
        seen_values.add((c["file"], e.get("sheet"), c["criterion"]))
    elif c["kind"] == "link":
        url = c["expected"]
        mode = c["mode"]
        text = "" if cell.value is None else str(cell.value)
        if mode == "value":
            if text.strip() != url:
                err("%s: link cell holds %r, expected %r" % (where, text, url))
        elif mode == "in_text":
            if url not in text:
                err("%s: %r not in %r" % (where, url, text))
        elif mode == "hyperlink":
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if target != url:
                err("%s: hyperlink %r, expected %r" % (where, target, url))
            if c.get("shown_text") and text != c["shown_text"]:
                err("%s: shown text %r" % (where, text))
        else:
            err(where + ": unknown mode " + mode)
        # the form's reference must point at this list row
        if c.get("ref_cell"):
            rws = wb[c["ref_sheet"]]
            rcell = top_left(rws, c["ref_cell"])
            if str(rcell.value).strip() != c["ref_text"]:
                err("%s: reference cell %s holds %r, expected %r" % (where, c["ref_cell"], rcell.value, c["ref_text"]))
            if c.get("ref_merged_range"):
                if c["ref_merged_range"] not in [str(r) for r in rws.merged_cells.ranges]:
                    err("%s: %s is not merged" % (where, c["ref_merged_range"]))
        if c.get("list_no_cell"):
            no_cell = ws[c["list_no_cell"]]
            if num_in(no_cell.value) != c["list_no"]:
                err("%s: list number cell %s holds %r, expected %s" % (where, c["list_no_cell"], no_cell.value, c["list_no"]))
            if num_in(c["ref_text"].replace("[", "").replace("]", "")) != c["list_no"]:
                err("%s: reference %r does not name %s" % (where, c["ref_text"], c["list_no"]))
        if e["links"].get(c["criterion"]) != url:
            err(where + ": expected.json link disagrees")
        seen_links.add((c["file"], e.get("sheet"), c["criterion"]))
    elif c["kind"] == "nolink":
        text = "" if cell.value is None else str(cell.value)
        if text.strip() != c["expected"]:
            err("%s: no-link cell holds %r, expected %r" % (where, text, c["expected"]))
        if "http" in text or (cell.hyperlink is not None and cell.hyperlink.target):
            err(where + ": a no-link cell carries a URL")
        if c["criterion"] in e["links"]:
            err(where + ": expected.json gives a link for a no-link row")
        if "missing_no" in c:
            lws = wb[c["list_sheet"]]
            have = [num_in(lws[x].value) for x in c["list_no_cells"]]
            if c["missing_no"] in have:
                err("%s: list does have number %s" % (where, c["missing_no"]))
            if num_in(text) != c["missing_no"]:
                err("%s: reference %r does not name %s" % (where, text, c["missing_no"]))
        if "list_cell" in c:
            lt = str(wb[c["list_sheet"]][c["list_cell"]].value)
            if "http" in lt:
                err(where + ": the list item does have a URL")
    else:
        err(where + ": unknown kind")

for key, e in forms.items():
    for k in e["values"]:
        if (key[0], key[1], k) not in seen_values:
            err("%s: value %s has no cell in cells.json" % (key, k))
    for k in e["links"]:
        if (key[0], key[1], k) not in seen_links:
            err("%s: link %s has no cell in cells.json" % (key, k))
    for f in e.get("not_criteria", []):
        pass

files = sorted({e["file"] for e in expected})
on_disk = sorted("typed/" + p.name for p in (HERE / "typed").glob("*.xlsx"))
if files != on_disk:
    err("files in expected.json %s differ from typed/ %s" % (files, on_disk))

nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
if not (5 <= len(files) <= 8):
    err("%d files" % len(files))
if not (150 <= nv <= 300):
    err("%d values" % nv)

for m in errors:
    print("FAIL", m)
if errors:
    print("selfcheck: %d problem(s)" % len(errors))
    sys.exit(1)
print("selfcheck OK: %d files, %d forms, %d values, %d links, %d cells checked"
      % (len(files), len(expected), nv, nl, len(cells)))
