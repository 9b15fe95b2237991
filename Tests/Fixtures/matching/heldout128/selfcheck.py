#!/usr/bin/env python3
"""Self-check of heldout128: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell cells.json names, that the value cell sits in the file's TOTAL column
(«Всего» / «Итого» / «Общее кол-во» / «Значение показателя (всего)») and never in a breakdown column, and the set's
own promises: shares = part / whole rounded to 2 decimals; mentee groups sum to mentees_10_19; pp forms sum to
pp_total; mentors_total and mentees_total are the sums of their parts; shares and yes/no rows fill only the total;
breakdown cells fit the total (a partition sums to it, a subset never exceeds it); 35–45 values, 3–4
not-criteria and 70–85 % links (of the non-contingent rows) per form; no row title copies a catalogue wording.
Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

errors = []


def err(msg):
    errors.append(msg)


YES = {"да", "есть", "имеется", "утверждено", "1"}
NO = {"нет", "0", "отсутствует"}
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}

# the total column of each file: its header text, and the kind of its breakdown columns
TOTAL_HEADER = {
    "typed/sosh1_zhenshchiny_do35_ovz.xlsx": ("Всего", "subset"),
    "typed/cdt_gorod_selo.xlsx": ("Всего", "partition"),
    "typed/gimn2_klassy_dve_stroki.xlsx": ("Всего", "partition"),
    "typed/sosh5_korpusa_itogo.xlsx": ("Итого", "partition"),
    "typed/klyuchi_obshchee_kol_vo.xlsx": ("Общее кол-во", "partition"),
    "typed/sosh3_znachenie_vsego_po_rolyam.xlsx": ("Значение показателя (всего)", "partition"),
}


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


def words(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return [w for w in t.split() if w]


def header_row_of(ws, text):
    for row in ws.iter_rows(max_row=12):
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    return None, None


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells, bcells = cj["cells"], cj.get("breakdown_cells", [])
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
            got = cell.value
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if got != exp and target != exp:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {exp!r}, got {got!r}/{target!r}")
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
        checked += 1
    for b in bcells:
        ws = sheet(b["file"], b["sheet"])
        if ws[b["cell"]].value != b["value"]:
            err(f"{b['file']} {b['cell']}: breakdown cell expected {b['value']!r}, got {ws[b['cell']].value!r}")
        checked += 1

    # 2. expected.json and cells.json agree; titles, not-criteria, headings, organisation are in the sheets
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    cat_norm = set()
    for r in cat.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k].strip():
                cat_norm.add(" ".join(words(r[k])))
    for e in expected:
        f = e["file"]
        fc = by_file.get(f, [])
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(vals) != set(e["values"]):
            err(f"{f}: values in expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{f}: links in expected.json and cells.json differ")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if (r is None or r["level"] != "org" or not r["wording_2024"].strip()
                    or r["aggregation"] in ("forms", "sum_of")):
                err(f"{f}: {cid} is not an org-level 2024 criterion read from forms")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{f}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if links[cid]["expected"] != u:
                err(f"{f}: link {cid} differs")
            if not u.startswith("https://"):
                err(f"{f}: link {cid} is not a URL")
            if links[cid]["cell"].lstrip("ABCDEFGH") != vals[cid]["cell"].lstrip("ABCDEFGH"):
                err(f"{f}: link {cid} not on the value's row")
        ws = sheet(f, fc[0]["sheet"])
        # the total column
        head, kind = TOTAL_HEADER[f]
        hr, tc = header_row_of(ws, head)
        if tc is None:
            err(f"{f}: total column {head!r} not found")
            continue
        link_col = {ws[c["cell"]].column for c in fc if c["kind"] == "link"}
        if len(link_col) != 1:
            err(f"{f}: links in more than one column")
        link_col = link_col.pop()
        for cid, c in vals.items():
            if ws[c["cell"]].column != tc:
                err(f"{f}: {cid} value is not in the total column {head!r}")
        # the breakdown columns: every column between the title column and the link column except total/unit
        title_col = 2
        unit_col = None
        for row in ws.iter_rows(min_row=hr, max_row=hr):
            for cell in row:
                if cell.value == "Ед. изм.":
                    unit_col = cell.column
        bd_cols = [c for c in range(title_col + 1, link_col) if c not in (tc, unit_col)]
        if len(bd_cols) < 2:
            err(f"{f}: fewer than two breakdown columns")
        colB = {}
        allcells = set()
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    allcells.add(cell.value)
                    if cell.column == title_col:
                        colB[cell.value] = cell.row
        for cid, c in vals.items():
            rr = int(c["cell"].lstrip("ABCDEFGH"))
            t = ws.cell(rr, title_col).value
            if t != c["row_title"]:
                err(f"{f}: row title of {cid} is {t!r}, cells.json says {c['row_title']!r}")
            if " ".join(words(t)) in cat_norm:
                err(f"{f}: row title copies a catalogue wording: {t!r}")
            unit = cat[cid]["unit"]
            bd = [ws.cell(rr, bc).value for bc in bd_cols]
            filled = [x for x in bd if x is not None]
            if (unit in ("share", "yesno", "list", "text", "level") or cat[cid]["aggregation"] == "count_yes") \
                    and filled:
                err(f"{f}: {cid} ({unit}) has breakdown cells {bd}")
            if unit == "count" and filled:
                total = e["values"][cid]
                if any(not isinstance(x, (int, float)) or x < 0 or x > total for x in filled):
                    err(f"{f}: {cid} breakdown {bd} does not fit the total {total}")
                if kind == "partition":
                    s = sum(filled)
                    if len(filled) == len(bd) and s != total:
                        err(f"{f}: {cid} breakdown {bd} does not sum to {total}")
                    if s > total:
                        err(f"{f}: {cid} breakdown {bd} exceeds {total}")
        for t in e["not_criteria"]:
            if t not in colB:
                err(f"{f}: not-criterion row {t!r} not found")
            elif ws.cell(colB[t], tc).value is None:
                err(f"{f}: not-criterion row {t!r} has no value")
            if " ".join(words(t)) in cat_norm:
                err(f"{f}: not-criterion copies a catalogue wording: {t!r}")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{f}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")
        for h in e["headings"]:
            if h not in allcells:
                err(f"{f}: heading {h!r} not found")
        if not any(isinstance(x, str) and e["organisation"] in x for x in allcells):
            err(f"{f}: organisation not named in the sheet")
        if e["year"] != 2024:
            err(f"{f}: year")
        if not 35 <= len(e["values"]) <= 45:
            err(f"{f}: {len(e['values'])} values (35–45 wanted)")
        nc = [k for k in e["values"] if k not in CONTINGENTS]
        ratio = len(e["links"]) / len(nc)
        if not 0.70 <= ratio <= 0.85:
            err(f"{f}: {ratio:.0%} of the non-contingent rows have a link (70–85 % wanted)")
        if any(k in CONTINGENTS for k in e["links"]):
            err(f"{f}: a contingent has a link")

        # 3. figures consistent inside the form
        v = e["values"]

        def ratio_(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)

        g = lambda k: v.get(k, 0)
        shares = {
            "share_mentees_10_19": (g("mentees_10_19"), g("students_10_19")),
            "share_mentors_15_19": (g("mentors_15_19"), g("students_15_19")),
            "share_young_specialists_mentees": (g("young_specialists_mentees"), g("young_specialists")),
            "share_teachers_mentees": (g("teachers_other_mentees") + g("young_specialists_mentees"),
                                       g("teachers_other") + g("young_specialists")),
            "share_teachers_mentors": (g("teachers_mentors"), g("teachers_other") + g("young_specialists")),
            "share_young_specialists_mentors": (g("young_specialists_mentors"), g("young_specialists")),
        }
        for sid, (a, b) in shares.items():
            if sid in v and abs(v[sid] - ratio_(a, b)) > 0.005:
                err(f"{f}: {sid} {v[sid]} != {a}/{b}")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{f}: pp forms do not sum to pp_total")
        groups = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params"]
        if sum(g(k) for k in groups) != v["mentees_10_19"]:
            err(f"{f}: mentee groups do not sum to mentees_10_19")
        mt = (g("teachers_mentors") + g("mentors_15_19") + g("external_edu_mentors") + g("enterprise_mentors")
              + g("other_org_mentors"))
        if mt != v["mentors_total"]:
            err(f"{f}: mentors_total {v['mentors_total']} != sum of its parts {mt}")
        me = g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees")
        if me != v["mentees_total"]:
            err(f"{f}: mentees_total {v['mentees_total']} != sum of its parts {me}")
        if g("young_specialists_mentors") > g("teachers_mentors"):
            err(f"{f}: young specialists as mentors exceed teacher mentors")

    # 4. the two-row header: «в том числе» merged over the breakdown columns
    ws = sheet("typed/gimn2_klassy_dve_stroki.xlsx", "Мониторинг")
    hr, hc = header_row_of(ws, "в том числе")
    if hc is None or not any(m.min_row == hr and m.max_row == hr and m.min_col == hc and m.max_col == hc + 2
                             for m in ws.merged_cells.ranges):
        err("gimn2: «в том числе» is not merged over three columns")

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values, {nl} links, "
          f"{sum(len(e['not_criteria']) for e in expected)} not-criteria, "
          f"{sum(len(e['headings']) for e in expected)} headings, {checked} cells checked")


if __name__ == "__main__":
    main()
