#!/usr/bin/env python3
"""Held-out set 64: mentoring forms of the Верхнелозовский муниципальный округ (invented),
typed by the schools' deputy heads as a running checklist (column A = note, B = answer,
C = link or remark), not as a table.

Deterministic: all data are fixed below. Writes typed/*.xlsx, expected.json, cells.json.
"""
import datetime
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024


# ---------------------------------------------------------------- row DSL
def G(text):
    """bold group title (heading, no value)"""
    return {"kind": "group", "a": text}


def H(text):
    """plain sub-heading row that holds no value (heading)"""
    return {"kind": "sub", "a": text}


def T(text, b=None, c=None):
    """free text row, nothing expected (signature, note)"""
    return {"kind": "text", "a": text, "b": b, "c": c}


def I(a, b, c=None, crit=None, val=None, link=False, nc=False, fmt=None,
      val_from_c_above=False, link_from_c_above=False):
    """an item of the checklist.
    crit/val  -> expected value of criterion `crit`, sitting in column B
                 (or in column C of the row above if val_from_c_above)
    link      -> column C holds the proof URL of `crit`
    link_from_c_above -> column C says «см. выше»: the proof URL is C of the row above
    nc        -> row title holds a value but is no criterion (decoy) -> not_criteria
    """
    return {"kind": "item", "a": a, "b": b, "c": c, "crit": crit, "val": val,
            "link": link, "nc": nc, "fmt": fmt, "vfa": val_from_c_above,
            "lfa": link_from_c_above}


BLANK = None

# ---------------------------------------------------------------- files
FILES = []

# 1 ---------------------------------------------------------------- СОШ №5
S5 = "https://sh5-lozovsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
FILES.append({
    "file": "typed/sosh5_nastavnichestvo.xlsx",
    "sheet": "Лист1",
    "org": "МБОУ СОШ №5",
    "top": [("Школа №5 (МБОУ СОШ №5)", True),
            ("наставничество — 2024 (к мониторингу УО, сдать до 01.11)", False)],
    "rows": [
        BLANK,
        G("Кадры"),
        I("наставников всего (по приказу)", 38, S5 + "prikaz_o_zakreplenii_nastavnikov_2024.pdf",
          crit="mentors_total", val=38, link=True),
        I("из них молодые спецы", 1, crit="young_specialists_mentors", val=1),
        I("из них ученики 15-19", 22, "8-11 кл.", crit="mentors_15_19", val=22),
        I("пед-в наставников", 14, "в 23-м было 11", crit="teachers_mentors", val=14),
        I("наставляемых всего", 106, S5 + "baza_nastavlyaemyh_2024.pdf",
          crit="mentees_total", val=106, link=True),
        I("пед. состав без молодых", 50, crit="teachers_other", val=50),
        I("молодых спецов всего (до 35, до 3 лет стажа)", 6, crit="young_specialists", val=6),
        I("молодые спецы — наставляемые", "6 (все)", crit="young_specialists_mentees", val=6),
        I("остальные пед-ги под наставником", 4, "после перерыва / смена предмета",
          crit="teachers_other_mentees", val=4),
        I("% пед-в наставников", 0.25, "14 из 56", crit="share_teachers_mentors", val=25, fmt="0%"),
        I("куратор ЦМН", "1 (Кравец О.Н.)", crit="curators_total", val=1),
        I("ШМО наставников", "есть, 1", crit="school_methodical_associations", val=1),
        I("КПК по НП в 2024", "3 чел.", crit="kpk_trained", val=3),
        BLANK,
        G("Дети"),
        I("ребят 10-19 всего", 480, "по ОШ-1 на 20.09", crit="students_10_19", val=480),
        I("ребят 10-19 в наставничестве", 96, crit="mentees_10_19", val=96),
        I("— группа риска", 12, crit="mentees_risk", val=12),
        I("— одарённые (реестр)", 9, crit="mentees_gifted", val=9),
        I("— ОВЗ / инв.", 5, crit="mentees_disabled", val=5),
        I("— слабая мотивация / неусп.", 14, crit="mentees_low_motivation", val=14),
        I("— профвыбор", 21, crit="mentees_career", val=21),
        I("— прочие", 8, "адаптация 5 кл., новенькие", crit="mentees_other_params", val=8),
        I("доля, %", "20%", "96 из 480", crit="share_mentees_10_19", val=20),
        I("старшеклассников 15-19 всего", 118, crit="students_15_19", val=118),
        BLANK,
        G("Документы"),
        I("приказ о ЦМН", "есть", S5 + "prikaz_o_vnedrenii_CMN.pdf", nc=True),
        H("положение есть?"),
        I("— по педагогам", "есть", S5 + "polozhenie_nastavnichestvo_pedagogov.pdf",
          crit="orgs_regulation_teachers", val=1, link=True),
        I("— по ученикам", "нету", "в работе, к янв.", crit="orgs_regulation_students", val=0),
        I("дорожка (план меропр.)", "есть", S5 + "dorozhnaya_karta_2024-2025.pdf", nc=True),
        I("приказ о мониторинге", "да, на сайте", S5 + "prikaz_o_monitoringe_CMN_2024.pdf",
          crit="orgs_monitoring_order", val=1, link=True),
        I("справка по итогам внутр. мониторинга", "есть", S5 + "spravka_monitoring_2024.pdf",
          crit="internal_monitoring_notes", val=1, link=True),
        I("положение о доплатах наставникам", "1 шт.", crit="pay_acts", val=1),
        I("нематериальное поощрение (лок. акт)", "нету", crit="nonmaterial_acts", val=0),
        BLANK,
        G("Партнёры"),
        I("соглашения с ОО", 1, "с Гимназией 2", crit="agreements_edu_orgs", val=1),
        I("соглашения с предприятиями", 1, crit="agreements_enterprises", val=1),
        I("кто партнёры", "МАОУ Гимназия №2; АО «Лозовский машзавод»",
          crit="partner_list", val="МАОУ Гимназия №2; АО «Лозовский машзавод»"),
        I("наставники со стороны: из др. ОО", 1, crit="external_edu_mentors", val=1),
        I("— с предприятий", 1, "инженер-конструктор, 10 кл. техн.", crit="enterprise_mentors", val=1),
        BLANK,
        G("Итоги года"),
        I("ПП всего", 42, S5 + "prikaz_utv_PP_2024.pdf", crit="pp_total", val=42, link=True),
        I("— учитель-учитель", 10, crit="pp_teacher_teacher", val=10),
        I("— ученик-ученик", 22, crit="pp_pupil_pupil", val=22),
        I("— учитель-ученик", 9, crit="pp_teacher_pupil", val=9),
        I("— руководитель-педагог", 1, crit="pp_head_teacher", val=1),
        I("педагогов в ПП", 24, crit="teachers_in_pp", val=24),
        I("мероприятий по НП за год", "~15", "открытые уроки, 2 педсовета", nc=True),
        I("удовлетворённость наставляемых", "88%", "анкета, май", crit="satisfaction_mentees", val=88),
        I("удовл. наставников", 0.92, crit="satisfaction_mentors", val=92, fmt="0%"),
        I("на 2025 план: наставников", 40, nc=True),
        BLANK,
        T("зам. дир. по УВР Кравец О.Н."),
    ],
})

