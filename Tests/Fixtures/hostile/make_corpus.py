#!/usr/bin/env python3
"""Builds the corpus of hostile and broken inputs into OUT_DIR, with expected.tsv naming, for each file,
the outcome `mentoring check --json` must report: `error:<words>` (the file is skipped with a message
containing the words), `issue:<kind>` (read, with an issue of that kind), or `ok`.

usage: make_corpus.py OUT_DIR      (big inputs are generated, not committed)
"""
import os
import shutil
import sys
import zipfile

import openpyxl

out = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
reader = os.path.join(here, "..", "reader")
normaliser = os.path.join(here, "..", "normaliser")
os.makedirs(out, exist_ok=True)
expected = []


def copy(src_dir, name, target, outcome):
    shutil.copy(os.path.join(src_dir, name), os.path.join(out, target))
    expected.append((target, outcome))


# Broken files, from the reader's fixtures (made by scripts/make_reader_fixtures.py).
copy(reader, "bad_empty.xlsx", "пустой файл.xlsx", "error:пустой")
copy(reader, "bad_text.xlsx", "текст вместо xlsx.xlsx", "error:не архив ZIP")
copy(reader, "bad_truncated.xlsx", "обрезанный.xlsx", "error:обрезан")
copy(reader, "bad_crc.xlsx", "битая CRC.xlsx", "error:CRC")
copy(reader, "bad_old.xls", "старый формат.xlsx", "error:.xls")
copy(reader, "bad_password.xlsx", "с паролем.xlsx", "error:паролем")
copy(reader, "bad_ods.ods", "таблица ods.xlsx", "error:OpenDocument")
copy(reader, "bad_entities.xlsx", "бомба сущностей.xlsx", "error:DOCTYPE")
copy(reader, "bad_xxe.xlsx", "внешняя сущность.xlsx", "error:DOCTYPE")
copy(reader, "real_empty_sheets.xlsx", "без листов.xlsx", "issue:unknown_layout")
# Errors confined to one sheet: that sheet is skipped with a warning (here it is the only one).
copy(reader, "bad_shared_index.xlsx", "индекс строки.xlsx", "issue:skipped_sheet")
copy(reader, "bad_cell_ref.xlsx", "ячейка за пределами.xlsx", "issue:skipped_sheet")
copy(reader, "real_empty_rid.xlsx", "лист без части.xlsx", "issue:skipped_sheet")
copy(reader, "bad_duplicate_entry.xlsx", "две части с одним именем.xlsx", "error:дважды")
copy(normaliser, "no_layout.xlsx", "не форма.xlsx", "issue:unknown_layout")
copy(normaliser, "dup_a.xlsx", "школа 5 а.xlsx", "ok")
copy(normaliser, "dup_b.xlsx", "школа 5 б.xlsx", "error:расходится")
copy(normaliser, "other_year.xlsx", "прошлый год.xlsx", "issue:year_mismatch")

# A zip bomb: one part inflating past the default 512 MiB limit (zeros compress ~1000:1).
with zipfile.ZipFile(os.path.join(out, "zip-бомба.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Л" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        block = b" " * (1 << 20)
        for _ in range(600):
            f.write(block)
        f.write(b"</sheetData></worksheet>")
expected.append(("zip-бомба.xlsx", "error:zip-бомба"))

# 1,000,000 empty rows after a valid form: read in bounded time and memory, the form still recognised.
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Форма")
ws.append(["Образовательная организация", "МБОУ СОШ № 7"])
ws.append(["Отчетный год", 2024])
ws.append(["Критерий", "Значение"])
ws.append(["Количество наставников ОО (по приказу)", 5])
wb.save(os.path.join(out, "миллион строк.xlsx"))
src = os.path.join(out, "миллион строк.xlsx")
tmp = src + ".tmp"
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.startswith("xl/worksheets/sheet"):
            text = data.decode("utf-8")
            empty = "".join(f'<row r="{r}"/>' for r in range(5, 1_000_005))
            text = text.replace("</sheetData>", empty + "</sheetData>")
            data = text.encode("utf-8")
        zout.writestr(item, data)
os.replace(tmp, src)
expected.append(("миллион строк.xlsx", "ok"))

# A sheet of 10,000 columns: a wide export whose criterion columns repeat far to the right.
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Выгрузка")
ws.append(["№", "Образовательная организация", "Отчетный год"] + ["Количество наставников ОО (по приказу)",
          "Количество наставляемых ОО (по приказу)", "Общее количество кураторов по внедрению Целевой модели наставничества"]
          + [f"Столбец {i}" for i in range(10_000 - 6)])
ws.append([1, "МБОУ СОШ № 8", 2024, 3, 4, 1] + [i for i in range(10_000 - 6)])
wb.save(os.path.join(out, "десять тысяч столбцов.xlsx"))
expected.append(("десять тысяч столбцов.xlsx", "issue:unmapped_title"))

# A form whose values are all text.
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["Образовательная организация", "МБОУ СОШ № 9"])
ws.append(["Отчетный год", "2024"])
ws.append(["Критерий", "Значение"])
ws.append(["Количество наставников ОО (по приказу)", "много"])
ws.append(["Количество наставляемых ОО (по приказу)", "около ста"])
wb.save(os.path.join(out, "значения текстом.xlsx"))
expected.append(("значения текстом.xlsx", "issue:unparsed_value"))

# A file that can't be read: a dangling link (a locked or vanished file looks the same to a reader).
os.symlink(os.path.join(out, "нет такого файла"), os.path.join(out, "недоступный файл.xlsx"))
expected.append(("недоступный файл.xlsx", "error:не найден"))

with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8") as f:
    for name, outcome in expected:
        f.write(f"{name}\t{outcome}\n")
print(f"{len(expected)} inputs")
