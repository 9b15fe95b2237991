#!/usr/bin/env python3
"""heldout131: ЦМН monitoring forms exported from school information systems («Сетевой город. Образование»,
«Дневник.ру», a regional ЭлЖур report) to XLSX with SPACER COLUMNS (data in A, C, E, …; B, D, F, … empty and
1–2 characters wide), the title and the parameters merged across the sheet, every cell an inline string.
Deterministic (no randomness, pinned document and zip times).

Writes typed/*.xlsx, expected.json, cells.json next to this script.
"""
import csv
import io
import json
import pathlib
import re
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
PINNED = (2024, 12, 13, 9, 0, 0)
PINNED_ISO = "2024-12-13T09:00:00Z"
NBSP = "\u00a0"

CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


def derive(d):
    """Totals and shares that follow from the organisation's own figures (the set's promises)."""
    d = dict(d)
    d["pp_total"] = sum(d.get(k, 0) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                              "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d.get("external_edu_mentors", 0)
                          + d.get("enterprise_mentors", 0) + d.get("other_org_mentors", 0))
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    groups = sum(d.get(k, 0) for k in ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation",
                                       "mentees_career", "mentees_other_params"))
    assert groups == d["mentees_10_19"], (d["org"], groups, d["mentees_10_19"])
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
    assert d["teachers_mentors"] <= teachers and d.get("teachers_in_pp", 0) <= teachers
    return d


# --------------------------------------------------------------------------------------------------------------
# The six organisations' figures (Кедровоборский муниципальный округ, invented)
# --------------------------------------------------------------------------------------------------------------
SOSH1 = derive(dict(
    org="МБОУ «Кедровоборская СОШ № 1»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=21, mentors_15_19=18, students_15_19=146, external_edu_mentors=2, enterprise_mentors=3,
    agreements_edu_orgs=1, agreements_enterprises=2,
    partner_list="ГБПОУ УР «Кедровоборский индустриальный техникум»; ООО «Кедровоборский леспромхоз»; "
                 "АО «Кедровоборское ДРСУ»",
    pp_pupil_pupil=12, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=18, pp_student_pupil=2, pp_other=1,
    teachers_in_pp=27,
    students_10_19=612, mentees_10_19=63, mentees_risk=8, mentees_disabled=5, mentees_gifted=9,
    mentees_low_motivation=17, mentees_career=14, mentees_other_params=10,
    young_specialists=8, young_specialists_mentees=7, teachers_other=47, teachers_other_mentees=4,
    kpk_trained=6, school_methodical_associations=1,
    satisfaction_mentees=91.4, satisfaction_mentors=88,
))

LICEY5 = derive(dict(
    org="МАОУ «Лицей № 5»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=26, young_specialists_mentors=3, mentors_15_19=29, students_15_19=238,
    external_edu_mentors=4, enterprise_mentors=2,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; БПОУ УР «Кедровоборский медицинский колледж»; "
                 "ООО «Кедровоборский завод металлоконструкций»",
    pp_pupil_pupil=22, pp_teacher_teacher=10, pp_head_teacher=2, pp_teacher_pupil=19, pp_student_student=0,
    pp_student_pupil=4,
    teachers_in_pp=30,
    students_10_19=583, mentees_10_19=74, mentees_risk=2, mentees_disabled=3, mentees_gifted=28,
    mentees_low_motivation=10, mentees_career=22, mentees_other_params=9,
    young_specialists=10, young_specialists_mentees=9, teachers_other=56, teachers_other_mentees=5,
    kpk_trained=8,
    kpk_courses="«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч); "
                "«Наставник проектной и исследовательской деятельности школьников» (ФГБОУ ВО «УдГУ», 72 ч)",
    school_methodical_associations=2,
    satisfaction_mentees=94.6, satisfaction_mentors=92,
))

VKEDR = derive(dict(
    org="МБОУ «Верхнекедровская основная общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    teachers_mentors=7, mentors_15_19=3, students_15_19=11, enterprise_mentors=1,
    agreements_enterprises=1, partner_list="СПК «Колхоз имени Кирова»",
    pp_pupil_pupil=3, pp_teacher_teacher=2, pp_teacher_pupil=6,
    teachers_in_pp=9,
    students_10_19=64, mentees_10_19=15, mentees_risk=3, mentees_disabled=2, mentees_gifted=1,
    mentees_low_motivation=5, mentees_career=2, mentees_other_params=2,
    young_specialists=2, young_specialists_mentees=2, teachers_other=14, teachers_other_mentees=1,
    kpk_trained=1, school_methodical_associations=0,
    satisfaction_mentees=100, satisfaction_mentors=95,
))

GIMN2 = derive(dict(
    org="МБОУ «Гимназия № 2 г. Кедровобора»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    curators_total=3, pay_acts=1, nonmaterial_acts=2,
    teachers_mentors=34, mentors_15_19=41, students_15_19=352, external_edu_mentors=5, enterprise_mentors=2,
    other_org_mentors=2,
    agreements_edu_orgs=3, agreements_enterprises=1, agreements_other_orgs=2,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Кедровоборский педагогический "
                 "колледж»; МБОУ «Кедровоборская СОШ № 1»; ПАО «Кедровоборский машиностроительный завод»; "
                 "МБУК «Кедровоборская централизованная библиотечная система»; "
                 "Кедровоборское местное отделение РДДМ «Движение первых»",
    pp_pupil_pupil=31, pp_teacher_teacher=14, pp_head_teacher=3, pp_teacher_pupil=27,
    teachers_in_pp=40,
    students_10_19=1046, mentees_10_19=118, mentees_risk=6, mentees_disabled=9, mentees_gifted=41,
    mentees_low_motivation=19, mentees_career=30, mentees_other_params=13,
    young_specialists=12, young_specialists_mentees=11, teachers_other=79, teachers_other_mentees=7,
    kpk_trained=11, school_methodical_associations=2,
    satisfaction_mentees=93.5, satisfaction_mentors=90.8,
))

CDT = derive(dict(
    org="МБУ ДО «Кедровоборский центр детского творчества»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    teachers_mentors=14, young_specialists_mentors=1, mentors_15_19=16, students_15_19=402,
    external_edu_mentors=1, other_org_mentors=3,
    agreements_edu_orgs=1, agreements_other_orgs=2,
    partner_list="МБУК «Кедровоборский краеведческий музей»; МБУ «Кедровоборский районный Дом культуры»; "
                 "ГБПОУ УР «Кедровоборский индустриальный техникум»",
    pp_pupil_pupil=11, pp_teacher_teacher=7, pp_head_teacher=1, pp_teacher_pupil=19,
    teachers_in_pp=18,
    students_10_19=1384, mentees_10_19=57, mentees_risk=6, mentees_disabled=8, mentees_gifted=21,
    mentees_low_motivation=0, mentees_career=9, mentees_other_params=13,
    young_specialists=5, young_specialists_mentees=5, teachers_other=33, teachers_other_mentees=2,
    kpk_trained=3, school_methodical_associations=1,
    satisfaction_mentees=89.3, satisfaction_mentors=95,
))

