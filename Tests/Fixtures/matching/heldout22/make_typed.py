#!/usr/bin/env python3
"""heldout25: five one-organisation 2024 ЦМН forms built from one regional template workbook
full of spreadsheet features (hidden / very hidden sheets, rich text, comments, drop-downs,
protection, frozen panes, collapsed outline groups, hidden helper columns, formulas with and
without cached values, defined names, print area, header/footer, merged title cells,
a file re-saved by LibreOffice, a file whose organisation name lives only in the page header
and the workbook properties).

Writes typed/*.xlsx, expected.json and cells.json (used by selfcheck.py). Deterministic.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile

import xlsxwriter
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CATALOGUE = "/work/main/Templates/criteria.tsv"
YEAR = 2024
FORM = "Форма ОО"
DATA = "Данные"
OLD = "2023 (скрыт)"
LISTS = "Списки"
CHECK = "Проверка"
FIRST = 10  # first data row of the form (1-based)

# ---------------------------------------------------------------- catalogue
with open(CATALOGUE, encoding="utf-8") as f:
    CAT = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("ё", "е").replace("Ё", "Е")).strip().lower()


CAT_WORDINGS = {norm(r[k]) for r in CAT.values()
                for k in ("wording_2023", "wording_2024", "form_wording") if r[k]}

# ---------------------------------------------------------------- template
# ('H', heading) | ('R', number, title, unit, key, kind, level)
#   key: catalogue id, or 'nc:...' for a row that is no catalogue criterion
#   kind: yn | int | text | pct (typed level) | sum (=SUM of following level-1 rows)
#         | ref:<Данные cell> | ratio:<num>/<den> | ratio2:<a>+<b>/<c>+<d> | tsum:<a>+<b>
# titles may be rich text: list of (style, text), style in n/b/r (plain / bold / bold red)
T = [
    ("H", "Раздел 1. Нормативно-правовое обеспечение наставничества в ОО"),
    ("R", "1.1", "Приказ об утверждении Положения о наставничестве педагогических работников ОО (да/нет)", "да/нет", "orgs_regulation_teachers", "yn", 0),
    ("R", "1.2", "Приказ об утверждении Положения о наставничестве обучающихся (да/нет)", "да/нет", "orgs_regulation_students", "yn", 0),
    ("R", "1.3", "Приказ о проведении мониторинга ЦМН в ОО (да/нет)", "да/нет", "orgs_monitoring_order", "yn", 0),
    ("R", "1.4", "Дорожная карта внедрения ЦМН в ОО (да/нет)", "да/нет", "nc:roadmap", "yn", 0),
    ("R", "1.5", "Информационная справка по итогам внутреннего мониторинга ЦМН (да/нет)", "да/нет", "internal_monitoring_notes", "yn", 0),
    ("H", "Раздел 2. Организация наставнической деятельности"),
    ("R", "2.1", "Кураторы внедрения ЦМН в ОО", "чел.", "curators_total", "int", 0),
    ("R", "2.2", "Соглашения о сотрудничестве с другими ОО (наставники – их сотрудники)", "ед.", "agreements_edu_orgs", "int", 0),
    ("R", "2.3", "Соглашения с предприятиями (наставники – сотрудники предприятий)", "ед.", "agreements_enterprises", "int", 0),
    ("R", "2.4", "Соглашения с иными организациями (любой формы собственности)", "ед.", "agreements_other_orgs", "int", 0),
    ("R", "2.5", "Предмет соглашения(-ий)", "текст", "agreement_subjects", "text", 0),
    ("R", "2.6", "Организации-партнёры ОО по наставничеству (перечислить)", "текст", "partner_list", "text", 0),
    ("R", "2.7", [("n", "Наставники ОО "), ("r", "(по приказу)"), ("n", ", всего")], "чел.", "mentors_total", "int", 0),
    ("R", "2.8", [("n", "Наставляемые ОО "), ("r", "(по приказу)"), ("n", ", всего")], "чел.", "mentees_total", "int", 0),
    ("R", "2.9", "Совместные проекты с организациями-партнёрами за год", "ед.", "nc:joint_projects", "int", 0),
    ("H", "Раздел 3. Персонализированные программы наставничества (ППН)"),
    ("R", "3", [("b", "ППН – всего"), ("n", " (сумма строк 3.1–3.7)")], "ед.", "pp_total", "sum", 0),
    ("R", "3.1", "в т.ч. «ученик – ученик»", "ед.", "pp_pupil_pupil", "int", 1),
    ("R", "3.2", "«педагог – педагог» (учитель – учитель)", "ед.", "pp_teacher_teacher", "int", 1),
    ("R", "3.3", "«студент – студент»", "ед.", "pp_student_student", "int", 1),
    ("R", "3.4", "«руководитель – педагог»", "ед.", "pp_head_teacher", "int", 1),
    ("R", "3.5", "«студент – ученик»", "ед.", "pp_student_pupil", "int", 1),
    ("R", "3.6", "«учитель – ученик»", "ед.", "pp_teacher_pupil", "int", 1),
    ("R", "3.7", "иные формы (какие – в примечании)", "ед.", "pp_other", "int", 1),
    ("H", "Раздел 4. Наставники со стороны (по приказу)"),
    ("R", "4.1", "Наставники – сотрудники других образовательных организаций", "чел.", "external_edu_mentors", "int", 0),
    ("R", "4.2", "Наставники – сотрудники предприятий", "чел.", "enterprise_mentors", "int", 0),
    ("R", "4.3", "Наставники – сотрудники иных организаций", "чел.", "other_org_mentors", "int", 0),
    ("H", "Раздел 5. Обучающиеся 10–19 лет в роли наставляемых"),
    ("R", "5.1", "Обучающихся в возрасте 10–19 лет (на 01.09.2024, лист «Данные»)", "чел.", "students_10_19", "ref:C5", 0),
    ("R", "5.2", [("n", "Обучающиеся 10–19 лет – "), ("b", "наставляемые"), ("n", " (всего)")], "чел.", "mentees_10_19", "int", 0),
    ("R", "5.2.1", "из них «группа риска»", "чел.", "mentees_risk", "int", 1),
    ("R", "5.2.2", "одарённые дети (включённые в реестры)", "чел.", "mentees_gifted", "int", 1),
    ("R", "5.2.3", "дети с ОВЗ, дети-инвалиды", "чел.", "mentees_disabled", "int", 1),
    ("R", "5.2.4", "низкая учебная мотивация / неуспевающие", "чел.", "mentees_low_motivation", "int", 1),
    ("R", "5.2.5", "затруднения в выборе образовательной траектории, профессии", "чел.", "mentees_career", "int", 1),
    ("R", "5.2.6", "по иным основаниям", "чел.", "mentees_other_params", "int", 1),
    ("R", "5.3", "Доля наставляемых среди обучающихся 10–19 лет (стр. 5.2 / стр. 5.1)", "%", "share_mentees_10_19", "ratio:mentees_10_19/students_10_19", 0),
    ("H", "Раздел 6. Обучающиеся 15–19 лет в роли наставников"),
    ("R", "6.1", "Обучающихся в возрасте 15–19 лет (лист «Данные»)", "чел.", "students_15_19", "ref:C6", 0),
    ("R", "6.2", "Обучающиеся 15–19 лет – наставники (по приказу)", "чел.", "mentors_15_19", "int", 0),
    ("R", "6.3", "Доля обучающихся 15–19 лет в роли наставника (стр. 6.2 / стр. 6.1)", "%", "share_mentors_15_19", "ratio:mentors_15_19/students_15_19", 0),
    ("R", "6.4", "База наставников из числа обучающихся сформирована (да/нет)", "да/нет", "nc:pupil_mentor_base", "yn", 0),
    ("H", "Раздел 7. Удовлетворённость участников (по анкетам РНЦ)"),
    ("R", "7.1", "Удовлетворённость наставляемых (завершённые программы)", "%", "satisfaction_mentees", "pct", 0),
    ("R", "7.2", "Удовлетворённость наставников (завершённые программы)", "%", "satisfaction_mentors", "pct", 0),
    ("H", "Раздел 8. Педагоги в роли наставляемых"),
    ("R", "8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", "young_specialists", "int", 0),
    ("R", "8.2", "из них – наставляемые", "чел.", "young_specialists_mentees", "int", 0),
    ("R", "8.3", "Доля молодых специалистов-наставляемых (стр. 8.2 / стр. 8.1)", "%", "share_young_specialists_mentees", "ratio:young_specialists_mentees/young_specialists", 0),
    ("R", "8.4", "Педагоги (без молодых специалистов)", "чел.", "teachers_other", "int", 0),
    ("R", "8.5", "из них – наставляемые", "чел.", "teachers_other_mentees", "int", 0),
    ("R", "8.6", "Доля педагогов-наставляемых, всего ((8.2+8.5)/(8.1+8.4))", "%", "share_teachers_mentees", "ratio2:young_specialists_mentees+teachers_other_mentees/young_specialists+teachers_other", 0),
    ("H", "Раздел 9. Непрерывное профессиональное развитие педагогов"),
    ("R", "9.1", "Педагоги – участники утверждённых ППН", "чел.", "teachers_in_pp", "int", 0),
    ("R", "9.2", "Обучены на КПК по наставничеству в 2024 г.", "чел.", "kpk_trained", "int", 0),
    ("R", "9.3", "Названия пройденных курсов (КПК)", "текст", "kpk_courses", "text", 0),
    ("R", "9.4", "ШМО (методические объединения) наставников в ОО", "ед.", "school_methodical_associations", "int", 0),
    ("H", "Раздел 10. Педагоги в роли наставников"),
    ("R", "10.1", "Педагогических работников в ОО – всего (стр. 8.1 + стр. 8.4)", "чел.", "teachers_municipal", "tsum:young_specialists+teachers_other", 0),
    ("R", "10.2", "Педагоги – наставники", "чел.", "teachers_mentors", "int", 0),
    ("R", "10.3", "Молодые специалисты – наставники", "чел.", "young_specialists_mentors", "int", 0),
    ("R", "10.4", "Доля педагогов-наставников (стр. 10.2 / стр. 10.1)", "%", "share_teachers_mentors", "ratio:teachers_mentors/teachers_municipal", 0),
    ("R", "10.5", "Доля молодых специалистов-наставников (стр. 10.3 / стр. 8.1)", "%", "share_young_specialists_mentors", "ratio:young_specialists_mentors/young_specialists", 0),
    ("R", "10.6", "Публикации о наставничестве на сайте ОО за год", "ед.", "nc:site_publications", "int", 0),
    ("H", "Раздел 11. Стимулирование наставников"),
    ("R", "11.1", "Локальные акты об оплате (материальном поощрении) наставников", "ед.", "pay_acts", "int", 0),
    ("R", "11.2", "Локальные акты о нематериальном поощрении наставников", "ед.", "nonmaterial_acts", "int", 0),
]


def plain(title):
    return title if isinstance(title, str) else "".join(t for _, t in title)


# layout: row numbers (1-based) of every template line
ROWS = []  # dicts
r = FIRST
for item in T:
    if item[0] == "H":
        ROWS.append({"type": "H", "row": r, "title": item[1]})
    else:
        _, num, title, unit, key, kind, level = item
        ROWS.append({"type": "R", "row": r, "num": num, "title": title, "unit": unit,
                     "key": key, "kind": kind, "level": level})
    r += 1
LAST = r - 1
ROW_OF = {x["key"]: x["row"] for x in ROWS if x["type"] == "R"}

# group ranges: a summary row (level 0) followed by level-1 rows
GROUPS = []
for i, x in enumerate(ROWS):
    if x["type"] == "R" and x["level"] == 0 and i + 1 < len(ROWS) and ROWS[i + 1].get("level") == 1:
        j = i + 1
        while j < len(ROWS) and ROWS[j].get("level") == 1:
            j += 1
        GROUPS.append((x["row"], ROWS[i + 1]["row"], ROWS[j - 1]["row"]))

# no title may equal a catalogue wording
for x in ROWS:
    assert norm(plain(x["title"])) not in CAT_WORDINGS, plain(x["title"])
    if x["type"] == "R" and not x["key"].startswith("nc:"):
        assert x["key"] in CAT, x["key"]
        assert CAT[x["key"]]["level"] == "org", x["key"]

# ---------------------------------------------------------------- organisations
MUNI = "Лесногорский район"
SITE5 = "https://sh5-lesnogorsk-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
SITEG = "https://gimn2-lesnogorsk.gosuslugi.ru/netcat_files/nastavnichestvo/2024/"
SITEB = "https://berezovskaya-oosh-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/"
SITES = "https://sosnovobor-sosh-r18.gosweb.gosuslugi.ru/ofitsialno/tsmn/"
SITED = "https://ddt-lesnogorsk.ru/wp-content/uploads/2024/"

ORGS = [
    {
        "id": "A", "file": "SOSh5_Lesnogorsk_CMN_2024.xlsx", "backend": "xlsxwriter",
        "name": "МБОУ «Лесногорская СОШ № 5»", "name_in_cell": True,
        "header_name": "МБОУ Лесногорская СОШ №5",
        "curator": "Пермякова Елена Владимировна, заместитель директора по УВР",
        "date": "28.10.2024",
        "data": {"C4": 730, "C5": 480, "C6": 160, "C7": 56, "C8": 8},
        "v": {
            "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да", "orgs_monitoring_order": "Да",
            "nc:roadmap": "Да", "internal_monitoring_notes": "Да",
            "curators_total": 2, "agreements_edu_orgs": 1, "agreements_enterprises": 1,
            "agreements_other_orgs": 1,
            "agreement_subjects": "Участие сотрудников организаций-партнёров в программах наставничества в роли наставников (профориентация, проектная деятельность)",
            "partner_list": "ООО «Лесногорский ДОК»; МБУ ДО «Лесногорская ДЮСШ»; МБУК «Лесногорская ЦБС»",
            "mentors_total": 49, "mentees_total": 118, "nc:joint_projects": 2,
            "pp_pupil_pupil": 14, "pp_teacher_teacher": 9, "pp_student_student": 0, "pp_head_teacher": 2,
            "pp_student_pupil": 0, "pp_teacher_pupil": 11, "pp_other": 1,
            "external_edu_mentors": 2, "enterprise_mentors": 1, "other_org_mentors": 1,
            "mentees_10_19": 96, "mentees_risk": 18, "mentees_gifted": 12, "mentees_disabled": 7,
            "mentees_low_motivation": 21, "mentees_career": 26, "mentees_other_params": 12,
            "mentors_15_19": 24, "nc:pupil_mentor_base": "Да",
            "satisfaction_mentees": 86, "satisfaction_mentors": 91,
            "young_specialists": 8, "young_specialists_mentees": 8, "teachers_other": 48, "teachers_other_mentees": 6,
            "teachers_in_pp": 18, "kpk_trained": "5",  # typed as text
            "kpk_courses": "«Наставничество в образовательной организации: организация и сопровождение» (ИРО УР, 36 ч.)",
            "school_methodical_associations": 1,
            "teachers_mentors": 21, "young_specialists_mentors": 1, "nc:site_publications": 6,
            "pay_acts": 1, "nonmaterial_acts": 1,
        },
        "notes": {"pp_other": "«выпускник – ученик»"},
        "links": {
            "orgs_regulation_teachers": (SITE5 + "prikaz-112-o-2024.pdf", "Приказ № 112-о от 30.08.2024"),
            "orgs_regulation_students": (SITE5 + "prikaz-113-o-2024.pdf", "Приказ № 113-о от 30.08.2024"),
            "orgs_monitoring_order": (SITE5 + "prikaz-187-o-monitoring.pdf", "https://sh5-lesnogorsk-r18.gosweb.gosuslugi.ru/"),
            "internal_monitoring_notes": (SITE5 + "spravka-vnutr-monitoring-2024.pdf", "справка"),
            "mentors_total": (SITE5 + "baza-nastavnikov-2024.pdf", "База наставников"),
            "mentees_total": (SITE5 + "baza-nastavlyaemyh-2024.pdf", "База наставляемых"),
            "pp_total": (SITE5 + "ppn-2024.zip", "ППН (архив)"),
            "pay_acts": (SITE5 + "polozhenie-stimul-vyplaty.pdf", None),  # plain-text URL
        },
        "comments_d": {"mentees_total": "В 2023 г. было 93 чел. (см. лист прошлого года)"},
        "collapsed": True, "validation": "name", "active": FORM,
    },
    {
        "id": "B", "file": "Gimnaziya2_monitoring_CMN_2024.xlsx", "backend": "xlsxwriter+libreoffice",
        "name": "МАОУ «Гимназия № 2» г. Лесногорска", "name_in_cell": True,
        "header_name": "МАОУ «Гимназия № 2»",
        "curator": "Ившина Ольга Николаевна, методист",
        "date": "30.10.2024",
        "data": {"C4": 934, "C5": 640, "C6": 256, "C7": 80, "C8": 10},
        "v": {
            "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да", "orgs_monitoring_order": "Да",
            "nc:roadmap": "Да", "internal_monitoring_notes": "Да",
            "curators_total": 3, "agreements_edu_orgs": 3, "agreements_enterprises": 0,
            "agreements_other_orgs": 2,
            "agreement_subjects": "Наставничество в формах «студент – ученик» и «педагог – педагог»; сетевое взаимодействие по подготовке к олимпиадам",
            "partner_list": "ФГБОУ ВО «УдГУ»; АОУ ДПО УР ИРО; МБОУ «Лесногорская СОШ № 5»; АНО «Технопарк «Лесногорье»; МБУК «Лесногорский краеведческий музей»",
            "mentors_total": 74, "mentees_total": 196, "nc:joint_projects": 5,
            "pp_pupil_pupil": 22, "pp_teacher_teacher": 14, "pp_student_student": 0, "pp_head_teacher": 3,
            "pp_student_pupil": 4, "pp_teacher_pupil": 18, "pp_other": 0,
            "external_edu_mentors": 7, "enterprise_mentors": 0, "other_org_mentors": 3,
            "mentees_10_19": 160, "mentees_risk": 14, "mentees_gifted": 41, "mentees_disabled": 9,
            "mentees_low_motivation": 22, "mentees_career": 48, "mentees_other_params": 26,
            "mentors_15_19": 32, "nc:pupil_mentor_base": "Да",
            "satisfaction_mentees": 0.92, "satisfaction_mentors": 0.88,  # typed as fractions, formatted %
            "young_specialists": 10, "young_specialists_mentees": 9, "teachers_other": 70, "teachers_other_mentees": 11,
            "teachers_in_pp": 31, "kpk_trained": 7,
            "kpk_courses": "«Наставник в школе: технологии сопровождения молодого педагога» (ИРО УР, 72 ч.); «Школа наставника» (Академия Минпросвещения России, 36 ч.)",
            "school_methodical_associations": 2,
            "teachers_mentors": 32, "young_specialists_mentors": 2, "nc:site_publications": 11,
            "pay_acts": 1, "nonmaterial_acts": 2,
        },
        "notes": {"satisfaction_mentees": "анкеты РНЦ, опрошено 118 чел."},
        "links": {
            "orgs_regulation_teachers": (SITEG + "prikaz_45_polozhenie_ped.pdf", "Приказ № 45"),
            "orgs_regulation_students": (SITEG + "prikaz_46_polozhenie_obuch.pdf", "Приказ № 46"),
            "orgs_monitoring_order": (SITEG + "prikaz_171_monitoring.pdf", "Приказ № 171"),
            "internal_monitoring_notes": (SITEG + "spravka_itogi_monitoringa.pdf", "Справка"),
            "agreements_edu_orgs": (SITEG + "soglasheniya.pdf", "Соглашения (3)"),
            "mentors_total": (SITEG + "prikaz_150_nastavniki.pdf", "Приказ № 150"),
            "mentees_total": (SITEG + "prikaz_150_nastavniki.pdf", "Приказ № 150"),
            "mentors_15_19": (SITEG + "prikaz_151_nastavniki_uch.pdf", "Приказ № 151"),
            "kpk_trained": (SITEG + "udostovereniya_kpk.pdf", "Удостоверения"),
        },
        "comments_d": {"students_10_19": "По ОО-1 на 01.09.2024 – всего 934 обучающихся"},
        "collapsed": True, "validation": "literal", "active": FORM,
    },
    {
        "id": "C", "file": "Березовская_ООШ_мониторинг_ЦМН_2024.xlsx", "backend": "openpyxl",
        "name": "МКОУ «Берёзовская ООШ»", "name_in_cell": True,
        "header_name": "МКОУ Берёзовская ООШ",
        "curator": "Шкляева Галина Петровна, учитель начальных классов",
        "date": "25.10.2024",
        "data": {"C4": 97, "C5": 60, "C6": 15, "C7": 15, "C8": 1},
        "v": {
            "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да", "orgs_monitoring_order": "Да",
            "nc:roadmap": "Да", "internal_monitoring_notes": "Нет",
            "curators_total": 1, "agreements_edu_orgs": 1, "agreements_enterprises": 1,
            "agreements_other_orgs": 0,
            "agreement_subjects": "Профориентационное наставничество «работодатель – ученик»",
            "partner_list": "СПК «Колхоз имени Мичурина»; МБОУ «Лесногорская СОШ № 5»",
            "mentors_total": 11, "mentees_total": 27, "nc:joint_projects": 1,
            "pp_pupil_pupil": 3, "pp_teacher_teacher": 2, "pp_student_student": 0, "pp_head_teacher": 1,
            "pp_student_pupil": 0, "pp_teacher_pupil": 4, "pp_other": 0,
            "external_edu_mentors": 1, "enterprise_mentors": 1, "other_org_mentors": 0,
            "mentees_10_19": 18, "mentees_risk": 4, "mentees_gifted": 2, "mentees_disabled": 3,
            "mentees_low_motivation": 6, "mentees_career": 3, "mentees_other_params": 0,
            "mentors_15_19": 3, "nc:pupil_mentor_base": "Нет",
            "satisfaction_mentees": 80, "satisfaction_mentors": 85,
            "young_specialists": 1, "young_specialists_mentees": 1, "teachers_other": 14, "teachers_other_mentees": 2,
            "teachers_in_pp": 4, "kpk_trained": 1,
            "kpk_courses": "«Организация наставничества в ОО» (ЦНППМ, 24 ч.)",
            "school_methodical_associations": 0,
            "teachers_mentors": 6, "young_specialists_mentors": 0, "nc:site_publications": 2,
            "pay_acts": 0, "nonmaterial_acts": 1,
        },
        "notes": {},
        "links": {
            "orgs_regulation_teachers": (SITEB + "prikaz_31_2024.pdf", "приказ № 31 от 02.09.2024"),
            "orgs_regulation_students": (SITEB + "prikaz_31_2024.pdf", "приказ № 31 от 02.09.2024"),
            "orgs_monitoring_order": (SITEB + "prikaz_58_2024.pdf", None),
            "mentors_total": (SITEB + "prikaz_33_nastavniki.pdf", "приказ № 33"),
            "enterprise_mentors": (SITEB + "dogovor_spk_michurina.pdf", "договор с СПК"),
        },
        "comments_d": {"mentors_total": "Из них 2 – внешние совместители"},
        "collapsed": True, "validation": "literal", "active": FORM,
    },
    {
        "id": "D", "file": "monitoring_CMN_2024 (3).xlsx", "backend": "xlsxwriter",
        "name": "МБОУ «Сосновоборская СОШ»", "name_in_cell": False,
        "header_name": "МБОУ «Сосновоборская СОШ»",
        "curator": "Зубарева Наталья Викторовна, заместитель директора по УВР",
        "date": "31.10.2024",
        "data": {"C4": 318, "C5": 210, "C6": 64, "C7": 32, "C8": 4},
        "v": {
            "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да", "orgs_monitoring_order": "Нет",
            "nc:roadmap": "Да", "internal_monitoring_notes": "Да",
            "curators_total": 1, "agreements_enterprises": 1,
            "agreement_subjects": "Наставничество в форме «работодатель – ученик»",
            "partner_list": "ООО «Агро-Сосновый Бор»",
            "mentors_total": 22, "mentees_total": 64,
            "pp_pupil_pupil": 6, "pp_teacher_teacher": 5, "pp_student_student": 0, "pp_head_teacher": 1,
            "pp_student_pupil": 0, "pp_teacher_pupil": 7, "pp_other": 2,
            "enterprise_mentors": 2,
            "mentees_10_19": 42, "mentees_risk": 9, "mentees_gifted": 5, "mentees_disabled": 4,
            "mentees_low_motivation": 12, "mentees_career": 8, "mentees_other_params": 4,
            "mentors_15_19": 8, "nc:pupil_mentor_base": "Да",
            "satisfaction_mentees": 84, "satisfaction_mentors": 90,
            "young_specialists": 4, "young_specialists_mentees": 4, "teachers_other": 28, "teachers_other_mentees": 4,
            "teachers_in_pp": 12, "kpk_trained": 3,
            "school_methodical_associations": 1,
            "teachers_mentors": 12, "young_specialists_mentors": 0, "nc:site_publications": 4,
            "pay_acts": 1,
        },
        "notes": {"pp_other": "«выпускник – ученик» (2)"},
        "links": {
            "orgs_regulation_teachers": (SITES + "polozhenie_nastavnichestvo_ped.pdf", "Положение"),
            "orgs_regulation_students": (SITES + "polozhenie_nastavnichestvo_obuch.pdf", "Положение"),
            "internal_monitoring_notes": (SITES + "spravka_2024.docx", "справка 2024"),
            "mentors_total": (SITES + "prikaz_nastavniki_2024.pdf", "приказ"),
            "satisfaction_mentees": (SITES + "anketirovanie_itogi.pdf", "итоги анкетирования"),
        },
        "comments_d": {"satisfaction_mentees": "Опрошено 37 наставляемых (Google-форма)"},
        "collapsed": True, "validation": "name", "active": "Инструкция",
    },
    {
        "id": "E", "file": "DDT_Lesnogorsk_CMN2024.xlsx", "backend": "xlsxwriter",
        "name": "МБУ ДО «Дом детского творчества» Лесногорского района", "name_in_cell": True,
        "header_name": "МБУ ДО ДДТ",
        "curator": "Кузнецова Марина Александровна, методист",
        "date": "29.10.2024",
        "data": {"C4": 1180, "C5": 512, "C6": 160, "C7": 32, "C8": 3},
        "v": {
            "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да", "orgs_monitoring_order": "Да",
            "nc:roadmap": "Да", "internal_monitoring_notes": "Да",
            "curators_total": 1, "agreements_edu_orgs": 3, "agreements_enterprises": "-",
            "agreements_other_orgs": 1,
            "agreement_subjects": "Совместная реализация программ наставничества «учитель – ученик» в объединениях дополнительного образования",
            "partner_list": "МБОУ «Лесногорская СОШ № 5»; МАОУ «Гимназия № 2»; МБОУ «Сосновоборская СОШ»; Лесногорская районная организация ветеранов",
            "mentors_total": 18, "mentees_total": 85, "nc:joint_projects": 3,
            "pp_pupil_pupil": 4, "pp_teacher_teacher": 3, "pp_student_student": "-", "pp_head_teacher": 1,
            "pp_student_pupil": "–", "pp_teacher_pupil": 9, "pp_other": "-",
            "external_edu_mentors": 4, "enterprise_mentors": "-", "other_org_mentors": 2,
            "mentees_10_19": "=SUM", "mentees_risk": 6, "mentees_gifted": 18, "mentees_disabled": 5,
            "mentees_low_motivation": "н/п", "mentees_career": 15, "mentees_other_params": 20,
            "mentors_15_19": 4, "nc:pupil_mentor_base": "Да",
            "satisfaction_mentees": "95%", "satisfaction_mentors": 93,
            "young_specialists": 3, "young_specialists_mentees": 3, "teachers_other": 29, "teachers_other_mentees": 1,
            "teachers_in_pp": 8, "kpk_trained": 2,
            "kpk_courses": "«Наставничество в дополнительном образовании детей» (ЦНППМ, 36 ч.)",
            "school_methodical_associations": 1,
            "teachers_mentors": 8, "young_specialists_mentors": 0, "nc:site_publications": 9,
            "pay_acts": 0, "nonmaterial_acts": 1,
        },
        "notes": {"mentees_low_motivation": "не применимо: в ДО нет отметочной успеваемости",
                  "pp_student_student": "не реализуется", "mentees_10_19": "сумма строк 5.2.1–5.2.6"},
        "links": {
            "orgs_regulation_teachers": (SITED + "10/prikaz-87-nastavnichestvo.pdf", "Приказ № 87"),
            "orgs_regulation_students": (SITED + "10/prikaz-87-nastavnichestvo.pdf", "Приказ № 87"),
            "orgs_monitoring_order": (SITED + "10/prikaz-102-monitoring.pdf", "Приказ № 102"),
            "internal_monitoring_notes": (SITED + "10/spravka-monitoring.pdf", "Справка"),
            "agreements_edu_orgs": (SITED + "09/soglasheniya-ou.pdf", "Соглашения с ОУ"),
            "mentors_total": (SITED + "09/prikaz-75-nastavniki.pdf", "Приказ № 75"),
            "nonmaterial_acts": (SITED + "03/polozhenie-o-pooshchrenii.pdf", None),
        },
        "comments_d": {"mentors_total": "План на 2025 г. – 24 наставника"},
        "collapsed": False, "validation": "name", "active": "Инструкция",
    },
]

HEADINGS = [x["title"] for x in ROWS if x["type"] == "H"]
NOT_CRITERIA = [plain(x["title"]) for x in ROWS if x["type"] == "R" and x["key"].startswith("nc:")]
LABEL_COMMENTS = {
    "mentors_total": "Учитываются все наставники, закреплённые приказом ОО: педагоги, обучающиеся, внешние наставники.",
    "satisfaction_mentees": "Доля опрошенных, оценивших программу на «4» и «5», в процентах.",
    "teachers_municipal": "Рассчитывается автоматически: стр. 8.1 + стр. 8.4.",
    "pp_total": "Итог считается автоматически; строки 3.1–3.7 раскрываются кнопкой «+» слева.",
}
DASHES = {"-", "–", "н/п"}

# ---------------------------------------------------------------- compute one form


def num_of(v):
    """numeric value as a spreadsheet would see it (None for text / dashes)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v
    return None


