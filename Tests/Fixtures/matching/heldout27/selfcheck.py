#!/usr/bin/env python3
"""Self-check of held-out set 30, independent of make_typed.py.

Re-reads every workbook in typed/ with openpyxl and checks, for every entry of expected.json,
that the value / link is really in the cell that cells.json names.  Also checks plausibility
(shares against their counts, parts against wholes), the catalogue (ids exist, level=org) and the
totals of the set.  Exits 1 on any problem.
"""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")

problems = []


def bad(msg):
    problems.append(msg)


def to_number(cell):
    """The value a methodologist reads from a cell (yes/no -> 1/0, shares -> per cent)."""
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    if v is None:
        return None
    s = str(v).replace("\u00a0", " ").replace("\u202f", " ").strip()
    low = s.lower()
    if low.startswith("да"):
        return 1
    if low.startswith("нет"):
        return 0
    if s in ("—", "-", "–"):
        return 0
    m = re.match(r"^(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?", s)
    if not m:
        return None
    whole = m.group(1).replace(" ", "")
    return float(whole + ("." + m.group(2) if m.group(2) else ""))


def text_of(cell):
    v = cell.value
    return None if v is None else str(v).replace("\u00a0", " ").strip()


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    cat = {r["id"]: r for r in csv.DictReader(open(CATALOGUE, encoding="utf-8"), delimiter="\t")}

    books = {}

    def ws_of(file, sheet):
        if file not in books:
            books[file] = load_workbook(os.path.join(HERE, file))
        return books[file][sheet]

    by_key = {}
    for e in cells:
        k = (e["file"], e["kind"], e["criterion"])
        if k in by_key:
            bad(f"cells.json: duplicate entry {k}")
        by_key[k] = e

    n_values = n_links = 0
    orgs = set()
    files = set()
    for f in expected:
        file = f["file"]
        files.add(file)
        if not os.path.exists(os.path.join(HERE, file)):
            bad(f"{file}: missing")
            continue
        if f.get("year") != 2024:
            bad(f"{file}: year {f.get('year')}")
        orgs.add(f["organisation"])
        for crit, exp in f["values"].items():
            n_values += 1
            if crit not in cat:
                bad(f"{file}: unknown criterion {crit}")
            elif cat[crit]["level"] != "org":
                bad(f"{file}: {crit} is not an org-level criterion")
            e = by_key.get((file, "value", crit))
            if not e:
                bad(f"{file}: no cell for value {crit}")
                continue
            if e["expected"] != exp:
                bad(f"{file}: cells.json and expected.json differ for {crit}")
            ws = ws_of(file, e["sheet"])
            cell = ws[e["cell"]]
            if isinstance(cell, MergedCell):
                bad(f"{file}: {crit} points into a merged range ({e['cell']})")
                continue
            if isinstance(exp, str):
                got = text_of(cell)
                if got != exp:
                    bad(f"{file}!{e['cell']} {crit}: text {got!r} != {exp!r}")
            else:
                got = to_number(cell)
                if got is None or abs(got - exp) > 0.005:
                    bad(f"{file}!{e['cell']} {crit}: {cell.value!r} -> {got!r} != {exp!r}")
        for crit, url in f["links"].items():
            n_links += 1
            if crit not in f["values"]:
                bad(f"{file}: link for {crit} without a value")
            e = by_key.get((file, "link", crit))
            if not e:
                bad(f"{file}: no cell for link {crit}")
                continue
            if e["expected"] != url:
                bad(f"{file}: cells.json and expected.json differ for link {crit}")
            cell = ws_of(file, e["sheet"])[e["cell"]]
            how = e.get("how")
            txt = text_of(cell) or ""
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if how == "hyperlink":
                ok = target == url and url not in txt
            elif how == "in_value":
                ok = txt.endswith(url) and len(txt) > len(url)
            else:
                ok = txt == url
            if not ok:
                bad(f"{file}!{e['cell']} link {crit} ({how}): text={txt!r} target={target!r} != {url!r}")
    # every cells.json entry belongs to expected.json
    for (file, kind, crit), e in by_key.items():
        f = next((x for x in expected if x["file"] == file), None)
        if f is None or crit not in f["values" if kind == "value" else "links"]:
            bad(f"cells.json: stray entry {file} {kind} {crit}")

    # plausibility
    for f in expected:
        v = f["values"]
        file = f["file"]
        for crit, row in cat.items():
            if crit in v and row["unit"] == "share" and row["operands"]:
                num_s, den_s = row["operands"].split("/")
                nums, dens = num_s.split("+"), den_s.split("+")
                if all(x in v for x in nums + dens):
                    num = sum(v[x] for x in nums)
                    den = sum(v[x] for x in dens)
                    if den and abs(100 * num / den - v[crit]) > 0.01:
                        bad(f"{file}: {crit}={v[crit]} but {num}/{den}={100 * num / den:.2f}")
            if crit in v and row["unit"] in ("share", "level") and not (0 <= v[crit] <= 100):
                bad(f"{file}: {crit}={v[crit]} out of 0..100")
        parts = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                 ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
                 ("teachers_other_mentees", "teachers_other"), ("young_specialists_mentors", "young_specialists"),
                 ("mentees_10_19", "mentees_total"), ("young_specialists_mentees", "mentees_total"),
                 ("teachers_mentors", "mentors_total"), ("mentors_15_19", "mentors_total")]
        for sub in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                    "mentees_career", "mentees_other_params"):
            parts.append((sub, "mentees_10_19"))
        pp_parts = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        for k in pp_parts:
            parts.append((k, "pp_total"))
        for a, b in parts:
            if a in v and b in v and not isinstance(v[a], str) and v[a] > v[b]:
                bad(f"{file}: {a}={v[a]} > {b}={v[b]}")
        if "pp_total" in v and pp_parts and sum(v[k] for k in pp_parts) > v["pp_total"]:
            bad(f"{file}: sum of pp forms > pp_total")
        mentor_parts = [k for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                    "enterprise_mentors", "other_org_mentors") if k in v]
        if "mentors_total" in v and sum(v[k] for k in mentor_parts) > v["mentors_total"]:
            bad(f"{file}: mentors by origin exceed mentors_total")
        for crit in v:
            if cat.get(crit, {}).get("unit") == "yesno" or cat.get(crit, {}).get("aggregation") == "count_yes":
                if v[crit] not in (0, 1):
                    bad(f"{file}: yes/no {crit}={v[crit]}")

    # wording: how many row titles copy a catalogue wording verbatim
    wordings = set()
    for row in cat.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row[k].strip():
                wordings.add(row[k].strip().lower())
    verbatim = total_rows = 0
    for file in sorted(files):
        wb = books.get(file) or load_workbook(os.path.join(HERE, file))
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and len(c.value) > 15:
                        total_rows += 1
                        if c.value.strip().lower() in wordings:
                            verbatim += 1
    if verbatim * 3 > total_rows:
        bad(f"too many verbatim catalogue wordings: {verbatim}/{total_rows}")

    if not 5 <= len(files) <= 8:
        bad(f"{len(files)} files")
    if not 150 <= n_values <= 280:
        bad(f"{n_values} values")

    print(f"files={len(files)} organisations={len(orgs)} values={n_values} links={n_links} "
          f"verbatim_titles={verbatim}/{total_rows}")
    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
