#!/usr/bin/env python3
"""heldout125: a municipal methodologist's SUMMARY workbooks of the 2024 ЦМН monitoring.

A and B: criteria are ROWS, organisations are COLUMN PAIRS (a merged name cell over «Знач.» | «Док.»), then an
«Итого …» column that is not an organisation. B has a three-row header («Образовательные организации» over all).
C: the same summary transposed (organisations are rows, every criterion column is followed by its «ссылка»
column), with an «Итого …» row. Deterministic (no randomness, fixed document times).

Writes typed/*.xlsx, expected.json and cells.json next to this script.
"""
import base64
import csv
import datetime
import hashlib
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
FIXED_TIME = datetime.datetime(2025, 1, 20, 9, 30, 0)

CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


def z(d, k):
    v = d.get(k)
    return 0 if v is None else v


def derive(d):
    """d holds the organisation's own figures; None = the cell is left empty (counts as 0 in sums).
    Adds the totals and the shares that follow from them."""
    d = dict(d)
    d["mentees_10_19"] = sum(z(d, k) for k in GROUPS)
    d["pp_total"] = sum(z(d, k) for k in PP_FORMS)
    d["mentors_total"] = (z(d, "teachers_mentors") + z(d, "mentors_15_19") + z(d, "external_edu_mentors")
                          + z(d, "enterprise_mentors") + z(d, "other_org_mentors"))
    d["mentees_total"] = d["mentees_10_19"] + z(d, "young_specialists_mentees") + z(d, "teachers_other_mentees")
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = (pct(d["young_specialists_mentees"], d["young_specialists"])
                                            if d["young_specialists"] else None)
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"], d["org"]
    assert d["young_specialists_mentees"] <= d["young_specialists"], d["org"]
    assert d["teachers_other_mentees"] <= d["teachers_other"], d["org"]
    assert z(d, "young_specialists_mentors") <= min(d["young_specialists"], d["teachers_mentors"]), d["org"]
    assert z(d, "teachers_in_pp") <= teachers, d["org"]
    assert d["teachers_mentors"] <= teachers, d["org"]
    return d


# ----------------------------------------------------------------------------------------------------------------
# Documents behind the «Док.» / «ссылка» cells
# ----------------------------------------------------------------------------------------------------------------
DOC = {
    "orgs_regulation_teachers": "polozhenie_nastavnichestvo_pedagogov.pdf",
    "orgs_regulation_students": "polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
    "orgs_monitoring_order": "prikaz_monitoring_CMN_2024.pdf",
    "internal_monitoring_notes": "spravka_vnutrenniy_monitoring_2024.pdf",
    "pay_acts": "polozhenie_o_doplatah_nastavnikam.pdf",
    "nonmaterial_acts": "polozhenie_nematerialnoe_pooshchrenie.pdf",
    "curators_total": "prikaz_kurator_CMN.pdf",
    "mentors_total": "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
    "teachers_mentors": "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
    "young_specialists_mentors": "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
    "mentors_15_19": "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
    "external_edu_mentors": "soglashenie_OO_nastavniki.pdf",
    "enterprise_mentors": "soglashenie_predpriyatie_nastavniki.pdf",
    "other_org_mentors": "soglashenie_partnery_nastavniki.pdf",
    "mentees_total": "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
    "agreements_edu_orgs": "soglashenie_OO_nastavniki.pdf",
    "agreements_enterprises": "soglashenie_predpriyatie_nastavniki.pdf",
    "agreements_other_orgs": "soglashenie_partnery_nastavniki.pdf",
    "partner_list": "partnery_nastavnichestvo.pdf",
    "agreement_subjects": "soglasheniya_2024.pdf",
    "pp_total": "personalizirovannye_programmy_2024.pdf",
    "teachers_in_pp": "personalizirovannye_programmy_2024.pdf",
    "mentees_10_19": "baza_nastavlyaemyh_2024.xlsx",
    "kpk_trained": "udostovereniya_KPK_2024.pdf",
    "kpk_courses": "udostovereniya_KPK_2024.pdf",
    "school_methodical_associations": "prikaz_SHMO_nastavnikov.pdf",
    "young_specialists_mentees": "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
    "teachers_other_mentees": "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
    "satisfaction_mentees": "anketirovanie_udovletvorennost_2024.pdf",
    "satisfaction_mentors": "anketirovanie_udovletvorennost_2024.pdf",
}
for _k in PP_FORMS:
    DOC[_k] = "personalizirovannye_programmy_2024.pdf"
for _k in GROUPS:
    DOC[_k] = "baza_nastavlyaemyh_2024.xlsx"


def url_for(org, cid):
    doc = DOC[cid]
    style = org["links"]
    if style == "yadisk" or (style == "site+yadisk" and doc.endswith(".xlsx")):
        tok = base64.urlsafe_b64encode(hashlib.sha1((org["org"] + doc).encode()).digest()).decode()[:14]
        return f"https://disk.yandex.ru/d/{tok}"
    if style == "mailcloud":
        h = hashlib.sha1((org["org"] + doc).encode()).hexdigest()
        return f"https://cloud.mail.ru/public/{h[:4]}/{h[4:13]}"
    return f"https://{org['site']}/{org.get('path', 'nastavnichestvo')}/{doc}"


