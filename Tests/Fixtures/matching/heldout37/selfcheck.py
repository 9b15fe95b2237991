# -*- coding: utf-8 -*-
"""Independent check of held-out set 37: re-reads every workbook with openpyxl and checks every
expected value, link and organisation against the cell recorded in cells.json.
Exit code 1 on any mismatch."""
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 0.006  # per-cent points; formula results are unrounded in the file

errors = []


def err(msg):
    errors.append(msg)


def as_number(cell):
    v = cell.value
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return float(v) * 100.0
        return float(v)
    if isinstance(v, str):
        s = v.strip().lower()
        if s in ("да", "имеется", "есть"):
            return 1.0
        if s in ("нет", "отсутствует"):
            return 0.0
        m = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*%?", s)
        if m:
            return float(m.group(1).replace(",", "."))
    return None


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    books, books_f = {}, {}

    def book(fn, data_only=True):
        store = books if data_only else books_f
        if fn not in store:
            store[fn] = openpyxl.load_workbook(os.path.join(HERE, fn), data_only=data_only)
        return store[fn]

    files = [e["file"] for e in expected]
    if not 5 <= len(set(files)) <= 8:
        err("number of files %d not in 5..8" % len(set(files)))
    nvals = sum(len(e["values"]) for e in expected)
    if not 150 <= nvals <= 280:
        err("number of values %d not in 150..280" % nvals)

    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)

    for e in expected:
        fn = e["file"]
        if not os.path.exists(os.path.join(HERE, fn)):
            err("missing file " + fn)
            continue
        if e["year"] != 2024:
            err(fn + ": year")
        cs = by_file.get(fn, [])
        vcells = {c["criterion"]: c for c in cs if c["kind"] == "value"}
        lcells = {c["criterion"]: c for c in cs if c["kind"] == "link"}
        if set(vcells) != set(e["values"]):
            err(fn + ": values vs cells.json differ: %s" % (set(vcells) ^ set(e["values"])))
        if set(lcells) != set(e["links"]):
            err(fn + ": links vs cells.json differ: %s" % (set(lcells) ^ set(e["links"])))
        wb = book(fn)
        # values
        for crit, exp in e["values"].items():
            c = vcells.get(crit)
            if c is None:
                continue
            if c["expected"] != exp:
                err("%s %s: cells.json expected %r != expected.json %r" % (fn, crit, c["expected"], exp))
            cell = wb[c["sheet"]][c["cell"]]
            if cell.value is None:
                err("%s %s!%s (%s): empty cell (formula without cached value?)" % (fn, c["sheet"], c["cell"], crit))
                continue
            if isinstance(exp, str):
                if str(cell.value).strip() != exp.strip():
                    err("%s %s!%s (%s): %r != %r" % (fn, c["sheet"], c["cell"], crit, cell.value, exp))
            else:
                got = as_number(cell)
                if got is None or abs(got - float(exp)) > TOL:
                    err("%s %s!%s (%s): read %r (cell %r, format %r) != %r"
                        % (fn, c["sheet"], c["cell"], crit, got, cell.value, cell.number_format, exp))
            if c.get("via") == "formula":
                fcell = book(fn, data_only=False)[c["sheet"]][c["cell"]]
                if not (isinstance(fcell.value, str) and fcell.value.startswith("=")):
                    err("%s %s!%s: expected a formula" % (fn, c["sheet"], c["cell"]))
        # links
        for crit, url in e["links"].items():
            c = lcells.get(crit)
            if c is None:
                continue
            if c["expected"] != url:
                err("%s %s: link in cells.json differs" % (fn, crit))
            if not url.startswith("http"):
                err("%s %s: link is no URL: %r" % (fn, crit, url))
            cell = wb[c["sheet"]][c["cell"]]
            via = c.get("via", "value")
            if via == "hyperlink":
                # hyperlinks are kept in the non-data-only load as well; either load has them
                tgt = cell.hyperlink.target if cell.hyperlink is not None else None
                if tgt != url:
                    err("%s %s!%s (%s): hyperlink %r != %r" % (fn, c["sheet"], c["cell"], crit, tgt, url))
            elif via == "text":
                found = re.findall(r"https?://\S+", str(cell.value or ""))
                if url not in found:
                    err("%s %s!%s (%s): URL %r not in %r" % (fn, c["sheet"], c["cell"], crit, url, cell.value))
            else:
                if str(cell.value or "").strip() != url:
                    err("%s %s!%s (%s): %r != %r" % (fn, c["sheet"], c["cell"], crit, cell.value, url))
        # organisation
        org = e["organisation"]
        ocs = [c for c in cs if c["kind"] == "organisation"]
        if org is None:
            if ocs:
                err(fn + ": municipal form with an organisation cell")
        else:
            if len(ocs) != 1:
                err(fn + ": expected exactly one organisation cell")
            for c in ocs:
                if c["expected"] != org:
                    err(fn + ": organisation differs between files")
                cell = wb[c["sheet"]][c["cell"]]
                txt = str(cell.value or "")
                ok = (org in txt) if c.get("via") == "sentence" else (txt.strip() == org)
                if not ok:
                    err("%s: organisation %r not in %s!%s (%r)" % (fn, org, c["sheet"], c["cell"], txt))
                # the theme: the organisation is named on the title sheet only
                for ws in wb.worksheets:
                    if ws.title == c["sheet"]:
                        continue
                    for row in ws.iter_rows(values_only=True):
                        for v in row:
                            if isinstance(v, str) and org in v:
                                err("%s: organisation named again on sheet %s" % (fn, ws.title))
        # the value sheets are more than the title sheet
        if len(wb.sheetnames) < 5:
            err(fn + ": too few sheets for the theme")
        # no value recorded from a 2023 / plan column: check the header above each value cell
        for c in cs:
            if c["kind"] != "value":
                continue
            ws = wb[c["sheet"]]
            col = re.match(r"[A-Z]+", c["cell"]).group(0)
            row = int(c["cell"][len(col):])
            hdr = None
            for r in range(row - 1, 0, -1):
                v = ws[col + str(r)].value
                if isinstance(v, str) and (v.startswith("20") or "Значение" in v or "Факт" in v or v.endswith("г.")):
                    hdr = v
                    break
            if hdr is not None and ("2023" in hdr or "План" in hdr or "2025" in hdr):
                err("%s %s!%s: value under header %r" % (fn, c["sheet"], c["cell"], hdr))

    nlinks = sum(len(e["links"]) for e in expected)
    orgs = {e["organisation"] for e in expected if e["organisation"]}
    print("files=%d organisations=%d (+%d municipal form) values=%d links=%d"
          % (len(files), len(orgs), sum(1 for e in expected if e["organisation"] is None), nvals, nlinks))
    if errors:
        for m in errors:
            print("MISMATCH:", m)
        print("selfcheck FAILED (%d)" % len(errors))
        sys.exit(1)
    print("selfcheck OK")


if __name__ == "__main__":
    main()
