#!/usr/bin/env python3
"""Held-out set 67: long-format exports (one row per organisation x indicator).

Invented region: Лесокамский край; invented municipality: Верхнеполянский муниципальный округ.
The regional information system («ГИС "Образование Лесокамского края"», module «Мониторинг ЦМН»)
exports the organisations' answers as long tables.

Writes typed/*.xlsx, expected.json, cells.json.  Deterministic (random.Random with fixed seeds).
"""
import csv
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

YEAR = 2024

# ---------------------------------------------------------------------------
# Indicator codes of the (invented) regional system.  None = no catalogue criterion (decoy).
# ---------------------------------------------------------------------------
CODE = {
    "ЦМН.1.01": "orgs_regulation_teachers",
    "ЦМН.1.02": "orgs_regulation_students",
    "ЦМН.1.03": "orgs_monitoring_order",
    "ЦМН.1.04": None,  # дорожная карта ОО
    "ЦМН.2.01": "curators_total",
    "ЦМН.2.02": "mentors_total",
    "ЦМН.2.03": "mentees_total",
    "ЦМН.2.10": None,  # наставники и наставляемые вместе
    "ЦМН.3.01": "pp_total",
    "ЦМН.3.02": "pp_pupil_pupil",
    "ЦМН.3.03": "pp_teacher_teacher",
    "ЦМН.3.04": "pp_student_student",
    "ЦМН.3.05": "pp_head_teacher",
    "ЦМН.3.06": "pp_student_pupil",
    "ЦМН.3.07": "pp_teacher_pupil",
    "ЦМН.3.08": "pp_other",
    "ЦМН.3.09": None,  # наставнические пары / группы
    "ЦМН.4.01": "external_edu_mentors",
    "ЦМН.4.02": "enterprise_mentors",
    "ЦМН.4.03": "other_org_mentors",
    "ЦМН.5.01": "students_10_19",
    "ЦМН.5.02": "mentees_10_19",
    "ЦМН.5.03": "mentees_risk",
    "ЦМН.5.04": "mentees_disabled",
    "ЦМН.5.05": "mentees_gifted",
    "ЦМН.5.06": "mentees_low_motivation",
    "ЦМН.5.07": "mentees_career",
    "ЦМН.5.08": "mentees_other_params",
    "ЦМН.5.09": "share_mentees_10_19",
    "ЦМН.5.10": None,  # мероприятия с участием наставников
    "ЦМН.6.01": "students_15_19",
    "ЦМН.6.02": "mentors_15_19",
    "ЦМН.6.03": "share_mentors_15_19",
    "ЦМН.6.04": None,  # из них девушки
    "ЦМН.7.01": "satisfaction_mentees",
    "ЦМН.7.02": "satisfaction_mentors",
    "ЦМН.8.01": "young_specialists",
    "ЦМН.8.02": "young_specialists_mentees",
    "ЦМН.8.03": "teachers_other",
    "ЦМН.8.04": "teachers_other_mentees",
    "ЦМН.8.05": "share_young_specialists_mentees",
    "ЦМН.8.06": "share_teachers_mentees",
    "ЦМН.9.01": "teachers_in_pp",
    "ЦМН.9.02": "trainees_internship",  # exists only in 2023 rows
    "ЦМН.9.03": "kpk_trained",
    "ЦМН.9.04": "kpk_courses",
    "ЦМН.9.05": "school_methodical_associations",
    "ЦМН.10.01": "teachers_mentors",
    "ЦМН.10.02": "young_specialists_mentors",
    "ЦМН.10.03": "share_teachers_mentors",
    "ЦМН.10.04": "share_young_specialists_mentors",
    "ЦМН.10.05": None,  # педагоги-наставники высшей категории
    "ЦМН.11.01": "pay_acts",
    "ЦМН.11.02": "nonmaterial_acts",
}

