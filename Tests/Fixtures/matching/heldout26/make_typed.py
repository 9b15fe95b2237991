#!/usr/bin/env python3
"""Held-out set 29: a municipal methodologist's folder for the 2024 report
(Ключевской муниципальный округ), where things went wrong the ordinary way.

Writes typed/*.xlsx, expected.json and cells.json (where every expected value
and link sits) next to this script.  Deterministic.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"

# --------------------------------------------------------------------------
# catalogue: ids and wordings (only for the "no verbatim wording" assertion)
# --------------------------------------------------------------------------
with open(CRITERIA, encoding="utf-8") as fh:
    CAT = list(csv.DictReader(fh, delimiter="\t"))
CAT_IDS = {r["id"] for r in CAT}


def _norm(s):
    s = s.replace("ё", "е").replace("Ё", "Е").lower()
    s = re.sub(r"[\s\u00a0]+", " ", s)
    return s.strip(" .:;")


CAT_WORDINGS = set()
for r in CAT:
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k].strip():
            CAT_WORDINGS.add(_norm(r[k]))

# --------------------------------------------------------------------------
# row catalogues of the template versions
#   ("H", text)                      section row (heading)
#   ("R", num, cid or None, title, unit)   data row; cid None -> not a criterion
# --------------------------------------------------------------------------

# ---- regional 2024 form, ред. 17.09.2024 (version A) -----------------------
ROWS_A = [
    ("H", "1. Нормативное обеспечение реализации целевой модели наставничества"),
    ("R", "1.1", "orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педагогических работников ОО (да/нет)", ""),
    ("R", "1.2", "orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся ОО (да/нет)", ""),
    ("R", "1.3", "orgs_monitoring_order", "Приказ ОО о проведении мониторинга реализации ЦМН (да/нет)", ""),
    ("R", "1.4", None, "Наличие дорожной карты внедрения ЦМН в ОО (да/нет)", ""),
    ("H", "2. Организация процесса реализации целевой модели наставничества"),
    ("R", "2.1", "curators_total", "Кураторы внедрения ЦМН в ОО, чел.", ""),
    ("R", "2.2", "agreements_edu_orgs", "Соглашения о сотрудничестве с другими ОО, направившими своих сотрудников в наставники, ед.", ""),
    ("R", "2.3", "agreements_enterprises", "Соглашения с предприятиями, направившими сотрудников в наставники, ед.", ""),
    ("R", "2.4", "agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности), направившими сотрудников в наставники, ед.", ""),
    ("R", "2.5", "partner_list", "Перечень организаций-партнёров ОО по вопросам наставничества", ""),
    ("R", "2.6", "mentors_total", "Наставники ОО по приказу, чел.", ""),
    ("R", "2.7", "mentees_total", "Наставляемые ОО по приказу, чел.", ""),
    ("R", "2.8", "internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга ЦМН (да/нет)", ""),
    ("R", "2.9", None, "Наличие базы наставников из числа обучающихся (да/нет)", ""),
    ("H", "3. Персонализированные программы наставничества (ПП)"),
    ("R", "3.1", "pp_total", "ПП наставничества по всем формам, всего", ""),
    ("R", "3.2", "pp_pupil_pupil", "в т.ч. ПП по форме «ученик – ученик»", ""),
    ("R", "3.3", "pp_teacher_teacher", "в т.ч. ПП по форме «учитель – учитель» («педагог – педагог»)", ""),
    ("R", "3.4", "pp_student_student", "в т.ч. ПП по форме «студент – студент»", ""),
    ("R", "3.5", "pp_head_teacher", "в т.ч. ПП по форме «руководитель – педагог»", ""),
    ("R", "3.6", "pp_student_pupil", "в т.ч. ПП по форме «студент – ученик»", ""),
    ("R", "3.7", "pp_teacher_pupil", "в т.ч. ПП по форме «учитель – ученик»", ""),
    ("R", "3.8", "pp_other", "в т.ч. ПП по иным формам (какие – в комментарии)", ""),
    ("H", "4. Включённость предприятий (организаций) в программы наставничества в роли наставников"),
    ("R", "4.1", "external_edu_mentors", "Наставники из сторонних образовательных организаций (по приказу), чел.", ""),
    ("R", "4.2", "enterprise_mentors", "Наставники – сотрудники предприятий, чел.", ""),
    ("R", "4.3", "other_org_mentors", "Наставники – сотрудники иных организаций, чел.", ""),
    ("H", "5. Обучающиеся 10–19 лет в роли наставляемых"),
    ("R", "5.1", "students_10_19", "Численность обучающихся 10–19 лет, всего", ""),
    ("R", "5.2", "mentees_10_19", "из них вошли в программы наставничества как наставляемые", ""),
    ("R", "5.3", "mentees_risk", "наставляемые 10–19 лет из «группы риска»", ""),
    ("R", "5.4", "mentees_gifted", "наставляемые из числа одарённых детей (включённых в реестры)", ""),
    ("R", "5.5", "mentees_disabled", "наставляемые 10–19 лет с ОВЗ и дети-инвалиды", ""),
    ("R", "5.6", "mentees_low_motivation", "наставляемые 10–19 лет с низкой учебной мотивацией / неуспевающие", ""),
    ("R", "5.7", "mentees_career", "наставляемые 10–19 лет с трудностями выбора образовательной траектории и профессии", ""),
    ("R", "5.8", "mentees_other_params", "наставляемые 10–19 лет по иным основаниям", ""),
    ("H", "6. Обучающиеся 15–19 лет в роли наставников"),
    ("R", "6.1", "students_15_19", "Численность обучающихся 15–19 лет в ОО, всего", ""),
    ("R", "6.2", "mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу), чел.", ""),
    ("H", "7. Удовлетворённость участием в программах наставничества"),
    ("R", "7.1", "satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах, %", ""),
    ("R", "7.2", "satisfaction_mentors", "Удовлетворённость наставников участием в завершённых программах, %", ""),
    ("H", "8. Педагоги и молодые специалисты в роли наставляемых"),
    ("R", "8.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО, всего", ""),
    ("R", "8.2", "young_specialists_mentees", "из них – наставляемые", ""),
    ("R", "8.3", "teachers_other", "Педагоги ОО (без молодых специалистов), всего", ""),
    ("R", "8.4", "teachers_other_mentees", "из них – наставляемые", ""),
    ("H", "9. Непрерывное профессиональное развитие педагогов"),
    ("R", "9.1", "teachers_in_pp", "Педагоги – участники утверждённых ПП наставничества, чел.", ""),
    ("R", "9.2", "kpk_trained", "Педагоги, прошедшие КПК по наставничеству в 2024 году, чел.", ""),
    ("R", "9.3", "school_methodical_associations", "Методические объединения (сообщества) наставников в ОО, ед.", ""),
    ("H", "10. Педагоги в роли наставников"),
    ("R", "10.1", "teachers_mentors", "Педагоги-наставники, чел.", ""),
    ("R", "10.2", "young_specialists_mentors", "Молодые специалисты в роли наставников, чел.", ""),
    ("H", "11. Стимулирование наставничества"),
    ("R", "11.1", "pay_acts", "Локальные акты ОО об оплате работы наставников, ед.", ""),
    ("R", "11.2", "nonmaterial_acts", "Локальные акты ОО о нематериальном поощрении наставников, ед.", ""),
]

# ---- municipal (ИМЦ) 2024 form, ред. 01.10.2024 (version B) ---------------
# rows added vs A: agreement subject, KPK course names, computed shares;
# rows renamed; units column; the decoys differ.
ROWS_B = [
    ("H", "I. Нормативно-правовое обеспечение"),
    ("R", "1", "orgs_regulation_teachers", "Утверждено Положение о системе наставничества педработников (приказ ОО)", "1 – да / 0 – нет"),
    ("R", "2", "orgs_regulation_students", "Утверждено Положение о системе наставничества обучающихся (приказ ОО)", "1 – да / 0 – нет"),
    ("R", "3", "orgs_monitoring_order", "Издан приказ о мониторинге реализации ЦМН в ОО", "1 – да / 0 – нет"),
    ("H", "II. Организация процесса наставничества"),
    ("R", "4", None, "Наличие утверждённой программы наставничества в ОО", "1 – да / 0 – нет"),
    ("R", "5", "curators_total", "Число кураторов ЦМН в ОО", "чел."),
    ("R", "6", "agreements_edu_orgs", "Число соглашений с образовательными организациями о предоставлении наставников", "ед."),
    ("R", "7", "agreements_enterprises", "Число соглашений с предприятиями о предоставлении наставников", "ед."),
    ("R", "8", "agreements_other_orgs", "Число соглашений с прочими организациями о предоставлении наставников", "ед."),
    ("R", "9", "partner_list", "Организации и предприятия – партнёры ОО по наставничеству (наименования)", "перечень"),
    ("R", "10", "agreement_subjects", "Предмет соглашения(-ий) (кратко)", "текст"),
    ("R", "11", "mentors_total", "Число наставников (по приказу ОО)", "чел."),
    ("R", "12", "mentees_total", "Число наставляемых (по приказу ОО)", "чел."),
    ("R", "13", "internal_monitoring_notes", "Справка ОО по итогам внутреннего мониторинга", "1 – да / 0 – нет"),
    ("H", "III. Персонализированные программы наставничества"),
    ("R", "14", "pp_total", "Персонализированные программы – всего", "ед."),
    ("R", "14.1", "pp_pupil_pupil", "форма «ученик – ученик»", "ед."),
    ("R", "14.2", "pp_teacher_teacher", "форма «учитель – учитель» / «педагог – педагог»", "ед."),
    ("R", "14.3", "pp_student_student", "форма «студент – студент»", "ед."),
    ("R", "14.4", "pp_head_teacher", "форма «руководитель – педагог»", "ед."),
    ("R", "14.5", "pp_student_pupil", "форма «студент – ученик»", "ед."),
    ("R", "14.6", "pp_teacher_pupil", "форма «учитель – ученик»", "ед."),
    ("R", "14.7", "pp_other", "иная форма (указать в графе «Примечание»)", "ед."),
    ("H", "IV. Наставники из внешних организаций"),
    ("R", "15", "external_edu_mentors", "Наставники из внешних образовательных организаций (приказ)", "чел."),
    ("R", "16", "enterprise_mentors", "Наставники из предприятий", "чел."),
    ("R", "17", "other_org_mentors", "Наставники из прочих организаций", "чел."),
    ("R", "18", None, "Число совместных проектов с предприятиями-партнёрами", "ед."),
    ("H", "V. Обучающиеся 10–19 лет – наставляемые"),
    ("R", "19", "students_10_19", "Обучающихся в возрасте 10–19 лет (всего по ОО)", "чел."),
    ("R", "20", "mentees_10_19", "Обучающихся 10–19 лет в роли наставляемых", "чел."),
    ("R", "20.1", "mentees_risk", "в т.ч. «группа риска»", "чел."),
    ("R", "20.2", "mentees_gifted", "в т.ч. одарённые дети (в реестрах)", "чел."),
    ("R", "20.3", "mentees_disabled", "в т.ч. дети с ОВЗ, дети-инвалиды", "чел."),
    ("R", "20.4", "mentees_low_motivation", "в т.ч. с низкой мотивацией к учёбе, неуспевающие", "чел."),
    ("R", "20.5", "mentees_career", "в т.ч. с проблемами выбора траектории / профессии", "чел."),
    ("R", "20.6", "mentees_other_params", "в т.ч. по иным параметрам", "чел."),
    ("R", "21", "share_mentees_10_19", "Доля обучающихся 10–19 лет – наставляемых (расчёт)", "%"),
    ("H", "VI. Обучающиеся 15–19 лет – наставники"),
    ("R", "22", "students_15_19", "Обучающихся в возрасте 15–19 лет (всего по ОО)", "чел."),
    ("R", "23", "mentors_15_19", "Обучающихся 15–19 лет в роли наставников (приказ)", "чел."),
    ("R", "24", "share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников (расчёт)", "%"),
    ("H", "VII. Удовлетворённость"),
    ("R", "25", "satisfaction_mentees", "Уровень удовлетворённости наставляемых (завершённые программы)", "%"),
    ("R", "26", "satisfaction_mentors", "Уровень удовлетворённости наставников (завершённые программы)", "%"),
    ("H", "VIII. Педагоги – наставляемые"),
    ("R", "27", "young_specialists", "Молодых специалистов (до 35 лет, первые 3 года работы)", "чел."),
    ("R", "28", "young_specialists_mentees", "Молодых специалистов – наставляемых", "чел."),
    ("R", "29", "teachers_other", "Педагогов, кроме молодых специалистов", "чел."),
    ("R", "30", "teachers_other_mentees", "Педагогов (кроме молодых специалистов) – наставляемых", "чел."),
    ("R", "31", "share_young_specialists_mentees", "Доля молодых специалистов – наставляемых (расчёт)", "%"),
    ("R", "32", "share_teachers_mentees", "Доля педагогов – наставляемых (расчёт)", "%"),
    ("H", "IX. Профессиональное развитие"),
    ("R", "33", "teachers_in_pp", "Педагогов в утверждённых персонализированных программах", "чел."),
    ("R", "34", "kpk_trained", "Педагогов, обученных на КПК по наставничеству (2024 г.)", "чел."),
    ("R", "35", "kpk_courses", "Названия пройденных КПК", "перечень"),
    ("R", "36", "school_methodical_associations", "Методических объединений наставников в ОО", "ед."),
    ("H", "X. Педагоги – наставники"),
    ("R", "37", "teachers_mentors", "Педагогов в роли наставника", "чел."),
    ("R", "38", "young_specialists_mentors", "Молодых специалистов в роли наставника", "чел."),
    ("H", "XI. Стимулирование"),
    ("R", "39", "pay_acts", "Локальные акты об оплате труда наставников", "ед."),
    ("R", "40", "nonmaterial_acts", "Локальные акты о моральном (нематериальном) поощрении наставников", "ед."),
]

# formulas of the computed shares in version B: (numerator ids, denominator ids)
SHARES_B = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["young_specialists_mentees", "teachers_other_mentees"], ["young_specialists", "teachers_other"]),
    "share_teachers_mentors": (["teachers_mentors"], ["young_specialists", "teachers_other"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}

# ---- early regional draft 2024, ред. 10.09.2024 (version C, sent to УДО) --
# no «студент – …» rows, older names (Положения о стимулировании), satisfaction
# block with a sub-heading, no agreement rows by type except totals.
ROWS_C = [
    ("H", "Нормативное обеспечение"),
    ("R", "1", "orgs_regulation_teachers", "Положение о наставничестве педагогов утверждено приказом", ""),
    ("R", "2", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом", ""),
    ("R", "3", "orgs_monitoring_order", "Приказ о внутреннем мониторинге ЦМН", ""),
    ("H", "Организация процесса"),
    ("R", "4", "curators_total", "Кураторы ЦМН (кол-во)", ""),
    ("R", "5", "agreements_edu_orgs", "Соглашения с ОО-партнёрами (наставники от ОО), кол-во", ""),
    ("R", "6", "agreements_enterprises", "Соглашения с предприятиями (наставники от предприятий), кол-во", ""),
    ("R", "7", "agreements_other_orgs", "Соглашения с иными организациями (наставники от них), кол-во", ""),
    ("R", "8", "partner_list", "Партнёры по наставничеству (список)", ""),
    ("R", "9", "mentors_total", "Наставники по приказу (кол-во)", ""),
    ("R", "10", "mentees_total", "Наставляемые по приказу (кол-во)", ""),
    ("R", "11", "internal_monitoring_notes", "Справка по внутреннему мониторингу ЦМН", ""),
    ("R", "12", None, "Количество творческих объединений, реализующих программы наставничества", ""),
    ("H", "Персонализированные программы"),
    ("R", "13", "pp_total", "Персонализированные программы (всего)", ""),
    ("R", "14", "pp_pupil_pupil", "из них «ученик – ученик»", ""),
    ("R", "15", "pp_teacher_teacher", "из них «педагог – педагог»", ""),
    ("R", "16", "pp_head_teacher", "из них «руководитель – педагог»", ""),
    ("R", "17", "pp_teacher_pupil", "из них «педагог – обучающийся»", ""),
    ("R", "18", "pp_other", "из них иные формы", ""),
    ("H", "Обучающиеся"),
    ("R", "19", "students_10_19", "Обучающиеся 10–19 лет (всего)", ""),
    ("R", "20", "mentees_10_19", "Обучающиеся 10–19 лет – наставляемые", ""),
    ("R", "21", "students_15_19", "Обучающиеся 15–19 лет (всего)", ""),
    ("R", "22", "mentors_15_19", "Обучающиеся 15–19 лет – наставники", ""),
    ("H", "Удовлетворённость участием в программах (в %)"),
    ("R", "23", "satisfaction_mentees", "наставляемые", ""),
    ("R", "24", "satisfaction_mentors", "наставники", ""),
    ("H", "Педагогические кадры"),
    ("R", "25", "young_specialists", "Молодые педагоги до 35 лет со стажем до 3 лет", ""),
    ("R", "26", "young_specialists_mentees", "Молодые педагоги – наставляемые", ""),
    ("R", "27", "teachers_other", "Прочие педагоги (не молодые специалисты)", ""),
    ("R", "28", "teachers_other_mentees", "Прочие педагоги – наставляемые", ""),
    ("R", "29", "teachers_in_pp", "Педагоги, задействованные в персонализированных программах", ""),
    ("R", "30", "kpk_trained", "Педагоги, прошедшие КПК по наставничеству", ""),
    ("R", "31", "school_methodical_associations", "МО наставников в учреждении", ""),
    ("R", "32", "teachers_mentors", "Педагоги – наставники", ""),
    ("R", "33", "young_specialists_mentors", "Молодые педагоги – наставники", ""),
    ("H", "Стимулирование"),
    ("R", "34", "pay_acts", "Положения о материальном стимулировании наставников (кол-во)", ""),
    ("R", "35", "nonmaterial_acts", "Положения о нематериальном стимулировании наставников (кол-во)", ""),
]

# ---- regional 2023 form (version Y23): «Показатель» column merged by group -
GROUPS_Y23 = [
    ("Нормативное обеспечение реализации ЦМН", [
        ("orgs_regulation_teachers", "Наличие приказа об утверждении Положения о наставничестве педагогов"),
        ("orgs_regulation_students", "Наличие приказа об утверждении Положения о наставничестве обучающихся"),
        ("orgs_monitoring_order", "Наличие приказа ОО о мониторинге ЦМН"),
        (None, "Наличие дорожной карты ОО"),
    ]),
    ("Организация процесса реализации ЦМН", [
        ("curators_total", "Количество кураторов внедрения ЦМН в ОО"),
        ("programmes_total", "Количество утверждённых программ наставничества по формам (кроме персонализированных)"),
        ("agreements_edu_orgs", "Кол-во соглашений с другими ОО о предоставлении наставников"),
        ("agreements_iro", "Кол-во соглашений с АОУ ДПО УР «ИРО» о предоставлении наставников"),
        ("agreements_enterprises", "Кол-во соглашений с предприятиями о предоставлении наставников"),
        ("agreements_other_orgs", "Кол-во соглашений с иными организациями о предоставлении наставников"),
        ("partner_list", "Наименования предприятий / организаций – партнёров по наставничеству"),
        ("mentors_total", "Количество наставников в ОО (приказ)"),
        ("mentees_total", "Количество наставляемых в ОО (приказ)"),
        ("internal_monitoring_notes", "Наличие справки ОО по итогам внутреннего мониторинга"),
    ]),
    ("Персонализированные программы по определённой форме", [
        ("pp_total", "Кол-во персонализированных программ, всего"),
        ("pp_pupil_pupil", "Кол-во ПП «ученик – ученик»"),
        ("pp_teacher_teacher", "Кол-во ПП «учитель – учитель»"),
        ("pp_student_student", "Кол-во ПП «студент – студент»"),
        ("pp_head_teacher", "Кол-во ПП «руководитель – педагог»"),
        ("pp_student_pupil", "Кол-во ПП «студент – ученик»"),
        ("pp_teacher_pupil", "Кол-во ПП «учитель – ученик»"),
        ("pp_other", "Кол-во ПП иной формы"),
    ]),
    ("Включение предприятий (организаций) в программы наставничества в роли наставников", [
        ("external_edu_mentors", "Наставники из внешних ОО (по приказу)"),
        ("iro_mentors", "Наставники – сотрудники АОУ ДПО УР «ИРО»"),
        ("other_org_mentors", "Наставники из иных организаций"),
        ("enterprise_mentors", "Наставники из предприятий"),
        (None, "Количество реализованных проектов совместно с предприятиями"),
    ]),
    ("Охват обучающихся 10–19 лет в роли наставляемого", [
        ("students_10_19", "Обучающихся 10–19 лет в ОО"),
        ("mentees_10_19", "Обучающихся 10–19 лет, вошедших в программы наставничества как наставляемые"),
        ("mentees_risk", "из них – «группа риска»"),
        ("mentees_disabled", "из них – дети с ОВЗ и дети-инвалиды"),
        ("mentees_low_motivation", "из них – с низкой мотивацией, неуспевающие"),
        ("mentees_gifted", "одарённые дети (из реестров) – наставляемые"),
        ("mentees_career", "из них – с проблемами выбора профессии"),
        ("mentees_other_params", "из них – по иным параметрам"),
    ]),
    ("Охват обучающихся 15–19 лет в роли наставника", [
        ("students_15_19", "Обучающихся 15–19 лет в ОО"),
        ("mentors_15_19", "Наставников из числа обучающихся 15–19 лет (приказ)"),
        ("students_15_19_in_programmes", "Обучающихся 15–19 лет, вошедших в программы наставничества (в любой роли)"),
    ]),
    ("Удовлетворённость участием в программах наставничества", [
        ("satisfaction_mentees", "Удовлетворённость наставляемых, %"),
        ("satisfaction_mentors", "Удовлетворённость наставников, %"),
    ]),
    ("Включение педагогов и молодых специалистов в роли наставляемого", [
        ("young_specialists", "Молодых специалистов (до 35 лет, стаж до 3 лет) в ОО"),
        ("young_specialists_mentees", "Молодых специалистов – наставляемых"),
        ("teachers_other", "Педагогов, не являющихся молодыми специалистами"),
        ("teachers_other_mentees", "Педагогов (не молодых специалистов) – наставляемых"),
    ]),
    ("Обеспечение непрерывного профессионального развития", [
        ("teachers_in_pp", "Педагогов – участников утверждённых ПП"),
        ("trainees_internship", "Педагогов-стажёров на базе стажёрской площадки"),
        ("kpk_trained", "Педагогов, обученных на КПК по наставничеству"),
        ("school_methodical_associations", "ШМО наставников в ОО (кол-во)"),
    ]),
    ("Включение педагогов в программы наставничества в роли наставника", [
        ("teachers_mentors", "Педагогов-наставников"),
        ("young_specialists_mentors", "Молодых специалистов-наставников"),
    ]),
    ("Стимулирование процесса наставничества", [
        ("pay_acts", "Кол-во положений о материальном поощрении наставников"),
        ("nonmaterial_acts", "Кол-во положений о нематериальном поощрении наставников"),
    ]),
]

# ---- the same 2023 layout, rows brought up to 2024 by the school (b) -----
GROUPS_B24 = [
    ("Нормативное обеспечение реализации ЦМН", [
        ("orgs_regulation_teachers", "Наличие приказа об утверждении Положения о наставничестве педагогов"),
        ("orgs_regulation_students", "Наличие приказа об утверждении Положения о наставничестве обучающихся"),
        ("orgs_monitoring_order", "Наличие приказа ОО о мониторинге ЦМН"),
        (None, "Наличие дорожной карты ОО"),
    ]),
    ("Организация процесса реализации ЦМН", [
        ("curators_total", "Количество кураторов внедрения ЦМН в ОО"),
        ("agreements_edu_orgs", "Кол-во соглашений с другими ОО о предоставлении наставников"),
        ("agreements_enterprises", "Кол-во соглашений с предприятиями о предоставлении наставников"),
        ("agreements_other_orgs", "Кол-во соглашений с иными организациями о предоставлении наставников"),
        ("partner_list", "Наименования предприятий / организаций – партнёров по наставничеству"),
        ("mentors_total", "Количество наставников в ОО (приказ)"),
        ("mentees_total", "Количество наставляемых в ОО (приказ)"),
        ("internal_monitoring_notes", "Наличие справки ОО по итогам внутреннего мониторинга"),
    ]),
    ("Персонализированные программы по определённой форме", [
        ("pp_total", "Кол-во персонализированных программ, всего"),
        ("pp_pupil_pupil", "Кол-во ПП «ученик – ученик»"),
        ("pp_teacher_teacher", "Кол-во ПП «учитель – учитель» / «педагог – педагог»"),
        ("pp_student_student", "Кол-во ПП «студент – студент»"),
        ("pp_head_teacher", "Кол-во ПП «руководитель – педагог»"),
        ("pp_student_pupil", "Кол-во ПП «студент – ученик»"),
        ("pp_teacher_pupil", "Кол-во ПП «учитель – ученик»"),
        ("pp_other", "Кол-во ПП иной формы (формы – в примечании)"),
    ]),
    ("Включение предприятий (организаций) в программы наставничества в роли наставников", [
        ("external_edu_mentors", "Наставники из внешних ОО (по приказу)"),
        ("other_org_mentors", "Наставники из иных организаций"),
        ("enterprise_mentors", "Наставники из предприятий"),
    ]),
    ("Охват обучающихся 10–19 лет в роли наставляемого", [
        ("students_10_19", "Обучающихся 10–19 лет в ОО"),
        ("mentees_10_19", "Обучающихся 10–19 лет, вошедших в программы наставничества как наставляемые"),
        ("mentees_risk", "из них – «группа риска»"),
        ("mentees_disabled", "из них – дети с ОВЗ и дети-инвалиды"),
        ("mentees_low_motivation", "из них – с низкой мотивацией, неуспевающие"),
        ("mentees_gifted", "одарённые дети (из реестров) – наставляемые"),
        ("mentees_career", "из них – с проблемами выбора профессии"),
        ("mentees_other_params", "из них – по иным параметрам"),
    ]),
    ("Охват обучающихся 15–19 лет в роли наставника", [
        ("students_15_19", "Обучающихся 15–19 лет в ОО"),
        ("mentors_15_19", "Наставников из числа обучающихся 15–19 лет (приказ)"),
    ]),
    ("Удовлетворённость участием в завершённых программах наставничества", [
        ("satisfaction_mentees", "Удовлетворённость наставляемых, %"),
        ("satisfaction_mentors", "Удовлетворённость наставников, %"),
    ]),
    ("Включение педагогов и молодых специалистов в роли наставляемого", [
        ("young_specialists", "Молодых специалистов (до 35 лет, стаж до 3 лет) в ОО"),
        ("young_specialists_mentees", "Молодых специалистов – наставляемых"),
        ("teachers_other", "Педагогов, не являющихся молодыми специалистами"),
        ("teachers_other_mentees", "Педагогов (не молодых специалистов) – наставляемых"),
    ]),
    ("Обеспечение непрерывного профессионального развития", [
        ("teachers_in_pp", "Педагогов – участников утверждённых ПП"),
        ("kpk_trained", "Педагогов, обученных на КПК по наставничеству за календарный год"),
        ("school_methodical_associations", "ШМО наставников в ОО (кол-во)"),
    ]),
    ("Включение педагогов в программы наставничества в роли наставника", [
        ("teachers_mentors", "Педагогов-наставников"),
        ("young_specialists_mentors", "Молодых специалистов-наставников"),
    ]),
    ("Стимулирование процесса наставничества", [
        ("pay_acts", "Кол-во локальных актов об оплате работы наставников"),
        ("nonmaterial_acts", "Кол-во локальных актов о нематериальном поощрении наставников"),
    ]),
]

# --------------------------------------------------------------------------
# the organisations' data.  Each value: raw cell content (what the clerk typed)
# A link: ("hl", url, display) hyperlink; ("txt", url) URL typed as text;
#         ("none", text) a text without any URL (no link expected).
# --------------------------------------------------------------------------
MO = "Ключевской муниципальный округ Удмуртской Республики"

# 1. МБОУ «Ключевская СОШ № 1»: normal 2024, version A ---------------------
S1 = "https://sh1-klyuchi-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
ORG1 = "МБОУ «Ключевская СОШ № 1»"
D1 = {
    "orgs_regulation_teachers": ("да", ("hl", S1 + "Prikaz_112-od_Polozhenie_nastavnichestvo_ped.pdf", "ссылка")),
    "orgs_regulation_students": ("да", ("hl", S1 + "Prikaz_113-od_Polozhenie_nastavnichestvo_obuch.pdf", "ссылка")),
    "orgs_monitoring_order": ("да", ("hl", S1 + "Prikaz_187-od_monitoring_TsMN_2024.pdf", "ссылка")),
    None: {"1.4": ("да", None), "2.9": ("да", None)},
    "curators_total": ("2 (Лекомцева Е.П., Шутова М.А.)", ("hl", S1 + "Prikaz_114-od_kuratory.pdf", "ссылка")),
    "agreements_edu_orgs": (1, ("hl", S1 + "Soglashenie_DDT_2024.pdf", "ссылка")),
    "agreements_enterprises": (0, None),
    "agreements_other_orgs": (1, ("hl", S1 + "Soglashenie_TsBS_2024.pdf", "ссылка")),
    "partner_list": ("МБУ ДО «Ключевской Дом детского творчества»; МБУК «Ключевская централизованная библиотечная система»", None),
    "mentors_total": (46, ("hl", S1 + "Prikaz_201-od_nastavnicheskie_pary_2024.pdf", "ссылка")),
    "mentees_total": (106, ("hl", S1 + "Prikaz_201-od_nastavnicheskie_pary_2024.pdf", "ссылка")),
    "internal_monitoring_notes": ("да", ("hl", S1 + "Spravka_vnutrenniy_monitoring_2024.pdf", "ссылка")),
    "pp_total": (41, ("txt", "https://disk.yandex.ru/d/kl1_PP_2024")),
    "pp_pupil_pupil": (18, ("txt", "https://disk.yandex.ru/d/kl1_PP_2024")),
    "pp_teacher_teacher": (9, ("txt", "https://disk.yandex.ru/d/kl1_PP_2024")),
    "pp_head_teacher": (1, ("txt", "https://disk.yandex.ru/d/kl1_PP_2024")),
    "pp_teacher_pupil": (13, ("txt", "https://disk.yandex.ru/d/kl1_PP_2024")),
    "external_edu_mentors": (2, ("hl", S1 + "Prikaz_201-od_nastavnicheskie_pary_2024.pdf", "ссылка")),
    "other_org_mentors": (1, ("hl", S1 + "Prikaz_201-od_nastavnicheskie_pary_2024.pdf", "ссылка")),
    "students_10_19": (512, None),
    "mentees_10_19": (96, ("hl", S1 + "Baza_nastavlyaemyh_2024.pdf", "ссылка")),
    "mentees_risk": (7, ("hl", S1 + "Baza_nastavlyaemyh_2024.pdf", "ссылка")),
    "mentees_gifted": (12, ("hl", S1 + "Baza_nastavlyaemyh_2024.pdf", "ссылка")),
    "mentees_disabled": (5, ("hl", S1 + "Baza_nastavlyaemyh_2024.pdf", "ссылка")),
    "mentees_low_motivation": (21, ("hl", S1 + "Baza_nastavlyaemyh_2024.pdf", "ссылка")),
    "mentees_career": (14, ("hl", S1 + "Baza_nastavlyaemyh_2024.pdf", "ссылка")),
    "mentees_other_params": (37, ("hl", S1 + "Baza_nastavlyaemyh_2024.pdf", "ссылка")),
    "students_15_19": (118, None),
    "mentors_15_19": (16, ("hl", S1 + "Baza_nastavnikov_2024.pdf", "ссылка")),
    "satisfaction_mentees": (92, ("none", "анкеты хранятся у куратора")),
    "satisfaction_mentors": (88, ("none", "анкеты хранятся у куратора")),
    "young_specialists": (6, None),
    "young_specialists_mentees": (6, ("hl", S1 + "Prikaz_201-od_nastavnicheskie_pary_2024.pdf", "ссылка")),
    "teachers_other": (48, None),
    "teachers_other_mentees": (4, ("hl", S1 + "Prikaz_201-od_nastavnicheskie_pary_2024.pdf", "ссылка")),
    "teachers_in_pp": (27, ("txt", "https://disk.yandex.ru/d/kl1_PP_2024")),
    "kpk_trained": (3, ("hl", S1 + "Udostovereniya_KPK_2024.pdf", "ссылка")),
    "school_methodical_associations": (1, ("hl", S1 + "Prikaz_115-od_ShMO_nastavnikov.pdf", "ссылка")),
    "teachers_mentors": (27, ("hl", S1 + "Baza_nastavnikov_2024.pdf", "ссылка")),
    "young_specialists_mentors": (1, ("hl", S1 + "Baza_nastavnikov_2024.pdf", "ссылка")),
    "pay_acts": (1, ("hl", S1 + "Polozhenie_ob_oplate_truda_2024.pdf", "ссылка")),
    "nonmaterial_acts": (1, ("hl", S1 + "Polozhenie_o_nematerialnom_pooshchrenii.pdf", "ссылка")),
}
COMMENTS1 = {"mentees_total": "включая 10 педагогов", "curators_total": "приказ от 30.08.2024"}

# 2. МАОУ «Ключевская гимназия»: normal 2024, version B ----------------------
S2 = "https://gimn-klyuchi.ru/documents/nastavnichestvo/"
ORG2 = "МАОУ «Ключевская гимназия»"
D2 = {
    "orgs_regulation_teachers": (1, ("Приказ № 96/1 от 29.08.2024", S2 + "prikaz_96-1.pdf")),
    "orgs_regulation_students": (1, ("Приказ № 96/2 от 29.08.2024", S2 + "prikaz_96-2.pdf")),
    "orgs_monitoring_order": (1, ("Приказ № 141 от 07.10.2024", S2 + "prikaz_141_monitoring.pdf")),
    None: {"4": (1, None), "18": (2, None)},
    "curators_total": (1, ("Приказ № 96 от 29.08.2024", S2 + "prikaz_96.pdf")),
    "agreements_edu_orgs": (1, ("Соглашение с УдГУ от 12.01.2024", S2 + "soglashenie_UdGU.pdf")),
    "agreements_enterprises": (1, ("Соглашение с ООО «КМЗ» от 05.02.2024", S2 + "soglashenie_KMZ.pdf")),
    "agreements_other_orgs": (0, None),
    "partner_list": ("1) ФГБОУ ВО «Удмуртский государственный университет»\n2) ООО «Ключевской молочный завод»", ("", S2 + "partnery_2024.pdf")),
    "agreement_subjects": ("УдГУ – наставничество студентов над обучающимися 8–11 кл. (форма «студент – ученик»); ООО «КМЗ» – профориентационное наставничество специалистов завода", None),
    "mentors_total": (58, ("Приказ № 118 от 16.09.2024 «О закреплении наставнических пар»", S2 + "prikaz_118.pdf")),
    "mentees_total": (175, ("Приказ № 118 от 16.09.2024 «О закреплении наставнических пар»", S2 + "prikaz_118.pdf")),
    "internal_monitoring_notes": (1, ("Справка по итогам внутреннего мониторинга", S2 + "spravka_monitoring_2024.pdf")),
    "pp_total": (64, ("Реестр ПП 2024", S2 + "reestr_PP_2024.xlsx")),
    "pp_pupil_pupil": (27, None),
    "pp_teacher_teacher": (12, None),
    "pp_student_student": (0, None),
    "pp_head_teacher": (2, None),
    "pp_student_pupil": (3, None),
    "pp_teacher_pupil": (18, None),
    "pp_other": (2, None),
    "external_edu_mentors": (3, ("Приказ № 118", S2 + "prikaz_118.pdf")),
    "enterprise_mentors": (2, ("Приказ № 118", S2 + "prikaz_118.pdf")),
    "other_org_mentors": (0, None),
    "students_10_19": (634, None),
    "mentees_10_19": (158, ("База наставляемых", S2 + "baza_nastavlyaemyh.pdf")),
    "mentees_risk": (4, None),
    "mentees_gifted": (31, None),
    "mentees_disabled": (3, None),
    "mentees_low_motivation": (18, None),
    "mentees_career": (46, None),
    "mentees_other_params": (56, None),
    "students_15_19": (171, None),
    "mentors_15_19": (21, ("База наставников", S2 + "baza_nastavnikov.pdf")),
    "satisfaction_mentees": (95.5, ("Итоги анкетирования", S2 + "anketirovanie_2024.pdf")),
    "satisfaction_mentors": (91.2, ("Итоги анкетирования", S2 + "anketirovanie_2024.pdf")),
    "young_specialists": (8, None),
    "young_specialists_mentees": (7, ("Приказ № 118", S2 + "prikaz_118.pdf")),
    "teachers_other": (52, None),
    "teachers_other_mentees": (10, ("Приказ № 118", S2 + "prikaz_118.pdf")),
    "teachers_in_pp": (41, ("Реестр ПП 2024", S2 + "reestr_PP_2024.xlsx")),
    "kpk_trained": (4, ("Удостоверения КПК", S2 + "kpk_2024.pdf")),
    "kpk_courses": ("«Наставничество в образовательной организации: технологии и практики», АОУ ДПО УР ИРО, 36 ч.; «Организация сопровождения наставничества в образовательных организациях», АОУ ДПО УР ИРО, 24 ч.", None),
    "school_methodical_associations": (1, ("Приказ № 97 от 29.08.2024 «О ШМО наставников»", S2 + "prikaz_97.pdf")),
    "teachers_mentors": (32, ("База наставников", S2 + "baza_nastavnikov.pdf")),
    "young_specialists_mentors": (2, ("База наставников", S2 + "baza_nastavnikov.pdf")),
    "pay_acts": (1, ("Положение об оплате труда (раздел 6)", S2 + "polozhenie_oplata.pdf")),
    "nonmaterial_acts": (2, ("Положение о нематериальном поощрении; Положение о конкурсе «Наставник года»", S2 + "polozhenie_nematerialnoe.pdf")),
}
NOTES2 = {"pp_other": "форма «работодатель – ученик» (2 программы с ООО «КМЗ»)",
          None: {"18": "экскурсии на производство, проект «Молочная лаборатория»"}}

# 3. МБУ ДО «Ключевской Дом детского творчества»: normal 2024, version C -----
S3 = "https://ddt-klyuchi.udmurtschool.ru/sveden/document/"
ORG3 = "МБУ ДО «Ключевской Дом детского творчества»"
D3 = {
    "orgs_regulation_teachers": ("да", ("hl", S3 + "prikaz_45-od.pdf", "Приказ № 45-од от 02.09.2024")),
    "orgs_regulation_students": ("да", ("hl", S3 + "prikaz_46-od.pdf", "Приказ № 46-од от 02.09.2024")),
    "orgs_monitoring_order": ("да", ("hl", S3 + "prikaz_71-od.pdf", "Приказ № 71-од от 08.10.2024")),
    "curators_total": (1, ("hl", S3 + "prikaz_45-od.pdf", "Приказ № 45-од от 02.09.2024")),
    "agreements_edu_orgs": (2, ("hl", S3 + "soglasheniya_2024.pdf", "Соглашения с СОШ № 1 и гимназией")),
    "agreements_enterprises": (0, None),
    "agreements_other_orgs": (0, None),
    "partner_list": ("МБОУ «Ключевская СОШ № 1», МАОУ «Ключевская гимназия»", None),
    "mentors_total": (14, ("hl", S3 + "prikaz_52-od_pary.pdf", "Приказ № 52-од")),
    "mentees_total": (52, ("hl", S3 + "prikaz_52-od_pary.pdf", "Приказ № 52-од")),
    "internal_monitoring_notes": ("нет", None),
    None: {"12": (5, None)},
    "pp_total": (9, ("hl", S3 + "PP_2024.zip", "Программы (архив)")),
    "pp_pupil_pupil": (4, None),
    "pp_teacher_teacher": (3, None),
    "pp_head_teacher": (0, None),
    "pp_teacher_pupil": (2, None),
    "pp_other": (0, None),
    "external_edu_mentors": (0, None),
    "enterprise_mentors": (0, None),
    "other_org_mentors": (0, None),
    "students_10_19": (406, None),
    "mentees_10_19": (45, ("hl", S3 + "baza_2024.pdf", "База наставляемых")),
    "mentees_risk": (2, None),
    "mentees_gifted": (9, None),
    "mentees_disabled": (4, None),
    "mentees_low_motivation": (0, None),
    "mentees_career": (6, None),
    "mentees_other_params": (24, None),
    "students_15_19": (63, None),
    "mentors_15_19": (4, ("hl", S3 + "baza_2024.pdf", "База наставников")),
    "satisfaction_mentees": ("96 %", None),
    "satisfaction_mentors": ("93 %", None),
    "young_specialists": (3, None),
    "young_specialists_mentees": (3, None),
    "teachers_other": (21, None),
    "teachers_other_mentees": (4, None),
    "teachers_in_pp": (10, None),
    "kpk_trained": (1, ("hl", S3 + "kpk_2024.pdf", "Удостоверение")),
    "school_methodical_associations": (0, None),
    "teachers_mentors": (10, None),
    "young_specialists_mentors": (0, None),
    "pay_acts": (0, None),
    "nonmaterial_acts": (1, ("hl", S3 + "polozhenie_pooshchrenie.pdf", "Положение о поощрении")),
}

# 4. МБОУ «Верх-Ключевская ООШ»: sent its 2023 form (values as of 2023) -----
S4 = "https://vkl-oosh.gosuslugi.ru/ofitsialno/nastavnichestvo/"
ORG4 = "МБОУ «Верх-Ключевская ООШ»"
D4 = {
    "orgs_regulation_teachers": ("Да", ("txt", S4 + "prikaz_58_2022.pdf")),
    "orgs_regulation_students": ("Да", ("txt", S4 + "prikaz_58_2022.pdf")),
    "orgs_monitoring_order": ("Да", ("txt", S4 + "prikaz_77_2023.pdf")),
    None: {"Наличие дорожной карты ОО": ("Да", None),
           "Количество реализованных проектов совместно с предприятиями": (0, None)},
    "curators_total": (1, None),
    "programmes_total": (2, ("txt", S4 + "programma_nastavnichestva_2023.pdf")),
    "agreements_edu_orgs": (0, None),
    "agreements_iro": (0, None),
    "agreements_enterprises": (0, None),
    "agreements_other_orgs": (0, None),
    "mentors_total": (9, ("txt", S4 + "prikaz_81_pary_2023.pdf")),
    "mentees_total": (21, ("txt", S4 + "prikaz_81_pary_2023.pdf")),
    "internal_monitoring_notes": ("Да", ("txt", S4 + "spravka_2023.pdf")),
    "pp_total": (6, None),
    "pp_pupil_pupil": (2, None),
    "pp_teacher_teacher": (1, None),
    "pp_teacher_pupil": (3, None),
    "students_10_19": (57, None),
    "mentees_10_19": (17, None),
    "mentees_risk": (3, None),
    "mentees_disabled": (2, None),
    "mentees_low_motivation": (5, None),
    "mentees_other_params": (7, None),
    "students_15_19": (11, None),
    "mentors_15_19": (2, None),
    "students_15_19_in_programmes": (3, None),
    "satisfaction_mentees": (85, None),
    "satisfaction_mentors": (90, None),
    "young_specialists": (1, None),
    "young_specialists_mentees": (1, None),
    "teachers_other": (14, None),
    "teachers_other_mentees": (3, None),
    "trainees_internship": (0, None),
    "kpk_trained": (1, None),
    "teachers_mentors": (7, None),
    "nonmaterial_acts": (1, ("txt", S4 + "polozhenie_pooshchrenie.pdf")),
}

# 5. МБОУ «Октябрьская СОШ»: sent its 2023 form, file name says 2024 ---------
S5 = "https://oktyabrskaya-sosh.gosuslugi.ru/netcat_files/"
ORG5 = "МБОУ «Октябрьская СОШ»"
D5 = {
    "orgs_regulation_teachers": ("да", ("hl", S5 + "Prikaz_64_2022.pdf", "Приказ № 64")),
    "orgs_regulation_students": ("да", ("hl", S5 + "Prikaz_64_2022.pdf", "Приказ № 64")),
    "orgs_monitoring_order": ("да", ("hl", S5 + "Prikaz_102_2023_monitoring.pdf", "Приказ № 102")),
    None: {"Наличие дорожной карты ОО": ("да", None),
           "Количество реализованных проектов совместно с предприятиями": (1, None)},
    "curators_total": (2, None),
    "programmes_total": (3, ("hl", S5 + "Programmy_nastavnichestva_2023.pdf", "Программы")),
    "agreements_edu_orgs": (0, None),
    "agreements_iro": (1, ("hl", S5 + "Soglashenie_IRO_2023.pdf", "Соглашение")),
    "agreements_enterprises": (1, ("hl", S5 + "Soglashenie_SPK_Oktyabr.pdf", "Соглашение")),
    "agreements_other_orgs": (0, None),
    "partner_list": ("АОУ ДПО УР ИРО, СПК «Октябрь»", None),
    "mentors_total": (24, ("hl", S5 + "Prikaz_109_pary_2023.pdf", "Приказ № 109")),
    "mentees_total": (63, ("hl", S5 + "Prikaz_109_pary_2023.pdf", "Приказ № 109")),
    "internal_monitoring_notes": ("да", ("hl", S5 + "Spravka_monitoring_2023.pdf", "Справка")),
    "pp_total": (17, None),
    "pp_pupil_pupil": (6, None),
    "pp_teacher_teacher": (4, None),
    "pp_teacher_pupil": (7, None),
    "iro_mentors": (1, None),
    "enterprise_mentors": (2, None),
    "students_10_19": ("268", None),
    "mentees_10_19": (55, None),
    "mentees_risk": (5, None),
    "mentees_gifted": (6, None),
    "mentees_career": (12, None),
    "mentees_other_params": (32, None),
    "students_15_19": (47, None),
    "mentors_15_19": (6, None),
    "students_15_19_in_programmes": (11, None),
    "satisfaction_mentees": (88, None),
    "satisfaction_mentors": (86, None),
    "young_specialists": (3, None),
    "young_specialists_mentees": (3, None),
    "teachers_other": (25, None),
    "teachers_other_mentees": (5, None),
    "teachers_in_pp": (13, None),
    "trainees_internship": (1, None),
    "kpk_trained": (2, None),
    "teachers_mentors": (15, None),
    "young_specialists_mentors": (0, None),
    "pay_acts": (1, None),
}

# 6. МБОУ «Ключевская СОШ № 2»: 2024 form in last year's file, title not fixed
S6 = "https://sh2-klyuchi-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
ORG6 = "МБОУ «Ключевская СОШ № 2»"
D6 = {
    "orgs_regulation_teachers": ("Да", ("txt", S6 + "Prikaz_88_Polozhenie_nastavnichestvo.pdf")),
    "orgs_regulation_students": ("Да", ("txt", S6 + "Prikaz_88_Polozhenie_nastavnichestvo.pdf")),
    "orgs_monitoring_order": ("Да", ("txt", S6 + "Prikaz_156_monitoring_2024.pdf")),
    None: {"Наличие дорожной карты ОО": ("Да", None)},
    "curators_total": (2, ("txt", S6 + "Prikaz_89_kuratory_2024.pdf")),
    "agreements_edu_orgs": (0, None),
    "agreements_enterprises": (0, None),
    "agreements_other_orgs": (2, ("txt", S6 + "Soglasheniya_2024.pdf")),
    "partner_list": ("Ключевской районный Совет ветеранов; ОПДН МО МВД России «Ключевской»", ("txt", S6 + "Soglasheniya_2024.pdf")),
    "mentors_total": (39, ("txt", S6 + "Prikaz_160_pary_2024.pdf")),
    "mentees_total": (120, ("txt", S6 + "Prikaz_160_pary_2024.pdf")),
    "internal_monitoring_notes": ("Да", ("txt", S6 + "Spravka_vnutr_monitoring_2024.pdf")),
    "pp_total": (35, ("txt", "https://cloud.mail.ru/public/Kl2p/PP2024")),
    "pp_pupil_pupil": (15, None),
    "pp_teacher_teacher": (6, None),
    "pp_teacher_pupil": (12, None),
    "pp_other": (2, None),
    "external_edu_mentors": (0, None),
    "other_org_mentors": (3, ("txt", S6 + "Prikaz_160_pary_2024.pdf")),
    "enterprise_mentors": (0, None),
    "students_10_19": (447, None),
    "mentees_10_19": (108, ("txt", S6 + "Baza_nastavlyaemyh_2024.pdf")),
    "mentees_risk": (11, None),
    "mentees_disabled": (6, None),
    "mentees_low_motivation": (25, None),
    "mentees_gifted": (8, None),
    "mentees_career": (20, None),
    "mentees_other_params": (38, None),
    "students_15_19": (92, None),
    "mentors_15_19": (10, ("txt", S6 + "Baza_nastavnikov_2024.pdf")),
    "satisfaction_mentees": (0.913, None),
    "satisfaction_mentors": (0.887, None),
    "young_specialists": (5, None),
    "young_specialists_mentees": (5, None),
    "teachers_other": (41, None),
    "teachers_other_mentees": (7, None),
    "teachers_in_pp": (25, None),
    "kpk_trained": (1, ("txt", S6 + "KPK_2024.pdf")),
    "school_methodical_associations": (1, None),
    "teachers_mentors": (26, ("txt", S6 + "Baza_nastavnikov_2024.pdf")),
    "young_specialists_mentors": (1, None),
    "pay_acts": (1, ("txt", S6 + "Polozhenie_oplata_truda.pdf")),
    "nonmaterial_acts": (1, ("txt", S6 + "Polozhenie_pooshchrenie.pdf")),
}
NOTES6 = {"pp_other": "«родитель – ученик»"}

# 7. МБОУ «Пихтовская СОШ»: draft and final 2024, version B ------------------
S7 = "https://pihtovka-school.gosuslugi.ru/netcat_files/nastavnichestvo/"
ORG7 = "МБОУ «Пихтовская СОШ»"
D7_FINAL = {
    "orgs_regulation_teachers": (1, ("Приказ № 51 от 30.08.2024", S7 + "prikaz_51.pdf")),
    "orgs_regulation_students": (1, ("Приказ № 51 от 30.08.2024", S7 + "prikaz_51.pdf")),
    "orgs_monitoring_order": (1, ("Приказ № 74 от 09.10.2024", S7 + "prikaz_74.pdf")),
    None: {"4": (1, None), "18": (1, None)},
    "curators_total": (1, ("Приказ № 52 от 30.08.2024", S7 + "prikaz_52.pdf")),
    "agreements_edu_orgs": (0, None),
    "agreements_enterprises": (1, ("Соглашение с СПК «Колхоз имени Кирова»", S7 + "soglashenie_SPK.pdf")),
    "agreements_other_orgs": (0, None),
    "partner_list": ("СПК «Колхоз имени Кирова»", None),
    "agreement_subjects": ("Профориентационное наставничество специалистов СПК над обучающимися агрокласса", None),
    "mentors_total": (33, ("Приказ № 60 от 13.09.2024", S7 + "prikaz_60_pary.pdf")),
    "mentees_total": (71, ("Приказ № 60 от 13.09.2024", S7 + "prikaz_60_pary.pdf")),
    "internal_monitoring_notes": (1, ("Справка", S7 + "spravka_2024.pdf")),
    "pp_total": (29, ("Папка ПП", "https://disk.yandex.ru/d/pihtovka_PP_2024")),
    "pp_pupil_pupil": (10, None),
    "pp_teacher_teacher": (5, None),
    "pp_student_student": (0, None),
    "pp_head_teacher": (1, None),
    "pp_student_pupil": (0, None),
    "pp_teacher_pupil": (11, None),
    "pp_other": (2, None),
    "external_edu_mentors": (0, None),
    "enterprise_mentors": (2, ("Приказ № 60", S7 + "prikaz_60_pary.pdf")),
    "other_org_mentors": (0, None),
    "students_10_19": (214, None),
    "mentees_10_19": (61, ("База наставляемых", S7 + "baza_nastavlyaemyh.pdf")),
    "mentees_risk": (6, None),
    "mentees_gifted": (4, None),
    "mentees_disabled": (3, None),
    "mentees_low_motivation": (14, None),
    "mentees_career": (19, None),
    "mentees_other_params": (15, None),
    "students_15_19": (38, None),
    "mentors_15_19": (8, ("База наставников", S7 + "baza_nastavnikov.pdf")),
    "satisfaction_mentees": (93.4, ("Анкетирование", S7 + "anketa_itogi.pdf")),
    "satisfaction_mentors": (90, ("Анкетирование", S7 + "anketa_itogi.pdf")),
    "young_specialists": (4, None),
    "young_specialists_mentees": (4, None),
    "teachers_other": (27, None),
    "teachers_other_mentees": (6, None),
    "teachers_in_pp": (21, None),
    "kpk_trained": (2, ("Удостоверения", S7 + "kpk.pdf")),
    "kpk_courses": ("«Наставничество как ресурс профессионального развития педагога», АОУ ДПО УР ИРО, 36 ч.", None),
    "school_methodical_associations": (1, None),
    "teachers_mentors": (23, ("База наставников", S7 + "baza_nastavnikov.pdf")),
    "young_specialists_mentors": (0, None),
    "pay_acts": (1, None),
    "nonmaterial_acts": (1, None),
}
NOTES7 = {"pp_other": "«работодатель – ученик» (агрокласс)",
          None: {"18": "проект «Школьная ферма»"}}
# the draft: a few rows differ (the school corrected them before sending the final)
D7_DRAFT = dict(D7_FINAL)
D7_DRAFT.update({
    "orgs_monitoring_order": (1, None),                # link not yet added
    "mentors_total": (31, ("Приказ № 60 от 13.09.2024", S7 + "prikaz_60_pary.pdf")),
    "teachers_mentors": (21, ("База наставников", S7 + "baza_nastavnikov.pdf")),
    "pp_total": (27, ("Папка ПП", "https://disk.yandex.ru/d/pihtovka_PP_2024")),
    "pp_teacher_pupil": (9, None),
    "satisfaction_mentees": (None, None),              # survey not finished
    "kpk_trained": (0, None),
    "kpk_courses": (None, None),
})
NOTES7_DRAFT = {"pp_other": "«работодатель – ученик» (агрокласс)",
                "satisfaction_mentees": "анкетирование до 25.10 – уточнить!",
                "kpk_trained": "уточнить у завуча (Кирова?)",
                None: {"18": "проект «Школьная ферма»"}}

# --------------------------------------------------------------------------
# rows the clerks simply left empty (not typed at all)
# --------------------------------------------------------------------------
for _d, _keys in (
    (D1, ["agreements_enterprises"]),
    (D2, ["pp_student_student", "other_org_mentors", "agreements_other_orgs"]),
    (D3, ["pp_head_teacher", "pp_other", "agreements_other_orgs"]),
    (D4, ["agreements_edu_orgs", "agreements_iro", "agreements_enterprises", "agreements_other_orgs",
          "trainees_internship", "satisfaction_mentees", "satisfaction_mentors", "kpk_trained",
          "nonmaterial_acts", "pp_pupil_pupil", "pp_teacher_teacher", "pp_teacher_pupil"]),
    (D5, ["agreements_edu_orgs", "agreements_other_orgs", "young_specialists_mentors",
          "pp_pupil_pupil", "pp_teacher_teacher", "pp_teacher_pupil", "mentees_risk", "mentees_gifted",
          "mentees_career", "mentees_other_params", "teachers_other", "teachers_other_mentees",
          "young_specialists", "young_specialists_mentees"]),
    (D6, ["external_edu_mentors", "enterprise_mentors", "agreements_edu_orgs", "agreements_enterprises",
          "school_methodical_associations"]),
    (D7_FINAL, ["pp_student_student", "pp_student_pupil", "external_edu_mentors", "other_org_mentors",
                "agreements_edu_orgs", "agreements_other_orgs", "young_specialists_mentors"]),
    (D7_DRAFT, ["pp_student_student", "pp_student_pupil", "external_edu_mentors", "other_org_mentors",
                "agreements_edu_orgs", "agreements_other_orgs", "young_specialists_mentors"]),
):
    for _k in _keys:
        del _d[_k]

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
YES = {"да": 1, "нет": 0}


def expected_value(raw, number_format="General"):
    """What a careful methodologist reads from the raw cell content."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if "%" in number_format:
            return round(raw * 100, 6)
        return raw
    s = str(raw).strip()
    if s.lower() in YES:
        return YES[s.lower()]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", s)
    if m:
        return float(m.group(1).replace(",", "."))
    m = re.fullmatch(r"(\d+)\s*\(.*\)", s)
    if m:  # "2 (Лекомцева Е.П., Шутова М.А.)"
        return int(m.group(1))
    if re.fullmatch(r"\d+", s):
        return int(s)
    return s  # lists / texts exactly as typed


