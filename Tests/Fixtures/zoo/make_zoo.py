#!/usr/bin/env python3
"""The layout zoo (issue 25, item 9): the example organisation forms rewritten in layouts other regions use.

Each sample form of Examples/forms/2024 is parsed into a model (header block, columns, criterion rows with their
value and link cells) and written again with openpyxl, an independent writer, under one transformation at a time
and under a few combinations. Some files are then re-saved by LibreOffice. The metamorphic test
(Tests/NormaliserTests/LayoutZooTests.swift) reads every file and compares what the normaliser makes of it with
what it makes of the original form.

Outputs (committed; re-run to regenerate, the content is the same on every run: the random choices are seeded):
  Tests/Fixtures/zoo/forms/<transformation>/<file>.xlsx
  Tests/Fixtures/zoo/manifest.tsv   transformation, file, sheet, original, rows (sheet row → criterion id)

usage: python3 Tests/Fixtures/zoo/make_zoo.py [--no-libreoffice]
"""
import csv
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
FORMS = os.path.join(ROOT, "Examples", "forms", "2024")
OUT = os.path.join(HERE, "forms")
SEED = 25

# Eight diverse forms: the three layouts of Examples/generate.py (i % 3), schools and ДОП, names with quotes,
# a «Школа …» without a type word, «МБОУДО» written together.
SAMPLE = [
    "01_МБОУ_СОШ_№_5.xlsx",                # labels right, №, merged directions, URLs as text
    "02_МБОУ_СОШ_№42.xlsx",                # labels above values, «Единица измерения (количество)»
    "03_МБОУ_ИЕГЛ_Школа-30.xlsx",          # «Количество», hyperlinks behind «ссылка»
    "14_МБОУ_Лингвистический_лицей_№_22.xlsx",
    "37_Школа_Гармония.xlsx",
    "81_МБОУ_ДО_ДДЮТ.xlsx",
    "82_МБОУ_ДО_ЦТР_Октябрьский.xlsx",
    "83_МБОУДО_НТЦ_Механик.xlsx",
]


def tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


CRITERIA = tsv(os.path.join(ROOT, "Templates", "criteria.tsv"))
BY_WORDING = {re.sub(r"\s+", " ", c["wording_2024"]).strip(): c for c in CRITERIA if c["wording_2024"]}
REWORDINGS = {
    "region": {r["criterion"]: r["paraphrase"] for r in tsv(os.path.join(HERE, "paraphrases.tsv"))},
    "terse": {r["criterion"]: r["wording"] for r in tsv(os.path.join(HERE, "terse.tsv"))},
}

CRITERION_HEADERS = {"Критерий", "Наименование критерия"}
VALUE_HEADERS = {"Значение", "Количество", "Единица измерения (количество)"}
LINK_HEADERS = {"Ссылка", "Источник информации", "Измерительный материал/источник информации"}


# ---------------------------------------------------------------------------------------------------------------
# The model of a form

class Row:
    def __init__(self, criterion, title, direction, value, fmt, link_text, link_url):
        self.criterion = criterion          # the catalogue's id (for the manifest and the value's unit)
        self.title = title
        self.direction = direction          # «1. Нормативное …» or None
        self.value = value                  # as the original cell holds it
        self.fmt = fmt                      # its number format
        self.link_text = link_text          # the link cell's text
        self.link_url = link_url            # its hyperlink, if any

    @property
    def unit(self):
        c = self.criterion
        return "yesno" if c["unit"] == "yesno" or c["aggregation"] == "count_yes" else c["unit"]

    @property
    def link(self):
        return self.link_url or (self.link_text if isinstance(self.link_text, str) and self.link_text.startswith("http") else None)


