#!/usr/bin/env python3
"""Self-check of held-out set 47, independent of make_typed.py.

Re-reads every workbook in typed/ with openpyxl (cached values, data_only=True) and checks every expected value and
link of expected.json against the cell named in cells.json; checks that expected.json and cells.json describe the
same values; checks plausibility (parts vs wholes, shares vs counts, sums of programmes), the totals, that no
expected cell sits on a hidden sheet, that every «Динамика»/«Сравнение» sheet holds formulas, and that not more
than a third of the value rows use a catalogue wording verbatim.  Exits 1 on any problem.
"""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = __import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")
errors = []


def err(msg):
    errors.append(msg)


def load_json(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def norm_cell(cell):
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    if isinstance(v, str):
        s = v.strip()
        low = s.lower()
        if low.startswith("да"):
            return 1
        if low.startswith("нет"):
            return 0
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", s)
        if m:
            return float(m.group(1).replace(",", "."))
        return s
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def norm_text(s):
    s = (s or "").lower().replace("ё", "е")
    s = re.sub(r"[«»\"“”]", "", s)
    s = re.sub(r"[–—-]", "-", s)
    return re.sub(r"\s+", " ", s).strip(" .:;")


def main():
    expected = load_json("expected.json")
    cells = load_json("cells.json")

    # catalogue
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    wordings = set()
    for r in cat.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r.get(k):
                wordings.add(norm_text(r[k]))

    books = {}

    def book(path):
        if path not in books:
            full = os.path.join(HERE, path)
            if not os.path.exists(full):
                err(f"missing workbook {path}")
                return None
            books[path] = openpyxl.load_workbook(full, data_only=True)
        return books[path]

    # 1. every cell of cells.json
    for c in cells:
        wb = book(c["file"])
        if wb is None:
            continue
        if c["sheet"] not in wb.sheetnames:
            err(f"{c['file']}: no sheet {c['sheet']}")
            continue
        ws = wb[c["sheet"]]
        if ws.sheet_state != "visible":
            err(f"{c['file']}!{c['sheet']}: expected cell on a hidden sheet")
        cell = ws[c["cell"]]
        if c["kind"] == "value":
            got = norm_cell(cell)
            if not same(got, c["expected"]):
                err(f"{c['file']}!{c['sheet']}!{c['cell']} {c['criterion']}: got {got!r}, expected {c['expected']!r}")
        else:
            if c.get("via") == "hyperlink":
                got = cell.hyperlink.target if cell.hyperlink else None
            else:
                got = cell.value.strip() if isinstance(cell.value, str) else cell.value
            if got != c["expected"]:
                err(f"{c['file']}!{c['sheet']}!{c['cell']} link {c['criterion']}: got {got!r}, expected {c['expected']!r}")
            if not (isinstance(got, str) and got.startswith("https://")):
                err(f"{c['file']}!{c['sheet']}!{c['cell']}: link is not a URL: {got!r}")
        if ws[c["label_cell"]].value != c["label"]:
            err(f"{c['file']}!{c['sheet']}!{c['label_cell']}: label differs: {ws[c['label_cell']].value!r}")

    # 2. expected.json <-> cells.json
    keys = Counter((e["file"], e["year"]) for e in expected)
    for k, n in keys.items():
        if n > 1:
            err(f"two forms of the same year in one file: {k}")
    idx = defaultdict(list)
    for c in cells:
        idx[(c["file"], c["year"], c["criterion"], c["kind"])].append(c)
    n_cells_used = 0
    sheets_of = defaultdict(set)
    for c in cells:
        sheets_of[(c["file"], c["year"])].add(c["sheet"])
    for k, s in sheets_of.items():
        if len(s) != 1:
            err(f"form {k} spread over several sheets {s}")
    for e in expected:
        for field in ("file", "year", "organisation", "values", "links", "not_criteria", "headings"):
            if field not in e:
                err(f"entry without {field}: {e.get('file')}")
        for kind, d in (("value", e["values"]), ("link", e["links"])):
            for crit, val in d.items():
                if crit not in cat:
                    err(f"unknown criterion {crit}")
                hits = idx.get((e["file"], e["year"], crit, kind), [])
                if len(hits) != 1:
                    err(f"{e['file']} {e['year']} {crit} {kind}: {len(hits)} cells")
                    continue
                n_cells_used += 1
                if not same(hits[0]["expected"], val):
                    err(f"{e['file']} {e['year']} {crit} {kind}: expected.json {val!r} vs cells.json {hits[0]['expected']!r}")
                if hits[0]["organisation"] != e["organisation"]:
                    err(f"{e['file']} {e['year']}: organisation differs")
        for crit in e["links"]:
            if crit not in e["values"]:
                err(f"{e['file']} {e['year']}: link without value for {crit}")
    if n_cells_used != len(cells):
        err(f"cells.json has {len(cells)} entries, expected.json uses {n_cells_used}")

    # 3. units and plausibility per form
    for e in expected:
        v = e["values"]
        tag = f"{e['file']} {e['year']}"
        for crit, val in v.items():
            unit = cat[crit]["unit"]
            if cat[crit]["level"] != "org":
                err(f"{tag}: municipal criterion {crit} in a school's form")
            if unit == "yesno" and val not in (0, 1):
                err(f"{tag}: {crit} not 0/1")
            if unit in ("share", "level") and not (0 <= val <= 100):
                err(f"{tag}: {crit} out of 0..100")
            if unit == "count" and not (isinstance(val, (int, float)) and val >= 0 and float(val).is_integer()):
                err(f"{tag}: {crit} not a count: {val!r}")
            if unit in ("list", "text") and not isinstance(val, str):
                err(f"{tag}: {crit} not a text")
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                            ("mentees_risk", "mentees_10_19"), ("mentees_gifted", "mentees_10_19"),
                            ("mentees_disabled", "mentees_10_19"), ("mentees_low_motivation", "mentees_10_19"),
                            ("mentees_career", "mentees_10_19"), ("mentees_other_params", "mentees_10_19"),
                            ("mentees_10_19", "mentees_total"), ("students_15_19_in_programmes", "students_15_19"),
                            ("mentors_15_19", "mentors_total"), ("teachers_mentors", "mentors_total"),
                            ("enterprise_mentors", "mentors_total"), ("other_org_mentors", "mentors_total"),
                            ("external_edu_mentors", "mentors_total")):
            if part in v and whole in v and v[part] > v[whole]:
                err(f"{tag}: {part}={v[part]} > {whole}={v[whole]}")
        forms = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if forms and "pp_total" in v and sum(v[k] for k in forms) != v["pp_total"]:
            err(f"{tag}: programmes by form do not add up to pp_total")
        for share, num, den in (("share_mentees_10_19", "mentees_10_19", "students_10_19"),
                                ("share_mentors_15_19", "mentors_15_19", "students_15_19")):
            if share in v and num in v and den in v:
                if abs(v[share] - 100 * v[num] / v[den]) > 0.05:
                    err(f"{tag}: {share}={v[share]} vs {v[num]}/{v[den]}")

    # 4. totals
    files = sorted({e["file"] for e in expected})
    orgs = sorted({e["organisation"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if not (5 <= len(files) <= 8):
        err(f"{len(files)} files")
    if not (150 <= nv <= 280):
        err(f"{nv} values, outside 150..280")
    on_disk = sorted("typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx"))
    if on_disk != files:
        err(f"typed/ holds {on_disk}, expected.json names {files}")

    # 5. every workbook: a dynamics sheet with formulas; hidden sheets not used
    n_sheets = 0
    for f in files:
        wbf = openpyxl.load_workbook(os.path.join(HERE, f))
        n_sheets += len(wbf.sheetnames)
        dyn = [ws for ws in wbf if ws.title.startswith(("Динамика", "Сравнение"))]
        if not dyn:
            err(f"{f}: no Динамика/Сравнение sheet")
        for ws in dyn:
            if not any(isinstance(c.value, str) and c.value.startswith("=") for r in ws.iter_rows() for c in r):
                err(f"{f}!{ws.title}: no formulas")
            if any(c["file"] == f and c["sheet"] == ws.title for c in cells):
                err(f"{f}!{ws.title}: dynamics values must not be expected")

    # 6. verbatim catalogue wordings among value rows
    labels = [(c["file"], c["sheet"], c["label_cell"], c["label"]) for c in cells if c["kind"] == "value"]
    verb = [l for l in labels if norm_text(l[3]) in wordings]
    if len(verb) * 3 > len(labels):
        err(f"{len(verb)} of {len(labels)} rows use a catalogue wording verbatim (more than a third)")

    print(f"files={len(files)} sheets={n_sheets} forms={len(expected)} organisations={len(orgs)} "
          f"values={nv} links={nl} verbatim_rows={len(verb)}/{len(labels)}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for m in errors:
            print("  -", m)
        sys.exit(1)
    print("OK: every expected value and link matches its cell")


if __name__ == "__main__":
    main()
