#!/usr/bin/env python3
"""Held-out set 78: methodologists' summary workbooks turned on their side
(criteria are ROWS, organisations are COLUMNS), ЦМН monitoring 2024 of three
invented districts: Ягульский район, Лудзинский муниципальный округ, Чурашурский район.

Deterministic: all data are fixed below; URL codes come from md5 of fixed strings.
Writes typed/*.xlsx, expected.json, cells.json.
One workbook (yagul_obuch_ped_2024.xlsx) is written with formulas and re-saved
through LibreOffice so that the formulas carry cached values (as in a real Excel file).
"""
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SUB_FILL = PatternFill("solid", fgColor="F2F2F2")
TOT_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

EXPECTED = []
CELLS = []


def q(x, nd):
    """half-up rounding of a Decimal/number to nd places, returned as float"""
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))


def md5(s):
    return hashlib.md5(s.encode("utf-8")).hexdigest()


B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def code(s, n):
    h = int(md5(s), 16)
    out = ""
    for _ in range(n):
        h, r = divmod(h, 62)
        out += B62[r]
    return out


DOCNAMES = {
    "orgs_regulation_teachers": "polozhenie_o_nastavnichestve_pedrabotnikov",
    "orgs_regulation_students": "polozhenie_o_nastavnichestve_obuchayushchihsya",
    "orgs_monitoring_order": "prikaz_monitoring_CMN_2024",
    "curators_total": "prikaz_o_naznachenii_kuratora_CMN",
    "mentors_total": "prikaz_o_zakreplenii_nastavnicheskih_par_2024",
    "mentees_total": "prikaz_o_zakreplenii_nastavnicheskih_par_2024",
    "pp_total": "reestr_PPN_2024",
    "pp_teacher_teacher": "PPN_pedagog-pedagog_2024",
    "mentees_10_19": "prikaz_nastavlyaemye_obuchayushchiesya_2024",
    "young_specialists_mentees": "prikaz_nastavnichestvo_molodye_specialisty_2024",
    "mentors_15_19": "prikaz_nastavniki_obuchayushchiesya_2024",
    "mentees_risk": "baza_nastavlyaemyh_gruppa_riska",
    "mentees_gifted": "baza_nastavlyaemyh_odarennye",
    "mentees_disabled": "baza_nastavlyaemyh_OVZ",
    "mentees_career": "baza_nastavlyaemyh_proforientaciya",
    "teachers_in_pp": "spisok_pedagogov_PPN_2024",
    "kpk_trained": "udostovereniya_KPK_nastavnichestvo_2024",
    "school_methodical_associations": "prikaz_MO_nastavnikov",
    "teachers_other_mentees": "prikaz_nastavnichestvo_pedagogi_2024",
    "teachers_mentors": "prikaz_o_nastavnikah_2024",
    "agreements_edu_orgs": "dogovor_o_setevom_vzaimodeystvii",
    "agreements_enterprises": "soglashenie_s_predpriyatiem",
    "nonmaterial_acts": "polozhenie_o_nematerialnom_pooshchrenii_nastavnikov",
}


def url(site, crit, year=2024):
    """site = (kind, host)"""
    kind, host = site
    doc = DOCNAMES[crit]
    key = f"{host}|{doc}|{year}"
    h = int(md5(key), 16)
    if kind == "gos":
        return f"https://{host}/netcat_files/{h % 900 + 100}/{h // 1000 % 9000 + 1000}/{doc}.pdf"
    if kind == "edu":
        return f"https://{host}/files/nastavnichestvo/{year}/{doc}.pdf"
    if kind == "yadisk":
        return f"https://disk.yandex.ru/i/{code(key, 14)}"
    if kind == "mail":
        return f"https://cloud.mail.ru/public/{code(key, 4)}/{code(key + 'x', 9)}"
    raise ValueError(kind)


class Form:
    """collects the expected entry of one sheet-form holding several organisations"""

    def __init__(self, file, sheet, orgs, org_header_cells):
        self.file = f"typed/{file}"
        self.sheet = sheet
        self.orgs = orgs
        self.hdr = org_header_cells
        self.values = [dict() for _ in orgs]
        self.links = [dict() for _ in orgs]
        self.not_criteria = []
        self.headings = []

    def value(self, i, crit, cell, expected, sheet=None):
        assert crit not in self.values[i], (crit, i)
        self.values[i][crit] = expected
        CELLS.append({"file": self.file, "sheet": sheet or self.sheet, "cell": cell, "kind": "value",
                      "criterion": crit, "organisation": self.orgs[i], "expected": expected,
                      "org_header": {"sheet": self.sheet, "cell": self.hdr[i]}})

    def link(self, i, crit, cell, u, sheet=None, header_sheet=None):
        assert crit not in self.links[i], (crit, i)
        self.links[i][crit] = u
        CELLS.append({"file": self.file, "sheet": sheet or self.sheet, "cell": cell, "kind": "link",
                      "criterion": crit, "organisation": self.orgs[i], "expected": u,
                      "org_header": {"sheet": header_sheet or sheet or self.sheet, "cell": self.hdr[i]}})

    def close(self, **extra):
        e = {"file": self.file, "year": 2024, "organisation": self.orgs,
             "values": self.values, "links": self.links,
             "not_criteria": self.not_criteria, "headings": self.headings}
        e.update(extra)
        EXPECTED.append(e)


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


def L(c):
    return get_column_letter(c)


