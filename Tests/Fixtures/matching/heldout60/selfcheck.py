#!/usr/bin/env python3
"""Independent check of set 60: re-reads every workbook with openpyxl and compares every expected value and
link (expected.json) with the cell recorded in cells.json.  Exit 1 on any mismatch."""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
YES = {"да", "имеется", "есть", "1"}
NO = {"нет", "отсутствует", "0"}
PCT = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*%\s*$")
NUM = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*$")

# share criteria and their operands (numerator parts, denominator parts) - plausibility only
RATIOS = {
    "share_orgs_teachers_system": (["orgs_regulation_teachers"], ["orgs_total"]),
    "share_orgs_students_system": (["orgs_regulation_students"], ["orgs_total"]),
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                               ["teachers_other", "young_specialists"]),
    "share_teachers_mentors": (["teachers_mentors"], ["teachers_municipal"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists_municipal"]),
}
PARTS = [  # (part, whole)
    ("orgs_regulation_teachers", "orgs_total"), ("orgs_regulation_students", "orgs_total"),
    ("orgs_monitoring_order", "orgs_total"), ("internal_monitoring_notes", "orgs_total"),
    ("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
    ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
    ("teachers_other_mentees", "teachers_other"), ("teachers_mentors", "teachers_municipal"),
    ("young_specialists_mentors", "young_specialists_municipal"), ("mentees_10_19", "mentees_total"),
    ("teachers_mentors", "mentors_total"), ("mentors_15_19", "mentors_total"),
]


def cell_value(c):
    v = c.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return v * 100
        return v
    if isinstance(v, str):
        s = v.strip()
        if s.lower() in YES:
            return 1
        if s.lower() in NO:
            return 0
        m = PCT.match(s)
        if m:
            return float(m.group(1).replace(",", "."))
        m = NUM.match(s)
        if m:
            return float(m.group(1).replace(",", "."))
        return s
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    errors = []
    books = {}

    def book(f):
        if f not in books:
            books[f] = load_workbook(os.path.join(HERE, f), data_only=True)
        return books[f]

    index = {}
    for c in cells:
        index[(c["file"], c["criterion"], c["kind"])] = c

    files = set()
    nv = nl = 0
    for e in expected:
        f = e["file"]
        files.add(f)
        if not os.path.exists(os.path.join(HERE, f)):
            errors.append("missing file " + f)
            continue
        if e.get("year") != 2024 or e.get("organisation") is not None or not e.get("municipality"):
            errors.append("bad header of entry " + f)
        for kind, d in (("value", e["values"]), ("link", e["links"])):
            for crit, exp in d.items():
                rec = index.get((f, crit, kind))
                if rec is None:
                    errors.append("%s %s %s: no cell recorded" % (f, crit, kind))
                    continue
                if not same(rec["expected"], exp):
                    errors.append("%s %s %s: cells.json %r != expected.json %r" % (f, crit, kind, rec["expected"], exp))
                ws = book(f)[rec["sheet"]]
                c = ws[rec["cell"]]
                if kind == "value":
                    got = cell_value(c)
                    nv += 1
                    if not same(got, exp):
                        errors.append("%s %s!%s %s: cell %r != %r" % (f, rec["sheet"], rec["cell"], crit, got, exp))
                else:
                    nl += 1
                    target = c.hyperlink.target if c.hyperlink is not None else None
                    text = c.value.strip() if isinstance(c.value, str) else c.value
                    if exp not in (target, text):
                        errors.append("%s %s!%s %s link: %r / %r != %r" % (f, rec["sheet"], rec["cell"], crit,
                                                                           text, target, exp))
        vals = e["values"]
        for share, (num, den) in RATIOS.items():
            if share in vals and all(k in vals for k in num + den):
                r = 100.0 * sum(vals[k] for k in num) / sum(vals[k] for k in den)
                if abs(r - vals[share]) > 0.06:
                    errors.append("%s %s=%s but operands give %.3f" % (f, share, vals[share], r))
        for part, whole in PARTS:
            if part in vals and whole in vals and vals[part] > vals[whole]:
                errors.append("%s %s=%s > %s=%s" % (f, part, vals[part], whole, vals[whole]))
        if "pp_total" in vals:
            forms = [k for k in vals if k.startswith("pp_") and k != "pp_total"]
            if sum(vals[k] for k in forms) > vals["pp_total"]:
                errors.append("%s: pp forms exceed pp_total" % f)
    for c in cells:
        if c["file"] not in files:
            errors.append("cells.json names unknown file " + c["file"])
    if not 5 <= len(files) <= 8:
        errors.append("number of files %d not in 5..8" % len(files))
    if not 150 <= nv <= 280:
        errors.append("number of values %d not in 150..280" % nv)
    on_disk = {"typed/" + n for n in os.listdir(os.path.join(HERE, "typed")) if n.endswith(".xlsx")}
    if on_disk != files:
        errors.append("typed/ holds %s, expected.json names %s" % (sorted(on_disk), sorted(files)))

    for err in errors:
        print("FAIL", err)
    print("files %d, values %d, links %d, errors %d" % (len(files), nv, nl, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
