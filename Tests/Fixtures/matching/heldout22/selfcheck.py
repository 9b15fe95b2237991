#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl and check every expected value, link and organisation name
against its cell (cells.json); also check that the spreadsheet features the README promises are there.
Exit 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl
from openpyxl.cell.rich_text import CellRichText

HERE = os.path.dirname(os.path.abspath(__file__))
exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
cm = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
errors = []


def err(msg):
    errors.append(msg)
    print("MISMATCH:", msg)


def convert(cell, kind):
    v = cell.value
    if v is None:
        return None
    if kind == "yn":
        return {"Да": 1, "Нет": 0}.get(v, ("?", v))
    if kind == "text":
        return v
    if isinstance(v, str):
        m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*%?\s*", v)
        return float(m.group(1).replace(",", ".")) if m else ("?", v)
    if "%" in (cell.number_format or ""):
        return round(v * 100, 4)
    return v


assert len(exp) == len(cm)
total = 0
for e, c in zip(exp, cm):
    path = os.path.join(HERE, e["file"])
    assert e["file"] == c["file"]
    wb = openpyxl.load_workbook(path, data_only=True)
    wbf = openpyxl.load_workbook(path, data_only=False)
    wbr = openpyxl.load_workbook(path, rich_text=True)
    ws, wsf, wsr = wb[c["sheet"]], wbf[c["sheet"]], wbr[c["sheet"]]
    tag = os.path.basename(path)
    # values
    for k, v in e["values"].items():
        info = c["values"][k]
        got = convert(ws[info["cell"]], info["kind"])
        ok = got == v if not isinstance(v, (int, float)) or isinstance(got, tuple) or got is None \
            else abs(got - v) < 1e-6
        if not ok:
            err(f"{tag} {k} {info['cell']}: expected {v!r}, got {got!r}")
        total += 1
    # every catalogue row not in values must be empty, a dash, or an uncached formula
    for k, r in c["rows"].items():
        if k.startswith("nc:") or k in e["values"]:
            continue
        raw = wsf[f"D{r}"].value
        if k in c["omitted_formulas"]:
            if ws[f"D{r}"].value is not None:
                err(f"{tag} {k}: omitted formula has a cached value {ws[f'D{r}'].value!r}")
            if raw != c["omitted_formulas"][k]["formula"]:
                err(f"{tag} {k}: formula {raw!r} != {c['omitted_formulas'][k]['formula']!r}")
        elif raw not in (None, "-", "–", "н/п"):
            err(f"{tag} {k}: D{r} holds {raw!r} but is not expected")
    # links
    for k, url in e["links"].items():
        li = c["links"][k]
        cell = ws[li["cell"]]
        got = cell.hyperlink.target if li["hyperlink"] else cell.value
        if li["hyperlink"] and cell.hyperlink is None:
            got = None
        if got != url:
            err(f"{tag} link {k}: expected {url}, got {got}")
        if li["hyperlink"] and cell.value == url:
            err(f"{tag} link {k}: display text should differ from the URL")
    # organisation
    if c["name_in_cell"]:
        if ws[c["name_cell"]].value != e["organisation"]:
            err(f"{tag}: C4 {ws[c['name_cell']].value!r} != {e['organisation']!r}")
    else:
        if ws[c["name_cell"]].value not in (None, ""):
            err(f"{tag}: C4 should be empty")
        if ws.oddHeader.left.text != e["organisation"]:
            err(f"{tag}: header {ws.oddHeader.left.text!r}")
        if e["organisation"] not in (wb.properties.title or ""):
            err(f"{tag}: properties title {wb.properties.title!r}")
        for sh in wb.worksheets:  # the name must appear in no cell at all
            for row in sh.iter_rows():
                for x in row:
                    if isinstance(x.value, str) and e["organisation"] in x.value:
                        err(f"{tag}: organisation name found in {sh.title}!{x.coordinate}")
    # features
    states = {s.title: s.sheet_state for s in wb.worksheets}
    if states.get("2023 (скрыт)") != "hidden":
        err(f"{tag}: 2023 sheet state {states.get('2023 (скрыт)')}")
    want_lists = "hidden" if "libreoffice" in c["backend"] else "veryHidden"
    if states.get("Списки") != want_lists:
        err(f"{tag}: Списки state {states.get('Списки')} (want {want_lists})")
    for s in ("Инструкция", "Лист1", "Данные", "Проверка"):
        if states.get(s) != "visible":
            err(f"{tag}: sheet {s} missing/not visible")
    if wb["Лист1"].max_row != 1 or wb["Лист1"]["A1"].value is not None:
        err(f"{tag}: Лист1 is not empty")
    if not ws.protection.sheet:
        err(f"{tag}: form not protected")
    if "libreoffice" not in c["backend"] and ws.freeze_panes != "C10":
        err(f"{tag}: freeze panes {ws.freeze_panes}")
    for col in "GH":
        if not ws.column_dimensions[col].hidden:
            err(f"{tag}: column {col} not hidden")
    for g in c["groups"]:
        for r in range(g[1], g[2] + 1):
            rd = ws.row_dimensions[r]
            if rd.outline_level != 1:
                err(f"{tag}: row {r} not grouped")
            if bool(rd.hidden) != c["collapsed"]:
                err(f"{tag}: row {r} hidden={rd.hidden}, collapsed={c['collapsed']}")
    if not isinstance(wsr["A1"].value, CellRichText):
        err(f"{tag}: A1 is not rich text")
    if not isinstance(wsr[f"B{c['rows']['mentors_total']}"].value, CellRichText):
        err(f"{tag}: mentors_total label is not rich text")
    if not ws.data_validations.dataValidation:
        err(f"{tag}: no data validation")
    if "A1:F1" not in {str(m) for m in ws.merged_cells.ranges}:
        err(f"{tag}: title not merged")
    if not ws.print_area or "$A$1:$F$" not in ws.print_area:
        err(f"{tag}: print area {ws.print_area}")
    names = set(wb.defined_names.keys())
    if not {"СписокДаНет", "ОО_Наименование", "ППН_Всего"} <= names:
        err(f"{tag}: defined names {names}")
    if c["header_name"] != ws.oddHeader.left.text:
        err(f"{tag}: header {ws.oddHeader.left.text!r}")
    ncom = sum(1 for row in ws.iter_rows() for x in row if x.comment)
    if ncom < 4:
        err(f"{tag}: only {ncom} comments")
    # formulas: shares, sums, cross-sheet refs are formulas in every file
    for k, r in c["rows"].items():
        f = wsf[f"D{r}"].value
        if k in ("pp_total", "students_10_19", "students_15_19", "teachers_municipal") or k.startswith("share_"):
            if not (isinstance(f, str) and f.startswith("=")):
                err(f"{tag}: {k} is not a formula: {f!r}")
    if "openpyxl" == c["backend"]:
        if wb["Проверка"]["B4"].value is not None or ws["G11"].value is not None:
            err(f"{tag}: unexpected cached values in the no-cache file")
    else:
        if wb["Проверка"]["D4"].value != "ОК":
            err(f"{tag}: Проверка D4 = {wb['Проверка']['D4'].value!r}")
        if ws["G11"].value is None:
            err(f"{tag}: hidden helper column has no cached value")
    print(f"{tag}: {len(e['values'])} values, {len(e['links'])} links checked")

print(f"total {total} values in {len(exp)} forms; {len(errors)} mismatches")
sys.exit(1 if errors else 0)
