#!/usr/bin/env python3
"""Held-out set 45: mentoring-monitoring forms typed by school secretaries who did not keep the template.

Invented municipality: Каменноозёрский муниципальный округ, reporting year 2024.
Seven files, one organisation each (5 schools, 2 ДОП).  Deterministic: all data are fixed below.
Writes typed/*.xlsx, expected.json, cells.json.
"""
import datetime
import json
import os
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
YEAR = 2024


# ---------------------------------------------------------------- item constructors
def H(text):
    """direction heading row (holds no value)"""
    return {"t": "H", "text": text}


def BL():
    """blank row between blocks"""
    return {"t": "BL"}


def L(url, extra=None):
    """link cell typed as text; with extra: two links separated by a line break, the first is the proof"""
    raw = url if extra is None else url + "\n" + extra
    return {"raw": raw, "proof": url}


def NOTE(text):
    """a note instead of a link: no proof"""
    return {"raw": text, "proof": None}


def Q(cid, q, a, v, link=None, prev=None):
    """a question with its answer; v = expected value (None = left out, see README)"""
    return {"t": "Q", "cid": cid, "q": q, "a": a, "v": v, "link": link, "prev": prev}


def X(q, a, prev=None):
    """decoy: a value row that is no criterion of the catalogue"""
    return {"t": "X", "q": q, "a": a, "prev": prev}


def S(text):
    """signature / footer line (decoy with numbers)"""
    return {"t": "S", "text": text}


# ---------------------------------------------------------------- the seven organisations
S1 = "https://kamoz-school1.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
FILE_A = {
    "file": "СОШ1_отчёт по наставничеству.xlsx",
    "org": "МБОУ «Каменноозёрская СОШ № 1»",
    "sheet": "Наставничество",
    "layout": "qa_rows",          # question on one row, answer on the next row (col A), link in col B
    "title": "Отчёт МБОУ «Каменноозёрская СОШ № 1» по наставничеству за 2024 год",
    "widths": [78, 70],
    "items": [
        H("Нормативные документы"),
        Q("orgs_regulation_teachers", "Есть ли у школы положение о наставничестве педагогов?",
          "да, приказ № 45-од от 01.09.2024", 1, L(S1 + "prikaz_45-od_polozhenie_ped.pdf")),
        Q("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено?",
          "да, тем же приказом № 45-од", 1, L(S1 + "polozhenie_nastavnichestvo_obuch.pdf")),
        Q("orgs_monitoring_order", "Приказ о проведении мониторинга целевой модели в школе",
          "имеется, № 112-од от 14.11.2024", 1, L(S1 + "prikaz_112-od_monitoring.pdf")),
        Q("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга",
          "имеется", 1, NOTE("см. сайт школы, раздел Наставничество")),
        BL(),
        H("Наставники и наставляемые"),
        Q("curators_total", "Сколько в школе кураторов по внедрению ЦМН",
          "2 (зам. директора по УВР и по ВР)", 2, L(S1 + "prikaz_98-od_kuratory.pdf")),
        Q("mentors_total", "Наставников по приказу",
          "41 человек", 41, L(S1 + "prikaz_101-od_pary.pdf")),
        Q("mentees_total", "Наставляемых по приказу",
          "110 человек", 110, L(S1 + "prikaz_101-od_pary.pdf")),
        Q("external_edu_mentors", "Наставники из других образовательных организаций (техникум)",
          "1", 1, L(S1 + "dogovor_tehnikum_2024.pdf")),
        Q("enterprise_mentors", "Наставники с предприятий",
          "1 (технолог ООО «Каменноозёрский хлебозавод»)", 1, L(S1 + "soglashenie_hlebozavod.pdf")),
        Q("other_org_mentors", "Наставники из прочих организаций",
          "нет", 0),
        Q("agreements_edu_orgs", "Договоры о сотрудничестве с другими ОУ (наставники от них)",
          "1 договор с ГБПОУ «Каменноозёрский техникум»", 1, L(S1 + "dogovor_tehnikum_2024.pdf")),
        Q("agreements_enterprises", "Соглашения с предприятиями",
          "1", 1, L(S1 + "soglashenie_hlebozavod.pdf")),
        Q("partner_list", "С кем сотрудничаем по наставничеству",
          "ГБПОУ «Каменноозёрский техникум», ООО «Каменноозёрский хлебозавод»",
          "ГБПОУ «Каменноозёрский техникум», ООО «Каменноозёрский хлебозавод»"),
        BL(),
        H("Персонализированные программы (ПП)"),
        Q("pp_total", "Всего ПП за год",
          "54", 54, L(S1 + "reestr_pp_2024.pdf", "https://disk.yandex.ru/d/kS1nAst2024pp")),
        Q("pp_pupil_pupil", "из них ученик – ученик", "22", 22),
        Q("pp_teacher_teacher", "учитель – учитель", "14", 14),
        Q("pp_head_teacher", "руководитель – педагог", "2", 2),
        Q("pp_teacher_pupil", "учитель – ученик", "15", 15),
        Q("pp_student_student", "студент – студент", "0 (нет таких)", 0),
        Q("pp_student_pupil", "студент – ученик", "0", 0),
        Q("pp_other", "другие формы", "1 (работодатель – ученик)", 1),
        BL(),
        H("Обучающиеся"),
        Q("students_10_19", "Сколько всего детей от 10 до 19 лет", "512", 512),
        Q("mentees_10_19", "Из них в программах наставничества как наставляемые",
          "96", 96, L(S1 + "baza_nastavlyaemyh_2024.pdf")),
        Q("mentees_risk", "— «группа риска»", "12", 12),
        Q("mentees_gifted", "— одарённые (есть в реестре)", "18", 18),
        Q("mentees_disabled", "— дети с ОВЗ и инвалиды", "7", 7),
        Q("mentees_low_motivation", "— низкая мотивация, неуспевающие", "25", 25),
        Q("mentees_career", "— не определились с профессией / профилем", "20", 20),
        Q("mentees_other_params", "— по другим причинам", "14", 14),
        Q("share_mentees_10_19", "Процент охвата детей 10–19 лет (наставляемые)", "18,75%", 18.75),
        Q("students_15_19", "Детей 15–19 лет всего", "168", 168),
        Q("mentors_15_19", "Из них наставники по приказу", "22", 22, L(S1 + "prikaz_101-od_pary.pdf")),
        Q("share_mentors_15_19", "Доля ребят 15–19 лет – наставников, %", "13,1", 13.1),
        BL(),
        H("Педагоги"),
        Q("young_specialists", "Молодых специалистов (до 35 лет, стаж до 3 лет)", "9", 9),
        Q("young_specialists_mentees", "Из них закреплены за наставником", "8", 8,
          L(S1 + "prikaz_101-od_pary.pdf")),
        Q("teachers_other", "Остальных педагогов (без молодых)", "52", 52),
        Q("teachers_other_mentees", "Из остальных педагогов наставляемые", "6", 6,
          L(S1 + "prikaz_101-od_pary.pdf")),
        Q("teachers_mentors", "Педагогов-наставников", "17", 17, L(S1 + "prikaz_101-od_pary.pdf")),
        Q("young_specialists_mentors", "Молодые специалисты сами в роли наставников",
          "1 (Сергеева Д.А., пара с учеником 9 кл.)", 1),
        Q("kpk_trained", "Прошли КПК по наставничеству в 2024 г.", "5 человек", 5,
          L(S1 + "udostovereniya_kpk_2024.pdf")),
        Q("kpk_courses", "Какие курсы",
          "«Наставничество в образовании: технологии и инструменты» (ИРО, 36 ч.)",
          "«Наставничество в образовании: технологии и инструменты» (ИРО, 36 ч.)"),
        Q("school_methodical_associations", "ШМО наставников", "1", 1, L(S1 + "plan_shmo_nastavnikov.pdf")),
        BL(),
        H("Поощрение и удовлетворённость"),
        Q("pay_acts", "Локальный акт об оплате за наставничество",
          "1 (Положение об оплате труда, п. 5.4)", 1, L(S1 + "polozhenie_oplata_truda.pdf")),
        Q("nonmaterial_acts", "Положение о нематериальном поощрении наставников", "нет", 0),
        Q("satisfaction_mentees", "Удовлетворённость наставляемых (анкеты, май)", "91%", 91,
          L(S1 + "anketirovanie_itogi_2024.pdf")),
        Q("satisfaction_mentors", "Удовлетворённость наставников", "94%", 94,
          L(S1 + "anketirovanie_itogi_2024.pdf")),
        BL(),
    ],
    "sig": [S("Директор ____________ О.В. Смирнова"),
            S("Исполнитель: Кузнецова Е.А., зам. директора по УВР, тел. 8 (34563) 2-14-55"),
            S("18.12.2024")],
}

