#!/usr/bin/env python3
"""Self-check of held-out set 59 (independent of make_typed.py).

Re-reads every workbook with openpyxl and checks
  * every value and link of expected.json against its cell recorded in cells.json
    (cell text normalised the way a methodologist reads it: да/имеется → 1,
    нет/отсутствует → 0, «23,3%» → 23.3, a number in a percent format × 100);
  * that expected.json and cells.json describe the same values and links;
  * plausibility: parts not larger than wholes, shares consistent with counts,
    totals of personalised programmes;
  * the file oddities the set is about (xlsm content type, active sheets,
    empty «Лист1», letter sheets, sub-folders, upper-case extension).
Exits 1 on any mismatch.
"""
import json
import os
import re
import sys
import zipfile

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    s = str(v).strip()
    low = s.lower()
    if low in ("да", "имеется", "есть"):
        return 1
    if low in ("нет", "отсутствует"):
        return 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", s)
    if m:
        return float(m.group(1).replace(",", "."))
    return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]

books = {}


def book(rel):
    if rel not in books:
        books[rel] = load_workbook(os.path.join(HERE, rel))
    return books[rel]


# ---------------------------------------------------------------- cells
seen_values = {}
seen_links = {}
for c in cells:
    path = os.path.join(HERE, c["file"])
    if not os.path.isfile(path):
        err(f"missing file {c['file']}")
        continue
    wb = book(c["file"])
    if c["sheet"] not in wb.sheetnames:
        err(f"{c['file']}: no sheet {c['sheet']}")
        continue
    cell = wb[c["sheet"]][c["cell"]]
    if c["kind"] == "value":
        got = norm(cell)
        if not same(got, c["expected"]):
            err(f"{c['file']}!{c['sheet']}!{c['cell']} {c['criterion']}: cell {got!r} != {c['expected']!r}")
        seen_values[(c["file"], c["criterion"])] = c["expected"]
    else:
        got = cell.hyperlink.target if cell.hyperlink else cell.value
        if got != c["expected"]:
            err(f"{c['file']}!{c['sheet']}!{c['cell']} link {c['criterion']}: {got!r} != {c['expected']!r}")
        seen_links[(c["file"], c["criterion"])] = c["expected"]

# ---------------------------------------------------------------- expected vs cells
catalogue = set()
with open(str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        catalogue.add(line.split("\t")[0])

n_values = n_links = 0
for e in expected:
    rel = e["file"]
    if e["year"] != 2024:
        err(f"{rel}: year {e['year']}")
    if not e["organisation"]:
        err(f"{rel}: no organisation")
    for cid, val in e["values"].items():
        n_values += 1
        if cid not in catalogue:
            err(f"{rel}: unknown criterion {cid}")
        if (rel, cid) not in seen_values:
            err(f"{rel}: value {cid} has no cell")
        elif not same(seen_values[(rel, cid)], val):
            err(f"{rel}: value {cid} {val!r} != cells.json {seen_values[(rel, cid)]!r}")
    for cid, url in e["links"].items():
        n_links += 1
        if cid not in e["values"]:
            err(f"{rel}: link without value {cid}")
        if seen_links.get((rel, cid)) != url:
            err(f"{rel}: link {cid} not in cells.json")
        if not url.startswith("https://"):
            err(f"{rel}: odd link {url}")
    for key in seen_values:
        if key[0] == rel and key[1] not in e["values"]:
            err(f"{rel}: cells.json value {key[1]} not in expected")
    for key in seen_links:
        if key[0] == rel and key[1] not in e["links"]:
            err(f"{rel}: cells.json link {key[1]} not in expected")

    # the organisation's name is written somewhere in the workbook
    wb = book(rel)
    texts = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    if not any(e["organisation"] in t for t in texts):
        err(f"{rel}: organisation {e['organisation']} not found in the workbook")

    # plausibility
    v = e["values"]

    def share(part, whole, sh, parts_extra=None):
        if sh in v and part in v and whole in v:
            num = v[part] if parts_extra is None else sum(v[p] for p in parts_extra[0])
            den = v[whole] if parts_extra is None else sum(v[p] for p in parts_extra[1])
            if abs(100 * num / den - v[sh]) > 0.06:
                err(f"{rel}: share {sh}={v[sh]} vs {num}/{den}")

    for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"),
                        ("teachers_other_mentees", "teachers_other"),
                        ("students_15_19", "students_10_19")]:
        if part in v and whole in v and v[part] > v[whole]:
            err(f"{rel}: {part} {v[part]} > {whole} {v[whole]}")
    for sub in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                "mentees_career", "mentees_other_params"):
        if sub in v and v[sub] > v.get("mentees_10_19", 10 ** 9):
            err(f"{rel}: {sub} > mentees_10_19")
    share("mentees_10_19", "students_10_19", "share_mentees_10_19")
    share("mentors_15_19", "students_15_19", "share_mentors_15_19")
    share("young_specialists_mentees", "young_specialists", "share_young_specialists_mentees")
    share("teachers_other_mentees", "teachers_other", "share_teachers_mentees",
          (["teachers_other_mentees", "young_specialists_mentees"], ["teachers_other", "young_specialists"]))
    share("teachers_mentors", "teachers_other", "share_teachers_mentors",
          (["teachers_mentors"], ["teachers_other", "young_specialists"]))
    pp_parts = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and sum(v[k] for k in pp_parts) != v["pp_total"]:
        err(f"{rel}: pp parts {sum(v[k] for k in pp_parts)} != pp_total {v['pp_total']}")
    for sat in ("satisfaction_mentees", "satisfaction_mentors"):
        if sat in v and not 0 <= v[sat] <= 100:
            err(f"{rel}: {sat} out of range")

