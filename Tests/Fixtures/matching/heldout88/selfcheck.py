#!/usr/bin/env python3
"""heldout88 self-check: re-opens every typed workbook with openpyxl (data_only=True) and checks every
expected value and link against the cell cells.json names, plus the arithmetic of the units. Exit 1 on any
mismatch."""
import csv
import json
import pathlib
import sys

import openpyxl
from openpyxl.utils import column_index_from_string, coordinate_to_tuple, get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
UNIT = {}
with open(ROOT / "Templates/criteria.tsv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh, delimiter="\t"):
        UNIT[row["id"]] = row["unit"]

EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
CELLS = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))

errors = []


def err(msg):
    errors.append(msg)


BOOKS = {}


def sheet(file, name):
    if file not in BOOKS:
        BOOKS[file] = openpyxl.load_workbook(HERE / file, data_only=True)
    return BOOKS[file][name]


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def read(crit, raw, rec):
    if raw is None:
        return None
    if isinstance(raw, str):
        t = raw.strip()
        if t.lower() in ("да", "нет"):
            return 1 if t.lower() == "да" else 0
        if UNIT.get(crit) in ("list", "text"):
            return "; ".join(x.strip() for x in t.split("\n") if x.strip())
        return t
    if rec.get("stored") == "fraction":
        return round(raw * 100 + 1e-9, 2)
    return raw


def same(a, b):
    if isnum(a) and isnum(b):
        return abs(a - b) < 0.005
    return a == b


def hidden_col(ws, letter):
    idx = column_index_from_string(letter)
    for key, dim in ws.column_dimensions.items():
        lo, hi = dim.min or column_index_from_string(key), dim.max or column_index_from_string(key)
        if lo <= idx <= hi and dim.hidden:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# keys agree between expected.json and cells.json
# ---------------------------------------------------------------------------------------------
exp_keys, cell_keys = set(), set()
for e in EXPECTED:
    for c in e["values"]:
        exp_keys.add((e["file"], c, "value"))
    for c in e["links"]:
        exp_keys.add((e["file"], c, "link"))
    if e["year"] != 2024:
        err(f"{e['file']}: year {e['year']}")
for rec in CELLS["cells"]:
    k = (rec["file"], rec["criterion"], rec["kind"])
    if k in cell_keys:
        err(f"duplicate cells entry {k}")
    cell_keys.add(k)
for k in sorted(exp_keys - cell_keys):
    err(f"expected but no cell: {k}")
for k in sorted(cell_keys - exp_keys):
    err(f"cell but not expected: {k}")

by_file = {e["file"]: e for e in EXPECTED}

# ---------------------------------------------------------------------------------------------
# every value and link is in its cell
# ---------------------------------------------------------------------------------------------
for rec in CELLS["cells"]:
    ws = sheet(rec["file"], rec["sheet"])
    e = by_file[rec["file"]]
    crit = rec["criterion"]
    cell = ws[rec["cell"]]
    col = "".join(ch for ch in rec["cell"] if ch.isalpha())
    if hidden_col(ws, col):
        err(f"{rec['file']} {rec['cell']}: expected cell in a hidden column")
    if rec["kind"] == "link":
        want = e["links"][crit]
        if rec.get("hyperlink"):
            got = cell.hyperlink.target if cell.hyperlink else None
            if cell.value != rec.get("shown_text"):
                err(f"{rec['file']} {rec['cell']}: shown text {cell.value!r}")
        else:
            got = cell.value
        if got != want or want != rec["expected"] or not str(want).startswith("http"):
            err(f"{rec['file']} {rec['cell']} link {crit}: {got!r} != {want!r}")
        continue
    want = e["values"][crit]
    if not same(want, rec["expected"]):
        err(f"{rec['file']} {crit}: expected.json {want!r} != cells.json {rec['expected']!r}")
    got = read(crit, cell.value, rec)
    if not same(got, want):
        err(f"{rec['file']} {rec['cell']} {crit}: cell {cell.value!r} -> {got!r} != {want!r}")
    if rec.get("merged"):
        if rec["merged"] not in {str(r) for r in ws.merged_cells.ranges}:
            err(f"{rec['file']} {rec['merged']}: not merged")
    if rec.get("agreeing_units"):
        words = {str(ws[c].value).strip().lower() for c in rec["agreeing_units"].values()}
        if words not in ({"да"}, {"нет"}):
            err(f"{rec['file']} {crit}: units do not agree {words}")
    parts = rec.get("parts")
    if parts:
        pv = [ws[c].value for c in parts.values()]
        unit = UNIT[crit]
        words = [str(x).strip().lower() for x in pv if isinstance(x, str)]
        numeric = any(isnum(x) for x in pv)
        if unit in ("share", "level"):
            nums = [x for x in pv if isnum(x)]
            if len(nums) >= 2 and abs(sum(nums) / len(nums) - want) < 0.005:
                err(f"{rec['file']} {crit}: the whole's share is the mean of the units'")
        elif isinstance(cell.value, str) and cell.value.strip().lower() in ("да", "нет"):
            if got != (1 if "да" in words else 0):
                err(f"{rec['file']} {crit}: units {words} vs total {got}")
        elif unit == "count" and numeric and isnum(cell.value):
            if sum(x for x in pv if isnum(x)) != cell.value:
                err(f"{rec['file']} {crit}: units {pv} do not sum to {cell.value}")
            # a hidden unit's part is inside the whole, which is a formula over all units
            for c in parts.values():
                letter = "".join(ch for ch in c if ch.isalpha())
                if hidden_col(ws, letter) and not rec.get("formula"):
                    err(f"{rec['file']} {crit}: hidden part without a formula total")
    if rec.get("formula"):
        wb_f = openpyxl.load_workbook(HERE / rec["file"], data_only=False)
        f = wb_f[rec["sheet"]][rec["cell"]].value
        if not (isinstance(f, str) and f.startswith("=")):
            err(f"{rec['file']} {rec['cell']}: no formula")