# ----------------------------------------------------------------------------------------------------------------
# File A: Каменноключевский муниципальный округ, 7 organisations, sheet «Свод»
# ----------------------------------------------------------------------------------------------------------------
A_ORGS = [
    derive(dict(
        org="СОШ № 1", site="sosh1-kamklyuch.ru", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=1, nonmaterial_acts=1, curators_total=2,
        teachers_mentors=21, mentors_15_19=18, external_edu_mentors=2, enterprise_mentors=3,
        agreements_edu_orgs=1, agreements_enterprises=2,
        partner_list="ГБПОУ «Каменноключевский индустриальный техникум»; АО «Ключевской механический завод»; "
                     "ООО «Леспромхоз «Северный»",
        pp_pupil_pupil=17, pp_teacher_teacher=9, pp_head_teacher=3, pp_teacher_pupil=24, pp_student_pupil=2,
        pp_other=1, teachers_in_pp=31,
        students_10_19=486, mentees_risk=11, mentees_disabled=7, mentees_gifted=9, mentees_low_motivation=16,
        mentees_career=13, mentees_other_params=6, students_15_19=131,
        young_specialists=8, young_specialists_mentees=7, teachers_other=46, teachers_other_mentees=5,
        kpk_trained=6, school_methodical_associations=1, satisfaction_mentees=92, satisfaction_mentors=89,
        nc=dict(pairs=58, parents=12, events=9),
    )),
    derive(dict(
        org="СОШ № 2", site="school2-kamklyuch.ru", path="sveden/nastavnichestvo", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=1, nonmaterial_acts=0, curators_total=1,
        teachers_mentors=16, mentors_15_19=12, external_edu_mentors=1, enterprise_mentors=1,
        agreements_edu_orgs=1, agreements_enterprises=1,
        partner_list="Каменноключевский филиал ФГБОУ ВО «Уральский государственный педагогический университет»; "
                     "ООО «Ключевской хлебокомбинат»",
        pp_pupil_pupil=12, pp_teacher_teacher=6, pp_head_teacher=2, pp_teacher_pupil=18, pp_student_pupil=0,
        pp_other=None, teachers_in_pp=22,
        students_10_19=378, mentees_risk=8, mentees_disabled=5, mentees_gifted=6, mentees_low_motivation=12,
        mentees_career=9, mentees_other_params=4, students_15_19=97,
        young_specialists=5, young_specialists_mentees=5, teachers_other=38, teachers_other_mentees=3,
        kpk_trained=4, school_methodical_associations=1, satisfaction_mentees=88.5, satisfaction_mentors=90,
        nc=dict(pairs=41, parents=7, events=6),
    )),
    derive(dict(
        org="Гимназия", site="gimnaziya-kamklyuch.ru", links="site", dok=True,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=1, nonmaterial_acts=1, curators_total=2,
        teachers_mentors=25, mentors_15_19=24, external_edu_mentors=3, enterprise_mentors=0,
        agreements_edu_orgs=2, agreements_enterprises=0,
        partner_list="ФГАОУ ВО «Пермский государственный национальный исследовательский университет»; "
                     "ГБПОУ «Каменноключевский медицинский колледж»",
        pp_pupil_pupil=22, pp_teacher_teacher=11, pp_head_teacher=4, pp_teacher_pupil=19, pp_student_pupil=3,
        pp_other=2, teachers_in_pp=38,
        students_10_19=512, mentees_risk=4, mentees_disabled=3, mentees_gifted=21, mentees_low_motivation=10,
        mentees_career=15, mentees_other_params=8, students_15_19=158,
        young_specialists=6, young_specialists_mentees=6, teachers_other=49, teachers_other_mentees=7,
        kpk_trained=9, school_methodical_associations=2, satisfaction_mentees=95, satisfaction_mentors=93,
        nc=dict(pairs=64, parents=15, events=11),
    )),
    derive(dict(
        org="СОШ с. Покровское", site="pokrovskaya-sosh.ru", links="site+yadisk", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=0, nonmaterial_acts=1, curators_total=1,
        teachers_mentors=9, mentors_15_19=6, external_edu_mentors=0, enterprise_mentors=2,
        agreements_edu_orgs=0, agreements_enterprises=1,
        partner_list="СПК «Покровский»",
        pp_pupil_pupil=5, pp_teacher_teacher=3, pp_head_teacher=1, pp_teacher_pupil=9, pp_student_pupil=None,
        pp_other=0, teachers_in_pp=12,
        students_10_19=164, mentees_risk=5, mentees_disabled=3, mentees_gifted=2, mentees_low_motivation=7,
        mentees_career=4, mentees_other_params=1, students_15_19=38,
        young_specialists=2, young_specialists_mentees=2, teachers_other=21, teachers_other_mentees=2,
        kpk_trained=2, school_methodical_associations=1, satisfaction_mentees=90, satisfaction_mentors=86,
        nc=dict(pairs=19, parents=4, events=3),
    )),
    derive(dict(
        org="ООШ д. Ключи", links="yadisk", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
        pay_acts=0, nonmaterial_acts=1, curators_total=1,
        teachers_mentors=5, mentors_15_19=3, external_edu_mentors=0, enterprise_mentors=1,
        agreements_edu_orgs=0, agreements_enterprises=1,
        partner_list="КФХ Мальцева А. И.",
        pp_pupil_pupil=3, pp_teacher_teacher=1, pp_head_teacher=0, pp_teacher_pupil=5, pp_student_pupil=None,
        pp_other=None, teachers_in_pp=6,
        students_10_19=58, mentees_risk=3, mentees_disabled=2, mentees_gifted=0, mentees_low_motivation=4,
        mentees_career=1, mentees_other_params=0, students_15_19=9,
        young_specialists=0, young_specialists_mentees=0, teachers_other=11, teachers_other_mentees=1,
        kpk_trained=1, school_methodical_associations=0, satisfaction_mentees=94, satisfaction_mentors=91,
        nc=dict(pairs=9, parents=3, events=2),
    )),
    derive(dict(
        org="ООШ с. Берёзовка", site="berezovka-oosh.ru", path="nastavnichestvo", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=0, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=0, nonmaterial_acts=0, curators_total=1,
        teachers_mentors=6, mentors_15_19=2, external_edu_mentors=1, enterprise_mentors=0,
        agreements_edu_orgs=1, agreements_enterprises=0,
        partner_list="ГБПОУ «Каменноключевский индустриальный техникум»",
        pp_pupil_pupil=2, pp_teacher_teacher=1, pp_head_teacher=0, pp_teacher_pupil=6, pp_student_pupil=None,
        pp_other=1, teachers_in_pp=7,
        students_10_19=71, mentees_risk=2, mentees_disabled=4, mentees_gifted=1, mentees_low_motivation=5,
        mentees_career=2, mentees_other_params=1, students_15_19=11,
        young_specialists=1, young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=0,
        kpk_trained=0, school_methodical_associations=0, satisfaction_mentees=87, satisfaction_mentors=None,
        nc=dict(pairs=12, parents=5, events=2),
    )),
    derive(dict(
        org="ЦДТ", site="cdt-kamklyuch.ru", links="site", dok=True,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=0, nonmaterial_acts=1, curators_total=1,
        teachers_mentors=14, mentors_15_19=9, external_edu_mentors=0, enterprise_mentors=1,
        agreements_edu_orgs=0, agreements_enterprises=1,
        partner_list="АО «Ключевской механический завод»",
        pp_pupil_pupil=8, pp_teacher_teacher=4, pp_head_teacher=1, pp_teacher_pupil=15, pp_student_pupil=0,
        pp_other=2, teachers_in_pp=19,
        students_10_19=684, mentees_risk=1, mentees_disabled=6, mentees_gifted=28, mentees_low_motivation=2,
        mentees_career=None, mentees_other_params=9, students_15_19=142,
        young_specialists=3, young_specialists_mentees=3, teachers_other=27, teachers_other_mentees=2,
        kpk_trained=3, school_methodical_associations=1, satisfaction_mentees=96, satisfaction_mentors=94,
        nc=dict(pairs=38, parents=21, events=8),
    )),
]

