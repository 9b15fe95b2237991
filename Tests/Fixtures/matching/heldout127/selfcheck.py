#!/usr/bin/env python3
"""Self-check of heldout127: re-opens every typed file with openpyxl (data_only=True) and checks that every expected
value and link is in the cell cells.json names, that every expected cell lies inside the 2024 block (and no
expected cell inside another year's block), that the other years' cells hold what cells.json says, and the set's
own promises (shares = part / whole rounded to 2 decimals; mentee groups sum to mentees_10_19; pp forms sum to
pp_total; mentors_total and mentees_total are the sums of their parts; 35–45 values, 3–4 not-criteria and 70–85 %
of non-contingent rows with a link per form; no row title copies a catalogue wording). Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
YEAR = 2024
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")
YES = {"да", "есть", "имеется", "1"}
NO = {"нет", "0", "отсутствует"}

errors = []


def err(msg):
    errors.append(msg)


def as_number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        t = v.strip().lower()
        if t in YES:
            return 1.0
        if t in NO:
            return 0.0
        t = t.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    return None


def split_list(v):
    return [p.strip() for p in re.split(r"[;\n]", str(v)) if p.strip()]


def norm(text):
    t = str(text).lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return " ".join(t.split())


def row_of(coord):
    return coordinate_from_string(coord)[1]


def ratio(part, whole):
    return round(100.0 * part / whole + 1e-9, 2)


def check_promises(label, v, strict_parts=True):
    ops = {"share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
           "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
           "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
           "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                      ["teachers_other", "young_specialists"]),
           "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
           "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"])}
    for sid, (parts, wholes) in ops.items():
        if sid in v:
            if not all(k in v for k in parts + wholes):
                err(f"{label}: {sid} present without its operands")
                continue
            r = ratio(sum(v[k] for k in parts), sum(v[k] for k in wholes))
            if abs(float(v[sid]) - r) > 0.005:
                err(f"{label}: {sid} = {v[sid]}, but part / whole = {r}")
    if "mentees_10_19" in v:
        present = [k for k in GROUPS if k in v]
        if len(present) != len(GROUPS):
            err(f"{label}: mentee groups missing: {set(GROUPS) - set(present)}")
        if sum(v[k] for k in present) != v["mentees_10_19"]:
            err(f"{label}: mentee groups sum to {sum(v[k] for k in present)}, mentees_10_19 = {v['mentees_10_19']}")
    if "pp_total" in v:
        s = sum(v[k] for k in PP_FORMS if k in v)
        if s != v["pp_total"]:
            err(f"{label}: pp forms sum to {s}, pp_total = {v['pp_total']}")
    if "mentors_total" in v:
        s = sum(v.get(k, 0) for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                      "enterprise_mentors", "other_org_mentors"))
        if s != v["mentors_total"]:
            err(f"{label}: mentors parts sum to {s}, mentors_total = {v['mentors_total']}")
    if "mentees_total" in v:
        s = sum(v.get(k, 0) for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"))
        if s != v["mentees_total"]:
            err(f"{label}: mentees parts sum to {s}, mentees_total = {v['mentees_total']}")
    if "young_specialists_mentors" in v and v["young_specialists_mentors"] > v.get("teachers_mentors", 0):
        err(f"{label}: young specialists as mentors exceed teacher mentors")


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells, blocks, other = cj["cells"], cj["blocks"], cj["other_years"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    cat_norm = set()
    for r in cat.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k].strip():
                cat_norm.add(norm(r[k]))

    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    def holds(cell_value, exp, cid):
        unit = cat[cid]["unit"] if cid in cat else "count"
        if unit == "list":
            return split_list(cell_value) == split_list(exp)
        if unit == "text":
            return str(cell_value).strip() == str(exp).strip()
        if isinstance(exp, str):
            return str(cell_value).strip() == exp.strip()
        n = as_number(cell_value)
        return n is not None and abs(n - float(exp)) <= 0.005

    # 1. every expected cell holds what it promises
    checked = 0
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        if c["kind"] == "link":
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if cell.value != c["expected"] and target != c["expected"]:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {c['expected']!r}, got {cell.value!r}")
        elif not holds(cell.value, c["expected"], c["criterion"]):
            err(f"{c['file']} {c['cell']} {c['criterion']}: expected {c['expected']!r}, got {cell.value!r}")
        rowvals = [x.value for x in ws[row_of(c["cell"])]]
        if c["row_title"] not in rowvals:
            err(f"{c['file']} {c['cell']}: row title {c['row_title']!r} not on that row")
        checked += 1

    # 2. the other years' cells hold their values too (so a reader that takes them gets a wrong answer)
    for o in other:
        ws = sheet(o["file"], o["sheet"])
        cell = ws[o["cell"]]
        ok = (cell.value == o["value"]) if o["kind"] == "link" else holds(cell.value, o["value"], o["criterion"])
        if not ok:
            err(f"{o['file']} {o['sheet']}!{o['cell']} ({o['year']}) {o['criterion']}: expected {o['value']!r}, "
                f"got {cell.value!r}")
        checked += 1

    # 3. blocks: the label row names its year; blocks of one sheet do not overlap
    by_sheet = {}
    for b in blocks:
        ws = sheet(b["file"], b["sheet"])
        lab = ws[b["label_cell"]].value
        if lab != b["label"] or str(b["year"]) not in lab:
            err(f"{b['file']} {b['sheet']}!{b['label_cell']}: block label {lab!r} does not name {b['year']}")
        if not any(str(rng).startswith(b["label_cell"] + ":") for rng in ws.merged_cells.ranges):
            err(f"{b['file']} {b['sheet']}!{b['label_cell']}: block label row is not merged")
        by_sheet.setdefault((b["file"], b["sheet"]), []).append(b)
    for key, bl in by_sheet.items():
        bl = sorted(bl, key=lambda x: x["first_row"])
        for a, b in zip(bl, bl[1:]):
            if a["last_row"] >= b["first_row"]:
                err(f"{key}: blocks {a['year']} and {b['year']} overlap")

    # 4. per form
    files = set()
    for e in expected:
        f = e["file"]
        files.add(f)
        label = f + (f" [{e['sheet']}]" if "sheet" in e else "")
        if e["year"] != YEAR:
            err(f"{label}: year {e['year']}")
        fb = [b for b in blocks if b["file"] == f and b["expected"]]
        if len(fb) != 1:
            err(f"{label}: {len(fb)} blocks of {YEAR}")
            continue
        b24 = fb[0]
        if "sheet" in e and e["sheet"] != b24["sheet"]:
            err(f"{label}: the expected sheet is not the sheet of the {YEAR} block")
        if "sheet" not in e and len({b["sheet"] for b in blocks if b["file"] == f}) != 1:
            err(f"{label}: several sheets but no 'sheet' in expected.json")
        ws = sheet(f, b24["sheet"])
        fc = [c for c in cells if c["file"] == f]
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(vals) != set(e["values"]):
            err(f"{label}: values of expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{label}: links of expected.json and cells.json differ: {set(links) ^ set(e['links'])}")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if r is None or r["level"] != "org" or not r["wording_2024"].strip() or \
                    r["aggregation"] in ("forms", "sum_of"):
                err(f"{label}: {cid} is not an organisation criterion of {YEAR}")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{label}: {cid}: expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if cid in links and links[cid]["expected"] != u:
                err(f"{label}: link of {cid} differs between expected.json and cells.json")
            if not u.startswith("https://"):
                err(f"{label}: link of {cid} is not a URL")
            if cid not in vals:
                err(f"{label}: link of {cid} without a value")
            elif row_of(links[cid]["cell"]) != row_of(vals[cid]["cell"]):
                err(f"{label}: link of {cid} is not on its value's row")
            if cid in CONTINGENTS or cid.startswith("share_"):
                err(f"{label}: a contingent / share row has a link: {cid}")
        for c in fc:
            if c["sheet"] != b24["sheet"] or not b24["first_row"] < row_of(c["cell"]) <= b24["last_row"]:
                err(f"{label}: expected cell {c['sheet']}!{c['cell']} is outside the {YEAR} block")
        # titles, not-criteria and headings inside the 2024 block
        block_rows = {}
        for rr in range(b24["first_row"], b24["last_row"] + 1):
            block_rows[rr] = [x.value for x in ws[rr]]
        block_texts = {v for rv in block_rows.values() for v in rv if isinstance(v, str)}
        for t in e["not_criteria"]:
            rows = [rr for rr, rv in block_rows.items() if t in rv]
            if not rows:
                err(f"{label}: not-criterion {t!r} is not in the {YEAR} block")
            elif not any(isinstance(x, (int, float)) for x in block_rows[rows[0]]):
                err(f"{label}: not-criterion {t!r} has no value")
        for h in e["headings"]:
            if h not in block_texts:
                err(f"{label}: heading {h!r} is not in the {YEAR} block")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{label}: {len(e['not_criteria'])} not-criteria (3–4 wanted)")
        if not e["headings"]:
            err(f"{label}: no headings")
        # the organisation is named on the sheet
        texts = {x.value for row in ws.iter_rows() for x in row if isinstance(x.value, str)}
        if not any(e["organisation"] in t for t in texts):
            err(f"{label}: organisation {e['organisation']!r} not named on the sheet")
        # counts and the link ratio
        n = len(e["values"])
        if not 35 <= n <= 45:
            err(f"{label}: {n} values (35–45 wanted)")
        nonc = [k for k in e["values"] if k not in CONTINGENTS]
        noshare = [k for k in nonc if not k.startswith("share_")]
        r1 = len(e["links"]) / len(nonc)
        r2 = len(e["links"]) / len(noshare)
        if not (0.70 <= r1 and r2 <= 0.85):
            err(f"{label}: links on {r1:.0%} of non-contingent rows ({r2:.0%} without shares); 70–85 % wanted")
        check_promises(label, e["values"])
        # other years: present (except the only-2024 file), and different enough from 2024 to be detectable
        oy = [o for o in other if o["file"] == f and o["kind"] == "value"]
        for year in sorted({o["year"] for o in oy}):
            ov = {o["criterion"]: o["value"] for o in oy if o["year"] == year}
            differ = [k for k in ov if k in e["values"] and ov[k] != e["values"][k]]
            is_plan = any(o["plan"] for o in oy if o["year"] == year)
            if len(differ) < (5 if is_plan else 10):
                err(f"{label}: the {year} block differs from {YEAR} in only {len(differ)} criteria")
            if not is_plan:
                check_promises(f"{label} ({year})", ov)
        # no expected cell is shared with another year's cell
        ocells = {(o["sheet"], o["cell"]) for o in other if o["file"] == f}
        for c in fc:
            if (c["sheet"], c["cell"]) in ocells:
                err(f"{label}: cell {c['cell']} is listed both as {YEAR} and as another year")

    # 5. no row title of any block copies a catalogue wording
    for f in files:
        for ws in books[f].worksheets:
            for row in ws.iter_rows():
                for x in row:
                    if isinstance(x.value, str) and norm(x.value) in cat_norm:
                        err(f"{f} {ws.title}!{x.coordinate}: copies a catalogue wording: {x.value!r}")

    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {nl} links, "
          f"{len(other)} other-year cells, {checked} cells checked")


if __name__ == "__main__":
    main()
