#!/usr/bin/env python3
"""heldout115 self-check: re-open every typed workbook with openpyxl (data_only=True) and check that
every expected value and link of expected.json is in the cell that cells.json names. Exit 1 on a mismatch."""
import json
import pathlib
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"


def read_value(raw):
    """A methodologist's reading of a cell, written again here on purpose (not imported)."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, (int, float)):
        return float(raw)
    s = str(raw).strip()
    low = s.lower()
    if low in ("да", "да.", "имеется", "есть", "+"):
        return 1.0
    if low in ("нет", "отсутствует", "-", "–"):
        return 0.0
    t = s.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return s


def same(got, exp):
    if isinstance(exp, (int, float)) and not isinstance(exp, bool):
        return isinstance(got, float) and abs(got - float(exp)) < 0.005
    return got == exp


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    ids = set()
    with open(CRITERIA, encoding="utf-8") as f:
        next(f)
        ids = {line.split("\t", 1)[0] for line in f if line.strip()}

    errors = []
    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    index = {}
    for c in cells:
        index.setdefault((c["file"], c["criterion"], c["kind"]), []).append(c)

    n_values = n_links = 0
    for form in expected:
        file = form["file"]
        if not (HERE / file).exists():
            errors.append(f"{file}: missing")
            continue
        if form.get("year") != 2024:
            errors.append(f"{file}: year {form.get('year')}")
        for kind, table in (("value", form["values"]), ("link", form["links"])):
            for crit, exp in table.items():
                if crit not in ids:
                    errors.append(f"{file}: {crit} is not in criteria.tsv")
                found = index.get((file, crit, kind), [])
                if len(found) != 1:
                    errors.append(f"{file}: {crit} {kind}: {len(found)} entries in cells.json")
                    continue
                c = found[0]
                if c["expected"] != exp:
                    errors.append(f"{file}: {crit} {kind}: cells.json {c['expected']!r} != expected.json {exp!r}")
                cell = sheet(file, c["sheet"])[c["cell"]]
                if kind == "value":
                    n_values += 1
                    got = read_value(cell.value)
                    if not same(got, exp):
                        errors.append(f"{file}!{c['sheet']}!{c['cell']}: {crit} = {cell.value!r}, expected {exp!r}")
                else:
                    n_links += 1
                    target = cell.hyperlink.target if cell.hyperlink is not None else None
                    if cell.value != exp and target != exp:
                        errors.append(f"{file}!{c['sheet']}!{c['cell']}: {crit} link {cell.value!r} / "
                                      f"{target!r}, expected {exp!r}")
        for crit in form["links"]:
            if crit not in form["values"]:
                errors.append(f"{file}: link for {crit} without a value")
    # every cells.json entry belongs to expected.json
    known = {(f["file"], k, "value") for f in expected for k in f["values"]} | \
            {(f["file"], k, "link") for f in expected for k in f["links"]}
    for c in cells:
        if (c["file"], c["criterion"], c["kind"]) not in known:
            errors.append(f"cells.json entry not in expected.json: {c['file']} {c['criterion']} {c['kind']}")
    typed = sorted(p.name for p in (HERE / "typed").glob("*.xlsx"))
    listed = sorted(pathlib.Path(f["file"]).name for f in expected)
    if typed != listed:
        errors.append(f"typed/ holds {typed}, expected.json lists {listed}")

    for e in errors:
        print("MISMATCH", e)
    if errors:
        print(f"selfcheck FAILED: {len(errors)} mismatches")
        sys.exit(1)
    print(f"selfcheck OK: {len(expected)} files, {len(expected)} forms, {n_values} values, {n_links} links checked")


if __name__ == "__main__":
    main()
