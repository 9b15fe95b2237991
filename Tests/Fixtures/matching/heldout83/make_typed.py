#!/usr/bin/env python3
"""heldout83 generator: the region's WHOLE template «Форма для МО и ОО» (Раздел I for the municipal office,
Раздел II for the organisation, on one sheet), as six organisations and the municipal office filled it.

Writes typed/*.xlsx, expected.json and cells.json. Deterministic: all data are fixed, the link drop-outs use a
fixed seed per file, zip times and document dates are pinned.
"""
import csv
import io
import json
import pathlib
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
# The folder is Tests/Fixtures/matching/heldout83: the folder's parents[3] (the file's parents[4]) is the
# repository root.
ROOT = HERE.parents[3]
CRIT_TSV = ROOT / "Templates/criteria.tsv"
with open(CRIT_TSV, encoding="utf-8") as fh:
    CAT = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}

MUNI_IDS = {k for k, r in CAT.items() if r["level"] == "municipal"}

# --------------------------------------------------------------------------------------------------------------
# The region's template. (number, title, unit, criterion | None, kind) ; kind: head = section / sub-heading row
# Criterion None = a row that is no criterion of the catalogue.
TITLE = "Мониторинг реализации целевой модели наставничества (ЦМН) — 2024. Единая форма для МО и ОО"
PERIOD = "Отчётный период: 2024 год (данные на 31.12.2024)"
SEC1 = "Раздел I. Заполняется муниципальным органом управления образованием"
SEC2 = "Раздел II. Заполняется образовательной организацией"

YN = "1 – да, 0 – нет"
SECTION1 = [
    ("1.1", "Наличие муниципального приказа (распоряжения) о реализации ЦМН на территории МО", YN, "municipal_order"),
    ("1.2", "Количество ОО, подведомственных МОУО, принявших участие в мониторинге (всего)", "ед.", "orgs_total"),
    ("1.3", "Кол-во ОО, в которых утверждено Положение о системе наставничества пед. работников", "ед.",
     "orgs_regulation_teachers"),
    ("1.4", "Кол-во ОО, в которых утверждено Положение о наставничестве обучающихся", "ед.",
     "orgs_regulation_students"),
    ("1.5", "Доля ОО, реализующих систему наставничества педагогов (п.1.3 / п.1.2 × 100)", "%",
     "share_orgs_teachers_system"),
    ("1.6", "Доля ОО, реализующих систему наставничества обучающихся (п.1.4 / п.1.2 × 100)", "%",
     "share_orgs_students_system"),
    ("1.7", "Кол-во ОО, издавших приказ о проведении мониторинга реализации ЦМН", "ед.", "orgs_monitoring_order"),
    ("1.8", "Кол-во ОО, подготовивших справку по итогам внутреннего мониторинга ЦМН", "ед.",
     "internal_monitoring_notes"),
    ("1.9", "Кол-во ОО, заключивших соглашения о сотрудничестве с предприятиями", "ед.", None),
    ("1.10", "Наличие информационно-аналитической справки МОУО по итогам мониторинга ЦМН", YN,
     "municipal_analytic_note"),
    ("1.11", "Кол-во муниципальных (городских, районных) методических объединений / сообществ наставников", "ед.",
     "municipal_methodical_associations"),
    ("1.12", "Кол-во лучших практик наставничества, размещённых на муниципальных информ. ресурсах / сайте "
             "Сообщества педагогов УР (за 2024 г.)", "ед.", "best_practices"),
    ("1.13", "Кол-во муниципальных профессиональных конкурсов по наставничеству, проведённых в 2024 г.", "ед.",
     "contests"),
    ("1.14", "Наличие сетевого сообщества педагогов-наставников (приказ МОиН УР № 15/09 от 29.12.2017)", YN,
     "network_community"),
    ("1.15", "Кол-во сетевых наставников", "чел.", "network_mentors"),
    ("1.16", "Кол-во муниципальных мероприятий по наставничеству (семинары, совещания, форумы) за 2024 г.", "ед.",
     None),
    ("1.17", "Муниципальный куратор ЦМН (ФИО, должность, контакты)", "–", None),
]

