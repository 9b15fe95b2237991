#!/usr/bin/env python3
"""heldout39: monitoring tables written by data tools (pandas, R writexl, CSV saved as XLSX).

Run with the virtualenv that holds pandas 2.2 (the analyst's pandas):
    .venv/bin/python make_typed.py
Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: fixed data, no randomness.
The pandas files are written by pandas.DataFrame.to_excel / Series.to_excel themselves (engine openpyxl);
the R (writexl) and CSV->XLSX files are imitated with openpyxl.
"""
import hashlib
import json
import os

import numpy as np
import openpyxl
import pandas as pd
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

# ---------------------------------------------------------------- organisations of the Novokamsk okrug
O1 = "МБОУ «Новокамская СОШ № 1»"
O2 = "МБОУ «СОШ № 3»"
O3 = "МАОУ «Лицей № 2»"
O4 = "МАОУ «Гимназия № 5»"
O5 = "МБОУ «Заречная СОШ»"
O6 = "МБОУ «Сосновская ООШ»"
O7 = "МБУ ДО «Дом детского творчества»"

SITE = {
    O1: "https://nk-school1.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/",
    O2: "https://sh3-novokamsk.gosuslugi.ru/netcat_files/userfiles/CMN/",
    O3: "https://licey2-nk.edu.ru/upload/nastavnichestvo/2024/",
    O4: "https://gimn5-nk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/",
    O5: None,  # cloud: Yandex disk
    O6: None,  # cloud: Mail.ru
    O7: "https://ddt-novokamsk.edu.ru/files/nastavnichestvo/",
}


def url(org, doc, year=YEAR):
    """A plausible, fixed URL of a proof document."""
    h = hashlib.md5(f"{org}|{doc}|{year}".encode()).hexdigest()
    if org == O5:
        return "https://disk.yandex.ru/i/" + h[:14]
    if org == O6:
        return "https://cloud.mail.ru/public/" + h[:4].upper() + "/" + h[4:13]
    base = SITE[org]
    if year != YEAR:
        base = base.replace("/2024/", "/2023/")
    return base + doc + ("_2023" if year != YEAR else "") + ".pdf"


