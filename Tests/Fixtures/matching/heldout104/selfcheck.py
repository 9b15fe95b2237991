#!/usr/bin/env python3
"""Independent check of heldout104: re-open every typed file with openpyxl (data_only=True) and
check every expected value and link against the cell cells.json names, plus the template machinery
(data validation lists, placeholders, the hidden «Списки» sheet).  Exits 1 on any mismatch."""
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


CAT = {}
with open(ROOT / "Templates/criteria.tsv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh, delimiter="\t"):
        CAT[r["id"]] = r

expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

PLACEHOLDERS = {"выберите из списка", "введите число", "<укажите ссылку>", "не заполнено", "—",
                "вставьте ссылку"}
NO_VALUE = {"в процессе", "0 - не применимо"}


def normalise(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return v
    s = str(v).strip()
    if re.match(r"^1\s*[–-]\s*да$", s, re.I):
        return 1
    if re.match(r"^[20]\s*[–-]\s*нет$", s, re.I):
        return 0
    if s.lower() in ("да", "имеется"):
        return 1
    if s.lower() in ("нет", "отсутствует"):
        return 0
    if re.fullmatch(r"\d+(,\d+)?", s):
        return float(s.replace(",", "."))
    return s


books = {}


def book(f):
    if f not in books:
        books[f] = load_workbook(HERE / f, data_only=True)
    return books[f]


def covered_by_dv(ws, coord):
    for dv in ws.data_validations.dataValidation:
        if coord in dv.sqref:
            return dv
    return None


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


# ---- index cells.json
by_key = {}
for c in cells:
    by_key.setdefault((c["file"], c["sheet"], c.get("criterion"), c["kind"]), []).append(c)

files = sorted({f["file"] for f in expected})
typed_files = sorted("typed/" + p.name for p in (HERE / "typed").glob("*.xlsx"))
if files != typed_files:
    err(f"expected.json files {files} != typed files {typed_files}")

n_values = n_links = 0
for form in expected:
    f = form["file"]
    wb = book(f)
    sheet = form.get("sheet") or wb.worksheets[0].title
    if sheet not in wb.sheetnames:
        err(f"{f}: no sheet {sheet}")
        continue
    ws = wb[sheet]
    if form["year"] != 2024:
        err(f"{f}: year {form['year']}")
    org = form["organisation"]
    if org is not None:
        found = any(c.value == org for row in ws.iter_rows(max_row=6) for c in row)
        if not found:
            err(f"{f}: organisation {org!r} not in the title rows")
    for k, v in form["values"].items():
        n_values += 1
        if k not in CAT:
            err(f"{f}: {k} not in catalogue")
        ent = by_key.get((f, sheet, k, "value"))
        if not ent or len(ent) != 1:
            err(f"{f}: {k}: cells.json has {len(ent or [])} value cells")
            continue
        ent = ent[0]
        if not same(ent["expected"], v):
            err(f"{f}: {k}: cells.json {ent['expected']!r} != expected.json {v!r}")
        cell = ws[ent["cell"]]
        got = normalise(cell)
        if not same(got, v):
            err(f"{f} {sheet}!{ent['cell']} {k}: cell gives {got!r} (raw {cell.value!r}), expected {v!r}")
        unit = CAT[k]["unit"]
        if unit in ("count",) and not (isinstance(v, int) and v >= 0):
            err(f"{f}: {k} count {v!r}")
        if unit == "yesno" or (CAT[k]["aggregation"] == "count_yes" and org is not None):
            if v not in (0, 1):
                err(f"{f}: {k} yes/no {v!r}")
        if unit in ("share", "level") and not (0 <= v <= 100):
            err(f"{f}: {k} share {v!r}")
        if not covered_by_dv(ws, ent["cell"]):
            err(f"{f} {sheet}!{ent['cell']}: value cell without data validation")
    for k, u in form["links"].items():
        n_links += 1
        if k not in form["values"]:
            err(f"{f}: link for {k} without a value")
        ent = by_key.get((f, sheet, k, "link"))
        if not ent or len(ent) != 1:
            err(f"{f}: {k}: cells.json has {len(ent or [])} link cells")
            continue
        ent = ent[0]
        cell = ws[ent["cell"]]
        tgt = cell.hyperlink.target if cell.hyperlink else None
        if not (cell.value == u or tgt == u) or not str(u).startswith("https://"):
            err(f"{f} {sheet}!{ent['cell']} {k}: link {cell.value!r} / {tgt!r} != {u!r}")
    # every value/link cell of this sheet in cells.json is in the form
    for c in cells:
        if c["file"] == f and c["sheet"] == sheet:
            if c["kind"] == "value" and c["criterion"] not in form["values"]:
                err(f"{f}: cells.json value {c['criterion']} missing from expected.json")
            if c["kind"] == "link" and c["criterion"] not in form["links"]:
                err(f"{f}: cells.json link {c['criterion']} missing from expected.json")
            if c["kind"] in ("placeholder", "no_value"):
                cell = ws[c["cell"]]
                if cell.value != c["typed"]:
                    err(f"{f} {sheet}!{c['cell']}: {cell.value!r} != placeholder {c['typed']!r}")
                allowed = PLACEHOLDERS if c["kind"] == "placeholder" else NO_VALUE
                if c["typed"] not in allowed:
                    err(f"{f} {sheet}!{c['cell']}: unknown placeholder {c['typed']!r}")
                crit = c.get("criterion")
                col_is_value = c["cell"].rstrip("0123456789") == next(
                    e["cell"].rstrip("0123456789") for e in cells
                    if e["file"] == f and e["sheet"] == sheet and e["kind"] == "value")
                if crit and col_is_value and crit in form["values"]:
                    err(f"{f}: {crit} holds a placeholder but has a value")
                if crit and crit in form["links"] and not col_is_value:
                    err(f"{f}: {crit} link cell holds a placeholder but has a link")
    # not criteria and headings are in the sheet as typed
    texts = {str(c.value).strip() for row in ws.iter_rows() for c in row if c.value is not None}
    for t in form["not_criteria"] + form["headings"]:
        if t not in texts:
            err(f"{f}: row title {t!r} not found")
    # shares consistent with their operands when all are given
    vals = form["values"]
    for k, v in vals.items():
        ops = CAT[k]["operands"]
        if CAT[k]["aggregation"] != "ratio" or not ops:
            continue
        num, den = ops.split("/")
        nums, dens = num.split("+"), den.split("+")
        alias = {"teachers_municipal": ["teachers_other", "young_specialists"],
                 "young_specialists_municipal": ["young_specialists"]}
        if org is None:
            alias = {}
        dens2 = []
        for d in dens:
            if d in vals:
                dens2.append(d)
            else:
                dens2.extend(alias.get(d, [d]))
        if all(x in vals for x in nums + dens2):
            ratio = 100 * sum(vals[x] for x in nums) / sum(vals[x] for x in dens2)
            if abs(ratio - v) > 0.06:
                err(f"{f}: {k} = {v} but operands give {ratio:.2f}")

# the template machinery
for f in files:
    wb = book(f)
    lists = [dv for ws in wb.worksheets for dv in ws.data_validations.dataValidation if dv.type == "list"]
    prompts = [dv for ws in wb.worksheets for dv in ws.data_validations.dataValidation if dv.showInputMessage and dv.prompt]
    if not lists or not prompts:
        err(f"{f}: no list validation / input message")
wb4 = book("typed/04_ddt_skrytye_spiski.xlsx")
if "Списки" not in wb4.sheetnames or wb4["Списки"].sheet_state != "hidden":
    err("file 04: sheet «Списки» is not hidden")
if not any("ДаНет" == dv.formula1 for dv in wb4["Форма"].data_validations.dataValidation):
    err("file 04: yes/no list does not refer to «Списки»")
wb7 = book("typed/07_udugucha_oosh_obrazec_i_forma.xlsx")
if wb7.sheetnames[0] != "Образец":
    err("file 07: the blank sample is not the first sheet")
blank_vals = [c.value for row in wb7["Образец"].iter_rows(min_row=7, min_col=4, max_col=4) for c in row
              if c.value is not None]
if any(v not in PLACEHOLDERS for v in blank_vals):
    err("file 07: the blank sample holds a value")

n_files = len(typed_files)
if not 5 <= n_files <= 8:
    err(f"{n_files} files")
if not 150 <= n_values <= 300:
    err(f"{n_values} values")

if errors:
    for e in errors:
        print("FAIL:", e)
    print(f"selfcheck FAILED: {len(errors)} problems")
    sys.exit(1)
print(f"selfcheck OK: {n_files} files, {len(expected)} forms, {n_values} values, {n_links} links")
