#!/usr/bin/env python3
"""Held-out set 14: a municipality outside Udmurtia (invented: Заречногорский
муниципальный округ Кировской области) sends its 2024 folder.

Writes typed/*.xlsx, expected.json and cellmap.json (cell address of every
expected value, used only by selfcheck.py).
"""
import json
import os

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

YEAR = 2024
MUNI_BODY = "Управление образования администрации Заречногорского муниципального округа"


# ---------------------------------------------------------------- value helpers
# each helper returns (written_value, expected_value, style)
def yes(text="Да"):
    return (text, 1, "text")


def no(text="Нет"):
    return (text, 0, "text")


def num(n):
    return (n, n, "num")


def unit(n, u="чел."):
    return (f"{n} {u}", n, "text")


def pct_str(s, v):          # «92,4 %» typed as text
    return (s, v, "text")


def pct_num(frac):          # 0.88 formatted as %
    return (frac, round(frac * 100, 4), "pct")


def text(s):
    return (s, s, "text")


# ------------------------------------------------------- organisation template
# one layout for all organisation forms of the municipality
# ("sec", title) | ("row", number, criterion_id or "NC1"/"NC2", wording)
ORG_TEMPLATE = [
    ("sec", "I. Нормативная база наставничества в ОО"),
    ("row", "1.1", "orgs_regulation_teachers",
     "Положение о системе наставничества педагогических работников утверждено приказом руководителя ОО (да/нет)"),
    ("row", "1.2", "orgs_regulation_students",
     "Положение о наставничестве обучающихся утверждено приказом по ОО (да/нет)"),
    ("row", "1.3", "orgs_monitoring_order",
     "Издан приказ ОО о проведении мониторинга внедрения целевой модели наставничества (да/нет)"),
    ("row", "1.4", "NC1",
     "План мероприятий (дорожная карта) по реализации ЦМН в ОО утверждён (да/нет)"),
    ("row", "1.5", "internal_monitoring_notes",
     "Составлена справка ОО по результатам внутреннего мониторинга наставничества (да/нет)"),
    ("sec", "II. Организация наставничества"),
    ("row", "2.1", "curators_total",
     "Число кураторов, отвечающих за внедрение ЦМН в ОО"),
    ("row", "2.2", "mentors_total",
     "Наставники, включённые приказом в базу наставников ОО"),
    ("row", "2.3", "mentees_total",
     "Наставляемые, включённые приказом в базу наставляемых ОО"),
    ("row", "2.4", "agreements_edu_orgs",
     "Соглашения с другими образовательными организациями, направившими своих работников наставниками (ед.)"),
    ("row", "2.5", "partner_list",
     "Предприятия и организации — партнёры ОО по наставничеству (перечислить)"),
    ("sec", "III. Персонализированные программы наставничества (ППН)"),
    ("row", "3.1", "pp_total",
     "ППН, утверждённые в ОО, всего (ед.)"),
    ("row", "3.2", "pp_pupil_pupil",
     "ППН в форме «обучающийся – обучающийся» (ученик – ученик)"),
    ("row", "3.3", "pp_teacher_teacher",
     "ППН в форме «педагог – педагог»"),
    ("sec", "IV. Обучающиеся"),
    ("row", "4.1", "students_10_19",
     "Численность обучающихся ОО в возрасте 10–19 лет (чел.)"),
    ("row", "4.2", "mentees_10_19",
     "Обучающиеся 10–19 лет, участвующие в программах наставничества как наставляемые (чел.)"),
    ("row", "4.3", "share_mentees_10_19",
     "Доля обучающихся 10–19 лет, охваченных наставничеством в роли наставляемых (%)"),
    ("row", "4.4", "mentees_risk",
     "Наставляемые 10–19 лет, состоящие в «группе риска» (чел.)"),
    ("row", "4.5", "mentees_disabled",
     "Наставляемые 10–19 лет из числа детей с ОВЗ и детей-инвалидов (чел.)"),
    ("row", "4.6", "students_15_19",
     "Численность обучающихся ОО в возрасте 15–19 лет (чел.)"),
    ("row", "4.7", "mentors_15_19",
     "Обучающиеся 15–19 лет, закреплённые приказом в качестве наставников (чел.)"),
    ("sec", "V. Удовлетворённость участников"),
    ("row", "5.1", "satisfaction_mentees",
     "Удовлетворённость наставляемых по итогам завершённых программ наставничества (%)"),
    ("row", "5.2", "satisfaction_mentors",
     "Удовлетворённость наставников по итогам завершённых программ наставничества (%)"),
    ("sec", "VI. Педагогические работники"),
    ("row", "6.1", "young_specialists",
     "Молодые специалисты ОО (моложе 35 лет, стаж работы не более 3 лет), чел."),
    ("row", "6.2", "young_specialists_mentees",
     "Молодые специалисты, за которыми закреплён наставник (в роли наставляемых), чел."),
    ("row", "6.3", "teachers_mentors",
     "Педагоги, выполняющие роль наставника в программах наставничества (чел.)"),
    ("row", "6.4", "kpk_trained",
     "Педагоги, прошедшие в 2024 году курсы повышения квалификации по вопросам наставничества (чел.)"),
    ("row", "6.5", "school_methodical_associations",
     "Действующие в ОО методические объединения наставников (кол-во)"),
    ("row", "6.6", "NC2",
     "Раздел «Наставничество» на официальном сайте ОО (наличие, ссылка)"),
]