SECTION2 = [
    ("head", "Нормативное обеспечение"),
    ("2.1", "Наличие приказа об утверждении Положения о системе наставничесва пед. работников ОО", YN,
     "orgs_regulation_teachers"),
    ("2.2", "Наличие приказа об утверждении Положения о наставничестве обучающихся ОО", YN,
     "orgs_regulation_students"),
    ("2.3", "Наличие приказа ОО о проведении мониторинга реализации ЦМН", YN, "orgs_monitoring_order"),
    ("2.4", "Наличие дорожной карты (плана мероприятий) по реализации ЦМН в ОО", YN, None),
    ("2.5", "Наличие информ. справки по итогам внутреннего мониторинга ЦМН в ОО", YN, "internal_monitoring_notes"),
    ("head", "Организация наставничества в ОО"),
    ("2.6", "Кол-во кураторов ЦМН в ОО (по приказу)", "чел.", "curators_total"),
    ("2.7", "Кол-во соглашений о сотрудничестве с другими ОО, направившими своих сотрудников в качестве наставников",
     "ед.", "agreements_edu_orgs"),
    ("2.8", "Кол-во соглашений с предприятиями, направившими сотрудников-наставников", "ед.",
     "agreements_enterprises"),
    ("2.9", "Кол-во соглашений с иными организациями (любой формы собственности), направившими наставников", "ед.",
     "agreements_other_orgs"),
    ("2.10", "Перечень организаций (предприятий) – партнёров ОО по наставничеству", "текст", "partner_list"),
    ("2.11", "Численность наставников в базе наставников ОО (по приказу)", "чел.", "mentors_total"),
    ("2.12", "Численность наставляемых в базе наставляемых ОО (по приказу)", "чел.", "mentees_total"),
    ("2.13", "Кол-во наставнических пар / групп", "ед.", None),
    ("head", "Персонализированные программы наставничества (ППН)"),
    ("2.14", "Кол-во ППН, всего", "ед.", "pp_total"),
    ("2.14.1", "в т.ч. по форме «ученик – ученик»", "ед.", "pp_pupil_pupil"),
    ("2.14.2", "«учитель – учитель» («педагог – педагог»)", "ед.", "pp_teacher_teacher"),
    ("2.14.3", "«студент – студент»", "ед.", "pp_student_student"),
    ("2.14.4", "«руководитель – педагог»", "ед.", "pp_head_teacher"),
    ("2.14.5", "«студент – ученик»", "ед.", "pp_student_pupil"),
    ("2.14.6", "«учитель – ученик»", "ед.", "pp_teacher_pupil"),
    ("2.14.7", "иные формы (указать в примечании)", "ед.", "pp_other"),
    ("head", "Внешние наставники"),
    ("2.15", "Наставники из сторонних образовательных организаций (по приказу)", "чел.", "external_edu_mentors"),
    ("2.16", "Наставники – сотрудники предприятий", "чел.", "enterprise_mentors"),
    ("2.17", "Наставники из иных организаций", "чел.", "other_org_mentors"),
    ("head", "Обучающиеся 10–19 лет в роли наставляемых"),
    ("2.18", "Общая численность обучающихся 10–19 лет в ОО", "чел.", "students_10_19"),
    ("2.19", "Из них включены в программы наставничества как наставляемые", "чел.", "mentees_10_19"),
    ("2.19.1", "в т.ч. «группа риска»", "чел.", "mentees_risk"),
    ("2.19.2", "одарённые дети (включённые в реестры)", "чел.", "mentees_gifted"),
    ("2.19.3", "дети с ОВЗ, дети-инвалиды", "чел.", "mentees_disabled"),
    ("2.19.4", "низкая учебная мотивация / неуспевающие", "чел.", "mentees_low_motivation"),
    ("2.19.5", "затруднения в выборе образоват. траектории и профессии", "чел.", "mentees_career"),
    ("2.19.6", "по иным основаниям", "чел.", "mentees_other_params"),
    ("2.20", "Доля обучающихся 10–19 лет – наставляемых (п.2.19 / п.2.18 × 100)", "%", "share_mentees_10_19"),
    ("head", "Обучающиеся 15–19 лет в роли наставников"),
    ("2.21", "Общая численность обучающихся 15–19 лет в ОО", "чел.", "students_15_19"),
    ("2.22", "Из них наставники (по приказу)", "чел.", "mentors_15_19"),
    ("2.23", "Доля обучающихся 15–19 лет – наставников", "%", "share_mentors_15_19"),
    ("head", "Удовлетворённость участников"),
    ("2.24", "Уровень удовлетворённости наставляемых (завершённые программы)", "%", "satisfaction_mentees"),
    ("2.25", "Уровень удовлетворённости наставников (завершённые программы)", "%", "satisfaction_mentors"),
    ("head", "Педагогические работники"),
    ("2.26", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "чел.", "young_specialists"),
    ("2.27", "из них – наставляемые", "чел.", "young_specialists_mentees"),
    ("2.28", "Педагоги ОО без учёта молодых специалистов, всего", "чел.", "teachers_other"),
    ("2.29", "из них – наставляемые", "чел.", "teachers_other_mentees"),
    ("2.30", "Доля молодых специалистов – наставляемых", "%", "share_young_specialists_mentees"),
    ("2.31", "Доля педагогов (включая МС) – наставляемых", "%", "share_teachers_mentees"),
    ("2.32", "Педагоги – участники утверждённых ППН, всего", "чел.", "teachers_in_pp"),
    ("2.33", "Педагоги, прошедшие КПК по наставничеству в 2024 г.", "чел.", "kpk_trained"),
    ("2.34", "Наименование КПК (программа, организация, кол-во часов)", "текст", "kpk_courses"),
    ("2.35", "Кол-во ШМО (сообществ) наставников в ОО", "ед.", "school_methodical_associations"),
    ("2.36", "Педагоги в роли наставников", "чел.", "teachers_mentors"),
    ("2.37", "Молодые специалисты в роли наставников", "чел.", "young_specialists_mentors"),
    ("2.38", "Доля педагогов – наставников (п.2.36 / (п.2.26 + п.2.28) × 100)", "%", "share_teachers_mentors"),
    ("2.39", "Доля МС – наставников (п.2.37 / п.2.26 × 100)", "%", "share_young_specialists_mentors"),
    ("head", "Стимулирование наставников"),
    ("2.40", "Локальные акты ОО о материальном стимулировании (оплате) наставников", "ед.", "pay_acts"),
    ("2.41", "Локальные акты ОО о нематериальном поощрении наставников", "ед.", "nonmaterial_acts"),
]

# Template v2 (sent by the region in February, used by СОШ № 7): no unit column, a few titles corrected.
V2_TITLES = {
    "2.1": "Наличие приказа об утверждении Положения о системе наставничества пед. работников ОО (1/0)",
    "2.2": "Наличие приказа об утверждении Положения о наставничестве обучающихся ОО (1/0)",
    "2.3": "Наличие приказа ОО о проведении мониторинга реализации ЦМН (1/0)",
    "2.4": "Наличие дорожной карты по реализации ЦМН в ОО (1/0)",
    "2.5": "Наличие справки по итогам внутреннего мониторинга ЦМН в ОО (1/0)",
    "2.14": "Кол-во утверждённых ППН, всего",
    "2.19": "Из них включены в программы наставничества как наставляемые (по приказу)",
    "2.24": "Уровень удовлетворённости наставляемых (завершённые программы), %",
    "2.25": "Уровень удовлетворённости наставников (завершённые программы), %",
    "1.1": "Наличие муниципального приказа о реализации ЦМН на территории МО (1/0)",
    "1.14": "Наличие сетевого сообщества педагогов-наставников (1/0)",
}

