#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl and check every expected value and link against its cell.
Also checks that expected.json and cells.json agree (every expected value / link has a cell check
and vice versa). Exits 1 on any mismatch."""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
EXP = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
CELLS = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
CAT = set()
with open("/work/main/Templates/criteria.tsv", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        CAT.add(r["id"])

errors = []
URL_RE = re.compile(r"https?://\S+")


def parse_num(v):
    if isinstance(v, bool):
        raise ValueError("bool")
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("%", "").replace(",", ".")
    return float(s)


def parse_yesno(v):
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, (int, float)):
        return int(v)
    s = str(v).strip().lower()
    if s.startswith("да"):
        return 1
    if s.startswith("нет"):
        return 0
    raise ValueError(v)


def csv_field(line, idx):
    row = next(csv.reader([line or ""], delimiter=";", quotechar='"'))
    return row[idx] if idx < len(row) else ""


books = {}


def book(file, data_only=True):
    key = (file, data_only)
    if key not in books:
        books[key] = openpyxl.load_workbook(os.path.join(HERE, file), data_only=data_only)
    return books[key]


def check(file, c):
    ws = book(file)[c["sheet"]]
    cell = ws[c["cell"]]
    v = cell.value
    k = c["kind"]
    where = "%s!%s!%s (%s)" % (file, c["sheet"], c["cell"], c.get("crit"))
    try:
        if k == "num":
            ok = abs(parse_num(v) - float(c["expect"])) < 1e-6
        elif k == "yesno":
            ok = parse_yesno(v) == c["expect"]
        elif k == "text":
            ok = v == c["expect"]
        elif k == "fraction_pct":
            ok = abs(round(float(v) * 100, 2) - float(c["expect"])) < 1e-6
        elif k == "absent":
            ok = v is None or str(v).strip() in ("", "—", "-")
        elif k == "absent_text":
            ok = isinstance(v, str) and not re.search(r"\d", v)
        elif k == "hyperlink":
            ok = cell.hyperlink is not None and cell.hyperlink.target == c["link"]
        elif k == "hyperlink_formula":
            f = book(file, data_only=False)[c["sheet"]][c["cell"]].value
            m = re.match(r'=HYPERLINK\("([^"]+)"', f or "")
            ok = bool(m) and m.group(1) == c["link"]
        elif k == "url_in_text":
            m = URL_RE.search(str(v or ""))
            ok = bool(m) and m.group(0) == c["link"]
        elif k.startswith("csv_"):
            fld = csv_field(v, c["field"])
            sub = k[4:]
            if sub == "num":
                ok = abs(parse_num(fld) - float(c["expect"])) < 1e-6
            elif sub == "yesno":
                ok = parse_yesno(fld) == c["expect"]
            elif sub == "text":
                ok = fld == c["expect"]
            elif sub == "absent":
                ok = fld.strip() == ""
            elif sub == "link":
                ok = fld == c["link"]
            else:
                raise ValueError(k)
        else:
            raise ValueError("unknown kind " + k)
    except Exception as e:  # noqa
        ok = False
        v = "%r (%s)" % (v, e)
    if not ok:
        errors.append("%s: kind=%s got %r expected %r" % (where, k, v, c.get("expect", c.get("link"))))


n_values = 0
for e in EXP:
    f = e["file"]
    assert e["year"] == 2024
    checks = CELLS.get(f, [])
    multi = isinstance(e["organisation"], list)
    vals = e["values"] if multi else [e["values"]]
    lks = e["links"] if multi else [e["links"]]
    if multi:
        assert len(e["organisation"]) == len(vals) == len(lks), f
    for i, (vd, ld) in enumerate(zip(vals, lks)):
        for crit, val in vd.items():
            n_values += 1
            if crit not in CAT:
                errors.append("%s: unknown criterion %s" % (f, crit))
            cs = [c for c in checks if c.get("crit") == crit and "expect" in c and c.get("row", 0) == i]
            if len(cs) != 1:
                errors.append("%s[%d]: %s has %d value checks" % (f, i, crit, len(cs)))
            elif cs[0]["expect"] != val:
                errors.append("%s[%d]: %s expected.json %r vs cells.json %r" % (f, i, crit, val, cs[0]["expect"]))
        for crit, url in ld.items():
            if crit not in vd:
                errors.append("%s[%d]: link for %s without a value" % (f, i, crit))
            cs = [c for c in checks if c.get("crit") == crit and "link" in c and c.get("row", 0) == i]
            if len(cs) != 1 or cs[0]["link"] != url:
                errors.append("%s[%d]: link check mismatch for %s" % (f, i, crit))
        # absent checks must not be in values
        for c in checks:
            if c.get("row", 0) == i and c["kind"] in ("absent", "absent_text", "csv_absent") and c["crit"] in vd:
                errors.append("%s[%d]: %s both absent and valued" % (f, i, c["crit"]))
    for c in checks:
        check(f, c)

# organisation names are written in the files
for e in EXP:
    wb = book(e["file"])
    text = "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None)
    names = e["organisation"] if isinstance(e["organisation"], list) else [e["organisation"]]
    for n in names:
        if n not in text:
            errors.append("%s: organisation %r not found in file" % (e["file"], n))
    for t in e.get("not_criteria", []) + e.get("headings", []):
        if t not in text:
            errors.append("%s: title %r not found in file" % (e["file"], t))

total_checks = sum(len(v) for v in CELLS.values())
if errors:
    print("\n".join(errors))
    print("FAIL: %d errors" % len(errors))
    sys.exit(1)
print("OK: %d entries, %d values, %d cell checks" % (len(EXP), n_values, total_checks))
