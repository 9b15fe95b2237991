#!/usr/bin/env python3
"""Held-out set 23: the folder a municipal methodologist of the (invented) town Lesnogorsk collects for 2024.

Writes typed/*.xlsx, expected.json and cells.json (cell addresses for selfcheck.py).
Deterministic: no randomness.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"

MUNI = "Управление образования Администрации города Лесногорска"
TOWN = "город Лесногорск"

# ---------------------------------------------------------------- catalogue
with open(CRITERIA, encoding="utf-8") as f:
    CAT = list(csv.DictReader(f, delimiter="\t"))
CAT_IDS = {r["id"] for r in CAT}


def norm(s):
    s = str(s).lower().replace("ё", "е")
    s = re.sub(r"[\s\u00a0]+", " ", s)
    return s.strip(" .:;")


CAT_WORDINGS = set()
for r in CAT:
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k].strip():
            CAT_WORDINGS.add(norm(r[k]))

ALL_TITLES = []  # every row / column title written, checked at the end


def title(t):
    ALL_TITLES.append(t)
    return t


thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def box(c):
    c.border = BORDER
    c.alignment = WRAP


# ======================================================== organisations' data
# The regional template of the organisation's form (same for all four forms).
# (section title, [(number, criterion id or None, row title), ...])
TEMPLATE = [
    ("Нормативное обеспечение реализации ЦМН в ОО", [
        ("1.1", "orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педработников в ОО (да/нет)"),
        ("1.2", "orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся в ОО (да/нет)"),
        ("1.3", "orgs_monitoring_order", "Приказ ОО о проведении мониторинга реализации ЦМН (да/нет)"),
        ("1.4", None, "Дорожная карта внедрения ЦМН в ОО (да/нет)"),
        ("1.5", "internal_monitoring_notes", "Справка ОО по итогам внутреннего мониторинга (да/нет)"),
    ]),
    ("Организация процесса наставничества", [
        ("2.1", "curators_total", "Кураторы внедрения ЦМН в ОО, чел."),
        ("2.2", "agreements_edu_orgs", "Соглашения с другими ОО о предоставлении наставников, шт."),
        ("2.3", "agreements_enterprises", "Соглашения с предприятиями о предоставлении наставников, шт."),
        ("2.4", "agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности), шт."),
        ("2.5", "partner_list", "Перечень предприятий и организаций — партнёров ОО по наставничеству"),
        ("2.6", "mentors_total", "Наставники ОО по приказу, чел."),
        ("2.7", "mentees_total", "Наставляемые ОО по приказу, чел."),
    ]),
    ("Персонализированные программы наставничества (ППН)", [
        ("3.1", "pp_total", "ППН, всего"),
        ("3.2", "pp_pupil_pupil", "в т.ч. «ученик – ученик»"),
        ("3.3", "pp_teacher_teacher", "в т.ч. «учитель – учитель» («педагог – педагог»)"),
        ("3.4", "pp_student_student", "в т.ч. «студент – студент»"),
        ("3.5", "pp_head_teacher", "в т.ч. «руководитель – педагог»"),
        ("3.6", "pp_student_pupil", "в т.ч. «студент – ученик»"),
        ("3.7", "pp_teacher_pupil", "в т.ч. «учитель – ученик»"),
        ("3.8", "pp_other", "в т.ч. иные формы (какие — в примечании)"),
    ]),
    ("Внешние наставники (предприятия, организации)", [
        ("4.1", "external_edu_mentors", "Наставники из других образовательных организаций (по приказу), чел."),
        ("4.2", "other_org_mentors", "Наставники из иных организаций, чел."),
        ("4.3", "enterprise_mentors", "Наставники — сотрудники предприятий, чел."),
    ]),
    ("Обучающиеся 10–19 лет в роли наставляемых", [
        ("5.1", "students_10_19", "Обучающиеся в возрасте 10–19 лет, всего"),
        ("5.2", "mentees_10_19", "из них вошли в программы наставничества как наставляемые"),
        ("5.3", "mentees_risk", "в т.ч. «группа риска»"),
        ("5.4", "mentees_gifted", "в т.ч. одарённые дети (внесённые в реестры)"),
        ("5.5", "mentees_disabled", "в т.ч. дети с ОВЗ и дети-инвалиды"),
        ("5.6", "mentees_low_motivation", "в т.ч. низкая учебная мотивация, неуспеваемость"),
        ("5.7", "mentees_career", "в т.ч. затруднения в выборе профессии / образовательной траектории"),
        ("5.8", "mentees_other_params", "в т.ч. по иным основаниям"),
    ]),
    ("Обучающиеся 15–19 лет в роли наставников", [
        ("6.1", "students_15_19", "Обучающиеся 15–19 лет в ОО, всего"),
        ("6.2", "mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу)"),
    ]),
    ("Удовлетворённость участием в программах", [
        ("7.1", "satisfaction_mentees", "Удовлетворённость наставляемых завершёнными программами, %"),
        ("7.2", "satisfaction_mentors", "Удовлетворённость наставников завершёнными программами, %"),
    ]),
    ("Педагоги в роли наставляемых", [
        ("8.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего"),
        ("8.2", "young_specialists_mentees", "Молодые специалисты — наставляемые"),
        ("8.3", "teachers_other", "Педагоги (кроме молодых специалистов), всего"),
        ("8.4", "teachers_other_mentees", "Педагоги (кроме молодых специалистов) — наставляемые"),
    ]),
    ("Непрерывное профессиональное развитие педагогов", [
        ("9.1", "teachers_in_pp", "Педагоги — участники утверждённых ППН, чел."),
        ("9.2", "kpk_trained", "Педагоги, прошедшие КПК по наставничеству в 2024 г., чел."),
        ("9.3", "school_methodical_associations", "ШМО (объединения) наставников в ОО, ед."),
    ]),
    ("Педагоги в роли наставников", [
        ("10.1", "teachers_mentors", "Педагоги-наставники, чел."),
        ("10.2", "young_specialists_mentors", "Молодые специалисты в роли наставника, чел."),
    ]),
    ("Стимулирование наставничества", [
        ("11.1", "pay_acts", "Локальные акты об оплате (материальном стимулировании) наставничества, ед."),
        ("11.2", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, ед."),
    ]),
]

# values per organisation (None = left empty in the form)
LICEY = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, _roadmap=1,
    internal_monitoring_notes=1, curators_total=2, agreements_edu_orgs=2, agreements_enterprises=3,
    agreements_other_orgs=1,
    partner_list="АО «Лесногорский механический завод»; ООО «ТехноСфера»; ПАО «Ростелеком»; "
                 "ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Лесногорский политехнический "
                 "техникум»; МБУК «Лесногорская городская библиотека»",
    mentors_total=176, mentees_total=342,
    pp_total=171, pp_pupil_pupil=64, pp_teacher_teacher=22, pp_student_student=0, pp_head_teacher=6,
    pp_student_pupil=12, pp_teacher_pupil=58, pp_other=9,
    external_edu_mentors=12, other_org_mentors=2, enterprise_mentors=7,
    students_10_19=1012, mentees_10_19=286, mentees_risk=18, mentees_gifted=74, mentees_disabled=9,
    mentees_low_motivation=41, mentees_career=97, mentees_other_params=47,
    students_15_19=318, mentors_15_19=71, satisfaction_mentees=91.4, satisfaction_mentors=88.7,
    young_specialists=14, young_specialists_mentees=13, teachers_other=97, teachers_other_mentees=9,
    teachers_in_pp=52, kpk_trained=11, school_methodical_associations=2, teachers_mentors=48,
    young_specialists_mentors=3, pay_acts=1, nonmaterial_acts=2,
)
SOSH2 = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, _roadmap=1,
    internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=1, agreements_enterprises=0,
    agreements_other_orgs=1,
    partner_list="МБУ ДО «Дом детского творчества»; МБУК «Лесногорская городская библиотека»",
    mentors_total=58, mentees_total=94,
    pp_total=52, pp_pupil_pupil=21, pp_teacher_teacher=9, pp_student_student=0, pp_head_teacher=2,
    pp_student_pupil=0, pp_teacher_pupil=18, pp_other=2,
    external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=0,
    students_10_19=402, mentees_10_19=78, mentees_risk=11, mentees_gifted=15, mentees_disabled=6,
    mentees_low_motivation=19, mentees_career=22, mentees_other_params=5,
    students_15_19=96, mentors_15_19=21, satisfaction_mentees=86, satisfaction_mentors=84,
    young_specialists=5, young_specialists_mentees=5, teachers_other=38, teachers_other_mentees=4,
    teachers_in_pp=22, kpk_trained=3, school_methodical_associations=1, teachers_mentors=14,
    young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=1,
)
SOSH4 = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0, _roadmap=1,
    internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=0, agreements_enterprises=1,
    agreements_other_orgs=0,
    partner_list="ООО «ЛесПромСервис»",
    mentors_total=34, mentees_total=51,
    pp_total=31, pp_pupil_pupil=12, pp_teacher_teacher=6, pp_student_student=None, pp_head_teacher=1,
    pp_student_pupil=None, pp_teacher_pupil=10, pp_other=2,
    external_edu_mentors=0, other_org_mentors=0, enterprise_mentors=2,
    students_10_19=268, mentees_10_19=44, mentees_risk=7, mentees_gifted=6, mentees_disabled=4,
    mentees_low_motivation=12, mentees_career=10, mentees_other_params=5,
    students_15_19=52, mentors_15_19=12, satisfaction_mentees=89, satisfaction_mentors=92,
    young_specialists=3, young_specialists_mentees=3, teachers_other=27, teachers_other_mentees=4,
    teachers_in_pp=14, kpk_trained=2, school_methodical_associations=0, teachers_mentors=9,
    young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=1,
)
DDT = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, _roadmap=None,
    internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=3, agreements_enterprises=0,
    agreements_other_orgs=1,
    partner_list="МАОУ «Лицей № 1», МБОУ СОШ № 2, МБОУ «СОШ № 5»; МБУК «Лесногорский краеведческий музей»",
    mentors_total=26, mentees_total=40,
    pp_total=18, pp_pupil_pupil=8, pp_teacher_teacher=4, pp_student_student=None, pp_head_teacher=1,
    pp_student_pupil=None, pp_teacher_pupil=5, pp_other=None,
    external_edu_mentors=3, other_org_mentors=1, enterprise_mentors=None,
    students_10_19=640, mentees_10_19=29, mentees_risk=3, mentees_gifted=14, mentees_disabled=2,
    mentees_low_motivation=None, mentees_career=6, mentees_other_params=4,
    students_15_19=118, mentors_15_19=8, satisfaction_mentees=94, satisfaction_mentors=90,
    young_specialists=2, young_specialists_mentees=2, teachers_other=31, teachers_other_mentees=3,
    teachers_in_pp=10, kpk_trained=1, school_methodical_associations=1, teachers_mentors=12,
    young_specialists_mentors=None, pay_acts=None, nonmaterial_acts=1,
)


def check_org(d, name):
    """internal consistency of one organisation's figures"""
    g = lambda k: d.get(k) or 0
    pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
          "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    assert sum(g(k) for k in pp) == d["pp_total"], name
    sub = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
           "mentees_career", "mentees_other_params"]
    assert sum(g(k) for k in sub) == d["mentees_10_19"], name
    assert d["mentees_10_19"] <= d["students_10_19"]
    assert d["students_15_19"] <= d["students_10_19"]
    assert d["mentors_15_19"] <= d["students_15_19"]
    assert g("young_specialists_mentees") <= g("young_specialists")
    assert g("teachers_other_mentees") <= g("teachers_other")
    assert g("teachers_mentors") <= g("teachers_other") + g("young_specialists")
    assert g("young_specialists_mentors") <= g("young_specialists")
    assert d["mentees_total"] >= d["mentees_10_19"] + g("young_specialists_mentees") + g("teachers_other_mentees")
    assert d["mentors_total"] >= (g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors")
                                  + g("other_org_mentors") + g("enterprise_mentors"))
    assert g("teachers_in_pp") <= g("teachers_other") + g("young_specialists")


