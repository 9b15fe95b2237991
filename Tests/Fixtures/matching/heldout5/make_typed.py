#!/usr/bin/env python3
"""Held-out set 8: four 2024 monitoring forms of the mentoring model (ЦМН),
typed as four different methodologists would do it.

Writes typed/*.xlsx and expected.json, then self-checks the files with
openpyxl (data_only=True).
"""
import json
import os
import re

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
os.makedirs(OUT, exist_ok=True)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# Every row spec: (criterion_id or None for a non-criterion, row text, value 2024, expected)
# expected is what expected.json holds; None -> derived automatically from the value.

FORMS = []  # list of dicts: file, rows(list of (cid, text, expected)), value_col locator


# ---------------------------------------------------------------------------
# Form A: gymnasium, Almetyevsk (Republic of Tatarstan). Simple one-sheet table:
# № | Критерий | Значение | Ссылка. Title with the year, yes/no as да/нет.
# ---------------------------------------------------------------------------
def form_a():
    fn = "gimn14_almetyevsk_2024.xlsx"
    site = "https://edu.tatar.ru/almet/page1478.htm"
    docs = "https://edu.tatar.ru/almet/gym14/page4211552.htm"
    rows = [
        ("orgs_regulation_teachers", "Утверждено положение о наставничестве педработников гимназии (приказ по ОО)", "да", docs),
        ("orgs_regulation_students", "Утверждено положение о наставничестве обучающихся гимназии (приказ по ОО)", "да", docs),
        ("orgs_monitoring_order", "Издан приказ о проведении мониторинга реализации ЦМН в гимназии", "да", docs + "#monitoring"),
        (None, "Наличие дорожной карты внедрения ЦМН на 2024-2025 уч. год", "да", docs),
        ("curators_total", "Кураторы внедрения ЦМН в гимназии, чел.", 2, docs),
        ("mentors_total", "Всего наставников в базе гимназии (согласно приказу)", 58, docs + "#baza"),
        ("mentees_total", "Всего наставляемых в базе гимназии (согласно приказу)", 131, docs + "#baza"),
        ("agreements_edu_orgs", "Соглашения о сотрудничестве с другими ОО (вуз, СПО), чьи сотрудники выступают наставниками, кол-во",
         "2 (АГНИ, ГАПОУ «Альметьевский политехнический техникум»)", docs + "#dogovor"),
        ("agreements_enterprises", "Договоры с предприятиями, работники которых участвуют в наставничестве в качестве наставников, кол-во",
         1, docs + "#dogovor"),
        ("partner_list", "Перечень предприятий и организаций — партнёров гимназии по наставничеству",
         "ПАО «Татнефть» им. В.Д. Шашина; АГНИ; ГАПОУ «Альметьевский политехнический техникум»", docs + "#dogovor"),
        ("enterprise_mentors", "Наставники — сотрудники предприятий-партнёров (по приказу)", 3, docs + "#baza"),
        ("pp_total", "Персонализированные программы наставничества (ППН) — всего по гимназии", 62, docs + "#ppn"),
        ("pp_pupil_pupil", "ППН по форме «ученик – ученик»", 31, docs + "#ppn"),
        ("pp_teacher_teacher", "ППН по форме «педагог – педагог»", 12, docs + "#ppn"),
        ("pp_teacher_pupil", "ППН по форме «учитель – ученик»", 15, docs + "#ppn"),
        ("students_10_19", "Численность обучающихся гимназии в возрасте 10–19 лет (всего)", 812, ""),
        ("mentees_10_19", "Обучающиеся 10–19 лет, вовлечённые в программы наставничества в качестве наставляемых", 96, docs + "#baza"),
        ("share_mentees_10_19", "Охват обучающихся 10–19 лет наставничеством в роли наставляемых, %", 11.8, ""),
        ("mentees_gifted", "Наставляемые из числа одарённых детей (внесённых в реестр одарённых)", 24, docs + "#baza"),
        ("mentors_15_19", "Обучающиеся 15–19 лет, выступающие наставниками (по приказу)", 33, docs + "#baza"),
        ("satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах, %", 91, docs + "#anketa"),
        ("satisfaction_mentors", "Удовлетворённость наставников участием в завершённых программах, %", 88, docs + "#anketa"),
        ("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет) — всего в гимназии", 9, ""),
        ("young_specialists_mentees", "Молодые специалисты, за которыми закреплён наставник (наставляемые)", 9, docs + "#baza"),
        ("teachers_mentors", "Педагоги гимназии, участвующие в программах наставничества как наставники", 21, docs + "#baza"),
        ("kpk_trained", "Педагоги, прошедшие КПК по вопросам наставничества в 2024 календарном году, чел.", 3, docs + "#kpk"),
        ("kpk_courses", "Названия пройденных курсов ПК по наставничеству",
         "«Наставничество в образовательной организации: технологии и практики», ГАОУ ДПО ИРО РТ, 36 ч.; "
         "«Методическое сопровождение молодых педагогов», КФУ, 72 ч.", docs + "#kpk"),
        (None, "Наличие раздела «Наставничество» на официальном сайте гимназии", "да", site),
        (None, "Количество открытых мероприятий (мастер-классов) наставнических пар за год", 7, ""),
        ("pay_acts", "Локальные акты об оплате (доплате) за наставническую деятельность, кол-во", 1, docs + "#lna"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг ЦМН"
    ws["A1"] = "Мониторинг реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:D1")
    ws["A2"] = "МБОУ «Гимназия № 14» Альметьевского муниципального района Республики Татарстан"
    ws.merge_cells("A2:D2")
    ws["A2"].font = BOLD
    hdr = ["№ п/п", "Критерий", "Значение", "Ссылка на подтверждающий документ"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 5
    spec = []
    for i, (cid, text, val, link) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=text)
        ws.cell(row=r, column=3, value=val)
        ws.cell(row=r, column=4, value=link or None)
        for j in range(1, 5):
            ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=j).alignment = WRAP
        spec.append((cid, text, r, 3))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Директор гимназии ____________ Р.Ф. Галиева")
    ws.cell(row=r + 1, column=2, value="Исп. зам. директора по УВР Хасанова Л.М., тел. 8 (8553) 45-12-07")
    for col, w in zip("ABCD", (7, 70, 28, 48)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    return fn, spec


# ---------------------------------------------------------------------------
# Form B: small rural school, Kudymkar municipal okrug (Perm krai).
# Org name in a "Наименование ОО" line, two value columns 2023 / 2024,
# unit column, section rows, yes/no as 1/0, notes column.
# ---------------------------------------------------------------------------
def form_b():
    fn = "verh_yusva_oosh_perm_2024.xlsx"
    SEC = "SECTION"
    rows = [
        (SEC, "I. Нормативное обеспечение"),
        ("orgs_regulation_teachers", "Приказ об утверждении Положения о системе наставничества педагогов", "1 – да, 0 – нет", 1, 1, ""),
        ("orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся", "1 – да, 0 – нет", 0, 1, "приказ № 87 от 02.09.2024"),
        ("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе", "1 – да, 0 – нет", 1, 1, ""),
        ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга наставничества", "1 – да, 0 – нет", 1, 1, "размещена на сайте"),
        (None, "План-график (дорожная карта) реализации ЦМН", "1 – да, 0 – нет", 1, 1, ""),
        (SEC, "II. Организация процесса наставничества"),
        ("curators_total", "Кол-во кураторов ЦМН в школе", "чел.", 1, 1, ""),
        ("mentors_total", "Наставники по приказу, всего", "чел.", 9, 11, ""),
        ("mentees_total", "Наставляемые по приказу, всего", "чел.", 14, 17, ""),
        ("agreements_edu_orgs", "Соглашения с образовательными организациями о привлечении их работников в качестве наставников",
         "ед.", 0, "1 (МБУ ДО «ДДТ» г. Кудымкара)", ""),
        ("agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности), предоставившими наставников",
         "ед.", 0, 1, "Верх-Юсьвинская сельская библиотека"),
        ("other_org_mentors", "Наставники — работники иных организаций", "чел.", 0, 1, ""),
        ("pp_total", "Персонализированные программы наставничества, всего", "ед.", 8, 10, ""),
        ("pp_pupil_pupil", "ПП по форме «ученик – ученик»", "ед.", 4, 5, ""),
        ("pp_teacher_teacher", "ПП по форме «педагог – педагог»", "ед.", 2, 2, ""),
        ("pp_other", "ПП по иным формам", "ед.", 0, 1, "«библиотекарь – ученик» (читательская грамотность)"),
        (SEC, "III. Вовлечение обучающихся"),
        ("students_10_19", "Кол-во обучающихся в возрасте 10–19 лет", "чел.", 38, 41, ""),
        ("mentees_10_19", "Кол-во обучающихся 10–19 лет в роли наставляемых", "чел.", 9, 11, ""),
        ("mentees_risk", "Наставляемые 10–19 лет из «группы риска»", "чел.", 2, 2, "ВШУ"),
        ("mentees_low_motivation", "Наставляемые 10–19 лет с низкой учебной мотивацией, неуспевающие", "чел.", 4, 5, ""),
        ("share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", "%", 23.7, 26.8, ""),
        ("mentors_15_19", "Обучающиеся 15–19 лет в роли наставника (по приказу)", "чел.", 3, 4, "9 класс"),
        (None, "Кол-во родителей (законных представителей), вовлечённых в мероприятия по наставничеству", "чел.", 0, 6, ""),
        (SEC, "IV. Педагогические работники"),
        ("young_specialists", "Молодые специалисты (до 35 лет, первые 3 года работы)", "чел.", 1, 2, ""),
        ("young_specialists_mentees", "Молодые специалисты — наставляемые", "чел.", 1, 2, ""),
        ("share_young_specialists_mentees", "Доля молодых специалистов, охваченных наставничеством (как наставляемые)", "%", 100, 100, ""),
        ("teachers_mentors", "Педагоги-наставники", "чел.", 4, 5, ""),
        ("kpk_trained", "Педагоги, прошедшие КПК по наставничеству за календарный год", "чел.", 0, 1, "ИРО ПК"),
        (SEC, "V. Стимулирование наставников"),
        ("pay_acts", "Локальный акт о доплате за наставничество (кол-во)", "ед.", 0, 1, ""),
        ("nonmaterial_acts", "Положение о нематериальном поощрении наставников (кол-во актов)", "ед.", 1, 1, ""),
        (None, "Проведение школьного Дня наставника", "1 – да, 0 – нет", 0, 1, "февраль 2024"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "Показатели реализации целевой модели наставничества"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Наименование ОО:"
    ws["C2"] = "МБОУ «Верх-Юсьвинская основная общеобразовательная школа», Кудымкарский муниципальный округ Пермского края"
    ws["A3"] = "Ответственный:"
    ws["C3"] = "Мехоношина Т.В., зам. директора по УВР"
    hdr = ["№", "Показатель", "Ед. изм.", "2023 г.", "2024 г.", "Примечание"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    n = 0
    spec = []
    for row in rows:
        if row[0] == SEC:
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        cid, text, unit, v23, v24, note = row
        n += 1
        vals = [n, text, unit, v23, v24, note or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
        spec.append((cid, text, r, 5))
        r += 1
    ws.cell(row=r + 1, column=2, value="Данные указаны по состоянию на 20.12.2024")
    for col, w in zip("ABCDEF", (5, 62, 14, 9, 14, 34)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    return fn, spec


# ---------------------------------------------------------------------------
# Form C: Station of young technicians (МБУ ДО «СЮТ»), Novokuibyshevsk (Samara oblast).
# Written with xlsxwriter: numbered 1.1 …, "Значение на 31.12.2024",
# shares/levels as fractions with a percent format (one as a formula with cached value),
# confirmation link and comment columns.
# ---------------------------------------------------------------------------
def form_c():
    fn = "syut_novokuibyshevsk_2024.xlsx"
    site = "https://syut-nvkb.ru/nastavnichestvo"
    P = "PCT"
    rows = [
        ("1", "Нормативно-правовая база", None),
        ("orgs_regulation_teachers", "Положение о системе наставничества педагогических работников СЮТ утверждено приказом директора", "Да", site + "/docs/polozhenie_ped.pdf", ""),
        ("orgs_regulation_students", "Положение о наставничестве обучающихся (воспитанников объединений) утверждено", "Да", site + "/docs/polozhenie_obuch.pdf", ""),
        ("orgs_monitoring_order", "Приказ о мониторинге внедрения целевой модели наставничества", "Нет", "", "приказ готовится на 2025 г."),
        ("internal_monitoring_notes", "Аналитическая справка по результатам внутреннего мониторинга ЦМН", "Да", site + "/docs/spravka_2024.pdf", ""),
        ("2", "Организация наставничества", None),
        ("curators_total", "Число кураторов ЦМН в учреждении", 1, site, "методист Кузнецова О.А."),
        ("mentors_total", "Количество наставников (по приказу о закреплении наставнических пар)", 27, site + "/docs/prikaz_pary.pdf", ""),
        ("mentees_total", "Количество наставляемых (по приказу о закреплении наставнических пар)", 44, site + "/docs/prikaz_pary.pdf", ""),
        ("agreements_edu_orgs", "Соглашения о сотрудничестве с образовательными организациями, сотрудники которых выступают наставниками", 3, site + "/partners", ""),
        ("agreements_enterprises", "Соглашения с промышленными предприятиями о предоставлении наставников из числа работников", 2, site + "/partners", ""),
        ("agreement_subjects", "Предмет заключённых соглашений",
         "Совместная реализация программ наставничества по робототехнике, начальному техническому моделированию и инженерному проектированию; "
         "привлечение преподавателей, студентов и инженеров партнёров к работе наставниками", site + "/partners", ""),
        ("partner_list", "Организации-партнёры по наставничеству (наименования)",
         "1) ФГБОУ ВО «СамГТУ»; 2) ГАПОУ «Новокуйбышевский нефтехимический техникум»; 3) ГБОУ СОШ № 8 г.о. Новокуйбышевск; "
         "4) АО «Новокуйбышевский НПЗ»; 5) АО «Новокуйбышевская нефтехимическая компания»", site + "/partners", ""),
        ("enterprise_mentors", "Наставники — инженеры и специалисты предприятий-партнёров", 3, site + "/docs/prikaz_pary.pdf", ""),
        ("3", "Персонализированные программы наставничества (ППН)", None),
        ("pp_total", "Количество ППН (все формы)", 19, site + "/ppn", ""),
        ("pp_pupil_pupil", "ППН «обучающийся – обучающийся» (ученик – ученик)", 6, site + "/ppn", ""),
        ("pp_teacher_pupil", "ППН «педагог ДО – обучающийся»", 8, site + "/ppn", ""),
        ("pp_teacher_teacher", "ППН «опытный педагог – молодой педагог»", 3, site + "/ppn", ""),
        ("pp_student_pupil", "ППН «студент – обучающийся»", 2, site + "/ppn", "студенты СамГТУ"),
        ("teachers_in_pp", "Педагоги, задействованные в утверждённых ППН", 13, site + "/ppn", ""),
        ("4", "Обучающиеся", None),
        ("students_10_19", "Общее число обучающихся 10–19 лет в объединениях СЮТ", 680, "", "по данным навигатора ДО"),
        ("mentees_10_19", "Обучающиеся 10–19 лет, включённые в наставничество как наставляемые", 34, site + "/docs/prikaz_pary.pdf", ""),
        ("share_mentees_10_19", "Доля обучающихся 10–19 лет — наставляемых", ("FORMULA", 0.05), "", "расчёт"),
        ("mentees_gifted", "Одарённые дети (из регионального реестра) в роли наставляемых", 12, site + "/docs/prikaz_pary.pdf", ""),
        ("mentors_15_19", "Наставники из числа обучающихся 15–19 лет (приказ)", 7, site + "/docs/prikaz_pary.pdf", ""),
        ("satisfaction_mentees", "Удовлетворённость наставляемых (анкетирование по завершённым программам)", (P, 0.92), site + "/anketa", ""),
        ("satisfaction_mentors", "Удовлетворённость наставников (анкетирование по завершённым программам)", (P, 0.87), site + "/anketa", ""),
        ("5", "Профессиональное развитие", None),
        ("school_methodical_associations", "Методические объединения наставников в СЮТ (кол-во)", 1, site, ""),
        ("kpk_trained", "Педагоги ДО, обучившиеся на курсах ПК по теме наставничества (2024 г.)", 2, site + "/kpk", ""),
        ("kpk_courses", "Наименование пройденных КПК",
         "«Целевая модель наставничества в дополнительном образовании детей», ЦРО Самарской области, 36 ч.", site + "/kpk", ""),
        ("6", "Дополнительные сведения", None),
        (None, "Количество совместных с предприятиями проектов (соревнования, экскурсии на производство)", 5, "", ""),
        (None, "Количество обучающихся — победителей и призёров конкурсов технической направленности", 18, "", ""),
        (None, "Наличие страницы «Наставничество» на сайте учреждения", "Да", site, ""),
    ]
    path = os.path.join(OUT, fn)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("СЮТ_2024")
    title = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center", "valign": "vcenter", "bg_color": "#E2EFDA"})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    sec = wb.add_format({"border": 1, "bold": True, "bg_color": "#F2F2F2"})
    pct = wb.add_format({"border": 1, "num_format": "0%", "valign": "top"})
    pct1 = wb.add_format({"border": 1, "num_format": "0.0%", "valign": "top"})
    ws.write(0, 0, "Информация о реализации целевой модели наставничества", title)
    ws.write(1, 0, "Учреждение: МБУ ДО «Станция юных техников» городского округа Новокуйбышевск Самарской области")
    ws.write(2, 0, "Отчётный период: 01.01.2024 – 31.12.2024")
    heads = ["№", "Наименование показателя", "Значение на 31.12.2024", "Подтверждение (ссылка)", "Комментарий"]
    for j, h in enumerate(heads):
        ws.write(4, j, h, hdr)
    r = 5
    sub = 0
    secno = ""
    spec = []
    rowof = {}
    for row in rows:
        if row[2] is None and len(row) == 3:
            secno, sub = row[0], 0
            ws.write(r, 0, secno + ".", sec)
            ws.merge_range(r, 1, r, 4, row[1], sec)
            r += 1
            continue
        cid, text, val, link, note = row
        sub += 1
        ws.write_string(r, 0, f"{secno}.{sub}", cell)
        ws.write(r, 1, text, cell)
        if isinstance(val, tuple) and val[0] == P:
            ws.write_number(r, 2, val[1], pct)
        elif isinstance(val, tuple) and val[0] == "FORMULA":
            a = rowof["mentees_10_19"] + 1
            b = rowof["students_10_19"] + 1
            ws.write_formula(r, 2, f"=C{a}/C{b}", pct1, val[1])
        else:
            ws.write(r, 2, val, cell)
        ws.write(r, 3, link or "", cell)
        ws.write(r, 4, note or "", cell)
        rowof[cid] = r
        spec.append((cid, text, r + 1, 3))
        r += 1
    ws.write(r + 1, 1, "Директор МБУ ДО «СЮТ» ___________ А.В. Сорокин")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 66)
    ws.set_column(2, 2, 30)
    ws.set_column(3, 3, 40)
    ws.set_column(4, 4, 26)
    wb.close()
    return fn, spec


# ---------------------------------------------------------------------------
# Form D (the unusual one): boarding school for children with disabilities,
# Chelyabinsk. Two sheets: a title sheet (org, year) and the data sheet
# «Показатель / Критерий / Значение / Источник»; the Показатель column holds the
# direction as a merged vertical cell; values typed with units ("22 чел.", "84 %").
# ---------------------------------------------------------------------------
def form_d():
    fn = "shi3_chelyabinsk_ovz_2024.xlsx"
    site = "https://shi3-chel.gosuslugi.ru/glavnoe/nastavnichestvo/"
    groups = [
        ("Нормативное обеспечение реализации ЦМН", [
            ("orgs_regulation_teachers", "Приказ «Об утверждении Положения о наставничестве педагогических работников ГКОУ «СКШИ № 3»»", "да, приказ № 112-од от 30.08.2024", site + "dokumenty/"),
            ("orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся школы-интерната", "да", site + "dokumenty/"),
            ("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе-интернате", "нет", ""),
        ]),
        ("Организация процесса наставничества", [
            ("mentors_total", "Численность наставников (по приказу)", "22 чел.", site + "baza/"),
            ("mentees_total", "Численность наставляемых (по приказу)", "33 чел.", site + "baza/"),
            ("agreements_other_orgs", "Соглашения с организациями (НКО, учреждения соцзащиты и др.), предоставляющими наставников",
             "1 (АНО «Ресурсный центр «Особое детство»)", site + "partnery/"),
            ("other_org_mentors", "Наставники — сотрудники иных организаций (по приказу)", "2 чел.", site + "baza/"),
            (None, "Выездные мероприятия наставнических пар (экскурсии, мастерские), кол-во", "8", site + "novosti/"),
        ]),
        ("Персонализированные программы наставничества", [
            ("pp_total", "ППН — всего", "18", site + "ppn/"),
            ("pp_teacher_teacher", "ППН «педагог – педагог»", "5", site + "ppn/"),
            ("pp_teacher_pupil", "ППН «учитель – ученик»", "9", site + "ppn/"),
            ("pp_pupil_pupil", "ППН «ученик – ученик»", "3", site + "ppn/"),
            ("pp_other", "ППН иных форм (указать)", "1 («социальный партнёр – выпускник»)", site + "ppn/"),
        ]),
        ("Вовлечение обучающихся в возрасте 10–19 лет", [
            ("students_10_19", "Обучающиеся в возрасте 10–19 лет, всего", "146 чел.", ""),
            ("mentees_10_19", "Обучающиеся 10–19 лет в роли наставляемых", "26 чел.", site + "baza/"),
            ("mentees_disabled", "Наставляемые из числа детей с ОВЗ и детей-инвалидов (10–19 лет)", "26 чел.", site + "baza/"),
            ("mentees_risk", "Наставляемые «группы риска» (внутришкольный учёт, ПДН)", "6 чел.", site + "baza/"),
            ("share_mentees_10_19", "Охват наставничеством обучающихся 10–19 лет (наставляемые)", "17,8 %", ""),
            ("satisfaction_mentees", "Уровень удовлетворённости наставляемых завершёнными программами", "84 %", site + "monitoring/"),
            (None, "Количество консультаций для родителей (законных представителей) по вопросам наставничества", "12", ""),
        ]),
        ("Включение педагогов в программы наставничества", [
            ("young_specialists", "Молодые педагоги (до 35 лет, стаж до 3 лет)", "4 чел.", ""),
            ("young_specialists_mentees", "Молодые педагоги — наставляемые", "4 чел.", site + "baza/"),
            ("teachers_other", "Педагогические работники без учёта молодых специалистов", "58 чел.", ""),
            ("teachers_other_mentees", "Педагоги (не молодые специалисты) — наставляемые", "3 чел.", site + "baza/"),
            ("share_teachers_mentees", "Доля педагогов-наставляемых от общего числа педагогов", "11,3 %", ""),
            ("teachers_mentors", "Педагоги в роли наставника", "14 чел.", site + "baza/"),
            ("share_teachers_mentors", "Доля педагогов-наставников от общего числа педагогов", "22,6 %", ""),
        ]),
        ("Стимулирование наставников", [
            ("pay_acts", "Локальные акты об оплате наставнической деятельности", "1", site + "dokumenty/"),
            ("nonmaterial_acts", "Локальные акты о нематериальных формах поощрения наставников", "2", site + "dokumenty/"),
            (None, "Доля выпускников 2024 г., продолживших обучение или трудоустроенных", "92 %", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    t = wb.active
    t.title = "Титул"
    t["B2"] = "ОТЧЁТ"
    t["B2"].font = Font(bold=True, size=14)
    t["B3"] = "о результатах внутреннего мониторинга реализации целевой модели наставничества"
    t["B5"] = "Организация:"
    t["C5"] = "ГКОУ «Специальная (коррекционная) школа-интернат № 3 для обучающихся с ОВЗ» г. Челябинска"
    t["B6"] = "Отчётный год:"
    t["C6"] = 2024
    t["B7"] = "Куратор ЦМН:"
    t["C7"] = "Лыкова Е.С., учитель-дефектолог"
    t["B9"] = "Данные приводятся по состоянию на 25.12.2024. Данные за 2023 год см. отчёт прошлого года."
    t.column_dimensions["B"].width = 18
    t.column_dimensions["C"].width = 90

    ws = wb.create_sheet("Мониторинг")
    hdr = ["Показатель", "Критерий", "Значение", "Источник информации (ссылка)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 2
    spec = []
    for gname, items in groups:
        start = r
        for cid, text, val, link in items:
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=val)
            ws.cell(row=r, column=4, value=link or None)
            for j in range(1, 5):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            spec.append((cid, text, r, 3))
            r += 1
        ws.cell(row=start, column=1, value=gname)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(row=r + 1, column=1, value="* ППН — персонализированная программа наставничества; ПДН — подразделение по делам несовершеннолетних")
    for col, w in zip("ABCD", (30, 66, 34, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    return fn, spec


# ---------------------------------------------------------------------------
def normalise(cell, cid_unit):
    v = cell.value
    fmt = cell.number_format or ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "%" in fmt:
            return round(v * 100, 6)
        return v
    s = str(v).strip()
    if cid_unit in ("list", "text"):
        return s
    low = s.lower()
    if low.startswith("да"):
        return 1
    if low.startswith("нет"):
        return 0
    m = re.match(r"^(\d+(?:[.,]\d+)?)", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() else x
    raise ValueError(s)


def load_units():
    units, ok = {}, set()
    with open("/work/main/Templates/criteria.tsv", encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            d = dict(zip(head, line.rstrip("\n").split("\t")))
            units[d["id"]] = d["unit"]
            if d["level"] == "org" and d["aggregation"] != "sum_of" and d["wording_2024"].strip():
                ok.add(d["id"])
    return units, ok


def main():
    units, eligible = load_units()
    makers = [form_a, form_b, form_c, form_d]
    built = [m() for m in makers]

    # expected values are derived from the cells by the same reading a methodologist
    # would do; then cross-checked against the intended values below.
    intended = {
        "gimn14_almetyevsk_2024.xlsx": {"agreements_edu_orgs": 2, "share_mentees_10_19": 11.8, "orgs_regulation_teachers": 1},
        "verh_yusva_oosh_perm_2024.xlsx": {"agreements_edu_orgs": 1, "orgs_regulation_students": 1, "share_mentees_10_19": 26.8, "mentors_total": 11},
        "syut_novokuibyshevsk_2024.xlsx": {"share_mentees_10_19": 5, "satisfaction_mentees": 92, "orgs_monitoring_order": 0},
        "shi3_chelyabinsk_ovz_2024.xlsx": {"orgs_regulation_teachers": 1, "share_teachers_mentees": 11.3, "pp_other": 1, "mentors_total": 22},
    }
    expected = []
    for fn, spec in built:
        wb = openpyxl.load_workbook(os.path.join(OUT, fn), data_only=True)
        ws = wb["Мониторинг"] if "Мониторинг" in wb.sheetnames else wb.worksheets[0]
        values, nots, seen = {}, [], set()
        for cid, text, r, col in spec:
            # locate the text in the sheet (must be unique) and read the value column
            hits = [c for row in ws.iter_rows() for c in row if c.value == text]
            assert len(hits) == 1, (fn, text, len(hits))
            assert hits[0].row == r, (fn, text)
            if cid is None:
                nots.append(text)
                continue
            assert cid in eligible, (fn, cid)
            assert cid not in seen, (fn, cid)
            seen.add(cid)
            v = normalise(ws.cell(row=r, column=col), units[cid])
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            values[cid] = v
        for k, v in intended[fn].items():
            assert abs(values[k] - v) < 1e-9, (fn, k, values[k], v)
        expected.append({"file": "typed/" + fn, "year": 2024, "values": values, "not_criteria": nots})
        print(f"{fn}: {len(values)} criteria rows, {len(nots)} non-criterion rows")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