# ---------------------------------------------------------------- the 2024 figures (one truth for every file)
D = {
    O1: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=2, mentors=38, mentees=71,
             agr_edu=1, agr_ent=1, agr_oth=1, ext_edu=1, ent_m=1, oth_m=0,
             pp=18, pp_tt=7, pp_tp=6, pp_pp=4, pp_ht=1, pp_sp=None,
             s10=612, m10=58, risk=9, gifted=14, ovz=5,
             s15=164, m15=21, ys=9, ys_me=7, ys_mo=1, t_oth=54, t_oth_me=6, t_mo=15,
             t_pp=22, kpk=6, shmo=1, sat_me=92.4, sat_mo=90.1, sat_par=86.0, pay=1, nonmat=1),
    O2: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=1, mentors=27, mentees=50,
             agr_edu=0, agr_ent=2, agr_oth=None, ext_edu=0, ent_m=2, oth_m=None,
             pp=12, pp_tt=5, pp_tp=4, pp_pp=3, pp_ht=None, pp_sp=None,
             s10=488, m10=41, risk=6, gifted=8, ovz=3,
             s15=121, m15=14, ys=6, ys_me=6, ys_mo=0, t_oth=41, t_oth_me=3, t_mo=11,
             t_pp=16, kpk=4, shmo=1, sat_me=88.7, sat_mo=91.0, sat_par=84.5, pay=1, nonmat=0),
    O3: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=3, mentors=61, mentees=111,
             agr_edu=2, agr_ent=1, agr_oth=1, ext_edu=3, ent_m=1, oth_m=1,
             pp=27, pp_tt=9, pp_tp=8, pp_pp=7, pp_ht=1, pp_sp=2,
             s10=705, m10=96, risk=4, gifted=31, ovz=2,
             s15=233, m15=37, ys=11, ys_me=10, ys_mo=2, t_oth=58, t_oth_me=5, t_mo=19,
             t_pp=25, kpk=9, shmo=2, sat_me=95.2, sat_mo=93.8, sat_par=91.3, pay=1, nonmat=1),
    O4: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=2, mentors=41, mentees=75,
             agr_edu=1, agr_ent=2, agr_oth=0, ext_edu=1, ent_m=2, oth_m=0,
             pp=19, pp_tt=6, pp_tp=7, pp_pp=5, pp_ht=1, pp_sp=None,
             s10=574, m10=63, risk=3, gifted=22, ovz=4,
             s15=172, m15=24, ys=8, ys_me=8, ys_mo=1, t_oth=49, t_oth_me=4, t_mo=14,
             t_pp=20, kpk=7, shmo=1, sat_me=94.0, sat_mo=92.5, sat_par=None, pay=1, nonmat=1),
    O5: dict(reg_t=True, reg_s=True, mon=True, note=False, curators=1, mentors=12, mentees=22,
             agr_edu=0, agr_ent=1, agr_oth=0, ext_edu=0, ent_m=1, oth_m=0,
             pp=7, pp_tt=3, pp_tp=2, pp_pp=2, pp_ht=None, pp_sp=None,
             s10=186, m10=17, risk=5, gifted=2, ovz=3,
             s15=41, m15=6, ys=3, ys_me=3, ys_mo=0, t_oth=22, t_oth_me=2, t_mo=5,
             t_pp=8, kpk=2, shmo=0, sat_me=90.0, sat_mo=87.5, sat_par=88.0, pay=1, nonmat=0),
    O6: dict(reg_t=True, reg_s=False, mon=True, note=True, curators=1, mentors=3, mentees=8,
             agr_edu=0, agr_ent=0, agr_oth=1, ext_edu=0, ent_m=0, oth_m=1,
             pp=3, pp_tt=1, pp_tp=1, pp_pp=1, pp_ht=None, pp_sp=None,
             s10=52, m10=6, risk=2, gifted=0, ovz=1,
             s15=None, m15=None, ys=1, ys_me=1, ys_mo=0, t_oth=11, t_oth_me=1, t_mo=2,
             t_pp=3, kpk=1, shmo=0, sat_me=100.0, sat_mo=100.0, sat_par=95.0, pay=0, nonmat=0),
    O7: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=1, mentors=19, mentees=50,
             agr_edu=1, agr_ent=0, agr_oth=2, ext_edu=1, ent_m=0, oth_m=1,
             pp=9, pp_tt=3, pp_tp=4, pp_pp=2, pp_ht=None, pp_sp=None,
             s10=734, m10=44, risk=7, gifted=18, ovz=6,
             s15=140, m15=9, ys=4, ys_me=4, ys_mo=0, t_oth=31, t_oth_me=2, t_mo=8,
             t_pp=10, kpk=3, shmo=1, sat_me=96.5, sat_mo=95.0, sat_par=93.0, pay=1, nonmat=1),
}

# 2023 figures for the files that keep both years
D23 = {
    O1: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=2, mentors=31, mentees=55, agr_oth=1,
             pp=14, pp_tt=6, pp_tp=4, pp_pp=3, pp_ht=1, pp_sp=None),
    O2: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=1, mentors=22, mentees=39, agr_oth=0,
             pp=9, pp_tt=4, pp_tp=3, pp_pp=1, pp_ht=1, pp_sp=None),
    O3: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=2, mentors=52, mentees=94, agr_oth=1,
             pp=21, pp_tt=8, pp_tp=6, pp_pp=5, pp_ht=1, pp_sp=1),
    O5: dict(reg_t=True, reg_s=False, mon=False, note=False, curators=1, mentors=9, mentees=15, agr_oth=0,
             pp=5, pp_tt=2, pp_tp=2, pp_pp=1, pp_ht=None, pp_sp=None),
    O7: dict(reg_t=True, reg_s=True, mon=True, note=True, curators=1, mentors=15, mentees=37, agr_oth=1,
             pp=6, pp_tt=2, pp_tp=3, pp_pp=1, pp_ht=None, pp_sp=None),
}

