#!/usr/bin/env python3
"""Held-out set 68: hasty hand typing by tired people.

Invented municipality: муниципальный округ «Кезьминский район Удмуртской Республики».
Seven organisation forms for the 2024 monitoring of the mentoring model (ЦМН), each typed by
hand with typos, Latin look-alike letters, stray spaces, sloppy numbers.

Markup used in the data below (resolved by L()):
    {X}   -> the LATIN letter X inside a Russian word (e.g. "{C}ОШ" = Latin C + Cyrillic ОШ)
    NB    -> a non-breaking space U+00A0
Everything is fixed data; no randomness.  Writes typed/*.xlsx, expected.json, cells.json.
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
NB = "\u00a0"
ZERO_LETTER = "\u041e"  # Cyrillic capital О typed instead of the digit 0
SKIP = object()          # value deliberately left out of expected (ambiguous)


def L(s):
    if not isinstance(s, str):
        return s
    return re.sub(r"\{([A-Za-z]+)\}", lambda m: m.group(1), s)


class Pct:
    """A numeric cell shown with a percent number format (0.1148 shown as 11,48 %)."""

    def __init__(self, v, fmt):
        self.v, self.fmt = v, fmt


def H(title):
    return {"kind": "h", "title": title}


def C(cid, title, raw, exp, url=None, lraw=None, **kw):
    d = {"kind": "c", "cid": cid, "title": title, "raw": raw, "exp": exp, "url": url,
         "lraw": lraw if lraw is not None else url}
    d.update(kw)
    return d


def N(title, raw, lraw=None, **kw):
    d = {"kind": "n", "title": title, "raw": raw, "lraw": lraw}
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------
# File 1. МБОУ «Кезьминская СОШ №1» - plain № | Показатель | Значение | Ссылка,
#         Latin letters in the org name and in row titles, dropped/doubled/swapped letters.
# ---------------------------------------------------------------------------------------------
U1 = "https://sh1-kezma.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"
F1 = {
    "file": "kezma_sosh1_cmn_2024.xlsx", "sheet": "Лист1",
    "org_exp": "МБОУ «Кезьминская СОШ №1»",
    "titles": [
        ("A1", "Мониторинг реализации целевой модели наставничества (ЦМН) - 2024 год"),
        ("A2", "{M}БОУ «Кезьминская {CO}Ш №1»"),
        ("A3", "МО «Кезьминский район УР»"),
    ],
    "org_cell": "A2",
    "header_row": 5,
    "header": ["№", "Показатель", "Значение", "Ссылка"],
    "cols": {"num": 1, "title": 2, "value": 3, "link": 4},
    "widths": [6, 70, 14, 70],
    "num_style": "int",
    "rows": [
        H("Нормативка"),
        C("orgs_regulation_teachers", "Приказ об утверждении положения о наставничестве педаго-гических работников",
          "Да", 1, U1 + "prikaz_112_polozhenie_ped.pdf"),
        C("orgs_regulation_students", "Приказ об утверждении положения о настаавничестве обучающихся",
          "да ", 1, U1 + "prikaz_113_polozhenie_obuch.pdf"),
        C("orgs_monitoring_order", "Приказ о мониторинге ЦМН в школе", "Да!", 1, U1 + "prikaz_204_monitoring.pdf"),
        N("Дорожная карта на 2024-2025 уч.год", "да", U1 + "dorozhnaya_karta.pdf"),
        C("internal_monitoring_notes", "{C}правка по итогам внутренего мониторинга", "да", 1,
          U1 + "spravka_vnutr_monitoring_2024.pdf"),
        H("Организация процесса"),
        C("curators_total", "Кол-во кураторов по внедрению ЦМН", 2, 2),
        C("programmes_total", "Утверждено программ наставничества (по формам, без персонализированных)", 4, 4,
          U1 + "programmy_nastavnichestva.pdf"),
        C("agreements_edu_orgs", "Соглашения о сотрудничестве с другими ОО (наставники от них)", "1 ", 1,
          U1 + "soglashenie_ddt.pdf"),
        C("agreements_enterprises", "Соглашения с прдприятиями (даютнаставников)", 1, 1,
          U1 + "soglashenie_kezmaagro.pdf", " " + U1 + "soglashenie_kezmaagro.pdf "),
        C("partner_list", "С кем сотрудничаем по наставнчиеству (предприятия, организации)",
          "МБУ ДО «Кезьминский ДДТ», ООО «Кезьмаагро»", "МБУ ДО «Кезьминский ДДТ», ООО «Кезьмаагро»"),
        C("mentors_total", "{K}оличество наставников (по приказу)", 41, 41, U1 + "prikaz_215_nastavniki.pdf"),
        C("mentees_total", "Количество наставляемых  (по приказу)", 69, 69, U1 + "prikaz_215_nastavniki.pdf"),
        H("Персонализированные программы (ПП)"),
        C("pp_total", "ПП всего, по всем формам", 24, 24, U1 + "pp_2024.pdf"),
        C("pp_pupil_pupil", "ПП «ученик – ученик»", 10, 10, U1 + "pp_2024.pdf"),
        C("pp_teacher_teacher", "ПП «учитель - учитель»", 8, 8, U1 + "pp_2024.pdf"),
        C("pp_head_teacher", "ПП «руководитель – педагог»", 2, 2, U1 + "pp_2024.pdf"),
        C("pp_teacher_pupil", "ПП «учитель – ученик»", " 4", 4, U1 + "pp_2024.pdf"),
        H("Внешние наставники"),
        C("external_edu_mentors", "Наставники из других образоватльных организаций (по приказу)", 2, 2,
          U1 + "prikaz_215_nastavniki.pdf"),
        C("enterprise_mentors", "Наставники с предприятий", 1, 1, U1 + "prikaz_215_nastavniki.pdf"),
        H("Обучающиеся 10-19 лет"),
        C("students_10_19", "Всего обучащихся 10-19 лет", 412, 412),
        C("mentees_10_19", "из них вошли в программы наставничества вроли наставляемых", 58, 58,
          U1 + "baza_nastavlyaemyh.pdf"),
        C("mentees_risk", "в т.ч. «группа риска»", 9, 9, U1 + "baza_nastavlyaemyh.pdf"),
        C("mentees_gifted", "в т.ч. одаренные (в реестре)", 12, 12, U1 + "baza_nastavlyaemyh.pdf"),
        C("mentees_disabled", "в т.ч. дети с ОВЗ и дети-инвалиды", "6 ", 6, U1 + "baza_nastavlyaemyh.pdf"),
        C("mentees_low_motivation", "в т.ч. с низкой мотивацией к учебе/неуспевающие", 11, 11),
        C("mentees_career", "в т.ч. с проблеммами выбора профессии, образоват. траектории", 14, 14),
        C("share_mentees_10_19", "Доля обучающихся 10-19 лет - наставляемых, %", "14,08", 14.08),
        H("Обучающиеся 15-19 лет"),
        C("students_15_19", "{B}сего обучающихся 15-19 лет", 96, 96),
        C("mentors_15_19", "{H}аставники из числа обучающихся 15-19 лет (по приказу)", 21, 21,
          U1 + "prikaz_215_nastavniki.pdf"),
        C("share_mentors_15_19", "Доля обучающихся 15-19 лет в роли наставника", "21,88%", 21.88),
        H("Удовлетворенность"),
        C("satisfaction_mentees", "Удовлетворенность наставляемых завершенными программами, %", 91, 91,
          U1 + "anketirovanie_2024.pdf"),
        C("satisfaction_mentors", "Удовлетворенность наставников завершенными программами, %", "88 ", 88,
          U1 + "anketirovanie_2024.pdf"),
        H("Педагоги"),
        C("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет) - всего", 7, 7),
        C("young_specialists_mentees", "Молодые специалисты в роли наставляемых", 6, 6,
          U1 + "prikaz_215_nastavniki.pdf"),
        C("share_young_specialists_mentees", "Доля молодых специалистов-наставляемых", "85,71", 85.71),
        C("teachers_other", "Педагоги без учета молодых специалистов - всего", 41, 41),
        C("teachers_other_mentees", "Педагоги (кроме молодых спец.) в роли наставляемого", "5,0", 5),
        C("share_teachers_mentees", "Доля педагогов - наставляемых, %", 22.92, 22.92),
        C("teachers_municipal", "Всего педагогов в {O}{O}", 48, 48),
        C("teachers_mentors", "Педагоги-наставники", 17, 17, U1 + "prikaz_215_nastavniki.pdf"),
        C("share_teachers_mentors", "Доля педагогов-наставников", "35,42 %", 35.42),
        C("kpk_trained", "Прошли КПК по наставничеству в 2024 г.", 3, 3, "https://disk.yandex.ru/d/kz1_kpk2024_udost"),
        C("school_methodical_associations", "ШМО наставников (кол-во)", 1, 1, U1 + "prikaz_shmo.pdf"),
        H("Стимулирование"),
        C("pay_acts", "Локальные акты об оплате работы наставника", 1, 1, U1 + "polozhenie_o_stimuliruyuschih.pdf"),
        C("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", 1, 1),
    ],
    "footer": [("B{r}", "Куратор ЦМН: Шкляева Т.А.   тел. 8-912-000-11-22")],
}

# ---------------------------------------------------------------------------------------------
# File 2. МБОУ «Кезьминская СОШ №2» - ALL CAPS rows, a 2023 column (decoy), ё/е swaps.
# ---------------------------------------------------------------------------------------------
U2 = "https://sosh2kezma.edu.ru/wp-content/uploads/2024/10/"
F2 = {
    "file": "СОШ2_наставничество_2024.xlsx", "sheet": "мониторинг",
    "org_exp": "МБОУ «Кезьминская СОШ №2»",
    "titles": [
        ("A1", "Информация по мониторингу целевой модели наставничества"),
        ("A2", "МБОУ «Кезьминская СОШ №2»  "),
        ("A3", "отчетный период: 2024 год"),
    ],
    "org_cell": "A2",
    "header_row": 5,
    "header": ["№ П/П", "НАИМЕНОВАНИЕ ПОКАЗАТЕЛЯ", "2023 Г.", "2024 Г.", "ССЫЛКА НА ДОКУМЕНТ (ИСТОЧНИК)"],
    "cols": {"num": 1, "title": 2, "prev": 3, "value": 4, "link": 5},
    "widths": [7, 80, 10, 10, 70],
    "upper": True,
    "num_style": "int",
    "rows": [
        H("1. нормативное обеспечение"),
        C("orgs_regulation_teachers", "наличие приказа об утверждении положения о наставничестве педагогов",
          "ДА.", 1, U2 + "prikaz-45-od.pdf", prev="ДА"),
        C("orgs_regulation_students", "наличие приказа об утверждении положения о наставничестве учеников",
          "ДА", 1, U2 + "prikaz-46-od.pdf", prev="ДА"),
        C("orgs_monitoring_order", "приказ о проведении мониторинга ЦМН", "да", 1, U2 + "prikaz-98-od.pdf", prev="НЕТ"),
        C("internal_monitoring_notes", "информационная справка по итогам внутреннего мониторинга", "НЕТ-", 0,
          prev="НЕТ"),
        H("2. организация процесса"),
        C("curators_total", "кураторы ЦМН в школе, чел", 1, 1, prev=1),
        C("mentors_total", "количесвто наставников по приказу", 21, 21, U2 + "prikaz-101-od-nastavniki.pdf", prev=18),
        C("mentees_total", "количество наставляёмых по приказу", 41, 41, U2 + "prikaz-101-od-nastavniki.pdf",
          prev=35),
        C("agreements_edu_orgs", "договоры с другими образовательными организациями (сотрудники-наставники)",
          1, 1, U2 + "dogovor-ddt.pdf", prev=0),
        C("partner_list", "организации-партнеры по наставничеству", "МБУ ДО «Кезьминский ДДТ»",
          "МБУ ДО «Кезьминский ДДТ»", prev="-"),
        H("3. персонализированные программы"),
        C("pp_total", "всего персонализированных программ", 12, 12, U2 + "pp-2024.pdf", prev=9),
        C("pp_pupil_pupil", "из них ученик-ученик", 5, 5, U2 + "pp-2024.pdf", prev=4),
        C("pp_teacher_teacher", "из них учитель-учитель", 4, 4, U2 + "pp-2024.pdf", prev=3),
        C("pp_head_teacher", "из них руководитель-педагог", 1, 1, U2 + "pp-2024.pdf", prev=0),
        C("pp_teacher_pupil", "из них учитель-ученик", 2, 2, U2 + "pp-2024.pdf", prev=2),
        H("4. внешние наставники"),
        C("external_edu_mentors", "наставники из внешних ОО (по приказу)", 1, 1, U2 + "prikaz-101-od-nastavniki.pdf",
          prev=0),
        C("enterprise_mentors", "наставники из предприятий", 0, 0, prev=0),
        H("5. обучающиеся 10-19 лет"),
        C("students_10_19", "общее кол-во обучающихся 10-19 лет", 260, 260, prev=251),
        C("mentees_10_19", "обучающиеся 10-19 лет в роли наставляёмого", 34, 34, U2 + "baza-nastavlyaemyh.pdf",
          prev=29),
        C("mentees_risk", "из них группа риска", 5, 5, prev=4),
        C("mentees_gifted", "из них одареные дети (реестр)", 7, 7, prev=6),
        C("mentees_disabled", "из них ОВЗ, дети-инвалиды", 4, 4, prev=4),
        C("mentees_low_motivation", "из них с низкой мотивацией и неуспеваемостью", 8, 8, prev=7),
        C("mentees_career", "из них - проблемы выбора профессии", 6, 6, prev=5),
        C("share_mentees_10_19", "доля обучающихся 10-19 лет, вошедших в программы как наставляемые", "13,08 %",
          13.08, prev="11,55 %"),
        H("6. обучающиеся 15-19 лет"),
        C("students_15_19", "всего обучающихся 15-19 лет в школе", 52, 52, prev=49),
        C("mentors_15_19", "обучающиеся 15-19 лет - наставники (по приказу)", 9, 9, U2 + "prikaz-101-od-nastavniki.pdf",
          prev=7),
        C("share_mentors_15_19", "доля обучающихся 15-19 лет - наставников", "17,3 %", 17.3, prev="14,3 %"),
        H("7. удовлетворённость"),
        C("satisfaction_mentees", "удовлетворённость наставляемых (завершенные программы)", "86%", 86,
          U2 + "anketa-itogi.pdf", prev="84%"),
        C("satisfaction_mentors", "удовлетворенность наставников (завершённые программы)", "90 %", 90,
          U2 + "anketa-itogi.pdf", prev="88%"),
        H("8. педагоги - наставляемые"),
        C("young_specialists", "молодые специалисты всего (до 35 лет, первые 3 года)", 4, 4, prev=3),
        C("young_specialists_mentees", "молодые специалисты - наставляёмые", 4, 4, U2 + "prikaz-101-od-nastavniki.pdf",
          prev=3),
        C("teachers_other", "педагоги (без молодых специалистов) всего", 29, 29, prev=30),
        C("teachers_other_mentees", "педагоги (без молодых специалистов) - наставляемые", 3, 3, prev=2),
        C("share_teachers_mentees", "доля педагогов-наставляемых", "21,21", 21.21, prev="15,15"),
        H("9. педагоги - наставники"),
        C("teachers_municipal", "количество педагогов школы", 33, 33, prev=33),
        C("teachers_mentors", "педагоги в роли наставника", 11, 11, U2 + "prikaz-101-od-nastavniki.pdf", prev=11),
        C("share_teachers_mentors", "доля педагогов в роли наставника", "33,33", 33.33, prev="33,33"),
        C("kpk_trained", "обучились на КПК по наставничеству (за год)", 1, 1, U2 + "udost-kpk.pdf", prev=2),
    ],
    "footer": [("B{r}", "ДИРЕКТОР ШКОЛЫ __________ / ПЕРЕВОЗЧИКОВА Н.В. /")],
}

# ---------------------------------------------------------------------------------------------
# File 3. МБОУ «Лудзинская СОШ» - copied out of Word: hyphenation leftovers, line breaks, NBSP, tab.
#         Layout Направление | Критерий | Ед. изм. | Значение | Источник информации.
# ---------------------------------------------------------------------------------------------
U3 = "https://ludzi-school.gosuslugi.ru/netcat_files/32/"
F3 = {
    "file": "Лудзи мониторинг наставничество.xlsx", "sheet": "Лист1",
    "org_exp": "МБОУ «Лудзинская СОШ»",
    "titles": [
        ("A1", "Внутренний мониторинг внедрения целевой модели наставничества\nв МБОУ «Лудзинская СОШ» за 2024 год"),
    ],
    "merge_titles": ["A1:E1"],
    "org_cell": "A1",
    "header_row": 3,
    "header": ["Направление", "Критерий", "Ед. изм.", "Значение", "Источник информации"],
    "cols": {"dir": 1, "title": 2, "unit": 3, "value": 4, "link": 5},
    "widths": [30, 70, 10, 12, 60],
    "rows": [
        C("orgs_regulation_teachers",
          "Наличие приказа «Об утверждении положения о системе наставничества педаго- гических работников в образовательной организации»",
          "да", 1, U3 + "1234/prikaz_15.pdf", unit="да/нет", dir="Нормативное обеспечение реализации Целевой модели настав- ничества"),
        C("orgs_regulation_students",
          "Наличие приказа «Об утверждении положения о системе наставничества обучающихся в образовательной организации»",
          "да", 1, U3 + "1234/prikaz_16.pdf", unit="да/нет"),
        C("orgs_monitoring_order", "Приказ о мониторинге реализации\nЦМН в ОО", "да", 1, U3 + "1240/prikaz_88.pdf",
          unit="да/нет"),
        C("internal_monitoring_notes", "Информационная справка по итогам внутреннего мони- торинга", "да", 1,
          U3 + "1240/spravka.pdf", unit="да/нет"),
        N("Наличие дорожной карты ОО", "да", U3 + "1234/dk.pdf", unit="да/нет"),
        C("curators_total", "Кураторы по внедрению целевой модели", "1", 1, unit="чел.",
          dir="Организация процесса реализации Целевой модели наставничества"),
        C("programmes_total", "Программы наставничества по формам (кроме персонализиро- ванных), утверждённые",
          3, 3, U3 + "1236/programmy.pdf", unit="ед."),
        C("agreements_other_orgs", "Соглашения с иными организациями\t(любой формы собственности)", 1, 1,
          U3 + "1236/soglashenie_biblioteka.pdf", unit="ед."),
        C("partner_list", "Организации, сотрудничающие с ОО по вопросам наставничества",
          "МБУК «Лудзинская сельская библиотека»", "МБУК «Лудзинская сельская библиотека»", unit="-"),
        C("mentors_total", "Количество наставников в базе ОО (по приказу)", 23, 23, U3 + "1236/prikaz_102.pdf",
          unit="чел."),
        C("mentees_total", "Количество наставляемых в базе ОО (по приказу)", 48, 48, U3 + "1236/prikaz_102.pdf",
          unit="чел."),
        C("pp_total", "Персонализированные программы - всего", 15, 15, U3 + "1238/pp.pdf", unit="ед.",
          dir="Персонализиро- ванные программы"),
        C("pp_pupil_pupil", "в т.ч. по форме\nученик - ученик", 6, 6, U3 + "1238/pp.pdf", unit="ед."),
        C("pp_teacher_teacher", "в т.ч. по форме\nучитель - учитель", 5, 5, U3 + "1238/pp.pdf", unit="ед."),
        C("pp_head_teacher", "в т.ч. по форме\nруководитель - педагог", 1, 1, U3 + "1238/pp.pdf", unit="ед."),
        C("pp_teacher_pupil", "в т.ч. по форме\nучитель - ученик", 3, 3, U3 + "1238/pp.pdf", unit="ед."),
        C("other_org_mentors", "Наставники из иных организаций (сотрудники библиотеки)", 1, 1,
          U3 + "1236/prikaz_102.pdf", unit="чел.", dir="Включение предприятий (организаций) в программы"),
        C("students_10_19", "{O}бучающиеся в возрасте от 10" + NB + "до 19 лет - всего", 236, 236, unit="чел.",
          dir="Охват обучающихся 10-19 лет"),
        C("mentees_10_19", "Обучающиеся 10–19 лет, вошедшие в програм- мы наставничества в роли наставляемого",
          "41 чел.", 41, U3 + "1236/baza_nastavlyaemyh.xlsx", unit="чел."),
        C("mentees_risk", "из числа «группы риска»", 6, 6, unit="чел."),
        C("mentees_gifted", "из числа «одаренных детей»" + NB + "(вошедших в реестры)", 5, 5, unit="чел."),
        C("mentees_disabled", "из числа детей с ОВЗ и детей-инва- лидов", 3, 3, unit="чел."),
        C("mentees_low_motivation", "имеющие низкую мотивацию к учебе и неудовлетво- рительную успеваемость",
          9, 9, unit="чел."),
        C("mentees_career", "имеющие проблемы с выбором образовательной траектории и профессии", 12, 12, unit="чел."),
        C("mentees_other_params", "по иным параметрам", 4, 4, unit="чел."),
        C("share_mentees_10_19", "Доля обучающихся 10-19 лет в роли наставляемого", "17,37", 17.37, unit="%"),
        C("students_15_19", "Общее количество обучающихся в возрасте от 15 до 19 лет в ОО", 44, 44, unit="чел.",
          dir="Охват обучающихся 15-19 лет в роли наставника"),
        C("mentors_15_19", "Наставники из числа обучающихся 15 -19 лет (по\nприказу)", 12, 12,
          U3 + "1236/prikaz_102.pdf", unit="чел."),
        C("share_mentors_15_19", "Доля обучающихся 15-19 лет -" + NB + "наставников", "27,27", 27.27, unit="%"),
        C("satisfaction_mentees", "Удовлетворенность наставляемых участием в завершен- ных программах", 94, 94,
          U3 + "1240/ankety.pdf", unit="%", dir="Удовлетворенность"),
        C("satisfaction_mentors", "Удовлетворенность наставников участием в завершен- ных программах", 97, 97,
          U3 + "1240/ankety.pdf", unit="%"),
        C("young_specialists", "Молодые специалисты (до 35 лет, первые три года работы) в ОО", 5, 5, unit="чел.",
          dir="Педагоги и молодые специалисты в роли наставляемого"),
        C("young_specialists_mentees", "Молодые специалисты - наставляемые", 5, 5, U3 + "1236/prikaz_102.pdf",
          unit="чел."),
        C("teachers_other", "Педагоги (за исключением молодых специа- листов) - всего", 26, 26, unit="чел."),
        C("teachers_other_mentees", "Педагоги (за исключением молодых специалистов) - наставляемые", 2, 2,
          U3 + "1236/prikaz_102.pdf", unit="чел."),
        C("share_teachers_mentees", "Доля педагогов, вошедших в программы в роли наставляемого", "22,58", 22.58,
          unit="%"),
        C("kpk_trained", "Педагоги, обучившиеся на КПК по вопросам настав- ничества (2024 г.)", 2, 2,
          U3 + "1240/udostovereniya.pdf", unit="чел.", dir="Профессиональное развитие педаго- гических работников"),
        C("kpk_courses", "Наименование курсов",
          "«Наставничество в образовательной организации: технологии и практики», 36 ч.",
          "«Наставничество в образовательной организации: технологии и практики», 36 ч.", unit="-"),
        C("school_methodical_associations", "Методические объединения наставников в ОО", 1, 1,
          U3 + "1240/prikaz_mo.pdf", unit="ед."),
        C("teachers_municipal", "Педагогов в ОО всего", 31, 31, unit="чел.",
          dir="Педагоги в роли наставника"),
        C("teachers_mentors", "Педагоги - наставники", 10, 10, U3 + "1236/prikaz_102.pdf", unit="чел."),
        C("young_specialists_mentors", "из них молодые специалисты", "0", 0, unit="чел."),
        C("share_teachers_mentors", "Доля педагогов в роли наставника", "32,26", 32.26, unit="%"),
    ],
    "footer": [("B{r}", "Исполнитель: Корепанова Л.М., зам. директора по УВР")],
}

# ---------------------------------------------------------------------------------------------
# File 4. МБОУ «Верхнеюринская ООШ» - small school, value and link typed into ONE cell,
#         Latin letters in the org name, letter О for zero, glued words.
# ---------------------------------------------------------------------------------------------
U4 = "https://v-yuri-oosh.gosuslugi.ru/upload/docs/"
F4 = {
    "file": "ВЮООШ_ЦМН.xlsx", "sheet": "ЦМН 2024",
    "org_exp": "МБОУ «Верхнеюринская ООШ»",
    "titles": [
        ("B1", "Мониторинг ЦМН за 2024 год"),
        ("B2", "МБОУ «{B}ерхнеюринская {OO}Ш»"),
    ],
    "org_cell": "B2",
    "header_row": 4,
    "header": ["№", "Показатель", "Значение (ссылка на документ)"],
    "cols": {"num": 1, "title": 2, "value": 3},
    "widths": [5, 75, 90],
    "num_style": "dot",
    "link_in_value": True,
    "rows": [
        C("orgs_regulation_teachers", "Положение о наставничестве педагогов утверждено приказом",
          "Да, " + U4 + "prikaz_22_ped.pdf", 1, U4 + "prikaz_22_ped.pdf"),
        C("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом",
          "Да," + U4 + "prikaz_23_obuch.pdf", 1, U4 + "prikaz_23_obuch.pdf"),
        C("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "да " + U4 + "prikaz_71.pdf", 1, U4 + "prikaz_71.pdf"),
        C("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "нет", 0),
        C("curators_total", "Куратор ЦМН (кол-во)", 1, 1),
        C("mentors_total", "Наставники по приказу",
          "5 (приказ № 74 " + U4 + "prikaz_74_pary.pdf)", 5, U4 + "prikaz_74_pary.pdf"),
        C("mentees_total", "Наставляемые по приказу",
          "11 (приказ № 74 " + U4 + "prikaz_74_pary.pdf)", 11, U4 + "prikaz_74_pary.pdf"),
        C("agreements_edu_orgs", "Соглашения сдругими ОО о наставниках", "0", 0),
        C("agreements_enterprises", "Соглашения спредприятиями о наставниках", "нет", 0),
        C("pp_total", "Персонализированные программы всего", "4  " + U4 + "pp_2024.zip", 4, U4 + "pp_2024.zip"),
        C("pp_pupil_pupil", "ПП ученик–ученик", 2, 2),
        C("pp_teacher_teacher", "ПП учитель–учитель", 2, 2),
        C("pp_head_teacher", "ПП руководитель–педагог", ZERO_LETTER, 0),
        C("pp_teacher_pupil", "ПП учитель–ученик", 0, 0),
        C("external_edu_mentors", "Наставники из других школ, СПО", 0, 0),
        C("students_10_19", "Обучающихся 10-19 лет всего", 58, 58),
        C("mentees_10_19", "Обучающихся 10-19 лет - наставляемые", "9 " + U4 + "baza_nastavlyaemyh.pdf", 9,
          U4 + "baza_nastavlyaemyh.pdf"),
        C("mentees_risk", "  из них группа риска", 2, 2),
        C("mentees_disabled", "  из них ОВЗ/инвалиды", 1, 1),
        C("mentees_low_motivation", "  из них низкая мотивация,неуспевающие", 4, 4),
        C("share_mentees_10_19", "Доля наставляемых 10-19 лет", "15,52%", 15.52),
        C("students_15_19", "Обучающихся 15-19 лет всего (9 кл.)", 7, 7),
        C("mentors_15_19", "Из них наставники", "2 " + U4 + "prikaz_74_pary.pdf", 2, U4 + "prikaz_74_pary.pdf"),
        C("share_mentors_15_19", "Доля наставников 15-19 лет", "28,57%", 28.57),
        C("satisfaction_mentees", "Удовлетворенность наставляемых, %", "100", 100),
        C("satisfaction_mentors", "Удовлетворенность наставников, %", "95", 95),
        C("young_specialists", "Молодые специалисты", 1, 1),
        C("young_specialists_mentees", "Молодые специалисты - наставляемые", "1 " + U4 + "prikaz_74_pary.pdf", 1,
          U4 + "prikaz_74_pary.pdf"),
        C("share_young_specialists_mentees", "Доля молодых спец. - наставляемых", "100%", 100),
        C("teachers_other", "Остальные педагоги", 13, 13),
        C("teachers_other_mentees", "Остальные педагоги - наставляемые", 1, 1),
        C("share_teachers_mentees", "Доля педагогов-наставляемых", "14,29%", 14.29),
        C("teachers_municipal", "Педагогов всего", 14, 14),
        C("teachers_mentors", "Педагоги-наставники", "3 " + U4 + "prikaz_74_pary.pdf", 3, U4 + "prikaz_74_pary.pdf"),
        C("share_teachers_mentors", "Доля педагогов-наставников", "21,43%", 21.43),
        C("kpk_trained", "КПК по наставничеству (чел.)", 1,
          1, "https://cloud.mail.ru/public/vYu7/kpk2024", lraw=None),
        C("pay_acts", "Положение об оплате наставникам", "да " + U4 + "polozhenie_oplata.pdf", 1,
          U4 + "polozhenie_oplata.pdf"),
    ],
    "footer": [("B{r}", "Директор Семенова О.П.")],
}
# kpk_trained of F4: the link is typed in the title cell, see post-processing below.

# ---------------------------------------------------------------------------------------------
# File 5. МБОУ «Сосновоборская СОШ» - org name in a labelled cell, hyperlinks with display text,
#         a «План на 2025» decoy column, «1 204», an ambiguous «1 1», a dash, a joined title.
# ---------------------------------------------------------------------------------------------
U5 = "https://sosnbor-sosh.gosuslugi.ru/netcat_files/userfiles/CMN/"
F5 = {
    "file": "Сосновоборская СОШ - ЦМН (мониторинг).xlsx", "sheet": "Форма",
    "org_exp": "МБОУ «Сосновоборская СОШ»",
    "titles": [
        ("A1", "Форма мониторинга реализации ЦМН"),
        ("A3", "Наименование ОО:"),
        ("B3", "МБОУ «Сосновоборская СОШ»"),
        ("A4", "Период:"),
        ("B4", "2024 год"),
    ],
    "org_cell": "B3",
    "header_row": 6,
    "header": ["Критерий", "Значение 2024", "План на 2025", "Ссылка", "Примечание"],
    "cols": {"title": 1, "value": 2, "plan": 3, "link": 4, "note": 5},
    "widths": [75, 14, 14, 30, 55],
    "rows": [
        H("Нормативное обеспечение"),
        C("orgs_regulation_teachers", "Положение о системе наставничества пед. работников (приказ)", "да", 1,
          U5 + "prikaz_131.pdf", hl="приказ №131", plan="да"),
        C("orgs_regulation_students", "Положение о системе наставничества обучающихся (приказ)", "да", 1,
          U5 + "prikaz_132.pdf", hl="приказ №132", plan="да"),
        C("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН", "Д{a}", 1, U5 + "prikaz_240.pdf",
          hl="ссылка", plan="да"),
        C("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга (наличие)", "да", 1,
          U5 + "spravka_itogi_2024.pdf", hl="ссылка", plan="да"),
        H("Организация процесса"),
        C("curators_total", "Кураторы ЦМН", 3, 3, plan=3),
        C("programmes_total", "Программы наставничества (без ПП)", 5, 5, U5 + "programmy.pdf", hl="ссылка", plan=5),
        C("agreements_edu_orgs", "Соглашения с ОО (СПО, вузы, школы) - наставники", 1, 1,
          U5 + "soglashenie_tehnikum.pdf", hl="ссылка", plan=2),
        C("agreements_enterprises", "Соглашения с предприятиями - наставники", 2, 2, None, plan=3,
          note="соглашения с АО «Сосновоборский ЛПХ» и ООО «Лесстрой» " + U5 + "soglasheniya_predpr.pdf",
          link_at="note", url_in_note=U5 + "soglasheniya_predpr.pdf"),
        C("partner_list", "Партнеры по наставничеству (наименования)",
          "ГБПОУ УР «Сосновоборский аграрный техникум»; АО «Сосновоборский ЛПХ»; ООО «Лесстрой»",
          "ГБПОУ УР «Сосновоборский аграрный техникум»; АО «Сосновоборский ЛПХ»; ООО «Лесстрой»"),
        N("Количество наставников / наставляемых (по приказу)", "63 / 145", None, plan="65 / 150",
          link_url=U5 + "prikaz_250_bazy.pdf", hl="приказ №250"),
        H("Персонализированные программы"),
        C("pp_total", "Перс. программы всего", 38, 38, U5 + "pp.zip", hl="архив", plan=40),
        C("pp_pupil_pupil", "ученик-ученик", 15, 15, plan=15),
        C("pp_teacher_teacher", "учитель-учитель", 11, 11, plan=12),
        C("pp_head_teacher", "руководитель-педагог", 3, 3, plan=3),
        C("pp_student_pupil", "студент-ученик (студенты техникума)", 3, 3, plan=4),
        C("pp_teacher_pupil", "учитель-ученик", 6, 6, plan=6),
        C("pp_other", "иные формы", "0", 0, plan=0),
        H("Внешние наставники"),
        C("external_edu_mentors", "Наставники из др. образовательных организаций", 3, 3, plan=3),
        C("enterprise_mentors", "Наставники-сотрудники предприятий", 2, 2, plan=3),
        H("Обучающиеся"),
        C("students_10_19", "Обучающиеся 10-19 лет (всего)", "1 204", 1204, plan="1 210"),
        C("mentees_10_19", "Обучающиеся 10-19 лет - наставляемые", 128, 128, U5 + "baza_nastavl.xlsx",
          hl="база", plan=135),
        C("mentees_risk", "группа риска", 14, 14, plan=14),
        C("mentees_gifted", "одарённые (реестр)", "1 1", SKIP, plan=12,
          reason="«1 1»: 11 with a stray space, or 1 typed twice / «1 (и) 1»? No share or sum in the file "
                 "fixes it (the sub-groups do not have to add up to 128), so a careful methodologist could not tell."),
        C("mentees_disabled", "ОВЗ и дети-инвалиды", 9, 9, plan=9),
        C("mentees_low_motivation", "низкая мотивация/неуспевающие", 21, 21, plan=20),
        C("mentees_career", "проблемы выбора проф. траектории", 30, 30, plan=30),
        C("mentees_other_params", "иные параметры", "-", SKIP, plan="-",
          reason="a bare dash: 0 or «not collected»? The plan column also has a dash; left out."),
        C("share_mentees_10_19", "Доля наставляемых 10-19 лет, %", 10.63, 10.63, plan=11.16),
        C("students_15_19", "Обучающиеся 15-19 лет (всего)", 210, 210, plan=215),
        C("mentors_15_19", "Обучающиеся 15-19 лет - наставники", 34, 34, U5 + "prikaz_250_bazy.pdf",
          hl="приказ №250", plan=36),
        C("share_mentors_15_19", "Доля наставников 15-19 лет, %", 16.19, 16.19, plan=16.74),
        H("Удовлетворенность, %"),
        C("satisfaction_mentees", "наставляемые", 89, 89, U5 + "anketa.pdf", hl="ссылка", plan=90),
        C("satisfaction_mentors", "наставники", 93, 93, U5 + "anketa.pdf", hl="ссылка", plan=93),
        H("Педагоги"),
        C("young_specialists", "Молодые специалисты всего", 12, 12, plan=12),
        C("young_specialists_mentees", "Молодые специалисты - наставляемые", 11, 11, U5 + "prikaz_250_bazy.pdf",
          hl="приказ №250", plan=12),
        C("share_young_specialists_mentees", "Доля мол. специалистов - наставляемых, %", 91.67, 91.67, plan=100),
        C("teachers_other", "Педагоги кроме молодых специалистов", 78, 78, plan=78),
        C("teachers_other_mentees", "Педагоги кроме молодых специалистов - наставляемые", 6, 6, plan=8),
        C("share_teachers_mentees", "Доля педагогов-наставляемых, %", 18.89, 18.89, plan=22.22),
        C("teachers_municipal", "Педагогов в школе", 90, 90, plan=90),
        C("teachers_mentors", "Педагоги-наставники", 27, 27, U5 + "prikaz_250_bazy.pdf", hl="приказ №250", plan=30),
        C("share_teachers_mentors", "Доля педагогов-наставников, %", 30, 30, plan=33.33),
        C("kpk_trained", "КПК по наставничеству, чел.", 5, 5, "https://disk.yandex.ru/d/sb_kpk_2024", plan=6,
          link_at="note", note="удостоверения: https://disk.yandex.ru/d/sb_kpk_2024"),
        C("school_methodical_associations", "ШМО наставников", 2, 2, plan=2),
        C("pay_acts", "Акты об оплате наставничества", 1, 1, U5 + "polozhenie_oplata.pdf", hl="положение", plan=1),
        C("nonmaterial_acts", "Акты о нематериальном поощрении", 1, 1, plan=1, note="в положении о наставничестве"),
    ],
    "footer": [("A{r}", "Заполнил: Ившина Е.А. (куратор)")],
}

# ---------------------------------------------------------------------------------------------
# File 6. МБУ ДО «Кезьминский Дом детского творчества» - no № column, units column, shares as
#         fractions with a percent number format, double spaces, «95 %».
# ---------------------------------------------------------------------------------------------
U6 = "https://kezma-ddt.gosuslugi.ru/netcat_files/nastavn/"
F6 = {
    "file": "ДДТ Кезьма ЦМН 2024.xlsx", "sheet": "Лист1",
    "org_exp": "МБУ ДО «Кезьминский Дом детского творчества»",
    "titles": [
        ("A1", "Мониторинг реализации ЦМН в  МБУ ДО «Кезьминский Дом детского творчества»  (2024 г.)"),
        ("A2", "муниципальный округ Кезьминский район"),
    ],
    "merge_titles": ["A1:D1", "A2:D2"],
    "org_cell": "A1",
    "header_row": 4,
    "header": ["Показатель", "Ед. изм.", "Значение", "Ссылка на источник"],
    "cols": {"title": 1, "unit": 2, "value": 3, "link": 4},
    "widths": [75, 10, 14, 65],
    "rows": [
        C("orgs_regulation_teachers", "Наличие приказа об утверждении Положения о наставничестве  педагогов", "да", 1,
          U6 + "prikaz_37.pdf", unit="да/нет"),
        C("orgs_regulation_students", "Наличие приказа об утверждении Положения о наставничестве  обучающихся",
          "да", 1, U6 + "prikaz_38.pdf", unit="да/нет"),
        C("orgs_monitoring_order", "Наличие приказа о мониторинге ЦМН", "да", 1, U6 + "prikaz_77.pdf", unit="да/нет"),
        C("internal_monitoring_notes", "Наличие справки  по внутреннему мониторингу", "да", 1,
          U6 + "spravka_2024.pdf", unit="да/нет"),
        C("curators_total", "Кураторы ЦМН", 1, 1, unit="чел."),
        C("agreements_edu_orgs", "Соглашения о сотрудничестве со школами (наставники)", 3, 3,
          U6 + "soglasheniya_shkoly.pdf", unit="шт."),
        C("partner_list", "С кем сотрудничаем",
          "МБОУ «Кезьминская СОШ №1», МБОУ «Кезьминская СОШ №2», МБОУ «Лудзинская СОШ»",
          "МБОУ «Кезьминская СОШ №1», МБОУ «Кезьминская СОШ №2», МБОУ «Лудзинская СОШ»", unit="-"),
        C("mentors_total", "Наставники (по приказу)", 24, 24, U6 + "prikaz_80_nastavniki.pdf", unit="чел."),
        C("mentees_total", "Наставляемые  (по приказу)", 69, 69, U6 + "prikaz_80_nastavniki.pdf", unit="чел."),
        C("pp_total", "Персонализированные программы наставничества (все формы)", 14, 14, U6 + "pp.pdf", unit="шт."),
        C("pp_pupil_pupil", "в т.ч. «ученик - ученик»", 6, 6, unit="шт."),
        C("pp_teacher_teacher", "в т.ч. «педагог - педагог»", 4, 4, unit="шт."),
        C("pp_head_teacher", "в т.ч. «руководитель - педагог»", 1, 1, unit="шт."),
        C("pp_teacher_pupil", "в т.ч. «педагог - обучающийся»", 3, 3, unit="шт."),
        C("external_edu_mentors", "Наставники из внешних образовательных организаций", 0, 0, unit="чел."),
        C("students_10_19", "Обучающиеся 10 - 19 лет в объединениях ДДТ", 540, 540, unit="чел."),
        C("mentees_10_19", "из них наставляемые", 62, 62, U6 + "baza.pdf", unit="чел."),
        C("mentees_risk", "наставляемые из «группы риска»", 4, 4, unit="чел."),
        C("mentees_gifted", "наставляемые из одаренных  (реестр)", 18, 18, unit="чел."),
        C("mentees_disabled", "наставляемые с ОВЗ/ инвалидностью", 7, 7, unit="чел."),
        C("mentees_low_motivation", "наставляемые с низкой мотивацией", 0, 0, unit="чел."),
        C("mentees_career", "наставляемые - профориентация", 9, 9, unit="чел."),
        C("mentees_other_params", "наставляемые по иным параметрам (проектная деятельность)", "24" + NB, 24, unit="чел."),
        C("share_mentees_10_19", "Доля наставляемых 10-19 лет", Pct(0.1148, "0.00%"), 11.48, unit="%"),
        C("students_15_19", "Обучающиеся 15 - 19 лет", 120, 120, unit="чел."),
        C("mentors_15_19", "из них н{a}ставники (по приказу)", 15, 15, U6 + "prikaz_80_nastavniki.pdf", unit="чел."),
        C("share_mentors_15_19", "Доля наставников 15-19 лет", Pct(0.125, "0.0%"), 12.5, unit="%"),
        C("satisfaction_mentees", "Удовлетворенность наставляемых", "95 %", 95, U6 + "monitoring_udovl.pdf", unit="%"),
        C("satisfaction_mentors", "Удовлетворенность наставников", "96%", 96, U6 + "monitoring_udovl.pdf", unit="%"),
        C("young_specialists", "Молодые специалисты (до 35, стаж до 3 лет)", 3, 3, unit="чел."),
        C("young_specialists_mentees", "Молодые специалисты - наставляемые", 3, 3, U6 + "prikaz_80_nastavniki.pdf",
          unit="чел."),
        C("share_young_specialists_mentees", "Доля молодых специалистов - наставляемых", Pct(1, "0%"), 100, unit="%"),
        C("teachers_other", "Педагоги (без молодых специалистов)", 24, 24, unit="чел."),
        C("teachers_other_mentees", "Педагоги (без молодых специалистов) - наставляемые", 4, 4, unit="чел."),
        C("share_teachers_mentees", "Доля педагогов - наставляемых", Pct(0.2593, "0.00%"), 25.93, unit="%"),
        C("teachers_municipal", "Педагогов всего", 27, 27, unit="чел."),
        C("teachers_mentors", "П{e}дагоги - наставники", 9, 9, U6 + "prikaz_80_nastavniki.pdf", unit="чел."),
        C("share_teachers_mentors", "Доля педагогов - наставников", Pct(0.3333, "0.00%"), 33.33, unit="%"),
        C("kpk_trained", "Прошли КПК по наставничеству", 2, 2, unit="чел."),
        C("nonmaterial_acts", "Положение о нематериальном поощрении наставников", 1, 1, U6 + "polozh_pooschrenie.pdf",
          unit="шт."),
    ],
    "footer": [("A{r}", "Директор  ДДТ  _______  Бабинцева  Г.Р.")],
}

# ---------------------------------------------------------------------------------------------
# File 7. МБУ ДО «Кезьминская ДЮСШ» - numbering 1.1, Latin in titles, «О» for zero,
#         link cells «нет» / «в работе».
# ---------------------------------------------------------------------------------------------
U7 = "https://dyussh-kezma.edu.ru/files/cmn2024/"
F7 = {
    "file": "dyussh_mon_CMN.xlsx", "sheet": "Sheet1",
    "org_exp": "МБУ ДО «Кезьминская ДЮСШ»",
    "titles": [
        ("A1", "{M}ониторинг ЦМН 2024"),
        ("A2", "{M}БУ ДО «Кезьминская ДЮ{C}Ш»"),
    ],
    "org_cell": "A2",
    "header_row": 4,
    "header": ["п/п", "Наименование критерия", "Значение", "Ссылка"],
    "cols": {"num": 1, "title": 2, "value": 3, "link": 4},
    "widths": [6, 75, 12, 60],
    "num_style": "section",
    "rows": [
        H("1. Нормативное обеспечение"),
        C("orgs_regulation_teachers", "Приказ «Об утверждении положения о наставничестве тренеров-преподавателей»",
          "да", 1, U7 + "pr_12.pdf"),
        C("orgs_regulation_students", "Приказ «Об утверждении положения о наставничестве обучающихся»", "Да", 1,
          U7 + "pr_12.pdf"),
        C("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "нет-", 0, None, lraw="нет"),
        C("internal_monitoring_notes", "Справка по внутренему мониторингу", "да", 1, None, lraw="в работе"),
        H("2. Организация процесса"),
        C("curators_total", "{K}ураторы ЦМН", 1, 1),
        C("mentors_total", "Наставники по приказу ", "13 ", 13, U7 + "pr_31_nastavniki.pdf"),
        C("mentees_total", "Наставляемые по приказу", 30, 30, U7 + "pr_31_nastavniki.pdf"),
        C("agreements_other_orgs", "Соглашения с иными организациями о наставниках", ZERO_LETTER, 0, None, lraw="-"),
        H("3. Персонализированные программы"),
        C("pp_total", "ПП всего", 6, 6, U7 + "pp.pdf"),
        C("pp_pupil_pupil", "ПП «спортсмен-спортсмен» (ученик-ученик)", 3, 3, U7 + "pp.pdf"),
        C("pp_teacher_teacher", "ПП «тренер-тренер» (педагог-педагог)", 2, 2, U7 + "pp.pdf"),
        C("pp_teacher_pupil", "ПП «тренер-спортсмен» (учитель-ученик)", 1, 1, U7 + "pp.pdf"),
        H("4. Обучающиеся 10-19 лет"),
        C("students_10_19", "{B}сего занимающихся 10-19 лет", 310, 310),
        C("mentees_10_19", "Наставляемые 10-19 лет", 27, 27, U7 + "baza_nastavlyaemyh.pdf"),
        C("mentees_risk", "- группа риска", 6, 6),
        C("mentees_gifted", "- одаренные (реестр)", 3, 3),
        C("mentees_disabled", "- ОВЗ / инвалиды", ZERO_LETTER, 0),
        C("mentees_low_motivation", "- низкая мотивация, неуспеваемость", 2, 2),
        C("mentees_other_params", "- иные параметры (спортивная подготовка)", 16, 16),
        C("share_mentees_10_19", "Доля наставляемых 10-19 лет", "8,71 %", 8.71),
        H("5. Обучающиеся 15-19 лет"),
        C("students_15_19", "Всего занимающихся 15-19 лет", 64, 64),
        C("mentors_15_19", "из них наставники (по приказу)", 8, 8, U7 + "pr_31_nastavniki.pdf"),
        C("share_mentors_15_19", "Доля наставников 15-19 лет", "12,5 %", 12.5),
        H("6. Удовлетворенность"),
        C("satisfaction_mentees", "Удовлетворенность наставляемых,%", 87, 87, None, lraw="нет"),
        C("satisfaction_mentors", "Удовлетворенность наставников,%", 90, 90, None, lraw="нет"),
        H("7. Тренеры-преподаватели"),
        C("young_specialists", "Молодые специалисты", 2, 2),
        C("young_specialists_mentees", "Молодые специалисты - наставляемые", 2, 2, U7 + "pr_31_nastavniki.pdf"),
        C("teachers_other", "Тренеры-преподаватели (кроме молодых спец-тов)", 16, 16),
        C("teachers_other_mentees", "Тренеры-преподаватели (кроме молодых) - наставляемые", 1, 1),
        C("share_teachers_mentees", "Доля педагогов - наставляемых", "16,67 %", 16.67),
        C("teachers_municipal", "Всего тренеров-преподавателей", 18, 18),
        C("teachers_mentors", "Тренеры-преподаватели - наставники", 5, 5, U7 + "pr_31_nastavniki.pdf"),
        C("share_teachers_mentors", "Доля педагогов - наставников", "27,78 %", 27.78),
        C("kpk_trained", "КПК по наставничеству", 1, 1, None, lraw="в работе"),
    ],
    "footer": [("B{r}", "Отв. Вострокнутов С.И.  ")],
}

FILES = [F1, F2, F3, F4, F5, F6, F7]


# ---------------------------------------------------------------------------------------------
def write_file(F, expected, cells):
    wb = Workbook()
    wb.properties.creator = F.get("creator", "user")
    wb.properties.created = datetime.datetime(2024, 10, 28, 16, 40)
    ws = wb.active
    ws.title = F["sheet"]
    path = "typed/" + F["file"]
    for ref, text in F["titles"]:
        ws[ref] = L(text)
        ws[ref].font = Font(bold=True)
        if "\n" in text:
            ws[ref].alignment = Alignment(wrap_text=True)
    for rng in F.get("merge_titles", []):
        ws.merge_cells(rng)
    if "\n" in ws["A1"].value if isinstance(ws["A1"].value, str) else False:
        ws.row_dimensions[1].height = 32
    cols = F["cols"]
    upper = F.get("upper", False)
    hr = F["header_row"]
    for i, h in enumerate(F["header"], start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
    for i, w in enumerate(F["widths"], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    entry = {"file": path, "year": 2024, "organisation": F["org_exp"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    cells.append({"file": path, "sheet": F["sheet"], "cell": F["org_cell"], "kind": "organisation",
                  "expected": F["org_exp"], "raw": ws[F["org_cell"]].value})
    r = hr + 1
    dir_starts = []
    n = 0
    sec = 0
    sub = 0
    for row in F["rows"]:
        title = L(row["title"])
        if upper:
            title = title.upper()
        if row["kind"] == "h":
            sec += 1
            sub = 0
            ws.cell(row=r, column=cols["title"], value=title).font = Font(bold=True)
            entry["headings"].append(title)
            r += 1
            continue
        n += 1
        sub += 1
        if "num" in cols:
            style = F.get("num_style", "int")
            num = {"int": n, "dot": f"{n}.", "section": f"{sec}.{sub}"}[style]
            ws.cell(row=r, column=cols["num"], value=num)
        tcell = ws.cell(row=r, column=cols["title"], value=title)
        if "\n" in title:
            tcell.alignment = Alignment(wrap_text=True)
        if "dir" in row and "dir" in cols:
            ws.cell(row=r, column=cols["dir"], value=row["dir"]).alignment = Alignment(wrap_text=True,
                                                                                       vertical="top")
            dir_starts.append(r)
        if "unit" in row and "unit" in cols:
            ws.cell(row=r, column=cols["unit"], value=row["unit"])
        if "prev" in row and "prev" in cols:
            pv = row["prev"]
            ws.cell(row=r, column=cols["prev"], value=pv.upper() if (upper and isinstance(pv, str)) else pv)
        if "plan" in row and "plan" in cols:
            ws.cell(row=r, column=cols["plan"], value=row["plan"])
        if "note" in row and "note" in cols:
            ws.cell(row=r, column=cols["note"], value=row["note"])
        raw = row["raw"]
        vcell = ws.cell(row=r, column=cols["value"])
        if isinstance(raw, Pct):
            vcell.value = raw.v
            vcell.number_format = raw.fmt
        else:
            raw = L(raw)
            vcell.value = raw
        vref = vcell.coordinate
        # link
        lref = None
        if row["kind"] == "n":
            entry["not_criteria"].append(title)
            url = row.get("link_url")
            if "link" in cols:
                lc = ws.cell(row=r, column=cols["link"])
                if url and row.get("hl"):
                    lc.value = row["hl"]
                    lc.hyperlink = url
                elif row.get("lraw"):
                    lc.value = row["lraw"]
            cells.append({"file": path, "sheet": F["sheet"], "cell": vref, "kind": "not_criterion",
                          "title": title, "raw": vcell.value})
            r += 1
            continue
        cid = row["cid"]
        url = row["url"]
        if F.get("link_in_value"):
            if url and isinstance(raw, str) and url in raw:
                lref = vref
        elif row.get("link_at") == "note":
            lref = ws.cell(row=r, column=cols["note"]).coordinate
            url = row.get("url_in_note", url)
        elif "link" in cols:
            lc = ws.cell(row=r, column=cols["link"])
            if url and row.get("hl"):
                lc.value = row["hl"]
                lc.hyperlink = url
                lc.font = Font(color="0563C1", underline="single")
                lref = lc.coordinate
            elif row.get("lraw") is not None:
                lc.value = row["lraw"]
                if url:
                    lref = lc.coordinate
        if row["exp"] is SKIP:
            cells.append({"file": path, "sheet": F["sheet"], "cell": vref, "kind": "omitted", "criterion": cid,
                          "raw": vcell.value, "reason": row["reason"]})
        else:
            entry["values"][cid] = row["exp"]
            cells.append({"file": path, "sheet": F["sheet"], "cell": vref, "kind": "value", "criterion": cid,
                          "expected": row["exp"], "raw": vcell.value,
                          "number_format": vcell.number_format})
        if url and lref:
            entry["links"][cid] = url
            lc = ws[lref]
            cells.append({"file": path, "sheet": F["sheet"], "cell": lref, "kind": "link", "criterion": cid,
                          "expected": url, "in": "hyperlink" if lc.hyperlink else "text"})
        r += 1
    # special case F4: the KPK link typed into the title cell
    if F is F4:
        for rr in range(hr + 1, r):
            t = ws.cell(row=rr, column=cols["title"]).value
            if t and t.startswith("КПК по наставничеству"):
                url = "https://cloud.mail.ru/public/vYu7/kpk2024"
                ws.cell(row=rr, column=cols["title"], value=t + " (удостоверение: " + url + ")")
                entry["links"]["kpk_trained"] = url
                cells.append({"file": path, "sheet": F["sheet"], "cell": ws.cell(row=rr, column=cols["title"]).coordinate,
                              "kind": "link", "criterion": "kpk_trained", "expected": url, "in": "text"})
    # Word tables copied into Excel: the direction cell spans its block of rows
    for i, start in enumerate(dir_starts):
        end = (dir_starts[i + 1] - 1) if i + 1 < len(dir_starts) else r - 1
        if end > start:
            ws.merge_cells(start_row=start, start_column=cols["dir"], end_row=end, end_column=cols["dir"])
    for ref, text in F.get("footer", []):
        ws[ref.format(r=r + 2)] = text
    wb.save(os.path.join(HERE, path))
    expected.append(entry)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".xlsx"):
            os.remove(os.path.join(OUT, fn))
    expected, cells = [], []
    for F in FILES:
        write_file(F, expected, cells)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print(f'{e["file"]}: values={len(e["values"])} links={len(e["links"])} '
              f'not_criteria={len(e["not_criteria"])} headings={len(e["headings"])}')
    print(f"files={len(expected)} values={nv} links={nl}")


if __name__ == "__main__":
    main()