for _d, _n in ((LICEY, "licey"), (SOSH2, "sosh2"), (SOSH4, "sosh4"), (DDT, "ddt")):
    check_org(_d, _n)

# the four organisations of the svod that sent no separate form in this folder
OTHERS = {
    "СОШ3": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                 curators_total=1, mentors_total=41, students_10_19=315, mentees_10_19=52),
    "СОШ5": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                 curators_total=1, mentors_total=47, students_10_19=380, mentees_10_19=58),
    "ООШ7": dict(orgs_regulation_teachers=1, orgs_regulation_students=0, orgs_monitoring_order=0,
                 curators_total=1, mentors_total=9, students_10_19=96, mentees_10_19=8),
    "ДЮСШ": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                 curators_total=1, mentors_total=15, students_10_19=410, mentees_10_19=14),
}

# links (document that proves the row) per organisation
L_SITE = "https://licey1-lesnogorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/"
LICEY_LINKS = {
    "orgs_regulation_teachers": L_SITE + "prikaz_112-o_ot_29.08.2024.pdf",
    "orgs_regulation_students": L_SITE + "prikaz_112-o_ot_29.08.2024.pdf",
    "orgs_monitoring_order": L_SITE + "prikaz_241-o_monitoring_2024.pdf",
    "internal_monitoring_notes": L_SITE + "spravka_vnutr_monitoring_2024.pdf",
    "curators_total": L_SITE + "prikaz_113-o_kuratory.pdf",
    "agreements_edu_orgs": L_SITE + "soglasheniya_2024.pdf",
    "agreements_enterprises": L_SITE + "soglasheniya_2024.pdf",
    "agreements_other_orgs": L_SITE + "soglasheniya_2024.pdf",
    "mentors_total": L_SITE + "prikaz_127-o_pary_2024.pdf",
    "mentees_total": L_SITE + "prikaz_127-o_pary_2024.pdf",
    "pp_total": L_SITE + "ppn_2024.zip",
    "mentees_10_19": L_SITE + "baza_nastavlyaemyh_2024.xlsx",
    "mentors_15_19": L_SITE + "baza_nastavnikov_2024.xlsx",
    "satisfaction_mentees": L_SITE + "anketirovanie_2024.pdf",
    "satisfaction_mentors": L_SITE + "anketirovanie_2024.pdf",
    "kpk_trained": L_SITE + "kpk_nastavnichestvo_2024.pdf",
    "pay_acts": "https://licey1-lesnogorsk.gosuslugi.ru/ofitsialno/dokumenty/polozhenie_o_stimuliruyuschih_vyplatah.pdf",
}
S2 = "https://sh2-lesnogorsk.gosuslugi.ru/netcat_files/nastavnichestvo/2024/"
# SOSH 2 gives hyperlinks whose display text is the order's requisites
SOSH2_LINKS = {
    "orgs_regulation_teachers": ("Приказ № 87 от 30.08.2024", S2 + "prikaz_87.pdf"),
    "orgs_regulation_students": ("Приказ № 87 от 30.08.2024", S2 + "prikaz_87.pdf"),
    "orgs_monitoring_order": ("Приказ № 143 от 01.10.2024", S2 + "prikaz_143_monitoring.pdf"),
    "internal_monitoring_notes": ("Справка от 25.10.2024", S2 + "spravka_monitoring_2024.pdf"),
    "mentors_total": ("Приказ № 91 от 02.09.2024", S2 + "prikaz_91_pary.pdf"),
    "mentees_total": ("Приказ № 91 от 02.09.2024", S2 + "prikaz_91_pary.pdf"),
    "pp_total": ("Программы (папка)", S2 + "ppn/"),
    "mentors_15_19": ("Приказ № 91 от 02.09.2024", S2 + "prikaz_91_pary.pdf"),
    "nonmaterial_acts": ("Положение о поощрении", S2 + "polozhenie_pooshrenie.pdf"),
}
S4 = "https://shkola4lesnogorsk.ru/sveden/nastavnichestvo/"
SOSH4_LINKS = {
    "orgs_regulation_teachers": S4 + "pr_54_2024.pdf",
    "orgs_regulation_students": S4 + "pr_54_2024.pdf",
    "internal_monitoring_notes": S4 + "spravka_2024.docx",
    "agreements_enterprises": S4 + "dogovor_lesprom.pdf",
    "mentors_total": S4 + "pr_60_nastavniki.pdf",
    "mentees_total": S4 + "pr_60_nastavniki.pdf",
    "enterprise_mentors": S4 + "pr_60_nastavniki.pdf",
}
D = "https://ddt-lesnogorsk.ru/documents/cmn/"
DDT_LINKS = {
    "orgs_regulation_teachers": D + "polozhenie_ped.pdf",
    "orgs_regulation_students": D + "polozhenie_obuch.pdf",
    "orgs_monitoring_order": D + "prikaz_monitoring_2024.pdf",
    "internal_monitoring_notes": D + "spravka_2024.pdf",
    "agreements_edu_orgs": D + "soglasheniya.pdf",
    "agreements_other_orgs": D + "soglashenie_muzey.pdf",
    "mentors_total": D + "prikaz_nastavniki_2024.pdf",
    "mentees_total": D + "prikaz_nastavniki_2024.pdf",
    "external_edu_mentors": D + "prikaz_nastavniki_2024.pdf",
}

YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
         "internal_monitoring_notes", "_roadmap"}

expected = []
cells = []


def write_org_form(fname, org_name, data, links, style, header_rows, extra_rows=(), sig=None, notes=None,
                   extra_header=()):
    """style: 'num' (1/0, numbers), 'dakeyword' (да/нет, satisfaction as 0.86 with % format),
    'Da' (Да/Нет, satisfaction as text '89%')"""
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма ОО"
    widths = {"A": 7, "B": 28, "C": 58, "D": 14, "E": 48, "F": 28}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 1
    for text in header_rows:
        ws.cell(r, 1, text).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
    ws.cell(r, 1, "Мониторинг целевой модели наставничества педагогических работников и обучающихся").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    ws.cell(r, 1, "Отчётная форма образовательной организации за 2024 год")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 2
    ws.cell(r, 1, "Муниципалитет:")
    ws.cell(r, 3, TOWN)
    r += 1
    ws.cell(r, 1, "Наименование ОО:")
    ws.cell(r, 3, org_name)
    name_cell = f"C{r}"
    r += 1
    ws.cell(r, 1, "Куратор ЦМН (ФИО, должность):")
    ws.cell(r, 3, data["_curator"])
    r += 1
    extra_titles = []
    for lab, val in extra_header:
        ws.cell(r, 1, title(lab))
        ws.cell(r, 3, val)
        extra_titles.append(lab)
        r += 1
    r += 1
    for j, h in enumerate(["№ п/п", "Показатель", "Критерий", "Значение",
                           "Ссылка на подтверждающий документ", "Примечание"], 1):
        c = ws.cell(r, j, h)
        c.font = BOLD
        box(c)
    r += 1
    vals, lnks, vcells, lcells, notc, heads = {}, {}, {}, {}, list(extra_titles), []
    rows = []
    for sec_no, (sec, items) in enumerate(TEMPLATE, 1):
        items = list(items)
        if sec_no == 1:
            items = list(extra_rows) + items
        rows.append((sec_no, sec, items))
    for sec_no, sec, items in rows:
        heads.append(title(sec))
        first = r
        for num, cid, t in items:
            title(t)
            ws.cell(r, 1, num)
            ws.cell(r, 3, t)
            key = cid if cid else ("_roadmap" if t.startswith("Дорожная карта") else "_extra")
            if cid is None:
                notc.append(t)
            v = data.get(key)
            if key == "_extra":
                v = 1
            cell = ws.cell(r, 4)
            if v is not None:
                if key in YESNO or key == "_extra":
                    if style == "num":
                        cell.value = v
                    elif style == "dakeyword":
                        cell.value = "да" if v else "нет"
                    else:
                        cell.value = "Да" if v else "Нет"
                elif cid in ("satisfaction_mentees", "satisfaction_mentors") and style == "dakeyword":
                    cell.value = v / 100
                    cell.number_format = "0%"
                elif cid in ("satisfaction_mentees", "satisfaction_mentors") and style == "Da":
                    cell.value = f"{v:g}%"
                else:
                    cell.value = v
                if cid:
                    vals[cid] = v
                    vcells[cid] = cell.coordinate
            if cid and cid in links:
                lk = links[cid]
                lc = ws.cell(r, 5)
                if isinstance(lk, tuple):
                    lc.value = lk[0]
                    lc.hyperlink = lk[1]
                    lc.style = "Hyperlink"
                    lnks[cid] = lk[1]
                else:
                    lc.value = lk
                    lnks[cid] = lk
                lcells[cid] = lc.coordinate
            if notes and cid in notes:
                ws.cell(r, 6, notes[cid])
            for j in range(1, 7):
                box(ws.cell(r, j))
            r += 1
        ws.cell(first, 2, sec)
        ws.cell(first, 1).value = ws.cell(first, 1).value  # keep
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        # section number in front of the first sub-number is enough (1.1, 1.2 ...)
    r += 1
    if sig:
        for line in sig:
            ws.cell(r, 1, line)
            r += 1
    path = os.path.join(TYPED, fname)
    wb.save(path)
    entry = {"file": "typed/" + fname, "year": 2024, "organisation": org_name,
             "values": vals, "links": lnks, "not_criteria": notc, "headings": heads}
    cell_entry = {"file": "typed/" + fname, "sheet": ws.title, "name_cell": name_cell,
                  "values": vcells, "links": lcells}
    return entry, cell_entry


