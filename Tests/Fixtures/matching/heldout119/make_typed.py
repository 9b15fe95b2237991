#!/usr/bin/env python3
"""heldout119: «показатели эффективности» forms — every row is an INDICATOR computed by a methodology,
with its numerator (А) and denominator (В) typed in their own columns beside the result.

Writes typed/*.xlsx, expected.json and cells.json. Deterministic: fixed data, no randomness.
Run:  python3 make_typed.py && python3 selfcheck.py
"""
import json
import pathlib
import re

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

# ----------------------------------------------------------------------------------------------
# catalogue (only to refuse verbatim wordings and unknown ids)
CATALOGUE = {}
WORDINGS = set()


def _n(s):
    s = str(s).lower().replace("ё", "е")
    s = re.sub(r"[«»\"'()\[\].,;:–—\-/%№]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


with open(CRITERIA, encoding="utf-8") as f:
    head = f.readline().rstrip("\n").split("\t")
    for line in f:
        if not line.strip():
            continue
        row = dict(zip(head, line.rstrip("\n").split("\t")))
        CATALOGUE[row["id"]] = row
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row.get(k):
                WORDINGS.add(_n(row[k]))


def sh(a, b):
    return round(a / b * 100, 2) if b else 0.0


# ----------------------------------------------------------------------------------------------
# the figures of Лумпанский район, 2024 (all invented). Keys are criterion ids; sat_* are the
# survey counts behind the satisfaction levels (not criteria).
ORG = {
    "sosh1": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=2,
        agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
        partner_list="МБУ ДО «Лумпанская ДШИ»; ООО «Лумпанагро»; БУЗ УР «Лумпанская РБ МЗ УР»",
        mentors_total=33, mentees_total=58,
        pp_total=29, pp_pupil_pupil=9, pp_teacher_teacher=8, pp_head_teacher=1, pp_teacher_pupil=10,
        pp_student_pupil=0, pp_student_student=0, pp_other=1,
        external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=1,
        students_10_19=388, mentees_10_19=47, mentees_risk=6, mentees_gifted=9, mentees_disabled=3,
        mentees_low_motivation=11, mentees_career=8, mentees_other_params=10,
        students_15_19=92, mentors_15_19=11,
        sat_me=(39, 42), sat_mr=(24, 25),
        young_specialists=6, young_specialists_mentees=6, teachers_other=40, teachers_other_mentees=5,
        teachers_mentors=17, young_specialists_mentors=1,
        teachers_in_pp=20, kpk_trained=3, school_methodical_associations=1,
        pay_acts=1, nonmaterial_acts=1),
    "licey": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=3, agreements_enterprises=2, agreements_other_orgs=0,
        partner_list="ФГБОУ ВО «Удмуртский государственный университет»; БПОУ УР «Лумпанский аграрно-технический техникум»; "
                     "МБОУ «Лумпанская СОШ № 1»; АО «Лумпанский механический завод»; ООО «ТехноСервис-Лумпан»",
        mentors_total=38, mentees_total=73,
        pp_total=35, pp_pupil_pupil=14, pp_teacher_teacher=6, pp_head_teacher=1, pp_teacher_pupil=12,
        pp_student_pupil=2, pp_student_student=0, pp_other=0,
        external_edu_mentors=4, enterprise_mentors=3, other_org_mentors=0,
        students_10_19=305, mentees_10_19=61, mentees_risk=3, mentees_gifted=21, mentees_disabled=2,
        mentees_low_motivation=7, mentees_career=18, mentees_other_params=10,
        students_15_19=110, mentors_15_19=14,
        sat_me=(55, 58), sat_mr=(29, 30),
        young_specialists=5, young_specialists_mentees=4, teachers_other=33, teachers_other_mentees=8,
        teachers_mentors=16, young_specialists_mentors=0,
        teachers_in_pp=15, kpk_trained=4, school_methodical_associations=1,
        pay_acts=1, nonmaterial_acts=2),
    "ddt": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=0, curators_total=1,
        agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=2,
        partner_list="МБОУ «Лумпанская СОШ № 1»; МАОУ «Лумпанский лицей»; АНО «Центр молодёжных инициатив «Лумпан»»; "
                     "МБУК «Лумпанская районная библиотека»",
        mentors_total=20, mentees_total=52,
        pp_total=16, pp_pupil_pupil=7, pp_teacher_teacher=4, pp_head_teacher=0, pp_teacher_pupil=5,
        pp_student_pupil=0, pp_student_student=0, pp_other=0,
        external_edu_mentors=2, enterprise_mentors=0, other_org_mentors=3,
        students_10_19=640, mentees_10_19=44, mentees_risk=5, mentees_gifted=14, mentees_disabled=6,
        mentees_low_motivation=0, mentees_career=4, mentees_other_params=15,
        students_15_19=118, mentors_15_19=7,
        sat_me=(36, 40), sat_mr=(14, 15),
        young_specialists=3, young_specialists_mentees=3, teachers_other=21, teachers_other_mentees=5,
        teachers_mentors=8, young_specialists_mentors=0,
        teachers_in_pp=8, kpk_trained=2, school_methodical_associations=1,
        pay_acts=0, nonmaterial_acts=1),
    "oosh": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
        internal_monitoring_notes=0, curators_total=1,
        agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
        partner_list="МБОУ «Лумпанская СОШ № 1»",
        mentors_total=7, mentees_total=12,
        pp_total=6, pp_pupil_pupil=2, pp_teacher_teacher=1, pp_head_teacher=1, pp_teacher_pupil=2,
        pp_student_pupil=0, pp_student_student=0, pp_other=0,
        external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=0,
        students_10_19=58, mentees_10_19=9, mentees_risk=2, mentees_gifted=0, mentees_disabled=1,
        mentees_low_motivation=4, mentees_career=2, mentees_other_params=0,
        students_15_19=9, mentors_15_19=2,
        sat_me=(8, 9), sat_mr=(5, 5),
        young_specialists=1, young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=2,
        teachers_mentors=4, young_specialists_mentors=0,
        teachers_in_pp=4, kpk_trained=1, school_methodical_associations=0,
        pay_acts=0, nonmaterial_acts=1),
    "vl": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="МБУ ДО «Лумпанский ДДТ»; СПК «Колхоз имени Кирова»",
        mentors_total=12, mentees_total=24,
        pp_total=11, pp_pupil_pupil=4, pp_teacher_teacher=2, pp_head_teacher=0, pp_teacher_pupil=4,
        pp_student_pupil=0, pp_student_student=0, pp_other=1,
        external_edu_mentors=1, enterprise_mentors=1, other_org_mentors=0,
        students_10_19=141, mentees_10_19=20, mentees_risk=3, mentees_gifted=2, mentees_disabled=2,
        mentees_low_motivation=6, mentees_career=5, mentees_other_params=2,
        students_15_19=31, mentors_15_19=4,
        sat_me=(17, 19), sat_mr=(9, 10),
        young_specialists=2, young_specialists_mentees=2, teachers_other=19, teachers_other_mentees=2,
        teachers_mentors=6, young_specialists_mentors=0,
        teachers_in_pp=6, kpk_trained=1, school_methodical_associations=1,
        pay_acts=1, nonmaterial_acts=0),
}
for d in ORG.values():
    d["teachers_municipal"] = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = sh(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = sh(d["mentors_15_19"], d["students_15_19"])
    d["satisfaction_mentees"] = sh(*d["sat_me"])
    d["satisfaction_mentors"] = sh(*d["sat_mr"])
    d["share_young_specialists_mentees"] = sh(d["young_specialists_mentees"], d["young_specialists"])
    d["tm_all"] = d["teachers_other_mentees"] + d["young_specialists_mentees"]
    d["share_teachers_mentees"] = sh(d["tm_all"], d["teachers_municipal"])
    d["share_teachers_mentors"] = sh(d["teachers_mentors"], d["teachers_municipal"])
    d["share_young_specialists_mentors"] = sh(d["young_specialists_mentors"], d["young_specialists"])
    assert d["pp_total"] == sum(d[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                               "pp_teacher_pupil", "pp_student_pupil", "pp_student_student",
                                               "pp_other"))
    assert d["mentees_10_19"] >= sum(d[k] for k in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                                    "mentees_low_motivation", "mentees_career",
                                                    "mentees_other_params"))
    assert d["mentors_total"] >= d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"] \
        + d["enterprise_mentors"] + d["other_org_mentors"]
    assert d["mentees_total"] >= d["mentees_10_19"] + d["tm_all"]
    assert d["young_specialists_mentors"] <= d["teachers_mentors"] and d["teachers_mentors"] <= d["teachers_municipal"]

MUN = dict(
    municipal_order=1, orgs_total=16, orgs_regulation_teachers=16, orgs_regulation_students=15,
    orgs_monitoring_order=13, municipal_analytic_note=1, internal_monitoring_notes=12, curators_total=19,
    agreements_edu_orgs=14, agreements_enterprises=6, agreements_other_orgs=5,
    mentors_total=196, mentees_total=376,
    pp_total=148, pp_pupil_pupil=52, pp_teacher_teacher=31, pp_head_teacher=5, pp_teacher_pupil=54,
    pp_student_pupil=3, pp_student_student=0, pp_other=3,
    external_edu_mentors=14, enterprise_mentors=7, other_org_mentors=6,
    ent_a=6, ent_b=48,
    students_10_19=2964, mentees_10_19=318, mentees_risk=37, mentees_gifted=61, mentees_disabled=22,
    mentees_low_motivation=64, mentees_career=58, mentees_other_params=76,
    students_15_19=712, mentors_15_19=58,
    satisfaction_mentees=91.6, satisfaction_mentors=94.2,
    young_specialists=24, young_specialists_mentees=21, teachers_other=318, teachers_other_mentees=37,
    teachers_mentors=104, young_specialists_mentors=3,
    teachers_in_pp=97, kpk_trained=14, municipal_methodical_associations=1, school_methodical_associations=9,
    pay_acts=11, nonmaterial_acts=9, best_practices=4, contests=1, network_community=1, network_mentors=6,
)
MUN["teachers_municipal"] = MUN["teachers_other"] + MUN["young_specialists"]
MUN["young_specialists_municipal"] = MUN["young_specialists"]
MUN["share_orgs_teachers_system"] = sh(MUN["orgs_regulation_teachers"], MUN["orgs_total"])
MUN["share_orgs_students_system"] = sh(MUN["orgs_regulation_students"], MUN["orgs_total"])
MUN["share_enterprises"] = sh(MUN["ent_a"], MUN["ent_b"])
MUN["share_mentees_10_19"] = sh(MUN["mentees_10_19"], MUN["students_10_19"])
MUN["share_mentors_15_19"] = sh(MUN["mentors_15_19"], MUN["students_15_19"])
MUN["share_young_specialists_mentees"] = sh(MUN["young_specialists_mentees"], MUN["young_specialists"])
MUN["tm_all"] = MUN["teachers_other_mentees"] + MUN["young_specialists_mentees"]
MUN["share_teachers_mentees"] = sh(MUN["tm_all"], MUN["teachers_municipal"])
MUN["share_teachers_mentors"] = sh(MUN["teachers_mentors"], MUN["teachers_municipal"])
MUN["share_young_specialists_mentors"] = sh(MUN["young_specialists_mentors"], MUN["young_specialists_municipal"])
# the municipality's totals hold the five organisations of this set
for k in ("mentors_total", "mentees_total", "pp_total", "students_10_19", "mentees_10_19", "students_15_19",
          "mentors_15_19", "young_specialists", "young_specialists_mentees", "teachers_other",
          "teachers_other_mentees", "teachers_mentors", "young_specialists_mentors", "teachers_in_pp",
          "kpk_trained", "school_methodical_associations", "pay_acts", "nonmaterial_acts", "curators_total",
          "external_edu_mentors", "enterprise_mentors", "other_org_mentors", "agreements_edu_orgs",
          "agreements_enterprises", "agreements_other_orgs", "pp_pupil_pupil", "pp_teacher_teacher",
          "pp_head_teacher", "pp_teacher_pupil", "pp_student_pupil", "pp_other", "mentees_risk",
          "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
          "mentees_other_params"):
    assert MUN[k] >= sum(o[k] for o in ORG.values()), k


