#!/usr/bin/env python3
"""Hand-typed held-out monitoring forms (ЦМН, 2024), four unusual layouts.

Writes typed/*.xlsx, expected.json (spec format) and cells.json (where each
expected value sits, used only by selfcheck.py).
"""
import csv
import json
import os
import re

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"
os.makedirs(TYPED, exist_ok=True)

CATALOGUE = {r["id"]: r for r in csv.DictReader(open(CRITERIA, encoding="utf-8"), delimiter="\t")}

EXPECTED = []
CELLS = {}


def register(fname, values, not_criteria, cells):
    for cid in values:
        c = CATALOGUE[cid]
        assert c["level"] == "org" and c["wording_2024"].strip(), cid
    assert 24 <= len(values) <= 30, (fname, len(values))
    assert 2 <= len(not_criteria) <= 3, fname
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "values": values,
                     "not_criteria": not_criteria})
    CELLS["typed/" + fname] = cells


def norm(s):
    s = re.sub(r"^\s*[\d.]+\s*", "", str(s)).lower()
    return re.sub(r"[^0-9a-zа-яё]+", " ", s).strip()


CAT_WORDINGS = set()
for r in CATALOGUE.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k].strip():
            CAT_WORDINGS.add(norm(r[k]))


def check_paraphrase(text):
    assert norm(text) not in CAT_WORDINGS, "verbatim catalogue wording: " + text