PARTNERS_O4 = ("АО «Новокамский машиностроительный завод», ООО «Прикамье-Агро», "
               "ГБПОУ «Новокамский политехнический колледж»")


def pct(a, b):
    """The analyst's share: percent rounded to 2 decimals."""
    return round(100.0 * a / b, 2)


def frac(a, b):
    """What the analyst's pandas code writes: round(pct, 2) / 100 -> float noise such as 0.10980000000000001."""
    return np.round(100.0 * a / b, 2) / 100


# ---------------------------------------------------------------- bookkeeping
EXPECTED = []   # entries of expected.json
CELLS = []      # entries of cells.json


def new_entry(fname, organisation, not_criteria=(), headings=()):
    e = {"file": "typed/" + fname, "year": YEAR, "organisation": organisation}
    if isinstance(organisation, list):
        e["values"] = [{} for _ in organisation]
        e["links"] = [{} for _ in organisation]
    else:
        e["values"] = {}
        e["links"] = {}
    e["not_criteria"] = list(not_criteria)
    e["headings"] = list(headings)
    EXPECTED.append(e)
    return e


def record(entry, org, crit, sheet, cell, value, kind="value", scale="as_is", field=None):
    """value: the expected value (percent for shares, 1/0 for yes/no); scale tells how the cell holds it."""
    if isinstance(entry["organisation"], list):
        i = entry["organisation"].index(org)
        target = entry["values" if kind == "value" else "links"][i]
    else:
        target = entry["values" if kind == "value" else "links"]
    assert crit not in target, (entry["file"], org, crit, kind)
    target[crit] = value
    c = {"file": entry["file"], "sheet": sheet, "cell": cell, "organisation": org, "criterion": crit,
         "kind": kind, "expected": value, "scale": scale}
    if field is not None:
        c["field"] = field
    CELLS.append(c)


def yn(v):
    return 1 if v else 0


# ================================================================= F1: tidy long table, 2023 + 2024, codes + Russian
def f1_long():
    fname = "cmn_long_2023_2024.xlsx"
    orgs = [O1, O2, O3, O5]
    codes = [  # (code, Russian wording, key in D, criterion, yes/no?, document for the link)
        ("pol_ped_work", "Положение о системе наставничества педработников (утверждено)", "reg_t",
         "orgs_regulation_teachers", True, "polozhenie_nastavnichestvo_ped"),
        ("pol_obuch", "Положение о наставничестве обучающихся (утв.)", "reg_s",
         "orgs_regulation_students", True, "polozhenie_nastavnichestvo_obuch"),
        ("prikaz_monitoring", "Приказ о мониторинге ЦМН в ОО", "mon",
         "orgs_monitoring_order", True, "prikaz_monitoring_cmn"),
        ("spravka_vm", "Справка по итогам внутреннего мониторинга", "note",
         "internal_monitoring_notes", True, "spravka_vnutr_monitoring"),
        ("n_kurator", "Кураторы внедрения ЦМН, чел.", "curators", "curators_total", False, "prikaz_kuratory"),
        ("n_nastavnik", "Наставники (по приказу), чел.", "mentors", "mentors_total", False, "prikaz_pary"),
        ("n_nastavlyaemy", "Наставляемые (по приказу), чел.", "mentees", "mentees_total", False, "prikaz_pary"),
        ("n_sogl_inye", "Соглашения с иными организациями о наставниках", "agr_oth",
         "agreements_other_orgs", False, "soglashenie_partner"),
    ]
    no_url = {(O3, "n_kurator"), (O5, "n_kurator")}
    rows = []
    for year, data in ((2023, D23), (2024, D)):
        for org in orgs:
            for code, ru, key, crit, is_yn, doc in codes:
                v = data[org][key]
                u = None
                if v not in (None, False, 0) and (org, code) not in no_url:
                    u = url(org, doc, year)
                rows.append({"org": org, "indicator": code, "indicator_ru": ru,
                             "value": np.nan if v is None else v, "url": np.nan if u is None else u, "year": year})
        if year == 2024:  # a plan figure the analyst keeps in the same frame
            for org, plan in ((O1, 42), (O2, 30), (O3, 65), (O5, 14)):
                rows.append({"org": org, "indicator": "n_nastavnik_plan2025",
                             "indicator_ru": "Наставники — план на 2025 г.", "value": plan, "url": np.nan,
                             "year": 2024})
    df = pd.DataFrame(rows)
    df = df.sort_values(["org", "indicator", "year"])      # index stays scrambled, as in real exports
    df.to_excel(os.path.join(TYPED, fname))                 # index=True: column A

    e = new_entry(fname, sorted(orgs), not_criteria=["n_nastavnik_plan2025", "Наставники — план на 2025 г."])
    by_code = {c[0]: c for c in codes}
    # locate rows in the written order: header is row 1, data from row 2; columns A idx, B org, C indicator,
    # D indicator_ru, E value, F url, G year
    for r, (_, row) in enumerate(df.iterrows(), start=2):
        if row["year"] != 2024 or row["indicator"] not in by_code:
            continue
        code, ru, key, crit, is_yn, doc = by_code[row["indicator"]]
        v = D[row["org"]][key]
        if v is None:
            continue
        record(e, row["org"], crit, "Sheet1", f"E{r}", yn(v) if is_yn else v, scale="bool" if is_yn else "as_is")
        if isinstance(row["url"], str):
            record(e, row["org"], crit, "Sheet1", f"F{r}", row["url"], kind="link")