# ---------------------------------------------------------------------------
# Ягульский район
# ---------------------------------------------------------------------------
YAG_SCHOOLS = ["МБОУ «Ягульская СОШ № 1»", "МБОУ «Ягульская СОШ № 2»", "МБОУ «Ягульская гимназия»",
               "МБОУ «Октябрьская СОШ»", "МБОУ «Пироговская ООШ»"]
YAG_DO = ["МБУ ДО «Ягульский ДДТ»", "МБУ ДО «Ягульская ДЮСШ»"]
YAG_SITES = [("gos", "yagul-sosh1.gosuslugi.ru"), ("gos", "sh2-yagul.gosuslugi.ru"),
             ("edu", "yagul-gimn.edu.ru"), ("gos", "oktyabrskaya-sosh.gosuslugi.ru"),
             ("gos", "pirogovo-oosh.gosuslugi.ru"), ("edu", "ddt-yagul.edu.ru"), ("yadisk", "dyussh-yagul")]

# order: 5 schools, 2 ДО
YAG1 = {
    "orgs_regulation_teachers": [1, 1, 1, 1, 1, 1, 1],
    "orgs_regulation_students": [1, 1, 1, 1, 0, 1, 0],
    "orgs_monitoring_order":    [1, 1, 1, 0, 0, 1, 0],
    "curators_total":           [2, 1, 2, 1, 1, 1, 1],
    "mentors_total":            [34, 21, 27, 9, 4, 7, 5],
    "mentees_total":            [58, 37, 45, 14, 6, 15, 11],
    "pp_total":                 [29, 18, 22, 8, 4, 6, 5],
    "pp_teacher_teacher":       [7, 5, 6, 3, 2, 2, 1],
}
YAG1_PAIRS = [31, 19, 24, 9, 4, 7, 5]  # decoy: «наставнических пар сформировано»
# links missing although the value is there (the form had no link): (org index, crit)
YAG1_NOLINK = {(4, "curators_total"), (6, "pp_teacher_teacher"), (3, "pp_total")}


def yagul_svod():
    fname = "yagul_svod_CMN_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Свод"
    wl = wb.create_sheet("Ссылки")
    # columns: A №, B показатель, C ед., D..H schools, I итого школы, J..K ДО, L итого ДО, M всего
    sch_cols = [4, 5, 6, 7, 8]
    do_cols = [10, 11]
    org_cols = sch_cols + do_cols
    orgs = YAG_SCHOOLS + YAG_DO
    hdr_cells = [f"{L(c)}5" for c in org_cols]
    form = Form(fname, "Свод", orgs, hdr_cells)

    for sh, title in ((ws, "Сводные данные мониторинга реализации Целевой модели наставничества в образовательных "
                           "организациях Ягульского района за 2024 год"),
                      (wl, "Ссылки на подтверждающие документы к сводной таблице мониторинга ЦМН, 2024 год "
                           "(Ягульский район)")):
        sh["A1"] = title
        sh["A1"].font = Font(bold=True, size=12)
        sh.merge_cells("A1:M1")
        sh["A2"] = "по данным форм ОО на 16.12.2024; свод – методист МКУ «ИМЦ Ягульского района» Шутова Л.А."
        sh["A2"].font = Font(italic=True, size=9)
        sh.merge_cells("A2:M2")
        sh["A4"] = "№ п/п"
        sh["B4"] = "Показатель"
        sh["C4"] = "Ед. изм."
        sh["D4"] = "Школы"
        sh["J4"] = "Учреждения ДО"
        sh["M4"] = "Всего по району"
        for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:I4", "J4:L4", "M4:M5"):
            sh.merge_cells(rng)
        for c, name in zip(org_cols, orgs):
            sh.cell(5, c, name)
        sh["I5"] = "Итого по школам"
        sh["L5"] = "Итого по УДО"
        for r in (4, 5):
            for c in range(1, 14):
                sh.cell(r, c).font = BOLD
                sh.cell(r, c).alignment = CENTER
                sh.cell(r, c).fill = HEAD_FILL
        for c in (9, 12, 13):
            sh.cell(5, c).fill = TOT_FILL
        sh.row_dimensions[5].height = 48
        sh.column_dimensions["A"].width = 6
        sh.column_dimensions["B"].width = 52
        sh.column_dimensions["C"].width = 9
        for c in range(4, 14):
            sh.column_dimensions[L(c)].width = 15 if sh is ws else 30
        sh.freeze_panes = "D6"

    form.not_criteria += ["Итого по школам", "Итого по УДО", "Всего по району"]

    rows = [
        ("head", "I", "Нормативное обеспечение"),
        ("crit", "1.1", "Утверждено положение о наставничестве педагогических работников (приказ по ОО)", "да/нет",
         "orgs_regulation_teachers"),
        ("crit", "1.2", "Утверждено положение о наставничестве обучающихся", "да/нет", "orgs_regulation_students"),
        ("crit", "1.3", "Издан приказ о проведении мониторинга ЦМН в ОО", "да/нет", "orgs_monitoring_order"),
        ("head", "II", "Кадры и участники наставничества"),
        ("crit", "2.1", "Кураторы внедрения ЦМН", "чел.", "curators_total"),
        ("crit", "2.2", "Наставники (по приказу ОО)", "чел.", "mentors_total"),
        ("crit", "2.3", "Наставляемые (по приказу ОО)", "чел.", "mentees_total"),
        ("decoy", "2.4", "Участников наставничества всего (наставники + наставляемые)", "чел.", None),
        ("head", "III", "Персонализированные программы наставничества (ППН)"),
        ("crit", "3.1", "ППН утверждено, всего", "ед.", "pp_total"),
        ("crit", "3.2", "из них по форме «педагог – педагог»", "ед.", "pp_teacher_teacher"),
        ("decoy", "3.3", "Наставнических пар (групп) сформировано в 2024 году", "пар", "pairs"),
    ]
    r = 6
    for row in rows:
        kind = row[0]
        for sh in (ws, wl):
            sh.cell(r, 1, row[1])
            sh.cell(r, 2, row[2])
            sh.cell(r, 2).alignment = WRAP
        if kind == "head":
            for sh in (ws, wl):
                sh.merge_cells(start_row=r, start_column=2, end_row=r, end_column=13)
                for c in range(1, 14):
                    sh.cell(r, c).font = BOLD
                    sh.cell(r, c).fill = SUB_FILL
            form.headings.append(row[2])
            r += 1
            continue
        unit, crit = row[3], row[4]
        ws.cell(r, 3, unit)
        if kind == "decoy":
            vals = ([a + b for a, b in zip(YAG1["mentors_total"], YAG1["mentees_total"])]
                    if crit is None else YAG1_PAIRS)
            form.not_criteria.append(row[2])
        else:
            vals = YAG1[crit]
        for i, c in enumerate(org_cols):
            v = vals[i]
            if unit == "да/нет":
                ws.cell(r, c, "да" if v else "нет")
            else:
                ws.cell(r, c, v)
            ws.cell(r, c).alignment = CENTER
            if kind == "crit":
                form.value(i, crit, f"{L(c)}{r}", v)
                # link grid on the second sheet
                if v and (i, crit) not in YAG1_NOLINK:
                    u = url(YAG_SITES[i], crit)
                    wl.cell(r, c, u)
                    form.link(i, crit, f"{L(c)}{r}", u, sheet="Ссылки", header_sheet="Ссылки")
                else:
                    wl.cell(r, c, "—" if not v else "нет ссылки")
        ws.cell(r, 9, sum(vals[:5]))
        ws.cell(r, 12, sum(vals[5:]))
        ws.cell(r, 13, sum(vals))
        for c in (9, 12, 13):
            ws.cell(r, c).fill = TOT_FILL
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = CENTER
        r += 1
    box(ws, 4, 1, r - 1, 13)
    box(wl, 4, 1, r - 1, 13)
    ws.cell(r + 1, 2, "Примечание: в строках 1.1–1.3 в графах «Итого» – количество ОО, ответивших «да».").font = \
        Font(italic=True, size=9)
    wb.save(os.path.join(TYPED, fname))
    form.close()


