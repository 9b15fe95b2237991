#!/usr/bin/env python3
"""Independent check of heldout44: re-reads every workbook with openpyxl and compares every expected value and
link of expected.json with its cell listed in cells.json.  Exit 1 on any mismatch."""
import json
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_value(cell):
    v = cell.value
    if isinstance(v, str):
        s = v.strip()
        low = s.lower()
        if low in ("да", "есть"):
            return 1
        if low in ("нет", "отсутствует"):
            return 0
        if s.endswith("%"):
            try:
                return round(float(s[:-1].replace(",", ".").strip()), 2)
            except ValueError:
                return s
        return s
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return v
    return v


def read_link(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    if isinstance(cell.value, str) and cell.value.strip().startswith("http"):
        return cell.value.strip()
    return None


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

catalogue_ids = None
cat_path = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
if os.path.exists(cat_path):
    with open(cat_path, encoding="utf-8") as fh:
        catalogue_ids = {line.split("\t")[0] for line in fh.read().splitlines()[1:] if line.strip()}

index = {}
for rec in cells:
    key = (rec["file"], rec["org_index"], rec["criterion"], rec["kind"])
    if key in index:
        err("duplicate cells.json record %r" % (key,))
    index[key] = rec

books = {}


def sheet(file, name):
    if file not in books:
        books[file] = openpyxl.load_workbook(os.path.join(HERE, file))
    return books[file][name]


used = set()
n_values = n_links = n_orgs = 0
files = set()
for entry in expected:
    f = entry["file"]
    files.add(f)
    if entry.get("year") != 2024:
        err("%s: year %r" % (f, entry.get("year")))
    orgs = entry["organisation"]
    if not (isinstance(orgs, list) and len(orgs) == len(entry["values"]) == len(entry["links"])):
        err("%s: organisation / values / links lengths differ" % f)
        continue
    if len(set(orgs)) != len(orgs):
        err("%s: an organisation twice" % f)
    n_orgs += len(orgs)
    for i, org in enumerate(orgs):
        for kind, block in (("value", entry["values"][i]), ("link", entry["links"][i])):
            for crit, exp in block.items():
                if catalogue_ids is not None and crit not in catalogue_ids:
                    err("%s: unknown criterion %s" % (f, crit))
                if kind == "link" and crit not in entry["values"][i]:
                    err("%s / %s: link without value for %s" % (f, org, crit))
                rec = index.get((f, i, crit, kind))
                if rec is None:
                    err("%s / %s / %s / %s: no cells.json record" % (f, org, crit, kind))
                    continue
                used.add((f, i, crit, kind))
                if rec["organisation"] != org:
                    err("%s: cells.json organisation %r != %r" % (f, rec["organisation"], org))
                if not same(rec["expected"], exp):
                    err("%s %s: cells.json expected %r != expected.json %r" % (f, rec["cell"], rec["expected"], exp))
                ws = sheet(f, rec["sheet"])
                cell = ws[rec["cell"]]
                got = read_value(cell) if kind == "value" else read_link(cell)
                if not same(got, exp):
                    err("%s!%s %s (%s, %s): cell gives %r, expected %r" % (f, rec["cell"], kind, org, crit, got, exp))
                if kind == "link" and not str(got).startswith("https://"):
                    err("%s!%s: link is not https" % (f, rec["cell"]))
                # the organisation's name is typed on the same row
                row_texts = [str(c.value) for c in ws[cell.row] if isinstance(c.value, str)]
                if not any(t.rstrip("*").strip() == org for t in row_texts):
                    err("%s!%s: organisation %r not on row %d" % (f, rec["cell"], org, cell.row))
                if ws.column_dimensions[cell.column_letter].hidden:
                    err("%s!%s: expected value in a hidden column" % (f, rec["cell"]))
                if kind == "value":
                    n_values += 1
                else:
                    n_links += 1
        # plausibility: parts not larger than wholes, shares consistent with counts
        v = entry["values"][i]
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"), ("teachers_mentors", "mentors_total")):
            if part in v and whole in v and v[part] > v[whole]:
                err("%s / %s: %s > %s" % (f, org, part, whole))
        for share, num, den in (("share_mentees_10_19", "mentees_10_19", "students_10_19"),
                                ("share_mentors_15_19", "mentors_15_19", "students_15_19"),
                                ("share_young_specialists_mentees", "young_specialists_mentees",
                                 "young_specialists")):
            if share in v and num in v and den in v:
                if abs(v[share] - 100.0 * v[num] / v[den]) > 0.06:
                    err("%s / %s: %s %r inconsistent with %r/%r" % (f, org, share, v[share], v[num], v[den]))
        if "pp_total" in v:
            parts = [v[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                    "pp_teacher_pupil", "pp_other") if k in v]
            if sum(parts) > v["pp_total"]:
                err("%s / %s: pp forms exceed pp_total" % (f, org))

for key in index:
    if key not in used:
        err("cells.json record not in expected.json: %r" % (key,))

for f in files:
    if not os.path.exists(os.path.join(HERE, f)):
        err("missing %s" % f)

if not 5 <= len(files) <= 8:
    err("%d files" % len(files))
if not 150 <= n_values <= 280:
    err("%d values (150–280 wanted)" % n_values)

print("files %d, organisation rows %d, values %d, links %d" % (len(files), n_orgs, n_values, n_links))
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("selfcheck: OK")
