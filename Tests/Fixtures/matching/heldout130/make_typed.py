#!/usr/bin/env python3
"""heldout130: ordinary one-organisation forms «№ | Показатель | Значение | Ссылка» in which the school added
EXPLANATION ROWS between the criteria («Пояснение: …», «Комментарий ОО: …», «Примечание: в 2024 г. …»): unnumbered,
long, merged over the title and value columns or only in the title column, often holding numbers of their own and
sometimes a supporting link of their own in the link column. Some criteria carry «см. пояснение» instead of a value.
One file has an explanation column instead of rows for half of its criteria.

Deterministic: no randomness, fixed document times, fixed zip entry times.
Writes typed/*.xlsx, expected.json and cells.json next to this script.
"""
import csv
import datetime
import io
import json
import pathlib
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_TIME = datetime.datetime(2024, 12, 16, 9, 30, 0)
ZIP_TIME = (2024, 12, 16, 9, 30, 0)

YESNO_IDS = ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
             "internal_monitoring_notes")
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")
EXTERNAL = ("external_edu_mentors", "enterprise_mentors", "other_org_mentors")


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


def derive(d):
    """Complete an organisation's figures: totals and shares follow from its own counts."""
    d = dict(d)
    for k in GROUPS + PP_FORMS + EXTERNAL:
        d.setdefault(k, 0)
    d["pp_total"] = sum(d[k] for k in PP_FORMS)
    d["mentors_total"] = d["teachers_mentors"] + d["mentors_15_19"] + sum(d[k] for k in EXTERNAL)
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert sum(d[k] for k in GROUPS) == d["mentees_10_19"], d["org"]
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    d["share_young_specialists_mentors"] = pct(d["young_specialists_mentors"], d["young_specialists"])
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d["young_specialists_mentors"] <= min(d["young_specialists"], d["teachers_mentors"])
    assert d["teachers_in_pp"] <= teachers
    return d


# ------------------------------------------------------------------------------------------------------------
# Берёзовоярский муниципальный округ (invented): the six organisations' figures
# ------------------------------------------------------------------------------------------------------------
SOSH1 = derive(dict(
    org="МБОУ «Берёзовоярская СОШ № 1»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=24, young_specialists_mentors=2, mentors_15_19=10, students_15_19=205,
    external_edu_mentors=7, enterprise_mentors=5, other_org_mentors=0,
    students_10_19=640, mentees_10_19=72, mentees_risk=11, mentees_disabled=6, mentees_gifted=18,
    mentees_low_motivation=15, mentees_career=14, mentees_other_params=8,
    young_specialists=9, young_specialists_mentees=8, teachers_other=58, teachers_other_mentees=4,
    teachers_in_pp=33, kpk_trained=6,
    kpk_courses="«Наставничество в образовательной организации: модели и практики» (АОУ ДПО УР ИРО, 36 ч.); "
                "«Школа молодого педагога-наставника» (ГАУ ДПО «ИРО», 24 ч.)",
    school_methodical_associations=1,
    pp_pupil_pupil=10, pp_teacher_teacher=9, pp_head_teacher=3, pp_teacher_pupil=36, pp_other=2,
    agreements_edu_orgs=1, agreements_enterprises=2,
    partner_list="БПОУ УР «Берёзовоярский агропромышленный колледж»; ООО «Яр-Агро»; АО «Берёзовоярский ДОК»",
    satisfaction_mentees=92, satisfaction_mentors=89,
))

GIMN2 = derive(dict(
    org="МАОУ «Берёзовоярская гимназия № 2»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=2,
    teachers_mentors=21, young_specialists_mentors=1, mentors_15_19=18, students_15_19=160,
    external_edu_mentors=4, enterprise_mentors=0, other_org_mentors=2,
    students_10_19=512, mentees_10_19=61, mentees_risk=4, mentees_disabled=3, mentees_gifted=24,
    mentees_low_motivation=9, mentees_career=15, mentees_other_params=6,
    young_specialists=6, young_specialists_mentees=6, teachers_other=47, teachers_other_mentees=3,
    teachers_in_pp=27, kpk_trained=5, school_methodical_associations=1,
    pp_pupil_pupil=18, pp_teacher_teacher=8, pp_head_teacher=1, pp_teacher_pupil=22, pp_student_pupil=4,
    agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=1,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Можгинский педагогический колледж "
                 "имени Т. К. Борисова»; МБУК «Берёзовоярский районный краеведческий музей»",
    agreement_subjects="сетевое наставничество: руководство исследовательскими и проектными работами гимназистов "
                       "10–11 кл., педагогическая практика студентов, музейные занятия",
    satisfaction_mentees=94, satisfaction_mentors=92,
))

KUZMA = derive(dict(
    org="МБОУ «Кузьминская средняя общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=0,
    teachers_mentors=11, young_specialists_mentors=0, mentors_15_19=6, students_15_19=41,
    external_edu_mentors=0, enterprise_mentors=2, other_org_mentors=1,
    students_10_19=168, mentees_10_19=24, mentees_risk=6, mentees_disabled=3, mentees_gifted=2,
    mentees_low_motivation=8, mentees_career=3, mentees_other_params=2,
    young_specialists=3, young_specialists_mentees=3, teachers_other=22, teachers_other_mentees=1,
    teachers_in_pp=14, kpk_trained=2, school_methodical_associations=0,
    pp_pupil_pupil=5, pp_teacher_teacher=3, pp_teacher_pupil=12, pp_other=1,
    agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="СПК (колхоз) «Кузьминский»; МБУ «Кузьминский сельский Дом культуры»",
    satisfaction_mentees=96, satisfaction_mentors=100,
))

SOSH3 = derive(dict(
    org="МБОУ «Средняя общеобразовательная школа № 3 с углублённым изучением отдельных предметов»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=33, young_specialists_mentors=3, mentors_15_19=28, students_15_19=236,
    external_edu_mentors=5, enterprise_mentors=3, other_org_mentors=0,
    students_10_19=780, mentees_10_19=96, mentees_risk=12, mentees_disabled=7, mentees_gifted=30,
    mentees_low_motivation=21, mentees_career=18, mentees_other_params=8,
    young_specialists=12, young_specialists_mentees=11, teachers_other=71, teachers_other_mentees=6,
    teachers_in_pp=49, kpk_trained=9,
    kpk_courses="«Организация наставничества в ОО в рамках ЦМН» (ГАУ ДПО «ИРО», 36 ч.); «Педагог-наставник: "
                "сопровождение молодых учителей» (ФГАОУ ДПО «Академия Минпросвещения России», 72 ч.)",
    school_methodical_associations=2,
    pp_pupil_pupil=25, pp_teacher_teacher=14, pp_head_teacher=3, pp_teacher_pupil=38, pp_student_pupil=5,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Можгинский педагогический колледж "
                 "имени Т. К. Борисова»; ООО «Берёзовоярский молочный завод»",
    satisfaction_mentees=90.5, satisfaction_mentors=87.3,
))

LESOZ = derive(dict(
    org="МБОУ «Лесозаводская ООШ»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    teachers_mentors=7, young_specialists_mentors=0, mentors_15_19=3, students_15_19=14,
    external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=0,
    students_10_19=74, mentees_10_19=17, mentees_risk=4, mentees_disabled=2, mentees_gifted=1,
    mentees_low_motivation=6, mentees_career=2, mentees_other_params=2,
    young_specialists=2, young_specialists_mentees=2, teachers_other=15, teachers_other_mentees=1,
    teachers_in_pp=8, kpk_trained=1,
    kpk_courses="«Реализация целевой модели наставничества в образовательной организации» (ГАУ ДПО «ИРО», 24 ч.)",
    school_methodical_associations=0,
    pp_pupil_pupil=3, pp_teacher_teacher=3, pp_teacher_pupil=9,
    agreements_edu_orgs=0, agreements_enterprises=1,
    partner_list="ООО «Лесозаводский деревообрабатывающий комбинат»",
    satisfaction_mentees=100, satisfaction_mentors=95,
))

CDT = derive(dict(
    org="МБУ ДО «Берёзовоярский центр детского творчества»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=14, young_specialists_mentors=1, mentors_15_19=12, students_15_19=190,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=3,
    students_10_19=860, mentees_10_19=52, mentees_risk=6, mentees_disabled=9, mentees_gifted=21,
    mentees_low_motivation=0, mentees_career=5, mentees_other_params=11,
    young_specialists=4, young_specialists_mentees=4, teachers_other=34, teachers_other_mentees=2,
    teachers_in_pp=20, kpk_trained=3, school_methodical_associations=1,
    pp_pupil_pupil=8, pp_teacher_teacher=5, pp_teacher_pupil=19, pp_student_pupil=1, pp_other=2,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=3,
    partner_list="ГБПОУ УР «Можгинский педагогический колледж имени Т. К. Борисова»; МБУК «Берёзовоярский "
                 "районный краеведческий музей»; МБУК «Берёзовоярская центральная библиотека»; Берёзовоярский "
                 "районный совет ветеранов",
    satisfaction_mentees=88.6, satisfaction_mentors=91.2,
))


