#!/usr/bin/env python3
"""Held-out set 43: forms with many numeric columns (periods, plans, targets).

Writes typed/*.xlsx, expected.json and cells.json. Fully deterministic (fixed data).
Invented municipality: Белоключинский муниципальный округ (town Белоключинск).
"""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
TYPED = HERE / "typed"
CATALOGUE = Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv"

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SECT_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")

EXPECTED = []
CELLS = []
TITLES = []  # (file, title) of every criterion row/column, for the verbatim check


def pct(num, den):
    return round(100.0 * num / den, 2)


class Form:
    def __init__(self, fname, org):
        self.fname = f"typed/{fname}"
        self.entry = {"file": self.fname, "year": 2024, "organisation": org,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        EXPECTED.append(self.entry)
        self.note = None

    def value(self, ws, addr, crit, expected):
        assert crit not in self.entry["values"], (self.fname, crit)
        self.entry["values"][crit] = expected
        CELLS.append({"file": self.fname, "sheet": ws.title, "cell": addr, "criterion": crit,
                      "kind": "value", "expected": expected})

    def link(self, ws, addr, crit, url, display=None):
        c = ws[addr]
        if display:
            c.value = display
            c.hyperlink = url
            c.font = Font(color="0563C1", underline="single")
        else:
            c.value = url
        c.border = BORDER
        c.alignment = WRAP
        assert crit not in self.entry["links"], (self.fname, crit)
        self.entry["links"][crit] = url
        CELLS.append({"file": self.fname, "sheet": ws.title, "cell": addr, "criterion": crit,
                      "kind": "link", "expected": url,
                      "display": display if display else url})

    def decoy(self, title):
        if title not in self.entry["not_criteria"]:
            self.entry["not_criteria"].append(title)

    def heading(self, title):
        self.entry["headings"].append(title)

    def title(self, t):
        TITLES.append((self.fname, t))


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER
            if ws.cell(r, c).alignment is None or not ws.cell(r, c).alignment.wrap_text:
                ws.cell(r, c).alignment = WRAP


def header_row(ws, row, labels, height=45):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row, i, lab)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = CENTER
        c.border = BORDER
    ws.row_dimensions[row].height = height


def number_row(ws, row, n):
    for i in range(1, n + 1):
        c = ws.cell(row, i, i)
        c.alignment = CENTER
        c.border = BORDER
        c.font = Font(italic=True, size=9)


