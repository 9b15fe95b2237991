#!/usr/bin/env python3
"""Hand-typed held-out test: 5 school forms (2024) of one municipality
(город Слободской, Кировская область) filled in from the municipality's template,
each school having "improved" the template in its own way.

Writes typed/*.xlsx, expected.json and _cells.json (cell addresses for selfcheck.py)."""
import json, os
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
os.makedirs(OUT, exist_ok=True)

MO = "Муниципальное образование: городской округ город Слободской Кировской области"
PERIOD = "Отчётный период: 2024 год"
TITLE = ("Мониторинг реализации целевой модели наставничества педагогических работников "
         "и обучающихся в общеобразовательной организации (форма МО)")
FOOTER = ["Ответственный за заполнение (ФИО, должность, телефон): ____________________",
          "Руководитель ОО ______________ / ______________ /   М.П."]

# ---------------------------------------------------------------- municipal template
# (number, municipal wording, unit, key)  key: criterion id | "NC" (not a criterion) | None (section)
TEMPLATE = [
    ("1.", "Нормативное сопровождение наставничества в ОО", None, None),
    ("1.1", "Положение о наставничестве педагогических работников утверждено приказом руководителя ОО", "да/нет", "orgs_regulation_teachers"),
    ("1.2", "Положение о наставничестве среди обучающихся утверждено приказом руководителя ОО", "да/нет", "orgs_regulation_students"),
    ("1.3", "В ОО издан приказ о проведении мониторинга внедрения ЦМН", "да/нет", "orgs_monitoring_order"),
    ("1.4", "По итогам внутришкольного мониторинга ЦМН составлена информационная справка", "да/нет", "internal_monitoring_notes"),
    ("1.5", "Дорожная карта (план мероприятий) ОО по внедрению наставничества на 2024 год", "да/нет", "NC"),
    ("2.", "Организация наставнической деятельности", None, None),
    ("2.1", "Число кураторов внедрения ЦМН, назначенных в ОО", "чел.", "curators_total"),
    ("2.2", "Наставники ОО, закреплённые приказом (всего)", "чел.", "mentors_total"),
    ("2.3", "Наставляемые ОО, закреплённые приказом (всего)", "чел.", "mentees_total"),
    ("2.4", "Заключено соглашений с другими образовательными организациями, направляющими своих работников в ОО в качестве наставников", "ед.", "agreements_edu_orgs"),
    ("2.5", "Партнёры ОО (предприятия, учреждения), взаимодействующие со школой по вопросам наставничества — перечислить", "перечень", "partner_list"),
    ("2.6", "Раздел «Наставничество» на официальном сайте ОО (наличие, актуальность)", "да/нет", "NC"),
    ("3.", "Персонализированные программы наставничества (ППН)", None, None),
    ("3.1", "Утверждено ППН в ОО — всего", "ед.", "pp_total"),
    ("3.1.1", "из них в форме «ученик – ученик»", "ед.", "pp_pupil_pupil"),
    ("3.1.2", "из них в форме «педагог – педагог» (учитель – учитель)", "ед.", "pp_teacher_teacher"),
    ("3.1.3", "из них в форме «руководитель – педагог»", "ед.", "pp_head_teacher"),
    ("3.1.4", "из них в форме «учитель – ученик»", "ед.", "pp_teacher_pupil"),
    ("4.", "Вовлечённость обучающихся в наставничество", None, None),
    ("4.1", "Контингент обучающихся 10–19 лет в ОО", "чел.", "students_10_19"),
    ("4.2", "Обучающиеся 10–19 лет, включённые в программы наставничества как наставляемые (всего)", "чел.", "mentees_10_19"),
    ("4.2.1", "в т.ч. обучающиеся, относящиеся к «группе риска»", "чел.", "mentees_risk"),
    ("4.2.2", "в т.ч. одарённые дети, внесённые в реестр (банк данных) одарённых детей", "чел.", "mentees_gifted"),
    ("4.2.3", "в т.ч. дети с ОВЗ и дети-инвалиды", "чел.", "mentees_disabled"),
    ("4.3", "Удельный вес наставляемых 10–19 лет в общем контингенте обучающихся этого возраста", "%", "share_mentees_10_19"),
    ("4.4", "Обучающиеся 15–19 лет, выступающие наставниками (закреплены приказом)", "чел.", "mentors_15_19"),
    ("5.", "Удовлетворённость участников", None, None),
    ("5.1", "Степень удовлетворённости наставляемых завершёнными программами наставничества (по итогам анкетирования)", "%", "satisfaction_mentees"),
    ("5.2", "Степень удовлетворённости наставников завершёнными программами наставничества (по итогам анкетирования)", "%", "satisfaction_mentors"),
    ("6.", "Педагогические работники в системе наставничества", None, None),
    ("6.1", "Молодые специалисты ОО (возраст до 35 лет, стаж не более 3 лет) — всего", "чел.", "young_specialists"),
    ("6.2", "Молодые специалисты, за которыми закреплены наставники", "чел.", "young_specialists_mentees"),
    ("6.3", "Педагоги ОО, выполняющие функции наставника", "чел.", "teachers_mentors"),
    ("6.4", "Педагоги, прошедшие в 2024 году курсы повышения квалификации по тематике наставничества", "чел.", "kpk_trained"),
    ("6.5", "Методические объединения (сообщества) наставников, действующие в ОО", "ед.", "school_methodical_associations"),
    ("6.6", "Мероприятия для наставников и наставляемых (семинары, встречи, мастер-классы), проведённые в ОО за год", "ед.", "NC"),
]
T = {r[3]: r for r in TEMPLATE if r[3] and r[3] != "NC"}
T_NC = [r for r in TEMPLATE if r[3] == "NC"]
HDR = ["№ п/п", "Наименование показателя", "Ед. изм.", "Значение за 2024 год", "Ссылка на подтверждающий документ"]