class Form:
    """One organisation's form as Examples/generate.py wrote it."""

    def __init__(self, path):
        self.file = os.path.basename(path)
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        self.sheet_title = ws.title
        header = next(r for r in range(1, ws.max_row + 1)
                      if any(ws.cell(r, c).value in CRITERION_HEADERS for c in range(1, ws.max_column + 1)))
        self.header_row = header
        self.top = [(c.row, c.column, c.value) for row in ws.iter_rows(min_row=1, max_row=header - 1) for c in row
                    if c.value is not None]
        self.title = ws.cell(1, 1).value
        self.columns = []       # (kind, header text)
        for c in range(1, ws.max_column + 1):
            h = ws.cell(header, c).value
            kind = ("num" if h == "№" else "direction" if h == "Показатель" else "criterion" if h in CRITERION_HEADERS
                    else "value" if h in VALUE_HEADERS else "link" if h in LINK_HEADERS else "notes" if h == "Примечание"
                    else None)
            if kind is None:
                raise SystemExit(f"{self.file}: unknown column {h!r}")
            self.columns.append((kind, h))
        col = {k: i + 1 for i, (k, _) in enumerate(self.columns)}
        self.labels = self._labels(ws)
        self.rows = []
        direction = None
        for r in range(header + 1, ws.max_row + 1):
            title = ws.cell(r, col["criterion"]).value
            if not title:
                continue
            if "direction" in col and ws.cell(r, col["direction"]).value:
                direction = ws.cell(r, col["direction"]).value
            v = ws.cell(r, col["value"])
            lk = ws.cell(r, col["link"])
            crit = BY_WORDING[re.sub(r"\s+", " ", title).strip()]
            self.rows.append(Row(crit, title, direction if "direction" in col else None, v.value, v.number_format,
                                 lk.value, lk.hyperlink.target if lk.hyperlink else None))
        if not any(r.direction for r in self.rows):     # the layout without a direction column: directions from the catalogue
            names = {d["number"]: d["name"] for d in tsv(os.path.join(ROOT, "Templates", "directions.tsv"))}
            for r in self.rows:
                r.section = f'{r.criterion["direction"]}. {names[r.criterion["direction"]]}'
        else:
            for r in self.rows:
                r.section = r.direction

    def _labels(self, ws):
        """Organisation, type, year and municipality as the block above the table gives them."""
        out = {}
        names = {"Образовательная организация": "org", "Тип ОО": "type", "Отчетный год": "year", "Муниципальное образование": "mun"}
        for (r, c, v) in self.top:
            if v in names:
                right, below = ws.cell(r, c + 1).value, ws.cell(r + 1, c).value
                out[names[v]] = right if right is not None and right not in names else below
        return out

    @property
    def org(self):
        return self.labels["org"]


# ---------------------------------------------------------------------------------------------------------------
# Canonical values (to write a value in another way) and the ways of writing it

def number(text):
    t = str(text).replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
    return float(t)


def canonical(row):
    """The value the cell means: 1/0 for yes/no, a fraction for a share, points for a level, an int for a count."""
    v, unit = row.value, row.unit
    if v is None:
        return None
    if unit == "yesno":
        s = str(v).strip().lower()
        return 1 if s in ("да", "1", "да (1)") else 0 if s in ("нет", "0", "нет (0)") else None
    if unit == "share":
        if isinstance(v, (int, float)) and "%" in row.fmt:
            return float(v)
        return number(v) / 100
    if unit == "level":
        return number(v)
    if unit == "count":
        return int(number(v))
    return v


YES_NO = [("да", "нет"), ("имеется", "отсутствует"), ("есть", "нет"), ("+", "–")]


THINGS = re.compile(r"^(Общее )?[Кк]оличество (персонализированн|соглашени|локальных|методических|информационных|образовательных)")


def count_unit(row):
    """«ед.» for things (programmes, agreements, acts), «чел.» for people."""
    return "ед." if THINGS.match(row.criterion["wording_2024"]) else "чел."


def pct_text(p):
    return f"{p:.2f}".replace(".", ",") + "%"


def written(row, style, n):
    """(value, number format) of a row's value written in `style`; None keeps the original cell."""
    v, unit = canonical(row), row.unit
    if v is None:
        return None
    if style == "yesno_words" and unit == "yesno":
        return (YES_NO[n % len(YES_NO)][0 if v else 1], "General")
    if style == "yesno_digits" and unit == "yesno":
        return (int(v), "General")
    if style == "counts_units" and unit == "count":
        return (f"{v} {count_unit(row)}", "General")
    if unit in ("share", "level"):
        fraction = v if unit == "share" else v / 100
        if style == "share_percent":
            return (fraction, "0.00%")
        if style == "share_fraction":
            return (round(fraction, 6), "General")
        if style == "share_text":
            return (pct_text(fraction * 100), "General")
    return None


