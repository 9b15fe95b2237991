#!/usr/bin/env python3
"""Independent check of set 66: re-reads every workbook with openpyxl (cached values) and compares every
expected value and link of expected.json with the cell(s) named in cells.json.  Exit 1 on any mismatch."""
import json
import re
import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
YES = ("да", "имеется", "есть")
NO = ("нет", "отсутствует")

errors = []
_books = {}


def book(path):
    if path not in _books:
        _books[path] = openpyxl.load_workbook(HERE / path, data_only=True)
    return _books[path]


def read(path, sheet, coord):
    return book(path)[sheet][coord]


def as_number_or_flag(cell):
    """What a methodologist reads in the cell: yes/no -> 1/0, a percent-formatted fraction -> per cent,
    '21,95%' -> 21.95, a number -> the number; otherwise the text itself."""
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    s = str(v).strip()
    low = s.lower()
    if low.startswith(YES):
        return 1
    if low.startswith(NO):
        return 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        return float(m.group(1).replace(",", "."))
    return s


def same(got, exp):
    if isinstance(exp, str):
        return isinstance(got, str) and got == exp
    if isinstance(got, (int, float)) and not isinstance(got, bool):
        return abs(got - exp) < 0.006
    return False


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    index = {}
    for rec in cells:
        key = (rec["file"], rec["organisation"], rec["kind"], rec["criterion"])
        if key in index:
            errors.append(f"duplicate cell record {key}")
        index[key] = rec
    n_val = n_link = 0
    files = set()
    for e in expected:
        files.add(e["file"])
        if e["year"] != 2024:
            errors.append(f"{e['file']}: year {e['year']}")
        for kind, items in (("value", e["values"]), ("link", e["links"])):
            for crit, exp in items.items():
                rec = index.pop((e["file"], e["organisation"], kind, crit), None)
                if rec is None:
                    errors.append(f"{e['file']} {crit} ({kind}): no cell record")
                    continue
                if rec["expected"] != exp:
                    errors.append(f"{e['file']} {crit}: cells.json says {rec['expected']!r}, expected.json {exp!r}")
                if kind == "link":
                    n_link += 1
                    got = read(e["file"], rec["sheet"], rec["cell"]).value
                    if got != exp:
                        errors.append(f"{e['file']} {rec['sheet']}!{rec['cell']} link {crit}: {got!r} != {exp!r}")
                    if not str(exp).startswith("https://"):
                        errors.append(f"{e['file']} link {crit} is not an https URL")
                    continue
                n_val += 1
                if "cells" in rec:  # a plain sum over unit cells
                    parts = [as_number_or_flag(read(e["file"], sh, c)) for sh, c in rec["cells"]]
                    if rec.get("op") != "sum" or any(not isinstance(p, (int, float)) for p in parts):
                        errors.append(f"{e['file']} {crit}: bad sum parts {parts}")
                        continue
                    got = sum(parts)
                else:
                    got = as_number_or_flag(read(e["file"], rec["sheet"], rec["cell"]))
                if not same(got, exp):
                    where = rec.get("cells") or f"{rec['sheet']}!{rec['cell']}"
                    errors.append(f"{e['file']} {where} {crit}: read {got!r}, expected {exp!r}")
    for key in index:
        errors.append(f"cell record without expectation: {key}")
    on_disk = {f"typed/{p.name}" for p in (HERE / "typed").glob("*.xlsx")}
    if on_disk != files:
        errors.append(f"files on disk {sorted(on_disk)} != files in expected.json {sorted(files)}")
    if not 5 <= len(files) <= 8:
        errors.append(f"{len(files)} files")
    if not 150 <= n_val <= 280:
        errors.append(f"{n_val} values")
    for err in errors:
        print("MISMATCH:", err)
    print(f"{len(files)} files, {len(expected)} entries, {n_val} values, {n_link} links: "
          + ("OK" if not errors else f"{len(errors)} problem(s)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
