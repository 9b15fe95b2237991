#!/usr/bin/env python3
"""Independent check of heldout113.

Re-opens every typed workbook with openpyxl (data_only=True) and, for every value and link of expected.json,
looks at the cell cells.json names:
  * the stored value, the number format and the quote prefix are what cells.json says;
  * the cell RENDERED by a small ru-RU Excel number-format renderer written here (sections, conditions,
    quoted and escaped literals, 0 # ? placeholders, thousands, %, fractions, dates) is the text cells.json
    calls "shown";
  * what a person makes of that printed text (for the criterion's unit) equals the expected value;
  * independently, the stored value read through the format's semantics (×100 for a real %, date serials,
    text parsed as a number) equals the expected value;
  * links are in their cells (text or hyperlink target).
Also: every cells.json entry is used, the organisation is in the title rows, headings and not-criteria rows
are on the sheet, no row title is a catalogue wording verbatim, and the totals are in range.
Exits 1 on any mismatch.
"""
import datetime
import json
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
from openpyxl.utils.datetime import to_excel

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
NB = "\u00a0"
errors = []


def err(msg):
    errors.append(msg)


# ---- catalogue -----------------------------------------------------------------------------------------
UNITS, AGG, WORDINGS = {}, {}, set()


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower()


with open(ROOT / "Templates/criteria.tsv", encoding="utf-8") as f:
    head = f.readline().rstrip("\n").split("\t")
    for line in f:
        if line.strip():
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            UNITS[row["id"]] = row["unit"]
            AGG[row["id"]] = row["aggregation"]
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row.get(k):
                    WORDINGS.add(norm(row[k]))


# ---- a small renderer of Excel number formats (ru-RU: decimal comma, NBSP thousands) ---------------------
def split_sections(fmt):
    out, cur, i, q = [], "", 0, False
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            q = not q
            cur += ch
        elif ch == "\\" and not q and i + 1 < len(fmt):
            cur += fmt[i:i + 2]
            i += 1
        elif ch == ";" and not q:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    out.append(cur)
    return out


def tokenize(sec):
    """-> list of (kind, text); kinds: lit, ph (0 # ?), dot, comma, pct, slash, date, at, general, cond"""
    toks, i = [], 0
    while i < len(sec):
        ch = sec[i]
        if ch == '"':
            j = sec.index('"', i + 1)
            toks.append(("lit", sec[i + 1:j]))
            i = j + 1
            continue
        if ch == "\\":
            toks.append(("lit", sec[i + 1]))
            i += 2
            continue
        if ch == "[":
            j = sec.index("]", i)
            inner = sec[i + 1:j]
            if re.match(r"^(=|<>|<=|>=|<|>)-?\d", inner):
                toks.append(("cond", inner))
            i = j + 1
            continue
        if sec[i:i + 7].lower() == "general":
            toks.append(("general", ""))
            i += 7
            continue
        if ch in "0#?":
            toks.append(("ph", ch))
        elif ch == ".":
            toks.append(("dot", ch))
        elif ch == ",":
            toks.append(("comma", ch))
        elif ch == "%":
            toks.append(("pct", ch))
        elif ch == "/":
            toks.append(("slash", ch))
        elif ch == "@":
            toks.append(("at", ch))
        elif ch.lower() in "dmy":
            j = i
            while j < len(sec) and sec[j].lower() == ch.lower():
                j += 1
            toks.append(("date", sec[i:j].lower()))
            i = j
            continue
        elif ch == "_":
            toks.append(("lit", " "))
            i += 2
            continue
        else:
            toks.append(("lit", ch))
        i += 1
    return toks


def cond_ok(cond, x):
    m = re.match(r"^(=|<>|<=|>=|<|>)(-?\d+(?:\.\d+)?)$", cond)
    op, v = m.group(1), float(m.group(2))
    return {"=": x == v, "<>": x != v, "<=": x <= v, ">=": x >= v, "<": x < v, ">": x > v}[op]


