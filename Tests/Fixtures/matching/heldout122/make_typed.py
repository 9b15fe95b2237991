#!/usr/bin/env python3
"""heldout122: one SHORT municipal template (every criterion cut to 2–6 words of the methodologist's own
shorthand, no legend, only short section rows) filled by six organisations of the invented «Поречский
муниципальный округ». Three layouts of the same template: «Показатель | Знач. | Ссылка» (3 files),
«№ | Показатель | Знач. | Ссылка» (2 files), «Показатель | Ссылка | Знач.» (1 file). Deterministic (no randomness,
pinned document and zip times).

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
FIXED_TIME = datetime.datetime(2024, 12, 16, 9, 30, 0)
ZIP_TIME = (2024, 12, 16, 9, 30, 0)


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


# --------------------------------------------------------------------------------------------------------------
# The methodologist's template: (section, [(criterion id, her short title), ...]). The same in all six files.
# «наст.» = наставник(и), «наст-мые» = наставляемые, «наст-во» = наставничество, «МС» = молодые специалисты
# (defined only by the row «МС (до 35, стаж ≤3)», which comes AFTER the first use «из них МС»), «обуч.» =
# обучающиеся, «ПП» = персонализированные программы (only the section row «ПП» says so — and it doesn't),
# «ЛА» = локальный акт, «ШМО» = школьное методобъединение.
# --------------------------------------------------------------------------------------------------------------
TEMPLATE = [
    ("Кадры", [
        ("curators_total", "Кураторы ЦМН, чел."),
        ("mentors_total", "Наст. (по приказу) — всего"),
        ("teachers_mentors", "в т.ч. пед. своей ОО"),
        ("young_specialists_mentors", "из них МС"),
        ("external_edu_mentors", "в т.ч. из др. ОО"),
        ("enterprise_mentors", "в т.ч. с предприятий"),
        ("other_org_mentors", "в т.ч. из иных орг."),
        ("mentees_total", "Наст-мые (по приказу) — всего"),
        ("young_specialists", "МС (до 35, стаж ≤3)"),
        ("young_specialists_mentees", "МС — наст-мые"),
        ("teachers_other", "Пед. без МС"),
        ("teachers_other_mentees", "Пед. без МС — наст-мые"),
        ("share_young_specialists_mentees", "МС — наст-мые, %"),
        ("share_teachers_mentees", "Все пед. — наст-мые, %"),
        ("share_teachers_mentors", "Пед.-наст. от всех пед., %"),
        ("kpk_trained", "КПК по наст-ву за год, чел."),
        ("school_methodical_associations", "ШМО наст., ед."),
    ]),
    ("Дети", [
        ("students_10_19", "Обуч. 10–19 л., всего"),
        ("mentees_10_19", "Обуч. 10–19 л. — наст-мые"),
        ("mentees_risk", "в т.ч. гр. риска"),
        ("mentees_disabled", "в т.ч. ОВЗ / дети-инв."),
        ("mentees_gifted", "в т.ч. одарённые (реестр)"),
        ("mentees_low_motivation", "в т.ч. слабая мотивация / неусп."),
        ("mentees_career", "в т.ч. проблемы проф. выбора"),
        ("mentees_other_params", "в т.ч. по иным основ."),
        ("share_mentees_10_19", "Наст-мые 10–19, % от обуч."),
        ("students_15_19", "Обуч. 15–19 л., всего"),
        ("mentors_15_19", "Обуч. 15–19 л. — наст."),
        ("share_mentors_15_19", "Наст. 15–19, % от обуч."),
    ]),
    ("Документы", [
        ("orgs_regulation_teachers", "Полож. о наст-ве пед. (утв.)"),
        ("orgs_regulation_students", "Полож. о наст-ве обуч. (утв.)"),
        ("orgs_monitoring_order", "Приказ о монит. ЦМН"),
        ("internal_monitoring_notes", "Справка по внутр. монит."),
        ("pay_acts", "ЛА об оплате наст., шт."),
        ("nonmaterial_acts", "ЛА о немат. поощр., шт."),
    ]),
    ("Партнёры", [
        ("agreements_edu_orgs", "Согл. с др. ОО о наст-ве"),
        ("agreements_enterprises", "Согл. с предприятиями"),
        ("partner_list", "Партнёры (наименования)"),
    ]),
    ("ПП", [
        ("pp_total", "ПП утв., всего"),
        ("pp_pupil_pupil", "уч-ся — уч-ся"),
        ("pp_teacher_teacher", "пед. — пед."),
        ("pp_head_teacher", "рук. — пед."),
        ("pp_student_pupil", "студ. — уч-ся"),
        ("pp_teacher_pupil", "пед. — уч-ся"),
        ("pp_other", "иная форма"),
        ("teachers_in_pp", "Пед. в утв. ПП, чел."),
    ]),
    ("Оценка", [
        ("satisfaction_mentees", "Удовл-ть наст-мых (заверш. ПП)"),
        ("satisfaction_mentors", "Удовл-ть наст. (заверш. ПП)"),
    ]),
]

CONTINGENTS = ("students_10_19", "students_15_19", "young_specialists", "teachers_other")

PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil",
            "pp_other")
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")


def derive(d):
    """Totals and shares from the organisation's own figures. A key with value None is a cell left EMPTY in the
    file (absent from expected values; counted as 0 in the sums, as the school meant «нет таких»)."""
    d = dict(d)
    g = lambda k: d.get(k) or 0  # noqa: E731
    d["pp_total"] = sum(g(k) for k in PP_FORMS)
    d["mentors_total"] = (g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors")
                          + g("enterprise_mentors") + g("other_org_mentors"))
    d["mentees_total"] = g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees")
    assert sum(g(k) for k in GROUPS) == d["mentees_10_19"], d["org"]
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    if "share_teachers_mentors" not in d:
        d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert g("young_specialists_mentors") <= min(d["young_specialists"], d["teachers_mentors"])
    assert d["teachers_in_pp"] <= teachers
    return d


# --------------------------------------------------------------------------------------------------------------
# The six organisations (Поречский муниципальный округ, invented)
# --------------------------------------------------------------------------------------------------------------
SOSH1 = derive(dict(
    org="МБОУ «Поречская СОШ № 1»",
    curators_total=2, teachers_mentors=21, young_specialists_mentors=3, external_edu_mentors=2,
    enterprise_mentors=3, other_org_mentors=None,
    young_specialists=8, young_specialists_mentees=7, teachers_other=46, teachers_other_mentees=5,
    share_teachers_mentors=None, kpk_trained=6, school_methodical_associations=1,
    students_10_19=472, mentees_10_19=64, mentees_risk=11, mentees_disabled=7, mentees_gifted=9,
    mentees_low_motivation=15, mentees_career=13, mentees_other_params=9,
    students_15_19=131, mentors_15_19=18,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=1, nonmaterial_acts=1,
    agreements_edu_orgs=1, agreements_enterprises=2,
    partner_list="ГБПОУ «Поречский политехнический техникум»; АО «Поречский механический завод»; "
                 "ООО «Агрохолдинг «Заречье»»",
    pp_pupil_pupil=15, pp_teacher_teacher=9, pp_head_teacher=3, pp_student_pupil=None, pp_teacher_pupil=22,
    pp_other=2, teachers_in_pp=30,
    satisfaction_mentees=92, satisfaction_mentors=88,
))

GIMN = derive(dict(
    org="МАОУ «Поречская гимназия имени В. Г. Короленко»",
    curators_total=1, teachers_mentors=17, young_specialists_mentors=1, external_edu_mentors=3,
    enterprise_mentors=None, other_org_mentors=1,
    young_specialists=5, young_specialists_mentees=5, teachers_other=38, teachers_other_mentees=3,
    kpk_trained=4, school_methodical_associations=1,
    students_10_19=398, mentees_10_19=52, mentees_risk=3, mentees_disabled=4, mentees_gifted=17,
    mentees_low_motivation=8, mentees_career=14, mentees_other_params=6,
    students_15_19=142, mentors_15_19=20,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=1, nonmaterial_acts=2,
    agreements_edu_orgs=2, agreements_enterprises=None,
    partner_list="ФГБОУ ВО «Поречский государственный педагогический университет»; "
                 "ГАПОУ «Поречский педагогический колледж»; МБУК «Поречский краеведческий музей»",
    pp_pupil_pupil=18, pp_teacher_teacher=6, pp_head_teacher=2, pp_student_pupil=4, pp_teacher_pupil=14,
    pp_other=None, teachers_in_pp=22,
    satisfaction_mentees=90, satisfaction_mentors=86,
))

ZARECH = derive(dict(
    org="МКОУ «Заречненская основная общеобразовательная школа»",
    curators_total=1, teachers_mentors=6, young_specialists_mentors=None, external_edu_mentors=None,
    enterprise_mentors=1, other_org_mentors=None,
    young_specialists=2, young_specialists_mentees=2, teachers_other=13, teachers_other_mentees=1,
    kpk_trained=2, school_methodical_associations=None,
    students_10_19=58, mentees_10_19=12, mentees_risk=3, mentees_disabled=2, mentees_gifted=None,
    mentees_low_motivation=4, mentees_career=2, mentees_other_params=1,
    students_15_19=9, mentors_15_19=3,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    pay_acts=0, nonmaterial_acts=1,
    agreements_edu_orgs=None, agreements_enterprises=1,
    partner_list="СПК «Колхоз «Заря»»",
    pp_pupil_pupil=3, pp_teacher_teacher=1, pp_head_teacher=1, pp_student_pupil=None, pp_teacher_pupil=7,
    pp_other=None, teachers_in_pp=8,
    satisfaction_mentees=95, satisfaction_mentors=93,
))

SOSH3 = derive(dict(
    org="МБОУ «Поречская средняя общеобразовательная школа № 3 с углублённым изучением отдельных предметов»",
    curators_total=3, teachers_mentors=25, young_specialists_mentors=None, external_edu_mentors=4,
    enterprise_mentors=2, other_org_mentors=1,
    young_specialists=11, young_specialists_mentees=10, teachers_other=57, teachers_other_mentees=6,
    share_teachers_mentors=None, kpk_trained=9, school_methodical_associations=2,
    students_10_19=611, mentees_10_19=83, mentees_risk=12, mentees_disabled=9, mentees_gifted=21,
    mentees_low_motivation=16, mentees_career=18, mentees_other_params=7,
    students_15_19=176, mentors_15_19=24,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=1, nonmaterial_acts=1,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Поречский государственный педагогический университет»; "
                 "ГБПОУ «Поречский политехнический техникум»; АО «Поречский механический завод»; "
                 "МБУК «Поречская централизованная библиотечная система»",
    pp_pupil_pupil=21, pp_teacher_teacher=11, pp_head_teacher=4, pp_student_pupil=5, pp_teacher_pupil=27,
    pp_other=None, teachers_in_pp=41,
    satisfaction_mentees=89, satisfaction_mentors=91,
))

BEREZ = derive(dict(
    org="МБОУ «Берёзовская СОШ»",
    curators_total=1, teachers_mentors=9, young_specialists_mentors=1, external_edu_mentors=None,
    enterprise_mentors=2, other_org_mentors=1,
    young_specialists=3, young_specialists_mentees=3, teachers_other=21, teachers_other_mentees=2,
    share_teachers_mentors=None, kpk_trained=3, school_methodical_associations=1,
    students_10_19=143, mentees_10_19=24, mentees_risk=5, mentees_disabled=3, mentees_gifted=2,
    mentees_low_motivation=7, mentees_career=5, mentees_other_params=2,
    students_15_19=31, mentors_15_19=5,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0, internal_monitoring_notes=1,
    pay_acts=0, nonmaterial_acts=1,
    agreements_edu_orgs=None, agreements_enterprises=1,
    partner_list="ООО «Агрофирма «Берёзовская»»; МБУК «Берёзовский сельский Дом культуры»",
    pp_pupil_pupil=5, pp_teacher_teacher=2, pp_head_teacher=1, pp_student_pupil=None, pp_teacher_pupil=9,
    pp_other=1, teachers_in_pp=12,
    satisfaction_mentees=94, satisfaction_mentors=90,
))

CDT = derive(dict(
    org="МБУ ДО «Поречский центр детского творчества»",
    curators_total=1, teachers_mentors=12, young_specialists_mentors=None, external_edu_mentors=1,
    enterprise_mentors=None, other_org_mentors=2,
    young_specialists=4, young_specialists_mentees=4, teachers_other=33, teachers_other_mentees=4,
    kpk_trained=3, school_methodical_associations=1,
    students_10_19=1164, mentees_10_19=46, mentees_risk=6, mentees_disabled=8, mentees_gifted=14,
    mentees_low_motivation=None, mentees_career=10, mentees_other_params=8,
    students_15_19=287, mentors_15_19=9,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=1, nonmaterial_acts=1,
    agreements_edu_orgs=1, agreements_enterprises=None,
    partner_list="ГАПОУ «Поречский педагогический колледж»; МБУК «Поречская централизованная библиотечная "
                 "система»",
    pp_pupil_pupil=11, pp_teacher_teacher=5, pp_head_teacher=None, pp_student_pupil=2, pp_teacher_pupil=16,
    pp_other=None, teachers_in_pp=19,
    satisfaction_mentees=93, satisfaction_mentors=87,
))


# --------------------------------------------------------------------------------------------------------------
# Per-file settings: layout, yes/no style, links, rows left without a link, the school's own extra rows.
# extras: {criterion id after which the row goes (or "end:<section>"): [(title, value, link or None)]}
# --------------------------------------------------------------------------------------------------------------
def yn_da(v):
    return "да" if v else "нет"


def yn_plus(v):
    return "+" if v else "–"


U1 = "https://sosh1-porechye.gosuslugi.ru/netcat_files/userfiles/CMN/"
U2 = "https://gimn-porechye.ru/upload/nastavnichestvo/"
U3 = "https://disk.yandex.ru/d/"
U4 = "https://sosh3-porechye.ru/sveden/nastavnichestvo/"
U5 = "https://cloud.mail.ru/public/"
U6 = "https://cdt-porechye.ru/files/cmn/"


FILES = [
    dict(
        file="typed/sosh1.xlsx", sheet="ЦМН", data=SOSH1, layout="A", yesno=yn_da,
        header=["Показатель", "Знач.", "Ссылка"], blank_after_title=False,
        links={
            "curators_total": U1 + "prikaz_112-od_kurator.pdf",
            "mentors_total": U1 + "prikaz_118-od_zakreplenie.pdf",
            "teachers_mentors": U1 + "prikaz_118-od_zakreplenie.pdf",
            "young_specialists_mentors": U1 + "prikaz_118-od_zakreplenie.pdf",
            "external_edu_mentors": U1 + "prikaz_118-od_zakreplenie.pdf",
            "enterprise_mentors": U1 + "prikaz_118-od_zakreplenie.pdf",
            "mentees_total": U1 + "prikaz_118-od_zakreplenie.pdf",
            "young_specialists_mentees": U1 + "prikaz_118-od_zakreplenie.pdf",
            "teachers_other_mentees": U1 + "prikaz_118-od_zakreplenie.pdf",
            "kpk_trained": U1 + "kpk_2024.pdf",
            "school_methodical_associations": U1 + "prikaz_shmo_nastavnikov.pdf",
            "mentees_10_19": U1 + "prikaz_118-od_zakreplenie.pdf",
            "mentees_risk": U1 + "prikaz_118-od_zakreplenie.pdf",
            "mentees_disabled": U1 + "prikaz_118-od_zakreplenie.pdf",
            "mentees_gifted": U1 + "prikaz_118-od_zakreplenie.pdf",
            "mentees_low_motivation": U1 + "prikaz_118-od_zakreplenie.pdf",
            "mentees_career": U1 + "prikaz_118-od_zakreplenie.pdf",
            "mentors_15_19": U1 + "prikaz_118-od_zakreplenie.pdf",
            "orgs_regulation_teachers": U1 + "polozhenie_nastavnichestvo_ped.pdf",
            "orgs_regulation_students": U1 + "polozhenie_nastavnichestvo_obuch.pdf",
            "orgs_monitoring_order": U1 + "prikaz_140-od_monitoring.pdf",
            "internal_monitoring_notes": U1 + "spravka_monitoring_2024.pdf",
            "pay_acts": U1 + "polozhenie_oplata.pdf",
            "nonmaterial_acts": U1 + "polozhenie_pooshchrenie.pdf",
            "agreements_edu_orgs": U1 + "dogovor_ppt.pdf",
            "agreements_enterprises": U1 + "dogovory_predpriyatiya.pdf",
            "pp_total": U1 + "prikaz_121-od_pp.pdf",
            "pp_teacher_pupil": U1 + "prikaz_121-od_pp.pdf",
            "satisfaction_mentees": U1 + "anketa_itogi_2024.pdf",
            "satisfaction_mentors": U1 + "anketa_itogi_2024.pdf",
        },
        extras={
            "other_org_mentors": [("Пар «наст. — наст-мый»", 49, U1 + "prikaz_118-od_zakreplenie.pdf")],
            "teachers_in_pp": [("ПП на 2025 (план)", 40, None)],
            "end:Оценка": [("Встреч за год (по журн.)", 132, None)],
        },
    ),
    dict(
        file="typed/gimnaziya.xlsx", sheet="Свод 2024", data=GIMN, layout="A", yesno=yn_plus,
        header=["Показатель", "Знач.", "Ссылка"], blank_after_title=True,
        links={
            "curators_total": U2 + "prikaz_kurator_2024.pdf",
            "mentors_total": U2 + "prikaz_nastavniki_2024-25.pdf",
            "teachers_mentors": U2 + "prikaz_nastavniki_2024-25.pdf",
            "young_specialists_mentors": U2 + "prikaz_nastavniki_2024-25.pdf",
            "external_edu_mentors": U2 + "prikaz_nastavniki_2024-25.pdf",
            "other_org_mentors": U2 + "prikaz_nastavniki_2024-25.pdf",
            "mentees_total": U2 + "prikaz_nastavniki_2024-25.pdf",
            "young_specialists_mentees": U2 + "prikaz_nastavniki_2024-25.pdf",
            "teachers_other_mentees": U2 + "prikaz_nastavniki_2024-25.pdf",
            "kpk_trained": "https://disk.yandex.ru/d/Kp7rQ2mWx9LbTg",
            "school_methodical_associations": U2 + "plan_mo_nastavnikov.pdf",
            "mentees_10_19": U2 + "prikaz_nastavniki_2024-25.pdf",
            "mentees_gifted": U2 + "reestr_odarennyh_vyipiska.pdf",
            "mentees_career": U2 + "prikaz_nastavniki_2024-25.pdf",
            "mentors_15_19": U2 + "prikaz_nastavniki_2024-25.pdf",
            "orgs_regulation_teachers": U2 + "polozhenie_ped.pdf",
            "orgs_regulation_students": U2 + "polozhenie_obuch.pdf",
            "orgs_monitoring_order": U2 + "prikaz_monitoring.pdf",
            "internal_monitoring_notes": U2 + "spravka_vnutr_monitoring.pdf",
            "pay_acts": U2 + "polozhenie_o_stimuliruyushchih.pdf",
            "nonmaterial_acts": U2 + "polozhenie_nagrady.pdf",
            "agreements_edu_orgs": "https://disk.yandex.ru/d/3vHs0aLq1nZc8e",
            "partner_list": "https://disk.yandex.ru/d/3vHs0aLq1nZc8e",
            "pp_total": U2 + "prikaz_pp_2024.pdf",
            "pp_pupil_pupil": U2 + "prikaz_pp_2024.pdf",
            "pp_teacher_teacher": U2 + "prikaz_pp_2024.pdf",
            "pp_head_teacher": U2 + "prikaz_pp_2024.pdf",
            "pp_student_pupil": U2 + "prikaz_pp_2024.pdf",
            "pp_teacher_pupil": U2 + "prikaz_pp_2024.pdf",
            "satisfaction_mentees": "https://disk.yandex.ru/d/Wn4oT8cYv2pRkA",
        },
        extras={
            "other_org_mentors": [("Родители в роли наст.", 5, None)],
            "mentees_other_params": [("Наст-мые 10–14 л.", 31, None)],
            "nonmaterial_acts": [("Доплата наст., руб./мес.", 2000, U2 + "polozhenie_o_stimuliruyushchih.pdf")],
            "end:Оценка": [("Удовл-ть родителей", 89, None)],
        },
    ),
    dict(
        file="typed/zarech_oosh.xlsx", sheet="Лист1", data=ZARECH, layout="A", yesno=yn_da,
        header=["Показатель", "Знач.", "Ссылка"], blank_after_title=False,
        links={
            "curators_total": U3 + "zR4kLp0aXc7wQe",
            "mentors_total": U3 + "bN8tYw2sLq5mVo",
            "teachers_mentors": U3 + "bN8tYw2sLq5mVo",
            "enterprise_mentors": U3 + "bN8tYw2sLq5mVo",
            "mentees_total": U3 + "bN8tYw2sLq5mVo",
            "young_specialists_mentees": U3 + "bN8tYw2sLq5mVo",
            "teachers_other_mentees": U3 + "bN8tYw2sLq5mVo",
            "kpk_trained": U3 + "hT6cMw9pZe1rGs",
            "mentees_10_19": U3 + "bN8tYw2sLq5mVo",
            "mentees_risk": U3 + "bN8tYw2sLq5mVo",
            "mentees_disabled": U3 + "bN8tYw2sLq5mVo",
            "mentees_low_motivation": U3 + "bN8tYw2sLq5mVo",
            "mentors_15_19": U3 + "bN8tYw2sLq5mVo",
            "orgs_regulation_teachers": "https://zarech-oosh.gosuslugi.ru/netcat_files/doc/polozhenie_nast_ped.pdf",
            "orgs_regulation_students": "https://zarech-oosh.gosuslugi.ru/netcat_files/doc/polozhenie_nast_obuch.pdf",
            "orgs_monitoring_order": U3 + "qW3eRt5yUi8oPa",
            "nonmaterial_acts": "https://zarech-oosh.gosuslugi.ru/netcat_files/doc/polozhenie_pooshchr.pdf",
            "agreements_enterprises": U3 + "sD2fGh4jKl6zXc",
            "pp_total": U3 + "vB7nMq1wEr3tYu",
            "pp_pupil_pupil": U3 + "vB7nMq1wEr3tYu",
            "pp_teacher_teacher": U3 + "vB7nMq1wEr3tYu",
            "pp_head_teacher": U3 + "vB7nMq1wEr3tYu",
            "pp_teacher_pupil": U3 + "vB7nMq1wEr3tYu",
            "teachers_in_pp": U3 + "vB7nMq1wEr3tYu",
            "satisfaction_mentees": U3 + "aS9dFg2hJk4lZx",
            "satisfaction_mentors": U3 + "aS9dFg2hJk4lZx",
        },
        extras={
            "mentees_other_params": [("Сняты с учёта после ПП", 2, None)],
            "pp_other": [("ПП заверш. в 2024", 9, U3 + "vB7nMq1wEr3tYu")],
            "end:Оценка": [("Мероприятий по ЦМН", 11, None)],
        },
    ),
    dict(
        file="typed/sosh3.xlsx", sheet="Свод", data=SOSH3, layout="N", yesno=yn_da,
        header=["№", "Показатель", "Знач.", "Ссылка"], blank_after_title=True, section_col="A", numbering="int",
        links={
            "curators_total": U4 + "prikaz_205_kuratory.pdf",
            "mentors_total": U4 + "prikaz_211_nastavniki.pdf",
            "teachers_mentors": U4 + "prikaz_211_nastavniki.pdf",
            "external_edu_mentors": U4 + "prikaz_211_nastavniki.pdf",
            "enterprise_mentors": U4 + "prikaz_211_nastavniki.pdf",
            "other_org_mentors": U4 + "prikaz_211_nastavniki.pdf",
            "mentees_total": U4 + "prikaz_211_nastavniki.pdf",
            "young_specialists_mentees": U4 + "prikaz_211_nastavniki.pdf",
            "teachers_other_mentees": U4 + "prikaz_211_nastavniki.pdf",
            "kpk_trained": U4 + "udostovereniya_kpk.pdf",
            "mentees_10_19": U4 + "prikaz_211_nastavniki.pdf",
            "mentees_risk": U4 + "prikaz_211_nastavniki.pdf",
            "mentees_disabled": U4 + "prikaz_211_nastavniki.pdf",
            "mentees_gifted": U4 + "prikaz_211_nastavniki.pdf",
            "mentees_low_motivation": U4 + "prikaz_211_nastavniki.pdf",
            "mentees_career": U4 + "prikaz_211_nastavniki.pdf",
            "mentors_15_19": U4 + "prikaz_211_nastavniki.pdf",
            "orgs_regulation_teachers": U4 + "polozhenie_ped_rabotniki.pdf",
            "orgs_regulation_students": U4 + "polozhenie_obuchayushchiesya.pdf",
            "orgs_monitoring_order": U4 + "prikaz_233_monitoring.pdf",
            "internal_monitoring_notes": U4 + "spravka_2024.pdf",
            "pay_acts": U4 + "polozhenie_oplata_truda.pdf",
            "nonmaterial_acts": U4 + "polozhenie_moralnoe.pdf",
            "agreements_edu_orgs": U4 + "soglasheniya_oo.pdf",
            "agreements_enterprises": U4 + "soglashenie_pmz.pdf",
            "partner_list": U4 + "partnery.pdf",
            "pp_total": U4 + "prikaz_214_pp.pdf",
            "pp_pupil_pupil": U4 + "prikaz_214_pp.pdf",
            "satisfaction_mentees": U4 + "monitoring_udovl.pdf",
            "satisfaction_mentors": U4 + "monitoring_udovl.pdf",
        },
        extras={
            "young_specialists_mentors": [("Наст. с кат. «пед.-наставник»", 3, U4 + "attestaciya.pdf")],
            "partner_list": [("Дог. о сетевой форме (без наст.)", 2, U4 + "setevye_dogovory.pdf")],
            "teachers_in_pp": [("ПП продлены на 2025", 12, None)],
            "end:Оценка": [("Участники конк. «Наставник года»", 2, None)],
        },
    ),
    dict(
        file="typed/berez_sosh.xlsx", sheet="ЦМН 2024", data=BEREZ, layout="N", yesno=yn_plus,
        header=["№", "Показатель", "Знач.", "Ссылка"], blank_after_title=False, section_col="B", numbering="dot",
        links={
            "curators_total": U5 + "Ag7K/3mXpQw1Zr",
            "mentors_total": U5 + "Ag7K/8nVbTy5Ls",
            "teachers_mentors": U5 + "Ag7K/8nVbTy5Ls",
            "young_specialists_mentors": U5 + "Ag7K/8nVbTy5Ls",
            "enterprise_mentors": U5 + "Ag7K/8nVbTy5Ls",
            "other_org_mentors": U5 + "Ag7K/8nVbTy5Ls",
            "mentees_total": U5 + "Ag7K/8nVbTy5Ls",
            "young_specialists_mentees": U5 + "Ag7K/8nVbTy5Ls",
            "kpk_trained": U5 + "Ag7K/4cDfGh2Jk",
            "school_methodical_associations": U5 + "Ag7K/6pLoKi9Uj",
            "mentees_10_19": U5 + "Ag7K/8nVbTy5Ls",
            "mentees_risk": U5 + "Ag7K/8nVbTy5Ls",
            "mentees_disabled": U5 + "Ag7K/8nVbTy5Ls",
            "mentees_low_motivation": U5 + "Ag7K/8nVbTy5Ls",
            "mentees_career": U5 + "Ag7K/8nVbTy5Ls",
            "mentors_15_19": U5 + "Ag7K/8nVbTy5Ls",
            "orgs_regulation_teachers": U5 + "Ag7K/1qAzWs3Ed",
            "orgs_regulation_students": U5 + "Ag7K/1qAzWs3Ed",
            "internal_monitoring_notes": U5 + "Ag7K/5rFvTg7Yh",
            "nonmaterial_acts": U5 + "Ag7K/9uJmIk2Ol",
            "agreements_enterprises": U5 + "Ag7K/2wSxEd4Rf",
            "partner_list": U5 + "Ag7K/2wSxEd4Rf",
            "pp_total": U5 + "Ag7K/7tGbYh6Un",
            "pp_teacher_teacher": U5 + "Ag7K/7tGbYh6Un",
            "pp_head_teacher": U5 + "Ag7K/7tGbYh6Un",
            "pp_teacher_pupil": U5 + "Ag7K/7tGbYh6Un",
            "pp_other": U5 + "Ag7K/7tGbYh6Un",
            "teachers_in_pp": U5 + "Ag7K/7tGbYh6Un",
            "satisfaction_mentees": U5 + "Ag7K/0pOlKi8Mj",
            "satisfaction_mentors": U5 + "Ag7K/0pOlKi8Mj",
        },
        extras={
            "mentees_total": [("Групп наст-ва (групп. форма)", 4, None)],
            "mentees_other_params": [("Наст-мые из 5–9 кл.", 17, U5 + "Ag7K/8nVbTy5Ls")],
            "end:Оценка": [("Родит. собраний по ЦМН", 3, None)],
        },
    ),
    dict(
        file="typed/cdt.xlsx", sheet="ЦМН", data=CDT, layout="L", yesno=yn_da,
        header=["Показатель", "Ссылка", "Знач."], blank_after_title=True,
        typed_override={"pay_acts": "да"},
        links={
            "curators_total": U6 + "prikaz_56_kurator.pdf",
            "mentors_total": U6 + "prikaz_61_nastavniki.pdf",
            "teachers_mentors": U6 + "prikaz_61_nastavniki.pdf",
            "external_edu_mentors": U6 + "prikaz_61_nastavniki.pdf",
            "other_org_mentors": U6 + "prikaz_61_nastavniki.pdf",
            "mentees_total": U6 + "prikaz_61_nastavniki.pdf",
            "young_specialists_mentees": U6 + "prikaz_61_nastavniki.pdf",
            "teachers_other_mentees": U6 + "prikaz_61_nastavniki.pdf",
            "kpk_trained": U6 + "kpk_2024.pdf",
            "mentees_10_19": U6 + "prikaz_61_nastavniki.pdf",
            "mentees_disabled": U6 + "prikaz_61_nastavniki.pdf",
            "mentees_gifted": U6 + "prikaz_61_nastavniki.pdf",
            "mentees_career": U6 + "prikaz_61_nastavniki.pdf",
            "mentors_15_19": U6 + "prikaz_61_nastavniki.pdf",
            "orgs_regulation_teachers": U6 + "polozhenie_pdo.pdf",
            "orgs_regulation_students": U6 + "polozhenie_obuch.pdf",
            "orgs_monitoring_order": U6 + "prikaz_70_monitoring.pdf",
            "internal_monitoring_notes": U6 + "spravka_monitoring.pdf",
            "pay_acts": U6 + "polozhenie_oplata.pdf",
            "nonmaterial_acts": U6 + "polozhenie_pooshchrenie.pdf",
            "agreements_edu_orgs": U6 + "dogovor_ppk.pdf",
            "partner_list": U6 + "partnery.pdf",
            "pp_total": U6 + "prikaz_63_pp.pdf",
            "pp_pupil_pupil": U6 + "prikaz_63_pp.pdf",
            "pp_teacher_pupil": U6 + "prikaz_63_pp.pdf",
            "teachers_in_pp": U6 + "prikaz_63_pp.pdf",
            "satisfaction_mentees": U6 + "anketirovanie.pdf",
            "satisfaction_mentors": U6 + "anketirovanie.pdf",
        },
        extras={
            "students_10_19": [("Обуч. до 10 л., всего", 412, None)],
            "nonmaterial_acts": [("Публ. о наст-ве на сайте", 9, U6 + "novosti.html")],
            "end:Оценка": [("Встреч / занятий наст. (журнал)", 286, None)],
        },
    ),
]


# --------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def columns(layout):
    """(title column, value column, link column, number column or None, column count)"""
    if layout == "A":
        return 1, 2, 3, None, 3
    if layout == "N":
        return 2, 3, 4, 1, 4
    if layout == "L":
        return 1, 3, 2, None, 3
    raise ValueError(layout)


def pin_zip(path):
    """Rewrite the xlsx with fixed zip entry times, so reruns give byte-identical files."""
    src = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps «modified» with the clock at save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build(form, cat, cells):
    d = form["data"]
    tcol, vcol, lcol, ncol, ncols = columns(form["layout"])
    wb = Workbook()
    wb.properties.creator = "Методист"
    wb.properties.lastModifiedBy = "Методист"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    widths = {tcol: 34, vcol: 10, lcol: 60}
    if ncol:
        widths[ncol] = 5
    for c, w in widths.items():
        ws.column_dimensions["ABCD"[c - 1]].width = w

    r = 1
    title = f"Свод по ЦМН — {d['org']}, {YEAR}"
    ws.cell(r, 1, title).font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    r += 2 if form["blank_after_title"] else 1
    for c, h in enumerate(form["header"], start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    r += 1

    entry = {"file": form["file"], "year": YEAR, "organisation": d["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    override = form.get("typed_override", {})
    extras = form["extras"]
    used_extras = set()
    no = 0

    def number():
        nonlocal no
        no += 1
        return no if form.get("numbering") == "int" else f"{no}."

    def put_row(title, typed, link):
        nonlocal r
        if ncol:
            ws.cell(r, ncol, number())
        ws.cell(r, tcol, title)
        vc = ws.cell(r, vcol, typed)
        if isinstance(typed, float):
            vc.number_format = "0.00"
        lc = None
        if link:
            lc = ws.cell(r, lcol, link)
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=(c == tcol), vertical="top",
                                       horizontal=("center" if c in (vcol, ncol) else None))
        r += 1
        return vc, lc

    def put_extras(key):
        for t, v, link in extras.get(key, []):
            put_row(t, v, link)
            entry["not_criteria"].append(t)
        if key in extras:
            used_extras.add(key)

    for section, rows in TEMPLATE:
        if form["layout"] == "N" and form["section_col"] == "B":
            ws.cell(r, 2, section).font = Font(bold=True)
            for c in range(1, ncols + 1):
                ws.cell(r, c).border = BOX
        else:
            ws.cell(r, 1, section).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        entry["headings"].append(section)
        r += 1
        for cid, title in rows:
            assert cid in cat, cid
            row = cat[cid]
            assert row["level"] == "org" and row["wording_2024"].strip(), cid
            assert row["aggregation"] not in ("forms", "sum_of"), cid
            v = d[cid]
            if v is None:
                typed, link = None, None
            else:
                unit = row["unit"]
                if cid in override:
                    typed = override[cid]
                elif unit == "yesno" or cid in ("orgs_regulation_teachers", "orgs_regulation_students",
                                                "orgs_monitoring_order", "internal_monitoring_notes"):
                    typed = form["yesno"](v)
                elif unit == "share":
                    typed = int(v) if float(v).is_integer() else v
                else:
                    typed = v
                link = form["links"].get(cid)
            assert not (v is None and cid in form["links"]), (form["file"], cid)
            vc, lc = put_row(title, typed, link)
            if v is not None:
                entry["values"][cid] = v
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate,
                              "criterion": cid, "kind": "value", "expected": v, "typed": typed,
                              "row_title": title, "title_cell": ws.cell(vc.row, tcol).coordinate})
                if link:
                    entry["links"][cid] = link
                    cells.append({"file": form["file"], "sheet": form["sheet"], "cell": lc.coordinate,
                                  "criterion": cid, "kind": "link", "expected": link, "row_title": title,
                                  "title_cell": ws.cell(vc.row, tcol).coordinate})
            put_extras(cid)
        put_extras("end:" + section)
    assert used_extras == set(extras), (form["file"], set(extras) - used_extras)
    assert set(form["links"]) <= set(entry["values"]), form["file"]

    TYPED.mkdir(exist_ok=True)
    path = HERE / form["file"]
    wb.save(path)
    pin_zip(path)
    return entry


def main():
    cat = load_catalogue()
    cells, expected = [], []
    for f in FILES:
        expected.append(build(f, cat, cells))
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
        v = e["values"]
        base = [k for k in v if k not in CONTINGENTS and not k.startswith("share_")]
        base2 = [k for k in v if k not in CONTINGENTS]
        print(f"  {e['file']}: {len(v)} values, {len(e['links'])} links "
              f"({100 * len(e['links']) / len(base):.0f} % of non-contingent non-share rows, "
              f"{100 * len(e['links']) / len(base2):.0f} % of non-contingent rows), {len(e['not_criteria'])} n/c")


if __name__ == "__main__":
    main()