# ------------------------------------------------------------------------------------------------------------
# Row kinds.
#   T(text, span)          title row (merged over span), L(label, value) label row
#   S(text, span)          section heading
#   R(no, title, cid, link=None, typed=None, note=None)   criterion row; note = text of the explanation column
#   D(no, title, cid, typed, by)  criterion row whose value is only in an explanation (row key `by`, or "note"
#                                 with the text in `note`); the criterion is absent from values and links
#   N(no, title, value, link=None)   a row that looks like a criterion but is not
#   E(text, span, link=None, key=None)   an explanation row (unnumbered), text in the first column of span
# ------------------------------------------------------------------------------------------------------------
def T(text, span="A:D", bold=True):
    return ("T", text, span, bold)


def L(label, value, label_span="A:A", value_span="B:B"):
    return ("L", label, value, label_span, value_span)


def S(text, span="A:D"):
    return ("S", text, span)


def R(no, title, cid, link=None, typed=None, note=None):
    return ("R", no, title, cid, link, typed, note)


def D(no, title, cid, typed="см. пояснение", by=None, note=None):
    return ("D", no, title, cid, typed, by, note)


def N(no, title, value, link=None):
    return ("N", no, title, value, link)


def E(text, span="B:C", link=None, key=None):
    return ("E", text, span, link, key)


def yn_da(v):
    return "да" if v else "нет"


def yn_Da(v):
    return "Да" if v else "Нет"


def yn_1(v):
    return v


def share_plain(v):
    return v


def share_comma(v):
    return ("%.2f" % v).replace(".", ",")