LINK_TEXTS = ["документ", "ссылка", "Положение о системе наставничества (приказ № 112 от 01.09.2024)"]


def plan_of(row):
    v = canonical(row)
    if v is None or row.unit in ("text", "list"):
        return None
    return 1 if row.unit == "yesno" else round(min(1.0, v + 0.05), 4) if row.unit == "share" else 100 if row.unit == "level" else v + 5


def last_year_of(row):
    v = canonical(row)
    if v is None or row.unit in ("text", "list"):
        return None
    return v if row.unit == "yesno" else round(v * 0.9, 4) if row.unit == "share" else round(v - 2.5, 2) if row.unit == "level" \
        else max(0, v - 3) + (1 if v == 0 else 0)


def units_of(row):
    return {"yesno": "да/нет", "share": "%", "level": "%", "count": count_unit(row), "text": "", "list": ""}[row.unit]


NOTES = ["данные на 31.12.2024", "по приказу от 01.09.2024 № 45", "уточняется", "см. приложение 2"]
RENAMED = ["Раздел I. Нормативная база", "Раздел II. Организация работы", "Раздел III. Программы наставничества",
           "Раздел IV. Внешние наставники", "Раздел V. Обучающиеся 10–19 лет (наставляемые)",
           "Раздел VI. Обучающиеся 15–19 лет (наставники)", "Раздел VII. Удовлетворённость",
           "Раздел VIII. Педагоги и молодые специалисты (наставляемые)", "Раздел IX. Профессиональное развитие",
           "Раздел X. Педагоги-наставники", "Раздел XI. Стимулирование"]


# ---------------------------------------------------------------------------------------------------------------
# Writing a form under a spec

DEFAULT = dict(header="orig", year="label", extra=(), value_header=None, values=None, links=None, rows=None, sections=None,
               paraphrase=None, order=None, footer=False)


