#!/usr/bin/env python3
"""heldout98 self-check. Re-opens every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and checks:

* every value of expected.json is in the cell cells.json names, read by the cell's own display
  («да»/«имеется» = 1, «нет»/«отсутствует» = 0, «24,18 %», a percent number format → per cent, a list split on «;»);
* the row of every value is a 2024-fact row: its label says «факт …2024» / «факт» / «достигнуто» / «2024 г.»,
  never «план», «2023», «отклонение», «% выполнения», «целевой» or «на 01.01»;
* every link: the hyperlink target (or the text of a plain-text URL) equals the expected URL, and a link in a
  merged cell is the merge's top-left cell;
* expected.json and cells.json name the same (file, criterion, kind) keys; each title cell holds its title;
* every "absent" criterion (a plan without a fact) is not in "values" and its fact cell is empty;
* the organisation, «2024», each not-criterion title and each heading are typed in the file;
* parts <= wholes, ППН forms <= total, and every share against its counts where the form gives them.
Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
errors = []
WORDS = {"да": 1, "нет": 0, "имеется": 1, "отсутствует": 0, "есть": 1}
FACT_LABEL = re.compile(r"^\s*(факт( на 31\.12\.2024)?|достигнуто|2024 г\.)\s*$", re.I)
BAD_LABEL = re.compile(r"план|2023|отклон|откл\.|выполнен|целев|01\.01", re.I)


def err(msg):
    errors.append(msg)


def display(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    s = str(v).replace("\u00a0", " ").strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() else x
    return "; ".join(p.strip() for p in re.split(r"[;\n]", s) if p.strip())


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def all_text(wb):
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells, absent = cj["cells"], cj.get("absent", [])
    books = {}

    def book(f):
        if f not in books:
            books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
        return books[f]

    exp_keys, cell_keys = set(), set()
    for e in expected:
        for k in e["values"]:
            exp_keys.add((e["file"], k, "value"))
        for k in e["links"]:
            exp_keys.add((e["file"], k, "link"))
    by_file = {e["file"]: e for e in expected}
    for c in cells:
        key = (c["file"], c["criterion"], c["kind"])
        if key in cell_keys:
            err(f"duplicate cells.json entry {key}")
        cell_keys.add(key)
    for k in sorted(exp_keys - cell_keys):
        err(f"expected but no cell named: {k}")
    for k in sorted(cell_keys - exp_keys):
        err(f"cell named but not expected: {k}")

    nv = nl = 0
    for c in cells:
        e = by_file[c["file"]]
        ws = book(c["file"])[c["sheet"]]
        cell = ws[c["cell"]]
        if ws[c["title_cell"]].value is None or str(ws[c["title_cell"]].value).strip() != c["title"].strip():
            err(f"{c['file']} {c['title_cell']}: title {ws[c['title_cell']].value!r} != {c['title']!r}")
        if c["kind"] == "value":
            nv += 1
            want = e["values"][c["criterion"]]
            if not same(c["expected"], want):
                err(f"{c['file']} {c['criterion']}: cells.json {c['expected']!r} != expected.json {want!r}")
            got = display(cell)
            if not same(got, want):
                err(f"{c['file']} {c['cell']} {c['criterion']}: cell shows {got!r}, expected {want!r}")
            lab = ws[c["row_label_cell"]].value
            lab_s = str(lab or "").strip()
            if lab_s != c["row_label"].strip() or not FACT_LABEL.match(lab_s) or BAD_LABEL.search(
                    lab_s.replace("31.12.2024", "")):
                err(f"{c['file']} {c['row_label_cell']}: row label {lab!r} is not a 2024 fact row")
            if int(c["cell"][1:] if c["cell"][1:].isdigit() else re.sub(r"\D", "", c["cell"])) != \
                    int(re.sub(r"\D", "", c["row_label_cell"])):
                err(f"{c['file']} {c['cell']}: value not on its label's row {c['row_label_cell']}")
        else:
            nl += 1
            want = e["links"][c["criterion"]]
            if c["expected"] != want:
                err(f"{c['file']} {c['criterion']}: link in cells.json differs from expected.json")
            target = cell.hyperlink.target if cell.hyperlink else None
            text = str(cell.value or "").strip()
            got = target if target else (text if text.startswith("http") else None)
            if got != want:
                err(f"{c['file']} {c['cell']} {c['criterion']}: link {got!r} != {want!r}")
            if c.get("merged"):
                rng = [m for m in ws.merged_cells.ranges if c["cell"] in m]
                if not rng or str(rng[0]) != c["merged"] or rng[0].start_cell.coordinate != c["cell"]:
                    err(f"{c['file']} {c['cell']}: not the top-left of merged {c['merged']}")
            if "row_label" in c:
                lab_s = c["row_label"].strip()
                if not FACT_LABEL.match(lab_s):
                    err(f"{c['file']} {c['cell']}: link row label {lab_s!r} is not a 2024 fact row")

    for a in absent:
        e = by_file[a["file"]]
        ws = book(a["file"])[a["sheet"]]
        if a["criterion"] in e["values"]:
            err(f"{a['file']} {a['criterion']}: absent but in values")
        if ws[a["fact_cell"]].value not in (None, ""):
            err(f"{a['file']} {a['fact_cell']}: fact cell of an absent criterion is filled")
        if display(ws[a["plan_cell"]]) is None:
            err(f"{a['file']} {a['plan_cell']}: plan cell of an absent criterion is empty")

    for e in expected:
        text = all_text(book(e["file"]))
        if e["organisation"] not in text:
            err(f"{e['file']}: organisation {e['organisation']!r} not typed")
        if "2024" not in text:
            err(f"{e['file']}: 2024 not typed")
        for t in e["not_criteria"] + e["headings"]:
            if t not in text:
                err(f"{e['file']}: {t!r} not typed")
        v = e["values"]

        def le(a, b):
            if a in v and b in v and v[a] > v[b]:
                err(f"{e['file']}: {a}={v[a]} > {b}={v[b]}")
        for g in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                  "mentees_career", "mentees_other_params"):
            le(g, "mentees_10_19")
        for a, b in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                     ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
                     ("young_specialists_mentors", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                     ("mentees_10_19", "mentees_total"), ("teachers_mentors", "mentors_total"),
                     ("mentors_15_19", "mentors_total"), ("young_specialists_mentors", "teachers_mentors")):
            le(a, b)
        forms = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in forms) > v["pp_total"]:
            err(f"{e['file']}: ППН forms exceed pp_total")
        groups = sum(v.get(g, 0) for g in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                            "mentees_low_motivation", "mentees_career", "mentees_other_params"))
        if "mentees_10_19" in v and groups > v["mentees_10_19"]:
            err(f"{e['file']}: mentee groups exceed mentees_10_19")

        def share(name, num, den, tol=0.005):
            if name in v and all(x in v for x in num + den):
                d = sum(v[x] for x in den)
                s = round(sum(v[x] for x in num) / d * 100 + 1e-9, 2) if d else 0
                if abs(s - v[name]) > tol:
                    err(f"{e['file']}: {name}={v[name]} but counts give {s}")
        share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
        share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
        share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
        share("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
              ["young_specialists", "teachers_other"])
        share("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"])
        share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
        if "partner_list" in v:
            n = len(v["partner_list"].split("; "))
            agr = sum(v.get(k, 0) for k in ("agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"))
            if n < agr:
                err(f"{e['file']}: {n} partners for {agr} agreements")

    for m in errors:
        print("ERROR", m)
    print(f"selfcheck: {len(expected)} files, {nv} values, {nl} links, {len(absent)} absent checked; "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
