#!/usr/bin/env python3
"""Re-opens every typed/*.xlsx with openpyxl (data_only=True) and checks each
expected value of expected.json against its cell (positions in cells.json).
Also checks organisation/year text, non-criterion rows, hidden rows/columns.

  python3 selfcheck.py            -> prints OK lines, exit 0 if all pass
  python3 selfcheck.py --inject   -> corrupts one expected value in memory to
                                     prove the check can fail (exit 1)
"""
import json, os, re, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SPACES = "\u00a0\u2009\u202f\u2007 "


def parse(cell):
    """Cell -> number (yes/no -> 1/0, % -> per cent) or stripped text."""
    v = cell.value
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v * 100 if "%" in (cell.number_format or "") else v
    if v is None:
        return None
    s = str(v).strip()
    low = s.lower()
    if low in ("да", "есть"):
        return 1
    if low in ("нет", "отсутствует"):
        return 0
    t = s
    for ch in SPACES:
        t = t.replace(ch, "")
    m = re.match(r"^(\d+(?:[.,]\d+)?)(%|чел\.?|\(.*\)|[а-яё.]*)$", t, re.I)
    if m:
        return float(m.group(1).replace(",", "."))
    return s


def same(exp, got):
    if isinstance(exp, str):
        return isinstance(got, str) and exp == got
    return isinstance(got, (int, float)) and abs(float(got) - float(exp)) < 0.05


def main():
    inject = "--inject" in sys.argv
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    if inject:
        expected[0]["values"]["mentors_total"] += 1
        print("(injected a wrong value: first file, mentors_total +1)")
    fails = total = 0
    for entry in expected:
        path = os.path.join(HERE, entry["file"])
        wb = openpyxl.load_workbook(path, data_only=True)
        bad = []
        cm = cells[entry["file"]]
        for cid, exp in entry["values"].items():
            total += 1
            loc = cm[cid]
            ws = wb[loc["sheet"]]
            got = parse(ws[loc["cell"]])
            if ws.row_dimensions[ws[loc["cell"]].row].hidden:
                bad.append(f"{cid}: expected cell {loc['cell']} is in a hidden row")
            elif not same(exp, got):
                bad.append(f"{cid}: expected {exp!r}, cell {loc['sheet']}!{loc['cell']} gives {got!r}")
        form = wb[next(iter(cm.values()))["sheet"]]
        texts = [str(c.value) for row in form.iter_rows() for c in row if c.value is not None]
        if not any(entry["organisation"] in t for t in texts):
            bad.append("organisation text not found")
        if not any(str(entry["year"]) in t for t in texts[:12]):
            bad.append("year not found above the table")
        for t in entry["not_criteria"]:
            if t not in texts:
                bad.append(f"non-criterion row not found: {t!r}")
        hidden_rows = [r for r, d in form.row_dimensions.items() if d.hidden]
        hidden_cols = [c for c, d in form.column_dimensions.items() if d.hidden]
        traps = f"hidden rows {hidden_rows or '-'}, hidden cols {hidden_cols or '-'}"
        if bad:
            fails += len(bad)
            print(f"FAIL {entry['file']}")
            for b in bad:
                print("   ", b)
        else:
            print(f"OK   {entry['file']}: {len(entry['values'])} values, "
                  f"{len(entry['not_criteria'])} non-criterion rows; {traps}")
    print(f"{'OK' if not fails else 'FAILED'}: {total} values checked, {fails} problem(s)")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
