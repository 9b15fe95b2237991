#!/usr/bin/env python3
"""Builds the reader's test fixtures in Tests/Fixtures/reader/ (committed; re-run to regenerate).

Independent writers: openpyxl, XlsxWriter, LibreOffice headless (CSV -> XLSX/ODS/XLS), msoffcrypto-tool
(a real password-protected workbook). Hand-built edge cases: XML parts written here and zipped.
usage: python3 scripts/make_reader_fixtures.py
"""
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "reader")
os.makedirs(OUT, exist_ok=True)


def path(name):
    return os.path.join(OUT, name)


def fixed_zip(name, parts, compression=zipfile.ZIP_DEFLATED):
    """Writes parts {name: bytes|str} into a zip with fixed timestamps (reproducible)."""
    with zipfile.ZipFile(path(name), "w", compression) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---- openpyxl -------------------------------------------------------------------------------------
def by_openpyxl():
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    ws["A1"] = "Образовательная организация"
    ws["B1"] = 'МБОУ "СОШ № 5"'
    ws["A3"] = "Показатель"
    ws["B3"] = "Критерий"
    ws["C3"] = "Значение"
    ws["D3"] = "Ссылка"
    ws["A4"] = "1. Нормативное обеспечение"
    ws.merge_cells("A4:A5")
    ws["B4"] = "Количество наставников ОО (по приказу)"
    ws["C4"] = 122
    ws["D4"] = "ссылка"
    ws["D4"].hyperlink = "https://school5.example.ru/docs/prikaz.pdf"
    ws["B5"] = "Доля обучающихся"
    ws["C5"] = 0.0728
    ws["C5"].number_format = "0.00%"
    ws["B6"] = "Дата отчёта"
    ws["C6"] = datetime.date(2024, 10, 7)
    ws["B7"] = "Есть приказ"
    ws["C7"] = True
    ws["B8"] = "  пробелы по краям  "
    ws["C8"] = "1 111"
    ws["C8"].number_format = "@"
    ws["B9"] = "Внутренняя ссылка"
    ws["B9"].hyperlink = "#'Скрытый'!A1"
    ws["B9"].font = Font(underline="single")
    ws.column_dimensions["E"].hidden = True
    ws.row_dimensions[10].hidden = True
    ws["A10"] = "скрытая строка"
    hidden = wb.create_sheet("Скрытый")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "секрет"
    very = wb.create_sheet("ОченьСкрытый")
    very.sheet_state = "veryHidden"
    very["A1"] = 1
    wb.save(path("openpyxl_form.xlsx"))


# ---- XlsxWriter -----------------------------------------------------------------------------------
def by_xlsxwriter():
    import xlsxwriter
    wb = xlsxwriter.Workbook(path("xlsxwriter_features.xlsx"))
    ws = wb.add_worksheet("Лист1")
    bold = wb.add_format({"bold": True})
    italic = wb.add_format({"italic": True})
    pct = wb.add_format({"num_format": "0.00%"})
    date = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_string(0, 0, "Текст")
    ws.write_number(0, 1, 57814)
    ws.write_number(0, 2, 0.0539, pct)
    ws.write_formula(1, 0, "=B1*2", None, 115628)
    ws.write_formula(1, 1, '="А"&"Б"', None, "АБ")
    ws.write_rich_string(2, 0, "Полу", bold, "жирный", " и ", italic, "курсив")
    ws.write_datetime(3, 0, datetime.datetime(2024, 10, 7), date)
    ws.write_url(4, 0, "https://disk.yandex.ru/i/LKiR179tWxtiwA", string="ссылка")
    ws.write_boolean(5, 0, False)
    ws.merge_range("C5:D6", "Объединено")
    ws.write(9, 30, "далеко")  # sparse: AE10
    wb.close()

    wb = xlsxwriter.Workbook(path("xlsxwriter_1904.xlsx"), {"date_1904": True})
    ws = wb.add_worksheet()
    ws.write_datetime(0, 0, datetime.datetime(2024, 10, 7), wb.add_format({"num_format": "yyyy-mm-dd"}))
    wb.close()


