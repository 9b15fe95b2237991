#!/usr/bin/env python3
"""heldout110 self-check: re-opens every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and checks that every expected value and link sits in the cell cells.json names, plus a few
checks of the layout (the rows really are out of the catalogue's order; the filter really hides rows).
Exits 1 on any mismatch."""
import datetime
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


# catalogue: order, units, wordings
ORDER, UNIT, WORDINGS = {}, {}, set()
with open(CRITERIA, encoding="utf-8") as fh:
    head = fh.readline().rstrip("\n").split("\t")
    for i, line in enumerate(fh):
        p = line.rstrip("\n").split("\t")
        if len(p) < len(head):
            p += [""] * (len(head) - len(p))
        row = dict(zip(head, p))
        ORDER[row["id"]] = i
        UNIT[row["id"]] = row["unit"]
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row[k].strip():
                WORDINGS.add(re.sub(r"\s+", " ", row[k]).strip().casefold())

expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

books = {}


def sheet(file, name):
    if file not in books:
        books[file] = openpyxl.load_workbook(HERE / file, data_only=True)
    return books[file][name]


def as_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (datetime.date, datetime.datetime)):
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    if isinstance(v, str):
        s = v.strip().replace("\u00a0", " ")
        low = s.casefold()
        if low in ("да", "есть", "имеется"):
            return 1
        if low in ("нет", "отсутствует"):
            return 0
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", s)
        if m:
            return float(m.group(1).replace(",", "."))
    return None


def items(s):
    return [x.strip() for x in re.split(r"[;\n]", s) if x.strip()]