def section(ws, form, row, ncols, text, numcol=True):
    ws.cell(row, 1, text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.cell(row, 1).font = BOLD
    ws.cell(row, 1).fill = SECT_FILL
    form.heading(text)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# File 1: МБОУ «СОШ № 1» — plan, four quarters, year total (formulas), % of plan.
#         Re-saved through LibreOffice so that the formulas carry cached values.
# ---------------------------------------------------------------------------
def file1(tmpdir):
    org = "МБОУ «СОШ № 1» г. Белоключинска"
    f = Form("01_sosh1_kvartaly_plan_fakt.xlsx", org)
    site = "https://sosh1-beloklyuchinsk.gosuslugi.ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    ncol = 11
    ws["A1"] = "Мониторинг реализации целевой модели наставничества за 2024 год (поквартально)"
    ws.merge_cells("A1:K1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Образовательная организация: {org}"
    ws.merge_cells("A2:K2")
    ws["A3"] = ("Показатели с пометкой «на конец квартала» указываются на последний день квартала, "
                "в графе 9 не суммируются (х); значение года — графа 8 (IV квартал). "
                "Показатели «за квартал» суммируются в графе 9.")
    ws.merge_cells("A3:K3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    hdr = ["№ п/п", "Показатель", "Ед. изм.", "План на 2024 г.", "I квартал", "II квартал",
           "III квартал", "IV квартал", "Итого за 2024 г.", "% выполнения плана",
           "Подтверждающий документ"]
    header_row(ws, 5, hdr)
    number_row(ws, 6, ncol)
    f.decoy("План на 2024 г.")
    f.decoy("% выполнения плана")

    # quarter series (stocks: state at the end of each quarter)
    stud1019 = [612, 610, 618, 621]
    ment1019 = [96, 101, 110, 118]
    stud1519 = [148, 146, 152, 150]
    m1519 = [22, 24, 26, 27]
    tmentors = [24, 25, 27, 29]
    ys = [7, 7, 9, 9]
    ysm = [7, 7, 9, 9]
    tother = [54, 54, 53, 53]
    tom = [12, 14, 16, 19]
    ext = [1, 1, 1, 1]
    ent = [0, 0, 1, 1]
    mtot = [a + b + c + d for a, b, c, d in zip(tmentors, m1519, ext, ent)]   # 47 50 54 58
    metot = [a + b + c for a, b, c in zip(ment1019, ysm, tom)]                 # 115 122 135 146
    share_me = [pct(a, b) for a, b in zip(ment1019, stud1019)]
    share_m1519 = [pct(a, b) for a, b in zip(m1519, stud1519)]
    share_ysm = [pct(a, b) for a, b in zip(ysm, ys)]
    share_tme = [pct(a + b, c + d) for a, b, c, d in zip(ysm, tom, ys, tother)]
    share_tm = [pct(a, c + d) for a, c, d in zip(tmentors, ys, tother)]

    docs = {
        "reg_t": f"{site}/netcat_files/userfiles/nastavnichestvo/prikaz_14-od_polozhenie_pedagogi.pdf",
        "reg_s": f"{site}/netcat_files/userfiles/nastavnichestvo/prikaz_15-od_polozhenie_obuchayushchiesya.pdf",
        "mon": f"{site}/netcat_files/userfiles/nastavnichestvo/prikaz_monitoring_2024.pdf",
        "note": f"{site}/netcat_files/userfiles/nastavnichestvo/spravka_vnutrenniy_monitoring_2024.pdf",
        "base": f"{site}/netcat_files/userfiles/nastavnichestvo/prikaz_baza_nastavnikov_2024.pdf",
        "pp": "https://disk.yandex.ru/d/sosh1_PP_nastavnichestva_2024",
        "kpk": f"{site}/netcat_files/userfiles/nastavnichestvo/udostovereniya_kpk_2024.pdf",
        "anket": "https://disk.yandex.ru/d/sosh1_anketirovanie_2024",
        "pay": f"{site}/netcat_files/userfiles/lokalnye_akty/polozhenie_ob_oplate_truda_2024.pdf",
    }

    # kind: yn / stock / flow / level / decoyflow / decoyplan / heading
    rows = [
        ("heading", "1. Нормативное обеспечение"),
        ("yn", "1.1", "Утверждено положение о наставничестве педагогических работников школы", "да/нет",
         "orgs_regulation_teachers", ("reg_t", "приказ")),
        ("yn", "1.2", "Утверждено положение о наставничестве обучающихся", "да/нет",
         "orgs_regulation_students", ("reg_s", "приказ")),
        ("yn", "1.3", "Издан приказ о проведении мониторинга реализации ЦМН в школе", "да/нет",
         "orgs_monitoring_order", ("mon", None)),
        ("yn", "1.4", "Подготовлена справка по итогам внутреннего мониторинга", "да/нет",
         "internal_monitoring_notes", ("note", None)),
        ("stock", "1.5", "Локальные акты об оплате работы наставников (на конец квартала)", "ед.",
         "pay_acts", 1, [1, 1, 1, 1], ("pay", "положение")),
        ("stock", "1.6", "Локальные акты о нематериальном поощрении наставников (на конец квартала)", "ед.",
         "nonmaterial_acts", 1, [0, 1, 1, 1], None),
        ("heading", "2. Наставники и наставляемые"),
        ("stock", "2.1", "Кураторы внедрения ЦМН (на конец квартала)", "чел.", "curators_total", 2,
         [2, 2, 2, 2], None),
        ("stock", "2.2", "Численность наставников по приказу (на конец квартала)", "чел.", "mentors_total", 60,
         mtot, ("base", "приказ")),
        ("stock", "2.3", "Численность наставляемых по приказу (на конец квартала)", "чел.", "mentees_total", 150,
         metot, ("base", "приказ")),
        ("stock", "2.4", "Педагоги школы в роли наставников (на конец квартала)", "чел.", "teachers_mentors", 30,
         tmentors, None),
        ("stock", "2.5", "в т.ч. молодые специалисты, выступающие наставниками", "чел.",
         "young_specialists_mentors", 2, [1, 1, 2, 2], None),
        ("stock", "2.6", "Обучающиеся 15–19 лет — наставники (по приказу, на конец квартала)", "чел.",
         "mentors_15_19", 28, m1519, None),
        ("stock", "2.7", "Наставники — работники других образовательных организаций (по приказу)", "чел.",
         "external_edu_mentors", 1, ext, None),
        ("stock", "2.8", "Наставники — сотрудники предприятий", "чел.", "enterprise_mentors", 1, ent, None),
        ("heading", "3. Вовлечение обучающихся 10–19 лет"),
        ("stock", "3.1", "Контингент обучающихся 10–19 лет (на конец квартала)", "чел.", "students_10_19", "х",
         stud1019, None),
        ("stock", "3.2", "из них в программах наставничества в роли наставляемых", "чел.", "mentees_10_19", 120,
         ment1019, None),
        ("stock", "3.3", "в т.ч. дети «группы риска»", "чел.", "mentees_risk", 12, [9, 9, 11, 12], None),
        ("stock", "3.4", "в т.ч. одарённые дети (внесённые в реестры)", "чел.", "mentees_gifted", 18,
         [14, 15, 17, 18], None),
        ("stock", "3.5", "в т.ч. дети с ОВЗ и дети-инвалиды", "чел.", "mentees_disabled", 6, [5, 5, 6, 6], None),
        ("stock", "3.6", "в т.ч. с низкой учебной мотивацией и неуспевающие", "чел.", "mentees_low_motivation", 35,
         [30, 32, 34, 37], None),
        ("stock", "3.7", "в т.ч. испытывающие трудности с выбором профессии и образовательной траектории", "чел.",
         "mentees_career", 32, [25, 26, 29, 31], None),
        ("stock", "3.8", "в т.ч. включённые по иным основаниям", "чел.", "mentees_other_params", 17,
         [13, 14, 13, 14], None),
        ("stock", "3.9", "Доля обучающихся 10–19 лет, охваченных наставничеством как наставляемые", "%",
         "share_mentees_10_19", 20, share_me, None),
        ("stock", "3.10", "Контингент обучающихся 15–19 лет (на конец квартала)", "чел.", "students_15_19", "х",
         stud1519, None),
        ("stock", "3.11", "Доля обучающихся 15–19 лет в роли наставников", "%", "share_mentors_15_19", 18,
         share_m1519, None),
        ("heading", "4. Педагогические кадры"),
        ("stock", "4.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "чел.", "young_specialists", "х",
         ys, None),
        ("stock", "4.2", "из них закреплены за наставниками (наставляемые)", "чел.", "young_specialists_mentees", 9,
         ysm, None),
        ("stock", "4.3", "Педагоги, не относящиеся к молодым специалистам, всего", "чел.", "teachers_other", "х",
         tother, None),
        ("stock", "4.4", "из них в роли наставляемых", "чел.", "teachers_other_mentees", 18, tom, None),
        ("stock", "4.5", "Доля молодых специалистов — наставляемых", "%", "share_young_specialists_mentees", 100,
         share_ysm, None),
        ("stock", "4.6", "Доля педагогов в роли наставляемых (включая молодых специалистов)", "%",
         "share_teachers_mentees", 45, share_tme, None),
        ("stock", "4.7", "Доля педагогов в роли наставников", "%", "share_teachers_mentors", 48, share_tm, None),
        ("heading", "5. Программы, методическая работа, обучение"),
        ("flow", "5.1", "Утверждено персонализированных программ наставничества за квартал, всего", "ед.",
         "pp_total", 70, [20, 12, 22, 8], ("pp", None)),
        ("flow", "5.2", "в т.ч. «ученик – ученик»", "ед.", "pp_pupil_pupil", 35, [10, 6, 12, 4], None),
        ("flow", "5.3", "в т.ч. «учитель – учитель»", "ед.", "pp_teacher_teacher", 15, [4, 3, 4, 2], None),
        ("flow", "5.4", "в т.ч. «учитель – ученик»", "ед.", "pp_teacher_pupil", 20, [6, 3, 6, 2], None),
        ("flow", "5.5", "Педагоги, прошедшие КПК по вопросам наставничества (за квартал)", "чел.", "kpk_trained", 6,
         [0, 3, 0, 2], ("kpk", "удостоверения")),
        ("stock", "5.6", "Школьное методическое объединение наставников (на конец квартала)", "ед.",
         "school_methodical_associations", 1, [1, 1, 1, 1], None),
        ("decoyflow", "5.7", "Проведено заседаний школьного МО наставников", "ед.", None, 4, [1, 1, 1, 1], None),
        ("level", "5.8", "Удовлетворённость наставляемых завершёнными программами (анкетирование, май)", "%",
         "satisfaction_mentees", 85, [None, 88, None, None], 88, ("anket", None)),
        ("level", "5.9", "Удовлетворённость наставников завершёнными программами (анкетирование, май)", "%",
         "satisfaction_mentors", 85, [None, 91, None, None], 91, ("anket", None)),
        ("decoyplan", "5.10", "Планируемое число наставляемых на 2025 год", "чел.", None, 160),
    ]
    # consistency of the quarter series
    parts = ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
             "mentees_other_params")
    for i in range(4):
        assert sum(r[6][i] for r in rows if r[0] == "stock" and r[4] in parts) == ment1019[i]

    r = 7
    for spec in rows:
        kind = spec[0]
        if kind == "heading":
            section(ws, f, r, ncol, spec[1])
            r += 1
            continue
        num, title, unit = spec[1], spec[2], spec[3]
        ws.cell(r, 1, num)
        ws.cell(r, 2, title)
        ws.cell(r, 3, unit)
        if kind == "yn":
            crit, (doc, disp) = spec[4], spec[5]
            f.title(title)
            ws.cell(r, 4, "да")
            for c in range(5, 9):
                ws.cell(r, c, None)
            ws.cell(r, 9, "да")
            f.value(ws, f"I{r}", crit, 1)
            f.link(ws, f"K{r}", crit, docs[doc], disp)
        elif kind in ("stock", "flow", "decoyflow"):
            crit, plan, q, doc = spec[4], spec[5], spec[6], spec[7]
            ws.cell(r, 4, plan)
            for i, v in enumerate(q):
                ws.cell(r, 5 + i, v)
            if kind == "stock":
                ws.cell(r, 9, "х")
                ws.cell(r, 9).alignment = CENTER
                if isinstance(plan, (int, float)):
                    ws.cell(r, 10, f"=IF(ISNUMBER(D{r}),ROUND(H{r}/D{r}*100,1),\"\")")
                f.title(title)
                f.value(ws, f"H{r}", crit, q[3])
            else:
                ws.cell(r, 9, f"=SUM(E{r}:H{r})")
                ws.cell(r, 10, f"=ROUND(I{r}/D{r}*100,1)")
                if kind == "flow":
                    f.title(title)
                    f.value(ws, f"I{r}", crit, sum(q))
                else:
                    f.decoy(title)
            if doc:
                f.link(ws, f"K{r}", crit, docs[doc[0]], doc[1])
        elif kind == "level":
            crit, plan, q, total, doc = spec[4], spec[5], spec[6], spec[7], spec[8]
            f.title(title)
            ws.cell(r, 4, plan)
            for i, v in enumerate(q):
                ws.cell(r, 5 + i, v)
            ws.cell(r, 9, total)
            ws.cell(r, 10, f"=ROUND(I{r}/D{r}*100,1)")
            f.value(ws, f"I{r}", crit, total)
            f.link(ws, f"K{r}", crit, docs[doc[0]], doc[1])
        elif kind == "decoyplan":
            ws.cell(r, 4, spec[5])
            f.decoy(title)
        r += 1
    last = r - 1
    box(ws, 7, 1, last, ncol)
    for rr in range(7, last + 1):
        for c in (1, 3, 4, 5, 6, 7, 8, 9, 10):
            ws.cell(rr, c).alignment = CENTER
    ws.cell(last + 2, 2, "Директор ____________ Е.В. Кузнецова")
    ws.cell(last + 3, 2, "Куратор ЦМН ____________ О.А. Мельникова, тел. 8 (34100) 2-14-56")
    widths(ws, [6, 58, 8, 10, 9, 9, 9, 9, 10, 11, 34])
    ws.freeze_panes = "C7"

    # save via openpyxl, then re-save through LibreOffice (computes cached formula values)
    raw = Path(tmpdir) / f.fname.split("/")[-1]
    wb.save(raw)
    profile = Path(tmpdir) / "lo_profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
           "--outdir", str(TYPED), str(raw)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    for c in CELLS:
        if c["file"] == f.fname:
            c["note"] = ("written by openpyxl with formulas in columns I–J, then re-saved by LibreOffice "
                         "(soffice --headless --convert-to xlsx) so that the formulas have cached values")


# ---------------------------------------------------------------------------
# File 2: МБОУ «Гимназия № 3» — two half-years and the year; shares as fractions with % format.
# ---------------------------------------------------------------------------
def file2():
    org = "МБОУ «Гимназия № 3»"
    f = Form("02_gimnaziya3_polugodiya.xlsx", org)
    site = "https://gimn3-bkl.edu.ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 2024"
    ncol = 7
    ws["A1"] = "Сведения о реализации целевой модели наставничества по полугодиям 2024 года"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = org
    ws.merge_cells("A2:G2")
    ws["A2"].font = BOLD
    hdr = ["№", "Наименование показателя", "Ед. изм.", "1 полугодие 2024", "2 полугодие 2024", "За 2024 год",
           "Ссылка на документ"]
    header_row(ws, 4, hdr)
    number_row(ws, 5, ncol)

    s1019 = (540, 552)
    m1019 = (70, 78)
    s1519 = (160, 171)
    m1519 = (19, 20)
    tm = (20, 22)
    ys = (4, 6)
    ysm = (4, 6)
    to = (46, 45)
    tom = (9, 11)
    oth = (1, 2)
    mtot = tuple(a + b + c for a, b, c in zip(tm, m1519, oth))      # 40, 44
    metot = tuple(a + b + c for a, b, c in zip(m1019, ysm, tom))     # 83, 95

    def fr(n, d):
        return round(n / d, 4)

    L = {
        "reg": f"{site}/upload/nastavnichestvo/prikaz_ob_utverzhdenii_polozheniy_2024.pdf",
        "mon": f"{site}/upload/nastavnichestvo/prikaz_o_monitoringe_CMN.pdf",
        "base": f"{site}/upload/nastavnichestvo/prikaz_o_zakreplenii_nastavnikov_2024-2025.pdf",
        "agr": "https://cloud.mail.ru/public/Gm3k/soglasheniya_2024",
        "pp": f"{site}/upload/nastavnichestvo/personalizirovannye_programmy_2024.zip",
        "kpk": "https://cloud.mail.ru/public/Gm3k/kpk_nastavniki_2024",
        "ank": f"{site}/upload/nastavnichestvo/itogi_anketirovaniya_2024.pdf",
    }
    # (kind, num, title, unit, crit, h1, h2, year, link, fmt)
    # kind: yn (only year), stock (year = state at year end), flow (year = sum), level, text, decoy
    P = "0.00%"
    rows = [
        ("heading", "I. Локальные акты"),
        ("yn", "1", "Положение о наставничестве педагогических работников гимназии утверждено", "да/нет",
         "orgs_regulation_teachers", None, None, "да", ("reg", "приказ")),
        ("yn", "2", "Положение о наставничестве обучающихся утверждено", "да/нет", "orgs_regulation_students",
         None, None, "да", ("reg", "приказ")),
        ("yn", "3", "Приказ о мониторинге внедрения целевой модели наставничества", "да/нет",
         "orgs_monitoring_order", None, None, "да", ("mon", None)),
        ("yn", "4", "Информационная справка по результатам внутреннего мониторинга", "да/нет",
         "internal_monitoring_notes", None, None, "нет", None),
        ("heading", "II. Участники программ наставничества"),
        ("stock", "5", "Кураторы ЦМН в гимназии", "чел.", "curators_total", 1, 1, 1, None),
        ("stock", "6", "Наставники, закреплённые приказом", "чел.", "mentors_total", *mtot, mtot[1],
         ("base", "приказ")),
        ("stock", "7", "Наставляемые, закреплённые приказом", "чел.", "mentees_total", *metot, metot[1],
         ("base", "приказ")),
        ("decoy", "8", "Наставники и наставляемые, всего", "чел.", None, mtot[0] + metot[0], mtot[1] + metot[1],
         mtot[1] + metot[1], None),
        ("stock", "9", "Учителя-наставники", "чел.", "teachers_mentors", *tm, tm[1], None),
        ("stock", "10", "из них молодые специалисты", "чел.", "young_specialists_mentors", 0, 1, 1, None),
        ("stock", "11", "Гимназисты 15–19 лет в роли наставников", "чел.", "mentors_15_19", *m1519, m1519[1], None),
        ("stock", "12", "Наставники из иных организаций (вузы, учреждения культуры и др.)", "чел.",
         "other_org_mentors", *oth, oth[1], None),
        ("flow", "13", "Заключено соглашений о сотрудничестве с иными организациями (наставники)", "ед.",
         "agreements_other_orgs", 1, 1, 2, ("agr", None)),
        ("heading", "III. Обучающиеся"),
        ("stock", "14", "Обучающиеся в возрасте 10–19 лет", "чел.", "students_10_19", *s1019, s1019[1], None),
        ("stock", "15", "Обучающиеся 10–19 лет — наставляемые", "чел.", "mentees_10_19", *m1019, m1019[1], None),
        ("stock", "15.1", "из них одарённые (внесены в реестр)", "чел.", "mentees_gifted", 20, 24, 24, None),
        ("stock", "15.2", "из них «группа риска»", "чел.", "mentees_risk", 4, 5, 5, None),
        ("stock", "15.3", "из них с ОВЗ / инвалидностью", "чел.", "mentees_disabled", 2, 2, 2, None),
        ("stock", "15.4", "из них нуждающиеся в помощи с выбором профессии", "чел.", "mentees_career", 30, 33, 33,
         None),
        ("stock", "15.5", "из них с низкой мотивацией к учёбе", "чел.", "mentees_low_motivation", 14, 14, 14, None),
        ("share", "16", "Охват обучающихся 10–19 лет наставничеством (наставляемые)", "%", "share_mentees_10_19",
         fr(m1019[0], s1019[0]), fr(m1019[1], s1019[1]), fr(m1019[1], s1019[1]), None),
        ("stock", "17", "Обучающиеся в возрасте 15–19 лет", "чел.", "students_15_19", *s1519, s1519[1], None),
        ("share", "18", "Доля гимназистов 15–19 лет, ставших наставниками", "%", "share_mentors_15_19",
         fr(m1519[0], s1519[0]), fr(m1519[1], s1519[1]), fr(m1519[1], s1519[1]), None),
        ("decoy", "19", "Выполнение плана по охвату обучающихся наставничеством", "%", None, 0.875, 0.975, 0.975,
         None),
        ("heading", "IV. Педагоги"),
        ("stock", "20", "Молодые специалисты (до 35 лет, первые 3 года работы)", "чел.", "young_specialists",
         *ys, ys[1], None),
        ("stock", "21", "Молодые специалисты, имеющие наставника", "чел.", "young_specialists_mentees", *ysm,
         ysm[1], None),
        ("stock", "22", "Прочие педагоги (кроме молодых специалистов)", "чел.", "teachers_other", *to, to[1], None),
        ("stock", "23", "Прочие педагоги в роли наставляемых", "чел.", "teachers_other_mentees", *tom, tom[1], None),
        ("share", "24", "Доля учителей-наставников от числа педагогов", "%", "share_teachers_mentors",
         fr(tm[0], ys[0] + to[0]), fr(tm[1], ys[1] + to[1]), fr(tm[1], ys[1] + to[1]), None),
        ("heading", "V. Персонализированные программы и КПК"),
        ("flow", "25", "Утверждено персонализированных программ наставничества", "ед.", "pp_total", 18, 21, 39,
         ("pp", None)),
        ("flow", "25.1", "по форме «ученик – ученик»", "ед.", "pp_pupil_pupil", 10, 12, 22, None),
        ("flow", "25.2", "по форме «учитель – учитель»", "ед.", "pp_teacher_teacher", 5, 6, 11, None),
        ("flow", "25.3", "по форме «руководитель – педагог»", "ед.", "pp_head_teacher", 3, 3, 6, None),
        ("stock", "26", "Педагоги — участники персонализированных программ", "чел.", "teachers_in_pp", 14, 17, 17,
         None),
        ("flow", "27", "Прошли курсы повышения квалификации по наставничеству", "чел.", "kpk_trained", 2, 3, 5,
         ("kpk", None)),
        ("text", "28", "Наименование курсов", "—", "kpk_courses",
         "«Наставничество в образовательной организации: организация и сопровождение» (36 ч.)",
         "«Технологии педагогического наставничества» (72 ч.)",
         "«Наставничество в образовательной организации: организация и сопровождение» (36 ч.); "
         "«Технологии педагогического наставничества» (72 ч.)", None),
        ("heading", "VI. Удовлетворённость"),
        ("share", "29", "Удовлетворённость наставляемых участием в завершённых программах", "%",
         "satisfaction_mentees", 0.85, 0.89, 0.87, ("ank", None)),
        ("share", "30", "Удовлетворённость наставников участием в завершённых программах", "%",
         "satisfaction_mentors", 0.90, 0.92, 0.91, ("ank", None)),
    ]
    r = 6
    for spec in rows:
        if spec[0] == "heading":
            section(ws, f, r, ncol, spec[1])
            r += 1
            continue
        kind, num, title, unit, crit, h1, h2, yr, doc = spec
        ws.cell(r, 1, num)
        ws.cell(r, 2, title)
        ws.cell(r, 3, unit)
        ws.cell(r, 4, h1)
        ws.cell(r, 5, h2)
        ws.cell(r, 6, yr)
        if kind in ("share",) or (kind == "decoy" and unit == "%"):
            for c in (4, 5, 6):
                ws.cell(r, c).number_format = P
        if kind == "decoy":
            f.decoy(title)
        else:
            f.title(title)
            if kind == "yn":
                exp = 1 if yr == "да" else 0
            elif kind == "share":
                exp = round(yr * 100, 2)
            else:
                exp = yr
            f.value(ws, f"F{r}", crit, exp)
            if doc:
                f.link(ws, f"G{r}", crit, L[doc[0]], doc[1])
        r += 1
    last = r - 1
    box(ws, 6, 1, last, ncol)
    for rr in range(6, last + 1):
        for c in (1, 3, 4, 5, 6):
            ws.cell(rr, c).alignment = CENTER
    ws.cell(last + 2, 2, "Ответственный: заместитель директора по УВР Н.С. Гладких")
    widths(ws, [6, 55, 8, 16, 16, 16, 40])
    wb.save(TYPED / f.fname.split("/")[-1])


# ---------------------------------------------------------------------------
# File 3: МБОУ «СОШ № 5» — state on 01.01.2024 and 01.01.2025, change.
# ---------------------------------------------------------------------------
def file3():
    org = "МБОУ «СОШ № 5 с углублённым изучением отдельных предметов»"
    f = Form("03_sosh5_na_datu.xlsx", org)
    site = "https://sosh5-beloklyuchinsk.gosuslugi.ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ncol = 7
    ws["A1"] = "Показатели наставничества: сравнение на начало и конец 2024 года"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"ОО: {org}"
    ws.merge_cells("A2:G2")
    hdr = ["№", "Показатель", "Ед. изм.", "на 01.01.2024", "на 01.01.2025", "Изменение (+/-)",
           "Подтверждение (ссылка)"]
    header_row(ws, 4, hdr)

    L = {
        "reg_t": f"{site}/ofitsialno/nastavnichestvo/prikaz_98_polozhenie_pedagogi.pdf",
        "reg_s": f"{site}/ofitsialno/nastavnichestvo/prikaz_41_polozhenie_obuchayushchiesya_2024.pdf",
        "mon": f"{site}/ofitsialno/nastavnichestvo/prikaz_monitoring.pdf",
        "base": "https://disk.yandex.ru/d/Xk3pQm7aR2sLwA",
        "pp": "https://disk.yandex.ru/d/Pp5sosh_2024_programmy",
        "kpk": "https://disk.yandex.ru/d/kpk5_udostovereniya",
        "mo": f"{site}/ofitsialno/nastavnichestvo/prikaz_o_sozdanii_MO_nastavnikov.pdf",
        "acts": f"{site}/ofitsialno/lokalnye-akty/polozhenie_o_stimuliruyushchih_vyplatah_2024.pdf",
    }
    s1019 = (402, 415)
    m1019 = (44, 55)
    s1519 = (88, 91)
    m1519 = (13, 16)
    tm = (18, 21)
    ys = (3, 5)
    ysm = (3, 5)
    to = (38, 37)
    tom = (17, 19)
    mtot = tuple(a + b for a, b in zip(tm, m1519))            # 31, 37
    metot = tuple(a + b + c for a, b, c in zip(m1019, ysm, tom))  # 64, 79
    rows = [
        ("heading", "Документы"),
        ("yn", "1", "Положение о системе наставничества педработников", "да/нет", "orgs_regulation_teachers",
         "да", "да", ("reg_t", None)),
        ("yn", "2", "Положение о наставничестве обучающихся", "да/нет", "orgs_regulation_students", "нет", "да",
         ("reg_s", None)),
        ("yn", "3", "Приказ о мониторинге реализации ЦМН", "да/нет", "orgs_monitoring_order", "да", "да",
         ("mon", None)),
        ("num", "4", "Положения о материальном поощрении наставников", "ед.", "pay_acts", 1, 1, ("acts", None)),
        ("num", "5", "Положения о нематериальном поощрении наставников", "ед.", "nonmaterial_acts", 0, 1,
         ("acts", None)),
        ("heading", "Наставники и наставляемые"),
        ("num", "6", "Кураторы ЦМН", "чел.", "curators_total", 1, 2, None),
        ("num", "7", "Наставники (по приказу)", "чел.", "mentors_total", *mtot, ("base", None)),
        ("num", "7.1", "в т.ч. педагоги", "чел.", "teachers_mentors", *tm, None),
        ("num", "7.2", "в т.ч. обучающиеся 15–19 лет", "чел.", "mentors_15_19", *m1519, None),
        ("num", "8", "Наставляемые (по приказу)", "чел.", "mentees_total", *metot, ("base", None)),
        ("heading", "Обучающиеся"),
        ("num", "9", "Обучающихся 10–19 лет в школе", "чел.", "students_10_19", *s1019, None),
        ("num", "10", "Наставляемые из числа обучающихся 10–19 лет", "чел.", "mentees_10_19", *m1019, None),
        ("num", "10.1", "в т.ч. обучающиеся с ОВЗ, дети-инвалиды", "чел.", "mentees_disabled", 3, 4, None),
        ("num", "10.2", "в т.ч. состоящие в «группе риска»", "чел.", "mentees_risk", 5, 6, None),
        ("num", "11", "Охват наставничеством обучающихся 10–19 лет", "%", "share_mentees_10_19",
         pct(m1019[0], s1019[0]), pct(m1019[1], s1019[1]), None),
        ("num", "12", "Обучающихся 15–19 лет в школе", "чел.", "students_15_19", *s1519, None),
        ("num", "13", "Доля обучающихся 15–19 лет — наставников", "%", "share_mentors_15_19",
         pct(m1519[0], s1519[0]), pct(m1519[1], s1519[1]), None),
        ("heading", "Педагоги"),
        ("num", "14", "Молодые специалисты", "чел.", "young_specialists", *ys, None),
        ("num", "15", "Молодые специалисты — наставляемые", "чел.", "young_specialists_mentees", *ysm, None),
        ("num", "16", "Педагоги (без молодых специалистов)", "чел.", "teachers_other", *to, None),
        ("num", "17", "Педагоги (без молодых специалистов) — наставляемые", "чел.", "teachers_other_mentees", *tom,
         None),
        ("num", "18", "Доля молодых специалистов в программах наставничества (наставляемые)", "%",
         "share_young_specialists_mentees", pct(ysm[0], ys[0]), pct(ysm[1], ys[1]), None),
        ("num", "19", "Доля педагогов-наставляемых", "%", "share_teachers_mentees",
         pct(ysm[0] + tom[0], ys[0] + to[0]), pct(ysm[1] + tom[1], ys[1] + to[1]), None),
        ("heading", "Программы и методическая работа"),
        ("num", "20", "Действующие персонализированные программы наставничества", "ед.", "pp_total", 22, 27,
         ("pp", None)),
        ("num", "20.1", "из них «учитель – учитель»", "ед.", "pp_teacher_teacher", 8, 10, None),
        ("num", "20.2", "из них «ученик – ученик»", "ед.", "pp_pupil_pupil", 14, 17, None),
        ("kpk", "21", "Педагоги, обученные на КПК по наставничеству (нарастающим итогом с 2021 г.)", "чел.",
         "kpk_trained", 6, 11, ("kpk", None)),
        ("num", "22", "Методическое объединение наставников в школе", "ед.", "school_methodical_associations", 0, 1,
         ("mo", None)),
        ("decoy", "23", "Публикации о наставничестве на сайте школы", "ед.", None, 7, 15, None),
    ]
    r = 5
    for spec in rows:
        if spec[0] == "heading":
            section(ws, f, r, ncol, spec[1])
            r += 1
            continue
        kind, num, title, unit, crit, v0, v1, doc = spec
        ws.cell(r, 1, num)
        ws.cell(r, 2, title)
        ws.cell(r, 3, unit)
        ws.cell(r, 4, v0)
        ws.cell(r, 5, v1)
        if kind == "yn":
            ws.cell(r, 6, "—")
            f.title(title)
            f.value(ws, f"E{r}", crit, 1 if v1 == "да" else 0)
        else:
            d = round(v1 - v0, 2)
            ws.cell(r, 6, d)
            ws.cell(r, 6).number_format = '+0.##;-0.##;0'
            if kind == "decoy":
                f.decoy(title)
            elif kind == "kpk":
                f.title(title)
                f.value(ws, f"F{r}", crit, d)
            else:
                f.title(title)
                f.value(ws, f"E{r}", crit, v1)
        if doc:
            f.link(ws, f"G{r}", crit, L[doc[0]], doc[1])
        r += 1
    last = r - 1
    box(ws, 5, 1, last, ncol)
    for rr in range(5, last + 1):
        for c in (1, 3, 4, 5, 6):
            ws.cell(rr, c).alignment = CENTER
    ws.cell(last + 2, 2, "Данные на 01.01.2025 — по состоянию на конец 2024 календарного года.")
    widths(ws, [6, 60, 8, 14, 14, 14, 45])
    wb.save(TYPED / f.fname.split("/")[-1])


# ---------------------------------------------------------------------------
# File 4: МКОУ «Верхнеключинская ООШ» — target / fact / deviation.
# ---------------------------------------------------------------------------
def file4():
    org = "МКОУ «Верхнеключинская основная общеобразовательная школа»"
    f = Form("04_verhneklyuchinskaya_oosh_cel_fakt.xlsx", org)
    site = "https://vklyuch-oosh.gosuslugi.ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "Целевые показатели"
    ncol = 7
    ws["A1"] = "Достижение целевых показателей реализации ЦМН в 2024 году"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = org
    ws.merge_cells("A2:G2")
    hdr = ["№ п/п", "Критерий", "Ед. изм.", "Целевое значение на 2024 г.", "Фактическое значение",
           "Отклонение (+/-)", "Подтверждающий документ"]
    header_row(ws, 4, hdr)
    number_row(ws, 5, ncol)
    f.decoy("Целевое значение на 2024 г.")
    f.decoy("Отклонение (+/-)")
    L = {
        "pol": f"{site}/netcat_files/nastavnichestvo/prikaz_7_ob_utverzhdenii_polozheniy.pdf",
        "mon": f"{site}/netcat_files/nastavnichestvo/prikaz_monitoring_2024.pdf",
        "spr": "https://cloud.mail.ru/public/VkOo/spravka_monitoring_2024.pdf",
        "base": f"{site}/netcat_files/nastavnichestvo/prikaz_o_nastavnichestve_2024.pdf",
        "agr": "https://cloud.mail.ru/public/VkOo/soglashenie_SOSH1_2024.pdf",
        "pp": "https://cloud.mail.ru/public/VkOo/programmy_2024",
        "kpk": "https://cloud.mail.ru/public/VkOo/udostoverenie_kpk.pdf",
    }
    s1019, m1019 = 58, 12
    s1519, m1519 = 11, 3
    tm, ys, ysm, to, tom = 6, 1, 1, 13, 4
    ext = 1
    rows = [
        ("heading", "1. Нормативно-правовое обеспечение"),
        ("yn", "1.1", "Положение о наставничестве педагогов", "да/нет", "orgs_regulation_teachers", "да", "да",
         ("pol", "приказ")),
        ("yn", "1.2", "Положение о наставничестве обучающихся", "да/нет", "orgs_regulation_students", "да", "да",
         ("pol", "приказ")),
        ("yn", "1.3", "Наличие приказа о мониторинге реализации Целевой модели наставничества в ОО", "да/нет",
         "orgs_monitoring_order", "да", "да", ("mon", "приказ")),
        ("yn", "1.4", "Справка по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", "да", "да",
         ("spr", None)),
        ("heading", "2. Кадровое обеспечение и партнёрство"),
        ("num", "2.1", "Куратор внедрения ЦМН", "чел.", "curators_total", 1, 1, None),
        ("num", "2.2", "Количество наставников в базе ОО (по приказу)", "чел.", "mentors_total", 9,
         tm + m1519 + ext, ("base", "приказ")),
        ("num", "2.3", "Количество наставляемых в базе ОО (по приказу)", "чел.", "mentees_total", 15,
         m1019 + ysm + tom, ("base", "приказ")),
        ("num", "2.4", "Педагоги, выполняющие функции наставника", "чел.", "teachers_mentors", 6, tm, None),
        ("num", "2.5", "Наставники из числа обучающихся 15–19 лет", "чел.", "mentors_15_19", 2, m1519, None),
        ("num", "2.6", "Наставники из других школ (по договору)", "чел.", "external_edu_mentors", 1, ext, None),
        ("num", "2.7", "Соглашения с другими ОО о привлечении наставников", "ед.", "agreements_edu_orgs", 1, 1,
         ("agr", None)),
        ("heading", "3. Обучающиеся"),
        ("num", "3.1", "Общее количество обучающихся в возрасте от 10 до 19 лет", "чел.", "students_10_19", "х",
         s1019, None),
        ("num", "3.2", "Наставляемые 10–19 лет", "чел.", "mentees_10_19", 10, m1019, None),
        ("num", "3.2.1", "в т.ч. с низкой мотивацией, неуспевающие", "чел.", "mentees_low_motivation", 4, 5, None),
        ("num", "3.2.2", "в т.ч. с затруднениями в профессиональном самоопределении", "чел.", "mentees_career", 3,
         4, None),
        ("num", "3.2.3", "в т.ч. «группа риска»", "чел.", "mentees_risk", 3, 3, None),
        ("num", "3.3", "Доля наставляемых среди обучающихся 10–19 лет", "%", "share_mentees_10_19", 17.0,
         pct(m1019, s1019), None),
        ("num", "3.4", "Обучающиеся 15–19 лет", "чел.", "students_15_19", "х", s1519, None),
        ("num", "3.5", "Доля обучающихся 15–19 лет — наставников", "%", "share_mentors_15_19", 20.0,
         pct(m1519, s1519), None),
        ("heading", "4. Педагоги"),
        ("num", "4.1", "Молодые специалисты", "чел.", "young_specialists", "х", ys, None),
        ("num", "4.2", "Молодые специалисты, включённые в программы как наставляемые", "чел.",
         "young_specialists_mentees", 1, ysm, None),
        ("num", "4.3", "Педагоги, кроме молодых специалистов", "чел.", "teachers_other", "х", to, None),
        ("num", "4.4", "Педагоги (кроме молодых специалистов) — наставляемые", "чел.", "teachers_other_mentees", 3,
         tom, None),
        ("num", "4.5", "Доля педагогов-наставников", "%", "share_teachers_mentors", 40.0, pct(tm, ys + to), None),
        ("heading", "5. Программы, обучение, удовлетворённость"),
        ("num", "5.1", "Персонализированные программы наставничества, всего", "ед.", "pp_total", 7, 8,
         ("pp", None)),
        ("num", "5.1.1", "«ученик – ученик»", "ед.", "pp_pupil_pupil", 3, 4, None),
        ("num", "5.1.2", "«учитель – учитель»", "ед.", "pp_teacher_teacher", 2, 2, None),
        ("num", "5.1.3", "«учитель – ученик»", "ед.", "pp_teacher_pupil", 2, 2, None),
        ("num", "5.2", "Обучены на КПК по наставничеству в 2024 г.", "чел.", "kpk_trained", 1, 1, ("kpk", None)),
        ("num", "5.3", "Удовлетворённость наставляемых", "%", "satisfaction_mentees", 85, 92, None),
        ("num", "5.4", "Удовлетворённость наставников", "%", "satisfaction_mentors", 85, 95, None),
        ("decoy", "6", "Уровень достижения целевых показателей в целом", "%", None, 100, 96.3, None),
    ]
    r = 6
    for spec in rows:
        if spec[0] == "heading":
            section(ws, f, r, ncol, spec[1])
            r += 1
            continue
        kind, num, title, unit, crit, target, fact, doc = spec
        ws.cell(r, 1, num)
        ws.cell(r, 2, title)
        ws.cell(r, 3, unit)
        ws.cell(r, 4, target)
        ws.cell(r, 5, fact)
        if kind == "yn":
            f.title(title)
            f.value(ws, f"E{r}", crit, 1 if fact == "да" else 0)
        else:
            if isinstance(target, (int, float)) and kind != "decoy":
                ws.cell(r, 6, round(fact - target, 2))
            if kind == "decoy":
                f.decoy(title)
            else:
                f.title(title)
                f.value(ws, f"E{r}", crit, fact)
        if doc:
            f.link(ws, f"G{r}", crit, L[doc[0]], doc[1])
        r += 1
    last = r - 1
    box(ws, 6, 1, last, ncol)
    for rr in range(6, last + 1):
        for c in (1, 3, 4, 5, 6):
            ws.cell(rr, c).alignment = CENTER
    ws.cell(last + 2, 2, "Директор школы ____________ Т.Г. Ложкина")
    widths(ws, [7, 55, 8, 13, 13, 12, 40])
    wb.save(TYPED / f.fname.split("/")[-1])


# ---------------------------------------------------------------------------
# File 5: МАОУ «Лицей № 9» — 2023 fact, 2024 fact, 2025 plan; no numbering, no units.
# ---------------------------------------------------------------------------
def file5():
    org = "МАОУ «Лицей № 9»"
    f = Form("05_licey9_2023_2024_plan2025.xlsx", org)
    site = "https://licey9-bkl.edu.ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "Наставничество"
    ncol = 5
    ws["A1"] = f"{org}. Динамика показателей целевой модели наставничества"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Показатель", "2023 год (факт)", "2024 год (факт)", "2025 год (план)", "Подтверждение / примечание"]
    header_row(ws, 3, hdr)
    f.decoy("2025 год (план)")
    L = {
        "lok": f"{site}/sveden/document/prikaz_polozheniya_nastavnichestvo.pdf",
        "mon": f"{site}/sveden/document/prikaz_monitoring_CMN_2024.pdf",
        "spr": f"{site}/nastavnichestvo/spravka_itogi_monitoringa_2024.pdf",
        "base": f"{site}/nastavnichestvo/baza_nastavnikov_i_nastavlyaemyh_2024.xlsx",
        "agr": "https://disk.yandex.ru/d/L9_soglasheniya_partnery",
        "pp": "https://disk.yandex.ru/d/L9_personalizirovannye_programmy_2024",
        "kpk": f"{site}/nastavnichestvo/kpk_2024.pdf",
        "ank": "https://disk.yandex.ru/d/L9_anketa_udovletvorennost_2024",
    }
    tm = (24, 26, 28)
    ysmr = (0, 1, 2)
    m1519 = (17, 21, 24)
    ent = (2, 3, 4)
    oth = (2, 2, 2)
    mtot = tuple(a + b + c + d for a, b, c, d in zip(tm, m1519, ent, oth))  # 45 52 58
    s1019 = (671, 690, 700)
    m1019 = (92, 101, 115)
    s1519 = (229, 236, 240)
    ys = (4, 5, 6)
    ysm = (4, 5, 6)
    to = (62, 61, 61)
    tom = (14, 20, 22)
    metot = tuple(a + b + c for a, b, c in zip(m1019, ysm, tom))  # 110 126 143
    partners23 = "АО «Белоключинский машиностроительный завод»; АНО «Центр молодёжных инициатив «Ключ»"
    partners24 = ("АО «Белоключинский машиностроительный завод»; ООО «КлючАгро»; "
                  "АНО «Центр молодёжных инициатив «Ключ»")
    partners25 = partners24 + "; ГБПОУ «Белоключинский политехнический техникум»"
    rows = [
        ("heading", "Организационно-нормативные условия"),
        ("yn", "Положение о наставничестве педагогических работников лицея", "orgs_regulation_teachers",
         ("да", "да", "да"), ("lok", "приказ")),
        ("yn", "Положение о наставничестве обучающихся лицея", "orgs_regulation_students", ("да", "да", "да"),
         ("lok", "приказ")),
        ("yn", "Приказ о мониторинге ЦМН в лицее", "orgs_monitoring_order", ("нет", "да", "да"), ("mon", None)),
        ("yn", "Наличие информационной справки ОО по итогам внутреннего мониторинга", "internal_monitoring_notes",
         ("да", "да", "да"), ("spr", None)),
        ("num", "Кураторы внедрения ЦМН", "curators_total", (2, 2, 2), None),
        ("heading", "Наставники"),
        ("num", "Наставников по приказу — всего", "mentors_total", mtot, ("base", None)),
        ("num", "из них педагоги лицея", "teachers_mentors", tm, None),
        ("num", "из них молодые специалисты", "young_specialists_mentors", ysmr, None),
        ("num", "из них лицеисты 15–19 лет", "mentors_15_19", m1519, None),
        ("num", "из них сотрудники предприятий", "enterprise_mentors", ent, None),
        ("num", "из них представители иных организаций", "other_org_mentors", oth, None),
        ("num", "Соглашения с предприятиями о наставничестве", "agreements_enterprises", (1, 2, 3), ("agr", None)),
        ("num", "Соглашения с иными организациями о наставничестве", "agreements_other_orgs", (1, 1, 1),
         ("agr", None)),
        ("text", "Организации-партнёры по наставничеству", "partner_list", (partners23, partners24, partners25),
         None),
        ("heading", "Наставляемые обучающиеся"),
        ("num", "Наставляемых по приказу — всего", "mentees_total", metot, ("base", None)),
        ("num", "Лицеисты 10–19 лет, всего", "students_10_19", s1019, None),
        ("num", "Лицеисты 10–19 лет в роли наставляемых", "mentees_10_19", m1019, None),
        ("num", "в т.ч. одарённые (в реестрах)", "mentees_gifted", (36, 40, 45), None),
        ("num", "в т.ч. с проблемами выбора профессии / траектории", "mentees_career", (31, 35, 40), None),
        ("num", "в т.ч. с низкой мотивацией / неуспеваемостью", "mentees_low_motivation", (17, 18, 20), None),
        ("num", "в т.ч. по иным основаниям", "mentees_other_params", (8, 8, 10), None),
        ("num", "Доля лицеистов 10–19 лет — наставляемых, %", "share_mentees_10_19",
         tuple(pct(a, b) for a, b in zip(m1019, s1019)), None),
        ("decoyplan", "Плановый охват наставляемых 10–19 лет на 2025 год, чел.", None, (None, None, 115), None),
        ("num", "Лицеисты 15–19 лет, всего", "students_15_19", s1519, None),
        ("num", "Доля лицеистов 15–19 лет — наставников, %", "share_mentors_15_19",
         tuple(pct(a, b) for a, b in zip(m1519, s1519)), None),
        ("heading", "Педагоги"),
        ("num", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", ys, None),
        ("num", "Молодые специалисты — наставляемые", "young_specialists_mentees", ysm, None),
        ("num", "Остальные педагоги", "teachers_other", to, None),
        ("num", "Остальные педагоги — наставляемые", "teachers_other_mentees", tom, None),
        ("num", "Доля педагогов-наставляемых, %", "share_teachers_mentees",
         tuple(pct(a + b, c + d) for a, b, c, d in zip(ysm, tom, ys, to)), None),
        ("num", "Доля педагогов-наставников, %", "share_teachers_mentors",
         tuple(pct(a, c + d) for a, c, d in zip(tm, ys, to)), None),
        ("num", "Доля молодых специалистов — наставников, %", "share_young_specialists_mentors",
         tuple(pct(a, b) for a, b in zip(ysmr, ys)), None),
        ("heading", "Программы, КПК, удовлетворённость"),
        ("num", "Персонализированные программы наставничества — всего", "pp_total", (40, 48, 52), ("pp", None)),
        ("num", "«ученик – ученик»", "pp_pupil_pupil", (18, 20, 21), None),
        ("num", "«учитель – учитель»", "pp_teacher_teacher", (8, 9, 10), None),
        ("num", "«студент – ученик»", "pp_student_pupil", (4, 6, 7), None),
        ("num", "иные формы («работодатель – лицеист»)", "pp_other", (10, 13, 14), None),
        ("num", "Педагоги, прошедшие КПК по наставничеству за год", "kpk_trained", (3, 4, 4), ("kpk", None)),
        ("num", "Удовлетворённость наставляемых, %", "satisfaction_mentees", (84, 86, 88), ("ank", None)),
        ("num", "Удовлетворённость наставников, %", "satisfaction_mentors", (89, 90, 90), ("ank", None)),
    ]
    r = 4
    for spec in rows:
        if spec[0] == "heading":
            section(ws, f, r, ncol, spec[1])
            r += 1
            continue
        kind, title, crit, vals, doc = spec
        ws.cell(r, 1, title)
        for i, v in enumerate(vals):
            ws.cell(r, 2 + i, v)
        if kind == "decoyplan":
            f.decoy(title)
        else:
            f.title(title)
            v = vals[1]
            exp = (1 if v == "да" else 0) if kind == "yn" else v
            f.value(ws, f"C{r}", crit, exp)
        if doc:
            f.link(ws, f"E{r}", crit, L[doc[0]], doc[1])
        r += 1
    last = r - 1
    box(ws, 4, 1, last, ncol)
    for rr in range(4, last + 1):
        for c in (2, 3, 4):
            ws.cell(rr, c).alignment = CENTER
    widths(ws, [58, 22, 22, 22, 45])
    wb.save(TYPED / f.fname.split("/")[-1])


# ---------------------------------------------------------------------------
# File 6: МБУ ДО «ДДТ «Радуга»» — cumulative quarter-end columns, plan; year = «на 31.12.2024».
# ---------------------------------------------------------------------------
def file6():
    org = "МБУ ДО «Дом детского творчества «Радуга»"
    f = Form("06_ddt_raduga_narastayushchim.xlsx", org)
    site = "https://ddt-raduga-bkl.gosuslugi.ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "ДОП 2024"
    ncol = 9
    ws["A1"] = "Мониторинг наставничества в учреждении дополнительного образования, 2024 год"
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Учреждение: {org}"
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Показатели заполняются нарастающим итогом с начала года; численность — на отчётную дату. "
                "Итоговое значение за год — графа «на 31.12.2024».")
    ws.merge_cells("A3:I3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    hdr = ["№", "Показатель", "Ед. изм.", "План на 2024 год", "на 01.04.2024", "на 01.07.2024", "на 01.10.2024",
           "на 31.12.2024", "Ссылка на подтверждающий документ"]
    header_row(ws, 5, hdr)
    number_row(ws, 6, ncol)
    f.decoy("План на 2024 год")
    L = {
        "pol": f"{site}/sveden/files/prikaz_polozhenie_o_nastavnichestve.pdf",
        "mon": f"{site}/sveden/files/prikaz_monitoring_nastavnichestva_2024.pdf",
        "spr": f"{site}/sveden/files/spravka_monitoring_2024.pdf",
        "base": "https://disk.yandex.ru/d/raduga_baza_2024",
        "pp": "https://disk.yandex.ru/d/raduga_programmy_2024",
        "ank": "https://disk.yandex.ru/d/raduga_anketa_2024",
    }
    tm = [9, 10, 11, 11]
    m1519 = [5, 6, 7, 8]
    mtot = [a + b for a, b in zip(tm, m1519)]  # 14 16 18 19
    s1019 = [860, 845, 910, 905]
    gifted = [12, 14, 16, 18]
    risk = [4, 5, 5, 6]
    other = [8, 10, 12, 12]
    m1019 = [a + b + c for a, b, c in zip(gifted, risk, other)]  # 24 29 33 36
    ys = [2, 2, 3, 3]
    ysm = [2, 2, 3, 3]
    to = [41, 41, 40, 40]
    tom = [4, 5, 5, 5]
    metot = [a + b + c for a, b, c in zip(m1019, ysm, tom)]  # 30 36 41 44
    rows = [
        ("heading", "Документы учреждения"),
        ("yn", "1", "Положение о наставничестве педагогических работников ДДТ", "да/нет", "orgs_regulation_teachers",
         "да", ("pol", "приказ")),
        ("yn", "2", "Положение о наставничестве обучающихся ДДТ", "да/нет", "orgs_regulation_students", "да",
         ("pol", "приказ")),
        ("yn", "3", "Приказ о мониторинге наставничества", "да/нет", "orgs_monitoring_order", "да", ("mon", None)),
        ("yn", "4", "Справка по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", "да",
         ("spr", None)),
        ("heading", "Участники"),
        ("num", "5", "Кураторы ЦМН", "чел.", "curators_total", 1, [1, 1, 1, 1], None),
        ("num", "6", "Наставники по приказу", "чел.", "mentors_total", 20, mtot, ("base", None)),
        ("num", "6.1", "в т.ч. педагоги дополнительного образования", "чел.", "teachers_mentors", 12, tm, None),
        ("num", "6.2", "в т.ч. обучающиеся 15–19 лет", "чел.", "mentors_15_19", 8, m1519, None),
        ("num", "7", "Наставляемые по приказу", "чел.", "mentees_total", 45, metot, ("base", None)),
        ("num", "8", "Обучающиеся 10–19 лет в объединениях ДДТ", "чел.", "students_10_19", "—", s1019, None),
        ("num", "9", "Обучающиеся 10–19 лет — наставляемые", "чел.", "mentees_10_19", 35, m1019, None),
        ("num", "9.1", "в т.ч. одарённые (в реестрах)", "чел.", "mentees_gifted", 15, gifted, None),
        ("num", "9.2", "в т.ч. «группа риска»", "чел.", "mentees_risk", 5, risk, None),
        ("num", "9.3", "в т.ч. по иным основаниям", "чел.", "mentees_other_params", 15, other, None),
        ("num", "10", "Доля наставляемых среди обучающихся 10–19 лет", "%", "share_mentees_10_19", 4.0,
         [pct(a, b) for a, b in zip(m1019, s1019)], None),
        ("num", "11", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", "young_specialists", "—", ys, None),
        ("num", "12", "Молодые специалисты — наставляемые", "чел.", "young_specialists_mentees", 3, ysm, None),
        ("num", "13", "Педагоги без учёта молодых специалистов", "чел.", "teachers_other", "—", to, None),
        ("num", "14", "из них наставляемые", "чел.", "teachers_other_mentees", 6, tom, None),
        ("heading", "Программы и обучение (нарастающим итогом)"),
        ("num", "15", "Утверждено персонализированных программ, всего", "ед.", "pp_total", 16, [6, 9, 13, 15],
         ("pp", None)),
        ("num", "15.1", "«педагог – обучающийся»", "ед.", "pp_teacher_pupil", 10, [4, 6, 9, 10], None),
        ("num", "15.2", "«педагог – педагог»", "ед.", "pp_teacher_teacher", 6, [2, 3, 4, 5], None),
        ("num", "16", "Педагоги, прошедшие КПК по наставничеству", "чел.", "kpk_trained", 3, [0, 2, 2, 3], None),
        ("decoy", "17", "Мероприятия в рамках программ наставничества", "ед.", None, 24, [5, 11, 16, 23], None),
        ("num", "18", "Удовлетворённость наставляемых (анкетирование в декабре)", "%", "satisfaction_mentees", 90,
         [None, None, None, 93], ("ank", None)),
    ]
    r = 7
    for spec in rows:
        if spec[0] == "heading":
            section(ws, f, r, ncol, spec[1])
            r += 1
            continue
        if spec[0] == "yn":
            _, num, title, unit, crit, v, doc = spec
            ws.cell(r, 1, num)
            ws.cell(r, 2, title)
            ws.cell(r, 3, unit)
            ws.cell(r, 4, "да")
            ws.cell(r, 8, v)
            f.title(title)
            f.value(ws, f"H{r}", crit, 1 if v == "да" else 0)
        else:
            kind, num, title, unit, crit, plan, q, doc = spec
            ws.cell(r, 1, num)
            ws.cell(r, 2, title)
            ws.cell(r, 3, unit)
            ws.cell(r, 4, plan)
            for i, v in enumerate(q):
                ws.cell(r, 5 + i, v)
            if kind == "decoy":
                f.decoy(title)
            else:
                f.title(title)
                f.value(ws, f"H{r}", crit, q[3])
        if doc:
            f.link(ws, f"I{r}", crit, L[doc[0]], doc[1])
        r += 1
    last = r - 1
    box(ws, 7, 1, last, ncol)
    for rr in range(7, last + 1):
        for c in (1, 3, 4, 5, 6, 7, 8):
            ws.cell(rr, c).alignment = CENTER
    widths(ws, [6, 52, 8, 11, 11, 11, 11, 11, 40])
    wb.save(TYPED / f.fname.split("/")[-1])


# ---------------------------------------------------------------------------
# File 7: МБОУ «Ключевская СОШ» — transposed: periods in rows, criteria in columns.
# ---------------------------------------------------------------------------
def file7():
    org = "МБОУ «Ключевская средняя общеобразовательная школа»"
    f = Form("07_klyuchevskaya_sosh_periody_v_strokah.xlsx", org)
    site = "https://klyuchevskaya-sosh.gosuslugi.ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчёт"
    stud1019 = [318, 316, 327, 325]
    dis = [3, 3, 4, 4]
    low = [10, 11, 13, 14]
    ment1019 = [28, 30, 33, 35]
    stud1519 = [61, 59, 66, 64]
    m1519 = [6, 7, 9, 9]
    tm = [12, 12, 13, 14]
    ys = [2, 2, 4, 4]
    ysm = [2, 2, 4, 4]
    tom = [5, 6, 6, 7]
    mtot = [a + b for a, b in zip(tm, m1519)]            # 18 19 22 23
    metot = [a + b + c for a, b, c in zip(ment1019, ysm, tom)]  # 35 38 43 46
    # columns: (header, unit, crit, kind, plan, quarters, total, link)
    L = {
        "pol": f"{site}/netcat_files/doc/prikaz_polozheniya_nastavnichestvo_2024.pdf",
        "mon": f"{site}/netcat_files/doc/prikaz_monitoring_2024.pdf",
        "base": f"{site}/netcat_files/doc/prikaz_nastavnichestvo_2024_2025.pdf",
        "pp": "https://cloud.mail.ru/public/KlSo/programmy_2024",
        "kpk": "https://cloud.mail.ru/public/KlSo/kpk_2024",
        "agr": f"{site}/netcat_files/doc/dogovor_setevoe_vzaimodeystvie_SOSH5.pdf",
        "ank": "https://cloud.mail.ru/public/KlSo/anketa_2024",
    }
    cols = [
        ("Положение о наставничестве педагогов утверждено", "да/нет", "orgs_regulation_teachers", "yn", "да",
         [None] * 4, "да", ("pol", "приказ")),
        ("Положение о наставничестве обучающихся утверждено", "да/нет", "orgs_regulation_students", "yn", "да",
         [None] * 4, "да", ("pol", "приказ")),
        ("Приказ о мониторинге ЦМН", "да/нет", "orgs_monitoring_order", "yn", "да", [None] * 4, "да",
         ("mon", "приказ")),
        ("Наставники по приказу (на конец периода)", "чел.", "mentors_total", "stock", 24, mtot, mtot[3],
         ("base", "приказ")),
        ("Наставляемые по приказу (на конец периода)", "чел.", "mentees_total", "stock", 45, metot, metot[3],
         ("base", "приказ")),
        ("Педагоги-наставники", "чел.", "teachers_mentors", "stock", 14, tm, tm[3], None),
        ("Обучающиеся 15–19 лет — наставники", "чел.", "mentors_15_19", "stock", 10, m1519, m1519[3], None),
        ("Обучающиеся 10–19 лет (на конец периода)", "чел.", "students_10_19", "stock", None, stud1019,
         stud1019[3], None),
        ("Наставляемые 10–19 лет", "чел.", "mentees_10_19", "stock", 35, ment1019, ment1019[3], None),
        ("в т.ч. ОВЗ / инвалиды", "чел.", "mentees_disabled", "stock", 4, dis, dis[3], None),
        ("в т.ч. низкая мотивация", "чел.", "mentees_low_motivation", "stock", 12, low, low[3], None),
        ("Доля наставляемых 10–19 лет", "%", "share_mentees_10_19", "stock", 11.0,
         [pct(a, b) for a, b in zip(ment1019, stud1019)], pct(ment1019[3], stud1019[3]), None),
        ("Обучающиеся 15–19 лет (на конец периода)", "чел.", "students_15_19", "stock", None, stud1519,
         stud1519[3], None),
        ("Молодые специалисты", "чел.", "young_specialists", "stock", None, ys, ys[3], None),
        ("Молодые специалисты — наставляемые", "чел.", "young_specialists_mentees", "stock", 4, ysm, ysm[3], None),
        ("Доля молодых специалистов — наставляемых", "%", "share_young_specialists_mentees", "stock", 100,
         [pct(a, b) for a, b in zip(ysm, ys)], pct(ysm[3], ys[3]), None),
        ("Утверждено персонализированных программ (за период)", "ед.", "pp_total", "flow", 22, [8, 3, 7, 4], 22,
         ("pp", None)),
        ("в т.ч. «ученик – ученик»", "ед.", "pp_pupil_pupil", "flow", 10, [4, 1, 3, 2], 10, None),
        ("в т.ч. «учитель – учитель»", "ед.", "pp_teacher_teacher", "flow", 12, [4, 2, 4, 2], 12, None),
        ("Прошли КПК по наставничеству (за период)", "чел.", "kpk_trained", "flow", 2, [0, 1, 0, 1], 2,
         ("kpk", None)),
        ("Заключено соглашений с другими ОО (наставники)", "ед.", "agreements_edu_orgs", "flow", 1, [0, 0, 1, 0], 1,
         ("agr", None)),
        ("Удовлетворённость наставляемых, % (май и декабрь; в итоге — среднее)", "%", "satisfaction_mentees",
         "level", 85, [None, 89, None, 93], 91, ("ank", None)),
    ]
    n = len(cols) + 1
    last_col = get_column_letter(n)
    ws["A1"] = f"Отчёт о реализации целевой модели наставничества за 2024 год — {org}"
    ws.merge_cells(f"A1:{last_col}1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Белоключинский муниципальный округ"
    ws.merge_cells(f"A2:{last_col}2")
    ws.cell(4, 1, "Период")
    ws.cell(5, 1, "Ед. изм.")
    ws.cell(6, 1, "№ графы")
    for c in range(1, n + 1):
        ws.cell(4, c).font = BOLD
        ws.cell(4, c).fill = HEAD_FILL
    labels = ["План на 2024 г.", "I квартал", "II квартал", "III квартал", "IV квартал", "Итого за 2024 г.",
              "% выполнения плана", "Подтверждающий документ"]
    for i, lab in enumerate(labels):
        ws.cell(7 + i, 1, lab).font = BOLD
    f.decoy("План на 2024 г.")
    f.decoy("% выполнения плана")
    for j, (hdr, unit, crit, kind, plan, q, total, doc) in enumerate(cols, start=2):
        col = get_column_letter(j)
        ws.cell(4, j, hdr)
        ws.cell(4, j).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center",
                                            textRotation=0)
        ws.cell(5, j, unit)
        ws.cell(6, j, j - 1)
        ws.cell(7, j, plan if plan is not None else "х")
        for i, v in enumerate(q):
            ws.cell(8 + i, j, v)
        ws.cell(12, j, total)
        f.title(hdr)
        if kind == "yn":
            f.value(ws, f"{col}12", crit, 1 if total == "да" else 0)
        else:
            f.value(ws, f"{col}12", crit, total)
            if isinstance(plan, (int, float)):
                ws.cell(13, j, round(100.0 * total / plan, 1))
        if doc:
            f.link(ws, f"{col}14", crit, L[doc[0]], doc[1])
    box(ws, 4, 1, 14, n)
    for rr in range(4, 15):
        for c in range(2, n + 1):
            if rr != 14:
                ws.cell(rr, c).alignment = CENTER
    ws.row_dimensions[4].height = 90
    ws.column_dimensions["A"].width = 24
    for j in range(2, n + 1):
        ws.column_dimensions[get_column_letter(j)].width = 14
    ws.freeze_panes = "B7"
    ws.cell(16, 1, "Исполнитель: зам. директора по ВР Р.Ф. Шакирова")
    wb.save(TYPED / f.fname.split("/")[-1])


def verbatim_check():
    cat = list(csv.DictReader(open(CATALOGUE, encoding="utf-8"), delimiter="\t"))
    norm = lambda s: re.sub(r"\s+", " ", (s or "").replace("ё", "е").strip().lower())
    wordings = set()
    for row in cat:
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row.get(k):
                wordings.add(norm(row[k]))
    verb = [t for _, t in TITLES if norm(t) in wordings]
    share = len(verb) / len(TITLES)
    assert share <= 1 / 3, share
    return len(verb), len(TITLES)


def main():
    if TYPED.exists():
        shutil.rmtree(TYPED)
    TYPED.mkdir()
    with tempfile.TemporaryDirectory() as tmp:
        file1(tmp)
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    nv, nt = verbatim_check()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps(CELLS, ensure_ascii=False, indent=1), encoding="utf-8")
    nvals = sum(len(e["values"]) for e in EXPECTED)
    nlinks = sum(len(e["links"]) for e in EXPECTED)
    print(f"files={len(EXPECTED)} values={nvals} links={nlinks} verbatim_titles={nv}/{nt}")
    for e in EXPECTED:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links")


if __name__ == "__main__":
    main()