# share_mentees_10_19 is an Excel formula =mentees/students (value cached)
FORMULA_ROW = "share_mentees_10_19"


def org(name, slug, curator, v, links):
    return dict(name=name, slug=slug, curator=curator, v=v, links=links)


S1 = org(
    "МОБУ «Средняя общеобразовательная школа № 1 г. Заречногорска»", "sosh1",
    "Мальцева Татьяна Викторовна, 8 (83345) 2-14-07",
    {
        "orgs_regulation_teachers": yes(),
        "orgs_regulation_students": yes(),
        "orgs_monitoring_order": yes("Да (приказ от 02.09.2024 № 112-о)"),
        "NC1": yes(),
        "internal_monitoring_notes": yes(),
        "curators_total": num(1),
        "mentors_total": unit(46),
        "mentees_total": unit(118),
        "agreements_edu_orgs": num(2),
        "partner_list": text("ФГБОУ ВО «Вятский государственный университет»; КОГПОБУ «Заречногорский педагогический колледж»; ООО «Заречный лесокомбинат»"),
        "pp_total": num(52),
        "pp_pupil_pupil": num(30),
        "pp_teacher_teacher": num(14),
        "students_10_19": num(540),
        "mentees_10_19": num(81),
        "mentees_risk": num(6),
        "mentees_disabled": num(4),
        "students_15_19": num(160),
        "mentors_15_19": num(24),
        "satisfaction_mentees": pct_str("92,4 %", 92.4),
        "satisfaction_mentors": pct_num(0.90),
        "young_specialists": num(9),
        "young_specialists_mentees": num(8),
        "teachers_mentors": num(22),
        "kpk_trained": unit(3),
        "school_methodical_associations": num(1),
        "NC2": yes(),
    },
    {"orgs_regulation_teachers": "https://sh1-zarechnogorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/prikaz-polozhenie-ped.pdf",
     "orgs_regulation_students": "https://sh1-zarechnogorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/prikaz-polozhenie-obuch.pdf",
     "orgs_monitoring_order": "https://sh1-zarechnogorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/prikaz-112-o.pdf",
     "internal_monitoring_notes": "https://sh1-zarechnogorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/spravka-2024.pdf",
     "mentors_total": "https://sh1-zarechnogorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/baza-nastavnikov.pdf",
     "mentees_total": "https://sh1-zarechnogorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/baza-nastavlyaemyh.pdf",
     "NC2": "https://sh1-zarechnogorsk.gosuslugi.ru/nastavnichestvo/"},
)

