#!/usr/bin/env python3
"""Held-out set 22: 2024 monitoring forms of the mentoring model (ЦМН) typed BY HAND in Excel
by school clerks of the invented «Каменский муниципальный округ» (Udmurtia).

Seven organisations, one workbook each.  Every clerk started from the municipal template and rewrote it:
typos, Latin letters inside Cyrillic words, CAPS LOCK, abbreviations, values with words or signs,
values in the wrong column, added / swapped / deleted rows, hand-typed totals that do not add up.

Writes typed/*.xlsx, expected.json and cells.json (cell of every expected value and link, and the
rule by which the typed content reads as the expected value; used by selfcheck.py).
Deterministic: no randomness.
"""
import csv
import datetime as dt
import json
import os
import re

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"


def lat(s):
    """'[x]' -> the LATIN letter x typed inside a Cyrillic word (only ASCII letters are bracketed)."""
    return re.sub(r"\[([A-Za-z])\]", lambda m: m.group(1), s)


# ----------------------------------------------------------------------------------------------------------
# Row helpers
#   R(num, title, crit, raw, exp, ...) : a criterion row.  raw = what the clerk typed in the value column.
#     exp = expected value (None -> the criterion is absent from expected: empty / ambiguous).
#     rule = how raw reads as exp (num, pct_fmt, lead_num, yes, no, dash, pct_str, frac_pct, text);
#            derived automatically when not given.
#     link = (url, display) ; display None -> plain URL text typed in the link column;
#            display "" -> the text typed in the link column carries the URL inside other words.
#     where = 'value' (normal) | 'note' (value typed in the notes column, value cell empty)
#             | 'swap' (number typed in the link column, URL typed in the value column)
#     v23 = value of the 2023 column (form G only)
#   N(num, title, raw) : a row the school added that is no catalogue criterion.
#   H(text) : a section heading row.
# ----------------------------------------------------------------------------------------------------------

def R(num, title, crit, raw, exp="AUTO", rule=None, link=None, note=None, where="value", v23=None,
      fmt=None, why=None):
    return dict(kind="R", num=num, title=lat(title), crit=crit, raw=raw, exp=exp, rule=rule, link=link,
                note=note, where=where, v23=v23, fmt=fmt, why=why)


def N(num, title, raw, note=None, link=None, v23=None):
    return dict(kind="N", num=num, title=lat(title), raw=raw, note=note, link=link, v23=v23)


def H(text):
    return dict(kind="H", title=lat(text))


YES_WORDS = ("да", "есть", "имеется", "в наличии")
DASHES = ("-", "—", "–")