# ---------------------------------------------------------------------------------------------
# the arithmetic of each organisation's whole
# ---------------------------------------------------------------------------------------------
SHARES = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["young_specialists_mentees", "teachers_other_mentees"],
                               ["young_specialists", "teachers_other"]),
    "share_teachers_mentors": (["teachers_mentors"], ["young_specialists", "teachers_other"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
for e in EXPECTED:
    v = e["values"]
    for s, (num, den) in SHARES.items():
        if s in v and all(c in v for c in num + den):
            calc = round(100 * sum(v[c] for c in num) / sum(v[c] for c in den) + 1e-9, 2)
            if abs(calc - v[s]) > 0.005:
                err(f"{e['file']} {s}: {v[s]} != {calc}")
    if "mentors_total" in v:
        parts = ["teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors",
                 "other_org_mentors"]
        if sum(v.get(c, 0) for c in parts) != v["mentors_total"]:
            err(f"{e['file']}: mentor parts do not sum")
    if "pp_total" in v:
        pps = [c for c in v if c.startswith("pp_") and c != "pp_total"]
        if sum(v[c] for c in pps) != v["pp_total"]:
            err(f"{e['file']}: programme forms do not sum")
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    if all(c in v for c in cats + ["mentees_10_19"]) and sum(v[c] for c in cats) != v["mentees_10_19"]:
        err(f"{e['file']}: mentee categories do not sum")
    if "teachers_municipal" in v and v["teachers_municipal"] != v["young_specialists"] + v["teachers_other"]:
        err(f"{e['file']}: teachers != young specialists + others")
    for a, b in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                 ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other")):
        if a in v and b in v and v[a] > v[b]:
            err(f"{e['file']}: {a} > {b}")
    # the organisation is named in a header line
    ws = BOOKS[e["file"]].worksheets[0] if e["file"] in BOOKS else sheet(e["file"], openpyxl.load_workbook(
        HERE / e["file"]).sheetnames[0])
    head = " ".join(str(c.value) for row in ws.iter_rows(max_row=3) for c in row if c.value)
    if e["organisation"] not in head:
        err(f"{e['file']}: organisation {e['organisation']} not in the header lines")
    # ambiguous criteria carry no value
    for c in e.get("ambiguous", []):
        if c in v:
            err(f"{e['file']}: {c} both a value and ambiguous")

# ambiguous: every unit cell holds what was typed, and the form has no whole-organisation column
amb_keys = set()
for a in CELLS.get("ambiguous", []):
    ws = sheet(a["file"], a["sheet"])
    amb_keys.add((a["file"], a["criterion"]))
    for (unit, c), typed in zip(a["parts"].items(), a["typed"]):
        got = ws[c].value
        if not same(got, typed):
            err(f"{a['file']} {c}: ambiguous part {got!r} != {typed!r}")
    header = " ".join(str(x.value) for row in ws.iter_rows(max_row=8) for x in row if x.value).lower()
    if "итого" in header or "всего по" in header:
        err(f"{a['file']}: ambiguous form has a total column")
for e in EXPECTED:
    for c in e.get("ambiguous", []):
        if (e["file"], c) not in amb_keys:
            err(f"{e['file']}: ambiguous {c} has no cells")

# the hidden unit column of 07
ws7 = sheet("typed/07_СОШ4_ЦМН_2024.xlsx", "Форма ЦМН")
if not hidden_col(ws7, "D") or ws7["D4"].value != "Филиал в д. Гыя":
    err("07: column D is not the hidden Филиал")

# totals
nv = sum(len(e["values"]) for e in EXPECTED)
nl = sum(len(e["links"]) for e in EXPECTED)
na = sum(len(e.get("ambiguous", [])) for e in EXPECTED)
if not 150 <= nv <= 300:
    err(f"values {nv} outside 150–300")
if not 5 <= len(EXPECTED) <= 8:
    err(f"{len(EXPECTED)} forms")

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(EXPECTED)} files, {len(EXPECTED)} forms, {nv} values, {nl} links, {na} ambiguous; "
      f"{len(CELLS['cells'])} cells checked")