def check_title(t):
    assert _norm(t) not in CAT_WORDINGS, "title equals a catalogue wording: " + t


def col(c):
    return get_column_letter(c)


class Entry:
    def __init__(self, file, org, year, sheet=None, comment=None):
        self.d = {"file": "typed/" + file, "year": year, "organisation": org,
                  "values": {}, "links": {}, "not_criteria": [], "headings": []}
        # "sheet" only matters for workbooks with several forms (none here); the
        # sheet of every value is recorded in cells.json instead.
        if comment:
            self.d["comment"] = comment
        self.cells = {"file": "typed/" + file, "sheet": sheet, "values": {}, "links": {}}
        self.use = True

    def value(self, cid, raw, cell, sheet, number_format="General", kind="plain"):
        assert cid in CAT_IDS, cid
        v = expected_value(raw, number_format)
        if v is None:
            return
        if self.use:
            self.d["values"][cid] = v
            self.cells["values"][cid] = {"sheet": sheet, "cell": cell, "kind": kind}

    def link(self, cid, url, cell, sheet, how):
        if self.use and cid in self.d["values"]:
            self.d["links"][cid] = url
            self.cells["links"][cid] = {"sheet": sheet, "cell": cell, "how": how}


def put_link_openpyxl(ws, r, c, link):
    """link: ("hl", url, display) / ("txt", url) / ("none", text). Returns url or None."""
    if not link:
        return None
    cell = ws.cell(row=r, column=c)
    if link[0] == "hl":
        cell.value = link[2]
        cell.hyperlink = link[1]
        cell.font = Font(color="0563C1", underline="single")
        return link[1]
    if link[0] == "txt":
        cell.value = link[1]
        return link[1]
    cell.value = link[1]
    return None


