#!/usr/bin/env python3
"""Hand-typed wide XLSX sheets (organisations x criteria) for 2024.

Writes typed/*.xlsx, expected.json and cellmap.json (cell address of every
expected value, used only by selfcheck.py).
"""
import datetime as dt
import json
import os
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

EXPECTED = []
CELLMAP = {}
M = None  # marker: no expected value (blank / "-" cell)

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")


def r1(x):
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def add_entry(fname, orgs, values, cells, not_criteria):
    EXPECTED.append({
        "file": "typed/" + fname,
        "year": 2024,
        "organisation": orgs,
        "values": values,
        "not_criteria": not_criteria,
    })
    CELLMAP["typed/" + fname] = cells


# ---------------------------------------------------------------------------
# 1. Google Forms responses export
# ---------------------------------------------------------------------------
def file1():
    fname = "forms_answers_cmn_2024.xlsx"
    orgs = [
        'МБОУ "Средняя школа № 5"',
        "МАОУ «Гимназия № 2»",
        "МКОУ ООШ д. Малые Ключи",
        "МБОУ «Лицей № 11»",
        "МБУ ДО «Центр детского творчества»",
    ]
    stamps = [
        dt.datetime(2024, 12, 9, 10, 14, 33),
        dt.datetime(2024, 12, 9, 15, 2, 7),
        dt.datetime(2024, 12, 10, 8, 47, 51),
        dt.datetime(2024, 12, 11, 12, 30, 19),
        dt.datetime(2024, 12, 13, 16, 55, 2),
    ]
    emails = ["school5.uvr@mail.ru", "gimn2-metod@yandex.ru", "malkluchi.oosh@mail.ru",
              "licey11@edu-kirov.ru", "cdt_nast@mail.ru"]
    link_hdr = "Ссылка на раздел «Наставничество» официального сайта ОО"
    links = ["https://sh5-slob.gosuslugi.ru/nastavnichestvo/",
             "https://gimnaziya2.gosuslugi.ru/pedagogam-i-sotrudnikam/nastavnichestvo/",
             "нет раздела, документы в разделе Документы",
             "https://licey11-kirov.gosuslugi.ru/svedeniya/nastavnichestvo/",
             "http://cdt-slob.ru/nastavnichestvo"]
    # (header, criterion id or None for non-criterion, typed answers, expected)
    cols = [
        ("Утверждено ли в вашей организации Положение о системе наставничества педагогических работников?",
         "orgs_regulation_teachers",
         ["Да", "Да, имеется", "да", "Да", "Да"], [1, 1, 1, 1, 1]),
        ("Утверждено ли Положение о наставничестве обучающихся (приказ директора)?",
         "orgs_regulation_students",
         ["да", "Да, имеется", "нет", "Да", "Да"], [1, 1, 0, 1, 1]),
        ("Есть ли в ОО приказ о проведении мониторинга реализации целевой модели наставничества?",
         "orgs_monitoring_order",
         ["Да", "да", "Да", "Да", "нет"], [1, 1, 1, 1, 0]),
        ("Составлена ли по итогам внутреннего мониторинга информационная справка ОО?",
         "internal_monitoring_notes",
         ["Да", "да", "нет", "Да", "Нет, в работе"], [1, 1, 0, 1, 0]),
        ("Есть ли у вас дорожная карта внедрения ЦМН на 2024 год?", None,
         ["Да", "да", "Да", "Да", "нет"], None),
        ("Сколько кураторов внедрения ЦМН назначено в ОО?", "curators_total",
         [1, "2", 1, "1 (зам. директора по УВР)", 1], [1, 2, 1, 1, 1]),
        ("Число наставников в ОО (по приказу)", "mentors_total",
         [34, 48, "8", "52 чел.", 15], [34, 48, 8, 52, 15]),
        ("Число наставляемых в ОО (по приказу)", "mentees_total",
         [41, "55 человек", 9, 60, 21], [41, 55, 9, 60, 21]),
        ("Сколько персонализированных программ наставничества утверждено в 2024 г. (всего, по всем формам)?",
         "pp_total", [29, 40, 6, 45, 12], [29, 40, 6, 45, 12]),
        ("Из них по форме «ученик – ученик»", "pp_pupil_pupil",
         [12, 22, 3, 20, 7], [12, 22, 3, 20, 7]),
        ("Из них по форме «учитель – учитель» (педагог – педагог)", "pp_teacher_teacher",
         [9, 14, 3, 18, 5], [9, 14, 3, 18, 5]),
        ("Сколько обучающихся 10-19 лет участвуют в программах наставничества в роли наставляемых?",
         "mentees_10_19", [27, 38, 6, 44, 14], [27, 38, 6, 44, 14]),
        ("В том числе дети «группы риска»", "mentees_risk",
         [6, 2, "2", 3, "1 чел."], [6, 2, 2, 3, 1]),
        ("В том числе дети с ОВЗ и дети-инвалиды", "mentees_disabled",
         [3, 1, "0 (нет)", 2, 4], [3, 1, 0, 2, 4]),
        ("Сколько обучающихся 15-19 лет включены в программы как наставники (по приказу)?",
         "mentors_15_19", ["14 чел.", 21, 2, 24, 6], [14, 21, 2, 24, 6]),
        ("Количество молодых специалистов в ОО (до 35 лет, стаж не более 3 лет)",
         "young_specialists", [7, 5, 1, 9, 3], [7, 5, 1, 9, 3]),
        ("Сколько молодых специалистов закреплены за наставниками (являются наставляемыми)?",
         "young_specialists_mentees", [7, 5, 1, 8, 2], [7, 5, 1, 8, 2]),
        ("Количество педагогов, выполняющих роль наставника", "teachers_mentors",
         [16, 20, 4, 22, 9], [16, 20, 4, 22, 9]),
        ("Сколько педагогов прошли курсы повышения квалификации по наставничеству в 2024 году?",
         "kpk_trained", [3, "6 педагогов", 0, 4, 2], [3, 6, 0, 4, 2]),
        ("Уровень удовлетворённости наставляемых по итогам анкетирования, %",
         "satisfaction_mentees", ["87%", 92, 80, "88,5", 94], [87, 92, 80, 88.5, 94]),
        ("Уровень удовлетворённости наставников по итогам анкетирования, %",
         "satisfaction_mentors", [90, "95 %", 83, "91,2%", 97], [90, 95, 83, 91.2, 97]),
        ("Перечислите предприятия и организации, с которыми ОО сотрудничает по вопросам наставничества",
         "partner_list",
         ["ООО «Агрофирма Заречье», КОГПОБУ «Слободской колледж педагогики и социальных отношений»",
          "ФГБОУ ВО «Вятский государственный университет»; МБУК «Центральная библиотечная система»",
          None,
          "АО «Электромашиностроительный завод «Вектор», Кировский филиал ПАО «Ростелеком»",
          "МБУК «Городской Дом культуры»"],
         ["ООО «Агрофирма Заречье», КОГПОБУ «Слободской колледж педагогики и социальных отношений»",
          "ФГБОУ ВО «Вятский государственный университет»; МБУК «Центральная библиотечная система»",
          M,
          "АО «Электромашиностроительный завод «Вектор», Кировский филиал ПАО «Ростелеком»",
          "МБУК «Городской Дом культуры»"]),
        ("Сколько родителей (законных представителей) вовлечено в мероприятия по наставничеству?", None,
         [25, 40, "6", 31, "12 чел."], None),
        (link_hdr, "link", links, None),
        ("ФИО и телефон ответственного за заполнение", None,
         ["Лаптева Ольга Николаевна, 8(83362)4-15-20", "Чернова И.В. 89123654410",
          "Сысолятина Т.А., директор, 8-912-700-33-18", "Мерзлякова Е.П. тел. 64-21-07",
          "Бушмакина Н.С., методист"], None),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ответы на форму (1)"
    headers = ["Отметка времени", "Адрес электронной почты",
               "Полное или краткое наименование образовательной организации"] + [c[0] for c in cols]
    for j, h in enumerate(headers, 1):
        ws.cell(row=1, column=j, value=h)
        ws.column_dimensions[get_column_letter(j)].width = 28 if j > 3 else 22
    values = [dict() for _ in orgs]
    cells = [dict() for _ in orgs]
    for i in range(len(orgs)):
        r = i + 2
        c = ws.cell(row=r, column=1, value=stamps[i])
        c.number_format = "dd.mm.yyyy hh:mm:ss"
        ws.cell(row=r, column=2, value=emails[i])
        ws.cell(row=r, column=3, value=orgs[i])
        for j, (h, cid, typed, exp) in enumerate(cols, 4):
            if typed[i] is not None:
                ws.cell(row=r, column=j, value=typed[i])
            if cid and cid != "link" and exp[i] is not M:
                values[i][cid] = exp[i]
                cells[i][cid] = f"{ws.title}!{get_column_letter(j)}{r}"
    ws.freeze_panes = "D2"
    wb.save(os.path.join(TYPED, fname))
    not_crit = [c[0] for c in cols if c[1] is None]
    add_entry(fname, orgs, values, cells, not_crit)


# ---------------------------------------------------------------------------
# 2. District summary (xlsxwriter, formulas with cached values)
# ---------------------------------------------------------------------------
def file2():
    fname = "district_svod_nastavnichestvo_2024.xlsx"
    orgs = [
        "МБОУ «СОШ № 1 им. А.С. Пушкина»",
        "МБОУ «СОШ № 3»",
        "МКОУ «ООШ с. Ивановка»",
        "МАОУ «Лицей № 4»",
        "МБОУ «Гимназия № 7»",
        "МБУ ДО «Дом детского творчества»",
    ]
    # group, header, criterion id (None = non-criterion), kind, values
    cols = [
        ("Нормативное обеспечение", "Положение о наставничестве пед. работников (да/нет)",
         "orgs_regulation_teachers", "yn", ["да", "да", "да", "да", "да", "да"]),
        ("Нормативное обеспечение", "Положение о наставничестве обучающихся (да/нет)",
         "orgs_regulation_students", "yn", ["да", "да", "нет", "да", "да", "нет"]),
        ("Нормативное обеспечение", "Приказ о мониторинге ЦМН в ОО (да/нет)",
         "orgs_monitoring_order", "yn", ["да", "нет", "да", "да", "да", "да"]),
        ("Нормативное обеспечение", "Дорожная карта ОО на 2024 г. (да/нет)",
         None, "yn", ["да", "да", "нет", "да", "да", "да"]),
        ("Организация процесса", "Кураторы ЦМН, чел.", "curators_total", "n", [1, 1, 1, 2, 1, 1]),
        ("Организация процесса", "Наставники (по приказу), чел.", "mentors_total", "n",
         [46, 31, 7, 58, 39, 18]),
        ("Организация процесса", "Наставляемые (по приказу), чел.", "mentees_total", "n",
         [62, 35, 9, 81, 47, 26]),
        ("Организация процесса", "Соглашения с другими ОО, ед.", "agreements_edu_orgs", "n",
         [2, 1, 0, 3, 1, 2]),
        ("Организация процесса", "Соглашения с предприятиями, ед.", "agreements_enterprises", "n",
         [1, 0, 1, 2, 0, 0]),
        ("Организация процесса", "Соглашения с иными организациями, ед.", "agreements_other_orgs", "n",
         [0, 1, 0, 1, 2, 1]),
        ("Персонализированные программы (ПП), ед.", "Всего ПП", "pp_total", "n",
         [38, 22, 6, 51, 30, 15]),
        ("Персонализированные программы (ПП), ед.", "«ученик – ученик»", "pp_pupil_pupil", "n",
         [14, 9, 3, 20, 12, 6]),
        ("Персонализированные программы (ПП), ед.", "«учитель – учитель»", "pp_teacher_teacher", "n",
         [12, 8, 2, 16, 10, 5]),
        ("Персонализированные программы (ПП), ед.", "«руководитель – педагог»", "pp_head_teacher", "n",
         [2, 1, 1, 3, 2, 1]),
        ("Персонализированные программы (ПП), ед.", "«учитель – ученик»", "pp_teacher_pupil", "n",
         [8, 4, 0, 9, 6, 3]),
        ("Персонализированные программы (ПП), ед.", "«студент – ученик»", "pp_student_pupil", "n",
         [2, 0, 0, 3, 0, 0]),
        ("Внешние наставники, чел.", "из других ОО", "external_edu_mentors", "n", [3, 1, 0, 4, 2, 2]),
        ("Внешние наставники, чел.", "с предприятий", "enterprise_mentors", "n", [1, 0, 2, 3, 0, 0]),
        ("Внешние наставники, чел.", "из иных организаций", "other_org_mentors", "n", [0, 2, 0, 1, 3, 1]),
        ("Обучающиеся 10–19 лет", "Всего обучающихся 10–19 лет, чел.", "students_10_19", "n",
         [612, 418, 57, 795, 540, 380]),
        ("Обучающиеся 10–19 лет", "из них наставляемые, чел.", "mentees_10_19", "n",
         [41, 27, 6, 58, 33, 19]),
        ("Обучающиеся 10–19 лет", "Доля наставляемых, %", "share_mentees_10_19", "share", None),
        ("Обучающиеся 10–19 лет", "в т.ч. одарённые (из реестра)", "mentees_gifted", "n",
         [9, 4, 1, 17, 10, 8]),
        ("Обучающиеся 10–19 лет", "в т.ч. низкая мотивация / неуспеваемость", "mentees_low_motivation", "n",
         [12, 9, 3, 11, 8, 0]),
        ("Обучающиеся 10–19 лет", "в т.ч. проблемы выбора профессии", "mentees_career", "n",
         [7, 5, 1, 14, 6, 4]),
        ("Дополнительно", "Родители, вовлечённые в наставничество, чел.", None, "n",
         [30, 18, 5, 44, 26, 12]),
        ("Дополнительно", "Ответственный (ФИО, должность, телефон)", None, "txt",
         ["Гончарова Л.В., зам. дир. по УВР, 8-86550-2-14-37",
          "Исаев Р.М., зам. директора, 8-928-311-45-02",
          "Кравченко О.И., учитель, 8-86550-9-31-12",
          "Дьяченко С.А., зам. дир. по НМР, 8-86550-2-55-60",
          "Петросян А.Г., методист, 8-962-440-18-73",
          "Шевченко Н.Н., методист ДДТ, 2-11-09"]),
    ]
    share_col = [k for k, c in enumerate(cols) if c[2] == "share_mentees_10_19"][0]
    st_col = [k for k, c in enumerate(cols) if c[2] == "students_10_19"][0]
    me_col = [k for k, c in enumerate(cols) if c[2] == "mentees_10_19"][0]

    path = os.path.join(TYPED, fname)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Свод 2024")
    f_title = wb.add_format({"bold": True, "font_size": 12, "align": "center", "valign": "vcenter",
                             "text_wrap": True})
    f_head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                            "text_wrap": True, "bg_color": "#DDEBF7", "font_size": 9})
    f_num = wb.add_format({"border": 1, "align": "center", "font_size": 9, "italic": True})
    f_cell = wb.add_format({"border": 1, "align": "center", "valign": "vcenter", "font_size": 10})
    f_org = wb.add_format({"border": 1, "valign": "vcenter", "text_wrap": True, "font_size": 10})
    f_txt = wb.add_format({"border": 1, "valign": "vcenter", "text_wrap": True, "font_size": 9})
    f_sh = wb.add_format({"border": 1, "align": "center", "num_format": "0.0", "font_size": 10})
    f_tot = wb.add_format({"border": 1, "bold": True, "align": "center", "bg_color": "#F2F2F2"})
    f_tot_sh = wb.add_format({"border": 1, "bold": True, "align": "center", "bg_color": "#F2F2F2",
                              "num_format": "0.0"})
    f_tot_l = wb.add_format({"border": 1, "bold": True, "bg_color": "#F2F2F2"})

    ncols = 2 + len(cols)
    ws.merge_range(0, 0, 0, ncols - 1,
                   "Сводная информация о реализации целевой модели наставничества в образовательных "
                   "организациях Заречного муниципального района за 2024 год", f_title)
    ws.write(1, ncols - 1, "по состоянию на 20.12.2024")
    HR1, HR2, HNUM = 3, 4, 5
    ws.merge_range(HR1, 0, HR2, 0, "№ п/п", f_head)
    ws.merge_range(HR1, 1, HR2, 1, "Наименование ОО", f_head)
    # merged group row
    k = 0
    while k < len(cols):
        g = cols[k][0]
        e = k
        while e + 1 < len(cols) and cols[e + 1][0] == g:
            e += 1
        if e > k:
            ws.merge_range(HR1, 2 + k, HR1, 2 + e, g, f_head)
        else:
            ws.write(HR1, 2 + k, g, f_head)
        k = e + 1
    for k, c in enumerate(cols):
        ws.write(HR2, 2 + k, c[1], f_head)
    for j in range(ncols):
        ws.write_number(HNUM, j, j + 1, f_num)
    ws.set_row(HR2, 75)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 32)
    ws.set_column(2, ncols - 1, 11)
    ws.set_column(ncols - 1, ncols - 1, 30)

    values = [dict() for _ in orgs]
    cells = [dict() for _ in orgs]
    first = HNUM + 1
    for i, org in enumerate(orgs):
        r = first + i
        ws.write_number(r, 0, i + 1, f_cell)
        ws.write(r, 1, org, f_org)
        for k, (g, h, cid, kind, vals) in enumerate(cols):
            col = 2 + k
            addr = xlsxwriter.utility.xl_rowcol_to_cell(r, col)
            if kind == "share":
                st = cols[st_col][4][i]
                me = cols[me_col][4][i]
                v = r1(me / st * 100)
                fs = xlsxwriter.utility.xl_rowcol_to_cell(r, 2 + st_col)
                fm = xlsxwriter.utility.xl_rowcol_to_cell(r, 2 + me_col)
                ws.write_formula(r, col, f"=ROUND({fm}/{fs}*100,1)", f_sh, v)
                exp = v
            elif kind == "yn":
                ws.write_string(r, col, vals[i], f_cell)
                exp = 1 if vals[i] == "да" else 0
            elif kind == "txt":
                ws.write_string(r, col, vals[i], f_txt)
                exp = vals[i]
            else:
                ws.write_number(r, col, vals[i], f_cell)
                exp = vals[i]
            if cid:
                values[i][cid] = exp
                cells[i][cid] = f"Свод 2024!{addr}"
    last = first + len(orgs) - 1
    tr = last + 1
    ws.write(tr, 0, "", f_tot_l)
    ws.write(tr, 1, "Итого по району", f_tot_l)
    for k, (g, h, cid, kind, vals) in enumerate(cols):
        col = 2 + k
        a = xlsxwriter.utility.xl_rowcol_to_cell(first, col)
        b = xlsxwriter.utility.xl_rowcol_to_cell(last, col)
        if kind == "yn":
            ws.write_formula(tr, col, f'=COUNTIF({a}:{b},"да")', f_tot, sum(v == "да" for v in vals))
        elif kind == "n":
            ws.write_formula(tr, col, f"=SUM({a}:{b})", f_tot, sum(vals))
        elif kind == "share":
            st = sum(cols[st_col][4])
            me = sum(cols[me_col][4])
            fs = xlsxwriter.utility.xl_rowcol_to_cell(tr, 2 + st_col)
            fm = xlsxwriter.utility.xl_rowcol_to_cell(tr, 2 + me_col)
            ws.write_formula(tr, col, f"=ROUND({fm}/{fs}*100,1)", f_tot_sh, r1(me / st * 100))
        else:
            ws.write(tr, col, "", f_tot)
    ws.write(tr + 2, 1, "Исполнитель: Корнеева М.А., методист РМК, тел. 8-86550-2-03-91")
    ws.freeze_panes(first, 2)
    wb.close()
    not_crit = [c[1] for c in cols if c[2] is None]
    add_entry(fname, orgs, values, cells, not_crit)


