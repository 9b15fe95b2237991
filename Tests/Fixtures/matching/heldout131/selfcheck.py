#!/usr/bin/env python3
"""Self-check of heldout131: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell cells.json names, and the set's own promises: the layout (spacer columns
empty and narrow, one file with two spacers before the link, one file with the value merged over two data columns
and the spacer between them, every cell an inline string, the organisation and the period in merged parameter
rows), shares = part / whole rounded to 2 decimals, mentee groups sum to mentees_10_19, ПП forms sum to pp_total,
mentors_total and mentees_total are the sums of their parts, 35–45 values and 3–4 not-criteria per form,
70–85 % of the non-contingent rows with a link, no row title copying a catalogue wording. Exits 1 on any mismatch.
"""
import csv
import json
import pathlib
import re
import sys
import zipfile

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

# the layout each file promises: data columns (№, title, value[-value_end], link) and spacer columns
STD = dict(no="A", title="C", value="E", value_end="E", link="G", spacers="BDF")
LAYOUT = {
    "typed/sgo_sosh1_standart.xlsx": STD,
    "typed/elzhur_licey5_sdvig.xlsx": dict(no="A", title="C", value="E", value_end="E", link="H", spacers="BDFG"),
    "typed/dnevnik_vkedr_oosh_sliyanie.xlsx": dict(no="A", title="C", value="E", value_end="G", link="I",
                                                   spacers="BDFH"),
    "typed/sgo_gimn2_povtor_shapki.xlsx": STD,
    "typed/sgo_cdt_razdely_v_stolbce.xlsx": STD,
    "typed/elzhur_klyuchi_nomera_stolbcov.xlsx": STD,
}
HEADER = ["№ п/п", "Наименование показателя", "Значение", "Документ (ссылка)"]
PERIODS = {"Период: 2024 год", "Учебный год: 2023/2024, отчётный период: 2024 г."}
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
YESNO_IDS = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
             "internal_monitoring_notes"}

errors = []


def err(msg):
    errors.append(msg)


def as_number(v):
    if not isinstance(v, str):
        return None
    t = v.strip().lower()
    if t == "да":
        return 1.0
    if t == "нет":
        return 0.0
    t = t.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    return float(t)


def split_list(v):
    return [p.strip() for p in re.split(r"[;\n]", str(v)) if p.strip()]