def xlsxwriter_places():
    """Texts outside the cells, where a form may name its organisation: the page header and footer (with
    codes), a note, a text box, defined names (a constant, a local one, a range) and the document properties."""
    import xlsxwriter
    wb = xlsxwriter.Workbook(path("xlsxwriter_places.xlsx"))
    ws = wb.add_worksheet("Форма")
    ws.write(0, 0, "Мониторинг ЦМН за 2024 год")
    ws.set_header('&L&"Arial,Bold"&14МБОУ «СОШ № 18» && партнёры&R&D')
    ws.set_footer("&LИсполнитель: Петрова А.А., тел. 8(900)000-00-00&CСтраница &P из &N")
    ws.write_comment("A1", "МБОУ «ООШ № 2», зам. директора по УВР", {"author": "Шалагинова Е.Н."})
    ws.insert_textbox("C1", "МАОУ «Гимназия № 4»\nг. Ключегорск")
    other = wb.add_worksheet("Второй")
    other.write(0, 0, "пусто")
    wb.define_name("Наименование_ОО", '="МБОУ ""СОШ № 25"""')
    wb.define_name("Второй!Местное", '="Лицей № 9"')
    wb.define_name("Диапазон", "=Форма!$A$1:$B$2")
    wb.set_properties({"title": "Мониторинг ЦМН — МБОУ «СОШ № 12»", "subject": "Наставничество",
                       "keywords": "ЦМН, 2024", "company": "МБОУ СОШ № 12 г. Ключегорска", "manager": "Иванова",
                       "author": "user", "created": datetime.datetime(2024, 12, 20)})
    wb.close()


# ---- LibreOffice ----------------------------------------------------------------------------------
def by_libreoffice():
    tmp = tempfile.mkdtemp()
    csv = os.path.join(tmp, "libreoffice_csv.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("Организация;Наставников;Доля\n")
        f.write('МБОУ "СОШ № 5";122;7,28%\n')
        f.write("МБОУ ДО ДД(Ю)Т;51;5,39%\n")
    profile = "file://" + os.path.join(tmp, "profile")
    # 59 = ';', 34 = '"', 76 = UTF-8, 1 = start row; Russian locale for the decimal comma.
    filt = "CSV:59,34,76,1,,1049"
    for target, ext in (("Calc MS Excel 2007 XML", "xlsx"), ("calc8", "ods"), ("MS Excel 97", "xls")):
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--infilter=" + filt,
                        "--convert-to", f"{ext}:{target}", "--outdir", tmp, csv], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, "libreoffice_csv.xlsx"), path("libreoffice_csv.xlsx"))
    shutil.copy(os.path.join(tmp, "libreoffice_csv.ods"), path("bad_ods.ods"))
    shutil.copy(os.path.join(tmp, "libreoffice_csv.xls"), path("bad_old.xls"))
    shutil.rmtree(tmp)


def encrypted():
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(path("openpyxl_form.xlsx"), "rb") as plain, open(path("bad_password.xlsx"), "wb") as out:
        OOXMLFile(plain).encrypt("секрет", out)


# ---- hand-built parts -----------------------------------------------------------------------------
T = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
TR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
S = "http://purl.oclc.org/ooxml/spreadsheetml/main"
SR = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def package(main, rels, sheet_xml, shared=None, styles=None, sheet_rels=None, workbook_extra="",
            sheets=None, wb_target="xl/workbook.xml", absolute=False):
    sheets = sheets or [("Лист1", "rId1", None)]
    sheet_elems = "".join(
        f'<sheet name="{n}" sheetId="{i + 1}" r:id="{rid}"' + (f' state="{st}"' if st else "") + "/>"
        for i, (n, rid, st) in enumerate(sheets))
    target = (lambda p: "/xl/" + p) if absolute else (lambda p: p)
    wb_rels = [f'<Relationship Id="rId1" Type="{rels}/worksheet" Target="{target("worksheets/sheet1.xml")}"/>']
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                       f'Type="{rels}/officeDocument" Target="{wb_target}"/></Relationships>',
        wb_target: f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rels}">{workbook_extra}'
                   f"<sheets>{sheet_elems}</sheets></workbook>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet xmlns="{main}" xmlns:r="{rels}">{sheet_xml}</worksheet>',
    }
    if shared is not None:
        wb_rels.append(f'<Relationship Id="rId8" Type="{rels}/sharedStrings" Target="{target("sharedStrings.xml")}"/>')
        parts["xl/sharedStrings.xml"] = f'<?xml version="1.0"?><sst xmlns="{main}">{shared}</sst>'
    if styles is not None:
        wb_rels.append(f'<Relationship Id="rId9" Type="{rels}/styles" Target="styles.xml"/>')
        parts["xl/styles.xml"] = f'<?xml version="1.0"?><styleSheet xmlns="{main}">{styles}</styleSheet>'
    if sheet_rels is not None:
        parts["xl/worksheets/_rels/sheet1.xml.rels"] = f'<?xml version="1.0"?><Relationships xmlns="{PKG}">{sheet_rels}</Relationships>'
    parts["xl/_rels/workbook.xml.rels"] = f'<?xml version="1.0"?><Relationships xmlns="{PKG}">{"".join(wb_rels)}</Relationships>'
    parts["[Content_Types].xml"] = content_types(parts)
    return parts


