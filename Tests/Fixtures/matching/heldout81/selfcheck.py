#!/usr/bin/env python3
"""heldout81 self-check, independent of make_typed.py.

Re-opens every typed workbook with openpyxl twice (data_only=True for what a reader sees, including the cached
values of the HYPERLINK formulas; data_only=False for the formulas themselves) and checks that
- expected.json and cells.json agree one to one, and every criterion id is in Templates/criteria.tsv;
- every expected value is in the cell cells.json names, in the visible column headed «Значение», and that the
  text the cell holds, parsed by the unit of its row («да/нет», «1 – да, 0 – нет», «%», «доля (0–1)», counts with
  no-break spaces), gives the expected value;
- every expected link is a =HYPERLINK("url","…") formula with a cached value, in its value's row (current export)
  or in the «Файлы» row with the same IND_ID (old module), and the url is the expected one;
- no HYPERLINK formula in any file lacks its cached value;
- the organisation's name and «Код ОО: 18…» are typed in the file, and so are the headings and not_criteria;
- the 2024 figures are consistent: parts ≤ wholes and every share = part / whole.
Exits 1 on any mismatch."""
import json
import pathlib
import re
import sys

import openpyxl
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
NBSP = "\u00a0"
errors = []


def err(msg):
    errors.append(msg)


def units():
    out = {}
    for line in CRITERIA_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        p = line.split("\t")
        out[p[0]] = p[2]
    return out


HL = re.compile(r'^=HYPERLINK\("([^"]+)"\s*[,;]\s*"([^"]*)"\)$', re.I)


def parse(text, cunit, row_unit, cid):
    t = text.strip()
    if cunit == "yesno":
        return {"да": 1, "нет": 0, "1": 1, "0": 0}[t.lower()]
    if cunit == "count":
        if t.lower() in ("да", "нет"):       # an organisation's «наличие» row of a count criterion
            return {"да": 1, "нет": 0}[t.lower()]
        return int(t.replace(NBSP, "").replace(" ", ""))
    if cunit in ("share", "level"):
        x = float(t.replace("%", "").replace(",", ".").strip())
        if "доля" in (row_unit or ""):
            x *= 100
        return round(x, 2)
    if cunit == "list":
        if ";" in t or "\n" in t:
            parts = re.split(r"[;\n]", t)
        elif cid == "partner_list":       # the old module joins the partners with commas
            parts = t.split(", ")
        else:
            parts = [t]
        return "; ".join(p.strip() for p in parts if p.strip())
    return t


def header_cols(ws):
    """{header text: column index} of the human header row (the row holding «Значение»)."""
    for row in ws.iter_rows(min_row=1, max_row=15):
        texts = {c.value: c.column for c in row if isinstance(c.value, str)}
        if "Значение" in texts:
            return texts, row[0].row
    return {}, None


def all_texts(wb):
    out = set()
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.add(c.value.strip())
    return out