# ---------------------------------------------------------------------------
# Organisations (31, all different; every organisation appears in exactly one file)
# kind, code, name as the export prints it, site slug, host
# ---------------------------------------------------------------------------
ORGS = {
    # file a
    "a1": ("city", "5706001", "МБОУ «СОШ № 1 г. Верхние Поляны»", "sosh1-vpolyany", "gos"),
    "a2": ("gym", "5706002", "МБОУ «Гимназия № 2»", "gimnaziya2-vpolyany", "edu"),
    "a3": ("city", "5706003", "МБОУ «СОШ № 3»", "shkola3verhnepolyanskij-r57", "gos"),
    "a4": ("gym", "5706004", "МАОУ «Лицей № 4»", "licey4-vp", "edu"),
    "a5": ("rural", "5706021", "МБОУ «Кедровская СОШ»", "kedrovskaya-sosh", "gos"),
    "a6": ("oosh", "5706022", "МБОУ «Усть-Поляновская ООШ»", "ust-polyanovskaya-oosh", "gos"),
    "a7": ("dop", "5706051", "МБУ ДО «Центр детского творчества «Радуга»", "cdt-raduga-vp", "edu"),
    # file b (straight quotes, as the export module prints them)
    "b1": ("city", "5706005", 'МБОУ "СОШ № 5"', "sosh5-vpolyany", "gos"),
    "b2": ("city", "5706007", 'МБОУ "СОШ № 7 с углубленным изучением отдельных предметов"', "sosh7uiop-vp", "gos"),
    "b3": ("rural", "5706023", 'МБОУ "Заречная СОШ"', "zarechnaya-sosh57", "gos"),
    "b4": ("rural", "5706024", 'МБОУ "Талицкая СОШ"', "talickaya-sosh", "edu"),
    "b5": ("oosh", "5706025", 'МБОУ "Ершовская ООШ"', "ershovskaya-oosh", "gos"),
    "b6": ("city", "5706006", 'МАОУ "Образовательный центр "Перспектива"', "oc-perspektiva-vp", "edu"),
    # file c
    "c1": ("city", "5706008", "МБОУ «СОШ № 8»", "sosh8-vpolyany", "gos"),
    "c2": ("rural", "5706026", "МБОУ «Берёзовская СОШ»", "berezovskaya-sosh57", "gos"),
    "c3": ("rural", "5706027", "МБОУ «Соколовская СОШ им. Героя Советского Союза П.А. Ложкина»", "sokolovskaya-sosh", "edu"),
    "c4": ("dop", "5706052", "МБУ ДО «Детско-юношеская спортивная школа»", "dussh-vpolyany", "gos"),
    # file d
    "d1": ("city", "5706009", "МБОУ «СОШ № 9»", "sosh9-vpolyany", "gos"),
    "d2": ("city", "5706010", "МБОУ «Кадетская школа им. генерала А.И. Лебедя»", "kadet-vp", "edu"),
    "d3": ("oosh", "5706028", "МБОУ «Луговская ООШ»", "lugovskaya-oosh", "gos"),
    "d4": ("rural", "5706029", "МБОУ «Малиновская СОШ»", "malinovskaya-sosh", "gos"),
    # file e
    "e1": ("city", "5706011", "МБОУ «СОШ № 11»", "sosh11-vpolyany", "gos"),
    "e2": ("gym", "5706012", "МБОУ «Гимназия № 12»", "gimnaziya12-vp", "edu"),
    "e3": ("rural", "5706030", "МБОУ «Никольская СОШ»", "nikolskaya-sosh57", "gos"),
    "e4": ("oosh", "5706031", "МБОУ «Озёрная ООШ»", "ozernaya-oosh", "gos"),
    "e5": ("dop", "5706053", "МБУ ДО «Станция юных натуралистов»", "syun-vpolyany", "edu"),
    # file f
    "f1": ("city", "5706013", "МБОУ «СОШ № 13»", "sosh13-vpolyany", "gos"),
    "f2": ("rural", "5706032", "МБОУ «Сосновская СОШ»", "sosnovskaya-sosh57", "gos"),
    "f3": ("oosh", "5706033", "МБОУ «Полевская ООШ»", "polevskaya-oosh", "gos"),
    "f4": ("rural", "5706034", "МБОУ «Горская СОШ»", "gorskaya-sosh", "edu"),
    "f5": ("city", "5706014", "МБОУ «СОШ № 14»", "sosh14-vpolyany", "gos"),
}

RANGES = {
    #        s1019        f1519         share_m      ys      tother    tment
    "city": ((480, 920), (0.22, 0.28), (0.07, 0.20), (3, 9), (38, 70), (7, 18)),
    "gym": ((420, 720), (0.25, 0.30), (0.08, 0.22), (3, 7), (35, 58), (6, 15)),
    "rural": ((110, 260), (0.20, 0.26), (0.08, 0.24), (1, 4), (16, 30), (3, 9)),
    "oosh": ((38, 85), (0.10, 0.14), (0.10, 0.30), (0, 2), (9, 15), (1, 4)),
    "dop": ((260, 620), (0.25, 0.35), (0.03, 0.09), (1, 3), (14, 28), (2, 6)),
}


def pct(a, b, nd=2):
    return round(100.0 * a / b, nd)


