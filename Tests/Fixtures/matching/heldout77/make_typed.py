#!/usr/bin/env python3
"""heldout77: forms of the invented «Пригорский район» (Udmurtia), 2024 ЦМН monitoring.

The municipal template groups the rows by WHO is counted (pupils 10–19, pupils 15–19, young specialists,
teachers, mentors, …) and repeats the same short sub-rows («всего», «из них …», «доля, %») under every
group heading.  Seven workbooks vary how the group headings are drawn.

Deterministic: all data are fixed below.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")

EXPECTED = []
CELLS = []


def share(num, den, nd=2):
    return round(num * 100.0 / den, nd)


class Rec:
    """Collects expected values / links / cells of one form."""

    def __init__(self, fname, sheet, organisation):
        self.file = "typed/" + fname
        self.sheet = sheet
        self.org = organisation
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []

    def value(self, crit, cell, expected):
        assert crit not in self.values, crit
        self.values[crit] = expected
        CELLS.append({"file": self.file, "sheet": self.sheet, "cell": cell, "kind": "value",
                      "organisation": self.org, "criterion": crit, "expected": expected})

    def link(self, crit, cell, url):
        assert crit not in self.links, crit
        self.links[crit] = url
        CELLS.append({"file": self.file, "sheet": self.sheet, "cell": cell, "kind": "link",
                      "organisation": self.org, "criterion": crit, "expected": url})

    def entry(self):
        return {"file": self.file, "year": 2024, "organisation": self.org, "values": self.values,
                "links": self.links, "not_criteria": self.not_criteria, "headings": self.headings}


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ----------------------------------------------------------------------------------------------------
# File 1: МБОУ «СОШ № 1» — group headings as merged rows across the whole table (grey fill).
# ----------------------------------------------------------------------------------------------------
def file1():
    org = "МБОУ «СОШ № 1»"
    rec = Rec("pr_sosh1_2024.xlsx", "Мониторинг 2024", org)
    base = "https://sh1-prigorsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"
    L = {
        "order": base + "prikaz_127-od_nastavniki_2024.pdf",
        "pairs": base + "prikaz_128-od_pary_gruppy.pdf",
        "pp": base + "personalizirovannye_programmy_2024.pdf",
        "anket": base + "spravka_anketirovanie_dekabr_2024.pdf",
        "pol_ped": base + "polozhenie_nastavnichestvo_pedagogov.pdf",
        "pol_obuch": base + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
        "monit": base + "prikaz_monitoring_CMN_2024.pdf",
        "spravka": base + "spravka_vnutrenniy_monitoring_2024.pdf",
    }
    rows = [
        ("H", "Обучающиеся 10–19 лет"),
        ("R", "всего", "чел.", "students_10_19", 612, None),
        ("R", "из них в роли наставляемых", "чел.", "mentees_10_19", 148, "pairs"),
        ("R", "   в т.ч. из «группы риска»", "чел.", "mentees_risk", 14, "pairs"),
        ("R", "   в т.ч. дети с ОВЗ, дети-инвалиды", "чел.", "mentees_disabled", 9, "pairs"),
        ("R", "   в т.ч. одарённые (включены в реестр)", "чел.", "mentees_gifted", 21, "pairs"),
        ("R", "доля, %", "%", "share_mentees_10_19", share(148, 612), None),
        ("H", "Обучающиеся 15–19 лет"),
        ("R", "всего", "чел.", "students_15_19", 164, None),
        ("R", "из них наставники", "чел.", "mentors_15_19", 37, "order"),
        ("R", "доля, %", "%", "share_mentors_15_19", share(37, 164), None),
        ("H", "Молодые специалисты (до 35 лет, стаж до 3 лет)"),
        ("R", "всего", "чел.", "young_specialists", 7, None),
        ("R", "из них наставляемые", "чел.", "young_specialists_mentees", 7, "pairs"),
        ("R", "из них наставники", "чел.", "young_specialists_mentors", 1, "order"),
        ("R", "доля наставляемых, %", "%", "share_young_specialists_mentees", share(7, 7), None),
        ("H", "Педагоги (без молодых специалистов)"),
        ("R", "всего", "чел.", "teachers_other", 58, None),
        ("R", "из них наставляемые", "чел.", "teachers_other_mentees", 6, "pairs"),
        ("D", "доля, %", "%", share(6, 58)),
        ("H", "Педагогический коллектив (все педагоги, включая молодых специалистов)"),
        ("R", "всего", "чел.", "teachers_municipal", 65, None),
        ("R", "из них наставники", "чел.", "teachers_mentors", 19, "order"),
        ("R", "доля, %", "%", "share_teachers_mentors", share(19, 65), None),
        ("H", "Наставники"),
        ("R", "всего по приказу", "чел.", "mentors_total", 60, "order"),
        ("R", "из других ОО", "чел.", "external_edu_mentors", 2, "order"),
        ("R", "с предприятий", "чел.", "enterprise_mentors", 1, "order"),
        ("R", "из иных организаций", "чел.", "other_org_mentors", 1, "order"),
        ("H", "Наставляемые"),
        ("R", "всего по приказу", "чел.", "mentees_total", 161, "pairs"),
        ("H", "Персонализированные программы"),
        ("R", "всего", "ед.", "pp_total", 31, "pp"),
        ("R", "ученик – ученик", "ед.", "pp_pupil_pupil", 12, "pp"),
        ("R", "учитель – учитель", "ед.", "pp_teacher_teacher", 9, "pp"),
        ("R", "руководитель – педагог", "ед.", "pp_head_teacher", 2, "pp"),
        ("R", "учитель – ученик", "ед.", "pp_teacher_pupil", 8, "pp"),
        ("H", "Удовлетворённость (анкетирование)"),
        ("R", "наставники, %", "%", "satisfaction_mentors", 92, "anket"),
        ("R", "наставляемые, %", "%", "satisfaction_mentees", 88, "anket"),
        ("H", "Локальные акты школы"),
        ("R", "Положение о наставничестве педагогов", "да/нет", "orgs_regulation_teachers", "да", "pol_ped"),
        ("R", "Положение о наставничестве обучающихся", "да/нет", "orgs_regulation_students", "да", "pol_obuch"),
        ("R", "Приказ о мониторинге ЦМН", "да/нет", "orgs_monitoring_order", "да", "monit"),
        ("R", "Справка по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", "да", "spravka"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = rec.sheet
    widths(ws, [6, 52, 9, 14, 70])
    ws["A1"] = "Мониторинг реализации целевой модели наставничества в образовательной организации за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Образовательная организация:"
    ws["C2"] = org
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:E2")
    ws["C2"].font = Font(bold=True)
    ws["A3"] = "Пригорский район, Удмуртская Республика"
    ws.merge_cells("A3:E3")
    hdr = ["№ п/п", "Категория / показатель", "Ед. изм.", "Значение за 2024 год", "Подтверждающий документ (ссылка)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    r = 6
    n = 0
    grey = PatternFill("solid", fgColor="D9D9D9")
    for it in rows:
        if it[0] == "H":
            ws.cell(row=r, column=1, value=it[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = grey
            ws.cell(row=r, column=1).alignment = Alignment(horizontal="left")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            rec.headings.append(it[1])
            head = it[1]
        elif it[0] == "R":
            _, label, unit, crit, val, lk = it
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=val)
            rec.value(crit, "D%d" % r, 1 if val == "да" else (0 if val == "нет" else val))
            if lk:
                ws.cell(row=r, column=5, value=L[lk])
                rec.link(crit, "E%d" % r, L[lk])
        else:
            _, label, unit, val = it
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=val)
            rec.not_criteria.append(head + " / " + label)
        r += 1
    box(ws, "A5:E%d" % (r - 1))
    ws.cell(row=r + 1, column=2, value="Директор _____________ Л.В. Корепанова")
    ws.cell(row=r + 2, column=2, value="Исполнитель: Т.А. Вострикова, зам. директора по УВР, 8(34150)2-14-07")
    wb.save(os.path.join(TYPED, "pr_sosh1_2024.xlsx"))
    EXPECTED.append(rec.entry())


# ----------------------------------------------------------------------------------------------------
# File 2: МБОУ «СОШ № 3 с УИОП» — group heading in a separate first column, merged down over its sub-rows;
# the school merged the link cell over several rows of a group.
# ----------------------------------------------------------------------------------------------------
def file2():
    org = "МБОУ «Средняя общеобразовательная школа № 3 с углублённым изучением отдельных предметов»"
    rec = Rec("pr_sosh3_uiop_2024.xlsx", "Лист1", org)
    base = "https://sh3-prigorsk-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    L = {
        "baza": base + "baza_nastavlyaemyh_2024-2025.pdf",
        "mentors": base + "prikaz_ob_utverzhdenii_bazy_nastavnikov_2024.pdf",
        "ys": base + "prikaz_zakreplenie_molodyh_pedagogov_2024.pdf",
        "dogovor": "https://disk.yandex.ru/d/Sh3Pr-dogovory-nastavnichestvo-2024",
        "pp": base + "personalizirovannye_programmy_2024-2025.pdf",
        "anket": base + "itogi_anketirovaniya_uchastnikov_2024.pdf",
    }
    # groups: heading, rows (label, unit, crit or None(decoy), value, link-key or source text), merged link ranges
    groups = [
        ("Обучающиеся 10–19 лет", [
            ("всего", "чел.", "students_10_19", 540, "ОО-1"),
            ("из них в роли наставляемых", "чел.", "mentees_10_19", 121, "@baza"),
            ("в т.ч. «группа риска»", "чел.", "mentees_risk", 11, "@baza"),
            ("в т.ч. ОВЗ, дети-инвалиды", "чел.", "mentees_disabled", 7, "@baza"),
            ("в т.ч. низкая мотивация, неуспевающие", "чел.", "mentees_low_motivation", 16, "@baza"),
            ("доля, %", "%", "share_mentees_10_19", share(121, 540, 1), "расчёт"),
        ]),
        ("Обучающиеся 15–19 лет", [
            ("всего", "чел.", "students_15_19", 151, "ОО-1"),
            ("из них наставники", "чел.", "mentors_15_19", 30, "mentors"),
            ("в т.ч. девушки", "чел.", None, 18, ""),
            ("доля, %", "%", "share_mentors_15_19", share(30, 151, 1), "расчёт"),
        ]),
        ("Молодые специалисты (до 35 лет, стаж до 3 лет)", [
            ("всего", "чел.", "young_specialists", 5, "тарификация"),
            ("из них наставляемые", "чел.", "young_specialists_mentees", 5, "ys"),
            ("из них наставники", "чел.", "young_specialists_mentors", 0, ""),
            ("доля наставляемых, %", "%", "share_young_specialists_mentees", share(5, 5, 1), "расчёт"),
        ]),
        ("Педагоги (без молодых специалистов)", [
            ("всего", "чел.", "teachers_other", 49, "тарификация"),
            ("из них наставляемые", "чел.", "teachers_other_mentees", 4, "ys"),
        ]),
        ("Наставники", [
            ("всего по приказу", "чел.", "mentors_total", 47, "@mentors"),
            ("из других ОО", "чел.", "external_edu_mentors", 1, "@mentors"),
            ("с предприятий", "чел.", "enterprise_mentors", 2, "@mentors"),
            ("из иных организаций", "чел.", "other_org_mentors", 0, "@mentors"),
        ]),
        ("Наставляемые", [
            ("всего по приказу", "чел.", "mentees_total", 130, "baza"),
        ]),
        ("Соглашения о сотрудничестве (предоставление наставников)", [
            ("с другими ОО", "ед.", "agreements_edu_orgs", 1, "@dogovor"),
            ("с предприятиями", "ед.", "agreements_enterprises", 2, "@dogovor"),
            ("с иными организациями", "ед.", "agreements_other_orgs", 0, "@dogovor"),
            ("партнёры (наименования)", "—", "partner_list",
             "МБОУ ДО «Пригорский Дом детского творчества»; АО «Пригорскнефтемаш»; ООО «Агрофирма «Ключевская»",
             "@dogovor"),
        ]),
        ("Родители (законные представители)", [
            ("всего вовлечено в программы", "чел.", None, 34, ""),
        ]),
        ("Персонализированные программы", [
            ("всего", "ед.", "pp_total", 26, "@pp"),
            ("ученик – ученик", "ед.", "pp_pupil_pupil", 10, "@pp"),
            ("учитель – учитель", "ед.", "pp_teacher_teacher", 7, "@pp"),
            ("руководитель – педагог", "ед.", "pp_head_teacher", 1, "@pp"),
            ("учитель – ученик", "ед.", "pp_teacher_pupil", 8, "@pp"),
        ]),
        ("Удовлетворённость (анкетирование)", [
            ("наставники, %", "%", "satisfaction_mentors", 89, "anket"),
            ("наставляемые, %", "%", "satisfaction_mentees", 85, "anket"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = rec.sheet
    widths(ws, [24, 40, 8, 12, 66])
    ws["A1"] = "Приложение 2 к приказу Управления образования от 14.11.2024 № 312"
    ws["A1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A1:E1")
    ws["A2"] = "Мониторинг целевой модели наставничества (ЦМН) за 2024 год"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:E2")
    ws["A3"] = org
    ws["A3"].font = Font(bold=True)
    ws.merge_cells("A3:E3")
    hdr = ["Категория участников", "Показатель", "Ед. изм.", "2024 г.", "Источник / ссылка на документ"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    r = 6
    for head, items in groups:
        top = r
        rec.headings.append(head)
        for label, unit, crit, val, src in items:
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=val)
            ws.cell(row=r, column=4).alignment = WRAP
            if crit is None:
                rec.not_criteria.append(head + " / " + label)
            else:
                rec.value(crit, "D%d" % r, val)
            if not src.startswith("@"):  # '@key': a link cell merged over several rows, placed below
                if src in L:
                    ws.cell(row=r, column=5, value=L[src])
                    rec.link(crit, "E%d" % r, L[src])
                elif src:
                    ws.cell(row=r, column=5, value=src)
            r += 1
        # place the merged link ranges of this group
        rr = top
        runs = []
        for label, unit, crit, val, src in items:
            if src.startswith("@"):
                if runs and runs[-1][0] == src[1:] and runs[-1][2] == rr - 1:
                    runs[-1][2] = rr
                    runs[-1][3].append(crit)
                else:
                    runs.append([src[1:], rr, rr, [crit]])
            rr += 1
        for key, r0, r1, crits in runs:
            ws.cell(row=r0, column=5, value=L[key])
            if r1 > r0:
                ws.merge_cells(start_row=r0, start_column=5, end_row=r1, end_column=5)
            ws.cell(row=r0, column=5).alignment = WRAP
            for c in crits:
                rec.link(c, "E%d" % r0, L[key])
        ws.cell(row=top, column=1, value=head)
        ws.cell(row=top, column=1).font = Font(bold=True)
        ws.cell(row=top, column=1).alignment = CENTER
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    box(ws, "A5:E%d" % (r - 1))
    ws.cell(row=r + 1, column=1, value="Ответственный за ЦМН: Сунцова О.Н., тел. 2-31-56")
    wb.save(os.path.join(TYPED, "pr_sosh3_uiop_2024.xlsx"))
    EXPECTED.append(rec.entry())


# ----------------------------------------------------------------------------------------------------
# File 3: МАОУ «Гимназия № 2» — headings only in bold (no merge, no fill); two year columns 2023 / 2024;
# shares and satisfaction stored as fractions with a percent format.
# ----------------------------------------------------------------------------------------------------
def file3():
    org = "МАОУ «Гимназия № 2» г. Пригорска"
    rec = Rec("pr_gimn2_2024.xlsx", "ЦМН", org)
    base = "https://gimn2-prigorsk.edu.ru/upload/iblock/nastavnichestvo/2024/"
    L = {
        "baza": base + "prikaz_245_baza_nastavnikov_i_nastavlyaemyh.pdf",
        "ys": base + "prikaz_246_molodye_specialisty.pdf",
        "kpk": "https://cloud.mail.ru/public/gimn2/kpk_nastavnichestvo_2024",
        "pp": base + "reestr_personalizirovannyh_programm_2024.pdf",
        "anket": base + "analiticheskaya_spravka_anketirovanie_2024.pdf",
    }
    P = "0.00%"
    rows = [
        ("H", "Обучающиеся 10–19 лет"),
        ("R", "всего, чел.", "students_10_19", 671, 688, None, None),
        ("R", "из них наставляемые", "mentees_10_19", 176, 203, "baza", None),
        ("R", "  в т.ч. одарённые дети (реестр)", "mentees_gifted", 41, 47, "baza", None),
        ("R", "  в т.ч. с проблемами выбора профессии / траектории", "mentees_career", 15, 22, "baza", None),
        ("R", "доля, %", "share_mentees_10_19", round(176 / 671, 4), round(203 / 688, 4), None, P),
        ("H", "Обучающиеся 15–19 лет"),
        ("R", "всего, чел.", "students_15_19", 219, 228, None, None),
        ("R", "из них наставники", "mentors_15_19", 48, 56, "baza", None),
        ("R", "доля, %", "share_mentors_15_19", round(48 / 219, 4), round(56 / 228, 4), None, P),
        ("H", "Молодые специалисты (до 35 лет, стаж до 3 лет)"),
        ("R", "всего, чел.", "young_specialists", 8, 9, None, None),
        ("R", "из них наставляемые", "young_specialists_mentees", 8, 8, "ys", None),
        ("R", "из них наставники", "young_specialists_mentors", 0, 1, "baza", None),
        ("R", "доля наставляемых, %", "share_young_specialists_mentees", 1.0, round(8 / 9, 4), None, P),
        ("R", "доля наставников, %", "share_young_specialists_mentors", 0.0, round(1 / 9, 4), None, P),
        ("H", "Педагоги (без молодых специалистов)"),
        ("R", "всего, чел.", "teachers_other", 60, 61, None, None),
        ("R", "из них наставляемые", "teachers_other_mentees", 7, 5, "ys", None),
        ("H", "Все педагогические работники гимназии"),
        ("R", "всего, чел.", "teachers_municipal", 68, 70, None, None),
        ("R", "из них наставники", "teachers_mentors", 19, 22, "baza", None),
        ("R", "доля наставников, %", "share_teachers_mentors", round(19 / 68, 4), round(22 / 70, 4), None, P),
        ("R", "прошли КПК по наставничеству (за год)", "kpk_trained", 3, 6, "kpk", None),
        ("H", "Наставники"),
        ("R", "всего по приказу", "mentors_total", 70, 83, "baza", None),
        ("R", "из других ОО", "external_edu_mentors", 2, 3, "baza", None),
        ("R", "с предприятий", "enterprise_mentors", 0, 0, None, None),
        ("R", "из иных организаций", "other_org_mentors", 1, 2, "baza", None),
        ("H", "Наставляемые"),
        ("R", "всего по приказу", "mentees_total", 191, 216, "baza", None),
        ("H", "Персонализированные программы"),
        ("R", "всего", "pp_total", 30, 35, "pp", None),
        ("R", "ученик – ученик", "pp_pupil_pupil", 13, 15, "pp", None),
        ("R", "учитель – учитель", "pp_teacher_teacher", 10, 11, "pp", None),
        ("R", "руководитель – педагог", "pp_head_teacher", 2, 3, "pp", None),
        ("R", "учитель – ученик", "pp_teacher_pupil", 5, 6, "pp", None),
        ("H", "Удовлетворённость (анкетирование)"),
        ("R", "наставники, %", "satisfaction_mentors", 0.91, 0.94, "anket", "0%"),
        ("R", "наставляемые, %", "satisfaction_mentees", 0.87, 0.90, "anket", "0%"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = rec.sheet
    widths(ws, [5, 50, 9, 10, 10, 64])
    ws["B1"] = "Отчёт о реализации ЦМН"
    ws["B1"].font = Font(bold=True, size=13)
    ws["B2"] = org
    ws["B3"] = "Сравнение с прошлым годом (2023 — по отчёту за прошлый год)"
    ws["B3"].font = Font(italic=True)
    hdr = ["№", "Показатель", "Ед.", "2023", "2024", "Ссылка на подтверждающий документ (2024)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    rec.not_criteria.append("2023")
    r = 6
    n = 0
    for it in rows:
        if it[0] == "H":
            ws.cell(row=r, column=2, value=it[1]).font = Font(bold=True)
            rec.headings.append(it[1])
        else:
            _, label, crit, v23, v24, lk, fmt = it
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=label)
            unit = "%" if "%" in label else ("ед." if crit.startswith("pp_") else "чел.")
            ws.cell(row=r, column=3, value=unit)
            c23 = ws.cell(row=r, column=4, value=v23)
            c24 = ws.cell(row=r, column=5, value=v24)
            if fmt:
                c23.number_format = fmt
                c24.number_format = fmt
                exp = round(v24 * 100, 2)
            else:
                exp = v24
            rec.value(crit, "E%d" % r, exp)
            if lk:
                ws.cell(row=r, column=6, value=L[lk])
                rec.link(crit, "F%d" % r, L[lk])
        r += 1
    box(ws, "A5:F%d" % (r - 1))
    ws.cell(row=r + 1, column=2, value="Директор гимназии: М.Ю. Перевощикова")
    wb.save(os.path.join(TYPED, "pr_gimn2_2024.xlsx"))
    EXPECTED.append(rec.entry())


# ----------------------------------------------------------------------------------------------------
# File 4: МБОУ «Лицей «Перспектива»» — numbered headings «2.» and sub-rows «2.1», «2.2»; links as
# hyperlinks behind a document's name.
# ----------------------------------------------------------------------------------------------------
def file4():
    org = "МБОУ «Лицей «Перспектива»»"
    rec = Rec("pr_licey_perspektiva_2024.xlsx", "Форма 2-Н", org)
    base = "https://licey-perspektiva.edu.ru/docs/nastavnichestvo/"
    L = {
        "order": ("Приказ № 112-од от 02.09.2024", base + "prikaz_112-od_02.09.2024.pdf"),
        "pairs": ("Приказ № 113-од от 02.09.2024", base + "prikaz_113-od_pary.pdf"),
        "pp": ("Реестр ПП 2024", base + "reestr_pp_2024.pdf"),
        "anket": ("Итоги анкетирования", "https://disk.yandex.ru/i/LcPrsp_anketa_2024"),
        "pol1": ("Положение (педагоги)", base + "polozhenie_o_nastavnichestve_pedagogov.pdf"),
        "pol2": ("Положение (обучающиеся)", base + "polozhenie_o_nastavnichestve_obuchayushchihsya.pdf"),
        "monit": ("Приказ № 98-од", base + "prikaz_98-od_monitoring.pdf"),
        "spr": ("Справка", base + "spravka_monitoring_2024.pdf"),
        "kur": ("Приказ № 97-од", base + "prikaz_97-od_kuratory.pdf"),
        "shmo": ("План ШМО наставников", base + "plan_shmo_nastavnikov_2024-2025.pdf"),
        "pay": ("Положение об оплате", base + "polozhenie_ob_oplate_truda_pril3.pdf"),
        "nonmat": ("Положение о поощрении", base + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
    }
    sections = [
        ("Обучающиеся 10–19 лет", [
            ("всего", "чел.", "students_10_19", 402, None, ""),
            ("из них в роли наставляемых", "чел.", "mentees_10_19", 96, "pairs", ""),
            ("в т.ч. по иным основаниям", "чел.", "mentees_other_params", 12, "pairs", "адаптация вновь прибывших"),
            ("доля, %", "%", "share_mentees_10_19", share(96, 402), None, ""),
        ]),
        ("Обучающиеся 15–19 лет", [
            ("всего", "чел.", "students_15_19", 131, None, ""),
            ("из них наставники", "чел.", "mentors_15_19", 33, "order", ""),
            ("доля, %", "%", "share_mentors_15_19", share(33, 131), None, ""),
        ]),
        ("Молодые специалисты (до 35 лет, стаж до 3 лет)", [
            ("всего", "чел.", "young_specialists", 6, None, ""),
            ("из них наставляемые", "чел.", "young_specialists_mentees", 6, "pairs", ""),
            ("из них наставники", "чел.", "young_specialists_mentors", 1, "order", ""),
            ("доля наставляемых, %", "%", "share_young_specialists_mentees", share(6, 6), None, ""),
        ]),
        ("Педагоги (без молодых специалистов)", [
            ("всего", "чел.", "teachers_other", 44, None, ""),
            ("из них наставляемые", "чел.", "teachers_other_mentees", 3, "pairs", ""),
            ("доля, %", "%", None, share(3, 44), None, ""),
        ]),
        ("Педагоги лицея — всего (с молодыми специалистами)", [
            ("всего", "чел.", "teachers_municipal", 50, None, ""),
            ("из них наставники", "чел.", "teachers_mentors", 15, "order", ""),
            ("доля наставников, %", "%", "share_teachers_mentors", share(15, 50), None, ""),
            ("доля наставляемых, %", "%", "share_teachers_mentees", share(3 + 6, 50), None, ""),
            ("участвуют в персонализированных программах", "чел.", "teachers_in_pp", 21, "pp", ""),
        ]),
        ("Наставники", [
            ("всего по приказу", "чел.", "mentors_total", 52, "order", ""),
            ("из других ОО", "чел.", "external_edu_mentors", 2, "order", "МБОУ ДО «Пригорский ДДТ»"),
            ("с предприятий", "чел.", "enterprise_mentors", 1, "order", ""),
            ("из иных организаций", "чел.", "other_org_mentors", 1, "order", ""),
            ("из них прошли обучение в «Школе наставника»", "чел.", None, 9, None, "внутрилицейский семинар"),
        ]),
        ("Наставляемые", [
            ("всего по приказу", "чел.", "mentees_total", 105, "pairs", ""),
        ]),
        ("Персонализированные программы", [
            ("всего", "ед.", "pp_total", 24, "pp", ""),
            ("ученик – ученик", "ед.", "pp_pupil_pupil", 8, "pp", ""),
            ("учитель – учитель", "ед.", "pp_teacher_teacher", 6, "pp", ""),
            ("руководитель – педагог", "ед.", "pp_head_teacher", 2, "pp", ""),
            ("учитель – ученик", "ед.", "pp_teacher_pupil", 5, "pp", ""),
            ("студент – ученик", "ед.", "pp_student_pupil", 2, "pp", "студенты УдГУ (педпрактика)"),
            ("иная форма", "ед.", "pp_other", 1, "pp", "педагог – родитель"),
        ]),
        ("Удовлетворённость (анкетирование)", [
            ("наставники, %", "%", "satisfaction_mentors", 90, "anket", ""),
            ("наставляемые, %", "%", "satisfaction_mentees", 86, "anket", ""),
        ]),
        ("Нормативная база и кадры ОО", [
            ("Положение о наставничестве педагогических работников", "да/нет", "orgs_regulation_teachers", "да", "pol1", ""),
            ("Положение о наставничестве обучающихся", "да/нет", "orgs_regulation_students", "да", "pol2", ""),
            ("Приказ о мониторинге ЦМН", "да/нет", "orgs_monitoring_order", "да", "monit", ""),
            ("Справка по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", "да", "spr", ""),
            ("Кураторы внедрения ЦМН", "чел.", "curators_total", 2, "kur", ""),
            ("ШМО наставников", "ед.", "school_methodical_associations", 1, "shmo", ""),
            ("Локальные акты об оплате работы наставника", "ед.", "pay_acts", 1, "pay", ""),
            ("Локальные акты о нематериальном поощрении наставника", "ед.", "nonmaterial_acts", 1, "nonmat", ""),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = rec.sheet
    widths(ws, [6, 54, 9, 11, 32, 30])
    ws["A1"] = "Форма 2-Н. Показатели реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Наименование ОО: " + org
    ws.merge_cells("A2:F2")
    hdr = ["№", "Наименование показателя", "Ед. изм.", "Значение", "Ссылка", "Примечание"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    r = 5
    for i, (head, items) in enumerate(sections, 1):
        ws.cell(row=r, column=1, value="%d." % i).font = Font(bold=True)
        ws.cell(row=r, column=2, value=head).font = Font(bold=True)
        rec.headings.append(head)
        r += 1
        for k, (label, unit, crit, val, lk, note) in enumerate(items, 1):
            ws.cell(row=r, column=1, value="%d.%d" % (i, k))
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=val)
            if note:
                ws.cell(row=r, column=6, value=note)
            if crit is None:
                rec.not_criteria.append(head + " / " + label)
            else:
                rec.value(crit, "D%d" % r, 1 if val == "да" else val)
                if lk:
                    text, url = L[lk]
                    c = ws.cell(row=r, column=5, value=text)
                    c.hyperlink = url
                    c.font = Font(color="0563C1", underline="single")
                    rec.link(crit, "E%d" % r, url)
            r += 1
    box(ws, "A4:F%d" % (r - 1))
    ws.cell(row=r + 1, column=2, value="Дата заполнения: 20.12.2024")
    wb.save(os.path.join(TYPED, "pr_licey_perspektiva_2024.xlsx"))
    EXPECTED.append(rec.entry())


# ----------------------------------------------------------------------------------------------------
# File 5: МБОУ «Устьинская ООШ» — the school deleted three group headings of the template
# («Обучающиеся 15–19 лет», «Наставляемые», «Удовлетворённость (анкетирование)»); shares typed as text.
# ----------------------------------------------------------------------------------------------------
def file5():
    org = "МБОУ «Устьинская основная общеобразовательная школа»"
    rec = Rec("pr_ustye_oosh_2024.xlsx", "Лист1", org)
    L = {
        "prikaz": "https://disk.yandex.ru/d/UstyeOOSh_prikaz_nastavnichestvo_2024",
        "pp": "https://disk.yandex.ru/d/UstyeOOSh_PP_2024",
        "anket": "https://cloud.mail.ru/public/Ust7/anketa_CMN_2024",
    }
    rows = [
        ("H", "Обучающиеся 10–19 лет"),
        ("R", "всего", "students_10_19", 58, None),
        ("R", "из них в роли наставляемых", "mentees_10_19", 11, "prikaz"),
        ("R", "доля, %", "share_mentees_10_19", "19,0", None),
        # heading «Обучающиеся 15–19 лет» deleted by the school
        ("R", "всего", "students_15_19", 9, None),
        ("R", "из них наставники", "mentors_15_19", 2, "prikaz"),
        ("R", "доля, %", "share_mentors_15_19", "22,2", None),
        ("H", "Молодые специалисты (до 35 лет, стаж до 3 лет)"),
        ("R", "всего", "young_specialists", 2, None),
        ("R", "из них наставляемые", "young_specialists_mentees", 2, "prikaz"),
        ("R", "доля наставляемых, %", "share_young_specialists_mentees", "100", None),
        ("H", "Педагоги (без молодых специалистов)"),
        ("R", "всего", "teachers_other", 14, None),
        ("R", "из них наставляемые", "teachers_other_mentees", 1, "prikaz"),
        ("H", "Наставники"),
        ("R", "всего по приказу", "mentors_total", 8, "prikaz"),
        ("R", "из других ОО", "external_edu_mentors", 1, "prikaz"),
        ("R", "с предприятий", "enterprise_mentors", 0, None),
        ("R", "из иных организаций", "other_org_mentors", 1, "prikaz"),
        # heading «Наставляемые» deleted by the school
        ("R", "всего по приказу", "mentees_total", 14, "prikaz"),
        ("H", "Персонализированные программы"),
        ("R", "всего", "pp_total", 6, "pp"),
        ("R", "ученик – ученик", "pp_pupil_pupil", 2, "pp"),
        ("R", "учитель – учитель", "pp_teacher_teacher", 3, "pp"),
        ("R", "учитель – ученик", "pp_teacher_pupil", 1, "pp"),
        # heading «Удовлетворённость (анкетирование)» deleted by the school
        ("R", "наставники, %", "satisfaction_mentors", "95%", "anket"),
        ("R", "наставляемые, %", "satisfaction_mentees", "91%", "anket"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = rec.sheet
    widths(ws, [5, 40, 12, 62])
    ws["A1"] = "Мониторинг ЦМН 2024"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = org
    ws.merge_cells("A2:D2")
    hdr = ["№", "Показатель", "Значение", "Ссылка"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    yellow = PatternFill("solid", fgColor="FFF2CC")
    r = 5
    n = 0
    for it in rows:
        if it[0] == "H":
            c = ws.cell(row=r, column=1, value=it[1])
            c.font = Font(bold=True)
            c.fill = yellow
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            rec.headings.append(it[1])
        else:
            _, label, crit, val, lk = it
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=label)
            c = ws.cell(row=r, column=3, value=val)
            c.alignment = Alignment(horizontal="right")
            if isinstance(val, str):
                exp = float(val.rstrip("%").replace(",", "."))
                exp = int(exp) if exp == int(exp) else exp
            else:
                exp = val
            rec.value(crit, "C%d" % r, exp)
            if lk:
                ws.cell(row=r, column=4, value=L[lk])
                rec.link(crit, "D%d" % r, L[lk])
        r += 1
    box(ws, "A4:D%d" % (r - 1))
    ws.cell(row=r + 1, column=2, value="Директор: Г.П. Шкляева")
    wb.save(os.path.join(TYPED, "pr_ustye_oosh_2024.xlsx"))
    EXPECTED.append(rec.entry())


# ----------------------------------------------------------------------------------------------------
# File 6: МБОУ «СОШ № 5 имени Героя Советского Союза А.Н. Ложкина» — two sheets (title page + indicators),
# sub-rows in a different order within each group, a plan column for 2025.
# ----------------------------------------------------------------------------------------------------
def file6():
    org = "МБОУ «СОШ № 5 имени Героя Советского Союза А.Н. Ложкина»"
    rec = Rec("pr_sosh5_2024.xlsx", "Показатели", org)
    base = "https://sh5-prigorsk-r18.gosweb.gosuslugi.ru/netcat_files/30/nastavnichestvo/"
    L = {
        "p1": base + "prikaz_N_86_ot_30.08.2024.pdf",
        "p2": base + "prikaz_N_87_ot_30.08.2024_pary.pdf",
        "pp": base + "personalizirovannye_programmy_2024.pdf",
        "an": base + "rezultaty_anketirovaniya_2024.pdf",
    }
    groups = [
        ("Обучающиеся 10–19 лет", [
            ("доля, %", "%", "share_mentees_10_19", share(97, 455), 23, None),
            ("всего", "чел.", "students_10_19", 455, None, None),
            ("из них в роли наставляемых", "чел.", "mentees_10_19", 97, None, "p2"),
        ]),
        ("Обучающиеся 15–19 лет", [
            ("из них наставники", "чел.", "mentors_15_19", 24, None, "p1"),
            ("всего", "чел.", "students_15_19", 118, None, None),
            ("доля, %", "%", "share_mentors_15_19", share(24, 118), 22, None),
        ]),
        ("Молодые специалисты (до 35 лет, стаж до 3 лет)", [
            ("из них наставники", "чел.", "young_specialists_mentors", 0, None, None),
            ("из них наставляемые", "чел.", "young_specialists_mentees", 4, None, "p2"),
            ("всего", "чел.", "young_specialists", 4, None, None),
            ("доля наставляемых, %", "%", "share_young_specialists_mentees", share(4, 4), 100, None),
        ]),
        ("Педагоги (без молодых специалистов)", [
            ("из них наставляемые", "чел.", "teachers_other_mentees", 5, None, "p2"),
            ("всего", "чел.", "teachers_other", 47, None, None),
        ]),
        ("Наставники", [
            ("с предприятий", "чел.", "enterprise_mentors", 2, None, "p1"),
            ("из иных организаций", "чел.", "other_org_mentors", 0, None, None),
            ("из других ОО", "чел.", "external_edu_mentors", 1, None, "p1"),
            ("всего по приказу", "чел.", "mentors_total", 40, 42, "p1"),
        ]),
        ("Персонализированные программы", [
            ("ученик – ученик", "ед.", "pp_pupil_pupil", 9, None, "pp"),
            ("учитель – учитель", "ед.", "pp_teacher_teacher", 6, None, "pp"),
            ("учитель – ученик", "ед.", "pp_teacher_pupil", 4, None, "pp"),
            ("всего", "ед.", "pp_total", 19, 20, "pp"),
        ]),
        ("Удовлетворённость (анкетирование)", [
            ("наставляемые, %", "%", "satisfaction_mentees", 87, 90, "an"),
            ("наставники, %", "%", "satisfaction_mentors", 93, 95, "an"),
        ]),
    ]
    wb = Workbook()
    t = wb.active
    t.title = "Титул"
    widths(t, [30, 70])
    t["A1"] = "ОТЧЁТ"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "о реализации целевой модели наставничества за 2024 год"
    t["A4"] = "Образовательная организация"
    t["B4"] = org
    t["A5"] = "Адрес"
    t["B5"] = "427620, Удмуртская Республика, г. Пригорск, ул. Советская, д. 41"
    t["A6"] = "Руководитель"
    t["B6"] = "Бабинцев Андрей Сергеевич"
    t["A7"] = "Куратор ЦМН"
    t["B7"] = "Зорина Елена Павловна, 8(34150)2-40-19"
    t["A8"] = "Дата"
    t["B8"] = "23.12.2024"
    ws = wb.create_sheet(rec.sheet)
    widths(ws, [5, 42, 8, 12, 12, 66])
    hdr = ["№", "Показатель", "Ед. изм.", "2024 (факт)", "2025 (план)", "Ссылка на документ"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    rec.not_criteria.append("2025 (план)")
    r = 2
    n = 0
    for head, items in groups:
        c = ws.cell(row=r, column=1, value=head)
        c.font = Font(bold=True, italic=True)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        rec.headings.append(head)
        r += 1
        for label, unit, crit, val, plan, lk in items:
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=val)
            if plan is not None:
                ws.cell(row=r, column=5, value=plan)
            rec.value(crit, "D%d" % r, val)
            if lk:
                ws.cell(row=r, column=6, value=L[lk])
                rec.link(crit, "F%d" % r, L[lk])
            r += 1
    box(ws, "A1:F%d" % (r - 1))
    wb.save(os.path.join(TYPED, "pr_sosh5_2024.xlsx"))
    EXPECTED.append(rec.entry())


# ----------------------------------------------------------------------------------------------------
# File 7: Управление образования — «Свод» of three more schools (one column each, plus a total column)
# and a municipal sheet.
# ----------------------------------------------------------------------------------------------------
def file7():
    fname = "pr_uo_svod_2024.xlsx"
    schools = ["МБОУ «СОШ № 4»", "МБОУ «Ключевская СОШ»", "МБОУ «Сосновская СОШ»"]
    # per school raw figures
    D = [
        dict(s1019=498, m1019=104, s1519=140, m1519=28, ys=6, ysm=5, tch=52, tchm=4, mtot=44, ent=1, pp=21,
             satr=90, sate=84),
        dict(s1019=212, m1019=47, s1519=52, m1519=11, ys=3, ysm=3, tch=23, tchm=2, mtot=19, ent=2, pp=9,
             satr=96, sate=92),
        dict(s1019=167, m1019=35, s1519=41, m1519=8, ys=2, ysm=1, tch=19, tchm=1, mtot=13, ent=0, pp=7,
             satr=88, sate=85),
    ]
    tot = {k: sum(d[k] for d in D) for k in D[0]}
    rows = [
        ("H", "Обучающиеся 10–19 лет"),
        ("R", "всего", "students_10_19", lambda d: d["s1019"]),
        ("R", "из них в роли наставляемых", "mentees_10_19", lambda d: d["m1019"]),
        ("R", "доля, %", "share_mentees_10_19", lambda d: share(d["m1019"], d["s1019"])),
        ("H", "Обучающиеся 15–19 лет"),
        ("R", "всего", "students_15_19", lambda d: d["s1519"]),
        ("R", "из них наставники", "mentors_15_19", lambda d: d["m1519"]),
        ("R", "доля, %", "share_mentors_15_19", lambda d: share(d["m1519"], d["s1519"])),
        ("H", "Молодые специалисты (до 35 лет, стаж до 3 лет)"),
        ("R", "всего", "young_specialists", lambda d: d["ys"]),
        ("R", "из них наставляемые", "young_specialists_mentees", lambda d: d["ysm"]),
        ("R", "доля наставляемых, %", "share_young_specialists_mentees", lambda d: share(d["ysm"], d["ys"])),
        ("H", "Педагоги (без молодых специалистов)"),
        ("R", "всего", "teachers_other", lambda d: d["tch"]),
        ("R", "из них наставляемые", "teachers_other_mentees", lambda d: d["tchm"]),
        ("H", "Наставники"),
        ("R", "всего по приказу", "mentors_total", lambda d: d["mtot"]),
        ("R", "с предприятий", "enterprise_mentors", lambda d: d["ent"]),
        ("H", "Персонализированные программы"),
        ("R", "всего", "pp_total", lambda d: d["pp"]),
        ("H", "Удовлетворённость (анкетирование)"),
        ("R", "наставники, %", "satisfaction_mentors", lambda d: d["satr"]),
        ("R", "наставляемые, %", "satisfaction_mentees", lambda d: d["sate"]),
    ]
    tot_share = {
        "share_mentees_10_19": share(tot["m1019"], tot["s1019"]),
        "share_mentors_15_19": share(tot["m1519"], tot["s1519"]),
        "share_young_specialists_mentees": share(tot["ysm"], tot["ys"]),
        "satisfaction_mentors": round(sum(d["satr"] for d in D) / 3.0, 1),
        "satisfaction_mentees": round(sum(d["sate"] for d in D) / 3.0, 1),
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Свод ОО"
    widths(ws, [40, 18, 18, 18, 16])
    ws["A1"] = "Сводная таблица мониторинга ЦМН за 2024 год (ОО, не представившие отчёт в электронной форме)"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Управление образования Администрации Пригорского района"
    ws.merge_cells("A2:E2")
    hdr = ["Показатель"] + schools + ["Итого по району"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    recs = [Rec(fname, ws.title, s) for s in schools]
    values = [dict() for _ in schools]
    heads = []
    blue = PatternFill("solid", fgColor="DDEBF7")
    r = 5
    for it in rows:
        if it[0] == "H":
            c = ws.cell(row=r, column=1, value=it[1])
            c.font = Font(bold=True)
            c.fill = blue
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            heads.append(it[1])
        else:
            _, label, crit, fn = it
            ws.cell(row=r, column=1, value="   " + label)
            for j, d in enumerate(D):
                v = fn(d)
                ws.cell(row=r, column=2 + j, value=v)
                recs[j].value(crit, "%s%d" % (get_column_letter(2 + j), r), v)
            tv = tot_share.get(crit, fn(tot))
            c = ws.cell(row=r, column=5, value=tv)
            c.font = Font(bold=True)
        r += 1
    box(ws, "A4:E%d" % (r - 1))
    # one expected entry for the table of several organisations (values/links are lists in the same order)
    entry = {"file": "typed/" + fname, "year": 2024, "organisation": schools,
             "values": [rc.values for rc in recs], "links": [{} for _ in recs],
             "not_criteria": ["Итого по району"], "headings": heads}
    EXPECTED.append(entry)

    # municipal sheet
    rec = Rec(fname, "Муниципальный уровень", None)
    base = "https://uo-prigorsk.ru/upload/docs/nastavnichestvo/"
    m = wb.create_sheet(rec.sheet)
    widths(m, [56, 12, 70])
    m["A1"] = "Показатели муниципального уровня, 2024 год"
    m["A1"].font = Font(bold=True)
    m.merge_cells("A1:C1")
    for j, h in enumerate(["Показатель", "Значение", "Ссылка"], 1):
        c = m.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = CENTER
    mrows = [
        ("H", "Управление образования"),
        ("R", "приказ о реализации ЦМН в районе (1 – да, 0 – нет)", "municipal_order", 1,
         base + "prikaz_UO_N_214_ot_05.09.2024.pdf"),
        ("R", "информационно-аналитическая справка по итогам мониторинга (1/0)", "municipal_analytic_note", 1,
         base + "spravka_itogi_monitoringa_CMN_2024.pdf"),
        ("H", "Сетевые наставники"),
        ("R", "сообщество педагогов-наставников есть (1/0)", "network_community", 1,
         "https://vk.com/nastavniki_prigorsk"),
        ("R", "всего сетевых наставников", "network_mentors", 12, base + "spisok_setevyh_nastavnikov_2024.pdf"),
        ("H", "Методические объединения наставников"),
        ("R", "районные (муниципальные) МО наставников, ед.", "municipal_methodical_associations", 2,
         base + "prikaz_RMO_nastavnikov_2024.pdf"),
        ("H", "Конкурсы и лучшие практики (за 2024 год)"),
        ("R", "проведено конкурсов по наставничеству", "contests", 1, base + "polozhenie_konkurs_nastavnik_goda_2024.pdf"),
        ("R", "размещено лучших практик", "best_practices", 4, "https://uo-prigorsk.ru/nastavnichestvo/luchshie-praktiki/"),
    ]
    r = 4
    for it in mrows:
        if it[0] == "H":
            c = m.cell(row=r, column=1, value=it[1])
            c.font = Font(bold=True)
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            rec.headings.append(it[1])
        else:
            _, label, crit, v, url = it
            m.cell(row=r, column=1, value=label)
            m.cell(row=r, column=2, value=v)
            m.cell(row=r, column=3, value=url)
            rec.value(crit, "B%d" % r, v)
            rec.link(crit, "C%d" % r, url)
        r += 1
    box(m, "A3:C%d" % (r - 1))
    wb.save(os.path.join(TYPED, fname))
    EXPECTED.append(rec.entry())


def main():
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"note": "cell = where the expected value / link sits (for merged ranges: the top-left cell); "
                           "no file was re-saved through LibreOffice",
                   "cells": CELLS}, f, ensure_ascii=False, indent=1)
    nv = sum(len(c["values"]) if isinstance(c["values"], dict) else sum(len(x) for x in c["values"])
             for c in EXPECTED)
    nl = sum(len(c["links"]) if isinstance(c["links"], dict) else sum(len(x) for x in c["links"])
             for c in EXPECTED)
    print("forms", len(EXPECTED), "values", nv, "links", nl)


if __name__ == "__main__":
    main()
