#!/usr/bin/env python3
"""heldout126: one-organisation forms laid out as TWO (in one file THREE) TABLES SIDE BY SIDE on one sheet, to fit
one landscape page. Each table has its own header row; the tables are separated by one or two empty columns,
start at different rows, differ in their columns and in their row heights (vertically merged rows, merged heading
rows on one side only). Deterministic (no randomness, pinned document times and zip entry times).

Writes typed/*.xlsx, expected.json and cells.json next to this script.
"""
import csv
import datetime
import json
import pathlib
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_TIME = datetime.datetime(2024, 12, 16, 9, 30, 0)
ZIP_TIME = (2024, 12, 16, 9, 30, 0)

CONTINGENTS = ("students_10_19", "students_15_19", "young_specialists", "teachers_other")


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def allowed_ids(cat):
    return {k for k, r in cat.items() if r["level"] == "org" and r["wording_2024"].strip()
            and r["aggregation"] not in ("forms", "sum_of")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
EXTERNAL = ("external_edu_mentors", "enterprise_mentors", "other_org_mentors")


def derive(d):
    """Totals and shares that follow from the organisation's own figures (absent parts are 0)."""
    d = dict(d)
    d["pp_total"] = sum(d.get(k, 0) for k in PP_FORMS)
    d["mentors_total"] = d["teachers_mentors"] + d["mentors_15_19"] + sum(d.get(k, 0) for k in EXTERNAL)
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert sum(d.get(k, 0) for k in GROUPS) == d["mentees_10_19"], d["org"]
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    if "young_specialists_mentors" in d:
        d["share_young_specialists_mentors"] = pct(d["young_specialists_mentors"], d["young_specialists"])
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["mentees_10_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d["teachers_mentors"] <= teachers
    assert d.get("young_specialists_mentors", 0) <= min(d["young_specialists"], d["teachers_mentors"])
    assert d["teachers_in_pp"] <= teachers
    assert d["kpk_trained"] <= teachers
    return d


# --------------------------------------------------------------------------------------------------------------
# The organisations (муниципальный округ Лозинский район Удмуртской Республики, invented)
# --------------------------------------------------------------------------------------------------------------
SOSH1 = derive(dict(
    org="МБОУ «Лозинская средняя общеобразовательная школа № 1»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=22, mentors_15_19=18, external_edu_mentors=2, enterprise_mentors=3, other_org_mentors=1,
    agreements_edu_orgs=1, agreements_enterprises=2,
    partner_list="ГБПОУ УР «Лозинский индустриальный техникум»; ООО «Лозинский молочный комбинат»; "
                 "АО «Лозинское ДРСУ»; Лозинский районный совет ветеранов",
    pp_pupil_pupil=15, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=24, pp_other=1,
    students_10_19=534, mentees_10_19=64, mentees_risk=10, mentees_disabled=7, mentees_gifted=9,
    mentees_low_motivation=16, mentees_career=14, mentees_other_params=8,
    students_15_19=142,
    young_specialists=8, young_specialists_mentees=7, teachers_other=47, teachers_other_mentees=5,
    teachers_in_pp=29, kpk_trained=6, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=92, satisfaction_mentors=89,
))

GIMN5 = derive(dict(
    org="МАОУ «Лозинская гимназия № 5»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=31, mentors_15_19=27, external_edu_mentors=4, enterprise_mentors=1,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Лозинский педагогический "
                 "колледж»; ООО «Прикамская нефтесервисная компания»",
    pp_pupil_pupil=22, pp_teacher_teacher=12, pp_head_teacher=2, pp_teacher_pupil=28,
    students_10_19=648, mentees_10_19=82, mentees_risk=4, mentees_disabled=5, mentees_gifted=31,
    mentees_low_motivation=12, mentees_career=22, mentees_other_params=8,
    students_15_19=221,
    young_specialists=10, young_specialists_mentees=9, teachers_other=66, teachers_other_mentees=6,
    agreement_subjects="руководство исследовательскими проектами гимназистов (УдГУ); наставничество студентов-"
                       "практикантов педколледжа в 5–7 классах; профпробы для 10–11 классов на предприятии",
    teachers_in_pp=38, kpk_trained=9,
    pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=94.6, satisfaction_mentors=91.2,
))

SOSH3 = derive(dict(
    org="МБОУ «Лозинская СОШ № 3 с углублённым изучением отдельных предметов»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=26, mentors_15_19=21, external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=2,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=2,
    partner_list="БПОУ УР «Лозинский политехнический колледж»; АО «Лозинский завод металлоконструкций»; "
                 "МБУК «Лозинский краеведческий музей»; МБУ «Молодёжный центр «Ровесник»»",
    pp_pupil_pupil=18, pp_teacher_teacher=10, pp_head_teacher=3, pp_teacher_pupil=22,
    students_10_19=702, mentees_10_19=77, mentees_risk=12, mentees_disabled=6, mentees_gifted=14,
    mentees_low_motivation=18, mentees_career=17, mentees_other_params=10,
    students_15_19=188,
    young_specialists=6, young_specialists_mentees=6, teachers_other=58, teachers_other_mentees=4,
    teachers_in_pp=30, kpk_trained=4, pay_acts=1, nonmaterial_acts=0,
    satisfaction_mentees=88, satisfaction_mentors=90,
))

KUZM = derive(dict(
    org="МБОУ «Кузьминская основная общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=7, mentors_15_19=4, enterprise_mentors=1,
    agreements_edu_orgs=0, agreements_enterprises=1,
    partner_list="СПК (колхоз) «Кузьминский»",
    pp_pupil_pupil=5, pp_teacher_teacher=2, pp_head_teacher=0, pp_teacher_pupil=9,
    students_10_19=58, mentees_10_19=17, mentees_risk=4, mentees_disabled=3, mentees_gifted=1,
    mentees_low_motivation=6, mentees_career=2, mentees_other_params=1,
    students_15_19=11,
    young_specialists=2, young_specialists_mentees=2, teachers_other=13, teachers_other_mentees=1,
    teachers_in_pp=9, kpk_trained=2,
    kpk_courses="Наставничество в образовании: от теории к практике (АОУ ДПО УР ИРО, 24 ч)",
    school_methodical_associations=0, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=95, satisfaction_mentors=100,
))

CDT = derive(dict(
    org="МБУ ДО «Лозинский районный центр детского творчества»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=14, young_specialists_mentors=1, mentors_15_19=16, other_org_mentors=3,
    agreements_other_orgs=2,
    partner_list="МБУК «Лозинский районный Дом культуры»; АНО «Центр развития добровольчества «Лозинск-Волонтёр»»",
    pp_pupil_pupil=11, pp_teacher_teacher=5, pp_teacher_pupil=19, pp_other=2,
    students_10_19=846, mentees_10_19=53, mentees_risk=6, mentees_disabled=9, mentees_gifted=21,
    mentees_career=7, mentees_other_params=10,
    students_15_19=233,
    young_specialists=5, young_specialists_mentees=5, teachers_other=34, teachers_other_mentees=3,
    teachers_in_pp=17, kpk_trained=3, school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=91.5, satisfaction_mentors=93,
))

LICEY = derive(dict(
    org="МБОУ «Лозинский лицей»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=28, mentors_15_19=34, external_edu_mentors=5, enterprise_mentors=2,
    agreements_edu_orgs=3, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Ижевский государственный технический университет имени М. Т. Калашникова»; "
                 "ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Лозинский индустриальный "
                 "техникум»; АО «Лозинский электромеханический завод»",
    agreement_subjects="руководство проектными и исследовательскими работами лицеистов, подготовка к олимпиадам "
                       "(вузы, техникум); инженерные профпробы для 10–11 классов на базе завода",
    pp_pupil_pupil=26, pp_teacher_teacher=11, pp_head_teacher=2, pp_teacher_pupil=21, pp_student_pupil=6,
    students_10_19=596, mentees_10_19=71, mentees_risk=2, mentees_disabled=3, mentees_gifted=29,
    mentees_low_motivation=8, mentees_career=24, mentees_other_params=5,
    students_15_19=247,
    young_specialists=9, young_specialists_mentees=8, teachers_other=55, teachers_other_mentees=5,
    teachers_in_pp=35, kpk_trained=8, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=96.3, satisfaction_mentors=92.8,
))


# --------------------------------------------------------------------------------------------------------------
# Row helpers.  S(text, no) = section / direction heading; R(no, title, cid, link, typed, h) = criterion row;
# N(no, title, value, link, h) = a row that looks like a criterion but is not one.  h = rows merged vertically.
# no="#" = numbered by the form's running counter (continuation numbering across the tables).
# --------------------------------------------------------------------------------------------------------------
def S(text, no=None, h=1):
    return dict(kind="S", no=no, title=text, h=h)


def R(no, title, cid, link=None, typed=None, h=1):
    return dict(kind="R", no=no, title=title, cid=cid, link=link, typed=typed, h=h)


def N(no, title, value, link=None, h=1):
    return dict(kind="N", no=no, title=title, value=value, link=link, h=h)


def yn(word_yes, word_no):
    return lambda v: word_yes if v else word_no


def pct_text(v, suffix=" %"):
    return ("%.2f" % v).replace(".", ",") + suffix


# ----------------------------------- 1. СОШ № 1: headings on the left only --------------------------------------
U1 = "https://sosh1-lozinsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
def form_sosh1():
    d = SOSH1
    left = [
        S("1. Нормативно-правовое обеспечение"),
        R("1.1", "Положение о системе наставничества педагогических работников ОО (приказ об утверждении)",
          "orgs_regulation_teachers", U1 + "prikaz_112_polozhenie_ped.pdf"),
        R("1.2", "Положение о системе наставничества обучающихся ОО (приказ об утверждении)",
          "orgs_regulation_students", U1 + "prikaz_113_polozhenie_obuch.pdf"),
        R("1.3", "Приказ о проведении мониторинга реализации ЦМН в ОО", "orgs_monitoring_order",
          U1 + "prikaz_187_monitoring_cmn.pdf"),
        R("1.4", "Информационная справка по результатам внутреннего мониторинга ЦМН", "internal_monitoring_notes",
          U1 + "spravka_monitoring_2024.pdf"),
        N("1.5", "Дорожная карта внедрения ЦМН на 2024–2025 уч. год", "да", U1 + "doroghnaya_karta_2024-2025.pdf"),
        S("2. Организационное обеспечение"),
        R("2.1", "Кураторы внедрения ЦМН (назначены приказом), чел.", "curators_total",
          U1 + "prikaz_114_kuratory.pdf"),
        R("2.2", "Всего наставников в ОО по приказу о закреплении, чел.", "mentors_total",
          U1 + "prikaz_121_zakreplenie.pdf"),
        R("2.3", "Всего наставляемых в ОО по приказу о закреплении, чел.", "mentees_total",
          U1 + "prikaz_121_zakreplenie.pdf"),
        R("2.4", "Соглашения о сотрудничестве с образовательными организациями (СПО, ВО, школы), направившими "
                 "своих сотрудников-наставников, шт.", "agreements_edu_orgs", U1 + "soglashenie_tehnikum.pdf"),
        R("2.5", "Соглашения с предприятиями, работники которых выступают наставниками, шт.",
          "agreements_enterprises", U1 + "soglasheniya_predpriyatiya.pdf"),
        R("2.6", "Организации-партнёры по наставничеству (наименования)", "partner_list",
          U1 + "partnery_cmn.pdf"),
        N("2.7", "Наставнические пары и группы, сформированные в 2024 г.", 51, U1 + "prikaz_121_zakreplenie.pdf"),
        S("3. Персонализированные программы наставничества (ППН)"),
        R("3.1", "ППН, утверждённые в ОО, всего", "pp_total", U1 + "prikaz_125_ppn.pdf"),
        R("3.2", "в т.ч. по форме «ученик – ученик»", "pp_pupil_pupil", U1 + "prikaz_125_ppn.pdf"),
        R("3.3", "в т.ч. по форме «учитель – учитель»", "pp_teacher_teacher", U1 + "prikaz_125_ppn.pdf"),
        R("3.4", "в т.ч. по форме «руководитель – педагог»", "pp_head_teacher", U1 + "prikaz_125_ppn.pdf"),
        R("3.5", "в т.ч. по форме «учитель – ученик»", "pp_teacher_pupil", U1 + "prikaz_125_ppn.pdf"),
        R("3.6", "в т.ч. иные формы («родитель – ученик»)", "pp_other", U1 + "prikaz_125_ppn.pdf"),
        S("4. Привлечение внешних наставников"),
        R("4.1", "Наставники – сотрудники других образовательных организаций (по приказу)", "external_edu_mentors",
          U1 + "prikaz_121_zakreplenie.pdf"),
        R("4.2", "Наставники – представители предприятий", "enterprise_mentors", U1 + "prikaz_121_zakreplenie.pdf"),
        R("4.3", "Наставники из общественных организаций, учреждений культуры", "other_org_mentors",
          U1 + "prikaz_121_zakreplenie.pdf"),
        S("5. Вовлечение обучающихся 10–19 лет в роли наставляемых"),
        R("5.1", "Численность обучающихся 10–19 лет в ОО (на 01.09.2024)", "students_10_19"),
        R("5.2", "Обучающиеся 10–19 лет – наставляемые, всего", "mentees_10_19", U1 + "baza_nastavlyaemyh.pdf"),
        R("5.3", "из них: «группа риска»", "mentees_risk"),
        R("5.4", "из них: дети с ОВЗ, дети-инвалиды", "mentees_disabled"),
        R("5.5", "из них: одарённые дети (включённые в реестр)", "mentees_gifted"),
        R("5.6", "из них: низкая учебная мотивация, неуспевающие", "mentees_low_motivation"),
        R("5.7", "из них: затрудняющиеся с выбором профиля / профессии", "mentees_career"),
        R("5.8", "из них: по иным основаниям", "mentees_other_params"),
        R("5.9", "Доля наставляемых 10–19 лет от общей численности обучающихся этого возраста, %",
          "share_mentees_10_19"),
        S("6. Вовлечение обучающихся 15–19 лет в роли наставников"),
        R("6.1", "Численность обучающихся 15–19 лет", "students_15_19"),
        R("6.2", "Обучающиеся 15–19 лет, выполняющие роль наставника (по приказу)", "mentors_15_19",
          U1 + "baza_nastavnikov.pdf"),
        R("6.3", "Доля обучающихся 15–19 лет – наставников, %", "share_mentors_15_19"),
    ]
    right = [
        R("7.1", "Удовлетворённость наставляемых по итогам завершённых программ, %", "satisfaction_mentees",
          U1 + "anketirovanie_2024.pdf"),
        R("7.2", "Удовлетворённость наставников по итогам завершённых программ, %", "satisfaction_mentors",
          U1 + "anketirovanie_2024.pdf"),
        R("8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "young_specialists"),
        R("8.2", "Молодые специалисты – наставляемые", "young_specialists_mentees", U1 + "prikaz_121_zakreplenie.pdf"),
        R("8.3", "Педагоги без учёта молодых специалистов, всего", "teachers_other"),
        R("8.4", "Педагоги (кроме молодых специалистов) – наставляемые", "teachers_other_mentees",
          U1 + "prikaz_121_zakreplenie.pdf"),
        R("8.5", "Доля педагогов-наставляемых от общего числа педагогов, %", "share_teachers_mentees"),
        R("9.1", "Педагоги, участвующие в утверждённых ППН", "teachers_in_pp", U1 + "prikaz_125_ppn.pdf"),
        R("9.2", "Педагоги, прошедшие КПК по наставничеству в 2024 г.", "kpk_trained",
          U1 + "udostovereniya_kpk_2024.pdf"),
        R("9.3", "ШМО наставников", "school_methodical_associations", U1 + "prikaz_130_shmo.pdf"),
        N("9.4", "Педагоги-наставники – участники муниципального конкурса «Наставник года»", 2,
          U1 + "konkurs_nastavnik_goda.pdf"),
        R("10.1", "Педагоги-наставники", "teachers_mentors", U1 + "prikaz_121_zakreplenie.pdf"),
        R("11.1", "Локальные акты об оплате (доплате) за наставничество", "pay_acts",
          U1 + "polozhenie_oplata_truda.pdf"),
        R("11.2", "Локальные акты о нематериальном поощрении наставников", "nonmaterial_acts",
          U1 + "polozhenie_pooshchrenie.pdf"),
        N("11.3", "Родители, привлечённые к наставничеству (по согласию)", 6),
    ]
    return dict(
        file="typed/sosh1_razdely_sleva.xlsx", sheet="ЦМН 2024", org=d["org"], data=d, yesno=yn("да", "нет"),
        width_cols=9,
        titles=[(1, "Мониторинг реализации целевой модели наставничества в образовательной организации", True),
                (2, "Отчётный период: 2024 год", False)],
        cells=[(3, 1, "Наименование ОО:", 2, True), (3, 3, d["org"], 9, False)],
        blocks=[
            dict(col=1, top=5, layout="nvl", header=["№", "Показатель", "Значение", "Ссылка"],
                 widths=[6, 46, 10, 34], headings="merge", rows=left),
            dict(col=6, top=5, layout="nvl", header=["№", "Показатель", "Значение", "Ссылка"],
                 widths=[6, 44, 10, 34], headings="none", rows=right),
        ],
        footer=[(2, "Директор ____________ Т. В. Ложкина")],
    )


# --------------------------- 2. Гимназия № 5: the right table continues the numbering (24–45) -------------------
U2 = "https://gimn5-lozinsk.ru/upload/nastavnichestvo/2024/"
def form_gimn5():
    d = GIMN5
    left = [
        S("Нормативная база"),
        R("#", "Приказ об утверждении Положения о наставничестве педагогических работников гимназии",
          "orgs_regulation_teachers", U2 + "prikaz_64-od_polozhenie_pedagogi.pdf"),
        R("#", "Приказ об утверждении Положения о наставничестве обучающихся гимназии",
          "orgs_regulation_students", U2 + "prikaz_65-od_polozhenie_obuchayushchiesya.pdf"),
        R("#", "Приказ о мониторинге реализации ЦМН в гимназии", "orgs_monitoring_order",
          U2 + "prikaz_203-od_monitoring.pdf"),
        R("#", "Справка по итогам внутреннего мониторинга реализации ЦМН", "internal_monitoring_notes",
          U2 + "spravka_itogi_monitoringa.pdf"),
        S("Кадры и партнёры"),
        R("#", "Куратор(ы) ЦМН в гимназии", "curators_total", U2 + "prikaz_66-od_kurator.pdf"),
        R("#", "Наставники по приказу (все категории)", "mentors_total", U2 + "prikaz_210-od_pary.pdf"),
        R("#", "Наставляемые по приказу (все категории)", "mentees_total", U2 + "prikaz_210-od_pary.pdf"),
        R("#", "Соглашения с вузами и колледжами, предоставившими наставников", "agreements_edu_orgs",
          U2 + "soglasheniya_udgu_pedkolledzh.pdf"),
        R("#", "Соглашения с предприятиями, предоставившими наставников", "agreements_enterprises",
          U2 + "soglashenie_pnk.pdf"),
        R("#", "Партнёры гимназии по наставничеству", "partner_list", U2 + "partnery.pdf"),
        R("#", "Предмет заключённых соглашений", "agreement_subjects", U2 + "partnery.pdf"),
        N("#", "Совместные мероприятия с партнёрами (профпробы, мастер-классы, экскурсии)", 14,
          U2 + "meropriyatiya_partnery.pdf"),
        S("Персонализированные программы наставничества"),
        R("#", "Утверждено ППН (все формы)", "pp_total", U2 + "prikaz_211-od_ppn.pdf"),
        R("#", "– «ученик – ученик»", "pp_pupil_pupil", U2 + "prikaz_211-od_ppn.pdf"),
        R("#", "– «учитель – учитель»", "pp_teacher_teacher", U2 + "prikaz_211-od_ppn.pdf"),
        R("#", "– «руководитель – педагог»", "pp_head_teacher", U2 + "prikaz_211-od_ppn.pdf"),
        R("#", "– «учитель – ученик»", "pp_teacher_pupil", U2 + "prikaz_211-od_ppn.pdf"),
        S("Гимназисты 10–19 лет"),
        R("#", "Количество гимназистов 10–19 лет (по списочному составу)", "students_10_19"),
        R("#", "Гимназисты 10–19 лет, имеющие наставника (наставляемые)", "mentees_10_19",
          U2 + "baza_nastavlyaemyh.pdf"),
        R("#", "в т.ч. из «группы риска»", "mentees_risk"),
        R("#", "в т.ч. с ОВЗ и инвалидностью", "mentees_disabled"),
        R("#", "в т.ч. одарённые (реестр одарённых детей)", "mentees_gifted"),
        R("#", "в т.ч. с низкой мотивацией и неуспевающие", "mentees_low_motivation"),
    ]
    right = [
        R("#", "в т.ч. испытывающие трудности с выбором профиля и профессии", "mentees_career"),
        R("#", "в т.ч. по иным параметрам", "mentees_other_params"),
        R("#", "Охват гимназистов 10–19 лет наставничеством (наставляемые), %", "share_mentees_10_19"),
        N("#", "Гимназисты, снятые с внутришкольного учёта после работы с наставником", 2),
        S("Гимназисты 15–19 лет"),
        R("#", "Количество гимназистов 15–19 лет", "students_15_19"),
        R("#", "Гимназисты 15–19 лет – наставники (по приказу)", "mentors_15_19", U2 + "baza_nastavnikov.pdf"),
        S("Внешние наставники"),
        R("#", "Наставники – преподаватели и студенты вузов, колледжей", "external_edu_mentors",
          U2 + "prikaz_210-od_pary.pdf"),
        R("#", "Наставники – специалисты предприятий", "enterprise_mentors", U2 + "prikaz_210-od_pary.pdf"),
        S("Педагоги"),
        R("#", "Молодые специалисты гимназии (до 35 лет, первые 3 года работы)", "young_specialists"),
        R("#", "из них закреплены за наставником", "young_specialists_mentees", U2 + "prikaz_210-od_pary.pdf"),
        R("#", "Педагоги гимназии, кроме молодых специалистов", "teachers_other"),
        R("#", "из них наставляемые (смена должности, новые предметы и др.)", "teachers_other_mentees",
          U2 + "prikaz_210-od_pary.pdf"),
        R("#", "Доля педагогов-наставляемых (молодые специалисты и остальные) от всех педагогов, %",
          "share_teachers_mentees"),
        R("#", "Педагоги – наставники (по приказу)", "teachers_mentors", U2 + "prikaz_210-od_pary.pdf"),
        N("#", "Педагоги – наставники молодых специалистов", 9, U2 + "prikaz_210-od_pary.pdf"),
        R("#", "Педагоги – участники утверждённых ППН", "teachers_in_pp", U2 + "prikaz_211-od_ppn.pdf"),
        R("#", "Педагоги, обученные на КПК по наставничеству (2024 г.)", "kpk_trained", U2 + "kpk_2024.pdf"),
        N("#", "Педагоги, направляемые на КПК по наставничеству в 2025 г. (план)", 5),
        S("Поощрение и удовлетворённость"),
        R("#", "Положение об оплате (доплатах) за наставничество", "pay_acts", U2 + "polozhenie_oplata.pdf"),
        R("#", "Положение о нематериальном поощрении наставников", "nonmaterial_acts",
          U2 + "polozhenie_nematerialnoe.pdf"),
        R("#", "Удовлетворённость наставляемых (завершённые программы), %", "satisfaction_mentees",
          U2 + "anketa_itogi_2024.pdf"),
        R("#", "Удовлетворённость наставников (завершённые программы), %", "satisfaction_mentors",
          U2 + "anketa_itogi_2024.pdf"),
    ]
    return dict(
        file="typed/gimn5_prodolzhenie_24_45.xlsx", sheet="Лист1", org=d["org"], data=d, yesno=yn("Да", "Нет"),
        width_cols=10, expect_numbers=(1, 23, 24, 45),
        titles=[(1, "Информация о реализации целевой модели наставничества в " + d["org"] + " за 2024 год", True),
                (2, "муниципальный округ Лозинский район Удмуртской Республики", False)],
        cells=[],
        blocks=[
            dict(col=1, top=4, layout="nvl", header=["№", "Показатель", "Значение", "Ссылка"],
                 widths=[5, 44, 10, 36], headings="merge", rows=left),
            dict(col=7, top=4, caption=("Продолжение таблицы", False), layout="nvl",
                 header=["№", "Показатель", "Значение", "Ссылка"], widths=[5, 44, 10, 36], headings="title",
                 rows=right),
        ],
        footer=[(2, "Исполнитель: зам. директора по УВР Е. Н. Бабушкина, тел. 8 (34159) 4-12-37")],
    )


# ------------------------- 3. СОШ № 3: the right table has no link column, starts lower -------------------------
U3 = "https://lozinsk-school3.ru/images/docs/cmn/"
def form_sosh3():
    d = SOSH3
    left = [
        S("Нормативные документы", no="I"),
        R(1, "Полож. о наставничестве педработников (утв.)", "orgs_regulation_teachers", U3 + "polozh_ped.pdf",
          typed=1),
        R(2, "Полож. о наставничестве обучающихся (утв.)", "orgs_regulation_students", U3 + "polozh_obuch.pdf",
          typed=1),
        R(3, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", U3 + "prikaz_mon_2024.pdf", typed=1),
        R(4, "Справка по внутр. мониторингу", "internal_monitoring_notes", U3 + "spravka_mon_2024.pdf", typed=1),
        N(5, "База наставников ОО (есть / нет)", 1, U3 + "baza_nastavnikov.xlsx"),
        S("Организация", no="II"),
        R(6, "Кураторы ЦМН", "curators_total", U3 + "prikaz_kurator.pdf"),
        R(7, "Наставников всего (приказ)", "mentors_total", U3 + "prikaz_zakreplenie.pdf"),
        R(8, "Наставляемых всего (приказ)", "mentees_total", U3 + "prikaz_zakreplenie.pdf"),
        N(9, "Наставнических пар по приказу", 49, U3 + "prikaz_zakreplenie.pdf"),
        R(10, "Соглашения с ОО (СПО), давшими наставников", "agreements_edu_orgs", U3 + "sogl_kolledzh.pdf"),
        R(11, "Соглашения с предприятиями", "agreements_enterprises", U3 + "sogl_zavod.pdf"),
        R(12, "Соглашения с иными организациями (музей, молодёжный центр)", "agreements_other_orgs",
          U3 + "sogl_muzey_rovesnik.pdf"),
        R(13, "Партнёры (перечень)", "partner_list", U3 + "sogl_kolledzh.pdf"),
        R(14, "Наставники из др. образоват. организаций", "external_edu_mentors", U3 + "prikaz_zakreplenie.pdf"),
        R(15, "Наставники с предприятий", "enterprise_mentors", U3 + "prikaz_zakreplenie.pdf"),
        R(16, "Наставники из иных организаций", "other_org_mentors", U3 + "prikaz_zakreplenie.pdf"),
        S("Персонализир. программы", no="III"),
        R(17, "ППН всего", "pp_total", U3 + "prikaz_ppn.pdf"),
        R(18, "  уч-к – уч-к", "pp_pupil_pupil", U3 + "prikaz_ppn.pdf"),
        R(19, "  уч-ль – уч-ль", "pp_teacher_teacher", U3 + "prikaz_ppn.pdf"),
        R(20, "  рук-ль – педагог", "pp_head_teacher", U3 + "prikaz_ppn.pdf"),
        R(21, "  уч-ль – уч-к", "pp_teacher_pupil", U3 + "prikaz_ppn.pdf"),
        S("Наставляемые и наставники", no="IV"),
        R(22, "Уч-ся 10–19 лет – наставляемые", "mentees_10_19", U3 + "baza_nastavlyaemyh.xlsx"),
        R(23, "  группа риска", "mentees_risk", U3 + "baza_nastavlyaemyh.xlsx"),
        R(24, "  ОВЗ / дети-инвалиды", "mentees_disabled", U3 + "baza_nastavlyaemyh.xlsx"),
        R(25, "  одарённые (реестр)", "mentees_gifted", U3 + "baza_nastavlyaemyh.xlsx"),
        R(26, "  низк. мотивация / неуспев.", "mentees_low_motivation"),
        R(27, "  проф. самоопределение", "mentees_career", U3 + "baza_nastavlyaemyh.xlsx"),
        R(28, "  иные параметры", "mentees_other_params"),
        R(29, "Уч-ся 15–19 лет – наставники", "mentors_15_19", U3 + "baza_nastavnikov.xlsx"),
        R(30, "Мол. специалисты – наставляемые", "young_specialists_mentees", U3 + "prikaz_zakreplenie.pdf"),
        R(31, "Педагоги (без мол. спец.) – наставляемые", "teachers_other_mentees", U3 + "prikaz_zakreplenie.pdf"),
        R(32, "Педагоги – наставники", "teachers_mentors", U3 + "prikaz_zakreplenie.pdf"),
        R(33, "Педагоги в утв. ППН", "teachers_in_pp", U3 + "prikaz_ppn.pdf"),
        R(34, "КПК по наставничеству (прошли в 2024)", "kpk_trained", U3 + "kpk_2024.pdf"),
        N(35, "Педагоги, аттестованные на категорию «педагог-наставник»", 2, U3 + "attestaciya.pdf"),
        S("Поощрение", no="V"),
        R(36, "Локальные акты об оплате наставничества", "pay_acts", U3 + "polozh_oplata.pdf"),
        R(37, "Локальные акты о нематериальном поощрении", "nonmaterial_acts"),
    ]
    right = [
        R(1, "Уч-ся 10–19 лет в ОО (всего)", "students_10_19"),
        R(2, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19"),
        R(3, "Уч-ся 15–19 лет в ОО (всего)", "students_15_19"),
        R(4, "Доля наставников 15–19 лет, %", "share_mentors_15_19"),
        R(5, "Мол. специалисты (до 35 л., стаж до 3 л.)", "young_specialists"),
        R(6, "Педагоги без мол. специалистов", "teachers_other"),
        R(7, "Доля мол. спец. – наставляемых, %", "share_young_specialists_mentees"),
        R(8, "Доля педагогов – наставляемых, %", "share_teachers_mentees"),
        R(9, "Удовлетв. наставляемых, %", "satisfaction_mentees"),
        R(10, "Удовлетв. наставников, %", "satisfaction_mentors"),
        N(11, "Удовлетв. родителей наставляемых, %", 85),
    ]
    return dict(
        file="typed/sosh3_sprava_bez_ssylok.xlsx", sheet="мониторинг", org=d["org"], data=d, yesno=yn(1, 0),
        width_cols=8,
        titles=[(1, "Мониторинг ЦМН – 2024", True), (2, d["org"], True), (3, "Лозинский район", False)],
        cells=[],
        blocks=[
            dict(col=1, top=5, layout="nvl", header=["№", "Показатель", "Значение", "Ссылка"],
                 widths=[5, 40, 10, 38], headings="roman", rows=left),
            dict(col=6, top=6, caption=("Контингент и расчётные показатели", True), layout="nv",
                 header=["№", "Показатель", "Значение"], widths=[5, 38, 10], headings="none", rows=right),
        ],
        footer=[(2, "Ответственный: Н. С. Перевощикова")],
    )


# --------------------------------- 4. Кузьминская ООШ: three blocks side by side --------------------------------
U4 = "https://kuzminskaya-oosh.gosuslugi.ru/ofitsialno/nastavnichestvo/"
Y4 = "https://disk.yandex.ru/d/"
def form_kuzm():
    d = KUZM
    b1 = [
        R(None, "Положение о наставничестве педагогов (приказ)", "orgs_regulation_teachers",
          U4 + "polozhenie_pedagogi.pdf"),
        R(None, "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students",
          U4 + "polozhenie_obuchayushchiesya.pdf"),
        R(None, "Приказ о мониторинге ЦМН в школе", "orgs_monitoring_order", U4 + "prikaz_monitoring.pdf"),
        R(None, "Справка по итогам мониторинга ЦМН в школе", "internal_monitoring_notes", Y4 + "kZ7pQ2wRt9sLmA"),
        R(None, "Куратор по внедрению ЦМН", "curators_total", U4 + "prikaz_kurator.pdf"),
        R(None, "Наставники (все, по приказу)", "mentors_total", U4 + "prikaz_nastavniki.pdf"),
        R(None, "Наставляемые (все, по приказу)", "mentees_total", U4 + "prikaz_nastavniki.pdf"),
        R(None, "Наставники – работники предприятия", "enterprise_mentors", U4 + "prikaz_nastavniki.pdf"),
        N(None, "Наставники из числа родителей", 2),
        R(None, "Соглашения со школами, техникумами, вузами (наставники от них)", "agreements_edu_orgs"),
        R(None, "Соглашение с предприятием (СПК) о наставниках", "agreements_enterprises",
          U4 + "soglashenie_spk.pdf"),
        R(None, "С кем сотрудничаем по наставничеству", "partner_list", U4 + "soglashenie_spk.pdf"),
    ]
    b2 = [
        S("Персонализированные программы"),
        R(None, "ППН всего", "pp_total", U4 + "prikaz_ppn.pdf"),
        R(None, "ученик – ученик", "pp_pupil_pupil", U4 + "prikaz_ppn.pdf"),
        R(None, "учитель – учитель", "pp_teacher_teacher", U4 + "prikaz_ppn.pdf"),
        R(None, "руководитель – педагог", "pp_head_teacher"),
        R(None, "учитель – ученик", "pp_teacher_pupil", U4 + "prikaz_ppn.pdf"),
        S("Обучающиеся 10–19 лет"),
        R(None, "Всего обучающихся 10–19 лет", "students_10_19"),
        R(None, "Из них наставляемые", "mentees_10_19", Y4 + "Vb3nH8xQe1cRuT"),
        R(None, "группа риска", "mentees_risk", Y4 + "Vb3nH8xQe1cRuT"),
        R(None, "ОВЗ, инвалиды", "mentees_disabled", Y4 + "Vb3nH8xQe1cRuT"),
        R(None, "одарённые", "mentees_gifted", Y4 + "Vb3nH8xQe1cRuT"),
        R(None, "низкая мотивация, неуспевающие", "mentees_low_motivation", Y4 + "Vb3nH8xQe1cRuT"),
        R(None, "выбор профессии", "mentees_career", Y4 + "Vb3nH8xQe1cRuT"),
        R(None, "другое", "mentees_other_params", Y4 + "Vb3nH8xQe1cRuT"),
        R(None, "% наставляемых от обучающихся 10–19 лет", "share_mentees_10_19"),
        S("Обучающиеся 15–19 лет"),
        R(None, "Всего обучающихся 15–19 лет (9 класс)", "students_15_19"),
        R(None, "Из них наставники", "mentors_15_19", Y4 + "Wq5tJ2mLp8dNvS"),
        R(None, "% наставников от обучающихся 15–19 лет", "share_mentors_15_19"),
        N(None, "Готовы стать наставниками в 2025 году (8 класс)", 3),
    ]
    b3 = [
        R(None, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists"),
        R(None, "Молодые специалисты с наставником", "young_specialists_mentees", U4 + "prikaz_nastavniki.pdf"),
        R(None, "Остальные педагоги (без молодых специалистов)", "teachers_other"),
        R(None, "Остальные педагоги с наставником", "teachers_other_mentees", U4 + "prikaz_nastavniki.pdf"),
        R(None, "% педагогов с наставником (от всех педагогов)", "share_teachers_mentees"),
        R(None, "Педагоги – наставники", "teachers_mentors", U4 + "prikaz_nastavniki.pdf"),
        R(None, "% педагогов – наставников (от всех педагогов)", "share_teachers_mentors"),
        R(None, "Педагоги, занятые в ППН", "teachers_in_pp", U4 + "prikaz_ppn.pdf"),
        R(None, "Прошли КПК по наставничеству (2024)", "kpk_trained", Y4 + "Rt6yU1iOp3aSdF"),
        R(None, "Какие КПК пройдены", "kpk_courses", Y4 + "Rt6yU1iOp3aSdF", h=2),
        R(None, "МО наставников в школе", "school_methodical_associations"),
        R(None, "ЛА об оплате наставникам", "pay_acts"),
        R(None, "ЛА о нематериальном поощрении", "nonmaterial_acts", U4 + "polozhenie_pooshchrenie.pdf"),
        R(None, "Удовлетворённость наставляемых, %", "satisfaction_mentees", Y4 + "Gh4jK7lZx2cVbN"),
        R(None, "Удовлетворённость наставников, %", "satisfaction_mentors", Y4 + "Gh4jK7lZx2cVbN"),
        N(None, "Мероприятия с участием наставников за год", 11),
    ]
    return dict(
        file="typed/kuzminskaya_oosh_tri_bloka.xlsx", sheet="Наставничество", org=d["org"], data=d,
        yesno=yn("да", "нет"), typed={"school_methodical_associations": "нет"},
        share_typed=pct_text,
        width_cols=11,
        titles=[(1, "Сведения о реализации целевой модели наставничества", True),
                (2, "Образовательная организация: " + d["org"], False),
                (3, "Год: 2024", False)],
        cells=[],
        blocks=[
            dict(col=1, top=5, caption=("1. Документы, кадры, партнёры", True), layout="tvd",
                 header=["Критерий", "Факт", "Документ"], widths=[34, 8, 30], headings="none", rows=b1),
            dict(col=5, top=5, caption=("2. Программы и обучающиеся", True), layout="tvd",
                 header=["Критерий", "Факт", "Документ"], widths=[32, 8, 30], headings="merge", rows=b2),
            dict(col=9, top=6, caption=("3. Педагоги, поощрение, удовлетворённость", True), layout="tvd",
                 header=["Критерий", "Факт", "Документ"], widths=[34, 8, 30], headings="none", rows=b3),
        ],
        footer=[(1, "Директор школы ________ Г. П. Кузьмина")],
    )


# ------------------ 5. ЦДТ: headings on the right only; left rows merged over two sheet rows --------------------
U5 = "https://cdt-lozinsk.ru/files/nastavnichestvo/"
M5 = "https://cloud.mail.ru/public/7bQd/"
def form_cdt():
    d = CDT
    left = [
        R(1, "Утверждено Положение о системе наставничества педагогических работников ЦДТ", "orgs_regulation_teachers",
          U5 + "polozhenie_pedagogi.pdf", h=2),
        R(2, "Утверждено Положение о системе наставничества обучающихся (воспитанников) ЦДТ",
          "orgs_regulation_students", U5 + "polozhenie_vospitanniki.pdf", h=2),
        R(3, "Издан приказ о мониторинге внедрения целевой модели наставничества в ЦДТ", "orgs_monitoring_order",
          U5 + "prikaz_58_monitoring.pdf", h=2),
        R(4, "Подготовлена справка по результатам внутреннего мониторинга ЦМН", "internal_monitoring_notes",
          U5 + "spravka_monitoring.pdf", h=2),
        R(5, "Назначенные приказом кураторы внедрения ЦМН, чел.", "curators_total", U5 + "prikaz_31_kurator.pdf", h=2),
        R(6, "Наставники ЦДТ, закреплённые приказом (педагоги ДО, воспитанники, привлечённые), всего",
          "mentors_total", U5 + "prikaz_77_nastavniki.pdf", h=2),
        R(7, "Наставляемые ЦДТ, закреплённые приказом (воспитанники и педагоги), всего", "mentees_total",
          U5 + "prikaz_77_nastavniki.pdf", h=2),
        R(8, "Соглашения с учреждениями культуры и некоммерческими организациями, направившими наставников",
          "agreements_other_orgs", M5 + "sogl_dk_volonter", h=2),
        R(9, "Наименования организаций-партнёров по наставничеству", "partner_list", M5 + "sogl_dk_volonter", h=2),
        R(10, "Наставники из Дома культуры и волонтёрского центра (по приказу)", "other_org_mentors",
          U5 + "prikaz_77_nastavniki.pdf", h=2),
        N(11, "Наставнические пары «педагог ДО – воспитанник» в творческих объединениях", 19,
          U5 + "prikaz_77_nastavniki.pdf", h=2),
        R(12, "Персонализированные программы наставничества, утверждённые в ЦДТ (все формы)", "pp_total",
          U5 + "prikaz_80_ppn.pdf", h=2),
        R(13, "из них «воспитанник – воспитанник»", "pp_pupil_pupil", U5 + "prikaz_80_ppn.pdf", h=2),
        R(14, "из них «педагог – педагог»", "pp_teacher_teacher", U5 + "prikaz_80_ppn.pdf", h=2),
        R(15, "из них «педагог – воспитанник»", "pp_teacher_pupil", U5 + "prikaz_80_ppn.pdf", h=2),
        R(16, "из них иные формы («выпускник – воспитанник»)", "pp_other", U5 + "prikaz_80_ppn.pdf", h=2),
        R(17, "Численность воспитанников в возрасте 10–19 лет (по АИС «Навигатор»)", "students_10_19", h=2),
        R(18, "Воспитанники 10–19 лет, включённые в программы наставничества как наставляемые", "mentees_10_19",
          U5 + "baza_nastavlyaemyh.pdf", h=2),
        R(19, "в т.ч. из «группы риска» (состоящие на учёте)", "mentees_risk", U5 + "baza_nastavlyaemyh.pdf", h=2),
        R(20, "в т.ч. с ОВЗ и дети-инвалиды", "mentees_disabled", U5 + "baza_nastavlyaemyh.pdf", h=2),
        R(21, "в т.ч. одарённые (внесённые в реестр)", "mentees_gifted", U5 + "baza_nastavlyaemyh.pdf", h=2),
    ]
    right = [
        S("Воспитанники (продолжение)"),
        R(22, "в т.ч. с проблемами профессионального самоопределения", "mentees_career"),
        R(23, "в т.ч. по другим параметрам", "mentees_other_params"),
        R(24, "Охват воспитанников 10–19 лет наставничеством, %", "share_mentees_10_19"),
        R(25, "Численность воспитанников 15–19 лет", "students_15_19"),
        R(26, "Воспитанники 15–19 лет – наставники (по приказу)", "mentors_15_19", U5 + "baza_nastavnikov.pdf"),
        R(27, "Доля воспитанников 15–19 лет – наставников, %", "share_mentors_15_19"),
        S("Педагогические работники"),
        R(28, "Молодые специалисты (моложе 35 лет, стаж работы до 3 лет)", "young_specialists"),
        R(29, "Молодые специалисты – наставляемые", "young_specialists_mentees", U5 + "prikaz_77_nastavniki.pdf"),
        R(30, "Педагоги ДО, кроме молодых специалистов", "teachers_other"),
        R(31, "Педагоги ДО (кроме молодых специалистов) – наставляемые", "teachers_other_mentees",
          U5 + "prikaz_77_nastavniki.pdf"),
        R(32, "Доля молодых специалистов – наставляемых, %", "share_young_specialists_mentees"),
        R(33, "Доля педагогов-наставляемых от всех педагогов, %", "share_teachers_mentees"),
        R(34, "Педагоги ДО – наставники", "teachers_mentors", U5 + "prikaz_77_nastavniki.pdf"),
        R(35, "в т.ч. молодые специалисты – наставники", "young_specialists_mentors",
          U5 + "prikaz_77_nastavniki.pdf"),
        R(36, "Доля педагогов-наставников от всех педагогов, %", "share_teachers_mentors"),
        S("Профессиональное развитие"),
        R(37, "Педагоги, участвующие в ППН", "teachers_in_pp", U5 + "prikaz_80_ppn.pdf"),
        R(38, "Обучены на КПК по наставничеству (2024 г.)", "kpk_trained", M5 + "kpk_2024"),
        R(39, "Методическое объединение педагогов-наставников", "school_methodical_associations",
          U5 + "prikaz_82_mo.pdf"),
        S("Стимулирование и оценка"),
        R(40, "Локальные акты об оплате наставничества", "pay_acts"),
        R(41, "Локальные акты о нематериальном поощрении наставников", "nonmaterial_acts",
          U5 + "polozhenie_pooshchrenie.pdf"),
        R(42, "Удовлетворённость наставляемых, %", "satisfaction_mentees", M5 + "anketa_2024"),
        R(43, "Удовлетворённость наставников, %", "satisfaction_mentors", M5 + "anketa_2024"),
        N(44, "Мастер-классы, проведённые наставниками за год", 27, M5 + "master_klassy"),
        N(45, "Планируемое количество ППН на 2025 г.", 40),
    ]
    return dict(
        file="typed/cdt_razdely_sprava.xlsx", sheet="Отчёт ЦМН", org=d["org"], data=d,
        yesno=yn("имеется", "отсутствует"),
        width_cols=10,
        titles=[(1, "Отчёт о реализации целевой модели наставничества за 2024 год", True),
                (2, "Учреждение: " + d["org"], False)],
        cells=[],
        blocks=[
            dict(col=1, top=4, layout="nvl", header=["№", "Показатель", "Значение", "Ссылка"],
                 widths=[5, 42, 11, 34], headings="none", rows=left),
            dict(col=7, top=4, layout="nvl", header=["№", "Показатель", "Значение", "Ссылка"],
                 widths=[5, 42, 11, 34], headings="merge", rows=right),
        ],
        footer=[(2, "Методист О. А. Шкляева")],
    )


# --------------- 6. Лицей: «Критерий | Факт | Документ», right table lower with «Продолжение», tall rows -----------
U6 = "https://licey-lozinsk.ru/docs/cmn2024/"
def form_licey():
    d = LICEY
    left = [
        S("Нормативная база"),
        R(None, "Положение о наставничестве педагогических работников лицея утверждено",
          "orgs_regulation_teachers", U6 + "polozhenie-ped.pdf"),
        R(None, "Положение о наставничестве лицеистов утверждено", "orgs_regulation_students",
          U6 + "polozhenie-licei.pdf"),
        R(None, "Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", U6 + "prikaz-monitoring.pdf"),
        R(None, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", U6 + "spravka.pdf"),
        S("Кадры"),
        R(None, "Кураторы ЦМН (приказ)", "curators_total", U6 + "prikaz-kuratory.pdf"),
        R(None, "Наставники лицея по приказу – всего", "mentors_total", U6 + "prikaz-zakreplenie.pdf"),
        R(None, "Наставляемые лицея по приказу – всего", "mentees_total", U6 + "prikaz-zakreplenie.pdf"),
        R(None, "Учителя – наставники (по приказу)", "teachers_mentors", U6 + "prikaz-zakreplenie.pdf"),
        R(None, "Лицеисты 15–19 лет – наставники", "mentors_15_19", U6 + "prikaz-zakreplenie.pdf"),
        R(None, "Наставники из вузов и техникума", "external_edu_mentors", U6 + "prikaz-zakreplenie.pdf"),
        R(None, "Наставники – инженеры завода", "enterprise_mentors", U6 + "prikaz-zakreplenie.pdf"),
        N(None, "Наставнические группы (проектные команды)", 18, U6 + "prikaz-zakreplenie.pdf"),
        S("Партнёрство"),
        R(None, "Соглашения с вузами, СПО о наставниках", "agreements_edu_orgs", U6 + "soglasheniya-vuz.pdf"),
        R(None, "Соглашения с предприятиями о наставниках", "agreements_enterprises", U6 + "soglashenie-zavod.pdf"),
        R(None, "Партнёры", "partner_list", U6 + "partnery.pdf"),
        R(None, "О чём соглашения", "agreement_subjects", U6 + "partnery.pdf"),
        S("ППН"),
        R(None, "ППН – всего утверждено", "pp_total", U6 + "prikaz-ppn.pdf"),
        R(None, "ученик – ученик", "pp_pupil_pupil", U6 + "prikaz-ppn.pdf"),
        R(None, "учитель – учитель", "pp_teacher_teacher", U6 + "prikaz-ppn.pdf"),
        R(None, "руководитель – педагог", "pp_head_teacher", U6 + "prikaz-ppn.pdf"),
        R(None, "учитель – ученик", "pp_teacher_pupil", U6 + "prikaz-ppn.pdf"),
        R(None, "студент – ученик", "pp_student_pupil", U6 + "prikaz-ppn.pdf"),
    ]
    right = [
        S("Лицеисты"),
        R(None, "Лицеисты 10–19 лет (всего)", "students_10_19"),
        R(None, "Лицеисты 10–19 лет – наставляемые", "mentees_10_19", U6 + "baza-nastavlyaemyh.pdf"),
        R(None, "– группа риска", "mentees_risk"),
        R(None, "– ОВЗ, инвалидность", "mentees_disabled"),
        R(None, "– одарённые из реестра", "mentees_gifted", U6 + "reestr-odarennyh.pdf"),
        R(None, "– низкая мотивация, неуспеваемость", "mentees_low_motivation"),
        R(None, "– выбор профессии и образовательной траектории", "mentees_career", h=2),
        R(None, "– иные параметры", "mentees_other_params"),
        R(None, "Доля лицеистов 10–19 лет – наставляемых, %", "share_mentees_10_19", h=2),
        R(None, "Лицеисты 15–19 лет (всего)", "students_15_19"),
        R(None, "Доля лицеистов 15–19 лет – наставников, %", "share_mentors_15_19", h=2),
        S("Педагоги"),
        R(None, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", h=2),
        R(None, "Молодые специалисты – наставляемые", "young_specialists_mentees", U6 + "prikaz-zakreplenie.pdf"),
        R(None, "Прочие педагоги (без молодых специалистов)", "teachers_other", h=2),
        R(None, "Прочие педагоги – наставляемые", "teachers_other_mentees", U6 + "prikaz-zakreplenie.pdf"),
        R(None, "Доля педагогов-наставляемых, % (все педагоги)", "share_teachers_mentees", h=2),
        R(None, "Педагоги – участники ППН", "teachers_in_pp", U6 + "prikaz-ppn.pdf"),
        R(None, "КПК по наставничеству в 2024 г. (чел.)", "kpk_trained", U6 + "kpk.pdf"),
        R(None, "ШМО педагогов-наставников", "school_methodical_associations", U6 + "shmo.pdf"),
        N(None, "Неделя наставничества: проведено мероприятий", 9, U6 + "nedelya-nastavnichestva.pdf"),
        S("Поощрение, удовлетворённость"),
        R(None, "ЛА об оплате наставничества", "pay_acts", U6 + "polozhenie-oplata.pdf"),
        R(None, "ЛА о нематериальном поощрении наставников", "nonmaterial_acts", U6 + "polozhenie-pooshchrenie.pdf",
          h=2),
        R(None, "Удовлетворённость наставляемых, %", "satisfaction_mentees", U6 + "anketa.pdf"),
        R(None, "Удовлетворённость наставников, %", "satisfaction_mentors", U6 + "anketa.pdf"),
        N(None, "Родители, участвующие в программах наставничества", 7),
    ]
    return dict(
        file="typed/licey_prodolzhenie_nizhe.xlsx", sheet="2024", org=d["org"], data=d, yesno=yn("есть", "нет"),
        satisfaction_typed=lambda v: ("%.1f" % v).replace(".", ",") + "%",
        width_cols=8,
        titles=[(1, d["org"], True),
                (2, "Мониторинг реализации целевой модели наставничества, 2024 год", False)],
        cells=[],
        blocks=[
            dict(col=1, top=4, layout="tvd", header=["Критерий", "Факт", "Документ"], widths=[44, 9, 34],
                 headings="title", rows=left),
            dict(col=6, top=6, caption=("Продолжение", False), layout="tvd",
                 header=["Критерий", "Факт", "Документ"], widths=[44, 9, 34], headings="merge", rows=right),
        ],
        footer=[(1, "Исп. Р. Ф. Галиева, руководитель ШМО")],
    )


FORMS = [form_sosh1, form_gimn5, form_sosh3, form_kuzm, form_cdt, form_licey]


# --------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def typed_value(form, cid, unit, v, row):
    if row["typed"] is not None:
        return row["typed"]
    if cid in form.get("typed", {}):
        return form["typed"][cid]
    if unit == "share" and "share_typed" in form:
        return form["share_typed"](v)
    if unit == "level" and "satisfaction_typed" in form:
        return form["satisfaction_typed"](v)
    if unit == "yesno" or cid in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
                                  "internal_monitoring_notes"):
        return form["yesno"](v)
    return v


def block_columns(b):
    c = b["col"]
    if b["layout"] == "nvl":
        return dict(no=c, title=c + 1, value=c + 2, link=c + 3, last=c + 3)
    if b["layout"] == "nv":
        return dict(no=c, title=c + 1, value=c + 2, link=None, last=c + 2)
    if b["layout"] == "tvd":
        return dict(no=None, title=c, value=c + 1, link=c + 2, last=c + 2)
    raise ValueError(b["layout"])


def normalise_zip(path):
    """Rewrite the xlsx with pinned entry times so that reruns give byte-identical files."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps «modified» with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def build(form, cat, allowed, cells):
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    width = form["width_cols"]
    for r, text, bold in form["titles"]:
        ws.cell(r, 1, text).font = Font(bold=bold, size=12 if bold else 11)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    for r, c, text, end, bold in form["cells"]:
        ws.cell(r, c, text).font = Font(bold=bold)
        if end > c:
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=end)
    d = form["data"]
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    seen = set()
    counter = 0
    last_row = 0
    numbers = []
    for bi, b in enumerate(form["blocks"]):
        cols = block_columns(b)
        for i, w in enumerate(b["widths"]):
            ws.column_dimensions[get_column_letter(b["col"] + i)].width = w
        r = b["top"]
        if b.get("caption"):
            text, is_heading = b["caption"]
            cap = ws.cell(r, b["col"], text)
            cap.font = Font(bold=is_heading, italic=not is_heading)
            if is_heading:
                ws.merge_cells(start_row=r, start_column=b["col"], end_row=r, end_column=cols["last"])
                entry["headings"].append(text)
            else:
                cap.alignment = Alignment(horizontal="right")
                ws.merge_cells(start_row=r, start_column=b["col"], end_row=r, end_column=cols["last"])
            r += 1
        for i, h in enumerate(b["header"]):
            cell = ws.cell(r, b["col"] + i, h)
            cell.font = Font(bold=True)
            cell.border = BOX
            cell.fill = HEAD_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
        for row in b["rows"]:
            h = row["h"]
            no = row["no"]
            if no == "#":
                counter += 1
                no = counter
                numbers.append((bi, no))
            if row["kind"] == "S":
                entry["headings"].append(row["title"])
                style = b["headings"]
                if style == "merge":
                    c = ws.cell(r, b["col"], row["title"])
                    c.font = Font(bold=True)
                    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                    ws.merge_cells(start_row=r, start_column=b["col"], end_row=r + h - 1, end_column=cols["last"])
                elif style == "title":
                    ws.cell(r, cols["title"], row["title"]).font = Font(bold=True)
                elif style == "roman":
                    ws.cell(r, cols["no"], row["no"]).font = Font(bold=True)
                    ws.cell(r, cols["title"], row["title"]).font = Font(bold=True)
                else:
                    raise ValueError(f"{form['file']}: a heading in a block without headings")
                for c in range(b["col"], cols["last"] + 1):
                    ws.cell(r, c).border = BOX
                r += h
                continue
            if cols["no"] is not None and no is not None:
                ws.cell(r, cols["no"], no)
            tc = ws.cell(r, cols["title"], row["title"])
            if row["kind"] == "R":
                cid = row["cid"]
                assert cid in allowed, (form["file"], cid)
                assert cid not in seen, (form["file"], cid)
                seen.add(cid)
                v = d[cid]
                unit = cat[cid]["unit"]
                tv = typed_value(form, cid, unit, v, row)
                vc = ws.cell(r, cols["value"], tv)
                if isinstance(tv, float):
                    vc.number_format = "0.00" if unit == "share" else "0.0"
                entry["values"][cid] = v
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate,
                              "criterion": cid, "kind": "value", "expected": v, "typed": tv,
                              "row_title": row["title"], "title_cell": tc.coordinate})
                if row["link"]:
                    assert cols["link"] is not None, (form["file"], cid)
                    lc = ws.cell(r, cols["link"], row["link"])
                    entry["links"][cid] = row["link"]
                    cells.append({"file": form["file"], "sheet": form["sheet"], "cell": lc.coordinate,
                                  "criterion": cid, "kind": "link", "expected": row["link"],
                                  "row_title": row["title"], "title_cell": tc.coordinate})
            else:
                ws.cell(r, cols["value"], row["value"])
                if row["link"]:
                    assert cols["link"] is not None
                    ws.cell(r, cols["link"], row["link"])
                entry["not_criteria"].append(row["title"])
            for c in range(b["col"], cols["last"] + 1):
                cell = ws.cell(r, c)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=(c in (cols["title"], cols["link"])), vertical="top",
                                           horizontal=("center" if c == cols["value"] else None))
                if h > 1:
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + h - 1, end_column=c)
            r += h
        last_row = max(last_row, r)
    if "expect_numbers" in form:
        a, b_, c_, d_ = form["expect_numbers"]
        assert [n for bi, n in numbers if bi == 0] == list(range(a, b_ + 1)), numbers
        assert [n for bi, n in numbers if bi == 1] == list(range(c_, d_ + 1)), numbers
    used = set()
    for b in form["blocks"]:
        used |= set(range(b["col"], block_columns(b)["last"] + 1))
    for c in range(1, width + 1):
        if c not in used:
            ws.column_dimensions[get_column_letter(c)].width = 2.5
    r = last_row + 1
    for c, t in form.get("footer", []):
        ws.cell(r, c, t)
        r += 1
    TYPED.mkdir(exist_ok=True)
    path = HERE / form["file"]
    wb.save(path)
    normalise_zip(path)
    return entry


def main():
    cat = load_catalogue()
    allowed = allowed_ids(cat)
    cells, expected = [], []
    for f in FORMS:
        form = f()
        expected.append(build(form, cat, allowed, cells))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    for e in expected:
        nc = len(e["values"]) - sum(1 for k in e["values"] if k in CONTINGENTS)
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links "
              f"({100.0 * len(e['links']) / nc:.1f} % of {nc} non-contingent), {len(e['not_criteria'])} not-criteria, "
              f"{len(e['headings'])} headings")
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings")


if __name__ == "__main__":
    main()
