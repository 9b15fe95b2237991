#!/usr/bin/env python3
"""Re-open every typed file with openpyxl (data_only=True) and check that every expected value and
link of expected.json sits in the cell cells.json names, as a careful person reads it off the scan:
the cell holds the recognised text (cells.json "raw"), and reading that text gives the true figure."""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CYR2LAT = str.maketrans("асеорхуАВЕКМНОРСТХ", "aceopxyABEKMHOPCTX")
DIGITS = str.maketrans({"O": "0", "О": "0", "o": "0", "о": "0", "З": "3", "l": "1", "I": "1", "б": "6"})
TICK_MARKS = {"V", "v", "✓", "+", "Да", "да"}
UNITS = ("чел.", "шт.", "ед.", "%")


def read_value(raw, tick):
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return raw
    s = str(raw).strip()
    if tick is not None:
        return tick if s in TICK_MARKS else None
    low = s.lower().translate(str.maketrans("aeoxpchtk", "аеохрснтк"))  # Latin look-alikes back to Cyrillic
    if low in ("да",):
        return 1
    if low in ("нет",):
        return 0
    for u in UNITS:
        s = s.replace(u, " ")
    s = s.translate(DIGITS)
    s = re.sub(r"\s+", "", s)
    s = s.strip(".,")
    s = s.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", s):
        return None
    x = float(s)
    return int(x) if x == int(x) and "." not in s else x


def read_link(raw):
    return re.sub(r"\s+", "", str(raw)).translate(CYR2LAT)


def canon_text(s):
    s = re.sub(r"-\n", "", str(s))  # hyphenation left by the recogniser
    s = re.sub(r"(?<=\d)[OО]|[OО](?=\d)", "0", s)  # «2О24»
    return re.sub(r"\s+", " ", s).translate(CYR2LAT).strip()


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    books = {}
    bad = 0
    seen = set()
    for c in cells:
        path = HERE / c["file"]
        if path not in books:
            books[path] = load_workbook(path, data_only=True)
        got = books[path][c["sheet"]][c["cell"]].value
        if got != c["raw"]:
            print("RAW MISMATCH", c["file"], c["cell"], repr(got), repr(c["raw"]))
            bad += 1
            continue
        if c["kind"] == "link":
            ok = read_link(got) == c["expected"]
        elif isinstance(c["expected"], str):
            ok = canon_text(got) == canon_text(c["expected"])
        else:
            val = read_value(got, c.get("tick_means"))
            ok = val is not None and abs(float(val) - float(c["expected"])) < 1e-9
        if not ok:
            print("READ MISMATCH", c["file"], c["cell"], c["criterion"], repr(got), c["expected"])
            bad += 1
        seen.add((c["file"], c["kind"], c["criterion"]))
    nv = nl = 0
    for form in expected:
        for cid, v in form["values"].items():
            nv += 1
            if (form["file"], "value", cid) not in seen:
                print("NO CELL FOR VALUE", form["file"], cid)
                bad += 1
        for cid, v in form["links"].items():
            nl += 1
            if (form["file"], "link", cid) not in seen:
                print("NO CELL FOR LINK", form["file"], cid)
                bad += 1
            if not v.startswith("http"):
                print("LINK NOT A URL", form["file"], cid, v)
                bad += 1
        if form["year"] != 2024:
            bad += 1
    # every typed file is a form
    files = sorted(p.name for p in (HERE / "typed").glob("*.xlsx"))
    if sorted(pathlib.Path(f["file"]).name for f in expected) != files:
        print("FILES MISMATCH", files)
        bad += 1
    if bad:
        print(f"selfcheck FAILED: {bad} problem(s)")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {nl} links, "
          f"{len(cells)} cells checked")


if __name__ == "__main__":
    main()
