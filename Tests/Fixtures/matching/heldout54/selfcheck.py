#!/usr/bin/env python3
"""Independent check of held-out set 54: re-reads every workbook with openpyxl and checks every expected value
and link against its cell (cells.json), the agreement of expected.json with cells.json, the headings
(organisation, year), the totals and the arithmetic plausibility of the values. Exit code 1 on any mismatch."""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "имеется", "есть"}
NO = {"нет", "отсутствует"}
URL_IN_BRACKETS = re.compile(r"\(\s*https?://[^)]*\)")
LEADER = re.compile(r"\.{3,}|…+|_{3,}")
NUMBER = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(%|чел\.|шт\.)?$")
URL = re.compile(r"https?://[^\s()]+")


def token_of(text):
    """the value typed at the end of a line: after the last run of dot / ellipsis / underscore leaders."""
    s = URL_IN_BRACKETS.sub("", text).rstrip()
    s = s.rstrip("_").rstrip()
    parts = LEADER.split(s)
    return parts[-1].strip()


def read_value(cell, expected):
    v = cell.value
    if v is None:
        return None, "empty cell"
    if isinstance(v, bool):
        return None, "boolean cell"
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6), None
        return v, None
    tok = token_of(str(v))
    if isinstance(expected, str):
        return tok, None
    low = tok.lower()
    if low in YES:
        return 1, None
    if low in NO:
        return 0, None
    m = NUMBER.match(tok)
    if not m:
        return None, f"cannot read a value from {tok!r}"
    x = float(m.group(1).replace(",", "."))
    return (int(x) if x.is_integer() else x), None


