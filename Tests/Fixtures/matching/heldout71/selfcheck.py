#!/usr/bin/env python3
"""Independent check of heldout71: re-reads every workbook with openpyxl and compares each expected value,
link and organisation with its cell (positions from cells.json).  Exits 1 on any mismatch."""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = str(s).lower().replace("ё", "е").replace("\xa0", " ")
    s = re.sub(r"[«»\"'().,:;%–—-]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def cell_number(c):
    """number a methodologist reads from the cell: yes/no -> 1/0, percent format -> per cent."""
    v = c.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (c.number_format or "") else v
    if isinstance(v, str):
        s = v.strip().lower()
        if s in ("да", "имеется", "есть"):
            return 1
        if s in ("нет", "отсутствует"):
            return 0
        t = s.replace("%", "").replace(" ", "").replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def urls_of(c):
    found = []
    if c.hyperlink is not None and c.hyperlink.target:
        found.append(c.hyperlink.target)
    if isinstance(c.value, str):
        found += re.findall(r"https?://[^\s,;()]+", c.value)
    return found


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
crit = {r["id"]: r for r in csv.DictReader(open(CRITERIA, encoding="utf-8"), delimiter="\t")}
catalogue_wordings = set()
for r in crit.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k]:
            catalogue_wordings.add(norm(r[k]))

books = {}


def book(f):
    if f not in books:
        books[f] = load_workbook(os.path.join(HERE, f))
    return books[f]


# 1. expected.json sanity
files = {e["file"] for e in expected}
if not 5 <= len(files) <= 8:
    err(f"number of files {len(files)} not in 5..8")
total_values = sum(len(e["values"]) for e in expected)
total_links = sum(len(e["links"]) for e in expected)
if not 150 <= total_values <= 280:
    err(f"total values {total_values} not in 150..280")
for e in expected:
    if e["year"] != 2024:
        err(f"{e['file']}: year {e['year']}")
    if not os.path.exists(os.path.join(HERE, e["file"])):
        err(f"{e['file']}: missing")
    for k in list(e["values"]) + list(e["links"]):
        if k not in crit:
            err(f"{e['file']}: unknown criterion {k}")
        elif crit[k]["level"] != "org":
            err(f"{e['file']}: municipal criterion {k} in an organisation's form")
    for k in e["links"]:
        if k not in e["values"]:
            err(f"{e['file']}: link without value {k}")
        if not re.match(r"https?://\S+$", e["links"][k]):
            err(f"{e['file']}: bad url {e['links'][k]}")

# 2. every expected value/link/organisation has exactly one cell entry and vice versa
seen = {}
for c in cells:
    key = (c["file"], c["kind"], c.get("criterion"))
    if key in seen:
        err(f"duplicate cells entry {key}")
    seen[key] = c
for e in expected:
    for k, v in e["values"].items():
        c = seen.get((e["file"], "value", k))
        if c is None:
            err(f"{e['file']}: value {k} has no cell")
        elif c["expected"] != v:
            err(f"{e['file']}: value {k}: expected.json {v!r} != cells.json {c['expected']!r}")
    for k, v in e["links"].items():
        c = seen.get((e["file"], "link", k))
        if c is None:
            err(f"{e['file']}: link {k} has no cell")
        elif c["expected"] != v:
            err(f"{e['file']}: link {k}: {v!r} != {c['expected']!r}")
    c = seen.get((e["file"], "organisation", None))
    if c is None or c["expected"] != e["organisation"]:
        err(f"{e['file']}: organisation cell missing or different")
for (f, kind, k) in seen:
    e = next((x for x in expected if x["file"] == f), None)
    if e is None:
        err(f"cells.json: unknown file {f}")
    elif kind == "value" and k not in e["values"]:
        err(f"cells.json: {f} value {k} not in expected.json")
    elif kind == "link" and k not in e["links"]:
        err(f"cells.json: {f} link {k} not in expected.json")