# second Ягульский workbook: formulas, re-saved through LibreOffice
YAG6 = {
    "students_10_19":            [520, 346, 410, 148, 61, 640, 385],
    "mentees_10_19":             [41, 26, 33, 8, 3, 9, 6],
    "young_specialists":         [6, 4, 5, 2, 1, 2, 1],
    "young_specialists_mentees": [6, 3, 5, 2, 1, 1, 1],
    "teachers_mentors":          [31, 19, 24, 8, 4, 6, 4],
}
YAG6_LOWER = [14, 9, 11, 3, 1, 0, 0]  # decoy: наставляемые 1–4 классов


def yagul_obuch_ped(tmpdir):
    fname = "yagul_obuch_ped_2024.xlsx"
    short = ["СОШ № 1", "СОШ № 2", "Гимназия", "Октябрьская СОШ", "Пироговская ООШ", "ДДТ", "ДЮСШ"]
    sch_cols = [3, 4, 5, 6, 7]
    do_cols = [9, 10]
    org_cols = sch_cols + do_cols
    sheet = "Обучающиеся и педагоги"
    form = Form(fname, sheet, short, [f"{L(c)}4" for c in org_cols])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Ягульский район. Мониторинг ЦМН за 2024 год: обучающиеся и педагоги (свод по ОО)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:K1")
    ws["A3"] = "Показатель"
    ws["B3"] = "Всего по району"
    ws["C3"] = "Общеобразовательные организации"
    ws["I3"] = "Организации ДО"
    for rng in ("A3:A4", "B3:B4", "C3:H3", "I3:K3"):
        ws.merge_cells(rng)
    for c, n in zip(org_cols, short):
        ws.cell(4, c, n)
    ws["H4"] = "Итого ОО"
    ws["K4"] = "Итого ДО"
    for r in (3, 4):
        for c in range(1, 12):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).alignment = CENTER
            ws.cell(r, c).fill = HEAD_FILL
    ws.column_dimensions["A"].width = 55
    for c in range(2, 12):
        ws.column_dimensions[L(c)].width = 13
    ws.row_dimensions[4].height = 32
    form.not_criteria += ["Всего по району", "Итого ОО", "Итого ДО"]

    def totals(r, share_of=None):
        if share_of:
            num, den = share_of
            for c in [2, 8, 11]:
                ws.cell(r, c, f"=IF({L(c)}{den}>0,ROUND({L(c)}{num}/{L(c)}{den},4),0)")
                ws.cell(r, c).number_format = "0.00%"
        else:
            ws.cell(r, 8, f"=SUM(C{r}:G{r})")
            ws.cell(r, 11, f"=SUM(I{r}:J{r})")
            ws.cell(r, 2, f"=H{r}+K{r}")
        for c in (2, 8, 11):
            ws.cell(r, c).fill = TOT_FILL
            ws.cell(r, c).font = BOLD

    r = 5

    def head(text):
        nonlocal r
        ws.cell(r, 1, text).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1).fill = SUB_FILL
        form.headings.append(text)
        r += 1

    def crow(text, crit, vals=None, decoy=False):
        nonlocal r
        ws.cell(r, 1, text).alignment = WRAP
        vals = vals if vals is not None else YAG6[crit]
        for i, c in enumerate(org_cols):
            ws.cell(r, c, vals[i])
            if not decoy:
                form.value(i, crit, f"{L(c)}{r}", vals[i])
        if decoy:
            form.not_criteria.append(text)
        totals(r)
        r += 1
        return r - 1

    def lrow(text, crit):
        nonlocal r
        ws.cell(r, 1, text).font = Font(italic=True, size=9)
        for i, c in enumerate(org_cols):
            if YAG6[crit][i]:
                u = url(YAG_SITES[i], crit)
                ws.cell(r, c, u)
                ws.cell(r, c).font = Font(size=8, color="0563C1", underline="single")
                form.link(i, crit, f"{L(c)}{r}", u)
        r += 1

    head("Обучающиеся")
    rs = crow("Численность обучающихся в возрасте 10–19 лет", "students_10_19")
    rm = crow("из них включены в программы наставничества как наставляемые", "mentees_10_19")
    lrow("ссылка на приказ", "mentees_10_19")
    ws.cell(r, 1, "Охват наставничеством обучающихся 10–19 лет, %")
    for i, c in enumerate(org_cols):
        ws.cell(r, c, f"=IF({L(c)}{rs}>0,ROUND({L(c)}{rm}/{L(c)}{rs},4),0)")
        ws.cell(r, c).number_format = "0.00%"
        frac = q(Decimal(YAG6["mentees_10_19"][i]) / Decimal(YAG6["students_10_19"][i]), 4)
        form.value(i, "share_mentees_10_19", f"{L(c)}{r}", q(Decimal(str(frac)) * 100, 2))
    totals(r, (rm, rs))
    r += 1
    crow("Наставляемые – обучающиеся 1–4 классов (справочно)", None, YAG6_LOWER, decoy=True)
    head("Педагогические работники")
    crow("Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists")
    crow("из них – наставляемые", "young_specialists_mentees")
    lrow("ссылка на приказ", "young_specialists_mentees")
    crow("Педагоги, выступающие наставниками", "teachers_mentors")
    box(ws, 3, 1, r - 1, 11)
    for rr in range(5, r):
        for c in range(2, 12):
            ws.cell(rr, c).alignment = CENTER
    ws.freeze_panes = "C5"
    raw = os.path.join(tmpdir, fname)
    wb.save(raw)
    outdir = os.path.join(tmpdir, "lo")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, fname), os.path.join(TYPED, fname))
    form.close()


