#!/usr/bin/env python3
"""Held-out set 24: forms of one organisation where the criteria run ACROSS (one column per
criterion) and the rows are periods / years / dates of that organisation; plus two ordinary
vertical forms. Only the 2024 values go into expected.json.

Writes typed/*.xlsx, expected.json and cells.json (cell addresses for selfcheck.py).
Deterministic: no randomness.
"""
import csv
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"

# ---------------------------------------------------------------- catalogue
with open(CRITERIA, encoding="utf-8") as f:
    CAT = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
WORDINGS = set()
for r in CAT.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        w = (r.get(k) or "").strip()
        if w:
            WORDINGS.add(" ".join(w.lower().split()))

ALL_TITLES = []


def title(t):
    """register a row/column title typed in a form (checked against the catalogue)"""
    ALL_TITLES.append(t)
    return t


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)

ENTRIES = []   # expected.json
CELLS = []     # cells.json: one record per expected value / link


def conv(kind, v):
    """value of a typed cell in the spec's convention"""
    if kind == "num":
        return v
    if kind == "yn":            # Да / Нет / да / нет text
        return 1 if str(v).strip().lower() == "да" else 0
    if kind == "pcttext":       # "89%" text
        return float(str(v).strip().rstrip("%").replace(",", ".").strip())
    if kind == "frac":          # fraction in a %-formatted cell
        return round(v * 100, 2)
    if kind == "text":
        return v
    raise ValueError(kind)


def new_entry(fname, org, sheet=None):
    e = {"file": "typed/" + fname, "year": 2024, "organisation": org,
         "values": {}, "links": {}, "not_criteria": [], "headings": []}
    if sheet:
        e["sheet"] = sheet
    ENTRIES.append(e)
    return e


def record(e, ws, cid, cell, value, kind):
    assert cid in CAT, cid
    assert cid not in e["values"], (e["file"], cid)
    e["values"][cid] = value
    CELLS.append({"file": e["file"], "sheet": ws.title, "cell": cell, "criterion": cid,
                  "kind": kind, "expected": value, "what": "value"})


def record_link(e, ws, cid, cell, url):
    assert cid in CAT, cid
    e["links"][cid] = url
    CELLS.append({"file": e["file"], "sheet": ws.title, "cell": cell, "criterion": cid,
                  "kind": "link", "expected": url, "what": "link"})


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


# ================================================================ horizontal writer
def horizontal(ws, e, top, periods, target, cols, *, period_head="Год", two_rows=True,
               period_values=None, extra_rows=(), links_row=None, col_width=14,
               first_width=22):
    """cols: list of dicts {dir, title, cid (or None), vals: {period: cell content},
    kind, fmt, exp (explicit expected for the target period), link (url, text)}.
    period rows in the given order; target = the label of the 2024 row.
    extra_rows: list of (label, {col_index: content}) appended after the periods.
    links_row: label of a row of hyperlinks (for the target year) after everything."""
    c0 = 2
    hr = top
    if two_rows:
        ws.cell(hr, 1, period_head).font = BOLD
        ws.merge_cells(start_row=hr, start_column=1, end_row=hr + 1, end_column=1)
        # direction cells merged over their criteria
        i = 0
        while i < len(cols):
            j = i
            while j + 1 < len(cols) and cols[j + 1]["dir"] == cols[i]["dir"]:
                j += 1
            ws.cell(hr, c0 + i, cols[i]["dir"]).font = BOLD
            ws.cell(hr, c0 + i).alignment = CENTER
            if j > i:
                ws.merge_cells(start_row=hr, start_column=c0 + i, end_row=hr, end_column=c0 + j)
            if cols[i]["dir"] not in e["headings"]:
                e["headings"].append(cols[i]["dir"])
            i = j + 1
        crow = hr + 1
    else:
        ws.cell(hr, 1, period_head).font = BOLD
        crow = hr
    for i, col in enumerate(cols):
        c = ws.cell(crow, c0 + i, title(col["title"]))
        c.alignment = CENTER
        c.font = BOLD
        ws.column_dimensions[get_column_letter(c0 + i)].width = col.get("width", col_width)
        if col["cid"] is None and col["title"] not in e["not_criteria"]:
            e["not_criteria"].append(col["title"])
    ws.column_dimensions["A"].width = first_width
    ws.row_dimensions[crow].height = 95
    # numbering row (1, 2, 3 ...) as many regional forms have
    nrow = crow + 1
    ws.cell(nrow, 1, 1).alignment = CENTER
    for i in range(len(cols)):
        ws.cell(nrow, c0 + i, i + 2).alignment = CENTER
    r = nrow + 1
    rows = {}
    for p in periods:
        lab = period_values.get(p, p) if period_values else p
        ws.cell(r, 1, lab).font = BOLD if p == target else Font()
        ws.cell(r, 1).alignment = WRAP
        rows[p] = r
        for i, col in enumerate(cols):
            v = col["vals"].get(p)
            if v is None:
                continue
            cell = ws.cell(r, c0 + i, v)
            cell.alignment = CENTER
            if col.get("fmt"):
                cell.number_format = col["fmt"]
        r += 1
    for lab, vals in extra_rows:
        ws.cell(r, 1, lab).alignment = WRAP
        for i, v in vals.items():
            ws.cell(r, c0 + i, v).alignment = CENTER
        r += 1
    lrow = None
    if links_row:
        lrow = r
        ws.cell(r, 1, links_row).alignment = WRAP
        for i, col in enumerate(cols):
            if col.get("link"):
                url, text = col["link"]
                cell = ws.cell(r, c0 + i, text)
                cell.hyperlink = url
                cell.font = Font(color="0563C1", underline="single")
                cell.alignment = CENTER
        ws.row_dimensions[r].height = 45
        r += 1
    box(ws, hr, 1, r - 1, c0 + len(cols) - 1)
    # expected values of the target row
    tr = rows[target]
    for i, col in enumerate(cols):
        if col["cid"] is None:
            continue
        addr = get_column_letter(c0 + i) + str(tr)
        if "exp" in col:
            val = col["exp"]
        else:
            v = col["vals"].get(target)
            if v is None:
                continue
            val = conv(col.get("kind", "num"), v)
        record(e, ws, col["cid"], addr, val, col.get("kind", "num"))
        if col.get("link") and lrow:
            record_link(e, ws, col["cid"], get_column_letter(c0 + i) + str(lrow), col["link"][0])
    return r