def old_value(key, v):
    """last year's value (decoy on the hidden sheet)."""
    if isinstance(v, str):
        if v in ("Да", "Нет"):
            return "Нет" if key in ("orgs_monitoring_order", "internal_monitoring_notes", "nc:pupil_mentor_base") else "Да"
        if v in DASHES or v.startswith("="):
            return v if v in DASHES else None
        if re.fullmatch(r"\d+%?", v):
            return int(int(v.rstrip("%")) * 0.9)
        return v.split(";")[0].strip()
    if isinstance(v, float):
        return round(v - 0.03, 2)
    return max(0, int(v * 0.8) - (1 if v > 5 else 0))


def build(org):
    vals = dict(org["v"])
    data = org["data"]
    # D-column cells: key -> dict(value|formula, cached, style)
    cells = {}
    numeric = {}
    for x in ROWS:
        if x["type"] != "R":
            continue
        k, kind = x["key"], x["kind"]
        if kind in ("yn", "int", "text", "pct"):
            if k not in vals:
                continue
            v = vals[k]
            if v == "=SUM":
                continue  # handled below
            cells[k] = {"value": v}
            numeric[k] = num_of(v)
    # formulas
    for x in ROWS:
        if x["type"] != "R":
            continue
        k, kind = x["key"], x["kind"]
        if kind == "sum" or vals.get(k) == "=SUM":
            grp = [g for g in GROUPS if g[0] == x["row"]][0]
            parts = [y["key"] for y in ROWS if y["type"] == "R" and grp[1] <= y["row"] <= grp[2]]
            s = sum(numeric.get(p) or 0 for p in parts)
            cells[k] = {"formula": f"=SUM(D{grp[1]}:D{grp[2]})", "cached": s}
            numeric[k] = s
        elif kind.startswith("ref:"):
            ref = kind[4:]
            cells[k] = {"formula": f"={DATA}!{ref}", "cached": data[ref]}
            numeric[k] = data[ref]
        elif kind.startswith("tsum:"):
            a, b = kind[5:].split("+")
            s = numeric[a] + numeric[b]
            cells[k] = {"formula": f"=D{ROW_OF[a]}+D{ROW_OF[b]}", "cached": s}
            numeric[k] = s
    for x in ROWS:
        if x["type"] != "R":
            continue
        k, kind = x["key"], x["kind"]
        if kind.startswith("ratio:"):
            a, b = kind[6:].split("/")
            cells[k] = {"formula": f"=D{ROW_OF[a]}/D{ROW_OF[b]}", "cached": numeric[a] / numeric[b], "pct": True}
            numeric[k] = numeric[a] / numeric[b]
        elif kind.startswith("ratio2:"):
            num, den = kind[7:].split("/")
            a, b = num.split("+")
            c, d = den.split("+")
            val = (numeric[a] + numeric[b]) / (numeric[c] + numeric[d])
            cells[k] = {"formula": f"=(D{ROW_OF[a]}+D{ROW_OF[b]})/(D{ROW_OF[c]}+D{ROW_OF[d]})",
                        "cached": val, "pct": True}
            numeric[k] = val
    # expected values (per cent for shares)
    expected = {}
    for x in ROWS:
        if x["type"] != "R" or x["key"].startswith("nc:"):
            continue
        k = x["key"]
        if k not in cells:
            continue
        c = cells[k]
        if "formula" in c:
            v = c["cached"]
            if c.get("pct"):
                v = round(v * 100, 4)
        else:
            v = c["value"]
            if isinstance(v, str):
                if v in DASHES:
                    continue
                if v in ("Да", "Нет"):
                    v = 1 if v == "Да" else 0
                elif x["kind"] in ("int", "pct") and re.fullmatch(r"\d+%?", v):
                    v = int(v.rstrip("%"))
            elif x["kind"] == "pct" and isinstance(v, float) and v <= 1:
                v = round(v * 100, 4)
        if isinstance(v, float) and v == int(v):
            v = int(v)
        expected[k] = v
    # consistency checks
    n = numeric
    assert n["mentees_10_19"] <= n["students_10_19"] and n["mentors_15_19"] <= n["students_15_19"]
    assert n["students_15_19"] <= n["students_10_19"]
    assert n["young_specialists_mentees"] <= n["young_specialists"]
    assert n["teachers_other_mentees"] <= n["teachers_other"]
    assert n["teachers_mentors"] <= n["teachers_municipal"]
    assert n["young_specialists_mentors"] <= n["young_specialists"]
    assert n["mentors_15_19"] + n["teachers_mentors"] <= n["mentors_total"]
    assert n["mentees_10_19"] + n["young_specialists_mentees"] + n["teachers_other_mentees"] <= n["mentees_total"]
    assert sum(n.get(k) or 0 for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                                        "mentees_career", "mentees_other_params")) <= n["mentees_10_19"]
    assert data["C7"] == n["teachers_municipal"] and data["C8"] == n["young_specialists"]
    assert n["teachers_in_pp"] <= n["teachers_municipal"]
    assert int(vals["kpk_trained"]) <= n["teachers_municipal"]
    for k in ("share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees",
              "share_teachers_mentees", "share_teachers_mentors", "share_young_specialists_mentors"):
        assert abs(round(n[k] * 100, 2) - n[k] * 100) < 1e-9, (org["id"], k, n[k])  # exact shares
    # last-year sheet (literal values) and hidden helper columns G/H of the form
    old = {}
    for x in ROWS:
        if x["type"] == "R" and x["key"] in vals and x["kind"] in ("yn", "int", "text", "pct"):
            ov = old_value(x["key"], vals[x["key"]])
            if ov is not None:
                old[x["key"]] = ov
    on = {k: v for k, v in old.items() if isinstance(v, (int, float))}
    for x in ROWS:
        if x["type"] != "R":
            continue
        k, kind = x["key"], x["kind"]
        if kind == "sum" or vals.get(k) == "=SUM":
            grp = [g for g in GROUPS if g[0] == x["row"]][0]
            old[k] = sum(on.get(y["key"], 0) for y in ROWS if y["type"] == "R" and grp[1] <= y["row"] <= grp[2])
            on[k] = old[k]
        elif kind.startswith("ref:"):
            old[k] = int(data[kind[4:]] * 0.97)
            on[k] = old[k]
    on["teachers_municipal"] = old["teachers_municipal"] = on["young_specialists"] + on["teachers_other"]
    for x in ROWS:
        if x["type"] == "R" and x["kind"].startswith("ratio"):
            k = x["key"]
            if x["kind"].startswith("ratio:"):
                a, b = x["kind"][6:].split("/")
                old[k] = round(on[a] / on[b], 4) if on[b] else 0
            else:
                num, den = x["kind"][7:].split("/")
                a, b = num.split("+")
                c, d = den.split("+")
                old[k] = round((on[a] + on[b]) / (on[c] + on[d]), 4)
    # a comment that quotes last year's number must agree with the hidden sheet (and differ from the value)
    for k, txt in org["comments_d"].items():
        if "2023" in txt:
            assert str(old[k]) in txt and str(expected[k]) not in txt, (k, old[k], txt)
    return cells, expected, old, numeric


