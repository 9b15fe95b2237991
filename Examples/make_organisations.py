#!/usr/bin/env python3
"""Builds the example register of organisations, Examples/organisations_2024.xlsx, with openpyxl (an independent
writer): every organisation of Examples/forms/2024 (the names of Examples/source/organisations.tsv, which the forms
use) spelt as an official register spells it, plus three organisations that sent no form.

The register differs from the forms on purpose, the way real registers do:
- every third school gets its official full name («Муниципальное бюджетное общеобразовательное учреждение
  «Средняя общеобразовательная школа № 5»»), recognised through its short name;
- short names use «ёлочки», «№5» for «№ 5» and back, «имени» for «им.»;
- names the forms cut short («…отдельных предмет») are complete here;
- the sheet has a title above the header, its columns in another order than `mentoring template --organisations`
  writes them, and extra columns («№ п/п», «Примечание»); ИНН are fictitious, some typed as numbers.

usage: python3 Examples/make_organisations.py     (writes Examples/organisations_2024.xlsx)
"""
import csv
import datetime
import os
import re

import openpyxl
from openpyxl.styles import Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
MUNICIPALITY = "г. Ижевск"

# Organisations of the municipality that sent no form in 2024 (not in the forms; «Не представили форму»).
NOT_REPORTED = [
    (12, "school", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 29»", "МБОУ СОШ № 29"),
    (61, "school", "Муниципальное автономное общеобразовательное учреждение «Лицей № 41»", "МАОУ «Лицей № 41»"),
    (None, "dop", "Муниципальное бюджетное учреждение дополнительного образования «Детско-юношеский центр «Ижевск»»",
     "МБУ ДО ДЮЦ «Ижевск»"),
]

# The forms cut these names short; the register has them whole.
COMPLETE = {
    'МБОУ "СОШ № 69 с углубленным изучением отдельных предмет': 'МБОУ "СОШ № 69 с углубленным изучением отдельных предметов"',
    'МБОУ "СОШ № 26 с углубленным изучением отдельных предмет': 'МБОУ "СОШ № 26 с углубленным изучением отдельных предметов"',
    'МБОУ "СОШ № 63 имени Героя Советского Союза Рихарда Зорге': 'МБОУ "СОШ № 63 имени Героя Советского Союза Рихарда Зорге"',
}

PREFIXES = {
    "МБОУ": "Муниципальное бюджетное общеобразовательное учреждение",
    "МАОУ": "Муниципальное автономное общеобразовательное учреждение",
}
SCHOOLS = {"СОШ": "Средняя общеобразовательная школа", "ООШ": "Основная общеобразовательная школа"}


def guillemets(name):
    """Straight quotes as «ёлочки»: an opening one after a space or at the start, a closing one otherwise."""
    name = re.sub(r'\s+"$', '"', name)   # «"КШ "» → «"КШ"»
    out = ""
    for k, ch in enumerate(name):
        if ch == '"':
            out += "«" if k == 0 or name[k - 1] == " " else "»"
        else:
            out += ch
    opened, closed = out.count("«"), out.count("»")
    return out + "»" * (opened - closed)


def respace_number(name):
    """«№ 5» ↔ «№5»."""
    if re.search(r"№ \d", name):
        return re.sub(r"№ (\d)", r"№\1", name)
    return re.sub(r"№(\d)", r"№ \1", name)


def official(name):
    """The official full name of a plain school name («МБОУ "СОШ № 5"»), or None when it is not that plain."""
    m = re.match(r'^(МБОУ|МАОУ) "?(СОШ|ООШ) ?№ ?(\d+)"?$', name)
    if not m:
        return None
    return f"{PREFIXES[m.group(1)]} «{SCHOOLS[m.group(2)]} № {m.group(3)}»"


def inn(i):
    return f"18{31000000 + 7919 * (i + 1):08d}"


def main():
    with open(os.path.join(HERE, "source", "organisations.tsv"), encoding="utf-8") as f:
        orgs = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows = []   # (full, short, type)
    for i, o in enumerate(orgs):
        name = COMPLETE.get(o["name"], o["name"])
        full = official(name) if i % 3 == 0 else None
        if full:
            short = guillemets(respace_number(name))
        else:
            full = guillemets(name.replace("им.", "имени ").replace("имени  ", "имени "))
            if i % 2 == 1:
                full = respace_number(full)
            short = ""
        rows.append((full, short, o["type"]))
    for position, type_, full, short in NOT_REPORTED:
        rows.insert(position if position is not None else len(rows), (full, short, type_))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Организации"
    ws["A1"] = f"Реестр общеобразовательных организаций и организаций дополнительного образования, {MUNICIPALITY}, 2024 год"
    ws["A1"].font = Font(bold=True)
    header = ["№ п/п", "Краткое наименование", "Полное наименование организации", "ИНН", "Тип", "Муниципальное образование",
              "Примечание"]
    for k, title in enumerate(header):
        cell = ws.cell(3, k + 1, title)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for n, (full, short, type_) in enumerate(rows):
        r = 4 + n
        ws.cell(r, 1, n + 1)
        ws.cell(r, 2, short or None)
        ws.cell(r, 3, full)
        ws.cell(r, 4, int(inn(n)) if n % 2 else inn(n))
        ws.cell(r, 5, "ДОП" if type_ == "dop" else "школа")
        ws.cell(r, 6, MUNICIPALITY)
    for col, width in zip("ABCDEFG", [7, 45, 90, 14, 8, 26, 20]):
        ws.column_dimensions[col].width = width
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 12, 1)
    path = os.path.join(HERE, "organisations_2024.xlsx")
    wb.save(path)
    differ = sum(1 for (full, short, _), o in zip([r for r in rows if r[0] not in {x[2] for x in NOT_REPORTED}], orgs)
                 if full != o["name"])
    print(f"{len(rows)} organisations ({len(NOT_REPORTED)} without a form) in {path}; "
          f"{differ} of {len(orgs)} full names spelt otherwise than in the forms")


if __name__ == "__main__":
    main()
