#!/usr/bin/env python3
"""heldout83 self-check. Re-opens every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and checks that every expected value and link of expected.json is in the cell cells.json names
(and that cells.json names nothing else), plus the rules of the set: schools give no municipal values, the
municipal form gives no organisation values, Раздел I of the schools holds no value outside not_criteria,
shares agree with their counts, parts ≤ wholes. Exit 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]  # Tests/Fixtures/matching/heldout83 → repository root
errors = []


def err(msg):
    errors.append(msg)


with open(ROOT / "Templates/criteria.tsv", encoding="utf-8") as fh:
    CAT = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
MUNI_LEVEL = {k for k, r in CAT.items() if r["level"] == "municipal"}
# org-level criteria whose municipal total the municipal office types in Раздел I
MUNI_TOTALS = {"orgs_total", "orgs_regulation_teachers", "orgs_regulation_students", "share_orgs_teachers_system",
               "share_orgs_students_system", "orgs_monitoring_order", "internal_monitoring_notes"}

expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

YESNO = {"да": 1, "нет": 0}
PLACEHOLDERS = {"—", "-", "–", "х", "x", "не заполняется", "см. формы оо"}


def norm_list(s):
    return "; ".join(p.strip() for p in re.split(r"[;\n]", s) if p.strip())


def read_value(cell, exp):
    v = cell.value
    if v is None:
        return None
    if isinstance(exp, str):
        return norm_list(v) if isinstance(v, str) else v
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        x = float(v)
        if "%" in (cell.number_format or ""):
            x *= 100
        return round(x, 2)
    s = str(v).strip().replace("\u00a0", " ").lower()
    if s in YESNO:
        return YESNO[s]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        return round(float(m.group(1).replace(",", ".")), 2)
    return s


def read_link(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    return cell.value


# ---- entries
if not 5 <= len({e["file"] for e in expected}) <= 8:
    err(f"{len(expected)} files, want 5–8")
nvalues = sum(len(e["values"]) for e in expected)
nlinks = sum(len(e["links"]) for e in expected)
if not 150 <= nvalues <= 300:
    err(f"{nvalues} values, want 150–300")

books = {}
exp_keys = {}
for e in expected:
    path = HERE / e["file"]
    if not path.exists():
        err(f"missing {e['file']}")
        continue
    books[e["file"]] = load_workbook(path, data_only=True)
    if e.get("year") != 2024:
        err(f"{e['file']}: year {e.get('year')}")
    if set(e["links"]) - set(e["values"]):
        err(f"{e['file']}: links without values {set(e['links']) - set(e['values'])}")
    for k, v in e["values"].items():
        if k not in CAT:
            err(f"{e['file']}: {k} not in catalogue")
            continue
        if e["organisation"] is None:
            if k not in MUNI_LEVEL and k not in MUNI_TOTALS:
                err(f"{e['file']}: municipal form gives organisation criterion {k}")
        elif k in MUNI_LEVEL:
            err(f"{e['file']}: school form gives municipal criterion {k}")
        exp_keys[(e["file"], k, "value")] = v
    for k, u in e["links"].items():
        exp_keys[(e["file"], k, "link")] = u

# ---- cells.json <-> expected.json, and each cell
seen = set()
for c in cells:
    key = (c["file"], c["criterion"], c["kind"])
    if key in seen:
        err(f"duplicate cell record {key}")
    seen.add(key)
    if key not in exp_keys:
        err(f"cells.json names {key}, not in expected.json")
        continue
    if exp_keys[key] != c["expected"]:
        err(f"{key}: cells.json expects {c['expected']!r}, expected.json {exp_keys[key]!r}")
    wb = books.get(c["file"])
    if wb is None:
        continue
    cell = wb[c["sheet"]][c["cell"]]
    if c["kind"] == "value":
        got = read_value(cell, c["expected"])
        exp = c["expected"]
        ok = (abs(got - exp) < 0.006) if isinstance(exp, (int, float)) and isinstance(got, (int, float)) \
            else got == exp
        if not ok:
            err(f"{c['file']} {c['sheet']}!{c['cell']} {c['criterion']}: read {got!r}, expected {exp!r}")
    else:
        got = read_link(cell)
        if got != c["expected"]:
            err(f"{c['file']} {c['sheet']}!{c['cell']} {c['criterion']} link: read {got!r}, expected "
                f"{c['expected']!r}")
for key in exp_keys:
    if key not in seen:
        err(f"expected {key} has no cell in cells.json")


# ---- sheet-level checks
def all_texts(wb):
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    out.append(cell.value)
    return out


for e in expected:
    wb = books.get(e["file"])
    if wb is None:
        continue
    texts = all_texts(wb)
    # organisation name: in a cell or in the file name
    if e["organisation"] is not None:
        stem = pathlib.Path(e["file"]).stem.replace("_", " ")
        if not any(e["organisation"] in t for t in texts) and e["organisation"] not in stem:
            err(f"{e['file']}: organisation {e['organisation']!r} neither in the sheet nor in the file name")
    else:
        if not any("Управление образования" in t for t in texts):
            err(f"{e['file']}: municipal office not named")
    for t in e["not_criteria"] + e["headings"]:
        if t not in texts:
            err(f"{e['file']}: not_criteria/heading {t!r} not typed")
    # the form's sections: find the value column and the Раздел I / II rows
    ws = wb.worksheets[0]
    hdr = None
    for row in ws.iter_rows(max_row=15):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("Значение"):
                hdr = cell
    if hdr is None:
        err(f"{e['file']}: no value column")
        continue
    vcol = hdr.column
    sec1 = sec2 = None
    for r in range(1, ws.max_row + 1):
        a = ws.cell(row=r, column=1).value
        if isinstance(a, str) and a.startswith("Раздел I."):
            sec1 = r
        if isinstance(a, str) and a.startswith("Раздел II."):
            sec2 = r
    if not sec1 or not sec2:
        err(f"{e['file']}: sections not found")
        continue
    for r in range(sec1 + 1, sec2):
        v = ws.cell(row=r, column=vcol).value
        title = ws.cell(row=r, column=2).value
        if v is None or (isinstance(v, str) and v.strip().lower() in PLACEHOLDERS):
            continue
        if e["organisation"] is not None and title not in e["not_criteria"]:
            err(f"{e['file']}: Раздел I row {r} has a value {v!r} but is not in not_criteria")
    for r in range(sec2 + 1, ws.max_row + 1):
        v = ws.cell(row=r, column=vcol).value
        if e["organisation"] is None and v is not None and v != "см. формы ОО":
            err(f"{e['file']}: municipal form has a value in Раздел II row {r}: {v!r}")

# ---- plausibility
SHARES = {
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
         ("young_specialists_mentors", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
         ("mentees_10_19", "mentees_total"), ("mentors_15_19", "mentors_total"),
         ("teachers_mentors", "mentors_total"), ("orgs_regulation_teachers", "orgs_total"),
         ("orgs_regulation_students", "orgs_total"), ("orgs_monitoring_order", "orgs_total"),
         ("internal_monitoring_notes", "orgs_total")]
for e in expected:
    v = e["values"]
    for s, (num, den) in SHARES.items():
        if s in v and all(k in v for k in num + den):
            want = round(100 * sum(v[k] for k in num) / sum(v[k] for k in den), 2)
            if abs(want - v[s]) > 0.011:
                err(f"{e['file']}: {s} {v[s]} ≠ {want}")
    for a, b in PARTS:
        if a in v and b in v and v[a] > v[b]:
            err(f"{e['file']}: {a} {v[a]} > {b} {v[b]}")
    pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
        err(f"{e['file']}: ППН forms do not add up")
    cats = [k for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                        "mentees_career", "mentees_other_params") if k in v]
    if "mentees_10_19" in v and sum(v[k] for k in cats) > v["mentees_10_19"]:
        err(f"{e['file']}: mentee categories exceed mentees 10–19")
# the schools' yes-answers never exceed the municipal counts
muni = [e for e in expected if e["organisation"] is None]
for m in muni:
    for k in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
              "internal_monitoring_notes"):
        n = sum(e["values"].get(k, 0) for e in expected if e["organisation"] is not None)
        if n > m["values"][k]:
            err(f"{k}: {n} schools say yes, municipality counts {m['values'][k]}")

print(f"{len(books)} files, {len(expected)} forms, {nvalues} values, {nlinks} links, {len(cells)} cell records")
if errors:
    for x in errors:
        print("MISMATCH:", x)
    sys.exit(1)
print("OK")