def derive(raw, fmt):
    """Rule and reading of a typed cell (the reading a careful methodologist makes)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if fmt and "%" in fmt:
            return "pct_fmt", round(raw * 100, 6)
        return "num", raw
    s = str(raw).strip()
    low = s.lower()
    if s in DASHES:
        return "dash", 0
    if low.startswith("нет") or low.startswith("отсутств"):
        return "no", 0
    if any(low.startswith(w) for w in YES_WORDS):
        return "yes", 1
    m = re.match(r"^(\d+(?:[.,]\d+)?)\s*%$", s)
    if m:
        return "pct_str", float(m.group(1).replace(",", "."))
    m = re.match(r"^(\d+(?:[.,]\d+)?)", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return "lead_num", int(x) if x.is_integer() else x
    raise ValueError("cannot read %r" % raw)


# ----------------------------------------------------------------------------------------------------------
# A. МБОУ «Каменская COШ № 3» (Latin C and O in «COШ» in the title).  Full template, rewritten:
#    typos, CAPS LOCK, line breaks, double spaces, Latin letters, Excel percent cells, hyperlinks «ссылка».
# ----------------------------------------------------------------------------------------------------------
S3 = "https://sosh3-kamensk.gosuslugi.ru/netcat_files/nastavnichestvo/"
A_ROWS = [
    H("1. НОРМАТИВНОЕ ОБЕСПЕЧЕНИЕ"),
    R("1.1", "Наличие приказа об утверждении Положения о системе наставничества пед. работников в ОО",
      "orgs_regulation_teachers", "да", link=(S3 + "prikaz_polozhenie_ped_2024.pdf", "ссылка")),
    R("1.2", "Наличие приказа об утв. положения о наставничестве обучающихя",
      "orgs_regulation_students", "да", link=(S3 + "prikaz_polozhenie_obuch_2024.pdf", "ссылка")),
    R("1.3", "Приказ о мониторинге ЦМН в ОО  (наличие)", "orgs_monitoring_order", "да",
      link=(S3 + "prikaz_monitoring_2024.pdf", "ссылка")),
    N("1.4", "Наличие дорожной карты ОО", "да"),
    H("2. ОРГАНИЗАЦИЯ ПРОЦЕССА РЕАЛИЗАЦИИ ЦМН"),
    R("2.1", "Кол-во кураторов внедрения ЦМН в ОО", "curators_total", 1),
    R("2.2", "КОЛИЧЕСТВО НАСТАВНЕКОВ В ОО\n(ПО ПРИКАЗУ)", "mentors_total", 45,
      link=(S3 + "baza_nastavnikov_2024.pdf", "ссылка")),
    R("2.3", "Колличество наставляемых в ОО (по приказу)", "mentees_total", 126,
      link=(S3 + "baza_nastavlyaemyh_2024.pdf", "ссылка")),
    R("2.4", "Информационная справка по итогам внутреннего мониторинга (есть/нет)",
      "internal_monitoring_notes", "есть", link=(S3 + "spravka_vnutr_monitoring_2024.pdf", "ссылка")),
    H("3. ПЕРСОНАЛИЗИРОВАННЫЕ ПРОГРАММЫ НАСТАВНИЧЕСТВА (ПП)"),
    R("3.1", "Всего ПП (все формы)", "pp_total", 25, link=(S3 + "prikaz_pp_2024.pdf", "ссылка")),
    R("3.2", "ПП «ученик – ученик»", "pp_pupil_pupil", 10),
    R("3.3", "ПП «учитель – учитель» (педагог – педагог)", "pp_teacher_teacher", 9),
    R("3.4", "ПП «студент – студент»", "pp_student_student", "-"),
    R("3.5", "ПП «руководитель – педагог»", "pp_head_teacher", 2),
    R("3.6", "ПП «студент – ученик»", "pp_student_pupil", "-"),
    R("3.7", "ПП «учитель – ученик»", "pp_teacher_pupil", 4),
    R("3.8", "ПП иные формы (указать в примечании)", "pp_other", 0),
    H("4. ОБУЧАЮЩИЕСЯ 10-19 ЛЕТ В РОЛИ НАСТАВЛЯЕМОГО"),
    R("4.1", "Всего обучающихся 10 – 19 лет в ОО", "students_10_19", 610),
    R("4.2", "Обучающиеся 10-19 лет - наставляемые (кол-во)", "mentees_10_19", 95,
      link=(S3 + "baza_nastavlyaemyh_2024.pdf", "ссылка")),
    R("4.3", "Наставляемые 10-19 лет из «группы риска»", "mentees_risk", 12),
    R("4.4", "Наставляемые из числа одарённых детей (реестр)", "mentees_gifted", 7),
    R("4.5", "Наставляемые 10-19 лет с ОВЗ / дети-инвалиды", "mentees_disabled", 9),
    R("4.6", "Нaставляемые с низкой мотивацией и неуспеваемостью", "mentees_low_motivation", 30),
    R("4.7", "Наставляемые, испытывающие трудности с выбором проф. траектории", "mentees_career", 18),
    R("4.8", "Доля наставляемых 10-19 лет от общего кол-ва обучающихся 10-19 лет, %", "share_mentees_10_19", 15.6),
    H("5. ОБУЧАЮЩИЕСЯ 15-19 ЛЕТ В РОЛИ НАСТАВНИКА"),
    R("5.1", "Обучающиеся 15-19 лет, всего", "students_15_19", 140),
    R("5.2", "Наставники из обучающихся 15 - 19 лет (по приказу)", "mentors_15_19", 28,
      link=(S3 + "baza_nastavnikov_2024.pdf", "ссылка")),
    R("5.3", "Доля обучающихся 15-19 лет в роли наставника %", "share_mentors_15_19", 20),
    H("6. УДОВЛЕТВОРЕННОСТЬ УЧАСТИЕМ В ПРОГРАММАХ"),
    R("6.1", "Удовлетворенность наставляемых (завершенные программы)", "satisfaction_mentees", 0.87, fmt="0%"),
    R("6.2", "Удовлетворённость наставников (завершённые программы)", "satisfaction_mentors", 0.91, fmt="0%"),
    H("7. ПЕДАГОГИ И МОЛОДЫЕ СПЕЦИАЛИСТЫ В РОЛИ НАСТАВЛЯЕМОГО"),
    R("7.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего в ОО", "young_specialists", 8),
    R("7.2", "Молодые специалисты – наставляемые", "young_specialists_mentees", 6),
    R("7.3", "Доля молодых спец., вошедших в программы как наставляемые", "share_young_specialists_mentees",
      0.75, fmt="0%"),
    R("7.4", "Педагоги ОО (без учета молодых специалистов), всего", "teachers_other", 46),
    R("7.5", "Педагоги (кроме молодых спец.) – наставляемые", "teachers_other_mentees", 5),
    R("7.6", "Доля педагогов-наставляемых, %", "share_teachers_mentees", 20.4),
    H("8. ПРОФЕССИОНАЛЬНОЕ РАЗВИТИЕ ПЕДАГОГОВ"),
    R("8.1", "Педагоги, участвующие в утве[p]ждённых ПП (всего)", "teachers_in_pp", 20),
    R("8.2", "Обучились на КПК по наставничеству в 2024 г.", "kpk_trained", 2),
    R("8.3", "ШМО наставников  (кол-во)", "school_methodical_associations", 1),
    H("9. ПЕДАГОГИ В РОЛИ НАСТАВНИКА"),
    R("9.1", "Педагоги в роли наставника", "teachers_mentors", 14),
    R("9.2", "Молодые специалисты в роли наставника", "young_specialists_mentors", 1),
    R("9.3", "Доля пед. раб. - наставников, %", "share_teachers_mentors", 25.9),
    H("10. СТИМУЛИРОВАНИЕ НАСТАВНИКОВ"),
    R("10.1", "Локальные акты об оплате работы н-ка (кол-во)", "pay_acts", 1),
    R("10.2", "Локальные акты о нематериальном поощрении наставников", "nonmaterial_acts", 1),
    N("10.3", "Кол-во проведённых мероприятий с участием наставников (конкурсы, встречи)", 6),
]

# ----------------------------------------------------------------------------------------------------------
# B. МАОУ «Гимназия № 2» — «2024-2025 уч. год»; values with words and signs; the 0.5 / 0,1 per-cent traps.
# ----------------------------------------------------------------------------------------------------------
G2 = "https://gimn2-kamensk.gosuslugi.ru/svedeniya/nastavnichestvo/"
B_ROWS = [
    R("1", "Положение о системе наставничества пед. работников утверждено приказом", "orgs_regulation_teachers",
      "Да, утв.", link=(G2 + "prikaz-87-od.pdf", "Приказ № 87-од от 30.08.2024")),
    R("2", "Положение о наставничестве обучающихся (утверждено)", "orgs_regulation_students", "да.",
      link=(G2 + "prikaz-87-od.pdf", "Приказ № 87-од")),
    R("3", "Приказ о проведении мониторинга ЦМН", "orgs_monitoring_order", "Да (приказ от 02.09.2024 № 112)"),
    R("4", "Справка по итогам внутреннего мониторинга ЦМН", "internal_monitoring_notes", "да",
      link=(G2 + "spravka-monitoring-2024.docx", None)),
    R("5", "Кураторы ЦМН (кол-во)", "curators_total", "1 (один)"),
    R("6", "Наставники гимназии по приказу", "mentors_total", "34 (тридцать четыре)",
      link=(G2 + "prikaz-nastavniki-2024.pdf", "Приказ № 95-од")),
    R("7", "Соглашения с образовательными организациями о наставниках", "agreements_edu_orgs", 2),
    R("8", "Соглашения с предприятиями", "agreements_enterprises", "—"),
    R("9", "Соглашения с иными орг-циями", "agreements_other_orgs", 1),
    R("10", "Персонализированные программы – всего", "pp_total", "9"),
    R("11", "ученик–ученик (ПП)", "pp_pupil_pupil", 2),
    R("12", "учитель–учитель (ПП)", "pp_teacher_teacher", 5),
    R("13", "студент–студент (ПП)", "pp_student_student", "-"),
    R("14", "руководитель–педагог (ПП)", "pp_head_teacher", 1),
    R("15", "студент–ученик (ПП)", "pp_student_pupil", "-"),
    R("16", "учитель–ученик (ПП)", "pp_teacher_pupil", 1),
    R("17", "иная форма (ПП)", "pp_other", "нет"),
    R("18", "Наставники из других ОО", "external_edu_mentors", "1 (МБОУ «Каменская СОШ № 3»)"),
    R("19", "Обучающиеся 10-19 лет (всего в гимназии)", "students_10_19", 800),
    R("20", "Обучающиеся 10-19 лет, вошедшие в программы наставничества (наставляемые)", "mentees_10_19",
      "см. приложение 3", exp=None, why="text instead of a number: the count is not given"),
    R("21", "Наставляемые из «группы риска»", "mentees_risk", "—"),
    R("22", "одарённые дети (наставляемые)", "mentees_gifted", 2),
    R("23", "дети с ОВЗ, дети-инвалиды (наставляемые)", "mentees_disabled", "—"),
    R("24", "проблемы выбора профессии (наставляемые)", "mentees_career", 1),
    R("25", "Доля обучающихся 10-19 лет - наставляемых, %", "share_mentees_10_19", "0.5", exp=None,
      why="AMBIGUOUS: 0.5 % (4 of 800) or a fraction 0.5 = 50 % (400 of 800); the count is not given "
          "and both readings fit the other rows"),
    R("26", "Обучающиеся 15-19 лет (всего)", "students_15_19", 210),
    R("27", "Наставники из числа обуч-ся 15-19 лет (по приказу)", "mentors_15_19", 21),
    R("28", "Доля обучающихся 15-19 лет – наставников (%)", "share_mentors_15_19", "0,1", exp=10,
      rule="frac_pct", why="a fraction typed under «%»: 21 of 210 = 10 %, so 0,1 reads as 10 %"),
    R("29", "Удовлетворенность наставляемых, %", "satisfaction_mentees", "90%"),
    R("30", "Удовлетворенность наставников, %", "satisfaction_mentors", "95 %"),
    R("31", "Молодые специалисты\n(до 35 лет, первые 3 года работы) – всего", "young_specialists", 5),
    R("32", "Молодые специалисты - наставляемые", "young_specialists_mentees", 5),
    R("33", "Доля молодых специалистов-наставляемых (%)", "share_young_specialists_mentees", "100%"),
    R("34", "Педагоги без молодых специалистов – всего", "teachers_other", 52),
    R("35", "Педагоги без молодых спец. – наставляемые", "teachers_other_mentees", 3),
    R("36", "Доля педагогов - наставляемых, %", "share_teachers_mentees", 14),
    R("37", "Обучено на КПК (наставничество)", "kpk_trained", "3 чел."),
    R("38", "Курсы (наименование)", "kpk_courses",
      "«Реализация системы наставничества педагогических работников в образовательной организации», "
      "ФГАОУ ВО «Государственный университет просвещения», 36 ч., 2024 г.", rule="text"),
    R("39", "Методические объединения наставников в гимназии", "school_methodical_associations",
      "1 (ШМО наставников)"),
    R("40", "Педагоги-наставники", "teachers_mentors", "12 (двенадцать)"),
    R("41", "Молодые специалисты-наставники", "young_specialists_mentors", "-"),
    R("42", "Доля педагогов-наставников, %", "share_teachers_mentors", "21,05"),
    R("43", "Акты о нематериальном поощрении наставников", "nonmaterial_acts",
      "1 (Положение о нематериальном стимулировании)"),
]

# ----------------------------------------------------------------------------------------------------------
# C. МБОУ Ключевская средняя общеобразовательная школа — the year is nowhere; seed-001 layout with the
#    direction in a merged first column; rows 2.2 / 2.3 swapped; row 5.3 (gifted) deleted; Latin letters.
# ----------------------------------------------------------------------------------------------------------
KL = "https://kluchi-school.gosuslugi.ru/ofitsialno/dokumenty/"
C_GROUPS = [
    ("Нормативное обеспечение реализации ЦМН", [
        R("1.1", "Наличие приказа об утверждении положения о наставничестве педагогичe[c]ких работников",
          "orgs_regulation_teachers", "Да", link=(KL + "dokumenty-all-41_112.html", None)),
        R("1.2", "Наличие приказа об утверждении положения о наставничестве обучающихся",
          "orgs_regulation_students", "Да", link=(KL + "dokumenty-all-41_113.html", None)),
        R("1.3", "Наличие приказа о мониторинге ЦМН", "orgs_monitoring_order", "Да",
          link=(KL + "dokumenty-all-41_120.html", None)),
    ]),
    ("Организация процесса реализации ЦМН", [
        R("2.1", "Кураторы ЦМН в [O][O] (количество)", "curators_total", 1),
        R("2.3", "К[o]личество наставляемых (по приказу)", "mentees_total", 32,
          link=(KL + "prikaz-45-nastavlyaemye.pdf", "")),
        R("2.2", "К[o]личество наставников (по приказу)", "mentors_total", 11,
          link=(KL + "prikaz-44-nastavniki.pdf", None)),
        R("2.4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "Нет"),
    ]),
    ("Персонализированные программы наставничества", [
        R("3.1", "Количество ПП наставничества, всего", "pp_total", 8),
        R("3.2", "ПП ученик-ученик", "pp_pupil_pupil", 3),
        R("3.3", "ПП учитель-учитель", "pp_teacher_teacher", 3),
        R("3.4", "ПП руководитель-педагог", "pp_head_teacher", 0),
        R("3.5", "ПП учитель-ученик", "pp_teacher_pupil", 2),
        R("3.6", "ПП по иной форме", "pp_other", 0),
    ]),
    ("Включение предприятий (организаций) в программы наставничества", [
        R("4.1", "Наставники из других ОО (по приказу)", "external_edu_mentors", 0),
        R("4.2", "Нaставники из иных организаций", "other_org_mentors", "-"),
    ]),
    ("Охват детей в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", [
        R("5.1", "Общее кол-во обучающихся 10-19 лет", "students_10_19", 96),
        R("5.2", "Кол-во обучающихся 10-19 лет - наставляемых", "mentees_10_19", 24,
          link=(KL + "prikaz-45-nastavlyaemye.pdf", None)),
        R("5.4", "Кол-во обучающихся «группы риска» - наставляемых", "mentees_risk", 4),
        R("5.5", "Кол-во детей с ОВЗ и детей-инвалидов - наставляемых", "mentees_disabled", 2),
        R("5.6", "Кол-во обучающихся с низкой мотивацией - наставляемых", "mentees_low_motivation", 6),
        R("5.7", "Кол-во обучающихся с проблемами выбора профессии - наставляемых", "mentees_career", 8),
        R("5.8", "Кол-во наставляемых по иным параметрам", "mentees_other_params", 4),
        R("5.9", "Доля наставляемых 10-19 лет (%)", "share_mentees_10_19", 25),
    ]),
    ("Охват детей в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", [
        R("6.1", "Кол-во обучающихся 15-19 лет", "students_15_19", 18),
        R("6.2", "Нaставники из числа обучающихся 15-19 лет (по приказу)", "mentors_15_19", 6),
        R("6.3", "Доля обучающихся 15-19 лет - наставников (%)", "share_mentors_15_19", 33.3),
    ]),
    ("Уровень удовлетворенности участием в программах наставничества", [
        R("7.1", "Уровень удовлетвор[e]нности наставляемых", "satisfaction_mentees", 80),
        R("7.2", "Уровень удовлетворенн[o]сти наставников", "satisfaction_mentors", 85),
    ]),
    ("Включение педагогов и молодых специалистов в программы наставничества в роли наставляемого", [
        R("8.1", "Молодые специалисты в ОО", "young_specialists", 2),
        R("8.2", "Молодые специалисты - наставляемые", "young_specialists_mentees", 2),
        R("8.3", "Педагоги (кроме молодых специалистов)", "teachers_other", 17),
        R("8.4", "Педагоги - наставляемые (кроме молодых специалистов)", "teachers_other_mentees", 1),
    ]),
    ("Обеспечение непрерывного профессионального развития педагогических работников", [
        R("9.1", "КПК по наставничеству (кол-во педагогов)", "kpk_trained", 0),
        R("9.2", "ШМО наставников", "school_methodical_associations", "нет"),
    ]),
    ("Включение педагогов в программы наставничества в роли наставника", [
        R("10.1", "Педагоги - наставники", "teachers_mentors", 5),
        R("10.2", "Молодые специалисты - наставники", "young_specialists_mentors", 0),
    ]),
    ("Стимулирование наставников", [
        R("11.1", "Положение о нематериальном стимулировании наставников (кол-во)", "nonmaterial_acts", 1,
          link=(KL + "dokumenty-all-41_131.html", None)),
    ]),
]

# ----------------------------------------------------------------------------------------------------------
# D. МБОУ «Школа-интернат № 1» — heavy abbreviations; «в т.ч.» sub-rows; two hand-typed totals that
#    do not add up (mentors 30 vs 28, ИТОГО ПП 15 vs 13): recorded as typed.
# ----------------------------------------------------------------------------------------------------------
D_ROWS = [
    H("I. Нормативная база"),
    R("1", "Полож. о наставничестве пед. раб. (приказ)", "orgs_regulation_teachers", "да", note=None,
      link=None),
    R("2", "Полож. о наставничестве обуч-ся (приказ)", "orgs_regulation_students", "да"),
    R("3", "Приказ о мониторинге ЦМН в ОО", "orgs_monitoring_order", "да"),
    R("4", "Справка ОО по внутр. мониторингу", "internal_monitoring_notes", "да"),
    H("II. Наставники и наставляемые"),
    R("5", "Кол-во кураторов ЦМН", "curators_total", 2),
    R("6", "Кол-во н-ков всего (по приказу)", "mentors_total", 30,
      link=("https://internat1-kamensk.gosuslugi.ru/nastavnichestvo/prikaz_nastavniki_2024.pdf", None),
      why="hand-typed total: the «из них» rows sum to 15+9+2+1+1 = 28; recorded as typed"),
    R("6.1", "   - из них пед. раб. ОО", "teachers_mentors", 15),
    R("6.2", "   - из них обуч-ся 15-19 лет", "mentors_15_19", 9),
    R("6.3", "   - из них н-ки из др. ОО", "external_edu_mentors", 2),
    R("6.4", "   - из них н-ки от предприятий", "enterprise_mentors", 1),
    R("6.5", "   - из них н-ки из иных орг-ций", "other_org_mentors", 1),
    R("7", "Кол-во наставляемых всего (по приказу)", "mentees_total", 66),
    R("8", "Партнёры по наставничеству (наименования)", "partner_list",
      "ООО «Каменский хлебозавод»; МБУ «Молодёжный центр «Импульс»»; МБОУ ДО ЦДТ «Радуга»", rule="text"),
    H("III. ПП"),
    R("9", "ПП ученик-ученик", "pp_pupil_pupil", 5),
    R("10", "ПП учитель-учитель", "pp_teacher_teacher", 4),
    R("11", "ПП руководитель-педагог", "pp_head_teacher", 1),
    R("12", "ПП учитель-ученик", "pp_teacher_pupil", 3),
    R("13", "ПП иные формы", "pp_other", 0),
    R("14", "ИТОГО ПП", "pp_total", 15, why="hand-typed total: parts 5+4+1+3+0 = 13; recorded as typed"),
    H("IV. Обуч-ся"),
    R("15", "Кол-во обуч-ся 10-19 лет", "students_10_19", 180),
    R("16", "Обуч-ся 10-19 лет - наставляемые", "mentees_10_19", 60),
    R("17", "  в т.ч. «группа риска»", "mentees_risk", 14),
    R("18", "  в т.ч. дети с ОВЗ, дети-инв.", "mentees_disabled", 12),
    R("19", "  в т.ч. одарённые (реестр)", "mentees_gifted", 1),
    R("20", "  в т.ч. низкая мотивация/неуспев.", "mentees_low_motivation", 18),
    R("21", "  в т.ч. выбор образов. траектории и профессии", "mentees_career", 10),
    R("22", "  в т.ч. по иным параметрам", "mentees_other_params", 5),
    R("23", "Доля обуч-ся 10-19 лет - наставляемых, %", "share_mentees_10_19", 33.3),
    R("24", "Кол-во обуч-ся 15-19 лет", "students_15_19", 45),
    R("25", "Доля обуч-ся 15-19 лет - н-ков, %", "share_mentors_15_19", 20),
    H("V. Удовлетворенность"),
    R("26", "Удовл-ть наставляемых, %", "satisfaction_mentees", 88),
    R("27", "Удовл-ть н-ков, %", "satisfaction_mentors", 84),
    H("VI. Пед. раб."),
    R("28", "Молодые спец-ты (до 35 лет, стаж до 3 лет)", "young_specialists", 4),
    R("29", "Молодые спец-ты - наставляемые", "young_specialists_mentees", 4),
    R("30", "Пед. раб. (без молодых спец-тов)", "teachers_other", 31),
    R("31", "Пед. раб. (без мол. спец.) - наставляемые", "teachers_other_mentees", 2),
    R("32", "Доля мол. спец. - наставляемых, %", "share_young_specialists_mentees", 100),
    R("33", "Пед. раб. в ПП (всего)", "teachers_in_pp", 10),
    R("34", "Прошли КПК по наставничеству", "kpk_trained", 1),
    R("35", "ШМО н-ков", "school_methodical_associations", 1),
    R("37", "Доля пед. раб. - н-ков, %", "share_teachers_mentors", 42.9),
    R("39", "Положение о нематериальном поощрении н-ков", "nonmaterial_acts", 1),
]

# ----------------------------------------------------------------------------------------------------------
# E. МБУ ДО «Центр детского творчества «Радуга»» (file still says «ДДТ») — values in the notes column,
#    a number / URL swapped between value and link columns, added rows, a decoy number in a note.
# ----------------------------------------------------------------------------------------------------------
RD = "https://raduga-kamensk.gosuslugi.ru/nastavnichestvo/"
E_ROWS = [
    R("1", "Положение о наставничестве педагогов (приказ об утверждении)", "orgs_regulation_teachers", "да",
      link=(RD + "prikaz_13_polozhenie_pedagogi.pdf", "приказ № 13")),
    R("2", "Положение о наставничестве обучающихся (приказ об утверждении)", "orgs_regulation_students", "да",
      link=(RD + "prikaz_14_polozhenie_obuch.pdf", "приказ № 14")),
    R("3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "да"),
    R("4", "Кураторы (кол-во)", "curators_total", 1),
    R("5", "Наставники в базе учреждения (по приказу)", "mentors_total", 17, where="swap",
      link=(RD + "baza_nastavnikov_2024.pdf", None),
      why="the clerk typed the URL in the value column and 17 in the link column"),
    R("6", "Наставляемые в базе учреждения (по приказу)", "mentees_total", 48,
      note="в т.ч. 8 детей младше 10 лет"),
    N("7", "Кол-во объединений ДО, в которых реализуются программы наставничества", 7),
    R("8", "Справка по внутреннему мониторингу", "internal_monitoring_notes", "нет",
      note="будет размещена в декабре"),
    R("9", "ПП всего", "pp_total", 6),
    R("10", "ПП ученик-ученик", "pp_pupil_pupil", 1),
    R("11", "ПП педагог-педагог", "pp_teacher_teacher", 3),
    R("12", "ПП педагог-обучающийся", "pp_teacher_pupil", 2),
    R("13", "Наставники из иных организаций (социальные партнёры)", "other_org_mentors", 3),
    R("14", "Обучающиеся 10-19 лет, всего", "students_10_19", 420),
    R("15", "Наставляемые 10-19 лет", "mentees_10_19", 35),
    R("17", "Наставляемые - одарённые дети", "mentees_gifted", 9),
    R("19", "Наставляемые с низкой мотивацией к учебе", "mentees_low_motivation", "-"),
    R("20", "Наставляемые (профориентация, выбор траектории)", "mentees_career", 6),
    R("21", "Наставляемые по иным параметрам", "mentees_other_params", 15),
    R("22", "Доля наставляемых 10-19 лет, %", "share_mentees_10_19", 8.3),
    R("23", "Обучающиеся 15-19 лет", "students_15_19", 90),
    R("24", "Наставники-обучающиеся 15-19 лет", "mentors_15_19", 4),
    R("25", "Доля наставников-обучающихся 15-19 лет, %", "share_mentors_15_19", "4,4"),
    R("26", "Удовлетворенность наставляемых", "satisfaction_mentees", 89),
    R("27", "Удовлетворенность наставников", "satisfaction_mentors", "92", where="note",
      why="typed in the notes column, the value cell is empty"),
    R("28", "Молодые специалисты", "young_specialists", "3 молодых спец.", where="note",
      why="typed in the notes column, the value cell is empty"),
    R("29", "Мол. специалисты - наставляемые", "young_specialists_mentees", 3),
    R("30", "Педагоги доп. образования (кроме молодых специалистов)", "teachers_other", 28),
    R("31", "Педагоги доп. образования (кроме мол. спец.) - наставляемые", "teachers_other_mentees", 2),
    R("32", "КПК по наставничеству (обучено педагогов)", "kpk_trained", "2 чел., РОЦОД, 36 ч.", where="note",
      why="typed in the notes column; 2 teachers (36 is the hours)"),
    R("33", "Педагоги-наставники", "teachers_mentors", 10),
    N("34", "Кол-во победителей и призёров конкурсов среди наставляемых", 5),
]

# ----------------------------------------------------------------------------------------------------------
# F. МБДОУ «Детский сад № 7 «Солнышко»» — answers only the rows it has; dashes for none; «н/п».
# ----------------------------------------------------------------------------------------------------------
F_ROWS = [
    R("1", "Положение о наставничестве педагогических работников (приказ)", "orgs_regulation_teachers", "Да"),
    R("2", "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", "н/п", exp=None,
      why="«н/п» (не предусмотрено): not applicable to a kindergarten — neither yes nor no"),
    R("3", "Приказ о мониторинге ЦМН в ДОУ", "orgs_monitoring_order", "да"),
    R("4", "Кураторы ЦМН", "curators_total", 1),
    R("5", "Наставники (по приказу)", "mentors_total", 4),
    R("6", "Наставляемые (по приказу)", "mentees_total", 4),
    R("7", "ПП - всего", "pp_total", 4),
    R("8", "ПП ученик - ученик", "pp_pupil_pupil", "—"),
    R("9", "ПП педагог - педагог", "pp_teacher_teacher", 3),
    R("10", "ПП руководитель - педагог", "pp_head_teacher", 1),
    R("11", "Обучающиеся 10-19 лет", "students_10_19", "—"),
    R("12", "Наставляемые 10-19 лет", "mentees_10_19", "—"),
    R("13", "Наставляемые «группы риска»", "mentees_risk", None, exp=None),
    R("14", "Наставляемые - дети с ОВЗ", "mentees_disabled", None, exp=None),
    R("15", "Обучающиеся 15-19 лет", "students_15_19", "-"),
    R("16", "Наставники - обучающиеся 15-19 лет", "mentors_15_19", "-"),
    R("17", "Удовлетворенность наставляемых, %", "satisfaction_mentees", None, exp=None),
    R("18", "Удовлетворенность наставников, %", "satisfaction_mentors", None, exp=None),
    R("19", "Молодые специалисты", "young_specialists", 2),
    R("20", "Молодые специалисты - наставляемые", "young_specialists_mentees", 2),
    R("21", "Педагоги (без мол. спец.)", "teachers_other", 14),
    R("22", "Педагоги (без мол. спец.) - наставляемые", "teachers_other_mentees", 2),
    R("23", "Педагоги-наставники", "teachers_mentors", 4),
    R("24", "КПК по наставничеству", "kpk_trained", "—"),
]

# ----------------------------------------------------------------------------------------------------------
# G. МБОУ «СОШ № 12 с углублённым изучением отдельных предметов» — two year columns (2023 kept, 2024 added);
#    CAPS LOCK section; hyperlink display text differs from its target; 0.5 % that IS 0.5 % (1 of 200).
# ----------------------------------------------------------------------------------------------------------
S12 = "https://school12-kamensk.gosuslugi.ru/"
G_ROWS = [
    H("НОРМАТИВНОЕ ОБЕСПЕЧЕНИЕ"),
    R("1", "ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ ПЕДАГОГОВ (ПРИКАЗ)", "orgs_regulation_teachers", "да", v23="да",
      link=(S12 + "netcat_files/userfiles/nastavnichestvo/prikaz_208_2024.pdf", "school12-kamensk.ru/nastavnichestvo")),
    R("2", "ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ ОБУЧАЮЩИХСЯ (ПРИКАЗ)", "orgs_regulation_students", "да", v23="да",
      link=(S12 + "netcat_files/userfiles/nastavnichestvo/prikaz_209_2024.pdf", "school12-kamensk.ru/nastavnichestvo")),
    R("3", "ПРИКАЗ О МОНИТОРИНГЕ ЦМН", "orgs_monitoring_order", "да", v23="нет"),
    H("ОРГАНИЗАЦИЯ ПРОЦЕССА"),
    R("4", "Кураторы ЦМН", "curators_total", 1, v23=1),
    R("5", "Наставники ОО (по п[p]иказу)", "mentors_total", 23, v23=19,
      link=(S12 + "netcat_files/userfiles/nastavnichestvo/baza_2024.pdf", "база наставников")),
    R("6", "Наставляемые ОО (по приказу)", "mentees_total", 194, v23=160),
    R("7", "ПП - всего", "pp_total", 30, v23=22),
    R("8", "ПП «ученик-ученик»", "pp_pupil_pupil", 12, v23=9),
    R("9", "ПП «учитель-учитель»", "pp_teacher_teacher", 10, v23=8),
    R("10", "ПП «руководитель-педагог»", "pp_head_teacher", 2, v23=2),
    R("11", "ПП «учитель-ученик»", "pp_teacher_pupil", 6, v23=3),
    R("12", "Наставники из др. образовательных организаций", "external_edu_mentors", 2, v23=0),
    H("ОБУЧАЮЩИЕСЯ"),
    R("13", "Обучающиеся 10-19 лет", "students_10_19", 900, v23=880),
    R("14", "Наставляемые 10-19 лет", "mentees_10_19", 150, v23=120),
    R("15", "Наставляемые «группы риска»", "mentees_risk", 10, v23=8),
    R("16", "Наставляемые - одаренные дети", "mentees_gifted", 20, v23=15),
    R("17", "Наставляемые - дети с ОВЗ и дети-инвалиды", "mentees_disabled", 8, v23=6),
    R("18", "Наставляемые - низкая мотивация, неуспеваемость", "mentees_low_motivation", 25, v23=20),
    R("19", "Наставляемые - выбор образовательной траектории", "mentees_career", 30, v23=25),
    R("20", "Наставляемые - иные параметры", "mentees_other_params", 57, v23=46),
    R("21", "Доля наставляемых 10-19 лет, %", "share_mentees_10_19", 16.7, v23=13.6),
    R("22", "Обучающиеся 15-19 лет", "students_15_19", 200, v23=190),
    R("23", "Наставники - обучающиеся 15-19 лет", "mentors_15_19", 1, v23=3),
    R("24", "Доля наставников 15-19 лет, %", "share_mentors_15_19", 0.5, v23=1.6,
      why="0.5 under «%» with parts 1 of 200 = 0.5 %: read as 0.5 (not 50)"),
    H("УДОВЛЕТВОРЁННОСТЬ"),
    R("25", "Удовлетворённость наставляемых, %", "satisfaction_mentees", 88, v23=85),
    R("26", "Удовлетворенность наставников, %", "satisfaction_mentors", None, exp=None, v23=88,
      why="2024 cell empty (only 2023 filled)"),
    H("ПЕДАГОГИ"),
    R("27", "Молодые специалисты", "young_specialists", 10, v23=9),
    R("28", "Молодые специалисты - наставляемые", "young_specialists_mentees", 8, v23=7),
    R("29", "Педагоги (без молодых специалистов)", "teachers_other", 60, v23=61),
    R("30", "Педагоги (без мол. специалистов) - наставляемые", "teachers_other_mentees", 6, v23=5),
    R("31", "Доля молодых специалистов - наставляемых, %", "share_young_specialists_mentees", 80, v23=77.8),
    R("32", "Доля педагогов - наставляемых, %", "share_teachers_mentees", 20, v23=17.1),
    R("33", "КПК по наставничеству (чел.)", "kpk_trained", None, exp=None, v23=1,
      why="2024 cell empty (only 2023 filled)"),
    R("34", "Педагоги - наставники", "teachers_mentors", 20, v23=16),
    R("35", "Молодые специалисты - наставники", "young_specialists_mentors", 2, v23=1),
]

def renumber(rows):
    """The clerk's own running numbers (integers; «6.1»-style sub-rows follow their parent)."""
    n, parent = 0, None
    for row in rows:
        if row["kind"] == "H":
            continue
        if "." in row["num"]:
            row["num"] = "%d.%s" % (n, row["num"].split(".")[1])
        else:
            n += 1
            row["num"] = str(n)
    return rows


