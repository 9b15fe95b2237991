#!/usr/bin/env python3
"""heldout128: one-organisation forms whose value is broken down over several columns («Всего | в т.ч. женщин |
в т.ч. до 35 лет | в т.ч. с ОВЗ», «Всего | из них: городские | сельские», «Всего | в том числе 1–4 / 5–9 / 10–11
кл.», «Корпус № 1 | Корпус № 2 | Итого», «Общее кол-во | мужчин | женщин», «Ед. изм. | Значение показателя
(всего) | в т.ч. педагоги | обучающиеся | других организаций»), then the link column. Only the total column is
the criterion's value. Deterministic (no randomness, pinned document and zip times).

Writes typed/*.xlsx, expected.json, cells.json next to this script.
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
FIXED_TIME = datetime.datetime(2025, 1, 17, 9, 30, 0)
ZIP_TIME = (2025, 1, 17, 9, 30, 0)


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
    """Add the totals and the shares that follow from the organisation's own figures."""
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
# The six organisations' figures (Березовоярский муниципальный округ, invented)
# --------------------------------------------------------------------------------------------------------------
SOSH1 = derive(dict(
    org="МБОУ «Березовоярская средняя общеобразовательная школа № 1»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=21, young_specialists_mentors=2, mentors_15_19=18, students_15_19=126,
    external_edu_mentors=2, enterprise_mentors=1,
    agreements_edu_orgs=1, agreements_enterprises=1,
    partner_list="ГБПОУ УР «Березовоярский индустриальный техникум»; ООО «Березовоярский молочный комбинат»",
    pp_pupil_pupil=12, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=17, pp_student_pupil=2,
    students_10_19=455, mentees_10_19=61, mentees_risk=10, mentees_disabled=6, mentees_gifted=9,
    mentees_low_motivation=16, mentees_career=12, mentees_other_params=8,
    young_specialists=6, young_specialists_mentees=6, teachers_other=44, teachers_other_mentees=3,
    teachers_in_pp=28, kpk_trained=4, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=88.6, satisfaction_mentors=91.2,
))

CDT = derive(dict(
    org="МБУ ДО «Центр детского творчества» г. Березовоярска",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=9, young_specialists_mentors=1, mentors_15_19=11, students_15_19=214,
    external_edu_mentors=1, other_org_mentors=2,
    agreements_edu_orgs=1, agreements_other_orgs=2,
    partner_list="БПОУ УР «Березовоярский политехнический колледж»\nМБУК «Березовоярский краеведческий музей»\n"
                 "МБУК «Березовоярский районный Дом культуры»",
    pp_pupil_pupil=8, pp_teacher_teacher=5, pp_teacher_pupil=14, pp_other=1,
    students_10_19=640, mentees_10_19=42, mentees_gifted=17, mentees_disabled=6, mentees_risk=4,
    mentees_career=7, mentees_other_params=8,
    young_specialists=4, young_specialists_mentees=4, teachers_other=34, teachers_other_mentees=2,
    teachers_in_pp=15, kpk_trained=3, school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=92.5, satisfaction_mentors=95.0,
))

GIMN2 = derive(dict(
    org="МАОУ «Гимназия № 2 г. Березовоярска»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, school_methodical_associations=1,
    teachers_mentors=31, young_specialists_mentors=2, mentors_15_19=26, students_15_19=252,
    external_edu_mentors=3, enterprise_mentors=1,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Березовоярский педагогический "
                 "колледж»; АО «Березовоярский приборный завод»",
    pp_pupil_pupil=21, pp_teacher_pupil=29, pp_teacher_teacher=10, pp_head_teacher=2, pp_student_pupil=4,
    students_10_19=701, mentees_10_19=74, mentees_gifted=24, mentees_risk=5, mentees_disabled=4,
    mentees_low_motivation=14, mentees_career=19, mentees_other_params=8,
    young_specialists=8, young_specialists_mentees=7, teachers_other=57, teachers_other_mentees=4,
    teachers_in_pp=36, kpk_trained=5, pay_acts=1, nonmaterial_acts=2,
    satisfaction_mentees=94.3, satisfaction_mentors=90.7,
))

SOSH5 = derive(dict(
    org="МБОУ «Средняя общеобразовательная школа № 5 с углублённым изучением отдельных предметов»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=24, young_specialists_mentors=3, mentors_15_19=20, students_15_19=236,
    external_edu_mentors=2, other_org_mentors=1,
    students_10_19=783, mentees_10_19=69, mentees_risk=12, mentees_disabled=5, mentees_gifted=11,
    mentees_low_motivation=18, mentees_career=15, mentees_other_params=8,
    young_specialists=9, young_specialists_mentees=8, teachers_other=63, teachers_other_mentees=6,
    teachers_in_pp=30, kpk_trained=6, school_methodical_associations=2,
    pp_pupil_pupil=16, pp_teacher_teacher=11, pp_head_teacher=2, pp_teacher_pupil=25, pp_other=1,
    agreements_edu_orgs=1, agreements_other_orgs=1,
    partner_list="ГБПОУ УР «Березовоярский индустриальный техникум»; Березовоярский городской совет ветеранов "
                 "педагогического труда",
    satisfaction_mentees=86.4, satisfaction_mentors=90.0,
))

KLUCHI = derive(dict(
    org="МБОУ «Ключевская средняя общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1,
    teachers_mentors=8, young_specialists_mentors=0, mentors_15_19=7, students_15_19=41, enterprise_mentors=2,
    students_10_19=148, mentees_10_19=26, mentees_risk=5, mentees_disabled=3, mentees_gifted=4,
    mentees_low_motivation=8, mentees_career=4, mentees_other_params=2,
    young_specialists=2, young_specialists_mentees=2, teachers_other=19, teachers_other_mentees=1,
    teachers_in_pp=10, kpk_trained=2,
    kpk_courses="«Организация наставничества в школе: от положения до персонализированной программы», "
                "АОУ ДПО УР «Институт развития образования», 36 ч.",
    school_methodical_associations=0,
    pp_pupil_pupil=5, pp_teacher_teacher=2, pp_teacher_pupil=11, pp_other=2,
    agreements_enterprises=2,
    partner_list="СПК «Ключевской»; ООО «Ключевской леспромхоз»",
    pay_acts=1, nonmaterial_acts=0,
    satisfaction_mentees=97.0, satisfaction_mentors=100.0,
))

SOSH3 = derive(dict(
    org="МБОУ «Березовоярская средняя общеобразовательная школа № 3»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=24, young_specialists_mentors=2, mentors_15_19=12, students_15_19=149,
    external_edu_mentors=2, enterprise_mentors=1,
    students_10_19=498, mentees_10_19=58, mentees_risk=9, mentees_disabled=4, mentees_gifted=6,
    mentees_low_motivation=17, mentees_career=14, mentees_other_params=8,
    young_specialists=5, young_specialists_mentees=5, teachers_other=42, teachers_other_mentees=4,
    teachers_in_pp=27, kpk_trained=3, school_methodical_associations=1,
    pp_pupil_pupil=14, pp_teacher_teacher=7, pp_head_teacher=1, pp_teacher_pupil=22, pp_other=1,
    agreements_edu_orgs=1, agreements_enterprises=1,
    partner_list="АПОУ УР «Березовоярский аграрно-технический колледж»; АО «Березовоярский леспромхоз»",
    pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=90.2, satisfaction_mentors=87.9,
))


