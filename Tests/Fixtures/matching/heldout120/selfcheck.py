#!/usr/bin/env python3
"""Self-check of heldout120: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell cells.json names; also checks the set's own promises (shares = part /
whole, no catalogue phrase of five or more words in any row title, every criterion worded differently in every
file). Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "есть", "имеется", "утверждено", "1"}
NO = {"нет", "0", "отсутствует"}


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
            if unit in ("list",):
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

    # 2. expected.json and cells.json agree; titles, not-criteria and headings are in the sheets
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    titles_by_crit = {}
    for e in expected:
        fc = by_file.get(e["file"], [])
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(vals) != set(e["values"]):
            err(f"{e['file']}: values in expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{e['file']}: links in expected.json and cells.json differ")
        for cid, v in e["values"].items():
            if cid not in cat or not cat[cid]["wording_2024"].strip():
                err(f"{e['file']}: {cid} is not a 2024 criterion")
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
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    allcells.add(cell.value)
                    if cell.column == 2:
                        colB[cell.value] = cell.row
        for cid, c in vals.items():
            t = ws.cell(int(c["cell"][1:]), 2).value
            if t != c["row_title"]:
                err(f"{e['file']}: row title of {cid} is {t!r}, cells.json says {c['row_title']!r}")
            titles_by_crit.setdefault(cid, []).append((e["file"], t))
        for t in e["not_criteria"]:
            if t not in colB:
                err(f"{e['file']}: not-criterion row {t!r} not found")
            elif ws.cell(colB[t], 3).value is None:
                err(f"{e['file']}: not-criterion row {t!r} has no value")
        if not 3 <= len(e["not_criteria"]) <= 5:
            err(f"{e['file']}: {len(e['not_criteria'])} not-criterion rows (3–5 wanted)")
        for h in e["headings"]:
            if h not in allcells:
                err(f"{e['file']}: heading {h!r} not found")
        if not any(isinstance(x, str) and e["organisation"] in x for x in allcells):
            err(f"{e['file']}: organisation not named in the sheet")
        if e["year"] != 2024:
            err(f"{e['file']}: year")

        # 3. figures consistent inside the form
        v = e["values"]
        def ratio(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)
        ops = {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
               "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
               "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists")}
        for sid, (a, b) in ops.items():
            if sid in v and a in v and b in v and abs(v[sid] - ratio(v[a], v[b])) > 0.005:
                err(f"{e['file']}: {sid} {v[sid]} != {a}/{b}")
        if "share_teachers_mentees" in v:
            r = ratio(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                      v["teachers_other"] + v["young_specialists"])
            if abs(v["share_teachers_mentees"] - r) > 0.005:
                err(f"{e['file']}: share_teachers_mentees")
        if "share_teachers_mentors" in v:
            r = ratio(v["teachers_mentors"], v["teachers_other"] + v["young_specialists"])
            if abs(v["share_teachers_mentors"] - r) > 0.005:
                err(f"{e['file']}: share_teachers_mentors")
        if "share_young_specialists_mentors" in v:
            r = ratio(v["young_specialists_mentors"], v["young_specialists"])
            if abs(v["share_young_specialists_mentors"] - r) > 0.005:
                err(f"{e['file']}: share_young_specialists_mentors")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{e['file']}: pp parts do not sum to pp_total")
        cats = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                "mentees_other_params"]
        if sum(v.get(k, 0) for k in cats) > v["mentees_10_19"]:
            err(f"{e['file']}: mentee groups exceed mentees 10–19")
        ext = sum(v.get(k, 0) for k in ("external_edu_mentors", "enterprise_mentors", "other_org_mentors"))
        if v["teachers_mentors"] + v["mentors_15_19"] + ext > v["mentors_total"]:
            err(f"{e['file']}: mentors parts exceed mentors_total")
        if v["mentees_10_19"] + v["young_specialists_mentees"] + v["teachers_other_mentees"] > v["mentees_total"]:
            err(f"{e['file']}: mentees parts exceed mentees_total")

    # 4. wording: no catalogue wording copied, no catalogue phrase of more than four words
    cat_texts = []
    for r in cat.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k].strip():
                cat_texts.append(r[k])
    cat_norm = {" ".join(words(t)) for t in cat_texts}
    cat5 = set()
    for t in cat_texts:
        cat5 |= ngrams(words(t), 5)
    all_titles = [t for lst in titles_by_crit.values() for _, t in lst]
    for e in expected:
        all_titles += e["not_criteria"]
    for t in all_titles:
        w = words(t)
        if " ".join(w) in cat_norm:
            err(f"row title copies a catalogue wording: {t!r}")
        common = ngrams(w, 5) & cat5
        if common:
            err(f"row title {t!r} shares a 5-word catalogue phrase: {sorted(' '.join(g) for g in common)}")
    # every criterion worded differently in every file
    for cid, lst in titles_by_crit.items():
        seen = {}
        for f, t in lst:
            k = " ".join(words(t))
            if k in seen:
                err(f"{cid}: same wording in {seen[k]} and {f}: {t!r}")
            seen[k] = f

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if not 150 <= nv <= 300:
        err(f"{nv} values (150–300 wanted)")
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values, {nl} links, {checked} cells checked")


if __name__ == "__main__":
    main()
