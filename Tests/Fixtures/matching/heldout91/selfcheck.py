#!/usr/bin/env python3
"""heldout91 selfcheck: re-opens every typed workbook with openpyxl (data_only=True) and checks every expected
value and link in the cell cells.json names; checks each file's XML quirk at the XML level; checks shares against
their operands; converts the files with LibreOffice (if soffice exists) and looks for values in the CSV.
Exits 1 on any mismatch."""
import csv
import datetime as dt
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "pr": "http://schemas.openxmlformats.org/package/2006/relationships"}
RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
errors = []

def err(msg):
    errors.append(msg)

YES, NO = {"да", "есть", "имеется"}, {"нет", "не имеется"}

def norm(v):
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        s = v.strip()
        if s.lower() in YES:
            return 1.0
        if s.lower() in NO:
            return 0.0
        try:
            return float(s.replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("%"))
        except ValueError:
            return re.sub(r"\s+", " ", s)
    return v

def same(cell_value, expected):
    if isinstance(expected, str):
        if not isinstance(cell_value, str):
            return False
        parts = [p.strip() for p in re.split(r"[;\n]", cell_value) if p.strip()]
        return parts == [p.strip() for p in expected.split(";")]
    a = norm(cell_value)
    return isinstance(a, float) and abs(a - float(expected)) < 1e-9

cat = {}
with open(CRITERIA, encoding="utf-8") as fh:
    head = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        p = line.rstrip("\n").split("\t")
        if len(p) > 2:
            cat[p[0]] = dict(zip(head, p))

expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
cells, files = cj["cells"], cj["files"]

books, books_f = {}, {}

def book(path, data_only=True):
    store = books if data_only else books_f
    if path not in store:
        store[path] = openpyxl.load_workbook(HERE / path, data_only=data_only)
    return store[path]

# 1. every file opens; every XML part is well-formed
for e in expected:
    p = HERE / e["file"]
    if not p.exists():
        err(f"missing {p}")
        continue
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                try:
                    ET.fromstring(z.read(n))
                except ET.ParseError as ex:
                    err(f"{e['file']}:{n}: {ex}")
    book(e["file"])

# 2. expected.json and cells.json agree
keys_cells = {(c["file"], c["criterion"], c["kind"]): c for c in cells}
keys_exp = {}
for e in expected:
    assert e["year"] == 2024
    for k, v in e["values"].items():
        if k not in cat:
            err(f"{e['file']}: unknown criterion {k}")
        keys_exp[(e["file"], k, "value")] = v
    for k, v in e["links"].items():
        keys_exp[(e["file"], k, "link")] = v
if set(keys_cells) != set(keys_exp):
    err(f"cells.json vs expected.json keys differ: {sorted(set(keys_cells) ^ set(keys_exp))[:10]}")
for k, c in keys_cells.items():
    if k in keys_exp and keys_exp[k] != c["expected"]:
        err(f"{k}: cells.json {c['expected']!r} != expected.json {keys_exp[k]!r}")
for e in expected:
    for k in e["links"]:
        if cat.get(k, {}).get("needs_source") == "no":
            err(f"{e['file']}: link for {k}, which needs no source")