# ================================================================= F2: wide table, MultiIndex columns
def f2_wide():
    fname = "cmn_wide_2024.xlsx"
    orgs = sorted(D)  # groupby order
    d5 = "5. Обучающиеся 10–19 лет в роли наставляемых"
    d6 = "6. Обучающиеся 15–19 лет в роли наставников"
    d8 = "8/10. Молодые специалисты (до 35 лет, стаж до 3 лет)"
    spec = [  # (level0, level1, criterion, function of the org's data, is share)
        (d5, "всего обучающихся", "students_10_19", lambda x: x["s10"], False),
        (d5, "наставляемые", "mentees_10_19", lambda x: x["m10"], False),
        (d5, "из них группа риска", "mentees_risk", lambda x: x["risk"], False),
        (d5, "из них одарённые", "mentees_gifted", lambda x: x["gifted"], False),
        (d5, "из них с ОВЗ и инвалидностью", "mentees_disabled", lambda x: x["ovz"], False),
        (d5, "доля", "share_mentees_10_19", lambda x: frac(x["m10"], x["s10"]), True),
        (d6, "всего обучающихся", "students_15_19", lambda x: x["s15"], False),
        (d6, "наставники", "mentors_15_19", lambda x: x["m15"], False),
        (d6, "доля", "share_mentors_15_19",
         lambda x: None if x["s15"] is None else frac(x["m15"], x["s15"]), True),
        (d8, "всего МС", "young_specialists", lambda x: x["ys"], False),
        (d8, "МС-наставляемые", "young_specialists_mentees", lambda x: x["ys_me"], False),
        (d8, "доля МС-наставляемых", "share_young_specialists_mentees", lambda x: frac(x["ys_me"], x["ys"]), True),
        (d8, "МС-наставники", "young_specialists_mentors", lambda x: x["ys_mo"], False),
    ]
    cols = pd.MultiIndex.from_tuples([(a, b) for a, b, *_ in spec])
    data = [[(np.nan if f(D[o]) is None else f(D[o])) for *_, f, _ in spec] for o in orgs]
    df = pd.DataFrame(data, index=pd.Index(orgs, name="Организация"), columns=cols)
    # municipal total row the analyst appends (counts summed, shares recomputed)
    tot = df.sum(numeric_only=True)
    tot[(d5, "доля")] = np.round(100 * tot[(d5, "наставляемые")] / tot[(d5, "всего обучающихся")], 2) / 100
    tot[(d6, "доля")] = np.round(100 * tot[(d6, "наставники")] / tot[(d6, "всего обучающихся")], 2) / 100
    tot[(d8, "доля МС-наставляемых")] = np.round(100 * tot[(d8, "МС-наставляемые")] / tot[(d8, "всего МС")], 2) / 100
    df.loc["Итого"] = tot
    df.to_excel(os.path.join(TYPED, fname), sheet_name="2024")

    e = new_entry(fname, orgs, not_criteria=["Итого"], headings=[d5, d6, d8])
    for i, o in enumerate(orgs):
        r = 4 + i  # two header rows + the index-name row
        for j, (a, b, crit, f, is_share) in enumerate(spec):
            v = f(D[o])
            if v is None:
                continue
            col = openpyxl.utils.get_column_letter(2 + j)
            if is_share:
                x = D[o]
                parts = {"share_mentees_10_19": ("m10", "s10"), "share_mentors_15_19": ("m15", "s15"),
                         "share_young_specialists_mentees": ("ys_me", "ys")}[crit]
                record(e, o, crit, "2024", f"{col}{r}", pct(x[parts[0]], x[parts[1]]), scale="fraction")
            else:
                record(e, o, crit, "2024", f"{col}{r}", v)


