#!/usr/bin/env python3
"""Self-check of held-out set 61, independent of make_typed.py.

Re-reads every workbook in typed/ with openpyxl and checks every expected value and link of
expected.json against the cell recorded in cells.json; also checks the set's size, that every
criterion id exists in the catalogue, that not_criteria / headings texts are present in the files,
and that shares agree with their counts. Exits 1 on any mismatch.
"""
import csv
import json
import os
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")

errors = []


def err(msg):
    errors.append(msg)


def normalise(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    s = str(v).strip()
    low = s.lower()
    if low in ("да", "yes"):
        return 1
    if low in ("нет", "no", "не реализуется"):
        return 0
    t = s.replace("%", "").replace(",", ".").replace("\u00a0", "").strip()
    try:
        return float(t)
    except ValueError:
        return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.006
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    with open(CATALOGUE, encoding="utf-8") as fh:
        cat = {row["id"]: row for row in csv.DictReader(fh, delimiter="\t")}

    # --- size of the set
    files = sorted({e["file"] for e in expected})
    on_disk = sorted("typed/" + n for n in os.listdir(os.path.join(HERE, "typed")) if n.endswith(".xlsx"))
    if files != on_disk:
        err("files in expected.json %s != files on disk %s" % (files, on_disk))
    if not 5 <= len(files) <= 8:
        err("number of files %d not in 5..8" % len(files))

    # --- flatten expected.json into (file, org, crit) -> value / link
    exp_vals, exp_links = {}, {}
    for e in expected:
        if e["year"] != 2024:
            err("%s: year %s" % (e["file"], e["year"]))
        orgs = e["organisation"]
        if isinstance(orgs, list):
            if not (len(orgs) == len(e["values"]) == len(e["links"])):
                err("%s: organisation/values/links lists differ in length" % e["file"])
            pairs = list(zip(orgs, e["values"], e["links"]))
        else:
            pairs = [(orgs, e["values"], e["links"])]
        for org, vals, links in pairs:
            for crit, v in vals.items():
                exp_vals[(e["file"], org, crit)] = v
            for crit, u in links.items():
                exp_links[(e["file"], org, crit)] = u
                if crit not in vals:
                    err("%s / %s: link for %s without a value" % (e["file"], org, crit))
    for (_, _, crit) in list(exp_vals) + list(exp_links):
        if crit not in cat:
            err("unknown criterion id %s" % crit)
        elif not cat[crit]["wording_2024"]:
            err("criterion %s has no 2024 wording" % crit)
    nvals = len(exp_vals)
    if not 150 <= nvals <= 280:
        err("number of values %d not in 150..280" % nvals)

    # --- every value / link has exactly one cell and vice versa
    seen_v, seen_l = {}, {}
    for c in cells:
        key = (c["file"], c["organisation"], c["criterion"])
        tgt = seen_v if c["kind"] == "value" else seen_l
        if key in tgt:
            err("duplicate cell entry %s %s" % (c["kind"], key))
        tgt[key] = c
    if set(seen_v) != set(exp_vals):
        err("cells.json values != expected.json values: %s" % (set(seen_v) ^ set(exp_vals)))
    if set(seen_l) != set(exp_links):
        err("cells.json links != expected.json links: %s" % (set(seen_l) ^ set(exp_links)))

    # --- read the workbooks
    books = {}
    for fn in files:
        books[fn] = load_workbook(os.path.join(HERE, fn))

    nchecked = 0
    for key, c in seen_v.items():
        ws = books[c["file"]][c["sheet"]]
        got = normalise(ws[c["cell"]])
        want = exp_vals.get(key)
        if not same(got, want) or not same(c["expected"], want):
            err("VALUE %s %s!%s %s: cell gives %r, expected %r" % (c["file"], c["sheet"], c["cell"],
                                                                  c["criterion"], got, want))
        nchecked += 1
    for key, c in seen_l.items():
        ws = books[c["file"]][c["sheet"]]
        cell = ws[c["cell"]]
        if c["via"] == "hyperlink":
            got = cell.hyperlink.target if cell.hyperlink is not None else None
        else:
            got = cell.value
        want = exp_links.get(key)
        if got != want or c["expected"] != want:
            err("LINK %s %s!%s %s: cell gives %r, expected %r" % (c["file"], c["sheet"], c["cell"],
                                                                 c["criterion"], got, want))
        nchecked += 1

    # --- not_criteria and headings are texts present in the files
    for e in expected:
        texts = set()
        for ws in books[e["file"]].worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        texts.add(cell.value.strip())
        for t in e["not_criteria"] + e["headings"]:
            if t not in texts:
                err("%s: text %r not found in the file" % (e["file"], t))

    # --- plausibility: shares agree with counts, parts not larger than wholes
    shares = {
        "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
        "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
        "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
        "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                   ["teachers_other", "young_specialists"]),
        "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
        "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
    }
    parts = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
             ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
             ("young_specialists_mentors", "young_specialists"), ("mentees_risk", "mentees_10_19"),
             ("mentees_gifted", "mentees_total"), ("mentees_career", "mentees_10_19"),
             ("mentees_10_19", "mentees_total"), ("mentors_15_19", "mentors_total"),
             ("teachers_mentors", "mentors_total"), ("enterprise_mentors", "mentors_total"),
             ("external_edu_mentors", "mentors_total")]
    pp_parts = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    groups = {}
    for (fn, org, crit), v in exp_vals.items():
        groups.setdefault((fn, org), {})[crit] = v
    for (fn, org), vals in groups.items():
        for sh, (num, den) in shares.items():
            if sh in vals and all(x in vals for x in num + den):
                d = sum(vals[x] for x in den)
                calc = round(100.0 * sum(vals[x] for x in num) / d, 2) if d else 0
                if abs(calc - vals[sh]) > 0.011:
                    err("%s / %s: %s = %s but counts give %s" % (fn, org, sh, vals[sh], calc))
        for a, b in parts:
            if a in vals and b in vals and vals[a] > vals[b]:
                err("%s / %s: %s (%s) > %s (%s)" % (fn, org, a, vals[a], b, vals[b]))
        if "pp_total" in vals:
            s = sum(vals.get(x, 0) for x in pp_parts)
            if s > vals["pp_total"]:
                err("%s / %s: programmes by form (%s) exceed pp_total (%s)" % (fn, org, s, vals["pp_total"]))
        for sat in ("satisfaction_mentees", "satisfaction_mentors"):
            if sat in vals and not 0 <= vals[sat] <= 100:
                err("%s / %s: %s out of range" % (fn, org, sat))

    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d files, %d values, %d links, %d cells checked" % (len(files), nvals, len(exp_links), nchecked))


if __name__ == "__main__":
    main()