# ----------------------------------------------------------------------------------------------
class Form:
    """Collects one form's expected entry and its cells."""

    def __init__(self, file, sheet, organisation):
        self.file, self.sheet = "typed/" + file, sheet
        self.entry = {"file": self.file, "year": 2024, "organisation": organisation,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        self.cells = []

    def val(self, cell, crit, v, fragment=None):
        assert crit in CATALOGUE, crit
        old = self.entry["values"].get(crit)
        assert old is None or old == v, (self.file, crit, old, v)
        self.entry["values"][crit] = v
        c = {"file": self.file, "sheet": self.sheet, "cell": cell, "criterion": crit, "kind": "value",
             "expected": v}
        if fragment is not None:
            c["fragment"] = fragment
        self.cells.append(c)

    def link(self, cell, crit, url):
        assert crit in CATALOGUE, crit
        old = self.entry["links"].get(crit)
        assert old is None or old == url, (self.file, crit)
        self.entry["links"][crit] = url
        self.cells.append({"file": self.file, "sheet": self.sheet, "cell": cell, "criterion": crit,
                           "kind": "link", "expected": url})

    def nc(self, text):
        self.entry["not_criteria"].append(text)

    def heading(self, text):
        self.entry["headings"].append(text)


ALL_FORMS = []
TITLES = []  # every row title typed, checked against the catalogue's wordings

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")


def put(ws, ref, value, bold=False, wrap=True, box=True, center=False, fill=None, url=None):
    c = ws[ref]
    c.value = value
    if bold:
        c.font = BOLD
    if url:
        c.hyperlink = url
        c.font = Font(color="0563C1", underline="single")
    c.alignment = CENTER if center else (WRAP if wrap else Alignment(vertical="top"))
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


# ==============================================================================================
# 01 — МБОУ «Лумпанская СОШ № 1»: № | Показатель | Методика расчёта | А | В | Значение | Ед. | Ссылка.
#      What А and В are is said only inside the methodology cell of each row.
def file01():
    d = ORG["sosh1"]
    name = "01_Лумпанская_СОШ1_показатели_ЦМН_2024.xlsx"
    F = Form(name, "Показатели", "МБОУ «Лумпанская СОШ № 1»")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Показатели"
    U = "https://sh1-lumpan-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    for col, w in zip("ABCDEFGH", (6, 46, 44, 8, 8, 11, 8, 52)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    put(ws, "A1", "Показатели эффективности реализации целевой модели наставничества", bold=True, box=False,
        center=True)
    ws.merge_cells("A2:H2")
    put(ws, "A2", "МБОУ «Лумпанская СОШ № 1»", bold=True, box=False, center=True)
    ws.merge_cells("A3:H3")
    put(ws, "A3", "отчётный период: 2024 календарный год (данные на 31.12.2024)", box=False, center=True)
    hdr = ["№ п/п", "Показатель", "Методика расчёта", "А", "В", "Значение", "Ед. изм.",
           "Ссылка на подтверждающий документ"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i + 1)}5", h, bold=True, center=True, fill=GREY)
    r = 6

    def heading(text):
        nonlocal r
        ws.merge_cells(f"A{r}:H{r}")
        put(ws, f"A{r}", text, bold=True, fill=PatternFill("solid", fgColor="F2F2F2"))
        F.heading(text)
        r += 1

    def yn(num, title, crit, url):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", num)
        put(ws, f"B{r}", title)
        put(ws, f"C{r}", "1 – есть, 0 – нет")
        put(ws, f"D{r}", "х", center=True)
        put(ws, f"E{r}", "х", center=True)
        put(ws, f"F{r}", d[crit], center=True)
        put(ws, f"G{r}", "–", center=True)
        F.val(f"F{r}", crit, d[crit])
        if url:
            put(ws, f"H{r}", U + url, url=U + url)
            F.link(f"H{r}", crit, U + url)
        else:
            put(ws, f"H{r}", None)
        r += 1

    def cnt(num, title, crit, unit, url, method="абсолютное значение"):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", num)
        put(ws, f"B{r}", title)
        put(ws, f"C{r}", method)
        put(ws, f"D{r}", "х", center=True)
        put(ws, f"E{r}", "х", center=True)
        put(ws, f"F{r}", d[crit], center=True)
        put(ws, f"G{r}", unit, center=True)
        F.val(f"F{r}", crit, d[crit])
        if url:
            full = url if url.startswith("http") else U + url
            put(ws, f"H{r}", full, url=full)
            F.link(f"H{r}", crit, full)
        else:
            put(ws, f"H{r}", None)
        r += 1

    def share(num, title, method, a, a_crit, b, b_crit, s_crit, url, nc_value=None):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", num)
        put(ws, f"B{r}", title)
        put(ws, f"C{r}", method)
        put(ws, f"D{r}", a, center=True)
        put(ws, f"E{r}", b, center=True)
        v = sh(a, b)
        put(ws, f"F{r}", v, center=True)
        ws[f"F{r}"].number_format = "0.00"
        put(ws, f"G{r}", "%", center=True)
        if a_crit:
            F.val(f"D{r}", a_crit, a)
        if b_crit:
            F.val(f"E{r}", b_crit, b)
        if s_crit:
            assert d[s_crit] == v
            F.val(f"F{r}", s_crit, v)
        if nc_value:
            F.nc(nc_value)
        if not a_crit:
            F.nc(f"{num} {title} — А")
        if not b_crit:
            F.nc(f"{num} {title} — В")
        if url:
            put(ws, f"H{r}", U + url, url=U + url)
            for c in (a_crit, s_crit):
                if c:
                    F.link(f"H{r}", c, U + url)
        else:
            put(ws, f"H{r}", None)
        r += 1

    heading("1. Нормативная база")
    yn("1.1", "Положение о наставничестве педработников школы утверждено", "orgs_regulation_teachers",
       "prikaz_112-od_polozhenie_ped.pdf")
    yn("1.2", "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students",
       "prikaz_113-od_polozhenie_obuch.pdf")
    yn("1.3", "Издан приказ о проведении мониторинга ЦМН в школе", "orgs_monitoring_order",
       "prikaz_241-od_monitoring_2024.pdf")
    yn("1.4", "Справка по итогам внутришкольного мониторинга наставничества за 2024 г.",
       "internal_monitoring_notes", "spravka_vnutr_monitoring_2024.pdf")
    heading("2. Организация наставничества в школе")
    cnt("2.1", "Кураторы ЦМН в школе (назначены приказом)", "curators_total", "чел.",
        "prikaz_114-od_kurator.pdf")
    cnt("2.2", "Заключено соглашений с другими ОО, чьи сотрудники – наставники у нас", "agreements_edu_orgs",
        "ед.", "soglashenie_DSHI_2024.pdf")
    cnt("2.3", "Соглашения с предприятиями (работники предприятия – наставники)", "agreements_enterprises", "ед.",
        "soglashenie_Lumpanagro.pdf")
    cnt("2.4", "Соглашения с прочими организациями (больница, НКО и т.п.)", "agreements_other_orgs", "ед.",
        "soglashenie_RB.pdf")
    TITLES.append("Партнёры школы по наставничеству (наименования)")
    put(ws, f"A{r}", "2.5")
    put(ws, f"B{r}", "Партнёры школы по наставничеству (наименования)")
    put(ws, f"C{r}", "перечень")
    put(ws, f"D{r}", "х", center=True)
    put(ws, f"E{r}", "х", center=True)
    put(ws, f"F{r}", d["partner_list"])
    put(ws, f"G{r}", "–", center=True)
    put(ws, f"H{r}", None)
    F.val(f"F{r}", "partner_list", d["partner_list"])
    r += 1
    cnt("2.6", "Наставников всего (по приказу о закреплении пар)", "mentors_total", "чел.",
        "prikaz_187-od_pary_2024.pdf")
    cnt("2.7", "Наставляемых всего (по тому же приказу)", "mentees_total", "чел.", "prikaz_187-od_pary_2024.pdf")
    heading("3. Персонализированные программы наставничества (ППН)")
    cnt("3.1", "ППН утверждено всего", "pp_total", "ед.", "ppn_2024/", method="сумма стр. 3.2–3.6")
    cnt("3.2", "в т.ч. «ученик – ученик»", "pp_pupil_pupil", "ед.", "ppn_2024/uchenik-uchenik/")
    cnt("3.3", "в т.ч. «учитель – учитель»", "pp_teacher_teacher", "ед.", "ppn_2024/uchitel-uchitel/")
    cnt("3.4", "в т.ч. «руководитель – педагог»", "pp_head_teacher", "ед.", "ppn_2024/rukovoditel-pedagog/")
    cnt("3.5", "в т.ч. «учитель – ученик»", "pp_teacher_pupil", "ед.", "ppn_2024/uchitel-uchenik/")
    cnt("3.6", "в т.ч. иные формы (у нас «учитель – родитель»)", "pp_other", "ед.", "ppn_2024/inye/")
    heading("4. Наставники со стороны")
    cnt("4.1", "Наставники – сотрудники других образовательных орг-ций (приказ)", "external_edu_mentors", "чел.",
        "prikaz_187-od_pary_2024.pdf")
    cnt("4.2", "Наставники – работники предприятий", "enterprise_mentors", "чел.", "prikaz_187-od_pary_2024.pdf")
    cnt("4.3", "Наставники из прочих организаций", "other_org_mentors", "чел.", "prikaz_187-od_pary_2024.pdf")
    heading("5. Обучающиеся 10–19 лет в роли наставляемых")
    share("5.1", "Доля учащихся 10–19 лет, вовлечённых в наставничество как наставляемые",
          "А/В×100, где А – обучающиеся 10–19 лет, закреплённые за наставниками; "
          "В – все обучающиеся школы в возрасте 10–19 лет (ОО-1)",
          d["mentees_10_19"], "mentees_10_19", d["students_10_19"], "students_10_19", "share_mentees_10_19",
          "baza_nastavlyaemyh_2024.pdf")
    for num, title, crit in (
            ("5.2", "из них (из А): дети «группы риска»", "mentees_risk"),
            ("5.3", "одарённые (внесены в реестр одарённых детей)", "mentees_gifted"),
            ("5.4", "с ОВЗ, дети-инвалиды", "mentees_disabled"),
            ("5.5", "слабомотивированные / неуспевающие", "mentees_low_motivation"),
            ("5.6", "испытывающие трудности с выбором профессии", "mentees_career"),
            ("5.7", "по другим основаниям", "mentees_other_params")):
        cnt(num, title, crit, "чел.", "baza_nastavlyaemyh_2024.pdf", method="абсолютное значение (часть А)")
    heading("6. Обучающиеся 15–19 лет в роли наставников")
    share("6.1", "Доля старшеклассников 15–19 лет – наставников",
          "А/В×100, где А – наставники из числа обучающихся 15–19 лет (по приказу); "
          "В – обучающиеся 15–19 лет всего",
          d["mentors_15_19"], "mentors_15_19", d["students_15_19"], "students_15_19", "share_mentors_15_19",
          "prikaz_187-od_pary_2024.pdf")
    heading("7. Удовлетворённость участников")
    share("7.1", "Удовлетворённость наставляемых завершёнными программами",
          "А/В×100, где А – наставляемые, оценившие участие на 4–5 баллов; В – все опрошенные наставляемые "
          "(анкета по окончании программы)",
          d["sat_me"][0], None, d["sat_me"][1], None, "satisfaction_mentees", "anketa_nastavlyaemye_itogi.pdf")
    share("7.2", "Удовлетворённость наставников",
          "то же: А – наставники с оценкой 4–5 баллов; В – опрошенные наставники",
          d["sat_mr"][0], None, d["sat_mr"][1], None, "satisfaction_mentors", "anketa_nastavniki_itogi.pdf")
    heading("8. Педагоги в роли наставляемых")
    share("8.1", "Доля молодых специалистов (до 35 лет, стаж до 3 лет) – наставляемых",
          "А/В×100, где А – молодые специалисты, за которыми закреплён наставник; В – все молодые "
          "специалисты школы",
          d["young_specialists_mentees"], "young_specialists_mentees", d["young_specialists"], "young_specialists",
          "share_young_specialists_mentees", "prikaz_187-od_pary_2024.pdf")
    share("8.2", "Доля остальных педагогов (кроме МС) – наставляемых",
          "А/В×100, где А – педагоги (не молодые специалисты) в роли наставляемых; В – педагоги без "
          "молодых специалистов",
          d["teachers_other_mentees"], "teachers_other_mentees", d["teachers_other"], "teachers_other", None,
          "prikaz_187-od_pary_2024.pdf",
          nc_value="8.2 Доля остальных педагогов (кроме МС) – наставляемых")
    share("8.3", "Доля педагогов-наставляемых, всего",
          "(А1+А2)/(В1+В2)×100: А – все педагоги-наставляемые (стр. 8.1 + 8.2); В – все педагоги школы",
          d["tm_all"], None, d["teachers_municipal"], "teachers_municipal", "share_teachers_mentees", None)
    heading("9. Профессиональное развитие педагогов")
    cnt("9.1", "Педагоги, участвующие в утверждённых ППН", "teachers_in_pp", "чел.", "ppn_2024/")
    cnt("9.2", "Прошли КПК по теме наставничества в 2024 году", "kpk_trained", "чел.", "udostovereniya_kpk_2024.pdf")
    cnt("9.3", "Школьные МО наставников", "school_methodical_associations", "ед.", "prikaz_115-od_SHMO.pdf")
    heading("10. Педагоги в роли наставников")
    share("10.1", "Доля учителей-наставников",
          "А/В×100, где А – педагоги-наставники (приказ); В – все педагоги школы",
          d["teachers_mentors"], "teachers_mentors", d["teachers_municipal"], "teachers_municipal",
          "share_teachers_mentors", "prikaz_187-od_pary_2024.pdf")
    share("10.2", "Доля молодых специалистов, которые сами наставники",
          "А/В×100, где А – МС в роли наставника; В – все МС",
          d["young_specialists_mentors"], "young_specialists_mentors", d["young_specialists"], "young_specialists",
          "share_young_specialists_mentors", "prikaz_187-od_pary_2024.pdf")
    heading("11. Стимулирование наставников")
    cnt("11.1", "Локальный акт об оплате (доплате) за наставничество", "pay_acts", "ед.",
        "polozhenie_ob_oplate_truda.pdf")
    cnt("11.2", "Локальные акты о нематериальном поощрении наставников", "nonmaterial_acts", "ед.",
        "polozhenie_nematerialnoe_pooshchrenie.pdf")
    # the school's own extra indicator: a share whose А and В are no criteria of the catalogue
    TITLES.append("Доля педагогов-наставников, получающих доплату за наставничество")
    put(ws, f"A{r}", "11.3")
    put(ws, f"B{r}", "Доля педагогов-наставников, получающих доплату за наставничество")
    put(ws, f"C{r}", "А/В×100, где А – наставники с доплатой; В – педагоги-наставники")
    put(ws, f"D{r}", 12, center=True)
    put(ws, f"E{r}", d["teachers_mentors"], center=True)
    F.val(f"E{r}", "teachers_mentors", d["teachers_mentors"])
    put(ws, f"F{r}", sh(12, d["teachers_mentors"]), center=True)
    put(ws, f"G{r}", "%", center=True)
    put(ws, f"H{r}", U + "prikaz_doplaty_2024.pdf", url=U + "prikaz_doplaty_2024.pdf")
    F.nc("11.3 Доля педагогов-наставников, получающих доплату за наставничество")
    F.nc("11.3 Доля педагогов-наставников, получающих доплату за наставничество — А")
    r += 2
    put(ws, f"A{r}", "Справочно: численность обучающихся – по форме ОО-1 на 20.09.2024, педагогов – по тарификации "
                     "на 01.09.2024.", box=False, wrap=False)
    r += 2
    put(ws, f"B{r}", "Директор ____________ Л.Н. Касаткина", box=False)
    put(ws, f"F{r}", "25.12.2024", box=False)
    r += 1
    put(ws, f"B{r}", "Исп.: Пчельникова Т.А., зам. директора по УВР, 8 (34159) 2-14-07", box=False)
    ws.freeze_panes = "A6"
    wb.save(TYPED / name)
    return F


