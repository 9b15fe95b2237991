#!/usr/bin/env python3
"""heldout79 self-check: re-open every typed workbook with openpyxl (data_only=True) and check, on its own reading
rules, every expected value and link against the cell cells.json names; plus bookkeeping and arithmetic.
Exit 1 on any mismatch."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


CHECKED = re.compile(r"([☑☒])\s*(да|нет)", re.I)
PCT_TEXT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%\s*$")
COUNT_TEXT = re.compile(r"^\s*(\d+)\s*(чел\.|шт\.|ед\.|пар|практик|конкурс)?\s*$")
ZERO_WORDS = {"нет", "никто", "0"}


def read_value(cell):
    """What a careful reader takes from the cell (None if nothing)."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return int(v) if float(v).is_integer() else v
    s = str(v).strip()
    marks = CHECKED.findall(s)
    if marks:
        if len(marks) != 1:
            return ("ambiguous", s)
        return 1 if marks[0][1].lower() == "да" else 0
    m = PCT_TEXT.match(s)
    if m:
        return round(float(m.group(1).replace(",", ".")), 2)
    m = COUNT_TEXT.match(s)
    if m:
        return int(m.group(1))
    if s.lower() in ZERO_WORDS:
        return 0
    return s


def norm_list(s):
    parts = [p.strip() for p in re.split(r"[;\n]", s) if p.strip()]
    return "; ".join(parts)


def same(got, exp):
    if isinstance(exp, str):
        if not isinstance(got, str):
            return False
        return got == exp or ("; " in exp and norm_list(got) == exp)
    if isinstance(got, (int, float)):
        return abs(got - exp) < 1e-9
    return False


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

books = {}


def sheet(file, name):
    if file not in books:
        books[file] = load_workbook(HERE / file, data_only=True)
    return books[file][name]


def all_texts(ws):
    return {str(c.value).strip() for row in ws.iter_rows() for c in row if c.value is not None}


by_key = {}
for c in cells:
    k = (c["file"], c["kind"], c["criterion"])
    if k in by_key:
        err(f"duplicate cells.json entry {k}")
    by_key[k] = c

