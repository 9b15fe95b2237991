#!/usr/bin/env python3
"""Independent check of held-out set 53: re-reads every workbook with openpyxl and compares each expected
value and link (expected.json) with the cell named in cells.json.  Exit 1 on any mismatch."""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as fh:
        return json.load(fh)


expected = load("expected.json")
cells_doc = load("cells.json")
cells = cells_doc["cells"]

_books = {}


def book(file):
    if file not in _books:
        # data_only: formulas (file 07, re-saved by LibreOffice) are read through their cached values
        _books[file] = openpyxl.load_workbook(os.path.join(HERE, file), data_only=True)
    return _books[file]


def percent_format(fmt):
    fmt = re.sub(r'"[^"]*"', "", fmt or "")      # a quoted "%" is a literal sign, not a percent format
    fmt = re.sub(r"\\.", "", fmt)
    return "%" in fmt


def read_value(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if percent_format(c.number_format) else v
    s = str(v).strip()
    low = s.lower()
    if low in ("да", "имеется", "есть", "+"):
        return 1
    if low in ("нет", "отсутствует", "-"):
        return 0
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        return float(m.group(1).replace(",", "."))
    return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


# ---- 1. every cell record against its workbook ------------------------------------------------
for rec in cells:
    try:
        ws = book(rec["file"])[rec["sheet"]]
    except Exception as e:  # noqa: BLE001
        err(f"{rec['file']}: cannot open sheet {rec['sheet']}: {e}")
        continue
    c = ws[rec["cell"]]
    kind = rec["kind"]
    if kind == "value":
        got = read_value(c)
        if not same(got, rec["expected"]):
            err(f"{rec['file']} {rec['sheet']}!{rec['cell']} {rec['criterion']}: expected {rec['expected']!r}, got {got!r}")
    elif kind == "link":
        url = rec["expected"]
        target = c.hyperlink.target if c.hyperlink is not None else None
        if rec.get("how") == "hyperlink":
            if target != url:
                err(f"{rec['file']} {rec['sheet']}!{rec['cell']} link {rec['criterion']}: hyperlink {target!r} != {url!r}")
        elif c.value != url and target != url:
            err(f"{rec['file']} {rec['sheet']}!{rec['cell']} link {rec['criterion']}: {c.value!r} != {url!r}")
        if not re.match(r"https://", url or ""):
            err(f"{rec['file']} link {rec['criterion']} is not an https URL: {url!r}")
    elif kind == "organisation":
        if rec["expected"] not in str(c.value or ""):
            err(f"{rec['file']} {rec['sheet']}!{rec['cell']}: organisation {rec['expected']!r} not in {c.value!r}")
    elif kind == "year":
        if str(rec["expected"]) not in str(c.value or ""):
            err(f"{rec['file']} {rec['sheet']}!{rec['cell']}: year {rec['expected']} not in {c.value!r}")
    else:
        err(f"unknown cell kind {kind}")

# ---- 2. expected.json and cells.json describe the same values ---------------------------------
by_file = {}
for rec in cells:
    by_file.setdefault(rec["file"], []).append(rec)
for e in expected:
    recs = by_file.get(e["file"], [])
    vals = {r["criterion"]: r["expected"] for r in recs if r["kind"] == "value"}
    links = {r["criterion"]: r["expected"] for r in recs if r["kind"] == "link"}
    if vals != e["values"]:
        err(f"{e['file']}: values of expected.json and cells.json differ: "
            f"{set(vals.items()) ^ set(e['values'].items())}")
    if links != e["links"]:
        err(f"{e['file']}: links of expected.json and cells.json differ")
    if set(e["links"]) - set(e["values"]):
        err(f"{e['file']}: link without value: {set(e['links']) - set(e['values'])}")
    if e["year"] != 2024:
        err(f"{e['file']}: year {e['year']}")
    if not any(r["kind"] == "organisation" for r in recs):
        err(f"{e['file']}: organisation cell not recorded")
    if not os.path.exists(os.path.join(HERE, e["file"])):
        err(f"{e['file']}: missing")
    # decoys and headings must be texts of the workbook, and never criteria rows
    texts = set()
    for ws in book(e["file"]).worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    texts.add(c.value)
    for t in e["not_criteria"] + e["headings"]:
        if t not in texts:
            err(f"{e['file']}: decoy/heading text not found in workbook: {t!r}")
    crit_titles = {r["title"] for r in recs if r["kind"] == "value"}
    for t in e["not_criteria"]:
        if t in crit_titles:
            err(f"{e['file']}: {t!r} is both a criterion row and a decoy")

# ---- 3. totals ---------------------------------------------------------------------------------
files = {e["file"] for e in expected}
nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
if not 5 <= len(files) <= 8:
    err(f"{len(files)} files (5–8 wanted)")
if not 150 <= nv <= 280:
    err(f"{nv} values (150–280 wanted)")
on_disk = {"typed/" + n for n in os.listdir(os.path.join(HERE, "typed")) if n.endswith(".xlsx")}
if on_disk != files:
    err(f"typed/ holds {sorted(on_disk ^ files)} not matching expected.json")

# ---- 4. the catalogue: ids, units, consistency of shares and parts ------------------------------
cat = {}
if os.path.exists(CATALOGUE):
    with open(CATALOGUE, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            cat[row["id"]] = row
for e in expected:
    v = e["values"]
    for k, x in v.items():
        if cat and k not in cat:
            err(f"{e['file']}: unknown criterion {k}")
            continue
        if cat and not cat[k]["wording_2024"]:
            err(f"{e['file']}: {k} has no 2024 wording")
        unit = cat[k]["unit"] if cat else None
        if unit in ("count", "share", "level", "yesno") and not isinstance(x, (int, float)):
            err(f"{e['file']}: {k} should be a number, is {x!r}")
        if cat and cat[k]["aggregation"] == "count_yes" and x not in (0, 1):
            err(f"{e['file']}: {k} should be 0/1, is {x!r}")
        if unit in ("share", "level") and not 0 <= x <= 100:
            err(f"{e['file']}: {k}={x} outside 0..100")

    def ratio(num, den, share):
        if share in v and all(n in v for n in num + den):
            d = sum(v[n] for n in den)
            r = round(100 * sum(v[n] for n in num) / d, 2) if d else 0
            if abs(r - v[share]) > 0.011:
                err(f"{e['file']}: {share}={v[share]} but counts give {r}")

    ratio(["mentees_10_19"], ["students_10_19"], "share_mentees_10_19")
    ratio(["mentors_15_19"], ["students_15_19"], "share_mentors_15_19")
    ratio(["young_specialists_mentees"], ["young_specialists"], "share_young_specialists_mentees")
    ratio(["young_specialists_mentees", "teachers_other_mentees"], ["young_specialists", "teachers_other"],
          "share_teachers_mentees")
    ratio(["young_specialists_mentors"], ["young_specialists"], "share_young_specialists_mentors")
    den = ["teachers_municipal"] if "teachers_municipal" in v else ["young_specialists", "teachers_other"]
    ratio(["teachers_mentors"], den, "share_teachers_mentors")

    def parts(whole, items):
        have = [v[i] for i in items if i in v]
        if whole in v and sum(have) > v[whole]:
            err(f"{e['file']}: parts {items} sum {sum(have)} > {whole}={v[whole]}")

    parts("students_10_19", ["mentees_10_19"])
    parts("students_15_19", ["mentors_15_19"])
    parts("mentees_10_19", ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                            "mentees_career", "mentees_other_params"])
    parts("pp_total", ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                       "pp_student_pupil", "pp_teacher_pupil", "pp_other"])
    parts("mentors_total", ["mentors_15_19", "teachers_mentors", "external_edu_mentors", "enterprise_mentors",
                            "other_org_mentors"])
    parts("mentees_total", ["mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"])
    parts("young_specialists", ["young_specialists_mentees"])
    parts("young_specialists", ["young_specialists_mentors"])
    parts("teachers_other", ["teachers_other_mentees"])
    parts("teachers_municipal", ["young_specialists", "teachers_other"])
    if "teachers_municipal" in v and "young_specialists" in v and "teachers_other" in v and \
            v["teachers_municipal"] != v["young_specialists"] + v["teachers_other"]:
        err(f"{e['file']}: teachers_municipal != young_specialists + teachers_other")
    for pre, crit in (("agreements_enterprises", "enterprise_mentors"), ("agreements_edu_orgs", "external_edu_mentors"),
                      ("agreements_other_orgs", "other_org_mentors")):
        if pre in v and crit in v and (v[pre] == 0) != (v[crit] == 0):
            err(f"{e['file']}: {pre}={v[pre]} but {crit}={v[crit]}")

# ---- 5. wording: at most a third of the criterion rows copy the catalogue verbatim --------------
if cat:
    def norm(s):
        return re.sub(r"[^\w]+", " ", s.lower().replace("ё", "е")).strip()
    verbatim = total = 0
    for rec in cells:
        if rec["kind"] != "value":
            continue
        total += 1
        row = cat[rec["criterion"]]
        ws = {norm(row[k]) for k in ("wording_2023", "wording_2024", "form_wording") if row[k]}
        if norm(rec["title"]) in ws:
            verbatim += 1
    if verbatim * 3 > total:
        err(f"{verbatim} of {total} criterion rows copy the catalogue verbatim (more than a third)")
    print(f"verbatim catalogue wordings: {verbatim} of {total} criterion rows")

print(f"files={len(files)} forms={len(expected)} organisations={len({str(e['organisation']) for e in expected})} "
      f"values={nv} links={nl} cells={len(cells)}")
if errors:
    print("FAIL")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK: every expected value and link matches its cell")
