#!/usr/bin/env python3
"""heldout104: a regional template with drop-down lists (data validation) and
placeholders, partly filled.  Deterministic: no randomness at all.

Writes typed/*.xlsx, expected.json, cells.json next to this file.
"""
import csv
import datetime as dt
import json
import pathlib
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
TYPED = HERE / "typed"
YEAR = 2024

# ----------------------------------------------------------------------------
# catalogue (only to make sure no wording is copied verbatim and ids exist)
# ----------------------------------------------------------------------------
CAT = {}
with open(ROOT / "Templates/criteria.tsv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh, delimiter="\t"):
        CAT[r["id"]] = r


def norm(s):
    return re.sub(r"[^0-9a-zа-яё]+", " ", s.lower()).strip()


CAT_WORDINGS = set()
for r in CAT.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k]:
            CAT_WORDINGS.add(norm(r[k]))

# ----------------------------------------------------------------------------
# kinds
# ----------------------------------------------------------------------------
YN = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
      "internal_monitoring_notes", "municipal_order", "municipal_analytic_note",
      "network_community"}
SHARE = {"share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees",
         "share_teachers_mentees", "share_teachers_mentors", "share_young_specialists_mentors",
         "share_orgs_teachers_system", "share_orgs_students_system",
         "satisfaction_mentees", "satisfaction_mentors"}
TEXT = {"partner_list", "kpk_courses", "agreement_subjects"}


def kind_of(key, nc_kinds=None):
    if key.startswith("nc_"):
        return nc_kinds[key]
    if key in YN:
        return "yn"
    if key in SHARE:
        return "share"
    if key in TEXT:
        return "text"
    return "count"


NC_KINDS = {"nc_roadmap": "yn", "nc_pairs": "count", "nc_site": "yn", "nc_events": "count",
            "nc_staj": "yn", "nc_spo": "yn", "nc_orgs_dop": "count", "nc_kpk_plan": "count"}