# ==============================================================================================
# 02 — МАОУ «Лумпанский лицей»: every indicator row names what it counts in the numerator and the
#      denominator in cells of their own: Индикатор | Числитель: что считаем | кол-во | Знаменатель: что
#      считаем | кол-во | Результат | Документ. Counts and yes/no answers stand in the numerator's number
#      column; their «Результат» is «—».
def file02():
    d = ORG["licey"]
    name = "02_Лицей_расчёт_индикаторов_наставничество_2024.xlsx"
    F = Form(name, "Лист1", "МАОУ «Лумпанский лицей»")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    Y = "https://disk.yandex.ru/i/"
    L = "https://licey-lumpan.ru/sveden/nastavnichestvo/"
    for col, w in zip("ABCDEFGH", (5, 40, 38, 9, 34, 9, 11, 22)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "Расчёт индикаторов реализации целевой модели наставничества за 2024 год", bold=True,
        box=False, wrap=False)
    put(ws, "A3", "ОО:", box=False)
    put(ws, "B3", "МАОУ «Лумпанский лицей»", bold=True, box=False)
    put(ws, "A4", "Отв.:", box=False)
    put(ws, "B4", "Гарипова Э.Р., зам. директора по НМР", box=False)
    hdr = ["№", "Индикатор", "Числитель (что считаем)", "кол-во", "Знаменатель (что считаем)", "кол-во",
           "Результат", "Документ"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i + 1)}6", h, bold=True, center=True, fill=GREY)
    r = 7

    def heading(text):
        nonlocal r
        put(ws, f"A{r}", None, fill=GREY)
        put(ws, f"B{r}", text, bold=True)
        for c in "CDEFGH":
            put(ws, f"{c}{r}", None)
        F.heading(text)
        r += 1

    def link(url, shown, crits):
        put(ws, f"H{r}", shown, url=url)
        for c in crits:
            F.link(f"H{r}", c, url)

    def one(num, title, num_text, crit, url=None, shown="документ", answer=None):
        """a count or a yes/no: the figure in the numerator's number column, the rest «—»"""
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", num)
        put(ws, f"B{r}", title)
        put(ws, f"C{r}", num_text)
        if answer is not None:
            put(ws, f"D{r}", answer, center=True)
            F.val(f"D{r}", crit, d[crit], fragment=answer)
        else:
            put(ws, f"D{r}", d[crit], center=True)
            F.val(f"D{r}", crit, d[crit])
        put(ws, f"E{r}", "—", center=True)
        put(ws, f"F{r}", "—", center=True)
        put(ws, f"G{r}", "—", center=True)
        if url:
            link(url, shown, [crit])
        else:
            put(ws, f"H{r}", None)
        r += 1

    def frac(num, title, a_text, a, a_crit, b_text, b, b_crit, s_crit, url=None, shown="документ",
             nc=None, digits=2, a_link=True):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", num)
        put(ws, f"B{r}", title)
        put(ws, f"C{r}", a_text)
        put(ws, f"D{r}", a, center=True)
        put(ws, f"E{r}", b_text)
        put(ws, f"F{r}", b, center=True)
        v = round(a / b * 100, digits) if digits is not None else round(a / b, 2)
        put(ws, f"G{r}", v, center=True)
        if a_crit:
            F.val(f"D{r}", a_crit, a)
        if b_crit:
            F.val(f"F{r}", b_crit, b)
        if s_crit:
            F.val(f"G{r}", s_crit, v)
        for n in (nc or []):
            F.nc(n)
        if not a_crit:
            F.nc(f"{num} {title} — А")
        if not b_crit:
            F.nc(f"{num} {title} — В")
        if url:
            crits = [c for c in (a_crit if a_link else None, s_crit) if c]
            link(url, shown, crits)
        else:
            put(ws, f"H{r}", None)
        r += 1
        return v

    heading("I. Локальные акты")
    one("1", "Положение о наставничестве педагогов", "наличие (да / нет)", "orgs_regulation_teachers",
        L + "polozhenie_pedagogi.pdf", "Положение (пед.)", answer="да")
    one("2", "Положение о наставничестве учащихся", "наличие (да / нет)", "orgs_regulation_students",
        L + "polozhenie_uchashchiesya.pdf", "Положение (уч.)", answer="да")
    one("3", "Приказ о мониторинге ЦМН", "наличие (да / нет)", "orgs_monitoring_order",
        L + "prikaz_monitoring_2024.pdf", "приказ № 201", answer="да")
    one("4", "Справка по итогам мониторинга внутри лицея", "наличие (да / нет)", "internal_monitoring_notes",
        L + "spravka_monitoring_2024.pdf", "справка", answer="да")
    heading("II. Организационные")
    one("5", "Кураторы", "куратор внедрения ЦМН, чел.", "curators_total", L + "prikaz_kurator.pdf", "приказ")
    one("6", "Соглашения с ОО", "договоры с вузом, техникумом, школой о наставниках, шт.",
        "agreements_edu_orgs", Y + "Lc7aQm2xVb9sKw", "папка с соглашениями")
    one("7", "Соглашения с предприятиями", "договоры с заводом и ООО, шт.", "agreements_enterprises",
        Y + "Lc7aQm2xVb9sKw", "папка с соглашениями")
    one("8", "Соглашения с иными орг.", "договоры с НКО, учреждениями культуры и т.п., шт.",
        "agreements_other_orgs")
    TITLES.append("Социальные партнёры (перечень)")
    put(ws, f"A{r}", "9")
    put(ws, f"B{r}", "Социальные партнёры (перечень)")
    put(ws, f"C{r}", d["partner_list"])
    put(ws, f"D{r}", 5, center=True)
    put(ws, f"E{r}", "—", center=True)
    put(ws, f"F{r}", "—", center=True)
    put(ws, f"G{r}", "—", center=True)
    put(ws, f"H{r}", None)
    F.val(f"C{r}", "partner_list", d["partner_list"])
    F.nc("9 Социальные партнёры (перечень) — кол-во (5)")
    r += 1
    frac("10", "Нагрузка на одного наставника",
         "наставляемые по приказу о закреплении, всего", d["mentees_total"], "mentees_total",
         "наставники по приказу, всего", d["mentors_total"], "mentors_total", None,
         L + "prikaz_pary_2024.pdf", "приказ № 156",
         nc=["10 Нагрузка на одного наставника"], digits=None)
    heading("III. Программы (ППН)")
    one("11", "ППН – всего", "утверждённые персонализированные программы, ед.", "pp_total",
        Y + "8dFt3LpQw0nRzA", "ППН (архив)")
    for num, title, text, crit in (
            ("11.1", "ученик – ученик", "ППН формы «ученик–ученик»", "pp_pupil_pupil"),
            ("11.2", "учитель – учитель", "ППН «учитель–учитель»", "pp_teacher_teacher"),
            ("11.3", "руководитель – педагог", "ППН «руководитель–педагог»", "pp_head_teacher"),
            ("11.4", "учитель – ученик", "ППН «учитель–ученик»", "pp_teacher_pupil"),
            ("11.5", "студент – ученик", "ППН со студентами УдГУ", "pp_student_pupil")):
        one(num, title, text, crit, Y + "8dFt3LpQw0nRzA", "ППН (архив)")
    frac("12", "Доля ППН «ученик – ученик»",
         "ППН «ученик – ученик»", d["pp_pupil_pupil"], "pp_pupil_pupil", "все ППН", d["pp_total"], "pp_total", None,
         nc=["12 Доля ППН «ученик – ученик»"])
    heading("IV. Внешние наставники")
    one("13", "Наставники из других ОО", "преподаватели УдГУ, техникума, СОШ № 1 (приказ), чел.",
        "external_edu_mentors", L + "prikaz_pary_2024.pdf", "приказ № 156")
    one("14", "Наставники с предприятий", "инженеры завода, ООО «ТехноСервис-Лумпан», чел.",
        "enterprise_mentors", L + "prikaz_pary_2024.pdf", "приказ № 156")
    frac("15", "Доля внешних наставников",
         "наставники не из лицея (стр. 13 + 14)", d["external_edu_mentors"] + d["enterprise_mentors"], None,
         "все наставники", d["mentors_total"], "mentors_total", None,
         nc=["15 Доля внешних наставников"])
    heading("V. Учащиеся – наставляемые")
    frac("16", "Включённость учащихся 10–19 лет в наставничество (наставляемые)",
         "учащиеся 10–19 лет, у которых есть наставник", d["mentees_10_19"], "mentees_10_19",
         "все учащиеся 10–19 лет по ОО-1", d["students_10_19"], "students_10_19", "share_mentees_10_19",
         L + "baza_nastavlyaemyh.xlsx", "база наставляемых")
    for num, title, text, crit in (
            ("16.1", "в т.ч. группа риска", "уч-ся «группы риска» с наставником", "mentees_risk"),
            ("16.2", "в т.ч. одарённые", "одарённые (в реестре), с наставником", "mentees_gifted"),
            ("16.3", "в т.ч. ОВЗ / инвалиды", "дети с ОВЗ и инвалидностью, с наставником", "mentees_disabled"),
            ("16.4", "в т.ч. низкая мотивация", "неуспевающие, слабо мотивированные", "mentees_low_motivation"),
            ("16.5", "в т.ч. профориентация", "с проблемой выбора профессии / профиля", "mentees_career"),
            ("16.6", "в т.ч. по иным причинам", "прочие наставляемые 10–19 лет", "mentees_other_params")):
        one(num, title, text, crit, L + "baza_nastavlyaemyh.xlsx", "база наставляемых")
    heading("VI. Учащиеся – наставники")
    frac("17", "Учащиеся 15–19 лет в роли наставника",
         "наставники-лицеисты 15–19 лет (приказ)", d["mentors_15_19"], "mentors_15_19",
         "все лицеисты 15–19 лет", d["students_15_19"], "students_15_19", "share_mentors_15_19",
         L + "prikaz_pary_2024.pdf", "приказ № 156")
    heading("VII. Удовлетворённость")
    frac("18", "Удовлетворённость наставляемых",
         "довольны (4–5 баллов)", d["sat_me"][0], None, "ответили на анкету", d["sat_me"][1], None,
         "satisfaction_mentees", Y + "Qx3hN8vTc2mLsE", "итоги анкетирования")
    frac("19", "Удовлетворённость наставников",
         "довольны (4–5 баллов)", d["sat_mr"][0], None, "ответили на анкету", d["sat_mr"][1], None,
         "satisfaction_mentors", Y + "Qx3hN8vTc2mLsE", "итоги анкетирования")
    heading("VIII. Педагоги")
    frac("20", "Молодые специалисты – наставляемые",
         "МС (до 35 лет, стаж до 3 лет) с наставником", d["young_specialists_mentees"], "young_specialists_mentees",
         "все МС лицея", d["young_specialists"], "young_specialists", "share_young_specialists_mentees",
         L + "prikaz_pary_2024.pdf", "приказ № 156")
    frac("21", "Педагоги со стажем – наставляемые",
         "педагоги (не МС), у которых есть наставник", d["teachers_other_mentees"], "teachers_other_mentees",
         "педагоги без МС", d["teachers_other"], "teachers_other", None,
         L + "prikaz_pary_2024.pdf", "приказ № 156", nc=["21 Педагоги со стажем – наставляемые"])
    frac("22", "Все педагоги – наставляемые",
         "стр. 20 + стр. 21", d["tm_all"], None,
         "все педагогические работники лицея", d["teachers_municipal"], "teachers_municipal",
         "share_teachers_mentees")
    frac("23", "Педагоги-наставники",
         "учителя, закреплённые наставниками", d["teachers_mentors"], "teachers_mentors",
         "все педагогические работники лицея", d["teachers_municipal"], "teachers_municipal",
         "share_teachers_mentors", L + "prikaz_pary_2024.pdf", "приказ № 156")
    frac("24", "МС-наставники",
         "МС, которые сами наставники", d["young_specialists_mentors"], "young_specialists_mentors",
         "все МС лицея", d["young_specialists"], "young_specialists", "share_young_specialists_mentors")
    one("25", "Педагоги в ППН", "педагоги – участники утверждённых ППН, чел.", "teachers_in_pp",
        Y + "8dFt3LpQw0nRzA", "ППН (архив)")
    one("26", "КПК по наставничеству", "прошли курсы в 2024 г., чел.", "kpk_trained",
        Y + "Zr5kWm1PqT7yUo", "удостоверения")
    one("27", "ШМО наставников", "методобъединения наставников в лицее, ед.", "school_methodical_associations",
        L + "prikaz_shmo.pdf", "приказ о ШМО")
    heading("IX. Стимулирование")
    one("28", "Оплата наставничества", "локальные акты о доплате наставникам, шт.", "pay_acts",
        L + "polozhenie_oplata.pdf", "положение об оплате")
    one("29", "Нематериальное поощрение", "локальные акты (положение о поощрении, о почётной доске), шт.",
        "nonmaterial_acts", L + "pooshchrenie.pdf", "положения")
    r += 1
    put(ws, f"B{r}", "Дата заполнения: 23.12.2024", box=False)
    r += 1
    put(ws, f"B{r}", "Директор МАОУ «Лумпанский лицей» ________ С.П. Корепанов", box=False)
    wb.save(TYPED / name)
    return F


