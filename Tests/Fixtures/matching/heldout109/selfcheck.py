#!/usr/bin/env python3
"""heldout109 selfcheck: re-opens every typed file with openpyxl (data_only=True), independently of make_typed.py,
and checks that every expected value and link of expected.json is in the cell cells.json names, that cells.json
covers expected.json exactly, and that the organisation, the year, the headings and the not-criterion rows are
really on the sheet. Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
YES = {"да", "есть", "имеется", "утверждено", "утверждён", "утверждена"}
NO = {"нет", "отсутствует", "не утверждено", "не имеется"}

errors = []


def err(msg):
    errors.append(msg)


def as_number(cell):
    """what a person sees as the cell's number, percent cells as percent"""
    v = cell.value
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    if isinstance(v, str):
        s = v.strip().lower()
        if s in YES:
            return 1
        if s in NO:
            return 0
        t = s.replace("\u00a0", "").replace(" ", "").rstrip("%").replace(",", ".")
        if re.fullmatch(r"-?\d+(\.\d+)?", t):
            return float(t)
    return None


def as_list(text):
    return [p.strip() for p in re.split(r"[;\n]", str(text)) if p.strip()]


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    # 1. every cell entry holds what it says
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        want = c["expected"]
        where = f'{c["file"]}!{c["sheet"]}!{c["cell"]} ({c["criterion"]}, {c["kind"]})'
        if c["kind"] == "link":
            got = cell.value if isinstance(cell.value, str) else None
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if got != want and target != want:
                err(f"{where}: link {want!r} not in cell (value {cell.value!r}, hyperlink {target!r})")
            continue
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            got = as_number(cell)
            if got is None or abs(round(got, 2) - want) > 1e-9:
                err(f"{where}: expected {want!r}, cell shows {cell.value!r} (fmt {cell.number_format}) -> {got!r}")
        elif c.get("unit") == "list":
            if as_list(cell.value) != as_list(want):
                err(f"{where}: list {want!r} != cell {cell.value!r}")
        else:
            if str(cell.value).strip() != str(want).strip():
                err(f"{where}: text {want!r} != cell {cell.value!r}")

    # 2. cells.json covers expected.json exactly (and nothing else)
    by_form = {}
    for c in cells:
        by_form.setdefault((c["file"], c["sheet"]), {"value": {}, "link": {}})[c["kind"]][c["criterion"]] = c
    for e in expected:
        keys = [k for k in by_form if k[0] == e["file"] and (e.get("sheet") is None or k[1] == e["sheet"])]
        if len(keys) != 1:
            err(f'{e["file"]}: {len(keys)} sheets with cells for one form')
            continue
        got = by_form[keys[0]]
        if set(got["value"]) != set(e["values"]):
            err(f'{e["file"]}: values differ: {set(got["value"]) ^ set(e["values"])}')
        if set(got["link"]) != set(e["links"]):
            err(f'{e["file"]}: links differ: {set(got["link"]) ^ set(e["links"])}')
        for k, v in e["values"].items():
            if k in got["value"] and got["value"][k]["expected"] != v:
                err(f'{e["file"]}: {k} expected.json {v!r} != cells.json {got["value"][k]["expected"]!r}')
        for k, v in e["links"].items():
            if k in got["link"] and got["link"][k]["expected"] != v:
                err(f'{e["file"]}: link {k} differs between expected.json and cells.json')
        if not set(e["links"]) <= set(e["values"]):
            err(f'{e["file"]}: a link without a value')

        # 3. organisation, year, headings, not-criterion rows are on the sheet
        ws = sheet(e["file"], keys[0][1])
        texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        top = " ".join(str(c.value) for row in ws.iter_rows(max_row=4) for c in row if c.value is not None)
        if e["organisation"] not in top:
            err(f'{e["file"]}: organisation {e["organisation"]!r} not in the title rows')
        if str(e["year"]) not in top:
            err(f'{e["file"]}: year {e["year"]} not in the title rows')
        for h in e["headings"]:
            if h not in texts:
                err(f'{e["file"]}: heading {h!r} not found')
        for t in e["not_criteria"]:
            hits = [c for row in ws.iter_rows() for c in row if c.value == t]
            if len(hits) != 1:
                err(f'{e["file"]}: not-criterion row {t!r} found {len(hits)} times')
                continue
            rowvals = [c.value for c in ws[hits[0].row] if c.value is not None and c.column > hits[0].column]
            if not rowvals:
                err(f'{e["file"]}: not-criterion row {t!r} has no value')

    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    files = len({e["file"] for e in expected})
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck: {len(errors)} mismatches ({files} files, {len(expected)} forms, {nv} values, {nl} links)")
        sys.exit(1)
    print(f"selfcheck OK: {files} files, {len(expected)} forms, {nv} values, {nl} links, {len(cells)} cells checked")


if __name__ == "__main__":
    main()