def link_of(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    return str(cell.value).strip() if cell.value is not None else None


# 1. every cell of cells.json holds what it should ------------------------------------------------
for c in cells:
    ws = sheet(c["file"], c["sheet"])
    cell = ws[c["cell"]]
    exp = c["expected"]
    where = "%s!%s %s (%s)" % (c["file"], c["cell"], c["criterion"], c["kind"])
    if c["kind"] == "link":
        got = link_of(cell)
        if got != exp:
            err("%s: link %r != %r" % (where, got, exp))
    elif isinstance(exp, str):
        got = cell.value
        if not isinstance(got, str):
            err("%s: expected text, got %r" % (where, got))
        elif UNIT.get(c["criterion"]) == "list":
            if items(got) != items(exp):
                err("%s: list %r != %r" % (where, items(got), items(exp)))
        elif re.sub(r"\s+", " ", got).strip() != exp:
            err("%s: text %r != %r" % (where, got, exp))
    else:
        got = as_number(cell)
        if got is None or abs(got - exp) > 0.006:
            err("%s: value %r (cell %r) != %r" % (where, got, cell.value, exp))
    # the row title is where cells.json says, and it is not a catalogue wording copied verbatim
    t = ws[c["title_cell"]].value
    if t != c["row_title"]:
        err("%s: title cell %s holds %r, not %r" % (where, c["title_cell"], t, c["row_title"]))
    if re.sub(r"\s+", " ", str(t)).strip().casefold() in WORDINGS:
        err("%s: title copies a catalogue wording: %r" % (where, t))

# 2. expected.json and cells.json agree -----------------------------------------------------------
by_key = {}
for c in cells:
    k = (c["file"], c["sheet"], c["criterion"], c["kind"])
    if k in by_key:
        err("duplicate cells.json entry %r" % (k,))
    by_key[k] = c
n_values = n_links = 0
for form in expected:
    f, sh = form["file"], form["sheet"]
    if form["year"] != 2024:
        err("%s: year %r" % (f, form["year"]))
    for cid, v in form["values"].items():
        n_values += 1
        if cid not in UNIT:
            err("%s: %s is not in the catalogue" % (f, cid))
        c = by_key.get((f, sh, cid, "value"))
        if c is None or c["expected"] != v:
            err("%s: value of %s missing from cells.json or different" % (f, cid))
    for cid, u in form["links"].items():
        n_links += 1
        if cid not in form["values"]:
            err("%s: link for %s without a value" % (f, cid))
        c = by_key.get((f, sh, cid, "link"))
        if c is None or c["expected"] != u:
            err("%s: link of %s missing from cells.json or different" % (f, cid))
    ws = sheet(f, sh)
    texts = [str(x.value) for row in ws.iter_rows() for x in row if x.value is not None]
    for t in form["not_criteria"] + form["headings"]:
        if t not in texts:
            err("%s: row %r not found" % (f, t))
    if not any(form["organisation"] in t for t in texts):
        err("%s: organisation %r not named on the sheet" % (f, form["organisation"]))
    if not any("2024" in t for t in texts[:6]):
        err("%s: the year is not in the title rows" % f)
for c in cells:
    form = next((e for e in expected if e["file"] == c["file"] and e["sheet"] == c["sheet"]), None)
    if form is None or c["criterion"] not in form["values" if c["kind"] == "value" else "links"]:
        err("cells.json entry not in expected.json: %s %s %s" % (c["file"], c["criterion"], c["kind"]))

# 3. figures are consistent -----------------------------------------------------------------------
RATIOS = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["young_specialists_mentees", "teachers_other_mentees"],
                               ["young_specialists", "teachers_other"]),
    "share_teachers_mentors": (["teachers_mentors"], ["teachers_municipal"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
PARTS = [("mentees_10_19", "students_10_19"), ("students_15_19", "students_10_19"),
         ("mentors_15_19", "students_15_19"), ("young_specialists_mentees", "young_specialists"),
         ("teachers_other_mentees", "teachers_other"), ("young_specialists_mentors", "teachers_mentors"),
         ("mentors_15_19", "mentors_total"), ("teachers_mentors", "mentors_total"),
         ("mentees_10_19", "mentees_total"), ("pp_pupil_pupil", "pp_total"), ("pp_teacher_pupil", "pp_total")]
for form in expected:
    v = form["values"]
    for share, (num, den) in RATIOS.items():
        if share in v and all(k in v for k in num + den):
            calc = round(sum(v[k] for k in num) / sum(v[k] for k in den) * 100, 2)
            if abs(calc - v[share]) > 0.011:
                err("%s: %s = %s but parts give %s" % (form["file"], share, v[share], calc))
    for part, whole in PARTS:
        if part in v and whole in v and v[part] > v[whole]:
            err("%s: %s (%s) > %s (%s)" % (form["file"], part, v[part], whole, v[whole]))
    pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and sum(v[k] for k in pp) > v["pp_total"]:
        err("%s: the forms of PP add up to more than pp_total" % form["file"])

# 4. the layout: rows out of the catalogue's order (except the comparison form) ----------------
CATALOGUE_ORDER_FILE = "typed/SOSH11_CMN_2024.xlsx"
for form in expected:
    rows = sorted((int(re.sub(r"\D", "", c["cell"])), ORDER[c["criterion"]]) for c in cells
                  if c["file"] == form["file"] and c["kind"] == "value")
    seq = [o for _, o in rows]
    inversions = sum(1 for i in range(len(seq)) for j in range(i + 1, len(seq)) if seq[i] > seq[j])
    if form["file"] == CATALOGUE_ORDER_FILE:
        if inversions:
            err("%s should be in catalogue order (%d inversions)" % (form["file"], inversions))
    elif inversions < 20:
        err("%s: only %d inversions of the catalogue order" % (form["file"], inversions))

# sorted A→Я by title
ws = sheet("typed/SOSH4_monitoring_2024.xlsx", "Лист1")
titles = [ws.cell(r, 2).value for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value is not None]
keys = [re.sub(r"^[^0-9A-Za-zА-Яа-я]+", "", t.replace("ё", "е").replace("Ё", "Е")).casefold() for t in titles]
if keys != sorted(keys):
    err("SOSH4: titles are not sorted A→Я")

# sorted by value, largest first: texts, then numbers descending, then blanks
ws = sheet("typed/Gimnaziya1_CMN_2024.xlsx", "Мониторинг 2024")
kinds, nums = [], []
for r in range(5, ws.max_row + 1):
    v = ws.cell(r, 3).value
    if isinstance(v, str):
        kinds.append(0)
    elif v is None:
        kinds.append(2)
    else:
        kinds.append(1)
        nums.append(v.toordinal() - datetime.date(1899, 12, 30).toordinal()
                    if isinstance(v, (datetime.date, datetime.datetime)) else v)
if kinds != sorted(kinds) or nums != sorted(nums, reverse=True):
    err("Gimnaziya1: values are not sorted largest first")

# grouped by kind: the four group headings
ws = sheet("typed/Votsinskaya_SOSH2_nastavnichestvo.xlsx", "ЦМН")
groups = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value is None
          and ws.cell(r, 3).value is None and ws.cell(r, 2).value in
          ("Числовые показатели", "Наличие документов (да/нет)", "Доли, %", "Перечни")]
if groups != ["Числовые показатели", "Наличие документов (да/нет)", "Доли, %", "Перечни"]:
    err("SOSH2: group headings %r" % groups)

# the № column sorted as text
ws = sheet("typed/CDT_forma_OO_2024.xlsx", "Показатели")
nums_col = [str(ws.cell(r, 1).value) for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value is not None]
if nums_col != sorted(nums_col) or "2.10" not in nums_col:
    err("CDT: № column is not sorted as text")

# AutoFilter left on, rows hidden that still hold values
f5 = "typed/Kechevo_OOSH_2024.xlsx"
ws = sheet(f5, "Лист1")
if not ws.auto_filter.ref or not ws.auto_filter.filterColumn:
    err("Kechevo: no AutoFilter with a filter column")
hidden_rows = {r for r, d in ws.row_dimensions.items() if d.hidden}
hidden_values = [c for c in cells if c["file"] == f5 and c["kind"] == "value"
                 and int(re.sub(r"\D", "", c["cell"])) in hidden_rows]
if len(hidden_rows) < 10 or len(hidden_values) < 10:
    err("Kechevo: %d hidden rows, %d expected values in them" % (len(hidden_rows), len(hidden_values)))

files = sorted(p.name for p in (HERE / "typed").glob("*.xlsx"))
if len(files) != len({e["file"] for e in expected}):
    err("typed/ holds %d files, expected.json names %d" % (len(files), len({e['file'] for e in expected})))
if not (150 <= n_values <= 300):
    err("%d values, outside 150–300" % n_values)

for e in errors:
    print("FAIL:", e)
if errors:
    print("selfcheck FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("selfcheck OK: %d files, %d forms, %d values, %d links, %d cells checked (%d values in hidden rows)"
      % (len(files), len(expected), n_values, n_links, len(cells), len(hidden_values)))
