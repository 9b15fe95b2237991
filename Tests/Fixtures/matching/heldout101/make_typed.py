#!/usr/bin/env python3
"""heldout101 generator: 2024 ЦМН monitoring forms as they look after export from other spreadsheet programs
(Apple Numbers, Р7-Офис / ONLYOFFICE, МойОфис Таблица, WPS Spreadsheets), emulated with openpyxl.

Writes typed/*.xlsx, expected.json and cells.json. Deterministic (fixed data, no randomness); only the zip
timestamps differ between runs. Run: python3 make_typed.py && python3 selfcheck.py
"""
import datetime
import hashlib
import json
import pathlib
import re
import shutil
import zipfile

import openpyxl
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
CRIT = set()
if CRITERIA_TSV.exists():
    for line in CRITERIA_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            CRIT.add(line.split("\t")[0])

CELLS = []
ORG_CELLS = []
FORMS = []
PATCHES = {}  # file -> list of (sheet_index, cell, cached value) for formulas
APP = {}      # file -> (Application string, custom props)


# ----------------------------------------------------------------------------------------------------------
def exp_of(raw, fmt="General"):
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, (int, float)):
        if "%" in fmt:
            return round(raw * 100 + 1e-9, 2)
        return raw
    s = str(raw).strip()
    low = s.lower()
    if low in ("да", "имеется", "есть"):
        return 1
    if low in ("нет", "отсутствует"):
        return 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() else x
    return s


def url(host, *parts):
    return "https://" + host + "/" + "/".join(parts)


def disk(seed, kind="yandex"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if kind == "yandex":
        return "https://disk.yandex.ru/i/" + h[:14]
    if kind == "mail":
        return "https://cloud.mail.ru/public/" + h[:4].upper() + "/" + h[4:13]
    if kind == "icloud":
        return "https://www.icloud.com/iclouddrive/0" + h[:24] + "#" + seed.split("/")[-1]
    raise ValueError(kind)


class Form:
    def __init__(self, file, organisation, program):
        self.file = "typed/" + file
        self.org = organisation
        self.program = program
        self.values, self.links = {}, {}
        self.nc, self.headings = [], []
        FORMS.append(self)

    def value(self, ws, cell, crit, raw, fmt, title, title_cell, exp=None, **extra):
        assert crit in CRIT or not CRIT, crit
        assert crit not in self.values, (self.file, crit)
        e = exp_of(raw, fmt) if exp is None else exp
        self.values[crit] = e
        d = {"file": self.file, "sheet": ws.title, "cell": cell, "criterion": crit, "kind": "value",
             "expected": e, "title": title, "title_cell": title_cell}
        d.update(extra)
        CELLS.append(d)

    def link(self, ws, cell, crit, u, title, title_cell, shown):
        assert crit not in self.links, (self.file, crit)
        self.links[crit] = u
        CELLS.append({"file": self.file, "sheet": ws.title, "cell": cell, "criterion": crit, "kind": "link",
                      "expected": u, "title": title, "title_cell": title_cell, "hyperlink": True, "shown": shown})

    def orgcell(self, ws, cell):
        ORG_CELLS.append({"file": self.file, "sheet": ws.title, "cell": cell, "organisation": self.org})


def R(t, c=None, v=None, f="General", l=None, lt=None, n=None, x=None, exp=None, cache=None, footer=False):
    """One row: title, criterion ('NC' = not a criterion, None = plain row), raw value, number format,
    link url, link text shown (default: the url), number cell text, extra cells {col offset: raw},
    expected override, cached result of a formula, footer row style."""
    return dict(t=t, c=c, v=v, f=f, l=l, lt=lt, n=n, x=x or {}, exp=exp, cache=cache, footer=footer)


def put_link(ws, cell, u, shown, font=None):
    c = ws[cell]
    c.value = shown if shown else u
    c.hyperlink = u
    c.font = font or Font(name=ws.parent._h_font, size=ws.parent._h_size, color="FF0563C1", underline="single")


def thin(color="FFB7B7B7"):
    s = Side(style="thin", color=color)
    return Border(left=s, right=s, top=s, bottom=s)


def row_out(F, ws, r, cols, row, st, numbered=False):
    """Write one data row. cols: dict with 't', 'v', optional 'l', 'n' column numbers."""
    tcol, vcol = cols["t"], cols["v"]
    tcell = ws.cell(r, tcol, row["t"])
    tcell.font = st["col_font"] if row["t"] else st["font"]
    if st.get("col_fill") is not None:
        tcell.fill = st["col_fill"]
    tcell.alignment = Alignment(wrap_text=True, vertical="center", indent=st.get("indent", 0))
    if "n" in cols and row["n"] is not None:
        ncell = ws.cell(r, cols["n"], row["n"])
        ncell.font = st["font"]
        ncell.alignment = Alignment(horizontal="center", vertical="center")
    if row["footer"]:
        for cc in set(cols.values()) | {vcol + k for k in row["x"]}:
            ws.cell(r, cc).font = st["footer_font"]
            if st.get("footer_fill") is not None:
                ws.cell(r, cc).fill = st["footer_fill"]
    v = row["v"]
    if v is not None:
        vc = ws.cell(r, vcol, v)
        vc.number_format = row["f"]
        vc.alignment = Alignment(horizontal="center", vertical="center", wrap_text=isinstance(v, str))
        if not row["footer"]:
            vc.font = st["font"]
        if row["cache"] is not None:
            PATCHES.setdefault(F.file, []).append((ws.parent.sheetnames.index(ws.title), vc.coordinate,
                                                   row["cache"]))
    for k, xv in row["x"].items():
        xc = ws.cell(r, vcol + k, xv)
        xc.font = st["font"]
        xc.alignment = Alignment(wrap_text=True, vertical="center")
    tref = ws.cell(r, tcol).coordinate
    if row["c"] == "NC":
        F.nc.append(row["t"])
    elif row["c"] and v is not None:
        src = row["cache"] if row["cache"] is not None else v
        extra = {"number_format": row["f"]}
        if row["cache"] is not None:
            extra["formula"] = v
        F.value(ws, ws.cell(r, vcol).coordinate, row["c"], src, row["f"], row["t"], tref, exp=row["exp"], **extra)
    if row["l"] and "l" in cols:
        lc = ws.cell(r, cols["l"]).coordinate
        put_link(ws, lc, row["l"], row["lt"])
        if row["c"] and row["c"] != "NC":
            F.link(ws, lc, row["c"], row["l"], row["t"], tref, row["lt"] or row["l"])
    elif row["lt"] and "l" in cols:  # text without a link («готовится», «—»)
        c = ws.cell(r, cols["l"], row["lt"])
        c.font = st["font"]
    for cc in set(cols.values()) | {vcol + k for k in row["x"]}:
        ws.cell(r, cc).border = st["border"]


# ----------------------------------------------------------------------------------------------------------
# Apple Numbers export
NUM_FONT = "Helvetica Neue"


def numbers_style(header_fill="FFDCE6F0", col_fill="FFF2F5F8"):
    return {
        "font": Font(name=NUM_FONT, size=10),
        "col_font": Font(name=NUM_FONT, size=10, bold=True),
        "col_fill": PatternFill("solid", fgColor=header_fill if False else col_fill),
        "head_font": Font(name=NUM_FONT, size=10, bold=True),
        "head_fill": PatternFill("solid", fgColor=header_fill),
        "name_font": Font(name=NUM_FONT, size=12, bold=True),
        "footer_font": Font(name=NUM_FONT, size=10, bold=True),
        "footer_fill": PatternFill("solid", fgColor="FFE8E8E8"),
        "border": thin("FFBFBFBF"),
    }


def numbers_book():
    wb = openpyxl.Workbook()
    wb._h_font, wb._h_size = NUM_FONT, 10
    ws = wb.active
    ws.title = "Сводка экспорта"
    return wb


def numbers_summary(wb, entries):
    """Numbers puts a summary worksheet first when «Включить лист сводки» is on."""
    ws = wb["Сводка экспорта"]
    ws["A1"] = "Сводка экспорта"
    ws["A1"].font = Font(name=NUM_FONT, size=14, bold=True)
    ws["A3"], ws["B3"], ws["C3"] = "Имя листа Numbers", "Имя таблицы Numbers", "Имя листа Excel"
    for c in ("A3", "B3", "C3"):
        ws[c].font = Font(name=NUM_FONT, size=10, bold=True)
        ws[c].fill = PatternFill("solid", fgColor="FFDCE6F0")
    r = 4
    for sheet, table, xl in entries:
        ws.cell(r, 1, sheet).font = Font(name=NUM_FONT, size=10)
        ws.cell(r, 2, table).font = Font(name=NUM_FONT, size=10)
        ws.cell(r, 3, xl).font = Font(name=NUM_FONT, size=10)
        r += 1
    ws.cell(r + 1, 1, "Этот документ экспортирован из Numbers. Каждая таблица преобразована в лист Excel. "
                      "Все другие объекты на каждом листе Numbers помещены на отдельные листы. Учтите, что "
                      "результаты вычисления формул в Excel могут отличаться.").font = Font(name=NUM_FONT, size=10)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 34


def xl_name(sheet, table):
    return (sheet + " - " + table)[:31]


def numbers_table(F, wb, sheet, table, headers, rows, name_row=None, at=(1, 1), widths=(46, 12, 40),
                  cols=None, st=None, heading=True):
    """One Numbers table on its own worksheet. name_row: text typed by the user into the table's first row
    (merged across the width, header style) — or, with at != (1,1), the table's name shown above it
    (exported into A1). Returns the worksheet."""
    st = st or numbers_style()
    ws = wb.create_sheet(xl_name(sheet, table))
    r0, c0 = at
    width = len(headers)
    r = r0
    if name_row is not None:
        if at == (1, 1):
            ws.cell(r, c0, name_row)
            ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + width - 1)
            for k in range(width):
                ws.cell(r, c0 + k).fill = st["head_fill"]
                ws.cell(r, c0 + k).border = st["border"]
            ws.cell(r, c0).font = st["name_font"]
            ws.cell(r, c0).alignment = Alignment(horizontal="left", vertical="center")
            r += 1
        else:
            ws.cell(1, 1, name_row).font = st["name_font"]
        if heading:
            F.headings.append(name_row)
    for k, h in enumerate(headers):
        c = ws.cell(r, c0 + k, h)
        c.font = st["head_font"]
        c.fill = st["head_fill"]
        c.border = st["border"]
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    cols = {k: c0 + v for k, v in (cols or {"t": 0, "v": 1, "l": 2}).items()}
    for row in rows:
        row_out(F, ws, r, cols, row, st)
        r += 1
    for k, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(c0 + k)].width = w
    ws.sheet_view.showGridLines = False
    return ws


