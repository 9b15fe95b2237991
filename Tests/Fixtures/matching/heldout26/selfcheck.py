#!/usr/bin/env python3
"""Re-read typed/*.xlsx and check every expected value and link against its cell.

Exit 1 on any mismatch.  Uses cells.json (written by make_typed.py) to know
where each value sits; converts cell content independently of make_typed.py.
"""
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


def read_value(cell):
    """Convention: yes/no -> 1/0; per cent as numbers; counts as numbers; texts as typed."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return v * 100
        return v
    s = str(v).strip()
    low = s.lower()
    if low == "да":
        return 1
    if low == "нет":
        return 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", s)
    if m:
        return float(m.group(1).replace(",", "."))
    m = re.fullmatch(r"(\d+)(?:\s*\(.*\))?", s)
    if m:
        return int(m.group(1))
    return str(v)


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return a == b


def read_link(cell):
    if cell.hyperlink is not None and cell.hyperlink.target:
        return cell.hyperlink.target
    if isinstance(cell.value, str) and re.match(r"https?://", cell.value.strip()):
        return cell.value.strip()
    return None


def all_texts(wb):
    out = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.add(c.value.strip())
    return out


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))["forms"]
    assert len(exp) == len(cells)

    # catalogue wordings: no row title may equal one
    with open("/work/main/Templates/criteria.tsv", encoding="utf-8") as fh:
        cat = list(csv.DictReader(fh, delimiter="\t"))
    ids = {r["id"] for r in cat}

    def norm(s):
        return re.sub(r"\s+", " ", s.replace("ё", "е").replace("Ё", "Е").lower()).strip(" .:;")
    wordings = {norm(r[k]) for r in cat for k in ("wording_2023", "wording_2024", "form_wording") if r[k].strip()}

    nvals = nlinks = 0
    for e, c in zip(exp, cells):
        path = os.path.join(HERE, e["file"])
        assert c["file"] == e["file"]
        if not os.path.exists(path):
            err("missing file " + path)
            continue
        wb = openpyxl.load_workbook(path, data_only=True)
        wbf = openpyxl.load_workbook(path, data_only=False)
        texts = all_texts(wb)
        for t in texts:
            if norm(t) in wordings:
                err("%s: a cell equals a catalogue wording: %s" % (e["file"], t))
        if e["organisation"] is not None and not any(e["organisation"] in t for t in texts):
            err("%s: organisation %s not in the file" % (e["file"], e["organisation"]))
        for t in e.get("not_criteria", []) + e.get("headings", []):
            if t not in texts:
                err("%s: row title not found: %s" % (e["file"], t))
        for cid, val in e["values"].items():
            if cid not in ids:
                err("unknown criterion " + cid)
            loc = c["values"].get(cid)
            if not loc:
                err("%s: no cell recorded for %s" % (e["file"], cid))
                continue
            cell = wb[loc["sheet"]][loc["cell"]]
            got = read_value(cell)
            if not same(got, val):
                err("%s %s!%s %s: expected %r, cell gives %r" % (e["file"], loc["sheet"], loc["cell"], cid, val, got))
            if loc["kind"] == "formula":
                f = wbf[loc["sheet"]][loc["cell"]].value
                if not (isinstance(f, str) and f.startswith("=")):
                    err("%s %s: formula expected, got %r" % (e["file"], cid, f))
                else:
                    # recompute from the referenced cells
                    m = re.search(r"ROUND\((.*)/(.*)\*100,2\)\)$", f)
                    ws = wb[loc["sheet"]]

                    def ev(expr):
                        return sum((ws[a].value or 0) for a in re.findall(r"[A-Z]+\d+", expr))
                    num, den = ev(m.group(1)), ev(m.group(2))
                    calc = 0 if den == 0 else round(num / den * 100 + 1e-12, 2)
                    if not same(calc, val):
                        err("%s %s: recomputed %r != %r" % (e["file"], cid, calc, val))
            nvals += 1
        for cid, url in e["links"].items():
            if cid not in e["values"]:
                err("%s: link without value for %s" % (e["file"], cid))
            loc = c["links"].get(cid)
            if not loc:
                err("%s: no link cell recorded for %s" % (e["file"], cid))
                continue
            got = read_link(wb[loc["sheet"]][loc["cell"]])
            if got != url:
                err("%s %s: link expected %r got %r" % (e["file"], cid, url, got))
            nlinks += 1
        # year evidence
        joined = "\n".join(texts)
        if e["year"] == 2023:
            if "за 2023 год" not in joined or "Значение на 31.12.2023" not in joined:
                err("%s: a 2023 entry without 2023 title/column" % e["file"])
        else:
            if "2024" not in joined:
                err("%s: a 2024 entry without 2024 in it" % e["file"])

    # the draft: empty values, its twin final exists with the same organisation and differs
    drafts = [e for e in exp if "черновик" in e["file"]]
    for d in drafts:
        if d["values"] or d["links"]:
            err("draft entry must have no values/links: " + d["file"])
        fin = [e for e in exp if e["file"] == d["file"].replace("черновик", "итог")]
        if not fin or fin[0]["organisation"] != d["organisation"]:
            err("no final for draft " + d["file"])
            continue
        wd = openpyxl.load_workbook(os.path.join(HERE, d["file"]), data_only=True).active
        wf = openpyxl.load_workbook(os.path.join(HERE, fin[0]["file"]), data_only=True).active
        diff = [a.coordinate for ra, rb in zip(wd.iter_rows(), wf.iter_rows()) for a, b in zip(ra, rb)
                if a.value != b.value and a.column == 4]
        if len(diff) < 3:
            err("draft and final hardly differ: %s" % diff)
        else:
            print("draft vs final: value cells differ at", ", ".join(diff))

    total = sum(len(e["values"]) for e in exp)
    orgs = {e["organisation"] for e in exp}
    print("entries %d, organisations %d, values checked %d (expected total %d), links checked %d"
          % (len(exp), len(orgs), nvals, total, nlinks))
    if errors:
        print("%d mismatches" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
