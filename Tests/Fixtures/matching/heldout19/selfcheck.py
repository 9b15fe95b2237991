#!/usr/bin/env python3
"""Re-read typed/*.xlsx with openpyxl and check every expected value and link against its cell.
Exit 1 on any mismatch."""
import csv
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print("MISMATCH:", msg)


def num(s):
    return float(str(s).replace(",", ".").strip())


def read(rule, v, fmt):
    """The reading a careful methodologist makes of the typed content v under the given rule."""
    if rule == "num":
        assert isinstance(v, (int, float)) and not isinstance(v, bool)
        return v
    if rule == "pct_fmt":
        assert isinstance(v, (int, float)) and "%" in (fmt or "")
        return round(v * 100, 6)
    s = str(v).strip()
    low = s.lower()
    if rule == "dash":
        assert s in ("-", "—", "–"), s
        return 0
    if rule == "no":
        assert low.startswith("нет") or low.startswith("отсутств"), s
        return 0
    if rule == "yes":
        assert re.match(r"^(да|есть|имеется|в наличии)\b", low), s
        return 1
    if rule == "pct_str":
        m = re.match(r"^(\d+(?:[.,]\d+)?)\s*%$", s)
        return num(m.group(1))
    if rule == "lead_num":
        m = re.match(r"^(\d+(?:[.,]\d+)?)", s)
        x = num(m.group(1))
        return int(x) if x.is_integer() else x
    if rule == "frac_pct":
        x = num(s)
        assert x < 1, s
        return round(x * 100, 6)
    if rule == "text":
        return v
    raise ValueError(rule)


def close(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(float(a) - float(b)) < 1e-9


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    ids, wordings = set(), set()
    with open("/work/main/Templates/criteria.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ids.add(row["id"])
            wordings.update(w.strip() for w in (row["wording_2023"], row["wording_2024"], row["form_wording"])
                            if w.strip())
    assert len(expected) == len(cells)
    total = 0
    for e, c in zip(expected, cells):
        assert e["file"] == c["file"]
        path = os.path.join(HERE, e["file"])
        wb = openpyxl.load_workbook(path, data_only=True)
        ws = wb[c["sheet"]]
        texts = [str(x.value) for row in ws.iter_rows() for x in row if x.value is not None]
        if e["year"] != 2024:
            err("%s: year %r" % (e["file"], e["year"]))
        if e["organisation"] not in texts:
            err("%s: organisation %r not in the sheet" % (e["file"], e["organisation"]))
        for t in e["not_criteria"] + e["headings"]:
            if t not in texts:
                err("%s: row title %r not found" % (e["file"], t))
        for t in texts:
            if t.strip() in wordings:
                err("%s: catalogue wording copied verbatim: %r" % (e["file"], t))
        # values
        seen = set()
        for v in c["values"]:
            crit = v["crit"]
            seen.add(crit)
            if crit not in ids:
                err("%s: unknown criterion %s" % (e["file"], crit))
            cell = ws[v["cell"]]
            if cell.value != v["raw"] or type(cell.value) is not type(v["raw"]):
                err("%s %s %s: cell holds %r, recorded %r" % (e["file"], crit, v["cell"], cell.value, v["raw"]))
                continue
            try:
                got = read(v["rule"], cell.value, cell.number_format)
            except Exception as ex:  # noqa
                err("%s %s: rule %s fails on %r (%s)" % (e["file"], crit, v["rule"], cell.value, ex))
                continue
            if not close(got, e["values"].get(crit)):
                err("%s %s %s: reads %r, expected %r" % (e["file"], crit, v["cell"], got, e["values"].get(crit)))
            if v["rule"] == "frac_pct":   # justified by the parts on the same form
                vals = e["values"]
                if crit == "share_mentors_15_19":
                    ratio = 100.0 * vals["mentors_15_19"] / vals["students_15_19"]
                    if abs(ratio - got) > 0.06:
                        err("%s %s: fraction reading not supported by parts" % (e["file"], crit))
            total += 1
        if seen != set(e["values"]):
            err("%s: values without a checked cell: %s" % (e["file"], set(e["values"]) ^ seen))
        # debatable ones left out must stay out
        for d in c["debatable"]:
            if d["expected"] == "ABSENT" and d["crit"] in e["values"]:
                err("%s: %s should be absent" % (e["file"], d["crit"]))
        # links
        lseen = set()
        for lk in c["links"]:
            cell = ws[lk["cell"]]
            lseen.add(lk["crit"])
            if lk["kind"] == "hyperlink":
                got = cell.hyperlink.target if cell.hyperlink else None
            else:
                m = re.search(r"https?://\S+", str(cell.value or ""))
                got = m.group(0) if m else None
            if got != e["links"].get(lk["crit"]) or got != lk["url"]:
                err("%s link %s %s: %r vs %r" % (e["file"], lk["crit"], lk["cell"], got, e["links"].get(lk["crit"])))
        if lseen != set(e["links"]):
            err("%s: links without a checked cell" % e["file"])
        print("%-52s %3d values %2d links ok" % (e["file"], len(e["values"]), len(e["links"])))
    print("total values checked:", total)
    if errors:
        print(len(errors), "mismatches")
        sys.exit(1)
    print("selfcheck passed")


if __name__ == "__main__":
    main()
