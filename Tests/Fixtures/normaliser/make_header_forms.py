#!/usr/bin/env python3
"""Forms whose header block, sheets and workbook differ from the example forms (Examples/forms/2024), written with
openpyxl into OUTDIR (HeaderBlockTests runs it; run by hand to look at them): the same tables and values, with

  one_cell/       the organisation and the year each in one cell after «:» («Полное наименование ОО: МБОУ …»)
  merged/         an unknown label merged over two columns, its value merged over three
  side_by_side/   labels side by side, values below, the label right of the organisation's unknown («Адрес ОО»)
  name_only/      no label: the organisation's name alone above the table
  file_name/      no name in the form: only the file is named after the organisation
  no_name/        no name anywhere (asked in the mapping file)
  register/       a name without type words, which only the register knows, above the table; register_file/:
                  only in the file's name
  schools/        three school forms with «Муниципальное образование» and no organisation, answering one
                  municipal criterion too (a layout where every school's form looked like the municipality's)
  two_municipal/  two copies of the municipal form
  all_one_cell/, all_unknown_label/  every example form with its organisation in one cell, or under an unknown label
  sheets_unnamed/ two forms naming no organisation in one workbook named after a school (asked, not guessed)
  municipal_named/ the municipal form with an institution's name above its table
  sheets/         an instruction sheet and an empty sheet before the form; two forms in one workbook, one a
                  sheet; a hidden sheet holding another school's form

Usage: make_header_forms.py OUTDIR"""
import os
import shutil
import sys

import openpyxl

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
FORMS = os.path.join(ROOT, "Examples", "forms", "2024")


def example(name):
    return openpyxl.load_workbook(os.path.join(FORMS, name))


def clear_header(ws):
    """Empties the label rows 3–5 of an example form (organisation, type, year)."""
    for r in range(3, 6):
        for c in range(1, 6):
            ws.cell(r, c).value = None


class rewritten:
    """An example form with its label rows emptied and `cells` written (A1 notation), `merges` merged."""

    def __init__(self, name, cells, merges=()):
        self.wb = example(name)
        ws = self.wb.active
        clear_header(ws)
        for ref, value in cells.items():
            ws[ref] = value
        for m in merges:
            ws.merge_cells(m)

    def save_to(self, out, folder, name):
        save(self.wb, out, folder, name)


def save(wb, out, folder, name):
    os.makedirs(os.path.join(out, folder), exist_ok=True)
    wb.save(os.path.join(out, folder, name))