KLYUCHI = derive(dict(
    org="МБОУ «Ключевская средняя общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=0,
    teachers_mentors=12, young_specialists_mentors=1, mentors_15_19=9, students_15_19=72,
    external_edu_mentors=1, enterprise_mentors=2,
    agreements_edu_orgs=1, agreements_enterprises=1,
    partner_list="ГБПОУ УР «Кедровоборский аграрный техникум»; ООО «Агрохолдинг «Ключи»»",
    agreement_subjects="профессиональные пробы обучающихся 8–11 классов на базе агрохолдинга; сопровождение "
                       "исследовательских проектов обучающихся преподавателями техникума",
    pp_pupil_pupil=8, pp_teacher_teacher=5, pp_head_teacher=1, pp_teacher_pupil=11, pp_student_pupil=1,
    teachers_in_pp=14,
    students_10_19=268, mentees_10_19=37, mentees_risk=7, mentees_disabled=4, mentees_gifted=3,
    mentees_low_motivation=11, mentees_career=8, mentees_other_params=4,
    young_specialists=4, young_specialists_mentees=4, teachers_other=27, teachers_other_mentees=2,
    kpk_trained=2,
    kpk_courses="«Наставничество в образовании: от теории к практике» (АОУ ДПО УР ИРО, 24 ч)",
    school_methodical_associations=1,
    satisfaction_mentees=92, satisfaction_mentors=90,
))


# --------------------------------------------------------------------------------------------------------------
# Row helpers.  S = section / direction row; R = criterion row; N = a row that looks like a criterion but is not;
# SP = an empty spacer row; HDR = the header repeated (page break of the export).
# --------------------------------------------------------------------------------------------------------------
def S(text):
    return ("S", text)


def R(no, title, cid, link=None, typed=None):
    return ("R", no, title, cid, link, typed)


def N(no, title, typed, link=None):
    return ("N", no, title, typed, link)


SP = ("SP",)
HDR = ("HDR",)


def yn(v):
    return "Да" if v else "Нет"


def num_text(v, sep=" ", keep2=False):
    """A number as the export prints it: «1 234» (sep = space or NBSP), «12,5» / «12,50»."""
    if isinstance(v, int) or float(v).is_integer() and not keep2:
        n = int(round(v))
        s = str(n)
        if n >= 1000:
            s = s[:-3] + sep + s[-3:]
        return s
    s = ("%.2f" % v).replace(".", ",")
    if not keep2:
        s = s.rstrip("0").rstrip(",")
    return s


# Layouts: which sheet columns hold №, the title, the value, the link; which are spacers.
L_STD = dict(no=1, title=3, value=5, value_end=5, link=7, last=7, spacers=[2, 4, 6])
L_SHIFT = dict(no=1, title=3, value=5, value_end=5, link=8, last=8, spacers=[2, 4, 6, 7])
L_MERGE = dict(no=1, title=3, value=5, value_end=7, link=9, last=9, spacers=[2, 4, 6, 8])

HEADER = ["№ п/п", "Наименование показателя", "Значение", "Документ (ссылка)"]