# ---------------------------------------------------------------------------
# 3. Transposed: criteria in rows, organisations in columns
# ---------------------------------------------------------------------------
def file3():
    fname = "transposed_monitoring_oo_2024.xlsx"
    orgs = ["СОШ № 1", "Гимназия № 2", "Лицей № 3", "Кузьминская ООШ", "ЦДТ «Радуга»"]
    S = "section"
    # (№, text, unit, criterion id / None / S, typed per org, expected per org)
    YS = [11, 6, 8, 2, 0]
    YSM = [10, 6, 7, 2, 0]
    TO = [58, 44, 61, 13, 22]
    TOM = [9, 5, 12, 3, 4]
    S1519 = [148, 102, 230, 11, 96]
    M1519 = [19, 12, 31, 1, 8]
    rows = [
        ("1.", "Нормативное обеспечение", None, S, None, None),
        ("1.1", "Положение о наставничестве педагогов утверждено", "да/нет", "orgs_regulation_teachers",
         ["Да", "Да", "Да", "Да", "Да"], [1, 1, 1, 1, 1]),
        ("1.2", "Положение о наставничестве обучающихся утверждено", "да/нет", "orgs_regulation_students",
         ["Да", "Да", "Да", "Нет", "Да"], [1, 1, 1, 0, 1]),
        ("1.3", "Дорожная карта по внедрению ЦМН на 2024 г.", "да/нет", None,
         ["Да", "Нет", "Да", "Да", "Да"], None),
        ("2.", "Наставники, наставляемые, партнёры", None, S, None, None),
        ("2.1", "Наставники (по приказу)", "чел.", "mentors_total",
         [41, 27, 55, 6, 14], [41, 27, 55, 6, 14]),
        ("2.2", "Наставляемые (по приказу)", "чел.", "mentees_total",
         [53, 30, 72, 7, 20], [53, 30, 72, 7, 20]),
        ("2.3", "Предприятия, организации – партнёры по наставничеству", "перечень", "partner_list",
         ["ООО «Северсталь-Метиз», ГБПОУ «Северный политехнический техникум»",
          "ФГБОУ ВО «ЧГУ»",
          "ПАО «Северсталь»; АНО «Центр молодёжных инициатив»; ГБПОУ «ЧПК»",
          "СХПК «Рассвет»",
          None],
         ["ООО «Северсталь-Метиз», ГБПОУ «Северный политехнический техникум»",
          "ФГБОУ ВО «ЧГУ»",
          "ПАО «Северсталь»; АНО «Центр молодёжных инициатив»; ГБПОУ «ЧПК»",
          "СХПК «Рассвет»",
          M]),
        ("2.4", "Предмет соглашения с партнёрами", "текст", "agreement_subjects",
         ["профориентация, наставничество «работодатель – ученик»",
          "педагогическая практика студентов, наставничество «студент – ученик»",
          "сетевое взаимодействие, инженерные классы",
          "трудоустройство и профориентация обучающихся",
          None],
         ["профориентация, наставничество «работодатель – ученик»",
          "педагогическая практика студентов, наставничество «студент – ученик»",
          "сетевое взаимодействие, инженерные классы",
          "трудоустройство и профориентация обучающихся",
          M]),
        ("3.", "Персонализированные программы наставничества", None, S, None, None),
        ("3.1", "ПП наставничества, всего", "ед.", "pp_total",
         [35, 21, 48, 5, 11], [35, 21, 48, 5, 11]),
        ("3.2", "в т.ч. «учитель – учитель (педагог – педагог)»", "ед.", "pp_teacher_teacher",
         [13, 8, 15, 2, 4], [13, 8, 15, 2, 4]),
        ("3.3", "в т.ч. «руководитель – педагог»", "ед.", "pp_head_teacher",
         [1, 1, 2, 0, 1], [1, 1, 2, 0, 1]),
        ("3.4", "в т.ч. иные формы (указать в примечании)", "ед.", "pp_other",
         [2, 0, 3, 0, 2], [2, 0, 3, 0, 2]),
        ("4.", "Обучающиеся 15–19 лет – наставники", None, S, None, None),
        ("4.1", "Обучающихся 15–19 лет, всего", "чел.", "students_15_19", S1519, S1519),
        ("4.2", "из них наставники (по приказу)", "чел.", "mentors_15_19", M1519, M1519),
        ("4.3", "Доля обучающихся 15–19 лет – наставников", "%", "share_mentors_15_19",
         ["12,8%", 11.8, "13,5 %", 9.1, "8,3%"], [12.8, 11.8, 13.5, 9.1, 8.3]),
        ("5.", "Удовлетворённость участников (анкетирование)", None, S, None, None),
        ("5.1", "Удовлетворённость наставляемых", "%", "satisfaction_mentees",
         [86, 90, 84.5, 100, 93], [86, 90, 84.5, 100, 93]),
        ("5.2", "Удовлетворённость наставников", "%", "satisfaction_mentors",
         [89, 92, 87, 100, "95"], [89, 92, 87, 100, 95]),
        ("6.", "Педагоги и молодые специалисты", None, S, None, None),
        ("6.1", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", "young_specialists", YS, YS),
        ("6.2", "из них наставляемые", "чел.", "young_specialists_mentees", YSM, YSM),
        ("6.3", "Доля МС – наставляемых", "%", "share_young_specialists_mentees",
         [r1(10 / 11 * 100), 100, r1(7 / 8 * 100), 100, "-"],
         [90.9, 100, 87.5, 100, M]),
        ("6.4", "Педагоги (без молодых специалистов)", "чел.", "teachers_other", TO, TO),
        ("6.5", "из них наставляемые", "чел.", "teachers_other_mentees", TOM, TOM),
        ("6.6", "Доля педагогов – наставляемых (всего)", "%", "share_teachers_mentees",
         [r1((TOM[i] + YSM[i]) / (TO[i] + YS[i]) * 100) for i in range(5)],
         [r1((TOM[i] + YSM[i]) / (TO[i] + YS[i]) * 100) for i in range(5)]),
        ("6.7", "Педагоги, участвующие в утверждённых ПП", "чел.", "teachers_in_pp",
         [34, 22, 41, 7, 9], [34, 22, 41, 7, 9]),
        ("6.8", "ШМО (МО) наставников", "ед.", "school_methodical_associations",
         [1, 1, 2, 0, 1], [1, 1, 2, 0, 1]),
        ("7.", "Стимулирование наставников", None, S, None, None),
        ("7.1", "Локальные акты об оплате наставничества", "ед.", "pay_acts",
         [1, 1, 2, 1, 1], [1, 1, 2, 1, 1]),
        ("7.2", "Локальные акты о нематериальном поощрении наставников", "ед.", "nonmaterial_acts",
         [1, 0, 1, 0, 1], [1, 0, 1, 0, 1]),
        ("8.", "Прочее", None, S, None, None),
        ("8.1", "Мероприятия для родителей по теме наставничества", "ед.", None,
         [3, 2, 4, 1, 2], None),
        ("8.2", "Ответственный за мониторинг в ОО (ФИО)", "", None,
         ["Смирнова Т.Ю.", "Белова А.А.", "Кузнецов Д.В.", "Попова Н.И.", "Соколова Е.Г."], None),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    last_col = 3 + len(orgs) + 1
    ws.cell(row=1, column=1,
            value="Мониторинг реализации целевой модели наставничества в ОО Северного муниципального округа, 2024 год")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws.cell(row=1, column=1).font = Font(bold=True, size=12)
    ws.cell(row=1, column=1).alignment = CENTER
    hdr = ["№", "Показатель", "Ед. изм."] + orgs + ["Примечание"]
    HR = 3
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 10
    for j in range(4, 4 + len(orgs)):
        ws.column_dimensions[get_column_letter(j)].width = 16
    ws.column_dimensions[get_column_letter(last_col)].width = 30
    values = [dict() for _ in orgs]
    cells = [dict() for _ in orgs]
    not_crit = []
    r = HR + 1
    notes = {"pp_other": "иные формы: «работодатель – ученик», «педагог – родитель»",
             "share_young_specialists_mentees": "в ЦДТ молодых специалистов нет"}
    for (num, text, unit, cid, typed, exp) in rows:
        if cid == S:
            ws.cell(row=r, column=1, value=num).font = Font(bold=True)
            ws.cell(row=r, column=2, value=text).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=last_col)
            for j in range(1, last_col + 1):
                ws.cell(row=r, column=j).border = BORDER
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="E2EFDA")
            r += 1
            continue
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=text).alignment = WRAP
        ws.cell(row=r, column=3, value=unit)
        for i in range(len(orgs)):
            c = ws.cell(row=r, column=4 + i)
            if typed[i] is not None:
                c.value = typed[i]
            c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            if cid and exp[i] is not M:
                values[i][cid] = exp[i]
                cells[i][cid] = f"{ws.title}!{get_column_letter(4 + i)}{r}"
        if cid in notes:
            ws.cell(row=r, column=last_col, value=notes[cid])
        if cid is None:
            not_crit.append(text)
        for j in range(1, last_col + 1):
            ws.cell(row=r, column=j).border = BORDER
        r += 1
    ws.cell(row=r + 1, column=2, value="Заполнил: Лебедева С.В., главный специалист УО, 8(8172)55-14-02")
    ws.freeze_panes = "D4"
    wb.save(os.path.join(TYPED, fname))
    add_entry(fname, orgs, values, cells, not_crit)


