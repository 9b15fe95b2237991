#!/usr/bin/env python3
"""Writes 4 typed monitoring forms (2024) of invented organisations into ./typed/
plus expected.json and selfcheck_cells.json (cell addresses used only by selfcheck.py).

Forms:
  A  berezovka_nosh_ds_2024.xlsx      - НОШ-детский сад, two year columns (2023 | 2024), spacer column
  B  kshi_patriot_monitoring.xlsx     - cadet boarding school, title page first, form on 3rd sheet,
                                        values with units/comments in one cell, hidden column and row
  C  sshor_olimp_nastavnichestvo.xlsx - sports school, «Показатель | Критерий» with vertically merged groups
  D  sosnovka_sosh_cmn.xlsx           - village school with a branch: sheets «2023» and «2024»,
                                        value columns main / branch / total (formulas)
"""
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")

EXPECTED = []
CELLS = {}  # file -> {id: [sheet, cell, kind]}


def register(fname, values, not_criteria, cells):
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "values": values,
                     "not_criteria": not_criteria})
    CELLS["typed/" + fname] = cells


# ---------------------------------------------------------------------------
# Form A: МБОУ «Берёзовская НОШ – детский сад»
# ---------------------------------------------------------------------------
def form_a():
    fname = "berezovka_nosh_ds_2024.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг ЦМН"
    ws["A1"] = "Мониторинг внедрения целевой модели наставничества (ЦМН)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "по состоянию на 31.12.2024"
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Наименование ОО: МБОУ «Берёзовская начальная общеобразовательная школа – "
                "детский сад» Слободского района Кировской области")
    ws.merge_cells("A3:G3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    for c in ("A1", "A2"):
        ws[c].alignment = Alignment(horizontal="center")

    # two-row header, column C is an empty narrow spacer
    ws["A5"] = "№"
    ws["B5"] = "Критерий"
    ws["D5"] = "Значение показателя"
    ws["F5"] = "Ед. изм."
    ws["G5"] = "Ссылка на подтверждающий документ / примечание"
    ws["D6"] = "2023 г."
    ws["E6"] = "2024 г."
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("D5:E5")
    ws.merge_cells("F5:F6")
    ws.merge_cells("G5:G6")
    for r in (5, 6):
        for col in "ABDEFG":
            cell = ws[f"{col}{r}"]
            cell.font = BOLD
            cell.alignment = CENTER
            cell.border = BORDER
            cell.fill = GREY
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 2
    ws.column_dimensions["D"].width = 10
    ws.column_dimensions["E"].width = 10
    ws.column_dimensions["F"].width = 9
    ws.column_dimensions["G"].width = 48

    site = "https://berezovka-nosh.gosuslugi.ru/nastavnichestvo/"
    # (num, text, v2023, v2024, unit, link, id or None, expected value)
    S = "section"
    rows = [
        (S, "I. Нормативно-правовое обеспечение"),
        ("1.1", "Приказ об утверждении Положения о наставничестве педагогических работников",
         "да", "да", "да/нет", ("ссылка", site + "docs/prikaz_52_od.pdf"), "orgs_regulation_teachers", 1),
        ("1.2", "Положение о наставничестве обучающихся (утверждено приказом директора)",
         "нет", "да", "да/нет", ("ссылка", site + "docs/polozhenie_uch.pdf"), "orgs_regulation_students", 1),
        ("1.3", "Приказ по ОО о проведении мониторинга реализации ЦМН",
         "да", "да", "да/нет", ("ссылка", site + "docs/prikaz_monitoring_2024.pdf"), "orgs_monitoring_order", 1),
        ("1.4", "Информационная справка по результатам внутреннего мониторинга ЦМН",
         "да", "да", "да/нет", ("ссылка", site + "docs/spravka_2024.pdf"), "internal_monitoring_notes", 1),
        ("1.5", "Локальные акты о моральном (нематериальном) стимулировании наставников",
         1, 1, "ед.", "Положение о нематериальном поощрении работников, пр. № 14 от 20.01.2023",
         "nonmaterial_acts", 1),
        ("1.6", "Дорожная карта (план мероприятий) по внедрению ЦМН на 2024/2025 уч. год",
         "да", "да", "да/нет", ("ссылка", site + "docs/dk_2024_2025.pdf"), None, None),
        (S, "II. Организация наставничества в ОО"),
        ("2.1", "Куратор внедрения ЦМН в ОО (кол-во чел.)", 1, 1, "чел.",
         "зам. директора по УВР Шабалина Е.Н.", "curators_total", 1),
        ("2.2", "Наставники в базе ОО, по приказу", 9, 11, "чел.",
         ("приказ № 61-од от 02.09.2024", site + "docs/prikaz_61_od.pdf"), "mentors_total", 11),
        ("2.3", "Наставляемые в базе ОО, по приказу", 14, 19, "чел.",
         ("приказ № 61-од от 02.09.2024", site + "docs/prikaz_61_od.pdf"), "mentees_total", 19),
        ("2.4", "ШМО (сообщество) наставников, кол-во", 0, 1, "ед.",
         "сообщество «Созвездие наставников» создано в сентябре 2024 г.", "school_methodical_associations", 1),
        ("2.5", "Наставнические пары/группы, сформированные приказом", 9, 12, "ед.", "", None, None),
        (S, "III. Персонализированные программы наставничества (ППН)"),
        ("3.1", "ППН, всего", "–", 11, "ед.", ("ссылка", site + "ppn/"), "pp_total", 11),
        ("3.2", "в т.ч. по форме «педагог – педагог» (воспитатель – воспитатель)", "–", 6, "ед.",
         ("типовая ППН", site + "ppn/pedagog_pedagog.pdf"), "pp_teacher_teacher", 6),
        ("3.3", "в т.ч. «руководитель – педагог»", "–", 1, "ед.",
         ("типовая ППН", site + "ppn/ruk_pedagog.pdf"), "pp_head_teacher", 1),
        ("3.4", "в т.ч. «ученик – ученик»", "–", 2, "ед.",
         ("типовая ППН", site + "ppn/uchenik_uchenik.pdf"), "pp_pupil_pupil", 2),
        ("3.5", "в т.ч. «учитель – ученик»", "–", 2, "ед.",
         ("типовая ППН", site + "ppn/uchitel_uchenik.pdf"), "pp_teacher_pupil", 2),
        ("3.6", "Кол-во педагогов, участвующих в утверждённых ППН", "–", 16, "чел.", "",
         "teachers_in_pp", 16),
        (S, "IV. Педагогические кадры"),
        ("4.1", "Молодые специалисты (до 35 лет, стаж работы не более 3-х лет)", 3, 4, "чел.", "",
         "young_specialists", 4),
        ("4.2", "Молодые специалисты – наставляемые", 3, 4, "чел.", "", "young_specialists_mentees", 4),
        ("4.3", "Педагоги ОО, не относящиеся к молодым специалистам", 20, 21, "чел.",
         "с учётом воспитателей дошкольных групп", "teachers_other", 21),
        ("4.4", "Из них (п. 4.3) включены в программы наставничества как наставляемые", 4, 5, "чел.", "",
         "teachers_other_mentees", 5),
        ("4.5", "Доля педагогов-наставляемых (от общего числа педагогов)", 30, 36, "%",
         "(п.4.2+п.4.4)/(п.4.1+п.4.3)", "share_teachers_mentees", 36),
        ("4.6", "Педагоги – наставники", 8, 9, "чел.", "", "teachers_mentors", 9),
        ("4.7", "Прошли КПК по вопросам наставничества (за календарный год)", 1, 2, "чел.",
         ("удостоверения", site + "docs/kpk_2024.pdf"), "kpk_trained", 2),
        ("4.8", "Названия курсов ПК по наставничеству", "",
         "«Наставничество в ДОО и НОО: нормативные и практические аспекты», ИРО Кировской области, "
         "36 ч.; «Школа наставника», ЦНППМ, 24 ч.", "", "", "kpk_courses",
         "«Наставничество в ДОО и НОО: нормативные и практические аспекты», ИРО Кировской области, "
         "36 ч.; «Школа наставника», ЦНППМ, 24 ч."),
        (S, "V. Обучающиеся"),
        ("5.1", "Обучающиеся в возрасте 10–19 лет", 16, 18, "чел.", "4 класс", "students_10_19", 18),
        ("5.2", "из них – наставляемые", 5, 6, "чел.", "", "mentees_10_19", 6),
        ("5.3", "наставляемые из числа детей с ОВЗ / детей-инвалидов (10–19 лет)", 0, 1, "чел.", "",
         "mentees_disabled", 1),
        ("5.4", "Воспитанники дошкольных групп, вовлечённые в наставнические практики", "–", 14, "чел.",
         "форма «воспитанник – воспитанник» (старшая и подготовит. группы)", None, None),
        (S, "VI. Удовлетворённость участников"),
        ("6.1", "Удовлетворённость наставляемых участием в завершённых программах", 85, 90, "%",
         "анкетирование, май 2024", "satisfaction_mentees", 90),
        ("6.2", "Удовлетворённость наставников", 80, 88, "%", "анкетирование, май 2024",
         "satisfaction_mentors", 88),
    ]
    values, notc, cells = {}, [], {}
    r = 7
    for row in rows:
        if row[0] == S:
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        num, text, v23, v24, unit, link, cid, exp = row
        ws.cell(r, 1, num)
        ws.cell(r, 2, text).alignment = WRAP
        ws.cell(r, 4, v23).alignment = CENTER
        ws.cell(r, 5, v24).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        ws.cell(r, 6, unit).alignment = CENTER
        if isinstance(link, tuple):
            c = ws.cell(r, 7, link[0])
            c.hyperlink = link[1]
            c.style = "Hyperlink"
        else:
            ws.cell(r, 7, link or None).alignment = WRAP
        for col in (1, 2, 4, 5, 6, 7):
            ws.cell(r, col).border = BORDER
        if cid:
            values[cid] = exp
            cells[cid] = [ws.title, f"E{r}", "text" if cid == "kpk_courses" else "auto"]
            if cid == "kpk_courses":
                ws.row_dimensions[r].height = 75
        else:
            notc.append(text)
        r += 1
    r += 2
    ws.cell(r, 2, "Ответственный за заполнение: зам. директора по УВР Шабалина Е.Н., тел. 8(83362) 5-17-40")
    ws.cell(r + 1, 2, "Дата заполнения: 17.01.2025")
    ws.freeze_panes = "C7"
    wb.save(os.path.join(TYPED, fname))
    register(fname, values, notc, cells)


# ---------------------------------------------------------------------------
# Form B: ГБОУ «Кадетская школа-интернат «Патриот»»
# ---------------------------------------------------------------------------
def form_b():
    fname = "kshi_patriot_monitoring.xlsx"
    wb = openpyxl.Workbook()
    t = wb.active
    t.title = "Титул"
    t.column_dimensions["A"].width = 90
    title_lines = [
        ("Министерство образования Оренбургской области", False),
        ("", False),
        ("", False),
        ("ОТЧЁТ", True),
        ("о результатах мониторинга реализации целевой модели наставничества", True),
        ("в государственном бюджетном общеобразовательном учреждении", False),
        ("«Кадетская школа-интернат «Патриот» имени Героя Российской Федерации А.В. Бурцева»", True),
        ("(ГБОУ «КШИ «Патриот»)", False),
        ("", False),
        ("за 2024 год", True),
        ("", False),
        ("", False),
        ("Адрес: 460021, г. Оренбург, ул. Ставропольская, д. 7", False),
        ("Директор: Громов Сергей Валентинович", False),
        ("Куратор ЦМН: Иванова Татьяна Петровна, заместитель директора по ВР", False),
        ("", False),
        ("", False),
        ("Оренбург, 2025", False),
    ]
    for i, (txt, b) in enumerate(title_lines, start=1):
        c = t.cell(i, 1, txt or None)
        c.alignment = Alignment(horizontal="center", wrap_text=True)
        if b:
            c.font = Font(bold=True, size=14)

    p = wb.create_sheet("Пояснения")
    p.column_dimensions["A"].width = 110
    for i, txt in enumerate([
        "Порядок заполнения формы",
        "1. Значения указываются по состоянию на 31 декабря отчётного года.",
        "2. В графе 3 допускается указывать пояснения (реквизиты приказов, количество в процентах и т.п.).",
        "3. В графе 4 указывается ссылка на документ, размещённый на официальном сайте ОО.",
        "4. Для кадет-наставников и наставляемых учитывается возраст на 01.09.2024.",
    ], start=1):
        p.cell(i, 1, txt).alignment = WRAP
    p["A1"].font = BOLD

    ws = wb.create_sheet("Мониторинг")
    ws["F1"] = "Приложение 1"
    ws["F1"].alignment = Alignment(horizontal="right")
    ws["A2"] = "Форма 1. Критерии мониторинга ЦМН (уровень образовательной организации)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:F2")
    ws["A2"].alignment = Alignment(horizontal="center")
    hdr = {"A4": "№ п/п", "B4": "Наименование критерия", "E4": "Значение (с пояснением)",
           "F4": "Подтверждающий документ (ссылка на сайт ОО)", "G4": "2023 г."}
    for k, v in hdr.items():
        ws[k] = v
    ws.merge_cells("B4:D4")
    for i, col in enumerate("ABEF", start=1):
        pass
    nums = {"A5": 1, "B5": 2, "E5": 3, "F5": 4, "G5": 5}
    for k, v in nums.items():
        ws[k] = v
    ws.merge_cells("B5:D5")
    for r in (4, 5):
        for col in "ABCDEFG":
            ws[f"{col}{r}"].border = BORDER
            ws[f"{col}{r}"].alignment = CENTER
            if r == 4:
                ws[f"{col}{r}"].font = BOLD
    ws.column_dimensions["A"].width = 6
    for col in "BCD":
        ws.column_dimensions[col].width = 22
    ws.column_dimensions["E"].width = 34
    ws.column_dimensions["F"].width = 44
    ws.column_dimensions["G"].width = 10
    ws.column_dimensions["G"].hidden = True

    site = "https://kshi-patriot.orb.ru/nastavnichestvo"
    partners = ("ФГБОУ ВО «Оренбургский государственный педагогический университет»; "
                "ГАПОУ «Оренбургский колледж экономики и информатики»; АО «Завод «Инвертор»; "
                "войсковая часть 22316; Региональное отделение ДОСААФ России Оренбургской области; "
                "Местное отделение ВВПОД «Юнармия» г. Оренбурга")
    subj = ("совместная реализация программ наставничества по военно-патриотическому воспитанию, "
            "допризывной подготовке и профориентации кадет")
    S = "section"
    H = "hidden"
    rows = [
        (S, "1. Нормативно-правовая база"),
        ("1.1", "Положение о системе наставничества педагогических работников ОО (реквизиты приказа об утверждении)",
         "Утверждено приказом от 29.08.2024 № 97-ОД", site + "/docs/97-od.pdf", "да", "orgs_regulation_teachers", 1),
        ("1.2", "Положение о наставничестве в отношении обучающихся (кадет)",
         "да, приказ № 97-ОД", site + "/docs/97-od.pdf", "да", "orgs_regulation_students", 1),
        ("1.3", "Приказ ОО о мониторинге ЦМН", "Имеется", site + "/docs/monitoring-2024.pdf", "да",
         "orgs_monitoring_order", 1),
        ("1.4", "Справка (аналитическая) по итогам внутреннего мониторинга за 2024 г.", "Имеется",
         site + "/docs/spravka-2024.pdf", "да", "internal_monitoring_notes", 1),
        ("1.5", "Локальные нормативные акты, устанавливающие оплату (доплату) за наставничество",
         "1 (Положение об оплате труда, раздел 5)", site + "/docs/polozhenie-oplata.pdf", 1, "pay_acts", 1),
        ("1.6", "ЛНА о нематериальном поощрении педагогов-наставников", "отсутствуют", "", 0,
         "nonmaterial_acts", 0),
        ("1.7", "Наличие на официальном сайте ОО раздела «Наставничество»", "Имеется", site, "да", None, None),
        (S, "2. Взаимодействие с партнёрами"),
        ("2.1", "Договоры (соглашения) о сотрудничестве с другими образовательными организациями, "
                "направляющими своих работников в качестве наставников", "2 соглашения",
         site + "/docs/soglasheniya.pdf", 1, "agreements_edu_orgs", 2),
        ("2.2", "Соглашения с предприятиями, чьи сотрудники выступают наставниками", "1",
         site + "/docs/soglasheniya.pdf", 1, "agreements_enterprises", 1),
        ("2.3", "Соглашения с иными организациями (общественные объединения, силовые ведомства и др.), "
                "предоставившими наставников", "3", site + "/docs/soglasheniya.pdf", 2,
         "agreements_other_orgs", 3),
        ("2.4", "Организации-партнёры по наставничеству (наименования)", partners, "", "", "partner_list", partners),
        ("2.5", "Предмет заключённых соглашений", subj, "", "", "agreement_subjects", subj),
        ("2.6", "Наставники из сторонних ОО (по приказу)", "3 чел.", site + "/docs/prikaz-nastavniki.pdf", 1,
         "external_edu_mentors", 3),
        ("2.7", "Наставники — работники предприятий", "2 чел. (АО «Завод «Инвертор»)",
         site + "/docs/prikaz-nastavniki.pdf", 1, "enterprise_mentors", 2),
        ("2.8", "Наставники — представители иных организаций", "4 чел.", site + "/docs/prikaz-nastavniki.pdf", 2,
         "other_org_mentors", 4),
        (S, "3. Кадеты"),
        ("3.1", "Контингент кадет в возрасте 10–19 лет", "312 чел.", "", 305, "students_10_19", 312),
        ("3.2", "Кадеты 10–19 лет, вошедшие в программы наставничества как наставляемые",
         "118 чел. (37,8 %)", site + "/docs/baza-nastavlyaemyh.pdf", 96, "mentees_10_19", 118),
        ("3.3", "— из них «группа риска» (учёт ПДН, КДН, ВШК)", "9", "", 11, "mentees_risk", 9),
        ("3.4", "— из них одарённые (входящие в региональный реестр)", "7", "", 4, "mentees_gifted", 7),
        ("3.5", "— из них испытывающие затруднения с выбором профессии / образовательного маршрута", "41", "", 30,
         "mentees_career", 41),
        ("3.6", "Количество кадет 15–19 лет (всего)", "128 чел.", "", 120, "students_15_19", 128),
        ("3.7", "Кадеты 15–19 лет — наставники (по приказу)", "34 чел.", site + "/docs/baza-nastavnikov.pdf", 29,
         "mentors_15_19", 34),
        ("3.8", "Доля кадет 15–19 лет в роли наставника", "26,6 %", "", "24,2 %", "share_mentors_15_19", 26.6),
        ("3.9", "Количество проведённых сборов «Школа юного командира» (наставники из числа кадет)", "4 сбора",
         "", 3, None, None),
        (S, "4. Удовлетворённость"),
        ("4.1", "Уровень удовлетворённости наставляемых (по итогам анкетирования)", "92%", "", "90%",
         "satisfaction_mentees", 92),
        ("4.2", "Уровень удовлетворённости наставников", 0.87, "", "85%", "satisfaction_mentors", 87),
        (S, "5. Педагогические работники"),
        (H, "5.0", "Педагоги – стажёры на базе стажёрской площадки", "0", "", 0),
        ("5.1", "Педагогов в роли наставника", "22 чел.", "", 19, "teachers_mentors", 22),
        ("5.2", "Молодые педагоги до 35 лет со стажем до 3 лет", "6 чел.", "", 5, "young_specialists", 6),
        ("5.3", "Повышение квалификации по вопросам наставничества в 2024 г. (чел.)", "3",
         site + "/docs/kpk.pdf", 2, "kpk_trained", 3),
        ("5.4", "Количество кадет – участников областного слёта юнармейцев-наставников", "12", "", 8, None, None),
    ]
    values, notc, cells = {}, [], {}
    r = 6
    for row in rows:
        if row[0] == S:
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = GREY
            r += 1
            continue
        if row[0] == H:
            _, num, text, val, link, v23 = row
            ws.cell(r, 1, num)
            ws.cell(r, 2, text)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            ws.cell(r, 5, val)
            ws.cell(r, 7, v23)
            ws.row_dimensions[r].hidden = True
            r += 1
            continue
        num, text, val, link, v23, cid, exp = row
        ws.cell(r, 1, num).alignment = Alignment(vertical="top")
        ws.cell(r, 2, text).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        c = ws.cell(r, 5, val)
        c.alignment = WRAP
        if isinstance(val, float):
            c.number_format = "0%"
        if link:
            lc = ws.cell(r, 6, link)
            lc.hyperlink = link
            lc.style = "Hyperlink"
            lc.alignment = WRAP
        ws.cell(r, 7, v23)
        for col in range(1, 8):
            ws.cell(r, col).border = BORDER
        nlines = max(len(text) // 60 + 1, (len(str(val)) // 32 + 1) if isinstance(val, str) else 1)
        ws.row_dimensions[r].height = 15 * nlines
        if cid:
            values[cid] = exp
            kind = "text" if cid in ("partner_list", "agreement_subjects") else "auto"
            cells[cid] = [ws.title, f"E{r}", kind]
        else:
            notc.append(text)
        r += 1
    r += 2
    ws.cell(r, 2, "Директор ГБОУ «КШИ «Патриот»")
    ws.cell(r, 4, "_______________")
    ws.cell(r, 5, "/ С.В. Громов /")
    ws.cell(r + 1, 2, "М.П.")
    ws.cell(r + 3, 2, "Исполнитель: Иванова Т.П., куратор ЦМН, тел. 8 (3532) 43-18-07")
    ws.cell(r + 4, 2, "«20» января 2025 г.")
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"
    wb.active = 0
    wb.save(os.path.join(TYPED, fname))
    register(fname, values, notc, cells)


# ---------------------------------------------------------------------------
# Form C: МБУ ДО «СШОР «Олимп»» — «Показатель | Критерий» with vertical merges
# ---------------------------------------------------------------------------
def form_c():
    fname = "sshor_olimp_nastavnichestvo.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "СШОР Олимп"
    ws["A1"] = "Информация о реализации целевой модели наставничества"
    ws["A2"] = "в МБУ ДО «Спортивная школа олимпийского резерва «Олимп»» в 2024 году"
    for c in ("A1", "A2"):
        ws[c].font = Font(bold=True, size=12)
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:E2")
    ws["A4"] = "Показатель"
    ws["B4"] = "Критерий"
    ws["C4"] = "Ед. изм."
    ws["D4"] = "Значение"
    ws["D5"] = "на 31.12.2024"
    ws["E4"] = "Источник информации (ссылка)"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    ws.merge_cells("E4:E5")
    for r in (4, 5):
        for col in "ABCDE":
            ws[f"{col}{r}"].font = BOLD
            ws[f"{col}{r}"].alignment = CENTER
            ws[f"{col}{r}"].border = BORDER
            ws[f"{col}{r}"].fill = PatternFill("solid", fgColor="DDEBF7")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 22
    ws.column_dimensions["E"].width = 40

    site = "https://olimp-sport.ru/dokumenty/nastavnichestvo/"
    groups = [
        ("Нормативное обеспечение наставничества", [
            ("Положение о системе наставничества тренеров-преподавателей (приказ об утверждении)", "да/нет",
             "имеется", ("Приказ № 112 от 28.08.2023", site + "prikaz112.pdf"), "orgs_regulation_teachers", 1),
            ("Положение о наставничестве обучающихся (приказ об утверждении)", "да/нет", "имеется",
             ("Приказ № 112 от 28.08.2023", site + "prikaz112.pdf"), "orgs_regulation_students", 1),
            ("Приказ о проведении мониторинга ЦМН в учреждении", "да/нет", "имеется",
             ("Приказ № 57 от 15.04.2024", site + "prikaz57.pdf"), "orgs_monitoring_order", 1),
            ("Справка по итогам внутреннего мониторинга", "да/нет", "нет (справка в стадии подготовки)", "",
             "internal_monitoring_notes", 0),
            ("Программа развития наставничества в учреждении на 2024–2026 гг.", "да/нет", "имеется",
             site + "programma_2024_2026.pdf", None, None),
        ]),
        ("Организация наставничества", [
            ("Куратор(ы) ЦМН в учреждении", "чел.", 1, "", "curators_total", 1),
            ("Наставники, закреплённые приказом", "чел.", 17, ("Приказ № 131 от 02.09.2024", site + "prikaz131.pdf"),
             "mentors_total", 17),
            ("Наставляемые, закреплённые приказом", "чел.", 46, ("Приказ № 131 от 02.09.2024", site + "prikaz131.pdf"),
             "mentees_total", 46),
            ("Количество проведённых занятий «Школы молодого тренера»", "ед.", 6, "", None, None),
        ]),
        ("Персонализированные программы наставничества (ППН)", [
            ("всего разработано и утверждено", "ед.", 12, site + "ppn/", "pp_total", 12),
            ("форма «педагог – педагог» (тренер – тренер)", "ед.", 3, site + "ppn/trener-trener.pdf",
             "pp_teacher_teacher", 3),
            ("форма «педагог – обучающийся» (тренер – спортсмен)", "ед.", 6, site + "ppn/trener-sportsmen.pdf",
             "pp_teacher_pupil", 6),
            ("форма «обучающийся – обучающийся» (спортсмен – спортсмен)", "ед.", 2,
             site + "ppn/sportsmen-sportsmen.pdf", "pp_pupil_pupil", 2),
            ("иная форма (указать)", "ед.", "1 («ветеран спорта – юный спортсмен»)", site + "ppn/veteran.pdf",
             "pp_other", 1),
        ]),
        ("Охват обучающихся 10–19 лет программами наставничества в роли наставляемого", [
            ("численность обучающихся 10–19 лет", "чел.", 410, "", "students_10_19", 410),
            ("из них — наставляемые", "чел.", 38, "", "mentees_10_19", 38),
            ("в т.ч. из «группы риска»", "чел.", 4, "", "mentees_risk", 4),
            ("в т.ч. дети с ОВЗ, дети-инвалиды", "чел.", 2, "", "mentees_disabled", 2),
            ("в т.ч. одарённые (включённые в реестры)", "чел.", 11, "", "mentees_gifted", 11),
            ("в т.ч. по иным основаниям (подготовка к соревнованиям)", "чел.", 21, "", "mentees_other_params", 21),
            ("доля наставляемых от численности обучающихся 10–19 лет", "%", "9,3%", "", "share_mentees_10_19", 9.3),
            ("Количество спортсменов, выполнивших спортивные разряды в паре «спортсмен – спортсмен»", "чел.", 5, "",
             None, None),
        ]),
        ("Обучающиеся 15–19 лет в роли наставника", [
            ("численность обучающихся 15–19 лет", "чел.", 126, "", "students_15_19", 126),
            ("из них наставники (по приказу)", "чел.", 9, "", "mentors_15_19", 9),
        ]),
        ("Тренеры-преподаватели", [
            ("молодые специалисты (до 35 лет, стаж до 3 лет), всего", "чел.", 5, "", "young_specialists", 5),
            ("молодые специалисты — наставляемые", "чел.", 5, "", "young_specialists_mentees", 5),
            ("тренеры-преподаватели, не являющиеся молодыми специалистами", "чел.", 23, "", "teachers_other", 23),
            ("из них в роли наставляемых", "чел.", 2, "", "teachers_other_mentees", 2),
            ("тренеры-преподаватели — наставники", "чел.", 10, "", "teachers_mentors", 10),
        ]),
        ("Удовлетворённость участников завершённых программ наставничества", [
            ("наставляемые", "%", 95, "анкетирование (Яндекс Формы), n = 31", "satisfaction_mentees", 95),
            ("наставники", "%", 90, "анкетирование (Яндекс Формы), n = 14", "satisfaction_mentors", 90),
        ]),
    ]
    values, notc, cells = {}, [], {}
    r = 6
    for gname, items in groups:
        start = r
        for text, unit, val, link, cid, exp in items:
            ws.cell(r, 2, text).alignment = WRAP
            ws.cell(r, 3, unit).alignment = CENTER
            ws.cell(r, 4, val).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            if isinstance(link, tuple):
                c = ws.cell(r, 5, link[0])
                c.hyperlink = link[1]
                c.style = "Hyperlink"
            elif link:
                ws.cell(r, 5, link).alignment = WRAP
            for col in range(1, 6):
                ws.cell(r, col).border = BORDER
            if cid:
                values[cid] = exp
                cells[cid] = [ws.title, f"D{r}", "auto"]
            else:
                notc.append(text)
            r += 1
        ws.cell(start, 1, gname).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(start, 1).font = BOLD
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Директор МБУ ДО «СШОР «Олимп»»   ____________  А.Г. Кравец")
    ws.cell(r + 1, 1, "Исп. Лапина О.В., инструктор-методист, 8-912-604-33-18")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "4:5"
    ws.freeze_panes = "C6"
    wb.save(os.path.join(TYPED, fname))
    register(fname, values, notc, cells)


# ---------------------------------------------------------------------------
# Form D: МКОУ «Сосновская СОШ» with branch — sheets «2023» and «2024», main | branch | total
# ---------------------------------------------------------------------------
def form_d():
    fname = "sosnovka_sosh_cmn.xlsx"
    path = os.path.join(TYPED, fname)
    wb = xlsxwriter.Workbook(path)
    f_title = wb.add_format({"bold": True, "font_size": 12, "align": "center"})
    f_hdr = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                           "text_wrap": True, "bg_color": "#E2EFDA"})
    f_txt = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    f_num = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    f_tot = wb.add_format({"border": 1, "align": "center", "valign": "top", "bold": True})
    f_pct = wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": "0%"})
    f_pct_tot = wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": "0%", "bold": True})
    f_sec = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    f_lbl = wb.add_format({"bold": True})
    f_link = wb.add_format({"border": 1, "font_color": "blue", "underline": 1, "text_wrap": True, "valign": "top"})

    site = "https://sosnovka-sosh.obr-tula.ru/"
    partners = "СПК (колхоз) «Рассвет»; МКУК «Сосновская сельская библиотека»"

    # item kinds: ("yn", text, main, branch_text, total), ("n", text, main, branch) total = formula,
    # ("pct", text, num_row_a, num_row_b, den_row_a, den_row_b) -> share, ("list", text, value)
    def rows_for(year):
        y24 = year == 2024
        return [
            ("sec", "1. Нормативное обеспечение"),
            ("yn", "Приказ об утверждении Положения о системе наставничества педагогических работников "
                   "(1 – да, 0 – нет)", 1, "в составе ОО", 1, "orgs_regulation_teachers", "prikaz_87.pdf"),
            ("yn", "Приказ об утверждении Положения о наставничестве обучающихся (1 – да, 0 – нет)",
             1, "в составе ОО", 1, "orgs_regulation_students", "prikaz_87.pdf"),
            ("yn", "Приказ о мониторинге реализации ЦМН в ОО (1 – да, 0 – нет)",
             1, "в составе ОО", 1, "orgs_monitoring_order", "prikaz_monitoring.pdf"),
            ("yn", "Справка ОО по итогам внутреннего мониторинга ЦМН (1 – да, 0 – нет)",
             1 if y24 else 0, "в составе ОО", 1 if y24 else 0, "internal_monitoring_notes", "spravka.pdf"),
            ("yn", "Наличие электронной базы наставников и наставляемых (1 – да, 0 – нет)",
             1, "в составе ОО", 1, None, ""),
            ("sec", "2. Кураторы, наставники, наставляемые"),
            ("n", "Кураторы внедрения ЦМН", 1, 1, "curators_total", ""),
            ("n", "Наставники (согласно приказу)", 14 if y24 else 12, 5 if y24 else 4, "mentors_total", "prikaz_pary.pdf"),
            ("n", "Наставляемые (согласно приказу)", 47 if y24 else 40, 16 if y24 else 13, "mentees_total", "prikaz_pary.pdf"),
            ("n", "Количество совместных мероприятий основной школы и филиала в рамках ЦМН",
             4 if y24 else 2, 4 if y24 else 2, None, ""),
            ("sec", "3. Социальные партнёры"),
            ("n", "Соглашения о сотрудничестве с предприятиями, сотрудники которых – наставники",
             1, 0, "agreements_enterprises", "soglashenie_rassvet.pdf"),
            ("n", "Соглашения с иными организациями (любой формы собственности), предоставившими наставников",
             0, 1 if y24 else 0, "agreements_other_orgs", "soglashenie_biblioteka.pdf"),
            ("list", "Перечень организаций-партнёров по вопросам наставничества",
             partners if y24 else "СПК (колхоз) «Рассвет»", "partner_list"),
            ("n", "Наставники – работники предприятий", 2, 0, "enterprise_mentors", ""),
            ("n", "Наставники из иных организаций", 0, 1 if y24 else 0, "other_org_mentors", ""),
            ("sec", "4. Обучающиеся"),
            ("n", "Обучающиеся 10–19 лет, всего", 130 if y24 else 126, 50 if y24 else 52, "students_10_19", ""),
            ("n", "Обучающиеся 10–19 лет – наставляемые", 40 if y24 else 33, 14 if y24 else 12, "mentees_10_19", ""),
            ("pct", "Доля обучающихся 10–19 лет – наставляемых", "mentees_10_19", "students_10_19",
             "share_mentees_10_19"),
            ("n", "в т.ч. с низкой мотивацией к обучению / неуспевающие", 12 if y24 else 10, 5 if y24 else 4,
             "mentees_low_motivation", ""),
            ("n", "в т.ч. имеющие трудности в выборе профессии и образовательной траектории",
             15 if y24 else 11, 3 if y24 else 3, "mentees_career", ""),
            ("n", "Обучающиеся 15–19 лет, всего", 40 if y24 else 38, 8 if y24 else 9, "students_15_19", ""),
            ("n", "Обучающиеся 15–19 лет – наставники (по приказу)", 10 if y24 else 7, 2 if y24 else 1,
             "mentors_15_19", "prikaz_pary.pdf"),
            ("pct", "Доля обучающихся 15–19 лет в роли наставника", "mentors_15_19", "students_15_19",
             "share_mentors_15_19"),
            ("sec", "5. Педагогические работники"),
            ("n", "Молодые специалисты (до 35 лет, первые 3 года работы)", 3 if y24 else 2, 1, "young_specialists", ""),
            ("n", "Молодые специалисты в роли наставляемых", 2 if y24 else 2, 1, "young_specialists_mentees", ""),
            ("pct", "Доля молодых специалистов – наставляемых", "young_specialists_mentees", "young_specialists",
             "share_young_specialists_mentees"),
            ("n", "Педагоги (без молодых специалистов)", 19 if y24 else 20, 7 if y24 else 7, "teachers_other", ""),
            ("n", "Педагоги (без молодых специалистов) – наставляемые", 4 if y24 else 3, 2 if y24 else 1,
             "teachers_other_mentees", ""),
            ("pct2", "Доля педагогов-наставляемых, всего",
             ("young_specialists_mentees", "teachers_other_mentees"), ("young_specialists", "teachers_other"),
             "share_teachers_mentees"),
            ("n", "Педагоги – наставники", 9 if y24 else 8, 3 if y24 else 3, "teachers_mentors", ""),
            ("pct2", "Доля педагогов – наставников", ("teachers_mentors",), ("young_specialists", "teachers_other"),
             "share_teachers_mentors"),
        ]

    values, notc, cells = {}, [], {}
    for year in (2023, 2024):
        ws = wb.add_worksheet(str(year))
        ws.set_column("A:A", 5)
        ws.set_column("B:B", 58)
        ws.set_column("C:E", 13)
        ws.set_column("F:F", 30)
        ws.set_column("G:G", 26)
        ws.merge_range("A1:G1", "Мониторинг реализации целевой модели наставничества", f_title)
        ws.write("A2", "ОО:", f_lbl)
        ws.write("B2", "МКОУ «Сосновская средняя общеобразовательная школа» (с филиалом «Липовская ООШ»), "
                       "Тёпло-Огарёвский район")
        ws.write("A3", "Отчётный год:", f_lbl)
        ws.write_number("C3", year, f_lbl)
        ws.merge_range("A5:A6", "№", f_hdr)
        ws.merge_range("B5:B6", "Критерий", f_hdr)
        ws.merge_range("C5:E5", "Значение", f_hdr)
        ws.write("C6", "МКОУ «Сосновская СОШ»", f_hdr)
        ws.write("D6", "филиал «Липовская ООШ»", f_hdr)
        ws.write("E6", "Всего по ОО", f_hdr)
        ws.merge_range("F5:F6", "Ссылка на документ", f_hdr)
        ws.merge_range("G5:G6", "Примечание", f_hdr)
        ws.set_row(5, 30)
        r = 6  # zero-based row index -> Excel row 7
        num = 0
        rowof = {}
        vals = {}  # id -> (main, branch)
        for item in rows_for(year):
            kind = item[0]
            if kind == "sec":
                ws.merge_range(r, 0, r, 6, item[1], f_sec)
                r += 1
                continue
            num += 1
            ws.write(r, 0, f"{num}.", f_num)
            ws.write(r, 1, item[1], f_txt)
            cid = None
            note = ""
            if kind == "yn":
                _, text, main, btxt, total, cid, doc = item
                ws.write_number(r, 2, main, f_num)
                ws.write(r, 3, btxt, f_num)
                ws.write_number(r, 4, total, f_tot)
                expv = total
                link = site + "nastavnichestvo/" + doc if doc else ""
            elif kind == "n":
                _, text, main, branch, cid, doc = item
                ws.write_number(r, 2, main, f_num)
                ws.write_number(r, 3, branch, f_num)
                xr = r + 1
                ws.write_formula(r, 4, f"=C{xr}+D{xr}", f_tot, main + branch)
                expv = main + branch
                if cid:
                    vals[cid] = (main, branch)
                    rowof[cid] = r + 1
                link = site + "nastavnichestvo/" + doc if doc else ""
                if cid == "mentors_total" and year == 2024:
                    note = "в т.ч. 1 совместитель (филиал)"
            elif kind == "list":
                _, text, val, cid = item
                ws.merge_range(r, 2, r, 4, val, f_txt)
                ws.set_row(r, 30)
                expv = val
                link = ""
            elif kind in ("pct", "pct2"):
                _, text, nums, dens, cid = item
                if kind == "pct":
                    nums, dens = (nums,), (dens,)
                xr = r + 1
                res = []
                for ci, col in ((2, "C"), (3, "D"), (4, "E")):
                    idx = 0 if ci == 2 else 1
                    if ci == 4:
                        nv = sum(sum(vals[n]) for n in nums)
                        dv = sum(sum(vals[d]) for d in dens)
                    else:
                        nv = sum(vals[n][idx] for n in nums)
                        dv = sum(vals[d][idx] for d in dens)
                    fn = "+".join(f"{col}{rowof[n]}" for n in nums)
                    fd = "+".join(f"{col}{rowof[d]}" for d in dens)
                    v = nv / dv
                    ws.write_formula(r, ci, f"=({fn})/({fd})", f_pct_tot if ci == 4 else f_pct, v)
                    res.append(v)
                expv = round(res[2] * 100, 6)
                link = ""
            if kind != "list" and link:
                ws.write_url(r, 5, link, f_link, string=link)
            else:
                ws.write_blank(r, 5, None, f_txt)
            ws.write(r, 6, note, f_txt) if note else ws.write_blank(r, 6, None, f_txt)
            if year == 2024:
                if cid:
                    values[cid] = expv
                    cells[cid] = ["2024", f"{'C' if kind == 'list' else 'E'}{r + 1}",
                                  "text" if kind == "list" else "auto"]
                else:
                    notc.append(text)
            r += 1
        r += 2
        ws.write(r, 1, "Директор школы ______________ Н.А. Зуева")
        ws.write(r + 1, 1, f"Дата: {'15.01.2024' if year == 2023 else '14.01.2025'}")
        ws.set_landscape()
        ws.repeat_rows(4, 5)
        if year == 2024:
            ws.activate()
    wb.close()
    # shares are exact here; keep integers where exact
    for k, v in list(values.items()):
        if isinstance(v, float) and abs(v - round(v)) < 1e-9:
            values[k] = int(round(v))
    register(fname, values, notc, cells)


if __name__ == "__main__":
    form_a()
    form_b()
    form_c()
    form_d()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "selfcheck_cells.json"), "w", encoding="utf-8") as f:
        json.dump(CELLS, f, ensure_ascii=False, indent=1)
    for e in EXPECTED:
        print(e["file"], len(e["values"]), "criteria,", len(e["not_criteria"]), "non-criteria")
