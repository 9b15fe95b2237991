#!/usr/bin/env python3
"""Re-open every typed/*.xlsx (openpyxl, data_only=True) and check expected.json against the cells.

Usage: python3 selfcheck.py             # normal run, exit 1 on any mismatch
       python3 selfcheck.py --inject    # perturbs one expected value in memory to prove the check can fail
"""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = "/work/main/Templates/criteria.tsv"

YES = {"да", "имеется", "есть", "yes"}
NO = {"нет", "отсутствует", "no"}


def norm_text(s):
    s = str(s).lower().replace("ё", "е")
    s = re.sub(r"[«»\"'“”]", "", s)
    s = re.sub(r"[–—-]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def cell_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    if isinstance(v, str):
        t = v.strip().lower()
        if t in YES:
            return 1
        if t in NO:
            return 0
        m = re.search(r"-?\d+(?:[.,]\d+)?", t)
        if m:
            return float(m.group(0).replace(",", "."))
    return None


def main():
    inject = "--inject" in sys.argv
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    crit = list(csv.DictReader(open(CRITERIA, encoding="utf-8"), delimiter="\t"))
    by_id = {r["id"]: r for r in crit}
    wordings = set()
    for r in crit:
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k].strip():
                wordings.add(norm_text(r[k]))
    if inject:
        e = expected[1]
        k = sorted(e["values"])[3]
        print(f"(inject) changing {e['file']} {k}: {e['values'][k]!r} -> wrong value")
        e["values"][k] = e["values"][k] + 1 if isinstance(e["values"][k], (int, float)) else "WRONG"

    fails = 0
    total = 0
    for e in expected:
        f = e["file"]
        wb = openpyxl.load_workbook(os.path.join(HERE, f), data_only=True)
        m = cells[f]
        ws = wb[m["sheet"]] if m["sheet"] else wb.worksheets[0]
        all_text = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        problems = []
        if not any(e["organisation"] in t for t in all_text):
            problems.append(f"organisation {e['organisation']!r} not found")
        if not any(re.search(r"\b2024\b", t) for t in all_text):
            problems.append("year 2024 not found")
        if not 22 <= len(e["values"]) <= 28:
            problems.append(f"{len(e['values'])} criteria (need 22-28)")
        if not 2 <= len(e["not_criteria"]) <= 3:
            problems.append(f"{len(e['not_criteria'])} non-criteria (need 2-3)")
        for cid, exp in e["values"].items():
            total += 1
            r = by_id.get(cid)
            if r is None or not r["wording_2024"].strip() or r["level"] != "org":
                problems.append(f"{cid}: not an org-level criterion with a 2024 wording")
            addr = m["values"][cid]
            cell = ws[addr]
            # the criterion text sits on the same row; make sure it is not a verbatim catalogue wording
            row_texts = [c.value for c in ws[cell.row] if isinstance(c.value, str) and len(c.value) > 12]
            for t in row_texts:
                if norm_text(t) in wordings:
                    problems.append(f"{cid}: row text copies a catalogue wording: {t!r}")
            if isinstance(exp, str):
                got = cell.value
                ok = isinstance(got, str) and got.strip() == exp
            else:
                got = cell_number(cell)
                ok = got is not None and abs(got - exp) < 1e-6
            if not ok:
                problems.append(f"{cid} @ {addr}: expected {exp!r}, cell has {cell.value!r} -> {got!r}")
        for text in e["not_criteria"]:
            total += 1
            addr = m["not_criteria"][text]
            if ws[addr].value != text:
                problems.append(f"not_criteria {text!r} @ {addr}: cell has {ws[addr].value!r}")
            if norm_text(text) in wordings:
                problems.append(f"not_criteria {text!r} is a catalogue wording")
        if problems:
            fails += len(problems)
            print(f"FAIL {f}")
            for p in problems:
                print("   ", p)
        else:
            print(f"OK   {f}: {len(e['values'])} values, {len(e['not_criteria'])} non-criteria, org={e['organisation']}")
    print(f"{'OK' if not fails else 'FAILED'}: {total} checks, {fails} problems")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