# 3. every expected value and link is in its cell
n_checked = 0
for c in cells:
    ws = book(c["file"])[c["sheet"]]
    cell = ws[c["cell"]]
    if ws.sheet_state != "visible":
        err(f"{c['file']} {c['cell']}: on a hidden sheet")
    if c["kind"] == "value":
        if not same(cell.value, c["expected"]):
            err(f"{c['file']} {c['sheet']}!{c['cell']} {c['criterion']}: {cell.value!r} != {c['expected']!r}")
        if c.get("stored", "").startswith("text") and not isinstance(cell.value, str):
            err(f"{c['file']} {c['cell']}: should be stored as text")
        if c.get("formula"):
            fc = book(c["file"], False)[c["sheet"]][c["cell"]]
            if not (isinstance(fc.value, str) and fc.value.startswith("=")):
                err(f"{c['file']} {c['cell']}: no formula")
    else:
        url = c["expected"]
        if c.get("via") == "HYPERLINK formula":
            fc = book(c["file"], False)[c["sheet"]][c["cell"]]
            m = re.match(r'=HYPERLINK\("([^"]+)"', str(fc.value))
            if not m or m.group(1) != url:
                err(f"{c['file']} {c['cell']}: HYPERLINK formula {fc.value!r} != {url}")
            if cell.value != c.get("shown_text"):
                err(f"{c['file']} {c['cell']}: cached {cell.value!r}")
        elif c.get("hyperlink"):
            if not cell.hyperlink or cell.hyperlink.target != url:
                err(f"{c['file']} {c['cell']}: hyperlink {cell.hyperlink and cell.hyperlink.target!r} != {url}")
            if c.get("shown_text") and cell.value != c["shown_text"]:
                err(f"{c['file']} {c['cell']}: shown {cell.value!r}")
        elif not (isinstance(cell.value, str) and cell.value.strip() == url):
            err(f"{c['file']} {c['cell']}: link {cell.value!r} != {url}")
    n_checked += 1

# 4. consistency of each form's figures
def chk_share(vals, shr, part, whole, f):
    if shr in vals and all(k in vals for k in part + whole):
        a = sum(vals[k] for k in part)
        b = sum(vals[k] for k in whole)
        if round(a / b * 100, 2) != vals[shr]:
            err(f"{f}: {shr} {vals[shr]} != {a}/{b}")

kinds = ["teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors", "other_org_mentors"]
forms_pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other"]
cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
        "mentees_other_params"]
for e in expected:
    v, f = e["values"], e["file"]
    chk_share(v, "share_mentees_10_19", ["mentees_10_19"], ["students_10_19"], f)
    chk_share(v, "share_mentors_15_19", ["mentors_15_19"], ["students_15_19"], f)
    chk_share(v, "share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"], f)
    chk_share(v, "share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"], f)
    chk_share(v, "share_teachers_mentors", ["teachers_mentors"], ["teachers_municipal"], f)
    chk_share(v, "share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
              ["young_specialists", "teachers_other"], f)
    if all(k in v for k in kinds + ["mentors_total"]) and sum(v[k] for k in kinds) != v["mentors_total"]:
        err(f"{f}: mentor kinds do not sum to mentors_total")
    present = [k for k in forms_pp if k in v]
    if "pp_total" in v and sum(v[k] for k in present) > v["pp_total"]:
        err(f"{f}: programme forms exceed pp_total")
    if len(present) == len(forms_pp) and sum(v[k] for k in present) != v["pp_total"]:
        err(f"{f}: programme forms do not sum to pp_total")
    if "mentees_10_19" in v and sum(v.get(k, 0) for k in cats) > v["mentees_10_19"]:
        err(f"{f}: categories exceed mentees_10_19")
    for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                        ("teachers_mentors", "teachers_municipal"), ("mentees_10_19", "mentees_total"),
                        ("mentors_15_19", "mentors_total")]:
        if part in v and whole in v and v[part] > v[whole]:
            err(f"{f}: {part} > {whole}")
    if "teachers_municipal" in v and "young_specialists" in v and "teachers_other" in v:
        if v["teachers_municipal"] != v["young_specialists"] + v["teachers_other"]:
            err(f"{f}: teachers_municipal")
    if "partner_list" in v:
        n = len(v["partner_list"].split(";"))
        ag = sum(v.get(k, 0) for k in ("agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"))
        if n != ag:
            err(f"{f}: {n} partners but {ag} agreements")
    # the organisation is named in the form's title rows
    ws = book(f)[files[f]["sheet"]]
    top = " ".join(str(ws.cell(r, c).value) for r in range(1, 5) for c in range(1, 6) if ws.cell(r, c).value)
    if e["organisation"] not in top:
        err(f"{f}: organisation not in the title rows")

# 5. each file's writer quirk, at the XML level
def part(path, name):
    with zipfile.ZipFile(HERE / path) as z:
        return z.read(name).decode("utf-8") if name in z.namelist() else None

