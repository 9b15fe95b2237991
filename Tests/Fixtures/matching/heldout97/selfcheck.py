#!/usr/bin/env python3
"""heldout97 selfcheck: re-opens every typed file with openpyxl (data_only=True) and checks
1. every expected value is in the cell cells.json names (raw cell content as typed, and an
   independent reading of it gives the expected value);
2. every expected link is in the cell cells.json names (cell text or hyperlink target);
3. every inexact cell of expected.json holds exactly the text given, that text does NOT read
   as an exact value, and its criterion is not also in "values";
4. expected.json and cells.json agree (every value/link of expected.json has exactly one cell).
Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
errors = []

NUM = r"\d+(?:[.,]\d+)?"


def read_exact(cell):
    """An independent reading of a value cell: a number, or None when the text is not exact."""
    v = cell.value
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return v
    if not isinstance(v, str):
        return None
    t = v.strip().replace("\u00a0", " ")
    low = t.lower()
    if low in ("да", "есть", "имеется"):
        return 1
    if low in ("нет", "отсутствует"):
        return 0
    # «0 (ноль)», «1 (одна)», «1 (один)», «1 (одно)»
    m = re.fullmatch(r"(\d+)\s*\((ноль|один|одна|одно|два|две|три)\)", low)
    if m:
        return int(m.group(1))
    # «12 чел.», «12,0», «100 %», «17,61 %», «38,1%»
    m = re.fullmatch(rf"({NUM})\s*(чел\.?|%)?", low)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x == int(x) and m.group(2) != "%" and "," not in m.group(1) else round(x, 2)
    return None


def same(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(float(a) - float(b)) < 0.005


def main():
    expected = json.load(open(HERE / "expected.json", encoding="utf-8"))
    cells = json.load(open(HERE / "cells.json", encoding="utf-8"))["cells"]
    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = openpyxl.load_workbook(HERE / file, data_only=True)
        return books[file][name]

    nv = nl = nx = 0
    # 1, 2: cells.json
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        where = f'{c["file"]}!{c["cell"]} ({c["criterion"]}, {c["kind"]})'
        if c["kind"] == "value":
            nv += 1
            if cell.value != c["typed"] and not (isinstance(cell.value, (int, float)) and
                                                 isinstance(c["typed"], (int, float)) and
                                                 abs(cell.value - c["typed"]) < 1e-9):
                errors.append(f"{where}: cell holds {cell.value!r}, typed {c['typed']!r}")
            if isinstance(c["expected"], str):
                got = cell.value.strip() if isinstance(cell.value, str) else cell.value
            else:
                got = read_exact(cell)
            if got is None or not same(got, c["expected"]):
                errors.append(f"{where}: reads {got!r} from {cell.value!r}, expected {c['expected']!r}")
        elif c["kind"] == "link":
            nl += 1
            target = cell.hyperlink.target if cell.hyperlink else None
            text = cell.value if isinstance(cell.value, str) else ""
            if c["expected"] not in (target, text.strip()):
                errors.append(f"{where}: link {text!r}/{target!r}, expected {c['expected']!r}")
        else:
            errors.append(f"{where}: unknown kind")

    # 4: expected.json vs cells.json
    by = {}
    for c in cells:
        by.setdefault((c["file"], c["criterion"], c["kind"]), []).append(c)
    for e in expected:
        for kind, d in (("value", e["values"]), ("link", e["links"])):
            for cid, val in d.items():
                lst = by.get((e["file"], cid, kind), [])
                if len(lst) != 1 or not same(lst[0]["expected"], val):
                    errors.append(f'{e["file"]}: {cid} {kind} {val!r} has cells {lst!r}')
        n_cells = sum(1 for c in cells if c["file"] == e["file"])
        if n_cells != len(e["values"]) + len(e["links"]):
            errors.append(f'{e["file"]}: {n_cells} cells for {len(e["values"])} values + {len(e["links"])} links')

    # 3: inexact cells
    for e in expected:
        sheets = {c["sheet"] for c in cells if c["file"] == e["file"]}
        if len(sheets) != 1:
            errors.append(f'{e["file"]}: form sheet is not unique: {sheets}')
            continue
        ws = sheet(e["file"], sheets.pop())
        seen = set()
        for x in e.get("inexact", []):
            nx += 1
            where = f'{e["file"]}!{x["cell"]} ({x["criterion"]}, inexact)'
            cell = ws[x["cell"]]
            if cell.value != x["text"]:
                errors.append(f"{where}: cell holds {cell.value!r}, expected text {x['text']!r}")
            if read_exact(cell) is not None:
                errors.append(f"{where}: {cell.value!r} reads as an exact value")
            if x["criterion"] in e["values"]:
                errors.append(f"{where}: criterion is also in values")
            if x["criterion"] in seen:
                errors.append(f"{where}: criterion listed twice")
            seen.add(x["criterion"])
            if any(c["file"] == e["file"] and c["cell"] == x["cell"] for c in cells):
                errors.append(f"{where}: an inexact cell is also in cells.json")

    for err in errors:
        print("MISMATCH", err)
    total_rows = nv + nx
    if errors:
        print(f"selfcheck FAILED: {len(errors)} mismatches")
        sys.exit(1)
    print(f"selfcheck OK: {len(expected)} files/forms, {nv} values, {nl} links, {nx} inexact cells "
          f"({100.0 * nx / total_rows:.1f}% of {total_rows} criterion rows) all in place")


if __name__ == "__main__":
    main()
