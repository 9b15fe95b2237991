#!/usr/bin/env python3
"""heldout81 generator: ЦМН monitoring forms for 2024 as the regional portal «АИС «Мониторинг образования УР»»
exports them, one file per organisation of the invented Чупашурский муниципальный округ (Удмуртская Республика).

Writes typed/*.xlsx, expected.json and cells.json. Deterministic (fixed seeds). Five files are written with
xlsxwriter (HYPERLINK formulas with their cached values); the lyceum's file is written with openpyxl and re-saved
through `soffice --headless --convert-to xlsx`, so that LibreOffice computes the formulas' cached values.

Everything the portal writes is text: numbers («1 046» with a no-break space), decimals («7,27»), percents
(«5,39%»), yes/no («Да»/«Нет», in the old module «1»/«0»).
"""
import datetime
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA_TSV = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
NBSP = "\u00a0"


def load_catalogue():
    ids, wordings = {}, set()
    lines = CRITERIA_TSV.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    for line in lines[1:]:
        p = dict(zip(head, line.split("\t")))
        ids[p["id"]] = p["unit"]
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if p.get(k):
                wordings.add(norm(p[k]))
    return ids, wordings


def norm(s):
    s = s.lower().replace("ё", "е").replace(NBSP, " ")
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------------------------------------------
# The portal's current form «ЦМН-ОО» (версия 3.4) — school variant.  (code, title, unit, key)
# key: criterion id, "H" (section row), or "nc:<name>" (the region's own indicator, no criterion)
# ----------------------------------------------------------------------------------------------------------------
YN, UNITS, PEOPLE, PCT, TXT = "да/нет", "ед.", "чел.", "%", "текст"

FORM_V3 = [
    ("П.1", "Нормативное обеспечение реализации ЦМН в ОО", "", "H"),
    ("П.1.1", "Утверждено положение о системе наставничества педагогических работников ОО", YN, "orgs_regulation_teachers"),
    ("П.1.2", "Утверждено положение о системе наставничества обучающихся ОО", YN, "orgs_regulation_students"),
    ("П.1.3", "Издан приказ ОО о проведении мониторинга реализации ЦМН", YN, "orgs_monitoring_order"),
    ("П.1.4", "Утверждена дорожная карта (план мероприятий) внедрения ЦМН на 2024 г.", YN, "nc:roadmap"),
    ("П.1.5", "Подготовлена справка по итогам внутреннего мониторинга реализации ЦМН", YN, "internal_monitoring_notes"),
    ("П.1.6", "Локальные акты ОО об оплате (доплате) за наставническую деятельность", UNITS, "pay_acts"),
    ("П.1.7", "Локальные акты ОО о нематериальном поощрении наставников", UNITS, "nonmaterial_acts"),
    ("П.2", "Организационное и кадровое обеспечение наставничества", "", "H"),
    ("П.2.1", "Кураторы внедрения ЦМН, назначенные приказом руководителя ОО", PEOPLE, "curators_total"),
    ("П.2.2", "Наставники в базе наставников ОО (приказ), всего", PEOPLE, "mentors_total"),
    ("П.2.3", "Наставляемые в базе наставляемых ОО (приказ), всего", PEOPLE, "mentees_total"),
    ("П.2.4", "Наставнические пары / группы, сформированные в 2024 г.", UNITS, "nc:pairs"),
    ("П.2.5", "Программы наставничества ОО по формам наставничества (без учёта ППН)", UNITS, "programmes_total"),
    ("П.2.6", "Методические объединения (сообщества) наставников в ОО", UNITS, "school_methodical_associations"),
    ("П.3", "Персонализированные программы наставничества (ППН)", "", "H"),
    ("П.3.1", "ППН, утверждённые в ОО в 2024 г., всего", UNITS, "pp_total"),
    ("П.3.1.1", "в т.ч. по форме «ученик – ученик»", UNITS, "pp_pupil_pupil"),
    ("П.3.1.2", "в т.ч. по форме «учитель – учитель»", UNITS, "pp_teacher_teacher"),
    ("П.3.1.3", "в т.ч. по форме «руководитель – педагог»", UNITS, "pp_head_teacher"),
    ("П.3.1.4", "в т.ч. по форме «учитель – ученик»", UNITS, "pp_teacher_pupil"),
    ("П.3.1.5", "в т.ч. по форме «студент – ученик»", UNITS, "pp_student_pupil"),
    ("П.3.1.6", "в т.ч. по иным формам (указать в комментарии)", UNITS, "pp_other"),
    ("П.4", "Сетевое взаимодействие и социальное партнёрство", "", "H"),
    ("П.4.1", "Соглашения о сотрудничестве с образовательными организациями, направившими наставников", UNITS, "agreements_edu_orgs"),
    ("П.4.2", "Соглашения о сотрудничестве с предприятиями, направившими наставников", UNITS, "agreements_enterprises"),
    ("П.4.3", "Соглашения о сотрудничестве с иными организациями (НКО, учреждения культуры, спорта, здравоохранения)", UNITS, "agreements_other_orgs"),
    ("П.4.4", "Организации-партнёры по наставничеству (перечислить через «;»)", TXT, "partner_list"),
    ("П.4.5", "Наставники – работники других образовательных организаций (по приказу)", PEOPLE, "external_edu_mentors"),
    ("П.4.6", "Наставники – работники предприятий", PEOPLE, "enterprise_mentors"),
    ("П.4.7", "Наставники – представители иных организаций", PEOPLE, "other_org_mentors"),
    ("П.5", "Вовлечение обучающихся в наставничество", "", "H"),
    ("П.5.0", "Численность обучающихся ОО, всего", PEOPLE, "nc:pupils_all"),
    ("П.5.1", "Численность обучающихся в возрасте 10–19 лет", PEOPLE, "students_10_19"),
    ("П.5.2", "Обучающиеся 10–19 лет в роли наставляемых", PEOPLE, "mentees_10_19"),
    ("П.5.2.1", "из них обучающиеся «группы риска»", PEOPLE, "mentees_risk"),
    ("П.5.2.2", "из них обучающиеся с ОВЗ и дети-инвалиды", PEOPLE, "mentees_disabled"),
    ("П.5.2.3", "из них с низкой учебной мотивацией / неуспевающие", PEOPLE, "mentees_low_motivation"),
    ("П.5.2.4", "из них испытывающие затруднения в выборе профессии и образовательной траектории", PEOPLE, "mentees_career"),
    ("П.5.2.5", "из них по иным основаниям", PEOPLE, "mentees_other_params"),
    ("П.5.3", "Одарённые дети (из регионального реестра) в роли наставляемых", PEOPLE, "mentees_gifted"),
    ("П.5.4", "Доля наставляемых от численности обучающихся 10–19 лет", PCT, "share_mentees_10_19"),
    ("П.5.5", "Численность обучающихся в возрасте 15–19 лет", PEOPLE, "students_15_19"),
    ("П.5.6", "Обучающиеся 15–19 лет в роли наставников (по приказу)", PEOPLE, "mentors_15_19"),
    ("П.5.7", "Доля наставников от численности обучающихся 15–19 лет", PCT, "share_mentors_15_19"),
    ("П.6", "Удовлетворённость участников завершённых программ наставничества", "", "H"),
    ("П.6.1", "Удовлетворённость наставляемых", PCT, "satisfaction_mentees"),
    ("П.6.2", "Удовлетворённость наставников", PCT, "satisfaction_mentors"),
    ("П.7", "Педагогические работники в системе наставничества", "", "H"),
    ("П.7.1", "Численность педагогических работников ОО, всего", PEOPLE, "teachers_municipal"),
    ("П.7.2", "Молодые специалисты (до 35 лет, стаж в профессии до 3 лет)", PEOPLE, "young_specialists"),
    ("П.7.3", "Молодые специалисты в роли наставляемых", PEOPLE, "young_specialists_mentees"),
    ("П.7.4", "Доля молодых специалистов в роли наставляемых", PCT, "share_young_specialists_mentees"),
    ("П.7.5", "Педагоги, не относящиеся к молодым специалистам", PEOPLE, "teachers_other"),
    ("П.7.6", "Педагоги (кроме молодых специалистов) в роли наставляемых", PEOPLE, "teachers_other_mentees"),
    ("П.7.7", "Доля педагогов в роли наставляемых (от общей численности педагогов)", PCT, "share_teachers_mentees"),
    ("П.7.8", "Педагоги в роли наставников", PEOPLE, "teachers_mentors"),
    ("П.7.9", "в т.ч. молодые специалисты в роли наставников", PEOPLE, "young_specialists_mentors"),
    ("П.7.10", "Доля педагогов в роли наставников", PCT, "share_teachers_mentors"),
    ("П.7.11", "Доля молодых специалистов в роли наставников", PCT, "share_young_specialists_mentors"),
    ("П.8", "Профессиональное развитие педагогов", "", "H"),
    ("П.8.1", "Педагоги – участники утверждённых ППН", PEOPLE, "teachers_in_pp"),
    ("П.8.2", "Педагоги, прошедшие КПК по вопросам наставничества в 2024 г.", PEOPLE, "kpk_trained"),
    ("П.8.3", "Наименование КПК (тема, объём, организатор)", TXT, "kpk_courses"),
    ("П.8.4", "Педагоги-стажёры стажёрской площадки", PEOPLE, "trainees_internship"),
    ("П.8.5", "Публикации и выступления педагогов по опыту наставничества", UNITS, "nc:publications"),
]

