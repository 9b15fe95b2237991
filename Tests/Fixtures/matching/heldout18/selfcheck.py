#!/usr/bin/env python3
"""Re-reads typed/*.xlsx with openpyxl and checks every expected value (and link) against its cell(s),
reading each cell the way a careful methodologist reads a converter's output:
  * spaces of any kind inside a number are dropped («1 2» -> 12, «1 034» -> 1034, «7, 28 %» -> 7.28);
  * OCR look-alikes inside a number are read as digits: О/O -> 0, З -> 3, б -> 6, l/I -> 1;
  * units / footnote marks after a number are dropped («6 чел.», «2*», «91 %»);
  * a numeric cell with a per-cent number format holds a fraction (0.93 shown as 93 %) -> 93;
  * Да/да (also with a Latin «a») -> 1, Нет -> 0;
  * a link is the hyperlink target if the cell has one, else the cell text(s) joined with all
    whitespace removed (converters break long URLs with a space, a newline or onto the next row).
Values left out of expected.json as not exact ("rejected" in cells.json) must NOT be readable by
these rules. Exits 1 on any mismatch."""
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
LOOK = str.maketrans({"О": "0", "O": "0", "о": "0", "З": "3", "б": "6", "l": "1", "I": "1"})


def as_number(cell):
    v = cell.value
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v).strip()
    s = re.sub(r"\s*(чел\.?|ед\.?|%|\*)\s*$", "", s)
    s = re.sub(r"\s*(%|\*)\s*$", "", s)
    s = re.sub(r"[\s\u00a0\u2009]+", "", s)
    s = s.translate(LOOK).replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", s):
        return None
    return float(s) if "." in s else int(s)


def as_yesno(cell):
    v = cell.value
    if v in (1, 0):
        return v
    s = str(v).strip().lower().replace("a", "а")
    if s.startswith("да"):
        return 1
    if s.startswith("нет"):
        return 0
    return None


def tail_number(cell):
    m = re.search(r"(\d+)\s*$", str(cell.value or ""))
    return int(m.group(1)) if m else None


def main():
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    bad = 0
    nvals = nlinks = 0
    for e, c in zip(expected, cells):
        assert e["file"] == c["file"]
        wb = load_workbook(os.path.join(HERE, e["file"]), data_only=True)
        # the organisation name must be readable from the title lines (possibly split)
        text = " ".join(str(x.value) for ws in wb.worksheets for row in ws.iter_rows() for x in row
                        if isinstance(x.value, str))
        first = wb.worksheets[0]
        title_lines = " ".join(str(x.value) for row in first.iter_rows(max_row=10) for x in row
                               if isinstance(x.value, str))
        if e["organisation"] not in re.sub(r"\s+", " ", title_lines) and e["organisation"] not in text:
            print("ORG NAME NOT FOUND", e["file"], e["organisation"])
            bad += 1
        if "2024" not in title_lines:
            print("YEAR NOT IN TITLE", e["file"])
            bad += 1
        assert set(e["values"]) == set(c["values"]), e["file"]
        for key, want in e["values"].items():
            spec = c["values"][key]
            (sheet, coord), = spec["cells"]
            cell = wb[sheet][coord]
            kind = spec["kind"]
            if kind == "num":
                got = as_number(cell)
            elif kind == "yesno":
                got = as_yesno(cell)
            elif kind == "tail_num":
                got = tail_number(cell)
            else:
                got = cell.value
            ok = got == want if isinstance(want, str) else (got is not None and abs(float(got) - float(want)) < 1e-9)
            if not ok:
                print(f"MISMATCH {e['file']} {key}: {sheet}!{coord}={cell.value!r} read {got!r}, expected {want!r}")
                bad += 1
            nvals += 1
        assert set(e["links"]) == set(c["links"]), e["file"]
        for key, want in e["links"].items():
            spec = c["links"][key]
            if spec["kind"] == "hyperlink":
                (sheet, coord), = spec["cells"]
                cell = wb[sheet][coord]
                got = cell.hyperlink.target if cell.hyperlink else None
            else:
                got = "".join(re.sub(r"\s+", "", str(wb[s][a].value)) for s, a in spec["cells"])
            if got != want:
                print(f"LINK MISMATCH {e['file']} {key}: {got!r} != {want!r}")
                bad += 1
            nlinks += 1
        for key, spec in c["rejected"].items():
            sheet, coord = spec["cell"]
            cell = wb[sheet][coord]
            if key in e["values"] or as_number(cell) is not None:
                print(f"REJECTED VALUE IS READABLE / EXPECTED {e['file']} {key}: {cell.value!r}")
                bad += 1
    print(f"checked {len(expected)} forms, {nvals} values, {nlinks} links; {bad} problem(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
