#!/usr/bin/env python3
"""Re-reads every workbook in typed/ with openpyxl (independently of make_typed.py) and checks every
expected value and link of expected.json against the cell that cells.json names.  Exit 1 on any mismatch."""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
YES = ("да", "есть", "имеется", "приказ", "№", "+")
NO = ("нет", "отсутств")

errors = []


def err(msg):
    errors.append(msg)


def as_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v) * 100 if "%" in (cell.number_format or "") else float(v)
    if isinstance(v, str):
        s = v.strip().lower()
        if s.startswith(YES):
            return 1.0
        if s.startswith(NO):
            return 0.0
        m = re.search(r"\d[\d \u00a0]*(?:[.,]\d+)?", s)
        if m:
            return float(m.group(0).replace(" ", "").replace("\u00a0", "").replace(",", "."))
    return None


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    books = {}

    def wb(f):
        if f not in books:
            books[f] = load_workbook(os.path.join(HERE, f))
        return books[f]

    # 1. every expected value/link has exactly one cells.json record, and vice versa
    want = set()
    for ei, e in enumerate(expected):
        if e.get("year") != 2024:
            err(f"{e['file']}: year {e.get('year')}")
        orgs = e["organisation"]
        if isinstance(orgs, list):
            if not (isinstance(e["values"], list) and len(e["values"]) == len(orgs) == len(e["links"])):
                err(f"{e['file']}: organisation list and values/links lists differ in length")
            for oi in range(len(orgs)):
                for k, v in e["values"][oi].items():
                    want.add((ei, oi, k, "value", json.dumps(v, ensure_ascii=False)))
                for k, v in e["links"][oi].items():
                    want.add((ei, oi, k, "link", v))
        else:
            for k, v in e["values"].items():
                want.add((ei, None, k, "value", json.dumps(v, ensure_ascii=False)))
            for k, v in e["links"].items():
                want.add((ei, None, k, "link", v))
    have = set()
    for c in cells:
        key = (c["entry"], c["org_index"], c["criterion"], c["kind"],
               json.dumps(c["expected"], ensure_ascii=False) if c["kind"] == "value" else c["expected"])
        if key in have:
            err(f"duplicate cells.json record {key}")
        have.add(key)
        if expected[c["entry"]]["file"] != c["file"]:
            err(f"cells.json entry/file mismatch {key}")
    for k in sorted(want - have, key=str):
        err(f"expected but not located in cells.json: {k}")
    for k in sorted(have - want, key=str):
        err(f"in cells.json but not expected: {k}")

    # 2. each record against its workbook cell
    for c in cells:
        ws = wb(c["file"])[c["sheet"]]
        exp = c["expected"]
        where = f"{c['file']}!{c['sheet']}!{c.get('cell', c.get('cells'))} [{c['criterion']}]"
        if c["kind"] == "link":
            cell = ws[c["cell"]]
            if c["match"] == "text":
                ok = isinstance(cell.value, str) and cell.value.strip() == exp
            elif c["match"] == "contains":
                ok = isinstance(cell.value, str) and exp in cell.value
            elif c["match"] == "hyperlink":
                ok = cell.hyperlink is not None and cell.hyperlink.target == exp
            else:
                ok = False
            if not ok:
                err(f"link mismatch at {where}: {cell.value!r} / {getattr(cell.hyperlink, 'target', None)!r} "
                    f"vs {exp!r}")
            continue
        if isinstance(exp, list):
            got = [ws[r].value.strip() if isinstance(ws[r].value, str) else ws[r].value for r in c["cells"]]
            if got != exp:
                err(f"list mismatch at {where}: {got!r} vs {exp!r}")
            continue
        cell = ws[c["cell"]]
        if isinstance(exp, str):
            if not (isinstance(cell.value, str) and cell.value.strip() == exp):
                err(f"text mismatch at {where}: {cell.value!r} vs {exp!r}")
            continue
        got = as_number(cell)
        if got is None or abs(got - float(exp)) > 1e-6 * max(1.0, abs(float(exp))):
            err(f"value mismatch at {where}: {cell.value!r} ({cell.number_format}) -> {got!r} vs {exp!r}")

    # 3. totals
    files = sorted({e["file"] for e in expected})
    for f in files:
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"missing workbook {f}")
    on_disk = sorted("typed/" + x for x in os.listdir(os.path.join(HERE, "typed")) if x.endswith(".xlsx"))
    if on_disk != files:
        err(f"typed/ holds {on_disk}, expected.json names {files}")
    nval = sum(1 for c in cells if c["kind"] == "value")
    nlink = sum(1 for c in cells if c["kind"] == "link")
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files, want 5..8")
    if not 150 <= nval <= 280:
        err(f"{nval} values, want 150..280")

    print(f"files: {len(files)}, entries: {len(expected)}, values: {nval}, links: {nlink}")
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
