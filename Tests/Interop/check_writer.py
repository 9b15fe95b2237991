#!/usr/bin/env python3
"""Independent check of a workbook written by our XLSXWriter module, using openpyxl.

usage: check_writer.py FILE.xlsx EXPECTATIONS.json
Exits 0 when every expectation holds; otherwise prints each mismatch and exits 1.
"""
import json
import re
import sys
import zipfile

import openpyxl

path, exp_path = sys.argv[1], sys.argv[2]
exp = json.load(open(exp_path, encoding="utf-8"))
wb = openpyxl.load_workbook(path)  # not read-only: we need styles, merges, validations
problems = []


def bad(msg):
    problems.append(msg)


def rgb(color):
    if color is None or color.rgb is None or not isinstance(color.rgb, str):
        return None
    return color.rgb[-6:].upper()


if wb.sheetnames != exp["sheets"]:
    bad(f"sheet names/order: {wb.sheetnames} != {exp['sheets']}")
for name in wb.sheetnames:
    want = "hidden" if name in exp["hidden"] else "visible"
    if wb[name].sheet_state != want:
        bad(f"{name}: state {wb[name].sheet_state} != {want}")

for sheet, ref, value in exp["values"]:
    got = wb[sheet][ref].value
    if isinstance(value, float) or isinstance(got, float):
        ok = got is not None and not isinstance(got, str) and abs(float(got) - float(value)) < 1e-12
    else:
        ok = got == value
    if not ok:
        bad(f"{sheet}!{ref}: value {got!r} != {value!r}")
for sheet, ref, formula in exp["formulas"]:
    got = wb[sheet][ref].value
    if got != formula:
        bad(f"{sheet}!{ref}: formula {got!r} != {formula!r}")
for sheet, ref, color in exp["fills"]:
    fill = wb[sheet][ref].fill
    got = rgb(fill.fgColor) if fill.fill_type == "solid" else None
    if got != color:
        bad(f"{sheet}!{ref}: fill {got} ({fill.fill_type}) != {color}")
for sheet, ref, color in exp["font_colors"]:
    got = rgb(wb[sheet][ref].font.color)
    if got != color:
        bad(f"{sheet}!{ref}: font colour {got} != {color}")
for sheet, ref in exp["bold"]:
    if not wb[sheet][ref].font.bold:
        bad(f"{sheet}!{ref}: not bold")
for sheet, ref in exp["italic"]:
    if not wb[sheet][ref].font.italic:
        bad(f"{sheet}!{ref}: not italic")
for sheet, ref, fmt in exp["number_formats"]:
    got = wb[sheet][ref].number_format
    if got != fmt:
        bad(f"{sheet}!{ref}: number format {got!r} != {fmt!r}")
for sheet, rng in exp["merges"]:
    merged = [str(r) for r in wb[sheet].merged_cells.ranges]
    if rng not in merged:
        bad(f"{sheet}: merge {rng} not in {merged}")
for sheet, ref, target, location in exp["hyperlinks"]:
    link = wb[sheet][ref].hyperlink
    if link is None:
        bad(f"{sheet}!{ref}: no hyperlink")
        continue
    if (link.target or "") != target or (link.location or "") != location:
        bad(f"{sheet}!{ref}: hyperlink target={link.target!r} location={link.location!r}, "
            f"expected {target!r} / {location!r}")
for sheet, rng, kind, formula1 in exp["validations"]:
    found = [dv for dv in wb[sheet].data_validations.dataValidation if str(dv.sqref) == rng]
    if not found:
        bad(f"{sheet}: no data validation on {rng}")
    elif found[0].type != kind or found[0].formula1 != formula1:
        bad(f"{sheet}!{rng}: validation {found[0].type} {found[0].formula1!r} != {kind} {formula1!r}")
for sheet, rng, kind in exp["conditional"]:
    rules = {str(cf.sqref): [r.type for r in cf.rules] for cf in wb[sheet].conditional_formatting}
    if kind not in rules.get(rng, []):
        bad(f"{sheet}: conditional format {kind} on {rng} not in {rules}")
for sheet, col, width in exp["column_widths"]:
    got = wb[sheet].column_dimensions[col].width
    if got is None or abs(got - width) > 1.0:
        bad(f"{sheet}: column {col} width {got} != {width}")
for sheet, col in exp["hidden_columns"]:
    if not wb[sheet].column_dimensions[col].hidden:
        bad(f"{sheet}: column {col} not hidden")
for sheet, cell in exp["freeze"]:
    if wb[sheet].freeze_panes != cell:
        bad(f"{sheet}: freeze panes {wb[sheet].freeze_panes} != {cell}")
for sheet, ref in exp["autofilter"]:
    if wb[sheet].auto_filter.ref != ref:
        bad(f"{sheet}: autofilter {wb[sheet].auto_filter.ref} != {ref}")
for sheet, orientation, fit_width, titles in exp["print"]:
    ws = wb[sheet]
    if ws.page_setup.orientation != orientation:
        bad(f"{sheet}: orientation {ws.page_setup.orientation} != {orientation}")
    if not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
        bad(f"{sheet}: fit to page not set")
    if int(ws.page_setup.fitToWidth or 1) != fit_width or int(ws.page_setup.fitToHeight) != 0:
        bad(f"{sheet}: fitToWidth={ws.page_setup.fitToWidth} fitToHeight={ws.page_setup.fitToHeight}")
    if ws.print_title_rows != titles:
        bad(f"{sheet}: print title rows {ws.print_title_rows!r} != {titles!r}")

with zipfile.ZipFile(path) as z:
    chart_parts = sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n))
    if len(chart_parts) != len(exp["charts"]):
        bad(f"charts: {len(chart_parts)} parts != {len(exp['charts'])}")
    texts = "".join(z.read(n).decode("utf-8") for n in chart_parts)
    for title in exp["charts"]:
        if title not in texts:
            bad(f"chart title {title!r} not found in chart XML")
    kinds = re.findall(r"<c:(barChart|pieChart)>", texts)
    if sorted(set(kinds)) != ["barChart", "pieChart"]:
        bad(f"chart kinds {kinds}")
    if 'c:barDir val="col"' not in texts or 'c:barDir val="bar"' not in texts:
        bad("column and bar charts not both present")

props = wb.properties
if props.title != exp["properties"]["title"] or props.creator != exp["properties"]["creator"]:
    bad(f"properties title={props.title!r} creator={props.creator!r}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"ok: {sum(len(v) if isinstance(v, list) else 1 for v in exp.values())} expectations checked")
