#!/usr/bin/env python3
"""Independent check of heldout68: re-reads every workbook with openpyxl and checks every expected
value, link and organisation against its cell (cells.json), plus plausibility rules.
Does not import make_typed.py.  Exit 1 on any mismatch."""
import csv
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
CRIT = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")

# Latin letters that look like Cyrillic ones
HOMO = str.maketrans("ABCEHKMOPTXaceopxyBT", "АВСЕНКМОРТХасеорхуВТ")

errors = []


def err(msg):
    errors.append(msg)


def load_units():
    units, wordings = {}, {}
    with open(CRIT, encoding="utf-8") as f:
        rd = csv.DictReader(f, delimiter="\t")
        for row in rd:
            units[row["id"]] = row["unit"]
            wordings[row["id"]] = [row[k] for k in ("wording_2023", "wording_2024", "form_wording") if row.get(k)]
    return units, wordings


def norm_text(s):
    s = str(s).translate(HOMO).replace("\u00a0", " ").replace("\t", " ").replace("\n", " ")
    s = s.replace("ё", "е").replace("Ё", "Е")
    return re.sub(r"\s+", " ", s).strip().lower()


def parse_value(cell, unit):
    v = cell.value
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        if "%" in (cell.number_format or ""):
            return round(v * 100, 6)
        return v
    s = str(v)
    if unit in ("text", "list"):
        return s
    s = s.split("http")[0]                      # value typed together with a link
    s = re.sub(r"\(.*", "", s)                  # «5 (приказ № 74 …»
    s = s.replace("\u00a0", " ").strip()
    low = s.lower().translate(HOMO)
    if re.match(r"^да\b|^да[.!,]?$|^да[.!,]", low):
        return 1
    if low.startswith("нет"):
        return 0
    if low.strip(" .") in ("о", "o"):          # the letter О typed for zero
        return 0
    m = re.match(r"^\s*(\d[\d ]*)(?:[.,](\d+))?\s*(%|чел\.?|шт\.?)?\s*$", s)
    if not m:
        return ("UNPARSED", s)
    whole = m.group(1).replace(" ", "")
    num = float(whole + ("." + m.group(2) if m.group(2) else ""))
    return int(num) if num.is_integer() else num