# -------------------------------------------------------------- backends
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


class Sheet:
    """Tiny grid: rows of cells; a cell is value or (value, fmt) ; fmt in bold/pct/formula."""
    def __init__(self):
        self.rows = []          # list of lists
        self.merge = []         # (row_index, ncols)
        self.table_rows = set()

    def line(self, text, ncols, bold=False):
        self.rows.append([(text, "bold" if bold else None)])
        self.merge.append((len(self.rows), ncols))
        return len(self.rows)

    def add(self, cells, table=True):
        self.rows.append(cells)
        if table:
            self.table_rows.add(len(self.rows))
        return len(self.rows)          # 1-based row number


def col(c):
    return "ABCDEFGHIJ"[c - 1]


def write_openpyxl(sh, path, widths, sheet_name):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_name
    for r, cells in enumerate(sh.rows, 1):
        for c, cell in enumerate(cells, 1):
            v, f = cell if isinstance(cell, tuple) else (cell, None)
            if v is None and f is None:
                v = None
            x = ws.cell(row=r, column=c, value=v)
            x.alignment = Alignment(wrap_text=True, vertical="top")
            if f == "bold":
                x.font = Font(bold=True)
            elif f == "pct":
                x.number_format = "0%"
            elif f == "pct1":
                x.number_format = "0.0%"
            if r in sh.table_rows:
                x.border = BORDER
    for r, n in sh.merge:
        if n > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[col(i)].width = w
    wb.save(path)


def write_xlsxwriter(sh, path, widths, sheet_name):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet(sheet_name)
    base = {"text_wrap": True, "valign": "top"}
    fm = {}
    def fmt(kind, table):
        key = (kind, table)
        if key not in fm:
            d = dict(base)
            if kind == "bold": d["bold"] = True
            if kind == "pct": d["num_format"] = "0%"
            if kind == "pct1": d["num_format"] = "0.0%"
            if table: d["border"] = 1
            fm[key] = wb.add_format(d)
        return fm[key]
    merged = dict(sh.merge)
    for r, cells in enumerate(sh.rows, 1):
        table = r in sh.table_rows
        if r in merged and merged[r] > 1:
            v, f = cells[0] if isinstance(cells[0], tuple) else (cells[0], None)
            ws.merge_range(r - 1, 0, r - 1, merged[r] - 1, v, fmt(f, table))
            continue
        for c, cell in enumerate(cells):
            v, f = cell[:2] if isinstance(cell, tuple) else (cell, None)
            if isinstance(v, str) and v.startswith("="):
                # formula with a cached value: (formula, fmt, cached)
                ws.write_formula(r - 1, c, v, fmt(f, table), cell[2])
            elif v is None:
                ws.write_blank(r - 1, c, None, fmt(f, table))
            else:
                ws.write(r - 1, c, v, fmt(f, table))
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    wb.close()