# --------------------------------------------------------------------------
# version A writer (openpyxl)
# --------------------------------------------------------------------------
def write_A(fname, org, data, comments, entry):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма ОО"
    sh = ws.title
    ws["E1"] = "Приложение 2 к письму МОиН УР от 17.09.2024 № 01/01-34эд/6708"
    ws["E1"].alignment = Alignment(horizontal="right")
    ws["A2"] = "Мониторинг целевой модели наставничества педагогических работников и обучающихся за 2024 год"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:E2")
    ws["A3"] = "Муниципальное образование:"
    ws["C3"] = MO
    ws["A4"] = "Образовательная организация:"
    ws["C4"] = org
    ws["C4"].font = Font(bold=True)
    hdr = ["№ п/п", "Критерий", "Значение на 31.12.2024", "Ссылка на подтверждающий документ", "Комментарий"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BORDER
        n = ws.cell(row=7, column=i, value=i)
        n.alignment = Alignment(horizontal="center")
        n.border = BORDER
    r = 8
    for item in ROWS_A:
        if item[0] == "H":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            entry.d["headings"].append(item[1])
            r += 1
            continue
        _, num, cid, title, _unit = item
        check_title(title)
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title).alignment = WRAP
        if cid is None:
            entry.d["not_criteria"].append(title)
            raw, link = data[None][num]
        else:
            raw, link = data.get(cid, (None, None))
        if raw is not None:
            ws.cell(row=r, column=3, value=raw)
        if cid is not None:
            entry.value(cid, raw, "C%d" % r, sh)
            url = put_link_openpyxl(ws, r, 4, link)
            if url:
                entry.link(cid, url, "D%d" % r, sh, link[0])
            if cid in comments:
                ws.cell(row=r, column=5, value=comments[cid])
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = BORDER
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Куратор ЦМН: Лекомцева Елена Петровна, тел. 8 (34162) 2-14-55")
    ws.cell(row=r + 1, column=1, value="Директор ____________ / Н.В. Корепанова /")
    ws.cell(row=r + 2, column=1, value="Дата заполнения: 24.10.2024")
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 30
    ws.column_dimensions["E"].width = 26
    wb.save(os.path.join(TYPED, fname))


