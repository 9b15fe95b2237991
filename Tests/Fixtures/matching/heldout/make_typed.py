#!/usr/bin/env python3
"""A held-out layout for the matcher evaluation (issue 25, item 8), written before the matcher's item-8 rules were
tuned and never used to tune them: five school forms as a person types them — terse wordings in the person's own
words, a units column, yes/no as words, «из них» rows under their whole, two rows that are not criteria. The values
and links are those of five example forms (Examples/forms/2024), found by their catalogue wording. Writes
typed_NN.xlsx and expected.json (the same format as ../forms/expected.json) beside this script.
Run from the repository root: python3 Tests/Fixtures/matching/heldout/make_typed.py (needs openpyxl)."""
import csv, json, os, zipfile, io
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
SOURCES = ["05_МБОУ_СОШ_№_67.xlsx", "17", "33", "58", "81"]

# criterion id → (the person's wording, unit typed in «Ед. изм.»). Written by hand, in this order, before tuning.
ROWS = [
    ("orgs_regulation_teachers", "Положение о наставничестве (педагоги)", "да/нет"),
    ("orgs_regulation_students", "Положение о наставничестве (обучающиеся)", "да/нет"),
    ("orgs_monitoring_order", "Приказ о проведении мониторинга наставничества", "да/нет"),
    ("curators_total", "Кураторы ЦМН", "чел."),
    ("agreements_edu_orgs", "Договоры с другими школами и ОО", "ед."),
    ("agreements_enterprises", "Договоры с предприятиями", "ед."),
    ("agreements_other_orgs", "Договоры с иными организациями", "ед."),
    ("partner_list", "Партнёры (перечислить)", ""),
    ("mentors_total", "Всего наставников", "чел."),
    ("mentees_total", "Всего наставляемых", "чел."),
    (None, "Наставнических пар", "ед."),
    ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "да/нет"),
    ("pp_total", "Персонализированные программы наставничества — всего", "ед."),
    ("pp_pupil_pupil", "в т.ч. «ученик – ученик»", "ед."),
    ("pp_teacher_teacher", "в т.ч. «учитель – учитель»", "ед."),
    ("pp_student_student", "в т.ч. «студент – студент»", "ед."),
    ("pp_head_teacher", "в т.ч. «руководитель – педагог»", "ед."),
    ("pp_student_pupil", "в т.ч. «студент – ученик»", "ед."),
    ("pp_teacher_pupil", "в т.ч. «учитель – ученик»", "ед."),
    ("pp_other", "в т.ч. иные формы", "ед."),
    ("external_edu_mentors", "Наставники из других образовательных организаций", "чел."),
    ("other_org_mentors", "Наставники из иных организаций", "чел."),
    ("enterprise_mentors", "Наставники с предприятий", "чел."),
    ("students_10_19", "Обучающиеся 10–19 лет, всего", "чел."),
    ("mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", "чел."),
    ("mentees_risk", "из них группа риска", "чел."),
    ("mentees_gifted", "из них одарённые", "чел."),
    ("mentees_disabled", "из них дети с ОВЗ", "чел."),
    ("mentees_low_motivation", "из них с низкой мотивацией", "чел."),
    ("mentees_career", "из них по профориентации", "чел."),
    ("mentees_other_params", "из них по иным основаниям", "чел."),
    ("share_mentees_10_19", "Доля наставляемых 10–19 лет", "%"),
    ("students_15_19", "Обучающиеся 15–19 лет, всего", "чел."),
    ("mentors_15_19", "Обучающиеся 15–19 лет — наставники", "чел."),
    ("share_mentors_15_19", "Доля наставников 15–19 лет", "%"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых", "%"),
    ("satisfaction_mentors", "Удовлетворённость наставников", "%"),
    ("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел."),
    ("young_specialists_mentees", "Молодые специалисты с наставником", "чел."),
    ("teachers_other", "Педагоги без молодых специалистов", "чел."),
    ("teachers_other_mentees", "Педагоги (кроме молодых специалистов) — наставляемые", "чел."),
    ("teachers_in_pp", "Педагоги в персонализированных программах", "чел."),
    ("kpk_trained", "Прошли КПК по наставничеству", "чел."),
    ("school_methodical_associations", "Методическое объединение наставников (ШМО)", "ед."),
    ("teachers_mentors", "Педагоги-наставники", "чел."),
    ("young_specialists_mentors", "Молодые специалисты — наставники", "чел."),
    ("pay_acts", "Локальный акт об оплате наставничества", "ед."),
    ("nonmaterial_acts", "Локальный акт о нематериальном поощрении наставников", "ед."),
    (None, "Ответственный за наставничество (ФИО)", ""),
    ("agreement_subjects", "Предмет договоров", ""),
    ("kpk_courses", "Названия курсов КПК", ""),
]