def main(out):
    # 1. Label and value in one cell.
    rewritten("01_МБОУ_СОШ_№_5.xlsx", {"A3": 'Полное наименование ОО: МБОУ "СОШ № 5"', "A4": "Отчетный год: 2024"}).save_to(out, "one_cell", "form.xlsx")
    # 2. An unknown label merged over A:B, its value merged over C:E; the year below its label.
    rewritten("07_МБОУ_ГЮЛ_№86.xlsx", {"A3": "Учреждение-исполнитель", "C3": 'МБОУ "ГЮЛ №86"', "A4": "Отчетный год", "A5": "2024"},
              merges=("A3:B3", "C3:E3")).save_to(out, "merged", "form.xlsx")
    # 3. The name alone above the table (no label); the year in the title.
    rewritten("10_МАОУ_Гимназия_№_56.xlsx", {"A1": "Мониторинг целевой модели наставничества за 2024 год",
                                              "A3": 'МАОУ "Гимназия № 56"'}).save_to(out, "name_only", "form.xlsx")
    # 4. No name in the form; the file is named after the organisation.
    rewritten("05_МБОУ_СОШ_№_67.xlsx", {"A3": "Отчетный год", "B3": "2024"}).save_to(out, "file_name", "05_МБОУ_СОШ_№_67.xlsx")
    # 5. No name anywhere.
    rewritten("04_МБОУ_СОШ_№_70.xlsx", {"A3": "Отчетный год", "B3": "2024"}).save_to(out, "no_name", "анкета.xlsx")

    # Labels side by side with their values below, one of them unknown: «Образовательная организация | Адрес ОО».
    wb = example("11_МБОУ_СОШ_№52.xlsx")
    ws = wb.active
    assert ws["B3"].value == "Образовательная организация" and ws["C3"].value == "Тип ОО"
    ws["C3"], ws["C4"] = "Адрес ОО", "г. Ижевск, ул. Ленина, 1"
    save(wb, out, "side_by_side", "form.xlsx")

    # A name the register knows (no type word in it): alone above the table, and only in the file's name.
    rewritten("13_МБОУ_КШ.xlsx", {"A3": "Гармония", "A4": "Отчетный год", "B4": "2024"}).save_to(out, "register", "form.xlsx")
    rewritten("13_МБОУ_КШ.xlsx", {"A4": "Отчетный год", "B4": "2024"}).save_to(out, "register_file", "Гармония.xlsx")

    # 6. Three school forms of one layout (labels side by side, values below) naming the municipality and no
    # organisation, each answering one municipal criterion too.
    for i, src in enumerate(("08_МБОУ_СОШ_№_53.xlsx", "11_МБОУ_СОШ_№52.xlsx", "14_МБОУ_Лингвистический_лицей_№_22.xlsx"), 1):
        wb = example(src)
        ws = wb.active
        assert ws["A3"].value == "Муниципальное образование" and ws["B3"].value == "Образовательная организация"
        for c in range(2, 5):   # the organisation's label and name out, the others moved left
            ws.cell(3, c).value = ws.cell(3, c + 1).value
            ws.cell(4, c).value = ws.cell(4, c + 1).value
        criterion, value = column(ws, 7, ("Наименование критерия", "Критерий")), column(ws, 7, ("Единица измерения (количество)", "Значение", "Количество"))
        row = ws.max_row + 1
        ws.cell(row, criterion, "Наличие приказа о реализации Целевой модели наставничества в муниципалитете (1 - да / 0 – нет)")
        ws.cell(row, value, "нет")
        save(wb, out, "schools", f"анкета_{i}.xlsx")

    # 7. Two files both claiming the municipal form.
    os.makedirs(os.path.join(out, "two_municipal"), exist_ok=True)
    for name in ("мо_первая.xlsx", "мо_вторая.xlsx"):
        shutil.copy(os.path.join(ROOT, "Examples", "municipal_2024.xlsx"), os.path.join(out, "two_municipal", name))

    # The municipal form with its authority's name above it (a name by its words, but the form answers the
    # municipality's criteria).
    wb = openpyxl.load_workbook(os.path.join(ROOT, "Examples", "municipal_2024.xlsx"))
    wb["Форма"]["A2"] = "МКОУ «Центр образования № 1»"
    save(wb, out, "municipal_named", "мо.xlsx")

    # 8. Sheets: an instruction sheet and an empty sheet first.
    wb = example("06_МБОУ_СОШ_№_69_с_углубленным_изучением_отдельных_предмет.xlsx")
    form = wb.active
    help = wb.create_sheet("Инструкция", 0)
    help["A1"] = "Инструкция по заполнению"
    help["A2"] = "Заполните столбец «Значение» по состоянию на 31.12.2024; в столбце «Ссылка» укажите документ."
    help["A3"] = "Количество наставников ОО (по приказу) — укажите число"
    wb.create_sheet("Пустой", 1)
    wb.active = 2
    save(wb, out, "sheets", "instruction_first.xlsx")

    # Two forms in one workbook, one a sheet: the forms of schools 5 and 42 copied cell by cell.
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for src, title in (("01_МБОУ_СОШ_№_5.xlsx", "СОШ 5"), ("02_МБОУ_СОШ_№42.xlsx", "СОШ 42")):
        copy_sheet(example(src).active, wb.create_sheet(title))
    save(wb, out, "sheets", "two_forms.xlsx")

    # Two forms without a name in one workbook named after one school: the file's name is neither's.
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for src, title in (("04_МБОУ_СОШ_№_70.xlsx", "первая"), ("07_МБОУ_ГЮЛ_№86.xlsx", "вторая")):
        ws = wb.create_sheet(title)
        copy_sheet(example(src).active, ws)
        clear_header(ws)
        ws["A3"], ws["B3"] = "Отчетный год", "2024"
    save(wb, out, "sheets_unnamed", "МБОУ_СОШ_№_70.xlsx")

    # A hidden sheet holding another school's form (junk to the reader: hidden sheets are not read).
    wb = example("03_МБОУ_ИЕГЛ_Школа-30.xlsx")
    junk = wb.create_sheet("старое")
    copy_sheet(example("08_МБОУ_СОШ_№_53.xlsx").active, junk)
    junk.sheet_state = "hidden"
    save(wb, out, "sheets", "hidden_junk.xlsx")


def every_form(out):
    """Every example form with its organisation written «Полное наименование ОО: …» in the label's cell
    (all_one_cell/), and under a label the tool does not know, «Исполнитель» (all_unknown_label/, files named
    «форма_NN.xlsx» so that only the form names the organisation)."""
    for i, name in enumerate(sorted(os.listdir(FORMS))):
        for folder in ("all_one_cell", "all_unknown_label"):
            wb = example(name)
            ws = wb.active
            label = next(c for row in ws.iter_rows(min_row=1, max_row=8) for c in row if c.value == "Образовательная организация")
            right = ws.cell(label.row, label.column + 1)
            value = right if right.value not in (None, "Тип ОО") else ws.cell(label.row + 1, label.column)
            if folder == "all_one_cell":
                label.value, value.value = "Полное наименование ОО: " + value.value, None
                save(wb, out, folder, name)
            else:
                label.value = "Исполнитель"
                save(wb, out, folder, "форма_%02d.xlsx" % (i + 1))


def column(ws, row, titles):
    """The column of the header row whose title is one of `titles`."""
    for c in range(1, ws.max_column + 1):
        if ws.cell(row, c).value in titles:
            return c
    raise ValueError(f"no column {titles} in row {row}")


def copy_sheet(src, dst):
    for row in src.iter_rows():
        for c in row:
            if c.value is not None:
                dst.cell(c.row, c.column, c.value)
                if c.hyperlink is not None:
                    dst.cell(c.row, c.column).hyperlink = c.hyperlink.target
    for m in src.merged_cells.ranges:
        dst.merge_cells(str(m))


if __name__ == "__main__":
    main(sys.argv[1])
    every_form(sys.argv[1])
