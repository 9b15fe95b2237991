#!/usr/bin/env python3
"""heldout95: one-column / narrow print forms where the criterion's title and its value share ONE cell
(Alt+Enter, value-first, a tab, several spaces), links on a third line or as the cell's hyperlink.
Deterministic: no randomness at all. Writes typed/*.xlsx, expected.json, cells.json."""
import json
import pathlib
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
YEAR = 2024

# ---------------------------------------------------------------- value helpers
def n(v, suffix=""):
    return (f"{v}{suffix}", v)


def yn(text, v):
    return (text, v)


def pct(part, whole, nd=2, sep=" %"):
    x = Decimal(part) * 100 / Decimal(whole)
    q = Decimal(1) if nd == 0 else Decimal(1).scaleb(-nd)
    r = x.quantize(q, rounding=ROUND_HALF_UP)
    s = format(r, "f").replace(".", ",")
    if "," in s:
        s = s.rstrip("0").rstrip(",")
    return (s + sep, round(float(r), 2))


def lvl(v, sep=" %"):
    return (f"{v}{sep}", float(v))


def txt(s):
    return (s, s)


# row kinds
def H(text):
    return {"k": "h", "text": text}


def T(text):
    return {"k": "t", "text": text}


def R(crit, title, tv, link=None, lay=None, lk=None, pad=None):
    return {"k": "r", "crit": crit, "title": title, "typed": tv[0], "exp": tv[1], "link": link,
            "lay": lay, "lk": lk, "pad": pad}


def X(title, typed, lay=None, link=None, lk=None, pad=None):
    return {"k": "x", "title": title, "typed": typed, "exp": None, "link": link, "lay": lay, "lk": lk,
            "pad": pad, "crit": None}


def COL():
    return {"k": "col"}


# ---------------------------------------------------------------- the files
def u(base, tail):
    return base + tail

