#!/usr/bin/env python3
"""heldout114 self-check: re-open every typed workbook with openpyxl (data_only=True) and check that every
expected value and link of expected.json is in the cell that cells.json names, read back the way a person
reads it («есть» = 1, «10,70%» = 10.7, 0.052 under a % format = 5.2, «A, B» = «A; B»).  Also checks the set's
shape (5–8 files, 150–300 values), the criterion ids against the catalogue, and that the figures hang
together (parts ≤ wholes, shares = part / whole, ПП total = sum of forms).  Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

UNIT = {}
for line in CRITERIA.read_text(encoding="utf-8").splitlines()[1:]:
    if line.strip():
        f = line.split("\t")
        UNIT[f[0]] = f[2]

errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "есть", "имеется", "1", "+"}
NO = {"нет", "не имеется", "отсутствует", "0", "-", "—"}


def read_value(cell, unit):
    v = cell.value
    fmt = cell.number_format or ""
    if unit == "yesno":
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return int(v)
        s = str(v).strip().lower()
        if s in YES:
            return 1
        if s in NO:
            return 0
        return ("?", v)
    if unit in ("count", "share", "level"):
        if isinstance(v, bool):
            return ("?", v)
        if isinstance(v, (int, float)):
            x = float(v)
            if "%" in fmt:
                x *= 100
            return x
        s = str(v).replace("\u00a0", " ").strip()
        if s.lower() in YES - {"1"}:   # an org's «есть приказ» row of a count_yes criterion
            return 1.0
        if s.lower() in NO - {"0"}:
            return 0.0
        m = re.match(r"^(-?\d+(?:[.,]\d+)?)\s*(%|чел\.?|шт\.?)?$", s)
        if not m:
            return ("?", v)
        return float(m.group(1).replace(",", "."))
    if unit == "list":
        s = str(v)
        parts = [p.strip() for p in re.split(r"[;\n]", s) if p.strip()]
        if len(parts) == 1:
            parts = [p.strip() for p in re.split(r",\s+(?=[«А-ЯA-Z])", s) if p.strip()]
        return "; ".join(parts)
    return str(v).strip()


def same(got, want, unit):
    if isinstance(got, tuple):
        return False
    if unit in ("count", "share", "level"):
        return abs(float(got) - float(want)) < 0.006
    return got == want


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    files = sorted({e["file"] for e in expected})
    on_disk = sorted("typed/" + p.name for p in (HERE / "typed").glob("*.xlsx"))
    if files != on_disk:
        err(f"files in expected.json {files} != files on disk {on_disk}")
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files, want 5–8")
    nvalues = sum(len(e["values"]) for e in expected)
    nlinks = sum(len(e["links"]) for e in expected)
    if not 150 <= nvalues <= 300:
        err(f"{nvalues} values, want 150–300")

    # every expected value / link has exactly one cell, and every cell is expected
    index = {}
    for c in cells:
        key = (c["file"], c["criterion"], c["kind"])
        if key in index:
            err(f"two cells for {key}")
        index[key] = c
    wanted = set()
    for e in expected:
        for k in ("file", "year", "organisation", "values", "links", "not_criteria", "headings"):
            if k not in e:
                err(f"{e.get('file')}: no {k}")
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        for crit, v in e["values"].items():
            if crit not in UNIT:
                err(f"{e['file']}: {crit} is not in the catalogue")
            wanted.add((e["file"], crit, "value"))
            c = index.get((e["file"], crit, "value"))
            if c is None:
                err(f"{e['file']}: no cell for value {crit}")
            elif c["expected"] != v or c["organisation"] != e["organisation"]:
                err(f"{e['file']}: cells.json disagrees on {crit}")
        for crit, url in e["links"].items():
            if crit not in e["values"]:
                err(f"{e['file']}: link for {crit} without its value")
            if not url.startswith("https://"):
                err(f"{e['file']}: odd link {url}")
            wanted.add((e["file"], crit, "link"))
            c = index.get((e["file"], crit, "link"))
            if c is None:
                err(f"{e['file']}: no cell for link {crit}")
            elif c["expected"] != url:
                err(f"{e['file']}: cells.json disagrees on link {crit}")
    for key in index:
        if key not in wanted:
            err(f"cell {key} is in cells.json but not in expected.json")

    # open the workbooks and read the cells back
    books = {}
    for f in files:
        books[f] = load_workbook(HERE / f, data_only=True)
    for c in cells:
        wb = books.get(c["file"])
        if wb is None:
            err(f"{c['file']}: not opened")
            continue
        if c["sheet"] not in wb.sheetnames:
            err(f"{c['file']}: no sheet {c['sheet']}")
            continue
        cell = wb[c["sheet"]][c["cell"]]
        if c["kind"] == "value":
            unit = UNIT[c["criterion"]]
            got = read_value(cell, unit)
            if not same(got, c["expected"], unit):
                err(f"{c['file']} [{c['sheet']}]!{c['cell']} {c['criterion']}: read {got!r}, "
                    f"expected {c['expected']!r}")
        else:
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            text = str(cell.value or "")
            if target != c["expected"] and c["expected"] not in text:
                err(f"{c['file']} [{c['sheet']}]!{c['cell']} link {c['criterion']}: "
                    f"{target!r} / {text!r}, expected {c['expected']!r}")

    # the figures hang together
    for e in expected:
        v = e["values"]
        f = e["file"]

        def le(a, b):
            if a in v and b in v and not v[a] <= v[b]:
                err(f"{f}: {a}={v[a]} > {b}={v[b]}")

        def share(s, num, den):
            if s in v and all(k in v for k in num + den):
                n = sum(v[k] for k in num)
                d = sum(v[k] for k in den)
                if d and abs(round(n * 100 / d, 2) - v[s]) > 0.011:
                    err(f"{f}: {s}={v[s]} but {n}/{d}")
        le("mentees_10_19", "students_10_19")
        le("mentors_15_19", "students_15_19")
        le("students_15_19", "students_10_19")
        le("young_specialists_mentees", "young_specialists")
        le("young_specialists_mentors", "young_specialists")
        le("teachers_other_mentees", "teachers_other")
        le("mentors_15_19", "mentors_total")
        le("teachers_mentors", "mentors_total")
        le("mentees_10_19", "mentees_total")
        cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
                "mentees_other_params"]
        if all(k in v for k in cats) and sum(v[k] for k in cats) > v["mentees_10_19"]:
            err(f"{f}: categories exceed mentees_10_19")
        pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pps) != v["pp_total"]:
            err(f"{f}: pp forms {sum(v[k] for k in pps)} != pp_total {v['pp_total']}")
        share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
        share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
        share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
        share("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
              ["young_specialists", "teachers_other"])
        share("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"])
        share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
        if "partner_list" in v:
            n = len(v["partner_list"].split("; "))
            k = sum(v.get(a, 0) for a in ("agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"))
            if n != k:
                err(f"{f}: {n} partners but {k} agreements")

    for m in errors:
        print("FAIL:", m)
    if errors:
        print(f"selfcheck FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nvalues} values, {nlinks} links, "
          f"{len(cells)} cells checked")


if __name__ == "__main__":
    main()