# ---------------------------------------------------------------------------
# Лудзинский муниципальный округ
# ---------------------------------------------------------------------------
LUD_SITES = [("gos", "ludzinsk-sosh1.gosuslugi.ru"), ("gos", "sosh2-ludzinsk.gosuslugi.ru"),
             ("edu", "gimn5-ludzinsk.edu.ru"), ("gos", "licey3-ludzinsk.gosuslugi.ru"),
             ("gos", "bkivary-sosh.gosuslugi.ru"), ("edu", "ddt-ludzinsk.edu.ru"), ("mail", "cdutt-ludzinsk")]

LUD2 = {
    2024: {
        "students_15_19":  [212, 188, 240, 265, 31, 170, 96],
        "mentors_15_19":   [18, 11, 27, 30, 2, 6, 5],
        "girls":           [11, 6, 16, 17, 1, 4, 2],
        "mentees_10_19":   [58, 44, 71, 66, 7, 25, 19],
        "mentees_risk":    [6, 5, 3, 2, 1, 2, 0],
        "mentees_gifted":  [9, 7, 22, 25, 0, 8, 9],
        "mentees_disabled": [4, 3, 1, 1, 2, 3, 0],
        "mentees_career":  [12, 9, 14, 18, 2, 4, 6],
    },
    2023: {
        "students_15_19":  [205, 181, 236, 251, 35, 162, 90],
        "mentors_15_19":   [12, 8, 21, 24, 1, 4, 3],
        "girls":           [7, 5, 13, 14, 1, 3, 1],
        "mentees_10_19":   [47, 39, 60, 58, 5, 21, 14],
        "mentees_risk":    [5, 6, 2, 2, 1, 1, 0],
        "mentees_gifted":  [8, 5, 19, 21, 0, 6, 7],
        "mentees_disabled": [3, 3, 1, 0, 1, 2, 0],
        "mentees_career":  [10, 7, 11, 15, 1, 3, 4],
    },
}
LUD2_NOLINK = {(4, "mentees_risk"), (4, "mentees_disabled"), (6, "mentees_career"), (1, "mentees_gifted")}


