#!/usr/bin/env python3
"""Self-check of heldout124: re-opens every typed file with openpyxl (data_only=True) and checks that every
expected value and link is in the cell(s) cells.json names, that the layout is what the set promises (a title's
lines in consecutive rows of column B, its number only in the first of them, the value on the first or the last
line's row as the file says, the link on the first row, a broken URL continued in the next row of column D), and
the figures' own promises (shares = part / whole, mentee groups sum to mentees 10–19, programme forms sum to the
total, mentors and mentees totals). Exits 1 on any mismatch."""
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


YES = {"да", "есть", "имеется", "1"}
NO = {"нет", "0"}
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}


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


def rc(coord):
    m = re.fullmatch(r"([A-Z]+)(\d+)", coord)
    return m.group(1), int(m.group(2))


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cj = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells, position = cj["cells"], cj["value_row"]
    with open(CRITERIA, encoding="utf-8") as f:
        cat = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}

    books = {}

    def sheet(file, name):
        if file not in books:
            books[file] = load_workbook(HERE / file, data_only=True)
        return books[file][name]

    # 1. every cell of cells.json holds what it promises, and sits where the layout says
    checked = 0
    broken = {}
    multiline = {}
    for c in cells:
        ws = sheet(c["file"], c["sheet"])
        if c["kind"] == "link":
            coords = c.get("cells", [c["cell"]])
            if coords[0] != c["cell"]:
                err(f"{c['file']} {c['criterion']}: first link cell differs")
            got = "".join(str(ws[x].value or "") for x in coords)
            if got != c["expected"]:
                err(f"{c['file']} {c['cell']} {c['criterion']} link: expected {c['expected']!r}, got {got!r}")
            rows = [rc(x)[1] for x in coords]
            if any(rc(x)[0] != "D" for x in coords) or rows != list(range(rows[0], rows[0] + len(rows))):
                err(f"{c['file']} {c['criterion']}: link cells not consecutive in column D: {coords}")
            if len(coords) > 1:
                broken[c["file"]] = broken.get(c["file"], 0) + 1
                for x in coords[:-1]:
                    if not str(ws[x].value).endswith("/"):
                        err(f"{c['file']} {x}: a broken URL must break after «/»")
            checked += len(coords)
            continue
        # value or not-criterion row: the title block
        tcs = c["title_cells"]
        rows = [rc(x)[1] for x in tcs]
        if any(rc(x)[0] != "B" for x in tcs) or rows != list(range(rows[0], rows[0] + len(rows))):
            err(f"{c['file']} {c['row_title']!r}: title cells not consecutive in column B: {tcs}")
        title = "\n".join(str(ws[x].value) for x in tcs)
        if title != c["row_title"]:
            err(f"{c['file']}: title {title!r} != cells.json {c['row_title']!r}")
        if not 1 <= len(tcs) <= 4:
            err(f"{c['file']}: {len(tcs)} title lines for {c['row_title']!r}")
        if len(tcs) > 1:
            multiline[c["file"]] = multiline.get(c["file"], 0) + 1
        first, last = rows[0], rows[-1]
        if ws.cell(first, 1).value in (None, ""):
            err(f"{c['file']} row {first}: no number in column A")
        for r in rows[1:]:
            if ws.cell(r, 1).value not in (None, ""):
                err(f"{c['file']} row {r}: a continuation row has a number")
        col, vrow = rc(c["cell"])
        want = first if position[c["file"]] == "first" else last
        if col != "C" or vrow != want:
            err(f"{c['file']} {c['row_title']!r}: value at {c['cell']}, expected C{want}")
        for r in rows:
            if r != vrow and ws.cell(r, 3).value not in (None, ""):
                err(f"{c['file']} row {r}: a second value in the title block")
        if c["kind"] == "not_criterion":
            if ws[c["cell"]].value is None:
                err(f"{c['file']}: not-criterion {c['row_title']!r} has no value")
            checked += 1
            continue
        exp = c["expected"]
        v = ws[c["cell"]].value
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

    # 2. expected.json and cells.json agree; the link is on the title's first row
    by_file = {}
    for c in cells:
        by_file.setdefault(c["file"], []).append(c)
    titles_by_crit = {}
    for e in expected:
        fc = by_file.get(e["file"], [])
        vals = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        links = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        ncs = [c["row_title"] for c in fc if c["kind"] == "not_criterion"]
        if set(vals) != set(e["values"]):
            err(f"{e['file']}: values in expected.json and cells.json differ: {set(vals) ^ set(e['values'])}")
        if set(links) != set(e["links"]):
            err(f"{e['file']}: links in expected.json and cells.json differ")
        if ncs != e["not_criteria"]:
            err(f"{e['file']}: not-criteria in expected.json and cells.json differ")
        for cid, v in e["values"].items():
            r = cat.get(cid)
            if (r is None or r["level"] != "org" or not r["wording_2024"].strip()
                    or r["aggregation"] in ("forms", "sum_of")):
                err(f"{e['file']}: {cid} is not an organisation-level 2024 criterion")
            if cid in vals and vals[cid]["expected"] != v:
                err(f"{e['file']}: {cid} expected.json {v!r} != cells.json {vals[cid]['expected']!r}")
        for cid, u in e["links"].items():
            if links[cid]["expected"] != u:
                err(f"{e['file']}: link {cid} differs")
            if not u.startswith("https://") or "|" in u or " " in u:
                err(f"{e['file']}: link {cid} is not a URL")
            if cid not in vals:
                err(f"{e['file']}: link {cid} without a value")
            elif rc(links[cid]["cell"])[1] != rc(vals[cid]["title_cells"][0])[1]:
                err(f"{e['file']}: link {cid} not on the title's first row")
        ws = sheet(e["file"], fc[0]["sheet"])
        single = set()
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    single.add(cell.value)
        for h in e["headings"]:
            if h not in single:
                err(f"{e['file']}: heading {h!r} not found in one cell")
        for cid, c in vals.items():
            titles_by_crit.setdefault(cid, []).append((e["file"], c["row_title"]))
        if not 3 <= len(e["not_criteria"]) <= 4:
            err(f"{e['file']}: {len(e['not_criteria'])} not-criterion rows (3–4 wanted)")
        if not 35 <= len(e["values"]) <= 45:
            err(f"{e['file']}: {len(e['values'])} values (35–45 wanted)")
        nonc = [k for k in e["values"] if k not in CONTINGENTS]
        ratio = 100.0 * len([k for k in nonc if k in e["links"]]) / len(nonc)
        if not 70 <= ratio <= 85:
            err(f"{e['file']}: {ratio:.1f} % of non-contingent rows have a link (70–85 wanted)")
        if any(k in e["links"] for k in CONTINGENTS):
            err(f"{e['file']}: a contingent row has a link")
        # the organisation is named in the title lines (above the header), possibly across two of them
        top = []
        for r in range(1, 6):
            x = ws.cell(r, 1).value
            if isinstance(x, str) and x != "№":
                top.append(x)
        if e["organisation"] not in " ".join(top):
            err(f"{e['file']}: organisation not named in the title lines")
        if "2024" not in " ".join(top) or e["year"] != 2024:
            err(f"{e['file']}: year")

        # 3. figures consistent inside the form
        v = e["values"]

        def ratio2(part, whole):
            return round(100.0 * part / whole + 1e-9, 2)
        teachers = v["teachers_other"] + v["young_specialists"]
        ops = {"share_mentees_10_19": ratio2(v["mentees_10_19"], v["students_10_19"]),
               "share_mentors_15_19": ratio2(v["mentors_15_19"], v["students_15_19"]),
               "share_young_specialists_mentees": ratio2(v["young_specialists_mentees"], v["young_specialists"]),
               "share_teachers_mentees": ratio2(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                                                teachers),
               "share_teachers_mentors": ratio2(v["teachers_mentors"], teachers),
               "share_young_specialists_mentors": ratio2(v.get("young_specialists_mentors", 0),
                                                         v["young_specialists"])}
        for sid, want in ops.items():
            if sid in v and abs(v[sid] - want) > 0.005:
                err(f"{e['file']}: {sid} {v[sid]} != {want}")
        pp = [k for k in v if k.startswith("pp_") and k != "pp_total"]
        if sum(v[k] for k in pp) != v["pp_total"]:
            err(f"{e['file']}: programme forms do not sum to pp_total")
        groups = ["mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
                  "mentees_other_params"]
        if sum(v.get(k, 0) for k in groups) != v["mentees_10_19"]:
            err(f"{e['file']}: mentee groups do not sum to mentees_10_19")
        mt = (v["teachers_mentors"] + v["mentors_15_19"] + v.get("external_edu_mentors", 0)
              + v.get("enterprise_mentors", 0) + v.get("other_org_mentors", 0))
        if mt != v["mentors_total"]:
            err(f"{e['file']}: mentors_total {v['mentors_total']} != {mt}")
        me = v["mentees_10_19"] + v["young_specialists_mentees"] + v["teachers_other_mentees"]
        if me != v["mentees_total"]:
            err(f"{e['file']}: mentees_total {v['mentees_total']} != {me}")
        if v.get("young_specialists_mentors", 0) > min(v["teachers_mentors"], v["young_specialists"]):
            err(f"{e['file']}: young specialists as mentors")
        if v["teachers_in_pp"] > teachers:
            err(f"{e['file']}: teachers_in_pp")

    # 4. layout promises across the set
    firsts = [f for f, p in position.items() if p == "first"]
    lasts = [f for f, p in position.items() if p == "last"]
    if len(firsts) != 3 or len(lasts) != 2:
        err(f"value rows: {len(firsts)} files FIRST, {len(lasts)} LAST (3 and 2 wanted)")
    for e in expected:
        n = sum(1 for c in by_file[e["file"]] if c["kind"] != "link")
        if multiline.get(e["file"], 0) < n // 2:
            err(f"{e['file']}: only {multiline.get(e['file'], 0)} of {n} titles span several rows")
    if sum(1 for f in position if broken.get(f)) < 3:
        err("broken URLs in fewer than three files")

    # 5. wording: no catalogue wording copied; every criterion worded differently in every file
    cat_norm = set()
    for r in cat.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r[k].strip():
                cat_norm.add(" ".join(words(r[k])))
    all_titles = [t for lst in titles_by_crit.values() for _, t in lst]
    for e in expected:
        all_titles += e["not_criteria"]
    for t in all_titles:
        if " ".join(words(t)) in cat_norm:
            err(f"row title copies a catalogue wording: {t!r}")
    for cid, lst in titles_by_crit.items():
        seen = {}
        for f, t in lst:
            k = " ".join(words(t))
            if k in seen:
                err(f"{cid}: same wording in {seen[k]} and {f}: {t!r}")
            seen[k] = f

    nf = len({e["file"] for e in expected})
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nb = sum(broken.values())
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"selfcheck FAILED: {len(errors)} problems")
        sys.exit(1)
    print(f"selfcheck OK: {nf} files, {len(expected)} forms, {nv} values, {nl} links ({nb} broken over two rows), "
          f"{checked} cells checked")


if __name__ == "__main__":
    main()
