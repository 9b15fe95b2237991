#!/usr/bin/env python3
"""Self-check of held-out set 31: re-reads every workbook with openpyxl (independently of make_typed.py)
and checks every expected value and link against its cell. Exit 1 on any mismatch."""
import csv
import json
import os
# The 2023 criteria of the catalogue (no 2024 wording) that the forms' retired rows name: counted as those criteria
# (session 39; the README says why).
RETIRED_COUNTED = {"programmes_total", "iro_mentors", "students_15_19_in_programmes", "trainees_internship", "agreements_iro"}
import re
import sys

import openpyxl
from openpyxl.utils import range_boundaries

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")

errors = []


def err(msg):
    errors.append(msg)


def norm_cell(v):
    """What a methodologist reads from a cell, as the spec's convention."""
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip()
    low = s.lower()
    if low in ("да", "есть", "имеется"):
        return 1.0
    if low in ("нет", "отсутствует"):
        return 0.0
    m = re.fullmatch(r"[-+]?\d+(?:[.,]\d+)?\s*%?", s.replace("\u00a0", "").replace(" ", ""))
    if m:
        return float(s.replace("\u00a0", "").replace(" ", "").rstrip("%").replace(",", "."))
    return s


def same(got, exp):
    if isinstance(exp, (int, float)) and not isinstance(exp, bool):
        return isinstance(got, float) and abs(got - float(exp)) < 1e-9
    return isinstance(got, str) and got == str(exp).strip()


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    crit = {}
    with open(CRITERIA, encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            crit[r["id"]] = r

    books = {}

    def sheet(file, name):
        if file not in books:
            path = os.path.join(HERE, file)
            if not os.path.exists(path):
                err(f"missing file {file}")
                return None
            books[file] = openpyxl.load_workbook(path, data_only=True)
        wb = books[file]
        if name not in wb.sheetnames:
            err(f"{file}: no sheet {name!r}")
            return None
        return wb[name]

    by_key = {}
    for d in cells:
        if d["kind"] in ("value", "link"):
            k = (d["file"], d["kind"], d["criterion"])
            if k in by_key:
                err(f"duplicate cells.json entry {k}")
            by_key[k] = d

    files = set()
    orgs = set()
    nvalues = nlinks = 0
    for e in expected:
        f = e["file"]
        files.add(f)
        if e.get("year") != 2024:
            err(f"{f}: year {e.get('year')}")
        org = e["organisation"]
        orgs.add(org)
        # organisation cell
        oc = [d for d in cells if d["file"] == f and d["kind"] == "organisation"]
        if not oc:
            err(f"{f}: no organisation cell")
        for d in oc:
            ws = sheet(f, d["sheet"])
            if ws is not None and org not in str(ws[d["cell"]].value or ""):
                err(f"{f}: organisation {org!r} not in {d['cell']}")
        # values
        for cid, exp in e["values"].items():
            nvalues += 1
            c = crit.get(cid)
            if c is None:
                err(f"{f}: unknown criterion {cid}")
            elif not c["wording_2024"].strip() and cid not in RETIRED_COUNTED:
                err(f"{f}: {cid} is not a criterion of 2024")
            d = by_key.get((f, "value", cid))
            if d is None:
                err(f"{f}: {cid} has no cell")
                continue
            ws = sheet(f, d["sheet"])
            if ws is None:
                continue
            got = norm_cell(ws[d["cell"]].value)
            if not same(got, exp):
                err(f"{f}!{d['cell']} {cid}: cell {ws[d['cell']].value!r} -> {got!r}, expected {exp!r}")
            if d.get("expected") != exp:
                err(f"{f}: cells.json and expected.json disagree on {cid}")
        # links
        for cid, url in e["links"].items():
            nlinks += 1
            if cid not in e["values"]:
                err(f"{f}: link without value for {cid}")
            if not re.match(r"https://\S+$", url):
                err(f"{f}: bad url {url!r}")
            d = by_key.get((f, "link", cid))
            if d is None:
                err(f"{f}: link of {cid} has no cell")
                continue
            ws = sheet(f, d["sheet"])
            if ws is None:
                continue
            cell = ws[d["cell"]]
            if d.get("link_in") == "hyperlink":
                tgt = cell.hyperlink.target if cell.hyperlink else None
                if tgt != url:
                    err(f"{f}!{d['cell']} {cid}: hyperlink {tgt!r} != {url!r}")
            elif str(cell.value or "").strip() != url:
                err(f"{f}!{d['cell']} {cid}: link cell {cell.value!r} != {url!r}")
            note = d.get("note") or ""
            if note.startswith("merged link cell"):
                rng = note.split()[-1]
                if "{" in rng:
                    err(f"{f}: unresolved merge note {note}")
                    continue
                if rng not in [str(r) for r in ws.merged_cells.ranges]:
                    err(f"{f}: {rng} is not merged")
                vrow = int(re.sub(r"[A-Z]+", "", by_key[(f, "value", cid)]["cell"]))
                c1, r1, c2, r2 = range_boundaries(rng)
                if not (r1 <= vrow <= r2):
                    err(f"{f}: value row {vrow} of {cid} outside merged link {rng}")
            else:
                vcell = by_key[(f, "value", cid)]["cell"]
                if re.sub(r"[A-Z]+", "", vcell) != re.sub(r"[A-Z]+", "", d["cell"]):
                    err(f"{f}: link of {cid} not on the value's row")
        # decoys and headings are in the file
        texts = set()
        if f not in books:
            err(f"{f}: not opened")
            continue
        for ws in books[f].worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, str):
                        texts.add(v.strip())
        for t in e["not_criteria"] + e["headings"]:
            if t.strip() not in texts:
                err(f"{f}: title not found in the workbook: {t!r}")
        # plausibility: parts never larger than their whole; shares consistent with counts
        v = e["values"]

        def chk_le(parts, whole):
            if whole in v and all(p in v for p in parts):
                if sum(v[p] for p in parts) > v[whole]:
                    err(f"{f}: {parts} > {whole}")

        chk_le([k for k in v if k.startswith("pp_") and k != "pp_total"], "pp_total")
        chk_le([k for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                            "mentees_career", "mentees_other_params") if k in v], "mentees_10_19")
        chk_le(["mentees_10_19"], "students_10_19")
        chk_le(["mentors_15_19"], "students_15_19")
        chk_le(["young_specialists_mentees"], "young_specialists")
        chk_le(["teachers_other_mentees"], "teachers_other")
        chk_le([k for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors",
                            "other_org_mentors") if k in v], "mentors_total")
        chk_le([k for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees") if k in v],
               "mentees_total")
        for sh, c in crit.items():
            if c["unit"] != "share" or sh not in v or not c["operands"]:
                continue
            num_s, den_s = c["operands"].split("/")
            nums, dens = num_s.split("+"), den_s.split("+")
            if all(x in v for x in nums + dens):
                den = sum(v[x] for x in dens)
                want = 100.0 * sum(v[x] for x in nums) / den if den else 0.0
                if abs(want - v[sh]) > 0.051:
                    err(f"{f}: {sh}={v[sh]} but counts give {want:.2f}")
    # wording: no more than a third of the value rows copied verbatim from the catalogue
    def nrm(s):
        return re.sub(r"\s+", " ", s.replace("ё", "е")).strip().lower()
    cat = set()
    for c in crit.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if c[k].strip():
                cat.add(nrm(c[k]))
    titles = [d["row_title"] for d in cells if d["kind"] == "value"]
    verb = [t for t in titles if nrm(t) in cat]
    if len(verb) * 3 > len(titles):
        err(f"too many verbatim catalogue wordings: {len(verb)} of {len(titles)}")
    if not (5 <= len(files) <= 8):
        err(f"{len(files)} files")
    if not (150 <= nvalues <= 280):
        err(f"{nvalues} values")
    print(f"files={len(files)} organisations={len(orgs)} values={nvalues} links={nlinks} "
          f"verbatim_wordings={len(verb)}/{len(titles)}")
    if errors:
        for m in errors:
            print("FAIL:", m)
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