def main():
    cu = units()
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    seen = {}
    for c in cells:
        k = (c["file"], c["criterion"], c["kind"])
        if k in seen:
            err(f"duplicate cells.json entry {k}")
        seen[k] = c
    n_val = n_link = 0
    used = set()
    for e in expected:
        f = e["file"]
        if e.get("year") != 2024:
            err(f"{f}: year {e.get('year')}")
        path = HERE / f
        if not path.exists():
            err(f"{f}: missing")
            continue
        wv = openpyxl.load_workbook(path, data_only=True)
        wf = openpyxl.load_workbook(path, data_only=False)
        texts = all_texts(wv)
        # organisation and its code
        if e["organisation"] not in texts:
            err(f"{f}: organisation {e['organisation']!r} not typed")
        if not any(re.fullmatch(r"Код ОО: 18\d{4}", t) for t in texts):
            err(f"{f}: no «Код ОО: 18…» cell")
        for t in e["headings"] + e["not_criteria"]:
            if t not in texts:
                err(f"{f}: heading / not_criteria {t!r} not typed")
        # every HYPERLINK has a cached value
        for ws in wf:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.upper().startswith("=HYPERLINK"):
                        cached = wv[ws.title][c.coordinate].value
                        if not cached:
                            err(f"{f}!{ws.title}!{c.coordinate}: HYPERLINK without cached value")
        for cid, val in e["values"].items():
            n_val += 1
            if cid not in cu:
                err(f"{f}: unknown criterion {cid}")
                continue
            c = seen.get((f, cid, "value"))
            if not c:
                err(f"{f}: {cid} value has no cells.json entry")
                continue
            used.add((f, cid, "value"))
            ws = wv[c["sheet"]]
            cell = ws[c["cell"]]
            if not isinstance(cell.value, str):
                err(f"{f}!{c['cell']}: {cid} is not stored as text ({cell.value!r})")
                continue
            if cell.value != c["shown"]:
                err(f"{f}!{c['cell']}: holds {cell.value!r}, cells.json says {c['shown']!r}")
            heads, hrow = header_cols(ws)
            if heads.get("Значение") != cell.column:
                err(f"{f}!{c['cell']}: {cid} not in the column «Значение»")
            letter = get_column_letter(cell.column)
            if ws.column_dimensions[letter].hidden:
                err(f"{f}!{c['cell']}: {cid} sits in a hidden column")
            ucol = heads.get("Ед. изм.")
            row_unit = ws.cell(cell.row, ucol).value if ucol else None
            code_col = heads.get("Код") or heads.get("IND_ID")
            code = ws.cell(cell.row, code_col).value if code_col else None
            if code != c["code"]:
                err(f"{f}!{c['cell']}: code {code!r} != {c['code']!r}")
            try:
                got = parse(cell.value, cu[cid], row_unit, cid)
            except Exception as ex:   # noqa: BLE001
                err(f"{f}!{c['cell']}: cannot parse {cell.value!r} ({ex})")
                continue
            if isinstance(val, float) or isinstance(got, float):
                if abs(float(got) - float(val)) > 0.005:
                    err(f"{f}!{c['cell']}: {cid} reads {got}, expected {val}")
            elif got != val:
                err(f"{f}!{c['cell']}: {cid} reads {got!r}, expected {val!r}")
            if c["expected"] != val:
                err(f"{f}: cells.json expected for {cid} differs from expected.json")
        for cid, url in e["links"].items():
            n_link += 1
            if cid not in e["values"]:
                err(f"{f}: link for {cid} without a value")
            c = seen.get((f, cid, "link"))
            if not c:
                err(f"{f}: {cid} link has no cells.json entry")
                continue
            used.add((f, cid, "link"))
            formula = wf[c["sheet"]][c["cell"]].value
            m = HL.match(formula or "")
            if not m:
                err(f"{f}!{c['cell']}: not a HYPERLINK formula: {formula!r}")
                continue
            if m.group(1) != url or c["expected"] != url:
                err(f"{f}!{c['cell']}: url {m.group(1)!r} != {url!r}")
            cached = wv[c["sheet"]][c["cell"]].value
            if cached != m.group(2):
                err(f"{f}!{c['cell']}: cached {cached!r} != shown {m.group(2)!r}")
            vc = seen.get((f, cid, "value"))
            if vc:
                if c["sheet"] == vc["sheet"]:
                    if re.sub(r"\D", "", c["cell"]) != re.sub(r"\D", "", vc["cell"]):
                        err(f"{f}: link of {cid} not in its value's row")
                else:
                    ls = wv[c["sheet"]]
                    lr = int(re.sub(r"\D", "", c["cell"]))
                    if ls.cell(lr, 1).value != vc["code"]:
                        err(f"{f}: link of {cid} on «{c['sheet']}» is in the row of {ls.cell(lr, 1).value!r}, not {vc['code']!r}")
        check_consistency(f, e["values"])
    for k in seen:
        if k not in used:
            err(f"cells.json entry {k} not in expected.json")
    print(f"{len(expected)} forms, {n_val} values, {n_link} links checked")
    if errors:
        print("\n".join(errors[:100]))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


SHARES = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["young_specialists_mentees", "teachers_other_mentees"], ["young_specialists", "teachers_other"]),
    "share_teachers_mentors": (["teachers_mentors"], ["young_specialists", "teachers_other"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
PARTS = [
    ("mentees_risk", "mentees_10_19"), ("mentees_disabled", "mentees_10_19"), ("mentees_low_motivation", "mentees_10_19"),
    ("mentees_career", "mentees_10_19"), ("mentees_other_params", "mentees_10_19"), ("mentees_gifted", "mentees_10_19"),
    ("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"), ("students_15_19", "students_10_19"),
    ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
    ("young_specialists_mentors", "young_specialists"), ("young_specialists_mentors", "teachers_mentors"),
    ("teachers_mentors", "teachers_municipal"), ("teachers_in_pp", "teachers_municipal"),
    ("mentees_10_19", "mentees_total"), ("mentors_15_19", "mentors_total"), ("teachers_mentors", "mentors_total"),
    ("mentors_15_19", "students_15_19_in_programmes"),
]


def check_consistency(f, v):
    for a, b in PARTS:
        if a in v and b in v and v[a] > v[b]:
            err(f"{f}: {a}={v[a]} > {b}={v[b]}")
    cats = [v[k] for k in ("mentees_risk", "mentees_disabled", "mentees_low_motivation", "mentees_career",
                           "mentees_other_params") if k in v]
    if cats and sum(cats) > v.get("mentees_10_19", 10 ** 9):
        err(f"{f}: categories {sum(cats)} > mentees_10_19")
    pps = [v[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil",
                          "pp_student_pupil", "pp_other") if k in v]
    if pps and "pp_total" in v and sum(pps) != v["pp_total"]:
        err(f"{f}: ППН forms add to {sum(pps)}, total {v['pp_total']}")
    if "teachers_municipal" in v and "young_specialists" in v and "teachers_other" in v:
        if v["teachers_municipal"] != v["young_specialists"] + v["teachers_other"]:
            err(f"{f}: teachers total != young specialists + others")
    for s, (num, den) in SHARES.items():
        if s in v and all(k in v for k in num + den):
            w = sum(v[k] for k in den)
            want = round(100.0 * sum(v[k] for k in num) / w, 2)
            if abs(want - v[s]) > 0.011:
                err(f"{f}: {s}={v[s]}, counts give {want}")


if __name__ == "__main__":
    main()
