#!/usr/bin/env python3
"""Self-check of heldout123: re-opens every typed file with openpyxl (data_only=True) and checks that every expected
value and link is in the cell cells.json names, that its caption is the italic cell right under the value (right
above it in the caption-above file), and the set's own promises (shares = part / whole rounded to 2 decimals; mentee
groups sum to mentees_10_19; pp forms sum to pp_total; mentors_total and mentees_total are the sums of their parts;
35–45 values and 70–85 % links per form; no caption copies a catalogue wording or shares a five-word phrase with one;
every criterion captioned differently in every file).  Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
YES = {"да", "v", "имеется", "есть", "1"}
NO = {"нет", "0", "не имеется"}

errors = []


def err(msg):
    errors.append(msg)


def as_number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        t = v.strip().strip("_").strip().lower()
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


def words(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return [w for w in t.split() if w]


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def rc(coord):
    col, row = coordinate_from_string(coord)
    return row, column_index_from_string(col)


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells, layout = cj["cells"], cj["layout"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}

    books = {}

    def sheet(file):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][layout[file]["sheet"]]

    def caption_of(file, ws, row, col):
        """the caption cell of a value cell at (row, col)"""
        d = -1 if layout[file]["caption"] == "above" else 1
        return ws.cell(row + d, col)

    def merged_width(ws, row, col):
        for mr in ws.merged_cells.ranges:
            if mr.min_row == row and mr.min_col == col:
                return mr.max_col - mr.min_col + 1
        return 1

    # 1. every cell of cells.json holds what it promises, and its caption is where the layout puts it
    checked = 0
    for c in cells:
        ws = sheet(c["file"])
        cell = ws[c["cell"]]
        exp = c["expected"]
        if c["kind"] == "link":
            if cell.value != exp:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {exp!r}, got {cell.value!r}")
        else:
            v = cell.value
            unit = cat[c["criterion"]]["unit"]
            if unit == "list":
                if split_list(v) != split_list(exp):
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected list {exp!r}, got {v!r}")
            elif unit == "text":
                if str(v).strip() != str(exp).strip():
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected text {exp!r}, got {v!r}")
            else:
                n = as_number(v)
                if n is None or abs(n - float(exp)) > 0.005:
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected {exp!r}, got {v!r}")
            row, col = rc(c["cell"])
            cap = caption_of(c["file"], ws, row, col)
            if cap.coordinate != c["caption_cell"] or cap.value != c["caption"]:
                err(f"{c['file']} {c['cell']} {c['criterion']}: caption {cap.value!r} at {cap.coordinate}, "
                    f"cells.json says {c['caption']!r} at {c['caption_cell']}")
            if not (cap.font and cap.font.i):
                err(f"{c['file']} {cap.coordinate}: caption not italic")
            if not (c["caption"].startswith("(") and c["caption"].endswith(")")):
                err(f"{c['file']}: caption not in parentheses: {c['caption']!r}")
            w = merged_width(ws, row, col)
            if layout[c["file"]]["merged"] and w < 2:
                err(f"{c['file']} {c['cell']}: value cell not merged over several columns")
            if not layout[c["file"]]["merged"] and w != 1:
                err(f"{c['file']} {c['cell']}: value cell merged in a file that does not merge")
        checked += 1

    # 2. expected.json and cells.json agree; not-criteria, headings, organisation and year are in the sheets
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    caps_by_crit = {}
    for e in expected:
        fc = by_file.get(e["file"], [])
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {}
        for c in fc:
            if c["kind"] == "link":
                links[c["criterion"]] = c
        if set(vals) != set(e["values"]):
            err(f"{e['file']}: values in expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{e['file']}: links in expected.json and cells.json differ")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if r is None or not r["wording_2024"].strip() or r["level"] != "org" \
                    or r["aggregation"] in ("forms", "sum_of"):
                err(f"{e['file']}: {cid} is not an org-level 2024 criterion read from forms")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{e['file']}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
            if cid in vals:
                caps_by_crit.setdefault(cid, []).append((e["file"], vals[cid]["caption"]))
        for cid, u in e["links"].items():
            if links[cid]["expected"] != u:
                err(f"{e['file']}: link {cid} differs")
            if not u.startswith("https://"):
                err(f"{e['file']}: link {cid} is not a URL")
            if rc(links[cid]["cell"])[0] != rc(vals[cid]["cell"])[0]:
                err(f"{e['file']}: link {cid} not on the value's row")
            if cid in CONTINGENTS or cid.startswith("share_"):
                err(f"{e['file']}: a contingent or share has a link: {cid}")
        ws = sheet(e["file"])
        texts = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    texts.setdefault(cell.value, []).append(cell)
        for t in e["not_criteria"]:
            found = [cl for cl in texts.get(t, []) if cl.font and cl.font.i]
            if len(found) != 1:
                err(f"{e['file']}: not-criterion caption {t!r} found {len(found)} times")
                continue
            d = 1 if layout[e["file"]]["caption"] == "above" else -1
            if ws.cell(found[0].row + d, found[0].column).value in (None, ""):
                err(f"{e['file']}: not-criterion {t!r} has no value")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{e['file']}: {len(e['not_criteria'])} not-criteria (3–4 wanted)")
        for h in e["headings"]:
            if h not in texts:
                err(f"{e['file']}: heading {h!r} not found")
        org_cells = texts.get(e["organisation"], [])
        if len(org_cells) != 1:
            err(f"{e['file']}: organisation found {len(org_cells)} times")
        else:
            cap = caption_of(e["file"], ws, org_cells[0].row, org_cells[0].column).value or ""
            if not (cap.startswith("(полное наименование") or cap.startswith("(наименование")):
                err(f"{e['file']}: the organisation's caption is {cap!r}")
        years = [cl for cl in ws.iter_rows() for cl in cl if as_number(cl.value) == 2024.0]
        if not any("год" in (caption_of(e["file"], ws, cl.row, cl.column).value or "") for cl in years):
            err(f"{e['file']}: no 2024 over a year caption")
        if e["year"] != 2024:
            err(f"{e['file']}: year")

        # 3. figures consistent inside the form
        v = e["values"]
        nv = len(v)
        if not 35 <= nv <= 45:
            err(f"{e['file']}: {nv} values (35–45 wanted)")
        docs = [k for k in v if k not in CONTINGENTS and not k.startswith("share_")]
        rate = len(e["links"]) / len(docs)
        if not 0.70 <= rate <= 0.85:
            err(f"{e['file']}: links on {rate:.0%} of the non-contingent rows (70–85 % wanted)")

        def ratio(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)
        ops = {"share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
               "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
               "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
               "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                                          ["teachers_other", "young_specialists"]),
               "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
               "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"])}
        for sid, (a, b) in ops.items():
            if sid in v:
                if not all(k in v for k in a + b):
                    err(f"{e['file']}: {sid} without its operands")
                elif abs(v[sid] - ratio(sum(v[k] for k in a), sum(v[k] for k in b))) > 0.005:
                    err(f"{e['file']}: {sid} {v[sid]} != part / whole")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{e['file']}: pp forms do not sum to pp_total")
        groups = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params"]
        if sum(v.get(k, 0) for k in groups) != v["mentees_10_19"]:
            err(f"{e['file']}: mentee groups do not sum to mentees_10_19")
        mparts = sum(v.get(k, 0) for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                           "enterprise_mentors", "other_org_mentors"))
        if mparts != v["mentors_total"]:
            err(f"{e['file']}: mentors_total {v['mentors_total']} != sum of its parts {mparts}")
        if v["mentees_10_19"] + v["young_specialists_mentees"] + v["teachers_other_mentees"] != v["mentees_total"]:
            err(f"{e['file']}: mentees_total is not the sum of its parts")
        for a, b in (("mentors_15_19", "students_15_19"), ("mentees_10_19", "students_10_19"),
                     ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                     ("young_specialists_mentors", "teachers_mentors")):
            if a in v and b in v and v[a] > v[b]:
                err(f"{e['file']}: {a} > {b}")

    # 4. wording: no catalogue wording copied, no catalogue phrase of five or more words
    cat_texts = [r[k] for r in cat.values() for k in ("wording_2023", "wording_2024", "form_wording") if r[k].strip()]
    cat_norm = {" ".join(words(t)) for t in cat_texts}
    cat5 = set()
    for t in cat_texts:
        cat5 |= ngrams(words(t), 5)
    all_caps = [t for lst in caps_by_crit.values() for _, t in lst]
    for e in expected:
        all_caps += e["not_criteria"]
    for t in all_caps:
        w = words(t)
        if " ".join(w) in cat_norm:
            err(f"caption copies a catalogue wording: {t!r}")
        common = ngrams(w, 5) & cat5
        if common:
            err(f"caption {t!r} shares a 5-word catalogue phrase: {sorted(' '.join(g) for g in common)}")
    for cid, lst in caps_by_crit.items():
        seen = {}
        for f, t in lst:
            k = " ".join(words(t))
            if k in seen:
                err(f"{cid}: same caption in {seen[k]} and {f}: {t!r}")
            seen[k] = f

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values, {nl} links, {checked} cells checked")


if __name__ == "__main__":
    main()
