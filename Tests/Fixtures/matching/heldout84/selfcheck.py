#!/usr/bin/env python3
"""heldout84 self-check: re-open every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and check every expected value and link against the cell cells.json names; then check that
expected.json and cells.json name the same (file, criterion, kind) keys, and the plausibility of each form
(shares = part / whole, parts <= wholes, programme forms add up).  Exit 1 on any mismatch."""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
CRITERIA = ROOT / "Templates/criteria.tsv"

errors = []


def err(msg):
    errors.append(msg)


units = {}
with open(CRITERIA, encoding="utf-8") as fh:
    head = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        p = line.rstrip("\n").split("\t")
        if len(p) >= 3:
            units[p[0]] = dict(zip(head, p))["unit"]

expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

YES = {"да", "+", "1", "v", "д"}
NO = {"нет", "–", "-", "0", "н"}


def read_yesno(v, entry):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return int(v) if v in (0, 1) else None
    if isinstance(v, str):
        s = v.strip().lower()
        if s in YES:
            return 1
        if s in NO:
            return 0
        if s == "—" and entry.get("dash_means_no"):
            return 0
    return None


def read_number(v, cell):
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        x = float(v)
        if "%" in (cell.number_format or ""):
            x *= 100.0
        return x
    if isinstance(v, str):
        s = v.replace("\xa0", " ").replace("%", "").replace(" ", "").replace(",", ".")
        try:
            return float(s)
        except ValueError:
            return None
    return None


def read_list(v):
    if not isinstance(v, str):
        return None
    parts = [p.strip() for p in re.split(r"[;\n]", v) if p.strip()]
    return "; ".join(parts)


books = {}


def sheet(file, name):
    if file not in books:
        books[file] = openpyxl.load_workbook(HERE / file, data_only=True)
    wb = books[file]
    if name not in wb.sheetnames:
        err("%s: no sheet %r" % (file, name))
        return None
    return wb[name]


# ---- 1. every cell named in cells.json holds its expected value / link
for e in cells:
    ws = sheet(e["file"], e["sheet"])
    if ws is None:
        continue
    c = ws[e["cell"]]
    v = c.value
    crit, exp = e["criterion"], e["expected"]
    where = "%s!%s %s (%s)" % (e["file"], e["cell"], crit, e["kind"])
    if e["kind"] == "link":
        got = c.hyperlink.target if c.hyperlink is not None and c.hyperlink.target else v
        if got != exp:
            err("%s: link %r != %r" % (where, got, exp))
        continue
    unit = units.get(crit)
    if unit is None:
        err("%s: criterion not in criteria.tsv" % where)
        continue
    if e.get("read_as") == "yesno" or unit == "yesno":
        got = read_yesno(v, e)
        ok = got is not None and got == exp
    elif unit == "count":
        got = read_number(v, c)
        ok = got is not None and abs(got - exp) < 1e-9 and float(exp).is_integer()
    elif unit in ("share", "level"):
        got = read_number(v, c)
        ok = got is not None and abs(round(got, 2) - exp) < 0.005
    elif unit == "list":
        got = read_list(v)
        ok = got == exp
    else:
        got = v.strip() if isinstance(v, str) else v
        ok = got == exp
    if not ok:
        err("%s: cell %r read as %r, expected %r" % (where, v, got, exp))

# ---- 2. expected.json and cells.json name the same keys
keys_exp = set()
for f in expected:
    for crit in f["values"]:
        keys_exp.add((f["file"], crit, "value"))
    for crit in f["links"]:
        keys_exp.add((f["file"], crit, "link"))
    if not (HERE / f["file"]).exists():
        err("missing file %s" % f["file"])
    if f.get("year") != 2024:
        err("%s: year %r" % (f["file"], f.get("year")))
keys_cells = [(c["file"], c["criterion"], c["kind"]) for c in cells]
if len(keys_cells) != len(set(keys_cells)):
    err("cells.json names a key twice")
for k in keys_exp - set(keys_cells):
    err("expected.json key without a cell: %r" % (k,))
for k in set(keys_cells) - keys_exp:
    err("cells.json key not in expected.json: %r" % (k,))
