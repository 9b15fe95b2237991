#!/usr/bin/env python3
"""heldout124: forms typed as a Word table «№ | Показатель | Значение | Подтверждающий документ» and then copied
into Excel, the way Excel pastes a Word table whose cells hold several lines: every line of a multi-line cell
becomes a row of its own. A criterion's title therefore occupies 1–4 consecutive rows of column B, its number
only in the first of them (column A), the link in column D on the first row (a long URL sometimes broken after «/»
onto the next row too), and the value in column C on the FIRST line's row (three files) or on the LAST line's
row (two files). Deterministic (no randomness, pinned document and zip times).

Writes typed/*.xlsx, expected.json, cells.json next to this script.
"""
import csv
import datetime
import json
import pathlib
import re
import textwrap
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_TIME = datetime.datetime(2024, 12, 16, 9, 30, 0)
ZIP_TIME = (2024, 12, 16, 9, 30, 0)
STAMP = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")


def derive(d):
    """Totals and shares that follow from the organisation's own figures."""
    d = dict(d)
    d["pp_total"] = sum(d.get(k, 0) for k in PP_FORMS)
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d.get("external_edu_mentors", 0)
                          + d.get("enterprise_mentors", 0) + d.get("other_org_mentors", 0))
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert sum(d.get(k, 0) for k in GROUPS) == d["mentees_10_19"], d["org"]
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    d["share_young_specialists_mentors"] = pct(d.get("young_specialists_mentors", 0), d["young_specialists"])
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d.get("young_specialists_mentors", 0) <= min(d["young_specialists"], d["teachers_mentors"])
    assert d["teachers_in_pp"] <= teachers
    return d


# --------------------------------------------------------------------------------------------------------------
# The five organisations (Тихореченский муниципальный округ, invented)
# --------------------------------------------------------------------------------------------------------------
SOSH4 = derive(dict(
    org="МБОУ «Тихореченская СОШ № 4»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=21, young_specialists_mentors=2, mentors_15_19=18, students_15_19=164,
    external_edu_mentors=2, enterprise_mentors=1,
    agreements_edu_orgs=1, agreements_enterprises=1,
    partner_list="ГБПОУ УР «Тихореченский политехнический техникум»; АО «Тихореченский механический завод»",
    pp_pupil_pupil=16, pp_teacher_teacher=9, pp_head_teacher=2, pp_student_pupil=3, pp_teacher_pupil=24, pp_other=1,
    teachers_in_pp=31,
    students_10_19=623, mentees_10_19=71, mentees_risk=11, mentees_disabled=8, mentees_gifted=9,
    mentees_low_motivation=19, mentees_career=15, mentees_other_params=9,
    young_specialists=8, young_specialists_mentees=7, teachers_other=49, teachers_other_mentees=5,
    kpk_trained=6, school_methodical_associations=1,
    satisfaction_mentees=92.5, satisfaction_mentors=89,
))

GIMN = derive(dict(
    org="МАОУ «Тихореченская гимназия»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=3, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=24, young_specialists_mentors=1, mentors_15_19=22, students_15_19=187,
    external_edu_mentors=3, other_org_mentors=1,
    agreements_edu_orgs=2, agreements_other_orgs=1,
    partner_list="ГБПОУ УР «Тихореченский педагогический колледж»; ГБПОУ УР «Тихореченский медицинский колледж»; "
                 "МБУК «Тихореченская центральная районная библиотека»",
    agreement_subjects="Предоставление преподавателей и студентов старших курсов в качестве наставников "
                       "гимназистов; совместная профориентационная работа",
    pp_pupil_pupil=19, pp_teacher_teacher=7, pp_head_teacher=3, pp_student_pupil=4, pp_teacher_pupil=28,
    teachers_in_pp=38,
    students_10_19=548, mentees_10_19=84, mentees_risk=6, mentees_disabled=5, mentees_gifted=27,
    mentees_low_motivation=14, mentees_career=21, mentees_other_params=11,
    young_specialists=6, young_specialists_mentees=6, teachers_other=52, teachers_other_mentees=3,
    kpk_trained=7,
    kpk_courses="«Организация наставничества в образовательной организации» (АОУ ДПО УР ИРО, 36 ч.); "
                "«Наставник в школе: технологии сопровождения молодого педагога» (72 ч.)",
    satisfaction_mentees=94.2, satisfaction_mentors=91.6,
))

KLYUCHI = derive(dict(
    org="МБОУ «Ключевская средняя общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    teachers_mentors=11, young_specialists_mentors=0, mentors_15_19=7, students_15_19=46,
    enterprise_mentors=2, other_org_mentors=1,
    agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="СПК «Ключевской»; МБУК «Ключевской сельский Дом культуры»",
    pp_pupil_pupil=6, pp_teacher_teacher=3, pp_head_teacher=1, pp_teacher_pupil=10,
    teachers_in_pp=14,
    students_10_19=163, mentees_10_19=27, mentees_risk=5, mentees_disabled=3, mentees_gifted=2,
    mentees_low_motivation=9, mentees_career=5, mentees_other_params=3,
    young_specialists=3, young_specialists_mentees=3, teachers_other=22, teachers_other_mentees=2,
    kpk_trained=2,
    satisfaction_mentees=88, satisfaction_mentors=92.5,
))

SOSNOVKA = derive(dict(
    org="МКОУ «Сосновская ООШ»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, pay_acts=0, nonmaterial_acts=0,
    teachers_mentors=7, mentors_15_19=3, students_15_19=8, external_edu_mentors=1,
    agreements_edu_orgs=1, partner_list="МБОУ «Ключевская средняя общеобразовательная школа»",
    pp_pupil_pupil=3, pp_teacher_teacher=2, pp_teacher_pupil=6,
    teachers_in_pp=8,
    students_10_19=44, mentees_10_19=12, mentees_risk=2, mentees_disabled=2, mentees_gifted=0,
    mentees_low_motivation=5, mentees_career=1, mentees_other_params=2,
    young_specialists=1, young_specialists_mentees=1, teachers_other=11, teachers_other_mentees=1,
    kpk_trained=1,
    satisfaction_mentees=95, satisfaction_mentors=100,
))

