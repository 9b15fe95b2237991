#!/usr/bin/env python3
"""The organisations' own values in the example forms as openpyxl reads them, independently of mentoring's reader:
each form's header row (a row with «Критерий» or «Наименование критерия») gives the criterion and value columns, each
row's wording is looked up among Templates/criteria.tsv's 2024 wordings, and its value is read as people write it
(«1 234», «7,28%», «да (1)», «95,61 %»). Then, for every target of Templates/targets.tsv, the organisations whose own
value reaches it: a share from the organisation's own counts (the criterion's operands), a level as given, both at
hundredths of a percent.

usage: form_values.py FOLDER  -> JSON on stdout:
  {"forms": [{"file", "organisation", "values": {id: number or text}}],
   "targets": {id: {"target": v, "values": [own values of the organisations, descending], "reaching": n}}}
"""
import csv
import json
import math
import os
import re
import sys

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tsv(name):
    with open(os.path.join(ROOT, "Templates", name), encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))


criteria = {c["id"]: c for c in tsv("criteria.tsv")}
by_wording = {c["wording_2024"]: c for c in criteria.values() if c.get("wording_2024")}


def number(c, v):
    """The value as a number in the catalogue's units (shares and levels as fractions, «да» as 1)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        x = float(v)
        if c["unit"] == "level" and x > 1:
            x /= 100
        return x
    t = str(v).strip().lower().replace("\u00a0", "").replace(" ", "")
    if t.startswith("да"):
        return 1.0
    if t.startswith("нет"):
        return 0.0
    pct = t.endswith("%")
    t = t.rstrip("%").replace(",", ".")
    try:
        x = float(t)
    except ValueError:
        return None
    # The example forms write a share as text in percent points («21,05», «0,87» for 5 of 578, as the report's
    # tables do) or as a number with a percent format (above); a level as text may be either («0,95», «95,61»).
    if pct or c["unit"] == "share":
        x = x / 100
    elif c["unit"] == "level":
        x = x / 100 if x > 1 else x
    return x


LABELS = {"Муниципальное образование", "Образовательная организация", "Тип ОО", "Отчетный год"}


def read(path):
    ws = openpyxl.load_workbook(path, data_only=True).active
    grid = [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
    org, header, rows = None, None, {}
    for r, cells in enumerate(grid):
        texts = [str(v).strip() for v in cells]
        if header is None:
            if "Образовательная организация" in texts:
                k = texts.index("Образовательная организация")
                right = texts[k + 1] if k + 1 < len(texts) else ""
                # The value to the right of its label, or under it when the labels stand side by side.
                org = right if right and right not in LABELS else str(grid[r + 1][k]).strip()
            for name in ("Критерий", "Наименование критерия"):
                if name in texts:
                    header = {"criterion": texts.index(name)}
                    for v in ("Значение", "Количество", "Единица измерения (количество)"):
                        if v in texts:
                            header["value"] = texts.index(v)
            continue
        c = by_wording.get(texts[header["criterion"]])
        if c is None:
            continue
        raw = cells[header["value"]] if header["value"] < len(cells) else None
        raw = None if raw == "" else raw
        rows[c["id"]] = raw if c["unit"] in ("text", "list") else number(c, raw)
    return {"file": os.path.basename(path), "organisation": org, "values": rows}


def shown(x):
    return math.floor(x * 10_000 + 0.5) / 10_000


def main():
    folder = sys.argv[1]
    forms = [read(os.path.join(folder, f)) for f in sorted(os.listdir(folder)) if f.endswith(".xlsx")]
    targets = {}
    for t in tsv("targets.tsv"):
        c = criteria[t["id"]]
        goal = float(t["value"])
        values = []
        for f in forms:
            v = f["values"]
            own = None
            if c["aggregation"] == "ratio":
                num, den = c["operands"].split("/")
                n = [v.get(x.strip()) for x in num.split("+")]
                d = [v.get(x.strip()) for x in den.split("+")]
                if None not in n and None not in d and sum(d) > 0:
                    own = sum(n) / sum(d)
            if own is None:
                own = v.get(c["id"])
            if own is not None:
                values.append(shown(own))
        values.sort(reverse=True)
        targets[t["id"]] = {"target": goal, "values": values, "reaching": sum(1 for x in values if x >= goal)}
    json.dump({"forms": forms, "targets": targets}, sys.stdout, ensure_ascii=False)


main()
