#!/usr/bin/env python3
"""Layouts nobody described (issue 25): the example organisation forms written again in layouts that neither the
normaliser's rules nor the layout zoo (Tests/Fixtures/zoo/make_zoo.py) were written for.

Independent of the zoo's generator: it reads the example forms with openpyxl by what they show (the header row
with «Критерий»/«Наименование критерия», the value and link columns by their headers, the block above the
table) and writes each form under a layout. It does not ask the normaliser anything.

    python3 unseen_layouts.py FORMS_DIR OUT_DIR [--only L1,L2] [--forms N] [--no-libreoffice]

OUT_DIR/<layout>/*.xlsx, and OUT_DIR/manifest.tsv: layout, file, sheet, the original form's file name, and
`orig_row=sheet!cell` pairs — where the value of each criterion row of the original went (the cell that holds
the value in the new form). OUT_DIR/layouts.tsv names each layout and what it changes.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

TITLE_HEADERS = ("критерий", "наименование критерия")
VALUE_HEADERS = ("значение", "количество", "единица измерения")
LINK_HEADERS = ("ссылка", "источник", "измерительный материал")


def text(v):
    return "" if v is None else str(v).strip()


def parse(path):
    """The form as a model: organisation, type, year, municipality and the criterion rows (in order), each with
    its direction, title, value (as the cell held it, with its number format) and link (text or hyperlink)."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = None
    for r in range(1, 30):
        cells = [text(ws.cell(r, c).value).lower() for c in range(1, ws.max_column + 1)]
        if any(c in TITLE_HEADERS for c in cells):
            header = r
            break
    assert header, path
    cols = {}
    for c in range(1, ws.max_column + 1):
        h = text(ws.cell(header, c).value).lower()
        if h in TITLE_HEADERS:
            cols["title"] = c
        elif h == "показатель":
            cols["direction"] = c
        elif any(h.startswith(k) for k in VALUE_HEADERS):
            cols["value"] = c
        elif any(h.startswith(k) for k in LINK_HEADERS):
            cols["link"] = c
    assert {"title", "value", "link"} <= cols.keys(), (path, cols)
    # The block above the table: labels left of or above their values.
    block = {}
    for r in range(1, header):
        for c in range(1, ws.max_column + 1):
            label = text(ws.cell(r, c).value).lower()
            right, below = text(ws.cell(r, c + 1).value), text(ws.cell(r + 1, c).value)
            for key, word in (("name", "образовательная организация"), ("type", "тип оо"),
                              ("year", "отчетный год"), ("municipality", "муниципальное образование")):
                if label == word:
                    block[key] = right if right and right.lower() not in ("образовательная организация", "тип оо") else below
    year = re.search(r"20\d\d", block.get("year", "")).group(0)
    merged = {}
    for rng in ws.merged_cells.ranges:
        for r in range(rng.min_row, rng.max_row + 1):
            merged[(r, rng.min_col)] = ws.cell(rng.min_row, rng.min_col).value
    rows = []
    direction = None
    for r in range(header + 1, ws.max_row + 1):
        title = text(ws.cell(r, cols["title"]).value)
        if not title:
            continue
        if "direction" in cols:
            d = merged.get((r, cols["direction"]), ws.cell(r, cols["direction"]).value)
            direction = text(d) or direction
        vc = ws.cell(r, cols["value"])
        lc = ws.cell(r, cols["link"])
        link = lc.hyperlink.target if lc.hyperlink is not None and lc.hyperlink.target else text(lc.value)
        rows.append({"row": r, "direction": direction, "title": title, "value": vc.value,
                     "format": vc.number_format, "link": link})
    return {"file": os.path.basename(path), "name": block["name"], "type": block.get("type", "школа"),
            "year": year, "municipality": block.get("municipality", "г. Ижевск"), "rows": rows}


# Values ------------------------------------------------------------------------------------------------------

