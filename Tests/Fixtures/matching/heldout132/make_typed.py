#!/usr/bin/env python3
"""heldout132: ordinary one-organisation forms (title | value | link) where about half of the VALUE cells hold a
whole phrase as an official writes it («утверждено приказом № 12-од от 10.01.2024», «46 человек, из них 12
внешних», «12,5 % (13 из 104)», «не утверждалось», «нет данных») and the rest hold plain values.
Deterministic: no randomness, pinned document times and pinned zip entry times.

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

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_TIME = datetime.datetime(2025, 1, 20, 9, 30, 0)
ZIP_TIME = (2025, 1, 20, 9, 30, 0)


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


def c(x):
    """A number as a Russian official types it: 12.5 -> «12,5», 86.0 -> «86»."""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x).replace(".", ",")


PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")
MENTEE_GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                 "mentees_other_params")


def derive(d):
    """Totals and shares that follow from the organisation's own figures."""
    d = dict(d)
    d["pp_total"] = sum(d.get(k, 0) for k in PP_FORMS)
    d["external"] = sum(d.get(k, 0) for k in ("external_edu_mentors", "enterprise_mentors", "other_org_mentors"))
    d["mentors_total"] = d["teachers_mentors"] + d["mentors_15_19"] + d["external"]
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert sum(d[k] for k in MENTEE_GROUPS) == d["mentees_10_19"], d["org"]
    teachers = d["teachers_other"] + d["young_specialists"]
    d["teachers"] = teachers
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
    assert d.get("teachers_in_pp", 0) <= teachers
    return d


# --------------------------------------------------------------------------------------------------------------
# Six organisations of the Ушаковский муниципальный округ (invented)
# --------------------------------------------------------------------------------------------------------------
SOSH1 = derive(dict(
    org="Муниципальное бюджетное общеобразовательное учреждение «Ушаковская средняя общеобразовательная школа № 1»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, school_methodical_associations=1,
    teachers_mentors=21, mentors_15_19=13, students_15_19=104,
    external_edu_mentors=4, enterprise_mentors=5, other_org_mentors=3,
    agreements_edu_orgs=2, agreements_enterprises=3, agreements_other_orgs=1,
    partner_list="БПОУ УР «Ушаковский аграрно-технический колледж», МБОУ «Ушаковская СОШ № 3», "
                 "ООО «Лесопромышленная компания «Кама»», АО «Ушаковский молокозавод», ИП глава КФХ Сидоров А. В., "
                 "МБУК «Ушаковский районный Дом культуры» (6 партнёров)",
    pp_pupil_pupil=12, pp_teacher_teacher=7, pp_head_teacher=2, pp_teacher_pupil=18, pp_student_pupil=3,
    students_10_19=498, mentees_10_19=61, mentees_risk=8, mentees_disabled=5, mentees_gifted=9,
    mentees_low_motivation=16, mentees_career=14, mentees_other_params=9,
    young_specialists=8, young_specialists_mentees=7, teachers_other=46, teachers_other_mentees=4,
    kpk_trained=4,
    kpk_courses="«Наставничество в образовательной организации: технологии и практики», АОУ ДПО УР ИРО, 36 ч.",
    pay_acts=1, nonmaterial_acts=0, satisfaction_mentees=86.0, satisfaction_mentors=91.0,
))

GIMN = derive(dict(
    org="МАОУ «Ушаковская гимназия имени В. Г. Короленко»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, school_methodical_associations=2,
    teachers_mentors=29, young_specialists_mentors=3, mentors_15_19=26, students_15_19=231,
    external_edu_mentors=3, enterprise_mentors=2, other_org_mentors=0,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=0,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Ушаковский педагогический колледж»; "
                 "АО «Ушаковский приборный завод»",
    agreement_subjects="проведение занятий и консультаций для гимназистов профильных классов, руководство "
                       "индивидуальными проектами, профессиональные пробы на производстве",
    pp_pupil_pupil=22, pp_teacher_teacher=10, pp_head_teacher=2, pp_teacher_pupil=25, pp_student_pupil=4, pp_other=1,
    students_10_19=642, mentees_10_19=78, mentees_risk=4, mentees_disabled=3, mentees_gifted=27,
    mentees_low_motivation=12, mentees_career=22, mentees_other_params=10,
    young_specialists=10, young_specialists_mentees=9, teachers_other=64, teachers_other_mentees=5,
    teachers_in_pp=36, kpk_trained=6, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=94.0, satisfaction_mentors=92.5,
))

KEDR = derive(dict(
    org="МБОУ «Кедровская основная общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0, internal_monitoring_notes=1,
    curators_total=1, school_methodical_associations=0,
    teachers_mentors=7, mentors_15_19=2, students_15_19=11,
    external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=1,
    agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="МБУК «Кедровский СДК», ИП Сидоров В. П. (2 партнёра)",
    pp_pupil_pupil=3, pp_teacher_teacher=1, pp_teacher_pupil=6,
    students_10_19=58, mentees_10_19=16, mentees_risk=4, mentees_disabled=2, mentees_gifted=1,
    mentees_low_motivation=6, mentees_career=2, mentees_other_params=1,
    young_specialists=1, young_specialists_mentees=1, teachers_other=12, teachers_other_mentees=1,
    teachers_in_pp=7, kpk_trained=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=96.0,
))

RADUGA = derive(dict(
    org="Муниципальное бюджетное учреждение дополнительного образования «Ушаковский центр детского творчества "
        "«Радуга»»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, school_methodical_associations=1,
    teachers_mentors=14, young_specialists_mentors=2, mentors_15_19=17, students_15_19=265,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=2,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=2,
    agreement_subjects="совместная концертная и выставочная деятельность; участие специалистов музея и ДК в работе "
                       "творческих объединений в роли наставников",
    pp_pupil_pupil=11, pp_teacher_teacher=5, pp_teacher_pupil=24, pp_other=2,
    students_10_19=864, mentees_10_19=57, mentees_risk=6, mentees_disabled=8, mentees_gifted=21,
    mentees_low_motivation=0, mentees_career=7, mentees_other_params=15,
    young_specialists=5, young_specialists_mentees=5, teachers_other=33, teachers_other_mentees=3,
    teachers_in_pp=19, kpk_trained=3, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=88.0, satisfaction_mentors=90.0,
))

LICEY = derive(dict(
    org="МБОУ «Лицей № 2 г. Ушаково»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=3, school_methodical_associations=1,
    teachers_mentors=35, young_specialists_mentors=4, mentors_15_19=41, students_15_19=380,
    external_edu_mentors=6, enterprise_mentors=3, other_org_mentors=0,
    agreements_edu_orgs=3, agreements_enterprises=2, agreements_other_orgs=0,
    partner_list="ФГБОУ ВО «ИжГТУ имени М. Т. Калашникова», ФГБОУ ВО «УдГУ», БПОУ УР «Ушаковский политехнический "
                 "колледж», АО «Ушаковский приборный завод», ООО «Камские информационные системы»",
    pp_pupil_pupil=30, pp_teacher_teacher=14, pp_head_teacher=3, pp_student_pupil=6, pp_teacher_pupil=21,
    students_10_19=1024, mentees_10_19=88, mentees_risk=3, mentees_disabled=4, mentees_gifted=31,
    mentees_low_motivation=14, mentees_career=27, mentees_other_params=9,
    young_specialists=12, young_specialists_mentees=11, teachers_other=66, teachers_other_mentees=7,
    teachers_in_pp=38, kpk_trained=7,
    kpk_courses="«Организация наставничества в школе: от модели к практике» (ИРО, 72 ч.) — 5 чел.; "
                "«Педагог-наставник» (Педагогический университет «Первое сентября», 36 ч.) — 2 чел.",
    pay_acts=1, nonmaterial_acts=0, satisfaction_mentees=92.0, satisfaction_mentors=89.0,
))

