#!/usr/bin/python3
"""Counts words printed over other words in PDFs, from the word boxes of `pdftotext -bbox` (poppler-utils).

usage: pdf_overlaps.py [--list N] FILE.pdf [FILE.pdf …]
Prints one line per file: «pages=P overlaps=O pages_with_overlaps=W» and, with --list, up to N pairs
(page, the two words and their boxes). Two words overlap when their boxes share an area at least
`MIN_SHARE` of the smaller box's height tall and 1 pt wide: words of neighbouring lines whose boxes only
touch (ascenders meet descenders) are not counted.
Exit status 2 when pdftotext is missing or fails.
"""
import html
import re
import subprocess
import sys

MIN_SHARE = 0.25
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages(pdf):
    try:
        out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"pdftotext failed on {pdf}: {e}", file=sys.stderr)
        sys.exit(2)
    for page in out.split("<page ")[1:]:
        yield [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in WORD.findall(page)]


def overlaps(words):
    words = sorted(words, key=lambda w: w[1])
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b[1] >= a[3]:
                break
            dx = min(a[2], b[2]) - max(a[0], b[0])
            dy = min(a[3], b[3]) - max(a[1], b[1])
            if dx >= 1 and dy >= MIN_SHARE * min(a[3] - a[1], b[3] - b[1]):
                found.append((a, b))
    return found


def main(argv):
    limit = 0
    if argv and argv[0] == "--list":
        limit = int(argv[1])
        argv = argv[2:]
    for pdf in argv:
        total, bad, count = 0, 0, 0
        shown = []
        for n, words in enumerate(pages(pdf), 1):
            total += 1
            pairs = overlaps(words)
            if pairs:
                bad += 1
                count += len(pairs)
                shown += [(n, a, b) for a, b in pairs]
        print(f"{pdf}: pages={total} overlaps={count} pages_with_overlaps={bad}")
        for n, a, b in shown[:limit]:
            print(f"  p{n}: «{a[4]}» {a[:4]} × «{b[4]}» {b[:4]}")


if __name__ == "__main__":
    main(sys.argv[1:])