def write_sheet(ws, form, spec, rng):
    """Writes `form` on `ws` as `spec` says; returns {sheet row: criterion id}."""
    s = dict(DEFAULT, **spec)
    bold = Font(bold=True)
    # The block above the table.
    if s["header"] == "orig":
        for (r, c, v) in form.top:
            ws.cell(r, c, v)
        header_row = form.header_row
    else:
        title = form.title + (" за 2024 год" if s["year"] == "title" else "")
        ws.cell(1, 1, title).font = bold
        r = 3
        lab = form.labels
        name = form.org
        if "mun" in lab:
            ws.cell(r, 1, "Муниципальное образование"), ws.cell(r, 2, lab["mun"])
            r += 1
        h = s["header"]
        if h == "colon":
            ws.cell(r, 1, f"Полное наименование ОО: {name}")
        elif h == "next_cell":
            ws.cell(r, 1, "Наименование юридического лица"), ws.cell(r, 2, name)
        elif h == "merged":
            ws.cell(r, 1, "Образовательная организация")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, name)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        elif h == "below":
            ws.cell(r, 1, "Образовательная организация")
            r += 1
            ws.cell(r, 1, name)
        elif h == "name_only":
            ws.cell(r, 1, name).font = bold
        elif h == "plain":
            ws.cell(r, 1, "Образовательная организация"), ws.cell(r, 2, name)
        elif h == "none":
            r -= 1
        r += 1
        ws.cell(r, 1, "Тип ОО"), ws.cell(r, 2, lab["type"])
        if s["year"] == "label":
            ws.cell(r + 1, 1, "Отчетный год"), ws.cell(r + 1, 2, lab["year"])
        header_row = r + 3
    # Columns.
    cols = list(form.columns)
    if s["sections"] in ("removed", "rows", "renamed"):
        cols = [c for c in cols if c[0] != "direction"]
    for kind in s["extra"]:
        vi = next(i for i, (k, _) in enumerate(cols) if k == "value")
        if kind == "units":
            ci = next(i for i, (k, _) in enumerate(cols) if k == "criterion")
            cols.insert(ci + 1, ("units", "Ед. изм."))
        elif kind == "plan":
            cols.insert(vi, ("plan", "План"))
        elif kind == "last_year":
            cols.insert(vi, ("last_year", "2023"))
            cols[vi + 1] = ("value", "2024")
        elif kind == "plan_fact":
            cols.insert(vi, ("plan", "План 2024"))
            cols[vi + 1] = ("value", "Факт 2024")
        elif kind == "notes":
            if not any(k == "notes" for k, _ in cols):
                cols.append(("notes", "Примечание"))
        elif kind == "numbering":
            cols = [c for c in cols if c[0] != "num"]
            cols.insert(0, ("numbering", "№ п/п"))
    if s["value_header"]:
        vi = next(i for i, (k, _) in enumerate(cols) if k == "value")
        cols[vi] = ("value", s["value_header"])
    if s["order"] == "value_first":     # the value and the link before the criterion (after a number column)
        moved = [c for c in cols if c[0] in ("value", "link")]
        rest = [c for c in cols if c[0] not in ("value", "link")]
        lead = 1 if rest[0][0] in ("num", "numbering") else 0
        cols = rest[:lead] + moved + rest[lead:]
    if s["order"] == "value_merged":    # the value merged over two cells
        vi = next(i for i, (k, _) in enumerate(cols) if k == "value")
        cols.insert(vi + 1, ("value_pad", None))
    for i, (_, h) in enumerate(cols):
        if h is not None:
            ws.cell(header_row, i + 1, h).font = bold
    at = {k: i + 1 for i, (k, _) in enumerate(cols)}
    if "value_pad" in at:
        ws.merge_cells(start_row=header_row, start_column=at["value"], end_row=header_row, end_column=at["value_pad"])
    # Rows.
    rows = list(form.rows)
    if s["rows"] == "shuffled":
        rng.shuffle(rows)
    r = header_row + 1
    rowmap = {}
    section, start = None, r
    per_section = {}
    numbers = {}
    for n, row in enumerate(rows):
        if s["sections"] in ("rows", "renamed") and row.section != section:
            section = row.section
            k = int(section.split(".")[0])
            ws.cell(r, at["criterion"], section if s["sections"] == "rows" else RENAMED[k - 1]).font = bold
            r += 1
        if "direction" in at:
            if s["rows"] == "shuffled":
                ws.cell(r, at["direction"], row.direction)
            elif row.direction != section:
                if section is not None and r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=at["direction"], end_row=r - 1, end_column=at["direction"])
                section, start = row.direction, r
                ws.cell(r, at["direction"], row.direction).alignment = Alignment(vertical="top", wrap_text=True)
        if "num" in at:
            ws.cell(r, at["num"], form.rows.index(row) + 1)
        if "numbering" in at:
            d = int(row.criterion["direction"])
            per_section[d] = per_section.get(d, 0) + 1
            ws.cell(r, at["numbering"], f"{d}.{per_section[d]}")
        title = REWORDINGS[s["paraphrase"]].get(row.criterion["id"], row.title) if s["paraphrase"] else row.title
        ws.cell(r, at["criterion"], title)
        w = written(row, s["values"], n) if s["values"] else None
        if w is not None:
            cell = ws.cell(r, at["value"], w[0])
            cell.number_format = w[1]
        elif row.value is not None:
            cell = ws.cell(r, at["value"], row.value)
            cell.number_format = row.fmt
        if row.link_text is not None:
            url = row.link
            if s["links"] == "display" and url:
                cell = ws.cell(r, at["link"], LINK_TEXTS[n % len(LINK_TEXTS)])
                cell.hyperlink = url
            elif s["links"] == "formula" and url:
                ws.cell(r, at["link"], f'=HYPERLINK("{url}","{LINK_TEXTS[n % 2]}")')
            else:
                cell = ws.cell(r, at["link"], row.link_text)
                if row.link_url:
                    cell.hyperlink = row.link_url
        if "units" in at:
            ws.cell(r, at["units"], units_of(row))
        if "plan" in at and plan_of(row) is not None:
            ws.cell(r, at["plan"], plan_of(row))
        if "last_year" in at and last_year_of(row) is not None:
            ws.cell(r, at["last_year"], last_year_of(row))
        if "notes" in at and n % 5 == 2:
            ws.cell(r, at["notes"], NOTES[n % len(NOTES)])
        if "value_pad" in at:
            ws.merge_cells(start_row=r, start_column=at["value"], end_row=r, end_column=at["value_pad"])
        rowmap[r] = row.criterion["id"]
        r += 1
    if "direction" in at and s["rows"] != "shuffled" and r - 1 > start:
        ws.merge_cells(start_row=start, start_column=at["direction"], end_row=r - 1, end_column=at["direction"])
    if s["footer"]:     # a signature block under the table: names, a phone number, a date
        r += 1
        ws.cell(r, 1, "Руководитель ОО"), ws.cell(r, 2, "__________"), ws.cell(r, 3, "Иванова И.И.")
        ws.cell(r + 1, 1, "Исполнитель: Петрова А.А., тел. 8 (3412) 12-34-56")
        ws.cell(r + 2, 1, "Дата заполнения"), ws.cell(r + 2, 2, "15.01.2025")
        ws.cell(r + 3, 1, "М.П."), ws.cell(r + 3, 3, 2025)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 60
    return rowmap