def libre_resave(path):
    """re-save a workbook through LibreOffice (new styles, cached formula values)"""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "src")
    os.makedirs(src)
    base = os.path.basename(path)
    shutil.copy(path, os.path.join(src, base))
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out,
                    os.path.join(src, base)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(out, base), path)
    shutil.rmtree(tmp)


# ====================================================== 01 municipal letter
def write_municipal():
    fname = "01_UO_Lesnogorsk_informaciya_CMN_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Информация УО"
    for k, v in {"A": 6, "B": 62, "C": 14, "D": 14, "E": 46}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "АДМИНИСТРАЦИЯ ГОРОДА ЛЕСНОГОРСКА"
    ws["A2"] = "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"
    ws["A3"] = "427950, Удмуртская Республика, г. Лесногорск, ул. Советская, д. 14, тел. (34145) 4-12-30"
    ws["A4"] = "Исх. № 01-17/1184 от 08.11.2024"
    for a in ("A1", "A2"):
        ws[a].font = BOLD
    ws["D4"] = "Директору АОУ ДПО УР «Институт развития образования»"
    ws["D5"] = "Е.А. Коротаевой"
    ws["A7"] = ("Информация Управления образования Администрации города Лесногорска "
                "о реализации целевой модели наставничества в 2024 году")
    ws["A7"].font = BOLD
    ws.merge_cells("A7:E7")
    ws["A8"] = ("Управление образования Администрации города Лесногорска направляет сведения муниципального "
                "уровня о реализации Региональной целевой модели наставничества за 2024 год. Сведения по "
                "подведомственным образовательным организациям (8 ОО: 6 общеобразовательных, 2 организации "
                "дополнительного образования) направлены отдельным файлом («Свод по ОО»).")
    ws.merge_cells("A8:E8")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 60
    r = 10
    for j, h in enumerate(["№", "Показатель (муниципальный уровень)", "2023 г. (справочно)", "2024 г.",
                           "Подтверждающий документ"], 1):
        c = ws.cell(r, j, h)
        c.font = BOLD
        box(c)
    r += 1
    UO = "https://uo-lesnogorsk.ru/documents/nastavnichestvo/"
    # (num, cid, title, v2023, v2024, link(display, url) or url or None)
    table = [
        ("I. Нормативное обеспечение", None),
        (("1", "municipal_order", "Приказ УО о реализации ЦМН в городе Лесногорске (1 – да, 0 – нет)", 1, 1,
          ("Приказ УО № 214 от 01.09.2022", UO + "prikaz_214_2022.pdf")),),
        (("2", "orgs_regulation_teachers", "Число ОО, утвердивших Положение о наставничестве педагогов", 8, 8,
          None),),
        (("3", "orgs_regulation_students", "Число ОО, утвердивших Положение о наставничестве обучающихся", 7, 7,
          None),),
        (("4", "orgs_monitoring_order", "Число ОО, издавших приказ о мониторинге ЦМН", 5, 6, None),),
        (("5", "municipal_analytic_note", "Аналитическая справка УО по итогам мониторинга (1 – да, 0 – нет)", 1, 1,
          ("Справка от 06.11.2024", UO + "spravka_monitoring_2024.pdf")),),
        ("II. Организация процесса", None),
        (("6", "orgs_total", "ОО, подведомственные УО (всего), ед.", 9, 8, None),),
        (("7", "share_orgs_teachers_system", "Доля ОО с системой наставничества педагогов, %", 88.9, 100, None),),
        (("8", "share_orgs_students_system", "Доля ОО с системой наставничества обучающихся, %", 77.8, 87.5, None),),
        (("9", "curators_total", "Кураторы ЦМН в ОО (всего по городу), чел.", 10, 9, None),),
        (("10", None, "Муниципальный координатор ЦМН", "МБУ «ИМЦ»", "МБУ «ИМЦ»",
          UO + "prikaz_215_koordinator.pdf"),),
        ("III. Методическое и информационное сопровождение", None),
        (("11", "municipal_methodical_associations", "Городские методические объединения (сообщества) наставников, ед.",
          1, 2, ("Приказ УО № 301 от 12.09.2024", UO + "prikaz_301_gmo.pdf")),),
        (("12", None, "Семинары и совещания для кураторов ЦМН, проведённые УО / ИМЦ, ед.", 2, 3, None),),
        (("13", "best_practices", "Практики наставничества, размещённые на сайте УО / Сообщества педагогов УР в 2024 г., ед.",
          2, 3, UO + "praktiki/"),),
        (("14", "contests", "Муниципальные конкурсы профмастерства по наставничеству в 2024 г., ед.", 1, 1,
          ("Приказ УО № 96 от 14.02.2024", UO + "prikaz_96_konkurs.pdf")),),
        (("15", "network_community", "Сетевое сообщество педагогов-наставников (1 – есть, 0 – нет)", 0, 1,
          UO + "prikaz_322_setevoe.pdf"),),
        (("16", "network_mentors", "Сетевые наставники (по приказу МОиН УР № 15/09), чел.", 0, 4, None),),
    ]
    vals, lnks, vcells, lcells, notc, heads = {}, {}, {}, {}, [], []
    for row in table:
        if len(row) == 2 and isinstance(row[0], str):
            heads.append(title(row[0]))
            c = ws.cell(r, 1, row[0])
            c.font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            box(c)
            r += 1
            continue
        num, cid, t, v23, v24, lk = row[0]
        title(t)
        ws.cell(r, 1, num)
        ws.cell(r, 2, t)
        ws.cell(r, 3, v23)
        ws.cell(r, 4, v24)
        if lk:
            lc = ws.cell(r, 5)
            if isinstance(lk, tuple):
                lc.value = lk[0]
                lc.hyperlink = lk[1]
                lc.style = "Hyperlink"
                url = lk[1]
            else:
                lc.value = lk
                url = lk
            if cid:
                lnks[cid] = url
                lcells[cid] = lc.coordinate
        if cid:
            vals[cid] = v24
            vcells[cid] = f"D{r}"
        else:
            notc.append(t)
        for j in range(1, 6):
            box(ws.cell(r, j))
        r += 1
    r += 1
    ws.cell(r, 1, "Приложение: Свод по ОО (файл «06_Svod_po_OO_2024.xlsx»).")
    r += 2
    ws.cell(r, 1, "Начальник Управления образования")
    ws.cell(r, 4, "Т.В. Мерзлякова")
    r += 2
    ws.cell(r, 1, "Исп.: Чиркова Ольга Анатольевна, методист МБУ «ИМЦ», (34145) 4-15-72")
    wb.save(os.path.join(TYPED, fname))
    expected.append({"file": "typed/" + fname, "year": 2024, "organisation": None, "values": vals,
                     "links": lnks, "not_criteria": notc, "headings": heads})
    cells.append({"file": "typed/" + fname, "sheet": ws.title, "name_cell": None,
                  "values": vcells, "links": lcells})