# ==============================================================================================
# 03 — МБУ ДО «Лумпанский ДДТ»: the result FIRST, then «Исходные данные» А | В under a merged header,
#      then «Пояснение к расчёту», then the link. Counts fill only «Значение». Shares typed as text.
def file03():
    d = ORG["ddt"]
    name = "03_ДДТ_показатели_эффективности_наставничества.xlsx"
    F = Form(name, "ЦМН 2024", "Муниципальное бюджетное учреждение дополнительного образования «Лумпанский Дом детского творчества»")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    U = "https://ddt-lumpan-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/CMN/"
    for col, w in zip("ABCDEFG", (50, 12, 7, 8, 8, 42, 50)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    put(ws, "A1", "Муниципальное бюджетное учреждение дополнительного образования «Лумпанский Дом детского "
                  "творчества»", bold=True, box=False, center=True)
    ws.merge_cells("A2:G2")
    put(ws, "A2", "Значения показателей эффективности наставничества за 2024 год", box=False, center=True)
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    ws.merge_cells("D4:E4")
    ws.merge_cells("F4:F5")
    ws.merge_cells("G4:G5")
    for ref, t in (("A4", "Показатель"), ("B4", "Значение"), ("C4", "ед."), ("D4", "Исходные данные"),
                   ("D5", "А"), ("E5", "В"), ("F4", "Пояснение к расчёту"), ("G4", "Ссылка на документ")):
        put(ws, ref, t, bold=True, center=True, fill=GREY)
    for ref in ("A5", "B5", "C5", "E4", "F5", "G5"):
        ws[ref].border = BOX
    r = 6

    def heading(text):
        nonlocal r
        ws.merge_cells(f"A{r}:G{r}")
        put(ws, f"A{r}", text, bold=True)
        F.heading(text)
        r += 1

    def row(title, crit, unit, url=None, shown=None, note=None, value=None, fragment=None):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", title)
        v = d[crit] if value is None else value
        put(ws, f"B{r}", v, center=True)
        F.val(f"B{r}", crit, d[crit], fragment=fragment)
        put(ws, f"C{r}", unit, center=True)
        put(ws, f"D{r}", None)
        put(ws, f"E{r}", None)
        put(ws, f"F{r}", note)
        if url:
            put(ws, f"G{r}", shown or url, url=url)
            F.link(f"G{r}", crit, url)
        else:
            put(ws, f"G{r}", None)
        r += 1

    def frac(title, a, a_crit, b, b_crit, s_crit, note, url=None, nc=None, shown=None):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", title)
        v = sh(a, b)
        typed = f"{v:.1f}".replace(".", ",") + " %"
        put(ws, f"B{r}", typed, center=True)
        val = float(typed.replace(" %", "").replace(",", "."))
        if s_crit:
            F.val(f"B{r}", s_crit, val, fragment=typed)
        put(ws, f"C{r}", "%", center=True)
        put(ws, f"D{r}", a, center=True)
        put(ws, f"E{r}", b, center=True)
        if a_crit:
            F.val(f"D{r}", a_crit, a)
        if b_crit:
            F.val(f"E{r}", b_crit, b)
        put(ws, f"F{r}", note)
        for n in (nc or []):
            F.nc(n)
        if not a_crit:
            F.nc(f"{title} — А")
        if not b_crit:
            F.nc(f"{title} — В")
        if url:
            put(ws, f"G{r}", shown or url, url=url)
            for c in (a_crit, s_crit):
                if c:
                    F.link(f"G{r}", c, url)
        else:
            put(ws, f"G{r}", None)
        r += 1
        return val

    heading("НОРМАТИВНАЯ БАЗА")
    row("Положение о наставничестве педагогов ДДТ (есть/нет)", "orgs_regulation_teachers", "", U + "polozhenie_ped.pdf",
        value="есть", fragment="есть")
    row("Положение о наставничестве обучающихся объединений (есть/нет)", "orgs_regulation_students", "",
        U + "polozhenie_obuch.pdf", value="есть", fragment="есть")
    row("Приказ о внутреннем мониторинге ЦМН (есть/нет)", "orgs_monitoring_order", "",
        U + "prikaz_68_monitoring.pdf", value="есть", fragment="есть")
    row("Справка по итогам мониторинга (есть/нет)", "internal_monitoring_notes", "", None,
        value="нет", fragment="нет", note="справку готовим к 15.01.2025")
    heading("ОРГАНИЗАЦИЯ")
    row("Куратор ЦМН", "curators_total", "чел.", U + "prikaz_41_kurator.pdf")
    row("Соглашения со школами о наставниках", "agreements_edu_orgs", "шт.", U + "soglasheniya_OO.pdf")
    row("Соглашения с предприятиями", "agreements_enterprises", "шт.")
    row("Соглашения с иными организациями (АНО, библиотека)", "agreements_other_orgs", "шт.", U + "soglasheniya_inye.pdf")
    row("Партнёры ДДТ по наставничеству", "partner_list", "")
    row("Наставники (приказ о закреплении)", "mentors_total", "чел.", U + "prikaz_90_pary.pdf")
    row("Наставляемые (приказ о закреплении)", "mentees_total", "чел.", U + "prikaz_90_pary.pdf")
    heading("ПРОГРАММЫ")
    row("Персонализированные программы, всего", "pp_total", "шт.", U + "ppn/", "папка ППН")
    row("   из них ученик – ученик", "pp_pupil_pupil", "шт.", U + "ppn/", "папка ППН")
    row("   педагог – педагог", "pp_teacher_teacher", "шт.", U + "ppn/", "папка ППН")
    row("   педагог – обучающийся", "pp_teacher_pupil", "шт.", U + "ppn/", "папка ППН")
    heading("ВНЕШНИЕ НАСТАВНИКИ")
    row("Педагоги школ – наставники наших детей", "external_edu_mentors", "чел.", U + "prikaz_90_pary.pdf")
    row("Наставники от других организаций (АНО, библиотека)", "other_org_mentors", "чел.", U + "prikaz_90_pary.pdf")
    heading("ДЕТИ И ПОДРОСТКИ")
    frac("Охват наставничеством детей 10–19 лет (как наставляемых)", d["mentees_10_19"], "mentees_10_19",
         d["students_10_19"], "students_10_19", "share_mentees_10_19",
         "А – наставляемые 10–19 лет, В – все занимающиеся 10–19 лет (по Навигатору)", U + "baza_nastavlyaemyh.pdf")
    row("   группа риска (из А)", "mentees_risk", "чел.", U + "baza_nastavlyaemyh.pdf")
    row("   одарённые, в реестре", "mentees_gifted", "чел.", U + "baza_nastavlyaemyh.pdf")
    row("   ОВЗ, инвалидность", "mentees_disabled", "чел.", U + "baza_nastavlyaemyh.pdf")
    row("   низкая мотивация", "mentees_low_motivation", "чел.")
    row("   выбор профессии", "mentees_career", "чел.", U + "baza_nastavlyaemyh.pdf")
    row("   иное (лидерство, проектная деятельность)", "mentees_other_params", "чел.", U + "baza_nastavlyaemyh.pdf")
    frac("Подростки 15–19 лет – наставники младших", d["mentors_15_19"], "mentors_15_19",
         d["students_15_19"], "students_15_19", "share_mentors_15_19",
         "А – наставники 15–19 лет по приказу, В – все 15–19 лет в объединениях", U + "prikaz_90_pary.pdf")
    frac("Доля объединений ДДТ, где работают наставнические пары", 11, None, 38, None, None,
         "А – объединения с парами, В – все объединения ДДТ",
         nc=["Доля объединений ДДТ, где работают наставнические пары"])
    heading("УДОВЛЕТВОРЁННОСТЬ")
    frac("Наставляемые довольны участием", d["sat_me"][0], None, d["sat_me"][1], None, "satisfaction_mentees",
         "А – ответили «да»/«скорее да», В – заполнили анкету", U + "anketirovanie_2024.pdf", shown="анкеты")
    frac("Наставники довольны участием", d["sat_mr"][0], None, d["sat_mr"][1], None, "satisfaction_mentors",
         "А – ответили «да»/«скорее да», В – заполнили анкету", U + "anketirovanie_2024.pdf", shown="анкеты")
    heading("ПЕДАГОГИ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ")
    frac("Молодые педагоги ДО (до 35, стаж < 3 лет) с наставником", d["young_specialists_mentees"],
         "young_specialists_mentees", d["young_specialists"], "young_specialists", "share_young_specialists_mentees",
         "А – МС-наставляемые, В – все МС", U + "prikaz_90_pary.pdf")
    row("Педагоги (кроме молодых) – наставляемые", "teachers_other_mentees", "чел.", U + "prikaz_90_pary.pdf")
    row("Педагоги (кроме молодых) – всего", "teachers_other", "чел.")
    frac("Доля педагогов-наставляемых (всех)", d["tm_all"], None, d["teachers_municipal"], "teachers_municipal",
         "share_teachers_mentees", "А – МС и прочие педагоги в роли наставляемых, В – все педагоги ДДТ")
    frac("Педагоги-наставники", d["teachers_mentors"], "teachers_mentors", d["teachers_municipal"],
         "teachers_municipal", "share_teachers_mentors", "А – педагоги-наставники, В – все педагоги ДДТ",
         U + "prikaz_90_pary.pdf")
    row("Молодые педагоги, которые сами наставники", "young_specialists_mentors", "чел.")
    row("Педагоги в ППН", "teachers_in_pp", "чел.", U + "ppn/", "папка ППН")
    row("Курсы ПК по наставничеству (2024)", "kpk_trained", "чел.", U + "kpk_2024.pdf")
    row("МО наставников ДДТ", "school_methodical_associations", "шт.", U + "prikaz_55_MO.pdf")
    heading("ПООЩРЕНИЕ")
    row("Акт о доплате наставникам", "pay_acts", "шт.", note="доплата из стимулирующей части, отдельного акта нет")
    row("Акты о моральном поощрении наставников", "nonmaterial_acts", "шт.", U + "polozhenie_pooshchrenie.pdf")
    r += 1
    put(ws, f"A{r}", "Директор ______________ О.В. Сунцова          26.12.2024", box=False)
    wb.save(TYPED / name)
    return F


# ==============================================================================================
# 04 — МБОУ «Сюровайская ООШ» (xlsxwriter): Числитель | Знаменатель | Значение (a formula with its
#      cached result; shares as fractions under a % format) | Ссылка (числитель) | Ссылка (знаменатель).
def file04():
    d = ORG["oosh"]
    name = "04_Сюровайская_ООШ_ЦМН_2024_расчёт.xlsx"
    F = Form(name, "Расчёт", "МБОУ «Сюровайская ООШ»")
    wb = xlsxwriter.Workbook(str(TYPED / name))
    ws = wb.add_worksheet("Расчёт")
    b = wb.add_format({"bold": True})
    hd = wb.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center", "valign": "vcenter",
                        "bg_color": "#DDEBF7"})
    tx = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    nm = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    pc = wb.add_format({"border": 1, "align": "center", "valign": "top", "num_format": "0.00%"})
    sec = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    lk = wb.add_format({"border": 1, "font_color": "#0563C1", "underline": 1, "text_wrap": True, "valign": "top"})
    ws.set_column("A:A", 5)
    ws.set_column("B:B", 52)
    ws.set_column("C:E", 12)
    ws.set_column("F:G", 44)
    U = "https://syurovaj-oosh.edu18.ru/files/nastavnichestvo/"
    OO1 = "https://disk.yandex.ru/i/OO1-2024-Syurovaj-oosh"
    TAR = "https://syurovaj-oosh.edu18.ru/files/tarifikaciya_2024-2025.pdf"
    ws.write("A1", "Муниципальный округ Лумпанский район УР", b)
    ws.write("A2", "МБОУ «Сюровайская ООШ»", b)
    ws.write("A3", "Мониторинг ЦМН – расчёт показателей за 2024 г.")
    for c, t in zip("ABCDEFG", ("№", "Показатель", "Числитель (А)", "Знаменатель (В)", "Значение",
                                "Ссылка на документ (числитель)", "Ссылка на документ (знаменатель)")):
        ws.write(f"{c}5", t, hd)
    for c, t in zip("ABCDEFG", ("", "", "", "", "А/В (для долей), иначе А", "", "")):
        ws.write(f"{c}6", t, hd)
    r = 7

    def heading(text):
        nonlocal r
        ws.merge_range(f"A{r}:G{r}", text, sec)
        F.heading(text)
        r += 1

    def count(num, title, crit, url=None, burl=None):
        nonlocal r
        TITLES.append(title)
        ws.write(f"A{r}", num, tx)
        ws.write(f"B{r}", title, tx)
        ws.write_number(f"C{r}", d[crit], nm)
        ws.write_blank(f"D{r}", None, nm)
        ws.write_formula(f"E{r}", f"=C{r}", nm, d[crit])
        F.val(f"E{r}", crit, d[crit])
        if url:
            ws.write_url(f"F{r}", url, lk, url)
            F.link(f"F{r}", crit, url)
        else:
            ws.write_blank(f"F{r}", None, tx)
        ws.write_blank(f"G{r}", None, tx)
        r += 1

    def frac(num, title, a, a_crit, bb, b_crit, s_crit, url=None, burl=None, nc=None):
        nonlocal r
        TITLES.append(title)
        ws.write(f"A{r}", num, tx)
        ws.write(f"B{r}", title, tx)
        ws.write_number(f"C{r}", a, nm)
        ws.write_number(f"D{r}", bb, nm)
        cached = round(a / bb, 4)
        ws.write_formula(f"E{r}", f"=IF(D{r}=0,0,ROUND(C{r}/D{r},4))", pc, cached)
        v = round(cached * 100, 2)
        if a_crit:
            F.val(f"C{r}", a_crit, a)
        if b_crit:
            F.val(f"D{r}", b_crit, bb)
        if s_crit:
            assert abs(v - sh(a, bb)) < 0.006
            F.val(f"E{r}", s_crit, v)
        for n in (nc or []):
            F.nc(n)
        if not a_crit:
            F.nc(f"{num} {title} — А")
        if not b_crit:
            F.nc(f"{num} {title} — В")
        if url:
            ws.write_url(f"F{r}", url, lk, url)
            for c in (a_crit, s_crit):
                if c:
                    F.link(f"F{r}", c, url)
        else:
            ws.write_blank(f"F{r}", None, tx)
        if burl:
            ws.write_url(f"G{r}", burl, lk, burl)
            if b_crit:
                F.link(f"G{r}", b_crit, burl)
        else:
            ws.write_blank(f"G{r}", None, tx)
        r += 1
        return v

    heading("Раздел 1. Документы")
    count("1", "Положение о наставничестве пед. работников (1 – утверждено, 0 – нет)", "orgs_regulation_teachers",
          U + "polozhenie_nastavnichestvo_pedagogi.pdf")
    count("2", "Положение о наставничестве учеников (1/0)", "orgs_regulation_students",
          U + "polozhenie_nastavnichestvo_ucheniki.pdf")
    count("3", "Приказ о мониторинге целевой модели (1/0)", "orgs_monitoring_order")
    count("4", "Инф. справка по внутреннему мониторингу (1/0)", "internal_monitoring_notes")
    heading("Раздел 2. Организация")
    count("5", "Куратор (чел.)", "curators_total", U + "prikaz_kurator_2023.pdf")
    count("6", "Соглашение с СОШ № 1 о наставниках (кол-во соглашений с ОО)", "agreements_edu_orgs",
          U + "dogovor_SOSH1_setevoe.pdf")
    count("7", "Соглашения с предприятиями", "agreements_enterprises")
    count("8", "Соглашения с др. организациями", "agreements_other_orgs")
    TITLES.append("С кем сотрудничаем (наименование)")
    ws.write(f"A{r}", "9", tx)
    ws.write(f"B{r}", "С кем сотрудничаем (наименование)", tx)
    ws.write_blank(f"C{r}", None, nm)
    ws.write_blank(f"D{r}", None, nm)
    ws.write(f"E{r}", d["partner_list"], tx)
    F.val(f"E{r}", "partner_list", d["partner_list"])
    ws.write_blank(f"F{r}", None, tx)
    ws.write_blank(f"G{r}", None, tx)
    r += 1
    count("10", "Наставников по приказу", "mentors_total", U + "prikaz_34_pary_2024.pdf")
    count("11", "Наставляемых по приказу", "mentees_total", U + "prikaz_34_pary_2024.pdf")
    heading("Раздел 3. ППН")
    count("12", "ППН всего (утверждены)", "pp_total", U + "ppn_2024.pdf")
    count("12.1", "ученик – ученик", "pp_pupil_pupil", U + "ppn_2024.pdf")
    count("12.2", "учитель – учитель", "pp_teacher_teacher", U + "ppn_2024.pdf")
    count("12.3", "директор – молодой учитель (руководитель – педагог)", "pp_head_teacher", U + "ppn_2024.pdf")
    count("12.4", "учитель – ученик", "pp_teacher_pupil", U + "ppn_2024.pdf")
    count("13", "Наставник из другой школы (СОШ № 1), чел.", "external_edu_mentors", U + "prikaz_34_pary_2024.pdf")
    heading("Раздел 4. Доли")
    frac("14", "Доля обучающихся 10–19 лет – наставляемых", d["mentees_10_19"], "mentees_10_19",
         d["students_10_19"], "students_10_19", "share_mentees_10_19", U + "prikaz_34_pary_2024.pdf", OO1)
    frac("15", "Доля обучающихся 15–19 лет – наставников", d["mentors_15_19"], "mentors_15_19",
         d["students_15_19"], "students_15_19", "share_mentors_15_19", U + "prikaz_34_pary_2024.pdf", OO1)
    frac("16", "Удовлетворённость наставляемых (по анкетам)", d["sat_me"][0], None, d["sat_me"][1], None,
         "satisfaction_mentees", U + "anketa_itogi_2024.pdf", U + "anketa_itogi_2024.pdf")
    frac("17", "Удовлетворённость наставников (по анкетам)", d["sat_mr"][0], None, d["sat_mr"][1], None,
         "satisfaction_mentors", U + "anketa_itogi_2024.pdf", U + "anketa_itogi_2024.pdf")
    frac("18", "Доля МС, у которых есть наставник", d["young_specialists_mentees"], "young_specialists_mentees",
         d["young_specialists"], "young_specialists", "share_young_specialists_mentees",
         U + "prikaz_34_pary_2024.pdf", TAR)
    frac("19", "Доля педагогов (без МС) – наставляемых", d["teachers_other_mentees"], "teachers_other_mentees",
         d["teachers_other"], "teachers_other", None, U + "prikaz_34_pary_2024.pdf", TAR,
         nc=["19 Доля педагогов (без МС) – наставляемых"])
    frac("20", "Доля всех педагогов – наставляемых", d["tm_all"], None, d["teachers_municipal"],
         "teachers_municipal", "share_teachers_mentees", None, TAR)
    frac("21", "Доля педагогов – наставников", d["teachers_mentors"], "teachers_mentors", d["teachers_municipal"],
         "teachers_municipal", "share_teachers_mentors", U + "prikaz_34_pary_2024.pdf", TAR)
    frac("22", "Доля МС – наставников", d["young_specialists_mentors"], "young_specialists_mentors",
         d["young_specialists"], "young_specialists", "share_young_specialists_mentors", None, TAR)
    heading("Раздел 5. Прочее")
    count("23", "Наставляемые 10–19 лет: группа риска", "mentees_risk", U + "prikaz_34_pary_2024.pdf")
    count("24", "Наставляемые 10–19 лет: ОВЗ", "mentees_disabled", U + "prikaz_34_pary_2024.pdf")
    count("25", "Наставляемые 10–19 лет: неуспевающие", "mentees_low_motivation", U + "prikaz_34_pary_2024.pdf")
    count("26", "Наставляемые 10–19 лет: профориентация", "mentees_career", U + "prikaz_34_pary_2024.pdf")
    count("27", "Педагоги в утверждённых ППН", "teachers_in_pp", U + "ppn_2024.pdf")
    count("28", "Курсы по наставничеству пройдены (чел., 2024)", "kpk_trained", U + "kpk_udostoverenie.pdf")
    count("29", "ШМО наставников", "school_methodical_associations")
    count("30", "Положение об оплате за наставничество (кол-во актов)", "pay_acts")
    count("31", "Акты о нематериальном стимулировании", "nonmaterial_acts", U + "polozhenie_pooshchrenie.pdf")
    r += 1
    ws.write(f"B{r}", "Примечание: значения в столбце E считаются формулой, не исправлять.")
    ws.write(f"B{r + 2}", "Директор __________ А.Г. Вострокнутова")
    ws.freeze_panes(6, 0)
    wb.close()
    return F