SHARES = {"share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees", "share_teachers_mentees",
          "share_teachers_mentors", "share_young_specialists_mentors", "share_orgs_teachers_system",
          "share_orgs_students_system"}
LEVELS = {"satisfaction_mentees", "satisfaction_mentors"}
YESNO = {k for k, r in CAT.items() if r["unit"] == "yesno"} | {
    "orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes"}

# which document proves a criterion's row (for the schools' links)
DOC = {
    "orgs_regulation_teachers": "polozhenie_ped", "orgs_regulation_students": "polozhenie_obuch",
    "orgs_monitoring_order": "prikaz_monitoring", "internal_monitoring_notes": "spravka_monitoring",
    "curators_total": "prikaz_kurator", "agreements_edu_orgs": "soglasheniya", "agreements_enterprises": "soglasheniya",
    "agreements_other_orgs": "soglasheniya", "partner_list": "soglasheniya",
    "mentors_total": "baza_nastavnikov", "mentees_total": "baza_nastavlyaemyh",
    "pp_total": "ppn", "pp_pupil_pupil": "ppn", "pp_teacher_teacher": "ppn", "pp_student_student": "ppn",
    "pp_head_teacher": "ppn", "pp_student_pupil": "ppn", "pp_teacher_pupil": "ppn", "pp_other": "ppn",
    "external_edu_mentors": "baza_nastavnikov", "enterprise_mentors": "baza_nastavnikov",
    "other_org_mentors": "baza_nastavnikov", "mentees_10_19": "baza_nastavlyaemyh",
    "mentees_risk": "baza_nastavlyaemyh", "mentees_gifted": "baza_nastavlyaemyh",
    "mentees_disabled": "baza_nastavlyaemyh", "mentees_low_motivation": "baza_nastavlyaemyh",
    "mentees_career": "baza_nastavlyaemyh", "mentees_other_params": "baza_nastavlyaemyh",
    "mentors_15_19": "baza_nastavnikov", "satisfaction_mentees": "anketirovanie",
    "satisfaction_mentors": "anketirovanie", "young_specialists_mentees": "baza_nastavlyaemyh",
    "teachers_other_mentees": "baza_nastavlyaemyh", "teachers_in_pp": "ppn", "kpk_trained": "kpk",
    "school_methodical_associations": "shmo", "teachers_mentors": "baza_nastavnikov",
    "young_specialists_mentors": "baza_nastavnikov", "pay_acts": "polozhenie_oplata",
    "nonmaterial_acts": "polozhenie_pooshchrenie",
}

# --------------------------------------------------------------------------------------------------------------
# The organisations' data (values for 2024).


def school(**kw):
    return kw