def main():
    units, wordings = load_units()
    expected = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    cells = json.load(open(os.path.join(HERE, "cells.json"), encoding="utf-8"))
    books = {}

    def cell_of(c):
        if c["file"] not in books:
            books[c["file"]] = load_workbook(os.path.join(HERE, c["file"]))
        return books[c["file"]][c["sheet"]][c["cell"]]

    files_on_disk = sorted("typed/" + f for f in os.listdir(os.path.join(HERE, "typed")) if f.endswith(".xlsx"))
    if sorted(e["file"] for e in expected) != files_on_disk:
        err("expected.json files differ from typed/*.xlsx")
    if not 5 <= len(files_on_disk) <= 8:
        err(f"{len(files_on_disk)} files, want 5-8")

    tot_v = tot_l = 0
    for e in expected:
        f = e["file"]
        if e.get("year") != 2024:
            err(f"{f}: year {e.get('year')}")
        vals, links = e["values"], e["links"]
        tot_v += len(vals)
        tot_l += len(links)
        fc = [c for c in cells if c["file"] == f]
        # every value
        vcells = {c["criterion"]: c for c in fc if c["kind"] == "value"}
        if set(vcells) != set(vals):
            err(f"{f}: cells.json value criteria differ from expected: {set(vcells) ^ set(vals)}")
        for cid, exp in vals.items():
            if cid not in units:
                err(f"{f}: {cid} is no catalogue criterion")
                continue
            if cid not in vcells:
                continue
            got = parse_value(cell_of(vcells[cid]), units[cid])
            if units[cid] in ("text", "list"):
                ok = got == exp
            else:
                ok = isinstance(got, (int, float)) and abs(got - exp) < 1e-6
            if not ok:
                err(f"{f}: {cid} cell {vcells[cid]['cell']} gives {got!r}, expected {exp!r}")
        # omitted values must not be expected
        for c in fc:
            if c["kind"] == "omitted" and c["criterion"] in vals:
                err(f"{f}: omitted {c['criterion']} is in values")
        # every link
        lcells = {c["criterion"]: c for c in fc if c["kind"] == "link"}
        if set(lcells) != set(links):
            err(f"{f}: cells.json link criteria differ from expected: {set(lcells) ^ set(links)}")
        for cid, url in links.items():
            if cid not in lcells:
                continue
            cl = cell_of(lcells[cid])
            target = cl.hyperlink.target if cl.hyperlink is not None else None
            if not (target == url or (isinstance(cl.value, str) and url in cl.value)):
                err(f"{f}: link {cid} not in {lcells[cid]['cell']}: {cl.value!r} / {target!r}")
            if not re.match(r"^https://[\w.-]+\.[a-z]{2,}/\S+$", url):
                err(f"{f}: odd url {url}")
        # organisation
        oc = [c for c in fc if c["kind"] == "organisation"]
        if len(oc) != 1:
            err(f"{f}: organisation cell missing")
        else:
            txt = norm_text(cell_of(oc[0]).value)
            if norm_text(e["organisation"]) not in txt:
                err(f"{f}: organisation {e['organisation']!r} not in {txt!r}")
        # year in the titles
        wb = books.get(f) or load_workbook(os.path.join(HERE, f))
        books[f] = wb
        ws = wb.worksheets[0]
        top = " ".join(str(c.value) for row in ws.iter_rows(min_row=1, max_row=5) for c in row if c.value)
        if "2024" not in top:
            err(f"{f}: no 2024 in the title rows")
        # a file: 30-45 criterion rows
        ncrit = len(vcells) + sum(1 for c in fc if c["kind"] == "omitted")
        if not 30 <= ncrit <= 45:
            err(f"{f}: {ncrit} criterion rows, want 30-45")
        # verbatim catalogue wording in at most a third of the criterion rows
        titles = []
        for c in list(vcells.values()) + [c for c in fc if c["kind"] == "omitted"]:
            r = ws[c["cell"]].row
            t = [x.value for x in ws[r] if isinstance(x.value, str) and len(x.value) > 12
                 and x.coordinate != c["cell"] and "http" not in x.value]
            titles.append((c["criterion"], t))
        verb = 0
        allw = {norm_text(w) for ws_ in wordings.values() for w in ws_}
        for cid, ts in titles:
            if any(norm_text(t) in allw for t in ts):
                verb += 1
        if verb * 3 > len(titles):
            err(f"{f}: {verb}/{len(titles)} rows use the catalogue wording verbatim")
        # plausibility
        V = vals

        def le(a, b):
            if a in V and b in V and V[a] > V[b]:
                err(f"{f}: {a}={V[a]} > {b}={V[b]}")

        def ratio(s, num, den):
            if s in V and all(x in V for x in num + den):
                r = sum(V[x] for x in num) / sum(V[x] for x in den) * 100
                if abs(r - V[s]) > 0.06:
                    err(f"{f}: {s}={V[s]} but counts give {r:.2f}")

        le("mentees_10_19", "students_10_19")
        le("mentors_15_19", "students_15_19")
        le("young_specialists_mentees", "young_specialists")
        le("teachers_other_mentees", "teachers_other")
        le("teachers_mentors", "teachers_municipal")
        le("mentors_15_19", "mentors_total")
        le("teachers_mentors", "mentors_total")
        le("mentees_10_19", "mentees_total")
        le("young_specialists_mentors", "teachers_mentors")
        for a in ("satisfaction_mentees", "satisfaction_mentors"):
            if a in V and not 0 <= V[a] <= 100:
                err(f"{f}: {a} out of range")
        ratio("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
        ratio("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
        ratio("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
        ratio("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
              ["teachers_other", "young_specialists"])
        ratio("share_teachers_mentors", ["teachers_mentors"], ["teachers_municipal"])
        if "teachers_municipal" in V and "teachers_other" in V and "young_specialists" in V:
            if V["teachers_other"] + V["young_specialists"] != V["teachers_municipal"]:
                err(f"{f}: teachers_other + young_specialists != teachers_municipal")
        pp = [k for k in V if k.startswith("pp_") and k != "pp_total"]
        if "pp_total" in V and sum(V[k] for k in pp) > V["pp_total"]:
            err(f"{f}: pp parts exceed pp_total")
        subs = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                "mentees_career", "mentees_other_params"]
        if "mentees_10_19" in V and sum(V.get(k, 0) for k in subs) > V["mentees_10_19"]:
            err(f"{f}: sub-groups exceed mentees_10_19")
        ext = sum(V.get(k, 0) for k in ("external_edu_mentors", "enterprise_mentors", "other_org_mentors"))
        if "mentors_total" in V and V.get("teachers_mentors", 0) + V.get("mentors_15_19", 0) + ext > V["mentors_total"]:
            err(f"{f}: mentor groups exceed mentors_total")
        print(f"{f}: values={len(vals)} links={len(links)} criterion rows={ncrit} verbatim={verb}")

    if not 150 <= tot_v <= 280:
        err(f"total values {tot_v}, want 150-280")
    print(f"files={len(expected)} values={tot_v} links={tot_l}")
    if errors:
        print("FAIL")
        for m in errors:
            print("  " + m)
        sys.exit(1)
    print("selfcheck: OK")


if __name__ == "__main__":
    main()
