"""Self-check for heldout103: re-opens every typed file with openpyxl (data_only=True, i.e. the cached values as
stored) and checks every expected value and link in the cell cells.json names, and that every withheld cell
really holds an error, a text or a formula without a cached value. Exits 1 on any mismatch."""
import json
import pathlib
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
YESNO = {"да": 1, "нет": 0, "имеется": 1, "отсутствует": 0}
problems = []


def fail(msg):
    problems.append(msg)


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells_doc = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
cells, withheld = cells_doc["cells"], cells_doc["withheld"]

books, formula_books = {}, {}


def book(file, data_only=True):
    cache = books if data_only else formula_books
    if file not in cache:
        cache[file] = openpyxl.load_workbook(HERE / file, data_only=data_only)
    return cache[file]


def read_value(cell, want):
    v = cell.value
    if isinstance(want, str):
        return v.strip() if isinstance(v, str) else v
    if isinstance(v, str):
        return YESNO.get(v.strip().lower(), v)
    if isinstance(v, bool) or v is None:
        return v
    if "%" in (cell.number_format or ""):
        v = v * 100
    return round(v + 0.0, 2)


# 1. every listed cell holds its expected value / link
for c in cells:
    ws = book(c["file"])[c["sheet"]]
    cell = ws[c["cell"]]
    if c["kind"] == "value":
        got = read_value(cell, c["expected"])
        want = c["expected"]
        ok = (got == want) if isinstance(want, str) else (isinstance(got, (int, float)) and abs(got - want) < 0.005)
        if not ok:
            fail(f"{c['file']} {c['sheet']}!{c['cell']} {c['criterion']}: expected {want!r}, cell gives {got!r}")
        if c.get("percent_format") and "%" not in cell.number_format:
            fail(f"{c['file']} {c['cell']}: should have a percent format, has {cell.number_format!r}")
    else:
        target = cell.hyperlink.target if cell.hyperlink is not None else None
        if cell.value != c["expected"] and target != c["expected"]:
            fail(f"{c['file']} {c['sheet']}!{c['cell']} link {c['criterion']}: {cell.value!r} / {target!r}")

# 2. withheld cells really give nothing usable
for w in withheld:
    v = book(w["file"])[w["sheet"]][w["cell"]].value
    f = book(w["file"], data_only=False)[w["sheet"]][w["cell"]].value
    f_text = f if isinstance(f, str) else getattr(f, "text", None)
    if not (isinstance(f_text, str) and f_text.startswith("=")):
        fail(f"{w['file']} {w['cell']}: withheld cell is not a formula ({f!r})")
    if w["reason"].startswith("formula without"):
        if v is not None:
            fail(f"{w['file']} {w['cell']}: expected no cached value, got {v!r}")
    elif w["reason"].startswith("cached error"):
        if v != w["cached"] or not str(v).startswith("#"):
            fail(f"{w['file']} {w['cell']}: expected cached error {w['cached']}, got {v!r}")
    elif w["reason"].startswith("cached text"):
        if (v or "") != w["cached"]:
            fail(f"{w['file']} {w['cell']}: expected cached text {w['cached']!r}, got {v!r}")
    else:
        fail(f"unknown reason {w['reason']}")

# 3. expected.json and cells.json agree one to one
by_file = {}
for c in cells:
    by_file.setdefault(c["file"], {"value": {}, "link": {}})[c["kind"]][c["criterion"]] = c["expected"]
for e in expected:
    got = by_file.get(e["file"], {"value": {}, "link": {}})
    if got["value"] != e["values"]:
        fail(f"{e['file']}: values of expected.json and cells.json differ")
    if got["link"] != e["links"]:
        fail(f"{e['file']}: links of expected.json and cells.json differ")
    if e["year"] != 2024:
        fail(f"{e['file']}: year")
    for crit in e["values"]:
        if any(w["file"] == e["file"] and w["criterion"] == crit for w in withheld):
            fail(f"{e['file']}: {crit} both valued and withheld")
    if not (HERE / e["file"]).exists():
        fail(f"missing file {e['file']}")

files = {e["file"] for e in expected}
nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
if problems:
    print("\n".join(problems))
    print(f"selfcheck FAILED: {len(problems)} problem(s)")
    sys.exit(1)
print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {nl} links, "
      f"{len(withheld)} withheld cells checked")