# ================================================================= F3: one organisation's form from a Series
def f3_series():
    fname = "gimnaziya5_2024.xlsx"
    o = O4
    x = D[o]
    items = [  # (analyst's label, value written, criterion or None, expected, scale, document)
        ("Положение о наставничестве педагогов", True, "orgs_regulation_teachers", 1, "bool", "polozhenie_ped"),
        ("Положение о наставничестве обучающихся", True, "orgs_regulation_students", 1, "bool", "polozhenie_uch"),
        ("Приказ о мониторинге ЦМН", True, "orgs_monitoring_order", 1, "bool", "prikaz_monitoring"),
        ("Справка по внутреннему мониторингу", True, "internal_monitoring_notes", 1, "bool", "spravka_vm_2024"),
        ("Кураторов ЦМН", x["curators"], "curators_total", x["curators"], "as_is", "prikaz_kurator"),
        ("Наставников по приказу", x["mentors"], "mentors_total", x["mentors"], "as_is", "prikaz_nastavniki"),
        ("Наставляемых по приказу", x["mentees"], "mentees_total", x["mentees"], "as_is", "prikaz_nastavniki"),
        ("Соглашения с другими ОО (наставники)", x["agr_edu"], "agreements_edu_orgs", x["agr_edu"], "as_is",
         "soglashenie_oo"),
        ("Соглашения с предприятиями", x["agr_ent"], "agreements_enterprises", x["agr_ent"], "as_is",
         "soglashenie_predpriyatiya"),
        ("Партнёры по наставничеству", PARTNERS_O4, "partner_list", PARTNERS_O4, "as_is", None),
        ("ПП всего", x["pp"], "pp_total", x["pp"], "as_is", "pp_reestr"),
        ("ПП учитель – учитель", x["pp_tt"], "pp_teacher_teacher", x["pp_tt"], "as_is", None),
        ("ПП учитель – ученик", x["pp_tp"], "pp_teacher_pupil", x["pp_tp"], "as_is", None),
        ("ПП ученик – ученик", x["pp_pp"], "pp_pupil_pupil", x["pp_pp"], "as_is", None),
        ("ПП руководитель – педагог", x["pp_ht"], "pp_head_teacher", x["pp_ht"], "as_is", None),
        ("ПП иная форма", np.nan, None, None, None, None),
        ("Наставники из других ОО", x["ext_edu"], "external_edu_mentors", x["ext_edu"], "as_is", "prikaz_nastavniki"),
        ("Наставники с предприятий", x["ent_m"], "enterprise_mentors", x["ent_m"], "as_is", "prikaz_nastavniki"),
        ("Обучающиеся 10–19 лет", x["s10"], "students_10_19", x["s10"], "as_is", None),
        ("Наставляемые 10–19 лет", x["m10"], "mentees_10_19", x["m10"], "as_is", "baza_nastavlyaemyh"),
        ("Доля наставляемых 10–19 лет", frac(x["m10"], x["s10"]), "share_mentees_10_19",
         pct(x["m10"], x["s10"]), "fraction", None),
        ("Наставляемые 10–18 лет (для регионального паспорта)", 61, None, None, None, None),
        ("Наставники-обучающиеся 15–19 лет", x["m15"], "mentors_15_19", x["m15"], "as_is", "baza_nastavnikov"),
        ("Удовлетворённость наставляемых", x["sat_me"] / 100, "satisfaction_mentees", x["sat_me"], "fraction",
         "anketa_itogi"),
        ("Удовлетворённость наставников", x["sat_mo"] / 100, "satisfaction_mentors", x["sat_mo"], "fraction",
         "anketa_itogi"),
        ("Молодые специалисты (до 35 лет, стаж до 3 лет)", x["ys"], "young_specialists", x["ys"], "as_is", None),
        ("МС в роли наставляемых", x["ys_me"], "young_specialists_mentees", x["ys_me"], "as_is",
         "prikaz_nastavniki"),
        ("Прошли КПК по наставничеству за 2024 г.", x["kpk"], "kpk_trained", x["kpk"], "as_is", "udostovereniya_kpk"),
        ("Педагоги-наставники", x["t_mo"], "teachers_mentors", x["t_mo"], "as_is", "prikaz_nastavniki"),
        ("Локальные акты об оплате наставникам", x["pay"], "pay_acts", x["pay"], "as_is", "polozhenie_oplata"),
        ("Дата выгрузки", "2025-01-20", None, None, None, None),
    ]
    s = pd.Series([it[1] for it in items], index=pd.Index([it[0] for it in items], name="Показатель"), name=o,
                  dtype=object)
    links = [(it[0], url(o, it[5])) for it in items if it[5]]
    sl = pd.Series([u for _, u in links], index=pd.Index([lab for lab, _ in links], name="Показатель"),
                   name="ссылка")
    with pd.ExcelWriter(os.path.join(TYPED, fname)) as w:
        s.to_excel(w, sheet_name="значения")
        sl.to_excel(w, sheet_name="ссылки")

    e = new_entry(fname, o, not_criteria=["Наставляемые 10–18 лет (для регионального паспорта)", "Дата выгрузки"])
    for r, it in enumerate(items, start=2):
        lab, written, crit, exp, scale, doc = it
        if crit is None:
            continue
        record(e, o, crit, "значения", f"B{r}", exp, scale=scale)
    for r, (lab, u) in enumerate(links, start=2):
        crit = next(it[2] for it in items if it[0] == lab)
        record(e, o, crit, "ссылки", f"B{r}", u, kind="link")


