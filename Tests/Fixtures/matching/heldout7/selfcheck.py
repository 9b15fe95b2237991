#!/usr/bin/env python3
"""Re-open every typed file (data_only=True) and check each expected value against its cell."""
import csv
import json
import os
import re

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = {r["id"]: r for r in csv.DictReader(open("/work/main/Templates/criteria.tsv", encoding="utf-8"),
                                          delimiter="\t")}
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

YES = {"да", "имеется", "есть", "1"}
NO = {"нет", "отсутствует", "0"}


def leading_number(s):
    m = re.match(r"\s*(-?\d+(?:[.,]\d+)?)", s)
    return float(m.group(1).replace(",", ".")) if m else None


def convert(cid, cell):
    c = CAT[cid]
    v = cell.value
    unit = c["unit"]
    if unit == "yesno" or c["aggregation"] == "count_yes":
        if isinstance(v, (int, float)):
            return int(v)
        word = re.split(r"[\s(,]", v.strip().lower(), 1)[0]
        return 1 if word in YES else 0 if word in NO else None
    if unit in ("share", "level"):
        if isinstance(v, (int, float)):
            return v * 100 if "%" in (cell.number_format or "") else v
        return leading_number(v)
    if unit == "count":
        return v if isinstance(v, (int, float)) else leading_number(v)
    return v  # list / text: exactly as typed


def all_texts(wb):
    out = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.add(c.value)
    return out


errors = 0
for entry in expected:
    path = os.path.join(HERE, entry["file"])
    wb = openpyxl.load_workbook(path, data_only=True)
    assert entry["year"] == 2024
    n = len(entry["values"])
    if not 24 <= n <= 30:
        print("BAD COUNT", entry["file"], n)
        errors += 1
    for cid, exp in entry["values"].items():
        sheet, coord = cells[entry["file"]][cid].rsplit("!", 1)
        got = convert(cid, wb[sheet][coord])
        ok = (abs(got - exp) < 1e-6) if isinstance(exp, (int, float)) and isinstance(got, (int, float)) \
            else got == exp
        if not ok:
            errors += 1
            print("MISMATCH", entry["file"], cid, "expected", exp, "cell", wb[sheet][coord].value, "->", got)
    texts = all_texts(wb)
    for t in entry["not_criteria"]:
        if t not in texts:
            errors += 1
            print("NOT-CRITERION TEXT MISSING", entry["file"], t)
    # internal consistency of the invented figures
    v = entry["values"]
    pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and pp and sum(v[k] for k in pp) != v["pp_total"]:
        errors += 1
        print("PP SUM", entry["file"])
    for share, (a, b) in {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
                          "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
                          "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists")}.items():
        if share in v and a in v and b in v and abs(v[a] / v[b] * 100 - v[share]) > 0.6:
            errors += 1
            print("SHARE", entry["file"], share)
    print(f"{entry['file']}: {n} criteria, {len(entry['not_criteria'])} non-criteria checked")

print("OK" if errors == 0 else f"FAILED: {errors} error(s)")