F1 = dict(  # МБОУ «СОШ № 3»
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=1,
    partner_list="БПОУ УР «Белоключинский политехнический колледж»; МБУ «Молодёжный центр «Импульс»",
    mentors_total=48, mentees_total=112,
    pp_total=56, pp_pupil_pupil=21, pp_teacher_teacher=14, pp_student_student=0, pp_head_teacher=2,
    pp_student_pupil=0, pp_teacher_pupil=18, pp_other=1,
    external_edu_mentors=2, enterprise_mentors=0, other_org_mentors=1,
    students_10_19=540, mentees_10_19=96, mentees_risk=11, mentees_gifted=14, mentees_disabled=6,
    mentees_low_motivation=18, mentees_career=22, mentees_other_params=25,
    students_15_19=118, mentors_15_19=21, satisfaction_mentees=91.5, satisfaction_mentors=88.3,
    young_specialists=7, young_specialists_mentees=7, teachers_other=52, teachers_other_mentees=9,
    teachers_in_pp=41, kpk_trained=4,
    kpk_courses="«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч.)",
    school_methodical_associations=1, teachers_mentors=24, young_specialists_mentors=1,
    pay_acts=1, nonmaterial_acts=1,
)
F2 = dict(  # СОШ 12 (file name only)
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
    partner_list="АО «Белоключинский механический завод»; МАОУ «Лицей № 1»",
    mentors_total=56, mentees_total=108,
    pp_total=52, pp_pupil_pupil=24, pp_teacher_teacher=15, pp_student_student=0, pp_head_teacher=1,
    pp_student_pupil=0, pp_teacher_pupil=12, pp_other=0,
    external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=0,
    students_10_19=702, mentees_10_19=88, mentees_risk=9, mentees_gifted=17, mentees_disabled=4,
    mentees_low_motivation=21, mentees_career=15, mentees_other_params=22,
    students_15_19=151, mentors_15_19=26, satisfaction_mentees=89.4, satisfaction_mentors=92.1,
    young_specialists=9, young_specialists_mentees=8, teachers_other=61, teachers_other_mentees=12,
    teachers_in_pp=36, kpk_trained=3, school_methodical_associations=1, teachers_mentors=27,
    young_specialists_mentors=2, pay_acts=1, nonmaterial_acts=2,
)
F3 = dict(  # Лицей № 1
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, agreements_edu_orgs=2, agreements_enterprises=2, agreements_other_orgs=1,
    partner_list=("ФГБОУ ВО «Удмуртский государственный университет»; БПОУ УР «Белоключинский политехнический "
                  "колледж»; АО «Белоключинский механический завод»; ООО «ТехноСфера»; АНО «Центр молодёжных "
                  "инициатив»"),
    mentors_total=105, mentees_total=191,
    pp_total=106, pp_pupil_pupil=47, pp_teacher_teacher=21, pp_student_student=0, pp_head_teacher=3,
    pp_student_pupil=2, pp_teacher_pupil=29, pp_other=4,
    external_edu_mentors=4, enterprise_mentors=3, other_org_mentors=2,
    students_10_19=1046, mentees_10_19=164, mentees_risk=6, mentees_gifted=58, mentees_disabled=5,
    mentees_low_motivation=12, mentees_career=41, mentees_other_params=42,
    students_15_19=312, mentors_15_19=57, satisfaction_mentees=93, satisfaction_mentors=90,
    young_specialists=14, young_specialists_mentees=13, teachers_other=88, teachers_other_mentees=11,
    teachers_in_pp=58, kpk_trained=7,
    kpk_courses=("«Наставничество как механизм профессионального роста педагога» (АОУ ДПО УР ИРО, 36 ч.); "
                 "«Организация наставничества в ОО: инструменты куратора» (ЦНППМ, 24 ч.)"),
    school_methodical_associations=2, teachers_mentors=39, young_specialists_mentors=2,
    pay_acts=1, nonmaterial_acts=1,
)
F4 = dict(  # МБОУ «ООШ № 9» — small basic school; «х» in the student forms of ППН
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0, internal_monitoring_notes=1,
    curators_total=1, agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
    partner_list="МБОУ «СОШ № 3»",
    mentors_total=10, mentees_total=21,
    pp_total=13, pp_pupil_pupil=6, pp_teacher_teacher=2, pp_head_teacher=0, pp_teacher_pupil=5, pp_other=0,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=0,
    students_10_19=84, mentees_10_19=19, mentees_risk=3, mentees_gifted=2, mentees_disabled=2,
    mentees_low_motivation=6, mentees_career=4, mentees_other_params=2,
    students_15_19=11, mentors_15_19=3, satisfaction_mentees=95, satisfaction_mentors=100,
    young_specialists=1, young_specialists_mentees=1, teachers_other=14, teachers_other_mentees=1,
    teachers_in_pp=8, kpk_trained=1, school_methodical_associations=0, teachers_mentors=6,
    young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=1,
)
F5 = dict(  # МБОУ СОШ №7 — answered some municipal rows by mistake
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="ООО «Агрофирма «Заречье»; МБУК «Белоключинская городская ЦБС»",
    mentors_total=36, mentees_total=82,
    pp_total=38, pp_pupil_pupil=15, pp_teacher_teacher=11, pp_student_student=0, pp_head_teacher=0,
    pp_student_pupil=0, pp_teacher_pupil=10, pp_other=2,
    external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=1,
    students_10_19=618, mentees_10_19=71, mentees_risk=8, mentees_gifted=9, mentees_disabled=7,
    mentees_low_motivation=14, mentees_career=18, mentees_other_params=15,
    students_15_19=140, mentors_15_19=15, satisfaction_mentees=87, satisfaction_mentors=90.5,
    young_specialists=6, young_specialists_mentees=5, teachers_other=55, teachers_other_mentees=6,
    teachers_in_pp=27, kpk_trained=2, school_methodical_associations=1, teachers_mentors=19,
    young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=0,
)
F6 = dict(  # МБУ ДО «Центр внешкольной работы» — a ДОП, many rows empty
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, agreements_edu_orgs=0, agreements_other_orgs=1,
    partner_list="МБУ «Молодёжный центр «Импульс»",
    mentors_total=22, mentees_total=55,
    pp_total=21, pp_pupil_pupil=8, pp_teacher_teacher=5, pp_teacher_pupil=7, pp_other=1,
    other_org_mentors=1,
    students_10_19=612, mentees_10_19=48, mentees_risk=5, mentees_gifted=21, mentees_disabled=6,
    mentees_career=9, mentees_other_params=7,
    students_15_19=143, mentors_15_19=12, satisfaction_mentees=96,
    young_specialists=3, young_specialists_mentees=3, teachers_other=34, teachers_other_mentees=4,
    teachers_in_pp=12, kpk_trained=0, school_methodical_associations=0, teachers_mentors=9,
    pay_acts=0, nonmaterial_acts=1,
)


def add_shares(d, skip=()):
    def r(a, b):
        return round(100.0 * a / b, 2)
    if "students_10_19" in d and "mentees_10_19" in d:
        d["share_mentees_10_19"] = r(d["mentees_10_19"], d["students_10_19"])
    if "students_15_19" in d and "mentors_15_19" in d:
        d["share_mentors_15_19"] = r(d["mentors_15_19"], d["students_15_19"])
    if "young_specialists" in d and "young_specialists_mentees" in d:
        d["share_young_specialists_mentees"] = r(d["young_specialists_mentees"], d["young_specialists"])
    t = d.get("teachers_other", 0) + d.get("young_specialists", 0)
    if "teachers_other_mentees" in d and "young_specialists_mentees" in d:
        d["share_teachers_mentees"] = r(d["teachers_other_mentees"] + d["young_specialists_mentees"], t)
    if "teachers_mentors" in d:
        d["share_teachers_mentors"] = r(d["teachers_mentors"], t)
    if "young_specialists_mentors" in d:
        d["share_young_specialists_mentors"] = r(d["young_specialists_mentors"], d["young_specialists"])
    for k in skip:
        d.pop(k, None)
    return d


for _d in (F1, F2, F3, F4, F5, F6):
    add_shares(_d)