BEREZ = derive(dict(
    org="МБОУ «Берёзовская средняя общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, school_methodical_associations=1,
    teachers_mentors=15, young_specialists_mentors=1, mentors_15_19=9, students_15_19=62,
    external_edu_mentors=2, enterprise_mentors=2, other_org_mentors=1,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="ГБПОУ УР «Ушаковский аграрный техникум»; МБОУ «Ушаковская СОШ № 1»; СПК «Берёзовский»; "
                 "Берёзовская сельская библиотека-филиал МБУК «Ушаковская ЦБС»",
    pp_pupil_pupil=8, pp_teacher_teacher=4, pp_head_teacher=1, pp_teacher_pupil=12, pp_student_pupil=2,
    students_10_19=286, mentees_10_19=37, mentees_risk=7, mentees_disabled=3, mentees_gifted=4,
    mentees_low_motivation=11, mentees_career=8, mentees_other_params=4,
    young_specialists=4, young_specialists_mentees=4, teachers_other=27, teachers_other_mentees=3,
    teachers_in_pp=16, kpk_trained=3,
    kpk_courses="«Наставничество как ресурс профессионального развития педагога», АОУ ДПО УР ИРО, 36 ч.",
    pay_acts=0, nonmaterial_acts=1, satisfaction_mentees=90.0,
))


# --------------------------------------------------------------------------------------------------------------
# Rows.  S(text): a section heading.  R(no, title, cid, typed=None, link=None): a criterion row; typed None means
# the plain value (the figure, or the form's own yes/no style), otherwise the phrase typed in the value cell.
# A(no, title, cid, typed): a criterion row whose value cell says there is no figure («нет данных», «см.
# приложение 3»): the criterion is absent from values.  N(no, title, value, link=None): a row that is not a
# criterion of the catalogue.
# --------------------------------------------------------------------------------------------------------------
def S(text):
    return ("S", text)


def R(no, title, cid, typed=None, link=None):
    return ("R", no, title, cid, typed, link)


def A(no, title, cid, typed):
    return ("A", no, title, cid, typed)


def N(no, title, value, link=None):
    return ("N", no, title, value, link)


# ------------------------------------- 1. СОШ № 1: orders and dates in the values ----------------------------
U1 = "https://ushak-sosh1.ru/upload/nastavnichestvo/"
def form_sosh1():
    d = SOSH1
    rows = [
        S("1. Нормативно-правовое обеспечение"),
        R("1.1", "Наличие утверждённого Положения о системе наставничества педагогических работников ОО",
          "orgs_regulation_teachers", "утверждено приказом № 12-од от 10.01.2024", U1 + "polozhenie_ped.pdf"),
        R("1.2", "Наличие утверждённого Положения о наставничестве обучающихся",
          "orgs_regulation_students", "утверждено тем же приказом (№ 12-од от 10.01.2024), приложение 2",
          U1 + "polozhenie_obuch.pdf"),
        R("1.3", "Приказ о проведении мониторинга реализации ЦМН в ОО", "orgs_monitoring_order",
          "издан, приказ от 15.03.2024 № 48-од", U1 + "prikaz_48-od.pdf"),
        R("1.4", "Информационная справка по итогам внутреннего мониторинга ЦМН", "internal_monitoring_notes", None,
          U1 + "spravka_monitoring_2024.pdf"),
        R("1.5", "Кураторы внедрения ЦМН в ОО, назначенные приказом (чел.)", "curators_total",
          "2 (зам. директора по УВР, педагог-психолог)", U1 + "prikaz_kuratory.pdf"),
        S("2. Наставники и наставляемые"),
        R("2.1", "Общее число наставников ОО по приказу о закреплении", "mentors_total",
          f"{d['mentors_total']} человек, из них {d['external']} внешних", U1 + "prikaz_zakreplenie_2024.pdf"),
        R("2.2", "Педагоги ОО, выступающие в роли наставника, чел.", "teachers_mentors", None,
          U1 + "prikaz_zakreplenie_2024.pdf"),
        R("2.3", "Наставники из числа обучающихся 15–19 лет (по приказу)", "mentors_15_19",
          f"{d['mentors_15_19']} чел. (обучающиеся 9–11 классов)", U1 + "prikaz_zakreplenie_2024.pdf"),
        R("2.4", "Наставники из других образовательных организаций (по приказу)", "external_edu_mentors", None,
          U1 + "prikaz_zakreplenie_2024.pdf"),
        R("2.5", "Наставники — сотрудники предприятий", "enterprise_mentors",
          f"{d['enterprise_mentors']} (ООО «ЛПК «Кама» — 3, АО «Ушаковский молокозавод» — 2)"),
        R("2.6", "Наставники — сотрудники иных организаций (учреждения культуры, общественные организации)",
          "other_org_mentors", None),
        N("2.7", "Количество наставнических пар (групп), сформированных в 2024 году", "38 пар и 4 группы",
          U1 + "prikaz_zakreplenie_2024.pdf"),
        R("2.8", "Общее число наставляемых ОО по приказу", "mentees_total",
          f"{d['mentees_total']} ({d['mentees_10_19']} обучающийся и "
          f"{d['young_specialists_mentees'] + d['teachers_other_mentees']} педагогов)",
          U1 + "prikaz_zakreplenie_2024.pdf"),
        S("3. Взаимодействие с организациями-партнёрами"),
        R("3.1", "Соглашения о сотрудничестве с ОО (СПО, ВО, школы), направившими своих сотрудников-наставников",
          "agreements_edu_orgs", None, U1 + "soglasheniya_oo.pdf"),
        R("3.2", "Соглашения о сотрудничестве с предприятиями, направившими своих сотрудников-наставников",
          "agreements_enterprises", f"{d['agreements_enterprises']} (три) соглашения", U1 + "soglasheniya_pred.pdf"),
        R("3.3", "Соглашения с иными организациями (кроме ОО и предприятий) о направлении наставников",
          "agreements_other_orgs", None, U1 + "soglashenie_dk.pdf"),
        R("3.4", "Перечень организаций-партнёров по вопросам наставничества", "partner_list", d["partner_list"],
          U1 + "partnery.pdf"),
        S("4. Персонализированные программы наставничества (ППН)"),
        R("4.1", "Всего утверждённых ППН", "pp_total",
          f"{d['pp_total']} программы (утв. приказом № 97-од от 30.08.2024)", U1 + "prikaz_97-od_ppn.pdf"),
        R("4.2", "ППН по форме «ученик – ученик»", "pp_pupil_pupil", None, U1 + "prikaz_97-od_ppn.pdf"),
        R("4.3", "ППН по форме «учитель – учитель»", "pp_teacher_teacher", None),
        R("4.4", "ППН по форме «руководитель – педагог»", "pp_head_teacher", None),
        R("4.5", "ППН по форме «учитель – ученик»", "pp_teacher_pupil", None, U1 + "prikaz_97-od_ppn.pdf"),
        R("4.6", "ППН по форме «студент – ученик»", "pp_student_pupil",
          f"{d['pp_student_pupil']} (студенты аграрно-технического колледжа)", U1 + "prikaz_97-od_ppn.pdf"),
        S("5. Обучающиеся"),
        R("5.1", "Численность обучающихся 10–19 лет в ОО", "students_10_19",
          f"{d['students_10_19']} (по данным ОО-1 на 20.09.2024)"),
        R("5.2", "Обучающиеся 10–19 лет в роли наставляемых, всего", "mentees_10_19", None,
          U1 + "prikaz_zakreplenie_2024.pdf"),
        R("5.2.1", "из них: «группа риска»", "mentees_risk", f"{d['mentees_risk']} (состоят на ВШУ)",
          U1 + "prikaz_zakreplenie_2024.pdf"),
        R("5.2.2", "из них: дети с ОВЗ и дети-инвалиды", "mentees_disabled", None),
        R("5.2.3", "из них: одарённые дети (включены в реестр)", "mentees_gifted", None,
          U1 + "prikaz_zakreplenie_2024.pdf"),
        R("5.2.4", "из них: с низкой учебной мотивацией, неуспевающие", "mentees_low_motivation", None,
          U1 + "prikaz_zakreplenie_2024.pdf"),
        R("5.2.5", "из них: испытывающие трудности с выбором профессии", "mentees_career",
          f"{d['mentees_career']} (8–9 кл.)", U1 + "prikaz_zakreplenie_2024.pdf"),
        R("5.2.6", "из них: по иным основаниям", "mentees_other_params", None),
        R("5.3", "Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19", None),
        R("5.4", "Численность обучающихся 15–19 лет в ОО", "students_15_19", None),
        R("5.5", "Доля обучающихся 15–19 лет, выступающих наставниками, %", "share_mentors_15_19",
          f"{c(d['share_mentors_15_19'])} % ({d['mentors_15_19']} из {d['students_15_19']})"),
        N("5.6", "Родители (законные представители), принявшие участие в мероприятиях по наставничеству", 34),
        S("6. Педагогические работники"),
        R("6.1", "Молодые специалисты (до 35 лет, первые 3 года работы) в ОО, чел.", "young_specialists", None),
        R("6.2", "из них в роли наставляемых", "young_specialists_mentees",
          f"{d['young_specialists_mentees']} (1 — в отпуске по уходу за ребёнком)", U1 + "prikaz_zakreplenie_2024.pdf"),
        R("6.3", "Педагоги ОО без учёта молодых специалистов, чел.", "teachers_other", None),
        R("6.4", "из них в роли наставляемых", "teachers_other_mentees", None, U1 + "prikaz_zakreplenie_2024.pdf"),
        R("6.5", "Доля молодых специалистов, имеющих наставника, %", "share_young_specialists_mentees",
          f"{c(d['share_young_specialists_mentees'])} % ({d['young_specialists_mentees']} из "
          f"{d['young_specialists']})"),
        R("6.6", "Педагоги, прошедшие КПК по вопросам наставничества в 2024 году", "kpk_trained",
          f"за 2024 год — {d['kpk_trained']} педагога", U1 + "udostovereniya_kpk.pdf"),
        R("6.7", "Наименование пройденных КПК", "kpk_courses", d["kpk_courses"]),
        S("7. Поощрение наставников. Удовлетворённость участников"),
        R("7.1", "Локальные акты об оплате наставнической деятельности, кол-во", "pay_acts",
          "имеется (Положение о стимулирующих выплатах, п. 4.7)", U1 + "polozhenie_stim.pdf"),
        R("7.2", "Локальные акты о нематериальном поощрении наставников, кол-во", "nonmaterial_acts",
          "не утверждалось"),
        R("7.3", "Удовлетворённость наставляемых участием в завершённых программах, %", "satisfaction_mentees",
          f"{c(d['satisfaction_mentees'])} % по итогам анкетирования", U1 + "anketirovanie_2024.pdf"),
        R("7.4", "Удовлетворённость наставников, %", "satisfaction_mentors", None, U1 + "anketirovanie_2024.pdf"),
        N("7.5", "Планируемое количество наставников на 2025 год", "50 (с учётом новых соглашений)"),
        N("7.6", "Проведено мероприятий в рамках ЦМН (семинары, круглые столы, педчтения)", 7,
          U1 + "plan_meropriyatiy.pdf"),
    ]
    return dict(
        file="typed/ush_sosh1.xlsx", sheet="ЦМН 2024", org=d["org"], data=d, rows=rows, numbered=True,
        title=["Мониторинг реализации целевой модели наставничества в образовательной организации за 2024 год",
               ("Наименование ОО:", d["org"])],
        header=["№ п/п", "Наименование показателя", "Значение показателя", "Ссылка на подтверждающий документ"],
        footer=["Директор ______________ Л. Н. Ворончихина", "Исполнитель: Кулыгина Т. А., зам. директора по УВР"],
        yesno=lambda v: "да" if v else "нет",
    )


