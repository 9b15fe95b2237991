#!/usr/bin/env python3
"""heldout98: 2024 ЦМН forms where plan, fact, target and last year are ROWS under each criterion,
with the value in one value column:

  01  «план на 2024» / «факт на 31.12.2024» / «отклонение»; link on the fact row
  02  «план» / «факт» / «% выполнения»; the link on the criterion's own (head) row
  03  «целевой показатель (Р-145)» / «достигнуто»; link «ссылка» on the «достигнуто» row
  04  «2024 г.» then «2023 г.» (newest first); each year row with its own link (2023 = old documents)
  05  «2023 г.» then «2024 г.» (oldest first); plain-text URLs on the year rows
  06  the criterion merged down over its three rows in A, B = «план / факт / откл.», values in C,
      the link merged down in D
  07  ДОП: a mix — «на 01.01.2024 / план / факт / отклонение», «план / факт / % выполнения», fact only,
      one plan without a fact

Only the 2024 fact is expected. Deterministic: fixed data; random.Random seeds only for plans,
2023 figures and link ids. Writes typed/*.xlsx, expected.json, cells.json next to this file.
"""
import json
import pathlib
import random
import re
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

# --------------------------------------------------------------------------- catalogue
CAT = {}
with open(CRITERIA_TSV, encoding="utf-8") as fh:
    head = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        if not line.strip():
            continue
        row = dict(zip(head, line.rstrip("\n").split("\t")))
        CAT[row["id"]] = row


def norm(s):
    s = s.lower().replace("ё", "е")
    s = re.sub(r"[«»\"'().,:;–—\-/%]", " ", s)
    return " ".join(s.split())


CAT_WORDINGS = set()
for r in CAT.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r.get(k):
            CAT_WORDINGS.add(norm(r[k]))


def half_up(x, nd=2):
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def pct(a, b):
    return half_up(a / b * 100) if b else 0.0


# --------------------------------------------------------------------------- figures
GROUPS = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
          "mentees_career", "mentees_other_params"]
PP_FORMS = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil",
            "pp_student_pupil", "pp_student_student", "pp_other"]


def derive(b):
    """Complete one organisation's figures from its base counts."""
    v = dict(b)
    for g in GROUPS:
        v.setdefault(g, 0)
    for p in PP_FORMS:
        v.setdefault(p, 0)
    v["mentees_10_19"] = sum(v[g] for g in GROUPS)
    v["pp_total"] = sum(v[p] for p in PP_FORMS)
    v["mentors_total"] = (v["teachers_mentors"] + v["mentors_15_19"] + v["external_edu_mentors"]
                          + v["enterprise_mentors"] + v["other_org_mentors"])
    v["mentees_total"] = v["mentees_10_19"] + v["young_specialists_mentees"] + v["teachers_other_mentees"]
    teachers = v["teachers_other"] + v["young_specialists"]
    v["share_mentees_10_19"] = pct(v["mentees_10_19"], v["students_10_19"])
    v["share_mentors_15_19"] = pct(v["mentors_15_19"], v["students_15_19"])
    v["share_young_specialists_mentees"] = pct(v["young_specialists_mentees"], v["young_specialists"])
    v["share_teachers_mentees"] = pct(v["young_specialists_mentees"] + v["teachers_other_mentees"], teachers)
    v["share_teachers_mentors"] = pct(v["teachers_mentors"], teachers)
    v["share_young_specialists_mentors"] = pct(v["young_specialists_mentors"], v["young_specialists"])
    v["partner_list"] = "; ".join(v["partners"])
    del v["partners"]
    return v


BASE = {
    "01": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=2,
        agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
        partners=["МБОУ «Вожойская СОШ № 11»", "ГБПОУ УР «Вожойский аграрно-технический техникум»",
                  "ООО «Вожойский хлебозавод»", "МБУК «Вожойская районная библиотека»",
                  "УдГУ (Удмуртский государственный университет)"],
        external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=1,
        students_10_19=468, students_15_19=112,
        mentees_risk=9, mentees_gifted=12, mentees_disabled=7, mentees_low_motivation=18,
        mentees_career=21, mentees_other_params=24,
        mentors_15_19=11, young_specialists=7, young_specialists_mentees=7, teachers_other=45,
        teachers_other_mentees=6, teachers_mentors=13, young_specialists_mentors=1,
        pp_pupil_pupil=4, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=5, pp_other=1,
        satisfaction_mentees=91.5, satisfaction_mentors=94, teachers_in_pp=15, kpk_trained=6,
        school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1),
    "02": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=2,
        agreements_edu_orgs=3, agreements_enterprises=2, agreements_other_orgs=1,
        partners=["ФГБОУ ВО «УдГУ»", "ГБПОУ УР «Вожойский педагогический колледж»",
                  "МБОУ «Вожойский лицей»", "АО «Вожойнефть»", "ООО «ТехноСервис»",
                  "Вожойское районное отделение РДДМ «Движение первых»"],
        external_edu_mentors=3, enterprise_mentors=2, other_org_mentors=1,
        students_10_19=612, students_15_19=188,
        mentees_risk=6, mentees_gifted=34, mentees_disabled=5, mentees_low_motivation=11,
        mentees_career=29, mentees_other_params=18,
        mentors_15_19=24, young_specialists=9, young_specialists_mentees=8, teachers_other=58,
        teachers_other_mentees=9, teachers_mentors=18, young_specialists_mentors=2,
        pp_pupil_pupil=6, pp_teacher_teacher=11, pp_head_teacher=3, pp_teacher_pupil=8,
        pp_student_pupil=2,
        satisfaction_mentees=88.4, satisfaction_mentors=92.7, teachers_in_pp=22, kpk_trained=9,
        school_methodical_associations=2, pay_acts=1, nonmaterial_acts=1),
    "03": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=0,
        partners=["ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»", "ФГБОУ ВО «УдГУ»", "АО «Вожойнефть»"],
        external_edu_mentors=4, enterprise_mentors=1, other_org_mentors=0,
        students_10_19=540, students_15_19=205,
        mentees_risk=2, mentees_gifted=46, mentees_disabled=3, mentees_low_motivation=5,
        mentees_career=38, mentees_other_params=20,
        mentors_15_19=31, young_specialists=5, young_specialists_mentees=5, teachers_other=49,
        teachers_other_mentees=7, teachers_mentors=15, young_specialists_mentors=0,
        pp_pupil_pupil=9, pp_teacher_teacher=7, pp_head_teacher=2, pp_teacher_pupil=10,
        pp_student_pupil=3, pp_other=1,
        satisfaction_mentees=90, satisfaction_mentors=95, teachers_in_pp=14, kpk_trained=7,
        school_methodical_associations=1, pay_acts=1, nonmaterial_acts=0,
        kpk_courses="«Наставничество в образовательной организации: технологии и практики» (ИРО УР, 36 ч.); "
                    "«Организация наставничества обучающихся» (Академия Минпросвещения, 72 ч.)"),
    "04": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        partners=["МКОУ «Пычасская ООШ»", "СПК «Колхоз имени Калинина»"],
        external_edu_mentors=1, enterprise_mentors=1, other_org_mentors=0,
        students_10_19=186, students_15_19=41,
        mentees_risk=5, mentees_gifted=3, mentees_disabled=4, mentees_low_motivation=9,
        mentees_career=6, mentees_other_params=2,
        mentors_15_19=6, young_specialists=3, young_specialists_mentees=3, teachers_other=21,
        teachers_other_mentees=2, teachers_mentors=6, young_specialists_mentors=0,
        pp_pupil_pupil=3, pp_teacher_teacher=4, pp_head_teacher=1, pp_teacher_pupil=2,
        satisfaction_mentees=86, satisfaction_mentors=90, teachers_in_pp=7, kpk_trained=2,
        school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1),
    "05": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
        partners=["МБОУ «Кыквинская СОШ»"],
        external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=0,
        students_10_19=64, students_15_19=9,
        mentees_risk=3, mentees_gifted=1, mentees_disabled=2, mentees_low_motivation=4,
        mentees_career=2, mentees_other_params=0,
        mentors_15_19=2, young_specialists=1, young_specialists_mentees=1, teachers_other=12,
        teachers_other_mentees=1, teachers_mentors=3, young_specialists_mentors=0,
        pp_pupil_pupil=2, pp_teacher_teacher=2, pp_teacher_pupil=1,
        satisfaction_mentees=95, satisfaction_mentors=100, teachers_in_pp=3, kpk_trained=1,
        school_methodical_associations=0, pay_acts=0, nonmaterial_acts=1),
    "06": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=3,
        agreements_edu_orgs=1, agreements_enterprises=2, agreements_other_orgs=2,
        partners=["МБОУ «Вожойская СОШ № 2»", "ООО «Вожойский хлебозавод»", "АО «Вожойнефть»",
                  "МБУ «Молодёжный центр «Ровесник»", "ОГИБДД ОМВД России «Вожойский»"],
        external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=2,
        students_10_19=702, students_15_19=151,
        mentees_risk=14, mentees_gifted=9, mentees_disabled=11, mentees_low_motivation=27,
        mentees_career=19, mentees_other_params=30,
        mentors_15_19=15, young_specialists=11, young_specialists_mentees=10, teachers_other=63,
        teachers_other_mentees=8, teachers_mentors=21, young_specialists_mentors=2,
        pp_pupil_pupil=7, pp_teacher_teacher=13, pp_head_teacher=2, pp_teacher_pupil=6, pp_other=2,
        satisfaction_mentees=87.6, satisfaction_mentors=90.2, teachers_in_pp=23, kpk_trained=8,
        school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1),
    "07": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=2,
        partners=["АО «Вожойнефть»", "МБУК «Вожойский районный Дом культуры»",
                  "МБУ «Молодёжный центр «Ровесник»"],
        external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=2,
        students_10_19=845, students_15_19=210,
        mentees_risk=4, mentees_gifted=21, mentees_disabled=6, mentees_other_params=15,
        mentors_15_19=12, young_specialists=4, young_specialists_mentees=4, teachers_other=31,
        teachers_other_mentees=3, teachers_mentors=9, young_specialists_mentors=0,
        pp_pupil_pupil=5, pp_teacher_teacher=6, pp_head_teacher=1, pp_teacher_pupil=4,
        satisfaction_mentees=93, satisfaction_mentors=96, teachers_in_pp=9, kpk_trained=3,
        school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1),
}

