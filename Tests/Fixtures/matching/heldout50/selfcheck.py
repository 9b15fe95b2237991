#!/usr/bin/env python3
"""Independent re-read of typed/*.xlsx against expected.json and cells.json.

Does not import make_typed.py.  Exits 1 on any mismatch.
Checks:
  * every expected value / link has exactly one entry in cells.json and vice versa;
  * the cell really holds it: a number cell equals the value (×100 when the cell has a percent format);
    a text cell contains the recorded fragment, the fragment contains the token, and the token read
    as typed («12,1 %», «да», «одной», «оба» …) equals the value; a text/list value is the cell text
    or a part of it; a link's URL is in the cell text;
  * criteria exist in the catalogue; links only for criteria that need a source;
  * the title lines name the organisation (or the municipality) and the year 2024;
  * plausibility: parts not larger than wholes, shares consistent with their counts.
"""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")

WORDS = {"да": 1, "есть": 1, "утверждены": 1, "издан": 1, "нет": 0, "не составлена": 0,
         "одной": 1, "одним": 1, "оба": 2}

errors = []


def err(msg):
    errors.append(msg)


def read_token(tok):
    t = tok.strip().lower()
    if t in WORDS:
        return WORDS[t]
    t = t.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", t):
        raise ValueError(f"cannot read token {tok!r}")
    x = float(t)
    return int(x) if x.is_integer() else x


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-6
    return a == b


def main():
    with open(CRITERIA, encoding="utf-8") as fh:
        cat = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    with open(os.path.join(HERE, "cells.json"), encoding="utf-8") as fh:
        cells = json.load(fh)["cells"]

    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(os.path.join(HERE, file))
        return books[file][name]

    # ---- expected.json -> set of (file, org, kind, crit) -> expected
    exp = {}
    n_vals = n_links = 0
    orgs_seen = set()
    for e in expected:
        if e.get("year") != 2024:
            err(f"{e['file']}: year {e.get('year')}")
        if not os.path.exists(os.path.join(HERE, e["file"])):
            err(f"{e['file']}: missing")
            continue
        orgs = e["organisation"] if isinstance(e["organisation"], list) else [e["organisation"]]
        vals = e["values"] if isinstance(e["organisation"], list) else [e["values"]]
        links = e["links"] if isinstance(e["organisation"], list) else [e["links"]]
        if not (len(orgs) == len(vals) == len(links)):
            err(f"{e['file']}: organisation/values/links lengths differ")
        for org, v, l in zip(orgs, vals, links):
            orgs_seen.add(org)
            for crit, x in v.items():
                if crit not in cat:
                    err(f"{e['file']}: unknown criterion {crit}")
                exp[(e["file"], org, "value", crit)] = x
                n_vals += 1
            for crit, url in l.items():
                if crit not in v:
                    err(f"{e['file']} {org}: link for {crit} without a value")
                if cat.get(crit, {}).get("needs_source") != "yes":
                    err(f"{e['file']} {org}: link for {crit}, which needs no source")
                if not url.startswith("https://"):
                    err(f"{e['file']} {org}: odd URL {url}")
                exp[(e["file"], org, "link", crit)] = url
                n_links += 1
            plausibility(e["file"], org, v)
        # title lines: the year and the organisation(s) / municipality
        ws = load_workbook(os.path.join(HERE, e["file"])).worksheets[0]
        head = " ".join(str(ws.cell(r, 1).value or "") for r in range(1, 5))
        if "2024" not in head:
            err(f"{e['file']}: year 2024 not stated in the title lines")
        alltext = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
        for t in e.get("not_criteria", []) + e.get("headings", []):
            if t not in alltext:
                err(f"{e['file']}: not_criteria/heading {t!r} not found literally in the sheet")
        if isinstance(e["organisation"], list):
            if "Усть-Ветлужск" not in head:
                err(f"{e['file']}: municipality not in title")
            names = " ".join(str(ws.cell(r, 2).value or "") for r in range(1, ws.max_row + 1))
            for org in orgs:
                if org not in names:
                    err(f"{e['file']}: {org} not in the table")
        elif orgs[0] not in head:
            err(f"{e['file']}: organisation {orgs[0]!r} not in the title lines")

    # ---- cells.json
    seen = {}
    for c in cells:
        key = (c["file"], c["organisation"], c["kind"], c["criterion"])
        if key in seen:
            err(f"duplicate cells entry {key}")
        seen[key] = c
        if key not in exp:
            err(f"cells entry not in expected.json: {key}")
            continue
        if not same(exp[key], c["expected"]):
            err(f"{key}: cells.json says {c['expected']!r}, expected.json {exp[key]!r}")
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        v = cell.value
        want = exp[key]
        where = f"{c['file']}!{c['sheet']}!{c['cell']} [{c['organisation']}] {c['criterion']}"
        if c["kind"] == "link":
            if not isinstance(v, str) or want not in v:
                err(f"{where}: URL {want} not in cell {v!r}")
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            got = v * 100 if "%" in (cell.number_format or "") else v
            got = round(got, 6)
            if not same(got, want):
                err(f"{where}: cell {v!r} ({cell.number_format}) -> {got}, expected {want!r}")
            if c.get("fragment"):
                err(f"{where}: fragment given for a number cell")
        elif isinstance(v, str):
            if isinstance(want, str):
                if want not in v:
                    err(f"{where}: text {want!r} not in cell {v!r}")
                continue
            frag, tok = c.get("fragment"), c.get("token")
            if not frag or tok is None:
                err(f"{where}: text cell {v!r} without fragment/token")
                continue
            if frag not in v:
                err(f"{where}: fragment {frag!r} not in cell {v!r}")
            if tok not in frag:
                err(f"{where}: token {tok!r} not in fragment {frag!r}")
            try:
                got = read_token(tok)
            except ValueError as ex:
                err(f"{where}: {ex}")
                continue
            if not same(got, want):
                err(f"{where}: token {tok!r} reads {got!r}, expected {want!r}")
        else:
            err(f"{where}: empty or odd cell {v!r}")
    for key in exp:
        if key not in seen:
            err(f"expected value/link without a cells entry: {key}")

    n_files = len(expected)
    files = {e["file"] for e in expected}
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files, want 5–8")
    if not 150 <= n_vals <= 280:
        err(f"{n_vals} values, want 150–280")
    print(f"files={len(files)} forms={n_files} organisations={len(orgs_seen)} values={n_vals} links={n_links}")