def quirk_checks():
    by_writer = {v["writer"]: k for k, v in files.items()}
    f = by_writer["SheetJS"]
    s = part(f, "xl/worksheets/sheet1.xml")
    if part(f, "xl/styles.xml") is not None or "<dimension" in s or 't="inlineStr"' not in s:
        err(f"{f}: not SheetJS-like")
    if not re.search(r'<c [^>]*t="str"><v>', s):
        err(f"{f}: no t=str cell without formula")
    f = by_writer["implicit r (SpreadsheetGear-like)"]
    s = part(f, "xl/worksheets/sheet1.xml")
    rows = re.findall(r"<row[ >]", s)
    rows_r = re.findall(r'<row r="', s)
    cs = re.findall(r"<c[ >][^>]*>", s)
    cs_r = [c for c in cs if ' r="' in c]
    if not (len(rows_r) < len(rows) / 4 and len(cs_r) < len(cs) / 4):
        err(f"{f}: r attributes not left out ({len(rows_r)}/{len(rows)} rows, {len(cs_r)}/{len(cs)} cells)")
    # an independent reading of the implicit coordinates agrees with openpyxl for every cell
    root = ET.fromstring(s.encode())
    ws = book(f)[files[f]["sheet"]]
    rn = 0
    for row in root.find("m:sheetData", NS):
        rn = int(row.get("r")) if row.get("r") else rn + 1
        cn = 0
        for c in row:
            if c.get("r"):
                m = re.match(r"([A-Z]+)(\d+)", c.get("r"))
                cn = openpyxl.utils.column_index_from_string(m.group(1))
                assert int(m.group(2)) == rn
            else:
                cn += 1
            v = c.find("m:v", NS)
            if v is not None and c.get("t") != "s" and norm(ws.cell(rn, cn).value) != norm(v.text):
                err(f"{f}: implicit cell {rn},{cn}")
    f = by_writer["PhpSpreadsheet"]
    sst = part(f, "xl/sharedStrings.xml")
    s = part(f, "xl/worksheets/sheet1.xml")
    if "<r><rPr>" not in sst or 'xml:space="preserve"' not in sst or ' count="' in sst[:300]:
        err(f"{f}: no PhpSpreadsheet rich runs")
    if "<worksheet xml:space=\"preserve\"" not in s or not re.search(r'<c [^>]*t="str"><v>\d', s):
        err(f"{f}: PhpSpreadsheet sheet quirks missing")
    if not re.search(r"<f>SUM\([^<]+\)</f><v>\d+</v>", s) or 'calcId="999999"' not in part(f, "xl/workbook.xml"):
        err(f"{f}: formula with cached value / calcId missing")
    f = by_writer["Excel for Mac 2011 (date1904)"]
    if 'date1904="1"' not in part(f, "xl/workbook.xml"):
        err(f"{f}: no date1904")
    wb = book(f)
    ws = wb[files[f]["sheet"]]
    for d in files[f]["dates"]:
        v = ws[d["cell"]].value
        if not isinstance(v, dt.datetime) or v.date().isoformat() != d["date"]:
            err(f"{f}: date {d['cell']} {v!r} != {d['date']}")
    raw = re.search(r'<c r="D3" s="\d+"><v>(\d+)</v>', part(f, "xl/worksheets/sheet1.xml"))
    if not raw or (dt.date(1904, 1, 1) + dt.timedelta(days=int(raw.group(1)))).isoformat() != "2024-12-31":
        err(f"{f}: D3 is not a 1904 serial of 2024-12-31")
    f = by_writer["Excel template filled by EPPlus"]
    w = ET.fromstring(part(f, "xl/workbook.xml").encode())
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(part(f, "xl/_rels/workbook.xml.rels").encode())}
    sheets = [(s.get("name"), s.get("state"), rels[s.get(RID)]) for s in w.find("m:sheets", NS)]
    if sheets[0][1] != "hidden" or sheets[0][2] != "worksheets/sheet2.xml":
        err(f"{f}: first sheet is not the hidden sheet2.xml: {sheets}")
    visible = [s for s in sheets if s[1] != "hidden"]
    if visible[1][0] != files[f]["sheet"] or visible[1][2] != "worksheets/sheet1.xml":
        err(f"{f}: the form is not the second visible sheet: {sheets}")
    ids = list(rels)
    if ids == sorted(ids):
        err(f"{f}: relationship ids in order")
    if [ws.title for ws in book(f).worksheets][0] != "Инструкция":
        err(f"{f}: openpyxl order")
    f = by_writer["LibreOffice Calc 7.4"]
    s = part(f, "xl/worksheets/sheet1.xml")
    hr = ET.fromstring(part(f, "xl/worksheets/_rels/sheet1.xml.rels").encode())
    if not all(r.get("TargetMode") == "External" for r in hr) or len(hr) < 20:
        err(f"{f}: hyperlink relationships")
    if s.count("HYPERLINK(") != 1 or '<f aca="false">' not in s:
        err(f"{f}: HYPERLINK formula")
    ws = book(f)[files[f]["sheet"]]
    shown = {c.value for row in ws.iter_rows() for c in row if c.hyperlink}
    if shown != {"документ"}:
        err(f"{f}: hyperlink texts {shown}")
    f = by_writer["Excel 2016"]
    s = part(f, "xl/worksheets/sheet1.xml")
    masters = re.findall(r'<f t="shared" ref="([A-Z0-9:]+)" si="(\d)">', s)
    kids = re.findall(r'<f t="shared" si="\d"/><v>[\d.]+</v>', s)
    if len(masters) != 2 or len(kids) < 8:
        err(f"{f}: shared formulas {masters} {len(kids)}")
    wf = book(f, False)[files[f]["sheet"]]
    for ref in files[f]["not_expected_share_cells"]:
        if not str(wf[ref].value).startswith("="):
            err(f"{f}: {ref} is not a formula")
    for c in cells:
        if c["file"] == f and c.get("formula") == "shared":
            fv = wf[c["cell"]].value
            r = re.sub(r"\D", "", c["cell"])
            if fv != f"=ROUND(D{r}/C{r}*100,2)":
                err(f"{f}: shared formula at {c['cell']} translates to {fv!r}")