# --------------------------------------------------------------------------------------------------------------
# Row helpers.  S(text) = section row; R(no, title, cid, bd, link, typed, unit) = criterion row: the value from
# the organisation's figures goes to the total column, bd = the breakdown cells (None = left empty);
# N(no, title, value, bd, link, unit) = a row that is NOT a criterion.
# --------------------------------------------------------------------------------------------------------------
def S(text):
    return ("S", text)


def R(no, title, cid, bd=None, link=None, typed=None, unit=None):
    return ("R", no, title, cid, bd, link, typed, unit)


def N(no, title, value, bd=None, link=None, unit=None):
    return ("N", no, title, value, bd, link, unit)


def yn_da(v):
    return "да" if v else "нет"


def yn_imeetsya(v):
    return "имеется" if v else "отсутствует"


def yn_1(v):
    return 1 if v else 0


def pct_comma(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s.replace(".", ",")


def num(v):
    return v


# ---------------------------------------- 1. СОШ № 1: Всего | женщин | до 35 | ОВЗ ------------------------------
U1 = "https://sosh1-berezovoyarsk.ru/sveden/nastavnichestvo/"
def form_sosh1():
    d = SOSH1
    P = U1 + "prikaz_148-od_o_zakreplenii_nastavnikov.pdf"
    rows = [
        S("1. Нормативно-правовое обеспечение"),
        R("1.1", "Положение о наставничестве педагогических работников школы (утверждено приказом)",
          "orgs_regulation_teachers", link=U1 + "polozhenie_nastavnichestvo_pedagogov.pdf"),
        R("1.2", "Положение о наставничестве обучающихся (утверждено приказом)", "orgs_regulation_students",
          link=U1 + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf"),
        R("1.3", "Приказ о проведении мониторинга ЦМН в школе", "orgs_monitoring_order",
          link=U1 + "prikaz_205-od_monitoring_cmn.pdf"),
        R("1.4", "Аналитическая справка по итогам внутришкольного мониторинга ЦМН", "internal_monitoring_notes",
          link=U1 + "spravka_vnutrishkolnyj_monitoring_2024.pdf"),
        R("1.5", "Кураторы внедрения ЦМН (назначены приказом)", "curators_total", bd=(2, 0, None),
          link=U1 + "prikaz_131-od_kuratory.pdf"),
        R("1.6", "Локальный акт об оплате (доплате) за наставническую деятельность", "pay_acts",
          link=U1 + "polozhenie_ob_oplate_truda_2024.pdf"),
        R("1.7", "Локальный акт о нематериальном поощрении педагогов-наставников", "nonmaterial_acts",
          link=U1 + "polozhenie_o_moralnom_pooshchrenii.pdf"),
        S("2. Наставники и наставляемые"),
        R("2.1", "Наставники — всего по приказу о закреплении", "mentors_total", bd=(32, 24, None), link=P),
        R("2.2", "из них педагоги школы", "teachers_mentors", bd=(19, 4, None), link=P),
        R("2.3", "из них молодые специалисты (стаж до 3 лет)", "young_specialists_mentors", bd=(2, 2, None),
          link=P),
        R("2.4", "Обучающиеся 15–19 лет — наставники", "mentors_15_19", bd=(11, None, None), link=P),
        R("2.5", "Наставники из других образовательных организаций (техникум)", "external_edu_mentors",
          bd=(2, 1, None), link=P),
        R("2.6", "Наставники — сотрудники предприятий", "enterprise_mentors", bd=(0, 1, None), link=P),
        R("2.7", "Наставляемые — всего по приказу (обучающиеся и педагоги)", "mentees_total", bd=(37, None, 6),
          link=P),
        N("2.8", "Наставнические пары / группы (по приказу)", 38, link=P),
        S("3. Обучающиеся"),
        R("3.1", "Обучающихся 10–19 лет в школе (на 20.09.2024)", "students_10_19", bd=(231, None, 17)),
        R("3.2", "Обучающиеся 10–19 лет, закреплённые за наставниками", "mentees_10_19", bd=(29, None, 6), link=P),
        R("3.2.1", "в т.ч. группа риска (ВШУ, ПДН, КДН)", "mentees_risk", bd=(3, None, None), link=P),
        R("3.2.2", "в т.ч. дети с ОВЗ, дети-инвалиды", "mentees_disabled", bd=(2, None, 6), link=P),
        R("3.2.3", "в т.ч. одарённые дети (внесены в реестр)", "mentees_gifted", bd=(6, None, None), link=P),
        R("3.2.4", "в т.ч. с низкой учебной мотивацией, неуспевающие", "mentees_low_motivation",
          bd=(6, None, None), link=P),
        R("3.2.5", "в т.ч. испытывающие трудности с выбором профиля / профессии", "mentees_career",
          bd=(7, None, None), link=P),
        R("3.2.6", "в т.ч. по иным основаниям", "mentees_other_params", bd=(5, None, None)),
        R("3.3", "% обучающихся 10–19 лет, охваченных наставничеством", "share_mentees_10_19"),
        R("3.4", "Обучающихся 15–19 лет в школе", "students_15_19", bd=(68, None, 5)),
        R("3.5", "% обучающихся 15–19 лет, выступающих наставниками", "share_mentors_15_19"),
        N("3.6", "Родители (законные представители), привлечённые в качестве наставников", 3, bd=(3, 1, None)),
        S("4. Педагогические работники"),
        R("4.1", "Молодые специалисты (до 35 лет, стаж работы до 3 лет)", "young_specialists", bd=(5, 6, None)),
        R("4.2", "из них имеют наставника", "young_specialists_mentees", bd=(5, 6, None), link=P),
        R("4.3", "Педагоги без учёта молодых специалистов", "teachers_other", bd=(39, 3, None)),
        R("4.4", "из них наставляемые", "teachers_other_mentees", bd=(3, 1, None), link=P),
        R("4.5", "% педагогов, имеющих наставника", "share_teachers_mentees"),
        N("4.6", "Педагоги — наставляемые всего (вместе с молодыми специалистами)", 9, bd=(8, 7, None), link=P),
        R("4.7", "Педагоги, участвующие в утверждённых персонализированных программах", "teachers_in_pp",
          bd=(25, 7, None), link=U1 + "prikaz_152-od_personalizirovannye_programmy.pdf"),
        R("4.8", "Педагоги, прошедшие КПК по наставничеству в 2024 г.", "kpk_trained", bd=(4, 1, None),
          link=U1 + "udostovereniya_kpk_2024.pdf"),
        R("4.9", "ШМО наставников", "school_methodical_associations",
          link=U1 + "prikaz_133-od_shmo_nastavnikov.pdf"),
        S("5. Персонализированные программы наставничества"),
        R("5.1", "Персонализированные программы — всего", "pp_total",
          link=U1 + "prikaz_152-od_personalizirovannye_programmy.pdf"),
        R("5.2", "форма «ученик – ученик»", "pp_pupil_pupil"),
        R("5.3", "форма «учитель – учитель»", "pp_teacher_teacher"),
        R("5.4", "форма «администрация – педагог»", "pp_head_teacher"),
        R("5.5", "форма «учитель – ученик»", "pp_teacher_pupil"),
        R("5.6", "форма «студент – ученик»", "pp_student_pupil"),
        N("5.7", "Планируется персонализированных программ на 2025 год", 45),
        S("6. Социальное партнёрство"),
        R("6.1", "Соглашения с ПОО/вузами о привлечении наставников", "agreements_edu_orgs",
          link=U1 + "soglashenie_industrialnyj_tehnikum.pdf"),
        R("6.2", "Соглашения с предприятиями о привлечении наставников", "agreements_enterprises",
          link=U1 + "soglashenie_molkombinat.pdf"),
        R("6.3", "Организации-партнёры по наставничеству", "partner_list",
          link=U1 + "partnery.html"),
        S("7. Удовлетворённость участников"),
        R("7.1", "Удовлетворённость наставляемых по итогам завершённых программ, %", "satisfaction_mentees",
          link=U1 + "itogi_anketirovaniya_2024.pdf"),
        R("7.2", "Удовлетворённость наставников по итогам завершённых программ, %", "satisfaction_mentors",
          link=U1 + "itogi_anketirovaniya_2024.pdf"),
    ]
    return dict(
        file="typed/sosh1_zhenshchiny_do35_ovz.xlsx", sheet="ЦМН 2024", org=d["org"], data=d, rows=rows,
        titles=[("merged", "Мониторинг реализации целевой модели наставничества за 2024 год"),
                ("label", "Наименование ОО:", d["org"]),
                ("label", "Отчётный период:", "2024 год")],
        header=[["№ п/п", "Наименование показателя", "Всего", "в т.ч. женщин", "в т.ч. до 35 лет", "в т.ч. с ОВЗ",
                 "Ссылка на подтверждающий документ"]],
        header_merges=[], numbering=False,
        cols=dict(no=1, title=2, value=3, bd=[4, 5, 6], link=7, unit=None), ncols=7,
        widths=[7, 62, 10, 11, 11, 10, 60],
        bd_kind="subset",
        yesno=yn_da, share=num,
        footer=["Директор ____________ Е. В. Мальцева", "Исполнитель: Широких Т. А., зам. директора по УВР, "
                                                      "тел. 8 (34163) 2-14-05"],
    )


# ---------------------------------------- 2. ЦДТ: Всего | городские | сельские ---------------------------------
U2 = "https://cdt-berezovoyarsk.ru/upload/nastavnichestvo/"
Y2 = "https://disk.yandex.ru/d/Qm7Lr2xTfB9wKe/"
def form_cdt():
    d = CDT
    P = U2 + "prikaz_74_o_zakreplenii_2024.pdf"
    rows = [
        S("Раздел 1. Документы"),
        R(1, "Положение о наставничестве педагогов ДО (приказ об утверждении)", "orgs_regulation_teachers",
          link=U2 + "polozhenie_nastavnichestvo_pdo.pdf"),
        R(2, "Положение о наставничестве обучающихся объединений (приказ об утверждении)",
          "orgs_regulation_students", link=U2 + "polozhenie_nastavnichestvo_obuch.pdf"),
        R(3, "Приказ о мониторинге внедрения ЦМН в учреждении", "orgs_monitoring_order",
          link=U2 + "prikaz_112_monitoring.pdf"),
        R(4, "Справка по итогам внутреннего мониторинга за 2024 г.", "internal_monitoring_notes",
          link=Y2 + "Справка_мониторинг_2024.pdf"),
        R(5, "Куратор(ы) ЦМН в учреждении", "curators_total", bd=(1, 0), link=U2 + "prikaz_68_kurator.pdf"),
        S("Раздел 2. Наставники и наставляемые"),
        R(6, "Наставники, всего (приказ о закреплении)", "mentors_total", bd=(16, 7), link=P),
        R(7, "Педагоги ДО в роли наставников", "teachers_mentors", bd=(6, 3), link=P),
        R(8, "в т.ч. молодые педагоги (до 35 лет, стаж до 3 лет)", "young_specialists_mentors", bd=(1, 0),
          link=P),
        R(9, "Обучающиеся-наставники в возрасте 15–19 лет", "mentors_15_19", bd=(8, 3), link=P),
        R(10, "Наставники — преподаватели колледжа", "external_edu_mentors", bd=(0, 1), link=P),
        R(11, "Наставники — сотрудники учреждений культуры (музей, ДК)", "other_org_mentors", bd=(2, 0), link=P),
        R(12, "Наставляемые, всего (приказ о закреплении)", "mentees_total", bd=(36, 12), link=P),
        N(13, "Объединения, в которых работают наставнические пары/группы", 12, bd=(9, 3)),
        S("Раздел 3. Обучающиеся"),
        R(14, "Контингент обучающихся 10–19 лет (по данным Навигатора на 01.10.2024)", "students_10_19",
          bd=(452, 188)),
        R(15, "Наставляемые 10–19 лет", "mentees_10_19", bd=(31, 11), link=P),
        R("15.1", "— одарённые (в региональном/муниципальном реестре)", "mentees_gifted", bd=(14, 3), link=P),
        R("15.2", "— с ОВЗ / инвалидностью", "mentees_disabled", bd=(5, 1), link=P),
        R("15.3", "— «группа риска»", "mentees_risk", bd=(2, 2), link=P),
        R("15.4", "— нуждающиеся в помощи с выбором профессии", "mentees_career", bd=(5, 2), link=P),
        R("15.5", "— прочие", "mentees_other_params", bd=(5, 3)),
        R(16, "Охват наставничеством обучающихся 10–19 лет, %", "share_mentees_10_19"),
        R(17, "Контингент обучающихся 15–19 лет", "students_15_19", bd=(150, 64)),
        R(18, "Доля наставников-обучающихся от контингента 15–19 лет, %", "share_mentors_15_19"),
        N(19, "Обучающиеся 5–9 лет в объединениях", 386, bd=(301, 85)),
        S("Раздел 4. Педагогические работники"),
        R(20, "Молодые специалисты (до 35 лет, первые 3 года работы)", "young_specialists", bd=(3, 1)),
        R(21, "— из них наставляемые", "young_specialists_mentees", bd=(3, 1), link=P),
        R(22, "Педагоги ДО (кроме молодых специалистов)", "teachers_other", bd=(24, 10)),
        R(23, "— из них имеют наставника", "teachers_other_mentees", bd=(2, 0), link=P),
        R(24, "Доля педагогов-наставляемых, %", "share_teachers_mentees"),
        R(25, "Доля молодых специалистов, имеющих наставника, %", "share_young_specialists_mentees"),
        R(26, "Педагоги, задействованные в персонализированных программах", "teachers_in_pp", bd=(11, 4),
          link=U2 + "prikaz_79_programmy.pdf"),
        R(27, "Прошли КПК по наставничеству (2024 г.)", "kpk_trained", bd=(2, 1), link=Y2 + "КПК_2024.pdf"),
        R(28, "Методическое объединение наставников ЦДТ", "school_methodical_associations",
          link=U2 + "prikaz_70_mo_nastavnikov.pdf"),
        S("Раздел 5. Программы наставничества"),
        R(29, "Персонализированные программы наставничества, всего", "pp_total", bd=(21, 7),
          link=U2 + "prikaz_79_programmy.pdf"),
        R("29.1", "«обучающийся – обучающийся»", "pp_pupil_pupil", bd=(6, 2), link=U2 + "prikaz_79_programmy.pdf"),
        R("29.2", "«педагог – педагог»", "pp_teacher_teacher", bd=(4, 1), link=U2 + "prikaz_79_programmy.pdf"),
        R("29.3", "«педагог – обучающийся»", "pp_teacher_pupil", bd=(10, 4), link=U2 + "prikaz_79_programmy.pdf"),
        R("29.4", "иная форма («мастер – ученик», краеведческий музей)", "pp_other", bd=(1, 0)),
        S("Раздел 6. Партнёрство и стимулирование"),
        R(30, "Соглашения с образовательными организациями (колледж)", "agreements_edu_orgs",
          link=U2 + "soglashenie_politeh.pdf"),
        R(31, "Соглашения с учреждениями культуры", "agreements_other_orgs",
          link=Y2 + "Соглашения_музей_ДК.pdf"),
        R(32, "Партнёры (наименования)", "partner_list", link=U2 + "partnery.pdf"),
        R(33, "Положение о стимулирующих выплатах наставникам", "pay_acts", typed="нет"),
        R(34, "Локальный акт о нематериальном поощрении (грамоты, благодарности)", "nonmaterial_acts",
          link=U2 + "polozhenie_pooshchrenie.pdf"),
        N(35, "Мероприятия с сельскими школами округа (мастер-классы наставников)", 6, bd=(None, 6)),
        S("Раздел 7. Удовлетворённость"),
        R(36, "Удовлетворённость наставляемых, %", "satisfaction_mentees", link=Y2 + "Анкетирование_итоги.pdf"),
        R(37, "Удовлетворённость наставников, %", "satisfaction_mentors", link=Y2 + "Анкетирование_итоги.pdf"),
    ]
    return dict(
        file="typed/cdt_gorod_selo.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows,
        titles=[("merged", "Мониторинг внедрения целевой модели наставничества в " + d["org"] + " за 2024 год"),
                ("note", "(городские — объединения в здании ЦДТ, ул. Советская, 21; сельские — объединения на базе "
                         "сельских школ округа)")],
        header=[["№", "Показатель", "Всего", "из них: городские", "сельские", "Подтверждающий документ"]],
        header_merges=[], numbering=False,
        cols=dict(no=1, title=2, value=3, bd=[4, 5], link=6, unit=None), ncols=6,
        widths=[6, 64, 10, 12, 11, 58],
        bd_kind="partition",
        yesno=yn_da, share=num,
        footer=["Директор МБУ ДО ЦДТ ____________ О. Н. Кудрявцева"],
    )


# ---------------------------------------- 3. Гимназия № 2: two-row header, classes ------------------------------
U3 = "https://gimnaziya2-berezovoyarsk.ru/files/cmn/"
def form_gimn2():
    d = GIMN2
    P = U3 + "prikaz_211_nastavnicheskie_pary.pdf"
    PP = U3 + "prikaz_219_personalizirovannye_programmy.pdf"
    rows = [
        S("I. Организационно-нормативные условия"),
        R(1, "Утверждено Положение о наставничестве педагогов", "orgs_regulation_teachers",
          link=U3 + "polozhenie_pedagogi.pdf"),
        R(2, "Утверждено Положение о наставничестве гимназистов", "orgs_regulation_students",
          link=U3 + "polozhenie_gimnazisty.pdf"),
        R(3, "Издан приказ о мониторинге ЦМН", "orgs_monitoring_order", link=U3 + "prikaz_230_monitoring.pdf"),
        R(4, "Подготовлена справка по внутреннему мониторингу", "internal_monitoring_notes",
          link=U3 + "spravka_monitoring_dekabr_2024.pdf"),
        R(5, "Назначено кураторов ЦМН (чел.)", "curators_total", link=U3 + "prikaz_198_kuratory.pdf"),
        R(6, "Создано ШМО наставников", "school_methodical_associations", link=U3 + "prikaz_199_shmo.pdf"),
        S("II. Наставники"),
        R(7, "Всего наставников (приказ)", "mentors_total", link=P),
        R(8, "Учителя-наставники", "teachers_mentors", bd=(8, 15, 8), link=P),
        R(9, "в т.ч. молодые специалисты", "young_specialists_mentors", bd=(1, 1, 0), link=P),
        R(10, "Гимназисты-наставники (15–19 лет)", "mentors_15_19", bd=(None, 4, 22), link=P),
        R(11, "Наставники из вузов/колледжей", "external_edu_mentors", bd=(0, 1, 2), link=P),
        R(12, "Наставники с предприятий", "enterprise_mentors", bd=(None, None, 1), link=P),
        N(13, "Наставнические пары и группы (всего)", 58, bd=(6, 33, 19), link=P),
        S("III. Наставляемые"),
        R(14, "Всего наставляемых (приказ)", "mentees_total", link=P),
        R(15, "Обучающихся 10–19 лет (всего по гимназии)", "students_10_19", bd=(58, 452, 191)),
        R(16, "Наставляемых 10–19 лет", "mentees_10_19", bd=(3, 52, 19), link=P),
        R(17, "из них: одарённые (реестр)", "mentees_gifted", bd=(0, 14, 10), link=P),
        R(18, "«группа риска»", "mentees_risk", bd=(0, 5, 0), link=P),
        R(19, "ОВЗ, дети-инвалиды", "mentees_disabled", bd=(1, 3, 0), link=P),
        R(20, "низкая мотивация, неуспеваемость", "mentees_low_motivation", bd=(1, 12, 1), link=P),
        R(21, "выбор профиля и профессии", "mentees_career", bd=(0, 11, 8), link=P),
        R(22, "другие основания", "mentees_other_params", bd=(1, 7, 0)),
        R(23, "Доля наставляемых от обучающихся 10–19 лет, %", "share_mentees_10_19"),
        R(24, "Обучающихся 15–19 лет", "students_15_19", bd=(None, 61, 191)),
        R(25, "Доля гимназистов-наставников от обучающихся 15–19 лет, %", "share_mentors_15_19"),
        N(26, "Обучающихся 1–11 классов (всего)", 1051, bd=(408, 452, 191)),
        S("IV. Педагоги"),
        R(27, "Молодых специалистов (до 35 лет, стаж ≤ 3 лет)", "young_specialists", bd=(3, 3, 2)),
        R(28, "из них с наставником", "young_specialists_mentees", bd=(3, 3, 1), link=P),
        R(29, "Педагогов, не являющихся молодыми специалистами", "teachers_other", bd=(16, 28, 13)),
        R(30, "из них наставляемые", "teachers_other_mentees", bd=(1, 2, 1), link=P),
        R(31, "Доля педагогов с наставником (все педагоги), %", "share_teachers_mentees"),
        R(32, "Доля молодых специалистов-наставников, %", "share_young_specialists_mentors"),
        R(33, "Педагогов в утверждённых персонализированных программах", "teachers_in_pp", bd=(10, 17, 9),
          link=PP),
        R(34, "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", bd=(1, 3, 1), link=U3 + "kpk_2024.pdf"),
        S("V. Персонализированные программы"),
        R(35, "Персонализированных программ всего", "pp_total", link=PP),
        R(36, "ученик – ученик", "pp_pupil_pupil", bd=(2, 13, 6), link=PP),
        R(37, "учитель – ученик", "pp_teacher_pupil", bd=(1, 18, 10), link=PP),
        R(38, "учитель – учитель", "pp_teacher_teacher", link=PP),
        R(39, "руководитель – учитель", "pp_head_teacher"),
        R(40, "студент – ученик", "pp_student_pupil", bd=(0, 1, 3)),
        S("VI. Партнёрство, поощрение, удовлетворённость"),
        R(41, "Соглашения с вузами и колледжами о наставничестве", "agreements_edu_orgs",
          link=U3 + "soglasheniya_udgu_pedkolledzh.pdf"),
        R(42, "Соглашение с предприятием", "agreements_enterprises", link=U3 + "soglashenie_priborny_zavod.pdf"),
        R(43, "Партнёры по наставничеству", "partner_list", link=U3 + "partnery.pdf"),
        R(44, "Положение об оплате наставничества", "pay_acts", link=U3 + "polozhenie_oplata.pdf"),
        R(45, "Локальные акты о нематериальном поощрении", "nonmaterial_acts", link=U3 + "la_pooshchrenie.pdf"),
        R(46, "Средний уровень удовлетворённости наставляемых (анкетирование), %", "satisfaction_mentees",
          link=U3 + "anketirovanie_2024.pdf"),
        R(47, "Средний уровень удовлетворённости наставников (анкетирование), %", "satisfaction_mentors",
          link=U3 + "anketirovanie_2024.pdf"),
        N(48, "Мероприятия с участием наставников (открытые уроки, мастер-классы)", 23),
    ]
    return dict(
        file="typed/gimn2_klassy_dve_stroki.xlsx", sheet="Мониторинг", org=d["org"], data=d, rows=rows,
        titles=[("merged", "Мониторинг реализации целевой модели наставничества в " + d["org"]),
                ("merged", "по состоянию на 31.12.2024 (отчётный период — 2024 год)")],
        header=[["№", "Показатель", "Всего", "в том числе", None, None, "Ссылка на документ"],
                [None, None, None, "1–4 кл.", "5–9 кл.", "10–11 кл.", None]],
        header_merges=[(0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 1, 7)],
        numbering=True,
        cols=dict(no=1, title=2, value=3, bd=[4, 5, 6], link=7, unit=None), ncols=7,
        widths=[6, 60, 10, 9, 9, 9, 58],
        bd_kind="partition",
        yesno=yn_1, share=num,
        footer=["Исп.: Ложкина Г. Р., заместитель директора по УВР"],
    )


# ---------------------------------------- 4. СОШ № 5: Корпус 1 | Корпус 2 | Итого ------------------------------
Y4 = "https://disk.yandex.ru/d/8sKd2LwPq0Zn3A/"
def form_sosh5():
    d = SOSH5
    P = Y4 + "Приказ_147-о_наставники.pdf"
    PP = Y4 + "Приказ_151-о_ПП.pdf"
    rows = [
        S("Нормативная база"),
        R(1, "Положение о наставничестве педработников школы", "orgs_regulation_teachers",
          link=Y4 + "Положение_педагоги.pdf"),
        R(2, "Положение о наставничестве учащихся", "orgs_regulation_students", link=Y4 + "Положение_учащиеся.pdf"),
        R(3, "Приказ о мониторинге реализации ЦМН по школе", "orgs_monitoring_order",
          link=Y4 + "Приказ_188-о_мониторинг.pdf"),
        R(4, "Информационная справка по результатам внутреннего мониторинга", "internal_monitoring_notes",
          link=Y4 + "Справка_мониторинг_2024.pdf"),
        R(5, "Кураторы ЦМН (по приказу), чел.", "curators_total", bd=(1, 1), link=Y4 + "Приказ_139-о_кураторы.pdf"),
        R(6, "Локальный акт о доплате за наставничество", "pay_acts", link=Y4 + "ЛА_доплата.pdf"),
        R(7, "Локальный акт о моральном поощрении наставников", "nonmaterial_acts"),
        S("Наставники"),
        R(8, "Наставников всего по приказу", "mentors_total", bd=(27, 20), link=P),
        R(9, "учителей-наставников", "teachers_mentors", bd=(13, 11), link=P),
        R(10, "в т.ч. из числа молодых специалистов", "young_specialists_mentors", bd=(2, 1), link=P),
        R(11, "учащихся-наставников 15–19 лет", "mentors_15_19", bd=(12, 8), link=P),
        R(12, "наставников — преподавателей техникума", "external_edu_mentors", bd=(1, 1), link=P),
        R(13, "наставников из общественных организаций (совет ветеранов педагогического труда)",
          "other_org_mentors", bd=(1, 0), link=P),
        N(14, "Учащиеся 7–9 кл. в резерве наставников", 6, bd=(4, 2)),
        N(15, "Наставнические пары (группы)", 41, bd=(23, 18), link=P),
        S("Наставляемые"),
        R(16, "Наставляемых всего по приказу", "mentees_total", bd=(45, 38), link=P),
        R(17, "Учащихся 10–19 лет", "students_10_19", bd=(421, 362)),
        R(18, "из них наставляемых", "mentees_10_19", bd=(38, 31), link=P),
        R("18.1", "— группа риска", "mentees_risk", bd=(7, 5), link=P),
        R("18.2", "— ОВЗ, инвалиды", "mentees_disabled", bd=(2, 3), link=P),
        R("18.3", "— одарённые (в реестре)", "mentees_gifted", bd=(6, 5), link=P),
        R("18.4", "— низкая мотивация / неуспевающие", "mentees_low_motivation", bd=(10, 8), link=P),
        R("18.5", "— профессиональное самоопределение", "mentees_career", bd=(9, 6), link=P),
        R("18.6", "— иные", "mentees_other_params", bd=(4, 4), link=P),
        R(19, "Охват наставничеством учащихся 10–19 лет, %", "share_mentees_10_19"),
        R(20, "Учащихся 15–19 лет", "students_15_19", bd=(130, 106)),
        R(21, "Учащиеся-наставники от числа 15–19-летних, %", "share_mentors_15_19"),
        S("Педагогические кадры"),
        R(22, "Молодые специалисты (до 35 лет, стаж до 3-х лет)", "young_specialists", bd=(5, 4)),
        R(23, "закреплены за наставником", "young_specialists_mentees", bd=(4, 4), link=P),
        R(24, "Педагоги, кроме молодых специалистов", "teachers_other", bd=(34, 29)),
        R(25, "имеют наставника", "teachers_other_mentees", bd=(3, 3), link=P),
        R(26, "Доля педагогов с наставником, %", "share_teachers_mentees"),
        R(27, "Доля учителей-наставников, %", "share_teachers_mentors"),
        R(28, "Педагоги в персонализированных программах", "teachers_in_pp", bd=(16, 14), link=PP),
        R(29, "Прошли КПК по наставничеству за 2024 год", "kpk_trained", bd=(4, 2), link=Y4 + "КПК_2024.pdf"),
        R(30, "ШМО наставников", "school_methodical_associations", bd=(1, 1), link=Y4 + "Приказ_140-о_ШМО.pdf"),
        S("Персонализированные программы"),
        R(31, "Персонализированные программы (всего)", "pp_total", bd=(32, 23), link=PP),
        R("31.1", "«ученик – ученик»", "pp_pupil_pupil", bd=(9, 7), link=PP),
        R("31.2", "«учитель – учитель»", "pp_teacher_teacher", bd=(6, 5), link=PP),
        R("31.3", "«администрация – учитель»", "pp_head_teacher", bd=(2, 0)),
        R("31.4", "«учитель – ученик»", "pp_teacher_pupil", bd=(14, 11), link=PP),
        R("31.5", "иная форма («ветеран – молодой учитель»)", "pp_other", bd=(1, 0)),
        N(32, "План на 2025 г.: персонализированных программ", 60, bd=(33, 27)),
        S("Сотрудничество"),
        R(33, "Соглашение с техникумом (наставники-преподаватели)", "agreements_edu_orgs",
          link=Y4 + "Соглашение_техникум.pdf"),
        R(34, "Соглашение с советом ветеранов", "agreements_other_orgs", link=Y4 + "Соглашение_совет_ветеранов.pdf"),
        R(35, "Партнёры", "partner_list"),
        S("Удовлетворённость"),
        R(36, "Удовлетворённость наставляемых (по анкетам), %", "satisfaction_mentees",
          link=Y4 + "Анкеты_итог_2024.xlsx"),
        R(37, "Удовлетворённость наставников (по анкетам), %", "satisfaction_mentors",
          link=Y4 + "Анкеты_итог_2024.xlsx"),
    ]
    return dict(
        file="typed/sosh5_korpusa_itogo.xlsx", sheet="ЦМН", org=d["org"], data=d, rows=rows,
        titles=[("merged", "Информация о реализации целевой модели наставничества за 2024 год"),
                ("label", "Образовательная организация:", d["org"])],
        header=[["№", "Показатель", "Корпус № 1\n(ул. Ленина, 40)", "Корпус № 2\n(ул. Строителей, 7)", "Итого",
                 "Подтверждающий документ"]],
        header_merges=[], numbering=False,
        cols=dict(no=1, title=2, value=5, bd=[3, 4], link=6, unit=None), ncols=6,
        widths=[6, 62, 14, 14, 10, 56],
        bd_kind="partition",
        yesno=yn_imeetsya, share=pct_comma,
        footer=["Ответственный: Вострикова Л. М., куратор ЦМН"],
    )


# ---------------------------------------- 5. Ключевская СОШ: Общее кол-во | муж. | жен. -------------------------
U5 = "https://sh-klyuchevskaya-r18.gosuslugi.ru/netcat_files/nastavnichestvo/"
def form_kluchi():
    d = KLUCHI
    P = U5 + "prikaz_57_ot_02.09.2024.pdf"
    rows = [
        S("1. Документы"),
        R(1, "Положение о наставничестве педагогов (приказ)", "orgs_regulation_teachers",
          link=U5 + "polozhenie_pedagogi.pdf"),
        R(2, "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students",
          link=U5 + "polozhenie_obuchayushchiesya.pdf"),
        R(3, "Приказ «О мониторинге внедрения ЦМН в МБОУ «Ключевская СОШ»»", "orgs_monitoring_order",
          link=U5 + "prikaz_83_monitoring.pdf"),
        R(4, "Справка о результатах внутреннего мониторинга", "internal_monitoring_notes", typed="нет"),
        R(5, "Ответственный за ЦМН (куратор)", "curators_total", bd=(0, 1), link=U5 + "prikaz_52_kurator.pdf"),
        S("2. Наставники"),
        R(6, "Наставники (приказ № 57 от 02.09.2024)", "mentors_total", bd=(5, 12), link=P),
        R("6.1", "— учителя", "teachers_mentors", bd=(1, 7), link=P),
        R("6.2", "— в т.ч. молодые специалисты", "young_specialists_mentors", bd=(0, 0)),
        R("6.3", "— обучающиеся 15–19 лет", "mentors_15_19", bd=(2, 5), link=P),
        R("6.4", "— работники СПК «Ключевской» и леспромхоза", "enterprise_mentors", bd=(2, 0), link=P),
        N(7, "Наставнические пары", 24, link=P),
        S("3. Наставляемые"),
        R(8, "Наставляемые (приказ № 57 от 02.09.2024)", "mentees_total", bd=(15, 14), link=P),
        R(9, "Обучающиеся 10–19 лет — всего в школе", "students_10_19", bd=(77, 71)),
        R(10, "Обучающиеся 10–19 лет — наставляемые", "mentees_10_19", bd=(14, 12), link=P),
        R("10.1", "в т.ч. состоящие на профилактическом учёте", "mentees_risk", bd=(4, 1), link=P),
        R("10.2", "в т.ч. обучающиеся с ОВЗ", "mentees_disabled", bd=(2, 1), link=P),
        R("10.3", "в т.ч. одарённые (реестр)", "mentees_gifted", bd=(1, 3), link=P),
        R("10.4", "в т.ч. слабоуспевающие, с низкой мотивацией", "mentees_low_motivation", bd=(5, 3), link=P),
        R("10.5", "в т.ч. профориентация", "mentees_career", bd=(1, 3), link=P),
        R("10.6", "в т.ч. иное (адаптация вновь прибывших)", "mentees_other_params", bd=(1, 1), link=P),
        R(11, "Доля обучающихся-наставляемых (10–19 лет), %", "share_mentees_10_19"),
        R(12, "Обучающиеся 15–19 лет — всего", "students_15_19", bd=(19, 22)),
        R(13, "Доля обучающихся-наставников (15–19 лет), %", "share_mentors_15_19"),
        S("4. Педагоги"),
        R(14, "Молодые специалисты (стаж до 3 лет, возраст до 35 лет)", "young_specialists", bd=(1, 1)),
        R(15, "Молодые специалисты-наставляемые", "young_specialists_mentees", bd=(1, 1), link=P),
        R(16, "Остальные педагоги (без молодых специалистов)", "teachers_other", bd=(3, 16)),
        R(17, "Остальные педагоги-наставляемые", "teachers_other_mentees", bd=(0, 1), link=P),
        R(18, "Доля педагогов-наставляемых, %", "share_teachers_mentees"),
        R(19, "Педагоги, участвующие в персонализированных программах", "teachers_in_pp", bd=(1, 9),
          link=U5 + "prikaz_60_programmy.pdf"),
        R(20, "Курсы повышения квалификации по наставничеству (2024 г.), чел.", "kpk_trained", bd=(0, 2),
          link=U5 + "udostovereniya.pdf"),
        R(21, "Курсы (название, организатор, объём)", "kpk_courses", link=U5 + "udostovereniya.pdf"),
        N(22, "Педагоги, прошедшие курсовую подготовку в 2024 г. (все темы)", 14, bd=(2, 12)),
        R(23, "Школьное МО наставников", "school_methodical_associations", typed="нет"),
        S("5. Программы"),
        R(24, "Персонализированных программ (всего)", "pp_total", link=U5 + "prikaz_60_programmy.pdf"),
        R("24.1", "форма ученик-ученик", "pp_pupil_pupil", link=U5 + "prikaz_60_programmy.pdf"),
        R("24.2", "форма учитель-учитель", "pp_teacher_teacher", link=U5 + "prikaz_60_programmy.pdf"),
        R("24.3", "форма учитель-ученик", "pp_teacher_pupil", link=U5 + "prikaz_60_programmy.pdf"),
        R("24.4", "иная форма (работодатель-ученик)", "pp_other", link=U5 + "prikaz_60_programmy.pdf"),
        S("6. Партнёры и стимулирование"),
        R(25, "Соглашения с предприятиями (СПК «Ключевской», леспромхоз)", "agreements_enterprises",
          link=U5 + "soglasheniya.pdf"),
        R(26, "Наименования организаций-партнёров", "partner_list", link=U5 + "soglasheniya.pdf"),
        R(27, "Положение о доплате наставникам", "pay_acts", link=U5 + "polozhenie_o_doplatah.pdf"),
        R(28, "Положение о нематериальном поощрении наставников", "nonmaterial_acts", typed="нет"),
        N(29, "Выездные мероприятия с партнёрами (экскурсии, профпробы)", 4),
        S("7. Удовлетворённость"),
        R(30, "Уровень удовлетворённости наставляемых, %", "satisfaction_mentees", link=U5 + "ankety_2024.pdf"),
        R(31, "Уровень удовлетворённости наставников, %", "satisfaction_mentors", link=U5 + "ankety_2024.pdf"),
    ]
    return dict(
        file="typed/klyuchi_obshchee_kol_vo.xlsx", sheet="Мониторинг ЦМН", org=d["org"], data=d, rows=rows,
        titles=[("merged", "Мониторинг ЦМН — 2024"),
                ("label", "Наименование ОО", d["org"])],
        header=[["№", "Наименование критерия", "Общее кол-во", "из них мужчин / юношей", "из них женщин / девушек",
                 "Ссылка"]],
        header_merges=[], numbering=False,
        cols=dict(no=1, title=2, value=3, bd=[4, 5], link=6, unit=None), ncols=6,
        widths=[6, 60, 12, 14, 14, 14],
        bd_kind="partition",
        yesno=yn_da, share=num,
        link_text="документ",   # links are hyperlinks behind the word «документ»
        footer=["Директор школы ____________ В. П. Шкляев"],
    )


# ---------------------------------------- 6. СОШ № 3: Ед. изм. | Значение (всего) | по ролям -------------------
U6 = "https://berezovoyarsk-sosh3.ru/nastavnichestvo/"
C6 = "https://cloud.mail.ru/public/Jx4N/bT7c2sWq1/"
def form_sosh3():
    d = SOSH3
    P = U6 + "prikaz_166_nastavnicheskie_pary.pdf"
    PP = U6 + "prikaz_171_programmy.pdf"
    rows = [
        S("1. Нормативное обеспечение"),
        R("1.1", "Положение о наставничестве педагогических работников МБОУ «СОШ № 3»", "orgs_regulation_teachers",
          link=U6 + "polozhenie_pedagogi.pdf", unit="да/нет"),
        R("1.2", "Положение о наставничестве обучающихся МБОУ «СОШ № 3»", "orgs_regulation_students",
          link=U6 + "polozhenie_obuchayushchiesya.pdf", unit="да/нет"),
        R("1.3", "Приказ о мониторинге внедрения ЦМН", "orgs_monitoring_order", link=U6 + "prikaz_241_monitoring.pdf",
          unit="да/нет"),
        R("1.4", "Справка по результатам внутреннего мониторинга ЦМН", "internal_monitoring_notes",
          link=C6 + "Справка_ЦМН_2024.pdf", unit="да/нет"),
        R("1.5", "Кураторы ЦМН", "curators_total", bd=(1, None, None), link=U6 + "prikaz_158_kurator.pdf",
          unit="чел."),
        S("2. Участники программ наставничества"),
        R("2.1", "Наставники (приказ о закреплении наставнических пар)", "mentors_total", bd=(24, 12, 3), link=P,
          unit="чел."),
        R("2.2", "Наставляемые (приказ о закреплении наставнических пар)", "mentees_total", bd=(9, 58, None),
          link=P, unit="чел."),
        R("2.3", "Педагоги-наставники", "teachers_mentors", bd=(24, None, None), link=P, unit="чел."),
        R("2.4", "из них молодые специалисты", "young_specialists_mentors", bd=(2, None, None), link=P,
          unit="чел."),
        R("2.5", "Обучающиеся 15–19 лет, выступающие наставниками", "mentors_15_19", bd=(None, 12, None), link=P,
          unit="чел."),
        R("2.6", "Наставники из колледжа", "external_edu_mentors", bd=(None, None, 2), link=P, unit="чел."),
        R("2.7", "Наставник от предприятия (АО «Березовоярский леспромхоз»)", "enterprise_mentors",
          bd=(None, None, 1), link=P, unit="чел."),
        N("2.8", "Наставнические пары и группы", 44, link=P, unit="ед."),
        N("2.9", "Родители, участвующие в наставничестве", 4, unit="чел."),
        S("3. Обучающиеся"),
        R("3.1", "Обучающиеся 10–19 лет (всего)", "students_10_19", unit="чел."),
        R("3.2", "Обучающиеся 10–19 лет в роли наставляемых", "mentees_10_19", bd=(None, 58, None), link=P,
          unit="чел."),
        R("3.3", "в т.ч. из «группы риска»", "mentees_risk", link=P, unit="чел."),
        R("3.4", "в т.ч. дети с ОВЗ и дети-инвалиды", "mentees_disabled", link=P, unit="чел."),
        R("3.5", "в т.ч. одарённые", "mentees_gifted", link=P, unit="чел."),
        R("3.6", "в т.ч. с низкой мотивацией к учёбе", "mentees_low_motivation", link=P, unit="чел."),
        R("3.7", "в т.ч. с проблемами профессионального самоопределения", "mentees_career", link=P, unit="чел."),
        R("3.8", "в т.ч. иные категории", "mentees_other_params", unit="чел."),
        R("3.9", "Доля обучающихся 10–19 лет — наставляемых", "share_mentees_10_19", unit="%"),
        R("3.10", "Обучающиеся 15–19 лет (всего)", "students_15_19", unit="чел."),
        R("3.11", "Доля обучающихся 15–19 лет — наставников", "share_mentors_15_19", unit="%"),
        N("3.12", "Встречи наставников с наставляемыми (по журналам)", 530, unit="ед."),
        S("4. Педагогические работники"),
        R("4.1", "Молодые специалисты (возраст до 35 лет, первые 3 года работы)", "young_specialists",
          bd=(5, None, None), unit="чел."),
        R("4.2", "из них наставляемые", "young_specialists_mentees", bd=(5, None, None), link=P, unit="чел."),
        R("4.3", "Педагоги (без молодых специалистов)", "teachers_other", bd=(42, None, None), unit="чел."),
        R("4.4", "из них наставляемые", "teachers_other_mentees", bd=(4, None, None), link=P, unit="чел."),
        R("4.5", "Доля педагогов-наставляемых", "share_teachers_mentees", unit="%"),
        R("4.6", "Доля педагогов-наставников", "share_teachers_mentors", unit="%"),
        R("4.7", "Педагоги — участники утверждённых персонализированных программ", "teachers_in_pp",
          bd=(27, None, None), link=PP, unit="чел."),
        R("4.8", "Обучены на КПК по вопросам наставничества (2024)", "kpk_trained", bd=(3, None, None),
          link=C6 + "Удостоверения_КПК.pdf", unit="чел."),
        R("4.9", "Методическое объединение наставников (ШМО)", "school_methodical_associations",
          link=U6 + "prikaz_160_shmo.pdf", unit="ед."),
        S("5. Персонализированные программы"),
        R("5.1", "Персонализированные программы наставничества — всего", "pp_total", bd=(30, 14, 1), link=PP,
          unit="ед."),
        R("5.2", "в т.ч. «ученик – ученик»", "pp_pupil_pupil", link=PP, unit="ед."),
        R("5.3", "в т.ч. «учитель – учитель»", "pp_teacher_teacher", link=PP, unit="ед."),
        R("5.4", "в т.ч. «администратор – педагог»", "pp_head_teacher", link=PP, unit="ед."),
        R("5.5", "в т.ч. «учитель – ученик»", "pp_teacher_pupil", link=PP, unit="ед."),
        R("5.6", "в т.ч. иная форма («работодатель – ученик»)", "pp_other", unit="ед."),
        S("6. Взаимодействие с партнёрами"),
        R("6.1", "Соглашения с ПОО о предоставлении наставников", "agreements_edu_orgs",
          link=C6 + "Соглашение_АТК.pdf", unit="ед."),
        R("6.2", "Соглашения с предприятиями о предоставлении наставников", "agreements_enterprises",
          link=C6 + "Соглашение_леспромхоз.pdf", unit="ед."),
        R("6.3", "Партнёры (перечень)", "partner_list", unit="—"),
        S("7. Стимулирование наставников"),
        R("7.1", "Локальные акты об оплате наставничества", "pay_acts", link=U6 + "polozhenie_oplata_truda.pdf",
          unit="ед."),
        R("7.2", "Локальные акты о нематериальном поощрении", "nonmaterial_acts",
          link=U6 + "polozhenie_pooshchrenie.pdf", unit="ед."),
        N("7.3", "Наставники, получившие стимулирующие выплаты в 2024 г.", 18, bd=(18, None, None), unit="чел."),
        S("8. Удовлетворённость участников"),
        R("8.1", "Удовлетворённость наставляемых", "satisfaction_mentees", link=C6 + "Анкетирование_2024.pdf",
          unit="%"),
        R("8.2", "Удовлетворённость наставников", "satisfaction_mentors", link=C6 + "Анкетирование_2024.pdf",
          unit="%"),
    ]
    return dict(
        file="typed/sosh3_znachenie_vsego_po_rolyam.xlsx", sheet="Отчёт ЦМН", org=d["org"], data=d, rows=rows,
        titles=[("merged", "Отчёт о реализации целевой модели наставничества в " + d["org"] + " за 2024 год")],
        header=[["№ п/п", "Наименование показателя", "Ед. изм.", "Значение показателя (всего)", "в т.ч. педагоги",
                 "в т.ч. обучающиеся", "в т.ч. представители других организаций",
                 "Ссылка на подтверждающий материал"]],
        header_merges=[], numbering=True,
        cols=dict(no=1, title=2, value=4, bd=[5, 6, 7], link=8, unit=3), ncols=8,
        widths=[7, 60, 8, 14, 11, 12, 15, 56],
        bd_kind="partition",
        yesno=yn_da, share=pct_comma,
        footer=["Директор ____________ С. А. Бушмакина", "16.01.2025"],
    )


FORMS = [form_sosh1, form_cdt, form_gimn2, form_sosh5, form_kluchi, form_sosh3]


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="E2EFDA")


def typed_value(form, crit, v, override):
    if override is not None:
        return override
    unit = crit["unit"]
    if unit == "share":
        return form["share"](v)
    # an organisation answers the criteria the municipality counts as «да» (count_yes) with yes / no
    if unit == "yesno" or crit["aggregation"] == "count_yes":
        return form["yesno"](v)
    if isinstance(v, float) and v == int(v) and unit == "level":
        return int(v)
    return v


def build(form, cat, cells, breakdown):
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    cols = form["cols"]
    ncols = form["ncols"]
    for i, w in enumerate(form["widths"], start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    r = 1
    for t in form["titles"]:
        if t[0] == "merged":
            ws.cell(r, 1, t[1]).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        elif t[0] == "note":
            ws.cell(r, 1, t[1]).font = Font(italic=True, size=10)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        else:
            ws.cell(r, cols["title"], t[1]).font = Font(bold=True)
            ws.cell(r, cols["title"] + 1, t[2])
            ws.merge_cells(start_row=r, start_column=cols["title"] + 1, end_row=r, end_column=ncols)
        r += 1
    r += 1
    top = r
    for hrow in form["header"]:
        for c, h in enumerate(hrow, start=1):
            cell = ws.cell(r, c, h)
            cell.font = Font(bold=True)
            cell.border = BOX
            cell.fill = HEAD_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
    for (r0, c0, r1, c1) in form["header_merges"]:
        ws.merge_cells(start_row=top + r0, start_column=c0, end_row=top + r1, end_column=c1)
    if form["numbering"]:
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c, c)
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center")
            cell.font = Font(italic=True, size=9)
        r += 1
    header_text = {c: " ".join(str(h[c - 1]) for h in form["header"] if h[c - 1]) for c in range(1, ncols + 1)}
    d = form["data"]
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    seen = set()

    def put_link(row, link):
        lc = ws.cell(row, cols["link"])
        if form.get("link_text"):
            lc.value = form["link_text"]
            lc.hyperlink = link
            lc.font = Font(color="0563C1", underline="single")
        else:
            lc.value = link
        return lc

    def put_bd(row, bd, title, cid):
        if bd is None:
            return
        assert len(bd) == len(cols["bd"]), (form["file"], title)
        for c, v in zip(cols["bd"], bd):
            if v is None:
                continue
            ws.cell(row, c, v)
            breakdown.append({"file": form["file"], "sheet": form["sheet"], "cell": ws.cell(row, c).coordinate,
                              "column": header_text[c], "value": v, "row_title": title, "criterion": cid})

    for row in form["rows"]:
        if row[0] == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            entry["headings"].append(row[1])
            r += 1
            continue
        if row[0] == "R":
            _, no, title, cid, bd, link, override, unit_text = row
            assert cid in cat, cid
            c = cat[cid]
            assert c["level"] == "org" and c["wording_2024"].strip(), cid + " is not a 2024 org criterion"
            assert c["aggregation"] not in ("forms", "sum_of"), cid
            assert cid not in seen, (form["file"], cid)
            seen.add(cid)
            v = d[cid]
            tv = typed_value(form, c, v, override)
            if c["unit"] in ("share", "yesno") or c["aggregation"] == "count_yes":
                assert bd is None, (form["file"], cid, "shares and yes/no fill only the total")
            ws.cell(r, cols["no"], no)
            ws.cell(r, cols["title"], title)
            vc = ws.cell(r, cols["value"], tv)
            if isinstance(tv, float):
                vc.number_format = "0.00" if c["unit"] == "share" else "0.0"
            if cols["unit"] and unit_text:
                ws.cell(r, cols["unit"], unit_text)
            put_bd(r, bd, title, cid)
            entry["values"][cid] = v
            cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate, "criterion": cid,
                          "kind": "value", "expected": v, "typed": tv, "row_title": title})
            if link:
                lc = put_link(r, link)
                entry["links"][cid] = link
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": lc.coordinate,
                              "criterion": cid, "kind": "link", "expected": link, "row_title": title})
        else:
            _, no, title, value, bd, link, unit_text = row
            ws.cell(r, cols["no"], no)
            ws.cell(r, cols["title"], title)
            ws.cell(r, cols["value"], value)
            if cols["unit"] and unit_text:
                ws.cell(r, cols["unit"], unit_text)
            put_bd(r, bd, title, None)
            if link:
                put_link(r, link)
            entry["not_criteria"].append(title)
        for cc in range(1, ncols + 1):
            cell = ws.cell(r, cc)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=(cc in (cols["title"], cols["link"])), vertical="top",
                                       horizontal=("center" if cc in [cols["value"]] + cols["bd"] else None))
        r += 1
    r += 1
    for t in form.get("footer", []):
        ws.cell(r, cols["title"], t)
        r += 1
    TYPED.mkdir(exist_ok=True)
    buf = io.BytesIO()
    wb.save(buf)
    save_pinned(buf.getvalue(), HERE / form["file"])
    return entry


def save_pinned(data, path):
    """Re-zip with fixed entry times so that reruns give byte-identical files."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps «modified» with the time of saving
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>",
                              body)
            dst.writestr(zi, body)
    path.write_bytes(out.getvalue())


def main():
    cat = load_catalogue()
    cells, breakdown, expected = [], [], []
    for f in FORMS:
        expected.append(build(f(), cat, cells, breakdown))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "breakdown_cells": breakdown}, ensure_ascii=False,
                                                indent=1) + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings, {len(breakdown)} breakdown cells")
    for e in expected:
        nc = [k for k in e["values"] if k not in ("students_10_19", "students_15_19", "young_specialists",
                                                   "teachers_other")]
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links "
              f"({100.0 * len(e['links']) / len(nc):.0f} % of {len(nc)} non-contingent), "
              f"{len(e['not_criteria'])} not-criteria, {len(e['headings'])} headings")


if __name__ == "__main__":
    main()