def ludza_obuch():
    fname = "ludza_CMN_obuch_2023-2024.xlsx"
    abbr = ["СОШ1", "СОШ2", "Гимн. 5", "Лицей 3", "Б-Киварская СОШ", "ДДТ", "ЦДЮТТ"]
    org_cols = list(range(2, 9))
    form = Form(fname, "2024", abbr, [f"{L(c)}3" for c in org_cols])
    wb = Workbook()
    first = True
    for year in (2023, 2024):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = str(year)
        d = LUD2[year]
        ws["A1"] = (f"Лудзинский МО. Мониторинг ЦМН – {year} год. Направления 5–6: обучающиеся "
                    "(наставляемые, наставники из числа обучающихся)")
        ws["A1"].font = Font(bold=True)
        ws.merge_cells("A1:I1")
        ws["A3"] = "Показатель"
        for c, n in zip(org_cols, abbr):
            ws.cell(3, c, n)
        ws["I3"] = "Итого по МО"
        for c in range(1, 10):
            ws.cell(3, c).font = BOLD
            ws.cell(3, c).fill = HEAD_FILL
            ws.cell(3, c).alignment = CENTER
        ws.column_dimensions["A"].width = 50
        for c in range(2, 10):
            ws.column_dimensions[L(c)].width = 14
        r = 4
        rows = [
            ("crit", "Обучающиеся 15–19 лет (всего)", "students_15_19"),
            ("crit", "из них – наставники (по приказу ОО)", "mentors_15_19"),
            ("link", "ссылка", "mentors_15_19"),
            ("decoy", "в т.ч. девушки-наставники", "girls"),
            ("share", "% обучающихся 15–19 лет в роли наставника", None),
            ("crit", "Наставляемые 10–19 лет, всего", "mentees_10_19"),
            ("link", "ссылка", "mentees_10_19"),
            ("crit", "в т.ч. «группа риска»", "mentees_risk"),
            ("link", "ссылка", "mentees_risk"),
            ("crit", "в т.ч. одарённые (включены в реестр)", "mentees_gifted"),
            ("link", "ссылка", "mentees_gifted"),
            ("crit", "в т.ч. с ОВЗ / дети-инвалиды", "mentees_disabled"),
            ("link", "ссылка", "mentees_disabled"),
            ("crit", "в т.ч. затрудняются с выбором профессии / образовательного маршрута", "mentees_career"),
            ("link", "ссылка", "mentees_career"),
        ]
        cur = year == 2024
        for kind, text, crit in rows:
            ws.cell(r, 1, text)
            if kind in ("crit", "decoy"):
                for i, c in enumerate(org_cols):
                    ws.cell(r, c, d[crit][i])
                    if cur and kind == "crit":
                        form.value(i, crit, f"{L(c)}{r}", d[crit][i])
                ws.cell(r, 9, sum(d[crit]))
                if cur and kind == "decoy":
                    form.not_criteria.append(text)
            elif kind == "share":
                for i, c in enumerate(org_cols):
                    v = q(Decimal(d["mentors_15_19"][i]) * 100 / Decimal(d["students_15_19"][i]), 2)
                    ws.cell(r, c, v)
                    ws.cell(r, c).number_format = "0.00"
                    if cur:
                        form.value(i, "share_mentors_15_19", f"{L(c)}{r}", v)
                tv = q(Decimal(sum(d["mentors_15_19"])) * 100 / Decimal(sum(d["students_15_19"])), 2)
                ws.cell(r, 9, tv)
                ws.cell(r, 9).number_format = "0.00"
            else:  # link
                ws.cell(r, 1).font = Font(italic=True, size=9, color="808080")
                for i, c in enumerate(org_cols):
                    if d[crit][i] and (i, crit) not in LUD2_NOLINK:
                        u = url(LUD_SITES[i], crit, year)
                        ws.cell(r, c, u)
                        ws.cell(r, c).font = Font(size=8)
                        if cur:
                            form.link(i, crit, f"{L(c)}{r}", u)
                    elif d[crit][i]:
                        ws.cell(r, c, "не предоставлена")
                        ws.cell(r, c).font = Font(size=8, color="C00000")
            ws.cell(r, 9).fill = TOT_FILL
            ws.cell(r, 9).font = BOLD
            r += 1
        box(ws, 3, 1, r - 1, 9)
        ws.freeze_panes = "B4"
    wb.active = 1
    form.not_criteria.append("Итого по МО")
    form.close()
    wb.save(os.path.join(TYPED, fname))


LUD5 = {
    "pp_total":                       [34, 27, 45, 40, 5, 8, 6],
    "pp_teacher_teacher":             [8, 6, 9, 10, 2, 3, 2],
    "joined":                         [11, 8, 12, 13, 3, 4, 3],
    "teachers_in_pp":                 [19, 14, 22, 24, 4, 7, 5],
    "kpk_trained":                    [3, 2, 4, 5, 1, 1, 0],
    "school_methodical_associations": [1, 1, 1, 1, 0, 1, 0],
}


