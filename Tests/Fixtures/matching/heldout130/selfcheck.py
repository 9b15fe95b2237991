#!/usr/bin/env python3
"""Self-check of heldout130: re-opens every typed file with openpyxl (data_only=True) and checks that every expected
value and link is in the cell cells.json names, that every explanation row, explanation-column note and «см.
пояснение» criterion is where cells.json says (and that the explanation holds the hidden figure), and the set's own
promises: shares = part / whole rounded to 2 decimals, mentee groups sum to mentees_10_19, personalised-programme
forms sum to pp_total, mentors_total and mentees_total are the sums of their parts, 35–45 values per form, 70–85 %
of the non-contingent values with a proof link, 3–4 not-criteria, no row title copying a catalogue wording.
Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

YES = {"да", "есть", "1"}
NO = {"нет", "0"}
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")
MARKERS = ("Пояснение", "Комментарий", "Примечание", "Справочно", "* ", "** ", "*** ")

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


def numbers_in(text):
    return {float(m.replace(",", ".")) for m in re.findall(r"\d+(?:,\d+)?", text)}


def norm(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return " ".join(t.split())


def ratio(part, whole):
    return round(100.0 * part / whole + 1e-9, 2)


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells = cj["cells"]
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

    # 1. every value / link cell holds what it promises
    checked = 0
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        exp = c["expected"]
        if c["kind"] == "link":
            target = cell.hyperlink.target if cell.hyperlink is not None else None
            if cell.value != exp and target != exp:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {exp!r}, got {cell.value!r}")
        else:
            v = cell.value
            unit = cat[c["criterion"]]["unit"]
            if unit == "list":
                parts = lambda x: [p.strip() for p in re.split(r"[;\n]", str(x)) if p.strip()]
                if parts(v) != parts(exp):
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected list {exp!r}, got {v!r}")
            elif unit == "text":
                if str(v).strip() != str(exp).strip():
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected text {exp!r}, got {v!r}")
            else:
                n = as_number(v)
                if n is None or abs(n - float(exp)) > 0.005:
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected {exp!r}, got {v!r}")
        checked += 1

    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    expl_by_file, defer_by_file, notes_by_file = {}, {}, {}
    for x in cj["explanations"]:
        expl_by_file.setdefault(x["file"], []).append(x)
    for x in cj["deferred"]:
        defer_by_file.setdefault(x["file"], []).append(x)
    for x in cj["notes"]:
        notes_by_file.setdefault(x["file"], []).append(x)

    for e in expected:
        f = e["file"]
        fc = by_file.get(f, [])
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        ws = sheet(f, fc[0]["sheet"])

        # 2. expected.json and cells.json agree; ids are 2024 organisation criteria reported by forms
        if set(vals) != set(e["values"]):
            err(f"{f}: values of expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{f}: links of expected.json and cells.json differ")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if r is None or r["level"] != "org" or not r["wording_2024"].strip() \
                    or r["aggregation"] in ("forms", "sum_of"):
                err(f"{f}: {cid} is not an organisation criterion of 2024")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{f}: {cid}: expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if links[cid]["expected"] != u:
                err(f"{f}: link {cid} differs")
            if not u.startswith("https://"):
                err(f"{f}: link {cid} is not a URL")
            if cid not in vals or links[cid]["cell"][1:] != vals[cid]["cell"][1:]:
                err(f"{f}: link {cid} not on its value's row")

        colB, allstr = {}, set()
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    allstr.add(cell.value)
                    if cell.column == 2:
                        colB[cell.value] = cell.row
        # 3. row titles where promised, none copying a catalogue wording
        titles = []
        for cid, c in vals.items():
            t = ws.cell(int(c["cell"][1:]), 2).value
            if t != c["row_title"]:
                err(f"{f}: row title of {cid} is {t!r}, cells.json says {c['row_title']!r}")
            titles.append(t)
        titles += [x["row_title"] for x in defer_by_file.get(f, [])] + e["not_criteria"]
        for t in titles:
            if norm(t) in cat_norm:
                err(f"{f}: row title copies a catalogue wording: {t!r}")

        # 4. not-criteria, headings, organisation
        for t in e["not_criteria"]:
            if t not in colB:
                err(f"{f}: not-criterion row {t!r} not found in column B")
            elif ws.cell(colB[t], 3).value is None:
                err(f"{f}: not-criterion row {t!r} has no value")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{f}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")
        for h in e["headings"]:
            if h not in allstr:
                err(f"{f}: heading {h!r} not found")
        if not e["headings"]:
            err(f"{f}: no headings")
        if not any(e["organisation"] in x for x in allstr):
            err(f"{f}: organisation not named in the sheet")
        if e["year"] != 2024:
            err(f"{f}: year")

        # 5. explanation rows: unnumbered, marked, merged as promised, their own links not the criteria's proof
        ex = expl_by_file.get(f, [])
        merged = {str(m) for m in ws.merged_cells.ranges}
        proof = set(e["links"].values())
        value_rows = {int(c["cell"][1:]) for c in fc}
        with_digits = 0
        for x in ex:
            cell = ws[x["cell"]]
            if cell.value != x["text"]:
                err(f"{f} {x['cell']}: explanation text differs")
            if not x["text"].startswith(MARKERS):
                err(f"{f} {x['cell']}: explanation without a marker")
            row = cell.row
            if row in value_rows:
                err(f"{f} {x['cell']}: explanation on a criterion row")
            if x["cell"][0] != "A" and ws.cell(row, 1).value is not None:
                err(f"{f} {x['cell']}: explanation row is numbered")
            a, b = x["span"].split(":")
            if a != b and f"{a}{row}:{b}{row}" not in merged:
                err(f"{f} {x['cell']}: explanation not merged over {x['span']}")
            if a == b and any(str(m).startswith(f"{a}{row}:") for m in ws.merged_cells.ranges):
                err(f"{f} {x['cell']}: explanation should not be merged")
            if "link" in x:
                if ws[x["link_cell"]].value != x["link"]:
                    err(f"{f} {x['link_cell']}: explanation link differs")
                if x["link"] in proof:
                    err(f"{f} {x['link_cell']}: explanation link is also a criterion's proof")
            if numbers_in(x["text"]):
                with_digits += 1
        if len(ex) < 4 or with_digits < 3:
            err(f"{f}: {len(ex)} explanation rows, {with_digits} with figures (at least 4 / 3 wanted)")
        for x in notes_by_file.get(f, []):
            if ws[x["cell"]].value != x["text"]:
                err(f"{f} {x['cell']}: explanation-column note differs")

        # 6. «см. пояснение»: no value, no link, the explanation holds the figure
        fig = cj["figures"][f]
        for x in defer_by_file.get(f, []):
            cid = x["criterion"]
            v = ws[x["cell"]].value
            if not (isinstance(v, str) and v.startswith("см.")):
                err(f"{f} {x['cell']}: {cid} should say «см. …», got {v!r}")
            if cid in e["values"] or cid in e["links"]:
                err(f"{f}: {cid} has its value only in an explanation but is in values/links")
            if ws.cell(ws[x["cell"]].row, 4).value is not None:
                err(f"{f}: {cid} («см. …») has a link")
            if ws.cell(ws[x["cell"]].row, 2).value != x["row_title"]:
                err(f"{f}: {cid} row title differs")
            if float(x["figure"]) not in numbers_in(ws[x["explained_in"]].value or ""):
                err(f"{f}: the explanation {x['explained_in']} does not hold {cid} = {x['figure']}")
            if fig[cid] != x["figure"]:
                err(f"{f}: {cid} figure differs")

        # 7. figures consistent inside the form (over the full figures, so hidden ones count too)
        for cid, v in e["values"].items():
            if fig.get(cid) != v:
                err(f"{f}: {cid} = {v!r} but the organisation's figure is {fig.get(cid)!r}")
        if sum(fig[k] for k in GROUPS) != fig["mentees_10_19"]:
            err(f"{f}: mentee groups do not sum to mentees_10_19")
        if sum(fig[k] for k in PP_FORMS) != fig["pp_total"]:
            err(f"{f}: pp forms do not sum to pp_total")
        if fig["mentors_total"] != fig["teachers_mentors"] + fig["mentors_15_19"] + fig["external_edu_mentors"] \
                + fig["enterprise_mentors"] + fig["other_org_mentors"]:
            err(f"{f}: mentors_total is not the sum of its parts")
        if fig["mentees_total"] != fig["mentees_10_19"] + fig["young_specialists_mentees"] \
                + fig["teachers_other_mentees"]:
            err(f"{f}: mentees_total is not the sum of its parts")
        teachers = fig["teachers_other"] + fig["young_specialists"]
        shares = {
            "share_mentees_10_19": ratio(fig["mentees_10_19"], fig["students_10_19"]),
            "share_mentors_15_19": ratio(fig["mentors_15_19"], fig["students_15_19"]),
            "share_young_specialists_mentees": ratio(fig["young_specialists_mentees"], fig["young_specialists"]),
            "share_teachers_mentees": ratio(fig["teachers_other_mentees"] + fig["young_specialists_mentees"],
                                            teachers),
            "share_teachers_mentors": ratio(fig["teachers_mentors"], teachers),
            "share_young_specialists_mentors": ratio(fig["young_specialists_mentors"], fig["young_specialists"]),
        }
        for sid, want in shares.items():
            if abs(fig[sid] - want) > 0.005:
                err(f"{f}: figure {sid} {fig[sid]} != {want}")
            if sid in e["values"] and abs(e["values"][sid] - want) > 0.005:
                err(f"{f}: {sid} {e['values'][sid]} != part/whole {want}")

        # 8. sizes
        nv = len(e["values"])
        if not 35 <= nv <= 45:
            err(f"{f}: {nv} values (35–45 wanted)")
        base = [k for k in e["values"] if k not in CONTINGENTS]
        share_linked = len(e["links"]) / len(base)
        if not 0.70 <= share_linked <= 0.85:
            err(f"{f}: {100 * share_linked:.1f} % of non-contingent values have a link (70–85 % wanted)")

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values, {nl} links, {checked} cells, "
          f"{len(cj['explanations'])} explanation rows, {len(cj['notes'])} explanation-column notes, "
          f"{len(cj['deferred'])} «см. пояснение» criteria checked")


if __name__ == "__main__":
    main()