# ----------------------------------------------------------------------------
# template A (files 01, 02, 05): «Форма № 2-ОО «Наставничество»»
# ----------------------------------------------------------------------------
TPL_A = [
    ("H", "I. Нормативная база наставничества в ОО"),
    ("R", "1.1", "orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педработников", "наличие"),
    ("R", "1.2", "orgs_regulation_students", "Приказ об утв. Положения о наставничестве обучающихся", "наличие"),
    ("R", "1.3", "orgs_monitoring_order", "Приказ ОО о мониторинге внедрения ЦМН", "наличие"),
    ("R", "1.4", "nc_roadmap", "Дорожная карта ЦМН на 2024/25 уч. год", "наличие"),
    ("R", "1.5", "internal_monitoring_notes", "Инф. справка по итогам внутр. мониторинга (2024)", "наличие"),
    ("H", "II. Организация процесса наставничества"),
    ("R", "2.1", "curators_total", "Кураторы ЦМН в ОО (по приказу)", "чел."),
    ("R", "2.2", "agreements_edu_orgs", "Соглашения с другими ОО о привлечении их сотрудников в качестве наставников", "ед."),
    ("R", "2.3", "agreements_enterprises", "Соглашения с предприятиями (сотрудники — наставники)", "ед."),
    ("R", "2.4", "agreements_other_orgs", "Соглашения с иными организациями любой формы собственности (сотрудники — наставники)", "ед."),
    ("R", "2.5", "partner_list", "Организации-партнёры по наставничеству (наименования через «;»)", "перечень"),
    ("R", "2.6", "mentors_total", "Всего наставников в ОО по приказу", "чел."),
    ("R", "2.7", "mentees_total", "Всего наставляемых в ОО по приказу", "чел."),
    ("R", "2.8", "nc_pairs", "Сформировано наставнических пар / групп", "ед."),
    ("H", "III. Персонализированные программы наставничества (ППН)"),
    ("R", "3.1", "pp_total", "ППН всего, по всем формам", "ед."),
    ("R", "3.1.1", "pp_pupil_pupil", "в т.ч. форма «ученик – ученик»", "ед."),
    ("R", "3.1.2", "pp_teacher_teacher", "в т.ч. «учитель – учитель» / «педагог – педагог»", "ед."),
    ("R", "3.1.3", "pp_student_student", "в т.ч. «студент – студент»", "ед."),
    ("R", "3.1.4", "pp_head_teacher", "в т.ч. «руководитель – педагог»", "ед."),
    ("R", "3.1.5", "pp_student_pupil", "в т.ч. «студент – ученик»", "ед."),
    ("R", "3.1.6", "pp_teacher_pupil", "в т.ч. «учитель – ученик»", "ед."),
    ("R", "3.1.7", "pp_other", "в т.ч. иные формы (какие — в комментарии)", "ед."),
    ("H", "IV. Наставники из внешних организаций"),
    ("R", "4.1", "external_edu_mentors", "Наставники — работники других образоват. организаций (по приказу)", "чел."),
    ("R", "4.2", "other_org_mentors", "Наставники — работники иных организаций", "чел."),
    ("R", "4.3", "enterprise_mentors", "Наставники — работники предприятий", "чел."),
    ("H", "V. Обучающиеся 10–19 лет в роли наставляемых"),
    ("R", "5.1", "students_10_19", "Кол-во обучающихся 10–19 лет в ОО (всего)", "чел."),
    ("R", "5.2", "mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", "чел."),
    ("R", "5.2.1", "mentees_risk", "из них «группа риска»", "чел."),
    ("R", "5.2.2", "mentees_gifted", "из них одарённые дети (в реестре)", "чел."),
    ("R", "5.2.3", "mentees_disabled", "из них дети с ОВЗ, дети-инвалиды", "чел."),
    ("R", "5.2.4", "mentees_low_motivation", "из них с низкой учебной мотивацией / неуспевающие", "чел."),
    ("R", "5.2.5", "mentees_career", "из них затрудняющиеся с выбором профессии, траектории", "чел."),
    ("R", "5.2.6", "mentees_other_params", "из них по иным основаниям", "чел."),
    ("R", "5.3", "share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", "%"),
    ("H", "VI. Обучающиеся 15–19 лет в роли наставников"),
    ("R", "6.1", "students_15_19", "Кол-во обучающихся 15–19 лет в ОО (всего)", "чел."),
    ("R", "6.2", "mentors_15_19", "Обучающиеся 15–19 лет — наставники (по приказу)", "чел."),
    ("R", "6.3", "share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет", "%"),
    ("H", "VII. Удовлетворённость участников (завершённые программы)"),
    ("R", "7.1", "satisfaction_mentees", "Удовлетворённость наставляемых", "%"),
    ("R", "7.2", "satisfaction_mentors", "Удовлетворённость наставников", "%"),
    ("H", "VIII. Педагоги и молодые специалисты в роли наставляемых"),
    ("R", "8.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО, всего", "чел."),
    ("R", "8.2", "young_specialists_mentees", "из них МС-наставляемые", "чел."),
    ("R", "8.3", "share_young_specialists_mentees", "Доля МС, вошедших в программы как наставляемые", "%"),
    ("R", "8.4", "teachers_other", "Педагоги ОО кроме МС, всего", "чел."),
    ("R", "8.5", "teachers_other_mentees", "из них в роли наставляемых", "чел."),
    ("R", "8.6", "share_teachers_mentees", "Доля педагогов-наставляемых (с учётом МС) от всех педагогов ОО", "%"),
    ("H", "IX. Непрерывное профразвитие педагогов"),
    ("R", "9.1", "teachers_in_pp", "Педагоги — участники утверждённых ППН", "чел."),
    ("R", "9.2", "kpk_trained", "Прошли КПК по наставничеству в 2024 г.", "чел."),
    ("R", "9.3", "kpk_courses", "Названия КПК (через «;»)", "перечень"),
    ("R", "9.4", "school_methodical_associations", "ШМО (объединения) наставников в ОО", "ед."),
    ("H", "X. Педагоги в роли наставников"),
    ("R", "10.1", "teachers_mentors", "Педагоги-наставники", "чел."),
    ("R", "10.2", "young_specialists_mentors", "из них молодые специалисты", "чел."),
    ("R", "10.3", "share_teachers_mentors", "Доля педагогов-наставников от общего числа педагогов ОО", "%"),
    ("H", "XI. Стимулирование наставников"),
    ("R", "11.1", "pay_acts", "Локальные акты об оплате / доплате наставникам", "ед."),
    ("R", "11.2", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", "ед."),
    ("H", "XII. Дополнительно (региональные показатели)"),
    ("R", "12.1", "nc_site", "Раздел «Наставничество» на сайте ОО", "наличие"),
    ("R", "12.2", "nc_events", "Мероприятия для наставников в 2024 г. (семинары, конкурсы)", "ед."),
]

# ----------------------------------------------------------------------------
# template B (files 03, 04, 07): «Мониторинг ЦМН – 2024. Форма для ОО (версия 2)»
# ----------------------------------------------------------------------------
TPL_B = [
    ("H", "Н1. Нормативное обеспечение"),
    ("R", "Н1.1", "orgs_regulation_teachers", "Положение о системе наставничества педагогов утверждено приказом", "да/нет"),
    ("R", "Н1.2", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом", "да/нет"),
    ("R", "Н1.3", "orgs_monitoring_order", "Издан приказ о мониторинге ЦМН в ОО", "да/нет"),
    ("R", "Н1.4", "internal_monitoring_notes", "По итогам внутреннего мониторинга подготовлена инф. справка", "да/нет"),
    ("R", "Н1.5", "nc_site", "На сайте ОО есть раздел по наставничеству", "да/нет"),
    ("R", "Н1.6", "nc_staj", "Договор со стажёрской площадкой (для базовых ОО)", "да/нет"),
    ("H", "Н2. Организация"),
    ("R", "Н2.1", "curators_total", "Число кураторов ЦМН", "чел"),
    ("R", "Н2.2", "agreements_edu_orgs", "Договоры (соглашения) с образоват. организациями о наставниках", "шт"),
    ("R", "Н2.3", "agreements_enterprises", "Договоры с предприятиями о наставниках", "шт"),
    ("R", "Н2.4", "agreements_other_orgs", "Договоры с прочими организациями о наставниках", "шт"),
    ("R", "Н2.5", "partner_list", "С кем сотрудничаем по наставничеству (список)", "список"),
    ("R", "Н2.5а", "agreement_subjects", "О чём соглашения (предмет)", "текст"),
    ("R", "Н2.6", "mentors_total", "Наставники (всего, приказ)", "чел"),
    ("R", "Н2.7", "mentees_total", "Наставляемые (всего, приказ)", "чел"),
    ("R", "Н2.8", "nc_spo", "Сетевая программа наставничества с ПОО (СПО)", "да/нет"),
    ("H", "Н3. Персонализированные программы"),
    ("R", "Н3.1", "pp_total", "Персонализ. программы — всего", "шт"),
    ("R", "Н3.2", "pp_pupil_pupil", "ученик–ученик", "шт"),
    ("R", "Н3.3", "pp_teacher_teacher", "педагог–педагог", "шт"),
    ("R", "Н3.4", "pp_head_teacher", "руководитель–педагог", "шт"),
    ("R", "Н3.5", "pp_teacher_pupil", "учитель–ученик", "шт"),
    ("R", "Н3.6", "pp_other", "другие формы", "шт"),
    ("H", "Н4. Внешние наставники"),
    ("R", "Н4.1", "external_edu_mentors", "из других ОО", "чел"),
    ("R", "Н4.2", "other_org_mentors", "из иных организаций", "чел"),
    ("R", "Н4.3", "enterprise_mentors", "с предприятий", "чел"),
    ("H", "Н5. Дети 10–19 лет — наставляемые"),
    ("R", "Н5.1", "students_10_19", "Обучающихся 10–19 лет всего", "чел"),
    ("R", "Н5.2", "mentees_10_19", "Из них наставляемых", "чел"),
    ("R", "Н5.3", "mentees_risk", "в т.ч. группа риска", "чел"),
    ("R", "Н5.4", "mentees_gifted", "в т.ч. одарённые", "чел"),
    ("R", "Н5.5", "mentees_disabled", "в т.ч. ОВЗ/инвалиды", "чел"),
    ("R", "Н5.6", "share_mentees_10_19", "Охват наставничеством 10–19 лет", "%"),
    ("H", "Н6. Обучающиеся 15–19 лет — наставники"),
    ("R", "Н6.1", "students_15_19", "Обучающихся 15–19 лет всего", "чел"),
    ("R", "Н6.2", "mentors_15_19", "Из них наставники (приказ)", "чел"),
    ("R", "Н6.3", "share_mentors_15_19", "Доля обучающихся-наставников 15–19 лет", "%"),
    ("H", "Н7. Удовлетворённость"),
    ("R", "Н7.1", "satisfaction_mentees", "наставляемые", "%"),
    ("R", "Н7.2", "satisfaction_mentors", "наставники", "%"),
    ("H", "Н8. Педагогические кадры"),
    ("R", "Н8.1", "young_specialists", "Молодых специалистов (до 35 лет, 1–3 год работы)", "чел"),
    ("R", "Н8.2", "young_specialists_mentees", "МС — наставляемые", "чел"),
    ("R", "Н8.3", "teachers_other", "Прочих педагогов (без МС)", "чел"),
    ("R", "Н8.4", "teachers_other_mentees", "Прочие педагоги — наставляемые", "чел"),
    ("R", "Н8.5", "teachers_mentors", "Педагоги-наставники", "чел"),
    ("R", "Н8.6", "young_specialists_mentors", "МС — наставники", "чел"),
    ("H", "Н9. Профразвитие и стимулирование"),
    ("R", "Н9.1", "teachers_in_pp", "Педагогов в утверждённых персонализ. программах", "чел"),
    ("R", "Н9.2", "kpk_trained", "Обучены на КПК по наставничеству (2024)", "чел"),
    ("R", "Н9.3", "school_methodical_associations", "МО наставников в ОО", "шт"),
    ("R", "Н9.4", "pay_acts", "Акты об оплате наставничества", "шт"),
    ("R", "Н9.5", "nonmaterial_acts", "Акты о нематериальном поощрении", "шт"),
]

# ----------------------------------------------------------------------------
# municipal template (file 06)
# ----------------------------------------------------------------------------
TPL_M = [
    ("H", "1. Нормативное обеспечение (МО)"),
    ("R", "1.1", "municipal_order", "Муниципальный приказ о внедрении ЦМН", "наличие"),
    ("R", "1.2", "nc_orgs_dop", "Подведомственных ОО, всего (в т.ч. ДОУ)", "ед."),
    ("R", "1.3", "orgs_total", "ОО, участвующих в мониторинге ЦМН (школы и УДО)", "ед."),
    ("R", "1.4", "orgs_regulation_teachers", "ОО с утверждённым Положением о наставничестве педагогов", "ед."),
    ("R", "1.5", "orgs_regulation_students", "ОО с утверждённым Положением о наставничестве обучающихся", "ед."),
    ("R", "1.6", "orgs_monitoring_order", "ОО, издавшие приказ о мониторинге ЦМН", "ед."),
    ("R", "1.7", "municipal_analytic_note", "Аналит. справка МО по итогам мониторинга", "наличие"),
    ("H", "2. Организация процесса"),
    ("R", "2.1", "share_orgs_teachers_system", "Доля ОО с системой наставничества педагогов", "%"),
    ("R", "2.2", "share_orgs_students_system", "Доля ОО с системой наставничества обучающихся", "%"),
    ("R", "2.3", "internal_monitoring_notes", "Справки ОО по внутреннему мониторингу, шт.", "ед."),
    ("R", "2.4", "curators_total", "Кураторы ЦМН по всем ОО", "чел."),
    ("R", "2.5", "agreements_edu_orgs", "Соглашения ОО с другими ОО (наставники)", "ед."),
    ("R", "2.6", "agreements_enterprises", "Соглашения ОО с предприятиями (наставники)", "ед."),
    ("R", "2.7", "agreements_other_orgs", "Соглашения ОО с иными организациями (наставники)", "ед."),
    ("R", "2.8", "partner_list", "Перечень организаций-партнёров", "перечень"),
    ("R", "2.9", "mentors_total", "Наставники по приказам ОО, всего", "чел."),
    ("R", "2.10", "mentees_total", "Наставляемые по приказам ОО, всего", "чел."),
    ("H", "3. Персонализированные программы"),
    ("R", "3.1", "pp_total", "ППН по МО, всего", "ед."),
    ("R", "3.2", "pp_pupil_pupil", "в т.ч. ученик – ученик", "ед."),
    ("R", "3.3", "pp_teacher_teacher", "в т.ч. педагог – педагог", "ед."),
    ("H", "4–6. Обучающиеся"),
    ("R", "4.1", "students_10_19", "Обучающиеся 10–19 лет по МО", "чел."),
    ("R", "4.2", "mentees_10_19", "из них наставляемые", "чел."),
    ("R", "4.3", "share_mentees_10_19", "Доля наставляемых 10–19 лет", "%"),
    ("R", "5.1", "students_15_19", "Обучающиеся 15–19 лет по МО", "чел."),
    ("R", "5.2", "mentors_15_19", "из них наставники", "чел."),
    ("R", "5.3", "share_mentors_15_19", "Доля наставников 15–19 лет", "%"),
    ("R", "6.1", "satisfaction_mentees", "Удовлетворённость наставляемых (среднее по ОО)", "%"),
    ("R", "6.2", "satisfaction_mentors", "Удовлетворённость наставников (среднее по ОО)", "%"),
    ("H", "7. Педагоги"),
    ("R", "7.1", "teachers_municipal", "Педагогов в МО, всего", "чел."),
    ("R", "7.2", "young_specialists_municipal", "Молодых специалистов в МО, всего", "чел."),
    ("R", "7.3", "teachers_mentors", "Педагоги-наставники по МО", "чел."),
    ("R", "7.4", "young_specialists_mentors", "МС-наставники по МО", "чел."),
    ("R", "7.5", "share_teachers_mentors", "Доля педагогов-наставников", "%"),
    ("R", "7.6", "kpk_trained", "Обучено на КПК по наставничеству (2024)", "чел."),
    ("R", "7.7", "nc_kpk_plan", "План обучения на КПК на 2025 г.", "чел."),
    ("R", "7.8", "municipal_methodical_associations", "Муниципальные (районные) МО наставников", "ед."),
    ("H", "8. Стимулирование, информирование, сеть"),
    ("R", "8.1", "pay_acts", "Акты ОО об оплате наставничества, всего", "ед."),
    ("R", "8.2", "nonmaterial_acts", "Акты ОО о нематериальном поощрении, всего", "ед."),
    ("R", "8.3", "best_practices", "Лучшие практики на муниципальном сайте / сайте Сообщества педагогов УР (2024)", "ед."),
    ("R", "8.4", "contests", "Проф. конкурсы по наставничеству, проведённые МО в 2024 г.", "ед."),
    ("R", "8.5", "network_community", "Сетевое сообщество педагогов-наставников МО", "наличие"),
    ("R", "8.6", "network_mentors", "Сетевые наставники (по приказу МОиН УР № 15/09)", "чел."),
]

# ----------------------------------------------------------------------------
# the organisations' true figures (what they would type if they filled all)
# ----------------------------------------------------------------------------


def r2(x):
    return round(x + 1e-12, 2)


def derive(d):
    """add totals and shares so figures stay consistent"""
    d["pp_total"] = sum(d[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                       "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil",
                                       "pp_other"))
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
                          + d["other_org_mentors"] + d["enterprise_mentors"] + d.get("_mentors_extra", 0))
    d["mentees_total"] = (d["mentees_10_19"] + d["young_specialists_mentees"]
                          + d["teachers_other_mentees"] + d.get("_mentees_extra", 0))
    d["share_mentees_10_19"] = r2(100 * d["mentees_10_19"] / d["students_10_19"])
    d["share_mentors_15_19"] = r2(100 * d["mentors_15_19"] / d["students_15_19"])
    d["share_young_specialists_mentees"] = r2(100 * d["young_specialists_mentees"] / d["young_specialists"])
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_teachers_mentees"] = r2(100 * (d["teachers_other_mentees"] + d["young_specialists_mentees"]) / teachers)
    d["share_teachers_mentors"] = r2(100 * d["teachers_mentors"] / teachers)
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d["young_specialists_mentors"] <= min(d["teachers_mentors"], d["young_specialists"])
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    sub = sum(d.get(k, 0) for k in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                    "mentees_low_motivation", "mentees_career", "mentees_other_params"))
    assert sub <= d["mentees_10_19"], sub
    assert d["teachers_in_pp"] <= teachers
    return d


