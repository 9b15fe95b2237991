#!/usr/bin/env python3
"""Re-reads every workbook of set 64 with openpyxl and checks each expected value and link
of expected.json against the cell named in cells.json. Independent of make_typed.py.
Exit code 1 on any mismatch."""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
YES = ("есть", "да", "+", "имеется")
NO = ("нету", "нет", "-", "—", "отсутствует")


def read_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v).strip().lower()
    if s.startswith("~") or s.startswith("около"):
        raise ValueError(f"approximate value {v!r} must not be expected")
    m = re.search(r"\d+(?:[.,]\d+)?", s)
    if m:
        return float(m.group(0).replace(",", "."))
    for w in NO:
        if s.startswith(w):
            return 0
    for w in YES:
        if s.startswith(w):
            return 1
    raise ValueError(f"cannot read a number from {v!r}")


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    errors = []
    books = {}

    def cell_of(entry):
        path = os.path.join(HERE, entry["file"])
        if path not in books:
            books[path] = load_workbook(path)
        return books[path][entry["sheet"]][entry["cell"]]

    index = {}
    for c in cells:
        key = (c["file"], c["kind"], c["criterion"])
        if key in index:
            errors.append(f"duplicate cells.json entry {key}")
        index[key] = c

    n_values = n_links = 0
    seen = set()
    for e in expected:
        if e["year"] != 2024:
            errors.append(f'{e["file"]}: year {e["year"]}')
        if not os.path.exists(os.path.join(HERE, e["file"])):
            errors.append(f'{e["file"]}: missing')
            continue
        for crit, val in e["values"].items():
            n_values += 1
            key = (e["file"], "value", crit)
            seen.add(key)
            c = index.get(key)
            if c is None:
                errors.append(f"no cell for {key}")
                continue
            if c["expected"] != val:
                errors.append(f"cells.json/expected.json disagree on {key}")
            cell = cell_of(c)
            try:
                if isinstance(val, str):
                    got = str(cell.value).strip()
                    ok = got == val.strip()
                else:
                    got = read_number(cell)
                    ok = abs(float(got) - float(val)) < 1e-6
            except ValueError as ex:
                got, ok = str(ex), False
            if not ok:
                errors.append(f'{e["file"]} {c["sheet"]}!{c["cell"]} {crit}: expected {val!r}, got {got!r}')
        for crit, url in e["links"].items():
            n_links += 1
            key = (e["file"], "link", crit)
            seen.add(key)
            c = index.get(key)
            if c is None:
                errors.append(f"no cell for {key}")
                continue
            if crit not in e["values"]:
                errors.append(f"link without value: {key}")
            got = str(cell_of(c).value).strip()
            if got != url or not url.startswith("https://"):
                errors.append(f'{e["file"]} {c["sheet"]}!{c["cell"]} link {crit}: expected {url!r}, got {got!r}')
        # every not_criteria / heading title must be present in column A of the sheet
        sheets = {c["sheet"] for c in cells if c["file"] == e["file"]}
        wb = books.get(os.path.join(HERE, e["file"])) or load_workbook(os.path.join(HERE, e["file"]))
        col_a = set()
        for sh in sheets:
            for (v,) in wb[sh].iter_rows(min_col=1, max_col=1, values_only=True):
                if v is not None:
                    col_a.add(str(v))
        for t in e["not_criteria"] + e["headings"]:
            if t not in col_a:
                errors.append(f'{e["file"]}: title {t!r} not found in column A')
    for key in index:
        if key not in seen:
            errors.append(f"cells.json entry not in expected.json: {key}")

    if not (5 <= len(expected) <= 8):
        errors.append(f"{len(expected)} files")
    if not (150 <= n_values <= 280):
        errors.append(f"{n_values} values")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(expected)} files, {n_values} values, {n_links} links checked")


if __name__ == "__main__":
    main()