def check_school(d, name):
    g = d.get

    def le(a, b):
        assert g(a, 0) <= g(b, 0), (name, a, b)
    pp_parts = [k for k in d if k.startswith("pp_") and k != "pp_total"]
    assert sum(d[k] for k in pp_parts) == d["pp_total"], name
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    assert sum(g(k, 0) for k in cats) <= d["mentees_10_19"], name
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    assert g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees") <= d["mentees_total"]
    assert (g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors", 0) + g("enterprise_mentors", 0)
            + g("other_org_mentors", 0)) <= d["mentors_total"], name
    assert g("teachers_in_pp") <= g("teachers_other") + g("young_specialists")
    assert g("teachers_mentors") <= g("teachers_other") + g("young_specialists")
    n_partners = len(d["partner_list"].split(";"))
    assert n_partners == (g("agreements_edu_orgs", 0) + g("agreements_enterprises", 0)
                          + g("agreements_other_orgs", 0)), name


for _n, _d in (("F1", F1), ("F2", F2), ("F3", F3), ("F4", F4), ("F5", F5), ("F6", F6)):
    check_school(_d, _n)

# rows each organisation left empty (zeros not typed, shares not computed): no value
BLANK = {
    "F1": ["pp_student_student", "pp_student_pupil", "share_young_specialists_mentors"],
    "F2": ["share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees", "share_teachers_mentees",
           "share_teachers_mentors", "share_young_specialists_mentors"],
    "F4": ["agreements_enterprises", "agreements_other_orgs", "enterprise_mentors", "other_org_mentors",
           "pp_head_teacher", "pp_other", "school_methodical_associations", "pay_acts"],
    "F5": ["pp_student_student", "pp_head_teacher", "pp_student_pupil", "external_edu_mentors"],
    "F6": ["share_young_specialists_mentees", "share_teachers_mentees"],
}
for _n, _d in (("F1", F1), ("F2", F2), ("F4", F4), ("F5", F5), ("F6", F6)):
    for _k in BLANK[_n]:
        _d.pop(_k)

MUNI = dict(
    municipal_order=1, orgs_total=15, orgs_regulation_teachers=15, orgs_regulation_students=14,
    share_orgs_teachers_system=100.0, share_orgs_students_system=93.33, orgs_monitoring_order=13,
    internal_monitoring_notes=12, municipal_analytic_note=1, municipal_methodical_associations=2,
    best_practices=5, contests=1, network_community=1, network_mentors=4,
)
assert MUNI["share_orgs_students_system"] == round(100 * 14 / 15, 2)
MUNI_DECOYS = {"1.9": 4, "1.16": 7, "1.17": "Лебедева Ольга Викторовна, гл. специалист УО, тел. 8 (34145) 3-12-40"}
MUNI_LINKS = {
    "municipal_order": "https://uo-belokluchinsk.ru/upload/nastavnichestvo/prikaz_UO_45-od_2022.pdf",
    "orgs_regulation_teachers": "https://uo-belokluchinsk.ru/nastavnichestvo/polozheniya-oo/",
    "orgs_regulation_students": "https://uo-belokluchinsk.ru/nastavnichestvo/polozheniya-oo/",
    "orgs_monitoring_order": "https://uo-belokluchinsk.ru/nastavnichestvo/monitoring-2024/",
    "internal_monitoring_notes": "https://uo-belokluchinsk.ru/nastavnichestvo/monitoring-2024/spravki-oo/",
    "municipal_analytic_note": "https://uo-belokluchinsk.ru/upload/nastavnichestvo/spravka_itogi_CMN_2024.pdf",
    "municipal_methodical_associations": "https://uo-belokluchinsk.ru/upload/imc/prikaz_GMO_nastavnikov_2024.pdf",
    "best_practices": "https://uo-belokluchinsk.ru/nastavnichestvo/luchshie-praktiki/",
    "contests": "https://uo-belokluchinsk.ru/konkursy/nastavnik-goda-2024/",
    "network_community": "https://vk.com/nastavniki_belokluchinsk",
}
# a school's yes-answers never exceed the municipal counts
for _k in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
           "internal_monitoring_notes"):
    assert sum(d.get(_k, 0) for d in (F1, F2, F3, F4, F5, F6)) <= MUNI[_k]

# СОШ № 7's answers in Раздел I (by mistake: its own 1/0 and small numbers)
F5_MISTAKES = {"1.1": 1, "1.3": 1, "1.4": 1, "1.7": 1, "1.11": 1, "1.12": 3, "1.14": 0}
F5_MISTAKE_LINKS = {"1.1": "https://sh7-belokluchinsk.gosuslugi.ru/netcat_files/nastavnichestvo/prikaz_CMN_2024.pdf",
                    "1.12": "https://sh7-belokluchinsk.gosuslugi.ru/roditelyam-i-uchenikam/nastavnichestvo/"}