def as_number(v):
    """The number a value means, or None (text, yes/no, a share written with %)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v
    s = text(v)
    if re.fullmatch(r"\d+", s):
        return int(s)
    return None


def is_count(row):
    t = row["title"].lower()
    return (t.startswith("количество") or t.startswith("общее количество") or t.startswith("численность")) \
        and as_number(row["value"]) is not None


def people(row):
    t = row["title"].lower()
    return any(w in t for w in ("педагог", "обучающ", "наставник", "наставляем", "специалист", "кураторов", "детей"))


def unit_of(row):
    t = row["title"].lower()
    v = text(row["value"]).lower()
    if t.startswith("доля") or t.startswith("уровень") or "%" in v:
        return "%"
    if v in ("да", "нет", "да (1)", "нет (0)"):
        return "да/нет"
    if is_count(row):
        return "чел." if people(row) else "ед."
    return ""


def is_url(link):
    return "://" in link or link.startswith("www.")


def counts_in_words(row):
    v = row["value"]
    n = as_number(v)
    if n is None or not is_count(row):
        return v
    return f"{n} человек" if people(row) else f"{n} единиц"


def text_numbers(row):
    """Numbers stored as text: a leading apostrophe (kept in the text, as a CSV import leaves it) or a
    non-breaking space between thousands."""
    n = as_number(row["value"])
    if n is None or n != int(n) or row["format"].endswith("%"):
        return row["value"]     # a share keeps its number and format: as text it would lose the percent
    n = int(n)
    if n >= 1000:
        return f"{n // 1000}\u00a0{n % 1000:03d}"
    return "'" + str(n)


def plain(row):
    return row["value"]


# Writing ------------------------------------------------------------------------------------------------------

def new_book():
    wb = openpyxl.Workbook()
    return wb, wb.active


def put(ws, r, c, value, fmt=None):
    cell = ws.cell(r, c, value=value)
    if fmt and fmt != "General" and not isinstance(value, str):
        cell.number_format = fmt
    return cell


def sheet_title(name):
    bad = '[]:*?/\\'
    t = "".join(ch for ch in name if ch not in bad).strip()
    return t[:31]


def write_table(ws, form, rows, top, columns, value_of=plain, number_titles=False, mark=False):
    """A vertical table from row `top`: a header row, then one row per criterion. `columns` is the order of
    'num', 'title', 'units', 'value', 'link', 'mark'. Returns orig_row → value cell."""
    headers = {"num": "№ п/п", "title": "Наименование показателя", "units": "Ед. изм.", "value": "Значение показателя",
               "link": "Ссылка на документ", "mark": "Отметка о выполнении"}
    for i, key in enumerate(columns, 1):
        ws.cell(top, i, headers[key])
    where = {}
    for k, row in enumerate(rows, 1):
        r = top + k
        for i, key in enumerate(columns, 1):
            if key == "num":
                ws.cell(r, i, k)
            elif key == "title":
                ws.cell(r, i, (f"{k // 10 + 1}.{k % 10 + 1}. " if number_titles else "") + row["title"])
            elif key == "units":
                ws.cell(r, i, unit_of(row))
            elif key == "value":
                put(ws, r, i, value_of(row), row["format"])
                where[row["row"]] = f"{get_column_letter(i)}{r}"
            elif key == "link":
                if row["link"]:
                    ws.cell(r, i, row["link"])
            elif key == "mark":
                ws.cell(r, i, "Да")
    ws.column_dimensions[get_column_letter(columns.index("title") + 1)].width = 70
    return where


def header_lines(ws, form, labels=True):
    ws.cell(1, 1, "Мониторинг реализации целевой модели наставничества")
    ws.cell(2, 1, "Наименование ОО")
    ws.cell(2, 2, form["name"])
    ws.cell(3, 1, "Отчетный период")
    ws.cell(3, 2, f"{form['year']} год")
    return 5


def labelled_form(form, columns, **table):
    """The form under a labelled header block («Наименование ОО», «Отчетный период») on a sheet «Форма»."""
    wb, ws = new_book()
    ws.title = "Форма"
    top = header_lines(ws, form)
    return wb, {ws.title: write_table(ws, form, form["rows"], top, columns, **table)}


def layout_transposed(form):
    """Criteria across a row, values in the row below, links in the row below that."""
    wb, ws = new_book()
    ws.title = "Мониторинг"
    top = header_lines(ws, form)
    ws.cell(top, 1, "Показатель")
    ws.cell(top + 1, 1, "Значение")
    ws.cell(top + 2, 1, "Ссылка")
    where = {}
    for k, row in enumerate(form["rows"], 2):
        ws.cell(top, k, row["title"]).alignment = Alignment(wrap_text=True)
        put(ws, top + 1, k, row["value"], row["format"])
        if row["link"]:
            ws.cell(top + 2, k, row["link"])
        where[row["row"]] = f"{get_column_letter(k)}{top + 1}"
    return wb, {ws.title: where}


def layout_org_in_title(form):
    """No label: the organisation only in a title line «Отчёт МБОУ … о реализации ЦМН за 2024 год»."""
    wb, ws = new_book()
    ws.title = "Отчёт"
    ws.cell(1, 1, f"Отчёт {form['name']} о реализации целевой модели наставничества за {form['year']} год")
    where = write_table(ws, form, form["rows"], 3, ["num", "title", "value", "link"])
    return wb, {ws.title: where}


def layout_org_in_sheet_name(form):
    """The organisation named only in the sheet's name (the file is named by its number)."""
    wb, ws = new_book()
    ws.title = sheet_title(form["name"])
    ws.cell(1, 1, f"Мониторинг целевой модели наставничества за {form['year']} год")
    where = write_table(ws, form, form["rows"], 3, ["num", "title", "value", "link"])
    return wb, {ws.title: where}