L3 = "https://licey3-kamozersk.edu.ru/"
FILE_B = {
    "file": "Лицей_наставничество.xlsx",
    "org": "МАОУ «Лицей № 3»",          # only in the sheet's tab
    "sheet": "МАОУ «Лицей № 3»",
    "layout": "same_cell", "sep": " — ", "heading_style": "merged",
    "title": "Мониторинг наставничества, 2024 год",
    "widths": [92, 80],
    "items": [
        H("Нормативная база"),
        Q("orgs_regulation_teachers", "Положение о системе наставничества педработников",
          "утверждено приказом № 87 от 29.08.2024", 1,
          L(L3 + "upload/docs/prikaz_87_nastavnichestvo.pdf", L3 + "svedeniya/dokumenty")),
        Q("orgs_regulation_students", "Положение о наставничестве обучающихся", "да", 1,
          L(L3 + "upload/docs/polozhenie_nastavnichestvo_uch.pdf")),
        Q("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "нет", 0),
        Q("internal_monitoring_notes", "Аналитическая справка по внутреннему мониторингу",
          "да (декабрь 2024)", 1, L(L3 + "upload/docs/spravka_monitoring_2024.pdf")),
        BL(),
        H("Кураторы, наставники, наставляемые"),
        Q("curators_total", "Куратор ЦМН", "1 (Павлова Н.С.)", 1,
          L(L3 + "upload/docs/prikaz_88_kurator.pdf")),
        Q("mentors_total", "Количество наставников", "56 чел.", 56,
          L(L3 + "upload/docs/prikaz_102_bazy.pdf", "https://disk.yandex.ru/i/L3baza_nast")),
        Q("mentees_total", "Количество наставляемых", "141", 141,
          L(L3 + "upload/docs/prikaz_102_bazy.pdf")),
        X("Наставнических пар", "52"),
        Q("external_edu_mentors", "Наставники из колледжей (внешние)", "2", 2,
          L(L3 + "upload/docs/prikaz_102_bazy.pdf")),
        Q("agreements_edu_orgs", "Соглашения с образовательными организациями",
          "2 (техникум, педколледж)", 2, L(L3 + "upload/docs/soglasheniya_2024.pdf")),
        Q("agreements_other_orgs", "Соглашения с иными организациями", "0", 0),
        Q("agreement_subjects", "Предмет соглашений",
          "привлечение преподавателей техникума и педколледжа наставниками проектной работы лицеистов",
          "привлечение преподавателей техникума и педколледжа наставниками проектной работы лицеистов"),
        BL(),
        H("Персонализированные программы"),
        Q("pp_total", "ПП всего", "58", 58, L(L3 + "upload/docs/reestr_pp.pdf")),
        Q("pp_pupil_pupil", "Ученик – ученик", "40", 40),
        Q("pp_teacher_teacher", "Учитель – учитель", "10", 10),
        Q("pp_teacher_pupil", "Учитель – ученик", "8", 8),
        BL(),
        H("Обучающиеся 10–19 и 15–19 лет"),
        Q("students_10_19", "Всего обучающихся 10–19 лет", "604", 604),
        Q("mentees_10_19", "Вошли в программы как наставляемые", "131", 131,
          L(L3 + "upload/docs/prikaz_102_bazy.pdf")),
        Q("mentees_gifted", "Одарённые дети (реестр)", "35", 35),
        Q("mentees_low_motivation", "Низкая мотивация / неуспеваемость", "41", 41),
        Q("mentees_career", "Выбор профессии и траектории", "55", 55),
        Q("share_mentees_10_19", "Охват наставляемых 10–19 лет", "21,7 %", 21.7),
        Q("students_15_19", "Обучающихся 15–19 лет", "236", 236),
        Q("mentors_15_19", "Из них наставников (по приказу)", "40", 40,
          L(L3 + "upload/docs/prikaz_102_bazy.pdf")),
        Q("share_mentors_15_19", "Доля наставников среди 15–19-летних", "16,9 %", 16.9),
        BL(),
        H("Педагоги"),
        Q("young_specialists", "Молодых специалистов", "6", 6),
        Q("young_specialists_mentees", "Молодые специалисты с наставником", "6 (все)", 6,
          L(L3 + "upload/docs/prikaz_102_bazy.pdf")),
        Q("share_young_specialists_mentees", "Доля молодых специалистов с наставником", "100 %", 100),
        Q("teachers_other", "Прочих педагогов (без молодых)", "48", 48),
        Q("teachers_other_mentees", "Из них наставляемые", "4", 4, L(L3 + "upload/docs/prikaz_102_bazy.pdf")),
        Q("teachers_mentors", "Учителей-наставников", "14", 14, L(L3 + "upload/docs/prikaz_102_bazy.pdf")),
        Q("share_teachers_mentors", "Доля учителей-наставников от всех педагогов", "25,9 %", 25.9),
        Q("kpk_trained", "Курсы ПК по наставничеству в 2024 г.", "3 человека", 3,
          L("https://cloud.mail.ru/public/Lc3k/kpk2024")),
        X("Аттестовано педагогов в 2024 г.", "7"),
        BL(),
        H("Удовлетворённость"),
        Q("satisfaction_mentees", "Наставляемые довольны", "89 %", 89,
          L(L3 + "upload/docs/ankety_itogi.pdf")),
        Q("satisfaction_mentors", "Наставники довольны", "высокий уровень", None),  # ambiguous: no number
        BL(),
    ],
    "sig": [S("Директор ________ Л.Г. Волкова"),
            S("Исполнитель: Павлова Н.С., тел. 8-912-345-67-89")],
}

S5 = "https://sh5-kamozersk-r66.gosweb.gosuslugi.ru/netcat_files/32/"
FILE_C = {
    "file": "Мониторинг_СОШ5.xlsx",
    "org": "МБОУ «СОШ № 5»",
    "sheet": "Лист2", "empty_first": "Лист1",
    "layout": "table",
    "title": "Отчёт МБОУ «СОШ № 5» по наставничеству за 2024 год",
    "header": ["Показатель", "Ответ", "Ссылка"],
    "widths": [64, 30, 72],
    "items": [
        H("Документы"),
        Q("orgs_regulation_teachers", "Положение о наставничестве педагогических работников", "да", 1,
          L(S5 + "polozhenie_ped_nastavn.pdf")),
        Q("orgs_regulation_students", "Положение о наставничестве обучающихся", "да", 1,
          L(S5 + "polozhenie_obuch_nastavn.pdf")),
        Q("orgs_monitoring_order", "Приказ о мониторинге", "да, № 214 от 02.12.2024", 1,
          L(S5 + "prikaz_214_monitoring.pdf")),
        Q("internal_monitoring_notes", "Справка по итогам мониторинга внутри школы", "нет", 0),
        Q("pay_acts", "Положение об оплате наставникам", "есть (1)", 1, L(S5 + "polozhenie_oplata.pdf")),
        Q("nonmaterial_acts", "Положение о нематериальном поощрении наставников", "есть", 1,
          L(S5 + "polozhenie_pooshrenie.pdf")),
        BL(),
        H("Наставники / наставляемые"),
        Q("curators_total", "Кураторы", 1, 1, L(S5 + "prikaz_150_kurator.pdf")),
        Q("mentors_total", "Количество наставников в базе ОО (по приказу)", 20, 20,
          L(S5 + "prikaz_158_nastavniki.pdf")),
        Q("mentees_total", "Наставляемые (тот же приказ от 06.09.2024 № 158)", 59, 59,
          L(S5 + "prikaz_158_nastavniki.pdf")),
        X("Наставники + наставляемые всего", 79),
        Q("external_edu_mentors", "Наставники из других образовательных учреждений", 0, 0),
        Q("enterprise_mentors", "Наставники – сотрудники предприятий", "0 (нет таких)", 0),
        BL(),
        H("Персонализированные программы"),
        Q("pp_total", "ПП всего", 25, 25, L(S5 + "pp_2024.pdf", "https://disk.yandex.ru/d/sh5pp2024")),
        Q("pp_teacher_teacher", "педагог – педагог", 5, 5),
        Q("pp_pupil_pupil", "ученик – ученик", 11, 11),
        Q("pp_teacher_pupil", "учитель – ученик", 9, 9),
        BL(),
        H("Дети"),
        Q("students_10_19", "Детей от 10 до 19 лет", 388, 388),
        Q("mentees_10_19", "из них в программах наставничества (наставляемые)", 54, 54,
          L(S5 + "prikaz_158_nastavniki.pdf")),
        Q("mentees_risk", "«группа риска»", 6, 6),
        Q("mentees_disabled", "ОВЗ / дети-инвалиды", 4, 4),
        Q("mentees_low_motivation", "слабая мотивация, неуспеваемость", 19, 19),
        Q("mentees_career", "проблемы с выбором профессии", 25, 25),
        Q("share_mentees_10_19", "% охвата наставляемых 10–19 лет", ("pct", 0.1392), 13.92),
        Q("students_15_19", "Ребят 15–19 лет", 121, 121),
        Q("mentors_15_19", "из них наставники", 11, 11, L(S5 + "prikaz_158_nastavniki.pdf")),
        Q("share_mentors_15_19", "% наставников среди 15–19 лет", ("pct", 0.0909), 9.09),
        BL(),
        H("Педагоги"),
        Q("young_specialists", "Молодые специалисты (до 35, первые 3 года)", 4, 4),
        Q("young_specialists_mentees", "молодые специалисты – наставляемые", 3, 3,
          L(S5 + "prikaz_158_nastavniki.pdf")),
        Q("share_young_specialists_mentees", "% молодых специалистов с наставником", ("pct", 0.75), 75),
        Q("teachers_other", "Педагогов кроме молодых", 33, 33),
        Q("teachers_other_mentees", "из них наставляемые", 2, 2, L(S5 + "prikaz_158_nastavniki.pdf")),
        Q("share_teachers_mentees", "% педагогов-наставляемых (все педагоги)", ("pct", 0.1351), 13.51),
        Q("teachers_in_pp", "Педагогов, работающих по ПП", 14, 14, L(S5 + "pp_2024.pdf")),
        Q("teachers_mentors", "Педагоги-наставники", 9, 9, L(S5 + "prikaz_158_nastavniki.pdf")),
        Q("share_teachers_mentors", "% педагогов-наставников", ("pct", 0.2432), 24.32),
        Q("kpk_trained", "КПК по наставничеству (2024)", "2 чел.", 2, L(S5 + "kpk_svedeniya.pdf")),
        Q("kpk_courses", "название курсов", "«Организация наставничества в школе», 72 ч, ЦНППМ",
          "«Организация наставничества в школе», 72 ч, ЦНППМ"),
        X("План на 2025 год: наставников", 25),
        BL(),
        H("Удовлетворённость (анкетирование, май 2024)"),
        Q("satisfaction_mentees", "наставляемые", "87 %", 87, L(S5 + "anketa_itogi.pdf")),
        Q("satisfaction_mentors", "наставники", "90 %", 90, NOTE("см. сайт школы, раздел Наставничество")),
        BL(),
    ],
    "sig": [S("Директор школы ___________ А.П. Морозов"),
            S("Исполнитель: Андреева О.Н., тел. 2-33-18")],
}

DD = "https://ddt-kamozersk.gosuslugi.ru/netcat_files/doc/"
FILE_D = {
    "file": "наставничество_2024_ДДТ.xlsx",   # the year is only in the file name
    "org": "МБУ ДО «Дом детского творчества»",
    "sheet": "Лист1",
    "layout": "qa_rows_inline",    # question row, answer on the next row, link after a line break in the answer
    "title": "Отчёт МБУ ДО «Дом детского творчества» по наставничеству",
    "widths": [100],
    "items": [
        H("Нормативная база"),
        Q("orgs_regulation_teachers", "1. Положение о наставничестве педагогов",
          "да, приказ № 17-о от 2 сентября", 1, L(DD + "prikaz_17-o.pdf")),
        Q("orgs_regulation_students", "2. Положение о наставничестве обучающихся",
          "да (тот же приказ)", 1, L(DD + "polozhenie_obuch.pdf")),
        Q("orgs_monitoring_order", "3. Приказ о мониторинге", "нет", 0),
        BL(),
        H("Наставники, наставляемые, партнёры"),
        Q("curators_total", "4. Куратор", "1 — методист Соколова И.В.", 1),
        Q("mentors_total", "5. Количество наставников по приказу", "22 человека", 22,
          L(DD + "prikaz_63_nastavniki.pdf")),
        Q("mentees_total", "6. Наставляемых по приказу", "54", 54, L(DD + "prikaz_63_nastavniki.pdf")),
        Q("other_org_mentors", "7. Наставники из сторонних организаций (не школы, не предприятия)",
          "2 (ДК «Юность», библиотека)", 2, L(DD + "soglasheniya.pdf")),
        Q("agreements_other_orgs", "8. Соглашения с такими организациями", "2", 2, L(DD + "soglasheniya.pdf")),
        Q("partner_list", "9. Партнёры",
          "МБУК «ДК «Юность», МБУК «Центральная библиотека»",
          "МБУК «ДК «Юность», МБУК «Центральная библиотека»"),
        BL(),
        H("Программы"),
        Q("pp_total", "10. ПП всего", "19", 19, L(DD + "pp_reestr.pdf")),
        Q("pp_teacher_pupil", "11. педагог – обучающийся", "9", 9),
        Q("pp_pupil_pupil", "12. обучающийся – обучающийся", "7", 7),
        Q("pp_teacher_teacher", "13. педагог – педагог", "3", 3),
        Q("pp_other", "14. иные формы", "нет", 0),
        BL(),
        H("Обучающиеся"),
        Q("students_10_19", "15. Обучающихся 10–19 лет (по сертификатам ПФДО)", "740", 740),
        Q("mentees_10_19", "16. Из них наставляемые", "48", 48, L(DD + "prikaz_63_nastavniki.pdf")),
        Q("mentees_gifted", "17. одарённые", "21", 21),
        Q("mentees_disabled", "18. ОВЗ", "3", 3),
        Q("mentees_other_params", "19. по другим основаниям", "24", 24),
        Q("share_mentees_10_19", "20. Процент наставляемых 10–19 лет", "6,5%", 6.5),
        Q("students_15_19", "21. Обучающихся 15–19 лет", "210", 210),
        Q("mentors_15_19", "22. Из них наставники", "12", 12, L(DD + "prikaz_63_nastavniki.pdf")),
        Q("share_mentors_15_19", "23. Процент наставников 15–19 лет", "5,7 %", 5.7),
        BL(),
        H("Педагоги"),
        Q("young_specialists", "24. Молодые педагоги до 35 лет (первые 3 года)", "5", 5),
        Q("young_specialists_mentees", "25. Из них с наставником", "5 (все закреплены)", 5,
          L(DD + "prikaz_63_nastavniki.pdf")),
        Q("teachers_other", "26. Остальные педагоги", "38", 38),
        Q("teachers_other_mentees", "27. Из них наставляемые", "1", 1),
        Q("teachers_mentors", "28. Педагоги-наставники", "8", 8, L(DD + "prikaz_63_nastavniki.pdf")),
        Q("share_teachers_mentors", "29. Процент педагогов-наставников", "18,6 %", 18.6),
        Q("school_methodical_associations", "30. МО наставников", "0, не создано", 0),
        Q("kpk_trained", "31. КПК по наставничеству", "0", 0),
        Q("satisfaction_mentees", "32. Удовлетворённость наставляемых", "95%", 95,
          L(DD + "anketa_rezultaty.pdf")),
        Q("satisfaction_mentors", "33. Удовлетворённость наставников", "анкетирование не проводилось", None),
        BL(),
    ],
    "sig": [S("Директор _________ Т.Н. Белова"),
            S("Исп. Соколова И.В., 8 (34563) 2-40-07")],
}

BZ = "https://berezovka-oosh.gosuslugi.ru/netcat_files/userfiles/"
FILE_E = {
    "file": "ООШ_Берёзовка.xlsx",
    "org": "МБОУ «Берёзовская ООШ»",
    "sheet": "Лист1",
    "layout": "same_cell", "sep": ": ", "heading_style": "merged_bold",
    "title": "Отчёт МБОУ «Берёзовская ООШ» по наставничеству за 2024 год",
    "widths": [86, 66],
    "items": [
        H("1. Документы"),
        Q("orgs_regulation_teachers", "Положение о наставничестве педагогов", "имеется", 1,
          L(BZ + "polozhenie_nast_ped.pdf")),
        Q("orgs_regulation_students", "Положение о наставничестве учеников", "имеется", 1,
          L(BZ + "polozhenie_nast_uch.pdf")),
        Q("orgs_monitoring_order", "Приказ о мониторинге", "имеется, № 64 от 20.11.2024", 1,
          NOTE("см. сайт школы, раздел Наставничество")),
        Q("internal_monitoring_notes", "Справка по внутреннему мониторингу", "нет", 0),
        BL(),
        H("2. Наставники и наставляемые"),
        Q("curators_total", "Куратор", "1", 1),
        Q("mentors_total", "Наставников (по приказу)", "8", 8, L(BZ + "prikaz_41_nastavniki.pdf")),
        Q("mentees_total", "Наставляемых (по приказу)", "13", 13, L(BZ + "prikaz_41_nastavniki.pdf")),
        Q("agreements_enterprises", "Соглашения с предприятиями", "1 (СПК «Берёзовский»)", 1,
          L(BZ + "soglashenie_spk.pdf")),
        Q("enterprise_mentors", "Наставники от предприятия", "1 (агроном СПК)", 1,
          L(BZ + "prikaz_41_nastavniki.pdf")),
        Q("agreement_subjects", "Предмет соглашения",
          "профориентация и наставничество для учащихся 8–9 классов (агрогруппа)",
          "профориентация и наставничество для учащихся 8–9 классов (агрогруппа)"),
        Q("partner_list", "Партнёры", "СПК «Берёзовский»", "СПК «Берёзовский»"),
        BL(),
        H("3. Программы"),
        Q("pp_total", "ПП всего", "9", 9, L(BZ + "pp_2024.pdf")),
        Q("pp_pupil_pupil", "Ученик – ученик", "3", 3),
        Q("pp_teacher_pupil", "Учитель – ученик", "5", 5),
        Q("pp_other", "Работодатель – ученик", "1", 1),
        Q("pp_student_student", "Студент – студент", "0 (нет таких)", 0),
        BL(),
        H("4. Ученики"),
        X("Всего учеников в школе", "98"),
        Q("students_10_19", "Учеников от 10 до 19 лет", "64", 64),
        Q("mentees_10_19", "Из них наставляемые", "12", 12, L(BZ + "prikaz_41_nastavniki.pdf")),
        Q("mentees_risk", "Группа риска", "2", 2),
        Q("mentees_low_motivation", "Слабоуспевающие, низкая мотивация", "6", 6),
        Q("mentees_career", "Профориентация", "4", 4),
        Q("share_mentees_10_19", "Охват", "18,75 %", 18.75),
        Q("students_15_19", "Учеников 15–19 лет", "9", 9),
        Q("mentors_15_19", "Из них наставники", "3", 3, L(BZ + "prikaz_41_nastavniki.pdf")),
        Q("share_mentors_15_19", "Доля", "33,3 %", 33.3),
        BL(),
        H("5. Учителя"),
        Q("young_specialists", "Молодой специалист", "1", 1),
        Q("young_specialists_mentees", "Молодой специалист с наставником", "1", 1,
          L(BZ + "prikaz_41_nastavniki.pdf")),
        Q("teachers_other", "Остальных учителей", "14", 14),
        Q("teachers_other_mentees", "Наставляемых среди них", "0", 0),
        Q("teachers_mentors", "Учителей-наставников", "4", 4, L(BZ + "prikaz_41_nastavniki.pdf")),
        Q("kpk_trained", "Курсы по наставничеству", "1 человек", 1, L(BZ + "kpk_udostoverenie.pdf")),
        Q("pay_acts", "Оплата наставникам (локальный акт)", "нет", 0),
        Q("nonmaterial_acts", "Нематериальное поощрение (положение)", "да", 1, L(BZ + "polozhenie_pooshrenie.pdf")),
        Q("satisfaction_mentees", "Удовлетворённость наставляемых", "100 %", 100),
        Q("satisfaction_mentors", "Удовлетворённость наставников", "100 %", 100),
        BL(),
    ],
    "sig": [S("Директор _________ Г.И. Лаптева"),
            S("Исполнитель: Лаптева Г.И., тел. 8 (34563) 5-21-30")],
}

G2 = "https://gimn2-kamozersk.edu.ru/files/nastavnichestvo/"
FILE_F = {
    "file": "Гимназия2_отчёт.xlsx",
    "org": "МБОУ «Гимназия № 2»",
    "sheet": "отчёт",
    "layout": "table_years",       # the secretary kept last year's column: 2023 | 2024
    "title": "Отчёт МБОУ «Гимназия № 2» по наставничеству за 2024 год",
    "header": ["Что спрашивают", "2023", "2024", "Где посмотреть"],
    "extra_not_criteria": ["2023"],   # last year's column: values of another year
    "widths": [62, 14, 34, 74],
    "items": [
        H("Документы"),
        Q("orgs_regulation_teachers", "Положение о наставничестве педагогов", "да", 1,
          L(G2 + "polozhenie_pedagogi_2024.pdf", G2 + "polozhenie_pedagogi_2022.pdf"), prev="да"),
        Q("orgs_regulation_students", "Положение о наставничестве обучающихся", "да", 1,
          L(G2 + "polozhenie_obuch.pdf"), prev="да"),
        Q("orgs_monitoring_order", "Приказ о мониторинге", "да, приказ № 301 от 15.11.2024", 1,
          L(G2 + "prikaz_301.pdf"), prev="нет"),
        Q("internal_monitoring_notes", "Справка по итогам мониторинга", "да", 1,
          L(G2 + "spravka_2024.pdf"), prev="да"),
        BL(),
        H("Кадры наставничества"),
        Q("curators_total", "Кураторы", "2", 2, L(G2 + "prikaz_kuratory.pdf"), prev="1"),
        Q("mentors_total", "Наставники (приказ)", "47", 47, L(G2 + "prikaz_bazy_2024.pdf"), prev="41"),
        Q("mentees_total", "Наставляемые (приказ)", "122", 122, L(G2 + "prikaz_bazy_2024.pdf"), prev="105"),
        Q("other_org_mentors", "Наставники из сторонних организаций (краеведческий музей)", "1", 1,
          L(G2 + "soglashenie_muzey.pdf"), prev="0"),
        Q("agreements_other_orgs", "Соглашения с иными организациями", "1", 1,
          L(G2 + "soglashenie_muzey.pdf"), prev="0"),
        Q("partner_list", "Партнёры", "МБУК «Каменноозёрский краеведческий музей»",
          "МБУК «Каменноозёрский краеведческий музей»", prev="—"),
        BL(),
        H("ПП (персонализированные программы)"),
        Q("pp_total", "ПП всего", "38", 38, L(G2 + "pp_2024.pdf"), prev="30"),
        Q("pp_pupil_pupil", "ученик-ученик", "18", 18, prev="14"),
        Q("pp_teacher_teacher", "учитель-учитель", "9", 9, prev="8"),
        Q("pp_head_teacher", "руководитель-педагог", "1", 1, prev="1"),
        Q("pp_teacher_pupil", "учитель-ученик", "10", 10, prev="7"),
        BL(),
        H("Обучающиеся"),
        Q("students_10_19", "Обучающихся 10-19 лет", "702", 702, prev="640"),
        Q("mentees_10_19", "Наставляемых 10-19 лет", "110", 110, L(G2 + "prikaz_bazy_2024.pdf"), prev="95"),
        Q("share_mentees_10_19", "% наставляемых", "15,7", 15.7, prev="14,8"),
        Q("mentees_gifted", "одарённые", "52", 52, prev="40"),
        Q("mentees_career", "выбор профессии", "36", 36, prev="30"),
        Q("mentees_risk", "группа риска", "7", 7, prev="5"),
        Q("mentees_disabled", "ОВЗ, инвалиды", "3", 3, prev="2"),
        Q("mentees_low_motivation", "низкая мотивация", "12", 12, prev="18"),
        Q("students_15_19", "Обучающихся 15-19 лет", "250", 250, prev="230"),
        Q("mentors_15_19", "Наставников 15-19 лет", "30", 30, L(G2 + "prikaz_bazy_2024.pdf"), prev="25"),
        Q("share_mentors_15_19", "% наставников 15-19", "12,0", 12.0, prev="10,9"),
        BL(),
        H("Педагоги"),
        Q("young_specialists", "Молодые специалисты", "7", 7, prev="5"),
        Q("young_specialists_mentees", "Молодые специалисты – наставляемые", "7", 7,
          L(G2 + "prikaz_bazy_2024.pdf"), prev="5"),
        Q("teachers_other", "Прочие педагоги", "58", 58, prev="57"),
        Q("teachers_other_mentees", "Прочие педагоги – наставляемые", "5", 5,
          L(G2 + "prikaz_bazy_2024.pdf"), prev="3"),
        Q("share_teachers_mentees", "% педагогов-наставляемых", "18,5", 18.5, prev="12,9"),
        Q("teachers_mentors", "Педагоги-наставники", "16", 16, L(G2 + "prikaz_bazy_2024.pdf"), prev="14"),
        Q("share_teachers_mentors", "% педагогов-наставников", "24,6", 24.6, prev="22,6"),
        Q("young_specialists_mentors", "Молодые специалисты – наставники", "0", 0, prev="0"),
        Q("kpk_trained", "Курсы ПК по наставничеству", "4", 4, L(G2 + "kpk_2024.pdf"), prev="2"),
        Q("school_methodical_associations", "МО наставников", "1", 1, L(G2 + "mo_nastavnikov.pdf"), prev="1"),
        BL(),
        H("Поощрение, удовлетворённость"),
        Q("pay_acts", "Акт об оплате наставничества", "1", 1, L(G2 + "polozhenie_oplata.pdf"), prev="1"),
        Q("nonmaterial_acts", "Нематериальное поощрение (положение)", "1", 1,
          L(G2 + "polozhenie_nematerialnoe.pdf"), prev="1"),
        Q("satisfaction_mentees", "Удовлетворённость наставляемых, %", "92", 92,
          L(G2 + "anketa_2024.pdf"), prev="88"),
        Q("satisfaction_mentors", "Удовлетворённость наставников, %", "93", 93,
          L(G2 + "anketa_2024.pdf"), prev="90"),
        BL(),
    ],
    "sig": [S("Директор гимназии _____________ Е.В. Орлова"),
            S("Исполнитель: Зайцева М.Ю., тел. 8 (34563) 2-05-91, 20.12.2024")],
}

SY = "https://syut-kamozersk.gosuslugi.ru/netcat_files/docs/"
FILE_G = {
    "file": "СЮТ мониторинг ЦМН.xlsx",
    "org": "МБУ ДО «Станция юных техников»",
    "sheet": "ЦМН",
    "layout": "same_cell", "sep": " — ", "heading_style": "bold",
    "title": "Отчёт МБУ ДО «Станция юных техников» по наставничеству за 2024 год",
    "widths": [80, 76],
    "items": [
        H("Документы"),
        Q("orgs_regulation_teachers", "Положение о наставничестве педагогических работников", "есть", 1,
          L(SY + "polozhenie_ped.pdf", "https://disk.yandex.ru/i/syut_polozhenia")),
        Q("orgs_regulation_students", "Положение о наставничестве обучающихся", "есть", 1,
          L(SY + "polozhenie_obuch.pdf")),
        BL(),
        H("Участники"),
        Q("mentors_total", "Количество наставников", "12", 12, L(SY + "prikaz_29_nastavniki.pdf")),
        Q("mentees_total", "Количество наставляемых", "28 человек", 28, L(SY + "prikaz_29_nastavniki.pdf")),
        Q("enterprise_mentors", "Наставники с завода", "2", 2, L(SY + "soglashenie_zavod.pdf")),
        Q("agreements_enterprises", "Соглашения с предприятиями", "1", 1, L(SY + "soglashenie_zavod.pdf")),
        Q("partner_list", "Партнёр", "АО «Каменноозёрский механический завод»",
          "АО «Каменноозёрский механический завод»"),
        BL(),
        H("Программы"),
        Q("pp_total", "Персонализированных программ", "14", 14, L(SY + "pp_spisok.pdf")),
        Q("pp_teacher_pupil", "педагог–обучающийся", "8", 8),
        Q("pp_other", "инженер завода–обучающийся", "6", 6),
        BL(),
        H("Дети"),
        Q("students_10_19", "Детей 10–19 лет", "310", 310),
        Q("mentees_10_19", "Наставляемых детей 10–19 лет", "26", 26, L(SY + "prikaz_29_nastavniki.pdf")),
        Q("mentees_career", "из них по профориентации", "20", 20),
        Q("mentees_gifted", "одарённых", "6", 6),
        Q("share_mentees_10_19", "Охват", "8,4 %", 8.4),
        Q("students_15_19", "Ребят 15–19 лет", "95", 95),
        Q("mentors_15_19", "Из них наставники", "6", 6, L(SY + "prikaz_29_nastavniki.pdf")),
        BL(),
        H("Педагоги"),
        Q("young_specialists", "Молодых педагогов", "2", 2),
        Q("young_specialists_mentees", "С наставником", "2", 2, L(SY + "prikaz_29_nastavniki.pdf")),
        Q("teachers_other", "Остальных педагогов", "17", 17),
        Q("teachers_mentors", "Педагогов-наставников", "4", 4, L(SY + "prikaz_29_nastavniki.pdf")),
        Q("satisfaction_mentees", "Удовлетворённость наставляемых", "94 % (4,7 балла из 5)", 94,
          L(SY + "anketa.pdf")),
        Q("satisfaction_mentors", "Удовлетворённость наставников", "96 %", 96, L(SY + "anketa.pdf")),
        BL(),
    ],
    "sig": [S("Директор СЮТ ________ В.С. Ершов"),
            S("Исполнитель: Ершова Н.А., методист, тел. 8 (34563) 2-77-10")],
}

FILES = [FILE_A, FILE_B, FILE_C, FILE_D, FILE_E, FILE_F, FILE_G]


# ---------------------------------------------------------------- plausibility checks
def check_plausible(f):
    v = {it["cid"]: it["v"] for it in f["items"] if it["t"] == "Q" and it["v"] is not None}
    g = v.get

    def le(a, b):
        if a in v and b in v:
            assert v[a] <= v[b], (f["file"], a, b)

    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    parts = [k for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                         "mentees_career", "mentees_other_params") if k in v]
    if parts:
        assert sum(v[k] for k in parts) <= v["mentees_10_19"], f["file"]
    pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if pps:
        assert sum(v[k] for k in pps) == v["pp_total"], f["file"]

    def share(sid, num, den, tol=0.051):
        if sid in v:
            n = sum(v[x] for x in num)
            d = sum(v[x] for x in den)
            assert abs(100.0 * n / d - v[sid]) <= tol, (f["file"], sid, 100.0 * n / d, v[sid])

    share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
    share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
    share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
    share("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
          ["teachers_other", "young_specialists"])
    share("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"])
    # mentors / mentees by order are at least the people counted by kind
    kinds = sum(g(k, 0) for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                  "other_org_mentors", "enterprise_mentors"))
    assert kinds <= g("mentors_total", 10 ** 6), (f["file"], kinds)
    mk = sum(g(k, 0) for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"))
    assert mk <= g("mentees_total", 10 ** 6), (f["file"], mk)


# ---------------------------------------------------------------- writing
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, row, col, value, bold=False, wrap=False):
    c = ws.cell(row=row, column=col, value=value)
    if bold:
        c.font = BOLD
    if wrap or (isinstance(value, str) and "\n" in value):
        c.alignment = WRAP
    return c