# ====================================================== 06 svod
SVOD_ORGS = [  # (name as spelled in the svod, type, key)
    ("МАОУ «Лицей № 1»", "СОШ", "LICEY"),
    ("МБОУ «СОШ № 2»", "СОШ", "SOSH2"),
    ("МБОУ «СОШ № 3»", "СОШ", "СОШ3"),
    ("МБОУ «СОШ № 4»", "СОШ", "SOSH4"),
    ("МБОУ «СОШ № 5 с углублённым изучением отдельных предметов»", "СОШ", "СОШ5"),
    ("МБОУ «ООШ № 7»", "ООШ", "ООШ7"),
    ("МБУ ДО «Дом детского творчества»", "ДОП", "DDT"),
    ("МБУ ДО «ДЮСШ»", "ДОП", "ДЮСШ"),
]
SVOD_COLS = [  # (column letter, cid, title)
    ("D", "orgs_regulation_teachers", "Положение о наставничестве педагогов"),
    ("E", "orgs_regulation_students", "Положение о наставничестве обучающихся"),
    ("F", "orgs_monitoring_order", "Приказ о мониторинге ЦМН"),
    ("G", "curators_total", "Кураторы, чел."),
    ("H", "mentors_total", "Наставники (по приказу), чел."),
    ("I", "students_10_19", "Обучающиеся 10–19 лет, чел."),
    ("J", "mentees_10_19", "из них наставляемые, чел."),
    ("K", "share_mentees_10_19", "Доля наставляемых 10–19 лет, %"),
]


