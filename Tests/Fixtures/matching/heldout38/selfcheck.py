#!/usr/bin/env python3
"""Independent check of heldout38: re-reads every workbook with openpyxl and compares each expected value and link
(expected.json) with the cell recorded for it (cells.json).  Exits 1 on any mismatch.

Does not import make_typed.py.  Cell reading rules (the spec's value conventions):
  «Да»/«да» -> 1, «Нет»/«нет» -> 0; a number with a percent number format -> number * 100;
  a text «24,1 %» -> 24.1; other numbers as they are; texts stripped.
"""
import json
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def cell_value(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v).strip()
    low = s.lower()
    if low == "да":
        return 1
    if low == "нет":
        return 0
    if s.endswith("%"):
        try:
            return float(s[:-1].strip().replace(",", "."))
        except ValueError:
            return s
    try:
        f = float(s.replace(",", "."))
        return int(f) if f.is_integer() else f
    except ValueError:
        return s


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-6
    return a == b


def main():
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    with open(os.path.join(HERE, "cells.json"), encoding="utf-8") as fh:
        cells = json.load(fh)

    books = {}

    def book(rel):
        if rel not in books:
            books[rel] = openpyxl.load_workbook(os.path.join(HERE, rel))
        return books[rel]

    # ---- every expected value / link has exactly one cell, and the cell holds it -------------------------------
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    nvals = nlinks = 0
    files = [e["file"] for e in expected]
    if len(files) != len(set(files)):
        err("a file appears twice in expected.json")
    if not 5 <= len(files) <= 8:
        err("number of files %d outside 5..8" % len(files))
    for e in expected:
        rel = e["file"]
        if not os.path.exists(os.path.join(HERE, rel)):
            err("missing workbook %s" % rel)
            continue
        if e["year"] != 2024:
            err("%s: year %r" % (rel, e["year"]))
        wb = book(rel)
        fc = by_file.get(rel, [])
        vcells = {}
        lcells = {}
        for c in fc:
            d = vcells if c["kind"] == "value" else lcells
            if c["criterion"] in d:
                err("%s: two %s cells for %s" % (rel, c["kind"], c["criterion"]))
            d[c["criterion"]] = c
        if set(vcells) != set(e["values"]):
            err("%s: value cells %s vs expected %s" % (rel, sorted(set(vcells) ^ set(e["values"])), ""))
        if set(lcells) != set(e["links"]):
            err("%s: link cells differ from expected links: %s" % (rel, sorted(set(lcells) ^ set(e["links"]))))
        for cid, exp in e["values"].items():
            nvals += 1
            c = vcells.get(cid)
            if not c:
                continue
            if not same(c["expected"], exp):
                err("%s %s: cells.json says %r, expected.json %r" % (rel, cid, c["expected"], exp))
            ws = wb[c["sheet"]]
            got = cell_value(ws[c["cell"]])
            if not same(got, exp):
                err("%s %s!%s (%s): cell gives %r, expected %r" % (rel, c["sheet"], c["cell"], cid, got, exp))
            # the value's column must not be the decoy «2023» column
            col = ws[c["cell"]].column
            for r in range(ws[c["cell"]].row - 1, 0, -1):
                h = ws.cell(row=r, column=col).value
                if isinstance(h, str) and h.strip() in ("2023", "2024", "Значение"):
                    if h.strip() == "2023":
                        err("%s %s: value taken from the 2023 column" % (rel, cid))
                    break
        for cid, url in e["links"].items():
            nlinks += 1
            c = lcells.get(cid)
            if not c:
                continue
            if c["expected"] != url:
                err("%s %s: link in cells.json differs" % (rel, cid))
            kc = wb[c["sheet"]][c["cell"]]
            target = kc.hyperlink.target if kc.hyperlink is not None else None
            if not ((isinstance(kc.value, str) and kc.value.strip() == url) or target == url):
                err("%s %s!%s (%s): link cell %r, expected %r" % (rel, c["sheet"], c["cell"], cid, kc.value, url))
            if not url.startswith("https://"):
                err("%s %s: not an URL %r" % (rel, cid, url))

        # ---- titles: organisation and year in the merged title, headings and decoys present as texts ----------
        texts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str):
                        texts.append(c.value.strip())
        title = " ".join(t for t in texts[:3])
        if e["organisation"] is None:
            if "муниципальн" not in title.lower():
                err("%s: municipal form without a municipal title" % rel)
        elif e["organisation"] not in title:
            err("%s: organisation %r not in the title %r" % (rel, e["organisation"], title))
        if "2024" not in title:
            err("%s: year not in the title" % rel)
        for t in e["headings"] + e["not_criteria"]:
            if t not in texts:
                err("%s: heading / not-criterion %r not found" % (rel, t))
        ws0 = wb.worksheets[0]
        if ws0.page_setup.orientation != "landscape":
            err("%s: not landscape" % rel)

        # ---- plausibility: parts within wholes, shares consistent with their counts ---------------------------
        v = e["values"]

        def le(a, b):
            if a in v and b in v and v[a] > v[b]:
                err("%s: %s=%r > %s=%r" % (rel, a, v[a], b, v[b]))

        le("mentees_10_19", "students_10_19")
        le("mentors_15_19", "students_15_19")
        le("students_15_19", "students_10_19")
        for sub in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                    "mentees_career", "mentees_other_params"):
            le(sub, "mentees_10_19")
        le("young_specialists_mentees", "young_specialists")
        le("young_specialists_mentees", "young_specialists_municipal")
        le("teachers_other_mentees", "teachers_other")
        le("young_specialists_mentors", "young_specialists")
        le("orgs_regulation_teachers", "orgs_total")
        le("orgs_regulation_students", "orgs_total")
        le("mentors_15_19", "mentors_total")
        le("teachers_mentors", "mentors_total")
        le("mentees_10_19", "mentees_total")
        parts = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and parts and sum(v[k] for k in parts) != v["pp_total"]:
            err("%s: pp parts %d != pp_total %d" % (rel, sum(v[k] for k in parts), v["pp_total"]))
        teachers = None
        if "teachers_other" in v and "young_specialists" in v:
            teachers = v["teachers_other"] + v["young_specialists"]
        elif "teachers_municipal" in v:
            teachers = v["teachers_municipal"]
        ys = v.get("young_specialists", v.get("young_specialists_municipal"))
        ratios = {
            "share_mentees_10_19": (v.get("mentees_10_19"), v.get("students_10_19")),
            "share_mentors_15_19": (v.get("mentors_15_19"), v.get("students_15_19")),
            "share_young_specialists_mentees": (v.get("young_specialists_mentees"), ys),
            "share_teachers_mentors": (v.get("teachers_mentors"), teachers),
            "share_young_specialists_mentors": (v.get("young_specialists_mentors"), ys),
            "share_orgs_teachers_system": (v.get("orgs_regulation_teachers"), v.get("orgs_total")),
            "share_orgs_students_system": (v.get("orgs_regulation_students"), v.get("orgs_total")),
        }
        if "teachers_other_mentees" in v and "young_specialists_mentees" in v:
            ratios["share_teachers_mentees"] = (v["teachers_other_mentees"] + v["young_specialists_mentees"], teachers)
        for sid, (a, b) in ratios.items():
            if sid in v and a is not None and b:
                if abs(v[sid] - a / b * 100) > 0.051:
                    err("%s: %s=%r inconsistent with %r/%r" % (rel, sid, v[sid], a, b))
        for sid in ("satisfaction_mentees", "satisfaction_mentors"):
            if sid in v and not 0 <= v[sid] <= 100:
                err("%s: %s=%r" % (rel, sid, v[sid]))

    extra = set(by_file) - set(files)
    if extra:
        err("cells.json names files not in expected.json: %s" % sorted(extra))
    if not 150 <= nvals <= 280:
        err("total values %d outside 150..280" % nvals)

    for m in errors:
        print("FAIL:", m)
    print("checked %d files, %d values, %d links: %s" % (len(files), nvals, nlinks,
                                                          "OK" if not errors else "%d errors" % len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
