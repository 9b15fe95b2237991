#!/usr/bin/env python3
"""heldout87 self-check. Re-opens every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and checks:

* every value of expected.json is in the cell cells.json names, read by the cell's own display («да» = 1,
  «нет» = 0, «32 (испр.)» = 32, «24,78», «32,76 %», a percent number format → per cent, a list one per line or «; »);
* every link: the hyperlink target, or the cell text for a plain-text URL, equals the expected URL;
* expected.json and cells.json name the same (file, criterion, kind) keys; each title cell holds its title;
* a value taken from the reviewer's column is typed differently from the school's cell (in the «после проверки»
  file it may be the same), and a value taken from the school's column has no different number in the reviewer's column;
* every "ambiguous" criterion is absent from "values", its school cell is filled, its reviewer cell holds no
  number, and the methodologist's remark is there;
* the organisation, «2024», each not-criterion title and each heading are typed in the file;
* parts <= wholes and every share against its counts.
Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


YES = {"да": 1, "есть": 1, "нет": 0}


def display_number(cell):
    """The number a person reads in the cell, or None."""
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 2)
        return v
    if v is None:
        return None
    s = str(v).replace("\u00a0", " ").strip().lower()
    if s in YES:
        return YES[s]
    m = re.match(r"^(\d+(?:[.,]\d+)?)(\s*(%|чел\.?|шт\.?|балла|\(испр\.\)))?$", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() else x
    return None


def display_text(cell):
    s = str(cell.value).replace("\u00a0", " ").strip()
    return "; ".join(p.strip() for p in re.split(r"[;\n]", s) if p.strip())


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def half_up(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells, ambig = cj["cells"], cj.get("ambiguous", [])
    books = {}

    def book(f):
        if f not in books:
            books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
        return books[f]

    exp_keys = set()
    for e in expected:
        for k in e["values"]:
            exp_keys.add((e["file"], k, "value"))
        for k in e["links"]:
            exp_keys.add((e["file"], k, "link"))
    cell_keys = {(c["file"], c["criterion"], c["kind"]) for c in cells}
    for k in sorted(exp_keys - cell_keys):
        err(f"in expected.json, not in cells.json: {k}")
    for k in sorted(cell_keys - exp_keys):
        err(f"in cells.json, not in expected.json: {k}")
    by_file = {e["file"]: e for e in expected}

    nv = nl = 0
    for c in cells:
        ws = book(c["file"])[c["sheet"]]
        cell = ws[c["cell"]]
        e = by_file[c["file"]]
        if c["kind"] == "value":
            want = e["values"].get(c["criterion"])
            if not same(want, c["expected"]):
                err(f"{c['file']} {c['criterion']}: cells.json {c['expected']!r} vs expected.json {want!r}")
            got = display_text(cell) if isinstance(want, str) else display_number(cell)
            if not same(got, want):
                err(f"{c['file']} {c['cell']} {c['criterion']}: cell gives {got!r} ({cell.value!r}), want {want!r}")
            tc = ws[c["title_cell"]]
            if tc.value != c["title"]:
                err(f"{c['file']} {c['title_cell']}: title {tc.value!r} != {c['title']!r}")
            # the school's cell and the reviewer's cell
            if c["source"] == "reviewer":
                sc = ws[c["school_cell"]]
                if sc.value == cell.value:
                    err(f"{c['file']} {c['criterion']}: reviewer's cell equals the school's, expected a correction")
            elif c["source"] == "school":
                # the reviewer's column on this row holds no other number
                row = cell.row
                hdr = [x for x in ws[header_row(ws)]]
                for h in hdr:
                    if h.value in ("Исправленное значение",):
                        rc = ws.cell(row=row, column=h.column)
                        if rc.value is not None:
                            rv = display_text(rc) if isinstance(want, str) else display_number(rc)
                            if not same(rv, want):
                                err(f"{c['file']} {c['criterion']}: reviewer's {rc.coordinate} = {rc.value!r} "
                                    f"but the school's value {want!r} was expected")
            nv += 1
        else:
            want = e["links"].get(c["criterion"])
            if want != c["expected"]:
                err(f"{c['file']} {c['criterion']}: link in cells.json != expected.json")
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            got = target if target else (str(cell.value).strip() if cell.value is not None else None)
            if got != want:
                err(f"{c['file']} {c['cell']} {c['criterion']}: link {got!r}, want {want!r}")
            if not (want or "").startswith("https://"):
                err(f"{c['file']} {c['criterion']}: link is no URL: {want!r}")
            nl += 1

    # ambiguous
    amb_exp = {(e["file"], k) for e in expected for k in e.get("ambiguous", [])}
    amb_cells = {(a["file"], a["criterion"]) for a in ambig}
    if amb_exp != amb_cells:
        err(f"ambiguous lists differ: {sorted(amb_exp ^ amb_cells)}")
    for a in ambig:
        e = by_file[a["file"]]
        ws = book(a["file"])[a["sheet"]]
        if a["criterion"] in e["values"]:
            err(f"{a['file']} {a['criterion']}: ambiguous but in values")
        if ws[a["title_cell"]].value != a["title"]:
            err(f"{a['file']} {a['title_cell']}: ambiguous title differs")
        if ws[a["school_cell"]].value is None:
            err(f"{a['file']} {a['criterion']}: ambiguous, but the school's cell is empty")
        rc = ws[a["reviewer_cell"]]
        if rc.value is not None and display_number(rc) is not None:
            err(f"{a['file']} {a['criterion']}: ambiguous, but the reviewer's cell holds a number {rc.value!r}")
        if not ws[a["comment_cell"]].value or ws[a["comment_cell"]].value == "ок":
            err(f"{a['file']} {a['criterion']}: ambiguous without a remark")

    # names, year, not-criteria, headings
    for e in expected:
        wb = book(e["file"])
        text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
        if e["organisation"] not in text:
            err(f"{e['file']}: organisation {e['organisation']!r} not typed")
        if "2024" not in text:
            err(f"{e['file']}: no 2024")
        titles = {str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None}
        for t in e["not_criteria"] + e["headings"]:
            if t not in titles:
                err(f"{e['file']}: {t!r} not typed as a cell")
        consistency(e["file"], e["values"])

    print(f"{len(expected)} forms, {nv} values, {nl} links, {len(ambig)} ambiguous checked; {len(errors)} errors")
    for m in errors:
        print("  " + m)
    sys.exit(1 if errors else 0)


def header_row(ws):
    for row in ws.iter_rows(max_row=10):
        for c in row:
            if c.value in ("Показатель", "Наименование показателя"):
                return c.row
    raise SystemExit(f"no header in {ws.title}")


def consistency(file, v):
    g = v.get

    def le(a, b):
        if a in v and b in v and v[a] > v[b]:
            err(f"{file}: {a} {v[a]} > {b} {v[b]}")

    for a, b in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                 ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
                 ("teachers_other_mentees", "teachers_other"), ("young_specialists_mentors", "teachers_mentors"),
                 ("external_edu_mentors", "mentors_total"), ("enterprise_mentors", "mentors_total"),
                 ("other_org_mentors", "mentors_total"), ("mentors_15_19", "mentors_total"),
                 ("teachers_mentors", "mentors_total"), ("mentees_10_19", "mentees_total")):
        le(a, b)
    for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
              "mentees_other_params"):
        le(k, "mentees_10_19")
    pp = sum(x for k, x in v.items() if k.startswith("pp_") and k != "pp_total")
    if "pp_total" in v and pp != v["pp_total"]:
        err(f"{file}: ППН forms {pp} != pp_total {v['pp_total']}")
    teachers = g("teachers_other", 0) + g("young_specialists", 0)
    ratios = {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
              "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
              "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists"),
              "share_young_specialists_mentors": ("young_specialists_mentors", "young_specialists")}
    for k, (p, w) in ratios.items():
        if k in v:
            if p not in v or w not in v:
                err(f"{file}: {k} without its counts")
            elif abs(v[k] - half_up(100 * v[p] / v[w])) > 0.005:
                err(f"{file}: {k} {v[k]} != {p}/{w}")
    if "share_teachers_mentees" in v:
        x = half_up(100 * (g("young_specialists_mentees", 0) + g("teachers_other_mentees", 0)) / teachers)
        if abs(v["share_teachers_mentees"] - x) > 0.005:
            err(f"{file}: share_teachers_mentees {v['share_teachers_mentees']} != {x}")
    if "share_teachers_mentors" in v:
        x = half_up(100 * v["teachers_mentors"] / teachers)
        if abs(v["share_teachers_mentors"] - x) > 0.005:
            err(f"{file}: share_teachers_mentors {v['share_teachers_mentors']} != {x}")


if __name__ == "__main__":
    main()