ORGS = {}

ORGS["f1"] = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=1,
    internal_monitoring_notes=1, curators_total=2, agreements_edu_orgs=2, agreements_enterprises=1,
    agreements_other_orgs=1,
    partner_list="ООО «Юськинский молочный завод»; МБУК «Юськинская ЦБС»; ГБПОУ «Юськинский аграрный техникум»",
    nc_pairs=88, pp_pupil_pupil=34, pp_teacher_teacher=19, pp_student_student=0, pp_head_teacher=2,
    pp_student_pupil=0, pp_teacher_pupil=21, pp_other=1, external_edu_mentors=2, other_org_mentors=1,
    enterprise_mentors=1, students_10_19=612, mentees_10_19=96, mentees_risk=9, mentees_gifted=14,
    mentees_disabled=6, mentees_low_motivation=18, mentees_career=22, mentees_other_params=27,
    students_15_19=148, mentors_15_19=31, satisfaction_mentees=93.4, satisfaction_mentors=91.8,
    young_specialists=9, young_specialists_mentees=8, teachers_other=53, teachers_other_mentees=11,
    teachers_in_pp=21, kpk_trained=4,
    kpk_courses="«Наставничество в образовательной организации: технологии и практики» (36 ч); «Сопровождение молодого педагога» (24 ч)",
    school_methodical_associations=1, teachers_mentors=24, young_specialists_mentors=1, pay_acts=1,
    nonmaterial_acts=1, nc_site=1, nc_events=6, _mentees_extra=7))

ORGS["f2"] = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=1,
    internal_monitoring_notes=None, curators_total=2, agreements_edu_orgs=1, agreements_enterprises=0,
    agreements_other_orgs=2, partner_list="ФГБОУ ВО «УдГУ»; АНО «Центр «Перспектива»»", nc_pairs=71,
    pp_pupil_pupil=30, pp_teacher_teacher=12, pp_student_student=0, pp_head_teacher=2, pp_student_pupil=0,
    pp_teacher_pupil=15, pp_other=0, external_edu_mentors=1, other_org_mentors=2, enterprise_mentors=0,
    students_10_19=540, mentees_10_19=84, mentees_risk=4, mentees_gifted=21, mentees_disabled=3,
    mentees_low_motivation=12, mentees_career=19, mentees_other_params=25, students_15_19=171,
    mentors_15_19=27, satisfaction_mentees=95.1, satisfaction_mentors=90.6, young_specialists=6,
    young_specialists_mentees=6, teachers_other=49, teachers_other_mentees=8, teachers_in_pp=14,
    kpk_trained=3, school_methodical_associations=1, teachers_mentors=19, young_specialists_mentors=0,
    pay_acts=1, nonmaterial_acts=0, nc_site=1, nc_events=4))

ORGS["f3"] = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
    internal_monitoring_notes=1, nc_site=1, nc_staj=None, curators_total=1, agreements_edu_orgs=1,
    agreements_enterprises=1, agreements_other_orgs=0,
    partner_list="ИП Кузнецов А.В. (столярная мастерская); ООО «Агрофирма «Юськинская»»",
    nc_spo=0, pp_pupil_pupil=20, pp_teacher_teacher=8, pp_student_student=0, pp_head_teacher=1,
    pp_student_pupil=0, pp_teacher_pupil=11, pp_other=0, external_edu_mentors=1, other_org_mentors=0,
    enterprise_mentors=2, students_10_19=356, mentees_10_19=58, mentees_risk=7, mentees_gifted=5,
    mentees_disabled=4, students_15_19=64, mentors_15_19=16, satisfaction_mentees=88.7,
    satisfaction_mentors=90.0, young_specialists=5, young_specialists_mentees=4, teachers_other=33,
    teachers_other_mentees=5, teachers_in_pp=9, kpk_trained=2, school_methodical_associations=1,
    teachers_mentors=14, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=1, _mentees_extra=3))

