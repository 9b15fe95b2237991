#!/usr/bin/env python3
"""Held-out set 63: exports of a regional web monitoring portal that cuts its texts.

Region (invented): Верхнекамская область, portal «РИС „Мониторинг образования Верхнекамской области“».
Municipality (invented): Заречно-Полянский муниципальный округ, 11 organisations (9 schools, 2 ДО).

The portal exports every criterion title / column header cut to a fixed length (with «…» or without it,
sometimes in the middle of a word). Only some files carry a sheet «Справочник показателей» with the full
wording of some criteria.

Deterministic: no randomness, fixed data. Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

PORTAL = "РИС «Мониторинг образования Верхнекамской области» — модуль «Наставничество»"
MUNI = "Заречно-Полянский муниципальный округ"
YEAR = 2024

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def cut(text, n, ellipsis):
    """The portal's cut: the first n characters, then «…» if asked (no trimming of spaces)."""
    if len(text) <= n:
        return text
    return text[:n] + ("…" if ellipsis else "")


def inn10(base9):
    """A 10-digit INN with a correct check digit."""
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    s = sum(int(d) * k for d, k in zip(base9, w))
    return base9 + str(s % 11 % 10)


# ---------------------------------------------------------------- organisations
ORGS = {
    "sosh1": ("МБОУ «Заречнополянская СОШ № 1»", inn10("810100412")),
    "sosh2": ("МБОУ «Заречнополянская СОШ № 2»", inn10("810100413")),
    "gimn": ("МБОУ «Заречнополянская гимназия»", inn10("810100501")),
    "klen": ("МБОУ «Кленовская СОШ»", inn10("810100337")),
    "sosn": ("МБОУ «Сосновоборская ООШ»", inn10("810100341")),
    "verkh": ("МБОУ «Верхнеполянская СОШ»", inn10("810100352")),
    "lipov": ("МБОУ «Липовская ООШ»", inn10("810100359")),
    "chern": ("МБОУ «Чернореченская СОШ»", inn10("810100363")),
    "klyuch": ("МБОУ «Ключевская СОШ»", inn10("810100370")),
    "ddt": ("МБУ ДО «Заречнополянский ДДТ»", inn10("810100624")),
    "dyussh": ("МБУ ДО «Заречнополянская ДЮСШ»", inn10("810100630")),
}

# Master figures of the nine schools for the wide sheet (consistent with the single-school files).
# keys: reg_t, reg_s, mentors, mentees, pp, s1019, m1019, s1519, m1519, tment, sat, kpk
SCHOOL = {
    "sosh1": dict(reg_t=1, reg_s=1, mentors=68, mentees=116, pp=58, s1019=612, m1019=103, s1519=148, m1519=41, tment=21, sat=91, kpk=5),
    "sosh2": dict(reg_t=1, reg_s=1, mentors=47, mentees=88, pp=40, s1019=430, m1019=71, s1519=96, m1519=28, tment=16, sat=87, kpk=3),
    "gimn": dict(reg_t=1, reg_s=1, mentors=52, mentees=94, pp=46, s1019=398, m1019=80, s1519=118, m1519=33, tment=17, sat=93, kpk=4),
    "klen": dict(reg_t=1, reg_s=1, mentors=19, mentees=34, pp=15, s1019=131, m1019=27, s1519=29, m1519=8, tment=9, sat=85, kpk=2),
    "sosn": dict(reg_t=1, reg_s=1, mentors=9, mentees=16, pp=8, s1019=54, m1019=12, s1519=7, m1519=2, tment=6, sat=90, kpk=1),
    "verkh": dict(reg_t=1, reg_s=1, mentors=14, mentees=25, pp=11, s1019=101, m1019=19, s1519=21, m1519=6, tment=7, sat=82, kpk=0),
    "lipov": dict(reg_t=1, reg_s=0, mentors=6, mentees=10, pp=5, s1019=41, m1019=8, s1519=5, m1519=1, tment=5, sat=88, kpk=1),
    "chern": dict(reg_t=1, reg_s=1, mentors=12, mentees=22, pp=10, s1019=88, m1019=17, s1519=18, m1519=5, tment=7, sat=84, kpk=0),
    "klyuch": dict(reg_t=1, reg_s=1, mentors=11, mentees=19, pp=9, s1019=76, m1019=14, s1519=15, m1519=4, tment=6, sat=86, kpk=1),
}
DDT = dict(mentors=15, mentees=38, s1019=340, m1019=32, s1519=62, m1519=5, tment=9, kpk=2)
DYUSSH = dict(mentors=6, mentees=14, s1019=180, m1019=10, s1519=40, m1519=2, tment=4, kpk=0)

EXPECTED = []
CELLS = []


def intify(x):
    return int(x) if isinstance(x, float) and x == int(x) else x


def pct(num, den):
    return intify(round(100.0 * num / den, 2))


def yn(v, low=False):
    s = "Да" if v else "Нет"
    return s.lower() if low else s


def expected_of(cell_value, fmt):
    if isinstance(cell_value, str) and cell_value.strip().lower() in ("да", "нет"):
        return 1 if cell_value.strip().lower() == "да" else 0
    if fmt == "pct":
        return intify(round(cell_value * 100, 4))
    return cell_value


def style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