def general(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, int):
        return str(x)
    s = f"{x:.10g}"
    return s.replace(".", ",")


def render_number(x, toks):
    x = Decimal(str(x))
    for t in toks:
        if t[0] == "pct":
            x *= 100
    if any(t[0] == "slash" for t in toks):          # ?/? fraction
        best = None
        for den in range(1, 10):
            num = int((x * den).to_integral_value(ROUND_HALF_UP))
            d = abs(x - Decimal(num) / den)
            if best is None or d < best[0]:
                best = (d, num, den)
        return f"{best[1]}/{best[2]}"
    dot = next((k for k, t in enumerate(toks) if t[0] == "dot"), None)
    itoks = toks if dot is None else toks[:dot]
    dtoks = [] if dot is None else toks[dot + 1:]
    ndec = sum(1 for t in dtoks if t[0] == "ph")
    q = Decimal(1) if ndec == 0 else Decimal(1).scaleb(-ndec)
    s = str(abs(x).quantize(q, rounding=ROUND_HALF_UP))
    ip, dp = (s.split(".") + [""])[:2]
    phs = [k for k, t in enumerate(itoks) if t[0] == "ph"]
    grouping = any(t[0] == "comma" for t in itoks)
    if ip == "0" and phs and all(itoks[k][1] == "#" for k in phs):
        ip = ""
    out = []
    if phs:
        first, last = phs[0], phs[-1]
        out += [t[1] for t in itoks[:first] if t[0] == "lit"]
        if grouping:
            g = ""
            for n, ch in enumerate(reversed(ip)):
                if n and n % 3 == 0:
                    g = NB + g
                g = ch + g
            out.append(g)
        else:                                      # fill placeholders right to left, literals kept
            mid = [t for t in itoks[first:last + 1] if t[0] in ("ph", "lit")]
            digits = list(ip)
            filled = []
            for t in reversed(mid):
                if t[0] == "lit":
                    filled.append(t[1])
                    continue
                filled.append(digits.pop() if digits else ("0" if t[1] == "0" else ""))
            if digits:
                filled[-1] = "".join(digits) + filled[-1]
            out += list(reversed(filled))
        rest = itoks[last + 1:]
    else:
        rest = itoks
    out += [t[1] for t in rest if t[0] in ("lit", "pct")]
    if dot is not None:
        out.append("," + dp if ndec else ",")
        out += [t[1] for t in dtoks if t[0] in ("lit", "pct")]
    return "".join(out)


def render_date(v, toks):
    out = []
    for t in toks:
        if t[0] == "date":
            c = t[1]
            if c == "dd":
                out.append(f"{v.day:02d}")
            elif c == "d":
                out.append(str(v.day))
            elif c == "mm":
                out.append(f"{v.month:02d}")
            elif c == "m":
                out.append(str(v.month))
            elif c == "yyyy":
                out.append(f"{v.year:04d}")
            elif c == "yy":
                out.append(f"{v.year % 100:02d}")
            else:
                raise ValueError(c)
        elif t[0] in ("lit", "dot", "comma", "slash"):
            out.append(t[1])
    return "".join(out)