FACT = {k: derive(b) for k, b in BASE.items()}

POP = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
         "internal_monitoring_notes", "pay_acts", "nonmaterial_acts"}  # typed as yes/no in some forms
SHARES = {c for c in CAT if CAT[c]["unit"] in ("share", "level")}


def figures_2023(key, seed):
    """Last year's figures of one organisation: smaller programmes, similar populations."""
    rng = random.Random(seed)
    b = dict(BASE[key])
    out = {}
    for k, v in b.items():
        if k == "partners":
            out[k] = v[:max(1, len(v) - rng.choice([1, 1, 2]))]
        elif k == "kpk_courses":
            out[k] = v.split("; ")[0]
        elif k.startswith("satisfaction"):
            out[k] = min(100, round(v - rng.choice([-2, 1.5, 3, 4.5, 6]), 1))
        elif k in POP:
            out[k] = v + rng.randint(-max(1, v // 12), max(1, v // 12))
        elif k in ("orgs_regulation_teachers", "orgs_regulation_students"):
            out[k] = 1
        elif k in ("orgs_monitoring_order", "internal_monitoring_notes", "pay_acts", "nonmaterial_acts"):
            out[k] = v if rng.random() < 0.7 else 0
        elif isinstance(v, int):
            out[k] = max(0, round(v * rng.uniform(0.55, 0.95))) if v > 1 else (v if rng.random() < 0.6 else 0)
        else:
            out[k] = v
    out["young_specialists_mentees"] = min(out["young_specialists_mentees"], out["young_specialists"])
    out["young_specialists_mentors"] = min(out["young_specialists_mentors"], out["young_specialists"])
    out["agreements_edu_orgs"] = min(out["agreements_edu_orgs"], len(out["partners"]))
    # 2023 values that must differ from 2024 where both are counts of activity
    v = derive(out)
    for k in ("mentors_total", "mentees_total", "mentees_10_19", "pp_total"):
        if v[k] == FACT[key][k]:
            raise SystemExit(f"2023 equals 2024 for {key} {k}")
    return v


def plan_2024(key, seed):
    """The plan typed in January 2024: round numbers near the fact, sometimes above it."""
    rng = random.Random(seed)
    f = FACT[key]
    p = {}
    for c, v in f.items():
        if c in YESNO or CAT.get(c, {}).get("unit") == "yesno":
            p[c] = 1
        elif c == "partner_list" or c == "kpk_courses":
            p[c] = None
        elif c in ("share_mentees_10_19", "share_mentors_15_19", "share_teachers_mentees",
                   "share_teachers_mentors"):
            p[c] = float(max(5, 5 * round((v + rng.choice([-4, -3, 2, 4, 6])) / 5)))
        elif c in ("share_young_specialists_mentees",):
            p[c] = 100.0 if v >= 85 else 70.0
        elif c == "share_young_specialists_mentors":
            p[c] = float(rng.choice([0, 10, 15, 20])) if v else 0.0
        elif c.startswith("satisfaction"):
            p[c] = float(rng.choice([80, 85, 90]))
        elif c in POP:
            p[c] = v + rng.choice([-6, -3, 2, 4]) if v > 50 else v + rng.choice([-1, 1])
        elif isinstance(v, int):
            if v == 0:
                p[c] = rng.choice([0, 1])
            elif v <= 3:
                p[c] = max(1, v + rng.choice([-1, 0, 0, 1]))
            elif v > 60:
                p[c] = int(10 * round((v + rng.choice([-12, -7, 6, 11])) / 10))
            else:
                p[c] = max(1, v + rng.choice([-3, -2, -1, 0, 1, 2]))
        else:
            p[c] = v
    return p


PLAN = {k: plan_2024(k, 9800 + i) for i, k in enumerate(sorted(FACT))}
Y2023 = {k: figures_2023(k, 9830 + i) for i, k in enumerate(sorted(FACT))}

# --------------------------------------------------------------------------- links
_LRNG = random.Random(98)


def _tok(n, alphabet="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(_LRNG.choice(alphabet) for _ in range(n))


DOC_OF = {
    "orgs_regulation_teachers": "pol_ped", "orgs_regulation_students": "pol_uch",
    "orgs_monitoring_order": "mon", "internal_monitoring_notes": "spravka", "curators_total": "kurator",
    "agreements_edu_orgs": "sogl", "agreements_enterprises": "sogl", "agreements_other_orgs": "sogl",
    "partner_list": "sogl", "external_edu_mentors": "baza", "enterprise_mentors": "baza",
    "other_org_mentors": "baza", "mentors_total": "baza", "mentees_total": "baza_n",
    "mentees_10_19": "baza_n", "mentees_risk": "baza_n", "mentees_gifted": "baza_n",
    "mentees_disabled": "baza_n", "mentees_low_motivation": "baza_n", "mentees_career": "baza_n",
    "mentees_other_params": "baza_n", "mentors_15_19": "baza", "teachers_mentors": "baza",
    "young_specialists_mentors": "baza", "young_specialists_mentees": "baza_n",
    "teachers_other_mentees": "baza_n", "pp_total": "ppn", "pp_pupil_pupil": "ppn",
    "pp_teacher_teacher": "ppn", "pp_head_teacher": "ppn", "pp_teacher_pupil": "ppn",
    "pp_student_pupil": "ppn", "pp_other": "ppn", "teachers_in_pp": "ppn",
    "satisfaction_mentees": "anketa", "satisfaction_mentors": "anketa", "kpk_trained": "kpk",
    "school_methodical_associations": "shmo", "pay_acts": "pay", "nonmaterial_acts": "nonmat",
    "students_10_19": "oo1", "students_15_19": "oo1", "young_specialists": "kadry",
    "teachers_other": "kadry",
}
SITES = {"01": "vozhoj-sosh2.gosuslugi.ru", "02": "gimnaziya-vozhoj.gosuslugi.ru",
         "03": "licey-vozhoj.gosuslugi.ru", "04": "kykva-sosh.gosuslugi.ru",
         "05": "pychas-oosh.gosuslugi.ru", "06": "sosh11-vozhoj.gosuslugi.ru",
         "07": "ddt-vozhoj.gosuslugi.ru"}


def make_urls(key, year):
    site = SITES[key]
    urls = {}
    n = 40 + int(key) * 7 + (0 if year == 2024 else 200)
    for i, d in enumerate(["pol_ped", "pol_uch", "mon", "spravka", "kurator", "sogl", "baza", "baza_n",
                           "ppn", "anketa", "kpk", "shmo", "pay", "nonmat", "oo1", "kadry"]):
        kind = (i + int(key)) % 3
        if d in ("pol_ped", "pol_uch", "pay", "nonmat", "mon", "kurator"):
            kind = 0
        if kind == 0:
            urls[d] = f"https://{site}/ofitsialno/dokumenty/dokumenty-all-{n + i}_{100 + n * 3 + i}.html"
        elif kind == 1:
            urls[d] = f"https://disk.yandex.ru/d/{_tok(14)}"
        else:
            urls[d] = f"https://cloud.mail.ru/public/{_tok(4)}/{_tok(9)}"
    return urls


URLS = {k: make_urls(k, 2024) for k in sorted(FACT)}
URLS_2023 = {k: make_urls(k, 2023) for k in sorted(FACT)}
# regulations adopted in 2021 keep their 2021 address in both years
for k in URLS:
    for d in ("pol_ped", "pol_uch"):
        URLS_2023[k][d] = URLS[k][d]


# --------------------------------------------------------------------------- display
def fmt_num(x, dec=2):
    if isinstance(x, int) or float(x).is_integer():
        return str(int(x))
    s = f"{x:.{dec}f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def signed(x, unit=""):
    if x == 0:
        return "0"
    return ("+" if x > 0 else "-") + fmt_num(abs(half_up(x))) + unit


# --------------------------------------------------------------------------- forms
# Each form: list of items
#   ("h", text)                                    heading row
#   ("c", crit, title, unit, mode[, opts])         criterion block
#   ("n", title, unit, mode, {kind: value, ...})   not-criterion block with values
#   ("t", text)                                    plain text row (notes, signatures)
# modes: letters of the sub-rows in order:
#   P plan, F fact, D deviation, X % выполнения, S start of year (на 01.01.2024),
#   T target (Р-145), A achieved, 4 year 2024, 3 year 2023, p plan with an empty fact after it

FORMS = {}

FORMS["01"] = dict(
    file="typed/01_Вожойская_СОШ2_план-факт_2024.xlsx", sheet="План-факт 2024",
    org="МБОУ «Вожойская СОШ № 2»",
    title=["Управление образования Администрации муниципального образования «Муниципальный округ Вожойский район "
           "Удмуртской Республики»",
           "Отчёт о выполнении плановых показателей реализации целевой модели наставничества за 2024 год",
           "Образовательная организация: МБОУ «Вожойская СОШ № 2»",
           "Дата заполнения: 17.01.2025"],
    header=["№ п/п", "Показатель / период", "Ед. изм.", "Значение", "Ссылка на подтверждающий документ"],
    cols=dict(num="A", title="B", unit="C", label="B", value="D", link="E"),
    labels=dict(P="план на 2024", F="факт на 31.12.2024", D="отклонение (+/-)"),
    link_on="F", yesno="да/нет", share="num", label_indent=True,
    items=[
        ("h", "1. Нормативно-правовое обеспечение"),
        ("c", "orgs_regulation_teachers", "Положение о системе наставничества педработников (утв. приказом)", "да/нет", "PFD"),
        ("c", "orgs_regulation_students", "Положение о наставничестве обучающихся (утв. приказом)", "да/нет", "PFD"),
        ("c", "orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе", "да/нет", "PFD"),
        ("c", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга ЦМН", "да/нет", "PFD"),
        ("c", "pay_acts", "Локальный акт о доплате наставникам", "да/нет", "PFD"),
        ("c", "nonmaterial_acts", "Локальный акт о нематериальном поощрении наставников", "да/нет", "F"),
        ("h", "2. Организация процесса"),
        ("c", "curators_total", "Кураторы внедрения ЦМН в ОО", "чел.", "PFD"),
        ("c", "mentors_total", "Наставники ОО всего (по приказу)", "чел.", "PFD"),
        ("c", "mentees_total", "Наставляемые ОО всего (по приказу)", "чел.", "PFD"),
        ("n", "Наставнических пар / групп", "ед.", "PFD", {"P": 80, "F": 86}),
        ("c", "agreements_edu_orgs", "Соглашения с другими ОО (наставники от них)", "ед.", "PFD"),
        ("c", "agreements_enterprises", "Соглашения с предприятиями о наставниках", "ед.", "PFD"),
        ("c", "agreements_other_orgs", "Соглашения с иными организациями (культура, спорт, НКО)", "ед.", "PFD"),
        ("c", "partner_list", "Партнёры школы по наставничеству (перечислить)", "наим.", "F"),
        ("h", "3. Персонализированные программы наставничества (ППН)"),
        ("c", "pp_total", "ППН всего по всем формам", "ед.", "PFD"),
        ("c", "pp_pupil_pupil", "в т.ч. форма «ученик – ученик»", "ед.", "PFD"),
        ("c", "pp_teacher_teacher", "в т.ч. «учитель – учитель»", "ед.", "PFD"),
        ("c", "pp_head_teacher", "в т.ч. «руководитель – педагог»", "ед.", "PFD"),
        ("c", "pp_teacher_pupil", "в т.ч. «учитель – ученик»", "ед.", "PFD"),
        ("c", "pp_other", "в т.ч. иная форма («родитель – ученик»)", "ед.", "PFD"),
        ("h", "4. Наставники из внешних организаций"),
        ("c", "external_edu_mentors", "Наставники из других образовательных организаций", "чел.", "PFD"),
        ("c", "enterprise_mentors", "Наставники — сотрудники предприятий", "чел.", "PFD"),
        ("c", "other_org_mentors", "Наставники из иных организаций (МБУК, спорт)", "чел.", "PFD"),
        ("h", "5. Обучающиеся 10–19 лет — наставляемые"),
        ("c", "students_10_19", "Численность обучающихся 10–19 лет", "чел.", "F"),
        ("c", "mentees_10_19", "Обучающиеся 10–19 лет в роли наставляемых", "чел.", "PFD"),
        ("c", "mentees_risk", "из них «группа риска»", "чел.", "PFD"),
        ("c", "mentees_gifted", "из них одарённые (в реестре)", "чел.", "PFD"),
        ("c", "mentees_disabled", "из них дети с ОВЗ и дети-инвалиды", "чел.", "PFD"),
        ("c", "mentees_low_motivation", "из них низкая мотивация / неуспевающие", "чел.", "PFD"),
        ("c", "mentees_career", "из них с проблемами выбора профессии", "чел.", "PFD"),
        ("c", "mentees_other_params", "из них по иным основаниям", "чел.", "PFD"),
        ("c", "share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", "%", "PFD"),
        ("h", "6. Обучающиеся 15–19 лет — наставники"),
        ("c", "students_15_19", "Численность обучающихся 15–19 лет", "чел.", "F"),
        ("c", "mentors_15_19", "Обучающиеся 15–19 лет — наставники (по приказу)", "чел.", "PFD"),
        ("c", "share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставника", "%", "PFD"),
        ("h", "7. Удовлетворённость"),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых (по анкетам)", "%", "PFD"),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников (по анкетам)", "%", "PFD"),
        ("h", "8–10. Педагоги"),
        ("c", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "чел.", "F"),
        ("c", "young_specialists_mentees", "МС — наставляемые", "чел.", "PFD"),
        ("c", "teachers_other", "Педагоги без учёта МС, всего", "чел.", "F"),
        ("c", "teachers_other_mentees", "Педагоги (кроме МС) — наставляемые", "чел.", "PFD"),
        ("c", "share_teachers_mentees", "Доля педагогов-наставляемых (МС + остальные)", "%", "PFD"),
        ("c", "teachers_mentors", "Педагоги — наставники", "чел.", "PFD"),
        ("c", "teachers_in_pp", "Педагоги, занятые в ППН", "чел.", "PFD"),
        ("c", "kpk_trained", "Прошли КПК по наставничеству в 2024 г.", "чел.", "PFD"),
        ("c", "school_methodical_associations", "ШМО наставников", "ед.", "PFD"),
        ("t", "Директор ______________ / Н.А. Перевощикова /"),
        ("t", "Исп. зам. директора по УВР Л.Г. Бабинцева, тел. 8 (34163) 4-12-07"),
    ])

FORMS["02"] = dict(
    file="typed/02_Гимназия_ЦМН_выполнение_плана_2024.xlsx", sheet="Выполнение",
    org="МАОУ «Вожойская гимназия»",
    title=["Выполнение показателей ЦМН за 2024 год",
           "МАОУ «Вожойская гимназия»"],
    header=["Показатель", "Значение", "Подтверждение (ссылка)", "Примечание"],
    cols=dict(num=None, title="A", unit=None, label="A", value="B", link="C", note="D"),
    labels=dict(P="   план", F="   факт", X="   % выполнения"),
    link_on="head", yesno="1/0", share="text", label_indent=False,
    items=[
        ("h", "Нормативная база"),
        ("c", "orgs_regulation_teachers", "Положение о наставничестве педагогов (1 — есть, 0 — нет)", None, "PFX"),
        ("c", "orgs_regulation_students", "Положение о наставничестве обучающихся (1 — есть, 0 — нет)", None, "PFX"),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге ЦМН (1/0)", None, "PFX"),
        ("c", "internal_monitoring_notes", "Аналитическая справка по внутреннему мониторингу (1/0)", None, "PFX"),
        ("c", "pay_acts", "Положение об оплате труда наставников (1/0)", None, "F"),
        ("c", "nonmaterial_acts", "Положение о нематериальном стимулировании наставников (1/0)", None, "F"),
        ("h", "Наставники и наставляемые"),
        ("c", "curators_total", "Куратор(ы) ЦМН, чел.", None, "PFX"),
        ("c", "mentors_total", "Всего наставников по приказу, чел.", None, "PFX"),
        ("c", "teachers_mentors", "из них педагоги гимназии, чел.", None, "PFX"),
        ("c", "young_specialists_mentors", "из них молодые специалисты, чел.", None, "PFX"),
        ("c", "mentors_15_19", "из них гимназисты 15–19 лет, чел.", None, "PFX"),
        ("c", "external_edu_mentors", "из них из вузов, колледжей, других школ, чел.", None, "PFX"),
        ("c", "enterprise_mentors", "из них от предприятий, чел.", None, "PFX"),
        ("c", "other_org_mentors", "из них от иных организаций, чел.", None, "PFX"),
        ("c", "mentees_total", "Всего наставляемых по приказу, чел.", None, "PFX"),
        ("n", "Кол-во наставнических пар (групп)", None, "PFX", {"P": 90, "F": 97, "X": "107,8 %"}),
        ("c", "students_10_19", "Обучающихся 10–19 лет всего (по ОО-1)", None, "F"),
        ("c", "mentees_10_19", "Обучающихся 10–19 лет — наставляемых, чел.", None, "PFX"),
        ("c", "share_mentees_10_19", "Охват наставляемых 10–19 лет, %", None, "PFX"),
        ("c", "students_15_19", "Обучающихся 15–19 лет всего (по ОО-1)", None, "F"),
        ("c", "share_mentors_15_19", "Охват 15–19 лет в роли наставника, %", None, "PFX"),
        ("n", "Охват наставничеством (наставники + наставляемые), чел.", None, "F", {"F": 167}),
        ("h", "Сотрудничество"),
        ("c", "agreements_edu_orgs", "Договоры с вузами, колледжами, школами", None, "PFX"),
        ("c", "agreements_enterprises", "Договоры с предприятиями", None, "PFX"),
        ("c", "agreements_other_orgs", "Договоры с общественными и иными организациями", None, "PFX"),
        ("c", "partner_list", "Наши партнёры", None, "F"),
        ("h", "ППН"),
        ("c", "pp_total", "Персонализированных программ всего, ед.", None, "PFX"),
        ("c", "pp_pupil_pupil", "«ученик – ученик», ед.", None, "PFX"),
        ("c", "pp_teacher_teacher", "«учитель – учитель», ед.", None, "PFX"),
        ("c", "pp_head_teacher", "«руководитель – педагог», ед.", None, "PFX"),
        ("c", "pp_teacher_pupil", "«учитель – ученик», ед.", None, "PFX"),
        ("c", "pp_student_pupil", "«студент – ученик» (студенты УдГУ), ед.", None, "PFX"),
        ("h", "Педагоги"),
        ("c", "young_specialists", "Молодых педагогов (стаж до 3 лет, до 35 лет) всего", None, "F"),
        ("c", "young_specialists_mentees", "Молодые педагоги с наставником, чел.", None, "PFX"),
        ("c", "share_young_specialists_mentees", "Охват молодых педагогов наставничеством, %", None, "PFX"),
        ("c", "teachers_other_mentees", "Прочие педагоги (не МС) с наставником, чел.", None, "PFX"),
        ("c", "share_teachers_mentors", "Доля педагогов-наставников от всех педагогов, %", None, "PFX"),
        ("c", "share_young_specialists_mentors", "Доля МС, ставших наставниками, %", None, "PFX"),
        ("c", "kpk_trained", "КПК по наставничеству (прошли за год), чел.", None, "PFX"),
        ("c", "school_methodical_associations", "Методобъединения наставников в гимназии, ед.", None, "PFX"),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых, %", None, "PFX"),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников, %", None, "PFX"),
        ("t", "Директор гимназии                         А.В. Шутова"),
    ])

TARGETS_03 = {
    "share_mentees_10_19": "не менее 70 %", "share_mentors_15_19": "не менее 10 %",
    "share_young_specialists_mentees": "не менее 70 %", "share_teachers_mentees": "не менее 30 %",
    "share_teachers_mentors": "не менее 25 %", "satisfaction_mentees": "не ниже 80 %",
    "satisfaction_mentors": "не ниже 80 %", "orgs_regulation_teachers": "наличие",
    "orgs_regulation_students": "наличие", "orgs_monitoring_order": "наличие",
    "internal_monitoring_notes": "наличие", "pay_acts": "наличие", "nonmaterial_acts": "наличие",
    "curators_total": "не менее 1", "kpk_trained": "не менее 5", "school_methodical_associations": "1",
    "agreements_edu_orgs": "не менее 1", "agreements_enterprises": "не менее 1",
    "mentors_total": "по числу пар", "pp_total": "не менее 20",
}

FORMS["03"] = dict(
    file="typed/03_Лицей_целевые_показатели_Р-145_2024.xlsx", sheet="Лист1",
    org="МБОУ «Вожойский лицей»",
    title=["Достижение целевых показателей целевой модели наставничества",
           "(методические рекомендации, распоряжение Минпросвещения России от 25.12.2019 № Р-145)",
           "Организация: МБОУ «Вожойский лицей»          Период: 2024 год"],
    header=["№", "Показатель", "Значение", "Документ"],
    cols=dict(num="A", title="B", unit=None, label="B", value="C", link="D"),
    labels=dict(T="целевой показатель (Р-145)", A="достигнуто"),
    link_on="A", link_text="ссылка", yesno="имеется/отсутствует", share="num_pct_title", label_indent=True,
    items=[
        ("h", "I. Условия реализации"),
        ("c", "orgs_regulation_teachers", "Положение о системе наставничества педагогических работников лицея", None, "TA"),
        ("c", "orgs_regulation_students", "Положение о наставничестве обучающихся лицея", None, "TA"),
        ("c", "orgs_monitoring_order", "Приказ «О мониторинге реализации ЦМН в 2024 году»", None, "TA"),
        ("c", "internal_monitoring_notes", "Справка о результатах внутреннего мониторинга", None, "TA"),
        ("c", "curators_total", "Куратор внедрения ЦМН (кол-во)", None, "TA"),
        ("c", "pay_acts", "Положение о доплатах за наставничество", None, "TA"),
        ("c", "nonmaterial_acts", "Положение о нематериальных формах поощрения наставников", None, "TA"),
        ("h", "II. Участники"),
        ("c", "mentors_total", "База наставников лицея (приказ), чел.", None, "TA"),
        ("c", "mentees_total", "База наставляемых лицея (приказ), чел.", None, "A"),
        ("c", "external_edu_mentors", "Наставники — преподаватели вузов, чел.", None, "A"),
        ("c", "enterprise_mentors", "Наставники — специалисты предприятий, чел.", None, "A"),
        ("c", "agreements_edu_orgs", "Соглашения с вузами (ИжГТУ, УдГУ)", None, "TA"),
        ("c", "agreements_enterprises", "Соглашения с предприятиями", None, "TA"),
        ("c", "partner_list", "Организации-партнёры", None, "A"),
        ("c", "mentees_10_19", "Лицеисты 10–19 лет — наставляемые, чел.", None, "A"),
        ("c", "mentees_gifted", "в т.ч. одарённые (региональный реестр)", None, "A"),
        ("c", "mentees_career", "в т.ч. с запросом на профориентацию", None, "A"),
        ("c", "mentees_other_params", "в т.ч. иные запросы (адаптация 5-х, 10-х классов)", None, "A"),
        ("c", "share_mentees_10_19", "Доля обучающихся 10–19 лет — наставляемых (%)", None, "TA"),
        ("c", "mentors_15_19", "Лицеисты 15–19 лет — наставники, чел.", None, "A"),
        ("c", "share_mentors_15_19", "Доля обучающихся 15–19 лет — наставников (%)", None, "TA"),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых (%)", None, "TA"),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников (%)", None, "TA"),
        ("n", "Количество совместных проектов с предприятиями-партнёрами", None, "TA", {"T": "не менее 2", "A": 3}),
        ("h", "III. Педагоги"),
        ("c", "share_young_specialists_mentees", "Доля молодых специалистов (стаж 0–3 года) с наставником (%)", None, "TA"),
        ("c", "share_teachers_mentees", "Доля педагогов — наставляемых (%)", None, "TA"),
        ("c", "share_teachers_mentors", "Доля педагогов-наставников (%)", None, "TA"),
        ("c", "pp_total", "Персонализированные программы (все формы), ед.", None, "TA"),
        ("c", "teachers_in_pp", "Педагоги в ППН, чел.", None, "A"),
        ("c", "kpk_trained", "Повышение квалификации по наставничеству в 2024 г., чел.", None, "TA"),
        ("c", "kpk_courses", "Курсы (названия)", None, "A"),
        ("c", "school_methodical_associations", "МО наставников лицея", None, "TA"),
        ("t", "* целевые значения приведены по методическим рекомендациям Р-145 и региональной дорожной карте"),
        ("t", "Ответственный: Корепанова О.С., куратор ЦМН"),
    ])

FORMS["04"] = dict(
    file="typed/04_Кыквинская_СОШ_2024_к_2023.xlsx", sheet="Мониторинг",
    org="МБОУ «Кыквинская СОШ»",
    title=["Мониторинг реализации целевой модели наставничества",
           "МБОУ «Кыквинская СОШ» Вожойского района",
           "отчётный период: 2024 год (для сравнения — 2023 год)"],
    header=["№", "Критерий", "Значение", "Ссылка"],
    cols=dict(num="A", title="B", unit=None, label="B", value="C", link="D"),
    labels={"4": "2024 г.", "3": "2023 г."},
    link_on="43", yesno="да/нет", share="frac", label_indent=True,
    items=[
        ("h", "Нормативное обеспечение"),
        ("c", "orgs_regulation_teachers", "Положение о наставничестве педагогических работников", None, "43"),
        ("c", "orgs_regulation_students", "Положение о наставничестве учащихся", None, "43"),
        ("c", "orgs_monitoring_order", "Приказ о внутреннем мониторинге", None, "43"),
        ("c", "internal_monitoring_notes", "Справка по результатам мониторинга", None, "43"),
        ("h", "Организация процесса"),
        ("c", "curators_total", "Кол-во кураторов ЦМН", None, "43"),
        ("c", "mentors_total", "Кол-во наставников (приказ о закреплении)", None, "43"),
        ("c", "mentees_total", "Кол-во наставляемых (приказ о закреплении)", None, "43"),
        ("n", "Наставнические пары", None, "43", {"4": 27, "3": 19}),
        ("c", "agreements_edu_orgs", "Соглашения с ОО района", None, "43"),
        ("c", "agreements_enterprises", "Соглашения с предприятиями (СПК)", None, "4"),
        ("c", "partner_list", "С кем сотрудничаем", None, "43"),
        ("h", "ППН"),
        ("c", "pp_total", "Кол-во ППН всего", None, "43"),
        ("c", "pp_pupil_pupil", "ученик – ученик", None, "43"),
        ("c", "pp_teacher_teacher", "учитель – учитель", None, "43"),
        ("c", "pp_head_teacher", "руководитель – педагог", None, "43"),
        ("c", "pp_teacher_pupil", "учитель – ученик", None, "43"),
        ("h", "Внешние наставники"),
        ("c", "external_edu_mentors", "Наставники из другой школы", None, "43"),
        ("c", "enterprise_mentors", "Наставники из СПК", None, "4"),
        ("h", "Обучающиеся"),
        ("c", "students_10_19", "Учащихся 10–19 лет", None, "43"),
        ("c", "mentees_10_19", "Наставляемые 10–19 лет", None, "43"),
        ("c", "mentees_risk", "«группа риска»", None, "43"),
        ("c", "mentees_disabled", "ОВЗ / инвалиды", None, "43"),
        ("c", "mentees_low_motivation", "низкая мотивация", None, "43"),
        ("c", "share_mentees_10_19", "Доля наставляемых 10–19 лет", None, "43"),
        ("c", "students_15_19", "Учащихся 15–19 лет", None, "43"),
        ("c", "mentors_15_19", "Наставники-учащиеся 15–19 лет", None, "43"),
        ("c", "share_mentors_15_19", "Доля учащихся 15–19 лет — наставников", None, "43"),
        ("h", "Педагоги"),
        ("c", "young_specialists", "Молодых специалистов", None, "43"),
        ("c", "young_specialists_mentees", "Молодые специалисты — наставляемые", None, "43"),
        ("c", "share_young_specialists_mentees", "Доля МС — наставляемых", None, "43"),
        ("c", "teachers_other", "Других педагогов (не МС)", None, "43"),
        ("c", "teachers_other_mentees", "Другие педагоги — наставляемые", None, "43"),
        ("c", "teachers_mentors", "Педагоги-наставники", None, "43"),
        ("c", "kpk_trained", "КПК по наставничеству", None, "43"),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых", None, "43"),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников", None, "43"),
        ("c", "pay_acts", "Акт о материальном стимулировании наставников", None, "43"),
        ("t", "Директор школы: Лекомцева Т.Н."),
    ])

