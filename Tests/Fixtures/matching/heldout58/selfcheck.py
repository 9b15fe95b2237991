#!/usr/bin/env python3
"""Self-check for held-out set 58.

Re-reads every workbook with openpyxl (independently of make_typed.py) and checks
every expected value and link of expected.json against the cell named in cells.json.
Exits 1 on any mismatch.
"""
import json
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
YES = {"да", "+", "1", "есть", "имеется"}
NO = {"нет", "–", "-", "0", "отсутствует"}


def norm(cell):
    """The value a methodologist reads from the cell (per cent as a number, yes/no as 1/0)."""
    v = cell.value
    if isinstance(v, str):
        s = v.strip().lower()
        if s in YES:
            return 1
        if s in NO:
            return 0
        return v.strip()
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    errors = []
    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = openpyxl.load_workbook(os.path.join(HERE, file))
        return books[file][name]

    # index expected by (file, organisation, kind, criterion)
    want = {}
    files = set()
    orgs = set()
    n_values = n_links = 0
    for e in expected:
        files.add(e["file"])
        if e["year"] != 2024:
            errors.append(f"{e['file']}: year {e['year']}")
        if isinstance(e["organisation"], list):
            assert len(e["values"]) == len(e["organisation"]) == len(e["links"])
            for org, vals, links in zip(e["organisation"], e["values"], e["links"]):
                orgs.add(org)
                for k, v in vals.items():
                    want[(e["file"], org, "value", k)] = v
                for k, v in links.items():
                    want[(e["file"], org, "link", k)] = v
        else:
            orgs.add(e["organisation"] or "<municipality>")
            for k, v in e["values"].items():
                want[(e["file"], e["organisation"], "value", k)] = v
            for k, v in e["links"].items():
                want[(e["file"], e["organisation"], "link", k)] = v
    n_values = sum(1 for k in want if k[2] == "value")
    n_links = sum(1 for k in want if k[2] == "link")

    # the organisation of a non-list entry, per file
    single_org = {e["file"]: e["organisation"] for e in expected
                  if not isinstance(e["organisation"], list)}

    seen = set()
    for c in cells:
        org = c.get("organisation", single_org.get(c["file"]))
        key = (c["file"], org, c["kind"], c["criterion"])
        if key not in want:
            errors.append(f"cells.json entry not in expected.json: {key}")
            continue
        if not same(want[key], c["expected"]):
            errors.append(f"cells.json/expected.json disagree for {key}: {c['expected']} vs {want[key]}")
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        if c["kind"] == "value":
            got = norm(cell)
            if not same(got, want[key]):
                errors.append(f"{c['file']}!{c['sheet']}!{c['cell']} {c['criterion']}: "
                              f"cell gives {got!r}, expected {want[key]!r}")
        else:
            text = cell.value.strip() if isinstance(cell.value, str) else cell.value
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if want[key] not in (text, target):
                errors.append(f"{c['file']}!{c['sheet']}!{c['cell']} link {c['criterion']}: "
                              f"cell {text!r} / hyperlink {target!r}, expected {want[key]!r}")
        seen.add(key)

    for key in want:
        if key not in seen:
            errors.append(f"expected without a cell: {key}")

    # every file exists and is listed
    typed = sorted("typed/" + f for f in os.listdir(os.path.join(HERE, "typed"))
                   if f.endswith(".xlsx"))
    if sorted(files) != typed:
        errors.append(f"files in expected.json {sorted(files)} != typed/ {typed}")
    if not 5 <= len(typed) <= 8:
        errors.append(f"{len(typed)} files, want 5–8")
    if not 150 <= n_values <= 280:
        errors.append(f"{n_values} values, want 150–280")

    print(f"files {len(typed)}, organisations {len(orgs)}, values {n_values}, links {n_links}")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("selfcheck OK")


if __name__ == "__main__":
    main()
