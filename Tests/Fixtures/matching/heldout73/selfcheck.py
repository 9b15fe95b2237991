#!/usr/bin/env python3
"""Independent check of held-out set 73: re-reads every workbook with openpyxl and compares every
expected value and link (expected.json) with the cell named in cells.json.  Exit 1 on any mismatch."""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
NONVALUES = {"", "-", "—", "н/д", "не применимо", "не проводилось"}
ZERO_WORDS = ("нет", "отсутствуют", "не реализуется")
YES_WORDS = ("да", "есть")

errors = []


def err(msg):
    errors.append(msg)


def read_cell(wb, sheet, ref):
    c = wb[sheet][ref]
    return c.value, c.number_format or ""


def interpret(v, fmt):
    """-> ('none',) | ('num', x) | ('text', s)"""
    if v is None:
        return ("none",)
    if isinstance(v, bool):
        return ("num", 1 if v else 0)
    if isinstance(v, (int, float)):
        return ("num", round(v * 100, 4) if "%" in fmt else v)
    s = str(v).strip()
    low = s.lower()
    if low in NONVALUES:
        return ("none",)
    if low in YES_WORDS:
        return ("num", 1)
    if low.startswith(ZERO_WORDS):
        return ("num", 0)
    m = re.match(r"^(\d+(?:[.,]\d+)?)\s*(%|чел\.?|ед\.?)?(\s*\(.*\))?\s*$", s)
    if m:
        return ("num", float(m.group(1).replace(",", ".")))
    return ("text", s)


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cj = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    cells = cj["cells"]
    ids = None
    if os.path.exists(CRITERIA):
        ids = {r["id"]: r for r in csv.DictReader(open(CRITERIA, encoding="utf-8"), delimiter="\t")}

    books = {}

    def book(f):
        if f not in books:
            books[f] = load_workbook(os.path.join(HERE, f))
        return books[f]

    # flatten expected.json into (file, organisation, kind, criterion) -> expected
    flat = {}
    n_values = n_links = 0
    orgs = set()
    for e in exp:
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        names = e["organisation"] if isinstance(e["organisation"], list) else [e["organisation"]]
        vals = e["values"] if isinstance(e["values"], list) else [e["values"]]
        lnks = e["links"] if isinstance(e["links"], list) else [e["links"]]
        if not (len(names) == len(vals) == len(lnks)):
            err(f"{e['file']}: organisation/values/links lengths differ")
        wb = book(e["file"])
        alltext = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row
                           if c.value is not None)
        if "2024" not in alltext:
            err(f"{e['file']}: the year 2024 is not written in the file")
        for t in e["not_criteria"] + e["headings"]:
            if t not in alltext:
                err(f"{e['file']}: not_criteria/heading {t!r} not found in the file")
        for name, v, l in zip(names, vals, lnks):
            orgs.add(name)
            if name not in alltext:
                err(f"{e['file']}: organisation {name!r} not found in the file")
            for k, x in v.items():
                flat[(e["file"], name, "value", k)] = x
                n_values += 1
                if ids is not None and k not in ids:
                    err(f"{e['file']}: unknown criterion {k}")
            for k, x in l.items():
                flat[(e["file"], name, "link", k)] = x
                n_links += 1
                if ids is not None and ids[k]["needs_source"] != "yes":
                    err(f"{e['file']}: link for {k}, which needs no source")
            # plausibility: shares agree with their counts, parts not larger than wholes
            for k, x in v.items():
                if ids is None or ids[k]["unit"] != "share":
                    continue
                num, den = ids[k]["operands"].split("/")
                nums, dens = num.split("+"), den.split("+")
                if k == "share_teachers_mentors":
                    dens = ["teachers_other", "young_specialists"]
                if k == "share_young_specialists_mentors":
                    dens = ["young_specialists"]
                if all(n in v for n in nums) and all(d in v for d in dens):
                    a = sum(v[n] for n in nums)
                    b = sum(v[d] for d in dens)
                    if b and abs(100 * a / b - x) > 0.06:
                        err(f"{e['file']} {name}: {k}={x} but {a}/{b}")
            for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                                ("young_specialists_mentees", "young_specialists"),
                                ("young_specialists_mentors", "young_specialists"),
                                ("teachers_other_mentees", "teachers_other"),
                                ("mentees_risk", "mentees_10_19"), ("mentees_disabled", "mentees_10_19"),
                                ("mentees_low_motivation", "mentees_10_19"),
                                ("mentors_15_19", "mentors_total"), ("teachers_mentors", "mentors_total")]:
                if part in v and whole in v and v[part] > v[whole]:
                    err(f"{e['file']} {name}: {part} {v[part]} > {whole} {v[whole]}")
            pp = [c for c in v if c.startswith("pp_") and c != "pp_total"]
            if "pp_total" in v and pp and sum(v[c] for c in pp) > v["pp_total"]:
                err(f"{e['file']} {name}: pp parts exceed pp_total")

    seen = set()
    n_left = 0
    for c in cells:
        v, fmt = read_cell(book(c["file"]), c["sheet"], c["cell"])
        where = f"{c['file']}!{c['sheet']}!{c['cell']} ({c['criterion']})"
        if c["kind"] == "left_out":
            n_left += 1
            if interpret(v, fmt)[0] != "none":
                err(f"{where}: left out, but the cell holds a value {v!r}")
            if (c["file"], c["organisation"], "value", c["criterion"]) in flat:
                err(f"{where}: left out, but present in expected.json")
            continue
        key = (c["file"], c["organisation"], c["kind"], c["criterion"])
        if key in seen:
            err(f"{where}: listed twice in cells.json")
        seen.add(key)
        if key not in flat:
            err(f"{where}: not in expected.json")
            continue
        want = flat[key]
        if want != c["expected"]:
            err(f"{where}: cells.json says {c['expected']!r}, expected.json {want!r}")
        if c["kind"] == "link":
            if not (isinstance(v, str) and want in v and want.startswith("http")):
                err(f"{where}: link {want!r} not in cell {v!r}")
            continue
        got = interpret(v, fmt)
        if isinstance(want, str):
            if got != ("text", want):
                err(f"{where}: text {want!r} vs cell {v!r}")
        elif got[0] != "num" or abs(got[1] - want) > 1e-6:
            err(f"{where}: expected {want!r}, cell {v!r} (format {fmt}) reads as {got}")
    for key in flat:
        if key not in seen:
            err(f"{key}: in expected.json but not in cells.json")

    print(f"files {len(exp)}, organisations {len(orgs)}, values {n_values}, links {n_links}, "
          f"left-out cells {n_left}")
    if not 150 <= n_values <= 280:
        err(f"total values {n_values} outside 150–280")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