def check_sheet(cells, numeric):
    """Проверка: list of (label, B formula, B cached, C formula, C cached, D formula, D cached)."""
    R = ROW_OF
    g_pp = [g for g in GROUPS if g[0] == R["pp_total"]][0]
    g_m = [g for g in GROUPS if g[0] == R["mentees_10_19"]][0]
    nz = lambda k: numeric.get(k) or 0
    pp_parts = sum(nz(y["key"]) for y in ROWS if y["type"] == "R" and g_pp[1] <= y["row"] <= g_pp[2])
    m_parts = sum(nz(y["key"]) for y in ROWS if y["type"] == "R" and g_m[1] <= y["row"] <= g_m[2])
    F = f"'{FORM}'!"
    lines = [
        ("ППН: сумма строк 3.1–3.7 = строка 3", f"=SUM({F}D{g_pp[1]}:D{g_pp[2]})", pp_parts, f"={F}D{R['pp_total']}", nz("pp_total")),
        ("Категории 5.2.1–5.2.6 (справочно) и строка 5.2", f"=SUM({F}D{g_m[1]}:D{g_m[2]})", m_parts, f"={F}D{R['mentees_10_19']}", nz("mentees_10_19")),
        ("Наставляемые 10–19 лет ≤ обучающихся 10–19 лет", f"={F}D{R['mentees_10_19']}", nz("mentees_10_19"), f"={F}D{R['students_10_19']}", nz("students_10_19")),
        ("Наставники 15–19 лет ≤ наставников всего", f"={F}D{R['mentors_15_19']}", nz("mentors_15_19"), f"={F}D{R['mentors_total']}", nz("mentors_total")),
        ("Молодые специалисты-наставляемые ≤ молодых специалистов", f"={F}D{R['young_specialists_mentees']}", nz("young_specialists_mentees"), f"={F}D{R['young_specialists']}", nz("young_specialists")),
        ("Педагоги-наставники ≤ педагогов всего", f"={F}D{R['teachers_mentors']}", nz("teachers_mentors"), f"={F}D{R['teachers_municipal']}", nz("teachers_municipal")),
    ]
    out = []
    for i, (lab, bf, bv, cf, cv) in enumerate(lines):
        row = 4 + i
        op = "=" if i < 2 else "<="
        ok = (bv == cv) if op == "=" else (bv <= cv)
        if i == 1:
            ok = bv <= cv  # categories may overlap in general; here only informative
            op = "<="
        out.append((lab, bf, bv, cf, cv, f'=IF(B{row}{op}C{row},"ОК","ОШИБКА")', "ОК" if ok else "ОШИБКА"))
    # control sum / count of the value column
    total = sum(v for k, v in numeric.items() if v is not None and k in cells)
    filled = len(cells)
    out.append(("Контрольная сумма числовых ячеек столбца D", f"=SUM({F}D{FIRST}:D{LAST})", total, None, None, None, None))
    out.append(("Заполнено ячеек столбца D", f"=COUNTA({F}D{FIRST}:D{LAST})", filled, None, None, None, None))
    return out


