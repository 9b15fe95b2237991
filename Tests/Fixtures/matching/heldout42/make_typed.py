#!/usr/bin/env python3
"""Held-out set 42: what Excel and LibreOffice did to what people typed.

Six monitoring forms (criterion | value | link) of schools of the invented
Светлокамский муниципальный округ, 2024.  Every file is written with openpyxl;
then
  * "excel" files get the cached results of their formulas injected into the
    sheet XML (as Excel would have stored them),
  * the "lo" file is re-saved through LibreOffice Calc (soffice --headless),
    which computes the formulas and turns booleans into =TRUE()/=FALSE(),
  * the "prog" file is left as openpyxl wrote it: its formula has NO cached value.
Finally every zip is rewritten with fixed timestamps and fixed document
properties, so that the output does not depend on the day it is run.

Writes typed/*.xlsx, expected.json, cells.json.
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024


# ----------------------------------------------------------------------------
# cell specifications
# ----------------------------------------------------------------------------
class V:  # value cell
    def __init__(self, kind, value=None, fmt=None, cached=None, note=""):
        self.kind, self.value, self.fmt, self.cached, self.note = kind, value, fmt, cached, note


def N(x, fmt=None, note="number"):            # a real number
    return V("n", x, fmt, note=note)


def S(text, note="text"):                      # a string (green triangle if digits)
    return V("s", text, note=note)


def Q(text, note="number stored as text with a leading apostrophe"):
    return V("q", text, note=note)


def B(flag, note="boolean ИСТИНА/ЛОЖЬ"):
    return V("b", flag, note=note)


def DT(y, m, d, fmt, note):                    # what a date-converted entry left
    return V("d", dt.datetime(y, m, d), fmt, note=note)


def P(x, fmt="0%", note="percent format"):     # a fraction with a percent format
    return V("p", x, fmt, note=note)


def F(expr, cached, fmt, note):                # formula; cached=None -> no cache
    return V("f", expr, fmt, cached=cached, note=note)


class L:  # link cell
    def __init__(self, kind, text, target=None, note=""):
        self.kind, self.text, self.target, self.note = kind, text, target, note


def U(url, note="typed URL, autoformatted into a hyperlink"):
    return L("hl", url, url, note)


def HL(display, target, note="hyperlink with a shortened display text"):
    return L("hl", display, target, note)


def PT(text, note="plain text, no hyperlink"):
    return L("pt", text, None, note)


class X:  # an excluded value
    def __init__(self, reason):
        self.reason = reason


def H(title):
    return ("H", title)


def R(num, title, crit, v, link=None, exp=None, elink=None):
    return ("R", num, title, crit, v, link, exp, elink)


def D(num, title, v, link=None):
    return ("D", num, title, v, link)


# ----------------------------------------------------------------------------
# the six forms
# ----------------------------------------------------------------------------
SOSH1 = "https://sosh1-svetlokamsk-r18.gosweb.gosuslugi.ru"
LIC3 = "https://licey3svk.edu.ru"
GIM2 = "https://gimnaziya2-svetlokamsk-r18.gosweb.gosuslugi.ru"
KLU = "https://klyuchevskaya-oosh-r18.gosweb.gosuslugi.ru"
KVA = "https://kvarsa-sosh.edu.ru"
SOSH6 = "https://sosh6-svetlokamsk-r18.gosweb.gosuslugi.ru"

FORMS = []

# ---------------------------------------------------------------- 1. СОШ № 1
d1 = SOSH1 + "/netcat_files/userfiles/nastavnichestvo/2024/"
FORMS.append(dict(
    file="СОШ1_наставничество_2024.xlsx",
    mode="excel",
    sheet="Лист1",
    numcol=True,
    org="МБОУ «СОШ № 1» г. Светлокамска",
    top=[
        ["Мониторинг реализации целевой модели наставничества за 2024 год"],
        ["", "Образовательная организация:", "МБОУ «СОШ № 1» г. Светлокамска"],
        ["", "Куратор:", "Зорина Т.В., зам. директора по УВР"],
    ],
    header=["№ п/п", "Критерий", "Значение", "Ссылка на источник (документ)"],
    widths=[7, 62, 14, 70],
    rows=[
        H("1. Нормативная база"),
        R("1.1", "Положение о наставничестве педагогических работников утверждено приказом", "orgs_regulation_teachers",
          B(True), HL("https://sosh1-svetlokamsk-r18.gosweb.gosuslugi.ru/…/polozhenie_ped.pdf", d1 + "polozhenie_ped.pdf"), 1),
        R("1.2", "Положение о наставничестве обучающихся утверждено приказом", "orgs_regulation_students",
          B(True), U(d1 + "polozhenie_obuch.pdf"), 1),
        R("1.3", "Приказ о проведении мониторинга ЦМН в школе", "orgs_monitoring_order",
          B(True), HL("Приказ № 198-од", d1 + "prikaz_198-od_monitoring.pdf", "hyperlink whose display text is the order's number"), 1),
        R("1.4", "Справка по итогам внутришкольного мониторинга наставничества", "internal_monitoring_notes",
          B(True), U(d1 + "spravka_monitoring_2024.pdf"), 1),
        D("1.5", "Дорожная карта внедрения ЦМН на 2024-2025 уч. год", B(True), U(d1 + "dorozhnaya_karta.pdf")),
        H("2. Организация процесса"),
        R("2.1", "Кураторы внедрения ЦМН (кол-во)", "curators_total", Q("1"), U(d1 + "prikaz_175-od_kurator.pdf"), 1),
        R("2.2", "Наставники по приказу, всего", "mentors_total", Q("58"), U(d1 + "prikaz_201-od_pary.pdf"), 58),
        R("2.3", "Наставляемые по приказу, всего", "mentees_total", Q("96"), U(d1 + "prikaz_201-od_pary.pdf"), 96),
        D("2.4", "Наставники / наставляемые в 2023 г.", S("51/88", "joined count «51/88»: no date (month 88), stays text")),
        R("2.5", "Соглашения с другими ОО (наставники от них)", "agreements_edu_orgs", N(1), U(d1 + "dogovor_sosh4.pdf"), 1),
        R("2.6", "Соглашения с предприятиями", "agreements_enterprises", N(2), U(d1 + "soglasheniya_predpriyatiya.pdf"), 2),
        R("2.7", "Соглашения с иными организациями (любой формы собственности)", "agreements_other_orgs", N(1),
          U(d1 + "soglashenie_cbs.pdf"), 1),
        R("2.8", "С кем сотрудничаем (наименования)", "partner_list",
          S("МБОУ «СОШ № 4»; ООО «Светлокамский механический завод»; АО «Камэнерго»; МБУК «Светлокамская ЦБС»"), None,
          "МБОУ «СОШ № 4»; ООО «Светлокамский механический завод»; АО «Камэнерго»; МБУК «Светлокамская ЦБС»"),
        R("2.9", "Предмет соглашений", "agreement_subjects",
          S("наставничество «ученик – ученик» (СОШ № 4), «работодатель – ученик»: профпробы и экскурсии на производство"), None,
          "наставничество «ученик – ученик» (СОШ № 4), «работодатель – ученик»: профпробы и экскурсии на производство"),
        H("3. Персонализированные программы (ПП)"),
        R("3.1", "ПП всего (все формы)", "pp_total", N(41), U(SOSH1 + "/ofitsialno/nastavnichestvo/programmy"), 41),
        R("3.2", "ПП «ученик – ученик»", "pp_pupil_pupil", N(12), None, 12),
        R("3.3", "ПП «учитель – учитель»", "pp_teacher_teacher", N(19), None, 19),
        R("3.4", "ПП «руководитель – педагог»", "pp_head_teacher", N(4), None, 4),
        R("3.5", "ПП «учитель – ученик»", "pp_teacher_pupil", N(6), None, 6),
        R("3.6", "ПП «студент – ученик»", "pp_student_pupil", N(0), None, 0),
        R("3.7", "ПП по иной форме (какой)", "pp_other", N(0), None, 0),
        H("4. Наставники со стороны"),
        R("4.1", "Наставники из других ОО", "external_edu_mentors", N(2), U(d1 + "prikaz_201-od_pary.pdf"), 2),
        R("4.2", "Наставники от предприятий", "enterprise_mentors", N(4), U(d1 + "prikaz_201-od_pary.pdf"), 4),
        R("4.3", "Наставники из иных организаций", "other_org_mentors", N(1), U(d1 + "prikaz_201-od_pary.pdf"), 1),
        D("4.4", "Совместные проекты с предприятиями (кол-во)", N(3)),
        H("5. Учащиеся 10–19 лет в роли наставляемых"),
        R("5.1", "Всего учащихся 10-19 лет", "students_10_19", N(800), None, 800),
        R("5.2", "из них наставляемые", "mentees_10_19", Q("60"), U(d1 + "baza_nastavlyaemyh.pdf"), 60),
        R("5.3", "группа риска", "mentees_risk", N(9), U(d1 + "baza_nastavlyaemyh.pdf"), 9),
        R("5.4", "одарённые (в реестре)", "mentees_gifted", N(14), U(d1 + "baza_nastavlyaemyh.pdf"), 14),
        R("5.5", "ОВЗ, дети-инвалиды", "mentees_disabled", N(6), U(d1 + "baza_nastavlyaemyh.pdf"), 6),
        R("5.6", "низкая мотивация / неуспевающие", "mentees_low_motivation", N(18), U(d1 + "baza_nastavlyaemyh.pdf"), 18),
        R("5.7", "проблемы с выбором профессии / траектории", "mentees_career", N(11), U(d1 + "baza_nastavlyaemyh.pdf"), 11),
        R("5.8", "по иным параметрам", "mentees_other_params", N(2), U(d1 + "baza_nastavlyaemyh.pdf"), 2),
        R("5.9", "Доля наставляемых 10-19 лет, %", "share_mentees_10_19",
          F("{mentees_10_19}/{students_10_19}", 0.075, "0.0%", "formula with cached result (text '60 coerced by Excel)"), None, 7.5),
        H("6. Учащиеся 15–19 лет в роли наставников"),
        R("6.1", "Всего учащихся 15-19 лет", "students_15_19", N(210), None, 210),
        R("6.2", "Наставники из учащихся 15-19 лет (по приказу)", "mentors_15_19", N(21), U(d1 + "prikaz_201-od_pary.pdf"), 21),
        R("6.3", "Доля, %", "share_mentors_15_19", N(10), None, 10),
        H("7. Удовлетворённость"),
        R("7.1", "Удовлетворённость наставляемых (завершённые программы)", "satisfaction_mentees",
          P(0.92, "0%", "typed «92%», stored 0.92"), U("https://disk.yandex.ru/i/sV1kQm7TzR3pXa"), 92),
        R("7.2", "Удовлетворённость наставников (завершённые программы)", "satisfaction_mentors",
          P(0.89, "0%", "typed «89%», stored 0.89"), U("https://disk.yandex.ru/i/sV1kQm7TzR3pXa"), 89),
        H("8. Педагоги в роли наставляемых"),
        R("8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "young_specialists", N(12), None, 12),
        R("8.2", "из них в программах наставничества как наставляемые", "young_specialists_mentees",
          DT(2024, 12, 5, "mm-dd-yy", "typed «5/12» (5 of 12), Excel made it the date 05.12.2024"), None,
          X("typed «5/12» (5 of 12?) became the date 05.12.2024; the number cannot be trusted")),
        R("8.3", "Педагоги (кроме молодых специалистов), всего", "teachers_other", N(46), None, 46),
        R("8.4", "из них наставляемые", "teachers_other_mentees", Q("31"), U(d1 + "prikaz_201-od_pary.pdf"), 31),
        H("9. Профессиональное развитие"),
        R("9.1", "Педагоги — участники утверждённых ПП", "teachers_in_pp", N(23), U(SOSH1 + "/ofitsialno/nastavnichestvo/programmy"), 23),
        R("9.2", "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", N(3), U(d1 + "udostovereniya_kpk.pdf"), 3),
        R("9.3", "Названия курсов", "kpk_courses",
          S("«Наставничество в образовательной организации: технологии и практики», ИРО УР, 36 ч."), None,
          "«Наставничество в образовательной организации: технологии и практики», ИРО УР, 36 ч."),
        R("9.4", "ШМО наставников (кол-во)", "school_methodical_associations", N(1), U(d1 + "prikaz_180-od_shmo.pdf"), 1),
        H("10. Педагоги в роли наставников"),
        R("10.1", "Педагоги-наставники", "teachers_mentors", N(30), U(d1 + "prikaz_201-od_pary.pdf"), 30),
        R("10.2", "Молодые специалисты — наставники", "young_specialists_mentors", N(0), None, 0),
        R("10.3", "Доля педагогов-наставников", "share_teachers_mentors", P(0.52, "0%", "typed «52%», stored 0.52"), None, 52),
        H("11. Стимулирование наставников"),
        R("11.1", "Локальный акт об оплате (доплате) наставникам", "pay_acts", N(1), U(d1 + "polozhenie_oplata.pdf"), 1),
        R("11.2", "Локальный акт о нематериальном поощрении наставников", "nonmaterial_acts", N(1),
          U(d1 + "polozhenie_pooshrenie.pdf"), 1),
    ],
    bottom=[["", "Исполнитель: Зорина Т.В., тел. 8 (34147) 3-12-40"]],
))

# ------------------------------------------------------------ 2. Лицей № 3
d2 = LIC3 + "/upload/nastavnichestvo/"
FORMS.append(dict(
    file="licey3_CMN_2024.xlsx",
    mode="excel",
    sheet="Sheet1",
    numcol=False,
    org="МАОУ «Лицей № 3» г. Светлокамска",
    top=[
        ["Информация о реализации ЦМН в МАОУ «Лицей № 3» г. Светлокамска, 2024 год"],
        ["", "по состоянию на 25.12.2024"],
    ],
    header=["Показатель", "Значение за 2024 г.", "Подтверждающий документ (ссылка)"],
    widths=[70, 18, 72],
    rows=[
        H("Нормативное обеспечение"),
        R(None, "Утверждено Положение о системе наставничества педагогов", "orgs_regulation_teachers", S("Да"),
          U(d2 + "polozhenie-pedagogi.pdf."), 1, d2 + "polozhenie-pedagogi.pdf"),
        R(None, "Утверждено Положение о наставничестве обучающихся", "orgs_regulation_students", S("Да"),
          U(d2 + "polozhenie-obuchayuschiesya.pdf"), 1),
        R(None, "Приказ о мониторинге ЦМН в лицее", "orgs_monitoring_order", S("Да"),
          U(d2 + "prikaz-monitoring-2024.pdf."), 1, d2 + "prikaz-monitoring-2024.pdf"),
        R(None, "Аналитическая справка по внутреннему мониторингу", "internal_monitoring_notes", S("Нет"), None, 0),
        D(None, "Раздел «Наставничество» на сайте ОО", S("Да"), U(LIC3 + "/nastavnichestvo")),
        H("Организация наставничества"),
        R(None, "Кураторы ЦМН", "curators_total", S("2 чел."), U(d2 + "prikaz-kuratory.pdf"), 2),
        R(None, "Наставники (приказ о закреплении)", "mentors_total", S("63 чел."), U(d2 + "prikaz-pary-2024.pdf"), 63),
        R(None, "Наставляемые (приказ о закреплении)", "mentees_total", S("168 чел."), U(d2 + "prikaz-pary-2024.pdf"), 168),
        R(None, "Договоры с образовательными организациями (наставники от партнёров)", "agreements_edu_orgs", N(2),
          U(d2 + "dogovory-oo.pdf"), 2),
        R(None, "Договоры с предприятиями", "agreements_enterprises", N(1), U(d2 + "dogovor-kamenergo.pdf"), 1),
        R(None, "Договоры с иными организациями", "agreements_other_orgs", N(0), None, 0),
        R(None, "Партнёры по наставничеству", "partner_list",
          S("ФГБОУ ВО «УдГУ»; ГБПОУ УР «Светлокамский политехнический колледж»; АО «Камэнерго»"), None,
          "ФГБОУ ВО «УдГУ»; ГБПОУ УР «Светлокамский политехнический колледж»; АО «Камэнерго»"),
        H("Персонализированные программы"),
        R(None, "Количество ПП, всего", "pp_total", N(53), U(d2 + "pp-2024.zip"), 53),
        R(None, "ученик – ученик", "pp_pupil_pupil", N(24), None, 24),
        R(None, "учитель – учитель", "pp_teacher_teacher", N(18), None, 18),
        R(None, "руководитель – педагог", "pp_head_teacher", N(4), None, 4),
        R(None, "учитель – ученик", "pp_teacher_pupil", N(7), None, 7),
        R(None, "студент – ученик", "pp_student_pupil", N(0), None, 0),
        R(None, "иная форма", "pp_other", N(0), None, 0),
        H("Внешние наставники"),
        R(None, "Наставники из других ОО (по приказу)", "external_edu_mentors", S("1 чел."), U(d2 + "prikaz-pary-2024.pdf"), 1),
        R(None, "Наставники с предприятий", "enterprise_mentors", N(0), None, 0),
        H("Обучающиеся 10–19 лет"),
        R(None, "Численность обучающихся 10–19 лет", "students_10_19",
          S("1\u00a0245", "number pasted with a non-breaking space, stored as text"), None, 1245),
        R(None, "Наставляемые 10–19 лет", "mentees_10_19", S("140 чел."), U(d2 + "baza-nastavlyaemyh.xlsx"), 140),
        D(None, "Наставляемые 10–18 лет (для отчёта в РЦ)", N(131)),
        R(None, "  в т.ч. «группа риска»", "mentees_risk", N(5), U(d2 + "baza-nastavlyaemyh.xlsx"), 5),
        R(None, "  в т.ч. одарённые дети (реестр)", "mentees_gifted", N(41), U(d2 + "baza-nastavlyaemyh.xlsx"), 41),
        R(None, "  в т.ч. дети с ОВЗ / инвалидностью", "mentees_disabled", N(3), U(d2 + "baza-nastavlyaemyh.xlsx"), 3),
        R(None, "  в т.ч. низкая мотивация, неуспеваемость", "mentees_low_motivation", N(22),
          U(d2 + "baza-nastavlyaemyh.xlsx"), 22),
        R(None, "  в т.ч. выбор профессии / образовательной траектории", "mentees_career", N(60),
          U(d2 + "baza-nastavlyaemyh.xlsx"), 60),
        R(None, "  в т.ч. иные параметры", "mentees_other_params", N(9), U(d2 + "baza-nastavlyaemyh.xlsx"), 9),
        R(None, "Доля наставляемых 10–19 лет (%)", "share_mentees_10_19",
          S("11,2", "«11,2» typed with a comma in a point-decimal locale: text"), None, 11.2),
        D(None, "Целевое значение на 2025 г. (доля наставляемых 10–19 лет), %", S("15,0")),
        H("Обучающиеся 15–19 лет — наставники"),
        R(None, "Численность обучающихся 15–19 лет", "students_15_19", N(480), None, 480),
        R(None, "Наставники из числа обучающихся 15–19 лет", "mentors_15_19", S("36 чел."), U(d2 + "prikaz-pary-2024.pdf"), 36),
        R(None, "Доля обучающихся 15–19 лет — наставников (%)", "share_mentors_15_19",
          S("7,5", "«7,5» typed with a comma in a point-decimal locale: text"), None, 7.5),
        H("Удовлетворённость участием в завершённых программах"),
        R(None, "наставляемые, %", "satisfaction_mentees", S("94,5", "comma decimal in a point locale: text"),
          PT("Итоги анкетирования (https://disk.yandex.ru/d/L3y4anketa2024)"), 94.5, "https://disk.yandex.ru/d/L3y4anketa2024"),
        R(None, "наставники, %", "satisfaction_mentors", N(91), None, 91),
        H("Педагоги"),
        R(None, "Молодые специалисты (до 35 лет, первые 3 года работы)", "young_specialists", N(8), None, 8),
        R(None, "Молодые специалисты — наставляемые", "young_specialists_mentees", N(6), U(d2 + "prikaz-pary-2024.pdf"), 6),
        R(None, "Педагоги без учёта молодых специалистов", "teachers_other", N(62), None, 62),
        R(None, "Педагоги (без МС) — наставляемые", "teachers_other_mentees", N(22), U(d2 + "prikaz-pary-2024.pdf"), 22),
        R(None, "Доля МС — наставляемых (%)", "share_young_specialists_mentees", N(75), None, 75),
        R(None, "Доля педагогов — наставляемых (%)", "share_teachers_mentees", S("40,0", "comma decimal: text"), None, 40),
        R(None, "Педагоги — участники утверждённых ПП", "teachers_in_pp", N(22), U(d2 + "pp-2024.zip"), 22),
        R(None, "Педагоги, обучившиеся на КПК по наставничеству (2024)", "kpk_trained", S("4 чел."),
          U(d2 + "kpk-2024.pdf."), 4, d2 + "kpk-2024.pdf"),
        R(None, "Курсы", "kpk_courses",
          S("КПК «Организация сопровождения наставничества в ОО», АОУ ДПО УР ИРО, 24 ч."), None,
          "КПК «Организация сопровождения наставничества в ОО», АОУ ДПО УР ИРО, 24 ч."),
        R(None, "Методическое объединение наставников (кол-во)", "school_methodical_associations", N(1),
          U(d2 + "prikaz-mo-nastavnikov.pdf"), 1),
        R(None, "Педагоги — наставники", "teachers_mentors", N(25), U(d2 + "prikaz-pary-2024.pdf"), 25),
        R(None, "Молодые специалисты — наставники", "young_specialists_mentors", N(1), U(d2 + "prikaz-pary-2024.pdf"), 1),
        R(None, "Доля педагогов — наставников (%)", "share_teachers_mentors", S("35,71", "comma decimal: text"), None, 35.71),
        R(None, "Доля МС — наставников (%)", "share_young_specialists_mentors", S("12,5", "comma decimal: text"), None, 12.5),
        H("Стимулирование"),
        R(None, "Положение о доплатах наставникам", "pay_acts", N(1), U(d2 + "polozhenie-oplata.pdf"), 1),
        R(None, "Положение о нематериальном поощрении наставников", "nonmaterial_acts", N(0), None, 0),
    ],
    bottom=[["Заместитель директора по НМР Ветлугина А.С."]],
))

# ---------------------------------------------------------- 3. Гимназия № 2
d3 = GIM2 + "/netcat_files/userfiles/CMN/"
FORMS.append(dict(
    file="Гимназия2 мониторинг наставничества 2024.xlsx",
    mode="excel",
    sheet="мониторинг",
    numcol=True,
    org="МБОУ «Гимназия № 2»",
    top=[
        ["МБОУ «Гимназия № 2»"],
        ["Внутренний мониторинг реализации ЦМН, 2024 г."],
    ],
    header=["№", "Критерий", "Значение", "Источник (ссылка)"],
    widths=[5, 66, 14, 74],
    rows=[
        H("Нормативное обеспечение"),
        R("1", "Приказ об утверждении положения о наставничестве педагогических работников", "orgs_regulation_teachers",
          S("да"), PT("(" + d3 + "prikaz_polozhenie_ped.pdf)", "URL pasted with the brackets of the sentence"), 1,
          d3 + "prikaz_polozhenie_ped.pdf"),
        R("2", "Приказ об утверждении положения о наставничестве обучающихся", "orgs_regulation_students", S("да"),
          U(d3 + "prikaz_polozhenie_obuch.pdf)", "autoformatted hyperlink with the «)» of the sentence"), 1,
          d3 + "prikaz_polozhenie_obuch.pdf"),
        R("3", "Приказ о мониторинге", "orgs_monitoring_order", S("да"), U(d3 + "prikaz_monitoring.pdf"), 1),
        R("4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", S("да"),
          HL("справка", d3 + "spravka_itogi_2024.pdf", "hyperlink with display text «справка»"), 1),
        H("Организация процесса"),
        R("5", "Количество кураторов", "curators_total", S("1", "digits stored as text (green triangle)"), None, 1),
        R("6", "Наставники в базе гимназии (приказ)", "mentors_total", S("44", "digits stored as text (green triangle)"),
          U(d3 + "prikaz_nastavniki_2024.pdf"), 44),
        R("7", "Наставляемые в базе гимназии (приказ)", "mentees_total", S("93", "digits stored as text (green triangle)"),
          U(d3 + "prikaz_nastavniki_2024.pdf"), 93),
        D("8", "Соглашения о сотрудничестве (ОО / предприятия)",
          DT(2024, 2, 1, "mm-dd-yy", "joined «1/2» became 01.02.2024")),
        R("9", "Соглашения с иными организациями", "agreements_other_orgs", N(1), U(d3 + "soglashenie_dshi.pdf"), 1),
        R("10", "Партнёры (наименования)", "partner_list",
          S("МБОУ «СОШ № 1» г. Светлокамска; ООО «КамаАгро»; МБУ ДО «Светлокамская ДШИ»"), None,
          "МБОУ «СОШ № 1» г. Светлокамска; ООО «КамаАгро»; МБУ ДО «Светлокамская ДШИ»"),
        H("Персонализированные программы наставничества"),
        R("11", "ПП всего", "pp_total", S("29", "digits stored as text (green triangle)"), U(d3 + "pp_2024/"), 29),
        R("12", "«ученик – ученик»", "pp_pupil_pupil", N(11), None, 11),
        R("13", "«учитель – учитель»", "pp_teacher_teacher", N(12), None, 12),
        R("14", "«руководитель – педагог»", "pp_head_teacher", N(2), None, 2),
        R("15", "«учитель – ученик»", "pp_teacher_pupil", N(4), None, 4),
        R("16", "иная форма (указать в примечании)", "pp_other", N(0), None, 0),
        H("Внешние наставники"),
        R("17", "Наставники из других образовательных организаций", "external_edu_mentors", N(1),
          U(d3 + "prikaz_nastavniki_2024.pdf"), 1),
        R("18", "Наставники из иных организаций", "other_org_mentors", N(1), U(d3 + "prikaz_nastavniki_2024.pdf"), 1),
        R("19", "Наставники с предприятий", "enterprise_mentors", N(2), U(d3 + "prikaz_nastavniki_2024.pdf"), 2),
        H("Дети 10–19 лет — наставляемые"),
        R("20", "Обучающихся 10–19 лет в гимназии", "students_10_19", S("612", "digits stored as text (green triangle)"), None, 612),
        R("21", "Наставляемые из них", "mentees_10_19", S("74", "digits stored as text (green triangle)"),
          U(d3 + "baza_nastavlyaemyh_2024.pdf"), 74),
        R("22", "Доля, %", "share_mentees_10_19",
          DT(2024, 9, 12, "d-mmm", "typed «12.09» (point instead of comma), Excel made it 12.сен"), None,
          X("typed «12.09» became the date 12 September (shown 12.сен); 12,09 or 12,9 — cannot tell")),
        R("23", "  «группа риска»", "mentees_risk", N(4), None, 4),
        R("24", "  ОВЗ и дети-инвалиды", "mentees_disabled", N(2), None, 2),
        R("25", "  одарённые (реестр)", "mentees_gifted", N(19), None, 19),
        H("Дети 15–19 лет — наставники"),
        R("26", "Обучающихся 15–19 лет", "students_15_19", N(200), None, 200),
        R("27", "Наставники из числа обучающихся 15–19 лет (приказ)", "mentors_15_19", N(31),
          U(d3 + "prikaz_nastavniki_2024.pdf"), 31),
        R("28", "Доля, %", "share_mentors_15_19",
          DT(2024, 5, 15, "d-mmm", "typed «15.5», Excel made it 15.май"), None,
          X("typed «15.5» became the date 15 May (shown 15.май); 15,5 or 15,05 — cannot tell")),
        H("Удовлетворённость (анкетирование РНЦ)"),
        R("29", "Наставляемые, %", "satisfaction_mentees", P(0.88, "0 %", "typed «88» into a cell pre-formatted as percent"),
          U("https://cloud.mail.ru/public/9Gh2/pZk4Yt1Qe"), 88),
        R("30", "Наставники, %", "satisfaction_mentors", P(0.9, "0 %", "typed «90» into a cell pre-formatted as percent"),
          U("https://cloud.mail.ru/public/9Gh2/pZk4Yt1Qe"), 90),
        H("Педагоги"),
        R("31", "Молодые специалисты (до 35 лет, стаж 0–3 года)", "young_specialists", N(8), None, 8),
        R("32", "Молодые специалисты в роли наставляемых", "young_specialists_mentees", N(7),
          U(d3 + "prikaz_nastavniki_2024.pdf"), 7),
        R("33", "Доля МС — наставляемых, %", "share_young_specialists_mentees",
          S("87.5", "typed «87.5»: no date (day 87), stays text"), None, 87.5),
        R("34", "Остальные педагоги (без МС)", "teachers_other", N(67), None, 67),
        R("35", "Остальные педагоги в роли наставляемых", "teachers_other_mentees", N(12),
          U(d3 + "prikaz_nastavniki_2024.pdf"), 12),
        R("36", "Доля педагогов — наставляемых, %", "share_teachers_mentees",
          S("25.33", "typed «25.33»: no date (month 33), stays text"), None, 25.33),
        R("37", "Педагоги — наставники", "teachers_mentors", N(9), U(d3 + "prikaz_nastavniki_2024.pdf"), 9),
        R("38", "Доля педагогов — наставников", "share_teachers_mentors",
          P(0.12, "0 %", "typed «12» into a cell pre-formatted as percent: stored 0.12, shown 12 %"), None, 12),
        R("39", "Молодые специалисты — наставники", "young_specialists_mentors", N(0), None, 0),
        H("Профессиональное развитие"),
        R("40", "Педагоги в утверждённых ПП", "teachers_in_pp", N(14), U(d3 + "pp_2024/"), 14),
        R("41", "КПК по наставничеству (чел., 2024 г.)", "kpk_trained", N(2), U(d3 + "kpk_2024.pdf"), 2),
        R("42", "ШМО наставников", "school_methodical_associations", N(1), U(d3 + "shmo_nastavnikov.pdf"), 1),
        D("43", "Педагоги, выступившие на ГМО/РМО с опытом наставничества", N(3)),
        H("Стимулирование"),
        R("44", "Акты об оплате работы наставника", "pay_acts", N(1), U(d3 + "polozhenie_oplata_truda.pdf"), 1),
        R("45", "Акты о нематериальном поощрении наставника", "nonmaterial_acts", N(1), U(d3 + "polozhenie_pooshrenie.pdf"), 1),
    ],
    bottom=[["", "Ответственный: Кутявина Л.Н."]],
))

# ------------------------------------------------------ 4. Ключевская ООШ (LibreOffice)
FORMS.append(dict(
    file="Ключевская_ООШ_ЦМН_2024.xlsx",
    mode="lo",
    sheet="Лист1",
    numcol=False,
    org="МБОУ «Ключевская ООШ»",
    top=[
        ["Мониторинг целевой модели наставничества — 2024"],
        ["Школа: МБОУ «Ключевская ООШ»"],
    ],
    header=["Критерий", "2024", "Ссылка"],
    widths=[64, 12, 66],
    rows=[
        H("Документы"),
        R(None, "Положение о наставничестве педагогов (приказ)", "orgs_regulation_teachers",
          B(True, "typed ИСТИНА; LibreOffice saved it as the formula =TRUE()"),
          U(KLU + "/ofitsialno/dokumenty/polozhenie_nastavnichestvo_ped.pdf"), 1),
        R(None, "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students",
          B(True, "typed ИСТИНА; LibreOffice saved it as the formula =TRUE()"),
          U(KLU + "/ofitsialno/dokumenty/polozhenie_nastavnichestvo_obuch.pdf"), 1),
        R(None, "Приказ о мониторинге ЦМН", "orgs_monitoring_order",
          B(False, "typed ЛОЖЬ; LibreOffice saved it as the formula =FALSE()"), None, 0),
        R(None, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes",
          B(True, "typed ИСТИНА; LibreOffice saved it as the formula =TRUE()"),
          U("https://disk.yandex.ru/i/Kl9spravka2024"), 1),
        D(None, "Дорожная карта ЦМН на 2024 год", B(True, "typed ИСТИНА; LibreOffice saved it as the formula =TRUE()")),
        H("Наставники и наставляемые"),
        R(None, "Куратор ЦМН", "curators_total", N(1), None, 1),
        R(None, "Наставников по приказу", "mentors_total", N(9), U(KLU + "/ofitsialno/nastavnichestvo/prikaz_pary.pdf"), 9),
        R(None, "Наставляемых по приказу", "mentees_total", N(16), U(KLU + "/ofitsialno/nastavnichestvo/prikaz_pary.pdf"), 16),
        R(None, "Соглашения с предприятиями (СПК «Ключи»)", "agreements_enterprises", N(1),
          U(KLU + "/ofitsialno/nastavnichestvo/soglashenie_spk.pdf"), 1),
        R(None, "Наставники от предприятий", "enterprise_mentors", N(1),
          U(KLU + "/ofitsialno/nastavnichestvo/prikaz_pary.pdf"), 1),
        H("ПП"),
        R(None, "Персонализированных программ всего", "pp_total", N(6), U("https://disk.yandex.ru/d/KlPP2024"), 6),
        R(None, "ученик-ученик", "pp_pupil_pupil", N(2), None, 2),
        R(None, "учитель-учитель", "pp_teacher_teacher", N(2), None, 2),
        R(None, "учитель-ученик", "pp_teacher_pupil", N(2), None, 2),
        H("Ученики"),
        R(None, "Учеников 10–19 лет", "students_10_19", N(96), None, 96),
        R(None, "Из них наставляемые", "mentees_10_19", N(12), U("https://disk.yandex.ru/i/KlBazaUch"), 12),
        R(None, "Доля наставляемых, %", "share_mentees_10_19",
          F("{mentees_10_19}/{students_10_19}", "LO", "0.0%", "formula, cached result computed by LibreOffice"), None, 12.5),
        R(None, "  из группы риска", "mentees_risk", N(3), None, 3),
        R(None, "  с ОВЗ", "mentees_disabled", N(2), None, 2),
        R(None, "  низкая мотивация", "mentees_low_motivation", N(5), None, 5),
        R(None, "Учеников 15–19 лет", "students_15_19", N(14), None, 14),
        R(None, "Наставники-ученики 15–19 лет", "mentors_15_19", N(3), U("https://disk.yandex.ru/i/KlBazaUch"), 3),
        R(None, "Доля наставников-учеников, %", "share_mentors_15_19", N(21.43), None, 21.43),
        H("Педагоги"),
        R(None, "Молодые специалисты", "young_specialists", N(2), None, 2),
        R(None, "Молодые специалисты — наставляемые", "young_specialists_mentees", N(1), None, 1),
        R(None, "Педагоги (без молодых)", "teachers_other", N(18), None, 18),
        R(None, "Педагоги (без молодых) — наставляемые", "teachers_other_mentees", N(3), None, 3),
        R(None, "Педагоги, прошедшие КПК по наставничеству (2024)", "kpk_trained",
          S("½", "typed «1/2», LibreOffice autocorrect made it the character «½»"), None,
          X("typed «1/2» became the character «½» (LibreOffice autocorrect): 1 of 2 sent? 1 this year, 2 in all? cannot tell")),
        R(None, "Педагоги-наставники", "teachers_mentors", N(5), U(KLU + "/ofitsialno/nastavnichestvo/prikaz_pary.pdf"), 5),
        R(None, "Доля педагогов-наставников", "share_teachers_mentors",
          F("{teachers_mentors}/({teachers_other}+{young_specialists})", "LO", "0%",
            "formula, cached result computed by LibreOffice"), None, 25),
        R(None, "Удовлетворённость наставляемых", "satisfaction_mentees", P(0.95, "0%", "typed «95%», stored 0.95"),
          U("https://disk.yandex.ru/i/KlAnketa"), 95),
        R(None, "Удовлетворённость наставников", "satisfaction_mentors", P(1, "0%", "typed «100%», stored 1"),
          U("https://disk.yandex.ru/i/KlAnketa"), 100),
    ],
    bottom=[["Директор                      Шутова Г.П."]],
))

# ------------------------------------------ 5. Кварсинская СОШ (program output)
d5 = KVA + "/files/nastavnichestvo/"
FORMS.append(dict(
    file="kvarsa_sosh_monitoring_2024.xlsx",
    mode="prog",
    sheet="Форма",
    numcol=True,
    org="МБОУ «Кварсинская СОШ»",
    top=[
        ["Форма мониторинга ЦМН (организация). Отчётный год: 2024"],
        ["", "Организация", "МБОУ «Кварсинская СОШ»"],
    ],
    header=["п/п", "Наименование критерия", "Значение", "Ссылка"],
    widths=[6, 66, 14, 72],
    rows=[
        H("Нормативное обеспечение"),
        R("1", "Приказ «Об утверждении положения о системе наставничества педагогических работников»", "orgs_regulation_teachers",
          S("ИСТИНА", "the word ИСТИНА stored as text"),
          PT("https:// kvarsa-sosh.edu.ru/files/nastavnichestvo/prikaz_56.pdf",
             "autocorrect put a space after «https://»; no hyperlink"), 1, d5 + "prikaz_56.pdf"),
        R("2", "Приказ «Об утверждении положения о системе наставничества обучающихся»", "orgs_regulation_students",
          S("ИСТИНА", "the word ИСТИНА stored as text"), U(d5 + "prikaz_56.pdf"), 1),
        R("3", "Приказ о мониторинге", "orgs_monitoring_order", S("ИСТИНА", "the word ИСТИНА stored as text"),
          PT("https:// kvarsa-sosh.edu.ru/files/nastavnichestvo/prikaz_monitoring_2024.pdf",
             "autocorrect put a space after «https://»; no hyperlink"), 1, d5 + "prikaz_monitoring_2024.pdf"),
        R("4", "Справка по итогам внутреннего мониторинга ОО", "internal_monitoring_notes", S("ЛОЖЬ", "the word ЛОЖЬ stored as text"),
          None, 0),
        H("Организация процесса"),
        R("5", "Кураторы", "curators_total", S("1 чел."), U(d5 + "prikaz_56.pdf"), 1),
        R("6", "Наставники (по приказу)", "mentors_total", S("11 чел."), U(d5 + "prikaz_pary_2024.pdf"), 11),
        R("7", "Наставляемые (по приказу)", "mentees_total", S("33 чел."), U(d5 + "prikaz_pary_2024.pdf"), 33),
        R("8", "Соглашения с ОО", "agreements_edu_orgs", S("0"), None, 0),
        R("9", "Соглашения с предприятиями", "agreements_enterprises", S("1"), U(d5 + "soglashenie_kolhoz.pdf"), 1),
        R("10", "Соглашения с иными организациями", "agreements_other_orgs", S("1"), U(d5 + "soglashenie_sdk.pdf"), 1),
        R("11", "Предмет соглашения", "agreement_subjects",
          S("профориентационное наставничество (агрошкола), волонтёрские проекты СДК"), None,
          "профориентационное наставничество (агрошкола), волонтёрские проекты СДК"),
        H("Персонализированные программы"),
        R("12", "ПП по всем формам", "pp_total", S("14"), PT("Программы размещены: " + d5 + "pp/.",
                                                           "URL in a sentence with its final full stop"), 14, d5 + "pp/"),
        R("13", "ученик – ученик", "pp_pupil_pupil", S("5"), None, 5),
        R("14", "учитель – учитель", "pp_teacher_teacher", S("4"), None, 4),
        R("15", "руководитель – педагог", "pp_head_teacher", S("1"), None, 1),
        R("16", "учитель – ученик", "pp_teacher_pupil", S("3"), None, 3),
        R("17", "иная форма: «работодатель – ученик» (агрошкола)", "pp_other", S("1"), None, 1),
        H("Обучающиеся"),
        R("18", "Обучающихся 10–19 лет, всего", "students_10_19", S("188 чел."), None, 188),
        R("19", "Наставляемых 10–19 лет", "mentees_10_19", S("22 чел."), U(d5 + "baza_nastavlyaemyh.pdf"), 22),
        R("20", "Наставляемые с трудностями выбора профессии", "mentees_career", S("6 чел."), None, 6),
        R("21", "Наставляемые по иным параметрам", "mentees_other_params", S("4 чел."), None, 4),
        R("22", "Обучающихся 15–19 лет, всего", "students_15_19", S("41 чел."), None, 41),
        R("23", "Наставники-обучающиеся 15–19 лет", "mentors_15_19", S("8 чел."), U(d5 + "prikaz_pary_2024.pdf"), 8),
        H("Педагоги"),
        R("24", "Молодые специалисты, всего", "young_specialists", S("4"), None, 4),
        R("25", "Молодые специалисты — наставляемые", "young_specialists_mentees", S("3"), U(d5 + "prikaz_pary_2024.pdf"), 3),
        R("26", "Доля молодых специалистов — наставляемых", "share_young_specialists_mentees",
          F("{young_specialists_mentees}/{young_specialists}", None, "0%",
            "formula written by a program that does not compute: no cached value"), None,
          X("formula =C?/C? with no cached value (the file was re-saved by a program that does not compute)")),
        R("27", "Педагоги без МС, всего", "teachers_other", S("21"), None, 21),
        R("28", "Педагоги без МС — наставляемые", "teachers_other_mentees", S("8"), U(d5 + "prikaz_pary_2024.pdf"), 8),
        R("29", "Педагоги — наставники", "teachers_mentors", S("3"), U(d5 + "prikaz_pary_2024.pdf"), 3),
        R("30", "Доля педагогов — наставников", "share_teachers_mentors", P(0.12, "0%", "typed «12%», stored 0.12"), None, 12),
        R("31", "Педагоги в утверждённых ПП", "teachers_in_pp", S("5"), None, 5),
        R("32", "Педагоги, прошедшие КПК по наставничеству за 2024 год", "kpk_trained", S("1"), U(d5 + "kpk.pdf"), 1),
        H("Удовлетворённость"),
        R("33", "Удовлетворённость наставляемых, %", "satisfaction_mentees", S("86"), None, 86),
        R("34", "Удовлетворённость наставников, %", "satisfaction_mentors", S("90"), None, 90),
        D("35", "Удовлетворённость родителей наставляемых, %", S("78")),
    ],
    bottom=[],
))

# --------------------------------------------------------------- 6. СОШ № 6
d6 = SOSH6 + "/netcat_files/userfiles/nastavnichestvo/"
FORMS.append(dict(
    file="СОШ №6 ЦМН 2024 итог.xlsx",
    mode="excel",
    sheet="2024",
    numcol=True,
    org="МБОУ «СОШ № 6 с углублённым изучением английского языка»",
    top=[
        ["Мониторинг ЦМН по итогам 2024 года"],
        ["", "МБОУ «СОШ № 6 с углублённым изучением английского языка»"],
    ],
    header=["№", "Что считаем", "Кол-во / %", "Где посмотреть"],
    widths=[6, 64, 14, 60],
    rows=[
        H("I. Документы"),
        R("1", "Положение о наставничестве педработников", "orgs_regulation_teachers", B(True),
          HL("Яндекс Диск", "https://disk.yandex.ru/i/6sosh-polozhenie-ped", "cloud link with display «Яндекс Диск»"), 1),
        R("2", "Положение о наставничестве обучающихся", "orgs_regulation_students", B(True),
          HL("Яндекс Диск", "https://disk.yandex.ru/i/6sosh-polozhenie-uch", "cloud link with display «Яндекс Диск»"), 1),
        R("3", "Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", B(True),
          HL("https://sosh6-svetlokamsk-r18.gosweb.gosu…", d6 + "prikaz_monitoring_2024.pdf",
             "hyperlink whose display text was cut"), 1),
        R("4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", B(False), None, 0),
        H("II. Участники"),
        R("5", "Кураторы", "curators_total", N(2), None, 2),
        R("6", "Все наставники (приказ)", "mentors_total", Q("71"), U(d6 + "prikaz_pary.pdf"), 71),
        R("7", "Все наставляемые (приказ)", "mentees_total", Q("133"), U(d6 + "prikaz_pary.pdf"), 133),
        R("8", "Соглашения с другими школами/вузами", "agreements_edu_orgs", N(1), U(d6 + "dogovor_uni.pdf"), 1),
        R("9", "Соглашения с предприятиями", "agreements_enterprises", N(0), None, 0),
        R("10", "Соглашения с иными организациями", "agreements_other_orgs", N(2), U(d6 + "soglasheniya_nko.pdf"), 2),
        R("11", "Наставники из других ОО", "external_edu_mentors", N(2), U(d6 + "prikaz_pary.pdf"), 2),
        R("12", "Наставники из иных организаций", "other_org_mentors", N(3), U(d6 + "prikaz_pary.pdf"), 3),
        R("13", "Наставники с предприятий", "enterprise_mentors", N(0), None, 0),
        H("III. ПП"),
        R("14", "ПП всего", "pp_total", N(47), HL("папка ПП", "https://disk.yandex.ru/d/6sosh-PP-2024"), 47),
        R("15", "ученик–ученик", "pp_pupil_pupil", N(20), None, 20),
        R("16", "учитель–учитель", "pp_teacher_teacher", N(16), None, 16),
        R("17", "руководитель–педагог", "pp_head_teacher",
          DT(2024, 4, 1, "d-mmm", "typed «1-4», Excel made it 01.апр"), None,
          X("typed «1-4» became the date 1 April (shown 01.апр); a range? 1 of 4? cannot tell")),
        R("18", "учитель–ученик", "pp_teacher_pupil", N(8), None, 8),
        H("IV. Ученики"),
        R("19", "Учащиеся 10–19 лет", "students_10_19", Q("1\u00a0034", "apostrophe + non-breaking space: text"), None, 1034),
        R("20", "Наставляемые 10–19 лет", "mentees_10_19", Q("97"), U(d6 + "baza.pdf"), 97),
        R("21", "«Группа риска»", "mentees_risk", N(7), None, 7),
        R("22", "Одарённые (реестр)", "mentees_gifted", N(28), None, 28),
        R("23", "ОВЗ / инвалиды", "mentees_disabled", N(4), None, 4),
        R("24", "Неуспевающие / низкая мотивация", "mentees_low_motivation", N(15), None, 15),
        R("25", "Профориентация", "mentees_career", N(31), None, 31),
        R("26", "Учащиеся 15–19 лет", "students_15_19", N(260), None, 260),
        R("27", "Наставники из учащихся 15–19 лет", "mentors_15_19", N(26), U(d6 + "prikaz_pary.pdf"), 26),
        R("28", "% наставников 15–19 лет", "share_mentors_15_19", N(10), None, 10),
        H("V. Педагоги"),
        R("29", "Молодые специалисты", "young_specialists", N(9), None, 9),
        R("30", "МС — наставляемые", "young_specialists_mentees", N(9), U(d6 + "prikaz_pary.pdf"), 9),
        R("31", "Педагоги без МС", "teachers_other", N(71), None, 71),
        R("32", "Педагоги без МС — наставляемые", "teachers_other_mentees", N(27), U(d6 + "prikaz_pary.pdf"), 27),
        R("33", "Доля педагогов — наставляемых", "share_teachers_mentees",
          F("({young_specialists_mentees}+{teachers_other_mentees})/({young_specialists}+{teachers_other})", 0.45, "0.0%",
            "formula with cached result"), None, 45),
        R("34", "Педагоги — наставники", "teachers_mentors", N(40), U(d6 + "prikaz_pary.pdf"), 40),
        R("35", "МС — наставники", "young_specialists_mentors", N(0), None, 0),
        D("36", "Наставники / наставляемые (педагоги), 2023 г.", S("36/30")),
        H("VI. Развитие, удовлетворённость, стимулирование"),
        R("37", "Удовлетворённость наставляемых", "satisfaction_mentees", P(0.85, "0%", "typed «85%», stored 0.85"),
          HL("результаты анкет", "https://disk.yandex.ru/i/6sosh-ankety"), 85),
        R("38", "Удовлетворённость наставников", "satisfaction_mentors", P(0.93, "0%", "typed «93%», stored 0.93"),
          HL("результаты анкет", "https://disk.yandex.ru/i/6sosh-ankety"), 93),
        R("39", "КПК по наставничеству (2024)", "kpk_trained", Q("5 чел.", "apostrophe and «чел.»"), U(d6 + "kpk_2024.pdf"), 5),
        R("40", "ШМО наставников", "school_methodical_associations", N(1), None, 1),
        R("41", "Положение об оплате наставничества", "pay_acts", N(1), U(d6 + "polozhenie_oplata.pdf"), 1),
        R("42", "Положение о нематериальном поощрении", "nonmaterial_acts", N(1), U(d6 + "polozhenie_pooshrenie.pdf"), 1),
    ],
    bottom=[["", "Составила: Бегишева Р.Ф., методист"]],
))


# ----------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIXED = dt.datetime(2024, 12, 20, 9, 30, 0)


def layout(form):
    """Assign worksheet rows; return list of (row_no, item) and crit->row map."""
    r = len(form["top"]) + 2          # blank line, then header
    header_row = r
    placed = []
    crit_row = {}
    for item in form["rows"]:
        r += 1
        placed.append((r, item))
        if item[0] == "R":
            crit_row[item[3]] = r
    return header_row, placed, crit_row


def write_form(form, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = form["sheet"]
    nc = form["numcol"]
    c_title = 2 if nc else 1
    c_val, c_link = c_title + 1, c_title + 2
    ncols = c_link
    for i, w in enumerate(form["widths"], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    for i, line in enumerate(form["top"], 1):
        for j, text in enumerate(line, 1):
            if text:
                ws.cell(i, j, text)
        if len(line) == 1:
            ws.cell(i, 1).font = Font(bold=True, size=12)
    header_row, placed, crit_row = layout(form)
    for j, text in enumerate(form["header"], 1):
        c = ws.cell(header_row, j, text)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.fill = PatternFill("solid", fgColor="D9E1F2")

    vcol = get_column_letter(c_val)
    cells = []
    formulas = {}
    for r, item in placed:
        if item[0] == "H":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            continue
        if item[0] == "R":
            _, num, title, crit, v, link, exp, elink = item
        else:
            _, num, title, v, link = item
            crit = exp = elink = None
        if nc and num is not None:
            ws.cell(r, 1, num)
        ws.cell(r, c_title, title).alignment = Alignment(wrap_text=True, vertical="top")
        vc = ws.cell(r, c_val)
        if v is not None:
            if v.kind in ("n", "p"):
                vc.value = v.value
                if v.fmt:
                    vc.number_format = v.fmt
            elif v.kind == "s":
                vc.value = v.value
            elif v.kind == "q":
                vc.value = v.value
                vc.quotePrefix = True
            elif v.kind == "b":
                vc.value = bool(v.value)
            elif v.kind == "d":
                vc.value = v.value
                vc.number_format = v.fmt
            elif v.kind == "f":
                expr = v.value.format(**{k: f"{vcol}{rr}" for k, rr in crit_row.items()})
                vc.value = "=" + expr
                vc.number_format = v.fmt
                formulas[vc.coordinate] = (expr, v.cached)
        vc.alignment = Alignment(horizontal="center", vertical="top")
        lc = ws.cell(r, c_link)
        if link is not None:
            lc.value = link.text
            if link.kind == "hl":
                lc.hyperlink = link.target
                lc.style = "Hyperlink"
        for j in range(1, ncols + 1):
            ws.cell(r, j).border = BOX
        if item[0] == "R":
            cells.append(dict(crit=crit, row=r, vcell=vc.coordinate, lcell=lc.coordinate, v=v, link=link,
                              exp=exp, elink=elink, title=title))
        else:
            cells.append(dict(crit=None, row=r, vcell=vc.coordinate, lcell=lc.coordinate, v=v, link=link,
                              exp=None, elink=None, title=title))
    last = placed[-1][0] + 2
    for i, line in enumerate(form["bottom"]):
        for j, text in enumerate(line, 1):
            if text:
                ws.cell(last + i, j, text)
    wb.properties.creator = "Пользователь"
    wb.properties.lastModifiedBy = "Пользователь"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    return cells, formulas


def rezip(path, sheet_patch=None, app_name=None):
    """Rewrite the zip with fixed timestamps; patch sheet XML (formula caches) and docProps."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-12-20T09:30:00Z\2", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-12-20T09:30:00Z\2", s)
            data = s.encode("utf-8")
        elif name == "docProps/app.xml" and app_name:
            s = data.decode("utf-8")
            s = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app_name}</Application>", s)
            data = s.encode("utf-8")
        elif sheet_patch and name == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            for coord, (expr, cached) in sheet_patch.items():
                pat = re.compile(r'(<c r="%s"[^>]*>)<f>([^<]*)</f><v\s*/>' % coord)
                m = pat.search(s)
                assert m, (path, coord)
                s = pat.sub(lambda m: f"{m.group(1)}<f>{m.group(2)}</f><v>{cached!r}</v>", s, count=1)
            data = s.encode("utf-8")
        out.append((name, data))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def lo_resave(path):
    """Re-save through LibreOffice Calc (computes formulas, rewrites booleans)."""
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.xlsx")
        shutil.copy(path, src)
        outdir = os.path.join(td, "out")
        os.mkdir(outdir)
        prof = "file://" + os.path.join(td, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "xlsx",
                        "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.copy(os.path.join(outdir, "in.xlsx"), path)


def clean_url(u):
    return u


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        os.remove(os.path.join(TYPED, f))
    expected, cellrecs = [], []
    for form in FORMS:
        rel = "typed/" + form["file"]
        path = os.path.join(HERE, rel)
        cells, formulas = write_form(form, path)
        if form["mode"] == "excel":
            rezip(path, sheet_patch={k: v for k, v in formulas.items() if v[1] is not None},
                  app_name="Microsoft Excel")
        elif form["mode"] == "lo":
            lo_resave(path)
            rezip(path)
        else:  # prog: formula without cache stays as openpyxl wrote it
            assert all(v[1] is None for v in formulas.values())
            rezip(path)

        values, links, not_criteria, headings = {}, {}, [], []
        for item in form["rows"]:
            if item[0] == "H":
                headings.append(item[1])
            elif item[0] == "D":
                not_criteria.append(item[2])
        for c in cells:
            base = dict(file=rel, sheet=form["sheet"])
            if c["crit"] is None:
                cellrecs.append(dict(base, cell=c["vcell"], kind="decoy", title=c["title"], expected=None,
                                     how=c["v"].note if c["v"] else ""))
                continue
            crit = c["crit"]
            assert crit not in values and crit not in links or isinstance(c["exp"], X), (rel, crit)
            if isinstance(c["exp"], X):
                cellrecs.append(dict(base, cell=c["vcell"], kind="excluded", criterion=crit, title=c["title"],
                                     expected=None, how=c["v"].note, reason=c["exp"].reason))
            else:
                assert c["exp"] is not None, (rel, crit)
                values[crit] = c["exp"]
                cellrecs.append(dict(base, cell=c["vcell"], kind="value", criterion=crit, title=c["title"],
                                     expected=c["exp"], how=c["v"].note))
            link = c["link"]
            if link is not None:
                url = c["elink"] or (link.target if link.kind == "hl" else None)
                assert url, (rel, crit, "plain-text link needs an explicit expected URL")
                assert re.fullmatch(r"https://[^\s()]+[^\s().,]", url), (rel, crit, url)
                if not isinstance(c["exp"], X):
                    links[crit] = url
                    cellrecs.append(dict(base, cell=c["lcell"], kind="link", criterion=crit, expected=url,
                                         how=link.note + ("" if link.kind == "pt" else f"; hyperlink target {link.target}")))
        expected.append(dict(file=rel, year=YEAR, organisation=form["org"], values=values, links=links,
                             not_criteria=not_criteria, headings=headings))

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(note="kind=value/link: checked by selfcheck.py; kind=excluded: a cell whose value is left out "
                            "of expected.json on purpose (a date made of the entry, «½», a formula without cache); "
                            "kind=decoy: a row listed in not_criteria. All files are written by openpyxl; the Excel-like "
                            "ones (mode excel) got their formula caches injected into the sheet XML as Excel stores "
                            "them; Ключевская_ООШ_ЦМН_2024.xlsx was re-saved by LibreOffice Calc (soffice --headless "
                            "--convert-to xlsx); kvarsa_sosh_monitoring_2024.xlsx keeps a formula without a cached value.",
                       lo_resaved=["typed/Ключевская_ООШ_ЦМН_2024.xlsx"],
                       cells=cellrecs), fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files {len(expected)}, values {nv}, links {nl}")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links")


if __name__ == "__main__":
    main()