# ---------- 1. МБОУ «СОШ № 4»: title \n value (Alt+Enter), link on the third line; some tab rows
B1 = "https://shkola4severokamsk-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
F1 = dict(
    file="01_СОШ4_наставничество_2024.xlsx", sheet="Форма", org="МБОУ «СОШ № 4»",
    layout="nl", lk="line", width=60,
    title=["Мониторинг реализации целевой модели наставничества\nза 2024 год",
           "Образовательная организация\nМБОУ «СОШ № 4»"],
    rows=[
        H("1. Нормативная база"),
        R("orgs_regulation_teachers", "Положение о наставничестве педагогов",
          yn("Да, приказ № 45 от 30.08.2024", 1), u(B1, "prikaz-45-ot-30-08-2024.pdf")),
        R("orgs_regulation_students", "Положение о наставничестве учащихся",
          yn("Да, приказ № 46 от 30.08.2024", 1), u(B1, "prikaz-46-ot-30-08-2024.pdf")),
        R("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе",
          yn("Да, № 112-од от 11.11.2024", 1), u(B1, "prikaz-112-monitoring.pdf")),
        X("Дорожная карта внедрения ЦМН на 2024/25 уч. г.", "Да", link=u(B1, "dorozhnaya-karta-2024-2025.pdf")),
        H("2. Организация процесса"),
        R("curators_total", "Кураторы ЦМН", n(2), u(B1, "prikaz-45-ot-30-08-2024.pdf"), lay="tab"),
        R("mentors_total", "Количество наставников (по приказу)", n(24), u(B1, "baza-nastavnikov-2024.pdf")),
        R("mentees_total", "Количество наставляемых (по приказу)", n(71), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        X("Наставнических пар и групп", "22", link=u(B1, "prikaz-pary-2024.pdf")),
        R("agreements_edu_orgs", "Соглашения с др. образоват. организациями (их сотрудники – наставники)",
          n(1), u(B1, "soglashenie-tehnikum.pdf")),
        R("agreements_enterprises", "Соглашения с предприятиями", n(1), u(B1, "soglashenie-hlebozavod.pdf")),
        R("partner_list", "С кем сотрудничаем по наставничеству",
          txt("ГБПОУ «Северокамский индустриальный техникум»; ООО «Камский хлебозавод»"),
          u(B1, "partnery.html")),
        R("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", yn("Да", 1),
          u(B1, "spravka-monitoring-2024.pdf")),
        H("3. Персонализированные программы (ПП)"),
        R("pp_total", "ПП наставничества – всего", n(20), u(B1, "pp-2024.zip")),
        R("pp_pupil_pupil", "«ученик – ученик»", n(6), u(B1, "pp-2024.zip"), lay="tab"),
        R("pp_teacher_teacher", "«учитель – учитель»", n(7), u(B1, "pp-2024.zip")),
        R("pp_head_teacher", "«руководитель – педагог»", n(2), u(B1, "pp-2024.zip")),
        R("pp_teacher_pupil", "«учитель – ученик»", n(4), u(B1, "pp-2024.zip")),
        R("pp_student_pupil", "«студент – ученик»", n(1), u(B1, "pp-2024.zip")),
        H("4. Наставники со стороны"),
        R("external_edu_mentors", "Наставники из других ОО (по приказу)", n(1), u(B1, "baza-nastavnikov-2024.pdf")),
        R("enterprise_mentors", "Наставники – сотрудники предприятий", n(1), u(B1, "baza-nastavnikov-2024.pdf")),
        H("5. Учащиеся 10–19 лет"),
        R("students_10_19", "Всего учащихся 10–19 лет", n(530)),
        R("mentees_10_19", "из них наставляемые", n(58), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("mentees_risk", "в т.ч. «группа риска»", n(9), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("mentees_gifted", "в т.ч. одарённые (в реестре)", n(12), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("mentees_disabled", "в т.ч. ОВЗ / дети-инвалиды", n(4), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("mentees_low_motivation", "в т.ч. низкая мотивация, неуспевающие", n(11),
          u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("mentees_career", "в т.ч. трудности с выбором профессии", n(14), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("mentees_other_params", "в т.ч. по иным основаниям", n(8), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("share_mentees_10_19", "Доля наставляемых 10–19 лет", pct(58, 530)),
        H("6. Учащиеся 15–19 лет"),
        R("students_15_19", "Учащихся 15–19 лет всего", n(120)),
        R("mentors_15_19", "Наставники-учащиеся 15–19 лет (приказ)", n(6), u(B1, "baza-nastavnikov-2024.pdf")),
        R("share_mentors_15_19", "Доля учащихся 15–19 лет в роли наставника", pct(6, 120, 0)),
        H("7. Удовлетворённость (анкетирование, май 2024)"),
        R("satisfaction_mentees", "наставляемые", lvl(88), u(B1, "anketa-itogi-2024.pdf")),
        R("satisfaction_mentors", "наставники", lvl(91), u(B1, "anketa-itogi-2024.pdf")),
        H("8. Педагоги"),
        R("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", n(6)),
        R("young_specialists_mentees", "из них наставляемые", n(5), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("teachers_other", "Педагоги без учёта молодых специалистов", n(52)),
        R("teachers_other_mentees", "из них в роли наставляемого", n(8), u(B1, "baza-nastavlyaemyh-2024.pdf")),
        R("share_teachers_mentees", "Доля педагогов-наставляемых (все педагоги)", pct(13, 58)),
        R("teachers_mentors", "Педагоги-наставники", n(16), u(B1, "baza-nastavnikov-2024.pdf")),
        R("young_specialists_mentors", "из них молодые специалисты", n(1), u(B1, "baza-nastavnikov-2024.pdf")),
        R("share_teachers_mentors", "Доля педагогов-наставников", pct(16, 58)),
        R("teachers_in_pp", "Педагоги в утверждённых ПП", n(14), u(B1, "pp-2024.zip")),
        R("kpk_trained", "Прошли КПК по наставничеству в 2024 г.", n(3), u(B1, "udostovereniya-kpk-2024.pdf")),
        R("school_methodical_associations", "ШМО наставников", n(1), u(B1, "prikaz-shmo-nastavnikov.pdf"),
          lay="tab"),
        H("9. Стимулирование"),
        R("pay_acts", "Локальные акты об оплате работы наставника", n(1), u(B1, "polozhenie-o-doplatah.pdf")),
        R("nonmaterial_acts", "Положение о нематериальном поощрении наставников", n(1),
          u(B1, "polozhenie-nematerialnoe.pdf")),
        X("Дата заполнения", "20.01.2025", lay="tab"),
        T("Директор __________ О.В. Кайгородова"),
    ])

# ---------- 2. МАОУ «Гимназия № 2»: value FIRST, title on the next line; links as the cell's hyperlink
B2 = "https://gimn2-severokamsk.ru/nastavnichestvo/"
F2 = dict(
    file="02_Гимназия2_ЦМН_2024.xlsx", sheet="2024", org="МАОУ «Гимназия № 2»",
    layout="vf", lk="hyper", width=52,
    title=["МАОУ «Гимназия № 2»\nмониторинг ЦМН за 2024 год"],
    rows=[
        H("НОРМАТИВНАЯ БАЗА"),
        R("orgs_regulation_teachers",
          "положение о системе наставничества пед. работников (пр. № 01-07/88 от 29.08.2024)",
          yn("Да", 1), u(B2, "docs/polozhenie-pedagogi.pdf")),
        R("orgs_regulation_students", "положение о наставничестве обучающихся", yn("Да", 1),
          u(B2, "docs/polozhenie-obuchayushchiesya.pdf")),
        R("orgs_monitoring_order", "приказ о внутреннем мониторинге ЦМН", yn("Да", 1),
          u(B2, "docs/prikaz-monitoring-2024.pdf")),
        R("internal_monitoring_notes", "справка по итогам внутреннего мониторинга", yn("Да", 1),
          u(B2, "docs/spravka-2024.pdf")),
        H("ОРГАНИЗАЦИЯ"),
        R("curators_total", "куратор ЦМН (зам. директора по НМР)", n(1), u(B2, "docs/prikaz-kurator.pdf")),
        R("mentors_total", "наставник по приказу", n(41), u(B2, "docs/baza-nastavnikov.xlsx")),
        R("mentees_total", "наставляемых по приказу", n(163), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        X("наставнических групп", "5"),
        R("agreements_edu_orgs", "соглашения с вузом и ОО (их сотрудники – наставники у нас)", n(2),
          u(B2, "docs/soglasheniya.pdf")),
        R("agreements_other_orgs", "соглашение с иной организацией (АНО)", n(1), u(B2, "docs/soglashenie-ano.pdf")),
        R("partner_list", "партнёры по наставничеству",
          txt("ФГБОУ ВО «Северокамский государственный университет»; МАОУ «Лицей № 7»; "
              "АНО «Центр молодёжных инициатив»"), u(B2, "partnery/")),
        R("agreement_subjects", "предмет соглашения с СГУ",
          txt("студенты СГУ – наставники гимназистов (форма «студент – ученик»)"), u(B2, "docs/soglasheniya.pdf")),
        X("проекта реализовано вместе с партнёрами", "12"),
        H("ПЕРСОНАЛИЗИРОВАННЫЕ ПРОГРАММЫ"),
        R("pp_total", "ПП всего (все формы)", n(38), u(B2, "pp/")),
        R("pp_pupil_pupil", "ученик – ученик", n(15), u(B2, "pp/")),
        R("pp_teacher_teacher", "учитель – учитель", n(9), u(B2, "pp/")),
        R("pp_head_teacher", "руководитель – педагог", n(3), u(B2, "pp/")),
        R("pp_student_pupil", "студент – ученик", n(6), u(B2, "pp/")),
        R("pp_teacher_pupil", "учитель – ученик", n(5), u(B2, "pp/")),
        H("ВНЕШНИЕ НАСТАВНИКИ"),
        R("external_edu_mentors", "наставников из других образоват. организаций (по приказу)", n(6),
          u(B2, "docs/baza-nastavnikov.xlsx")),
        R("other_org_mentors", "наставника из иных организаций", n(2), u(B2, "docs/baza-nastavnikov.xlsx")),
        H("ОБУЧАЮЩИЕСЯ"),
        R("students_10_19", "обучающихся 10–19 лет (всего)", n(780)),
        R("mentees_10_19", "из них наставляемых", n(131), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("mentees_risk", "группа риска", n(6), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("mentees_gifted", "одарённые (из реестра)", n(48), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("mentees_disabled", "ОВЗ и инвалидность", n(3), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("mentees_low_motivation", "низкая мотивация / неуспеваемость", n(14), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("mentees_career", "выбор профессии и траектории", n(37), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("mentees_other_params", "по иным параметрам", n(23), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("share_mentees_10_19", "доля наставляемых среди 10–19 лет", pct(131, 780, 1)),
        R("students_15_19", "обучающихся 15–19 лет", n(240)),
        R("mentors_15_19", "из них наставники (по приказу)", n(15), u(B2, "docs/baza-nastavnikov.xlsx")),
        R("share_mentors_15_19", "доля наставников среди 15–19 лет", pct(15, 240)),
        H("УДОВЛЕТВОРЁННОСТЬ"),
        R("satisfaction_mentees", "наставляемых (завершённые программы)", lvl(93), u(B2, "docs/anketirovanie.pdf")),
        R("satisfaction_mentors", "наставников (завершённые программы)", lvl(95), u(B2, "docs/anketirovanie.pdf")),
        H("ПЕДАГОГИ"),
        R("young_specialists", "молодых специалистов", n(9)),
        R("young_specialists_mentees", "из них наставляемые", n(9), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("teachers_other", "остальных педагогов", n(64)),
        R("teachers_other_mentees", "из них наставляемые", n(23), u(B2, "docs/baza-nastavlyaemyh.xlsx")),
        R("share_young_specialists_mentees", "МС в роли наставляемого", pct(9, 9, 0)),
        R("share_teachers_mentees", "педагогов в роли наставляемого", pct(32, 73)),
        R("teachers_mentors", "педагогов-наставников", n(18), u(B2, "docs/baza-nastavnikov.xlsx")),
        R("young_specialists_mentors", "из них молодых специалистов", n(0)),
        R("share_teachers_mentors", "доля педагогов-наставников", pct(18, 73)),
        R("teachers_in_pp", "педагогов в утверждённых ПП", n(24), u(B2, "pp/")),
        R("kpk_trained", "педагогов прошли КПК по наставничеству (2024)", n(5), u(B2, "docs/kpk-2024.pdf")),
        R("school_methodical_associations", "МО наставников в гимназии", n(1), u(B2, "docs/mo-nastavnikov.pdf")),
        H("СТИМУЛИРОВАНИЕ"),
        R("pay_acts", "локальный акт об оплате наставничества", n(1), u(B2, "docs/oplata.pdf")),
        R("nonmaterial_acts", "положения о нематериальном поощрении", n(2), u(B2, "docs/nematerialnoe.pdf")),
        T("Заместитель директора по НМР Е.А. Шкляева"),
    ])

# ---------- 3. МБОУ «СОШ № 11»: «title<TAB>value», the link on the cell's next line; narrow print layout
B3 = "https://sosh11-severokamsk-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/"
F3 = dict(
    file="03_sosh11_CMN_2024.xlsx", sheet="Лист1", org="МБОУ «СОШ № 11»",
    layout="tab", lk="line", width=46,
    title=["Организация:\tМБОУ «СОШ № 11»", "Период:\t2024 год", "Мониторинг ЦМН (внутренний этап)"],
    rows=[
        H("Раздел 1. Документы"),
        R("orgs_regulation_teachers", "Положение о наставничестве пед. работников", yn("да", 1),
          u(B3, "dokumenty-all-61_204.html")),
        R("orgs_regulation_students", "Положение о наставничестве обучающихся", yn("да", 1),
          u(B3, "dokumenty-all-61_205.html")),
        R("orgs_monitoring_order", "Приказ о мониторинге", yn("нет", 0)),
        R("internal_monitoring_notes", "Инф. справка по внутр. мониторингу", yn("да", 1),
          u(B3, "dokumenty-all-61_233.html")),
        H("Раздел 2. Наставники и наставляемые"),
        R("curators_total", "Кураторы ЦМН", n(2), u(B3, "dokumenty-all-61_204.html")),
        R("mentors_total", "Наставники (приказ)", n(15), u(B3, "dokumenty-all-61_210.html")),
        R("mentees_total", "Наставляемые (приказ)", n(37), u(B3, "dokumenty-all-61_210.html")),
        X("Наставнических пар", "14"),
        X("Соглашения о сотрудничестве (все виды)", "0"),
        R("external_edu_mentors", "Наставники из других школ/ОО", n(0), lay="tab2"),
        R("mentors_15_19", "Наставники-учащиеся 15–19 лет", n(3), u(B3, "dokumenty-all-61_210.html")),
        R("students_15_19", "Всего учащихся 15–19 лет", n(70)),
        R("share_mentors_15_19", "Доля (15–19, наставники)", pct(3, 70, 2, sep="%")),
        H("Раздел 3. ПП"),
        R("pp_total", "ПП всего", n(12), u(B3, "dokumenty-all-61_215.html")),
        R("pp_pupil_pupil", "уч-к – уч-к", n(4), u(B3, "dokumenty-all-61_215.html")),
        R("pp_teacher_teacher", "уч-ль – уч-ль", n(5), u(B3, "dokumenty-all-61_215.html")),
        R("pp_teacher_pupil", "уч-ль – уч-к", n(3), u(B3, "dokumenty-all-61_215.html")),
        R("pp_head_teacher", "рук-ль – педагог", n(0), lay="tab2"),
        H("Раздел 4. Учащиеся 10–19 лет"),
        R("students_10_19", "Учащихся 10–19 лет", n(340)),
        R("mentees_10_19", "Наставляемые 10–19 лет", n(26), u(B3, "dokumenty-all-61_210.html")),
        R("mentees_risk", "  из них гр. риска", n(5), u(B3, "dokumenty-all-61_210.html")),
        R("mentees_disabled", "  из них ОВЗ, инвалиды", n(2), u(B3, "dokumenty-all-61_210.html")),
        R("mentees_low_motivation", "  из них неуспевающие / низк. мотивация", n(9), u(B3, "dokumenty-all-61_210.html")),
        R("mentees_career", "  из них профориентация", n(6), u(B3, "dokumenty-all-61_210.html")),
        R("mentees_gifted", "  из них одарённые", n(3), u(B3, "dokumenty-all-61_210.html")),
        R("share_mentees_10_19", "Доля наставляемых 10–19", pct(26, 340, 2, sep="%")),
        R("satisfaction_mentees", "Удовл. наставляемых", lvl(84, "%"), u(B3, "dokumenty-all-61_233.html")),
        R("satisfaction_mentors", "Удовл. наставников", lvl(86, "%"), u(B3, "dokumenty-all-61_233.html")),
        H("Раздел 5. Педагоги"),
        R("young_specialists", "Молодые специалисты", n(4)),
        R("young_specialists_mentees", "МС – наставляемые", n(4), u(B3, "dokumenty-all-61_210.html")),
        R("teachers_other", "Педагоги (кроме МС)", n(31)),
        R("teachers_other_mentees", "Педагоги (кроме МС) – наставляемые", n(3), u(B3, "dokumenty-all-61_210.html")),
        R("teachers_mentors", "Педагоги – наставники", n(12), u(B3, "dokumenty-all-61_210.html")),
        R("share_teachers_mentors", "Доля педагогов-наставников", pct(12, 35, 2, sep="%")),
        R("teachers_in_pp", "Педагоги в ПП", n(10), u(B3, "dokumenty-all-61_215.html")),
        R("kpk_trained", "КПК по наставничеству (2024)", n(2), u(B3, "dokumenty-all-61_240.html")),
        R("school_methodical_associations", "ШМО наставников", n(0), lay="tab2"),
        R("nonmaterial_acts", "Полож. о нематер. поощрении", n(1), u(B3, "dokumenty-all-61_241.html")),
        X("Ответственный", "Зыкова Т.А., зам. дир. по УВР"),
        X("Телефон", "8 (34147) 2-11-05"),
    ])

# ---------- 4. МАОУ «Лицей № 7»: «title      value» (several spaces), the link as the cell's hyperlink
B4 = "https://licey7-skamsk.ru/sveden/nastavnichestvo/"
F4 = dict(
    file="04_Лицей7_мониторинг_наставничества.xlsx", sheet="Мониторинг 2024", org="МАОУ «Лицей № 7»",
    layout="sp", lk="hyper", width=78, mono=True,
    title=["Учреждение      МАОУ «Лицей № 7»", "Отчётный год    2024",
           "МОНИТОРИНГ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА"],
    rows=[
        H("I. ДОКУМЕНТЫ"),
        R("orgs_regulation_teachers", "Положение о наставничестве педагогов", yn("имеется", 1),
          u(B4, "polozhenie_ped.pdf")),
        R("orgs_regulation_students", "Положение о наставничестве обучающихся", yn("имеется", 1),
          u(B4, "polozhenie_obuch.pdf")),
        R("orgs_monitoring_order", "Приказ о мониторинге ЦМН", yn("имеется", 1), u(B4, "prikaz_monitoring.pdf")),
        R("internal_monitoring_notes", "Справка внутр. мониторинга", yn("имеется", 1), u(B4, "spravka_2024.pdf")),
        H("II. УЧАСТНИКИ"),
        R("curators_total", "Кураторов", n(3), u(B4, "prikaz_kuratory.pdf")),
        R("mentors_total", "Наставников по приказу", n(33), u(B4, "prikaz_pary_2024.pdf")),
        R("mentees_total", "Наставляемых по приказу", n(96), u(B4, "prikaz_pary_2024.pdf")),
        X("Наставники / наставляемые", "33 / 96"),
        R("agreements_edu_orgs", "Соглашения с ОО", n(1), u(B4, "dogovor_gimn2.pdf")),
        R("agreements_enterprises", "Соглашения с предприятиями", n(2), u(B4, "dogovory_predpr.pdf")),
        R("partner_list", "Партнёры",
          txt("АО «Северокамский машиностроительный завод»; ООО «ИТ-Кама»; МАОУ «Гимназия № 2»"),
          u(B4, "partnery.pdf"), lk="line"),
        R("external_edu_mentors", "Наставники из др. ОО", n(1), u(B4, "prikaz_pary_2024.pdf")),
        R("enterprise_mentors", "Наставники с предприятий", n(3), u(B4, "prikaz_pary_2024.pdf")),
        H("III. ПЕРСОНАЛИЗИРОВАННЫЕ ПРОГРАММЫ"),
        R("pp_total", "Всего ПП", n(27), u(B4, "pp_2024.pdf")),
        R("pp_pupil_pupil", "ученик-ученик", n(10), u(B4, "pp_2024.pdf")),
        R("pp_teacher_teacher", "педагог-педагог", n(6), u(B4, "pp_2024.pdf")),
        R("pp_head_teacher", "руководитель-педагог", n(2), u(B4, "pp_2024.pdf")),
        R("pp_teacher_pupil", "учитель-ученик", n(7), u(B4, "pp_2024.pdf")),
        R("pp_other", "иная форма", n(2, " (работодатель-ученик)"), u(B4, "pp_2024.pdf")),
        H("IV. ЛИЦЕИСТЫ"),
        R("students_10_19", "Обучающихся 10-19 лет", n(690)),
        R("mentees_10_19", "Наставляемых 10-19 лет", n(74), u(B4, "baza_nastavlyaemyh.pdf")),
        R("mentees_risk", "- группа риска", n(4), u(B4, "baza_nastavlyaemyh.pdf")),
        R("mentees_gifted", "- одарённые", n(30), u(B4, "baza_nastavlyaemyh.pdf")),
        R("mentees_disabled", "- ОВЗ/инвалиды", n(2), u(B4, "baza_nastavlyaemyh.pdf")),
        R("mentees_low_motivation", "- низкая мотивация", n(8), u(B4, "baza_nastavlyaemyh.pdf")),
        R("mentees_career", "- выбор профессии", n(22), u(B4, "baza_nastavlyaemyh.pdf")),
        R("mentees_other_params", "- иные параметры", n(8), u(B4, "baza_nastavlyaemyh.pdf")),
        R("share_mentees_10_19", "Доля наставляемых 10-19 лет", pct(74, 690)),
        R("students_15_19", "Обучающихся 15-19 лет", n(210)),
        R("mentors_15_19", "Наставников 15-19 лет", n(9), u(B4, "baza_nastavnikov.pdf")),
        R("share_mentors_15_19", "Доля наставников 15-19 лет", pct(9, 210)),
        R("satisfaction_mentees", "Удовлетворённость наставляемых", lvl(90), u(B4, "anketa_2024.pdf")),
        R("satisfaction_mentors", "Удовлетворённость наставников", lvl(92), u(B4, "anketa_2024.pdf")),
        H("V. ПЕДАГОГИ"),
        R("young_specialists", "Молодых специалистов", n(7)),
        R("young_specialists_mentees", "МС-наставляемых", n(6), u(B4, "baza_nastavlyaemyh.pdf")),
        R("share_young_specialists_mentees", "Доля МС-наставляемых", pct(6, 7)),
        R("teachers_other", "Прочих педагогов", n(58)),
        R("teachers_other_mentees", "Прочих педагогов-наставляемых", n(12), u(B4, "baza_nastavlyaemyh.pdf")),
        R("share_teachers_mentees", "Доля педагогов-наставляемых", pct(18, 65)),
        R("teachers_mentors", "Педагогов-наставников", n(20), u(B4, "baza_nastavnikov.pdf")),
        R("young_specialists_mentors", "из них молодых специалистов", n(1), u(B4, "baza_nastavnikov.pdf")),
        R("share_teachers_mentors", "Доля педагогов-наставников", pct(20, 65)),
        R("teachers_in_pp", "Педагогов в ПП", n(16), u(B4, "pp_2024.pdf")),
        R("kpk_trained", "КПК по наставничеству", n(4), u(B4, "kpk_2024.pdf")),
        R("school_methodical_associations", "МО наставников", n(1), u(B4, "mo_nastavnikov.pdf")),
        R("pay_acts", "Акты об оплате наставникам", n(1), u(B4, "lna_oplata.pdf")),
        R("nonmaterial_acts", "Акты о нематериальном поощрении", n(1), u(B4, "lna_nematerialnoe.pdf")),
        X("Дата", "17.01.2025"),
    ])

# ---------- 5. МБОУ «СОШ № 9»: TWO columns of Alt+Enter cells (left half, right half of the page)
B5 = "https://school9-skamsk-r18.gosweb.gosuslugi.ru/netcat_files/nastav/"
F5 = dict(
    file="05_СОШ9_ЦМН_две_колонки.xlsx", sheet="Печать", org="МБОУ «СОШ № 9»",
    layout="nl", lk="line", width=40, two_columns=True,
    title=["МОНИТОРИНГ ЦМН – 2024 г.", "МБОУ «СОШ № 9»"],
    rows=[
        H("Нормативка"),
        R("orgs_regulation_teachers", "Положение о наставничестве педагогов", yn("Да", 1), u(B5, "pol_ped_2024.pdf")),
        R("orgs_regulation_students", "Положение о наставничестве учеников", yn("Да", 1), u(B5, "pol_uch_2024.pdf")),
        R("orgs_monitoring_order", "Приказ о мониторинге", yn("Да", 1), u(B5, "pr_monitoring.pdf")),
        R("internal_monitoring_notes", "Справка внутр. мониторинга", yn("Да", 1), u(B5, "spravka_2024.pdf")),
        H("Организация"),
        R("curators_total", "Куратор ЦМН", n(1), u(B5, "pr_kurator.pdf")),
        R("mentors_total", "Наставников (приказ)", n(19), u(B5, "pr_pary.pdf")),
        R("mentees_total", "Наставляемых (приказ)", n(48), u(B5, "pr_pary.pdf")),
        X("Наставнических пар", "17"),
        R("agreements_enterprises", "Соглашения с предприятиями", n(1), u(B5, "sogl_agrofirma.pdf")),
        R("agreements_other_orgs", "Соглашения с иными орг.", n(1), u(B5, "sogl_biblioteka.pdf")),
        R("partner_list", "Партнёры",
          txt("ООО «Агрофирма «Заречье»; МБУК «Централизованная библиотечная система г. Северокамска»"),
          u(B5, "partnery.pdf")),
        H("ПП"),
        R("pp_total", "ПП всего", n(15), u(B5, "pp.pdf")),
        R("pp_pupil_pupil", "ученик – ученик", n(5), u(B5, "pp.pdf")),
        R("pp_teacher_teacher", "учитель – учитель", n(4), u(B5, "pp.pdf")),
        R("pp_head_teacher", "руководитель – педагог", n(1), u(B5, "pp.pdf")),
        R("pp_teacher_pupil", "учитель – ученик", n(5), u(B5, "pp.pdf")),
        H("Внешние наставники"),
        R("other_org_mentors", "из иных организаций", n(1), u(B5, "pr_pary.pdf")),
        R("enterprise_mentors", "с предприятий", n(1), u(B5, "pr_pary.pdf")),
        COL(),
        H("Обучающиеся"),
        R("students_10_19", "Учащихся 10–19 лет", n(420)),
        R("mentees_10_19", "Наставляемые 10–19 лет", n(33), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("mentees_risk", "из них группа риска", n(7), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("mentees_gifted", "из них одарённые", n(5), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("mentees_disabled", "из них ОВЗ", n(3), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("mentees_low_motivation", "из них низкая мотивация", n(8), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("mentees_career", "из них выбор профессии", n(6), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("mentees_other_params", "из них прочие", n(4), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("share_mentees_10_19", "Доля наставляемых 10–19", pct(33, 420)),
        R("students_15_19", "Учащихся 15–19 лет", n(95)),
        R("mentors_15_19", "из них наставники", n(4), u(B5, "baza_nastavnikov.pdf"), lk="hyper"),
        R("share_mentors_15_19", "Доля 15–19 в роли наставника", pct(4, 95)),
        R("satisfaction_mentees", "Удовлетворённость наставляемых", lvl(87), u(B5, "anketa.pdf"), lk="hyper"),
        R("satisfaction_mentors", "Удовлетворённость наставников", lvl(89), u(B5, "anketa.pdf"), lk="hyper"),
        H("Педагоги"),
        R("young_specialists", "Молодые специалисты", n(5)),
        R("young_specialists_mentees", "из них наставляемые", n(4), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("teachers_other", "Остальные педагоги", n(40)),
        R("teachers_other_mentees", "из них наставляемые", n(6), u(B5, "baza_nastavlyaemyh.pdf"), lk="hyper"),
        R("share_young_specialists_mentees", "Доля МС-наставляемых", pct(4, 5, 0)),
        R("share_teachers_mentees", "Доля педагогов-наставляемых", pct(10, 45)),
        R("teachers_mentors", "Педагоги-наставники", n(13), u(B5, "baza_nastavnikov.pdf"), lk="hyper"),
        R("share_teachers_mentors", "Доля педагогов-наставников", pct(13, 45)),
        R("teachers_in_pp", "Педагоги в ПП", n(9), u(B5, "pp.pdf"), lk="hyper"),
        R("kpk_trained", "КПК по наставничеству", n(2), u(B5, "kpk.pdf"), lk="hyper"),
        R("school_methodical_associations", "ШМО наставников", n(1), u(B5, "shmo.pdf"), lk="hyper"),
        R("pay_acts", "Акт об оплате наставникам", n(1), u(B5, "lna_oplata.pdf"), lk="hyper"),
        X("Исполнитель", "Глухова Н.П., 8-912-445-17-03"),
    ])

# ---------- 6. МБУ ДО «Дом детского творчества» (ДОП): a mix – Alt+Enter, tab, value first, hyperlinks
B6 = "https://ddt-severokamsk.ru/files/nastavnichestvo/"
F6 = dict(
    file="06_ДДТ_наставничество_2024.xlsx", sheet="ДДТ", org="МБУ ДО «Дом детского творчества»",
    layout="nl", lk="line", width=55,
    title=["Мониторинг целевой модели наставничества – 2024",
           "Учреждение доп. образования:\tМБУ ДО «Дом детского творчества»"],
    rows=[
        H("Документы"),
        R("orgs_regulation_teachers", "Положение о наставничестве педагогов ДО",
          yn("Да (приказ № 38-ОД от 02.09.2024)", 1), u(B6, "polozhenie-pedagogi.pdf")),
        R("orgs_regulation_students", "Положение о наставничестве обучающихся",
          yn("Да (тот же приказ)", 1), u(B6, "polozhenie-obuchayushchiesya.pdf")),
        R("orgs_monitoring_order", "Приказ о мониторинге ЦМН", yn("Да", 1), u(B6, "prikaz-monitoring.pdf"),
          lay="tab"),
        R("internal_monitoring_notes", "Справка по внутреннему мониторингу", yn("Да", 1),
          u(B6, "spravka-2024.pdf"), lk="hyper"),
        H("Участники наставничества"),
        R("curators_total", "Куратор", n(1), u(B6, "prikaz-kurator.pdf"), lay="tab"),
        R("mentors_total", "Наставники по приказу", n(14), u(B6, "prikaz-pary.pdf")),
        R("teachers_mentors", "из них педагоги ДДТ", n(6), u(B6, "prikaz-pary.pdf")),
        R("young_specialists_mentors", "из них молодые специалисты", n(0)),
        R("mentors_15_19", "из них обучающиеся 15–19 лет", n(5), u(B6, "prikaz-pary.pdf")),
        R("external_edu_mentors", "из них педагоги школ-партнёров", n(2), u(B6, "prikaz-pary.pdf")),
        R("other_org_mentors", "из них сотрудники музея", n(1), u(B6, "prikaz-pary.pdf")),
        R("mentees_total", "Наставляемые по приказу", n(52), u(B6, "prikaz-pary.pdf")),
        R("mentees_10_19", "из них дети 10–19 лет", n(41), u(B6, "prikaz-pary.pdf")),
        R("young_specialists_mentees", "из них молодые специалисты", n(3), u(B6, "prikaz-pary.pdf")),
        R("teachers_other_mentees", "из них педагоги (кроме МС)", n(5), u(B6, "prikaz-pary.pdf")),
        H("Партнёры"),
        R("agreements_edu_orgs", "Соглашения со школами", n(2), u(B6, "soglasheniya-shkoly.pdf")),
        R("agreements_other_orgs", "Соглашение с музеем", n(1), u(B6, "soglashenie-muzey.pdf")),
        R("agreements_enterprises", "С предприятиями", n(0), lay="tab"),
        R("partner_list", "Список партнёров",
          txt("МБОУ «СОШ № 4»; МБОУ «СОШ № 9»; МБУК «Северокамский краеведческий музей»"),
          u(B6, "soglasheniya-shkoly.pdf"), lk="hyper"),
        H("Персонализированные программы"),
        R("pp_total", "Всего ПП", n(11), u(B6, "pp-2024.pdf")),
        R("pp_pupil_pupil", "ученик – ученик", n(5), u(B6, "pp-2024.pdf"), lay="vf"),
        R("pp_teacher_teacher", "педагог – педагог", n(2), u(B6, "pp-2024.pdf"), lay="vf"),
        R("pp_teacher_pupil", "педагог – обучающийся", n(3), u(B6, "pp-2024.pdf"), lay="vf"),
        R("pp_other", "иная форма («педагог – родитель»)", n(1), u(B6, "pp-2024.pdf"), lay="vf"),
        H("Обучающиеся"),
        X("Обучающихся всего (по сертификатам ПФДО)", "1 236"),
        X("Творческих объединений", "48"),
        R("students_10_19", "Обучающихся 10–19 лет", n(610)),
        R("mentees_gifted", "наставляемые: одарённые", n(18), u(B6, "baza-nastavlyaemyh.pdf")),
        R("mentees_risk", "наставляемые: группа риска", n(3), u(B6, "baza-nastavlyaemyh.pdf")),
        R("mentees_disabled", "наставляемые: ОВЗ, инвалиды", n(5), u(B6, "baza-nastavlyaemyh.pdf")),
        R("mentees_career", "наставляемые: профориентация", n(6), u(B6, "baza-nastavlyaemyh.pdf")),
        R("mentees_other_params", "наставляемые: иное", n(9), u(B6, "baza-nastavlyaemyh.pdf")),
        R("share_mentees_10_19", "Доля наставляемых 10–19 лет", pct(41, 610), lay="tab"),
        R("students_15_19", "Обучающихся 15–19 лет", n(140)),
        R("share_mentors_15_19", "Доля наставников 15–19 лет", pct(5, 140), lay="tab"),
        R("satisfaction_mentees", "Удовлетворённость наставляемых", lvl(94), u(B6, "anketa.pdf"), lk="hyper"),
        R("satisfaction_mentors", "Удовлетворённость наставников", lvl(90), u(B6, "anketa.pdf"), lk="hyper"),
        H("Педагоги"),
        R("young_specialists", "Молодые специалисты", n(3), lay="tab"),
        R("teachers_other", "Прочие педагоги", n(27), lay="tab"),
        R("share_young_specialists_mentees", "Доля МС-наставляемых", pct(3, 3, 0), lay="tab"),
        R("share_teachers_mentees", "Доля педагогов-наставляемых", pct(8, 30), lay="tab"),
        R("share_teachers_mentors", "Доля педагогов-наставников", pct(6, 30, 0), lay="tab"),
        R("teachers_in_pp", "Педагоги в ПП", n(5), u(B6, "pp-2024.pdf")),
        R("kpk_trained", "КПК по наставничеству", n(1), u(B6, "kpk.pdf")),
        R("kpk_courses", "Курс",
          txt("«Наставничество в дополнительном образовании детей» (ИРО, 36 ч)")),
        R("school_methodical_associations", "МО педагогов-наставников", n(1), u(B6, "mo.pdf")),
        R("nonmaterial_acts", "ЛНА о нематериальном поощрении", n(1), u(B6, "lna-poowrenie.pdf"), lk="hyper"),
        T("Директор МБУ ДО «ДДТ» ____________ Л.Г. Вахрушева"),
    ])

# ---------- 7. МБОУ «Ключёвская ООШ»: a narrow print form, values with «чел.», a few «spaces» rows
B7 = "https://kluchi-oosh-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
F7 = dict(
    file="07_Ключёвская_ООШ_2024.xlsx", sheet="Лист1", org="МБОУ «Ключёвская ООШ»",
    layout="nl", lk="line", width=34,
    title=["МБОУ «Ключёвская ООШ»", "Сведения о наставничестве\nза 2024 г."],
    rows=[
        R("orgs_regulation_teachers", "Положение о наставничестве (педагоги)", yn("есть", 1), u(B7, "doc1.pdf")),
        R("orgs_regulation_students", "Положение о наставничестве (ученики)", yn("есть", 1), u(B7, "doc2.pdf")),
        R("orgs_monitoring_order", "Приказ о мониторинге", yn("нет", 0)),
        R("internal_monitoring_notes", "Справка о мониторинге", yn("есть", 1), u(B7, "doc3.pdf")),
        R("curators_total", "Куратор", n(1, " чел."), u(B7, "doc1.pdf")),
        R("mentors_total", "Наставников", n(5, " чел."), u(B7, "doc4.pdf")),
        R("mentees_total", "Наставляемых", n(9, " чел."), u(B7, "doc4.pdf")),
        R("agreements_edu_orgs", "Соглашения с др. ОО", n(0), lay="sp", pad=11),
        R("pp_total", "Перс. программ", n(4), u(B7, "doc5.pdf")),
        R("pp_pupil_pupil", "ученик-ученик", n(1), lay="sp", pad=17),
        R("pp_teacher_teacher", "учитель-учитель", n(2), lay="sp", pad=15),
        R("pp_teacher_pupil", "учитель-ученик", n(1), lay="sp", pad=16),
        R("students_10_19", "Учеников 10-19 лет", n(52, " чел.")),
        R("mentees_10_19", "из них наставляемые", n(5, " чел."), u(B7, "doc4.pdf")),
        R("mentees_risk", "группа риска", n(2, " чел."), u(B7, "doc4.pdf")),
        R("mentees_low_motivation", "низкая мотивация", n(2, " чел."), u(B7, "doc4.pdf")),
        R("mentees_disabled", "ОВЗ", n(1, " чел."), u(B7, "doc4.pdf")),
        R("share_mentees_10_19", "Доля наставляемых 10-19", pct(5, 52)),
        R("students_15_19", "Учеников 15-19 лет", n(6, " чел.")),
        R("mentors_15_19", "из них наставники", n(1, " чел."), u(B7, "doc4.pdf")),
        R("share_mentors_15_19", "Доля наставников 15-19", pct(1, 6)),
        R("satisfaction_mentees", "Удовлетворённость наставляемых", lvl(95), u(B7, "doc6.pdf")),
        R("satisfaction_mentors", "Удовлетворённость наставников", lvl(100), u(B7, "doc6.pdf")),
        R("young_specialists", "Молодой специалист", n(1, " чел.")),
        R("young_specialists_mentees", "он же наставляемый", n(1, " чел."), u(B7, "doc4.pdf")),
        R("teachers_other", "Др. педагогов", n(11, " чел.")),
        R("teachers_other_mentees", "из них наставляемые", n(2, " чел."), u(B7, "doc4.pdf")),
        R("share_teachers_mentees", "Доля пед.-наставляемых", pct(3, 12, 0)),
        R("teachers_mentors", "Педагогов-наставников", n(4, " чел."), u(B7, "doc4.pdf")),
        R("share_teachers_mentors", "Доля пед.-наставников", pct(4, 12)),
        R("kpk_trained", "Прошли КПК", n(1, " чел."), u(B7, "doc7.pdf")),
        X("Классов-комплектов", "6"),
        X("Всего учеников", "87 чел."),
        T("Директор ________ С.А. Бузанакова"),
    ])

FILES = [F1, F2, F3, F4, F5, F6, F7]

# ---------------------------------------------------------------- rendering
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PADW = 44  # column where the value starts in the «spaces» layout


def compose(row, layout, lk):
    """Return (cell text, hyperlink or None)."""
    title, typed = row["title"], row["typed"]
    if layout == "nl":
        text = f"{title}\n{typed}"
    elif layout == "vf":
        text = f"{typed}\n{title}"
    elif layout == "tab":
        text = f"{title}\t{typed}"
    elif layout == "tab2":
        text = f"{title}\t\t{typed}"
    elif layout == "sp":
        gap = row.get("pad") or max(3, PADW - len(title))
        text = title + " " * gap + typed
    else:
        raise ValueError(layout)
    hyper = None
    if row["link"]:
        if lk == "line":
            text += "\n" + row["link"]
        elif lk == "hyper":
            hyper = row["link"]
        else:
            raise ValueError(lk)
    return text, hyper


def normalise_zip(path):
    """Fixed timestamps inside the package and in docProps/core.xml, so that the output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-20T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def build(spec, crit_units):
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    two = spec.get("two_columns", False)
    mono = spec.get("mono", False)
    font = Font(name="Courier New", size=10) if mono else Font(name="Times New Roman", size=11)
    bold = Font(name=font.name, size=font.size, bold=True)
    link_font = Font(name=font.name, size=font.size, color="0563C1", underline="single")
    cols = ["A", "C"] if two else ["A"]
    for c in cols:
        ws.column_dimensions[c].width = spec["width"]
    if two:
        ws.column_dimensions["B"].width = 3
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0

    cells, values, links, not_criteria, headings = [], {}, {}, [], []
    r = 1
    for t in spec["title"]:
        c = ws.cell(row=r, column=1, value=t)
        c.font = bold
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 16 * (t.count("\n") + 1) + 2
        if two:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 1
    r += 1
    start = r
    col = 1
    for row in spec["rows"]:
        k = row["k"]
        if k == "col":
            col, r = 3, start
            continue
        colL = "A" if col == 1 else "C"
        if k in ("h", "t"):
            c = ws.cell(row=r, column=col, value=row["text"])
            c.font = bold if k == "h" else font
            if k == "h":
                c.fill = HEAD_FILL
                c.border = BOX
                headings.append(row["text"])
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, 18)
            r += 1
            continue
        layout = row["lay"] or spec["layout"]
        lk = row["lk"] or spec["lk"]
        text, hyper = compose(row, layout, lk)
        c = ws.cell(row=r, column=col, value=text)
        c.font = link_font if hyper else font
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
        if hyper:
            c.hyperlink = hyper
        nlines = text.count("\n") + 1 + (len(text) // (spec["width"] + 20))
        h = 15 * nlines + 3
        ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, h)
        addr = f"{colL}{r}"
        if k == "x":
            not_criteria.append(row["title"])
        else:
            crit = row["crit"]
            assert crit in crit_units, crit
            assert crit not in values, (spec["file"], crit)
            values[crit] = row["exp"]
            cells.append({"file": "typed/" + spec["file"], "sheet": spec["sheet"], "cell": addr,
                          "criterion": crit, "kind": "value", "expected": row["exp"],
                          "typed": row["typed"], "layout": layout, "title": row["title"]})
            if row["link"]:
                links[crit] = row["link"]
                cells.append({"file": "typed/" + spec["file"], "sheet": spec["sheet"], "cell": addr,
                              "criterion": crit, "kind": "link", "expected": row["link"],
                              "where": "hyperlink" if hyper else "line"})
        r += 1
    out = HERE / "typed" / spec["file"]
    out.parent.mkdir(exist_ok=True)
    wb.properties.creator = spec.get("author", "user")
    wb.save(out)
    normalise_zip(out)
    exp = {"file": "typed/" + spec["file"], "year": YEAR, "organisation": spec["org"], "values": values,
           "links": links, "not_criteria": not_criteria, "headings": headings}
    return exp, cells


def main():
    units = {}
    with open(CRITERIA, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            p = line.rstrip("\n").split("\t")
            units[p[0]] = p[header.index("unit")]
    expected, cells = [], []
    for spec in FILES:
        e, c = build(spec, units)
        expected.append(e)
        cells.extend(c)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files {len(expected)}, forms {len(expected)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