# ------------------------------------- 2. Гимназия: «имеется (приказ …)», «в т.ч.» in the value ----------------
U2 = "https://gimnazia-ushakovo.ru/upload/nastavnichestvo/2024/"
def form_gimn():
    d = GIMN
    rows = [
        S("I. Нормативное обеспечение"),
        R(None, "Положение о наставничестве педагогических работников (наличие)", "orgs_regulation_teachers",
          "имеется (приказ от 01.09.2024 № 145)", U2 + "prikaz_145.pdf"),
        R(None, "Положение о наставничестве обучающихся (наличие)", "orgs_regulation_students",
          "имеется (приказ от 01.09.2024 № 145, приложение 2)", U2 + "prikaz_145.pdf"),
        R(None, "Приказ о мониторинге реализации целевой модели наставничества в гимназии", "orgs_monitoring_order",
          "имеется, приказ № 152 от 05.09.2024", U2 + "prikaz_152.pdf"),
        R(None, "Справка по итогам внутреннего мониторинга внедрения ЦМН", "internal_monitoring_notes",
          "справка составлена 20.12.2024", U2 + "spravka_itogi.pdf"),
        R(None, "Куратор ЦМН в гимназии (кол-во)", "curators_total", "1 (Петрова О. В., зам. директора по НМР)",
          U2 + "prikaz_152.pdf"),
        S("II. Наставники"),
        R(None, "Количество наставников в гимназии (по приказу)", "mentors_total",
          f"{d['mentors_total']} чел., из них {d['teachers_mentors']} педагогов", U2 + "prikaz_160_pary.pdf"),
        R(None, "Педагоги-наставники", "teachers_mentors", None, U2 + "prikaz_160_pary.pdf"),
        R(None, "Гимназисты 15–19 лет в роли наставника", "mentors_15_19", None, U2 + "prikaz_160_pary.pdf"),
        R(None, "Наставники из внешних ОО (вузы, колледжи)", "external_edu_mentors",
          f"{d['external_edu_mentors']} (преподаватели УдГУ — 2, колледжа — 1)", U2 + "prikaz_160_pary.pdf"),
        R(None, "Наставники из числа работников предприятий", "enterprise_mentors",
          f"{d['enterprise_mentors']} (инженеры АО «УПЗ»)", U2 + "prikaz_160_pary.pdf"),
        R(None, "Наставники из иных организаций", "other_org_mentors",
          "0 (соглашений с иными организациями нет)"),
        R(None, "Количество наставляемых в гимназии (по приказу)", "mentees_total", None, U2 + "prikaz_160_pary.pdf"),
        N(None, "Количество наставнических групп (проектные группы)", "11 групп", U2 + "prikaz_160_pary.pdf"),
        N(None, "Участие наставников в конкурсах профессионального мастерства", "3 участника, 1 призёр",
          U2 + "konkursy.pdf"),
        S("III. Сотрудничество"),
        R(None, "Соглашения с образовательными организациями о предоставлении наставников", "agreements_edu_orgs",
          f"{d['agreements_edu_orgs']} (два) соглашения", U2 + "soglasheniya.pdf"),
        R(None, "Соглашения с предприятиями о предоставлении наставников", "agreements_enterprises", None,
          U2 + "soglasheniya.pdf"),
        R(None, "Партнёры гимназии по наставничеству (наименования)", "partner_list", d["partner_list"],
          U2 + "soglasheniya.pdf"),
        R(None, "Предмет соглашений", "agreement_subjects", d["agreement_subjects"]),
        S("IV. Персонализированные программы"),
        R(None, "Персонализированных программ наставничества, всего", "pp_total",
          f"{d['pp_total']} программы", U2 + "prikaz_161_ppn.pdf"),
        R(None, "ученик – ученик", "pp_pupil_pupil", None, U2 + "prikaz_161_ppn.pdf"),
        R(None, "учитель – учитель", "pp_teacher_teacher", None, U2 + "prikaz_161_ppn.pdf"),
        R(None, "руководитель – педагог", "pp_head_teacher", None),
        R(None, "учитель – ученик", "pp_teacher_pupil", None, U2 + "prikaz_161_ppn.pdf"),
        R(None, "студент – ученик", "pp_student_pupil", f"{d['pp_student_pupil']} (студенты УдГУ)",
          U2 + "prikaz_161_ppn.pdf"),
        R(None, "иная форма", "pp_other", f"{d['pp_other']} («работодатель – ученик»)"),
        S("V. Гимназисты 10–19 лет"),
        R(None, "Общее количество гимназистов 10–19 лет", "students_10_19", f"{d['students_10_19']} (5–11 классы)"),
        R(None, "Гимназисты 10–19 лет, вошедшие в программы наставничества как наставляемые", "mentees_10_19",
          f"{d['mentees_10_19']} (в т.ч. {d['mentees_gifted']} — одарённые дети)", U2 + "prikaz_160_pary.pdf"),
        R(None, "в т.ч. из «группы риска»", "mentees_risk", None),
        R(None, "в т.ч. дети с ОВЗ, дети-инвалиды", "mentees_disabled", None),
        R(None, "в т.ч. одарённые дети (из реестра)", "mentees_gifted", None, U2 + "prikaz_160_pary.pdf"),
        R(None, "в т.ч. с низкой мотивацией и неудовлетворительной успеваемостью", "mentees_low_motivation", None),
        R(None, "в т.ч. с проблемами выбора профессии / профиля", "mentees_career", None, U2 + "prikaz_160_pary.pdf"),
        R(None, "в т.ч. по иным параметрам", "mentees_other_params", None),
        N(None, "Количество обучающихся 10–18 лет, охваченных наставничеством (по данным АИС «Навигатор»)", 74),
        R(None, "Гимназисты 15–19 лет, всего", "students_15_19", None),
        R(None, "Доля гимназистов 15–19 лет — наставников, %", "share_mentors_15_19",
          f"{c(d['share_mentors_15_19'])} ({d['mentors_15_19']} чел. из {d['students_15_19']})"),
        S("VI. Педагоги"),
        R(None, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", None),
        R(None, "Молодые специалисты — наставляемые", "young_specialists_mentees", None, U2 + "prikaz_160_pary.pdf"),
        R(None, "Педагоги, кроме молодых специалистов", "teachers_other", None),
        R(None, "Педагоги (кроме молодых специалистов) — наставляемые", "teachers_other_mentees",
          f"{d['teachers_other_mentees']} (вновь принятые и сменившие предмет)", U2 + "prikaz_160_pary.pdf"),
        R(None, "Доля педагогов-наставляемых (всех), %", "share_teachers_mentees",
          f"{c(d['share_teachers_mentees'])} %"),
        R(None, "Доля педагогов-наставников от всех педагогов гимназии, %", "share_teachers_mentors",
          f"{c(d['share_teachers_mentors'])} % ({d['teachers_mentors']} из {d['teachers']})"),
        R(None, "Прошли КПК по наставничеству в 2024 г.", "kpk_trained",
          f"{d['kpk_trained']} чел. (удостоверения ИРО, 36 ч.)", U2 + "kpk.pdf"),
        S("VII. Стимулирование и удовлетворённость"),
        R(None, "Локальные акты об оплате за наставничество", "pay_acts", None, U2 + "polozhenie_oplata.pdf"),
        R(None, "Локальные акты о нематериальном стимулировании наставников", "nonmaterial_acts", None,
          U2 + "polozhenie_pooshchrenie.pdf"),
        R(None, "Удовлетворённость наставляемых по итогам завершённых программ", "satisfaction_mentees",
          f"{c(d['satisfaction_mentees'])} % (анкетирование, май 2024 г.)", U2 + "anketa.pdf"),
        R(None, "Удовлетворённость наставников по итогам завершённых программ", "satisfaction_mentors",
          f"{c(d['satisfaction_mentors'])} %", U2 + "anketa.pdf"),
        N(None, "Планируется разработать персонализированных программ в 2025 году", "не менее 70"),
    ]
    return dict(
        file="typed/gimnaziya_korolenko.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, numbered=False,
        title=["Мониторинг реализации целевой модели наставничества", ("Наименование ОО", d["org"]),
               ("Отчётный период", "2024 год")],
        header=["Показатель", "Значение", "Ссылка на документ (размещение на сайте ОО)"],
        footer=["Ответственный: Петрова О. В., тел. 8 (34161) 4-12-37"],
        yesno=lambda v: "да" if v else "нет",
    )


# ------------------------------------- 3. Кедровская ООШ: zeros and refusals in words ------------------------
U3 = "https://kedr-shkola.ru/files/nastavnik/"
def form_kedr():
    d = KEDR
    rows = [
        S("Раздел 1. Локальные акты"),
        R(1, "Положение о системе наставничества педагогов (утверждено / не утверждено)", "orgs_regulation_teachers",
          "утверждено, приказ № 27 от 28.08.2023", U3 + "polozhenie_pedagogi.pdf"),
        R(2, "Положение о наставничестве обучающихся (утверждено / не утверждено)", "orgs_regulation_students",
          None, U3 + "polozhenie_obuch.pdf"),
        R(3, "Приказ о проведении мониторинга ЦМН в школе", "orgs_monitoring_order",
          "не издавался (мониторинг проводится по плану ВШК)"),
        R(4, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "имеется",
          U3 + "spravka_2024.pdf"),
        R(5, "Куратор внедрения ЦМН, чел.", "curators_total", None, U3 + "prikaz_kurator.pdf"),
        R(6, "ШМО наставников, кол-во", "school_methodical_associations",
          "отсутствует (наставники входят в ШМО учителей-предметников)"),
        S("Раздел 2. Наставники"),
        R(7, "Всего наставников по приказу", "mentors_total", f"{d['mentors_total']} чел.", U3 + "prikaz_pary.pdf"),
        R(8, "Из них педагоги школы", "teachers_mentors", None, U3 + "prikaz_pary.pdf"),
        R(9, "Из них обучающиеся 15–19 лет", "mentors_15_19", f"{d['mentors_15_19']} (обучающиеся 9 класса)",
          U3 + "prikaz_pary.pdf"),
        R(10, "Наставники из других образовательных организаций", "external_edu_mentors",
          "0 (наставники из других ОО не привлекались)"),
        R(11, "Наставники от предприятий", "enterprise_mentors", f"{d['enterprise_mentors']} (ИП Сидоров В. П.)",
          U3 + "prikaz_pary.pdf"),
        R(12, "Наставники из иных организаций", "other_org_mentors",
          f"{d['other_org_mentors']} (художественный руководитель СДК)", U3 + "prikaz_pary.pdf"),
        R(13, "Всего наставляемых по приказу", "mentees_total",
          f"{d['mentees_total']} ({d['mentees_10_19']} обучающихся, "
          f"{d['young_specialists_mentees'] + d['teachers_other_mentees']} педагога)", U3 + "prikaz_pary.pdf"),
        N(14, "Количество наставнических пар", 10, U3 + "prikaz_pary.pdf"),
        S("Раздел 3. Партнёры"),
        R(14, "Соглашения с другими ОО о предоставлении наставников", "agreements_edu_orgs", "не заключались"),
        R(15, "Соглашения с предприятиями о предоставлении наставников", "agreements_enterprises", None,
          U3 + "soglashenie_ip.pdf"),
        R(16, "Соглашения с иными организациями о предоставлении наставников", "agreements_other_orgs", None,
          U3 + "soglashenie_sdk.pdf"),
        R(17, "Организации-партнёры по наставничеству", "partner_list", d["partner_list"]),
        N(18, "Совместные мероприятия с СДК в рамках наставничества", "5 (концерты, акции)"),
        S("Раздел 4. Персонализированные программы"),
        R(19, "Количество утверждённых персонализированных программ", "pp_total", None, U3 + "prikaz_ppn.pdf"),
        R(20, "в т.ч. «ученик – ученик»", "pp_pupil_pupil", None, U3 + "prikaz_ppn.pdf"),
        R(21, "в т.ч. «учитель – учитель»", "pp_teacher_teacher", "1 (молодой специалист)", U3 + "prikaz_ppn.pdf"),
        R(22, "в т.ч. «учитель – ученик»", "pp_teacher_pupil", None, U3 + "prikaz_ppn.pdf"),
        R(23, "Педагоги, участвующие в персонализированных программах", "teachers_in_pp",
          f"{d['teachers_in_pp']} (все педагоги-наставники)", U3 + "prikaz_ppn.pdf"),
        S("Раздел 5. Обучающиеся"),
        R(24, "Обучающиеся 10–19 лет, всего", "students_10_19", f"{d['students_10_19']} (5–9 классы)"),
        R(25, "Обучающиеся 10–19 лет — наставляемые", "mentees_10_19", None, U3 + "prikaz_pary.pdf"),
        R(26, "в т.ч. «группа риска»", "mentees_risk", None),
        R(27, "в т.ч. с ОВЗ и инвалидностью", "mentees_disabled", None, U3 + "prikaz_pary.pdf"),
        R(28, "в т.ч. одарённые (в реестре)", "mentees_gifted", None, U3 + "prikaz_pary.pdf"),
        R(29, "в т.ч. с низкой мотивацией к учёбе", "mentees_low_motivation", None, U3 + "prikaz_pary.pdf"),
        R(30, "в т.ч. с затруднениями в выборе профессии", "mentees_career", f"{d['mentees_career']} (9 кл.)",
          U3 + "prikaz_pary.pdf"),
        R(31, "в т.ч. по иным параметрам", "mentees_other_params", None, U3 + "prikaz_pary.pdf"),
        R(32, "Доля наставляемых от числа обучающихся 10–19 лет, %", "share_mentees_10_19",
          f"{c(d['share_mentees_10_19'])} % ({d['mentees_10_19']} из {d['students_10_19']})"),
        N(33, "Обучающиеся 1–4 классов, охваченные наставничеством", "0 (не охвачены)"),
        R(34, "Обучающиеся 15–19 лет, всего", "students_15_19", f"{d['students_15_19']} (9 класс)"),
        S("Раздел 6. Педагоги"),
        R(35, "Молодые специалисты (до 35 лет, со стажем до 3 лет)", "young_specialists", None),
        R(36, "из них — наставляемые", "young_specialists_mentees", None, U3 + "prikaz_pary.pdf"),
        R(37, "Педагоги, за исключением молодых специалистов", "teachers_other", None),
        R(38, "из них — наставляемые", "teachers_other_mentees", "1 (сменил преподаваемый предмет)",
          U3 + "prikaz_pary.pdf"),
        R(39, "Доля педагогов-наставников от общего числа педагогов, %", "share_teachers_mentors",
          c(d["share_teachers_mentors"])),
        R(40, "Обучены на КПК по наставничеству (2024 г.), чел.", "kpk_trained", None),
        S("Раздел 7. Поощрение, удовлетворённость"),
        R(41, "Локальный акт об оплате работы наставника, кол-во", "pay_acts", "отсутствует, планируется в 2025 г."),
        R(42, "Локальный акт о нематериальном поощрении наставника, кол-во", "nonmaterial_acts",
          "1 (Положение о поощрении, приказ № 31 от 29.08.2023)", U3 + "polozhenie_pooshchrenie.pdf"),
        R(43, "Удовлетворённость наставляемых, %", "satisfaction_mentees",
          f"{c(d['satisfaction_mentees'])} % (анкетирование 16 чел.)", U3 + "anketa_2024.pdf"),
        A(44, "Удовлетворённость наставников, %", "satisfaction_mentors", "нет данных"),
    ]
    return dict(
        file="typed/kedr_oosh.xlsx", sheet="Мониторинг", org=d["org"], data=d, rows=rows, numbered=True, autonumber=True,
        title=["Информация о реализации целевой модели наставничества",
               d["org"] + " Ушаковского муниципального округа", "за 2024 год"],
        header=["№", "Критерий", "Значение", "Ссылка"],
        footer=["Директор школы Г. Н. Шкляева"],
        yesno=lambda v: "да" if v else "нет",
    )


# ------------------------------------- 4. ЦДТ «Радуга»: a ДОП, «в стадии разработки», «см. приложение» -------
U4 = "https://disk.yandex.ru/d/"
M4 = "https://cloud.mail.ru/public/"
def form_raduga():
    d = RADUGA
    rows = [
        S("1. Нормативная база"),
        R(None, "Положение о наставничестве педагогических работников ЦДТ", "orgs_regulation_teachers",
          "утверждено (приказ № 54-о от 31.08.2023)", U4 + "Rg7pQ2xLk1NvTw"),
        R(None, "Положение о наставничестве обучающихся ЦДТ", "orgs_regulation_students", None, U4 + "Rg7pQ2xLk1NvTw"),
        R(None, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", None, U4 + "Hs3VbW9mZc0aKq"),
        R(None, "Справка по итогам внутреннего мониторинга ЦМН", "internal_monitoring_notes",
          "в стадии разработки"),
        R(None, "Кураторы ЦМН (по приказу)", "curators_total", "1 (методист Зорина Е. А.)", U4 + "Hs3VbW9mZc0aKq"),
        R(None, "Методические объединения наставников в ЦДТ", "school_methodical_associations",
          "1 (МО педагогов-наставников «Шаг навстречу»)", U4 + "Tb8nMf4YuQ6sDe"),
        S("2. Участники наставничества"),
        R(None, "Наставники — всего по приказу", "mentors_total",
          f"{d['mentors_total']} чел. (приказ № 61-о от 02.09.2024)", M4 + "7Xkq/2bDFe3pRw"),
        R(None, "в т.ч. педагоги дополнительного образования", "teachers_mentors", None, M4 + "7Xkq/2bDFe3pRw"),
        R(None, "в т.ч. молодые специалисты в роли наставника", "young_specialists_mentors",
          f"{d['young_specialists_mentors']} (педагоги ДО первого и второго года работы)", M4 + "7Xkq/2bDFe3pRw"),
        R(None, "в т.ч. обучающиеся 15–19 лет", "mentors_15_19", None, M4 + "7Xkq/2bDFe3pRw"),
        R(None, "в т.ч. наставники из других образовательных организаций", "external_edu_mentors",
          "1 (учитель МБОУ «Ушаковская СОШ № 1»)", M4 + "7Xkq/2bDFe3pRw"),
        R(None, "в т.ч. наставники с предприятий", "enterprise_mentors",
          "0 (наставники с предприятий не привлекались)"),
        R(None, "в т.ч. наставники из иных организаций (музей, ДК)", "other_org_mentors", None,
          M4 + "7Xkq/2bDFe3pRw"),
        R(None, "Наставляемые — всего по приказу", "mentees_total",
          f"{d['mentees_total']}, в т.ч. {d['young_specialists_mentees'] + d['teachers_other_mentees']} педагогов",
          M4 + "7Xkq/2bDFe3pRw"),
        N(None, "Количество наставнических пар «педагог – обучающийся»", "24 пары", M4 + "7Xkq/2bDFe3pRw"),
        N(None, "Родители, вовлечённые в наставничество", "нет данных"),
        S("3. Соглашения о сотрудничестве"),
        R(None, "С образовательными организациями (о направлении наставников)", "agreements_edu_orgs", None,
          U4 + "Pc2LxR8vNk5oJy"),
        R(None, "С иными организациями (о направлении наставников)", "agreements_other_orgs",
          f"{d['agreements_other_orgs']} (два) соглашения — с краеведческим музеем и районным ДК",
          U4 + "Pc2LxR8vNk5oJy"),
        A(None, "Перечень организаций-партнёров", "partner_list", "см. приложение 3"),
        R(None, "Предмет соглашений", "agreement_subjects", d["agreement_subjects"]),
        S("4. Персонализированные программы наставничества"),
        R(None, "Всего ППН", "pp_total", f"{d['pp_total']} ППН утверждено", U4 + "Wq5ZsJ1tGh9bVu"),
        R(None, "«обучающийся – обучающийся» (ученик – ученик)", "pp_pupil_pupil", None, U4 + "Wq5ZsJ1tGh9bVu"),
        R(None, "«педагог – педагог»", "pp_teacher_teacher", None),
        R(None, "«педагог – обучающийся»", "pp_teacher_pupil", None, U4 + "Wq5ZsJ1tGh9bVu"),
        R(None, "иная форма (указать)", "pp_other", f"{d['pp_other']} (форма «выпускник – обучающийся»)",
          U4 + "Wq5ZsJ1tGh9bVu"),
        S("5. Обучающиеся"),
        R(None, "Обучающиеся ЦДТ в возрасте 10–19 лет, чел.", "students_10_19",
          f"{d['students_10_19']} (по данным АИС «Навигатор»)"),
        R(None, "из них в роли наставляемого", "mentees_10_19", None, M4 + "7Xkq/2bDFe3pRw"),
        R(None, "— «группа риска»", "mentees_risk", None),
        R(None, "— дети с ОВЗ, дети-инвалиды", "mentees_disabled", None),
        R(None, "— одарённые дети (реестр)", "mentees_gifted", None, M4 + "7Xkq/2bDFe3pRw"),
        R(None, "— низкая мотивация, неуспеваемость", "mentees_low_motivation", "0 (не выявлены)"),
        R(None, "— проблемы выбора профессии", "mentees_career", None, M4 + "7Xkq/2bDFe3pRw"),
        R(None, "— иные параметры", "mentees_other_params", None, M4 + "7Xkq/2bDFe3pRw"),
        R(None, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19",
          f"{c(d['share_mentees_10_19'])} % ({d['mentees_10_19']} из {d['students_10_19']})"),
        R(None, "Обучающиеся 15–19 лет, чел.", "students_15_19", None),
        R(None, "Доля обучающихся 15–19 лет в роли наставника, %", "share_mentors_15_19", d["share_mentors_15_19"]),
        N(None, "Количество творческих объединений, участвующих в ЦМН", 12),
        S("6. Педагоги"),
        R(None, "Молодые специалисты (до 35 лет, 1–3 год работы)", "young_specialists", None),
        R(None, "из них наставляемые", "young_specialists_mentees", "5 (все молодые специалисты)",
          M4 + "7Xkq/2bDFe3pRw"),
        R(None, "Педагоги, не относящиеся к молодым специалистам", "teachers_other", None),
        R(None, "из них наставляемые", "teachers_other_mentees", None),
        R(None, "Доля молодых специалистов с наставником, %", "share_young_specialists_mentees", "100 %"),
        R(None, "Педагоги, участвующие в утверждённых ППН", "teachers_in_pp", None, U4 + "Wq5ZsJ1tGh9bVu"),
        R(None, "Прошли КПК по наставничеству за 2024 год", "kpk_trained",
          f"{d['kpk_trained']} педагога (сертификаты ИРО)", U4 + "Yd6KcE2rLm8nPa"),
        A(None, "Наименование курсов (КПК по наставничеству)", "kpk_courses", "см. приложение 4"),
        S("7. Стимулирование. Удовлетворённость"),
        R(None, "Локальный акт об оплате наставничества, кол-во", "pay_acts", None, U4 + "Bn4TfX7wQs3cZe"),
        R(None, "Локальный акт о нематериальном поощрении наставников, кол-во", "nonmaterial_acts",
          "1 (Положение о нематериальном стимулировании)", U4 + "Bn4TfX7wQs3cZe"),
        R(None, "Удовлетворённость наставляемых, %", "satisfaction_mentees",
          f"{c(d['satisfaction_mentees'])} % по итогам анкетирования", U4 + "Gv9HjA5kDp2xLr"),
        R(None, "Удовлетворённость наставников, %", "satisfaction_mentors", None, U4 + "Gv9HjA5kDp2xLr"),
        N(None, "Плановые показатели на 2025 год: количество наставников", 40),
    ]
    return dict(
        file="typed/cdt_raduga.xlsx", sheet="ЦМН", org=d["org"], data=d, rows=rows, numbered=False,
        title=[("Наименование учреждения", d["org"]), ("Период", "январь – декабрь 2024 г.")],
        header=["Показатель", "Значение", "Подтверждение (ссылка)"],
        footer=["Приложения 3, 4 — на отдельных листах (направлены письмом от 17.01.2025)"],
        yesno=lambda v: "да" if v else "нет",
    )


# ------------------------------------- 5. Лицей № 2: shares «x % (a из b)», big numbers, lists ---------------
U5 = "https://licey2-ushakovo.ru/sveden/nastavnichestvo/"
def form_licey():
    d = LICEY
    rows = [
        S("1. Документы"),
        R(1, "Положение о системе наставничества педагогических работников", "orgs_regulation_teachers",
          "утверждено приказом № 201 от 30.08.2024", U5 + "pol_ped.pdf"),
        R(2, "Положение о системе наставничества обучающихся лицея", "orgs_regulation_students",
          "утверждено приказом № 201 от 30.08.2024", U5 + "pol_obuch.pdf"),
        R(3, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", None, U5 + "prikaz_monitoring.pdf"),
        R(4, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "да, справка от 25.12.2024",
          U5 + "spravka.pdf"),
        R(5, "Кураторы ЦМН, чел.", "curators_total", "3 (директор, зам. по УВР, зам. по ВР)",
          U5 + "prikaz_kuratory.pdf"),
        S("2. Наставники"),
        R(7, "Наставники лицея (по приказу), всего", "mentors_total",
          f"{d['mentors_total']} ({d['teachers_mentors']} педагогов, {d['mentors_15_19']} лицеист, "
          f"{d['external']} приглашённых)", U5 + "prikaz_nast.pdf"),
        R(8, "Наставляемые лицея (по приказу), всего", "mentees_total", None, U5 + "prikaz_nast.pdf"),
        R(8, "Педагоги-наставники", "teachers_mentors", None, U5 + "prikaz_nast.pdf"),
        R(10, "Лицеисты 15–19 лет — наставники", "mentors_15_19", None, U5 + "prikaz_nast.pdf"),
        R(11, "Наставники из вузов и колледжей", "external_edu_mentors", None, U5 + "prikaz_nast.pdf"),
        R(12, "Наставники — специалисты предприятий", "enterprise_mentors", None, U5 + "prikaz_nast.pdf"),
        N(14, "Лицеисты-наставники, прошедшие обучение в «Школе наставника» лицея",
          f"{d['mentors_15_19']} (все лицеисты-наставники)", U5 + "shkola_nastavnika.pdf"),
        S("3. Партнёры"),
        R(15, "Соглашения с вузами, колледжами о направлении наставников", "agreements_edu_orgs",
          f"{d['agreements_edu_orgs']} соглашения (ИжГТУ, УдГУ, колледж)", U5 + "dogovory.pdf"),
        R(16, "Соглашения с предприятиями о направлении наставников", "agreements_enterprises", None,
          U5 + "dogovory.pdf"),
        R(17, "Соглашения с иными организациями о направлении наставников", "agreements_other_orgs",
          "не заключались"),
        R(18, "Партнёры по наставничеству", "partner_list", d["partner_list"], U5 + "dogovory.pdf"),
        S("4. Персонализированные программы"),
        R(19, "Утверждённые персонализированные программы, всего", "pp_total",
          f"{d['pp_total']} (утверждены на методическом совете 29.08.2024)", U5 + "ppn.pdf"),
        R(20, "ученик – ученик", "pp_pupil_pupil", None),
        R(21, "учитель – учитель", "pp_teacher_teacher", None, U5 + "ppn.pdf"),
        R(22, "руководитель – педагог", "pp_head_teacher", None),
        R(23, "студент – ученик", "pp_student_pupil", f"{d['pp_student_pupil']} (студенты ИжГТУ)", U5 + "ppn.pdf"),
        R(24, "учитель – ученик", "pp_teacher_pupil", None, U5 + "ppn.pdf"),
        N(25, "Число проектов, выполненных в парах «студент – ученик»", "6 проектов"),
        S("5. Лицеисты"),
        R(26, "Лицеисты 10–19 лет, всего", "students_10_19", "1 024 чел."),
        R(27, "Лицеисты 10–19 лет — наставляемые", "mentees_10_19", None, U5 + "prikaz_nast.pdf"),
        R(28, "— «группа риска»", "mentees_risk", None),
        R(29, "— с ОВЗ / инвалидностью", "mentees_disabled", None, U5 + "prikaz_nast.pdf"),
        R(30, "— одарённые (реестр)", "mentees_gifted", f"{d['mentees_gifted']} (призёры олимпиад, реестр УР)",
          U5 + "prikaz_nast.pdf"),
        R(31, "— низкая мотивация, неуспевающие", "mentees_low_motivation", None, U5 + "prikaz_nast.pdf"),
        R(32, "— выбор профессии", "mentees_career", None),
        R(33, "— иные", "mentees_other_params", None),
        R(34, "Доля наставляемых лицеистов 10–19 лет, %", "share_mentees_10_19",
          f"{c(d['share_mentees_10_19'])} % ({d['mentees_10_19']} из {d['students_10_19']})"),
        R(35, "Лицеисты 15–19 лет, всего", "students_15_19", f"{d['students_15_19']} (9–11 классы)"),
        R(36, "Доля лицеистов 15–19 лет — наставников, %", "share_mentors_15_19",
          f"{c(d['share_mentors_15_19'])} % ({d['mentors_15_19']} из {d['students_15_19']})"),
        N(37, "Лицеисты, снятые с учёта после работы с наставником", 2),
        S("6. Педагоги"),
        R(38, "Молодые специалисты (до 35 лет, стаж до трёх лет)", "young_specialists", None),
        R(39, "Молодые специалисты — наставляемые", "young_specialists_mentees", None, U5 + "prikaz_nast.pdf"),
        R(40, "Остальные педагоги (без молодых специалистов)", "teachers_other", None),
        R(41, "Остальные педагоги — наставляемые", "teachers_other_mentees", None, U5 + "prikaz_nast.pdf"),
        R(42, "Доля молодых специалистов-наставляемых, %", "share_young_specialists_mentees",
          f"{c(d['share_young_specialists_mentees'])} % ({d['young_specialists_mentees']} из "
          f"{d['young_specialists']})"),
        R(44, "Педагоги в утверждённых персонализированных программах", "teachers_in_pp", None, U5 + "ppn.pdf"),
        R(45, "Прошли КПК по наставничеству в 2024 году", "kpk_trained", f"{d['kpk_trained']} педагогов (72 ч. и 36 ч.)",
          U5 + "kpk.pdf"),
        R(46, "Какие КПК пройдены", "kpk_courses", d["kpk_courses"]),
        S("7. Поощрение наставников, удовлетворённость"),
        R(47, "Акты об оплате наставнической деятельности", "pay_acts", "1 (Положение об оплате труда, раздел 6)",
          U5 + "pol_oplata.pdf"),
        R(48, "Акты о нематериальном поощрении наставников", "nonmaterial_acts",
          "в стадии разработки (проект на согласовании)"),
        R(49, "Удовлетворённость наставляемых, %", "satisfaction_mentees",
          f"{c(d['satisfaction_mentees'])} % (средний балл 4,6 из 5)", U5 + "ankety.pdf"),
        R(50, "Удовлетворённость наставников, %", "satisfaction_mentors",
          f"{c(d['satisfaction_mentors'])} % по итогам анкетирования", U5 + "ankety.pdf"),
    ]
    return dict(
        file="typed/licey2.xlsx", sheet="2024", org=d["org"], data=d, rows=rows, numbered=True, autonumber=True,
        title=["Мониторинг реализации ЦМН в 2024 году",
               ("Наименование образовательной организации", d["org"])],
        header=["№", "Показатель", "Значение", "Ссылка на подтверждающие материалы"],
        footer=["Зам. директора по УВР А. В. Лекомцева"],
        yesno=lambda v: "да" if v else "нет",
    )


# ------------------------------------- 6. Берёзовская СОШ: the order or the date before the figure -----------
U6 = "https://berez-sosh.ru/wp-content/uploads/2024/12/"
def form_berez():
    d = BEREZ
    rows = [
        S("Нормативные документы"),
        R(None, "Положение о наставничестве педагогов", "orgs_regulation_teachers", None, U6 + "pol-nast-ped.pdf"),
        R(None, "Положение о наставничестве обучающихся", "orgs_regulation_students",
          "имеется (приказ от 01.09.2024 № 145)", U6 + "pol-nast-obuch.pdf"),
        R(None, "Приказ о проведении мониторинга ЦМН", "orgs_monitoring_order", "приказ № 118-од от 16.09.2024",
          U6 + "prikaz-118.pdf"),
        R(None, "Справка по результатам внутреннего мониторинга ЦМН", "internal_monitoring_notes", None),
        R(None, "Куратор ЦМН", "curators_total", "1 (зам. директора по ВР)", U6 + "prikaz-118.pdf"),
        S("Наставники и наставляемые"),
        R(None, "Наставники, всего", "mentors_total",
          f"по приказу № 101-од от 02.09.2024 — {d['mentors_total']} чел.", U6 + "prikaz-101.pdf"),
        R(None, "Педагоги в роли наставника", "teachers_mentors", f"{d['teachers_mentors']} педагогов",
          U6 + "prikaz-101.pdf"),
        R(None, "Из них молодые специалисты", "young_specialists_mentors", "1 (учитель информатики)",
          U6 + "prikaz-101.pdf"),
        R(None, "Обучающиеся 15–19 лет в роли наставника", "mentors_15_19", None, U6 + "prikaz-101.pdf"),
        R(None, "Наставники из других ОО", "external_edu_mentors", "2 (преподаватели аграрного техникума)",
          U6 + "prikaz-101.pdf"),
        R(None, "Наставники из предприятий", "enterprise_mentors", f"{d['enterprise_mentors']} (СПК «Берёзовский»)",
          U6 + "prikaz-101.pdf"),
        R(None, "Наставники из иных организаций", "other_org_mentors", None),
        R(None, "Наставляемые, всего", "mentees_total",
          f"по приказу № 101-од от 02.09.2024 — {d['mentees_total']} чел.", U6 + "prikaz-101.pdf"),
        N(None, "Количество наставнических пар «ученик – ученик»", "8 пар"),
        N(None, "Выпускники прошлых лет, участвующие в наставничестве", 3),
        S("Сотрудничество"),
        R(None, "Соглашения с ОО о предоставлении наставников", "agreements_edu_orgs", "два соглашения",
          U6 + "soglasheniya.pdf"),
        R(None, "Соглашения с предприятиями о предоставлении наставников", "agreements_enterprises", None,
          U6 + "soglasheniya.pdf"),
        R(None, "Соглашения с иными организациями о предоставлении наставников", "agreements_other_orgs", None),
        R(None, "Организации, сотрудничающие со школой по вопросам наставничества", "partner_list",
          d["partner_list"]),
        S("Персонализированные программы наставничества"),
        R(None, "Количество ППН", "pp_total", f"всего {d['pp_total']}", U6 + "ppn.pdf"),
        R(None, "ученик – ученик", "pp_pupil_pupil", None, U6 + "ppn.pdf"),
        R(None, "учитель – учитель", "pp_teacher_teacher", None, U6 + "ppn.pdf"),
        R(None, "руководитель – педагог", "pp_head_teacher", "1 (директор – молодой специалист)", U6 + "ppn.pdf"),
        R(None, "учитель – ученик", "pp_teacher_pupil", None, U6 + "ppn.pdf"),
        R(None, "студент – ученик", "pp_student_pupil", None),
        S("Обучающиеся"),
        R(None, "Обучающихся 10–19 лет", "students_10_19", f"на 20.09.2024 — {d['students_10_19']} чел."),
        R(None, "Обучающихся 10–19 лет — наставляемых", "mentees_10_19", f"{d['mentees_10_19']} чел.",
          U6 + "prikaz-101.pdf"),
        R(None, "из них «группа риска»", "mentees_risk", None, U6 + "prikaz-101.pdf"),
        R(None, "из них с ОВЗ, инвалиды", "mentees_disabled", None, U6 + "prikaz-101.pdf"),
        R(None, "из них одарённые (реестр)", "mentees_gifted", None),
        R(None, "из них с низкой мотивацией / неуспевающие", "mentees_low_motivation", None, U6 + "prikaz-101.pdf"),
        R(None, "из них с проблемой выбора профессии", "mentees_career", None, U6 + "prikaz-101.pdf"),
        R(None, "из них по иным параметрам", "mentees_other_params", None, U6 + "prikaz-101.pdf"),
        R(None, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", c(d["share_mentees_10_19"])),
        R(None, "Обучающихся 15–19 лет", "students_15_19", f"на 20.09.2024 — {d['students_15_19']} чел."),
        R(None, "Доля наставников 15–19 лет от обучающихся этого возраста, %", "share_mentors_15_19",
          c(d["share_mentors_15_19"])),
        S("Педагоги"),
        R(None, "Молодых специалистов (до 35 лет, первые 3 года работы)", "young_specialists",
          f"на 01.09.2024 — {d['young_specialists']}"),
        R(None, "Молодых специалистов с наставником", "young_specialists_mentees", None, U6 + "prikaz-101.pdf"),
        R(None, "Прочих педагогов (кроме молодых специалистов)", "teachers_other", None),
        R(None, "Прочих педагогов с наставником", "teachers_other_mentees", None, U6 + "prikaz-101.pdf"),
        R(None, "Доля педагогов-наставников, %", "share_teachers_mentors", c(d["share_teachers_mentors"])),
        R(None, "КПК по наставничеству (количество обученных педагогов)", "kpk_trained",
          f"в 2024 г. обучено {d['kpk_trained']} педагога (ИРО, 36 ч.)", U6 + "kpk.pdf"),
        R(None, "Курсы (наименование)", "kpk_courses", d["kpk_courses"]),
        N(None, "Педагоги, планирующие пройти КПК по наставничеству в 2025 году", "2 (заявка подана)"),
        S("Поощрение. Удовлетворённость"),
        R(None, "Локальные акты об оплате наставничества", "pay_acts",
          "0 (доплата за наставничество не установлена)"),
        R(None, "Локальные акты о нематериальном поощрении наставников", "nonmaterial_acts",
          "1 (Положение о наградах и поощрениях работников, разд. 3)", U6 + "pol-pooshchr.pdf"),
        R(None, "Удовлетворённость наставляемых, %", "satisfaction_mentees", f"{c(d['satisfaction_mentees'])} %",
          U6 + "anketa.pdf"),
        A(None, "Удовлетворённость наставников, %", "satisfaction_mentors",
          "информация будет представлена дополнительно"),
    ]
    return dict(
        file="typed/berez_sosh.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows, numbered=False,
        title=[f"Мониторинг ЦМН за 2024 год — {d['org']}"],
        header=["Наименование показателя", "Значение", "Ссылка"],
        footer=["Исполнитель: Вахрушева Н. И., зам. директора по ВР"],
        yesno=lambda v: "да" if v else "нет",
    )


FORMS = [form_sosh1, form_gimn, form_kedr, form_raduga, form_licey, form_berez]


# --------------------------------------------------------------------------------------------------------------
YESNO_IDS = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
             "internal_monitoring_notes"}

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(form, cat, cells):
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    numbered = form["numbered"]
    off = 1 if numbered else 0          # column offset of the title column
    tcol, vcol, lcol = 1 + off, 2 + off, 3 + off
    ncols = lcol
    if numbered:
        ws.column_dimensions["A"].width = 7
    from openpyxl.utils import get_column_letter as L
    ws.column_dimensions[L(tcol)].width = 66
    ws.column_dimensions[L(vcol)].width = 34
    ws.column_dimensions[L(lcol)].width = 58
    r = 1
    for i, t in enumerate(form["title"]):
        if isinstance(t, tuple):
            ws.cell(r, tcol, t[0]).font = Font(bold=True)
            ws.cell(r, vcol, t[1]).font = Font(bold=(i == 1))
            ws.merge_cells(start_row=r, start_column=vcol, end_row=r, end_column=lcol)
        else:
            ws.cell(r, 1, t).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    r += 1
    for col, h in enumerate(form["header"], start=1):
        cell = ws.cell(r, col, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    d = form["data"]
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    seen = set()

    counter = [0]

    def base(no, title):
        if form.get("autonumber"):
            counter[0] += 1
            no = counter[0]
        if numbered and no is not None:
            ws.cell(r, 1, no)
        ws.cell(r, tcol, title)

    for row in form["rows"]:
        kind = row[0]
        if kind == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            entry["headings"].append(row[1])
            r += 1
            continue
        if kind in ("R", "A"):
            if kind == "R":
                _, no, title, cid, typed, link = row
            else:
                _, no, title, cid, typed = row
                link = None
            assert cid in cat, cid
            crit = cat[cid]
            assert crit["level"] == "org" and crit["wording_2024"].strip(), cid
            assert crit["aggregation"] not in ("forms", "sum_of"), cid
            assert cid not in seen, (form["file"], cid)
            seen.add(cid)
            base(no, title)
            rec = {"file": form["file"], "sheet": form["sheet"], "criterion": cid, "row_title": title,
                   "title_cell": ws.cell(r, tcol).coordinate}
            if kind == "A":
                vc = ws.cell(r, vcol, typed)
                cells.append(dict(rec, cell=vc.coordinate, kind="absent", expected=None, typed=typed))
            else:
                v = d[cid]
                if typed is None:
                    typed = form["yesno"](v) if cid in YESNO_IDS else v
                vc = ws.cell(r, vcol, typed)
                if isinstance(typed, float):
                    vc.number_format = "0.00"
                entry["values"][cid] = v
                cells.append(dict(rec, cell=vc.coordinate, kind="value", expected=v, typed=typed))
                if link:
                    lc = ws.cell(r, lcol, link)
                    entry["links"][cid] = link
                    cells.append(dict(rec, cell=lc.coordinate, kind="link", expected=link))
        else:
            _, no, title, value, link = row
            base(no, title)
            ws.cell(r, vcol, value)
            if link:
                ws.cell(r, lcol, link)
            entry["not_criteria"].append(title)
        for col in range(1, ncols + 1):
            cell = ws.cell(r, col)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=(col != 1 or not numbered), vertical="top")
        r += 1
    r += 1
    for t in form.get("footer", []):
        ws.cell(r, tcol, t)
        r += 1
    TYPED.mkdir(exist_ok=True)
    path = HERE / form["file"]
    wb.save(path)
    pin_zip(path)
    return entry


def pin_zip(path):
    """Rewrite the workbook's zip with fixed entry times, so reruns give byte-identical files."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == "docProps/core.xml":      # openpyxl stamps «modified» with the time of saving
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def main():
    cat = load_catalogue()
    cells, expected = [], []
    for f in FORMS:
        expected.append(build(f(), cat, cells))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links, "
              f"{len(e['not_criteria'])} not-criteria, {len(e['headings'])} headings")


if __name__ == "__main__":
    main()
