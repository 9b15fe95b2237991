#!/usr/bin/env python3
"""Independent check of held-out set 49: re-reads every workbook with openpyxl and compares each
expected value and link (expected.json) with its cell(s) (cells.json). Exit 1 on any mismatch."""
import csv
import json
import os
import re
import sys
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CRIT = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
errors = []


def err(msg):
    errors.append(msg)


def parse(cell):
    """Value of a cell as a methodologist reads it."""
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
    low = s.lower()
    if low in ("да", "имеется", "есть"):
        return 1
    if low in ("нет", "отсутствует"):
        return 0
    if s in ("—", "-", "–", ""):
        return None
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", s)
    if m:
        return float(m.group(1).replace(",", "."))
    m = re.fullmatch(r"\d+(?:[.,]\d+)?", s)
    if m:
        return float(s.replace(",", "."))
    return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.006
    return a == b


with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
    expected = json.load(fh)
with open(os.path.join(HERE, "cells.json"), encoding="utf-8") as fh:
    cells = json.load(fh)["entries"]
with open(CRIT, encoding="utf-8") as fh:
    catalogue = {row["id"]: row for row in csv.DictReader(fh, delimiter="\t")}

books = {}


def sheet(f, s):
    if f not in books:
        books[f] = load_workbook(os.path.join(HERE, f))
    return books[f][s]


# 1. every cells.json entry agrees with its workbook
for e in cells:
    ws = sheet(e["file"], e["sheet"])
    if e["kind"] == "link":
        got = ws[e["cell"]].value
        if got != e["expected"]:
            err(f'{e["file"]} {e["cell"]} link {e["criterion"]}: {got!r} != {e["expected"]!r}')
        continue
    if "cell" in e:
        # the cell must not be a hidden part of a merged range
        for rng in ws.merged_cells.ranges:
            if e["cell"] in rng and e["cell"] != rng.coord.split(":")[0]:
                err(f'{e["file"]} {e["cell"]} lies inside merged {rng.coord} but is not its top-left cell')
        got = parse(ws[e["cell"]])
    else:
        assert e.get("rule") == "sum"
        parts = [parse(ws[c]) for c in e["cells"]]
        if any(isinstance(p, str) for p in parts):
            err(f'{e["file"]} {e["cells"]}: text among summed parts {parts}')
            continue
        got = sum(p for p in parts if p is not None)
    if not same(got, e["expected"]):
        err(f'{e["file"]} {e.get("cell", e.get("cells"))} {e["criterion"]}: read {got!r}, '
            f'expected {e["expected"]!r}')

# 2. expected.json and cells.json list the same values and links
idx = {}
for e in cells:
    key = (e["file"], e["criterion"], e["kind"])
    if key in idx:
        err(f"duplicate cells.json entry {key}")
    idx[key] = e
seen = set()
total_values = total_links = 0
orgs = set()
for ent in expected:
    f = ent["file"]
    if ent.get("year") != 2024:
        err(f"{f}: year {ent.get('year')}")
    orgs.add(ent["organisation"])
    if not os.path.exists(os.path.join(HERE, f)):
        err(f"{f}: missing")
    for crit, v in ent["values"].items():
        total_values += 1
        if crit not in catalogue:
            err(f"{f}: {crit} not in catalogue")
        c = idx.get((f, crit, "value"))
        if c is None or not same(c["expected"], v):
            err(f"{f}: value {crit}={v!r} has no matching cells.json entry")
        seen.add((f, crit, "value"))
    for crit, url in ent["links"].items():
        total_links += 1
        if crit not in ent["values"]:
            err(f"{f}: link for {crit} without a value")
        if not re.match(r"https://", url):
            err(f"{f}: link {url}")
        c = idx.get((f, crit, "link"))
        if c is None or c["expected"] != url:
            err(f"{f}: link {crit} has no matching cells.json entry")
        seen.add((f, crit, "link"))
    # the organisation's name must appear in one of the first three rows
    ws = books[f][next(iter(set(e["sheet"] for e in cells if e["file"] == f)))]
    top = " ".join(str(ws.cell(row=r, column=c).value or "") for r in (1, 2, 3) for c in (1, 2))
    if ent["organisation"] not in top:
        err(f"{f}: organisation {ent['organisation']!r} not in the title lines")
    # plausibility: parts never larger than the whole; shares consistent with their counts
    V = ent["values"]
    for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"),
                        ("teachers_other_mentees", "teachers_other"),
                        ("young_specialists_mentors", "young_specialists"),
                        ("mentees_risk", "mentees_10_19"), ("pp_pupil_pupil", "pp_total"),
                        ("teachers_mentors", "mentors_total"), ("mentors_15_19", "mentors_total")]:
        if part in V and whole in V and V[part] > V[whole]:
            err(f"{f}: {part}={V[part]} > {whole}={V[whole]}")
    for crit, v in V.items():
        row = catalogue.get(crit, {})
        if row.get("unit") != "share" or not row.get("operands"):
            continue
        num_s, den_s = row["operands"].split("/")
        den_s = den_s.replace("teachers_municipal", "teachers_other+young_specialists")
        try:
            num = sum(V[x] for x in num_s.split("+"))
            den = sum(V[x] for x in den_s.split("+"))
        except KeyError:
            continue
        if abs(100 * num / den - v) > 0.01:
            err(f"{f}: share {crit}={v} but {num}/{den}={100*num/den:.3f}")
    pp_parts = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    if "pp_total" in V and all(p in V for p in pp_parts if p in V) and any(p in V for p in pp_parts):
        s = sum(V[p] for p in pp_parts if p in V)
        if s != V["pp_total"]:
            err(f"{f}: pp forms sum {s} != pp_total {V['pp_total']}")
for key in idx:
    if key not in seen:
        err(f"cells.json entry {key} not in expected.json")

n = len(expected)
if not (5 <= n <= 8):
    err(f"{n} files")
if not (150 <= total_values <= 280):
    err(f"{total_values} values")
print(f"files={n} organisations={len(orgs)} values={total_values} links={total_links} "
      f"cell entries={len(cells)}")
if errors:
    print("FAIL")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK")
