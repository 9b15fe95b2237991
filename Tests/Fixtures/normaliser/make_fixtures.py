#!/usr/bin/env python3
"""Edge-case forms for the normaliser tests, written with openpyxl (re-run to regenerate).
The example forms and the wide export come from Examples/generate.py."""
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def form_2023():
    """Layout A, 2023 wording, labels side by side with values below, shuffled columns, an extra column,
    a merged direction cell, hyperlinks behind «ссылка», values typed as text, a fuzzy and an unknown title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws.append(["Образовательная организация", "Тип ОО", "Период"])
    ws.append(["MБОУ ДО  «ДД(Ю)Т»", "организация дополнительного образования", "01.01.2023–31.12.2023"])  # Latin M
    ws.append([])
    ws.append(["Ссылка", "Значение", "Примечание", "Ответственный", "Критерий", "Показатель"])
    rows = [
        ("https://ddut.example.ru/prikaz.pdf", "1 111", "", "Иванова", "Количество наставников ОО (по приказу)"),
        ("ссылка", "7,28", "", "", "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого"),
        ("", "5,39%", "", "", "Доля обучающихся в возрасте от 15 до 19 лет вошедших в программы наставничества в роли наставника"),
        ("", "15 %", "", "", "Уровень удовлетворенности наставляемых участием в завершённых программах наставничества"),
        ("ссылка", "Да", "", "", "Количество образовательных организаций, в которых издан приказ о мониторинге реализации Целевой модели наставничества"),
        ("", "-", "", "", "Количество наставляемых ОО (по приказу)"),
        ("", "нет данных", "", "", "Общее количество кураторов по внедрению Целевой модели наставничества"),
        ("", "замер показателя не производился", "", "", "Количество педагогов, обучившихся на КПК по вопросам наставничества"),
        ("", "3", "приказ от 01.09.2023", "", "Общее количество Положений о материальном поощрении наставников"),
        ("", "12", "", "", "Количество наставников из числа обучающихся от 15 до 19 лет (по приказу ОО)"),
        ("", "4", "", "", "Количество столовых"),
        ("", "1) ФГБОУ ВО «УдГУ» 2) АНО «ИЖАСТРО»", "", "", "Список предприятий (организаций), сотрудничающих с образовательными организациями муниципального образования по вопросам наставничества"),
    ]
    for r in rows:
        ws.append(list(r) + [None])
    ws.cell(5, 6, "2. Организация процесса реализации Целевой модели наставничества")
    ws.merge_cells("F5:F10")
    ws["A6"].hyperlink = "https://ddut.example.ru/doli.pdf"
    ws["A9"].hyperlink = "chrome-extension://efaidnbmnnnibpcajpcgclefndmkaj/https://ddut.example.ru/monitoring.pdf"
    wb.save(os.path.join(HERE, "form_2023_labels_below.xlsx"))


def duplicates():
    for name, mentors in (("dup_a.xlsx", 10), ("dup_b.xlsx", 11), ("dup_c.xlsx", 10)):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["Наименование ОО", "МБОУ «СОШ №5»" if name != "dup_b.xlsx" else 'мбоу "сош № 5"'])
        ws.append(["Отчетный год", "2024 год"])
        ws.append(["Критерий", "Количество"])
        ws.append(["Количество наставников ОО (по приказу)", mentors])
        wb.save(os.path.join(HERE, name))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ОО", "МБОУ СОШ № 10"])
    ws.append(["Год", 2023])
    ws.append(["Критерий", "Значение"])
    ws.append(["Количество наставников ОО (по приказу)", 6])
    wb.save(os.path.join(HERE, "other_year.xlsx"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Просто таблица", "без заголовков"])
    ws.append([1, 2])
    wb.save(os.path.join(HERE, "no_layout.xlsx"))


def own_words():
    """A school's form in its own words: the year only in a title line that itself reads like a criterion, an
    unlabelled header («Индикатор | Факт | Документ»), a Latin M in the name, a section row, a row that is not a
    criterion and rows the tool can only guess."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    ws["A1"] = "Отчёт о внедрении целевой модели наставничества за 2024 год"
    ws["A3"], ws["B3"] = "Учреждение", 'MБОУ "Школа № 17"'
    ws.append([])
    ws.append(["Индикатор", "Факт", "Документ"])
    for r in [("Раздел 1. Нормативное обеспечение", None, None),
              ("Приказ об утверждении положения о наставничестве педагогических работников", "да", "https://s17.ru/p1.pdf"),
              ("Приказ об утверждении положения о наставничестве обучающихся", "нет", None),
              ("Число наставников ОО согласно приказу", "34", "https://s17.ru/p2.pdf"),
              ("Число наставляемых ОО согласно приказу", "120", "https://s17.ru/p2.pdf"),
              ("Кол-во учащихся 10-19 лет", "650", None),
              ("Кол-во учащихся 10-19 лет, включённых в программы наставничества в качестве наставляемых", "95", "https://s17.ru/p3.pdf"),
              ("Количество наставнических пар", "40", None),
              ("Удовлетворённость наставляемых, %", "88", None),
              ("Количество педагогов-наставников", "21", "https://s17.ru/p4.pdf")]:
        ws.append(list(r))
    wb.save(os.path.join(HERE, "own_words.xlsx"))


def escaped_pretty():
    """The first example form as a generator of pretty-printed XML with Excel's escapes would write it: every
    inline string indented inside <is>, and the space in each criterion title's middle written as a line break
    pasted from Windows (_x000D_ + newline). Read right, it gives exactly the example form's values."""
    import re
    import zipfile
    src = os.path.join(HERE, "..", "..", "..", "Examples", "forms", "2024", "01_МБОУ_СОШ_№_5.xlsx")
    out = os.path.join(HERE, "escaped_pretty.xlsx")

    def escape(m):
        column, text = m.group(2), m.group(3)
        words = text.split(" ")
        if column == "C" and len(words) >= 6:   # a criterion title: broken in the middle, as a pasted line would be
            half = len(words) // 2
            text = " ".join(words[:half]) + "_x000D_\n" + " ".join(words[half:])
        return f"{m.group(1)}<is>\n        <t>{text}</t>\n      </is>"

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(r'(<c r="([A-Z]+)\d+"[^>]*>)<is><t>([^<]*)</t></is>', escape, data.decode("utf-8")).encode("utf-8")
            zout.writestr(zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0)), data)


if __name__ == "__main__":
    escaped_pretty()
    form_2023()
    duplicates()
    own_words()