FORMS["05"] = dict(
    file="typed/05_Пычасская_ООШ_динамика_2023-2024.xlsx", sheet="Динамика",
    org="МКОУ «Пычасская ООШ»",
    title=["МКОУ «Пычасская ООШ»",
           "Динамика показателей наставничества, 2023–2024 гг."],
    header=["Показатель", "Значение", "Ссылка на документ"],
    cols=dict(num=None, title="A", unit=None, label="A", value="B", link="C"),
    labels={"3": "2023 г.", "4": "2024 г."},
    link_on="34", link_plain=True, yesno="да/нет", share="text1", label_indent=False,
    items=[
        ("h", "Документы"),
        ("c", "orgs_regulation_teachers", "Положение о наставничестве (педагоги)", None, "34"),
        ("c", "orgs_regulation_students", "Положение о наставничестве (обучающиеся)", None, "34"),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге ЦМН", None, "34"),
        ("c", "internal_monitoring_notes", "Информационная справка по мониторингу", None, "34"),
        ("c", "nonmaterial_acts", "Положение о моральном поощрении наставников", None, "34"),
        ("c", "pay_acts", "Положение о доплате наставникам", None, "34"),
        ("n", "Дорожная карта по внедрению ЦМН", None, "34", {"3": "да", "4": "да"}),
        ("h", "Участники"),
        ("c", "curators_total", "Куратор", None, "34"),
        ("c", "mentors_total", "Наставников всего", None, "34"),
        ("c", "mentees_total", "Наставляемых всего", None, "34"),
        ("c", "external_edu_mentors", "Наставник из Кыквинской СОШ", None, "4"),
        ("c", "agreements_edu_orgs", "Договор о сетевом взаимодействии (с другой школой)", None, "4"),
        ("c", "pp_total", "ППН", None, "34"),
        ("c", "pp_teacher_teacher", "из них учитель – учитель", None, "34"),
        ("c", "pp_pupil_pupil", "из них ученик – ученик", None, "34"),
        ("c", "pp_teacher_pupil", "из них учитель – ученик", None, "34"),
        ("h", "Дети"),
        ("c", "students_10_19", "Детей 10–19 лет", None, "34"),
        ("c", "mentees_10_19", "Детей 10–19 лет с наставником", None, "34"),
        ("c", "mentees_risk", "  в т.ч. группа риска", None, "34"),
        ("c", "mentees_disabled", "  в т.ч. ОВЗ", None, "34"),
        ("c", "mentees_low_motivation", "  в т.ч. неуспевающие", None, "34"),
        ("c", "share_mentees_10_19", "% охвата детей 10–19 лет", None, "34"),
        ("c", "students_15_19", "Детей 15–19 лет", None, "34"),
        ("c", "mentors_15_19", "Дети 15–19 лет — наставники", None, "34"),
        ("h", "Педагоги"),
        ("c", "young_specialists", "Молодой специалист", None, "34"),
        ("c", "young_specialists_mentees", "Молодой специалист с наставником", None, "34"),
        ("c", "teachers_other", "Педагогов, кроме молодых", None, "34"),
        ("c", "teachers_other_mentees", "Педагоги (не молодые) с наставником", None, "34"),
        ("c", "teachers_mentors", "Учителя-наставники", None, "34"),
        ("c", "kpk_trained", "Курсы по наставничеству", None, "4"),
        ("c", "satisfaction_mentees", "Довольны наставляемые, %", None, "34"),
        ("c", "satisfaction_mentors", "Довольны наставники, %", None, "34"),
        ("t", "Директор: Главатских В.П."),
    ])

