#!/usr/bin/env python3
"""heldout99 self-check.

1. Re-opens every typed file with openpyxl (data_only=True) and checks that every expected value and
   link is in the cell cells.json names.  openpyxl has no reader for Strict Open XML, so for a Strict
   package the namespaces and relationship types are mapped back to transitional ones in memory (the
   table below, written independently of make_typed.py) before loading; nothing is changed on disk.
2. Checks that expected.json and cells.json agree, and that values are consistent (shares = part/whole).
3. Checks that each package really carries the variant it stands for (read straight from the ZIP).
4. With --lo: converts every file with LibreOffice (all sheets to CSV) and checks every expected value,
   and every link shown as text, in the CSV too.
Exits 1 on any mismatch.
"""
import csv
import io
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)
    print("MISMATCH:", msg)


STRICT_TO_TRANSITIONAL = [
    ("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
    ("http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"),
    ("http://purl.oclc.org/ooxml/officeDocument/relationships",
     "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
     "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    ("http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
     "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
]


def open_book(path):
    z = zipfile.ZipFile(path)
    wbxml = z.read("xl/workbook.xml").decode("utf-8")
    if "purl.oclc.org/ooxml/spreadsheetml/main" not in wbxml:
        return load_workbook(path, data_only=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as w:
        for n in z.namelist():
            data = z.read(n)
            if n.endswith(".xml") or n.endswith(".rels"):
                t = data.decode("utf-8")
                for a, b in STRICT_TO_TRANSITIONAL:
                    t = t.replace(a, b)
                data = t.encode("utf-8")
            w.writestr(n, data)
    out.seek(0)
    return load_workbook(out, data_only=True)


def as_number(v, number_format=""):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (number_format or "") else v
    if isinstance(v, str):
        t = v.strip().lower()
        if t in ("да", "имеется", "есть"):
            return 1
        if t in ("нет", "отсутствует"):
            return 0
        t = t.replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("%")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def same(expected, got, number_format=""):
    if isinstance(expected, (int, float)):
        n = as_number(got, number_format)
        return n is not None and abs(n - expected) < 0.006
    return isinstance(got, str) and got.strip() == expected


def check_openpyxl(cells):
    books = {}
    for c in cells:
        f = c["file"]
        if f not in books:
            try:
                books[f] = open_book(HERE / f)
            except Exception as e:          # noqa: BLE001
                err(f"{f}: openpyxl cannot open it: {e!r}")
                books[f] = None
        wb = books[f]
        if wb is None:
            continue
        ws = wb[c["sheet"]]
        cell = ws[c["cell"]]
        if c["kind"] == "value":
            if not same(c["expected"], cell.value, cell.number_format):
                err(f'{f} {c["cell"]} {c["criterion"]}: expected {c["expected"]!r}, cell has {cell.value!r} '
                    f'({cell.number_format})')
        else:
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if target != c["expected"] and (cell.value or "").strip() != c["expected"]:
                err(f'{f} {c["cell"]} link {c["criterion"]}: expected {c["expected"]}, '
                    f'cell has {cell.value!r} / hyperlink {target!r}')
    return books


def check_json(expected, cells):
    by = {}
    for c in cells:
        by.setdefault((c["file"], c["kind"]), {})[c["criterion"]] = c["expected"]
    for e in expected:
        if by.get((e["file"], "value"), {}) != e["values"]:
            err(f'{e["file"]}: expected.json values differ from cells.json')
        if by.get((e["file"], "link"), {}) != e["links"]:
            err(f'{e["file"]}: expected.json links differ from cells.json')
        v = e["values"]
        for sh, a, b in (("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"]),
                         ("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"]),
                         ("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"]),
                         ("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
                          ["teachers_other", "young_specialists"]),
                         ("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"]),
                         ("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])):
            if sh in v and all(k in v for k in a + b):
                calc = round(sum(v[k] for k in a) / sum(v[k] for k in b) * 100, 2)
                if abs(calc - v[sh]) > 0.011:
                    err(f'{e["file"]}: {sh} = {v[sh]}, but the parts give {calc}')
        parts = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                 "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
        if "pp_total" in v and sum(v.get(k, 0) for k in parts) != v["pp_total"]:
            err(f'{e["file"]}: pp forms do not add up to pp_total')
        groups = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                  "mentees_career", "mentees_other_params"]
        if "mentees_10_19" in v and sum(v.get(k, 0) for k in groups) > v["mentees_10_19"]:
            err(f'{e["file"]}: mentee groups exceed mentees_10_19')
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"),
                            ("young_specialists_mentors", "teachers_mentors"), ("teachers_mentors", "mentors_total")):
            if part in v and whole in v and v[part] > v[whole]:
                err(f'{e["file"]}: {part} > {whole}')


