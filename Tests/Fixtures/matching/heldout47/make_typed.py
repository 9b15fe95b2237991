#!/usr/bin/env python3
"""Held-out set 47: a school's own workbook kept over the years.

Six workbooks of one invented municipality (Каменноключевский муниципальный округ): five schools and one
ДОП (Дом детского творчества). Each workbook keeps the organisation's internal monitoring of the mentoring
model (ЦМН) for several years: one sheet per year, a «Динамика»/«Сравнение» sheet with formulas, in some files
a hidden draft. Workbooks are written with openpyxl into build/, then re-saved through LibreOffice into typed/
so that every formula carries a cached value (as a workbook saved by an office program does).

Deterministic: all data are fixed below.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os
import shutil
import subprocess
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
TYPED = os.path.join(HERE, "typed")
SAVED_BY = "openpyxl, then re-saved by LibreOffice (soffice --headless --convert-to xlsx) for cached formula values"

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")


# ----------------------------------------------------------------------------------------------------------
# row helpers
# ----------------------------------------------------------------------------------------------------------
def H(text):
    """a section / direction row (no value)"""
    return {"kind": "H", "text": text}


def R(crit, label, shown, exp=None, link=None, fmt=None, unit=None, linktext=None, linkspan=1, note=None,
      extra=None):
    """a criterion row. crit=None -> a decoy row (its label goes to not_criteria).
    shown: what is written in the value cell; exp: the expected value (per cent as number, yes/no as 1/0).
    link: proof URL; linktext: if given, the cell shows this text and carries the URL as a hyperlink.
    linkspan: the link cell is merged down over this many rows (the following rows use link="^" to say
    'same merged link').  extra: additional cells {col_letter: value} (e.g. a plan column)."""
    return {"kind": "R", "crit": crit, "label": label, "shown": shown, "exp": exp, "link": link, "fmt": fmt,
            "unit": unit, "linktext": linktext, "linkspan": linkspan, "note": note, "extra": extra or {}}


def auto_exp(shown, fmt):
    if isinstance(shown, str):
        s = shown.strip().lower()
        if s.startswith("да"):
            return 1
        if s.startswith("нет"):
            return 0
        return shown  # texts and lists: as typed
    if fmt and "%" in fmt:
        return round(shown * 100, 2)
    return shown


class Collector:
    def __init__(self):
        self.expected = []
        self.cells = []

    def form(self, file, sheet, year, org, rows_pos, headings, not_criteria):
        entry = {"file": "typed/" + file, "year": year, "organisation": org, "values": {}, "links": {},
                 "not_criteria": list(not_criteria), "headings": list(headings)}
        for r in rows_pos:
            if r["crit"] is None:
                continue
            entry["values"][r["crit"]] = r["expv"]
            self.cells.append({"file": "typed/" + file, "sheet": sheet, "year": year, "organisation": org,
                               "criterion": r["crit"], "kind": "value", "cell": r["vcell"],
                               "expected": r["expv"], "label_cell": r["lcell"], "label": r["label"],
                               "saved_by": SAVED_BY})
            if r["link"]:
                entry["links"][r["crit"]] = r["link"]
                self.cells.append({"file": "typed/" + file, "sheet": sheet, "year": year, "organisation": org,
                                   "criterion": r["crit"], "kind": "link", "cell": r["linkcell"],
                                   "via": "hyperlink" if r["linktext"] else "value",
                                   "expected": r["link"], "label_cell": r["lcell"], "label": r["label"],
                                   "saved_by": SAVED_BY})
        self.expected.append(entry)


def write_rows(ws, start, rows, cols, heading_mode="row", last_col=None, number=True):
    """cols: dict with keys num, dir, label, unit, value, link, note (column letters or None).
    heading_mode 'row': a heading is a merged row; 'dir': the heading text sits in cols['dir'] merged down
    over its group of rows.  Returns (positions of criterion rows, next free row, {crit: value cell})."""
    r = start
    pos = []
    vmap = {}
    n_sec = 0
    n_item = 0
    group_start = None
    group_text = None
    pending_link = None  # (url, top cell, linktext) for merged link cells

    def close_group(end_row):
        if heading_mode == "dir" and group_start is not None:
            c = ws[f"{cols['dir']}{group_start}"]
            c.value = group_text
            c.alignment = WRAP
            c.font = BOLD
            if end_row > group_start:
                ws.merge_cells(f"{cols['dir']}{group_start}:{cols['dir']}{end_row}")

    for row in rows:
        if row["kind"] == "H":
            n_sec += 1
            n_item = 0
            if heading_mode == "row":
                first = cols.get("num") or cols["label"]
                ws[f"{first}{r}"] = row["text"]
                ws[f"{first}{r}"].font = BOLD
                ws[f"{first}{r}"].fill = GREY
                ws.merge_cells(f"{first}{r}:{last_col}{r}")
                r += 1
            else:
                close_group(r - 1)
                group_start, group_text = r, row["text"]
            continue
        n_item += 1
        if cols.get("num") and number:
            ws[f"{cols['num']}{r}"] = f"{n_sec}.{n_item}" if n_sec else n_item
        lc = ws[f"{cols['label']}{r}"]
        lc.value = row["label"]
        lc.alignment = WRAP
        if cols.get("unit") and row["unit"] is not None:
            ws[f"{cols['unit']}{r}"] = row["unit"]
        vc = ws[f"{cols['value']}{r}"]
        vc.value = row["shown"]
        if row["fmt"]:
            vc.number_format = row["fmt"]
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        for col, val in row["extra"].items():
            ws[f"{col}{r}"] = val
            ws[f"{col}{r}"].alignment = Alignment(horizontal="center", vertical="top")
        if cols.get("note") and row["note"]:
            ws[f"{cols['note']}{r}"] = row["note"]
            ws[f"{cols['note']}{r}"].alignment = WRAP
        linkcell = None
        link = row["link"]
        if link == "^":
            link, linkcell, lt = pending_link
            row = dict(row, linktext=lt)
        elif link:
            lcell = ws[f"{cols['link']}{r}"]
            if row["linktext"]:
                lcell.value = row["linktext"]
                lcell.hyperlink = link
                lcell.font = Font(color="0563C1", underline="single")
            else:
                lcell.value = link
            lcell.alignment = WRAP
            linkcell = lcell.coordinate
            if row["linkspan"] > 1:
                ws.merge_cells(f"{cols['link']}{r}:{cols['link']}{r + row['linkspan'] - 1}")
                pending_link = (link, linkcell, row["linktext"])
        expv = row["exp"] if row["exp"] is not None else (auto_exp(row["shown"], row["fmt"]) if row["crit"] else None)
        pos.append({"crit": row["crit"], "label": row["label"], "lcell": lc.coordinate, "vcell": vc.coordinate,
                    "expv": expv, "link": link, "linkcell": linkcell, "linktext": row["linktext"]})
        if row["crit"]:
            vmap[row["crit"]] = vc.coordinate
        r += 1
    if heading_mode == "dir":
        close_group(r - 1)
    return pos, r, vmap


def frame(ws, top, bottom, left, right):
    for row in ws.iter_rows(min_row=top, max_row=bottom, min_col=left, max_col=right):
        for c in row:
            c.border = BORDER


def header(ws, row, titles, start_col=1):
    for i, t in enumerate(titles):
        c = ws.cell(row=row, column=start_col + i, value=t)
        c.font = BOLD
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = GREY


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


def decoys(rows):
    return [r["label"] for r in rows if r["kind"] == "R" and r["crit"] is None]


def heads(rows):
    return [r["text"] for r in rows if r["kind"] == "H"]


def qs(sheet):
    return "'" + sheet.replace("'", "''") + "'"


C = Collector()

# ==========================================================================================================
# 1. МБОУ «Каменноключевская СОШ № 1» — sheets «2023», «2024», «2022», «Динамика», hidden «2024 черновик»
# ==========================================================================================================
F1 = "SOSH1_nastavnichestvo_2022-2024.xlsx"
O1 = "МБОУ «Каменноключевская СОШ № 1»"
D1 = "https://sosh1-kamklyuch-r18.gosweb.gosuslugi.ru/netcat_files/32/49/"
L1_pol = D1 + "Prikaz_52_ob_utverzhdenii_polozhenij_o_nastavnichestve.pdf"
L1_mon23 = D1 + "Prikaz_133_o_monitoringe_TsMN_2023.pdf"
L1_mon24 = D1 + "Prikaz_141_o_monitoringe_TsMN_2024.pdf"
L1_spr24 = D1 + "Spravka_vnutrennij_monitoring_nastavnichestvo_2024.pdf"
L1_base23 = D1 + "Prikaz_109_o_zakreplenii_nastavnicheskih_par_2023-2024.pdf"
L1_base24 = D1 + "Prikaz_118_o_zakreplenii_nastavnicheskih_par_2024-2025.pdf"
L1_pp23 = D1 + "Personalizirovannye_programmy_nastavnichestva_2023.pdf"
L1_pp24 = D1 + "Personalizirovannye_programmy_nastavnichestva_2024.pdf"
L1_prog23 = D1 + "Programma_nastavnichestva_2023-2024.pdf"
L1_kpk24 = D1 + "Udostovereniya_KPK_nastavnichestvo_2024.pdf"
L1_ank24 = D1 + "Itogi_anketirovaniya_udovletvorennost_2024.pdf"

f1_2024 = [
    H("1. Нормативная база"),
    R("orgs_regulation_teachers", "Положение о наставничестве педагогических работников (приказ об утверждении)", "да", link=L1_pol),
    R("orgs_regulation_students", "Положение о наставничестве обучающихся (приказ об утверждении)", "да", link=L1_pol),
    R("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в 2024 году", "да", link=L1_mon24),
    R(None, "Дорожная карта внедрения ЦМН на 2024-2025 уч.г.", "да"),
    H("2. Организация наставничества в школе"),
    R("curators_total", "Кураторы ЦМН в школе, чел.", 1),
    R("mentors_total", "Наставники, закреплённые приказом (всего)", 40, link=L1_base24),
    R("mentees_total", "Наставляемые, закреплённые приказом (всего)", 112, link=L1_base24),
    R(None, "Количество наставнических пар/групп", 41),
    R("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "да", link=L1_spr24),
    H("3. Персонализированные программы"),
    R("pp_total", "Персонализированных программ наставничества всего", 58, link=L1_pp24),
    R("pp_pupil_pupil", "из них «ученик – ученик»", 31),
    R("pp_teacher_teacher", "«учитель – учитель»", 12),
    R("pp_head_teacher", "«руководитель – педагог»", 2),
    R("pp_teacher_pupil", "«учитель – ученик»", 13),
    H("4. Обучающиеся"),
    R("students_10_19", "Количество обучающихся в возрасте 10–19 лет", 486),
    R("mentees_10_19", "из них включены в программы наставничества как наставляемые", 94, link=L1_base24),
    R("mentees_risk", "— из «группы риска»", 9),
    R("mentees_low_motivation", "— с низкой мотивацией / неуспевающие", 27),
    R("share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", 0.1934, fmt="0.00%"),
    R("students_15_19", "Количество обучающихся 15–19 лет", 142),
    R("mentors_15_19", "из них наставники (по приказу)", 21, link=L1_base24),
    R("share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет", 0.1479, fmt="0.00%"),
    H("5. Педагоги"),
    R("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", 7),
    R("young_specialists_mentees", "из них закреплены за наставником", 6, link=L1_base24),
    R("teachers_mentors", "Педагоги-наставники", 19, link=L1_base24),
    R("kpk_trained", "Прошли КПК по наставничеству в 2024 году", 3, link=L1_kpk24),
    H("6. Удовлетворённость (анкетирование), %"),
    R("satisfaction_mentees", "наставляемых", 91, link=L1_ank24),
    R("satisfaction_mentors", "наставников", 88, link=L1_ank24),
]

f1_2023 = [
    H("1. Нормативное обеспечение"),
    R("orgs_regulation_teachers", "Наличие приказа об утверждении Положения о системе наставничества педагогических работников", "Да", link=L1_pol),
    R("orgs_regulation_students", "Наличие приказа об утверждении Положения о системе наставничества обучающихся", "Да", link=L1_pol),
    R("orgs_monitoring_order", "Наличие приказа о мониторинге ЦМН", "Да", link=L1_mon23),
    R(None, "Наличие дорожной карты", "Да"),
    H("2. Организация процесса"),
    R("curators_total", "Количество кураторов ЦМН", 2),
    R("programmes_total", "Количество утверждённых программ наставничества (кроме персонализированных)", 3, link=L1_prog23),
    R("mentors_total", "Количество наставников в базе школы (по приказу)", 34, link=L1_base23),
    R("mentees_total", "Количество наставляемых в базе школы (по приказу)", 87, link=L1_base23),
    R(None, "Количество наставнических пар", 32),
    H("3. Персонализированные программы"),
    R("pp_total", "Количество персонализированных программ", 44, link=L1_pp23),
    R("pp_pupil_pupil", "ученик – ученик", 22),
    R("pp_teacher_teacher", "учитель – учитель", 11),
    R("pp_teacher_pupil", "учитель – ученик", 11),
    H("4. Обучающиеся"),
    R("students_10_19", "Обучающихся 10–19 лет", 471),
    R("mentees_10_19", "Обучающихся 10–19 лет — наставляемые", 72, link=L1_base23),
    R("students_15_19", "Обучающихся 15–19 лет", 138),
    R("mentors_15_19", "Обучающиеся 15–19 лет — наставники", 16, link=L1_base23),
    H("5. Педагоги"),
    R("young_specialists", "Молодые специалисты", 6),
    R("young_specialists_mentees", "Молодые специалисты — наставляемые", 6),
    R("teachers_mentors", "Педагоги — наставники", 16),
]

f1_2022 = [
    R("orgs_regulation_teachers", "Положение о наставничестве педагогов", "да (пр. № 52 от 31.08.2022)"),
    R("orgs_regulation_students", "Положение о наставничестве обучающихся", "да (пр. № 52 от 31.08.2022)"),
    R(None, "Наставники / наставляемые (по приказу)", "28 / 64"),
    R("pp_total", "Персонализированные программы", 30),
    R("students_10_19", "Обучающиеся 10-19 лет", 458),
    R("mentees_10_19", "Из них наставляемые", 51),
    R("mentors_15_19", "Наставники из числа обучающихся 15-19 лет", 11),
    R("young_specialists", "Молодые специалисты", 5),
    R("young_specialists_mentees", "Молодые специалисты с наставником", 5),
    R("teachers_mentors", "Педагоги-наставники", 12),
]


def file1():
    wb = Workbook()
    ws23 = wb.active
    ws23.title = "2023"
    ws24 = wb.create_sheet("2024")
    ws22 = wb.create_sheet("2022")
    wsd = wb.create_sheet("Динамика")
    wsh = wb.create_sheet("2024 черновик")

    cols = {"num": "A", "label": "B", "value": "C", "link": "D"}
    # 2024 (copied from 2023 and edited)
    ws24["A1"] = f"Мониторинг реализации целевой модели наставничества в {O1} за 2024 год"
    ws24["A1"].font = Font(bold=True, size=12)
    ws24["A2"] = "(заполняет куратор ЦМН, срок сдачи в УО — до 01.11.2024)"
    header(ws24, 4, ["№", "Критерий", "Значение", "Подтверждающий документ (ссылка)"])
    p24, end, v24 = write_rows(ws24, 5, f1_2024, cols, last_col="D")
    frame(ws24, 4, end - 1, 1, 4)
    ws24[f"B{end + 1}"] = "Куратор ЦМН: Вершинина Т.Г., зам. директора по УВР"
    widths(ws24, [6, 62, 12, 70])
    C.form(F1, "2024", 2024, O1, p24, heads(f1_2024), decoys(f1_2024))

    ws23["A1"] = f"Мониторинг реализации ЦМН в {O1} за 2023 год"
    ws23["A1"].font = Font(bold=True, size=12)
    header(ws23, 3, ["№", "Критерий", "Значение", "Ссылка на документ"])
    p23, end, v23 = write_rows(ws23, 4, f1_2023, cols, last_col="D")
    frame(ws23, 3, end - 1, 1, 4)
    ws23[f"B{end + 1}"] = "Куратор ЦМН: Вершинина Т.Г."
    widths(ws23, [6, 62, 12, 70])
    C.form(F1, "2023", 2023, O1, p23, heads(f1_2023), decoys(f1_2023))

    ws22["A1"] = "Внутренний мониторинг ЦМН (2022 г.)"
    ws22["A1"].font = BOLD
    ws22["A2"] = O1
    header(ws22, 4, ["Показатель", "Значение", "Примечание"])
    cols22 = {"label": "A", "value": "B", "note": "C"}
    p22, end, v22 = write_rows(ws22, 5, f1_2022, cols22)
    ws22["C5"] = "приказ на сайте, раздел «Наставничество»"
    frame(ws22, 4, end - 1, 1, 3)
    widths(ws22, [52, 26, 40])
    C.form(F1, "2022", 2022, O1, p22, [], decoys(f1_2022))

    # Динамика: three years side by side, formulas to the year sheets, change formulas
    wsd["A1"] = "Динамика показателей наставничества, 2022–2024"
    wsd["A1"].font = Font(bold=True, size=12)
    header(wsd, 3, ["Показатель", "2022", "2023", "2024", "Изменение 2024/2023", "Изменение, %"])
    dyn = [("Наставники (по приказу)", None, "mentors_total"),
           ("Наставляемые (по приказу)", None, "mentees_total"),
           ("Персонализированные программы", "pp_total", "pp_total"),
           ("Обучающиеся 10–19 лет — наставляемые", "mentees_10_19", "mentees_10_19"),
           ("Обучающиеся 15–19 лет — наставники", "mentors_15_19", "mentors_15_19"),
           ("Молодые специалисты — наставляемые", "young_specialists_mentees", "young_specialists_mentees"),
           ("Педагоги-наставники", "teachers_mentors", "teachers_mentors")]
    r = 4
    for label, k22, k in dyn:
        wsd[f"A{r}"] = label
        if k22:
            wsd[f"B{r}"] = f"={qs('2022')}!{v22[k22]}"
        else:
            wsd[f"B{r}"] = 28 if k == "mentors_total" else 64
        wsd[f"C{r}"] = f"={qs('2023')}!{v23[k]}"
        wsd[f"D{r}"] = f"={qs('2024')}!{v24[k]}"
        wsd[f"E{r}"] = f"=D{r}-C{r}"
        wsd[f"F{r}"] = f"=IF(C{r}=0,\"\",E{r}/C{r})"
        wsd[f"F{r}"].number_format = "0.0%"
        r += 1
    frame(wsd, 3, r - 1, 1, 6)
    widths(wsd, [44, 10, 10, 10, 14, 14])

    # hidden draft of 2024: an early copy, partly refilled
    wsh["A1"] = f"Мониторинг реализации целевой модели наставничества в {O1} за 2024 год"
    header(wsh, 3, ["№", "Критерий", "Значение", "Ссылка"])
    draft = [("Наставники, закреплённые приказом (всего)", 38), ("Наставляемые, закреплённые приказом (всего)", 105),
             ("Персонализированных программ наставничества всего", 52), ("Количество обучающихся в возрасте 10–19 лет", 480),
             ("из них включены в программы наставничества как наставляемые", 88), ("Педагоги-наставники", 17),
             ("Прошли КПК по наставничеству в 2024 году", "уточнить"), ("Удовлетворённость наставляемых, %", None)]
    for i, (lab, v) in enumerate(draft, start=4):
        wsh[f"A{i}"] = i - 3
        wsh[f"B{i}"] = lab
        wsh[f"C{i}"] = v
    wsh["D4"] = "приказ ещё не подписан"
    wsh.sheet_state = "hidden"
    widths(wsh, [6, 62, 12, 40])
    wb.active = 1
    return wb


# ==========================================================================================================
# 2. МБОУ «Каменноключевская СОШ № 2» — «Мониторинг 2023-2024 уч.г.» (проведён 16.10.2023 -> 2023),
#    «Мониторинг 2024-2025 уч.г.» (проведён 17.10.2024 -> 2024), «Сравнение»
# ==========================================================================================================
F2 = "Monitoring_CMN_SOSH2.xlsx"
O2 = "МБОУ «Каменноключевская СОШ № 2»"
D2 = "https://shkola2-kamklyuch.edu.ru/upload/nastavnichestvo/"
L2_pol23 = D2 + "2023/polozheniya_o_nastavnichestve_prikaz_87-od.pdf"
L2_mon23 = D2 + "2023/prikaz_o_monitoringe_CMN_2023.pdf"
L2_base23 = D2 + "2023/prikaz_nastavnicheskie_pary_2023.pdf"
L2_pp23 = D2 + "2023/personalizirovannye_programmy_2023.pdf"
L2_pay = D2 + "2023/polozhenie_ob_oplate_truda_nastavnikov.pdf"
L2_agr23 = D2 + "2023/soglashenie_lespromhoz.pdf"
L2_prog23 = D2 + "2023/programmy_nastavnichestva_po_formam.pdf"
L2_mon24 = D2 + "2024/prikaz_o_monitoringe_CMN_2024.pdf"
L2_base24 = D2 + "2024/prikaz_nastavnicheskie_pary_2024-2025.pdf"
L2_pp24 = D2 + "2024/personalizirovannye_programmy_2024.pdf"
L2_agr24 = D2 + "2024/soglasheniya_o_sotrudnichestve_2024.pdf"
L2_shmo = D2 + "2024/prikaz_o_sozdanii_ShMO_nastavnikov.pdf"
L2_kpk24 = D2 + "2024/udostovereniya_kpk_2024.pdf"
L2_ank24 = D2 + "2024/anketirovanie_itogi_2024.pdf"

f2_2024 = [
    H("Нормативное обеспечение реализации ЦМН"),
    R("orgs_regulation_teachers", "Приказ «Об утверждении положения о системе наставничества педагогических работников в образовательной организации»", "Да", unit="да/нет", link=L2_pol23),
    R("orgs_regulation_students", "Приказ «Об утверждении положения о системе наставничества обучающихся в образовательной организации»", "Да", unit="да/нет", link=L2_pol23),
    R("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН в ОО", "Да", unit="да/нет", link=L2_mon24),
    R("pay_acts", "Локальный акт об оплате работы наставника", 1, unit="ед.", link=L2_pay),
    H("Организация процесса реализации ЦМН"),
    R("mentors_total", "Количество наставников в базе ОО (по приказу)", 52, unit="чел.", link=L2_base24),
    R("mentees_total", "Количество наставляемых в базе ОО (по приказу)", 118, unit="чел.", link=L2_base24),
    R("agreements_enterprises", "Соглашения с предприятиями о предоставлении наставников", 1, unit="ед.", link=L2_agr24),
    R("partner_list", "Организации-партнёры по наставничеству", "МБОУ «Каменноключевская гимназия»; АО «Каменноключевской леспромхоз»", unit="перечень"),
    R(None, "Количество реализованных проектов совместно с предприятиями", 1, unit="ед."),
    H("Персонализированные программы наставничества"),
    R("pp_total", "Всего персонализированных программ", 59, unit="ед.", link=L2_pp24, linkspan=4),
    R("pp_pupil_pupil", "форма «ученик – ученик»", 30, unit="ед.", link="^"),
    R("pp_teacher_teacher", "форма «учитель – учитель»", 14, unit="ед.", link="^"),
    R("pp_teacher_pupil", "форма «учитель – ученик»", 15, unit="ед.", link="^"),
    H("Включение предприятий (организаций) в программы наставничества"),
    R("enterprise_mentors", "Наставники — сотрудники предприятий (по приказу)", 2, unit="чел.", link=L2_base24),
    H("Охват обучающихся 10–19 лет в роли наставляемых"),
    R("students_10_19", "Общее количество обучающихся 10–19 лет", 352, unit="чел."),
    R("mentees_10_19", "Обучающиеся 10–19 лет в роли наставляемых", 71, unit="чел.", link=L2_base24),
    R("mentees_gifted", "из них одарённые дети (вошедшие в реестр)", 8, unit="чел."),
    H("Охват обучающихся 15–19 лет в роли наставников"),
    R("students_15_19", "Общее количество обучающихся 15–19 лет", 98, unit="чел."),
    R("mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу)", 26, unit="чел.", link=L2_base24),
    H("Удовлетворённость участием в программах наставничества"),
    R("satisfaction_mentors", "Наставники", 90, unit="%", link=L2_ank24),
    R("satisfaction_mentees", "Наставляемые", 87, unit="%", link=L2_ank24),
    H("Педагоги в роли наставляемых"),
    R("young_specialists", "Молодые специалисты ОО (до 35 лет, первые 3 года работы)", 9, unit="чел."),
    R("young_specialists_mentees", "из них наставляемые", 8, unit="чел.", link=L2_base24),
    R("teachers_other", "Остальные педагоги (без молодых специалистов)", 38, unit="чел."),
    R("teachers_other_mentees", "из них наставляемые", 6, unit="чел.", link=L2_base24),
    H("Профессиональное развитие педагогов"),
    R("school_methodical_associations", "ШМО наставников", 1, unit="ед.", link=L2_shmo),
    R("kpk_trained", "Обучились на КПК по наставничеству в 2024 г.", 2, unit="чел.", link=L2_kpk24),
    R(None, "Количество педагогов, включённых в сетевые сообщества в роли наставляемых", 0, unit="чел."),
]

f2_2023 = [
    H("Нормативное обеспечение реализации ЦМН"),
    R("orgs_regulation_teachers", "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников»", "Да", unit="да/нет", link=L2_pol23),
    R("orgs_regulation_students", "Наличие приказа «Об утверждении положения о системе наставничества обучающихся»", "Да", unit="да/нет", link=L2_pol23),
    R("orgs_monitoring_order", "Наличие приказа о мониторинге в ОО", "Да", unit="да/нет", link=L2_mon23),
    R("pay_acts", "Положение об оплате труда наставников", 1, unit="ед.", link=L2_pay),
    H("Организация процесса реализации ЦМН"),
    R("programmes_total", "Утверждённые программы наставничества по формам (без персонализированных)", 4, unit="ед.", link=L2_prog23),
    R("mentors_total", "Количество наставников в базе ОО (по приказу)", 45, unit="чел.", link=L2_base23),
    R("mentees_total", "Количество наставляемых в базе ОО (по приказу)", 97, unit="чел.", link=L2_base23),
    R("agreements_enterprises", "Соглашения с предприятиями по наставничеству", 1, unit="ед.", link=L2_agr23),
    R("partner_list", "Партнёры", "АО «Каменноключевской леспромхоз»", unit="перечень"),
    H("Персонализированные программы наставничества"),
    R("pp_total", "Персонализированные программы, всего", 48, unit="ед.", link=L2_pp23),
    R("pp_pupil_pupil", "«ученик – ученик»", 24, unit="ед."),
    R("pp_teacher_teacher", "«учитель – учитель»", 12, unit="ед."),
    R("pp_teacher_pupil", "«учитель – ученик»", 12, unit="ед."),
    H("Включение предприятий (организаций) в программы наставничества"),
    R("enterprise_mentors", "Наставники из числа сотрудников предприятий (по приказу)", 1, unit="чел.", link=L2_base23),
    H("Охват детей 10–19 лет в роли наставляемых"),
    R("students_10_19", "Количество обучающихся 10–19 лет", 341, unit="чел."),
    R("mentees_10_19", "Количество обучающихся (от 10 до 19 лет), включенных в программы наставничества в роли наставляемого", 58, unit="чел.", link=L2_base23),
    R("mentees_gifted", "из числа «одарённых детей»", 6, unit="чел."),
    H("Охват детей 15–19 лет в роли наставников"),
    R("students_15_19", "Количество обучающихся 15–19 лет", 95, unit="чел."),
    R("students_15_19_in_programmes", "Обучающиеся 15–19 лет, вошедшие в программы наставничества", 37, unit="чел."),
    R("mentors_15_19", "Наставники из числа обучающихся (по приказу)", 21, unit="чел.", link=L2_base23),
    H("Удовлетворённость участием в программах наставничества"),
    R("satisfaction_mentors", "Уровень удовлетворённости наставников", 85, unit="%"),
    R("satisfaction_mentees", "Уровень удовлетворённости наставляемых", 82, unit="%"),
    H("Молодые специалисты"),
    R("young_specialists", "Количество молодых педагогов в ОО", 7, unit="чел."),
    R("young_specialists_mentees", "Молодые педагоги в роли наставляемых", 7, unit="чел.", link=L2_base23),
]


def file2():
    wb = Workbook()
    ws23 = wb.active
    ws23.title = "Мониторинг 2023-2024 уч.г."
    ws24 = wb.create_sheet("Мониторинг 2024-2025 уч.г.")
    wss = wb.create_sheet("Сравнение")
    cols = {"dir": "A", "label": "B", "unit": "C", "value": "D", "link": "E"}
    out = {}
    for ws, rows, date, year, hdr in ((ws23, f2_2023, "16.10.2023", 2023, "Измерительный материал / источник информации"),
                                      (ws24, f2_2024, "17.10.2024", 2024, "Источник информации (ссылка)")):
        ws["A1"] = "Внутренний мониторинг внедрения целевой модели наставничества"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = O2
        ws["A3"] = f"Дата проведения: {date}"
        header(ws, 5, ["Показатель", "Критерий", "Единица измерения", "Значение", hdr])
        p, end, vm = write_rows(ws, 6, rows, cols, heading_mode="dir")
        frame(ws, 5, end - 1, 1, 5)
        ws[f"B{end + 1}"] = "Исполнитель: Лапина О.А., куратор ЦМН"
        widths(ws, [30, 60, 11, 14, 62])
        C.form(F2, ws.title, year, O2, p, heads(rows), decoys(rows))
        out[year] = vm
    wss["A1"] = "Сравнение результатов внутреннего мониторинга ЦМН"
    wss["A1"].font = BOLD
    header(wss, 3, ["Критерий", "2023", "2024", "Динамика"])
    rows = [("Наставники (по приказу)", "mentors_total"), ("Наставляемые (по приказу)", "mentees_total"),
            ("Персонализированные программы", "pp_total"), ("Обучающиеся 10–19 лет — наставляемые", "mentees_10_19"),
            ("Наставники 15–19 лет", "mentors_15_19"), ("Удовлетворённость наставников, %", "satisfaction_mentors"),
            ("Удовлетворённость наставляемых, %", "satisfaction_mentees"),
            ("Молодые специалисты — наставляемые", "young_specialists_mentees")]
    r = 4
    for lab, k in rows:
        wss[f"A{r}"] = lab
        wss[f"B{r}"] = f"={qs(ws23.title)}!{out[2023][k]}"
        wss[f"C{r}"] = f"={qs(ws24.title)}!{out[2024][k]}"
        wss[f"D{r}"] = (f"=IF(C{r}>B{r},\"положительная\",IF(C{r}<B{r},\"отрицательная\",\"стагнация\"))")
        r += 1
    frame(wss, 3, r - 1, 1, 4)
    widths(wss, [44, 10, 10, 18])
    wb.active = 1
    return wb


# ==========================================================================================================
# 3. МБОУ «Сосновская СОШ» — «2023», «Лист2» (a note), «Лист3» (the 2024 form), «Динамика», hidden «Лист1»
# ==========================================================================================================
F3 = "Sosnovskaya_SOSH_nastavnichestvo.xlsx"
O3 = "МБОУ «Сосновская СОШ»"
D3 = "https://sosnovskaya-sosh-r18.gosweb.gosuslugi.ru/netcat_files/18/77/"
L3_pol = D3 + "prikaz_34_polozheniya_nastavnichestvo.pdf"
L3_mon23 = D3 + "prikaz_112_monitoring_nastavnichestva_2023.pdf"
L3_mon24 = D3 + "prikaz_126_monitoring_nastavnichestva_2024.pdf"
L3_base23 = D3 + "prikaz_98_nastavniki_i_nastavlyaemye_2023.pdf"
L3_base24 = D3 + "prikaz_104_nastavniki_i_nastavlyaemye_2024.pdf"
L3_agr24 = D3 + "soglashenie_Sosnovskij_SDK_2024.pdf"
L3_pp24 = D3 + "personalizirovannye_programmy_2024.pdf"

f3_2024 = [
    R("orgs_regulation_teachers", "Положение о наставничестве педработников утверждено (1/0)", 1, link=L3_pol),
    R("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено (1/0)", 1, link=L3_pol),
    R("orgs_monitoring_order", "Приказ о мониторинге (1/0)", 1, link=L3_mon24),
    R("curators_total", "Кураторов ЦМН", 1),
    R("mentors_total", "Наставников по приказу", 18, link=L3_base24),
    R("mentees_total", "Наставляемых по приказу", 37, link=L3_base24),
    R("agreements_other_orgs", "Соглашения с иными организациями (наставники)", 1, link=L3_agr24),
    R("partner_list", "С кем сотрудничаем", "МБУК «Сосновский сельский Дом культуры»", exp="МБУК «Сосновский сельский Дом культуры»"),
    R("other_org_mentors", "Наставники из иных организаций", 1),
    R("pp_total", "Персонализированные программы (всего)", 16, link=L3_pp24),
    R("pp_pupil_pupil", "  ученик-ученик", 8),
    R("pp_teacher_teacher", "  учитель-учитель", 3),
    R("pp_teacher_pupil", "  учитель-ученик", 5),
    R("students_10_19", "Учащихся 10-19 лет", 128),
    R("mentees_10_19", "Учащихся 10-19 лет — наставляемые", 29, link=L3_base24),
    R("mentees_low_motivation", "  в т.ч. слабоуспевающие, низкая мотивация", 11),
    R("share_mentees_10_19", "  доля, %", 22.66),
    R(None, "Учащиеся 1–4 классов — наставляемые", 5),
    R("students_15_19", "Учащихся 15-19 лет", 31),
    R("mentors_15_19", "Учащихся 15-19 лет — наставники", 7, link=L3_base24),
    R("young_specialists", "Молодых специалистов", 2),
    R("young_specialists_mentees", "Молодые специалисты — наставляемые", 2),
    R("teachers_mentors", "Педагоги-наставники", 9),
    R("satisfaction_mentees", "Удовлетворённость наставляемых, %", 94),
    R("satisfaction_mentors", "Удовлетворённость наставников, %", 92),
]

f3_2023 = [
    R("orgs_regulation_teachers", "Положение о наставничестве педагогов (1/0)", 1, link=L3_pol),
    R("orgs_regulation_students", "Положение о наставничестве обучающихся (1/0)", 1, link=L3_pol),
    R("orgs_monitoring_order", "Приказ о мониторинге ЦМН (1/0)", 1, link=L3_mon23),
    R("curators_total", "Кураторов", 1),
    R("mentors_total", "Наставников (приказ)", 15, link=L3_base23),
    R("mentees_total", "Наставляемых (приказ)", 30, link=L3_base23),
    R("pp_total", "Персонализированные программы", 12),
    R("pp_pupil_pupil", "  ученик-ученик", 6),
    R("pp_teacher_teacher", "  учитель-учитель", 3),
    R("pp_teacher_pupil", "  учитель-ученик", 3),
    R("students_10_19", "Учащихся 10-19 лет", 124),
    R("mentees_10_19", "из них наставляемые", 22),
    R("share_mentees_10_19", "  доля, %", 17.74),
    R("students_15_19", "Учащихся 15-19 лет", 29),
    R("mentors_15_19", "из них наставники", 5),
    R("young_specialists", "Молодых специалистов", 2),
    R("young_specialists_mentees", "из них с наставником", 2),
    R("teachers_mentors", "Педагогов-наставников", 8),
    R("satisfaction_mentees", "Удовлетворённость наставляемых, %", 90),
    R("satisfaction_mentors", "Удовлетворённость наставников, %", 89),
]


def file3():
    wb = Workbook()
    ws23 = wb.active
    ws23.title = "2023"
    wsn = wb.create_sheet("Лист2")
    ws24 = wb.create_sheet("Лист3")
    wsd = wb.create_sheet("Динамика")
    wsh = wb.create_sheet("Лист1")
    cols = {"label": "A", "value": "B", "link": "C"}
    vm = {}
    for ws, rows, title, year in ((ws23, f3_2023, "Мониторинг ЦМН – 2023", 2023),
                                  (ws24, f3_2024, "Мониторинг ЦМН – 2024", 2024)):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = O3
        header(ws, 4, ["Критерий", "Значение", "Документ"])
        p, end, v = write_rows(ws, 5, rows, cols)
        frame(ws, 4, end - 1, 1, 3)
        widths(ws, [52, 12, 66])
        C.form(F3, ws.title, year, O3, p, [], decoys(rows))
        vm[year] = v
    wsn["A1"] = "Отправлено в УО 24.10.2024 по эл. почте (Петрова Н.А.)"
    wsn["A2"] = "Справку по итогам мониторинга разместить на сайте до 01.11"
    wsn["A3"] = "Анкеты удовлетворённости — в папке «Наставничество/2024» у Петровой"
    widths(wsn, [70])
    # Dynamics typed by hand (copied numbers) with formulas for the change
    wsd["A1"] = "Динамика"
    wsd["A1"].font = BOLD
    header(wsd, 2, ["", "2023", "2024", "+/-"])
    rows = [("Наставники", "mentors_total"), ("Наставляемые", "mentees_total"), ("ПП всего", "pp_total"),
            ("Наставляемые 10-19", "mentees_10_19"), ("Доля 10-19, %", "share_mentees_10_19"),
            ("Наставники 15-19", "mentors_15_19"), ("Педагоги-наставники", "teachers_mentors")]
    d23 = {r["crit"]: r["shown"] for r in f3_2023 if r["kind"] == "R"}
    d24 = {r["crit"]: r["shown"] for r in f3_2024 if r["kind"] == "R"}
    r = 3
    for lab, k in rows:
        wsd[f"A{r}"] = lab
        wsd[f"B{r}"] = d23[k]
        wsd[f"C{r}"] = d24[k]
        wsd[f"D{r}"] = f"=C{r}-B{r}"
        r += 1
    frame(wsd, 2, r - 1, 1, 4)
    widths(wsd, [26, 10, 10, 10])
    # hidden: last year's draft (2023), unfinished
    wsh["A1"] = "Мониторинг ЦМН – 2023 (черновик)"
    header(wsh, 3, ["Критерий", "Значение", "Документ"])
    draft = [("Наставников (приказ)", 14), ("Наставляемых (приказ)", 27), ("Персонализированные программы", 11),
             ("Учащихся 10-19 лет", 123), ("из них наставляемые", 20), ("Педагогов-наставников", 8),
             ("Удовлетворённость наставляемых, %", "анкеты не обработаны")]
    for i, (lab, v) in enumerate(draft, start=4):
        wsh[f"A{i}"] = lab
        wsh[f"B{i}"] = v
    wsh.sheet_state = "hidden"
    widths(wsh, [52, 12, 40])
    wb.active = 2
    return wb


# ==========================================================================================================
# 4. МБОУ «Ключевская ООШ» — «Сравнение», «2022», «2024» (title cell still says 2023), «2023»; cloud links
# ==========================================================================================================
F4 = "Klyuchevskaya_OOSH_CMN_2022-2024.xlsx"
O4 = "МБОУ «Ключевская ООШ»"
L4_pol = "https://disk.yandex.ru/i/K7pQw2ZxNnV3aA"
L4_mon23 = "https://disk.yandex.ru/i/R4tYh8LmQe2sWg"
L4_mon24 = "https://disk.yandex.ru/i/b9XcV1uJt6KpLw"
L4_base23 = "https://cloud.mail.ru/public/3fGh/Zq8WnT2kd"
L4_base24 = "https://cloud.mail.ru/public/Xk2M/7pLrVa4sE"
L4_pp24 = "https://cloud.mail.ru/public/Xk2M/9dQwEr5tY"

f4_2024 = [
    R("orgs_regulation_teachers", "Приказ об утверждении положения о наставничестве педагогов", "Да", link=L4_pol),
    R("orgs_regulation_students", "Приказ об утверждении положения о наставничестве обучающихся", "Да", link=L4_pol),
    R("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН", "Да", link=L4_mon24),
    R("curators_total", "Количество кураторов", 1),
    R("mentors_total", "Количество наставников (по приказу)", 8, link=L4_base24),
    R("mentees_total", "Количество наставляемых (по приказу)", 17, link=L4_base24),
    R("pp_total", "Количество персонализированных программ", 8, link=L4_pp24),
    R("pp_pupil_pupil", "из них ученик – ученик", 3),
    R("pp_teacher_pupil", "из них учитель – ученик", 4),
    R("pp_teacher_teacher", "из них учитель – учитель", 1),
    R("students_10_19", "Количество обучающихся от 10 до 19 лет", 64),
    R("mentees_10_19", "Количество обучающихся 10–19 лет, вошедших в программы наставничества как наставляемые", 11, link=L4_base24),
    R("share_mentees_10_19", "Доля обучающихся 10–19 лет — наставляемых", "17,2%", exp=17.2),
    R(None, "Количество наставляемых из числа обучающихся начальных классов", 5),
    R("students_15_19", "Количество обучающихся 15–19 лет", 12),
    R("mentors_15_19", "Наставники из обучающихся 15–19 лет", 3, link=L4_base24),
    R("young_specialists", "Молодые специалисты", 1),
    R("young_specialists_mentees", "Молодые специалисты, имеющие наставника", 1),
    R("teachers_mentors", "Педагоги в роли наставников", 5),
    R("satisfaction_mentees", "Удовлетворённость наставляемых (%)", 95),
    R("satisfaction_mentors", "Удовлетворённость наставников (%)", 100),
]

f4_2023 = [
    R("orgs_regulation_teachers", "Приказ об утверждении положения о наставничестве педагогов", "Да", link=L4_pol),
    R("orgs_regulation_students", "Приказ об утверждении положения о наставничестве обучающихся", "Да", link=L4_pol),
    R("orgs_monitoring_order", "Приказ о мониторинге", "Да", link=L4_mon23),
    R("curators_total", "Количество кураторов", 1),
    R("mentors_total", "Количество наставников (по приказу)", 7, link=L4_base23),
    R("mentees_total", "Количество наставляемых (по приказу)", 14, link=L4_base23),
    R("pp_total", "Количество персонализированных программ", 6),
    R("students_10_19", "Количество обучающихся от 10 до 19 лет", 61),
    R("mentees_10_19", "Количество обучающихся 10–19 лет в программах наставничества (наставляемые)", 9, link=L4_base23),
    R("share_mentees_10_19", "Доля обучающихся 10–19 лет — наставляемых", "14,8%", exp=14.8),
    R("students_15_19", "Количество обучающихся 15–19 лет", 10),
    R("mentors_15_19", "Наставники из обучающихся 15–19 лет", 2, link=L4_base23),
    R("young_specialists", "Молодые специалисты", 1),
    R("young_specialists_mentees", "Молодые специалисты с наставником", 1),
    R("teachers_mentors", "Педагоги-наставники", 4),
    R("satisfaction_mentees", "Удовлетворённость наставляемых (%)", 92),
    R("satisfaction_mentors", "Удовлетворённость наставников (%)", 95),
]

f4_2022 = [
    R("orgs_regulation_teachers", "Положение о наставничестве педагогов", "Да"),
    R("orgs_regulation_students", "Положение о наставничестве обучающихся", "Да"),
    R("mentors_total", "Наставники", 5),
    R("mentees_total", "Наставляемые", 10),
    R("pp_total", "Персонализированные программы", 4),
    R("students_10_19", "Обучающиеся 10–19 лет", 60),
    R("mentees_10_19", "Из них наставляемые", 6),
    R("mentors_15_19", "Наставники-обучающиеся (15–19 лет)", 1),
    R("young_specialists", "Молодые специалисты", 2),
    R("young_specialists_mentees", "Из них с наставником", 2),
]


def file4():
    wb = Workbook()
    wss = wb.active
    wss.title = "Сравнение"
    ws22 = wb.create_sheet("2022")
    ws24 = wb.create_sheet("2024")
    ws23 = wb.create_sheet("2023")
    cols = {"num": "A", "label": "B", "value": "C", "link": "D"}
    vm = {}
    for ws, rows, title_year, col_year, year, linkhdr in (
            (ws22, f4_2022, 2022, 2022, 2022, "Примечание"),
            (ws23, f4_2023, 2023, 2023, 2023, "Ссылка на подтверждающий документ"),
            (ws24, f4_2024, 2023, 2024, 2024, "Ссылка на подтверждающий документ")):
        # the 2024 sheet was copied from «2023»: its title cell still says «за 2023 год»
        ws["A1"] = f"Мониторинг реализации целевой модели наставничества в {O4} за {title_year} год"
        ws["A1"].font = Font(bold=True, size=12)
        header(ws, 3, ["№", "Наименование критерия", f"Значение за {col_year} год", linkhdr])
        p, end, v = write_rows(ws, 4, rows, cols)
        frame(ws, 3, end - 1, 1, 4)
        widths(ws, [5, 64, 14, 44])
        C.form(F4, ws.title, year, O4, p, [], decoys(rows))
        vm[year] = v
    ws24[f"B{len(f4_2024) + 5}"] = "Ответственный: Ложкина С.В."
    wss["A1"] = "Сравнение по годам"
    wss["A1"].font = Font(bold=True, size=12)
    header(wss, 3, ["Критерий", "2022", "2023", "2024", "Изменение к 2023"])
    rows = [("Наставники (по приказу)", "mentors_total"), ("Наставляемые (по приказу)", "mentees_total"),
            ("Персонализированные программы", "pp_total"), ("Наставляемые 10–19 лет", "mentees_10_19"),
            ("Наставники 15–19 лет", "mentors_15_19"), ("Молодые специалисты с наставником", "young_specialists_mentees")]
    r = 4
    for lab, k in rows:
        wss[f"A{r}"] = lab
        wss[f"B{r}"] = f"='2022'!{vm[2022][k]}"
        wss[f"C{r}"] = f"='2023'!{vm[2023][k]}"
        wss[f"D{r}"] = f"='2024'!{vm[2024][k]}"
        wss[f"E{r}"] = f"=D{r}-C{r}"
        r += 1
    frame(wss, 3, r - 1, 1, 5)
    widths(wss, [40, 9, 9, 9, 16])
    wb.active = 0
    return wb


# ==========================================================================================================
# 5. МБОУ «Каменноключевская гимназия» — «Отчёт за 2024», «Отчёт за 2023» (with a plan column),
#    «Динамика 2023-2024», hidden «Отчёт за 2024 (черн.)»; links as hyperlinks; shares as formulas
# ==========================================================================================================
F5 = "Gimnaziya_nastavnichestvo_monitoring.xlsx"
O5 = "МБОУ «Каменноключевская гимназия»"
D5 = "https://gimnaziya-kamklyuch.edu.ru/documents/nastavnichestvo/"
L5_pol = D5 + "polozheniya_o_nastavnichestve_2022.pdf"
L5_spr23 = D5 + "spravka_vnutrennij_monitoring_2023.pdf"
L5_spr24 = D5 + "spravka_vnutrennij_monitoring_2024.pdf"
L5_base23 = D5 + "prikaz_176-o_nastavnicheskie_pary_2023.pdf"
L5_base24 = D5 + "prikaz_214-o_nastavnicheskie_pary_2024.pdf"
L5_agr24 = D5 + "soglashenie_UdGU_filial_2024.pdf"
L5_pp24 = D5 + "personalizirovannye_programmy_2024.pdf"
L5_pay = D5 + "polozhenie_o_doplatah_nastavnikam.pdf"
L5_prog23 = D5 + "programma_nastavnichestva_2023.pdf"

f5_2024 = [
    H("I. Нормативное обеспечение"),
    R("orgs_regulation_teachers", "Утверждено положение о системе наставничества педагогов", "Да", link=L5_pol, linktext="Приказ № 121-о от 30.08.2022"),
    R("orgs_regulation_students", "Утверждено положение о системе наставничества обучающихся", "Да", link=L5_pol, linktext="Приказ № 121-о от 30.08.2022"),
    R("internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга", "Да", link=L5_spr24, linktext="Справка от 21.10.2024"),
    R("pay_acts", "Локальные акты об оплате работы наставников", 1, link=L5_pay, linktext="Положение о доплатах"),
    H("II. Организация процесса"),
    R("curators_total", "Кураторы внедрения ЦМН", 2),
    R("mentors_total", "Наставники (по приказу)", 57, link=L5_base24, linktext="Приказ № 214-о от 02.09.2024"),
    R("mentees_total", "Наставляемые (по приказу)", 134, link=L5_base24, linktext="Приказ № 214-о от 02.09.2024"),
    R("agreements_edu_orgs", "Соглашения с другими образовательными организациями (наставники от партнёров)", 1, link=L5_agr24, linktext="Соглашение с филиалом УдГУ"),
    R("external_edu_mentors", "Наставники из внешних образовательных организаций", 3),
    H("III. Персонализированные программы наставничества"),
    R("pp_total", "Всего ПП", 64, link=L5_pp24, linktext="Реестр ПП 2024"),
    R("pp_pupil_pupil", "ученик – ученик", 35),
    R("pp_teacher_teacher", "учитель – учитель", 13),
    R("pp_student_pupil", "студент – ученик", 3),
    R("pp_teacher_pupil", "учитель – ученик", 13),
    H("IV. Обучающиеся"),
    R("students_10_19", "Обучающиеся 10–19 лет, всего", 455),
    R("mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", 97, link=L5_base24, linktext="Приказ № 214-о от 02.09.2024"),
    R("share_mentees_10_19", "Доля обучающихся 10–19 лет в роли наставляемых", "=ROUND(C{mentees_10_19}/C{students_10_19},4)", exp=21.32, fmt="0.00%"),
    R("mentees_gifted", "в т.ч. одарённые дети (в реестре)", 21),
    R("students_15_19", "Обучающиеся 15–19 лет, всего", 168),
    R("mentors_15_19", "Обучающиеся 15–19 лет — наставники (по приказу)", 33),
    R("share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставников", "=ROUND(C{mentors_15_19}/C{students_15_19},4)", exp=19.64, fmt="0.00%"),
    H("V. Педагоги"),
    R("young_specialists", "Молодые специалисты", 8),
    R("young_specialists_mentees", "Молодые специалисты — наставляемые", 8),
    R("teachers_mentors", "Педагоги — наставники", 21),
    R(None, "Количество победителей и призёров конкурсов среди наставляемых", 12),
]

f5_2023 = [
    H("I. Нормативное обеспечение"),
    R("orgs_regulation_teachers", "Положение о системе наставничества педагогических работников", "Да", link=L5_pol, linktext="Приказ № 121-о от 30.08.2022"),
    R("orgs_regulation_students", "Положение о системе наставничества обучающихся", "Да", link=L5_pol, linktext="Приказ № 121-о от 30.08.2022"),
    R("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "Да", link=L5_spr23, linktext="Справка от 19.10.2023"),
    H("II. Организация процесса"),
    R("curators_total", "Кураторы ЦМН", 2, extra={"D": 2}),
    R("programmes_total", "Программы наставничества по формам (кроме ПП)", 5, link=L5_prog23, linktext="Программа наставничества", extra={"D": 5}),
    R("mentors_total", "Наставники (по приказу)", 49, link=L5_base23, linktext="Приказ № 176-о от 01.09.2023", extra={"D": 55}),
    R("mentees_total", "Наставляемые (по приказу)", 118, link=L5_base23, linktext="Приказ № 176-о от 01.09.2023", extra={"D": 130}),
    H("III. Персонализированные программы наставничества"),
    R("pp_total", "Всего ПП", 52, extra={"D": 60}),
    R("pp_pupil_pupil", "ученик – ученик", 29),
    R("pp_teacher_teacher", "учитель – учитель", 12),
    R("pp_teacher_pupil", "учитель – ученик", 11),
    H("IV. Обучающиеся"),
    R("students_10_19", "Обучающиеся 10–19 лет, всего", 442),
    R("mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", 84, extra={"D": 95}),
    R("share_mentees_10_19", "Доля наставляемых 10–19 лет", "=ROUND(C{mentees_10_19}/C{students_10_19},4)", exp=19.0, fmt="0.00%", extra={"D": 0.2}),
    R("students_15_19", "Обучающиеся 15–19 лет, всего", 161),
    R("mentors_15_19", "Обучающиеся 15–19 лет — наставники", 27, extra={"D": 32}),
    R("share_mentors_15_19", "Доля наставников 15–19 лет", "=ROUND(C{mentors_15_19}/C{students_15_19},4)", exp=16.77, fmt="0.00%", extra={"D": 0.19}),
    H("V. Педагоги"),
    R("young_specialists", "Молодые специалисты", 6),
    R("young_specialists_mentees", "Молодые специалисты — наставляемые", 6, extra={"D": 8}),
    R("teachers_mentors", "Педагоги — наставники", 18, extra={"D": 20}),
]


def resolve_formulas(rows, start, cols_value, n_heads_before):
    """fill {crit} placeholders in formulas with the row numbers the criteria will get"""
    rowno = {}
    r = start
    for row in rows:
        if row["kind"] == "H":
            r += 1
            continue
        if row["crit"]:
            rowno[row["crit"]] = r
        r += 1
    out = []
    for row in rows:
        if row["kind"] == "R" and isinstance(row["shown"], str) and row["shown"].startswith("="):
            row = dict(row, shown=row["shown"].format(**{k: v for k, v in rowno.items()}))
        out.append(row)
    return out


def file5():
    wb = Workbook()
    ws24 = wb.active
    ws24.title = "Отчёт за 2024"
    ws23 = wb.create_sheet("Отчёт за 2023")
    wsd = wb.create_sheet("Динамика 2023-2024")
    wsh = wb.create_sheet("Отчёт за 2024 (черн.)")
    vm = {}
    # 2024
    ws24["A1"] = "Отчёт о реализации целевой модели наставничества за 2024 год"
    ws24["A1"].font = Font(bold=True, size=12)
    ws24["A2"] = O5
    header(ws24, 4, ["№", "Критерий", "Значение", "Документ"])
    rows24 = resolve_formulas(f5_2024, 5, "C", 0)
    p, end, v = write_rows(ws24, 5, rows24, {"num": "A", "label": "B", "value": "C", "link": "D"}, last_col="D")
    frame(ws24, 4, end - 1, 1, 4)
    widths(ws24, [6, 60, 12, 34])
    C.form(F5, ws24.title, 2024, O5, p, heads(rows24), decoys(rows24))
    vm[2024] = v
    # 2023 with a plan column
    ws23["A1"] = "Отчёт о реализации целевой модели наставничества за 2023 год"
    ws23["A1"].font = Font(bold=True, size=12)
    ws23["A2"] = O5
    header(ws23, 4, ["№", "Критерий", "Факт 2023", "План на 2024", "Документ"])
    rows23 = resolve_formulas(f5_2023, 5, "C", 0)
    for row in rows23:
        if row["kind"] == "R" and "D" in row["extra"] and isinstance(row["extra"]["D"], float):
            pass
    p, end, v = write_rows(ws23, 5, rows23, {"num": "A", "label": "B", "value": "C", "link": "E"}, last_col="E")
    for rr in range(5, end):
        if isinstance(ws23[f"D{rr}"].value, float):
            ws23[f"D{rr}"].number_format = "0%"
    frame(ws23, 4, end - 1, 1, 5)
    widths(ws23, [6, 56, 11, 12, 34])
    C.form(F5, ws23.title, 2023, O5, p, heads(rows23), decoys(rows23) + ["План на 2024"])
    vm[2023] = v
    # dynamics
    wsd["A1"] = "Динамика показателей ЦМН гимназии"
    wsd["A1"].font = BOLD
    header(wsd, 3, ["Показатель", "2023", "2024", "Прирост", "Темп прироста"])
    rows = [("Наставники", "mentors_total"), ("Наставляемые", "mentees_total"), ("Всего ПП", "pp_total"),
            ("Наставляемые 10–19 лет", "mentees_10_19"), ("Доля наставляемых 10–19 лет", "share_mentees_10_19"),
            ("Наставники 15–19 лет", "mentors_15_19"), ("Доля наставников 15–19 лет", "share_mentors_15_19"),
            ("Педагоги — наставники", "teachers_mentors")]
    r = 4
    for lab, k in rows:
        wsd[f"A{r}"] = lab
        wsd[f"B{r}"] = f"={qs(ws23.title)}!{vm[2023][k]}"
        wsd[f"C{r}"] = f"={qs(ws24.title)}!{vm[2024][k]}"
        wsd[f"D{r}"] = f"=C{r}-B{r}"
        wsd[f"E{r}"] = f"=IF(B{r}=0,\"-\",C{r}/B{r}-1)"
        wsd[f"E{r}"].number_format = "0.0%"
        if k.startswith("share"):
            for c in "BCD":
                wsd[f"{c}{r}"].number_format = "0.00%"
        r += 1
    frame(wsd, 3, r - 1, 1, 5)
    widths(wsd, [34, 10, 10, 10, 14])
    # hidden draft of 2024
    wsh["A1"] = "Отчёт о реализации целевой модели наставничества за 2024 год"
    wsh["A2"] = O5
    header(wsh, 4, ["№", "Критерий", "Значение", "Документ"])
    draft = [("Наставники (по приказу)", 54), ("Наставляемые (по приказу)", 126), ("Всего ПП", 60),
             ("Обучающиеся 10–19 лет, всего", 455), ("Обучающиеся 10–19 лет — наставляемые", 90),
             ("Обучающиеся 15–19 лет — наставники (по приказу)", 30), ("Педагоги — наставники", 20)]
    for i, (lab, val) in enumerate(draft, start=5):
        wsh[f"A{i}"] = i - 4
        wsh[f"B{i}"] = lab
        wsh[f"C{i}"] = val
    wsh["D5"] = "ждём приказ"
    wsh.sheet_state = "hidden"
    widths(wsh, [6, 60, 12, 30])
    wb.active = 0
    return wb


# ==========================================================================================================
# 6. МБУ ДО «Каменноключевский Дом детского творчества» — «2024», «2023», «Динамика», hidden «2023_черновик»
# ==========================================================================================================
F6 = "DDT_nastavnichestvo.xlsx"
O6 = "МБУ ДО «Каменноключевский Дом детского творчества»"
D6 = "https://ddt-kamklyuch.gosuslugi.ru/netcat_files/nastavnichestvo/"
L6_pol = D6 + "Prikaz_24-od_Polozheniya_o_nastavnichestve.pdf"
L6_mon24 = D6 + "Prikaz_88-od_o_monitoringe_CMN_2024.pdf"
L6_base23 = D6 + "Prikaz_71-od_nastavnicheskie_pary_2023.pdf"
L6_base24 = D6 + "Prikaz_79-od_nastavnicheskie_pary_2024.pdf"
L6_agr = D6 + "Soglasheniya_CBS_Rovesnik.pdf"
L6_ank24 = D6 + "Anketirovanie_2024.pdf"

f6_2024 = [
    R("orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педагогов ДО", "Да", unit="да/нет", link=L6_pol),
    R("orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся", "Да", unit="да/нет", link=L6_pol),
    R("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "Да", unit="да/нет", link=L6_mon24),
    R("mentors_total", "Наставников по приказу", 14, unit="чел.", link=L6_base24),
    R("mentees_total", "Наставляемых по приказу", 41, unit="чел.", link=L6_base24),
    R("agreements_other_orgs", "Соглашения с организациями-партнёрами (наставники от партнёров)", 2, unit="шт.", link=L6_agr),
    R("partner_list", "Партнёры", "МБУК «Каменноключевская ЦБС»; молодёжный центр «Ровесник»", unit="перечень"),
    R("other_org_mentors", "Наставники от организаций-партнёров", 2, unit="чел."),
    R("pp_total", "Персонализированные программы наставничества", 12, unit="шт."),
    R("pp_teacher_pupil", "педагог – обучающийся", 7, unit="шт."),
    R("pp_teacher_teacher", "педагог – педагог", 3, unit="шт."),
    R("pp_pupil_pupil", "обучающийся – обучающийся", 2, unit="шт."),
    R(None, "Количество детей, охваченных дополнительным образованием (всего)", 1340, unit="чел."),
    R("students_10_19", "Обучающиеся 10–19 лет в объединениях ДДТ", 612, unit="чел."),
    R("mentees_10_19", "из них наставляемые", 29, unit="чел.", link=L6_base24),
    R("mentees_gifted", "одарённые дети (в реестре) — наставляемые", 9, unit="чел."),
    R("young_specialists", "Молодые специалисты (до 35 лет, до 3 лет стажа)", 3, unit="чел."),
    R("young_specialists_mentees", "Молодые специалисты — наставляемые", 3, unit="чел."),
    R("teachers_mentors", "Педагоги — наставники", 6, unit="чел."),
    R("satisfaction_mentees", "Удовлетворённость наставляемых", 0.96, unit="%", fmt="0%", link=L6_ank24),
]

f6_2023 = [
    R("orgs_regulation_teachers", "Положение о наставничестве педагогов ДО", "Да", unit="да/нет", link=L6_pol),
    R("orgs_regulation_students", "Положение о наставничестве обучающихся", "Да", unit="да/нет", link=L6_pol),
    R("mentors_total", "Наставники (приказ)", 11, unit="чел.", link=L6_base23),
    R("mentees_total", "Наставляемые (приказ)", 33, unit="чел.", link=L6_base23),
    R("agreements_other_orgs", "Соглашения с иными организациями", 1, unit="шт."),
    R("partner_list", "Партнёры", "МБУК «Каменноключевская ЦБС»", unit="перечень"),
    R("pp_total", "Персонализированные программы", 9, unit="шт."),
    R("students_10_19", "Обучающиеся 10–19 лет", 598, unit="чел."),
    R("mentees_10_19", "из них наставляемые", 22, unit="чел.", link=L6_base23),
    R("young_specialists", "Молодые специалисты", 2, unit="чел."),
    R("young_specialists_mentees", "из них наставляемые", 2, unit="чел."),
    R("teachers_mentors", "Педагоги-наставники", 5, unit="чел."),
]


def file6():
    wb = Workbook()
    ws24 = wb.active
    ws24.title = "2024"
    ws23 = wb.create_sheet("2023")
    wsd = wb.create_sheet("Динамика")
    wsh = wb.create_sheet("2023_черновик")
    cols = {"label": "A", "unit": "B", "value": "C", "link": "D", "note": "E"}
    vm = {}
    for ws, rows, year in ((ws24, f6_2024, 2024), (ws23, f6_2023, 2023)):
        ws["A1"] = f"{O6}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = f"Мониторинг реализации целевой модели наставничества, {year} год"
        header(ws, 4, ["Критерий", "Ед. изм.", "Значение", "Ссылка", "Комментарий"])
        p, end, v = write_rows(ws, 5, rows, cols)
        frame(ws, 4, end - 1, 1, 5)
        widths(ws, [58, 10, 12, 62, 28])
        C.form(F6, ws.title, year, O6, p, [], decoys(rows))
        vm[year] = v
    ws24["E5"] = "в редакции 2023 г."
    wsd["A1"] = "Динамика 2023 → 2024"
    wsd["A1"].font = BOLD
    header(wsd, 2, ["Показатель", "2023", "2024", "Изменение"])
    rows = [("Наставники", "mentors_total"), ("Наставляемые", "mentees_total"), ("ПП", "pp_total"),
            ("Наставляемые 10–19 лет", "mentees_10_19"), ("Педагоги-наставники", "teachers_mentors")]
    r = 3
    for lab, k in rows:
        wsd[f"A{r}"] = lab
        wsd[f"B{r}"] = f"='2023'!{vm[2023][k]}"
        wsd[f"C{r}"] = f"='2024'!{vm[2024][k]}"
        wsd[f"D{r}"] = f"=C{r}-B{r}"
        r += 1
    frame(wsd, 2, r - 1, 1, 4)
    widths(wsd, [30, 10, 10, 12])
    wsh["A1"] = O6
    wsh["A2"] = "Мониторинг реализации целевой модели наставничества, 2023 год"
    header(wsh, 4, ["Критерий", "Ед. изм.", "Значение", "Ссылка", "Комментарий"])
    draft = [("Наставники (приказ)", 10), ("Наставляемые (приказ)", 30), ("Персонализированные программы", 8),
             ("Обучающиеся 10–19 лет", 590), ("из них наставляемые", 20)]
    for i, (lab, val) in enumerate(draft, start=5):
        wsh[f"A{i}"] = lab
        wsh[f"C{i}"] = val
    wsh["E5"] = "проверить по приказу"
    wsh.sheet_state = "hidden"
    wb.active = 0
    return wb


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    shutil.rmtree(TYPED, ignore_errors=True)
    os.makedirs(BUILD)
    os.makedirs(TYPED)
    books = [(F1, file1), (F2, file2), (F3, file3), (F4, file4), (F5, file5), (F6, file6)]
    for name, fn in books:
        wb = fn()
        wb.save(os.path.join(BUILD, name))
    for name, _ in books:
        res = subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                              "--outdir", TYPED, os.path.join(BUILD, name)], capture_output=True, text=True)
        if res.returncode != 0 or not os.path.exists(os.path.join(TYPED, name)):
            sys.exit("LibreOffice failed on %s: %s %s" % (name, res.stdout, res.stderr))
    shutil.rmtree(BUILD, ignore_errors=True)  # the openpyxl originals are only an intermediate step
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(C.expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(C.cells, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in C.expected)
    nl = sum(len(e["links"]) for e in C.expected)
    print(f"files={len(books)} forms={len(C.expected)} values={nv} links={nl}")
    for e in C.expected:
        print(" ", e["file"], e["year"], len(e["values"]), len(e["links"]))


if __name__ == "__main__":
    main()