ORGS["f4"] = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    internal_monitoring_notes=0, nc_site=1, nc_staj=0, curators_total=1, agreements_edu_orgs=3,
    agreements_enterprises=0, agreements_other_orgs=1,
    partner_list="МБОУ «Юськинская СОШ № 1»; МБОУ «СОШ № 7»; МАОУ «Гимназия № 4»; МБУК «Юськинский районный Дом культуры»",
    agreement_subjects="совместная реализация программ наставничества по форме «учитель – ученик» на базе школ и ДК",
    nc_spo=0, pp_pupil_pupil=0, pp_teacher_teacher=4, pp_student_student=0, pp_head_teacher=1,
    pp_student_pupil=0, pp_teacher_pupil=16, pp_other=2, external_edu_mentors=3, other_org_mentors=1,
    enterprise_mentors=0, students_10_19=512, mentees_10_19=41, mentees_risk=3, mentees_gifted=11,
    mentees_disabled=2, students_15_19=97, mentors_15_19=12, satisfaction_mentees=96.0,
    satisfaction_mentors=94.3, young_specialists=3, young_specialists_mentees=3, teachers_other=28,
    teachers_other_mentees=2, teachers_in_pp=5, kpk_trained=1, school_methodical_associations=0,
    teachers_mentors=9, young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=1))

ORGS["f5"] = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=None,
    internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=1, agreements_enterprises=1,
    agreements_other_orgs=0, partner_list="СПК «Колхоз им. Мичурина»; МБОУ «Юськинская СОШ № 1»",
    nc_pairs=30, pp_pupil_pupil=11, pp_teacher_teacher=4, pp_student_student=0, pp_head_teacher=1,
    pp_student_pupil=0, pp_teacher_pupil=6, pp_other=0, external_edu_mentors=1, other_org_mentors=0,
    enterprise_mentors=1, students_10_19=174, mentees_10_19=33, mentees_risk=3, mentees_gifted=2,
    mentees_disabled=2, mentees_low_motivation=8, mentees_career=9, mentees_other_params=9,
    students_15_19=38, mentors_15_19=11, satisfaction_mentees=90.2, satisfaction_mentors=87.5,
    young_specialists=2, young_specialists_mentees=2, teachers_other=25, teachers_other_mentees=3,
    teachers_in_pp=5, kpk_trained=2, school_methodical_associations=0, teachers_mentors=8,
    young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=0, nc_site=1, nc_events=2))

ORGS["f7"] = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    internal_monitoring_notes=0, nc_site=1, nc_staj=0, curators_total=1, agreements_edu_orgs=1,
    agreements_enterprises=0, agreements_other_orgs=0, partner_list="МБОУ «Кечевская СОШ»",
    nc_spo=0, pp_pupil_pupil=3, pp_teacher_teacher=2, pp_student_student=0, pp_head_teacher=0,
    pp_student_pupil=0, pp_teacher_pupil=3, pp_other=0, external_edu_mentors=1, other_org_mentors=0,
    enterprise_mentors=0, students_10_19=38, mentees_10_19=9, mentees_risk=2, mentees_gifted=1,
    mentees_disabled=1, students_15_19=8, mentors_15_19=3, satisfaction_mentees=97.0,
    satisfaction_mentors=100.0, young_specialists=1, young_specialists_mentees=1, teachers_other=10,
    teachers_other_mentees=1, teachers_in_pp=2, kpk_trained=1, school_methodical_associations=0,
    teachers_mentors=4, young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=0))

# the eight other organisations of the municipality (their forms are not in the folder)
OTHERS = dict(orgs=8, reg_teachers=8, reg_students=7, monitoring_order=6, internal_notes=5,
              curators_total=9, agreements_edu_orgs=4, agreements_enterprises=1, agreements_other_orgs=2,
              mentors_total=96, mentees_total=141, pp_pupil_pupil=31, pp_teacher_teacher=22,
              pp_teacher_pupil=27, pp_total=88, students_10_19=1210, mentees_10_19=124,
              students_15_19=240, mentors_15_19=38, teachers=196, young_specialists=14,
              teachers_mentors=49, young_specialists_mentors=2, kpk_trained=5,
              school_methodical_associations=2, pay_acts=6, nonmaterial_acts=4)
OTHER_PARTNERS = ["АО «Юськинское ДРСУ»", "МБУК «Юськинская ЦБС»", "ГБПОУ «Юськинский аграрный техникум»"]


def municipal():
    forms = list(ORGS.values())
    s = lambda k: sum(d[k] for d in forms)  # noqa: E731
    m = {}
    m["municipal_order"] = 1
    m["nc_orgs_dop"] = 6 + 8 + 5  # 14 schools/УДО + 5 детских садов
    m["orgs_total"] = len(forms) + OTHERS["orgs"]
    m["orgs_regulation_teachers"] = s("orgs_regulation_teachers") + OTHERS["reg_teachers"]
    m["orgs_regulation_students"] = s("orgs_regulation_students") + OTHERS["reg_students"]
    m["orgs_monitoring_order"] = s("orgs_monitoring_order") + OTHERS["monitoring_order"]
    m["municipal_analytic_note"] = 0
    m["share_orgs_teachers_system"] = r2(100 * m["orgs_regulation_teachers"] / m["orgs_total"])
    m["share_orgs_students_system"] = r2(100 * m["orgs_regulation_students"] / m["orgs_total"])
    m["internal_monitoring_notes"] = sum(1 for d in forms if d["internal_monitoring_notes"] == 1) + OTHERS["internal_notes"]
    for k in ("curators_total", "agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs",
              "mentors_total", "mentees_total", "pp_total", "pp_pupil_pupil", "pp_teacher_teacher",
              "pp_teacher_pupil", "students_10_19", "mentees_10_19", "students_15_19", "mentors_15_19",
              "teachers_mentors", "young_specialists_mentors", "kpk_trained",
              "school_methodical_associations", "pay_acts", "nonmaterial_acts"):
        m[k] = s(k) + OTHERS[k]
    seen = []
    for d in forms:
        for p in d["partner_list"].split("; "):
            if p not in seen and not p.startswith("МБОУ") and not p.startswith("МАОУ"):
                seen.append(p)
    for p in OTHER_PARTNERS:
        if p not in seen:
            seen.append(p)
    m["partner_list"] = "; ".join(seen)
    m["share_mentees_10_19"] = r2(100 * m["mentees_10_19"] / m["students_10_19"])
    m["share_mentors_15_19"] = r2(100 * m["mentors_15_19"] / m["students_15_19"])
    m["satisfaction_mentees"] = None   # placeholder left
    m["satisfaction_mentors"] = None   # placeholder left
    m["young_specialists_municipal"] = s("young_specialists") + OTHERS["young_specialists"]
    m["teachers_municipal"] = s("teachers_other") + s("young_specialists") + OTHERS["teachers"]
    m["share_teachers_mentors"] = r2(100 * m["teachers_mentors"] / m["teachers_municipal"])
    m["share_young_specialists_mentors"] = r2(100 * m["young_specialists_mentors"] / m["young_specialists_municipal"])
    m["nc_kpk_plan"] = 15
    m["municipal_methodical_associations"] = 1
    m["best_practices"] = 3
    m["contests"] = 1
    m["network_community"] = 1
    m["network_mentors"] = None        # placeholder left
    return m


MUN = municipal()

