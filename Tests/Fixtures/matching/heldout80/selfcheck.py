#!/usr/bin/env python3
"""heldout80 self-check: re-open every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and check that every expected value and link is in the cell cells.json names, that the cell sits in
the «(факт)» column of its sheet, that links are plain text (no hyperlink), that every criterion exists in
criteria.tsv, that not_criteria and headings are typed on the sheet, and that the 2024 figures are consistent
(parts ≤ wholes, shares = part / whole). Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = HERE.parents[3] / "Templates/criteria.tsv"

errors = []


def err(msg):
    errors.append(msg)


def load_units():
    units = {}
    for line in CRITERIA_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        p = line.split("\t")
        units[p[0]] = p[2]
    return units


def norm_list(s):
    return [x.strip() for x in re.split(r"[;\n]", s) if x.strip()]


def fact_column(ws):
    """Column letter whose header (first 12 rows) says «31.12.2024 (факт)»."""
    for row in ws.iter_rows(min_row=1, max_row=12):
        for c in row:
            if isinstance(c.value, str) and "31.12.2024" in c.value and "факт" in c.value:
                return c.column_letter
    return None


def texts_of(ws):
    out = set()
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                out.add(c.value.strip())
    return out


def main():
    units = load_units()
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    by_key = {}
    for c in cells:
        k = (c["file"], c["criterion"], c["kind"])
        if k in by_key:
            err(f"duplicate cells.json entry {k}")
        by_key[k] = c

    books = {}
    n_values = n_links = 0
    used = set()
    for e in expected:
        f = e["file"]
        if e.get("year") != 2024:
            err(f"{f}: year {e.get('year')}")
        path = HERE / f
        if not path.exists():
            err(f"{f}: missing"); continue
        if f not in books:
            books[f] = openpyxl.load_workbook(path, data_only=True)
        wb = books[f]
        sheets = {c["sheet"] for c in cells if c["file"] == f}
        if len(sheets) != 1:
            err(f"{f}: cells on {sheets}")
        ws = wb[next(iter(sheets))]
        fcol = fact_column(ws)
        if not fcol:
            err(f"{f}: no «31.12.2024 (факт)» header")
        txt = texts_of(ws)
        if e["organisation"] not in txt:
            err(f"{f}: organisation {e['organisation']!r} not typed on the sheet")
        for h in e["headings"]:
            if h not in txt:
                err(f"{f}: heading {h!r} not on the sheet")
        for t in e["not_criteria"]:
            if t not in txt:
                err(f"{f}: not_criteria {t!r} not on the sheet")

        for crit, ev in e["values"].items():
            n_values += 1
            if crit not in units:
                err(f"{f}: unknown criterion {crit}"); continue
            c = by_key.get((f, crit, "value"))
            if not c:
                err(f"{f}: no cell for {crit}"); continue
            used.add((f, crit, "value"))
            if c["expected"] != ev:
                err(f"{f}: cells.json {crit} {c['expected']!r} != expected.json {ev!r}")
            cell = wb[c["sheet"]][c["cell"]]
            if fcol and re.match(r"[A-Z]+", c["cell"]).group(0) != fcol:
                err(f"{f}: {crit} in {c['cell']}, not in the fact column {fcol}")
            v = cell.value
            u = units[crit]
            if u in ("share", "level"):
                if not isinstance(v, (int, float)) or "%" not in cell.number_format:
                    err(f"{f} {c['cell']}: {crit} {v!r} fmt {cell.number_format!r} is no percent-formatted fraction")
                elif round(v * 100, 2) != ev:
                    err(f"{f} {c['cell']}: {crit} {v!r} -> {round(v * 100, 2)} != {ev}")
            elif u == "list":
                if not isinstance(v, str) or norm_list(v) != norm_list(ev):
                    err(f"{f} {c['cell']}: {crit} list {v!r} != {ev!r}")
                if "; ".join(norm_list(v or "")) != ev:
                    err(f"{f} {c['cell']}: {crit} list not joined as «A; B»")
            elif u == "text":
                if not isinstance(v, str) or v.strip() != ev:
                    err(f"{f} {c['cell']}: {crit} text {v!r} != {ev!r}")
            else:
                if not isinstance(v, (int, float)) or isinstance(v, bool) or v != ev:
                    err(f"{f} {c['cell']}: {crit} {v!r} != {ev!r}")
                if u == "yesno" or crit.startswith("orgs_") or crit == "internal_monitoring_notes":
                    if v not in (0, 1):
                        err(f"{f} {c['cell']}: {crit} yes/no {v!r}")

        for crit, link in e["links"].items():
            n_links += 1
            if crit not in e["values"]:
                err(f"{f}: link for {crit} without a value")
            c = by_key.get((f, crit, "link"))
            if not c:
                err(f"{f}: no link cell for {crit}"); continue
            used.add((f, crit, "link"))
            cell = wb[c["sheet"]][c["cell"]]
            if cell.value != link or c["expected"] != link:
                err(f"{f} {c['cell']}: link {cell.value!r} != {link!r}")
            if not link.startswith("https://"):
                err(f"{f} {c['cell']}: not a URL {link!r}")
            if cell.hyperlink is not None:
                err(f"{f} {c['cell']}: link is a hyperlink, should be plain text")
            vc = by_key.get((f, crit, "value"))
            if vc and re.sub(r"[A-Z]+", "", vc["cell"]) != re.sub(r"[A-Z]+", "", c["cell"]):
                err(f"{f}: link of {crit} not on the value's row")

        check_consistency(f, e["values"])

    for k in by_key:
        if k not in used:
            err(f"cells.json entry not in expected.json: {k}")

    if not (150 <= n_values <= 300):
        err(f"{n_values} values, outside 150–300")
    print(f"{len(expected)} forms, {n_values} values, {n_links} links checked")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("selfcheck OK")


def check_consistency(f, v):
    def g(k):
        return v.get(k)

    def le(a, b):
        if g(a) is not None and g(b) is not None and g(a) > g(b):
            err(f"{f}: {a}={g(a)} > {b}={g(b)}")

    def share(s, num, den):
        if g(s) is None:
            return
        n = sum(g(x) for x in num) if all(g(x) is not None for x in num) else None
        d = sum(g(x) for x in den) if all(g(x) is not None for x in den) else None
        if n is None or d is None:
            err(f"{f}: share {s} without its counts"); return
        if abs(round(100 * n / d, 2) - g(s)) > 0.011:
            err(f"{f}: {s}={g(s)} but {n}/{d} = {100 * n / d:.4f}")

    for p, w in [("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                 ("young_specialists_mentors", "young_specialists"), ("teachers_mentors", "teachers_municipal"),
                 ("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                 ("students_15_19", "students_10_19"), ("mentees_gifted", "mentees_10_19"),
                 ("kpk_trained", "teachers_municipal"), ("teachers_in_pp", "teachers_municipal"),
                 ("pp_pupil_pupil", "pp_total"), ("pp_teacher_teacher", "pp_total"),
                 ("teachers_mentors", "mentors_total"), ("mentors_15_19", "mentors_total"),
                 ("mentees_10_19", "mentees_total")]:
        le(p, w)
    if g("teachers_municipal") is not None and g("teachers_other") is not None and g("young_specialists") is not None:
        if g("teachers_municipal") != g("teachers_other") + g("young_specialists"):
            err(f"{f}: teachers_municipal != teachers_other + young_specialists")
    parts = ["mentees_risk", "mentees_disabled", "mentees_low_motivation", "mentees_career", "mentees_other_params"]
    if g("mentees_10_19") is not None and sum(g(p) or 0 for p in parts) != g("mentees_10_19"):
        err(f"{f}: reasons do not add up to mentees_10_19")
    forms = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil", "pp_student_pupil",
             "pp_other"]
    if g("pp_total") is not None and sum(g(p) or 0 for p in forms) != g("pp_total"):
        err(f"{f}: forms do not add up to pp_total")
    share("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
          ["teachers_other", "young_specialists"])
    share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
    share("share_teachers_mentors", ["teachers_mentors"], ["teachers_municipal"])
    share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
    share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
    for s in ("satisfaction_mentees", "satisfaction_mentors"):
        if g(s) is not None and not (0 <= g(s) <= 100):
            err(f"{f}: {s}={g(s)}")


if __name__ == "__main__":
    main()