FORMS["06"] = dict(
    file="typed/06_СОШ11_план_факт_откл.xlsx", sheet="ЦМН",
    org="МБОУ «Вожойская СОШ № 11»",
    title=["Отчёт по реализации целевой модели наставничества в 2024 году",
           "Учреждение: МБОУ «Вожойская СОШ № 11»"],
    header=["Показатель", "", "Значение", "Ссылка"],
    cols=dict(num=None, title="A", unit=None, label="B", value="C", link="D"),
    labels=dict(P="план", F="факт", D="откл."),
    link_on="merged", merged=True, yesno="да/нет", share="num", label_indent=False,
    items=[
        ("h", "Нормативная база"),
        ("c", "orgs_regulation_teachers", "Наличие положения о наставничестве педагогов", None, "PFD"),
        ("c", "orgs_regulation_students", "Наличие положения о наставничестве учащихся", None, "PFD"),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге наставничества", None, "PFD"),
        ("c", "internal_monitoring_notes", "Аналит. справка по внутр. мониторингу", None, "F"),
        ("c", "pay_acts", "Положение о стимулирующих выплатах наставникам", None, "PFD"),
        ("c", "nonmaterial_acts", "Положение о нематериальной мотивации наставников", None, "PFD"),
        ("h", "Участники программ наставничества"),
        ("c", "curators_total", "Кураторы ЦМН, чел.", None, "PFD"),
        ("c", "mentors_total", "Наставники (приказ), чел.", None, "PFD"),
        ("c", "mentees_total", "Наставляемые (приказ), чел.", None, "PFD"),
        ("n", "Пары «наставник – наставляемый», ед.", None, "PFD", {"P": 100, "F": 104}),
        ("c", "external_edu_mentors", "Наставники из др. ОО, чел.", None, "PFD"),
        ("c", "enterprise_mentors", "Наставники от предприятий, чел.", None, "PFD"),
        ("c", "other_org_mentors", "Наставники из МЦ «Ровесник», ГИБДД, чел.", None, "PFD"),
        ("c", "agreements_edu_orgs", "Соглашения с ОО, ед.", None, "PFD"),
        ("c", "agreements_enterprises", "Соглашения с предприятиями, ед.", None, "PFD"),
        ("c", "agreements_other_orgs", "Соглашения с иными орг., ед.", None, "PFD"),
        ("c", "partner_list", "Партнёры (наименования)", None, "F"),
        ("h", "ППН"),
        ("c", "pp_total", "ППН, всего", None, "PFD"),
        ("c", "pp_pupil_pupil", "ППН ученик – ученик", None, "PFD"),
        ("c", "pp_teacher_teacher", "ППН учитель – учитель", None, "PFD"),
        ("c", "pp_head_teacher", "ППН руководитель – педагог", None, "PFD"),
        ("c", "pp_teacher_pupil", "ППН учитель – ученик", None, "PFD"),
        ("c", "pp_other", "ППН иные (ученик – родитель, выпускник – ученик)", None, "PFD"),
        ("h", "Обучающиеся"),
        ("c", "students_10_19", "Обучающиеся 10–19 лет, всего", None, "F"),
        ("c", "mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", None, "PFD"),
        ("c", "mentees_risk", "— группа риска", None, "PFD"),
        ("c", "mentees_gifted", "— одарённые", None, "PFD"),
        ("c", "mentees_disabled", "— ОВЗ, инвалиды", None, "PFD"),
        ("c", "mentees_low_motivation", "— низкая мотивация, неуспеваемость", None, "PFD"),
        ("c", "mentees_career", "— выбор профессии", None, "PFD"),
        ("c", "mentees_other_params", "— другие основания", None, "PFD"),
        ("c", "share_mentees_10_19", "Доля наставляемых 10–19 лет, %", None, "PFD"),
        ("c", "students_15_19", "Обучающиеся 15–19 лет, всего", None, "F"),
        ("c", "mentors_15_19", "Обучающиеся 15–19 лет — наставники", None, "PFD"),
        ("c", "share_mentors_15_19", "Доля наставников 15–19 лет, %", None, "PFD"),
        ("h", "Педагоги"),
        ("c", "young_specialists_mentees", "Молодые специалисты — наставляемые", None, "PFD"),
        ("c", "share_young_specialists_mentees", "Доля МС — наставляемых, %", None, "PFD"),
        ("c", "teachers_mentors", "Учителя-наставники", None, "PFD"),
        ("c", "young_specialists_mentors", "МС-наставники", None, "PFD"),
        ("c", "share_teachers_mentors", "Доля учителей-наставников, %", None, "PFD"),
        ("c", "share_young_specialists_mentors", "Доля МС-наставников, %", None, "PFD"),
        ("c", "kpk_trained", "КПК по наставничеству, чел.", None, "PFD"),
        ("c", "satisfaction_mentees", "Удовлетв. наставляемых, %", None, "PFD"),
        ("c", "satisfaction_mentors", "Удовлетв. наставников, %", None, "PFD"),
        ("n", "Заседания «Школы молодого педагога»", None, "PFD", {"P": 8, "F": 9}),
        ("t", "Зам. директора по УВР ____________ И.Р. Ардашева"),
    ])

