#!/usr/bin/env python3
"""heldout112 self-check.

1. Every value and link of cells.json is in its cell (openpyxl, data_only=True), and cells.json and
   expected.json say the same thing.
2. The organisation is where the README says and nowhere else: no cell (and no hyperlink) of any file names
   a school; each file's name is in exactly the part this check expects (print header, docProps, sheet name,
   note, text box, defined name, file name), and the unnamed file names it nowhere at all.
Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys
import zipfile

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def norm(cell, criterion):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return round(v, 2) if isinstance(v, float) else v
    if isinstance(v, str):
        s = v.strip()
        low = s.lower()
        if low in ("да", "есть", "имеется"):
            return 1
        if low in ("нет", "отсутствует"):
            return 0
        if criterion in ("partner_list", "kpk_courses"):
            return "; ".join(p.strip() for p in re.split(r"[\n;]", s) if p.strip())
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", s)
        if m:
            return float(m.group(1).replace(",", "."))
        return s
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

# ---- 1. values and links in their cells
books = {}
for c in cells:
    path = HERE / c["file"]
    if c["file"] not in books:
        books[c["file"]] = openpyxl.load_workbook(path, data_only=True)
    ws = books[c["file"]][c["sheet"]]
    cell = ws[c["cell"]]
    if c["kind"] == "value":
        got = norm(cell, c["criterion"])
        if not same(got, c["expected"]):
            err(f"{c['file']} {c['cell']} {c['criterion']}: value {got!r} != {c['expected']!r}")
    else:
        target = cell.hyperlink.target if cell.hyperlink is not None else None
        if cell.value != c["expected"] and target != c["expected"]:
            err(f"{c['file']} {c['cell']} {c['criterion']}: link {cell.value!r} / {target!r} != {c['expected']!r}")

by_file = {}
for c in cells:
    by_file.setdefault(c["file"], {"value": {}, "link": {}})[c["kind"]][c["criterion"]] = c["expected"]
for e in expected:
    got = by_file.get(e["file"], {"value": {}, "link": {}})
    if got["value"] != e["values"]:
        err(f"{e['file']}: expected.json values differ from cells.json")
    if got["link"] != e["links"]:
        err(f"{e['file']}: expected.json links differ from cells.json")
    if e["year"] != 2024:
        err(f"{e['file']}: year")
    if not (HERE / e["file"]).exists():
        err(f"{e['file']}: missing")

# ---- 2. where the organisation is
SCHOOLISH = re.compile(r"МБОУ|МАОУ|СОШ|ООШ|Лице[йяюе]|Гимнази|Берёзов|Березов|школа\s*№", re.I)
LATIN = re.compile(r"sosh|school|shkola|licey|lyceum|gimn|gymn|berez", re.I)

# file -> (part that must name the school, a key it must contain); None: named nowhere inside the package
PLACES = {
    "typed/Форма_ЦМН_СОШ_16.xlsx": ("headerFooter", "СОШ № 18"),
    "typed/Наставничество_2024_итог.xlsx": ("docProps", "СОШ № 12"),
    "typed/monitoring_CMN_2024.xlsx": ("sheetname", "СОШ №7"),
    "typed/ЦМН_форма_ОО_2024.xlsx": ("comment", "ООШ № 2"),
    "typed/Мониторинг наставничество.xlsx": ("textbox", "Гимназия № 4"),
    "typed/ЦМН_2024_v2.xlsx": ("definedName", "СОШ № 25"),
    "typed/Форма_МАОУ_Лицей_14.xlsx": ("filename", "Лицей_14"),
    "typed/Форма мониторинга (1).xlsx": (None, None),
}
if set(PLACES) != {e["file"] for e in expected}:
    err("PLACES and expected.json name different files")

HF = re.compile(r"<headerFooter.*?</headerFooter>|<headerFooter\s*/>", re.S)
DN = re.compile(r"<definedNames>.*?</definedNames>", re.S)
SHEETS = re.compile(r"<sheets>.*?</sheets>", re.S)
TOP = re.compile(r"<TitlesOfParts>.*?</TitlesOfParts>", re.S)

for e in expected:
    fname = e["file"]
    place, key = PLACES[fname]
    path = HERE / fname
    wb = books.get(fname) or openpyxl.load_workbook(path, data_only=True)
    wb_full = openpyxl.load_workbook(path)  # comments and header/footer kept either way
    # no cell, no hyperlink of the workbook names a school
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and (SCHOOLISH.search(cell.value) or LATIN.search(cell.value)):
                    err(f"{fname} {ws.title}!{cell.coordinate}: a cell names a school: {cell.value!r}")
                if cell.hyperlink is not None and cell.hyperlink.target and LATIN.search(cell.hyperlink.target):
                    err(f"{fname} {ws.title}!{cell.coordinate}: a link names a school")
    # what each part of the package says
    with zipfile.ZipFile(path) as z:
        texts = {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}
    found = {}
    for n, t in texts.items():
        if n.startswith("xl/worksheets/sheet"):
            hf = " ".join(HF.findall(t))
            if SCHOOLISH.search(hf):
                found.setdefault("headerFooter", []).append(n)
            if SCHOOLISH.search(HF.sub("", t)):
                found.setdefault("cells", []).append(n)
        elif n == "xl/workbook.xml":
            # a print-titles name refers to the sheet by its name: that is the sheet's name, not a defined name
            if SCHOOLISH.search(re.sub(r"'[^']*'!", "", " ".join(DN.findall(t)))):
                found.setdefault("definedName", []).append(n)
            if SCHOOLISH.search(" ".join(SHEETS.findall(t))):
                found.setdefault("sheetname", []).append(n)
            if SCHOOLISH.search(SHEETS.sub("", DN.sub("", t))):
                found.setdefault("other", []).append(n)
        elif n == "docProps/app.xml":
            if SCHOOLISH.search(" ".join(TOP.findall(t))):
                found.setdefault("sheetname", []).append(n)   # Excel lists the sheets' names here
            if SCHOOLISH.search(TOP.sub("", t)):
                found.setdefault("docProps", []).append(n)
        elif n == "docProps/core.xml":
            if SCHOOLISH.search(t):
                found.setdefault("docProps", []).append(n)
        elif n.startswith("xl/comments/") or n.endswith(".vml"):
            if SCHOOLISH.search(t):
                found.setdefault("comment", []).append(n)
        elif n.startswith("xl/drawings/"):
            if SCHOOLISH.search(t):
                found.setdefault("textbox", []).append(n)
        elif SCHOOLISH.search(t) or LATIN.search(t):
            found.setdefault("other", []).append(n)
    inside = set(found)
    want = {place} if place and place != "filename" else set()
    if inside != want:
        err(f"{fname}: the school is named in {sorted(inside)} (parts {found}), expected {sorted(want)}")
    name_in_filename = bool(SCHOOLISH.search(path.name))
    if place == "filename" and not name_in_filename:
        err(f"{fname}: the file name should name the school")
    if place not in ("filename", "headerFooter") and name_in_filename:
        err(f"{fname}: the file name names a school")
    if key:
        if place == "headerFooter":
            ws = wb_full.worksheets[0]
            t = " ".join(filter(None, [ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text]))
            if key not in t:
                err(f"{fname}: header does not carry {key!r}: {t!r}")
            if e.get("organisation_ambiguous") is not True:
                err(f"{fname}: should be organisation_ambiguous")
            if "СОШ_16" not in path.name or "16" in t:
                err(f"{fname}: the file name should name another school than the header")
        elif place == "docProps":
            if key not in (wb_full.properties.title or ""):
                err(f"{fname}: core title does not carry {key!r}")
            m = re.search(r"<Company>(.*?)</Company>", texts["docProps/app.xml"])
            if not m or "СОШ № 12" not in m.group(1):
                err(f"{fname}: app.xml Company does not carry the school")
        elif place == "sheetname":
            if wb_full.sheetnames[0] != key:
                err(f"{fname}: first sheet is {wb_full.sheetnames[0]!r}")
        elif place == "comment":
            cm = wb_full.worksheets[0]["A1"].comment
            if cm is None or key not in cm.text:
                err(f"{fname}: no note with {key!r} on A1")
            if not wb_full.worksheets[0]["A1"].value:
                err(f"{fname}: the note is not on the title cell")
        elif place == "textbox":
            d = texts.get("xl/drawings/drawing1.xml", "")
            if key not in d or 'txBox="1"' not in d:
                err(f"{fname}: no text box with {key!r}")
            rels = texts.get("xl/worksheets/_rels/sheet1.xml.rels", "")
            if "../drawings/drawing1.xml" not in rels or "<drawing r:id=" not in texts["xl/worksheets/sheet1.xml"]:
                err(f"{fname}: the drawing is not attached to the sheet")
            if "/xl/drawings/drawing1.xml" not in texts["[Content_Types].xml"]:
                err(f"{fname}: drawing content type missing")
            ws = wb_full.worksheets[0]
            if any(ws.cell(row=r, column=c).value for r in (1, 2, 3) for c in range(1, 4)):
                err(f"{fname}: rows 1-3 under the text box should be empty")
        elif place == "definedName":
            dn = wb_full.defined_names.get("Наименование_ОО")
            if dn is None or key not in dn.attr_text:
                err(f"{fname}: no defined name with {key!r}")
        elif place == "filename":
            if key not in path.name:
                err(f"{fname}: file name lacks {key!r}")
    else:
        if not e.get("known_unnamed"):
            err(f"{fname}: should be known_unnamed")
        if path.name != "Форма мониторинга (1).xlsx":
            err(f"{fname}: unexpected name")

# organisations: all different
orgs = [e["organisation"] for e in expected]
if len(set(orgs)) != len(orgs):
    err("two files of one school")

nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
for m in errors:
    print("FAIL", m)
if errors:
    print(f"selfcheck heldout112: {len(errors)} problem(s)")
    sys.exit(1)
print(f"selfcheck heldout112: OK — {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, "
      f"{len(cells)} cells checked, organisation placement checked")
