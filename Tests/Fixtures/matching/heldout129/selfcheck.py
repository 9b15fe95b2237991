#!/usr/bin/env python3
"""Self-check of heldout129 (1C reports saved to XLSX).

Re-opens every typed file with openpyxl (data_only=True) and checks that every expected value and link is in the
cell cells.json names (values are read the way 1C writes them: «1 086,00», «12,06», «Истина»/«Ложь»,
«Да»/«Нет»; a link is a URL inside the document cell's text, and equals the hyperlink target when the cell has
one), and the set's own promises:
  - shares = part / whole (the catalogue's operands) rounded to 2 decimals;
  - the six mentee groups sum to mentees_10_19; the personalised-programme forms sum to pp_total;
  - mentors_total = teachers_mentors + mentors_15_19 + external_edu_mentors + enterprise_mentors +
    other_org_mentors; mentees_total = mentees_10_19 + young_specialists_mentees + teachers_other_mentees
    (an absent value counts as 0: 1C leaves a zero cell empty in one file);
  - 35–45 values per form, only org-level 2024 criteria that are not computed (aggregation forms / sum_of);
  - 70–85 % of the non-contingent values have a proof link; 3–4 not-criterion rows per form besides «Итого»;
  - every value cell holds TEXT (numbers as 1C prints them), headings are bold grey group rows without a value,
    not-criterion rows have a value; the organisation is named in the sheet; no row title is a catalogue
    wording (verbatim or cut).
Exits 1 on any mismatch."""
import csv
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
YES = {"истина", "да"}
NO = {"ложь", "нет"}
URL_RE = re.compile(r"https?://[^\s<>\"«»]+")

errors = []


def err(msg):
    errors.append(msg)


def as_number(v):
    """A value as 1C prints it: «1 086,00», «12,06», «Истина», «Нет» …; None if it is not one."""
    if not isinstance(v, str):
        return None
    t = v.strip().lower()
    if t in YES:
        return 1.0
    if t in NO:
        return 0.0
    t = t.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", t):
        return None
    return float(t)


def urls_in(text):
    out = []
    for m in URL_RE.finditer(text or ""):
        out.append(m.group(0).rstrip(".,;:)"))
    return out


def split_list(v):
    return [p.strip() for p in re.split(r"[;\n]", str(v)) if p.strip()]


def norm(text):
    t = text.lower().replace("ё", "е")
    t = re.sub(r"[«»\"'“”„()\[\]{}:;,.!?…/\\*+=<>%№–—\-]+", " ", t)
    return " ".join(t.split())


