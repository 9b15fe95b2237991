#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl and check every expected value and link against its cell.

Values are read with data_only=True (cached formula results must exist); links are read from
 - a cell hyperlink (the target, not the display text),
 - a =HYPERLINK("url";...) formula (data_only=False), whose cached value must exist,
 - the first https URL written in the cell text.
For a row, the link cells are inspected in order (value cell first where the value itself is
hyperlinked; for the ДЮСШ form, the rows of sheet «Подтверждающие документы» with that № показателя).
Exit code 1 on any mismatch.
"""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
URL_RE = re.compile(r"https?://[^\s\"<>]+")
HYP_RE = re.compile(r'^=\s*HYPERLINK\(\s*"([^"]+)"', re.I)
YES = {"да": 1, "нет": 0, "есть": 1}

errors = []


def err(msg):
    errors.append(msg)


def parse_value(cell):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v).strip()
    if s.lower() in YES:
        return YES[s.lower()]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x == int(x) else x
    return s


def url_of(cell_f, cell_v):
    """URL held by a cell: hyperlink target, HYPERLINK formula, or first URL in its text."""
    if cell_f.hyperlink is not None and cell_f.hyperlink.target:
        return cell_f.hyperlink.target
    v = cell_f.value
    if isinstance(v, str):
        m = HYP_RE.match(v)
        if m:
            if cell_v.value is None:
                err("HYPERLINK formula without cached value at %s" % cell_f.coordinate)
            return m.group(1)
        m = URL_RE.search(v)
        if m:
            return m.group(0)
    return None


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    assert len(expected) == len(cells)
    nval = nlink = 0
    for e, c in zip(expected, cells):
        assert e["file"] == c["file"]
        path = os.path.join(HERE, e["file"])
        wf = openpyxl.load_workbook(path)  # formulas, hyperlinks
        wv = openpyxl.load_workbook(path, data_only=True)  # cached values
        # every expected criterion must be mapped, and every mapped criterion either expected or empty
        for cid in e["values"]:
            if cid not in c["criteria"]:
                err("%s: %s expected but not mapped" % (e["file"], cid))
        for cid in e["links"]:
            if cid not in e["values"]:
                err("%s: link for %s without a value" % (e["file"], cid))
        for cid, m in c["criteria"].items():
            sheet = m["sheet"]
            got = parse_value(wv[sheet][m["value_cell"]])
            if cid in e["values"]:
                nval += 1
                if not same(got, e["values"][cid]):
                    err("%s %s!%s %s: cell %r != expected %r" % (e["file"], sheet, m["value_cell"], cid, got,
                                                                e["values"][cid]))
            else:
                if got is not None and not (isinstance(got, str) and not re.search(r"\d", got)):
                    err("%s %s: not expected but cell holds %r" % (e["file"], cid, got))
            url = None
            for lc in m["link_cells"]:
                if isinstance(lc, str):
                    sh, co = sheet, lc
                else:
                    sh, co = lc["sheet"], lc["cell"]
                u = url_of(wf[sh][co], wv[sh][co])
                if u:
                    url = u
                    break
            want = e["links"].get(cid)
            if want is not None:
                nlink += 1
            if url != want:
                err("%s %s: link %r != expected %r" % (e["file"], cid, url, want))
        # titles of not_criteria and headings must be present somewhere in the workbook
        texts = set()
        for ws in wv.worksheets:
            for row in ws.iter_rows():
                for x in row:
                    if isinstance(x.value, str):
                        texts.add(x.value.strip())
        for t in e["not_criteria"] + e["headings"]:
            if t.strip() not in texts:
                err("%s: title not found %r" % (e["file"], t))
        # organisation name must be written in the file
        blob = "\n".join(texts)
        if e["organisation"] not in blob:
            err("%s: organisation %r not in file" % (e["file"], e["organisation"]))
        if "2024" not in blob:
            err("%s: year not in file" % e["file"])
    print("checked values:", nval, "links:", nlink)
    if errors:
        for x in errors:
            print("MISMATCH:", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