for _rows in (D_ROWS, E_ROWS):
    renumber(_rows)

# ----------------------------------------------------------------------------------------------------------
FORMS = [
    dict(key="A", file="typed/школа3_наставничество_2024.xlsx", sheet="Лист1", extra_sheets=["Лист2"],
         org=lat("МБОУ «Каменская [C][O]Ш № 3»"),
         title=["Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год",
                lat("МБОУ «Каменская [C][O]Ш № 3»"),
                "Каменский муниципальный округ"],
         header=["№", "Наименование критерия", "Ед. изм.", "Значение", "Ссылка на подтверждающий документ",
                 "Примечание"],
         cols=dict(num=1, title=2, unit=3, value=4, link=5, note=6),
         widths=[6, 62, 10, 12, 34, 24], rows=A_ROWS, created=dt.datetime(2024, 10, 14, 10, 22),
         creator="Учитель", footer=["Директор МБОУ «Каменская СОШ №3»  __________  Н.В. Петрова",
                                    "Исп. Лялина О.А., куратор ЦМН"]),
    dict(key="B", file="typed/гимн_2_наставничество.xlsx", sheet="мониторинг",
         org="МАОУ «Гимназия № 2»",
         title=["Мониторинг реализации ЦМН", "МАОУ «Гимназия № 2»", "за 2024-2025 уч. год"],
         header=["№ п/п", "Наименование показателя", "2024-2025 уч. год", "Подтверждающий документ"],
         cols=dict(num=1, title=2, value=3, link=4),
         widths=[7, 64, 26, 40], rows=B_ROWS, created=dt.datetime(2024, 10, 18, 15, 5), creator="Zam_UVR"),
    dict(key="C", file="typed/Ключи_СОШ.xlsx", sheet="Лист1",
         org="МБОУ Ключевская средняя общеобразовательная школа",
         title=["Мониторинг реализации целевой модели наставничества",
                "МБОУ Ключевская средняя общеобразовательная школа"],
         header=["Показатель", "№", "Критерий", "Единица\nизмерения\n(количество)", "Источник информации"],
         cols=dict(group=1, num=2, title=3, value=4, link=5),
         widths=[34, 6, 58, 14, 60], groups=C_GROUPS, created=dt.datetime(2024, 10, 21, 9, 40),
         creator="User"),
    dict(key="D", file="typed/школа_интернат_отчет_наставничество_2024.xlsx", sheet="ЦМН 2024",
         org="МБОУ «Школа-интернат № 1»",
         title=["ОТЧЁТ по реализации целевой модели наставничества за 2024 год", "МБОУ «Школа-интернат № 1»"],
         header=["№", "Показатель", "Значение", "Ссылка на док-т"],
         cols=dict(num=1, title=2, value=3, link=4),
         widths=[6, 50, 12, 60], rows=D_ROWS, created=dt.datetime(2024, 10, 23, 11, 0), creator="Секретарь",
         link_filler="на сайте ОО"),
    dict(key="E", file="typed/ДДТ_Радуга_наставничество_2024.xlsx", sheet="Лист1",
         org="МБУ ДО «Центр детского творчества «Радуга»»",
         title=["Мониторинг ЦМН – 2024", "МБУ ДО «Центр детского творчества «Радуга»»"],
         header=["№", "Критерий", "Значение", "Ссылка", "Примечание"],
         cols=dict(num=1, title=2, value=3, link=4, note=5),
         widths=[6, 60, 14, 50, 30], rows=E_ROWS, created=dt.datetime(2024, 10, 25, 16, 45), creator="Методист"),
    dict(key="F", file="typed/детсад7_Солнышко.xlsx", sheet="Лист1",
         org="МБДОУ «Детский сад № 7 «Солнышко»»",
         title=["Мониторинг наставничества 2024", "МБДОУ «Детский сад № 7 «Солнышко»»"],
         header=["№", "Показатель", "Значение", "Примечание"],
         cols=dict(num=1, title=2, value=3, note=4),
         widths=[6, 56, 12, 30], rows=F_ROWS, created=dt.datetime(2024, 10, 16, 13, 30), creator="Заведующий"),
    dict(key="G", file="typed/СОШ_12_уиоп_ЦМН_2023-2024.xlsx", sheet="2023-2024",
         org="МБОУ «СОШ № 12 с углублённым изучением отдельных предметов»",
         title=["МОНИТОРИНГ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА",
                "МБОУ «СОШ № 12 с углублённым изучением отдельных предметов»",
                "(сравнение 2023 и 2024 гг.)"],
         header=["№ п/п", "Показатель", "2023 г.", "2024 г.", "Ссылка (2024)"],
         cols=dict(num=1, title=2, v23=3, value=4, link=5),
         widths=[7, 56, 10, 10, 50], rows=G_ROWS, created=dt.datetime(2024, 10, 28, 8, 50), creator="Admin"),
]