def layout_two_years_plan_fact(form):
    """A two-row header: the year merged above «план | факт» pairs for two years."""
    wb, ws = new_book()
    ws.title = "Форма"
    top = header_lines(ws, form)
    y, last = int(form["year"]), int(form["year"]) - 1
    ws.cell(top, 1, "№")
    ws.cell(top, 2, "Критерий")
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    ws.cell(top, 3, f"{last} год")
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=4)
    ws.cell(top, 5, f"{y} год")
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    for c, word in zip(range(3, 7), ("план", "факт", "план", "факт")):
        ws.cell(top + 1, c, word)
    ws.cell(top, 7, "Ссылка")
    ws.merge_cells(start_row=top, start_column=7, end_row=top + 1, end_column=7)
    where = {}
    for k, row in enumerate(form["rows"], 1):
        r = top + 1 + k
        ws.cell(r, 1, k)
        ws.cell(r, 2, row["title"])
        n = as_number(row["value"])
        if n is not None:
            ws.cell(r, 3, n + 2)      # last year's plan
            ws.cell(r, 4, n + 1)      # last year's fact
            ws.cell(r, 5, n + 3)      # this year's plan
        put(ws, r, 6, row["value"], row["format"])
        where[row["row"]] = f"F{r}"
        if row["link"]:
            ws.cell(r, 7, row["link"])
    return wb, {ws.title: where}


def layout_numbered_titles_units(form):
    """The criteria column holds «1.2. wording»; a separate column holds only the units."""
    return labelled_form(form, ["title", "units", "value", "link"], number_titles=True)


def layout_value_link_one_cell(form):
    """The value and its link in the same cell: «5 (https://…)»."""
    def both(row):
        if not is_url(row["link"]):
            return row["value"]
        v = row["value"]
        if isinstance(v, float):
            v = f"{v:.4f}".rstrip("0").rstrip(".")
        return f"{v} ({row['link']})"
    by_row = {r["row"]: r for r in form["rows"]}
    wb, ws = new_book()
    ws.title = "Форма"
    top = header_lines(ws, form)
    # A link that is no address (a document's title) cannot share the cell: it keeps a column of its own.
    rows = [dict(r, link=("" if is_url(r["link"]) else r["link"])) for r in form["rows"]]
    where = write_table(ws, form, rows, top, ["num", "title", "value", "link"], value_of=lambda r: both(by_row[r["row"]]))
    return wb, {ws.title: where}


def layout_link_before_value(form):
    """The link column before the value column."""
    return labelled_form(form, ["num", "title", "link", "value"])


def layout_two_sheets(form):
    """The form's rows spread over two sheets of one workbook: the first directions with the header block,
    the rest on a sheet «продолжение» under the same table header."""
    wb, ws = new_book()
    ws.title = "Лист1"
    top = header_lines(ws, form)
    half = len(form["rows"]) // 2
    where = {ws.title: write_table(ws, form, form["rows"][:half], top, ["num", "title", "value", "link"])}
    ws2 = wb.create_sheet("Лист2 (продолжение)")
    ws2.cell(1, 1, "Продолжение формы")
    where[ws2.title] = write_table(ws2, form, form["rows"][half:], 3, ["num", "title", "value", "link"])
    return wb, where


def layout_mark_column(form):
    """A column «Отметка о выполнении» that the school filled with «Да» in every row, besides the value."""
    return labelled_form(form, ["num", "title", "mark", "value", "link"])


def layout_municipality_line(form):
    """«Муниципалитет: г. Ижевск» in a line above the school's name (an organisation's form, not the municipality's)."""
    wb, ws = new_book()
    ws.title = "Форма"
    ws.cell(1, 1, "Мониторинг целевой модели наставничества")
    ws.cell(2, 1, f"Муниципалитет: {form['municipality']}")
    ws.cell(3, 1, f"Организация: {form['name']}")
    ws.cell(4, 1, f"Год: {form['year']}")
    where = write_table(ws, form, form["rows"], 6, ["num", "title", "value", "link"])
    return wb, {ws.title: where}


INSTRUCTION = [
    "Инструкция по заполнению формы мониторинга",
    "1. Форма заполняется образовательной организацией ежегодно по состоянию на 31 декабря отчётного года.",
    "2. В графе «Значение» укажите число, долю в процентах или «Да»/«Нет».",
    "3. В графе «Ссылка» укажите адрес документа на официальном сайте организации.",
    "4. Не изменяйте формулировки показателей и порядок строк.",
    "5. Доли указываются с точностью до сотых.",
    "6. Заполненную форму направьте в управление образования до 20 января.",
]


