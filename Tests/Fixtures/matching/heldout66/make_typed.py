#!/usr/bin/env python3
"""Held-out set 66: organisations with branches (филиалы) and structural units.

Invented municipality: муниципальный округ «Светлоключинский район» (rural).
Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: fixed data only.
One file (Pychas) is re-saved through LibreOffice so that its «Свод» formulas carry cached values.
"""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
TYPED = HERE / "typed"
YEAR = 2024

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECT_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def pct(n, d):
    return round(n / d * 100, 2)


class Form:
    """Collects the expected entry and the cell map of one organisation's form."""

    all_entries = []
    all_cells = []

    def __init__(self, fname, organisation):
        self.file = f"typed/{fname}"
        self.entry = {"file": self.file, "year": YEAR, "organisation": organisation,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        Form.all_entries.append(self.entry)

    def val(self, crit, sheet, cell, value, note=None):
        assert crit not in self.entry["values"], crit
        self.entry["values"][crit] = value
        rec = {"file": self.file, "organisation": self.entry["organisation"], "kind": "value",
               "criterion": crit, "sheet": sheet, "cell": cell, "expected": value}
        if note:
            rec["note"] = note
        Form.all_cells.append(rec)

    def sum(self, crit, cells, value, note):
        """cells: list of [sheet, cell] pairs whose plain sum is the institution's value"""
        assert crit not in self.entry["values"], crit
        self.entry["values"][crit] = value
        Form.all_cells.append({"file": self.file, "organisation": self.entry["organisation"],
                               "kind": "value", "criterion": crit, "cells": cells,
                               "op": "sum", "expected": value, "note": note})

    def link(self, crit, sheet, cell, url):
        assert crit not in self.entry["links"], crit
        self.entry["links"][crit] = url
        Form.all_cells.append({"file": self.file, "organisation": self.entry["organisation"],
                               "kind": "link", "criterion": crit, "sheet": sheet, "cell": cell,
                               "expected": url})

    def decoy(self, title):
        if title not in self.entry["not_criteria"]:
            self.entry["not_criteria"].append(title)

    def heading(self, title):
        if title not in self.entry["headings"]:
            self.entry["headings"].append(title)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


# ---------------------------------------------------------------------------
# File 1. МБОУ «Сосновская СОШ»: a column per unit and «Итого по учреждению»
# ---------------------------------------------------------------------------
SOS = "https://sh-sosnovskaya-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"

# (kind, №, title, criterion, [main, Ivanovka, Petrovka], total, link)
# kind: H heading, YM yes/no merged over the four columns, YN yes/no per column,
#       N number, P share (fraction, percent format), T text, D decoy number row
SOS_ROWS = [
    ("H", "1.", "Нормативная база наставничества", None, None, None, None),
    ("YM", "1.1", "Приказ об утверждении Положения о наставничестве педагогических работников (да/нет)",
     "orgs_regulation_teachers", None, "да — единое Положение для основного здания и филиалов",
     SOS + "prikaz_118-od_polozhenie_nastavnichestvo_pedagogov.pdf"),
    ("YM", "1.2", "Приказ об утверждении Положения о наставничестве обучающихся (да/нет)",
     "orgs_regulation_students", None, "да", SOS + "prikaz_119-od_polozhenie_nastavnichestvo_obuch.pdf"),
    ("YN", "1.3", "Приказ о проведении внутреннего мониторинга ЦМН в 2024 г.", "orgs_monitoring_order",
     ["да", "—", "—"], "да", SOS + "prikaz_monitoring_CMN_2024.pdf"),
    ("YN", "1.4", "Информационная справка по итогам внутреннего мониторинга", "internal_monitoring_notes",
     ["да", "да", "нет"], "да", SOS + "spravka_vnutr_monitoring_2024.pdf"),
    ("H", "2.", "Организация работы по наставничеству", None, None, None, None),
    ("N", "2.1", "Кураторы (координаторы) внедрения ЦМН, чел.", "curators_total", [1, 1, 0], 2, None),
    ("N", "2.2", "Соглашения с образовательными организациями, направляющими наставников, ед.",
     "agreements_edu_orgs", [1, 0, 0], 1, None),
    ("N", "2.3", "Соглашения с предприятиями (сотрудники — наставники), ед.", "agreements_enterprises",
     [1, 1, 0], 2, "https://disk.yandex.ru/d/Sosn_soglasheniya_2024"),
    ("N", "2.4", "Соглашения с иными организациями (культура, НКО и др.), ед.", "agreements_other_orgs",
     [1, 0, 1], 2, None),
    ("T", "2.5", "С кем сотрудничаем по наставничеству (организации)", "partner_list",
     ["ФГБОУ ВО «УдГУ»; ООО «Агрофирма «Сосновская»; МБУК «Сосновский СДК»",
      "СПК «Колхоз имени Мичурина»",
      "Петровская сельская библиотека"],
     "ФГБОУ ВО «УдГУ»; ООО «Агрофирма «Сосновская»; СПК «Колхоз имени Мичурина»; МБУК «Сосновский СДК»; "
     "Петровская сельская библиотека", None),
    ("N", "2.6", "Наставники, закреплённые приказом, чел.", "mentors_total", [21, 8, 3], 32,
     SOS + "prikaz_132-od_zakreplenie_par_2024.pdf"),
    ("N", "2.7", "Наставляемые, закреплённые приказом, чел.", "mentees_total", [46, 14, 5], 65,
     SOS + "prikaz_132-od_zakreplenie_par_2024.pdf"),
    ("D", "2.8", "Участники программ наставничества (наставники и наставляемые), чел.", None,
     [67, 22, 8], 97, None),
    ("H", "3.", "Персонализированные программы наставничества (ППН)", None, None, None, None),
    ("N", "3.1", "ППН утверждено, всего", "pp_total", [17, 6, 3], 26,
     "https://disk.yandex.ru/d/Sosn_PPN_2024"),
    ("N", "3.2", "   форма «ученик – ученик»", "pp_pupil_pupil", [6, 2, 1], 9, None),
    ("N", "3.3", "   форма «учитель – учитель» («педагог – педагог»)", "pp_teacher_teacher", [4, 2, 1], 7, None),
    ("N", "3.4", "   форма «студент – студент»", "pp_student_student", [0, 0, 0], 0, None),
    ("N", "3.5", "   форма «руководитель – педагог»", "pp_head_teacher", [1, 0, 0], 1, None),
    ("N", "3.6", "   форма «студент – ученик»", "pp_student_pupil", [0, 0, 0], 0, None),
    ("N", "3.7", "   форма «учитель – ученик»", "pp_teacher_pupil", [5, 2, 1], 8, None),
    ("N", "3.8", "   иные формы (работодатель – ученик)", "pp_other", [1, 0, 0], 1, None),
    ("H", "4.", "Наставники со стороны (по приказу)", None, None, None, None),
    ("N", "4.1", "из других образовательных организаций, чел.", "external_edu_mentors", [1, 0, 0], 1, None),
    ("N", "4.2", "из предприятий, чел.", "enterprise_mentors", [1, 1, 0], 2, None),
    ("N", "4.3", "из иных организаций, чел.", "other_org_mentors", [1, 0, 1], 2, None),
    ("H", "5.", "Обучающиеся", None, None, None, None),
    ("N", "5.1", "Обучающихся в возрасте 10–19 лет, всего", "students_10_19", [168, 41, 3], 212, None),
    ("N", "5.2", "из них в роли наставляемых", "mentees_10_19", [34, 9, 0], 43, None),
    ("N", "5.3", "   в т.ч. «группа риска»", "mentees_risk", [5, 2, 0], 7, None),
    ("N", "5.4", "   в т.ч. одарённые (включены в реестры)", "mentees_gifted", [6, 1, 0], 7, None),
    ("N", "5.5", "   в т.ч. дети с ОВЗ и дети-инвалиды", "mentees_disabled", [3, 1, 0], 4, None),
    ("N", "5.6", "   в т.ч. с низкой учебной мотивацией, неуспевающие", "mentees_low_motivation",
     [8, 3, 0], 11, None),
    ("N", "5.7", "   в т.ч. с затруднениями в выборе профессии / образовательной траектории", "mentees_career",
     [9, 2, 0], 11, None),
    ("N", "5.8", "   в т.ч. по иным основаниям", "mentees_other_params", [3, 0, 0], 3, None),
    ("P", "5.9", "Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19",
     [34 / 168, 9 / 41, 0.0], 43 / 212, None),
    ("D", "5.10", "Обучающиеся 1–4 классов — наставляемые в парах «ученик – ученик», чел.", None,
     [7, 3, 5], 15, None),
    ("N", "5.11", "Обучающихся в возрасте 15–19 лет, всего", "students_15_19", [52, 6, 0], 58, None),
    ("N", "5.12", "из них выступают наставниками", "mentors_15_19", [9, 1, 0], 10, None),
    ("P", "5.13", "Доля наставников среди обучающихся 15–19 лет, %", "share_mentors_15_19",
     [9 / 52, 1 / 6, "—"], 10 / 58, None),
    ("H", "6.", "Педагогические работники", None, None, None, None),
    ("N", "6.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "young_specialists", [4, 1, 1], 6, None),
    ("N", "6.2", "   из них наставляемые", "young_specialists_mentees", [4, 1, 1], 6, None),
    ("N", "6.3", "   из них сами наставники", "young_specialists_mentors", [0, 0, 0], 0, None),
    ("N", "6.4", "Педагоги, кроме молодых специалистов, чел.", "teachers_other", [31, 11, 4], 46, None),
    ("N", "6.5", "   из них наставляемые", "teachers_other_mentees", [2, 1, 0], 3, None),
    ("N", "6.6", "Педагоги-наставники, всего чел.", "teachers_mentors", [9, 6, 2], 17, None),
    ("P", "6.7", "Доля молодых специалистов, закреплённых за наставниками, %", "share_young_specialists_mentees",
     [1.0, 1.0, 1.0], 1.0, None),
    ("P", "6.8", "Доля педагогов-наставляемых (с учётом молодых специалистов), %", "share_teachers_mentees",
     [6 / 35, 2 / 12, 1 / 5], 9 / 52, None),
    ("P", "6.9", "Доля педагогов-наставников, %", "share_teachers_mentors", [9 / 35, 6 / 12, 2 / 5], 17 / 52, None),
    ("P", "6.10", "Доля молодых специалистов-наставников, %", "share_young_specialists_mentors",
     [0.0, 0.0, 0.0], 0.0, None),
    ("N", "6.11", "Педагоги, включённые в утверждённые ППН, чел.", "teachers_in_pp", [14, 5, 2], 21, None),
    ("H", "7.", "Профессиональное развитие", None, None, None, None),
    ("N", "7.1", "Обучено на КПК по вопросам наставничества в 2024 г., чел.", "kpk_trained", [3, 1, 1], 5,
     "https://disk.yandex.ru/d/Sosn_KPK_udostovereniya_2024"),
    ("N", "7.2", "Методическое объединение наставников школы, ед.", "school_methodical_associations",
     [1, "—", "—"], 1, None),
    ("H", "8.", "Удовлетворённость участием в программах (анкеты РНЦ)", None, None, None, None),
    ("P", "8.1", "наставляемых, %", "satisfaction_mentees", [0.92, 0.95, 1.0], 0.931,
     SOS + "anketirovanie_itogi_2024.pdf"),
    ("P", "8.2", "наставников, %", "satisfaction_mentors", [0.90, 1.0, 1.0], 0.917, None),
    ("H", "9.", "Стимулирование наставников", None, None, None, None),
    ("N", "9.1", "Локальные акты об оплате (доплате) за наставничество, ед.", "pay_acts", [1, "—", "—"], 1,
     SOS + "polozhenie_ob_oplate_truda_2024.pdf"),
    ("N", "9.2", "Локальные акты о нематериальном поощрении наставников, ед.", "nonmaterial_acts",
     [2, "—", "—"], 2, SOS + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
]


def build_sosnovskaya():
    f = Form("sosnovskaya_sosh_filialy_2024.xlsx", "МБОУ «Сосновская СОШ»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг ЦМН 2024"
    sh = ws.title
    ws["A1"] = "Мониторинг реализации целевой модели наставничества в МБОУ «Сосновская СОШ» за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Юридическое лицо: МБОУ «Сосновская СОШ» (с филиалами). Данные по филиалам внесены по сведениям "
                "заведующих филиалами; доли в графе «Итого» рассчитаны от итоговых значений.")
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    ws["A3"] = "по состоянию на 20.12.2024"
    hdr = ["№ п/п", "Показатель", "Основное здание (с. Сосновка)", "Филиал «Ивановская ООШ» (д. Ивановка)",
           "Филиал «Петровская НОШ» (д. Петровка)", "Итого по учреждению", "Ссылка на подтверждающий документ"]
    for c, t in enumerate(hdr, start=1):
        cell = ws.cell(5, c, t)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = CENTER
    for c in range(1, 8):
        ws.cell(6, c, c).alignment = CENTER
    r = 7
    for kind, no, title, crit, units, total, link in SOS_ROWS:
        ws.cell(r, 1, no)
        ws.cell(r, 2, title)
        if kind == "H":
            ws.cell(r, 2).font = BOLD
            for c in range(1, 8):
                ws.cell(r, c).fill = SECT_FILL
            f.heading(title)
        elif kind == "YM":
            ws.cell(r, 3, total)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
            ws.cell(r, 3).alignment = CENTER
            f.val(crit, sh, f"C{r}", 1, note="merged C:F, one document for the whole institution")
        else:
            for i, u in enumerate(units):
                cell = ws.cell(r, 3 + i, u if not (kind == "P" and isinstance(u, float)) else round(u, 4))
                if kind == "P" and isinstance(u, float):
                    cell.number_format = "0.00%"
            tcell = ws.cell(r, 6, round(total, 4) if kind == "P" else total)
            tcell.font = BOLD
            if kind == "P":
                tcell.number_format = "0.00%"
                f.val(crit, sh, f"F{r}", round(round(total, 4) * 100, 2))
            elif kind == "YN":
                f.val(crit, sh, f"F{r}", 1 if total == "да" else 0)
            elif kind in ("N", "T"):
                f.val(crit, sh, f"F{r}", total)
            elif kind == "D":
                f.decoy(title)
        if link:
            ws.cell(r, 7, link)
            f.link(crit, sh, f"G{r}", link)
        r += 1
    boxed(ws, 5, r - 1, 1, 7)
    ws.cell(r + 1, 2, "Директор МБОУ «Сосновская СОШ» ____________ Л.В. Шутова")
    ws.cell(r + 2, 2, "Исполнитель: куратор ЦМН Н.В. Шкляева, тел. 8 (34160) 4-12-37")
    widths(ws, [7, 62, 16, 18, 18, 16, 60])
    ws.freeze_panes = "C7"
    wb.save(TYPED / "sosnovskaya_sosh_filialy_2024.xlsx")


# ---------------------------------------------------------------------------
# File 2. The branch's own file: «Филиал МБОУ «Сосновская СОШ» — «Ивановская ООШ»»
# ---------------------------------------------------------------------------
IVA_NAME = "Филиал МБОУ «Сосновская СОШ» — «Ивановская ООШ»"

# (direction, criterion text, value (as typed), crit or None, expected or None, link)
IVA_ROWS = [
    ("Нормативное обеспечение реализации ЦМН", [
        ("Положение о системе наставничества педагогических работников (приказ по МБОУ)", "Да",
         "orgs_regulation_teachers", 1, SOS + "prikaz_118-od_polozhenie_nastavnichestvo_pedagogov.pdf"),
        ("Положение о системе наставничества обучающихся (приказ по МБОУ)", "Да",
         "orgs_regulation_students", 1, SOS + "prikaz_119-od_polozhenie_nastavnichestvo_obuch.pdf"),
        ("Приказ о мониторинге реализации ЦМН", "Да", "orgs_monitoring_order", 1,
         SOS + "prikaz_monitoring_CMN_2024.pdf"),
        ("Справка по итогам внутреннего мониторинга в филиале", "Да", "internal_monitoring_notes", 1,
         "https://disk.yandex.ru/i/Ivanovka_spravka_CMN_2024"),
    ]),
    ("Организация процесса наставничества", [
        ("Куратор (координатор) ЦМН в филиале, чел.", 1, "curators_total", 1, None),
        ("Соглашения с предприятиями о наставниках, ед.", 1, "agreements_enterprises", 1,
         "https://disk.yandex.ru/i/Ivanovka_soglashenie_SPK_2024"),
        ("Соглашения с другими ОО, ед.", 0, "agreements_edu_orgs", 0, None),
        ("Соглашения с иными организациями, ед.", 0, "agreements_other_orgs", 0, None),
        ("Организации-партнёры", "СПК «Колхоз имени Мичурина»", "partner_list", "СПК «Колхоз имени Мичурина»", None),
        ("Наставников в базе (по приказу)", 8, "mentors_total", 8, SOS + "prikaz_132-od_zakreplenie_par_2024.pdf"),
        ("Наставляемых в базе (по приказу)", 14, "mentees_total", 14, None),
    ]),
    ("Персонализированные программы наставничества", [
        ("Количество ППН, всего", 6, "pp_total", 6, None),
        ("ученик – ученик", 2, "pp_pupil_pupil", 2, None),
        ("учитель – учитель", 2, "pp_teacher_teacher", 2, None),
        ("руководитель – педагог", 0, "pp_head_teacher", 0, None),
        ("учитель – ученик", 2, "pp_teacher_pupil", 2, None),
        ("иная форма", 0, "pp_other", 0, None),
    ]),
    ("Привлечённые наставники", [
        ("Наставники — работники предприятий, чел.", 1, "enterprise_mentors", 1, None),
        ("Наставники из других ОО, чел.", 0, "external_edu_mentors", 0, None),
        ("Наставники из иных организаций, чел.", 0, "other_org_mentors", 0, None),
    ]),
    ("Обучающиеся в программах наставничества", [
        ("Всего обучающихся филиала (1–9 классы)", 58, "DECOY", None, None),
        ("Обучающихся 10–19 лет в филиале", 41, "students_10_19", 41, None),
        ("Из них наставляемые", 9, "mentees_10_19", 9, None),
        ("— «группа риска»", 2, "mentees_risk", 2, None),
        ("— одарённые дети (реестр)", 1, "mentees_gifted", 1, None),
        ("— ОВЗ, инвалидность", 1, "mentees_disabled", 1, None),
        ("— низкая мотивация / неуспеваемость", 3, "mentees_low_motivation", 3, None),
        ("— профориентация (выбор профессии)", 2, "mentees_career", 2, None),
        ("— иные основания", 0, "mentees_other_params", 0, None),
        ("Доля наставляемых 10–19 лет", "21,95%", "share_mentees_10_19", 21.95, None),
        ("Обучающихся 15–19 лет (9 класс)", 6, "students_15_19", 6, None),
        ("Из них наставники", 1, "mentors_15_19", 1, None),
        ("Доля наставников 15–19 лет", "16,67%", "share_mentors_15_19", 16.67, None),
    ]),
    ("Педагоги в программах наставничества", [
        ("Молодые специалисты (до 35 лет, первые 3 года работы)", 1, "young_specialists", 1, None),
        ("Молодые специалисты — наставляемые", 1, "young_specialists_mentees", 1, None),
        ("Молодые специалисты — наставники", 0, "young_specialists_mentors", 0, None),
        ("Остальные педагоги филиала (без молодых специалистов)", 11, "teachers_other", 11, None),
        ("Из них наставляемые", 1, "teachers_other_mentees", 1, None),
        ("Педагоги-наставники", 6, "teachers_mentors", 6, None),
        ("Доля МС-наставляемых", "100%", "share_young_specialists_mentees", 100, None),
        ("Доля педагогов-наставляемых", "16,67%", "share_teachers_mentees", 16.67, None),
        ("Доля педагогов-наставников", "50%", "share_teachers_mentors", 50, None),
        ("Доля МС-наставников", "0%", "share_young_specialists_mentors", 0, None),
        ("Педагоги в утверждённых ППН", 5, "teachers_in_pp", 5, None),
        ("Прошли КПК по наставничеству (2024)", 1, "kpk_trained", 1,
         "https://disk.yandex.ru/i/Ivanovka_KPK_2024"),
    ]),
    ("Удовлетворённость", [
        ("Удовлетворённость наставляемых", "95%", "satisfaction_mentees", 95, None),
        ("Удовлетворённость наставников", "100%", "satisfaction_mentors", 100, None),
    ]),
    ("Стимулирование", [
        ("Акты об оплате работы наставников", "действует Положение МБОУ «Сосновская СОШ»", None, None, None),
        ("Акты о нематериальном поощрении", "действует Положение МБОУ «Сосновская СОШ»", None, None, None),
    ]),
]


def build_ivanovka():
    f = Form("filial_ivanovskaya_oosh_2024.xlsx", IVA_NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    sh = ws.title
    ws["A1"] = "Внутренний мониторинг реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Организация: " + IVA_NAME
    ws["A2"].font = BOLD
    ws["A3"] = "Заведующий филиалом: Т.А. Кузнецова; координатор ЦМН в филиале: О.П. Вострокнутова"
    hdr = ["Показатель", "Критерий", "Значение", "Источник информации"]
    for c, t in enumerate(hdr, start=1):
        cell = ws.cell(5, c, t)
        cell.font = BOLD
        cell.alignment = CENTER
    r = 6
    for direction, rows in IVA_ROWS:
        f.heading(direction)
        r0 = r
        ws.cell(r, 1, direction).alignment = WRAP
        for text, typed, crit, exp, link in rows:
            ws.cell(r, 2, text)
            ws.cell(r, 3, typed)
            if crit == "DECOY":
                f.decoy(text)
            elif crit:
                f.val(crit, sh, f"C{r}", exp)
            if link:
                ws.cell(r, 4, link)
                f.link(crit, sh, f"D{r}", link)
            r += 1
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
    boxed(ws, 5, r - 1, 1, 4)
    ws.cell(r + 1, 2, "Дата заполнения: 19.12.2024")
    widths(ws, [30, 58, 22, 58])
    wb.save(TYPED / "filial_ivanovskaya_oosh_2024.xlsx")


# ---------------------------------------------------------------------------
# File 3. МБОУ «Светлоключинская СОШ»: stacked blocks per unit + «ИТОГО» block
# ---------------------------------------------------------------------------
SVK = "https://svklyuch-shkola.gosuslugi.ru/netcat_files/nastavnichestvo/"

SVK_GENERAL = [
    ("Положение о наставничестве педагогических работников", "имеется", "orgs_regulation_teachers", 1,
     SVK + "polozhenie_nastavnichestvo_pedagogi_2023.pdf"),
    ("Положение о наставничестве обучающихся", "имеется", "orgs_regulation_students", 1,
     SVK + "polozhenie_nastavnichestvo_obuchayushchiesya_2023.pdf"),
    ("Приказ о мониторинге реализации ЦМН", "имеется", "orgs_monitoring_order", 1,
     SVK + "prikaz_204_monitoring_2024.pdf"),
    ("Справка по итогам внутреннего мониторинга (по МБОУ с филиалами)", "имеется", "internal_monitoring_notes", 1,
     SVK + "spravka_monitoring_CMN_2024.pdf"),
    ("Кураторы ЦМН (основное здание и филиал «Кокшанская ООШ»), чел.", 2, "curators_total", 2, None),
    ("Соглашения с ОО об участии их работников/студентов в наставничестве, ед.", 1, "agreements_edu_orgs", 1, None),
    ("Соглашения с предприятиями, ед.", 2, "agreements_enterprises", 2, SVK + "soglasheniya_predpriyatiya.pdf"),
    ("Соглашения с иными организациями, ед.", 0, "agreements_other_orgs", 0, None),
    ("Партнёры по наставничеству",
     "АПОУ УР «Светлоключинский аграрный техникум»; ООО «Кокша-Агро»; АО «Светлоключинское ДРСУ»",
     "partner_list",
     "АПОУ УР «Светлоключинский аграрный техникум»; ООО «Кокша-Агро»; АО «Светлоключинское ДРСУ»", None),
    ("Положение об оплате наставничества (локальный акт), ед.", 1, "pay_acts", 1, SVK + "polozhenie_oplata.pdf"),
    ("Локальные акты о нематериальном поощрении наставников, ед.", 1, "nonmaterial_acts", 1, None),
    ("Школьное методическое объединение наставников, ед.", 1, "school_methodical_associations", 1, None),
]

# unit rows: (title, criterion, [main, Koksha, Ludzi])
SVK_UNIT_ROWS = [
    ("Наставников по приказу, чел.", "mentors_total", [24, 7, 3]),
    ("Наставляемых по приказу, чел.", "mentees_total", [52, 12, 6]),
    ("ППН, всего", "pp_total", [21, 6, 3]),
    ("  ученик – ученик", "pp_pupil_pupil", [7, 2, 2]),
    ("  учитель – учитель", "pp_teacher_teacher", [5, 2, 1]),
    ("  руководитель – педагог", "pp_head_teacher", [1, 0, 0]),
    ("  студент – ученик", "pp_student_pupil", [2, 0, 0]),
    ("  учитель – ученик", "pp_teacher_pupil", [6, 2, 0]),
    ("  иные формы", "pp_other", [0, 0, 0]),
    ("Наставники из внешних ОО (техникум), чел.", "external_edu_mentors", [2, 0, 0]),
    ("Наставники от предприятий, чел.", "enterprise_mentors", [1, 1, 0]),
    ("Наставники от иных организаций, чел.", "other_org_mentors", [0, 0, 0]),
    ("Обучающихся 10–19 лет, чел.", "students_10_19", [201, 38, 4]),
    ("  из них наставляемые", "mentees_10_19", [36, 8, 0]),
    ("    «группа риска»", "mentees_risk", [6, 2, 0]),
    ("    одарённые", "mentees_gifted", [7, 1, 0]),
    ("    ОВЗ / дети-инвалиды", "mentees_disabled", [4, 1, 0]),
    ("    низкая мотивация", "mentees_low_motivation", [9, 2, 0]),
    ("    выбор профессии", "mentees_career", [8, 2, 0]),
    ("    иное", "mentees_other_params", [2, 0, 0]),
    ("Обучающихся 15–19 лет, чел.", "students_15_19", [61, 5, 0]),
    ("  из них наставники", "mentors_15_19", [8, 1, 0]),
    ("Молодых специалистов, чел.", "young_specialists", [5, 1, 2]),
    ("  из них наставляемые", "young_specialists_mentees", [5, 1, 1]),
    ("  из них наставники", "young_specialists_mentors", [1, 0, 0]),
    ("Педагогов (без молодых специалистов), чел.", "teachers_other", [36, 12, 7]),
    ("  из них наставляемые", "teachers_other_mentees", [3, 1, 1]),
    ("Педагогов-наставников, чел.", "teachers_mentors", [13, 5, 3]),
    ("Педагогов в утверждённых ППН, чел.", "teachers_in_pp", [16, 6, 3]),
    ("Обучены на КПК по наставничеству в 2024 г., чел.", "kpk_trained", [4, 1, 1]),
]


def build_svetlyklyuch():
    f = Form("svetloklyuchinskaya_sosh_2024.xlsx", "МБОУ «Светлоключинская СОШ»")
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    sh = ws.title
    ws["A1"] = "Отчёт о реализации целевой модели наставничества, 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "МБОУ «Светлоключинская СОШ» (основное здание и филиалы)"
    ws["A2"].font = BOLD
    hdr = ["№", "Показатель", "2024 г.", "Источник / ссылка"]
    for c, t in enumerate(hdr, start=1):
        cell = ws.cell(4, c, t)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = CENTER
    r = 5

    def section(title):
        nonlocal r
        ws.cell(r, 1, title).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        for c in range(1, 5):
            ws.cell(r, c).fill = SECT_FILL
        f.heading(title)
        r += 1

    section("Раздел I. Документы и общие сведения по МБОУ (едины для основного здания и филиалов)")
    for i, (title, typed, crit, exp, link) in enumerate(SVK_GENERAL, start=1):
        ws.cell(r, 1, f"1.{i}")
        ws.cell(r, 2, title)
        ws.cell(r, 3, typed)
        f.val(crit, sh, f"C{r}", exp)
        if link:
            ws.cell(r, 4, link)
            f.link(crit, sh, f"D{r}", link)
        r += 1

    units = ["Раздел II. Основное здание (с. Светлый Ключ)",
             "Раздел III. Филиал «Кокшанская ООШ» (д. Кокша)",
             "Раздел IV. Филиал «Лудзинская НОШ — детский сад» (д. Лудзи)"]
    for ui, utitle in enumerate(units):
        section(utitle)
        for i, (title, crit, vals) in enumerate(SVK_UNIT_ROWS, start=1):
            ws.cell(r, 1, f"{ui + 2}.{i}")
            ws.cell(r, 2, title)
            ws.cell(r, 3, vals[ui])
            r += 1

    section("Раздел V. ИТОГО по МБОУ «Светлоключинская СОШ» (с филиалами)")
    tot = {crit: sum(vals) for _, crit, vals in SVK_UNIT_ROWS}
    links = {"mentors_total": SVK + "prikaz_zakreplenie_par_2024-2025.pdf",
             "pp_total": "https://cloud.mail.ru/public/Svk/PPN_2024",
             "kpk_trained": "https://cloud.mail.ru/public/Svk/KPK_2024"}
    for i, (title, crit, vals) in enumerate(SVK_UNIT_ROWS, start=1):
        ws.cell(r, 1, f"5.{i}")
        ws.cell(r, 2, title)
        ws.cell(r, 3, tot[crit]).font = BOLD
        f.val(crit, sh, f"C{r}", tot[crit])
        if crit in links:
            ws.cell(r, 4, links[crit])
            f.link(crit, sh, f"D{r}", links[crit])
        r += 1
    ys, to = tot["young_specialists"], tot["teachers_other"]
    shares = [
        ("Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19",
         pct(tot["mentees_10_19"], tot["students_10_19"]), None),
        ("Доля наставников среди обучающихся 15–19 лет, %", "share_mentors_15_19",
         pct(tot["mentors_15_19"], tot["students_15_19"]), None),
        ("Доля молодых специалистов-наставляемых, %", "share_young_specialists_mentees",
         pct(tot["young_specialists_mentees"], ys), None),
        ("Доля педагогов-наставляемых (все педагоги), %", "share_teachers_mentees",
         pct(tot["young_specialists_mentees"] + tot["teachers_other_mentees"], ys + to), None),
        ("Доля педагогов-наставников, %", "share_teachers_mentors", pct(tot["teachers_mentors"], ys + to), None),
        ("Доля молодых специалистов — наставников, %", "share_young_specialists_mentors",
         pct(tot["young_specialists_mentors"], ys), None),
        ("Удовлетворённость наставляемых (анкетирование, декабрь 2024), %", "satisfaction_mentees", 94.2,
         "https://cloud.mail.ru/public/Svk/Anketa_itogi_2024"),
        ("Удовлетворённость наставников (анкетирование, декабрь 2024), %", "satisfaction_mentors", 96.0, None),
    ]
    n = len(SVK_UNIT_ROWS)
    for j, (title, crit, v, link) in enumerate(shares, start=n + 1):
        ws.cell(r, 1, f"5.{j}")
        ws.cell(r, 2, title)
        ws.cell(r, 3, v).font = BOLD
        f.val(crit, sh, f"C{r}", v)
        if link:
            ws.cell(r, 4, link)
            f.link(crit, sh, f"D{r}", link)
        r += 1
    # decoy: a plan value
    ws.cell(r, 1, f"5.{n + len(shares) + 1}")
    title = "Плановое значение доли наставляемых 10–19 лет на 2025 г., %"
    ws.cell(r, 2, title)
    ws.cell(r, 3, 20)
    f.decoy(title)
    r += 1
    boxed(ws, 4, r - 1, 1, 4)
    ws.cell(r + 1, 2, "Директор ____________ А.Н. Корепанов       21.12.2024")
    widths(ws, [7, 66, 14, 58])
    wb.save(TYPED / "svetloklyuchinskaya_sosh_2024.xlsx")


# ---------------------------------------------------------------------------
# File 4. МБУ ДО «Светлоключинский районный ЦДТ»: departments as row groups, no total for them
# ---------------------------------------------------------------------------
CDT = "https://cdt-svklyuch.edu.ru/upload/nastavnichestvo/"
CDT_NAME = "МБУ ДО «Светлоключинский районный ЦДТ»"

CDT_GENERAL = [
    ("Положение о наставничестве педагогических работников ЦДТ (утверждено приказом)", "да",
     "orgs_regulation_teachers", 1, CDT + "polozhenie_pedagogi.pdf"),
    ("Положение о наставничестве обучающихся (утверждено приказом)", "да", "orgs_regulation_students", 1,
     CDT + "polozhenie_obuchayushchiesya.pdf"),
    ("Приказ о внутреннем мониторинге ЦМН", "да", "orgs_monitoring_order", 1, CDT + "prikaz_monitoring_2024.pdf"),
    ("Аналитическая справка по итогам внутреннего мониторинга", "да", "internal_monitoring_notes", 1,
     CDT + "spravka_monitoring_2024.pdf"),
    ("Куратор ЦМН (методист ЦДТ), чел.", 1, "curators_total", 1, None),
    ("Соглашения со школами района о наставничестве, ед.", 2, "agreements_edu_orgs", 2, None),
    ("Соглашения с предприятиями, ед.", 1, "agreements_enterprises", 1, None),
    ("Соглашения с иными организациями, ед.", 1, "agreements_other_orgs", 1, None),
    ("Организации-партнёры",
     "МБОУ «Сосновская СОШ»; МБОУ «Светлоключинская СОШ»; ООО «АгроТехСервис»; "
     "МБУК «Светлоключинский районный краеведческий музей»", "partner_list",
     "МБОУ «Сосновская СОШ»; МБОУ «Светлоключинская СОШ»; ООО «АгроТехСервис»; "
     "МБУК «Светлоключинский районный краеведческий музей»", None),
    ("Наставники из других образовательных организаций, чел.", 0, "external_edu_mentors", 0, None),
    ("Наставники — сотрудники предприятий, чел.", 1, "enterprise_mentors", 1, None),
    ("Наставники — сотрудники иных организаций (музей), чел.", 1, "other_org_mentors", 1, None),
    ("Обучающихся 10–19 лет, всего (физические лица, без повторного счёта)", 412, "students_10_19", 412, None),
    ("Доля обучающихся 10–19 лет, вошедших в программы как наставляемые, %", "8,50", "share_mentees_10_19", 8.5,
     None),
    ("Обучающихся 15–19 лет, всего (физические лица)", 96, "students_15_19", 96, None),
    ("Наставники из числа обучающихся 15–19 лет, чел.", 5, "mentors_15_19", 5, None),
    ("Доля наставников среди обучающихся 15–19 лет, %", "5,21", "share_mentors_15_19", 5.21, None),
    ("Положение о стимулирующих выплатах наставникам, ед.", 1, "pay_acts", 1, CDT + "polozhenie_stimul.pdf"),
    ("Акты о нематериальном поощрении наставников, ед.", 1, "nonmaterial_acts", 1, None),
    ("Методическое объединение наставников ЦДТ, ед.", 1, "school_methodical_associations", 1, None),
    ("Педагоги, прошедшие КПК по наставничеству в 2024 г., чел.", 2, "kpk_trained", 2,
     "https://disk.yandex.ru/d/CDT_svk_KPK_2024"),
    ("Наименование курсов", "«Наставничество в дополнительном образовании детей» (АОУ ДПО УР ИРО, 36 ч.)",
     "kpk_courses", "«Наставничество в дополнительном образовании детей» (АОУ ДПО УР ИРО, 36 ч.)", None),
    ("Удовлетворённость наставляемых (анкетирование), %", 96, "satisfaction_mentees", 96,
     CDT + "anketirovanie_2024.pdf"),
    ("Удовлетворённость наставников (анкетирование), %", 94, "satisfaction_mentors", 94, None),
]

# department rows: (title, criterion summed or None, [ДПТ, техническое, туристско-краеведческое])
CDT_DEPT_ROWS = [
    ("Наставников по приказу***, чел.", "mentors_total", [6, 8, 4]),
    ("  в т.ч. педагоги дополнительного образования", "teachers_mentors", [4, 5, 2]),
    ("Наставляемых по приказу***, чел.", "mentees_total", [15, 22, 9]),
    ("  в т.ч. обучающиеся 10–19 лет", "mentees_10_19", [11, 17, 7]),
    ("    из них одарённые (в реестре)", "mentees_gifted", [2, 5, 1]),
    ("ППН отдела, всего", "pp_total", [6, 9, 4]),
    ("  педагог – педагог", "pp_teacher_teacher", [2, 2, 1]),
    ("  педагог – обучающийся", "pp_teacher_pupil", [2, 4, 2]),
    ("  обучающийся – обучающийся", "pp_pupil_pupil", [2, 2, 1]),
    ("  работодатель – обучающийся", "pp_other", [0, 1, 0]),
    ("Контингент отдела 10–19 лет**, чел.", None, [168, 205, 97]),
    ("Педагогов ДО (без молодых специалистов)*, чел.", "teachers_other", [9, 8, 5]),
    ("  из них наставляемые", "teachers_other_mentees", [1, 1, 0]),
    ("Молодых специалистов*, чел.", "young_specialists", [2, 2, 1]),
    ("  из них наставляемые", "young_specialists_mentees", [2, 1, 1]),
]


def build_cdt():
    f = Form("cdt_svetlyi_klyuch_2024.xlsx", CDT_NAME)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    sh = ws.title
    ws["A1"] = f"Мониторинг реализации целевой модели наставничества в {CDT_NAME}, 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    for c, t in enumerate(["Показатель", "Значение", "Подтверждающий документ / примечание"], start=1):
        cell = ws.cell(3, c, t)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = CENTER
    r = 4
    t = "I. Сведения по учреждению в целом"
    ws.cell(r, 1, t).font = BOLD
    f.heading(t)
    r += 1
    for title, typed, crit, exp, link in CDT_GENERAL:
        ws.cell(r, 1, title)
        ws.cell(r, 2, typed)
        f.val(crit, sh, f"B{r}", exp)
        if link:
            ws.cell(r, 3, link)
            f.link(crit, sh, f"C{r}", link)
        r += 1
    t = "II. Сведения по отделам (итог по учреждению не подводился)"
    ws.cell(r, 1, t).font = BOLD
    f.heading(t)
    r += 1
    depts = ["Отдел декоративно-прикладного творчества", "Отдел технического творчества",
             "Туристско-краеведческий отдел"]
    where = {crit: [] for _, crit, _ in CDT_DEPT_ROWS if crit}
    for di, dname in enumerate(depts):
        ws.cell(r, 1, dname).font = Font(bold=True, italic=True)
        ws.cell(r, 1).fill = SECT_FILL
        f.heading(dname)
        r += 1
        for title, crit, vals in CDT_DEPT_ROWS:
            ws.cell(r, 1, title)
            ws.cell(r, 2, vals[di])
            if crit:
                where[crit].append([sh, f"B{r}"])
            else:
                f.decoy(title)
            r += 1
    boxed(ws, 3, r - 1, 1, 3)
    notes = [
        "* Педагоги учтены по основной должности в одном отделе (совместители — по основному отделу).",
        "** Контингент отдела — по спискам объединений; обучающийся, занимающийся в объединениях нескольких "
        "отделов, учитывается в каждом из них. Численность без повторного счёта — см. раздел I.",
        "*** Наставники и наставляемые закреплены за отделами приказом от 02.09.2024 № 61-од "
        "(" + CDT + "prikaz_61-od_2024.pdf); "
        "каждый участник учтён только в одном отделе.",
    ]
    r += 1
    for n in notes:
        ws.cell(r, 1, n).font = Font(italic=True, size=9)
        r += 1
    for title, crit, vals in CDT_DEPT_ROWS:
        if crit:
            f.sum(crit, where[crit], sum(vals),
                  note="no total row; departments are disjoint by footnotes * / ***, sum of the three departments")
    widths(ws, [70, 16, 60])
    wb.save(TYPED / "cdt_svetlyi_klyuch_2024.xlsx")


# ---------------------------------------------------------------------------
# File 5. МБОУ «Бердышевская СОШ» with the structural unit «Дошкольные группы»; 2023 | 2024 columns
# ---------------------------------------------------------------------------
BRD = "https://berdyshevskaya.edu.ru/upload/nastavnichestvo/"

# (direction or None, title, v2023, v2024, crit, expected, link, percent_format)
BRD_ROWS = [
    ("Нормативное обеспечение", None, None, None, None, None, None),
    ("Положение о наставничестве педагогических работников (приказ)", "да", "да",
     "orgs_regulation_teachers", 1, BRD + "polozhenie_ped.pdf"),
    ("Положение о наставничестве обучающихся (приказ)", "да", "да", "orgs_regulation_students", 1,
     BRD + "polozhenie_obuch.pdf"),
    ("Приказ о мониторинге ЦМН в ОО", "нет", "да", "orgs_monitoring_order", 1, BRD + "prikaz_monitoring_2024.pdf"),
    ("Справка по итогам внутреннего мониторинга", "да", "нет", "internal_monitoring_notes", 0, None),
    ("Организация наставничества", None, None, None, None, None, None),
    ("Кураторы ЦМН, чел.", 1, 1, "curators_total", 1, None),
    ("Соглашения с ОО о наставниках, ед.", 0, 0, "agreements_edu_orgs", 0, None),
    ("Соглашения с предприятиями, ед.", 1, 1, "agreements_enterprises", 1, BRD + "soglashenie_OOO_Berdyshevskoe.pdf"),
    ("Соглашения с иными организациями, ед.", 0, 1, "agreements_other_orgs", 1, None),
    ("Партнёры", "ООО «Бердышевское»", "ООО «Бердышевское»; БУЗ УР «Светлоключинская РБ МЗ УР»", "partner_list",
     "ООО «Бердышевское»; БУЗ УР «Светлоключинская РБ МЗ УР»", None),
    ("Наставников, всего (по приказу), чел.", 15, 19, "mentors_total", 19, BRD + "prikaz_pary_2024.pdf"),
    ("   в т.ч. в дошкольных группах", 2, 3, None, None, None),
    ("Наставляемых, всего (по приказу), чел.", 27, 31, "mentees_total", 31, None),
    ("   в т.ч. в дошкольных группах", 3, 4, None, None, None),
    ("Персонализированные программы", None, None, None, None, None, None),
    ("ППН разработано и утверждено, всего", 10, 14, "pp_total", 14, "https://disk.yandex.ru/d/Berd_PPN"),
    ("   ученик – ученик", 3, 4, "pp_pupil_pupil", 4, None),
    ("   учитель – учитель (в т.ч. воспитатель – воспитатель)", 3, 4, "pp_teacher_teacher", 4, None),
    ("   руководитель – педагог", 1, 1, "pp_head_teacher", 1, None),
    ("   учитель – ученик", 3, 4, "pp_teacher_pupil", 4, None),
    ("   иная форма (воспитатель – родитель)", 0, 1, "pp_other", 1, None),
    ("Привлечённые наставники", None, None, None, None, None, None),
    ("Наставники от предприятий, чел.", 1, 1, "enterprise_mentors", 1, None),
    ("Наставники от иных организаций (ЦРБ), чел.", 0, 1, "other_org_mentors", 1, None),
    ("Наставники из других ОО, чел.", 0, 0, "external_edu_mentors", 0, None),
    ("Обучающиеся", None, None, None, None, None, None),
    ("Обучающихся 10–19 лет, чел.", 118, 124, "students_10_19", 124, None),
    ("   из них наставляемые", 17, 21, "mentees_10_19", 21, None),
    ("      группа риска", 2, 3, "mentees_risk", 3, None),
    ("      одарённые", 3, 4, "mentees_gifted", 4, None),
    ("      ОВЗ, инвалиды", 2, 2, "mentees_disabled", 2, None),
    ("      низкая мотивация, неуспевающие", 4, 5, "mentees_low_motivation", 5, None),
    ("      профессиональное самоопределение", 5, 6, "mentees_career", 6, None),
    ("      иные причины", 1, 1, "mentees_other_params", 1, None),
    ("Доля наставляемых 10–19 лет", "P", 17 / 118, 21 / 124, "share_mentees_10_19"),
    ("Обучающихся 15–19 лет, чел.", 34, 37, "students_15_19", 37, None),
    ("   из них наставники", 5, 6, "mentors_15_19", 6, None),
    ("Доля наставников 15–19 лет", "P", 5 / 34, 6 / 37, "share_mentors_15_19"),
    ("Педагоги", None, None, None, None, None, None),
    ("Молодые специалисты, всего, чел.", 4, 5, "young_specialists", 5, None),
    ("   в т.ч. воспитатели дошкольных групп", 1, 2, None, None, None),
    ("   МС — наставляемые", 4, 5, "young_specialists_mentees", 5, None),
    ("   МС — наставники", 0, 1, "young_specialists_mentors", 1, None),
    ("Педагоги (кроме МС), всего, чел.", 33, 34, "teachers_other", 34, None),
    ("   в т.ч. дошкольные группы", 6, 6, None, None, None),
    ("   из них наставляемые", 2, 3, "teachers_other_mentees", 3, None),
    ("Педагоги-наставники, чел.", 10, 11, "teachers_mentors", 11, None),
    ("   в т.ч. воспитатели дошкольных групп", 2, 3, None, None, None),
    ("Доля МС — наставляемых", "P", 4 / 4, 5 / 5, "share_young_specialists_mentees"),
    ("Доля МС — наставников", "P", 0 / 4, 1 / 5, "share_young_specialists_mentors"),
    ("Доля педагогов-наставляемых", "P", 6 / 37, 8 / 39, "share_teachers_mentees"),
    ("Доля педагогов-наставников", "P", 10 / 37, 11 / 39, "share_teachers_mentors"),
    ("Педагоги в утверждённых ППН, чел.", 13, 16, "teachers_in_pp", 16, None),
    ("Профессиональное развитие и стимулирование", None, None, None, None, None, None),
    ("Прошли КПК по наставничеству за год, чел.", 2, 3, "kpk_trained", 3, "https://disk.yandex.ru/d/Berd_KPK"),
    ("Курсы (наименование)", "«Наставничество в образовательной организации: технологии и практики» (72 ч.)",
     "«Наставничество в образовательной организации: технологии и практики» (72 ч.); "
     "«Организация наставничества в дошкольной образовательной организации» (36 ч.)", "kpk_courses",
     "«Наставничество в образовательной организации: технологии и практики» (72 ч.); "
     "«Организация наставничества в дошкольной образовательной организации» (36 ч.)", None),
    ("ШМО наставников, ед.", 1, 1, "school_methodical_associations", 1, None),
    ("Удовлетворённость наставляемых", "P", 0.90, 0.93, "satisfaction_mentees"),
    ("Удовлетворённость наставников", "P", 0.88, 0.95, "satisfaction_mentors"),
    ("Акты об оплате работы наставника, ед.", 1, 1, "pay_acts", 1, BRD + "polozhenie_oplata.pdf"),
    ("Акты о нематериальном поощрении, ед.", 0, 1, "nonmaterial_acts", 1, None),
]


def build_berdyshi():
    f = Form("berdyshevskaya_sosh_dg_2024.xlsx", "МБОУ «Бердышевская СОШ»")
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    sh = ws.title
    ws["A1"] = ("Сведения МБОУ «Бердышевская СОШ» (включая структурное подразделение «Дошкольные группы») "
                "для мониторинга ЦМН")
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:E1")
    for c, t in enumerate(["Направление", "Критерий", "2023 г.", "2024 г.", "Источник информации (ссылка)"],
                          start=1):
        cell = ws.cell(3, c, t)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = CENTER
    r = 4
    for row in BRD_ROWS:
        if row[1] is None:  # direction
            ws.cell(r, 1, row[0]).font = BOLD
            f.heading(row[0])
            r += 1
            continue
        if row[1] == "P":
            title, _, a, b, crit = row
            ws.cell(r, 2, title)
            c3 = ws.cell(r, 3, round(a, 4))
            c4 = ws.cell(r, 4, round(b, 4))
            fmt = "0%" if crit.startswith("satisfaction") else "0.00%"
            c3.number_format = fmt
            c4.number_format = fmt
            f.val(crit, sh, f"D{r}", round(round(b, 4) * 100, 2))
            r += 1
            continue
        title, a, b, crit, exp, link = row
        ws.cell(r, 2, title)
        ws.cell(r, 3, a)
        ws.cell(r, 4, b)
        if crit:
            f.val(crit, sh, f"D{r}", exp)
        else:
            f.decoy(title.strip())
        if link:
            ws.cell(r, 5, link)
            f.link(crit, sh, f"E{r}", link)
        if crit == "internal_monitoring_notes":
            ws.cell(r, 5, "справка за 2024 г. будет подготовлена в январе 2025 г.")
        r += 1
    boxed(ws, 3, r - 1, 1, 5)
    widths(ws, [28, 60, 16, 18, 56])
    wb.save(TYPED / "berdyshevskaya_sosh_dg_2024.xlsx")


# ---------------------------------------------------------------------------
# File 6. МБОУ «Пычасская СОШ»: a sheet per unit + «Свод» (formulas), re-saved through LibreOffice
# ---------------------------------------------------------------------------
PYC = "https://pychas-shkola.gosuslugi.ru/ofitsialno/dokumenty/nastavnichestvo/"

PYC_DOCS = [
    ("Положение о наставничестве педагогических работников (приказ от 29.08.2023 № 97)", "Да",
     "orgs_regulation_teachers", 1, PYC + "polozhenie_pedagogi.pdf"),
    ("Положение о наставничестве обучающихся (приказ от 29.08.2023 № 98)", "Да", "orgs_regulation_students", 1,
     PYC + "polozhenie_obuch.pdf"),
    ("Приказ о мониторинге реализации ЦМН", "Да", "orgs_monitoring_order", 1, PYC + "prikaz_monitoring_2024.pdf"),
    ("Справка по итогам внутреннего мониторинга", "Да", "internal_monitoring_notes", 1,
     PYC + "spravka_monitoring_2024.pdf"),
    ("Куратор ЦМН по МБОУ, чел.", 1, "curators_total", 1, None),
    ("Локальные акты об оплате наставничества, ед.", 1, "pay_acts", 1, PYC + "polozhenie_oplata.pdf"),
    ("Локальные акты о нематериальном поощрении, ед.", 1, "nonmaterial_acts", 1, None),
]

# (title, criterion, main, filial) — unit sheets share the row order; «Свод» sums them
PYC_UNIT = [
    ("Наставники (по приказу), чел.", "mentors_total", 14, 3),
    ("Наставляемые (по приказу), чел.", "mentees_total", 25, 6),
    ("ППН, всего", "pp_total", 9, 3),
    ("  ученик – ученик", "pp_pupil_pupil", 3, 1),
    ("  учитель – учитель", "pp_teacher_teacher", 3, 1),
    ("  учитель – ученик", "pp_teacher_pupil", 3, 1),
    ("Обучающиеся 10–19 лет, чел.", "students_10_19", 142, 5),
    ("  в т.ч. наставляемые", "mentees_10_19", 17, 0),
    ("Обучающиеся 15–19 лет, чел.", "students_15_19", 38, 0),
    ("  в т.ч. наставники", "mentors_15_19", 5, 0),
    ("Молодые специалисты, чел.", "young_specialists", 3, 1),
    ("  в т.ч. наставляемые", "young_specialists_mentees", 3, 1),
    ("Педагоги без МС, чел.", "teachers_other", 27, 4),
    ("  в т.ч. наставляемые", "teachers_other_mentees", 2, 1),
    ("Педагоги-наставники, чел.", "teachers_mentors", 7, 3),
]
PYC_UNIT_ONLY = [  # rows that the «Свод» sheet does not carry
    ("Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", 2, 1),
    ("Удовлетворённость наставляемых, %", "satisfaction_mentees", 91, 100),
    ("Удовлетворённость наставников, %", "satisfaction_mentors", 93, 100),
]


def build_pychas():
    fname = "pychasskaya_sosh_svod_2024.xlsx"
    f = Form(fname, "МБОУ «Пычасская СОШ»")
    wb = Workbook()
    s_main = wb.active
    s_main.title = "Пычас"
    s_fil = wb.create_sheet("Филиал Малопычас")
    s_svod = wb.create_sheet("Свод")
    unit_first_row = {}
    for ws, title, col_main in ((s_main, "МБОУ «Пычасская СОШ» — основное здание (с. Пычас)", True),
                                (s_fil, "Филиал МБОУ «Пычасская СОШ» — «Малопычасская НОШ» (д. Малый Пычас)", False)):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Мониторинг ЦМН, 2024 год"
        for c, t in enumerate(["Показатель", "Значение", "Ссылка"], start=1):
            cell = ws.cell(4, c, t)
            cell.font = BOLD
            cell.fill = HEAD_FILL
        r = 5
        t = "А. Документы учреждения (одни на МБОУ, включая филиал)" if col_main else "А. Документы"
        ws.cell(r, 1, t).font = BOLD
        r += 1
        if col_main:
            f.heading(t)
            for title_, typed, crit, exp, link in PYC_DOCS:
                ws.cell(r, 1, title_)
                ws.cell(r, 2, typed)
                f.val(crit, ws.title, f"B{r}", exp, note="institution's documents, given on the main sheet only")
                if link:
                    ws.cell(r, 3, link)
                    f.link(crit, ws.title, f"C{r}", link)
                r += 1
        else:
            ws.cell(r, 1, "Действуют документы МБОУ «Пычасская СОШ» — см. лист «Пычас»")
            r += 1
        r += 1
        t = "Б. Показатели основного здания" if col_main else "Б. Показатели филиала"
        ws.cell(r, 1, t).font = BOLD
        if col_main:
            f.heading(t)
        r += 1
        unit_first_row[ws.title] = r
        for title_, crit, a, b in PYC_UNIT + PYC_UNIT_ONLY:
            ws.cell(r, 1, title_)
            ws.cell(r, 2, a if col_main else b)
            r += 1
        boxed(ws, 4, r - 1, 1, 3)
        widths(ws, [62, 14, 60])
    # the same row layout on both unit sheets
    assert unit_first_row["Пычас"] == unit_first_row["Филиал Малопычас"] + len(PYC_DOCS) - 1
    ws = s_svod
    ws["A1"] = "Свод по МБОУ «Пычасская СОШ» (основное здание + филиал «Малопычасская НОШ»), 2024 г."
    ws["A1"].font = Font(bold=True, size=12)
    for c, t in enumerate(["Показатель", "Всего по МБОУ", "Примечание"], start=1):
        cell = ws.cell(3, c, t)
        cell.font = BOLD
        cell.fill = HEAD_FILL
    r = 4
    pos = {}
    rm, rf = unit_first_row["Пычас"], unit_first_row["Филиал Малопычас"]
    for i, (title_, crit, a, b) in enumerate(PYC_UNIT):
        ws.cell(r, 1, title_)
        ws.cell(r, 2, f"=Пычас!B{rm + i}+'Филиал Малопычас'!B{rf + i}")
        pos[crit] = r
        f.val(crit, "Свод", f"B{r}", a + b, note="formula over the unit sheets, cached by LibreOffice")
        r += 1
    tot = {crit: a + b for _, crit, a, b in PYC_UNIT}
    ys, to = tot["young_specialists"], tot["teachers_other"]
    share_rows = [
        ("Доля наставляемых 10–19 лет", "share_mentees_10_19",
         f"=ROUND(B{pos['mentees_10_19']}/B{pos['students_10_19']},4)",
         pct(tot["mentees_10_19"], tot["students_10_19"])),
        ("Доля наставников 15–19 лет", "share_mentors_15_19",
         f"=ROUND(B{pos['mentors_15_19']}/B{pos['students_15_19']},4)",
         pct(tot["mentors_15_19"], tot["students_15_19"])),
        ("Доля МС-наставляемых", "share_young_specialists_mentees",
         f"=ROUND(B{pos['young_specialists_mentees']}/B{pos['young_specialists']},4)",
         pct(tot["young_specialists_mentees"], ys)),
        ("Доля педагогов-наставляемых (с МС)", "share_teachers_mentees",
         f"=ROUND((B{pos['young_specialists_mentees']}+B{pos['teachers_other_mentees']})/"
         f"(B{pos['young_specialists']}+B{pos['teachers_other']}),4)",
         pct(tot["young_specialists_mentees"] + tot["teachers_other_mentees"], ys + to)),
        ("Доля педагогов-наставников", "share_teachers_mentors",
         f"=ROUND(B{pos['teachers_mentors']}/(B{pos['young_specialists']}+B{pos['teachers_other']}),4)",
         pct(tot["teachers_mentors"], ys + to)),
    ]
    for title_, crit, formula, exp in share_rows:
        ws.cell(r, 1, title_)
        c = ws.cell(r, 2, formula)
        c.number_format = "0.00%"
        f.val(crit, "Свод", f"B{r}", exp, note="percent-formatted formula")
        r += 1
    ws.cell(r, 1, "Справочно: наставников и наставляемых всего, чел.")
    ws.cell(r, 2, f"=B{pos['mentors_total']}+B{pos['mentees_total']}")
    f.decoy("Справочно: наставников и наставляемых всего, чел.")
    r += 1
    boxed(ws, 3, r - 1, 1, 3)
    ws.cell(r + 1, 1, "КПК и анкетирование — см. листы подразделений")
    widths(ws, [58, 16, 40])
    # kpk_trained: only on the unit sheets; disjoint staff lists -> plain sum
    k = len(PYC_UNIT)
    f.sum("kpk_trained", [["Пычас", f"B{rm + k}"], ["Филиал Малопычас", f"B{rf + k}"]], 3,
          note="not in «Свод»; sum of the two unit sheets (each teacher belongs to one unit)")
    tmp = Path(tempfile.mkdtemp(prefix="h66_"))
    raw = tmp / fname
    wb.save(raw)
    outdir = tmp / "out"
    outdir.mkdir()
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", str(outdir), str(raw)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(outdir / fname, TYPED / fname)
    shutil.rmtree(tmp)
    for rec in Form.all_cells:
        if rec["file"] == f.file:
            rec["resaved_by"] = "LibreOffice (soffice --headless --convert-to xlsx)"


def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    build_sosnovskaya()
    build_ivanovka()
    build_svetlyklyuch()
    build_cdt()
    build_berdyshi()
    build_pychas()
    (HERE / "expected.json").write_text(json.dumps(Form.all_entries, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps(Form.all_cells, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in Form.all_entries)
    nl = sum(len(e["links"]) for e in Form.all_entries)
    print(f"files: {len(list(TYPED.glob('*.xlsx')))}, entries: {len(Form.all_entries)}, values: {nv}, links: {nl}")
    for e in Form.all_entries:
        print(f"  {e['file']}: {e['organisation']}: {len(e['values'])} values, {len(e['links'])} links")


if __name__ == "__main__":
    main()
