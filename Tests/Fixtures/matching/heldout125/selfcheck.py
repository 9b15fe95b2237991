#!/usr/bin/env python3
"""Self-check of heldout125: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell cells.json names, that the cell sits under its organisation's header (the
merged name over «Знач.» | «Док.», or the organisation's row and the criterion's column followed by «ссылка»), and
the set's own promises: shares = part / whole rounded to 2 decimals; mentee groups sum to mentees_10_19; pp forms
sum to pp_total; mentors_total and mentees_total are the sums of their parts; 35–45 values per organisation;
70–85 % of the documentable rows with a link; 3 not-criteria + the «Итого» per file; the «Итого» equals the sum of
the organisations; no catalogue wording copied and no five-word catalogue phrase in any title.
Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook
from openpyxl.utils import coordinate_to_tuple

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
GROUPS = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params"]
errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "1"}
NO = {"нет", "0"}


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
        try:
            return float(t.replace(",", ".").replace(" ", ""))
        except ValueError:
            return None
    return None


def words(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return [w for w in t.split() if w]


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def ratio(part, whole):
    return round(100.0 * part / whole + 1e-9, 2)


def merged_span(ws, coord):
    for rng in ws.merged_cells.ranges:
        if coord in rng:
            return rng
    return None


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    data = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells, layouts = data["cells"], {l["file"]: l for l in data["layouts"]}
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}

    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    # 1. every cell of cells.json holds what it promises
    checked = 0
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        exp = c["expected"]
        if c["kind"] == "link":
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if cell.value != exp and target != exp:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {exp!r}, got {cell.value!r}/{target!r}")
            if target is not None and cell.value != "док.":
                err(f"{c['file']} {c['cell']}: hyperlink cell shows {cell.value!r}, not «док.»")
        else:
            v = cell.value
            unit = cat[c["criterion"]]["unit"]
            if unit in ("list", "text"):
                if str(v).strip() != str(exp).strip():
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected text {exp!r}, got {v!r}")
            else:
                n = as_number(v)
                if n is None or abs(n - float(exp)) > 0.005:
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected {exp!r}, got {v!r}")
                if cat[c["criterion"]]["aggregation"] == "count_yes" and v not in ("да", "нет"):
                    err(f"{c['file']} {c['cell']}: yes/no not typed «да»/«нет»: {v!r}")
                if unit == "share" and not isinstance(v, (int, float)):
                    err(f"{c['file']} {c['cell']}: share not typed as a number: {v!r}")
        checked += 1

    # 2. structure: each cell under its organisation, titles, not-criteria, headings, totals
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    titles_by_crit = {}
    all_titles = []
    for e in expected:
        if e["year"] != 2024:
            err(f"{e['file']}: year")
        lay = layouts[e["file"]]
        ws = sheet(e["file"], lay["sheet"])
        orgs = e["organisation"]
        fc = by_file.get(e["file"], [])
        if not (len(orgs) == len(e["values"]) == len(e["links"]) == len(lay["org_cells"])):
            err(f"{e['file']}: organisation / values / links / header lengths differ")
        for i, (o, coord) in enumerate(zip(orgs, lay["org_cells"])):
            if ws[coord].value != o:
                err(f"{e['file']}: organisation {i} is {ws[coord].value!r} in the sheet, expected {o!r}")
        total_text = ws[lay["total_cell"]].value
        if total_text in orgs or total_text != e["not_criteria"][-1]:
            err(f"{e['file']}: the «Итого» cell {total_text!r} is not the last not-criterion or is an organisation")
        if not str(total_text).startswith("Итого"):
            err(f"{e['file']}: total header {total_text!r}")

        if lay["layout"] == "pairs":
            name_row, sub_row = lay["name_row"], lay["sub_row"]
            org_col = {}
            for i, coord in enumerate(lay["org_cells"]):
                r, col = coordinate_to_tuple(coord)
                rng = merged_span(ws, coord)
                if rng is None or rng.min_col != col or rng.max_col != col + 1 or rng.min_row != rng.max_row:
                    err(f"{e['file']}: name of {orgs[i]!r} is not merged over exactly two columns")
                if ws.cell(sub_row, col).value != "Знач." or ws.cell(sub_row, col + 1).value != "Док.":
                    err(f"{e['file']}: «Знач.»/«Док.» missing under {orgs[i]!r}")
                org_col[i] = col
            if lay.get("group_cell"):
                rng = merged_span(ws, lay["group_cell"])
                if ws[lay["group_cell"]].value != "Образовательные организации" or rng is None or \
                        rng.max_col != org_col[len(orgs) - 1] + 1:
                    err(f"{e['file']}: «Образовательные организации» is not merged over all the organisations")
            tr, tc = coordinate_to_tuple(lay["total_cell"])
            for c in fc:
                r, col = coordinate_to_tuple(c["cell"])
                want = org_col[c["org_index"]] + (1 if c["kind"] == "link" else 0)
                if col != want:
                    err(f"{e['file']} {c['cell']}: not in the column of {c['organisation']!r}")
                if ws.cell(r, 2).value != c["row_title"]:
                    err(f"{e['file']} {c['cell']}: row title {ws.cell(r, 2).value!r} != {c['row_title']!r}")
            rows_by_title = {}
            for r in range(sub_row + 1, ws.max_row + 1):
                t = ws.cell(r, 2).value
                if isinstance(t, str):
                    rows_by_title.setdefault(t, []).append(r)
            for t in e["not_criteria"][:-1]:
                if t not in rows_by_title:
                    err(f"{e['file']}: not-criterion row {t!r} not found")
                    continue
                r = rows_by_title[t][0]
                if any(ws.cell(r, org_col[i]).value is None for i in org_col):
                    err(f"{e['file']}: not-criterion row {t!r} has an empty organisation cell")
                if ws.cell(r, tc).value != sum(ws.cell(r, org_col[i]).value for i in org_col):
                    err(f"{e['file']}: «Итого» of {t!r} is not the sum")
            # the «Итого» column: sums for counts (yes = 1), «—» for shares, levels and lists
            seen_rows = {}
            for c in fc:
                if c["kind"] == "value":
                    seen_rows.setdefault(coordinate_to_tuple(c["cell"])[0], []).append(c)
            for r, lst in seen_rows.items():
                cid = lst[0]["criterion"]
                tot = ws.cell(r, tc).value
                if cat[cid]["unit"] in ("share", "level", "list", "text"):
                    if tot != "—":
                        err(f"{e['file']}: «Итого» of {cid} is {tot!r}, not «—»")
                elif tot != sum(x["expected"] for x in lst):
                    err(f"{e['file']}: «Итого» of {cid} is {tot!r}, not the sum")
            for t in rows_by_title:
                all_titles.append(t)
            for c in fc:
                if c["kind"] == "value":
                    titles_by_crit.setdefault(c["criterion"], set()).add((e["file"], c["row_title"]))
            for h in e["headings"]:
                if h not in {ws.cell(r, 1).value for r in range(sub_row + 1, ws.max_row + 1)}:
                    err(f"{e['file']}: heading {h!r} not found")
        else:
            hr, gr = lay["header_row"], lay["group_row"]
            org_row = {i: coordinate_to_tuple(coord)[0] for i, coord in enumerate(lay["org_cells"])}
            tr, _ = coordinate_to_tuple(lay["total_cell"])
            for c in fc:
                r, col = coordinate_to_tuple(c["cell"])
                if r != org_row[c["org_index"]]:
                    err(f"{e['file']} {c['cell']}: not in the row of {c['organisation']!r}")
                vcol = col - 1 if c["kind"] == "link" else col
                if ws.cell(hr, vcol).value != c["row_title"]:
                    err(f"{e['file']} {c['cell']}: column header {ws.cell(hr, vcol).value!r} != {c['row_title']!r}")
                if ws.cell(hr, vcol + 1).value != "ссылка":
                    err(f"{e['file']} {c['cell']}: the column after {c['row_title']!r} is not «ссылка»")
            headers = {}
            for col in range(3, ws.max_column + 1):
                t = ws.cell(hr, col).value
                if isinstance(t, str) and t != "ссылка":
                    headers[t] = col
                    if ws.cell(hr, col + 1).value != "ссылка":
                        err(f"{e['file']}: column {t!r} is not followed by «ссылка»")
            for t in e["not_criteria"][:-1]:
                if t not in headers:
                    err(f"{e['file']}: not-criterion column {t!r} not found")
                    continue
                col = headers[t]
                if any(ws.cell(org_row[i], col).value is None for i in org_row):
                    err(f"{e['file']}: not-criterion column {t!r} has an empty organisation cell")
                if ws.cell(tr, col).value != sum(ws.cell(org_row[i], col).value for i in org_row):
                    err(f"{e['file']}: «Итого» of {t!r} is not the sum")
            by_col = {}
            for c in fc:
                if c["kind"] == "value":
                    by_col.setdefault(coordinate_to_tuple(c["cell"])[1], []).append(c)
            for col, lst in by_col.items():
                cid = lst[0]["criterion"]
                tot = ws.cell(tr, col).value
                if cat[cid]["unit"] in ("share", "level", "list", "text"):
                    if tot != "—":
                        err(f"{e['file']}: «Итого» of {cid} is {tot!r}, not «—»")
                elif tot != sum(x["expected"] for x in lst):
                    err(f"{e['file']}: «Итого» of {cid} is {tot!r}, not the sum")
            all_titles += list(headers)
            for c in fc:
                if c["kind"] == "value":
                    titles_by_crit.setdefault(c["criterion"], set()).add((e["file"], c["row_title"]))
            group_texts = {ws.cell(gr, col).value for col in range(3, ws.max_column + 1)}
            for h in e["headings"]:
                if h not in group_texts:
                    err(f"{e['file']}: heading {h!r} not found")
        if len(e["not_criteria"]) != 4:
            err(f"{e['file']}: {len(e['not_criteria'])} not-criteria (3 + «Итого» wanted)")

        # 3. expected.json and cells.json agree; figures consistent inside each organisation
        for i, o in enumerate(orgs):
            vals = {c["criterion"]: c for c in fc if c["kind"] == "value" and c["org_index"] == i}
            links = {c["criterion"]: c for c in fc if c["kind"] == "link" and c["org_index"] == i}
            v, l = e["values"][i], e["links"][i]
            if set(vals) != set(v):
                err(f"{e['file']} {o}: values in expected.json and cells.json differ")
            if set(links) != set(l):
                err(f"{e['file']} {o}: links in expected.json and cells.json differ")
            for cid, x in v.items():
                r = cat.get(cid)
                if r is None or r["level"] != "org" or not r["wording_2024"].strip() or \
                        r["aggregation"] in ("forms", "sum_of"):
                    err(f"{e['file']} {o}: {cid} may not appear")
                elif vals[cid]["expected"] != x:
                    err(f"{e['file']} {o}: {cid} expected.json {x!r} != cells.json")
            for cid, u in l.items():
                if cid not in v:
                    err(f"{e['file']} {o}: link for {cid} without a value")
                if links[cid]["expected"] != u or not u.startswith("https://"):
                    err(f"{e['file']} {o}: link {cid} wrong")
            if not 35 <= len(v) <= 45:
                err(f"{e['file']} {o}: {len(v)} values (35–45 wanted)")
            doc = [c for c in v if c not in CONTINGENTS and cat[c]["unit"] != "share"]
            share_links = [c for c in l if c in CONTINGENTS or cat[c]["unit"] == "share"]
            if share_links:
                err(f"{e['file']} {o}: contingents / shares with a link: {share_links}")
            rl = len(l) / len(doc)
            if not 0.70 <= rl <= 0.85:
                err(f"{e['file']} {o}: {rl:.2f} of the documentable rows have a link (70–85 % wanted)")
            rl2 = len(l) / len([c for c in v if c not in CONTINGENTS])
            if not 0.70 <= rl2 <= 0.85:
                err(f"{e['file']} {o}: {rl2:.2f} of the non-contingent rows (shares included) have a link")

            def g(k):
                return v.get(k, 0)
            ops = {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
                   "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
                   "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists")}
            for sid, (a, b) in ops.items():
                if sid in v and abs(v[sid] - ratio(v[a], v[b])) > 0.005:
                    err(f"{e['file']} {o}: {sid} {v[sid]} != {a}/{b}")
            teachers = v["teachers_other"] + v["young_specialists"]
            if "share_teachers_mentees" in v and abs(
                    v["share_teachers_mentees"] - ratio(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                                                        teachers)) > 0.005:
                err(f"{e['file']} {o}: share_teachers_mentees")
            if "share_teachers_mentors" in v and abs(v["share_teachers_mentors"]
                                                     - ratio(v["teachers_mentors"], teachers)) > 0.005:
                err(f"{e['file']} {o}: share_teachers_mentors")
            if sum(g(k) for k in GROUPS) != v["mentees_10_19"]:
                err(f"{e['file']} {o}: mentee groups do not sum to mentees_10_19")
            pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
            if sum(v[k] for k in pp) != v["pp_total"]:
                err(f"{e['file']} {o}: pp forms do not sum to pp_total")
            if v["mentors_total"] != (g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors")
                                      + g("enterprise_mentors") + g("other_org_mentors")):
                err(f"{e['file']} {o}: mentors_total is not the sum of its parts")
            if v["mentees_total"] != (v["mentees_10_19"] + g("young_specialists_mentees")
                                      + g("teachers_other_mentees")):
                err(f"{e['file']} {o}: mentees_total is not the sum of its parts")
            if g("young_specialists_mentors") > min(v["young_specialists"], v["teachers_mentors"]):
                err(f"{e['file']} {o}: young_specialists_mentors too large")

    # 4. wording: no catalogue wording copied, no catalogue phrase of five or more words
    cat_texts = [r[k] for r in cat.values() for k in ("wording_2023", "wording_2024", "form_wording")
                 if r[k].strip()]
    cat_norm = {" ".join(words(t)) for t in cat_texts}
    cat5 = set()
    for t in cat_texts:
        cat5 |= ngrams(words(t), 5)
    for t in set(all_titles):
        w = words(t)
        if " ".join(w) in cat_norm:
            err(f"title copies a catalogue wording: {t!r}")
        common = ngrams(w, 5) & cat5
        if common:
            err(f"title {t!r} shares a five-word catalogue phrase: {sorted(' '.join(x) for x in common)}")
    # every criterion is worded differently in each of the three files
    for cid, lst in titles_by_crit.items():
        seen = {}
        for f, t in lst:
            k = " ".join(words(t))
            if k in seen and seen[k] != f:
                err(f"{cid}: the same wording in {seen[k]} and {f}: {t!r}")
            seen[k] = f

    nf = len(expected)
    norg = sum(len(e["organisation"]) for e in expected)
    nv = sum(len(x) for e in expected for x in e["values"])
    nl = sum(len(x) for e in expected for x in e["links"])
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {norg} organisation forms, {nv} values, {nl} links, {nn} not-criteria, "
          f"{nh} headings, {checked} cells checked")


if __name__ == "__main__":
    main()
