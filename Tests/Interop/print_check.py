#!/usr/bin/python3
"""Checks how workbooks print through LibreOffice: for each XLSX and the PDF LibreOffice made of it
(`soffice --headless --convert-to pdf`), counts words printed over other words (pdf_overlaps.py, from the word
boxes of `pdftotext -bbox`) and looks for every word of every text cell of the visible sheets (as openpyxl reads
them) in the PDF's text: a word not printed was cut.

usage: print_check.py BOOK.xlsx=BOOK.pdf [BOOK.xlsx=BOOK.pdf …]
Prints one JSON object: {book: {"pages", "overlaps", "pages_with_overlaps", "pairs" (the first ten),
"words", "missing" (the first twenty words not printed)}}.
"""
import json
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_overlaps import overlaps, pages  # noqa: E402


def cell_words(path):
    book = openpyxl.load_workbook(path, read_only=False)
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    for w in c.value.split():
                        yield ws.title, c.coordinate, w


def pieced(word, known):
    """Whether `word` is a sequence of printed words (its pieces on consecutive lines)."""
    reach = [True] + [False] * len(word)
    for i in range(len(word)):
        if reach[i]:
            for j in range(i + 1, len(word) + 1):
                if word[i:j] in known:
                    reach[j] = True
    return reach[-1]


def check(xlsx, pdf):
    result = {"pages": 0, "overlaps": 0, "pages_with_overlaps": 0, "pairs": [], "words": 0, "missing": []}
    printed = []
    for n, words in enumerate(pages(pdf), 1):
        result["pages"] += 1
        printed += [w[4] for w in words]
        pairs = overlaps(words)
        if pairs:
            result["pages_with_overlaps"] += 1
            result["overlaps"] += len(pairs)
            result["pairs"] += [f"p{n}: «{a[4]}» × «{b[4]}»" for a, b in pairs]
    result["pairs"] = result["pairs"][:10]
    # A word broken over lines (after a hyphen, or a long one anywhere) is printed as pieces, each a word of the PDF.
    known = set(printed)
    for sheet, cell, w in cell_words(xlsx):
        result["words"] += 1
        if w not in known and not pieced(w, known):
            result["missing"].append(f"{sheet}!{cell}: {w}")
    result["missing"] = result["missing"][:20]
    return result


def main(argv):
    out = {}
    for arg in argv:
        xlsx, pdf = arg.split("=", 1)
        out[os.path.basename(xlsx)] = check(xlsx, pdf)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
