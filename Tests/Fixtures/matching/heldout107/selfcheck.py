#!/usr/bin/env python3
"""heldout107 selfcheck: re-opens every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and checks that every expected value and link is in the cell cells.json names, read the way the
README says (booleans, fractions with a percent format, English and Russian number text). Also checks that
expected.json and cells.json agree, that criteria exist, that row titles are not catalogue wordings verbatim, and
that the figures are consistent (parts <= wholes, shares = part / whole). Exits 1 on any problem."""
import csv
import json
import math
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
CRITERIA = ROOT / "Templates/criteria.tsv"

problems = []


def bad(msg):
    problems.append(msg)


def num_eq(a, b):
    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) \
        and math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-9)


def as_number(s):
    f = float(s)
    return int(f) if f.is_integer() else f


YESNO = {"yes": 1, "y": 1, "да": 1, "no": 0, "n": 0, "нет": 0}


def read(cell, entry):
    """Interpret a cell's content as the README says; returns (value, error)."""
    v = cell.value
    how = entry["reading"]
    if how == "bool":
        if not isinstance(v, bool):
            return None, f"expected a real boolean, found {v!r}"
        return (1 if v else 0), None
    if how == "number":
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return None, f"expected a number, found {v!r}"
        return v, None
    if how == "pct_fraction":
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return None, f"expected a fraction, found {v!r}"
        if "%" not in (cell.number_format or ""):
            return None, f"fraction without a percent format ({cell.number_format!r})"
        return round(v * 100, 2), None
    if not isinstance(v, str):
        return None, f"expected text, found {v!r}"
    s = v.strip()
    if how == "yesno_text":
        if s.lower() not in YESNO:
            return None, f"not a yes/no word: {v!r}"
        return YESNO[s.lower()], None
    if how == "text_en":       # comma = thousands separator, point = decimal, optional %
        t = s.rstrip("%").strip()
        if not re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?", t):
            return None, f"not an English-style number: {v!r}"
        return as_number(t.replace(",", "")), None
    if how == "text_ru":       # space / nbsp = thousands separator, comma = decimal
        t = s.rstrip("%").strip().replace("\u00a0", " ")
        if not re.fullmatch(r"\d{1,3}( \d{3})*(,\d+)?|\d+(,\d+)?", t):
            return None, f"not a Russian-style number: {v!r}"
        return as_number(t.replace(" ", "").replace(",", ".")), None
    if how == "text":
        return s, None
    if how == "list":
        return "; ".join(p.strip() for p in v.split(entry["sep"]) if p.strip()), None
    return None, f"unknown reading {how!r}"


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

    crit = {}
    with open(CRITERIA, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            crit[row["id"]] = row
    wordings = set()
    for row in crit.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row[k].strip():
                wordings.add(re.sub(r"\s+", " ", row[k]).strip().lower())

    books = {}

    def book(f):
        if f not in books:
            p = HERE / f
            if not p.exists():
                bad(f"missing file {f}")
                return None
            books[f] = load_workbook(p, data_only=True)
        return books[f]

    # ---- every cell
    for e in cells:
        wb = book(e["file"])
        if wb is None:
            continue
        if e["sheet"] not in wb.sheetnames:
            bad(f"{e['file']}: no sheet {e['sheet']}")
            continue
        if not re.fullmatch(r"Sheet\d", e["sheet"]):
            bad(f"{e['file']}: sheet {e['sheet']} is not an English default name")
        c = wb[e["sheet"]][e["cell"]]
        where = f"{e['file']}!{e['sheet']}!{e['cell']} ({e['criterion']}, {e['kind']})"
        if e["criterion"] not in crit:
            bad(f"{where}: unknown criterion")
        if e["kind"] == "link":
            target = c.hyperlink.target if c.hyperlink is not None else None
            if c.value != e["expected"] and target != e["expected"]:
                bad(f"{where}: link {e['expected']!r} not in cell (value {c.value!r}, hyperlink {target!r})")
            continue
        typed = e["typed"]
        if isinstance(typed, bool):
            if c.value is not typed:
                bad(f"{where}: typed {typed!r}, cell holds {c.value!r}")
        elif isinstance(typed, (int, float)):
            if not num_eq(c.value, typed):
                bad(f"{where}: typed {typed!r}, cell holds {c.value!r}")
        elif c.value != typed:
            bad(f"{where}: typed {typed!r}, cell holds {c.value!r}")
        got, err = read(c, e)
        if err:
            bad(f"{where}: {err}")
            continue
        exp = e["expected"]
        ok = num_eq(got, exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else got == exp
        if not ok:
            bad(f"{where}: read {got!r}, expected {exp!r}")
        t = re.sub(r"\s+", " ", e.get("row_title", "")).strip().lower()
        if t in wordings:
            bad(f"{where}: row title is a catalogue wording verbatim: {e['row_title']!r}")

    # ---- expected.json <-> cells.json
    index = {}
    for e in cells:
        key = (e["file"], e["sheet"], e["criterion"], e["kind"])
        if key in index:
            bad(f"duplicate cells.json entry {key}")
        index[key] = e
    used = set()
    files = set()
    for form in expected:
        files.add(form["file"])
        wb = book(form["file"])
        if wb is None:
            continue
        sheet = form.get("sheet", wb.sheetnames[0])
        if form["year"] != 2024:
            bad(f"{form['file']}: year {form['year']}")
        for kind, part in (("value", "values"), ("link", "links")):
            for cid, val in form[part].items():
                if cid not in crit:
                    bad(f"{form['file']}: unknown criterion {cid}")
                key = (form["file"], sheet, cid, kind)
                e = index.get(key)
                if e is None:
                    bad(f"{key}: no cells.json entry")
                    continue
                used.add(key)
                same = num_eq(e["expected"], val) if isinstance(val, (int, float)) else e["expected"] == val
                if not same:
                    bad(f"{key}: expected.json {val!r} vs cells.json {e['expected']!r}")
        if set(form["links"]) - set(form["values"]):
            bad(f"{form['file']}: links without values {set(form['links']) - set(form['values'])}")
        # org title must appear in the sheet's title rows
        org = form["organisation"]
        if org:
            ws = wb[sheet]
            top = " ".join(str(ws.cell(r, c).value or "") for r in range(1, 5) for c in range(1, 6))
            if org not in top:
                bad(f"{form['file']}!{sheet}: organisation {org!r} not in the title rows")
        consistency(form, crit)
    for key in index:
        if key not in used:
            bad(f"{key}: cells.json entry not in expected.json")

    nv = sum(len(f["values"]) for f in expected)
    nl = sum(len(f["links"]) for f in expected)
    if not (5 <= len(files) <= 8):
        bad(f"{len(files)} files")
    if not (150 <= nv <= 300):
        bad(f"{nv} values")

    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"selfcheck FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {nl} links, "
          f"{len(cells)} cells checked")


def consistency(form, crit):
    v = form["values"]
    name = form["file"] + (("!" + form["sheet"]) if "sheet" in form else "")

    def g(cid):
        if cid in v:
            return v[cid]
        fallback = {"teachers_municipal": ["teachers_other", "young_specialists"],
                    "young_specialists_municipal": ["young_specialists"]}
        if cid in fallback and all(x in v for x in fallback[cid]):
            return sum(v[x] for x in fallback[cid])
        return None

    for cid, row in crit.items():
        if row["aggregation"] != "ratio" or cid not in v:
            continue
        num_s, den_s = row["operands"].split("/")
        nums = [g(x) for x in num_s.split("+")]
        dens = [g(x) for x in den_s.split("+")]
        if None in nums or None in dens:
            continue
        share = 100 * sum(nums) / sum(dens) if sum(dens) else 0
        if abs(share - v[cid]) > 0.06:
            bad(f"{name}: {cid} = {v[cid]} but {row['operands']} gives {share:.2f}")
    for cid in ("satisfaction_mentees", "satisfaction_mentors"):
        if cid in v and not 0 <= v[cid] <= 100:
            bad(f"{name}: {cid} out of range")
    parts = {"mentees_10_19": ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                               "mentees_career", "mentees_other_params"],
             "pp_total": ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                          "pp_student_pupil", "pp_teacher_pupil", "pp_other"]}
    for whole, ps in parts.items():
        if whole in v and any(p in v for p in ps) and "organisation" in form and form["organisation"]:
            s = sum(v.get(p, 0) for p in ps)
            if s != v[whole]:
                bad(f"{name}: parts of {whole} sum to {s}, not {v[whole]}")
    pairs = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
             ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
             ("teachers_other_mentees", "teachers_other"), ("young_specialists_mentors", "young_specialists"),
             ("mentees_10_19", "mentees_total")]
    for part, whole in pairs:
        if part in v and whole in v and v[part] > v[whole]:
            bad(f"{name}: {part} {v[part]} > {whole} {v[whole]}")
    if form["organisation"] and "mentors_total" in v:
        s = sum(v.get(x, 0) for x in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                        "other_org_mentors", "enterprise_mentors"))
        if s != v["mentors_total"]:
            bad(f"{name}: mentors by kind sum to {s}, not {v['mentors_total']}")
    if form["organisation"] and "mentees_total" in v:
        s = sum(v.get(x, 0) for x in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"))
        if s > v["mentees_total"]:
            bad(f"{name}: mentees by kind {s} > mentees_total {v['mentees_total']}")


if __name__ == "__main__":
    main()