# The same portal's form variant for additional education «ЦМН-ДО» (версия 3.4-ДО)
FORM_DO = [
    ("ДО.1", "Нормативная база наставничества в учреждении", "", "H"),
    ("ДО.1.1", "Положение о наставничестве педагогических работников учреждения (утверждено)", YN, "orgs_regulation_teachers"),
    ("ДО.1.2", "Положение о наставничестве обучающихся объединений (утверждено)", YN, "orgs_regulation_students"),
    ("ДО.1.3", "Приказ о мониторинге реализации ЦМН в учреждении", YN, "orgs_monitoring_order"),
    ("ДО.1.4", "Справка по результатам внутреннего мониторинга ЦМН", YN, "internal_monitoring_notes"),
    ("ДО.1.5", "Локальные акты о материальном стимулировании наставников", UNITS, "pay_acts"),
    ("ДО.1.6", "Локальные акты о моральном (нематериальном) поощрении наставников", UNITS, "nonmaterial_acts"),
    ("ДО.2", "Участники наставничества", "", "H"),
    ("ДО.2.1", "Куратор(ы) ЦМН в учреждении", PEOPLE, "curators_total"),
    ("ДО.2.2", "База наставников учреждения (по приказу)", PEOPLE, "mentors_total"),
    ("ДО.2.3", "База наставляемых учреждения (по приказу)", PEOPLE, "mentees_total"),
    ("ДО.2.4", "Методическое объединение педагогов-наставников", UNITS, "school_methodical_associations"),
    ("ДО.3", "Персонализированные программы наставничества", "", "H"),
    ("ДО.3.1", "ППН всего", UNITS, "pp_total"),
    ("ДО.3.1.1", "форма «обучающийся – обучающийся»", UNITS, "pp_pupil_pupil"),
    ("ДО.3.1.2", "форма «педагог – педагог»", UNITS, "pp_teacher_teacher"),
    ("ДО.3.1.3", "форма «руководитель – педагог»", UNITS, "pp_head_teacher"),
    ("ДО.3.1.4", "форма «педагог – обучающийся»", UNITS, "pp_teacher_pupil"),
    ("ДО.3.1.5", "иная форма (указать)", UNITS, "pp_other"),
    ("ДО.4", "Партнёры учреждения", "", "H"),
    ("ДО.4.1", "Соглашения с образовательными организациями (наставники из их числа)", UNITS, "agreements_edu_orgs"),
    ("ДО.4.2", "Соглашения с предприятиями (наставники из их числа)", UNITS, "agreements_enterprises"),
    ("ДО.4.3", "Соглашения с прочими организациями (наставники из их числа)", UNITS, "agreements_other_orgs"),
    ("ДО.4.4", "Перечень партнёров", TXT, "partner_list"),
    ("ДО.4.5", "Наставники из других образовательных организаций", PEOPLE, "external_edu_mentors"),
    ("ДО.4.6", "Наставники – сотрудники предприятий", PEOPLE, "enterprise_mentors"),
    ("ДО.4.7", "Наставники из прочих организаций", PEOPLE, "other_org_mentors"),
    ("ДО.5", "Обучающиеся объединений", "", "H"),
    ("ДО.5.0", "Контингент учреждения (с учётом обучающихся в нескольких объединениях)", PEOPLE, "nc:enrolments"),
    ("ДО.5.1", "Обучающиеся 10–19 лет (уникальные, без повторного счёта)", PEOPLE, "students_10_19"),
    ("ДО.5.2", "Наставляемые из числа обучающихся 10–19 лет", PEOPLE, "mentees_10_19"),
    ("ДО.5.2.1", "в т.ч. находящиеся в социально опасном положении, «группа риска»", PEOPLE, "mentees_risk"),
    ("ДО.5.2.2", "в т.ч. дети с ОВЗ, дети-инвалиды", PEOPLE, "mentees_disabled"),
    ("ДО.5.2.3", "в т.ч. с трудностями профессионального самоопределения", PEOPLE, "mentees_career"),
    ("ДО.5.2.4", "в т.ч. по другим основаниям", PEOPLE, "mentees_other_params"),
    ("ДО.5.3", "Наставляемые из числа одарённых детей (региональный реестр)", PEOPLE, "mentees_gifted"),
    ("ДО.5.4", "Доля наставляемых 10–19 лет", PCT, "share_mentees_10_19"),
    ("ДО.5.5", "Обучающиеся 15–19 лет", PEOPLE, "students_15_19"),
    ("ДО.5.6", "Наставники из числа обучающихся 15–19 лет", PEOPLE, "mentors_15_19"),
    ("ДО.5.7", "Доля наставников 15–19 лет", PCT, "share_mentors_15_19"),
    ("ДО.6", "Удовлетворённость", "", "H"),
    ("ДО.6.1", "Удовлетворённость наставляемых (анкетирование по завершении программ)", PCT, "satisfaction_mentees"),
    ("ДО.6.2", "Удовлетворённость наставников (анкетирование по завершении программ)", PCT, "satisfaction_mentors"),
    ("ДО.7", "Педагоги дополнительного образования", "", "H"),
    ("ДО.7.1", "Педагогические работники учреждения, всего (без внешних совместителей)", PEOPLE, "teachers_municipal"),
    ("ДО.7.2", "Молодые специалисты (до 35 лет, до 3 лет стажа)", PEOPLE, "young_specialists"),
    ("ДО.7.3", "Молодые специалисты – наставляемые", PEOPLE, "young_specialists_mentees"),
    ("ДО.7.4", "Педагоги, кроме молодых специалистов", PEOPLE, "teachers_other"),
    ("ДО.7.5", "Педагоги, кроме молодых специалистов, – наставляемые", PEOPLE, "teachers_other_mentees"),
    ("ДО.7.6", "Педагоги-наставники", PEOPLE, "teachers_mentors"),
    ("ДО.7.7", "Доля молодых специалистов – наставляемых", PCT, "share_young_specialists_mentees"),
    ("ДО.7.8", "Доля педагогов – наставляемых", PCT, "share_teachers_mentees"),
    ("ДО.7.9", "Доля педагогов-наставников", PCT, "share_teachers_mentors"),
    ("ДО.8", "Развитие кадров", "", "H"),
    ("ДО.8.1", "Педагоги, включённые в утверждённые ППН", PEOPLE, "teachers_in_pp"),
    ("ДО.8.2", "Педагоги, обученные по программам КПК по наставничеству (2024 г.)", PEOPLE, "kpk_trained"),
    ("ДО.8.3", "Курсы (наименование)", TXT, "kpk_courses"),
    ("ДО.8.4", "Участники муниципального конкурса «Наставник года – 2024»", PEOPLE, "nc:contest_participants"),
]

# The same portal's OLD module «Мониторинг ЦМН» (ред. 2022, версия 2.1.7). Unit strings are the module's own.
YN01, FRAC = "1 – да, 0 – нет", "доля (0–1)"
FORM_V2 = [
    ("IND_01", "НОРМАТИВНАЯ БАЗА", "", "H"),
    ("IND_01_01", "Наличие приказа об утв. положения о наставничестве пед. работников", YN01, "orgs_regulation_teachers"),
    ("IND_01_02", "Наличие приказа об утв. положения о наставничестве обучающихся", YN01, "orgs_regulation_students"),
    ("IND_01_03", "Наличие приказа о мониторинге ЦМН", YN01, "orgs_monitoring_order"),
    ("IND_01_04", "Наличие дорожной карты ЦМН", YN01, "nc:roadmap"),
    ("IND_01_05", "Наличие справки по итогам внутр. мониторинга", YN01, "internal_monitoring_notes"),
    ("IND_02", "ОРГАНИЗАЦИЯ НАСТАВНИЧЕСТВА", "", "H"),
    ("IND_02_01", "Кол-во кураторов ЦМН", "чел", "curators_total"),
    ("IND_02_02", "Кол-во утв. программ наставничества (без ППН)", "шт", "programmes_total"),
    ("IND_02_03", "Кол-во наставников в базе (по приказу)", "чел", "mentors_total"),
    ("IND_02_04", "Кол-во наставляемых в базе (по приказу)", "чел", "mentees_total"),
    ("IND_03", "ПЕРСОНАЛИЗИРОВАННЫЕ ПРОГРАММЫ", "", "H"),
    ("IND_03_01", "Кол-во ППН (все формы)", "шт", "pp_total"),
    ("IND_03_02", "ППН: ученик-ученик", "шт", "pp_pupil_pupil"),
    ("IND_03_03", "ППН: учитель-учитель", "шт", "pp_teacher_teacher"),
    ("IND_03_04", "ППН: руководитель-педагог", "шт", "pp_head_teacher"),
    ("IND_03_05", "ППН: учитель-ученик", "шт", "pp_teacher_pupil"),
    ("IND_03_06", "ППН: студент-ученик", "шт", "pp_student_pupil"),
    ("IND_03_07", "ППН: иная форма", "шт", "pp_other"),
    ("IND_04", "ПАРТНЕРЫ", "", "H"),
    ("IND_04_01", "Кол-во соглашений с ОО (предоставление наставников)", "шт", "agreements_edu_orgs"),
    ("IND_04_02", "Кол-во соглашений с АОУ ДПО УР ИРО", "шт", "agreements_iro"),
    ("IND_04_03", "Кол-во соглашений с предприятиями", "шт", "agreements_enterprises"),
    ("IND_04_04", "Кол-во соглашений с иными орг-ми", "шт", "agreements_other_orgs"),
    ("IND_04_05", "Наименования организаций-партнеров", "текст", "partner_list"),
    ("IND_04_06", "Кол-во наставников из других ОО", "чел", "external_edu_mentors"),
    ("IND_04_07", "Кол-во наставников из ИРО", "чел", "iro_mentors"),
    ("IND_04_08", "Кол-во наставников с предприятий", "чел", "enterprise_mentors"),
    ("IND_04_09", "Кол-во наставников из иных орг-й", "чел", "other_org_mentors"),
    ("IND_05", "ОБУЧАЮЩИЕСЯ 10-19 ЛЕТ", "", "H"),
    ("IND_05_01", "Кол-во обуч-ся 10-19 лет", "чел", "students_10_19"),
    ("IND_05_02", "Кол-во обуч-ся 10-19 лет - наставляемых", "чел", "mentees_10_19"),
    ("IND_05_03", "- из гр. риска", "чел", "mentees_risk"),
    ("IND_05_04", "- ОВЗ, дети-инвалиды", "чел", "mentees_disabled"),
    ("IND_05_05", "- низкая мотивация, неусп.", "чел", "mentees_low_motivation"),
    ("IND_05_06", "- выбор проф./образ. траектории", "чел", "mentees_career"),
    ("IND_05_07", "- иные параметры", "чел", "mentees_other_params"),
    ("IND_05_08", "Кол-во одаренных детей (реестр) - наставляемых", "чел", "mentees_gifted"),
    ("IND_05_09", "Доля обуч-ся 10-19 лет - наставляемых", FRAC, "share_mentees_10_19"),
    ("IND_06", "ОБУЧАЮЩИЕСЯ 15-19 ЛЕТ", "", "H"),
    ("IND_06_01", "Кол-во обуч-ся 15-19 лет", "чел", "students_15_19"),
    ("IND_06_02", "Кол-во обуч-ся 15-19 лет - наставников (по приказу)", "чел", "mentors_15_19"),
    ("IND_06_03", "Кол-во обуч-ся 15-19 лет в программах наставничества (любая роль)", "чел", "students_15_19_in_programmes"),
    ("IND_06_04", "Доля обуч-ся 15-19 лет - наставников", FRAC, "share_mentors_15_19"),
    ("IND_07", "УДОВЛЕТВОРЕННОСТЬ", "", "H"),
    ("IND_07_01", "Удовл-ть наставляемых", "%", "satisfaction_mentees"),
    ("IND_07_02", "Удовл-ть наставников", "%", "satisfaction_mentors"),
    ("IND_08", "ПЕДАГОГИ", "", "H"),
    ("IND_08_01", "Кол-во молодых спец-в (до 35 лет, 1-3 год работы)", "чел", "young_specialists"),
    ("IND_08_02", "Кол-во молодых спец-в - наставляемых", "чел", "young_specialists_mentees"),
    ("IND_08_03", "Кол-во педагогов (без молодых спец-в)", "чел", "teachers_other"),
    ("IND_08_04", "Кол-во педагогов (без молодых спец-в) - наставляемых", "чел", "teachers_other_mentees"),
    ("IND_08_05", "Доля молодых спец-в - наставляемых", FRAC, "share_young_specialists_mentees"),
    ("IND_08_06", "Доля педагогов - наставляемых", FRAC, "share_teachers_mentees"),
    ("IND_09", "ПРОФ. РАЗВИТИЕ", "", "H"),
    ("IND_09_01", "Кол-во педагогов в ППН", "чел", "teachers_in_pp"),
    ("IND_09_02", "Кол-во стажеров стажерской площадки", "чел", "trainees_internship"),
    ("IND_09_03", "Кол-во педагогов, прошедших КПК по наставничеству", "чел", "kpk_trained"),
    ("IND_09_04", "Кол-во ШМО наставников", "шт", "school_methodical_associations"),
]

