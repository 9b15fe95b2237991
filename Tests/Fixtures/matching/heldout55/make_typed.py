#!/usr/bin/env python3
"""heldout55 — a district methodologist's workbooks with a sheet per school.

Invented municipality: Краснокамышинский район (г. Краснокамышинск), Удмуртская Республика.
The methodologist of the district ИМЦ keeps one workbook per cluster («куст») of schools:
  1. ЦМН_2024_Северный_куст.xlsx      — 3 schools + hidden sheet of a school closed in 2024 (2023 data)
  2. Мониторинг ЦМН 2024 город.xlsx    — 4 town schools, year stated once (sheet «Инструкция»)
  3. наставничество_сельские_школы_2024.xlsx — 4 rural schools, «Факт 2024» / «План 2025»
Every workbook has «Инструкция» and «Свод» (formulas over the school sheets).  The files are
written with openpyxl and then re-saved through LibreOffice so that every formula carries a
cached value.  Deterministic: fixed data only.

Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECT_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

YESNO = {"да": 1, "Да": 1, "ДА": 1, "имеется": 1, "есть": 1, "нет": 0, "Нет": 0, "НЕТ": 0, "отсутствует": 0}


class F:
    """A formula cell with the value that LibreOffice will cache (as the cell stores it)."""

    def __init__(self, formula, cached):
        self.formula = formula
        self.cached = cached


def expected_of(raw, fmt, unit):
    """The expected value of a raw cell (what a careful methodologist reads)."""
    if isinstance(raw, F):
        raw = raw.cached
    if isinstance(raw, str) and raw.strip() in YESNO:
        return YESNO[raw.strip()]
    if unit in ("text", "list"):
        return raw
    if isinstance(raw, str):
        raw = float(raw.replace(",", ".").strip())
    if fmt and "%" in fmt:
        v = raw * 100
    else:
        v = raw
    v = round(v, 6)
    if float(v).is_integer():
        v = int(v)
    return v


UNITS = {}
with open(str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv"), encoding="utf-8") as fh:
    next(fh)
    for line in fh:
        parts = line.rstrip("\n").split("\t")
        UNITS[parts[0]] = parts[2]

EXPECTED = []
CELLS = []


def style_table(ws, first_row, last_row, ncols):
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.border = BORDER
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


def put(ws, coord, raw, fmt=None):
    cell = ws[coord]
    if isinstance(raw, F):
        cell.value = raw.formula
    else:
        cell.value = raw
    if fmt:
        cell.number_format = fmt
    return cell


# ---------------------------------------------------------------------------------------------
# Workbook 1: «Северный куст» — each sheet states the year in its title; column «2024».
# ---------------------------------------------------------------------------------------------
W1_ROWS = [
    ("h", "1. Нормативная база ЦМН в школе"),
    ("c", "orgs_regulation_teachers", "1.1", "Приказ об утверждении Положения о наставничестве педагогических работников (да/нет)"),
    ("c", "orgs_regulation_students", "1.2", "Приказ об утверждении Положения о наставничестве обучающихся (да/нет)"),
    ("c", "orgs_monitoring_order", "1.3", "Приказ о проведении мониторинга ЦМН в школе (да/нет)"),
    ("d", "roadmap", "1.4", "Дорожная карта ЦМН на 2024-2025 уч. год (да/нет)"),
    ("c", "internal_monitoring_notes", "1.5", "Справка по итогам внутреннего мониторинга (да/нет)"),
    ("h", "2. Участники программ наставничества"),
    ("c", "curators_total", "2.1", "Кураторы ЦМН в школе, чел."),
    ("c", "mentors_total", "2.2", "Наставники по приказу, всего чел."),
    ("c", "mentees_total", "2.3", "Наставляемые по приказу, всего чел."),
    ("d", "pairs", "2.4", "Наставнические пары/группы, всего"),
    ("c", "students_10_19", "2.5", "Обучающиеся 10–19 лет, всего в школе"),
    ("c", "mentees_10_19", "2.6", "из них в роли наставляемых"),
    ("c", "mentees_risk", "2.6.1", "в т.ч. «группа риска»"),
    ("c", "mentees_disabled", "2.6.2", "в т.ч. дети с ОВЗ, дети-инвалиды"),
    ("c", "mentees_gifted", "2.6.3", "в т.ч. одарённые (в реестре)"),
    ("c", "students_15_19", "2.7", "Обучающиеся 15–19 лет, всего"),
    ("c", "mentors_15_19", "2.8", "из них наставники (по приказу)"),
    ("c", "young_specialists", "2.9", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего"),
    ("c", "young_specialists_mentees", "2.10", "из них наставляемые"),
    ("c", "teachers_mentors", "2.11", "Педагоги в роли наставника, чел."),
    ("h", "3. Персонализированные программы наставничества (ППН)"),
    ("c", "pp_total", "3.1", "ППН, всего"),
    ("c", "pp_pupil_pupil", "3.2", "форма «ученик – ученик»"),
    ("c", "pp_teacher_teacher", "3.3", "форма «учитель – учитель»"),
    ("c", "pp_head_teacher", "3.4", "форма «руководитель – педагог»"),
    ("c", "pp_teacher_pupil", "3.5", "форма «учитель – ученик»"),
    ("h", "4. Удовлетворённость завершёнными программами (анкетирование), %"),
    ("c", "satisfaction_mentors", "4.1", "наставники"),
    ("c", "satisfaction_mentees", "4.2", "наставляемые"),
    ("h", "5. Профессиональное развитие"),
    ("c", "kpk_trained", "5.1", "Прошли КПК по наставничеству в 2024 г., чел."),
    ("c", "school_methodical_associations", "5.2", "ШМО (методобъединения) наставников, кол-во"),
]

G2 = "https://shkola2-krasnokamyshinsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
GIM = "https://gimnazia-krasnokamyshinsk.edu.ru/nastavnichestvo/"
KL = "https://kluchi-oosh.gosuslugi.ru/netcat_files/32/71/"
BOR = "https://bor-oosh.gosuslugi.ru/netcat_files/18/40/"

W1_SCHOOLS = [
    {
        "sheet": "СОШ2",
        "title": "Мониторинг реализации ЦМН за 2024 год",
        "organisation": "СОШ2",
        "year_col": "2024",
        "executor": "Исполнитель: Сабурова И.Г., зам. директора по ВР, тел. 8(34150)2-14-37",
        "vals": {
            "orgs_regulation_teachers": "да", "orgs_regulation_students": "да", "orgs_monitoring_order": "да",
            "internal_monitoring_notes": "да", "curators_total": 1, "mentors_total": 41, "mentees_total": 76,
            "students_10_19": 512, "mentees_10_19": 64, "mentees_risk": 9, "mentees_disabled": 6,
            "mentees_gifted": 11, "students_15_19": 118, "mentors_15_19": 22, "young_specialists": 7,
            "young_specialists_mentees": 7, "teachers_mentors": 19, "pp_total": 38, "pp_pupil_pupil": 20,
            "pp_teacher_teacher": 12, "pp_head_teacher": 2, "pp_teacher_pupil": 4,
            "satisfaction_mentors": 91, "satisfaction_mentees": 86, "kpk_trained": 2,
            "school_methodical_associations": 1,
        },
        "decoys": {"roadmap": "да", "pairs": 52},
        "links": {
            "orgs_regulation_teachers": G2 + "Prikaz_Polozhenie_nastavnichestvo_pedagogov_2024.pdf",
            "orgs_regulation_students": G2 + "Prikaz_Polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
            "orgs_monitoring_order": G2 + "Prikaz_o_monitoringe_TsMN_2024.pdf",
            "internal_monitoring_notes": G2 + "Spravka_vnutrenniy_monitoring_TsMN_2024.pdf",
            "curators_total": G2 + "Prikaz_o_naznachenii_kuratora_TsMN.pdf",
            "mentors_total": G2 + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf",
            "mentees_total": G2 + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf",
            "mentees_10_19": G2 + "Baza_nastavlyaemyh_2024.pdf",
            "mentors_15_19": G2 + "Baza_nastavnikov_2024.pdf",
            "pp_total": G2 + "Personalizirovannye_programmy_2024.pdf",
            "satisfaction_mentors": "https://disk.yandex.ru/d/Kr2sosh_anketa_nastavniki_2024",
            "satisfaction_mentees": "https://disk.yandex.ru/d/Kr2sosh_anketa_nastavlyaemye_2024",
            "kpk_trained": G2 + "Udostovereniya_KPK_nastavnichestvo_2024.pdf",
        },
        "notes": {"pp_total": "программы утверждены приказом от 02.09.2024 № 214-од"},
    },
    {
        "sheet": "Гимн",
        "title": "Мониторинг реализации ЦМН за 2024 год: Краснокамышинская гимназия",
        "organisation": "Краснокамышинская гимназия",
        "year_col": "2024",
        "executor": "Исполнитель: Рябова Т.С., зам. директора по НМР, тел. 8(34150)2-40-11",
        "vals": {
            "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да", "orgs_monitoring_order": "Да",
            "internal_monitoring_notes": "Да", "curators_total": 2, "mentors_total": 71, "mentees_total": 107,
            "students_10_19": 640, "mentees_10_19": 97, "mentees_risk": 4, "mentees_disabled": 3,
            "mentees_gifted": 38, "students_15_19": 190, "mentors_15_19": 45, "young_specialists": 5,
            "young_specialists_mentees": 4, "teachers_mentors": 24, "pp_total": 52, "pp_pupil_pupil": 31,
            "pp_teacher_teacher": 14, "pp_head_teacher": 3, "pp_teacher_pupil": 4,
            "satisfaction_mentors": 94, "satisfaction_mentees": 89, "kpk_trained": 3,
            "school_methodical_associations": 2,
        },
        "decoys": {"roadmap": "Да", "pairs": 80},
        "links": {
            "orgs_regulation_teachers": GIM + "polozhenie_pedagogi_2024.pdf",
            "orgs_regulation_students": GIM + "polozhenie_obuchayushchiesya_2024.pdf",
            "orgs_monitoring_order": GIM + "prikaz_monitoring_2024.pdf",
            "internal_monitoring_notes": GIM + "spravka_monitoring_dek2024.pdf",
            "curators_total": GIM + "prikaz_kuratory.pdf",
            "mentors_total": GIM + "prikaz_pary_2024-2025.pdf",
            "mentees_total": GIM + "prikaz_pary_2024-2025.pdf",
            "mentees_10_19": GIM + "baza_nastavlyaemyh.pdf",
            "mentees_gifted": GIM + "reestr_odarennyh_2024.pdf",
            "mentors_15_19": GIM + "baza_nastavnikov.pdf",
            "pp_total": GIM + "ppn_2024.pdf",
            "kpk_trained": "https://cloud.mail.ru/public/Gk7x/KPK_nastavnichestvo_2024",
            "school_methodical_associations": GIM + "prikaz_ShMO_nastavnikov.pdf",
        },
        "notes": {"school_methodical_associations": "ШМО наставников педагогов и ШМО наставников-старшеклассников"},
    },
    {
        # copied from «Гимн»: the title line still names the gymnasium
        "sheet": "ООШ д.Ключи",
        "title": "Мониторинг реализации ЦМН за 2024 год: Краснокамышинская гимназия",
        "organisation": "ООШ д.Ключи",
        "year_col": "2024",
        "executor": "Исполнитель: Пестова Л.Н., учитель географии, куратор ЦМН, тел. 8(34150)5-31-08",
        "vals": {
            "orgs_regulation_teachers": "да", "orgs_regulation_students": "да", "orgs_monitoring_order": "нет",
            "internal_monitoring_notes": "да", "curators_total": 1, "mentors_total": 6, "mentees_total": 10,
            "students_10_19": 41, "mentees_10_19": 9, "mentees_risk": 3, "mentees_disabled": 2,
            "mentees_gifted": 0, "students_15_19": 6, "mentors_15_19": 2, "young_specialists": 1,
            "young_specialists_mentees": 1, "teachers_mentors": 4, "pp_total": 5, "pp_pupil_pupil": 2,
            "pp_teacher_teacher": 1, "pp_head_teacher": None, "pp_teacher_pupil": 2,
            "satisfaction_mentors": 100, "satisfaction_mentees": 95, "kpk_trained": 0,
            "school_methodical_associations": 0,
        },
        "decoys": {"roadmap": "да", "pairs": 7},
        "links": {
            "orgs_regulation_teachers": KL + "Polozhenie_o_nastavnichestve_pedagogov.pdf",
            "orgs_regulation_students": KL + "Polozhenie_o_nastavnichestve_uchashchihsya.pdf",
            "internal_monitoring_notes": KL + "Spravka_monitoring_TsMN_2024.pdf",
            "mentors_total": KL + "Prikaz_nastavniki_2024.pdf",
            "mentees_total": KL + "Prikaz_nastavniki_2024.pdf",
            "mentees_10_19": KL + "Prikaz_nastavniki_2024.pdf",
        },
        "notes": {"orgs_monitoring_order": "приказ будет издан в январе 2025"},
    },
]

# hidden sheet: the school closed in 2024, its 2023 form is kept for reference (not a 2024 form)
W1_HIDDEN = {
    "sheet": "ООШ с.Бор",
    "title": "Мониторинг реализации ЦМН за 2023 год: Борская ООШ",
    "year_col": "2023",
    "executor": "Исполнитель: Гусева В.П., директор, тел. 8(34150)5-72-19",
    "vals": {
        "orgs_regulation_teachers": "да", "orgs_regulation_students": "нет", "orgs_monitoring_order": "да",
        "internal_monitoring_notes": "да", "curators_total": 1, "mentors_total": 4, "mentees_total": 7,
        "students_10_19": 23, "mentees_10_19": 6, "mentees_risk": 2, "mentees_disabled": 1,
        "mentees_gifted": 0, "students_15_19": 3, "mentors_15_19": 1, "young_specialists": 0,
        "young_specialists_mentees": 0, "teachers_mentors": 3, "pp_total": 3, "pp_pupil_pupil": 1,
        "pp_teacher_teacher": 0, "pp_head_teacher": 0, "pp_teacher_pupil": 2,
        "satisfaction_mentors": 100, "satisfaction_mentees": 100, "kpk_trained": 0,
        "school_methodical_associations": 0,
    },
    "decoys": {"roadmap": "да", "pairs": 5},
    "links": {
        "orgs_regulation_teachers": BOR + "Polozhenie_nastavnichestvo_2023.pdf",
        "mentors_total": BOR + "Prikaz_nastavniki_2023.pdf",
    },
    "notes": {},
}


def w1_sheet(wb, s, record=True, file_rel=None):
    ws = wb.create_sheet(s["sheet"])
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 11
    ws.column_dimensions["D"].width = 58
    ws.column_dimensions["E"].width = 34
    ws.merge_cells("A1:E1")
    ws["A1"] = s["title"]
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:E2")
    ws["A2"] = "(данные на 31.12.%s; заполняет куратор ЦМН в ОО)" % s["year_col"]
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["№", "Показатель", s["year_col"], "Ссылка на подтверждающий документ", "Примечание"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = CENTER
    r = 5
    pos = {}
    headings, not_crit = [], []
    values, links = {}, {}
    dv = DataValidation(type="list", formula1='"да,нет,Да,Нет"', allow_blank=True)
    ws.add_data_validation(dv)
    for row in W1_ROWS:
        if row[0] == "h":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1, row[1]).font = BOLD
            for c in range(1, 6):
                ws.cell(r, c).fill = SECT_FILL
            headings.append(row[1])
        elif row[0] == "d":
            _, key, num, text = row
            ws.cell(r, 1, num)
            ws.cell(r, 2, text)
            ws.cell(r, 3, s["decoys"][key])
            not_crit.append(text)
        else:
            _, crit, num, text = row
            ws.cell(r, 1, num)
            ws.cell(r, 2, text)
            raw = s["vals"].get(crit)
            if raw is not None:
                ws.cell(r, 3, raw)
                if UNITS[crit] == "yesno":
                    dv.add(ws.cell(r, 3))
                pos[crit] = r
                exp = expected_of(raw, None, UNITS[crit])
                values[crit] = exp
                if record:
                    CELLS.append(dict(file=file_rel, sheet=s["sheet"], organisation=s.get("organisation"),
                                      criterion=crit, kind="value", cell="C%d" % r, expected=exp))
            else:
                pos[crit] = r  # empty cell kept for the Свод formula
            if crit in s["links"]:
                ws.cell(r, 4, s["links"][crit])
                links[crit] = s["links"][crit]
                if record:
                    CELLS.append(dict(file=file_rel, sheet=s["sheet"], organisation=s.get("organisation"),
                                      criterion=crit, kind="link", cell="D%d" % r, expected=s["links"][crit]))
            if crit in s["notes"]:
                ws.cell(r, 5, s["notes"][crit])
        r += 1
    style_table(ws, 4, r - 1, 5)
    ws.cell(r + 1, 1, s["executor"])
    ws.freeze_panes = "C5"
    return ws, pos, values, links, headings, not_crit


def build_w1():
    name = "ЦМН_2024_Северный_куст.xlsx"
    rel = "typed/" + name
    wb = Workbook()
    ins = wb.active
    ins.title = "Инструкция"
    ins.column_dimensions["A"].width = 110
    lines = [
        ("Мониторинг реализации целевой модели наставничества (ЦМН) в ОО Краснокамышинского района за 2024 год", True),
        ("Северный куст: МБОУ СОШ № 2, гимназия, Ключевская ООШ", False),
        ("", False),
        ("1. Каждая школа заполняет СВОЙ лист (ярлычок внизу). Столбец «2024» — значения на 31.12.2024.", False),
        ("2. Да/нет — выбрать из списка. Количество — числом, без «чел.».", False),
        ("3. Ссылка — на документ на официальном сайте ОО (госвеб) или в облаке, доступ «для всех, у кого есть ссылка».", False),
        ("4. Удовлетворённость — % по итогам анкетирования участников завершённых программ.", False),
        ("5. Лист «Свод» считается автоматически, его не заполнять.", False),
        ("6. Борская ООШ закрыта с 01.09.2024 (реорганизация), её лист 2023 г. скрыт, в свод не входит.", False),
        ("", False),
        ("Срок сдачи — до 20.01.2025. Методист ИМЦ Ковалёва Е.А., тел. 8(34150)2-11-90, imc-krk@mail.ru", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        ins.cell(i, 1, t).font = Font(bold=b)
        ins.cell(i, 1).alignment = Alignment(wrap_text=True)
    positions = {}
    for s in W1_SCHOOLS:
        ws, pos, values, links, headings, not_crit = w1_sheet(wb, s, True, rel)
        positions[s["sheet"]] = pos
        EXPECTED.append({
            "file": rel, "sheet": s["sheet"], "year": YEAR, "organisation": s["organisation"],
            "values": values, "links": links, "not_criteria": not_crit, "headings": headings,
        })
    hid, _, _, _, _, _ = w1_sheet(wb, W1_HIDDEN, False, rel)
    hid.sheet_state = "hidden"
    svod(wb, "Свод по Северному кусту за 2024 год (без Борской ООШ)", [s["sheet"] for s in W1_SCHOOLS],
         positions, "C", [
             ("mentors_total", "Наставники по приказу"), ("mentees_total", "Наставляемые по приказу"),
             ("students_10_19", "Обучающиеся 10–19 лет"), ("mentees_10_19", "из них наставляемые"),
             ("students_15_19", "Обучающиеся 15–19 лет"), ("mentors_15_19", "из них наставники"),
             ("young_specialists", "Молодые специалисты"), ("young_specialists_mentees", "из них наставляемые"),
             ("teachers_mentors", "Педагоги-наставники"), ("pp_total", "ППН, всего"),
             ("kpk_trained", "КПК по наставничеству, чел."),
         ])
    return wb, name


def svod(wb, title, sheets, positions, col, rows, after=None):
    """«Свод»: formulas over the school sheets (not an organisation)."""
    ws = wb.create_sheet("Свод")
    ws.column_dimensions["A"].width = 40
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws.cell(3, 1, "Показатель").font = BOLD
    for j, sh in enumerate(sheets, 2):
        ws.cell(3, j, sh).font = BOLD
        ws.column_dimensions[get_column_letter(j)].width = 16
    tot_col = len(sheets) + 2
    ws.cell(3, tot_col, "Итого").font = BOLD
    for c in range(1, tot_col + 1):
        ws.cell(3, c).fill = HEAD_FILL
        ws.cell(3, c).alignment = CENTER
    r = 4
    for crit, label in rows:
        ws.cell(r, 1, label)
        for j, sh in enumerate(sheets, 2):
            ws.cell(r, j, "='%s'!%s%d" % (sh, col, positions[sh][crit]))
        ws.cell(r, tot_col, "=SUM(%s%d:%s%d)" % (get_column_letter(2), r, get_column_letter(tot_col - 1), r))
        ws.cell(r, tot_col).font = BOLD
        r += 1
    if after:
        r = after(ws, r, tot_col)
    style_table(ws, 3, r - 1, tot_col)
    return ws


# ---------------------------------------------------------------------------------------------
# Workbook 2: town schools — year stated once (Инструкция); «2023 (справочно)» column is a decoy.
# ---------------------------------------------------------------------------------------------
W2_ROWS = [
    ("h", "Нормативное обеспечение"),
    ("c", "orgs_regulation_teachers", "Положение о системе наставничества пед. работников утверждено приказом", "да/нет"),
    ("c", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом", "да/нет"),
    ("c", "orgs_monitoring_order", "Приказ о мониторинге ЦМН в ОО", "да/нет"),
    ("c", "pay_acts", "Локальные акты об оплате (доплате) за наставничество", "шт."),
    ("c", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", "шт."),
    ("h", "Организация процесса"),
    ("c", "curators_total", "Кураторы внедрения ЦМН", "чел."),
    ("c", "mentors_total", "База наставников (по приказу)", "чел."),
    ("c", "mentees_total", "База наставляемых (по приказу)", "чел."),
    ("d", "both", "Наставники и наставляемые, всего", "чел."),
    ("c", "agreements_edu_orgs", "Соглашения с другими ОО, сотрудники которых — наставники", "шт."),
    ("c", "agreements_other_orgs", "Соглашения с иными организациями (НКО, учреждения культуры, спорта и т.п.)", "шт."),
    ("c", "external_edu_mentors", "Наставники — сотрудники других ОО", "чел."),
    ("c", "other_org_mentors", "Наставники — сотрудники иных организаций", "чел."),
    ("h", "Обучающиеся"),
    ("c", "students_10_19", "Численность обучающихся 10–19 лет", "чел."),
    ("c", "mentees_10_19", "Наставляемые 10–19 лет", "чел."),
    ("c", "share_mentees_10_19", "Доля наставляемых 10–19 лет", "%"),
    ("d", "girls", "в т.ч. девочки-наставляемые", "чел."),
    ("c", "students_15_19", "Численность обучающихся 15–19 лет", "чел."),
    ("c", "mentors_15_19", "Наставники из обучающихся 15–19 лет", "чел."),
    ("c", "share_mentors_15_19", "Доля наставников 15–19 лет", "%"),
    ("h", "Педагоги"),
    ("c", "young_specialists", "Молодые специалисты (до 35 лет, первые 3 года работы)", "чел."),
    ("c", "young_specialists_mentees", "МС — наставляемые", "чел."),
    ("c", "young_specialists_mentors", "МС — наставники", "чел."),
    ("c", "teachers_other", "Педагоги, кроме МС", "чел."),
    ("c", "teachers_other_mentees", "Педагоги, кроме МС, — наставляемые", "чел."),
    ("c", "share_teachers_mentees", "Доля педагогов-наставляемых (МС + остальные)", "%"),
    ("c", "teachers_mentors", "Педагоги-наставники", "чел."),
    ("c", "teachers_in_pp", "Педагоги, участвующие в ППН", "чел."),
    ("h", "Удовлетворённость участием в завершённых программах"),
    ("c", "satisfaction_mentees", "наставляемых", "%"),
    ("c", "satisfaction_mentors", "наставников", "%"),
]

L1 = "https://licey1-krasnokamyshinsk.gosuslugi.ru/netcat_files/44/102/"
S1 = "https://shkola1-krasnokamyshinsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
S3 = "https://sosh3-krasnokamyshinsk.gosuslugi.ru/netcat_files/25/55/"
S4 = "https://school4-krk.edu.ru/svedeniya/nastavnichestvo/"

LONG4 = "МБОУ Краснокамышинская СОШ №4 с углублённым изучением отдельных предметов"


def w2_school(sheet, name_cell, organisation, executor, v, pct_sat, links, prev, decoys, notes=None):
    return dict(sheet=sheet[:31], name_cell=name_cell, organisation=organisation, executor=executor,
                vals=v, pct_sat=pct_sat, links=links, prev=prev, decoys=decoys, notes=notes or {})


W2_SCHOOLS = [
    w2_school(
        "Лицей_1", "МАОУ «Лицей № 1 г. Краснокамышинска»", "МАОУ «Лицей № 1 г. Краснокамышинска»",
        "Исполнитель: Мельникова А.В., зам. директора по УВР, 8(34150)2-03-56",
        dict(orgs_regulation_teachers="да", orgs_regulation_students="да", orgs_monitoring_order="да",
             pay_acts=1, nonmaterial_acts=1, curators_total=2, mentors_total=84, mentees_total=158,
             agreements_edu_orgs=2, agreements_other_orgs=1, external_edu_mentors=3, other_org_mentors=2,
             students_10_19=820, mentees_10_19=142, students_15_19=265, mentors_15_19=48,
             young_specialists=9, young_specialists_mentees=9, young_specialists_mentors=2,
             teachers_other=58, teachers_other_mentees=7, teachers_mentors=31, teachers_in_pp=40,
             satisfaction_mentees=0.88, satisfaction_mentors=0.93),
        True,
        {"orgs_regulation_teachers": L1 + "Polozhenie_o_sisteme_nastavnichestva_pedrabotnikov.pdf",
         "orgs_regulation_students": L1 + "Polozhenie_o_nastavnichestve_obuchayushchihsya.pdf",
         "orgs_monitoring_order": L1 + "Prikaz_monitoring_TsMN_2024.pdf",
         "pay_acts": L1 + "Polozhenie_ob_oplate_truda_izm_2024.pdf",
         "nonmaterial_acts": L1 + "Polozhenie_o_nematerialnom_pooshchrenii.pdf",
         "curators_total": L1 + "Prikaz_kuratory_TsMN.pdf",
         "mentors_total": L1 + "Prikaz_baza_nastavnikov_2024.pdf",
         "mentees_total": L1 + "Prikaz_baza_nastavlyaemyh_2024.pdf",
         "agreements_edu_orgs": "https://disk.yandex.ru/d/licey1_soglasheniya_UdGU_GGPI",
         "agreements_other_orgs": L1 + "Soglashenie_ANO_Istoki.pdf",
         "external_edu_mentors": L1 + "Prikaz_vneshnie_nastavniki_2024.pdf",
         "other_org_mentors": L1 + "Prikaz_vneshnie_nastavniki_2024.pdf",
         "mentees_10_19": L1 + "Prikaz_baza_nastavlyaemyh_2024.pdf",
         "mentors_15_19": L1 + "Prikaz_baza_nastavnikov_2024.pdf",
         "young_specialists_mentees": L1 + "Prikaz_MS_nastavniki_2024.pdf",
         "teachers_mentors": L1 + "Prikaz_baza_nastavnikov_2024.pdf",
         "teachers_in_pp": L1 + "PPN_pedagogi_2024.pdf",
         "satisfaction_mentees": "https://disk.yandex.ru/i/licey1_anketirovanie_itogi_2024",
         "satisfaction_mentors": "https://disk.yandex.ru/i/licey1_anketirovanie_itogi_2024"},
        dict(mentors_total=77, mentees_total=140, students_10_19=801, mentees_10_19=131, mentors_15_19=41,
             young_specialists=8, satisfaction_mentees=0.85, satisfaction_mentors=0.9),
        {"both": 242, "girls": 75},
    ),
    w2_school(
        "СОШ1", None, "СОШ1",
        "Исполнитель: Долгих С.М., педагог-организатор, 8(34150)2-22-70",
        dict(orgs_regulation_teachers="да", orgs_regulation_students="да", orgs_monitoring_order="да",
             pay_acts=1, nonmaterial_acts=0, curators_total=1, mentors_total=44, mentees_total=96,
             agreements_edu_orgs=0, agreements_other_orgs=1, external_edu_mentors=0, other_org_mentors=1,
             students_10_19=604, mentees_10_19=88, students_15_19=140, mentors_15_19=25,
             young_specialists=6, young_specialists_mentees=5, young_specialists_mentors=0,
             teachers_other=44, teachers_other_mentees=3, teachers_mentors=18, teachers_in_pp=21,
             satisfaction_mentees=85, satisfaction_mentors=90),
        False,
        {"orgs_regulation_teachers": S1 + "Prikaz_155_Polozhenie_nastavnichestvo.pdf",
         "orgs_regulation_students": S1 + "Prikaz_155_Polozhenie_nastavnichestvo.pdf",
         "orgs_monitoring_order": S1 + "Prikaz_monitoring_2024.pdf",
         "pay_acts": S1 + "Polozhenie_o_stimuliruyushchih_vyplatah.pdf",
         "mentors_total": S1 + "Baza_nastavnikov_i_nastavlyaemyh_2024.pdf",
         "mentees_total": S1 + "Baza_nastavnikov_i_nastavlyaemyh_2024.pdf",
         "agreements_other_orgs": S1 + "Dogovor_Molodezhnyy_tsentr_Start.pdf",
         "mentees_10_19": S1 + "Baza_nastavnikov_i_nastavlyaemyh_2024.pdf",
         "mentors_15_19": S1 + "Baza_nastavnikov_i_nastavlyaemyh_2024.pdf"},
        dict(mentors_total=40, mentees_total=90, students_10_19=590, mentees_10_19=80),
        {"both": 140, "girls": 41},
    ),
    w2_school(
        # copied from «Лицей_1»: the name line at the top still names the lyceum
        "СОШ3", "МАОУ «Лицей № 1 г. Краснокамышинска»", "МБОУ «СОШ № 3»",
        "Исполнитель: Зайцева О.В., зам. директора по УВР МБОУ «СОШ № 3», 8(34150)2-51-14",
        dict(orgs_regulation_teachers="да", orgs_regulation_students="да", orgs_monitoring_order="да",
             pay_acts=0, nonmaterial_acts=1, curators_total=1, mentors_total=27, mentees_total=57,
             agreements_edu_orgs=1, agreements_other_orgs=0, external_edu_mentors=1, other_org_mentors=0,
             students_10_19=455, mentees_10_19=51, students_15_19=92, mentors_15_19=14,
             young_specialists=4, young_specialists_mentees=4, young_specialists_mentors=0,
             teachers_other=37, teachers_other_mentees=2, teachers_mentors=12, teachers_in_pp=14,
             satisfaction_mentees=0.81, satisfaction_mentors=0.87),
        True,
        {"orgs_regulation_teachers": S3 + "Polozhenie_nastavnichestvo_pedagogov.pdf",
         "orgs_regulation_students": S3 + "Polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
         "orgs_monitoring_order": S3 + "Prikaz_o_monitoringe.pdf",
         "nonmaterial_acts": S3 + "Polozhenie_o_moralnom_pooshchrenii.pdf",
         "mentors_total": S3 + "Prikaz_nastavnicheskie_pary_2024.pdf",
         "mentees_total": S3 + "Prikaz_nastavnicheskie_pary_2024.pdf",
         "agreements_edu_orgs": S3 + "Soglashenie_s_Krasnokamyshinskim_kolledzhem.pdf",
         "external_edu_mentors": S3 + "Soglashenie_s_Krasnokamyshinskim_kolledzhem.pdf",
         "mentees_10_19": S3 + "Prikaz_nastavnicheskie_pary_2024.pdf",
         "mentors_15_19": S3 + "Prikaz_nastavnicheskie_pary_2024.pdf",
         "young_specialists_mentees": S3 + "Prikaz_nastavnicheskie_pary_2024.pdf",
         "teachers_mentors": S3 + "Prikaz_nastavnicheskie_pary_2024.pdf"},
        dict(mentors_total=25, mentees_total=49, students_10_19=448, mentees_10_19=45, mentors_15_19=12),
        {"both": 84, "girls": 28},
        {"external_edu_mentors": "преподаватель Краснокамышинского аграрного колледжа"},
    ),
    w2_school(
        LONG4, "МБОУ «Краснокамышинская средняя общеобразовательная школа № 4 с углублённым изучением "
               "отдельных предметов»",
        "МБОУ «Краснокамышинская средняя общеобразовательная школа № 4 с углублённым изучением отдельных предметов»",
        "Исполнитель: Бердникова Н.Ю., руководитель ШМО наставников, 8(34150)2-60-09",
        dict(orgs_regulation_teachers="да", orgs_regulation_students="да", orgs_monitoring_order="да",
             pay_acts=1, nonmaterial_acts=1, curators_total=2, mentors_total=68, mentees_total=139,
             agreements_edu_orgs=2, agreements_other_orgs=2, external_edu_mentors=2, other_org_mentors=3,
             students_10_19=730, mentees_10_19=120, students_15_19=210, mentors_15_19=36,
             young_specialists=11, young_specialists_mentees=10, young_specialists_mentors=1,
             teachers_other=61, teachers_other_mentees=9, teachers_mentors=27, teachers_in_pp=33,
             satisfaction_mentees=0.9, satisfaction_mentors=0.95),
        True,
        {"orgs_regulation_teachers": S4 + "polozhenie-nastavnichestvo-pedagogov.pdf",
         "orgs_regulation_students": S4 + "polozhenie-nastavnichestvo-uchenikov.pdf",
         "orgs_monitoring_order": S4 + "prikaz-monitoring-2024.pdf",
         "pay_acts": S4 + "polozhenie-oplata-truda.pdf",
         "nonmaterial_acts": S4 + "polozhenie-nematerialnoe-pooshchrenie.pdf",
         "curators_total": S4 + "prikaz-kuratory.pdf",
         "mentors_total": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "mentees_total": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "agreements_edu_orgs": "https://cloud.mail.ru/public/Sch4/soglasheniya_OO",
         "agreements_other_orgs": "https://cloud.mail.ru/public/Sch4/soglasheniya_inye",
         "external_edu_mentors": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "other_org_mentors": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "mentees_10_19": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "mentors_15_19": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "young_specialists_mentees": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "young_specialists_mentors": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "teachers_mentors": S4 + "prikaz-nastavniki-2024-2025.pdf",
         "teachers_in_pp": S4 + "ppn-pedagogi-2024.pdf",
         "satisfaction_mentees": "https://disk.yandex.ru/d/sch4_ankety_2024",
         "satisfaction_mentors": "https://disk.yandex.ru/d/sch4_ankety_2024"},
        dict(mentors_total=61, mentees_total=121, students_10_19=712, mentees_10_19=104, mentors_15_19=30,
             young_specialists=10, satisfaction_mentees=0.87, satisfaction_mentors=0.92),
        {"both": 207, "girls": 66},
    ),
]

SHARE_FORMULAS = {
    # criterion: (numerator criteria, denominator criteria)
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_teachers_mentees": (["young_specialists_mentees", "teachers_other_mentees"],
                               ["young_specialists", "teachers_other"]),
}


def build_w2():
    name = "Мониторинг ЦМН 2024 город.xlsx"
    rel = "typed/" + name
    wb = Workbook()
    ins = wb.active
    ins.title = "Инструкция"
    ins.column_dimensions["A"].width = 115
    lines = [
        ("Управление образования Администрации Краснокамышинского района — ИМЦ", True),
        ("Мониторинг целевой модели наставничества, школы города. Отчётный период — 2024 календарный год "
         "(данные на 31.12.2024).", True),
        ("", False),
        ("Порядок заполнения:", True),
        ("• у каждой школы свой лист; лист копировать нельзя — только заполнять свой;", False),
        ("• столбец «Значение» — за отчётный период; «2023 (справочно)» перенесён ИМЦ из прошлогоднего мониторинга, "
         "не исправлять;", False),
        ("• доли (%) считаются сами — формулы не трогать;", False),
        ("• в столбце F — прямая ссылка на документ (приказ, положение, справку), не на главную страницу сайта;", False),
        ("• лист «Свод» заполняется формулами.", False),
        ("", False),
        ("Пример заполнения строки: «База наставников (по приказу) | чел. | | 25 | https://school.gosuslugi.ru/…/prikaz.pdf»",
         False),
        ("", False),
        ("Методист ИМЦ Ковалёва Е.А., imc-krk@mail.ru. Сдать до 20 января 2025 г.", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        ins.cell(i, 1, t).font = Font(bold=b)
        ins.cell(i, 1).alignment = Alignment(wrap_text=True)
    positions = {}
    for s in W2_SCHOOLS:
        ws = wb.create_sheet(s["sheet"])
        for col, w in zip("ABCDEF", (6, 60, 9, 13, 12, 60)):
            ws.column_dimensions[col].width = w
        ws["A1"] = "ОО:"
        ws["A1"].font = BOLD
        ws.merge_cells("B1:F1")
        if s["name_cell"]:
            ws["B1"] = s["name_cell"]
            ws["B1"].font = BOLD
        ws["A2"] = "Форма 1-ЦМН (общеобразовательные организации)"
        ws["A2"].font = Font(italic=True, size=9)
        heads = ["№", "Показатель", "Ед. изм.", "2023 (справочно)", "Значение", "Подтверждающий документ (ссылка)"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(4, i, h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.alignment = CENTER
        r = 5
        n = 0
        pos = {}
        for row in W2_ROWS:
            if row[0] == "c":
                pos[row[1]] = r
            r += 1
        r = 5
        values, links, headings, not_crit = {}, {}, [], ["2023 (справочно)"]
        for row in W2_ROWS:
            if row[0] == "h":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                ws.cell(r, 1, row[1]).font = BOLD
                for c in range(1, 7):
                    ws.cell(r, c).fill = SECT_FILL
                headings.append(row[1])
                r += 1
                continue
            n += 1
            ws.cell(r, 1, n)
            if row[0] == "d":
                _, key, text, unit = row
                ws.cell(r, 2, text)
                ws.cell(r, 3, unit)
                ws.cell(r, 5, s["decoys"][key])
                not_crit.append(text)
                r += 1
                continue
            _, crit, text, unit = row
            ws.cell(r, 2, text)
            ws.cell(r, 3, unit)
            fmt = None
            formula = None
            if crit in SHARE_FORMULAS:
                num, den = SHARE_FORMULAS[crit]
                nv = sum(s["vals"][c] for c in num)
                dv_ = sum(s["vals"][c] for c in den)
                cached = round(nv / dv_, 4)
                if len(num) == 1:
                    formula = "=ROUND(E%d/E%d,4)" % (pos[num[0]], pos[den[0]])
                else:
                    formula = "=ROUND((E%d+E%d)/(E%d+E%d),4)" % (pos[num[0]], pos[num[1]], pos[den[0]], pos[den[1]])
                raw = F(formula, cached)
                fmt = "0.00%"
            else:
                raw = s["vals"][crit]
                if crit.startswith("satisfaction") and s["pct_sat"]:
                    fmt = "0%"
            put(ws, "E%d" % r, raw, fmt)
            exp = expected_of(raw, fmt, UNITS[crit])
            values[crit] = exp
            entry = dict(file=rel, sheet=s["sheet"], organisation=s["organisation"], criterion=crit,
                         kind="value", cell="E%d" % r, expected=exp)
            if formula:
                entry["formula"] = formula
                entry["cached_value"] = raw.cached
            CELLS.append(entry)
            if crit in s["prev"]:
                pv = s["prev"][crit]
                ws.cell(r, 4, pv)
                if crit.startswith("satisfaction") and s["pct_sat"]:
                    ws.cell(r, 4).number_format = "0%"
            if crit in s["links"]:
                ws.cell(r, 6, s["links"][crit])
                links[crit] = s["links"][crit]
                CELLS.append(dict(file=rel, sheet=s["sheet"], organisation=s["organisation"], criterion=crit,
                                  kind="link", cell="F%d" % r, expected=s["links"][crit]))
            r += 1
        style_table(ws, 4, r - 1, 6)
        for rr in range(5, r):
            ws.cell(rr, 4).fill = PatternFill("solid", fgColor="EDEDED")
        if s["notes"]:
            rr = r + 1
            for crit, note in s["notes"].items():
                ws.cell(rr, 2, "Примечание к стр. %s: %s" % (ws.cell(pos[crit], 1).value, note))
                rr += 1
            r = rr - 1
        ws.cell(r + 2, 2, s["executor"])
        ws.cell(r + 3, 2, "Дата заполнения: 17.01.2025")
        ws.freeze_panes = "D5"
        positions[s["sheet"]] = pos
        EXPECTED.append({
            "file": rel, "sheet": s["sheet"], "year": YEAR, "organisation": s["organisation"],
            "values": values, "links": links, "not_criteria": not_crit, "headings": headings,
        })

    sheets = [s["sheet"] for s in W2_SCHOOLS]

    def shares(ws, r, tot_col):
        ws.cell(r, 1, "Доля наставляемых 10–19 лет (по городу)")
        ws.cell(r, tot_col, "=ROUND(%s5/%s4,4)" % ((get_column_letter(tot_col),) * 2))
        ws.cell(r, tot_col).number_format = "0.00%"
        r += 1
        ws.cell(r, 1, "Средняя удовлетворённость наставляемых")
        ws.cell(r, tot_col, "=AVERAGE(%s)" % ",".join(
            "'%s'!E%d" % (sh, positions[sh]["satisfaction_mentees"]) for sh in sheets))
        r += 1
        ws.cell(r, 1, "(по СОШ1 удовлетворённость введена в %, не долей — при усреднении учесть)")
        ws.cell(r, 1).font = Font(italic=True, size=9, color="C00000")
        return r + 1

    svod(wb, "Свод по школам города, 2024 год", sheets, positions, "E", [
        ("students_10_19", "Обучающиеся 10–19 лет"), ("mentees_10_19", "Наставляемые 10–19 лет"),
        ("students_15_19", "Обучающиеся 15–19 лет"), ("mentors_15_19", "Наставники 15–19 лет"),
        ("mentors_total", "База наставников"), ("mentees_total", "База наставляемых"),
        ("young_specialists", "Молодые специалисты"), ("young_specialists_mentees", "МС — наставляемые"),
        ("teachers_mentors", "Педагоги-наставники"), ("agreements_edu_orgs", "Соглашения с ОО"),
        ("agreements_other_orgs", "Соглашения с иными организациями"),
    ], after=shares)
    return wb, name


# ---------------------------------------------------------------------------------------------
# Workbook 3: rural schools — «Год: 2024» on each sheet, «Факт 2024» / «План 2025».
# ---------------------------------------------------------------------------------------------
W3_ROWS = [
    ("h", "Раздел 1. Документы"),
    ("c", "orgs_regulation_teachers", "1", "Положение о наставничестве педагогов (приказ)"),
    ("c", "orgs_regulation_students", "2", "Положение о наставничестве учащихся (приказ)"),
    ("c", "orgs_monitoring_order", "3", "Приказ о мониторинге"),
    ("c", "internal_monitoring_notes", "4", "Инф. справка по внутреннему мониторингу"),
    ("h", "Раздел 2. Социальные партнёры"),
    ("c", "agreements_enterprises", "5", "Соглашения с предприятиями (сотрудники — наставники), шт."),
    ("c", "enterprise_mentors", "6", "Наставники — работники предприятий, чел."),
    ("c", "partner_list", "7", "Партнёры по наставничеству (перечислить)"),
    ("h", "Раздел 3. Наставничество учащихся"),
    ("c", "mentees_10_19", "8", "Наставляемые 10–19 лет, всего"),
    ("c", "mentees_low_motivation", "8.1", "из них: низкая мотивация, неуспевающие"),
    ("c", "mentees_career", "8.2", "из них: трудности с выбором профессии/профиля"),
    ("c", "mentees_other_params", "8.3", "из них: по иным основаниям"),
    ("c", "mentors_15_19", "9", "Наставники из учащихся 15–19 лет"),
    ("h", "Раздел 4. Педагоги"),
    ("c", "young_specialists", "10", "Молодые специалисты"),
    ("c", "young_specialists_mentees", "11", "из них закреплены за наставником"),
    ("c", "share_young_specialists_mentees", "12", "Доля МС с наставником, %"),
    ("c", "pp_total", "13", "Персонализированные программы, всего"),
    ("c", "pp_other", "13.1", "в т.ч. иные формы (указать в примечании)"),
    ("d", "paid", "14", "Наставники, получающие доплату, чел."),
    ("c", "kpk_trained", "15", "КПК по наставничеству в 2024 г., чел."),
    ("c", "kpk_courses", "16", "Наименование курсов КПК"),
]

PIH = "https://pihtovka-school.gosuslugi.ru/netcat_files/17/33/"
SOS = "https://sosnovka-sosh.gosuslugi.ru/netcat_files/21/47/"

W3_SCHOOLS = [
    dict(
        sheet="Пихтовская СОШ", name_cell="МБОУ Пихтовская средняя общеобразовательная школа",
        organisation="МБОУ Пихтовская средняя общеобразовательная школа",
        vals=dict(orgs_regulation_teachers="да", orgs_regulation_students="да", orgs_monitoring_order="да",
                  internal_monitoring_notes="да", agreements_enterprises=1, enterprise_mentors=2,
                  partner_list="СПК «Пихтовский»; МБУК «Пихтовский центр культуры и досуга»",
                  mentees_10_19=34, mentees_low_motivation=12, mentees_career=9, mentees_other_params=5,
                  mentors_15_19=7, young_specialists=3, young_specialists_mentees=3,
                  share_young_specialists_mentees=100, pp_total=14, pp_other=2, kpk_trained=1,
                  kpk_courses="«Организация сопровождения наставничества в образовательных организациях», "
                              "АОУ ДПО УР ИРО, 24 ч., 2024"),
        fmts={},
        plan=dict(mentees_10_19=38, mentors_15_19=8, pp_total=16, kpk_trained=2),
        decoys={"paid": 5},
        links={"orgs_regulation_teachers": PIH + "Polozhenie_nastavnichestvo_pedagogov.pdf",
               "orgs_regulation_students": PIH + "Polozhenie_nastavnichestvo_uchashchihsya.pdf",
               "orgs_monitoring_order": PIH + "Prikaz_monitoring_2024.pdf",
               "internal_monitoring_notes": PIH + "Spravka_monitoring_2024.pdf",
               "agreements_enterprises": PIH + "Soglashenie_SPK_Pihtovskiy.pdf",
               "enterprise_mentors": PIH + "Soglashenie_SPK_Pihtovskiy.pdf",
               "mentees_10_19": PIH + "Prikaz_pary_2024.pdf",
               "pp_total": "https://disk.yandex.ru/d/pihtovka_PPN_2024",
               "kpk_trained": "https://disk.yandex.ru/i/pihtovka_udostoverenie_KPK"},
        notes={"pp_other": "«студент – педагог» (практиканты ГГПИ) — 2", "enterprise_mentors": "агроном и зоотехник СПК"},
        executor="Ответственный: Корепанова М.А., зам. директора по УВР",
    ),
    dict(
        sheet="ООШ д.Озёрки", name_cell=None, organisation="ООШ д.Озёрки",
        vals=dict(orgs_regulation_teachers="да", orgs_regulation_students="нет", orgs_monitoring_order="да",
                  internal_monitoring_notes="нет", agreements_enterprises=0, enterprise_mentors=0,
                  partner_list=None,
                  mentees_10_19=11, mentees_low_motivation=5, mentees_career=3, mentees_other_params=0,
                  mentors_15_19=1, young_specialists=1, young_specialists_mentees=1,
                  share_young_specialists_mentees=1, pp_total=4, pp_other=0, kpk_trained=0,
                  kpk_courses=None),
        fmts={"share_young_specialists_mentees": "0%"},
        plan=dict(mentees_10_19=12, pp_total=5),
        decoys={"paid": 0},
        links={"orgs_regulation_teachers": "https://cloud.mail.ru/public/Ozr1/Polozhenie_nastavnichestvo.pdf",
               "orgs_monitoring_order": "https://cloud.mail.ru/public/Ozr1/Prikaz_monitoring.pdf"},
        notes={"orgs_regulation_students": "положение в разработке"},
        executor="Ответственный: Широбокова Е.В., учитель начальных классов",
    ),
    dict(
        sheet="СОШ с.Сосновка", name_cell="Сосновская школа (МБОУ «Сосновская СОШ»)",
        organisation="МБОУ «Сосновская СОШ»",
        vals=dict(orgs_regulation_teachers="Да", orgs_regulation_students="Да", orgs_monitoring_order="Да",
                  internal_monitoring_notes="Да", agreements_enterprises=2, enterprise_mentors=3,
                  partner_list="ООО «Сосновский леспромхоз», КФХ Мерзлякова А.П.",
                  mentees_10_19=27, mentees_low_motivation=8, mentees_career=11, mentees_other_params=4,
                  mentors_15_19=6, young_specialists=2, young_specialists_mentees=1,
                  share_young_specialists_mentees=None, pp_total=10, pp_other=1, kpk_trained=2,
                  kpk_courses="1) «Наставничество как технология повышения эффективности образовательного "
                              "процесса», ИРО, 2024; 2) «Эффективные инструменты наставничества», "
                              "АНО «Большая Перемена», 36 ч., 2024"),
        fmts={},
        plan=dict(mentees_10_19=30, mentors_15_19=7, enterprise_mentors=4, pp_total=12),
        decoys={"paid": 4},
        links={"orgs_regulation_teachers": SOS + "Prikaz_76_Polozhenie_nastavnichestvo.pdf",
               "orgs_regulation_students": SOS + "Prikaz_76_Polozhenie_nastavnichestvo.pdf",
               "orgs_monitoring_order": SOS + "Prikaz_monitoring_TsMN.pdf",
               "internal_monitoring_notes": SOS + "Spravka_itogi_monitoringa_2024.pdf",
               "agreements_enterprises": SOS + "Soglasheniya_leshoz_KFH.pdf",
               "enterprise_mentors": SOS + "Soglasheniya_leshoz_KFH.pdf",
               "partner_list": SOS + "Soglasheniya_leshoz_KFH.pdf",
               "mentees_10_19": SOS + "Prikaz_pary_2024-2025.pdf",
               "mentors_15_19": SOS + "Prikaz_pary_2024-2025.pdf",
               "pp_total": SOS + "PPN_2024.pdf",
               "kpk_trained": SOS + "KPK_nastavnichestvo_2024.pdf"},
        notes={"pp_other": "«работодатель – ученик» (леспромхоз)"},
        executor="Ответственный: Ложкин Д.С., педагог-организатор",
        share_formula=True,
    ),
    dict(
        sheet="ООШ д.Ягодное", name_cell=None, organisation="ООШ д.Ягодное",
        vals=dict(orgs_regulation_teachers="да", orgs_regulation_students="да", orgs_monitoring_order="да",
                  internal_monitoring_notes="да", agreements_enterprises=0, enterprise_mentors=0,
                  partner_list="Ягоднинский сельский дом культуры",
                  mentees_10_19=15, mentees_low_motivation=6, mentees_career=4, mentees_other_params=2,
                  mentors_15_19=2, young_specialists=0, young_specialists_mentees=0,
                  share_young_specialists_mentees="—", pp_total=6, pp_other=0, kpk_trained=1,
                  kpk_courses="Реализация системы наставничества педагогических работников в образовательной "
                              "организации, ФГАОУ ВО «Государственный университет просвещения», 36 ч., 2024"),
        fmts={},
        plan=dict(mentees_10_19=15, pp_total=6),
        decoys={"paid": 0},
        links={"orgs_regulation_teachers": "https://yagodnoe-oosh.edu.ru/nastavnichestvo/polozhenie_pedagogi.pdf",
               "orgs_regulation_students": "https://yagodnoe-oosh.edu.ru/nastavnichestvo/polozhenie_uchashchiesya.pdf",
               "orgs_monitoring_order": "https://yagodnoe-oosh.edu.ru/nastavnichestvo/prikaz_monitoring.pdf",
               "internal_monitoring_notes": "https://yagodnoe-oosh.edu.ru/nastavnichestvo/spravka_2024.pdf",
               "kpk_trained": "https://disk.yandex.ru/i/yagodnoe_KPK_2024"},
        notes={"share_young_specialists_mentees": "молодых специалистов нет"},
        executor="Ответственный: Вострокнутова Г.И., директор",
    ),
]


def build_w3():
    name = "наставничество_сельские_школы_2024.xlsx"
    rel = "typed/" + name
    wb = Workbook()
    ins = wb.active
    ins.title = "Инструкция"
    ins.column_dimensions["A"].width = 100
    lines = [
        ("Сельские школы — сведения о наставничестве за 2024 год", True),
        ("Заполнить свой лист: столбец «Факт 2024» — обязательно, «План 2025» — по возможности.", False),
        ("Да/нет писать словом. Ссылка — на документ, не на раздел сайта.", False),
        ("Если показателя нет (например, нет молодых специалистов) — ставить прочерк и пояснить в примечании.", False),
        ("Свод — формулами, не редактировать.", False),
        ("ИМЦ, Ковалёва Е.А.", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        ins.cell(i, 1, t).font = Font(bold=b)
    positions = {}
    for s in W3_SCHOOLS:
        ws = wb.create_sheet(s["sheet"])
        for col, w in zip("ABCDEF", (6, 52, 12, 11, 55, 40)):
            ws.column_dimensions[col].width = w
        ws["A1"] = "Сведения о реализации целевой модели наставничества"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Школа:"
        if s["name_cell"]:
            ws["B2"] = s["name_cell"]
            ws["B2"].font = BOLD
        ws["D2"] = "Год:"
        ws["E2"] = YEAR
        ws["E2"].alignment = Alignment(horizontal="left")
        heads = ["№", "Наименование показателя", "Факт 2024", "План 2025", "Ссылка", "Примечание"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(4, i, h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.alignment = CENTER
        pos = {}
        r = 5
        for row in W3_ROWS:
            if row[0] == "c":
                pos[row[1]] = r
            r += 1
        r = 5
        values, links, headings, not_crit = {}, {}, [], ["План 2025"]
        for row in W3_ROWS:
            if row[0] == "h":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
                ws.cell(r, 1, row[1]).font = BOLD
                for c in range(1, 7):
                    ws.cell(r, c).fill = SECT_FILL
                headings.append(row[1])
                r += 1
                continue
            if row[0] == "d":
                _, key, num, text = row
                ws.cell(r, 1, num)
                ws.cell(r, 2, text)
                ws.cell(r, 3, s["decoys"][key])
                not_crit.append(text)
                r += 1
                continue
            _, crit, num, text = row
            ws.cell(r, 1, num)
            ws.cell(r, 2, text)
            raw = s["vals"][crit]
            fmt = s["fmts"].get(crit)
            formula = None
            if crit == "share_young_specialists_mentees" and s.get("share_formula"):
                a, b = s["vals"]["young_specialists_mentees"], s["vals"]["young_specialists"]
                formula = "=ROUND(C%d/C%d*100,1)" % (pos["young_specialists_mentees"], pos["young_specialists"])
                raw = F(formula, round(a / b * 100, 1))
            if raw is not None:
                put(ws, "C%d" % r, raw, fmt)
                if crit in ("partner_list", "kpk_courses"):
                    ws.cell(r, 3).alignment = WRAP
                is_value = not (isinstance(raw, str) and raw.strip() in ("—", "-", "–"))
                if is_value:
                    exp = expected_of(raw, fmt, UNITS[crit])
                    values[crit] = exp
                    entry = dict(file=rel, sheet=s["sheet"], organisation=s["organisation"], criterion=crit,
                                 kind="value", cell="C%d" % r, expected=exp)
                    if formula:
                        entry["formula"] = formula
                        entry["cached_value"] = raw.cached
                    CELLS.append(entry)
            if crit in s["plan"]:
                ws.cell(r, 4, s["plan"][crit])
            if crit in s["links"]:
                ws.cell(r, 5, s["links"][crit])
                links[crit] = s["links"][crit]
                CELLS.append(dict(file=rel, sheet=s["sheet"], organisation=s["organisation"], criterion=crit,
                                  kind="link", cell="E%d" % r, expected=s["links"][crit]))
            if crit in s["notes"]:
                ws.cell(r, 6, s["notes"][crit])
            r += 1
        style_table(ws, 4, r - 1, 6)
        for crit in ("partner_list", "kpk_courses"):
            ws.row_dimensions[pos[crit]].height = 45
        ws.cell(r + 1, 2, s["executor"])
        positions[s["sheet"]] = pos
        EXPECTED.append({
            "file": rel, "sheet": s["sheet"], "year": YEAR, "organisation": s["organisation"],
            "values": values, "links": links, "not_criteria": not_crit, "headings": headings,
        })
    svod(wb, "Свод: сельские школы, 2024", [s["sheet"] for s in W3_SCHOOLS], positions, "C", [
        ("mentees_10_19", "Наставляемые 10–19 лет"), ("mentees_low_motivation", "низкая мотивация"),
        ("mentees_career", "выбор профессии"), ("mentees_other_params", "иные основания"),
        ("mentors_15_19", "Наставники 15–19 лет"), ("agreements_enterprises", "Соглашения с предприятиями"),
        ("enterprise_mentors", "Наставники с предприятий"), ("young_specialists", "Молодые специалисты"),
        ("young_specialists_mentees", "МС с наставником"), ("pp_total", "ППН всего"),
        ("kpk_trained", "КПК, чел."),
    ])
    return wb, name


def resave_with_libreoffice(src, dst_dir):
    """Re-save through LibreOffice so that every formula stores its cached value."""
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--calc",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dst_dir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    tmp = tempfile.mkdtemp(prefix="heldout55_")
    names = []
    for build in (build_w1, build_w2, build_w3):
        wb, name = build()
        src = os.path.join(tmp, name)
        wb.save(src)
        resave_with_libreoffice(src, TYPED)
        if not os.path.exists(os.path.join(TYPED, name)):
            raise SystemExit("LibreOffice did not write " + name)
        names.append(name)
    shutil.rmtree(tmp, ignore_errors=True)
    for c in CELLS:
        c["resaved_through_libreoffice"] = True
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print("files:", len(names), "forms:", len(EXPECTED), "values:", nv, "links:", nl)


if __name__ == "__main__":
    main()
