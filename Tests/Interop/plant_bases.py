#!/usr/bin/env python3
"""Plants personal data that exists nowhere else into bases of mentors and mentees, for the tests that scan every byte
`mentoring` writes (Tests/ReportTests/PersonalDataTests.swift, Tests/WebServiceTests/PersonalDataServiceTests.swift).

Writes into OUT_DIR (with openpyxl, an independent writer):
  planted_bases.xlsx  — bases of «МБОУ "СОШ № 16"» (labelled above the tables; its form says 6 mentors, the base has 3:
                        a finding must come of it), and a third sheet with a table of ФИО that is not a base
  unattributed.xlsx   — a base without an organisation above it (its folder holds no form)
and prints JSON: {"strings": [...], "years": [...], "names": N} — every planted name, free-text answer and link, and
the planted years of birth; with --examples FILES, also every ФИО of those bases (Examples/bases/2024).

usage: plant_bases.py OUT_DIR [--examples FILE...]
"""
import json
import os
import sys

import openpyxl

ORG = 'МБОУ "СОШ № 16"'
MENTORS = [("Зябликова Эвелина Трофимовна-7f3a", 1937, "Ремонтный завод-3c7e"),
           ("Кукушкин Аристарх Платонович-2b9e", 1943, ORG),
           ("Свиристелева Агния Мироновна-c41d", 1951, ORG)]
MENTEES = [("Чечёткин Ювеналий Фомич-8e5b", 1929), ("Щурова Евдокия Лукинична-1a6f", 1947)]
UNREAD = "Коноплянкина Эльвира Саввична-93d0"
ORPHAN = "Клёстов Прохор Ипатович-5f21"
TEXTS = ["запрос-b41c хочу научиться вязать", "компетенция-5d2f устный счёт", "итог-e90d выступил на конференции",
         "интерес-77aa шахматы", "достижение-0c3b грамота", "https://example.org/otzyv-4e8a", "тел. +7 900 000-11-4d"]
YEARS = [1937, 1943, 1951, 1929, 1947, 1939]

MENTOR_HEADER = ["№ п/п", "ФИО наставника", "Год рождения наставника", "Место работы", "Основные компетенции наставника",
                 "Важные для программы достижения наставника", "Интересы наставника", "Дата вхождения в программу",
                 "ФИО наставляемого (наставляемых)", "Форма наставничества", "Дата завершения программы",
                 "Результаты программы", "Ссылка на кейс/отзыв наставника"]
MENTEE_HEADER = ["№ п/п", "ФИО наставляемого", "Год рождения наставляемого", "Основной запрос наставляемого",
                 "Дата вхождения в программу", "ФИО наставника", "Форма наставничества", "Место работы наставника",
                 "Дата завершения программы", "Результаты программы", "Отметка о прохождении программы"]


def top(ws, title, org=True):
    ws.append([title])
    if org:
        ws.append(["Образовательная организация", ORG])
        ws.append(["Отчетный год", 2024])
    ws.append([])


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Наставники"
    top(ws, "База наставников")
    ws.append(MENTOR_HEADER)
    for i, (name, born, place) in enumerate(MENTORS, 1):
        mentee = MENTEES[i - 1][0] if i <= len(MENTEES) else None
        ws.append([i, name, born, place, TEXTS[1], TEXTS[4], TEXTS[3], "01.09.2024", mentee,
                   "учитель – учитель" if mentee else None, None, TEXTS[2] if mentee else None, TEXTS[5]])
    ws = wb.create_sheet("Наставляемые")
    top(ws, "База наставляемых")
    ws.append(MENTEE_HEADER)
    for i, (name, born) in enumerate(MENTEES, 1):
        mentor, _, place = MENTORS[i - 1]
        ws.append([i, name, born, TEXTS[0], "01.09.2024", mentor, "учитель – учитель", place, None, TEXTS[2], "нет"])
    ws = wb.create_sheet("Кураторы")
    ws.append(["Кураторы программы"])
    ws.append(["ФИО куратора", "Год рождения", "Телефон", "Количество наставников ОО (по приказу)"])
    ws.append([UNREAD, 1939, TEXTS[6], 5])
    wb.save(os.path.join(out, "planted_bases.xlsx"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "База"
    top(ws, "Форма 1. База наставляемых", org=False)
    ws.append(MENTOR_HEADER)
    ws.append([1, ORPHAN, 1939, "Музей-4d2c истории", TEXTS[1], None, None, "01.10.2024", MENTEES[0][0], "ученик – ученик"])
    wb.save(os.path.join(out, "unattributed.xlsx"))

    strings = [n for n, _, _ in MENTORS] + [n for n, _ in MENTEES] + [UNREAD, ORPHAN, "Ремонтный завод-3c7e", "Музей-4d2c истории"] + TEXTS
    names = 0
    if len(sys.argv) > 2 and sys.argv[2] == "--examples":
        for path in sys.argv[3:]:
            for sheet in openpyxl.load_workbook(path):
                header = None
                for row in sheet.iter_rows(values_only=True):
                    if header is None:
                        if any(isinstance(v, str) and "ФИО" in v.replace(".", "") for v in row):
                            header = row
                        continue
                    for h, v in zip(header, row):
                        if isinstance(h, str) and "ФИО" in h.replace(".", "") and isinstance(v, str):
                            for name in v.split(";"):
                                if name.strip() and name.strip() not in strings:
                                    strings.append(name.strip())
                                    names += 1
    print(json.dumps({"strings": strings, "years": YEARS, "names": names}, ensure_ascii=False))


if __name__ == "__main__":
    main()
