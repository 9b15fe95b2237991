#!/usr/bin/env python3
"""Self-check for heldout94, written apart from make_typed.py.

Re-opens every typed workbook with openpyxl (data_only=True, rich_text=True) and, for every entry of
cells.json:
  * value in a number cell: the number equals the expected value;
  * value in a text cell (a sentence with a blank, or a cell of a split sentence): the recorded quote
    stands at the recorded position of the cell's text, is not a piece of a longer number, and READING it
    gives the expected value — a blank «__12__», «12____», «__ 12 __», «1 184», «18,4» is its number;
    a choice «утверждено / не утверждено» is the alternative typed in CAPITALS, or the one not struck
    through, or the only one left; «не …», «нет», «отсутствует» mean 0, anything else 1; a list is its
    items whatever the separator («;» or «,»);
  * link: the URL stands whole in the cell's text (and is the hyperlink target when the cell has one).
Then: expected.json and cells.json hold the same values and links; criteria exist in the catalogue;
shares agree with their counts; parts do not exceed wholes; not_criteria and headings are typed in the
sheet; the organisation is named in the sheet; totals.  Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

HERE = pathlib.Path(__file__).resolve().parent
CATALOGUE = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
errors = []


def err(msg):
    errors.append(msg)


UNIT, AGG = {}, {}
for line in CATALOGUE.read_text(encoding="utf-8").splitlines()[1:]:
    parts = line.split("\t")
    UNIT[parts[0]] = parts[2]
    AGG[parts[0]] = parts[4]


def is_yesno(c):
    """An organisation answers yes/no for a yes/no criterion and for one the municipality counts (count_yes)."""
    return UNIT[c] == "yesno" or AGG[c] == "count_yes"


def cell_text(v):
    """(plain text, struck mask) of a cell value."""
    if isinstance(v, CellRichText):
        text, mask = "", []
        for b in v:
            if isinstance(b, TextBlock):
                text += b.text
                mask += [bool(b.font is not None and b.font.strike)] * len(b.text)
            else:
                text += str(b)
                mask += [False] * len(str(b))
        return text, mask
    if isinstance(v, str):
        return v, [False] * len(v)
    return None, None


def read_number(q):
    s = q.replace("_", "").replace("\u00a0", " ").strip()
    if not re.fullmatch(r"\d{1,3}(?: \d{3})*(?:,\d+)?|\d+(?:,\d+)?", s):
        raise ValueError(f"not a filled blank: {q!r}")
    return float(s.replace(" ", "").replace(",", "."))


NEG = re.compile(r"^(не\b|не\s|нет\b|отсутств)")


def read_choice(quote, struck):
    """quote: the typed choice; struck: per-character strike mask of the quote."""
    alts, pos = [], 0
    for piece in quote.split("/"):
        alts.append((piece, struck[pos:pos + len(piece)]))
        pos += len(piece) + 1
    if len(alts) == 1:
        chosen = alts[0][0]
    else:
        caps = [a for a, m in alts if re.search(r"[А-ЯЁ]{2}", a) and a.strip() == a.strip().upper()]
        kept = [a for a, m in alts if not any(m[i] for i, ch in enumerate(a) if ch.strip())]
        if len(caps) == 1:
            chosen = caps[0]
        elif len(kept) == 1:
            chosen = kept[0]
        else:
            raise ValueError(f"choice not made: {quote!r}")
    word = chosen.strip().lower()
    if not word:
        raise ValueError(f"empty choice in {quote!r}")
    return 0 if NEG.search(word) else 1


def read_list(q):
    items = re.split(r";", q) if ";" in q else re.split(r",(?![^«]*»)", q)
    return "; ".join(i.strip() for i in items if i.strip())


URL_END_OK = set(" \t\n),;»")


def url_whole(text, url):
    i = text.find(url)
    if i < 0:
        return False
    j = i + len(url)
    if j == len(text):
        return True
    if text[j] == ".":
        return j + 1 == len(text) or text[j + 1] in " \n"
    return text[j] in URL_END_OK


def close(a, b):
    return abs(float(a) - float(b)) < 1e-9


def main():
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]

    # -- expected.json <-> cells.json
    exp = {}
    for e in expected:
        if e.get("year") != 2024:
            err(f"{e['file']}: year {e.get('year')}")
        for c, v in e["values"].items():
            exp[(e["file"], "value", c)] = v
            if c not in UNIT:
                err(f"{e['file']}: unknown criterion {c}")
        for c, u in e["links"].items():
            exp[(e["file"], "link", c)] = u
            if c not in e["values"]:
                err(f"{e['file']}: link for {c} without a value")
            if not u.startswith("https://"):
                err(f"{e['file']}: odd link {u}")
    seen = {}
    for r in cells:
        k = (r["file"], r["kind"], r["criterion"])
        if k in seen:
            err(f"duplicate record {k}")
        seen[k] = r
        if k not in exp:
            err(f"cells.json {k} not in expected.json")
        elif exp[k] != r["expected"]:
            err(f"{k}: expected.json {exp[k]!r} != cells.json {r['expected']!r}")
    for k in exp:
        if k not in seen:
            err(f"expected.json {k} has no cell")

    # -- units
    for (f, kind, c), v in exp.items():
        if kind != "value":
            continue
        u = UNIT.get(c)
        if is_yesno(c) and v not in (0, 1):
            err(f"{f} {c}: yes/no {v!r}")
        if u == "count" and (not isinstance(v, int) or v < 0):
            err(f"{f} {c}: count {v!r}")
        if u in ("share", "level") and not (isinstance(v, (int, float)) and 0 <= v <= 100):
            err(f"{f} {c}: percent {v!r}")
        if u in ("list", "text") and not isinstance(v, str):
            err(f"{f} {c}: text {v!r}")

    # -- the workbooks
    books = {}

    def sheet(f, s):
        if f not in books:
            books[f] = load_workbook(HERE / f, data_only=True, rich_text=True)
        return books[f][s]

    checked = 0
    for r in cells:
        ws = sheet(r["file"], r["sheet"])
        c = ws[r["cell"]]
        where = f"{r['file']}!{r['cell']} {r['criterion']}"
        x = r["expected"]
        if r["kind"] == "link":
            text, _ = cell_text(c.value)
            if text is None or not url_whole(text, x):
                err(f"{where}: link {x} not whole in {c.value!r}")
            if c.hyperlink is not None and c.hyperlink.target != x:
                err(f"{where}: hyperlink {c.hyperlink.target} != {x}")
            checked += 1
            continue
        v = c.value
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if "quote" in r:
                err(f"{where}: number cell with a quote")
            if not close(v, x):
                err(f"{where}: cell {v!r} != {x!r}")
            checked += 1
            continue
        text, mask = cell_text(v)
        if text is None:
            err(f"{where}: empty cell")
            continue
        q, pos = r.get("quote"), r.get("pos")
        if q is None or pos is None or text[pos:pos + len(q)] != q:
            err(f"{where}: quote {q!r} not at {pos} in {text!r}")
            continue
        if r.get("typed") != text:
            err(f"{where}: recorded text differs from the cell")
        unit = UNIT[r["criterion"]]
        try:
            if is_yesno(r["criterion"]):
                got = read_choice(q, mask[pos:pos + len(q)])
                if got != x:
                    err(f"{where}: choice {q!r} reads {got}, expected {x}")
            elif unit in ("count", "share", "level"):
                before = text[pos - 1] if pos > 0 else " "
                after = text[pos + len(q)] if pos + len(q) < len(text) else " "
                if before.isdigit() or after.isdigit() or (after == "," and text[pos + len(q) + 1:][:1].isdigit()):
                    raise ValueError("quote is a piece of a longer number")
                got = read_number(q)
                if not close(got, x):
                    err(f"{where}: {q!r} reads {got}, expected {x}")
            elif unit == "list":
                if read_list(q) != x:
                    err(f"{where}: list {read_list(q)!r} != {x!r}")
            else:
                if q.strip() != x:
                    err(f"{where}: text {q!r} != {x!r}")
        except ValueError as ex:
            err(f"{where}: {ex}")
        checked += 1

    # -- consistency of each form's figures
    for e in expected:
        v, f = e["values"], e["file"]
        for sh, a, b in (("share_mentees_10_19", "mentees_10_19", "students_10_19"),
                         ("share_mentors_15_19", "mentors_15_19", "students_15_19"),
                         ("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists")):
            if sh in v and a in v and b in v and abs(v[sh] - round(100 * v[a] / v[b], 2)) > 0.005:
                err(f"{f}: {sh} {v[sh]} != {v[a]}/{v[b]}")
        if all(k in v for k in ("young_specialists", "teachers_other")):
            t = v["young_specialists"] + v["teachers_other"]
            if "share_teachers_mentors" in v and "teachers_mentors" in v and \
                    abs(v["share_teachers_mentors"] - round(100 * v["teachers_mentors"] / t, 2)) > 0.005:
                err(f"{f}: share_teachers_mentors")
            if "share_teachers_mentees" in v and \
                    abs(v["share_teachers_mentees"] - round(100 * (v["young_specialists_mentees"]
                                                                   + v["teachers_other_mentees"]) / t, 2)) > 0.005:
                err(f"{f}: share_teachers_mentees")
        for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                            ("students_15_19", "students_10_19"),
                            ("young_specialists_mentees", "young_specialists"),
                            ("teachers_other_mentees", "teachers_other"),
                            ("young_specialists_mentors", "teachers_mentors")):
            if part in v and whole in v and v[part] > v[whole]:
                err(f"{f}: {part} > {whole}")
        cats = [v[k] for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                               "mentees_career", "mentees_other_params") if k in v]
        if "mentees_10_19" in v and sum(cats) > v["mentees_10_19"]:
            err(f"{f}: mentee categories exceed mentees_10_19")
        pps = [v[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil",
                              "pp_teacher_pupil", "pp_other") if k in v]
        if "pp_total" in v and sum(pps) > v["pp_total"]:
            err(f"{f}: pp parts exceed pp_total")
        ms = [v[k] for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors", "other_org_mentors",
                             "enterprise_mentors") if k in v]
        if "mentors_total" in v and sum(ms) > v["mentors_total"]:
            err(f"{f}: mentor parts exceed mentors_total")
        if "mentees_total" in v and v.get("mentees_10_19", 0) + v.get("young_specialists_mentees", 0) \
                + v.get("teachers_other_mentees", 0) > v["mentees_total"]:
            err(f"{f}: mentee parts exceed mentees_total")
        ag = [k for k in ("agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs")]
        if "partner_list" in v and all(k in v for k in ag) and \
                len(v["partner_list"].split("; ")) != sum(v[k] for k in ag):
            err(f"{f}: partners vs agreements")

        # -- the sheet names the organisation, and holds the not_criteria and headings as typed
        sheets = {r["sheet"] for r in cells if r["file"] == f}
        for sname in sheets:
            ws = sheet(f, sname)
            texts, rows = [], []
            for row in ws.iter_rows():
                rt = []
                for c in row:
                    t, _ = cell_text(c.value)
                    if t is None and c.value is not None:
                        t = str(c.value)
                    if t is not None:
                        texts.append(t)
                        rt.append(t.strip())
                rows.append(" ".join(x for x in rt if x))
            blob = "\n".join(texts)
            if e["organisation"] not in blob:
                err(f"{f}: organisation {e['organisation']!r} not named in the sheet")
            if "2024" not in blob:
                err(f"{f}: the year is not in the sheet")
            for n in e["not_criteria"]:
                if n not in texts and not any(n in r for r in rows):
                    err(f"{f}: not_criteria row {n!r} not found")
            for h in e["headings"]:
                if h not in texts:
                    err(f"{f}: heading {h!r} not found")

    files = {e["file"] for e in expected}
    nvals = sum(len(e["values"]) for e in expected)
    nlinks = sum(len(e["links"]) for e in expected)
    if not 5 <= len(files) <= 8:
        err(f"{len(files)} files")
    if not 150 <= nvals <= 300:
        err(f"{nvals} values")
    dop = [e for e in expected if "ДО " in e["organisation"] or "дополнительного образования" in e["organisation"]]
    if len(dop) != 1:
        err(f"{len(dop)} ДОП forms, expected 1")
    for e in expected:
        if not (HERE / e["file"]).exists():
            err(f"missing {e['file']}")

    for m in errors:
        print("FAIL:", m)
    status = "FAILED" if errors else "OK"
    print(f"selfcheck {status}: {len(files)} files, {len(expected)} forms, {nvals} values, {nlinks} links, "
          f"{checked} cells checked, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