# 2 ---------------------------------------------------------------- Гимназия 2
GM = "https://gimn2-lozovsk.edu.ru/upload/nastavnichestvo/2024/"
FILES.append({
    "file": "typed/gimn2_otchet.xlsx",
    "sheet": "Гимназия 2",
    "org": "МАОУ Гимназия 2",
    "top": [("МАОУ Гимназия 2 — отчёт по наставничеству", True),
            ("за 2024 г., заполнила Лебедева И.А. (зам. по УВР)", False)],
    "rows": [
        BLANK,
        G("КАДРЫ"),
        I("наставников всего", 61, GM + "prikaz_nastavniki.pdf", crit="mentors_total", val=61, link=True),
        I("из них МС", "нету", crit="young_specialists_mentors", val=0),
        I("педагоги-наставники", 18, crit="teachers_mentors", val=18),
        I("наставляемых всего", 166, GM + "prikaz_nastavlyaemye.pdf", crit="mentees_total", val=166,
          link=True),
        I("из них МС", 8, crit="young_specialists_mentees", val=8),
        I("из них прочие педагоги", 3, "пришли из других ОО", crit="teachers_other_mentees", val=3),
        I("МС в гимназии всего", 8, "до 35 лет, стаж до 3 лет", crit="young_specialists", val=8),
        I("% МС-наставляемых", "100 %", crit="share_young_specialists_mentees", val=100),
        I("ППС без МС", 64, "в 2023 было 52 наставника, 61 — уже с внешними",
          crit="teachers_other", val=64),
        I("кураторы ЦМН", 2, "Лебедева, Гусейнова", crit="curators_total", val=2),
        I("прошли КПК (наставн.)", 5, crit="kpk_trained", val=5),
        I("курсы", "ИРО «Педагог-наставник: организация наставничества в ОО» (72 ч); "
                   "ЦНППМ «Наставник молодого педагога» (24 ч)",
          crit="kpk_courses",
          val="ИРО «Педагог-наставник: организация наставничества в ОО» (72 ч); "
              "ЦНППМ «Наставник молодого педагога» (24 ч)"),
        BLANK,
        G("ДЕТИ"),
        I("10-19 лет всего (ОШ-1)", 620, crit="students_10_19", val=620),
        I("10-19 — наставляемые", 155, crit="mentees_10_19", val=155),
        I("доля ребят 10-19 в НП", 0.25, crit="share_mentees_10_19", val=25, fmt="0.0%"),
        I("  риск", 6, crit="mentees_risk", val=6),
        I("  одарённые", 38, "из реестра", crit="mentees_gifted", val=38),
        I("  ОВЗ, инвалиды", 4, crit="mentees_disabled", val=4),
        I("  низкая мотивация, «2»", 10, crit="mentees_low_motivation", val=10),
        I("  профориентация", 30, crit="mentees_career", val=30),
        I("15-19 лет всего", 190, crit="students_15_19", val=190),
        I("15-19 — сами наставники", 38, crit="mentors_15_19", val=38),
        I("доля 15-19 наставников", 20, "%", crit="share_mentors_15_19", val=20),
        BLANK,
        G("ДОКУМЕНТЫ"),
        I("приказ о ЦМН", "+", GM + "prikaz_CMN_2024.pdf", nc=True),
        I("положение по пед. работникам", "+", GM + "polozhenie_nastavnichestvo.pdf",
          crit="orgs_regulation_teachers", val=1, link=True),
        I("положение по обучающимся", "+", "см. выше (одним приказом)",
          crit="orgs_regulation_students", val=1, link_from_c_above=True),
        I("дорожка", "+", GM + "dorozhnaya_karta.pdf", nc=True),
        I("приказ о мониторинге ЦМН", "+", GM + "prikaz_monitoring.pdf",
          crit="orgs_monitoring_order", val=1, link=True),
        I("справка по внутр. мониторингу", "нету (будет в дек.)", crit="internal_monitoring_notes", val=0),
        I("лок. акты об оплате наставникам", "2 шт.", "положение об оплате + о стимул. выплатах",
          crit="pay_acts", val=2),
        I("нематериальное поощрение", "1 шт.", GM + "polozhenie_nematerialnoe_pooshchrenie.pdf",
          crit="nonmaterial_acts", val=1, link=True),
        BLANK,
        G("ПАРТНЁРЫ"),
        I("соглашения с партнёрами — сколько", "3 шт.", "вуз, IT-компания, библиотека", nc=True),
        I("  с ОО (вуз)", 1, GM + "soglashenie_LF_LGPU.pdf", crit="agreements_edu_orgs", val=1, link=True),
        I("  с предприятиями", 1, crit="agreements_enterprises", val=1),
        I("  иные", 1, "библиотека", crit="agreements_other_orgs", val=1),
        I("кто партнёры", "Лозовский филиал ЛГПУ; ООО «Софтлайн-Лозовск»; ЦБС г. Лозовска",
          crit="partner_list", val="Лозовский филиал ЛГПУ; ООО «Софтлайн-Лозовск»; ЦБС г. Лозовска"),
        I("о чём соглашения", "сетевое взаимодействие, наставничество студент–ученик, профориентация (IT)",
          crit="agreement_subjects",
          val="сетевое взаимодействие, наставничество студент–ученик, профориентация (IT)"),
        I("внешние наставники: студенты вуза", 2, crit="external_edu_mentors", val=2),
        I("  с предприятия", 2, crit="enterprise_mentors", val=2),
        I("  из библиотеки", 1, crit="other_org_mentors", val=1),
        BLANK,
        G("ИТОГИ ГОДА"),
        I("ПП (персониф. программы)", 64, GM + "reestr_PP_2024.xlsx", crit="pp_total", val=64, link=True),
        I("  уч-уч", 11, crit="pp_teacher_teacher", val=11),
        I("  ученик-ученик", 30, crit="pp_pupil_pupil", val=30),
        I("  учитель-ученик", 20, crit="pp_teacher_pupil", val=20),
        I("  студент-ученик", 2, crit="pp_student_pupil", val=2),
        I("  иная форма", 1, "выпускник – ученик", crit="pp_other", val=1),
        I("педагогов в ПП", 29, crit="teachers_in_pp", val=29),
        I("наставнических пар", 64, "= ПП", nc=True),
        I("довольны наставляемые", "4,6 из 5", "анкета"),   # scale of 5: left out (README)
        I("довольны наставники", "90%", crit="satisfaction_mentors", val=90),
        I("на 2025 — план охвата 10-19", "30%", nc=True),
    ],
})