def layout_start_row_40(form):
    """The form starts at row 40, after a long instruction on the same sheet."""
    wb, ws = new_book()
    ws.title = "Форма"
    for i in range(38):
        ws.cell(i + 1, 1, INSTRUCTION[i % len(INSTRUCTION)] if i < 30 else None)
    ws.cell(40, 1, "Образовательная организация")
    ws.cell(40, 2, form["name"])
    ws.cell(41, 1, "Отчетный год")
    ws.cell(41, 2, int(form["year"]))
    where = write_table(ws, form, form["rows"], 43, ["num", "title", "value", "link"])
    return wb, {ws.title: where}


def layout_text_numbers(form):
    """Numbers stored as text: a leading apostrophe, nbsp thousand separators."""
    return labelled_form(form, ["num", "title", "value", "link"], value_of=text_numbers)


def layout_counts_in_words(form):
    """Counts with their unit written out: «12 человек», «3 единиц»."""
    return labelled_form(form, ["num", "title", "value", "link"], value_of=counts_in_words)


def layout_lo_school(form):
    """A school's form in the title-line and link-before-value layout, saved by LibreOffice."""
    wb, ws = new_book()
    ws.title = "Лист1"
    ws.cell(1, 1, f"Отчёт {form['name']} о реализации целевой модели наставничества за {form['year']} год")
    where = write_table(ws, form, form["rows"], 3, ["num", "title", "units", "link", "value"])
    return wb, {ws.title: where}


LAYOUTS = {
    "transposed": layout_transposed,
    "org_in_title": layout_org_in_title,
    "org_in_sheet_name": layout_org_in_sheet_name,
    "two_years_plan_fact": layout_two_years_plan_fact,
    "numbered_titles_units": layout_numbered_titles_units,
    "value_link_one_cell": layout_value_link_one_cell,
    "link_before_value": layout_link_before_value,
    "two_sheets": layout_two_sheets,
    "mark_column": layout_mark_column,
    "municipality_line": layout_municipality_line,
    "start_row_40": layout_start_row_40,
    "text_numbers": layout_text_numbers,
    "counts_in_words": layout_counts_in_words,
    "lo_school": layout_lo_school,
}
RESAVED = {"lo_school"}
# Files named by their number only where the name must come from the sheet.
NUMBERED_FILES = {"org_in_sheet_name", "org_in_title", "lo_school"}


def libreoffice(files, out_dir):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        tmp = tempfile.mkdtemp(prefix="lo-out-")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
                        "--convert-to", "xlsx", "--outdir", tmp] + files, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for f in files:
            shutil.move(os.path.join(tmp, os.path.basename(f)), os.path.join(out_dir, os.path.basename(f)))
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main(argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("forms_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--only")
    ap.add_argument("--forms", type=int)
    ap.add_argument("--no-libreoffice", action="store_true")
    a = ap.parse_args(argv)
    forms_dir, out_dir, limit, no_lo = a.forms_dir, a.out_dir, a.forms, a.no_libreoffice
    only = set(a.only.split(",")) if a.only else None
    names = sorted(f for f in os.listdir(forms_dir) if f.endswith(".xlsx"))
    if limit:
        # Spread over the list (every k-th form would keep one of the examples' three layouts when k is 3).
        names = [names[i * len(names) // limit] for i in range(min(limit, len(names)))]
    forms = [parse(os.path.join(forms_dir, n)) for n in names]
    os.makedirs(out_dir, exist_ok=True)
    manifest = ["layout\tfile\tsheet\toriginal\tcells"]
    for layout, make in LAYOUTS.items():
        if (only and layout not in only) or (no_lo and layout in RESAVED):
            continue
        folder = os.path.join(out_dir, layout)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        written = []
        staging = None
        for i, form in enumerate(forms, 1):
            wb, where = make(form)
            name = f"форма_{i:02d}.xlsx" if layout in NUMBERED_FILES else form["file"]
            path = os.path.join(folder, name)
            if layout in RESAVED:
                staging = staging or tempfile.mkdtemp(prefix="unseen-lo-")
                path = os.path.join(staging, name)
            wb.save(path)
            written.append(path)
            for sheet, cells in where.items():
                pairs = ",".join(f"{r}={c}" for r, c in sorted(cells.items()))
                manifest.append(f"{layout}\t{layout}/{name}\t{sheet}\t{form['file']}\t{pairs}")
        if layout in RESAVED:
            libreoffice(written, folder)
            shutil.rmtree(staging, ignore_errors=True)
    with open(os.path.join(out_dir, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(out_dir, "layouts.tsv"), "w", encoding="utf-8") as f:
        f.write("layout\twhat it changes\n")
        for layout, make in LAYOUTS.items():
            f.write(f"{layout}\t{' '.join(make.__doc__.split())}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