# ----------------------------------------------------------------------------
# links
# ----------------------------------------------------------------------------
DOC_OF = {  # which document proves the row
    "orgs_regulation_teachers": "pol_ped", "orgs_regulation_students": "pol_uch",
    "orgs_monitoring_order": "pr_mon", "internal_monitoring_notes": "spravka", "nc_roadmap": "dk",
    "curators_total": "pr_kur", "agreements_edu_orgs": "sogl", "agreements_enterprises": "sogl",
    "agreements_other_orgs": "sogl", "partner_list": "sogl", "agreement_subjects": "sogl",
    "mentors_total": "pr_pary", "mentees_total": "pr_pary", "nc_pairs": "pr_pary",
    "pp_total": "ppn", "pp_pupil_pupil": "ppn", "pp_teacher_teacher": "ppn", "pp_student_student": "ppn",
    "pp_head_teacher": "ppn", "pp_student_pupil": "ppn", "pp_teacher_pupil": "ppn", "pp_other": "ppn",
    "external_edu_mentors": "pr_pary", "other_org_mentors": "pr_pary", "enterprise_mentors": "pr_pary",
    "mentees_10_19": "pr_pary", "mentees_risk": "baza", "mentees_gifted": "baza", "mentees_disabled": "baza",
    "mentees_low_motivation": "baza", "mentees_career": "baza", "mentees_other_params": "baza",
    "mentors_15_19": "pr_pary", "satisfaction_mentees": "anketa", "satisfaction_mentors": "anketa",
    "young_specialists_mentees": "pr_pary", "teachers_other_mentees": "pr_pary", "teachers_in_pp": "ppn",
    "kpk_trained": "kpk", "kpk_courses": "kpk", "school_methodical_associations": "shmo",
    "teachers_mentors": "pr_pary", "young_specialists_mentors": "pr_pary", "pay_acts": "pay",
    "nonmaterial_acts": "nonmat", "nc_site": "site", "nc_events": "events", "nc_staj": None, "nc_spo": None,
}
DOC_NUM = {"pol_ped": 1, "pol_uch": 2, "pr_mon": 3, "spravka": 4, "dk": 5, "pr_kur": 6, "sogl": 7,
           "pr_pary": 8, "ppn": 9, "baza": 10, "anketa": 11, "kpk": 12, "shmo": 13, "pay": 14,
           "nonmat": 15, "site": 16, "events": 17}
DOC_SLUG = {"pol_ped": "polozhenie-nastavnichestvo-pedagogov", "pol_uch": "polozhenie-nastavnichestvo-obuchayushchihsya",
            "pr_mon": "prikaz-monitoring-cmn", "spravka": "spravka-vnutrenniy-monitoring-2024",
            "dk": "dorozhnaya-karta-2024-2025", "pr_kur": "prikaz-kurator-cmn", "sogl": "soglasheniya",
            "pr_pary": "prikaz-nastavnicheskie-pary-2024", "ppn": "personalizirovannye-programmy",
            "baza": "baza-nastavlyaemyh", "anketa": "itogi-anketirovaniya-2024", "kpk": "udostovereniya-kpk",
            "shmo": "prikaz-mo-nastavnikov", "pay": "polozhenie-ob-oplate", "nonmat": "polozhenie-o-pooshchrenii",
            "site": "nastavnichestvo", "events": "meropriyatiya-nastavniki-2024"}


def url(org, doc):
    n = DOC_NUM[doc]
    slug = DOC_SLUG[doc]
    if org == "f1":
        return f"https://sh1-yuskinskaya-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-61_{400 + n * 3}.html"
    if org == "f2":
        return f"https://gimnaziya4yuski-r18.gosweb.gosuslugi.ru/nastavnichestvo/{slug}/"
    if org == "f3":
        if doc == "anketa":
            return "https://docs.google.com/spreadsheets/d/1qX7sch7YuskiAnketa2024NstvK9/edit?usp=sharing"
        return f"https://sch7-yuski.ru/wp-content/uploads/2024/10/{slug}.pdf"
    if org == "f4":
        if doc == "anketa":
            return "https://forms.yandex.ru/cloud/66f2a1b3c417ddt2024/"
        return f"https://ddt-yuski.ru/docs/nastavnichestvo/{slug}.pdf"
    if org == "f5":
        return f"https://kechevskaya-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-17_{200 + n}.html"
    if org == "f7":
        return f"https://shkolaudugucha-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-9_{80 + n * 2}.html"
    raise KeyError(org)


MUN_LINKS = {
    "municipal_order": "https://uo-yuski.ru/upload/iblock/cmn/prikaz-uo-o-vnedrenii-cmn.pdf",
    "orgs_regulation_teachers": "https://disk.yandex.ru/d/Yu5kCMN2024-polozheniya",
    "orgs_regulation_students": "https://disk.yandex.ru/d/Yu5kCMN2024-polozheniya",
    "orgs_monitoring_order": "https://disk.yandex.ru/d/Yu5kCMN2024-prikazy-monitoring",
    "internal_monitoring_notes": "https://disk.yandex.ru/d/Yu5kCMN2024-spravki-OO",
    "curators_total": "https://disk.yandex.ru/d/Yu5kCMN2024-kuratory",
    "agreements_edu_orgs": "https://disk.yandex.ru/d/Yu5kCMN2024-soglasheniya",
    "agreements_enterprises": "https://disk.yandex.ru/d/Yu5kCMN2024-soglasheniya",
    "agreements_other_orgs": "https://disk.yandex.ru/d/Yu5kCMN2024-soglasheniya",
    "mentors_total": "https://disk.yandex.ru/d/Yu5kCMN2024-prikazy-pary",
    "mentees_total": "https://disk.yandex.ru/d/Yu5kCMN2024-prikazy-pary",
    "pp_total": "https://disk.yandex.ru/d/Yu5kCMN2024-ppn",
    "kpk_trained": "https://disk.yandex.ru/d/Yu5kCMN2024-kpk",
    "municipal_methodical_associations": "https://uo-yuski.ru/upload/iblock/cmn/prikaz-rmo-nastavnikov.pdf",
    "best_practices": "https://uo-yuski.ru/nastavnichestvo/luchshie-praktiki/",
    "contests": "https://uo-yuski.ru/upload/iblock/cmn/polozhenie-konkurs-nastavnik-2024.pdf",
    "network_community": "https://uo-yuski.ru/nastavnichestvo/setevoe-soobshchestvo/",
}

# ----------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
GREY = Font(color="808080", italic=True)
WRAP = Alignment(wrap_text=True, vertical="center")


class Recorder:
    def __init__(self):
        self.cells = []
        self.forms = []


REC = Recorder()


def catalogue_guard(title):
    assert norm(title) not in CAT_WORDINGS, f"verbatim catalogue wording: {title}"


class Validations:
    """one DataValidation per purpose, cells added as they are written"""

    def __init__(self, ws, yn_items=None, yn_formula=None, share_frac=False):
        self.ws = ws
        if yn_formula is None:
            yn_formula = '"' + ",".join(yn_items) + '"'
        self.yn = DataValidation(type="list", formula1=yn_formula, allow_blank=True,
                                 showDropDown=False, showInputMessage=True, showErrorMessage=True,
                                 promptTitle="Выбор из списка",
                                 prompt="Выберите ответ из раскрывающегося списка. Не вводите текст вручную.",
                                 errorTitle="Недопустимое значение",
                                 error="Значение должно быть выбрано из списка.")
        self.count = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                                    allow_blank=True, showInputMessage=True, showErrorMessage=True,
                                    promptTitle="Число",
                                    prompt="Введите целое число без пробелов и единиц измерения. Если нет — 0.",
                                    errorTitle="Ошибка ввода", error="Требуется целое неотрицательное число.")
        if share_frac:
            self.share = DataValidation(type="decimal", operator="between", formula1="0", formula2="1",
                                        allow_blank=True, showInputMessage=True, showErrorMessage=True,
                                        promptTitle="Доля, %",
                                        prompt="Ячейка в процентном формате: введите, например, 15,7%.",
                                        errorTitle="Ошибка ввода", error="Доля от 0 до 100 %.")
        else:
            self.share = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                                        allow_blank=True, showInputMessage=True, showErrorMessage=True,
                                        promptTitle="Доля, %",
                                        prompt="Введите число процентов с точностью до сотых (без знака %).",
                                        errorTitle="Ошибка ввода", error="Число от 0 до 100.")
        self.text = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="1000",
                                   allow_blank=True, showInputMessage=True, showErrorMessage=False,
                                   promptTitle="Текст",
                                   prompt="Перечислите наименования через точку с запятой.")
        self.link = DataValidation(allow_blank=True, showInputMessage=True, showErrorMessage=False,
                                   promptTitle="Ссылка",
                                   prompt="Вставьте полную ссылку на документ, размещённый на официальном сайте (https://…).")
        for dv in (self.yn, self.count, self.share, self.text, self.link):
            ws.add_data_validation(dv)

    def add(self, kind, coord):
        {"yn": self.yn, "count": self.count, "share": self.share, "text": self.text,
         "link": self.link}[kind].add(coord)