SHARES = {
    "share_mentees_10_19": ("mentees_10_19", "students_10_19"),
    "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
    "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists"),
    "share_teachers_mentees": (("young_specialists_mentees", "teachers_other_mentees"), ("young_specialists", "teachers_other")),
    "share_teachers_mentors": ("teachers_mentors", "teachers_municipal"),
    "share_young_specialists_mentors": ("young_specialists_mentors", "young_specialists"),
}


def ratio(d, cid):
    num, den = SHARES[cid]
    n = sum(d[k] for k in num) if isinstance(num, tuple) else d[num]
    w = sum(d[k] for k in den) if isinstance(den, tuple) else d[den]
    return n, w


# ----------------------------------------------------------------------------------------------------------------
# Organisations: the 2024 figures. Shares are computed below.
# ----------------------------------------------------------------------------------------------------------------
def base(**kw):
    d = dict(kw)
    d["teachers_municipal"] = d["young_specialists"] + d["teachers_other"]
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
                          + d["enterprise_mentors"] + d["other_org_mentors"] + d.get("iro_mentors", 0))
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    d["pp_total"] = sum(d[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                       "pp_teacher_pupil", "pp_student_pupil", "pp_other"))
    return d


ORGS = {
    "sosh1": dict(
        code="184101", name="МБОУ «Чупашурская СОШ № 1»",
        site="https://chupashur-sosh1-r18.gosweb.gosuslugi.ru/netcat_files/32/118/",
        data=base(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                  internal_monitoring_notes=1, pay_acts=1, nonmaterial_acts=1, curators_total=2,
                  programmes_total=4, school_methodical_associations=1,
                  pp_pupil_pupil=22, pp_teacher_teacher=10, pp_head_teacher=4, pp_teacher_pupil=4,
                  pp_student_pupil=0, pp_other=1,
                  agreements_edu_orgs=1, agreements_enterprises=2, agreements_other_orgs=1,
                  partner_list="МАОУ «Чупашурский лицей»; ООО «Агрофирма «Чупашур»; АО «Чупашурское ДРСУ»; МБУК «Чупашурская централизованная библиотечная система»",
                  external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=0,
                  students_10_19=812, mentees_10_19=59, mentees_risk=9, mentees_disabled=6,
                  mentees_low_motivation=14, mentees_career=18, mentees_other_params=12, mentees_gifted=7,
                  students_15_19=196, mentors_15_19=31,
                  satisfaction_mentees=87.4, satisfaction_mentors=91.2,
                  young_specialists=9, teachers_other=59, young_specialists_mentees=8, teachers_other_mentees=6,
                  teachers_mentors=16, young_specialists_mentors=1,
                  teachers_in_pp=24, kpk_trained=5,
                  kpk_courses="«Наставничество в образовательной организации: организация и сопровождение» (36 ч, АОУ ДПО УР ИРО); «Технологии наставничества для молодых педагогов» (24 ч, ЦНППМ)",
                  trainees_internship=0,
                  **{"nc:roadmap": 1, "nc:pairs": 52, "nc:pupils_all": 1204, "nc:publications": 6}),
    ),
    "sosh2": dict(
        code="184102", name="МБОУ «Чупашурская СОШ № 2 имени А. Н. Кузнецова»",
        site="https://sosh2-chupashur.ru/wp-content/uploads/2024/",
        data=base(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                  internal_monitoring_notes=1, pay_acts=1, nonmaterial_acts=2, curators_total=3,
                  programmes_total=5, school_methodical_associations=1,
                  pp_pupil_pupil=26, pp_teacher_teacher=11, pp_head_teacher=5, pp_teacher_pupil=5,
                  pp_student_pupil=0, pp_other=1,
                  agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=1,
                  partner_list="МБОУ «Чупашурская СОШ № 1»; МБУ ДО «Чупашурский Дом детского творчества»; БУЗ УР «Чупашурская районная больница МЗ УР»",
                  external_edu_mentors=2, enterprise_mentors=0, other_org_mentors=1,
                  students_10_19=1046, mentees_10_19=76, mentees_risk=12, mentees_disabled=9,
                  mentees_low_motivation=20, mentees_career=23, mentees_other_params=8, mentees_gifted=10,
                  students_15_19=233, mentors_15_19=38,
                  satisfaction_mentees=84.6, satisfaction_mentors=89.0,
                  young_specialists=11, teachers_other=63, young_specialists_mentees=11, teachers_other_mentees=5,
                  teachers_mentors=18, young_specialists_mentors=0,
                  teachers_in_pp=29, kpk_trained=7,
                  kpk_courses="«Организация наставничества в ОО в рамках ЦМН» (72 ч, АОУ ДПО УР ИРО); «Наставник молодого педагога» (16 ч, ЦНППМ УР)",
                  **{"nc:roadmap": 1, "nc:pairs": 63, "nc:pupils_all": 1588, "nc:publications": 4}),
        prev=dict(orgs_regulation_teachers="Да", orgs_regulation_students="Да", orgs_monitoring_order="Да",
                  curators_total="2", mentors_total="47", mentees_total="70", pp_total="35",
                  students_10_19="1" + NBSP + "012", mentees_10_19="58", share_mentees_10_19="5,73",
                  students_15_19="221", mentors_15_19="29", share_mentors_15_19="13,12",
                  satisfaction_mentees="81,9", satisfaction_mentors="86,5",
                  young_specialists="9", young_specialists_mentees="8", teachers_other="64"),
    ),
    "licey": dict(
        code="184105", name="МАОУ «Чупашурский лицей»",
        site="https://chupashurlicey-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/",
        data=base(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                  internal_monitoring_notes=1, pay_acts=1, nonmaterial_acts=1, curators_total=2,
                  programmes_total=3, school_methodical_associations=1,
                  pp_pupil_pupil=20, pp_teacher_teacher=6, pp_head_teacher=3, pp_teacher_pupil=6,
                  pp_student_pupil=2, pp_other=0,
                  agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
                  partner_list="ФГБОУ ВО «Удмуртский государственный университет»; БПОУ УР «Чупашурский аграрный техникум»; ООО «ЧупашурАгроТех»; МБУ «Молодёжный центр «Ровесник»",
                  external_edu_mentors=3, enterprise_mentors=1, other_org_mentors=2,
                  students_10_19=498, mentees_10_19=64, mentees_risk=3, mentees_disabled=2,
                  mentees_low_motivation=8, mentees_career=31, mentees_other_params=15, mentees_gifted=24,
                  students_15_19=171, mentors_15_19=42,
                  satisfaction_mentees=92.3, satisfaction_mentors=90.5,
                  young_specialists=6, teachers_other=45, young_specialists_mentees=5, teachers_other_mentees=4,
                  teachers_mentors=14, young_specialists_mentors=1,
                  teachers_in_pp=19, kpk_trained=4,
                  kpk_courses="«Наставничество: теория и практика» (36 ч, ФГБОУ ВО «УдГУ»); «Школа молодого педагога: роль наставника» (18 ч, АОУ ДПО УР ИРО)",
                  trainees_internship=2,
                  **{"nc:roadmap": 1, "nc:pairs": 44, "nc:pupils_all": 611, "nc:publications": 9}),
    ),
    "kechur": dict(
        code="184117", name="МБОУ «Кечурская ООШ»",
        site="https://kechur-oosh-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/",
        data=base(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                  internal_monitoring_notes=0, pay_acts=0, nonmaterial_acts=1, curators_total=1,
                  programmes_total=2, school_methodical_associations=0,
                  pp_pupil_pupil=2, pp_teacher_teacher=1, pp_head_teacher=0, pp_teacher_pupil=4,
                  pp_student_pupil=0, pp_other=0,
                  agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
                  partner_list="МБОУ «Чупашурская СОШ № 1»",
                  external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=0,
                  students_10_19=58, mentees_10_19=11, mentees_risk=2, mentees_disabled=1,
                  mentees_low_motivation=4, mentees_career=3, mentees_other_params=0, mentees_gifted=0,
                  students_15_19=9, mentors_15_19=2,
                  satisfaction_mentees=95.0, satisfaction_mentors=100.0,
                  young_specialists=1, teachers_other=13, young_specialists_mentees=1, teachers_other_mentees=0,
                  teachers_mentors=3, young_specialists_mentors=0,
                  teachers_in_pp=5, kpk_trained=1,
                  kpk_courses="«Наставничество в сельской школе» (24 ч, АОУ ДПО УР ИРО)",
                  **{"nc:roadmap": 1, "nc:pairs": 9, "nc:pupils_all": 87}),
    ),
    "yagul": dict(
        code="184112", name="МБОУ «Ягульская СОШ»",
        site="https://mon.obr18.ru/storage/cmn/2024/184112/",
        data=base(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                  internal_monitoring_notes=1, curators_total=1, programmes_total=3,
                  school_methodical_associations=1,
                  pp_pupil_pupil=13, pp_teacher_teacher=5, pp_head_teacher=2, pp_teacher_pupil=5,
                  pp_student_pupil=0, pp_other=1,
                  agreements_edu_orgs=1, agreements_iro=1, agreements_enterprises=1, agreements_other_orgs=0,
                  partner_list="МАОУ «Чупашурский лицей», АОУ ДПО УР «Институт развития образования», СПК «Колхоз им. Мичурина»",
                  external_edu_mentors=1, iro_mentors=1, enterprise_mentors=1, other_org_mentors=0,
                  students_10_19=389, mentees_10_19=41, mentees_risk=5, mentees_disabled=3,
                  mentees_low_motivation=9, mentees_career=11, mentees_other_params=6, mentees_gifted=4,
                  students_15_19=102, mentors_15_19=17, students_15_19_in_programmes=31,
                  satisfaction_mentees=88.0, satisfaction_mentors=93.0,
                  young_specialists=5, teachers_other=33, young_specialists_mentees=5, teachers_other_mentees=3,
                  teachers_mentors=9, young_specialists_mentors=0,
                  teachers_in_pp=14, kpk_trained=3, trainees_internship=1,
                  **{"nc:roadmap": 1}),
    ),
    "ddt": dict(
        code="184150", name="МБУ ДО «Чупашурский Дом детского творчества»",
        site="https://ddt-chupashur-r18.gosweb.gosuslugi.ru/netcat_files/44/201/",
        data=base(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                  internal_monitoring_notes=1, pay_acts=1, nonmaterial_acts=1, curators_total=1,
                  school_methodical_associations=1,
                  pp_pupil_pupil=9, pp_teacher_teacher=4, pp_head_teacher=2, pp_teacher_pupil=5,
                  pp_student_pupil=0, pp_other=1,
                  agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=2,
                  partner_list="ООО «Чупашурский хлебозавод»\nМБУК «Чупашурский районный Дом культуры»\nАНО «Центр развития молодёжных инициатив «Вектор»",
                  external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=2,
                  students_10_19=1187, mentees_10_19=64, mentees_risk=6, mentees_disabled=8,
                  mentees_career=5, mentees_other_params=37, mentees_gifted=12,
                  students_15_19=264, mentors_15_19=19,
                  satisfaction_mentees=90.1, satisfaction_mentors=94.7,
                  young_specialists=4, teachers_other=31, young_specialists_mentees=4, teachers_other_mentees=2,
                  teachers_mentors=8, young_specialists_mentors=0,
                  teachers_in_pp=10, kpk_trained=2,
                  kpk_courses="«Наставничество в дополнительном образовании детей» (36 ч, АОУ ДПО УР ИРО)",
                  **{"nc:enrolments": 2145, "nc:contest_participants": 2}),
    ),
}
# pp_total of the ДДТ's form is typed by the school's clerk; the parts add up (base() computes it).