FORMS["07"] = dict(
    file="typed/07_ДДТ_ЦМН_2024_план_факт.xlsx", sheet="ДДТ 2024",
    org="МБУ ДО «Вожойский ДДТ»",
    title=["Муниципальное бюджетное учреждение дополнительного образования",
           "МБУ ДО «Вожойский ДДТ»",
           "Показатели реализации программ наставничества за 2024 год"],
    header=["№", "Показатель", "Значение", "Ссылка", "Примечание"],
    cols=dict(num="A", title="B", unit=None, label="B", value="C", link="D", note="E"),
    labels=dict(S="на 01.01.2024", P="план на 2024 год", F="факт на 31.12.2024", D="отклонение",
                X="% выполнения", p="план на 2024 год"),
    link_on="F", link_text="документ", yesno="да/нет", share="num", label_indent=True,
    items=[
        ("h", "1. Документы"),
        ("c", "orgs_regulation_teachers", "Положение о наставничестве педагогов ДО", None, "F"),
        ("c", "orgs_regulation_students", "Положение о наставничестве обучающихся объединений", None, "F"),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге ЦМН", None, "F"),
        ("c", "internal_monitoring_notes", "Справка по внутреннему мониторингу", None, "F"),
        ("c", "pay_acts", "Положение о доплатах наставникам", None, "F"),
        ("c", "nonmaterial_acts", "Положение о поощрении наставников (нематериальном)", None, "F"),
        ("h", "2. Участники"),
        ("c", "curators_total", "Куратор ЦМН, чел.", None, "F"),
        ("c", "mentors_total", "Наставники, чел.", None, "SPFD"),
        ("c", "mentees_total", "Наставляемые, чел.", None, "SPFD"),
        ("c", "enterprise_mentors", "Наставники от АО «Вожойнефть», чел.", None, "PFD"),
        ("c", "other_org_mentors", "Наставники от РДК и МЦ «Ровесник», чел.", None, "PFD"),
        ("c", "agreements_enterprises", "Договоры с предприятиями, ед.", None, "PFD"),
        ("c", "agreements_other_orgs", "Договоры с учреждениями культуры и молодёжной политики, ед.", None, "PFD"),
        ("c", "partner_list", "Партнёры ДДТ по наставничеству", None, "F"),
        ("h", "3. Программы"),
        ("c", "pp_total", "ППН всего, ед.", None, "PFX"),
        ("c", "pp_pupil_pupil", "«обучающийся – обучающийся», ед.", None, "PFX"),
        ("c", "pp_teacher_teacher", "«педагог – педагог», ед.", None, "PFX"),
        ("c", "pp_head_teacher", "«руководитель – педагог», ед.", None, "PFX"),
        ("c", "pp_teacher_pupil", "«педагог – обучающийся», ед.", None, "PFX"),
        ("h", "4. Обучающиеся"),
        ("c", "students_10_19", "Обучающиеся объединений 10–19 лет", None, "SF"),
        ("c", "mentees_10_19", "из них наставляемые", None, "SPFD"),
        ("c", "mentees_gifted", "  одарённые (победители, призёры)", None, "PFD"),
        ("c", "mentees_disabled", "  ОВЗ и инвалиды", None, "PFD"),
        ("c", "mentees_risk", "  группа риска (КДН, ВШУ)", None, "PFD"),
        ("c", "share_mentees_10_19", "Доля наставляемых 10–19 лет, %", None, "PFD"),
        ("c", "students_15_19", "Обучающиеся 15–19 лет", None, "F"),
        ("c", "mentors_15_19", "из них наставники", None, "PFD"),
        ("c", "share_mentors_15_19", "Доля наставников 15–19 лет, %", None, "PFD"),
        ("h", "5. Педагоги ДО"),
        ("c", "young_specialists_mentees", "Молодые педагоги ДО с наставником", None, "PFD"),
        ("c", "teachers_other_mentees", "Педагоги ДО (не МС) с наставником", None, "PFD"),
        ("c", "share_teachers_mentees", "Доля педагогов ДО — наставляемых, %", None, "PFD"),
        ("c", "teachers_mentors", "Педагоги ДО — наставники", None, "PFD"),
        ("c", "kpk_trained", "КПК по наставничеству", None, "p"),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых, %", None, "F"),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников, %", None, "F"),
        ("n", "Объединений (кружков) всего", None, "F", {"F": 48}),
        ("n", "Обучающихся по сертификатам ПФДО", None, "PFX", {"P": 1100, "F": 1126, "X": "102,4 %"}),
        ("t", "Директор МБУ ДО «Вожойский ДДТ»  ______  С.Г. Вострокнутова"),
    ])

