#!/usr/bin/env python3
"""Writes 4 hand-typed monitoring forms (ЦМН, 2024) into typed/ plus expected.json.

Each form is described by a list of rows; rows tagged with a criterion id (or
'X' for a non-criterion extra) are collected into expected.json, and the cell
holding the value is recorded in _cellmap.json for the self-check (check.py).
"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
os.makedirs(OUT, exist_ok=True)

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

expected, cellmap = [], {}


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER
            if ws.cell(r, c).alignment.wrap_text is not True:
                ws.cell(r, c).alignment = WRAP


# ---------------------------------------------------------------------------
# Form A: rural basic school (ООШ). Seed-001-like layout: №, direction merged
# vertically, indicator, unit, value, link (hyperlinks shown as «ссылка»).
# Values typed as «10 чел.», «да/нет», «92%».
# ---------------------------------------------------------------------------
def form_a():
    name = "typed/kulakovo_oosh_2024.xlsx"
    site = "https://shkolakulakovskaya-r18.gosweb.gosuslugi.ru"
    doc = site + "/ofitsialno/nastavnichestvo/"
    # (direction, text, unit, value, link, tag, expected_value)
    rows = [
        ("Нормативная база", "Приказ об утверждении Положения о наставничестве педработников в школе", "да/нет", "да", doc + "prikaz_41.pdf", "orgs_regulation_teachers", 1),
        (None, "Приказ об утверждении Положения о наставничестве обучающихся", "да/нет", "да", doc + "prikaz_42.pdf", "orgs_regulation_students", 1),
        (None, "Приказ ОО о проведении мониторинга ЦМН", "да/нет", "нет", None, "orgs_monitoring_order", 0),
        (None, "Дорожная карта внедрения ЦМН на 2024/2025 уч. год", "да/нет", "да", doc + "dorozhnaya_karta.pdf", "X", None),
        ("Организация наставничества", "Кураторы ЦМН в школе", "чел.", "1 чел.", doc + "prikaz_43.pdf", "curators_total", 1),
        (None, "Наставники (по приказу ОО), всего", "чел.", "10 чел.", doc + "baza_nastavnikov.pdf", "mentors_total", 10),
        (None, "Наставляемые (по приказу ОО), всего", "чел.", "21 чел.", doc + "baza_nastavlyaemyh.pdf", "mentees_total", 21),
        (None, "Инф. справка по итогам внутреннего мониторинга ЦМН", "да/нет", "да", doc + "spravka_2024.pdf", "internal_monitoring_notes", 1),
        (None, "Раздел «Наставничество» на сайте школы", "да/нет", "да", doc, "X", None),
        ("Сотрудничество", "Соглашения с др. ОО, сотрудники которых выступают наставниками", "шт.", 1, doc + "soglashenie_sosh2.pdf", "agreements_edu_orgs", 1),
        (None, "Соглашения с предприятиями, направившими своих работников в наставники", "шт.", 1, doc + "soglashenie_michurina.pdf", "agreements_enterprises", 1),
        (None, "Партнёры школы по наставничеству (наименования)", "", "МБОУ «Малопургинская СОШ № 2», СПК «Колхоз имени Мичурина»", None, "partner_list", "МБОУ «Малопургинская СОШ № 2», СПК «Колхоз имени Мичурина»"),
        (None, "Наставники — работники предприятий", "чел.", "1 чел.", doc + "baza_nastavnikov.pdf", "enterprise_mentors", 1),
        ("Персонализированные программы (ПП)", "ПП наставничества, всего по всем формам", "шт.", 8, doc + "pp_2024.pdf", "pp_total", 8),
        (None, "ПП «ученик – ученик»", "шт.", 3, None, "pp_pupil_pupil", 3),
        (None, "ПП «учитель – учитель»", "шт.", 2, None, "pp_teacher_teacher", 2),
        (None, "ПП «учитель – ученик»", "шт.", 3, None, "pp_teacher_pupil", 3),
        ("Обучающиеся", "Учащиеся 10–19 лет (всего в ОО)", "чел.", "64 чел.", None, "students_10_19", 64),
        (None, "Учащиеся 10–19 лет в роли наставляемых", "чел.", "15 чел.", doc + "baza_nastavlyaemyh.pdf", "mentees_10_19", 15),
        (None, "Наставляемые 10–19 лет из «группы риска»", "чел.", "2 чел.", None, "mentees_risk", 2),
        (None, "Наставляемые с ОВЗ и дети-инвалиды (10–19 лет)", "чел.", "3 чел.", None, "mentees_disabled", 3),
        (None, "Учащиеся 15–19 лет (всего)", "чел.", "12 чел.", None, "students_15_19", 12),
        (None, "Учащиеся 15–19 лет — наставники (по приказу)", "чел.", "4 чел.", doc + "baza_nastavnikov.pdf", "mentors_15_19", 4),
        ("Удовлетворённость", "Удовлетворённость наставляемых по итогам завершённых программ", "%", "92%", doc + "anketa_itogi.pdf", "satisfaction_mentees", 92),
        (None, "Удовлетворённость наставников по итогам завершённых программ", "%", "95 %", doc + "anketa_itogi.pdf", "satisfaction_mentors", 95),
        ("Педагоги", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", "2 чел.", None, "young_specialists", 2),
        (None, "Молодые специалисты в роли наставляемых", "чел.", "2 чел.", None, "young_specialists_mentees", 2),
        (None, "Педагоги-наставники", "чел.", "5 чел.", doc + "baza_nastavnikov.pdf", "teachers_mentors", 5),
        (None, "Мастер-классы, открытые занятия наставнических пар (кол-во мероприятий)", "ед.", 6, None, "X", None),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Лист1"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Мониторинг реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(bold=True, size=13); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "Наименование ОО:"; ws["A2"].font = BOLD
    ws.merge_cells("B2:F2")
    ws["B2"] = "МОУ «Кулаковская основная общеобразовательная школа» Малопургинского района"
    ws["A3"] = "Дата заполнения:"; ws["B3"] = "15.10.2024"
    hdr = ["№ п/п", "Направление", "Показатель", "Ед. изм.", "Значение", "Подтверждающий документ"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = BOLD
    r = 6; exp = {}; notc = []; cm = {}; dir_start = None; n = 0
    for i, (d, text, unit, val, link, tag, ev) in enumerate(rows):
        n += 1
        ws.cell(r, 1, n)
        if d is not None:
            if dir_start is not None and r - 1 > dir_start:
                ws.merge_cells(start_row=dir_start, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(r, 2, d); dir_start = r
        ws.cell(r, 3, text); ws.cell(r, 4, unit); ws.cell(r, 5, val)
        if link:
            c = ws.cell(r, 6, "ссылка"); c.hyperlink = link; c.style = "Hyperlink"
        if tag == "X":
            notc.append(text)
        else:
            exp[tag] = ev; cm[tag] = ["Лист1", f"E{r}"]
        r += 1
    if r - 1 > dir_start:
        ws.merge_cells(start_row=dir_start, start_column=2, end_row=r - 1, end_column=2)
    box(ws, 5, 1, r - 1, 6)
    ws.cell(r + 1, 2, "Ответственный за заполнение: Ившина Т.А., зам. директора по УВР, тел. 8(34138)4-21-17")
    for col, w in zip("ABCDEF", [6, 22, 62, 9, 14, 16]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    return name, exp, notc, cm


# ---------------------------------------------------------------------------
# Form B: lyceum. Numbering inside the text cell («2.3. …»), bold section
# rows merged across, two year columns 2023 and 2024, yes/no as 1/0, shares
# stored as fractions with a % number format, notes column.
# ---------------------------------------------------------------------------
def form_b():
    name = "typed/sarapul_licey7_2024.xlsx"
    subj = ("Совместная реализация программ наставничества по форме «студент – ученик» "
            "(профильные физика и информатика), проведение профпроб на базе партнёров")
    subj23 = "Проведение профпроб на базе колледжа"
    partners = ("Сарапульский политехнический институт (филиал) ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»; "
                "ГБПОУ УР «Сарапульский колледж социально-педагогических технологий и сервиса»; "
                "РОО «Молодёжный клуб «Горизонт»")
    courses = ("«Наставник в школе: технологии сопровождения молодого педагога», АОУ ДПО УР ИРО, 36 ч., 2024; "
               "«Организация наставничества обучающихся в проектной деятельности», АОУ УР РОЦОД, 24 ч., 2024")
    YN = "1 – да, 0 – нет"
    S = "section"
    rows = [
        (S, "1. Нормативные документы лицея"),
        ("1.1. Положение о системе наставничества педагогов утверждено приказом директора", YN, 1, 1, "", "orgs_regulation_teachers", 1),
        ("1.2. Положение о наставничестве в отношении обучающихся утверждено приказом", YN, 0, 1, "Приказ № 112-о от 29.08.2024", "orgs_regulation_students", 1),
        (S, "2. Организационные условия, партнёрство"),
        ("2.1. Заключённые соглашения с вузами, колледжами, школами о выделении наставников", "ед.", 1, 2, "", "agreements_edu_orgs", 2),
        ("2.2. Соглашения с НКО, общественными и прочими организациями (наставники — их сотрудники)", "ед.", 0, 1, "", "agreements_other_orgs", 1),
        ("2.3. Предмет заключённых соглашений", "", subj23, subj, "", "agreement_subjects", subj),
        ("2.4. Перечень организаций-партнёров лицея в сфере наставничества", "", "", partners, "", "partner_list", partners),
        ("2.5. Численность наставников лицея согласно приказу", "чел.", 48, 61, "", "mentors_total", 61),
        ("2.6. Наставнические пары, завершившие программу в учебном году", "ед.", 30, 38, "", "X", None),
        ("2.7. Наставники — сотрудники сторонних образовательных организаций (по приказу)", "чел.", 4, 6, "", "external_edu_mentors", 6),
        ("2.8. Наставники из прочих организаций (не ОО и не предприятия)", "чел.", 0, 1, "", "other_org_mentors", 1),
        (S, "3. Персонализированные программы наставничества (ППН)"),
        ("3.1. ППН, всего", "ед.", 42, 54, "", "pp_total", 54),
        ("3.2. ППН «ученик – ученик»", "ед.", 20, 26, "", "pp_pupil_pupil", 26),
        ("3.3. ППН «педагог – педагог»", "ед.", 8, 9, "", "pp_teacher_teacher", 9),
        ("3.4. ППН «руководитель – педагог»", "ед.", 1, 1, "", "pp_head_teacher", 1),
        ("3.5. ППН «студент – ученик»", "ед.", 4, 6, "со студентами СПИ ИжГТУ", "pp_student_pupil", 6),
        ("3.6. ППН «учитель – ученик»", "ед.", 9, 11, "", "pp_teacher_pupil", 11),
        ("3.7. ППН в иных формах", "ед.", 0, 1, "форма «родитель – ученик» (профориентация)", "pp_other", 1),
        (S, "4. Обучающиеся-наставляемые"),
        ("4.1. Лицеисты с проблемами выбора образовательной траектории / профессии, вошедшие в программы как наставляемые", "чел.", 15, 22, "", "mentees_career", 22),
        ("4.2. Лицеисты 10–19 лет, включённые в программы наставничества (наставляемые) по другим основаниям", "чел.", 30, 41, "олимпиадная подготовка, адаптация 5-х кл.", "mentees_other_params", 41),
        ("4.3. Родители (законные представители), вовлечённые в наставническую деятельность", "чел.", 6, 9, "", "X", None),
        (S, "5. Обучающиеся-наставники"),
        ("5.1. Численность лицеистов 15–19 лет", "чел.", 301, 318, "", "students_15_19", 318),
        ("5.2. Наставники из числа лицеистов 15–19 лет (приказ)", "чел.", 20, 26, "", "mentors_15_19", 26),
        ("5.3. Удельный вес лицеистов 15–19 лет, выступающих наставниками", "%", 0.066, 0.082, "", "share_mentors_15_19", 8.2),
        (S, "6. Педагогические кадры"),
        ("6.1. Педагоги лицея без учёта молодых специалистов", "чел.", 57, 58, "", "teachers_other", 58),
        ("6.2. Педагоги (кроме молодых специалистов), являющиеся наставляемыми", "чел.", 11, 14, "", "teachers_other_mentees", 14),
        ("6.3. Доля педагогов-наставляемых от общего числа педагогов", "%", 0.27, 0.31, "", "share_teachers_mentees", 31),
        ("6.4. Педагоги, участвующие в утверждённых ППН", "чел.", 20, 24, "", "teachers_in_pp", 24),
        ("6.5. Прошли КПК по теме наставничества за календарный год", "чел.", 2, 3, "", "kpk_trained", 3),
        ("6.6. Названия пройденных КПК", "", "", courses, "", "kpk_courses", courses),
        ("6.7. ШМО (методические объединения) наставников", "ед.", 1, 1, "", "school_methodical_associations", 1),
        ("6.8. Проведено заседаний ШМО наставников", "ед.", 4, 5, "", "X", None),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "ЦМН"
    ws.merge_cells("A1:E1")
    ws["A1"] = "Мониторинг реализации целевой модели наставничества в МАОУ «Лицей № 7» г. Сарапула за 2024 год"
    ws["A1"].font = Font(bold=True, size=12); ws["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[1].height = 32
    ws.merge_cells("A2:E2")
    ws["A2"] = "(заполняется ответственным за внедрение ЦМН, данные на 01.10.2024)"
    ws["A2"].alignment = Alignment(horizontal="center")
    for c, h in enumerate(["Критерий", "Ед. изм.", "2023 год", "2024 год", "Примечание"], 1):
        ws.cell(4, c, h).font = BOLD
    r = 5; exp = {}; notc = []; cm = {}
    grey = PatternFill("solid", fgColor="DDDDDD")
    for row in rows:
        if row[0] == S:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1, row[1]).font = BOLD; ws.cell(r, 1).fill = grey
            r += 1; continue
        text, unit, v23, v24, note, tag, ev = row
        ws.cell(r, 1, text); ws.cell(r, 2, unit)
        c23 = ws.cell(r, 3, v23 if v23 != "" else None); c24 = ws.cell(r, 4, v24)
        if unit == "%":
            c23.number_format = "0.0%"; c24.number_format = "0.0%"
        ws.cell(r, 5, note or None)
        if tag == "X":
            notc.append(text)
        else:
            exp[tag] = ev; cm[tag] = ["ЦМН", f"D{r}"]
        r += 1
    box(ws, 4, 1, r - 1, 5)
    ws.cell(r + 1, 1, "Исполнитель: Байкузина Е.Н., заместитель директора по НМР")
    for col, w in zip("ABCDE", [70, 14, 22, 40, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    return name, exp, notc, cm


# ---------------------------------------------------------------------------
# Form C (the "hard" one): ДДТ. Approval stamp on top, header info as label
# cells, then a two-level wording: a parent statement merged vertically in
# column A and the detail in column B («всего», «из них наставляемые», «с
# предприятиями» …) — the row only makes sense read together with its
# parent. «из них наставляемые» occurs under two different parents.
# yes/no typed as «имеется»; shares typed as bare numbers.
# ---------------------------------------------------------------------------
def form_c():
    name = "typed/kizner_ddt_2024.xlsx"
    partners = ("МБОУ «Кизнерская СОШ № 1»; МБОУ «Кизнерская СОШ № 2»; "
                "БПОУ УР «Кизнерский сельскохозяйственный техникум»; "
                "местное отделение Движения первых Кизнерского района")
    site = "https://ddt-kizner.udmurtschool.ru/nastavnichestvo/"
    # groups: (parent or None, [(child, value, link, comment, tag, expected)])
    groups = [
        ("Наличие локальных актов, утверждённых приказом директора:", [
            ("Положение о наставничестве педагогов ДДТ", "имеется", (site + "polozhenie_ped.pdf", "приказ № 38-од"), "", "orgs_regulation_teachers", 1),
            ("Положение о наставничестве обучающихся", "имеется", (site + "polozhenie_obuch.pdf", "приказ № 38-од"), "", "orgs_regulation_students", 1),
        ]),
        ("Локальные акты о поощрении наставников, кол-во:", [
            ("материальное стимулирование (оплата работы наставника)", 1, (site + "stimul.pdf", "положение о стимулирующих выплатах"), "", "pay_acts", 1),
            ("нематериальное поощрение", 2, None, "положение о Доске почёта; положение о конкурсе «Наставник ДДТ»", "nonmaterial_acts", 2),
        ]),
        ("Соглашения о сотрудничестве, по которым наставниками выступают сотрудники партнёра:", [
            ("с образовательными организациями", 3, (site + "soglasheniya.pdf", "соглашения"), "", "agreements_edu_orgs", 3),
            ("с предприятиями", 0, None, "договор с СПК «Луч» на стадии подписания", "agreements_enterprises", 0),
            ("с иными организациями", 1, None, "", "agreements_other_orgs", 1),
        ]),
        (None, [("Партнёры ДДТ по наставничеству", partners, None, "", "partner_list", partners)]),
        (None, [("Наличие страницы «Наставничество» на официальном сайте учреждения", "имеется", (site, site), "", "X", None)]),
        ("Наставники по приказу:", [
            ("всего", 17, (site + "baza.pdf", "база наставников"), "", "mentors_total", 17),
            ("в т.ч. из других ОО", 3, None, "педагоги СОШ № 1, № 2", "external_edu_mentors", 3),
            ("в т.ч. из прочих организаций", 1, None, "", "other_org_mentors", 1),
            ("в т.ч. педагоги ДДТ", 9, None, "", "teachers_mentors", 9),
            ("в т.ч. обучающиеся 15–19 лет", 4, None, "", "mentors_15_19", 4),
        ]),
        ("Персонализированные программы наставничества:", [
            ("всего", 9, None, "", "pp_total", 9),
            ("форма «ученик – ученик»", 4, None, "", "pp_pupil_pupil", 4),
            ("форма «студент – ученик»", 2, None, "студенты агротехникума", "pp_student_pupil", 2),
            ("форма «учитель – ученик»", 3, None, "", "pp_teacher_pupil", 3),
        ]),
        (None, [("Количество объединений (кружков, студий), где реализуются программы наставничества", 14, None, "", "X", None)]),
        ("Обучающиеся в возрасте 10–19 лет:", [
            ("всего занимается в ДДТ", 486, None, "по данным Навигатора ДО", "students_10_19", 486),
            ("из них наставляемые", 52, None, "", "mentees_10_19", 52),
            ("наставляемые из «группы риска»", 5, None, "", "mentees_risk", 5),
            ("наставляемые с ОВЗ, дети-инвалиды", 6, None, "", "mentees_disabled", 6),
            ("наставляемые — одарённые дети (из реестров)", 11, None, "", "mentees_gifted", 11),
            ("доля наставляемых, %", 10.7, None, "", "share_mentees_10_19", 10.7),
        ]),
        ("Удовлетворённость участием в завершённых программах, %:", [
            ("наставляемые", 96, None, "анкетирование, май 2024", "satisfaction_mentees", 96),
            ("наставники", 100, None, "", "satisfaction_mentors", 100),
        ]),
        ("Педагогические работники:", [
            ("молодые специалисты (до 35 лет, стаж до 3 лет)", 4, None, "", "young_specialists", 4),
            ("из них наставляемые", 3, None, "", "young_specialists_mentees", 3),
            ("обучены на КПК по вопросам наставничества в 2024 г.", 2, None, "РОЦОД, 36 ч.", "kpk_trained", 2),
        ]),
        (None, [("Мероприятия для родителей по вопросам наставничества", 3, None, "", "X", None)]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Отчет"
    for i, t in enumerate(["УТВЕРЖДАЮ", "Директор МБУ ДО ДДТ", "__________ О.В. Лекомцева", "«14» октября 2024 г."], 1):
        ws.cell(i, 4, t)
    ws.merge_cells("A6:E6")
    ws["A6"] = "Информация о реализации целевой модели наставничества педагогических работников и обучающихся"
    ws["A6"].font = Font(bold=True, size=12); ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 30
    ws["A7"] = "Учреждение"; ws["A7"].font = BOLD
    ws.merge_cells("B7:E7")
    ws["B7"] = ("МБУ ДО «Дом детского творчества» муниципального образования "
                "«Муниципальный округ Кизнерский район Удмуртской Республики»")
    ws["A8"] = "Отчётный период"; ws["A8"].font = BOLD; ws["B8"] = "2024 год"
    for c, h in enumerate(["Показатель", "Уточнение", "Значение", "Документ / ссылка", "Комментарий"], 1):
        ws.cell(10, c, h).font = BOLD
    r = 11; exp = {}; notc = []; cm = {}
    for parent, kids in groups:
        start = r
        for child, val, link, comment, tag, ev in kids:
            if parent is None:
                ws.cell(r, 1, child)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            else:
                ws.cell(r, 2, child)
            ws.cell(r, 3, val)
            if link:
                c = ws.cell(r, 4, link[1]); c.hyperlink = link[0]; c.style = "Hyperlink"
            if comment:
                ws.cell(r, 5, comment)
            if tag == "X":
                notc.append(child)
            else:
                exp[tag] = ev; cm[tag] = ["Отчет", f"C{r}"]
            r += 1
        if parent is not None:
            ws.cell(start, 1, parent)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    box(ws, 10, 1, r - 1, 5)
    ws.cell(r + 1, 1, "Ответственный: методист Вахрушева А.С.")
    for col, w in zip("ABCDE", [38, 46, 40, 26, 34]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    return name, exp, notc, cm


# ---------------------------------------------------------------------------
# Form D: large city school, written with xlsxwriter. Cover sheet «Титул»
# carries the organisation; data sheet has a two-row merged header with
# «План на 2024» / «Факт на 01.10.2024», codes К-01…, section rows, shares
# computed by Excel formulas (cached results stored), plain-text URLs
# (sometimes two per cell), «Да»/«Нет».
# ---------------------------------------------------------------------------
def form_d():
    name = "typed/izhevsk_sosh108_2024.xlsx"
    site = "https://shkola108izhevsk-r18.gosweb.gosuslugi.ru/"
    partners = "ООО «ИжТехноСервис»; ООО «Агрофирма «Заречная»"
    S = "section"
    # (code, text, unit, plan, fact, link, comment, tag, expected); fact may be ("=formula", cached)
    rows = [
        (S, "Раздел 1. Нормативная база"),
        ("К-01", "Утверждено Положение о наставничестве педагогических работников школы (приказ)", "да/нет", "Да", "Да", site + "netcat_files/30/69/Prikaz_polozhenie_ped.pdf", "", "orgs_regulation_teachers", 1),
        ("К-02", "Утверждено Положение о наставничестве учащихся (приказ)", "да/нет", "Да", "Да", site + "netcat_files/30/69/Prikaz_polozhenie_uch.pdf", "", "orgs_regulation_students", 1),
        ("К-03", "Издан приказ о мониторинге реализации ЦМН в школе", "да/нет", "Да", "Да", site + "netcat_files/30/69/Prikaz_monitoring_2024.pdf", "", "orgs_monitoring_order", 1),
        (S, "Раздел 2. Организация работы"),
        ("К-04", "Число кураторов внедрения ЦМН", "чел.", 3, 3, "", "по одному на уровень образования", "curators_total", 3),
        ("К-05", "Действующие соглашения с предприятиями, сотрудники которых являются наставниками", "ед.", 2, 2,
         site + "netcat_files/30/69/Soglashenie_1.pdf\n" + site + "netcat_files/30/69/Soglashenie_2.pdf", "", "agreements_enterprises", 2),
        ("К-06", "Наименования предприятий-партнёров", "", "—", partners, "", "", "partner_list", partners),
        ("К-07", "Наставники из числа работников предприятий", "чел.", 4, 5, "", "", "enterprise_mentors", 5),
        ("К-08", "Наставников в школе по приказу — всего", "чел.", 100, 112, site + "tselevaya-model-nastavnichestva/", "", "mentors_total", 112),
        ("К-09", "Наставляемых в школе по приказу — всего", "чел.", 250, 268, site + "tselevaya-model-nastavnichestva/", "", "mentees_total", 268),
        ("К-10", "Сформировано наставнических пар (групп) в 2024 году", "ед.", 120, 134, "", "", "X", None),
        (S, "Раздел 3. Персонализированные программы"),
        ("К-11", "Утверждено персонализированных программ — всего", "ед.", 85, 91, site + "netcat_files/30/69/PP_2024.pdf", "", "pp_total", 91),
        ("К-12", "ПП по форме «ученик – ученик»", "ед.", 40, 41, "", "", "pp_pupil_pupil", 41),
        ("К-13", "ПП по форме «учитель – учитель»", "ед.", 15, 18, "", "", "pp_teacher_teacher", 18),
        ("К-14", "ПП по форме «руководитель – педагог»", "ед.", 2, 2, "", "", "pp_head_teacher", 2),
        ("К-15", "ПП по форме «учитель – ученик»", "ед.", 28, 30, "", "", "pp_teacher_pupil", 30),
        (S, "Раздел 4. Обучающиеся"),
        ("К-16", "Контингент учащихся 10–19 лет", "чел.", 1150, 1184, "", "", "students_10_19", 1184),
        ("К-17", "Учащиеся 10–19 лет — наставляемые", "чел.", 180, 220, "", "", "mentees_10_19", 220),
        ("К-18", "Охват учащихся 10–19 лет программами наставничества в роли наставляемого", "%", 15, ("=ROUND(E{К-17}/E{К-16}*100,1)", 18.6), "", "", "share_mentees_10_19", 18.6),
        ("К-19", "Наставляемые 10–19 лет с низкой учебной мотивацией / неуспевающие", "чел.", 25, 31, "", "", "mentees_low_motivation", 31),
        ("К-20", "Наставляемые 10–19 лет, испытывающие трудности с выбором профессии и образовательного маршрута", "чел.", 40, 46, "", "", "mentees_career", 46),
        ("К-21", "Учащиеся 6–11 кл., участвующие в проекте «Билет в будущее»", "чел.", 150, 160, "", "", "X", None),
        ("К-22", "Контингент учащихся 15–19 лет", "чел.", 390, 402, "", "", "students_15_19", 402),
        ("К-23", "Учащиеся 15–19 лет — наставники (приказ)", "чел.", 50, 57, "", "", "mentors_15_19", 57),
        ("К-24", "Доля учащихся 15–19 лет в роли наставников", "%", 12, ("=ROUND(E{К-23}/E{К-22}*100,1)", 14.2), "", "", "share_mentors_15_19", 14.2),
        (S, "Раздел 5. Педагоги"),
        ("К-25", "Молодые специалисты (моложе 35 лет, не более 3 лет стажа)", "чел.", 10, 11, "", "", "young_specialists", 11),
        ("К-26", "Молодые специалисты — наставляемые", "чел.", 10, 11, "", "", "young_specialists_mentees", 11),
        ("К-27", "Доля молодых специалистов, вошедших в программы как наставляемые", "%", 100, ("=ROUND(E{К-26}/E{К-25}*100,1)", 100), "", "", "share_young_specialists_mentees", 100),
        ("К-28", "Молодые специалисты, выступающие наставниками", "чел.", 0, 1, "", "", "young_specialists_mentors", 1),
        ("К-29", "Педагоги школы в роли наставников", "чел.", 45, 50, "", "", "teachers_mentors", 50),
        ("К-30", "Доля педагогов-наставников", "%", 50, ("=ROUND(E{К-29}/89*100,1)", 56.2), "", "всего педагогов 89 чел.", "share_teachers_mentors", 56.2),
        ("К-31", "Работает «Школа молодого педагога»", "да/нет", "Да", "Да", "", "", "X", None),
    ]
    path = os.path.join(HERE, name)
    wb = xlsxwriter.Workbook(path)
    b = wb.add_format({"bold": True}); wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    hdr = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1, "bg_color": "#DCE6F1"})
    sec = wb.add_format({"bold": True, "italic": True, "border": 1, "bg_color": "#F2F2F2"})
    num = wb.add_format({"border": 1, "valign": "top"}); dec = wb.add_format({"border": 1, "valign": "top", "num_format": "0.0"})
    t = wb.add_worksheet("Титул")
    t.set_column(0, 0, 34); t.set_column(1, 1, 80)
    t.write(0, 0, "Мониторинг целевой модели наставничества — 2024", wb.add_format({"bold": True, "font_size": 14}))
    for i, (k, v) in enumerate([
            ("Образовательная организация:", "МБОУ «Средняя общеобразовательная школа № 108» г. Ижевска"),
            ("Район:", "Индустриальный"),
            ("Отчётный год:", 2024),
            ("Ответственный за заполнение:", "Корепанова Ирина Витальевна, куратор ЦМН"),
            ("Контактный телефон:", "+7 (3412) 00-00-00")], 2):
        t.write(i, 0, k, b); t.write(i, 1, v)
    ws = wb.add_worksheet("Показатели_2024")
    ws.set_column(0, 0, 7); ws.set_column(1, 1, 64); ws.set_column(2, 2, 9)
    ws.set_column(3, 4, 14); ws.set_column(5, 5, 60); ws.set_column(6, 6, 28)
    ws.merge_range(0, 0, 1, 0, "Код", hdr)
    ws.merge_range(0, 1, 1, 1, "Наименование показателя", hdr)
    ws.merge_range(0, 2, 1, 2, "Ед. изм.", hdr)
    ws.merge_range(0, 3, 0, 4, "Значение показателя", hdr)
    ws.write(1, 3, "План на 2024", hdr); ws.write(1, 4, "Факт на 01.10.2024", hdr)
    ws.merge_range(0, 5, 1, 5, "Источник (ссылка на документ на сайте ОО)", hdr)
    ws.merge_range(0, 6, 1, 6, "Комментарий ОО", hdr)
    ws.freeze_panes(2, 2)
    coderow = {}; r = 2
    for row in rows:  # first pass: row numbers for codes
        if row[0] != S:
            coderow[row[0]] = r + 1
        r += 1
    r = 2; exp = {}; notc = []; cm = {}
    for row in rows:
        if row[0] == S:
            ws.merge_range(r, 0, r, 6, row[1], sec); r += 1; continue
        code, text, unit, plan, fact, link, comment, tag, ev = row
        ws.write(r, 0, code, num); ws.write(r, 1, text, wrap); ws.write(r, 2, unit, num)
        ws.write(r, 3, plan, num)
        if isinstance(fact, tuple):
            f = fact[0]
            for k, v in coderow.items():
                f = f.replace("{" + k + "}", str(v))
            ws.write_formula(r, 4, f, dec, fact[1])
        else:
            ws.write(r, 4, fact, wrap if isinstance(fact, str) else num)
        ws.write(r, 5, link, wrap); ws.write(r, 6, comment, wrap)
        if tag == "X":
            notc.append(text)
        else:
            exp[tag] = ev; cm[tag] = ["Показатели_2024", f"E{r + 1}"]
        r += 1
    ws.write(r + 1, 1, "Директор школы ____________ /Ю.А. Шкляева/")
    wb.close()
    return name, exp, notc, cm


for fn in (form_a, form_b, form_c, form_d):
    name, exp, notc, cm = fn()
    expected.append({"file": name, "year": 2024, "values": exp, "not_criteria": notc})
    cellmap[name] = cm
    print(f"{name}: {len(exp)} criterion rows, {len(notc)} non-criterion rows")

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "_cellmap.json"), "w", encoding="utf-8") as f:
    json.dump(cellmap, f, ensure_ascii=False, indent=1)
