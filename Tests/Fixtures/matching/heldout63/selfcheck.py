#!/usr/bin/env python3
"""Self-check of held-out set 63, independent of make_typed.py.

Re-reads every workbook with openpyxl and checks every expected value and link of expected.json against the cell
named in cells.json (and the other way round). Also checks: the cut titles really are cut to the file's length,
the ambiguous cells stay out of "values", counts are within 150–280, parts never exceed their wholes, shares agree
with their counts, and an organisation's value is the same in every file that gives it. Exit 1 on any problem.
"""
import json
import os
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
    expected = json.load(fh)
with open(os.path.join(HERE, "cells.json"), encoding="utf-8") as fh:
    cells_doc = json.load(fh)
cells = cells_doc["cells"]
ambiguous = cells_doc["ambiguous"]

books = {}


def sheet(file, name):
    if file not in books:
        books[file] = load_workbook(os.path.join(HERE, file))
    return books[file][name]


def read_value(c):
    v = c.value
    if isinstance(v, str):
        t = v.strip().lower()
        if t == "да":
            return 1
        if t == "нет":
            return 0
        return v
    if isinstance(v, (int, float)) and "%" in (c.number_format or ""):
        return round(v * 100, 4)
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


# ---- index cells.json
index = {}
for c in cells:
    key = (c["file"], c["organisation"], c["criterion"], c["kind"])
    if key in index:
        err(f"duplicate cells.json entry {key}")
    index[key] = c

# ---- every expected value / link has its cell, and the cell holds it
seen = set()
n_values = n_links = 0
orgs = set()
for e in expected:
    f = e["file"]
    if e["year"] != 2024:
        err(f"{f}: year {e['year']}")
    if isinstance(e["organisation"], list):
        blocks = list(zip(e["organisation"], e["values"], e["links"]))
        if not (len(e["organisation"]) == len(e["values"]) == len(e["links"])):
            err(f"{f}: organisation/values/links lists differ in length")
    else:
        blocks = [(e["organisation"], e["values"], e["links"])]
    for org, vals, links in blocks:
        orgs.add(org)
        for cid, exp in vals.items():
            n_values += 1
            key = (f, org, cid, "value")
            c = index.get(key)
            if not c:
                err(f"no cell for {key}")
                continue
            seen.add(key)
            if not same(c["expected"], exp):
                err(f"{key}: cells.json says {c['expected']!r}, expected.json {exp!r}")
            got = read_value(sheet(f, c["sheet"])[c["cell"]])
            if not same(got, exp):
                err(f"{key} at {c['sheet']}!{c['cell']}: cell {got!r} != expected {exp!r}")
        for cid, url in links.items():
            n_links += 1
            key = (f, org, cid, "link")
            c = index.get(key)
            if not c:
                err(f"no cell for {key}")
                continue
            seen.add(key)
            got = sheet(f, c["sheet"])[c["cell"]].value
            if got != url:
                err(f"{key} at {c['sheet']}!{c['cell']}: link {got!r} != {url!r}")
            if not str(url).startswith("https://"):
                err(f"{key}: link is no URL")
            if cid not in vals:
                err(f"{key}: link without a value")
for key in index:
    if key not in seen:
        err(f"cells.json entry not in expected.json: {key}")

# ---- the titles are cut as the portal cuts them
LIMITS = {  # file: (max characters before the cut, ellipsis)
    "typed/export_CMN-OO_2024_ZP_SOSH1.xlsx": (60, True),
    "typed/vygruzka_otvetov_Klenovskaya_SOSH_2024.xlsx": (80, False),
    "typed/CMN_OO_Sosnovoborskaya_OOSH_2024_s_kodami.xlsx": (50, True),
    "typed/svod_otvetov_OO_Zarechno-Polyanskiy_MO_2024.xlsx": (45, True),
    "typed/forma_CMN-MO_Zarechno-Polyanskiy_2024.xlsx": (70, True),
    "typed/export_CMN-OO_2024_ZP_DDT.xlsx": (60, False),
}
for c in cells:
    if c["kind"] != "value":
        continue
    n, ell = LIMITS[c["file"]]
    t = c["shown_title"]
    body = t[:-1] if (ell and t.endswith("…")) else t
    if len(body) > n:
        err(f"{c['file']} {c['cell']}: title longer than {n}: {t!r}")
    if not ell and "…" in t:
        err(f"{c['file']} {c['cell']}: ellipsis in a file without it")
cut_count = sum(1 for c in cells if c["kind"] == "value" and
                (c["shown_title"].endswith("…") or len(c["shown_title"]) == LIMITS[c["file"]][0]))
