#!/usr/bin/env python3
"""heldout108 self-check: re-open every typed file with openpyxl (data_only=True) and check that every expected
value and link stands in the cell cells.json names, that expected.json and cells.json agree, and that the
headings, not-criteria rows and organisation names are really in the files.  Exit 1 on any mismatch."""
import json
import pathlib
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

UNITS = {}
for i, line in enumerate(CRITERIA_TSV.read_text(encoding="utf-8").splitlines()):
    if i and line.strip():
        f = line.split("\t")
        UNITS[f[0]] = "yesno" if f[4] == "count_yes" else f[2]   # an organisation answers these by 1/0

errors = []


def err(msg):
    errors.append(msg)


def to_number(v):
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        t = v.replace("\u00a0", " ").replace("%", "").replace(" ", "").replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def read_value(v, unit):
    if unit == "yesno":
        if isinstance(v, str):
            t = v.strip().lower()
            if t in ("да", "1", "есть", "имеется"):
                return 1
            if t in ("нет", "0", "отсутствует"):
                return 0
            return None
        n = to_number(v)
        return None if n is None else int(n)
    if unit in ("list", "text"):
        return None if v is None else str(v).strip()
    return to_number(v)


def same(a, b, unit):
    if a is None:
        return False
    if unit in ("list", "text", "yesno"):
        return a == b
    return abs(float(a) - float(b)) < 0.005


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

books = {}


def book(f):
    if f not in books:
        books[f] = load_workbook(HERE / f, data_only=True)
    return books[f]


def all_texts(wb):
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.append(c.value)
    return out


# 1. every cell of cells.json
seen = set()
for c in cells:
    wb = book(c["file"])
    if c["sheet"] not in wb.sheetnames:
        err("%s: no sheet %r" % (c["file"], c["sheet"]))
        continue
    cell = wb[c["sheet"]][c["cell"]]
    key = (c["file"], c["criterion"], c["kind"])
    if key in seen:
        err("duplicate cells.json entry %r" % (key,))
    seen.add(key)
    if c["kind"] == "value":
        unit = UNITS.get(c["criterion"])
        if unit is None:
            err("%s %s: unknown criterion %s" % (c["file"], c["cell"], c["criterion"]))
            continue
        got = read_value(cell.value, unit)
        if not same(got, c["expected"], unit):
            err("%s!%s %s: cell %r reads as %r, expected %r" % (c["file"], c["cell"], c["criterion"], cell.value,
                                                                 got, c["expected"]))
        if "typed" in c and cell.value != c["typed"]:
            err("%s!%s: typed %r, cell holds %r" % (c["file"], c["cell"], c["typed"], cell.value))
    elif c["kind"] == "link":
        target = cell.hyperlink.target if cell.hyperlink is not None else None
        if cell.value != c["expected"] and target != c["expected"]:
            err("%s!%s %s: link %r / %r, expected %r" % (c["file"], c["cell"], c["criterion"], cell.value, target,
                                                         c["expected"]))
    else:
        err("bad kind %r" % c["kind"])

# 2. expected.json <-> cells.json
files = set()
nv = nl = 0
for e in expected:
    f = e["file"]
    files.add(f)
    if e.get("year") != 2024:
        err("%s: year %r" % (f, e.get("year")))
    for cid, v in e["values"].items():
        nv += 1
        m = [c for c in cells if c["file"] == f and c["criterion"] == cid and c["kind"] == "value"]
        if len(m) != 1 or m[0]["expected"] != v:
            err("%s: value of %s not matched in cells.json" % (f, cid))
        if cid not in UNITS:
            err("%s: %s not in the catalogue" % (f, cid))
        if UNITS.get(cid) == "share" and round(v, 2) != v:
            err("%s: share %s not rounded" % (f, cid))
    for cid, u in e["links"].items():
        nl += 1
        if cid not in e["values"]:
            err("%s: link without value for %s" % (f, cid))
        m = [c for c in cells if c["file"] == f and c["criterion"] == cid and c["kind"] == "link"]
        if len(m) != 1 or m[0]["expected"] != u:
            err("%s: link of %s not matched in cells.json" % (f, cid))
        if not u.startswith("https://"):
            err("%s: link %r" % (f, u))
    for c in cells:
        if c["file"] == f:
            d = e["values"] if c["kind"] == "value" else e["links"]
            if c["criterion"] not in d:
                err("%s: cells.json has %s %s that expected.json lacks" % (f, c["kind"], c["criterion"]))
    texts = all_texts(book(f))
    joined = "\n".join(texts)
    if e["organisation"] not in joined:
        err("%s: organisation %r not in the file" % (f, e["organisation"]))
    if "2024" not in joined:
        err("%s: the year is nowhere in the file" % f)
    for h in e["headings"]:
        if h not in texts:
            err("%s: heading %r not a cell" % (f, h))
    for t in e["not_criteria"]:
        if t not in texts:
            err("%s: not-criterion row %r not a cell" % (f, t))
    # consistency of the figures the form gives
    v = e["values"]

    def chk(cond, what):
        if not cond:
            err("%s: inconsistent: %s" % (f, what))

    if "mentees_10_19" in v and "students_10_19" in v:
        chk(v["mentees_10_19"] <= v["students_10_19"], "mentees_10_19 > students_10_19")
        if "share_mentees_10_19" in v:
            chk(abs(100 * v["mentees_10_19"] / v["students_10_19"] - v["share_mentees_10_19"]) < 0.006,
                "share_mentees_10_19")
    if "mentors_15_19" in v and "students_15_19" in v and "share_mentors_15_19" in v:
        chk(abs(100 * v["mentors_15_19"] / v["students_15_19"] - v["share_mentors_15_19"]) < 0.006,
            "share_mentors_15_19")
    if "students_15_19" in v and "students_10_19" in v:
        chk(v["students_15_19"] < v["students_10_19"], "15-19 > 10-19")
    parts = [k for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                         "pp_student_pupil", "pp_teacher_pupil", "pp_other") if k in v]
    if "pp_total" in v:
        chk(sum(v[k] for k in parts) <= v["pp_total"], "pp parts > pp_total")
    sub = [k for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                       "mentees_career", "mentees_other_params") if k in v]
    if "mentees_10_19" in v:
        chk(sum(v[k] for k in sub) <= v["mentees_10_19"], "mentee groups > mentees_10_19")
    if "young_specialists" in v and "young_specialists_mentees" in v:
        chk(v["young_specialists_mentees"] <= v["young_specialists"], "ys mentees > ys")
    if "mentors_total" in v and "teachers_mentors" in v and "mentors_15_19" in v:
        chk(v["teachers_mentors"] + v["mentors_15_19"] <= v["mentors_total"], "mentor parts > mentors_total")

# every typed file is covered
for p in sorted((HERE / "typed").glob("*.xlsx")):
    if str(p.relative_to(HERE)) not in files:
        err("%s has no entry in expected.json" % p.name)

nf = len(files)
if not (5 <= nf <= 8):
    err("%d files" % nf)
if not (150 <= nv <= 300):
    err("%d values" % nv)

for m in errors:
    print("FAIL:", m)
if errors:
    print("selfcheck FAILED: %d problems" % len(errors))
    sys.exit(1)
print("selfcheck OK: %d files, %d forms, %d values, %d links, %d cells checked" % (nf, len(expected), nv, nl,
                                                                                len(cells)))
