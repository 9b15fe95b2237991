#!/usr/bin/env python3
"""Self-check of held-out set 45, independent of make_typed.py.

Re-reads every workbook with openpyxl and checks
  * every expected value against its cell (cells.json): the typed answer ('fragment') must occur in the cell and
    read as the expected value (да/имеется/есть/утверждено -> 1, нет -> 0, otherwise the first number; numeric cells
    with a percent format are read x100; texts must match exactly);
  * every expected link: it must be the first URL typed in its cell;
  * expected.json and cells.json describe the same values and links (nothing missing, nothing extra);
  * the organisation's name is in the file (a cell, or the sheet's tab) and the year 2024 is in the file or its name;
    for the file whose year is only in its name, no year at all is typed inside;
  * shares agree with their counts, parts are not larger than their wholes;
  * decoys (not_criteria) and headings are really typed in the file and carry no expected value.
Exits 1 on any mismatch.
"""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
YES = ("да", "имеется", "есть", "утвержден", "утверждено", "утверждён")
NO = ("нет", "отсутств")
URL = re.compile(r"https?://[^\s]+")
errors = []


def err(msg):
    errors.append(msg)


def cell_text(v):
    return "" if v is None else str(v)


def read_answer(fragment):
    s = fragment.strip().lower()
    for w in YES:
        if s.startswith(w):
            return 1
    for w in NO:
        if s.startswith(w):
            return 0
    m = re.search(r"\d+(?:[.,]\d+)?", s)
    if not m:
        return None
    x = float(m.group(0).replace(",", "."))
    return int(x) if x.is_integer() else x


def same_number(a, b):
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    books = {}

    def book(fn):
        if fn not in books:
            books[fn] = load_workbook(os.path.join(HERE, fn))
        return books[fn]

    # ---- each cell entry against the workbook
    seen = {}
    for c in cells:
        key = (c["file"], c["criterion"], c["kind"])
        if key in seen:
            err(f"duplicate cell entry {key}")
        seen[key] = c["expected"]
        ws = book(c["file"])[c["sheet"]]
        cell = ws[c["cell"]]
        v = cell.value
        where = f'{c["file"]}!{c["sheet"]}!{c["cell"]} [{c["criterion"]}/{c["kind"]}]'
        if c["kind"] == "link":
            urls = URL.findall(cell_text(v))
            if not urls or urls[0] != c["expected"]:
                err(f"{where}: first URL {urls[:1]} != {c['expected']}")
            continue
        exp = c["expected"]
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            got = v * 100 if "%" in (cell.number_format or "") else v
            if not same_number(round(got, 4), exp):
                err(f"{where}: numeric cell {v} ({cell.number_format}) reads {got} != {exp}")
            continue
        text = cell_text(v)
        frag = c.get("fragment")
        if frag is None or frag not in text:
            err(f"{where}: fragment {frag!r} not in cell {text!r}")
            continue
        if isinstance(exp, str):
            if frag.strip() != exp:
                err(f"{where}: text {frag!r} != {exp!r}")
        else:
            got = read_answer(frag)
            if got is None or not same_number(got, exp):
                err(f"{where}: answer {frag!r} reads {got} != {exp}")

    # ---- expected.json vs cells.json, organisation, year, decoys, arithmetic
    count_v = count_l = 0
    for e in expected:
        fn = e["file"]
        wb = book(fn)
        texts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        texts.append(cell_text(c.value))
        alltext = "\n".join(texts)
        tabs = [ws.title for ws in wb.worksheets]
        for cid, val in e["values"].items():
            count_v += 1
            if seen.get((fn, cid, "value"), object()) != val:
                err(f"{fn}: value {cid}={val} has no matching cell entry")
        for cid, url in e["links"].items():
            count_l += 1
            if cid not in e["values"]:
                err(f"{fn}: link for {cid} without a value")
            if seen.get((fn, cid, "link")) != url:
                err(f"{fn}: link {cid} has no matching cell entry")
        for (f2, cid, kind) in seen:
            if f2 == fn and cid not in (e["values"] if kind == "value" else e["links"]):
                err(f"{fn}: cell entry {cid}/{kind} not in expected.json")
        org = e["organisation"]
        if org not in alltext and org not in tabs:
            err(f"{fn}: organisation {org!r} not found in cells or sheet tabs")
        if e["year"] != 2024:
            err(f"{fn}: year {e['year']}")
        if "2024" not in alltext and "2024" not in os.path.basename(fn):
            err(f"{fn}: year 2024 nowhere")
        if "2024" not in alltext:
            # the year-only-in-the-file-name case: no year of any kind inside
            if re.search(r"20\d\d", alltext):
                err(f"{fn}: a year is typed inside although the year should be only in the file name")
        for t in e["not_criteria"] + e["headings"]:
            if not any(t in x for x in texts):
                err(f"{fn}: decoy/heading {t!r} not typed in the file")
        v = e["values"]

        def share(sid, num, den, tol=0.051):
            if sid in v:
                n = sum(v[x] for x in num)
                d = sum(v[x] for x in den)
                if abs(100.0 * n / d - v[sid]) > tol:
                    err(f"{fn}: {sid}={v[sid]} but counts give {100.0 * n / d:.3f}")

        share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
        share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
        share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
        share("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
              ["teachers_other", "young_specialists"])
        share("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"])
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other")):
            if part in v and whole in v and v[part] > v[whole]:
                err(f"{fn}: {part} > {whole}")
        pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if pps and sum(v[k] for k in pps) > v.get("pp_total", 10 ** 9):
            err(f"{fn}: personalised programmes by form exceed pp_total")

    if not (150 <= count_v <= 280):
        err(f"total values {count_v} outside 150-280")
    if not (5 <= len(expected) <= 8):
        err(f"{len(expected)} files")
    print(f"files={len(expected)} values={count_v} links={count_l} cell entries={len(cells)}")
    if errors:
        for m in errors:
            print("FAIL:", m)
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
