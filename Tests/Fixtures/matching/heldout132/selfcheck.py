#!/usr/bin/env python3
"""Self-check of heldout132: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell cells.json names, that every phrase in a value cell really states the
expected value, and the set's own promises (shares = part / whole rounded to 2 decimals; mentee groups sum to
mentees_10_19; pp forms sum to pp_total; mentors_total and mentees_total are the sums of their parts; 35–45 values,
3–4 not-criteria per form; 70–85 % of the rows that need a source have a link; about half of the value cells are
phrases; no row title copies a catalogue wording).  Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

errors = []


def err(msg):
    errors.append(msg)


PLAIN_YES = {"да", "есть", "1"}
PLAIN_NO = {"нет", "0"}
# how the officials of this set write yes / no as a phrase (judged by hand; see README «Judgement calls»)
PHRASE_YES = ("утверждено", "имеется", "издан", "да,", "справка составлена", "приказ №")
PHRASE_NO = ("не утверждалось", "не издавался", "не заключались", "отсутствует", "в стадии разработки")
PHRASE_ABSENT = ("нет данных", "см. приложение", "информация будет представлена")
WORD_NUMBERS = {"одно": 1, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3}
NUM_RE = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:,\d+)?")


def is_plain(v):
    """A bare figure, a bare percentage or a bare yes/no."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    t = str(v).strip().lower()
    return t in PLAIN_YES | PLAIN_NO or re.fullmatch(r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?\s*%?", t) is not None


def plain_number(v):
    if isinstance(v, (int, float)):
        return float(v)
    t = str(v).strip().lower()
    if t in PLAIN_YES:
        return 1.0
    if t in PLAIN_NO:
        return 0.0
    return float(t.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", "."))


def stated_number(text):
    """The figure a phrase states: its first number once dates («10.01.2024»), order numbers («№ 12-од») and years
    («2024 г.», «за 2024 год») are set aside; a number written as a word («два соглашения») when there is no digit."""
    t = re.sub(r"\d{1,2}\.\d{1,2}\.\d{4}", " ", text)
    t = re.sub(r"№\s*\d+(?:-[а-яё]+)?", " ", t)
    t = re.sub(r"\b(?:19|20)\d\d\s*(?:г\.|года|году|год)", " ", t)
    m = NUM_RE.search(t)
    if m:
        return float(m.group(0).replace("\u00a0", "").replace(" ", "").replace(",", "."))
    for w in re.findall(r"[а-яё]+", t.lower()):
        if w in WORD_NUMBERS:
            return float(WORD_NUMBERS[w])
    return None


def norm(text):
    t = str(text).lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return " ".join(t.split())


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    allowed = {k for k, r in cat.items() if r["level"] == "org" and r["wording_2024"].strip()
               and r["aggregation"] not in ("forms", "sum_of")}
    cat_norm = {norm(r[k]) for r in cat.values() for k in ("wording_2023", "wording_2024", "form_wording")
                if r[k].strip()}

    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    # 1. every cell of cells.json holds what it promises
    checked = 0
    phrases = {}
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        v = cell.value
        if ws[c["title_cell"]].value != c["row_title"]:
            err(f"{c['file']} {c['title_cell']}: title {ws[c['title_cell']].value!r} != {c['row_title']!r}")
        if c["kind"] == "link":
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if v != c["expected"] and target != c["expected"]:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {c['expected']!r}, got {v!r}")
            if not str(c["expected"]).startswith("https://"):
                err(f"{c['file']} {c['cell']}: link is not an https URL")
            checked += 1
            continue
        if v != c["typed"]:
            err(f"{c['file']} {c['cell']} {c['criterion']}: cell holds {v!r}, cells.json says {c['typed']!r}")
        if c["kind"] == "absent":
            if not str(v).lower().startswith(PHRASE_ABSENT):
                err(f"{c['file']} {c['cell']}: absent value {v!r} is not a no-figure phrase")
            checked += 1
            continue
        unit = cat[c["criterion"]]["unit"]
        exp = c["expected"]
        key = c["file"]
        if unit in ("list", "text"):
            if str(v).strip() != str(exp).strip():
                err(f"{c['file']} {c['cell']} {c['criterion']}: expected text {exp!r}, got {v!r}")
        elif is_plain(v):
            phrases.setdefault(key, [0, 0])[1] += 1
            if abs(plain_number(v) - float(exp)) > 0.005:
                err(f"{c['file']} {c['cell']} {c['criterion']}: expected {exp!r}, got {v!r}")
        else:
            phrases.setdefault(key, [0, 0])[0] += 1
            phrases[key][1] += 1
            t = str(v).strip().lower()
            if t.startswith(PHRASE_YES):
                ok = float(exp) == 1.0
            elif t.startswith(PHRASE_NO):
                ok = float(exp) == 0.0
            else:
                n = stated_number(str(v))
                ok = n is not None and abs(n - float(exp)) <= 0.005
            if not ok:
                err(f"{c['file']} {c['cell']} {c['criterion']}: phrase {v!r} does not state {exp!r}")
        checked += 1

    # 2. expected.json agrees with cells.json; form-level promises
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    for e in expected:
        f = e["file"]
        fc = by_file.get(f, [])
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        absent = {c["criterion"]: c for c in fc if c["kind"] == "absent"}
        v = e["values"]
        if set(vals) != set(v):
            err(f"{f}: values in expected.json and cells.json differ: {set(vals) ^ set(v)}")
        if set(links) != set(e["links"]):
            err(f"{f}: links in expected.json and cells.json differ")
        for cid in absent:
            if cid in v or cid in e["links"]:
                err(f"{f}: {cid} is marked absent but has a value or a link")
        for cid, x in v.items():
            if cid not in allowed:
                err(f"{f}: {cid} is not an org-level 2024 criterion a form may carry")
            if cid in vals and vals[cid]["expected"] != x:
                err(f"{f}: {cid} expected.json {x!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if links[cid]["expected"] != u:
                err(f"{f}: link {cid} differs")
            if coordinate_from_string(links[cid]["cell"])[1] != coordinate_from_string(vals[cid]["cell"])[1]:
                err(f"{f}: link {cid} is not on the value's row")
            if cat[cid]["needs_source"] != "yes":
                err(f"{f}: {cid} needs no source but has a link")
        if not 35 <= len(v) <= 45:
            err(f"{f}: {len(v)} values (35–45 wanted)")
        need = [cid for cid in v if cat[cid]["needs_source"] == "yes"]
        ratio = len(e["links"]) / len(need)
        if not 0.70 <= ratio <= 0.85:
            err(f"{f}: {len(e['links'])} links for {len(need)} rows that need a source ({ratio:.0%}, 70–85 % wanted)")
        ph, tot = phrases.get(f, [0, 0])
        if not 0.40 <= ph / tot <= 0.60:
            err(f"{f}: {ph} phrases of {tot} non-text values ({ph / tot:.0%}, about half wanted)")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{f}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")

        sheet_name = fc[0]["sheet"]
        ws = sheet(f, sheet_name)
        tcol = column_index_from_string(coordinate_from_string(fc[0]["title_cell"])[0])
        vcol = column_index_from_string(coordinate_from_string(fc[0]["cell"])[0])
        titles, allcells = {}, set()
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    allcells.add(cell.value)
                    if cell.column == tcol:
                        titles[cell.value] = cell.row
        for t in e["not_criteria"]:
            if t not in titles:
                err(f"{f}: not-criterion row {t!r} not found")
            elif ws.cell(titles[t], vcol).value is None:
                err(f"{f}: not-criterion row {t!r} has no value")
        for h in e["headings"]:
            if h not in allcells:
                err(f"{f}: heading {h!r} not found")
        if not any(e["organisation"] in x for x in allcells):
            err(f"{f}: organisation not named in the sheet")
        if e["year"] != 2024 or not any("2024" in x for x in allcells if x not in (c.get("typed") for c in fc)):
            err(f"{f}: year")
        for c in fc:
            if c["kind"] != "link" and norm(c["row_title"]) in cat_norm:
                err(f"{f}: row title copies a catalogue wording: {c['row_title']!r}")
        for t in e["not_criteria"]:
            if norm(t) in cat_norm:
                err(f"{f}: not-criterion title copies a catalogue wording: {t!r}")

        # 3. figures consistent inside the form
        def ratio2(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)

        def g(k):
            return v.get(k, 0)
        shares = {"share_mentees_10_19": (g("mentees_10_19"), g("students_10_19")),
                  "share_mentors_15_19": (g("mentors_15_19"), g("students_15_19")),
                  "share_young_specialists_mentees": (g("young_specialists_mentees"), g("young_specialists")),
                  "share_teachers_mentees": (g("teachers_other_mentees") + g("young_specialists_mentees"),
                                             g("teachers_other") + g("young_specialists")),
                  "share_teachers_mentors": (g("teachers_mentors"), g("teachers_other") + g("young_specialists")),
                  "share_young_specialists_mentors": (g("young_specialists_mentors"), g("young_specialists"))}
        for sid, (a, b) in shares.items():
            if sid in v and (not b or abs(v[sid] - ratio2(a, b)) > 0.005):
                err(f"{f}: {sid} {v[sid]} != {a}/{b}")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{f}: pp forms do not sum to pp_total")
        groups = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params"]
        if "mentees_10_19" in v and sum(g(k) for k in groups) != v["mentees_10_19"]:
            err(f"{f}: mentee groups do not sum to mentees_10_19")
        if g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors") + g("enterprise_mentors") \
                + g("other_org_mentors") != v.get("mentors_total", -1):
            err(f"{f}: mentors_total is not the sum of its parts")
        if g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees") != v.get("mentees_total", -1):
            err(f"{f}: mentees_total is not the sum of its parts")
        for a, b in (("mentors_15_19", "students_15_19"), ("students_15_19", "students_10_19"),
                     ("mentees_10_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
                     ("teachers_other_mentees", "teachers_other"), ("young_specialists_mentors", "young_specialists")):
            if a in v and b in v and v[a] > v[b]:
                err(f"{f}: {a} > {b}")

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    nph = sum(p[0] for p in phrases.values())
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values ({nph} typed as phrases), {nl} links, "
          f"{nn} not-criteria, {nh} headings, {checked} cells checked")


if __name__ == "__main__":
    main()
