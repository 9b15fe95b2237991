#!/usr/bin/env python3
"""heldout82 self-check: re-open every typed workbook with openpyxl (data_only=True) and check that every expected
value and link of expected.json is in the cell cells.json names (and that cells.json names nothing else).
Also checks the plausibility rules of the set. Exit 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
errors = []


def err(msg):
    errors.append(msg)


with open(ROOT / "Templates/criteria.tsv", encoding="utf-8") as fh:
    CAT = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}

expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

YESNO = {"имеется": 1, "да": 1, "не имеется": 0, "нет": 0}


def split_list(s):
    return "; ".join(p.strip() for p in re.split(r"[;\n]", s) if p.strip())


def read_value(v, exp):
    """What a careful reader takes from the cell, in the form of expected.json."""
    if v is None:
        return None
    if isinstance(exp, str):
        return split_list(str(v)) if isinstance(v, str) else v
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return round(float(v), 2)
    s = str(v).strip().replace("\u00a0", " ")
    if s.lower() in YESNO:
        return YESNO[s.lower()]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(%|чел\.?)?", s)
    if m:
        return round(float(m.group(1).replace(",", ".")), 2)
    return s


# ---- the entries as keys
exp_keys = {}
files = set()
for en in expected:
    if en.get("year") != 2024:
        err(f"{en['file']}: year {en.get('year')}")
    files.add(en["file"])
    orgs = en["organisation"]
    if isinstance(orgs, list):
        if not (isinstance(en["values"], list) and len(en["values"]) == len(orgs) and len(en["links"]) == len(orgs)):
            err(f"{en['file']}: list entry lengths differ")
            continue
        pairs = [(orgs[i], en["values"][i], en["links"][i]) for i in range(len(orgs))]
    else:
        pairs = [(orgs, en["values"], en["links"])]
    for org, vals, links in pairs:
        for crit, v in vals.items():
            if crit not in CAT:
                err(f"unknown criterion {crit}")
            exp_keys[(en["file"], org, crit, "value")] = v
        for crit, u in links.items():
            if crit not in CAT:
                err(f"unknown criterion {crit}")
            if not str(u).startswith("http"):
                err(f"link is no URL: {u}")
            exp_keys[(en["file"], org, crit, "link")] = u

cell_keys = {}
for c in cells:
    k = (c["file"], c["organisation"], c["criterion"], c["kind"])
    if k in cell_keys:
        err(f"two cells for {k}")
    cell_keys[k] = c
for k in exp_keys:
    if k not in cell_keys:
        err(f"no cell for expected {k}")
    elif cell_keys[k]["expected"] != exp_keys[k]:
        err(f"cells.json and expected.json differ for {k}: {cell_keys[k]['expected']!r} vs {exp_keys[k]!r}")
for k in cell_keys:
    if k not in exp_keys:
        err(f"cell not in expected.json: {k}")

# ---- the workbooks
typed = {str(p.relative_to(HERE)) for p in (HERE / "typed").glob("*.xlsx")}
if typed != files:
    err(f"typed files {sorted(typed)} differ from expected files {sorted(files)}")
books = {}
checked_v = checked_l = 0
for c in cells:
    f = c["file"]
    if f not in books:
        books[f] = load_workbook(HERE / f, data_only=True)
    wb = books[f]
    if c["sheet"] not in wb.sheetnames:
        err(f"{f}: no sheet {c['sheet']}")
        continue
    cell = wb[c["sheet"]][c["cell"]]
    if c["kind"] == "value":
        got = read_value(cell.value, c["expected"])
        exp = c["expected"]
        ok = got == exp if isinstance(exp, str) else (got is not None and not isinstance(got, str)
                                                       and abs(got - exp) < 0.005)
        if not ok:
            err(f"{f} {c['sheet']}!{c['cell']} {c['criterion']}: cell {cell.value!r} -> {got!r}, expected {exp!r}")
        checked_v += 1
    else:
        if c.get("via") == "hyperlink":
            got = cell.hyperlink.target if cell.hyperlink is not None else None
        else:
            got = str(cell.value).strip() if cell.value is not None else None
        if got != c["expected"]:
            err(f"{f} {c['sheet']}!{c['cell']} link {c['criterion']}: {got!r} != {c['expected']!r}")
        if "merged" in c:
            rngs = [str(r) for r in wb[c["sheet"]].merged_cells.ranges]
            if c["merged"] not in rngs:
                err(f"{f}: {c['merged']} is not merged")
        checked_l += 1

# ---- organisation names are in their files
for en in expected:
    wb = books.get(en["file"]) or load_workbook(HERE / en["file"], data_only=True)
    texts = set()
    sheets = [wb[en["sheet"]]] if "sheet" in en else wb.worksheets
    for ws in sheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    texts.add(cell.value.strip())
    orgs = en["organisation"] if isinstance(en["organisation"], list) else [en["organisation"]]
    for o in orgs:
        if o is not None and o not in texts:
            err(f"{en['file']}: organisation {o!r} not typed in a cell")
    for h in en["headings"]:
        if h not in texts:
            err(f"{en['file']}: heading {h!r} not typed in a cell")

# ---- plausibility
def share_ok(v, part, whole, name):
    if part in v and whole in v and name in v:
        if abs(round(100 * v[part] / v[whole], 2) - v[name]) > 0.005:
            err(f"share {name} = {v[name]} but {v[part]}/{v[whole]}")


municipal = [en for en in expected if en["organisation"] is None]
per_school = [en for en in expected if isinstance(en["organisation"], list)]
forms = [en for en in expected if isinstance(en["organisation"], str)]
for en in municipal + forms:
    v = en["values"]
    share_ok(v, "teachers_mentors", "teachers_municipal", "share_teachers_mentors")
    share_ok(v, "mentees_10_19", "students_10_19", "share_mentees_10_19")
    for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"),
                        ("teachers_other_mentees", "teachers_other"), ("teachers_mentors", "teachers_municipal"),
                        ("young_specialists_municipal", "teachers_municipal"),
                        ("orgs_regulation_students", "orgs_total"), ("orgs_regulation_teachers", "orgs_total"),
                        ("mentees_10_19", "mentees_total"), ("teachers_mentors", "mentors_total")]:
        if part in v and whole in v and v[part] > v[whole]:
            err(f"{en['file']}: {part} {v[part]} > {whole} {v[whole]}")
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    if all(k in v for k in cats) and sum(v[k] for k in cats) != v["mentees_10_19"]:
        err(f"{en['file']}: mentee categories do not sum")
    pps = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil", "pp_other"]
    if "pp_total" in v and sum(v.get(k, 0) for k in pps) != v["pp_total"]:
        err(f"{en['file']}: programmes do not sum")
    if "teachers_municipal" in v and "young_specialists" in v and "teachers_other" in v:
        if v["young_specialists"] + v["teachers_other"] != v["teachers_municipal"]:
            err(f"{en['file']}: teachers do not add up")
for ps in per_school:
    m = next(en for en in municipal if en["file"] == ps["file"])["values"]
    for crit in ("curators_total", "orgs_regulation_teachers", "orgs_regulation_students",
                 "internal_monitoring_notes", "mentors_total"):
        s = sum(v[crit] for v in ps["values"])
        if s != m[crit]:
            err(f"per-school sum of {crit} {s} != municipal {m[crit]}")
    if m["orgs_total"] != len(ps["organisation"]):
        err("orgs_total differs from the per-school list")
    # the organisations' own forms agree with their rows of the per-school sheet
    for en in forms:
        short = en["organisation"].replace("МБОУ ", "").replace("МБУ ДО ", "").strip("«»")
        short = short.replace("Дом детского творчества", "ДДТ")
        if short not in ps["organisation"]:
            err(f"{en['organisation']} not on the per-school sheet")
            continue
        row = ps["values"][ps["organisation"].index(short)]
        for crit, v in row.items():
            if en["values"].get(crit) != v:
                err(f"{en['organisation']}: {crit} {en['values'].get(crit)} vs per-school {v}")

nvals = sum(sum(len(x) for x in en["values"]) if isinstance(en["values"], list) else len(en["values"])
            for en in expected)
nlinks = sum(sum(len(x) for x in en["links"]) if isinstance(en["links"], list) else len(en["links"])
             for en in expected)
if not 5 <= len(files) <= 8:
    err(f"{len(files)} files")
if not 150 <= nvals <= 300:
    err(f"{nvals} values")

print(f"files={len(files)} entries={len(expected)} values={nvals} links={nlinks} "
      f"cells checked: {checked_v} values, {checked_l} links")
if errors:
    for e in errors:
        print("MISMATCH:", e)
    sys.exit(1)
print("selfcheck OK")