for c in cells:
    f = next(x for x in expected if x["file"] == c["file"])
    src = f["values"] if c["kind"] == "value" else f["links"]
    if src.get(c["criterion"]) != c["expected"]:
        err("cells.json and expected.json disagree on %r" % ((c["file"], c["criterion"], c["kind"]),))
for f in expected:
    for crit, link in f["links"].items():
        if not str(link).startswith("https://"):
            err("%s %s: link %r" % (f["file"], crit, link))


# ---- 3. plausibility of each form
def share_check(f, share, num, den, label):
    v = f["values"]
    if share in v and num is not None and den:
        want = round(num * 100.0 / den, 2)
        if abs(want - v[share]) > 0.005:
            err("%s: %s = %r, but %s gives %.2f" % (f["file"], share, v[share], label, want))


for f in expected:
    v = f["values"]
    g = v.get
    teachers = g("teachers_municipal")
    if teachers is None and g("teachers_other") is not None and g("young_specialists") is not None:
        teachers = g("teachers_other") + g("young_specialists")
    if None not in (teachers, g("teachers_other"), g("young_specialists")):
        if teachers != g("teachers_other") + g("young_specialists"):
            err("%s: teachers %r != other + young" % (f["file"], teachers))
    share_check(f, "share_mentees_10_19", g("mentees_10_19"), g("students_10_19"), "mentees_10_19/students_10_19")
    share_check(f, "share_mentors_15_19", g("mentors_15_19"), g("students_15_19"), "mentors_15_19/students_15_19")
    share_check(f, "share_young_specialists_mentees", g("young_specialists_mentees"), g("young_specialists"),
                "young mentees/young")
    if g("young_specialists_mentees") is not None and g("teachers_other_mentees") is not None:
        share_check(f, "share_teachers_mentees", g("young_specialists_mentees") + g("teachers_other_mentees"),
                    teachers, "(young + other mentees)/teachers")
    share_check(f, "share_teachers_mentors", g("teachers_mentors"), teachers, "teacher mentors/teachers")
    share_check(f, "share_young_specialists_mentors", g("young_specialists_mentors"), g("young_specialists"),
                "young mentors/young")
    parts = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
             ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
             ("young_specialists_mentors", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
             ("teachers_mentors", "teachers_municipal"), ("teachers_in_pp", "teachers_municipal"),
             ("kpk_trained", "teachers_municipal"), ("mentees_10_19", "mentees_total"),
             ("mentors_15_19", "mentors_total"), ("teachers_mentors", "mentors_total")]
    for p in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
              "mentees_other_params"):
        parts.append((p, "mentees_10_19"))
    for p in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
              "pp_teacher_pupil", "pp_other"):
        parts.append((p, "pp_total"))
    for part, whole in parts:
        if g(part) is not None and g(whole) is not None and g(part) > g(whole):
            err("%s: %s %r > %s %r" % (f["file"], part, g(part), whole, g(whole)))
    pp = [g(p) for p in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                         "pp_student_pupil", "pp_teacher_pupil", "pp_other") if g(p) is not None]
    if g("pp_total") is not None and sum(pp) != g("pp_total"):
        err("%s: programme forms add up to %d, pp_total %d" % (f["file"], sum(pp), g("pp_total")))
    ment = [g(p) for p in ("teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors",
                           "other_org_mentors")]
    if None not in ment and g("mentors_total") is not None and sum(ment) != g("mentors_total"):
        err("%s: mentor groups add up to %d, mentors_total %d" % (f["file"], sum(ment), g("mentors_total")))
    for crit, val in v.items():
        u = units.get(crit)
        if u in ("share", "level") and not (0 <= val <= 100):
            err("%s: %s %r outside 0..100" % (f["file"], crit, val))

n_values = sum(len(f["values"]) for f in expected)
n_links = sum(len(f["links"]) for f in expected)
if errors:
    for e in errors:
        print("FAIL", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d files, %d forms, %d values, %d links, %d cells checked" % (
    len({f['file'] for f in expected}), len(expected), n_values, n_links, len(cells)))