INSTR = [
    ("b", "Инструкция по заполнению формы мониторинга ЦМН (уровень ОО) за 2024 год"),
    ("n", ""),
    ("n", "1. Заполняются только жёлтые ячейки столбца D листа «Форма ОО». Остальные ячейки защищены."),
    ("n", "2. Показатели «да/нет» выбираются из выпадающего списка (Да / Нет)."),
    ("n", "3. Итоговые строки и доли (%) рассчитываются автоматически – не вводите их вручную."),
    ("n", "4. Контингент обучающихся и кадры вносятся на лист «Данные» (по формам ОО-1, ОО-2 на 01.09.2024)."),
    ("n", "5. В столбце E укажите ссылку на подтверждающий документ на официальном сайте ОО."),
    ("n", "6. Строки 3.1–3.7 и 5.2.1–5.2.6 сгруппированы: нажмите «+» слева от номера строки, чтобы их раскрыть."),
    ("n", "7. Форму представить до 01.11.2024 в МКУ «ИМЦ Лесногорского района»."),
    ("n", ""),
    ("b", "Образец заполнения шапки и строки:"),
    ("n", "Наименование ОО: МБОУ «СОШ № 1»"),
    ("n", "2.7  Наставники ОО (по приказу), всего – 25 чел. – https://sch1-lesnogorsk.example.ru/nastavnichestvo"),
    ("n", "5.3  Доля наставляемых – считается автоматически, например 12,5 %"),
]