# 3 ---------------------------------------------------------------- Средняя школа №11
S11 = "https://school11lozovsk.gosuslugi.ru/ofitsialno/dokumenty/"
FILES.append({
    "file": "typed/sosh11.xlsx",
    "sheet": "СОШ 11",
    "org": "МБОУ «Средняя школа №11»",
    "top": [("черновик для себя — мониторинг НП 2024", False),
            ("МБОУ «Средняя школа №11»", True),
            ("ответств. — зам. по ВР Гарипова Л.Р.", False)],
    "rows": [
        BLANK,
        G("Кадры"),
        I("наставников всего", 23, S11 + "dokumenty-all-41_218.html", crit="mentors_total", val=23, link=True),
        I("наставляемых всего", 76, "по приказу от 05.09.24", crit="mentees_total", val=76),
        I("учителей-наставников", 10, crit="teachers_mentors", val=10),
        I("молодые спецы среди наставников", "нету", crit="young_specialists_mentors", val=0),
        I("молодых спецов в школе", 4, crit="young_specialists", val=4),
        I("из них под наставником", 4, crit="young_specialists_mentees", val=4),
        I("педагогов (кроме молодых)", 38, crit="teachers_other", val=38),
        I("из них наставляемые", 2, crit="teachers_other_mentees", val=2),
        I("куратор", 1, crit="curators_total", val=1),
        I("ШМО наставников", "нету", "вопросы НП на МС школы", crit="school_methodical_associations", val=0),
        I("КПК по наставничеству за 2024", 2, crit="kpk_trained", val=2),
        I("наименование КПК", "«Организация наставничества в образовательной организации» (ИРО, 36 ч)",
          crit="kpk_courses",
          val="«Организация наставничества в образовательной организации» (ИРО, 36 ч)"),
        BLANK,
        G("Дети"),
        I("10-19 лет в школе", 350, crit="students_10_19", val=350),
        I("10-19 в НП (наставляемые)", 70, "в 2023 — 58", crit="mentees_10_19", val=70),
        I("доля", 0.2, crit="share_mentees_10_19", val=20, fmt="0%"),
        I("риск", 9, crit="mentees_risk", val=9),
        I("одарённые", 4, crit="mentees_gifted", val=4),
        I("ОВЗ", 7, crit="mentees_disabled", val=7),
        I("неуспевающие / мотивация", 12, crit="mentees_low_motivation", val=12),
        I("проф. самоопределение", 15, crit="mentees_career", val=15),
        I("по иным", 3, "дети участников СВО", crit="mentees_other_params", val=3),
        I("15-19 лет в школе", 74, crit="students_15_19", val=74),
        I("15-19 — наставники", 12, crit="mentors_15_19", val=12),
        BLANK,
        G("Документы"),
        I("приказ о ЦМН", "есть", S11 + "dokumenty-all-41_201.html", nc=True),
        I("положение есть?", "есть", S11 + "dokumenty-all-41_202.html", nc=True),  # ambiguous: README
        I("дорожка (план меропр.)", "есть", "https://disk.yandex.ru/i/Lz11-dk2024RmPq", nc=True),
        I("мониторинг — приказ", "есть", S11 + "dokumenty-all-41_219.html",
          crit="orgs_monitoring_order", val=1, link=True),
        I("справка (внутр. мониторинг)", "есть", "https://disk.yandex.ru/i/Lz11-spravka24Xc",
          crit="internal_monitoring_notes", val=1, link=True),
        I("оплата наставникам — лок. акт", "нету", "доплата из стимулир. части, отд. акта нет",
          crit="pay_acts", val=0),
        I("нематериальное — лок. акт", "есть", S11 + "dokumenty-all-41_230.html",
          crit="nonmaterial_acts", val=1, link=True),
        BLANK,
        G("Партнёры"),
        I("соглашения с предприятиями", 1, S11 + "dokumenty-all-41_240.html",
          crit="agreements_enterprises", val=1, link=True),
        I("кто партнёры", "ООО «Агрохолдинг Лозовский»", crit="partner_list",
          val="ООО «Агрохолдинг Лозовский»"),
        I("предмет", "агроклассы, наставник-агроном для 10 кл.", crit="agreement_subjects",
          val="агроклассы, наставник-агроном для 10 кл."),
        I("наставники от предприятия", 1, crit="enterprise_mentors", val=1),
        BLANK,
        G("Итоги года"),
        I("ПП всего", 24, crit="pp_total", val=24),
        I("уч.-уч.", 6, crit="pp_teacher_teacher", val=6),
        I("ученик-ученик", 12, crit="pp_pupil_pupil", val=12),
        I("учитель-ученик", 6, crit="pp_teacher_pupil", val=6),
        I("педагогов в ПП", 16, crit="teachers_in_pp", val=16),
        I("удовлетворённость: наставляемые", 85, "%", crit="satisfaction_mentees", val=85),
        I("удовлетворённость: наставники", 89, "%", crit="satisfaction_mentors", val=89),
        I("конкурс «Наставник года» — участвовали", "2 чел.", "муниц. этап", nc=True),
    ],
})