# ---------------------------------------------------------------- vertical form writer
def write_vertical(fname, sheet, top, header, rows, n, ellipsis, org_name, code_in_cell=False,
                   value_cols=("C",), year_col=None, widths=None, extra=None):
    """rows: list of tuples
       ("H", code, text)                        section heading (cut too)
       ("V", code, cid, wording, value, link, fmt[, prev])     a value of a criterion
       ("A", code, cands, wording, value, link, fmt[, prev])   ambiguous after the cut: not in values
       ("D", code, wording, value, link, fmt[, prev])          decoy: no criterion
    Layout: A = code (unless code_in_cell), B = cut title, value column(s), then link.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    for line in top:
        if isinstance(line, tuple):
            ws.cell(row=r, column=1, value=line[0]).font = Font(bold=True)
            ws.cell(row=r, column=2, value=line[1])
        else:
            ws.cell(row=r, column=1, value=line).font = Font(bold=(r == 1))
        r += 1
    r += 1
    hrow = r
    for i, h in enumerate(header, start=1):
        ws.cell(row=hrow, column=i, value=h)
    style_header(ws, hrow, len(header))
    r = hrow + 1
    values, links, not_criteria, headings, ambiguous = {}, {}, [], [], []
    ncol = len(header)
    if code_in_cell:
        title_col, val_col, prev_col = 1, (3 if year_col else 2), (2 if year_col else None)
    else:
        title_col, val_col, prev_col = 2, (4 if year_col else 3), (3 if year_col else None)
    link_col = val_col + 1
    for row in rows:
        kind = row[0]
        code = row[1]
        if kind == "H":
            text = row[2]
            shown = cut((code + " " + text) if (code_in_cell and code) else text, n, ellipsis)
            if not code_in_cell:
                ws.cell(row=r, column=1, value=code)
            ws.cell(row=r, column=title_col, value=shown)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = SEC_FILL
                ws.cell(row=r, column=c).font = Font(bold=True)
                ws.cell(row=r, column=c).border = BORDER
            headings.append(shown)
            r += 1
            continue
        if kind == "V":
            _, code, cid, wording, value, link, fmt, *rest = row
        elif kind == "A":
            _, code, cid, wording, value, link, fmt, *rest = row
        else:
            _, code, wording, value, link, fmt, *rest = row
            cid = None
        prev = rest[0] if rest else None
        full = (code + " " + wording) if code_in_cell else wording
        shown = cut(full, n, ellipsis)
        if not code_in_cell:
            ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=title_col, value=shown)
        vc = ws.cell(row=r, column=val_col, value=value)
        if fmt == "pct":
            vc.number_format = "0.00%"
        if prev_col is not None and prev is not None:
            pc = ws.cell(row=r, column=prev_col, value=prev)
            if fmt == "pct":
                pc.number_format = "0.00%"
        if link:
            ws.cell(row=r, column=link_col, value=link)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).border = BORDER
            ws.cell(row=r, column=c).alignment = WRAP
        vref = f"{get_column_letter(val_col)}{r}"
        lref = f"{get_column_letter(link_col)}{r}"
        if kind == "V":
            exp = expected_of(value, fmt)
            assert cid not in values, (fname, cid)
            values[cid] = exp
            CELLS.append(dict(file=f"typed/{fname}", sheet=sheet, cell=vref, kind="value",
                              criterion=cid, organisation=org_name, expected=exp, shown_title=shown))
            WORDINGS.append((cid, wording, shown))
            if link:
                links[cid] = link
                CELLS.append(dict(file=f"typed/{fname}", sheet=sheet, cell=lref, kind="link",
                                  criterion=cid, organisation=org_name, expected=link))
        elif kind == "A":
            ambiguous.append(dict(cell=vref, shown_title=shown, candidates=cid, cell_value=value))
        else:
            not_criteria.append(shown)
        r += 1
    if widths:
        for col, w in widths.items():
            ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=hrow + 1, column=1)
    if extra:
        extra(wb)
    wb.save(os.path.join(TYPED, fname))
    return values, links, not_criteria, headings, ambiguous


def add_reference_sheet(entries, title_hdr=("№", "Полное наименование показателя", "Ед. изм.")):
    def _f(wb):
        ws = wb.create_sheet("Справочник показателей")
        ws.cell(row=1, column=1, value="Справочник показателей (выгружены только показатели с заполненным полем «Полное наименование»)").font = Font(italic=True)
        for i, h in enumerate(title_hdr, start=1):
            ws.cell(row=3, column=i, value=h)
        style_header(ws, 3, len(title_hdr))
        for k, (code, full, unit) in enumerate(entries, start=4):
            ws.cell(row=k, column=1, value=code)
            ws.cell(row=k, column=2, value=full).alignment = WRAP
            ws.cell(row=k, column=3, value=unit)
        ws.column_dimensions["A"].width = 8
        ws.column_dimensions["B"].width = 110
        ws.column_dimensions["C"].width = 10
    return _f


AMBIGUOUS = []
WORDINGS = []  # (criterion, full wording, shown) of every value row, for the verbatim statistics


def record(fname, org, res, note=None):
    values, links, nc, heads, amb = res
    EXPECTED.append({"file": f"typed/{fname}", "year": YEAR, "organisation": org,
                     "values": values, "links": links, "not_criteria": nc, "headings": heads})
    for a in amb:
        a = dict(a)
        a["file"] = f"typed/{fname}"
        AMBIGUOUS.append(a)


# ================================================================ F1: СОШ № 1, cut at 60 with «…»
S1 = "https://zpol-school1.gosuslugi.ru/netcat_files/nastavnichestvo/2024/"
f1_org = ORGS["sosh1"][0]
f1_rows = [
    ("H", "1", "Раздел 1. Нормативное обеспечение реализации целевой модели наставничества в ОО"),
    ("V", "1.1", "orgs_regulation_teachers", "Положение о системе наставничества педагогических работников утверждено приказом по ОО (да/нет)", "Да", S1 + "prikaz_112_polozhenie_ped.pdf", None),
    ("V", "1.2", "orgs_regulation_students", "Положение о системе наставничества обучающихся утверждено приказом по ОО (да/нет)", "Да", S1 + "prikaz_113_polozhenie_obuch.pdf", None),
    ("V", "1.3", "orgs_monitoring_order", "Издан приказ ОО о проведении мониторинга реализации целевой модели наставничества (да/нет)", "Да", S1 + "prikaz_monitoring_cmn.pdf", None),
    ("D", "1.4", "Дорожная карта внедрения целевой модели наставничества в ОО утверждена (да/нет)", "Да", S1 + "dorozhnaya_karta_2024.pdf", None),
    ("H", "2", "Раздел 2. Организация процесса реализации целевой модели наставничества"),
    ("V", "2.1", "curators_total", "Количество кураторов внедрения целевой модели наставничества в ОО (чел.)", 2, S1 + "prikaz_kuratory.pdf", None),
    ("V", "2.2", "agreements_edu_orgs", "Соглашения о сотрудничестве с другими ОО, направившими своих педагогов в качестве наставников (кол-во)", 1, S1 + "soglashenie_gimnaziya.pdf", None),
    ("V", "2.3", "agreements_enterprises", "Соглашения о сотрудничестве с предприятиями, предоставившими сотрудников-наставников (кол-во)", 1, S1 + "soglashenie_agrofirma.pdf", None),
    ("V", "2.4", "agreements_other_orgs", "Соглашения о сотрудничестве с иными организациями любых форм собственности (наставники), кол-во", 1, None, None),
    ("V", "2.5", "partner_list", "Перечень предприятий (организаций), сотрудничающих с ОО по вопросам наставничества",
     "ООО «Агрофирма Заречье»; МБОУ «Заречнополянская гимназия»; Заречнополянское районное отделение ВОС «Молодёжный совет»", None, None),
    ("V", "2.6", "mentors_total", "Наставники ОО, включённые в базу наставников приказом (всего, чел.)", 68, S1 + "baza_nastavnikov_2024.pdf", None),
    ("V", "2.7", "mentees_total", "Наставляемые ОО, включённые в базу наставляемых приказом (всего, чел.)", 116, S1 + "baza_nastavlyaemyh_2024.pdf", None),
    ("V", "2.8", "internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга ЦМН в ОО (да/нет)", "Да", S1 + "spravka_vnutr_monitoring_2024.pdf", None),
    ("H", "3", "Раздел 3. Персонализированные программы наставничества по формам"),
    ("V", "3.1", "pp_total", "Персонализированные программы наставничества — всего по всем формам (кол-во)", 58, S1 + "pp_reestr_2024.pdf", None),
    ("V", "3.2", "pp_pupil_pupil", "ПП по форме «ученик – ученик» (кол-во)", 31, None, None),
    ("V", "3.3", "pp_teacher_teacher", "ПП по форме «учитель – учитель / педагог – педагог» (кол-во)", 12, None, None),
    ("V", "3.4", "pp_head_teacher", "ПП по форме «руководитель – педагог» (кол-во)", 2, None, None),
    ("V", "3.5", "pp_student_pupil", "ПП по форме «студент – ученик» (кол-во)", 3, None, None),
    ("V", "3.6", "pp_teacher_pupil", "ПП по форме «учитель – ученик» (кол-во)", 10, None, None),
    ("V", "3.7", "pp_other", "ПП по иным формам наставничества (формы указать в примечании), кол-во", 0, None, None),
    ("H", "4", "Раздел 4. Включённость предприятий (организаций) в программы наставничества в роли наставников"),
    ("V", "4.1", "external_edu_mentors", "Наставники из внешних образовательных организаций (по приказу), чел.", 3, S1 + "baza_nastavnikov_2024.pdf", None),
    ("V", "4.2", "enterprise_mentors", "Наставники из числа сотрудников предприятий, чел.", 2, None, None),
    ("V", "4.3", "other_org_mentors", "Наставники из иных организаций (не ОО и не предприятия), чел.", 1, None, None),
    ("H", "5", "Раздел 5. Включённость обучающихся 10–19 лет в программы наставничества в роли наставляемого"),
    ("V", "5.1", "students_10_19", "Обучающиеся в возрасте 10–19 лет в ОО — всего (чел.)", 612, None, None),
    ("V", "5.2", "mentees_10_19", "Обучающиеся 10–19 лет, вошедшие в программы наставничества в роли наставляемого (чел.)", 103, S1 + "baza_nastavlyaemyh_2024.pdf", None),
    ("V", "5.3", "mentees_risk", "из них: обучающиеся «группы риска» (чел.)", 9, None, None),
    ("V", "5.4", "mentees_gifted", "из них: «одарённые дети», внесённые в реестры (чел.)", 14, None, None),
    ("V", "5.5", "mentees_disabled", "из них: дети с ОВЗ и дети-инвалиды (чел.)", 6, None, None),
    ("V", "5.6", "mentees_low_motivation", "из них: с низкой учебной мотивацией и неудовлетворительной успеваемостью (чел.)", 21, None, None),
    ("V", "5.7", "mentees_career", "из них: испытывающие трудности с выбором образовательной траектории и профессии (чел.)", 30, None, None),
    ("V", "5.8", "mentees_other_params", "из них: включённые по иным параметрам (чел.)", 23, None, None),
    ("V", "5.9", "share_mentees_10_19", "Доля обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого, %", 0.1683, None, "pct"),
    ("H", "6", "Раздел 6. Включённость обучающихся 15–19 лет в программы наставничества в роли наставника"),
    ("V", "6.1", "students_15_19", "Обучающиеся в возрасте 15–19 лет в ОО — всего (чел.)", 148, None, None),
    ("V", "6.2", "mentors_15_19", "Обучающиеся 15–19 лет — наставники (по приказу), чел.", 41, S1 + "baza_nastavnikov_2024.pdf", None),
    ("V", "6.3", "share_mentors_15_19", "Доля обучающихся 15–19 лет, вошедших в программы наставничества в роли наставника, %", 0.277, None, "pct"),
    ("H", "7", "Раздел 7. Удовлетворённость участием в программах наставничества"),
    ("V", "7.1", "satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах, %", 0.91, "https://disk.yandex.ru/d/Zp1-anketa-nastavl-2024", "pct"),
    ("V", "7.2", "satisfaction_mentors", "Удовлетворённость наставников участием в завершённых программах, %", 0.88, "https://disk.yandex.ru/d/Zp1-anketa-nastavn-2024", "pct"),
    ("H", "8", "Раздел 8. Молодые специалисты (до 35 лет, первые три года работы) в программах наставничества"),
    ("V", "8.1", "young_specialists", "Молодые специалисты (до 35 лет, первые 3 года работы), работающие в ОО — всего", 7, None, None),
    ("A", "8.2", ["young_specialists_mentees", "young_specialists_mentors"], "Количество молодых специалистов, участвующих в программах наставничества в роли наставляемых", 4, S1 + "baza_nastavlyaemyh_2024.pdf", None),
    ("A", "8.3", ["young_specialists_mentees", "young_specialists_mentors"], "Количество молодых специалистов, участвующих в программах наставничества в роли наставника", 2, S1 + "baza_nastavnikov_2024.pdf", None),
    ("H", "9", "Раздел 9. Педагогические работники и их профессиональное развитие"),
    ("V", "9.1", "teachers_other", "Педагоги ОО (кроме молодых специалистов) — всего, чел.", 52, None, None),
    ("V", "9.2", "teachers_other_mentees", "Педагоги (кроме молодых специалистов) в роли наставляемых, чел.", 9, S1 + "baza_nastavlyaemyh_2024.pdf", None),
    ("V", "9.3", "teachers_in_pp", "Педагоги, участвующие в утверждённых персонализированных программах наставничества, чел.", 24, S1 + "pp_reestr_2024.pdf", None),
    ("V", "9.4", "kpk_trained", "Педагоги, прошедшие КПК по вопросам наставничества в 2024 календарном году, чел.", 5, "https://cloud.mail.ru/public/Zp1k/kpk-nastavnichestvo-2024", None),
    ("V", "9.5", "kpk_courses", "Наименования курсов повышения квалификации по наставничеству",
     "«Наставничество в образовательной организации: технологии и инструменты» (36 ч), ИРО Верхнекамской области", None, None),
    ("V", "9.6", "school_methodical_associations", "Методические объединения наставников в ОО (ШМО), кол-во", 1, S1 + "prikaz_shmo_nastavnikov.pdf", None),
    ("V", "9.7", "teachers_mentors", "Педагоги ОО — наставники, участвующие в программах наставничества, чел.", 21, S1 + "baza_nastavnikov_2024.pdf", None),
    ("H", "10", "Раздел 10. Стимулирование наставничества"),
    ("V", "10.1", "pay_acts", "Локальные акты ОО об оплате работы наставников (кол-во)", 1, S1 + "polozhenie_o_stimuliruyushchih_vyplatah.pdf", None),
    ("V", "10.2", "nonmaterial_acts", "Локальные акты ОО о нематериальном поощрении наставников (кол-во)", 1, S1 + "polozhenie_nematerialnoe_pooshchrenie.pdf", None),
]
f1_top = [PORTAL,
          "Форма ЦМН-ОО «Мониторинг реализации целевой модели наставничества в образовательной организации»",
          ("Отчётный период:", "2024 год"),
          ("Муниципальное образование:", MUNI),
          ("Организация:", f1_org),
          ("ИНН:", ORGS["sosh1"][1]),
          ("Статус формы:", "Утверждена МОУО 21.01.2025; выгружено 03.02.2025 14:22")]
F1 = "export_CMN-OO_2024_ZP_SOSH1.xlsx"
record(F1, f1_org, write_vertical(F1, "Форма ЦМН-ОО", f1_top,
                                  ["№", "Наименование показателя", "Значение", "Подтверждающий документ (ссылка)"],
                                  f1_rows, 60, True, f1_org,
                                  widths={"A": 6, "B": 66, "C": 18, "D": 70}))

# ================================================================ F2: Кленовская СОШ, cut at 80 without «…», + Справочник
K = "https://klenovskaya-sosh.edu.ru/upload/nastavnichestvo/"
f2_org = ORGS["klen"][0]
f2_rows = [
    ("H", "", "НОРМАТИВНОЕ ОБЕСПЕЧЕНИЕ РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА"),
    ("V", "1", "orgs_regulation_teachers", "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников в образовательной организации»", "Да", K + "prikaz_45-od_polozhenie_pedagogi.pdf", None),
    ("V", "2", "orgs_regulation_students", "Наличие приказа «Об утверждении положения о системе наставничества обучающихся в образовательной организации»", "Да", K + "prikaz_46-od_polozhenie_obuchayushchiesya.pdf", None),
    ("V", "3", "orgs_monitoring_order", "Наличие приказа о мониторинге реализации Целевой модели наставничества в ОО", "Да", K + "prikaz_monitoring_2024.pdf", None),
    ("H", "", "ОРГАНИЗАЦИЯ ПРОЦЕССА РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА"),
    ("V", "4", "curators_total", "Количество кураторов, ответственных за внедрение целевой модели наставничества в ОО, чел.", 1, K + "prikaz_kurator.pdf", None),
    ("V", "5", "agreements_edu_orgs", "Количество соглашений о сотрудничестве с другими образовательными организациями, предоставившими своих педагогов для участия в программах наставничества", 1, K + "soglashenie_gimnaziya_2024.pdf", None),
    ("V", "6", "agreements_enterprises", "Количество соглашений о сотрудничестве с предприятиями, предоставившими своих работников в качестве наставников", 1, K + "soglashenie_spk_klenovskiy.pdf", None),
    ("V", "7", "agreement_subjects", "Предмет соглашения (соглашений) о сотрудничестве по вопросам наставничества",
     "Привлечение специалистов СПК «Кленовский» и педагогов гимназии в качестве наставников обучающихся 8–11 классов (профориентация, проектная деятельность)", None, None),
    ("V", "8", "partner_list", "Наименования предприятий (организаций), сотрудничающих с ОО по вопросам наставничества",
     "СПК «Кленовский»; МБОУ «Заречнополянская гимназия»", None, None),
    ("V", "9", "mentors_total", "Количество наставников в базе ОО (по приказу)", 19, K + "baza_nastavnikov.pdf", None),
    ("V", "10", "mentees_total", "Количество наставляемых в базе ОО (по приказу)", 34, K + "baza_nastavlyaemyh.pdf", None),
    ("D", "11", "Количество реализованных на базе ОО образовательных и культурных проектов совместно с представителями предприятий", 2, None, None),
    ("H", "", "ПЕРСОНАЛИЗИРОВАННЫЕ ПРОГРАММЫ НАСТАВНИЧЕСТВА"),
    ("V", "12", "pp_total", "Количество персонализированных программ наставничества, разработанных и утверждённых в ОО, по всем формам", 15, K + "pp_2024.zip", None),
    ("V", "13", "pp_pupil_pupil", "в том числе по форме «ученик – ученик»", 7, None, None),
    ("V", "14", "pp_teacher_teacher", "в том числе по форме «учитель – учитель» («педагог – педагог»)", 3, None, None),
    ("V", "15", "pp_teacher_pupil", "в том числе по форме «учитель – ученик»", 5, None, None),
    ("H", "", "ВКЛЮЧЕННОСТЬ ПРЕДПРИЯТИЙ (ОРГАНИЗАЦИЙ) В ПРОГРАММЫ НАСТАВНИЧЕСТВА В РОЛИ НАСТАВНИКОВ"),
    ("V", "16", "external_edu_mentors", "Количество наставников из сторонних образовательных организаций (по приказу)", 1, K + "baza_nastavnikov.pdf", None),
    ("V", "17", "enterprise_mentors", "Количество наставников из числа работников предприятий (по приказу)", 1, K + "baza_nastavnikov.pdf", None),
    ("H", "", "ВКЛЮЧЕННОСТЬ ОБУЧАЮЩИХСЯ В ВОЗРАСТЕ ОТ 10 ДО 19 ЛЕТ В ПРОГРАММЫ НАСТАВНИЧЕСТВА В РОЛИ НАСТАВЛЯЕМОГО"),
    ("V", "18", "students_10_19", "Общая численность обучающихся ОО в возрасте от 10 до 19 лет", 131, None, None),
    ("V", "19", "mentees_10_19", "Численность обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", 27, K + "baza_nastavlyaemyh.pdf", None),
    ("V", "20", "mentees_gifted", "Численность «одарённых детей» (из региональных реестров), включённых в программы наставничества как наставляемые", 4, None, None),
    ("V", "21", "mentees_career", "Численность обучающихся, испытывающих трудности в выборе образовательной траектории и профессии, включённых в программы наставничества (10–19 лет)", 9, None, None),
    ("V", "22", "share_mentees_10_19", "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", 20.61, None, None),
    ("H", "", "ВКЛЮЧЕННОСТЬ ОБУЧАЮЩИХСЯ В ВОЗРАСТЕ ОТ 15 ДО 19 ЛЕТ В ПРОГРАММЫ НАСТАВНИЧЕСТВА В РОЛИ НАСТАВНИКА"),
    ("V", "23", "students_15_19", "Общая численность обучающихся ОО в возрасте от 15 до 19 лет", 29, None, None),
    ("V", "24", "mentors_15_19", "Численность наставников из числа обучающихся в возрасте от 15 до 19 лет (по приказу)", 8, K + "baza_nastavnikov.pdf", None),
    ("V", "25", "share_mentors_15_19", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", 27.59, None, None),
    ("D", "26", "Наличие базы наставников ОО из числа обучающихся", "Да", K + "baza_nastavnikov.pdf", None),
    ("H", "", "УРОВЕНЬ УДОВЛЕТВОРЕННОСТИ УЧАСТИЕМ В ПРОГРАММАХ НАСТАВНИЧЕСТВА"),
    ("V", "27", "satisfaction_mentees", "Уровень удовлетворённости наставляемых участием в завершённых программах наставничества (%)", 85, "https://disk.yandex.ru/d/klen-ankety-2024", None),
    ("V", "28", "satisfaction_mentors", "Уровень удовлетворённости наставников участием в завершённых программах наставничества (%)", 89, "https://disk.yandex.ru/d/klen-ankety-2024", None),
    ("H", "", "ВКЛЮЧЕННОСТЬ ПЕДАГОГОВ И МОЛОДЫХ СПЕЦИАЛИСТОВ В ПРОГРАММЫ НАСТАВНИЧЕСТВА"),
    ("V", "29", "young_specialists", "Общая численность молодых специалистов (до 35 лет, стаж работы не более 3 лет) в ОО", 4, None, None),
    ("V", "30", "young_specialists_mentees", "Численность молодых специалистов, участвующих в программах наставничества в роли наставляемых", 3, K + "baza_nastavlyaemyh.pdf", None),
    ("V", "31", "young_specialists_mentors", "Численность молодых специалистов, участвующих в программах наставничества в роли наставника", 1, K + "baza_nastavnikov.pdf", None),
    ("V", "32", "share_young_specialists_mentees", "Доля молодых специалистов (до 35 лет, стаж работы не более 3 лет), участвующих в программах наставничества в роли наставляемых", 75, None, None),
    ("V", "33", "share_young_specialists_mentors", "Доля молодых специалистов (до 35 лет, стаж работы не более 3 лет), участвующих в программах наставничества в роли наставника", 25, None, None),
    ("V", "34", "teachers_mentors", "Численность педагогов ОО, участвующих в программах наставничества в роли наставника (по приказу)", 9, K + "baza_nastavnikov.pdf", None),
    ("H", "", "ОБЕСПЕЧЕНИЕ НЕПРЕРЫВНОГО ПРОФЕССИОНАЛЬНОГО РАЗВИТИЯ ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ"),
    ("V", "35", "kpk_trained", "Численность педагогов, обучившихся на КПК по вопросам наставничества (за 2024 календарный год)", 2, K + "udostovereniya_kpk_2024.pdf", None),
    ("V", "36", "kpk_courses", "Наименования курсов повышения квалификации по вопросам наставничества",
     "«Организация наставничества в школе: от Положения до персонализированной программы», 24 ч (ИРО Верхнекамской области)", None, None),
    ("V", "37", "school_methodical_associations", "Количество методических объединений наставников в ОО", 1, K + "plan_shmo_nastavnikov.pdf", None),
    ("H", "", "СТИМУЛИРОВАНИЕ ПРОЦЕССА НАСТАВНИЧЕСТВА"),
    ("V", "38", "pay_acts", "Количество локальных актов ОО об оплате работы наставников", 1, K + "polozhenie_ob_oplate_truda.pdf", None),
]
f2_ref = [
    ("1", "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников в образовательной организации»", "да/нет"),
    ("2", "Наличие приказа «Об утверждении положения о системе наставничества обучающихся в образовательной организации»", "да/нет"),
    ("19", "Численность обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "чел."),
    ("22", "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%"),
    ("25", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%"),
    ("30", "Численность молодых специалистов, участвующих в программах наставничества в роли наставляемых", "чел."),
    ("31", "Численность молодых специалистов, участвующих в программах наставничества в роли наставника", "чел."),
    ("32", "Доля молодых специалистов (до 35 лет, стаж работы не более 3 лет), участвующих в программах наставничества в роли наставляемых", "%"),
    ("33", "Доля молодых специалистов (до 35 лет, стаж работы не более 3 лет), участвующих в программах наставничества в роли наставника", "%"),
    ("35", "Численность педагогов, обучившихся на КПК по вопросам наставничества (за 2024 календарный год)", "чел."),
]
f2_top = [PORTAL,
          "Выгрузка ответов организации. Анкета «Реализация целевой модели наставничества — 2024»",
          ("Организация", f2_org),
          ("ИНН", ORGS["klen"][1]),
          ("МО", MUNI),
          ("Период", "2024")]
F2 = "vygruzka_otvetov_Klenovskaya_SOSH_2024.xlsx"
record(F2, f2_org, write_vertical(F2, "Ответы", f2_top,
                                  ["№ п/п", "Показатель", "Ответ ОО", "Подтверждающий документ"],
                                  f2_rows, 80, False, f2_org,
                                  widths={"A": 7, "B": 82, "C": 26, "D": 62},
                                  extra=add_reference_sheet(f2_ref)))

# ================================================================ F3: Сосновоборская ООШ, code in the cell, cut at 50 with «…», 2023 + 2024
SB = "https://sosnovobor-oosh.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/"
f3_org = ORGS["sosn"][0]
f3_rows = [
    ("H", "П1.", "Нормативное обеспечение реализации целевой модели наставничества"),
    ("V", "П1.1.", "orgs_regulation_teachers", "Положение о наставничестве педагогических работников: утверждено (да/нет)", "да", SB + "Polozhenie_ped_rab.pdf", None, "да"),
    ("V", "П1.2.", "orgs_regulation_students", "Положение о наставничестве обучающихся: утверждено (да/нет)", "да", SB + "Polozhenie_obuch.pdf", None, "нет"),
    ("V", "П1.3.", "orgs_monitoring_order", "Приказ ОО о мониторинге реализации ЦМН: издан (да/нет)", "да", SB + "Prikaz_monitoring_2024.pdf", None, "да"),
    ("H", "П2.", "Организация процесса реализации целевой модели наставничества"),
    ("V", "П2.1.", "curators_total", "Кураторы внедрения ЦМН в ОО, чел.", 1, SB + "Prikaz_kurator.pdf", None, 1),
    ("V", "П2.2.", "mentors_total", "Наставники ОО по приказу (все категории), чел.", 9, SB + "Baza_nastavnikov_2024.pdf", None, 7),
    ("V", "П2.3.", "mentees_total", "Наставляемые ОО по приказу (все категории), чел.", 16, SB + "Baza_nastavlyaemyh_2024.pdf", None, 12),
    ("V", "П2.4.", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга ЦМН (да/нет)", "да", SB + "Spravka_monitoring_2024.pdf", None, "да"),
    ("V", "П2.5.", "agreements_edu_orgs", "Соглашения с другими ОО о предоставлении педагогов-наставников, кол-во", 1, SB + "Soglashenie_gimnaziya.pdf", None, 0),
    ("V", "П2.6.", "partner_list", "Организации-партнёры по наставничеству (перечислить через «;»)", "МБОУ «Заречнополянская гимназия»; СПК «Сосновый Бор»", None, None, "—"),
    ("H", "П3.", "Персонализированные программы наставничества"),
    ("V", "П3.1.", "pp_total", "Персонализированные программы (ПП), всего по всем формам", 8, SB + "PP_2024.pdf", None, 6),
    ("V", "П3.2.", "pp_pupil_pupil", "ПП «ученик – ученик», кол-во", 4, None, None, 3),
    ("V", "П3.3.", "pp_teacher_teacher", "ПП «педагог – педагог», кол-во", 2, None, None, 2),
    ("V", "П3.4.", "pp_teacher_pupil", "ПП «учитель – ученик», кол-во", 2, None, None, 1),
    ("H", "П4.", "Включённость предприятий (организаций) в программы наставничества"),
    ("V", "П4.1.", "external_edu_mentors", "Наставники из внешних образовательных организаций (по приказу), чел.", 1, SB + "Baza_nastavnikov_2024.pdf", None, 0),
    ("H", "П5.", "Включённость обучающихся 10–19 лет в программы наставничества в роли наставляемого"),
    ("V", "П5.1.", "students_10_19", "Обучающиеся 10–19 лет, всего, чел.", 54, None, None, 57),
    ("V", "П5.2.", "mentees_10_19", "Обучающиеся 10–19 лет в роли наставляемых, чел.", 12, SB + "Baza_nastavlyaemyh_2024.pdf", None, 9),
    ("V", "П5.3.", "mentees_risk", "Наставляемые из «группы риска» (10–19 лет), чел.", 3, None, None, 2),
    ("V", "П5.4.", "mentees_disabled", "Наставляемые с ОВЗ и дети-инвалиды (10–19 лет), чел.", 2, None, None, 2),
    ("V", "П5.5.", "mentees_low_motivation", "Наставляемые с низкой мотивацией к учёбе и неуспевающие (10–19 лет), чел.", 4, None, None, 3),
    ("V", "П5.6.", "share_mentees_10_19", "Доля обучающихся 10–19 лет в роли наставляемых, %", 0.2222, None, "pct", 0.1579),
    ("D", "П5.7.", "Доля девочек среди наставляемых 10–19 лет, %", 0.5833, None, "pct", 0.5556),
    ("H", "П6.", "Включённость обучающихся 15–19 лет в программы наставничества в роли наставника"),
    ("V", "П6.1.", "students_15_19", "Обучающиеся 15–19 лет, всего, чел.", 7, None, None, 9),
    ("V", "П6.2.", "mentors_15_19", "Обучающиеся 15–19 лет в роли наставников (по приказу), чел.", 2, SB + "Baza_nastavnikov_2024.pdf", None, 1),
    ("V", "П6.3.", "share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставников, %", 0.2857, None, "pct", 0.1111),
    ("H", "П7.", "Удовлетворённость участием в программах наставничества"),
    ("V", "П7.1.", "satisfaction_mentees", "Удовлетворённость наставляемых завершёнными программами, %", 0.90, SB + "Anketirovanie_2024.pdf", "pct", 0.86),
    ("V", "П7.2.", "satisfaction_mentors", "Удовлетворённость наставников завершёнными программами, %", 0.92, SB + "Anketirovanie_2024.pdf", "pct", 0.90),
    ("H", "П8.", "Включённость педагогов и молодых специалистов в программы наставничества в роли наставляемого"),
    ("V", "П8.1.", "young_specialists", "Молодые специалисты (до 35 лет, первые 3 года работы), чел.", 1, None, None, 1),
    ("V", "П8.2.", "young_specialists_mentees", "Молодые специалисты в роли наставляемых, чел.", 1, SB + "Baza_nastavlyaemyh_2024.pdf", None, 1),
    ("V", "П8.3.", "teachers_other", "Педагоги, кроме молодых специалистов, всего, чел.", 13, None, None, 14),
    ("V", "П8.4.", "teachers_other_mentees", "Наставляемые педагоги (кроме молодых специалистов), чел.", 2, SB + "Baza_nastavlyaemyh_2024.pdf", None, 1),
    ("H", "П9.", "Непрерывное профессиональное развитие педагогических работников"),
    ("V", "П9.1.", "kpk_trained", "Педагоги, обучившиеся на КПК по наставничеству (за 2024 год), чел.", 1, SB + "Udostoverenie_KPK.pdf", None, 0),
    ("H", "П10.", "Включённость педагогов в программы наставничества в роли наставника"),
    ("V", "П10.1.", "teachers_mentors", "Педагоги в роли наставников, чел.", 6, SB + "Baza_nastavnikov_2024.pdf", None, 5),
]
f3_top = [PORTAL,
          ("Форма:", "ЦМН-ОО (сравнение с предыдущим периодом)"),
          ("Организация:", f3_org),
          ("ИНН:", ORGS["sosn"][1]),
          ("Муниципалитет:", MUNI),
          ("Отчётный год:", "2024")]
F3 = "CMN_OO_Sosnovoborskaya_OOSH_2024_s_kodami.xlsx"
record(F3, f3_org, write_vertical(F3, "Показатели", f3_top,
                                  ["Код и наименование показателя", "2023 (предыдущий период)", "2024 (текущий период)", "Ссылка на документ (2024)"],
                                  f3_rows, 50, True, f3_org, code_in_cell=True, year_col=True,
                                  widths={"A": 56, "B": 16, "C": 16, "D": 66}))

# ================================================================ F4: wide sheet, one row per school, headers cut at 45 with «…»
F4 = "svod_otvetov_OO_Zarechno-Polyanskiy_MO_2024.xlsx"
F4_SHEET = "Свод ОО"
wide_cols = [
    # (key, cid, header wording, fmt)
    ("reg_t", "orgs_regulation_teachers", "Положение о наставничестве педагогических работников утверждено (да/нет)", "yn"),
    ("link_t", None, "Ссылка на приказ об утверждении Положения (педагогические работники)", "link"),
    ("reg_s", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено (да/нет)", "yn"),
    ("mentors", "mentors_total", "Количество наставников в базе ОО (по приказу), чел.", None),
    ("mentees", "mentees_total", "Количество наставляемых в базе ОО (по приказу), чел.", None),
    ("pp", "pp_total", "Всего персонализированных программ наставничества по всем формам, ед.", None),
    ("s1019", "students_10_19", "Обучающиеся 10–19 лет: всего в ОО, чел.", None),
    ("m1019", "mentees_10_19", "Обучающиеся 10–19 лет — наставляемые (включены в программы наставничества), чел.", None),
    ("m1519", "mentors_15_19", "Обучающиеся 15–19 лет — наставники (по приказу об утверждении базы наставников), чел.", None),
    ("tment", "teachers_mentors", "Педагоги — наставники в программах наставничества (по приказу), чел.", None),
    ("sat", "satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах, %", "pct"),
    ("proj", None, "Количество совместных с предприятиями образовательных и культурных проектов, ед.", "decoy"),
    ("kpk", "kpk_trained", "Педагоги, обучившиеся на КПК по вопросам наставничества в 2024 году, чел.", None),
    ("status", None, "Статус формы", "status"),
]
SITES = {
    "sosh1": S1 + "prikaz_112_polozhenie_ped.pdf",
    "sosh2": "https://zpol-school2.gosuslugi.ru/netcat_files/nastavnichestvo/prikaz_87_polozhenie_ped.pdf",
    "gimn": "https://zp-gimnaziya.edu.ru/upload/iblock/nastavnichestvo/polozhenie_pedagogi_2024.pdf",
    "klen": K + "prikaz_45-od_polozhenie_pedagogi.pdf",
    "sosn": SB + "Polozhenie_ped_rab.pdf",
    "verkh": None,
    "lipov": "https://disk.yandex.ru/i/Lipovskaya-OOSH-polozhenie-ped",
    "chern": "https://chernorech-shkola.gosuslugi.ru/netcat_files/docs/nastavnichestvo_polozhenie.pdf",
    "klyuch": "https://klyuchevskaya-sosh.edu.ru/docs/nastavnichestvo/polozhenie_ped_rabotniki.pdf",
}
PROJ = {"sosh1": 3, "sosh2": 1, "gimn": 4, "klen": 2, "sosn": 0, "verkh": 0, "lipov": 0, "chern": 1, "klyuch": 0}
STATUS = {"verkh": "На доработке"}
order = ["sosh1", "sosh2", "gimn", "klen", "sosn", "verkh", "lipov", "chern", "klyuch"]


def write_wide():
    wb = Workbook()
    ws = wb.active
    ws.title = F4_SHEET
    ws["A1"] = PORTAL
    ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Сводная выгрузка ответов образовательных организаций: {MUNI}. Форма ЦМН-ОО, отчётный период 2024 год"
    ws["A3"] = "Тип ОО: общеобразовательные организации. Выгружено 03.02.2025 15:07"
    hrow = 5
    headers = ["№ п/п", "ИНН", "Краткое наименование ОО"] + [cut(w, 45, True) for _, _, w, _ in wide_cols]
    for i, h in enumerate(headers, start=1):
        ws.cell(row=hrow, column=i, value=h)
    style_header(ws, hrow, len(headers))
    ws.row_dimensions[hrow].height = 75
    names, vals, lnks = [], [], []
    nc = []
    for _, cid, w, fmt in wide_cols:
        if fmt in ("decoy", "status"):
            nc.append(cut(w, 45, True))
    r = hrow + 1
    for n, key in enumerate(order, start=1):
        name, inn = ORGS[key]
        d = SCHOOL[key]
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=inn)
        ws.cell(row=r, column=3, value=name)
        v, l = {}, {}
        for j, (k, cid, w, fmt) in enumerate(wide_cols, start=4):
            ref = f"{get_column_letter(j)}{r}"
            if fmt == "link":
                url = SITES[key]
                if url:
                    ws.cell(row=r, column=j, value=url)
                    l["orgs_regulation_teachers"] = url
                    CELLS.append(dict(file=f"typed/{F4}", sheet=F4_SHEET, cell=ref, kind="link",
                                      criterion="orgs_regulation_teachers", organisation=name, expected=url))
                continue
            if fmt == "decoy":
                ws.cell(row=r, column=j, value=PROJ[key])
                continue
            if fmt == "status":
                ws.cell(row=r, column=j, value=STATUS.get(key, "Утверждена"))
                continue
            raw = d[k]
            if fmt == "yn":
                cellv = "да" if raw else "нет"
                exp = raw
            elif fmt == "pct":
                cellv = raw / 100
                exp = raw
            else:
                cellv = raw
                exp = raw
            c = ws.cell(row=r, column=j, value=cellv)
            if fmt == "pct":
                c.number_format = "0%"
            v[cid] = exp
            CELLS.append(dict(file=f"typed/{F4}", sheet=F4_SHEET, cell=ref, kind="value",
                              criterion=cid, organisation=name, expected=exp, shown_title=headers[j - 1]))
        for c in range(1, len(headers) + 1):
            ws.cell(row=r, column=c).border = BORDER
        names.append(name)
        vals.append(v)
        lnks.append(l)
        r += 1
    # «Итого» row: sums of the count columns (a decoy: not an organisation)
    ws.cell(row=r, column=3, value="Итого по муниципальному округу").font = Font(bold=True)
    for j, (k, cid, w, fmt) in enumerate(wide_cols, start=4):
        if fmt in (None, "decoy"):
            col = get_column_letter(j)
            src = PROJ if fmt == "decoy" else None
            total = sum(src[x] for x in order) if src else sum(SCHOOL[x][k] for x in order)
            ws.cell(row=r, column=j, value=total).font = Font(bold=True)
        elif fmt == "yn":
            ws.cell(row=r, column=j, value=sum(SCHOOL[x][k] for x in order)).font = Font(bold=True)
    for c in range(1, len(headers) + 1):
        ws.cell(row=r, column=c).border = BORDER
    nc.append("Итого по муниципальному округу")
    widths = [6, 13, 34] + [16] * len(wide_cols)
    for i, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    ws.column_dimensions["E"].width = 40
    ws.freeze_panes = "D6"
    ws.auto_filter.ref = f"A{hrow}:{get_column_letter(len(headers))}{r - 1}"
    wb.save(os.path.join(TYPED, F4))
    EXPECTED.append({"file": f"typed/{F4}", "year": YEAR, "organisation": names, "values": vals,
                     "links": lnks, "not_criteria": nc, "headings": []})


write_wide()

# ================================================================ F5: municipal form, code column «2.4», cut at 70 with «…», + Справочник
UO = "https://zarpol-obr.gosuslugi.ru/netcat_files/nastavnichestvo/"
all_keys = list(SCHOOL)


def msum(k):
    return sum(SCHOOL[x][k] for x in all_keys) + DDT[k] + DYUSSH[k]


m_orgs_total = 11
m_reg_t, m_reg_s = 11, 9          # Липовская ООШ and the ДЮСШ have no students' regulation
m_mentors, m_mentees = msum("mentors"), msum("mentees")
m_s1019, m_m1019 = msum("s1019"), msum("m1019")
m_s1519, m_m1519 = msum("s1519"), msum("m1519")
m_tment = msum("tment")
m_kpk = msum("kpk")
m_teachers, m_ys = 412, 31
f5_rows = [
    ("H", "1", "Нормативное обеспечение реализации целевой модели наставничества"),
    ("V", "1.1", "municipal_order", "Наличие приказа органа управления образованием о реализации целевой модели наставничества в муниципальном округе (1 – да / 0 – нет)", 1, UO + "prikaz_UO_214_ot_29.08.2024.pdf", None, "1"),
    ("V", "1.2", "orgs_regulation_teachers", "ОО, в которых утверждены Положения о системе наставничества педагогических работников, ед.", m_reg_t, None, None, "—"),
    ("V", "1.3", "orgs_regulation_students", "ОО, в которых утверждены Положения о системе наставничества обучающихся, ед.", m_reg_s, None, None, "—"),
    ("V", "1.4", "orgs_monitoring_order", "ОО, в которых издан приказ о мониторинге реализации целевой модели наставничества, ед.", 11, None, None, "—"),
    ("V", "1.5", "municipal_analytic_note", "Наличие информационно-аналитической справки МО по итогам мониторинга (1 – да / 0 – нет)", 1, UO + "spravka_monitoring_CMN_2024.pdf", None, "1"),
    ("H", "2", "Организация процесса реализации целевой модели наставничества"),
    ("V", "2.1", "orgs_total", "Количество образовательных организаций муниципального округа (всего), ед.", m_orgs_total, None, None, "—"),
    ("V", "2.2", "curators_total", "Общее количество кураторов по внедрению целевой модели наставничества в ОО муниципального округа, чел.", 14, None, None, "—"),
    ("V", "2.3", "mentors_total", "Количество наставников образовательных организаций (по приказам ОО), чел.", m_mentors, None, None, "—"),
    ("V", "2.4", "mentees_total", "Количество наставляемых образовательных организаций (по приказам ОО), чел.", m_mentees, None, None, "—"),
    ("V", "2.5", "share_orgs_teachers_system", "Доля образовательных организаций муниципального округа, реализующих систему наставничества педагогических работников, %", pct(m_reg_t, m_orgs_total), None, None, 100),
    ("V", "2.6", "share_orgs_students_system", "Доля образовательных организаций муниципального округа, реализующих систему наставничества обучающихся, %", pct(m_reg_s, m_orgs_total), None, None, 100),
    ("V", "2.7", "internal_monitoring_notes", "Количество информационных справок ОО по итогам внутреннего мониторинга, ед.", 10, None, None, "—"),
    ("D", "2.8", "Доля общеобразовательных организаций, реализующих систему наставничества обучающихся, %", 88.89, None, None, 100),
    ("H", "5", "Включённость обучающихся от 10 до 19 лет в программы наставничества в роли наставляемого"),
    ("V", "5.1", "students_10_19", "Общее количество обучающихся в возрасте от 10 до 19 лет в ОО муниципального округа, чел.", m_s1019, None, None, "—"),
    ("V", "5.2", "mentees_10_19", "Количество обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого, чел.", m_m1019, None, None, "—"),
    ("V", "5.3", "share_mentees_10_19", "Доля обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого, %", pct(m_m1019, m_s1019), None, None, 15),
    ("H", "6", "Включённость обучающихся от 15 до 19 лет в программы наставничества в роли наставника"),
    ("V", "6.1", "students_15_19", "Общее количество обучающихся в возрасте от 15 до 19 лет в ОО муниципального округа, чел.", m_s1519, None, None, "—"),
    ("V", "6.2", "mentors_15_19", "Количество наставников из числа обучающихся 15–19 лет (по приказам ОО), чел.", m_m1519, None, None, "—"),
    ("V", "6.3", "share_mentors_15_19", "Доля обучающихся 15–19 лет, вошедших в программы наставничества в роли наставника, %", pct(m_m1519, m_s1519), None, None, 20),
    ("H", "9", "Обеспечение непрерывного профессионального развития педагогических работников"),
    ("V", "9.1", "teachers_municipal", "Количество педагогических работников муниципального округа, чел.", m_teachers, None, None, "—"),
    ("V", "9.2", "kpk_trained", "Количество педагогов, обучившихся на КПК по вопросам наставничества (за 2024 календарный год), чел.", m_kpk, None, None, "—"),
    ("V", "9.3", "municipal_methodical_associations", "Количество муниципальных методических объединений (сообществ) наставников, ед.", 2, UO + "prikaz_MMO_nastavnikov.pdf", None, 1),
    ("H", "10", "Включённость педагогов в программы наставничества в роли наставника"),
    ("V", "10.1", "young_specialists_municipal", "Общее количество молодых специалистов (до 35 лет, первые три года работы) в муниципальном округе, чел.", m_ys, None, None, "—"),
    ("V", "10.2", "teachers_mentors", "Количество педагогов-наставников, участвующих в программах наставничества, чел.", m_tment, None, None, "—"),
    ("V", "10.3", "share_teachers_mentors", "Доля педагогов, участвующих в программах наставничества в роли наставника, %", pct(m_tment, m_teachers), None, None, 25),
    ("H", "11", "Стимулирование процесса наставничества"),
    ("V", "11.1", "pay_acts", "Общее количество локальных актов ОО об оплате работы наставника, ед.", 9, None, None, "—"),
    ("V", "11.2", "nonmaterial_acts", "Общее количество локальных актов ОО о нематериальном поощрении наставника, ед.", 11, None, None, "—"),
    ("H", "12", "Информационное сопровождение"),
    ("V", "12.1", "best_practices", "Количество лучших практик наставничества, размещённых на информационных ресурсах МО и сайте регионального сообщества педагогов (за 2024 год)", 3, "https://zarpol-obr.gosuslugi.ru/deyatelnost/nastavnichestvo/luchshie-praktiki/", None, 2),
    ("V", "12.2", "contests", "Количество проведённых в муниципальном округе профессиональных конкурсов по наставничеству (за 2024 год)", 1, UO + "polozhenie_konkurs_Nastavnik_goda_2024.pdf", None, 1),
    ("H", "13", "Сетевое сообщество наставников"),
    ("V", "13.1", "network_community", "Наличие сетевого сообщества педагогов-наставников (1 – да / 0 – нет)", 1, None, None, "1"),
    ("V", "13.2", "network_mentors", "Количество сетевых наставников (по приказу министерства образования области об организации сетевого наставничества), чел.", 4, None, None, 5),
]
f5_ref = [
    ("1.1", "Наличие приказа органа управления образованием о реализации целевой модели наставничества в муниципальном округе (1 – да / 0 – нет)", "да/нет"),
    ("1.5", "Наличие информационно-аналитической справки МО по итогам мониторинга (1 – да / 0 – нет)", "да/нет"),
    ("2.5", "Доля образовательных организаций муниципального округа, реализующих систему наставничества педагогических работников", "%"),
    ("2.6", "Доля образовательных организаций муниципального округа, реализующих систему наставничества обучающихся", "%"),
    ("5.2", "Количество обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого", "чел."),
    ("6.3", "Доля обучающихся 15–19 лет, вошедших в программы наставничества в роли наставника", "%"),
    ("12.1", "Количество лучших практик наставничества, размещённых на информационных ресурсах МО и сайте регионального сообщества педагогов (за календарный год)", "ед."),
]
f5_top = [PORTAL,
          "Форма ЦМН-МО «Мониторинг реализации целевой модели наставничества: муниципальный уровень»",
          ("Муниципальное образование:", MUNI),
          ("Орган управления образованием:", "Управление образования Администрации Заречно-Полянского муниципального округа"),
          ("Отчётный период:", "2024 год"),
          ("Статус:", "Направлена в РЦ 24.01.2025")]
F5 = "forma_CMN-MO_Zarechno-Polyanskiy_2024.xlsx"
record(F5, None, write_vertical(F5, "Форма ЦМН-МО", f5_top,
                                ["Код", "Показатель", "Целевое значение (областное)", "Значение МО за 2024 год", "Подтверждающий документ"],
                                [r if r[0] == "H" else r for r in f5_rows], 70, True, None, year_col=True,
                                widths={"A": 7, "B": 75, "C": 16, "D": 16, "E": 70},
                                extra=add_reference_sheet(f5_ref, ("Код", "Полное наименование показателя", "Ед. изм."))))

# ================================================================ F6: ДДТ, cut at 60 without «…» (mid-word)
DD = "https://zp-ddt.gosuslugi.ru/netcat_files/nastavnichestvo/"
f6_org = ORGS["ddt"][0]
f6_rows = [
    ("H", "I", "Нормативное и организационное обеспечение реализации целевой модели наставничества"),
    ("V", "1", "orgs_regulation_teachers", "Положение о системе наставничества педагогических работников утверждено в учреждении (да/нет)", "Да", DD + "polozhenie_pedagogi.pdf", None),
    ("V", "2", "orgs_regulation_students", "Положение о системе наставничества обучающихся утверждено в учреждении (да/нет)", "Да", DD + "polozhenie_obuchayushchiesya.pdf", None),
    ("V", "3", "orgs_monitoring_order", "Приказ о мониторинге реализации целевой модели наставничества в учреждении (да/нет)", "Да", DD + "prikaz_monitoring.pdf", None),
    ("V", "4", "curators_total", "Кураторы внедрения целевой модели наставничества в учреждении, чел.", 1, DD + "prikaz_kurator.pdf", None),
    ("V", "5", "mentors_total", "Наставники учреждения, утверждённые приказом (все категории), чел.", DDT["mentors"], DD + "baza_nastavnikov.pdf", None),
    ("V", "6", "mentees_total", "Наставляемые учреждения, утверждённые приказом (все категории), чел.", DDT["mentees"], DD + "baza_nastavlyaemyh.pdf", None),
    ("V", "7", "internal_monitoring_notes", "Информационная справка учреждения по итогам внутреннего мониторинга (да/нет)", "Да", DD + "spravka_vnutrenniy_monitoring_2024.pdf", None),
    ("H", "II", "Персонализированные программы наставничества"),
    ("V", "8", "pp_total", "Персонализированные программы наставничества, всего по всем формам, ед.", 12, DD + "pp_2024.pdf", None),
    ("V", "9", "pp_pupil_pupil", "Персонализированные программы по форме «ученик – ученик», ед.", 5, None, None),
    ("V", "10", "pp_teacher_pupil", "Персонализированные программы по форме «учитель – ученик», ед.", 6, None, None),
    ("V", "11", "pp_teacher_teacher", "Персонализированные программы по форме «педагог – педагог», ед.", 1, None, None),
    ("H", "III", "Обучающиеся в программах наставничества"),
    ("V", "12", "students_10_19", "Обучающиеся учреждения в возрасте от 10 до 19 лет, всего, чел.", DDT["s1019"], None, None),
    ("V", "13", "mentees_10_19", "Обучающиеся 10–19 лет, включённые в программы наставничества как наставляемые, чел.", DDT["m1019"], DD + "baza_nastavlyaemyh.pdf", None),
    ("V", "14", "mentees_gifted", "в т.ч. одарённые дети (из реестров), включённые как наставляемые, чел.", 11, None, None),
    ("V", "15", "mentees_risk", "в т.ч. обучающиеся «группы риска», включённые как наставляемые, чел.", 7, None, None),
    ("V", "16", "students_15_19", "Обучающиеся учреждения в возрасте от 15 до 19 лет, всего, чел.", DDT["s1519"], None, None),
    ("V", "17", "mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу), чел.", DDT["m1519"], DD + "baza_nastavnikov.pdf", None),
    ("H", "IV", "Удовлетворённость участием в программах наставничества"),
    ("A", "18", ["satisfaction_mentees", "satisfaction_mentors"], "Уровень удовлетворённости участием в завершённых программах наставничества — наставляемые, %", 94, "https://disk.yandex.ru/d/ddt-anketirovanie-2024", None),
    ("A", "19", ["satisfaction_mentees", "satisfaction_mentors"], "Уровень удовлетворённости участием в завершённых программах наставничества — наставники, %", 90, "https://disk.yandex.ru/d/ddt-anketirovanie-2024", None),
    ("H", "V", "Педагогические работники в программах наставничества"),
    ("V", "20", "teachers_other", "Педагогические работники учреждения (кроме молодых специалистов), чел.", 24, None, None),
    ("V", "21", "young_specialists", "Молодые специалисты (до 35 лет, первые три года работы) в учреждении, чел.", 2, None, None),
    ("V", "22", "young_specialists_mentees", "Молодые специалисты в роли наставляемых, чел.", 2, DD + "baza_nastavlyaemyh.pdf", None),
    ("V", "23", "teachers_other_mentees", "Педагоги (кроме молодых специалистов) в роли наставляемых, чел.", 4, DD + "baza_nastavlyaemyh.pdf", None),
    ("V", "24", "teachers_mentors", "Педагоги учреждения в роли наставников, чел.", DDT["tment"], DD + "baza_nastavnikov.pdf", None),
    ("V", "25", "kpk_trained", "Педагоги, обучившиеся на КПК по наставничеству в 2024 г., чел.", DDT["kpk"], "https://cloud.mail.ru/public/DdT4/kpk-2024", None),
]
f6_top = [PORTAL,
          ("Форма:", "ЦМН-ОО (учреждения дополнительного образования)"),
          ("Полное наименование:", "Муниципальное бюджетное учреждение дополнительного образования «Заречнополянский Дом детского творчества»"),
          ("Краткое наименование:", f6_org),
          ("ИНН:", ORGS["ddt"][1]),
          ("Отчётный период:", "2024 год")]
F6 = "export_CMN-OO_2024_ZP_DDT.xlsx"
record(F6, f6_org, write_vertical(F6, "Лист1", f6_top,
                                  ["№", "Наименование показателя", "Значение", "Ссылка на документ"],
                                  f6_rows, 60, False, f6_org,
                                  widths={"A": 5, "B": 64, "C": 14, "D": 60}))

# ---------------------------------------------------------------- outputs
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
    json.dump({"note": "LibreOffice not used; files written by openpyxl only. 'kind' is value or link; "
                       "'ambiguous' lists cells left out of expected values because the cut title cannot tell near twins apart.",
               "cells": CELLS, "ambiguous": AMBIGUOUS}, fh, ensure_ascii=False, indent=1)

nv = sum(len(e["values"]) if isinstance(e["values"], dict) else sum(len(v) for v in e["values"]) for e in EXPECTED)
nl = sum(len(e["links"]) if isinstance(e["links"], dict) else sum(len(v) for v in e["links"]) for e in EXPECTED)

# verbatim statistics against the catalogue (only printed; the catalogue is read, never copied wholesale)
CAT = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
if os.path.exists(CAT):
    import csv
    norm = lambda t: re.sub(r"\s+", " ", t.replace("ё", "е").replace("Ё", "Е").lower()).strip()
    cat = []
    with open(CAT, encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if rec[k]:
                    cat.append(norm(rec[k]))
    wide_w = [(cid, w, cut(w, 45, True)) for _, cid, w, fmt in wide_cols if cid and fmt != "link"]
    rows = WORDINGS + wide_w
    verb = [w for _, w, _ in rows if norm(w) in cat]
    print(f"verbatim catalogue wordings: {len(verb)} of {len(rows)} distinct value rows/columns")
print(f"files={len(EXPECTED)} values={nv} links={nl} ambiguous_cells={len(AMBIGUOUS)}")
