#!/usr/bin/env python3
"""Extracts the criterion rows of the reference report's heat maps (Tables 1 and 38) and direction tables
(3, 7, 14, 17, 20, 23, 24, 27, 31, 33, 34, 36, 37) into one TSV, so tests and the example generator can
use the report's exact wordings and figures without reading the seed at run time.

usage: extract_report_tables.py SEED_000.txt OUT.tsv
Columns: table, row, direction, wording, v2022, v2023, v2024, dynamics, comment, seed_line
"""
import re
import sys

seed, out = sys.argv[1], sys.argv[2]
L = open(seed, encoding="utf-8").read().split("\n")
rows = []


def clean(s):
    s = re.sub(r"<[^>]+>", "", s)
    return re.sub(r"\s+", " ", s).strip()


# Table 1: "N.<TAB>wording<TAB>dynamics", lines 160..240.
for i in range(159, 240):
    m = re.match(r"^(\d+)\.\t(.+?)\t([а-яё ]+)$", L[i])
    if m:
        rows.append(["1", m.group(1), "", clean(m.group(2)), "", "", "", m.group(3).strip(), "", str(i + 1)])

# Table 38: Показатель | критерий | 2023 | 2024 | Динамика | Комментарий; a shifted row lacks the first cell.
direction, n = "", 0
for i in range(2242, 2316):
    l = L[i]
    if "\t" not in l or l.startswith("Показатель\t"):
        continue
    f = l.split("\t")
    if f[0] and not f[0][0].isdigit():
        f = [""] + f
    if f[0].strip():
        direction = clean(f[0])
    f += [""] * (6 - len(f))
    n += 1
    rows.append(["38", str(n), direction, clean(f[1]), "", clean(f[2]), clean(f[3]), clean(f[4]), clean(f[5]), str(i + 1)])

# Direction tables: criterion | 2022 | 2023 | 2024 | Динамика. A criterion may wrap onto the next line.
for start in (414, 739, 1077, 1193, 1320, 1458, 1517, 1758, 1886, 1970, 2106, 2160, 2201):
    table = re.match(r"Таблица (\d+)", L[start - 1]).group(1)
    n, i, pending = 0, start, ""
    while i < start + 80:
        l = L[i]
        i += 1
        if l.startswith("Выводы") or (l.startswith("Таблица ") and not l.startswith("Таблица " + table)):
            break
        if "\t" not in l:
            if pending and l.strip() and not l.startswith("*"):
                pending += " " + l.strip()
            continue
        f = l.split("\t")
        head = clean(f[0])
        if head in ("Наименование критерия", "Критерий") or not head:
            if not head and len(f) > 1 and rows and rows[-1][0] == table:
                rows[-1][4] = (rows[-1][4] + " " + clean(f[1])).strip()  # a note continued on the next line
            continue
        if len(f) >= 4 and not any(x.strip() for x in f[1:]) and rows and rows[-1][0] == table:
            rows[-1][3] += " " + head  # the wording's tail, alone on the next line
            continue
        if len(f) < 4:  # wrapped wording
            pending = head
            continue
        if pending and len(f) >= 4 and head[0].islower():
            head = pending + " " + head
        pending = ""
        f += [""] * (5 - len(f))
        n += 1
        rows.append([table, str(n), "", head, clean(f[1]), clean(f[2]), clean(f[3]), clean(f[4]), "", str(i)])

with open(out, "w", encoding="utf-8") as o:
    o.write("table\trow\tdirection\twording\tv2022\tv2023\tv2024\tdynamics\tcomment\tseed_line\n")
    for r in rows:
        o.write("\t".join(r) + "\n")
print(f"{len(rows)} rows")

# Summary tables (№ | label | value) and the «Итого» rows of Tables 15 and 16, into a second file.
summary_out = out.replace("report_tables.tsv", "report_summaries.tsv")
srows = []
for start in (810, 1247, 1373, 1797, 1946):
    table = re.match(r"Таблица (\d+)", L[start - 1]).group(1)
    for i in range(start, start + 16):
        f = L[i].split("\t")
        if len(f) == 3 and re.match(r"^\d+\.?$", f[0].strip()):
            srows.append([table, f[0].strip().rstrip("."), clean(f[1]), clean(f[2]), str(i + 1)])
for i, l in enumerate(L):
    f = l.split("\t")
    if len(f) == 3 and f[1].strip() == "Итого":
        table = next(re.match(r"Таблица (\d+)", L[j]).group(1) for j in range(i, 0, -1) if L[j].startswith("Таблица "))
        srows.append([table, "total", "Итого", clean(f[2]), str(i + 1)])
with open(summary_out, "w", encoding="utf-8") as o:
    o.write("table\trow\tlabel\tvalue\tseed_line\n")
    for r in srows:
        o.write("\t".join(r) + "\n")
print(f"{len(srows)} summary rows")