# ----------------------------------------------------------------------------------------------------------
def office_style(font, size, cap_theme, head_theme, title_theme):
    return {
        "font": Font(name=font, size=size),
        "col_font": Font(name=font, size=size),
        "col_fill": None,
        "head_font": Font(name=font, size=size, bold=True),
        "head_fill": PatternFill("solid", fgColor=Color(theme=head_theme[0], tint=head_theme[1])),
        "cap_font": Font(name=font, size=size + 1, bold=True),
        "cap_fill": PatternFill("solid", fgColor=Color(theme=cap_theme[0], tint=cap_theme[1])),
        "title_font": Font(name=font, size=size + 3, bold=True, color=Color(theme=1)),
        "title_fill": PatternFill("solid", fgColor=Color(theme=title_theme[0], tint=title_theme[1])),
        "footer_font": Font(name=font, size=size, bold=True),
        "footer_fill": None,
        "border": thin("FF9E9E9E"),
    }


def section(F, ws, r0, c0, caption, headers, rows, st, cols, sub=None):
    """A «Раздел N» table the user made on the shared sheet: caption merged over its width, its own header."""
    width = len(headers)
    ws.cell(r0, c0, caption)
    ws.merge_cells(start_row=r0, start_column=c0, end_row=r0, end_column=c0 + width - 1)
    ws.cell(r0, c0).font = st["cap_font"]
    ws.cell(r0, c0).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for k in range(width):
        ws.cell(r0, c0 + k).fill = st["cap_fill"]
        ws.cell(r0, c0 + k).border = st["border"]
    F.headings.append(caption)
    r = r0 + 1
    if sub:
        ws.cell(r, c0, sub)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + width - 1)
        ws.cell(r, c0).font = Font(name=st["font"].name, size=st["font"].sz, italic=True)
        ws.cell(r, c0).alignment = Alignment(horizontal="center")
        F.headings.append(sub)
        r += 1
    for k, h in enumerate(headers):
        c = ws.cell(r, c0 + k, h)
        c.font = st["head_font"]
        c.fill = st["head_fill"]
        c.border = st["border"]
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    cc = {k: c0 + v for k, v in cols.items()}
    for row in rows:
        row_out(F, ws, r, cc, row, st)
        r += 1
    return r


def finish(wb, F, application, custom=None, creator=None):
    wb.properties.creator = creator
    for k, v in (custom or {}).items():
        wb.custom_doc_props.append(StringProperty(name=k, value=v))
    path = HERE / F.file
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    APP[F.file] = (application, custom or {})


def postprocess(fname):
    """Cached results of formulas (as the exporting program stores them) and the application's name."""
    path = HERE / fname
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m:
                text = data.decode("utf-8")
                for idx, cell, cache in PATCHES.get(fname, []):
                    if idx + 1 != int(m.group(1)):
                        continue
                    pat = re.compile(r'(<c r="%s"[^>]*>)(<f>.*?</f>)<v\s*/>' % cell)
                    text, n = pat.subn(lambda mm: mm.group(1) + mm.group(2) + "<v>%s</v>" % repr(cache), text)
                    assert n == 1, (fname, cell)
                data = text.encode("utf-8")
            if item.filename == "docProps/app.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<Application>.*?</Application>", "<Application>%s</Application>" % APP[fname][0],
                              text)
                data = text.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp, path)


