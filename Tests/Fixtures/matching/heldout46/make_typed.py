#!/usr/bin/env python3
"""Held-out set 46: scanned-and-recognised (OCR) mentoring forms of the schools of the invented
Верх-Ушинский муниципальный округ, 2024.

The schools printed their filled forms, signed and stamped them, scanned them, and the municipal
office turned the scans back into XLSX with ABBYY FineReader or with an online PDF-to-Excel
converter.  Every file keeps the traces of its converter (see README.md).

Deterministic: fixed data only.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


class Form:
    """One workbook = one organisation's form."""

    def __init__(self, name, organisation, creator):
        self.name = name
        self.path = "typed/" + name
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.wb.properties.creator = creator
        self.wb.properties.lastModifiedBy = "Управление образования (сканирование)"
        self.exp = {"file": self.path, "year": 2024, "organisation": organisation,
                    "values": {}, "links": {}, "not_criteria": [], "headings": []}
        self.cells = []
        self.left_out = []

    # -- recording -------------------------------------------------------
    def _put(self, ws, r, c, v, fmt=None, box=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if box:
            cell.border = BOX
        if fmt:
            cell.number_format = fmt
        return cell.coordinate

    def value(self, ws, r, c, raw, crit, exp, fmt=None, note=None):
        assert crit not in self.exp["values"], (self.name, crit)
        coord = self._put(ws, r, c, raw, fmt)
        self.exp["values"][crit] = exp
        e = {"file": self.path, "sheet": ws.title, "cell": coord, "kind": "value",
             "criterion": crit, "expected": exp, "cell_text": raw}
        if fmt:
            e["number_format"] = fmt
        if note:
            e["reading"] = note
        self.cells.append(e)

    def link(self, ws, r, c, raw, crit, exp, fixes=None, note=None):
        assert crit not in self.exp["links"], (self.name, crit)
        coord = self._put(ws, r, c, raw)
        self.exp["links"][crit] = exp
        e = {"file": self.path, "sheet": ws.title, "cell": coord, "kind": "link",
             "criterion": crit, "expected": exp, "cell_text": raw}
        if fixes:
            e["ocr_fixes"] = fixes
        if note:
            e["reading"] = note
        self.cells.append(e)

    def leave_out(self, ws, r, c, raw, crit, kind, reason):
        coord = self._put(ws, r, c, raw)
        e = {"file": self.path, "sheet": ws.title, "cell": coord, "kind": "left_out_" + kind,
             "criterion": crit, "cell_text": raw, "reason": reason}
        self.cells.append(e)

    def org_cell(self, ws, coord, text):
        ws[coord] = text
        self.cells.append({"file": self.path, "sheet": ws.title, "cell": coord,
                           "kind": "organisation", "expected": self.exp["organisation"],
                           "cell_text": text})

    def save(self):
        self.wb.save(os.path.join(TYPED, self.name))


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


def garbage(ws, r, rows):
    """Stamp / signature recognised as text under the table."""
    for row in rows:
        for c, text in row:
            ws.cell(row=r, column=c, value=text)
        r += 1
    return r


# ---------------------------------------------------------------------------
# Generic table writer.  Row kinds:
#   ("H", text)                                   heading (section / direction)
#   ("V", label, crit, raw, exp, link_raw, link_exp, extra)   a value
#   ("D", label, raw, link_raw)                   decoy: a value that is no criterion
#   ("X", label, crit, raw, reason, link_raw)     value nobody could read: left out
#   ("PAGE",)                                     page break -> next sheet
# extra: fmt, pct (put "%" in its own cell), fixes (link OCR fixes), note, link_note,
#        split (first part of the label left on the previous page), prev (2023 value),
#        unit (text for the unit column), link_leave (reason: link left out)
# ---------------------------------------------------------------------------
def write_table(form, L, rows):
    cols = L["cols"]
    sheet_names = L["sheets"]
    page = 0
    ws = form.wb.create_sheet(sheet_names[0])
    widths(ws, L["widths"])
    r = L["title"](form, ws)
    r = L["header"](ws, r, first=True)
    num = 0
    dir_start = None     # (row, text) for direction-column mode
    last_row_on_page = None

    def close_dir(ws, end_row):
        nonlocal dir_start
        if dir_start and "dir" in cols:
            start, _ = dir_start
            if end_row > start:
                c = cols["dir"]
                ws.merge_cells(start_row=start, start_column=c, end_row=end_row, end_column=c)
        dir_start = None

    def new_page():
        nonlocal ws, page, r, dir_start
        close_dir(ws, r - 1)
        page += 1
        ws = form.wb.create_sheet(sheet_names[page])
        widths(ws, L["widths"])
        r = 1
        if L.get("repeat_header"):
            r = L["header"](ws, r, first=False)
        else:
            r = L.get("top_margin", 1)

    pending_dir = None
    for row in rows:
        kind = row[0]
        if kind == "PAGE":
            new_page()
            if pending_dir is None and L.get("heading_mode") == "col" and dir_start is None:
                pass
            continue
        if kind == "H":
            text = row[1]
            form.exp["headings"].append(text)
            if L.get("heading_mode") == "col":
                close_dir(ws, r - 1)
                pending_dir = text
            else:
                c1 = cols.get("num", cols["label"])
                c2 = L["last_col"]
                form._put(ws, r, c1, text)
                ws.cell(row=r, column=c1).font = Font(bold=True)
                if L.get("merge_headings", True):
                    ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
                r += 1
            continue

        label = row[1]
        extra = row[7] if kind == "V" and len(row) > 7 else {}
        if kind == "V" and extra.get("split"):
            # the row was cut by the page break: first half of the label stays on this page
            num += 1
            if "num" in cols:
                form._put(ws, r, cols["num"], f"{num}.")
            form._put(ws, r, cols["label"], extra["split"])
            for k in ("value", "link"):
                form._put(ws, r, cols[k], None)
            r += 1
            new_page()
        else:
            num += 1
            if "num" in cols:
                form._put(ws, r, cols["num"], f"{num}.")
        if pending_dir is not None and "dir" in cols:
            form._put(ws, r, cols["dir"], pending_dir)
            dir_start = (r, pending_dir)
            pending_dir = None
        elif "dir" in cols:
            form._put(ws, r, cols["dir"], None)
        form._put(ws, r, cols["label"], label)
        if kind == "V":
            _, _, crit, raw, exp, link_raw, link_exp = row[:7]
            form.value(ws, r, cols["value"], raw, crit, exp, fmt=extra.get("fmt"),
                       note=extra.get("note"))
            if extra.get("pct"):
                form._put(ws, r, cols["pct"], "%")
            if extra.get("unit") is not None:
                form._put(ws, r, cols["unit"], extra["unit"])
            if extra.get("prev") is not None:
                form._put(ws, r, cols["prev"], extra["prev"], fmt=extra.get("fmt"))
            if link_raw is not None and link_exp is not None:
                form.link(ws, r, cols["link"], link_raw, crit, link_exp,
                          fixes=extra.get("fixes"), note=extra.get("link_note"))
            elif link_raw is not None:
                form.leave_out(ws, r, cols["link"], link_raw, crit, "link", extra["link_leave"])
            else:
                form._put(ws, r, cols["link"], None)
        elif kind == "D":
            _, _, raw, link_raw = row[:4]
            form.exp["not_criteria"].append(label)
            form._put(ws, r, cols["value"], raw)
            form._put(ws, r, cols["link"], link_raw)
            extra_d = row[4] if len(row) > 4 else {}
            if extra_d.get("prev") is not None:
                form._put(ws, r, cols["prev"], extra_d["prev"])
            if extra_d.get("unit") is not None:
                form._put(ws, r, cols["unit"], extra_d["unit"])
            if extra_d.get("pct"):
                form._put(ws, r, cols["pct"], "%")
        elif kind == "X":
            _, _, crit, raw, reason, link_raw = row[:6]
            extra_x = row[6] if len(row) > 6 else {}
            form.leave_out(ws, r, cols["value"], raw, crit, "value", reason)
            if link_raw is not None and extra_x.get("link_ok"):
                form.link(ws, r, cols["link"], link_raw, crit, link_raw,
                          note="the link is legible although the value is not")
            else:
                form._put(ws, r, cols["link"], link_raw)
            if extra_x.get("pct"):
                form._put(ws, r, cols["pct"], "%")
            if extra_x.get("unit") is not None:
                form._put(ws, r, cols["unit"], extra_x["unit"])
            if extra_x.get("prev") is not None:
                form._put(ws, r, cols["prev"], extra_x["prev"])
        for c in L.get("spacers", []):
            ws.cell(row=r, column=c).border = BOX
        r += 1
    close_dir(ws, r - 1)
    r = garbage(ws, r + L.get("gap", 1), L["garbage"])
    return ws


# ===========================================================================
# 01  МБОУ «СОШ № 3» с. Верх-Уша — ABBYY FineReader 15, two pages -> two sheets,
#     header repeated on the second sheet, direction column merged, spacer columns.
# ===========================================================================
def file01():
    f = Form("01_sosh3_verh-usha_FineReader.xlsx", "МБОУ «СОШ № З» с. Верх-Уша",
             "ABBYY FineReader PDF 15")
    U = "https://shkola3-verhusha.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    P172 = U + "prikaz_172_pary.pdf"

    def title(form, ws):
        ws.merge_cells("A1:G1")
        ws["A1"] = "Мониторинг реализации целевой модели настав-\nничества в 2024 году"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "Наименование ОО:"
        ws.merge_cells("C2:G2")
        form.org_cell(ws, "C2", "МБОУ «СОШ № З» с. Верх-Уша")
        ws["A3"] = "Отчётный период: январь – декабрь 2024 г."
        return 5

    def header(ws, r, first):
        heads = {1: "№", 3: "Направление", 4: "Критерий (показатель)", 6: "Значе-\nние",
                 7: "Источник информации\n(ссылка на документ)"}
        for c in range(1, 8):
            ws.cell(row=r, column=c, value=heads.get(c)).border = BOX
            ws.cell(row=r, column=c).font = Font(bold=True)
        for c, n in {1: 1, 3: 2, 4: 3, 6: 4, 7: 5}.items():
            ws.cell(row=r + 1, column=c, value=n).border = BOX
        return r + 2

    L = {"sheets": ["Таблица 1", "Таблица 2"],
         "cols": {"num": 1, "dir": 3, "label": 4, "value": 6, "link": 7},
         "spacers": [2, 5], "heading_mode": "col", "repeat_header": True,
         "widths": [5, 1.5, 22, 52, 1.2, 10, 48], "last_col": 7,
         "title": title, "header": header, "gap": 1,
         "garbage": [[(1, "М.П.")],
                     [(3, "Директор"), (4, "_______________ /Л.В. Перминова/")],
                     [(4, "~,. ;  '")],
                     [(3, "«16» января 2025 г.")],
                     [(4, "МУНИЦИПАЛЬНОЕ БЮДЖЕТН0Е 0БЩЕ0БРАЗ0ВАТЕЛЬН0Е * ОГРН 1О218О0651З2 *")],
                     [(6, ".:")]]}

    rows = [
        ("H", "Нормативное обеспечение"),
        ("V", "Приказ об утверждении Положения о системе настав-\nничества педагогических работников (да/нет)",
         "orgs_regulation_teachers", "Да", 1, U + "prikaz_148_polozhenie_ped.pdf", U + "prikaz_148_polozhenie_ped.pdf"),
        ("V", "Приказ об утверждении Положения о наставничестве обучающихся (да/нет)",
         "orgs_regulation_students", "Да", 1, U + "prikaz_149_polozhenie_obuch.pdf", U + "prikaz_149_polozhenie_obuch.pdf"),
        ("V", "Приказ о мониторинге реализации ЦМН в школе",
         "orgs_monitoring_order", "Да", 1, U + "prikaz_203_monitoring.pdf", U + "prikaz_203_monitoring.pdf"),
        ("V", "Информационная cправка по итогам внутреннего мони-\nторинга",
         "internal_monitoring_notes", "Да", 1, U + "spravka_monitoring_2024.pdf", U + "spravka_monitoring_2024.pdf"),
        ("H", "Организация процесса настав-\nничества"),
        ("V", "Kоличество кураторов внедрения ЦМН в ОО, чел.",
         "curators_total", 2, 2, U + "prikaz_150_kuratory.pdf", U + "prikaz_150_kuratory.pdf"),
        ("V", "Наставники в базе школы (по приказу), чел.",
         "mentors_total", 46, 46, U + "baza_nastavnikov_2024.pdf", U + "baza_nastavnikov_2024.pdf"),
        ("V", "Наставляемые в базе школы (по приказу), чел.",
         "mentees_total", 118, 118, U + "baza_nastavlyaemyh_2024.pdf", U + "baza_nastavlyaemyh_2024.pdf"),
        ("D", "Всего участников программ наставничества (наставники и наставляемые)", 164, None),
        ("V", "Соглашения с другими ОО, направившими своих педагогов в роли настав-\nников, шт.",
         "agreements_edu_orgs", 1, 1, U + "soglashenie_klyuchevskaya_2024.pdf", U + "soglashenie_klyuchevskaya_2024.pdf"),
        ("V", "Соглашения с предприятиями о предоставлении наставников, шт.",
         "agreements_enterprises", 1, 1, U + "soglashenie_agrofirma_usha.pdf", U + "soglashenie_agrofirma_usha.pdf"),
        ("V", "Соглашения с иными организациями (любой формы собственности), шт.",
         "agreements_other_orgs", 0, 0, None, None),
        ("V", "Партнёры школы по наставничеству (наименования)",
         "partner_list", "ООО «Агрофирма Уша»; МБОУ «Ключевская СОШ»", "ООО «Агрофирма Уша»; МБОУ «Ключевская СОШ»",
         U + "soglashenie_agrofirma_usha.pdf", U + "soglashenie_agrofirma_usha.pdf"),
        ("H", "Персонализиро-\nванные программы (ПП)"),
        ("V", "ПП наставничества по всем формам — всего",
         "pp_total", 41, 41, P172, P172),
        ("V", "в т.ч. «ученик – ученик»", "pp_pupil_pupil", 22, 22, P172, P172),
        ("V", "«учитель – учитель»", "pp_teacher_teacher", 9, 9, None, None),
        ("V", "«руководитель – педагог»", "pp_head_teacher", 2, 2, None, None),
        ("V", "«учитель – ученик»", "pp_teacher_pupil", 8, 8, None, None),
        ("V", "«студент – ученик»", "pp_student_pupil", 0, 0, None, None),
        ("V", "иные формы (указать)", "pp_other", 0, 0, None, None),
        ("H", "Наставники из внешних организаций"),
        ("V", "Наставники из других образовательных организаций (по приказу), чел.",
         "external_edu_mentors", 2, 2, P172, P172),
        ("V", "Наставники — сотрудники предприятий, чел.", "enterprise_mentors", 3, 3, P172, P172),
        ("V", "Наставники из иных организаций, чел.", "other_org_mentors", 1, 1, P172, P172),
        ("PAGE",),
        ("H", "Обучающиеся 10–19 лет"),
        ("V", "0бщее количество обучающихся 10–19 лет", "students_10_19", 312, 312, None, None),
        ("V", "из них вошли в программы настав-\nничества как наставляемые",
         "mentees_10_19", 74, 74, U + "prikaz_l72_pary.pdf", P172,
         {"fixes": [["prikaz_l72_pary", "prikaz_172_pary"]],
          "link_note": "OCR read «l» for «1»; the same order prikaz_172_pary.pdf is cited intact in 14 other rows"}),
        ("V", "— «группа риска»", "mentees_risk", 9, 9, P172, P172),
        ("V", "— одарённые дети (в реестре)", "mentees_gifted", 6, 6, P172, P172),
        ("V", "— дети с ОВЗ и дети-инвалиды", "mentees_disabled", 4, 4, P172, P172),
        ("V", "— низкая мотивация к учёбе, неудовлетворительная успеваемость",
         "mentees_low_motivation", "1О", 10, None, None,
         {"note": "«1О»: Cyrillic О for zero, read as 10 (the six sub-groups then sum to 74)"}),
        ("V", "— проблемы выбора образовательной траектории и профессии",
         "mentees_career", 18, 18, None, None),
        ("V", "— по иным параметрам", "mentees_other_params", 27, 27, None, None),
        ("D", "в т.ч. девочки", 39, None),
        ("V", "Дoля наставляемых 10–19 лет от общего числа, %", "share_mentees_10_19", 23.72, 23.72, None, None),
        ("H", "Обучающиеся 15–19 лет"),
        ("V", "Обучающихся 15–19 лет — всего", "students_15_19", 96, 96, None, None),
        ("V", "Наставники из числа обучающихся 15–19 лет (приказ)", "mentors_15_19", 21, 21, P172, P172),
        ("V", "Доля обучающихся 15–19 лет в роли настав-\nника, %", "share_mentors_15_19", 21.88, 21.88, None, None),
        ("H", "Удовлетво-\nрённость"),
        ("V", "Удовлетворённость наставляемых завершёнными программами, %",
         "satisfaction_mentees", 88, 88, U + "anketirovanie_itogi_2024.pdf", U + "anketirovanie_itogi_2024.pdf"),
        ("V", "Удовлетворённость наставников завершёнными программами, %",
         "satisfaction_mentors", 91, 91, U + "anketirovanie_itogi_2024.pdf", U + "anketirovanie_itogi_2024.pdf"),
        ("H", "Педагоги и молодые cпециалисты"),
        ("V", "Молодые специалисты (до 35 лет, стаж до 3 лет) — всего", "young_specialists", 5, 5, None, None),
        ("V", "из них наставляемые", "young_specialists_mentees", 5, 5, P172, P172),
        ("V", "Педагоги без учёта молодых cпециалистов — всего", "teachers_other", 38, 38, None, None),
        ("V", "из них в роли наставляемого", "teachers_other_mentees", 4, 4, P172, P172),
        ("V", "Доля молодых специалистов-наставляемых, %", "share_young_specialists_mentees", 100, 100, None, None),
        ("V", "Доля педагогов-наставляемых (всего), %", "share_teachers_mentees", 20.93, 20.93, None, None),
        ("V", "Педагоги, участвующие в утверждённых ПП", "teachers_in_pp", 20, 20, P172, P172),
        ("V", "Педагоги, прошедшие КПК по наставничеству в 2024 г.", "kpk_trained", 3, 3,
         U + "udostovereniya_kpk_2024.pdf", U + "udostovereniya_kpk_2024.pdf"),
        ("V", "Наименование курсов", "kpk_courses",
         "«Наставничество в образовательной организации: сопровождение молодого педагога», 36 ч.",
         "«Наставничество в образовательной организации: сопровождение молодого педагога», 36 ч.", None, None),
        ("V", "ШМО наставников, кол-во", "school_methodical_associations", 1, 1,
         U + "prikaz_151_shmo.pdf", U + "prikaz_151_shmo.pdf"),
        ("V", "Педагоги-наставники, чел.", "teachers_mentors", 19, 19, P172, P172),
        ("V", "Молодые специалисты в роли наставника, чел.", "young_specialists_mentors", 1, 1, P172, P172),
        ("V", "Доля педагогов-наставников, %", "share_teachers_mentors", 44.19, 44.19, None, None),
        ("V", "Доля молодых специалистов-наставников, %", "share_young_specialists_mentors", 20, 20, None, None),
        ("H", "Стимулиро-\nвание"),
        ("V", "Локальный акт об оплате работы наставников, кол-во", "pay_acts", 1, 1,
         U + "polozhenie_oplata_nastavnikov.pdf", U + "polozhenie_oplata_nastavnikov.pdf"),
        ("V", "Локальный акт о нематериальном поощрении наставников, кол-во", "nonmaterial_acts", 1, 1,
         U + "polozhenie_pooshchrenie.pdf", U + "polozhenie_pooshchrenie.pdf"),
    ]
    write_table(f, L, rows)
    f.save()
    return f


# ===========================================================================
# 02  МБОУ «Ключевская СОШ» — online PDF-to-Excel converter: everything text, two pages ->
#     "Page 1"/"Page 2" WITHOUT the header on page 2, one row cut by the page break,
#     "%" in its own cell, Cyrillic О / З inside numbers, spacer columns.
# ===========================================================================
def file02():
    f = Form("02_klyuchevskaya_pdf2excel.xlsx", "МБОУ «Ключевская СОШ»", "PDF to Excel Online Converter")
    U = "https://klyuchevskaya-shkola.gosuslugi.ru/ofitsialno/nastavnichestvo/"

    def title(form, ws):
        ws["B1"] = "Информация о реализации целевой модели наставничества"
        form.org_cell(ws, "B2", "МБОУ «Ключевская СОШ»")
        ws["B3"] = "за 2024 год"
        return 6

    def header(ws, r, first):
        for c, t in {1: "№ п/п", 2: "Показатель", 4: "Значение", 7: "Ссылка на подтверждающий\nдокумент"}.items():
            ws.cell(row=r, column=c, value=t)
        return r + 1

    L = {"sheets": ["Page 1", "Page 2"],
         "cols": {"num": 1, "label": 2, "value": 4, "pct": 5, "link": 7},
         "spacers": [], "heading_mode": "row", "merge_headings": False, "repeat_header": False,
         "widths": [6, 58, 2, 9, 3, 2, 55], "last_col": 7,
         "title": title, "header": header, "gap": 2,
         "garbage": [[(2, "М.П.")],
                     [(2, "Директор школы ______ /Н.А. Корепанова/")],
                     [(2, "~,. ;"), (4, "`·")],
                     [(2, "Исполнитель: Ложкина Т.Г., зам. директора по УВР, тел. 8 (34164) 3-12-О5")]]}
    rows = [
        ("H", "1. Нормативная база"),
        ("V", "Положение о системе наставничества педработников утверждено приказом",
         "orgs_regulation_teachers", "да", 1, U + "polozhenie-pedagogi.pdf", U + "polozhenie-pedagogi.pdf"),
        ("V", "Положение о наставничестве обучаю-\nщихся утверждено приказом",
         "orgs_regulation_students", "да", 1, U + "polozhenie-obuchayuschiesya.pdf", U + "polozhenie-obuchayuschiesya.pdf"),
        ("V", "Приказ о мониторинге целевой модели наставничества в школе",
         "orgs_monitoring_order", "да", 1, U + "prikaz-monitoring-2024.pdf", U + "prikaz-monitoring-2024.pdf"),
        ("V", "Справка по итогам внутреннего мониторинга (да/нет)",
         "internal_monitoring_notes", "нет", 0, None, None),
        ("H", "2. Организация наставничества"),
        ("V", "Куратор(ы) ЦМН, чел.", "curators_total", "1", 1, U + "prikaz-kurator.pdf", U + "prikaz-kurator.pdf"),
        ("V", "Наставники (по приказу), всего", "mentors_total", "27", 27,
         U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf"),
        ("V", "Наставляемые (по приказу), всего", "mentees_total", "6З", 63,
         U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf",
         {"note": "«6З»: Cyrillic З for the digit 3, read as 63"}),
        ("V", "Договоры с другими образовательными организациями о направлении наставников",
         "agreements_edu_orgs", "О", 0, None, None, {"note": "«О» (letter) read as 0"}),
        ("V", "Соглашения с предприятиями (наставники от предприятия)", "agreements_enterprises", "1", 1,
         U + "soglashenie-leshoz.pdf", U + "soglashenie-leshoz.pdf"),
        ("V", "Соглашения с иными организациями", "agreements_other_orgs", "О", 0, None, None,
         {"note": "«О» (letter) read as 0"}),
        ("V", "Предмет соглашения", "agreement_subjects",
         "наставничество по профориентации обучающихся 8–11 классов",
         "наставничество по профориентации обучающихся 8–11 классов", None, None),
        ("V", "С кем сотрудничаем (предприятия, организации)", "partner_list",
         "ООО «Ключевской леспромхоз»", "ООО «Ключевской леспромхоз»", None, None),
        ("D", "Количество совместных проектов с предприятиями-партнёрами", "2", None),
        ("H", "3. Персонализированные программы"),
        ("V", "Персонализированные программы (ПП) по всем формам", "pp_total", "2О", 20,
         U + "prikaz-pp-2024.pdf", U + "prikaz-pp-2024.pdf", {"note": "«2О» read as 20 (= 11+5+1+3)"}),
        ("V", "ПП «ученик – ученик»", "pp_pupil_pupil", "11", 11, None, None),
        ("V", "ПП «педагог – педагог»", "pp_teacher_teacher", "5", 5, None, None),
        ("V", "ПП «руководитель – педагог»", "pp_head_teacher", "1", 1, None, None),
        ("V", "ПП «учитель – ученик»", "pp_teacher_pupil", "3", 3, None, None),
        ("V", "ПП по иным формам", "pp_other", "О", 0, None, None, {"note": "«О» read as 0"}),
        ("H", "4. Внешние наставники"),
        ("V", "Наставники из других ОО (по приказу)", "external_edu_mentors", "О", 0, None, None,
         {"note": "«О» read as 0"}),
        ("V", "Наставники от предприятий", "enterprise_mentors", "2", 2,
         U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf"),
        ("H", "5. Обучающиеся 10–19 лет"),
        ("V", "Всего обучающихся 10–19 лет", "students_10_19", "2О4", 204, None, None,
         {"note": "«2О4» read as 204"}),
        ("V", "емого", "mentees_10_19", "58", 58, U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf",
         {"split": "Обучающиеся 10–19 лет, включённые в программы наставничества в роли наставля-",
          "note": "row cut by the page break: the label starts on Page 1, the rest of it («емого») and the value are on Page 2"}),
        ("V", "из них: «группа риска»", "mentees_risk", "5", 5, None, None),
        ("V", "одарённые (в реестре)", "mentees_gifted", "2", 2, None, None),
        ("V", "с ОВЗ, дети-инвалиды", "mentees_disabled", "3", 3, None, None),
        ("V", "низкая мотивация / неуспевающие", "mentees_low_motivation", "8", 8, None, None),
        ("V", "выбор профессии, образовательной траектории", "mentees_career", "14", 14, None, None),
        ("V", "иные параметры", "mentees_other_params", "26", 26, None, None),
        ("V", "Доля обучающихся 10–19 лет в роли наставляемого", "share_mentees_10_19", "28,43", 28.43,
         None, None, {"pct": True}),
        ("H", "6. Обучающиеся 15–19 лет"),
        ("V", "Обучающихся 15–19 лет, всего", "students_15_19", "61", 61, None, None),
        ("V", "Из них наставники (по приказу)", "mentors_15_19", "12", 12,
         U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf"),
        ("V", "Доля обучающихся 15–19 лет — наставников", "share_mentors_15_19", "19,67", 19.67,
         None, None, {"pct": True}),
        ("H", "7. Удовлетворённость участием в программах"),
        ("V", "наставляемых", "satisfaction_mentees", "84", 84,
         U + "anketa-itogi.pdf", U + "anketa-itogi.pdf", {"pct": True}),
        ("V", "наставников", "satisfaction_mentors", "9О", 90,
         U + "anketa-itogi.pdf", U + "anketa-itogi.pdf", {"pct": True, "note": "«9О» read as 90"}),
        ("H", "8. Педагоги"),
        ("V", "Молодые специалисты (до 35 лет, первые 3 года работы)", "young_specialists", "3", 3, None, None),
        ("V", "Молодые специалисты — наставляемые", "young_specialists_mentees", "3", 3,
         U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf"),
        ("V", "Педагоги (кроме молодых специалистов)", "teachers_other", "29", 29, None, None),
        ("V", "Педагоги (кроме молодых специалистов) — наставляемые", "teachers_other_mentees", "2", 2,
         U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf"),
        ("X", "Педагоги, участвующие в утверждённых ПП", "teachers_in_pp", "1 2",
         "«1 2»: 12, or 1 and a stray 2 from the ruling? Nobody can tell from the scan; left out", None),
        ("V", "Обучились на КПК по наставничеству (2024 г.)", "kpk_trained", "О", 0, None, None,
         {"note": "«О» read as 0"}),
        ("D", "Прошли КПК по наставничеству в 2023 г.", "2", None),
        ("V", "ШМО наставников", "school_methodical_associations", "1", 1,
         U + "prikaz-shmo.pdf", U + "prikaz-shmo.pdf"),
        ("V", "Педагоги-наставники", "teachers_mentors", "11", 11,
         U + "prikaz-nastavniki-2024.pdf", U + "prikaz-nastavniki-2024.pdf"),
        ("H", "9. Стимулирование наставников"),
        ("V", "Локальный акт об оплате наставничества", "pay_acts", "1", 1,
         U + "polozhenie-oplata.pdf", U + "polozhenie-oplata.pdf"),
        ("V", "Локальный акт о нематериальном поощрении", "nonmaterial_acts", "О", 0, None, None,
         {"note": "«О» read as 0"}),
    ]
    # the page break comes right before the split row (handled by "split")
    write_table(f, L, rows)
    f.save()
    return f


# ===========================================================================
# 03  МАОУ «Лицей № 1» с. Верх-Уша — ABBYY FineReader PDF 16, both pages on ONE sheet with the
#     header repeated in the middle, columns 2023 / 2024, shares as numbers with a % format,
#     a link with a space inside the address.
# ===========================================================================
def file03():
    f = Form("03_licey1_FineReader16.xlsx", "МАОУ «Лицей № 1» с. Верх-Уша", "ABBYY FineReader PDF 16")
    U = "https://licey1-verhusha.edu.ru/upload/nastavnichestvo/"
    B = U + "prikaz_87_bazy_2024.pdf"
    ws = f.wb.create_sheet("Таблица 1")
    widths(ws, [5, 60, 1.5, 11, 11, 1.5, 50])
    ws.merge_cells("A1:G1")
    ws["A1"] = "Сведения для мониторинга ЦМН (целевой модели наставничества)"
    ws.merge_cells("A2:G2")
    f.org_cell(ws, "A2", "МАОУ «Лицей № 1» с. Верх-Уша")

    def header(r):
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.merge_cells(start_row=r, start_column=7, end_row=r + 1, end_column=7)
        ws.cell(row=r, column=1, value="№")
        ws.cell(row=r, column=2, value="Показатель")
        ws.cell(row=r, column=4, value="Значение")
        ws.cell(row=r + 1, column=4, value="2023 г.")
        ws.cell(row=r + 1, column=5, value="2024 г.")
        ws.cell(row=r, column=7, value="Ссылка на документ")
        for rr in (r, r + 1):
            for c in range(1, 8):
                ws.cell(row=rr, column=c).border = BOX
        return r + 2

    f.exp["not_criteria"].append("2023 г.")
    L = {"cols": {"num": 1, "label": 2, "prev": 4, "value": 5, "link": 7}}
    P = "0.00%"
    rows = [
        ("H", "I. Нормативная база наставничества"),
        ("V", "Положение о наставничестве педагогических работников утверждено (1 – да, 0 – нет)",
         "orgs_regulation_teachers", 1, 1, U + "polozhenie_ped.pdf", U + "polozhenie_ped.pdf", {"prev": 1}),
        ("V", "Положение о наставничестве обучающихся утверждено (1 – да, 0 – нет)",
         "orgs_regulation_students", 1, 1, "https://licey1-verhusha.edu.ru/upload/ nastavnichestvo/polozhenie_obuch.pdf",
         U + "polozhenie_obuch.pdf",
         {"prev": 1, "fixes": [], "link_note": "OCR put a space after «upload/»; the address is certain without it"}),
        ("V", "Издан приказ о мониторинге ЦМН", "orgs_monitoring_order", 1, 1,
         U + "prikaz_214_monitoring.pdf", U + "prikaz_214_monitoring.pdf", {"prev": 0}),
        ("V", "Справка лицея по итогам внутреннего мониторинга", "internal_monitoring_notes", 1, 1,
         U + "spravka_vnutr_monitoring_2024.pdf", U + "spravka_vnutr_monitoring_2024.pdf", {"prev": 1}),
        ("H", "II. Организация наставничества"),
        ("V", "Кураторы ЦМН (приказ), чел.", "curators_total", 3, 3,
         U + "prikaz_86_kuratory.pdf", U + "prikaz_86_kuratory.pdf", {"prev": 2}),
        ("V", "Kоличество наставников в базе лицея", "mentors_total", 70, 70, B, B, {"prev": 61}),
        ("V", "Количество наставляемых в базе лицея", "mentees_total", 141, 141, B, B, {"prev": 126}),
        ("V", "Соглашения с образовательными организациями (наставники от партнёра)",
         "agreements_edu_orgs", 2, 2, U + "soglasheniya_2024.pdf", U + "soglasheniya_2024.pdf", {"prev": 1}),
        ("V", "Соглашения с предприятиями (наставники от предприятий)", "agreements_enterprises", 2, 2,
         U + "soglasheniya_2024.pdf", U + "soglasheniya_2024.pdf", {"prev": 1}),
        ("V", "Соглашения с иными организациями", "agreements_other_orgs", 1, 1,
         U + "soglasheniya_2024.pdf", U + "soglasheniya_2024.pdf", {"prev": 0}),
        ("V", "Партнёры (предприятия, организации)", "partner_list",
         "ГБПОУ «Верх-Ушинский аграрный техникум»; АО «Ушинский молочный завод»; МБУК «Верх-Ушинский РДК»",
         "ГБПОУ «Верх-Ушинский аграрный техникум»; АО «Ушинский молочный завод»; МБУК «Верх-Ушинский РДК»",
         None, None, {"prev": "ГБПОУ «Верх-Ушинский аграрный техникум»; АО «Ушинский молочный завод»"}),
        ("V", "Наставники из других ОО (по приказу)", "external_edu_mentors", 4, 4, B, B, {"prev": 2}),
        ("V", "Наставники от предприятий", "enterprise_mentors", 5, 5, B, B, {"prev": 3}),
        ("V", "Наставники из иных организаций", "other_org_mentors", 2, 2, B, B, {"prev": 0}),
        ("H", "III. Персонализированные программы наставничества (ППН)"),
        ("V", "ППН всего", "pp_total", 52, 52, U + "prikaz_88_ppn.pdf", U + "prikaz_88_ppn.pdf", {"prev": 47}),
        ("V", "ученик – ученик", "pp_pupil_pupil", 24, 24, None, None, {"prev": 21}),
        ("V", "учитель – учитель", "pp_teacher_teacher", 12, 12, None, None, {"prev": 11}),
        ("V", "руководитель – педагог", "pp_head_teacher", 3, 3, None, None, {"prev": 3}),
        ("V", "студент – ученик", "pp_student_pupil", 4, 4, None, None, {"prev": 2}),
        ("V", "учитель – ученик", "pp_teacher_pupil", 9, 9, None, None, {"prev": 10}),
        ("V", "иная форма", "pp_other", "О", 0, None, None, {"prev": "О", "note": "«О» read as 0"}),
        ("PAGE",),
        ("H", "IV. Обучающиеся в возрасте 10–19 лет"),
        ("V", "Обучающихся 10–19 лет, всего", "students_10_19", 426, 426, None, None, {"prev": 411}),
        ("V", "Наставляемые 10–19 лет", "mentees_10_19", 107, 107, B, B, {"prev": 96}),
        ("V", "в т.ч. «группа риска»", "mentees_risk", 8, 8, None, None, {"prev": 7}),
        ("V", "одарённые дети (вошедшие в реестры)", "mentees_gifted", 21, 21, None, None, {"prev": 19}),
        ("V", "дети с ОВЗ, дети-инвалиды", "mentees_disabled", 5, 5, None, None, {"prev": 4}),
        ("V", "низкая учебная мотивация", "mentees_low_motivation", 11, 11, None, None, {"prev": 12}),
        ("V", "профессиональное самоопределение", "mentees_career", 30, 30, None, None, {"prev": 26}),
        ("V", "по иным параметрам", "mentees_other_params", 32, 32, None, None, {"prev": 28}),
        ("V", "Доля наставляемых 10–19 лет", "share_mentees_10_19", 0.2512, 25.12, None, None,
         {"prev": 0.2336, "fmt": P}),
        ("H", "V. Обучающиеся 15–19 лет"),
        ("V", "Обучающихся 15–19 лет, всего", "students_15_19", 138, 138, None, None, {"prev": 131}),
        ("V", "Наставники из обучающихся 15–19 лет", "mentors_15_19", 34, 34, B, B, {"prev": 29}),
        ("V", "Доля наставников 15–19 лет", "share_mentors_15_19", 0.2464, 24.64, None, None,
         {"prev": 0.2214, "fmt": P}),
        ("H", "VI. Удовлетворённость (по анкетированию)"),
        ("V", "наставляемые", "satisfaction_mentees", 0.92, 92, U + "anketirovanie_2024.pdf",
         U + "anketirovanie_2024.pdf", {"prev": 0.9, "fmt": "0%"}),
        ("V", "наставники", "satisfaction_mentors", 0.95, 95, U + "anketirovanie_2024.pdf",
         U + "anketirovanie_2024.pdf", {"prev": 0.93, "fmt": "0%"}),
        ("H", "VII. Педагогические работники"),
        ("V", "Молодые cпециалисты (до 35 лет, 1–3 год работы)", "young_specialists", 7, 7, None, None, {"prev": 6}),
        ("V", "из них наставляемые", "young_specialists_mentees", 6, 6, B, B, {"prev": 6}),
        ("V", "Педагоги, кроме молодых cпециалистов", "teachers_other", 49, 49, None, None, {"prev": 50}),
        ("V", "из них наставляемые", "teachers_other_mentees", 6, 6, B, B, {"prev": 5}),
        ("V", "Доля молодых специалистов — наставляемых", "share_young_specialists_mentees", 0.8571, 85.71,
         None, None, {"prev": 1, "fmt": P}),
        ("V", "Доля педагогов — наставляемых", "share_teachers_mentees", 0.2143, 21.43, None, None,
         {"prev": 0.1964, "fmt": P}),
        ("V", "Педагоги в утверждённых ППН", "teachers_in_pp", 27, 27, U + "prikaz_88_ppn.pdf",
         U + "prikaz_88_ppn.pdf", {"prev": 24}),
        ("V", "Обучены на КПК по вопросам наставничества (за год)", "kpk_trained", 4, 4,
         U + "kpk_2024.pdf", U + "kpk_2024.pdf", {"prev": 2}),
        ("V", "Курсы (наименование)", "kpk_courses", "«Организация наставничества в школе», 36 ч.",
         "«Организация наставничества в школе», 36 ч.", None, None, {"prev": "—"}),
        ("V", "Методические объединения наставников", "school_methodical_associations", 1, 1,
         U + "prikaz_90_mo.pdf", U + "prikaz_90_mo.pdf", {"prev": 1}),
        ("V", "Педагоги в роли наставника", "teachers_mentors", 24, 24, B, B, {"prev": 22}),
        ("V", "Молодые специалисты в роли наставника", "young_specialists_mentors", 1, 1, B, B, {"prev": 0}),
        ("V", "Доля педагогов-наставников", "share_teachers_mentors", 0.4286, 42.86, None, None,
         {"prev": 0.3929, "fmt": P}),
        ("V", "Доля молодых специалистов-наставников", "share_young_specialists_mentors", 0.1429, 14.29,
         None, None, {"prev": 0, "fmt": P}),
        ("H", "VIII. Стимулирование"),
        ("V", "Локальные акты об оплате работы наставника", "pay_acts", 1, 1,
         U + "polozhenie_oplata.pdf", U + "polozhenie_oplata.pdf", {"prev": 1}),
        ("V", "Локальные акты о нематериальном поощрении наставника", "nonmaterial_acts", 1, 1,
         U + "polozhenie_pooshchrenie.pdf", U + "polozhenie_pooshchrenie.pdf", {"prev": 0}),
    ]
    r = header(4)
    num = 0
    for row in rows:
        if row[0] == "PAGE":
            r += 1                           # blank line where the page ended
            ws.cell(row=r, column=2, value="2")   # page number recognised as a lone cell
            r += 2
            r = header(r)                    # header of page 2 repeated on the same sheet
            continue
        if row[0] == "H":
            f.exp["headings"].append(row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            r += 1
            continue
        _, label, crit, raw, exp, lraw, lexp, extra = row
        num += 1
        f._put(ws, r, 1, num)
        f._put(ws, r, 2, label)
        f._put(ws, r, 4, extra.get("prev"), fmt=extra.get("fmt") if not isinstance(extra.get("prev"), str) else None)
        f.value(ws, r, 5, raw, crit, exp, fmt=extra.get("fmt") if not isinstance(raw, str) else None,
                note=extra.get("note"))
        if lraw is not None:
            f.link(ws, r, 7, lraw, crit, lexp, fixes=extra.get("fixes"), note=extra.get("link_note"))
        else:
            f._put(ws, r, 7, None)
        r += 1
    r += 1
    garbage(ws, r, [[(2, "Директор МАОУ «Лицей № 1»   ___________   /С.П. Вострокнутова/")],
                    [(2, "М.П."), (5, "°")],
                    [(2, ";~ ,.  ..")]])
    f.save()
    return f


# ===========================================================================
# 04  МБОУ «Итинская ООШ» — online converter that turns every printed line into its own row:
#     wrapped labels run over 2–3 rows (a hyphenated word broken across rows), value on the
#     first row, many empty spacer columns, "%" in its own cell.
# ===========================================================================
def file04():
    f = Form("04_itinskaya_oosh_online.xlsx", "МБОУ «Итинская ООШ»", "Online PDF2Excel")
    U = "https://itinskaya-oosh.gosuslugi.ru/netcat_files/nastavnichestvo/"
    ws = f.wb.create_sheet("Table 1")
    widths(ws, [4, 2, 46, 2, 8, 2, 3, 2, 52])
    ws["C1"] = "Мониторинг целевой модели"
    ws["C2"] = "наставничества, 2024 г."
    f.org_cell(ws, "C3", "МБОУ «Итинская ООШ»")
    ws["A5"] = "№"
    ws["C5"] = "Критерий"
    ws["E5"] = "Знач."
    ws["I5"] = "Ссылка (источник)"
    LBL, VAL, PCT, LNK = 3, 5, 7, 9
    rows = [
        ("H", ["Нормативно-правовое обеспечение"]),
        ("V", ["Утверждено Положение о наставничестве", "педагогических работников"], "orgs_regulation_teachers",
         "Да", 1, U + "polozhenie_ped_2023.pdf", {}),
        ("V", ["Утверждено Положение о наставничестве", "обучающихся"], "orgs_regulation_students",
         "Да", 1, U + "polozhenie_obuch_2023.pdf", {}),
        ("V", ["Приказ о мониторинге реализации настав-", "ничества"], "orgs_monitoring_order",
         "Да", 1, U + "prikaz_monitoring_2024.pdf", {}),
        ("V", ["Справка по итогам внутреннего", "мониторинга"], "internal_monitoring_notes", "Да", 1, None, {}),
        ("H", ["Организация"]),
        ("V", ["Кураторы ЦМН"], "curators_total", "1", 1, U + "prikaz_kurator.pdf", {}),
        ("V", ["Наставники по приказу"], "mentors_total", "12", 12, U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("V", ["Наставляемые по приказу"], "mentees_total", "25", 25, U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("D", ["Итого наставников и наставляемых"], "37", None, {}),
        ("V", ["Соглашения с ОО о предоставлении", "наставников"], "agreements_edu_orgs", "1", 1,
         U + "dogovor_klyuchevskaya.pdf", {}),
        ("V", ["Соглашения с предприятиями"], "agreements_enterprises", "О", 0, None, {"note": "«О» read as 0"}),
        ("V", ["Соглашения с иными организациями"], "agreements_other_orgs", "О", 0, None, {"note": "«О» read as 0"}),
        ("V", ["Наставники из других ОО"], "external_edu_mentors", "1", 1,
         U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("V", ["Наставники с предприятий"], "enterprise_mentors", "О", 0, None, {"note": "«О» read as 0"}),
        ("H", ["Персонализированные программы"]),
        ("V", ["Всего персонализированных программ"], "pp_total", "9", 9, U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("V", ["ученик-ученик"], "pp_pupil_pupil", "4", 4, None, {}),
        ("V", ["учитель-учитель"], "pp_teacher_teacher", "2", 2, None, {}),
        ("V", ["учитель-ученик"], "pp_teacher_pupil", "3", 3, None, {}),
        ("H", ["Обучающиеся"]),
        ("V", ["Kоличество обучающихся в возрасте", "10–19 лет"], "students_10_19", "58", 58, None, {}),
        ("V", ["Из них наставляемые (вошли в про-", "граммы наставничества)"], "mentees_10_19", "19", 19,
         U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("V", ["в т.ч. из «группы риска»"], "mentees_risk", "3", 3, None, {}),
        ("V", ["в т.ч. дети с ОВЗ / инвалиды"], "mentees_disabled", "2", 2, None, {}),
        ("V", ["в т.ч. с низкой мотивацией к учёбе"], "mentees_low_motivation", "6", 6, None, {}),
        ("V", ["в т.ч. испытывающие трудности с", "выбором профессии"], "mentees_career", "4", 4, None, {}),
        ("V", ["в т.ч. одарённые"], "mentees_gifted", "О", 0, None, {"note": "«О» read as 0"}),
        ("V", ["в т.ч. по иным параметрам"], "mentees_other_params", "4", 4, None, {}),
        ("V", ["Доля наставляемых от общего числа", "обучающихся 10–19 лет"], "share_mentees_10_19", "32,76",
         32.76, None, {"pct": True}),
        ("V", ["Обучающихся 15–19 лет (9 класс)"], "students_15_19", "9", 9, None, {}),
        ("V", ["Из них в роли наставника"], "mentors_15_19", "3", 3, U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("V", ["Доля обучающихся 15–19 лет — на-", "ставников"], "share_mentors_15_19", "33,33", 33.33,
         None, {"pct": True}),
        ("H", ["Удовлетворённость"]),
        ("V", ["Удовлетворённость наставляемых"], "satisfaction_mentees", "8О", 80, U + "anketa_2024.pdf",
         {"pct": True, "note": "«8О» read as 80"}),
        ("V", ["Удовлетворённость наставников"], "satisfaction_mentors", "85", 85, U + "anketa_2024.pdf",
         {"pct": True}),
        ("H", ["Педагоги"]),
        ("V", ["Молодые cпециалисты"], "young_specialists", "1", 1, None, {}),
        ("V", ["Молодые специалисты — наставляемые"], "young_specialists_mentees", "1", 1,
         U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("V", ["Педагоги (без молодых специалистов)"], "teachers_other", "13", 13, None, {}),
        ("V", ["Педагоги-наставники"], "teachers_mentors", "5", 5, U + "prikaz_nastavnicheskie_pary_2024.pdf", {}),
        ("V", ["Доля педагогов-наставников"], "share_teachers_mentors", "35,71", 35.71, None, {"pct": True}),
    ]
    r = 6
    num = 0
    for row in rows:
        if row[0] == "H":
            f.exp["headings"].append(" ".join(row[1]))
            ws.cell(row=r, column=LBL, value=row[1][0])
            r += 1
            continue
        if row[0] == "D":
            _, lines, raw, lraw, extra = row
            f.exp["not_criteria"].append(join_lines(lines))
            num += 1
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=VAL, value=raw)
            for i, ln in enumerate(lines):
                ws.cell(row=r + i, column=LBL, value=ln)
            r += len(lines)
            continue
        _, lines, crit, raw, exp, lraw, extra = row
        num += 1
        ws.cell(row=r, column=1, value=num)
        f.value(ws, r, VAL, raw, crit, exp, note=extra.get("note"))
        ws.cell(row=r, column=VAL).border = Border()
        if extra.get("pct"):
            ws.cell(row=r, column=PCT, value="%")
        if lraw:
            f.link(ws, r, LNK, lraw, crit, lraw)
            ws.cell(row=r, column=LNK).border = Border()
        for i, ln in enumerate(lines):
            ws.cell(row=r + i, column=LBL, value=ln)
        r += len(lines)
    r += 1
    garbage(ws, r, [[(3, "Директор")], [(3, "_________ /О.Н. Ившина/"), (5, "М.П.")],
                    [(3, "~,. ;"), (9, "· '")], [(3, "19.О1.2025")]])
    f.save()
    return f


def join_lines(lines):
    out = ""
    for ln in lines:
        if out.endswith("-"):
            out = out[:-1] + ln
        else:
            out = (out + " " + ln).strip()
    return out


# ===========================================================================
# 05  МБУ ДО «Дом детского творчества» с. Верх-Уша — online converter, two pages -> two sheets,
#     header repeated, Latin O inside numbers, a cloud link nobody can restore.
# ===========================================================================
def file05():
    f = Form("05_ddt_verh-usha_convert.xlsx", "МБУ ДО «Дом детского творчества» с. Верх-Уша",
             "Smart PDF Converter (online)")
    U = "https://ddt-verhusha.gosuslugi.ru/netcat_files/dokumenty/nastavnichestvo/"
    PR = U + "prikaz_45_nastavnichestvo_2024.pdf"

    def title(form, ws):
        ws["A1"] = "Форма мониторинга ЦМН за 2024 год"
        ws["A2"] = "Учреждение:"
        form.org_cell(ws, "B2", "МБУ ДО «Дом детского творчества» с. Верх-Уша")
        return 4

    def header(ws, r, first):
        for c, t in {1: "№", 2: "Критерий мониторинга", 3: "", 4: "Данные за 2024 г.", 5: "",
                     6: "Подтверждающий документ (ссылка)"}.items():
            ws.cell(row=r, column=c, value=t or None).border = BOX
        return r + 1

    L = {"sheets": ["Table 1", "Table 2"],
         "cols": {"num": 1, "label": 2, "value": 4, "pct": 5, "link": 6},
         "spacers": [3], "heading_mode": "row", "repeat_header": True,
         "widths": [5, 55, 1.5, 11, 3, 55], "last_col": 6,
         "title": title, "header": header, "gap": 1,
         "garbage": [[(2, "Директор МБУ ДО ДДТ ________ /Е.В. Сунцова/")],
                     [(2, "М.П."), (4, "~")],
                     [(2, "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ Д0П0ЛНИТЕЛЬН0Г0 * ИНН 18З1ОО4217 *")],
                     [(2, "~,. ;"), (6, "'- ,")]]}
    cloud_raw = "https://cloud.mail.ru/public/9Il Q/x7lKm2Vp"
    rows = [
        ("H", "Раздел 1. Нормативное обеспечение"),
        ("V", "Положение о системе наставничества педагогических работников (приказ)",
         "orgs_regulation_teachers", "да", 1, U + "polozhenie_pedagogi.pdf", U + "polozhenie_pedagogi.pdf"),
        ("V", "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", "да", 1,
         U + "polozhenie_obuchayushchiesya.pdf", U + "polozhenie_obuchayushchiesya.pdf"),
        ("V", "Приказ о мониторинге наставничества в учреждении", "orgs_monitoring_order", "да", 1,
         U + "prikaz_61_monitoring.pdf", U + "prikaz_61_monitoring.pdf"),
        ("V", "Информационная справка (внутренний мониторинг)", "internal_monitoring_notes", "да", 1,
         U + "spravka_2024.pdf", U + "spravka_2024.pdf"),
        ("H", "Раздел 2. Организация"),
        ("V", "Куратор ЦМН", "curators_total", "1", 1, U + "prikaz_44_kurator.pdf", U + "prikaz_44_kurator.pdf"),
        ("V", "Наставники (по приказу)", "mentors_total", "24", 24, PR, PR),
        ("V", "Наставляемые (по приказу)", "mentees_total", "52", 52, PR, PR),
        ("V", "Соглашения со школами о направлении наставников", "agreements_edu_orgs", "3", 3,
         U + "soglasheniya_shkoly.pdf", U + "soglasheniya_shkoly.pdf"),
        ("V", "Соглашения с предприятиями", "agreements_enterprises", "O", 0, None, None,
         {"note": "Latin «O» read as 0"}),
        ("V", "Соглашения с иными организациями", "agreements_other_orgs", "1", 1,
         U + "soglashenie_rdk.pdf", U + "soglashenie_rdk.pdf"),
        ("V", "Организации-партнёры по наставничеству", "partner_list",
         "МБОУ «СОШ № 3» с. Верх-Уша; МБОУ «Ключевская СОШ»; МБОУ «Итинская ООШ»; МБУК «Верх-Ушинский РДК»",
         "МБОУ «СОШ № 3» с. Верх-Уша; МБОУ «Ключевская СОШ»; МБОУ «Итинская ООШ»; МБУК «Верх-Ушинский РДК»",
         None, None),
        ("V", "Наставники из школ (внешние ОО)", "external_edu_mentors", "3", 3, PR, PR),
        ("V", "Наставники из иных организаций (РДК)", "other_org_mentors", "1", 1, PR, PR),
        ("V", "Наставники от предприятий", "enterprise_mentors", "O", 0, None, None,
         {"note": "Latin «O» read as 0"}),
        ("H", "Раздел 3. Персонализированные программы"),
        ("V", "ПП, всего", "pp_total", "14", 14, PR, PR),
        ("V", "«ученик – ученик»", "pp_pupil_pupil", "6", 6, None, None),
        ("V", "«педагог – педагог»", "pp_teacher_teacher", "3", 3, None, None),
        ("V", "«педагог – обучающийся»", "pp_teacher_pupil", "5", 5, None, None),
        ("PAGE",),
        ("H", "Раздел 4. Обучающиеся"),
        ("V", "Обучающиеся 10–19 лет (всего в ДДТ)", "students_10_19", "64O", 640, None, None,
         {"note": "«64O» with a Latin O read as 640 (the share 7,03 % = 45/640 confirms it)"}),
        ("V", "Наставляемые 10–19 лет", "mentees_10_19", "45", 45, PR, PR),
        ("V", "из них одарённые (в реестрах)", "mentees_gifted", "12", 12, None, None),
        ("V", "из них «группа риска»", "mentees_risk", "4", 4, None, None),
        ("V", "из них ОВЗ и инвалиды", "mentees_disabled", "3", 3, None, None),
        ("V", "из них выбор профессии", "mentees_career", "6", 6, None, None),
        ("V", "из них низкая мотивация", "mentees_low_motivation", "O", 0, None, None,
         {"note": "Latin «O» read as 0"}),
        ("V", "по иным параметрам (творческие объединения)", "mentees_other_params", "2O", 20, None, None,
         {"note": "«2O» read as 20 (12+4+3+6+0+20 = 45)"}),
        ("V", "Доля наставляемых 10–19 лет", "share_mentees_10_19", "7,03", 7.03, None, None, {"pct": True}),
        ("D", "План на 2025 г. — доля наставляемых 10–19 лет", "1О", None, {"pct": True}),
        ("V", "Обучающиеся 15–19 лет", "students_15_19", "1O5", 105, None, None, {"note": "«1O5» read as 105"}),
        ("V", "Наставники из обучающихся 15–19 лет", "mentors_15_19", "8", 8, PR, PR),
        ("V", "Доля наставников 15–19 лет", "share_mentors_15_19", "7,62", 7.62, None, None, {"pct": True}),
        ("H", "Раздел 5. Удовлетворённость"),
        ("V", "наставляемых", "satisfaction_mentees", "93", 93, cloud_raw, None,
         {"pct": True, "link_leave": "cloud link: OCR gave «9Il Q/x7lKm2Vp» — a random token where I/l/1 "
          "cannot be told apart and the space may hide a character; nobody can restore it"}),
        ("V", "наставников", "satisfaction_mentors", "9O", 90, cloud_raw, None,
         {"pct": True, "note": "«9O» read as 90", "link_leave": "same unreadable cloud link"}),
        ("H", "Раздел 6. Педагоги"),
        ("V", "Молодые специалисты", "young_specialists", "2", 2, None, None),
        ("V", "Молодые специалисты-наставляемые", "young_specialists_mentees", "2", 2, PR, PR),
        ("V", "Педагоги (кроме молодых специалистов)", "teachers_other", "24", 24, None, None),
        ("V", "Педагоги (кроме молодых специалистов)-наставляемые", "teachers_other_mentees", "1", 1, PR, PR),
        ("V", "Педагоги-наставники", "teachers_mentors", "11", 11, PR, PR),
        ("V", "КПК по наставничеству (2024)", "kpk_trained", "1", 1,
         U + "udostoverenie_kpk.pdf", U + "udostoverenie_kpk.pdf"),
        ("V", "Методическое объединение наставников", "school_methodical_associations", "1", 1,
         U + "prikaz_46_mo.pdf", U + "prikaz_46_mo.pdf"),
        ("H", "Раздел 7. Стимулирование"),
        ("V", "Акт об оплате наставничества", "pay_acts", "O", 0, None, None, {"note": "Latin «O» read as 0"}),
        ("V", "Акт о нематериальном поощрении", "nonmaterial_acts", "1", 1,
         U + "polozhenie_pooshchrenie.pdf", U + "polozhenie_pooshchrenie.pdf"),
    ]
    write_table(f, L, rows)
    f.save()
    return f


# ===========================================================================
# 06  МБОУ «Кузьминская СОШ» — ABBYY FineReader 15, three pages -> three sheets: header
#     repeated on page 2 but not on page 3, unit column, yes/no as 1/0, «З2» for 32,
#     a value under the stamp nobody can read.
# ===========================================================================
def file06():
    f = Form("06_kuzminskaya_sosh_FineReader.xlsx", "МБОУ «Кузьминская СОШ»", "ABBYY FineReader PDF 15")
    U = "https://kuzminskaya-sosh.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    PR = U + "prikaz_126_ot_02.09.2024.pdf"

    def title(form, ws):
        ws.merge_cells("A1:F1")
        ws["A1"] = "Отчёт о реализации целевой модели наставничества"
        ws.merge_cells("A2:F2")
        ws["A2"] = "(по состоянию на 20.12.2024)"
        ws.merge_cells("A3:F3")
        form.org_cell(ws, "A3", "МБОУ «Кузьминская СОШ»")
        return 5

    def header(ws, r, first):
        for c, t in {1: "№ п/п", 2: "Наименование показателя", 3: "Ед. изм.", 4: "Значе-\nние",
                     5: None, 6: "Ссылка на подтверждающий документ"}.items():
            ws.cell(row=r, column=c, value=t).border = BOX
        return r + 1

    L = {"sheets": ["Page 1", "Page 2", "Page 3"],
         "cols": {"num": 1, "label": 2, "unit": 3, "value": 4, "link": 6},
         "spacers": [5], "heading_mode": "row", "repeat_header": True,
         "widths": [6, 56, 8, 9, 1.2, 55], "last_col": 6,
         "title": title, "header": header, "gap": 1,
         "garbage": [[(2, "Директор школы"), (4, "М.П.")],
                     [(2, "______________ /В.А. Бабушкина/")],
                     [(2, "~,. ;"), (3, "° ,")]]}
    rows = [
        ("H", "1. Нормативная база"),
        ("V", "Положение о системе наставничества педагогов утверждено", "orgs_regulation_teachers", 1, 1,
         U + "polozhenie_ped.pdf", U + "polozhenie_ped.pdf", {"unit": "1/0"}),
        ("V", "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students", 1, 1,
         U + "polozhenie_obuch.pdf", U + "polozhenie_obuch.pdf", {"unit": "1/0"}),
        ("V", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", 1, 1,
         U + "prikaz_monitoring.pdf", U + "prikaz_monitoring.pdf", {"unit": "1/0"}),
        ("V", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", 1, 1,
         U + "spravka_2024.pdf", U + "spravka_2024.pdf", {"unit": "1/0"}),
        ("D", "Дорожная карта внедрения ЦМН утверждена", 1, U + "dorozhnaya_karta.pdf", {"unit": "1/0"}),
        ("H", "2. Организационные условия"),
        ("V", "Кураторы внедрения ЦМН", "curators_total", 1, 1, PR, PR, {"unit": "чел."}),
        ("V", "Наставники по приказу", "mentors_total", 24, 24, PR, PR, {"unit": "чел."}),
        ("V", "Наставляемые по приказу", "mentees_total", 57, 57, PR, PR, {"unit": "чел."}),
        ("V", "Соглашения с другими ОО о предоставлении наставников", "agreements_edu_orgs", 0, 0,
         None, None, {"unit": "шт."}),
        ("V", "Соглашения с предприятиями о предоставлении наставников", "agreements_enterprises", 1, 1,
         U + "soglashenie_kfh.pdf", U + "soglashenie_kfh.pdf", {"unit": "шт."}),
        ("V", "Соглашения с иными организациями", "agreements_other_orgs", 0, 0, None, None, {"unit": "шт."}),
        ("V", "Наименование предприятия-партнёра", "partner_list", "КФХ «Кузьминское»", "КФХ «Кузьминское»",
         None, None, {"unit": "—"}),
        ("V", "Наставники — работники предприятий", "enterprise_mentors", 2, 2, PR, PR, {"unit": "чел."}),
        ("H", "3. Персонализированные программы наставничества"),
        ("V", "Количество ПП (все формы)", "pp_total", 17, 17, PR, PR, {"unit": "шт."}),
        ("V", "форма «ученик – ученик»", "pp_pupil_pupil", 8, 8, None, None, {"unit": "шт."}),
        ("V", "форма «учитель – учитель»", "pp_teacher_teacher", 4, 4, None, None, {"unit": "шт."}),
        ("V", "форма «руководитель – педагог»", "pp_head_teacher", 1, 1, None, None, {"unit": "шт."}),
        ("V", "форма «учитель – ученик»", "pp_teacher_pupil", 4, 4, None, None, {"unit": "шт."}),
        ("PAGE",),
        ("H", "4. Вовлечённость обучающихся"),
        ("V", "Численность обучающихся 10–19 лет", "students_10_19", 148, 148, None, None, {"unit": "чел."}),
        ("V", "Наставляемые из числа обучающихся 10–19 лет", "mentees_10_19", 37, 37, PR, PR, {"unit": "чел."}),
        ("V", "в т.ч. «группа риска»", "mentees_risk", 4, 4, None, None, {"unit": "чел."}),
        ("V", "в т.ч. одарённые дети", "mentees_gifted", 3, 3, None, None, {"unit": "чел."}),
        ("V", "в т.ч. дети с ОВЗ, инвалиды", "mentees_disabled", 2, 2, None, None, {"unit": "чел."}),
        ("V", "в т.ч. низкая мотивация, неуспеваемость", "mentees_low_motivation", 7, 7, None, None,
         {"unit": "чел."}),
        ("V", "в т.ч. трудности выбора профессии", "mentees_career", 9, 9, None, None, {"unit": "чел."}),
        ("V", "в т.ч. иные параметры", "mentees_other_params", 12, 12, None, None, {"unit": "чел."}),
        ("V", "Доля наставляемых 10–19 лет", "share_mentees_10_19", 25, 25, None, None, {"unit": "%"}),
        ("V", "Численность обучающихся 15–19 лет", "students_15_19", "З2", 32, None, None,
         {"unit": "чел.", "note": "«З2»: Cyrillic З for 3, read as 32 (9/32 = 28,13 % confirms it)"}),
        ("V", "Наставники из обучающихся 15–19 лет", "mentors_15_19", 9, 9, PR, PR, {"unit": "чел."}),
        ("V", "Доля наставников 15–19 лет", "share_mentors_15_19", 28.13, 28.13, None, None, {"unit": "%"}),
        ("H", "5. Удовлетворённость участников"),
        ("V", "Удовлетворённость наставляемых", "satisfaction_mentees", 86, 86,
         U + "anketirovanie.pdf", U + "anketirovanie.pdf", {"unit": "%"}),
        ("X", "Удовлетворённость наставников", "satisfaction_mentors", "°8",
         "the stamp lies over the cell: «°8» may be 68, 78, 88 or 98 — nobody can tell; left out",
         U + "anketirovanie.pdf", {"unit": "%", "link_ok": True}),
        ("PAGE",),
        ("H", "6. Педагоги"),
        ("V", "Молодые специалисты (до 35 лет, стаж до 3-х лет)", "young_specialists", 2, 2, None, None,
         {"unit": "чел."}),
        ("V", "из них наставляемые", "young_specialists_mentees", 2, 2, PR, PR, {"unit": "чел."}),
        ("V", "Педагоги (кроме молодых специалистов)", "teachers_other", 21, 21, None, None, {"unit": "чел."}),
        ("V", "из них наставляемые", "teachers_other_mentees", 3, 3, PR, PR, {"unit": "чел."}),
        ("V", "Доля молодых специалистов-наставляемых", "share_young_specialists_mentees", 100, 100, None, None,
         {"unit": "%"}),
        ("V", "Доля педагогов-наставляемых", "share_teachers_mentees", 21.74, 21.74, None, None, {"unit": "%"}),
        ("V", "Педагоги, участвующие в ПП", "teachers_in_pp", 10, 10, PR, PR, {"unit": "чел."}),
        ("V", "Обучились на КПК по наставничеству", "kpk_trained", 2, 2,
         U + "kpk_udostovereniya.pdf", U + "kpk_udostovereniya.pdf", {"unit": "чел."}),
        ("V", "Школьное методическое объединение наставников", "school_methodical_associations", 1, 1,
         U + "prikaz_shmo.pdf", U + "prikaz_shmo.pdf", {"unit": "шт."}),
        ("V", "Педагоги-наставники", "teachers_mentors", 9, 9, PR, PR, {"unit": "чел."}),
        ("V", "Молодые специалисты — наставники", "young_specialists_mentors", 0, 0, None, None, {"unit": "чел."}),
        ("V", "Доля педагогов-наставников", "share_teachers_mentors", 39.13, 39.13, None, None, {"unit": "%"}),
        ("H", "7. Стимулирование"),
        ("V", "Положение (локальный акт) об оплате работы наставников", "pay_acts", 0, 0, None, None,
         {"unit": "шт."}),
        ("V", "Локальный акт о нематериальном поощрении", "nonmaterial_acts", 1, 1,
         U + "polozhenie_nematerialnoe.pdf", U + "polozhenie_nematerialnoe.pdf", {"unit": "шт."}),
    ]
    # page 3 without the repeated header: patch L after page 2 is created
    orig_header = header
    state = {"n": 0}

    def header_once_more(ws, r, first):
        state["n"] += 1
        if first or state["n"] <= 2:
            return orig_header(ws, r, first)
        return r                          # page 3: the converter did not repeat the header
    L["header"] = header_once_more
    write_table(f, L, rows)
    f.save()
    return f


def main():
    os.makedirs(TYPED, exist_ok=True)
    forms = [file01(), file02(), file03(), file04(), file05(), file06()]
    expected = [f.exp for f in forms]
    cells = []
    for f in forms:
        cells.extend(f.cells)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cells, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len(forms)} values={nv} links={nl}")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links")


if __name__ == "__main__":
    main()