# the shown titles are really in the workbooks
for c in cells:
    if c["kind"] != "value":
        continue
    ws = sheet(c["file"], c["sheet"])
    col = ''.join(ch for ch in c["cell"] if ch.isalpha())
    row = int(''.join(ch for ch in c["cell"] if ch.isdigit()))
    if c["file"].endswith("svod_otvetov_OO_Zarechno-Polyanskiy_MO_2024.xlsx"):
        title = ws[f"{col}5"].value
    else:
        title = None
        for cc in ws[row]:
            if cc.value == c["shown_title"]:
                title = cc.value
    if title != c["shown_title"]:
        err(f"{c['file']} {c['cell']}: title {c['shown_title']!r} not found next to the value")

# ---- ambiguous cells stay out of "values" and really look alike
for a in ambiguous:
    for e in expected:
        if e["file"] == a["file"] and isinstance(e["values"], dict):
            for cid in a["candidates"]:
                if cid in e["values"]:
                    err(f"ambiguous candidate {cid} is in values of {a['file']}")
    twins = [b for b in ambiguous if b["file"] == a["file"] and b["shown_title"] == a["shown_title"]]
    if len(twins) < 2:
        err(f"ambiguous cell {a['file']} {a['cell']} has no look-alike")
    ws = load_workbook(os.path.join(HERE, a["file"])).worksheets[0]
    if ws[a["cell"]].value != a["cell_value"]:
        err(f"ambiguous cell {a['file']} {a['cell']} value changed")

# ---- plausibility
PARTS = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
         ("young_specialists_mentees", "young_specialists"), ("young_specialists_mentors", "young_specialists"),
         ("teachers_other_mentees", "teachers_other"), ("mentees_risk", "mentees_10_19"),
         ("mentees_gifted", "mentees_10_19"), ("mentees_disabled", "mentees_10_19"),
         ("mentees_low_motivation", "mentees_10_19"), ("mentees_career", "mentees_10_19"),
         ("mentees_other_params", "mentees_10_19"), ("pp_pupil_pupil", "pp_total"),
         ("pp_teacher_teacher", "pp_total"), ("pp_teacher_pupil", "pp_total"),
         ("mentees_10_19", "mentees_total"), ("teachers_mentors", "mentors_total"),
         ("mentors_15_19", "mentors_total"), ("orgs_regulation_teachers", "orgs_total"),
         ("orgs_regulation_students", "orgs_total"), ("teachers_mentors", "teachers_municipal"),
         ("young_specialists_municipal", "teachers_municipal")]
SHARES = [("share_mentees_10_19", "mentees_10_19", "students_10_19"),
          ("share_mentors_15_19", "mentors_15_19", "students_15_19"),
          ("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists"),
          ("share_young_specialists_mentors", "young_specialists_mentors", "young_specialists"),
          ("share_orgs_teachers_system", "orgs_regulation_teachers", "orgs_total"),
          ("share_orgs_students_system", "orgs_regulation_students", "orgs_total"),
          ("share_teachers_mentors", "teachers_mentors", "teachers_municipal")]
by_org = {}
for e in expected:
    blocks = (list(zip(e["organisation"], e["values"])) if isinstance(e["organisation"], list)
              else [(e["organisation"], e["values"])])
    for org, vals in blocks:
        for p, w in PARTS:
            if p in vals and w in vals and vals[p] > vals[w]:
                err(f"{e['file']} {org}: {p}={vals[p]} > {w}={vals[w]}")
        for s, p, w in SHARES:
            if s in vals and p in vals and w in vals:
                if abs(vals[s] - round(100 * vals[p] / vals[w], 2)) > 0.011:
                    err(f"{e['file']} {org}: {s}={vals[s]} vs {p}/{w}")
        for cid, v in vals.items():
            by_org.setdefault((org, cid), set()).add(json.dumps(v))
        if "pp_total" in vals:
            parts = [k for k in vals if k.startswith("pp_") and k != "pp_total"]
            if parts and sum(vals[k] for k in parts) > vals["pp_total"]:
                err(f"{e['file']} {org}: pp forms exceed pp_total")
for (org, cid), vs in by_org.items():
    if len(vs) > 1:
        err(f"{org} {cid}: different values across files {vs}")

if not (150 <= n_values <= 280):
    err(f"{n_values} values, outside 150–280")
if not (5 <= len(expected) <= 8):
    err(f"{len(expected)} files")

print(f"files={len(set(e['file'] for e in expected))} forms={len(expected)} organisations={len([o for o in orgs if o])} "
      f"(+ municipal form) values={n_values} links={n_links} ambiguous_left_out={len(ambiguous)} cut_titles={cut_count}")
if errors:
    for m in errors:
        print("FAIL:", m)
    sys.exit(1)
print("selfcheck OK")