def render(v, fmt):
    if fmt == "mm-dd-yy":                          # built-in 14: the system short date, ru-RU
        fmt = "DD.MM.YYYY"
    if isinstance(v, str):
        secs = split_sections(fmt)
        if len(secs) >= 4:
            return "".join(t[1] if t[0] == "lit" else (v if t[0] == "at" else "") for t in tokenize(secs[3]))
        return v
    if isinstance(v, datetime.datetime):
        return render_date(v, tokenize(fmt))
    if fmt in ("General", "@"):
        return general(v)
    secs = [tokenize(s) for s in split_sections(fmt)]
    if any(t[0] == "cond" for s in secs for t in s):
        chosen = None
        for s in secs:
            c = [t for t in s if t[0] == "cond"]
            if c and cond_ok(c[0][1], v):
                chosen = s
                break
        if chosen is None:
            chosen = next((s for s in secs if not any(t[0] == "cond" for t in s)), None)
        if chosen is None:
            return general(v)
        sec, sign = [t for t in chosen if t[0] != "cond"], ("-" if v < 0 else "")
    elif len(secs) == 1:
        sec, sign = secs[0], ("-" if v < 0 else "")
    elif v > 0 or (v == 0 and len(secs) == 2):
        sec, sign = secs[0], ""
    elif v < 0:
        sec, sign = secs[1], ""
    else:
        sec, sign = secs[2], ""
    if any(t[0] == "general" for t in sec):
        return sign + general(abs(v))
    if not any(t[0] in ("ph",) for t in sec):       # a section of literals only ("Да", "—")
        return "".join(t[1] for t in sec if t[0] == "lit")
    return sign + render_number(abs(v), sec)


# ---- what a person reads from the printed text --------------------------------------------------------
YES = {"да", "есть", "имеется", "1", "+"}
NO = {"нет", "отсутствует", "0", "—", "-"}


def num(s):
    return float(s.replace(NB, "").replace(" ", "").replace(",", "."))


def person_reads(shown, unit):
    s = shown.strip()
    if unit in ("list", "text"):
        return s
    if unit == "yesno":
        if s.lower() in YES:
            return 1
        if s.lower() in NO:
            return 0
        raise ValueError(f"yes/no? {s!r}")
    if s.lower() in ("—", "-", "нет"):
        return 0
    m = re.fullmatch(r"(\d\d)\.(\d\d)\.(1900|00)", s)
    if m and unit == "count":                       # a date format on a small count: the day is the count
        if m.group(2) != "01":
            raise ValueError(f"date on a count beyond 31: {s!r}")
        return int(m.group(1))
    if unit == "count":
        m = re.match(r"^(\d[\d \u00a0]*)", s)
        return int(m.group(1).replace(" ", "").replace(NB, ""))
    m = re.fullmatch(r"(\d+)/(\d+)", s)              # share as a fraction
    if m:
        return round(100 * int(m.group(1)) / int(m.group(2)), 2)
    m = re.fullmatch(r"(\d[\d \u00a0]*(?:,\d+)?)\s*(%?)", s)
    v = num(m.group(1))
    if m.group(2) and v > 100:                      # 5940,0% in a share row: a percent typed into a % cell
        v = v / 100
    return round(v, 2)


def stored_means(v, fmt, unit):
    """the stored value read through the format's semantics, without the rendered text"""
    if unit in ("list", "text"):
        return v
    if isinstance(v, datetime.datetime):
        return int(to_excel(v))
    if isinstance(v, str):
        x = num(v)
    else:
        x = float(v)
    if unit == "count" or unit == "yesno":
        return int(round(x))
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", fmt)
    if "%" in bare and not isinstance(v, str):
        x = x * 100
        if x > 100 * 1.0001:                        # a share typed as a percent into a % cell
            x = x / 100
    if "/" in bare and not isinstance(v, str):
        x = x * 100
    return round(x, 2)


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


# ---- the checks -------------------------------------------------------------------------------------------
expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
cells = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))["cells"]
index = {}
for c in cells:
    key = (c["file"], c["criterion"], c["kind"])
    if key in index:
        err(f"duplicate cells.json entry {key}")
    index[key] = c
used = set()
books = {}
n_vals = n_links = 0
formats_seen = {}