# 4 ---------------------------------------------------------------- Лицей №1
L1 = "https://licey1-lozovsk.gosuslugi.ru/svedeniya/nastavnichestvo/"
FILES.append({
    "file": "typed/licey1_2024.xlsx",
    "sheet": "Лист1",
    "org": "МБОУ «Лицей №1»",
    "top": [("наставничество 2024", True),
            ("Лицей №1 (МБОУ «Лицей №1»), г. Лозовск", False)],
    "rows": [
        BLANK,
        G("Кадры"),
        I("наставников всего", "54 чел.", L1 + "prikaz_112_ot_02.09.2024.pdf",
          crit="mentors_total", val=54, link=True),
        I("наставляемых всего", "105 чел.", L1 + "prikaz_113_ot_02.09.2024.pdf",
          crit="mentees_total", val=105, link=True),
        I("учителя-наставники", 16, crit="teachers_mentors", val=16),
        I("МС-наставники", 1, "Кудрявцев — робототехника", crit="young_specialists_mentors", val=1),
        I("МС всего (до 35, ≤3 лет)", 5, crit="young_specialists", val=5),
        I("МС с наставником", "4 из 5", "1 — совместитель, без НП", crit="young_specialists_mentees", val=4),
        I("% МС-наставляемых", "80%", crit="share_young_specialists_mentees", val=80),
        I("ППС без МС", 45, crit="teachers_other", val=45),
        I("ППС (без МС) — наставляемые", 1, crit="teachers_other_mentees", val=1),
        I("куратор ЦМН", 1, crit="curators_total", val=1),
        I("ШМО наставников", 1, crit="school_methodical_associations", val=1),
        I("КПК по НП", 4, "все в 2024", crit="kpk_trained", val=4),
        I("какие курсы", "«Наставничество: от теории к практике» (ЦНППМ, 36 ч)",
          crit="kpk_courses", val="«Наставничество: от теории к практике» (ЦНППМ, 36 ч)"),
        BLANK,
        G("Дети"),
        I("ребят 10-19 всего", "~540", "уточнить по ОШ-1"),   # approximate: left out (README)
        I("ребят 10-19 в наставничестве", 100, crit="mentees_10_19", val=100),
        I("  гр. риска", 5, crit="mentees_risk", val=5),
        I("  одарённые", 25, crit="mentees_gifted", val=25),
        I("  ОВЗ", 2, crit="mentees_disabled", val=2),
        I("  мотивация", 6, crit="mentees_low_motivation", val=6),
        I("  выбор профессии", 40, "инж. классы", crit="mentees_career", val=40),
        I("старшие 15-19 всего", 210, crit="students_15_19", val=210),
        I("из них наставники", 35, crit="mentors_15_19", val=35),
        I("% старших-наставников", "16,7%", crit="share_mentors_15_19", val=16.7),
        BLANK,
        G("Документы"),
        I("приказ о ЦМН", "есть", L1 + "prikaz_CMN.pdf", nc=True),
        I("положение (педагоги)", "есть", L1 + "polozhenie_ped.pdf",
          crit="orgs_regulation_teachers", val=1, link=True),
        I("положение (обучающиеся)", "есть", L1 + "polozhenie_obuch.pdf",
          crit="orgs_regulation_students", val=1, link=True),
        I("дорожка (план меропр.)", "есть", L1 + "plan_meropriyatiy_2024.pdf", nc=True),
        I("приказ о мониторинге", "есть", L1 + "prikaz_monitoring_2024.pdf",
          crit="orgs_monitoring_order", val=1, link=True),
        I("справки по мониторингу", "2 шт. (за I и II полуг.)", L1 + "spravki_monitoring_2024.zip",
          crit="internal_monitoring_notes", val=2, link=True),
        I("доплата наставникам — акт", 1, crit="pay_acts", val=1),
        I("нематериальное поощрение — акт", 1, crit="nonmaterial_acts", val=1),
        BLANK,
        G("Партнёры"),
        I("соглашения с предприятиями", "3 шт.", "https://cloud.mail.ru/public/Lc1P/soglasheniya2024",
          crit="agreements_enterprises", val=3, link=True),
        I("кто партнёры", "АО «Лозовский машзавод», ПАО «Лозовскэнерго», ООО «ТехноПарк-Л»",
          crit="partner_list", val="АО «Лозовский машзавод», ПАО «Лозовскэнерго», ООО «ТехноПарк-Л»"),
        I("предмет соглашений", "профориентация, инженерные проекты, наставник с производства",
          crit="agreement_subjects", val="профориентация, инженерные проекты, наставник с производства"),
        I("наставники с предприятий", 3, crit="enterprise_mentors", val=3),
        BLANK,
        G("Итоги года"),
        I("ПП всего", 52, crit="pp_total", val=52),
        I("учитель-учитель", 5, crit="pp_teacher_teacher", val=5),
        I("ученик-ученик", 35, crit="pp_pupil_pupil", val=35),
        I("учитель-ученик", 12, crit="pp_teacher_pupil", val=12),
        I("педагогов в ПП", 21, crit="teachers_in_pp", val=21),
        I("довольны наставляемые", "93%", crit="satisfaction_mentees", val=93),
        I("довольны наставники", "95%", crit="satisfaction_mentors", val=95),
        I("база наставников ведётся?", "да", nc=True),
    ],
    # last year's sheet kept in the same workbook: nothing expected from it
    "old_sheet": ("2023 (старое)", [
        ("наставничество 2023", None, None),
        (None, None, None),
        ("наставников всего", 47, None),
        ("наставляемых всего", 93, None),
        ("учителя-наставники", 15, None),
        ("ребят 10-19 в наставничестве", 88, None),
        ("из них наставники 15-19", 29, None),
        ("ПП всего", 44, None),
        ("довольны наставляемые", "90%", None),
    ]),
})

