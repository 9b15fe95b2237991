#!/usr/bin/env python3
"""Re-open every typed workbook with openpyxl (data_only=True), independently of make_typed.py, and check
every expected value and link against the cell cells.json names; check the layout's traps (instruction
rows, example rows, footnotes, values typed into the instruction rows) and the figures' consistency.
Exit 1 on any mismatch."""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


MARKS = "*¹²³⁴"


def read(cell):
    """What a reader takes from the cell: footnote marks dropped, да/нет -> 1/0, per cent as a number."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v).strip().rstrip(MARKS).strip()
    low = s.lower()
    if low in ("да", "нет"):
        return 1 if low == "да" else 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() and "," not in s and "." not in s else x
    return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def rowcol(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return m.group(1), int(m.group(2))


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
cells, decoys = cj["cells"], cj["decoys"]

books = {}


def ws_of(file, sheet):
    if file not in books:
        books[file] = openpyxl.load_workbook(HERE / file, data_only=True)
    return books[file][sheet]


def merged_range_at(ws, ref):
    for rng in ws.merged_cells.ranges:
        if ref in rng:
            return str(rng)
    return None


# 1. the two JSON files name the same keys
keys_cells = {}
for c in cells:
    k = (c["file"], c["criterion"], c["kind"])
    if k in keys_cells:
        err(f"duplicate cell entry {k}")
    keys_cells[k] = c
keys_exp = set()
for e in expected:
    for crit in e["values"]:
        keys_exp.add((e["file"], crit, "value"))
    for crit in e["links"]:
        keys_exp.add((e["file"], crit, "link"))
if keys_exp != set(keys_cells):
    err(f"expected.json / cells.json differ: {sorted(keys_exp ^ set(keys_cells))[:10]}")

criteria_ids = set()
with open(HERE.parents[3] / "Templates/criteria.tsv", encoding="utf-8") as fh:
    fh.readline()
    for line in fh:
        criteria_ids.add(line.split("\t")[0])

n_values = n_links = n_checked = 0
expected_cells = set()
for e in expected:
    f = e["file"]
    if e["year"] != 2024:
        err(f"{f}: year {e['year']}")
    for crit in list(e["values"]) + list(e["links"]):
        if crit not in criteria_ids:
            err(f"{f}: {crit} is no criterion of the catalogue")
    sheet = next(c["sheet"] for c in cells if c["file"] == f)
    ws = ws_of(f, sheet)
    if ws["C4"].value != e["organisation"]:
        err(f"{f}: organisation {ws['C4'].value!r} != {e['organisation']!r}")
    if "за 2024 год" not in (ws["A2"].value or ""):
        err(f"{f}: the title does not say 2024")
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    for t in e["headings"] + e["not_criteria"]:
        if t not in texts:
            err(f"{f}: {t!r} not found as a cell")
    misplaced = any(c["typed_in_instruction_row"] for c in cells if c["file"] == f)
    for crit, val in e["values"].items():
        c = keys_cells[(f, crit, "value")]
        cell = ws[c["cell"]]
        got = read(cell)
        n_checked += 1
        if not same(got, val):
            err(f"{f} {c['cell']} {crit}: read {got!r}, expected {val!r}")
        n_values += 1
        expected_cells.add((f, c["cell"]))
        # where the value sits relative to its indicator row
        col, r = rowcol(c["cell"])
        tcol, tr = rowcol(c["row_title_cell"])
        if ws[c["row_title_cell"]].value != c["row_title"]:
            err(f"{f} {c['row_title_cell']}: title {ws[c['row_title_cell']].value!r} != {c['row_title']!r}")
        if misplaced:
            if r != tr + 1:
                err(f"{f} {crit}: value not in the row under its indicator")
            if ws[f"D{tr}"].value is not None or ws[f"E{tr}"].value is not None:
                err(f"{f} {crit}: the indicator row {tr} is not empty in D/E")
            if merged_range_at(ws, f"B{r}") != f"B{r}:C{r}":
                err(f"{f} {crit}: instruction row {r} is not merged over B:C")
            if not ws[f"B{r}"].font.i:
                err(f"{f} {crit}: instruction row {r} is not italic")
        else:
            if r != tr:
                err(f"{f} {crit}: value not on its indicator row")
            rng = merged_range_at(ws, f"B{r + 1}")
            if rng is None or not rng.endswith(f"E{r + 1}"):
                err(f"{f} {crit}: no merged instruction row under row {r}")
            if ws[f"D{r + 1}"].value is not None:
                err(f"{f} {crit}: something in D of the instruction row {r + 1}")
    for crit, link in e["links"].items():
        c = keys_cells[(f, crit, "link")]
        got = ws[c["cell"]].value
        n_checked += 1
        if got != link:
            err(f"{f} {c['cell']} {crit}: link {got!r} != {link!r}")
        if not str(got).startswith("https://") or "example.ru" in str(got):
            err(f"{f} {crit}: bad link {got!r}")
        if crit not in e["values"]:
            err(f"{f} {crit}: link without a value")
        n_links += 1
        expected_cells.add((f, c["cell"]))

    # consistency of the figures
    v = e["values"]

    def g(k):
        return v.get(k, 0)

    def chk_share(sk, num, den):
        if sk in v:
            want = round(100 * num / den + 1e-9, 2)
            if abs(v[sk] - want) > 0.005:
                err(f"{f}: {sk} {v[sk]} != {want}")

    pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
          "pp_teacher_pupil", "pp_other"]
    if v["pp_total"] != sum(g(k) for k in pp):
        err(f"{f}: pp_total {v['pp_total']} != sum of forms")
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    if sum(g(k) for k in cats) > v["mentees_10_19"]:
        err(f"{f}: mentee categories exceed mentees_10_19")
    if v["mentors_total"] < g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors") + \
            g("enterprise_mentors") + g("other_org_mentors"):
        err(f"{f}: mentors_total too small")
    if v["mentees_total"] < g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees"):
        err(f"{f}: mentees_total too small")
    teachers = v["young_specialists"] + v["teachers_other"]
    chk_share("share_mentees_10_19", v["mentees_10_19"], v["students_10_19"])
    chk_share("share_mentors_15_19", v["mentors_15_19"], v["students_15_19"])
    chk_share("share_young_specialists_mentees", v["young_specialists_mentees"], v["young_specialists"])
    chk_share("share_teachers_mentees", v["young_specialists_mentees"] + v["teachers_other_mentees"], teachers)
    chk_share("share_teachers_mentors", v["teachers_mentors"], teachers)
    chk_share("share_young_specialists_mentors", v["young_specialists_mentors"], v["young_specialists"])
    if len(v["partner_list"].split("; ")) != g("agreements_edu_orgs") + g("agreements_enterprises") + \
            g("agreements_other_orgs"):
        err(f"{f}: partners do not match the agreements")
    for a, b in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                 ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
                 ("teachers_other_mentees", "teachers_other"), ("young_specialists_mentors", "young_specialists")):
        if v[a] > v[b]:
            err(f"{f}: {a} > {b}")

# 2. decoys: never an expected cell; instructions are grey italic text; examples grey italic
n_instr = n_examples = n_foot = 0
for d in decoys:
    ws = ws_of(d["file"], d["sheet"])
    if (d["file"], d["cell"]) in expected_cells:
        err(f"{d['file']} {d['cell']}: a decoy ({d['kind']}) is an expected cell")
    cell = ws[d["cell"]]
    if cell.value != d["text"]:
        err(f"{d['file']} {d['cell']}: decoy text {cell.value!r} != {d['text']!r}")
    if d["kind"] == "instruction":
        n_instr += 1
        if not cell.font.i or merged_range_at(ws, d["cell"]) is None:
            err(f"{d['file']} {d['cell']}: instruction not merged italic")
    elif d["kind"].startswith("example"):
        n_examples += d["kind"] == "example"
        if not cell.font.i:
            err(f"{d['file']} {d['cell']}: example not italic")
        _, r = rowcol(d["cell"])
        if not str(ws[f"B{r}"].value).startswith("Пример заполнения"):
            err(f"{d['file']} {d['cell']}: example row without «Пример заполнения»")
    elif d["kind"] == "footnote":
        n_foot += 1

# 3. every direction table has its caption and its own header row; 13 per file
for e in expected:
    sheet = next(c["sheet"] for c in cells if c["file"] == e["file"])
    ws = ws_of(e["file"], sheet)
    heads = [r for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == "№ п/п"]
    caps = [r for r in range(1, ws.max_row + 1) if str(ws[f"A{r}"].value or "").startswith("Направление ")]
    if len(heads) != 13 or len(caps) != 13 or any(h != c + 1 for h, c in zip(heads, caps)):
        err(f"{e['file']}: 13 captions each followed by a header row expected ({len(caps)}, {len(heads)})")

forms = len(expected)
files = len({e["file"] for e in expected})
if not (5 <= files <= 8):
    err(f"{files} files")
if not (150 <= n_values <= 300):
    err(f"{n_values} values")
for m in errors:
    print("FAIL:", m)
print(f"files={files} forms={forms} values={n_values} links={n_links} instruction_rows={n_instr} "
      f"example_rows={n_examples} footnotes={n_foot} cells_checked={n_checked} "
      + ("selfcheck FAILED" if errors else "selfcheck OK"))
sys.exit(1 if errors else 0)