def add_shares(d):
    for cid in SHARES:
        n, w = ratio(d, cid)
        d[cid] = round(100.0 * n / w, 2) if w else None


for o in ORGS.values():
    add_shares(o["data"])

# ----------------------------------------------------------------------------------------------------------------
# Links (document of a row). key -> (document title, file name); the URL is site + file name.
# ----------------------------------------------------------------------------------------------------------------
DOCS = {
    "sosh1": {
        "orgs_regulation_teachers": ("Приказ от 30.08.2024 № 145-од «Об утверждении Положения о наставничестве педагогических работников»", "prikaz_145-od_polozhenie_ped.pdf"),
        "orgs_regulation_students": ("Приказ от 30.08.2024 № 146-од «Об утверждении Положения о наставничестве обучающихся»", "prikaz_146-od_polozhenie_obuch.pdf"),
        "orgs_monitoring_order": ("Приказ от 02.09.2024 № 152-од «О мониторинге реализации ЦМН»", "prikaz_152-od_monitoring.pdf"),
        "nc:roadmap": ("Дорожная карта ЦМН на 2024 год", "dorozhnaya_karta_cmn_2024.pdf"),
        "internal_monitoring_notes": ("Справка по итогам внутреннего мониторинга ЦМН, декабрь 2024", "spravka_monitoring_cmn_2024.pdf"),
        "pay_acts": ("Положение об оплате труда работников (п. 5.7 — доплата за наставничество)", "polozhenie_ob_oplate_truda_2024.pdf"),
        "nonmaterial_acts": ("Положение о нематериальном стимулировании педагогов-наставников", "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        "curators_total": ("Приказ от 02.09.2024 № 150-од «О назначении кураторов ЦМН»", "prikaz_150-od_kuratory.pdf"),
        "mentors_total": ("Приказ от 16.09.2024 № 171-од «О закреплении наставнических пар (групп)»", "prikaz_171-od_pary.pdf"),
        "mentees_total": ("Приказ от 16.09.2024 № 171-од «О закреплении наставнических пар (групп)»", "prikaz_171-od_pary.pdf"),
        "programmes_total": ("Программа наставничества МБОУ «Чупашурская СОШ № 1» на 2024–2025 гг.", "programma_nastavnichestva_2024-2025.pdf"),
        "school_methodical_associations": ("Приказ № 151-од «О создании ШМО наставников»", "prikaz_151-od_shmo.pdf"),
        "pp_total": ("Приказ от 20.09.2024 № 180-од «Об утверждении персонализированных программ наставничества»", "prikaz_180-od_ppn.pdf"),
        "agreements_edu_orgs": ("Соглашение о сотрудничестве с МАОУ «Чупашурский лицей» от 10.01.2024", "soglashenie_licey.pdf"),
        "agreements_enterprises": ("Соглашения с ООО «Агрофирма «Чупашур», АО «Чупашурское ДРСУ»", "soglasheniya_predpriyatiya.pdf"),
        "agreements_other_orgs": ("Соглашение с МБУК «Чупашурская ЦБС»", "soglashenie_cbs.pdf"),
        "external_edu_mentors": ("Приказ № 171-од (приложение 3)", "prikaz_171-od_pary.pdf"),
        "enterprise_mentors": ("Приказ № 171-од (приложение 3)", "prikaz_171-od_pary.pdf"),
        "mentees_10_19": ("База наставляемых ОО (по состоянию на 31.12.2024)", "baza_nastavlyaemyh_2024.xlsx"),
        "mentees_risk": ("База наставляемых ОО", "baza_nastavlyaemyh_2024.xlsx"),
        "mentees_disabled": ("База наставляемых ОО", "baza_nastavlyaemyh_2024.xlsx"),
        "mentees_low_motivation": ("База наставляемых ОО", "baza_nastavlyaemyh_2024.xlsx"),
        "mentees_career": ("База наставляемых ОО", "baza_nastavlyaemyh_2024.xlsx"),
        "mentees_other_params": ("База наставляемых ОО", "baza_nastavlyaemyh_2024.xlsx"),
        "mentees_gifted": ("База наставляемых ОО", "baza_nastavlyaemyh_2024.xlsx"),
        "mentors_15_19": ("База наставников ОО (по состоянию на 31.12.2024)", "baza_nastavnikov_2024.xlsx"),
        "satisfaction_mentees": ("Итоги анкетирования участников программ наставничества, май и декабрь 2024", "anketirovanie_itogi_2024.pdf"),
        "satisfaction_mentors": ("Итоги анкетирования участников программ наставничества, май и декабрь 2024", "anketirovanie_itogi_2024.pdf"),
        "young_specialists_mentees": ("Приказ № 171-од (приложение 2)", "prikaz_171-od_pary.pdf"),
        "teachers_other_mentees": ("Приказ № 171-од (приложение 2)", "prikaz_171-od_pary.pdf"),
        "teachers_mentors": ("Приказ № 171-од (приложение 2)", "prikaz_171-od_pary.pdf"),
        "young_specialists_mentors": ("Приказ № 171-од (приложение 2)", "prikaz_171-od_pary.pdf"),
        "teachers_in_pp": ("Персонализированные программы наставничества педагогов", "ppn_pedagogi_2024.pdf"),
        "kpk_trained": ("Удостоверения о повышении квалификации (скан)", "udostovereniya_kpk_2024.pdf"),
        "nc:publications": ("Перечень публикаций", "publikacii_2024.pdf"),
    },
}


DOCS["sosh2"] = {
    "orgs_regulation_teachers": ("Приказ от 29.08.2024 № 98/1 «Об утверждении Положения о системе наставничества педагогических работников»", "09/prikaz-98-1-polozhenie-pedagogi.pdf"),
    "orgs_regulation_students": ("Приказ от 29.08.2024 № 98/2 «Об утверждении Положения о наставничестве обучающихся»", "09/prikaz-98-2-polozhenie-obuchayushhiesya.pdf"),
    "orgs_monitoring_order": ("Приказ от 05.09.2024 № 104 «О проведении мониторинга ЦМН»", "09/prikaz-104-monitoring.pdf"),
    "internal_monitoring_notes": ("Информационная справка по итогам внутреннего мониторинга", "12/spravka-vnutrennij-monitoring.pdf"),
    "pay_acts": ("Положение о системе оплаты труда (изм. от 29.08.2024)", "09/polozhenie-oplata-truda.pdf"),
    "nonmaterial_acts": ("Положение о почётной грамоте ОО; Положение о доске почёта «Наставник»", "09/polozheniya-nematerialnoe.pdf"),
    "curators_total": ("Приказ № 103 «О назначении ответственных за внедрение ЦМН»", "09/prikaz-103-kuratory.pdf"),
    "mentors_total": ("Приказ от 19.09.2024 № 121 «Об утверждении базы наставников и наставляемых»", "09/prikaz-121-baza.pdf"),
    "mentees_total": ("Приказ от 19.09.2024 № 121 «Об утверждении базы наставников и наставляемых»", "09/prikaz-121-baza.pdf"),
    "programmes_total": ("Программа наставничества ОО (5 форм)", "09/programma-nastavnichestva.pdf"),
    "school_methodical_associations": ("Положение о ШМО наставников", "09/polozhenie-shmo-nastavnikov.pdf"),
    "pp_total": ("Приказ № 125 «Об утверждении ППН»", "09/prikaz-125-ppn.pdf"),
    "agreements_edu_orgs": ("Соглашения с МБОУ «Чупашурская СОШ № 1», МБУ ДО «Чупашурский ДДТ»", "01/soglasheniya-oo.pdf"),
    "agreements_other_orgs": ("Соглашение с БУЗ УР «Чупашурская РБ МЗ УР»", "02/soglashenie-rb.pdf"),
    "external_edu_mentors": ("Приказ № 121 (приложение 4)", "09/prikaz-121-baza.pdf"),
    "other_org_mentors": ("Приказ № 121 (приложение 4)", "09/prikaz-121-baza.pdf"),
    "mentees_10_19": ("База наставляемых", "12/baza-nastavlyaemyh.pdf"),
    "mentees_gifted": ("База наставляемых; выписка из регионального реестра одарённых детей", "12/baza-nastavlyaemyh.pdf"),
    "mentors_15_19": ("База наставников", "12/baza-nastavnikov.pdf"),
    "satisfaction_mentees": ("Результаты анкетирования", "12/rezultaty-anketirovaniya.pdf"),
    "satisfaction_mentors": ("Результаты анкетирования", "12/rezultaty-anketirovaniya.pdf"),
    "young_specialists_mentees": ("Приказ № 121 (приложение 2)", "09/prikaz-121-baza.pdf"),
    "teachers_other_mentees": ("Приказ № 121 (приложение 2)", "09/prikaz-121-baza.pdf"),
    "teachers_mentors": ("Приказ № 121 (приложение 2)", "09/prikaz-121-baza.pdf"),
    "teachers_in_pp": ("ППН педагогов", "09/ppn-pedagogi.pdf"),
    "kpk_trained": ("Удостоверения КПК", "12/udostovereniya-kpk.pdf"),
    "nc:roadmap": ("Дорожная карта", "09/dorozhnaya-karta.pdf"),
}
DOCS["licey"] = {
    "orgs_regulation_teachers": ("Приказ от 28.08.2024 № 01-07/211 «Об утверждении Положения о наставничестве педагогических работников»", "dokumenty-all_77.html"),
    "orgs_regulation_students": ("Приказ от 28.08.2024 № 01-07/212 «Об утверждении Положения о наставничестве обучающихся»", "dokumenty-all_78.html"),
    "orgs_monitoring_order": ("Приказ от 02.09.2024 № 01-07/220 «О мониторинге ЦМН»", "dokumenty-all_81.html"),
    "internal_monitoring_notes": ("Справка по итогам мониторинга ЦМН за 2024 год", "dokumenty-all_96.html"),
    "pay_acts": ("Положение о стимулирующих выплатах", "dokumenty-all_59.html"),
    "nonmaterial_acts": ("Положение о формах нематериального поощрения наставников", "dokumenty-all_82.html"),
    "curators_total": ("Приказ № 01-07/219 «О кураторах ЦМН»", "dokumenty-all_80.html"),
    "mentors_total": ("Приказ № 01-07/233 «О закреплении наставников»", "dokumenty-all_85.html"),
    "mentees_total": ("Приказ № 01-07/233 «О закреплении наставников»", "dokumenty-all_85.html"),
    "programmes_total": ("Программы наставничества лицея", "dokumenty-all_79.html"),
    "school_methodical_associations": ("Приказ о создании МО наставников", "dokumenty-all_83.html"),
    "pp_total": ("Приказ № 01-07/240 «Об утверждении ППН»", "dokumenty-all_87.html"),
    "agreements_edu_orgs": ("Соглашения с УдГУ и Чупашурским аграрным техникумом", "dokumenty-all_64.html"),
    "agreements_enterprises": ("Соглашение с ООО «ЧупашурАгроТех»", "dokumenty-all_65.html"),
    "agreements_other_orgs": ("Соглашение с МЦ «Ровесник»", "dokumenty-all_66.html"),
    "external_edu_mentors": ("Приказ № 01-07/233, прил. 3", "dokumenty-all_85.html"),
    "enterprise_mentors": ("Приказ № 01-07/233, прил. 3", "dokumenty-all_85.html"),
    "other_org_mentors": ("Приказ № 01-07/233, прил. 3", "dokumenty-all_85.html"),
    "mentees_10_19": ("База наставляемых (обезличенная)", "dokumenty-all_90.html"),
    "mentees_career": ("База наставляемых (обезличенная)", "dokumenty-all_90.html"),
    "mentees_gifted": ("База наставляемых (обезличенная)", "dokumenty-all_90.html"),
    "mentors_15_19": ("База наставников (обезличенная)", "dokumenty-all_91.html"),
    "satisfaction_mentees": ("Анализ анкетирования участников программ", "dokumenty-all_95.html"),
    "satisfaction_mentors": ("Анализ анкетирования участников программ", "dokumenty-all_95.html"),
    "young_specialists_mentees": ("Приказ № 01-07/233, прил. 2", "dokumenty-all_85.html"),
    "teachers_other_mentees": ("Приказ № 01-07/233, прил. 2", "dokumenty-all_85.html"),
    "teachers_mentors": ("Приказ № 01-07/233, прил. 2", "dokumenty-all_85.html"),
    "young_specialists_mentors": ("Приказ № 01-07/233, прил. 2", "dokumenty-all_85.html"),
    "teachers_in_pp": ("ППН педагогов лицея", "dokumenty-all_88.html"),
    "kpk_trained": ("Удостоверения КПК", "dokumenty-all_93.html"),
    "trainees_internship": ("Приказ о стажёрской площадке", "dokumenty-all_94.html"),
    "nc:roadmap": ("Дорожная карта ЦМН", "dokumenty-all_79.html"),
    "nc:publications": ("Публикации педагогов", "dokumenty-all_97.html"),
}
DOCS["kechur"] = {
    "orgs_regulation_teachers": ("Приказ № 52 от 30.08.2024", "prikaz_52.pdf"),
    "orgs_regulation_students": ("Приказ № 53 от 30.08.2024", "prikaz_53.pdf"),
    "orgs_monitoring_order": ("Приказ № 58 от 06.09.2024", "prikaz_58.pdf"),
    "nonmaterial_acts": ("Положение о поощрении", "polozhenie_o_pooshchrenii.pdf"),
    "curators_total": ("Приказ № 57 от 06.09.2024", "prikaz_57.pdf"),
    "mentors_total": ("Приказ № 61 от 13.09.2024 о закреплении наставников", "prikaz_61.pdf"),
    "mentees_total": ("Приказ № 61 от 13.09.2024 о закреплении наставников", "prikaz_61.pdf"),
    "programmes_total": ("Программа наставничества", "programma_nastavnichestva.pdf"),
    "pp_total": ("ППН (7 шт.)", "ppn_2024.pdf"),
    "agreements_edu_orgs": ("Соглашение с МБОУ «Чупашурская СОШ № 1»", "soglashenie_sosh1.pdf"),
    "external_edu_mentors": ("Приказ № 61, прил. 2", "prikaz_61.pdf"),
    "mentees_10_19": ("База наставляемых", "baza_nastavlyaemyh.pdf"),
    "mentors_15_19": ("База наставников", "baza_nastavnikov.pdf"),
    "satisfaction_mentees": ("Анкеты (сводная таблица)", "ankety_svod.pdf"),
    "satisfaction_mentors": ("Анкеты (сводная таблица)", "ankety_svod.pdf"),
    "teachers_mentors": ("Приказ № 61", "prikaz_61.pdf"),
    "young_specialists_mentees": ("Приказ № 61", "prikaz_61.pdf"),
    "kpk_trained": ("Удостоверение", "udostoverenie_kpk.pdf"),
    "nc:roadmap": ("Дорожная карта", "dorozhnaya_karta.pdf"),
}
DOCS["yagul"] = {
    "orgs_regulation_teachers": ("Приказ_87_положение_педагоги.pdf", "IND_01_01_prikaz_87.pdf"),
    "orgs_regulation_students": ("Приказ_88_положение_обучающиеся.pdf", "IND_01_02_prikaz_88.pdf"),
    "orgs_monitoring_order": ("Приказ_93_мониторинг.pdf", "IND_01_03_prikaz_93.pdf"),
    "nc:roadmap": ("Дорожная_карта_2024.pdf", "IND_01_04_dk_2024.pdf"),
    "internal_monitoring_notes": ("Справка_мониторинг_2024.docx", "IND_01_05_spravka.docx"),
    "curators_total": ("Приказ_92_куратор.pdf", "IND_02_01_prikaz_92.pdf"),
    "programmes_total": ("Программа_наставничества.pdf", "IND_02_02_programma.pdf"),
    "mentors_total": ("Приказ_101_база.pdf", "IND_02_03_prikaz_101.pdf"),
    "mentees_total": ("Приказ_101_база.pdf", "IND_02_04_prikaz_101.pdf"),
    "pp_total": ("ППН_2024.zip", "IND_03_01_ppn_2024.zip"),
    "agreements_edu_orgs": ("Соглашение_лицей.pdf", "IND_04_01_soglashenie_licey.pdf"),
    "agreements_iro": ("Соглашение_ИРО.pdf", "IND_04_02_soglashenie_iro.pdf"),
    "agreements_enterprises": ("Соглашение_колхоз.pdf", "IND_04_03_soglashenie_spk.pdf"),
    "mentees_10_19": ("База_наставляемых.xlsx", "IND_05_02_baza.xlsx"),
    "mentors_15_19": ("База_наставников.xlsx", "IND_06_02_baza.xlsx"),
    "satisfaction_mentees": ("Анкетирование_итоги.pdf", "IND_07_01_ankety.pdf"),
    "satisfaction_mentors": ("Анкетирование_итоги.pdf", "IND_07_02_ankety.pdf"),
    "young_specialists_mentees": ("Приказ_101_база.pdf", "IND_08_02_prikaz_101.pdf"),
    "teachers_in_pp": ("ППН_педагоги.pdf", "IND_09_01_ppn_ped.pdf"),
    "trainees_internship": ("Приказ_стажировка.pdf", "IND_09_02_stazhirovka.pdf"),
    "kpk_trained": ("Удостоверения_КПК.pdf", "IND_09_03_kpk.pdf"),
    "school_methodical_associations": ("Приказ_ШМО.pdf", "IND_09_04_shmo.pdf"),
}
DOCS["ddt"] = {
    "orgs_regulation_teachers": ("Приказ от 29.08.2024 № 67-о «Об утверждении Положения о наставничестве педагогов»", "prikaz_67-o.pdf"),
    "orgs_regulation_students": ("Приказ от 29.08.2024 № 68-о «Об утверждении Положения о наставничестве обучающихся»", "prikaz_68-o.pdf"),
    "orgs_monitoring_order": ("Приказ от 09.09.2024 № 75-о «О мониторинге»", "prikaz_75-o.pdf"),
    "internal_monitoring_notes": ("Справка по итогам внутреннего мониторинга ЦМН", "spravka_cmn_2024.pdf"),
    "pay_acts": ("Положение о стимулирующих выплатах (разд. 4)", "polozhenie_stimul.pdf"),
    "nonmaterial_acts": ("Положение о нематериальном поощрении", "polozhenie_nemat.pdf"),
    "curators_total": ("Приказ № 74-о «О кураторе ЦМН»", "prikaz_74-o.pdf"),
    "mentors_total": ("Приказ № 80-о «О наставнических парах и группах»", "prikaz_80-o.pdf"),
    "mentees_total": ("Приказ № 80-о «О наставнических парах и группах»", "prikaz_80-o.pdf"),
    "school_methodical_associations": ("Приказ № 76-о «О методическом объединении наставников»", "prikaz_76-o.pdf"),
    "pp_total": ("Приказ № 83-о «Об утверждении ППН»", "prikaz_83-o.pdf"),
    "agreements_enterprises": ("Соглашение с ООО «Чупашурский хлебозавод»", "soglashenie_hlebozavod.pdf"),
    "agreements_other_orgs": ("Соглашения с РДК и АНО «Вектор»", "soglasheniya_rdk_vektor.pdf"),
    "enterprise_mentors": ("Приказ № 80-о, прил. 3", "prikaz_80-o.pdf"),
    "other_org_mentors": ("Приказ № 80-о, прил. 3", "prikaz_80-o.pdf"),
    "mentees_10_19": ("База наставляемых", "baza_nastavlyaemyh.pdf"),
    "mentees_gifted": ("База наставляемых", "baza_nastavlyaemyh.pdf"),
    "mentors_15_19": ("База наставников", "baza_nastavnikov.pdf"),
    "satisfaction_mentees": ("Результаты анкетирования", "anketirovanie.pdf"),
    "satisfaction_mentors": ("Результаты анкетирования", "anketirovanie.pdf"),
    "young_specialists_mentees": ("Приказ № 80-о, прил. 2", "prikaz_80-o.pdf"),
    "teachers_other_mentees": ("Приказ № 80-о, прил. 2", "prikaz_80-o.pdf"),
    "teachers_mentors": ("Приказ № 80-о, прил. 2", "prikaz_80-o.pdf"),
    "teachers_in_pp": ("ППН педагогов", "ppn_pedagogi.pdf"),
    "kpk_trained": ("Удостоверения КПК", "kpk.pdf"),
    "nc:contest_participants": ("Приказ УО о результатах конкурса", "konkurs_nastavnik_goda.pdf"),
}


# ----------------------------------------------------------------------------------------------------------------
# Text formats of the portal
# ----------------------------------------------------------------------------------------------------------------
def t_int(n, sep=NBSP):
    s = str(int(n))
    if len(s) > 3:
        s = s[:-3] + sep + s[-3:]
    return s


def t_dec(x, nd=2, pct=False):
    s = f"{x:.{nd}f}".replace(".", ",")
    return s + ("%" if pct else "")


def fmt_v3(cid_or_key, unit, v, pct_sign=False):
    if unit == YN:
        return "Да" if v else "Нет"
    if unit == PCT:
        if cid_or_key.startswith("satisfaction"):
            return t_dec(v, 1, pct_sign)
        return t_dec(v, 2, pct_sign)
    if unit == TXT:
        return v
    return t_int(v)


# ----------------------------------------------------------------------------------------------------------------
# Grid model: a sheet is a dict (row, col) -> cell; rendered by xlsxwriter or openpyxl
# ----------------------------------------------------------------------------------------------------------------
class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.widths = {}
        self.hidden_cols = set()
        self.hidden_rows = set()
        self.row_heights = {}
        self.freeze = None
        self.autofilter = None

    def put(self, r, c, value, style="data", formula=None):
        self.cells[(r, c)] = (value, style, formula)


STYLES = {
    "tech": dict(size=7, color="808080"),
    "title": dict(bold=True, size=12),
    "meta": dict(size=10),
    "head": dict(bold=True, fill="D9D9D9", border=True, wrap=True),
    "section": dict(bold=True, fill="DDEBF7", border=True),
    "data": dict(border=True, text=True, wrap=True),
    "num": dict(border=True),
    "link": dict(border=True, color="0563C1", underline=True),
    "foot": dict(italic=True, size=9, color="595959"),
}


def render_xlsxwriter(path, sheets):
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "Выгрузка ЦМН", "author": "АИС Мониторинг образования УР", "company": "",
                       "created": datetime.datetime(2025, 1, 16, 11, 24, 53)})
    fmts = {}
    for k, s in STYLES.items():
        p = {"font_name": "Arial", "font_size": s.get("size", 9), "valign": "top"}
        if s.get("bold"):
            p["bold"] = True
        if s.get("italic"):
            p["italic"] = True
        if s.get("color"):
            p["font_color"] = "#" + s["color"]
        if s.get("fill"):
            p["bg_color"] = "#" + s["fill"]
        if s.get("border"):
            p["border"] = 1
        if s.get("wrap"):
            p["text_wrap"] = True
        if s.get("text"):
            p["num_format"] = "@"
        if s.get("underline"):
            p["underline"] = 1
        fmts[k] = wb.add_format(p)
    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        for c, w in sh.widths.items():
            ws.set_column(c, c, w, None, {"hidden": c in sh.hidden_cols})
        for c in sh.hidden_cols:
            if c not in sh.widths:
                ws.set_column(c, c, 10, None, {"hidden": True})
        for r in sh.hidden_rows:
            ws.set_row(r, None, None, {"hidden": True})
        for (r, c), (v, st, formula) in sorted(sh.cells.items()):
            if formula:
                ws.write_formula(r, c, formula, fmts[st], v)
            elif v is None:
                ws.write_blank(r, c, None, fmts[st])
            elif isinstance(v, (int, float)):
                ws.write_number(r, c, v, fmts[st])
            else:
                ws.write_string(r, c, v, fmts[st])
        if sh.freeze:
            ws.freeze_panes(*sh.freeze)
        if sh.autofilter:
            ws.autofilter(*sh.autofilter)
    wb.close()