# --------------------------------------------------------------------------------------------------------------
# Files
FILES = [
    dict(key="F1", file="MBOU_SOSH3_CMN_2024.xlsx", sheet="Форма", version="v1", data=F1,
         org="МБОУ «СОШ № 3»", muni_line="г. Белоключинск", org_line="МБОУ «СОШ № 3»",
         date="17.01.2025", resp="Кожевникова Н.А., зам. директора по УВР, 8 (34145) 3-21-07",
         sec1="empty", yesno="num", share="num", link="text", seed=301,
         base="https://sosh3-belokluchinsk.gosuslugi.ru/netcat_files/nastavnichestvo/",
         extra={"2.4": 1, "2.13": 61}, notes={"2.14.7": "«педагог – родитель»"}, instructions=True,
         sign="Директор ____________ / С.В. Широбокова /"),
    dict(key="F2", file="СОШ_12_мониторинг.xlsx", sheet="Лист1", version="v1", data=F2,
         org="СОШ 12", muni_line="город Белоключинск", org_line=None,
         date="20.01.2025", resp="Иванова Т.П., зам. директора по УВР", sec1="dash", yesno="num", share="text",
         link="text", seed=302, base="https://school12-bk.ru/wp-content/uploads/2024/",
         extra={"2.4": 1, "2.13": 70}, notes={}, sign="Директор ____________"),
    dict(key="F3", file="Лицей1_ЦМН_форма_МО-ОО_2024.xlsx", sheet="Форма_МО_ОО", version="v1", data=F3,
         org="Муниципальное автономное общеобразовательное учреждение «Лицей № 1» города Белоключинска",
         muni_line="Белоключинск",
         org_line="Муниципальное автономное общеобразовательное учреждение «Лицей № 1» города Белоключинска",
         date="22.01.2025", resp="Перевощикова А.В., зам. директора, куратор ЦМН", sec1="nz", yesno="num",
         share="frac", link="hyper", seed=303, base="https://licey1-bk.ru/wp-content/uploads/2024/",
         extra={"2.4": 1, "2.13": 131}, notes={"2.14.7": "«студент вуза – учитель» (4)",
                                               "2.14.5": "студенты УдГУ – учащиеся 10-х кл."},
         sign="Директор МАОУ «Лицей № 1» ____________ / Е.Г. Баженова /"),
    dict(key="F4", file="ООШ9_ЦМН_2024.xlsx", sheet="Форма", version="v1", data=F4,
         org="МБОУ «ООШ № 9»", muni_line="г. Белоключинск", org_line=None,
         period="МБОУ «ООШ № 9» (с. Ключи) — отчёт за 2024 год",
         date="15.01.2025", resp="Ложкина Г.М., учитель, куратор", sec1="x", yesno="word", share="num",
         link="text", seed=304, base="https://oosh9-kluchi.ucoz.ru/nastavnichestvo/",
         extra={"2.4": "да", "2.13": 14}, placeholders={"2.14.3": "х", "2.14.5": "х"},
         notes={"2.3": "приказ в разработке"}, sign="Директор ____________ / Н.Н. Бабинцева /"),
    dict(key="F5", file="sosh7_monitoring_CMN_2024.xlsx", sheet="2024", version="v2", data=F5,
         org="МБОУ СОШ №7", muni_line="г.Белоключинск", org_line="МБОУ СОШ №7",
         date="24.01.2025", resp="Бекмеметьева О.Р. (зам. по ВР)", sec1="mistake", yesno="num", share="num",
         link="text", seed=305, base="https://sh7-belokluchinsk.gosuslugi.ru/netcat_files/nastavnichestvo/",
         extra={"2.4": 1, "2.13": 44}, notes={"2.14.7": "«родитель – ученик»"},
         sign="Директор школы ____________ А.Ю. Корепанов"),
    dict(key="F6", file="ЦВР_мониторинг_наставничество_2024.xlsx", sheet="Форма", version="v1", data=F6,
         org="МБУ ДО «Центр внешкольной работы»", muni_line="г. Белоключинск",
         org_line="МБУ ДО «Центр внешкольной работы»", date="21.01.2025",
         resp="Вахрушева Е.С., методист", sec1="hidden", yesno="num", share="num", link="text", seed=306,
         base="https://cvr-belokluchinsk.edu.ru/files/nastavn/", extra={"2.4": 1},
         notes={"2.14.7": "«педагог – выпускник»", "2.25": "анкетирование наставников не проводилось"},
         sign="Директор ____________ / Т.А. Сунцова /"),
    dict(key="F7", file="УО_Белоключинск_форма_МО_ОО_ЦМН_2024.xlsx", sheet="Форма", version="v1", data=None,
         org=None, muni_line="Управление образования Администрации города Белоключинска", org_line="—",
         date="31.01.2025", resp="Лебедева О.В., гл. специалист УО, 8 (34145) 3-12-40", sec1="muni",
         yesno="num", share="num", link="text", seed=307, base=None, extra={}, notes={}, instructions=True,
         sign="Начальник Управления образования ____________ О.Н. Кузьмина"),
]

# --------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")

LINK_TEXT = {  # display texts of the Lyceum's hyperlinks (by document)
    "polozhenie_ped": "Приказ № 112-о от 30.08.2024", "polozhenie_obuch": "Приказ № 112-о от 30.08.2024 (прил. 2)",
    "prikaz_monitoring": "Приказ № 201-о от 02.12.2024", "spravka_monitoring": "Справка по ВШМ",
    "prikaz_kurator": "Приказ о кураторах", "soglasheniya": "Соглашения (скан)",
    "baza_nastavnikov": "База наставников", "baza_nastavlyaemyh": "База наставляемых", "ppn": "ППН (папка)",
    "anketirovanie": "Итоги анкетирования", "kpk": "Удостоверения КПК", "shmo": "Приказ о ШМО",
    "polozhenie_oplata": "Положение об оплате", "polozhenie_pooshchrenie": "Положение о поощрении",
}
DOC_FILE = {
    "polozhenie_ped": "prikaz_polozhenie_nastavnichestvo_ped.pdf",
    "polozhenie_obuch": "prikaz_polozhenie_nastavnichestvo_obuch.pdf",
    "prikaz_monitoring": "prikaz_monitoring_CMN.pdf", "spravka_monitoring": "spravka_vnutr_monitoring_2024.pdf",
    "prikaz_kurator": "prikaz_kurator_CMN.pdf", "soglasheniya": "soglasheniya_nastavnichestvo.pdf",
    "baza_nastavnikov": "baza_nastavnikov_2024.pdf", "baza_nastavlyaemyh": "baza_nastavlyaemyh_2024.pdf",
    "ppn": "ppn_2024.pdf", "anketirovanie": "itogi_anketirovaniya_nastavnichestvo.pdf", "kpk": "kpk_2024.pdf",
    "shmo": "prikaz_shmo_nastavnikov.pdf", "polozhenie_oplata": "polozhenie_oplata_nastavnikov.pdf",
    "polozhenie_pooshchrenie": "polozhenie_nematerialnoe_pooshchrenie.pdf",
}