# 3. compare with the workbooks
for c in cells:
    wb = book(c["file"])
    if c["sheet"] not in wb.sheetnames:
        err(f"{c['file']}: no sheet {c['sheet']}")
        continue
    ws = wb[c["sheet"]]
    exp = c["expected"]
    where = f"{c['file']} {c['sheet']}!{c.get('cell') or c.get('cells')} {c.get('criterion')}"
    if c["kind"] == "organisation":
        if ws[c["cell"]].value != exp:
            err(f"{where}: organisation {ws[c['cell']].value!r} != {exp!r}")
    elif c["kind"] == "link":
        got = urls_of(ws[c["cell"]])
        if exp not in got or len(set(got)) != 1:
            err(f"{where}: link {got} vs {exp}")
    elif isinstance(exp, list):
        got = [ws[a].value for a in c["cells"]]
        if got != exp:
            err(f"{where}: list {got} != {exp}")
    elif isinstance(exp, str):
        if ws[c["cell"]].value != exp:
            err(f"{where}: text {ws[c['cell']].value!r} != {exp!r}")
    else:
        got = cell_number(ws[c["cell"]])
        if got is None or abs(got - exp) > 0.006:
            err(f"{where}: number {ws[c['cell']].value!r} ({ws[c['cell']].number_format}) -> {got} != {exp}")

# 4. consistency of shares with their counts (same file) and parts vs wholes
for e in expected:
    v = e["values"]
    for k, val in v.items():
        ops = crit[k]["operands"]
        if crit[k]["unit"] != "share" or not ops:
            continue
        num, den = ops.split("/")
        nums, dens = num.split("+"), den.split("+")
        # teachers_municipal / young_specialists_municipal are sums of org criteria
        expand = {"teachers_municipal": ["teachers_other", "young_specialists"],
                  "young_specialists_municipal": ["young_specialists"]}
        dens = [x for d in dens for x in expand.get(d, [d])]
        if all(x in v for x in nums + dens):
            calc = 100 * sum(v[x] for x in nums) / sum(v[x] for x in dens)
            if abs(calc - val) > 0.01:
                err(f"{e['file']}: share {k}={val} but counts give {calc:.3f}")
    for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"),
                        ("young_specialists_mentors", "young_specialists"),
                        ("teachers_other_mentees", "teachers_other"), ("mentees_10_19", "mentees_total"),
                        ("teachers_mentors", "mentors_total"), ("mentors_15_19", "mentors_total")]:
        if part in v and whole in v and v[part] > v[whole]:
            err(f"{e['file']}: {part} {v[part]} > {whole} {v[whole]}")
    pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
          "pp_teacher_pupil", "pp_other"]
    if "pp_total" in v and sum(v.get(x, 0) for x in pp) != v["pp_total"]:
        err(f"{e['file']}: pp forms do not add up to pp_total")

# 5. wording: at most a third of the value rows carry a catalogue wording verbatim
titles, verbatim = 0, 0
for c in cells:
    if c["kind"] != "value" or not c.get("title"):
        continue
    sh, addr = c["title"].rsplit("!", 1)
    t = book(c["file"])[sh][addr].value
    titles += 1
    if norm(t) in catalogue_wordings:
        verbatim += 1
if titles and verbatim > titles / 3:
    err(f"verbatim catalogue wordings {verbatim}/{titles} > 1/3")

# 6. theme-specific structure
for f in files:
    wb = book(f)
    if len(wb.sheetnames) < 4:
        err(f"{f}: only {len(wb.sheetnames)} sheets")
hidden = [(f, s) for f in files for s in book(f).sheetnames if book(f)[s].sheet_state == "hidden"]
if len(hidden) != 1:
    err(f"expected exactly one hidden sheet, got {hidden}")
for c in cells:
    if (c["file"], c["sheet"]) in hidden:
        err(f"expected value on the hidden sheet: {c}")
    if c["sheet"] == "Инструкция по заполнению":
        err(f"expected value on the instruction sheet: {c}")

print(f"files={len(files)} organisations={len(expected)} values={total_values} links={total_links} "
      f"verbatim_titles={verbatim}/{titles}")
if errors:
    print("SELFCHECK FAILED")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("SELFCHECK OK")
