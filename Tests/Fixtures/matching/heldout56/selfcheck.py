#!/usr/bin/env python3
"""Independent check of set 56: re-reads every workbook with openpyxl and compares each expected value and
link with its cell (as located in cells.json); then checks the set's own consistency rules. Exit 1 on failure."""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(cell):
    """Cell -> value under the set's conventions (yes/no -> 1/0, shares/levels -> per cent number)."""
    v = cell.value
    fmt = cell.number_format or ""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in fmt:
            return round(v * 100, 4)
        return v
    if isinstance(v, str):
        t = v.strip()
        low = t.lower()
        if low in ("да", "yes"):
            return 1
        if low in ("нет", "no"):
            return 0
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", t)
        if m:
            x = float(m.group(1).replace(",", "."))
            return int(x) if x.is_integer() else x
        return t
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

# --- every cells.json record matches its workbook cell and expected.json -------------------------
books = {}
by_key = {}
for rec in cells:
    key = (rec["file"], rec["kind"], rec["criterion"])
    if key in by_key:
        err(f"duplicate cell record {key}")
    by_key[key] = rec
    path = os.path.join(HERE, rec["file"])
    if path not in books:
        books[path] = load_workbook(path)
    ws = books[path][rec["sheet"]]
    got = norm(ws[rec["cell"]])
    if not same(got, rec["expected"]):
        err(f"{rec['file']} {rec['cell']} {rec['criterion']}: cell gives {got!r}, expected {rec['expected']!r}")

files_seen = set()
for e in expected:
    files_seen.add(e["file"])
    if e["year"] != 2024:
        err(f"{e['file']}: year {e['year']}")
    if not os.path.exists(os.path.join(HERE, e["file"])):
        err(f"missing file {e['file']}")
    for kind, d in (("value", e["values"]), ("link", e["links"])):
        for crit, val in d.items():
            rec = by_key.get((e["file"], kind, crit))
            if rec is None:
                err(f"{e['file']}: no cell for {kind} {crit}")
            elif not same(rec["expected"], val):
                err(f"{e['file']}: {kind} {crit} expected.json {val!r} != cells.json {rec['expected']!r}")
for (f, kind, crit) in by_key:
    ent = [e for e in expected if e["file"] == f]
    if not ent or crit not in ent[0]["values" if kind == "value" else "links"]:
        err(f"cells.json record {f} {kind} {crit} not in expected.json")

# --- organisation names appear in the file (title line / ОО: cell) or, failing that, in the file name ------
for e in expected:
    wb = load_workbook(os.path.join(HERE, e["file"]))
    texts = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    org = e["organisation"]
    if not any(org in t for t in texts) and org not in os.path.basename(e["file"]):
        err(f"{e['file']}: organisation {org!r} not found in the file nor its name")

# --- criteria ids exist in the catalogue (read-only use of the allowed criteria.tsv) ----------
cat = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
if os.path.exists(cat):
    ids = {line.split("\t")[0] for line in open(cat, encoding="utf-8").read().splitlines()[1:] if line}
    for e in expected:
        for crit in list(e["values"]) + list(e["links"]):
            if crit not in ids:
                err(f"{e['file']}: unknown criterion {crit}")

# --- totals ---------------------------------------------------------------------------------------
nfiles = len(files_seen)
nvalues = sum(len(e["values"]) for e in expected)
nlinks = sum(len(e["links"]) for e in expected)
if not (6 <= nfiles <= 8):
    err(f"{nfiles} files (brief 6–9, spec 5–8)")
if not (150 <= nvalues <= 280):
    err(f"{nvalues} values outside 150–280")

