#!/usr/bin/env python3
"""Builds the bundled example data from the reference report (Izhevsk 2024) with openpyxl, an independent
writer: one AIS-style form (layout A) per organisation, the municipal form, a history workbook with the
2022 and 2023 values, and the same 2024 data as one wide export (layout B).

Per-organisation figures come from the report where it gives them (Tables 6 and 6.1: mentors, mentees;
the lists of organisations without a monitoring order or an analytic note; the 16 partner organisations);
where the report gives only a municipal total, the total is spread over organisations in proportion to
their mentees (largest remainder), so that municipal sums equal the report's figures exactly.

usage: python3 Examples/generate.py            (writes Examples/forms/2024/*.xlsx, Examples/*.xlsx,
                                                Tests/Fixtures/normaliser/wide_2024.xlsx)
"""
import csv
import os
import re

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
YEAR = 2024


def tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


criteria = tsv(os.path.join(ROOT, "Templates", "criteria.tsv"))
directions = {d["number"]: d["name"] for d in tsv(os.path.join(ROOT, "Templates", "directions.tsv"))}
orgs = tsv(os.path.join(HERE, "source", "organisations.tsv"))
lists = tsv(os.path.join(HERE, "source", "lists.tsv"))
report = tsv(os.path.join(HERE, "source", "report_tables.tsv"))
by_id = {c["id"]: c for c in criteria}


def report_value(text):
    """'1 111' → 1111, '7,28%' → 0.0728, '73,26' (a share without %) stays 73.26; notes → None."""
    t = re.sub(r"<[^>]+>", "", text or "").replace("\u00a0", " ").strip()
    m = re.match(r"^(-?[\d ]+(?:,\d+)?)\s*(%?)", t)
    if not m or not re.search(r"\d", m.group(1)):
        return None
    v = float(m.group(1).replace(" ", "").replace(",", "."))
    return v / 100 if m.group(2) else v


# Municipal values of the report: Table 38 gives 2023 and 2024; direction tables give 2022.
t38 = {int(r["row"]): r for r in report if r["table"] == "38"}
t1 = {int(r["row"]): r for r in report if r["table"] == "1"}
value2024 = {c["id"]: report_value(t38[int(c["table38_row"])]["v2024"]) for c in criteria if c["table38_row"]}
# Rule over report (see README): Table 38 prints 5 for «иная форма», but its 1 111 programmes in total are
# the sum of the forms of Table 8, where «иная форма» is 27 (418+345+0+9+0+312+27 = 1111).
value2024["pp_other"] = 27

weights = [int(o["mentees"]) + 1 for o in orgs]
N = len(orgs)