def typed_value(kind, v, st):
    """what the person typed / chose for true value v; returns (cell value, number_format)"""
    if kind == "yn":
        return (st["yes"] if v == 1 else st["no"]), None
    if kind == "share":
        mode = st["share"]
        if mode == "frac":
            return round(v / 100.0, 6), "0.00%"
        if mode == "comma":
            s = f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
            return s.replace(".", ","), None
        return v, "0.00" if v != int(v) else "0"
    return v, None


def write_form(ws, org, tpl, data, st, layout):
    """write the table; returns (values, links, not_criteria, headings)"""
    fname = st["file"]
    sheet = ws.title
    values, links, notc, heads = {}, {}, [], []
    dv = st["dv"]
    col = layout["cols"]
    r = layout["first"]
    placeholders = st.get("placeholders", {})
    link_placeholder = st.get("link_placeholder", {})
    nolink = st.get("nolink", set())
    special = st.get("special", {})
    for item in tpl:
        if item[0] == "H":
            ws.cell(row=r, column=1, value=item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=layout["ncols"])
            c = ws.cell(row=r, column=1)
            c.font = BOLD
            c.fill = SEC_FILL
            heads.append(item[1])
            r += 1
            continue
        _, code, key, title, unit = item
        if key in st.get("skip", set()):
            continue
        catalogue_guard(title)
        kind = st.get("kinds", {}).get(key) or kind_of(key, NC_KINDS)
        ws.cell(row=r, column=col["code"], value=code)
        ws.cell(row=r, column=col["title"], value=title).alignment = WRAP
        ws.cell(row=r, column=col["unit"], value=unit)
        vcell = ws.cell(row=r, column=col["value"])
        lcell = ws.cell(row=r, column=col["link"])
        vcoord, lcoord = vcell.coordinate, lcell.coordinate
        for c in (vcell, lcell):
            c.fill = INPUT_FILL
        dv.add(kind, vcoord)
        dv.add("link", lcoord)
        v = data.get(key)
        rec = dict(file=fname, sheet=sheet, criterion=None if key.startswith("nc_") else key, row_title=title)
        if key in placeholders:
            vcell.value = placeholders[key]
            vcell.font = GREY
            REC.cells.append(dict(rec, cell=vcoord, kind="placeholder", typed=placeholders[key]))
            lt = link_placeholder.get(key, st.get("link_ph_default"))
            if lt:
                lcell.value = lt
                lcell.font = GREY
                REC.cells.append(dict(rec, cell=lcoord, kind="placeholder", typed=lt))
            r += 1
            continue
        if key in special:            # e.g. «в процессе», «0 - не применимо»
            vcell.value = special[key]
            REC.cells.append(dict(rec, cell=vcoord, kind="no_value", typed=special[key]))
            if key.startswith("nc_"):
                notc.append(title)
        else:
            tv, fmt = typed_value(kind, v, st)
            vcell.value = tv
            if fmt:
                vcell.number_format = fmt
            if key.startswith("nc_"):
                notc.append(title)
                REC.cells.append(dict(rec, cell=vcoord, kind="not_criterion", typed=tv))
            else:
                values[key] = v
                REC.cells.append(dict(rec, cell=vcoord, kind="value", expected=v, typed=tv))
        # link
        doc = st["doc_of"](key) if "doc_of" in st else DOC_OF.get(key)
        if kind == "yn" and v == 0 and key not in special:
            doc = None                # nothing to prove for a «нет» answer
        if doc and key not in nolink:
            if key in link_placeholder:
                lcell.value = link_placeholder[key]
                lcell.font = GREY
                REC.cells.append(dict(rec, cell=lcoord, kind="placeholder", typed=link_placeholder[key]))
            else:
                u = st["url"](doc)
                lcell.value = u
                if st.get("hyperlink"):
                    lcell.hyperlink = u
                    lcell.font = Font(color="0563C1", underline="single")
                if not key.startswith("nc_") and key not in special:
                    links[key] = u
                    REC.cells.append(dict(rec, cell=lcoord, kind="link", expected=u))
        else:
            filler = st.get("nolink_filler")
            if filler:
                lcell.value = filler
        note = st.get("notes", {}).get(key)
        if note:
            ws.cell(row=r, column=col["note"], value=note).alignment = WRAP
        r += 1
    for row in ws.iter_rows(min_row=layout["first"], max_row=r - 1, max_col=layout["ncols"]):
        for c in row:
            c.border = BOX
    return values, links, notc, heads, r


def header_row(ws, row, titles):
    for i, t in enumerate(titles, start=1):
        c = ws.cell(row=row, column=i, value=t)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


LAYOUT_A = dict(cols=dict(code=1, title=2, value=3, unit=4, link=5, note=6), ncols=6, first=9)
LAYOUT_B = dict(cols=dict(code=1, title=2, unit=3, value=4, link=5, note=6), ncols=6, first=7)
LAYOUT_M = dict(cols=dict(code=1, title=2, value=3, unit=4, link=5, note=6), ncols=6, first=7)


def head_a(ws, name, year_value, dv_year_items, name_prompt=True):
    ws["A1"] = "Региональный мониторинг реализации целевой модели наставничества (ЦМН)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Форма № 2-ОО «Наставничество» — заполняется образовательной организацией по итогам календарного года"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Муниципальное образование:"
    ws["C3"] = "Юськинский муниципальный округ"
    ws.merge_cells("C3:F3")
    ws["A4"] = "Наименование ОО (кратко, по уставу):"
    ws["C4"] = name
    ws.merge_cells("C4:F4")
    ws["A5"] = "Отчётный год:"
    ws["C5"] = year_value
    for c in ("C3", "C4", "C5"):
        ws[c].fill = INPUT_FILL
    dvn = DataValidation(allow_blank=True, showInputMessage=True, promptTitle="Наименование ОО",
                         prompt="Краткое наименование ОО так, как в уставе (МБОУ «…»).")
    ws.add_data_validation(dvn)
    dvn.add("C4")
    dvy = DataValidation(type="list", formula1='"' + ",".join(dv_year_items) + '"', allow_blank=True,
                         showInputMessage=True, promptTitle="Год", prompt="Выберите отчётный год из списка.")
    ws.add_data_validation(dvy)
    dvy.add("C5")
    ws["A6"] = ("Жёлтые ячейки заполняются ОО. Ответы «наличие» — выбор из списка; количество — целым числом; "
                "доли — в %. Ссылки — на документы на официальном сайте ОО.")
    ws["A6"].font = GREY
    ws.merge_cells("A6:F6")
    header_row(ws, 7, ["№ п/п", "Наименование показателя", "Значение", "Ед. изм.",
                       "Ссылка на подтверждающий документ (сайт ОО)", "Комментарий"])
    header_row(ws, 8, ["1", "2", "3", "4", "5", "6"])
    widths(ws, [8, 62, 16, 10, 60, 30])
    ws.freeze_panes = "C9"


def head_b(ws, name, period, year_formula):
    ws["A1"] = "Мониторинг ЦМН – 2024. Форма для ОО (версия 2)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Инструкция: ответы «да/нет» выбираются из списка в столбце D; числа вводятся без пробелов и единиц; "
                "ссылки — полные, начиная с https://. Не удаляйте строки шаблона.")
    ws["A2"].font = GREY
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 30
    ws["A3"] = "ОО:"
    ws["B3"] = name
    ws["A4"] = "Период:"
    ws["B4"] = period
    for c in ("B3", "B4"):
        ws[c].fill = INPUT_FILL
    dvy = DataValidation(type="list", formula1=year_formula, allow_blank=True, showInputMessage=True,
                         promptTitle="Отчётный период", prompt="Выберите период из списка.")
    ws.add_data_validation(dvy)
    dvy.add("B4")
    header_row(ws, 6, ["Код", "Показатель", "Ед.", "Ответ", "Документ-основание (ссылка)", "Примечание"])
    widths(ws, [8, 58, 9, 18, 62, 28])
    ws.freeze_panes = "D7"


def footer(ws, r, date_text, person, notc, fname, extra=None):
    r += 1
    ws.cell(row=r, column=1, value="Дата заполнения:")
    ws.cell(row=r, column=3, value=date_text)
    if isinstance(date_text, dt.date):
        ws.cell(row=r, column=3).number_format = "DD.MM.YYYY"
    notc.append("Дата заполнения:")
    r += 1
    ws.cell(row=r, column=1, value="Ответственный за заполнение (ФИО, должность, телефон):")
    ws.cell(row=r, column=3, value=person)
    notc.append("Ответственный за заполнение (ФИО, должность, телефон):")
    r += 1
    ws.cell(row=r, column=1, value="Руководитель ОО ____________ / подпись /")
    return r