# row kinds: ("S", text) section; ("R", no, title, cid, indent); ("N", no, title, nc_key, indent)
A_ROWS = [
    ("S", "1. Нормативная база"),
    ("R", 1, "Положение о наставничестве педработников (да/нет)", "orgs_regulation_teachers", 0),
    ("R", 2, "Положение о наставничестве обучающихся (да/нет)", "orgs_regulation_students", 0),
    ("R", 3, "Приказ о мониторинге ЦМН (да/нет)", "orgs_monitoring_order", 0),
    ("R", 4, "Аналит. справка по внутр. мониторингу ЦМН (да/нет)", "internal_monitoring_notes", 0),
    ("R", 5, "Акты об оплате труда наставников, шт.", "pay_acts", 0),
    ("R", 6, "Акты о нематериальном стимулировании наставников, шт.", "nonmaterial_acts", 0),
    ("S", "2. Участники и партнёры"),
    ("R", 7, "Кураторы ЦМН в ОО, чел.", "curators_total", 0),
    ("R", 8, "Наставники всего (по приказам ОО)", "mentors_total", 0),
    ("R", 9, "в т.ч. педагоги ОО", "teachers_mentors", 1),
    ("R", 10, "в т.ч. обучающиеся 15–19 лет", "mentors_15_19", 1),
    ("R", 11, "в т.ч. из др. ОО (школы, ССУЗы, вузы)", "external_edu_mentors", 1),
    ("R", 12, "в т.ч. от предприятий", "enterprise_mentors", 1),
    ("R", 13, "Наставляемые всего (по приказам ОО)", "mentees_total", 0),
    ("N", 14, "Наставнических пар/групп по приказам", "pairs", 0),
    ("R", 15, "Соглашения с ОО о наставниках", "agreements_edu_orgs", 0),
    ("R", 16, "Соглашения с предприятиями о наставниках", "agreements_enterprises", 0),
    ("R", 17, "Партнёры (перечень организаций)", "partner_list", 0),
    ("S", "3. Персонализированные программы наставничества (ППН)"),
    ("R", 18, "ППН всего, ед.", "pp_total", 0),
    ("R", 19, "уч-ся – уч-ся", "pp_pupil_pupil", 1),
    ("R", 20, "пед. – пед.", "pp_teacher_teacher", 1),
    ("R", 21, "рук. – пед.", "pp_head_teacher", 1),
    ("R", 22, "пед. – уч-ся", "pp_teacher_pupil", 1),
    ("R", 23, "студ. – уч-ся", "pp_student_pupil", 1),
    ("R", 24, "иная (какая — в прим. ОО)", "pp_other", 1),
    ("R", 25, "Педагоги, занятые в ППН", "teachers_in_pp", 0),
    ("S", "4. Обучающиеся"),
    ("R", 26, "Обуч-ся 10–19 лет (всего в ОО)", "students_10_19", 0),
    ("R", 27, "Наставляемые 10–19 лет", "mentees_10_19", 0),
    ("R", 28, "группа риска (ВШУ, ПДН, КДН)", "mentees_risk", 1),
    ("R", 29, "ОВЗ, дети-инвалиды", "mentees_disabled", 1),
    ("R", 30, "одарённые (по реестру)", "mentees_gifted", 1),
    ("R", 31, "низкая мотивация / неуспевающие", "mentees_low_motivation", 1),
    ("R", 32, "проблемы с выбором профессии", "mentees_career", 1),
    ("R", 33, "иные параметры", "mentees_other_params", 1),
    ("R", 34, "% наставляемых 10–19 лет", "share_mentees_10_19", 0),
    ("R", 35, "Обуч-ся 15–19 лет (всего в ОО)", "students_15_19", 0),
    ("R", 36, "% наставников среди обуч-ся 15–19 лет", "share_mentors_15_19", 0),
    ("N", 37, "Родители, вовлечённые в наставничество", "parents", 0),
    ("S", "5. Педагоги"),
    ("R", 38, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", 0),
    ("R", 39, "из них наставляемые", "young_specialists_mentees", 1),
    ("R", 40, "% мол. спец. в роли наставляемых", "share_young_specialists_mentees", 0),
    ("R", 41, "Педагоги без мол. специалистов", "teachers_other", 0),
    ("R", 42, "из них наставляемые", "teachers_other_mentees", 1),
    ("R", 43, "% педагогов-наставляемых (все педагоги)", "share_teachers_mentees", 0),
    ("R", 44, "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", 0),
    ("R", 45, "ШМО наставников, кол-во", "school_methodical_associations", 0),
    ("N", 46, "Семинары, встречи по наставничеству за год", "events", 0),
    ("S", "6. Удовлетворённость завершёнными программами (анкетирование), %"),
    ("R", 47, "наставляемые", "satisfaction_mentees", 1),
    ("R", 48, "наставники", "satisfaction_mentors", 1),
]

# ----------------------------------------------------------------------------------------------------------------
# File B: Усть-Вадинский муниципальный район, 5 organisations, three header rows
# ----------------------------------------------------------------------------------------------------------------
B_ORGS = [
    derive(dict(
        org="Лицей № 1", site="licey1-ustvad.ru", links="site", dok=True,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=1, nonmaterial_acts=1,
        teachers_mentors=28, mentors_15_19=27, external_edu_mentors=2, enterprise_mentors=2, other_org_mentors=1,
        agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
        partner_list="ФГБОУ ВО «Пензенский государственный университет»; ГБПОУ «Усть-Вадинский "
                     "многопрофильный колледж»; АО «Вадинский приборный завод»; МБУК «Усть-Вадинская "
                     "центральная библиотека»",
        pp_pupil_pupil=19, pp_teacher_teacher=10, pp_head_teacher=3, pp_teacher_pupil=25, pp_other=2,
        students_10_19=540, mentees_risk=6, mentees_disabled=4, mentees_gifted=18, mentees_low_motivation=12,
        mentees_career=16, mentees_other_params=7, students_15_19=176,
        young_specialists=9, young_specialists_mentees=8, teachers_other=52, teachers_other_mentees=6,
        kpk_trained=7,
        kpk_courses="«Наставничество в образовательной организации: технологии и практики», 36 ч. (ИРО); "
                    "«Школа педагога-наставника», 24 ч.",
        school_methodical_associations=1, satisfaction_mentees=93, satisfaction_mentors=91,
        nc=dict(qual=4, sub14_18=41, plan2025=60),
    )),
    derive(dict(
        org="МБОУ «Средняя общеобразовательная школа № 2»", site="sosh2-ustvad.edusite.ru", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=1, nonmaterial_acts=0,
        teachers_mentors=17, mentors_15_19=14, external_edu_mentors=1, enterprise_mentors=1, other_org_mentors=0,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="ГБПОУ «Усть-Вадинский многопрофильный колледж»; ООО «Вадинское молоко»",
        pp_pupil_pupil=13, pp_teacher_teacher=7, pp_head_teacher=2, pp_teacher_pupil=17, pp_other=1,
        students_10_19=402, mentees_risk=10, mentees_disabled=6, mentees_gifted=5, mentees_low_motivation=13,
        mentees_career=8, mentees_other_params=3, students_15_19=103,
        young_specialists=6, young_specialists_mentees=5, teachers_other=40, teachers_other_mentees=4,
        kpk_trained=4, kpk_courses="КПК «Организация наставничества в школе», 72 ч.",
        school_methodical_associations=1, satisfaction_mentees=89, satisfaction_mentors=87,
        nc=dict(qual=2, sub14_18=27, plan2025=36),
    )),
    derive(dict(
        org="МБОУ «Основная общеобразовательная школа с. Тойма»", links="mailcloud", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
        pay_acts=0, nonmaterial_acts=0,
        teachers_mentors=5, mentors_15_19=2, external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=1,
        agreements_edu_orgs=None, agreements_enterprises=1, agreements_other_orgs=1,
        partner_list="СПК (колхоз) «Тойма»; Тойминская сельская библиотека",
        pp_pupil_pupil=2, pp_teacher_teacher=1, pp_head_teacher=0, pp_teacher_pupil=4, pp_other=0,
        students_10_19=63, mentees_risk=3, mentees_disabled=1, mentees_gifted=0, mentees_low_motivation=3,
        mentees_career=2, mentees_other_params=0, students_15_19=10,
        young_specialists=1, young_specialists_mentees=1, teachers_other=12, teachers_other_mentees=1,
        kpk_trained=1, kpk_courses="«Наставничество в школе», 16 ч. (дистанционно)",
        school_methodical_associations=0, satisfaction_mentees=90, satisfaction_mentors=88,
        nc=dict(qual=0, sub14_18=4, plan2025=8),
    )),
    derive(dict(
        org="СОШ п. Лесной", site="lesnoy-school.ru", path="files/cmn", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=1, nonmaterial_acts=0,
        teachers_mentors=11, mentors_15_19=7, external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=0,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="ГБПОУ «Усть-Вадинский лесотехнический техникум»; АО «Лесновский ДОК»",
        pp_pupil_pupil=6, pp_teacher_teacher=4, pp_head_teacher=1, pp_teacher_pupil=11, pp_other=0,
        students_10_19=221, mentees_risk=7, mentees_disabled=4, mentees_gifted=3, mentees_low_motivation=8,
        mentees_career=6, mentees_other_params=2, students_15_19=49,
        young_specialists=3, young_specialists_mentees=3, teachers_other=26, teachers_other_mentees=2,
        kpk_trained=2, kpk_courses="«Наставник: роль, функции, инструменты», 36 ч.",
        school_methodical_associations=1, satisfaction_mentees=91, satisfaction_mentors=85,
        nc=dict(qual=1, sub14_18=15, plan2025=22),
    )),
    derive(dict(
        org="ЦВР «Радуга»", site="raduga-ustvad.ru", links="site+yadisk", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=0, nonmaterial_acts=1,
        teachers_mentors=12, mentors_15_19=8, external_edu_mentors=0, enterprise_mentors=0, other_org_mentors=2,
        agreements_edu_orgs=0, agreements_enterprises=0, agreements_other_orgs=1,
        partner_list="МБУК «Усть-Вадинский районный краеведческий музей»",
        pp_pupil_pupil=7, pp_teacher_teacher=3, pp_head_teacher=1, pp_teacher_pupil=12, pp_other=1,
        students_10_19=590, mentees_risk=0, mentees_disabled=5, mentees_gifted=22, mentees_low_motivation=1,
        mentees_career=6, mentees_other_params=8, students_15_19=118,
        young_specialists=2, young_specialists_mentees=2, teachers_other=31, teachers_other_mentees=1,
        kpk_trained=2, kpk_courses="«Наставничество в дополнительном образовании детей», 36 ч.",
        school_methodical_associations=1, satisfaction_mentees=97, satisfaction_mentors=95,
        nc=dict(qual=1, sub14_18=30, plan2025=25),
    )),
]

B_ROWS = [
    ("S", "I. Локальные акты ОО"),
    ("R", "1", "Утверждено положение о наставничестве для педагогов", "orgs_regulation_teachers", 0),
    ("R", "2", "Утверждено положение о наставничестве для учащихся", "orgs_regulation_students", 0),
    ("R", "3", "Издан приказ о проведении мониторинга ЦМН", "orgs_monitoring_order", 0),
    ("R", "4", "Подготовлена справка по результатам внутреннего мониторинга", "internal_monitoring_notes", 0),
    ("R", "5", "Локальные акты о доплатах наставникам, шт.", "pay_acts", 0),
    ("R", "6", "Локальные акты о моральном поощрении наставников, шт.", "nonmaterial_acts", 0),
    ("S", "II. Кадры наставничества"),
    ("R", "7", "Наставников по приказу, всего", "mentors_total", 0),
    ("R", "7.1", "из них педагогов своей ОО", "teachers_mentors", 1),
    ("R", "7.2", "из них учащихся 15–19 лет", "mentors_15_19", 1),
    ("R", "7.3", "из них работников других школ, колледжей, вузов", "external_edu_mentors", 1),
    ("R", "7.4", "из них работников предприятий", "enterprise_mentors", 1),
    ("R", "7.5", "из них работников прочих организаций (музей, библиотека, ДК)", "other_org_mentors", 1),
    ("R", "8", "Наставляемых по приказу, всего", "mentees_total", 0),
    ("N", "9", "План: наставников на 2025 г.", "plan2025", 0),
    ("S", "III. Сетевое взаимодействие"),
    ("R", "10", "Соглашения с образовательными организациями (дают наставников)", "agreements_edu_orgs", 0),
    ("R", "11", "Соглашения с предприятиями (дают наставников)", "agreements_enterprises", 0),
    ("R", "12", "Соглашения с прочими организациями (дают наставников)", "agreements_other_orgs", 0),
    ("R", "13", "Названия организаций-партнёров", "partner_list", 0),
    ("S", "IV. Персонализированные программы (ПП)"),
    ("R", "14", "Количество ПП, всего", "pp_total", 0),
    ("R", "14.1", "ученик – ученик", "pp_pupil_pupil", 1),
    ("R", "14.2", "педагог – педагог", "pp_teacher_teacher", 1),
    ("R", "14.3", "администратор – педагог", "pp_head_teacher", 1),
    ("R", "14.4", "педагог – ученик", "pp_teacher_pupil", 1),
    ("R", "14.5", "другие формы", "pp_other", 1),
    ("S", "V. Учащиеся"),
    ("R", "15", "Учащихся 10–19 лет в ОО", "students_10_19", 0),
    ("R", "16", "Учащиеся 10–19 лет в роли наставляемых", "mentees_10_19", 0),
    ("R", "16.1", "из «группы риска»", "mentees_risk", 1),
    ("R", "16.2", "с ОВЗ, инвалидностью", "mentees_disabled", 1),
    ("R", "16.3", "одарённые", "mentees_gifted", 1),
    ("R", "16.4", "слабоуспевающие, немотивированные", "mentees_low_motivation", 1),
    ("R", "16.5", "не определившиеся с профессией", "mentees_career", 1),
    ("R", "16.6", "прочие", "mentees_other_params", 1),
    ("N", "16.7", "из них учащиеся 14–18 лет (для регионального отчёта)", "sub14_18", 1),
    ("R", "17", "Охват наставничеством учащихся 10–19 лет, %", "share_mentees_10_19", 0),
    ("R", "18", "Учащихся 15–19 лет в ОО", "students_15_19", 0),
    ("R", "19", "Учащиеся-наставники от числа учащихся 15–19 лет, %", "share_mentors_15_19", 0),
    ("S", "VI. Педагоги"),
    ("R", "20", "Молодые специалисты (стаж до 3 лет, моложе 35)", "young_specialists", 0),
    ("R", "20.1", "из них имеют наставника", "young_specialists_mentees", 1),
    ("R", "21", "Остальные педагоги ОО", "teachers_other", 0),
    ("R", "21.1", "из них закреплены за наставником", "teachers_other_mentees", 1),
    ("R", "22", "% молодых специалистов, имеющих наставника", "share_young_specialists_mentees", 0),
    ("R", "23", "% педагогов, имеющих наставника (включая молодых)", "share_teachers_mentees", 0),
    ("R", "24", "Обучены на курсах ПК по наставничеству (2024), чел.", "kpk_trained", 0),
    ("R", "25", "Названия пройденных курсов", "kpk_courses", 0),
    ("R", "26", "ШМО (сообщества) наставников в ОО", "school_methodical_associations", 0),
    ("N", "27", "Педагоги с квалиф. категорией «педагог-наставник»", "qual", 0),
    ("S", "VII. Анкетирование участников завершённых программ"),
    ("R", "28", "Удовлетворены наставляемые, %", "satisfaction_mentees", 0),
    ("R", "29", "Удовлетворены наставники, %", "satisfaction_mentors", 0),
]

# ----------------------------------------------------------------------------------------------------------------
# File C: Чернореченский муниципальный округ, 6 organisations as rows (transposed summary)
# ----------------------------------------------------------------------------------------------------------------
C_ORGS = [
    derive(dict(
        org="МАОУ «СОШ № 1» г. Чернореченска", site="sosh1-chernorechensk.ru", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=3,
        teachers_mentors=26, young_specialists_mentors=3, mentors_15_19=22, external_edu_mentors=2,
        enterprise_mentors=3, other_org_mentors=1,
        agreements_edu_orgs=2, agreements_enterprises=2, agreements_other_orgs=1,
        partner_list="ФГБОУ ВО «Чернореченский государственный технический университет»; ГАПОУ «Чернореченский "
                     "политехнический колледж»; ПАО «Чернореченский шинный завод»; ООО «Речной порт»; "
                     "АНО «Центр молодёжных инициатив»",
        agreement_subjects="Привлечение специалистов вуза, колледжа и предприятий в качестве наставников "
                           "(профориентация, проектная деятельность 8–11 кл.)",
        pp_pupil_pupil=20, pp_teacher_teacher=12, pp_head_teacher=4, pp_student_pupil=2, pp_teacher_pupil=27,
        pp_other=3, teachers_in_pp=41,
        students_10_19=604, mentees_risk=12, mentees_disabled=8, mentees_gifted=11, mentees_low_motivation=19,
        mentees_career=14, mentees_other_params=6, students_15_19=171,
        young_specialists=10, young_specialists_mentees=9, teachers_other=58, teachers_other_mentees=6,
        school_methodical_associations=2, satisfaction_mentees=91, satisfaction_mentors=90,
        nc=dict(over55=7, g5_9=38, contest=2),
    )),
    derive(dict(
        org="МБОУ «СОШ № 4»", site="school4-chern.ru", path="nastavnichestvo/2024", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=1,
        teachers_mentors=15, young_specialists_mentors=1, mentors_15_19=11, external_edu_mentors=1,
        enterprise_mentors=1, other_org_mentors=0,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="ГАПОУ «Чернореченский политехнический колледж»; ООО «Речной порт»",
        agreement_subjects="Наставничество «студент – ученик» и «работодатель – ученик»: профпробы, экскурсии",
        pp_pupil_pupil=10, pp_teacher_teacher=6, pp_head_teacher=1, pp_student_pupil=1, pp_teacher_pupil=14,
        pp_other=0, teachers_in_pp=21,
        students_10_19=352, mentees_risk=9, mentees_disabled=5, mentees_gifted=4, mentees_low_motivation=11,
        mentees_career=7, mentees_other_params=3, students_15_19=88,
        young_specialists=4, young_specialists_mentees=4, teachers_other=35, teachers_other_mentees=3,
        school_methodical_associations=1, satisfaction_mentees=87, satisfaction_mentors=90,
        nc=dict(over55=4, g5_9=24, contest=1),
    )),
    derive(dict(
        org="МБОУ «Лицей»", site="licey-chernorechensk.ru", links="site", dok=True,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=2,
        teachers_mentors=22, young_specialists_mentors=2, mentors_15_19=19, external_edu_mentors=3,
        enterprise_mentors=1, other_org_mentors=0,
        agreements_edu_orgs=3, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="ФГБОУ ВО «Чернореченский государственный технический университет»; ФГБОУ ВО «Казанский "
                     "федеральный университет»; ГАПОУ «Чернореченский медицинский колледж»; "
                     "ПАО «Чернореченский шинный завод»",
        agreement_subjects="Научное руководство проектами лицеистов, наставничество в профильных классах",
        pp_pupil_pupil=16, pp_teacher_teacher=8, pp_head_teacher=3, pp_student_pupil=4, pp_teacher_pupil=20,
        pp_other=1, teachers_in_pp=33,
        students_10_19=430, mentees_risk=3, mentees_disabled=2, mentees_gifted=24, mentees_low_motivation=9,
        mentees_career=14, mentees_other_params=5, students_15_19=145,
        young_specialists=5, young_specialists_mentees=5, teachers_other=41, teachers_other_mentees=4,
        school_methodical_associations=1, satisfaction_mentees=94, satisfaction_mentors=92,
        nc=dict(over55=5, g5_9=21, contest=3),
    )),
    derive(dict(
        org="МБОУ «Заречная ООШ»", links="yadisk", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=0, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=1,
        teachers_mentors=4, young_specialists_mentors=0, mentors_15_19=2, external_edu_mentors=0,
        enterprise_mentors=1, other_org_mentors=0,
        agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="ООО «Агрохолдинг «Заречье»",
        agreement_subjects=None,
        pp_pupil_pupil=2, pp_teacher_teacher=1, pp_head_teacher=0, pp_student_pupil=0, pp_teacher_pupil=4,
        pp_other=0, teachers_in_pp=5,
        students_10_19=47, mentees_risk=2, mentees_disabled=2, mentees_gifted=0, mentees_low_motivation=3,
        mentees_career=1, mentees_other_params=0, students_15_19=8,
        young_specialists=0, young_specialists_mentees=0, teachers_other=10, teachers_other_mentees=1,
        school_methodical_associations=0, satisfaction_mentees=89, satisfaction_mentors=None,
        nc=dict(over55=2, g5_9=6, contest=0),
    )),
    derive(dict(
        org="МБОУ «Сосновская СОШ»", site="sosnovka-sosh.ru", links="site+yadisk", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
        curators_total=1,
        teachers_mentors=10, young_specialists_mentors=1, mentors_15_19=6, external_edu_mentors=0,
        enterprise_mentors=2, other_org_mentors=1,
        agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=1,
        partner_list="СПК «Сосновский»; Сосновский сельский Дом культуры",
        agreement_subjects="Наставничество в агроклассе; кружок «Юный краевед» на базе СДК",
        pp_pupil_pupil=5, pp_teacher_teacher=3, pp_head_teacher=1, pp_student_pupil=None, pp_teacher_pupil=8,
        pp_other=1, teachers_in_pp=11,
        students_10_19=188, mentees_risk=6, mentees_disabled=3, mentees_gifted=2, mentees_low_motivation=8,
        mentees_career=5, mentees_other_params=1, students_15_19=42,
        young_specialists=2, young_specialists_mentees=2, teachers_other=24, teachers_other_mentees=2,
        school_methodical_associations=1, satisfaction_mentees=92, satisfaction_mentors=88,
        nc=dict(over55=3, g5_9=14, contest=1),
    )),
    derive(dict(
        org="МБУ ДО «Дом детского творчества»", site="ddt-chernorechensk.ru", links="site", dok=False,
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=1,
        teachers_mentors=16, young_specialists_mentors=1, mentors_15_19=10, external_edu_mentors=0,
        enterprise_mentors=0, other_org_mentors=2,
        agreements_edu_orgs=0, agreements_enterprises=0, agreements_other_orgs=2,
        partner_list="МБУК «Чернореченский краеведческий музей»; АНО «Центр молодёжных инициатив»",
        agreement_subjects="Наставничество в музейном и волонтёрском объединениях",
        pp_pupil_pupil=9, pp_teacher_teacher=5, pp_head_teacher=1, pp_student_pupil=0, pp_teacher_pupil=17,
        pp_other=2, teachers_in_pp=22,
        students_10_19=720, mentees_risk=0, mentees_disabled=7, mentees_gifted=31, mentees_low_motivation=2,
        mentees_career=5, mentees_other_params=11, students_15_19=160,
        young_specialists=4, young_specialists_mentees=4, teachers_other=29, teachers_other_mentees=2,
        school_methodical_associations=1, satisfaction_mentees=96, satisfaction_mentors=93,
        nc=dict(over55=3, g5_9=33, contest=2),
    )),
]

# ("G", heading) starts a column group; ("R", title, cid); ("N", title, nc_key)
C_COLS = [
    ("G", "Документы ОО (да/нет)"),
    ("R", "Положение о наставничестве — педагоги", "orgs_regulation_teachers"),
    ("R", "Положение о наставничестве — обучающиеся", "orgs_regulation_students"),
    ("R", "Приказ о мониторинге ЦМН", "orgs_monitoring_order"),
    ("R", "Справка по внутр. мониторингу", "internal_monitoring_notes"),
    ("G", "Кадры"),
    ("R", "Кураторы внедрения ЦМН", "curators_total"),
    ("R", "Наставники по приказу (всего)", "mentors_total"),
    ("R", "Наставники-педагоги", "teachers_mentors"),
    ("R", "Наставники — молодые специалисты", "young_specialists_mentors"),
    ("R", "Наставники-обучающиеся (15–19 л.)", "mentors_15_19"),
    ("R", "Наставники из других ОО", "external_edu_mentors"),
    ("R", "Наставники — работники предприятий", "enterprise_mentors"),
    ("R", "Наставники из учреждений культуры, НКО и др.", "other_org_mentors"),
    ("N", "Наставники старше 55 лет", "over55"),
    ("R", "Наставляемые по приказу (всего)", "mentees_total"),
    ("G", "Партнёры"),
    ("R", "Соглашения с ОО (СПО, вузы, школы)", "agreements_edu_orgs"),
    ("R", "Соглашения с предприятиями", "agreements_enterprises"),
    ("R", "Соглашения с иными организациями", "agreements_other_orgs"),
    ("R", "Партнёры (наименования)", "partner_list"),
    ("R", "Предмет соглашений", "agreement_subjects"),
    ("G", "Персонализированные программы наставничества"),
    ("R", "Всего ППН", "pp_total"),
    ("R", "обучающийся – обучающийся", "pp_pupil_pupil"),
    ("R", "учитель – учитель", "pp_teacher_teacher"),
    ("R", "директор/завуч – педагог", "pp_head_teacher"),
    ("R", "студент – обучающийся", "pp_student_pupil"),
    ("R", "педагог – обучающийся", "pp_teacher_pupil"),
    ("R", "иная форма", "pp_other"),
    ("R", "Педагогов в ППН", "teachers_in_pp"),
    ("G", "Обучающиеся"),
    ("R", "Обучающихся 10–19 лет", "students_10_19"),
    ("R", "Наставляемых 10–19 лет", "mentees_10_19"),
    ("R", "в т.ч. «группа риска»", "mentees_risk"),
    ("R", "в т.ч. ОВЗ / дети-инвалиды", "mentees_disabled"),
    ("R", "в т.ч. одарённые (реестр)", "mentees_gifted"),
    ("R", "в т.ч. неуспевающие / низкая мотивация", "mentees_low_motivation"),
    ("R", "в т.ч. выбор профессии", "mentees_career"),
    ("R", "в т.ч. иное", "mentees_other_params"),
    ("N", "в т.ч. 5–9 кл.", "g5_9"),
    ("R", "Доля наставляемых 10–19, %", "share_mentees_10_19"),
    ("R", "Обучающихся 15–19 лет", "students_15_19"),
    ("R", "Доля наставников 15–19 лет, %", "share_mentors_15_19"),
    ("G", "Педагоги"),
    ("R", "Мол. специалистов", "young_specialists"),
    ("R", "Мол. специалистов — наставляемых", "young_specialists_mentees"),
    ("R", "Педагогов (кроме мол. спец.)", "teachers_other"),
    ("R", "Педагогов (кроме мол. спец.) — наставляемых", "teachers_other_mentees"),
    ("R", "Доля педагогов-наставников, %", "share_teachers_mentors"),
    ("R", "Школьные МО наставников", "school_methodical_associations"),
    ("N", "Заявки на «Наставник года»", "contest"),
    ("G", "Удовлетворённость, %"),
    ("R", "наставляемых", "satisfaction_mentees"),
    ("R", "наставников", "satisfaction_mentors"),
]


# ----------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SECT_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def typed(cat, cid, v):
    unit = cat[cid]["unit"]
    if cat[cid]["aggregation"] == "count_yes":
        return "да" if v == 1 else "нет"
    if unit == "share":
        return v
    return v


def link_plan(org, cids, cat):
    """Which documentable criteria get a link: none for 0 / «нет» (unless the school would fall under 78 %: then
    the zeros proved by the order, the programme list or the mentee base get it); then thin out (deterministically, from the
    organisation's own offset) until at most 82 % of the documentable rows carry one."""
    vals = org["_values"]
    doc = [c for c in cids if c in vals and c not in CONTINGENTS and cat[c]["unit"] != "share"]
    linked = [c for c in doc if not (isinstance(vals[c], (int, float)) and vals[c] == 0)]
    # a small school has many zeros; its order / programme list / mentee base also proves a 0
    for c in doc:
        if len(linked) >= 0.78 * len(doc):
            break
        if c not in linked and DOC[c].startswith(("prikaz_o_zakreplenii", "personalizirovannye", "baza")):
            linked.append(c)
    linked.sort(key=doc.index)
    step, k = 5, org["_idx"] % 5
    while len(linked) > 0.82 * len(doc):
        k = k % len(linked)
        linked.pop(k)
        k += step - 1
    ratio = len(linked) / len(doc)
    assert 0.70 <= ratio <= 0.85, (org["org"], ratio, len(linked), len(doc))
    return set(linked)


def values_of(org, cids):
    return {c: org[c] for c in cids if org.get(c) is not None}


def save(wb, path):
    """Save, then rewrite the zip with pinned entry times so that reruns are byte-identical."""
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps «modified» with the current time on save
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def style_box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


def put_link(cell, url, dok):
    if dok:
        cell.value = "док."
        cell.hyperlink = url
        cell.font = Font(color="0563C1", underline="single")
    else:
        cell.value = url


def total_of(cat, cid, vals):
    if cid is None:
        return sum(v for v in vals if isinstance(v, (int, float)))
    unit = cat[cid]["unit"]
    if unit in ("share", "level", "list", "text"):
        return "—"
    return sum(v for v in vals if isinstance(v, (int, float)))


def build_pairs(spec, cat, cells):
    """Files A and B: criteria as rows, organisations as column pairs."""
    orgs, rows = spec["orgs"], spec["rows"]
    cids = [r[3] for r in rows if r[0] == "R"]
    for i, o in enumerate(orgs):
        o["_idx"] = i
        o["_values"] = values_of(o, cids)
        o["_links"] = link_plan(o, cids, cat)
    wb = Workbook()
    wb.properties.creator = spec["creator"]
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = spec["sheet"]
    ncols = 2 + 2 * len(orgs) + 1
    total_col = ncols
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 52
    for i in range(len(orgs)):
        ws.column_dimensions[get_column_letter(3 + 2 * i)].width = 14
        ws.column_dimensions[get_column_letter(4 + 2 * i)].width = 24
    ws.column_dimensions[get_column_letter(total_col)].width = 12
    r = 1
    for i, t in enumerate(spec["title"]):
        ws.cell(r, 1, t).font = Font(bold=(i == 0), italic=(i > 0), size=(12 if i == 0 else 10))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
    r += 1
    h0 = r
    three = spec["three_rows"]
    name_row = h0 + 1 if three else h0
    sub_row = name_row + 1
    last_head = sub_row
    ws.cell(h0, 1, spec["head_no"])
    ws.cell(h0, 2, "Показатель")
    ws.merge_cells(start_row=h0, start_column=1, end_row=last_head, end_column=1)
    ws.merge_cells(start_row=h0, start_column=2, end_row=last_head, end_column=2)
    if three:
        ws.cell(h0, 3, "Образовательные организации")
        ws.merge_cells(start_row=h0, start_column=3, end_row=h0, end_column=2 + 2 * len(orgs))
    org_cells = []
    for i, o in enumerate(orgs):
        c = 3 + 2 * i
        ws.cell(name_row, c, o["org"])
        ws.merge_cells(start_row=name_row, start_column=c, end_row=name_row, end_column=c + 1)
        ws.cell(sub_row, c, "Знач.")
        ws.cell(sub_row, c + 1, "Док.")
        org_cells.append(ws.cell(name_row, c).coordinate)
    ws.cell(h0, total_col, spec["total"])
    ws.merge_cells(start_row=h0, start_column=total_col, end_row=last_head, end_column=total_col)
    for rr in range(h0, last_head + 1):
        for cc in range(1, ncols + 1):
            cell = ws.cell(rr, cc)
            cell.font = Font(bold=True)
            cell.fill = HEAD_FILL
            cell.alignment = CENTER
            cell.border = BOX
    ws.row_dimensions[name_row].height = 48 if three else 30
    r = last_head + 1
    entry = {"file": spec["file"], "year": YEAR, "organisation": [o["org"] for o in orgs],
             "values": [dict() for _ in orgs], "links": [dict() for _ in orgs],
             "not_criteria": [], "headings": []}
    for row in rows:
        if row[0] == "S":
            cell = ws.cell(r, 1, row[1])
            cell.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            cell.fill = SECT_FILL
            entry["headings"].append(row[1])
            style_box(ws, r, 1, r, ncols)
            r += 1
            continue
        kind, no, title, key, indent = row
        ws.cell(r, 1, no).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 2, title).alignment = Alignment(wrap_text=True, vertical="top", indent=2 * indent)
        col_vals = []
        for i, o in enumerate(orgs):
            c = 3 + 2 * i
            if kind == "N":
                v = o["nc"][key]
                ws.cell(r, c, v)
                col_vals.append(v)
                continue
            cid = key
            assert cid in cat and cat[cid]["level"] == "org" and cat[cid]["wording_2024"].strip(), cid
            v = o["_values"].get(cid)
            if v is None:
                continue
            tv = typed(cat, cid, v)
            vc = ws.cell(r, c, tv)
            vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=isinstance(tv, str))
            if cat[cid]["unit"] == "share":
                vc.number_format = "0.00"
            col_vals.append(v)
            entry["values"][i][cid] = v
            cells.append({"file": spec["file"], "sheet": spec["sheet"], "org_index": i, "organisation": o["org"],
                          "cell": vc.coordinate, "criterion": cid, "kind": "value", "expected": v, "typed": tv,
                          "row_title": title})
            if cid in o["_links"]:
                u = url_for(o, cid)
                lc = ws.cell(r, c + 1)
                put_link(lc, u, o["dok"])
                lc.alignment = Alignment(wrap_text=True, vertical="top")
                entry["links"][i][cid] = u
                cells.append({"file": spec["file"], "sheet": spec["sheet"], "org_index": i,
                              "organisation": o["org"], "cell": lc.coordinate, "criterion": cid, "kind": "link",
                              "expected": u, "row_title": title})
        if kind == "N":
            entry["not_criteria"].append(title)
            ws.cell(r, total_col, total_of(cat, None, col_vals))
        else:
            ws.cell(r, total_col, total_of(cat, key, col_vals))
        ws.cell(r, total_col).alignment = Alignment(horizontal="center", vertical="top")
        style_box(ws, r, 1, r, ncols)
        r += 1
    entry["not_criteria"].append(spec["total"])
    r += 1
    for t in spec.get("footer", []):
        ws.cell(r, 2, t)
        r += 1
    ws.freeze_panes = f"C{last_head + 1}"
    save(wb, HERE / spec["file"])
    layout = {"file": spec["file"], "sheet": spec["sheet"], "layout": "pairs", "name_row": name_row,
              "sub_row": sub_row, "org_cells": org_cells, "total_cell": ws.cell(h0, total_col).coordinate,
              "group_cell": ws.cell(h0, 3).coordinate if three else None}
    return entry, layout


