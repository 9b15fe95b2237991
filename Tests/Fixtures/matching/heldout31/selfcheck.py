#!/usr/bin/env python3
"""Self-check of held-out set 34, independent of make_typed.py.

Re-reads every workbook with openpyxl and checks every expected value and link of expected.json against
the cell named in cells.json, parsing the cell the way a methodologist reads it («30% (12 чел.)» → 30,
«12 из 40» → 30, «0,3» under the unit «доля» → 30, 0.3 with a percent format → 30, «1 2» → 12,
«в наличии» → 1, …).  Also checks the omitted (ambiguous) cells, the formula's cached value, merged
ranges, hyperlinks, plausibility (part ≤ whole, shares consistent with counts) and the totals.
Exits 1 on any mismatch.
"""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")

errors = []


def err(msg):
    errors.append(msg)


UNITS = {}
with open(CATALOGUE, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        UNITS[row["id"]] = (row["unit"], row["level"], row["wording_2024"])

YES = ("имеется", "в наличии", "да", "+", "разработано", "1", "есть")
NO = ("не имеется", "нет", "–", "-", "0", "отсутствует")

NUM = r"\d+(?:[ \u00a0]\d+)*(?:[.,]\d+)?"


def to_float(t):
    return float(t.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def parse_yesno(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return 1 if v == 1 else 0 if v == 0 else None
    t = str(v).strip().lower()
    for w in ("не имеется", "нет", "отсутствует"):          # negatives first («не имеется» contains «имеется»)
        if t.startswith(w):
            return 0
    if t in ("–", "-", "0"):
        return 0
    for w in YES:
        if t.startswith(w):
            return 1
    return None


def parse_count(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    t = str(v).strip()
    if t in ("не имеется",):
        return 0.0
    m = re.match(r"^(" + NUM + r")", t)
    return to_float(m.group(1)) if m else None


def parse_share(v, fmt, row_cells):
    """Per cent as a number."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "%" in (fmt or ""):
            return v * 100
        if any(isinstance(c, str) and c.strip().lower() == "доля" for c in row_cells):
            return v * 100
        return float(v)
    t = str(v).strip()
    m = re.match(r"^(" + NUM + r")\s*из\s*(" + NUM + r")$", t)
    if m:
        return 100 * to_float(m.group(1)) / to_float(m.group(2))
    m = re.match(r"^(" + NUM + r")\s*%", t)
    if m:
        return to_float(m.group(1))
    m = re.match(r"^(" + NUM + r")$", t)
    if m:
        x = to_float(m.group(1))
        if any(isinstance(c, str) and c.strip().lower() == "доля" for c in row_cells):
            return x * 100
        return x
    return None


def close(a, b, tol=1e-6):
    return a is not None and b is not None and abs(float(a) - float(b)) <= tol


books = {}


def book(path):
    if path not in books:
        full = os.path.join(HERE, path)
        books[path] = (openpyxl.load_workbook(full, data_only=True), openpyxl.load_workbook(full, data_only=False))
    return books[path]


def sheet_text(path):
    wb, _ = book(path)
    out = []
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(x) for x in row if x is not None)
    return out


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

# ---- 1. structure of expected.json and agreement with cells.json ------------------------------
exp_keys = set()
for e in expected:
    if e["year"] != 2024:
        err(f"{e['file']}: year {e['year']}")
    for crit, val in e["values"].items():
        if crit not in UNITS:
            err(f"{e['file']}: unknown criterion {crit}")
            continue
        unit, level, w24 = UNITS[crit]
        if level != "org":
            err(f"{e['file']}: {crit} is not an organisation-level criterion")
        if not w24:
            err(f"{e['file']}: {crit} has no 2024 wording")
        exp_keys.add((e["file"], crit, "value"))
    for crit in e["links"]:
        if crit not in e["values"]:
            err(f"{e['file']}: link without value for {crit}")
        exp_keys.add((e["file"], crit, "link"))
    texts = sheet_text(e["file"])
    blob = "\n".join(texts)
    if e["organisation"] not in blob:
        err(f"{e['file']}: organisation name {e['organisation']!r} not in the sheet")
    for t in e["not_criteria"] + e["headings"]:
        if t not in texts:
            err(f"{e['file']}: title {t!r} not found as a cell")
cell_keys = set((c["file"], c["criterion"], c["kind"]) for c in cells)
if exp_keys != cell_keys:
    err(f"expected.json vs cells.json differ: {sorted(exp_keys ^ cell_keys)[:10]}")

exp_by = {(e["file"], k): v for e in expected for k, v in e["values"].items()}
link_by = {(e["file"], k): v for e in expected for k, v in e["links"].items()}

# ---- 2. every cell ---------------------------------------------------------------------------
for c in cells:
    wb, wbf = book(c["file"])
    ws, wsf = wb[c["sheet"]], wbf[c["sheet"]]
    cell = ws[c["cell"]]
    v = cell.value
    where = f"{c['file']}!{c['cell']} ({c['criterion']}, {c['kind']})"
    # merged ranges: the cell must be the top-left one of the named range
    if "merged" in c:
        rngs = [str(r) for r in ws.merged_cells.ranges]
        if c["merged"] not in rngs:
            err(f"{where}: merged range {c['merged']} missing")
        elif not c["merged"].startswith(c["cell"] + ":"):
            err(f"{where}: not the top-left cell of {c['merged']}")
    if c["kind"] == "link":
        if c["expected"] != link_by.get((c["file"], c["criterion"])):
            err(f"{where}: cells.json link differs from expected.json")
        if v != c["expected"]:
            err(f"{where}: link cell holds {v!r}")
        if c.get("hyperlink") and (cell.hyperlink is None or cell.hyperlink.target != c["expected"]):
            err(f"{where}: hyperlink target differs")
        continue
    if c["expected"] != exp_by.get((c["file"], c["criterion"])):
        err(f"{where}: cells.json value differs from expected.json")
    if "formula" in c:
        fv = wsf[c["cell"]].value
        if not (isinstance(fv, str) and fv.startswith("=")) or fv.replace(" ", "") != c["formula"]:
            err(f"{where}: formula {fv!r} != {c['formula']!r}")
        if v is None:
            err(f"{where}: formula has no cached value")
    unit = UNITS[c["criterion"]][0]
    row_cells = [x.value for x in ws[cell.row]]
    if v is None:
        err(f"{where}: empty cell")
        continue
    if unit == "yesno" or c["criterion"] in ("orgs_regulation_teachers", "orgs_regulation_students",
                                             "orgs_monitoring_order", "internal_monitoring_notes"):
        got = parse_yesno(v)
    elif unit in ("share", "level"):
        got = parse_share(v, cell.number_format, row_cells)
    elif unit in ("text", "list"):
        got = v
        if got != c["expected"]:
            err(f"{where}: text {got!r} != {c['expected']!r}")
        continue
    else:
        got = parse_count(v)
    if got is None or not close(got, c["expected"], 0.01):
        err(f"{where}: cell {v!r} reads as {got!r}, expected {c['expected']!r}")

# ---- 3. omitted (ambiguous) cells: present in the sheet, absent from "values" ------------------
OMITTED = [
    ("typed/svetl_sosh1_monitoring_2024.xlsx", "C26", "pp_student_student", "—"),
    ("typed/sosh4_nastavnichestvo_2024.xlsx", "B27", "share_mentees_10_19", "нет данных"),
    ("typed/sosh4_nastavnichestvo_2024.xlsx", "B31", "mentees_low_motivation", "нет данных"),
    ("typed/sosh4_nastavnichestvo_2024.xlsx", "B33", "mentees_other_params", None),
    ("typed/sosh4_nastavnichestvo_2024.xlsx", "B39", "satisfaction_mentors", "нет данных"),
    ("typed/zarechnaya_oosh_monitoring.xlsx", "C16", "agreements_other_orgs", "—"),
    ("typed/zarechnaya_oosh_monitoring.xlsx", "C33", "satisfaction_mentees", "не проводилось"),
    ("typed/zarechnaya_oosh_monitoring.xlsx", "C34", "satisfaction_mentors", "не проводилось"),
    ("typed/zarechnaya_oosh_monitoring.xlsx", "C44", "share_young_specialists_mentors", "—"),
    ("typed/zarechnaya_oosh_monitoring.xlsx", "C46", "school_methodical_associations", "—"),
    ("typed/zarechnaya_oosh_monitoring.xlsx", "C47", "pay_acts", None),
    ("typed/verh-klyuchevskaya_sosh_otchet_2024.xlsx", "B26", "share_mentors_15_19", 4),
    ("typed/verh-klyuchevskaya_sosh_otchet_2024.xlsx", "B47", "nonmaterial_acts", "+"),
]
for f, addr, crit, typed in OMITTED:
    wb, _ = book(f)
    v = wb.worksheets[0][addr].value
    if v != typed:
        err(f"omitted {f}!{addr} ({crit}): holds {v!r}, README says {typed!r}")
    if (f, crit) in exp_by:
        err(f"omitted {f} {crit} is in values")

# ---- 4. plausibility ------------------------------------------------------------------------
PARTS = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
         ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
         ("young_specialists_mentors", "young_specialists"), ("pp_pupil_pupil", "pp_total"),
         ("pp_teacher_teacher", "pp_total"), ("mentors_15_19", "mentors_total"),
         ("teachers_mentors", "mentors_total"), ("mentees_10_19", "mentees_total")]
SHARES = {"share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
          "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
          "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
          "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                     ["teachers_other", "young_specialists"]),
          "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
          "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"])}
for e in expected:
    v = e["values"]
    for a, b in PARTS:
        if a in v and b in v and v[a] > v[b]:
            err(f"{e['file']}: {a}={v[a]} > {b}={v[b]}")
    for s, (num, den) in SHARES.items():
        if s in v and all(k in v for k in num + den):
            d = sum(v[k] for k in den)
            calc = 100 * sum(v[k] for k in num) / d if d else 0
            if abs(calc - v[s]) > 0.6:
                err(f"{e['file']}: {s}={v[s]} but counts give {calc:.2f}")
    subs = [k for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                        "mentees_career", "mentees_other_params") if k in v]
    if "mentees_10_19" in v and sum(v[k] for k in subs) > v["mentees_10_19"]:
        err(f"{e['file']}: categories of mentees exceed mentees_10_19")
    pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and sum(v[k] for k in pps) > v["pp_total"]:
        err(f"{e['file']}: PP by form exceed pp_total")

# ---- 5. totals ------------------------------------------------------------------------------
nfiles = len({e["file"] for e in expected})
nvals = sum(len(e["values"]) for e in expected)
nlinks = sum(len(e["links"]) for e in expected)
if not 5 <= nfiles <= 8:
    err(f"{nfiles} files")
if not 150 <= nvals <= 280:
    err(f"{nvals} values")
for e in expected:
    if not os.path.exists(os.path.join(HERE, e["file"])):
        err(f"missing {e['file']}")

print(f"files={nfiles} organisations={len(expected)} values={nvals} links={nlinks} cells={len(cells)}")
if errors:
    for m in errors:
        print("MISMATCH:", m)
    sys.exit(1)
print("selfcheck: OK")
