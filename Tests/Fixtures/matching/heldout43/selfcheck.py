#!/usr/bin/env python3
"""Independent check of heldout43: re-reads every workbook with openpyxl and compares
every expected value and link (expected.json) with the cell recorded in cells.json.
Exits 1 on any mismatch."""
import csv
import json
import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
CATALOGUE = Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv"
errors = []


def err(msg):
    errors.append(msg)


def cell_as_value(cell):
    v = cell.value
    if isinstance(v, str):
        s = v.strip().lower()
        if s == "да":
            return 1
        if s == "нет":
            return 0
        return v.strip()
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.006
    return a == b


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cat = {r["id"]: r for r in csv.DictReader(open(CATALOGUE, encoding="utf-8"), delimiter="\t")}

    files = [e["file"] for e in expected]
    if not 5 <= len(set(files)) <= 8:
        err(f"number of files {len(set(files))} not in 5..8")
    nvals = sum(len(e["values"]) for e in expected)
    if not 150 <= nvals <= 280:
        err(f"number of expected values {nvals} not in 150..280")

    books = {}
    for e in expected:
        fn = e["file"]
        p = HERE / fn
        if not p.exists():
            err(f"{fn}: missing")
            continue
        books[fn] = openpyxl.load_workbook(p, data_only=True)
        if e.get("year") != 2024:
            err(f"{fn}: year {e.get('year')}")
        if not e.get("organisation"):
            err(f"{fn}: organisation missing")
        for crit in list(e["values"]) + list(e["links"]):
            if crit not in cat:
                err(f"{fn}: unknown criterion {crit}")

    # every cells.json entry must agree with expected.json, and each expected item must have one cell
    seen = {}
    for c in cells:
        key = (c["file"], c["kind"], c["criterion"])
        if key in seen:
            err(f"duplicate cell entry {key}")
        seen[key] = c
    for e in expected:
        fn = e["file"]
        for crit, val in e["values"].items():
            if (fn, "value", crit) not in seen:
                err(f"{fn}: no cell for value {crit}")
            elif not same(seen[(fn, "value", crit)]["expected"], val):
                err(f"{fn}: cells.json/expected.json disagree on {crit}")
        for crit, url in e["links"].items():
            if (fn, "link", crit) not in seen:
                err(f"{fn}: no cell for link {crit}")
            elif seen[(fn, "link", crit)]["expected"] != url:
                err(f"{fn}: cells.json/expected.json disagree on link {crit}")
    exp_keys = {(e["file"], "value", k) for e in expected for k in e["values"]} | \
               {(e["file"], "link", k) for e in expected for k in e["links"]}
    for key in seen:
        if key not in exp_keys:
            err(f"cell entry without expected item: {key}")

    # compare with the workbooks
    nlinks = 0
    for c in cells:
        wb = books.get(c["file"])
        if wb is None:
            continue
        if c["sheet"] not in wb.sheetnames:
            err(f"{c['file']}: no sheet {c['sheet']}")
            continue
        cell = wb[c["sheet"]][c["cell"]]
        if c["kind"] == "value":
            got = cell_as_value(cell)
            if not same(got, c["expected"]):
                err(f"{c['file']}!{c['cell']} {c['criterion']}: cell gives {got!r}, expected {c['expected']!r}")
        else:
            nlinks += 1
            url = cell.hyperlink.target if cell.hyperlink is not None and cell.hyperlink.target else cell.value
            if url != c["expected"]:
                err(f"{c['file']}!{c['cell']} link {c['criterion']}: {url!r} != {c['expected']!r}")
            if not str(c["expected"]).startswith("https://"):
                err(f"{c['file']}: link not https: {c['expected']}")

    # plausibility: units, shares consistent with counts, parts not larger than wholes
    for e in expected:
        fn, v = e["file"], e["values"]
        for crit, val in v.items():
            unit = cat[crit]["unit"]
            if unit == "yesno" and val not in (0, 1):
                err(f"{fn}: {crit} yes/no value {val}")
            if unit in ("share", "level") and not (0 <= val <= 100):
                err(f"{fn}: {crit} per cent out of range {val}")
            if unit == "count" and not (isinstance(val, int) and val >= 0):
                err(f"{fn}: {crit} count not a non-negative integer: {val!r}")
            if unit == "share" and cat[crit]["operands"]:
                num, den = cat[crit]["operands"].split("/")
                nums, dens = num.split("+"), den.split("+")
                if all(x in v for x in nums + dens):
                    calc = 100.0 * sum(v[x] for x in nums) / sum(v[x] for x in dens)
                    if abs(calc - val) > 0.01:
                        err(f"{fn}: {crit}={val} but counts give {calc:.2f}")
        def le(a, b):
            if all(x in v for x in a) and all(x in v for x in b):
                if sum(v[x] for x in a) > sum(v[x] for x in b):
                    err(f"{fn}: {'+'.join(a)} > {'+'.join(b)}")
        le(["mentees_10_19"], ["students_10_19"])
        le(["mentors_15_19"], ["students_15_19"])
        le(["young_specialists_mentees"], ["young_specialists"])
        le(["young_specialists_mentors"], ["young_specialists"])
        le(["young_specialists_mentors"], ["teachers_mentors"])
        le(["teachers_other_mentees"], ["teachers_other"])
        le(["teachers_mentors"], ["teachers_other", "young_specialists"])
        le(["students_15_19"], ["students_10_19"])
        cats = [k for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                            "mentees_career", "mentees_other_params") if k in v]
        le(cats, ["mentees_10_19"])
        mparts = [k for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors", "other_org_mentors",
                              "enterprise_mentors") if k in v]
        le(mparts, ["mentors_total"])
        le([k for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees") if k in v],
           ["mentees_total"])
        pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if pps and "pp_total" in v and sum(v[k] for k in pps) != v["pp_total"]:
            err(f"{fn}: personalised programmes by form do not add up to pp_total")

    if errors:
        for m in errors:
            print("FAIL:", m)
        print(f"selfcheck: {len(errors)} problem(s)")
        sys.exit(1)
    orgs = sum(len(e["organisation"]) if isinstance(e["organisation"], list) else 1 for e in expected)
    print(f"selfcheck OK: {len(set(files))} files, {orgs} organisations, {nvals} values, {nlinks} links")


if __name__ == "__main__":
    main()
