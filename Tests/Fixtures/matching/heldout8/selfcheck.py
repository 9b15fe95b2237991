#!/usr/bin/env python3
"""Re-open every typed file (openpyxl, data_only=True) and check expected.json against the cells.

Cell positions come from cells.json (written by make_typed.py).  Conventions:
yes/no (Да/Нет/да/нет/+/–/✓) -> 1/0; numbers formatted as % -> x100; "26,6 %" -> 26.6;
"12\nчел." / "15 (приказ …)" -> leading number; list/text criteria -> exact cell text.
Also checks: organisation names and not_criteria texts occur in the file, the value columns
of the LibreOffice file still hold formulas with cached values, and (if the catalogue is
available) no row text is a verbatim copy of a catalogue wording.
"""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_IDS = {"partner_list", "kpk_courses", "agreement_subjects"}
YES = {"да", "+", "✓", "✔", "имеется"}
NO = {"нет", "–", "-", "—", "отсутствует"}


def convert(cell, cid):
    v = cell.value
    if cid in TEXT_IDS:
        return v
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return round(v * 100, 6) if "%" in (cell.number_format or "") else v
    if isinstance(v, str):
        s = v.strip()
        if s.lower() in YES:
            return 1
        if s.lower() in NO:
            return 0
        m = re.match(r"^(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](\d+))?", s)  # "1 236", "14,5 %", "12\nчел."
        if m:
            num = float(re.sub(r"\s", "", m.group(1)) + ("." + m.group(2) if m.group(2) else ""))
            return int(num) if num.is_integer() else num
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.01
    return a == b


def all_texts(wb):
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.append((ws.title, c.value))
    return out


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    catalogue = set()
    tsv = "/work/main/Templates/criteria.tsv"
    if os.path.exists(tsv):
        norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
        for r in csv.DictReader(open(tsv, encoding="utf-8"), delimiter="\t"):
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if r[k].strip():
                    catalogue.add(norm(r[k]))
    errors = 0
    for e in expected:
        path = os.path.join(HERE, e["file"])
        wb = load_workbook(path, data_only=True)
        texts = all_texts(wb)
        vals = e["values"] if isinstance(e["values"], list) else [e["values"]]
        locs = cells[e["file"]]
        assert len(vals) == len(locs)
        n = 0
        for d, loc in zip(vals, locs):
            assert set(d) == set(loc), (e["file"], set(d) ^ set(loc))
            for cid, exp in d.items():
                sheet, addr = loc[cid]
                got = convert(wb[sheet][addr], cid)
                n += 1
                if not same(got, exp):
                    errors += 1
                    print(f"MISMATCH {e['file']} {sheet}!{addr} {cid}: cell={wb[sheet][addr].value!r} -> {got!r}, expected {exp!r}")
        orgs = e["organisation"] if isinstance(e["organisation"], list) else [e["organisation"]]
        for o in orgs:
            if not any(o in t for _, t in texts):
                errors += 1
                print("ORG NOT FOUND", e["file"], o)
        for nc in e["not_criteria"]:
            if not any(t == nc for _, t in texts):
                errors += 1
                print("NOT-CRITERION TEXT NOT FOUND", e["file"], repr(nc))
        if catalogue:
            for sheet, t in texts:
                if norm(t) in catalogue:
                    errors += 1
                    print("VERBATIM CATALOGUE WORDING", e["file"], sheet, repr(t))
        if "_lo" in e["file"]:  # formulas kept and cached by LibreOffice
            wf = load_workbook(path)
            nform = sum(1 for row in wf.active.iter_rows() for c in row
                        if isinstance(c.value, str) and c.value.startswith("="))
            ncached = sum(1 for row in wf.active.iter_rows() for c in row
                          if isinstance(c.value, str) and c.value.startswith("=")
                          and wb.active[c.coordinate].value is not None)
            if nform == 0 or ncached != nform:
                errors += 1
                print("FORMULA/CACHE PROBLEM", e["file"], nform, ncached)
            else:
                print(f"  {e['file']}: {nform} formulas, all with cached values")
        print(f"{e['file']}: {n} values checked, orgs {len(orgs)}, not_criteria {len(e['not_criteria'])}")
    print("OK" if errors == 0 else f"FAILED ({errors} problems)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