S2 = org(
    "МОБУ «Гимназия № 3 г. Заречногорска»", "gim3",
    "Кокорина Елена Анатольевна, 8 (83345) 2-30-51",
    {
        "orgs_regulation_teachers": yes(),
        "orgs_regulation_students": yes(),
        "orgs_monitoring_order": no(),
        "NC1": yes(),
        "internal_monitoring_notes": yes(),
        "curators_total": num(2),
        "mentors_total": num(40),
        "mentees_total": num(131),
        "agreements_edu_orgs": num(1),
        "partner_list": text("КОГОАУ ДПО «Институт развития образования Кировской области», МБУК «Заречногорская централизованная библиотечная система»"),
        "pp_total": num(47),
        "pp_pupil_pupil": num(35),
        "pp_teacher_teacher": num(9),
        "students_10_19": num(420),
        "mentees_10_19": num(105),
        "mentees_risk": num(2),
        "mentees_disabled": num(3),
        "students_15_19": num(130),
        "mentors_15_19": unit(18),
        "satisfaction_mentees": pct_num(0.88),
        "satisfaction_mentors": pct_str("91 %", 91),
        "young_specialists": num(7),
        "young_specialists_mentees": num(7),
        "teachers_mentors": num(19),
        "kpk_trained": num(5),
        "school_methodical_associations": num(2),
        "NC2": yes(),
    },
    {"orgs_regulation_teachers": "https://gimn3-zarechnogorsk.gosuslugi.ru/svedeniya/nastavnichestvo/polozhenie-ped.pdf",
     "orgs_regulation_students": "https://gimn3-zarechnogorsk.gosuslugi.ru/svedeniya/nastavnichestvo/polozhenie-obuch.pdf",
     "internal_monitoring_notes": "https://gimn3-zarechnogorsk.gosuslugi.ru/svedeniya/nastavnichestvo/spravka-monitoring-2024.pdf",
     "mentors_total": "https://gimn3-zarechnogorsk.gosuslugi.ru/svedeniya/nastavnichestvo/prikaz-baza.pdf",
     "NC2": "https://gimn3-zarechnogorsk.gosuslugi.ru/nastavnichestvo/"},
)

S3 = org(
    "МКОУ «Основная общеобразовательная школа с. Ключи» Заречногорского муниципального округа", "klyuchi",
    "Шиляева Ольга Петровна, 8 (83345) 4-41-12",
    {
        "orgs_regulation_teachers": yes("да"),
        "orgs_regulation_students": yes("да"),
        "orgs_monitoring_order": yes("да"),
        "NC1": no("нет"),
        "internal_monitoring_notes": no("нет"),
        "curators_total": num(1),
        "mentors_total": unit(9),
        "mentees_total": unit(14),
        "agreements_edu_orgs": num(1),
        "partner_list": text("СПК (колхоз) «Ключевской»"),
        "pp_total": num(11),
        "pp_pupil_pupil": num(6),
        "pp_teacher_teacher": num(2),
        "students_10_19": num(64),
        "mentees_10_19": num(8),
        "mentees_risk": num(1),
        "mentees_disabled": num(2),
        "students_15_19": num(9),
        "mentors_15_19": num(3),
        "satisfaction_mentees": pct_num(1.0),
        "satisfaction_mentors": pct_str("95%", 95),
        "young_specialists": num(1),
        "young_specialists_mentees": num(1),
        "teachers_mentors": num(4),
        "kpk_trained": num(0),
        "school_methodical_associations": num(0),
        "NC2": yes("да"),
    },
    {"orgs_regulation_teachers": "https://klyuchi-shkola.gosuslugi.ru/dokumenty/nastavnichestvo/",
     "orgs_regulation_students": "https://klyuchi-shkola.gosuslugi.ru/dokumenty/nastavnichestvo/",
     "orgs_monitoring_order": "https://klyuchi-shkola.gosuslugi.ru/dokumenty/nastavnichestvo/prikaz-monitoring.pdf",
     "NC2": "https://klyuchi-shkola.gosuslugi.ru/nastavnichestvo/"},
)

