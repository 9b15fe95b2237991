#!/usr/bin/env python3
"""Held-out set 38: monitoring forms of the mentoring model laid out for printing on ONE landscape page.

The list of criteria is "folded" into two (or three) blocks that stand side by side on the sheet
(A-D | gap E | F-I [| gap J | K-N]); rows of the blocks are unrelated criteria that merely share a sheet row.
Variations: no repeated header over block 2; block 2 without a link column; blocks stacked with a page break;
a block with «2023 | 2024» value columns (2023 = decoy); a municipal form re-saved through LibreOffice.

Invented municipality: «Муниципальный округ Ярушинский район Удмуртской Республики» (centre: с. Ярушино).
Deterministic: all data are fixed below.  Run:  python3 make_typed.py
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

YEAR = 2024


# ----------------------------------------------------------------------------------------------------------------
# row constructors
# ----------------------------------------------------------------------------------------------------------------
def H(text):
    """direction / section row, merged across one block only"""
    return {"t": "H", "text": text}


def yn(cid, label, flag, link=None, y23=None):
    return {"t": "C", "kind": "yn", "cid": cid, "label": label, "v": bool(flag), "link": link, "y23": y23}


def n(cid, label, v, link=None, y23=None):
    return {"t": "C", "kind": "num", "cid": cid, "label": label, "v": v, "link": link, "y23": y23}


def sh(cid, label, num, den, link=None, y23=None):
    """share: num/den in per cent; y23 = (num23, den23)"""
    return {"t": "C", "kind": "share", "cid": cid, "label": label, "num": num, "den": den, "link": link, "y23": y23}


def lv(cid, label, pct, link=None, y23=None):
    """satisfaction level in per cent"""
    return {"t": "C", "kind": "level", "cid": cid, "label": label, "pct": pct, "link": link, "y23": y23}


def tx(cid, label, text, link=None, y23=None):
    return {"t": "C", "kind": "text", "cid": cid, "label": label, "v": text, "link": link, "y23": y23}


def X(label, shown, link=None, y23=None, fmt=None):
    """a value whose title is no criterion of the catalogue (decoy)"""
    return {"t": "C", "kind": "raw", "cid": None, "label": label, "v": shown, "link": link, "y23": y23,
            "fmt": fmt}


# ----------------------------------------------------------------------------------------------------------------
# cell rendering by the file's habits
# ----------------------------------------------------------------------------------------------------------------
def render(row, style, which="v"):
    """returns (shown cell value, number_format or None, expected value)"""
    k = row["kind"]
    if which == "y23":
        src = row["y23"]
        if src is None:
            return None, None, None
        if k == "share":
            row = dict(row, num=src[0], den=src[1])
        elif k == "level":
            row = dict(row, pct=src)
        else:
            row = dict(row, v=src)
    if k == "yn":
        if style["yn"] == "01":
            return (1 if row["v"] else 0), None, (1 if row["v"] else 0)
        if style["yn"] == "да":
            return ("да" if row["v"] else "нет"), None, (1 if row["v"] else 0)
        return ("Да" if row["v"] else "Нет"), None, (1 if row["v"] else 0)
    if k in ("num", "text", "raw"):
        v = row["v"]
        return v, row.get("fmt"), v
    if k == "share":
        pct = row["num"] / row["den"] * 100
    else:
        pct = float(row["pct"])
    mode = style["pct"]
    if mode == "num2":
        e = round(pct, 2)
        return e, "0.00", e
    if mode == "num1":
        e = round(pct, 1)
        return e, "0.0", e
    if mode == "frac":  # fraction with a percent format: 0.1175 shown 11,75%
        e = round(pct, 2)
        return e / 100, style.get("pctfmt", "0.00%"), e
    if mode == "frac0":  # fraction with "0%": the cell holds more digits than it shows
        e = round(pct, 2)
        return e / 100, "0%", e
    if mode == "text1":
        e = round(pct, 1)
        s = ("%.1f" % e).replace(".", ",") + " %"
        return s, None, e
    raise ValueError(mode)


def as_json_num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# ----------------------------------------------------------------------------------------------------------------
# the organisations (one invented municipality)
# ----------------------------------------------------------------------------------------------------------------
MUN = "муниципальный округ Ярушинский район Удмуртской Республики"

# ---------------- F1: МБОУ «Ярушинская СОШ №1» — two blocks side by side, the standard layout -----------------------
S1 = "https://sh1-yarushino-r18.gosweb.gosuslugi.ru/netcat_files/32/71/"
F1 = {
    "name": "01_sosh1_dva_bloka.xlsx", "sheet": "ЦМН 2024",
    "org": "МБОУ «Ярушинская СОШ №1»",
    "title": ["Мониторинг реализации целевой модели наставничества в МБОУ «Ярушинская СОШ №1» за 2024 год"],
    "style": {"yn": "Да", "pct": "num2"}, "hyperlinks": True,
    "layout": "side", "numbering": "seq",
    "blocks": [
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка на документ"],
         "rows": [
             H("Нормативное обеспечение ЦМН"),
             yn("orgs_regulation_teachers", "Приказ об утв. Положения о наставничестве пед. работников", 1,
                S1 + "prikaz_152_polozhenie_ped.pdf"),
             yn("orgs_regulation_students", "Приказ об утв. Положения о наставничестве обучающихся", 1,
                S1 + "prikaz_153_polozhenie_obuch.pdf"),
             yn("orgs_monitoring_order", "Приказ о мониторинге ЦМН в ОО", 1, S1 + "prikaz_monitoring_2024.pdf"),
             X("Дорожная карта ОО на 2024 г.", "Да", S1 + "dorozhnaya_karta_2024.pdf"),
             yn("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", 1,
                S1 + "spravka_vnutr_monitoring_2024.pdf"),
             H("Организация процесса"),
             n("curators_total", "Куратор(ы) внедрения ЦМН, чел.", 1, S1 + "prikaz_kurator.pdf"),
             n("agreements_edu_orgs", "Соглашения с другими ОО (наставники от них)", 1, S1 + "soglashenie_gimnaziya.pdf"),
             n("agreements_enterprises", "Соглашения с предприятиями", 1, S1 + "soglashenie_hlebozavod.pdf"),
             n("agreements_other_orgs", "Соглашения с иными организациями", 0),
             tx("partner_list", "Партнёры по наставничеству (наименования)",
                "ООО «Ярушинский хлебозавод»; МБОУ «Ярушинская гимназия»"),
             n("mentors_total", "Наставники в базе ОО (по приказу), чел.", 49, S1 + "prikaz_baza_nastavnikov.pdf"),
             n("mentees_total", "Наставляемые в базе ОО (по приказу), чел.", 82, S1 + "prikaz_baza_nastavlyaemyh.pdf"),
             X("Наставнических пар (групп) сформировано", 40),
             H("Персонализированные программы (ПП)"),
             n("pp_total", "ПП наставничества — всего", 40, S1 + "prikaz_pp_2024.pdf"),
             n("pp_pupil_pupil", "в т.ч. «ученик – ученик»", 22),
             n("pp_teacher_teacher", "в т.ч. «учитель – учитель»", 9),
             n("pp_head_teacher", "в т.ч. «руководитель – педагог»", 2),
             n("pp_student_pupil", "в т.ч. «студент – ученик»", 0),
             n("pp_teacher_pupil", "в т.ч. «учитель – ученик»", 7),
             n("pp_other", "в т.ч. иные формы", 0),
             H("Внешние наставники"),
             n("external_edu_mentors", "Наставники из других ОО (по приказу)", 2, S1 + "prikaz_baza_nastavnikov.pdf"),
             n("other_org_mentors", "Наставники из иных организаций", 0),
             n("enterprise_mentors", "Наставники — сотрудники предприятий", 1, S1 + "prikaz_baza_nastavnikov.pdf"),
         ]},
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка на документ"],
         "rows": [
             H("Обучающиеся 10–19 лет в роли наставляемых"),
             n("students_10_19", "Обучающихся 10–19 лет всего, чел.", 604),
             n("mentees_10_19", "Из них наставляемые, чел.", 71, S1 + "prikaz_baza_nastavlyaemyh.pdf"),
             n("mentees_risk", "— «группа риска»", 9),
             n("mentees_gifted", "— одарённые (в реестрах)", 14),
             n("mentees_disabled", "— дети с ОВЗ и дети-инвалиды", 6),
             n("mentees_low_motivation", "— низкая мотивация / неуспевающие", 18),
             n("mentees_career", "— проблемы выбора профессии, траектории", 12),
             n("mentees_other_params", "— по иным параметрам", 12),
             sh("share_mentees_10_19", "Доля наставляемых 10–19 лет, %", 71, 604),
             H("Обучающиеся 15–19 лет в роли наставников"),
             n("students_15_19", "Обучающихся 15–19 лет всего, чел.", 168),
             n("mentors_15_19", "Наставники из обучающихся 15–19 лет (приказ)", 22, S1 + "prikaz_baza_nastavnikov.pdf"),
             sh("share_mentors_15_19", "Доля обучающихся 15–19 лет — наставников, %", 22, 168),
             H("Удовлетворённость участников"),
             lv("satisfaction_mentees", "Удовлетворённость наставляемых, %", 88, S1 + "anketirovanie_itogi_2024.pdf"),
             lv("satisfaction_mentors", "Удовлетворённость наставников, %", 91, S1 + "anketirovanie_itogi_2024.pdf"),
             H("Педагоги"),
             n("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", 7),
             n("young_specialists_mentees", "Молодые специалисты — наставляемые", 7, S1 + "prikaz_pary_pedagogi.pdf"),
             sh("share_young_specialists_mentees", "Доля молодых специалистов — наставляемых, %", 7, 7),
             n("teachers_other", "Прочие педагоги (без молодых спец.), чел.", 54),
             n("teachers_other_mentees", "Прочие педагоги — наставляемые", 4, S1 + "prikaz_pary_pedagogi.pdf"),
             sh("share_teachers_mentees", "Доля педагогов — наставляемых, %", 11, 61),
             n("teachers_mentors", "Педагоги — наставники", 24, S1 + "prikaz_baza_nastavnikov.pdf"),
             n("young_specialists_mentors", "Молодые специалисты — наставники", 1),
             sh("share_teachers_mentors", "Доля педагогов — наставников, %", 24, 61),
             n("teachers_in_pp", "Педагоги в утверждённых ПП, чел.", 22, S1 + "prikaz_pp_2024.pdf"),
             n("kpk_trained", "Прошли КПК по наставничеству в 2024 г., чел.", 5, S1 + "udostovereniya_kpk_2024.pdf"),
             n("school_methodical_associations", "ШМО наставников", 1, S1 + "prikaz_shmo_nastavnikov.pdf"),
             H("Стимулирование наставников"),
             n("pay_acts", "Локальные акты об оплате работы наставника", 1, S1 + "polozhenie_ob_oplate.pdf"),
             n("nonmaterial_acts", "Локальные акты о нематериальном поощрении", 1, S1 + "polozhenie_nematerialnoe.pdf"),
         ]},
    ],
    "footer": ["Директор ____________ Л.А. Сунцова", "Куратор ЦМН: Вострокнутова Е.В., тел. 8 (34163) 4-12-57"],
}

# ---------------- F2: МБОУ «Ярушинская гимназия» — THREE blocks (A-D | E | F-I | J | K-N) -------------------------
G = "https://gimnaziya-yarushino.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
F2 = {
    "name": "02_gimnaziya_tri_bloka.xlsx", "sheet": "Лист1",
    "org": "МБОУ «Ярушинская гимназия»",
    "title": ["Мониторинг реализации целевой модели наставничества в МБОУ «Ярушинская гимназия» за 2024 год",
              "(форма для печати на одном листе А4, альбомная ориентация)"],
    "style": {"yn": "Да", "pct": "frac", "pctfmt": "0.00%"}, "hyperlinks": False,
    "layout": "side", "numbering": "dotted",
    "blocks": [
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("1. Нормативное обеспечение"),
             yn("orgs_regulation_teachers", "Положение о наставничестве педработников (приказ)", 1,
                G + "polozhenie_pedagogi_2024.pdf"),
             yn("orgs_regulation_students", "Положение о наставничестве обучающихся (приказ)", 1,
                G + "polozhenie_obuchayushchiesya_2024.pdf"),
             yn("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН", 1, G + "prikaz_214_monitoring.pdf"),
             yn("internal_monitoring_notes", "Информационная справка по внутреннему мониторингу", 1,
                "https://disk.yandex.ru/i/Gm7ySpr4kTq2Lw"),
             n("pay_acts", "Акты об оплате работы наставников, ед.", 1, G + "polozhenie_stimul.pdf"),
             n("nonmaterial_acts", "Акты о нематериальном поощрении наставников, ед.", 2,
                G + "polozhenie_nagrady_nastavnik.pdf"),
             H("2. Организация процесса"),
             n("curators_total", "Кураторы ЦМН, чел.", 2, G + "prikaz_kuratory.pdf"),
             n("agreements_edu_orgs", "Соглашения с образовательными организациями", 1,
                G + "soglashenie_tehnikum.pdf"),
             n("agreements_enterprises", "Соглашения с предприятиями", 2, G + "soglasheniya_predpriyatiya.pdf"),
             n("agreements_other_orgs", "Соглашения с иными организациями", 1, G + "soglashenie_vektor.pdf"),
             tx("partner_list", "Организации-партнёры",
                "БПОУ УР «Ярушинский аграрный техникум»; АО «Ярушинский леспромхоз»; "
                "ООО «Агрофирма «Рассвет»; АНО «Центр молодёжных инициатив «Вектор»"),
             tx("agreement_subjects", "Предмет соглашений",
                "Предоставление сотрудников для наставничества в формах «студент – ученик» и «работодатель – "
                "ученик», профориентационные пробы"),
             n("mentors_total", "Наставников по приказу, всего", 57, G + "prikaz_nastavniki_2024.pdf"),
             n("mentees_total", "Наставляемых по приказу, всего", 97, G + "prikaz_nastavlyaemye_2024.pdf"),
         ]},
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("3. Персонализированные программы"),
             n("pp_total", "ПП всего, ед.", 52, G + "reestr_pp_2024.pdf"),
             n("pp_pupil_pupil", "ученик – ученик", 30, G + "reestr_pp_2024.pdf"),
             n("pp_teacher_teacher", "педагог – педагог", 8, G + "reestr_pp_2024.pdf"),
             n("pp_head_teacher", "руководитель – педагог", 1, G + "reestr_pp_2024.pdf"),
             n("pp_student_pupil", "студент – ученик", 2, G + "reestr_pp_2024.pdf"),
             n("pp_teacher_pupil", "учитель – ученик", 11, G + "reestr_pp_2024.pdf"),
             H("4. Внешние наставники"),
             n("external_edu_mentors", "из внешних образовательных организаций", 2, G + "prikaz_nastavniki_2024.pdf"),
             n("enterprise_mentors", "из предприятий", 3, G + "prikaz_nastavniki_2024.pdf"),
             n("other_org_mentors", "из иных организаций", 1, G + "prikaz_nastavniki_2024.pdf"),
             X("Совместные проекты с предприятиями-партнёрами, ед.", 3),
         ]},
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("5. Обучающиеся"),
             n("students_10_19", "Контингент 10–19 лет", 512),
             n("mentees_10_19", "10–19 лет в роли наставляемых", 88, G + "prikaz_nastavlyaemye_2024.pdf"),
             X("Обучающиеся 10–18 лет в программах наставничества (наставляемые)", 85),
             n("mentees_risk", "в т.ч. группа риска", 7),
             n("mentees_gifted", "в т.ч. одарённые дети", 31),
             n("mentees_disabled", "в т.ч. ОВЗ / инвалиды", 4),
             sh("share_mentees_10_19", "Доля наставляемых 10–19 лет", 88, 512),
             n("students_15_19", "Контингент 15–19 лет", 141),
             n("mentors_15_19", "15–19 лет в роли наставников (приказ)", 30, G + "prikaz_nastavniki_2024.pdf"),
             sh("share_mentors_15_19", "Доля наставников 15–19 лет", 30, 141),
             H("6. Удовлетворённость"),
             lv("satisfaction_mentees", "наставляемые", 92, "https://disk.yandex.ru/i/Qx2aVv0Lm9RZtg"),
             lv("satisfaction_mentors", "наставники", 95, "https://disk.yandex.ru/i/Qx2aVv0Lm9RZtg"),
             H("7. Педагогические работники"),
             n("young_specialists", "Молодые специалисты, чел.", 5),
             n("young_specialists_mentees", "Молодые специалисты — наставляемые", 5, G + "prikaz_pary_2024.pdf"),
             n("teachers_other", "Педагоги без молодых специалистов", 41),
             n("teachers_other_mentees", "Педагоги (кроме молодых) — наставляемые", 4, G + "prikaz_pary_2024.pdf"),
             sh("share_young_specialists_mentees", "Доля МС — наставляемых", 5, 5),
             sh("share_teachers_mentees", "Доля педагогов — наставляемых", 9, 46),
             n("teachers_mentors", "Педагоги-наставники", 21, G + "prikaz_nastavniki_2024.pdf"),
             sh("share_teachers_mentors", "Доля педагогов-наставников", 21, 46),
             n("teachers_in_pp", "Педагоги, участвующие в ПП", 18, G + "reestr_pp_2024.pdf"),
             n("kpk_trained", "КПК по наставничеству (2024), чел.", 6, "https://disk.yandex.ru/d/kpk_gimn_2024_Yr"),
             tx("kpk_courses", "Курсы",
                "«Наставничество в образовательной организации» (ИРО УР, 36 ч); «Школа наставника» (ЦНППМ, 24 ч)"),
             n("school_methodical_associations", "МО наставников в ОО", 1, G + "prikaz_mo_nastavnikov.pdf"),
         ]},
    ],
    "footer": ["Директор гимназии ____________ Р.Н. Кутявина"],
}

# ---------------- F3: МБОУ «Кочуровская ООШ» — no header over block 2 ---------------------------------------------
K = "https://kochur-oosh.edu.ru/wp-content/uploads/2024/12/"
F3 = {
    "name": "03_kochurovskaya_oosh_bez_shapki.xlsx", "sheet": "наставничество",
    "org": "МБОУ «Кочуровская ООШ»",
    "title": ["ОО: МБОУ «Кочуровская ООШ»", "Мониторинг ЦМН, отчётный период — 2024 год"],
    "style": {"yn": "да", "pct": "text1"}, "hyperlinks": False,
    "layout": "side", "numbering": "seq", "no_header_block2": True,
    "blocks": [
        {"cols": ["no", "label", "val", "link"],
         "header": ["№ п/п", "Показатель", "Значение", "Подтверждение (ссылка)"],
         "rows": [
             H("Нормативная база"),
             yn("orgs_regulation_teachers", "Положение о наставничестве педагогов утв. приказом", 1,
                K + "polozhenie_nastavnichestvo_ped.pdf"),
             yn("orgs_regulation_students", "Положение о наставничестве обучающихся утв. приказом", 1,
                K + "polozhenie_nastavnichestvo_uch.pdf"),
             yn("orgs_monitoring_order", "Приказ о мониторинге", 0),
             yn("internal_monitoring_notes", "Справка по внутреннему мониторингу", 1, K + "spravka_monitoring.pdf"),
             n("curators_total", "Куратор", 1, K + "prikaz_kurator.pdf"),
             X("Наставники / наставляемые, чел.", "9 / 16", K + "prikaz_pary.pdf"),
             H("Программы"),
             n("pp_total", "Персонализированные программы, всего", 9, K + "pp_2024.pdf"),
             n("pp_pupil_pupil", "ученик – ученик", 3),
             n("pp_teacher_teacher", "учитель – учитель", 2),
             n("pp_teacher_pupil", "учитель – ученик", 4),
         ]},
        {"cols": ["no", "label", "val", "link"],
         "header": None,
         "rows": [
             H("Обучающиеся"),
             n("students_10_19", "Обучающиеся 10–19 лет", 58),
             n("mentees_10_19", "из них наставляемые", 14, K + "prikaz_pary.pdf"),
             n("mentees_risk", "группа риска", 3),
             n("mentees_disabled", "ОВЗ, инвалиды", 2),
             n("mentees_low_motivation", "низкая мотивация, неуспеваемость", 5),
             n("mentees_career", "выбор профессии", 4),
             sh("share_mentees_10_19", "% наставляемых 10–19 лет", 14, 58),
             n("students_15_19", "Обучающиеся 15–19 лет", 9),
             n("mentors_15_19", "из них наставники", 3, K + "prikaz_pary.pdf"),
             sh("share_mentors_15_19", "% наставников 15–19 лет", 3, 9),
             lv("satisfaction_mentees", "Удовлетворённость наставляемых", 85, K + "anketa_itogi.pdf"),
             lv("satisfaction_mentors", "Удовлетворённость наставников", 90, K + "anketa_itogi.pdf"),
             H("Педагоги"),
             n("young_specialists", "Молодые специалисты", 1),
             n("young_specialists_mentees", "МС — наставляемые", 1),
             n("teachers_other", "Остальные педагоги", 14),
             n("teachers_other_mentees", "Остальные педагоги — наставляемые", 1),
             n("teachers_mentors", "Педагоги — наставники", 6, K + "prikaz_pary.pdf"),
             sh("share_teachers_mentors", "% педагогов-наставников", 6, 15),
             n("kpk_trained", "КПК по наставничеству", 1, K + "udostoverenie_kpk.pdf"),
             n("pay_acts", "Акты об оплате наставникам", 0),
             n("nonmaterial_acts", "Акты о нематериальном поощрении", 1, K + "polozhenie_pooshrenie.pdf"),
         ]},
    ],
    "footer": ["Исп. Шкляева Т.М., зам. директора по УВР"],
}

# ---------------- F4: МБОУ «Ярушинская СОШ №2» — block 2 has no link column ---------------------------------------
S2 = "https://sosh2-yarushino.gosuslugi.ru/netcat_files/30/69/"
F4 = {
    "name": "04_sosh2_blok2_bez_ssylok.xlsx", "sheet": "Мониторинг",
    "org": "МБОУ «Ярушинская СОШ №2»",
    "title": ["Мониторинг реализации целевой модели наставничества в МБОУ «Ярушинская СОШ №2» за 2024 год"],
    "style": {"yn": "Да", "pct": "num1"}, "hyperlinks": True,
    "layout": "side", "numbering": "seq",
    "blocks": [
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("I. Нормативное обеспечение"),
             yn("orgs_regulation_teachers", "Приказ «Об утв. положения о системе наставничества пед. работников»", 1,
                S2 + "Prikaz_polozhenie_pedagogi.pdf"),
             yn("orgs_regulation_students", "Приказ «Об утв. положения о системе наставничества обучающихся»", 1,
                S2 + "Prikaz_polozhenie_obuchayushchiesya.pdf"),
             yn("orgs_monitoring_order", "Приказ о мониторинге ЦМН", 1, S2 + "Prikaz_monitoring_CMN_2024.pdf"),
             yn("internal_monitoring_notes", "Информ. справка по итогам внутр. мониторинга", 1,
                S2 + "Spravka_itogi_monitoringa_2024.pdf"),
             H("II. Организация"),
             n("curators_total", "Кураторы ЦМН", 1, S2 + "Prikaz_kurator.pdf"),
             n("agreements_edu_orgs", "Соглашения с ОО о предоставлении наставников", 0),
             n("agreements_enterprises", "Соглашения с предприятиями о предоставлении наставников", 1,
                S2 + "Soglashenie_DRSU.pdf"),
             n("agreements_other_orgs", "Соглашения с иными организациями", 0),
             tx("partner_list", "Предприятия-партнёры", "ООО «Ярушинское ДРСУ»", S2 + "Soglashenie_DRSU.pdf"),
             n("enterprise_mentors", "Наставники от предприятий", 1, S2 + "Prikaz_baza_nastavnikov.pdf"),
             n("mentors_total", "База наставников (приказ)", 38, S2 + "Prikaz_baza_nastavnikov.pdf"),
             n("mentees_total", "База наставляемых (приказ)", 64, S2 + "Prikaz_baza_nastavlyaemyh.pdf"),
             X("Педагоги в сетевых сообществах (в роли наставляемых)", 2),
             H("III. Персонализированные программы"),
             n("pp_total", "ПП всего", 30, S2 + "PP_2024.pdf"),
             n("pp_pupil_pupil", "ученик – ученик", 15, S2 + "PP_2024.pdf"),
             n("pp_teacher_teacher", "учитель – учитель", 6, S2 + "PP_2024.pdf"),
             n("pp_head_teacher", "руководитель – педагог", 1, S2 + "PP_2024.pdf"),
             n("pp_teacher_pupil", "учитель – ученик", 8, S2 + "PP_2024.pdf"),
         ]},
        {"cols": ["no", "label", "val"],
         "header": ["№", "Критерий", "Значение"],
         "rows": [
             H("IV. Обучающиеся — наставляемые (10–19 лет)"),
             n("students_10_19", "Всего обучающихся 10–19 лет", 433),
             n("mentees_10_19", "Наставляемые 10–19 лет", 57),
             n("mentees_gifted", "из них одарённые", 9),
             n("mentees_risk", "из них «группа риска»", 6),
             n("mentees_low_motivation", "из них с низкой мотивацией", 11),
             sh("share_mentees_10_19", "Доля наставляемых, %", 57, 433),
             H("V. Обучающиеся — наставники (15–19 лет)"),
             n("students_15_19", "Всего обучающихся 15–19 лет", 119),
             n("mentors_15_19", "Наставники 15–19 лет", 15),
             sh("share_mentors_15_19", "Доля наставников, %", 15, 119),
             H("VI. Удовлетворённость, %"),
             lv("satisfaction_mentees", "наставляемых", 84),
             lv("satisfaction_mentors", "наставников", 89),
             H("VII. Педагоги"),
             n("young_specialists", "Молодые специалисты", 4),
             n("young_specialists_mentees", "МС в роли наставляемых", 4),
             n("teachers_other", "Педагоги без МС", 37),
             n("teachers_other_mentees", "Педагоги без МС в роли наставляемых", 3),
             sh("share_teachers_mentees", "Доля педагогов-наставляемых, %", 7, 41),
             n("teachers_mentors", "Педагоги-наставники", 22),
             n("young_specialists_mentors", "МС-наставники", 0),
             n("kpk_trained", "КПК по наставничеству за год", 3),
             n("school_methodical_associations", "ШМО наставников", 1),
             n("pay_acts", "Положения об оплате наставникам", 1),
             n("nonmaterial_acts", "Положения о нематериальном поощрении", 1),
         ]},
    ],
    "footer": ["Документы размещены на официальном сайте ОО в разделе «Наставничество»."],
}

# ---------------- F5: МБОУ ДО «Ярушинский Дом детского творчества» — blocks STACKED with a page break ----------------
D = "https://ddt-yarushino.gosuslugi.ru/netcat_files/21/40/"
F5 = {
    "name": "05_ddt_stopkoy_razryv_stranicy.xlsx", "sheet": "Форма",
    "org": "МБОУ ДО «Ярушинский Дом детского творчества»",
    "title": ["Наименование ОО: МБОУ ДО «Ярушинский Дом детского творчества»",
              "Мониторинг реализации целевой модели наставничества за 2024 год"],
    "style": {"yn": "Да", "pct": "frac0"}, "hyperlinks": False,
    "layout": "stacked", "numbering": "seq",
    "blocks": [
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("Нормативное обеспечение"),
             yn("orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педагогов", 1,
                D + "polozhenie_nastavnichestvo_pedagogov.pdf"),
             yn("orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся", 1,
                D + "polozhenie_nastavnichestvo_obuch.pdf"),
             yn("orgs_monitoring_order", "Приказ о мониторинге ЦМН", 1, D + "prikaz_monitoring.pdf"),
             yn("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", 1,
                "https://cloud.mail.ru/public/7hQz/Ddt2024sp"),
             H("Организация процесса"),
             n("curators_total", "Кураторы", 1, D + "prikaz_kurator.pdf"),
             n("agreements_other_orgs", "Соглашения с иными организациями (наставники)", 1, D + "soglashenie_CBS.pdf"),
             tx("partner_list", "Организации-партнёры", "МБУК «Ярушинская централизованная библиотечная система»",
                D + "soglashenie_CBS.pdf"),
             n("other_org_mentors", "Наставники из иных организаций", 1, D + "prikaz_nastavniki.pdf"),
             n("mentors_total", "Наставники по приказу", 19, D + "prikaz_nastavniki.pdf"),
             n("mentees_total", "Наставляемые по приказу", 44, D + "prikaz_nastavlyaemye.pdf"),
             H("Персонализированные программы"),
             n("pp_total", "Всего ПП", 14, D + "pp_2024.pdf"),
             n("pp_pupil_pupil", "ученик – ученик", 6),
             n("pp_teacher_teacher", "педагог – педагог", 3),
             n("pp_teacher_pupil", "педагог – обучающийся", 5),
             X("Детские объединения, в которых реализуются ПП", 7),
         ]},
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("Обучающиеся"),
             n("students_10_19", "Обучающиеся 10–19 лет", 380),
             n("mentees_10_19", "из них наставляемые", 41, D + "prikaz_nastavlyaemye.pdf"),
             n("mentees_gifted", "одарённые дети (реестр)", 17),
             n("mentees_career", "профессиональное самоопределение", 6),
             n("mentees_other_params", "иные параметры", 18),
             sh("share_mentees_10_19", "доля наставляемых 10–19 лет", 41, 380),
             X("Охват детей 5–18 лет дополнительным образованием", 0.78, fmt="0%"),
             n("students_15_19", "Обучающиеся 15–19 лет", 62),
             n("mentors_15_19", "из них наставники", 8, D + "prikaz_nastavniki.pdf"),
             sh("share_mentors_15_19", "доля наставников 15–19 лет", 8, 62),
             H("Удовлетворённость"),
             lv("satisfaction_mentees", "наставляемых", 90, D + "anketirovanie.pdf"),
             lv("satisfaction_mentors", "наставников", 93, D + "anketirovanie.pdf"),
             H("Педагоги"),
             n("young_specialists", "Молодые специалисты", 2),
             n("young_specialists_mentees", "МС — наставляемые", 2, D + "prikaz_nastavlyaemye.pdf"),
             n("teachers_other", "Педагоги (без МС)", 16),
             n("teachers_other_mentees", "Педагоги (без МС) — наставляемые", 1, D + "prikaz_nastavlyaemye.pdf"),
             n("teachers_mentors", "Педагоги — наставники", 10, D + "prikaz_nastavniki.pdf"),
             sh("share_teachers_mentors", "доля педагогов-наставников", 10, 18),
             n("kpk_trained", "КПК по наставничеству", 2, D + "kpk_2024.pdf"),
             n("pay_acts", "Акты об оплате наставничества", 0),
             n("nonmaterial_acts", "Акты о нематериальном поощрении", 1, D + "polozhenie_pooshrenie.pdf"),
         ]},
    ],
    "footer": ["Директор МБОУ ДО «Ярушинский ДДТ» ____________ О.В. Бекмеметьева"],
}

# ---------------- F6: МБОУ «Старопольская СОШ» — «2023 | 2024» value columns in both blocks (2023 = decoy) ----------
SP = "https://staropol-sosh.gosuslugi.ru/netcat_files/18/33/"
F6 = {
    "name": "06_staropolskaya_2023_2024.xlsx", "sheet": "ЦМН",
    "org": "МБОУ «Старопольская СОШ»",
    "title": ["Мониторинг реализации целевой модели наставничества в МБОУ «Старопольская СОШ» за 2024 год",
              "(для сравнения приведены значения 2023 года)"],
    "style": {"yn": "01", "pct": "num2"}, "hyperlinks": False,
    "layout": "side", "numbering": "seq",
    "blocks": [
        {"cols": ["no", "label", "v23", "val", "link"],
         "header": ["№", "Показатель", "2023", "2024", "Ссылка"],
         "rows": [
             H("Нормативное обеспечение (1 – да, 0 – нет)"),
             yn("orgs_regulation_teachers", "Положение о наставничестве педагогов", 1,
                SP + "polozhenie_ped_2024.pdf", y23=True),
             yn("orgs_regulation_students", "Положение о наставничестве обучающихся", 1,
                SP + "polozhenie_obuch_2024.pdf", y23=False),
             yn("orgs_monitoring_order", "Приказ о мониторинге", 1, SP + "prikaz_monitoring_2024.pdf", y23=True),
             yn("internal_monitoring_notes", "Справка по внутреннему мониторингу", 1, SP + "spravka_2024.pdf",
                y23=True),
             X("Дорожная карта", 1, SP + "dorozhnaya_karta.pdf", y23=1),
             H("Организация"),
             n("curators_total", "Куратор", 1, SP + "prikaz_kurator.pdf", y23=1),
             n("agreements_enterprises", "Соглашения с предприятиями", 1, SP + "soglashenie_kolhoz.pdf", y23=0),
             tx("partner_list", "Предприятия-партнёры", "СПК «Колхоз им. Мичурина»", SP + "soglashenie_kolhoz.pdf",
                y23="—"),
             n("enterprise_mentors", "Наставники от предприятий", 1, SP + "prikaz_nastavniki.pdf", y23=0),
             n("mentors_total", "Наставники (приказ)", 21, SP + "prikaz_nastavniki.pdf", y23=15),
             n("mentees_total", "Наставляемые (приказ)", 39, SP + "prikaz_nastavlyaemye.pdf", y23=30),
             H("Персонализированные программы"),
             n("pp_total", "ПП — всего", 16, SP + "pp_2024.pdf", y23=12),
             n("pp_pupil_pupil", "ученик – ученик", 7, y23=5),
             n("pp_teacher_teacher", "учитель – учитель", 3, y23=3),
             n("pp_teacher_pupil", "учитель – ученик", 6, y23=4),
         ]},
        {"cols": ["no", "label", "v23", "val", "link"],
         "header": ["№", "Показатель", "2023", "2024", "Ссылка"],
         "rows": [
             H("Обучающиеся"),
             n("students_10_19", "Обучающихся 10–19 лет", 236, y23=241),
             n("mentees_10_19", "Наставляемые 10–19 лет", 33, SP + "prikaz_nastavlyaemye.pdf", y23=26),
             n("mentees_risk", "в т.ч. «группа риска»", 4, y23=3),
             n("mentees_low_motivation", "в т.ч. низкая мотивация", 9, y23=7),
             sh("share_mentees_10_19", "Доля наставляемых 10–19 лет, %", 33, 236, y23=(26, 241)),
             n("students_15_19", "Обучающихся 15–19 лет", 58, y23=61),
             n("mentors_15_19", "Наставники 15–19 лет", 9, SP + "prikaz_nastavniki.pdf", y23=6),
             sh("share_mentors_15_19", "Доля наставников 15–19 лет, %", 9, 58, y23=(6, 61)),
             H("Удовлетворённость, %"),
             lv("satisfaction_mentees", "наставляемые", 86, SP + "anketa_2024.pdf", y23=80),
             lv("satisfaction_mentors", "наставники", 90, SP + "anketa_2024.pdf", y23=88),
             H("Педагоги"),
             n("young_specialists", "Молодые специалисты", 3, y23=2),
             n("young_specialists_mentees", "МС — наставляемые", 3, SP + "prikaz_nastavlyaemye.pdf", y23=2),
             n("teachers_other", "Прочие педагоги", 25, y23=26),
             n("teachers_other_mentees", "Прочие педагоги — наставляемые", 3, SP + "prikaz_nastavlyaemye.pdf",
               y23=2),
             n("teachers_mentors", "Педагоги-наставники", 11, SP + "prikaz_nastavniki.pdf", y23=9),
             sh("share_teachers_mentors", "Доля педагогов-наставников, %", 11, 28, y23=(9, 28)),
             n("kpk_trained", "КПК по наставничеству", 2, SP + "kpk.pdf", y23=0),
             n("nonmaterial_acts", "Положение о нематериальном поощрении", 1, SP + "polozhenie_pooshrenie.pdf",
               y23=0),
         ]},
    ],
    "footer": ["Исполнитель: Тронина Н.П., зам. директора по ВР"],
}

# ---------------- F7: the municipality's own form — re-saved through LibreOffice ------------------------------------
# Municipal totals = the six organisations above + the other eight organisations of the district (not typed here).
U = "https://uo-yarushino.gosuslugi.ru/netcat_files/12/25/"
F7 = {
    "name": "07_uo_municipalnaya_forma_LO.xlsx", "sheet": "МО",
    "org": None,
    "title": ["Мониторинг реализации целевой модели наставничества в муниципальном округе Ярушинский район "
              "Удмуртской Республики за 2024 год",
              "Управление образования Администрации муниципального округа Ярушинский район"],
    "style": {"yn": "Да", "pct": "frac", "pctfmt": "0.0%"}, "hyperlinks": False,
    "layout": "side", "numbering": "seq", "resave": True,
    "blocks": [
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("1. Нормативное обеспечение"),
             yn("municipal_order", "Приказ УО о реализации ЦМН в районе", 1, U + "prikaz_UO_CMN.pdf"),
             n("orgs_regulation_teachers", "ОО с утв. Положением о наставничестве педагогов, ед.", 14),
             n("orgs_regulation_students", "ОО с утв. Положением о наставничестве обучающихся, ед.", 13),
             n("orgs_monitoring_order", "ОО, издавшие приказ о мониторинге ЦМН, ед.", 13),
             yn("municipal_analytic_note", "Аналитическая справка МО по итогам мониторинга", 1,
                U + "spravka_monitoring_CMN_2024.pdf"),
             H("2. Организация процесса"),
             n("orgs_total", "Всего ОО в районе", 14),
             sh("share_orgs_teachers_system", "Доля ОО с системой наставничества педагогов", 14, 14),
             sh("share_orgs_students_system", "Доля ОО с системой наставничества обучающихся", 13, 14),
             n("curators_total", "Кураторы ЦМН (все ОО)", 15),
             n("internal_monitoring_notes", "Справки ОО по внутреннему мониторингу, ед.", 14),
             n("agreements_edu_orgs", "Соглашения с образовательными организациями", 3),
             n("agreements_enterprises", "Соглашения с предприятиями", 7),
             n("agreements_other_orgs", "Соглашения с иными организациями", 3),
             tx("partner_list", "Перечень организаций-партнёров",
                "БПОУ УР «Ярушинский аграрный техникум»; АО «Ярушинский леспромхоз»; ООО «Агрофирма «Рассвет»; "
                "ООО «Ярушинский хлебозавод»; ООО «Ярушинское ДРСУ»; СПК «Колхоз им. Мичурина»; "
                "ООО «Ярушинские электросети»; АНО «Центр молодёжных инициатив «Вектор»; "
                "МБУК «Ярушинская централизованная библиотечная система»; МБУ «Молодёжный центр «Юность»"),
             n("mentors_total", "Наставники по приказам ОО, чел.", 305),
             n("mentees_total", "Наставляемые по приказам ОО, чел.", 610),
             X("ОО, имеющие раздел «Наставничество» на сайте", 12),
             H("3. Персонализированные программы"),
             n("pp_total", "ПП всего", 300),
             n("pp_pupil_pupil", "ученик – ученик", 150),
             n("pp_teacher_teacher", "учитель – учитель", 60),
             n("pp_head_teacher", "руководитель – педагог", 8),
             n("pp_student_pupil", "студент – ученик", 2),
             n("pp_teacher_pupil", "учитель – ученик", 77),
             n("pp_other", "иные формы", 3),
         ]},
        {"cols": ["no", "label", "val", "link"],
         "header": ["№", "Критерий", "Значение", "Ссылка"],
         "rows": [
             H("4. Внешние наставники"),
             n("external_edu_mentors", "из внешних образовательных организаций", 5),
             n("enterprise_mentors", "из предприятий", 8),
             n("other_org_mentors", "из иных организаций", 3),
             H("5. Обучающиеся"),
             n("students_10_19", "Обучающиеся 10–19 лет (все ОО)", 4073),
             n("mentees_10_19", "из них наставляемые", 560),
             sh("share_mentees_10_19", "Доля наставляемых 10–19 лет", 560, 4073),
             X("Доля наставляемых 10–18 лет (по данным ОО общего образования)", 0.1391, fmt="0.0%"),
             n("students_15_19", "Обучающиеся 15–19 лет (все ОО)", 977),
             n("mentors_15_19", "из них наставники", 148),
             sh("share_mentors_15_19", "Доля наставников 15–19 лет", 148, 977),
             H("6. Педагогические кадры"),
             n("teachers_municipal", "Педагоги района, чел.", 421),
             n("young_specialists_municipal", "Молодые специалисты района, чел.", 36),
             n("young_specialists_mentees", "МС — наставляемые", 35),
             sh("share_young_specialists_mentees", "Доля МС — наставляемых", 35, 36),
             n("teachers_mentors", "Педагоги-наставники", 182),
             sh("share_teachers_mentors", "Доля педагогов-наставников", 182, 421),
             n("kpk_trained", "КПК по наставничеству за 2024 г.", 28),
             n("municipal_methodical_associations", "Районные МО (сообщества) наставников", 2,
                U + "prikaz_RMO_nastavnikov.pdf"),
             n("school_methodical_associations", "ШМО наставников в ОО", 7),
             H("7. Поощрение, практики, сетевое наставничество"),
             n("pay_acts", "Акты ОО об оплате работы наставника", 8),
             n("nonmaterial_acts", "Акты ОО о нематериальном поощрении", 13),
             n("best_practices", "Лучшие практики на сайте УО / Сообщества педагогов УР (2024)", 6,
                U + "luchshie_praktiki_2024.pdf"),
             n("contests", "Конкурсы по наставничеству, проведённые в 2024 г.", 2, U + "prikaz_konkurs_nastavnik.pdf"),
             yn("network_community", "Сетевое сообщество педагогов-наставников", 1, U + "setevoe_soobshchestvo.pdf"),
             n("network_mentors", "Сетевые наставники, чел.", 4, U + "setevoe_soobshchestvo.pdf"),
         ]},
    ],
    "footer": ["Начальник Управления образования ____________ С.Г. Касимова",
               "Исп. Перевощикова А.И., методист ИМЦ"],
}

FILES = [F1, F2, F3, F4, F5, F6, F7]


# ----------------------------------------------------------------------------------------------------------------
# writer
# ----------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin")
MED = Side(style="medium")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WIDTH = {"no": 5, "label": 44, "val": 11, "v23": 9, "link": 30}


def write_block_rows(ws, fspec, block, col0, row0, counter, out):
    """Writes a block's rows starting at row0, columns from col0. Returns next free row and counter."""
    cols = block["cols"]
    ncol = len(cols)
    cidx = {name: col0 + i for i, name in enumerate(cols)}
    style = fspec["style"]
    r = row0
    sec = 0
    sub = 0
    for row in block["rows"]:
        if row["t"] == "H":
            ws.merge_cells(start_row=r, start_column=col0, end_row=r, end_column=col0 + ncol - 1)
            c = ws.cell(row=r, column=col0, value=row["text"])
            c.font = Font(bold=True, italic=True)
            c.fill = SEC_FILL
            c.alignment = Alignment(horizontal="left", vertical="center")
            for j in range(ncol):
                ws.cell(row=r, column=col0 + j).border = BORDER
            out["headings"].append(row["text"])
            sec += 1
            sub = 0
            r += 1
            continue
        counter += 1
        sub += 1
        if fspec["numbering"] == "dotted":
            numtxt = "%s.%d" % (row_section_no(block, row), sub)
        else:
            numtxt = counter
        ws.cell(row=r, column=cidx["no"], value=numtxt).alignment = Alignment(horizontal="center", vertical="top")
        lc = ws.cell(row=r, column=cidx["label"], value=row["label"])
        lc.alignment = Alignment(wrap_text=True, vertical="top")
        shown, fmt, exp = render(row, style)
        vc = ws.cell(row=r, column=cidx["val"], value=shown)
        if fmt:
            vc.number_format = fmt
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=isinstance(shown, str))
        if "v23" in cidx:
            s23, f23, _ = render(row, style, "y23")
            c23 = ws.cell(row=r, column=cidx["v23"], value=s23)
            if f23:
                c23.number_format = f23
            c23.alignment = Alignment(horizontal="center", vertical="top", wrap_text=isinstance(s23, str))
            c23.font = Font(color="808080")
        link = row.get("link")
        if link and "link" not in cidx:
            raise ValueError("link in a block without a link column: %s" % row["label"])
        if "link" in cidx and link:
            kc = ws.cell(row=r, column=cidx["link"], value=link)
            kc.alignment = Alignment(wrap_text=True, vertical="top")
            if fspec.get("hyperlinks"):
                kc.hyperlink = link
                kc.font = Font(color="0563C1", underline="single", size=9)
            else:
                kc.font = Font(size=9)
        for j in range(ncol):
            ws.cell(row=r, column=col0 + j).border = BORDER
        sheet = fspec["sheet"]
        vaddr = "%s%d" % (get_column_letter(cidx["val"]), r)
        if row["cid"] is None:
            out["not_criteria"].append(row["label"])
        else:
            if row["cid"] in out["values"]:
                raise ValueError("duplicate criterion %s in %s" % (row["cid"], fspec["name"]))
            out["values"][row["cid"]] = as_json_num(exp)
            out["cells"].append({"kind": "value", "sheet": sheet, "cell": vaddr, "criterion": row["cid"],
                                 "label": row["label"], "expected": as_json_num(exp)})
            if link:
                out["links"][row["cid"]] = link
                out["cells"].append({"kind": "link", "sheet": sheet,
                                     "cell": "%s%d" % (get_column_letter(cidx["link"]), r),
                                     "criterion": row["cid"], "expected": link})
        r += 1
    return r, counter


