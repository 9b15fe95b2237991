#!/usr/bin/env python3
"""Re-open every typed file independently and check expected.json / cells.json against it.

* every expected value and link sits in the cell cells.json names (data_only=True);
* every expected value / link has exactly one cell, and every cell belongs to an expected entry;
* the summary agrees with the list of pairs on the same sheet (distinct mentors, mentees);
* shares in a form equal their parts; totals of the set are within the conventions.
Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
SHARES = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["young_specialists_mentees", "teachers_other_mentees"],
                               ["young_specialists", "teachers_other"]),
    "share_teachers_mentors": (["teachers_mentors"], ["young_specialists", "teachers_other"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
PERCENTISH = set(SHARES) | {"satisfaction_mentees", "satisfaction_mentors"}
YES = {"да", "1", "имеется", "есть", "yes"}
NO = {"нет", "0", "не имеется", "отсутствует", "no"}

errors = []


def err(msg):
    errors.append(msg)


def num_of(cell, crit):
    v = cell.value
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        x = float(v)
        if crit in PERCENTISH and "%" in (cell.number_format or ""):
            x *= 100
        return x
    if isinstance(v, str):
        t = v.strip().lower()
        if t in YES:
            return 1.0
        if t in NO:
            return 0.0
        m = re.search(r"-?\d+(?:[.,]\d+)?", t)
        if m:
            return float(m.group(0).replace(",", "."))
    return None


def items(s):
    return sorted(x.strip() for x in re.split(r"[;\n]|,\s(?=[А-ЯA-Z])", s) if x.strip())


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells = cj["cells"]
    books = {}

    def sheet(f, s):
        if f not in books:
            books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
        return books[f][s]

    # coverage both ways
    seen = {}
    for c in cells:
        key = (c["file"], c["criterion"], c["kind"])
        if key in seen:
            err(f"two cells for {key}")
        seen[key] = c
    exp_keys = set()
    for e in expected:
        if e.get("year") != 2024:
            err(f"{e['file']}: year {e.get('year')}")
        for crit in e["values"]:
            exp_keys.add((e["file"], crit, "value"))
        for crit in e["links"]:
            exp_keys.add((e["file"], crit, "link"))
            if crit not in e["values"]:
                err(f"{e['file']}: link without value for {crit}")
    for k in exp_keys - set(seen):
        err(f"no cell for {k}")
    for k in set(seen) - exp_keys:
        err(f"cell not in expected.json: {k}")

    by_file = {e["file"]: e for e in expected}
    for c in cells:
        e = by_file.get(c["file"])
        if e is None:
            err(f"cells.json names an unknown file {c['file']}")
            continue
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        crit = c["criterion"]
        if c["kind"] == "value":
            want = e["values"][crit]
            if want != c["expected"]:
                err(f"{c['file']} {crit}: cells.json {c['expected']!r} != expected.json {want!r}")
            if isinstance(want, str):
                got = cell.value if isinstance(cell.value, str) else ""
                if items(got) != items(want):
                    err(f"{c['file']} {c['cell']} {crit}: {got!r} vs {want!r}")
            else:
                got = num_of(cell, crit)
                if got is None or abs(got - float(want)) > 0.006:
                    err(f"{c['file']} {c['cell']} {crit}: cell {cell.value!r} -> {got} vs {want}")
        else:
            want = e["links"][crit]
            target = cell.hyperlink.target if cell.hyperlink else None
            text = cell.value if isinstance(cell.value, str) else None
            if want not in (target, text):
                err(f"{c['file']} {c['cell']} link {crit}: {target!r}/{text!r} vs {want}")

    # the list of pairs agrees with the summary
    for li in cj["lists"]:
        e = by_file[li["file"]]
        ws = sheet(li["file"], li["sheet"])
        mentors, mentees, qty = set(), set(), 0
        for r in range(li["first_row"], li["last_row"] + 1):
            m = ws.cell(row=r, column=li["mentor_col"]).value
            if isinstance(m, str) and m.strip():
                mentors.add(m.strip())
            n = ws.cell(row=r, column=li["mentee_col"]).value
            if isinstance(n, str) and n.strip():
                mentees.add(n.strip())
            if li["qty_col"]:
                qty += int(ws.cell(row=r, column=li["qty_col"]).value)
        n_mentees = qty if li["qty_col"] else len(mentees)
        if len(mentors) != e["values"].get("mentors_total"):
            err(f"{li['file']}: list has {len(mentors)} mentors, summary {e['values'].get('mentors_total')}")
        if n_mentees != e["values"].get("mentees_total"):
            err(f"{li['file']}: list has {n_mentees} mentees, summary {e['values'].get('mentees_total')}")
        pp = e["values"].get("pp_total")
        if pp is not None and pp != li["last_row"] - li["first_row"] + 1:
            err(f"{li['file']}: pp_total {pp} but {li['last_row'] - li['first_row'] + 1} list rows")

    # shares equal their parts; parts within wholes
    for e in expected:
        v = e["values"]
        for s, (num, den) in SHARES.items():
            if s in v and all(x in v for x in num + den):
                d = sum(v[x] for x in den)
                calc = round(100.0 * sum(v[x] for x in num) / d, 2) if d else 0.0
                if abs(calc - v[s]) > 0.006:
                    err(f"{e['file']}: {s} {v[s]} != {calc}")
        pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pps) != v["pp_total"]:
            err(f"{e['file']}: pp parts {sum(v[k] for k in pps)} != pp_total {v['pp_total']}")
        cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                "mentees_career", "mentees_other_params"]
        if all(k in v for k in cats) and sum(v[k] for k in cats) != v["mentees_10_19"]:
            err(f"{e['file']}: categories do not add up to mentees_10_19")
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other")):
            if part in v and whole in v and v[part] > v[whole]:
                err(f"{e['file']}: {part} > {whole}")

    nfiles = len(expected)
    nvals = sum(len(e["values"]) for e in expected)
    nlinks = sum(len(e["links"]) for e in expected)
    if not 5 <= nfiles <= 8:
        err(f"{nfiles} files")
    if not 150 <= nvals <= 300:
        err(f"{nvals} values")
    for f in sorted({c["file"] for c in cells}):
        if not (HERE / f).exists():
            err(f"missing {f}")

    for m in errors:
        print("FAIL:", m)
    status = "FAILED" if errors else "OK"
    print(f"selfcheck {status}: files {nfiles}, forms {nfiles}, values {nvals}, links {nlinks}, "
          f"cells {len(cells)}, errors {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