# ==========================================================================================================
# 1. Apple Numbers: one Numbers sheet «Лист 1», tables not renamed («Лист 1 - Таблица N»), the user typed each
#    table's name into its first row; the title is a one-cell table «Таблица 1».
def file1():
    org = "МБОУ «Вьюжинская СОШ № 1»"
    F = Form("01_Вьюжинская_СОШ1_ЦМН_2024.xlsx", org, "Apple Numbers 14")
    S = "sh1-vyuzhino.gosuslugi.ru"

    def site(name):
        return url(S, "netcat_files", "userfiles", "nastavnichestvo", "2024", name)

    wb = numbers_book()
    ws = wb.create_sheet("Лист 1 - Таблица 1")
    ws["A1"] = "Мониторинг реализации целевой модели наставничества за 2024 год\n" + org
    ws["A1"].font = Font(name=NUM_FONT, size=16, bold=True)
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 70
    ws.row_dimensions[1].height = 44
    ws.sheet_view.showGridLines = False
    F.orgcell(ws, "A1")

    numbers_table(F, wb, "Лист 1", "Таблица 2", ["Показатель", "Отметка", "Документ (ссылка)"], [
        R("Положение о системе наставничества пед. работников (приказ)", "orgs_regulation_teachers", True,
          l=site("polozhenie_nastavnichestvo_ped.pdf")),
        R("Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", True,
          l=site("polozhenie_nastavnichestvo_obuch.pdf")),
        R("Приказ о мониторинге реализации ЦМН в школе", "orgs_monitoring_order", True,
          l=site("prikaz_monitoring_cmn_2024.pdf")),
        R("Инф. справка по итогам внутреннего мониторинга", "internal_monitoring_notes", True,
          l=disk("sosh1/spravka_vnutr_monitoring_2024.pdf", "icloud")),
        R("Дорожная карта ЦМН на 2024–2025 уч. год", "NC", True, l=site("dorozhnaya_karta_2024_2025.pdf")),
        R("Положение об оплате (доплата наставникам), ед.", "pay_acts", 1, l=site("polozhenie_ob_oplate.pdf")),
        R("Лок. акты о нематериальном поощрении наставников, ед.", "nonmaterial_acts", 2,
          l=site("nematerialnoe_pooshchrenie.pdf")),
    ], name_row="1. Нормативная база ЦМН")

    ws3 = numbers_table(F, wb, "Лист 1", "Таблица 3", ["Категория", "Чел.", "Приказ / список"], [
        R("Кураторы внедрения ЦМН", "curators_total", 2, l=site("prikaz_kuratory.pdf")),
        R("Наставники по приказу — всего", "mentors_total", 34, l=site("prikaz_nastavniki_2024.pdf")),
        R("— педагоги школы", "teachers_mentors", 21),
        R("      из них молодые специалисты", "young_specialists_mentors", 2),
        R("— обучающиеся 15–19 лет", "mentors_15_19", 9, l=site("baza_nastavnikov_obuch.xlsx")),
        R("— работники других ОО", "external_edu_mentors", 2),
        R("— сотрудники предприятий", "enterprise_mentors", 1),
        R("— представители иных организаций", "other_org_mentors", 1),
        R("Наставляемые по приказу — всего", "mentees_total", 96, l=site("prikaz_nastavlyaemye_2024.pdf")),
        R("Всего участников ЦМН", "NC", "=B4+B11", cache=130, footer=True),
    ], name_row="2. Наставники и наставляемые", at=(1, 1), cols={"t": 0, "v": 1, "l": 2})
    # the footer formula refers to the table's own cells: B4 = mentors, B11 = mentees
    assert ws3["A4"].value == "Наставники по приказу — всего" and ws3["B11"].value == 96

    numbers_table(F, wb, "Лист 1", "Таблица 4", ["Показатель", "Значение", "Ссылка"], [
        R("Обучающихся 10–19 лет (на 31.12.2024)", "students_10_19", 512),
        R("Вовлечены как наставляемые (10–19 лет)", "mentees_10_19", 78, l=site("spisok_nastavlyaemyh.pdf")),
        R("в т.ч. «группа риска»", "mentees_risk", 8),
        R("в т.ч. одарённые (в реестре)", "mentees_gifted", 14),
        R("в т.ч. ОВЗ и дети-инвалиды", "mentees_disabled", 6),
        R("в т.ч. низкая мотивация / неуспеваемость", "mentees_low_motivation", 19),
        R("в т.ч. трудности с выбором профессии", "mentees_career", 17),
        R("в т.ч. по другим основаниям", "mentees_other_params", 11),
        R("Охват 10–19 лет, %", "share_mentees_10_19", "=B4/B3", f="0.00%", cache=78 / 512),
        R("Обучающихся 15–19 лет", "students_15_19", 131),
        R("Доля обучающихся-наставников 15–19, %", "share_mentors_15_19", "='Лист 1 - Таблица 3'!B7/B12",
          f="0.00%", cache=9 / 131),
    ], name_row="3. Обучающиеся 10–19 лет", cols={"t": 0, "v": 1, "l": 2})

    numbers_table(F, wb, "Лист 1", "Таблица 5", ["Форма", "Кол-во ПП", "Программы (ссылка)"], [
        R("Ученик – ученик", "pp_pupil_pupil", 6, l=disk("sosh1/pp_uchenik_uchenik.zip", "icloud")),
        R("Учитель – учитель", "pp_teacher_teacher", 8, l=disk("sosh1/pp_uchitel_uchitel.zip", "icloud")),
        R("Студент – студент", "pp_student_student", 0),
        R("Руководитель – педагог", "pp_head_teacher", 1, l=disk("sosh1/pp_rukovoditel.pdf", "icloud")),
        R("Студент – ученик", "pp_student_pupil", 0),
        R("Учитель – ученик", "pp_teacher_pupil", 5, l=disk("sosh1/pp_uchitel_uchenik.zip", "icloud")),
        R("Иная форма", "pp_other", 0),
        R("Всего ПП", "pp_total", "=SUM(B3:B9)", cache=20, footer=True),
    ], name_row="4. Персонализированные программы")

    numbers_table(F, wb, "Лист 1", "Таблица 6", ["Показатель", "Значение", "Подтверждение"], [
        R("Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "young_specialists", 6),
        R("— из них наставляемые", "young_specialists_mentees", 6, l=site("prikaz_ms_2024.pdf")),
        R("Педагоги без учёта молодых специалистов", "teachers_other", 48),
        R("— из них наставляемые", "teachers_other_mentees", 5, l=site("prikaz_pedagogi_nastavlyaemye.pdf")),
        R("Доля педагогов-наставляемых, %", "share_teachers_mentees", 0.2037, f="0.00%"),
        R("Доля педагогов-наставников, %", "share_teachers_mentors", 0.3889, f="0.00%"),
        R("Педагоги, участвующие в утверждённых ПП", "teachers_in_pp", 27),
        R("Прошли КПК по наставничеству в 2024 г.", "kpk_trained", 4, l=disk("sosh1/udostovereniya_kpk.pdf",
                                                                          "icloud")),
        R("Название курсов", "kpk_courses",
          "«Наставничество в образовательной организации: организация и сопровождение», 36 ч.\n"
          "«Школа наставника», 24 ч.",
          exp="«Наставничество в образовательной организации: организация и сопровождение», 36 ч.; "
              "«Школа наставника», 24 ч."),
        R("ШМО наставников (кол-во)", "school_methodical_associations", 1, l=site("prikaz_shmo.pdf")),
        R("Наставнических пар «педагог – педагог»", "NC", 11),
    ], name_row="5. Педагогические кадры", widths=(46, 40, 40))

    numbers_table(F, wb, "Лист 1", "Таблица 7", ["Показатель", "Кол-во", "Соглашение"], [
        R("Соглашения с другими образов. организациями", "agreements_edu_orgs", 2,
          l=site("soglasheniya_oo.pdf")),
        R("Соглашения с предприятиями", "agreements_enterprises", 1, l=site("soglashenie_zavod.pdf")),
        R("Соглашения с иными организациями", "agreements_other_orgs", 1, l=site("soglashenie_cbs.pdf")),
        R("Партнёры (наименования)", "partner_list",
          "МБОУ «Вьюжинская СОШ № 2»\nГБПОУ УР «Вьюжинский политехнический техникум»\n"
          "АО «Вьюжинский машиностроительный завод»\nМБУК «Вьюжинская ЦБС»",
          exp="МБОУ «Вьюжинская СОШ № 2»; ГБПОУ УР «Вьюжинский политехнический техникум»; "
              "АО «Вьюжинский машиностроительный завод»; МБУК «Вьюжинская ЦБС»"),
        R("Предмет соглашений", "agreement_subjects",
          "совместная реализация программ наставничества (формы «студент – ученик», «работодатель – ученик»)"),
    ], name_row="6. Социальное партнёрство", widths=(46, 52, 40))

    numbers_table(F, wb, "Лист 1", "Таблица 8", ["Показатель", "Результат", "Отчёт"], [
        R("Удовлетворённость наставляемых", "satisfaction_mentees", 0.92, f="0%",
          l=disk("sosh1/anketirovanie_dekabr_2024.pdf", "icloud")),
        R("Удовлетворённость наставников", "satisfaction_mentors", 0.955, f="0.0%",
          l=disk("sosh1/anketirovanie_nastavniki_2024.pdf", "icloud")),
        R("Заполнили анкету, чел.", "NC", 112),
    ], name_row="7. Удовлетворённость (анкетирование, декабрь 2024)")

    numbers_summary(wb, [("Лист 1", "Таблица %d" % k, "Лист 1 - Таблица %d" % k) for k in range(1, 9)])
    finish(wb, F, "Numbers/14.1", creator="Ирина Касаткина")


# ==========================================================================================================
# 2. Apple Numbers: several Numbers sheets («Титул», «Раздел 1» …), tables renamed, so the Excel sheet names
#    are «<лист> - <таблица>» cut at 31 characters; the table's name shown above it is in A1 and the table sits
#    at B3; checkboxes → TRUE/FALSE; a horizontal ПП table; partners one per row.
def file2():
    org = "МАОУ «Гимназия № 4» г. Вьюжино"
    F = Form("Гимназия 4 - мониторинг ЦМН 2024.xlsx", org, "Apple Numbers 13")
    S = "gimn4-vyuzhino.ru"

    def site(name):
        return url(S, "wp-content", "uploads", "2024", "12", name)

    entries = []
    wb = numbers_book()
    st = numbers_style(header_fill="FFCFE2F3", col_fill="FFEAF2FA")

    ws = wb.create_sheet(xl_name("Титул", "Заголовок"))
    entries.append(("Титул", "Заголовок", ws.title))
    ws["A1"] = org + "\nОтчёт о реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(name=NUM_FONT, size=18, bold=True, color="FF1F4E79")
    ws["A1"].alignment = Alignment(wrap_text=True)
    ws.column_dimensions["A"].width = 80
    ws.row_dimensions[1].height = 50
    ws.sheet_view.showGridLines = False
    F.orgcell(ws, "A1")

    ws = wb.create_sheet(xl_name("Титул", "Исполнитель"))
    entries.append(("Титул", "Исполнитель", ws.title))
    for k, (a, b) in enumerate([("Ответственный", "Пономарёва Алла Витальевна, зам. директора по НМР"),
                                ("Телефон", "8 (34162) 3-11-47"), ("E-mail", "nmr@gimn4-vyuzhino.ru"),
                                ("Дата заполнения", datetime.date(2024, 12, 20))], start=1):
        ws.cell(k, 1, a).font = st["col_font"]
        ws.cell(k, 1).fill = st["col_fill"]
        c = ws.cell(k, 2, b)
        c.font = st["font"]
        if isinstance(b, datetime.date):
            c.number_format = "DD.MM.YYYY"
        ws.cell(k, 1).border = ws.cell(k, 2).border = st["border"]
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 52

    def T(sheet, table, headers, rows, widths, cols=None):
        w = numbers_table(F, wb, sheet, table, headers, rows, name_row=table, at=(3, 2), widths=widths,
                          cols=cols, st=st)
        entries.append((sheet, table, w.title))
        return w

    T("Раздел 1", "Нормативные документы", ["Документ", "Есть", "Реквизиты", "Ссылка"], [
        R("Положение о наставничестве педагогических работников", "orgs_regulation_teachers", True,
          x={1: "пр. № 112-о от 29.08.2023"}, l=site("polozhenie_ped.pdf")),
        R("Положение о наставничестве обучающихся", "orgs_regulation_students", True,
          x={1: "пр. № 112-о от 29.08.2023"}, l=site("polozhenie_obuch.pdf")),
        R("Приказ о мониторинге ЦМН в гимназии", "orgs_monitoring_order", False, x={1: "готовится"}),
        R("Справка по итогам внутреннего мониторинга за 2024 г.", "internal_monitoring_notes", True,
          x={1: "от 18.12.2024"}, l=site("spravka_monitoring_2024.pdf")),
        R("Акты об оплате наставничества (кол-во)", "pay_acts", 1, x={1: "Положение об оплате труда, п. 4.7"},
          l=site("polozhenie_oplata.pdf")),
        R("Акты о нематериальном поощрении (кол-во)", "nonmaterial_acts", 1, x={1: "пр. № 41-о от 01.03.2024"},
          l=site("nematerialnoe.pdf")),
        R("План работы ШМО наставников", "NC", True, x={1: "на 2024/25 уч. г."}, l=site("plan_shmo.pdf")),
    ], widths=(50, 8, 30, 44), cols={"t": 0, "v": 1, "l": 3})

    T("Раздел 2", "Наставники и наставляемые", ["Показатель", "2024", "Документ"], [
        R("Кураторы ЦМН", "curators_total", 3, l=site("prikaz_kuratory.pdf")),
        R("Наставников всего (приказ)", "mentors_total", 58, l=site("prikaz_nastavniki.pdf")),
        R("   из них гимназисты 15–19 лет", "mentors_15_19", 19),
        R("   сотрудники других школ, вузов, СПО", "external_edu_mentors", 3, l=site("dogovory_oo.pdf")),
        R("   сотрудники предприятий", "enterprise_mentors", 2),
        R("   из иных организаций", "other_org_mentors", 1),
        R("Наставляемых всего (приказ)", "mentees_total", 171, l=site("prikaz_nastavlyaemye.pdf")),
        R("Пар / групп закреплено", "NC", 96),
    ], widths=(46, 10, 44))

    T("Раздел 2", "Обучающиеся 10-19 лет", ["Показатель", "2024", "Документ"], [
        R("Всего обучающихся 10–19 лет", "students_10_19", 934),
        R("из них наставляемые", "mentees_10_19", 139, l=site("baza_nastavlyaemyh.pdf")),
        R("   «группа риска»", "mentees_risk", 11),
        R("   одарённые", "mentees_gifted", 41),
        R("   ОВЗ / инвалиды", "mentees_disabled", 9),
        R("   неуспевающие, низкая мотивация", "mentees_low_motivation", 22),
        R("   профориентация", "mentees_career", 35),
        R("   иные", "mentees_other_params", 16),
        R("Доля, %", "share_mentees_10_19", "=C5/C4", f="0.00%", cache=139 / 934),
        R("Всего обучающихся 15–19 лет", "students_15_19", 248),
        R("Доля гимназистов-наставников 15–19 лет, %", "share_mentors_15_19",
          "='%s'!C6/C13" % xl_name("Раздел 2", "Наставники и наставляемые"), f="0.00%", cache=19 / 248),
        R("Наставляемые 5–9 кл. / 10–11 кл.", "NC", "102 / 37"),
    ], widths=(46, 10, 44))

    # horizontal table: forms across, «Кол-во ПП» and «Ссылка» rows
    ws = wb.create_sheet(xl_name("Раздел 3", "Персонализированные программы"))
    entries.append(("Раздел 3", "Персонализированные программы", ws.title))
    ws["A1"] = "Персонализированные программы"
    ws["A1"].font = st["name_font"]
    F.headings.append("Персонализированные программы")
    forms = [("ученик – ученик", "pp_pupil_pupil", 12, site("pp_uu.pdf")),
             ("учитель – учитель", "pp_teacher_teacher", 14, site("pp_pp.pdf")),
             ("студент – студент", "pp_student_student", None, None),
             ("руководитель – педагог", "pp_head_teacher", 3, None),
             ("студент – ученик", "pp_student_pupil", 2, site("pp_su.pdf")),
             ("учитель – ученик", "pp_teacher_pupil", 9, site("pp_pu.pdf")),
             ("иная форма", "pp_other", 1, None)]
    ws.cell(3, 2, "Форма наставничества")
    ws.cell(4, 2, "Кол-во ПП")
    ws.cell(5, 2, "Ссылка")
    ws.cell(6, 2, "Примечание")
    for r in range(3, 7):
        ws.cell(r, 2).font = st["col_font"]
        ws.cell(r, 2).fill = st["head_fill"] if r == 3 else st["col_fill"]
        ws.cell(r, 2).border = st["border"]
    for k, (t, crit, v, u) in enumerate(forms):
        c = 3 + k
        h = ws.cell(3, c, t)
        h.font, h.fill, h.border = st["head_font"], st["head_fill"], st["border"]
        h.alignment = Alignment(horizontal="center", wrap_text=True)
        if v is not None:
            ws.cell(4, c, v).font = st["font"]
            F.value(ws, ws.cell(4, c).coordinate, crit, v, "General", t, h.coordinate)
        if u:
            put_link(ws, ws.cell(5, c).coordinate, u, "программа")
            F.link(ws, ws.cell(5, c).coordinate, crit, u, t, h.coordinate, "программа")
        for r in (4, 5, 6):
            ws.cell(r, c).border = st["border"]
            ws.cell(r, c).alignment = Alignment(horizontal="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.cell(6, 9, "«работодатель – ученик» (АО «ВМЗ»)").font = st["font"]
    tc = 3 + len(forms)
    h = ws.cell(3, tc, "Всего")
    h.font, h.fill, h.border = st["head_font"], st["head_fill"], st["border"]
    ws.cell(4, tc, "=SUM(C4:I4)").font = st["footer_font"]
    PATCHES.setdefault(F.file, []).append((wb.sheetnames.index(ws.title), ws.cell(4, tc).coordinate, 41))
    F.value(ws, ws.cell(4, tc).coordinate, "pp_total", 41, "General", "Всего", h.coordinate, formula="=SUM(C4:I4)")
    for r in (4, 5, 6):
        ws.cell(r, tc).border = st["border"]
    ws.column_dimensions["B"].width = 22
    ws.sheet_view.showGridLines = False

    T("Раздел 4", "Педагоги", ["Показатель", "Чел.", "Доля", "Ссылка"], [
        R("Молодые специалисты (до 35, 1–3-й год работы)", "young_specialists", 11),
        R("— из них в роли наставляемых", "young_specialists_mentees", 9, l=site("prikaz_ms.pdf")),
        R("— из них в роли наставников", "young_specialists_mentors", 3),
        R("Педагоги (без молодых специалистов)", "teachers_other", 77),
        R("— из них в роли наставляемых", "teachers_other_mentees", 8, l=site("prikaz_ped_nastavlyaemye.pdf")),
        R("Педагоги-наставляемые всего (МС + прочие)", "NC", 17),
        R("Педагоги-наставники", "teachers_mentors", 33, l=site("prikaz_nastavniki.pdf#page=2")),
    ], widths=(46, 8, 10, 44), cols={"t": 0, "v": 1, "l": 3})
    # the «Доля» column: shares typed beside their counts
    w4 = wb[xl_name("Раздел 4", "Педагоги")]
    for r, crit, v in ((5, "share_young_specialists_mentees", 0.8182), (6, "share_young_specialists_mentors", 0.2727),
                       (9, "share_teachers_mentees", 0.1932), (10, "share_teachers_mentors", 0.375)):
        c = w4.cell(r, 4, v)
        c.number_format = "0.00%"
        c.font = st["font"]
        c.alignment = Alignment(horizontal="center")
        F.value(w4, c.coordinate, crit, v, "0.00%", w4.cell(r, 2).value, w4.cell(r, 2).coordinate,
                number_format="0.00%", column_header="Доля")

    T("Раздел 4", "КПК и методобъединения", ["Показатель", "Значение", "Ссылка"], [
        R("Прошли КПК по наставничеству (2024)", "kpk_trained", 7, l=disk("gimn4/kpk_2024", "icloud")),
        R("Курсы", "kpk_courses", "Наставничество в образовании (ИРО УР, 36 ч.); "
                                  "Цифровые инструменты наставника (ЦНППМ, 24 ч.)"),
        R("ШМО / сообщества наставников в гимназии", "school_methodical_associations", 2,
          l=site("prikaz_shmo.pdf")),
        R("Педагогов в утверждённых ПП", "teachers_in_pp", 44),
    ], widths=(46, 40, 44))

    # partners, one per row
    partners = [("МБОУ «СОШ № 7» г. Вьюжино", "ОО"), ("ГБПОУ УР «Вьюжинский педагогический колледж»", "СПО"),
                ("ФГБОУ ВО «Удмуртский государственный университет»", "вуз"),
                ("АО «Вьюжинский машиностроительный завод»", "предприятие"),
                ("ООО «ВьюжТелеком»", "предприятие"), ("АНО «Центр волонтёров Вьюжино»", "НКО")]
    ws = T("Раздел 5", "Партнёры", ["Организация-партнёр", "Тип", "Соглашение"], [
        R(p, None, t, l=site("soglashenie_%d.pdf" % k), lt="соглашение") for k, (p, t) in enumerate(partners, 1)
    ], widths=(52, 14, 20))
    CELLS.append({"file": F.file, "sheet": ws.title, "cell": "B4", "cells": ["B%d" % r for r in range(4, 10)],
                  "criterion": "partner_list", "kind": "value",
                  "expected": "; ".join(p for p, _ in partners), "title": "Организация-партнёр",
                  "title_cell": "B3"})
    F.values["partner_list"] = "; ".join(p for p, _ in partners)

    T("Раздел 5", "Соглашения", ["Вид соглашения", "Кол-во", "Ссылка на папку"], [
        R("с образовательными организациями (школы, СПО, вузы)", "agreements_edu_orgs", 3,
          l=disk("gimn4/soglasheniya_oo", "icloud")),
        R("с предприятиями", "agreements_enterprises", 2, l=disk("gimn4/soglasheniya_pred", "icloud")),
        R("с иными организациями (НКО, учреждения культуры)", "agreements_other_orgs", 1,
          l=disk("gimn4/soglasheniya_inye", "icloud")),
        R("Предмет", "agreement_subjects", "наставничество «студент – ученик» и «работодатель – ученик», "
                                           "профпробы и проектная деятельность"),
    ], widths=(50, 40, 44))

    ws = T("Раздел 5", "Анкетирование", ["Группа", "Опрошено", "Удовлетворены, %", "Отчёт"], [
        R("Наставляемые", None, 150, x={1: 0.894}, l=site("anketa_itogi.pdf#nastavlyaemye")),
        R("Наставники", None, 55, x={1: 0.93}, l=site("anketa_itogi.pdf#nastavniki")),
        R("Родители (справочно)", None, 80, x={1: 0.91}),
    ], widths=(28, 12, 16, 44), cols={"t": 0, "v": 1, "l": 3})
    F.nc.append("Опрошено")
    F.nc.append("Родители (справочно)")
    for r, crit, v in ((4, "satisfaction_mentees", 0.894), (5, "satisfaction_mentors", 0.93)):
        ws.cell(r, 4).number_format = "0.0%"
        F.value(ws, ws.cell(r, 4).coordinate, crit, v, "0.0%", ws.cell(r, 2).value, ws.cell(r, 2).coordinate,
                number_format="0.0%", column_header="Удовлетворены, %")
        F.link(ws, ws.cell(r, 5).coordinate, crit, ws.cell(r, 5).hyperlink.target, ws.cell(r, 2).value,
               ws.cell(r, 2).coordinate, ws.cell(r, 5).value)
    ws.cell(6, 4).number_format = "0.0%"

    numbers_summary(wb, entries)
    finish(wb, F, "Numbers/13.2", creator="Пономарёва А.В.")


# ==========================================================================================================
# 3. Р7-Офис: «Лист1», merged title, theme colours, frozen panes; the user split the form into «Раздел 1» …
#    «Раздел 4» side by side with an empty column between them, «Раздел 5», «Раздел 6» under the first two.
def file3():
    org = "МБОУ «СОШ № 7» г. Вьюжино"
    F = Form("СОШ7_Вьюжино_мониторинг_2024_Р7.xlsx", org, "Р7-Офис")
    S = "sosh7-vyuzhino.gosuslugi.ru"

    def site(name):
        return url(S, "netcat_files", "32", "2024", name)

    def yd(name):
        return disk("sosh7/" + name)

    wb = openpyxl.Workbook()
    wb._h_font, wb._h_size = "Arial", 10
    ws = wb.active
    ws.title = "Лист1"
    st = office_style("Arial", 10, cap_theme=(4, 0.5999938962981048), head_theme=(0, -0.1499984740745262),
                      title_theme=(4, 0.7999816888943144))
    ws["A1"] = "Мониторинг реализации целевой модели наставничества в " + org + " за 2024 год"
    ws.merge_cells("A1:P1")
    ws["A1"].font, ws["A1"].fill = st["title_font"], st["title_fill"]
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 26
    F.orgcell(ws, "A1")
    ws["A2"] = "Данные на 31.12.2024. Значения — в столбце «Значение» каждого раздела, ссылки — на сайт ОО или облако."
    ws.merge_cells("A2:P2")
    ws["A2"].font = Font(name="Arial", size=9, italic=True)
    ws["A2"].alignment = Alignment(horizontal="center")

    c3 = {"t": 0, "v": 1, "l": 2}
    c4 = {"n": 0, "t": 1, "v": 2, "l": 3}
    end1 = section(F, ws, 4, 1, "Раздел 1. Нормативная база", ["Показатель", "Да/нет, кол-во", "Документ"], [
        R("Приказ об утв. Положения о наставничестве педагогов", "orgs_regulation_teachers", "да",
          l=site("prikaz_polozhenie_ped.pdf"), lt="ссылка"),
        R("Приказ об утв. Положения о наставничестве обучающихся", "orgs_regulation_students", "да",
          l=site("prikaz_polozhenie_obuch.pdf"), lt="ссылка"),
        R("Приказ о мониторинге ЦМН", "orgs_monitoring_order", "да", l=site("prikaz_monitoring.pdf"), lt="ссылка"),
        R("Справка по внутреннему мониторингу", "internal_monitoring_notes", "да", l=yd("spravka.pdf"),
          lt="ссылка"),
        R("Дата актуализации Положений", "NC", datetime.date(2024, 8, 30), f="DD.MM.YYYY"),
        R("Акты об оплате работы наставников", "pay_acts", 0, lt="—"),
        R("Акты о нематериальном поощрении", "nonmaterial_acts", 1, l=site("polozhenie_pooshchrenie.pdf"),
          lt="ссылка"),
    ], st, c3)
    section(F, ws, 4, 5, "Раздел 2. Наставники и наставляемые", ["№", "Показатель", "чел.", "Подтверждение"], [
        R("Кураторы ЦМН", "curators_total", 1, n="2.1", l=site("prikaz_kurator.pdf")),
        R("Наставники (по приказу)", "mentors_total", 27, n="2.2", l=site("prikaz_nastavniki.pdf")),
        R("педагоги", "teachers_mentors", 19, n="2.2.1"),
        R("молодые специалисты – наставники", "young_specialists_mentors", 1, n="2.2.2"),
        R("обучающиеся 15–19 лет", "mentors_15_19", 6, n="2.2.3"),
        R("работники предприятий", "enterprise_mentors", 2, n="2.2.4", l=yd("dogovor_agrofirma.pdf")),
        R("Наставляемые (по приказу)", "mentees_total", 63, n="2.3", l=site("prikaz_nastavlyaemye.pdf")),
        R("Пары «наставник – наставляемый»", "NC", 44, n="2.4"),
    ], st, c4)
    section(F, ws, 4, 10, "Раздел 3. Обучающиеся 10–19 лет", ["Показатель", "Значение", "Ссылка"], [
        R("Кол-во обучающихся 10–19 лет", "students_10_19", 388),
        R("Наставляемые 10–19 лет", "mentees_10_19", 49, l=yd("baza_nastavlyaemyh.xlsx"), lt="база"),
        R("  группа риска", "mentees_risk", 7),
        R("  одарённые", "mentees_gifted", 9),
        R("  ОВЗ, инвалиды", "mentees_disabled", 4),
        R("  низкая мотивация", "mentees_low_motivation", 12),
        R("  проф. самоопределение", "mentees_career", 10),
        R("  прочие", "mentees_other_params", 5),
        R("Охват, %", "share_mentees_10_19", 12.63, f="0.00"),
        R("Кол-во обучающихся 15–19 лет", "students_15_19", 96),
        R("Доля наставников из обучающихся 15–19, %", "share_mentors_15_19", 6.25, f="0.00"),
    ], st, c3)
    section(F, ws, 4, 14, "Раздел 4. Персонализированные программы", ["Форма наставничества", "Кол-во ПП",
                                                                      "Ссылка"], [
        R("ученик – ученик", "pp_pupil_pupil", 5, l=yd("ppn_uu.pdf"), lt="ППН"),
        R("учитель – учитель", "pp_teacher_teacher", 6, l=yd("ppn_pp.pdf"), lt="ППН"),
        R("руководитель – педагог", "pp_head_teacher", 1),
        R("учитель – ученик", "pp_teacher_pupil", 4, l=yd("ppn_pu.pdf"), lt="ППН"),
        R("студент – студент", "pp_student_student", 0),
        R("студент – ученик", "pp_student_pupil", 0),
        R("иная (работодатель – ученик)", "pp_other", 1),
        R("ИТОГО", "pp_total", 17, footer=True),
    ], st, c3)
    r5 = end1 + 2
    section(F, ws, r5, 1, "Раздел 5. Педагоги и повышение квалификации", ["Показатель", "Значение", "Документ"], [
        R("Молодые специалисты", "young_specialists", 4),
        R("из них наставляемые", "young_specialists_mentees", 4, l=site("prikaz_ms.pdf"), lt="приказ"),
        R("Остальные педагоги", "teachers_other", 36),
        R("из них наставляемые", "teachers_other_mentees", 3),
        R("Доля педагогов-наставляемых, %", "share_teachers_mentees", 17.5, f="0.00"),
        R("Педагоги в утв. ПП", "teachers_in_pp", 13),
        R("КПК по наставничеству (2024), чел.", "kpk_trained", 3, l=yd("kpk_2024.pdf"), lt="удостоверения"),
        R("Наименование КПК", "kpk_courses", "«Наставничество как ресурс профессионального роста педагога», 72 ч."),
        R("ШМО наставников", "school_methodical_associations", 1, l=site("prikaz_shmo.pdf"), lt="приказ"),
    ], st, c3)
    section(F, ws, r5, 5, "Раздел 6. Партнёрство, удовлетворённость", ["№", "Показатель", "Значение", "Ссылка"], [
        R("Соглашения с предприятиями", "agreements_enterprises", 2, n="6.1", l=yd("soglasheniya.pdf")),
        R("Соглашения с иными организациями", "agreements_other_orgs", 0, n="6.2"),
        R("Партнёры", "partner_list", "ООО «Агрофирма «Вьюжинская»; КФХ Сунцова А.В.", n="6.3"),
        R("Предмет соглашений", "agreement_subjects", "профориентационное наставничество «работодатель – ученик» "
                                                      "для 8–11 кл.", n="6.4"),
        R("Удовлетворённость наставляемых, %", "satisfaction_mentees", 88, n="6.5", l=yd("anketa_itogi.pdf")),
        R("Удовлетворённость наставников, %", "satisfaction_mentors", 90, n="6.6"),
    ], st, c4)
    widths = {"A": 44, "B": 13, "C": 13, "D": 3, "E": 6, "F": 38, "G": 9, "H": 16, "I": 3, "J": 38, "K": 11,
              "L": 11, "M": 3, "N": 30, "O": 11, "P": 9}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "A6"
    finish(wb, F, "R7-Office/2024.2.1.551", creator="Шутова Н.Г.")


# ==========================================================================================================
# 4. МойОфис Таблица: «Лист1», merged title, theme colours, frozen panes; four «Раздел» tables in a 2 × 2 grid.
def file4():
    org = "МБОУ «Ключевская ООШ»"
    F = Form("Ключевская ООШ ЦМН 2024 (МойОфис).xlsx", org, "МойОфис Таблица")
    S = "kluchi-oosh.gosuslugi.ru"

    def site(name):
        return url(S, "svedeniya", "dokumenty", name)

    wb = openpyxl.Workbook()
    wb._h_font, wb._h_size = "XO Thames", 11
    ws = wb.active
    ws.title = "Лист1"
    st = office_style("XO Thames", 11, cap_theme=(9, 0.5999938962981048), head_theme=(5, 0.7999816888943144),
                      title_theme=(9, 0.3999755851924192))
    ws["A1"] = org + ". Мониторинг наставничества, 2024 год"
    ws.merge_cells("A1:G1")
    ws["A1"].font, ws["A1"].fill = st["title_font"], st["title_fill"]
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    F.orgcell(ws, "A1")
    ws["A2"] = "Ответственный: Мерзлякова Т.П., зам. директора по УВР. Значения на 31.12.2024"
    ws.merge_cells("A2:G2")
    ws["A2"].font = Font(name="XO Thames", size=10, italic=True)

    cols = {"t": 0, "v": 1, "l": 2}
    H = ["Показатель", "Значение", "Ссылка на документ"]
    e1 = section(F, ws, 4, 1, "Раздел 1", H, [
        R("Положение о наставничестве (педагоги)", "orgs_regulation_teachers", "да", l=site("polozhenie_ped.pdf")),
        R("Положение о наставничестве (обучающиеся)", "orgs_regulation_students", "да",
          l=site("polozhenie_obuch.pdf")),
        R("Приказ о мониторинге", "orgs_monitoring_order", "да", l=site("prikaz_monitoring.pdf")),
        R("Справка по внутр. мониторингу", "internal_monitoring_notes", "нет", lt="будет в январе 2025"),
        R("Оплата наставникам (лок. акт), шт.", "pay_acts", 0),
        R("Нематериальное поощрение (лок. акт), шт.", "nonmaterial_acts", 1, l=site("pooshchrenie.pdf")),
    ], st, cols, sub="Нормативные документы")
    e2 = section(F, ws, 4, 5, "Раздел 2", H, [
        R("Куратор", "curators_total", 1, l=site("prikaz_kurator.pdf")),
        R("Наставников (приказ)", "mentors_total", 9, l=site("prikaz_nastavniki.pdf")),
        R("в т.ч. учителей", "teachers_mentors", 6),
        R("в т.ч. учеников 15–19 лет", "mentors_15_19", 3),
        R("Наставляемых (приказ)", "mentees_total", 21, l=site("prikaz_nastavniki.pdf#2")),
        R("ПП всего", "pp_total", 7, l=disk("kluchi/ppn_2024", "mail")),
        R("ученик–ученик", "pp_pupil_pupil", 3),
        R("учитель–учитель", "pp_teacher_teacher", 2),
        R("учитель–ученик", "pp_teacher_pupil", 2),
    ], st, cols, sub="Наставничество")
    r2 = max(e1, e2) + 1
    section(F, ws, r2, 1, "Раздел 3", H, [
        R("Обучающихся всего (1–9 кл.)", "NC", 102),
        R("Учащихся 10–19 лет", "students_10_19", 74),
        R("из них наставляемые", "mentees_10_19", 15, l=disk("kluchi/baza_nastavlyaemyh", "mail")),
        R("группа риска", "mentees_risk", 3),
        R("ОВЗ", "mentees_disabled", 2),
        R("низкая мотивация, неуспеваемость", "mentees_low_motivation", 6),
        R("выбор профессии", "mentees_career", 3),
        R("% охвата", "share_mentees_10_19", "20,27 %"),
        R("Учащихся 15–19 лет", "students_15_19", 14),
        R("% наставников из учащихся 15–19", "share_mentors_15_19", "21,43 %"),
    ], st, cols, sub="Обучающиеся")
    section(F, ws, r2, 5, "Раздел 4", H, [
        R("Молодые специалисты", "young_specialists", 1),
        R("наставляемые из МС", "young_specialists_mentees", 1, l=site("prikaz_ms.pdf")),
        R("Другие педагоги", "teachers_other", 15),
        R("наставляемые из них", "teachers_other_mentees", 2),
        R("Доля педагогов-наставляемых", "share_teachers_mentees", "18,75 %"),
        R("КПК (2024)", "kpk_trained", 1, l=disk("kluchi/kpk", "mail")),
        R("Удовлетворённость наставляемых", "satisfaction_mentees", "95 %", l=disk("kluchi/anketa", "mail")),
        R("Удовлетворённость наставников", "satisfaction_mentors", "100 %"),
        R("Число классов-комплектов", "NC", 9),
    ], st, cols, sub="Педагоги, удовлетворённость")
    for k, w in {"A": 40, "B": 12, "C": 30, "D": 4, "E": 38, "F": 12, "G": 30}.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "A4"
    wb.create_sheet("Лист2")
    finish(wb, F, "MyOffice Spreadsheet 3.0", creator="Мерзлякова Т.П.")


# ==========================================================================================================
# 5. WPS Spreadsheets: «Sheet1» / «Sheet2» / «Sheet3», KSOProductBuildVer, the direction merged down column B.
def file5():
    org = "МБУ ДО «Центр детского творчества» Вьюжинского муниципального округа"
    F = Form("ЦДТ_мониторинг_наставничество_2024.xlsx", org, "WPS Spreadsheets")
    S = "cdt-vyuzhino.gosuslugi.ru"

    def site(name):
        return url(S, "netcat_files", "nastavnichestvo", name)

    wb = openpyxl.Workbook()
    wb._h_font, wb._h_size = "Calibri", 11
    ws = wb.active
    ws.title = "Sheet1"
    st = office_style("Calibri", 11, cap_theme=(7, 0.5999938962981048), head_theme=(7, 0.7999816888943144),
                      title_theme=(7, 0.7999816888943144))
    st["col_font"] = Font(name="Calibri", size=11)
    ws["A1"] = "Сведения о реализации целевой модели наставничества за 2024 год"
    ws.merge_cells("A1:F1")
    ws["A2"] = org
    ws.merge_cells("A2:F2")
    for c in ("A1", "A2"):
        ws[c].font = Font(name="Calibri", size=13, bold=True)
        ws[c].alignment = Alignment(horizontal="center")
    F.orgcell(ws, "A2")
    heads = ["№ п/п", "Направление", "Показатель", "Ед. изм.", "2024 год", "Подтверждающий документ (ссылка)"]
    for k, h in enumerate(heads, 1):
        c = ws.cell(4, k, h)
        c.font, c.fill, c.border = st["head_font"], st["head_fill"], st["border"]
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    groups = [
        ("Нормативная база", [
            R("Положение о наставничестве педагогических работников ЦДТ", "orgs_regulation_teachers", "да",
              x={-1: "да/нет"}, l=site("polozhenie_ped.pdf")),
            R("Положение о наставничестве обучающихся ЦДТ", "orgs_regulation_students", "да", x={-1: "да/нет"},
              l=site("polozhenie_obuch.pdf")),
            R("Приказ о внутреннем мониторинге ЦМН", "orgs_monitoring_order", "да", x={-1: "да/нет"},
              l=site("prikaz_monitoring.pdf")),
            R("Справка по результатам мониторинга (внутреннего)", "internal_monitoring_notes", "да",
              x={-1: "да/нет"}, l=site("spravka_2024.pdf")),
            R("Положение о стимулирующих выплатах (раздел «Наставничество»)", "pay_acts", 1, x={-1: "ед."},
              l=site("polozhenie_stimul.pdf")),
            R("Лок. акт о нематериальном стимулировании наставников", "nonmaterial_acts", 1, x={-1: "ед."},
              l=site("nematerialnoe.pdf")),
        ]),
        ("Участники", [
            R("Кураторы", "curators_total", 1, x={-1: "чел."}, l=site("prikaz_kurator.pdf")),
            R("Наставники (приказ)", "mentors_total", 19, x={-1: "чел."}, l=site("prikaz_nastavniki.pdf")),
            R("из них педагоги доп. образования", "teachers_mentors", 12, x={-1: "чел."}),
            R("из них обучающиеся 15–19 лет", "mentors_15_19", 7, x={-1: "чел."}),
            R("Наставляемые (приказ)", "mentees_total", 75, x={-1: "чел."}, l=site("prikaz_nastavlyaemye.pdf")),
            R("Творческие объединения, где реализуется наставничество", "NC", 8, x={-1: "ед."}),
        ]),
        ("Обучающиеся", [
            R("Обучающиеся 10–19 лет (контингент)", "students_10_19", 640, x={-1: "чел."}),
            R("из них наставляемые", "mentees_10_19", 51, x={-1: "чел."}, l=site("baza_nastavlyaemyh.pdf")),
            R("одарённые (в реестре)", "mentees_gifted", 18, x={-1: "чел."}),
            R("ОВЗ / инвалиды", "mentees_disabled", 5, x={-1: "чел."}),
            R("по иным основаниям", "mentees_other_params", 28, x={-1: "чел."}),
            R("Охват наставничеством 10–19 лет", "share_mentees_10_19", 7.97, x={-1: "%"}),
            R("Обучающиеся 15–19 лет", "students_15_19", 170, x={-1: "чел."}),
            R("Доля наставников 15–19 лет", "share_mentors_15_19", 4.12, x={-1: "%"}),
        ]),
        ("Персонализированные программы", [
            R("ПП всего", "pp_total", 13, x={-1: "ед."}, l=site("ppn_2024.zip")),
            R("в т.ч. ученик – ученик", "pp_pupil_pupil", 4, x={-1: "ед."}),
            R("педагог – педагог", "pp_teacher_teacher", 3, x={-1: "ед."}),
            R("педагог – ученик", "pp_teacher_pupil", 6, x={-1: "ед."}),
        ]),
        ("Кадры", [
            R("Молодые специалисты", "young_specialists", 5, x={-1: "чел."}),
            R("из них наставляемые", "young_specialists_mentees", 4, x={-1: "чел."}, l=site("prikaz_ms.pdf")),
            R("Педагоги (кроме МС)", "teachers_other", 38, x={-1: "чел."}),
            R("из них наставляемые", "teachers_other_mentees", 3, x={-1: "чел."}),
            R("Доля МС-наставляемых", "share_young_specialists_mentees", 80, x={-1: "%"}),
            R("КПК по наставничеству", "kpk_trained", 2, x={-1: "чел."}, l=site("kpk.pdf")),
            R("Методобъединение наставников ЦДТ", "school_methodical_associations", 1, x={-1: "ед."},
              l=site("prikaz_mo.pdf")),
            R("Мероприятия для наставников", "NC", 6, x={-1: "ед."}),
        ]),
        ("Партнёры", [
            R("Соглашения с ОО", "agreements_edu_orgs", 2, x={-1: "ед."}, l=site("soglasheniya_oo.pdf")),
            R("Соглашения с иными организациями", "agreements_other_orgs", 1, x={-1: "ед."},
              l=site("soglashenie_muzei.pdf")),
            R("Перечень партнёров", "partner_list", "МБОУ «Вьюжинская СОШ № 1», МБОУ «СОШ № 7» г. Вьюжино, "
                                          "МБУК «Вьюжинский краеведческий музей»", x={-1: "перечень"},
              exp="МБОУ «Вьюжинская СОШ № 1»; МБОУ «СОШ № 7» г. Вьюжино; МБУК «Вьюжинский краеведческий музей»"),
        ]),
    ]
    r = 5
    n = 1
    cols = {"n": 1, "t": 3, "v": 5, "l": 6}
    for gname, rows in groups:
        r_start = r
        for row in rows:
            row["n"] = n
            row_out(F, ws, r, cols, row, st)
            ws.cell(r, 2).border = st["border"]
            r += 1
            n += 1
        ws.cell(r_start, 2, gname)
        ws.merge_cells(start_row=r_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(r_start, 2).font = Font(name="Calibri", size=11, bold=True)
        ws.cell(r_start, 2).alignment = Alignment(vertical="center", horizontal="center", wrap_text=True,
                                                  text_rotation=90 if len(rows) > 5 else 0)
        F.headings.append(gname)
    for d in CELLS:
        if d["file"] == F.file and d["criterion"] == "partner_list" and d["kind"] == "value":
            d["separator"] = ", "
    r += 1
    ws.cell(r, 3, "Удовлетворённость участников — см. Sheet2").font = Font(name="Calibri", size=10, italic=True)
    ws.cell(r + 2, 3, "Директор ____________ /Л.А. Бабушкина/").font = Font(name="Calibri", size=11)
    ws.cell(r + 3, 3, "Исп.: Вострикова Е.Н., 8 (34162) 4-12-33").font = Font(name="Calibri", size=9)
    for k, w in {"A": 6, "B": 16, "C": 54, "D": 10, "E": 14, "F": 48}.items():
        ws.column_dimensions[k].width = w

    ws2 = wb.create_sheet("Sheet2")
    ws2["A1"] = "Анкетирование участников программ наставничества (ноябрь 2024)"
    ws2["A1"].font = Font(name="Calibri", size=12, bold=True)
    F.headings.append("Анкетирование участников программ наставничества (ноябрь 2024)")
    for k, h in enumerate(["Категория", "Кол-во респондентов", "Удовлетворённость, %", "Отчёт"], 1):
        c = ws2.cell(3, k, h)
        c.font, c.fill, c.border = st["head_font"], st["head_fill"], st["border"]
    rows2 = [("Наставляемые", 47, 91.2, "satisfaction_mentees", site("anketirovanie_2024.pdf")),
             ("Наставники", 17, 94.1, "satisfaction_mentors", site("anketirovanie_2024.pdf")),
             ("Родители обучающихся", 40, 87, None, None)]
    for i, (t, nresp, v, crit, u) in enumerate(rows2):
        rr = 4 + i
        ws2.cell(rr, 1, t)
        ws2.cell(rr, 2, nresp)
        ws2.cell(rr, 3, v).number_format = "0.0"
        for k in range(1, 5):
            ws2.cell(rr, k).border = st["border"]
            ws2.cell(rr, k).font = Font(name="Calibri", size=11)
        if crit:
            F.value(ws2, "C%d" % rr, crit, v, "0.0", t, "A%d" % rr, column_header="Удовлетворённость, %")
            put_link(ws2, "D%d" % rr, u, "отчёт")
            F.link(ws2, "D%d" % rr, crit, u, t, "A%d" % rr, "отчёт")
        else:
            F.nc.append(t)
    F.nc.append("Кол-во респондентов")
    for k, w in {"A": 26, "B": 20, "C": 22, "D": 30}.items():
        ws2.column_dimensions[k].width = w
    wb.create_sheet("Sheet3")
    finish(wb, F, "WPS Spreadsheets", custom={"KSOProductBuildVer": "1049-12.2.0.18911",
                                              "ICV": "5F0E2A47C1B34D6E9A1D2C3B4A596877_12"},
           creator="Вострикова Е.Н.")


# ==========================================================================================================
# 6. ONLYOFFICE: the municipal office's own form; «Лист1», merged title, frozen panes; «Раздел 1» and «Раздел 2»
#    side by side with an empty column, «Раздел 3» (справочно) under «Раздел 1».
def file6():
    F = Form("УО_Вьюжинский_МО_ЦМН_2024.xlsx", None, "ONLYOFFICE")
    S = "uo-vyuzhino.ru"

    def site(name):
        return url(S, "documents", "nastavnichestvo", "2024", name)

    wb = openpyxl.Workbook()
    wb._h_font, wb._h_size = "Arial", 10
    ws = wb.active
    ws.title = "Лист1"
    st = office_style("Arial", 10, cap_theme=(8, 0.7999816888943144), head_theme=(0, -0.0499893185216834),
                      title_theme=(8, 0.5999938962981048))
    ws["A1"] = "Мониторинг реализации региональной ЦМН во Вьюжинском муниципальном округе за 2024 год " \
               "(муниципальный уровень)"
    ws.merge_cells("A1:I1")
    ws["A2"] = "Управление образования Администрации Вьюжинского муниципального округа Удмуртской Республики"
    ws.merge_cells("A2:I2")
    ws["A1"].font, ws["A1"].fill = st["title_font"], st["title_fill"]
    ws["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 30
    c4 = {"n": 0, "t": 1, "v": 2, "l": 3}
    e1 = section(F, ws, 4, 1, "Раздел 1. Муниципальный уровень", ["№", "Показатель", "Значение", "Документ"], [
        R("Приказ УО о реализации ЦМН в округе", "municipal_order", 1, n="1.1", l=site("prikaz_uo_cmn.pdf")),
        R("Аналитическая справка по итогам мониторинга ЦМН (муниципальная)", "municipal_analytic_note", 1,
          n="1.2", l=site("spravka_monitoring_2024.pdf")),
        R("Муниципальные МО наставников (РМО/ГМО), ед.", "municipal_methodical_associations", 2, n="1.3",
          l=site("prikaz_rmo.pdf")),
        R("Лучшие практики на сайте УО / Сообщества педагогов УР (2024), ед.", "best_practices", 5, n="1.4",
          l=url(S, "nastavnichestvo", "praktiki")),
        R("Конкурсы профмастерства по наставничеству (2024), ед.", "contests", 1, n="1.5",
          l=site("polozhenie_konkurs_nastavnik.pdf")),
        R("Сетевое сообщество педагогов-наставников (1/0)", "network_community", 1, n="1.6",
          l=url(S, "setevoe-soobshchestvo")),
        R("Сетевых наставников, чел.", "network_mentors", 7, n="1.7", l=site("spisok_setevyh_nastavnikov.pdf")),
    ], st, c4)
    section(F, ws, 4, 6, "Раздел 2. Сводные данные по ОО", ["№", "Показатель", "Значение", "Примечание / ссылка"], [
        R("ОО, участвовавших в мониторинге", "orgs_total", 18, n="2.1", x={1: "15 школ, 3 ОДО"}),
        R("ОО с утв. Положением (педагоги)", "orgs_regulation_teachers", 18, n="2.2"),
        R("ОО с утв. Положением (обучающиеся)", "orgs_regulation_students", 17, n="2.3"),
        R("ОО с приказом о мониторинге", "orgs_monitoring_order", 16, n="2.4"),
        R("ОО, представившие справку по внутр. мониторингу", "internal_monitoring_notes", 15, n="2.5"),
        R("Доля ОО с системой наставничества педагогов, %", "share_orgs_teachers_system", 100, n="2.6"),
        R("Доля ОО с системой наставничества обучающихся, %", "share_orgs_students_system", 94.44, n="2.7"),
        R("Кураторы ЦМН (сумма по ОО)", "curators_total", 24, n="2.8"),
        R("Наставники по приказам ОО", "mentors_total", 412, n="2.9"),
        R("Наставляемые по приказам ОО", "mentees_total", 1180, n="2.10"),
        R("Педагогических работников в округе", "teachers_municipal", 610, n="2.11"),
        R("Молодых специалистов в округе", "young_specialists_municipal", 58, n="2.12"),
        R("Педагоги-наставники", "teachers_mentors", 236, n="2.13"),
        R("Доля педагогов-наставников, %", "share_teachers_mentors", 38.69, n="2.14"),
        R("МС-наставники", "young_specialists_mentors", 9, n="2.15"),
        R("Доля МС-наставников, %", "share_young_specialists_mentors", 15.52, n="2.16"),
        R("Прошли КПК по наставничеству", "kpk_trained", 41, n="2.17", x={1: "ИРО УР, ЦНППМ"}),
        R("ШМО наставников в ОО", "school_methodical_associations", 11, n="2.18"),
    ], st, c4)
    section(F, ws, e1 + 2, 1, "Раздел 3. Справочно", ["№", "Показатель", "Значение", "Документ"], [
        R("Семинары для кураторов ЦМН, ед.", "NC", 4, n="3.1", l=site("plan_seminarov.pdf")),
        R("Участники конкурса «Наставник года – 2024», чел.", "NC", 9, n="3.2"),
    ], st, c4)
    ws.cell(e1 + 8, 2, "Начальник Управления образования ______________ О.В. Сюткина").font = Font(name="Arial",
                                                                                                    size=10)
    for k, w in {"A": 5, "B": 50, "C": 11, "D": 30, "E": 3, "F": 5, "G": 46, "H": 11, "I": 22}.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "C6"
    finish(wb, F, "ONLYOFFICE/8.1.3.3", creator="Сюткина О.В.")


# ==========================================================================================================
def main():
    if TYPED.exists():
        shutil.rmtree(TYPED)
    TYPED.mkdir()
    for fn in (file1, file2, file3, file4, file5, file6):
        fn()
    for F in FORMS:
        postprocess(F.file)
    expected = []
    for F in FORMS:
        expected.append({"file": F.file, "year": 2024, "organisation": F.org, "values": F.values,
                         "links": F.links, "not_criteria": F.nc, "headings": F.headings})
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    files = [{"file": F.file, "program": F.program, "application": APP[F.file][0],
              "custom_properties": APP[F.file][1]} for F in FORMS]
    (HERE / "cells.json").write_text(json.dumps({"files": files, "cells": CELLS, "organisation_cells": ORG_CELLS},
                                                ensure_ascii=False, indent=1, default=str) + "\n",
                                     encoding="utf-8")
    nv = sum(len(F.values) for F in FORMS)
    nl = sum(len(F.links) for F in FORMS)
    print("wrote %d files, %d values, %d links" % (len(FORMS), nv, nl))
    for F in FORMS:
        print("  %-48s %3d values %3d links" % (F.file, len(F.values), len(F.links)))


if __name__ == "__main__":
    main()