def row_section_no(block, row):
    """section number for dotted numbering: the leading digits of the last heading before the row"""
    last = None
    for x in block["rows"]:
        if x is row:
            break
        if x["t"] == "H":
            last = x["text"].split(".")[0]
    return last or "0"


def write_header(ws, block, col0, r):
    for j, (name, text) in enumerate(zip(block["cols"], block["header"])):
        c = ws.cell(row=r, column=col0 + j, value=text)
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build(fspec):
    wb = Workbook()
    ws = wb.active
    ws.title = fspec["sheet"]
    out = {"values": {}, "links": {}, "not_criteria": [], "headings": [], "cells": []}
    blocks = fspec["blocks"]
    if fspec["layout"] == "side":
        starts = []
        col = 1
        for i, b in enumerate(blocks):
            starts.append(col)
            col += len(b["cols"]) + 1  # +1 = the narrow gap column
        last_col = col - 2
    else:
        starts = [1] * len(blocks)
        last_col = len(blocks[0]["cols"])

    # title rows, merged across the whole printed width
    r = 1
    for i, t in enumerate(fspec["title"]):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last_col)
        c = ws.cell(row=r, column=1, value=t)
        c.font = Font(bold=(i == 0), size=12 if i == 0 else 10, italic=(i > 0))
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 30 if i == 0 else 16
        r += 1
    r += 1  # one empty row before the table
    header_row = r

    counter = 0
    if fspec["layout"] == "side":
        ends = []
        for i, b in enumerate(blocks):
            if b["header"] is not None:
                write_header(ws, b, starts[i], header_row)
                first = header_row + 1
            else:
                first = header_row + 1  # continuation without its own header: starts on the first data row
            end, counter = write_block_rows(ws, fspec, b, starts[i], first, counter, out)
            ends.append(end)
        r = max(ends)
        # column widths: blocks and narrow gaps
        for i, b in enumerate(blocks):
            for j, name in enumerate(b["cols"]):
                ws.column_dimensions[get_column_letter(starts[i] + j)].width = WIDTH[name]
            if i + 1 < len(blocks):
                ws.column_dimensions[get_column_letter(starts[i] + len(b["cols"]))].width = 2
    else:
        for i, b in enumerate(blocks):
            if i > 0:
                r += 1  # an empty row
                ws.row_breaks.append(Break(id=r - 1))  # page break after the empty row
            write_header(ws, b, 1, r)
            r, counter = write_block_rows(ws, fspec, b, 1, r + 1, counter, out)
        for j, name in enumerate(blocks[0]["cols"]):
            ws.column_dimensions[get_column_letter(1 + j)].width = WIDTH[name] + (20 if name == "label" else 0)
    ws.row_dimensions[header_row].height = 30

    r += 1
    for t in fspec.get("footer", []):
        ws.cell(row=r, column=2, value=t).font = Font(size=9)
        r += 1

    # print setup: one landscape page (stacked file: one page wide, two pages tall)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0 if fspec["layout"] == "stacked" else 1
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.page_margins.top = ws.page_margins.bottom = 0.4
    ws.print_area = "A1:%s%d" % (get_column_letter(last_col), r - 1)
    ws.sheet_view.zoom = 80

    path = os.path.join(TYPED, fspec["name"])
    wb.save(path)
    return path, out