# --------------------------------------------------------------------------
# version B writer (xlsxwriter: computed shares as formulas with cached values)
# --------------------------------------------------------------------------
def excel_round(x, n):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP))


def write_B(fname, org, data, notes, entry, fill_date, status_line=None):
    path = os.path.join(TYPED, fname)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Мониторинг ЦМН 2024")
    sh = "Мониторинг ЦМН 2024"
    bold = wb.add_format({"bold": True})
    title_f = wb.add_format({"bold": True, "font_size": 12})
    hdr_f = wb.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center", "valign": "vcenter", "bg_color": "#D9E1F2"})
    sec_f = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    cell_f = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    num_f = wb.add_format({"border": 1, "valign": "top", "align": "center"})
    pct_f = wb.add_format({"border": 1, "valign": "top", "align": "center", "num_format": "0.00", "bg_color": "#FFF2CC"})
    url_f = wb.add_format({"border": 1, "font_color": "blue", "underline": 1, "text_wrap": True, "valign": "top"})
    ws.write("A1", "МКУ «Управление образования Администрации Ключевского муниципального округа»")
    ws.write("A2", "Форма мониторинга реализации ЦМН (институциональный этап), 2024 год", title_f)
    ws.write("A3", "Наименование ОО:", bold)
    ws.merge_range("C3:F3", org, bold)
    if status_line:
        ws.write("A4", status_line)
    # two-row header
    ws.merge_range("A6:A7", "№", hdr_f)
    ws.merge_range("B6:B7", "Показатель / критерий", hdr_f)
    ws.merge_range("C6:C7", "Ед. изм.", hdr_f)
    ws.write("D6", "Значение", hdr_f)
    ws.write("D7", "2024", hdr_f)
    ws.merge_range("E6:F6", "Источник информации", hdr_f)
    ws.write("E7", "Документ", hdr_f)
    ws.write("F7", "Ссылка", hdr_f)
    ws.merge_range("G6:G7", "Примечание", hdr_f)
    # first pass: row numbers of criteria
    rowof = {}
    r = 8  # excel row
    for item in ROWS_B:
        if item[0] == "R" and item[2]:
            rowof[item[2]] = r
        r += 1
    vals = {}
    for cid, (raw, _l) in data.items():
        if cid is not None:
            vals[cid] = raw
    r = 8
    for item in ROWS_B:
        if item[0] == "H":
            ws.merge_range("A%d:G%d" % (r, r), item[1], sec_f)
            entry.d["headings"].append(item[1])
            r += 1
            continue
        _, num, cid, title, unit = item
        check_title(title)
        ws.write("A%d" % r, num, cell_f)
        ws.write("B%d" % r, title, cell_f)
        ws.write("C%d" % r, unit, num_f)
        note = None
        if cid is None:
            entry.d["not_criteria"].append(title)
            raw, link = data[None][num]
            ws.write("D%d" % r, raw, num_f)
            note = notes.get(None, {}).get(num)
            ws.write_blank("E%d" % r, None, cell_f)
            ws.write_blank("F%d" % r, None, cell_f)
        elif cid in SHARES_B:
            nums, dens = SHARES_B[cid]
            nsum = "+".join("D%d" % rowof[x] for x in nums)
            dsum = "+".join("D%d" % rowof[x] for x in dens)
            if len(nums) > 1:
                nsum = "(" + nsum + ")"
            if len(dens) > 1:
                dsum = "(" + dsum + ")"
            formula = "=IF(%s=0,0,ROUND(%s/%s*100,2))" % (dsum, nsum, dsum)
            nv = sum(vals[x] for x in nums)
            dv = sum(vals[x] for x in dens)
            v = 0 if dv == 0 else excel_round(nv / dv * 100, 2)
            ws.write_formula("D%d" % r, formula, pct_f, v)
            entry.value(cid, v, "D%d" % r, sh, kind="formula")
            ws.write_blank("E%d" % r, None, cell_f)
            ws.write_blank("F%d" % r, None, cell_f)
        else:
            raw, link = data.get(cid, (None, None))
            if raw is None:
                ws.write_blank("D%d" % r, None, num_f)
            elif isinstance(raw, str):
                ws.write_string("D%d" % r, raw, cell_f)
            else:
                ws.write_number("D%d" % r, raw, num_f)
            entry.value(cid, raw, "D%d" % r, sh)
            if link:
                docname, url = link
                ws.write("E%d" % r, docname, cell_f) if docname else ws.write_blank("E%d" % r, None, cell_f)
                ws.write_url("F%d" % r, url, url_f, url)
                entry.link(cid, url, "F%d" % r, sh, "hl")
            else:
                ws.write_blank("E%d" % r, None, cell_f)
                ws.write_blank("F%d" % r, None, cell_f)
            note = notes.get(cid)
        if note:
            ws.write("G%d" % r, note, cell_f)
        else:
            ws.write_blank("G%d" % r, None, cell_f)
        r += 1
    r += 1
    ws.write("A%d" % r, "Ответственный за заполнение (куратор ЦМН): ______________")
    ws.write("A%d" % (r + 1), "Дата заполнения: " + fill_date)
    ws.set_column("A:A", 6)
    ws.set_column("B:B", 55)
    ws.set_column("C:C", 14)
    ws.set_column("D:D", 14)
    ws.set_column("E:E", 30)
    ws.set_column("F:F", 34)
    ws.set_column("G:G", 28)
    ws.freeze_panes(7, 2)
    wb.close()