def add_form(fname, org, values, links, notc, heads, sheet=None):
    f = dict(file=f"typed/{fname}", year=YEAR, organisation=org)
    if sheet:
        f["sheet"] = sheet
    f.update(values=values, links=links, not_criteria=notc, headings=heads)
    REC.forms.append(f)


# ----------------------------------------------------------------------------
# file 01: fully filled, «имеется / отсутствует», shares as % format fractions
# ----------------------------------------------------------------------------
def file01():
    fname = "01_yuskinskaya_sosh1_zapolneno.xlsx"
    org = "МБОУ «Юськинская СОШ № 1»"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 2-ОО"
    head_a(ws, org, 2024, ["2023", "2024", "2025"])
    st = dict(file=f"typed/{fname}", yes="имеется", no="отсутствует", share="frac",
              dv=Validations(ws, yn_items=["имеется", "отсутствует"], share_frac=True),
              url=lambda d: url("f1", d), hyperlink=True, nolink={"pp_student_student", "pp_student_pupil"},
              nolink_filler="—", notes={"pp_other": "«педагог – родитель» (1)",
                                        "mentees_total": "в т.ч. 7 обучающихся 3–4 кл."})
    values, links, notc, heads, r = write_form(ws, org, TPL_A, ORGS["f1"], st, LAYOUT_A)
    footer(ws, r, dt.date(2024, 10, 28), "Шкляева Т.Н., зам. директора по УВР, 8 (34161) 4-12-07", notc, fname)
    wb.save(TYPED / fname)
    add_form(fname, org, values, links, notc, heads)


# ----------------------------------------------------------------------------
# file 02: a third of the rows still hold the template's placeholders
# ----------------------------------------------------------------------------
def file02():
    fname = "02_gimnaziya4_chastichno.xlsx"
    org = "МАОУ «Гимназия № 4»"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 2-ОО"
    head_a(ws, org, "выберите из списка", ["2023", "2024", "2025"])
    ws["A2"] = "Форма № 2-ОО «Наставничество» — по итогам 2024 календарного года"
    ws["C5"].font = GREY
    ph = {
        "agreements_enterprises": "введите число", "partner_list": "не заполнено",
        "nc_pairs": "введите число",
        "pp_student_student": "—", "pp_student_pupil": "—", "pp_other": "—",
        "other_org_mentors": "введите число", "enterprise_mentors": "введите число",
        "mentees_low_motivation": "введите число", "mentees_career": "введите число",
        "mentees_other_params": "введите число", "satisfaction_mentors": "не заполнено",
        "share_teachers_mentees": "введите число", "kpk_trained": "введите число",
        "kpk_courses": "не заполнено", "nonmaterial_acts": "введите число",
        "nc_events": "введите число", "nc_site": "выберите из списка",
    }
    st = dict(file=f"typed/{fname}", yes="да", no="нет", share="num",
              dv=Validations(ws, yn_items=["да", "нет", "в процессе"]),
              url=lambda d: url("f2", d), placeholders=ph, link_ph_default="<укажите ссылку>",
              special={"internal_monitoring_notes": "в процессе"},
              link_placeholder={"mentees_risk": "<укажите ссылку>", "mentees_gifted": "<укажите ссылку>",
                                "mentees_disabled": "<укажите ссылку>", "teachers_in_pp": "<укажите ссылку>",
                                "internal_monitoring_notes": "<укажите ссылку>"},
              nolink_filler="<укажите ссылку>")
    values, links, notc, heads, r = write_form(ws, org, TPL_A, ORGS["f2"], st, LAYOUT_A)
    r += 1
    ws.cell(row=r, column=1, value="Дата заполнения:")
    ws.cell(row=r, column=3, value="не заполнено").font = GREY
    r += 1
    ws.cell(row=r, column=1, value="Ответственный за заполнение (ФИО, должность, телефон):")
    ws.cell(row=r, column=3, value="Волкова Е.А., куратор ЦМН")
    notc.append("Ответственный за заполнение (ФИО, должность, телефон):")
    wb.save(TYPED / fname)
    add_form(fname, org, values, links, notc, heads)


# ----------------------------------------------------------------------------
# file 03: answers are the coded list items «1 – да», «2 – нет», «0 - не применимо»
# ----------------------------------------------------------------------------
def file03():
    fname = "03_sosh7_kody_otvetov.xlsx"
    org = "МБОУ «СОШ № 7» г. Юськи"
    wb = Workbook()
    ws = wb.active
    ws.title = "Ответы ОО"
    head_b(ws, org, "2024 год", '"2023 год,2024 год,2025 год"')
    ws["A2"] = ("Инструкция: в столбце D выбирайте ответ из списка вместе с кодом (1 – да; 2 – нет; "
                "0 - не применимо). Числа — без пробелов. Ссылки — полные.")
    items = ["1 – да", "2 – нет", "0 - не применимо"]
    st = dict(file=f"typed/{fname}", yes="1 – да", no="2 – нет", share="comma",
              dv=Validations(ws, yn_items=items), url=lambda d: url("f3", d),
              skip={"agreement_subjects"}, special={"nc_staj": "0 - не применимо"},
              nolink={"orgs_monitoring_order"}, nolink_filler=None,
              notes={"orgs_monitoring_order": "приказ будет издан в январе 2025",
                     "mentees_total": "+3 обучающихся нач. школы"})
    values, links, notc, heads, r = write_form(ws, org, TPL_B, ORGS["f3"], st, LAYOUT_B)
    r += 1
    ws.cell(row=r, column=1, value="Дата заполнения:")
    ws.cell(row=r, column=3, value="30.10.2024")
    notc.append("Дата заполнения:")
    r += 1
    ws.cell(row=r, column=1, value="Исполнитель:")
    ws.cell(row=r, column=3, value="Пантелеева О.В., куратор ЦМН, тел. 8-912-000-47-15")
    notc.append("Исполнитель:")
    wb.save(TYPED / fname)
    add_form(fname, org, values, links, notc, heads)


# ----------------------------------------------------------------------------
# file 04: a hidden sheet «Списки» holds the lists; validations refer to it
# ----------------------------------------------------------------------------
def file04():
    fname = "04_ddt_skrytye_spiski.xlsx"
    org = "МБУ ДО «Дом детского творчества» Юськинского района"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма"
    lists = wb.create_sheet("Списки")
    lists["A1"] = "ДаНет"
    lists["A2"] = "да"
    lists["A3"] = "нет"
    lists["B1"] = "Наличие"
    for i, t in enumerate(["имеется", "отсутствует", "в процессе"], start=2):
        lists.cell(row=i, column=2, value=t)
    lists["C1"] = "Период"
    for i, t in enumerate(["2023 год", "2024 год", "2025 год"], start=2):
        lists.cell(row=i, column=3, value=t)
    lists["D1"] = "Формы наставничества"
    for i, t in enumerate(["ученик – ученик", "учитель – учитель", "руководитель – педагог",
                           "учитель – ученик", "студент – ученик", "иная"], start=2):
        lists.cell(row=i, column=4, value=t)
    lists.sheet_state = "hidden"
    wb.defined_names["ДаНет"] = DefinedName("ДаНет", attr_text="Списки!$A$2:$A$3")
    wb.defined_names["Период"] = DefinedName("Период", attr_text="Списки!$C$2:$C$4")
    head_b(ws, org, "2024 год", "Период")
    st = dict(file=f"typed/{fname}", yes="да", no="нет", share="num",
              dv=Validations(ws, yn_formula="ДаНет"), url=lambda d: url("f4", d),
              nolink={"internal_monitoring_notes", "school_methodical_associations"},
              notes={"pp_other": "«педагог – родитель» (2)",
                     "pp_pupil_pupil": "форма не реализуется в УДО"})
    values, links, notc, heads, r = write_form(ws, org, TPL_B, ORGS["f4"], st, LAYOUT_B)
    footer(ws, r, dt.date(2024, 10, 25), "Корепанова Л.И., методист", notc, fname)
    wb.save(TYPED / fname)
    add_form(fname, org, values, links, notc, heads)