def norm(s):
    return " ".join(str(s).replace("ё", "е").lower().split())


def catalogue():
    by_wording = {}
    with open(os.path.join(ROOT, "Templates/criteria.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for col in ("wording_2024", "form_wording", "wording_2023"):
                if r.get(col):
                    by_wording.setdefault(norm(r[col]), r["id"])
    return by_wording


def example(path, by_wording):
    """The example form's values and links by criterion id (the row whose cell holds the criterion's catalogue
    wording; the value is the first other non-empty cell of the row that is not a link, the link the cell with
    «http» or a hyperlink), and its organisation's name (the cell under or beside «Образовательная организация»)."""
    ws = openpyxl.load_workbook(path).active
    org, values, links = None, {}, {}
    rows = list(ws.iter_rows())
    for i, row in enumerate(rows):
        cells = [c.value for c in row]
        for j, v in enumerate(cells):
            if v == "Образовательная организация" and org is None:
                right = cells[j + 1] if j + 1 < len(cells) else None
                below = rows[i + 1][j].value if i + 1 < len(rows) else None
                org = right if right and len(str(right)) > 3 and "Тип" not in str(right) else below
        hit = [j for j, v in enumerate(cells) if isinstance(v, str) and norm(v) in by_wording]
        if not hit:
            continue
        j = hit[-1]
        cid = by_wording[norm(cells[j])]
        for k, c in enumerate(row):
            if k == j or c.value is None or str(c.value).strip() == "":
                continue
            if isinstance(c.value, str) and norm(c.value) in by_wording:
                continue
            if c.hyperlink is not None or str(c.value).startswith("http"):
                links.setdefault(cid, c.hyperlink.target if c.hyperlink else str(c.value))
            elif k > j and cid not in values:
                values[cid] = c.value
    return org, values, links


def typed_value(cid, v, unit):
    """The value as the person types it: yes/no as words, counts as numbers, shares as numbers in percent."""
    s = str(v).strip()
    low = s.lower()
    if unit == "да/нет":
        if low.startswith("да") or s == "1":
            return "да", 1
        if low.startswith("нет") or s == "0":
            return "нет", 0
    if unit == "%":
        t = s.replace("%", "").replace(",", ".").strip()
        n = float(t)
        if n <= 1 and "%" not in s and "." in t:
            n = round(n * 100, 2)
        return n, n
    if unit in ("чел.", "ед."):
        if low.startswith("да"):
            return "да", 1
        if low.startswith("нет"):
            return "нет", 0
        n = float(s.replace(",", ".").replace(" ", "").replace("\u00a0", ""))
        return (int(n) if n == int(n) else n), (int(n) if n == int(n) else n)
    return s, s


def main():
    by_wording = catalogue()
    forms = sorted(os.listdir(os.path.join(ROOT, "Examples/forms/2024")))
    picks = [f for f in forms if any(f.startswith(p) or f == p for p in ("05_", "17_", "33_", "58_", "81_"))]
    expected = []
    for k, name in enumerate(picks, 1):
        org, values, links = example(os.path.join(ROOT, "Examples/forms/2024", name), by_wording)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Лист1"
        ws.append(["Отчёт о наставничестве"])
        ws.append(["ОО:", org])
        ws.append(["Год:", 2024])
        ws.append([])
        ws.append(["№", "Показатель", "Ед. изм.", "Значение", "Ссылка"])
        entry = {"file": f"typed/typed_{k:02d}.xlsx", "organisation": org, "year": 2024,
                 "values": {}, "links": {}, "not_criteria": [], "headings": []}
        for n, (cid, wording, unit) in enumerate(ROWS, 1):
            cell, want, link = None, None, None
            if cid is not None and cid in values:
                cell, want = typed_value(cid, values[cid], unit)
                link = links.get(cid)
                entry["values"][cid] = want
                if link:
                    entry["links"][cid] = link
            if cid is None:
                entry["not_criteria"].append(wording)
                cell = {"Наставнических пар": 12 + k}.get(wording, "Иванова И.И.")
            ws.append([n, wording, unit or None, cell, link])
        os.makedirs(os.path.join(HERE, "typed"), exist_ok=True)
        buf = io.BytesIO()
        wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 1, 15)
        wb.save(buf)
        # Pinned zip times: reruns give the same bytes.
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        with zipfile.ZipFile(os.path.join(HERE, "typed", f"typed_{k:02d}.xlsx"), "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, (2025, 1, 15, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(zi, src.read(info.filename))
        expected.append(entry)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print(f"{len(expected)} forms, {sum(len(e['values']) for e in expected)} values")


if __name__ == "__main__":
    main()