def url_for(spec, crit):
    doc = DOC[crit]
    if spec["key"] == "F3":  # the Lyceum's documents are in month folders
        month = {"polozhenie_ped": "08", "polozhenie_obuch": "08", "prikaz_monitoring": "12"}.get(doc, "09")
        return f"{spec['base']}{month}/{DOC_FILE[doc]}"
    if spec["key"] == "F2":
        return f"{spec['base']}{DOC_FILE[doc].replace('_', '-')}"
    return spec["base"] + DOC_FILE[doc]


def typed_value(spec, crit, v):
    """(cell value, number format, kind) as this file types it."""
    if crit in YESNO and spec["yesno"] == "word":
        return ("да" if v == 1 else "нет"), None
    if crit in SHARES or crit in LEVELS:
        if spec["share"] == "text":
            return f"{v:g}".replace(".", ",") + "%", None
        if spec["share"] == "frac":
            return round(v / 100.0, 4), ("0%" if crit in LEVELS else "0.00%")
        return v, ("0.00" if crit in SHARES else "0.0")
    return v, None


def rows_of(version):
    out = [("sec", SEC1)]
    for num, title, unit, crit in SECTION1:
        out.append(("row", num, V2_TITLES.get(num, title) if version == "v2" else title, unit, crit, 1))
    out.append(("sec", SEC2))
    for item in SECTION2:
        if item[0] == "head":
            out.append(("head", item[1]))
        else:
            num, title, unit, crit = item
            out.append(("row", num, V2_TITLES.get(num, title) if version == "v2" else title, unit, crit, 2))
    return out