if not 150 <= n_values <= 280:
    err(f"total values {n_values} outside 150–280")
if not 5 <= len({e['file'] for e in expected}) <= 8:
    err("number of files outside 5–8")

# ---------------------------------------------------------------- the oddities
T = lambda name: os.path.join(HERE, "typed", name)
xlsm = "typed/Мониторинг ЦМН 2024 Гимназия 1.xlsm"
with zipfile.ZipFile(os.path.join(HERE, xlsm)) as z:
    ct = z.read("[Content_Types].xml").decode("utf-8")
    if "application/vnd.ms-excel.sheet.macroEnabled.main+xml" not in ct:
        err("xlsm: workbook content type is not macro-enabled")
if book(xlsm)["Списки"].sheet_state != "hidden":
    err("xlsm: lists sheet not hidden")

if not os.path.isfile(T("ФОРМА_СОШ_12.XLSX")):
    err("upper-case .XLSX file missing")

wb = book("typed/СОШ 3/форма.xlsx")
if wb.sheetnames[:2] != ["Лист1", "Лист2"] or wb["Лист1"].max_row != 1 or wb["Лист1"]["A1"].value is not None:
    err("СОШ 3: Лист1 is not empty / form not on Лист2")
if not os.path.isfile(T("Ключевская ООШ/форма.xlsx")):
    err("second форма.xlsx missing")

wb = book("typed/форма (1).xlsx")
if wb.active.title != "2024" or wb.sheetnames[0] != "2023":
    err("форма (1): active sheet should be «2024», the second")

wb = book("typed/Re_ мониторинг ЦМН.xlsx")
form_texts = [str(c.value) for row in wb["Мониторинг"].iter_rows() for c in row if c.value is not None]
if any("Заречн" in t for t in form_texts):
    err("Re_: the form sheet must not name the school")
if not any("Направляем информацию" in str(c.value) for row in wb.worksheets[0].iter_rows() for c in row):
    err("Re_: no covering letter on the first sheet")
if wb.active.title != "Мониторинг":
    err("Re_: active sheet should be the form")

wb = book("typed/Ответ на письмо №01-12_345.xlsx")
if wb.sheetnames != ["Письмо", "Лист2"]:
    err("Ответ на письмо: sheets")
if not any("Направляем информацию" in str(c.value) for row in wb["Письмо"].iter_rows() for c in row):
    err("Ответ на письмо: no letter text")

print(f"checked {len(expected)} entries, {n_values} values, {n_links} links, {len(cells)} cell records")
if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