def is_grey(cell):
    f = cell.fill
    return f is not None and f.fill_type == "solid" and str(f.fgColor.rgb).upper().endswith("D9D9D9")


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
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
            text = cell.value if isinstance(cell.value, str) else ""
            if exp not in urls_in(text):
                err(f"{c['file']} {c['sheet']} {c['cell']} {c['criterion']}: URL {exp!r} not in {text!r}")
            if cell.hyperlink is not None and cell.hyperlink.target != exp:
                err(f"{c['file']} {c['cell']} hyperlink {cell.hyperlink.target!r} != {exp!r}")
        else:
            v = cell.value
            unit = cat[c["criterion"]]["unit"]
            if not isinstance(v, str):
                err(f"{c['file']} {c['cell']} {c['criterion']}: value is not stored as text: {v!r}")
            if v != c["typed"]:
                err(f"{c['file']} {c['cell']} {c['criterion']}: cell {v!r} != typed {c['typed']!r}")
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
        if ws[c["title_cell"]].value != c["row_title"]:
            err(f"{c['file']} {c['title_cell']}: title {ws[c['title_cell']].value!r} != {c['row_title']!r}")
        if c["title_cell"].lstrip("ABCDEFGH") != c["cell"].lstrip("ABCDEFGH"):
            err(f"{c['file']} {c['cell']}: not on the row of its title")
        checked += 1

    # 2. expected.json and cells.json agree; headings, not-criteria, organisation, promises
    cat_texts = [r[k] for r in cat.values() for k in ("wording_2023", "wording_2024", "form_wording")
                 if r[k].strip()]
    cat_norm = [norm(t) for t in cat_texts]
    all_titles = []
    sheets_per_file = {}
    for e in expected:
        sheets_per_file.setdefault(e["file"], []).append(e.get("sheet"))
    for e in expected:
        fc = [c for c in cells if c["file"] == e["file"] and (e.get("sheet") is None or c["sheet"] == e["sheet"])]
        if not fc:
            err(f"{e['file']}: no cells")
            continue
        sh = fc[0]["sheet"]
        if len(sheets_per_file[e["file"]]) > 1 and e.get("sheet") != sh:
            err(f"{e['file']}: a workbook with several forms needs 'sheet'")
        ws = sheet(e["file"], sh)
        label = f"{e['file']}[{sh}]"
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(vals) != set(e["values"]):
            err(f"{label}: values differ between expected.json and cells.json: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{label}: links differ between expected.json and cells.json")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if r is None or r["level"] != "org" or not r["wording_2024"].strip() \
                    or r["aggregation"] in ("forms", "sum_of"):
                err(f"{label}: {cid} may not appear (not an org-level, non-computed 2024 criterion)")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{label}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if cid not in e["values"]:
                err(f"{label}: link {cid} without a value")
            if links[cid]["expected"] != u:
                err(f"{label}: link {cid} differs")
            if not u.startswith("https://"):
                err(f"{label}: link {cid} is not a URL")
            if links[cid]["cell"].lstrip("ABCDEFGH") != vals[cid]["cell"].lstrip("ABCDEFGH"):
                err(f"{label}: link {cid} not on the value's row")
        all_titles += [c["row_title"] for c in vals.values()]

        tcol = ws[fc[0]["title_cell"]].column
        vcol = next(ws[c["cell"]].column for c in fc if c["kind"] == "value")
        rows_by_title = {}
        strings = []
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    strings.append(cell.value)
                    if cell.column == tcol:
                        rows_by_title.setdefault(cell.value, []).append(cell.row)
        for t in e["not_criteria"]:
            if t not in rows_by_title:
                err(f"{label}: not-criterion row {t!r} not found")
                continue
            for r in rows_by_title[t]:
                if ws.cell(r, vcol).value is None:
                    err(f"{label}: not-criterion row {t!r} has no value")
        content_nc = [t for t in e["not_criteria"] if not t.strip().startswith("Итого")]
        if not 3 <= len(content_nc) <= 4:
            err(f"{label}: {len(content_nc)} not-criterion rows besides «Итого» (3–4 wanted)")
        all_titles += content_nc
        for h in e["headings"]:
            if h not in rows_by_title:
                err(f"{label}: heading {h!r} not found")
                continue
            for r in rows_by_title[h]:
                hc = ws.cell(r, tcol)
                if ws.cell(r, vcol).value is not None:
                    err(f"{label}: heading {h!r} has a value")
                if not (hc.font and hc.font.b) or not is_grey(hc):
                    err(f"{label}: heading {h!r} is not a bold grey group row")
        if not e["headings"]:
            err(f"{label}: no headings")
        if not any(e["organisation"] in s for s in strings):
            err(f"{label}: organisation not named in the sheet")
        if e["year"] != 2024 or not any("2024" in s for s in strings[:3]):
            err(f"{label}: year")
        if not any(s.startswith("Отчёт \"Мониторинг ЦМН\" за 2024 г.") for s in strings[:1]):
            err(f"{label}: report title line")
        if not any(s.startswith("Ответственный:") and "/ подпись /" in s for s in strings[-3:]):
            err(f"{label}: footer")
        nv = len(e["values"])
        if not 35 <= nv <= 45:
            err(f"{label}: {nv} values (35–45 wanted)")
        nonc = [k for k in e["values"] if k not in CONTINGENTS]
        ratio = len(e["links"]) / len(nonc)
        if not 0.70 <= ratio <= 0.85:
            err(f"{label}: {100 * ratio:.1f} % of non-contingent values have a link (70–85 % wanted)")

        # 3. figures consistent inside the form (an absent value is 0)
        v = e["values"]
        g = lambda k: v.get(k, 0)

        def ratio_of(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)
        checks = {
            "share_mentees_10_19": lambda: ratio_of(g("mentees_10_19"), v["students_10_19"]),
            "share_mentors_15_19": lambda: ratio_of(g("mentors_15_19"), v["students_15_19"]),
            "share_young_specialists_mentees": lambda: ratio_of(g("young_specialists_mentees"),
                                                                v["young_specialists"]),
            "share_teachers_mentees": lambda: ratio_of(g("teachers_other_mentees") + g("young_specialists_mentees"),
                                                       v["teachers_other"] + v["young_specialists"]),
            "share_teachers_mentors": lambda: ratio_of(g("teachers_mentors"),
                                                       v["teachers_other"] + v["young_specialists"]),
            "share_young_specialists_mentors": lambda: ratio_of(g("young_specialists_mentors"),
                                                                v["young_specialists"]),
        }
        for sid, fn in checks.items():
            if sid in v and abs(v[sid] - fn()) > 0.005:
                err(f"{label}: {sid} {v[sid]} != part/whole {fn()}")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in v and sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{label}: personalised-programme forms do not sum to pp_total")
        groups = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation",
                  "mentees_career", "mentees_other_params"]
        if any(k in v for k in groups) and sum(g(k) for k in groups) != v["mentees_10_19"]:
            err(f"{label}: mentee groups do not sum to mentees_10_19")
        if "mentors_total" in v and v["mentors_total"] != (g("teachers_mentors") + g("mentors_15_19")
                                                           + g("external_edu_mentors") + g("enterprise_mentors")
                                                           + g("other_org_mentors")):
            err(f"{label}: mentors_total != its parts")
        if "mentees_total" in v and v["mentees_total"] != (g("mentees_10_19") + g("young_specialists_mentees")
                                                           + g("teachers_other_mentees")):
            err(f"{label}: mentees_total != its parts")
        if g("young_specialists_mentors") > g("teachers_mentors"):
            err(f"{label}: young specialists as mentors exceed teacher mentors")

    # 4. no row title is a catalogue wording, verbatim or cut
    for t in all_titles:
        n = norm(t)
        for cn in cat_norm:
            if n == cn or (len(n) >= 25 and cn.startswith(n)):
                err(f"row title is a catalogue wording: {t!r}")
                break

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
