#!/usr/bin/env python3
"""Independent check of held-out set 42.

Re-reads every workbook with openpyxl (formulas and cached values), and checks
  * every value of expected.json against its cell in cells.json (numbers, shares
    in per cent, yes/no, texts), reading the cell the way a careful person would:
    booleans and ИСТИНА/ЛОЖЬ/да/нет -> 1/0, digits stored as text, «чел.»,
    non-breaking spaces, decimal commas, percent formats (x100), formula caches;
  * every link against its cell (hyperlink target or the text), after repairing
    what autocorrect did («https:// », a trailing «.» or «)», a sentence around it);
  * every excluded cell really is untrustworthy (a date, «½», or a formula without
    a cached value), and no expected value is recorded for it;
  * expected.json and cells.json agree one to one; totals are in the spec's range.
Exits 1 on any mismatch.
"""
import datetime
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_number(cell):
    """What a careful reader takes from a value cell; None if not a number / yes-no."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, (datetime.datetime, datetime.date)):
        return None
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    s = str(v).replace("\u00a0", " ").strip()
    low = s.lower()
    if low in ("да", "истина"):
        return 1
    if low in ("нет", "ложь"):
        return 0
    s2 = re.sub(r"\s*чел\.?$", "", s).replace(" ", "")
    pct = s2.endswith("%")
    s2 = s2.rstrip("%").replace(",", ".")
    if re.fullmatch(r"-?\d+(\.\d+)?", s2):
        x = float(s2)
        return x
    return None


def read_link(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        raw = cell.hyperlink.target
    else:
        raw = "" if cell.value is None else str(cell.value)
    m = re.search(r"https?://\s*\S+", raw)
    if not m:
        return None
    url = re.sub(r"^(https?://)\s+", r"\1", m.group(0))
    url = url.rstrip(".,;)")
    return url


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cj = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    cells = cj["cells"]

    books = {}

    def sheets(file, sheet):
        if file not in books:
            p = os.path.join(HERE, file)
            books[file] = (openpyxl.load_workbook(p, data_only=True), openpyxl.load_workbook(p, data_only=False))
        wv, wf = books[file]
        return wv[sheet], wf[sheet]

    seen_v, seen_l = {}, {}
    for c in cells:
        ws_v, ws_f = sheets(c["file"], c["sheet"])
        cv, cf = ws_v[c["cell"]], ws_f[c["cell"]]
        where = f'{c["file"]}!{c["cell"]} ({c.get("criterion")})'
        if c["kind"] == "value":
            exp = c["expected"]
            seen_v[(c["file"], c["criterion"])] = exp
            if isinstance(exp, str):
                got = None if cv.value is None else str(cv.value).strip()
                if got != exp:
                    err(f"{where}: text {got!r} != {exp!r}")
            else:
                got = read_number(cv)
                if got is None or abs(got - exp) > 1e-6:
                    err(f"{where}: value {cv.value!r} [{cv.number_format}] read as {got!r}, expected {exp!r}")
            if isinstance(cf.value, str) and cf.value.startswith("=") and cv.value is None:
                err(f"{where}: formula without cached value must not be expected")
        elif c["kind"] == "link":
            seen_l[(c["file"], c["criterion"])] = c["expected"]
            got = read_link(cv)
            if got != c["expected"]:
                err(f"{where}: link {got!r} != {c['expected']!r}")
        elif c["kind"] == "excluded":
            is_date = isinstance(cv.value, (datetime.datetime, datetime.date))
            no_cache = isinstance(cf.value, str) and cf.value.startswith("=") and cv.value is None
            odd_text = isinstance(cv.value, str) and read_number(cv) is None
            if not (is_date or no_cache or odd_text):
                err(f"{where}: excluded cell looks trustworthy: {cv.value!r}")
        elif c["kind"] == "decoy":
            pass
        else:
            err(f"unknown kind {c['kind']}")

    nv = nl = 0
    files = set()
    for e in expected:
        files.add(e["file"])
        if e["year"] != 2024:
            err(f'{e["file"]}: year {e["year"]}')
        if not isinstance(e["organisation"], str) or not e["organisation"]:
            err(f'{e["file"]}: organisation')
        for k, v in e["values"].items():
            nv += 1
            if seen_v.get((e["file"], k), object()) != v:
                err(f'{e["file"]}: value {k}={v!r} has no matching cell entry')
        for k, v in e["links"].items():
            nl += 1
            if seen_l.get((e["file"], k)) != v:
                err(f'{e["file"]}: link {k}={v!r} has no matching cell entry')
            if k not in e["values"]:
                err(f'{e["file"]}: link for {k} without a value')
        excl = {c["criterion"] for c in cells if c["file"] == e["file"] and c["kind"] == "excluded"}
        for k in excl:
            if k in e["values"] or k in e["links"]:
                err(f'{e["file"]}: excluded {k} present in expected')
        # the organisation's name must be written in the file
        ws_v, _ = sheets(e["file"], next(c["sheet"] for c in cells if c["file"] == e["file"]))
        texts = [str(x.value) for row in ws_v.iter_rows(max_row=4) for x in row if x.value is not None]
        if not any(e["organisation"] in t for t in texts):
            err(f'{e["file"]}: organisation name not found in the header')
        # not_criteria and headings are really rows of the file
        alltexts = {str(x.value) for row in ws_v.iter_rows() for x in row if x.value is not None}
        for t in e["not_criteria"] + e["headings"]:
            if t not in alltexts:
                err(f'{e["file"]}: row title {t!r} not found')
    if len(seen_v) != nv:
        err(f"cells.json has {len(seen_v)} values, expected.json {nv}")
    if len(seen_l) != nl:
        err(f"cells.json has {len(seen_l)} links, expected.json {nl}")
    on_disk = {"typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx")}
    if on_disk != files:
        err(f"files on disk {sorted(on_disk)} != expected {sorted(files)}")
    if not (5 <= len(files) <= 8):
        err(f"{len(files)} files")
    if not (150 <= nv <= 280):
        err(f"{nv} values")

    for m in errors:
        print("FAIL", m)
    print(f"files {len(files)}, values {nv}, links {nl}, cell entries {len(cells)}: "
          + ("OK" if not errors else f"{len(errors)} errors"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