# ----------------------------------------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("ё", "е")
    s = re.sub(r"[^\w%]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


UNIT_TEXT = {}
PIECES = ("pp_", "agreements_", "_acts", "programmes", "methodical", "kpk_courses", "partner", "subjects")


def load_wordings():
    ids, words = set(), set()
    with open(CRITERIA, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ids.add(row["id"])
            u = row["unit"]
            UNIT_TEXT[row["id"]] = ("да/нет" if u == "yesno" or row["aggregation"] == "count_yes" else
                                    "%" if u in ("share", "level") else
                                    "" if u in ("list", "text") else
                                    "ед." if any(p in row["id"] for p in PIECES) else "чел.")
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row[k].strip():
                    words.add(row[k].strip())
    return ids, words


NORM_WORDINGS = set()


def fix_zip(path, when):
    """openpyxl stamps «modified» with today's clock: put the clerk's save time back (and fixed zip dates)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), data)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_form(form, ids, wordings):
    NORM_WORDINGS.update(norm(w) for w in wordings)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = form["sheet"]
    for extra in form.get("extra_sheets", []):
        wb.create_sheet(extra)
    cols = form["cols"]
    ncol = len(form["header"])
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    r = 1
    for i, t in enumerate(form["title"]):
        ws.cell(r, 1, t).font = Font(bold=(i < 2), size=12 if i == 0 else 11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    r += 1
    for j, h in enumerate(form["header"], start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.alignment = wrap
    r += 1

    values, links, not_criteria, headings, cells, link_cells, debatable = {}, {}, [], [], [], [], []

    def put_row(row):
        nonlocal r
        if row["kind"] == "H":
            ws.cell(r, 1, row["title"]).font = bold
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            headings.append(row["title"])
            r += 1
            return
        t = row["title"]
        assert t.strip() not in wordings and norm(t) not in NORM_WORDINGS, t
        if "num" in cols:
            ws.cell(r, cols["num"], row["num"])
        ws.cell(r, cols["title"], t).alignment = wrap
        if row["kind"] == "N":
            ws.cell(r, cols["value"], row["raw"])
            if "unit" in cols:
                ws.cell(r, cols["unit"], "да/нет" if isinstance(row["raw"], str) else "ед.")
            not_criteria.append(t)
            r += 1
            return
        crit = row["crit"]
        assert crit in ids, crit
        if "unit" in cols:
            ws.cell(r, cols["unit"], UNIT_TEXT[crit])
        raw, where = row["raw"], row["where"]
        if "v23" in cols and row["v23"] is not None:
            ws.cell(r, cols["v23"], row["v23"])
        # where the typed value goes
        if where == "value":
            vcell = ws.cell(r, cols["value"])
        elif where == "note":
            vcell = ws.cell(r, cols["note"])
        elif where == "swap":
            vcell = ws.cell(r, cols["link"])
        if raw is not None:
            vcell.value = raw
            if row["fmt"]:
                vcell.number_format = row["fmt"]
        if row["note"] is not None:
            ws.cell(r, cols["note"], row["note"])
        # link
        lk = row["link"]
        if lk is not None:
            url, disp = lk
            lcell = ws.cell(r, cols["value"]) if where == "swap" else ws.cell(r, cols["link"])
            if disp is None:
                lcell.value = url
                lkind = "text"
            elif disp == "":
                lcell.value = url + " (приказ № 45 от 01.09.2024)"
                lkind = "text_in_words"
            else:
                lcell.value = disp
                lcell.hyperlink = url
                lcell.style = "Hyperlink"
                lkind = "hyperlink"
            links[crit] = url
            link_cells.append(dict(crit=crit, cell=lcell.coordinate, kind=lkind, url=url))
        elif form.get("link_filler") and "link" in cols and raw is not None and row["num"] in ("1", "2", "3"):
            ws.cell(r, cols["link"], form["link_filler"])
        # expected
        exp, rule = row["exp"], row["rule"]
        if rule == "text":
            assert exp == "AUTO"
            exp = raw
        elif raw is not None and exp == "AUTO":
            rule, exp = derive(raw, row["fmt"])
        elif raw is not None and exp is not None and rule is None:
            rule, e2 = derive(raw, row["fmt"])
            assert e2 == exp, (crit, raw, e2, exp)
        elif exp == "AUTO":
            exp = None
        if exp is not None:
            assert crit not in values, crit
            values[crit] = exp
            cells.append(dict(crit=crit, cell=vcell.coordinate, raw=raw, rule=rule, expected=exp,
                              number_format=row["fmt"]))
        if row["why"]:
            debatable.append(dict(crit=crit, cell=vcell.coordinate, raw=raw,
                                  expected=exp if exp is not None else "ABSENT", why=row["why"]))
        r += 1

    if "groups" in form:
        for gname, grows in form["groups"]:
            start = r
            for row in grows:
                put_row(row)
            ws.cell(start, cols["group"], gname).alignment = wrap
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=cols["group"], end_row=r - 1,
                               end_column=cols["group"])
    else:
        for row in form["rows"]:
            put_row(row)

    r += 1
    for line in form.get("footer", []):
        ws.cell(r, 2, line)
        r += 1
    for j, w in enumerate(form["widths"], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.properties.creator = form["creator"]
    wb.properties.lastModifiedBy = form["creator"]
    wb.properties.created = form["created"]
    wb.properties.modified = form["created"]
    wb.properties.title = None
    path = os.path.join(HERE, form["file"])
    wb.save(path)
    fix_zip(path, form["created"])
    return values, links, not_criteria, headings, cells, link_cells, debatable


def check_consistency(key, v):
    """Parts not larger than wholes, shares = part / whole (as rounded by the clerk), totals."""
    def le(a, b):
        if a in v and b in v:
            assert v[a] <= v[b], (key, a, v[a], b, v[b])

    for part in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                 "mentees_career", "mentees_other_params"):
        le(part, "mentees_10_19")
    le("mentees_10_19", "students_10_19")
    le("students_15_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("young_specialists_mentees", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("young_specialists_mentors", "young_specialists")
    le("young_specialists_mentors", "teachers_mentors")
    le("mentees_10_19", "mentees_total")
    le("teachers_mentors", "mentors_total")
    le("mentors_15_19", "mentors_total")

    def share(sid, num, den, tol=0.06):
        if sid in v and all(n in v for n in num) and all(d in v for d in den):
            d = sum(v[x] for x in den)
            val = 100.0 * sum(v[x] for x in num) / d if d else 0
            assert abs(val - v[sid]) <= tol, (key, sid, val, v[sid])

    share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
    share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
    share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
    share("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
          ["young_specialists", "teachers_other"])
    share("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"])
    share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
    # shares given without parts (D: 15-19 share, mentors 9 of 45)
    pp_parts = sum(v.get(k, 0) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                         "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    if "pp_total" in v:
        if key == "D":
            assert v["pp_total"] == 15 and pp_parts == 13
        else:
            assert v["pp_total"] == pp_parts, (key, v["pp_total"], pp_parts)
    mparts = sum(v.get(k, 0) for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                       "other_org_mentors", "enterprise_mentors"))
    if key == "D":
        assert v["mentors_total"] == 30 and mparts == 28
    elif key in ("B", "C", "E", "F", "G"):
        assert v["mentors_total"] == mparts, (key, v["mentors_total"], mparts)
    else:  # A: external mentors are not asked on its form
        assert v["mentors_total"] >= mparts, (key, v["mentors_total"], mparts)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    ids, wordings = load_wordings()
    expected, cells_all, total = [], [], 0
    for form in FORMS:
        values, links, nc, heads, cells, link_cells, debatable = write_form(form, ids, wordings)
        check_consistency(form["key"], values)
        entry = {"file": form["file"], "year": 2024, "organisation": form["org"], "values": values,
                 "links": links, "not_criteria": nc, "headings": heads}
        expected.append(entry)
        cells_all.append(dict(file=form["file"], sheet=form["sheet"], organisation=form["org"],
                              values=cells, links=link_cells, debatable=debatable,
                              not_criteria=nc, headings=heads))
        total += len(values)
        print("%-52s %3d values %2d links %d not_criteria" % (form["file"], len(values), len(links), len(nc)))
    assert 100 <= total <= 250, total
    print("total values:", total)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells_all, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