EXPECTED, CELLS = [], {}


def register(fname, sh, values, cellmap, not_criteria, writer, widths, sheet_name):
    path = os.path.join(OUT, fname)
    writer(sh, path, widths, sheet_name)
    assert set(values) == set(cellmap), (fname, set(values) ^ set(cellmap))
    assert 22 <= len(values) <= 28, (fname, len(values))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "values": values,
                     "not_criteria": not_criteria})
    CELLS["typed/" + fname] = {"values": cellmap, "not_criteria": not_criteria}


def link(site, doc):
    return f"https://{site}.gosweb.gosuslugi.ru/ofitsialno/dokumenty/{doc}"


# ==================================================================== A
# МБОУ «СОШ № 5»: added its own columns "План на 2024 год", "Значение за 2023 год", "Примечание";
# share computed by a formula (cached value), satisfaction typed as fractions formatted as %.
def school_A():
    site = "shkola5slobodskoj-r43"
    # key: (plan 2024, fact 2024, fact 2023, link, note)
    V = {
        "orgs_regulation_teachers": ("да", "да", "да", link(site, "dokumenty-all-145.html"), ""),
        "orgs_regulation_students": ("да", "да", "да", link(site, "dokumenty-all-146.html"), ""),
        "orgs_monitoring_order": ("да", "да", "нет", link(site, "dokumenty-all-151.html"), "приказ издан впервые"),
        "internal_monitoring_notes": ("да", "да", "да", link(site, "dokumenty-all-160.html"), ""),
        "NC1": ("да", "да", "да", link(site, "dokumenty-all-147.html"), ""),
        "curators_total": (2, 2, 1, link(site, "dokumenty-all-148.html"), "добавлен куратор по наставничеству обучающихся"),
        "mentors_total": (30, 34, 29, link(site, "dokumenty-all-152.html"), ""),
        "mentees_total": (70, 78, 61, link(site, "dokumenty-all-152.html"), ""),
        "agreements_edu_orgs": (2, 1, 0, link(site, "dokumenty-all-155.html"), "второе соглашение на согласовании"),
        "partner_list": ("—",
                         "КОГПОБУ «Слободской колледж педагогики и социальных отношений», МКУ ДО «Дом детского творчества» г. Слободского",
                         "КОГПОБУ «Слободской колледж педагогики и социальных отношений»", link(site, "dokumenty-all-155.html"), ""),
        "NC2": ("да", "да", "да", "https://shkola5slobodskoj-r43.gosweb.gosuslugi.ru/nastavnichestvo/", ""),
        "pp_total": (15, 18, 12, link(site, "dokumenty-all-153.html"), ""),
        "pp_pupil_pupil": (5, 6, 4, link(site, "dokumenty-all-153.html"), ""),
        "pp_teacher_teacher": (6, 8, 6, link(site, "dokumenty-all-153.html"), ""),
        "pp_head_teacher": (2, 2, 1, link(site, "dokumenty-all-153.html"), ""),
        "pp_teacher_pupil": (2, 2, 1, link(site, "dokumenty-all-153.html"), "проектная деятельность 9-х классов"),
        "students_10_19": (None, 512, 498, "", "по отчёту ОО-1 на 20.09.2024"),
        "mentees_10_19": (60, 64, 55, link(site, "dokumenty-all-152.html"), ""),
        "mentees_risk": (5, 7, 6, link(site, "dokumenty-all-152.html"), ""),
        "mentees_gifted": (8, 9, 7, link(site, "dokumenty-all-152.html"), ""),
        "mentees_disabled": (4, 4, 3, link(site, "dokumenty-all-152.html"), ""),
        "share_mentees_10_19": ("PCT", "FORMULA", "PCT23", "", "расчёт: п.4.2 / п.4.1"),
        "mentors_15_19": (10, 12, 9, link(site, "dokumenty-all-152.html"), ""),
        "satisfaction_mentees": (0.85, 0.87, 0.84, link(site, "dokumenty-all-160.html"), "анкетирование в мае 2024 г."),
        "satisfaction_mentors": (0.9, 0.91, 0.88, link(site, "dokumenty-all-160.html"), ""),
        "young_specialists": (None, 6, 5, "", ""),
        "young_specialists_mentees": (6, 6, 5, link(site, "dokumenty-all-152.html"), ""),
        "teachers_mentors": (20, 22, 20, link(site, "dokumenty-all-152.html"), ""),
        "kpk_trained": (2, 3, 1, "", "КПК КОГОАУ ДПО «ИРО Кировской области», 36 ч"),
        "school_methodical_associations": (1, 1, 1, link(site, "dokumenty-all-149.html"), ""),
        "NC3": (12, 14, 10, "", ""),
    }
    expected_fact = {
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 2, "mentors_total": 34, "mentees_total": 78,
        "agreements_edu_orgs": 1, "partner_list": V["partner_list"][1], "pp_total": 18, "pp_pupil_pupil": 6,
        "pp_teacher_teacher": 8, "pp_head_teacher": 2, "pp_teacher_pupil": 2, "students_10_19": 512,
        "mentees_10_19": 64, "mentees_risk": 7, "mentees_gifted": 9, "mentees_disabled": 4,
        "share_mentees_10_19": 12.5, "mentors_15_19": 12, "satisfaction_mentees": 87, "satisfaction_mentors": 91,
        "young_specialists": 6, "young_specialists_mentees": 6, "teachers_mentors": 22, "kpk_trained": 3,
        "school_methodical_associations": 1,
    }
    sh = Sheet()
    n = 8
    sh.line(TITLE, n, bold=True)
    sh.line(MO, n)
    sh.line("Образовательная организация: МБОУ «СОШ № 5» г. Слободского", n)
    sh.line(PERIOD, n)
    sh.add([None], table=False)
    hdr = ["№ п/п", "Наименование показателя", "Ед. изм.", "План на 2024 год", "Значение за 2024 год",
           "Значение за 2023 год", "Ссылка на подтверждающий документ", "Примечание ОО"]
    sh.add([(h, "bold") for h in hdr])
    sh.add([str(i) for i in range(1, 9)])
    cells, ncrit, nc_i, rowof = {}, [], 0, {}
    for num, text, unit, key in TEMPLATE:
        if key is None:
            sh.add([(num, "bold"), (text, "bold"), None, None, None, None, None, None])
            continue
        k = key
        if key == "NC":
            nc_i += 1
            k = f"NC{nc_i}"
            ncrit.append(text)
        plan, fact, prev, ln, note = V[k]
        r = len(sh.rows) + 1
        rowof[k] = r
        fmt = None
        if k.startswith("satisfaction"):
            fmt = "pct"
        if k == "share_mentees_10_19":
            m, s = rowof["mentees_10_19"], rowof["students_10_19"]
            row = [num, text, unit, (0.12, "pct"), (f"=E{m}/E{s}", "pct1", 64 / 512),
                   (0.11, "pct"), ln, note]
        else:
            row = [num, text, unit, (plan, fmt), (fact, fmt), (prev, fmt), ln, note or None]
        sh.add(row)
        if key != "NC":
            cells[key] = f"E{r}"
    sh.add([None], table=False)
    for f in FOOTER:
        sh.add([None, f], table=False)
    register("sosh5_2024.xlsx", sh, expected_fact, cells, ncrit, write_xlsxwriter,
             [7, 62, 9, 12, 14, 14, 45, 30], "Мониторинг 2024")


