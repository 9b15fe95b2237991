#!/usr/bin/env python3
"""Independent check of heldout55: re-reads every workbook with openpyxl (cached values of formulas),
compares every expected value and link of expected.json with its cell listed in cells.json,
and checks the workbook structure of the theme.  Exits 1 on any mismatch."""
import json
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm_cell(cell):
    """What a careful reader takes from a cell: yes/no → 1/0, a percent-formatted fraction → per cent."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, str):
        s = v.strip()
        low = s.lower()
        if low in ("да", "имеется", "есть"):
            return 1
        if low in ("нет", "отсутствует"):
            return 0
        try:
            v = float(s.replace(",", "."))
        except ValueError:
            return s
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            v = v * 100
        return float(v)
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-6
    return a == b


with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
    expected = json.load(fh)
with open(os.path.join(HERE, "cells.json"), encoding="utf-8") as fh:
    cells = json.load(fh)

books, books_f = {}, {}


def book(rel, formulas=False):
    store = books_f if formulas else books
    if rel not in store:
        store[rel] = openpyxl.load_workbook(os.path.join(HERE, rel), data_only=not formulas)
    return store[rel]


index = {}
for c in cells:
    key = (c["file"], c["sheet"], c["criterion"], c["kind"])
    if key in index:
        err("duplicate cells.json entry %r" % (key,))
    index[key] = c
    if not c.get("resaved_through_libreoffice"):
        err("cells.json entry without the LibreOffice re-save note: %r" % (key,))

used = set()
total_values = total_links = 0
for e in expected:
    rel, sheet, org = e["file"], e["sheet"], e["organisation"]
    if e["year"] != 2024:
        err("%s/%s: year %r" % (rel, sheet, e["year"]))
    wb = book(rel)
    if sheet not in wb.sheetnames:
        err("%s: no sheet %s" % (rel, sheet))
        continue
    ws = wb[sheet]
    if ws.sheet_state != "visible":
        err("%s/%s: an expected form on a hidden sheet" % (rel, sheet))
    # the organisation is named on the sheet: its tab or a cell
    texts = [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    if org != sheet and not any(org in t for t in texts):
        err("%s/%s: organisation %r is neither the tab nor in a cell" % (rel, sheet, org))
    # the year 2024 is stated on the sheet or in the workbook's «Инструкция»
    yr_here = any("2024" in t for t in texts) or any(
        c.value == 2024 for row in ws.iter_rows() for c in row)
    yr_ins = any("2024" in str(c.value) for row in wb["Инструкция"].iter_rows() for c in row if c.value)
    if not (yr_here or yr_ins):
        err("%s/%s: year 2024 not stated" % (rel, sheet))
    for kind, mapping in (("value", e["values"]), ("link", e["links"])):
        for crit, exp in mapping.items():
            key = (rel, sheet, crit, kind)
            c = index.get(key)
            if c is None:
                err("no cells.json entry for %r" % (key,))
                continue
            used.add(key)
            if not same(c["expected"], exp):
                err("%r: cells.json %r vs expected.json %r" % (key, c["expected"], exp))
            got = norm_cell(ws[c["cell"]])
            if kind == "link":
                got = ws[c["cell"]].value
            if not same(got, exp):
                err("%r: cell %s holds %r (read as %r), expected %r" % (key, c["cell"], ws[c["cell"]].value, got, exp))
            if "formula" in c:
                fcell = book(rel, True)[sheet][c["cell"]]
                if not (isinstance(fcell.value, str) and fcell.value.startswith("=")):
                    err("%r: expected a formula in %s, found %r" % (key, c["cell"], fcell.value))
                if ws[c["cell"]].value is None:
                    err("%r: formula without cached value" % (key,))
        if kind == "value":
            total_values += len(mapping)
        else:
            total_links += len(mapping)
    # plausibility: parts not larger than wholes, shares consistent with counts
    v = e["values"]
    pairs = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
             ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
             ("young_specialists_mentors", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
             ("mentees_risk", "mentees_10_19"), ("mentees_disabled", "mentees_10_19"),
             ("mentees_gifted", "mentees_10_19"), ("mentees_low_motivation", "mentees_10_19"),
             ("mentees_career", "mentees_10_19"), ("pp_pupil_pupil", "pp_total"), ("pp_other", "pp_total"),
             ("teachers_mentors", "mentors_total"), ("mentors_15_19", "mentors_total"),
             ("mentees_10_19", "mentees_total"), ("enterprise_mentors", "mentors_total")]
    for a, b in pairs:
        if a in v and b in v and v[a] > v[b]:
            err("%s/%s: %s=%s > %s=%s" % (rel, sheet, a, v[a], b, v[b]))
    parts = [k for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil", "pp_other")
             if k in v]
    if "pp_total" in v and sum(v[k] for k in parts) > v["pp_total"]:
        err("%s/%s: personalised programmes by form exceed the total" % (rel, sheet))
    for share, num, den in (("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"]),
                            ("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"]),
                            ("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"]),
                            ("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
                             ["young_specialists", "teachers_other"])):
        if share in v and all(k in v for k in num + den):
            calc = 100.0 * sum(v[k] for k in num) / sum(v[k] for k in den)
            if abs(calc - v[share]) > 0.01:
                err("%s/%s: %s=%s but counts give %.4f" % (rel, sheet, share, v[share], calc))
    for k, x in v.items():
        if k.startswith(("satisfaction", "share")) and not (0 <= x <= 100):
            err("%s/%s: %s=%s outside 0..100" % (rel, sheet, k, x))

for key in index:
    if key not in used:
        err("cells.json entry not in expected.json: %r" % (key,))

# workbook structure of the theme
files = sorted({e["file"] for e in expected})
hidden = 0
for rel in files:
    wb = book(rel)
    wbf = book(rel, True)
    for name in ("Инструкция", "Свод"):
        if name not in wb.sheetnames:
            err("%s: no sheet «%s»" % (rel, name))
    forms = {e["sheet"] for e in expected if e["file"] == rel}
    for ws in wb.worksheets:
        if len(ws.title) > 31:
            err("%s: sheet name longer than 31: %s" % (rel, ws.title))
        if ws.sheet_state == "hidden":
            hidden += 1
            if ws.title in forms:
                err("%s: hidden sheet %s has an expected form" % (rel, ws.title))
        elif ws.title not in forms and ws.title not in ("Инструкция", "Свод"):
            err("%s: visible sheet %s without an expected form" % (rel, ws.title))
    if not 3 <= len(forms) <= 6:
        err("%s: %d school sheets" % (rel, len(forms)))
    sv, svf = wb["Свод"], wbf["Свод"]
    nform = 0
    for row in svf.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                nform += 1
                if sv[c.coordinate].value is None:
                    err("%s: Свод!%s formula without a cached value" % (rel, c.coordinate))
    if nform < 10:
        err("%s: «Свод» has only %d formulas" % (rel, nform))
if hidden != 1:
    err("expected exactly one hidden sheet over all workbooks, found %d" % hidden)
if not (2 <= len(files) <= 3):
    err("%d workbooks" % len(files))
if not (150 <= total_values <= 280):
    err("total values %d outside 150..280" % total_values)

if errors:
    for m in errors:
        print("FAIL:", m)
    sys.exit(1)
print("OK: %d workbooks, %d forms, %d values, %d links checked" % (len(files), len(expected), total_values,
                                                                   total_links))