def ludza_ped():
    fname = "ludza_CMN_PPN_pedagogi_2024.xlsx"
    names = ["МБОУ СОШ № 1", "МБОУ СОШ № 2", "МБОУ Гимназия № 5", "МБОУ Лицей № 3",
             "МБОУ Большекиварская СОШ", "МБУ ДО ДДТ", "МБУ ДО ЦДЮТТ"]
    org_cols = list(range(4, 11))
    sheet = "ППН и педагоги"
    form = Form(fname, sheet, names, [f"{L(c)}3" for c in org_cols])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = ("Свод по ОО Лудзинского МО: персонализированные программы наставничества, "
                "повышение квалификации наставников (2024)")
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:K1")
    heads = ["№ п/п", "Показатель", "Ед. изм."] + names + ["Итого по МО"]
    for c, h in enumerate(heads, 1):
        ws.cell(3, c, h)
        ws.cell(3, c).font = BOLD
        ws.cell(3, c).fill = HEAD_FILL
        ws.cell(3, c).alignment = CENTER
    ws.row_dimensions[3].height = 45
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 8
    for c in range(4, 12):
        ws.column_dimensions[L(c)].width = 16
    form.not_criteria.append("Итого по МО")
    rows = [
        ("1", "Утверждённые ППН, всего", "ед.", "pp_total"),
        ("2", "в т.ч. по форме «учитель – учитель»", "ед.", "pp_teacher_teacher"),
        ("3", "ППН «педагог – педагог» и «руководитель – педагог» (вместе)", "ед.", "joined"),
        ("4", "Педагоги, включённые в ППН", "чел.", "teachers_in_pp"),
        ("5", "Прошли КПК по вопросам наставничества в 2024 г.", "чел.", "kpk_trained"),
        ("6", "Методические объединения наставников в ОО", "ед.", "school_methodical_associations"),
    ]
    r = 4
    crit_rows = []
    for no, text, unit, crit in rows:
        ws.cell(r, 1, no)
        ws.cell(r, 2, text).alignment = WRAP
        ws.cell(r, 3, unit)
        for i, c in enumerate(org_cols):
            ws.cell(r, c, LUD5[crit][i])
            ws.cell(r, c).alignment = CENTER
            if crit != "joined":
                form.value(i, crit, f"{L(c)}{r}", LUD5[crit][i])
        ws.cell(r, 11, sum(LUD5[crit]))
        ws.cell(r, 11).fill = TOT_FILL
        ws.cell(r, 11).font = BOLD
        if crit == "joined":
            form.not_criteria.append(text)
        else:
            crit_rows.append((no, text, crit))
        r += 1
    box(ws, 3, 1, r - 1, 11)
    r += 1
    ws.cell(r, 2, "Ссылки на подтверждающие документы").font = BOLD
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
    form.headings.append("Ссылки на подтверждающие документы")
    r += 1
    top = r
    nolink = {(2, "kpk_trained"), (5, "school_methodical_associations"), (4, "teachers_in_pp")}
    for no, text, crit in crit_rows:
        ws.cell(r, 1, no)
        ws.cell(r, 2, text).alignment = WRAP
        for i, c in enumerate(org_cols):
            if LUD5[crit][i] and (i, crit) not in nolink:
                u = url(LUD_SITES[i], crit)
                ws.cell(r, c, u)
                ws.cell(r, c).font = Font(size=8)
                form.link(i, crit, f"{L(c)}{r}", u)
            elif LUD5[crit][i]:
                ws.cell(r, c, "ссылка будет позже")
        ws.cell(r, 11, "х")
        r += 1
    box(ws, top, 1, r - 1, 11)
    ws.freeze_panes = "D4"
    wb.save(os.path.join(TYPED, fname))
    form.close()


# ---------------------------------------------------------------------------
# Чурашурский район
# ---------------------------------------------------------------------------
CH_SITES = [("gos", "churashur-sosh.gosuslugi.ru"), ("gos", "churashur-gimn.gosuslugi.ru"),
            ("gos", "kulyushevo-sosh.gosuslugi.ru"), ("edu", "lemskaya-sosh.edu.ru"), ("yadisk", "cdt-churashur")]

CH3 = {
    "young_specialists":         [7, 4, 2, 1, 1],
    "young_specialists_mentees": [6, 4, 1, 1, 0],
    "teachers_other":            [48, 36, 19, 14, 12],
    "teachers_other_mentees":    [5, 3, 2, 0, 1],
    "teachers_mentors":          [22, 18, 7, 5, 3],
    "pension":                   [6, 4, 2, 1, 0],
}
# closed school (hidden column) keeps last year's figures
CH3_SEPYCH = {"young_specialists": 1, "young_specialists_mentees": 1, "teachers_other": 9,
              "teachers_other_mentees": 1, "teachers_mentors": 3, "pension": 2}


