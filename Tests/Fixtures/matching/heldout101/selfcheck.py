#!/usr/bin/env python3
"""heldout101 self-check. Re-opens every typed workbook with openpyxl (data_only=True), independently of
make_typed.py, and checks:

* expected.json and cells.json name the same (file, criterion, kind) keys;
* every value is in the cell cells.json names, read from the cell as it is shown: TRUE/FALSE (Numbers
  checkboxes) = 1/0, «да»/«нет» = 1/0, a percent number format → per cent, «20,27 %» → 20.27, a list split on
  «;» / line breaks (or the separator cells.json gives), a list over several cells («cells»); formula cells must
  hold a cached result;
* the title cell holds the title; every link: the hyperlink target (or a plain URL text) equals the URL;
* the organisation is typed in its cell; in the Numbers exports it is on the title table-sheet ONLY;
* the exporting program's traces: Numbers — «Сводка экспорта» first, every other sheet «<лист> - <таблица>»
  of at most 31 characters, a one-cell title sheet; Р7-Офис / МойОфис / ONLYOFFICE — «Лист1», a merged title in
  A1, frozen panes, «Раздел …» captions side by side with an empty column between; WPS — Sheet1…Sheet3 and the
  KSOProductBuildVer custom property; the Application in docProps/app.xml;
* not-criteria titles and headings are typed; «2024» is typed;
* parts <= wholes and shares against their counts; no row title is a catalogue wording verbatim;
* 5–8 files, 150–300 values.
Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys
import zipfile

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
errors = []
WORDS = {"да": 1, "нет": 0, "имеется": 1, "отсутствует": 0}


def err(msg):
    errors.append(msg)


def shown(cell, sep=None):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 4)
        return v
    s = str(v).replace("\u00a0", " ").strip()
    if s.lower() in WORDS:
        return WORDS[s.lower()]
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", s)
    if m:
        x = float(m.group(1).replace(",", "."))
        return int(x) if x.is_integer() else x
    parts = s.split(sep) if sep else re.split(r"[;\n]", s)
    return "; ".join(p.strip() for p in parts if p.strip())


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.006
    return a == b


def sheet_text(ws):
    return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)


def norm(s):
    return re.sub(r"[^0-9a-zа-яё]+", "", s.lower().replace("ё", "е"))


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells = cj["cells"]
    by_file = {e["file"]: e for e in expected}
    books, formulas = {}, {}

    def book(f):
        if f not in books:
            books[f] = openpyxl.load_workbook(HERE / f, data_only=True)
            formulas[f] = openpyxl.load_workbook(HERE / f, data_only=False)
        return books[f]

    # keys
    exp_keys, cell_keys = set(), set()
    for e in expected:
        exp_keys |= {(e["file"], k, "value") for k in e["values"]}
        exp_keys |= {(e["file"], k, "link") for k in e["links"]}
    for c in cells:
        key = (c["file"], c["criterion"], c["kind"])
        if key in cell_keys:
            err(f"duplicate cells.json entry {key}")
        cell_keys.add(key)
    for k in sorted(exp_keys - cell_keys):
        err(f"expected but no cell named: {k}")
    for k in sorted(cell_keys - exp_keys):
        err(f"cell named but not expected: {k}")

    # values and links
    nv = nl = 0
    for c in cells:
        e = by_file[c["file"]]
        wb = book(c["file"])
        ws = wb[c["sheet"]]
        t = ws[c["title_cell"]].value
        if t is None or str(t).strip() != c["title"].strip():
            err(f"{c['file']} {c['sheet']} {c['title_cell']}: title {t!r} != {c['title']!r}")
        if c["kind"] == "value":
            nv += 1
            want = e["values"][c["criterion"]]
            if not same(c["expected"], want):
                err(f"{c['file']} {c['criterion']}: cells.json {c['expected']!r} != expected.json {want!r}")
            if "cells" in c:
                got = "; ".join(str(ws[x].value).strip() for x in c["cells"])
            else:
                got = shown(ws[c["cell"]], c.get("separator"))
                fcell = formulas[c["file"]][c["sheet"]][c["cell"]]
                if isinstance(fcell.value, str) and fcell.value.startswith("="):
                    if ws[c["cell"]].value is None:
                        err(f"{c['file']} {c['cell']}: formula without a cached result")
                    if c.get("formula") != fcell.value:
                        err(f"{c['file']} {c['cell']}: formula {fcell.value!r} not noted in cells.json")
            if not same(got, want):
                err(f"{c['file']} {c['sheet']} {c['cell']} {c['criterion']}: shows {got!r}, expected {want!r}")
        else:
            nl += 1
            want = e["links"][c["criterion"]]
            if c["expected"] != want:
                err(f"{c['file']} {c['criterion']}: link in cells.json differs from expected.json")
            cell = ws[c["cell"]]
            target = cell.hyperlink.target if cell.hyperlink else None
            text = str(cell.value or "").strip()
            got = target or (text if text.startswith("http") else None)
            if got != want:
                err(f"{c['file']} {c['sheet']} {c['cell']} {c['criterion']}: link {got!r} != {want!r}")
            if not want.startswith("https://"):
                err(f"{c['file']} {c['criterion']}: link is no URL")

    # organisations
    orgcells = {o["file"]: o for o in cj["organisation_cells"]}
    progs = {f["file"]: f for f in cj["files"]}
    for e in expected:
        f = e["file"]
        wb = book(f)
        texts = {ws.title: sheet_text(ws) for ws in wb.worksheets}
        alltext = "\n".join(texts.values())
        if "2024" not in alltext:
            err(f"{f}: 2024 not typed")
        for t in e["not_criteria"] + e["headings"]:
            if t not in alltext:
                err(f"{f}: {t!r} not typed")
        if e["organisation"] is None:
            if f in orgcells:
                err(f"{f}: municipal form with an organisation cell")
        else:
            o = orgcells.get(f)
            if not o or o["organisation"] != e["organisation"]:
                err(f"{f}: organisation cell missing or different")
            elif e["organisation"] not in str(wb[o["sheet"]][o["cell"]].value):
                err(f"{f}: organisation not in {o['sheet']}!{o['cell']}")
            holders = [s for s, t in texts.items() if e["organisation"] in t]
            if progs[f]["program"].startswith("Apple Numbers") and holders != [o["sheet"]]:
                err(f"{f}: organisation typed on {holders}, not only on the title sheet")

    # program traces
    for f, p in progs.items():
        wb = book(f)
        names = wb.sheetnames
        with zipfile.ZipFile(HERE / f) as z:
            app = z.read("docProps/app.xml").decode("utf-8")
            custom = z.read("docProps/custom.xml").decode("utf-8") if "docProps/custom.xml" in z.namelist() else ""
        if f"<Application>{p['application']}</Application>" not in app:
            err(f"{f}: Application is not {p['application']!r}")
        prog = p["program"]
        if prog.startswith("Apple Numbers"):
            if names[0] != "Сводка экспорта":
                err(f"{f}: the export summary is not the first sheet")
            listed = [wb[names[0]].cell(r, 3).value for r in range(4, 4 + len(names) - 1)]
            if listed != names[1:]:
                err(f"{f}: summary lists {listed}, sheets are {names[1:]}")
            for n in names[1:]:
                if " - " not in n or len(n) > 31:
                    err(f"{f}: sheet {n!r} is not a Numbers table-sheet name")
            title = wb[orgcells[f]["sheet"]]
            filled = [c for row in title.iter_rows() for c in row if c.value is not None]
            if len(filled) != 1:
                err(f"{f}: title table-sheet holds {len(filled)} cells")
            for ws in wb.worksheets[1:]:
                for row in ws.iter_rows():
                    for c in row:
                        if c.value is not None and c.font.name != "Helvetica Neue":
                            err(f"{f} {ws.title} {c.coordinate}: font {c.font.name}")
                            break
        elif prog in ("Р7-Офис", "МойОфис Таблица", "ONLYOFFICE"):
            ws = wb["Лист1"] if "Лист1" in names else None
            if ws is None:
                err(f"{f}: no «Лист1»")
                continue
            if not ws.freeze_panes:
                err(f"{f}: no frozen panes")
            if not any(str(m).startswith("A1:") for m in ws.merged_cells.ranges):
                err(f"{f}: the title in A1 is not merged")
            caps = {}
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and re.match(r"Раздел \d", c.value):
                        caps.setdefault(c.row, []).append(c.column)
            side = [cols for cols in caps.values() if len(cols) >= 2]
            if not side:
                err(f"{f}: no «Раздел» tables side by side")
            for cols in side:
                cols.sort()
                for a, b in zip(cols, cols[1:]):
                    gap = [ws.cell(rr, b - 1).value for rr in range(1 + 2, ws.max_row + 1)]
                    if any(v is not None for v in gap):
                        err(f"{f}: the column before the table at column {b} is not empty")
            if ws["A1"].fill is None or ws["A1"].fill.fgColor.type != "theme":
                err(f"{f}: the title has no theme colour")
        elif prog == "WPS Spreadsheets":
            if names[:3] != ["Sheet1", "Sheet2", "Sheet3"]:
                err(f"{f}: sheets {names}")
            if "KSOProductBuildVer" not in custom:
                err(f"{f}: no KSOProductBuildVer")
        else:
            err(f"{f}: unknown program {prog}")

    # consistency
    for e in expected:
        v, f = e["values"], e["file"]

        def le(a, b):
            if a in v and b in v and v[a] > v[b]:
                err(f"{f}: {a}={v[a]} > {b}={v[b]}")
        groups = ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params")
        for g in groups:
            le(g, "mentees_10_19")
        for a, b in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                     ("students_15_19", "students_10_19"), ("young_specialists_mentees", "young_specialists"),
                     ("young_specialists_mentors", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                     ("mentees_10_19", "mentees_total"), ("teachers_mentors", "mentors_total"),
                     ("mentors_15_19", "mentors_total"), ("young_specialists_mentors", "teachers_mentors"),
                     ("orgs_regulation_teachers", "orgs_total"), ("orgs_regulation_students", "orgs_total"),
                     ("orgs_monitoring_order", "orgs_total"), ("internal_monitoring_notes", "orgs_total"),
                     ("young_specialists_mentors", "young_specialists_municipal"),
                     ("teachers_mentors", "teachers_municipal")):
            le(a, b)
        if "mentees_10_19" in v and sum(v.get(g, 0) for g in groups) > v["mentees_10_19"]:
            err(f"{f}: mentee groups exceed mentees_10_19")
        forms = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and len(forms) >= 3 and sum(v[k] for k in forms) != v["pp_total"]:
            err(f"{f}: ПП forms {sum(v[k] for k in forms)} != pp_total {v['pp_total']}")
        parts = [k for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors",
                             "other_org_mentors") if k in v]
        if "mentors_total" in v and sum(v[k] for k in parts) > v["mentors_total"]:
            err(f"{f}: kinds of mentors exceed mentors_total")

        def share(name, num, den):
            if name in v and all(x in v for x in num + den):
                d = sum(v[x] for x in den)
                s = round(sum(v[x] for x in num) / d * 100 + 1e-9, 2)
                if abs(s - v[name]) > 0.006:
                    err(f"{f}: {name}={v[name]} but the counts give {s}")
        share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
        share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
        share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
        share("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
              ["young_specialists", "teachers_other"])
        share("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"])
        share("share_teachers_mentors", ["teachers_mentors"], ["teachers_municipal"])
        share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
        share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists_municipal"])
        share("share_orgs_teachers_system", ["orgs_regulation_teachers"], ["orgs_total"])
        share("share_orgs_students_system", ["orgs_regulation_students"], ["orgs_total"])
        if "partner_list" in v:
            n = len(v["partner_list"].split("; "))
            agr = sum(v.get(k, 0) for k in ("agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"))
            if n < agr:
                err(f"{f}: {n} partners for {agr} agreements")
        muni_only = {"municipal_order", "municipal_analytic_note", "municipal_methodical_associations",
                     "best_practices", "contests", "network_community", "network_mentors", "orgs_total",
                     "teachers_municipal", "young_specialists_municipal", "share_orgs_teachers_system",
                     "share_orgs_students_system"}
        if e["organisation"] is not None and muni_only & set(v):
            err(f"{f}: an organisation's form with municipal criteria {sorted(muni_only & set(v))}")

    # no catalogue wording verbatim
    wordings = set()
    if CRITERIA.exists():
        lines = CRITERIA.read_text(encoding="utf-8").splitlines()
        head = lines[0].split("\t")
        for line in lines[1:]:
            row = dict(zip(head, line.split("\t")))
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row.get(k):
                    wordings.add(norm(row[k]))
    verbatim = [c["title"] for c in cells if norm(c["title"]) in wordings]
    if verbatim:
        err(f"catalogue wording verbatim: {verbatim}")

    nvals = sum(len(e["values"]) for e in expected)
    nlinks = sum(len(e["links"]) for e in expected)
    if not 5 <= len({e['file'] for e in expected}) <= 8:
        err("not 5–8 files")
    if not 150 <= nvals <= 300:
        err(f"{nvals} values, not 150–300")
    for m in errors:
        print("ERROR", m)
    status = "OK" if not errors else f"FAILED ({len(errors)} errors)"
    print(f"selfcheck {status}: {len(by_file)} files, {len(expected)} forms, {nvals} values ({nv} cells), "
          f"{nlinks} links ({nl} cells)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