# ==================================================================== B
# МБОУ «Гимназия»: deleted the links column, writes the supporting documents in the value cell.
def school_B():
    V = {
        "orgs_regulation_teachers": ("Да — приказ от 30.08.2024 № 145-о «Об утверждении Положения о системе наставничества педагогических работников МБОУ «Гимназия» г. Слободского»", 1),
        "orgs_regulation_students": ("Да — приказ от 30.08.2024 № 146-о «Об утверждении Положения о наставничестве обучающихся»", 1),
        "orgs_monitoring_order": ("Да, приказ от 09.01.2024 № 3-о «О проведении мониторинга реализации целевой модели наставничества»", 1),
        "internal_monitoring_notes": ("Да. Справка по итогам внутреннего мониторинга от 20.12.2024, рассмотрена на педсовете (протокол № 4)", 1),
        "NC1": ("Да — приказ от 30.08.2024 № 147-о «Об утверждении дорожной карты по реализации ЦМН на 2024–2025 уч. год»", None),
        "curators_total": ("1 (приказ от 30.08.2024 № 148-о «О назначении куратора внедрения целевой модели наставничества»)", 1),
        "mentors_total": ("27 — приказ от 02.09.2024 № 152-о «О закреплении наставнических пар (групп)»", 27),
        "mentees_total": ("103 — приказ от 02.09.2024 № 152-о", 103),
        "agreements_edu_orgs": ("2 (соглашения с КОГОАУ «Вятская гуманитарная гимназия» от 15.01.2024 № 7 и с МБОУ «СОШ № 5» от 01.09.2024 б/н)", 2),
        "partner_list": ("КОГОАУ «Вятская гуманитарная гимназия с углублённым изучением английского языка»; МБОУ «СОШ № 5» г. Слободского; ФГБОУ ВО «Вятский государственный университет»", None),
        "NC2": ("Да, раздел «Наставничество» обновлён 15.11.2024", None),
        "pp_total": ("11 (приказ от 02.09.2024 № 153-о «Об утверждении персонализированных программ наставничества»)", 11),
        "pp_pupil_pupil": (5, 5),
        "pp_teacher_teacher": (6, 6),
        "pp_head_teacher": (None, None),
        "pp_teacher_pupil": (None, None),
        "students_10_19": ("640 (отчёт ОО-1 на 20.09.2024)", 640),
        "mentees_10_19": ("85 (приказ № 152-о)", 85),
        "mentees_risk": (6, 6),
        "mentees_gifted": ("21 (региональный реестр одарённых детей)", 21),
        "mentees_disabled": (3, 3),
        "share_mentees_10_19": (13.3, 13.3),
        "mentors_15_19": ("18 (приказ от 02.09.2024 № 152-о)", 18),
        "satisfaction_mentees": ("94 (анкетирование, протокол МО от 24.05.2024 № 5)", 94),
        "satisfaction_mentors": (92, 92),
        "young_specialists": (4, 4),
        "young_specialists_mentees": ("4 (приказ № 152-о)", 4),
        "teachers_mentors": (9, 9),
        "kpk_trained": ("2 (удостоверения КОГОАУ ДПО «ИРО Кировской области» от 18.10.2024)", 2),
        "school_methodical_associations": ("1 (приказ от 30.08.2024 № 149-о «О создании методического объединения наставников»)", 1),
        "NC3": (9, None),
    }
    V["partner_list"] = (V["partner_list"][0], V["partner_list"][0])
    sh = Sheet()
    n = 4
    sh.line(TITLE, n, bold=True)
    sh.line(MO, n)
    sh.line("Образовательная организация: МБОУ «Гимназия» г. Слободского", n)
    sh.line(PERIOD, n)
    sh.add([None], table=False)
    sh.add([(h, "bold") for h in HDR[:4]])
    sh.add(["1", "2", "3", "4"])
    cells, values, ncrit, nc_i = {}, {}, [], 0
    for num, text, unit, key in TEMPLATE:
        if key is None:
            sh.add([(num, "bold"), (text, "bold"), None, None])
            continue
        k = key
        if key == "NC":
            nc_i += 1
            k = f"NC{nc_i}"
            ncrit.append(text)
        typed, exp = V[k]
        r = sh.add([num, text, unit, typed])
        if key != "NC" and exp is not None:
            cells[key] = f"D{r}"
            values[key] = exp
    sh.add([None], table=False)
    sh.add([None, "Ответственный за заполнение: Корякина Е.В., заместитель директора по УВР, 8 (83362) 4-15-27"], table=False)
    register("gimnaziya_2024.xlsx", sh, values, cells, ncrit, write_openpyxl, [7, 62, 9, 70], "Лист1")