def build_rows(spec, cat, cells):
    """File C: organisations as rows, each criterion column followed by its «ссылка» column."""
    orgs, cols = spec["orgs"], spec["cols"]
    cids = [c[2] for c in cols if c[0] == "R"]
    for i, o in enumerate(orgs):
        o["_idx"] = i
        o["_values"] = values_of(o, cids)
        o["_links"] = link_plan(o, cids, cat)
    wb = Workbook()
    wb.properties.creator = spec["creator"]
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = spec["sheet"]
    # column positions
    pos, c = [], 3
    groups = []
    for col in cols:
        if col[0] == "G":
            groups.append([col[1], c, None])
            continue
        pos.append((col, c))
        groups[-1][2] = c + 1
        c += 2
    ncols = c - 1
    r = 1
    for i, t in enumerate(spec["title"]):
        ws.cell(r, 1, t).font = Font(bold=(i == 0), italic=(i > 0), size=(12 if i == 0 else 10))
        r += 1
    r += 1
    g_row, h_row = r, r + 1
    ws.cell(g_row, 1, "№")
    ws.cell(g_row, 2, "Наименование ОО")
    ws.merge_cells(start_row=g_row, start_column=1, end_row=h_row, end_column=1)
    ws.merge_cells(start_row=g_row, start_column=2, end_row=h_row, end_column=2)
    for text, c1, c2 in groups:
        ws.cell(g_row, c1, text)
        ws.merge_cells(start_row=g_row, start_column=c1, end_row=g_row, end_column=c2)
    for col, c in pos:
        ws.cell(h_row, c, col[1])
        ws.cell(h_row, c + 1, "ссылка")
        ws.column_dimensions[get_column_letter(c)].width = 15
        ws.column_dimensions[get_column_letter(c + 1)].width = 12
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 36
    for rr in (g_row, h_row):
        for cc in range(1, ncols + 1):
            cell = ws.cell(rr, cc)
            cell.font = Font(bold=True)
            cell.fill = HEAD_FILL
            cell.alignment = CENTER
            cell.border = BOX
    ws.row_dimensions[h_row].height = 75
    entry = {"file": spec["file"], "year": YEAR, "organisation": [o["org"] for o in orgs],
             "values": [dict() for _ in orgs], "links": [dict() for _ in orgs],
             "not_criteria": [], "headings": [g[0] for g in groups]}
    r = h_row + 1
    org_cells = []
    for i, o in enumerate(orgs):
        ws.cell(r, 1, i + 1).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(r, 2, o["org"]).alignment = Alignment(wrap_text=True, vertical="top")
        org_cells.append(ws.cell(r, 2).coordinate)
        for col, c in pos:
            if col[0] == "N":
                ws.cell(r, c, o["nc"][col[2]])
                continue
            cid = col[2]
            assert cid in cat and cat[cid]["level"] == "org" and cat[cid]["wording_2024"].strip(), cid
            v = o["_values"].get(cid)
            if v is None:
                continue
            tv = typed(cat, cid, v)
            vc = ws.cell(r, c, tv)
            vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=isinstance(tv, str))
            if cat[cid]["unit"] == "share":
                vc.number_format = "0.00"
            entry["values"][i][cid] = v
            cells.append({"file": spec["file"], "sheet": spec["sheet"], "org_index": i, "organisation": o["org"],
                          "cell": vc.coordinate, "criterion": cid, "kind": "value", "expected": v, "typed": tv,
                          "row_title": col[1]})
            if cid in o["_links"]:
                u = url_for(o, cid)
                lc = ws.cell(r, c + 1)
                put_link(lc, u, o["dok"])
                entry["links"][i][cid] = u
                cells.append({"file": spec["file"], "sheet": spec["sheet"], "org_index": i,
                              "organisation": o["org"], "cell": lc.coordinate, "criterion": cid, "kind": "link",
                              "expected": u, "row_title": col[1]})
        style_box(ws, r, 1, r, ncols)
        r += 1
    # the total row
    ws.cell(r, 2, spec["total"]).font = Font(bold=True)
    for col, c in pos:
        if col[0] == "N":
            ws.cell(r, c, sum(o["nc"][col[2]] for o in orgs))
        else:
            ws.cell(r, c, total_of(cat, col[2], [o["_values"].get(col[2]) for o in orgs]))
    style_box(ws, r, 1, r, ncols)
    total_cell = ws.cell(r, 2).coordinate
    for col, c in pos:
        if col[0] == "N":
            entry["not_criteria"].append(col[1])
    entry["not_criteria"].append(spec["total"])
    r += 2
    for t in spec.get("footer", []):
        ws.cell(r, 2, t)
        r += 1
    ws.freeze_panes = f"C{h_row + 1}"
    save(wb, HERE / spec["file"])
    layout = {"file": spec["file"], "sheet": spec["sheet"], "layout": "rows", "group_row": g_row,
              "header_row": h_row, "org_cells": org_cells, "total_cell": total_cell}
    return entry, layout


