#!/usr/bin/env python3
"""Independent check of set 67: re-reads every workbook with openpyxl and checks every expected value and link
against its cell (cells.json), the row context (organisation, period, indicator code), the bijection between
expected.json and cells.json, and the plausibility of the numbers.  Exit code 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


# the export system's indicator codes, written down here independently of make_typed.py
CODE2CRIT = {
    "ЦМН.1.01": "orgs_regulation_teachers", "ЦМН.1.02": "orgs_regulation_students",
    "ЦМН.1.03": "orgs_monitoring_order", "ЦМН.2.01": "curators_total", "ЦМН.2.02": "mentors_total",
    "ЦМН.2.03": "mentees_total", "ЦМН.3.01": "pp_total", "ЦМН.3.02": "pp_pupil_pupil",
    "ЦМН.3.03": "pp_teacher_teacher", "ЦМН.3.05": "pp_head_teacher", "ЦМН.3.07": "pp_teacher_pupil",
    "ЦМН.3.08": "pp_other", "ЦМН.4.01": "external_edu_mentors", "ЦМН.4.02": "enterprise_mentors",
    "ЦМН.5.01": "students_10_19", "ЦМН.5.02": "mentees_10_19", "ЦМН.5.03": "mentees_risk",
    "ЦМН.5.04": "mentees_disabled", "ЦМН.5.05": "mentees_gifted", "ЦМН.5.06": "mentees_low_motivation",
    "ЦМН.5.07": "mentees_career", "ЦМН.5.08": "mentees_other_params", "ЦМН.5.09": "share_mentees_10_19",
    "ЦМН.6.01": "students_15_19", "ЦМН.6.02": "mentors_15_19", "ЦМН.6.03": "share_mentors_15_19",
    "ЦМН.7.01": "satisfaction_mentees", "ЦМН.7.02": "satisfaction_mentors", "ЦМН.8.01": "young_specialists",
    "ЦМН.8.02": "young_specialists_mentees", "ЦМН.8.03": "teachers_other", "ЦМН.8.04": "teachers_other_mentees",
    "ЦМН.8.05": "share_young_specialists_mentees", "ЦМН.8.06": "share_teachers_mentees",
    "ЦМН.9.03": "kpk_trained", "ЦМН.9.04": "kpk_courses", "ЦМН.9.05": "school_methodical_associations",
    "ЦМН.10.01": "teachers_mentors", "ЦМН.10.03": "share_teachers_mentors", "ЦМН.11.01": "pay_acts",
    "ЦМН.11.02": "nonmaterial_acts",
}


def norm_value(cell):
    """What a methodologist reads from the cell: numbers, per cent as a number, да/нет as 1/0, text as typed."""
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100.0
        return v
    if isinstance(v, str):
        s = v.strip()
        low = s.lower()
        if low == "да" or low.startswith("да,") or low.startswith("да "):
            return 1
        if low == "нет":
            return 0
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(чел\.?|ед\.?|%)?", s)
        if m:
            x = float(m.group(1).replace(",", "."))
            return int(x) if x == int(x) and "," not in m.group(1) and "." not in m.group(1) else x
        return s
    return v


def same(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) < 1e-6


def find_header(ws):
    for row in ws.iter_rows(min_row=1, max_row=10):
        for c in row:
            if isinstance(c.value, str) and c.value.strip() == "Код показателя":
                return c.row, {str(x.value).strip(): x.column for x in row if x.value is not None}
    return None, None


def row_context(ws, hdr_row, hdr, cell):
    """Organisation, period and indicator code of a value cell."""
    code = ws.cell(row=cell.row, column=hdr["Код показателя"]).value
    if "Наименование ОО" in hdr:  # long layout, organisation filled down
        col = hdr["Наименование ОО"]
        r = cell.row
        org = None
        while r > hdr_row:
            org = ws.cell(row=r, column=col).value
            if org not in (None, ""):
                break
            r -= 1
        period = ws.cell(row=cell.row, column=hdr["Период"]).value
    else:  # pivot: organisation in the header of the column, period in the filter line
        org = ws.cell(row=hdr_row, column=cell.column).value
        period = " ".join(str(ws.cell(row=r, column=1).value or "") for r in range(1, hdr_row))
    return org, str(period), code


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    books = {}

    # 1. every cell entry against its workbook
    seen = set()
    for e in cells:
        path = os.path.join(HERE, e["file"])
        if path not in books:
            books[path] = openpyxl.load_workbook(path)
        wb = books[path]
        if e["sheet"] not in wb.sheetnames:
            err(f"{e['file']}: no sheet {e['sheet']}")
            continue
        ws = wb[e["sheet"]]
        cell = ws[e["cell"]]
        key = (e["file"], e["organisation"], e["criterion"], e["kind"])
        if key in seen:
            err(f"duplicate cells entry {key}")
        seen.add(key)
        if e["kind"] == "value":
            got = norm_value(cell)
            if not same(got, e["expected"]):
                err(f"{e['file']}!{e['sheet']}!{e['cell']}: cell gives {got!r}, expected {e['expected']!r}")
        else:
            got = cell.value
            if cell.hyperlink is not None and cell.hyperlink.target and cell.hyperlink.target != got:
                err(f"{e['file']}!{e['cell']}: hyperlink target differs from text")
            if got != e["expected"]:
                err(f"{e['file']}!{e['sheet']}!{e['cell']}: link {got!r} != {e['expected']!r}")
            if not (isinstance(got, str) and got.startswith("https://")):
                err(f"{e['file']}!{e['cell']}: not a URL")
        hdr_row, hdr = find_header(ws)
        if hdr_row is None:
            err(f"{e['file']}!{e['sheet']}: no header row")
            continue
        org, period, code = row_context(ws, hdr_row, hdr, cell)
        if org != e["organisation"]:
            err(f"{e['file']}!{e['cell']}: row organisation {org!r} != {e['organisation']!r}")
        if "2024" not in period or "план" in period.lower():
            err(f"{e['file']}!{e['cell']}: period {period!r} is not 2024")
        if CODE2CRIT.get(code) != e["criterion"]:
            err(f"{e['file']}!{e['cell']}: code {code!r} is not {e['criterion']}")

    # 2. expected.json <-> cells.json
    exp_keys = set()
    orgs_seen = {}
    total_values = 0
    for ent in expected:
        if ent.get("year") != 2024:
            err(f"{ent['file']}: year {ent.get('year')}")
        orgs = ent["organisation"]
        if not (isinstance(orgs, list) and len(orgs) == len(ent["values"]) == len(ent["links"])):
            err(f"{ent['file']}: organisation/values/links lists differ in length")
            continue
        for org, vals, links in zip(orgs, ent["values"], ent["links"]):
            if org in orgs_seen and orgs_seen[org] != ent["file"]:
                err(f"organisation {org} in two files")
            orgs_seen[org] = ent["file"]
            for crit, v in vals.items():
                total_values += 1
                exp_keys.add((ent["file"], org, crit, "value"))
                match = [c for c in cells if (c["file"], c["organisation"], c["criterion"], c["kind"]) ==
                         (ent["file"], org, crit, "value")]
                if len(match) != 1 or not same(match[0]["expected"], v):
                    err(f"{ent['file']} {org} {crit}: expected.json {v!r} not matched in cells.json")
            for crit, u in links.items():
                exp_keys.add((ent["file"], org, crit, "link"))
                if crit not in vals:
                    err(f"{ent['file']} {org} {crit}: link without value")
                match = [c for c in cells if (c["file"], c["organisation"], c["criterion"], c["kind"]) ==
                         (ent["file"], org, crit, "link")]
                if len(match) != 1 or match[0]["expected"] != u:
                    err(f"{ent['file']} {org} {crit}: link not matched in cells.json")
            check_plausible(ent["file"], org, vals)
    if exp_keys != seen:
        err(f"cells.json and expected.json differ: {sorted(exp_keys ^ seen)[:5]}")
    # a link sits in the same row as its value (long layouts)
    byk = {(c["file"], c["organisation"], c["criterion"], c["kind"]): c for c in cells}
    for (f, o, cr, kind), c in byk.items():
        if kind == "link":
            v = byk.get((f, o, cr, "value"))
            if v and re.sub(r"[A-Z]+", "", v["cell"]) != re.sub(r"[A-Z]+", "", c["cell"]):
                err(f"{f} {o} {cr}: link not in the value's row")
    if not (5 <= len({e['file'] for e in expected}) <= 8):
        err("number of files out of 5..8")
    if not (150 <= total_values <= 280):
        err(f"total values {total_values} out of 150..280")

    for m in errors:
        print("MISMATCH:", m)
    nl = sum(len(d) for e in expected for d in e["links"])
    print(f"checked {len(cells)} cells; files={len(expected)} organisations={len(orgs_seen)} "
          f"values={total_values} links={nl}; errors={len(errors)}")
    sys.exit(1 if errors else 0)


PARTS = [
    ("mentees_10_19", "students_10_19"), ("students_15_19", "students_10_19"),
    ("mentors_15_19", "students_15_19"), ("young_specialists_mentees", "young_specialists"),
    ("teachers_other_mentees", "teachers_other"), ("mentees_risk", "mentees_10_19"),
    ("mentees_disabled", "mentees_10_19"), ("mentees_gifted", "mentees_10_19"),
    ("mentees_career", "mentees_10_19"), ("pp_pupil_pupil", "pp_total"), ("pp_teacher_teacher", "pp_total"),
    ("pp_head_teacher", "pp_total"), ("pp_teacher_pupil", "pp_total"), ("pp_other", "pp_total"),
    ("young_specialists_mentees", "mentees_total"), ("mentees_10_19", "mentees_total"),
    ("teachers_mentors", "mentors_total"),
]
SHARES = [
    ("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"]),
    ("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"]),
    ("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"]),
    ("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
     ["teachers_other", "young_specialists"]),
]


def check_plausible(f, org, v):
    for part, whole in PARTS:
        if part in v and whole in v and v[part] > v[whole]:
            err(f"{f} {org}: {part}={v[part]} > {whole}={v[whole]}")
    for sh, num, den in SHARES:
        if sh in v and all(x in v for x in num + den):
            d = sum(v[x] for x in den)
            calc = 100.0 * sum(v[x] for x in num) / d if d else 0.0
            if abs(calc - v[sh]) > 0.06:
                err(f"{f} {org}: {sh}={v[sh]} but counts give {calc:.2f}")
    pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and len(pp) >= 4 and sum(v[k] for k in pp) > v["pp_total"]:
        err(f"{f} {org}: personalised programmes by form exceed the total")
    for k, x in v.items():
        if isinstance(x, (int, float)) and x < 0:
            err(f"{f} {org}: negative {k}")
        if (k.startswith("share_") or k.startswith("satisfaction_")) and not (0 <= x <= 100):
            err(f"{f} {org}: {k}={x} not a per cent")


if __name__ == "__main__":
    main()