# 5 ---------------------------------------------------------------- Ольховская СОШ
OL = "https://olhovskaya-sosh.gosuslugi.ru/netcat_files/nastavnichestvo/"
OL_PARTNERS = "ЛАТТ (Лозовский агротехн. техникум), ООО «Лозовский хлебозавод»"
FILES.append({
    "file": "typed/olhovskaya_sosh.xlsx",
    "sheet": "Лист1",
    "org": "МКОУ «Ольховская СОШ»",
    "top": [("МКОУ «Ольховская СОШ» Верхнелозовского МО", True),
            ("НП 2024 — чек-лист (Смирнова Г.П.)", False)],
    "rows": [
        BLANK,
        G("Кадры"),
        I("наставников всего", 13, OL + "prikaz_nastavniki_2024.pdf", crit="mentors_total", val=13, link=True),
        I("из них педагоги", 5, crit="teachers_mentors", val=5),
        I("из них ученики 15-19", 6, crit="mentors_15_19", val=6),
        I("наставляемых всего", 26, crit="mentees_total", val=26),
        I("педагогов без молодых", 17, crit="teachers_other", val=17),
        I("молодых спецов", 2, crit="young_specialists", val=2),
        I("молодые спецы — наставляемые", 2, crit="young_specialists_mentees", val=2),
        I("прочие педагоги — наставляемые", "нету", crit="teachers_other_mentees", val=0),
        I("куратор ЦМН", "1 (я)", crit="curators_total", val=1),
        I("ШМО наставников", "нету", "есть МО кл. рук.", crit="school_methodical_associations", val=0),
        I("КПК по НП", "1 (Смирнова)", crit="kpk_trained", val=1),
        I("курсы", "ИРО, «Куратор целевой модели наставничества», 24 ч", crit="kpk_courses",
          val="ИРО, «Куратор целевой модели наставничества», 24 ч"),
        BLANK,
        G("Дети"),
        I("ребят 10-19 всего", 96, crit="students_10_19", val=96),
        I("ребят 10-19 в наставничестве", 24, crit="mentees_10_19", val=24),
        I("доля", "25%", crit="share_mentees_10_19", val=25),
        I("  риск", 3, crit="mentees_risk", val=3),
        I("  одарённые", 1, crit="mentees_gifted", val=1),
        I("  ОВЗ", 2, crit="mentees_disabled", val=2),
        I("  мотивация / неусп.", 5, crit="mentees_low_motivation", val=5),
        I("  профвыбор", 6, crit="mentees_career", val=6),
        I("старшеклассников 15-19 всего", "~30", "10-11 кл. + часть 9-х"),   # approximate: left out
        BLANK,
        G("Документы"),
        I("приказ о ЦМН", "есть", OL + "prikaz_CMN.pdf", nc=True),
        I("положение по педагогам", "есть", OL + "polozhenie_ped_rabotniki.pdf",
          crit="orgs_regulation_teachers", val=1, link=True),
        I("положение по ученикам", "есть", OL + "polozhenie_obuchayushchiesya.pdf",
          crit="orgs_regulation_students", val=1, link=True),
        I("дорожка (план меропр.)", "нету", "делаем на 2025", nc=True),
        I("приказ о мониторинге", "есть", OL + "prikaz_monitoring.pdf",
          crit="orgs_monitoring_order", val=1, link=True),
        I("справка по итогам", "нету", crit="internal_monitoring_notes", val=0),
        I("оплата наставникам — лок. акт", "нету", crit="pay_acts", val=0),
        I("нематериальное — лок. акт", "нету", crit="nonmaterial_acts", val=0),
        BLANK,
        G("Партнёры"),
        I("соглашения с партнёрами — сколько", "2 шт.", OL_PARTNERS, nc=True),
        I("кто партнёры", "см. выше", crit="partner_list", val=OL_PARTNERS, val_from_c_above=True),
        I("наставник из техникума", 1, crit="external_edu_mentors", val=1),
        I("наставник с хлебозавода", 1, crit="enterprise_mentors", val=1),
        BLANK,
        G("Итоги года"),
        I("ПП всего", 12, "https://cloud.mail.ru/public/Olh2/PP-2024", crit="pp_total", val=12, link=True),
        I("  учитель-учитель", 2, crit="pp_teacher_teacher", val=2),
        I("  ученик-ученик", 6, crit="pp_pupil_pupil", val=6),
        I("  учитель-ученик", 4, crit="pp_teacher_pupil", val=4),
        I("педагогов в ПП", 7, crit="teachers_in_pp", val=7),
        I("довольны наставляемые", "90%", crit="satisfaction_mentees", val=90),
        I("довольны наставники", "100%", crit="satisfaction_mentors", val=100),
    ],
})

