#!/usr/bin/env python3
"""Independent check of heldout32: re-reads every workbook with openpyxl and compares each expected value and link
(expected.json) with the cell that cells.json names.  Exits 1 on any mismatch."""
import csv
import json
import os
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")
YES = {"да", "имеется", "есть"}
NO = {"нет", "отсутствует"}

errors = []


def err(msg):
    errors.append(msg)


def normalise(cell):
    """what a methodologist reads from the cell, in the expected.json conventions."""
    v = cell.value
    if isinstance(v, str):
        t = v.strip()
        if t.lower() in YES:
            return 1
        if t.lower() in NO:
            return 0
        return t
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}

    index = {}
    for c in cells:
        key = (c["file"], c["kind"], c["criterion"])
        if key in index:
            err(f"duplicate cells.json entry {key}")
        index[key] = c

    books = {}
    n_values = n_links = 0
    orgs = set()
    for e in expected:
        path = os.path.join(HERE, e["file"])
        if not os.path.exists(path):
            err(f"missing file {path}")
            continue
        if e["file"] not in books:
            books[e["file"]] = load_workbook(path)
        wb = books[e["file"]]
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        # organisation: in a cell of the sheet or in the file name
        org = e["organisation"]
        orgs.add(org)
        texts = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
        fname = os.path.basename(e["file"]).replace("_", " ")
        if not any(org in t for t in texts) and org not in fname:
            err(f"{e['file']}: organisation {org!r} not found in the sheet nor in the file name")

        for cid, val in e["values"].items():
            n_values += 1
            if cid not in cat:
                err(f"{e['file']}: {cid} not in catalogue")
            elif cat[cid]["level"] != "org":
                err(f"{e['file']}: {cid} is not an org-level criterion")
            c = index.get((e["file"], "value", cid))
            if c is None:
                err(f"{e['file']}: no cell for value {cid}")
                continue
            got = normalise(wb[c["sheet"]][c["cell"]])
            if not same(got, val):
                err(f"{e['file']} {c['sheet']}!{c['cell']} {cid}: cell gives {got!r}, expected {val!r}")
        for cid, url in e["links"].items():
            n_links += 1
            if cid not in e["values"]:
                err(f"{e['file']}: link for {cid} without a value")
            c = index.get((e["file"], "link", cid))
            if c is None:
                err(f"{e['file']}: no cell for link {cid}")
                continue
            got = wb[c["sheet"]][c["cell"]].value
            if got != url or not str(got).startswith("https://"):
                err(f"{e['file']} {c['sheet']}!{c['cell']} link {cid}: {got!r} != {url!r}")

        # plausibility: shares consistent with their counts, parts not larger than wholes
        vals = e["values"]
        for cid, row in cat.items():
            if row["unit"] != "share" or cid not in vals or not row["operands"]:
                continue
            num_s, den_s = row["operands"].split("/")
            num_ids, den_ids = num_s.split("+"), den_s.split("+")
            if all(i in vals for i in num_ids + den_ids):
                num = sum(vals[i] for i in num_ids)
                den = sum(vals[i] for i in den_ids)
                if den and abs(vals[cid] - 100.0 * num / den) > 0.01:
                    err(f"{e['file']}: {cid}={vals[cid]} but {num}/{den}")
        for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("students_15_19_in_programmes", "students_15_19"),
                            ("mentors_15_19", "students_15_19_in_programmes"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("young_specialists_mentors", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"), ("mentees_gifted", "mentees_10_19"),
                            ("mentees_risk", "mentees_10_19"), ("pp_pupil_pupil", "pp_total")]:
            if part in vals and whole in vals and vals[part] > vals[whole]:
                err(f"{e['file']}: {part}={vals[part]} > {whole}={vals[whole]}")
        forms = [k for k in vals if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in vals and forms and sum(vals[k] for k in forms) > vals["pp_total"]:
            err(f"{e['file']}: personalised programmes by form exceed pp_total")

    # every cells.json entry belongs to an expected value or link
    exp_keys = {(e["file"], "value", k) for e in expected for k in e["values"]} | \
               {(e["file"], "link", k) for e in expected for k in e["links"]}
    for key in index:
        if key not in exp_keys:
            err(f"cells.json entry without expectation: {key}")

    nfiles = len({e["file"] for e in expected})
    if not 5 <= nfiles <= 8:
        err(f"{nfiles} files (need 5–8)")
    if not 150 <= n_values <= 280:
        err(f"{n_values} values (need 150–280)")
    print(f"files={nfiles} organisations={len(orgs)} values={n_values} links={n_links}")
    if errors:
        print("\n".join("FAIL " + m for m in errors))
        sys.exit(1)
    print("selfcheck OK")


if __name__ == "__main__":
    main()