def content_types(parts):
    """[Content_Types].xml declaring the parts present, as real writers do (openpyxl needs it to open a file)."""
    ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    kinds = {"workbook.xml": f"{ml}.sheet.main+xml", "sharedStrings.xml": f"{ml}.sharedStrings+xml",
             "styles.xml": f"{ml}.styles+xml"}
    overrides = []
    for name in sorted(parts):
        base = name.rsplit("/", 1)[-1]
        ctype = kinds.get(base) or (f"{ml}.worksheet+xml" if "/worksheets/sheet" in name else None)
        if ctype:
            overrides.append(f'<Override PartName="/{name}" ContentType="{ctype}"/>')
    return ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")


def hand_built():
    # Strict namespaces, absolute relationship targets, rich text with a phonetic run, preserved spaces.
    fixed_zip("hand_strict.xlsx", package(
        S, SR,
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>42</v></c></row></sheetData>',
        shared='<si><r><t>Нормативное </t></r><r><rPr><b/></rPr><t>обеспечение</t></r><rPh sb="0" eb="1"><t>ФОНЕТИКА</t></rPh></si>'
               '<si><t xml:space="preserve">  с пробелами  </t></si>',
        absolute=True))
    # No r attributes at all, inline strings, sparse rows, booleans, errors, ISO dates, str formulas, 1904.
    fixed_zip("hand_no_refs.xlsx", package(
        T, TR,
        "<sheetData>"
        '<row><c t="inlineStr"><is><t>первая</t></is></c><c><v>1.5</v></c><c t="b"><v>1</v></c></row>'
        '<row><c t="e"><v>#N/A</v></c><c/><c t="d"><v>2024-10-07T00:00:00Z</v></c></row>'
        '<row r="5"><c t="str"><f>A1&amp;"!"</f><v>первая!</v></c><c r="D5"><f>1+1</f><v>2</v></c><c><v>3</v></c></row>'
        "</sheetData>",
        workbook_extra='<workbookPr date1904="1"/>'))
    # No sharedStrings part at all (a CoreXLSX trap), styles with custom percent/date/text formats.
    fixed_zip("hand_styles.xlsx", package(
        T, TR,
        '<sheetData><row r="1"><c r="A1" s="1"><v>0.0735</v></c><c r="B1" s="2"><v>45572</v></c>'
        '<c r="C1" s="3"><v>7</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1" s="5"><v>12</v></c></row></sheetData>',
        styles='<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>'
               '<numFmt numFmtId="166" formatCode="#,##0&quot; дн.&quot;"/></numFmts>'
               '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/>'
               '<xf numFmtId="10"/><xf numFmtId="166"/></cellXfs>'))
    # Hyperlinks over a range and to a location, merged cells, hidden rows and columns.
    fixed_zip("hand_links.xlsx", package(
        T, TR,
        '<cols><col min="2" max="3" width="5" hidden="1"/></cols>'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ссылка</t></is></c></row>'
        '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>скрыто</t></is></c></row></sheetData>'
        '<mergeCells count="1"><mergeCell ref="A3:C4"/></mergeCells>'
        '<hyperlinks><hyperlink ref="A1" r:id="rId5"/><hyperlink ref="D1:D2" r:id="rId6"/>'
        '<hyperlink ref="E1" location="Лист1!A1" display="назад"/></hyperlinks>',
        sheet_rels=f'<Relationship Id="rId5" Type="{TR}/hyperlink" Target="https://alt.izh.one/quality/download/779" TargetMode="External"/>'
                   f'<Relationship Id="rId6" Type="{TR}/hyperlink" Target="file:///C:/Users/Downloads/prikaz.pdf" TargetMode="External"/>'))

    # ---- bad files ----
    open(path("bad_empty.xlsx"), "wb").close()
    with open(path("bad_text.xlsx"), "w", encoding="utf-8") as f:
        f.write("Организация;Наставников\nМБОУ СОШ № 5;122\n")
    good = open(path("openpyxl_form.xlsx"), "rb").read()
    open(path("bad_truncated.xlsx"), "wb").write(good[: len(good) // 2])
    # Bad CRC: flip a byte of the sheet's compressed data (stored uncompressed to hit the data exactly).
    fixed_zip("bad_crc.xlsx", package(T, TR, '<sheetData><row r="1"><c r="A1"><v>12345</v></c></row></sheetData>'),
              compression=zipfile.ZIP_STORED)
    data = bytearray(open(path("bad_crc.xlsx"), "rb").read())
    i = data.find(b"12345")
    data[i] = ord("9")
    open(path("bad_crc.xlsx"), "wb").write(bytes(data))
    # A zip bomb in miniature: 8 MiB of spaces (tests run it with a 1 MiB part limit; the script keeps it tiny).
    bomb = package(T, TR, "<sheetData/>")
    bomb["xl/worksheets/sheet1.xml"] = (f'<?xml version="1.0"?><worksheet xmlns="{T}"><sheetData>' + " " * (8 << 20)
                                        + "</sheetData></worksheet>")
    fixed_zip("bad_bomb.xlsx", bomb)
    # Entity expansion ("billion laughs") and an external entity (XXE) in the sheet part.
    laughs = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "ааааааааааа">'
              + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
              + f']><worksheet xmlns="{T}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData></worksheet>')
    p = package(T, TR, "")
    p["xl/worksheets/sheet1.xml"] = laughs
    fixed_zip("bad_entities.xlsx", p)
    p = package(T, TR, "")
    p["xl/worksheets/sheet1.xml"] = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
                                     f'<worksheet xmlns="{T}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>')
    fixed_zip("bad_xxe.xlsx", p)
    fixed_zip("bad_shared_index.xlsx", package(
        T, TR, '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row></sheetData>',
        shared="<si><t>единственная</t></si>"))
    fixed_zip("bad_cell_ref.xlsx", package(T, TR, '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'))
    fixed_zip("bad_row_ref.xlsx", package(T, TR, '<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>'))
    fixed_zip("bad_xml.xlsx", package(T, TR, '<sheetData>\n<row r="1">\n<c r="A1"><v>1</v></c>\n</rowx></sheetData>'))
    p = package(T, TR, "<sheetData/>")
    del p["xl/worksheets/sheet1.xml"]
    fixed_zip("bad_missing_sheet.xlsx", p)
    # The SAX reader's hardening (issue 19): nesting past the depth limit, an entity nobody declared, a DOCTYPE
    # in the parts read when the first cell needs them, a text past the length limit.
    fixed_zip("bad_deep.xlsx", package(T, TR, '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
                                              + "<extLst>" + "<x>" * 100 + "</x>" * 100 + "</extLst>"))
    fixed_zip("bad_entity_ref.xlsx", package(
        T, TR, '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c></row></sheetData>'))
    p = package(T, TR, '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>', shared="<si><t>x</t></si>")
    p["xl/sharedStrings.xml"] = (f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">]><sst xmlns="{T}"><si><t>&a;</t></si></sst>')
    fixed_zip("bad_doctype_shared.xlsx", p)
    p = package(T, TR, '<sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c></row></sheetData>',
                styles='<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs>')
    p["xl/styles.xml"] = (f'<?xml version="1.0"?><!DOCTYPE styleSheet [<!ENTITY a "aaaa">]><styleSheet xmlns="{T}">'
                          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>')
    fixed_zip("bad_doctype_styles.xlsx", p)
    fixed_zip("bad_long_text.xlsx", package(
        T, TR, '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>' + "a" * 10_000_001 + "</t></is></c></row></sheetData>"))
    fixed_zip("bad_no_workbook.xlsx", {"docProps/app.xml": "<Properties/>"})


# ---- shapes met in real files from other programs (issue 14) -----------------------------------------
def two_sheets(sheet1_xml, sheet2_xml, rid2="rId2", shared=None, styles=None):
    """A package with two sheets; the second sheet's r:id can be anything (even empty)."""
    p = package(T, TR, sheet1_xml, shared=shared, styles=styles,
                sheets=[("Первый", "rId1", None), ("Второй", rid2, None), ("Третий", "rId3", None)])
    p["xl/worksheets/sheet2.xml"] = f'<?xml version="1.0"?><worksheet xmlns="{T}">{sheet2_xml}</worksheet>'
    p["xl/worksheets/sheet3.xml"] = (f'<?xml version="1.0"?><worksheet xmlns="{T}"><sheetData><row r="1">'
                                     '<c r="A1" t="inlineStr"><is><t>третий</t></is></c></row></sheetData></worksheet>')
    rels = p["xl/_rels/workbook.xml.rels"]
    rels = rels.replace("</Relationships>",
                        f'<Relationship Id="rId2" Type="{TR}/worksheet" Target="worksheets/sheet2.xml"/>'
                        f'<Relationship Id="rId3" Type="{TR}/worksheet" Target="worksheets/sheet3.xml"/></Relationships>')
    p["xl/_rels/workbook.xml.rels"] = rels
    p["[Content_Types].xml"] = content_types(p)
    return p


def real_world():
    one_row = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>первый</t></is></c><c r="B1"><v>7</v></c></row></sheetData>'
    # 1. Pretty-printed string items (Gnumeric, Access exports): whitespace between elements is not text.
    fixed_zip("real_pretty_strings.xlsx", package(
        T, TR,
        '<sheetData>\n  <row r="1">\n    <c r="A1" t="s"><v>0</v></c>\n    <c r="B1" t="s"><v>1</v></c>\n'
        '    <c r="C1" t="s"><v>2</v></c>\n    <c r="D1" t="s"><v>3</v></c>\n'
        '    <c r="E1" t="inlineStr">\n      <is>\n        <t>Встроенная</t>\n      </is>\n    </c>\n  </row>\n'
        '  <row r="2">\n    <c r="A2" t="s"><v>4</v></c>\n    <c r="B2" t="s"><v>5</v></c>\n  </row>\n</sheetData>',
        shared='\n  <si>\n    <t>Contact Number</t>\n  </si>'
               '\n  <si><t xml:space="preserve">Date</t>\n  </si>'
               '\n  <si>\n    <t/>\n  </si>'
               '\n  <si>\n    <r>\n      <rPr><b/></rPr>\n      <t xml:space="preserve">Количество </t>\n    </r>\n'
               '    <r>\n      <t>наставников</t>\n    </r>\n    <rPh sb="0" eb="1">\n      <t>ФОНЕТИКА</t>\n    </rPh>\n  </si>'
               '\n  <si>\n    <t xml:space="preserve">  два пробела  </t>\n  </si>'
               '\n  <si>\n    <t>строка 1\nстрока 2</t>\n  </si>\n'))
    # 2. Excel's _xHHHH_ escapes: a carriage return pasted from Windows, a control character, an escaped "_x".
    fixed_zip("real_escapes.xlsx", package(
        T, TR,
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Число наставников_x000D_\nв ОО</t></is></c>'
        '<c r="B2" t="str"><f>A2</f><v>x_x0009_y</v></c></row></sheetData>',
        shared="<si><t>ABC_x000D_\nDEF</t></si><si><t>_x005F_x000A_</t></si><si><t>групп_x001D_а</t></si>"
               "<si><t>не экранировано: _xZZZZ_ и _x12_</t></si><si><t>строчные: _x000d__x000a_</t></si>"))
    # 3. Elapsed-time formats and t="d" cells with a time, or a time alone.
    fixed_zip("real_dates.xlsx", package(
        T, TR,
        '<sheetData><row r="1"><c r="A1" s="1"><v>1.5</v></c><c r="B1" s="2"><v>0.0625</v></c>'
        '<c r="C1" s="3"><v>0.000694444444444444</v></c><c r="D1" s="4"><v>2.25</v></c><c r="E1" s="5"><v>45572.5</v></c></row>'
        '<row r="2"><c r="A2" t="d"><v>2021-01-01T10:10:10</v></c><c r="B2" t="d"><v>10:10:10</v></c>'
        '<c r="C2" t="d"><v>2024-10-07</v></c><c r="D2" t="d"><v>2021-01-01T10:10:10.500Z</v></c>'
        '<c r="E2" t="d" s="6"><v>2021-01-01T10:10:10</v></c></row></sheetData>',
        styles='<numFmts count="5"><numFmt numFmtId="164" formatCode="[h]:mm"/><numFmt numFmtId="165" formatCode="[mm]:ss"/>'
               '<numFmt numFmtId="166" formatCode="[ss]"/><numFmt numFmtId="167" formatCode="[hh]:mm:ss"/>'
               '<numFmt numFmtId="168" formatCode="dd.mm.yyyy hh:mm"/></numFmts>'
               '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>'
               '<xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="22"/></cellXfs>'))
    # 4a. Entry names written with backslashes (a real report from a Chinese HR system).
    p = package(T, TR, one_row, shared="<si><t>x</t></si>")
    fixed_zip("real_backslash_names.xlsx", {k.replace("/", "\\"): v for k, v in p.items()})
    # 4b. A sheet with r:id="" between two good ones: skipped with a warning, the others read.
    fixed_zip("real_empty_rid.xlsx", two_sheets(one_row, one_row, rid2=""))
    # 4c. An impossible row number on the second sheet: that sheet skipped, the others read.
    fixed_zip("real_bad_row_second_sheet.xlsx", two_sheets(
        one_row, '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="0"><c r="A2"><v>2</v></c></row></sheetData>'))
    # 4d. An empty <sheets/>: an empty workbook.
    p = package(T, TR, "")
    p["xl/workbook.xml"] = f'<?xml version="1.0"?><workbook xmlns="{T}"><sheets/></workbook>'
    del p["xl/worksheets/sheet1.xml"]
    fixed_zip("real_empty_sheets.xlsx", p)
    # Still refused: two entries with one name (which one is the workbook?), also via a backslash spelling.
    p = package(T, TR, one_row)
    with zipfile.ZipFile(path("bad_duplicate_entry.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in p.items():
            z.writestr(zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)), data)
        z.writestr(zipfile.ZipInfo("xl\\worksheets\\sheet1.xml", date_time=(2024, 1, 1, 0, 0, 0)),
                   p["xl/worksheets/sheet1.xml"].replace("первый", "подменённый"))


# ---- encodings and whitespace met in real files (issue 24) --------------------------------------------
def encoded(parts, encoding, bom):
    """The parts re-encoded: every XML part (content types, relationships, workbook, sheets, shared strings, styles)
    in `encoding`, its declaration saying so, starting with a byte-order mark when `bom`."""
    marks = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
    out = {}
    for name, text in parts.items():
        if encoding != "utf-8":
            text = text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>', 1)
        out[name] = (marks[encoding] if bom else b"") + text.encode(encoding)
    return out


def encodings():
    sheet = ('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.0539</v></c>'
             '<c r="C1" t="inlineStr"><is><t>встроенная</t></is></c></row>'
             '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>1111</v></c></row></sheetData>'
             '<mergeCells count="1"><mergeCell ref="D1:E1"/></mergeCells>'
             '<hyperlinks><hyperlink ref="A2" r:id="rId5"/></hyperlinks>')
    def parts():
        return package(T, TR, sheet, shared="<si><t>Количество наставников</t></si><si><t>ссылка</t></si>",
                       styles='<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs>',
                       sheet_rels=f'<Relationship Id="rId5" Type="{TR}/hyperlink" Target="https://example.org/doc.pdf" TargetMode="External"/>')
    # System.IO.Packaging / the Open XML SDK: every part starts with a UTF-8 byte-order mark.
    fixed_zip("real_bom_utf8.xlsx", encoded(parts(), "utf-8", bom=True))
    # UTF-16 with a mark, both byte orders, and little-endian without one (XML 1.0, appendix F).
    fixed_zip("real_utf16le_bom.xlsx", encoded(parts(), "utf-16-le", bom=True))
    fixed_zip("real_utf16be_bom.xlsx", encoded(parts(), "utf-16-be", bom=True))
    fixed_zip("real_utf16le_nobom.xlsx", encoded(parts(), "utf-16-le", bom=False))
    # A formula that returns one space, kept by xml:space="preserve"; a blank <v> without it is no text;
    # the escapes of noncharacters stay as written.
    fixed_zip("real_space_values.xlsx", package(
        T, TR,
        '<sheetData><row r="1"><c r="A1" t="str"><f>" "</f><v xml:space="preserve"> </v></c>'
        '<c r="B1" t="str"><f>"  "</f><v xml:space="preserve">  </v></c>'
        '<c r="C1" t="inlineStr"><is><t xml:space="preserve"> </t></is></c><c r="D1" t="s"><v>0</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>_xFFFF_ и _x0041_</t></is></c></row></sheetData>',
        shared='<si><t xml:space="preserve"> </t></si><si><t>до_xFFFE_после</t></si>'))
    # «&» in attributes: a sheet name «P&L» and a link target with a query string (libxml2 hands «&» on as «&#38;»).
    p = package(T, TR, '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ссылка</t></is></c></row></sheetData>'
                       '<hyperlinks><hyperlink ref="A1" r:id="rId5" display="a &amp; b"/></hyperlinks>',
                sheets=[("P&amp;L &#38; &amp;#38;", "rId1", None)],
                sheet_rels=f'<Relationship Id="rId5" Type="{TR}/hyperlink" Target="https://example.org/q?a=1&amp;b=2" TargetMode="External"/>')
    fixed_zip("real_ampersands.xlsx", p)
    # UCS-4 (no spreadsheet program writes it): refused with a message naming the encoding.
    p = parts()
    p["xl/worksheets/sheet1.xml"] = p["xl/worksheets/sheet1.xml"].replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UCS-4"?>')
    p = {k: v.encode("utf-8") for k, v in p.items()}
    p["xl/worksheets/sheet1.xml"] = p["xl/worksheets/sheet1.xml"].decode("utf-8").encode("utf-32-be")
    fixed_zip("bad_ucs4.xlsx", p)


def formula_links():
    """HYPERLINK formulas written by XlsxWriter (an independent writer), with the cached text a cell shows."""
    import xlsxwriter
    wb = xlsxwriter.Workbook(path("xlsxwriter_hyperlink_formulas.xlsx"))
    wb.set_properties({"created": datetime.datetime(2024, 1, 1)})
    ws = wb.add_worksheet("Форма")
    ws.write("A1", "Количество наставников ОО (по приказу)")
    ws.write("B1", 122)
    ws.write_formula("C1", '=HYPERLINK("https://example.org/prikaz.pdf","документ")', None, "документ")
    ws.write_formula("C2", '=HYPERLINK("https://example.org/a?x=""1""")', None, "https://example.org/a?x=\"1\"")
    ws.write_formula("C3", '=HYPERLINK("#Форма!A1","к началу")', None, "к началу")
    ws.write_formula("C4", '=HYPERLINK(A1,"вычисляемая")', None, "вычисляемая")
    ws.write_formula("C5", '=HYPERLINK("https://example.org/"&B1,"склеенная")', None, "склеенная")
    wb.close()


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["places"]:   # only the file of texts outside the cells (XlsxWriter)
        xlsxwriter_places()
        sys.exit(0)
    if sys.argv[1:] == ["hand"]:   # only the hand-built files (no LibreOffice, no msoffcrypto needed)
        hand_built()
        real_world()
        encodings()
        formula_links()
        sys.exit(0)
    by_openpyxl()
    by_xlsxwriter()
    xlsxwriter_places()
    by_libreoffice()
    encrypted()
    hand_built()
    real_world()
    encodings()
    formula_links()
    for name in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(path(name)):>9}  {name}")
