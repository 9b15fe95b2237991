#!/usr/bin/env python3
"""Re-reads every workbook with openpyxl (independently of make_typed.py) and checks every
expected value and link of expected.json against its cell listed in cells.json. Exit 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 1e-6


def cell_reading(cell):
    """What a careful reader takes from the cell: numbers as numbers, percent-formatted numbers in per cent,
    'Да'/'Нет' as 1/0, text numbers with NBSP / thin spaces in thousands and ',' decimals as numbers."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    t = str(v).strip()
    if t in ("Да", "да", "ДА"):
        return 1
    if t in ("Нет", "нет", "НЕТ"):
        return 0
    compact = t.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    m = re.fullmatch(r"([+-]?\d+(?:[.,]\d+)?)(%?)", compact)
    if m:
        num = float(m.group(1).replace(",", "."))
        return int(num) if num.is_integer() and not m.group(2) and "," not in m.group(1) else num
    return t


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < TOL
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    errors = []
    books = {}

    def book(f):
        if f not in books:
            books[f] = openpyxl.load_workbook(os.path.join(HERE, f))
        return books[f]

    index = {}
    for c in cells:
        key = (c["file"], c["organisation"], c["criterion"], c["kind"])
        if key in index:
            errors.append(f"duplicate cells.json entry {key}")
        index[key] = c

    n_val = n_link = 0
    files = set()
    orgs = set()
    for e in expected:
        files.add(e["file"])
        if e.get("year") != 2024:
            errors.append(f"{e['file']}: year {e.get('year')}")
        if isinstance(e["organisation"], list):
            triples = list(zip(e["organisation"], e["values"], e["links"]))
        else:
            triples = [(e["organisation"], e["values"], e["links"])]
        for org, values, links in triples:
            orgs.add(org)
            for kind, mapping in (("value", values), ("link", links)):
                for crit, exp in mapping.items():
                    c = index.pop((e["file"], org, crit, kind), None)
                    if c is None:
                        errors.append(f"{e['file']} {org} {crit} {kind}: no cells.json entry")
                        continue
                    if not same(c["expected"], exp):
                        errors.append(f"{e['file']} {org} {crit}: cells.json {c['expected']!r} != expected {exp!r}")
                    wb = book(e["file"])
                    ws = wb[c["sheet"]]
                    cell = ws[c["cell"]]
                    if kind == "value":
                        n_val += 1
                        got = cell_reading(cell)
                        if not same(got, exp):
                            errors.append(f"{e['file']}!{c['cell']} {org} {crit}: cell gives {got!r}, expected {exp!r}")
                    else:
                        n_link += 1
                        got = cell.value.strip() if isinstance(cell.value, str) else cell.value
                        target = cell.hyperlink.target if cell.hyperlink is not None else None
                        if got != exp and target != exp:
                            errors.append(f"{e['file']}!{c['cell']} {org} {crit} link: {got!r} != {exp!r}")
                        if not (isinstance(exp, str) and exp.startswith("https://")):
                            errors.append(f"{e['file']} {crit}: link is not a URL: {exp!r}")
    for key in index:
        errors.append(f"cells.json entry without an expected value: {key}")
    on_disk = {"typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx")}
    if on_disk != files:
        errors.append(f"typed/ files {sorted(on_disk)} != expected files {sorted(files)}")
    if not 5 <= len(files) <= 8:
        errors.append(f"{len(files)} files, want 5-8")
    if not 150 <= n_val <= 280:
        errors.append(f"{n_val} values, want 150-280")
    for msg in errors:
        print("MISMATCH:", msg)
    print(f"files={len(files)} organisations={len(orgs)} values={n_val} links={n_link} errors={len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