def norm(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return " ".join(t.split())


def ratio(part, whole):
    return round(100.0 * part / whole + 1e-9, 2)


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    cat_norm = {norm(r[k]) for r in cat.values() for k in ("wording_2023", "wording_2024", "form_wording")
                if r[k].strip()}

    books = {}

    def sheet(file, name=None):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name] if name else books[file].worksheets[0]

    # 0. the files: inline strings only, no shared string table, one sheet
    files = sorted({e["file"] for e in expected})
    if set(files) != set(LAYOUT):
        err(f"files in expected.json {files} differ from the layout table")
    if not 5 <= len(files) <= 6:
        err(f"{len(files)} files (5–6 wanted)")
    for file in files:
        with zipfile.ZipFile(HERE / file) as z:
            names = z.namelist()
            if any("sharedStrings" in n for n in names):
                err(f"{file}: has a shared string table")
            for n in names:
                if n.startswith("xl/worksheets/sheet"):
                    xml = z.read(n).decode("utf-8")
                    for m in re.finditer(r"<c [^>]*?(/>|>.*?</c>)", xml):
                        c = m.group(0)
                        if c.endswith("/>"):
                            continue
                        if 't="inlineStr"' not in c or "<v>" in c:
                            err(f"{file} {n}: a cell that is not an inline string: {c[:80]}")
                            break
        if len(books.setdefault(file, load_workbook(HERE / file, data_only=True)).worksheets) != 1:
            err(f"{file}: more than one sheet")

    # 1. every cell of cells.json holds what it promises
    checked = 0
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        cell = ws[c["cell"]]
        exp = c["expected"]
        if not isinstance(cell.value, str):
            err(f"{c['file']} {c['cell']}: not a string cell ({cell.value!r})")
            continue
        if c["kind"] == "link":
            if cell.value != exp:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {exp!r}, got {cell.value!r}")
        else:
            unit = cat[c["criterion"]]["unit"]
            if cell.value != c["typed"]:
                err(f"{c['file']} {c['cell']}: typed text {c['typed']!r} != cell {cell.value!r}")
            if unit == "list":
                if split_list(cell.value) != split_list(exp):
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected list {exp!r}, got {cell.value!r}")
            elif unit == "text":
                if cell.value.strip() != str(exp).strip():
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected text {exp!r}, got {cell.value!r}")
            else:
                n = as_number(cell.value)
                if n is None or abs(n - float(exp)) > 0.005:
                    err(f"{c['file']} {c['cell']} {c['criterion']}: expected {exp!r}, got {cell.value!r}")
                if c["criterion"] in YESNO_IDS and cell.value not in ("Да", "Нет"):
                    err(f"{c['file']} {c['cell']}: yes/no typed {cell.value!r}, not «Да»/«Нет»")
        t = ws[c["title_cell"]].value
        if t != c["row_title"]:
            err(f"{c['file']} {c['title_cell']}: title {t!r} != {c['row_title']!r}")
        if re.sub(r"\D", "", c["title_cell"]) != re.sub(r"\D", "", c["cell"]):
            err(f"{c['file']} {c['cell']}: not on the row of its title {c['title_cell']}")
        checked += 1

    # 2. per form: expected.json and cells.json agree, layout, labels, promises
    total_links = 0
    for e in expected:
        file = e["file"]
        L = LAYOUT.get(file, STD)
        col = {k: column_index_from_string(L[k]) for k in ("no", "title", "value", "value_end", "link")}
        spacers = [column_index_from_string(x) for x in L["spacers"]]
        ws = sheet(file)
        fc = [c for c in cells if c["file"] == file]
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(vals) != set(e["values"]) or len(vals) != len([c for c in fc if c["kind"] == "value"]):
            err(f"{file}: values in expected.json and cells.json differ")
        if set(links) != set(e["links"]):
            err(f"{file}: links in expected.json and cells.json differ")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if (r is None or r["level"] != "org" or not r["wording_2024"].strip()
                    or r["aggregation"] in ("forms", "sum_of")):
                err(f"{file}: {cid} is not an org-level 2024 criterion a form may carry")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{file}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
            if cid in vals and vals[cid]["cell"] != f"{L['value']}{re.sub(r'[A-Z]', '', vals[cid]['cell'])}":
                err(f"{file}: {cid} value not in column {L['value']}")
        for cid, u in e["links"].items():
            if cid not in vals:
                err(f"{file}: link {cid} without a value")
                continue
            if links[cid]["expected"] != u or not u.startswith("https://"):
                err(f"{file}: link {cid} differs or is not a URL")
            if links[cid]["cell"] != f"{L['link']}{re.sub(r'[A-Z]', '', vals[cid]['cell'])}":
                err(f"{file}: link {cid} not in column {L['link']} of the value's row")
        total_links += len(e["links"])

        # layout: spacer columns empty and 1–2 characters wide; the header over the data columns
        for sc in spacers:
            letter = get_column_letter(sc)
            w = ws.column_dimensions[letter].width
            if w is None or w > 2:
                err(f"{file}: spacer column {letter} is {w} wide")
            for row in ws.iter_rows(min_col=sc, max_col=sc):
                if row[0].value is not None:
                    err(f"{file}: spacer column {letter} holds {row[0].value!r} in {row[0].coordinate}")
        header_rows = [r for r in range(1, ws.max_row + 1)
                       if [ws.cell(r, col[k]).value for k in ("no", "title", "value", "link")] == HEADER]
        if not header_rows:
            err(f"{file}: header «{' | '.join(HEADER)}» not found in columns "
                f"{L['no']}, {L['title']}, {L['value']}, {L['link']}")
        merged = {str(m) for m in ws.merged_cells.ranges}
        if L["value_end"] != L["value"]:
            for c in vals.values():
                rr = re.sub(r"[A-Z]", "", c["cell"])
                if f"{L['value']}{rr}:{L['value_end']}{rr}" not in merged:
                    err(f"{file}: value {c['cell']} not merged over {L['value']}:{L['value_end']}")
        empty_rows = [r for r in range(header_rows[0] + 1 if header_rows else 1, ws.max_row)
                      if all(ws.cell(r, k).value is None for k in range(1, ws.max_column + 1))]
        if not empty_rows:
            err(f"{file}: no spacer row")

        # organisation and period in merged parameter rows
        org_cells = [c for row in ws.iter_rows() for c in row
                     if isinstance(c.value, str) and c.value.startswith("Образовательная организация: ")]
        if len(org_cells) != 1 or org_cells[0].value[len("Образовательная организация: "):] != e["organisation"]:
            err(f"{file}: organisation row does not name {e['organisation']!r}")
        elif not any(m.min_row == org_cells[0].row and m.min_col == 1 and m.max_col - m.min_col >= 4
                     for m in ws.merged_cells.ranges):
            err(f"{file}: organisation row not merged across the sheet")
        if not any(isinstance(c.value, str) and c.value in PERIODS for row in ws.iter_rows() for c in row):
            err(f"{file}: no period row")
        if e["year"] != 2024:
            err(f"{file}: year")

        # not-criteria, headings
        titles = {}
        for r in range(1, ws.max_row + 1):
            t = ws.cell(r, col["title"]).value
            if isinstance(t, str):
                titles.setdefault(t, []).append(r)
        for t in e["not_criteria"]:
            if t not in titles:
                err(f"{file}: not-criterion row {t!r} not found")
            elif ws.cell(titles[t][0], col["value"]).value is None:
                err(f"{file}: not-criterion row {t!r} has no value")
            if t in {c["row_title"] for c in vals.values()}:
                err(f"{file}: not-criterion {t!r} is also a criterion title")
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{file}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")
        allcells = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
        for h in e["headings"]:
            if h not in allcells:
                err(f"{file}: heading {h!r} not found")
        if not e["headings"]:
            err(f"{file}: no headings")
        for t in [c["row_title"] for c in vals.values()] + e["not_criteria"]:
            if norm(t) in cat_norm:
                err(f"{file}: row title copies a catalogue wording: {t!r}")

        # sizes
        v = e["values"]
        if not 35 <= len(v) <= 45:
            err(f"{file}: {len(v)} values (35–45 wanted)")
        nc = [k for k in v if k not in CONTINGENTS]
        share = len(e["links"]) / len(nc)
        if not 0.70 <= share <= 0.85:
            err(f"{file}: {100 * share:.1f} % of the non-contingent rows have a link (70–85 % wanted)")

        # promises: figures consistent inside the form
        g = lambda k: v.get(k, 0)
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
                    err(f"{file}: {sid} without its operands")
                elif abs(v[sid] - ratio(sum(v[k] for k in a), sum(v[k] for k in b))) > 0.005:
                    err(f"{file}: {sid} {v[sid]} != part / whole")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{file}: pp forms do not sum to pp_total")
        groups = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params"]
        if any(k in v for k in groups) and sum(g(k) for k in groups) != v["mentees_10_19"]:
            err(f"{file}: mentee groups do not sum to mentees_10_19")
        if "mentors_total" in v and v["mentors_total"] != (g("teachers_mentors") + g("mentors_15_19")
                                                           + g("external_edu_mentors") + g("enterprise_mentors")
                                                           + g("other_org_mentors")):
            err(f"{file}: mentors_total is not the sum of its parts")
        if "mentees_total" in v and v["mentees_total"] != (g("mentees_10_19") + g("young_specialists_mentees")
                                                           + g("teachers_other_mentees")):
            err(f"{file}: mentees_total is not the sum of its parts")
        if "young_specialists_mentors" in v and v["young_specialists_mentors"] > min(g("teachers_mentors"),
                                                                                     g("young_specialists")):
            err(f"{file}: young_specialists_mentors too large")
        if "partner_list" in v:
            n_agr = g("agreements_edu_orgs") + g("agreements_enterprises") + g("agreements_other_orgs")
            if len(split_list(v["partner_list"])) != n_agr:
                err(f"{file}: partner list has {len(split_list(v['partner_list']))} names, {n_agr} agreements")

    nv = sum(len(e["values"]) for e in expected)
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {total_links} links, "
          f"{checked} cells checked")


if __name__ == "__main__":
    main()