DATA_ROWS = [
    (4, "1", "Всего обучающихся", "C4"),
    (5, "1.1", "в т.ч. в возрасте 10–19 лет", "C5"),
    (6, "1.2", "в т.ч. в возрасте 15–19 лет", "C6"),
    (7, "2", "Педагогических работников (физ. лиц)", "C7"),
    (8, "2.1", "в т.ч. молодых специалистов", "C8"),
]
COLS = ["№ п/п", "Показатель (критерий)", "Ед. изм.", "Значение за 2024 г.",
        "Ссылка на подтверждающий документ", "Примечание", "2023 (справочно)", "Изменение"]
WIDTHS = [7, 62, 9, 14, 34, 26, 12, 11]
TITLE_RICH = [("b", "Мониторинг реализации региональной целевой модели наставничества "),
              ("r", "за 2024 год")]
SUBTITLE = "Институциональный уровень: форма образовательной организации (ОО)"
SUB2 = "отчётный период – календарный 2024 год; значения – на 01.10.2024, если не указано иное"


def helper_cols(x, cells, old):
    """hidden helper columns G (=last year's value) and H (=change)."""
    k = x["key"]
    r = x["row"]
    if k not in cells or k not in old:
        return None
    g = (f"='{OLD}'!C{r}", old[k])
    dv = cells[k].get("cached", cells[k].get("value"))
    if isinstance(dv, (int, float)) and isinstance(old[k], (int, float)) and not isinstance(dv, bool):
        h = (f'=IF(ISNUMBER(D{r}),D{r}-G{r},"")', round(dv - old[k], 4))
    else:
        h = (f'=IF(ISNUMBER(D{r}),D{r}-G{r},"")', "")
    return g, h