def render_openpyxl(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for (r, c), (v, st, formula) in sorted(sh.cells.items()):
            s = STYLES[st]
            cell = ws.cell(row=r + 1, column=c + 1, value=formula if formula else v)
            cell.font = Font(name="Arial", size=s.get("size", 9), bold=s.get("bold", False),
                             italic=s.get("italic", False), color=s.get("color"),
                             underline="single" if s.get("underline") else None)
            if s.get("fill"):
                cell.fill = PatternFill("solid", fgColor=s["fill"])
            if s.get("border"):
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=bool(s.get("wrap")), vertical="top")
            if s.get("text"):
                cell.number_format = "@"
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c + 1)].width = w
        for c in sh.hidden_cols:
            ws.column_dimensions[get_column_letter(c + 1)].hidden = True
        for r in sh.hidden_rows:
            ws.row_dimensions[r + 1].hidden = True
        if sh.freeze:
            ws.freeze_panes = ws.cell(row=sh.freeze[0] + 1, column=sh.freeze[1] + 1)
    wb.save(str(path))


def soffice_resave(path):
    """Re-save through LibreOffice so that the HYPERLINK formulas get cached values."""
    with tempfile.TemporaryDirectory() as tmp:
        prof = pathlib.Path(tmp) / "profile"
        out = pathlib.Path(tmp) / "out"
        out.mkdir()
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--calc",
               "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        res = out / path.name
        if not res.exists():
            raise SystemExit(f"soffice did not write {res}")
        shutil.copyfile(res, path)