for form in expected:
    fpath = HERE / form["file"]
    if not fpath.exists():
        err(f"missing {form['file']}")
        continue
    wb = books.setdefault(form["file"], openpyxl.load_workbook(fpath, data_only=True))
    ws = wb[form["sheet"]] if "sheet" in form else wb.worksheets[0]
    if form.get("year") != 2024:
        err(f"{form['file']}: year {form.get('year')}")
    texts = {}
    first_value_row = min(int(re.sub(r"\D", "", index[(form["file"], k, "value")]["cell"]))
                          for k in form["values"])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                texts.setdefault(cell.value, cell.row)
    if form["organisation"] is not None:
        if not any(form["organisation"] in t and r < first_value_row for t, r in texts.items()):
            err(f"{form['file']}: organisation {form['organisation']!r} not in the title rows")
    for h in form.get("headings", []):
        if h not in texts:
            err(f"{form['file']}: heading {h!r} not on the sheet")
    for t in form.get("not_criteria", []):
        if t not in texts:
            err(f"{form['file']}: not-criterion row {t!r} not on the sheet")
    for crit, exp in form["values"].items():
        n_vals += 1
        if crit not in UNITS:
            err(f"{form['file']}: unknown criterion {crit}")
            continue
        unit = UNITS[crit]
        if AGG[crit] == "count_yes" and form["organisation"] is not None:
            unit = "yesno"                      # an organisation answers a counted-yes criterion with 1/0
        c = index.get((form["file"], crit, "value"))
        if c is None:
            err(f"{form['file']}: no cell for {crit}")
            continue
        used.add((form["file"], crit, "value"))
        if not same(c["expected"], exp):
            err(f"{form['file']} {crit}: cells.json expected {c['expected']!r} != expected.json {exp!r}")
        cell = ws[c["cell"]]
        v, fmt = cell.value, cell.number_format
        # the title in the row, never a catalogue wording
        title_cell = None
        for col in range(1, cell.column):
            tv = ws.cell(row=cell.row, column=col).value
            if isinstance(tv, str) and not re.fullmatch(r"[\dIVX.]+", tv):
                title_cell = tv
        if title_cell != c["row_title"]:
            err(f"{form['file']} {crit}: row title {title_cell!r} != {c['row_title']!r}")
        if norm(title_cell) in WORDINGS:
            err(f"{form['file']} {crit}: row title is a catalogue wording verbatim")
        # stored value, format, quote prefix
        if fmt != c["number_format"]:
            err(f"{form['file']} {c['cell']} {crit}: number format {fmt!r} != {c['number_format']!r}")
        if bool(cell.quotePrefix) != bool(c["quote_prefix"]):
            err(f"{form['file']} {c['cell']} {crit}: quotePrefix {cell.quotePrefix}")
        sv = int(to_excel(v)) if isinstance(v, datetime.datetime) else v
        if type(sv) is not type(c["stored"]) and not (isinstance(sv, (int, float)) and
                                                        isinstance(c["stored"], (int, float))):
            err(f"{form['file']} {c['cell']} {crit}: stored type {type(sv).__name__} vs {c['stored']!r}")
        elif not same(sv, c["stored"]):
            err(f"{form['file']} {c['cell']} {crit}: stored {sv!r} != {c['stored']!r}")
        # printed text
        try:
            shown = render(v, fmt)
        except Exception as e:  # noqa: BLE001
            err(f"{form['file']} {c['cell']} {crit}: cannot render {v!r} with {fmt!r}: {e}")
            continue
        if shown != c["shown"]:
            err(f"{form['file']} {c['cell']} {crit}: renders {shown!r}, cells.json says {c['shown']!r}")
        # what a reader of the printed cell means, and what the stored value means through the format
        try:
            p = person_reads(shown, unit)
        except Exception as e:  # noqa: BLE001
            err(f"{form['file']} {c['cell']} {crit}: unreadable {shown!r}: {e}")
            continue
        if not same(p, exp):
            err(f"{form['file']} {c['cell']} {crit}: printed {shown!r} reads {p!r}, expected {exp!r}")
        s = stored_means(v, fmt, unit)
        if not same(s, exp):
            err(f"{form['file']} {c['cell']} {crit}: stored {v!r} with {fmt!r} means {s!r}, expected {exp!r}")
        if unit in ("share", "level") and not (0 <= exp <= 100):
            err(f"{form['file']} {crit}: share {exp} out of 0..100")
        key = "'apostrophe" if cell.quotePrefix else fmt
        formats_seen[key] = formats_seen.get(key, 0) + 1
    for crit, url in form["links"].items():
        n_links += 1
        c = index.get((form["file"], crit, "link"))
        if c is None:
            err(f"{form['file']}: no link cell for {crit}")
            continue
        used.add((form["file"], crit, "link"))
        cell = ws[c["cell"]]
        target = cell.hyperlink.target if cell.hyperlink is not None else None
        if url != c["expected"] or (cell.value != url and target != url):
            err(f"{form['file']} {c['cell']} {crit}: link {cell.value!r} != {url!r}")
        if crit not in form["values"]:
            err(f"{form['file']}: link for {crit} without a value")
        vcell = index.get((form["file"], crit, "value"))
        if vcell and re.sub(r"\D", "", vcell["cell"]) != re.sub(r"\D", "", c["cell"]):
            err(f"{form['file']} {crit}: link not on the value's row")