# criteria in a form without a link although the form has one for similar rows
NO_LINK = {
    ("01", "pp_other"), ("01", "students_10_19"), ("01", "students_15_19"), ("01", "teachers_other"),
    ("01", "young_specialists"), ("01", "share_mentees_10_19"), ("01", "share_mentors_15_19"),
    ("01", "share_teachers_mentees"), ("01", "school_methodical_associations"),
    ("02", "share_mentees_10_19"), ("02", "share_mentors_15_19"), ("02", "share_young_specialists_mentees"),
    ("02", "share_teachers_mentors"), ("02", "share_young_specialists_mentors"), ("02", "young_specialists"),
    ("03", "share_mentees_10_19"), ("03", "share_mentors_15_19"), ("03", "share_young_specialists_mentees"),
    ("03", "share_teachers_mentees"), ("03", "share_teachers_mentors"), ("03", "nonmaterial_acts"),
    ("03", "kpk_courses"),
    ("04", "share_mentees_10_19"), ("04", "share_mentors_15_19"), ("04", "share_young_specialists_mentees"),
    ("04", "students_15_19"), ("04", "young_specialists"), ("04", "teachers_other"),
    ("05", "share_mentees_10_19"), ("05", "students_15_19"), ("05", "young_specialists"),
    ("05", "teachers_other"), ("05", "pay_acts"), ("05", "satisfaction_mentors"),
    ("06", "students_10_19"), ("06", "students_15_19"), ("06", "share_mentees_10_19"),
    ("06", "share_mentors_15_19"), ("06", "share_young_specialists_mentees"),
    ("06", "share_teachers_mentors"), ("06", "share_young_specialists_mentors"),
    ("07", "students_10_19"), ("07", "students_15_19"), ("07", "share_mentees_10_19"),
    ("07", "share_mentors_15_19"), ("07", "share_teachers_mentees"), ("07", "kpk_trained"),
}

