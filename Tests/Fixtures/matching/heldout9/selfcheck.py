#!/usr/bin/env python3
"""Re-open every typed file (openpyxl, data_only=True) and check each expected value
against its cell after the value conventions; also check non-criterion rows and that
no row text copies a catalogue wording verbatim."""
import csv, json, os, re, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CRIT = os.path.join(HERE, "..", "..", "main", "Templates", "criteria.tsv")
units, wordings = {}, set()
with open(CRIT, encoding="utf-8") as fh:
    for r in csv.DictReader(fh, delimiter="\t"):
        # count_yes criteria are counted over organisations: in a school form they are yes/no
        units[r["id"]] = "yesno" if r["aggregation"] == "count_yes" else r["unit"]
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k].strip():
                wordings.add(r[k].strip().lower())

NUM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)")


def convert(cell, unit):
    v = cell.value
    if unit == "yesno":
        if isinstance(v, (int, float)):
            return int(v)
        s = str(v).strip().lower()
        return 1 if s.startswith("да") else 0 if s.startswith("нет") else None
    if unit in ("list", "text"):
        return v
    if isinstance(v, (int, float)):
        x = v * 100 if "%" in (cell.number_format or "") else v
    else:
        m = NUM.match(str(v))
        if not m:
            return None
        x = float(m.group(1).replace(",", "."))
    if unit == "count":
        return int(x)
    return x


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "_cells.json"), encoding="utf-8"))
    bad = 0
    for e in exp:
        wb = openpyxl.load_workbook(os.path.join(HERE, e["file"]), data_only=True)
        ws = wb.worksheets[0]
        texts = [str(c.value).strip() for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert e["year"] == 2024
        if not 22 <= len(e["values"]) <= 28:
            print("COUNT", e["file"], len(e["values"])); bad += 1
        for cid, want in e["values"].items():
            if units.get(cid) is None:
                print("UNKNOWN", e["file"], cid); bad += 1; continue
            c = ws[cells[e["file"]]["values"][cid]]
            got = convert(c, units[cid])
            ok = (got == want) if isinstance(want, str) else (got is not None and abs(got - want) < 1e-6)
            if not ok:
                print("MISMATCH", e["file"], cid, c.coordinate, repr(c.value), got, want); bad += 1
        if not 2 <= len(e["not_criteria"]) <= 3:
            print("NC COUNT", e["file"]); bad += 1
        for t in e["not_criteria"]:
            if t not in texts:
                print("NC MISSING", e["file"], t); bad += 1
        for t in texts:
            if t.lower() in wordings:
                print("VERBATIM", e["file"], t); bad += 1
    print("OK" if bad == 0 else f"FAILED: {bad}")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
