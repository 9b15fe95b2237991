#!/usr/bin/env python3
"""Self-check of held-out set 51.

Re-reads every workbook with openpyxl (independently of make_typed.py) and checks:
  * every expected value and link of expected.json has exactly one entry in cells.json and vice versa;
  * the cell named in cells.json holds that value / link (percent-formatted numbers are read as per cent,
    «да»/«нет» as 1/0, text shares such as «17,2 %» as numbers, links from the cell text or its hyperlink);
  * the totals are within the spec (5–8 files, 150–280 values).
Exits 1 on any mismatch.
"""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def cell_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return v * 100.0 if "%" in (cell.number_format or "") else float(v)
    if isinstance(v, str):
        t = v.strip().lower()
        if t in ("да", "yes"):
            return 1.0
        if t in ("нет", "no"):
            return 0.0
        t = t.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
        if re.fullmatch(r"-?\d+(\.\d+)?", t):
            return float(t)
    return None


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

    # 1. expected.json <-> cells.json
    want = {}
    nfiles = set()
    for e in exp:
        nfiles.add(e["file"])
        if e.get("year") != 2024:
            err(f"{e['file']}: year {e.get('year')}")
        if isinstance(e["organisation"], list):
            if not (isinstance(e["values"], list) and isinstance(e["links"], list)
                    and len(e["values"]) == len(e["organisation"]) == len(e["links"])):
                err(f"{e['file']}: list organisation without parallel values/links")
                continue
            for i in range(len(e["organisation"])):
                for k, v in e["values"][i].items():
                    want[(e["file"], "value", k, i)] = v
                for k, v in e["links"][i].items():
                    want[(e["file"], "link", k, i)] = v
        else:
            for k, v in e["values"].items():
                want[(e["file"], "value", k, None)] = v
            for k, v in e["links"].items():
                want[(e["file"], "link", k, None)] = v
    got = {}
    for c in cells:
        key = (c["file"], c["kind"], c["criterion"], c.get("org_index"))
        if key in got:
            err(f"duplicate cells.json entry {key}")
        got[key] = c
    for k in want:
        if k not in got:
            err(f"expected but not in cells.json: {k}")
        elif got[k]["expected"] != want[k]:
            err(f"cells.json and expected.json disagree for {k}: {got[k]['expected']!r} vs {want[k]!r}")
    for k in got:
        if k not in want:
            err(f"cells.json entry not in expected.json: {k}")

    # 2. cells
    books = {}
    for c in cells:
        path = os.path.join(HERE, c["file"])
        if path not in books:
            books[path] = load_workbook(path)
        ws = books[path][c["sheet"]]
        cell = ws[c["cell"]]
        x = c["expected"]
        if c["kind"] == "link":
            if c.get("via") == "hyperlink":
                actual = cell.hyperlink.target if cell.hyperlink is not None else None
            else:
                actual = cell.value.strip() if isinstance(cell.value, str) else cell.value
            if actual != x:
                err(f"{c['file']}!{c['sheet']}!{c['cell']} link {c['criterion']}: {actual!r} != {x!r}")
            continue
        if isinstance(x, str):
            actual = cell.value.strip() if isinstance(cell.value, str) else cell.value
            if actual != x:
                err(f"{c['file']}!{c['sheet']}!{c['cell']} {c['criterion']}: {actual!r} != {x!r}")
        else:
            actual = cell_number(cell)
            if actual is None or abs(actual - float(x)) > 1e-6:
                err(f"{c['file']}!{c['sheet']}!{c['cell']} {c['criterion']}: {cell.value!r} "
                    f"({cell.number_format}) -> {actual!r} != {x!r}")

    # 3. totals
    nv = sum(1 for k in want if k[1] == "value")
    nl = sum(1 for k in want if k[1] == "link")
    if not 5 <= len(nfiles) <= 8:
        err(f"{len(nfiles)} files")
    if not 150 <= nv <= 280:
        err(f"{nv} values")
    for f in nfiles:
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"missing {f}")

    orgs = set()
    for e in exp:
        o = e["organisation"]
        for n in (o if isinstance(o, list) else [o]):
            orgs.add(n)
    print(f"files: {len(nfiles)}, forms: {len(exp)}, organisations (null = municipality): {len(orgs)}, "
          f"values: {nv}, links: {nl}, cells checked: {len(cells)}")
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("selfcheck OK")


if __name__ == "__main__":
    main()