INSTRUCTION = [
    "Инструкция по заполнению формы мониторинга",
    "1. Заполните лист «Форма» по состоянию на 31.12.2024.",
    "2. В столбце значений укажите число; для критериев «да/нет» — 1 или 0.",
    "3. В столбце ссылок укажите ссылку на документ, размещённый на сайте организации.",
    "4. Не меняйте формулировки критериев и порядок строк.",
    "Срок представления — до 20 января 2025 года.",
]


def write_book(path, forms, spec, seed):
    """A workbook with one sheet per form (usually one) and the extra sheets the spec asks for; returns the
    manifest's entries (sheet, form, rowmap)."""
    rng = random.Random(seed)
    wb = openpyxl.Workbook()
    first = wb.active
    entries = []
    sheets = spec.get("sheets", ())
    if "instruction" in sheets:
        first.title = "Инструкция"
        for k, line in enumerate(INSTRUCTION):
            first.cell(k + 1, 1, line)
        first = None
    elif "empty_first" in sheets:
        first.title = "Лист1"
        first = None
    for k, form in enumerate(forms):
        if first is not None:
            ws, first = first, None
            ws.title = form.sheet_title if len(forms) == 1 else short_name(form, k)
        else:
            ws = wb.create_sheet(form.sheet_title if len(forms) == 1 else short_name(form, k))
        entries.append((ws.title, form, write_sheet(ws, form, spec, rng)))
    if "hidden_junk" in sheets:
        # An old draft of the same form with other values, hidden: none of it may be used.
        junk = wb.create_sheet("черновик")
        draft = Form.__new__(Form)
        draft.__dict__.update(forms[0].__dict__)
        draft.rows = []
        for row in forms[0].rows:
            v = canonical(row)
            copy = Row(row.criterion, row.title, row.direction, row.value, row.fmt, None, None)
            copy.section = row.section
            if isinstance(v, (int, float)) and row.unit == "count":
                copy.value = v + 7
            draft.rows.append(copy)
        write_sheet(junk, draft, {}, rng)
        junk["H1"] = "tmp"
        junk.sheet_state = "hidden"
    wb.active = [ws.title for ws in wb.worksheets].index(entries[0][0])
    wb.save(path)
    settle(path, theme=False)
    return entries


FIXED_TIME = "2025-01-20T09:00:00Z"


