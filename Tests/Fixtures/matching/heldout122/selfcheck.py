#!/usr/bin/env python3
"""Self-check of heldout122: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell cells.json names, plus the set's own promises: the organisation in the
title row «Свод по ЦМН — <org>, 2024»; one short template (every criterion title 2–6 words, identical in all
files, no catalogue wording copied); the three layouts and the two yes/no styles; 35–45 values, 3–4
not-criteria, 70–85 % links per form; shares = part / whole (2 decimals); mentee groups sum to mentees_10_19;
PP forms sum to pp_total; mentors_total and mentees_total are the sums of their parts. Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

SECTIONS = ["Кадры", "Дети", "Документы", "Партнёры", "ПП", "Оценка"]
CONTINGENTS = ("students_10_19", "students_15_19", "young_specialists", "teachers_other")
YESNO_IDS = ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
             "internal_monitoring_notes")
HEADERS = {
    ("Показатель", "Знач.", "Ссылка"): "A",
    ("№", "Показатель", "Знач.", "Ссылка"): "N",
    ("Показатель", "Ссылка", "Знач."): "L",
}
LAYOUT_COUNT = {"A": 3, "N": 2, "L": 1}

errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "+", "1"}
NO = {"нет", "–", "-", "0"}


def as_number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        t = v.strip().lower()
        if t in YES:
            return 1.0
        if t in NO:
            return 0.0
        t = t.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def split_list(v):
    return [p.strip() for p in re.split(r"[;\n]", str(v)) if p.strip()]


def words(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return [w for w in t.split() if w]


def title_words(text):
    """Words as a reader counts them: whitespace tokens that hold a letter or a digit («—», «/» are not words)."""
    return [w for w in text.split() if re.search(r"[0-9A-Za-zА-Яа-яЁё]", w)]


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}

    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    # 1. every cell of cells.json holds what it promises
    checked = 0
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        exp = c["expected"]
        if ws[c["title_cell"]].value != c["row_title"]:
            err(f"{c['file']} {c['title_cell']}: title {ws[c['title_cell']].value!r} != {c['row_title']!r}")
        if c["title_cell"][1:] != c["cell"][1:]:
            err(f"{c['file']} {c['cell']}: not on its title's row")
        if c["kind"] == "link":
            got = cell.value
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if got != exp and target != exp:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {exp!r}, got {got!r}")
        else:
            v = cell.value
            unit = cat[c["criterion"]]["unit"]
            if unit == "list":
                if split_list(v) != split_list(exp):
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected list {exp!r}, got {v!r}")
            elif unit == "text":
                if str(v).strip() != str(exp).strip():
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected text {exp!r}, got {v!r}")
            else:
                n = as_number(v)
                if n is None or abs(n - float(exp)) > 0.005:
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected {exp!r}, got {v!r}")
        checked += 1

    # 2. expected.json and cells.json agree; the forms' structure
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    titles_by_crit = {}
    layouts = {}
    yesno_styles = {}
    for e in expected:
        fc = by_file.get(e["file"], [])
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(vals) != set(e["values"]):
            err(f"{e['file']}: values in expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{e['file']}: links in expected.json and cells.json differ")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if r is None or not r["wording_2024"].strip() or r["level"] != "org" \
                    or r["aggregation"] in ("forms", "sum_of"):
                err(f"{e['file']}: {cid} is not an org-level 2024 criterion")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{e['file']}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if links[cid]["expected"] != u:
                err(f"{e['file']}: link {cid} differs")
            if not u.startswith("https://"):
                err(f"{e['file']}: link {cid} is not a URL")
            if cid not in vals or links[cid]["cell"][1:] != vals[cid]["cell"][1:]:
                err(f"{e['file']}: link {cid} not on the value's row")
        ws = sheet(e["file"], fc[0]["sheet"])
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        # title row and header
        if rows[0][0] != f"Свод по ЦМН — {e['organisation']}, 2024":
            err(f"{e['file']}: title row is {rows[0][0]!r}")
        hdr = next((tuple(x for x in r if x is not None) for r in rows[1:3] if any(x is not None for x in r)), ())
        layout = HEADERS.get(hdr)
        if layout is None:
            err(f"{e['file']}: unknown header {hdr!r}")
        layouts[e["file"]] = layout
        tcol = {"A": 0, "N": 1, "L": 0}.get(layout, 0)
        vcol = {"A": 1, "N": 2, "L": 2}.get(layout, 1)
        coltexts = {}
        for i, r in enumerate(rows, start=1):
            if isinstance(r[tcol], str):
                coltexts.setdefault(r[tcol], i)
        allcells = {x for r in rows for x in r if isinstance(x, str)}
        for cid, c in vals.items():
            titles_by_crit.setdefault(cid, []).append((e["file"], c["row_title"]))
        for t in e["not_criteria"]:
            if t not in coltexts:
                err(f"{e['file']}: not-criterion row {t!r} not found")
            elif rows[coltexts[t] - 1][vcol] is None:
                err(f"{e['file']}: not-criterion row {t!r} has no value")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{e['file']}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")
        if e["headings"] != SECTIONS:
            err(f"{e['file']}: headings {e['headings']!r}")
        for h in e["headings"]:
            if h not in allcells:
                err(f"{e['file']}: heading {h!r} not found")
        if e["year"] != 2024:
            err(f"{e['file']}: year")
        if not 35 <= len(e["values"]) <= 45:
            err(f"{e['file']}: {len(e['values'])} values (35–45 wanted)")
        base = [k for k in e["values"] if k not in CONTINGENTS and not k.startswith("share_")]
        base2 = [k for k in e["values"] if k not in CONTINGENTS]
        for b in (base, base2):
            share = 100.0 * len(e["links"]) / len(b)
            if not 70 <= share <= 85:
                err(f"{e['file']}: {share:.1f} % of the non-contingent rows have a link (70–85 wanted)")
        for k in e["links"]:
            if k in CONTINGENTS or k.startswith("share_"):
                err(f"{e['file']}: contingent / share {k} has a link")
        typed_yn = {str(vals[k]["typed"]) for k in YESNO_IDS if k in vals}
        yesno_styles[e["file"]] = "+-" if typed_yn <= {"+", "–"} else ("да" if typed_yn <= {"да", "нет"} else None)
        if yesno_styles[e["file"]] is None:
            err(f"{e['file']}: mixed yes/no {typed_yn}")

        # 3. figures consistent inside the form
        v = e["values"]
        g = lambda k: v.get(k, 0)  # noqa: E731

        def ratio(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)
        checks = {
            "share_mentees_10_19": ratio(g("mentees_10_19"), g("students_10_19")),
            "share_mentors_15_19": ratio(g("mentors_15_19"), g("students_15_19")),
            "share_young_specialists_mentees": ratio(g("young_specialists_mentees"), g("young_specialists")),
            "share_teachers_mentees": ratio(g("teachers_other_mentees") + g("young_specialists_mentees"),
                                            g("teachers_other") + g("young_specialists")),
            "share_teachers_mentors": ratio(g("teachers_mentors"), g("teachers_other") + g("young_specialists")),
        }
        for sid, r in checks.items():
            if sid in v and abs(v[sid] - r) > 0.005:
                err(f"{e['file']}: {sid} {v[sid]} != {r}")
        pp = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
              "pp_teacher_pupil", "pp_other")
        if sum(g(k) for k in pp) != v["pp_total"]:
            err(f"{e['file']}: PP forms do not sum to pp_total")
        groups = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params")
        if sum(g(k) for k in groups) != v["mentees_10_19"]:
            err(f"{e['file']}: mentee groups do not sum to mentees_10_19")
        parts = sum(g(k) for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                   "enterprise_mentors", "other_org_mentors"))
        if parts != v["mentors_total"]:
            err(f"{e['file']}: mentors_total {v['mentors_total']} != parts {parts}")
        parts = g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees")
        if parts != v["mentees_total"]:
            err(f"{e['file']}: mentees_total {v['mentees_total']} != parts {parts}")
        if g("young_specialists_mentors") > min(g("teachers_mentors"), g("young_specialists")):
            err(f"{e['file']}: young_specialists_mentors too large")
        if g("teachers_in_pp") > g("teachers_other") + g("young_specialists"):
            err(f"{e['file']}: teachers_in_pp too large")

    # 4. layouts and yes/no styles as promised
    counts = {}
    for lay in layouts.values():
        counts[lay] = counts.get(lay, 0) + 1
    if counts != LAYOUT_COUNT:
        err(f"layouts {counts} != {LAYOUT_COUNT}")
    if sum(1 for s in yesno_styles.values() if s == "+-") != 2:
        err(f"yes/no styles {yesno_styles}")
    if len({e["organisation"] for e in expected}) != len(expected):
        err("organisations repeat")

    # 5. one short template: same title for a criterion in every file, 2–6 words, no catalogue wording copied
    cat_norm = set()
    for r in cat.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k].strip():
                cat_norm.add(" ".join(words(r[k])))
    for cid, lst in titles_by_crit.items():
        ts = {t for _, t in lst}
        if len(ts) != 1:
            err(f"{cid}: the template title differs between files: {ts}")
        for t in ts:
            n = len(title_words(t))
            if not 2 <= n <= 6:
                err(f"{cid}: title {t!r} has {n} words (2–6 wanted)")
            if " ".join(words(t)) in cat_norm:
                err(f"{cid}: title {t!r} copies a catalogue wording")
    nc = [t for e in expected for t in e["not_criteria"]]
    for t in nc:
        if not 2 <= len(title_words(t)) <= 6:
            err(f"not-criterion {t!r}: not 2–6 words")

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values, {nl} links, {len(nc)} not-criteria, "
          f"{sum(len(e['headings']) for e in expected)} headings, {checked} cells checked")


if __name__ == "__main__":
    main()