# ================================================================= F4: R, tidyr::pivot_wider + writexl::write_xlsx
def f4_writexl():
    fname = "partnery_nastavniki_2024.xlsx"
    orgs = [O1, O2, O3, O5, O7]   # order of first appearance in the R data frame
    inds = [  # (indicator as typed in R, key, criterion, document)
        ("Соглашения с ОО", "agr_edu", "agreements_edu_orgs", "soglashenie_oo"),
        ("Соглашения с предприятиями", "agr_ent", "agreements_enterprises", "soglashenie_predpr"),
        ("Наставники из других ОО", "ext_edu", "external_edu_mentors", "prikaz_vneshnie_nastavniki"),
        ("Наставники от предприятий", "ent_m", "enterprise_mentors", "prikaz_vneshnie_nastavniki"),
        ("Наставники из иных организаций", "oth_m", "other_org_mentors", "prikaz_vneshnie_nastavniki"),
    ]
    header = ["ОО", "год"] + ["value_" + i[0] for i in inds] + ["url_" + i[0] for i in inds]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    hfont, halign = Font(name="Calibri", size=11, bold=True), Alignment(horizontal="center")
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font, c.alignment = hfont, halign
    e = new_entry(fname, sorted(orgs), not_criteria=["год"])
    n = len(inds)
    for i, o in enumerate(orgs):
        r = 2 + i
        ws.cell(row=r, column=1, value=o)
        ws.cell(row=r, column=2, value=float(YEAR))   # R numeric: 2024 stored as a double
        for k, (ind, key, crit, doc) in enumerate(inds):
            v = D[o][key]
            if v is None:
                continue                               # NA -> empty cell
            vc = 3 + k
            uc = 3 + n + k
            ws.cell(row=r, column=vc, value=float(v))
            record(e, o, crit, "Sheet1", f"{openpyxl.utils.get_column_letter(vc)}{r}", v)
            if v > 0:
                u = url(o, doc)
                ws.cell(row=r, column=uc, value=u)
                record(e, o, crit, "Sheet1", f"{openpyxl.utils.get_column_letter(uc)}{r}", u, kind="link")
    wb.save(os.path.join(TYPED, fname))


