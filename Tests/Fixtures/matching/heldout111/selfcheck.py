#!/usr/bin/env python3
"""heldout111 self-check: re-opens every typed file with openpyxl (data_only=True),
independently of make_typed.py, and checks that every expected value and link is in the
cell cells.json names; that expected.json and cells.json agree; that every not_criteria
title and heading is really typed in its file; that the organisation is in the title rows;
that shares agree with their parts; that no typed title is a catalogue wording verbatim.
Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

errors = []


def err(msg):
    errors.append(msg)


def norm_text(s):
    s = str(s).lower().replace("ё", "е")
    return re.sub(r"[^0-9a-zа-я]+", " ", s).strip()


def ws_text(s):
    return re.sub(r"\s+", " ", str(s)).strip()


YES = {"да", "имеется", "есть"}
NO = {"нет", "не имеется", "отсутствует"}


def read_value(cell):
    """What a careful person reads in the cell, as a number when it is one."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    t = ws_text(v)
    low = t.lower()
    if low in YES:
        return 1
    if low in NO:
        return 0
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", t.replace("\u00a0", " "))
    if m:
        return float(m.group(1).replace(",", "."))
    return t


def same(expected, got):
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        if not isinstance(got, (int, float)):
            return False
        return abs(round(float(got), 2) - float(expected)) < 0.006
    return isinstance(got, str) and ws_text(got) == ws_text(expected)


def cell_link(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    if isinstance(cell.value, str) and cell.value.strip().startswith("http"):
        return cell.value.strip()
    return None


def main():
    catalogue, wordings = {}, set()
    with open(CRITERIA_TSV, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            catalogue[r["id"]] = r
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if r.get(k):
                    wordings.add(norm_text(r[k]))

    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

    books = {}

    def book(name):
        if name not in books:
            p = HERE / name
            if not p.exists():
                err(f"missing file {name}")
                return None
            books[name] = load_workbook(p, data_only=True)
        return books[name]

    # 1. every cells.json entry holds what it says
    seen = {}
    for c in cells:
        wb = book(c["file"])
        if wb is None:
            continue
        if c["sheet"] not in wb.sheetnames:
            err(f"{c['file']}: no sheet {c['sheet']}")
            continue
        cell = wb[c["sheet"]][c["cell"]]
        key = (c["file"], c["criterion"], c["kind"])
        if key in seen:
            err(f"duplicate cells.json entry {key}")
        seen[key] = c["expected"]
        if c["criterion"] not in catalogue:
            err(f"{c['file']} {c['cell']}: unknown criterion {c['criterion']}")
        if c["kind"] == "value":
            got = read_value(cell)
            if not same(c["expected"], got):
                err(f"{c['file']} {c['sheet']}!{c['cell']} {c['criterion']}: expected {c['expected']!r}, cell reads {got!r}")
        elif c["kind"] == "link":
            got = cell_link(cell)
            if got != c["expected"]:
                err(f"{c['file']} {c['sheet']}!{c['cell']} {c['criterion']} link: expected {c['expected']}, got {got}")
        else:
            err(f"unknown kind {c['kind']}")

    # 2. expected.json agrees with cells.json, and the rest of each form is really typed
    n_values = n_links = n_not = 0
    files = set()
    for form in expected:
        f = form["file"]
        files.add(f)
        if form.get("year") != 2024:
            err(f"{f}: year {form.get('year')}")
        for cid, v in form["values"].items():
            n_values += 1
            if (f, cid, "value") not in seen:
                err(f"{f}: value of {cid} has no cell")
            elif seen[(f, cid, "value")] != v:
                err(f"{f}: {cid} expected.json {v!r} vs cells.json {seen[(f, cid, 'value')]!r}")
        for cid, u in form["links"].items():
            n_links += 1
            if cid not in form["values"]:
                err(f"{f}: link for {cid} without a value")
            if seen.get((f, cid, "link")) != u:
                err(f"{f}: link of {cid} not in cells.json as given")
        for (ff, cid, kind) in seen:
            if ff == f and kind == "value" and cid not in form["values"]:
                err(f"{f}: cells.json value {cid} not in expected.json")
            if ff == f and kind == "link" and cid not in form["links"]:
                err(f"{f}: cells.json link {cid} not in expected.json")

        wb = book(f)
        if wb is None:
            continue
        texts, top = [], []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        texts.append(ws_text(cell.value))
                        if cell.row <= 5:
                            top.append(cell.value)
        tset = set(texts)
        if not any(form["organisation"] in t for t in top):
            err(f"{f}: organisation {form['organisation']!r} not in the title rows")
        for t in form["not_criteria"]:
            n_not += 1
            if ws_text(t) not in tset:
                err(f"{f}: not_criteria title not typed: {t}")
            if norm_text(t) in wordings:
                err(f"{f}: not_criteria title is a catalogue wording: {t}")
        for h in form["headings"]:
            if ws_text(h) not in tset:
                err(f"{f}: heading not typed: {h}")
        # shares agree with their parts (catalogue operands)
        vals = form["values"]
        for cid, v in vals.items():
            row = catalogue.get(cid, {})
            if row.get("aggregation") != "ratio" or not row.get("operands"):
                continue
            num_s, den_s = row["operands"].split("/")
            num_ids, den_ids = num_s.split("+"), den_s.split("+")
            if all(i in vals for i in num_ids + den_ids):
                num = sum(vals[i] for i in num_ids)
                den = sum(vals[i] for i in den_ids)
                if den and abs(round(num / den * 100, 2) - v) > 0.011:
                    err(f"{f}: {cid}={v} but parts give {num / den * 100:.2f}")
        # parts never exceed wholes
        def le(a, b):
            if a in vals and b in vals and vals[a] > vals[b]:
                err(f"{f}: {a}={vals[a]} > {b}={vals[b]}")
        for sub in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                    "mentees_career", "mentees_other_params"):
            le(sub, "mentees_10_19")
        for a, b in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                     ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
                     ("young_specialists_mentors", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                     ("teachers_mentors", "mentors_total"), ("mentors_15_19", "mentors_total"),
                     ("mentees_10_19", "mentees_total"), ("pp_pupil_pupil", "pp_total")):
            le(a, b)
        pp_parts = [k for k in vals if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in vals and sum(vals[k] for k in pp_parts) != vals["pp_total"]:
            err(f"{f}: pp parts do not add up to pp_total")

    for c in cells:
        if c.get("title") and norm_text(c["title"]) in wordings:
            err(f"{c['file']}: title is a catalogue wording verbatim: {c['title']}")

    typed = sorted(p.name for p in (HERE / "typed").glob("*.xlsx"))
    if len(typed) != len(files):
        err(f"typed/ holds {len(typed)} files, expected.json names {len(files)}")
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files (want 5–8)")
    if not 150 <= n_values <= 300:
        err(f"{n_values} values (want 150–300)")

    for e in errors:
        print("FAIL:", e)
    if errors:
        print(f"selfcheck FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {n_values} values, "
          f"{n_links} links, {n_not} not_criteria rows, all cells match")


if __name__ == "__main__":
    main()