D4 = org(
    "МБУ ДО «Дом детского творчества «Радуга» г. Заречногорска", "ddt",
    "Вахрушева Наталья Сергеевна, 8 (83345) 2-07-88",
    {
        "orgs_regulation_teachers": yes(),
        "orgs_regulation_students": yes(),
        "orgs_monitoring_order": yes(),
        "NC1": yes(),
        "internal_monitoring_notes": yes(),
        "curators_total": num(1),
        "mentors_total": unit(21),
        "mentees_total": unit(170),
        "agreements_edu_orgs": num(3),
        "partner_list": text("МБУК «Заречногорский краеведческий музей»; АНО «Центр молодёжных инициатив «Вектор»; ГИБДД МО МВД России «Заречногорский»"),
        "pp_total": num(14),
        "pp_pupil_pupil": num(6),
        "pp_teacher_teacher": num(5),
        "students_10_19": num(780),
        "mentees_10_19": num(156),
        "mentees_risk": num(9),
        "mentees_disabled": num(7),
        "students_15_19": num(210),
        "mentors_15_19": num(12),
        "satisfaction_mentees": pct_str("96,5 %", 96.5),
        "satisfaction_mentors": pct_num(0.935),
        "young_specialists": num(4),
        "young_specialists_mentees": num(4),
        "teachers_mentors": num(9),
        "kpk_trained": num(2),
        "school_methodical_associations": num(1),
        "NC2": yes(),
    },
    {"orgs_regulation_teachers": "https://ddt-raduga43.ru/nastavnichestvo/docs/polozhenie-ped.pdf",
     "orgs_regulation_students": "https://ddt-raduga43.ru/nastavnichestvo/docs/polozhenie-obuch.pdf",
     "orgs_monitoring_order": "https://ddt-raduga43.ru/nastavnichestvo/docs/prikaz-monitoring-2024.pdf",
     "internal_monitoring_notes": "https://ddt-raduga43.ru/nastavnichestvo/docs/spravka-2024.pdf",
     "NC2": "https://ddt-raduga43.ru/nastavnichestvo/"},
)

S5 = org(
    "МОБУ «Средняя общеобразовательная школа № 5 с углублённым изучением отдельных предметов г. Заречногорска»", "sosh5",
    "Рычкова Ирина Михайловна, 8 (83345) 2-55-19",
    {
        "orgs_regulation_teachers": yes(),
        "orgs_regulation_students": yes(),
        "orgs_monitoring_order": yes(),
        "NC1": yes(),
        "internal_monitoring_notes": yes(),
        "curators_total": num(1),
        "mentors_total": unit(52),
        "mentees_total": unit(149),
        "agreements_edu_orgs": num(2),
        "partner_list": text("АО «Заречногорский машиностроительный завод»; КОГПОБУ «Заречногорский политехнический техникум»"),
        "pp_total": num(61),
        "pp_pupil_pupil": num(38),
        "pp_teacher_teacher": num(16),
        "students_10_19": num(610),
        "mentees_10_19": num(122),
        "mentees_risk": num(5),
        "mentees_disabled": num(6),
        "students_15_19": num(190),
        "mentors_15_19": num(28),
        "satisfaction_mentees": pct_str("89,7 %", 89.7),
        "satisfaction_mentors": pct_str("93,2 %", 93.2),
        "young_specialists": num(10),
        "young_specialists_mentees": num(9),
        "teachers_mentors": num(25),
        "kpk_trained": unit(4),
        "school_methodical_associations": num(1),
        "NC2": yes(),
    },
    {"orgs_regulation_teachers": "https://sh5-zarechnogorsk.gosuslugi.ru/nastavnichestvo/prikaz-polozhenie.pdf",
     "orgs_regulation_students": "https://sh5-zarechnogorsk.gosuslugi.ru/nastavnichestvo/prikaz-polozhenie.pdf",
     "orgs_monitoring_order": "https://sh5-zarechnogorsk.gosuslugi.ru/nastavnichestvo/prikaz-monitoring.pdf",
     "mentors_total": "https://sh5-zarechnogorsk.gosuslugi.ru/nastavnichestvo/baza-2024.pdf",
     "NC2": "https://sh5-zarechnogorsk.gosuslugi.ru/nastavnichestvo/"},
)
# the second copy of S5's form («Лист1 (2)»): two values changed
S5_SECOND_CHANGES = {
    "mentees_total": unit(153),
    "satisfaction_mentors": pct_str("94,0 %", 94.0),
}