def excel_typed(a):
    """what Excel (Russian locale) makes of a typed answer: plain numbers and NN,N% become numbers"""
    if not isinstance(a, str):
        return a, None
    m = re.fullmatch(r"(\d+)(?:,(\d+))?(%?)", a)
    if not m:
        return a, None
    dec = m.group(2) or ""
    x = float(m.group(1) + ("." + dec if dec else ""))
    if m.group(3):
        return round(x / 100, len(dec) + 2), "0" + ("." + "0" * len(dec) if dec else "") + "%"
    return (int(x) if not dec else x), None


def write_file(f):
    wb = Workbook()
    wb.properties.creator = "Секретарь"
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 12, 18, 10, 0, 0)
    ws = wb.active
    if f.get("empty_first"):
        ws.title = f["empty_first"]
        ws = wb.create_sheet(f["sheet"])
    else:
        ws.title = f["sheet"]
    for i, w in enumerate(f["widths"], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    lay = f["layout"]
    ncols = len(f["widths"])
    cells, not_criteria, headings = [], [], []
    values, links = {}, {}

    def rec(cid, kind, row, col, expected, fragment=None):
        e = {"file": "typed/" + f["file"], "sheet": ws.title, "cell": f"{get_column_letter(col)}{row}",
             "criterion": cid, "kind": kind, "expected": expected}
        if fragment is not None:
            e["fragment"] = fragment
        cells.append(e)

    r = 1
    put(ws, r, 1, f["title"], bold=True)
    if lay in ("table", "table_years"):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        r = 3
        for j, h in enumerate(f["header"], 1):
            put(ws, r, j, h, bold=True)
        r += 1
    else:
        r = 3
    for it in f["items"]:
        t = it["t"]
        if t == "BL":
            r += 1
            continue
        if t == "H":
            headings.append(it["text"])
            style = f.get("heading_style", "bold")
            if lay in ("table", "table_years"):
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                put(ws, r, 1, it["text"], bold=True)
            elif style == "merged":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                c = put(ws, r, 1, it["text"])
                c.alignment = Alignment(horizontal="center")
            elif style == "merged_bold":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                c = put(ws, r, 1, it["text"], bold=True)
                c.alignment = Alignment(horizontal="center")
            else:
                put(ws, r, 1, it["text"], bold=True)
            r += 1
            continue
        if t == "S":
            not_criteria.append(it["text"])
            continue  # written after the items
        # Q or X
        q, a = it["q"], it["a"]
        link = it.get("link") if t == "Q" else None
        cid = it.get("cid")
        if t == "X":
            not_criteria.append(q)
        numfmt = None
        if isinstance(a, tuple) and a[0] == "pct":
            numfmt, a = "0.00%", a[1]
        elif lay != "same_cell" and not (lay == "qa_rows_inline" and link):
            a, numfmt = excel_typed(a)
        if lay == "qa_rows":
            put(ws, r, 1, q)
            c = put(ws, r + 1, 1, a)
            if numfmt:
                c.number_format = numfmt
            vrow, vcol = r + 1, 1
            if link:
                put(ws, r + 1, 2, link["raw"])
            lrow, lcol = r + 1, 2
            r += 2
        elif lay == "qa_rows_inline":
            put(ws, r, 1, q)
            c = put(ws, r + 1, 1, a if not link else a + "\n" + link["raw"])
            if numfmt:
                c.number_format = numfmt
            vrow, vcol, lrow, lcol = r + 1, 1, r + 1, 1
            r += 2
        elif lay == "same_cell":
            put(ws, r, 1, q + f["sep"] + str(a))
            if link:
                put(ws, r, 2, link["raw"])
            vrow, vcol, lrow, lcol = r, 1, r, 2
            r += 1
        elif lay == "table":
            put(ws, r, 1, q, wrap=True)
            c = put(ws, r, 2, a)
            if numfmt:
                c.number_format = numfmt
            if link:
                put(ws, r, 3, link["raw"])
            vrow, vcol, lrow, lcol = r, 2, r, 3
            r += 1
        elif lay == "table_years":
            put(ws, r, 1, q, wrap=True)
            p, pf = excel_typed(it.get("prev"))
            c = put(ws, r, 2, p)
            if pf:
                c.number_format = pf
            c = put(ws, r, 3, a)
            if numfmt:
                c.number_format = numfmt
            if link:
                put(ws, r, 4, link["raw"])
            vrow, vcol, lrow, lcol = r, 3, r, 4
            r += 1
        else:
            raise ValueError(lay)
        if t == "Q" and it["v"] is not None:
            assert cid not in values, (f["file"], cid)
            values[cid] = it["v"]
            rec(cid, "value", vrow, vcol, it["v"], a if isinstance(a, str) else None)
            if link and link["proof"]:
                links[cid] = link["proof"]
                rec(cid, "link", lrow, lcol, link["proof"])
    for it in f["sig"]:
        not_criteria.append(it["text"])
        put(ws, r, 1, it["text"])
        r += 1
    not_criteria.extend(f.get("extra_not_criteria", []))
    path = os.path.join(OUT, f["file"])
    wb.save(path)
    exp = {"file": "typed/" + f["file"], "year": YEAR, "organisation": f["org"], "values": values,
           "links": links, "not_criteria": not_criteria, "headings": headings}
    return exp, cells


def verbatim_share():
    """share of question rows that copy a catalogue wording verbatim (must stay <= 1/3)"""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")
    if not os.path.exists(path):
        return None
    norm = lambda s: re.sub(r"\s+", " ", s.strip().lower().replace("ё", "е"))
    wordings = set()
    with open(path, encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row.get(k):
                    wordings.add(norm(row[k]))
    total = same = 0
    for f in FILES:
        for it in f["items"]:
            if it["t"] == "Q":
                total += 1
                q = re.sub(r"^\d+\.\s*", "", it["q"])
                same += norm(q) in wordings
    return same, total


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".xlsx"):
            os.remove(os.path.join(OUT, fn))
    expected, cells = [], []
    for f in FILES:
        check_plausible(f)
        e, c = write_file(f)
        expected.append(e)
        cells.extend(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"note": "value cells: 'fragment' is the answer as typed inside the cell (the cell may also "
                           "hold the question or a link); numeric cells with a percent format are read x100. "
                           "link cells: the expected URL is the first URL in the cell. No file was re-saved "
                           "through LibreOffice.",
                   "cells": cells}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len(expected)} organisations={len({e['organisation'] for e in expected})} values={nv} links={nl}")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links")
    vs = verbatim_share()
    if vs:
        print(f"verbatim catalogue wordings: {vs[0]} of {vs[1]} question rows")


if __name__ == "__main__":
    main()