# ---------------------------------------- 1. СОШ № 1: «Сетевой город. Образование» ---------------------------
U1 = "https://kedr-sosh1.ru/upload/nastavnichestvo/"
def form_sosh1():
    d = SOSH1
    pr = U1 + "prikaz_142-od_o_zakreplenii_nastavnikov.pdf"
    pp = U1 + "prikaz_150-od_ppn_2024.pdf"
    rows = [
        S("1. Нормативное обеспечение реализации ЦМН в ОО"),
        R("1.1", "Положение о системе наставничества педагогов утверждено приказом по ОО (да/нет)",
          "orgs_regulation_teachers", U1 + "polozhenie_nastavnichestvo_pedagogov.pdf"),
        R("1.2", "Положение о наставничестве в отношении обучающихся утверждено приказом по ОО (да/нет)",
          "orgs_regulation_students", U1 + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf"),
        R("1.3", "Издан приказ по ОО о проведении мониторинга реализации ЦМН (да/нет)", "orgs_monitoring_order",
          U1 + "prikaz_118-od_monitoring_cmn.pdf"),
        SP,
        R("1.4", "Подготовлена справка по результатам внутреннего мониторинга ЦМН за 2024 г. (да/нет)",
          "internal_monitoring_notes", U1 + "spravka_vnutrenniy_monitoring_2024.pdf"),
        R("1.5", "Кураторы внедрения ЦМН, назначенные приказом директора, чел.", "curators_total",
          U1 + "prikaz_96-od_kuratory_cmn.pdf"),
        R("1.6", "Локальные акты об оплате (доплате) за наставническую деятельность, ед.", "pay_acts",
          U1 + "polozhenie_ob_oplate_truda_2024.pdf"),
        R("1.7", "Локальные акты о нематериальном стимулировании наставников, ед.", "nonmaterial_acts",
          U1 + "polozhenie_o_nematerialnom_stimulirovanii.pdf"),
        SP,
        S("2. Наставники"),
        R("2.1", "Численность наставников по приказу ОО, всего, чел.", "mentors_total", pr),
        R("2.2", "в т.ч. педагогические работники ОО", "teachers_mentors", pr),
        R("2.3", "в т.ч. обучающиеся 15–19 лет", "mentors_15_19", pr),
        R("2.4", "в т.ч. сотрудники других образовательных организаций (СПО, ВО, школы)", "external_edu_mentors", pr),
        R("2.5", "в т.ч. работники предприятий", "enterprise_mentors", pr),
        SP,
        R("2.6", "Численность обучающихся ОО в возрасте 15–19 лет (на 01.09.2024), чел.", "students_15_19"),
        R("2.7", "Удельный вес обучающихся 15–19 лет, выступающих наставниками, %", "share_mentors_15_19"),
        N("2.8", "Наставнические пары и группы, закреплённые приказом, ед.", "41", pr),
        SP,
        S("3. Сотрудничество с организациями"),
        R("3.1", "Соглашения (договоры) с образовательными организациями о привлечении их сотрудников "
                 "в качестве наставников, ед.", "agreements_edu_orgs", U1 + "dogovor_ikt_2024.pdf"),
        R("3.2", "Соглашения с предприятиями о привлечении работников в качестве наставников, ед.",
          "agreements_enterprises", U1 + "dogovory_predpriyatiya_2024.pdf"),
        R("3.3", "Организации-партнёры по наставничеству (перечень)", "partner_list",
          U1 + "dogovory_predpriyatiya_2024.pdf"),
        SP,
        S("4. Персонализированные программы наставничества (ППН)"),
        R("4.1", "ППН, утверждённые в ОО, всего, ед.", "pp_total", pp),
        R("4.2", "форма «ученик – ученик»", "pp_pupil_pupil", pp),
        R("4.3", "форма «учитель – учитель»", "pp_teacher_teacher", pp),
        R("4.4", "форма «руководитель – педагог»", "pp_head_teacher", pp),
        R("4.5", "форма «учитель – ученик»", "pp_teacher_pupil", pp),
        R("4.6", "форма «студент – ученик»", "pp_student_pupil", pp),
        R("4.7", "иные формы (указать): «выпускник – ученик»", "pp_other", pp),
        R("4.8", "Педагоги, задействованные в утверждённых ППН (наставники и наставляемые), чел.", "teachers_in_pp",
          pp),
        N("4.9", "Планируемое количество ППН на 2025 год, ед.", "50"),
        SP,
        S("5. Обучающиеся – наставляемые"),
        R("5.1", "Численность обучающихся 10–19 лет, всего, чел.", "students_10_19"),
        R("5.2", "Обучающиеся 10–19 лет в роли наставляемых, чел.", "mentees_10_19", pr),
        R("5.3", "в т.ч. из «группы риска»", "mentees_risk"),
        R("5.4", "в т.ч. дети с ОВЗ, дети-инвалиды", "mentees_disabled"),
        R("5.5", "в т.ч. одарённые дети (внесённые в реестр)", "mentees_gifted"),
        R("5.6", "в т.ч. с низкой учебной мотивацией, неуспевающие", "mentees_low_motivation"),
        R("5.7", "в т.ч. испытывающие трудности с выбором профессии / профиля обучения", "mentees_career"),
        R("5.8", "в т.ч. по иным основаниям", "mentees_other_params"),
        R("5.9", "Удельный вес наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19"),
        R("5.10", "Наставляемые по приказу ОО, всего (обучающиеся и педагоги), чел.", "mentees_total", pr),
        N("5.11", "Родители (законные представители), привлечённые к наставничеству, чел.", "6"),
        SP,
        S("6. Педагогические кадры"),
        R("6.1", "Молодые специалисты (до 35 лет, первые 3 года работы), чел.", "young_specialists"),
        R("6.2", "из них закреплены за наставником", "young_specialists_mentees", pr),
        R("6.3", "Педагоги, не относящиеся к молодым специалистам, чел.", "teachers_other"),
        R("6.4", "из них в роли наставляемого", "teachers_other_mentees", pr),
        R("6.5", "Удельный вес педагогов-наставляемых (молодые специалисты и остальные педагоги), %",
          "share_teachers_mentees"),
        R("6.6", "Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", U1 + "udostovereniya_kpk_2024.pdf"),
        R("6.7", "ШМО наставников, ед.", "school_methodical_associations", U1 + "prikaz_101-od_shmo.pdf"),
        SP,
        S("7. Удовлетворённость участием в программах наставничества"),
        R("7.1", "наставляемых (по итогам завершённых программ, анкетирование), %", "satisfaction_mentees",
          U1 + "anketirovanie_itogi_2024.pdf"),
        R("7.2", "наставников (по итогам завершённых программ, анкетирование), %", "satisfaction_mentors",
          U1 + "anketirovanie_itogi_2024.pdf"),
        N("7.3", "Мероприятия по наставничеству (семинары, встречи), проведённые в 2024 г., ед.", "14"),
    ]
    return dict(
        file="typed/sgo_sosh1_standart.xlsx", sheet="Отчёт", org=d["org"], data=d, rows=rows, layout=L_STD,
        title=[("Сетевой город. Образование", "sys"),
               ("Отчёт «Мониторинг реализации целевой модели наставничества»", "title"),
               ("Образовательная организация: " + d["org"], "param"),
               ("Период: 2024 год", "param"),
               ("Дата формирования: 13.12.2024 11:42", "param")],
        footer=["Ответственный: Лопатина Е. В., заместитель директора по УВР"],
        sep=" ", keep2=False, heading="merged",
    )


# ---------------------------------------- 2. Лицей № 5: ЭлЖур, two spacers before the link ----------------------
U2 = "https://licey5-kedr.ru/sveden/nastavnichestvo/"
Y2 = "https://disk.yandex.ru/d/"
def form_licey5():
    d = LICEY5
    pr = U2 + "prikaz_205_nastavniki_2024.pdf"
    pp = Y2 + "Lc5PPN2024kdr"
    rows = [
        S("Раздел 1. Нормативная база"),
        R("1", "Положение о наставничестве педработников лицея (утверждено, да/нет)", "orgs_regulation_teachers",
          U2 + "polozhenie_ped.pdf"),
        R("2", "Положение о наставничестве обучающихся лицея (утверждено, да/нет)", "orgs_regulation_students",
          U2 + "polozhenie_obuch.pdf"),
        R("3", "Приказ «О проведении мониторинга ЦМН» (да/нет)", "orgs_monitoring_order",
          U2 + "prikaz_188_monitoring.pdf"),
        R("4", "Кол-во кураторов ЦМН (приказ), чел.", "curators_total", U2 + "prikaz_171_kuratory.pdf"),
        R("5", "Кол-во локальных актов, регулирующих оплату наставничества, шт.", "pay_acts",
          U2 + "polozhenie_oplata.pdf"),
        R("6", "Кол-во локальных актов о моральном поощрении наставников, шт.", "nonmaterial_acts",
          U2 + "polozhenie_moralnoe_pooshchrenie.pdf"),
        SP,
        S("Раздел 2. Наставники и наставляемые"),
        R("7", "Кол-во наставников (всего по приказу), чел.", "mentors_total", pr),
        R("8", "Кол-во наставляемых (всего по приказу), чел.", "mentees_total", pr),
        R("9", "Кол-во педагогов лицея – наставников, чел.", "teachers_mentors", pr),
        R("10", "Кол-во молодых специалистов, выступающих наставниками, чел.", "young_specialists_mentors", pr),
        R("11", "Кол-во лицеистов 15–19 лет – наставников, чел.", "mentors_15_19", pr),
        R("12", "Контингент лицеистов 15–19 лет, чел.", "students_15_19"),
        R("13", "Доля лицеистов-наставников от контингента 15–19 лет, %", "share_mentors_15_19"),
        R("14", "Кол-во наставников – сотрудников вузов, колледжей, других школ, чел.", "external_edu_mentors", pr),
        R("15", "Кол-во наставников – работников предприятий, чел.", "enterprise_mentors", pr),
        N("16", "Кол-во наставнических пар (групп), ед.", "63", pr),
        S("Раздел 3. Партнёры"),
        R("17", "Кол-во договоров о сотрудничестве с вузами/СПО/школами (направляют наставников), шт.",
          "agreements_edu_orgs", U2 + "dogovory_vuz_spo.pdf"),
        R("18", "Кол-во договоров о сотрудничестве с предприятиями (направляют наставников), шт.",
          "agreements_enterprises", U2 + "dogovor_zmk.pdf"),
        R("19", "Партнёры лицея по наставничеству (наименования)", "partner_list"),
        SP,
        S("Раздел 4. Персонализированные программы (ПП)"),
        R("20", "Кол-во ПП наставничества, всего, шт.", "pp_total", pp),
        R("21", "– ученик – ученик", "pp_pupil_pupil", pp),
        R("22", "– учитель – учитель", "pp_teacher_teacher", pp),
        R("23", "– руководитель – педагог", "pp_head_teacher", pp),
        R("24", "– учитель – ученик", "pp_teacher_pupil", pp),
        R("25", "– студент – студент", "pp_student_student"),
        R("26", "– студент – ученик", "pp_student_pupil", pp),
        R("27", "Кол-во педагогов, участвующих в утверждённых ПП, чел.", "teachers_in_pp", pp),
        N("28", "Кол-во ПП, планируемых к утверждению в 2025 г., шт.", "60"),
        S("Раздел 5. Обучающиеся 10–19 лет"),
        R("29", "Контингент лицеистов 10–19 лет, чел.", "students_10_19"),
        R("30", "Кол-во лицеистов 10–19 лет – наставляемых, чел.", "mentees_10_19", pr),
        R("31", "из них: группа риска", "mentees_risk", pr),
        R("32", "из них: ОВЗ / инвалидность", "mentees_disabled", pr),
        R("33", "из них: одарённые (реестр)", "mentees_gifted", U2 + "reestr_odarennyh_2024.pdf"),
        R("34", "из них: низкая мотивация / неуспеваемость", "mentees_low_motivation"),
        R("35", "из них: проблемы выбора образовательной траектории, профессии", "mentees_career"),
        R("36", "из них: иные параметры", "mentees_other_params"),
        R("37", "Доля наставляемых от контингента 10–19 лет, %", "share_mentees_10_19"),
        SP,
        N("38", "Кол-во лицеистов – победителей и призёров олимпиад, имеющих наставника, чел.", "17"),
        S("Раздел 6. Педагоги"),
        R("39", "Кол-во молодых специалистов (до 35 лет, стаж 0–3 года), чел.", "young_specialists"),
        R("40", "Кол-во молодых специалистов – наставляемых, чел.", "young_specialists_mentees", pr),
        R("41", "Кол-во педагогов без учёта молодых специалистов, чел.", "teachers_other"),
        R("42", "Кол-во педагогов (кроме молодых специалистов) – наставляемых, чел.", "teachers_other_mentees", pr),
        R("43", "Доля педагогов-наставляемых от всех педагогов, %", "share_teachers_mentees"),
        R("44", "Кол-во педагогов, прошедших КПК по наставничеству (2024 г.), чел.", "kpk_trained",
          Y2 + "Lc5KPK2024nst"),
        R("45", "Наименования КПК по наставничеству", "kpk_courses", Y2 + "Lc5KPK2024nst"),
        R("46", "Кол-во методобъединений наставников, ед.", "school_methodical_associations",
          U2 + "prikaz_176_mo_nastavnikov.pdf"),
        R("47", "Удовлетворённость наставляемых (завершённые программы), %", "satisfaction_mentees",
          U2 + "monitoring_udovletvorennosti_2024.pdf"),
        R("48", "Удовлетворённость наставников (завершённые программы), %", "satisfaction_mentors",
          U2 + "monitoring_udovletvorennosti_2024.pdf"),
        N("49", "Кол-во заявок на конкурс «Наставник года – 2024», шт.", "3"),
    ]
    return dict(
        file="typed/elzhur_licey5_sdvig.xlsx", sheet="Sheet1", org=d["org"], data=d, rows=rows, layout=L_SHIFT,
        title=[("ЭлЖур – Отчёты", "sys"),
               ("Мониторинг ЦМН: показатели образовательной организации", "title"),
               ("Муниципальное образование: Кедровоборский муниципальный округ", "param"),
               ("Образовательная организация: " + d["org"], "param"),
               ("Учебный год: 2023/2024, отчётный период: 2024 г.", "param"),
               ("Выгрузка: 12.12.2024 16:05, пользователь: Сабурова Т. Н.", "param")],
        footer=[],
        sep=" ", keep2=True, heading="merged",
    )


# ---------------------------------------- 3. Верхнекедровская ООШ: Дневник.ру, value merged E:G ---------------
U3 = "https://vkedr-shkola.gosuslugi.ru/ofitsialno/nastavnichestvo/"
def form_vkedr():
    d = VKEDR
    pr = U3 + "prikaz_54_o_nastavnichestve.pdf"
    pp = U3 + "ppn_2024.pdf"
    rows = [
        S("I. Организационно-нормативное обеспечение"),
        R("1", "Утверждено ли в школе положение о наставничестве педагогических работников",
          "orgs_regulation_teachers", U3 + "polozhenie_pedagogi.pdf"),
        SP,
        R("2", "Утверждено ли в школе положение о наставничестве обучающихся", "orgs_regulation_students",
          U3 + "polozhenie_obuchayushchiesya.pdf"),
        SP,
        R("3", "Имеется приказ о мониторинге внедрения целевой модели наставничества", "orgs_monitoring_order",
          U3 + "prikaz_61_monitoring.pdf"),
        SP,
        R("4", "Подготовлена справка по итогам внутришкольного мониторинга ЦМН", "internal_monitoring_notes"),
        SP,
        R("5", "Куратор внедрения ЦМН в школе (количество человек)", "curators_total", U3 + "prikaz_48_kurator.pdf"),
        SP,
        S("II. Участники программ наставничества"),
        R("6", "Общее число наставников по приказу директора", "mentors_total", pr),
        R("7", "из них учителя школы", "teachers_mentors", pr),
        R("8", "из них обучающиеся 9 класса (15–19 лет)", "mentors_15_19", pr),
        R("9", "из них работники сельхозпредприятия", "enterprise_mentors", pr),
        R("10", "Общее число наставляемых по приказу директора", "mentees_total", pr),
        R("11", "Количество обучающихся школы в возрасте 15–19 лет", "students_15_19"),
        R("12", "Процент обучающихся 15–19 лет, являющихся наставниками", "share_mentors_15_19"),
        N("13", "Количество наставнических пар", "14", pr),
        R("14", "Договор о сотрудничестве с предприятием, предоставляющим наставников (количество)",
          "agreements_enterprises", U3 + "dogovor_spk_kirova.pdf"),
        R("15", "С кем заключён договор (наименование организации)", "partner_list",
          U3 + "dogovor_spk_kirova.pdf"),
        SP,
        S("III. Программы наставничества"),
        R("16", "Количество персонализированных программ наставничества, всего", "pp_total", pp),
        R("17", "в том числе «ученик – ученик»", "pp_pupil_pupil", pp),
        R("18", "в том числе «учитель – учитель»", "pp_teacher_teacher", pp),
        R("19", "в том числе «учитель – ученик»", "pp_teacher_pupil", pp),
        R("20", "Сколько педагогов задействовано в персонализированных программах", "teachers_in_pp", pp),
        SP,
        S("IV. Обучающиеся – наставляемые"),
        R("21", "Количество обучающихся в возрасте 10–19 лет (всего в школе)", "students_10_19"),
        R("22", "Количество обучающихся 10–19 лет, у которых есть наставник", "mentees_10_19", pr),
        R("23", "из них дети «группы риска»", "mentees_risk", pr),
        R("24", "из них дети с ОВЗ, дети-инвалиды", "mentees_disabled", pr),
        R("25", "из них одарённые дети (включены в реестр)", "mentees_gifted", U3 + "reestr_odarennye.pdf"),
        R("26", "из них слабоуспевающие, с низкой мотивацией", "mentees_low_motivation"),
        R("27", "из них затрудняющиеся в выборе профессии", "mentees_career"),
        R("28", "из них по другим причинам", "mentees_other_params"),
        R("29", "Процент охвата обучающихся 10–19 лет наставничеством", "share_mentees_10_19"),
        N("30", "Количество обучающихся 5–9 классов, вовлечённых в программы наставничества", "14"),
        SP,
        S("V. Педагогические работники"),
        R("31", "Количество молодых специалистов (до 35 лет, стаж работы до 3 лет)", "young_specialists"),
        R("32", "из них имеют наставника", "young_specialists_mentees", pr),
        R("33", "Количество педагогов (без молодых специалистов)", "teachers_other"),
        R("34", "из них имеют наставника", "teachers_other_mentees", pr),
        R("35", "Процент педагогов, имеющих наставника (от общего числа педагогов)", "share_teachers_mentees"),
        R("36", "Количество педагогов, прошедших курсы повышения квалификации по наставничеству в 2024 году",
          "kpk_trained", U3 + "udostoverenie_kpk.pdf"),
        R("37", "ШМО наставников (да/нет)", "school_methodical_associations", typed="Нет"),
        R("38", "Локальный акт об оплате наставничества (количество)", "pay_acts"),
        R("39", "Локальный акт о нематериальном поощрении наставников (количество)", "nonmaterial_acts",
          U3 + "polozhenie_pooshchrenie.pdf"),
        N("40", "Количество родителей, привлечённых в качестве наставников", "2"),
        SP,
        S("VI. Результативность"),
        R("41", "Удовлетворённость наставляемых по итогам анкетирования (завершённые программы), %",
          "satisfaction_mentees", U3 + "anketa_itogi.pdf"),
        R("42", "Удовлетворённость наставников по итогам анкетирования (завершённые программы), %",
          "satisfaction_mentors", U3 + "anketa_itogi.pdf"),
    ]
    return dict(
        file="typed/dnevnik_vkedr_oosh_sliyanie.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows,
        layout=L_MERGE,
        title=[("Дневник.ру | Отчёты | Мониторинг", "sys"),
               ("Мониторинг внедрения целевой модели наставничества", "title"),
               ("Образовательная организация: " + d["org"], "param"),
               ("Период: 2024 год", "param"),
               ("Сформировано: 11.12.2024 14:20", "param")],
        footer=["Отчёт сформирован автоматически. Директор ____________ Г. П. Вахрушева"],
        sep=" ", keep2=True, heading="merged",
    )


# ---------------------------------------- 4. Гимназия № 2: СГО, the header repeated after a page break ----------
U4 = "https://gimn2-kedrovobor.ru/wp-content/uploads/2024/"
def form_gimn2():
    d = GIMN2
    pr = U4 + "09/prikaz-233-o-nastavnichestve.pdf"
    pp = U4 + "10/prikaz-251-ppn.pdf"
    rows = [
        S("НОРМАТИВНОЕ ОБЕСПЕЧЕНИЕ"),
        R("1.", "Наличие утверждённого Положения о наставничестве педагогов гимназии", "orgs_regulation_teachers",
          U4 + "08/polozhenie-nastavnichestvo-pedagogov.pdf"),
        R("2.", "Наличие утверждённого Положения о наставничестве гимназистов", "orgs_regulation_students",
          U4 + "08/polozhenie-nastavnichestvo-gimnazistov.pdf"),
        R("3.", "Наличие приказа о проведении мониторинга внедрения ЦМН в гимназии", "orgs_monitoring_order",
          U4 + "10/prikaz-260-monitoring.pdf"),
        R("4.", "Численность кураторов ЦМН, назначенных приказом директора", "curators_total",
          U4 + "09/prikaz-219-kuratory.pdf"),
        R("5.", "Число локальных актов об оплате труда наставников", "pay_acts",
          U4 + "01/polozhenie-ob-oplate-truda.pdf"),
        R("6.", "Число локальных актов о нематериальном поощрении наставников", "nonmaterial_acts",
          U4 + "03/polozheniya-o-pooshchrenii.pdf"),
        SP,
        S("КАДРЫ НАСТАВНИКОВ"),
        R("7.", "Численность наставников, закреплённых приказом (всего)", "mentors_total", pr),
        R("8.", "педагоги гимназии", "teachers_mentors", pr),
        R("9.", "гимназисты в возрасте 15–19 лет", "mentors_15_19", pr),
        R("10.", "преподаватели и студенты вузов, колледжей, педагоги других школ", "external_edu_mentors", pr),
        R("11.", "сотрудники предприятий", "enterprise_mentors", pr),
        R("12.", "сотрудники организаций культуры, общественных объединений", "other_org_mentors", pr),
        R("13.", "Численность гимназистов в возрасте 15–19 лет", "students_15_19"),
        R("14.", "Доля гимназистов 15–19 лет, выступающих в роли наставника", "share_mentors_15_19"),
        N("15.", "Численность наставников, получивших благодарность управления образования", "6",
          U4 + "12/blagodarnosti-uo.pdf"),
        SP,
        S("СЕТЕВОЕ ВЗАИМОДЕЙСТВИЕ"),
        R("16.", "Заключено соглашений с вузами, колледжами, школами (предоставление наставников)",
          "agreements_edu_orgs", U4 + "09/soglasheniya-oo.pdf"),
        R("17.", "Заключено соглашений с предприятиями (предоставление наставников)", "agreements_enterprises",
          U4 + "09/soglashenie-kmz.pdf"),
        R("18.", "Заключено соглашений с организациями культуры, НКО (предоставление наставников)",
          "agreements_other_orgs", U4 + "09/soglasheniya-cbs-rddm.pdf"),
        R("19.", "Наименования организаций-партнёров", "partner_list"),
        SP,
        S("ПЕРСОНАЛИЗИРОВАННЫЕ ПРОГРАММЫ"),
        R("20.", "Число утверждённых персонализированных программ наставничества", "pp_total", pp),
        R("21.", "по форме «ученик – ученик»", "pp_pupil_pupil", pp),
        R("22.", "по форме «педагог – педагог»", "pp_teacher_teacher", pp),
        R("23.", "по форме «руководитель (заместитель) – педагог»", "pp_head_teacher", pp),
        R("24.", "по форме «педагог – гимназист»", "pp_teacher_pupil", pp),
        R("25.", "Число педагогов, участвующих в утверждённых персонализированных программах", "teachers_in_pp",
          pp),
        HDR,
        S("ГИМНАЗИСТЫ-НАСТАВЛЯЕМЫЕ"),
        R("26.", "Численность наставляемых, закреплённых приказом (всего)", "mentees_total", pr),
        R("27.", "Численность гимназистов 10–19 лет", "students_10_19"),
        R("28.", "Численность гимназистов 10–19 лет, закреплённых за наставниками", "mentees_10_19", pr),
        R("29.", "в т. ч. «группа риска»", "mentees_risk", pr),
        R("30.", "в т. ч. с ОВЗ, инвалидностью", "mentees_disabled", pr),
        R("31.", "в т. ч. из реестра одарённых детей", "mentees_gifted", pr),
        R("32.", "в т. ч. с низкой мотивацией к учёбе, неуспевающие", "mentees_low_motivation"),
        R("33.", "в т. ч. нуждающиеся в помощи при выборе профиля, профессии", "mentees_career"),
        R("34.", "в т. ч. по иным параметрам", "mentees_other_params"),
        R("35.", "Охват гимназистов 10–19 лет наставничеством в роли наставляемых, %", "share_mentees_10_19"),
        N("36.", "Численность выпускников 2024 г., имевших наставника", "22"),
        SP,
        S("ПЕДАГОГИ"),
        R("37.", "Численность молодых специалистов (возраст до 35 лет, стаж до 3 лет)", "young_specialists"),
        R("38.", "из них наставляемые", "young_specialists_mentees", pr),
        R("39.", "Численность педагогов, не являющихся молодыми специалистами", "teachers_other"),
        R("40.", "из них в роли наставляемого", "teachers_other_mentees", pr),
        R("41.", "Доля молодых специалистов, имеющих наставника, %", "share_young_specialists_mentees"),
        R("42.", "Доля педагогов, имеющих наставника (все педагоги), %", "share_teachers_mentees"),
        R("43.", "Доля педагогов-наставников, %", "share_teachers_mentors"),
        R("44.", "Численность педагогов, обученных по программам КПК по наставничеству в 2024 году", "kpk_trained",
          U4 + "12/kpk-2024.pdf"),
        R("45.", "Число методических объединений наставников в гимназии", "school_methodical_associations",
          U4 + "09/prikaz-221-mo.pdf"),
        N("46.", "Численность педагогов, имеющих квалификационную категорию «педагог-наставник»", "3"),
        SP,
        S("УДОВЛЕТВОРЁННОСТЬ"),
        R("47.", "Удовлетворённость участием в завершённых программах: наставляемые, %",
          "satisfaction_mentees", U4 + "12/anketirovanie-2024.pdf"),
        R("48.", "Удовлетворённость участием в завершённых программах: наставники, %", "satisfaction_mentors",
          U4 + "12/anketirovanie-2024.pdf"),
    ]
    return dict(
        file="typed/sgo_gimn2_povtor_shapki.xlsx", sheet="Отчёт", org=d["org"], data=d, rows=rows, layout=L_STD,
        title=[("АИС «Сетевой город. Образование» – Отчёты – Мониторинги", "sys"),
               ("Мониторинг внедрения целевой модели наставничества в ОО", "title"),
               ("Образовательная организация: " + d["org"], "param"),
               ("Период: 2024 год", "param"),
               ("Пользователь: Шкляева О. Л.   Дата: 13.12.2024", "param")],
        footer=[],
        sep=NBSP, keep2=False, heading="merged",
    )


# ---------------------------------------- 5. ЦДТ (ДОП): headings only in the title column -----------------------
U5 = "https://cdt-kedrovobor.ru/docs/cmn/"
M5 = "https://cloud.mail.ru/public/Kd7q/"
def form_cdt():
    d = CDT
    pr = U5 + "prikaz_37_nastavniki.pdf"
    pp = M5 + "ppn2024"
    rows = [
        S("Нормативная база"),
        R("1", "Положение о системе наставничества педагогических работников ЦДТ (утверждено)",
          "orgs_regulation_teachers", U5 + "polozhenie_pedagogi.pdf"),
        R("2", "Положение о системе наставничества обучающихся ЦДТ (утверждено)", "orgs_regulation_students",
          U5 + "polozhenie_obuchayushchiesya.pdf"),
        R("3", "Приказ о мониторинге ЦМН в ЦДТ (издан)", "orgs_monitoring_order", U5 + "prikaz_41_monitoring.pdf"),
        R("4", "Справка по результатам внутреннего мониторинга ЦМН (подготовлена)", "internal_monitoring_notes",
          U5 + "spravka_monitoring_2024.pdf"),
        R("5", "Куратор(ы) ЦМН, чел.", "curators_total", U5 + "prikaz_29_kurator.pdf"),
        R("6", "Акты об оплате наставнической деятельности, кол-во", "pay_acts"),
        R("7", "Акты о нематериальном поощрении наставников, кол-во", "nonmaterial_acts",
          U5 + "polozhenie_pooshchrenie.pdf"),
        SP,
        S("Наставники"),
        R("8", "Наставников по приказу директора – всего, чел.", "mentors_total", pr),
        R("9", "педагоги дополнительного образования ЦДТ, чел.", "teachers_mentors", pr),
        R("10", "в т.ч. молодые педагоги (до 35 лет, стаж до 3 лет), чел.", "young_specialists_mentors", pr),
        R("11", "обучающиеся 15–19 лет (старшие воспитанники объединений), чел.", "mentors_15_19", pr),
        R("12", "педагоги общеобразовательных школ и техникума, чел.", "external_edu_mentors", pr),
        R("13", "сотрудники музея и Дома культуры, чел.", "other_org_mentors", pr),
        R("14", "Всего обучающихся ЦДТ в возрасте 15–19 лет, чел.", "students_15_19"),
        R("15", "Доля обучающихся 15–19 лет, ставших наставниками, %", "share_mentors_15_19"),
        N("16", "Наставники – родители обучающихся (без приказа), чел.", "4"),
        SP,
        S("Социальные партнёры"),
        R("17", "Соглашения с образовательными организациями о предоставлении наставников, кол-во",
          "agreements_edu_orgs", U5 + "soglashenie_tehnikum.pdf"),
        R("18", "Соглашения с учреждениями культуры о предоставлении наставников, кол-во", "agreements_other_orgs",
          U5 + "soglasheniya_muzey_dk.pdf"),
        R("19", "Партнёры ЦДТ по наставничеству", "partner_list", U5 + "soglasheniya_muzey_dk.pdf"),
        SP,
        S("Персонализированные программы наставничества"),
        R("20", "Персонализированные программы наставничества, утверждённые в 2024 г., всего", "pp_total", pp),
        R("21", "в т.ч. форма «обучающийся – обучающийся»", "pp_pupil_pupil", pp),
        R("22", "в т.ч. форма «педагог – педагог»", "pp_teacher_teacher", pp),
        R("23", "в т.ч. форма «администрация – педагог»", "pp_head_teacher", pp),
        R("24", "в т.ч. форма «педагог – обучающийся»", "pp_teacher_pupil", pp),
        R("25", "Педагоги ДО, включённые в утверждённые персонализированные программы, чел.", "teachers_in_pp", pp),
        SP,
        S("Обучающиеся в роли наставляемых"),
        R("26", "Наставляемые по приказу – всего, чел.", "mentees_total", pr),
        R("27", "Обучающиеся ЦДТ 10–19 лет (по данным Навигатора на 01.10.2024), чел.", "students_10_19"),
        R("28", "Обучающиеся 10–19 лет, включённые в программы в роли наставляемых, чел.", "mentees_10_19", pr),
        R("29", "из них – «группа риска» (на учёте)", "mentees_risk", pr),
        R("30", "из них – с ОВЗ, инвалидностью", "mentees_disabled", pr),
        R("31", "из них – одарённые (в реестре одарённых детей УР)", "mentees_gifted", pr),
        R("32", "из них – с низкой учебной мотивацией, неуспевающие в школе", "mentees_low_motivation"),
        R("33", "из них – с трудностями профессионального самоопределения", "mentees_career", pr),
        R("34", "из них – по иным параметрам", "mentees_other_params"),
        R("35", "Охват обучающихся 10–19 лет наставничеством (роль наставляемого), %", "share_mentees_10_19"),
        N("36", "Объединения ЦДТ, в которых работают наставнические пары, кол-во", "17"),
        SP,
        S("Педагогические работники"),
        R("37", "Молодые педагоги (до 35 лет, первые три года работы), чел.", "young_specialists"),
        R("38", "– из них с наставником", "young_specialists_mentees", pr),
        R("39", "Остальные педагогические работники (кроме молодых), чел.", "teachers_other"),
        R("40", "– из них в роли наставляемых", "teachers_other_mentees", pr),
        R("41", "Доля педагогов с наставником (все педработники), %", "share_teachers_mentees"),
        R("42", "Педагоги, обучившиеся на курсах по наставничеству в 2024 г., чел.", "kpk_trained",
          M5 + "kpk2024"),
        R("43", "Методическое объединение наставников ЦДТ, кол-во", "school_methodical_associations",
          U5 + "prikaz_33_mo.pdf"),
        SP,
        S("Оценка удовлетворённости"),
        R("44", "Средний уровень удовлетворённости наставляемых (по завершённым программам), %",
          "satisfaction_mentees", M5 + "anketa2024"),
        R("45", "Средний уровень удовлетворённости наставников (по завершённым программам), %",
          "satisfaction_mentors", M5 + "anketa2024"),
        N("46", "Уровень удовлетворённости родителей работой наставников, %", "92"),
    ]
    return dict(
        file="typed/sgo_cdt_razdely_v_stolbce.xlsx", sheet="Мониторинг ЦМН", org=d["org"], data=d, rows=rows,
        layout=L_STD,
        title=[("Сетевой город. Образование – дополнительное образование", "sys"),
               ("Отчёт по мониторингу реализации целевой модели наставничества", "title"),
               ("Образовательная организация: " + d["org"], "param"),
               ("Учебный год: 2023/2024, отчётный период: 2024 г.", "param"),
               ("Дата печати: 10.12.2024", "param")],
        footer=["Исполнитель: Чиркова А. С., методист"],
        sep=" ", keep2=True, heading="title_col",
    )


# ---------------------------------------- 6. Ключевская СОШ: ЭлЖур, column numbers, line breaks ----------------
U6 = "https://klyuchi-school.ru/nastavnichestvo/"
def form_klyuchi():
    d = KLYUCHI
    pr = U6 + "prikaz_87-od_ot_02.09.2024.pdf"
    pp = U6 + "ppn_2024.pdf"
    rows = [
        S("Направление 1. Нормативно-правовое обеспечение реализации ЦМН"),
        R("1.1", "Приказ об утверждении Положения о наставничестве\nпедагогических работников",
          "orgs_regulation_teachers", U6 + "prikaz_70-od_polozhenie_ped.pdf"),
        R("1.2", "Приказ об утверждении Положения о наставничестве\nобучающихся", "orgs_regulation_students",
          U6 + "prikaz_71-od_polozhenie_obuch.pdf"),
        R("1.3", "Приказ о мониторинге ЦМН в школе", "orgs_monitoring_order", U6 + "prikaz_95-od_monitoring.pdf"),
        R("1.4", "Аналитическая справка по итогам\nвнутреннего мониторинга", "internal_monitoring_notes",
          U6 + "spravka_2024.pdf"),
        R("1.5", "Ответственные за внедрение ЦМН\n(кураторы), чел.", "curators_total", U6 + "prikaz_69-od.pdf"),
        R("1.6", "Положение об оплате (доплатах) наставникам, кол-во актов", "pay_acts",
          U6 + "polozhenie_oplata_truda.pdf"),
        R("1.7", "Положение о нематериальном поощрении\nнаставников, кол-во актов", "nonmaterial_acts"),
        S("Направление 2. Вовлечение педагогов и обучающихся в наставничество в роли наставников"),
        R("2.1", "Всего наставников (приказ от 02.09.2024 № 87-од)", "mentors_total", pr),
        SP,
        R("2.2", "педагоги-наставники", "teachers_mentors", pr),
        SP,
        R("2.3", "обучающиеся-наставники 15–19 лет", "mentors_15_19", pr),
        SP,
        R("2.4", "наставники из техникума (внешняя ОО)", "external_edu_mentors", pr),
        SP,
        R("2.5", "наставники – сотрудники агрохолдинга", "enterprise_mentors", pr),
        SP,
        R("2.6", "Обучающиеся 15–19 лет, всего по школе", "students_15_19"),
        SP,
        R("2.7", "Доля обучающихся-наставников\n(от обучающихся 15–19 лет), %", "share_mentors_15_19"),
        SP,
        N("2.8", "Наставники, работающие с 2 и более наставляемыми", "7"),
        S("Направление 3. Взаимодействие с социальными партнёрами"),
        R("3.1", "Соглашения с СПО/ВО о предоставлении наставников, ед.", "agreements_edu_orgs",
          U6 + "soglashenie_agrotehnikum.pdf"),
        R("3.2", "Договоры с предприятиями АПК (наставники из числа работников), ед.", "agreements_enterprises",
          U6 + "dogovor_agroholding.pdf"),
        R("3.3", "Партнёры (наименование организаций)", "partner_list"),
        R("3.4", "Предмет соглашения (кратко)", "agreement_subjects", U6 + "dogovor_agroholding.pdf"),
        S("Направление 4. Персонализированные программы наставничества"),
        R("4.1", "Персонализированные программы\nнаставничества (ППН), всего", "pp_total", pp),
        R("4.2", "ППН «ученик – ученик»", "pp_pupil_pupil", pp),
        R("4.3", "ППН «учитель – учитель»", "pp_teacher_teacher", pp),
        R("4.4", "ППН «директор / завуч – учитель»", "pp_head_teacher", pp),
        R("4.5", "ППН «учитель – ученик»", "pp_teacher_pupil", pp),
        R("4.6", "ППН «студент техникума – ученик»", "pp_student_pupil", pp),
        R("4.7", "Педагоги, участвующие в ППН, чел.", "teachers_in_pp", pp),
        S("Направление 5. Вовлечение обучающихся 10–19 лет в роли наставляемых"),
        R("5.1", "Всего наставляемых по приказу", "mentees_total", pr),
        R("5.2", "Обучающиеся 10–19 лет, всего по школе", "students_10_19"),
        R("5.3", "Наставляемые из числа обучающихся 10–19 лет", "mentees_10_19", pr),
        R("5.4", "в т.ч. группа риска (ВШУ, ПДН)", "mentees_risk"),
        R("5.5", "в т.ч. ОВЗ / дети-инвалиды", "mentees_disabled"),
        R("5.6", "в т.ч. одарённые (реестр)", "mentees_gifted"),
        R("5.7", "в т.ч. низкая мотивация, неуспевающие", "mentees_low_motivation"),
        R("5.8", "в т.ч. профориентация (выбор профессии)", "mentees_career"),
        R("5.9", "в т.ч. иное", "mentees_other_params"),
        R("5.10", "Доля наставляемых 10–19 лет, %", "share_mentees_10_19"),
        N("5.11", "Обучающиеся 10–18 лет в роли наставляемых\n(по форме прошлых лет)", "36"),
        S("Направление 6. Сопровождение молодых специалистов и педагогов"),
        R("6.1", "Молодые педагоги: возраст до 35 лет, стаж не более 3 лет, чел.", "young_specialists"),
        R("6.2", "из них имеют наставника", "young_specialists_mentees", pr),
        R("6.3", "Прочие педагоги (не молодые специалисты), чел.", "teachers_other"),
        R("6.4", "из них наставляемые (переход из другой ОО, смена предмета)", "teachers_other_mentees", pr),
        R("6.5", "Педагоги в роли наставляемого, % от всех педагогов", "share_teachers_mentees"),
        S("Направление 7. Профессиональное развитие наставников"),
        R("7.1", "Обучены на КПК по наставничеству в 2024 г., чел.", "kpk_trained", U6 + "kpk_2024.pdf"),
        R("7.2", "Курсы (наименование, объём)", "kpk_courses", U6 + "kpk_2024.pdf"),
        R("7.3", "Школьное методобъединение наставников, кол-во", "school_methodical_associations",
          U6 + "prikaz_88-od_shmo.pdf"),
        N("7.4", "Педагоги, планирующие обучение на КПК в 2025 г.", "3"),
        S("Направление 8. Удовлетворённость участников"),
        R("8.1", "Удовлетворённость наставляемых, %\n(анкетирование по завершённым программам)",
          "satisfaction_mentees", U6 + "anketirovanie_2024.pdf"),
        R("8.2", "Удовлетворённость наставников, %\n(анкетирование по завершённым программам)",
          "satisfaction_mentors", U6 + "anketirovanie_2024.pdf"),
    ]
    return dict(
        file="typed/elzhur_klyuchi_nomera_stolbcov.xlsx", sheet="Report", org=d["org"], data=d, rows=rows,
        layout=L_STD,
        title=[("ЭлЖур. Региональный отчёт", "sys"),
               ("Мониторинг реализации целевой модели наставничества (уровень ОО)", "title"),
               ("Образовательная организация: " + d["org"], "param"),
               ("Период: 2024 год", "param"),
               ("Статус: утверждён 12.12.2024", "param")],
        footer=["Директор ____________ / В. А. Корепанов /"],
        sep=" ", keep2=False, heading="merged", col_numbers=True,
    )


FORMS = [form_sosh1, form_licey5, form_vkedr, form_gimn2, form_cdt, form_klyuchi]


# --------------------------------------------------------------------------------------------------------------
def typed_value(form, cid, unit, v, override):
    if override is not None:
        return override
    if unit == "yesno" or cid in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
                                  "internal_monitoring_notes"):
        return yn(v)
    if unit in ("list", "text"):
        return v
    if unit in ("share", "level"):
        return num_text(v, form["sep"], keep2=(form["keep2"] and unit == "share"))
    return num_text(v, form["sep"])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="E7E6E6")