def formats(wb):
    f = {}
    f["title"] = wb.add_format({"bold": True, "font_size": 12, "align": "center", "valign": "vcenter", "text_wrap": True})
    f["sub"] = wb.add_format({"italic": True, "align": "center"})
    f["label"] = wb.add_format({"bold": True, "align": "left", "valign": "vcenter"})
    f["hval"] = wb.add_format({"align": "left", "valign": "vcenter", "text_wrap": True, "bottom": 1})
    f["hyear"] = wb.add_format({"align": "left", "bottom": 1, "num_format": "0"})
    f["head"] = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "bg_color": "#D9E1F2"})
    f["sec"] = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    f["num_c"] = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    f["crit"] = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    f["val_text"] = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "align": "center"})
    f["val_num"] = wb.add_format({"border": 1, "valign": "top", "align": "center", "num_format": "0"})
    f["val_pct"] = wb.add_format({"border": 1, "valign": "top", "align": "center", "num_format": "0.0%"})
    f["val_pct0"] = wb.add_format({"border": 1, "valign": "top", "align": "center", "num_format": "0%"})
    f["link"] = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "font_color": "blue", "underline": 1})
    f["empty"] = wb.add_format({"border": 1})
    f["foot"] = wb.add_format({"italic": True})
    return f


def write_org_sheet(wb, f, sheet_name, o, values, cellmap):
    """Municipal template of the organisation form (same for every ОО)."""
    ws = wb.add_worksheet(sheet_name)
    ws.set_column("A:A", 6)
    ws.set_column("B:B", 70)
    ws.set_column("C:C", 22)
    ws.set_column("D:D", 48)
    ws.merge_range("A1:D1", "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся. Форма образовательной организации", f["title"])
    ws.set_row(0, 34)
    ws.merge_range("A2:D2", "Заречногорский муниципальный округ Кировской области", f["sub"])
    ws.merge_range("A3:B3", "Наименование образовательной организации:", f["label"])
    ws.merge_range("C3:D3", o["name"], f["hval"])
    ws.set_row(2, 32)
    ws.merge_range("A4:B4", "Отчётный год:", f["label"])
    ws.write_number("C4", YEAR, f["hyear"])
    ws.merge_range("A5:B5", "Куратор ЦМН в ОО (ФИО, телефон):", f["label"])
    ws.merge_range("C5:D5", o["curator"], f["hval"])
    hr = 6  # 0-based row 7
    for c, h in enumerate(["№ п/п", "Критерий", "Значение", "Ссылка на подтверждающий документ"]):
        ws.write(hr, c, h, f["head"])
    r = hr + 1
    rowof = {}
    for item in ORG_TEMPLATE:
        if item[0] == "sec":
            ws.merge_range(r, 0, r, 3, item[1], f["sec"])
            r += 1
            continue
        _, numtxt, cid, wording = item
        ws.write_string(r, 0, numtxt, f["num_c"])
        ws.write_string(r, 1, wording, f["crit"])
        rowof[cid] = r
        if cid == FORMULA_ROW:
            mr, sr = rowof["mentees_10_19"] + 1, rowof["students_10_19"] + 1
            ratio = values["mentees_10_19"][0] / values["students_10_19"][0]
            ws.write_formula(r, 2, f"=IF(C{sr}=0,0,C{mr}/C{sr})", f["val_pct"], ratio)
            exp = round(ratio * 100, 4)
        else:
            written, exp, style = values[cid]
            if style == "num":
                ws.write_number(r, 2, written, f["val_num"])
            elif style == "pct":
                ws.write_number(r, 2, written, f["val_pct0"])
            else:
                ws.write_string(r, 2, written, f["val_text"])
        link = o["links"].get(cid)
        if link:
            ws.write_url(r, 3, link, f["link"], link)
        else:
            ws.write_blank(r, 3, None, f["empty"])
        cellmap[cid] = {"cell": f"C{r + 1}", "expected": exp, "text_cell": f"B{r + 1}", "text": wording}
        r += 1
    r += 1
    ws.write(r, 1, "Руководитель ОО ____________________ / подпись /", f["foot"])
    ws.write(r + 1, 1, "Дата заполнения: 28.10.2024", f["foot"])
    return ws


