#!/usr/bin/env python3
"""Independent check of heldout72: re-reads every workbook with openpyxl and compares each expected
value and link of expected.json with the cell named in cells.json. Exit 1 on any mismatch."""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
errors = []


def err(msg):
    errors.append(msg)


def as_number(cell):
    """Value of a cell as the expected.json convention writes it (per cent as a number)."""
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    if isinstance(v, str):
        s = v.strip().lower()
        if s in ("да", "yes"):
            return 1
        if s in ("нет", "no"):
            return 0
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", s)
        if m:
            return float(m.group(1).replace(",", "."))
    return None


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    units = {}
    if os.path.exists(CATALOGUE):
        with open(CATALOGUE, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                units[row["id"]] = row["unit"]

    files = sorted({e["file"] for e in expected})
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files, expected 5..8")
    nvals = sum(len(e["values"]) for e in expected)
    if not 150 <= nvals <= 280:
        err(f"{nvals} values, expected 150..280")

    books = {}
    for f in files:
        p = os.path.join(HERE, f)
        if not os.path.exists(p):
            err(f"missing {f}")
            continue
        books[f] = (load_workbook(p, data_only=True), load_workbook(p, data_only=False))

    index = {}
    for c in cells:
        key = (c["file"], c["kind"], c["criterion"])
        if key in index:
            err(f"duplicate cells.json entry {key}")
        index[key] = c

    seen = set()
    for e in expected:
        f = e["file"]
        if f not in books:
            continue
        if e.get("year") != 2024:
            err(f"{f}: year {e.get('year')}")
        wb_v, wb_f = books[f]
        # organisation and year written in the file
        texts = [str(c.value) for ws in wb_v.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        if not any(e["organisation"] in t for t in texts):
            err(f"{f}: organisation {e['organisation']!r} not found in any cell")
        if not any("2024" in t for t in texts):
            err(f"{f}: the year 2024 is written nowhere")
        for kind, d in (("value", e["values"]), ("link", e["links"])):
            for crit, exp in d.items():
                if units and crit not in units:
                    err(f"{f}: {crit} is no catalogue id")
                key = (f, kind, crit)
                seen.add(key)
                c = index.get(key)
                if c is None:
                    err(f"{f}: no cells.json entry for {kind} {crit}")
                    continue
                if c["expected"] != exp:
                    err(f"{f}: cells.json expected {c['expected']!r} != expected.json {exp!r} ({kind} {crit})")
                ws_v = wb_v[c["sheet"]]
                ws_f = wb_f[c["sheet"]]
                cell = ws_v[c["cell"]]
                if cell.value is None:
                    err(f"{f}!{c['sheet']}!{c['cell']}: empty cell for {kind} {crit}")
                    continue
                if "formula" in c:
                    fv = ws_f[c["cell"]].value
                    if fv != c["formula"]:
                        err(f"{f}!{c['cell']}: formula {fv!r} != {c['formula']!r}")
                if kind == "link":
                    if not (isinstance(exp, str) and exp.startswith("https://")):
                        err(f"{f}: link of {crit} is not a URL: {exp!r}")
                    if str(cell.value).strip() != exp:
                        err(f"{f}!{c['cell']}: link {cell.value!r} != {exp!r}")
                    if crit not in e["values"]:
                        err(f"{f}: link for {crit} without a value")
                    continue
                unit = units.get(crit)
                if isinstance(exp, str):
                    if unit not in (None, "text", "list"):
                        err(f"{f}: {crit} ({unit}) expected as text")
                    if str(cell.value).strip() != exp.strip():
                        err(f"{f}!{c['cell']}: {cell.value!r} != {exp!r}")
                    continue
                got = as_number(cell)
                if got is None or abs(got - exp) > 0.006:
                    err(f"{f}!{c['sheet']}!{c['cell']}: {crit} cell {cell.value!r} ({cell.number_format}) -> {got!r} != {exp!r}")
                if unit in ("share", "level") and not 0 <= exp <= 100:
                    err(f"{f}: {crit} = {exp} out of 0..100")
                if unit == "count" and (exp < 0 or exp != int(exp)):
                    err(f"{f}: {crit} = {exp} is no count")
        for t in e["not_criteria"] + e["headings"]:
            if not any(t in x for x in texts):
                err(f"{f}: not_criteria/heading {t!r} not found")
    for key in index:
        if key not in seen:
            err(f"cells.json entry without expected value: {key}")

    # formula cells must carry cached values (file re-saved via LibreOffice)
    for f, (wb_v, wb_f) in books.items():
        for ws in wb_f.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith("="):
                        if wb_v[ws.title][c.coordinate].value is None:
                            err(f"{f}!{ws.title}!{c.coordinate}: formula {c.value} without cached value")

    nlinks = sum(len(e["links"]) for e in expected)
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} files, {len(expected)} forms, {nvals} values, {nlinks} links checked")


if __name__ == "__main__":
    main()