def same(a, b):
    if isinstance(b, str) or isinstance(a, str):
        return a == b
    return a is not None and abs(float(a) - float(b)) < 1e-6


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    catalogue = {}
    with open(CRITERIA, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            catalogue[row["id"]] = row

    # ---- totals ------------------------------------------------------------------------------------------------
    files = sorted({e["file"] for e in expected})
    on_disk = sorted("typed/" + n for n in os.listdir(os.path.join(HERE, "typed")) if n.endswith(".xlsx"))
    if files != on_disk:
        err(f"files in expected.json {files} != files on disk {on_disk}")
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files, expected 5..8")
    nvalues = sum(len(e["values"]) for e in expected)
    nlinks = sum(len(e["links"]) for e in expected)
    if not 150 <= nvalues <= 280:
        err(f"{nvalues} values, expected 150..280")

    # ---- expected.json <-> cells.json ----------------------------------------------------------------------------
    idx = {}
    for c in cells:
        key = (c["file"], c["kind"], c["criterion"])
        if key in idx:
            err(f"duplicate cells.json entry {key}")
        idx[key] = c
    seen = set()
    for e in expected:
        if e.get("year") != 2024:
            err(f"{e['file']}: year {e.get('year')}")
        for kind, d in (("value", e["values"]), ("link", e["links"])):
            for crit, val in d.items():
                if crit not in catalogue:
                    err(f"{e['file']}: {crit} is not in the catalogue")
                key = (e["file"], kind, crit)
                seen.add(key)
                c = idx.get(key)
                if c is None:
                    err(f"{key}: no cells.json entry")
                elif not same(c["expected"], val):
                    err(f"{key}: cells.json {c['expected']!r} != expected.json {val!r}")
        for crit in e["links"]:
            if crit not in e["values"]:
                err(f"{e['file']}: link without value for {crit}")
    for key in idx:
        if key not in seen:
            err(f"{key}: in cells.json but not in expected.json")

    # ---- every cell ----------------------------------------------------------------------------------------------
    books = {}
    for c in cells:
        path = os.path.join(HERE, c["file"])
        if path not in books:
            books[path] = load_workbook(path, data_only=True)
        wb = books[path]
        if c["sheet"] not in wb.sheetnames:
            err(f"{c['file']}: no sheet {c['sheet']}")
            continue
        cell = wb[c["sheet"]][c["cell"]]
        if c["kind"] == "value":
            got, problem = read_value(cell, c["expected"])
            if problem or not same(got, c["expected"]):
                err(f"{c['file']} {c['cell']} {c['criterion']}: got {got!r} ({problem}), expected {c['expected']!r};"
                    f" cell = {cell.value!r}")
        else:
            urls = URL.findall(str(cell.value or ""))
            if c["expected"] not in urls:
                err(f"{c['file']} {c['cell']} {c['criterion']}: link {c['expected']} not in {urls}")

    # ---- headings: organisation and year ---------------------------------------------------------------------
    for e in expected:
        wb = books.get(os.path.join(HERE, e["file"])) or load_workbook(os.path.join(HERE, e["file"]))
        ws = wb.worksheets[0]
        head = " ".join(str(c.value) for row in ws.iter_rows(min_row=1, max_row=6) for c in row if c.value)
        org = e["organisation"]
        if org is not None and org not in head:
            err(f"{e['file']}: organisation {org!r} not in the heading lines")
        if org is None and "Управление образования" not in head:
            err(f"{e['file']}: municipal form without the authority in the heading")
        if "2024" not in head:
            err(f"{e['file']}: year 2024 not in the heading lines")

    # ---- arithmetic plausibility -----------------------------------------------------------------------------
    def ratio(v, num, den):
        if all(k in v for k in num + den):
            d = sum(v[k] for k in den)
            return 100.0 * sum(v[k] for k in num) / d if d else None
        return None

    shares = {
        "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
        "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
        "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
        "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                   ["teachers_other", "young_specialists"]),
        "share_orgs_teachers_system": (["orgs_regulation_teachers"], ["orgs_total"]),
        "share_orgs_students_system": (["orgs_regulation_students"], ["orgs_total"]),
    }
    for e in expected:
        v = e["values"]
        for s, (num, den) in shares.items():
            if s in v:
                r = ratio(v, num, den)
                if r is not None and abs(r - v[s]) > 0.06:
                    err(f"{e['file']}: {s}={v[s]} but counts give {r:.2f}")
        if "share_teachers_mentors" in v:
            r = ratio(v, ["teachers_mentors"], ["teachers_municipal"]) or \
                ratio(v, ["teachers_mentors"], ["teachers_other", "young_specialists"])
            if r is not None and abs(r - v["share_teachers_mentors"]) > 0.06:
                err(f"{e['file']}: share_teachers_mentors={v['share_teachers_mentors']} but counts give {r:.2f}")
        if "share_young_specialists_mentors" in v:
            r = ratio(v, ["young_specialists_mentors"], ["young_specialists_municipal"]) or \
                ratio(v, ["young_specialists_mentors"], ["young_specialists"])
            if r is not None and abs(r - v["share_young_specialists_mentors"]) > 0.06:
                err(f"{e['file']}: share_young_specialists_mentors={v['share_young_specialists_mentors']} "
                    f"but counts give {r:.2f}")
        parts = [
            (["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
              "mentees_other_params"], "mentees_10_19"),
            (["mentees_10_19"], "students_10_19"),
            (["mentors_15_19"], "students_15_19"),
            (["young_specialists_mentees"], "young_specialists"),
            (["teachers_other_mentees"], "teachers_other"),
            (["young_specialists_mentors"], "teachers_mentors"),
            (["teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors", "other_org_mentors"],
             "mentors_total"),
            (["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
              "pp_teacher_pupil", "pp_other"], "pp_total"),
            (["mentees_10_19"], "mentees_total"),
            (["orgs_regulation_teachers"], "orgs_total"),
            (["orgs_regulation_students"], "orgs_total"),
        ]
        for ps, whole in parts:
            present = [p for p in ps if p in v]
            if whole in v and present and sum(v[p] for p in present) > v[whole]:
                err(f"{e['file']}: {present} sum to more than {whole}={v[whole]}")
        for k, x in v.items():
            unit = catalogue.get(k, {}).get("unit")
            if unit in ("share", "level") and not 0 <= x <= 100:
                err(f"{e['file']}: {k}={x} outside 0..100")
            if unit == "yesno" and x not in (0, 1):
                err(f"{e['file']}: {k}={x} is not 0/1")

    print(f"files={len(files)} organisations={len(expected)} values={nvalues} links={nlinks} cells={len(cells)}")
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