def build(form, cat, cells):
    L = form["layout"]
    wb = Workbook()
    wb.properties.creator = "export"
    wb.properties.lastModifiedBy = "export"
    ws = wb.active
    ws.title = form["sheet"]
    widths = {L["no"]: 6, L["title"]: 64, L["value"]: 13, L["link"]: 58}
    if L["value_end"] != L["value"]:
        widths[L["value"]] = 7
        widths[L["value_end"]] = 7
    for c in range(1, L["last"] + 1):
        ws.column_dimensions[get_column_letter(c)].width = widths.get(c, 1.7 if c in L["spacers"] else 8)
    last = L["last"]
    data_cols = [L["no"], L["title"], L["value"], L["link"]]

    r = 1
    for text, kind in form["title"]:
        c = ws.cell(r, 1, text)
        c.font = Font(bold=(kind == "title"), size=(12 if kind == "title" else 9), italic=(kind == "sys"),
                      color=("7F7F7F" if kind == "sys" else None))
        c.alignment = Alignment(horizontal=("center" if kind == "title" else "left"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        r += 1
    r += 1

    def header_row(r, texts):
        for col, h in zip(data_cols, texts):
            cell = ws.cell(r, col, h)
            cell.font = Font(bold=True, size=9)
            cell.border = BOX
            cell.fill = GREY
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if L["value_end"] != L["value"]:
            ws.merge_cells(start_row=r, start_column=L["value"], end_row=r, end_column=L["value_end"])

    header_row(r, HEADER)
    r += 1
    if form.get("col_numbers"):
        header_row(r, ["1", "2", "3", "4"])
        r += 1

    d = form["data"]
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    seen = set()
    for row in form["rows"]:
        if row[0] == "SP":
            ws.row_dimensions[r].height = 5
            r += 1
            continue
        if row[0] == "HDR":
            header_row(r, HEADER)
            r += 1
            continue
        if row[0] == "S":
            if form["heading"] == "merged":
                c = ws.cell(r, 1, row[1])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
            else:
                c = ws.cell(r, L["title"], row[1])
            c.font = Font(bold=True, size=10)
            entry["headings"].append(row[1])
            r += 1
            continue
        if row[0] == "R":
            _, no, title, cid, link, override = row
            assert cid in cat, cid
            assert cat[cid]["level"] == "org" and cat[cid]["wording_2024"].strip(), cid
            assert cat[cid]["aggregation"] not in ("forms", "sum_of"), cid
            assert cid not in seen, (form["file"], cid)
            seen.add(cid)
            v = d[cid]
            tv = typed_value(form, cid, cat[cid]["unit"], v, override)
            assert isinstance(tv, str)
            value = v if cat[cid]["unit"] in ("list", "text") else (int(v) if float(v).is_integer() else v)
            ws.cell(r, L["no"], no)
            tc = ws.cell(r, L["title"], title)
            vc = ws.cell(r, L["value"], tv)
            entry["values"][cid] = value
            cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate, "criterion": cid,
                          "kind": "value", "expected": value, "typed": tv, "row_title": title,
                          "title_cell": tc.coordinate})
            if link:
                lc = ws.cell(r, L["link"], link)
                entry["links"][cid] = link
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": lc.coordinate,
                              "criterion": cid, "kind": "link", "expected": link, "row_title": title,
                              "title_cell": tc.coordinate})
        else:
            _, no, title, tv, link = row
            ws.cell(r, L["no"], no)
            ws.cell(r, L["title"], title)
            ws.cell(r, L["value"], tv)
            if link:
                ws.cell(r, L["link"], link)
            entry["not_criteria"].append(title)
        for col in data_cols:
            cell = ws.cell(r, col)
            cell.border = BOX
            cell.font = Font(size=9)
            cell.alignment = Alignment(wrap_text=(col in (L["title"], L["link"])), vertical="top",
                                       horizontal=("center" if col == L["value"] else None))
        if L["value_end"] != L["value"]:
            ws.merge_cells(start_row=r, start_column=L["value"], end_row=r, end_column=L["value_end"])
        r += 1
    r += 1
    for t in form.get("footer", []):
        ws.cell(r, 1, t).font = Font(size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        r += 1
    TYPED.mkdir(exist_ok=True)
    save_pinned(wb, HERE / form["file"])
    return entry


def save_pinned(wb, path):
    """Save; make every string cell an inline string (as the exports do) even if this openpyxl writes a shared
    string table; pin the document dates and the zip entry times so that a re-run gives the same bytes."""
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [n for n, _ in entries]
    shared = []
    if "xl/sharedStrings.xml" in names:
        ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
        root = ET.fromstring(dict(entries)["xl/sharedStrings.xml"])
        for si in root.findall(ns + "si"):
            shared.append("".join(t.text or "" for t in si.iter(ns + "t")))

    def inline(m):
        attrs = m.group(1)
        text = shared[int(m.group(2))]
        return '<c %st="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (attrs, escape(text))

    out = []
    for name, data in entries:
        if name == "xl/sharedStrings.xml":
            continue
        if shared and name.startswith("xl/worksheets/sheet"):
            data = re.sub(r'<c ((?:[a-z]+="[^"]*" )*?)t="s"(?: [a-z]+="[^"]*")*><v>(\d+)</v></c>',
                          inline, data.decode("utf-8")).encode("utf-8")
        if shared and name == "[Content_Types].xml":
            data = re.sub(rb'<Override[^>]*sharedStrings[^>]*/>', b"", data)
        if shared and name == "xl/_rels/workbook.xml.rels":
            data = re.sub(rb'<Relationship[^>]*sharedStrings[^>]*/>', b"", data)
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + PINNED_ISO.encode(), data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=PINNED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    cat = load_catalogue()
    cells, expected = [], []
    for f in FORMS:
        expected.append(build(f(), cat, cells))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    for e in expected:
        v, l = e["values"], e["links"]
        nc = [k for k in v if k not in CONTINGENTS]
        print(f"  {e['file']}: {len(v)} values, {len(l)} links ({100 * len(l) / len(nc):.1f} % of {len(nc)} "
              f"non-contingent rows), {len(e['not_criteria'])} not-criteria, {len(e['headings'])} headings")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings")


if __name__ == "__main__":
    main()
