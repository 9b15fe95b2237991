#!/usr/bin/env python3
"""Hand-typed held-out XLSX forms (mentoring target model, 2024) + expected.json.

Writes typed/*.xlsx, expected.json and cells.json (where each expected value sits,
used only by selfcheck.py).  File 3 is written with openpyxl and then re-saved by
LibreOffice so that its formulas carry cached values.
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")

expected = []
cells = {}


def box(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        ws.cell(row=row, column=c).border = BOX


# ---------------------------------------------------------------------------
# 1. City school, table pasted from Word (Arkhangelsk region, Kotlas)
# ---------------------------------------------------------------------------
def file1():
    name = "typed/kotlas_sh14_word.xlsx"
    org = "МОУ «Средняя школа № 14» г. Котласа"
    site = "https://sh14-kotlas.gosuslugi.ru"
    L_NAST = site + "/nastavnichestvo/dokumenty/"
    # (direction or None, text, value, expected, id, link)
    rows = [
        ("Нормативное\nобеспечение", None, None, None, None, None),
        (None, "Утверждено ли в школе положение\nо наставничестве педагогических\nработников (приказ)", "Да", 1, "orgs_regulation_teachers", L_NAST + "prikaz-112.pdf"),
        (None, "Приказ об утверждении положения\nо наставничестве обучающихся", "Да", 1, "orgs_regulation_students", L_NAST + "prikaz-113.pdf"),
        (None, "Издан приказ о проведении\nмониторинга ЦМН в школе", "Да", 1, "orgs_monitoring_order", L_NAST + "prikaz-monitoring-2024.pdf"),
        (None, "Наличие дорожной карты внедрения\nЦМН на 2024/25 уч. год", "Да", None, "NC", L_NAST + "dk-2024-2025.pdf"),
        ("Организация\nпроцесса", None, None, None, None, None),
        (None, "Кураторы внедрения модели\nнаставничества (кол-во)", "2\nчел.", 2, "curators_total", L_NAST + "prikaz-112.pdf"),
        (None, "Наставники*", "48\nчел.", 48, "mentors_total", L_NAST + "baza-nastavnikov.pdf"),
        (None, "Наставляемые*", "112\nчел.", 112, "mentees_total", L_NAST + "baza-nastavlyaemyh.pdf"),
        (None, "Соглашения с другими ОО, направившими\nсвоих работников в качестве\nнаставников", 1, 1, "agreements_edu_orgs", L_NAST + "soglashenie-ktt.pdf"),
        (None, "Договоры о сотрудничестве\nс предприятиями (сотрудники –\nнаставники)", 1, 1, "agreements_enterprises", L_NAST + "dogovor-emz.pdf"),
        (None, "Партнёры школы по наставничеству\n(предприятия, организации)", "АО «Котласский ЭМЗ»;\nГАПОУ АО «Котласский транспортный техникум»", "АО «Котласский ЭМЗ»;\nГАПОУ АО «Котласский транспортный техникум»", "partner_list", L_NAST),
        (None, "Справка по итогам внутреннего\nмониторинга ЦМН", "Да", 1, "internal_monitoring_notes", L_NAST + "spravka-2024.pdf"),
        ("Персонализи-\nрованные\nпрограммы\n(ППН)", None, None, None, None, None),
        (None, "ППН – всего", 45, 45, "pp_total", L_NAST + "ppn-2024.zip"),
        (None, "в т.ч. «ученик – ученик»", 21, 21, "pp_pupil_pupil", L_NAST + "ppn-2024.zip"),
        (None, "в т.ч. «учитель – учитель»", 17, 17, "pp_teacher_teacher", L_NAST + "ppn-2024.zip"),
        (None, "в т.ч. «учитель – ученик»", 7, 7, "pp_teacher_pupil", L_NAST + "ppn-2024.zip"),
        ("PAGEBREAK", None, None, None, None, None),
        ("Обучающиеся\n10–19 лет –\nнаставляемые", None, None, None, None, None),
        (None, "Обучающихся 10–19 лет в школе,\nвсего", 620, 620, "students_10_19", None),
        (None, "Из них наставляемые\n(10–19 лет)", "90\nчел.", 90, "mentees_10_19", L_NAST + "baza-nastavlyaemyh.pdf"),
        (None, "Доля наставляемых среди\nобучающихся 10–19 лет", "14,5 %", 14.5, "share_mentees_10_19", None),
        (None, "наставляемые из «группы риска»", 6, 6, "mentees_risk", L_NAST + "baza-nastavlyaemyh.pdf"),
        (None, "наставляемые, испытывающие\nтрудности с выбором профессии /\nобразовательной траектории", 25, 25, "mentees_career", L_NAST + "baza-nastavlyaemyh.pdf"),
        ("Обучающиеся\n15–19 лет –\nнаставники", None, None, None, None, None),
        (None, "Обучающихся 15–19 лет, всего", 140, 140, "students_15_19", None),
        (None, "Наставники из числа\nстаршеклассников (15–19 лет)", "21\nчел.", 21, "mentors_15_19", L_NAST + "baza-nastavnikov.pdf"),
        (None, "Доля старшеклассников-наставников", "15 %", 15, "share_mentors_15_19", None),
        ("Удовлетво-\nрённость", None, None, None, None, None),
        (None, "Удовлетворённость наставляемых\n(завершённые программы)**", "87 %", 87, "satisfaction_mentees", L_NAST + "anketa-itogi.pdf"),
        (None, "Удовлетворённость наставников**", "91 %", 91, "satisfaction_mentors", L_NAST + "anketa-itogi.pdf"),
        ("Педагоги", None, None, None, None, None),
        (None, "Молодые специалисты (до 35 лет,\nстаж до 3 лет), всего", "9\nчел.", 9, "young_specialists", None),
        (None, "Молодые специалисты –\nнаставляемые", 9, 9, "young_specialists_mentees", L_NAST + "baza-nastavlyaemyh.pdf"),
        (None, "Педагоги-наставники", "27\nчел.", 27, "teachers_mentors", L_NAST + "baza-nastavnikov.pdf"),
        (None, "Прошли КПК по наставничеству\nв 2024 г.", "3 чел.", 3, "kpk_trained", L_NAST + "kpk-2024.pdf"),
        (None, "Курсы (наименование)",
         "«Наставничество в образовательной организации», АО ИОО, 36 ч.\n«Эффективные инструменты наставничества», АНО «Большая перемена», 36 ч.",
         "«Наставничество в образовательной организации», АО ИОО, 36 ч.\n«Эффективные инструменты наставничества», АНО «Большая перемена», 36 ч.",
         "kpk_courses", None),
        ("Стимулиро-\nвание", None, None, None, None, None),
        (None, "Локальные акты об оплате\nнаставнической деятельности", 1, 1, "pay_acts", site + "/svedeniya/dokumenty/polozhenie-ob-oplate.pdf"),
        (None, "Проведено мастер-классов\nпедагогами-наставниками", "6", None, "NC", None),
        (None, "Ответственный за заполнение", "Зам. директора по УВР\nСеверова Т.А.", None, "NC", None),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    tnr = Font(name="Times New Roman", size=12)
    bold = Font(name="Times New Roman", size=12, bold=True)
    # columns: A №, B spacer, C direction, D criterion, E spacer, F value, G spacer, H source
    for col, w in zip("ABCDEFGH", (5, 1.5, 16, 42, 1.5, 11, 1.5, 48)):
        ws.column_dimensions[col].width = w
    ws["D1"] = "Приложение 2 к письму УО от 18.11.2024 № 01-12/977"
    ws["D1"].font = Font(name="Times New Roman", size=10, italic=True)
    ws["A3"] = "Информация о реализации целевой модели наставничества\nв " + org + "\nза 2024 год"
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = CENTER
    ws["A3"].font = bold
    ws.row_dimensions[3].height = 48

    header = ["№\nп/п", None, "Направление", "Показатель (критерий)", None, "Значение\nза 2024 г.", None, "Источник информации\n(ссылка на документ)"]

    def put_header(r):
        for i, h in enumerate(header, start=1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = bold
            c.alignment = CENTER
        box(ws, r, 1, 8)
        ws.row_dimensions[r].height = 32

    r = 5
    put_header(r)
    r += 1
    n = 0
    vals, ncs, loc = {}, [], {}
    dir_start, cur_dir = None, None

    def close_dir(end_row):
        if cur_dir is not None and end_row > dir_start:
            ws.merge_cells(start_row=dir_start, start_column=3, end_row=end_row, end_column=3)

    for d, text, v, x, cid, link in rows:
        if d == "PAGEBREAK":
            close_dir(r - 1)
            cur_dir = None
            ws.cell(row=r, column=1, value="Продолжение таблицы").font = Font(name="Times New Roman", size=11, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).alignment = Alignment(horizontal="right")
            r += 1
            put_header(r)
            r += 1
            continue
        if d is not None:
            close_dir(r - 1)
            cur_dir, dir_start = d, r
            ws.cell(row=r, column=3, value=d).alignment = WRAP
            continue
        n += 1
        ws.cell(row=r, column=1, value=f"{n}.")
        ws.cell(row=r, column=4, value=text)
        ws.cell(row=r, column=6, value=v)
        if link:
            ws.cell(row=r, column=8, value=link)
        for c in range(1, 9):
            ws.cell(row=r, column=c).font = tnr
            ws.cell(row=r, column=c).alignment = WRAP
        box(ws, r, 1, 8)
        ws.row_dimensions[r].height = 16 * max(str(text).count("\n") + 1, str(v).count("\n") + 1)
        if cid == "NC":
            ncs.append(text)
        else:
            vals[cid] = x
            loc[cid] = ["Лист1", f"F{r}"]
        r += 1
    close_dir(r - 1)
    r += 1
    ws.cell(row=r, column=1, value="* численность по приказу ОО от 02.09.2024 № 215-о «Об организации наставничества в 2024/25 учебном году»").font = Font(name="Times New Roman", size=10)
    ws.cell(row=r + 1, column=1, value="** по результатам анкетирования участников завершённых программ (май 2024 г.), % удовлетворённых").font = Font(name="Times New Roman", size=10)
    ws.cell(row=r + 3, column=4, value="Директор школы ____________ /Л.В. Малыгина/").font = tnr
    wb.save(os.path.join(HERE, name))
    expected.append({"file": name, "year": 2024, "organisation": org, "values": vals, "not_criteria": ncs})
    cells[name] = [loc]


# ---------------------------------------------------------------------------
# 2. Workbook with three village schools of one district (Vologda region)
# ---------------------------------------------------------------------------
TEMPLATE2 = [
    # (id, text, unit)
    ("H", "1. Нормативное обеспечение", None),
    ("orgs_regulation_teachers", "Положение о наставничестве педагогов утверждено приказом ОО", "да/нет"),
    ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом ОО", "да/нет"),
    ("orgs_monitoring_order", "Приказ ОО о мониторинге внедрения ЦМН", "да/нет"),
    ("internal_monitoring_notes", "Аналитическая справка ОО по результатам внутреннего мониторинга", "да/нет"),
    ("NC", "Наличие дорожной карты внедрения ЦМН", "да/нет"),
    ("H", "2. Организация процесса", None),
    ("curators_total", "Число кураторов ЦМН в ОО", "чел."),
    ("mentors_total", "Число наставников (приказ ОО)", "чел."),
    ("mentees_total", "Число наставляемых (приказ ОО)", "чел."),
    ("agreements_other_orgs", "Соглашения с иными организациями, сотрудники которых выступают наставниками", "ед."),
    ("agreement_subjects", "О чём соглашение (предмет)", "текст"),
    ("H", "3. Персонализированные программы наставничества (ППН)", None),
    ("pp_total", "ППН, всего", "ед."),
    ("pp_pupil_pupil", "ППН формы «ученик – ученик»", "ед."),
    ("pp_teacher_teacher", "ППН формы «педагог – педагог»", "ед."),
    ("pp_teacher_pupil", "ППН формы «учитель – ученик»", "ед."),
    ("H", "4. Внешние наставники", None),
    ("other_org_mentors", "Наставники – сотрудники иных организаций", "чел."),
    ("H", "5. Обучающиеся", None),
    ("students_10_19", "Обучающиеся 10–19 лет (всего в ОО)", "чел."),
    ("mentees_10_19", "Обучающиеся 10–19 лет в роли наставляемых", "чел."),
    ("mentees_disabled", "  из них дети с ОВЗ / дети-инвалиды", "чел."),
    ("mentees_low_motivation", "  из них с низкой учебной мотивацией, неуспевающие", "чел."),
    ("share_mentees_10_19", "Охват наставничеством обучающихся 10–19 лет (доля)", "%"),
    ("students_15_19", "Обучающиеся 15–19 лет (всего)", "чел."),
    ("mentors_15_19", "Наставники из обучающихся 15–19 лет", "чел."),
    ("H", "6. Удовлетворённость", None),
    ("satisfaction_mentees", "Удовлетворённость наставляемых", "%"),
    ("satisfaction_mentors", "Удовлетворённость наставников", "%"),
    ("H", "7. Педагоги", None),
    ("teachers_other", "Педагогов в ОО без учёта молодых специалистов", "чел."),
    ("teachers_other_mentees", "Педагоги (кроме молодых спец.) – наставляемые", "чел."),
    ("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел."),
    ("teachers_mentors", "Педагоги – наставники", "чел."),
    ("school_methodical_associations", "Наличие МО наставников в ОО", "да/нет"),
    ("H", "8. Стимулирование", None),
    ("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", "ед."),
    ("NC", "Количество мастер-классов, проведённых наставниками", "ед."),
    ("NC", "Ответственный за заполнение (ФИО, должность)", None),
]

SCHOOLS2 = [
    {
        "sheet": "Биряковская СШ",
        "org": "МБОУ «Биряковская средняя школа»",
        "site": "https://biryakovo-sh.gosuslugi.ru/nastavnichestvo",
        "v": {
            "orgs_regulation_teachers": "да", "orgs_regulation_students": "да", "orgs_monitoring_order": "да",
            "internal_monitoring_notes": "да", "NC0": "да",
            "curators_total": 1, "mentors_total": 15, "mentees_total": 42, "agreements_other_orgs": 1,
            "agreement_subjects": "Совместная профориентационная работа с обучающимися 8–11 классов (СПК «Сухонский»)",
            "pp_total": 15, "pp_pupil_pupil": 6, "pp_teacher_teacher": 4, "pp_teacher_pupil": 5,
            "other_org_mentors": 2,
            "students_10_19": 118, "mentees_10_19": 37, "mentees_disabled": 5, "mentees_low_motivation": 9,
            "share_mentees_10_19": 31.4, "students_15_19": 24, "mentors_15_19": 6,
            "satisfaction_mentees": 92, "satisfaction_mentors": 95,
            "teachers_other": 17, "teachers_other_mentees": 3, "young_specialists": 2, "teachers_mentors": 7,
            "school_methodical_associations": "да", "nonmaterial_acts": 1,
            "NC1": 4, "NC2": "Зам. директора по ВР Кузнецова О.Н.",
        },
    },
    {
        "sheet": "Воробьёвская ОШ",
        "org": "МБОУ «Воробьёвская основная школа»",
        "site": "https://vorobyovo-osh.gosuslugi.ru/dokumenty",
        "v": {
            "orgs_regulation_teachers": "да", "orgs_regulation_students": "да", "orgs_monitoring_order": "да",
            "internal_monitoring_notes": "нет", "NC0": "нет",
            "curators_total": 1, "mentors_total": 6, "mentees_total": 14, "agreements_other_orgs": 0,
            "agreement_subjects": None,
            "pp_total": 6, "pp_pupil_pupil": 2, "pp_teacher_teacher": 2, "pp_teacher_pupil": 2,
            "other_org_mentors": 0,
            "students_10_19": 46, "mentees_10_19": 12, "mentees_disabled": 2, "mentees_low_motivation": 5,
            "share_mentees_10_19": 26.1, "students_15_19": 7, "mentors_15_19": 2,
            "satisfaction_mentees": 85, "satisfaction_mentors": 88,
            "teachers_other": 11, "teachers_other_mentees": 1, "young_specialists": 1, "teachers_mentors": 4,
            "school_methodical_associations": "нет", "nonmaterial_acts": 0,
            "NC1": 1, "NC2": "Директор Смирнова Г.А.",
        },
    },
    {
        "sheet": "Чучковская СШ",
        "org": "МБОУ «Чучковская средняя школа»",
        "site": "https://chuchkovo-sh.gosuslugi.ru/nastavnichestvo",
        "v": {
            "orgs_regulation_teachers": "да", "orgs_regulation_students": "да", "orgs_monitoring_order": "да",
            "internal_monitoring_notes": "да", "NC0": "да",
            "curators_total": 2, "mentors_total": "10 (приказ № 61-од от 02.09.2024)", "mentees_total": 25,
            "agreements_other_orgs": 1,
            "agreement_subjects": "Проведение занятий и экскурсий для обучающихся на базе Чучковского участкового лесничества",
            "pp_total": 10, "pp_pupil_pupil": 4, "pp_teacher_teacher": 3, "pp_teacher_pupil": 3,
            "other_org_mentors": 1,
            "students_10_19": 83, "mentees_10_19": 20, "mentees_disabled": 3, "mentees_low_motivation": 6,
            "share_mentees_10_19": 24.1, "students_15_19": 15, "mentors_15_19": 4,
            "satisfaction_mentees": 90, "satisfaction_mentors": 93,
            "teachers_other": 14, "teachers_other_mentees": 2, "young_specialists": 3, "teachers_mentors": 5,
            "school_methodical_associations": "да", "nonmaterial_acts": 1,
            "NC1": 3, "NC2": "Педагог-организатор Белова Н.С.",
        },
    },
]

YN = {"да": 1, "нет": 0}


def file2():
    name = "typed/sokol_okrug_3_schools.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Инструкция"
    lines = [
        "Мониторинг реализации целевой модели наставничества в общеобразовательных организациях Сокольского муниципального округа за 2024 год",
        "",
        "1. Каждая школа заполняет свой лист (лист назван по школе).",
        "2. В столбце «Значение» для показателей «да/нет» выбрать значение из списка.",
        "3. Количественные показатели указывать целым числом, доли – в процентах с одним знаком после запятой.",
        "4. В столбце «Ссылка» указать адрес документа на официальном сайте ОО.",
        "5. Срок предоставления – до 10.12.2024 на адрес методического кабинета.",
        "Лист «Списки» не изменять.",
    ]
    for i, t in enumerate(lines, start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True)
    ins.column_dimensions["A"].width = 120

    helper = wb.create_sheet("Списки")
    for i, t in enumerate(["да", "нет"], start=1):
        helper.cell(row=i, column=1, value=t)
    for i, t in enumerate(["чел.", "ед.", "%", "да/нет", "текст"], start=1):
        helper.cell(row=i, column=2, value=t)
    district = ["МБОУ «Биряковская средняя школа»", "МБОУ «Воробьёвская основная школа»",
                "МБОУ «Чучковская средняя школа»", "МБОУ «Двиницкая основная школа»",
                "МБОУ «Пригородная средняя школа»", "МБОУ «Нестеровская основная школа»"]
    for i, t in enumerate(district, start=1):
        helper.cell(row=i, column=3, value=t)
    helper.sheet_state = "hidden"

    locs, all_vals, ncs_all = [], [], []
    for s in SCHOOLS2:
        ws = wb.create_sheet(s["sheet"], index=len(wb.sheetnames) - 1)
        ws["A1"] = s["org"]
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        ws["A2"] = "Показатели мониторинга ЦМН за 2024 год"
        ws.merge_cells("A2:F2")
        hdr = ["№", "Наименование показателя", "Ед. изм.", "Значение", "Ссылка на подтверждающий документ", "Примечание"]
        for i, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True)
            c.alignment = CENTER
            c.fill = PatternFill("solid", fgColor="DDEBF7")
        box(ws, 4, 1, 6)
        for col, w in zip("ABCDEF", (5, 62, 9, 14, 52, 22)):
            ws.column_dimensions[col].width = w
        dv = DataValidation(type="list", formula1="=Списки!$A$1:$A$2", allow_blank=True)
        ws.add_data_validation(dv)
        r, n, nci = 5, 0, 0
        vals, loc = {}, {}
        for cid, text, unit in TEMPLATE2:
            if cid == "H":
                ws.cell(row=r, column=1, value=text).font = Font(bold=True, italic=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                r += 1
                continue
            n += 1
            key = f"NC{nci}" if cid == "NC" else cid
            if cid == "NC":
                nci += 1
            v = s["v"][key]
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=text).alignment = WRAP
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=v)
            if unit == "да/нет":
                dv.add(f"D{r}")
            if unit == "текст":
                ws.cell(row=r, column=4).alignment = WRAP
            if v not in (None, "нет", 0) and unit not in ("%",) and cid not in ("NC", "students_10_19", "students_15_19", "teachers_other", "young_specialists"):
                ws.cell(row=r, column=5, value=s["site"])
            if cid == "share_mentees_10_19":
                ws.cell(row=r, column=6, value="расчёт")
            box(ws, r, 1, 6)
            if cid == "NC":
                if text not in ncs_all:
                    ncs_all.append(text)
            elif v is not None:
                if isinstance(v, str) and v in YN:
                    x = YN[v]
                elif isinstance(v, str) and cid != "agreement_subjects":
                    x = int(v.split()[0])
                else:
                    x = v
                vals[cid] = x
                loc[cid] = [s["sheet"], f"D{r}"]
            r += 1
        ws.freeze_panes = "A5"
        all_vals.append(vals)
        locs.append(loc)
    wb.active = 1
    wb.save(os.path.join(HERE, name))
    expected.append({"file": name, "year": 2024, "organisation": [s["org"] for s in SCHOOLS2],
                     "values": all_vals, "not_criteria": ncs_all})
    cells[name] = locs


# ---------------------------------------------------------------------------
# 3. School–kindergarten complex (Tyumen region, Tobolsk), formulas, re-saved by LibreOffice
# ---------------------------------------------------------------------------
def file3():
    name = "typed/tobolsk_shds9_lo.xlsx"
    org = "МАОУ «Средняя школа – детский сад № 9» г. Тобольска"
    link = "https://shds9-tobolsk.gosuslugi.ru/nastavnichestvo/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    ws["A1"] = "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся"
    ws["A2"] = org
    ws["A3"] = "по состоянию на 01.12.2024"
    for a in ("A1", "A2"):
        ws[a].font = Font(bold=True)
    hdr = ["№ п/п", "Направление", "Критерий", "Ед. изм.", "Показатель за 2023 год", "Показатель за 2024 год", "Ссылка на источник"]
    HR = 5
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    box(ws, HR, 1, 7)
    for col, w in zip("ABCDEFG", (6, 26, 60, 8, 14, 14, 48)):
        ws.column_dimensions[col].width = w

    # rows: (key, direction, text, unit, v2023, v2024, fmt, has_link)
    # values may reference other keys as {key} (formula); resolved to cell addresses below.
    R = [
        ("orgs_regulation_teachers", "Нормативная база", "Положение о системе наставничества педагогов утверждено", "да/нет", "да", "да", None, True),
        ("orgs_regulation_students", None, "Положение о наставничестве обучающихся утверждено", "да/нет", "да", "да", None, True),
        ("orgs_monitoring_order", None, "Приказ «О мониторинге ЦМН» издан", "да/нет", "нет", "да", None, True),
        ("NC_site", None, "Раздел «Наставничество» на официальном сайте", "да/нет", "да", "да", None, True),
        ("curators_total", "Организация процесса", "Кураторы ЦМН в ОО", "чел.", 2, 3, "#,##0", True),
        ("mentors_total", None, "Наставники (по приказу), всего", "чел.", "=E{teachers_mentors}+E{mentors_15_19}+E{external_edu_mentors}", "=F{teachers_mentors}+F{mentors_15_19}+F{external_edu_mentors}", "#,##0", True),
        ("mentees_total", None, "Наставляемые (по приказу), всего", "чел.", "=E{mentees_10_19}+E{young_specialists_mentees}+E{teachers_other_mentees}", "=F{mentees_10_19}+F{young_specialists_mentees}+F{teachers_other_mentees}", "#,##0", True),
        ("agreements_edu_orgs", None, "Соглашения с образовательными организациями о привлечении их работников в наставники", "ед.", 1, 2, "#,##0", True),
        ("agreement_subjects", None, "Предмет заключённых соглашений", "текст", "Практика студентов", "Наставничество студентов ТМПК над обучающимися 5–7 классов; методическое сопровождение молодых педагогов (ТПИ им. Д.И. Менделеева)", None, False),
        ("external_edu_mentors", "Внешние наставники", "Наставники из внешних образовательных организаций (приказ)", "чел.", 2, 5, "#,##0", True),
        ("pp_pupil_pupil", "Персонализированные программы", "ППН «ученик – ученик»", "ед.", 24, 31, "#,##0", True),
        ("pp_teacher_teacher", None, "ППН «педагог – педагог»", "ед.", 14, 19, "#,##0", True),
        ("pp_student_pupil", None, "ППН «студент – ученик»", "ед.", 0, 4, "#,##0", True),
        ("pp_other", None, "ППН иных форм (воспитатель – воспитатель, дошкольное отделение)", "ед.", 1, 2, "#,##0", True),
        ("pp_total", None, "Итого ППН", "ед.", "=SUM(E{pp_pupil_pupil}:E{pp_other})", "=SUM(F{pp_pupil_pupil}:F{pp_other})", "#,##0", True),
        ("students_10_19", "Обучающиеся 10–19 лет", "Численность обучающихся 10–19 лет", "чел.", 1012, 1048, "#,##0", False),
        ("mentees_10_19", None, "из них включены в программы как наставляемые", "чел.", 198, 262, "#,##0", True),
        ("share_mentees_10_19", None, "Доля наставляемых 10–19 лет", "%", "=E{mentees_10_19}/E{students_10_19}", "=F{mentees_10_19}/F{students_10_19}", "0.0%", False),
        ("students_15_19", "Обучающиеся 15–19 лет", "Численность обучающихся 15–19 лет", "чел.", 231, 240, "#,##0", False),
        ("mentors_15_19", None, "из них наставники (по приказу)", "чел.", 29, 36, "#,##0", True),
        ("share_mentors_15_19", None, "Доля обучающихся 15–19 лет – наставников", "%", "=E{mentors_15_19}/E{students_15_19}", "=F{mentors_15_19}/F{students_15_19}", "0.0%", False),
        ("satisfaction_mentees", "Удовлетворённость", "Удовлетворённость наставляемых по итогам завершённых программ", "%", 0.86, 0.89, "0%", True),
        ("satisfaction_mentors", None, "Удовлетворённость наставников по итогам завершённых программ", "%", 0.9, 0.94, "0%", True),
        ("young_specialists", "Педагоги", "Молодые специалисты (до 35 лет, первые 3 года работы)", "чел.", 6, 8, "#,##0", False),
        ("young_specialists_mentees", None, "Молодые специалисты, имеющие наставника", "чел.", 6, 8, "#,##0", True),
        ("teachers_other", None, "Прочие педагоги (без молодых специалистов)", "чел.", 90, 88, "#,##0", False),
        ("teachers_other_mentees", None, "Прочие педагоги – наставляемые", "чел.", 11, 16, "#,##0", True),
        ("share_teachers_mentees", None, "Доля наставляемых от всех педагогов", "%", "=(E{young_specialists_mentees}+E{teachers_other_mentees})/(E{young_specialists}+E{teachers_other})", "=(F{young_specialists_mentees}+F{teachers_other_mentees})/(F{young_specialists}+F{teachers_other})", "0.0%", False),
        ("teachers_mentors", None, "Педагоги – наставники", "чел.", 30, 36, "#,##0", True),
        ("share_teachers_mentors", None, "Доля педагогов-наставников", "%", "=E{teachers_mentors}/(E{young_specialists}+E{teachers_other})", "=F{teachers_mentors}/(F{young_specialists}+F{teachers_other})", "0.0%", False),
        ("kpk_trained", "Профразвитие", "Педагоги, прошедшие КПК по наставничеству в календарном году", "чел.", 2, 4, "#,##0", True),
        ("NC_events", None, "Заседания «Школы молодого педагога»", "ед.", 6, 8, "#,##0", True),
        ("NC_resp", None, "Ответственный за заполнение", None, None, "Заместитель директора Ершова М.В.", None, False),
    ]
    first = HR + 1
    rowof = {k: first + i for i, (k, *_rest) in enumerate(R)}
    exp = {  # expected 2024 values (conventions: shares in %)
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "curators_total": 3, "mentors_total": 36 + 36 + 5, "mentees_total": 262 + 8 + 16,
        "agreements_edu_orgs": 2, "external_edu_mentors": 5,
        "pp_pupil_pupil": 31, "pp_teacher_teacher": 19, "pp_student_pupil": 4, "pp_other": 2,
        "pp_total": 31 + 19 + 4 + 2,
        "students_10_19": 1048, "mentees_10_19": 262, "share_mentees_10_19": 25.0,
        "students_15_19": 240, "mentors_15_19": 36, "share_mentors_15_19": 15.0,
        "satisfaction_mentees": 89, "satisfaction_mentors": 94,
        "young_specialists": 8, "young_specialists_mentees": 8, "teachers_other": 88, "teachers_other_mentees": 16,
        "share_teachers_mentees": 25.0, "teachers_mentors": 36, "share_teachers_mentors": 37.5, "kpk_trained": 4,
    }
    exp["agreement_subjects"] = [x for x in R if x[0] == "agreement_subjects"][0][5]
    vals, ncs, loc = {}, [], {}
    n = 0
    for key, d, text, unit, v23, v24, fmt, has_link in R:
        r = rowof[key]
        n += 1
        ws.cell(row=r, column=1, value=n)
        if d:
            ws.cell(row=r, column=2, value=d)
        ws.cell(row=r, column=3, value=text).alignment = WRAP
        ws.cell(row=r, column=4, value=unit)
        for col, v in ((5, v23), (6, v24)):
            if isinstance(v, str) and v.startswith("="):
                v = v.format(**rowof)
            c = ws.cell(row=r, column=col, value=v)
            if fmt:
                c.number_format = fmt
            if unit == "текст":
                c.alignment = WRAP
        if has_link:
            ws.cell(row=r, column=7, value=link + ("dokumenty/" if unit == "да/нет" else "baza/"))
        box(ws, r, 1, 7)
        if key.startswith("NC"):
            ncs.append(text)
        else:
            vals[key] = exp[key]
            loc[key] = ["Мониторинг 2024", f"F{r}"]
    assert set(vals) == set(exp), set(exp) ^ set(vals)
    last = first + len(R) - 1
    ws.cell(row=last + 2, column=3, value="Директор ______________ Т.Н. Пуртова")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.basename(name))
    wb.save(src)
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xlsx",
                    "--outdir", TYPED, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)
    shutil.rmtree(prof, ignore_errors=True)
    assert os.path.exists(os.path.join(HERE, name)), "LibreOffice conversion failed"
    expected.append({"file": name, "year": 2024, "organisation": org, "values": vals, "not_criteria": ncs})
    cells[name] = [loc]


# ---------------------------------------------------------------------------
# 4. Institution of additional education, compact form (Komi Republic, Ukhta)
# ---------------------------------------------------------------------------
def file4():
    name = "typed/ukhta_ddt_compact.xlsx"
    org = "МУ ДО «Дом детского творчества «Созвездие»»"
    SITE = "сайт ОО, раздел Наставничество"
    U = "https://ddt-sozvezdie-uhta.gosuslugi.ru/nastavnichestvo/"
    R = [
        ("orgs_regulation_teachers", "НПБ: положение о наставничестве пед. работников (да/нет)", "+", 1, SITE),
        ("orgs_regulation_students", "НПБ: положение о наставничестве обучающихся (да/нет)", "✓", 1, SITE),
        ("orgs_monitoring_order", "НПБ: приказ о мониторинге ЦМН (да/нет)", "+", 1, U + "prikaz-monitoring.pdf"),
        ("internal_monitoring_notes", "НПБ: справка по итогам внутр. мониторинга (да/нет)", "–", 0, None),
        ("NC", "НПБ: дорожная карта ЦМН (да/нет)", "+", None, SITE),
        ("curators_total", "Орг.: кураторы ЦМН (чел.)", 1, 1, U + "prikaz-kurator.pdf"),
        ("mentors_total", "Орг.: кол-во наставников по приказу (чел.)", 32, 32, U + "baza.pdf"),
        ("mentees_total", "Орг.: кол-во наставляемых по приказу (чел.)", 141, 141, U + "baza.pdf"),
        ("agreements_other_orgs", "Орг.: соглашения с иными орг-циями, чьи сотрудники – наставники (шт.)", 2, 2, SITE),
        ("partner_list", "Орг.: партнёры по наставничеству (предприятия/орг-ции)",
         "ООО «Газпром трансгаз Ухта»; МУК «Центральная библиотечная система»",
         "ООО «Газпром трансгаз Ухта»; МУК «Центральная библиотечная система»", SITE),
        ("other_org_mentors", "Предпр.: наставники из иных орг-ций (чел.)", 3, 3, SITE),
        ("pp_total", "ППН: всего (шт.)", 34, 34, U + "ppn/"),
        ("pp_pupil_pupil", "ППН: ученик–ученик (шт.)", 18, 18, U + "ppn/"),
        ("pp_teacher_teacher", "ППН: педагог–педагог (шт.)", 6, 6, U + "ppn/"),
        ("pp_teacher_pupil", "ППН: педагог–обучающийся (шт.)", 10, 10, U + "ppn/"),
        ("students_10_19", "10–19: всего обучающихся 10–19 лет (чел.)", 1236, 1236, None),
        ("mentees_10_19", "10–19: наставляемые (чел.)", 112, 112, U + "baza.pdf"),
        ("mentees_gifted", "10–19: наставляемые из реестра одарённых (чел.)", 27, 27, SITE),
        ("share_mentees_10_19", "10–19: доля наставляемых (%)", "9,1", 9.1, None),
        ("students_15_19", "15–19: всего обучающихся (чел.)", 389, 389, None),
        ("mentors_15_19", "15–19: наставники из обучающихся (чел.)", 18, 18, U + "baza.pdf"),
        ("satisfaction_mentees", "Удовл.: наставляемые (%)", 88, 88, U + "anketirovanie-2024.pdf"),
        ("satisfaction_mentors", "Удовл.: наставники (%)", 90, 90, U + "anketirovanie-2024.pdf"),
        ("young_specialists", "Пед.: молодые специалисты до 35 л., стаж < 3 лет (чел.)", 7, 7, None),
        ("young_specialists_mentees", "Пед.: молодые специалисты – наставляемые (чел.)", 7, 7, SITE),
        ("teachers_other_mentees", "Пед.: прочие педагоги – наставляемые (чел.)", 22, 22, SITE),
        ("teachers_mentors", "Пед.: педагоги – наставники (чел.)", 11, 11, U + "baza.pdf"),
        ("kpk_trained", "Проф. разв.: прошли КПК по наставничеству за год (чел.)", 2, 2, U + "kpk.pdf"),
        ("kpk_courses", "Проф. разв.: названия курсов",
         "«Наставничество в дополнительном образовании детей», КРИРО, 36 ч., 2024",
         "«Наставничество в дополнительном образовании детей», КРИРО, 36 ч., 2024", None),
        ("nonmaterial_acts", "Стимул.: акты о нематериальном поощрении наставников (шт.)", 1, 1, SITE),
        ("NC", "Мероприятия: мастер-классы наставников (шт.)", 9, None, SITE),
        ("NC", "Заполнил(а)", "методист Ковалёва Е.П.", None, None),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    ws["A1"] = "Мониторинг ЦМН – 2024"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Организация"
    ws["B2"] = "ОУ: " + org
    ws["A3"] = "Период"
    ws["B3"] = "2024 г."
    for i, h in enumerate(["Показатель", "2024", "Подтверждение"], start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 66
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 56
    vals, ncs, loc = {}, [], {}
    r = 6
    for cid, text, v, x, src in R:
        ws.cell(row=r, column=1, value=text)
        c = ws.cell(row=r, column=2, value=v)
        c.alignment = Alignment(horizontal="center", wrap_text=True)
        if cid == "students_10_19":
            c.number_format = "#,##0"
        if src:
            ws.cell(row=r, column=3, value=src)
        if cid == "NC":
            ncs.append(text)
        else:
            vals[cid] = x
            loc[cid] = ["ЦМН", f"B{r}"]
        r += 1
    wb.save(os.path.join(HERE, name))
    expected.append({"file": name, "year": 2024, "organisation": org, "values": vals, "not_criteria": ncs})
    cells[name] = [loc]


if __name__ == "__main__":
    file1()
    file2()
    file3()
    file4()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
    for e in expected:
        v = e["values"]
        counts = [len(d) for d in v] if isinstance(v, list) else len(v)
        print(e["file"], "criteria:", counts, "not_criteria:", len(e["not_criteria"]))
