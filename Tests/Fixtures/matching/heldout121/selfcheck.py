#!/usr/bin/env python3
"""Self-check of heldout121: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell cells.json names, and the set's own promises: shares = part / whole
(2 decimals); mentee groups sum to mentees_10_19; ПП forms sum to pp_total; mentors_total and mentees_total are the
sums of their parts; one regional wording per criterion in every file (own inserted rows apart); the units column;
one file types yes/no as «да»/«нет», the others as 1/0; 70–85 % of the non-contingent rows carry a link; no row
title shares a phrase of five or more words with any catalogue wording. Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
HEADER = ["№ п/п", "Наименование показателя", "Единица измерения", "Значение показателя",
          "Подтверждающий документ (ссылка)"]
UNITS = {"чел.", "ед.", "%", "да/нет", "—"}
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}

errors = []


def err(msg):
    errors.append(msg)


def as_number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        t = v.strip().lower()
        if t == "да":
            return 1.0
        if t == "нет":
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


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


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

    # 2. expected.json and cells.json agree; titles, units, not-criteria, headings and the title block
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    template_titles = {}      # criterion -> {normalised title: [files]} for the template's own rows
    own_rows = []
    yes_no_styles = {}
    all_nc = {}
    all_headings = {}
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
                err(f"{e['file']}: {cid} is not an organisation-level 2024 criterion")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{e['file']}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if links[cid]["expected"] != u:
                err(f"{e['file']}: link {cid} differs")
            if not u.startswith("https://"):
                err(f"{e['file']}: link {cid} is not a URL")
            if links[cid]["cell"][1:] != vals[cid]["cell"][1:]:
                err(f"{e['file']}: link {cid} not on the value's row")
        ws = sheet(e["file"], fc[0]["sheet"])
        colB = {}
        allcells = set()
        header_row = None
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    allcells.add(cell.value)
                    if cell.column == 2:
                        colB[cell.value] = cell.row
                    if cell.value == HEADER[0] and cell.column == 1:
                        header_row = cell.row
        if header_row is None or [ws.cell(header_row, c).value for c in range(1, 6)] != HEADER:
            err(f"{e['file']}: header row is not the template's")
        for cid, c in vals.items():
            row = int(c["cell"][1:])
            t = ws.cell(row, 2).value
            if t != c["row_title"]:
                err(f"{e['file']}: row title of {cid} is {t!r}, cells.json says {c['row_title']!r}")
            u = ws.cell(row, 3).value
            if u != c["unit"] or u not in UNITS:
                err(f"{e['file']}: unit of {cid} is {u!r}")
            want = ("да/нет",) if cat[cid]["aggregation"] == "count_yes" else \
                {"count": ("чел.", "ед."), "share": ("%",), "level": ("%",), "list": ("—",),
                 "text": ("—",)}[cat[cid]["unit"]]
            if u not in want:
                err(f"{e['file']}: unit {u!r} does not fit {cid}")
            if cat[cid]["aggregation"] == "count_yes":
                yes_no_styles.setdefault(e["file"], set()).add(type(c["typed"]).__name__)
            if c.get("own_row"):
                own_rows.append((e["file"], cid, t))
            else:
                template_titles.setdefault(cid, {}).setdefault(t, []).append(e["file"])
        for t in e["not_criteria"]:
            all_nc.setdefault(t, []).append(e["file"])
            if t not in colB:
                err(f"{e['file']}: not-criterion row {t!r} not found")
            elif ws.cell(colB[t], 4).value is None:
                err(f"{e['file']}: not-criterion row {t!r} has no value")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{e['file']}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")
        for h in e["headings"]:
            all_headings.setdefault(h, []).append(e["file"])
            if h not in colB:
                err(f"{e['file']}: heading {h!r} not found")
        if f"в {e['organisation']} за 2024 год" not in allcells:
            err(f"{e['file']}: title row «в <organisation> за 2024 год» missing")
        if "Информация о реализации целевой модели наставничества" not in allcells:
            err(f"{e['file']}: title missing")
        if not any(x.startswith("Муниципальное образование: ") for x in allcells):
            err(f"{e['file']}: municipality line missing")
        if e["year"] != 2024:
            err(f"{e['file']}: year")
        if not 35 <= len(e["values"]) <= 45:
            err(f"{e['file']}: {len(e['values'])} values (35–45 wanted)")
        base = [c for c in e["values"] if c not in CONTINGENTS and cat[c]["unit"] != "share"]
        share = len([c for c in base if c in e["links"]]) / len(base)
        if not 0.70 <= share <= 0.85:
            err(f"{e['file']}: {share:.0%} of the non-contingent rows have a link (70–85 % wanted)")

        # 3. figures consistent inside the form
        v = e["values"]

        def ratio(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)
        ops = {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
               "share_mentors_15_19": ("mentors_15_19", "students_15_19")}
        for sid, (a, b) in ops.items():
            if sid in v and abs(v[sid] - ratio(v[a], v[b])) > 0.005:
                err(f"{e['file']}: {sid} {v[sid]} != {a}/{b}")
        if "share_teachers_mentees" in v:
            r = ratio(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                      v["teachers_other"] + v["young_specialists"])
            if abs(v["share_teachers_mentees"] - r) > 0.005:
                err(f"{e['file']}: share_teachers_mentees")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{e['file']}: pp forms do not sum to pp_total")
        groups = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params"]
        if sum(v[k] for k in groups) != v["mentees_10_19"]:
            err(f"{e['file']}: mentee groups do not sum to mentees_10_19")
        mentors = (v["teachers_mentors"] + v["mentors_15_19"] + v.get("external_edu_mentors", 0)
                   + v.get("enterprise_mentors", 0) + v.get("other_org_mentors", 0))
        if mentors != v["mentors_total"]:
            err(f"{e['file']}: mentors_total != its parts")
        if v["mentees_10_19"] + v["young_specialists_mentees"] + v["teachers_other_mentees"] != v["mentees_total"]:
            err(f"{e['file']}: mentees_total != its parts")
        # the template's «всего педагогических кадров» row (a not-criterion) = young specialists + the others
        r11 = colB.get(e["not_criteria"][0])
        if ws.cell(r11, 4).value != v["young_specialists"] + v["teachers_other"]:
            err(f"{e['file']}: all teachers row != young specialists + the others")
        n_partners = len(split_list(v["partner_list"]))
        if n_partners != sum(v.get(k, 0) for k in ("agreements_edu_orgs", "agreements_enterprises",
                                                   "agreements_other_orgs")):
            err(f"{e['file']}: partners do not match the agreements")

    # 4. one regional wording: a template row reads the same in every file; headings too
    nfiles = len(expected)
    for cid, d in template_titles.items():
        if len(d) != 1:
            err(f"{cid}: the template row reads differently in different files: {list(d)}")
    for t, fs in list(all_headings.items()):
        if len(fs) != nfiles:
            err(f"heading {t!r} only in {fs}")
    template_nc = [t for t, fs in all_nc.items() if len(fs) == nfiles]
    if len(template_nc) != 3:
        err(f"{len(template_nc)} not-criterion rows of the template (3 wanted)")
    if len(own_rows) != 1:
        err(f"{len(own_rows)} own inserted criterion rows (1 wanted)")
    # yes/no: exactly one file types «да»/«нет», the others 1/0
    styles = {f: s for f, s in yes_no_styles.items()}
    text_files = [f for f, s in styles.items() if s == {"str"}]
    num_files = [f for f, s in styles.items() if s == {"int"}]
    if len(text_files) != 1 or len(num_files) != nfiles - 1:
        err(f"yes/no styles: {styles}")

    # 5. wording: no catalogue wording copied, no catalogue phrase of five or more words
    cat_texts = [r[k] for r in cat.values() for k in ("wording_2023", "wording_2024", "form_wording") if r[k].strip()]
    cat_norm = {" ".join(words(t)) for t in cat_texts}
    cat5 = set()
    for t in cat_texts:
        cat5 |= ngrams(words(t), 5)
    all_titles = [t for d in template_titles.values() for t in d] + [t for _, _, t in own_rows] + list(all_nc) \
        + list(all_headings)
    for t in all_titles:
        w = words(t)
        if " ".join(w) in cat_norm:
            err(f"row title copies a catalogue wording: {t!r}")
        common = ngrams(w, 5) & cat5
        if common:
            err(f"row title {t!r} shares a 5-word catalogue phrase: {sorted(' '.join(g) for g in common)}")

    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nfiles} files, {len(expected)} forms, {nv} values, {nl} links, {checked} cells checked")


if __name__ == "__main__":
    main()
