#!/usr/bin/env python3
"""Re-read every typed workbook with openpyxl and check each expected value and link against its cell.

Independent of make_typed.py: it reads only expected.json, cells.json and typed/*.xlsx.  Exit 1 on any mismatch.
Run with any python that has openpyxl (python3 selfcheck.py).
"""
import json
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def as_list(x, n):
    return x if isinstance(x, list) else [x] * n


def convert(raw, scale, field):
    """The cell's content turned into the form expected.json uses."""
    if field is not None:
        if not isinstance(raw, str):
            raise ValueError(f"field {field} asked of a non-text cell {raw!r}")
        parts = raw.split(";")
        raw = parts[field] if field < len(parts) else None
        if raw == "":
            raw = None
    if raw is None:
        return None
    if scale == "bool":
        if not isinstance(raw, bool):
            raise ValueError(f"expected a TRUE/FALSE cell, got {raw!r}")
        return 1 if raw else 0
    if scale == "fraction":
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise ValueError(f"expected a number, got {raw!r}")
        return raw * 100.0
    if scale == "text_number":
        if not isinstance(raw, str):
            raise ValueError(f"expected a number stored as text, got {raw!r}")
        if "," in raw:
            raise ValueError(f"decimal comma in {raw!r}; this set writes decimal points")
        return float(raw)
    return raw


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-6
    return a == b


def row_text(ws, row):
    return [str(c.value) for c in ws[row] if c.value is not None]


def org_in_row(ws, cell, org):
    """The organisation's name stands in the cell's row, or in a merged index cell covering it,
    or (a one-organisation form) in the sheet's or the workbook's header."""
    r = ws[cell].row
    if any(org in t for t in row_text(ws, r)):
        return True
    for rng in ws.merged_cells.ranges:
        if rng.min_row <= r <= rng.max_row and rng.min_col == 1:
            v = ws.cell(row=rng.min_row, column=1).value
            if isinstance(v, str) and org in v:
                return True
    return False


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    books = {}

    def book(f):
        if f not in books:
            books[f] = openpyxl.load_workbook(os.path.join(HERE, f))
        return books[f]

    # 1. every cells.json entry matches its cell
    for c in cells:
        wb = book(c["file"])
        if c["sheet"] not in wb.sheetnames:
            err(f"{c['file']}: no sheet {c['sheet']}")
            continue
        ws = wb[c["sheet"]]
        raw = ws[c["cell"]].value
        try:
            got = convert(raw, c["scale"] if c["kind"] == "value" else "as_is", c.get("field"))
        except ValueError as ex:
            err(f"{c['file']}!{c['sheet']}!{c['cell']} {c['criterion']}: {ex}")
            continue
        if not same(got, c["expected"]):
            err(f"{c['file']}!{c['sheet']}!{c['cell']} {c['criterion']} ({c['kind']}): cell {raw!r} -> {got!r}, "
                f"expected {c['expected']!r}")
        if c["kind"] == "link" and not (isinstance(got, str) and got.startswith("https://")):
            err(f"{c['file']}!{c['cell']}: link is no URL: {got!r}")
        # the organisation: in the row for tables of organisations; in a header for one-organisation forms
        entry = next(e for e in expected if e["file"] == c["file"])
        if isinstance(entry["organisation"], list):
            if not org_in_row(ws, c["cell"], c["organisation"]):
                err(f"{c['file']}!{c['cell']}: organisation {c['organisation']} not found in the row")
        else:
            found = any(c["organisation"] in str(v) for s in wb for row in s.iter_rows(max_row=2, values_only=True)
                        for v in row if v is not None)
            if not found:
                err(f"{c['file']}: organisation {c['organisation']} not in any header")
        # the year: a year header above the column, or a year column in the row, must say 2024
        col = ws[c["cell"]].column
        head = ws.cell(row=1, column=col).value
        if isinstance(head, int) and 2000 < head < 2100 and head != 2024:
            err(f"{c['file']}!{c['cell']}: under the year {head}")
        for j, h in enumerate(ws[1], start=1):
            if h.value in ("year", "год"):
                y = ws.cell(row=ws[c["cell"]].row, column=j).value
                if y is None or int(y) != 2024:
                    err(f"{c['file']}!{c['cell']}: the row's year is {y!r}")

    # 2. expected.json and cells.json agree one to one
    keyed = {}
    for c in cells:
        k = (c["file"], c["organisation"], c["criterion"], c["kind"])
        if k in keyed:
            err(f"two cells for {k}")
        keyed[k] = c
    n_values = n_links = 0
    orgs = set()
    for e in expected:
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        org_list = e["organisation"] if isinstance(e["organisation"], list) else [e["organisation"]]
        vals = e["values"] if isinstance(e["values"], list) else [e["values"]]
        links = e["links"] if isinstance(e["links"], list) else [e["links"]]
        if not (len(org_list) == len(vals) == len(links)):
            err(f"{e['file']}: lists of unequal length")
        for org, v, l in zip(org_list, vals, links):
            orgs.add(org)
            for kind, d in (("value", v), ("link", l)):
                for crit, x in d.items():
                    c = keyed.pop((e["file"], org, crit, kind), None)
                    if c is None:
                        err(f"{e['file']} {org} {crit} {kind}: no cell in cells.json")
                    elif not same(c["expected"], x):
                        err(f"{e['file']} {org} {crit}: expected.json {x!r} vs cells.json {c['expected']!r}")
                    if kind == "link" and crit not in v:
                        err(f"{e['file']} {org} {crit}: a link without a value")
            n_values += len(v)
            n_links += len(l)
        # decoys and headings are really in the file
        texts = set()
        for s in book(e["file"]):
            for row in s.iter_rows(values_only=True):
                for x in row:
                    if isinstance(x, str):
                        texts.add(x)
                        texts.update(x.split(";"))
        for t in e["not_criteria"] + e["headings"]:
            if t not in texts:
                err(f"{e['file']}: not_criteria/heading {t!r} not in the file")
    for k in keyed:
        err(f"cells.json entry not in expected.json: {k}")

    # 3. criteria ids exist in the catalogue, if it can be read
    cat = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")
    if os.path.exists(cat):
        ids = {line.split("\t")[0] for line in open(cat, encoding="utf-8")}
        for c in cells:
            if c["criterion"] not in ids:
                err(f"unknown criterion {c['criterion']}")

    files = {e["file"] for e in expected}
    on_disk = {"typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx")}
    if files != on_disk:
        err(f"files in expected.json {sorted(files)} differ from typed/ {sorted(on_disk)}")
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files, want 5-8")
    if not 150 <= n_values <= 280:
        err(f"{n_values} values, want 150-280")

    print(f"files={len(files)} organisations={len(orgs)} values={n_values} links={n_links} cells={len(cells)}")
    if errors:
        print(f"{len(errors)} MISMATCH(ES):")
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
