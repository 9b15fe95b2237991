#!/usr/bin/env python3
"""Prints the text of a file as a scan for personal data should see it: every part of a ZIP archive (an XLSX) unzipped,
other files as they are; bytes decoded as UTF-8 (undecodable bytes replaced). An XML part is printed twice: as its
bytes are, and decoded (entities and character references resolved), so that a name written as `&#1048;&#1074;…`
(openpyxl does so when lxml is installed) is found as well as one written as text. Used by the personal-data tests.

usage: unzipped_text.py FILE...
"""
import html
import sys
import zipfile


def emit(name, data):
    text = data.decode("utf-8", errors="replace")
    sys.stdout.write(f"\n=== {name}\n")
    sys.stdout.write(text)
    if "&" in text and (name.endswith(".xml") or name.endswith(".rels") or text.lstrip().startswith("<?xml")):
        sys.stdout.write(f"\n=== {name} (decoded)\n")
        sys.stdout.write(html.unescape(text))


for path in sys.argv[1:]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                emit(f"{path}!{name}", z.read(name))
    else:
        with open(path, "rb") as f:
            emit(path, f.read())