def churashur_hidden():
    fname = "churashur_CMN_pedagogi_2024.xlsx"
    names = ['МБОУ "Чурашурская СОШ"', 'МБОУ "Чурашурская гимназия"', 'МБОУ "Кулюшевская СОШ"',
             'МБОУ "Лемская СОШ"', 'МБУ ДО "Чурашурский ЦДТ"']
    # C, D, E visible; F hidden (Сепычевская, closed); G visible; H hidden (Гуринская, closed, empty); I visible
    org_cols = [3, 4, 5, 7, 9]
    sheet = "Педагоги 2024"
    form = Form(fname, sheet, names, [f"{L(c)}3" for c in org_cols])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "Мониторинг ЦМН (направления 8, 10) – Чурашурский район, 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    ws["A3"] = "Показатель"
    ws["B3"] = "Ед."
    for c, n in zip(org_cols, names):
        ws.cell(3, c, n)
    ws["F3"] = 'МБОУ "Сепычевская ООШ" (закр.)'
    ws["H3"] = 'МБОУ "Гуринская НОШ"'
    ws["J3"] = "Итого по МО"
    for c in range(1, 11):
        ws.cell(3, c).font = BOLD
        ws.cell(3, c).fill = HEAD_FILL
        ws.cell(3, c).alignment = CENTER
    ws.row_dimensions[3].height = 34
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 6
    for c in range(3, 11):
        ws.column_dimensions[L(c)].width = 16
    ws.column_dimensions["F"].hidden = True
    ws.column_dimensions["H"].hidden = True
    form.not_criteria += ["Итого по МО", 'МБОУ "Сепычевская ООШ" (закр.)', 'МБОУ "Гуринская НОШ"']

    r = 4

    def head(text):
        nonlocal r
        ws.cell(r, 1, text).font = BOLD
        for c in range(1, 11):
            ws.cell(r, c).fill = SUB_FILL
        form.headings.append(text)
        r += 1

    def crow(text, crit, decoy=False):
        nonlocal r
        ws.cell(r, 1, text).alignment = WRAP
        ws.cell(r, 2, "чел.")
        for i, c in enumerate(org_cols):
            ws.cell(r, c, CH3[crit][i])
            if not decoy:
                form.value(i, crit, f"{L(c)}{r}", CH3[crit][i])
        ws.cell(r, 6, CH3_SEPYCH[crit])
        ws.cell(r, 10, sum(CH3[crit]))
        ws.cell(r, 10).font = BOLD
        ws.cell(r, 10).fill = TOT_FILL
        if decoy:
            form.not_criteria.append(text)
        r += 1

    def lrow(crit):
        nonlocal r
        ws.cell(r, 1, "ссылка на приказ ОО").font = Font(italic=True, size=9)
        for i, c in enumerate(org_cols):
            if CH3[crit][i]:
                u = url(CH_SITES[i], crit)
                ws.cell(r, c, u)
                ws.cell(r, c).font = Font(size=8)
                form.link(i, crit, f"{L(c)}{r}", u)
        if CH3_SEPYCH[crit]:
            ws.cell(r, 6, f"https://sepych-oosh.gosuslugi.ru/netcat_files/{DOCNAMES[crit]}_2023.pdf")
        r += 1

    def srow(text, num, den):
        nonlocal r
        ws.cell(r, 1, text).alignment = WRAP
        ws.cell(r, 2, "%")
        for i, c in enumerate(org_cols):
            n = sum(CH3[k][i] for k in num)
            dd = sum(CH3[k][i] for k in den)
            frac = q(Decimal(n) / Decimal(dd), 4)
            ws.cell(r, c, frac)
            ws.cell(r, c).number_format = "0.00%"
            crit = "share_young_specialists_mentees" if len(num) == 1 else "share_teachers_mentees"
            form.value(i, crit, f"{L(c)}{r}", q(Decimal(str(frac)) * 100, 2))
        sn = sum(CH3_SEPYCH[k] for k in num)
        sd = sum(CH3_SEPYCH[k] for k in den)
        ws.cell(r, 6, q(Decimal(sn) / Decimal(sd), 4))
        ws.cell(r, 6).number_format = "0.00%"
        tn = sum(sum(CH3[k]) for k in num)
        td = sum(sum(CH3[k]) for k in den)
        ws.cell(r, 10, q(Decimal(tn) / Decimal(td), 4))
        ws.cell(r, 10).number_format = "0.00%"
        ws.cell(r, 10).font = BOLD
        ws.cell(r, 10).fill = TOT_FILL
        r += 1

    head("Молодые специалисты")
    crow("Молодые педагоги (до 35 лет, стаж работы до 3 лет), всего", "young_specialists")
    crow("из них – наставляемые", "young_specialists_mentees")
    lrow("young_specialists_mentees")
    srow("Доля молодых специалистов, вошедших в программы наставничества как наставляемые",
         ["young_specialists_mentees"], ["young_specialists"])
    head("Педагогический коллектив")
    crow("Педагоги ОО без учёта молодых специалистов", "teachers_other")
    crow("из них – в роли наставляемых", "teachers_other_mentees")
    lrow("teachers_other_mentees")
    srow("Доля педагогов-наставляемых (МС и остальные педагоги вместе)",
         ["young_specialists_mentees", "teachers_other_mentees"], ["young_specialists", "teachers_other"])
    crow("Педагоги в роли наставника", "teachers_mentors")
    lrow("teachers_mentors")
    crow("в т.ч. педагоги пенсионного возраста – наставники", "pension", decoy=True)
    for rr in range(4, r):
        for c in range(2, 11):
            ws.cell(rr, c).alignment = CENTER
    box(ws, 3, 1, r - 1, 10)
    ws.freeze_panes = "C4"
    wb.save(os.path.join(TYPED, fname))
    form.close()


CH4 = {
    "agreements_edu_orgs":    [2, 1, 0, 0, 1],
    "agreements_enterprises": [2, 1, 1, 0, 0],
    "partner_list": ["ГБПОУ «Чурашурский аграрный техникум»; МБОУ «Кулюшевская СОШ»; "
                     "ООО «Чурашурский хлебозавод»; СПК «Колхоз «Заря»",
                     "ФГБОУ ВО «Удмуртский государственный университет»; АО «Чурашурский молочный завод»",
                     "СПК «Кулюшевский»",
                     None,
                     "МБОУ «Чурашурская СОШ»"],
    "external_edu_mentors":   [3, 2, 0, 0, 1],
    "enterprise_mentors":     [4, 1, 2, 0, 0],
    "satisfaction_mentees":   [92, 95.5, 87, 90, 97],
    "satisfaction_mentors":   [88, 90, 85, 93, 94],
    "parents":                [85, 91, 80, 88, 96],
    "nonmaterial_acts":       [1, 1, 1, 0, 1],
}