NOTES_07 = {
    "kpk_trained": "данные уточняются (удостоверения не получены)",
    "mentors_total": "на начало года — по приказу № 112 от 01.09.2023",
    "students_10_19": "по ведомости комплектования",
}

# --------------------------------------------------------------------------- rendering
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")


def col_idx(letter):
    return ord(letter) - ord("A") + 1


def show_value(form, crit, v, kind):
    """(cell value, number_format) as the form types a value of this criterion."""
    unit = CAT[crit]["unit"] if crit in CAT else "count"
    if v is None:
        return None, "General"
    if crit in YESNO or unit == "yesno":
        style = form["yesno"]
        if style == "да/нет":
            return ("да" if v else "нет"), "General"
        if style == "1/0":
            return int(v), "0"
        if style == "имеется/отсутствует":
            return ("имеется" if v else "отсутствует"), "General"
    if unit in ("share", "level"):
        style = form["share"]
        if style == "num" or style == "num_pct_title":
            return v, "0.00" if not float(v).is_integer() else "0"
        if style == "text":
            return f"{fmt_num(v)} %", "General"
        if style == "text1":
            return f"{fmt_num(v)}%", "General"
        if style == "frac":
            return round(v / 100, 6), "0.00%"
    return v, "General"


def shown(v, fmtc):
    if v is None:
        return ""
    if isinstance(v, (int, float)) and "%" in fmtc:
        return f"{v * 100:.2f}%".replace(".", ",")
    if isinstance(v, float):
        return fmt_num(v)
    return str(v)


def sub_value(key, form, crit, kind, nvals=None):
    """Value of one sub-row of a criterion block."""
    if nvals is not None:
        if kind == "D" and "D" not in nvals and isinstance(nvals.get("F"), int):
            return signed(nvals["F"] - nvals["P"])
        return nvals.get(kind)
    f, p, y = FACT[key].get(crit), PLAN[key].get(crit), Y2023[key].get(crit)
    unit = CAT[crit]["unit"]
    if kind in ("F", "A", "4"):
        return f
    if kind in ("P", "p"):
        return p
    if kind in ("S", "3"):
        return y
    if kind == "T":
        return TARGETS_03[crit]
    if kind == "D":
        if crit in YESNO or unit == "yesno" or crit == "partner_list":
            return "—"
        d = f - p
        return signed(d, " п.п." if unit in ("share", "level") else "")
    if kind == "X":
        if crit in YESNO or unit == "yesno":
            return "100 %" if f == p else "0 %"
        if not p:
            return "—"
        return f"{fmt_num(half_up(f / p * 100, 1))} %"
    raise ValueError(kind)


ABSENT = []


