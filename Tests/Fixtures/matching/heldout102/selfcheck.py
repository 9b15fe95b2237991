#!/usr/bin/env python3
"""heldout102 self-check: re-open every typed file with openpyxl (data_only=True) and check that every
expected value and link of expected.json sits in the cell cells.json names.  Exit 1 on any mismatch."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
YES = {"да", "имеется", "есть", "+", "1", "утверждено"}
NO = {"нет", "не имеется", "отсутствует", "-", "–", "0"}


def norm_text(s):
    return re.sub(r"\s+", " ", str(s).replace("\u00a0", " ")).strip()


def as_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100.0
        return float(v)
    if isinstance(v, str):
        t = norm_text(v).lower()
        if t in YES:
            return 1.0
        if t in NO:
            return 0.0
        t = t.replace("%", "").replace("чел.", "").replace(" ", "").replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def main():
    expected = json.load(open(HERE / "expected.json", encoding="utf-8"))
    cells = json.load(open(HERE / "cells.json", encoding="utf-8"))["cells"]
    books = {}
    errors = []

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    # every expected value/link has exactly one cell entry, with the same expected value
    index = {}
    for c in cells:
        key = (c["file"], c["sheet"], c["criterion"], c["kind"])
        if key in index:
            errors.append("duplicate cell entry %r" % (key,))
        index[key] = c
    n_values = n_links = 0
    for form in expected:
        sheets = {c["sheet"] for c in cells if c["file"] == form["file"]}
        assert len(sheets) == 1 or "sheet" in form, form["file"]
        sh = form.get("sheet") or next(iter(sheets))
        for kind, table in (("value", form["values"]), ("link", form["links"])):
            for crit, exp in table.items():
                c = index.get((form["file"], sh, crit, kind))
                if c is None:
                    errors.append("%s: no cell for %s %s" % (form["file"], kind, crit))
                elif c["expected"] != exp:
                    errors.append("%s: cells.json and expected.json differ for %s %s" % (form["file"], kind, crit))
                if kind == "value":
                    n_values += 1
                else:
                    n_links += 1
        for crit in form["links"]:
            if crit not in form["values"]:
                errors.append("%s: link without value for %s" % (form["file"], crit))

    # each cell holds what it should
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        exp = c["expected"]
        if c["kind"] == "link":
            ok = (cell.value == exp or (cell.hyperlink is not None and cell.hyperlink.target == exp))
            if not ok:
                errors.append("%s %s!%s link %s: got %r / %r" % (c["file"], c["sheet"], c["cell"], c["criterion"],
                                                                cell.value, cell.hyperlink and cell.hyperlink.target))
            continue
        if isinstance(exp, str):
            if norm_text(cell.value) != norm_text(exp):
                errors.append("%s %s!%s %s: got %r, want %r" % (c["file"], c["sheet"], c["cell"], c["criterion"],
                                                               cell.value, exp))
            continue
        got = as_number(cell)
        if got is None or abs(got - exp) > 0.006:
            errors.append("%s %s!%s %s: got %r (%s), want %r" % (c["file"], c["sheet"], c["cell"], c["criterion"],
                                                                 cell.value, cell.number_format, exp))

    # consistency of shares with their operands, where the form gives both
    ratios = {
        "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
        "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
        "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
        "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                   ["teachers_other", "young_specialists"]),
        "share_orgs_teachers_system": (["orgs_regulation_teachers"], ["orgs_total"]),
        "share_orgs_students_system": (["orgs_regulation_students"], ["orgs_total"]),
    }
    for form in expected:
        v = form["values"]
        for s, (num, den) in ratios.items():
            if s in v and all(k in v for k in num + den):
                calc = round(100.0 * sum(v[k] for k in num) / sum(v[k] for k in den) + 1e-12, 2)
                if abs(calc - v[s]) > 0.006:
                    errors.append("%s: %s = %s, operands give %s" % (form["file"], s, v[s], calc))

    files = {f["file"] for f in expected}
    for p in (HERE / "typed").glob("*.xlsx"):
        if "typed/" + p.name not in files:
            errors.append("typed file not in expected.json: " + p.name)

    for e in errors:
        print("MISMATCH", e)
    print("selfcheck: %d files, %d forms, %d values, %d links checked, %d errors"
          % (len(files), len(expected), n_values, n_links, len(errors)))
    if errors:
        print("FAIL")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