def churashur_vertical():
    fname = "churashur_CMN_partnery_2024.xlsx"
    raw_names = [
        "МБОУ «Чурашурская средняя\nобщеобразовательная школа\nимени А.П. Ложкина»",
        "МБОУ «Чурашурская\nгимназия»",
        "МБОУ «Кулюшевская средняя\nобщеобразовательная школа»",
        "МБОУ «Лемская средняя\nобщеобразовательная школа»",
        "МБУ ДО «Чурашурский центр\nдетского творчества»",
    ]
    names = [" ".join(n.split()) for n in raw_names]
    org_cols = [3, 4, 5, 6, 7]
    sheet = "Партнёрство"
    form = Form(fname, sheet, names, [f"{L(c)}3" for c in org_cols])
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = ("Чурашурский район – мониторинг ЦМН 2024: взаимодействие с партнёрами, "
                "удовлетворённость участников, поощрение наставников")
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:H1")
    ws["A3"] = "№"
    ws["B3"] = "Показатель"
    for c, n in zip(org_cols, raw_names):
        ws.cell(3, c, n)
        ws.cell(3, c).alignment = Alignment(text_rotation=90, wrap_text=True, horizontal="center",
                                            vertical="bottom")
    ws["H3"] = "ИТОГО\nпо району"
    ws["H3"].alignment = Alignment(text_rotation=90, wrap_text=True, horizontal="center", vertical="bottom")
    for c in range(1, 9):
        ws.cell(3, c).font = BOLD
        ws.cell(3, c).fill = HEAD_FILL
    ws["A3"].alignment = CENTER
    ws["B3"].alignment = CENTER
    ws.row_dimensions[3].height = 190
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 58
    for c in range(3, 9):
        ws.column_dimensions[L(c)].width = 11
    form.not_criteria.append("ИТОГО по району")

    rows = [
        ("1", "Договоры о сетевом взаимодействии с другими ОО (ОО-партнёр предоставляет наставников)",
         "agreements_edu_orgs"),
        ("", "ссылка", "agreements_edu_orgs"),
        ("2", "Соглашения с предприятиями, сотрудники которых работают наставниками", "agreements_enterprises"),
        ("", "ссылка", "agreements_enterprises"),
        ("3", "Организации-партнёры по наставничеству (перечислить)", "partner_list"),
        ("4", "Наставники – педагоги других образовательных организаций (по приказу)", "external_edu_mentors"),
        ("5", "Наставники – сотрудники предприятий", "enterprise_mentors"),
        ("6", "Удовлетворённость наставляемых завершёнными программами, %", "satisfaction_mentees"),
        ("7", "Удовлетворённость наставников завершёнными программами, %", "satisfaction_mentors"),
        ("8", "Удовлетворённость родителей наставляемых, %", "parents"),
        ("9", "Локальные акты о нематериальном поощрении наставников", "nonmaterial_acts"),
        ("", "ссылка", "nonmaterial_acts"),
    ]
    r = 4
    for no, text, crit in rows:
        ws.cell(r, 1, no)
        ws.cell(r, 2, text).alignment = WRAP
        vals = CH4[crit]
        if text == "ссылка":
            ws.cell(r, 2).font = Font(italic=True, size=9)
            for i, c in enumerate(org_cols):
                if vals[i]:
                    u = url(CH_SITES[i], crit)
                    ws.cell(r, c, u)
                    ws.cell(r, c).font = Font(size=7)
                    ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
                    form.link(i, crit, f"{L(c)}{r}", u)
            ws.row_dimensions[r].height = 60
        else:
            for i, c in enumerate(org_cols):
                v = vals[i]
                ws.cell(r, c, v if v is not None else "—")
                ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
                if v is not None and crit != "parents":
                    form.value(i, crit, f"{L(c)}{r}", v)
            ws.row_dimensions[r].height = 30
            if crit == "partner_list":
                ws.cell(r, 8, "см. по ОО")
                ws.row_dimensions[r].height = 150
                for c in org_cols:
                    ws.cell(r, c).font = Font(size=8)
            elif crit.startswith("satisfaction") or crit == "parents":
                ws.cell(r, 8, q(Decimal(str(sum(vals))) / len(vals), 1))
            else:
                ws.cell(r, 8, sum(vals))
            ws.cell(r, 8).font = BOLD
            ws.cell(r, 8).fill = TOT_FILL
            if crit == "parents":
                form.not_criteria.append(text)
        r += 1
    box(ws, 3, 1, r - 1, 8)
    ws.cell(r + 1, 2, "Примечание: в графе «ИТОГО» для удовлетворённости – среднее по ОО.").font = \
        Font(italic=True, size=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(os.path.join(TYPED, fname))
    form.close()


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    with tempfile.TemporaryDirectory() as tmp:
        yagul_svod()
        yagul_obuch_ped(tmp)
        ludza_obuch()
        ludza_ped()
        churashur_hidden()
        churashur_vertical()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    cells = {"note": "yagul_obuch_ped_2024.xlsx was written with formulas by openpyxl and re-saved through "
                     "LibreOffice (soffice --headless --convert-to xlsx) so that formulas carry cached values; "
                     "read it with data_only=True. Shares in percent-formatted cells are stored as fractions "
                     "(0.0788) and expected as per cent (7.88). Yes/no cells hold «да»/«нет» (expected 1/0). "
                     "Organisation names with line breaks (churashur_CMN_partnery_2024.xlsx) are expected with "
                     "each run of whitespace replaced by one space.",
             "cells": CELLS}
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
    nv = sum(len(v) for e in EXPECTED for v in e["values"])
    nl = sum(len(v) for e in EXPECTED for v in e["links"])
    no = sum(len(e["organisation"]) for e in EXPECTED)
    print(f"files={len(os.listdir(TYPED))} forms={len(EXPECTED)} org-columns={no} values={nv} links={nl}")


if __name__ == "__main__":
    main()
