#!/usr/bin/env python3
"""Re-reads every workbook with openpyxl and checks expected.json / cells.json against the cells.

Independent of make_typed.py.  Exits 1 on any mismatch.
"""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
YES = ("әйе", "да")
NO = ("юк", "нет")
TEXT_CRITERIA = {"partner_list", "kpk_courses", "agreement_subjects"}
YESNO_CRITERIA = {"municipal_order", "municipal_analytic_note", "network_community",
                  "orgs_regulation_teachers", "orgs_regulation_students",
                  "orgs_monitoring_order", "internal_monitoring_notes"}
SHARES = {  # criterion -> (numerator criteria, denominator criteria)
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
    "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                               ["teachers_other", "young_specialists"]),
    "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
    "share_orgs_teachers_system": (["orgs_regulation_teachers"], ["orgs_total"]),
    "share_orgs_students_system": (["orgs_regulation_students"], ["orgs_total"]),
}
PARTS = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
         ("young_specialists_mentees", "young_specialists"),
         ("young_specialists_mentors", "young_specialists"),
         ("teachers_other_mentees", "teachers_other"), ("mentors_15_19", "mentors_total"),
         ("teachers_mentors", "mentors_total"), ("mentees_10_19", "mentees_total"),
         ("orgs_regulation_teachers", "orgs_total"), ("orgs_regulation_students", "orgs_total")]

errors = []


def err(msg):
    errors.append(msg)


def read_value(cell, cid):
    v = cell.value
    if cid in TEXT_CRITERIA:
        return v.strip() if isinstance(v, str) else v
    if cid in YESNO_CRITERIA:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return v
        if isinstance(v, str):
            low = v.strip().lower()
            if low.startswith(YES):
                return 1
            if low.startswith(NO):
                return 0
        return ("UNREADABLE", v)
    if isinstance(v, bool):
        return ("UNREADABLE", v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    if isinstance(v, str):
        m = re.match(r"\s*(-?\d+(?:[.,]\d+)?)", v)
        if m:
            return float(m.group(1).replace(",", "."))
    return ("UNREADABLE", v)


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.006
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    books = {}

    def cell_of(rec):
        path = os.path.join(HERE, rec["file"])
        if path not in books:
            books[path] = openpyxl.load_workbook(path)
        return books[path][rec["sheet"]][rec["cell"]]

    index = {}
    for rec in cells:
        key = (rec["file"], rec.get("organisation"), rec["criterion"], rec["kind"])
        if key in index:
            err(f"duplicate cells.json record {key}")
        index[key] = rec

    seen = set()
    nfiles = set()
    norgs = set()
    nvals = nlinks = 0
    for e in expected:
        nfiles.add(e["file"])
        if e.get("year") != 2024:
            err(f"{e['file']}: year {e.get('year')}")
        if not os.path.exists(os.path.join(HERE, e["file"])):
            err(f"missing file {e['file']}")
            continue
        multi = isinstance(e["organisation"], list)
        orgs = e["organisation"] if multi else [e["organisation"]]
        vals = e["values"] if multi else [e["values"]]
        links = e["links"] if multi else [e["links"]]
        if len(vals) != len(orgs) or len(links) != len(orgs):
            err(f"{e['file']}: lists of organisations/values/links differ in length")
        for org, vd, ld in zip(orgs, vals, links):
            norgs.add(org if org else "(municipality)")
            okey = org if multi else None
            for cid, exp in vd.items():
                nvals += 1
                rec = index.get((e["file"], okey, cid, "value"))
                if rec is None:
                    err(f"{e['file']} {org} {cid}: no cells.json record")
                    continue
                seen.add((e["file"], okey, cid, "value"))
                if not same(rec["expected"], exp):
                    err(f"{e['file']} {cid}: cells.json says {rec['expected']!r}, "
                        f"expected.json {exp!r}")
                got = read_value(cell_of(rec), cid)
                if not same(got, exp):
                    err(f"{e['file']} {rec['cell']} {cid}: cell gives {got!r}, expected {exp!r}")
            for cid, url in ld.items():
                nlinks += 1
                rec = index.get((e["file"], okey, cid, "link"))
                if rec is None:
                    err(f"{e['file']} {org} link {cid}: no cells.json record")
                    continue
                seen.add((e["file"], okey, cid, "link"))
                c = cell_of(rec)
                got = c.hyperlink.target if c.hyperlink is not None else c.value
                if got != url or rec["expected"] != url:
                    err(f"{e['file']} {rec['cell']} link {cid}: {got!r} != {url!r}")
                if not re.match(r"https?://", url or ""):
                    err(f"{e['file']} link {cid}: not a URL {url!r}")
            # plausibility: parts not above wholes, shares consistent with counts
            for part, whole in PARTS:
                if part in vd and whole in vd and vd[part] > vd[whole]:
                    err(f"{e['file']} {org}: {part}={vd[part]} > {whole}={vd[whole]}")
            for sid, (num, den) in SHARES.items():
                if sid in vd and all(k in vd for k in num + den):
                    calc = 100.0 * sum(vd[k] for k in num) / sum(vd[k] for k in den)
                    if abs(calc - vd[sid]) > 0.06:
                        err(f"{e['file']} {org}: {sid}={vd[sid]} but counts give {calc:.2f}")
            # headings and decoys must be present as cell text somewhere in the file
        wb = cell_of({"file": e["file"], "sheet": index_sheet(cells, e["file"]), "cell": "A1"}).parent.parent
        texts = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str):
                        texts.add(c.value)
        for t in e.get("headings", []) + e.get("not_criteria", []):
            if t not in texts:
                err(f"{e['file']}: heading/decoy text not found in any cell: {t!r}")
    for key in index:
        if key not in seen:
            err(f"cells.json record not in expected.json: {key}")
    if not 5 <= len(nfiles) <= 8:
        err(f"{len(nfiles)} files")
    if not 150 <= nvals <= 280:
        err(f"{nvals} values")
    print(f"files {len(nfiles)}, organisations {len(norgs)}, values {nvals}, links {nlinks}")
    if errors:
        for m in errors:
            print("MISMATCH:", m)
        sys.exit(1)
    print("selfcheck OK")


def index_sheet(cells, fname):
    for rec in cells:
        if rec["file"] == fname:
            return rec["sheet"]
    raise KeyError(fname)


if __name__ == "__main__":
    main()