# ==============================================================================================
# 05 — МБОУ «Верхнелумпанская СОШ»: the shares turned on their side — one column per indicator,
#      rows «А – числитель», «В – знаменатель», «Значение, %», «Подтверждение»; a yes/no block across;
#      the counts as an ordinary vertical list below.
def file05():
    d = ORG["vl"]
    name = "05_Верхнелумпанская_СОШ_наставничество_2024.xlsx"
    F = Form(name, "2024", "МБОУ «Верхнелумпанская СОШ»")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024"
    U = "https://vlumpan-sosh-r18.gosweb.gosuslugi.ru/netcat_files/nastavnichestvo/"
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 30
    for i in range(3, 11):
        ws.column_dimensions[get_column_letter(i)].width = 19
    ws.merge_cells("A1:J1")
    put(ws, "A1", "МБОУ «Верхнелумпанская СОШ». Показатели реализации целевой модели наставничества", bold=True,
        box=False, center=True)
    ws.merge_cells("A2:J2")
    put(ws, "A2", "Период: 01.01.2024 – 31.12.2024", box=False, center=True)

    # block 1: shares across
    put(ws, "A4", "I", bold=True, box=False)
    put(ws, "B4", "Показатели-доли (расчёт А/В×100)", bold=True, box=False, wrap=False)
    F.heading("Показатели-доли (расчёт А/В×100)")
    cols = [
        ("Доля наставляемых среди учеников 10–19 лет", d["mentees_10_19"], "mentees_10_19", d["students_10_19"],
         "students_10_19", "share_mentees_10_19", U + "prikaz_pary_2024.pdf"),
        ("Доля наставников среди учеников 15–19 лет", d["mentors_15_19"], "mentors_15_19", d["students_15_19"],
         "students_15_19", "share_mentors_15_19", U + "prikaz_pary_2024.pdf"),
        ("Удовлетворённость наставляемых", d["sat_me"][0], None, d["sat_me"][1], None, "satisfaction_mentees",
         U + "anketirovanie.pdf"),
        ("Удовлетворённость наставников", d["sat_mr"][0], None, d["sat_mr"][1], None, "satisfaction_mentors",
         U + "anketirovanie.pdf"),
        ("Молодые специалисты – наставляемые", d["young_specialists_mentees"], "young_specialists_mentees",
         d["young_specialists"], "young_specialists", "share_young_specialists_mentees", U + "prikaz_pary_2024.pdf"),
        ("Педагоги (с МС) – наставляемые", d["tm_all"], None, d["teachers_municipal"], "teachers_municipal",
         "share_teachers_mentees", None),
        ("Педагоги – наставники", d["teachers_mentors"], "teachers_mentors", d["teachers_municipal"],
         "teachers_municipal", "share_teachers_mentors", U + "prikaz_pary_2024.pdf"),
        ("МС – наставники", d["young_specialists_mentors"], "young_specialists_mentors", d["young_specialists"],
         "young_specialists", "share_young_specialists_mentors", None),
    ]
    put(ws, "B5", "Показатель", bold=True, fill=GREY)
    put(ws, "B6", "А – числитель, чел.", bold=True)
    put(ws, "B7", "В – знаменатель, чел.", bold=True)
    put(ws, "B8", "Значение, %", bold=True)
    put(ws, "B9", "Подтверждение (ссылка на А)", bold=True)
    for i, (title, a, a_crit, b, b_crit, s_crit, url) in enumerate(cols):
        col = get_column_letter(3 + i)
        TITLES.append(title)
        put(ws, f"{col}5", title, bold=True, center=True, fill=GREY)
        put(ws, f"{col}6", a, center=True)
        put(ws, f"{col}7", b, center=True)
        v = sh(a, b)
        put(ws, f"{col}8", v, center=True)
        ws[f"{col}8"].number_format = "0.00"
        if a_crit:
            F.val(f"{col}6", a_crit, a)
        else:
            F.nc(f"{title} — А")
        if b_crit:
            F.val(f"{col}7", b_crit, b)
        else:
            F.nc(f"{title} — В")
        F.val(f"{col}8", s_crit, v)
        if url:
            put(ws, f"{col}9", url, url=url)
            for c in (a_crit, s_crit):
                if c:
                    F.link(f"{col}9", c, url)
        else:
            put(ws, f"{col}9", "—", center=True)
    ws.row_dimensions[5].height = 48

    # block 2: yes/no across
    put(ws, "A11", "II", bold=True, box=False)
    put(ws, "B11", "Документы (1 – есть, 0 – нет)", bold=True, box=False, wrap=False)
    F.heading("Документы (1 – есть, 0 – нет)")
    yn = [("Положение о наставничестве педагогов", "orgs_regulation_teachers", U + "polozhenie_ped.pdf"),
          ("Положение о наставничестве учеников", "orgs_regulation_students", U + "polozhenie_uch.pdf"),
          ("Приказ о мониторинге ЦМН", "orgs_monitoring_order", U + "prikaz_monitoring.pdf"),
          ("Справка по внутреннему мониторингу", "internal_monitoring_notes", U + "spravka_2024.pdf")]
    put(ws, "B12", "Документ", bold=True, fill=GREY)
    put(ws, "B13", "1 / 0", bold=True)
    put(ws, "B14", "Ссылка", bold=True)
    for i, (title, crit, url) in enumerate(yn):
        col = get_column_letter(3 + i)
        TITLES.append(title)
        put(ws, f"{col}12", title, bold=True, center=True, fill=GREY)
        put(ws, f"{col}13", d[crit], center=True)
        F.val(f"{col}13", crit, d[crit])
        put(ws, f"{col}14", url, url=url)
        F.link(f"{col}14", crit, url)
    ws.row_dimensions[12].height = 36

    # block 3: counts down
    put(ws, "A16", "III", bold=True, box=False)
    put(ws, "B16", "Количественные показатели", bold=True, box=False, wrap=False)
    F.heading("Количественные показатели")
    put(ws, "A17", "№", bold=True, fill=GREY)
    put(ws, "B17", "Показатель", bold=True, fill=GREY)
    put(ws, "C17", "Значение", bold=True, fill=GREY)
    ws.merge_cells("D17:F17")
    put(ws, "D17", "Ссылка", bold=True, fill=GREY)
    r = 18
    rows = [
        ("Кураторы ЦМН", "curators_total", U + "prikaz_kurator.pdf"),
        ("Соглашения с ОО (наставники из ДДТ)", "agreements_edu_orgs", U + "soglashenie_DDT.pdf"),
        ("Соглашения с предприятиями (колхоз)", "agreements_enterprises", U + "soglashenie_kolhoz.pdf"),
        ("Партнёры", "partner_list", None),
        ("Наставники (приказ)", "mentors_total", U + "prikaz_pary_2024.pdf"),
        ("Наставляемые (приказ)", "mentees_total", U + "prikaz_pary_2024.pdf"),
        ("ППН всего", "pp_total", U + "ppn/"),
        ("ППН ученик–ученик", "pp_pupil_pupil", U + "ppn/"),
        ("ППН учитель–учитель", "pp_teacher_teacher", U + "ppn/"),
        ("ППН учитель–ученик", "pp_teacher_pupil", U + "ppn/"),
        ("ППН иная форма (работодатель – ученик)", "pp_other", U + "ppn/"),
        ("Наставники из ОО (ДДТ)", "external_edu_mentors", U + "prikaz_pary_2024.pdf"),
        ("Наставники от предприятия (колхоз)", "enterprise_mentors", U + "prikaz_pary_2024.pdf"),
        ("Наставляемые: группа риска", "mentees_risk", U + "prikaz_pary_2024.pdf"),
        ("Наставляемые: одарённые", "mentees_gifted", U + "prikaz_pary_2024.pdf"),
        ("Наставляемые: ОВЗ", "mentees_disabled", U + "prikaz_pary_2024.pdf"),
        ("Наставляемые: низкая мотивация", "mentees_low_motivation", U + "prikaz_pary_2024.pdf"),
        ("Наставляемые: выбор профессии", "mentees_career", U + "prikaz_pary_2024.pdf"),
        ("Наставляемые: иное", "mentees_other_params", U + "prikaz_pary_2024.pdf"),
        ("Педагоги без МС, всего", "teachers_other", None),
        ("Педагоги без МС – наставляемые", "teachers_other_mentees", U + "prikaz_pary_2024.pdf"),
        ("Педагоги в ППН", "teachers_in_pp", U + "ppn/"),
        ("КПК по наставничеству", "kpk_trained", U + "kpk.pdf"),
        ("ШМО наставников", "school_methodical_associations", U + "prikaz_shmo.pdf"),
        ("Акты об оплате наставникам", "pay_acts", U + "polozhenie_oplata.pdf"),
        ("Акты о нематериальном поощрении", "nonmaterial_acts", None),
        ("Мероприятия для наставников (семинары, встречи)", None, None),
    ]
    for i, (title, crit, url) in enumerate(rows, 1):
        TITLES.append(title)
        put(ws, f"A{r}", i)
        put(ws, f"B{r}", title)
        if crit:
            put(ws, f"C{r}", d[crit], center=crit != "partner_list")
            F.val(f"C{r}", crit, d[crit])
        else:
            put(ws, f"C{r}", 7, center=True)
            F.nc(f"{i} {title}")
        ws.merge_cells(f"D{r}:F{r}")
        if url:
            put(ws, f"D{r}", url, url=url)
            F.link(f"D{r}", crit, url)
        else:
            put(ws, f"D{r}", None)
        r += 1
    r += 1
    put(ws, f"B{r}", "Заполнила: Шкляева М.В., куратор ЦМН", box=False, wrap=False)
    put(ws, f"E{r}", "20.12.2024", box=False)
    ws.page_setup.orientation = "landscape"
    wb.save(TYPED / name)
    return F