def libreoffice_resave(path):
    """re-save an xlsx through LibreOffice (xlsx -> xlsx), replacing the file"""
    tmp = tempfile.mkdtemp(prefix="lo38_")
    prof = tempfile.mkdtemp(prefix="lo38prof_")
    try:
        src = os.path.join(tmp, "src")
        dst = os.path.join(tmp, "dst")
        os.makedirs(src)
        os.makedirs(dst)
        shutil.copy(path, os.path.join(src, os.path.basename(path)))
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", dst,
                        os.path.join(src, os.path.basename(path))],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(dst, os.path.basename(path)), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(prof, ignore_errors=True)


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, f))
    expected = []
    cells = []
    for fspec in FILES:
        path, out = build(fspec)
        rel = "typed/" + fspec["name"]
        note = None
        if fspec.get("resave"):
            libreoffice_resave(path)
            note = "re-saved through LibreOffice (soffice --headless --convert-to xlsx)"
        expected.append({"file": rel, "year": YEAR, "organisation": fspec["org"],
                         "values": out["values"], "links": out["links"],
                         "not_criteria": out["not_criteria"], "headings": out["headings"]})
        for c in out["cells"]:
            e = {"file": rel}
            e.update(c)
            if note:
                e["resaved"] = note
            cells.append(e)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cells, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print("%-45s %-48s values=%3d links=%3d" % (e["file"], e["organisation"], len(e["values"]), len(e["links"])))
    print("files=%d values=%d links=%d" % (len(expected), nv, nl))


if __name__ == "__main__":
    main()