def spread(total, w=weights, cap=None):
    """Integers proportional to w summing to total (largest remainder); optional per-item caps."""
    total = int(round(total))
    s = sum(w)
    raw = [total * x / s for x in w]
    out = [int(x) for x in raw]
    rest = total - sum(out)
    order = sorted(range(len(w)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    if cap:
        # Move any excess over a cap to organisations with room, largest room first.
        for i in range(len(out)):
            while out[i] > cap[i]:
                j = max((k for k in range(len(out)) if out[k] < cap[k]), key=lambda k: cap[k] - out[k])
                out[i] -= 1
                out[j] += 1
    return out


vals = [dict() for _ in orgs]


def put(cid, numbers):
    for i, v in enumerate(numbers):
        vals[i][cid] = v


put("mentors_total", [int(o["mentors"]) for o in orgs])
put("mentees_total", [int(o["mentees"]) for o in orgs])
students = spread(value2024["students_10_19"], [int(o["mentees"]) + 600 for o in orgs])
put("students_10_19", students)
students15 = spread(value2024["students_15_19"], [int(o["mentees"]) + 140 for o in orgs])
put("students_15_19", students15)
# Tables 19 and 22: organisations where no student aged 10–19 is a mentee / 15–19 a mentor.
zero_rows = [r for r in tsv(os.path.join(HERE, "source", "per_org_tables.tsv")) if r["table"] in ("19", "22")]
ALIASES_ZERO = {'МБОУ ДО "ДООПЦ "Трация"': 'МБОУ ДО "ДООПЦ "Грация"'}


def zero_index(name):
    k = re.sub(r"[«»\"“”'\s]", "", ALIASES_ZERO.get(name, name).lower().replace("ё", "е")).replace("им.", "имени")
    for i, o in enumerate(orgs):
        ko = re.sub(r"[«»\"“”'\s]", "", o["name"].lower().replace("ё", "е")).replace("им.", "имени")
        if ko == k or (min(len(k), len(ko)) >= 12 and (ko.startswith(k) or k.startswith(ko))):
            return i
    raise SystemExit(f"organisation of Table 19/22 not in Tables 6/6.1: {name}")


no_mentees = {zero_index(r["name"]) for r in zero_rows if r["table"] == "19"}
no_mentors15 = {zero_index(r["name"]) for r in zero_rows if r["table"] == "22"}
since_previous = {(r["table"], zero_index(r["name"])) for r in zero_rows if "с 2023 года" in r["extra"]}
put("mentees_10_19", spread(value2024["mentees_10_19"], cap=[0 if i in no_mentees else s for i, s in enumerate(students)]))
put("mentors_15_19", spread(value2024["mentors_15_19"], cap=[0 if i in no_mentors15 else s for i, s in enumerate(students15)]))
young = spread(value2024["young_specialists"], [int(o["mentors"]) + 5 for o in orgs])
put("young_specialists", young)
put("young_specialists_mentees", spread(value2024["young_specialists_mentees"], cap=young))
put("young_specialists_mentors", spread(value2024["young_specialists_mentors"], cap=young))

# Per-organisation tables of the report (9–13, 15, 16, 25, 29, 30): their rows are the organisations' values;
# organisations a table does not list have 0. Their sums equal the report's municipal figures.
ALIASES = {'МБОУ ДО "ДООПЦ "Трация"': 'МБОУ ДО "ДООПЦ "Грация"'}   # a typo of the converted report


def org_key(s):
    s = re.sub(r"[«»\"“”'\s]", "", s.lower().replace("ё", "е"))
    return s.replace("им.", "имени")


ORG_KEYS = {org_key(o["name"]): i for i, o in enumerate(orgs)}


def org_index(name):
    k = org_key(ALIASES.get(name, name))
    if k in ORG_KEYS:
        return ORG_KEYS[k]
    hits = {i for kk, i in ORG_KEYS.items() if len(k) >= 12 and (kk.startswith(k) or k.startswith(kk))}
    if len(hits) != 1:
        raise SystemExit(f"organisation of a per-organisation table not in Tables 6/6.1: {name}")
    return hits.pop()


TABLE_CRITERIA = {"9": "pp_pupil_pupil", "10": "pp_teacher_teacher", "11": "pp_head_teacher", "12": "pp_teacher_pupil",
                  "13": "pp_other", "15": "external_edu_mentors", "16": "other_org_mentors",
                  "25": "teachers_other_mentees", "29": "kpk_trained", "30": "school_methodical_associations"}
table_links = {}      # (organisation index, criterion) → the link text the report shows
table_texts = {}      # (organisation index, criterion) → course names (Table 29)
per_org_rows = tsv(os.path.join(HERE, "source", "per_org_tables.tsv"))
for t, cid in TABLE_CRITERIA.items():
    numbers = [0] * len(orgs)
    for row in (r for r in per_org_rows if r["table"] == t):
        i = org_index(row["name"])
        numbers[i] += int(float(row["value"].replace(" ", "").replace(",", ".")))
        first = row["extra"].split(" | ")[0] if row["extra"] else ""
        if t == "29":
            table_texts[(i, "kpk_courses")] = first
        elif first:
            table_links[(i, cid)] = first
    assert sum(numbers) == value2024[cid], (cid, sum(numbers), value2024[cid])
    put(cid, numbers)
for cid in ["pp_student_student", "pp_student_pupil"]:
    put(cid, spread(value2024[cid]))

# Teachers other than young specialists: spread, but never fewer than those of them who are mentees.
floor = [v["teachers_other_mentees"] for v in vals]
others = spread(value2024["teachers_other"] - sum(floor), [int(o["mentors"]) + 40 for o in orgs])
put("teachers_other", [a + b for a, b in zip(others, floor)])
for cid in ["curators_total", "agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs",
            "enterprise_mentors", "teachers_in_pp", "teachers_mentors", "pay_acts", "nonmaterial_acts"]:
    put(cid, spread(value2024[cid]))
for cid in ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]:
    put(cid, spread(value2024[cid], cap=[v["mentees_10_19"] for v in vals]))
for v in vals:
    v["pp_total"] = sum(v[k] for k in v if k.startswith("pp_") and k != "pp_total")

key = lambda s: re.sub(r"[\s\"«»]", "", s).lower()
no_order = {key(x["name"]) for x in lists if x["list"] == "no_monitoring_order"}
no_note = {key(x["name"]) for x in lists if x["list"] == "no_internal_note"}
# The report counts 71 analytic notes but lists 9 organisations without one; 13 more answer «нет» here.
extra_no_note = 93 - int(value2024["internal_monitoring_notes"]) - len(no_note)


def listed(name, names):
    """A list names the organisation, also when one of the two spellings is cut short (Table 6)."""
    k = key(name)
    return any(k == n or (min(len(k), len(n)) >= 15 and (k.startswith(n) or n.startswith(k))) for n in names)


for i, o in enumerate(orgs):
    v = vals[i]
    v["orgs_regulation_teachers"] = 1
    v["orgs_regulation_students"] = 1
    v["orgs_monitoring_order"] = 0 if listed(o["name"], no_order) else 1
    v["internal_monitoring_notes"] = 0 if listed(o["name"], no_note) else 1
for i in [i for i, o in enumerate(orgs) if vals[i]["internal_monitoring_notes"] == 1][-extra_no_note:]:
    vals[i]["internal_monitoring_notes"] = 0
assert sum(v["orgs_monitoring_order"] for v in vals) == value2024["orgs_monitoring_order"]
assert sum(v["internal_monitoring_notes"] for v in vals) == value2024["internal_monitoring_notes"]

# Satisfaction levels: pairs of organisations ±1 point around the report's mean, the last exactly on it.
for cid in ["satisfaction_mentees", "satisfaction_mentors"]:
    mean = round(value2024[cid] * 100, 2)
    for i in range(N):
        d = 0 if i == N - 1 else (1.0 if i % 2 == 0 else -1.0)
        vals[i][cid] = round(mean + d, 2)

# Partner organisations: 16 distinct names, each named by one to three organisations, written in
# different ways (numbered, with «;», one per line, other quotes).
partners = [x["name"] for x in lists if x["list"] == "partner"]
agreeing = [i for i in range(N) if vals[i]["agreements_edu_orgs"] + vals[i]["agreements_other_orgs"] > 0] or list(range(N))
named = {}
for k, p in enumerate(partners):
    for j in range(1 + k % 3):
        named.setdefault(agreeing[(k * 5 + j * 7) % len(agreeing)], []).append(p)
for n, (i, ps) in enumerate(sorted(named.items())):
    ps = list(dict.fromkeys(ps))
    if n % 3 == 0:
        text = " ".join(f"{k + 1}) {p}" for k, p in enumerate(ps))
    elif n % 3 == 1:
        text = "; ".join(p.replace("«", '"').replace("»", '"') for p in ps)
    else:
        text = "\n".join(p.upper() if k == 0 and n % 2 else p for k, p in enumerate(ps))
    vals[i]["partner_list"] = text
    vals[i]["agreement_subjects"] = "Совместная деятельность по реализации программ наставничества"
for (i, cid), text in table_texts.items():
    vals[i][cid] = text


def share(num, den):
    return None if den == 0 else num / den


for v in vals:
    v["share_orgs_teachers_system"] = 1.0
    v["share_orgs_students_system"] = 1.0
    v["share_mentees_10_19"] = share(v["mentees_10_19"], v["students_10_19"])
    v["share_mentors_15_19"] = share(v["mentors_15_19"], v["students_15_19"])
    v["share_young_specialists_mentees"] = share(v["young_specialists_mentees"], v["young_specialists"])
    v["share_teachers_mentees"] = share(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                                        v["teachers_other"] + v["young_specialists"])
    v["share_teachers_mentors"] = share(v["teachers_mentors"], v["teachers_other"] + v["young_specialists"])
    v["share_young_specialists_mentors"] = share(v["young_specialists_mentors"], v["young_specialists"])

org_criteria = [c for c in criteria if c["level"] == "org" and c["wording_2024"]
                and c["aggregation"] not in ("forms", "sum_of")]
municipal_criteria = [c for c in criteria if c["level"] == "municipal" and c["wording_2024"]]


def link_for(i, cid):
    return f"https://shkola{i + 1}izhevsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/{cid}_{YEAR}.pdf"


def shown(c, v, style):
    """The value as the form shows it: numbers, or text the way people type it."""
    if v is None:
        return None
    if c["unit"] in ("text", "list"):
        return v
    if c["unit"] == "yesno" or c["aggregation"] == "count_yes":
        return ["Да" if v else "Нет", 1 if v else 0, "да (1)" if v else "нет (0)"][style]
    if c["unit"] == "share":
        p = round(v * 100, 2)
        return [v, f"{p:.2f}".replace(".", ",") + "%", f"{p:.2f}".replace(".", ",")][style]
    if c["unit"] == "level":
        return [v, f"{v:.2f}".replace(".", ",") + " %", f"{v:.2f}".replace(".", ",")][style]
    if style == 1 and v >= 1000:
        return f"{int(v):,}".replace(",", "\u00a0")
    if style == 2:
        return str(int(v))
    return int(v)


BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="DDEBF7")