def col_letter(c):
    return get_column_letter(c + 1)


# ----------------------------------------------------------------------------------------------------------------
# Builders
# ----------------------------------------------------------------------------------------------------------------
EXPECTED, CELLS = [], []


def hyperlink(url, shown):
    return f'=HYPERLINK("{url}","{shown}")'


def build_v3(key, fname, *, form, sheet_name, org_cells, meta, extra_cols=(), pct_sign=False,
             skip_empty=False, with_sections=True, hide_tech_row=False, period_for=None, link_text="открыть",
             comments=None, modified_seed=1, footer=None, renderer="xlsxwriter", empty_keys=()):
    org = ORGS[key]
    d = org["data"]
    docs = DOCS[key]
    rng = random.Random(modified_seed)
    sh = Sheet(sheet_name)
    # columns
    cols = [("SYS", "", 4, True), ("ROW_GUID", "", 30, True), ("PARENT", "", 8, True),
            ("IND_CODE", "Код", 9, False), ("IND_NAME", "Наименование показателя", 62, False),
            ("UNIT", "Ед. изм.", 8, False), ("PERIOD", "Период", 13, False), ("VALUE", "Значение", 14, False)]
    if "VALUE_PREV" in extra_cols:
        cols.append(("VALUE_PREV", "Значение (пред. период)", 12, True))
    cols += [("COMMENT", "Комментарий ОО", 24, False), ("DOC_TITLE", "Документ-основание", 40, False),
             ("DOC_URL", "Файл (ссылка)", 11, False), ("MODIFIED", "Изменено", 17, False)]
    if "VALUE_NUM" in extra_cols:
        cols.append(("VALUE_NUM", "", 10, True))
    ci = {c[0]: i for i, c in enumerate(cols)}
    for i, (tech, head, w, hidden) in enumerate(cols):
        sh.widths[i] = w
        if hidden:
            sh.hidden_cols.add(i)
        sh.put(0, i, tech, "tech")
    if hide_tech_row:
        sh.hidden_rows.add(0)
    first = ci["IND_CODE"]
    # title block
    r = 1
    for line in meta["top"]:
        sh.put(r, first, line, "title" if r == 1 else "meta")
        r += 1
    for (rr, cc, text) in org_cells:
        sh.put(rr, first + cc, text, "meta")
        r = max(r, rr + 1)
    for line in meta["bottom"]:
        sh.put(r, first, line, "meta")
        r += 1
    r += 1
    head_row = r
    for i, (tech, head, w, hidden) in enumerate(cols):
        sh.put(head_row, i, head, "head")
    sh.freeze = (head_row + 1, first + 2)
    r = head_row + 1
    values, links, not_criteria, headings = {}, {}, [], []
    parent = ""
    for code, title, unit, k in form:
        guid = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                               rng.getrandbits(16), rng.getrandbits(48))
        if k == "H":
            if not with_sections:
                continue
            parent = code
            sh.put(r, ci["SYS"], "H", "section")
            sh.put(r, ci["ROW_GUID"], guid, "section")
            sh.put(r, ci["PARENT"], "", "section")
            sh.put(r, ci["IND_CODE"], code, "section")
            sh.put(r, ci["IND_NAME"], title, "section")
            for f in cols[ci["UNIT"]:]:
                sh.put(r, ci[f[0]], None, "section")
            headings.append(title)
            r += 1
            continue
        v = d.get(k)
        if k in empty_keys:
            v = None
        if v is None and skip_empty:
            continue
        shown = None if v is None else fmt_v3(k, unit, v, pct_sign)
        sh.put(r, ci["SYS"], "D", "data")
        sh.put(r, ci["ROW_GUID"], guid, "data")
        sh.put(r, ci["PARENT"], ".".join(code.split(".")[:-1]) if code.count(".") > 1 else parent, "data")
        sh.put(r, ci["IND_CODE"], code, "data")
        sh.put(r, ci["IND_NAME"], title, "data")
        sh.put(r, ci["UNIT"], unit, "data")
        per = (period_for or {}).get(k, "2024")
        sh.put(r, ci["PERIOD"], per, "data")
        sh.put(r, ci["VALUE"], shown, "data")
        if "VALUE_PREV" in ci:
            sh.put(r, ci["VALUE_PREV"], org.get("prev", {}).get(k), "data")
        if "VALUE_NUM" in ci and v is not None and unit != TXT:
            num = (v / 100.0) if unit == PCT and not k.startswith("satisfaction") else v
            num = round(num, 6)
            sh.put(r, ci["VALUE_NUM"], int(num) if float(num).is_integer() else num, "num")
        sh.put(r, ci["COMMENT"], (comments or {}).get(k), "data")
        doc = docs.get(k) if v not in (None, 0) else None
        if doc:
            url = org["site"] + doc[1]
            sh.put(r, ci["DOC_TITLE"], doc[0], "data")
            sh.put(r, ci["DOC_URL"], link_text, "link", formula=hyperlink(url, link_text))
        else:
            sh.put(r, ci["DOC_TITLE"], None, "data")
            sh.put(r, ci["DOC_URL"], None, "data")
        if v is not None:
            mo = rng.choice([9, 10, 11, 12, 12, 12])
            day = rng.randint(1, 28) if mo != 12 else rng.randint(2, 27)
            sh.put(r, ci["MODIFIED"], f"{day:02d}.{mo:02d}.2024 {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", "data")
        else:
            sh.put(r, ci["MODIFIED"], None, "data")
        if v is not None:
            if k.startswith("nc:"):
                not_criteria.append(title)
            else:
                exp = v if unit in (PCT, TXT) else int(v)
                if k == "partner_list":
                    exp = "; ".join(x.strip() for x in re.split(r"[;\n]", v) if x.strip())
                values[k] = exp
                CELLS.append(dict(file=f"typed/{fname}", sheet=sheet_name, cell=f"{col_letter(ci['VALUE'])}{r + 1}",
                                  criterion=k, kind="value", expected=exp, shown=shown, code=code))
                if doc:
                    links[k] = url
                    CELLS.append(dict(file=f"typed/{fname}", sheet=sheet_name,
                                      cell=f"{col_letter(ci['DOC_URL'])}{r + 1}", criterion=k, kind="link",
                                      expected=url, shown=link_text, code=code))
        r += 1
    if footer:
        r += 1
        for line in footer(len([1 for c, t, u, k in form if k != "H"]),
                           len(values) + len(not_criteria)):
            sh.put(r, first, line, "foot")
            r += 1
    path = TYPED / fname
    if renderer == "xlsxwriter":
        render_xlsxwriter(path, [sh])
    else:
        render_openpyxl(path, [sh])
        soffice_resave(path)
    EXPECTED.append(dict(file=f"typed/{fname}", year=2024, organisation=org["name"], values=values, links=links,
                         not_criteria=not_criteria, headings=headings))


