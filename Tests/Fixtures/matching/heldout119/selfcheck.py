#!/usr/bin/env python3
"""heldout119 self-check.

Re-opens every typed workbook with openpyxl (data_only=True, i.e. formulas give their cached results)
and checks that every value and link of expected.json stands in the cell cells.json names.
Also checks that every expected value / link has at least one cell, that shares are rounded to two
decimals and agree with their numerator and denominator. Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = HERE.parents[3] / "Templates/criteria.tsv"
NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


def read_answer(text):
    t = norm(text).lower()
    if re.match(r"^(да|есть|имеется)\b", t):
        return 1.0
    if re.match(r"^(нет|отсутств)", t):
        return 0.0
    m = NUMBER.search(t)
    return float(m.group().replace(",", ".")) if m else None


def main():
    units, operands = {}, {}
    with open(CRITERIA, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                row = dict(zip(head, line.rstrip("\n").split("\t")))
                units[row["id"]] = row["unit"]
                operands[row["id"]] = row["operands"]
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    by_file = {e["file"]: e for e in expected}

    errors, books, seen = [], {}, set()
    nvc = nlc = 0
    for c in cells:
        where = f'{c["file"]} {c["sheet"]}!{c["cell"]} {c["criterion"]} ({c["kind"]})'
        form = by_file.get(c["file"])
        if form is None:
            errors.append(f"{where}: file not in expected.json")
            continue
        crit, exp = c["criterion"], c["expected"]
        if crit not in units:
            errors.append(f"{where}: not a criterion of the catalogue")
            continue
        table = form["values"] if c["kind"] == "value" else form["links"]
        if table.get(crit) != exp:
            errors.append(f"{where}: cells.json says {exp!r}, expected.json {table.get(crit)!r}")
        path = HERE / c["file"]
        if path not in books:
            books[path] = load_workbook(path, data_only=True)
        cell = books[path][c["sheet"]][c["cell"]]
        v = cell.value
        seen.add((c["file"], crit, c["kind"]))
        if c["kind"] == "link":
            nlc += 1
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if target != exp and not (isinstance(v, str) and exp in v):
                errors.append(f"{where}: link {exp} not found (value {v!r}, target {target!r})")
            continue
        nvc += 1
        if v is None:
            errors.append(f"{where}: empty cell")
            continue
        if units[crit] in ("list", "text"):
            for part in exp.split("; ") if units[crit] == "list" else [exp]:
                if norm(part) not in norm(v):
                    errors.append(f"{where}: {part!r} not in {v!r}")
            continue
        if isinstance(v, bool):
            errors.append(f"{where}: boolean cell {v!r}")
            continue
        if isinstance(v, (int, float)):
            got = float(v) * (100 if "%" in (cell.number_format or "") else 1)
        else:
            frag = c.get("fragment")
            if frag is None or norm(frag) not in norm(v):
                errors.append(f"{where}: text cell {v!r} without its fragment {frag!r}")
                continue
            got = read_answer(frag)
        if got is None or abs(got - float(exp)) > 0.005:
            errors.append(f"{where}: cell gives {got!r}, expected {exp!r} (cell {v!r})")

    for form in expected:
        fv = form["values"]
        for crit in fv:
            if (form["file"], crit, "value") not in seen:
                errors.append(f'{form["file"]}: value {crit} has no cell')
        for crit in form["links"]:
            if (form["file"], crit, "link") not in seen:
                errors.append(f'{form["file"]}: link {crit} has no cell')
            if crit not in fv:
                errors.append(f'{form["file"]}: link {crit} without a value')
        if form["year"] != 2024:
            errors.append(f'{form["file"]}: year {form["year"]}')
        for crit, v in fv.items():
            if units[crit] in ("share", "level") and round(v, 2) != v:
                errors.append(f'{form["file"]}: {crit} not rounded to 2 decimals: {v}')
            if units[crit] == "yesno" and v not in (0, 1):
                errors.append(f'{form["file"]}: {crit} yes/no is {v}')
            # a share agrees with its own operands where the form gives them
            op = operands.get(crit, "")
            if units[crit] == "share" and op:
                num, den = op.split("/")
                nums, dens = num.split("+"), den.split("+")
                if all(n in fv for n in nums) and all(d in fv for d in dens):
                    a, b = sum(fv[n] for n in nums), sum(fv[d] for d in dens)
                    if b and abs(a / b * 100 - v) > 0.06:
                        errors.append(f'{form["file"]}: {crit}={v} but {op} = {a}/{b}')
        # parts are not larger than their wholes
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("young_specialists_mentors", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"), ("teachers_mentors", "teachers_municipal"),
                            ("orgs_regulation_teachers", "orgs_total"), ("students_15_19", "students_10_19")):
            if part in fv and whole in fv and fv[part] > fv[whole]:
                errors.append(f'{form["file"]}: {part}={fv[part]} > {whole}={fv[whole]}')

    for e in errors:
        print("FAIL", e)
    nv = sum(len(f["values"]) for f in expected)
    nl = sum(len(f["links"]) for f in expected)
    print(f'selfcheck {"FAILED" if errors else "OK"}: {len({f["file"] for f in expected})} files, '
          f"{len(expected)} forms, {nv} values, {nl} links; {nvc} value cells and {nlc} link cells checked, "
          f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