CDT = derive(dict(
    org="МБУ ДО «Тихореченский центр детского творчества»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, nonmaterial_acts=1,
    teachers_mentors=15, young_specialists_mentors=1, mentors_15_19=19, students_15_19=236,
    enterprise_mentors=1, other_org_mentors=2,
    agreements_enterprises=1, agreements_other_orgs=2,
    partner_list="ООО «Тихореченская типография»; МБУК «Тихореченский краеведческий музей»; "
                 "Тихореченская районная организация ветеранов",
    pp_pupil_pupil=14, pp_teacher_teacher=8, pp_teacher_pupil=26, pp_other=2,
    teachers_in_pp=20,
    students_10_19=712, mentees_10_19=63, mentees_risk=7, mentees_disabled=9, mentees_gifted=22,
    mentees_low_motivation=3, mentees_career=8, mentees_other_params=14,
    young_specialists=5, young_specialists_mentees=4, teachers_other=38, teachers_other_mentees=3,
    kpk_trained=3, kpk_courses="«Наставничество в дополнительном образовании детей» (АОУ ДПО УР ИРО, 24 ч.)",
    school_methodical_associations=1,
    satisfaction_mentees=90.4, satisfaction_mentors=93,
))


# --------------------------------------------------------------------------------------------------------------
# Row helpers.  S(text) = section row (one row); R(no, title, cid, link=None, typed=None) = criterion row;
# N(no, title, value, link=None) = a row that looks like a criterion but is not one.
# A title is a string (wrapped into lines at the file's width, as the Word column wrapped it and the typist
# pressed Enter) or a list of lines given by hand.  A link may contain «|» right after a «/»: there the URL
# text was broken onto the next row.
# --------------------------------------------------------------------------------------------------------------
def S(text):
    return ("S", text)


def R(no, title, cid, link=None, typed=None):
    return ("R", no, title, cid, link, typed)


def N(no, title, value, link=None):
    return ("N", no, title, value, link)


def yn_da(v):
    return "да" if v else "нет"


def yn_Da(v):
    return "Да" if v else "Нет"


def yn_1(v):
    return 1 if v else 0


# ---------------------------------------- 1. СОШ № 4: value on the FIRST row -----------------------------------
U1 = "https://sosh4-tihor.ru/wp-content/uploads/2024/"
def form_sosh4():
    d = SOSH4
    P = U1 + "09/prikaz_142_o_zakreplenii_nastavnikov.pdf"
    PP = U1 + "10/prikaz_157_personalizirovannye_programmy.pdf"
    rows = [
        S("Раздел 1. Нормативная база"),
        R("1.1.", "Наличие положения о наставничестве педагогических работников в школе (утверждено приказом)",
          "orgs_regulation_teachers", U1 + "08/|polozhenie_o_nastavnichestve_pedagogicheskih_rabotnikov.pdf"),
        R("1.2.", "Наличие положения о наставничестве обучающихся (утверждено приказом)",
          "orgs_regulation_students", U1 + "08/polozhenie_nastavnichestvo_obuch.pdf"),
        R("1.3.", "Приказ о проведении мониторинга реализации ЦМН в школе", "orgs_monitoring_order",
          U1 + "09/prikaz_139_monitoring_cmn.pdf"),
        R("1.4.", "Информационная справка по итогам внутреннего мониторинга ЦМН за 2024 год",
          "internal_monitoring_notes", U1 + "12/spravka_vnutrennij_monitoring_cmn_2024.pdf"),
        R("1.5.", "Количество кураторов внедрения ЦМН в школе (по приказу)", "curators_total",
          U1 + "09/prikaz_138_kuratory.pdf"),
        R("1.6.", "Количество локальных актов, регулирующих оплату работы наставников", "pay_acts",
          U1 + "01/polozhenie_ob_oplate_truda.pdf"),
        R("1.7.", "Количество локальных актов о нематериальном поощрении педагогов-наставников",
          "nonmaterial_acts", U1 + "01/polozhenie_o_moralnom_pooshchrenii.pdf"),
        S("Раздел 2. Наставники и наставляемые"),
        R("2.1.", "Количество наставников в школе (по приказу), всего", "mentors_total", P),
        R("2.2.", "Количество педагогов школы, участвующих в программах наставничества в роли наставника",
          "teachers_mentors", P),
        R("2.3.", "из них молодых специалистов (до 35 лет, стаж до 3 лет)", "young_specialists_mentors", P),
        R("2.4.", "Количество наставников из числа обучающихся в возрасте 15–19 лет (по приказу)",
          "mentors_15_19", P),
        R("2.5.", "Количество наставников из других образовательных организаций (по приказу)",
          "external_edu_mentors", P),
        R("2.6.", "Количество наставников из числа работников предприятий (по приказу)", "enterprise_mentors",
          P),
        N("2.7.", "Количество наставнических пар и групп (по приказу о закреплении)", 48, P),
        R("2.8.", "Количество наставляемых в школе (по приказу), всего", "mentees_total", P),
        S("Раздел 3. Сотрудничество"),
        R("3.1.", "Количество соглашений с образовательными организациями о предоставлении наставников",
          "agreements_edu_orgs", U1 + "09/|dogovor_politehnicheskij_tehnikum.pdf"),
        R("3.2.", "Количество соглашений с предприятиями о предоставлении наставников", "agreements_enterprises",
          U1 + "09/dogovor_mehzavod.pdf"),
        R("3.3.", "Наименования организаций и предприятий — партнёров школы по наставничеству", "partner_list",
          U1 + "09/partnery.pdf"),
        S("Раздел 4. Персонализированные программы наставничества"),
        R("4.1.", "Количество персонализированных программ наставничества, всего", "pp_total", PP),
        R("4.2.", "в том числе по форме «ученик – ученик»", "pp_pupil_pupil"),
        R("4.3.", "в том числе по форме «учитель – учитель»", "pp_teacher_teacher"),
        R("4.4.", "в том числе по форме «руководитель – педагог»", "pp_head_teacher"),
        R("4.5.", "в том числе по форме «студент – ученик»", "pp_student_pupil"),
        R("4.6.", "в том числе по форме «учитель – ученик»", "pp_teacher_pupil"),
        R("4.7.", "в том числе по иной форме («работодатель – ученик»)", "pp_other"),
        R("4.8.", "Количество педагогов, участвующих в утверждённых персонализированных программах (наставники и "
                  "наставляемые)", "teachers_in_pp", PP),
        S("Раздел 5. Обучающиеся"),
        R("5.1.", "Общее количество обучающихся школы в возрасте 10–19 лет", "students_10_19"),
        R("5.2.", "Количество обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемых",
          "mentees_10_19", P),
        R("5.3.", "из них обучающихся «группы риска» (ВШУ, ПДН, КДН)", "mentees_risk", P),
        R("5.4.", "из них детей с ОВЗ и детей-инвалидов", "mentees_disabled", P),
        R("5.5.", "из них одарённых детей (внесены в региональный реестр)", "mentees_gifted", P),
        R("5.6.", "из них с низкой мотивацией к учёбе и неудовлетворительной успеваемостью",
          "mentees_low_motivation", P),
        R("5.7.", "из них испытывающих трудности с выбором профиля обучения и профессии", "mentees_career", P),
        R("5.8.", "из них по иным основаниям (адаптация вновь прибывших)", "mentees_other_params", P),
        R("5.9.", "Доля обучающихся 10–19 лет в роли наставляемых, %", "share_mentees_10_19"),
        R("5.10.", "Общее количество обучающихся 15–19 лет", "students_15_19"),
        R("5.11.", "Доля обучающихся 15–19 лет, ставших наставниками, %", "share_mentors_15_19"),
        N("5.12.", "Количество обучающихся 15–19 лет, вошедших в программы наставничества в роли наставляемых",
          14, P),
        N("5.13.", "Количество родителей, привлечённых к наставнической деятельности", 4),
        S("Раздел 6. Педагоги"),
        R("6.1.", "Общее количество молодых специалистов в школе (до 35 лет, первые три года работы)",
          "young_specialists"),
        R("6.2.", "Количество молодых специалистов — наставляемых", "young_specialists_mentees", P),
        R("6.3.", "Общее количество педагогов школы, кроме молодых специалистов", "teachers_other"),
        R("6.4.", "Количество педагогов (кроме молодых специалистов) в роли наставляемого",
          "teachers_other_mentees", P),
        R("6.5.", "Доля педагогов в роли наставляемых от общего числа педагогов, %", "share_teachers_mentees"),
        R("6.6.", "Количество педагогов, прошедших КПК по вопросам наставничества в 2024 году", "kpk_trained",
          U1 + "12/|udostovereniya_kpk_nastavnichestvo_2024.pdf"),
        R("6.7.", "Количество школьных методических объединений наставников", "school_methodical_associations",
          U1 + "09/prikaz_140_shmo_nastavnikov.pdf"),
        N("6.8.", "Количество мероприятий для наставников (семинары, круглые столы) за 2024 год", 6,
          U1 + "12/plan_meropriyatij.pdf"),
        S("Раздел 7. Удовлетворённость участников"),
        R("7.1.", "Удовлетворённость наставляемых участием в завершённых программах наставничества, %",
          "satisfaction_mentees", U1 + "12/anketirovanie_nastavlyaemyh.pdf"),
        R("7.2.", "Удовлетворённость наставников участием в завершённых программах, %", "satisfaction_mentors",
          U1 + "12/anketirovanie_nastavnikov.pdf"),
    ]
    return dict(
        file="typed/sosh4_tihor.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, width=39,
        value_at="first", section="merged", yesno=yn_da,
        title=["Информация о реализации ЦМН в МБОУ «Тихореченская СОШ № 4»", "за 2024 год"],
        header=[["№", "Показатель", "Значение", "Подтверждающий документ"]],
        footer=["Директор ____________ О. В. Кудрявцева"],
    )