def svod_data(key):
    return {"LICEY": LICEY, "SOSH2": SOSH2, "SOSH4": SOSH4, "DDT": DDT}.get(key) or OTHERS[key]


def write_svod():
    fname = "06_Svod_po_OO_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Свод"
    for k, v in {"A": 5, "B": 44, "C": 7, "L": 30}.items():
        ws.column_dimensions[k].width = v
    for c in "DEFGHIJK":
        ws.column_dimensions[c].width = 13
    ws["A1"] = MUNI
    ws["A2"] = "Свод по ОО: мониторинг целевой модели наставничества, 2024 год"
    ws["A1"].font = BOLD
    ws["A2"].font = BOLD
    # two-level header rows 4-5
    grp = [("D", "F", "Нормативное обеспечение (1 – есть, 0 – нет)"),
           ("G", "H", "Организация процесса"),
           ("I", "K", "Обучающиеся 10–19 лет в роли наставляемых")]
    heads = []
    for a, b, t in grp:
        ws[f"{a}4"] = title(t)
        ws.merge_cells(f"{a}4:{b}4")
        heads.append(t)
    for col, t in (("A", "№ п/п"), ("B", "Наименование ОО"), ("C", "Тип ОО"), ("L", "Примечание")):
        ws[f"{col}4"] = t
        ws.merge_cells(f"{col}4:{col}5")
    title("Тип ОО")
    title("Примечание")
    for col, cid, t in SVOD_COLS:
        ws[f"{col}5"] = title(t)
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=12):
        for c in row:
            c.font = BOLD
            box(c)
    r = 6
    values, links, vc, names = [], [], [], []
    order = [o for o in SVOD_ORGS if o[1] != "ДОП"] + [("SUB1",)] + \
            [o for o in SVOD_ORGS if o[1] == "ДОП"] + [("SUB2",), ("TOTAL",)]
    n = 0
    school_rows, dop_rows = [], []
    for o in order:
        if o[0] == "SUB1" or o[0] == "SUB2":
            rows = school_rows if o[0] == "SUB1" else dop_rows
            ws.cell(r, 2, "Итого по общеобразовательным организациям" if o[0] == "SUB1"
                    else "Итого по организациям дополнительного образования")
            for col, cid, t in SVOD_COLS:
                if cid == "share_mentees_10_19":
                    ws[f"{col}{r}"] = f"=ROUND(J{r}/I{r}*100,1)"
                else:
                    ws[f"{col}{r}"] = f"=SUM({col}{rows[0]}:{col}{rows[-1]})"
            for j in range(1, 13):
                ws.cell(r, j).font = BOLD
                box(ws.cell(r, j))
            if o[0] == "SUB1":
                sub1 = r
            else:
                sub2 = r
            r += 1
            continue
        if o[0] == "TOTAL":
            ws.cell(r, 2, "ВСЕГО по городу Лесногорску")
            for col, cid, t in SVOD_COLS:
                if cid == "share_mentees_10_19":
                    ws[f"{col}{r}"] = f"=ROUND(J{r}/I{r}*100,1)"
                else:
                    ws[f"{col}{r}"] = f"={col}{sub1}+{col}{sub2}"
            for j in range(1, 13):
                ws.cell(r, j).font = BOLD
                box(ws.cell(r, j))
            r += 1
            continue
        name, typ, key = o
        n += 1
        d = svod_data(key)
        (school_rows if typ != "ДОП" else dop_rows).append(r)
        ws.cell(r, 1, n)
        ws.cell(r, 2, name)
        ws.cell(r, 3, typ)
        v, cc = {}, {}
        for col, cid, t in SVOD_COLS:
            if cid == "share_mentees_10_19":
                ws[f"{col}{r}"] = f"=ROUND(J{r}/I{r}*100,1)"
                v[cid] = round(d["mentees_10_19"] / d["students_10_19"] * 100 + 1e-9, 1)
            else:
                ws[f"{col}{r}"] = d[cid]
                v[cid] = d[cid]
            cc[cid] = f"{col}{r}"
        if key == "СОШ3":
            ws.cell(r, 12, "с 01.09.2023 присоединена ООШ № 6")
        for j in range(1, 13):
            box(ws.cell(r, j))
        values.append(v)
        links.append({})
        vc.append({"name_cell": f"B{r}", "values": cc, "links": {}})
        names.append(name)
        r += 1
    r += 1
    ws.cell(r, 2, "Составил: методист МБУ «ИМЦ» О.А. Чиркова, 07.11.2024")
    path = os.path.join(TYPED, fname)
    wb.save(path)
    libre_resave(path)
    expected.append({"file": "typed/" + fname, "year": 2024, "organisation": names, "values": values,
                     "links": links, "not_criteria": ["Тип ОО", "Примечание"], "headings": heads})
    cells.append({"file": "typed/" + fname, "sheet": ws.title, "rows": vc})
    return names


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)

    write_municipal()

    # 02 big lyceum: plain URLs, 1/0, re-saved by LibreOffice
    LICEY["_curator"] = "Баженова Светлана Игоревна, заместитель директора по УВР; Кудрявцев Павел Олегович, учитель физики"
    e, c = write_org_form("02_MAOU_Licey1_monitoring_CMN_2024.xlsx", "МАОУ «Лицей № 1»", LICEY, LICEY_LINKS,
                          "num", [], notes={"pp_other": "«работодатель – ученик» (9)"},
                          sig=["Директор МАОУ «Лицей № 1» __________ А.Н. Садыков"],
                          extra_header=[("Контингент обучающихся на 01.09.2024, чел.:", 1500)])
    libre_resave(os.path.join(TYPED, "02_MAOU_Licey1_monitoring_CMN_2024.xlsx"))
    expected.append(e)
    cells.append(c)

    # 03 SOSH 2: headed by the municipality's name; own order on CMN is no catalogue criterion
    SOSH2["_curator"] = "Ершова Наталья Викторовна, заместитель директора по ВР"
    e, c = write_org_form("03_MBOU_SOSH2_CMN_2024.xlsx", "МБОУ СОШ № 2", SOSH2, SOSH2_LINKS, "dakeyword",
                          [MUNI, "МБОУ СОШ № 2"],
                          extra_rows=[("1*", None, "Приказ ОО о внедрении ЦМН (да/нет)")],
                          notes={"pp_other": "«родитель – ученик»"},
                          sig=["Директор МБОУ СОШ № 2 __________ Л.П. Широбокова"])
    expected.append(e)
    cells.append(c)

    # 04 SOSH 4: Да/Нет, satisfaction typed as text '89%', two rows left empty
    SOSH4["_curator"] = "Ившина Марина Николаевна, учитель русского языка"
    e, c = write_org_form("04_MBOU_SOSH4_CMN_2024.xlsx", "МБОУ «СОШ № 4»", SOSH4, SOSH4_LINKS, "Da", [],
                          notes={"orgs_monitoring_order": "приказ в разработке",
                                 "pp_other": "«выпускник – ученик»"},
                          sig=["Директор __________ Р.М. Касимов", "Исп. Ившина М.Н."])
    expected.append(e)
    cells.append(c)

    # 05 DDT (ДОП): many rows left empty
    DDT["_curator"] = "Волкова Анна Сергеевна, методист"
    e, c = write_org_form("05_MBU_DO_DDT_CMN_2024.xlsx", "МБУ ДО «Дом детского творчества»", DDT, DDT_LINKS,
                          "num", [], sig=["Директор МБУ ДО «ДДТ» __________ Е.В. Пономарёва"])
    expected.append(e)
    cells.append(c)

    write_svod()

    # ---------------------------------------------- municipal ↔ organisations consistency
    muni = expected[0]["values"]
    all_orgs = [svod_data(k) for _, _, k in SVOD_ORGS]
    assert muni["orgs_total"] == len(all_orgs)
    for cid in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order"):
        assert muni[cid] == sum(d[cid] for d in all_orgs), cid
    assert muni["curators_total"] == sum(d["curators_total"] for d in all_orgs)
    assert muni["share_orgs_teachers_system"] == round(100 * muni["orgs_regulation_teachers"] / muni["orgs_total"], 1)
    assert muni["share_orgs_students_system"] == round(100 * muni["orgs_regulation_students"] / muni["orgs_total"], 1)
    # svod rows of the four separate forms equal those forms
    svod = expected[5]
    for e in expected[1:5]:
        i = [k for _, _, k in SVOD_ORGS].index({"МАОУ «Лицей № 1»": "LICEY", "МБОУ СОШ № 2": "SOSH2",
                                                "МБОУ «СОШ № 4»": "SOSH4",
                                                "МБУ ДО «Дом детского творчества»": "DDT"}[e["organisation"]])
        i = svod["organisation"].index(SVOD_ORGS[i][0])
        for cid, v in svod["values"][i].items():
            if cid in e["values"]:
                assert e["values"][cid] == v, (e["organisation"], cid)

    # ---------------------------------------------- catalogue checks
    for e in expected:
        vs = e["values"] if isinstance(e["values"], list) else [e["values"]]
        ls = e["links"] if isinstance(e["links"], list) else [e["links"]]
        for v in vs + ls:
            for k in v:
                assert k in CAT_IDS, k
    for t in ALL_TITLES:
        assert norm(t) not in CAT_WORDINGS, t

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) if isinstance(e["values"], dict) else sum(len(x) for x in e["values"])
             for e in expected)
    print("entries", len(expected), "values", nv)


if __name__ == "__main__":
    main()