def build(key):
    absent = ABSENT
    form = FORMS[key]
    c = form["cols"]
    wb = Workbook()
    ws = wb.active
    ws.title = form["sheet"]
    ncols = len(form["header"])
    last = chr(ord("A") + ncols - 1)
    r = 1
    for t in form["title"]:
        ws.cell(r, 1, t).font = BOLD if r <= 2 else Font()
        r += 1
    r += 1
    for i, h in enumerate(form["header"]):
        cell = ws.cell(r, i + 1, h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    entries = []
    titles = []
    headings = []
    not_criteria = []
    values, links = {}, {}
    num_sec, num_item = 0, 0
    for item in form["items"]:
        kind = item[0]
        if kind == "h":
            num_sec += 1
            num_item = 0
            ws.cell(r, 1, item[1]).font = BOLD
            for ci in range(1, ncols + 1):
                ws.cell(r, ci).fill = SEC_FILL
            if form.get("merged"):
                ws.merge_cells(f"A{r}:{last}{r}")
            headings.append(item[1])
            r += 1
            continue
        if kind == "t":
            r += 1 if not form["items"][form["items"].index(item) - 1][0] == "t" else 0
            ws.cell(r, 1, item[1])
            r += 1
            continue
        if kind == "c":
            _, crit, title, unit, mode = item[:5]
            nvals = None
        else:
            _, title, unit, mode, nvals = item
            crit = None
            not_criteria.append(title)
        titles.append(title)
        num_item += 1
        url = None
        if crit and (key, crit) not in NO_LINK and crit in DOC_OF:
            url = URLS[key][DOC_OF[crit]]
        if crit and crit in ("kpk_courses",):
            url = None
        # --- head row (all but the merged layout)
        if not form.get("merged"):
            if c.get("num"):
                ws.cell(r, col_idx(c["num"]), f"{num_sec}.{num_item}" if key != "04" else len(titles))
            tcell = ws.cell(r, col_idx(c["title"]), title)
            tcell.font = BOLD
            tcell.alignment = Alignment(wrap_text=True, vertical="top")
            title_cell = tcell.coordinate
            if unit and c.get("unit"):
                ws.cell(r, col_idx(c["unit"]), unit)
            if form["link_on"] == "head" and url:
                lc = ws.cell(r, col_idx(c["link"]), url)
                lc.hyperlink = url
                lc.font = Font(color="0563C1", underline="single")
                links[crit] = url
                entries.append(dict(criterion=crit, kind="link", cell=lc.coordinate, expected=url,
                                    title=title, title_cell=title_cell, hyperlink=True, shown=url))
            for ci in range(1, ncols + 1):
                ws.cell(r, ci).border = BORDER
            r += 1
            first_sub = r
        else:
            first_sub = r
            title_cell = f"A{r}"
        # --- sub rows
        fact_done = False
        for k in mode:
            label = form["labels"][k]
            lab_cell = ws.cell(r, col_idx(c["label"]), ("      " if form.get("label_indent") else "") + label
                               if not form.get("merged") else label)
            lab_cell.alignment = Alignment(indent=2 if form.get("label_indent") else 0)
            val = sub_value(key, form, crit, k, nvals)
            if k in ("F", "A", "4") and crit:
                val_shown, nf = show_value(form, crit, val, k)
            elif k in ("P", "p", "S", "3") and crit:
                val_shown, nf = show_value(form, crit, val, k)
            else:
                val_shown, nf = val, "General"
            vc = ws.cell(r, col_idx(c["value"]), val_shown)
            vc.number_format = nf
            if crit == "partner_list" or crit == "kpk_courses":
                if isinstance(val_shown, str) and key in ("02", "06"):
                    vc.value = val_shown.replace("; ", ";\n")
                vc.alignment = Alignment(wrap_text=True)
            is_fact = k in ("F", "A", "4") and crit is not None
            if k == "p":
                # plan row followed by an empty fact row
                pass
            if is_fact:
                values[crit] = val
                entries.append(dict(criterion=crit, kind="value", cell=vc.coordinate, expected=val,
                                    shown=shown(vc.value, nf), number_format=nf, title=title,
                                    title_cell=title_cell, row_label=label, row_label_cell=lab_cell.coordinate))
                fact_done = True
            # links on the year / fact rows
            lo = form["link_on"]
            if not form.get("merged") and lo != "head":
                put = None
                if k in ("F", "A", "4") and url and lo in ("F", "A", "43", "34"):
                    put = url
                if k == "3" and crit and lo in ("43",) and (key, crit) not in NO_LINK and crit in DOC_OF:
                    put = URLS_2023[key][DOC_OF[crit]]
                if k == "3" and crit and lo == "34":
                    if crit in ("orgs_regulation_teachers", "orgs_regulation_students") and url:
                        put = url
                    else:
                        ws.cell(r, col_idx(c["link"]), "—")
                if put:
                    lc = ws.cell(r, col_idx(c["link"]))
                    if form.get("link_plain"):
                        lc.value = put
                    else:
                        lc.value = form.get("link_text") or put
                        lc.hyperlink = put
                        lc.font = Font(color="0563C1", underline="single")
                    if k in ("F", "A", "4"):
                        links[crit] = put
                        entries.append(dict(criterion=crit, kind="link", cell=lc.coordinate, expected=put,
                                            title=title, title_cell=title_cell,
                                            hyperlink=not form.get("link_plain"), shown=lc.value,
                                            row_label=label))
            if key == "07" and k in ("F", "S", "p") and crit in NOTES_07:
                if (k == "p" and crit == "kpk_trained") or (k == "S" and crit != "kpk_trained"):
                    ws.cell(r, col_idx(c["note"]), NOTES_07[crit])
            for ci in range(1, ncols + 1):
                ws.cell(r, ci).border = BORDER
            r += 1
            if k == "p":
                absent.append(dict(file=form["file"], sheet=form["sheet"], criterion=crit, title=title,
                                   plan_cell=vc.coordinate, fact_cell=f"{c['value']}{r}",
                                   note="plan typed, fact row left empty: not given for 2024"))
                ws.cell(r, col_idx(c["label"]), "      " + form["labels"]["F"])
                for ci in range(1, ncols + 1):
                    ws.cell(r, ci).border = BORDER
                r += 1
        if form.get("merged"):
            tc = ws.cell(first_sub, 1, title)
            tc.alignment = Alignment(wrap_text=True, vertical="center")
            if r - first_sub > 1:
                ws.merge_cells(f"A{first_sub}:A{r - 1}")
            if url:
                lc = ws.cell(first_sub, col_idx(c["link"]), url)
                lc.hyperlink = url
                lc.font = Font(color="0563C1", underline="single")
                lc.alignment = Alignment(vertical="center", wrap_text=True)
                if r - first_sub > 1:
                    ws.merge_cells(f"D{first_sub}:D{r - 1}")
                links[crit] = url
                entries.append(dict(criterion=crit, kind="link", cell=lc.coordinate, expected=url,
                                    title=title, title_cell=title_cell, hyperlink=True, shown=url,
                                    merged=f"D{first_sub}:D{r - 1}" if r - first_sub > 1 else None))
        if crit and not fact_done and mode != "p":
            raise SystemExit(f"{key} {crit}: no fact row")
    # widths
    widths = {"A": 7, "B": 62, "C": 14, "D": 18, "E": 50}
    if c["title"] == "A":
        widths = {"A": 60, "B": 16 if not form.get("merged") else 10, "C": 50 if not form.get("merged") else 14,
                  "D": 50, "E": 30}
    for k2, w in widths.items():
        ws.column_dimensions[k2].width = w
    path = HERE / form["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    for e in entries:
        e["file"] = form["file"]
        e["sheet"] = form["sheet"]
    exp = {"file": form["file"], "year": 2024, "organisation": form["org"],
           "values": values, "links": links, "not_criteria": not_criteria, "headings": headings}
    return exp, entries, titles


def check_consistency(key, v):
    def le(a, b):
        if a in v and b in v:
            assert v[a] <= v[b], (key, a, b)
    for g in GROUPS:
        le(g, "mentees_10_19")
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("young_specialists_mentors", "teachers_mentors")
    f = FACT[key]
    assert f["teachers_in_pp"] <= f["teachers_other"] + f["young_specialists"]
    assert len(f["partner_list"].split("; ")) >= f["agreements_edu_orgs"] + f["agreements_enterprises"] \
        + f["agreements_other_orgs"], key
    for c in v:
        if c.startswith("share_"):
            ops = CAT[c]["operands"]
            num, den = ops.split("/")
            nsum = sum(f[x] for x in num.split("+"))
            dsum = sum(f[x.replace("_municipal", "") if x != "young_specialists_municipal" else "young_specialists"]
                       for x in den.replace("teachers_municipal", "teachers_other+young_specialists").split("+"))
            assert abs(v[c] - pct(nsum, dsum)) < 0.005, (key, c, v[c], pct(nsum, dsum))


def main():
    expected, cells = [], []
    all_titles = []
    for key in sorted(FORMS):
        exp, entries, titles = build(key)
        check_consistency(key, exp["values"])
        expected.append(exp)
        cells.extend(entries)
        all_titles.extend(titles)
    for t in all_titles:
        assert norm(t) not in CAT_WORDINGS, f"catalogue wording verbatim: {t}"
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "absent": ABSENT}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"wrote {len(expected)} files, {nv} values, {nl} links, {len(cells)} cells")


if __name__ == "__main__":
    main()