def C(dir_, title_, cid, vals, **kw):
    d = {"dir": dir_, "title": title_, "cid": cid, "vals": vals}
    d.update(kw)
    return d


def years(*v, labels=("2022", "2023", "2024")):
    return {lab: x for lab, x in zip(labels, v) if x is not None}


# ================================================================ A: СОШ № 1, 2022-2023-2024
def form_a():
    fname = "Динамика_ЦМН_СОШ1_2022-2024.xlsx"
    org = "МБОУ «Вотгуртская СОШ № 1»"
    e = new_entry(fname, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Динамика"
    ws["A1"] = "Мониторинг реализации целевой модели наставничества"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Динамика показателей {org} за 2022–2024 гг. (отчётный период — 2024 год)"
    ws["A3"] = "Примечание: наличие документа — 1 (да) / 0 (нет); «не изм.» — показатель в этом году не замерялся"
    ws["A3"].font = Font(italic=True, size=9)
    L = ("2022 год", "2023 год", "2024 год")
    y = lambda *v: years(*v, labels=L)
    base = "https://sosh1-votgurt.gosuslugi.ru/svedeniya/nastavnichestvo/"
    D1 = "1. Нормативное обеспечение"
    D2 = "2. Организация процесса"
    D3 = "3. Персонализированные программы (ПП)"
    D5 = "5. Обучающиеся 10–19 лет"
    D7 = "7. Удовлетворённость, %"
    NI = "не изм."
    cols = [
        C(D1, "Положение о наставничестве педработников (приказ)", "orgs_regulation_teachers", y(1, 1, 1),
          link=(base + "prikaz-112-ot-30-08-2024.pdf", "Приказ № 112 от 30.08.2024")),
        C(D1, "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", y(0, 1, 1),
          link=(base + "prikaz-113-ot-30-08-2024.pdf", "Приказ № 113 от 30.08.2024")),
        C(D1, "Приказ о внутреннем мониторинге ЦМН", "orgs_monitoring_order", y(0, 1, 1),
          link=(base + "prikaz-monitoring-2024.pdf", "Приказ № 140 от 01.10.2024")),
        C(D1, "Дорожная карта ОО по внедрению ЦМН", None, y(1, 1, 1)),
        C(D2, "Кураторы ЦМН, чел.", "curators_total", y(2, 2, 1)),
        C(D2, "Наставники по приказу, чел.", "mentors_total", y(NI, 35, 41),
          link=(base + "prikaz-pary-2024.pdf", "Приказ о закреплении пар")),
        C(D2, "Наставляемые по приказу, чел.", "mentees_total", y(NI, 120, 163),
          link=(base + "prikaz-pary-2024.pdf", "Приказ о закреплении пар")),
        C(D2, "Соглашения с др. ОО (наставники от ОО)", "agreements_edu_orgs", y(0, 1, 1)),
        C(D2, "Соглашения с предприятиями (наставники от предприятий)", "agreements_enterprises", y(0, 1, 2)),
        C(D2, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", y(1, 1, 1),
          link=(base + "spravka-vnutr-monitoring-2024.pdf", "Справка 2024")),
        C(D3, "ПП всего", "pp_total", y(NI, 18, 27),
          link=(base + "pp-2024.zip", "ПП (архив)")),
        C(D3, "«ученик – ученик»", "pp_pupil_pupil", y(NI, 6, 9)),
        C(D3, "«учитель – учитель»", "pp_teacher_teacher", y(4, 6, 8)),
        C(D3, "«учитель – ученик»", "pp_teacher_pupil", y(NI, 4, 7)),
        C(D3, "«руководитель – педагог»", "pp_head_teacher", y(1, 2, 3)),
        C(D5, "Обучающихся 10–19 лет, всего", "students_10_19", y(587, 598, 612)),
        C(D5, "из них наставляемые", "mentees_10_19", y(21, 104, 148)),
        C(D5, "в т.ч. «группа риска»", "mentees_risk", y(3, 9, 12)),
        C(D5, "в т.ч. дети с ОВЗ, дети-инвалиды", "mentees_disabled", y(2, 5, 7)),
        C(D5, "в т.ч. одарённые (в реестре)", "mentees_gifted", y(4, 11, 15)),
        C(D5, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", y(3.58, 17.39, 24.18)),
        C(D7, "наставляемых (завершившие ПП)", "satisfaction_mentees", y(NI, 85, 91)),
        C(D7, "наставников (завершившие ПП)", "satisfaction_mentors", y(NI, 86, 88)),
    ]
    # consistency of the 2024 row
    assert 9 + 8 + 7 + 3 == 27 and round(148 / 612 * 100, 2) == 24.18
    assert round(104 / 598 * 100, 2) == 17.39 and round(21 / 587 * 100, 2) == 3.58
    dyn = {1: "=", 2: "↑", 3: "↑", 4: "=", 5: "↓", 6: "↑", 7: "↑", 8: "=", 9: "↑", 10: "=",
           11: "↑", 12: "↑", 13: "↑", 14: "↑", 15: "↑", 16: "↑", 17: "↑", 18: "↑", 19: "↑",
           20: "↑", 21: "↑", 22: "↑", 23: "↑"}
    dyn = {k - 1: v for k, v in dyn.items()}
    horizontal(ws, e, 5, list(L), "2024 год", cols, period_head="Год",
               extra_rows=[("Динамика 2024 к 2023", dyn)],
               links_row="Подтверждающий документ (2024 г.)", col_width=13)
    ws.freeze_panes = "B8"
    r = ws.max_row + 2
    ws.cell(r, 1, "Куратор ЦМН: Корепанова Т.В., зам. директора по УВР")
    wb.save(os.path.join(TYPED, fname))


# ================================================================ B: Кучевская ООШ, I / II полугодие / Итого
def form_b(tmpdir):
    fname = "Кучевская_ООШ_2024_по_полугодиям.xlsx"
    org = "МБОУ «Кучевская ООШ»"
    e = new_entry(fname, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    ws["A1"] = f"Сведения о реализации целевой модели наставничества в {org} за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Численность участников — уникальные лица за период (один человек учитывается один раз, "
                "даже если участвовал в обоих полугодиях); программы — утверждённые за период")
    ws["A2"].font = Font(italic=True, size=9)
    H1, H2, TOT = "I полугодие 2024", "II полугодие 2024", "Итого за 2024 год"
    P = (H1, H2, TOT)
    top = 4
    first = top + 3           # header rows: top, top+1; numbering top+2; data from top+3
    rows = {H1: first, H2: first + 1, TOT: first + 2}
    c0 = 2

    def p(a, b, t):
        return {H1: a, H2: b, TOT: t}

    DA = "Педагоги в роли наставляемых"
    DB = "Педагоги в роли наставников"
    DC = "Наставники / наставляемые (приказ)"
    DD = "ПП, утверждено за период"
    DE = "Обучающиеся 15–19 лет"
    DF = "Профразвитие педагогов"
    DG = "Удовлетворённость, %"
    # column letters are computed below; formulas reference them by criterion key
    spec = [
        (DA, "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "young_specialists", p(4, 5, 5)),
        (DA, "из них наставляемые", "young_specialists_mentees", p(4, 5, 5)),
        (DA, "Доля молодых спец.-наставляемых", "share_young_specialists_mentees", "SHARE:young_specialists_mentees/young_specialists"),
        (DA, "Прочие педагоги (без молодых спец.), чел.", "teachers_other", p(22, 22, 22)),
        (DA, "из них наставляемые", "teachers_other_mentees", p(2, 2, 3)),
        (DA, "Доля педагогов-наставляемых (все педагоги)", "share_teachers_mentees", "SHARE2"),
        (DB, "Педагоги-наставники, чел.", "teachers_mentors", p(7, 8, 9)),
        (DB, "в т.ч. молодые специалисты", "young_specialists_mentors", p(0, 0, 0)),
        (DB, "Доля педагогов-наставников", "share_teachers_mentors", "SHARE3"),
        (DC, "Наставники, чел.", "mentors_total", p(10, 12, 13)),
        (DC, "Наставляемые, чел.", "mentees_total", p(22, 26, 29)),
        (DD, "ПП всего", "pp_total", "SUM"),
        (DD, "ученик – ученик", "pp_pupil_pupil", "SUM"),
        (DD, "учитель – учитель", "pp_teacher_teacher", "SUM"),
        (DD, "руководитель – педагог", "pp_head_teacher", "SUM"),
        (DE, "Обучающихся 15–19 лет, чел.", "students_15_19", p(29, 31, 31)),
        (DE, "из них наставники (приказ)", "mentors_15_19", p(3, 4, 4)),
        (DE, "Доля обучающихся-наставников", "share_mentors_15_19", "SHARE:mentors_15_19/students_15_19"),
        (DF, "Прошли КПК по наставничеству, чел.", "kpk_trained", "SUM"),
        (DF, "ШМО наставников, ед.", "school_methodical_associations", p(1, 1, 1)),
        (DG, "наставляемые", "satisfaction_mentees", p("—", 87, 87)),
        (DG, "наставники", "satisfaction_mentors", p("—", 92, 92)),
    ]
    halves = {  # per-half values of the SUM columns (the Итого cell is =SUM)
        "pp_total": (6, 5), "pp_pupil_pupil": (2, 3), "pp_teacher_teacher": (3, 2),
        "pp_head_teacher": (1, 0), "kpk_trained": (1, 1),
    }
    assert sum(halves["pp_total"]) == sum(sum(halves[k]) for k in
                                          ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher"))
    letter = {s[2]: get_column_letter(c0 + i) for i, s in enumerate(spec)}
    ws.cell(top, 1, "Период").font = BOLD
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    i = 0
    while i < len(spec):
        j = i
        while j + 1 < len(spec) and spec[j + 1][0] == spec[i][0]:
            j += 1
        ws.cell(top, c0 + i, spec[i][0]).font = BOLD
        ws.cell(top, c0 + i).alignment = CENTER
        if j > i:
            ws.merge_cells(start_row=top, start_column=c0 + i, end_row=top, end_column=c0 + j)
        e["headings"].append(spec[i][0])
        i = j + 1
    ws.cell(top + 2, 1, 1).alignment = CENTER
    for i, (d, t, cid, v) in enumerate(spec):
        c = ws.cell(top + 1, c0 + i, title(t))
        c.font = BOLD
        c.alignment = CENTER
        ws.cell(top + 2, c0 + i, i + 2).alignment = CENTER
        ws.column_dimensions[get_column_letter(c0 + i)].width = 13
    ws.column_dimensions["A"].width = 22
    ws.row_dimensions[top + 1].height = 90
    for per in P:
        ws.cell(rows[per], 1, per).font = BOLD if per == TOT else Font()
    # values and the expected Итого values (computed here, cached by LibreOffice)
    exp = {}
    for i, (d, t, cid, v) in enumerate(spec):
        col = letter[cid]
        for per in P:
            r = rows[per]
            cell = ws.cell(r, c0 + i)
            cell.alignment = CENTER
            if isinstance(v, dict):
                cell.value = v[per]
            elif v == "SUM":
                if per == TOT:
                    cell.value = f"=SUM({col}{rows[H1]}:{col}{rows[H2]})"
                else:
                    cell.value = halves[cid][0 if per == H1 else 1]
            else:
                if v.startswith("SHARE:"):
                    num, den = v[6:].split("/")
                    cell.value = f"=IF({letter[den]}{r}=0,0,{letter[num]}{r}/{letter[den]}{r})"
                elif v == "SHARE2":
                    cell.value = (f"=({letter['teachers_other_mentees']}{r}+{letter['young_specialists_mentees']}{r})"
                                  f"/({letter['teachers_other']}{r}+{letter['young_specialists']}{r})")
                elif v == "SHARE3":
                    cell.value = (f"={letter['teachers_mentors']}{r}"
                                  f"/({letter['teachers_other']}{r}+{letter['young_specialists']}{r})")
                cell.number_format = "0.00%"
        # expected for Итого
        if isinstance(v, dict):
            exp[cid] = (v[TOT], "num")
        elif v == "SUM":
            exp[cid] = (sum(halves[cid]), "num")
    tv = {k: x[0] for k, x in exp.items()}
    exp["share_young_specialists_mentees"] = (round(tv["young_specialists_mentees"] / tv["young_specialists"] * 100, 2), "frac")
    exp["share_teachers_mentees"] = (round((tv["teachers_other_mentees"] + tv["young_specialists_mentees"]) /
                                           (tv["teachers_other"] + tv["young_specialists"]) * 100, 2), "frac")
    exp["share_teachers_mentors"] = (round(tv["teachers_mentors"] / (tv["teachers_other"] + tv["young_specialists"]) * 100, 2), "frac")
    exp["share_mentors_15_19"] = (round(tv["mentors_15_19"] / tv["students_15_19"] * 100, 2), "frac")
    for d, t, cid, v in spec:
        val, kind = exp[cid]
        record(e, ws, cid, f"{letter[cid]}{rows[TOT]}", val, kind)
    last = rows[TOT]
    box(ws, top, 1, last, c0 + len(spec) - 1)
    ws.cell(last + 2, 1, "Итого по людям ≠ сумме полугодий: учитель, наставлявшийся в I полугодии, "
                         "завершил программу; в II полугодии закреплены новые пары.")
    ws.cell(last + 2, 1).font = Font(italic=True, size=9)
    ws.cell(last + 4, 1, "Директор ____________ Н.А. Шкляева")
    ws.freeze_panes = "B7"
    tmp = os.path.join(tmpdir, fname)
    wb.save(tmp)
    # re-save through LibreOffice so that formulas carry cached values (as a real file would)
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", TYPED, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, HOME=tmpdir))
    assert os.path.exists(os.path.join(TYPED, fname))


# ================================================================ C: Гимназия № 3, на 01.01.2024 / на 31.12.2024
def form_c():
    fname = "Гимназия3_наставничество_на_даты.xlsx"
    org = "МАОУ «Гимназия № 3»"
    e = new_entry(fname, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Гимназия № 3"
    ws["A1"] = f"{org} Вотгуртского района"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Сведения о реализации целевой модели наставничества (состояние на начало и конец 2024 года)"
    B0, E0 = "на 01.01.2024", "на 31.12.2024"
    L = (B0, E0)

    def d(a, b):
        return {B0: a, E0: b}

    D1 = "Наставничество в ОО"
    D2 = "Внешние наставники, чел."
    D3 = "Соглашения о сотрудничестве"
    D4 = "Обучающиеся 10–19 лет"
    D5 = "Обучающиеся 15–19 лет"
    D6 = "Стимулирование наставников"
    p_old = "ФГБОУ ВО «УдГУ»; ООО «Вотгуртагро»"
    p_new = ("ФГБОУ ВО «УдГУ»; ООО «Вотгуртагро»; АО «Ижевский радиозавод»; "
             "БУЗ УР «Вотгуртская РБ МЗ УР»")
    cols = [
        C(D1, "Наставников (приказ о закреплении пар)", "mentors_total", d(66, 73)),
        C(D1, "Наставляемых (приказ о закреплении пар)", "mentees_total", d(231, 260)),
        C(D1, "Педагогов в утверждённых ПП", "teachers_in_pp", d(35, 41)),
        C(D2, "из других ОО (по приказу)", "external_edu_mentors", d(1, 2)),
        C(D2, "с предприятий", "enterprise_mentors", d(2, 3)),
        C(D2, "из иных организаций", "other_org_mentors", d(0, 1)),
        C(D3, "с ОО (ВО, СПО, школы)", "agreements_edu_orgs", d(1, 1)),
        C(D3, "с предприятиями", "agreements_enterprises", d(1, 2)),
        C(D3, "с иными организациями", "agreements_other_orgs", d(0, 1)),
        C(D3, "Организации-партнёры (перечень)", "partner_list", d(p_old, p_new), kind="text", width=30),
        C(D4, "Всего, чел.", "students_10_19", d(671, 684)),
        C(D4, "наставляемые, всего", "mentees_10_19", d(198, 236)),
        C(D4, "в т.ч. низкая мотивация / неуспевающие", "mentees_low_motivation", d(25, 31)),
        C(D4, "в т.ч. проблемы выбора профессии", "mentees_career", d(40, 44)),
        C(D4, "в т.ч. по иным основаниям", "mentees_other_params", d(101, 120)),
        C(D5, "Всего, чел.", "students_15_19", d(183, 190)),
        C(D5, "наставники из числа обучающихся (приказ)", "mentors_15_19", d(33, 38)),
        C(D6, "Локальные акты о материальном поощрении", "pay_acts", d(1, 1)),
        C(D6, "Локальные акты о нематериальном поощрении", "nonmaterial_acts", d(0, 1)),
        C(D6, "Кол-во наставников, получивших поощрение", None, d(12, 19)),
    ]
    assert 31 + 44 + 120 <= 236 and 236 <= 260 and 38 + 2 + 3 + 1 <= 73
    change = {}
    for i, col in enumerate(cols):
        a, b = col["vals"][B0], col["vals"][E0]
        if isinstance(a, int):
            change[i] = f"{b - a:+d}" if b != a else "0"
        else:
            change[i] = "+2 партнёра"
    horizontal(ws, e, 4, list(L), E0, cols, period_head="Дата",
               extra_rows=[("Изменение за 2024 год", change)], col_width=13, first_width=18)
    ws.freeze_panes = "B7"
    r = ws.max_row + 2
    ws.cell(r, 1, "Ответственный: Бегишева О.Н., куратор ЦМН")
    wb.save(os.path.join(TYPED, fname))


# ================================================================ D: ДДТ — organisation only in the sheet name; years descending + target row
def form_d():
    fname = "Свод_ДОП_2021-2025.xlsx"
    org = "МБУ ДО «Вотгуртский ДДТ»"
    e = new_entry(fname, org)
    wb = Workbook()
    ws = wb.active
    ws.title = org
    ws["A1"] = "Показатели реализации ЦМН по годам (заполняется учреждением)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Отчётный год — 2024. Строка «Целевое значение» — из программы развития."
    L = ("2024 г.", "2023 г.", "2022 г.", "2021 г.")
    y = lambda a, b, c, dd: {k: v for k, v in zip(L, (a, b, c, dd)) if v is not None}
    course24 = ("«Целевая модель наставничества в дополнительном образовании детей: организационные, "
                "методологические и технологические основы», АОУ УР РОЦОД, 36 ч., 2024")
    course23 = "«Наставничество в системе дополнительного образования», Инфоурок, 72 ч., 2023"
    D1 = "Организация"
    D2 = "Персонализированные программы"
    D3 = "Педагоги"
    D4 = "Повышение квалификации"
    D5 = "Удовлетворённость (анкетирование), %"
    cols = [
        C(D1, "Куратор ЦМН (чел.)", "curators_total", y(1, 1, 1, 1)),
        C(D1, "Программы наставничества по формам (кроме ПП)", "programmes_total", y(3, 3, 2, 1)),
        C(D1, "Наставники в базе (приказ)", "mentors_total", y(14, 12, 9, None)),
        C(D1, "Наставляемые в базе (приказ)", "mentees_total", y(37, 30, 18, None)),
        C(D1, "Наставляемые — призёры конкурсов", None, y(7, 5, 2, None)),
        C(D2, "ПП, всего", "pp_total", y(9, 7, None, None)),
        C(D2, "педагог – педагог", "pp_teacher_teacher", y(4, 3, 2, None)),
        C(D2, "педагог – обучающийся", "pp_teacher_pupil", y(3, 3, None, None)),
        C(D2, "иные формы*", "pp_other", y(2, 1, None, None)),
        C(D3, "Молодые специалисты", "young_specialists", y(6, 5, 4, 4)),
        C(D3, "мол. спец. — наставляемые", "young_specialists_mentees", y(5, 4, 2, None)),
        C(D3, "Доля мол. спец. — наставляемых, %", "share_young_specialists_mentees", y(83.33, 80, 50, None)),
        C(D3, "Остальные педагоги", "teachers_other", y(31, 30, 30, 29)),
        C(D3, "из них наставляемые", "teachers_other_mentees", y(4, 2, 1, None)),
        C(D3, "Педагоги-наставники", "teachers_mentors", y(11, 10, 8, None)),
        C(D4, "Обучено на КПК по наставничеству (за год)", "kpk_trained", y(2, 1, 0, None)),
        C(D4, "Курсы (название, организатор, часы)", "kpk_courses", y(course24, course23, None, None),
          kind="text", width=34),
        C(D4, "Методобъединение наставников", "school_methodical_associations", y(1, 1, 0, None)),
        C(D5, "наставляемые", "satisfaction_mentees", y(94, 90, None, None)),
        C(D5, "наставники", "satisfaction_mentors", y(96, 91, None, None)),
    ]
    assert 4 + 3 + 2 == 9 and round(5 / 6 * 100, 2) == 83.33 and 11 + 3 == 14 and 5 + 4 + 28 == 37
    target = {0: 1, 1: 3, 2: 15, 3: 40, 5: 10, 9: 6, 10: 6, 11: 100, 15: 3, 17: 1, 18: 95, 19: 95}
    horizontal(ws, e, 4, list(L), "2024 г.", cols, period_head="Год",
               extra_rows=[("Целевое значение на 2025 г.", target)], col_width=12, first_width=16)
    r = ws.max_row + 2
    ws.cell(r, 1, "* иные формы 2024 г.: «педагог – родитель» (1), «выпускник – обучающийся» (1)")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    wb.save(os.path.join(TYPED, fname))


# ================================================================ E: Сюрекская СОШ — organisation only in the file name; Да/Нет, "89%" texts, empty 2024 cell
def form_e():
    org = "МБОУ Сюрекская СОШ"
    fname = f"{org} - ЦМН 2022-2024.xlsx"
    e = new_entry(fname, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "Мониторинг целевой модели наставничества: значения критериев за три года"
    ws["A1"].font = Font(bold=True, size=12)
    L = (2022, 2023, 2024)
    y = lambda a, b, c: {k: v for k, v in zip(L, (a, b, c)) if v is not None}
    cols = [
        C("", "1.1 Положение о наставничестве педагогов", "orgs_regulation_teachers", y("да", "да", "да"), kind="yn"),
        C("", "1.2 Положение о наставничестве обучающихся", "orgs_regulation_students", y("нет", "да", "да"), kind="yn"),
        C("", "1.3 Приказ о мониторинге в ОО", "orgs_monitoring_order", y("нет", "да", "да"), kind="yn"),
        C("", "2.1 Куратор(ы), чел.", "curators_total", y(1, 1, 1)),
        C("", "2.2 Наставники (приказ), чел.", "mentors_total", y(15, 19, 24)),
        C("", "2.3 Наставляемые (приказ), чел.", "mentees_total", y(31, 52, 70)),
        C("", "2.4 Соглашение с ИРО", "agreements_iro", y(None, 1, None)),
        C("", "2.5 Справка по внутр. мониторингу", "internal_monitoring_notes", y("нет", "да", "да"), kind="yn"),
        C("", "4.1 Наставники от ИРО, чел.", "iro_mentors", y(None, 1, 1)),
        C("", "5.1 Обучающиеся 10–19 лет", "students_10_19", y(205, 209, 214)),
        C("", "5.2 из них наставляемые", "mentees_10_19", y(20, 41, 58)),
        C("", "5.3 Доля (5.2/5.1), %", "share_mentees_10_19", y(9.76, 19.62, 27.1)),
        C("", "6.1 Обучающиеся 15–19 лет", "students_15_19", y(55, 58, 61)),
        C("", "6.2 из них наставники", "mentors_15_19", y(5, 8, 11)),
        C("", "6.3 Доля (6.2/6.1), %", "share_mentors_15_19", y(9.09, 13.79, 18.03)),
        C("", "7.1 Удовлетворённость наставляемых", "satisfaction_mentees", y("82%", "85%", "89%"), kind="pcttext"),
        C("", "7.2 Удовлетворённость наставников", "satisfaction_mentors", y("84%", "88%", "93%"), kind="pcttext"),
        C("", "8.1 Молодые педагоги (до 35 лет, до 3 лет стажа)", "young_specialists", y(2, 2, 3)),
        C("", "8.2 из них наставляемые", "young_specialists_mentees", y(1, 2, 3)),
        C("", "9.1 Стажёры на стажёрской площадке", "trainees_internship", y(0, 0, 1)),
        C("", "10.1 Педагоги-наставники", "teachers_mentors", y(8, 10, 12)),
    ]
    assert round(58 / 214 * 100, 2) == 27.1 and round(11 / 61 * 100, 2) == 18.03
    assert round(41 / 209 * 100, 2) == 19.62 and round(8 / 58 * 100, 2) == 13.79
    assert 12 + 11 + 1 == 24 and 58 + 3 <= 70
    avg = {}
    for i, col in enumerate(cols):
        vs = [col["vals"].get(k) for k in L]
        if all(isinstance(v, (int, float)) for v in vs):
            avg[i] = round(sum(vs) / 3, 1)
    horizontal(ws, e, 3, list(L), 2024, cols, period_head="Год", two_rows=False,
               extra_rows=[("Среднее за 3 года", avg)], col_width=12, first_width=18)
    r = ws.max_row + 2
    ws.cell(r, 1, "В 2024 г. соглашение с ИРО не заключалось (действует наставник по соглашению 2023 г.)")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    wb.save(os.path.join(TYPED, fname))


# ================================================================ vertical writer
def vertical(ws, e, top, head, rows, *, value_cols, target_col, link_col=None, num_col=True):
    """rows: list of ("H", heading) or (num, title, cid, {col_label: content}, kind, link)."""
    for j, h in enumerate(head):
        c = ws.cell(top, 1 + j, h)
        c.font = BOLD
        c.alignment = CENTER
    r = top + 1
    ncols = len(head)
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            e["headings"].append(row[1])
            r += 1
            continue
        num, t, cid, vals, kind, link = row
        ws.cell(r, 1, num).alignment = CENTER
        ws.cell(r, 2, title(t)).alignment = WRAP
        for lab, v in vals.items():
            ci = value_cols[lab]
            ws.cell(r, ci, v).alignment = CENTER
        if link and link_col:
            url, text = link
            c = ws.cell(r, link_col, text)
            c.hyperlink = url
            c.font = Font(color="0563C1", underline="single")
            c.alignment = WRAP
        if cid is None:
            e["not_criteria"].append(t)
        else:
            v = vals.get(target_col)
            if v is not None and v != "":
                record(e, ws, cid, get_column_letter(value_cols[target_col]) + str(r), conv(kind, v), kind)
                if link and link_col:
                    record_link(e, ws, cid, get_column_letter(link_col) + str(r), link[0])
        r += 1
    box(ws, top, 1, r - 1, ncols)
    return r


# ================================================================ F: Пычасская СОШ — ordinary vertical form (like the school's form)
def form_f():
    fname = "Пычасская_СОШ_мониторинг_ЦМН_2024.xlsx"
    org = "МБОУ «Пычасская СОШ»"
    e = new_entry(fname, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма ОО"
    ws["A1"] = f"Внутренний мониторинг внедрения целевой модели наставничества, {org}, 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    base = "https://pychas-school.gosuslugi.ru/nastavnichestvo/docs/"
    V = "Значение"
    subj = ("сетевое наставничество: МБОУ «Вотгуртская СОШ № 1» предоставляет 2 наставников "
            "(учителя математики и физики) для молодых педагогов")
    partners = "МБОУ «Вотгуртская СОШ № 1»; СПК «Колхоз имени Калинина»"
    rows = [
        ("H", "Нормативное обеспечение"),
        ("1", "Приказ об утверждении положения о наставничестве педагогов", "orgs_regulation_teachers",
         {V: "Да"}, "yn", (base + "polozh-ped.pdf", "положение (педагоги)")),
        ("2", "Приказ об утверждении положения о наставничестве обучающихся", "orgs_regulation_students",
         {V: "Да"}, "yn", (base + "polozh-obuch.pdf", "положение (обучающиеся)")),
        ("3", "Приказ о проведении мониторинга ЦМН в школе", "orgs_monitoring_order",
         {V: "Да"}, "yn", (base + "prikaz-monitoring.pdf", "приказ № 87-од")),
        ("4", "Дорожная карта внедрения ЦМН на 2024–2025 уч. г.", None, {V: "Да"}, "yn",
         (base + "dk-2024.pdf", "дорожная карта")),
        ("H", "Организация процесса"),
        ("5", "Кураторы ЦМН в школе, чел.", "curators_total", {V: 2}, "num",
         (base + "prikaz-kurator.pdf", "приказ о кураторах")),
        ("6", "Соглашения с образовательными организациями (наставники от них)", "agreements_edu_orgs",
         {V: 1}, "num", (base + "soglashenie-sosh1.pdf", "соглашение № 4")),
        ("6.1", "О чём соглашение (предмет)", "agreement_subjects", {V: subj}, "text", None),
        ("7", "Соглашения с предприятиями", "agreements_enterprises", {V: 1}, "num",
         (base + "soglashenie-kolkhoz.pdf", "соглашение с СПК")),
        ("8", "Соглашения с иными организациями", "agreements_other_orgs", {V: 0}, "num", None),
        ("9", "Партнёры школы по наставничеству (наименования)", "partner_list", {V: partners}, "text", None),
        ("10", "Наставники в базе школы (по приказу)", "mentors_total", {V: 27}, "num",
         (base + "prikaz-pary-2024.pdf", "приказ о парах")),
        ("11", "Наставляемые в базе школы (по приказу)", "mentees_total", {V: 58}, "num",
         (base + "prikaz-pary-2024.pdf", "приказ о парах")),
        ("12", "Информационная справка по внутреннему мониторингу", "internal_monitoring_notes", {V: "Да"}, "yn",
         (base + "spravka-2024.pdf", "справка")),
        ("H", "Внешние наставники"),
        ("13", "Наставники из других ОО (по приказу)", "external_edu_mentors", {V: 2}, "num", None),
        ("14", "Наставники — сотрудники предприятий", "enterprise_mentors", {V: 1}, "num", None),
        ("15", "Наставники из иных организаций", "other_org_mentors", {V: 0}, "num", None),
        ("16", "Совместные проекты с предприятиями", None, {V: 1}, "num", None),
        ("H", "Обучающиеся"),
        ("17", "Обучающиеся в возрасте 10–19 лет, всего", "students_10_19", {V: 301}, "num", None),
        ("18", "из них в роли наставляемых", "mentees_10_19", {V: 52}, "num",
         (base + "baza-nastavlyaemyh.pdf", "база наставляемых")),
        ("19", "Доля наставляемых 10–19 лет (%)", "share_mentees_10_19", {V: 17.28}, "num", None),
        ("20", "из них «группа риска»", "mentees_risk", {V: 6}, "num", None),
        ("21", "из них с проблемами выбора профессии / траектории", "mentees_career", {V: 14}, "num", None),
        ("22", "Обучающиеся 15–19 лет — наставники (по приказу)", "mentors_15_19", {V: 15}, "num",
         (base + "baza-nastavnikov.pdf", "база наставников")),
        ("H", "Удовлетворённость"),
        ("23", "Удовлетворённость наставляемых, %", "satisfaction_mentees", {V: 86}, "num", None),
        ("24", "Удовлетворённость наставников, %", "satisfaction_mentors", {V: 90}, "num", None),
        ("H", "Педагоги"),
        ("25", "Молодые специалисты (до 35 лет, первые 3 года)", "young_specialists", {V: 4}, "num", None),
        ("26", "из них наставляемые", "young_specialists_mentees", {V: 4}, "num", None),
        ("27", "Педагоги без учёта молодых специалистов", "teachers_other", {V: 29}, "num", None),
        ("28", "из них наставляемые", "teachers_other_mentees", {V: 2}, "num", None),
        ("29", "Доля педагогов-наставляемых (%)", "share_teachers_mentees", {V: 18.18}, "num", None),
        ("30", "Педагоги — наставники", "teachers_mentors", {V: 9}, "num", None),
        ("31", "Молодые специалисты — наставники", "young_specialists_mentors", {V: 0}, "num", None),
        ("H", "Стимулирование"),
        ("32", "Положение о материальном стимулировании наставников", "pay_acts", {V: 1}, "num",
         (base + "polozh-stimul.pdf", "положение")),
        ("33", "Положение о нематериальном поощрении наставников", "nonmaterial_acts", {V: 1}, "num", None),
    ]
    assert round(52 / 301 * 100, 2) == 17.28 and round(6 / 33 * 100, 2) == 18.18
    assert 9 + 15 + 2 + 1 == 27 and 52 + 4 + 2 == 58
    vertical(ws, e, 3, ["№", "Критерий", "Значение", "Источник информации (ссылка)"], rows,
             value_cols={V: 3}, target_col=V, link_col=4)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 28
    wb.save(os.path.join(TYPED, fname))


# ================================================================ G: Варзибашская СОШ — vertical form with 2023 and 2024 columns
def form_g():
    fname = "Варзибашская_СОШ_ЦМН.xlsx"
    org = "МБОУ «Варзибашская СОШ»"
    e = new_entry(fname, org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    ws["A1"] = "Мониторинг целевой модели наставничества"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Образовательная организация: {org}"
    Y3, Y4 = "2023 г. (справочно)", "2024 г."
    base = "https://varzibash.gosuslugi.ru/nastavnichestvo/"
    course = ("«Наставничество: современный подход к персонализации образовательного процесса», "
              "АОУ ДПО УР «ИРО», 36 ч., 2024")
    rows = [
        ("H", "Персонализированные программы наставничества"),
        ("1", "ПП по всем формам, ед.", "pp_total", {Y3: 5, Y4: 8}, "num", (base + "pp-2024.pdf", "ПП 2024")),
        ("1.1", "форма «ученик – ученик»", "pp_pupil_pupil", {Y3: 2, Y4: 3}, "num", None),
        ("1.2", "форма «учитель – учитель»", "pp_teacher_teacher", {Y3: 2, Y4: 3}, "num", None),
        ("1.3", "форма «студент – ученик»", "pp_student_pupil", {Y3: 0, Y4: 1}, "num", None),
        ("1.4", "форма «учитель – ученик»", "pp_teacher_pupil", {Y3: 1, Y4: 1}, "num", None),
        ("H", "Профессиональное развитие педагогов"),
        ("2", "Педагоги, участвующие в утверждённых ПП", "teachers_in_pp", {Y3: 8, Y4: 12}, "num", None),
        ("3", "Педагоги-стажёры (стажёрская площадка)", "trainees_internship", {Y3: 0, Y4: 0}, "num", None),
        ("4", "Прошли КПК по вопросам наставничества (за год)", "kpk_trained", {Y3: 0, Y4: 1}, "num",
         (base + "udostoverenie-kpk.pdf", "удостоверение")),
        ("4.1", "Наименование КПК", "kpk_courses", {Y4: course}, "text", None),
        ("5", "ШМО наставников", "school_methodical_associations", {Y3: 0, Y4: 1}, "num",
         (base + "prikaz-shmo.pdf", "приказ о ШМО")),
        ("6", "Заседания ШМО наставников за год", None, {Y3: 0, Y4: 4}, "num", None),
        ("H", "Педагоги в роли наставников"),
        ("7", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", {Y3: 2, Y4: 3}, "num", None),
        ("8", "Педагоги, кроме молодых специалистов", "teachers_other", {Y3: 18, Y4: 17}, "num", None),
        ("9", "Педагоги-наставники", "teachers_mentors", {Y3: 5, Y4: 6}, "num", None),
        ("10", "Молодые специалисты-наставники", "young_specialists_mentors", {Y3: 0, Y4: 1}, "num", None),
        ("11", "Доля педагогов-наставников, %", "share_teachers_mentors", {Y3: 25, Y4: 30}, "num", None),
        ("12", "Доля молодых специалистов-наставников, %", "share_young_specialists_mentors",
         {Y3: 0, Y4: 33.33}, "num", None),
        ("H", "Стимулирование"),
        ("13", "Локальный акт об оплате наставничества", "pay_acts", {Y3: 1, Y4: 1}, "num",
         (base + "polozh-oplata.pdf", "положение об оплате")),
        ("14", "Локальный акт о нематериальном поощрении", "nonmaterial_acts", {Y3: 0, Y4: 1}, "num", None),
    ]
    assert 3 + 3 + 1 + 1 == 8 and round(6 / 20 * 100, 2) == 30 and round(1 / 3 * 100, 2) == 33.33
    assert round(5 / 20 * 100, 2) == 25
    vertical(ws, e, 4, ["№", "Показатель", Y3, Y4, "Ссылка на документ (2024)"], rows,
             value_cols={Y3: 3, Y4: 4}, target_col=Y4, link_col=5)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 40
    ws.column_dimensions["E"].width = 24
    wb.save(os.path.join(TYPED, fname))


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    with tempfile.TemporaryDirectory() as tmp:
        form_a()
        form_b(tmp)
        form_c()
        form_d()
        form_e()
        form_f()
        form_g()
    # no title may copy a catalogue wording
    for t in ALL_TITLES:
        assert " ".join(t.lower().split()) not in WORDINGS, t
    # ids valid, shares consistent where both parts are in the same form
    for e in ENTRIES:
        for k in e["values"]:
            assert k in CAT, k
        for k, v in e["values"].items():
            ops = CAT[k]["operands"]
            if CAT[k]["unit"] == "share" and ops:
                num, den = ops.split("/")
                nums, dens = num.split("+"), den.split("+")
                if all(x in e["values"] for x in nums + dens):
                    s = round(sum(e["values"][x] for x in nums) / sum(e["values"][x] for x in dens) * 100, 2)
                    assert abs(s - v) < 0.01, (e["file"], k, s, v)
        if not e["headings"]:
            del e["headings"]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(ENTRIES, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(CELLS, f, ensure_ascii=False, indent=1)
    n = sum(len(e["values"]) for e in ENTRIES)
    nl = sum(len(e["links"]) for e in ENTRIES)
    print(f"{len(ENTRIES)} entries, {n} values, {nl} links")


if __name__ == "__main__":
    main()