def write_form(path, org, i, year_label, style):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    ws["A1"] = "Мониторинг целевой модели наставничества педагогических работников и обучающихся"
    ws["A1"].font = BOLD
    if org is not None:
        if style == 1:   # labels side by side, values below
            ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "Муниципальное образование", "Образовательная организация", "Тип ОО", "Отчетный год"
            ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "г. Ижевск", org["name"], \
                "организация дополнительного образования" if org["type"] == "dop" else "общеобразовательная организация", year_label
        else:            # labels with values to the right
            ws["A3"], ws["B3"] = "Образовательная организация", org["name"]
            ws["A4"], ws["B4"] = "Тип ОО", "ДОП" if org["type"] == "dop" else "школа"
            ws["A5"], ws["B5"] = "Отчетный год", year_label
    else:
        ws["A3"], ws["B3"] = "Муниципальное образование", "г. Ижевск"
        ws["A4"], ws["B4"] = "Отчетный год", year_label
    header_row = 7
    layouts = [
        ["№", "Показатель", "Критерий", "Значение", "Ссылка"],
        ["Наименование критерия", "Источник информации", "Единица измерения (количество)", "Примечание"],
        ["Показатель", "Критерий", "Количество", "Измерительный материал/источник информации"],
    ]
    cols = layouts[style]
    for k, title in enumerate(cols):
        cell = ws.cell(header_row, k + 1, title)
        cell.font, cell.fill = BOLD, HEAD
    pos = {t: k + 1 for k, t in enumerate(cols)}
    crit_col = pos.get("Критерий") or pos["Наименование критерия"]
    value_col = pos.get("Значение") or pos.get("Количество") or pos["Единица измерения (количество)"]
    link_col = pos.get("Ссылка") or pos.get("Источник информации") or pos["Измерительный материал/источник информации"]
    dir_col = pos.get("Показатель")
    r = header_row + 1
    rows = municipal_criteria if org is None else org_criteria
    current, start = None, r
    for n, c in enumerate(rows):
        v = (MUNICIPAL[c["id"]] if org is None else vals[i].get(c["id"]))
        if dir_col and c["direction"] != current:
            if current is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=dir_col, end_row=r - 1, end_column=dir_col)
            current, start = c["direction"], r
            ws.cell(r, dir_col, f'{c["direction"]}. {directions[c["direction"]]}').alignment = Alignment(vertical="top", wrap_text=True)
        if "№" in pos:
            ws.cell(r, pos["№"], n + 1)
        ws.cell(r, crit_col, c["wording_2024"])
        shown_value = shown(c, v, (i + n) % 3)
        if shown_value is not None:
            cell = ws.cell(r, value_col, shown_value)
            if c["unit"] in ("share",) and isinstance(shown_value, float):
                cell.number_format = "0.00%"
        if org is not None and (i, c["id"]) in table_links:
            ws.cell(r, link_col, table_links[(i, c["id"])])   # the link exactly as the report shows it
        elif c["needs_source"] == "yes" and v not in (None, 0, ""):
            url = link_for(i, c["id"])
            if style == 2:
                cell = ws.cell(r, link_col, "ссылка")
                cell.hyperlink = url
            else:
                ws.cell(r, link_col, url)
        r += 1
    if dir_col and r - 1 > start:
        ws.merge_cells(start_row=start, start_column=dir_col, end_row=r - 1, end_column=dir_col)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 40
    if org is None:
        bp = wb.create_sheet("Лучшие практики")
        bp.append(["№", "Тема", "Образовательная организация", "Номинация"])
        for k, x in enumerate([x for x in lists if x["list"] == "best_practice"]):
            bp.append([k + 1] + x["name"].split(" | "))
    wb.save(path)