quirk_checks()

# 6. LibreOffice opens the files and shows their values
lo_note = "soffice not found"
soffice = shutil.which("soffice")
if soffice:
    with tempfile.TemporaryDirectory() as td:
        prof = pathlib.Path(td) / "profile"
        out = pathlib.Path(td) / "out"
        src = [str(HERE / e["file"]) for e in expected]
        cmd = [soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
               "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", str(out)] + src
        try:
            subprocess.run(cmd, capture_output=True, timeout=300)
        except subprocess.TimeoutExpired:
            err("soffice timed out")
        ok = 0
        for e in expected:
            stem = pathlib.Path(e["file"]).stem
            sheet = files[e["file"]]["sheet"]
            cand = list(out.glob(f"{stem}-{sheet}.csv")) or list(out.glob(f"{stem}.csv"))
            if not cand:
                err(f"LibreOffice: no CSV for {e['file']} ({sorted(p.name for p in out.glob(stem + '*'))})")
                continue
            text = cand[0].read_text(encoding="utf-8", errors="replace")
            rows = list(csv.reader(text.splitlines()))
            flat = [c.strip() for r in rows for c in r]
            want = [str(e["values"]["mentors_total"]), str(e["values"]["students_10_19"])]
            if not all(w in flat for w in want) or e["organisation"] not in text:
                err(f"LibreOffice: {e['file']}: {want} / organisation not in {cand[0].name}")
            else:
                ok += 1
        lo_note = f"LibreOffice CSV shows values of {ok}/{len(expected)} files"

nv = sum(len(e["values"]) for e in expected)
nl = sum(len(e["links"]) for e in expected)
if errors:
    for m in errors[:60]:
        print("FAIL:", m)
    print(f"FAILED: {len(errors)} problems")
    sys.exit(1)
print(f"OK: {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links; {n_checked} cells checked; "
      f"quirks checked for 7 writers; {lo_note}")
