#!/usr/bin/env python3
"""Builds example bases of mentors and mentees (seed 002's two forms) for nine organisations of Examples/forms/2024,
with openpyxl. Every person is invented: names are drawn from a fixed list of common Russian first names, patronymics
and surnames by a seeded generator, with invented years of birth, requests and results.

Three organisations' bases agree with their forms; six disagree on purpose, each in the ways `DISAGREE` names. The
script counts the bases as `mentoring` does (Templates/base_counts.tsv: different people by ФИО, ages as 2024 minus
the year of birth, programmes as different mentor, form of mentoring and date of entry, mentors by place of work,
programmes finished in 2024) and stops if a count disagrees with the form where it should not, or agrees where it
should not. Tests/FindingsTests/BaseChecksTests.swift asserts that `mentoring` finds exactly these disagreements.

The bases are not in Examples/forms/2024: `make run` does not read them. Try
    mentoring consolidate Examples/forms/2024 Examples/bases/2024 --municipal Examples/municipal_2024.xlsx -o out/svod.xlsx

usage: python3 Examples/make_bases.py          (writes Examples/bases/2024/*.xlsx)
"""
import csv
import datetime
import os
import random
import re
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
YEAR = 2024
OUT = os.path.join(HERE, "bases", str(YEAR))
FORMS = os.path.join(HERE, "forms", str(YEAR))