def build_v2(key, fname):
    """The old module: value before the title, IND codes, files on a second sheet keyed by IND_ID."""
    org = ORGS[key]
    d = org["data"]
    docs = DOCS[key]
    rng = random.Random(81)
    sh = Sheet("Данные")
    sh.widths = {0: 12, 1: 11, 2: 58, 3: 11, 4: 6, 5: 30}
    sh.hidden_cols = {4}
    sh.put(0, 0, "Выгрузка АИС «Мониторинг образования УР» (модуль «Мониторинг ЦМН», ред. 2022, версия 2.1.7)", "title")
    sh.put(1, 0, f"Код ОО: {org['code']}", "meta")
    sh.put(1, 2, org["name"], "meta")
    sh.put(2, 0, "Период: 2024", "meta")
    sh.put(3, 0, "Сформирован: 13.01.2025 8:02", "meta")
    hr = 5
    for i, h in enumerate(["IND_ID", "Значение", "Наименование индикатора", "Ед. изм.", "TYPE", "Примечание"]):
        sh.put(hr, i, h, "head")
    sh.freeze = (hr + 1, 0)
    sh.autofilter = (hr, 0, hr, 5)
    r = hr + 1
    values, links, not_criteria, headings = {}, {}, [], []
    notes = {"pp_other": "«выпускник – ученик»", "students_10_19": "по ОО-1",
             "satisfaction_mentees": "анкетирование 12.2024", "trainees_internship": "стажёрская площадка МАОУ «Чупашурский лицей»"}
    rows_by_code = {}
    for code, title, unit, k in FORM_V2:
        if k == "H":
            sh.put(r, 0, code, "section")
            sh.put(r, 1, None, "section")
            sh.put(r, 2, title, "section")
            for c in (3, 4, 5):
                sh.put(r, c, None, "section")
            headings.append(title)
            r += 1
            continue
        v = d.get(k)
        if unit == YN01:
            shown, typ = ("1" if v else "0"), "BOOL"
        elif unit == FRAC:
            n, w = ratio(d, k)
            frac = round(n / w, 4)
            shown, typ = f"{frac:.4f}".replace(".", ","), "DEC"
            v = round(frac * 100, 2)
            assert abs(v - d[k]) < 0.006, (k, v, d[k])
        elif unit == "%":
            shown, typ = f"{v:.1f}".replace(".", ","), "DEC"
        elif unit == "текст":
            shown, typ = v, "STR"
        else:
            shown, typ = t_int(v, " "), "INT"
        sh.put(r, 0, code, "data")
        sh.put(r, 1, shown, "data")
        sh.put(r, 2, title, "data")
        sh.put(r, 3, unit, "data")
        sh.put(r, 4, typ, "data")
        sh.put(r, 5, notes.get(k), "data")
        rows_by_code[code] = k
        if k.startswith("nc:"):
            not_criteria.append(title)
        else:
            exp = v if unit in (FRAC, "%") else (v if unit == "текст" else int(v))
            if k == "partner_list":
                exp = "; ".join(x.strip() for x in v.split(","))
            values[k] = exp
            CELLS.append(dict(file=f"typed/{fname}", sheet="Данные", cell=f"B{r + 1}", criterion=k, kind="value",
                              expected=exp, shown=shown, code=code))
        r += 1
    sh.put(r + 1, 0, "Записей: %d" % len(rows_by_code), "foot")
    # sheet «Файлы»
    fs = Sheet("Файлы")
    fs.widths = {0: 12, 1: 40, 2: 10, 3: 17, 4: 10}
    for i, h in enumerate(["IND_ID", "Имя файла", "Размер, КБ", "Загружен", "Ссылка"]):
        fs.put(0, i, h, "head")
    fr = 1
    sizes = {}
    for code, title, unit, k in FORM_V2:
        if k not in docs:
            continue
        v = d.get(k)
        if not v:
            continue
        name, fn = docs[k]
        url = org["site"] + fn
        fs.put(fr, 0, code, "data")
        fs.put(fr, 1, name, "data")
        sizes.setdefault(name, str(rng.randint(80, 2400)))
        fs.put(fr, 2, sizes[name], "data")
        fs.put(fr, 3, f"{rng.randint(10, 28):02d}.{rng.choice([9, 10, 11, 12]):02d}.2024 {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", "data")
        fs.put(fr, 4, "скачать", "link", formula=hyperlink(url, "скачать"))
        if not k.startswith("nc:"):
            links[k] = url
            CELLS.append(dict(file=f"typed/{fname}", sheet="Файлы", cell=f"E{fr + 1}", criterion=k, kind="link",
                              expected=url, shown="скачать", code=code))
        fr += 1
    render_xlsxwriter(TYPED / fname, [sh, fs])
    EXPECTED.append(dict(file=f"typed/{fname}", year=2024, organisation=org["name"], values=values, links=links,
                         not_criteria=not_criteria, headings=headings))