def org_expected(cellmap):
    vals = {k: v["expected"] for k, v in cellmap.items() if not k.startswith("NC")}
    nc = [v["text"] for k, v in cellmap.items() if k.startswith("NC")]
    return vals, nc


entries = []
cellmaps = {}


def add_org_file(fname, o):
    path = os.path.join(TYPED, fname)
    wb = xlsxwriter.Workbook(path)
    f = formats(wb)
    cm = {}
    write_org_sheet(wb, f, "Лист1", o, o["v"], cm)
    wb.close()
    vals, nc = org_expected(cm)
    entries.append({"file": f"typed/{fname}", "year": YEAR, "kind": "organisation",
                    "organisation": o["name"], "values": vals, "not_criteria": nc})
    cellmaps[f"typed/{fname}"] = {"sheet": "Лист1", "organisation_cell": "C3", "cells": cm}


add_org_file("СОШ1_ЦМН_2024.xlsx", S1)
add_org_file("Гимназия3_мониторинг наставничества.xlsx", S2)
add_org_file("ООШ с. Ключи - наставничество 2024.xlsx", S3)
add_org_file("ДДТ Радуга_форма ЦМН.xlsx", D4)

# ------------------------------------------------------------ duplicate file
fname = "СОШ5_форма_наставничество.xlsx"
wb = xlsxwriter.Workbook(os.path.join(TYPED, fname))
f = formats(wb)
cm1, cm2 = {}, {}
write_org_sheet(wb, f, "Лист1", S5, S5["v"], cm1)
v2 = dict(S5["v"])
v2.update(S5_SECOND_CHANGES)
write_org_sheet(wb, f, "Лист1 (2)", S5, v2, cm2)
wb.close()
vals, nc = org_expected(cm1)
entries.append({"file": f"typed/{fname}", "year": YEAR, "kind": "duplicate",
                "organisation": S5["name"], "values": vals, "not_criteria": nc})
cellmaps[f"typed/{fname}"] = {"sheet": "Лист1", "organisation_cell": "C3", "cells": cm1,
                              "second_sheet": "Лист1 (2)",
                              "second_sheet_changes": {k: {"cell": cm2[k]["cell"], "expected": cm2[k]["expected"]}
                                                       for k in S5_SECOND_CHANGES}}

# ------------------------------------------------------------ municipal form
# own layout: №, показатель, ед. изм., значение за 2024 г., подтверждение
MUNI_ROWS = [
    ("1", "municipal_order",
     "Приказ Управления образования о реализации целевой модели наставничества на территории округа (1 – есть, 0 – нет)",
     "1/0", num(1),
     "https://obr-zarechnogorsk.ru/documents/prikaz-247-ot-29-08-2022-o-tsmn.pdf"),
    ("2", "municipal_analytic_note",
     "Подготовлена информационно-аналитическая справка УО по итогам мониторинга ЦМН за отчётный год (1 – да, 0 – нет)",
     "1/0", num(1),
     "https://obr-zarechnogorsk.ru/nastavnichestvo/spravka-monitoring-2024.pdf"),
    ("3", "orgs_total",
     "Всего образовательных организаций, подведомственных Управлению образования",
     "ед.", num(21), None),
    ("4", "orgs_regulation_teachers",
     "Число ОО, утвердивших положение о системе наставничества педагогических работников",
     "ед.", num(21), None),
    ("5", "orgs_regulation_students",
     "Число ОО, утвердивших положение о системе наставничества обучающихся",
     "ед.", num(20), None),
    ("6", "NC1",
     "Муниципальный план мероприятий (дорожная карта) по внедрению ЦМН на 2024 год утверждён (1 – да, 0 – нет)",
     "1/0", num(1),
     "https://obr-zarechnogorsk.ru/nastavnichestvo/dorozhnaya-karta-2024.pdf"),
    ("7", "mentors_total",
     "Наставники, включённые в муниципальную базу наставников (сводно по приказам ОО)",
     "чел.", unit(318), "https://obr-zarechnogorsk.ru/nastavnichestvo/baza-nastavnikov-2024.xlsx"),
    ("8", "municipal_methodical_associations",
     "Муниципальные (районные) методические объединения и сообщества наставников",
     "ед.", num(2), None),
    ("9", "best_practices",
     "Лучшие практики наставничества, опубликованные в 2024 году на информационных ресурсах округа",
     "ед.", num(7), "https://obr-zarechnogorsk.ru/nastavnichestvo/luchshie-praktiki/"),
    ("10", "contests",
     "Профессиональные конкурсы по наставничеству, организованные и проведённые в округе в 2024 году",
     "ед.", ("1 (конкурс «Наставник года – 2024»)", 1, "text"), None),
    ("11", "network_community",
     "Сетевое сообщество педагогов-наставников округа создано (да/нет)",
     "да/нет", yes("да"), "https://vk.com/nastavniki_zarechnogorsk"),
    ("12", "network_mentors",
     "Численность сетевых наставников",
     "чел.", num(9), None),
    ("13", "teachers_municipal",
     "Педагогические работники ОО округа, всего",
     "чел.", num(812), None),
    ("14", "young_specialists_municipal",
     "Молодые специалисты ОО округа (до 35 лет, в первые три года работы), всего",
     "чел.", num(64), None),
    ("15", "NC2",
     "Проведено муниципальных семинаров (вебинаров) для кураторов ЦМН",
     "ед.", num(4), None),
]

