#!/usr/bin/env python3
"""Self-check for heldout90, independent of make_typed.py.

Re-opens every typed workbook with openpyxl (data_only=True) and, for every entry of
cells.json:
  * value: the cell's text is the typed text, and READING that text the way a careful
    person would (numbers doubled in words, numbers in words, «с 12 до 15», «15 / 12 (2023)»,
    «24,18 % (22 из 91)», «Да, приказ …», «нет») gives the expected value; a number doubled
    in words must agree with its words; a share's percent must agree with its counts;
  * link: the cell holds the URL (as text, and as the hyperlink target when there is one);
  * absent (listed apart, under "absent"): the cell holds a «not reported» mark and the criterion is NOT in expected values.
Then checks expected.json against cells.json (same values and links, nothing more) and the
totals. Exits 1 on any mismatch.
"""
import json
import pathlib
import re
import sys

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent
CATALOGUE = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

WORDS = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
    "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
}
THOUSAND = {"тысяча", "тысячи", "тысяч"}
ZERO_PHRASES = ("нет", "ноль", "отсутству", "не имеется", "не разработ", "не составл")
YES_PHRASES = ("да", "имеется", "издан", "утвержд", "разработан")
NO_PHRASES = ("нет", "отсутству", "не ")
ABSENT = ("—", "-", "нет данных", "не заполняется")
YESNO_ROWS = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
              "internal_monitoring_notes"}

errors = []


def err(msg):
    errors.append(msg)


def words_value(text):
    """Leading Russian number words -> int, or None."""
    toks = re.findall(r"[а-яё]+", text.lower())
    total, cur, seen = 0, 0, False
    for t in toks:
        if t in WORDS:
            cur += WORDS[t]
            seen = True
        elif t in THOUSAND:
            total += (cur or 1) * 1000
            cur = 0
            seen = True
        else:
            break
    return total + cur if seen else None


