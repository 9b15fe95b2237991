#!/usr/bin/env python3
"""Re-open every typed file (openpyxl, data_only=True) and check every expected value and link in the cell that
cells.json names, plus the figures' consistency inside each form. Exit 1 on any mismatch."""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
errors = []


def err(msg):
    errors.append(msg)


units = {}
with open(CRITERIA, encoding="utf-8") as f:
    head = f.readline().rstrip("\n").split("\t")
    for line in f:
        p = line.rstrip("\n").split("\t")
        units[p[0]] = p[head.index("unit")]


def parse(typed, unit):
    t = typed.strip().lower()
    if unit == "yesno" or (unit == "count" and not t[:1].isdigit()):
        # an organisation answers a count_yes criterion with yes/no (1/0)
        if re.match(r"^(да|имеется|есть)\b", t):
            return 1
        if re.match(r"^(нет|отсутств)", t):
            return 0
        return None
    if unit == "count":
        m = re.match(r"^(\d+)(\s|$)", t)
        return int(m.group(1)) if m else None
    if unit in ("share", "level"):
        m = re.match(r"^(\d+(?:,\d+)?)\s?%$", t)
        return round(float(m.group(1).replace(",", ".")), 2) if m else None
    return typed  # list / text


def value_part(text, layout):
    """The value as the layout places it in the cell's text (never from the expected value)."""
    lines = text.split("\n")
    if layout == "nl":
        return lines[1] if len(lines) > 1 else None
    if layout == "vf":
        return lines[0]
    if layout in ("tab", "tab2"):
        first = lines[0]
        if "\t" not in first:
            return None
        return first.split("\t")[-1]
    if layout == "sp":
        m = re.match(r"^(.*?\S) {3,}(\S.*)$", lines[0])
        return m.group(2) if m else None
    return None


cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
books = {}
seen = {}
for c in cells:
    path = HERE / c["file"]
    if c["file"] not in books:
        books[c["file"]] = openpyxl.load_workbook(path, data_only=True)
    ws = books[c["file"]][c["sheet"]]
    cell = ws[c["cell"]]
    text = cell.value
    where = f'{c["file"]} {c["cell"]} {c["criterion"]} {c["kind"]}'
    if not isinstance(text, str):
        err(f"{where}: cell is not text: {text!r}")
        continue
    if c["kind"] == "value":
        vp = value_part(text, c["layout"])
        if vp is None or vp != c["typed"]:
            err(f"{where}: value part {vp!r} != typed {c['typed']!r}")
            continue
        if c["title"] not in text:
            err(f"{where}: title not in cell")
        got = parse(vp, units[c["criterion"]])
        if got != c["expected"]:
            err(f"{where}: parsed {got!r} != expected {c['expected']!r}")
        seen.setdefault(c["file"], {}).setdefault("values", {})[c["criterion"]] = got
    else:
        if c["where"] == "hyperlink":
            got = cell.hyperlink.target if cell.hyperlink else None
        else:
            lines = text.split("\n")
            got = lines[-1] if lines[-1].startswith("http") else None
        if got != c["expected"]:
            err(f"{where}: link {got!r} != {c['expected']!r}")
        seen.setdefault(c["file"], {}).setdefault("links", {})[c["criterion"]] = got

# expected.json agrees with what was read
for e in expected:
    s = seen.get(e["file"], {})
    if s.get("values", {}) != e["values"]:
        err(f'{e["file"]}: values in expected.json differ from the cells read')
    if s.get("links", {}) != e["links"]:
        err(f'{e["file"]}: links in expected.json differ from the cells read')
    if e["year"] != 2024 or not e["organisation"]:
        err(f'{e["file"]}: year/organisation')
    # the organisation and the year are in the title block
    wb = books[e["file"]]
    top = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows(max_row=4) for c in row if c.value)
    if e["organisation"] not in top or "2024" not in top:
        err(f'{e["file"]}: organisation or year not in the title block')
    # not_criteria and headings exist as typed
    alltext = "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)
    for t in e["not_criteria"] + e["headings"]:
        if t not in alltext:
            err(f'{e["file"]}: {t!r} not found')

    # consistency of the figures
    v = e["values"]

    def g(k):
        return v.get(k)

    def le(parts, whole, eq=False):
        ps = [g(p) for p in parts if g(p) is not None]
        if g(whole) is None or not ps:
            return
        if sum(ps) > g(whole) or (eq and sum(ps) != g(whole)):
            err(f'{e["file"]}: {parts} = {sum(ps)} vs {whole} = {g(whole)}')

    le(["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
        "mentees_other_params"], "mentees_10_19")
    le(["mentees_10_19"], "students_10_19")
    le(["mentors_15_19"], "students_15_19")
    le(["young_specialists_mentees"], "young_specialists")
    le(["young_specialists_mentors"], "young_specialists")
    le(["young_specialists_mentors"], "teachers_mentors")
    le(["teachers_other_mentees"], "teachers_other")
    le(["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
        "pp_teacher_pupil", "pp_other"], "pp_total")
    le(["teachers_mentors", "mentors_15_19", "external_edu_mentors", "other_org_mentors", "enterprise_mentors"],
       "mentors_total")
    le(["mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"], "mentees_total")

    def ratio(share, num, den):
        if g(share) is None:
            return
        n = sum(g(x) or 0 for x in num)
        d = sum(g(x) or 0 for x in den)
        if any(g(x) is None for x in num + den) or d == 0:
            return
        if abs(100 * n / d - g(share)) > 0.051:
            err(f'{e["file"]}: {share} {g(share)} vs {n}/{d} = {100 * n / d:.3f}')

    ratio("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
    ratio("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
    ratio("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
    ratio("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
          ["teachers_other", "young_specialists"])
    ratio("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"])
    ratio("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
    for k, x in v.items():
        if k not in units:
            err(f'{e["file"]}: unknown criterion {k}')

nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
if errors:
    print("\n".join(errors))
    print(f"selfcheck FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"selfcheck OK: {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, "
      f"{len(cells)} cells checked")