SPECS = [
    dict(builder=build_pairs, file="typed/svod_CMN_Kamennoklyuchevskoy_MO_2024.xlsx", sheet="Свод",
         creator="Пермякова Н. В.", orgs=A_ORGS, rows=A_ROWS, three_rows=False, head_no="№",
         total="Итого по МО",
         title=["Свод по мониторингу реализации ЦМН в ОО Каменноключевского муниципального округа за 2024 год",
                "по формам ОО на 15.01.2025; Знач. — значение, Док. — ссылка на подтверждающий документ"],
         footer=["Свод составила: методист ИМЦ Пермякова Н. В., тел. 2-14-37"]),
    dict(builder=build_pairs, file="typed/UstVadinskiy_rayon_svod_OO_nastavnichestvo_2024.xlsx",
         sheet="Сводная", creator="ИМЦ УО", orgs=B_ORGS, rows=B_ROWS, three_rows=True, head_no="№ п/п",
         total="Итого по району",
         title=["Мониторинг ЦМН — 2024. Сводная таблица по образовательным организациям Усть-Вадинского района"],
         footer=["Исп. Гаврилова Т. С., ведущий специалист УО"]),
    dict(builder=build_rows, file="typed/Chernorechensk_CMN_2024_OO_po_strokam.xlsx", sheet="ОО",
         creator="Чернореченский ИМЦ", orgs=C_ORGS, cols=C_COLS, total="Итого по округу",
         title=["Чернореченский муниципальный округ. Мониторинг реализации целевой модели наставничества, 2024 г.",
                "Свод ответов ОО (строка — организация)"],
         footer=["Ответственный: Лыкова Е. А., методист"]),
]


def main():
    cat = load_catalogue()
    TYPED.mkdir(exist_ok=True)
    cells, expected, layouts = [], [], []
    for spec in SPECS:
        e, lay = spec["builder"](spec, cat, cells)
        expected.append(e)
        layouts.append(lay)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"layouts": layouts, "cells": cells}, ensure_ascii=False, indent=1)
                                     + "\n", encoding="utf-8")
    nf = len(expected)
    norg = sum(len(e["organisation"]) for e in expected)
    nv = sum(len(v) for e in expected for v in e["values"])
    nl = sum(len(v) for e in expected for v in e["links"])
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {nf} files, {norg} organisations, {nv} values, {nl} links, {nn} not-criteria, {nh} headings")
    for e in expected:
        for o, v, l in zip(e["organisation"], e["values"], e["links"]):
            print(f"  {e['file']:60s} {o:55s} values {len(v):2d} links {len(l):2d}")


if __name__ == "__main__":
    main()