# 6 ---------------------------------------------------------------- Прудковская ООШ – детский сад
PR = "https://prudki-shkola-sad.gosuslugi.ru/ofitsialno/nastavnichestvo/"
FILES.append({
    "file": "typed/prudki_shkola_sad.xlsx",
    "sheet": "Прудки",
    "org": "МБОУ «Прудковская ООШ – детский сад»",
    "top": [("Прудковская школа-сад", True),
            ("(МБОУ «Прудковская ООШ – детский сад»)", False),
            ("наставничество 2024, для УО", False)],
    "rows": [
        BLANK,
        G("Кадры"),
        I("наставников всего", 7, PR + "prikaz_nastavniki.pdf", crit="mentors_total", val=7, link=True),
        I("пед-в наставников", 4, "2 учителя, 2 воспитателя", crit="teachers_mentors", val=4),
        I("наставляемых всего", 15, crit="mentees_total", val=15),
        I("пед-в всего без МС (вкл. воспитателей д/с)", 20, crit="teachers_other", val=20),
        I("МС всего", 2, "учитель нач. кл. + воспитатель", crit="young_specialists", val=2),
        I("МС — наставляемые", 2, crit="young_specialists_mentees", val=2),
        I("МС — наставники", "нету", crit="young_specialists_mentors", val=0),
        I("прочие пед-ги — наставляемые", 1, "воспитатель после переподготовки",
          crit="teachers_other_mentees", val=1),
        I("куратор", 1, crit="curators_total", val=1),
        I("ШМО наставников", "нету", crit="school_methodical_associations", val=0),
        I("КПК по НП", 1, crit="kpk_trained", val=1),
        BLANK,
        G("Дети"),
        I("школьников 10-19 всего", 58, "5-9 кл.", crit="students_10_19", val=58),
        I("из них в наставничестве", 12, crit="mentees_10_19", val=12),
        I("— риск", 2, crit="mentees_risk", val=2),
        I("— одарённые", "нету", crit="mentees_gifted", val=0),
        I("— ОВЗ", 3, crit="mentees_disabled", val=3),
        I("— неусп. / мотивация", 4, crit="mentees_low_motivation", val=4),
        I("— профвыбор (9 кл.)", 2, crit="mentees_career", val=2),
        I("15-19 всего", 9, "9 кл.", crit="students_15_19", val=9),
        I("15-19 — наставники", 3, crit="mentors_15_19", val=3),
        I("дошкольников в д/с", 41, "для справки", nc=True),
        BLANK,
        G("Документы"),
        I("приказ о ЦМН", "есть", PR + "prikaz_CMN.pdf", nc=True),
        I("положение (пед.)", "есть", PR + "polozhenie_ped.pdf",
          crit="orgs_regulation_teachers", val=1, link=True),
        I("положение (дети)", "есть", PR + "polozhenie_deti.pdf",
          crit="orgs_regulation_students", val=1, link=True),
        I("приказ о мониторинге", "нету", crit="orgs_monitoring_order", val=0),
        I("справка по мониторингу", "нету", crit="internal_monitoring_notes", val=0),
        I("оплата наставникам (акт)", "нету", crit="pay_acts", val=0),
        I("нематер. поощрение (акт)", "есть", PR + "polozhenie_pooshchrenie.pdf",
          crit="nonmaterial_acts", val=1, link=True),
        BLANK,
        G("Партнёры"),
        I("соглашения", "нету", "партнёров пока нет", nc=True),
        BLANK,
        G("Итоги года"),
        I("ПП всего", 10, crit="pp_total", val=10),
        I("— педагог-педагог", 3, crit="pp_teacher_teacher", val=3),
        I("— ученик-ученик", 3, crit="pp_pupil_pupil", val=3),
        I("— педагог-ученик", 4, crit="pp_teacher_pupil", val=4),
        I("педагогов в ПП", 7, crit="teachers_in_pp", val=7),
        I("удовл. наставляемых", "~90", "устно, анкеты не все"),   # approximate: left out
        I("удовл. наставников", 95, "%", crit="satisfaction_mentors", val=95),
    ],
})

