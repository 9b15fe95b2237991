#!/usr/bin/env python3
"""Re-reads every typed workbook with openpyxl (independently of make_typed.py) and checks
expected.json against cells.json and the cells themselves.  Exit 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm_value(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    s = str(v).strip()
    if s.lower() in ("да", "есть"):
        return 1
    if s.lower() in ("нет", "отсутствует"):
        return 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        return float(m.group(1).replace(",", "."))
    return s


def link_of(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    v = cell.value
    return str(v).strip() if v is not None else None


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def is_merged_anchor_or_plain(ws, coord):
    for rng in ws.merged_cells.ranges:
        if coord in rng and coord != rng.start_cell.coordinate:
            return False
    return True


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]

books = {}


def book(f):
    if f not in books:
        books[f] = openpyxl.load_workbook(os.path.join(HERE, f))
    return books[f]


# index cells.json
idx = {}
for c in cells:
    key = (c["file"], c["organisation"], c["criterion"], c["kind"])
    if key in idx:
        err("duplicate cells.json entry %r" % (key,))
    idx[key] = c

used = set()
n_values = n_links = 0
orgs = set()
files = set()
for e in expected:
    files.add(e["file"])
    if e["year"] != 2024:
        err("year %s in %s" % (e["year"], e["file"]))
    wb = book(e["file"])
    all_text = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                        if c.value is not None)
    if isinstance(e["organisation"], list):
        forms = list(zip(e["organisation"], e["values"], e["links"]))
    else:
        forms = [(e["organisation"], e["values"], e["links"])]
    for org, values, links in forms:
        if org is not None:
            orgs.add(org)
            if org not in all_text:
                err("%s: organisation %s not found in workbook" % (e["file"], org))
        for kind, dd in (("value", values), ("link", links)):
            for crit, exp in dd.items():
                key = (e["file"], org, crit, kind)
                c = idx.get(key)
                if c is None:
                    err("no cells.json entry for %r" % (key,))
                    continue
                used.add(key)
                if not same(c["expected"], exp):
                    err("cells.json expected %r != expected.json %r for %r" % (c["expected"], exp, key))
                ws = wb[c["sheet"]]
                if not is_merged_anchor_or_plain(ws, c["cell"]):
                    err("%r points into a merged range, not at its anchor" % (key,))
                cell = ws[c["cell"]]
                got = norm_value(cell) if kind == "value" else link_of(cell)
                if not same(got, exp):
                    err("%s!%s %s: cell gives %r, expected %r" % (e["file"], c["cell"], crit, got, exp))
                if kind == "value":
                    n_values += 1
                else:
                    n_links += 1
                    if not re.match(r"https?://", exp):
                        err("link is not a URL: %r" % (exp,))
        # plausibility: parts never larger than wholes, shares consistent with counts
        v = values
        for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("young_specialists_mentors", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"),
                            ("teachers_mentors", "teachers_municipal"),
                            ("mentees_risk", "mentees_10_19"), ("mentees_disabled", "mentees_10_19"),
                            ("mentees_gifted", "mentees_10_19"), ("mentees_low_motivation", "mentees_10_19"),
                            ("mentees_career", "mentees_10_19"), ("mentees_other_params", "mentees_10_19"),
                            ("external_edu_mentors", "mentors_total"), ("enterprise_mentors", "mentors_total"),
                            ("other_org_mentors", "mentors_total"), ("mentors_15_19", "mentors_total"),
                            ("pp_pupil_pupil", "pp_total"), ("pp_teacher_teacher", "pp_total"),
                            ("mentees_10_19", "mentees_total")]:
            if part in v and whole in v and v[part] > v[whole]:
                err("%s %s: %s > %s" % (e["file"], org, part, whole))
        for sh, num, den in [("share_mentees_10_19", "mentees_10_19", "students_10_19"),
                             ("share_mentors_15_19", "mentors_15_19", "students_15_19"),
                             ("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists"),
                             ("share_young_specialists_mentors", "young_specialists_mentors", "young_specialists"),
                             ("share_teachers_mentors", "teachers_mentors", "teachers_municipal")]:
            if sh in v and num in v and den in v:
                if abs(v[sh] - v[num] * 100.0 / v[den]) > 0.06:
                    err("%s %s: %s=%s inconsistent with %s/%s" % (e["file"], org, sh, v[sh], num, den))
        if "teachers_municipal" in v and "teachers_other" in v and "young_specialists" in v:
            if v["teachers_municipal"] != v["teachers_other"] + v["young_specialists"]:
                err("%s: teachers_municipal != teachers_other + young_specialists" % e["file"])

for key in idx:
    if key not in used:
        err("cells.json entry not in expected.json: %r" % (key,))

on_disk = {"typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx")}
if on_disk != files:
    err("typed/ files %s differ from expected.json files %s" % (sorted(on_disk), sorted(files)))
if not (5 <= len(files) <= 8):
    err("%d files" % len(files))
if not (150 <= n_values <= 280):
    err("%d values" % n_values)

print("files %d, forms %d, organisations %d, values %d, links %d" %
      (len(files), len(expected), len(orgs), n_values, n_links))
if errors:
    for m in errors:
        print("ERROR", m)
    sys.exit(1)
print("selfcheck OK")
