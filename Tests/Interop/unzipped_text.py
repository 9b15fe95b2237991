#!/usr/bin/env python3
"""Prints the text of a file as a scan for personal data should see it: every part of a ZIP archive (an XLSX) unzipped,
other files as they are; bytes decoded as UTF-8 (undecodable bytes replaced). Used by the personal-data tests.

usage: unzipped_text.py FILE...
"""
import sys
import zipfile

for path in sys.argv[1:]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                sys.stdout.write(f"\n=== {path}!{name}\n")
                sys.stdout.write(z.read(name).decode("utf-8", errors="replace"))
    else:
        with open(path, "rb") as f:
            sys.stdout.write(f"\n=== {path}\n")
            sys.stdout.write(f.read().decode("utf-8", errors="replace"))
