#!/usr/bin/env python3
"""Re-reads every typed workbook with openpyxl and checks each expected value and link against its cell.

Independent of make_typed.py: it only uses expected.json, cells.json and the workbooks. Exits 1 on any mismatch."""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
URL_RE = re.compile(r"https?://[^\s,;()]+")
errors = []


def err(msg):
    errors.append(msg)


def read_number(cell):
    """What a careful reader takes from an answer cell: a number (per cent as a number) or 1/0 for yes/no."""
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    if isinstance(v, str):
        s = v.strip().lower()
        if s.startswith("да"):
            return 1
        if s.startswith("нет"):
            return 0
        m = re.match(r"^(\d+(?:[.,]\d+)?)", s)
        if m:
            return float(m.group(1).replace(",", "."))
    return None


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    books = {}

    def cell_of(file, sheet, coord):
        if file not in books:
            books[file] = load_workbook(os.path.join(HERE, file))
        return books[file][sheet][coord]

    # every expected value / link must be located exactly once in cells.json
    want = {}
    for e in expected:
        assert e["year"] == 2024
        orgs = e["organisation"] if isinstance(e["organisation"], list) else [e["organisation"]]
        vals = e["values"] if isinstance(e["values"], list) else [e["values"]]
        links = e["links"] if isinstance(e["links"], list) else [e["links"]]
        if not (len(orgs) == len(vals) == len(links)):
            err(f"{e['file']}: organisation/values/links lists differ in length")
        for o, v, lk in zip(orgs, vals, links):
            for c, x in v.items():
                want[(e["file"], o, c, "value")] = x
            for c, x in lk.items():
                want[(e["file"], o, c, "link")] = x
                if c not in v:
                    err(f"{e['file']} {o}: link for {c} without a value")
    seen = {}
    for c in cells:
        key = (c["file"], c["organisation"], c["criterion"], c["kind"])
        if key in seen:
            err(f"duplicate cells entry {key}")
        seen[key] = c
    for key in want:
        if key not in seen:
            err(f"expected but not located: {key}")
        elif seen[key]["expected"] != want[key]:
            err(f"cells.json and expected.json disagree on {key}")
    for key in seen:
        if key not in want:
            err(f"located but not expected: {key}")

    for c in cells:
        cell = cell_of(c["file"], c["sheet"], c["cell"])
        org_cell = cell_of(c["file"], c["sheet"], c["org_cell"])
        where = f"{c['file']} [{c['sheet']}] {c['cell']} {c['criterion']}"
        if org_cell.value != c["organisation"]:
            err(f"{where}: organisation cell {c['org_cell']} holds {org_cell.value!r}, not {c['organisation']!r}")
        exp = c["expected"]
        if c["kind"] == "link":
            urls = URL_RE.findall(str(cell.value or ""))
            urls = [u.rstrip(".") for u in urls]
            if exp not in urls:
                err(f"{where}: link {exp} not in {cell.value!r}")
        elif isinstance(exp, str):
            if cell.value != exp:
                err(f"{where}: text {cell.value!r} != {exp!r}")
        else:
            got = read_number(cell)
            if got is None or abs(got - exp) > 1e-6:
                err(f"{where}: read {got!r} from {cell.value!r} ({cell.number_format}), expected {exp!r}")

    # the sheets must hold what the scenario says: one row (or column) per response, year 2024 everywhere
    for e in expected:
        wb = load_workbook(os.path.join(HERE, e["file"]))
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if hasattr(cell.value, "year") and cell.value.year != 2024:
                        err(f"{e['file']}: {cell.coordinate} dated {cell.value}")

    nv = sum(1 for k in want if k[3] == "value")
    nl = sum(1 for k in want if k[3] == "link")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(expected)} files, {nv} values and {nl} links checked against their cells")


if __name__ == "__main__":
    main()