# ================================================================= F5: pivot_table, MultiIndex rows, 2023 + 2024
def f5_pivot():
    fname = "pp_formy_2023_2024.xlsx"
    orgs = [O1, O2, O3, O5, O7]
    forms = [("всего", "pp", "pp_total"), ("учитель – учитель", "pp_tt", "pp_teacher_teacher"),
             ("учитель – ученик", "pp_tp", "pp_teacher_pupil"), ("ученик – ученик", "pp_pp", "pp_pupil_pupil"),
             ("руководитель – педагог", "pp_ht", "pp_head_teacher"), ("студент – ученик", "pp_sp", "pp_student_pupil")]
    rows = []
    for year, data in ((2023, D23), (2024, D)):
        for o in orgs:
            for form, key, crit in forms:
                v = data[o][key]
                if v is not None:
                    rows.append({"Организация": o, "Форма": form, "Год": year, "Кол-во ПП": v})
    long = pd.DataFrame(rows)
    pv = long.pivot_table(index=["Организация", "Форма"], columns="Год", values="Кол-во ПП", aggfunc="sum")
    pv.to_excel(os.path.join(TYPED, fname))
    e = new_entry(fname, sorted(orgs))
    bycrit = {f: (k, c) for f, k, c in forms}
    # pandas 2.2 writes this pivot with one header row (index names + years), data from row 2; 2024 is column D
    for r, ((o, form), row) in enumerate(pv.iterrows(), start=2):
        v = row[2024]
        if pd.isna(v):
            continue
        key, crit = bycrit[form]
        assert v == D[o][key]
        record(e, o, crit, "Sheet1", f"D{r}", D[o][key])