# ----------------------------------------------------------------------------
# file 05: link cells still hold «вставьте ссылку» on about half the rows
# ----------------------------------------------------------------------------
def file05():
    fname = "05_kechevskaya_sosh_bez_ssylok.xlsx"
    org = "МБОУ «Кечевская СОШ»"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    head_a(ws, org, 2024, ["2023", "2024", "2025"])
    lp = {k: "вставьте ссылку" for k in (
        "orgs_monitoring_order", "curators_total", "agreements_edu_orgs", "agreements_enterprises",
        "partner_list", "pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil",
        "external_edu_mentors", "enterprise_mentors", "mentees_risk", "mentees_gifted", "mentees_disabled",
        "mentees_low_motivation", "mentees_career", "mentees_other_params", "satisfaction_mentors",
        "kpk_trained", "nonmaterial_acts", "pay_acts", "nc_events", "nc_roadmap")}
    st = dict(file=f"typed/{fname}", yes="имеется", no="отсутствует", share="frac",
              dv=Validations(ws, yn_items=["имеется", "отсутствует", "в процессе"], share_frac=True),
              url=lambda d: url("f5", d), link_placeholder=lp, link_ph_default="вставьте ссылку",
              placeholders={"kpk_courses": "не заполнено"},
              special={"nc_roadmap": "в процессе"}, nolink_filler="вставьте ссылку")
    values, links, notc, heads, r = write_form(ws, org, TPL_A, ORGS["f5"], st, LAYOUT_A)
    footer(ws, r, dt.date(2024, 10, 31), "Ившина Н.П., педагог-организатор", notc, fname)
    wb.save(TYPED / fname)
    add_form(fname, org, values, links, notc, heads)


# ----------------------------------------------------------------------------
# file 06: the municipal office's own form, coded list «1 – да / 0 – нет», a few placeholders
# ----------------------------------------------------------------------------
def file06():
    fname = "06_uo_yuskinskiy_mo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "МО"
    ws["A1"] = "Мониторинг реализации ЦМН за 2024 год: муниципальный уровень (Форма 1-МО)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Заполняет муниципальный орган управления образованием; значения по ОО — свод форм 2-ОО."
    ws["A2"].font = GREY
    ws.merge_cells("A2:F2")
    ws["A3"] = "Муниципальное образование:"
    ws["C3"] = "Юськинский муниципальный округ Удмуртской Республики"
    ws["A4"] = "Орган управления образованием:"
    ws["C4"] = "Управление образования Администрации Юськинского муниципального округа"
    ws.merge_cells("C3:F3")
    ws.merge_cells("C4:F4")
    header_row(ws, 6, ["№", "Критерий", "Значение по МО", "Ед.", "Ссылка", "Источник данных"])
    widths(ws, [7, 60, 16, 9, 60, 24])
    ph = {"satisfaction_mentees": "не заполнено", "satisfaction_mentors": "не заполнено",
          "network_mentors": "введите число", "pp_pupil_pupil": "введите число",
          "pp_teacher_teacher": "введите число"}
    src = {k: "свод форм 2-ОО" for k in MUN}
    src.update(municipal_order="УО", municipal_analytic_note="УО", municipal_methodical_associations="УО",
               best_practices="УО", contests="УО", network_community="УО", network_mentors="УО",
               nc_orgs_dop="реестр ОО", orgs_total="реестр ОО", nc_kpk_plan="заявки ОО")
    st = dict(file=f"typed/{fname}", yes="1 – да", no="0 – нет", share="frac",
              dv=Validations(ws, yn_items=["1 – да", "0 – нет"], share_frac=True),
              placeholders=ph, link_ph_default="<укажите ссылку>", doc_of=lambda k: k if k in MUN_LINKS else None,
              url=lambda k: MUN_LINKS[k], notes=src,
              kinds={k: "count" for k in ("orgs_regulation_teachers", "orgs_regulation_students",
                                          "orgs_monitoring_order", "internal_monitoring_notes")})
    values, links, notc, heads, r = write_form(ws, None, TPL_M, MUN, st, LAYOUT_M)
    r += 1
    ws.cell(row=r, column=1, value="Дата:")
    ws.cell(row=r, column=3, value=dt.date(2024, 11, 8)).number_format = "DD.MM.YYYY"
    notc.append("Дата:")
    r += 1
    ws.cell(row=r, column=1, value="Начальник Управления образования ______________ А.С. Перевощиков")
    wb.save(TYPED / fname)
    add_form(fname, None, values, links, notc, heads)


# ----------------------------------------------------------------------------
# file 07: a blank template sheet «Образец» first, the filled copy «Заполнено» second
# ----------------------------------------------------------------------------
def file07():
    fname = "07_udugucha_oosh_obrazec_i_forma.xlsx"
    org = "МКОУ «Удугучинская ООШ»"
    wb = Workbook()
    blank = wb.active
    blank.title = "Образец"
    head_b(blank, "<полное наименование ОО>", "выберите из списка", '"2023 год,2024 год,2025 год"')
    blank["B3"].font = GREY
    blank["B4"].font = GREY
    # the blank sample: every row holds its placeholder, nothing is recorded as a form
    dvb = Validations(blank, yn_items=["имеется", "отсутствует", "в процессе"])
    r = LAYOUT_B["first"]
    for item in TPL_B:
        if item[0] == "H":
            blank.cell(row=r, column=1, value=item[1]).font = BOLD
            blank.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        _, code, key, title, unit = item
        kind = kind_of(key, NC_KINDS)
        blank.cell(row=r, column=1, value=code)
        blank.cell(row=r, column=2, value=title)
        blank.cell(row=r, column=3, value=unit)
        ph = {"yn": "выберите из списка", "count": "введите число", "share": "введите число",
              "text": "не заполнено"}[kind]
        blank.cell(row=r, column=4, value=ph).font = GREY
        blank.cell(row=r, column=5, value="<укажите ссылку>").font = GREY
        dvb.add(kind, f"D{r}")
        dvb.add("link", f"E{r}")
        REC.cells.append(dict(file=f"typed/{fname}", sheet="Образец", cell=f"D{r}", kind="placeholder",
                              criterion=None if key.startswith("nc_") else key, row_title=title, typed=ph))
        r += 1

    ws = wb.create_sheet("Заполнено")
    head_b(ws, org, "2024 год", '"2023 год,2024 год,2025 год"')
    st = dict(file=f"typed/{fname}", yes="имеется", no="отсутствует", share="num",
              dv=Validations(ws, yn_items=["имеется", "отсутствует", "в процессе"]),
              url=lambda d: url("f7", d), skip={"agreement_subjects"},
              nolink={"satisfaction_mentees", "satisfaction_mentors", "mentees_risk", "mentees_gifted",
                      "mentees_disabled"}, nolink_filler="—",
              notes={"students_15_19": "обучающиеся 9 кл.", "internal_monitoring_notes": "не готовили"})
    values, links, notc, heads, r = write_form(ws, org, TPL_B, ORGS["f7"], st, LAYOUT_B)
    footer(ws, r, "29 октября 2024 г.", "Бегешева Р.Ф., директор", notc, fname)
    wb.active = 1
    wb.save(TYPED / fname)
    add_form(fname, org, values, links, notc, heads, sheet="Заполнено")


def main():
    TYPED.mkdir(exist_ok=True)
    for p in TYPED.glob("*.xlsx"):
        p.unlink()
    for f in (file01, file02, file03, file04, file05, file06, file07):
        f()
    for f in REC.forms:
        for k in f["values"]:
            assert k in CAT, k
        for k in f["links"]:
            assert k in f["values"], (f["file"], k)
    (HERE / "expected.json").write_text(json.dumps(REC.forms, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": REC.cells}, ensure_ascii=False, indent=1, default=str),
                                     encoding="utf-8")
    nv = sum(len(f["values"]) for f in REC.forms)
    nl = sum(len(f["links"]) for f in REC.forms)
    print(f"files {len(list(TYPED.glob('*.xlsx')))}, forms {len(REC.forms)}, values {nv}, links {nl}")
    for f in REC.forms:
        print(f"  {f['file']}: values {len(f['values'])}, links {len(f['links'])}, not_criteria {len(f['not_criteria'])}")


if __name__ == "__main__":
    main()