# ---------------------------------------------------------------- xlsxwriter backend


def write_xlsxwriter(org, path, cells, old, numeric):
    wb = xlsxwriter.Workbook(path)
    props = {"title": "Мониторинг ЦМН 2024 (форма ОО)", "author": "МКУ «ИМЦ Лесногорского района»",
             "company": "Управление образования Администрации Лесногорского района",
             "comments": "Шаблон формы, версия 2024.2"}
    if not org["name_in_cell"]:
        props = {"title": f"Мониторинг ЦМН-2024. {org['name']}", "author": "Зубарева Н.В.",
                 "company": org["name"], "comments": "Шаблон формы, версия 2024.2"}
    wb.set_properties(props)
    F = lambda **kw: wb.add_format(kw)
    bd = {"border": 1, "valign": "vcenter"}
    st = {
        "title": F(bold=True, font_size=13, align="center", valign="vcenter", text_wrap=True),
        "sub": F(italic=True, align="center"),
        "lbl": F(bold=True),
        "fld": F(locked=False, bottom=1, bg_color="#FFF2CC"),
        "hdr": F(bold=True, align="center", text_wrap=True, bg_color="#D9D9D9", **bd),
        "colnum": F(italic=True, font_size=8, align="center", **bd),
        "sec": F(bold=True, bg_color="#DDEBF7", **bd),
        "num": F(align="center", **bd),
        "cell": F(text_wrap=True, **bd),
        "cell_ind": F(text_wrap=True, indent=2, **bd),
        "unit": F(align="center", **bd),
        "in": F(locked=False, bg_color="#FFF2CC", align="center", **bd),
        "in_pct": F(locked=False, bg_color="#FFF2CC", align="center", num_format="0%", **bd),
        "in_text": F(locked=False, bg_color="#FFF2CC", text_wrap=True, **bd),
        "calc": F(bg_color="#EDEDED", align="center", **bd),
        "calc_pct": F(bg_color="#EDEDED", align="center", num_format="0.0%", **bd),
        "link": F(locked=False, font_color="blue", underline=1, text_wrap=True, **bd),
        "note": F(locked=False, text_wrap=True, font_size=9, **bd),
        "hid": F(font_color="#808080"),
        "hid_pct": F(font_color="#808080", num_format="0.0%"),
    }
    rich = {"b": F(bold=True), "r": F(bold=True, font_color="red"), "n": None,
            "tb": F(bold=True, font_size=13), "tr": F(bold=True, font_size=13, font_color="red")}

    def rich_args(segs, big=False):
        a = []
        for s, t in segs:
            key = ("t" + s) if big and s in "br" else s
            if rich.get(key) is not None:
                a += [rich[key], t]
            else:
                a.append(t)
        return a

    # --- Инструкция
    wi = wb.add_worksheet("Инструкция")
    wi.set_column(0, 0, 110)
    for i, (s, t) in enumerate(INSTR):
        if t:
            wi.write(i, 0, t, st["lbl"] if s == "b" else None)
    wi.write_comment(12, 0, "Это образец, а не данные вашей ОО.", {"author": "ИМЦ"})
    # --- empty sheet
    wb.add_worksheet("Лист1")
    # --- form
    ws = wb.add_worksheet(FORM)
    for i, w in enumerate(WIDTHS):
        ws.set_column(i, i, w, None, {"hidden": i >= 6})
    ws.merge_range(0, 0, 0, 5, "", st["title"])
    ws.write_rich_string(0, 0, *rich_args(TITLE_RICH, big=True), st["title"])
    ws.set_row(0, 34)
    ws.merge_range(1, 0, 1, 5, SUBTITLE, st["sub"])
    ws.merge_range(2, 0, 2, 5, SUB2, st["sub"])
    heads = [("Наименование ОО:", org["name"] if org["name_in_cell"] else ""),
             ("Муниципальное образование:", MUNI),
             ("Куратор ЦМН в ОО (ФИО, должность):", org["curator"]),
             ("Дата заполнения:", org["date"])]
    for i, (lab, val) in enumerate(heads):
        ws.merge_range(3 + i, 0, 3 + i, 1, lab, st["lbl"])
        ws.merge_range(3 + i, 2, 3 + i, 5, val, st["fld"])
    for c, h in enumerate(COLS):
        ws.write(7, c, h, st["hdr"])
        ws.write(8, c, c + 1, st["colnum"])
    ws.set_row(7, 32)
    for x in ROWS:
        r0 = x["row"] - 1
        if x["type"] == "H":
            ws.merge_range(r0, 0, r0, 5, x["title"], st["sec"])
            continue
        k = x["key"]
        ws.write_string(r0, 0, x["num"], st["num"])
        tf = st["cell_ind"] if x["level"] else st["cell"]
        if isinstance(x["title"], str):
            ws.write_string(r0, 1, x["title"], tf)
        else:
            ws.write_rich_string(r0, 1, *rich_args(x["title"]), tf)
        ws.write_string(r0, 2, x["unit"], st["unit"])
        c = cells.get(k)
        kind = x["kind"]
        if c is None:
            ws.write_blank(r0, 3, None, st["calc"] if kind not in ("yn", "int", "text", "pct") else
                           (st["in_text"] if kind == "text" else st["in"]))
        elif "formula" in c:
            fmt = st["calc_pct"] if c.get("pct") else st["calc"]
            if kind in ("int",):  # a formula typed by the clerk into an input cell
                fmt = st["in"]
            ws.write_formula(r0, 3, c["formula"], fmt, c["cached"])
        else:
            v = c["value"]
            if kind == "text":
                ws.write_string(r0, 3, v, st["in_text"])
            elif isinstance(v, str):
                ws.write_string(r0, 3, v, st["in"])
            elif kind == "pct" and isinstance(v, float) and v <= 1:
                ws.write_number(r0, 3, v, st["in_pct"])
            else:
                ws.write_number(r0, 3, v, st["in"])
        if kind == "yn":
            if org["validation"] == "name":
                ws.data_validation(r0, 3, r0, 3, {"validate": "list", "source": "=СписокДаНет",
                                                  "input_title": "Да / Нет", "input_message": "Выберите из списка"})
            else:
                ws.data_validation(r0, 3, r0, 3, {"validate": "list", "source": ["Да", "Нет"]})
        link = org["links"].get(k)
        if link and k in cells:
            url, disp = link
            if disp is None:
                ws.write_string(r0, 4, url, st["note"])
            else:
                ws.write_url(r0, 4, url, st["link"], disp)
        else:
            ws.write_blank(r0, 4, None, st["link"])
        note = org["notes"].get(k)
        ws.write(r0, 5, note or "", st["note"])
        if k in LABEL_COMMENTS:
            ws.write_comment(r0, 1, LABEL_COMMENTS[k], {"author": "ИМЦ", "x_scale": 2, "y_scale": 1.3})
        if k in org["comments_d"]:
            ws.write_comment(r0, 3, org["comments_d"][k], {"author": org["curator"].split(",")[0], "x_scale": 1.6})
        hc = helper_cols(x, cells, old)
        if hc:
            (gf, gv), (hf, hv) = hc
            ws.write_formula(r0, 6, gf, st["hid_pct"] if x["kind"].startswith("ratio") else st["hid"], gv)
            ws.write_formula(r0, 7, hf, st["hid"], hv)
        # outline
        if x["level"]:
            ws.set_row(r0, None, None, {"level": 1, "hidden": org["collapsed"]})
    if org["collapsed"]:
        for g in GROUPS:
            ws.set_row(g[0] - 1, None, None, {"collapsed": True})
    ws.outline_settings(True, False, True, False)  # summary rows above details
    ws.freeze_panes(9, 2)
    ws.protect("cmn2024", {"format_rows": True, "format_columns": False})
    ws.print_area(0, 0, LAST - 1, 5)
    ws.repeat_rows(7, 8)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_header(f"&L&8{org['header_name']}&R&8Мониторинг ЦМН – 2024")
    ws.set_footer("&L&8Форма ОО (шаблон ИМЦ)&CСтр. &P из &N&R&D")
    if org["active"] == FORM:
        ws.activate()
    else:
        wi.activate()
    # --- Данные
    wd = wb.add_worksheet(DATA)
    wd.set_column(0, 0, 6)
    wd.set_column(1, 1, 46)
    wd.set_column(2, 2, 12)
    wd.write(0, 0, "Контингент и кадры (по формам ОО-1, ОО-2) на 01.09.2024", st["lbl"])
    for c, h in enumerate(["№", "Показатель", "Значение"]):
        wd.write(2, c, h, st["hdr"])
    for rr, n, lab, ref in DATA_ROWS:
        wd.write_string(rr - 1, 0, n, st["num"])
        wd.write_string(rr - 1, 1, lab, st["cell"])
        wd.write_number(rr - 1, 2, org["data"][ref], st["in"])
    # --- 2023 (hidden)
    wo = wb.add_worksheet(OLD)
    wo.set_column(1, 1, 60)
    wo.set_column(2, 2, 14)
    wo.write(0, 0, "Значения за 2023 год (из формы прошлого года, для сверки; не изменять)", st["lbl"])
    for x in ROWS:
        if x["type"] == "H":
            wo.write(x["row"] - 1, 1, x["title"], st["lbl"])
            continue
        wo.write_string(x["row"] - 1, 0, x["num"])
        wo.write_string(x["row"] - 1, 1, plain(x["title"]))
        if x["key"] in old:
            v = old[x["key"]]
            if isinstance(v, float) and x["kind"].startswith("ratio"):
                wo.write_number(x["row"] - 1, 2, v, st["hid_pct"])
            else:
                wo.write(x["row"] - 1, 2, v)
    wo.hide()
    # --- Списки (very hidden)
    wl = wb.add_worksheet(LISTS)
    for i, v in enumerate(["Да", "Нет"]):
        wl.write(i, 0, v)
    for i, v in enumerate(["МБОУ", "МАОУ", "МКОУ", "МБУ ДО", "МАУ ДО"]):
        wl.write(i, 1, v)
    for i, v in enumerate(["Лесногорский район", "Сосновоборское сельское поселение", "г. Лесногорск"]):
        wl.write(i, 2, v)
    wl.very_hidden()
    # --- Проверка
    wc = wb.add_worksheet(CHECK)
    wc.set_column(0, 0, 58)
    wc.set_column(1, 3, 12)
    wc.write(0, 0, "Контроль заполнения формы (лист защищён, не редактировать)", st["lbl"])
    for c, h in enumerate(["Проверка", "Значение 1", "Значение 2", "Результат"]):
        wc.write(2, c, h, st["hdr"])
    for i, (lab, bf, bv, cf, cv, df, dv) in enumerate(check_sheet(cells, numeric)):
        rr = 3 + i
        wc.write_string(rr, 0, lab, st["cell"])
        wc.write_formula(rr, 1, bf, st["calc"], bv)
        if cf:
            wc.write_formula(rr, 2, cf, st["calc"], cv)
            wc.write_formula(rr, 3, df, st["calc"], dv)
    wc.protect("cmn2024")
    # --- defined names
    wb.define_name("СписокДаНет", f"={LISTS}!$A$1:$A$2")
    wb.define_name("ОО_Наименование", f"='{FORM}'!$C$4")
    wb.define_name("ППН_Всего", f"='{FORM}'!$D${ROW_OF['pp_total']}")
    wb.define_name("Обуч_10_19", f"={DATA}!$C$5")
    wb.close()