# ================================================================= F6: a ';' CSV opened in Excel, all columns as text
def f6_csv_text():
    fname = "udovl_kpk_2024.xlsx"
    orgs = [O1, O2, O3, O5, O6, O7]
    header = ["ОО", "Удовлетворенность наставляемых, %", "Удовлетворенность наставников, %",
              "Удовлетворенность родителей, %", "Анкеты наставляемых", "Анкеты наставников",
              "Педагогов (без молодых спец.)", "Педагоги-наставники", "Доля педагогов-наставников, %",
              "Прошли КПК по наставничеству", "Удостоверения КПК", "ШМО наставников"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "udovl_kpk_2024"
    for j, h in enumerate(header, start=1):
        ws.cell(row=1, column=j, value=h)
    e = new_entry(fname, sorted(orgs), not_criteria=["Удовлетворенность родителей, %"])

    def s(v):  # how pandas.to_csv printed it
        return "" if v is None else (repr(float(v)) if isinstance(v, float) else str(v))

    for i, o in enumerate(orgs):
        r = 2 + i
        x = D[o]
        share = pct(x["t_mo"], x["t_oth"] + x["ys"])
        vals = [o, s(x["sat_me"]), s(x["sat_mo"]), s(x["sat_par"]),
                url(o, "anketa_nastavlyaemye"), url(o, "anketa_nastavniki"),
                s(x["t_oth"]), s(x["t_mo"]), s(share), s(x["kpk"]),
                url(o, "kpk_udostovereniya") if x["kpk"] else "", s(x["shmo"])]
        for j, v in enumerate(vals, start=1):
            if v != "":
                ws.cell(row=r, column=j, value=v).number_format = "@"
        rec = [("B", "satisfaction_mentees", x["sat_me"]), ("C", "satisfaction_mentors", x["sat_mo"]),
               ("G", "teachers_other", x["t_oth"]), ("H", "teachers_mentors", x["t_mo"]),
               ("I", "share_teachers_mentors", share), ("J", "kpk_trained", x["kpk"]),
               ("L", "school_methodical_associations", x["shmo"])]
        for col, crit, v in rec:
            record(e, o, crit, ws.title, f"{col}{r}", v, scale="text_number")
        record(e, o, "satisfaction_mentees", ws.title, f"E{r}", vals[4], kind="link")
        record(e, o, "satisfaction_mentors", ws.title, f"F{r}", vals[5], kind="link")
        if x["kpk"]:
            record(e, o, "kpk_trained", ws.title, f"K{r}", vals[10], kind="link")
    for col, w in zip("ABCDEFGHIJKL", (34, 14, 14, 14, 40, 40, 12, 12, 12, 12, 40, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(TYPED, fname))


# ================================================================= F7: a ';' CSV opened with ',' as separator: one column
def f7_csv_one_column():
    fname = "stimulirovanie_2024.xlsx"
    orgs = [O1, O2, O3, O5, O6, O7]
    header = ["Организация", "Педагоги в утв. ПП", "Педагоги (кроме МС) - наставляемые",
              "Акты об оплате наставников", "Акты о нематериальном поощрении", "Ссылка (оплата)",
              "Ссылка (нематериальное)"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "stimulirovanie_2024"
    ws["A1"] = ";".join(header)
    e = new_entry(fname, sorted(orgs))
    crits = [(1, "teachers_in_pp", "t_pp"), (2, "teachers_other_mentees", "t_oth_me"),
             (3, "pay_acts", "pay"), (4, "nonmaterial_acts", "nonmat")]
    for i, o in enumerate(orgs):
        r = 2 + i
        x = D[o]
        u_pay = url(o, "polozhenie_oplata_nastavnikov") if x["pay"] else ""
        u_non = url(o, "polozhenie_nematerialnoe_pooshchrenie") if x["nonmat"] else ""
        fields = [o, str(x["t_pp"]), str(x["t_oth_me"]), str(x["pay"]), str(x["nonmat"]), u_pay, u_non]
        ws[f"A{r}"] = ";".join(fields)
        for k, crit, key in crits:
            record(e, o, crit, ws.title, f"A{r}", x[key], scale="text_number", field=k)
        if u_pay:
            record(e, o, "pay_acts", ws.title, f"A{r}", u_pay, kind="link", field=5)
        if u_non:
            record(e, o, "nonmaterial_acts", ws.title, f"A{r}", u_non, kind="link", field=6)
    wb.save(os.path.join(TYPED, fname))


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        os.remove(os.path.join(TYPED, f))
    f1_long()
    f2_wide()
    f3_series()
    f4_writexl()
    f5_pivot()
    f6_csv_text()
    f7_csv_one_column()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"note": "cell = where the value or link sits; scale: as_is (number/text), bool (TRUE/FALSE -> 1/0), "
                           "fraction (cell x 100 = expected per cent), text_number (text holding a number with a "
                           "decimal point); field = 0-based position after splitting the cell's text on ';'. "
                           "All files written by make_typed.py (pandas 2.2.3 to_excel for cmn_long, cmn_wide, "
                           "gimnaziya5, pp_formy; openpyxl imitating writexl / Excel-opened CSV for the rest); "
                           "no LibreOffice re-save.",
                   "cells": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(c) for e in EXPECTED for c in (e["values"] if isinstance(e["values"], list) else [e["values"]]))
    nl = sum(len(c) for e in EXPECTED for c in (e["links"] if isinstance(e["links"], list) else [e["links"]]))
    print(f"files={len(EXPECTED)} values={nv} links={nl}")


if __name__ == "__main__":
    main()