def settle(path, theme=True):
    """Makes a written file the same bytes on every run: fixed zip entry times and document dates. Without `theme`,
    openpyxl's default theme part (a third of a small file; nothing in the forms uses it) is left out, with its
    relationship and content type, to keep the committed zoo small."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if not theme:
        parts = [(n, d) for n, d in parts if n != "xl/theme/theme1.xml"]
        parts = [(n, re.sub(rb'<Relationship [^>]*Target="theme/theme1.xml"[^>]*/>', b"", d) if n == "xl/_rels/workbook.xml.rels"
                  else re.sub(rb'<Override [^>]*PartName="/xl/theme/theme1.xml"[^>]*/>', b"", d) if n == "[Content_Types].xml"
                  else d) for n, d in parts]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_TIME.encode(), data)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 20, 9, 0, 0)), data, zipfile.ZIP_DEFLATED, 9)


def short_name(form, k):
    return re.sub(r"[\\/*?:\[\]\"«»]", "", form.org)[:28].strip() or f"Форма {k + 1}"


# ---------------------------------------------------------------------------------------------------------------
# The transformations: id → (spec, what it changes)

ONE = {
    "identity":          ({}, "the form written again by openpyxl, unchanged (the control)"),
    "header_colon":      ({"header": "colon"}, "«Полное наименование ОО: МБОУ …» in one cell"),
    "header_next_cell":  ({"header": "next_cell"}, "an unknown label «Наименование юридического лица», the name in the next cell"),
    "header_merged":     ({"header": "merged"}, "the label merged over A:B, the name merged over C:D"),
    "header_below":      ({"header": "below"}, "the label alone, the name in the cell below it"),
    "name_only":         ({"header": "name_only"}, "no label: only the name above the table"),
    "name_in_filename":  ({"header": "none"}, "no name in the sheet: only the file name tells the organisation"),
    "col_units":         ({"extra": ("units",)}, "a units column «Ед. изм.» after the criterion"),
    "col_plan":          ({"extra": ("plan",)}, "a «План» column before the value"),
    "col_last_year":     ({"extra": ("last_year",)}, "«2023» and «2024» columns (last year before this year)"),
    "col_plan_fact":     ({"extra": ("plan_fact",)}, "«План 2024» and «Факт 2024» columns"),
    "col_notes":         ({"extra": ("notes",)}, "a «Примечание» column with notes in some rows"),
    "col_numbering":     ({"extra": ("numbering",)}, "«№ п/п» numbered 1.1, 1.2, … instead of «№»"),
    "value_header_date": ({"value_header": "на 31.12.2024"}, "the value column headed «на 31.12.2024»"),
    "value_header_fact": ({"value_header": "Факт 2024"}, "the value column headed «Факт 2024»"),
    "yesno_words":       ({"values": "yesno_words"}, "yes/no as да/нет, имеется/отсутствует, есть/нет, +/–"),
    "yesno_digits":      ({"values": "yesno_digits"}, "yes/no as the numbers 1/0"),
    "counts_units":      ({"values": "counts_units"}, "counts written «122 чел.», «3 ед.»"),
    "share_percent":     ({"values": "share_percent"}, "shares and levels as fractions with a percent format"),
    "share_fraction":    ({"values": "share_fraction"}, "shares and levels as plain fractions (0.0539)"),
    "share_text":        ({"values": "share_text"}, "shares and levels as text «5,39%»"),
    "link_display":      ({"links": "display"}, "hyperlinks behind «документ», «ссылка», a document's title"),
    "link_formula":      ({"links": "formula"}, "HYPERLINK() formulas without a cached value (openpyxl writes none)"),
    "sheet_instruction": ({"sheets": ("instruction",)}, "an instruction sheet before the form"),
    "sheet_empty_first": ({"sheets": ("empty_first",)}, "an empty first sheet"),
    "sheet_hidden_junk": ({"sheets": ("hidden_junk",)}, "a hidden sheet with a draft of other values"),
    "rows_shuffled":     ({"rows": "shuffled"}, "the criterion rows in another order (directions per row)"),
    "sections_removed":  ({"sections": "removed"}, "no direction column, no section rows"),
    "sections_as_rows":  ({"sections": "rows"}, "directions as section rows between the criteria"),
    "sections_renamed":  ({"sections": "renamed"}, "section rows with other names («Раздел I. Нормативная база»)"),
    "paraphrased":       ({"paraphrase": "region"}, "some titles worded as another region would (paraphrases.tsv)"),
    "terse_wordings":    ({"paraphrase": "terse"}, "terse wordings and «из них:» rows under their whole (terse.tsv)"),
    "year_in_title":     ({"header": "plain", "year": "title"}, "no year label: the year only in the title «… за 2024 год»"),
    "value_first":       ({"order": "value_first"}, "the value and link columns before the criterion column"),
    "value_merged":      ({"order": "value_merged"}, "each value merged over two cells"),
    "footer_signature":  ({"footer": True}, "a signature block under the table (name, phone, date, a year)"),
}
COMBINED = {
    "combo_layout1": ({"header": "colon", "extra": ("units",), "value_header": "на 31.12.2024", "values": "yesno_words"},
                      "issue 25's layout 1: name after a colon, units, a date over the values, yes/no as words"),
    "combo_counts_links": ({"values": "counts_units", "links": "display", "sheets": ("instruction",), "rows": "shuffled"},
                           "counts with units, hyperlinks with display text, an instruction sheet, shuffled rows"),
    "combo_region": ({"header": "merged", "extra": ("numbering", "plan_fact", "notes"), "values": "share_text",
                      "sections": "renamed", "sheets": ("hidden_junk",), "paraphrase": "region"},
                     "merged header, numbering, plan and fact, notes, shares as text, renamed sections, a hidden draft, paraphrases"),
}
# Several forms in one workbook, one a sheet.
MULTI = {"multi_forms": "several forms in one workbook, one a sheet"}
# Re-saved by LibreOffice: the source transformation's files converted by soffice.
LIBREOFFICE = {
    "lo_resave": ("identity", "the original form re-saved by LibreOffice"),
    "lo_link_formula": ("link_formula", "HYPERLINK() formulas re-saved by LibreOffice (the cached value computed)"),
    "lo_combo_layout1": ("combo_layout1", "issue 25's layout 1 re-saved by LibreOffice"),
}


def all_descriptions():
    d = {k: v[1] for k, v in {**ONE, **COMBINED}.items()}
    d.update(MULTI)
    d.update({k: v[1] for k, v in LIBREOFFICE.items()})
    return d


def main():
    use_lo = "--no-libreoffice" not in sys.argv
    forms = [Form(os.path.join(FORMS, f)) for f in SAMPLE]
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    manifest = []

    def emit(tid, name, book_forms, spec, seed):
        folder = os.path.join(OUT, tid)
        os.makedirs(folder, exist_ok=True)
        for sheet, form, rowmap in write_book(os.path.join(folder, name), book_forms, spec, seed):
            manifest.append([tid, f"forms/{tid}/{name}", sheet, form.file,
                             ",".join(f"{r}:{c}" for r, c in sorted(rowmap.items()))])

    for tid, (spec, _) in {**ONE, **COMBINED}.items():
        for j, form in enumerate(forms):     # a seed of its own per transformation and form: adding one changes no other
            emit(tid, form.file, [form], spec, zlib.crc32(f"{SEED}/{tid}/{j}".encode()))
    # Three workbooks of several forms (each form once, as a folder of one municipality would hold them).
    groups = [forms[0:3], forms[5:8], forms[3:5]]
    for g, group in enumerate(groups):
        emit("multi_forms", f"формы_{g + 1}.xlsx", group, {}, zlib.crc32(f"{SEED}/multi_forms/{g}".encode()))
    if use_lo:
        for tid, (source, _) in LIBREOFFICE.items():
            resave(tid, source, manifest)
    with open(os.path.join(HERE, "manifest.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["transformation", "file", "sheet", "original", "rows"])
        w.writerows(sorted(manifest, key=lambda m: (m[0], m[1], m[2])))
    with open(os.path.join(HERE, "transformations.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["transformation", "what it changes"])
        w.writerows(all_descriptions().items())
    print(f"{len(manifest)} forms in {len(set(m[1] for m in manifest))} files under {OUT}")


def resave(tid, source, manifest):
    """Converts the source transformation's files with LibreOffice (xlsx → xlsx) into forms/<tid>/."""
    src = os.path.join(OUT, source if source != "identity" else "identity")
    if source == "identity":    # the originals themselves, not openpyxl's copies
        src_files = [os.path.join(FORMS, f) for f in SAMPLE]
    else:
        src_files = [os.path.join(src, f) for f in sorted(os.listdir(src))]
    dst = os.path.join(OUT, tid)
    os.makedirs(dst, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dst] + src_files,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for f in os.listdir(dst):
        settle(os.path.join(dst, f))
    for m in [m for m in manifest if m[0] == (source if source != "identity" else "identity")]:
        manifest.append([tid, f"forms/{tid}/{os.path.basename(m[1])}", m[2], m[3], m[4]])


if __name__ == "__main__":
    main()