def num(s):
    return float(s.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def first_number(text):
    m = re.match(r"\s*(\d{1,3}(?: \d{3})+|\d+(?:,\d+)?)", text)
    return num(m.group(1)) if m else None


def check_doubled(text, where):
    """«12 (двенадцать) …»: the words must say the number."""
    m = re.match(r"\s*(\d{1,3}(?: \d{3})+|\d+)\s*\(([^)]*)\)", text)
    if not m:
        return
    w = words_value(m.group(2))
    if w is not None and m.group(2).strip().lower().split()[0] in WORDS.keys() | THOUSAND:
        if w != int(num(m.group(1))):
            err(f"{where}: words «{m.group(2)}» say {w}, digits say {m.group(1)}")


def read_count(text, where):
    t = text.strip()
    low = t.lower()
    m = re.search(r"с\s+(\d+)\s*%?\s+до\s+(\d+)", low)
    if m:
        return int(m.group(2))
    m = re.match(r"не изменил\w*\s*\((\d+)\)", low)
    if m:
        return int(m.group(1))
    n = first_number(t)
    if n is not None:
        check_doubled(t, where)
        return n
    w = words_value(t)
    if w is not None:
        return w
    if low.startswith(ZERO_PHRASES):
        return 0
    return None


def read_share(text, where):
    low = text.lower()
    m = re.search(r"с\s+(\d+(?:,\d+)?)\s*%?\s+до\s+(\d+(?:,\d+)?)", low)
    if m:
        return num(m.group(2))
    pm = re.search(r"(\d+(?:,\d+)?)\s*%", text)
    cm = re.search(r"(\d+)\s+из\s+(\d{1,3}(?: \d{3})+|\d+)", text)
    if cm:
        a, b = num(cm.group(1)), num(cm.group(2))
        ratio = round(a / b * 100, 2)
        if pm and abs(num(pm.group(1)) - ratio) > 0.06:
            err(f"{where}: percent {pm.group(1)} disagrees with {cm.group(0)}")
        return ratio
    n = first_number(text)
    if n is not None:
        check_doubled(text, where)
        return n
    w = words_value(text)
    if w is not None:
        return w
    return None


def read_yesno(text):
    low = text.strip().lower()
    if low.startswith(YES_PHRASES):
        return 1
    if low.startswith(NO_PHRASES):
        return 0
    return None


def split_list(text):
    if ";" in text or "\n" in text:
        parts = re.split(r";\s*|\n", text)
    else:                               # commas outside «»
        parts, depth, cur = [], 0, ""
        for ch in text:
            depth += (ch == "«") - (ch == "»")
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        parts.append(cur)
    return "; ".join(p.strip() for p in parts if p.strip())


def main():
    units = {}
    with open(CATALOGUE, encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                c = line.rstrip("\n").split("\t")
                units[c[0]] = c[2]
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    doc = json.loads((HERE / "cells.json").read_text(encoding="utf-8"))
    cells = doc["cells"] + doc.get("absent", [])
    if any(c["kind"] not in ("value", "link") for c in doc["cells"]):
        err("cells.json: a kind other than value/link under \"cells\"")
    books = {}
    seen_values, seen_links = {}, {}
    for c in cells:
        path = HERE / c["file"]
        if c["file"] not in books:
            if not path.exists():
                err(f"missing {c['file']}")
                continue
            books[c["file"]] = load_workbook(path, data_only=True)
        ws = books[c["file"]][c["sheet"]]
        cell = ws[c["cell"]]
        v = cell.value
        where = f"{c['file']}!{c['cell']} {c['criterion']}"
        crit = c["criterion"]
        if crit not in units:
            err(f"{where}: not in the catalogue")
            continue
        if c["kind"] == "link":
            url = c["expected"]
            if not (isinstance(v, str) and url in v):
                err(f"{where}: link {url!r} not in cell {v!r}")
            if cell.hyperlink is not None and cell.hyperlink.target != url:
                err(f"{where}: hyperlink target {cell.hyperlink.target!r} != {url!r}")
            seen_links.setdefault(c["file"], {})[crit] = url
            continue
        text = v if isinstance(v, str) else ("" if v is None else str(v))
        if text != c.get("typed"):
            err(f"{where}: cell text {text!r} != typed {c.get('typed')!r}")
        if c["kind"] == "absent":
            if not text.strip().lower().startswith(ABSENT):
                err(f"{where}: absent row holds {text!r}")
            continue
        unit = units[crit]
        if crit in YESNO_ROWS:
            got = read_yesno(text)
        elif unit in ("share", "level"):
            got = read_share(text, where)
        elif unit == "count":
            got = read_count(text, where)
        elif unit == "list":
            got = split_list(text)
        else:
            got = text.strip()
        exp = c["expected"]
        ok = (got == exp) if isinstance(exp, str) else (
            got is not None and abs(float(got) - float(exp)) < 1e-9)
        if not ok:
            err(f"{where}: read {got!r} from {text!r}, expected {exp!r}")
        if isinstance(exp, float) and round(exp, 2) != exp:
            err(f"{where}: {exp} not rounded to 2 decimals")
        seen_values.setdefault(c["file"], {})[crit] = exp
    # expected.json agrees with cells.json
    nv = nl = 0
    files = set()
    for form in expected:
        f = form["file"]
        files.add(f)
        if form.get("year") != 2024:
            err(f"{f}: year {form.get('year')}")
        if not form.get("organisation"):
            err(f"{f}: no organisation")
        if form["values"] != seen_values.get(f, {}):
            err(f"{f}: values differ from cells.json")
        if form["links"] != seen_links.get(f, {}):
            err(f"{f}: links differ from cells.json")
        for k in form["links"]:
            if k not in form["values"]:
                err(f"{f}: link without value for {k}")
        # organisation named on the sheet
        wb = books.get(f)
        if wb is not None:
            texts = [str(x) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                     for x in row if x is not None]
            if not any(form["organisation"] in t for t in texts):
                err(f"{f}: organisation {form['organisation']!r} not on the sheet")
            for t in form["not_criteria"] + form["headings"]:
                if t not in texts:
                    err(f"{f}: row {t!r} not on the sheet")
        nv += len(form["values"])
        nl += len(form["links"])
    on_disk = {"typed/" + p.name for p in (HERE / "typed").glob("*.xlsx")}
    if on_disk != files:
        err(f"typed/ holds {sorted(on_disk ^ files)} not matching expected.json")
    if not (5 <= len(files) <= 8):
        err(f"{len(files)} files")
    if not (150 <= nv <= 300):
        err(f"{nv} values")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"selfcheck FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"selfcheck OK: {len(files)} files, {len(expected)} forms, {nv} values, {nl} links, "
          f"{sum(len(f['not_criteria']) for f in expected)} not_criteria")


if __name__ == "__main__":
    main()