for key in index:
    if key not in used:
        err(f"cells.json entry not in expected.json: {key}")

# consistency of the figures inside each form
for form in expected:
    v = form["values"]

    def g(k):
        return v.get(k)

    pairs = [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
             ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
             ("young_specialists_mentors", "young_specialists"), ("young_specialists_mentors", "teachers_mentors"),
             ("mentees_risk", "mentees_10_19"), ("mentees_gifted", "mentees_10_19"),
             ("pp_pupil_pupil", "pp_total"), ("orgs_regulation_students", "orgs_total")]
    for part, whole in pairs:
        if g(part) is not None and g(whole) is not None and g(part) > g(whole):
            err(f"{form['file']}: {part} {g(part)} > {whole} {g(whole)}")
    pps = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v and sum(v[k] for k in pps) > v["pp_total"]:
        err(f"{form['file']}: programmes by form exceed pp_total")
    ratios = {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
              "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
              "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists"),
              "share_young_specialists_mentors": ("young_specialists_mentors", "young_specialists")}
    for sh, (a, b) in ratios.items():
        if sh in v and a in v and b in v and b and abs(100 * v[a] / v[b] - v[sh]) > 0.06:
            err(f"{form['file']}: {sh} {v[sh]} vs {v[a]}/{v[b]}")
    if all(k in v for k in ("share_teachers_mentees", "teachers_other_mentees", "young_specialists_mentees",
                            "teachers_other", "young_specialists")):
        calc = 100 * (v["teachers_other_mentees"] + v["young_specialists_mentees"]) / (
            v["teachers_other"] + v["young_specialists"])
        if abs(calc - v["share_teachers_mentees"]) > 0.06:
            err(f"{form['file']}: share_teachers_mentees {v['share_teachers_mentees']} vs {calc:.2f}")
    if all(k in v for k in ("share_teachers_mentors", "teachers_mentors", "teachers_other", "young_specialists")):
        calc = 100 * v["teachers_mentors"] / (v["teachers_other"] + v["young_specialists"])
        if abs(calc - v["share_teachers_mentors"]) > 0.06:
            err(f"{form['file']}: share_teachers_mentors {v['share_teachers_mentors']} vs {calc:.2f}")
    if "teachers_municipal" in v and v["teachers_municipal"] != v["teachers_other"] + v["young_specialists"]:
        err(f"{form['file']}: teachers_municipal is not teachers_other + young_specialists")

n_files = len({f["file"] for f in expected})
if not 5 <= n_files <= 8:
    err(f"{n_files} files")
if not 150 <= n_vals <= 300:
    err(f"{n_vals} values")

for e in errors:
    print("FAIL:", e)
print("formats checked: " + ", ".join(f"{k} ×{n}" for k, n in sorted(formats_seen.items(), key=lambda x: -x[1])))
if errors:
    print(f"selfcheck FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print(f"selfcheck OK: {n_files} files, {len(expected)} forms, {n_vals} values, {n_links} links, "
      f"{len(cells)} cells, {len(formats_seen)} number formats")