# 7 ---------------------------------------------------------------- ДДТ (ДОП)
DD = "https://ddt-lozovsk.edu.ru/docs/nastavnichestvo/"
FILES.append({
    "file": "typed/ddt_lozovsk.xlsx",
    "sheet": "ДДТ",
    "org": "МБУ ДО «Дом детского творчества»",
    "top": [("ДДТ г. Лозовска (МБУ ДО «Дом детского творчества»)", True),
            ("наставничество — итоги 2024 календ. года", False)],
    "rows": [
        BLANK,
        G("Кадры"),
        I("наставников всего (приказ)", 33, DD + "prikaz_nastavniki_2024.pdf",
          crit="mentors_total", val=33, link=True),
        I("наставляемых всего (приказ)", 97, DD + "prikaz_nastavlyaemye_2024.pdf",
          crit="mentees_total", val=97, link=True),
        I("ПДО-наставники", 12, crit="teachers_mentors", val=12),
        I("из них молодые спецы", 1, crit="young_specialists_mentors", val=1),
        I("ПДО всего без молодых", 41, "вкл. совместителей", crit="teachers_other", val=41),
        I("молодых спецов", 7, crit="young_specialists", val=7),
        I("молодые спецы — под наставником", 6, "1 в декрете", crit="young_specialists_mentees", val=6),
        I("% молодых спецов под наставником", "85,7%", crit="share_young_specialists_mentees", val=85.7),
        I("ПДО (не молодые) — наставляемые", 5, "новые совместители", crit="teachers_other_mentees", val=5),
        I("куратор ЦМН", 1, "методист Осипова Е.В.", crit="curators_total", val=1),
        I("КПК по наставничеству (2024)", 3, crit="kpk_trained", val=3),
        BLANK,
        G("Дети (в объединениях)"),
        I("ребят 10-19 всего", 860, "по навигатору на 01.10", crit="students_10_19", val=860),
        I("ребят 10-19 в наставничестве", 86, crit="mentees_10_19", val=86),
        I("доля", 0.1, crit="share_mentees_10_19", val=10, fmt="0%"),
        I("— гр. риска", 10, crit="mentees_risk", val=10),
        I("— одарённые (реестр)", 35, crit="mentees_gifted", val=35),
        I("— ОВЗ / инв.", 6, crit="mentees_disabled", val=6),
        I("— низкая мотивация", "н/п", "успеваемость не ведём"),   # not applicable: left out
        I("— профвыбор", 12, crit="mentees_career", val=12),
        I("— иное", 15, "вовлечение в проектную деят.", crit="mentees_other_params", val=15),
        I("15-19 всего", 240, crit="students_15_19", val=240),
        I("15-19 — наставники", 18, "вожатые, старшие в студиях", crit="mentors_15_19", val=18),
        BLANK,
        G("Документы"),
        I("приказ о ЦМН", "есть", DD + "prikaz_CMN.pdf", nc=True),
        I("положение по педагогам", "есть", DD + "polozhenie_pedagogi.pdf",
          crit="orgs_regulation_teachers", val=1, link=True),
        I("положение по обучающимся", "есть", DD + "polozhenie_obuchayushchiesya.pdf",
          crit="orgs_regulation_students", val=1, link=True),
        I("дорожка (план меропр.)", "есть", DD + "dorozhnaya_karta.pdf", nc=True),
        I("приказ о мониторинге", "есть", DD + "prikaz_monitoring.pdf",
          crit="orgs_monitoring_order", val=1, link=True),
        I("справка по итогам мониторинга", "да, на сайте", DD + "spravka_2024.pdf",
          crit="internal_monitoring_notes", val=1, link=True),
        I("оплата наставникам (лок. акт)", 1, crit="pay_acts", val=1),
        I("нематериальное поощрение", "2 шт.", "положение о почётной грамоте ДДТ + о доске почёта",
          crit="nonmaterial_acts", val=2),
        BLANK,
        G("Партнёры"),
        I("соглашения с ОО", 1, "колледж искусств", crit="agreements_edu_orgs", val=1),
        I("с предприятиями", "нету", crit="agreements_enterprises", val=0),
        I("с иными орг.", 2, DD + "soglasheniya_2024.pdf", crit="agreements_other_orgs", val=2, link=True),
        I("кто партнёры", "Лозовский колледж искусств; краеведческий музей; СК «Олимп»",
          crit="partner_list", val="Лозовский колледж искусств; краеведческий музей; СК «Олимп»"),
        I("наставники: из колледжа", 1, crit="external_edu_mentors", val=1),
        I("— из музея и СК", 2, crit="other_org_mentors", val=2),
        BLANK,
        G("Итоги года"),
        I("ПП всего", 45, DD + "PP_2024.pdf", crit="pp_total", val=45, link=True),
        I("— педагог-педагог", 9, crit="pp_teacher_teacher", val=9),
        I("— руководитель-педагог", 2, crit="pp_head_teacher", val=2),
        I("— ученик-ученик", 14, crit="pp_pupil_pupil", val=14),
        I("— педагог-ученик", 20, crit="pp_teacher_pupil", val=20),
        I("педагогов в ПП", 23, crit="teachers_in_pp", val=23),
        I("удовлетворённость наставляемых", 0.87, crit="satisfaction_mentees", val=87, fmt="0%"),
        I("удовлетворённость наставников", 0.91, crit="satisfaction_mentors", val=91, fmt="0%"),
        I("выступали с опытом НП", "3 раза", "ГМО, августовская конф.", nc=True),
        BLANK,
        T("зам. директора по УВР Осипова Е.В."),
    ],
})