# --- per school: merge the files, no conflicting values, links-only files point at values elsewhere ----------
SCHOOL = {
    "typed/СОШ_7_раздел_1-4.xlsx": "A", "typed/СОШ7 (наставники).xlsx": "A",
    "typed/сош 7 ссылки на документы.xlsx": "A",
    "typed/Гимназия2_наставляемые_и_пары.xlsx": "B", "typed/гимназия 2 кадры и документы.xlsx": "B",
    "typed/Лицей1_показатели.xlsx": "C", "typed/Лицей 1 - ссылки.xlsx": "C",
    "typed/Никольская СОШ_мониторинг_2024.xlsx": "D",
}
LINKS_ONLY = {"typed/сош 7 ссылки на документы.xlsx", "typed/Лицей 1 - ссылки.xlsx"}
if set(SCHOOL) != files_seen:
    err(f"file list differs: {sorted(files_seen ^ set(SCHOOL))}")
merged = {}
overlaps = []
for e in expected:
    s = SCHOOL.get(e["file"])
    m = merged.setdefault(s, {})
    for crit, v in e["values"].items():
        if crit in m:
            overlaps.append((s, crit, v, m[crit]))
            if not same(v, m[crit]):
                err(f"school {s}: conflicting values for {crit}: {v!r} vs {m[crit]!r}")
        m[crit] = v
for e in expected:
    if e["file"] in LINKS_ONLY:
        if e["values"]:
            err(f"{e['file']}: a links-only file has values")
        for crit in e["links"]:
            if crit not in merged[SCHOOL[e["file"]]]:
                err(f"{e['file']}: link for {crit} whose value is in no file of the school")
if [(s, c) for s, c, *_ in overlaps] != [("B", "mentors_total")]:
    err(f"overlaps should be exactly B/mentors_total, got {overlaps}")


def pct(a, b):
    return round(100 * a / b, 2) if b else 0


for s, m in merged.items():
    g = m.get
    checks = [("share_mentees_10_19", "mentees_10_19", "students_10_19"),
              ("share_mentors_15_19", "mentors_15_19", "students_15_19"),
              ("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists"),
              ("share_young_specialists_mentors", "young_specialists_mentors", "young_specialists")]
    for sh, num, den in checks:
        if sh in m and not same(m[sh], pct(m[num], m[den])):
            err(f"school {s}: {sh}={m[sh]} but {num}/{den}={pct(m[num], m[den])}")
    if "share_teachers_mentees" in m:
        v = pct(g("teachers_other_mentees") + g("young_specialists_mentees"), g("teachers_other") + g("young_specialists"))
        if not same(m["share_teachers_mentees"], v):
            err(f"school {s}: share_teachers_mentees {m['share_teachers_mentees']} vs {v}")
    if "share_teachers_mentors" in m:
        v = pct(g("teachers_mentors"), g("teachers_other") + g("young_specialists"))
        if not same(m["share_teachers_mentors"], v):
            err(f"school {s}: share_teachers_mentors {m['share_teachers_mentors']} vs {v}")
    forms = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
             "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    if "pp_total" in m and sum(m[k] for k in forms) != m["pp_total"]:
        err(f"school {s}: pp forms do not sum to pp_total")
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    if "mentees_10_19" in m:
        if sum(m[k] for k in cats) != m["mentees_10_19"] or m["mentees_10_19"] > m["students_10_19"]:
            err(f"school {s}: mentee categories inconsistent")
    for part, whole in [("mentors_15_19", "students_15_19"), ("students_15_19_in_programmes", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"),
                        ("teachers_other_mentees", "teachers_other"),
                        ("young_specialists_mentors", "young_specialists")]:
        if part in m and whole in m and m[part] > m[whole]:
            err(f"school {s}: {part} > {whole}")
    if "mentees_total" in m and "mentees_10_19" in m:
        if m["mentees_total"] != m["mentees_10_19"] + g("young_specialists_mentees") + g("teachers_other_mentees"):
            err(f"school {s}: mentees_total inconsistent")
    if "mentors_total" in m and "mentors_15_19" in m:
        ext = g("external_edu_mentors") + g("iro_mentors") + g("other_org_mentors") + g("enterprise_mentors")
        if m["mentors_total"] != m["mentors_15_19"] + g("teachers_mentors") + ext:
            err(f"school {s}: mentors_total inconsistent")

print(f"files={nfiles} organisations(schools)={len(merged)} entries={len(expected)} values={nvalues} links={nlinks}")
if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("selfcheck OK")
