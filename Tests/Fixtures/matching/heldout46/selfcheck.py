#!/usr/bin/env python3
"""Self-check of held-out set 46 (independent of make_typed.py).

Re-opens every workbook with openpyxl and checks, for every entry of cells.json, that the cell
holds what cells.json says and that a careful reading of it (the OCR readings written out below)
gives the value / link of expected.json.  Also checks that every expected value and link has
exactly one cell, that left-out items are really absent from expected.json, that the
organisation's name stands in the file, that parts never exceed wholes and shares agree with
their counts, and that the totals are within 150-280 values.  Exit 1 on any problem.
"""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_CRITERIA = {"partner_list", "kpk_courses", "agreement_subjects"}
# OCR look-alikes a methodologist reads as digits inside a number
DIGIT_LOOKALIKE = {"О": "0", "о": "0", "O": "0", "o": "0", "З": "3", "з": "3"}

errors = []


def err(msg):
    errors.append(msg)


def read_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    if not isinstance(v, str):
        return None
    s = v.strip()
    low = s.lower()
    if low in ("да",):
        return 1
    if low in ("нет",):
        return 0
    if s.endswith("%"):
        s = s[:-1].strip()
    # a look-alike letter is a digit only inside a token made of digits and look-alikes
    if not re.fullmatch(r"[0-9ОоOoЗз]+([.,][0-9ОоOoЗз]+)?", s):
        return None  # e.g. «1 2», «°8»: unreadable
    s = "".join(DIGIT_LOOKALIKE.get(ch, ch) for ch in s).replace(",", ".")
    return float(s) if "." in s else int(s)


def read_link(text, fixes):
    s = re.sub(r"\s+", "", text)
    for a, b in fixes or []:
        if a not in s:
            err(f"OCR fix {a!r} not applicable to {text!r}")
        s = s.replace(a, b)
    return s


def close(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-6


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    books = {}
    by_file = {}
    for e in expected:
        by_file[e["file"]] = e
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        if not os.path.exists(os.path.join(HERE, e["file"])):
            err(f"missing {e['file']}")
            continue
        books[e["file"]] = openpyxl.load_workbook(os.path.join(HERE, e["file"]))

    seen = {}
    for c in cells:
        f = c["file"]
        wb = books.get(f)
        if wb is None:
            err(f"cells.json names unknown file {f}")
            continue
        if c["sheet"] not in wb.sheetnames:
            err(f"{f}: no sheet {c['sheet']}")
            continue
        cell = wb[c["sheet"]][c["cell"]]
        where = f"{f}!{c['sheet']}!{c['cell']}"
        if cell.value != c["cell_text"]:
            err(f"{where}: cell holds {cell.value!r}, cells.json says {c['cell_text']!r}")
        exp = by_file[f]
        kind = c["kind"]
        if kind == "organisation":
            if cell.value != exp["organisation"]:
                err(f"{where}: organisation {cell.value!r} != {exp['organisation']!r}")
            continue
        crit = c["criterion"]
        if kind == "value":
            want = exp["values"].get(crit)
            if want is None:
                err(f"{where}: {crit} not in expected values")
            elif crit in TEXT_CRITERIA:
                if not isinstance(cell.value, str) or cell.value.strip() != want:
                    err(f"{where}: text {cell.value!r} != {want!r}")
            else:
                got = read_number(cell)
                if not close(got, want):
                    err(f"{where}: {crit} reads {got!r}, expected {want!r}")
            seen[(f, "v", crit)] = seen.get((f, "v", crit), 0) + 1
        elif kind == "link":
            want = exp["links"].get(crit)
            got = read_link(cell.value or "", c.get("ocr_fixes"))
            if got != want:
                err(f"{where}: link {crit} reads {got!r}, expected {want!r}")
            if not re.fullmatch(r"https://[^\s]+", got or ""):
                err(f"{where}: not a URL: {got!r}")
            seen[(f, "l", crit)] = seen.get((f, "l", crit), 0) + 1
        elif kind == "left_out_value":
            if crit in exp["values"]:
                err(f"{where}: {crit} is left out but present in expected values")
            if read_number(cell) is not None:
                err(f"{where}: left-out value {cell.value!r} is readable after all")
            if not c.get("reason"):
                err(f"{where}: left-out value without a reason")
        elif kind == "left_out_link":
            if crit in exp["links"]:
                err(f"{where}: {crit} link is left out but present in expected links")
            if not c.get("reason"):
                err(f"{where}: left-out link without a reason")
        else:
            err(f"{where}: unknown kind {kind}")

    nv = nl = 0
    for e in expected:
        f = e["file"]
        for crit in e["values"]:
            n = seen.get((f, "v", crit), 0)
            if n != 1:
                err(f"{f}: value {crit} has {n} cells")
        for crit in e["links"]:
            n = seen.get((f, "l", crit), 0)
            if n != 1:
                err(f"{f}: link {crit} has {n} cells")
        nv += len(e["values"])
        nl += len(e["links"])
        check_plausible(f, e["values"])

    # catalogue ids (criteria.tsv is the one file of /work/main we may read)
    tsv = __import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")
    if os.path.exists(tsv):
        ids = {ln.split("\t")[0] for ln in open(tsv, encoding="utf-8").read().splitlines()[1:]}
        for e in expected:
            for crit in list(e["values"]) + list(e["links"]):
                if crit not in ids:
                    err(f"{e['file']}: unknown criterion {crit}")

    if not (5 <= len(expected) <= 8):
        err(f"{len(expected)} files")
    if not (150 <= nv <= 280):
        err(f"{nv} values, outside 150-280")
    for m in errors:
        print("FAIL", m)
    print(f"files={len(expected)} organisations={len({e['organisation'] for e in expected})} "
          f"values={nv} links={nl} cells={len(cells)} -> {'FAIL' if errors else 'OK'}")
    return 1 if errors else 0


def check_plausible(f, v):
    def le(a, b):
        if a in v and b in v and v[a] > v[b]:
            err(f"{f}: {a}={v[a]} > {b}={v[b]}")

    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("young_specialists_mentees", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("mentees_10_19", "mentees_total")
    for sub in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                "mentees_career", "mentees_other_params"):
        le(sub, "mentees_10_19")
    for sub in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil",
                "pp_teacher_pupil", "pp_other", "pp_student_student"):
        le(sub, "pp_total")
    ratios = {
        "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
        "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
        "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
        "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                   ["teachers_other", "young_specialists"]),
        "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
        "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
    }
    for s, (num, den) in ratios.items():
        if s in v and all(k in v for k in num + den):
            calc = 100 * sum(v[k] for k in num) / sum(v[k] for k in den)
            if abs(calc - v[s]) > 0.011:
                err(f"{f}: {s}={v[s]} but counts give {calc:.3f}")


if __name__ == "__main__":
    sys.exit(main())
