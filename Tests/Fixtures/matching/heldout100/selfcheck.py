#!/usr/bin/env python3
"""Independent check of heldout100: re-opens every typed file (data_only=True) and checks that every
expected value and link sits in the cell cells.json names; also that expected.json and cells.json agree
and that the figures are consistent (shares = part / whole, parts <= wholes). Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
errors = []

YES = {"да", "есть", "имеется", "1"}
NO = {"нет", "отсутствует", "0"}


def as_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return float(v)
    if isinstance(v, str):
        s = v.strip().lower()
        if s in YES:
            return 1.0
        if s in NO:
            return 0.0
        s = s.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
        if re.fullmatch(r"-?\d+(\.\d+)?", s):
            return float(s)
    return None


def link_of(cell):
    out = []
    if isinstance(cell.value, str):
        out.append(cell.value.strip())
    if cell.hyperlink is not None and cell.hyperlink.target:
        out.append(cell.hyperlink.target.strip())
    return out


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

books = {}
for c in cells:
    if c["file"] not in books:
        books[c["file"]] = load_workbook(HERE / c["file"], data_only=True)
    wb = books[c["file"]]
    if c["sheet"] not in wb.sheetnames:
        errors.append(f"{c['file']}: no sheet {c['sheet']}")
        continue
    cell = wb[c["sheet"]][c["cell"]]
    exp = c["expected"]
    where = f"{c['file']}!{c['sheet']}!{c['cell']} ({c['criterion']}, {c['kind']})"
    if c["kind"] == "link":
        if exp not in link_of(cell):
            errors.append(f"{where}: link {exp!r} not in {link_of(cell)!r}")
    elif isinstance(exp, str):
        if not isinstance(cell.value, str) or cell.value.strip() != exp:
            errors.append(f"{where}: text {cell.value!r} != {exp!r}")
    else:
        got = as_number(cell)
        if got is None or abs(round(got, 2) - exp) > 0.005:
            errors.append(f"{where}: value {cell.value!r} (fmt {cell.number_format}) != {exp!r}")

# expected.json <-> cells.json
index = {}
for c in cells:
    key = (c["file"], c["criterion"], c["kind"])
    if key in index:
        errors.append(f"duplicate cell entry {key}")
    index[key] = c["expected"]
seen = set()
for e in expected:
    for kind, d in (("value", e["values"]), ("link", e["links"])):
        for crit, v in d.items():
            key = (e["file"], crit, kind)
            seen.add(key)
            if key not in index:
                errors.append(f"{key} in expected.json but not in cells.json")
            elif index[key] != v:
                errors.append(f"{key}: expected.json {v!r} != cells.json {index[key]!r}")
    for crit in e["links"]:
        if crit not in e["values"]:
            errors.append(f"{e['file']}: link without value for {crit}")
    if e["year"] != 2024:
        errors.append(f"{e['file']}: year {e['year']}")
for key in index:
    if key not in seen:
        errors.append(f"{key} in cells.json but not in expected.json")
files = {e["file"] for e in expected}
for f in files:
    if not (HERE / f).exists():
        errors.append(f"missing {f}")

# criteria ids exist in the catalogue
tsv = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
if tsv.exists():
    ids = {line.split("\t")[0] for line in tsv.read_text(encoding="utf-8").splitlines()[1:] if line.strip()}
    for e in expected:
        for crit in list(e["values"]) + list(e["links"]):
            if crit not in ids:
                errors.append(f"{e['file']}: unknown criterion {crit}")

# consistency of figures
RATIOS = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                               ["teachers_other", "young_specialists"]),
    "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
    "share_orgs_teachers_system": (["orgs_regulation_teachers"], ["orgs_total"]),
    "share_orgs_students_system": (["orgs_regulation_students"], ["orgs_total"]),
}
PARTS = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
         ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
         ("teachers_other_mentees", "teachers_other"), ("young_specialists_mentors", "young_specialists"),
         ("mentees_10_19", "mentees_total"), ("mentors_15_19", "mentors_total"),
         ("teachers_mentors", "mentors_total")]
PP = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
      "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
CATS = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
        "mentees_other_params"]
for e in expected:
    v = e["values"]
    for share, (num, den) in RATIOS.items():
        if share in v and all(k in v for k in num + den):
            want = round(sum(v[k] for k in num) / sum(v[k] for k in den) * 100, 2)
            if abs(want - v[share]) > 0.005:
                errors.append(f"{e['file']}: {share}={v[share]} but parts give {want}")
    for part, whole in PARTS:
        if part in v and whole in v and v[part] > v[whole]:
            errors.append(f"{e['file']}: {part}={v[part]} > {whole}={v[whole]}")
    if "pp_total" in v and any(k in v for k in PP):
        if sum(v.get(k, 0) for k in PP) != v["pp_total"]:
            errors.append(f"{e['file']}: pp forms do not add up to pp_total")
    if "mentees_10_19" in v and sum(v.get(k, 0) for k in CATS) > v["mentees_10_19"]:
        errors.append(f"{e['file']}: categories exceed mentees_10_19")
    for k in ("satisfaction_mentees", "satisfaction_mentors"):
        if k in v and not (0 <= v[k] <= 100):
            errors.append(f"{e['file']}: {k} out of range")

nvals = sum(len(e["values"]) for e in expected)
nlinks = sum(len(e["links"]) for e in expected)
for err in errors:
    print("FAIL", err)
if errors:
    print(f"selfcheck: {len(errors)} problem(s)")
    sys.exit(1)
print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nvals} values, {nlinks} links, "
      f"{len(cells)} cells checked")
