#!/usr/bin/env python3
"""Checks every value in expected.json against its cell (openpyxl, data_only=True).
Exit code 1 and a list of problems if anything disagrees; prints OK otherwise."""
import json, os, re, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
colmap = json.load(open(os.path.join(HERE, "columns_map.json"), encoding="utf-8"))
errors = []
checked = 0

def cell_value(v):
    """interpret a cell the way expected.json states values"""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, str):
        s = v.strip()
        if s == "Да":
            return 1
        if s == "Нет":
            return 0
        if re.fullmatch(r"-?\d+(,\d+)?", s):
            f = float(s.replace(",", "."))
            return int(f) if f.is_integer() else f
        return s
    return v

def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b

for e in expected:
    fname = os.path.basename(e["file"])
    m = colmap[fname]
    path = os.path.join(HERE, e["file"])
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb[m["sheet"]]
    if wb.sheetnames[0] != m["sheet"]:
        errors.append("%s: data sheet is not the first sheet" % fname)
    hr = m["header_row"]
    headers = {}
    for c in range(1, ws.max_column + 1):
        h = ws.cell(hr, c).value
        if isinstance(h, str):
            headers.setdefault(h, []).append(c)
    # criterion columns: one column each, and the header must exist
    ccol = {}
    for cid, title in m["columns"].items():
        cols = headers.get(title, [])
        if len(cols) != 1:
            errors.append("%s: header %r found %d times" % (fname, title, len(cols)))
        else:
            ccol[cid] = cols[0]
    for t in e["not_criteria"]:
        if len(headers.get(t, [])) != 1:
            errors.append("%s: non-criterion header %r not found once" % (fname, t))
        if t in m["columns"].values():
            errors.append("%s: %r listed both as criterion and not" % (fname, t))
    # organisation rows
    rows = {}
    for r in range(hr + 1, ws.max_row + 1):
        for c in range(1, min(ws.max_column, 6) + 1):
            v = ws.cell(r, c).value
            if isinstance(v, str) and v in e["organisation"]:
                rows.setdefault(v, []).append(r)
    if len(e["organisation"]) != len(e["values"]):
        errors.append("%s: organisation/values length differ" % fname)
    for org, vals in zip(e["organisation"], e["values"]):
        if len(rows.get(org, [])) != 1:
            errors.append("%s: organisation %r found %d times" % (fname, org, len(rows.get(org, []))))
            continue
        r = rows[org][0]
        for cid, c in ccol.items():
            got = cell_value(ws.cell(r, c).value)
            want = vals.get(cid)
            checked += 1
            if want is None and got is not None:
                errors.append("%s / %s / %s: cell has %r but nothing expected" % (fname, org, cid, got))
            elif want is not None and not same(got, want):
                errors.append("%s / %s / %s: cell %r != expected %r" % (fname, org, cid, got, want))
        for cid in vals:
            if cid not in ccol:
                errors.append("%s / %s: expected criterion %s has no column" % (fname, org, cid))
    if not any(vals for vals in e["values"]) or sum(1 for v in e["values"] if not v) > 1:
        errors.append("%s: wrong number of empty organisations" % fname)
    # year
    yr = str(e["year"])
    if "year_column" in m:
        yc = headers.get(m["year_column"], [None])[0]
        for org in e["organisation"]:
            for r in rows.get(org, []):
                if ws.cell(r, yc).value != e["year"]:
                    errors.append("%s / %s: year cell %r" % (fname, org, ws.cell(r, yc).value))
    elif yr not in fname and yr not in ws.title and not any(
            yr in str(ws.cell(r, 1).value or "") for r in range(1, hr)):
        errors.append("%s: year %s not visible in file name, sheet name or title" % (fname, yr))
    # total row of file 1 = sum of organisations
    if "total_row_label" in m:
        tr = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == m["total_row_label"]]
        if len(tr) != 1 or tr[0] != ws.max_row:
            errors.append("%s: total row not found as last row" % fname)
        else:
            for cid, c in ccol.items():
                s = sum(v.get(cid, 0) for v in e["values"])
                checked += 1
                if not same(ws.cell(tr[0], c).value, s):
                    errors.append("%s: total of %s is %r, sum is %r" % (fname, cid, ws.cell(tr[0], c).value, s))
        for g in ("Общеобразовательные организации", "Организации дополнительного образования"):
            gr = [r for r in range(hr + 1, ws.max_row + 1) if ws.cell(r, 2).value == g]
            if len(gr) != 1 or any(ws.cell(gr[0], c).value is not None
                                   for c in range(3, ws.max_column + 1)):
                errors.append("%s: group row %r missing or not empty" % (fname, g))
        if not ws.column_dimensions["A"].hidden or ws.cell(1, 1).value != "ID":
            errors.append("%s: hidden ID column missing" % fname)
    # «Свод» of file 3 = totals recomputed from the organisations
    if "svod" in m:
        sv = wb[m["svod"]["sheet"]]
        found = {sv.cell(r, 2).value: sv.cell(r, 3).value for r in range(1, sv.max_row + 1)}
        for title, t in m["svod"]["totals"].items():
            cid = [k for k, v in m["columns"].items() if v == title][0]
            vals = [v[cid] for v in e["values"] if cid in v]
            checked += 1
            if "Доля" in title:
                want = round(sum(vals) / len(vals), 1)
            else:
                want = sum(vals)
            if not same(found.get(title), want) or not same(t, want):
                errors.append("%s: Свод %r = %r, recomputed %r" % (fname, title, found.get(title), want))
        if "Параметры выгрузки" not in wb.sheetnames:
            errors.append("%s: sheet «Параметры выгрузки» missing" % fname)
        if any(org in found for org in e["organisation"]):
            errors.append("%s: Свод holds an organisation row" % fname)

if errors:
    print("FAIL (%d problems)" % len(errors))
    for x in errors:
        print("  " + x)
    sys.exit(1)
print("OK: %d files, %d cells/totals checked" % (len(expected), checked))
