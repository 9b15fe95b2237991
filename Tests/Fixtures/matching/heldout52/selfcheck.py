#!/usr/bin/env python3
"""Re-reads every workbook of heldout52 with openpyxl and checks each expected value, link and
organisation against its cell (positions from cells.json, expectations from expected.json).
Independent of make_typed.py: it parses what the cells show. Exits 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def parse_scalar(text):
    """Turn what a pasted cell shows into a number: 'Да ▼' -> 1, '18,36 %' -> 18.36, '1 027' -> 1027."""
    t = str(text).replace("▼", "").replace("\u00a0", " ").strip()
    low = t.lower()
    if low in ("да", "yes"):
        return 1
    if low in ("нет", "no"):
        return 0
    t2 = re.sub(r"(?<=\d)\s+(?=\d{3}\b)", "", t)       # thousands separators
    m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(%|чел\.?|ед\.?)?", t2)
    if not m:
        raise ValueError("cannot parse %r" % text)
    return float(m.group(1).replace(",", "."))


def cell_number(c):
    v = c.value
    if isinstance(v, bool):
        raise ValueError("bool")
    if isinstance(v, (int, float)):
        if "%" in (c.number_format or ""):
            return v * 100
        return v
    return parse_scalar(v)


def same(a, b):
    if isinstance(b, str) or isinstance(a, str):
        return a == b
    return abs(float(a) - float(b)) < 1e-6


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["cells"]
    exp_by_file = {}
    for e in expected:
        assert e["file"] not in exp_by_file, "one form per file in this set"
        exp_by_file[e["file"]] = e
        if e["year"] != 2024:
            err("%s: year %r" % (e["file"], e["year"]))
        for k in ("values", "links", "not_criteria", "headings"):
            if k not in e:
                err("%s: key %s missing" % (e["file"], k))
    # every workbook in typed/ is described
    on_disk = {"typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx")}
    if on_disk != set(exp_by_file):
        err("files on disk %s != expected %s" % (sorted(on_disk), sorted(exp_by_file)))

    books = {}
    seen_values = set()
    seen_links = set()
    seen_org = set()
    for c in cells:
        f = c["file"]
        if f not in books:
            books[f] = openpyxl.load_workbook(os.path.join(HERE, f))
        ws = books[f][c["sheet"]]
        cell = ws[c["cell"]]
        e = exp_by_file[f]
        where = "%s!%s!%s" % (f, c["sheet"], c["cell"])
        kind = c["kind"]
        if kind == "value":
            crit = c["criterion"]
            want = e["values"].get(crit, "<absent>")
            if not same(want, c["expected"]):
                err("%s %s: cells.json %r vs expected.json %r" % (where, crit, c["expected"], want))
            try:
                if c["parse"] == "text":
                    got = cell.value
                elif c["parse"] == "after_colon_text":
                    got = str(cell.value).split(":", 1)[1].strip()
                elif c["parse"] == "after_colon":
                    got = parse_scalar(str(cell.value).rsplit(":", 1)[1])
                else:
                    got = cell_number(cell)
            except Exception as ex:  # noqa: BLE001
                err("%s %s: %s" % (where, crit, ex))
                continue
            if not same(got, want):
                err("%s %s: cell gives %r, expected %r" % (where, crit, got, want))
            seen_values.add((f, crit))
        elif kind in ("link_text", "link_hyperlink"):
            crit = c["criterion"]
            want = e["links"].get(crit)
            if kind == "link_text":
                got = str(cell.value).strip()
            else:
                got = cell.hyperlink.target if cell.hyperlink is not None else None
            if got != want or not str(want).startswith("https://"):
                err("%s link %s: cell gives %r, expected %r" % (where, crit, got, want))
            seen_links.add((f, crit))
        elif kind == "organisation":
            text = str(cell.value)
            if e["organisation"] not in text:
                err("%s: organisation %r not in %r" % (where, e["organisation"], text))
            seen_org.add(f)
        else:
            err("%s: unknown kind %s" % (where, kind))

    for f, e in exp_by_file.items():
        for crit in e["values"]:
            if (f, crit) not in seen_values:
                err("%s: value %s has no cell" % (f, crit))
        for crit in e["links"]:
            if (f, crit) not in seen_links:
                err("%s: link %s has no cell" % (f, crit))
        if f not in seen_org:
            err("%s: organisation has no cell" % f)
        # a share must agree with its counts when both are in the file
        v = e["values"]
        for share, num, den in (("share_mentees_10_19", "mentees_10_19", "students_10_19"),
                                ("share_mentors_15_19", "mentors_15_19", "students_15_19"),
                                ("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists")):
            if share in v and num in v and den in v:
                if abs(v[num] / v[den] * 100 - v[share]) > 0.006:
                    err("%s: %s %r inconsistent with %s/%s" % (f, share, v[share], num, den))
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other")):
            if part in v and whole in v and v[part] > v[whole]:
                err("%s: %s > %s" % (f, part, whole))

    # the criterion ids exist in the catalogue (read only if reachable)
    cat = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
    if os.path.exists(cat):
        ids = {line.split("\t", 1)[0] for line in open(cat, encoding="utf-8")}
        for f, e in exp_by_file.items():
            for crit in list(e["values"]) + list(e["links"]):
                if crit not in ids:
                    err("%s: unknown criterion %s" % (f, crit))

    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print("files %d, values %d, links %d" % (len(expected), nv, nl))
    if not 150 <= nv <= 280:
        err("total values %d outside 150–280" % nv)
    if errors:
        print("FAIL")
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