def make_profile(key, year=2024):
    kind = ORGS[key][0]
    rng = random.Random(f"67-{key}-{year}")
    r = RANGES[kind]
    p = {}
    s1019 = rng.randint(*r[0])
    s1519 = round(s1019 * rng.uniform(*r[1]))
    m1019 = max(3, round(s1019 * rng.uniform(*r[2])))
    p["students_10_19"] = s1019
    p["students_15_19"] = s1519
    p["mentees_10_19"] = m1019
    risk = rng.randint(0, max(1, m1019 // 8))
    dis = rng.randint(0, max(1, m1019 // 10))
    gift = rng.randint(0, max(1, m1019 // 6))
    low = rng.randint(0, max(1, m1019 // 6))
    car = rng.randint(0, max(1, m1019 // 5))
    rest = m1019 - (risk + dis + gift + low + car)
    if rest < 0:
        car = max(0, car + rest)
        rest = m1019 - (risk + dis + gift + low + car)
    oth = rng.randint(0, max(0, rest))
    p.update(mentees_risk=risk, mentees_disabled=dis, mentees_gifted=gift,
             mentees_low_motivation=low, mentees_career=car, mentees_other_params=oth)
    assert risk + dis + gift + low + car + oth <= m1019
    p["share_mentees_10_19"] = pct(m1019, s1019)
    mx = 0.05 if kind == "dop" else 0.15
    m1519 = round(s1519 * rng.uniform(0.0, mx))
    p["mentors_15_19"] = m1519
    p["share_mentors_15_19"] = pct(m1519, s1519)
    ys = rng.randint(*r[3])
    to = rng.randint(*r[4])
    ysm = ys - (rng.randint(0, 1) if ys > 0 else 0)
    tom = rng.randint(0, 2 if kind == "oosh" else 5)
    tment = rng.randint(*r[5])
    tment = max(tment, ysm)
    ysment = rng.randint(0, 1) if ys >= 3 else 0
    p.update(young_specialists=ys, teachers_other=to, young_specialists_mentees=ysm,
             teachers_other_mentees=tom, teachers_mentors=tment, young_specialists_mentors=ysment)
    if ys:
        p["share_young_specialists_mentees"] = pct(ysm, ys)
        p["share_young_specialists_mentors"] = pct(ysment, ys)
    p["share_teachers_mentees"] = pct(ysm + tom, ys + to)
    p["share_teachers_mentors"] = pct(tment, ys + to)
    ext = rng.randint(0, 3)
    ent = rng.randint(0, 3) if kind != "oosh" else rng.randint(0, 1)
    oorg = rng.randint(0, 2)
    p.update(external_edu_mentors=ext, enterprise_mentors=ent, other_org_mentors=oorg)
    p["mentors_total"] = tment + m1519 + ext + ent + oorg
    p["mentees_total"] = m1019 + ysm + tom
    pp_tt = ysm + tom
    pp_pp = rng.randint(0, min(m1519, 8))
    pp_tp = rng.randint(1, 9)
    pp_ht = rng.randint(0, 2)
    pp_sp = rng.randint(0, 1) if kind in ("city", "gym") else 0
    pp_ot = rng.randint(0, 1)
    p.update(pp_teacher_teacher=pp_tt, pp_pupil_pupil=pp_pp, pp_teacher_pupil=pp_tp,
             pp_head_teacher=pp_ht, pp_student_pupil=pp_sp, pp_other=pp_ot, pp_student_student=0)
    p["pp_total"] = pp_tt + pp_pp + pp_tp + pp_ht + pp_sp + pp_ot
    p["teachers_in_pp"] = min(ys + to, pp_tt * 2 + pp_ht + pp_tp)
    p["curators_total"] = rng.choice([1, 1, 1, 2])
    p["satisfaction_mentees"] = round(rng.uniform(78, 97), 1)
    p["satisfaction_mentors"] = round(rng.uniform(80, 98), 1)
    p["kpk_trained"] = rng.randint(0, min(6, ys + to))
    p["school_methodical_associations"] = 1 if kind != "oosh" else rng.randint(0, 1)
    p["pay_acts"] = rng.choice([0, 1, 1])
    p["nonmaterial_acts"] = rng.choice([0, 1, 1, 2])
    p["orgs_regulation_teachers"] = 1
    p["orgs_regulation_students"] = 0 if kind == "dop" and rng.random() < 0.5 else 1
    p["orgs_monitoring_order"] = rng.choice([1, 1, 1, 0])
    return p


def check_profile(p):
    assert p["mentees_10_19"] <= p["students_10_19"]
    assert p["students_15_19"] <= p["students_10_19"]
    assert p["mentors_15_19"] <= p["students_15_19"]
    assert p["young_specialists_mentees"] <= p["young_specialists"]
    assert p["young_specialists_mentors"] <= p["young_specialists"]
    assert p["teachers_other_mentees"] <= p["teachers_other"]
    assert p["teachers_mentors"] <= p["teachers_other"] + p["young_specialists"]
    assert p["teachers_in_pp"] <= p["teachers_other"] + p["young_specialists"]


PROF = {k: make_profile(k) for k in ORGS}
for _p in PROF.values():
    check_profile(_p)

# hand adjustments (kept deterministic): a few organisations without something
PROF["a6"]["orgs_monitoring_order"] = 0
PROF["a7"]["orgs_regulation_teachers"] = 1
PROF["d3"]["orgs_regulation_students"] = 0

# ---------------------------------------------------------------------------
# links
# ---------------------------------------------------------------------------
DOC = {
    "orgs_regulation_teachers": "polozhenie_o_nastavnichestve_pedagogov",
    "orgs_regulation_students": "polozhenie_o_nastavnichestve_obuchayushchihsya",
    "orgs_monitoring_order": "prikaz_o_monitoringe_tsmn",
    "curators_total": "prikaz_o_naznachenii_kuratora_tsmn",
    "mentors_total": "prikaz_o_zakreplenii_nastavnicheskih_par",
    "mentees_total": "prikaz_o_zakreplenii_nastavnicheskih_par",
    "pp_total": "personalizirovannye_programmy",
    "students_10_19": "spravka_kontingent",
    "mentees_10_19": "baza_nastavlyaemyh",
    "share_mentees_10_19": "baza_nastavlyaemyh",
    "young_specialists": "spisok_molodyh_specialistov",
    "young_specialists_mentees": "prikaz_o_zakreplenii_nastavnicheskih_par",
    "teachers_mentors": "baza_nastavnikov",
    "external_edu_mentors": "soglashenie_o_setevom_vzaimodeystvii",
    "enterprise_mentors": "soglashenie_s_predpriyatiem",
    "students_15_19": "spravka_kontingent",
    "mentors_15_19": "baza_nastavnikov_obuchayushchihsya",
    "share_mentors_15_19": "baza_nastavnikov_obuchayushchihsya",
    "satisfaction_mentees": "itogi_anketirovaniya",
    "satisfaction_mentors": "itogi_anketirovaniya",
    "pp_pupil_pupil": "personalizirovannye_programmy",
    "pp_teacher_teacher": "personalizirovannye_programmy",
    "pp_head_teacher": "personalizirovannye_programmy",
    "pp_teacher_pupil": "personalizirovannye_programmy",
    "pp_other": "personalizirovannye_programmy",
    "pay_acts": "polozhenie_ob_oplate_truda",
    "nonmaterial_acts": "polozhenie_o_nematerialnom_pooshchrenii",
    "mentees_risk": "baza_nastavlyaemyh",
    "mentees_disabled": "baza_nastavlyaemyh",
    "mentees_gifted": "baza_nastavlyaemyh",
    "mentees_career": "baza_nastavlyaemyh",
    "share_teachers_mentors": "baza_nastavnikov",
    "teachers_other": "spravka_kadry",
    "teachers_other_mentees": "prikaz_o_zakreplenii_nastavnicheskih_par",
    "share_young_specialists_mentees": "prikaz_o_zakreplenii_nastavnicheskih_par",
    "share_teachers_mentees": "prikaz_o_zakreplenii_nastavnicheskih_par",
    "kpk_trained": "udostovereniya_kpk",
    "kpk_courses": "udostovereniya_kpk",
    "trainees_internship": "stazherskaya_ploshchadka",
}

_CLOUD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def link(key, crit, year=YEAR):
    kind, code, name, slug, host = ORGS[key]
    doc = DOC[crit]
    rng = random.Random(f"link-{key}-{doc}-{year}")
    roll = rng.random()
    if roll < 0.14:  # cloud folder
        tok = "".join(rng.choice(_CLOUD_CHARS) for _ in range(14))
        return f"https://disk.yandex.ru/i/{tok}"
    if roll < 0.22:
        a = "".join(rng.choice(_CLOUD_CHARS) for _ in range(4))
        b = "".join(rng.choice(_CLOUD_CHARS) for _ in range(9))
        return f"https://cloud.mail.ru/public/{a}/{b}"
    if host == "gos":
        return f"https://{slug}.gosuslugi.ru/netcshkola/nastavnichestvo/{doc}_{year}.pdf"
    return f"https://{slug}.edu.ru/files/nastavnichestvo/{doc}_{year}.pdf"


def has_link(key, crit, year=YEAR, v=None):
    """Some rows are exported without a document; a zero / «нет» answer never has one."""
    if v == 0:
        return False
    if crit in ("students_10_19", "students_15_19", "teachers_other", "young_specialists"):
        return random.Random(f"hl-{key}-{crit}-{year}").random() < 0.35
    return random.Random(f"hl-{key}-{crit}-{year}").random() < 0.85


# ---------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------
EXPECTED = []
CELLS = []
ROWS_WORDING = []  # (file, wording) of each value row, for the verbatim check

HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
BOLD = Font(bold=True)


def header(ws, row, cols, widths=None):
    for j, c in enumerate(cols, 1):
        cell = ws.cell(row=row, column=j, value=c)
        cell.font = BOLD
        cell.fill = HDR_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    if widths:
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = w


class Collector:
    def __init__(self, fname, org_keys, sheet_names=None):
        self.fname = fname
        self.keys = org_keys
        self.values = {k: {} for k in org_keys}
        self.links = {k: {} for k in org_keys}
        self.not_criteria = []
        self.headings = []

    def value(self, key, crit, sheet, cell, expected, raw=None, wording=None):
        assert crit not in self.values[key], (self.fname, key, crit)
        self.values[key][crit] = expected
        e = {"file": self.fname, "sheet": sheet, "cell": cell, "kind": "value",
             "organisation": ORGS[key][2], "criterion": crit, "expected": expected}
        if raw is not None:
            e["cell_shows"] = raw
        CELLS.append(e)
        if wording is not None:
            ROWS_WORDING.append((self.fname, wording))

    def link(self, key, crit, sheet, cell, url):
        self.links[key][crit] = url
        CELLS.append({"file": self.fname, "sheet": sheet, "cell": cell, "kind": "link",
                      "organisation": ORGS[key][2], "criterion": crit, "expected": url})

    def decoy(self, title):
        if title not in self.not_criteria:
            self.not_criteria.append(title)

    def heading(self, title):
        if title not in self.headings:
            self.headings.append(title)

    def finish(self):
        EXPECTED.append({
            "file": self.fname, "year": YEAR,
            "organisation": [ORGS[k][2] for k in self.keys],
            "values": [self.values[k] for k in self.keys],
            "links": [self.links[k] for k in self.keys],
            "not_criteria": self.not_criteria,
            "headings": self.headings,
        })


def fmt_num_ru(x, nd=None):
    if nd is None:
        s = str(x)
    else:
        s = f"{x:.{nd}f}"
    return s.replace(".", ",")


LONG_COLS = ["Код ОО", "Наименование ОО", "Код показателя", "Показатель", "Период",
             "Значение", "Ед. изм.", "Документ (ссылка)"]
LONG_W = [10, 44, 12, 70, 9, 11, 16, 70]

UNIT = {"yesno": "1 - да / 0 - нет", "count_p": "чел.", "count_u": "ед.", "share": "%"}

# ---------------------------------------------------------------------------
# (a) full long table, period 2024 only, 7 organisations
# ---------------------------------------------------------------------------
A_ROWS = [
    ("ЦМН.1.01", "Положение о системе наставничества педагогических работников утверждено приказом ОО", "yesno"),
    ("ЦМН.1.03", "Издан приказ ОО о проведении мониторинга внедрения ЦМН", "yesno"),
    ("ЦМН.1.04", "Дорожная карта внедрения ЦМН в ОО утверждена", "yesno"),
    ("ЦМН.2.01", "Кураторы внедрения целевой модели наставничества в ОО", "count_p"),
    ("ЦМН.2.02", "Наставники ОО, закреплённые приказом", "count_p"),
    ("ЦМН.2.03", "Наставляемые ОО, закреплённые приказом", "count_p"),
    ("ЦМН.2.10", "Участники программ наставничества (наставники и наставляемые) по приказу, всего", "count_p"),
    ("ЦМН.3.01", "Персонализированные программы наставничества, утверждённые в ОО (все формы)", "count_u"),
    ("ЦМН.5.01", "Численность обучающихся в возрасте 10–19 лет", "count_p"),
    ("ЦМН.5.02", "Обучающиеся 10–19 лет, включённые в программы наставничества как наставляемые", "count_p"),
    ("ЦМН.5.09", "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "share"),
    ("ЦМН.8.01", "Молодые специалисты (до 35 лет, стаж работы до 3 лет), работающие в ОО", "count_p"),
    ("ЦМН.8.02", "Молодые специалисты, включённые в программы наставничества как наставляемые", "count_p"),
    ("ЦМН.10.01", "Количество педагогов, участвующих в программах наставничества в роли наставника", "count_p"),
]


def build_a():
    fname = "typed/a_vygruzka_tsmn_2024.xlsx"
    keys = ["a1", "a2", "a3", "a4", "a5", "a6", "a7"]
    col = Collector(fname, keys)
    wb = Workbook()
    ws = wb.active
    ws.title = "Выгрузка"
    header(ws, 1, LONG_COLS, LONG_W)
    ws.freeze_panes = "A2"
    r = 2
    for k in keys:
        kind, ocode, oname, _, _ = ORGS[k]
        p = PROF[k]
        for code, text, unit in A_ROWS:
            crit = CODE[code]
            if crit is None:
                if code == "ЦМН.1.04":
                    v = 1 if k != "a6" else 0
                else:
                    v = p["mentors_total"] + p["mentees_total"]
                url = None
                col.decoy(text)
            else:
                v = p[crit]
                url = link(k, crit) if has_link(k, crit, v=v) else None
            row = [int(ocode), oname, code, text, YEAR, v, UNIT[unit], url]
            for j, x in enumerate(row, 1):
                ws.cell(row=r, column=j, value=x)
            if url:
                ws.cell(row=r, column=8).hyperlink = url
                ws.cell(row=r, column=8).style = "Hyperlink"
            if crit is not None:
                col.value(k, crit, ws.title, f"F{r}", v, wording=text)
                if url:
                    col.link(k, crit, ws.title, f"H{r}", url)
            r += 1
    ws.auto_filter.ref = f"A1:H{r - 1}"
    wb.save(os.path.join(HERE, fname))
    col.finish()


# ---------------------------------------------------------------------------
# (b) periods 2023 and 2024 mixed; shares as fractions with a percent format
# ---------------------------------------------------------------------------
B_ROWS = [
    ("ЦМН.4.01", "Наставники из других образовательных организаций (по приказу)", "count_p"),
    ("ЦМН.4.02", "Наставники из числа сотрудников предприятий", "count_p"),
    ("ЦМН.6.01", "Обучающиеся в возрасте 15–19 лет, всего", "count_p"),
    ("ЦМН.6.02", "Обучающиеся 15–19 лет — наставники (по приказу ОО)", "count_p"),
    ("ЦМН.6.04", "Обучающиеся 15–19 лет — наставники, из них девушки", "count_p"),
    ("ЦМН.6.03", "Доля обучающихся 15–19 лет в роли наставника", "share"),
    ("ЦМН.7.01", "Удовлетворённость наставляемых участием в завершённых программах", "share"),
    ("ЦМН.7.02", "Удовлетворённость наставников участием в завершённых программах", "share"),
    ("ЦМН.9.02", "Педагоги-стажёры на базе стажёрской площадки", "count_p"),
]


def profile_2023(key):
    """Last year's answers: a slightly smaller contingent, other mentors; shares consistent with 2023 counts."""
    p = PROF[key]
    rng = random.Random(f"67-{key}-2023")
    q = {}
    q["students_15_19"] = round(p["students_15_19"] * rng.uniform(0.92, 0.99))
    q["mentors_15_19"] = min(q["students_15_19"], max(0, p["mentors_15_19"] + rng.randint(-4, 2)))
    q["share_mentors_15_19"] = pct(q["mentors_15_19"], q["students_15_19"])
    q["external_edu_mentors"] = max(0, p["external_edu_mentors"] - rng.randint(0, 1))
    q["enterprise_mentors"] = max(0, p["enterprise_mentors"] - rng.randint(0, 2))
    q["satisfaction_mentees"] = round(p["satisfaction_mentees"] - rng.uniform(-3, 6), 1)
    q["satisfaction_mentors"] = round(min(99.0, p["satisfaction_mentors"] - rng.uniform(-3, 6)), 1)
    return q


def build_b():
    fname = "typed/b_vygruzka_2023_2024.xlsx"
    keys = ["b1", "b2", "b3", "b4", "b5", "b6"]
    col = Collector(fname, keys)
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "ГИС «Образование Лесокамского края». Модуль «Мониторинг ЦМН»"
    ws["A2"] = "Выгрузка: Верхнеполянский муниципальный округ, периоды 2023, 2024. Дата формирования: 20.01.2025 10:42"
    ws["A1"].font = BOLD
    header(ws, 4, LONG_COLS, LONG_W)
    r = 5
    for i, k in enumerate(keys):
        kind, ocode, oname, _, _ = ORGS[k]
        p24 = PROF[k]
        p23 = profile_2023(k)
        rows = []
        for code, text, unit in B_ROWS:
            crit = CODE[code]
            if code == "ЦМН.9.02":
                if k in ("b2", "b4"):  # indicator dropped in 2024: only a 2023 row
                    rows.append((code, text, unit, 2023, random.Random(f"st-{k}").randint(1, 3)))
                continue
            for yr, p in ((2023, p23), (2024, p24)):
                if crit is None:
                    v = (p["mentors_15_19"] * 2) // 3
                else:
                    v = p[crit]
                rows.append((code, text, unit, yr, v))
            if code == "ЦМН.6.03" and k in ("b1", "b3"):
                rows.append((code, text, unit, "2025 (план)", round(p24[crit] + 2.0, 2)))
        # export order: some organisations period-first, others indicator-first
        if i % 2 == 1:
            rows.sort(key=lambda t: (str(t[3]), t[0]))
        for code, text, unit, yr, v in rows:
            crit = CODE[code]
            is_share = unit == "share"
            url = None
            if crit is not None and crit in DOC and yr in (2023, 2024) and has_link(k, crit, yr, v=v):
                url = link(k, crit, yr)
            cellv = round(v / 100.0, 4) if is_share else v
            row = [ocode, oname, code, text, str(yr), cellv, UNIT[unit], url]
            for j, x in enumerate(row, 1):
                ws.cell(row=r, column=j, value=x)
            if is_share:
                ws.cell(row=r, column=6).number_format = "0.00%"
            if crit is None:
                col.decoy(text)
            elif yr == 2024:
                col.value(k, crit, ws.title, f"F{r}", v, raw=f"{cellv} ({'0.00%'})" if is_share else None,
                          wording=text)
                if url:
                    col.link(k, crit, ws.title, f"H{r}", url)
            r += 1
    ws.auto_filter.ref = f"A4:H{r - 1}"
    wb.save(os.path.join(HERE, fname))
    col.finish()


# ---------------------------------------------------------------------------
# (c) short names; full wording on sheet «Справочник показателей» keyed by code
# ---------------------------------------------------------------------------
C_REF = [
    ("Раздел 3. Персонализированные программы наставничества", None, None),
    ("ЦМН.3.01", "Количество персонализированных программ наставничества, утверждённых в ОО, по всем формам наставничества", "ед."),
    ("ЦМН.3.02", "Количество персонализированных программ по форме «ученик – ученик»", "ед."),
    ("ЦМН.3.03", "Количество персонализированных программ по форме «учитель – учитель» / «педагог – педагог»", "ед."),
    ("ЦМН.3.04", "Количество персонализированных программ по форме «студент – студент»", "ед."),
    ("ЦМН.3.05", "Количество персонализированных программ по форме «руководитель – педагог»", "ед."),
    ("ЦМН.3.06", "Количество персонализированных программ по форме «студент – ученик»", "ед."),
    ("ЦМН.3.07", "Количество персонализированных программ по форме «учитель – ученик»", "ед."),
    ("ЦМН.3.08", "Количество персонализированных программ по иной форме (форму указать в примечании)", "ед."),
    ("ЦМН.3.09", "Количество сформированных наставнических пар (групп)", "ед."),
    ("Раздел 11. Стимулирование наставничества", None, None),
    ("ЦМН.11.01", "Количество локальных актов ОО об оплате работы наставников", "ед."),
    ("ЦМН.11.02", "Количество локальных актов ОО о нематериальном поощрении наставников", "ед."),
]
C_SHORT = [
    ("ЦМН.3.01", "ПП всего"),
    ("ЦМН.3.02", "ПП уч-уч"),
    ("ЦМН.3.03", "ПП пед-пед"),
    ("ЦМН.3.05", "ПП рук-пед"),
    ("ЦМН.3.07", "ПП учит-уч"),
    ("ЦМН.3.08", "ПП прочие"),
    ("ЦМН.3.09", "Пары (группы)"),
    ("ЦМН.11.01", "ЛА оплата"),
    ("ЦМН.11.02", "ЛА поощрение"),
]
PP_OTHER_NOTE = {"c1": "«педагог – родитель»", "c2": "«выпускник – ученик»", "c3": "«ветеран – ученик»",
                 "c4": "«тренер – спортсмен»"}


def build_c():
    fname = "typed/c_pokazateli_kratko.xlsx"
    keys = ["c1", "c2", "c3", "c4"]
    col = Collector(fname, keys)
    wb = Workbook()
    ws = wb.active
    ws.title = "Данные"
    cols = ["Код ОО", "Наименование ОО", "Код показателя", "Показатель", "Период", "Значение",
            "Ед. изм.", "Документ (ссылка)", "Примечание"]
    header(ws, 1, cols, [10, 52, 12, 16, 8, 10, 8, 70, 26])
    ws.freeze_panes = "C2"
    r = 2
    for k in keys:
        kind, ocode, oname, _, _ = ORGS[k]
        p = PROF[k]
        for code, short in C_SHORT:
            crit = CODE[code]
            if crit is None:
                v = p["pp_teacher_teacher"] + p["pp_pupil_pupil"] + p["pp_teacher_pupil"]
                url = None
            else:
                v = p[crit]
                url = link(k, crit) if has_link(k, crit, v=v) else None
            note = None
            if crit == "pp_other" and v:
                note = "форма " + PP_OTHER_NOTE[k]
            row = [ocode, oname, code, short, YEAR, v, "ед.", url, note]
            for j, x in enumerate(row, 1):
                ws.cell(row=r, column=j, value=x)
            if crit is None:
                col.decoy(short)
                col.decoy(dict((c[0], c[1]) for c in C_REF)[code])
            else:
                col.value(k, crit, ws.title, f"F{r}", v, wording=short)
                if url:
                    col.link(k, crit, ws.title, f"H{r}", url)
            r += 1
    ws.auto_filter.ref = f"A1:I{r - 1}"
    ws2 = wb.create_sheet("Справочник показателей")
    header(ws2, 1, ["Код показателя", "Полное наименование показателя", "Ед. изм."], [14, 100, 9])
    rr = 2
    for code, full, unit in C_REF:
        if full is None:
            ws2.cell(row=rr, column=1, value=code).font = BOLD
            ws2.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=3)
            col.heading(code)
        else:
            ws2.cell(row=rr, column=1, value=code)
            ws2.cell(row=rr, column=2, value=full)
            ws2.cell(row=rr, column=3, value=unit)
        rr += 1
    wb.save(os.path.join(HERE, fname))
    col.finish()


# ---------------------------------------------------------------------------
# (d) values typed as text («да», «12 чел.», «7,3 %»)
# ---------------------------------------------------------------------------
D_ROWS = [
    ("ЦМН.1.02", "Положение о наставничестве обучающихся (утверждено / не утверждено)", "yesno"),
    ("ЦМН.5.02", "Наставляемые из числа обучающихся 10–19 лет", "count_p"),
    ("ЦМН.5.03", "Наставляемые 10–19 лет из «группы риска»", "count_p"),
    ("ЦМН.5.04", "Наставляемые 10–19 лет с ОВЗ и дети-инвалиды", "count_p"),
    ("ЦМН.5.05", "Наставляемые — одарённые дети (внесены в реестры)", "count_p"),
    ("ЦМН.5.07", "Наставляемые 10–19 лет, испытывающие трудности с выбором профессии и образовательного маршрута", "count_p"),
    ("ЦМН.5.09", "Охват обучающихся 10–19 лет наставничеством в роли наставляемых", "share"),
    ("ЦМН.5.10", "Мероприятия с участием наставников и наставляемых за год", "count_u"),
    ("ЦМН.10.01", "Педагоги, выступающие наставниками", "count_p"),
    ("ЦМН.10.03", "Доля педагогов-наставников от общей численности педагогов ОО", "share"),
]


def build_d():
    fname = "typed/d_znacheniya_tekstom.xlsx"
    keys = ["d1", "d2", "d3", "d4"]
    col = Collector(fname, keys)
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчет"
    header(ws, 1, LONG_COLS, LONG_W)
    r = 2
    for k in keys:
        kind, ocode, oname, _, _ = ORGS[k]
        p = PROF[k]
        for code, text, unit in D_ROWS:
            crit = CODE[code]
            url = None
            if crit is None:
                raw = f"{random.Random('ev-' + k).randint(4, 14)} мероприятий"
                col.decoy(text)
                expected = None
            else:
                v = p[crit]
                if unit == "yesno":
                    if k == "d2":
                        raw, expected = "да, приказ № 112-о от 30.08.2024", 1
                    else:
                        raw, expected = ("да" if v else "нет"), v
                elif unit == "share":
                    expected = round(v, 1)
                    raw = f"{fmt_num_ru(expected, 1)} %"
                else:
                    expected = v
                    raw = f"{v} чел."
                if k == "d4" and crit == "mentees_career":
                    raw, expected = "нет данных", None
                if expected is not None and has_link(k, crit, v=expected):
                    url = link(k, crit)
            row = [ocode, oname, code, text, "2024", raw, UNIT[unit] if unit != "yesno" else "да/нет", url]
            for j, x in enumerate(row, 1):
                ws.cell(row=r, column=j, value=x)
            ws.cell(row=r, column=6).number_format = "@"
            if crit is not None and expected is not None:
                col.value(k, crit, ws.title, f"F{r}", expected, raw=raw, wording=text)
                if url:
                    col.link(k, crit, ws.title, f"H{r}", url)
            r += 1
    wb.save(os.path.join(HERE, fname))
    col.finish()


# ---------------------------------------------------------------------------
# (e) grouped report: the organisation's code and name only in the first row of its block
# ---------------------------------------------------------------------------
E_ROWS = [
    ("ЦМН.8.01", "Молодые педагоги (до 35 лет, первые 3 года работы), всего", "count_p"),
    ("ЦМН.8.02", "Молодые педагоги в роли наставляемых", "count_p"),
    ("ЦМН.8.05", "Доля молодых педагогов — наставляемых", "share"),
    ("ЦМН.8.03", "Педагоги ОО без учёта молодых специалистов, всего", "count_p"),
    ("ЦМН.8.04", "Педагоги (кроме молодых специалистов) — наставляемые", "count_p"),
    ("ЦМН.8.06", "Доля педагогов, вошедших в программы наставничества в роли наставляемого", "share"),
    ("ЦМН.10.05", "Педагоги-наставники с высшей квалификационной категорией", "count_p"),
    ("ЦМН.9.03", "Педагоги, обученные на КПК по вопросам наставничества за календарный год", "count_p"),
    ("ЦМН.9.04", "Наименования пройденных курсов КПК", "text"),
]
E_COURSES = {
    "e1": "«Наставничество в образовательной организации: технологии и практики» (36 ч); "
          "«Организация наставничества молодых педагогов» (24 ч)",
    "e2": "«Реализация целевой модели наставничества в школе» (72 ч)",
    "e3": "«Наставник и куратор: сопровождение молодого педагога» (36 ч)",
}


def build_e():
    fname = "typed/e_gruppirovka_po_oo.xlsx"
    keys = ["e1", "e2", "e3", "e4", "e5"]
    col = Collector(fname, keys)
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчет по ОО"
    ws["A1"] = "Отчёт «Педагоги в программах наставничества» (группировка: образовательная организация)"
    ws["A1"].font = BOLD
    ws["A2"] = "МО: Верхнеполянский муниципальный округ     Отчётный период: 2024 г."
    header(ws, 4, LONG_COLS, LONG_W)
    r = 5
    nrec = 0
    for k in keys:
        kind, ocode, oname, _, _ = ORGS[k]
        p = PROF[k]
        first = True
        for code, text, unit in E_ROWS:
            crit = CODE[code]
            if crit == "kpk_courses":
                if k not in E_COURSES or p["kpk_trained"] == 0:
                    continue
                v = E_COURSES[k]
            elif crit is None:
                if k not in ("e1", "e2", "e3"):
                    continue
                v = max(0, p["teachers_mentors"] - 3)
            elif crit not in p:  # no young specialists -> share not computed, row not exported
                continue
            else:
                v = p[crit]
            url = link(k, crit) if (crit is not None and has_link(k, crit, v=v)) else None
            unit_s = {"count_p": "чел.", "share": "%", "text": ""}[unit]
            row = [ocode if first else None, oname if first else None, code, text, "2024 г.", v, unit_s, url]
            for j, x in enumerate(row, 1):
                if x is not None and x != "":
                    ws.cell(row=r, column=j, value=x)
            if first:
                ws.cell(row=r, column=2).font = BOLD
            first = False
            if crit is None:
                col.decoy(text)
            else:
                col.value(k, crit, ws.title, f"F{r}", v, wording=text)
                if url:
                    col.link(k, crit, ws.title, f"H{r}", url)
            r += 1
            nrec += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Всего записей: {nrec}").font = BOLD
    col.decoy(f"Всего записей: {nrec}")
    wb.save(os.path.join(HERE, fname))
    col.finish()


# ---------------------------------------------------------------------------
# (f) pivot: indicators as rows, organisations as columns (no links in a pivot)
# ---------------------------------------------------------------------------
F_ROWS = [
    ("Организация процесса реализации ЦМН", None),
    ("ЦМН.2.01", "Кураторы ЦМН, чел."),
    ("ЦМН.2.02", "Наставники по приказу, чел."),
    ("ЦМН.2.03", "Наставляемые по приказу, чел."),
    ("ЦМН.3.09", "Наставнические пары (группы), ед."),
    ("Обучающиеся 10–19 лет в роли наставляемых", None),
    ("ЦМН.5.06", "из числа с низкой учебной мотивацией и неуспевающих, чел."),
    ("ЦМН.5.08", "по иным основаниям, чел."),
    ("Профессиональное развитие педагогов", None),
    ("ЦМН.9.05", "Методические объединения наставников в ОО, ед."),
]


def build_f():
    fname = "typed/f_svodnaya_po_oo.xlsx"
    keys = ["f1", "f2", "f3", "f4", "f5"]
    col = Collector(fname, keys)
    wb = Workbook()
    ws = wb.active
    ws.title = "Сводная"
    ws["A1"] = "Сводная таблица: мониторинг ЦМН"
    ws["A1"].font = BOLD
    ws["A2"] = "Фильтры: МО = Верхнеполянский МО; Период = 2024"
    hdr = ["Код показателя", "Показатель"] + [ORGS[k][2] for k in keys]
    header(ws, 4, hdr, [13, 58] + [22] * len(keys))
    ws.row_dimensions[4].height = 45
    r = 5
    for code, text in F_ROWS:
        if text is None:
            ws.cell(row=r, column=1, value=code).font = BOLD
            col.heading(code)
            r += 1
            continue
        crit = CODE[code]
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=text)
        for j, k in enumerate(keys):
            p = PROF[k]
            if crit is None:
                v = p["pp_teacher_teacher"] + p["pp_pupil_pupil"]
            else:
                v = p[crit]
            c = ws.cell(row=r, column=3 + j, value=v)
            if crit is not None:
                col.value(k, crit, ws.title, c.coordinate, v, wording=text)
        if crit is None:
            col.decoy(text)
        r += 1
    wb.save(os.path.join(HERE, fname))
    col.finish()


def verbatim_check():
    cat = set()
    with open(str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for f in ("wording_2023", "wording_2024", "form_wording"):
                w = (row[f] or "").strip().lower()
                if w:
                    cat.add(w)
    n = len(ROWS_WORDING)
    same = sum(1 for _, w in ROWS_WORDING if w.strip().lower() in cat)
    assert same * 3 <= n, (same, n)
    return same, n


def main():
    build_a()
    build_b()
    build_c()
    build_d()
    build_e()
    build_f()
    same, n = verbatim_check()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(d) for e in EXPECTED for d in e["values"])
    nl = sum(len(d) for e in EXPECTED for d in e["links"])
    no = sum(len(e["organisation"]) for e in EXPECTED)
    print(f"files={len(EXPECTED)} organisations={no} values={nv} links={nl} verbatim_rows={same}/{n}")
    for e in EXPECTED:
        print(e["file"], len(e["organisation"]), sum(len(d) for d in e["values"]), sum(len(d) for d in e["links"]))


if __name__ == "__main__":
    main()