fname = "УО Заречногорский МО_муниципальный уровень_2024.xlsx"
wb = xlsxwriter.Workbook(os.path.join(TYPED, fname))
f = formats(wb)
ws = wb.add_worksheet("Муниципальный уровень")
ws.set_column("A:A", 5)
ws.set_column("B:B", 72)
ws.set_column("C:C", 9)
ws.set_column("D:D", 20)
ws.set_column("E:E", 50)
ws.merge_range("A1:E1", MUNI_BODY, f["title"])
ws.merge_range("A2:E2", "Сведения муниципального уровня для регионального мониторинга реализации целевой модели наставничества педагогических работников и обучающихся", f["sub"])
ws.set_row(1, 30)
ws.merge_range("A3:E3", "Отчётный период: январь – декабрь 2024 г.", f["sub"])
ws.write_string("A4", "Исполнитель: Сунцова Марина Геннадьевна, главный специалист УО, 8 (83345) 2-11-93")
hdr = ["№", "Показатель", "Ед. изм.", "Значение за 2024 г.", "Подтверждающий документ / примечание"]
for c, h in enumerate(hdr):
    ws.write(5, c, h, f["head"])
cm = {}
r = 6
for numtxt, cid, wording, u, (written, exp, style), link in MUNI_ROWS:
    ws.write_string(r, 0, numtxt, f["num_c"])
    ws.write_string(r, 1, wording, f["crit"])
    ws.write_string(r, 2, u, f["num_c"])
    if style == "num":
        ws.write_number(r, 3, written, f["val_num"])
    else:
        ws.write_string(r, 3, written, f["val_text"])
    if link:
        ws.write_url(r, 4, link, f["link"], link)
    else:
        ws.write_blank(r, 4, None, f["empty"])
    cm[cid] = {"cell": f"D{r + 1}", "expected": exp, "text_cell": f"B{r + 1}", "text": wording}
    r += 1
ws.write(r + 1, 1, "Начальник Управления образования ______________ А.В. Бушмакин", f["foot"])
wb.close()
vals, nc = org_expected(cm)
entries.append({"file": f"typed/{fname}", "year": YEAR, "kind": "municipal",
                "organisation": MUNI_BODY, "values": vals, "not_criteria": nc})
cellmaps[f"typed/{fname}"] = {"sheet": "Муниципальный уровень", "organisation_cell": "A1", "cells": cm}

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(entries, fh, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "cellmap.json"), "w", encoding="utf-8") as fh:
    json.dump(cellmaps, fh, ensure_ascii=False, indent=1)
print(f"wrote {len(entries)} files")
for e in entries:
    print(f"  {e['kind']:12s} {len(e['values']):3d} criteria  {len(e['not_criteria'])} non-criteria  {e['file']}")