def build(spec):
    rng = random.Random(spec["seed"])
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    v2 = spec["version"] == "v2"
    # columns
    if v2:
        cols = dict(num="A", title="B", value="C", link="D", note="E")
        last = "E"
        widths = {"A": 7, "B": 70, "C": 14, "D": 58, "E": 24}
    else:
        cols = dict(num="A", title="B", unit="C", value="D", link="E", note="F")
        last = "F"
        widths = {"A": 7, "B": 70, "C": 12, "D": 14, "E": 58, "F": 26}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w

    entry = {"file": f"typed/{spec['file']}", "year": 2024, "organisation": spec["org"], "values": {},
             "links": {}, "not_criteria": [], "headings": []}
    cells = []

    def rec(cell, crit, kind, expected, **extra):
        c = {"file": entry["file"], "sheet": spec["sheet"], "cell": cell, "criterion": crit, "kind": kind,
             "expected": expected}
        c.update(extra)
        cells.append(c)

    # title block
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = spec.get("period", PERIOD)
    ws.merge_cells(f"A2:{last}2")
    if spec.get("period"):
        ws["A2"].font = BOLD
    if v2:
        ws["A3"] = f"Муниципальное образование: {spec['muni_line']}"
        ws["A4"] = f"Образовательная организация: {spec['org_line'] or ''}".rstrip()
        ws["A5"] = f"Дата заполнения: {spec['date']}"
        ws["A6"] = f"Ответственный (ФИО, должность): {spec['resp']}"
        for r in range(3, 7):
            ws.merge_cells(f"A{r}:{last}{r}")
        entry["not_criteria"] += ["Дата заполнения: " + spec["date"],
                                  "Ответственный (ФИО, должность): " + spec["resp"]]
    else:
        labels = ["Муниципальное образование (городской округ / муниципальный округ):",
                  "Наименование ОО (сокращённое, по Уставу):", "Дата заполнения:",
                  "Ответственный за заполнение (ФИО, должность, телефон):"]
        vals = [spec["muni_line"], spec["org_line"], spec["date"], spec["resp"]]
        for i, (lab, v) in enumerate(zip(labels, vals)):
            r = 3 + i
            ws[f"B{r}"] = lab
            ws[f"B{r}"].alignment = Alignment(horizontal="right")
            if v is not None:
                ws[f"C{r}"] = v
            ws.merge_cells(f"C{r}:{last}{r}")
            ws[f"C{r}"].fill = YELLOW
        entry["not_criteria"] += [labels[2], labels[3]]

    # header
    hr = 8
    heads = ["№ п/п", "Наименование показателя (критерия)"] + ([] if v2 else ["Ед. изм."]) + [
        "Значение за 2024 г.", "Ссылка на подтверждающий документ (на сайте ОО / МОУО)", "Примечание"]
    for i, h in enumerate(heads):
        c = ws.cell(row=hr, column=i + 1, value=h)
        c.font = BOLD
        c.fill = GREY
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BORDER
        ws.cell(row=hr + 1, column=i + 1, value=i + 1).alignment = Alignment(horizontal="center")
        ws.cell(row=hr + 1, column=i + 1).border = BORDER

    data = spec["data"] or {}
    vcol, lcol, ncol = cols["value"], cols["link"], cols["note"]
    r = hr + 2
    sec1_rows = []
    for item in rows_of(spec["version"]):
        if item[0] in ("sec", "head"):
            ws[f"A{r}"] = item[1]
            ws.merge_cells(f"A{r}:{last}{r}")
            ws[f"A{r}"].font = BOLD
            if item[0] == "sec":
                ws[f"A{r}"].fill = GREY
            entry["headings"].append(item[1])
            r += 1
            continue
        _, num, title, unit, crit, section = item
        ws[f"A{r}"] = num
        ws[f"B{r}"] = title
        ws[f"B{r}"].alignment = WRAP
        if not v2:
            ws[f"C{r}"] = unit
        for col in cols.values():
            ws[f"{col}{r}"].border = BORDER
        vcell, lcell = f"{vcol}{r}", f"{lcol}{r}"
        if section == 1:
            sec1_rows.append(r)
            mode = spec["sec1"]
            if mode == "dash":
                ws[vcell] = "—"
            elif mode == "nz":
                ws[vcell] = "не заполняется"
            elif mode == "x":
                ws[vcell] = "х"
                ws[lcell] = "х"
            elif mode == "mistake" and num in F5_MISTAKES:
                ws[vcell] = F5_MISTAKES[num]
                if num in F5_MISTAKE_LINKS:
                    ws[lcell] = F5_MISTAKE_LINKS[num]
                entry["not_criteria"].append(title)
            elif mode == "muni":
                if crit is None:
                    ws[vcell] = MUNI_DECOYS[num]
                    entry["not_criteria"].append(title)
                    if num == "1.16":
                        ws[lcell] = "https://uo-belokluchinsk.ru/nastavnichestvo/meropriyatiya-2024/"
                else:
                    v = MUNI[crit]
                    tv, fmt = typed_value(spec, crit, v)
                    ws[vcell] = tv
                    if fmt:
                        ws[vcell].number_format = fmt
                    entry["values"][crit] = v
                    rec(vcell, crit, "value", v)
                    if crit in MUNI_LINKS:
                        ws[lcell] = MUNI_LINKS[crit]
                        entry["links"][crit] = MUNI_LINKS[crit]
                        rec(lcell, crit, "link", MUNI_LINKS[crit], via="text")
            # "empty" and "hidden": nothing typed
        else:
            if spec["sec1"] == "muni":
                ws[vcell] = "см. формы ОО"
            elif crit is None:
                if num in spec["extra"]:
                    ws[vcell] = spec["extra"][num]
                    entry["not_criteria"].append(title)
            elif num in spec.get("placeholders", {}):
                ws[vcell] = spec["placeholders"][num]
            elif crit in data:
                v = data[crit]
                tv, fmt = typed_value(spec, crit, v)
                ws[vcell] = tv
                if fmt:
                    ws[vcell].number_format = fmt
                if isinstance(tv, str) and len(tv) > 30:
                    ws[vcell].alignment = WRAP
                entry["values"][crit] = v
                rec(vcell, crit, "value", v)
                # links: on rows that need a document, mostly; not on zeros
                if CAT[crit]["needs_source"] == "yes" and v != 0 and rng.random() < 0.8:
                    url = url_for(spec, crit)
                    if spec["link"] == "hyper":
                        ws[lcell] = LINK_TEXT[DOC[crit]]
                        ws[lcell].hyperlink = url
                        ws[lcell].font = Font(color="0563C1", underline="single")
                        rec(lcell, crit, "link", url, via="hyperlink")
                    else:
                        ws[lcell] = url
                        rec(lcell, crit, "link", url, via="text")
                    entry["links"][crit] = url
        if num in spec["notes"]:
            ws[f"{ncol}{r}"] = spec["notes"][num]
        r += 1

    if spec["sec1"] == "hidden":
        for rr in sec1_rows:
            ws.row_dimensions[rr].outlineLevel = 1
            ws.row_dimensions[rr].hidden = True
        ws.sheet_properties.outlinePr.summaryBelow = False

    r += 1
    ws[f"B{r}"] = spec["sign"]
    ws[f"B{r + 1}"] = "М.П."
    ws.freeze_panes = f"A{hr + 2}"

    if spec.get("instructions"):
        ins = wb.create_sheet("Инструкция")
        lines = [
            "Порядок заполнения единой формы мониторинга ЦМН за 2024 год",
            "1. Раздел I заполняет муниципальный орган управления образованием (МОУО). ОО раздел I не заполняют.",
            "2. Раздел II заполняет каждая образовательная организация (ОО), включая организации доп. образования.",
            "3. Значения указываются на 31.12.2024; наличие документа: 1 – да, 0 – нет.",
            "4. Доли указываются в процентах с двумя знаками после запятой.",
            "5. В графе 5 указывается ссылка на документ, размещённый на официальном сайте.",
            "6. Форма направляется ОО в МОУО до 25.01.2025, МОУО – в ИРО до 05.02.2025.",
        ]
        for i, t in enumerate(lines, start=1):
            ins[f"A{i}"] = t
        ins["A1"].font = BOLD
        ins.column_dimensions["A"].width = 110

    return wb, entry, cells


FIXED = (2025, 1, 31, 12, 0, 0)


def save_pinned(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                              rb"<dcterms:\1\2>2025-01-31T12:00:00Z</dcterms:\1>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def verbatim_check():
    """No title of the template copies a catalogue wording."""
    cat_words = set()
    for r in CAT.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k]:
                cat_words.add(re.sub(r"\s+", " ", r[k]).strip().lower())
    titles = [t for _, t, _, _ in SECTION1] + [i[1] for i in SECTION2] + list(V2_TITLES.values())
    hits = [t for t in titles if re.sub(r"\s+", " ", t).strip().lower() in cat_words]
    assert not hits, hits


def main():
    verbatim_check()
    out = HERE / "typed"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.xlsx"):
        old.unlink()
    expected, cells = [], []
    for spec in FILES:
        wb, entry, cc = build(spec)
        for k in entry["values"]:
            assert k in CAT, k
            if spec["org"] is None:
                assert k in MUNI_IDS or k in MUNI, k
            else:
                assert k not in MUNI_IDS, (spec["file"], k)
        save_pinned(wb, out / spec["file"])
        expected.append(entry)
        cells += cc
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print(f"{e['file']}: {e['organisation']}: {len(e['values'])} values, {len(e['links'])} links, "
              f"{len(e['not_criteria'])} not_criteria")
    print(f"files {len(FILES)}, forms {len(expected)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