seen_cells = set()
n_values = n_links = 0
for form in expected:
    f = form["file"]
    if not (HERE / f).exists():
        err(f"missing file {f}")
        continue
    ws = sheet(f, form["sheet"])
    texts = all_texts(ws)
    if form["year"] != 2024:
        err(f"{f}: year")
    top = " ".join(str(c.value) for row in ws.iter_rows(max_row=6) for c in row if c.value is not None)
    if "2024" not in top:
        err(f"{f}: no 2024 in the title rows")
    org = form["organisation"]
    if org is None:
        if "Управление образования" not in top:
            err(f"{f}: municipal form without the department's name")
    elif org not in top and org not in pathlib.Path(f).name:
        err(f"{f}: organisation {org!r} neither in the header nor in the file name")
    for kind, d in (("value", form["values"]), ("link", form["links"])):
        for crit, exp in d.items():
            c = by_key.get((f, kind, crit))
            if c is None:
                err(f"{f}: no cells.json entry for {kind} {crit}")
                continue
            if c["expected"] != exp or c["sheet"] != form["sheet"]:
                err(f"{f}: cells.json and expected.json differ for {kind} {crit}")
            cell = ws[c["cell"]]
            if (f, c["sheet"], c["cell"]) in seen_cells:
                err(f"{f}: cell {c['cell']} used twice")
            seen_cells.add((f, c["sheet"], c["cell"]))
            if kind == "value":
                n_values += 1
                got = read_value(cell)
                if not same(got, exp):
                    err(f"{f}!{c['cell']} {crit}: read {got!r}, expected {exp!r}")
                t = ws[c["title_cell"]].value
                if t != c["title"]:
                    err(f"{f}!{c['title_cell']}: title differs")
            else:
                n_links += 1
                if cell.hyperlink is None or cell.hyperlink.target != exp:
                    err(f"{f}!{c['cell']} {crit}: hyperlink {getattr(cell.hyperlink, 'target', None)!r} != {exp!r}")
                shown = str(cell.value or "")
                if not shown or shown.startswith("http") or shown != c["shown"]:
                    err(f"{f}!{c['cell']} {crit}: shown text {shown!r} is not the document's title")
                if crit not in form["values"]:
                    err(f"{f}: link without value {crit}")
    for t in form["not_criteria"] + form["headings"]:
        if t not in texts:
            err(f"{f}: {t!r} not typed in the sheet")
    # arithmetic
    v = form["values"]

    def le(a, b):
        if a in v and b in v and v[a] > v[b]:
            err(f"{f}: {a}={v[a]} > {b}={v[b]}")

    for a, b in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                 ("students_15_19_in_programmes", "students_15_19"), ("mentors_15_19", "students_15_19_in_programmes"),
                 ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                 ("young_specialists_mentors", "young_specialists"), ("mentees_10_19", "mentees_total"),
                 ("mentors_15_19", "mentors_total"), ("teachers_mentors", "mentors_total"),
                 ("teachers_mentors", "teachers_municipal"), ("teachers_in_pp", "teachers_municipal")):
        le(a, b)
    pps = [x for x in v if x.startswith("pp_") and x != "pp_total"]
    if "pp_total" in v and sum(v[x] for x in pps) > v["pp_total"]:
        err(f"{f}: programme forms exceed pp_total")
    cats = [x for x in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                        "mentees_career", "mentees_other_params") if x in v]
    if "mentees_10_19" in v and sum(v[x] for x in cats) > v["mentees_10_19"]:
        err(f"{f}: mentee categories exceed mentees_10_19")
    if "teachers_municipal" in v and "teachers_other" in v and "young_specialists" in v:
        if v["teachers_municipal"] != v["teachers_other"] + v["young_specialists"]:
            err(f"{f}: teachers_municipal != teachers_other + young_specialists")
    tm = v.get("teachers_municipal")
    if tm is None and "teachers_other" in v and "young_specialists" in v:
        tm = v["teachers_other"] + v["young_specialists"]
    shares = {
        "share_mentees_10_19": (v.get("mentees_10_19"), v.get("students_10_19")),
        "share_mentors_15_19": (v.get("mentors_15_19"), v.get("students_15_19")),
        "share_young_specialists_mentees": (v.get("young_specialists_mentees"), v.get("young_specialists")),
        "share_teachers_mentees": ((v["teachers_other_mentees"] + v["young_specialists_mentees"])
                                   if "teachers_other_mentees" in v and "young_specialists_mentees" in v else None,
                                   tm),
        "share_teachers_mentors": (v.get("teachers_mentors"), tm),
        "share_young_specialists_mentors": (v.get("young_specialists_mentors"), v.get("young_specialists")),
    }
    for s, (num, den) in shares.items():
        if s in v:
            if num is None or not den:
                err(f"{f}: {s} given but its counts are not")
                continue
            if abs(v[s] - 100 * num / den) > 0.051:
                err(f"{f}: {s}={v[s]} but {num}/{den}={100 * num / den:.3f}")

# every cells.json entry belongs to an expected value or link
for c in cells:
    form = next((e for e in expected if e["file"] == c["file"]), None)
    d = form and (form["values"] if c["kind"] == "value" else form["links"])
    if not d or c["criterion"] not in d:
        err(f"cells.json entry without expected: {c['file']} {c['kind']} {c['criterion']}")

# criteria exist in the catalogue; the municipal form holds municipal criteria only
cat_path = next(p / "Templates/criteria.tsv" for p in HERE.parents if (p / "Templates/criteria.tsv").exists())
levels = {}
for line in cat_path.read_text(encoding="utf-8").splitlines()[1:]:
    parts = line.split("\t")
    levels[parts[0]] = parts[3]
for form in expected:
    for crit in form["values"]:
        if crit not in levels:
            err(f"{form['file']}: unknown criterion {crit}")
        elif (form["organisation"] is None) != (levels[crit] == "municipal"):
            err(f"{form['file']}: {crit} is level {levels[crit]}")

print(f"{len(expected)} forms, {n_values} values, {n_links} links checked")
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("selfcheck OK")
