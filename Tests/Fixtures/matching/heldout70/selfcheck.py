#!/usr/bin/env python3
"""Independent check of heldout70: re-reads every workbook with openpyxl and compares
each expected value and link (expected.json) with its cell (cells.json).  Exit 1 on any mismatch."""
import csv, json, os, re, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def as_value(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return v
    t = str(v).strip()
    low = t.lower()
    if low in ("да", "имеется", "есть"):
        return 1
    if low in ("нет", "отсутствует"):
        return 0
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", t)
    if m:
        return float(m.group(1).replace(",", "."))
    return t


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.006
    return a == b


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]

books = {}


def book(f):
    if f not in books:
        books[f] = openpyxl.load_workbook(os.path.join(HERE, f))
    return books[f]


index = {}
for c in cells:
    key = (c["file"], c["kind"], c["criterion"])
    if key in index:
        err(f"duplicate cells.json entry {key}")
    index[key] = c

seen = set()
n_vals = n_links = 0
files = set()
for e in expected:
    f = e["file"]
    files.add(f)
    if e["year"] != 2024:
        err(f"{f}: year {e['year']}")
    wb = book(f)
    text = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None)
    if e["organisation"] not in text:
        err(f"{f}: organisation name not found in workbook")
    if "2024" not in text:
        err(f"{f}: year 2024 not stated in workbook")
    for kind, d in (("value", e["values"]), ("link", e["links"])):
        for crit, exp in d.items():
            key = (f, kind, crit)
            seen.add(key)
            c = index.get(key)
            if c is None:
                err(f"{key}: no cell in cells.json"); continue
            if not same(c["expected"], exp):
                err(f"{key}: cells.json expected {c['expected']!r} != expected.json {exp!r}")
            ws = wb[c["sheet"]]
            cell = ws[c["cell"]]
            if kind == "value":
                n_vals += 1
                got = as_value(cell)
                if not same(got, exp):
                    err(f"{key} {c['cell']}: cell gives {got!r}, expected {exp!r}")
                # the value must not sit in a column headed 2023
                for r in range(cell.row - 1, 0, -1):
                    if str(ws.cell(row=r, column=cell.column).value).strip() == "2023":
                        err(f"{key}: value cell lies in the 2023 column")
                        break
            else:
                n_links += 1
                got = str(cell.value).strip() if cell.value is not None else None
                if got != exp:
                    err(f"{key} {c['cell']}: link cell {got!r} != {exp!r}")
                if cell.hyperlink is not None and cell.hyperlink.target != exp:
                    err(f"{key}: hyperlink target {cell.hyperlink.target!r} != {exp!r}")
                if crit not in e["values"]:
                    err(f"{key}: link without value")
                if not exp.startswith("https://"):
                    err(f"{key}: not a URL")
                # link sits on the same row as its value
                vc = index.get((f, "value", crit))
                if vc and openpyxl.utils.cell.coordinate_from_string(vc["cell"])[1] != cell.row:
                    err(f"{key}: link not on the row of its value")

for c in cells:
    if (c["file"], c["kind"], c["criterion"]) not in seen:
        err(f"cells.json entry without expected.json entry: {c}")

# ---- catalogue: ids exist, are org-level and used in 2024; shares agree with their counts
cat = {}
with open(str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv"), encoding="utf-8") as fh:
    for r in csv.DictReader(fh, delimiter="\t"):
        cat[r["id"]] = r
for e in expected:
    v = e["values"]
    for crit, x in v.items():
        r = cat.get(crit)
        if r is None:
            err(f"{e['file']}: unknown criterion {crit}"); continue
        if r["level"] != "org" or not r["wording_2024"]:
            err(f"{e['file']}: {crit} is not an org criterion of 2024")
        if r["unit"] == "yesno" and x not in (0, 1):
            err(f"{e['file']}: {crit} yes/no value {x!r}")
        if r["unit"] in ("count", "share", "level") and not isinstance(x, (int, float)):
            err(f"{e['file']}: {crit} not a number: {x!r}")
        if r["unit"] in ("text", "list") and not isinstance(x, str):
            err(f"{e['file']}: {crit} not a text: {x!r}")
    vv = dict(v)
    if "teachers_municipal" not in vv and "teachers_other" in vv and "young_specialists" in vv:
        vv["teachers_municipal"] = vv["teachers_other"] + vv["young_specialists"]
    if "young_specialists_municipal" not in vv and "young_specialists" in vv:
        vv["young_specialists_municipal"] = vv["young_specialists"]
    for crit, x in v.items():
        r = cat[crit]
        if r["unit"] != "share":
            continue
        num, den = r["operands"].split("/")
        try:
            n = sum(vv[t] for t in num.split("+"))
            d = sum(vv[t] for t in den.split("+"))
        except KeyError:
            continue
        if abs(100.0 * n / d - x) > 0.01:
            err(f"{e['file']}: {crit}={x} but counts give {100.0 * n / d:.2f}")
    for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                        ("young_specialists_mentors", "young_specialists"), ("teachers_mentors", "teachers_municipal")):
        if part in vv and whole in vv and vv[part] > vv[whole]:
            err(f"{e['file']}: {part} > {whole}")
    if "pp_total" in v:
        parts = sum(v.get(k, 0) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                           "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
        if parts > v["pp_total"]:
            err(f"{e['file']}: programme forms exceed pp_total")

if not (5 <= len(files) <= 8):
    err(f"{len(files)} files")
if not (150 <= n_vals <= 280):
    err(f"{n_vals} values")

print(f"files {len(files)}, forms {len(expected)}, values {n_vals}, links {n_links}")
if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print("selfcheck OK")
