#!/usr/bin/env python3
"""Re-open every typed file (openpyxl, data_only=True) and compare each expected
value with its cell after the value conventions. Prints OK when all match."""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CRIT = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")

crit = {r["id"]: r for r in csv.DictReader(open(CRIT, encoding="utf-8"), delimiter="\t")}
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cellmap = json.load(open(os.path.join(HERE, "cellmap.json"), encoding="utf-8"))

NUM = re.compile(r"-?\d+(?:[.,]\d+)?")


def first_number(s):
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return float(m.group(0).replace(",", "."))


def normalise(cell, cid):
    c = crit[cid]
    v = cell.value
    if c["aggregation"] == "count_yes" or c["unit"] == "yesno":
        if isinstance(v, (int, float)):
            return int(v)
        s = str(v).strip().lower()
        if s.startswith("да"):
            return 1
        if s.startswith("нет"):
            return 0
        raise ValueError(f"not yes/no: {v!r}")
    if c["unit"] in ("share", "level"):
        if isinstance(v, (int, float)):
            return round(v * 100, 6) if "%" in cell.number_format else float(v)
        return first_number(str(v))
    if c["unit"] == "count":
        if isinstance(v, (int, float)):
            return float(v)
        return first_number(str(v))
    return v  # list / text: exactly as typed


def all_strings(wb):
    out = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.add(c.value)
    return out


errors = 0
total = 0
for e in expected:
    path = os.path.join(HERE, e["file"])
    wb = openpyxl.load_workbook(path, data_only=True)
    strings = all_strings(wb)
    assert e["year"] == 2024
    assert len(e["organisation"]) == len(e["values"]), e["file"]
    for org in e["organisation"]:
        if org not in strings:
            errors += 1
            print("MISSING ORG", e["file"], org)
        if re.search(r"итого|всего", org, re.I):
            errors += 1
            print("TOTAL ROW LISTED AS ORG", org)
    for h in e["not_criteria"]:
        if h not in strings:
            errors += 1
            print("MISSING NOT-CRITERION HEADER", e["file"], h)
    for i, vals in enumerate(e["values"]):
        for cid, exp in vals.items():
            total += 1
            c = crit[cid]
            if c["level"] != "org" or not c["wording_2024"].strip():
                errors += 1
                print("NOT AN ORG/2024 CRITERION", cid)
            sheet, addr = cellmap[e["file"]][i][cid].rsplit("!", 1)
            cell = wb[sheet][addr]
            try:
                got = normalise(cell, cid)
            except Exception as ex:  # noqa
                errors += 1
                print("PARSE", e["file"], e["organisation"][i], cid, ex)
                continue
            ok = (abs(float(got) - float(exp)) < 1e-6) if isinstance(exp, (int, float)) else got == exp
            if not ok:
                errors += 1
                print("MISMATCH", e["file"], e["organisation"][i], cid, "cell", cell.value, "->", got,
                      "expected", exp)
    print(f"{e['file']}: {len(e['organisation'])} organisations, "
          f"{sum(len(v) for v in e['values'])} values")

if errors:
    print(f"FAILED: {errors} problem(s) in {total} values")
    sys.exit(1)
print(f"OK ({total} values checked)")