# ---------------------------------------------------------------------------
# 1. Questionnaire: МБОУ «СОШ № 21» г. Сарапула
# ---------------------------------------------------------------------------
def file1():
    fname = "anketa_SOSh21_Sarapul_2024.xlsx"
    site = "https://shkola21sarapul-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
    # (kind, number, text, answer, expected, criterion_id, link)
    Q = [
        ("sec", "Раздел I. Нормативная база"),
        ("q", "1.", "Утверждено ли в школе положение о системе наставничества педагогов? (да/нет)",
         "Да", 1, "orgs_regulation_teachers", site + "Polozhenie_o_nastavnichestve_pedagogov_2024.pdf"),
        ("q", "2.", "Утверждено ли положение о наставничестве среди обучающихся? (да/нет)",
         "Да", 1, "orgs_regulation_students", site + "Polozhenie_nastavnichestvo_obuchayushchihsya.pdf"),
        ("q", "3.", "Есть ли в школе приказ о проведении мониторинга внедрения ЦМН?",
         "Да", 1, "orgs_monitoring_order", site + "Prikaz_291_monitoring_TsMN.pdf"),
        ("q", "4.", "Составлена ли справка по результатам внутришкольного мониторинга ЦМН?",
         "Нет", 0, "internal_monitoring_notes", None),
        ("q", "5.", "Имеется ли дорожная карта внедрения ЦМН на 2024/2025 уч. год?",
         "Да", None, None, site + "Dorozhnaya_karta_TsMN_2024-2025.pdf"),
        ("sec", "Раздел II. Организация и участники"),
        ("q", "6.", "Сколько кураторов ЦМН назначено приказом директора?",
         2, 2, "curators_total", site + "Prikaz_245_kuratory.pdf"),
        ("q", "7.", "Численность наставников по приказу школы",
         "34 чел.", 34, "mentors_total", site + "Prikaz_268_nastavnicheskie_pary.pdf"),
        ("q", "8.", "Численность наставляемых по приказу школы",
         "71 чел.", 71, "mentees_total", site + "Prikaz_268_nastavnicheskie_pary.pdf"),
        ("q", "9.", "Число договоров о сотрудничестве с другими образовательными учреждениями, "
                    "сотрудники которых работают у нас наставниками",
         1, 1, "agreements_edu_orgs", site + "Dogovor_SPI_IzhGTU.pdf"),
        ("q", "10.", "Назовите организации-партнёры школы по наставничеству",
         "Сарапульский политехнический институт (филиал) ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»; "
         "МБУ ДО «Центр детского творчества» г. Сарапула",
         "Сарапульский политехнический институт (филиал) ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»; "
         "МБУ ДО «Центр детского творчества» г. Сарапула", "partner_list", None),
        ("sec", "Раздел III. Персонализированные программы (ПП)"),
        ("q", "11.", "Всего ПП наставничества, утверждённых в школе (все формы)",
         30, 30, "pp_total", site + "Bank_PP_2024.pdf"),
        ("q", "12.", "ПП по форме «ученик – ученик»", 16, 16, "pp_pupil_pupil", None),
        ("q", "13.", "ПП по форме «учитель – учитель»", 9, 9, "pp_teacher_teacher", None),
        ("q", "14.", "ПП по форме «учитель – ученик»", 5, 5, "pp_teacher_pupil", None),
        ("sec", "Раздел IV. Обучающиеся"),
        ("q", "15.", "Общая численность учащихся 10–19 лет", 612, 612, "students_10_19", None),
        ("q", "16.", "Сколько учащихся 10–19 лет участвуют в программах наставничества как наставляемые?",
         58, 58, "mentees_10_19", site + "Baza_nastavlyaemyh_2024.pdf"),
        ("q", "16.1.", "из них обучающихся «группы риска»", 6, 6, "mentees_risk", site + "Baza_nastavlyaemyh_2024.pdf"),
        ("q", "16.2.", "из них одарённых детей (внесены в реестры)", 9, 9, "mentees_gifted", site + "Baza_nastavlyaemyh_2024.pdf"),
        ("q", "17.", "Численность учащихся 15–19 лет в школе", 168, 168, "students_15_19", None),
        ("q", "18.", "Сколько старшеклассников (15–19 лет) закреплены наставниками приказом?",
         "17 чел.", 17, "mentors_15_19", site + "Prikaz_268_nastavnicheskie_pary.pdf"),
        ("sec", "Раздел V. Удовлетворённость (по анкетам РНЦ)"),
        ("r", "19.", "Удовлетворённость наставляемых по итогам завершённых программ",
         "91,2 %", 91.2, "satisfaction_mentees", None),
        ("r", "20.", "Удовлетворённость наставников по итогам завершённых программ",
         "88 %", 88, "satisfaction_mentors", None),
        ("sec", "Раздел VI. Педагоги"),
        ("q", "21.", "Сколько в школе молодых специалистов (моложе 35 лет, стаж не более 3 лет)?",
         7, 7, "young_specialists", None),
        ("q", "22.", "Сколько молодых специалистов участвуют в наставничестве в качестве наставляемых?",
         7, 7, "young_specialists_mentees", site + "Prikaz_268_nastavnicheskie_pary.pdf"),
        ("q", "23.", "Сколько педагогов работает в школе, не считая молодых специалистов?",
         48, 48, "teachers_other", None),
        ("q", "24.", "Число педагогов-наставляемых (без учёта молодых специалистов)",
         5, 5, "teachers_other_mentees", site + "Prikaz_268_nastavnicheskie_pary.pdf"),
        ("q", "25.", "Сколько педагогов выполняют роль наставника?",
         16, 16, "teachers_mentors", site + "Prikaz_268_nastavnicheskie_pary.pdf"),
        ("q", "26.", "Число учителей, прошедших курсы ПК по наставничеству в 2024 г.",
         2, 2, "kpk_trained", site + "Udostovereniya_KPK_2024.pdf"),
        ("q", "27.", "Сколько мастер-классов провели наставники за 2024 год?", 5, None, None, None),
        ("sec", "Раздел VII. Стимулирование наставников"),
        ("q", "28.", "Сколько локальных актов регулируют оплату за наставничество?",
         1, 1, "pay_acts", site + "Polozhenie_ob_oplate_truda.pdf"),
        ("q", "29.", "Сколько локальных актов предусматривают нематериальное поощрение наставников?",
         2, 2, "nonmaterial_acts", site + "Polozhenie_o_moralnom_pooshchrenii.pdf"),
        ("q", "30.", "Ответственный за заполнение анкеты (ФИО, должность)",
         "Ершова Татьяна Викторовна, заместитель директора по УВР", None, None, None),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Анкета"
    for col, w in zip("ABCDEF", (6, 30, 30, 20, 14, 14)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "АНКЕТА"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = ("мониторинга реализации целевой модели наставничества в МБОУ «СОШ № 21» г. Сарапула "
                "за 2024 год")
    ws.merge_cells("A2:F2")
    ws["A2"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[2].height = 32
    ws["A3"] = "Ответы вносятся в строку под вопросом. Подтверждающие документы – ссылкой на сайт ОО."
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:F3")
    row = 5
    values, nots, cells = {}, [], {}
    yellow = PatternFill("solid", fgColor="FFF2CC")
    for item in Q:
        if item[0] == "sec":
            ws.cell(row, 1, item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            row += 2
            continue
        kind, num, text, ans, exp, cid, link = item
        full = f"{num} {text}"
        check_paraphrase(text)
        if kind == "r":
            # question on the left, answer in a merged block to the right
            ws.cell(row, 1, full).alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
            c = ws.cell(row, 5, ans)
            c.fill = yellow
            c.alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=6)
            ws.row_dimensions[row].height = 30
            ans_coord = c.coordinate
            row += 2
        else:
            ws.cell(row, 1, full).alignment = Alignment(wrap_text=True)
            ws.cell(row, 1).font = Font(bold=False)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            if len(full) > 70:
                ws.row_dimensions[row].height = 30
            row += 1
            c = ws.cell(row, 2, ans)
            c.fill = yellow
            c.alignment = Alignment(horizontal="left", wrap_text=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
            if isinstance(ans, str) and len(ans) > 60:
                ws.row_dimensions[row].height = 30
            ans_coord = c.coordinate
            row += 1
            if link:
                ws.cell(row, 2, "Ссылка: " + link).font = Font(size=9, color="1F4E79")
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
                row += 1
            row += 1
        if cid:
            values[cid] = exp
            cells[cid] = f"{ws.title}!{ans_coord}"
        else:
            nots.append(full)
    row += 1
    ws.cell(row, 1, "Директор школы ____________ /С.А. Полякова/")
    ws.cell(row + 1, 1, "18.12.2024")
    wb.save(os.path.join(TYPED, fname))
    register(fname, values, nots, cells)


# ---------------------------------------------------------------------------
# 2. Several sheets, one per direction: МАОУ «Гимназия № 4» г. Глазова
# ---------------------------------------------------------------------------
def file2():
    fname = "Gimnaziya4_Glazov_monitoring_TsMN.xlsx"
    site = "https://gimnaziya4glazov-r18.gosweb.gosuslugi.ru/netcat_files/32/71/"
    wb = xlsxwriter.Workbook(os.path.join(TYPED, fname))
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True,
                          "valign": "vcenter", "align": "center"})
    cellf = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    numf = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    pct0 = wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": "0%"})
    pct1 = wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": "0.0%"})
    linkf = wb.add_format({"border": 1, "font_color": "blue", "underline": 1, "text_wrap": True,
                           "valign": "top"})
    title = wb.add_format({"bold": True, "font_size": 13})

    values, nots, cells = {}, [], {}

    # title sheet
    t = wb.add_worksheet("Титульный лист")
    t.set_column(0, 0, 28)
    t.set_column(1, 1, 80)
    t.write(0, 0, "Мониторинг реализации целевой модели наставничества", title)
    info = [
        ("Наименование ОО", "Муниципальное автономное общеобразовательное учреждение «Гимназия № 4» "
                            "(МАОУ «Гимназия № 4»)"),
        ("Муниципальное образование", "Городской округ «Город Глазов Удмуртской Республики»"),
        ("Отчётный период", "2024 год"),
        ("Куратор ЦМН", "Князева Ольга Петровна, заместитель директора по НМР"),
        ("Телефон", "8 (34141) 5-22-17"),
        ("Дата заполнения", "16.12.2024"),
    ]
    for i, (k, v) in enumerate(info):
        t.write(2 + i, 0, k, bold)
        t.write(2 + i, 1, v)
    t.write(9, 0, "Данные по направлениям – на листах 1–6.")

    def sheet(name, caption, headers, widths, rows, order):
        """order: tuple of field names in column order among 'num','text','val','link','unit','note'."""
        ws = wb.add_worksheet(name)
        ws.write(0, 0, caption, bold)
        for j, w in enumerate(widths):
            ws.set_column(j, j, w)
        for j, h in enumerate(headers):
            ws.write(2, j, h, head)
        ws.set_row(2, 30)
        r = 3
        for rowdef in rows:
            if rowdef[0] == "sub":
                ws.merge_range(r, 0, r, len(headers) - 1, rowdef[1], wb.add_format({"italic": True, "border": 1}))
                r += 1
                continue
            num, text, val, fmt, exp, cid, link, extra = rowdef
            check_paraphrase(text)
            for j, field in enumerate(order):
                if field == "num":
                    ws.write(r, j, num, numf)
                elif field == "text":
                    ws.write(r, j, text, cellf)
                elif field == "val":
                    f = {"num": numf, "pct0": pct0, "pct1": pct1, "text": cellf}[fmt]
                    ws.write(r, j, val, f)
                    coord = f"{name}!{xlsxwriter.utility.xl_rowcol_to_cell(r, j)}"
                elif field == "link":
                    if link:
                        ws.write_url(r, j, link, linkf, string=link)
                    else:
                        ws.write_blank(r, j, None, cellf)
                elif field in ("unit", "note"):
                    ws.write(r, j, extra or "", cellf)
            if cid:
                values[cid] = exp
                cells[cid] = coord
            else:
                nots.append(text)
            r += 1
        return ws

    # 1. Normative base
    sheet("1. Нормативка", "1. Нормативно-правовое обеспечение ЦМН в гимназии",
          ["№ п/п", "Показатель", "Значение (да/нет)", "Ссылка на документ"], [6, 60, 14, 60],
          [
              ("1.1", "Положение о наставничестве педработников утверждено приказом", "да", "text", 1,
               "orgs_regulation_teachers", site + "Prikaz_180_Polozhenie_nastavnichestvo_ped.pdf", None),
              ("1.2", "Положение о наставничестве обучающихся утверждено", "да", "text", 1,
               "orgs_regulation_students", site + "Prikaz_181_Polozhenie_nastavnichestvo_obuch.pdf", None),
              ("1.3", "Приказ о мониторинге реализации ЦМН в гимназии", "да", "text", 1,
               "orgs_monitoring_order", site + "Prikaz_305_monitoring.pdf", None),
              ("1.4", "Справка по итогам внутреннего мониторинга ЦМН", "да", "text", 1,
               "internal_monitoring_notes", site + "Spravka_vnutrenniy_monitoring_2024.pdf", None),
              ("1.5", "Раздел «Наставничество» на официальном сайте гимназии", "да", "text", None, None,
               "https://gimnaziya4glazov-r18.gosweb.gosuslugi.ru/nastavnichestvo/", None),
          ], ("num", "text", "val", "link"))

    # 2. Mentors: different column order (link before value)
    sheet("2. Наставники", "2. Кадры и участники наставничества (по приказу № 196-од от 05.09.2024)",
          ["Показатель", "Подтверждение (ссылка)", "Кол-во, чел."], [62, 58, 12],
          [
              (None, "Кураторы внедрения ЦМН в гимназии", 1, "num", 1, "curators_total",
               site + "Prikaz_175_kurator.pdf", None),
              (None, "Наставники – всего (по приказу гимназии)", 45, "num", 45, "mentors_total",
               site + "Prikaz_196_pary.pdf", None),
              (None, "Наставляемые – всего (по приказу гимназии)", 96, "num", 96, "mentees_total",
               site + "Prikaz_196_pary.pdf", None),
              (None, "Педагоги, выступающие наставниками в программах", 26, "num", 26, "teachers_mentors",
               site + "Prikaz_196_pary.pdf", None),
              (None, "Гимназисты 15–19 лет – наставники (по приказу)", 16, "num", 16, "mentors_15_19",
               site + "Prikaz_196_pary.pdf", None),
              (None, "Наставники из сторонних образовательных организаций (по приказу)", 2, "num", 2,
               "external_edu_mentors", site + "Prikaz_196_pary.pdf", None),
              (None, "Наставники – представители прочих организаций", 1, "num", 1, "other_org_mentors",
               site + "Prikaz_196_pary.pdf", None),
              (None, "Проведено заседаний ШМО наставников за год", 6, "num", None, None,
               site + "Plan_ShMO_nastavnikov.pdf", None),
          ], ("text", "link", "val"))

    # 3. Programmes, with a notes column
    sheet("3. Программы", "3. Персонализированные программы наставничества (ПП)",
          ["№", "Форма / показатель", "Кол-во ПП", "Примечание"], [6, 55, 12, 40],
          [
              ("3.1", "Персонализированные программы – всего", 52, "num", 52, "pp_total", None,
               "банк ПП на сайте, раздел «Наставничество»"),
              ("sub", "в т.ч. по формам:"),
              ("3.2", "в т.ч. по форме «ученик – ученик»", 30, "num", 30, "pp_pupil_pupil", None, None),
              ("3.3", "в т.ч. по форме «учитель – учитель»", 12, "num", 12, "pp_teacher_teacher", None, None),
              ("3.4", "в т.ч. по форме «учитель – ученик»", 8, "num", 8, "pp_teacher_pupil", None, None),
              ("3.5", "в т.ч. иные формы", 2, "num", 2, "pp_other", None, "«педагог – родитель»"),
          ], ("num", "text", "val", "note"))

    # 4. Pupils, with a unit column; shares stored as fractions with % format
    sheet("4. Обучающиеся", "4. Вовлечённость обучающихся",
          ["№", "Показатель", "Значение", "Ед. изм.", "Ссылка"], [6, 60, 11, 9, 50],
          [
              ("4.1", "Учащиеся 10–19 лет, всего", 820, "num", 820, "students_10_19", None, "чел."),
              ("4.2", "Учащиеся 10–19 лет в роли наставляемых (в программах наставничества)", 74, "num", 74,
               "mentees_10_19", site + "Baza_nastavlyaemyh.pdf", "чел."),
              ("4.3", "Доля наставляемых среди учащихся 10–19 лет", 0.09, "pct0", 9, "share_mentees_10_19",
               None, "%"),
              ("4.4", "Наставляемые – одарённые дети из региональных реестров", 21, "num", 21, "mentees_gifted",
               site + "Baza_nastavlyaemyh.pdf", "чел."),
              ("4.5", "Учащиеся 15–19 лет, всего", 210, "num", 210, "students_15_19", None, "чел."),
              ("4.6", "Доля учащихся 15–19 лет, ставших наставниками", 0.076, "pct1", 7.6,
               "share_mentors_15_19", None, "%"),
          ], ("num", "text", "val", "unit", "link"))

    # 5. Teachers
    sheet("5. Педагоги", "5. Педагогические работники и удовлетворённость",
          ["№", "Показатель", "2024", "Ссылка / комментарий"], [6, 62, 11, 70],
          [
              ("5.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", 6, "num", 6, "young_specialists",
               None, None),
              ("5.2", "Молодые специалисты – наставляемые", 6, "num", 6, "young_specialists_mentees",
               site + "Prikaz_196_pary.pdf", None),
              ("5.3", "Доля молодых специалистов, вовлечённых как наставляемые", 1, "pct0", 100,
               "share_young_specialists_mentees", None, None),
              ("5.4", "Прошли КПК по вопросам наставничества в 2024 г., чел.", 3, "num", 3, "kpk_trained",
               site + "Udostovereniya_KPK.pdf", None),
              ("5.5", "Названия пройденных курсов",
               "«Организация сопровождения наставничества в образовательных организациях», АОУ ДПО УР ИРО, 24 ч.; "
               "«Наставничество как технология повышения эффективности образовательного процесса», ИРО, 2024",
               "text",
               "«Организация сопровождения наставничества в образовательных организациях», АОУ ДПО УР ИРО, 24 ч.; "
               "«Наставничество как технология повышения эффективности образовательного процесса», ИРО, 2024",
               "kpk_courses", None, None),
              ("5.6", "Удовлетворённость наставляемых (завершённые программы)", 0.95, "pct0", 95,
               "satisfaction_mentees", site + "Anketirovanie_itogi.pdf", None),
              ("5.7", "Удовлетворённость наставников (завершённые программы)", 0.93, "pct0", 93,
               "satisfaction_mentors", site + "Anketirovanie_itogi.pdf", None),
          ], ("num", "text", "val", "link"))

    # 6. Incentives
    sheet("6. Стимулирование", "6. Стимулирование наставников",
          ["№", "Показатель", "Кол-во", "Документ"], [6, 62, 10, 60],
          [
              ("6.1", "Локальные акты об оплате наставнической деятельности", 1, "num", 1, "pay_acts",
               site + "Polozhenie_o_stimuliruyushchih_vyplatah.pdf", None),
              ("6.2", "Публикации о наставничестве в СМИ и соцсетях гимназии", 7, "num", None, None,
               "https://vk.com/gimnaziya4glazov", None),
          ], ("num", "text", "val", "link"))
    wb.close()
    register(fname, values, nots, cells)


# ---------------------------------------------------------------------------
# 3. Value + proof in one cell, hyperlinks titled by the document, notes:
#    МБУ ДО «Центр детского творчества» г. Можги
# ---------------------------------------------------------------------------
def file3():
    fname = "MBU_DO_CDT_Mozhga_2024.xlsx"
    site = "https://cdtmozhga-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
    P90 = "приказ № 90-од от 05.09.2024"
    # (text, value-cell, expected, cid, (doc title, url) or None, note)
    R = [
        ("Положение о наставничестве педработников ЦДТ",
         f"имеется (приказ № 87-од от 29.08.2024, {site}Polozhenie_o_nastavnichestve_pedagogov.pdf)", 1,
         "orgs_regulation_teachers", None, None),
        ("Положение о наставничестве для обучающихся", "имеется", 1, "orgs_regulation_students",
         ("Положение о системе наставничества обучающихся МБУ ДО ЦДТ", site + "Polozhenie_obuch.pdf"), None),
        ("Приказ о мониторинге внедрения ЦМН", "имеется (приказ № 112-од от 01.11.2024)", 1,
         "orgs_monitoring_order",
         ("Приказ о проведении мониторинга ЦМН в 2024 г.", site + "Prikaz_112-od.pdf"), None),
        ("Информационная справка по итогам внутреннего мониторинга", "отсутствует", 0,
         "internal_monitoring_notes", None, "справка готовится, срок – январь 2025 г."),
        ("Дорожная карта внедрения ЦМН в ЦДТ",
         f"имеется ({site}Dorozhnaya_karta_2024-2026.pdf)", None, None, None, None),
        ("Кураторы ЦМН (чел.)", "1 (приказ № 87-од от 29.08.2024)", 1, "curators_total", None,
         "методист Лекомцева А.С."),
        ("Соглашения с другими ОО о привлечении их работников в качестве наставников", "1", 1,
         "agreements_edu_orgs",
         ("Соглашение о сотрудничестве с МБОУ «СОШ № 7» г. Можги", "https://disk.yandex.ru/i/Hq4TzN8wLp2cXa"), None),
        ("Соглашения с прочими организациями (любой формы собственности), направившими сотрудников-наставников",
         "2 (договоры о сотрудничестве от 10.09.2024 и 16.09.2024, https://disk.yandex.ru/d/Rk7mQ2xTz9LpVw)", 2,
         "agreements_other_orgs", None, None),
        ("Предмет соглашения(-ий)",
         "совместная реализация программ наставничества по формам «педагог – педагог» и «ученик – ученик», "
         "проведение мастер-классов для обучающихся",
         "совместная реализация программ наставничества по формам «педагог – педагог» и «ученик – ученик», "
         "проведение мастер-классов для обучающихся",
         "agreement_subjects", None, None),
        ("Партнёры ЦДТ в сфере наставничества (наименования)",
         "МБОУ «СОШ № 7» г. Можги; Можгинское местное отделение «Движения первых»; АНО ДО «Техно-Старт»",
         "МБОУ «СОШ № 7» г. Можги; Можгинское местное отделение «Движения первых»; АНО ДО «Техно-Старт»",
         "partner_list", None, None),
        ("Наставники – сотрудники сторонних (не образовательных) организаций",
         f"3 чел. ({P90})", 3, "other_org_mentors", None, "АНО ДО «Техно-Старт» – 2, «Движение первых» – 1"),
        ("Наставников всего по приказу ЦДТ", f"23 ({P90}, {site}Prikaz_90-od.pdf)", 23, "mentors_total",
         None, None),
        ("Наставляемых всего по приказу ЦДТ", "61 (там же)", 61, "mentees_total", None, None),
        ("ПП наставничества – всего", "18", 18, "pp_total",
         ("Банк персонализированных программ наставничества", site + "Bank_PP.zip"), None),
        ("ПП «педагог – педагог»", "5", 5, "pp_teacher_teacher", None, None),
        ("ПП «педагог – обучающийся»", "9", 9, "pp_teacher_pupil", None, None),
        ("ПП «обучающийся – обучающийся»", "4", 4, "pp_pupil_pupil", None, None),
        ("Контингент обучающихся 10–19 лет", 1240, 1240, "students_10_19", None,
         "по данным АИС «Навигатор дополнительного образования»"),
        ("Обучающиеся 10–19 лет – наставляемые", f"54 ({P90})", 54, "mentees_10_19", None, None),
        ("Доля наставляемых 10–19 лет от контингента", "4,4%", 4.4, "share_mentees_10_19", None,
         "54 из 1240"),
        ("Одарённые дети (из реестров) – наставляемые", "17 (реестр одарённых детей УР)", 17,
         "mentees_gifted", None, None),
        ("Обучающиеся 15–19 лет – наставники (по приказу)", f"6 ({P90})", 6, "mentors_15_19", None, None),
        ("Удовлетворённость наставляемых завершёнными программами", "96,3%", 96.3, "satisfaction_mentees",
         ("Итоги анкетирования участников программ наставничества", site + "Anketirovanie_2024.pdf"), None),
        ("Удовлетворённость наставников завершёнными программами", "94,5%", 94.5, "satisfaction_mentors",
         ("Итоги анкетирования участников программ наставничества", site + "Anketirovanie_2024.pdf"), None),
        ("Молодые специалисты (до 35 лет, первые 3 года работы) в ЦДТ", 4, 4, "young_specialists", None, None),
        ("Молодые специалисты – наставляемые", f"4 ({P90})", 4, "young_specialists_mentees", None, None),
        ("Педагоги ЦДТ, выступающие наставниками", "14", 14, "teachers_mentors",
         ("Приказ № 90-од «О закреплении наставнических пар»", site + "Prikaz_90-od.pdf"), None),
        ("Обучение на КПК по наставничеству в 2024 г., чел.",
         "2 (удостоверения: https://disk.yandex.ru/d/Vb3nXk8sQe2WmA)", 2, "kpk_trained", None, None),
        ("Курсы (названия)",
         "«Целевая модель наставничества в дополнительном образовании детей: организационные, "
         "методологические и технологические основы», АОУ УР РОЦОД, 36 ч.",
         "«Целевая модель наставничества в дополнительном образовании детей: организационные, "
         "методологические и технологические основы», АОУ УР РОЦОД, 36 ч.",
         "kpk_courses", None, None),
        ("Локальные акты об оплате труда наставника", "1 (Положение об оплате труда, п. 5.4)", 1,
         "pay_acts", ("Положение об оплате труда работников МБУ ДО ЦДТ", site + "Polozhenie_oplata.pdf"), None),
        ("Количество мастер-классов, проведённых наставниками", "4", None, None, None, None),
        ("Ответственный за заполнение", "Лекомцева Анна Сергеевна, методист", None, None, None, None),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    ws["A1"] = "Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества» г. Можги"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Сведения о реализации целевой модели наставничества, 2024 год"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    headers = ["№", "Наименование критерия", "Значение (с указанием подтверждающего документа)",
               "Документ", "Примечание"]
    for j, (h, w) in enumerate(zip(headers, (5, 55, 60, 45, 40)), start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = border
        ws.column_dimensions[get_column_letter(j)].width = w
    values, nots, cells = {}, [], {}
    r = 5
    for i, (text, val, exp, cid, doc, note) in enumerate(R, start=1):
        check_paraphrase(text)
        ws.cell(r, 1, i)
        ws.cell(r, 2, text)
        ws.cell(r, 3, val)
        if doc:
            c = ws.cell(r, 4, doc[0])
            c.hyperlink = doc[1]
            c.style = "Hyperlink"
        if note:
            ws.cell(r, 5, note)
        for j in range(1, 6):
            ws.cell(r, j).border = border
            ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
        if cid:
            values[cid] = exp
            cells[cid] = f"{ws.title}!C{r}"
        else:
            nots.append(text)
        r += 1
    ws.cell(r + 1, 2, "Директор МБУ ДО ЦДТ ____________ Т.Г. Кузнецова")
    wb.save(os.path.join(TYPED, fname))
    register(fname, values, nots, cells)


# ---------------------------------------------------------------------------
# 4. Extra numeric columns (2022 | 2023 | plan/fact 2024 | dev. | % | points);
#    name only in the file name and the header line: МБОУ «Верхнеюринская ООШ»
# ---------------------------------------------------------------------------
def file4():
    fname = "Верхнеюринская_ООШ_ЦМН_2024.xlsx"
    site = "https://verhneyurinskaya-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
    # (text, 2022, 2023, plan2024, fact2024, points, cid, link, fmt)
    R = [
        ("Положение о наставничестве педагогов (1 – есть, 0 – нет)", 1, 1, 1, 1, 2,
         "orgs_regulation_teachers", site + "Polozhenie_ped.pdf", None),
        ("Положение о наставничестве обучающихся (1/0)", 0, 1, 1, 1, 2,
         "orgs_regulation_students", site + "Polozhenie_obuch.pdf", None),
        ("Приказ о мониторинге ЦМН в школе (1/0)", 0, 0, 1, 1, 2, "orgs_monitoring_order",
         site + "Prikaz_58_monitoring.pdf", None),
        ("Справка по итогам внутреннего мониторинга (1/0)", 0, 1, 1, 0, 0, "internal_monitoring_notes",
         None, None),
        ("Наличие дорожной карты ЦМН (1/0)", 1, 1, 1, 1, 1, None, site + "Dorozhnaya_karta.pdf", None),
        ("Куратор(ы) ЦМН, чел.", 1, 1, 1, 1, 1, "curators_total", site + "Prikaz_41_kurator.pdf", None),
        ("Наставники по приказу, чел.", 4, 5, 6, 7, 2, "mentors_total", site + "Prikaz_44_pary.pdf", None),
        ("Наставляемые по приказу, чел.", 6, 9, 10, 11, 2, "mentees_total", site + "Prikaz_44_pary.pdf", None),
        ("Договоры с другими ОО о наставниках из их числа", 0, 1, 1, 1, 1, "agreements_edu_orgs",
         site + "Dogovor_MBOU_Kizner_SOSh1.pdf", None),
        ("Наставники из других образовательных организаций (по приказу)", 0, 1, 1, 1, 1,
         "external_edu_mentors", site + "Prikaz_44_pary.pdf", None),
        ("ПП наставничества, всего", 5, 7, 8, 9, 2, "pp_total", site + "PP_2024.pdf", None),
        ("   в т.ч. «ученик – ученик»", 2, 3, 4, 4, 1, "pp_pupil_pupil", None, None),
        ("   в т.ч. «учитель – учитель»", 2, 2, 2, 3, 1, "pp_teacher_teacher", None, None),
        ("   в т.ч. «учитель – ученик»", 1, 2, 2, 2, 1, "pp_teacher_pupil", None, None),
        ("Обучающихся 10–19 лет в школе", 38, 41, 40, 43, 0, "students_10_19", None, None),
        ("Из них наставляемых (10–19 лет)", 5, 7, 8, 8, 2, "mentees_10_19", site + "Prikaz_44_pary.pdf", None),
        ("   в т.ч. «группа риска»", 1, 2, 2, 2, 1, "mentees_risk", None, None),
        ("   в т.ч. с низкой мотивацией / неуспевающие", 2, 2, 3, 3, 1, "mentees_low_motivation", None, None),
        ("   в т.ч. дети с ОВЗ, дети-инвалиды", 1, 1, 1, 2, 1, "mentees_disabled", None, None),
        ("Обучающихся 15–19 лет в школе", 9, 8, 10, 11, 0, "students_15_19", None, None),
        ("Наставники из числа обучающихся 15–19 лет", 1, 2, 2, 3, 2, "mentors_15_19",
         site + "Prikaz_44_pary.pdf", None),
        ("Удовлетворённость наставляемых, %", 0.85, 0.88, 0.90, 0.92, 2, "satisfaction_mentees", None, "0%"),
        ("Удовлетворённость наставников, %", 0.80, 0.86, 0.90, 0.875, 1, "satisfaction_mentors", None, "0.0%"),
        ("Молодые специалисты (до 35 лет, стаж до 3-х лет)", 1, 1, 1, 2, 0, "young_specialists", None, None),
        ("Молодые специалисты в роли наставляемых", 1, 1, 1, 2, 2, "young_specialists_mentees",
         site + "Prikaz_44_pary.pdf", None),
        ("Педагоги без учёта молодых специалистов", 11, 11, 11, 10, 0, "teachers_other", None, None),
        ("Наставляемые из числа педагогов (кроме молодых специалистов)", 0, 1, 1, 1, 1,
         "teachers_other_mentees", site + "Prikaz_44_pary.pdf", None),
        ("Педагоги-наставники", 3, 3, 4, 4, 2, "teachers_mentors", site + "Prikaz_44_pary.pdf", None),
        ("Курсы ПК по наставничеству (чел. за год)", 0, 1, 1, 0, 0, "kpk_trained", None, None),
        ("Локальные акты об оплате наставничества", 0, 0, 1, 1, 1, "pay_acts", site + "Polozhenie_oplata.pdf", None),
        ("Локальные акты о нематериальном поощрении наставников", 0, 1, 1, 1, 1, "nonmaterial_acts",
         site + "Polozhenie_pooshchrenie.pdf", None),
        ("Мастер-классы, проведённые наставниками", 1, 2, 3, 3, 1, None, None, None),
    ]
    crit_rows = [x for x in R if x[6]]
    # keep within 24..30: drop the last criterion rows beyond 30 (there are 30 by design)
    wb = xlsxwriter.Workbook(os.path.join(TYPED, fname))
    ws = wb.add_worksheet("Лист1")
    ws.set_header("&CОтчёт МБОУ «Верхнеюринская ООШ»")
    ws.set_landscape()
    bold = wb.add_format({"bold": True, "font_size": 12})
    head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter",
                          "text_wrap": True, "bg_color": "#F2F2F2"})
    txt = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    num = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    numb = wb.add_format({"border": 1, "align": "center", "valign": "top", "bold": True, "bg_color": "#FFF2CC"})
    pctf = {fmt: wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": fmt})
            for fmt in ("0%", "0.0%")}
    pctfb = {fmt: wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": fmt,
                                 "bold": True, "bg_color": "#FFF2CC"}) for fmt in ("0%", "0.0%")}
    perc = wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": "0%"})
    link = wb.add_format({"border": 1, "font_color": "blue", "underline": 1, "valign": "top"})
    ws.write(0, 0, "Отчёт МБОУ «Верхнеюринская ООШ» о реализации целевой модели наставничества", bold)
    ws.write(1, 0, "(показатели за три года; баллы – по методике районного методкабинета)")
    widths = [5, 52, 8, 8, 9, 9, 9, 9, 8, 55]
    for j, w in enumerate(widths):
        ws.set_column(j, j, w)
    ws.merge_range(3, 0, 4, 0, "№", head)
    ws.merge_range(3, 1, 4, 1, "Показатель", head)
    ws.merge_range(3, 2, 4, 2, "2022 г.", head)
    ws.merge_range(3, 3, 4, 3, "2023 г.", head)
    ws.merge_range(3, 4, 3, 7, "2024 г.", head)
    for j, h in zip(range(4, 8), ("план", "факт", "откл. (+/-)", "% вып.")):
        ws.write(4, j, h, head)
    ws.merge_range(3, 8, 4, 8, "Баллы", head)
    ws.merge_range(3, 9, 4, 9, "Источник (ссылка)", head)
    values, nots, cells = {}, [], {}
    r = 5
    total_points = 0
    for i, (text, v22, v23, plan, fact, pts, cid, url, fmt) in enumerate(R, start=1):
        check_paraphrase(text)
        ws.write(r, 0, i, num)
        ws.write(r, 1, text, txt)
        if fmt:
            ws.write(r, 2, v22, pctf[fmt])
            ws.write(r, 3, v23, pctf[fmt])
            ws.write(r, 4, plan, pctf[fmt])
            ws.write(r, 5, fact, pctfb[fmt])
        else:
            ws.write(r, 2, v22, num)
            ws.write(r, 3, v23, num)
            ws.write(r, 4, plan, num)
            ws.write(r, 5, fact, numb)
        cellP = xlsxwriter.utility.xl_rowcol_to_cell(r, 4)
        cellF = xlsxwriter.utility.xl_rowcol_to_cell(r, 5)
        dev = round(fact - plan, 3)
        ws.write_formula(r, 6, f"={cellF}-{cellP}", pctf[fmt] if fmt else num, dev)
        pc = round(fact / plan, 4) if plan else 0
        ws.write_formula(r, 7, f"=IF({cellP}=0,0,{cellF}/{cellP})", perc, pc)
        ws.write(r, 8, pts, num)
        total_points += pts
        if url:
            ws.write_url(r, 9, url, link, string=url)
        else:
            ws.write_blank(r, 9, None, txt)
        if cid:
            exp = round(fact * 100, 4) if fmt else fact
            values[cid] = exp
            cells[cid] = f"Лист1!{cellF}"
        else:
            nots.append(text)
        r += 1
    ws.write(r, 1, "Итого баллов:", wb.add_format({"bold": True, "border": 1, "align": "right"}))
    ws.write_formula(r, 8, f"=SUM(I6:I{r})", numb, total_points)
    nots.append("Итого баллов:")
    ws.write(r + 2, 1, "Директор школы ___________ Н.А. Сидорова")
    ws.write(r + 3, 1, "Исполнитель: Бабинцева Л.М., тел. 8-912-000-14-27")
    wb.close()
    assert len(crit_rows) == len(values)
    register(fname, values, nots, cells)


if __name__ == "__main__":
    file1()
    file2()
    file3()
    file4()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(CELLS, f, ensure_ascii=False, indent=1)
    for e in EXPECTED:
        print(e["file"], len(e["values"]), "criteria,", len(e["not_criteria"]), "non-criteria")
