#!/usr/bin/env python3
"""heldout117 self-check: re-opens every typed file with openpyxl (data_only=True), independently of the
generator, and checks that every expected value and link is in the cell cells.json names (for a criterion that
is the sum of split rows, in the sum of the cells of "sum_of"); that expected.json and cells.json agree; that
every criterion id is in Templates/criteria.tsv; that every heading and not_criteria row title is typed in its
file; and that the organisation is typed in its file. Exits 1 on any mismatch."""
import json
import pathlib
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

errors = []


def err(msg):
    errors.append(msg)
    print("MISMATCH:", msg)


def norm_cell(v):
    if isinstance(v, str):
        s = v.strip()
        if s.lower() == "да":
            return 1
        if s.lower() == "нет":
            return 0
        try:
            return float(s.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
        except ValueError:
            return s
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 0.005
    return a == b


def main():
    ids = set()
    with open(CRITERIA_TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t")[0])

    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

    books = {}

    def book(name):
        if name not in books:
            books[name] = load_workbook(HERE / name, data_only=True)
        return books[name]

    # 1. every cell of cells.json holds its expected value / link
    seen = set()
    for c in cells:
        ws = book(c["file"])[c["sheet"]]
        key = (c["file"], c["criterion"], c["kind"])
        if key in seen:
            err(f"duplicate cells.json entry {key}")
        seen.add(key)
        if c["kind"] == "value":
            refs = c.get("sum_of") or [c["cell"]]
            got = [norm_cell(ws[r].value) for r in refs]
            if len(refs) > 1:
                if not all(isinstance(g, (int, float)) for g in got):
                    err(f"{c['file']} {refs}: parts not numeric {got}")
                    continue
                got_v = sum(got)
            else:
                got_v = got[0]
            if not same(got_v, c["expected"]):
                err(f"{c['file']} {c['cell']} {c['criterion']}: expected {c['expected']!r}, found {got_v!r}")
        elif c["kind"] == "link":
            cell = ws[c["cell"]]
            text = cell.value.strip() if isinstance(cell.value, str) else cell.value
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if c["expected"] not in (text, target):
                err(f"{c['file']} {c['cell']} {c['criterion']}: link {c['expected']!r} not in cell "
                    f"(text {text!r}, target {target!r})")
        else:
            err(f"unknown kind {c['kind']}")

    # 2. expected.json and cells.json agree
    for e in expected:
        for kind, table in (("value", e["values"]), ("link", e["links"])):
            for crit, val in table.items():
                if crit not in ids:
                    err(f"{e['file']}: {crit} is not in criteria.tsv")
                match = [c for c in cells if c["file"] == e["file"] and c["criterion"] == crit
                         and c["kind"] == kind]
                if len(match) != 1:
                    err(f"{e['file']}: {kind} of {crit} has {len(match)} cells.json entries")
                elif not same(match[0]["expected"], val):
                    err(f"{e['file']}: {kind} of {crit}: expected.json {val!r} vs cells.json "
                        f"{match[0]['expected']!r}")
        for crit in e["links"]:
            if crit not in e["values"]:
                err(f"{e['file']}: link for {crit} without a value")
    n_exp = sum(len(e["values"]) + len(e["links"]) for e in expected)
    if n_exp != len(cells):
        err(f"expected.json has {n_exp} values+links, cells.json {len(cells)} entries")

    # 3. headings, not_criteria and the organisation are typed in the file
    for e in expected:
        wb = book(e["file"])
        texts = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, str):
                        texts.add(v.strip())
        for h in e["headings"]:
            if h not in texts:
                err(f"{e['file']}: heading not found: {h[:60]}")
        for t in e["not_criteria"]:
            if t not in texts:
                err(f"{e['file']}: not_criteria row not found: {t[:60]}")
        if e["organisation"] is not None and e["organisation"] not in texts:
            err(f"{e['file']}: organisation not found: {e['organisation']}")
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        if not any("2024" in t and "Отчётный период" in t for t in texts):
            err(f"{e['file']}: no reporting-period line for 2024")

    files = sorted({e["file"] for e in expected})
    typed = sorted(str(p.relative_to(HERE)) for p in (HERE / "typed").glob("*.xlsx"))
    if files != typed:
        err(f"typed/ holds {typed}, expected.json names {files}")

    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if errors:
        print(f"selfcheck FAILED: {len(errors)} mismatch(es)")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {nl} links, "
          f"{len(cells)} cells checked")


if __name__ == "__main__":
    main()