# ==================================================================== C
# МКОУ «ООШ № 9»: renamed the criteria in its own words, regrouped and reordered rows,
# renumbered them, dropped rows it has nothing to report on and added one row of its own.
def school_C():
    site = "shkola9slobodskoj-r43"
    ROWS = [
        ("Ученики", None, None, None),
        ("Школьников 10–19 лет (всего по школе)", "students_10_19", 96, ""),
        ("Школьники 10–19 лет, у которых есть наставник", "mentees_10_19", 24, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Ученики из «группы риска», закреплённые за наставником", "mentees_risk", 2, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Ученики с ОВЗ и дети-инвалиды, закреплённые за наставником", "mentees_disabled", 3, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Одарённые ученики (внесены в реестр), закреплённые за наставником", "mentees_gifted", 1, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Процент охвата наставничеством школьников 10–19 лет", "share_mentees_10_19", 25, ""),
        ("Старшеклассники-наставники 15–19 лет (по приказу директора)", "mentors_15_19", 3, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Учителя", None, None, None),
        ("Учителя-наставники", "teachers_mentors", 8, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Молодых учителей в школе (до 35 лет, стаж до 3 лет)", "young_specialists", 2, ""),
        ("Молодые учителя, за которыми закреплён наставник", "young_specialists_mentees", 2, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Опытные учителя (не молодые специалисты), которым тоже назначен наставник", "teachers_other_mentees", 4, link(site, "prikaz-nastavniki-2024.pdf")),
        ("ШМО наставников (кол-во)", "school_methodical_associations", 1, link(site, "prikaz-shmo.pdf")),
        ("Организация", None, None, None),
        ("Всего назначено наставников (приказ директора)", "mentors_total", 11, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Всего назначено наставляемых (приказ директора)", "mentees_total", 30, link(site, "prikaz-nastavniki-2024.pdf")),
        ("Куратор наставничества в школе (кол-во человек)", "curators_total", 1, link(site, "prikaz-kurator.pdf")),
        ("Программы ППН (всего)", "pp_total", 7, link(site, "ppn-2024.pdf")),
        ("ППН «ученик – ученик»", "pp_pupil_pupil", 3, link(site, "ppn-2024.pdf")),
        ("ППН «учитель – учитель»", "pp_teacher_teacher", 4, link(site, "ppn-2024.pdf")),
        ("С кем сотрудничаем по наставничеству (организации)", "partner_list",
         "МКУК «Слободская городская библиотека им. А. Грина», СПК «Колхоз «Октябрь»", ""),
        ("Документы", None, None, None),
        ("Положение о наставничестве для учителей — есть?", "orgs_regulation_teachers", "Да", link(site, "polozhenie-ped.pdf")),
        ("Положение о наставничестве для учеников — есть?", "orgs_regulation_students", "Да", link(site, "polozhenie-obuch.pdf")),
        ("Приказ о мониторинге наставничества в школе", "orgs_monitoring_order", "Да", link(site, "prikaz-monitoring.pdf")),
        ("Справка по итогам мониторинга наставничества внутри школы", "internal_monitoring_notes", "Да", link(site, "spravka-2024.pdf")),
        ("План (дорожная карта) наставничества на 2024 год", "NC", "Да", link(site, "dk-2024.pdf")),
        ("Страничка «Наставничество» на сайте школы", "NC", "Да", f"https://{site}.gosweb.gosuslugi.ru/nastavnichestvo/"),
        ("Удовлетворённость", None, None, None),
        ("Насколько довольны наставляемые (анкета), %", "satisfaction_mentees", 100, ""),
        ("Насколько довольны наставники (анкета), %", "satisfaction_mentors", 95, ""),
    ]
    conv = {"Да": 1, "Нет": 0}
    sh = Sheet()
    n = 4
    sh.line(TITLE, n, bold=True)
    sh.line(MO, n)
    sh.line("Образовательная организация: МКОУ ООШ № 9 г. Слободского", n)
    sh.line(PERIOD, n)
    sh.add([None], table=False)
    sh.add([(h, "bold") for h in ["№", "Показатель", "Значение за 2024 год", "Ссылка"]])
    cells, values, ncrit, i = {}, {}, [], 0
    for text, key, v, ln in ROWS:
        if key is None:
            sh.add([None, (text, "bold"), None, None])
            continue
        i += 1
        r = sh.add([f"{i}.", text, v, ln or None])
        if key == "NC":
            ncrit.append(text)
        else:
            cells[key] = f"C{r}"
            values[key] = conv.get(v, v)
    sh.add([None], table=False)
    sh.add([None, "Исполнитель: Шубина Т.А., зам. директора по УВР"], table=False)
    register("oosh9_2024.xlsx", sh, values, cells, ncrit, write_openpyxl, [6, 60, 20, 55], "наставничество")


# ==================================================================== D
# МБОУ «Лицей № 2»: values typed as text with units and comments.
def school_D():
    site = "licej2slobodskoj-r43"
    V = {
        "orgs_regulation_teachers": ("да, утверждено", 1),
        "orgs_regulation_students": ("да", 1),
        "orgs_monitoring_order": ("да (издан 10.01.2024)", 1),
        "internal_monitoring_notes": ("нет — справка будет готова в январе 2025 г.", 0),
        "NC1": ("имеется", None),
        "curators_total": ("2 чел. (зам. директора по УВР и педагог-психолог)", 2),
        "mentors_total": ("31 чел.", 31),
        "mentees_total": ("180 человек", 180),
        "agreements_edu_orgs": ("0 (соглашения не заключались)", 0),
        "partner_list": ("АО «Слободской фанерный комбинат», КОГПОБУ «Вятский колледж профессиональных технологий, управления и сервиса»", None),
        "NC2": ("есть, обновляется ежемесячно", None),
        "pp_total": ("14 программ", 14),
        "pp_pupil_pupil": ("5 прогр.", 5),
        "pp_teacher_teacher": ("6 программ", 6),
        "pp_head_teacher": ("1 программа", 1),
        "pp_teacher_pupil": ("2 программы (проектная деятельность)", 2),
        "students_10_19": ("620 уч-ся", 620),
        "mentees_10_19": ("165 чел.", 165),
        "mentees_risk": ("4 чел.", 4),
        "mentees_gifted": ("37 чел. (региональный реестр)", 37),
        "mentees_disabled": ("2 чел.", 2),
        "share_mentees_10_19": ("26,6 %", 26.6),
        "mentors_15_19": ("19 чел. (10–11 классы)", 19),
        "satisfaction_mentees": ("88 % (анкетирование в мае 2024 г.)", 88),
        "satisfaction_mentors": ("90 % (опрос наставников)", 90),
        "young_specialists": ("5 чел.", 5),
        "young_specialists_mentees": ("5 чел. (все молодые специалисты)", 5),
        "teachers_mentors": ("12 чел.", 12),
        "kpk_trained": ("3 педагога (КПК ИРО Кировской области, 36 ч)", 3),
        "school_methodical_associations": ("1 (МО наставников «Шаг вперёд»)", 1),
        "NC3": ("ежемесячно, всего 11 встреч", None),
    }
    V["partner_list"] = (V["partner_list"][0], V["partner_list"][0])
    sh = Sheet()
    n = 5
    sh.line(TITLE, n, bold=True)
    sh.line(MO, n)
    sh.line("Образовательная организация: МБОУ «Лицей № 2» г. Слободского", n)
    sh.line(PERIOD, n)
    sh.add([None], table=False)
    sh.add([(h, "bold") for h in HDR])
    sh.add(["1", "2", "3", "4", "5"])
    cells, values, ncrit, nc_i = {}, {}, [], 0
    for num, text, unit, key in TEMPLATE:
        if key is None:
            sh.add([(num, "bold"), (text, "bold"), None, None, None])
            continue
        k = key
        if key == "NC":
            nc_i += 1
            k = f"NC{nc_i}"
            ncrit.append(text)
        typed, exp = V[k]
        ln = f"https://{site}.gosweb.gosuslugi.ru/nastavnichestvo/" if key in (
            "orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
            "mentors_total", "mentees_total", "pp_total") else None
        r = sh.add([num, text, unit, typed, ln])
        if key != "NC":
            cells[key] = f"D{r}"
            values[key] = exp
    sh.add([None], table=False)
    for f in FOOTER:
        sh.add([None, f], table=False)
    register("licey2_2024.xlsx", sh, values, cells, ncrit, write_xlsxwriter, [7, 62, 9, 40, 45], "Форма ОО")


# ==================================================================== E
# МБОУ «СОШ № 4 им. Ф.Ф. Семёнова»: abbreviation with "" and «им.» in the title it added,
# full official name with «» and ё in the header field; yes/no typed as 1/0; one cell left empty.
def school_E():
    site = "shkola4slobodskoj-r43"
    V = {
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "NC1": 1, "curators_total": 1, "mentors_total": 26,
        "mentees_total": 61, "agreements_edu_orgs": 1,
        "partner_list": "КОГАУК «Слободской музейно-выставочный центр»",
        "NC2": 1, "pp_total": 12, "pp_pupil_pupil": 4, "pp_teacher_teacher": 5, "pp_head_teacher": 1,
        "pp_teacher_pupil": 2, "students_10_19": 455, "mentees_10_19": 48, "mentees_risk": 5,
        "mentees_gifted": 11, "mentees_disabled": 6, "share_mentees_10_19": 10.5, "mentors_15_19": 10,
        "satisfaction_mentees": 89, "satisfaction_mentors": 93, "young_specialists": 7,
        "young_specialists_mentees": 7, "teachers_mentors": 16, "kpk_trained": None,
        "school_methodical_associations": 2, "NC3": 8,
    }
    sh = Sheet()
    n = 5
    sh.line('Мониторинг реализации ЦМН в МБОУ "СОШ № 4 им. Ф.Ф. Семенова" г. Слободского за 2024 год', n, bold=True)
    sh.line(MO, n)
    sh.line("Образовательная организация: Муниципальное бюджетное общеобразовательное учреждение "
            "«Средняя общеобразовательная школа № 4 имени Героя Советского Союза Фёдора Фёдоровича Семёнова» "
            "города Слободского Кировской области", n)
    sh.line("Отчетный период: 2024 год", n)
    sh.add([None], table=False)
    sh.add([(h, "bold") for h in HDR])
    sh.add(["1", "2", "3", "4", "5"])
    cells, values, ncrit, nc_i = {}, {}, [], 0
    for num, text, unit, key in TEMPLATE:
        if key is None:
            sh.add([(num, "bold"), (text, "bold"), None, None, None])
            continue
        k = key
        if key == "NC":
            nc_i += 1
            k = f"NC{nc_i}"
            ncrit.append(text)
        v = V[k]
        ln = link(site, "nastavnichestvo-2024.html") if isinstance(v, int) and key not in ("students_10_19", "young_specialists", "NC") else None
        r = sh.add([num, text, unit.replace("да/нет", "1 – да / 0 – нет"), v, ln])
        if key != "NC" and v is not None:
            cells[key] = f"D{r}"
            values[key] = v
    sh.add([None], table=False)
    for f in FOOTER:
        sh.add([None, f], table=False)
    register("sosh4_2024.xlsx", sh, values, cells, ncrit, write_openpyxl, [7, 62, 14, 16, 50], "2024")


for f in (school_A, school_B, school_C, school_D, school_E):
    f()
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "_cells.json"), "w", encoding="utf-8") as fh:
    json.dump(CELLS, fh, ensure_ascii=False, indent=1)
for e in EXPECTED:
    print(e["file"], len(e["values"]), "criteria,", len(e["not_criteria"]), "non-criteria")