# ---------------------------------------------------------------- consistency checks
def check_consistency(f):
    v = {}
    for r in f["rows"]:
        if r and r["kind"] == "item" and r["crit"]:
            assert r["crit"] not in v, (f["file"], r["crit"])
            v[r["crit"]] = r["val"]
    g = v.get

    def le(a, b):
        if a in v and b in v:
            assert v[a] <= v[b], (f["file"], a, v[a], b, v[b])
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("young_specialists_mentors", "teachers_mentors")
    le("teachers_other_mentees", "teachers_other")
    le("teachers_mentors", "mentors_total")
    le("mentors_15_19", "mentors_total")
    le("mentees_10_19", "mentees_total")
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
            "mentees_career", "mentees_other_params"]
    assert sum(g(c, 0) for c in cats) <= g("mentees_10_19", 0), f["file"]
    pps = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil",
           "pp_teacher_pupil", "pp_other", "pp_student_student"]
    if "pp_total" in v:
        assert sum(g(c, 0) for c in pps) == v["pp_total"], f["file"]
    ext = g("external_edu_mentors", 0) + g("enterprise_mentors", 0) + g("other_org_mentors", 0)
    if "mentors_total" in v:
        assert g("teachers_mentors", 0) + g("mentors_15_19", 0) + ext == v["mentors_total"], f["file"]
    if "mentees_total" in v:
        assert (g("mentees_10_19", 0) + g("young_specialists_mentees", 0)
                + g("teachers_other_mentees", 0)) == v["mentees_total"], f["file"]
    if "teachers_in_pp" in v:
        assert v["teachers_in_pp"] <= g("teachers_other", 0) + g("young_specialists", 0)
    if "share_mentees_10_19" in v and "students_10_19" in v:
        assert round(100 * v["mentees_10_19"] / v["students_10_19"], 1) == v["share_mentees_10_19"]
    if "share_mentors_15_19" in v:
        assert round(100 * v["mentors_15_19"] / v["students_15_19"], 1) == v["share_mentors_15_19"]
    if "share_young_specialists_mentees" in v:
        assert round(100 * v["young_specialists_mentees"] / v["young_specialists"], 1) == \
            v["share_young_specialists_mentees"]
    if "share_teachers_mentors" in v:
        assert round(100 * v["teachers_mentors"] / (v["teachers_other"] + v["young_specialists"]), 1) \
            == v["share_teachers_mentors"]


# ---------------------------------------------------------------- writing
BOLD = Font(bold=True)


def write_file(f):
    wb = Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 62
    exp = {"file": f["file"], "year": YEAR, "organisation": f["org"],
           "values": {}, "links": {}, "not_criteria": [], "headings": []}
    cells = []
    r = 1
    for text, bold in f["top"]:
        ws.cell(r, 1, text)
        if bold:
            ws.cell(r, 1).font = BOLD
        r += 1
    prev = None
    for row in f["rows"]:
        if row is None:
            r += 1
            prev = None
            continue
        ws.cell(r, 1, row["a"])
        if row["kind"] == "group":
            ws.cell(r, 1).font = BOLD
            exp["headings"].append(row["a"])
        elif row["kind"] == "sub":
            exp["headings"].append(row["a"])
        elif row["kind"] == "text":
            if row["b"] is not None:
                ws.cell(r, 2, row["b"])
            if row["c"] is not None:
                ws.cell(r, 3, row["c"])
        else:
            ws.cell(r, 2, row["b"])
            ws.cell(r, 2).alignment = Alignment(horizontal="left")
            if row["fmt"]:
                ws.cell(r, 2).number_format = row["fmt"]
            if row["c"] is not None:
                ws.cell(r, 3, row["c"])
            if row["nc"]:
                exp["not_criteria"].append(row["a"])
            crit = row["crit"]
            if crit:
                exp["values"][crit] = row["val"]
                vcell = f"C{r-1}" if row["vfa"] else f"B{r}"
                if row["vfa"]:
                    assert prev is not None and prev["c"] == row["val"]
                cells.append({"file": f["file"], "sheet": f["sheet"], "cell": vcell,
                              "criterion": crit, "kind": "value", "expected": row["val"],
                              "unit_hint": ("percent" if row["fmt"] and "%" in row["fmt"] else None),
                              "note": ("answer «см. выше»: value in C of the row above"
                                       if row["vfa"] else None)})
                if row["link"] or row["lfa"]:
                    url = prev["c"] if row["lfa"] else row["c"]
                    assert url.startswith("http"), url
                    exp["links"][crit] = url
                    cells.append({"file": f["file"], "sheet": f["sheet"],
                                  "cell": f"C{r-1}" if row["lfa"] else f"C{r}",
                                  "criterion": crit, "kind": "link", "expected": url,
                                  "note": ("link cell says «см. выше»: URL in C of the row above"
                                           if row["lfa"] else None)})
        prev = row
        r += 1
    if "old_sheet" in f:
        name, rows = f["old_sheet"]
        ws2 = wb.create_sheet(name)
        ws2.column_dimensions["A"].width = 40
        for i, (a, b, c) in enumerate(rows, start=1):
            if a is not None:
                ws2.cell(i, 1, a)
            if b is not None:
                ws2.cell(i, 2, b)
            if c is not None:
                ws2.cell(i, 3, c)
        ws2.cell(1, 1).font = BOLD
    stamp = datetime.datetime(2024, 10, 28, 9, 0, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "zam_UVR"
    wb.save(os.path.join(HERE, f["file"]))
    return exp, cells


def main():
    os.makedirs(TYPED, exist_ok=True)
    expected, cells = [], []
    for f in FILES:
        check_consistency(f)
        e, c = write_file(f)
        expected.append(e)
        cells.extend(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cells, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len(expected)} values={nv} links={nl}")
    for e in expected:
        print(f'  {e["file"]}: values={len(e["values"])} links={len(e["links"])} '
              f'nc={len(e["not_criteria"])}')


if __name__ == "__main__":
    main()