# ---------------------------------------------------------------- openpyxl backend (no cached values)


def write_openpyxl(org, path, cells, old, numeric):
    wb = openpyxl.Workbook()
    wb.properties.title = "Мониторинг ЦМН 2024 (форма ОО)"
    wb.properties.creator = "МКУ «ИМЦ Лесногорского района»"
    wb.properties.description = "Шаблон формы, версия 2024.2"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    yellow = PatternFill("solid", fgColor="FFF2CC")
    grey = PatternFill("solid", fgColor="EDEDED")
    blue = PatternFill("solid", fgColor="DDEBF7")
    unlocked = Protection(locked=False)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center")

    def rt(segs, size=None):
        parts = []
        for s, t in segs:
            if s == "n":
                parts.append(TextBlock(InlineFont(sz=size), t) if size else t)
            else:
                parts.append(TextBlock(InlineFont(b=True, color="FFFF0000" if s == "r" else None, sz=size), t))
        return CellRichText(parts)

    wi = wb.active
    wi.title = "Инструкция"
    wi.column_dimensions["A"].width = 110
    for i, (s, t) in enumerate(INSTR):
        if t:
            wi.cell(i + 1, 1, t).font = Font(bold=(s == "b"))
    wi["A13"].comment = Comment("Это образец, а не данные вашей ОО.", "ИМЦ", width=220, height=60)
    wb.create_sheet("Лист1")
    ws = wb.create_sheet(FORM)
    for i, w in enumerate(WIDTHS):
        cd = ws.column_dimensions[get_column_letter(i + 1)]
        cd.width = w
        if i >= 6:
            cd.hidden = True
    ws["A1"] = rt(TITLE_RICH, size=13)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("A1:F1")
    ws.row_dimensions[1].height = 34
    ws["A2"] = SUBTITLE
    ws["A3"] = SUB2
    for a in ("A2", "A3"):
        ws[a].font = Font(italic=True)
        ws[a].alignment = center
    ws.merge_cells("A2:F2")
    ws.merge_cells("A3:F3")
    heads = [("Наименование ОО:", org["name"]), ("Муниципальное образование:", "МО «Лесногорский район»"),
             ("Куратор ЦМН в ОО (ФИО, должность):", org["curator"]), ("Дата заполнения:", org["date"])]
    for i, (lab, val) in enumerate(heads):
        rr = 4 + i
        ws.cell(rr, 1, lab).font = Font(bold=True)
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
        c = ws.cell(rr, 3, val)
        c.fill = yellow
        c.protection = unlocked
        ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=6)
    for ci, h in enumerate(COLS):
        c = ws.cell(8, ci + 1, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = box
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c2 = ws.cell(9, ci + 1, ci + 1)
        c2.font = Font(italic=True, size=8)
        c2.alignment = center
        c2.border = box
    ws.row_dimensions[8].height = 32
    dv_yn = DataValidation(type="list", formula1='"Да,Нет"', allow_blank=True)
    ws.add_data_validation(dv_yn)
    for x in ROWS:
        rr = x["row"]
        if x["type"] == "H":
            c = ws.cell(rr, 1, x["title"])
            c.font = Font(bold=True)
            c.fill = blue
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=6)
            continue
        k, kind = x["key"], x["kind"]
        ws.cell(rr, 1, x["num"]).alignment = center
        t = ws.cell(rr, 2, x["title"] if isinstance(x["title"], str) else rt(x["title"]))
        t.alignment = Alignment(wrap_text=True, vertical="center", indent=2 if x["level"] else 0)
        ws.cell(rr, 3, x["unit"]).alignment = center
        d = ws.cell(rr, 4)
        c = cells.get(k)
        if c is not None:
            if "formula" in c:
                d.value = c["formula"]
                d.fill = grey
                if c.get("pct"):
                    d.number_format = "0.0%"
            else:
                d.value = c["value"]
                if kind == "pct" and isinstance(c["value"], float) and c["value"] <= 1:
                    d.number_format = "0%"
        if c is None or "formula" not in c:
            d.fill = yellow
            d.protection = unlocked
        d.alignment = wrap if kind == "text" else center
        if kind == "yn":
            dv_yn.add(d.coordinate)
        link = org["links"].get(k)
        e = ws.cell(rr, 5)
        e.protection = unlocked
        if link and k in cells:
            url, disp = link
            if disp is None:
                e.value = url
            else:
                e.value = disp
                e.hyperlink = url
                e.font = Font(color="0000FF", underline="single")
        note = org["notes"].get(k)
        if note:
            ws.cell(rr, 6, note)
        ws.cell(rr, 6).protection = unlocked
        for ci in range(1, 7):
            ws.cell(rr, ci).border = box
        if k in LABEL_COMMENTS:
            t.comment = Comment(LABEL_COMMENTS[k], "ИМЦ", width=260, height=70)
        if k in org["comments_d"]:
            d.comment = Comment(org["comments_d"][k], org["curator"].split(",")[0], width=220, height=60)
        hc = helper_cols(x, cells, old)
        if hc:
            (gf, _), (hf, _) = hc
            ws.cell(rr, 7, gf)
            ws.cell(rr, 8, hf)
    for g in GROUPS:
        ws.row_dimensions.group(g[1], g[2], outline_level=1, hidden=org["collapsed"])
        if org["collapsed"]:
            ws.row_dimensions[g[0]].collapsed = True  # not strictly needed; marks the summary row
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.freeze_panes = "C10"
    ws.protection.sheet = True
    ws.protection.password = "cmn2024"
    ws.protection.formatRows = False
    ws.print_area = f"A1:F{LAST}"
    ws.print_title_rows = "8:9"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.oddHeader.left.text = org["header_name"]
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = "Мониторинг ЦМН – 2024"
    ws.oddFooter.center.text = "Стр. &P из &N"
    wb.active = wb.sheetnames.index(FORM)
    wi.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    wd = wb.create_sheet(DATA)
    wd["A1"] = "Контингент и кадры (по формам ОО-1, ОО-2) на 01.09.2024"
    wd["A1"].font = Font(bold=True)
    for ci, h in enumerate(["№", "Показатель", "Значение"]):
        wd.cell(3, ci + 1, h).font = Font(bold=True)
    for rr, n, lab, ref in DATA_ROWS:
        wd.cell(rr, 1, n)
        wd.cell(rr, 2, lab)
        wd.cell(rr, 3, org["data"][ref])
    wd.column_dimensions["B"].width = 46
    wo = wb.create_sheet(OLD)
    wo["A1"] = "Значения за 2023 год (из формы прошлого года, для сверки; не изменять)"
    for x in ROWS:
        if x["type"] == "H":
            wo.cell(x["row"], 2, x["title"])
            continue
        wo.cell(x["row"], 1, x["num"])
        wo.cell(x["row"], 2, plain(x["title"]))
        if x["key"] in old:
            c = wo.cell(x["row"], 3, old[x["key"]])
            if x["kind"].startswith("ratio"):
                c.number_format = "0.0%"
    wo.sheet_state = "hidden"
    wl = wb.create_sheet(LISTS)
    for i, v in enumerate(["Да", "Нет"]):
        wl.cell(i + 1, 1, v)
    for i, v in enumerate(["МБОУ", "МАОУ", "МКОУ", "МБУ ДО", "МАУ ДО"]):
        wl.cell(i + 1, 2, v)
    wl.sheet_state = "veryHidden"
    wc = wb.create_sheet(CHECK)
    wc["A1"] = "Контроль заполнения формы (лист защищён, не редактировать)"
    for ci, h in enumerate(["Проверка", "Значение 1", "Значение 2", "Результат"]):
        wc.cell(3, ci + 1, h).font = Font(bold=True)
    for i, (lab, bf, bv, cf, cv, df, dv) in enumerate(check_sheet(cells, numeric)):
        rr = 4 + i
        wc.cell(rr, 1, lab)
        wc.cell(rr, 2, bf)
        if cf:
            wc.cell(rr, 3, cf)
            wc.cell(rr, 4, df)
    wc.column_dimensions["A"].width = 58
    wc.protection.sheet = True
    wb.defined_names["СписокДаНет"] = DefinedName("СписокДаНет", attr_text=f"{LISTS}!$A$1:$A$2")
    wb.defined_names["ОО_Наименование"] = DefinedName("ОО_Наименование", attr_text=f"'{FORM}'!$C$4")
    wb.defined_names["ППН_Всего"] = DefinedName("ППН_Всего", attr_text=f"'{FORM}'!$D${ROW_OF['pp_total']}")
    wb.defined_names["Обуч_10_19"] = DefinedName("Обуч_10_19", attr_text=f"{DATA}!$C$5")
    wb.save(path)