V3_TOP = "АИС «Мониторинг образования УР» · Выгрузка формы ЦМН-ОО «Мониторинг реализации целевой модели наставничества в ОО» (версия формы 3.4)"
MO = "Муниципальное образование: Чупашурский муниципальный округ Удмуртской Республики"


def footer_v3(total, filled):
    return [f"Показателей в форме: {total}; заполнено: {filled}",
            "Документ сформирован автоматически. Подпись и печать не требуются."]


def main():
    ids, cat_wordings = load_catalogue()
    if TYPED.exists():
        shutil.rmtree(TYPED)
    TYPED.mkdir()

    # 1. СОШ № 1 — the plain current export
    build_v3("sosh1", "CMN-OO_184101_2024_20250116_112453.xlsx", form=FORM_V3, sheet_name="ЦМН-ОО",
             org_cells=[(4, 0, "Код ОО: 184101"), (4, 1, ORGS["sosh1"]["name"])],
             meta=dict(top=[V3_TOP, "Отчётный период: 2024 год", MO],
                       bottom=["Дата выгрузки: 16.01.2025 11:24:53",
                               "Статус формы: утверждена муниципальным координатором (14.01.2025)"]),
             comments={"pp_other": "«выпускник – ученик»", "students_10_19": "по ОО-1",
                       "satisfaction_mentees": "анкетирование (n = 54)", "satisfaction_mentors": "анкетирование (n = 41)",
                       "nc:pairs": "в т.ч. 6 групп"},
             modified_seed=101, footer=footer_v3)

    # 2. СОШ № 2 — hidden VALUE_PREV (2023) column; contingent «на 20.09.2024»; name on the row under the code
    per = {k: "на 20.09.2024" for k in ("students_10_19", "students_15_19", "teachers_municipal", "young_specialists",
                                        "teachers_other", "nc:pupils_all")}
    build_v3("sosh2", "CMN-OO_184102_2024_20250115_163010.xlsx", form=FORM_V3, sheet_name="ЦМН-ОО",
             org_cells=[(4, 0, "Код ОО: 184102"), (5, 0, ORGS["sosh2"]["name"])],
             meta=dict(top=[V3_TOP, "Отчётный период: 2024 год", MO],
                       bottom=["Дата выгрузки: 15.01.2025 16:30:10", "Выгрузил: Шкляева Н.В. (sosh2_chupashur)"]),
             extra_cols=("VALUE_PREV",), period_for=per, empty_keys=("trainees_internship",),
             comments={"pp_other": "«родитель – ученик» (семейное наставничество)", "nonmaterial_acts": "2 положения",
                       "trainees_internship": "не является стажёрской площадкой"},
             modified_seed=102, footer=footer_v3)

    # 3. Лицей — openpyxl + LibreOffice; hidden VALUE_NUM column (numbers, shares as fractions)
    build_v3("licey", "export_184105_CMN-OO_2024.xlsx", form=FORM_V3, sheet_name="Выгрузка",
             org_cells=[(4, 0, "Код ОО: 184105"), (4, 1, ORGS["licey"]["name"])],
             meta=dict(top=[V3_TOP, "Отчётный период: 2024 год", MO],
                       bottom=["Дата выгрузки: 17.01.2025 09:05:41"]),
             extra_cols=("VALUE_NUM",),
             comments={"pp_student_pupil": "студенты УдГУ", "mentees_career": "профильные классы",
                       "trainees_internship": "стажёрская площадка АОУ ДПО УР ИРО"},
             modified_seed=105, renderer="openpyxl", footer=footer_v3)

    # 4. Кечурская ООШ — short export: no section rows, no empty rows; name two cells right of the code
    build_v3("kechur", "CMN-OO_184117_2024_kratko.xlsx", form=FORM_V3, sheet_name="ЦМН-ОО (кратко)",
             org_cells=[(3, 0, "Код ОО: 184117"), (3, 2, ORGS["kechur"]["name"])],
             meta=dict(top=[V3_TOP + " — краткая форма (без пустых строк и разделов)", "Отчётный период: 2024 год"],
                       bottom=["Дата выгрузки: 20.01.2025 14:12:07"]),
             skip_empty=True, with_sections=False, link_text="просмотр",
             comments={"mentees_10_19": "5–9 кл.", "students_15_19": "9 кл.",
                       "internal_monitoring_notes": "справка будет готова в феврале"},
             modified_seed=117)

    # 5. Ягульская СОШ — the old module (v2.1.7)
    build_v2("yagul", "vygruzka_CMN_v2_184112_2024.xlsx")

    # 6. ДДТ — the ДО variant; tech row hidden; shares «5,39%»
    build_v3("ddt", "CMN-DO_184150_2024_20250117_101544.xlsx", form=FORM_DO, sheet_name="ЦМН-ДО",
             org_cells=[(4, 0, "Код ОО: 184150"), (4, 1, ORGS["ddt"]["name"])],
             meta=dict(top=[V3_TOP.replace("ЦМН-ОО", "ЦМН-ДО").replace("в ОО» (версия формы 3.4)",
                                                                      "в организациях дополнительного образования» (версия формы 3.4-ДО)"),
                            "Отчётный период: 2024 год", MO],
                       bottom=["Дата выгрузки: 17.01.2025 10:15:44", "Тип ОО: организация дополнительного образования"]),
             pct_sign=True, hide_tech_row=True,
             comments={"pp_other": "«работодатель – обучающийся»", "students_10_19": "по данным АИС «Навигатор»",
                       "nc:enrolments": "2 145 зачислений"},
             modified_seed=150, footer=footer_v3)

    # checks: ids exist, no wording copies a catalogue wording
    for e in EXPECTED:
        for k in list(e["values"]) + list(e["links"]):
            assert k in ids, k
    for form in (FORM_V3, FORM_DO, FORM_V2):
        for code, title, unit, k in form:
            assert norm(title) not in cat_wordings, title
    # consistency
    for key, o in ORGS.items():
        dd = o["data"]
        cats = sum(dd.get(k, 0) for k in ("mentees_risk", "mentees_disabled", "mentees_low_motivation",
                                          "mentees_career", "mentees_other_params"))
        assert cats <= dd["mentees_10_19"] <= dd["students_10_19"], key
        assert dd["mentors_15_19"] <= dd["students_15_19"] <= dd["students_10_19"], key
        assert dd["mentees_gifted"] <= dd["mentees_10_19"], key
        assert dd["young_specialists_mentees"] <= dd["young_specialists"], key
        assert dd["teachers_other_mentees"] <= dd["teachers_other"], key
        assert dd["young_specialists_mentors"] <= dd["teachers_mentors"] <= dd["teachers_municipal"], key
        assert dd["teachers_in_pp"] <= dd["teachers_municipal"], key

    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps(
        {"note": "cell of every expected value and link; 'shown' is the text the cell holds (links: the cached value "
                 "of the HYPERLINK formula), 'code' the portal's indicator code of the row",
         "cells": CELLS}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print(f"{len(EXPECTED)} forms, {nv} values, {nl} links")
    for e in EXPECTED:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links, "
              f"{len(e['not_criteria'])} not_criteria, {len(e['headings'])} headings")


if __name__ == "__main__":
    main()