def check_packages():
    typed = HERE / "typed"

    def z(name):
        return zipfile.ZipFile(typed / name)

    def read(zf, n):
        return zf.read(n).decode("utf-8")
    # 01 strict
    f = z("01_sosh3_strict.xlsx")
    wb = read(f, "xl/workbook.xml")
    sh = read(f, "xl/worksheets/sheet1.xml")
    rels = read(f, "_rels/.rels") + read(f, "xl/_rels/workbook.xml.rels")
    ok = ('conformance="strict"' in wb and 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"' in sh
          and "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" in rels
          and "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" in rels
          and "schemas.openxmlformats.org/spreadsheetml" not in "".join(read(f, n) for n in f.namelist()
                                                                       if n.endswith(".xml"))
          and len(re.findall(r't="d"><v>\d{4}-\d\d-\d\dT', sh)) >= 10)
    if not ok:
        err("01: not a Strict package with t=\"d\" ISO dates")
    # 02 xlsm
    f = z("02_licei1_macro.xlsm")
    ct = read(f, "[Content_Types].xml")
    bin_ = f.read("xl/vbaProject.bin")
    if not ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" in ct and "application/vnd.ms-office.vbaProject" in ct
            and 'relationships/vbaProject" Target="vbaProject.bin"' in read(f, "xl/_rels/workbook.xml.rels")
            and bin_[:8] == b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"):
        err("02: not a macro-enabled package with a vbaProject.bin")
    # 03 xltx
    f = z("03_klyuchi_template.xltx")
    if "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml" not in read(f, "[Content_Types].xml"):
        err("03: not a template package")
    # 04 windows writer
    f = z("04_gimn2_export.xlsx")
    infos = f.infolist()
    wr = read(f, "xl/_rels/workbook.xml.rels")
    if not (all(i.compress_type == zipfile.ZIP_STORED and i.flag_bits & 0x08 for i in infos)
            and infos[-1].filename == "[Content_Types].xml"
            and 'Target="/xl/worksheets/form.xml"' in wr and 'Target="./styles.xml"' in wr
            and 'Target="../xl/sharedStrings.xml"' in wr
            and not any(re.fullmatch(r"xl/worksheets/sheet\d+\.xml", i.filename) for i in infos)
            and read(f, "xl/worksheets/form.xml").startswith("<x:worksheet")):
        err("04: the .NET writer's quirks are missing")
    # 05 rich / phonetic / inline / built-in formats
    f = z("05_sosnovka_phonetic.xlsx")
    sst = read(f, "xl/sharedStrings.xml")
    sh = read(f, "xl/worksheets/sheet1.xml")
    st = read(f, "xl/styles.xml")
    if not ("<rPh " in sst and "<r>" in sst and 'xml:space="preserve"' in sst and 't="inlineStr"' in sh
            and 't="s"' in sh and "<numFmts" not in st
            and all(f'numFmtId="{n}"' in st for n in (9, 10, 14))):
        err("05: rich text / rPh / inline strings / built-in formats missing")
    # 06 chartsheet first
    f = z("06_cdt_chartsheet.xlsx")
    wb = read(f, "xl/workbook.xml")
    rels = read(f, "xl/_rels/workbook.xml.rels")
    first = re.search(r'<sheet [^>]*r:id="(\w+)"', wb).group(1)
    types = {re.search(r'Id="(\w+)"', x).group(1): re.search(r'Type="([^"]+)"', x).group(1)
             for x in re.findall(r"<Relationship [^>]*>", rels)}
    if not types.get(first, "").endswith("/chartsheet"):
        err("06: the first sheet is not a chartsheet")


def check_libreoffice(cells):
    with tempfile.TemporaryDirectory() as tmp:
        opened = {}
        for f in sorted({c["file"] for c in cells}):
            r = subprocess.run(["soffice", "--headless", "--convert-to",
                                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                "--outdir", tmp, str(HERE / f)], capture_output=True, text=True, timeout=300)
            opened[f] = "Writing sheet" in r.stdout or "convert" in r.stdout
        grids = {}
        for c in cells:
            stem = pathlib.Path(c["file"]).stem
            p = pathlib.Path(tmp) / f'{stem}-{c["sheet"]}.csv'
            if not p.exists():
                err(f'LibreOffice: no CSV for {c["file"]} / {c["sheet"]}')
                continue
            if p not in grids:
                grids[p] = list(csv.reader(p.open(encoding="utf-8")))
            col, row = coordinate_from_string(c["cell"])
            rows = grids[p]
            got = rows[row - 1][column_index_from_string(col) - 1] if row <= len(rows) and \
                column_index_from_string(col) <= len(rows[row - 1]) else ""
            if c["kind"] == "value":
                if not same(c["expected"], got):
                    err(f'LibreOffice {c["file"]} {c["cell"]} {c["criterion"]}: expected {c["expected"]!r}, CSV has {got!r}')
            elif c.get("shown_text", c["expected"]) == c["expected"] and got.strip() != c["expected"]:
                err(f'LibreOffice {c["file"]} {c["cell"]} link: CSV has {got!r}')
        print("LibreOffice opened:", ", ".join(pathlib.Path(f).name for f, o in opened.items() if o))


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    check_openpyxl(cells)
    check_json(expected, cells)
    check_packages()
    if "--lo" in sys.argv:
        check_libreoffice(cells)
    nv = sum(1 for c in cells if c["kind"] == "value")
    nl = sum(1 for c in cells if c["kind"] == "link")
    if errors:
        print(f"FAILED: {len(errors)} mismatches")
        sys.exit(1)
    print(f"OK: {len(expected)} files, {len(expected)} forms, {nv} values and {nl} links checked")


if __name__ == "__main__":
    main()
