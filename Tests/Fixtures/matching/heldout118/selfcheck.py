#!/usr/bin/env python3
"""heldout118 self-check: re-open every typed workbook with openpyxl (data_only=True) and
check that each expected value and link of expected.json is in the cell cells.json names.
Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
NUM = re.compile(r"-?\d+(?:[.,]\d+)?")


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


def parse_answer(text):
    """What a person's typed answer means: yes/no words -> 1/0, otherwise the first number."""
    t = norm(text).lower().lstrip("—–-:= ").strip()
    if re.match(r"^(да|есть|имеется)\b", t):
        return 1.0
    if re.match(r"^(нет|не\b|отсутств)", t):
        return 0.0
    m = NUM.search(t)
    if not m:
        return None
    return float(m.group().replace(",", "."))


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    units = {}
    tsv = HERE.parents[3] / "Templates/criteria.tsv"
    with open(tsv, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                row = dict(zip(head, line.rstrip("\n").split("\t")))
                units[row["id"]] = row["unit"]

    books = {}
    errors = []
    checked_v = checked_l = 0
    covered = set()
    for c in cells:
        path = HERE / c["file"]
        if c["file"] not in books:
            books[c["file"]] = load_workbook(path, data_only=True)
        ws = books[c["file"]][c["sheet"]]
        cell = ws[c["cell"]]
        val = cell.value
        crit, exp = c["criterion"], c["expected"]
        where = f'{c["file"]}!{c["sheet"]}!{c["cell"]} {crit} {c["kind"]}'
        if crit not in units:
            errors.append(f"{where}: unknown criterion")
            continue
        if c["kind"] == "link":
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if not ((isinstance(val, str) and exp in val) or target == exp):
                errors.append(f"{where}: link {exp!r} not in {val!r} / {target!r}")
            covered.add((c["file"], crit, "link"))
            checked_l += 1
            continue
        covered.add((c["file"], crit, "value"))
        checked_v += 1
        unit = units[crit]
        if val is None:
            errors.append(f"{where}: empty cell")
            continue
        if unit in ("list", "text"):
            text = norm(val)
            parts = [p.strip() for p in exp.split(";")] if unit == "list" else [exp]
            for p in parts:
                if norm(p) not in text:
                    errors.append(f"{where}: {p!r} not in {text!r}")
            continue
        if isinstance(val, (int, float)) and not isinstance(val, bool):
            got = float(val)
        else:
            frag = c.get("fragment")
            if frag is None:
                errors.append(f"{where}: text cell without fragment: {val!r}")
                continue
            if norm(frag) not in norm(val):
                errors.append(f"{where}: fragment {frag!r} not in {val!r}")
                continue
            got = parse_answer(frag)
        if got is None or abs(got - float(exp)) > 0.005:
            errors.append(f"{where}: got {got!r}, expected {exp!r} (cell {val!r})")

    # every expected value and link has a cell
    for form in expected:
        for crit in form["values"]:
            if (form["file"], crit, "value") not in covered:
                errors.append(f'{form["file"]}: value {crit} has no cell')
        for crit in form["links"]:
            if (form["file"], crit, "link") not in covered:
                errors.append(f'{form["file"]}: link {crit} has no cell')
            if crit not in form["values"]:
                errors.append(f'{form["file"]}: link {crit} without a value')
        for crit, v in form["values"].items():
            if units.get(crit) == "share" and round(v, 2) != v:
                errors.append(f'{form["file"]}: share {crit} not rounded: {v}')

    for e in errors:
        print("FAIL", e)
    nv = sum(len(f["values"]) for f in expected)
    nl = sum(len(f["links"]) for f in expected)
    files = len({f["file"] for f in expected})
    status = "FAILED" if errors else "OK"
    print(f"selfcheck {status}: {files} files, {len(expected)} forms, {nv} values, {nl} links; "
          f"checked {checked_v} value cells and {checked_l} link cells, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