def plausibility(file, org, v):
    def g(k):
        return v.get(k)

    def le(a, b):
        if g(a) is not None and g(b) is not None and g(a) > g(b):
            err(f"{file} {org}: {a}={g(a)} > {b}={g(b)}")

    def share(s, num, den, digits_tol=0.051):
        if g(s) is None:
            return
        n = num(v) if callable(num) else g(num)
        d = den(v) if callable(den) else g(den)
        if n is None or d is None or d == 0:
            return
        if abs(100.0 * n / d - g(s)) > digits_tol:
            err(f"{file} {org}: share {s}={g(s)} vs {n}/{d}={100.0 * n / d:.3f}")

    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("mentors_15_19", "mentors_total")
    le("teachers_mentors", "mentors_total")
    le("young_specialists_mentors", "teachers_mentors")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("mentors_15_19", "students_15_19_in_programmes")
    for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
              "mentees_career", "mentees_other_params"):
        le(k, "mentees_10_19")
    cats = [g(k) for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                           "mentees_career", "mentees_other_params") if g(k) is not None]
    if g("mentees_10_19") is not None and sum(cats) > g("mentees_10_19"):
        err(f"{file} {org}: categories {sum(cats)} > mentees_10_19 {g('mentees_10_19')}")
    mentee_parts = sum(g(k) or 0 for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"))
    if g("mentees_total") is not None and mentee_parts > g("mentees_total"):
        err(f"{file} {org}: mentee parts {mentee_parts} > mentees_total {g('mentees_total')}")
    mentor_parts = sum(g(k) or 0 for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                            "enterprise_mentors", "other_org_mentors"))
    if g("mentors_total") is not None and mentor_parts > g("mentors_total"):
        err(f"{file} {org}: mentor parts {mentor_parts} > mentors_total {g('mentors_total')}")
    forms = [g(k) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                            "pp_student_pupil", "pp_teacher_pupil", "pp_other") if g(k) is not None]
    if g("pp_total") is not None and sum(forms) != g("pp_total"):
        err(f"{file} {org}: pp forms sum {sum(forms)} != pp_total {g('pp_total')}")
    share("share_mentees_10_19", "mentees_10_19", "students_10_19")
    share("share_mentors_15_19", "mentors_15_19", "students_15_19")
    share("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists")
    share("share_young_specialists_mentors", "young_specialists_mentors", "young_specialists")
    share("share_teachers_mentees",
          lambda x: (x.get("teachers_other_mentees") or 0) + (x.get("young_specialists_mentees") or 0),
          lambda x: (x.get("teachers_other") or 0) + (x.get("young_specialists") or 0))
    share("share_teachers_mentors", "teachers_mentors",
          lambda x: (x.get("teachers_other") or 0) + (x.get("young_specialists") or 0))
    for s in ("satisfaction_mentees", "satisfaction_mentors"):
        if g(s) is not None and not 0 <= g(s) <= 100:
            err(f"{file} {org}: {s}={g(s)} out of 0..100")


if __name__ == "__main__":
    main()
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("selfcheck: OK")
