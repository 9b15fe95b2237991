#!/usr/bin/env python3
"""Extracts the organisation-level facts of the reference report that the example generator needs.

usage: extract_report_lists.py SEED_000.txt OUT_DIR
Writes:
  organisations.tsv   — the 93 organisations of Tables 6 (80 schools) and 6.1 (13 ДОП): mentors, mentees
  lists.tsv           — named lists of organisations from the text (no monitoring order, no analytic
                        note, partner organisations of §2.2.2)
Each row keeps the seed line it came from.
"""
import os
import re
import sys

seed, out = sys.argv[1], sys.argv[2]
L = open(seed, encoding="utf-8").read().split("\n")


def rows_between(start, stop):
    for i in range(start, stop):
        f = L[i].split("\t")
        if len(f) == 4 and re.match(r"^\d+$", f[0].strip()):
            yield i + 1, f


orgs = []
for line, f in rows_between(589, 678):          # Table 6 and its continuation
    orgs.append(("school", f[1].strip(), f[2].strip(), f[3].strip(), line))
for line, f in rows_between(678, 700):          # Table 6.1
    orgs.append(("dop", f[1].strip(), f[2].strip(), f[3].strip(), line))
assert sum(1 for o in orgs if o[0] == "school") == 80, "Table 6 must list 80 schools"
assert sum(1 for o in orgs if o[0] == "dop") == 13, "Table 6.1 must list 13 ДОП"
with open(os.path.join(out, "organisations.tsv"), "w", encoding="utf-8") as o:
    o.write("type\tname\tmentors\tmentees\tseed_line\n")
    for t in orgs:
        o.write("\t".join(map(str, t)) + "\n")


def numbered_list(start, count):
    """Items "1. Name" starting at a seed line (1-based), skipping blank lines."""
    items, i = [], start - 1
    while len(items) < count and i < len(L):
        m = re.match(r"^\s*\d+\.\s+(.+?)\s*$", L[i])
        if m:
            name = m.group(1)
            if re.search(r"[а-яa-z»\"]\.$", name):  # the list's closing full stop, not an initial's dot
                name = name[:-1]
            items.append((name.strip(), i + 1))
        i += 1
    return items


def find(text, after=0):
    for i in range(after, len(L)):
        if text in L[i]:
            return i + 1
    raise SystemExit(f"not found: {text}")


lists = []
start = find("Приказы о мониторинге реализации целевой модели наставничества не были разработаны")
lists += [("no_monitoring_order", n, ln) for n, ln in numbered_list(start + 1, 9)]
start = find("Наличие информационной справки – результат проведения внутреннего этапа")
lists += [("no_internal_note", n, ln) for n, ln in numbered_list(start + 1, 9)]
start = find("в число предприятий (организаций), сотрудничающих с образовательными")
lists += [("partner", n, ln) for n, ln in numbered_list(start + 1, 16)]
# Table 35: best practices (Тема | Образовательная организация | Номинация).
start = find("Таблица 35. Лучшие практики")
i = start
while i < start + 30:
    f = L[i].split("\t")
    i += 1
    if len(f) >= 4 and re.match(r"^\d+\.?$", f[0].strip()):
        lists.append(("best_practice", " | ".join(x.strip() for x in f[1:4]), i))
with open(os.path.join(out, "lists.tsv"), "w", encoding="utf-8") as o:
    o.write("list\tname\tseed_line\n")
    for t in lists:
        o.write("\t".join(map(str, t)) + "\n")
print(f"{len(orgs)} organisations, {len(lists)} list items")

# Per-organisation tables: organisation, value and the table's further columns (links, course names).
def table_rows(tno, maxlines=220):
    start = next(i for i, l in enumerate(L) if l.startswith(f"Таблица {tno}."))
    rows, i = [], start + 1
    while i < start + maxlines:
        l = L[i]
        i += 1
        if l.startswith("Таблица ") and not l.startswith(f"Таблица {tno}."):
            break
        f = l.split("\t")
        if len(f) >= 3 and re.match(r"^\d+\.?$", f[0].strip()):
            rows.append((i, f))
    return rows


with open(os.path.join(out, "per_org_tables.tsv"), "w", encoding="utf-8") as o:
    o.write("table\tname\tvalue\textra\tseed_line\n")
    n = 0
    for t in ["9", "10", "11", "12", "13", "15", "16", "25", "26", "29", "30"]:
        for line, f in table_rows(t):
            extra = " | ".join(re.sub(r"<[^>]+>", "", x).strip() for x in f[3:] if x.strip())
            o.write("\t".join([t, f[1].strip(), f[2].strip(), extra, str(line)]) + "\n")
            n += 1
    # Tables 19 and 22 list organisations with no student mentee (10–19) / mentor (15–19): value 0, comment.
    for t in ["19", "22"]:
        for line, f in table_rows(t):
            o.write("\t".join([t, f[1].strip(), "0", f[2].strip(), str(line)]) + "\n")
            n += 1
print(f"{n} per-organisation rows")