# ---------------------------------- 1. СОШ № 1: «Пояснение:» rows merged B:C ----------------------------------
U1 = "https://byar-school1.ru/upload/nastavnichestvo/2024/"
def form_sosh1():
    d = SOSH1
    rows = [
        S("1. Нормативное обеспечение и управление"),
        R("1.1", "Положение о наставничестве педагогических работников ОО утверждено (да/нет)",
          "orgs_regulation_teachers", U1 + "polozhenie_nastavnichestvo_pedagogi.pdf"),
        R("1.2", "Положение о наставничестве обучающихся ОО утверждено (да/нет)", "orgs_regulation_students",
          U1 + "polozhenie_nastavnichestvo_obuchayushchiesya.pdf"),
        R("1.3", "Приказ о проведении мониторинга реализации ЦМН в ОО (да/нет)", "orgs_monitoring_order",
          U1 + "prikaz_214-od_monitoring_CMN.pdf"),
        R("1.4", "Информационная справка по итогам внутреннего мониторинга ЦМН подготовлена (да/нет)",
          "internal_monitoring_notes", U1 + "spravka_vnutrenniy_monitoring_2024.pdf"),
        R("1.5", "Кураторы внедрения ЦМН в ОО, чел.", "curators_total"),
        E("Пояснение: кураторы назначены приказом от 02.09.2024 № 187-од — заместитель директора по УВР "
          "Сафина Л. Р. и педагог-психолог Корепанова Е. В. (2 чел.)", link=U1 + "prikaz_187-od_kuratory.pdf"),
        R("1.6", "Локальные акты ОО об оплате работы наставников, кол-во", "pay_acts",
          U1 + "polozhenie_ob_oplate_truda.pdf"),
        R("1.7", "Локальные акты ОО о нематериальном поощрении наставников, кол-во", "nonmaterial_acts",
          U1 + "polozhenie_o_pooshchrenii_nastavnikov.pdf"),
        E("Пояснение: доплата за наставничество установлена разделом 5 Положения об оплате труда работников "
          "(1 акт), нематериальное поощрение — Положением о поощрении педагогов-наставников от 30.08.2024 "
          "(1 акт)."),
        S("2. Наставники"),
        R("2.1", "Количество наставников в ОО (по приказу), всего", "mentors_total",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("2.2", "из них педагогические работники ОО", "teachers_mentors",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("2.3", "в т.ч. молодые специалисты, выступающие наставниками", "young_specialists_mentors",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("2.4", "из них обучающиеся 15–19 лет (по приказу)", "mentors_15_19",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("2.5", "из них наставники из других образовательных организаций (по приказу)", "external_edu_mentors",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("2.6", "из них сотрудники предприятий", "enterprise_mentors",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("2.7", "из них представители иных организаций", "other_org_mentors"),
        E("Пояснение: из 46 наставников 12 — внешние (7 из Берёзовоярского агропромышленного колледжа, 5 с "
          "предприятий ООО «Яр-Агро» и АО «Берёзовоярский ДОК»). В т.ч. 3 наставника-педагога уволились в "
          "декабре, в отчёте они учтены.", link="https://disk.yandex.ru/i/Qm7RkT2pVx4nLw"),
        N("2.8", "Количество наставнических пар (групп), сформированных в 2024 году", 58,
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("2.9", "Доля педагогов ОО, выступающих наставниками, %", "share_teachers_mentors"),
        S("3. Наставляемые"),
        R("3.1", "Количество наставляемых в ОО (по приказу), всего", "mentees_total",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("3.2", "Общая численность обучающихся ОО в возрасте 10–19 лет", "students_10_19"),
        R("3.3", "Численность обучающихся 10–19 лет в роли наставляемых", "mentees_10_19",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        E("Пояснение: обучающиеся распределены по категориям по основной причине закрепления наставника, каждый "
          "учтён один раз (11 + 6 + 18 + 15 + 14 + 8 = 72)."),
        R("3.3.1", "в т.ч. из «группы риска» (ВШУ, ПДН, КДН и ЗП)", "mentees_risk",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("3.3.2", "в т.ч. дети с ОВЗ и дети-инвалиды", "mentees_disabled",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("3.3.3", "в т.ч. одарённые дети (внесённые в реестр)", "mentees_gifted"),
        R("3.3.4", "в т.ч. с низкой учебной мотивацией, неуспевающие", "mentees_low_motivation"),
        R("3.3.5", "в т.ч. испытывающие трудности с выбором профиля обучения и профессии", "mentees_career"),
        R("3.3.6", "в т.ч. по иным основаниям", "mentees_other_params"),
        R("3.4", "Доля обучающихся 10–19 лет, охваченных наставничеством в роли наставляемого, %",
          "share_mentees_10_19"),
        R("3.5", "Общая численность обучающихся ОО в возрасте 15–19 лет", "students_15_19"),
        R("3.6", "Доля обучающихся 15–19 лет, ставших наставниками, %", "share_mentors_15_19"),
        E("Примечание: доля рассчитана от всех обучающихся 15–19 лет (205 чел.), включая 4 обучающихся на "
          "дому; наставники 15–19 лет — 10 чел. из 9–11 классов."),
        N("3.7", "Количество родителей (законных представителей), привлечённых к наставнической деятельности", 5),
        S("4. Педагогические работники"),
        R("4.1", "Количество молодых специалистов в ОО (до 35 лет, стаж работы до 3 лет)", "young_specialists"),
        R("4.2", "из них закреплены за наставником", "young_specialists_mentees",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        R("4.3", "Количество педагогических работников ОО без учёта молодых специалистов", "teachers_other"),
        R("4.4", "из них в роли наставляемых", "teachers_other_mentees",
          U1 + "prikaz_201-od_zakreplenie_nastavnikov.pdf"),
        E("Пояснение: из 4 наставляемых педагогов (без молодых специалистов) 2 сменили преподаваемый предмет, "
          "2 приняты на работу после перерыва в стаже более 5 лет."),
        R("4.5", "Доля педагогов (включая молодых специалистов), имеющих наставника, %", "share_teachers_mentees"),
        R("4.6", "Количество педагогов, занятых в утверждённых персонализированных программах наставничества",
          "teachers_in_pp", U1 + "prikaz_205-od_utverzhdenie_PPN.pdf"),
        R("4.7", "Количество педагогов, прошедших КПК по наставничеству в 2024 году", "kpk_trained",
          U1 + "udostovereniya_KPK_2024.pdf"),
        R("4.8", "Количество ШМО педагогов-наставников в ОО", "school_methodical_associations",
          U1 + "prikaz_190-od_SHMO_nastavnikov.pdf"),
        S("5. Персонализированные программы наставничества (ППН)"),
        R("5.1", "Количество ППН, утверждённых в 2024 году, всего", "pp_total",
          U1 + "prikaz_205-od_utverzhdenie_PPN.pdf"),
        R("5.2", "по форме «ученик – ученик»", "pp_pupil_pupil", U1 + "prikaz_205-od_utverzhdenie_PPN.pdf"),
        R("5.3", "по форме «учитель – учитель»", "pp_teacher_teacher", U1 + "prikaz_205-od_utverzhdenie_PPN.pdf"),
        R("5.4", "по форме «руководитель – педагог»", "pp_head_teacher", U1 + "prikaz_205-od_utverzhdenie_PPN.pdf"),
        R("5.5", "по форме «учитель – ученик»", "pp_teacher_pupil", U1 + "prikaz_205-od_utverzhdenie_PPN.pdf"),
        R("5.6", "по иным формам", "pp_other", U1 + "prikaz_205-od_utverzhdenie_PPN.pdf"),
        E("Пояснение: иные формы — «работодатель – ученик»: 2 программы профпроб для 9 кл. с ООО «Яр-Агро»; "
          "форма «студент – ученик» в 2024 г. не реализовывалась.", link=U1 + "programmy_rabotodatel-uchenik.pdf"),
        S("6. Сотрудничество"),
        R("6.1", "Количество соглашений с образовательными организациями (СПО, ВО), направившими наставников",
          "agreements_edu_orgs", U1 + "soglashenie_agrokolledzh.pdf"),
        D("6.2", "Количество соглашений с предприятиями, направившими наставников", "agreements_enterprises",
          by="ent"),
        E("Пояснение: с предприятиями заключено 2 соглашения о сотрудничестве — с ООО «Яр-Агро» (от 15.01.2024) "
          "и с АО «Берёзовоярский ДОК» (от 04.03.2024).", link=U1 + "soglasheniya_predpriyatiya.pdf", key="ent"),
        R("6.3", "Организации-партнёры по наставничеству (перечень)", "partner_list"),
        N("6.4", "Количество совместных мероприятий с партнёрами по наставничеству", 9),
        S("7. Удовлетворённость участников"),
        R("7.1", "Удовлетворённость наставляемых участием в завершённых программах, %", "satisfaction_mentees",
          U1 + "anketirovanie_udovletvorennost_2024.pdf"),
        R("7.2", "Удовлетворённость наставников участием в завершённых программах, %", "satisfaction_mentors",
          U1 + "anketirovanie_udovletvorennost_2024.pdf"),
        E("Пояснение: анкетирование проведено в мае и декабре 2024 г., опрошены 64 наставляемых и 38 "
          "наставников.", link="https://forms.yandex.ru/cloud/66f1c0a2d04688a1b3e7f512/"),
        N("7.3", "Планируемое количество наставников на 2025 год", 50),
    ]
    return dict(
        file="typed/byar_sosh1.xlsx", sheet="ЦМН 2024", org=d["org"], data=d, rows=rows, ncols=4,
        top=[T("Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год"),
             L("Наименование ОО:", d["org"], "A:A", "B:D"),
             L("Муниципальное образование:", "Берёзовоярский муниципальный округ Удмуртской Республики",
               "A:A", "B:D")],
        header=["№ п/п", "Показатель", "Значение", "Ссылка на подтверждающий документ"],
        footer=["Директор ____________ /Т. В. Наговицына/", "Исп.: Сафина Л. Р., зам. директора по УВР"],
        yn=yn_da, share=share_plain, widths=(11, 62, 30, 60),
    )


# --------------------------- 2. Гимназия № 2: «Комментарий ОО:» only in the title column ---------------------------
U2 = "https://gimnaziya2-byar.gosuslugi.ru/netcat_files/userfiles/CMN/"
def form_gimn2():
    d = GIMN2
    rows = [
        S("Раздел 1. Нормативная база ЦМН"),
        R(1, "Утверждено положение о системе наставничества педагогов гимназии (1 – да, 0 – нет)",
          "orgs_regulation_teachers", U2 + "polozhenie_pedagogi.pdf"),
        R(2, "Утверждено положение о системе наставничества обучающихся гимназии (1 – да, 0 – нет)",
          "orgs_regulation_students", U2 + "polozhenie_obuchayushchiesya.pdf"),
        R(3, "Приказ о мониторинге реализации ЦМН в гимназии (1 – да, 0 – нет)", "orgs_monitoring_order",
          U2 + "prikaz_96_monitoring.pdf"),
        R(4, "Справка по итогам внутреннего мониторинга ЦМН (1 – да, 0 – нет)", "internal_monitoring_notes",
          U2 + "spravka_monitoring_dekabr_2024.pdf"),
        R(5, "Количество кураторов ЦМН", "curators_total", U2 + "prikaz_88_kurator.pdf"),
        R(6, "Количество локальных актов об оплате наставничества", "pay_acts", U2 + "polozhenie_oplata.pdf"),
        R(7, "Количество локальных актов о нематериальном стимулировании наставников", "nonmaterial_acts",
          U2 + "polozhenie_moralnoe_stimulirovanie.pdf"),
        E("Комментарий ОО: в 2024 г. принято 2 акта о нематериальном поощрении — Положение о моральном "
          "стимулировании наставников и Положение о почётной грамоте «Наставник гимназии».", span="B:B",
          link=U2 + "polozhenie_gramota_nastavnik_gimnazii.pdf"),
        S("Раздел 2. Наставники"),
        R(8, "Количество наставников (по приказу)", "mentors_total", U2 + "prikaz_101_nastavniki.pdf"),
        R(9, "Педагоги гимназии — наставники", "teachers_mentors", U2 + "prikaz_101_nastavniki.pdf"),
        R(10, "Молодые специалисты — наставники", "young_specialists_mentors", U2 + "prikaz_101_nastavniki.pdf"),
        R(11, "Гимназисты 15–19 лет — наставники (по приказу)", "mentors_15_19", U2 + "prikaz_101_nastavniki.pdf"),
        R(12, "Наставники из вузов и колледжей (по приказу)", "external_edu_mentors",
          U2 + "prikaz_101_nastavniki.pdf"),
        R(13, "Наставники — сотрудники иных организаций", "other_org_mentors", U2 + "prikaz_101_nastavniki.pdf"),
        E("Комментарий ОО: внешних наставников 6 — 3 преподавателя УдГУ, 1 преподаватель Можгинского "
          "педколледжа, 2 научных сотрудника краеведческого музея; с предприятий наставников нет.", span="B:B"),
        E("Комментарий ОО: в декабре 2024 г. 2 наставника-гимназиста выбыли (переезд), замена будет в январе.",
          span="B:B"),
        R(14, "Доля педагогов — наставников от общего числа педагогов, %", "share_teachers_mentors"),
        N(15, "Количество педагогов в роли наставляемых (всего, вместе с молодыми специалистами)", 9,
          U2 + "prikaz_101_nastavniki.pdf"),
        S("Раздел 3. Обучающиеся"),
        R(16, "Общее число обучающихся 10–19 лет", "students_10_19"),
        R(17, "Количество наставляемых гимназистов 10–19 лет", "mentees_10_19", U2 + "prikaz_101_nastavniki.pdf"),
        E("Комментарий ОО: категории ниже — по основной проблеме, с которой гимназист закреплён за "
          "наставником; сумма 61.", span="B:B"),
        R("17.1", "из них «группа риска»", "mentees_risk", U2 + "prikaz_101_nastavniki.pdf"),
        R("17.2", "из них дети с ОВЗ, дети-инвалиды", "mentees_disabled", U2 + "prikaz_101_nastavniki.pdf"),
        R("17.3", "из них одарённые (реестр одарённых детей УР)", "mentees_gifted",
          U2 + "reestr_odarennyh_vypiska.pdf"),
        R("17.4", "из них с низкой мотивацией / неуспевающие", "mentees_low_motivation",
          U2 + "prikaz_101_nastavniki.pdf"),
        R("17.5", "из них с проблемами профессионального самоопределения", "mentees_career",
          U2 + "prikaz_101_nastavniki.pdf"),
        R("17.6", "из них по другим основаниям", "mentees_other_params", U2 + "prikaz_101_nastavniki.pdf"),
        R(18, "Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19"),
        R(19, "Общее число обучающихся 15–19 лет", "students_15_19"),
        R(20, "Доля гимназистов 15–19 лет — наставников, %", "share_mentors_15_19"),
        R(21, "Количество наставляемых всего (по приказу)", "mentees_total", U2 + "prikaz_101_nastavniki.pdf"),
        N(22, "Количество выпускников 2024 г., бывших наставляемыми", 12),
        S("Раздел 4. Педагоги"),
        R(23, "Молодые специалисты (до 35 лет, первые 3 года работы), всего", "young_specialists"),
        R(24, "Молодые специалисты в роли наставляемых", "young_specialists_mentees",
          U2 + "prikaz_101_nastavniki.pdf"),
        R(25, "Педагоги, кроме молодых специалистов, всего", "teachers_other"),
        R(26, "Педагоги, кроме молодых специалистов, в роли наставляемых", "teachers_other_mentees",
          U2 + "prikaz_101_nastavniki.pdf"),
        R(27, "Доля педагогов-наставляемых (с молодыми специалистами), %", "share_teachers_mentees"),
        R(28, "Педагоги — участники утверждённых персонализированных программ", "teachers_in_pp",
          U2 + "prikaz_104_PPN.pdf"),
        R(29, "Педагоги, обученные на КПК по наставничеству в 2024 г.", "kpk_trained", U2 + "kpk_2024.pdf"),
        R(30, "Методические объединения наставников в гимназии", "school_methodical_associations",
          U2 + "prikaz_90_MO_nastavnikov.pdf"),
        N(31, "Количество открытых занятий и мастер-классов наставников в 2024 г.", 14),
        S("Раздел 5. Персонализированные программы (ПП)"),
        R(32, "ПП всего", "pp_total", U2 + "prikaz_104_PPN.pdf"),
        R("32.1", "ПП «ученик – ученик»", "pp_pupil_pupil", U2 + "prikaz_104_PPN.pdf"),
        R("32.2", "ПП «учитель – учитель»", "pp_teacher_teacher", U2 + "prikaz_104_PPN.pdf"),
        R("32.3", "ПП «руководитель – педагог»", "pp_head_teacher", U2 + "prikaz_104_PPN.pdf"),
        R("32.4", "ПП «учитель – ученик»", "pp_teacher_pupil", U2 + "prikaz_104_PPN.pdf"),
        D("32.5", "ПП «студент – ученик»", "pp_student_pupil", typed="см. комментарий", by="stud"),
        E("Комментарий ОО: программ «студент – ученик» 4, их ведут студенты УдГУ (исследовательские проекты "
          "10–11 кл.), утверждены отдельным приказом от 14.10.2024 № 131.", span="B:B",
          link=U2 + "prikaz_131_student-uchenik.pdf", key="stud"),
        S("Раздел 6. Партнёры"),
        R(33, "Соглашения с образовательными организациями (вуз, СПО), направившими наставников",
          "agreements_edu_orgs", U2 + "soglasheniya_UdGU_pedkolledzh.pdf"),
        R(34, "Соглашения с предприятиями, направившими наставников", "agreements_enterprises"),
        R(35, "Соглашения с иными организациями (музеи, учреждения культуры)", "agreements_other_orgs",
          U2 + "soglashenie_muzey.pdf"),
        R(36, "Перечень партнёров", "partner_list"),
        R(37, "Предмет заключённых соглашений", "agreement_subjects"),
        S("Раздел 7. Удовлетворённость"),
        R(38, "Удовлетворённость наставляемых (по итогам завершённых программ), %", "satisfaction_mentees",
          U2 + "anketa_itogi_2024.pdf"),
        D(39, "Удовлетворённость наставников (по итогам завершённых программ), %", "satisfaction_mentors",
          typed="см. комментарий", by="satm"),
        E("Комментарий ОО: удовлетворённость наставников — 92 % (средний балл анкеты 4,6 из 5, опрошено 38 "
          "наставников в декабре 2024 г.).", span="B:B", key="satm"),
    ]
    return dict(
        file="typed/gimnaziya2_kommentarii.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, ncols=4,
        top=[T("Отчёт о реализации целевой модели наставничества за 2024 год"),
             T(d["org"]),
             T("Берёзовоярский муниципальный округ", bold=False)],
        header=["№", "Показатель", "Значение", "Ссылка"],
        footer=["Куратор ЦМН: Ложкина А. М., заместитель директора по НМР"],
        yn=yn_1, share=share_plain, widths=(7, 72, 18, 62),
    )


# ------------------- 3. Кузьминская СОШ: «Примечание: в 2024 г. …» merged over the whole row ---------------------
U3 = "https://kuzminskaya-shkola.ru/wp-content/uploads/2024/12/"
def form_kuzma():
    d = KUZMA
    rows = [
        S("I. Управление и нормативная база"),
        R(1, "Наличие утверждённого положения о наставничестве педагогических работников", "orgs_regulation_teachers",
          U3 + "polozhenie-o-nastavnichestve-pedagogov.pdf"),
        R(2, "Наличие утверждённого положения о наставничестве обучающихся", "orgs_regulation_students",
          U3 + "polozhenie-o-nastavnichestve-obuchayushhihsya.pdf"),
        R(3, "Наличие приказа ОО о мониторинге реализации ЦМН", "orgs_monitoring_order",
          U3 + "prikaz-72-o-monitoringe.pdf"),
        R(4, "Наличие справки по итогам внутреннего мониторинга ЦМН", "internal_monitoring_notes",
          U3 + "spravka-itogi-monitoringa-cmn.pdf"),
        D(5, "Кол-во кураторов внедрения ЦМН в школе", "curators_total", typed="см. примечание", by="kur"),
        E("Примечание: в 2024 г. куратором ЦМН назначена заместитель директора по ВР Кудрявцева О. П. (1 чел., "
          "приказ от 30.08.2024 № 66).", span="A:D", key="kur"),
        R(6, "Кол-во локальных актов об оплате труда наставников", "pay_acts", U3 + "polozhenie-ob-oplate-truda.pdf"),
        R(7, "Кол-во локальных актов о нематериальном поощрении наставников", "nonmaterial_acts"),
        E("Примечание: в 2024 г. отдельное положение о нематериальном поощрении не принималось; 5 наставников "
          "награждены грамотами Управления образования.", span="A:D"),
        S("II. Наставники"),
        R(8, "Общее кол-во наставников по приказу", "mentors_total", U3 + "prikaz-70-o-zakreplenii.pdf"),
        R(9, "Кол-во педагогов школы в роли наставников", "teachers_mentors", U3 + "prikaz-70-o-zakreplenii.pdf"),
        R(10, "Кол-во молодых специалистов в роли наставников", "young_specialists_mentors"),
        R(11, "Кол-во наставников из числа обучающихся 15–19 лет", "mentors_15_19",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        R(12, "Кол-во наставников — работников предприятий", "enterprise_mentors",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        R(13, "Кол-во наставников из иных организаций (учреждения культуры и др.)", "other_org_mentors",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        E("Примечание: в 2024 г. школа не заключала соглашений с вузами и колледжами, внешних наставников из ОО "
          "нет. 2 наставника — специалисты СПК (колхоз) «Кузьминский», 1 — руководитель кружка сельского Дома "
          "культуры.", span="A:D"),
        E("Примечание: договор с СПК «Кузьминский» от 10.01.2023 пролонгирован на 2024–2025 гг.", span="A:C",
          link=U3 + "dogovor-spk-prolongaciya.pdf"),
        R(14, "Доля педагогов-наставников от всех педагогов школы, %", "share_teachers_mentors"),
        N(15, "Кол-во встреч наставнических пар за год (по журналам)", 96),
        S("III. Наставляемые"),
        R(16, "Общее кол-во наставляемых по приказу", "mentees_total", U3 + "prikaz-70-o-zakreplenii.pdf"),
        R(17, "Кол-во обучающихся в возрасте 10–19 лет в школе", "students_10_19"),
        R(18, "Кол-во наставляемых обучающихся 10–19 лет", "mentees_10_19", U3 + "prikaz-70-o-zakreplenii.pdf"),
        R("18.1", "из них обучающиеся «группы риска»", "mentees_risk", U3 + "prikaz-70-o-zakreplenii.pdf"),
        R("18.2", "из них обучающиеся с ОВЗ и инвалидностью", "mentees_disabled", U3 + "prikaz-70-o-zakreplenii.pdf"),
        R("18.3", "из них одарённые обучающиеся (включённые в реестр)", "mentees_gifted",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        R("18.4", "из них обучающиеся с низкой мотивацией и неуспеваемостью", "mentees_low_motivation",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        E("Примечание: в 2024 г. из 8 неуспевающих наставляемых 5 закрыли задолженности по итогам года.",
          span="A:D"),
        R("18.5", "из них обучающиеся, не определившиеся с выбором профессии", "mentees_career",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        R("18.6", "из них по иным основаниям", "mentees_other_params", U3 + "prikaz-70-o-zakreplenii.pdf"),
        N(19, "Кол-во наставляемых 10–14 лет (5–8 классы)", 15, U3 + "prikaz-70-o-zakreplenii.pdf"),
        R(20, "Доля наставляемых от числа обучающихся 10–19 лет, %", "share_mentees_10_19"),
        R(21, "Кол-во обучающихся 15–19 лет в школе", "students_15_19"),
        R(22, "Доля наставников из обучающихся 15–19 лет, %", "share_mentors_15_19"),
        E("Примечание: в 2024 г. наставниками стали 6 обучающихся 9–11 классов из 41 обучающегося этого "
          "возраста.", span="A:D"),
        S("IV. Педагогические работники"),
        R(23, "Кол-во молодых специалистов (до 35 лет, стаж не более 3 лет)", "young_specialists"),
        R(24, "Кол-во молодых специалистов, имеющих наставника", "young_specialists_mentees",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        R(25, "Кол-во педагогов, не относящихся к молодым специалистам", "teachers_other"),
        R(26, "Кол-во педагогов (кроме молодых специалистов), имеющих наставника", "teachers_other_mentees",
          U3 + "prikaz-70-o-zakreplenii.pdf"),
        E("Примечание: в 2024 г. наставник закреплён за 1 педагогом, вернувшимся из декретного отпуска.",
          span="A:D"),
        R(27, "Доля педагогов, имеющих наставника (включая молодых специалистов), %", "share_teachers_mentees"),
        R(28, "Кол-во педагогов, участвующих в утверждённых ПП наставничества", "teachers_in_pp",
          U3 + "prikaz-71-ob-utverzhdenii-pp.pdf"),
        R(29, "Кол-во педагогов, прошедших КПК по наставничеству за 2024 год", "kpk_trained",
          U3 + "udostovereniya-kpk.pdf"),
        R(30, "Кол-во МО наставников в школе", "school_methodical_associations"),
        E("Примечание: отдельного МО наставников нет, наставники работают в составе ШМО классных руководителей.",
          span="A:D"),
        S("V. Персонализированные программы наставничества"),
        R(31, "Кол-во ПП наставничества, всего", "pp_total", U3 + "prikaz-71-ob-utverzhdenii-pp.pdf"),
        R("31.1", "форма «ученик – ученик»", "pp_pupil_pupil", U3 + "prikaz-71-ob-utverzhdenii-pp.pdf"),
        R("31.2", "форма «учитель – учитель»", "pp_teacher_teacher", U3 + "prikaz-71-ob-utverzhdenii-pp.pdf"),
        R("31.3", "форма «учитель – ученик»", "pp_teacher_pupil", U3 + "prikaz-71-ob-utverzhdenii-pp.pdf"),
        R("31.4", "иная форма", "pp_other", U3 + "prikaz-71-ob-utverzhdenii-pp.pdf"),
        E("Примечание: иная форма — «работник СПК – ученик» (1 программа, агроклассы).", span="A:D"),
        S("VI. Взаимодействие с организациями"),
        R(32, "Кол-во соглашений с предприятиями, предоставившими наставников", "agreements_enterprises",
          U3 + "dogovor-spk-kuzminskiy.pdf"),
        R(33, "Кол-во соглашений с иными организациями, предоставившими наставников", "agreements_other_orgs",
          U3 + "soglashenie-sdk.pdf"),
        R(34, "Организации, сотрудничающие со школой по наставничеству", "partner_list"),
        S("VII. Удовлетворённость"),
        R(35, "Удовлетворённость наставляемых по итогам завершённых программ, %", "satisfaction_mentees",
          "https://disk.yandex.ru/d/Kz7pQ2mW4xR1aB"),
        R(36, "Удовлетворённость наставников по итогам завершённых программ, %", "satisfaction_mentors",
          "https://disk.yandex.ru/d/Kz7pQ2mW4xR1aB"),
        N(37, "Кол-во наставников, награждённых в 2024 г. грамотами и благодарностями", 5),
    ]
    return dict(
        file="typed/kuzminskaya_primechaniya.xlsx", sheet="Мониторинг", org=d["org"], data=d, rows=rows, ncols=4,
        top=[T("Мониторинг реализации ЦМН — 2024"),
             L("Наименование образовательной организации", d["org"], "A:B", "C:D")],
        header=["№", "Показатель", "Значение", "Ссылка на документ"],
        footer=["Директор школы Ватулина Г. Н."],
        yn=yn_Da, share=share_comma, widths=(7, 66, 16, 58),
    )


# -------------- 4. СОШ № 3: an explanation column for half of the criteria, explanation rows for the rest ---------
U4 = "https://school3-byar.ru/sveden/nastavnichestvo/"
def form_sosh3():
    d = SOSH3
    P = U4 + "prikaz_312_zakreplenie_2024.pdf"
    rows = [
        S("1. Нормативная база", span="A:E"),
        R(1, "Положение о наставничестве педагогов (утверждено / не утверждено)", "orgs_regulation_teachers",
          U4 + "polozhenie_pedagogi.pdf", note="утверждено приказом от 31.08.2023 № 244, новая редакция — 2024"),
        R(2, "Положение о наставничестве обучающихся (утверждено / не утверждено)", "orgs_regulation_students",
          U4 + "polozhenie_obuchayushchiesya.pdf", note="утверждено приказом от 31.08.2023 № 244"),
        R(3, "Приказ о мониторинге ЦМН в школе", "orgs_monitoring_order", U4 + "prikaz_355_monitoring.pdf"),
        R(4, "Справка о результатах внутреннего мониторинга ЦМН", "internal_monitoring_notes",
          U4 + "spravka_monitoring_2024.pdf", note="справка рассмотрена на педсовете 25.12.2024"),
        R(5, "Кураторы ЦМН в школе (чел.)", "curators_total", U4 + "prikaz_298_kuratory.pdf",
          note="зам. директора по УВР и руководитель ШМО наставников"),
        E("Пояснение: положения пересмотрены в 2024 г. в связи с переходом на единую форму ПП; справка о "
          "мониторинге опубликована на сайте 27.12.2024.", span="B:C"),
        S("2. Наставники", span="A:E"),
        R(6, "Наставники по приказу (всего)", "mentors_total", P,
          note="в т.ч. 3 наставника уволились в декабре, замена по приказу от 27.12.2024 № 402"),
        R(7, "Педагоги-наставники", "teachers_mentors", P, note="33 педагога, из них 3 молодых специалиста"),
        R(8, "Молодые специалисты, выступающие наставниками", "young_specialists_mentors", P),
        R(9, "Обучающиеся 15–19 лет — наставники", "mentors_15_19", P, note="10–11 классы, 28 чел."),
        D(10, "Наставники из образовательных организаций (вуз, колледж)", "external_edu_mentors", by="note",
          note="5 наставников: 3 преподавателя УдГУ и 2 студента педколледжа (по договорам)"),
        R(11, "Наставники с предприятий", "enterprise_mentors", P),
        N(12, "Наставники из числа сотрудников предприятий и организаций (всего)", 3, P),
        E("Пояснение: с предприятий — 3 технолога ООО «Берёзовоярский молочный завод» (инженерный класс); "
          "из иных организаций наставников нет.", span="B:C", link=U4 + "inzhenernyy_klass_plan.pdf"),
        R(13, "Доля педагогов-наставников, %", "share_teachers_mentors"),
        R(14, "Доля молодых специалистов-наставников, %", "share_young_specialists_mentors",
          note="3 из 12 молодых специалистов"),
        S("3. Наставляемые обучающиеся", span="A:E"),
        R(15, "Численность обучающихся 10–19 лет", "students_10_19", note="по ОО-1 на 20.09.2024"),
        R(16, "Наставляемые обучающиеся 10–19 лет", "mentees_10_19", P),
        R("16.1", "из них «группа риска»", "mentees_risk", P, note="ВШУ — 8, ПДН — 3, КДН — 1"),
        R("16.2", "из них с ОВЗ, инвалидностью", "mentees_disabled", P, note="в т.ч. 2 ребёнка-инвалида"),
        R("16.3", "из них одарённые (реестр)", "mentees_gifted", P, note="по реестру одарённых детей УР"),
        R("16.4", "из них низкая мотивация, неуспеваемость", "mentees_low_motivation", P),
        R("16.5", "из них проблемы с выбором профессии, профиля", "mentees_career", P),
        R("16.6", "из них иные причины", "mentees_other_params", P),
        E("Пояснение: в 2024 г. число наставляемых обучающихся уменьшилось со 104 до 96, т.к. 19 выпускников "
          "2023/24 уч. г. выбыли, а вновь закреплено 11.", span="B:C"),
        R(17, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19"),
        R(18, "Численность обучающихся 15–19 лет", "students_15_19", note="по ОО-1 на 20.09.2024"),
        R(19, "Доля наставников 15–19 лет, %", "share_mentors_15_19"),
        R(20, "Наставляемые всего (по приказу)", "mentees_total", P),
        N(21, "Родители (законные представители), участвующие в наставничестве", 7),
        S("4. Педагоги", span="A:E"),
        R(22, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists"),
        R(23, "Молодые специалисты с наставником", "young_specialists_mentees", P,
          note="1 молодой специалист в отпуске по уходу за ребёнком"),
        R(24, "Педагоги без молодых специалистов", "teachers_other"),
        R(25, "Педагоги без молодых специалистов с наставником", "teachers_other_mentees", P),
        E("Пояснение: наставник закреплён за 6 педагогами: 4 вновь прибывших и 2 педагога, впервые ведущих "
          "профильные классы.", span="B:C"),
        R(26, "Доля молодых специалистов с наставником, %", "share_young_specialists_mentees"),
        R(27, "Доля педагогов с наставником (все педагоги), %", "share_teachers_mentees"),
        R(28, "Педагоги в утверждённых ПП наставничества", "teachers_in_pp", U4 + "prikaz_318_PP.pdf",
          note="и наставники, и наставляемые; каждый педагог учтён один раз"),
        D(29, "Педагоги, обученные на КПК по наставничеству (2024)", "kpk_trained", by="kpk"),
        R(30, "Курсы по наставничеству, которые прошли педагоги", "kpk_courses", U4 + "kpk_udostovereniya.pdf"),
        E("Пояснение: КПК по наставничеству в 2024 г. прошли 9 педагогов (7 — в ИРО, 2 — в Академии "
          "Минпросвещения).", span="B:C", key="kpk"),
        R(31, "ШМО наставников (кол-во)", "school_methodical_associations", U4 + "prikaz_300_SHMO.pdf",
          note="ШМО наставников педагогов и ШМО наставников-старшеклассников"),
        S("5. Персонализированные программы", span="A:E"),
        R(32, "ПП всего", "pp_total", U4 + "prikaz_318_PP.pdf", note="утверждены приказом от 20.09.2024 № 318"),
        R("32.1", "ученик – ученик", "pp_pupil_pupil", U4 + "prikaz_318_PP.pdf"),
        R("32.2", "учитель – учитель", "pp_teacher_teacher", U4 + "prikaz_318_PP.pdf"),
        R("32.3", "руководитель – педагог", "pp_head_teacher", U4 + "prikaz_318_PP.pdf"),
        R("32.4", "учитель – ученик", "pp_teacher_pupil", U4 + "prikaz_318_PP.pdf"),
        R("32.5", "студент – ученик", "pp_student_pupil", U4 + "prikaz_318_PP.pdf",
          note="студенты педколледжа, 5 программ"),
        N(33, "ПП, запланированные на 2025 г.", 90),
        S("6. Партнёры и удовлетворённость", span="A:E"),
        R(34, "Соглашения с ОО (вуз, СПО), предоставившими наставников", "agreements_edu_orgs",
          U4 + "soglasheniya_UdGU_MPK.pdf"),
        R(35, "Соглашения с предприятиями, предоставившими наставников", "agreements_enterprises",
          U4 + "soglashenie_molzavod.pdf"),
        R(36, "Партнёры по наставничеству", "partner_list", note="3 организации"),
        R(37, "Удовлетворённость наставляемых, %", "satisfaction_mentees", U4 + "anketirovanie_2024.pdf",
          note="анкетирование по завершении программ, 81 респондент"),
        R(38, "Удовлетворённость наставников, %", "satisfaction_mentors", U4 + "anketirovanie_2024.pdf",
          note="анкетирование в декабре 2024 г."),
        E("Пояснение: в анкетировании наставников участвовали 58 из 69 наставников (84 %).", span="B:C",
          link="https://cloud.mail.ru/public/9HqT/a3Lm2XwRe"),
        N(39, "Мероприятия в рамках ЦМН за год", 22),
    ]
    return dict(
        file="typed/sosh3_stolbec_poyasneniy.xlsx", sheet="2024", org=d["org"], data=d, rows=rows, ncols=5,
        top=[T("Мониторинг внедрения целевой модели наставничества, 2024 год", span="A:E"),
             L("Наименование ОО", d["org"], "A:B", "C:E")],
        header=["№", "Показатель", "Значение", "Ссылка", "Пояснение"],
        footer=["Ответственный: Мерзлякова И. Г., тел. 8 (34163) 2-14-05"],
        yn=yn_da, share=share_plain, widths=(7, 58, 14, 52, 48),
    )


# --------- 5. Лесозаводская ООШ: «*»-marked rows, footnote-style explanation rows at the end of each section -------
U5 = "https://lesozavod-oosh.ru/docs/cmn/"
def form_lesoz():
    d = LESOZ
    P = U5 + "prikaz_41_nastavniki_2024.pdf"
    rows = [
        S("Нормативно-правовое обеспечение"),
        R(1, "Положение о наставничестве педагогических работников", "orgs_regulation_teachers",
          U5 + "polozhenie_pedrabotniki.pdf"),
        R(2, "Положение о наставничестве обучающихся", "orgs_regulation_students", U5 + "polozhenie_uchashchiesya.pdf"),
        R(3, "Приказ о мониторинге реализации ЦМН в ОО", "orgs_monitoring_order", U5 + "prikaz_45_monitoring.pdf"),
        R(4, "Справка по результатам внутреннего мониторинга *", "internal_monitoring_notes"),
        R(5, "Куратор внедрения ЦМН (кол-во)", "curators_total", U5 + "prikaz_38_kurator.pdf"),
        R(6, "Локальные акты об оплате наставничества (кол-во) **", "pay_acts"),
        R(7, "Локальные акты о нематериальном поощрении наставников (кол-во)", "nonmaterial_acts",
          U5 + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        E("* Пояснение: справка по итогам внутреннего мониторинга будет подготовлена к 20.01.2025 (мониторинг "
          "проведён в декабре 2024 г.).", span="A:C"),
        E("** Пояснение: доплата за наставничество в 2024 г. не установлена (нет средств в ФОТ), рассматривается "
          "в 2025 г.", span="A:C", link=U5 + "protokol_upravlyayushchiy_sovet_4.pdf"),
        S("Участники наставничества"),
        R(8, "Наставники по приказу, всего", "mentors_total", P),
        R(9, "в т.ч. педагоги школы", "teachers_mentors", P),
        R(10, "в т.ч. обучающиеся 15–19 лет *", "mentors_15_19", P),
        R(11, "в т.ч. сотрудники предприятий", "enterprise_mentors", P),
        R(12, "Наставляемые по приказу, всего", "mentees_total", P),
        R(13, "Обучающиеся 10–19 лет, всего", "students_10_19"),
        R(14, "Обучающиеся 10–19 лет — наставляемые", "mentees_10_19", P),
        R("14.1", "группа риска", "mentees_risk", P),
        R("14.2", "дети с ОВЗ / дети-инвалиды", "mentees_disabled", P),
        R("14.3", "одарённые дети (реестр)", "mentees_gifted", P),
        R("14.4", "низкая мотивация, неуспевающие", "mentees_low_motivation", P),
        D("14.5", "трудности с выбором профессии **", "mentees_career", by="prof"),
        R("14.6", "иные основания", "mentees_other_params", P),
        R(15, "Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19"),
        R(16, "Обучающиеся 15–19 лет, всего *", "students_15_19"),
        R(17, "Доля обучающихся 15–19 лет — наставников, %", "share_mentors_15_19"),
        N(18, "Обучающиеся 1–4 классов, за которыми закреплён наставник ***", 5, P),
        N(19, "Наставнические пары", 18, P),
        E("* Пояснение: школа основная, обучающиеся 15–19 лет — это 14 учеников 9 класса; наставниками стали 3 из "
          "них (вожатые для 5–6 кл.).", span="A:C"),
        E("** Пояснение: профориентационное наставничество — 2 обучающихся 9 класса, закреплены за мастером "
          "участка ООО «Лесозаводский ДОК».", span="A:C", link=U5 + "proforientaciya_plan_9kl.pdf", key="prof"),
        E("*** Пояснение: 5 обучающихся начальных классов в общее число наставляемых не включены (возраст до "
          "10 лет).", span="A:C"),
        S("Педагоги"),
        R(20, "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "young_specialists"),
        R(21, "Молодые специалисты — наставляемые", "young_specialists_mentees", P),
        R(22, "Остальные педагоги (без молодых специалистов), всего", "teachers_other"),
        R(23, "Остальные педагоги — наставляемые", "teachers_other_mentees", P),
        R(24, "Доля педагогов-наставляемых от всех педагогов, %", "share_teachers_mentees"),
        R(25, "Доля педагогов-наставников от всех педагогов, %", "share_teachers_mentors"),
        R(26, "Педагоги, участвующие в утверждённых ПП", "teachers_in_pp", U5 + "prikaz_43_PP.pdf"),
        R(27, "Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", U5 + "udostoverenie_kpk.pdf"),
        R(28, "Какие курсы пройдены (название, организатор, объём)", "kpk_courses", U5 + "udostoverenie_kpk.pdf"),
        N(29, "Педагоги, планирующие КПК по наставничеству в 2025 г.", 2),
        E("Справочно: в 2024 г. педагогов 17 (15 + 2 молодых специалиста), наставников из них 7; педагог, "
          "прошедший КПК, — Гарипова Р. Ф., учитель начальных классов.", span="A:C"),
        S("Персонализированные программы"),
        R(30, "ПП, всего", "pp_total", U5 + "prikaz_43_PP.pdf"),
        R(31, "ученик – ученик", "pp_pupil_pupil", U5 + "prikaz_43_PP.pdf"),
        R(32, "учитель – учитель", "pp_teacher_teacher", U5 + "prikaz_43_PP.pdf"),
        R(33, "учитель – ученик", "pp_teacher_pupil", U5 + "prikaz_43_PP.pdf"),
        S("Партнёры и оценка"),
        R(34, "Соглашения с предприятиями, направившими наставников", "agreements_enterprises",
          U5 + "dogovor_lesozavodskiy_DOK.pdf"),
        R(35, "Партнёры (перечень)", "partner_list"),
        R(36, "Удовлетворённость наставляемых, %", "satisfaction_mentees", U5 + "anketa_itogi.pdf"),
        R(37, "Удовлетворённость наставников, %", "satisfaction_mentors", U5 + "anketa_itogi.pdf"),
        E("Пояснение: опрошено 17 наставляемых и 10 наставников по завершении программ (май, декабрь).",
          span="A:C", link="https://disk.yandex.ru/i/Ls0dZr5wYpC8tn"),
    ]
    return dict(
        file="typed/lesozavodskaya_snoski.xlsx", sheet="Лист1", org=d["org"], data=d,
        rows=rows, ncols=4,
        top=[T("Мониторинг реализации ЦМН в МБОУ «Лесозаводская ООШ» в 2024 году"),
             T("(п. Лесозаводский, Берёзовоярский муниципальный округ)", bold=False)],
        header=["№", "Показатель", "Значение", "Ссылка"],
        footer=["Исполнитель: Гарипова Р. Ф."],
        yn=yn_da, share=share_comma, level=lambda v: "%d %%" % v if v == int(v) else v, widths=(6, 60, 14, 56),
    )


# ------------- 6. ЦДТ (ДОП): explanations right under the section heading and before the criterion -------------
U6 = "https://cdt-byar.ru/nastavnichestvo/"
def form_cdt():
    d = CDT
    P = U6 + "prikaz_57-od_nastavniki.pdf"
    rows = [
        S("1. Нормативное обеспечение"),
        E("Комментарий: документы ЦДТ приведены в соответствие с письмом Минпросвещения России от 23.01.2020 "
          "№ МР-42/02; в 2024 г. принято 3 новых локальных акта.", span="B:D"),
        R("1.1", "Положение о наставничестве педагогов ДО (утверждено)", "orgs_regulation_teachers",
          U6 + "polozhenie_pedagogi_DO.pdf"),
        R("1.2", "Положение о наставничестве обучающихся (утверждено)", "orgs_regulation_students",
          U6 + "polozhenie_obuchayushchiesya.pdf"),
        R("1.3", "Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", U6 + "prikaz_61-od_monitoring.pdf"),
        R("1.4", "Аналитическая справка по внутреннему мониторингу ЦМН", "internal_monitoring_notes",
          U6 + "spravka_monitoring_2024.pdf"),
        R("1.5", "Кураторы ЦМН, чел.", "curators_total", U6 + "prikaz_55-od_kurator.pdf"),
        R("1.6", "Акты об оплате работы наставников, ед.", "pay_acts", U6 + "polozhenie_stimuliruyushchie.pdf"),
        R("1.7", "Акты о нематериальном поощрении наставников, ед.", "nonmaterial_acts",
          U6 + "polozhenie_nagrady.pdf"),
        S("2. Наставники и наставляемые"),
        E("Комментарий: учтены воспитанники всех объединений ЦДТ, включая занимающихся на базе школ "
          "(сетевая форма); наставников 30, наставляемых 58.", span="B:D"),
        R("2.1", "Наставники (по приказу)", "mentors_total", P),
        R("2.2", "из них педагоги ДО", "teachers_mentors", P),
        R("2.3", "из них молодые специалисты", "young_specialists_mentors", P),
        R("2.4", "из них воспитанники 15–19 лет", "mentors_15_19", P),
        R("2.5", "из них из образовательных организаций (колледж)", "external_edu_mentors", P),
        R("2.6", "из них из иных организаций (музей, библиотека, совет ветеранов)", "other_org_mentors", P),
        R("2.7", "Наставляемые (по приказу)", "mentees_total", P),
        R("2.8", "Воспитанники 10–19 лет, всего", "students_10_19"),
        E("Комментарий: контингент 10–19 лет — 860 уникальных воспитанников (без повторов по объединениям), по "
          "данным АИС «Навигатор» на 01.10.2024.", span="B:D"),
        R("2.9", "Воспитанники 10–19 лет в роли наставляемых", "mentees_10_19", P),
        R("2.9.1", "из них группы риска", "mentees_risk", P),
        R("2.9.2", "из них с ОВЗ, инвалидностью", "mentees_disabled", P),
        R("2.9.3", "из них одарённые (региональный реестр)", "mentees_gifted", P),
        R("2.9.4", "из них с трудностями профессионального самоопределения", "mentees_career", P),
        R("2.9.5", "из них иные основания", "mentees_other_params"),
        R("2.10", "Доля воспитанников 10–19 лет в роли наставляемых, %", "share_mentees_10_19"),
        R("2.11", "Воспитанники 15–19 лет, всего", "students_15_19"),
        R("2.12", "Доля воспитанников 15–19 лет — наставников, %", "share_mentors_15_19"),
        N("2.13", "Воспитанники 5–9 лет в роли наставляемых", 14, P),
        S("3. Педагоги"),
        R("3.1", "Молодые специалисты (до 35 лет, первые три года работы)", "young_specialists"),
        R("3.2", "из них наставляемые", "young_specialists_mentees", P),
        R("3.3", "Педагоги, кроме молодых специалистов", "teachers_other"),
        R("3.4", "из них наставляемые", "teachers_other_mentees", P),
        E("Комментарий: педагоги-наставляемые без молодых специалистов — 2 педагога ДО, перешедших из школ в "
          "2024 г.; внешние совместители не учитываются.", span="B:D"),
        R("3.5", "Доля педагогов-наставляемых, %", "share_teachers_mentees"),
        R("3.6", "Доля педагогов-наставников, %", "share_teachers_mentors"),
        R("3.7", "Доля молодых специалистов — наставников, %", "share_young_specialists_mentors"),
        R("3.8", "Педагоги, участвующие в утверждённых ПП", "teachers_in_pp", U6 + "prikaz_59-od_PP.pdf"),
        R("3.9", "Педагоги, обученные по КПК (наставничество), 2024", "kpk_trained", U6 + "kpk_2024.pdf"),
        R("3.10", "МО наставников ЦДТ", "school_methodical_associations", U6 + "prikaz_56-od_MO.pdf"),
        N("3.11", "Мастер-классы, проведённые наставниками", 16),
        S("4. Персонализированные программы"),
        R("4.1", "ПП, всего", "pp_total", U6 + "prikaz_59-od_PP.pdf"),
        R("4.2", "«воспитанник – воспитанник»", "pp_pupil_pupil", U6 + "prikaz_59-od_PP.pdf"),
        R("4.3", "«педагог – педагог»", "pp_teacher_teacher", U6 + "prikaz_59-od_PP.pdf"),
        R("4.4", "«педагог – воспитанник»", "pp_teacher_pupil", U6 + "prikaz_59-od_PP.pdf"),
        R("4.5", "«студент – воспитанник»", "pp_student_pupil", U6 + "prikaz_59-od_PP.pdf"),
        R("4.6", "иная форма", "pp_other", U6 + "prikaz_59-od_PP.pdf"),
        E("Комментарий: иная форма — «ветеран – воспитанник» (2 программы, объединение «Юный краевед»).",
          span="B:C", link=U6 + "programma_veteran-vospitannik.pdf"),
        S("5. Партнёры"),
        E("Комментарий: по соглашениям с иными организациями (музей, библиотека, совет ветеранов) — 3 соглашения, "
          "по 1 наставнику от каждой; с предприятиями соглашений нет.", span="B:C",
          link=U6 + "soglasheniya_2024.pdf", key="oth"),
        R("5.1", "Соглашения с ОО, направившими наставников", "agreements_edu_orgs",
          U6 + "soglashenie_pedkolledzh.pdf"),
        D("5.2", "Соглашения с иными организациями, направившими наставников", "agreements_other_orgs",
          typed="см. комментарий выше", by="oth"),
        R("5.3", "Партнёры ЦДТ по наставничеству", "partner_list"),
        N("5.4", "Участники конкурса «Наставник года» от ЦДТ", 2, U6 + "konkurs_nastavnik_goda.pdf"),
        S("6. Удовлетворённость"),
        R("6.1", "Удовлетворённость наставляемых завершёнными программами, %", "satisfaction_mentees",
          U6 + "anketa_2024.pdf"),
        R("6.2", "Удовлетворённость наставников завершёнными программами, %", "satisfaction_mentors",
          U6 + "anketa_2024.pdf"),
    ]
    return dict(
        file="typed/cdt_kommentarii.xlsx", sheet="ЦМН", org=d["org"], data=d, rows=rows, ncols=4,
        top=[T("Мониторинг реализации целевой модели наставничества за 2024 год"),
             L("Наименование ОО", d["org"], "A:B", "C:D"),
             L("Тип ОО", "организация дополнительного образования", "A:B", "C:D")],
        header=["№", "Показатель", "Значение", "Ссылка"],
        footer=["Директор МБУ ДО «Берёзовоярский ЦДТ» ________ Е. А. Шишкина"],
        yn=yn_1, share=share_plain, widths=(8, 60, 16, 52),
    )


FORMS = [form_sosh1, form_gimn2, form_kuzma, form_sosh3, form_lesoz, form_cdt]


# ------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def cols(span):
    a, b = span.split(":")
    return column_index_from_string(a), column_index_from_string(b)


def typed_value(form, cid, unit, v, override):
    if override is not None:
        return override
    if cid in YESNO_IDS:
        return form["yn"](v)
    if unit == "share":
        return form["share"](v)
    if unit == "level" and "level" in form:
        return form["level"](v)
    return v


def build(form, cat, cells, extra):
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    nc = form["ncols"]
    for i, w in enumerate(form["widths"], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    sheet, fname = form["sheet"], form["file"]
    r = 1
    for t in form["top"]:
        if t[0] == "T":
            _, text, span, bold = t
            a, b = cols(span)
            ws.cell(r, a, text).font = Font(bold=bold, size=12 if bold else 10)
            ws.cell(r, a).alignment = Alignment(horizontal="center", wrap_text=True)
            ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
        else:
            _, label, value, ls, vs = t
            a, b = cols(ls)
            ws.cell(r, a, label).font = Font(bold=True)
            if b > a:
                ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
            a, b = cols(vs)
            ws.cell(r, a, value)
            if b > a:
                ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
        r += 1
    r += 1
    for c, h in enumerate(form["header"], start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    d = form["data"]
    entry = {"file": fname, "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    seen = set()
    expl_cells = {}   # key -> cell coordinate of the explanation text
    pending = []      # deferred criteria waiting for their explanation row
    for row in form["rows"]:
        kind = row[0]
        if kind == "S":
            _, text, span = row
            a, b = cols(span)
            ws.cell(r, a, text).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
            entry["headings"].append(text)
            r += 1
            continue
        if kind == "E":
            _, text, span, link, key = row
            a, b = cols(span)
            tc = ws.cell(r, a, text)
            tc.font = Font(italic=True)
            tc.alignment = Alignment(wrap_text=True, vertical="top")
            if b > a:
                ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
            rec = {"file": fname, "sheet": sheet, "cell": tc.coordinate, "text": text, "span": span}
            if link:
                assert b < 4, "link column covered by the explanation"
                lc = ws.cell(r, 4, link)
                rec["link_cell"], rec["link"] = lc.coordinate, link
            extra["explanations"].append(rec)
            if key:
                expl_cells[key] = tc.coordinate
            for c in range(1, nc + 1):
                ws.cell(r, c).border = BOX
            r += 1
            continue
        if kind in ("R", "D"):
            if kind == "R":
                _, no, title, cid, link, override, note = row
            else:
                _, no, title, cid, override, by, note = row
                link = None
            assert cid in cat, cid
            c = cat[cid]
            assert c["level"] == "org" and c["wording_2024"].strip() and c["aggregation"] not in ("forms", "sum_of"), cid
            assert cid not in seen, (fname, cid)
            seen.add(cid)
            ws.cell(r, 1, no)
            ws.cell(r, 2, title)
            v = d[cid]
            if kind == "R":
                tv = typed_value(form, cid, c["unit"], v, override)
                vc = ws.cell(r, 3, tv)
                if isinstance(tv, float):
                    vc.number_format = "0.00"
                entry["values"][cid] = v
                cells.append({"file": fname, "sheet": sheet, "cell": vc.coordinate, "criterion": cid,
                              "kind": "value", "expected": v, "typed": tv, "row_title": title})
                if link:
                    lc = ws.cell(r, 4, link)
                    entry["links"][cid] = link
                    cells.append({"file": fname, "sheet": sheet, "cell": lc.coordinate, "criterion": cid,
                                  "kind": "link", "expected": link, "row_title": title})
            else:
                vc = ws.cell(r, 3, override)
                rec = {"file": fname, "sheet": sheet, "cell": vc.coordinate, "criterion": cid, "typed": override,
                       "row_title": title, "figure": v}
                if by == "note":
                    rec["explained_in"] = ws.cell(r, 5).coordinate
                else:
                    rec["explained_by"] = by
                    pending.append(rec)
                extra["deferred"].append(rec)
            if note:
                assert nc == 5
                nc_cell = ws.cell(r, 5, note)
                extra["notes"].append({"file": fname, "sheet": sheet, "cell": nc_cell.coordinate, "text": note,
                                       "criterion": cid})
        else:
            _, no, title, value, link = row
            ws.cell(r, 1, no)
            ws.cell(r, 2, title)
            ws.cell(r, 3, value)
            if link:
                ws.cell(r, 4, link)
            entry["not_criteria"].append(title)
        for cc in range(1, nc + 1):
            cell = ws.cell(r, cc)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=(cc in (2, 4, 5)), vertical="top",
                                       horizontal=("center" if cc == 3 else None))
        r += 1
    for rec in pending:
        rec["explained_in"] = expl_cells[rec.pop("explained_by")]
    r += 1
    for t in form.get("footer", []):
        ws.cell(r, 2, t)
        r += 1
    extra["figures"][fname] = {k: v for k, v in d.items() if k != "org"}
    TYPED.mkdir(exist_ok=True)
    buf = io.BytesIO()
    wb.save(buf)
    pin_zip(buf.getvalue(), HERE / fname)
    return entry


def pin_zip(data, path):
    """Rewrite the xlsx with fixed entry times, so that reruns give byte-identical files."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps «modified» with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data)
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    cat = load_catalogue()
    cells, expected = [], []
    extra = {"explanations": [], "deferred": [], "notes": [], "figures": {}}
    for f in FORMS:
        expected.append(build(f(), cat, cells, extra))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    out = {"cells": cells}
    out.update(extra)
    (HERE / "cells.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings, {len(extra['explanations'])} explanation rows, {len(extra['notes'])} explanation-column "
          f"notes, {len(extra['deferred'])} criteria «см. пояснение»")
    CONT = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
    for e in expected:
        base = [k for k in e["values"] if k not in CONT]
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links "
              f"({100.0 * len(e['links']) / len(base):.1f} % of {len(base)} non-contingent), "
              f"{len(e['not_criteria'])} not-criteria, {len(e['headings'])} headings")


if __name__ == "__main__":
    main()