MUNICIPAL = {c["id"]: value2024.get(c["id"]) for c in municipal_criteria}


def safe(name):
    return re.sub(r"[^\w№ -]+", "", name).strip().replace(" ", "_")[:60]


def main():
    out = os.path.join(HERE, "forms", str(YEAR))
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    year_labels = [str(YEAR), f"{YEAR} год", f"01.01.{YEAR}–31.12.{YEAR}"]
    for i, o in enumerate(orgs):
        write_form(os.path.join(out, f"{i + 1:02d}_{safe(o['name'])}.xlsx"), o, i, year_labels[i % 3], i % 3)
    write_form(os.path.join(HERE, f"municipal_{YEAR}.xlsx"), None, 0, str(YEAR), 0)
    write_history(os.path.join(HERE, "history_2022_2023.xlsx"))
    write_previous_data(os.path.join(HERE, "data_2023.xlsx"))
    fixtures = os.path.join(ROOT, "Tests", "Fixtures", "normaliser")
    os.makedirs(fixtures, exist_ok=True)
    write_wide(os.path.join(fixtures, f"wide_{YEAR}.xlsx"))
    print(f"{len(orgs)} forms in {out}")


def write_history(path):
    """2022 and 2023 municipal values with the 2022→2023 dynamics of Table 1 (which may say «условно
    положительная» or «замер не производился»)."""
    dir_rows = [r for r in report if r["table"] not in ("1", "38")]
    norm = lambda s: re.sub(r"[\s«»\"*().:/-]+", " ", re.sub(r"<[^>]+>", "", s)).lower().replace("ё", "е").strip()
    by_wording = {norm(r["wording"]): r for r in dir_rows}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "История"
    ws.append(["Показатель", "Наименование критерия", "2022 г.", "2023 г.", "Динамика"])
    for c in sorted(criteria, key=lambda c: int(c["table1_row"] or 999)):
        if not c["table1_row"]:
            continue
        t1row = t1[int(c["table1_row"])]
        d = by_wording.get(norm(c["wording_2023"])) or by_wording.get(norm(c["wording_2024"]))
        v2022 = d["v2022"] if d else ""
        v2023 = t38[int(c["table38_row"])]["v2023"] if c["table38_row"] else (d["v2023"] if d else "")
        ws.append([directions[c["direction"]], c["wording_2023"], v2022 or None, v2023 or None, t1row["dynamics"]])
    wb.save(path)