# --------------------------------------------------------------------------
# version C writer (openpyxl), with an instruction sheet
# --------------------------------------------------------------------------
def write_C(fname, org, data, entry):
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Инструкция"
    lines = [
        "Инструкция по заполнению формы мониторинга ЦМН (ред. 10.09.2024)",
        "1. Все показатели указываются по состоянию на дату заполнения за 2024 календарный год.",
        "2. Наличие документа указывается словом «да» или «нет»; к каждому документу – ссылка на сайт ОО.",
        "3. Количество наставников и наставляемых – строго по приказу о закреплении наставнических пар.",
        "4. Уровень удовлетворённости – по итогам анкетирования участников завершённых программ, в %.",
        "5. Форма направляется в МКУ «Управление образования» до 01.11.2024.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 110
    ws = wb.create_sheet("ЦМН_2024")
    sh = "ЦМН_2024"
    ws["A1"] = "Мониторинг ЦМН – 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Учреждение: " + org
    hdr = ["№", "Наименование показателя", "Значение", "Подтверждающий документ"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    entry.d["organisation"] = org
    r = 5
    for item in ROWS_C:
        if item[0] == "H":
            c = ws.cell(row=r, column=2, value=item[1])
            c.font = Font(bold=True, italic=True)
            entry.d["headings"].append(item[1])
            r += 1
            continue
        _, num, cid, title, _u = item
        check_title(title)
        ws.cell(row=r, column=1, value=int(num))
        ws.cell(row=r, column=2, value=title).alignment = WRAP
        if cid is None:
            entry.d["not_criteria"].append(title)
            raw, link = data[None][num]
        else:
            raw, link = data.get(cid, (None, None))
        if raw is not None:
            ws.cell(row=r, column=3, value=raw)
        if cid is not None:
            entry.value(cid, raw, "C%d" % r, sh)
            url = put_link_openpyxl(ws, r, 4, link)
            if url:
                entry.link(cid, url, "D%d" % r, sh, link[0])
        for c in range(1, 5):
            ws.cell(row=r, column=c).border = BORDER
        r += 1
    ws.cell(row=r + 1, column=2, value="Директор МБУ ДО «Ключевской ДДТ» __________ О.Н. Бабинцева")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 36
    wb.active = 1
    wb.save(os.path.join(TYPED, fname))


# --------------------------------------------------------------------------
# 2023-layout writer (openpyxl): «Показатель» merged vertically
# --------------------------------------------------------------------------
def write_Y(fname, org, data, groups, title_line, value_header, fill_date, entry, notes=None,
            pct_format=None):
    notes = notes or {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    sh = "Лист1"
    ws["A1"] = title_line
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:E1")
    ws["A1"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[1].height = 32
    ws["A2"] = "Наименование ОО: " + org
    hdr = ["Показатель", "Критерий", value_header, "Источник информации (ссылка)", "Примечание"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 5
    for gname, rows in groups:
        entry.d["headings"].append(gname)
        r0 = r
        for cid, title in rows:
            check_title(title)
            ws.cell(row=r, column=2, value=title).alignment = WRAP
            if cid is None:
                entry.d["not_criteria"].append(title)
                raw, link = data[None].get(title, (None, None))
            else:
                raw, link = data.get(cid, (None, None))
            c = ws.cell(row=r, column=3)
            if raw is not None:
                c.value = raw
                if pct_format and cid in ("satisfaction_mentees", "satisfaction_mentors"):
                    c.number_format = pct_format
            if cid is not None:
                entry.value(cid, raw, "C%d" % r, sh, number_format=c.number_format)
                url = put_link_openpyxl(ws, r, 4, link)
                if url:
                    entry.link(cid, url, "D%d" % r, sh, link[0])
                if cid in notes:
                    ws.cell(row=r, column=5, value=notes[cid])
            for cc in range(1, 6):
                ws.cell(row=r, column=cc).border = BORDER
            r += 1
        ws.cell(row=r0, column=1, value=gname).alignment = Alignment(wrap_text=True, vertical="center")
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Исполнитель: куратор ЦМН")
    ws.cell(row=r + 1, column=1, value="Дата заполнения: " + fill_date)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 55
    ws.column_dimensions["E"].width = 22
    wb.save(os.path.join(TYPED, fname))


def resave_with_libreoffice(fname):
    """Re-save a workbook through LibreOffice (as a clerk's LibreOffice would)."""
    src = os.path.join(TYPED, fname)
    if not shutil.which("soffice"):
        return False
    with tempfile.TemporaryDirectory() as td:
        tmp_in = os.path.join(td, "in")
        os.mkdir(tmp_in)
        # convert via .ods round trip so that the file is really written by LibreOffice
        shutil.copy(src, os.path.join(tmp_in, "x.xlsx"))
        env = dict(os.environ, HOME=td)
        p1 = subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", td,
                             os.path.join(tmp_in, "x.xlsx")], capture_output=True, env=env, timeout=180)
        ods = os.path.join(td, "x.ods")
        if p1.returncode != 0 or not os.path.exists(ods):
            return False
        out = os.path.join(td, "out")
        os.mkdir(out)
        p2 = subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, ods],
                            capture_output=True, env=env, timeout=180)
        res = os.path.join(out, "x.xlsx")
        if p2.returncode != 0 or not os.path.exists(res):
            return False
        shutil.copy(res, src)
    return True


# --------------------------------------------------------------------------
def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    entries = []

    # 1 normal 2024, version A
    e = Entry("Ключевская_СОШ1_мониторинг_ЦМН_2024.xlsx", ORG1, 2024)
    write_A("Ключевская_СОШ1_мониторинг_ЦМН_2024.xlsx", ORG1, D1, COMMENTS1, e)
    entries.append(e)

    # 2 normal 2024, version B
    e = Entry("Гимназия_ЦМН_2024.xlsx", ORG2, 2024)
    write_B("Гимназия_ЦМН_2024.xlsx", ORG2, D2, NOTES2, e, "25.10.2024")
    entries.append(e)

    # 3 normal 2024, version C (ДОП), data sheet is the 2nd sheet
    e = Entry("ДДТ_наставничество_2024.xlsx", ORG3, 2024, sheet="ЦМН_2024")
    write_C("ДДТ_наставничество_2024.xlsx", ORG3, D3, e)
    entries.append(e)

    title23 = ("Мониторинг реализации целевой модели наставничества педагогических работников и "
               "обучающихся образовательных организаций Удмуртской Республики за 2023 год")

    # 4 2023 form sent by mistake (neutral file name)
    e = Entry("Верх-Ключевская_ООШ_мониторинг.xlsx", ORG4, 2023,
              comment="The school sent last year's form: 2023 template (title «за 2023 год», column "
                      "«Значение на 31.12.2023», ИРО/стажёр/программы rows, filled 19.10.2023). "
                      "Values are the 2023 values; a careful methodologist does not use them for 2024.")
    write_Y("Верх-Ключевская_ООШ_мониторинг.xlsx", ORG4, D4, GROUPS_Y23, title23,
            "Значение на 31.12.2023", "19.10.2023", e)
    entries.append(e)

    # 5 2023 form sent by mistake, file name claims 2024, re-saved by LibreOffice
    fn5 = "Октябрьская_СОШ_ЦМН_2024.xlsx"
    e = Entry(fn5, ORG5, 2023,
              comment="File name says 2024, but the content is the 2023 form (title «за 2023 год», "
                      "column «Значение на 31.12.2023», 2023-only rows, filled 23.10.2023). Year 2023, 2023 values.")
    write_Y(fn5, ORG5, D5, GROUPS_Y23, title23, "Значение на 31.12.2023", "23.10.2023", e)
    entries.append(e)
    resaved = resave_with_libreoffice(fn5)

    # 6 2024 data in last year's layout: title still says 2023
    fn6 = "СОШ2_наставничество.xlsx"
    e = Entry(fn6, ORG6, 2024,
              comment="Title line still reads «за 2023 год» (last year's file reused), but the value column "
                      "is «Значение на 31.12.2024», the rows are the 2024 set (no ИРО/стажёр/программы rows, "
                      "КПК «за календарный год», локальные акты об оплате) and it was filled 29.10.2024: "
                      "a careful methodologist takes it as the 2024 form and uses its values.")
    write_Y(fn6, ORG6, D6, GROUPS_B24, title23, "Значение на 31.12.2024", "29.10.2024", e,
            notes=NOTES6, pct_format="0.0%")
    entries.append(e)

    # 7 draft and final of the same school
    fn7d = "Пихтовская_СОШ_черновик.xlsx"
    fn7f = "Пихтовская_СОШ_итог.xlsx"
    e = Entry(fn7d, ORG7, 2024,
              comment="Draft superseded by «Пихтовская_СОШ_итог.xlsx» (same school, same year; values differ "
                      "in mentors_total, teachers_mentors, pp_total, pp_teacher_pupil, satisfaction_mentees, "
                      "kpk_trained, kpk_courses and a missing link). Only the final form is used: no values.")
    e.use = False
    write_B(fn7d, ORG7, D7_DRAFT, NOTES7_DRAFT, e, "18.10.2024")
    entries.append(e)
    e = Entry(fn7f, ORG7, 2024)
    write_B(fn7f, ORG7, D7_FINAL, NOTES7, e, "28.10.2024")
    entries.append(e)

    # consistency checks of the invented data ------------------------------
    for e in entries:
        v = e.d["values"]
        def g(k):
            return v.get(k, 0) or 0
        if not v:
            continue
        pp_parts = sum(g(k) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                      "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
        if pp_parts:
            assert pp_parts == g("pp_total"), (e.d["file"], pp_parts, g("pp_total"))
        m_parts = sum(g(k) for k in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                     "mentees_low_motivation", "mentees_career", "mentees_other_params"))
        if m_parts:
            assert m_parts == g("mentees_10_19"), (e.d["file"], m_parts)
        assert g("mentees_10_19") <= g("students_10_19")
        assert g("mentors_15_19") <= g("students_15_19")
        assert g("young_specialists_mentees") <= g("young_specialists")
        assert g("teachers_other_mentees") <= g("teachers_other")
        assert g("young_specialists_mentors") <= g("young_specialists")
        assert e.d["year"] == 2023 or g("mentees_total") == g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees"), e.d["file"]
        assert g("mentors_total") == g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors") + \
            g("enterprise_mentors") + g("other_org_mentors") + g("iro_mentors"), e.d["file"]
        for k in ("satisfaction_mentees", "satisfaction_mentors"):
            if k in v:
                assert 0 < v[k] <= 100
        if e.d["year"] == 2024:
            for k in ("programmes_total", "agreements_iro", "iro_mentors", "trainees_internship",
                      "students_15_19_in_programmes"):
                assert k not in v
    total = sum(len(e.d["values"]) for e in entries)
    assert 100 <= total <= int(os.environ.get("MAXV", 250)), total
    orgs = {e.d["organisation"] for e in entries}
    assert 4 <= len(orgs) <= 9

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump([e.d for e in entries], fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"resaved_by_libreoffice": {fn5: resaved},
                   "forms": [e.cells for e in entries]}, fh, ensure_ascii=False, indent=1)
    print("entries:", len(entries), "organisations:", len(orgs), "values:", total,
          "links:", sum(len(e.d["links"]) for e in entries), "LibreOffice re-save:", resaved)
    for e in entries:
        print("  %-45s %s %3d values %3d links" % (e.d["file"], e.d["year"], len(e.d["values"]), len(e.d["links"])))


if __name__ == "__main__":
    main()