# ==============================================================================================
# 06 — Управление образования (municipal form): Код | Показатель | Формула | А | В | Значение | Источник | Ссылка,
#      the formula written with coded operands («А5.1/В5.1×100») and what each code means in a legend
#      UNDER the table.
def file06():
    m = MUN
    name = "06_УО_Лумпанский_район_показатели_ЦМН_2024.xlsx"
    F = Form(name, "МО", None)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "МО"
    U = "https://uo-lumpan.ru/upload/cmn/2024/"
    for col, w in zip("ABCDEFGH", (7, 50, 16, 9, 9, 10, 20, 48)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    put(ws, "A1", "Управление образования Администрации муниципального образования «Муниципальный округ "
                  "Лумпанский район Удмуртской Республики»", bold=True, box=False, center=True)
    ws.merge_cells("A2:H2")
    put(ws, "A2", "Показатели эффективности реализации целевой модели наставничества в муниципальном округе "
                  "по итогам 2024 года", bold=True, box=False, center=True)
    for i, h in enumerate(["Код", "Показатель", "Формула", "А", "В", "Значение", "Источник данных",
                           "Ссылка"]):
        put(ws, f"{get_column_letter(i + 1)}4", h, bold=True, center=True, fill=GREY)
    r = 5
    legend = []

    def heading(text):
        nonlocal r
        ws.merge_cells(f"A{r}:H{r}")
        put(ws, f"A{r}", text, bold=True, fill=PatternFill("solid", fgColor="FFF2CC"))
        F.heading(text)
        r += 1

    def count(code, title, crit, source, url=None, formula="Σ по ОО", typed=None, fragment=None):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", code)
        put(ws, f"B{r}", title)
        put(ws, f"C{r}", formula, center=True)
        put(ws, f"D{r}", None)
        put(ws, f"E{r}", None)
        put(ws, f"F{r}", m[crit] if typed is None else typed, center=True)
        F.val(f"F{r}", crit, m[crit], fragment=fragment)
        put(ws, f"G{r}", source)
        if url:
            put(ws, f"H{r}", url, url=url)
            F.link(f"H{r}", crit, url)
        else:
            put(ws, f"H{r}", None)
        r += 1

    def frac(code, title, a, a_crit, a_text, b, b_crit, b_text, s_crit, source, url=None, nc=None):
        nonlocal r
        TITLES.append(title)
        put(ws, f"A{r}", code)
        put(ws, f"B{r}", title)
        put(ws, f"C{r}", f"А{code}/В{code}×100", center=True)
        put(ws, f"D{r}", a, center=True)
        put(ws, f"E{r}", b, center=True)
        v = sh(a, b)
        put(ws, f"F{r}", v, center=True)
        ws[f"F{r}"].number_format = "0.00"
        put(ws, f"G{r}", source)
        legend.append(f"А{code} – {a_text}; В{code} – {b_text}")
        if a_crit:
            F.val(f"D{r}", a_crit, a)
        if b_crit:
            F.val(f"E{r}", b_crit, b)
        if s_crit:
            assert m[s_crit] == v
            F.val(f"F{r}", s_crit, v)
        for n in (nc or []):
            F.nc(n)
        if not a_crit:
            F.nc(f"{code} {title} — А")
        if not b_crit:
            F.nc(f"{code} {title} — В")
        if url:
            put(ws, f"H{r}", url, url=url)
            for c in (a_crit, s_crit):
                if c:
                    F.link(f"H{r}", c, url)
        else:
            put(ws, f"H{r}", None)
        r += 1

    heading("1. Нормативное обеспечение")
    count("1.1", "Приказ УО о внедрении ЦМН в округе (1 – да, 0 – нет)", "municipal_order", "приказ УО",
          U + "prikaz_UO_312_CMN.pdf", formula="1/0")
    frac("1.2", "Доля ОО, где утверждено положение о наставничестве педагогов", m["orgs_regulation_teachers"],
         "orgs_regulation_teachers", "число ОО с утверждённым положением о наставничестве педагогов",
         m["orgs_total"], "orgs_total", "число ОО, подведомственных УО (школы и ДОП)", "share_orgs_teachers_system",
         "формы ОО", U + "polozheniya_OO_pedagogi.pdf")
    frac("1.3", "Доля ОО, где утверждено положение о наставничестве обучающихся", m["orgs_regulation_students"],
         "orgs_regulation_students", "число ОО с положением о наставничестве обучающихся",
         m["orgs_total"], "orgs_total", "то же, что В1.2", "share_orgs_students_system", "формы ОО",
         U + "polozheniya_OO_obuch.pdf")
    count("1.4", "ОО, издавшие приказ о мониторинге ЦМН", "orgs_monitoring_order", "формы ОО",
          U + "prikazy_OO_monitoring.zip", formula="кол-во ОО")
    count("1.5", "Аналитическая справка УО по итогам мониторинга (1/0)", "municipal_analytic_note", "УО",
          U + "spravka_UO_monitoring_2024.pdf", formula="1/0")
    count("1.6", "ОО, подготовившие справку по внутреннему мониторингу", "internal_monitoring_notes", "формы ОО",
          U + "spravki_OO_2024.zip", formula="кол-во ОО")
    heading("2. Организация процесса")
    count("2.1", "Кураторы ЦМН в ОО, всего", "curators_total", "формы ОО", U + "prikazy_kuratory.zip")
    count("2.2", "Соглашения ОО с другими образовательными организациями (наставники)", "agreements_edu_orgs",
          "формы ОО", U + "soglasheniya_OO.zip")
    count("2.3", "Соглашения ОО с предприятиями", "agreements_enterprises", "формы ОО", U + "soglasheniya_predpr.zip")
    count("2.4", "Соглашения ОО с иными организациями", "agreements_other_orgs", "формы ОО",
          U + "soglasheniya_inye.zip")
    count("2.5", "Наставники в ОО по приказам, всего", "mentors_total", "формы ОО", U + "prikazy_pary_OO.zip")
    count("2.6", "Наставляемые в ОО по приказам, всего", "mentees_total", "формы ОО", U + "prikazy_pary_OO.zip")
    frac("2.7", "Доля предприятий округа, участвующих в наставничестве", m["ent_a"], None,
         "предприятия и организации, сотрудники которых – наставники в ОО", m["ent_b"], None,
         "предприятия и организации округа (реестр администрации)", "share_enterprises", "УО, администрация")
    heading("3. Персонализированные программы")
    count("3.1", "ППН по всем формам", "pp_total", "формы ОО", U + "ppn_svod.xlsx")
    for code, title, crit in (("3.2", "ППН «ученик – ученик»", "pp_pupil_pupil"),
                              ("3.3", "ППН «учитель – учитель»", "pp_teacher_teacher"),
                              ("3.4", "ППН «руководитель – педагог»", "pp_head_teacher"),
                              ("3.5", "ППН «учитель – ученик»", "pp_teacher_pupil"),
                              ("3.6", "ППН «студент – ученик»", "pp_student_pupil"),
                              ("3.7", "ППН иных форм (учитель – родитель, работодатель – ученик)", "pp_other")):
        count(code, title, crit, "формы ОО", U + "ppn_svod.xlsx" if m[crit] else None)
    heading("4. Внешние наставники")
    count("4.1", "Наставники – сотрудники других ОО", "external_edu_mentors", "формы ОО", U + "prikazy_pary_OO.zip")
    count("4.2", "Наставники – сотрудники предприятий", "enterprise_mentors", "формы ОО", U + "prikazy_pary_OO.zip")
    count("4.3", "Наставники – сотрудники иных организаций", "other_org_mentors", "формы ОО",
          U + "prikazy_pary_OO.zip")
    heading("5. Обучающиеся 10–19 лет – наставляемые")
    frac("5.1", "Доля обучающихся 10–19 лет – наставляемых", m["mentees_10_19"], "mentees_10_19",
         "обучающиеся 10–19 лет в роли наставляемого (сумма по ОО)", m["students_10_19"], "students_10_19",
         "обучающиеся 10–19 лет, всего (ОО-1, 1-ДО)", "share_mentees_10_19", "формы ОО, ОО-1",
         U + "baza_nastavlyaemyh_svod.xlsx")
    for code, title, crit in (("5.2", "в т.ч. «группа риска»", "mentees_risk"),
                              ("5.3", "в т.ч. одарённые (реестр)", "mentees_gifted"),
                              ("5.4", "в т.ч. с ОВЗ и инвалидностью", "mentees_disabled"),
                              ("5.5", "в т.ч. с низкой мотивацией / неуспевающие", "mentees_low_motivation"),
                              ("5.6", "в т.ч. с трудностями профессионального выбора", "mentees_career"),
                              ("5.7", "в т.ч. по иным основаниям", "mentees_other_params")):
        count(code, title, crit, "формы ОО", U + "baza_nastavlyaemyh_svod.xlsx")
    heading("6. Обучающиеся 15–19 лет – наставники")
    frac("6.1", "Доля обучающихся 15–19 лет – наставников", m["mentors_15_19"], "mentors_15_19",
         "наставники из числа обучающихся 15–19 лет (сумма по ОО)", m["students_15_19"], "students_15_19",
         "обучающиеся 15–19 лет, всего", "share_mentors_15_19", "формы ОО, ОО-1", U + "prikazy_pary_OO.zip")
    heading("7. Удовлетворённость")
    count("7.1", "Удовлетворённость наставляемых завершёнными программами, %", "satisfaction_mentees",
          "формы ОО", U + "anketirovanie_svod.xlsx", formula="среднее по ОО")
    count("7.2", "Удовлетворённость наставников, %", "satisfaction_mentors", "формы ОО",
          U + "anketirovanie_svod.xlsx", formula="среднее по ОО")
    heading("8. Педагоги – наставляемые")
    frac("8.1", "Доля МС – наставляемых", m["young_specialists_mentees"], "young_specialists_mentees",
         "молодые специалисты (до 35 лет, первые 3 года работы) в роли наставляемых", m["young_specialists"],
         "young_specialists", "молодые специалисты в ОО, всего", "share_young_specialists_mentees", "формы ОО",
         U + "prikazy_pary_OO.zip")
    frac("8.2", "Доля прочих педагогов – наставляемых", m["teachers_other_mentees"], "teachers_other_mentees",
         "педагоги, кроме МС, в роли наставляемых", m["teachers_other"], "teachers_other",
         "педагоги без учёта МС, всего", None, "формы ОО", U + "prikazy_pary_OO.zip",
         nc=["8.2 Доля прочих педагогов – наставляемых"])
    frac("8.3", "Доля педагогов – наставляемых (всего)", m["tm_all"], None, "А8.1 + А8.2",
         m["teachers_municipal"], "teachers_municipal", "В8.1 + В8.2 (все педагоги округа)",
         "share_teachers_mentees", "формы ОО")
    heading("9. Профессиональное развитие")
    count("9.1", "Педагоги – участники ППН", "teachers_in_pp", "формы ОО", U + "ppn_svod.xlsx")
    count("9.2", "Обучены на КПК по наставничеству в 2024 г.", "kpk_trained", "формы ОО", U + "kpk_2024_svod.pdf")
    count("9.3", "Муниципальные (районные) МО наставников", "municipal_methodical_associations", "УО",
          U + "prikaz_UO_RMO_nastavnikov.pdf", formula="кол-во")
    count("9.4", "МО наставников в ОО", "school_methodical_associations", "формы ОО", U + "prikazy_SHMO.zip")
    heading("10. Педагоги – наставники")
    frac("10.1", "Доля педагогов – наставников", m["teachers_mentors"], "teachers_mentors",
         "педагоги в роли наставника (сумма по ОО)", m["teachers_municipal"], "teachers_municipal",
         "все педагоги округа (= В8.3)", "share_teachers_mentors", "формы ОО", U + "prikazy_pary_OO.zip")
    frac("10.2", "Доля МС – наставников", m["young_specialists_mentors"], "young_specialists_mentors",
         "молодые специалисты в роли наставника", m["young_specialists_municipal"], "young_specialists_municipal",
         "молодые специалисты округа, всего (= В8.1)", "share_young_specialists_mentors", "формы ОО",
         U + "prikazy_pary_OO.zip")
    heading("11–13. Стимулирование, информирование, сетевое сообщество")
    count("11.1", "Локальные акты ОО об оплате наставничества", "pay_acts", "формы ОО", U + "akty_oplata.zip")
    count("11.2", "Локальные акты ОО о нематериальном поощрении", "nonmaterial_acts", "формы ОО",
          U + "akty_pooshchrenie.zip")
    count("12.1", "Лучшие практики, размещённые на сайте УО / в Сообществе педагогов УР (2024)", "best_practices",
          "УО", "https://uo-lumpan.ru/nastavnichestvo/luchshie-praktiki/", formula="кол-во")
    count("12.2", "Конкурсы профмастерства по наставничеству, проведённые в округе (2024)", "contests", "УО",
          U + "prikaz_konkurs_Nastavnik-2024.pdf", formula="кол-во")
    count("13.1", "Сетевое сообщество педагогов-наставников (1 – есть, 0 – нет)", "network_community", "УО",
          U + "prikaz_setevoe_soobshchestvo.pdf", formula="1/0")
    count("13.2", "Сетевые наставники (приказ МОиН УР № 15/09)", "network_mentors", "УО",
          U + "spisok_setevyh_nastavnikov.pdf", formula="кол-во")
    # a regional extra indicator with its own А and В, no criterion at all
    frac("13.3", "Доля ОО, разместивших раздел «Наставничество» на сайте", 16, None,
         "ОО с разделом «Наставничество» на официальном сайте", m["orgs_total"], "orgs_total",
         "все ОО (= В1.2)", None, "сайты ОО", nc=["13.3 Доля ОО, разместивших раздел «Наставничество» на сайте"])
    r += 1
    put(ws, f"A{r}", "Условные обозначения:", bold=True, box=False, wrap=False)
    r += 1
    for line in legend:
        ws.merge_cells(f"A{r}:H{r}")
        put(ws, f"A{r}", line, box=False)
        r += 1
    r += 1
    put(ws, f"A{r}", "Всего ОО, представивших формы: 16 из 16. Данные на 31.12.2024.", box=False, wrap=False)
    r += 2
    put(ws, f"B{r}", "Начальник Управления образования ____________ Н.А. Ложкина", box=False, wrap=False)
    r += 1
    put(ws, f"B{r}", "Исп.: Бабинцева О.С., методист ИМЦ, тел. 8 (34159) 2-31-55", box=False, wrap=False)
    wb.save(TYPED / name)
    return F


def main():
    TYPED.mkdir(exist_ok=True)
    for p in TYPED.glob("*.xlsx"):
        p.unlink()
    forms = [file01(), file02(), file03(), file04(), file05(), file06()]
    bad = [t for t in TITLES if _n(t) in WORDINGS]
    assert not bad, f"catalogue wording typed verbatim: {bad}"
    expected = [f.entry for f in forms]
    cells = [c for f in forms for c in f.cells]
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(f["values"]) for f in expected)
    nl = sum(len(f["links"]) for f in expected)
    print(f"wrote {len(forms)} files, {len(expected)} forms, {nv} values, {nl} links, {len(cells)} cells")


if __name__ == "__main__":
    main()