def tsv(name):
    with open(os.path.join(ROOT, "Templates", name), encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


CRITERIA = tsv("criteria.tsv")
COLUMNS = tsv("base_columns.tsv")
FORM_LABEL = {}
for r in tsv("mentoring_forms.tsv"):
    FORM_LABEL.setdefault(r["criterion"], r["label"])
PP = list(FORM_LABEL)
TT, PUPIL, TP = FORM_LABEL["pp_teacher_teacher"], FORM_LABEL["pp_pupil_pupil"], FORM_LABEL["pp_teacher_pupil"]


def form_values(file_name):
    """The form's values by criterion id (its wording of 2024 or its form wording), as numbers where they are."""
    by_wording = {}
    for c in CRITERIA:
        for k in ("wording_2024", "form_wording"):
            if c.get(k):
                by_wording[c[k]] = c["id"]
    ws = openpyxl.load_workbook(os.path.join(FORMS, file_name)).active
    out, name = {}, None
    for row in ws.iter_rows(values_only=True):
        if row[0] == "Образовательная организация":
            name = row[1]
        if len(row) > 3 and row[2] in by_wording:
            v = row[3]
            if isinstance(v, str):
                t = v.replace("%", "").replace(",", ".").strip()
                try:
                    v = float(t)
                except ValueError:
                    pass
            out[by_wording[row[2]]] = v
    return name, out


# Invented people: common names, combined by a seeded generator (no real person is meant).
MALE = ["Алексей", "Андрей", "Артём", "Богдан", "Вадим", "Глеб", "Даниил", "Егор", "Захар", "Игнат", "Кирилл", "Лев",
        "Матвей", "Никита", "Олег", "Павел", "Роман", "Савелий", "Тимофей", "Фёдор", "Юрий", "Ярослав"]
FEMALE = ["Алина", "Валерия", "Вера", "Дарья", "Ева", "Жанна", "Зоя", "Инна", "Кира", "Лада", "Майя", "Нина", "Олеся",
          "Полина", "Римма", "Софья", "Таисия", "Ульяна", "Фаина", "Эмилия", "Юлиана", "Ярослава"]
PATRONYMIC = ["Алексеев", "Андреев", "Борисов", "Викторов", "Геннадьев", "Дмитриев", "Евгеньев", "Ильин", "Константинов",
              "Леонидов", "Михайлов", "Николаев", "Олегов", "Петров", "Романов", "Сергеев", "Тимуров", "Фёдоров"]
SURNAME = ["Берёзкин", "Васильков", "Гвоздикин", "Дроздов", "Ежевикин", "Журавлёв", "Зябликов", "Иволгин", "Калинкин",
           "Ласточкин", "Малинин", "Незабудкин", "Облепихин", "Перепёлкин", "Рябинин", "Снегирёв", "Тетеревов", "Уклейкин",
           "Фиалкин", "Хвощев", "Чижиков", "Щеглов", "Ястребов", "Брусникин", "Вишняков", "Клюквин", "Морошкин", "Сорокин"]
REQUESTS = ["адаптация в коллективе", "подготовка к олимпиаде", "выбор профессии", "повышение мотивации к учёбе",
            "освоение цифровых инструментов", "методика урока", "подготовка к конкурсу", "проектная работа"]
COMPETENCES = ["методика преподавания", "проектная деятельность", "робототехника", "олимпиадная подготовка",
               "классное руководство", "цифровые образовательные ресурсы"]
RESULTS = ["программа выполнена", "подготовлен проект", "участие в конкурсе", "повышение успеваемости"]


class Org:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.used = set()
        self.mentors, self.mentees, self.programmes = [], [], []

    def name(self):
        while True:
            female = self.rnd.random() < 0.6
            first = self.rnd.choice(FEMALE if female else MALE)
            surname = self.rnd.choice(SURNAME) + ("а" if female else "")
            patronymic = self.rnd.choice(PATRONYMIC) + ("на" if female else "ич")
            full = f"{surname} {first} {patronymic}"
            if full not in self.used:
                self.used.add(full)
                return full

    def mentor(self, born, place):
        m = {"name": self.name(), "born": born, "place": place, "competence": self.rnd.choice(COMPETENCES)}
        self.mentors.append(m)
        return m

    def mentee(self, born, place=""):
        e = {"name": self.name(), "born": born, "place": place, "request": self.rnd.choice(REQUESTS)}
        self.mentees.append(e)
        return e

    def programme(self, form, mentor, mentees, start, end=None):
        self.programmes.append({"form": form, "mentor": mentor, "mentees": mentees, "start": start, "end": end,
                                "result": self.rnd.choice(RESULTS) if end else ""})


def d(y, m, day):
    return datetime.date(y, m, day)


def teacher_born(o):
    return o.rnd.randint(1965, 1995)


# --- the nine organisations ------------------------------------------------------------------------------------------

def it_lyceum_24(o, own):
    """Agrees: 4 pairs «учитель – учитель», one mentor from another school (external, education: not counted)."""
    ms = [o.mentor(teacher_born(o), own) for _ in range(3)] + [o.mentor(1972, 'МБОУ "СОШ № 100"')]
    for i, m in enumerate(ms):
        o.programme(TT, m, [o.mentee(o.rnd.randint(1998, 2001))], d(2023, 9, 1) if i < 2 else d(2024, 1, 15),
                    d(2024, 5, 31) if i < 2 else None)


def school_19(o, own):
    """Agrees: 15 mentors, 17 mentees, 17 programmes «учитель – учитель» (two mentors lead two, begun on other days)."""
    ms = [o.mentor(teacher_born(o), own) for _ in range(15)]
    for i, m in enumerate(ms):
        o.programme(TT, m, [o.mentee(o.rnd.randint(1996, 2002))], d(2023, 9, 1), d(2024, 6, 28) if i % 3 == 0 else None)
    for m in ms[:2]:
        o.programme(TT, m, [o.mentee(o.rnd.randint(1996, 2002))], d(2024, 9, 2))


def ctr_oktyabrsky(o, own):
    """Agrees: 18 pupils of 15–19 lead groups «ученик – ученик» (109 pupils of 10–16), 5 teachers lead 8 programmes
    «учитель – учитель» (10 teachers)."""
    pupils = [o.mentor(o.rnd.randint(2005, 2009), own) for _ in range(18)]
    sizes = [7] + [6] * 17
    for i, (m, n) in enumerate(zip(pupils, sizes)):
        group = [o.mentee(o.rnd.randint(2008, 2014), own) for _ in range(n)]
        o.programme(PUPIL, m, group, d(2023, 10, 2), d(2024, 4, 30) if i < 9 else None)
    teachers = [o.mentor(teacher_born(o), own) for _ in range(5)]
    leads = teachers + teachers[:3]
    sizes = [2, 2] + [1] * 6
    for i, (m, n) in enumerate(zip(leads, sizes)):
        o.programme(TT, m, [o.mentee(o.rnd.randint(1990, 2001), own) for _ in range(n)],
                    d(2023, 9, 4) if i < 5 else d(2024, 2, 5), d(2024, 12, 20) if i % 2 == 0 else None)


def school_50(o, own):
    """Disagrees on mentees: one of the four programmes is a group of two, so the base has 5 mentees, the form 4."""
    for i in range(4):
        m = o.mentor(teacher_born(o), own)
        group = [o.mentee(o.rnd.randint(1997, 2002)) for _ in range(2 if i == 0 else 1)]
        o.programme(TT, m, group, d(2023, 9, 1), d(2024, 5, 24) if i < 2 else None)


def vsosh_3(o, own):
    """Disagrees on satisfaction: the one programme began in September 2024 and has not finished, yet the form gives
    both levels of satisfaction."""
    o.programme(TT, o.mentor(1968, own), [o.mentee(2000)], d(2024, 9, 2))


def school_48(o, own):
    """Disagrees on mentees of 10–19: a base of mentees only; one pupil of 11 and one teacher, the form says 3."""
    o.programme(TT, o.mentor(1975, own), [o.mentee(1999)], d(2023, 9, 1), d(2024, 5, 30))
    o.programme(TP, o.mentor(1981, own), [o.mentee(2013)], d(2024, 1, 10))


def school_68(o, own):
    """Disagrees on ages: the pupil mentor is 14 (the form counts one of 15–19), two mentees are teachers (the form
    counts four of 10–19)."""
    o.programme(PUPIL, o.mentor(2010, own), [o.mentee(2012)], d(2023, 9, 1), d(2024, 5, 24))
    for _ in range(2):
        o.programme(TT, o.mentor(teacher_born(o), own), [o.mentee(o.rnd.randint(1995, 2001))], d(2023, 9, 1))
    o.programme(TP, o.mentor(teacher_born(o), own), [o.mentee(2011)], d(2024, 2, 1))


def forsait(o, own):
    """Disagrees on programmes and enterprises: 8 pairs «учитель – учитель» where the form says 1 programme, and one
    mentor works for a company (the form says no mentor from enterprises)."""
    for i in range(8):
        place = 'ООО "Ижсофт"' if i == 7 else own
        o.programme(TT, o.mentor(teacher_born(o), place), [o.mentee(o.rnd.randint(1998, 2002))], d(2023, 9, 1),
                    d(2024, 5, 31) if i < 4 else None)


def gratsia(o, own):
    """Disagrees on mentors and other organisations: one group programme of two, and two more mentors in the base
    without a programme, one of them from a library; the form says 2 mentors, none from other organisations."""
    o.programme(TT, o.mentor(1970, own), [o.mentee(1999), o.mentee(2001)], d(2023, 9, 1), d(2024, 5, 31))
    o.mentor(1985, own)
    o.mentor(1979, "Библиотека им. Н. А. Некрасова")


# form file, builder, seed, layout, disagreements (criteria where the base must differ from the form)
ORGS = [
    ("55_МБОУ_ИТ-_лицей_№24.xlsx", it_lyceum_24, 1, "one_book", set()),
    ("22_МБОУ_СОШ_№19.xlsx", school_19, 2, "seed_files", set()),
    ("82_МБОУ_ДО_ЦТР_Октябрьский.xlsx", ctr_oktyabrsky, 3, "one_book_text_dates", set()),
    ("58_МБОУ_СОШ_№_50.xlsx", school_50, 4, "one_book", {"mentees_total"}),
    ("76_МБВСОУ_ВСОШ_№_3.xlsx", vsosh_3, 5, "one_book", {"satisfaction_mentees", "satisfaction_mentors"}),
    ("70_МБОУ_СОШ_№_48.xlsx", school_48, 6, "mentees_only", {"mentees_10_19"}),
    ("61_МБОУ_СОШ_№_68.xlsx", school_68, 7, "one_book", {"mentees_10_19", "mentors_15_19"}),
    ("85_МБОУ_ДО_ИТЦ_Форсайт.xlsx", forsait, 8, "one_book", {"pp_total", "pp_teacher_teacher", "enterprise_mentors"}),
    ("91_МБОУ_ДО_ДООПЦ_Грация.xlsx", gratsia, 9, "one_book", {"mentors_total", "other_org_mentors"}),
]
DISAGREE = {f: s for f, _, _, _, s in ORGS}


# --- counting as mentoring does ----------------------------------------------------------------------------------

MARKERS = [(r["kind"], r["marker"].lower().replace("ё", "е")) for r in tsv("workplaces.tsv")]


def place_kind(place):
    """Templates/workplaces.tsv: the words of the name (letters only); a marker of up to three letters is a whole word,
    a longer one begins a word; enterprise first, then education, else another organisation."""
    words = "".join(ch if ch.isalpha() else " " for ch in place.lower().replace("ё", "е")).split()
    if not words:
        return None
    for kind in ("enterprise", "education"):
        for k, marker in MARKERS:
            if k == kind and (marker in words if len(marker) <= 3 else any(w.startswith(marker) for w in words)):
                return kind
    return "other"


def count(o, layout):
    """The base's counts for 2024, as Templates/base_counts.tsv defines them."""
    active = [p for p in o.programmes if p["start"].year <= YEAR and (p["end"] is None or p["end"].year >= YEAR)]
    in_programme = {id(p["mentor"]) for p in active}
    # The base of mentors lists every mentor (with or without a programme); without it the mentors are those the
    # base of mentees names.
    mentors = [m for m in o.mentors if layout != "mentees_only" or id(m) in in_programme]
    mentees = {id(e): e for p in active for e in p["mentees"]}.values()
    c = {
        "mentors_total": len(mentors),
        "mentees_total": len(mentees),
        "mentees_10_19": sum(1 for e in mentees if 10 <= YEAR - e["born"] <= 19),
        "pp_total": len(active),
        "enterprise_mentors": sum(1 for m in mentors if place_kind(m["place"]) == "enterprise"),
        "other_org_mentors": sum(1 for m in mentors if place_kind(m["place"]) == "other"),
    }
    if layout != "mentees_only" and layout != "seed_files":
        c["mentors_15_19"] = sum(1 for m in mentors if 15 <= YEAR - m["born"] <= 19)
    for pp in PP:
        c[pp] = sum(1 for p in active if p["form"] == FORM_LABEL[pp])
    return c, sum(1 for p in active if p["end"] is not None and p["end"].year == YEAR)


# --- writing ---------------------------------------------------------------------------------------------------------

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def template_header(kind):
    cols = [r for r in COLUMNS if r[kind]]
    return [r["label"] for r in sorted(cols, key=lambda r: int(r[kind]))]


SEED_MENTORS = ["№ п/п", "Ф.И.О наставника", "Место работы", "Основные компетенции наставника",
                "Важные для программы достижения наставника", "Интересы наставника", "Желаемый возраст наставляемых",
                "Ресурс времени на программу наставничества", "Дата вхождения в программу", "ФИО наставляемого (наставляемых)",
                "Форма наставничества", "Место работы наставляемого", "Дата завершения программы", "Результаты программы",
                "Ссылка на кейс/отзыв наставника"]
SEED_MENTEES = ["№ п/п", "ФИО наставляемого", "Год рождения наставляемого", "Основной запрос наставляемого",
                "Дата вхождения в программу", "ФИО наставника", "Форма наставничества", "Место работы наставника",
                "Дата завершения программы", "Результаты программы", "Ссылка на кейс/отзыв наставляемого",
                "Отметка о прохождении программы"]


def mentor_rows(o):
    rows = []
    for m in o.mentors:
        mine = [p for p in o.programmes if p["mentor"] is m]
        for p in mine or [None]:
            rows.append({
                "ФИО наставника": m["name"], "Ф.И.О наставника": m["name"], "Год рождения наставника": m["born"],
                "Место работы": m["place"], "Основные компетенции наставника": m["competence"],
                "Важные для программы достижения наставника": "", "Интересы наставника": "",
                "Желаемый возраст наставляемых": "", "Ресурс времени на программу наставничества": "2 часа в неделю",
                "Дата вхождения в программу": p and p["start"], "Форма наставничества": p and p["form"],
                "ФИО наставляемого (наставляемых)": p and "; ".join(e["name"] for e in p["mentees"]),
                "Место работы наставляемого": p and p["mentees"][0]["place"],
                "Дата завершения программы": p and p["end"], "Результаты программы": p and p["result"],
                "Ссылка на кейс/отзыв наставника": "",
            })
    return rows


def mentee_rows(o, text_dates=False):
    def date(v):
        return v.strftime("%d.%m.%Y") if (text_dates and v) else v
    rows = []
    for p in o.programmes:
        for e in p["mentees"]:
            rows.append({
                "ФИО наставляемого": e["name"], "Год рождения наставляемого": e["born"],
                "Основной запрос наставляемого": e["request"], "Дата вхождения в программу": date(p["start"]),
                "ФИО наставника": p["mentor"]["name"], "Форма наставничества": p["form"],
                "Место работы наставника": p["mentor"]["place"], "Дата завершения программы": date(p["end"]),
                "Результаты программы": p["result"], "Ссылка на кейс/отзыв наставляемого": "",
                "Отметка о прохождении программы": "прошёл" if p["end"] else "",
            })
    return rows


def sheet(ws, title, org, header, rows, year_label=True):
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Образовательная организация", org])
    if year_label:
        ws.append(["Отчетный год", str(YEAR)])
    ws.append([])
    ws.append(header)
    h = ws.max_row
    for c in ws[h]:
        c.font = Font(bold=True)
        c.fill = HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, r in enumerate(rows, 1):
        ws.append([i] + [r.get(col) or None for col in header[1:]])
        for c in ws[ws.max_row]:
            if isinstance(c.value, datetime.date):
                c.number_format = "DD.MM.YYYY"
    for i in range(len(header)):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = 8 if i == 0 else 24


def write(n, form_file, o, org, layout):
    stem = f"{n:02d}_" + form_file.split("_", 1)[1].replace(".xlsx", "")
    paths = []
    if layout == "seed_files":
        # Seed 002 as it is: its titles swapped (the mentees' base under «Форма 2. База наставников»), the base of
        # mentors without a year of birth.
        for kind, title, header, rows in [("наставники", "Форма 1. База наставляемых", SEED_MENTORS, mentor_rows(o)),
                                          ("наставляемые", "Форма 2. База наставников", SEED_MENTEES, mentee_rows(o))]:
            wb = openpyxl.Workbook()
            sheet(wb.active, title, org, header, rows, year_label=False)
            wb.active.title = "Лист1"
            paths.append((f"{stem}_{kind}.xlsx", wb))
    else:
        wb = openpyxl.Workbook()
        first = True
        if layout != "mentees_only":
            ws = wb.active
            ws.title = "База наставников"
            sheet(ws, "База наставников", org, template_header("mentors"), mentor_rows(o))
            first = False
        ws = wb.active if first else wb.create_sheet()
        ws.title = "База наставляемых"
        sheet(ws, "База наставляемых", org, template_header("mentees"), mentee_rows(o, text_dates=layout == "one_book_text_dates"))
        paths.append((f"{stem}_базы.xlsx", wb))
    for name, wb in paths:
        wb.properties.creator = "mentoring Examples/make_bases.py"
        fixed = datetime.datetime(2024, 12, 1)
        wb.properties.created = fixed
        wb.properties.modified = fixed
        path = os.path.join(OUT, name)
        wb.save(path)
        reproducible(path)
        print("  " + name)


def reproducible(path):
    """The same bytes on every run: the archive's entries get a fixed time (openpyxl stamps them with the clock)."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # openpyxl writes the time of saving as the modification time.
    parts = [(n, re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2024-12-01T00:00:00Z<", data))
             for n, data in parts]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 12, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(OUT, f))
    for n, (form_file, build, seed, layout, disagree) in enumerate(ORGS, 1):
        org, values = form_values(form_file)
        o = Org(seed)
        own = org
        build(o, own)
        counts, finished = count(o, layout)
        differs = {k for k, v in counts.items() if float(values.get(k) or 0) != v}
        for k in ("satisfaction_mentees", "satisfaction_mentors"):
            reported = values.get(k) not in (None, "")
            if (finished > 0) != reported:
                differs.add(k)
        assert differs == disagree, f"{org}: the base differs from the form on {sorted(differs)}, expected {sorted(disagree)}"
        print(f"{org}: " + ("agrees with its form" if not differs else "differs on " + ", ".join(sorted(differs))))
        write(n, form_file, o, org, layout)


if __name__ == "__main__":
    main()