# ---------------------------------------------------------------------------
# 4. One workbook, a sheet per direction; 1/0 yes-no, fractions as %, 2023/2024 pairs
# ---------------------------------------------------------------------------
def file4():
    fname = "monitoring_by_direction_sheets_2024.xlsx"
    orgs = [
        "МБОУ «Приреченская СОШ № 1»",
        "МБОУ «СОШ № 2 п. Лесной»",
        "МКОУ «Берёзовская ООШ»",
        "МАОУ «Гимназия № 2 г. Приреченска»",
        "МБУ ДО «ЦДТ «Эдельвейс»",
    ]
    wb = openpyxl.Workbook()
    values = [dict() for _ in orgs]
    cells = [dict() for _ in orgs]
    not_crit = []

    def head(ws, row, col, text, fill="D9E1F2"):
        c = ws.cell(row=row, column=col, value=text)
        c.font = Font(bold=True, size=10)
        c.alignment = CENTER
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor=fill)
        return c

    def put(ws, row, col, val, i, cid, exp, fmt=None):
        c = ws.cell(row=row, column=col, value=val)
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if fmt:
            c.number_format = fmt
        if cid and exp is not M:
            values[i][cid] = exp
            cells[i][cid] = f"{ws.title}!{get_column_letter(col)}{row}"

    def org_cols(ws, first_row):
        for i, o in enumerate(orgs):
            c = ws.cell(row=first_row + i, column=1, value=i + 1)
            c.border = BORDER
            c = ws.cell(row=first_row + i, column=2, value=o)
            c.border = BORDER
            c.alignment = WRAP
        ws.column_dimensions["A"].width = 5
        ws.column_dimensions["B"].width = 38

    # --- sheet 1: normative base, 1/0
    ws = wb.active
    ws.title = "1. Нормативка"
    ws["A1"] = "Раздел 1. Нормативное обеспечение реализации ЦМН (2024 г.)"
    ws["A1"].font = Font(bold=True, size=12)
    s1 = [
        ("Положение о системе наставничества педработников", "orgs_regulation_teachers", [1, 1, 1, 1, 1]),
        ("Положение о наставничестве обучающихся", "orgs_regulation_students", [1, 1, 0, 1, 1]),
        ("Приказ о мониторинге ЦМН", "orgs_monitoring_order", [1, 0, 1, 1, 0]),
        ("Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", [1, 0, 0, 1, 1]),
        ("Наличие дорожной карты", None, [1, 1, 0, 1, 1]),
        ("Кураторы внедрения ЦМН, чел.", "curators_total", [1, 1, 1, 2, 1]),
    ]
    HR = 3
    head(ws, HR, 1, "№")
    head(ws, HR, 2, "Образовательная организация")
    for k, (h, cid, vals) in enumerate(s1):
        head(ws, HR, 3 + k, h)
        ws.column_dimensions[get_column_letter(3 + k)].width = 17
        if cid is None:
            not_crit.append(h)
        for i in range(len(orgs)):
            put(ws, HR + 1 + i, 3 + k, vals[i], i, cid, vals[i])
    ws.row_dimensions[HR].height = 60
    org_cols(ws, HR + 1)
    ws.cell(row=HR + len(orgs) + 2, column=2, value="Примечание: 1 – да, 0 – нет").font = Font(italic=True)

    # --- sheet 2: participants
    ws = wb.create_sheet("2. Участники")
    ws["A1"] = "Раздел 2. Наставники и наставляемые (на 01.12.2024)"
    ws["A1"].font = Font(bold=True, size=12)
    ST = [486, 301, 64, 702, 415]
    ME = [52, 28, 9, 87, 37]
    s2 = [
        ("Наставники всего (приказ), чел.", "mentors_total", [44, 23, 8, 66, 17], None),
        ("Наставляемые всего (приказ), чел.", "mentees_total", [70, 39, 12, 104, 41], None),
        ("Обучающиеся 10–19 лет, всего", "students_10_19", ST, None),
        ("из них наставляемые", "mentees_10_19", ME, None),
        ("Доля наставляемых 10–19 лет", "share_mentees_10_19",
         [round(ME[i] / ST[i], 3) for i in range(5)], "0.0%"),
        ("из них одарённые дети (реестр)", "mentees_gifted", [8, 3, 1, 21, 11], None),
        ("из них по иным параметрам", "mentees_other_params", [5, 2, 0, 9, 6], None),
        ("Родители, вовлечённые в программы наставничества, чел.", None, [18, 9, 4, 35, 14], None),
    ]
    head(ws, HR, 1, "№")
    head(ws, HR, 2, "Образовательная организация")
    for k, (h, cid, vals, fmt) in enumerate(s2):
        head(ws, HR, 3 + k, h)
        ws.column_dimensions[get_column_letter(3 + k)].width = 16
        if cid is None:
            not_crit.append(h)
        for i in range(len(orgs)):
            exp = vals[i]
            if fmt:
                exp = float(Decimal(str(vals[i])) * 100)
            put(ws, HR + 1 + i, 3 + k, vals[i], i, cid, exp, fmt)
    ws.row_dimensions[HR].height = 60
    org_cols(ws, HR + 1)

    # --- sheet 3: teachers, 2023 / 2024 pairs
    ws = wb.create_sheet("3. Педагоги")
    ws["A1"] = "Раздел 3. Педагоги в программах наставничества (сравнение 2023 и 2024 гг.)"
    ws["A1"].font = Font(bold=True, size=12)
    s3 = [  # header, cid, 2023 values, 2024 values, fmt
        ("Молодые специалисты, чел.", "young_specialists", [6, 4, 1, 10, 2], [8, 5, 2, 12, 3], None),
        ("МС – наставляемые, чел.", "young_specialists_mentees", [5, 4, 1, 8, 1], [8, 4, 2, 11, 2], None),
        ("МС – наставники, чел.", "young_specialists_mentors", [0, 0, 0, 1, 0], [1, 0, 0, 2, 1], None),
        ("Педагоги-наставники, чел.", "teachers_mentors", [15, 9, 3, 27, 8], [19, 11, 4, 31, 9], None),
        ("Доля педагогов-наставников", "share_teachers_mentors",
         [0.294, 0.265, 0.25, 0.355, 0.296], [0.352, 0.306, 0.333, 0.392, 0.321], "0.0%"),
        ("Прошли КПК по наставничеству, чел.", "kpk_trained", [2, 1, 0, 5, 1], [4, 2, 1, 6, 2], None),
        ("Удовлетворённость наставляемых", "satisfaction_mentees",
         [0.81, 0.78, 0.9, 0.86, 0.88], [0.87, 0.83, 0.95, 0.9, 0.91], "0%"),
        ("Удовлетворённость наставников", "satisfaction_mentors",
         [0.84, 0.8, 0.92, 0.89, 0.9], [0.88, 0.86, 1.0, 0.93, 0.945], "0.0%"),
    ]
    R1, R2 = 3, 4
    ws.merge_cells(start_row=R1, start_column=1, end_row=R2, end_column=1)
    ws.merge_cells(start_row=R1, start_column=2, end_row=R2, end_column=2)
    head(ws, R1, 1, "№")
    head(ws, R1, 2, "Образовательная организация")
    col = 3
    for (h, cid, v23, v24, fmt) in s3:
        ws.merge_cells(start_row=R1, start_column=col, end_row=R1, end_column=col + 1)
        head(ws, R1, col, h)
        head(ws, R1, col + 1, None)
        head(ws, R2, col, "2023 г.", "EDEDED")
        head(ws, R2, col + 1, "2024 г.", "EDEDED")
        ws.column_dimensions[get_column_letter(col)].width = 10
        ws.column_dimensions[get_column_letter(col + 1)].width = 10
        for i in range(len(orgs)):
            put(ws, R2 + 1 + i, col, v23[i], i, None, None, fmt)
            exp = float(Decimal(str(v24[i])) * 100) if fmt else v24[i]
            put(ws, R2 + 1 + i, col + 1, v24[i], i, cid, exp, fmt)
        col += 2
    # single 2024 columns
    kpk = ["«Наставничество в образовательной организации: технологии и практики» (36 ч., КОИРО)",
           "«Педагог-наставник: содержание и организация деятельности», 72 ч.",
           "«Организация наставничества в школе» (Педагогический университет «Первое сентября»)",
           "«Наставничество в образовательной организации: технологии и практики» (36 ч., КОИРО); "
           "«Школа молодого педагога» (18 ч.)",
           None]
    ws.merge_cells(start_row=R1, start_column=col, end_row=R2, end_column=col)
    head(ws, R1, col, "Наименование пройденных КПК (2024)")
    ws.column_dimensions[get_column_letter(col)].width = 45
    for i in range(len(orgs)):
        put(ws, R2 + 1 + i, col, kpk[i], i, "kpk_courses", kpk[i] if kpk[i] else M)
        ws.cell(row=R2 + 1 + i, column=col).alignment = WRAP
    col += 1
    ws.merge_cells(start_row=R1, start_column=col, end_row=R2, end_column=col)
    h = "Контактный телефон"
    head(ws, R1, col, h)
    not_crit.append(h)
    ws.column_dimensions[get_column_letter(col)].width = 18
    phones = ["8(83345)2-11-40", "8-912-334-80-17", "8(83345)7-31-22", "8(83345)2-40-05", "8-953-690-14-21"]
    for i in range(len(orgs)):
        put(ws, R2 + 1 + i, col, phones[i], i, None, None)
    ws.row_dimensions[R1].height = 45
    org_cols(ws, R2 + 1)
    wb.save(os.path.join(TYPED, fname))
    add_entry(fname, orgs, values, cells, not_crit)


if __name__ == "__main__":
    file1()
    file2()
    file3()
    file4()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cellmap.json"), "w", encoding="utf-8") as f:
        json.dump(CELLMAP, f, ensure_ascii=False, indent=1)
    for e in EXPECTED:
        n = sum(len(v) for v in e["values"])
        print(e["file"], len(e["organisation"]), "orgs,", n, "values,",
              len({k for v in e["values"] for k in v}), "criteria")