# ---------------------------------------- 2. Гимназия: value on the LAST row -----------------------------------
U2 = "https://gimn-tihor.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
def form_gimn():
    d = GIMN
    P = U2 + "prikaz_211-od_nastavniki_2024.pdf"
    PP = U2 + "prikaz_226-od_pp_2024.pdf"
    PN = U2 + "baza_nastavlyaemyh_2024.pdf"
    rows = [
        S("Раздел 1. Нормативно-правовое обеспечение ЦМН"),
        R("1.", "Утверждено положение о системе наставничества педагогов гимназии (1 – да, 0 – нет)",
          "orgs_regulation_teachers", U2 + "polozhenie_nastavnichestvo_pedagogov.pdf"),
        R("2.", "Утверждено положение о системе наставничества гимназистов (1 – да, 0 – нет)",
          "orgs_regulation_students", U2 + "polozhenie_nastavnichestvo_gimnazistov.pdf"),
        R("3.", "Издан приказ о мониторинге реализации целевой модели наставничества в гимназии (1 – да, 0 – "
                "нет)", "orgs_monitoring_order", U2 + "|prikaz_205-od_monitoring.pdf"),
        R("4.", "Подготовлена информационная справка по итогам внутреннего мониторинга (1 – да, 0 – нет)",
          "internal_monitoring_notes", U2 + "spravka_monitoring_2024.pdf"),
        R("5.", "Число кураторов по внедрению ЦМН, назначенных приказом директора", "curators_total",
          U2 + "prikaz_198-od_kuratory.pdf"),
        R("6.", "Число локальных актов об оплате труда наставников", "pay_acts",
          U2 + "polozhenie_o_stimuliruyushchih_vyplatah.pdf"),
        R("7.", "Число локальных актов о нематериальном поощрении наставников", "nonmaterial_acts",
          U2 + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        S("Раздел 2. Наставники"),
        R("8.", "Численность наставников в базе гимназии (по приказу), чел.", "mentors_total", P),
        R("9.", "Численность педагогов гимназии – наставников, чел.", "teachers_mentors", P),
        R("10.", "Численность наставников из числа гимназистов 15–19 лет (по приказу), чел.", "mentors_15_19", P),
        R("11.", "Общая численность гимназистов в возрасте от 15 до 19 лет, чел.", "students_15_19"),
        R("12.", "Доля гимназистов 15–19 лет – наставников, %", "share_mentors_15_19"),
        R("13.", "Численность наставников из внешних образовательных организаций (колледжи), чел.",
          "external_edu_mentors", P),
        R("14.", "Численность наставников из иных организаций (библиотека), чел.", "other_org_mentors", P),
        N("15.", "Численность наставников, награждённых грамотами в 2024 году, чел.", 6,
          U2 + "prikaz_290-od_nagrazhdenie.pdf"),
        S("Раздел 3. Социальное партнёрство"),
        R("16.", "Число соглашений о сотрудничестве с образовательными организациями, направляющими наставников",
          "agreements_edu_orgs", U2 + "soglasheniya_kolledzhi.pdf"),
        R("17.", "Число соглашений с иными организациями (не ОО и не предприятия), направляющими наставников",
          "agreements_other_orgs", U2 + "soglashenie_biblioteka.pdf"),
        R("18.", "Партнёры гимназии по вопросам наставничества (наименования)", "partner_list",
          U2 + "partnery_gimnazii.pdf"),
        R("19.", "Предмет соглашений с партнёрами", "agreement_subjects", U2 + "|soglasheniya_kolledzhi.pdf"),
        S("Раздел 4. Персонализированные программы"),
        R("20.", "Число персонализированных программ наставничества (все формы)", "pp_total", PP),
        R("21.", "форма «ученик – ученик»", "pp_pupil_pupil", PP),
        R("22.", "форма «учитель – учитель»", "pp_teacher_teacher", PP),
        R("23.", "форма «руководитель – педагог»", "pp_head_teacher", PP),
        R("24.", "форма «студент – ученик»", "pp_student_pupil", PP),
        R("25.", "форма «учитель – ученик»", "pp_teacher_pupil", PP),
        R("26.", "Численность педагогов, участвующих в утверждённых ПП наставничества, чел.", "teachers_in_pp",
          PP),
        S("Раздел 5. Наставляемые"),
        R("27.", "Численность наставляемых в базе гимназии (по приказу), чел.", "mentees_total", PN),
        R("28.", "Общая численность гимназистов в возрасте 10–19 лет, чел.", "students_10_19"),
        R("29.", "Численность гимназистов 10–19 лет в роли наставляемых, чел.", "mentees_10_19", PN),
        R("30.", "в т.ч. из «группы риска»", "mentees_risk"),
        R("31.", "в т.ч. одарённые дети (внесённые в реестры)", "mentees_gifted"),
        R("32.", "в т.ч. дети с ОВЗ / дети-инвалиды", "mentees_disabled"),
        R("33.", "в т.ч. с низкой учебной мотивацией и неудовлетворительной успеваемостью",
          "mentees_low_motivation"),
        R("34.", "в т.ч. испытывающие затруднения в выборе образовательной траектории и профессии",
          "mentees_career"),
        R("35.", "в т.ч. по иным параметрам", "mentees_other_params"),
        R("36.", "Доля гимназистов 10–19 лет в роли наставляемых, %", "share_mentees_10_19"),
        N("37.", "Численность гимназистов 1–11 классов, чел.", 812),
        S("Раздел 6. Педагогические кадры"),
        R("38.", "Численность молодых специалистов (до 35 лет, стаж работы до 3 лет), чел.", "young_specialists"),
        R("39.", "в т.ч. молодых специалистов в роли наставляемых, чел.", "young_specialists_mentees", PN),
        R("40.", "Доля молодых специалистов в роли наставляемых, %", "share_young_specialists_mentees"),
        R("41.", "Численность педагогов, не относящихся к молодым специалистам, чел.", "teachers_other"),
        R("42.", "из них педагогов в роли наставляемых, чел.", "teachers_other_mentees", PN),
        R("43.", "Доля всех педагогов в роли наставляемых, %", "share_teachers_mentees"),
        R("44.", "Число педагогов, обучившихся на КПК по наставничеству в 2024 году, чел.", "kpk_trained",
          U2 + "kpk_2024/|udostovereniya.pdf"),
        R("45.", "Курсы, пройденные педагогами (наименования)", "kpk_courses", U2 + "kpk_2024/udostovereniya.pdf"),
        N("46.", "Численность педагогов, планирующих пройти КПК по наставничеству в 2025 году, чел.", 5),
        S("Раздел 7. Результативность"),
        R("47.", "Уровень удовлетворённости наставляемых по итогам завершённых программ, %",
          "satisfaction_mentees", U2 + "anketa_itogi_2024.pdf"),
        R("48.", "Уровень удовлетворённости наставников по итогам завершённых программ, %",
          "satisfaction_mentors", U2 + "anketa_itogi_2024.pdf"),
        N("49.", "Число победителей и призёров конкурсов из числа наставляемых гимназистов", 7,
          U2 + "dostizheniya_2024.pdf"),
    ]
    return dict(
        file="typed/gimnaziya_tihor.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, width=40,
        value_at="last", section="colB", yesno=yn_1,
        title=["Мониторинг реализации целевой модели наставничества",
               "в МАОУ «Тихореченская гимназия» в 2024 году"],
        header=[["№ п/п", "Показатель", "Значение", "Подтверждающий"], [None, None, None, "документ"]],
        footer=[],
    )


# ---------------------------------------- 3. Ключевская СОШ: value on the FIRST row ----------------------------
U3 = "https://klyuchi-school.ru/svedeniya/nastavnichestvo/"
Y3 = "https://disk.yandex.ru/d/"
def form_klyuchi():
    d = KLYUCHI
    P = Y3 + "kL7qW2nTz8RfXa"
    rows = [
        S("1. Нормативные документы"),
        R("1.1", "Наличие положения о наставничестве педагогических работников ОО", "orgs_regulation_teachers",
          U3 + "polozhenie_ped.pdf"),
        R("1.2", "Наличие положения о наставничестве обучающихся ОО", "orgs_regulation_students",
          U3 + "polozhenie_obuch.pdf"),
        R("1.3", "Наличие приказа о проведении мониторинга ЦМН в школе", "orgs_monitoring_order",
          U3 + "prikaz_84_monitoring.pdf"),
        R("1.4", "Наличие справки по итогам внутреннего мониторинга реализации ЦМН", "internal_monitoring_notes",
          U3 + "spravka_2024.pdf"),
        R("1.5", "Кол-во кураторов ЦМН в ОО", "curators_total", U3 + "prikaz_80_kurator.pdf"),
        R("1.6", "Кол-во локальных актов о нематериальном поощрении наставников", "nonmaterial_acts",
          U3 + "polozhenie_pooshchrenie.pdf"),
        R("1.7", "Кол-во локальных актов об оплате работы наставников", "pay_acts"),
        S("2. Наставники и наставляемые"),
        R("2.1", "Кол-во наставников в ОО по приказу (всего)", "mentors_total", P),
        R("2.2", "Кол-во педагогов ОО, являющихся наставниками", "teachers_mentors", P),
        R("2.3", "в т.ч. молодых специалистов", "young_specialists_mentors"),
        R("2.4", "Кол-во обучающихся 15–19 лет, выступающих в роли наставников (по приказу)", "mentors_15_19", P),
        R("2.5", "Кол-во наставников из предприятий (СПК «Ключевской»)", "enterprise_mentors", P),
        R("2.6", "Кол-во наставников из иных организаций (сельский Дом культуры)", "other_org_mentors", P),
        N("2.7", "Кол-во наставнических пар/групп", 21, P),
        R("2.8", "Кол-во наставляемых в ОО по приказу (всего)", "mentees_total", P),
        S("3. Взаимодействие с партнёрами"),
        R("3.1", "Кол-во соглашений с предприятиями о предоставлении наставников", "agreements_enterprises",
          U3 + "dogovor_spk.pdf"),
        R("3.2", "Кол-во соглашений с иными организациями о предоставлении наставников", "agreements_other_orgs",
          U3 + "dogovor_sdk.pdf"),
        R("3.3", "Список организаций-партнёров по наставничеству", "partner_list", U3 + "partnery.pdf"),
        S("4. Персонализированные программы наставничества (ПП)"),
        R("4.1", "Кол-во ПП по всем формам наставничества", "pp_total", Y3 + "Pp2024KlyuchiX9"),
        R("4.2", "ПП по форме «ученик – ученик»", "pp_pupil_pupil", Y3 + "Pp2024KlyuchiX9"),
        R("4.3", "ПП по форме «учитель – учитель»", "pp_teacher_teacher", Y3 + "Pp2024KlyuchiX9"),
        R("4.4", "ПП по форме «руководитель – педагог»", "pp_head_teacher", Y3 + "Pp2024KlyuchiX9"),
        R("4.5", "ПП по форме «учитель – ученик»", "pp_teacher_pupil", Y3 + "Pp2024KlyuchiX9"),
        R("4.6", "Кол-во педагогов, участвующих в ПП (наставники и наставляемые)", "teachers_in_pp",
          Y3 + "Pp2024KlyuchiX9"),
        S("5. Обучающиеся в роли наставляемых"),
        R("5.1", "Общее кол-во обучающихся 10–19 лет в ОО", "students_10_19"),
        R("5.2", "Кол-во обучающихся 10–19 лет, включённых в программы наставничества как наставляемые",
          "mentees_10_19", P),
        R("5.3", "Кол-во наставляемых 10–19 лет из числа обучающихся «группы риска»", "mentees_risk", P),
        R("5.4", "Кол-во наставляемых 10–19 лет из числа детей с ОВЗ и детей-инвалидов", "mentees_disabled", P),
        R("5.5", "Кол-во наставляемых 10–19 лет из числа одарённых детей (реестр)", "mentees_gifted", P),
        R("5.6", "Кол-во наставляемых 10–19 лет из числа низкомотивированных и неуспевающих",
          "mentees_low_motivation", P),
        R("5.7", "Кол-во наставляемых 10–19 лет, имеющих проблемы с выбором профессии и образовательной "
                 "траектории", "mentees_career", P),
        R("5.8", "Кол-во наставляемых 10–19 лет по иным параметрам", "mentees_other_params", P),
        R("5.9", "Доля обучающихся 10–19 лет – наставляемых, %", "share_mentees_10_19"),
        N("5.10", "Кол-во обучающихся, снятых с профилактического учёта после работы с наставником", 2),
        S("6. Обучающиеся 15–19 лет"),
        R("6.1", "Общее кол-во обучающихся 15–19 лет в ОО", "students_15_19"),
        R("6.2", "Доля обучающихся 15–19 лет в роли наставников, %", "share_mentors_15_19"),
        S("7. Педагоги"),
        R("7.1", "Кол-во молодых специалистов (до 35 лет, стаж до 3 лет)", "young_specialists"),
        R("7.2", "Кол-во молодых специалистов в роли наставляемых", "young_specialists_mentees", P),
        R("7.3", "Доля молодых специалистов – наставляемых, %", "share_young_specialists_mentees"),
        R("7.4", "Кол-во педагогов без учёта молодых специалистов", "teachers_other"),
        R("7.5", "Кол-во педагогов (без молодых специалистов) в роли наставляемых", "teachers_other_mentees", P),
        R("7.6", "Доля педагогов-наставляемых от общего кол-ва педагогов, %", "share_teachers_mentees"),
        R("7.7", "Доля педагогов-наставников от общего кол-ва педагогов, %", "share_teachers_mentors"),
        R("7.8", "Кол-во педагогов, обученных на КПК по наставничеству за 2024 год", "kpk_trained",
          Y3 + "Kpk2024Klyuchi"),
        N("7.9", "Кол-во педагогов, аттестованных на категорию «педагог-наставник»", 1,
          U3 + "attestaciya.pdf"),
        S("8. Удовлетворённость"),
        R("8.1", "Удовлетворённость наставляемых завершёнными программами, %", "satisfaction_mentees",
          Y3 + "Anketa2024Klyuchi"),
        R("8.2", "Удовлетворённость наставников завершёнными программами, %", "satisfaction_mentors",
          Y3 + "Anketa2024Klyuchi"),
    ]
    return dict(
        file="typed/klyuchevskaya_sosh.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, width=34,
        value_at="first", section="merged", yesno=yn_Da,
        title=["Информация о реализации целевой модели наставничества в МБОУ «Ключевская средняя",
               "общеобразовательная школа» Тихореченского муниципального округа за 2024 год"],
        header=[["№", "Показатель", "Значение", "Подтверждающий документ (ссылка)"]],
        footer=["Исп. зам. директора по ВР Л. Н. Быстрова"],
    )


# ---------------------------------------- 4. Сосновская ООШ: value on the LAST row -----------------------------
U4 = "https://sosnovka-oosh.edusite.ru/DswMedia/"
M4 = "https://cloud.mail.ru/public/"
def form_sosnovka():
    d = SOSNOVKA
    P = M4 + "Xs4d/Nk7Ebq2Lm"
    rows = [
        S("Раздел 1. Документы"),
        R("1", "Положение о наставничестве педагогических работников школы утверждено (да/нет)",
          "orgs_regulation_teachers", U4 + "|polozhenie-o-nastavnichestve-pedagogov.pdf"),
        R("2", "Положение о наставничестве обучающихся утверждено (да/нет)", "orgs_regulation_students",
          U4 + "polozhenie-nastavnichestvo-uchashchihsya.pdf"),
        R("3", "Приказ о мониторинге реализации ЦМН в школе издан (да/нет)", "orgs_monitoring_order",
          U4 + "prikaz-47-monitoring.pdf"),
        R("4", "Справка по итогам внутреннего мониторинга ЦМН составлена (да/нет)", "internal_monitoring_notes"),
        R("5", "Куратор ЦМН в школе (количество, по приказу)", "curators_total", U4 + "prikaz-45-kurator.pdf"),
        R("6", "Локальные акты об оплате работы наставника (количество)", "pay_acts"),
        R("7", "Локальные акты о нематериальном поощрении наставника (количество)", "nonmaterial_acts"),
        S("Раздел 2. Наставники"),
        R("8", "Наставники школы по приказу — всего, человек", "mentors_total", P),
        R("9", "Педагоги школы, участвующие в наставничестве в роли наставника, человек", "teachers_mentors", P),
        R("10", "Обучающиеся 15–19 лет в роли наставника (по приказу), человек", "mentors_15_19", P),
        R("11", "Всего обучающихся 15–19 лет (9 класс), человек", "students_15_19"),
        R("12", "Доля наставников среди обучающихся 15–19 лет, %", "share_mentors_15_19"),
        R("13", "Наставники из других образовательных организаций (по приказу), человек", "external_edu_mentors",
          P),
        N("14", "Наставники-педагоги старше 55 лет, человек", 2),
        S("Раздел 3. Партнёры"),
        R("15", "Соглашения с образовательными организациями о предоставлении наставников (количество)",
          "agreements_edu_orgs", M4 + "|Jq2w/Dogovor-Klyuchi-2024"),
        R("16", "Организации – партнёры по наставничеству (наименование)", "partner_list",
          M4 + "Jq2w/Dogovor-Klyuchi-2024"),
        S("Раздел 4. Персонализированные программы"),
        R("17", "Персонализированные программы наставничества — всего", "pp_total", U4 + "pp-2024.pdf"),
        R("18", "из них «ученик – ученик»", "pp_pupil_pupil", U4 + "pp-2024.pdf"),
        R("19", "из них «учитель – учитель»", "pp_teacher_teacher", U4 + "pp-2024.pdf"),
        R("20", "из них «учитель – ученик»", "pp_teacher_pupil", U4 + "pp-2024.pdf"),
        R("21", "Педагоги, занятые в персонализированных программах, человек", "teachers_in_pp",
          U4 + "pp-2024.pdf"),
        S("Раздел 5. Наставляемые"),
        R("22", "Наставляемые школы по приказу — всего, человек", "mentees_total", P),
        R("23", "Всего обучающихся 10–19 лет, человек", "students_10_19"),
        R("24", "Обучающиеся 10–19 лет в роли наставляемого, человек", "mentees_10_19", P),
        R("25", "в том числе «группа риска»", "mentees_risk", P),
        R("26", "в том числе дети с ОВЗ и инвалидностью", "mentees_disabled", P),
        R("27", "в том числе одарённые (в реестре)", "mentees_gifted"),
        R("28", "в том числе слабоуспевающие и с низкой мотивацией к учёбе", "mentees_low_motivation", P),
        R("29", "в том числе с затруднениями в профессиональном самоопределении", "mentees_career", P),
        R("30", "в том числе по иным причинам", "mentees_other_params", P),
        R("31", "Доля обучающихся 10–19 лет в роли наставляемого, %", "share_mentees_10_19"),
        N("32", "Наставляемые, завершившие программу в 2023–2024 учебном году, человек", 9, P),
        S("Раздел 6. Педагоги"),
        R("33", "Молодые специалисты школы (до 35 лет, первые 3 года работы), человек", "young_specialists"),
        R("34", "Молодые специалисты в роли наставляемого, человек", "young_specialists_mentees", P),
        R("35", "Доля молодых специалистов в роли наставляемого, %", "share_young_specialists_mentees"),
        R("36", "Остальные педагоги (кроме молодых специалистов), человек", "teachers_other"),
        R("37", "Остальные педагоги в роли наставляемого, человек", "teachers_other_mentees", P),
        R("38", "Доля педагогов в роли наставляемого (все педагоги), %", "share_teachers_mentees"),
        R("39", "Доля педагогов в роли наставника, %", "share_teachers_mentors"),
        R("40", "Педагоги, обученные на КПК по наставничеству в 2024 году, человек", "kpk_trained",
          M4 + "Ra8v/|Kpk-2024"),
        S("Раздел 7. Удовлетворённость участников"),
        R("41", "Удовлетворённость наставляемых (анкетирование по завершении программ), %", "satisfaction_mentees",
          U4 + "anketirovanie-2024.pdf"),
        R("42", "Удовлетворённость наставников (анкетирование по завершении программ), %", "satisfaction_mentors",
          U4 + "anketirovanie-2024.pdf"),
        N("43", "Родительские собрания по вопросам наставничества, количество", 2, U4 + "protokoly-sobranij.pdf"),
    ]
    return dict(
        file="typed/sosnovskaya_oosh.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, width=38,
        value_at="last", section="colA", yesno=yn_da,
        title=["Информация о реализации ЦМН", "в МКОУ «Сосновская ООШ»", "за 2024 год"],
        header=[["№", "Показатель", "Значение", "Подтверждающий документ"], [None, None, None, "(ссылка на сайт)"]],
        footer=["Директор школы ____________ Т. Г. Ложкина"],
    )


# ---------------------------------------- 5. ЦДТ: value on the FIRST row --------------------------------------
U5 = "https://cdt-tihor.ru/documents/nastavnichestvo/"
def form_cdt():
    d = CDT
    P = U5 + "2024/prikaz_63_o_nastavnichestve.pdf"
    PP = U5 + "2024/personalizirovannye_programmy_2024.pdf"
    rows = [
        S("Раздел 1. Нормативное обеспечение"),
        R("1.1.", "Положение о системе наставничества педагогических работников ЦДТ (наличие)",
          "orgs_regulation_teachers", U5 + "lokalnye_akty/|polozhenie_sistema_nastavnichestva_pedagogov.pdf"),
        R("1.2.", "Положение о системе наставничества обучающихся ЦДТ (наличие)", "orgs_regulation_students",
          U5 + "lokalnye_akty/|polozhenie_sistema_nastavnichestva_obuchayushchihsya.pdf"),
        R("1.3.", "Приказ о мониторинге реализации ЦМН в учреждении (наличие)", "orgs_monitoring_order",
          U5 + "2024/prikaz_58_monitoring.pdf"),
        R("1.4.", "Информационная справка по итогам внутреннего мониторинга (наличие)", "internal_monitoring_notes",
          U5 + "2024/spravka_monitoring.pdf"),
        R("1.5.", "Количество кураторов по внедрению ЦМН в учреждении", "curators_total",
          U5 + "2024/prikaz_55_kuratory.pdf"),
        R("1.6.", "Количество локальных актов о нематериальном поощрении наставников (грамоты, благодарности)",
          "nonmaterial_acts", U5 + "lokalnye_akty/polozhenie_o_pooshchrenii.pdf"),
        S("Раздел 2. Наставники"),
        R("2.1.", "Количество наставников в базе ЦДТ (согласно приказу)", "mentors_total", P),
        R("2.2.", "Количество педагогов дополнительного образования в роли наставника", "teachers_mentors", P),
        R("2.3.", "из них молодые специалисты", "young_specialists_mentors", P),
        R("2.4.", "Доля молодых специалистов, являющихся наставниками, %", "share_young_specialists_mentors"),
        R("2.5.", "Количество наставников из числа обучающихся 15–19 лет (согласно приказу)", "mentors_15_19", P),
        R("2.6.", "Количество наставников с предприятий (типография)", "enterprise_mentors", P),
        R("2.7.", "Количество наставников из иных организаций (музей, совет ветеранов)", "other_org_mentors", P),
        R("2.8.", "Количество наставляемых в базе ЦДТ (согласно приказу)", "mentees_total", P),
        N("2.9.", "Количество объединений ЦДТ, в которых работают наставнические пары", 14, P),
        S("Раздел 3. Соглашения и партнёры"),
        R("3.1.", "Количество соглашений с предприятиями, направившими наставников", "agreements_enterprises",
          U5 + "soglasheniya/tipografiya.pdf"),
        R("3.2.", "Количество соглашений с иными организациями, направившими наставников",
          "agreements_other_orgs", U5 + "soglasheniya/|muzej_i_sovet_veteranov.pdf"),
        R("3.3.", "Перечень предприятий и организаций – партнёров ЦДТ по наставничеству", "partner_list",
          U5 + "soglasheniya/spisok_partnerov.pdf"),
        S("Раздел 4. Персонализированные программы"),
        R("4.1.", "Количество персонализированных программ наставничества по всем формам", "pp_total", PP),
        R("4.2.", "в т.ч. «обучающийся – обучающийся»", "pp_pupil_pupil"),
        R("4.3.", "в т.ч. «педагог – педагог»", "pp_teacher_teacher"),
        R("4.4.", "в т.ч. «педагог – обучающийся»", "pp_teacher_pupil"),
        R("4.5.", "в т.ч. иные формы («ветеран – обучающийся»)", "pp_other"),
        R("4.6.", "Педагоги ДО, задействованные в персонализированных программах (количество)", "teachers_in_pp",
          PP),
        S("Раздел 5. Обучающиеся"),
        R("5.1.", "Общее количество обучающихся ЦДТ в возрасте от 10 до 19 лет", "students_10_19"),
        R("5.2.", "Количество обучающихся от 10 до 19 лет в роли наставляемого (согласно приказу)",
          "mentees_10_19", P),
        R("5.3.", "в т.ч. обучающиеся «группы риска» (состоят на учёте)", "mentees_risk", P),
        R("5.4.", "в т.ч. с ОВЗ и инвалидностью", "mentees_disabled", P),
        R("5.5.", "в т.ч. одарённые (включены в реестр одарённых детей)", "mentees_gifted", P),
        R("5.6.", "в т.ч. с низкой мотивацией и слабой успеваемостью", "mentees_low_motivation", P),
        R("5.7.", "в т.ч. с проблемами выбора профессии", "mentees_career", P),
        R("5.8.", "в т.ч. по иным параметрам (адаптация, социализация)", "mentees_other_params", P),
        R("5.9.", "Доля обучающихся 10–19 лет в роли наставляемого от общего количества, %",
          "share_mentees_10_19"),
        R("5.10.", "Общее количество обучающихся ЦДТ в возрасте от 15 до 19 лет", "students_15_19"),
        R("5.11.", "Доля обучающихся 15–19 лет в роли наставника от общего количества, %", "share_mentors_15_19"),
        N("5.12.", "Общее количество обучающихся ЦДТ в возрасте от 5 до 18 лет", 1380),
        S("Раздел 6. Педагоги"),
        R("6.1.", "Количество молодых специалистов (до 35 лет, в первые три года работы)", "young_specialists"),
        R("6.2.", "Количество молодых специалистов в роли наставляемого", "young_specialists_mentees", P),
        R("6.3.", "Доля молодых специалистов, имеющих наставника, %", "share_young_specialists_mentees"),
        R("6.4.", "Количество педагогов, кроме молодых специалистов", "teachers_other"),
        R("6.5.", "Количество педагогов (кроме молодых специалистов), имеющих наставника",
          "teachers_other_mentees", P),
        R("6.6.", "Доля педагогов, имеющих наставника, от общего числа педагогов, %", "share_teachers_mentees"),
        R("6.7.", "Количество педагогов, прошедших обучение на КПК по наставничеству (2024 г.)", "kpk_trained",
          U5 + "2024/kpk_udostovereniya.pdf"),
        R("6.8.", "Наименование пройденных КПК", "kpk_courses", U5 + "2024/|kpk_udostovereniya.pdf"),
        R("6.9.", "Количество методических объединений наставников ЦДТ", "school_methodical_associations",
          U5 + "2024/prikaz_60_mo_nastavnikov.pdf"),
        N("6.10.", "Количество педагогов ДО – участников конкурса «Наставник года»", 2),
        S("Раздел 7. Удовлетворённость"),
        R("7.1.", "Уровень удовлетворённости наставляемых участием в завершённых программах, %",
          "satisfaction_mentees", U5 + "2024/anketirovanie_itogi.pdf"),
        R("7.2.", "Уровень удовлетворённости наставников участием в завершённых программах, %",
          "satisfaction_mentors", U5 + "2024/anketirovanie_itogi.pdf"),
    ]
    return dict(
        file="typed/cdt_tihor.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, width=42,
        value_at="first", section="merged", yesno=yn_1,
        title=["Информация о реализации целевой модели наставничества", "за 2024 год",
               "Наименование ОО: МБУ ДО «Тихореченский центр детского творчества»"],
        header=[["№", "Показатель", "Значение", "Подтверждающий документ"]],
        footer=["Директор МБУ ДО «Тихореченский ЦДТ» ____________ Е. А. Перевощикова"],
    )


FORMS = [form_sosh4, form_gimn, form_klyuchi, form_sosnovka, form_cdt]


# --------------------------------------------------------------------------------------------------------------
def wrap(title, width):
    if isinstance(title, list):
        return title
    lines = textwrap.wrap(title, width=width, break_long_words=False, break_on_hyphens=False)
    assert 1 <= len(lines) <= 4, (title, lines)
    return lines


YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes"}


def typed_value(form, cid, v, override):
    """The organisation's yes/no answers (the catalogue counts the organisations that answer «да») are typed in
    the file's own way; everything else as the number or text."""
    if override is not None:
        return override
    if cid in YESNO:
        return form["yesno"](v)
    return v


THIN = Side(style="thin", color="000000")


def frame(ws, r0, r1):
    """Borders of a pasted Word cell: a box around the whole block, no lines between its rows."""
    for r in range(r0, r1 + 1):
        for c in range(1, 5):
            ws.cell(r, c).border = Border(left=THIN, right=THIN, top=THIN if r == r0 else None,
                                          bottom=THIN if r == r1 else None)
            ws.cell(r, c).alignment = Alignment(vertical="top")


def build(form, cat, cells):
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = form["width"] + 6
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 60
    r = 1
    for t in form["title"]:
        ws.cell(r, 1, t).font = Font(bold=True)
        r += 1
    r += 1
    h0 = r
    for hrow in form["header"]:
        for c, h in enumerate(hrow, start=1):
            if h is not None:
                ws.cell(r, c, h).font = Font(bold=True)
        r += 1
    frame(ws, h0, r - 1)
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    d = form["data"]
    seen = set()
    for row in form["rows"]:
        if row[0] == "S":
            text = row[1]
            if form["section"] == "merged":
                ws.cell(r, 1, text).font = Font(bold=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            elif form["section"] == "colA":
                ws.cell(r, 1, text).font = Font(bold=True)
            else:
                ws.cell(r, 2, text).font = Font(bold=True)
            frame(ws, r, r)
            entry["headings"].append(text)
            r += 1
            continue
        if row[0] == "R":
            _, no, title, cid, link, override = row
            assert cid in cat and cat[cid]["level"] == "org" and cat[cid]["wording_2024"].strip(), cid
            assert cat[cid]["aggregation"] not in ("forms", "sum_of"), cid
            assert cid not in seen, (form["file"], cid)
            seen.add(cid)
            v = d[cid]
            tv = typed_value(form, cid, v, override)
        else:
            _, no, title, tv, link = row
            cid = None
        lines = wrap(title, form["width"])
        parts = link.split("|") if link else []
        for p in parts[:-1]:
            assert p.endswith("/"), link
        nrows = max(len(lines), len(parts), 1)
        ws.cell(r, 1, no)
        bcells = []
        for i, line in enumerate(lines):
            ws.cell(r + i, 2, line)
            bcells.append(ws.cell(r + i, 2).coordinate)
        vr = r if form["value_at"] == "first" else r + len(lines) - 1
        vc = ws.cell(vr, 3, tv)
        if isinstance(tv, float):
            vc.number_format = "0.0#"
        dcells = []
        for j, p in enumerate(parts):
            ws.cell(r + j, 4, p)
            dcells.append(ws.cell(r + j, 4).coordinate)
        full_title = "\n".join(lines)
        if cid:
            entry["values"][cid] = v
            cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate, "criterion": cid,
                          "kind": "value", "expected": v, "typed": tv, "row_title": full_title,
                          "title_cells": bcells, "number_cell": ws.cell(r, 1).coordinate})
            if link:
                url = "".join(parts)
                entry["links"][cid] = url
                lk = {"file": form["file"], "sheet": form["sheet"], "cell": dcells[0], "criterion": cid,
                      "kind": "link", "expected": url, "row_title": full_title}
                if len(parts) > 1:
                    lk["cells"] = dcells
                    lk["parts"] = parts
                cells.append(lk)
        else:
            entry["not_criteria"].append(full_title)
            cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate, "criterion": None,
                          "kind": "not_criterion", "typed": tv, "row_title": full_title, "title_cells": bcells})
        frame(ws, r, r + nrows - 1)
        r += nrows
    r += 1
    for t in form["footer"]:
        ws.cell(r, 2, t)
        r += 1
    TYPED.mkdir(exist_ok=True)
    path = HERE / form["file"]
    wb.save(path)
    pin_zip_times(path)
    return entry


def pin_zip_times(path):
    """Rewrite the archive with fixed member times, so reruns give byte-identical files."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":  # openpyxl stamps «modified» with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP, data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    cat = load_catalogue()
    cells, expected, position = [], [], {}
    for f in FORMS:
        form = f()
        expected.append(build(form, cat, cells))
        position[form["file"]] = form["value_at"]
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"value_row": position, "cells": cells}, ensure_ascii=False,
                                                indent=1) + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links, {len(e['not_criteria'])} N")


if __name__ == "__main__":
    main()
