#!/usr/bin/env python3
"""Independent check of set 57: re-reads every workbook with openpyxl and checks every expected value
and link of expected.json against the cell cells.json names.  Exits 1 on any mismatch.

Reading rules (a methodologist's reading of a phrase answer, written here independently of make_typed.py):
  * numeric cell          -> the number; ×100 when the cell has a percent number format;
  * text cell, text value -> the cell text (or the recorded quote) equals the expected text;
  * text cell, number     -> the recorded quote must occur in the cell text; the quote is read as
      first number in it (Russian decimal comma, thousands separated by a space) ->
      else a negative phrase («нет», «не …») -> 0 ->
      else a numeral word (один, два, трое …) ->
      else an affirmative word (да, есть, утверждено, издан …) -> 1.
"""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
NEG_RE = re.compile(r"(^|[^а-яё])(нет|не)([^а-яё]|$)")
NUMERALS = {"один": 1, "одна": 1, "одно": 1, "одного": 1, "два": 2, "две": 2, "двое": 2,
            "три": 3, "трое": 3, "четыре": 4, "четверо": 4, "пять": 5}
YES_STEMS = ("утвержд", "издан", "подготовлен", "закреплен", "действует", "имеется")
YES_WORDS = {"да", "есть"}


def read_quote(q):
    m = NUM_RE.search(q)
    if m:
        return float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", "."))
    low = q.lower().replace("ё", "е")
    if NEG_RE.search(low):
        return 0
    words = re.findall(r"[а-яa-z]+", low)
    for w in words:
        if w in NUMERALS:
            return NUMERALS[w]
    for w in words:
        if w in YES_WORDS or any(w.startswith(s) for s in YES_STEMS):
            return 1
    raise ValueError(f"cannot read quote {q!r}")


URL_TAIL_OK = set(" \t\n),;»")


def url_complete(text, url):
    i = text.find(url)
    if i < 0:
        return False
    j = i + len(url)
    if j == len(text):
        return True
    ch = text[j]
    if ch == ".":
        return j + 1 == len(text) or text[j + 1] in " \n"
    return ch in URL_TAIL_OK


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))

    files = {e["file"] for e in expected}
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files, expected 5..8")
    total = sum(len(e["values"]) for e in expected)
    if not 150 <= total <= 280:
        err(f"{total} values, expected 150..280")

    # expected.json <-> cells.json, one to one
    exp_keys = {}
    for e in expected:
        if e["year"] != 2024:
            err(f"{e['file']}: year {e['year']}")
        for c, v in e["values"].items():
            exp_keys[(e["file"], "value", c)] = v
        for c, v in e["links"].items():
            exp_keys[(e["file"], "link", c)] = v
    cell_keys = {}
    for rec in cells:
        k = (rec["file"], rec["kind"], rec["criterion"])
        if k in cell_keys:
            err(f"duplicate cells.json record {k}")
        cell_keys[k] = rec
    for k, v in exp_keys.items():
        if k not in cell_keys:
            err(f"no cells.json record for {k}")
        elif cell_keys[k]["expected"] != v:
            err(f"{k}: expected.json {v!r} != cells.json {cell_keys[k]['expected']!r}")
    for k in cell_keys:
        if k not in exp_keys:
            err(f"cells.json record {k} not in expected.json")

    # criteria ids must exist in the catalogue
    cat = set()
    tsv = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
    if os.path.exists(tsv):
        for line in open(tsv, encoding="utf-8").read().splitlines()[1:]:
            cat.add(line.split("\t")[0])
        for (_, _, c) in exp_keys:
            if c not in cat:
                err(f"unknown criterion {c}")

    books = {}

    def book(f):
        if f not in books:
            books[f] = load_workbook(os.path.join(HERE, f))
        return books[f]

    checked = 0
    for rec in cells:
        ws = book(rec["file"])[rec["sheet"]]
        cell = ws[rec["cell"]]
        val = cell.value
        exp = rec["expected"]
        where = f"{rec['file']}!{rec['sheet']}!{rec['cell']} [{rec['criterion']}]"
        if rec["kind"] == "link":
            if not isinstance(val, str) or not url_complete(val, exp):
                err(f"{where}: link {exp} not found whole in {val!r}")
            checked += 1
            continue
        quote = rec.get("quote")
        if isinstance(val, (int, float)) and not isinstance(val, bool):
            got = val * 100 if "%" in (cell.number_format or "") else val
            if quote is not None:
                err(f"{where}: numeric cell with a quote")
            if isinstance(exp, str) or abs(got - exp) > 1e-6:
                err(f"{where}: cell {val!r} ({cell.number_format}) reads {got!r}, expected {exp!r}")
        elif isinstance(val, str):
            if isinstance(exp, str):
                if quote is None:
                    if val.strip() != exp:
                        err(f"{where}: text {val!r} != {exp!r}")
                elif quote != exp or quote not in val:
                    err(f"{where}: text quote {quote!r} / {exp!r} not in {val!r}")
            else:
                if quote is None:
                    err(f"{where}: text cell {val!r} without a quote")
                elif quote not in val:
                    err(f"{where}: quote {quote!r} not in {val!r}")
                else:
                    try:
                        got = read_quote(quote)
                    except ValueError as ex:
                        err(f"{where}: {ex}")
                    else:
                        if abs(got - exp) > 1e-6:
                            err(f"{where}: quote {quote!r} reads {got!r}, expected {exp!r}")
        else:
            err(f"{where}: empty or odd cell {val!r}")
        checked += 1

    # organisation, headings and not_criteria are typed in the workbook
    for e in expected:
        wb = book(e["file"])
        texts = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                 if c.value is not None]
        blob = "\n".join(texts)
        if e["organisation"] and e["organisation"] not in blob:
            err(f"{e['file']}: organisation {e['organisation']!r} not in the workbook")
        if "2024" not in blob:
            err(f"{e['file']}: year 2024 not in the workbook")
        for t in e["headings"] + e["not_criteria"]:
            if t not in texts:
                err(f"{e['file']}: heading/not_criterion {t!r} not a cell")

    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len(files)} values={total} links={nl} cell checks={checked}")
    if errors:
        for m in errors:
            print("FAIL", m)
        sys.exit(1)
    print("selfcheck OK")


if __name__ == "__main__":
    main()