# ---------------------------------------------------------------- LibreOffice re-save


def libreoffice_resave(src, dst):
    prof = tempfile.mkdtemp(prefix="lo_h25_")
    out = tempfile.mkdtemp(prefix="lo_h25_out_")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
           "xlsx:Calc MS Excel 2007 XML", "--outdir", out, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = os.path.join(out, os.path.basename(src))
    assert os.path.exists(produced), "LibreOffice produced nothing"
    shutil.move(produced, dst)
    shutil.rmtree(prof, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)


# ---------------------------------------------------------------- main


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    expected, cellmap = [], []
    for org in ORGS:
        cells, exp, old, numeric = build(org)
        path = os.path.join(TYPED, org["file"])
        if org["backend"] == "openpyxl":
            write_openpyxl(org, path, cells, old, numeric)
        elif org["backend"] == "xlsxwriter":
            write_xlsxwriter(org, path, cells, old, numeric)
        else:
            tmpd = tempfile.mkdtemp(prefix="h25_")
            tmp = os.path.join(tmpd, org["file"])
            write_xlsxwriter(org, tmp, cells, old, numeric)
            libreoffice_resave(tmp, path)
            shutil.rmtree(tmpd, ignore_errors=True)
        nocache = org["backend"] == "openpyxl"
        values, omitted = {}, {}
        for k, v in exp.items():
            if nocache and "formula" in cells[k]:
                omitted[k] = {"cell": f"D{ROW_OF[k]}", "formula": cells[k]["formula"], "would_be": v}
                continue
            values[k] = v
        links = {k: u for k, (u, d) in org["links"].items() if k in values}
        kinds = {}
        for x in ROWS:
            if x["type"] == "R" and x["key"] in values:
                kinds[x["key"]] = {"cell": f"D{ROW_OF[x['key']]}", "kind": x["kind"].split(":")[0]}
        expected.append({
            "file": f"typed/{org['file']}", "year": YEAR, "organisation": org["name"],
            "values": values, "links": links,
            "not_criteria": NOT_CRITERIA, "headings": HEADINGS,
        })
        cellmap.append({
            "file": f"typed/{org['file']}", "sheet": FORM, "backend": org["backend"],
            "organisation": org["name"], "name_in_cell": org["name_in_cell"], "name_cell": "C4",
            "header_name": org["header_name"],
            "values": kinds,
            "links": {k: {"cell": f"E{ROW_OF[k]}", "hyperlink": org["links"][k][1] is not None} for k in links},
            "omitted_formulas": omitted,
            "rows": {x["key"]: x["row"] for x in ROWS if x["type"] == "R"},
            "groups": GROUPS, "collapsed": org["collapsed"],
        })
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cellmap, f, ensure_ascii=False, indent=1)
    total = sum(len(e["values"]) for e in expected)
    print(f"{len(expected)} forms, {total} values, {sum(len(e['links']) for e in expected)} links")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links")


if __name__ == "__main__":
    main()
