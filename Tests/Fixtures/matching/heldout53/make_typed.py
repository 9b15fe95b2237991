#!/usr/bin/env python3
"""Held-out set 53: the mentoring criteria inside one combined school monitoring form
«Мониторинг деятельности ОО за 2024 год» of the (invented) Тыловайский муниципальный округ.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: all data are fixed below.
File 07 is written with formulas into build/ and re-saved through LibreOffice into typed/
(so that the formulas carry cached values, as a file saved by a real office suite does).
"""
import json
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
BUILD = os.path.join(HERE, "build")

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")

YES = {"да", "Да", "ДА", "имеется", "есть", "+"}
NO = {"нет", "Нет", "НЕТ", "отсутствует", "-"}


def default_expected(value, fmt):
    """What a methodologist takes from a cell (used when no explicit expected value is given)."""
    if isinstance(value, str):
        s = value.strip()
        if s in YES:
            return 1
        if s in NO:
            return 0
        t = s.replace("%", "").replace(",", ".").strip()
        try:
            f = float(t)
            return int(f) if f.is_integer() and "." not in t else f
        except ValueError:
            return s
    if fmt and "%" in fmt.replace('"%"', ""):
        return round(value * 100, 6)
    return value


class Form:
    """One organisation's form inside a file; collects expected values and cell positions."""

    def __init__(self, file, organisation, year=2024):
        self.file = file
        self.entry = {"file": file, "year": year, "organisation": organisation,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        self.cells = []

    def value(self, crit, sheet, cell, expected, title):
        assert crit not in self.entry["values"], (self.file, crit)
        self.entry["values"][crit] = expected
        self.cells.append({"file": self.file, "sheet": sheet, "cell": cell, "kind": "value",
                           "criterion": crit, "expected": expected, "title": title})

    def link(self, crit, sheet, cell, url, how):
        assert crit not in self.entry["links"], (self.file, crit)
        self.entry["links"][crit] = url
        self.cells.append({"file": self.file, "sheet": sheet, "cell": cell, "kind": "link",
                           "criterion": crit, "expected": url, "how": how})

    def meta(self, kind, sheet, cell, expected):
        self.cells.append({"file": self.file, "sheet": sheet, "cell": cell, "kind": kind,
                           "expected": expected})

    def decoy(self, title):
        if title not in self.entry["not_criteria"]:
            self.entry["not_criteria"].append(title)

    def heading(self, title):
        if title not in self.entry["headings"]:
            self.entry["headings"].append(title)


# ----------------------------------------------------------------------------------------------
# row specifications
# ----------------------------------------------------------------------------------------------
class H:  # a section heading (no value)
    def __init__(self, title, num=None):
        self.title, self.num = title, num


class V:  # a row with a value
    def __init__(self, num, title, value, crit=None, link=None, unit=None, note=None, fmt=None,
                 exp="__auto__", extra=None):
        self.num, self.title, self.value, self.crit = num, title, value, crit
        self.link, self.unit, self.note, self.fmt, self.extra = link, unit, note, fmt, extra or {}
        self.exp = default_expected(value, fmt) if exp == "__auto__" else exp


def write_table(ws, form, row, rows, cols, link_mode="text", width_cols=None, merge_heading_to=None):
    """cols: keys num/title/unit/value/link/note -> column letters (absent keys are not written).
    link_mode: 'text' plain URL; 'url_hl' URL text + hyperlink; 'named_hl' (display, url) + hyperlink."""
    sheet = ws.title
    last_col = merge_heading_to or max(cols.values())
    counters = {}
    for r in rows:  # auto numbering: "#" -> 1, 2, …; "6.#" -> 6.1, 6.2, …; "ЦМН-#" -> ЦМН-01, …
        if isinstance(r, V) and isinstance(r.num, str) and "#" in r.num:
            prefix = r.num.replace("#", "")
            counters[prefix] = counters.get(prefix, 0) + 1
            n = counters[prefix]
            r.num = n if prefix == "" else (f"{prefix}{n:02d}" if prefix.endswith("-") else f"{prefix}{n}")
    for r in rows:
        if isinstance(r, H):
            if "num" in cols and r.num is not None:
                ws[f"{cols['num']}{row}"] = r.num
                first = cols["title"]
            else:
                first = cols.get("num", cols["title"])
            ws[f"{first}{row}"] = r.title
            if first != last_col:
                ws.merge_cells(f"{first}{row}:{last_col}{row}")
            ws[f"{first}{row}"].font = BOLD
            ws[f"{first}{row}"].fill = SEC_FILL
            ws[f"{first}{row}"].alignment = Alignment(wrap_text=True)
            form.heading(r.title)
            row += 1
            continue
        if "num" in cols and r.num is not None:
            ws[f"{cols['num']}{row}"] = r.num
        c_title = ws[f"{cols['title']}{row}"]
        c_title.value = r.title
        c_title.alignment = WRAP
        if r.title.startswith(("в т.ч.", "из них", "в том числе", "  ")):
            c_title.alignment = Alignment(wrap_text=True, vertical="top", indent=2)
        if "unit" in cols and r.unit is not None:
            ws[f"{cols['unit']}{row}"] = r.unit
        vcell = f"{cols['value']}{row}"
        ws[vcell] = r.value
        if r.fmt:
            ws[vcell].number_format = r.fmt
        ws[vcell].alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        for col, v in r.extra.items():
            ws[f"{col}{row}"] = v
            if r.fmt and not isinstance(v, str):
                ws[f"{col}{row}"].number_format = r.fmt
            ws[f"{col}{row}"].alignment = Alignment(horizontal="center", vertical="top")
        if "note" in cols and r.note:
            ws[f"{cols['note']}{row}"] = r.note
            ws[f"{cols['note']}{row}"].alignment = WRAP
        if r.crit:
            form.value(r.crit, sheet, vcell, r.exp, r.title)
        elif r.value is not None:
            form.decoy(r.title)
        if r.link is not None and "link" in cols:
            lcell = f"{cols['link']}{row}"
            c = ws[lcell]
            if link_mode == "named_hl" and isinstance(r.link, tuple):
                display, url = r.link
                c.value = display
                c.hyperlink = url
                c.font = Font(color="0563C1", underline="single")
                how = "hyperlink"
            elif link_mode in ("url_hl", "named_hl"):
                url = r.link
                c.value = url
                c.hyperlink = url
                c.font = Font(color="0563C1", underline="single")
                how = "hyperlink"
            else:
                url = r.link
                c.value = url
                how = "text"
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if r.crit:
                form.link(r.crit, sheet, lcell, url, how)
        row += 1
    return row


def box(ws, top, bottom, left, right):
    for r in range(top, bottom + 1):
        for c in range(left, right + 1):
            ws.cell(row=r, column=c).border = BOX


def header(ws, row, titles, start_col=1):
    for i, t in enumerate(titles):
        c = ws.cell(row=row, column=start_col + i, value=t)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


# ----------------------------------------------------------------------------------------------
# 01  МБОУ «Тыловайская СОШ №1»: mentoring section kept together (section 6 of 8), numbering 6.1 …
# ----------------------------------------------------------------------------------------------
def file01():
    fn = "typed/01_tylovay_sosh1_monitoring_2024.xlsx"
    org = "МБОУ «Тыловайская СОШ №1»"
    f = Form(fn, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг_2024"
    ws["A1"] = "Мониторинг деятельности ОО за 2024 год"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:E1")
    ws["A2"] = f"Образовательная организация: {org}"
    ws.merge_cells("A2:E2")
    ws["A3"] = "Муниципальное образование: Тыловайский муниципальный округ Удмуртской Республики"
    ws.merge_cells("A3:E3")
    ws["A4"] = "Отчётный период: 01.01.2024 – 31.12.2024"
    ws.merge_cells("A4:E4")
    f.meta("organisation", ws.title, "A2", org)
    f.meta("year", ws.title, "A1", 2024)
    header(ws, 6, ["№ п/п", "Наименование показателя", "Значение", "Ссылка на подтверждающий документ",
                   "Примечание"])
    S = "https://tylovay-sh1.gosuslugi.ru/netcat_files/userfiles/"
    N = S + "Nastavnichestvo/"
    rows = [
        H("1. Проект «Школа Минпросвещения России»"),
        V("1.1", "Уровень соответствия модели «Школа Минпросвещения России» (базовый / средний / высокий)", "средний",
          link=S + "shmp/samodiagnostika_2024.pdf"),
        V("1.2", "Количество баллов по итогам самодиагностики", 162),
        V("1.3", "Количество педагогов, прошедших КПК по программам ФГБОУ ДПО «Академия Минпросвещения России», чел.", 14),
        V("1.4", "Наличие школьного театра (да/нет)", "да"),
        V("1.5", "Наличие школьного спортивного клуба (Положение о ШСК утверждено)", "да",
          link=S + "shmp/polozhenie_shsk.pdf"),
        H("2. Центр образования естественно-научной и технологической направленностей «Точка роста»"),
        V("2.1", "Количество обучающихся, осваивающих программы дополнительного образования на базе центра «Точка роста», чел.", 186),
        V("2.2", "Доля обучающихся 5–11 классов, охваченных программами центра «Точка роста», %", 38.5),
        V("2.3", "Количество педагогов центра «Точка роста», прошедших повышение квалификации, чел.", 4),
        V("2.4", "Количество договоров о сетевой форме реализации образовательных программ с использованием оборудования центра", 2),
        H("3. Воспитательная работа"),
        V("3.1", "Наличие рабочей программы воспитания и календарного плана воспитательной работы", "да",
          link=S + "vospitanie/programma_vospitaniya.pdf"),
        V("3.2", "Количество классных руководителей, чел.", 31),
        V("3.3", "Количество методических объединений классных руководителей", 2),
        V("3.4", "Количество обучающихся, состоящих на профилактическом учёте (ПДН, КДН и ЗП, внутришкольный учёт), чел.", 9),
        V("3.5", "Наличие Положения о Совете профилактики", "да"),
        V("3.6", "Наличие советника директора по воспитанию и взаимодействию с детскими общественными объединениями", "да"),
        H("4. Российское движение детей и молодёжи «Движение Первых»"),
        V("4.1", "Наличие первичного отделения «Движения Первых»", "да"),
        V("4.2", "Количество обучающихся 10–19 лет — участников первичного отделения «Движения Первых», чел.", 212),
        V("4.3", "Доля обучающихся, вовлечённых в деятельность «Движения Первых», от общего числа обучающихся, %", 26.11),
        H("5. Профориентационная работа"),
        V("5.1", "Количество обучающихся 6–11 классов — участников проекта «Билет в будущее», чел.", 142),
        V("5.2", "Количество педагогов-навигаторов проекта «Билет в будущее», чел.", 3),
        V("5.3", "Количество соглашений с предприятиями и организациями о проведении профориентационных мероприятий (экскурсии, профпробы)", 4),
        V("5.4", "Количество профессиональных проб, пройденных обучающимися", 97),
        H("6. Реализация целевой модели наставничества (ЦМН)"),
        V("6.#", "Положение о системе наставничества педагогических работников утверждено приказом (да/нет)", "да",
          "orgs_regulation_teachers", link=N + "prikaz_polozhenie_nastavnichestvo_ped.pdf"),
        V("6.#", "Положение о наставничестве обучающихся утверждено приказом (да/нет)", "да",
          "orgs_regulation_students", link=N + "prikaz_polozhenie_nastavnichestvo_obuch.pdf"),
        V("6.#", "Издан приказ о проведении мониторинга реализации ЦМН в ОО (да/нет)", "да",
          "orgs_monitoring_order", link=N + "prikaz_monitoring_CMN_2024.pdf"),
        V("6.#", "Информационная справка по итогам внутреннего мониторинга наставничества (да/нет)", "да",
          "internal_monitoring_notes", link=N + "spravka_vnutr_monitoring_2024.pdf"),
        V("6.#", "Куратор внедрения целевой модели наставничества, чел.", 1, "curators_total",
          link=N + "prikaz_kurator.pdf"),
        V("6.#", "Соглашения о сотрудничестве с образовательными организациями, предоставившими наставников, шт.", 1,
          "agreements_edu_orgs", link=N + "soglashenie_gimnaziya.pdf"),
        V("6.#", "Соглашения с предприятиями, направившими своих сотрудников в качестве наставников, шт.", 1,
          "agreements_enterprises", link=N + "soglashenie_tylovay_moloko.pdf"),
        V("6.#", "Организации и предприятия — партнёры ОО по наставничеству",
          "МБОУ «Тыловайская гимназия»; ООО «Тыловайское молоко»", "partner_list"),
        V("6.#", "Наставников по приказу, всего, чел.", 58, "mentors_total",
          link=N + "prikaz_nastavnicheskie_pary_2024.pdf"),
        V("6.#", "Наставляемых по приказу, всего, чел.", 96, "mentees_total",
          link=N + "prikaz_nastavnicheskie_pary_2024.pdf"),
        V("6.#", "из них наставники — педагоги других образовательных организаций", 1, "external_edu_mentors",
          link=N + "prikaz_nastavnicheskie_pary_2024.pdf"),
        V("6.#", "из них наставники — сотрудники предприятий", 1, "enterprise_mentors",
          link=N + "prikaz_nastavnicheskie_pary_2024.pdf"),
        V("6.#", "Персонализированных программ наставничества, всего", 38, "pp_total",
          link=N + "personalizirovannye_programmy_2024.pdf"),
        V("6.#", "в т.ч. по форме «ученик – ученик»", 16, "pp_pupil_pupil",
          link=N + "pp_uchenik_uchenik.pdf"),
        V("6.#", "в т.ч. по форме «учитель – учитель»", 12, "pp_teacher_teacher",
          link=N + "pp_uchitel_uchitel.pdf"),
        V("6.#", "в т.ч. по форме «руководитель – педагог»", 3, "pp_head_teacher",
          link=N + "pp_rukovoditel_pedagog.pdf"),
        V("6.#", "в т.ч. по форме «учитель – ученик»", 6, "pp_teacher_pupil",
          link=N + "pp_uchitel_uchenik.pdf"),
        V("6.#", "в т.ч. по иным формам (указать в примечании)", 1, "pp_other",
          link=N + "pp_roditel_uchenik.pdf", note="«родитель – ученик»"),
        V("6.#", "Обучающихся в возрасте 10–19 лет, всего, чел.", 468, "students_10_19"),
        V("6.#", "Обучающиеся 10–19 лет, включённые в программы наставничества как наставляемые, чел.", 74,
          "mentees_10_19", link=N + "baza_nastavlyaemyh_2024.pdf"),
        V("6.#", "из них «группа риска»", 11, "mentees_risk", link=N + "baza_nastavlyaemyh_2024.pdf"),
        V("6.#", "из них одарённые дети (внесены в реестр)", 9, "mentees_gifted",
          link=N + "baza_nastavlyaemyh_2024.pdf"),
        V("6.#", "из них дети с ОВЗ и дети-инвалиды", 6, "mentees_disabled", link=N + "baza_nastavlyaemyh_2024.pdf"),
        V("6.#", "из них с низкой учебной мотивацией и неуспевающие", 14, "mentees_low_motivation",
          link=N + "baza_nastavlyaemyh_2024.pdf"),
        V("6.#", "из них испытывающие затруднения в выборе образовательной траектории и профессии", 18,
          "mentees_career", link=N + "baza_nastavlyaemyh_2024.pdf"),
        V("6.#", "Доля наставляемых среди обучающихся 10–19 лет, %", 15.81, "share_mentees_10_19"),
        V("6.#", "Обучающихся в возрасте 15–19 лет, всего, чел.", 154, "students_15_19"),
        V("6.#", "Наставники из числа обучающихся 15–19 лет (по приказу), чел.", 27, "mentors_15_19",
          link=N + "baza_nastavnikov_2024.pdf"),
        V("6.#", "Доля обучающихся 15–19 лет, выступающих наставниками, %", 17.53, "share_mentors_15_19"),
        V("6.#", "Удовлетворённость наставляемых участием в завершённых программах (анкетирование), %", 91.4,
          "satisfaction_mentees", link=N + "anketirovanie_itogi_2024.pdf"),
        V("6.#", "Удовлетворённость наставников участием в завершённых программах (анкетирование), %", 93.2,
          "satisfaction_mentors", link=N + "anketirovanie_itogi_2024.pdf"),
        V("6.#", "Молодые специалисты (до 35 лет, первые 3 года работы), чел.", 7, "young_specialists"),
        V("6.#", "из них наставляемые", 7, "young_specialists_mentees", link=N + "prikaz_nastavnicheskie_pary_2024.pdf"),
        V("6.#", "Педагоги, не относящиеся к молодым специалистам, чел.", 52, "teachers_other"),
        V("6.#", "из них наставляемые", 15, "teachers_other_mentees", link=N + "prikaz_nastavnicheskie_pary_2024.pdf"),
        V("6.#", "Педагоги — наставники (по приказу), чел.", 29, "teachers_mentors",
          link=N + "prikaz_nastavnicheskie_pary_2024.pdf"),
        V("6.#", "Педагоги, обучившиеся на КПК по вопросам наставничества в 2024 году, чел.", 2, "kpk_trained",
          link=N + "udostovereniya_kpk_2024.pdf"),
        V("6.#", "Школьное методическое объединение наставников, кол-во", 1, "school_methodical_associations",
          link=N + "prikaz_shmo_nastavnikov.pdf"),
        V("6.#", "Локальный акт об оплате (материальном стимулировании) работы наставников, шт.", 1, "pay_acts",
          link=N + "polozhenie_oplata_nastavnikov.pdf"),
        V("6.#", "Локальный акт о нематериальном поощрении наставников, шт.", 1, "nonmaterial_acts",
          link=N + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        H("7. Кадровое обеспечение"),
        V("7.1", "Укомплектованность педагогическими кадрами, %", 96.7),
        V("7.2", "Педагоги в возрасте до 35 лет, чел.", 13),
        V("7.3", "Педагоги, прошедшие курсы повышения квалификации в 2024 году (все программы), чел.", 21),
        V("7.4", "Педагоги с высшей и первой квалификационной категорией, чел.", 34),
        V("7.5", "Молодые специалисты, принятые на работу в 2024 году, чел.", 2),
        V("7.6", "Количество вакансий на 31.12.2024", 2),
        H("8. Организация питания"),
        V("8.1", "Охват горячим питанием обучающихся 1–4 классов, %", 100),
        V("8.2", "Охват горячим питанием обучающихся 5–11 классов, %", 87.4),
        V("8.3", "Удовлетворённость родителей организацией питания (анкетирование), %", 82),
        V("8.4", "Наличие Положения о родительском контроле за организацией горячего питания", "да",
          link=S + "food/polozhenie_roditelskiy_kontrol.pdf"),
    ]
    end = write_table(ws, f, 7, rows, {"num": "A", "title": "B", "value": "C", "link": "D", "note": "E"})
    box(ws, 6, end - 1, 1, 5)
    ws[f"A{end + 1}"] = "Директор ____________ Л.В. Ворончихина"
    ws[f"A{end + 2}"] = "Исполнитель: заместитель директора по УВР Н.А. Поздеева, тел. 8 (34151) 4-12-37"
    widths(ws, [7, 70, 22, 60, 24])
    wb.save(os.path.join(HERE, fn))
    return f


# ----------------------------------------------------------------------------------------------
# 02  МБОУ «Тыловайская СОШ №2 им. П.А. Корепанова»: mentoring rows scattered over the sections,
#     continuous numbering 1…65, unit column, a row joining mentors and mentees
# ----------------------------------------------------------------------------------------------
def file02():
    fn = "typed/02_tylovay_sosh2_monitoring_OO_2024.xlsx"
    org = "МБОУ «Тыловайская СОШ №2 им. П.А. Корепанова»"
    f = Form(fn, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "Управление образования Администрации Тыловайского муниципального округа"
    ws["A2"] = "МОНИТОРИНГ ДЕЯТЕЛЬНОСТИ ОО ЗА 2024 ГОД"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = org
    ws["A3"].font = BOLD
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:E{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="center")
    f.meta("organisation", ws.title, "A3", org)
    f.meta("year", ws.title, "A2", 2024)
    header(ws, 5, ["№", "Показатель", "Ед. изм.", "2024 год", "Подтверждение (ссылка)"])
    S = "https://sh2-tylovaj-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
    rows = [
        H("Общие сведения об ОО"),
        V("#", "Численность обучающихся на 31.12.2024 (всего)", 640, unit="чел."),
        V("#", "в том числе в возрасте 10–19 лет", 371, "students_10_19", unit="чел."),
        V("#", "в том числе в возрасте 15–19 лет", 118, "students_15_19", unit="чел."),
        V("#", "Количество классов-комплектов", 29, unit="ед."),
        V("#", "Количество обучающихся с ОВЗ (всего по ОО)", 17, unit="чел."),
        H("Нормативное обеспечение (локальные акты ОО)"),
        V("#", "Положение о наставничестве педагогических работников (приказ об утверждении)", "да",
          "orgs_regulation_teachers", unit="да/нет", link=S + "Prikaz_141_polozhenie_nastavnichestvo_PR.pdf"),
        V("#", "Положение о наставничестве обучающихся (приказ об утверждении)", "да",
          "orgs_regulation_students", unit="да/нет", link=S + "Prikaz_142_polozhenie_nastavnichestvo_obuch.pdf"),
        V("#", "Положение о школьной службе примирения", "да", unit="да/нет", link=S + "polozhenie_SSHP.pdf"),
        V("#", "Положение о школьном спортивном клубе «Олимп»", "да", unit="да/нет", link=S + "polozhenie_SHSK.pdf"),
        V("#", "Положение об оплате труда работников (в т.ч. о стимулирующих выплатах)", "да", unit="да/нет",
          link=S + "polozhenie_ob_oplate_truda.pdf"),
        V("#", "Локальные акты о материальном поощрении наставников", 1, "pay_acts", unit="ед.",
          link=S + "polozhenie_materialnoe_stimulirovanie_nastavnikov.pdf"),
        H("Проект «Школа Минпросвещения России»"),
        V("#", "Уровень соответствия проекту «Школа Минпросвещения России»", "базовый", unit="уровень"),
        V("#", "Количество магистральных направлений с высоким уровнем", 4, unit="ед."),
        V("#", "Педагоги, прошедшие обучение по программам Академии Минпросвещения России в 2024 году", 9, unit="чел."),
        H("Кадры"),
        V("#", "Молодые специалисты (до 35 лет, стаж работы не более 3 лет)", 5, "young_specialists", unit="чел."),
        V("#", "Молодые специалисты, закреплённые за наставниками (наставляемые)", 5, "young_specialists_mentees",
          unit="чел.", link=S + "Prikaz_165_nastavnicheskie_pary.pdf"),
        V("#", "Прочие педагоги (без учёта молодых специалистов)", 41, "teachers_other", unit="чел."),
        V("#", "Прочие педагоги в роли наставляемых", 9, "teachers_other_mentees", unit="чел.",
          link=S + "Prikaz_165_nastavnicheskie_pary.pdf"),
        V("#", "Педагоги-наставники (по приказу)", 18, "teachers_mentors", unit="чел.",
          link=S + "Prikaz_165_nastavnicheskie_pary.pdf"),
        V("#", "Педагоги, прошедшие курсовую подготовку в 2024 году, всего", 24, unit="чел."),
        V("#", "из них по вопросам наставничества", 3, "kpk_trained", unit="чел.",
          link=S + "svedeniya_KPK_nastavnichestvo_2024.pdf"),
        V("#", "Педагоги-психологи и социальные педагоги", 2, unit="шт. ед."),
        H("Воспитательная работа"),
        V("#", "Обучающиеся, состоящие на учёте в ПДН / КДН и ЗП", 6, unit="чел."),
        V("#", "Обучающиеся «группы риска», включённые в наставничество в качестве наставляемых", 8,
          "mentees_risk", unit="чел.", link=S + "baza_nastavlyaemyh.pdf"),
        V("#", "Количество методических объединений классных руководителей", 1, unit="ед."),
        V("#", "Доля обучающихся, занятых во внеурочной деятельности", 92, unit="%"),
        H("«Движение Первых», ученическое самоуправление"),
        V("#", "Участники первичного отделения «Движения Первых» в возрасте 10–19 лет", 145, unit="чел."),
        V("#", "Обучающиеся 15–19 лет — наставники (по приказу)", 19, "mentors_15_19", unit="чел.",
          link=S + "baza_nastavnikov_obuch.pdf"),
        V("#", "Доля обучающихся 15–19 лет, выступающих наставниками", 16.1, "share_mentors_15_19", unit="%"),
        V("#", "Члены Совета обучающихся", 15, unit="чел."),
        H("Профориентация («Билет в будущее»)"),
        V("#", "Участники проекта «Билет в будущее»", 96, unit="чел."),
        V("#", "Соглашения с предприятиями о профориентационной работе (экскурсии, профпробы)", 3, unit="ед."),
        V("#", "Соглашения с предприятиями, сотрудники которых — наставники обучающихся", 2,
          "agreements_enterprises", unit="ед.", link=S + "soglasheniya_predpriyatiya_nastavnichestvo.pdf"),
        V("#", "Наставники из числа сотрудников предприятий (по приказу)", 2, "enterprise_mentors", unit="чел.",
          link=S + "Prikaz_165_nastavnicheskie_pary.pdf"),
        V("#", "Обучающиеся с трудностями в выборе профессии — наставляемые", 15, "mentees_career", unit="чел.",
          link=S + "baza_nastavlyaemyh.pdf"),
        H("Наставничество"),
        V("#", "Кураторы внедрения ЦМН", 2, "curators_total", unit="чел.", link=S + "Prikaz_140_kuratory.pdf"),
        V("#", "Приказ о мониторинге реализации ЦМН", "да", "orgs_monitoring_order", unit="да/нет",
          link=S + "Prikaz_203_monitoring_CMN.pdf"),
        V("#", "Справка по итогам внутреннего мониторинга", "да", "internal_monitoring_notes", unit="да/нет",
          link=S + "spravka_monitoring_nastavnichestvo_2024.pdf"),
        V("#", "Соглашения с образовательными организациями (привлечение наставников)", 0, "agreements_edu_orgs",
          unit="ед."),
        V("#", "Соглашения с иными организациями (привлечение наставников)", 1, "agreements_other_orgs", unit="ед.",
          link=S + "soglashenie_RDK.pdf"),
        V("#", "Партнёры по наставничеству (перечислить)",
          "СПК «Колхоз имени Мичурина», ООО «Тыловайское ДРСУ», МБУК «Тыловайский районный Дом культуры»",
          "partner_list", unit="список"),
        V("#", "Наставники из иных организаций", 1, "other_org_mentors", unit="чел.",
          link=S + "Prikaz_165_nastavnicheskie_pary.pdf"),
        V("#", "Количество наставников и наставляемых (по приказу)", 106, unit="чел.",
          link=S + "Prikaz_165_nastavnicheskie_pary.pdf"),
        V("#", "Персонализированные программы наставничества — всего", 27, "pp_total", unit="ед.",
          link=S + "personalizirovannye_programmy.pdf"),
        V("#", "ученик – ученик", 11, "pp_pupil_pupil", unit="ед."),
        V("#", "учитель – учитель", 9, "pp_teacher_teacher", unit="ед."),
        V("#", "руководитель – педагог", 2, "pp_head_teacher", unit="ед."),
        V("#", "учитель – ученик", 4, "pp_teacher_pupil", unit="ед."),
        V("#", "иная форма: «работодатель – ученик»", 1, "pp_other", unit="ед.",
          link=S + "pp_rabotodatel_uchenik.pdf"),
        V("#", "Обучающиеся 10–19 лет — наставляемые, всего", 52, "mentees_10_19", unit="чел.",
          link=S + "baza_nastavlyaemyh.pdf"),
        V("#", "из них одарённые (в реестре)", 5, "mentees_gifted", unit="чел."),
        V("#", "из них с ОВЗ, дети-инвалиды", 4, "mentees_disabled", unit="чел."),
        V("#", "из них с низкой мотивацией к учёбе, неуспевающие", 12, "mentees_low_motivation", unit="чел."),
        V("#", "Доля наставляемых среди обучающихся 10–19 лет", 14.02, "share_mentees_10_19", unit="%"),
        V("#", "ШМО наставников", 1, "school_methodical_associations", unit="ед.", link=S + "Prikaz_144_SHMO.pdf"),
        V("#", "Удовлетворённость наставляемых", 88.6, "satisfaction_mentees", unit="%",
          link=S + "itogi_anketirovaniya.pdf"),
        V("#", "Удовлетворённость наставников", 90.1, "satisfaction_mentors", unit="%",
          link=S + "itogi_anketirovaniya.pdf"),
        H("Питание"),
        V("#", "Охват обучающихся горячим питанием", 91.3, unit="%"),
        V("#", "Дети льготных категорий, получающие бесплатное питание", 112, unit="чел."),
    ]
    end = write_table(ws, f, 6, rows, {"num": "A", "title": "B", "unit": "C", "value": "D", "link": "E"})
    box(ws, 5, end - 1, 1, 5)
    ws[f"B{end + 1}"] = "Директор школы: И.В. Корепанова"
    ws[f"B{end + 2}"] = "Дата заполнения: 17.01.2025"
    widths(ws, [6, 72, 10, 12, 66])
    wb.save(os.path.join(HERE, fn))
    return f


# ----------------------------------------------------------------------------------------------
# 03  МБОУ «Гуртлудская ООШ»: small basic school, mentoring section first (Roman numerals),
#     no number column, да/нет, cloud links, shares typed as text, empty rows left unfilled
# ----------------------------------------------------------------------------------------------
def file03():
    fn = "typed/03_Гуртлудская_ООШ_мониторинг_2024.xlsx"
    org = "МБОУ «Гуртлудская ООШ»"
    f = Form(fn, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг ОО"
    ws["A1"] = "Мониторинг деятельности ОО за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "ОО: " + org
    ws["A3"] = "Дата заполнения: 20.01.2025"
    f.meta("organisation", ws.title, "A2", org)
    f.meta("year", ws.title, "A1", 2024)
    header(ws, 5, ["Показатель", "Значение", "Источник информации (ссылка)"])
    S = "https://gurtludskaya.edu.ru/upload/nastavnichestvo/"
    Y = "https://disk.yandex.ru/i/"
    rows = [
        H("I. НАСТАВНИЧЕСТВО (целевая модель наставничества)"),
        V(None, "Приказ об утверждении Положения о наставничестве педработников", "да",
          "orgs_regulation_teachers", link=S + "prikaz_12_polozhenie_ped.pdf"),
        V(None, "Приказ об утверждении Положения о наставничестве обучающихся", "да",
          "orgs_regulation_students", link=S + "prikaz_12_polozhenie_obuch.pdf"),
        V(None, "Приказ о мониторинге ЦМН в школе", "да", "orgs_monitoring_order",
          link=S + "prikaz_47_monitoring.pdf"),
        V(None, "Справка по итогам внутреннего мониторинга", "нет", "internal_monitoring_notes"),
        V(None, "Куратор ЦМН (чел.)", 1, "curators_total", link=S + "prikaz_13_kurator.pdf"),
        V(None, "Соглашения с ОО о привлечении наставников (шт.)", 1, "agreements_edu_orgs",
          link=Y + "Gt7QwLm2pXs9Ra"),
        V(None, "Соглашения с предприятиями о привлечении наставников (шт.)", None),
        V(None, "Наставников в базе (по приказу)", 8, "mentors_total", link=Y + "kP3vN8sZ1qWe4T"),
        V(None, "Наставляемых в базе (по приказу)", 15, "mentees_total", link=Y + "kP3vN8sZ1qWe4T"),
        V(None, "в т.ч. наставники — работники предприятий", None),
        V(None, "Персонализированных программ, всего", 6, "pp_total", link=Y + "Xb5mR2dLc8UoHq"),
        V(None, "  ученик – ученик", 2, "pp_pupil_pupil"),
        V(None, "  учитель – учитель", 2, "pp_teacher_teacher"),
        V(None, "  руководитель – педагог", 1, "pp_head_teacher"),
        V(None, "  учитель – ученик", 1, "pp_teacher_pupil"),
        V(None, "Обучающихся 10–19 лет в школе", 62, "students_10_19"),
        V(None, "Наставляемых из числа обучающихся 10–19 лет", 12, "mentees_10_19", link=Y + "kP3vN8sZ1qWe4T"),
        V(None, "  «группа риска»", 3, "mentees_risk"),
        V(None, "  одарённые", 1, "mentees_gifted"),
        V(None, "  ОВЗ, инвалиды", 2, "mentees_disabled"),
        V(None, "  низкая мотивация, неуспеваемость", 4, "mentees_low_motivation"),
        V(None, "Доля наставляемых 10–19 лет", "19,35%", "share_mentees_10_19"),
        V(None, "Обучающихся 15–19 лет в школе (9 класс)", 14, "students_15_19"),
        V(None, "Наставников-обучающихся 15–19 лет (по приказу)", 3, "mentors_15_19", link=Y + "kP3vN8sZ1qWe4T"),
        V(None, "Доля наставников среди обучающихся 15–19 лет", "21,43%", "share_mentors_15_19"),
        V(None, "Удовлетворённость наставляемых, %", 86, "satisfaction_mentees", link=Y + "Wq9zE4rTy6IoPa"),
        V(None, "Удовлетворённость наставников, %", 95, "satisfaction_mentors", link=Y + "Wq9zE4rTy6IoPa"),
        V(None, "Молодые специалисты", 1, "young_specialists"),
        V(None, "Молодые специалисты — наставляемые", 1, "young_specialists_mentees", link=Y + "kP3vN8sZ1qWe4T"),
        V(None, "Педагоги (кроме молодых специалистов)", 13, "teachers_other"),
        V(None, "Педагоги (кроме молодых специалистов) — наставляемые", 2, "teachers_other_mentees",
          link=Y + "kP3vN8sZ1qWe4T"),
        V(None, "Педагоги-наставники", 4, "teachers_mentors", link=Y + "kP3vN8sZ1qWe4T"),
        V(None, "Педагоги, прошедшие КПК по наставничеству в 2024 г.", 1, "kpk_trained",
          link=Y + "Pl0kM7nBv3CxZs"),
        V(None, "Методическое объединение наставников (ШМО)", "нет", "school_methodical_associations"),
        V(None, "Положение о нематериальном поощрении наставников", 1, "nonmaterial_acts",
          link=S + "polozhenie_pooshchrenie_nastavnikov.pdf"),
        V(None, "Положение о материальном стимулировании наставников", "нет", "pay_acts"),
        H("II. ЦЕНТР «ТОЧКА РОСТА»"),
        V(None, "Обучающихся, охваченных программами центра «Точка роста»", 54),
        V(None, "Доля обучающихся 10–19 лет (5–9 кл.), занимающихся в центре «Точка роста»", "48,4%"),
        H("III. ВОСПИТАТЕЛЬНАЯ РАБОТА, «ДВИЖЕНИЕ ПЕРВЫХ»"),
        V(None, "Участники программы «Орлята России» (1–4 кл.)", 28),
        V(None, "Обучающихся 10–19 лет в первичном отделении «Движения Первых»", 40),
        V(None, "Положение о школьном музее", "да", link=S + "../docs/polozhenie_muzey.pdf"),
        V(None, "Количество ШМО (классных руководителей, учителей-предметников)", 2),
        H("IV. ПРОФОРИЕНТАЦИЯ"),
        V(None, "Договоры о профориентационном сотрудничестве с предприятиями (СПК «Гуртлуд»)", 1),
        V(None, "Участники проекта «Билет в будущее» (6–9 кл.)", 24),
        H("V. КАДРЫ"),
        V(None, "Всего педагогических работников (с внешними совместителями)", 16),
        V(None, "Педагоги, прошедшие КПК по ФГОС / ФОП в 2024 г.", 9),
        H("VI. ПИТАНИЕ"),
        V(None, "Охват горячим питанием, %", 100),
        V(None, "Стоимость питания в день, руб.", 85),
    ]
    end = write_table(ws, f, 6, rows, {"title": "A", "value": "B", "link": "C"})
    box(ws, 5, end - 1, 1, 3)
    ws[f"A{end + 1}"] = "Директор: Т.Н. Вострокнутова"
    widths(ws, [74, 14, 48])
    wb.save(os.path.join(HERE, fn))
    return f


# ----------------------------------------------------------------------------------------------
# 04  МБОУ «Тыловайская гимназия»: columns 2023 / 2024 / план 2025, mentoring section 2 of 6,
#     shares with percent format, URLs as hyperlinks
# ----------------------------------------------------------------------------------------------
def file04():
    fn = "typed/04_gimnaziya_monitoring_2024.xlsx"
    org = "МБОУ «Тыловайская гимназия»"
    f = Form(fn, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    ws["A1"] = "Мониторинг деятельности ОО за 2024 год"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Муниципальное бюджетное общеобразовательное учреждение «Тыловайская гимназия» (МБОУ «Тыловайская гимназия»)"
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    f.meta("organisation", ws.title, "A2", org)
    f.meta("year", ws.title, "A1", 2024)
    header(ws, 4, ["№", "Показатель", "Ед. изм.", "2023 год (факт)", "2024 год (факт)", "План на 2025 год",
                   "Ссылка на документ"])
    S = "https://tylgimn.gosuslugi.ru/netcat_files/userfiles/2024/"
    P = "0.00%"
    rows = [
        H("Кадровый потенциал", "1"),
        V("1.1", "Средний возраст педагогических работников", 44.6, unit="лет", extra={"D": 45.1, "F": 44.0}),
        V("1.2", "Педагоги в возрасте до 35 лет", 15, unit="чел.", extra={"D": 13, "F": 16}),
        V("1.3", "Доля педагогов с высшей квалификационной категорией", 0.418, unit="%", fmt=P,
          extra={"D": 0.402, "F": 0.42}),
        V("1.4", "Педагоги, прошедшие КПК в отчётном году (любой тематики)", 38, unit="чел.",
          extra={"D": 31, "F": 35}),
        V("1.5", "Молодые специалисты, прибывшие в отчётном году", 3, unit="чел.", extra={"D": 2, "F": 2}),
        H("Наставничество (целевая модель наставничества)", "2"),
        V("2.#", "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников в образовательной организации»",
          "да", "orgs_regulation_teachers", unit="да/нет", extra={"D": "да", "F": "да"},
          link=S + "prikaz_087_polozhenie_nastavnichestvo_pedagogov.pdf"),
        V("2.#", "Наличие приказа «Об утверждении положения о системе наставничества обучающихся в образовательной организации»",
          "да", "orgs_regulation_students", unit="да/нет", extra={"D": "да", "F": "да"},
          link=S + "prikaz_088_polozhenie_nastavnichestvo_obuch.pdf"),
        V("2.#", "Приказ о мониторинге реализации ЦМН", "да", "orgs_monitoring_order", unit="да/нет",
          extra={"D": "нет", "F": "да"}, link=S + "prikaz_214_monitoring_CMN.pdf"),
        V("2.#", "Кураторы ЦМН", 2, "curators_total", unit="чел.", extra={"D": 1, "F": 2},
          link=S + "prikaz_086_kuratory.pdf"),
        V("2.#", "Соглашения с образовательными организациями (вуз, СПО), предоставившими наставников", 2,
          "agreements_edu_orgs", unit="ед.", extra={"D": 1, "F": 2}, link=S + "soglasheniya_UdGU_ATT.pdf"),
        V("2.#", "Соглашения с иными организациями, предоставившими наставников", 1, "agreements_other_orgs",
          unit="ед.", extra={"D": 1, "F": 1}, link=S + "soglashenie_CBS.pdf"),
        V("2.#", "Партнёры гимназии по наставничеству",
          "ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Тыловайский аграрный техникум»; МБУК «Тыловайская централизованная библиотечная система»",
          "partner_list", unit="список"),
        V("2.#", "Общее число наставников (по приказу)", 67, "mentors_total", unit="чел.", extra={"D": 58, "F": 70},
          link=S + "prikaz_231_nastavnicheskie_pary.pdf"),
        V("2.#", "Общее число наставляемых (по приказу)", 108, "mentees_total", unit="чел.",
          extra={"D": 97, "F": 110}, link=S + "prikaz_231_nastavnicheskie_pary.pdf"),
        V("2.#", "Наставники из внешних образовательных организаций", 2, "external_edu_mentors", unit="чел.",
          extra={"D": 1, "F": 2}, link=S + "prikaz_231_nastavnicheskie_pary.pdf"),
        V("2.#", "Персонализированные программы, всего", 44, "pp_total", unit="ед.", extra={"D": 39, "F": 45},
          link=S + "pp_reestr_2024.pdf"),
        V("2.#", "в т.ч. «ученик – ученик»", 18, "pp_pupil_pupil", unit="ед.", extra={"D": 17, "F": 18}),
        V("2.#", "в т.ч. «учитель – учитель»", 10, "pp_teacher_teacher", unit="ед.", extra={"D": 9, "F": 10}),
        V("2.#", "в т.ч. «руководитель – педагог»", 4, "pp_head_teacher", unit="ед.", extra={"D": 3, "F": 4}),
        V("2.#", "в т.ч. «учитель – ученик»", 8, "pp_teacher_pupil", unit="ед.", extra={"D": 7, "F": 9}),
        V("2.#", "Обучающиеся 10–19 лет", 503, "students_10_19", unit="чел.", extra={"D": 497, "F": 510}),
        V("2.#", "Наставляемые из числа обучающихся 10–19 лет", 88, "mentees_10_19", unit="чел.",
          extra={"D": 79, "F": 90}, link=S + "baza_nastavlyaemyh_2024.xlsx"),
        V("2.#", "из них «группа риска»", 6, "mentees_risk", unit="чел.", extra={"D": 5, "F": 6}),
        V("2.#", "из них одарённые дети (реестр)", 21, "mentees_gifted", unit="чел.", extra={"D": 19, "F": 22}),
        V("2.#", "из них дети с ОВЗ / дети-инвалиды", 3, "mentees_disabled", unit="чел.", extra={"D": 3, "F": 3}),
        V("2.#", "из них с низкой мотивацией и неудовлетворительной успеваемостью", 9, "mentees_low_motivation",
          unit="чел.", extra={"D": 8, "F": 9}),
        V("2.#", "из них с проблемами выбора образовательной траектории и профессии", 27, "mentees_career",
          unit="чел.", extra={"D": 24, "F": 28}),
        V("2.#", "Доля обучающихся 10–19 лет — наставляемых", 0.175, "share_mentees_10_19", unit="%", fmt=P,
          extra={"D": 0.159, "F": 0.1765}),
        V("2.#", "Обучающиеся 15–19 лет", 201, "students_15_19", unit="чел.", extra={"D": 194, "F": 205}),
        V("2.#", "Наставники из числа обучающихся 15–19 лет (по приказу)", 36, "mentors_15_19", unit="чел.",
          extra={"D": 31, "F": 38}, link=S + "baza_nastavnikov_2024.xlsx"),
        V("2.#", "Доля обучающихся 15–19 лет — наставников", 0.1791, "share_mentors_15_19", unit="%", fmt=P,
          extra={"D": 0.1598, "F": 0.1854}),
        V("2.#", "Удовлетворённость наставляемых завершёнными программами", 0.942, "satisfaction_mentees", unit="%",
          fmt=P, extra={"D": 0.936, "F": 0.95}, link=S + "anketirovanie_nastavnichestvo_2024.pdf"),
        V("2.#", "Удовлетворённость наставников завершёнными программами", 0.958, "satisfaction_mentors", unit="%",
          fmt=P, extra={"D": 0.947, "F": 0.95}, link=S + "anketirovanie_nastavnichestvo_2024.pdf"),
        V("2.#", "Общее количество педагогов гимназии (молодые специалисты и остальные педагоги)", 67,
          "teachers_municipal", unit="чел.", extra={"D": 65, "F": 68}),
        V("2.#", "Молодые специалисты (до 35 лет, первые три года работы)", 9, "young_specialists", unit="чел.",
          extra={"D": 8, "F": 10}),
        V("2.#", "Молодые специалисты — наставляемые", 8, "young_specialists_mentees", unit="чел.",
          extra={"D": 8, "F": 10}, link=S + "prikaz_231_nastavnicheskie_pary.pdf"),
        V("2.#", "Остальные педагоги (без молодых специалистов)", 58, "teachers_other", unit="чел.",
          extra={"D": 57, "F": 58}),
        V("2.#", "Остальные педагоги — наставляемые", 12, "teachers_other_mentees", unit="чел.",
          extra={"D": 10, "F": 12}, link=S + "prikaz_231_nastavnicheskie_pary.pdf"),
        V("2.#", "Доля молодых специалистов — наставляемых", 0.8889, "share_young_specialists_mentees", unit="%",
          fmt=P, extra={"D": 1.0, "F": 1.0}),
        V("2.#", "Доля педагогов — наставляемых", 0.2985, "share_teachers_mentees", unit="%", fmt=P,
          extra={"D": 0.2769, "F": 0.3235}),
        V("2.#", "Педагоги — наставники", 26, "teachers_mentors", unit="чел.", extra={"D": 24, "F": 27},
          link=S + "prikaz_231_nastavnicheskie_pary.pdf"),
        V("2.#", "Доля педагогов — наставников", 0.3881, "share_teachers_mentors", unit="%", fmt=P,
          extra={"D": 0.3692, "F": 0.3971}),
        V("2.#", "Педагоги, обучившиеся на КПК по наставничеству (за календарный год)", 5, "kpk_trained",
          unit="чел.", extra={"D": 3, "F": 4}, link=S + "kpk_nastavnichestvo_2024.pdf"),
        V("2.#", "Методические объединения наставников", 2, "school_methodical_associations", unit="ед.",
          extra={"D": 1, "F": 2}, link=S + "prikaz_215_MO_nastavnikov.pdf"),
        V("2.#", "Локальные акты о нематериальном поощрении наставников", 1, "nonmaterial_acts", unit="ед.",
          extra={"D": 0, "F": 1}, link=S + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        H("Проект «Школа Минпросвещения России»", "3"),
        V("3.1", "Уровень соответствия проекту", "высокий", unit="уровень", extra={"D": "средний", "F": "высокий"}),
        V("3.2", "Педагоги, прошедшие обучение по программам из Федерального реестра ДПП", 22, unit="чел.",
          extra={"D": 17, "F": 25}),
        H("Воспитание и «Движение Первых»", "4"),
        V("4.1", "Методические объединения классных руководителей", 3, unit="ед.", extra={"D": 3, "F": 3}),
        V("4.2", "Обучающиеся 10–19 лет — участники «Движения Первых»", 316, unit="чел.",
          extra={"D": 240, "F": 330}),
        V("4.3", "Доля обучающихся 15–19 лет, участвующих в волонтёрской деятельности", 0.3881, unit="%", fmt=P,
          extra={"D": 0.33, "F": 0.4}),
        V("4.4", "Положение о штабе воспитательной работы", "да", unit="да/нет", extra={"D": "да", "F": "да"},
          link=S + "polozhenie_shtab_VR.pdf"),
        H("Профориентация", "5"),
        V("5.1", "Участники проекта «Билет в будущее» (6–11 кл.)", 188, unit="чел.", extra={"D": 150, "F": 190}),
        V("5.2", "Соглашения с предприятиями о профориентации обучающихся", 5, unit="ед.", extra={"D": 4, "F": 6}),
        V("5.3", "Обучающиеся 15–19 лет, прошедшие профессиональные пробы", 112, unit="чел.",
          extra={"D": 90, "F": 120}),
        H("Питание", "6"),
        V("6.1", "Охват горячим питанием", 0.946, unit="%", fmt=P, extra={"D": 0.93, "F": 0.95}),
        V("6.2", "Удовлетворённость обучающихся качеством питания", 0.79, unit="%", fmt=P,
          extra={"D": 0.74, "F": 0.8}),
    ]
    end = write_table(ws, f, 5, rows, {"num": "A", "title": "B", "unit": "C", "value": "E", "link": "G"},
                      link_mode="url_hl", merge_heading_to="G")
    box(ws, 4, end - 1, 1, 7)
    ws[f"B{end + 1}"] = "Директор гимназии ______________ О.Г. Касимова"
    widths(ws, [6, 70, 9, 12, 12, 12, 62])
    wb.save(os.path.join(HERE, fn))
    return f


# ----------------------------------------------------------------------------------------------
# 05  МБОУ «Кузебаевская СОШ»: one sheet per programme; mentoring on «ЦМН» plus teacher rows on
#     «Кадры»; documents as named hyperlinks; shares with a literal "%" in the number format
# ----------------------------------------------------------------------------------------------
def file05():
    fn = "typed/05_Кузебаевская_СОШ_2024.xlsx"
    org = "МБОУ «Кузебаевская СОШ»"
    f = Form(fn, org)
    wb = Workbook()
    t = wb.active
    t.title = "Титул"
    t["A1"] = "Мониторинг деятельности ОО за 2024 год"
    t["A1"].font = Font(bold=True, size=14)
    t["A3"] = "Полное наименование ОО:"
    t["B3"] = "Муниципальное бюджетное общеобразовательное учреждение «Кузебаевская средняя общеобразовательная школа»"
    t["A4"] = "Сокращённое наименование:"
    t["B4"] = org
    t["A5"] = "Муниципальный округ:"
    t["B5"] = "Тыловайский муниципальный округ Удмуртской Республики"
    t["A6"] = "Директор:"
    t["B6"] = "Шкляева Марина Витальевна"
    t["A7"] = "Ответственный за заполнение:"
    t["B7"] = "Бекмеметьева Ольга Николаевна, зам. директора по УВР"
    t["A9"] = "Содержание: ШМП · Точка роста · Воспитание_ДП · Профориентация · ЦМН · Кадры · Питание"
    widths(t, [30, 100])
    f.meta("organisation", "Титул", "B4", org)
    f.meta("year", "Титул", "A1", 2024)
    S = "https://kuzebaevo-shkola.gosuslugi.ru/netcat_files/userfiles/"
    Y = "https://disk.yandex.ru/d/"
    PF = '0.00"%"'
    cols = {"num": "A", "title": "B", "value": "C", "link": "D"}

    def sheet(name, title, rows, mode="text"):
        ws = wb.create_sheet(name)
        ws["A1"] = f"{org} — мониторинг деятельности за 2024 год"
        ws["A1"].font = BOLD
        ws["A2"] = title
        ws["A2"].font = Font(italic=True)
        f.heading(title)
        header(ws, 3, ["№", "Показатель", "Значение", "Документ"])
        end = write_table(ws, f, 4, rows, cols, link_mode=mode)
        box(ws, 3, end - 1, 1, 4)
        widths(ws, [5, 72, 14, 50])
        return ws

    sheet("ШМП", "Раздел 1. Проект «Школа Минпросвещения России»", [
        V("#", "Уровень соответствия (по результатам самодиагностики)", "средний"),
        V("#", "Баллы самодиагностики", 148),
        V("#", "Педагоги, прошедшие КПК по программам Академии Минпросвещения России", 7),
        V("#", "Наличие школьного медиацентра", "да"),
    ])
    sheet("Точка роста", "Раздел 2. Центр «Точка роста»", [
        V("#", "Обучающиеся, занимающиеся по программам доп. образования в центре «Точка роста»", 131),
        V("#", "Доля обучающихся, охваченных программами центра «Точка роста», %", 32.59, fmt=PF),
        V("#", "Соглашения о сетевом взаимодействии с образовательными организациями (использование оборудования центра)", 1),
    ])
    sheet("Воспитание_ДП", "Раздел 3. Воспитательная работа и «Движение Первых»", [
        V("#", "Обучающиеся 10–19 лет, вовлечённые в деятельность первичного отделения «Движения Первых»", 118),
        V("#", "Обучающиеся 15–19 лет — участники волонтёрского отряда", 26),
        V("#", "Методическое объединение классных руководителей (количество)", 1),
        V("#", "Положение о Совете родителей", "да", link=S + "vospitanie/polozhenie_sovet_roditeley.pdf"),
        V("#", "Обучающиеся на внутришкольном профилактическом учёте", 4),
    ])
    sheet("Профориентация", "Раздел 4. Профориентация («Билет в будущее», профминимум)", [
        V("#", "Участники проекта «Билет в будущее»", 61),
        V("#", "Уровень реализации профминимума (базовый / основной / продвинутый)", "основной"),
        V("#", "Договоры с предприятиями о проведении экскурсий и профпроб", 2),
        V("#", "Педагоги-навигаторы", 1),
    ])
    N = S + "nastavnichestvo/"
    sheet("ЦМН", "Раздел 5. Реализация целевой модели наставничества", [
        V("#", "Приказ об утверждении Положения о системе наставничества педагогических работников", "имеется",
          "orgs_regulation_teachers", link=("Приказ № 96-од от 30.08.2024", N + "prikaz_96_od.pdf")),
        V("#", "Приказ об утверждении Положения о системе наставничества обучающихся", "имеется",
          "orgs_regulation_students", link=("Приказ № 97-од от 30.08.2024", N + "prikaz_97_od.pdf")),
        V("#", "Приказ о мониторинге реализации ЦМН в ОО", "имеется", "orgs_monitoring_order",
          link=("Приказ № 158-од от 11.11.2024", N + "prikaz_158_od.pdf")),
        V("#", "Информационная справка по итогам внутреннего мониторинга", "имеется", "internal_monitoring_notes",
          link=("Справка от 20.12.2024", N + "spravka_monitoring_20122024.pdf")),
        V("#", "Куратор ЦМН, чел.", 1, "curators_total",
          link=("Приказ № 95-од от 30.08.2024", N + "prikaz_95_od.pdf")),
        V("#", "Соглашения с предприятиями (наставники из числа сотрудников), шт.", 1, "agreements_enterprises",
          link=("Соглашение с СПК (колхоз) «Луч»", N + "soglashenie_SPK_Luch.pdf")),
        V("#", "Соглашения с иными организациями (наставники из числа сотрудников), шт.", 1, "agreements_other_orgs",
          link=("Соглашение с Кузебаевским СДК", N + "soglashenie_SDK.pdf")),
        V("#", "Наименование организаций-партнёров по наставничеству",
          "СПК (колхоз) «Луч»; МБУК «Кузебаевский сельский Дом культуры»", "partner_list"),
        V("#", "Наставники по приказу, всего", 25, "mentors_total",
          link=("Приказ № 112-од от 02.09.2024", N + "prikaz_112_od_pary.pdf")),
        V("#", "Наставляемые по приказу, всего", 47, "mentees_total",
          link=("Приказ № 112-од от 02.09.2024", N + "prikaz_112_od_pary.pdf")),
        V("#", "Наставники — сотрудники предприятий", 1, "enterprise_mentors",
          link=("Приказ № 112-од от 02.09.2024", N + "prikaz_112_od_pary.pdf")),
        V("#", "Персонализированные программы наставничества, всего", 19, "pp_total",
          link=("Реестр программ 2024", N + "reestr_pp_2024.pdf")),
        V("#", "в т.ч. ученик – ученик", 7, "pp_pupil_pupil"),
        V("#", "в т.ч. учитель – учитель", 6, "pp_teacher_teacher"),
        V("#", "в т.ч. руководитель – педагог", 1, "pp_head_teacher"),
        V("#", "в т.ч. учитель – ученик", 4, "pp_teacher_pupil"),
        V("#", "Численность обучающихся 10–19 лет", 236, "students_10_19"),
        V("#", "Наставляемые — обучающиеся 10–19 лет", 38, "mentees_10_19",
          link=("База наставляемых", N + "baza_nastavlyaemyh.pdf")),
        V("#", "  из них группа риска", 5, "mentees_risk"),
        V("#", "  из них одарённые", 4, "mentees_gifted"),
        V("#", "  из них ОВЗ и инвалиды", 3, "mentees_disabled"),
        V("#", "  из них низкая мотивация / неуспевающие", 8, "mentees_low_motivation"),
        V("#", "  из них выбор профессии и образовательной траектории", 10, "mentees_career"),
        V("#", "Доля наставляемых 10–19 лет", 16.1, "share_mentees_10_19", fmt=PF),
        V("#", "Численность обучающихся 15–19 лет", 71, "students_15_19"),
        V("#", "Наставники — обучающиеся 15–19 лет", 12, "mentors_15_19",
          link=("База наставников", N + "baza_nastavnikov.pdf")),
        V("#", "Доля наставников среди обучающихся 15–19 лет", 16.9, "share_mentors_15_19", fmt=PF),
        V("#", "Удовлетворённость наставляемых", 89.5, "satisfaction_mentees", fmt=PF,
          link=("Итоги анкетирования", N + "anketa_itogi_2024.pdf")),
        V("#", "Удовлетворённость наставников", 92.0, "satisfaction_mentors", fmt=PF,
          link=("Итоги анкетирования", N + "anketa_itogi_2024.pdf")),
        V("#", "ШМО наставников", 1, "school_methodical_associations",
          link=("Приказ № 99-од от 30.08.2024", N + "prikaz_99_od_SHMO.pdf")),
        V("#", "Положение о материальном стимулировании наставников", 1, "pay_acts",
          link=("Положение (прил. 3 к коллективному договору)", N + "polozhenie_stimul_nastavniki.pdf")),
        V("#", "Положение о нематериальном поощрении наставников", 1, "nonmaterial_acts",
          link=("Положение о нематериальном поощрении", N + "polozhenie_nematerial.pdf")),
    ], mode="named_hl")
    sheet("Кадры", "Раздел 6. Кадровое обеспечение (в т.ч. наставничество педагогов)", [
        V("#", "Укомплектованность штата педагогических работников, %", 100),
        V("#", "Молодые специалисты (до 35 лет, стаж до 3 лет)", 3, "young_specialists"),
        V("#", "Молодые специалисты в программах наставничества (наставляемые)", 3, "young_specialists_mentees",
          link=Y + "kuz_prikaz_112"),
        V("#", "Педагоги (без молодых специалистов)", 29, "teachers_other"),
        V("#", "Педагоги (без молодых специалистов) — наставляемые", 6, "teachers_other_mentees",
          link=Y + "kuz_prikaz_112"),
        V("#", "Педагоги-наставники", 11, "teachers_mentors", link=Y + "kuz_prikaz_112"),
        V("#", "Доля педагогов — наставляемых", 28.13, "share_teachers_mentees", fmt=PF),
        V("#", "Доля педагогов — наставников", 34.38, "share_teachers_mentors", fmt=PF),
        V("#", "Педагоги, прошедшие КПК в 2024 году (по всем направлениям)", 17),
        V("#", "из них КПК по вопросам наставничества", 2, "kpk_trained", link=Y + "kuz_kpk_2024"),
        V("#", "Педагоги, прошедшие КПК «Разговоры о важном»", 12),
        V("#", "Педагоги с первой и высшей категорией", 21),
    ])
    sheet("Питание", "Раздел 7. Организация питания", [
        V("#", "Охват горячим питанием обучающихся, %", 98.5),
        V("#", "Удовлетворённость родителей качеством питания, %", 84, fmt=PF),
        V("#", "Положение об организации питания обучающихся", "да", link=S + "pitanie/polozhenie_pitanie.pdf"),
    ])
    wb.save(os.path.join(HERE, fn))
    return f


# ----------------------------------------------------------------------------------------------
# 06  МБОУ «Большепудгинская СОШ»: indicator codes, mentoring block split in two parts
#     (ЦМН-01…14 after «Кадры», ЦМН-15… after «Движение Первых»), values typed as text
# ----------------------------------------------------------------------------------------------
def file06():
    fn = "typed/06_bpudga_sosh_monitoring_2024.xlsx"
    org = "МБОУ «Большепудгинская СОШ»"
    f = Form(fn, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма мониторинга"
    ws["A1"] = "Форма «Мониторинг деятельности ОО за 2024 год»"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Наименование ОО"
    ws["C2"] = org
    ws["C2"].font = BOLD
    ws["A3"] = "Отчётный год"
    ws["C3"] = 2024
    f.meta("organisation", ws.title, "C2", org)
    f.meta("year", ws.title, "C3", 2024)
    header(ws, 5, ["Код показателя", "Наименование показателя", "Ед. изм.", "Значение за 2024 г.",
                   "Источник данных (ссылка)"])
    S = "https://bpudga-shkola.edu.ru/upload/docs/"
    M = "https://cloud.mail.ru/public/"
    rows = [
        H("Организация питания"),
        V("П-01", "Охват горячим питанием обучающихся 1–11 классов", "96,2", unit="%"),
        V("П-02", "Количество обучающихся, получающих двухразовое питание", "74", unit="чел."),
        H("Кадровое обеспечение"),
        V("К-01", "Количество педагогов до 35 лет", "9", unit="чел."),
        V("К-02", "Молодые специалисты (до 35 лет, первые 3 года работы)", "4", "young_specialists", unit="чел."),
        V("К-03", "Педагоги, за исключением молодых специалистов", "36", "teachers_other", unit="чел."),
        V("К-04", "Педагоги, прошедшие КПК по программам обновлённых ФГОС в 2024 году", "15", unit="чел."),
        V("К-05", "Количество педагогов-совместителей", "3", unit="чел."),
        H("Наставничество (часть 1: нормативная база и организация)"),
        V("ЦМН-#", "Приказ об утверждении положения о наставничестве педагогических работников", "1",
          "orgs_regulation_teachers", unit="1 – да / 0 – нет", link=S + "prikaz_64_nastavnichestvo_PR.pdf"),
        V("ЦМН-#", "Приказ об утверждении положения о наставничестве обучающихся", "1",
          "orgs_regulation_students", unit="1 – да / 0 – нет", link=S + "prikaz_65_nastavnichestvo_obuch.pdf"),
        V("ЦМН-#", "Приказ о мониторинге ЦМН", "1", "orgs_monitoring_order", unit="1 – да / 0 – нет",
          link=S + "prikaz_171_monitoring.pdf"),
        V("ЦМН-#", "Количество кураторов ЦМН", "1", "curators_total", unit="чел.", link=S + "prikaz_63_kurator.pdf"),
        V("ЦМН-#", "Соглашения с ОО, предоставившими наставников", "1", "agreements_edu_orgs", unit="ед.",
          link=M + "Cq2X/7hTr3Lp"),
        V("ЦМН-#", "Соглашения с предприятиями, предоставившими наставников", "2", "agreements_enterprises",
          unit="ед.", link=M + "Cq2X/7hTr3Lp"),
        V("ЦМН-#", "Наставники (по приказу)", "35", "mentors_total", unit="чел.", link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "Наставляемые (по приказу)", "60", "mentees_total", unit="чел.", link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "Наставники — сотрудники предприятий", "2", "enterprise_mentors", unit="чел.",
          link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "Партнёры по наставничеству",
          "МБОУ «Тыловайская СОШ №1», ООО «Пудгинский леспромхоз», АО «Удмуртнефть» (НГДУ «Тыловайнефть»)",
          "partner_list", unit="перечень"),
        H("Проект «Школа Минпросвещения России»"),
        V("ШМП-01", "Уровень соответствия проекту", "базовый", unit="уровень"),
        V("ШМП-02", "Количество педагогов, прошедших диагностику профессиональных дефицитов", "28", unit="чел."),
        H("Центр «Точка роста»"),
        V("ТР-01", "Охват обучающихся программами центра «Точка роста»", "41,5", unit="%"),
        V("ТР-02", "Количество педагогов центра «Точка роста»", "6", unit="чел."),
        H("Воспитательная работа"),
        V("ВР-01", "Количество методических объединений классных руководителей", "1", unit="ед."),
        V("ВР-02", "Положение о школьном спортивном клубе", "1", unit="1 – да / 0 – нет"),
        V("ВР-03", "Обучающиеся группы риска (на всех видах учёта)", "11", unit="чел."),
        H("«Движение Первых»"),
        V("ДП-01", "Обучающиеся 10–19 лет — участники первичного отделения «Движения Первых»", "164", unit="чел."),
        V("ДП-02", "Доля обучающихся 15–19 лет — членов «Движения Первых»", "44,8", unit="%"),
        H("Наставничество (часть 2: участники и программы)"),
        V("ЦМН-#", "Обучающиеся 10–19 лет", "318", "students_10_19", unit="чел."),
        V("ЦМН-#", "Обучающиеся 10–19 лет — наставляемые", "49", "mentees_10_19", unit="чел.",
          link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "из них группа риска", "7", "mentees_risk", unit="чел."),
        V("ЦМН-#", "из них одарённые дети", "6", "mentees_gifted", unit="чел."),
        V("ЦМН-#", "из них ОВЗ / дети-инвалиды", "5", "mentees_disabled", unit="чел."),
        V("ЦМН-#", "из них низкая мотивация", "11", "mentees_low_motivation", unit="чел."),
        V("ЦМН-#", "из них выбор профессии", "12", "mentees_career", unit="чел."),
        V("ЦМН-#", "Доля наставляемых 10–19 лет", "15,41", "share_mentees_10_19", unit="%"),
        V("ЦМН-#", "Обучающиеся 15–19 лет", "96", "students_15_19", unit="чел."),
        V("ЦМН-#", "Наставники из числа обучающихся 15–19 лет", "17", "mentors_15_19", unit="чел.",
          link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "Персонализированные программы, всего", "24", "pp_total", unit="ед.", link=M + "Fz8n/1yUo5Qe"),
        V("ЦМН-#", "ученик – ученик", "9", "pp_pupil_pupil", unit="ед."),
        V("ЦМН-#", "учитель – учитель", "8", "pp_teacher_teacher", unit="ед."),
        V("ЦМН-#", "руководитель – педагог", "2", "pp_head_teacher", unit="ед."),
        V("ЦМН-#", "учитель – ученик", "5", "pp_teacher_pupil", unit="ед."),
        V("ЦМН-#", "Молодые специалисты — наставляемые", "4", "young_specialists_mentees", unit="чел.",
          link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "Педагоги (кроме молодых специалистов) — наставляемые", "7", "teachers_other_mentees",
          unit="чел.", link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "Педагоги — наставники", "15", "teachers_mentors", unit="чел.", link=M + "Dk4v/9sNe2Ha"),
        V("ЦМН-#", "Доля педагогов-наставников", "37,5", "share_teachers_mentors", unit="%"),
        V("ЦМН-#", "Педагоги, прошедшие КПК по наставничеству", "2", "kpk_trained", unit="чел.",
          link=S + "kpk_nastavnichestvo_2024.pdf"),
        V("ЦМН-#", "ШМО наставников", "1", "school_methodical_associations", unit="ед.",
          link=S + "prikaz_66_SHMO_nastavnikov.pdf"),
        V("ЦМН-#", "Удовлетворённость наставляемых", "90,3", "satisfaction_mentees", unit="%",
          link=M + "Gw1s/6pLk8Rt"),
        V("ЦМН-#", "Удовлетворённость наставников", "91,7", "satisfaction_mentors", unit="%",
          link=M + "Gw1s/6pLk8Rt"),
        V("ЦМН-#", "Локальный акт об оплате работы наставников", "1", "pay_acts", unit="ед.",
          link=S + "polozhenie_oplata_nastavnikov.pdf"),
        H("Профориентация"),
        V("ПО-01", "Участники проекта «Билет в будущее»", "83", unit="чел."),
        V("ПО-02", "Соглашения с предприятиями о профориентации (профпробы, экскурсии)", "3", unit="ед."),
        V("ПО-03", "Обучающиеся 15–19 лет, определившиеся с выбором профессии (по анкетированию)", "61", unit="чел."),
    ]
    end = write_table(ws, f, 6, rows, {"num": "A", "title": "B", "unit": "C", "value": "D", "link": "E"})
    box(ws, 5, end - 1, 1, 5)
    ws[f"B{end + 1}"] = "Ответственный: Л.П. Дзюина, зам. директора по ВР"
    widths(ws, [11, 70, 16, 14, 46])
    wb.save(os.path.join(HERE, fn))
    return f


# ----------------------------------------------------------------------------------------------
# 07  МБОУ «Тыловайская СОШ №3»: sections А–Г, mentoring rows spread over «Контингент», «Кадры» and
#     «Программы и проекты», shares as ROUND formulas; re-saved through LibreOffice
# ----------------------------------------------------------------------------------------------
def file07():
    fn = "typed/07_tylovay_sosh3_2024.xlsx"
    org = "МБОУ «Тыловайская СОШ №3»"
    f = Form(fn, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "ОО_2024"
    ws["A1"] = "Мониторинг деятельности ОО за 2024 год"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Образовательная организация: {org}"
    ws["A2"].font = BOLD
    ws.merge_cells("A1:D1")
    ws.merge_cells("A2:D2")
    f.meta("organisation", ws.title, "A2", org)
    f.meta("year", ws.title, "A1", 2024)
    header(ws, 4, ["№", "Показатель", "Значение", "Подтверждающий документ"])
    S = "https://tylovay-sosh3.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    O = "https://tylovay-sosh3.gosuslugi.ru/netcat_files/userfiles/docs/"
    # row numbers are fixed so that the formulas can refer to them
    R = {}
    rows = []

    def add(key, r):
        R[key] = r
        rows.append((key, r))

    add("hA", H("Раздел А. Контингент обучающихся"))
    add(None, V("А.1", "Численность обучающихся, всего", 905))
    add("s1019", V("А.2", "в т.ч. в возрасте от 10 до 19 лет", 541, "students_10_19"))
    add("m1019", V("А.2.1", "из них включены в программы наставничества в роли наставляемых", 81, "mentees_10_19",
                   link=S + "baza_nastavlyaemyh_2024.pdf"))
    add(None, V("А.2.2", "из них «группа риска»", 12, "mentees_risk"))
    add(None, V("А.2.3", "из них одарённые (региональный реестр)", 10, "mentees_gifted"))
    add(None, V("А.2.4", "из них с ОВЗ, инвалиды", 7, "mentees_disabled"))
    add(None, V("А.2.5", "из них низкая мотивация, неуспеваемость", 17, "mentees_low_motivation"))
    add(None, V("А.2.6", "из них трудности профессионального самоопределения", 20, "mentees_career"))
    add("sh1019", V("А.2.7", "Доля наставляемых от численности обучающихся 10–19 лет, %", None,
                    "share_mentees_10_19", exp=14.97))
    add("s1519", V("А.3", "в т.ч. в возрасте от 15 до 19 лет", 187, "students_15_19"))
    add("m1519", V("А.3.1", "из них наставники (по приказу)", 30, "mentors_15_19", link=S + "baza_nastavnikov_2024.pdf"))
    add("sh1519", V("А.3.2", "Доля наставников от численности обучающихся 15–19 лет, %", None,
                    "share_mentors_15_19", exp=16.04))
    add(None, V("А.4", "Обучающиеся 10–19 лет, занимающиеся в центре «Точка роста»", 228))
    add(None, V("А.5", "Обучающиеся 15–19 лет, зарегистрированные на платформе «Билет в будущее»", 131))
    add(None, V("А.6", "Обучающиеся с ОВЗ, обучающиеся по адаптированным программам", 23))
    add("hB", H("Раздел Б. Педагогические кадры"))
    add("tm", V("Б.1", "Всего педагогических работников (основных)", 67, "teachers_municipal"))
    add("ys", V("Б.1.1", "в т.ч. молодые специалисты (до 35 лет, первые три года работы)", 10, "young_specialists"))
    add("ysm", V("Б.1.1.1", "из них наставляемые", 9, "young_specialists_mentees", link=S + "prikaz_178_pary.pdf"))
    add("to", V("Б.1.2", "в т.ч. остальные педагоги", 57, "teachers_other"))
    add("tom", V("Б.1.2.1", "из них наставляемые", 14, "teachers_other_mentees", link=S + "prikaz_178_pary.pdf"))
    add("tmr", V("Б.2", "Педагоги-наставники (по приказу)", 31, "teachers_mentors", link=S + "prikaz_178_pary.pdf"))
    add("s_ysm", V("Б.3", "Доля молодых специалистов — наставляемых, %", None, "share_young_specialists_mentees",
                   exp=90.0))
    add("s_tm", V("Б.4", "Доля педагогов — наставляемых, %", None, "share_teachers_mentees", exp=34.33))
    add("s_tmr", V("Б.5", "Доля педагогов — наставников, %", None, "share_teachers_mentors", exp=46.27))
    add(None, V("Б.6", "Педагоги, обученные по программам КПК «Школы Минпросвещения России»", 19))
    add(None, V("Б.7", "Педагоги, обученные на КПК по наставничеству в 2024 году", 4, "kpk_trained",
                link=S + "kpk_nastavnichestvo.pdf"))
    add(None, V("Б.8", "Советник директора по воспитанию (ставка)", 1))
    add("hV", H("Раздел В. Программы и проекты"))
    add(None, H("В.1. «Школа Минпросвещения России»"))
    add(None, V("В.1.1", "Уровень соответствия", "средний"))
    add(None, V("В.1.2", "Наличие Положения о внутренней системе оценки качества образования", "да",
                link=O + "polozhenie_VSOKO.pdf"))
    add(None, H("В.2. «Движение Первых» и воспитание"))
    add(None, V("В.2.1", "Участники первичного отделения «Движения Первых»", 287))
    add(None, V("В.2.2", "Методические объединения классных руководителей", 2))
    add(None, V("В.2.3", "Наличие Положения о школьном театре", "да", link=O + "polozhenie_teatr.pdf"))
    add(None, H("В.3. Профориентация"))
    add(None, V("В.3.1", "Соглашения с предприятиями по профориентации (экскурсии, профпробы)", 3))
    add(None, V("В.3.2", "Кураторы (навигаторы) проекта «Билет в будущее»", 2))
    add(None, H("В.4. Наставничество"))
    add(None, V("В.4.1", "Положение о системе наставничества педагогических работников (приказ)", "да",
                "orgs_regulation_teachers", link=S + "prikaz_120_polozhenie_ped.pdf"))
    add(None, V("В.4.2", "Положение о системе наставничества обучающихся (приказ)", "да",
                "orgs_regulation_students", link=S + "prikaz_121_polozhenie_obuch.pdf"))
    add(None, V("В.4.3", "Приказ о мониторинге ЦМН", "да", "orgs_monitoring_order",
                link=S + "prikaz_201_monitoring.pdf"))
    add(None, V("В.4.4", "Куратор ЦМН", 1, "curators_total", link=S + "prikaz_119_kurator.pdf"))
    add(None, V("В.4.5", "Соглашения о привлечении наставников: с образовательными организациями", 1,
                "agreements_edu_orgs", link=S + "soglashenie_ATT.pdf"))
    add(None, V("В.4.6", "Соглашения о привлечении наставников: с предприятиями", 1, "agreements_enterprises",
                link=S + "soglashenie_RTS.pdf"))
    add(None, V("В.4.7", "Соглашения о привлечении наставников: с иными организациями", 1, "agreements_other_orgs",
                link=S + "soglashenie_DYuSSh.pdf"))
    add(None, V("В.4.8", "Наставники по приказу, всего", 65, "mentors_total", link=S + "prikaz_178_pary.pdf"))
    add(None, V("В.4.9", "Наставляемые по приказу, всего", 104, "mentees_total", link=S + "prikaz_178_pary.pdf"))
    add(None, V("В.4.10", "Персонализированные программы наставничества", 41, "pp_total",
                link=S + "reestr_pp_2024.pdf"))
    add(None, V("В.4.10.1", "«ученик – ученик»", 15, "pp_pupil_pupil"))
    add(None, V("В.4.10.2", "«учитель – учитель»", 13, "pp_teacher_teacher"))
    add(None, V("В.4.10.3", "«руководитель – педагог»", 4, "pp_head_teacher"))
    add(None, V("В.4.10.4", "«учитель – ученик»", 7, "pp_teacher_pupil"))
    add(None, V("В.4.11", "ШМО наставников", 1, "school_methodical_associations", link=S + "prikaz_122_SHMO.pdf"))
    add(None, V("В.4.12", "Удовлетворённость наставляемых, %", 92.6, "satisfaction_mentees",
                link=S + "anketirovanie_2024.pdf"))
    add(None, V("В.4.13", "Удовлетворённость наставников, %", 90.8, "satisfaction_mentors",
                link=S + "anketirovanie_2024.pdf"))
    add(None, V("В.4.14", "Положения о материальном / нематериальном поощрении наставников", "да / да"))
    add("hG", H("Раздел Г. Питание"))
    add(None, V("Г.1", "Охват горячим питанием, %", 95.4))
    add(None, V("Г.2", "Положение о бракеражной комиссии", "да", link=O + "polozhenie_brakerazh.pdf"))

    first = 5
    rownum = {}
    for i, (key, _) in enumerate(rows):
        if key:
            rownum[key] = first + i
    formulas = {
        "sh1019": ("m1019", "s1019"), "sh1519": ("m1519", "s1519"),
        "s_ysm": ("ysm", "ys"), "s_tmr": ("tmr", "tm"),
    }
    for key, (num, den) in formulas.items():
        rows[[k for k, _ in rows].index(key)][1].value = f"=ROUND(C{rownum[num]}/C{rownum[den]}*100,2)"
    rows[[k for k, _ in rows].index("s_tm")][1].value = (
        f"=ROUND((C{rownum['ysm']}+C{rownum['tom']})/(C{rownum['ys']}+C{rownum['to']})*100,2)")
    end = write_table(ws, f, first, [r for _, r in rows], {"num": "A", "title": "B", "value": "C", "link": "D"})
    box(ws, 4, end - 1, 1, 4)
    ws[f"B{end + 1}"] = "Директор ___________ А.С. Лекомцев        М.П."
    widths(ws, [10, 72, 14, 60])
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, os.path.basename(fn))
    wb.save(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", TYPED, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(BUILD)  # the openpyxl original is only an intermediate step
    return f


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    forms = [file01(), file02(), file03(), file04(), file05(), file06(), file07()]
    expected = [fm.entry for fm in forms]
    cells = [c for fm in forms for c in fm.cells]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"resaved_with_libreoffice": ["typed/07_tylovay_sosh3_2024.xlsx"],
                   "note": "file 07 was written by openpyxl with ROUND() formulas for the shares and re-saved with "
                           "`soffice --headless --convert-to xlsx`, so the share cells hold formulas with cached values "
                           "(read with data_only=True)",
                   "cells": cells}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len(expected)} values={nv} links={nl}")


if __name__ == "__main__":
    main()