def write_previous_data(path):
    """Last year's values of the organisations of Tables 19 and 22 in the shape of the hidden «Данные» sheet
    of a consolidated workbook: 0 for those the report marks «с 2023 года», 1 for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Данные"
    ws.append(["criterion_id", "year", "level", "organisation_key", "organisation", "type", "value", "note", "raw", "link", "source"])
    for table, cid, members in (("19", "mentees_10_19", no_mentees), ("22", "mentors_15_19", no_mentors15)):
        for i in sorted(members):
            v = 0 if (table, i) in since_previous else 1
            ws.append([cid, YEAR - 1, "org", "", orgs[i]["name"], orgs[i]["type"], v, "", str(v), "", "data_2023.xlsx"])
    ws.sheet_state = "hidden"
    ws2 = wb.create_sheet("Свод", 0)
    ws2["A1"] = "Сводная книга 2023 года (фрагмент): значения организаций из таблиц 19 и 22"
    wb.active = 0
    wb.save(path)


def write_wide(path):
    """Layout B: the same 2024 data, one row per organisation, two header rows (directions above)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Выгрузка"
    ws.cell(2, 1, "№")
    ws.cell(2, 2, "Образовательная организация")
    ws.cell(2, 3, "Тип ОО")
    ws.cell(2, 4, "Отчетный год")
    col = 5
    current, start = None, col
    layout = []
    for c in org_criteria:
        if c["direction"] != current:
            if current is not None and col - 1 > start:
                ws.merge_cells(start_row=1, start_column=start, end_row=1, end_column=col - 1)
            current, start = c["direction"], col
            ws.cell(1, col, directions[c["direction"]])
        ws.cell(2, col, c["wording_2024"])
        layout.append((c, col, col + 1 if c["needs_source"] == "yes" else None))
        col += 1
        if c["needs_source"] == "yes":
            ws.cell(2, col, "Ссылка")
            col += 1
    if col - 1 > start:
        ws.merge_cells(start_row=1, start_column=start, end_row=1, end_column=col - 1)
    for i, o in enumerate(orgs):
        r = i + 3
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, o["name"])
        ws.cell(r, 3, "ДОП" if o["type"] == "dop" else "школа")
        ws.cell(r, 4, YEAR)
        for n, (c, vc, lc) in enumerate(layout):
            v = vals[i].get(c["id"])
            sv = shown(c, v, (i + n) % 3)
            if sv is not None:
                cell = ws.cell(r, vc, sv)
                if c["unit"] == "share" and isinstance(sv, float):
                    cell.number_format = "0.00%"
            if lc and (i, c["id"]) in table_links:
                ws.cell(r, lc, table_links[(i, c["id"])])
            elif lc and v not in (None, 0, ""):
                url = link_for(i, c["id"])
                if (i + n) % 3 == 2:
                    cell = ws.cell(r, lc, "ссылка")
                    cell.hyperlink = url
                else:
                    ws.cell(r, lc, url)
    wb.save(path)


if __name__ == "__main__":
    main()
