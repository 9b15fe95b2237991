#!/usr/bin/env python3
"""heldout88: one organisation's ЦМН form with the values given per structural unit in columns.

Writes typed/*.xlsx, expected.json and cells.json. Deterministic: the data are fixed, the workbook
properties carry a fixed date, and the JSON files are byte-identical between runs.
"""
import csv
import datetime
import json
import pathlib
import re

import xlsxwriter

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_DATE = datetime.datetime(2025, 1, 20, 10, 0, 0)

# ----------------------------------------------------------------------------------------------
# catalogue
# ----------------------------------------------------------------------------------------------
CAT = {}
with open(CRITERIA, encoding="utf-8") as fh:
    for row in csv.DictReader(fh, delimiter="\t"):
        CAT[row["id"]] = row


def norm(s):
    return re.sub(r"[\s«»\"'()\-–—.,:;/]+", " ", s.lower()).strip()


CAT_WORDINGS = set()
for r in CAT.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r.get(k):
            CAT_WORDINGS.add(norm(r[k]))

SHARES = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["young_specialists_mentees", "teachers_other_mentees"],
                               ["young_specialists", "teachers_other"]),
    "share_teachers_mentors": (["teachers_mentors"], ["young_specialists", "teachers_other"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
CATS = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
        "mentees_career", "mentees_other_params"]
PPS = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
       "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
MENTOR_PARTS = ["teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors",
                "other_org_mentors"]


def n(x):
    return x if isinstance(x, (int, float)) and not isinstance(x, bool) else 0


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def r2(x):
    return round(x + 1e-12, 2)


class Org:
    """One organisation: its units and, per criterion, the value of each unit (or the whole)."""

    def __init__(self, name, units, data, totals=None, levels=None):
        self.name = name
        self.units = units
        self.data = data            # crit -> list per unit (numbers, «да»/«нет», «—», None)
        self.totals = totals or {}  # crit -> total given only for the whole organisation
        self.levels = levels or {}  # crit -> (list per unit or None, total)
        for k, v in data.items():
            assert len(v) == len(units), (name, k)

    def part(self, crit, i):
        if crit in SHARES:
            num, den = SHARES[crit]
            nv = [self.data.get(c, [None] * len(self.units))[i] for c in num]
            dv = [self.data.get(c, [None] * len(self.units))[i] for c in den]
            if not all(isnum(x) for x in nv + dv) or sum(dv) == 0:
                return None
            return r2(100.0 * sum(nv) / sum(dv))
        if crit in self.levels:
            parts = self.levels[crit][0]
            return parts[i] if parts else None
        return self.data[crit][i]

    def total(self, crit):
        if crit in self.totals:
            return self.totals[crit]
        if crit in self.levels:
            return self.levels[crit][1]
        if crit in SHARES:
            num, den = SHARES[crit]
            return r2(100.0 * sum(self.total(c) for c in num) / sum(self.total(c) for c in den))
        vals = self.data[crit]
        if all(isinstance(v, str) and v in ("да", "нет", "х", "—") for v in vals):
            return "да" if "да" in vals else "нет"
        return sum(n(v) for v in vals)

    def check(self):
        """Consistency of every unit and of the whole."""
        idx = list(range(len(self.units))) + ["T"]
        for i in idx:
            g = (lambda c: n(self.total(c))) if i == "T" else (lambda c: n(self.data.get(c, [0] * 9)[i]))
            have = lambda c: c in self.data
            if have("mentors_total"):
                assert g("mentors_total") == sum(g(c) for c in MENTOR_PARTS if have(c)), (self.name, i, "mentors")
            if have("mentees_10_19") and all(have(c) for c in CATS):
                assert g("mentees_10_19") == sum(g(c) for c in CATS), (self.name, i, "cats")
            elif have("mentees_10_19"):
                assert g("mentees_10_19") >= sum(g(c) for c in CATS if have(c)), (self.name, i, "cats")
            if have("mentees_total"):
                low = sum(g(c) for c in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees") if have(c))
                assert g("mentees_total") >= low, (self.name, i, "mentees")
            if have("pp_total"):
                assert g("pp_total") == sum(g(c) for c in PPS if have(c)), (self.name, i, "pp")
            for c in MENTOR_PARTS[1:] + CATS + PPS:
                if have(c) and have("mentors_total") and c in MENTOR_PARTS:
                    assert g(c) <= g("mentors_total")
            if have("teachers_municipal"):
                assert g("teachers_municipal") == g("young_specialists") + g("teachers_other"), (self.name, i, "teachers")
            for part, whole in (("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                                ("young_specialists_mentees", "young_specialists"),
                                ("young_specialists_mentors", "young_specialists"),
                                ("teachers_other_mentees", "teachers_other"),
                                ("students_15_19", "students_10_19")):
                if have(part) and have(whole):
                    assert g(part) <= g(whole), (self.name, i, part)
            if have("teachers_in_pp"):
                cap = sum(g(c) for c in ("teachers_mentors", "young_specialists_mentees", "teachers_other_mentees") if have(c))
                assert g("teachers_in_pp") <= cap, (self.name, i, "teachers_in_pp")
            if have("teachers_mentors") and have("young_specialists") and have("teachers_other"):
                assert g("teachers_mentors") <= g("young_specialists") + g("teachers_other")


# ----------------------------------------------------------------------------------------------
# the organisations (Кенский муниципальный округ, invented)
# ----------------------------------------------------------------------------------------------
D, X = "—", "х"

SOSH1 = Org("МБОУ «Кенская СОШ № 1»",
            ["Основное здание", "Филиал в с. Ключи", "Дошкольное отделение"],
            dict(
                orgs_regulation_teachers=["да", "да", "да"],
                orgs_regulation_students=["да", "да", X],
                orgs_monitoring_order=["да", "да", "да"],
                internal_monitoring_notes=["да", "да", "да"],
                curators_total=[1, 1, 0],
                mentors_total=[38, 7, 3],
                teachers_mentors=[12, 3, 3],
                mentors_15_19=[24, 2, D],
                external_edu_mentors=[2, 1, 0],
                enterprise_mentors=[0, 1, 0],
                mentees_total=[96, 15, 4],
                agreements_edu_orgs=[1, 1, 0],
                agreements_enterprises=[0, 1, 0],
                pp_total=[34, 6, 3],
                pp_pupil_pupil=[18, 3, 0],
                pp_teacher_teacher=[9, 2, 3],
                pp_head_teacher=[2, 0, 0],
                pp_teacher_pupil=[5, 1, 0],
                pp_other=[0, 0, 0],
                students_10_19=[612, 58, D],
                mentees_10_19=[78, 12, D],
                mentees_risk=[9, 2, D],
                mentees_gifted=[14, 1, D],
                mentees_disabled=[6, 3, D],
                mentees_low_motivation=[21, 4, D],
                mentees_career=[16, 2, D],
                mentees_other_params=[12, 0, D],
                students_15_19=[214, 9, D],
                teachers_municipal=[47, 10, 13],
                young_specialists=[6, 1, 2],
                young_specialists_mentees=[6, 1, 2],
                young_specialists_mentors=[0, 0, 0],
                teachers_other=[41, 9, 11],
                teachers_other_mentees=[4, 1, 2],
                teachers_in_pp=[18, 5, 6],
                kpk_trained=[3, 1, 1],
                school_methodical_associations=[1, 0, 0],
                pay_acts=[X, X, X],
                nonmaterial_acts=[X, X, X],
                partner_list=["ФГБОУ ВО «ГГИПУ им. В.Г. Короленко»",
                              "АПОУ УР «Кенский аграрный техникум»; СПК «Ключевской»", X],
            ),
            totals=dict(pay_acts=1, nonmaterial_acts=1,
                        partner_list="ФГБОУ ВО «ГГИПУ им. В.Г. Короленко»; АПОУ УР «Кенский аграрный техникум»; "
                                     "СПК «Ключевской»"),
            levels=dict(satisfaction_mentees=(None, 92.4), satisfaction_mentors=(None, 89.7)))

GIMN = Org("МАОУ «Кенская гимназия»",
           ["Корпус № 1 (ул. Советская, 12)", "Корпус № 2 (ул. Садовая, 3)", "Филиал «Удугучинская ООШ»"],
           dict(
               orgs_regulation_teachers=["Да", "Да", "Да"],
               orgs_regulation_students=["Да", "Да", "Да"],
               orgs_monitoring_order=["Да", "Да", "Да"],
               internal_monitoring_notes=["Да", "Да", "Да"],
               curators_total=[1, D, 1],
               mentors_total=[41, 9, 6],
               teachers_mentors=[14, 8, 3],
               mentors_15_19=[22, 0, 1],
               other_org_mentors=[3, 1, 0],
               external_edu_mentors=[2, 0, 2],
               mentees_total=[118, 27, 11],
               agreements_edu_orgs=[1, 0, 1],
               agreements_other_orgs=[1, 1, 0],
               pp_total=[42, 16, 6],
               pp_pupil_pupil=[21, 5, 2],
               pp_teacher_teacher=[10, 6, 2],
               pp_head_teacher=[3, 1, 1],
               pp_teacher_pupil=[8, 2, 1],
               pp_other=[0, 2, 0],
               students_10_19=[704, 31, 44],
               mentees_10_19=[95, 12, 8],
               mentees_risk=[7, 1, 2],
               mentees_gifted=[31, 3, 1],
               mentees_disabled=[5, 2, 1],
               mentees_low_motivation=[18, 4, 3],
               mentees_career=[22, 0, 1],
               mentees_other_params=[12, 2, 0],
               students_15_19=[268, D, 6],
               teachers_municipal=[59, 17, 13],
               young_specialists=[7, 3, 1],
               young_specialists_mentees=[6, 3, 1],
               young_specialists_mentors=[1, 0, 0],
               teachers_other=[52, 14, 12],
               teachers_other_mentees=[5, 2, 0],
               teachers_in_pp=[21, 11, 3],
               kpk_trained=[4, 2, 1],
               school_methodical_associations=[1, 1, 0],
               pay_acts=[X, X, X],
               nonmaterial_acts=[X, X, X],
               partner_list=["ФГБОУ ВО «УдГУ»; МБУК «Кенская ЦБС»", "МАУ «Кенский молодёжный центр»",
                             "БПОУ УР «Кенский педагогический колледж»"],
           ),
           totals=dict(orgs_regulation_teachers="Да", orgs_regulation_students="Да", orgs_monitoring_order="Да",
                       internal_monitoring_notes="Да", pay_acts=1, nonmaterial_acts=1,
                       partner_list="ФГБОУ ВО «УдГУ»; БПОУ УР «Кенский педагогический колледж»; "
                                    "МБУК «Кенская ЦБС»; МАУ «Кенский молодёжный центр»"),
           levels=dict(satisfaction_mentees=(None, 94.1), satisfaction_mentors=(None, 90.8)))

VERKH = Org("МБОУ «Верх-Кенская СОШ»",
            ["Основное здание (с. Верх-Кены)", "Филиал в д. Старые Ключи", "Дошкольная группа"],
            dict(
                orgs_monitoring_order=["да", "да", "да"],
                mentors_total=[19, 6, 2],
                teachers_mentors=[9, 4, 2],
                mentors_15_19=[10, 1, D],
                external_edu_mentors=[D, 1, D],
                mentees_total=[41, 12, 3],
                students_10_19=[236, 41, D],
                mentees_10_19=[33, 9, D],
                mentees_risk=[4, 2, D],
                mentees_disabled=[3, 1, D],
                students_15_19=[71, 4, D],
                young_specialists=[3, 1, 1],
                young_specialists_mentees=[3, 1, 1],
                teachers_other=[24, 8, 5],
                teachers_other_mentees=[2, 1, 1],
                pp_total=[14, 5, 2],
                pp_teacher_teacher=[5, 2, 2],
                pp_pupil_pupil=[7, 2, 0],
                pp_teacher_pupil=[2, 1, 0],
                kpk_trained=[2, 1, 0],
            ),
            totals=dict(orgs_regulation_teachers="да", orgs_regulation_students="да",
                        internal_monitoring_notes="да", curators_total=1, agreements_edu_orgs=1,
                        partner_list="МАОУ «Кенская гимназия»", pay_acts=1, nonmaterial_acts=1),
            levels=dict(satisfaction_mentees=(None, 90.5), satisfaction_mentors=(None, 88.0)))

ILYA = Org("МБОУ «Ильинская СОШ»",
           ["Основное здание (с. Ильинское)", "Филиал «Кузьминская НОШ» (д. Кузьма)",
            "Дошкольное отделение «Солнышко»"],
           dict(
               orgs_regulation_teachers=["да", "да", "да"],
               orgs_regulation_students=["да", "нет", "нет"],
               orgs_monitoring_order=["да", "нет", "да"],
               internal_monitoring_notes=["да", "нет", "нет"],
               pay_acts=["да", "да", "нет"],
               nonmaterial_acts=["нет", "нет", "нет"],
               curators_total=[1, 0, 0],
               mentors_total=[16, 3, 2],
               teachers_mentors=[8, 3, 2],
               mentors_15_19=[7, 0, D],
               enterprise_mentors=[1, 0, 0],
               mentees_total=[34, 6, 2],
               agreements_enterprises=[1, 0, 0],
               pp_total=[13, 3, 2],
               pp_pupil_pupil=[6, 1, 0],
               pp_teacher_teacher=[4, 1, 2],
               pp_head_teacher=[0, 0, 0],
               pp_teacher_pupil=[3, 1, 0],
               students_10_19=[198, 14, D],
               mentees_10_19=[27, 4, D],
               mentees_risk=[3, 1, D],
               mentees_gifted=[2, 0, D],
               mentees_disabled=[2, 0, D],
               mentees_low_motivation=[9, 2, D],
               mentees_career=[8, 0, D],
               mentees_other_params=[3, 1, D],
               students_15_19=[54, D, D],
               teachers_municipal=[23, 4, 7],
               young_specialists=[2, 1, 1],
               young_specialists_mentees=[2, 1, 1],
               teachers_other=[21, 3, 6],
               teachers_other_mentees=[2, 0, 1],
               teachers_in_pp=[10, 3, 3],
               kpk_trained=[2, 0, 1],
               school_methodical_associations=[1, 0, 0],
               partner_list=["СПК «Ильинский»", D, D],
           ),
           totals=dict(partner_list="СПК «Ильинский»"),
           levels=dict(satisfaction_mentees=(None, 95.0), satisfaction_mentors=(None, 93.3)))

# satisfaction per unit with the number of respondents: the whole is weighted by respondents
S2_SAT_MENTEES = [91.2, 96.0, 88.5]
S2_RESP_MENTEES = [52, 14, 17]
S2_SAT_MENTORS = [87.0, 92.5, 90.0]
S2_RESP_MENTORS = [37, 5, 5]


def weighted(levels, weights):
    return r2(sum(a * b for a, b in zip(levels, weights)) / sum(weights))


SOSH2 = Org("МБОУ «Кенская СОШ № 2»",
            ["Основное здание (ул. Ленина, 40)", "Здание начальных классов", "Филиал в п. Лесной"],
            dict(
                orgs_regulation_teachers=["да", "да", "да"],
                orgs_regulation_students=["да", "да", "да"],
                orgs_monitoring_order=["да", "да", "да"],
                internal_monitoring_notes=["да", "да", "да"],
                curators_total=[1, 0, 1],
                mentors_total=[37, 5, 5],
                teachers_mentors=[15, 5, 3],
                mentors_15_19=[19, D, 1],
                external_edu_mentors=[1, 0, 0],
                other_org_mentors=[2, 0, 1],
                mentees_total=[70, 14, 17],
                agreements_edu_orgs=[1, 0, 0],
                agreements_other_orgs=[1, 0, 1],
                pp_total=[30, 7, 9],
                pp_pupil_pupil=[14, 2, 4],
                pp_teacher_teacher=[6, 2, 2],
                pp_head_teacher=[2, 0, 1],
                pp_teacher_pupil=[7, 3, 2],
                pp_student_pupil=[1, 0, 0],
                students_10_19=[540, 118, 48],
                mentees_10_19=[58, 6, 14],
                mentees_risk=[6, 1, 3],
                mentees_gifted=[12, 2, 1],
                mentees_disabled=[4, 1, 2],
                mentees_low_motivation=[15, 2, 4],
                mentees_career=[14, 0, 3],
                mentees_other_params=[7, 0, 1],
                students_15_19=[196, D, 11],
                teachers_municipal=[43, 13, 10],
                young_specialists=[5, 2, 1],
                young_specialists_mentees=[5, 1, 1],
                young_specialists_mentors=[1, 0, 0],
                teachers_other=[38, 11, 9],
                teachers_other_mentees=[3, 1, 2],
                teachers_in_pp=[16, 5, 5],
                kpk_trained=[3, 1, 1],
                school_methodical_associations=[1, 0, 0],
                pay_acts=[X, X, X],
                nonmaterial_acts=[X, X, X],
                partner_list=["БПОУ УР «Кенский педагогический колледж»; МБУК «Кенский краеведческий музей»", X,
                              "Лесновская сельская библиотека"],
            ),
            totals=dict(pay_acts=1, nonmaterial_acts=1,
                        partner_list="БПОУ УР «Кенский педагогический колледж»; МБУК «Кенский краеведческий "
                                     "музей»; Лесновская сельская библиотека"),
            levels=dict(satisfaction_mentees=(S2_SAT_MENTEES, weighted(S2_SAT_MENTEES, S2_RESP_MENTEES)),
                        satisfaction_mentors=(S2_SAT_MENTORS, weighted(S2_SAT_MENTORS, S2_RESP_MENTORS))))

CDT = Org("МБУ ДО «Кенский центр детского творчества»",
          ["Основная площадка (ул. Мира, 7)", "Структурное подразделение «Кванториум»"],
          dict(
              orgs_regulation_teachers=["да", "да"],
              orgs_regulation_students=["да", "да"],
              orgs_monitoring_order=["да", "да"],
              internal_monitoring_notes=["да", "да"],
              curators_total=[1, 1],
              mentors_total=[21, 25],
              teachers_mentors=[11, 4],
              mentors_15_19=[9, 14],
              enterprise_mentors=[0, 5],
              external_edu_mentors=[1, 2],
              mentees_total=[57, 38],
              agreements_enterprises=[0, 2],
              agreements_edu_orgs=[1, 1],
              pp_total=[18, 21],
              pp_pupil_pupil=[5, 6],
              pp_teacher_teacher=[4, 2],
              pp_teacher_pupil=[9, 8],
              pp_other=[0, 5],
              students_10_19=[824, 412],
              mentees_10_19=[48, 36],
              mentees_gifted=[12, 18],
              mentees_risk=[6, 0],
              mentees_disabled=[5, 1],
              mentees_low_motivation=[0, 0],
              mentees_career=[8, 14],
              mentees_other_params=[17, 3],
              students_15_19=[203, 118],
              teachers_municipal=[36, 13],
              young_specialists=[2, 1],
              young_specialists_mentees=[2, 1],
              teachers_other=[34, 12],
              teachers_other_mentees=[3, 1],
              teachers_in_pp=[13, 5],
              kpk_trained=[2, 2],
              school_methodical_associations=[1, 0],
              pay_acts=[D, D],
              nonmaterial_acts=[D, D],
              partner_list=["ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»",
                            "АПОУ УР «Кенский индустриальный техникум»\nООО «Кенский механический завод»\n"
                            "АО «Кенскэнерго»"],
          ),
          totals=dict(pay_acts=1, nonmaterial_acts=1,
                      partner_list="ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»\nАПОУ УР «Кенский индустриальный "
                                   "техникум»\nООО «Кенский механический завод»\nАО «Кенскэнерго»"),
          levels=dict(satisfaction_mentees=(None, 96.2), satisfaction_mentors=(None, 93.8)))

SOSH4 = Org("МБОУ «Кенская СОШ № 4»",
            ["Основное здание", "Филиал в д. Гыя", "Дошкольное отделение"],
            dict(
                orgs_regulation_teachers=["да", "да", "да"],
                orgs_regulation_students=["да", "да", X],
                orgs_monitoring_order=["да", "да", "да"],
                internal_monitoring_notes=["да", "да", "да"],
                curators_total=[1, 1, 0],
                mentors_total=[23, 2, 2],
                teachers_mentors=[10, 2, 2],
                mentors_15_19=[12, 0, D],
                other_org_mentors=[1, 0, 0],
                mentees_total=[52, 6, 2],
                agreements_other_orgs=[1, 0, 0],
                pp_total=[20, 3, 2],
                pp_pupil_pupil=[9, 1, 0],
                pp_teacher_teacher=[6, 1, 2],
                pp_head_teacher=[1, 0, 0],
                pp_teacher_pupil=[4, 1, 0],
                students_10_19=[388, 27, D],
                mentees_10_19=[41, 5, D],
                mentees_risk=[5, 1, D],
                mentees_gifted=[9, 0, D],
                mentees_disabled=[3, 1, D],
                mentees_low_motivation=[11, 2, D],
                mentees_career=[10, 0, D],
                mentees_other_params=[3, 1, D],
                students_15_19=[131, 2, D],
                teachers_municipal=[33, 6, 9],
                young_specialists=[4, 0, 1],
                young_specialists_mentees=[4, 0, 1],
                teachers_other=[29, 6, 8],
                teachers_other_mentees=[3, 1, 1],
                teachers_in_pp=[14, 3, 3],
                kpk_trained=[2, 1, 0],
                school_methodical_associations=[1, 0, 1],
                pay_acts=[X, X, X],
                nonmaterial_acts=[X, X, X],
                partner_list=["МБУК «Кенский районный дом культуры»", X, X],
            ),
            totals=dict(pay_acts=1, nonmaterial_acts=1, partner_list="МБУК «Кенский районный дом культуры»"),
            levels=dict(satisfaction_mentees=(None, 90.6), satisfaction_mentors=(None, 92.0)))

for _o in (SOSH1, GIMN, VERKH, ILYA, SOSH2, CDT, SOSH4):
    _o.check()

# ----------------------------------------------------------------------------------------------
# links (invented sites)
# ----------------------------------------------------------------------------------------------


def gosweb(host, ids):
    return {k: f"https://{host}.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/dokumenty_{v}.html"
            for k, v in ids.items()}


L1 = gosweb("sh1-kenskaya-r18", dict(pol_t=412, pol_s=413, mon=418, spr=436, cur=409, nast=421, dog=425,
                                      ppn=422, kpk=431, shmo=419, opl=415, stim=416, ank=437))
L2 = {
    "pol": "https://gimn-kensk.ru/wp-content/uploads/2024/01/prikaz_polozhenie_nastavnichestvo.pdf",
    "mon": "https://gimn-kensk.ru/wp-content/uploads/2024/02/prikaz_monitoring_CMN_2024.pdf",
    "spr": "https://gimn-kensk.ru/wp-content/uploads/2024/12/spravka_vnutr_monitoring_2024.pdf",
    "cur": "https://gimn-kensk.ru/wp-content/uploads/2024/09/prikaz_kurator_CMN.pdf",
    "nast": "https://gimn-kensk.ru/wp-content/uploads/2024/09/prikaz_nastavnicheskie_pary_2024-2025.pdf",
    "dog": "https://gimn-kensk.ru/nastavnichestvo/soglasheniya/",
    "ppn": "https://gimn-kensk.ru/wp-content/uploads/2024/09/prikaz_utv_PPN_2024.pdf",
    "kpk": "https://gimn-kensk.ru/wp-content/uploads/2024/11/udostovereniya_KPK_nastavniki.pdf",
    "shmo": "https://gimn-kensk.ru/wp-content/uploads/2024/09/prikaz_MO_nastavnikov.pdf",
    "opl": "https://gimn-kensk.ru/wp-content/uploads/2024/01/polozhenie_o_doplatah.pdf",
    "stim": "https://gimn-kensk.ru/wp-content/uploads/2024/01/polozhenie_nematerialnoe_pooshchrenie.pdf",
    "ank": "https://gimn-kensk.ru/wp-content/uploads/2024/12/anketirovanie_itogi_2024.pdf",
}
L3 = {
    "pol": "https://disk.yandex.ru/d/Vk7mQ2pLx9RtAw",
    "mon": "https://disk.yandex.ru/d/Vk7mQ2pLx9RtAw/monitoring",
    "spr": "https://disk.yandex.ru/i/3fTz8KcW0aNq1e",
    "cur": "https://disk.yandex.ru/i/Hs2oP4vJyLm7Qd",
    "nast": "https://disk.yandex.ru/i/pR6wEo1uXc9ZkB",
    "dog": "https://disk.yandex.ru/i/a8NbYt5sQe2WjU",
    "ppn": "https://disk.yandex.ru/i/Tq9LmZx3Rc7VpE",
    "kpk": "https://disk.yandex.ru/i/Yd4KwN8sFh1GtO",
    "opl": "https://disk.yandex.ru/i/Jm5CeR2tUv6XbP",
    "ank": "https://disk.yandex.ru/i/Qo7PzL1nWa3SdK",
}
L4 = {k: f"https://ilinskaya-shkola.ru/sveden/nastavnichestvo/{v}" for k, v in dict(
    pol_t="prikaz_119-od_2023.pdf", pol_s="prikaz_120-od_2023.pdf", mon="prikaz_17-od_2024.pdf",
    spr="spravka_monitoring_2024.pdf", cur="prikaz_118-od_2023.pdf", nast="prikaz_96-od_2024.pdf",
    dog="dogovor_SPK_Ilinsky.pdf", ppn="prikaz_97-od_2024.pdf", kpk="kpk_2024.pdf",
    shmo="prikaz_98-od_2024.pdf", opl="polozhenie_oplata_truda.pdf", ank="anketa_itogi_2024.pdf").items()}
L5 = gosweb("sh2-kenskaya-r18", dict(pol=1104, mon=1117, spr=1160, cur=1101, nast=1123, dog=1130, ppn=1125,
                                      kpk=1141, shmo=1119, opl=1108, stim=1109, ank=1162))
L6 = {
    "pol": "https://cdt-kensk.ru/upload/nastavnichestvo/pr_45_polozhenie.pdf",
    "mon": "https://cdt-kensk.ru/upload/nastavnichestvo/pr_12_monitoring_2024.pdf",
    "spr": "https://cdt-kensk.ru/upload/nastavnichestvo/spravka_itogi_monitoringa_2024.pdf",
    "cur": "https://cdt-kensk.ru/upload/nastavnichestvo/pr_44_kuratory.pdf",
    "nast": "https://cdt-kensk.ru/upload/nastavnichestvo/pr_88_pary_2024.pdf",
    "dog": "https://cdt-kensk.ru/upload/nastavnichestvo/soglasheniya_2024.zip",
    "ppn": "https://cdt-kensk.ru/upload/nastavnichestvo/pr_89_PPN_2024.pdf",
    "kpk": "https://cdt-kensk.ru/upload/nastavnichestvo/kpk_2024.pdf",
    "shmo": "https://cdt-kensk.ru/upload/nastavnichestvo/pr_90_MO_nastavnikov.pdf",
    "opl": "https://cdt-kensk.ru/upload/docs/polozhenie_stimul_vyplaty.pdf",
    "stim": "https://cdt-kensk.ru/upload/docs/polozhenie_nagrady.pdf",
    "ank": "https://cdt-kensk.ru/upload/nastavnichestvo/anketirovanie_2024.pdf",
}
L7 = {k: f"https://sosh4-kensk.edu.ru/nastavnichestvo/{v}" for k, v in dict(
    pol="polozheniya.pdf", mon="prikaz_monitoring_2024.pdf", spr="spravka_2024.pdf", cur="prikaz_kurator.pdf",
    nast="prikaz_nastavniki_2024.pdf", dog="dogovor_RDK.pdf", ppn="ppn_2024.pdf", kpk="kpk.pdf",
    shmo="shmo.pdf", opl="polozhenie_oplata.pdf", stim="polozhenie_pooshchrenie.pdf",
    ank="ankety_2024.pdf").items()}

# ----------------------------------------------------------------------------------------------
# writer
# ----------------------------------------------------------------------------------------------
EXPECTED = []
CELLS = []
AMBIG_CELLS = []


def cref(r, c):
    return xlsxwriter.utility.xl_rowcol_to_cell(r, c)


class Fmt:
    def __init__(self, wb):
        base = dict(border=1, valign="vcenter", font_name="Times New Roman", font_size=11)
        self.wb = wb
        self.cell = wb.add_format(dict(base, text_wrap=True))
        self.num = wb.add_format(dict(base, align="center"))
        self.dec = wb.add_format(dict(base, align="center", num_format="0.00"))
        self.dec1 = wb.add_format(dict(base, align="center", num_format="0.0"))
        self.pct = wb.add_format(dict(base, align="center", num_format="0.00%"))
        self.center = wb.add_format(dict(base, align="center", text_wrap=True))
        self.head = wb.add_format(dict(base, bold=True, align="center", text_wrap=True, bg_color="#D9E1F2"))
        self.sect = wb.add_format(dict(base, bold=True, bg_color="#F2F2F2"))
        self.title = wb.add_format(dict(bold=True, font_name="Times New Roman", font_size=12))
        self.plain = wb.add_format(dict(font_name="Times New Roman", font_size=11))
        self.italic = wb.add_format(dict(italic=True, font_name="Times New Roman", font_size=10))
        self.link = wb.add_format(dict(base, font_color="#0563C1", underline=1, text_wrap=True))
        self.total = wb.add_format(dict(base, align="center", bold=True))
        self.total_dec = wb.add_format(dict(base, align="center", bold=True, num_format="0.00"))
        self.total_pct = wb.add_format(dict(base, align="center", bold=True, num_format="0.00%"))
        self.total_text = wb.add_format(dict(base, bold=True, text_wrap=True))


def unit_of(crit):
    return CAT[crit]["unit"]


def expected_of(crit, raw):
    u = unit_of(crit)
    if isinstance(raw, str):
        t = raw.strip().lower()
        if t in ("да", "нет"):
            return 1 if t == "да" else 0
        if u in ("list", "text"):
            return "; ".join(x.strip() for x in raw.split("\n") if x.strip())
        raise ValueError((crit, raw))
    if u in ("share", "level"):
        return r2(raw)
    return raw


class Form:
    """Writes one form and records expected values and cells."""

    def __init__(self, fname, sheet, org, cols, links, share_style="number", total_style="value",
                 link_style="text", unit_shares=(), blank_units=None):
        self.fname = fname
        self.wb = xlsxwriter.Workbook(str(TYPED / fname))
        self.wb.set_properties({"created": FIXED_DATE, "author": "Кенский МО", "title": "Мониторинг ЦМН 2024"})
        self.f = Fmt(self.wb)
        self.sheet = sheet
        self.ws = self.wb.add_worksheet(sheet)
        self.ws.set_landscape()
        self.ws.set_paper(9)
        self.ws.fit_to_pages(1, 0)
        self.org = org
        self.cols = cols                    # num, title, measure, units(list), total, link, note
        self.links = links
        self.share_style = share_style
        self.total_style = total_style
        self.link_style = link_style
        self.unit_shares = set(unit_shares)
        self.blank_units = blank_units      # filler for per-unit cells of rows given only as a whole
        self.entry = {"file": f"typed/{fname}", "year": YEAR, "organisation": org.name,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        self.row = 0
        self.crit_rows = {}

    # --- free lines -----------------------------------------------------------------------------
    def line(self, text, fmt=None, col=0):
        self.ws.write_string(self.row, col, text, fmt or self.f.plain)
        self.row += 1

    def skip(self, k=1):
        self.row += k

    # --- rows -------------------------------------------------------------------------------------
    def heading(self, text):
        c = self.cols
        first = c.get("num", c["title"]) if c.get("num") is not None else c["title"]
        last = max(x for x in [c["title"], *c["units"], c.get("total") or 0, c.get("link") or 0,
                               c.get("note") or 0, c.get("measure") or 0] if x is not None)
        self.ws.merge_range(self.row, first, self.row, last, text, self.f.sect)
        self.entry["headings"].append(text)
        self.row += 1

    def _write(self, r, col, v, kind="num", bold=False):
        f = self.f
        if v is None:
            self.ws.write_blank(r, col, None, f.cell)
        elif isinstance(v, str):
            self.ws.write_string(r, col, v, f.total_text if bold else (f.center if len(v) < 12 else f.cell))
        elif kind == "share":
            if self.share_style == "fraction":
                self.ws.write_number(r, col, round(v / 100.0, 4), f.total_pct if bold else f.pct)
            else:
                self.ws.write_number(r, col, v, f.total_dec if bold else f.dec)
        elif kind == "level":
            self.ws.write_number(r, col, v, f.total_dec if bold else f.dec1)
        else:
            self.ws.write_number(r, col, v, f.total if bold else f.num)

    def _prefix(self, num, title, measure=None):
        c = self.cols
        if c.get("num") is not None:
            self.ws.write_string(self.row, c["num"], num or "", self.f.center)
        self.ws.write_string(self.row, c["title"], title, self.f.cell)
        if c.get("measure") is not None:
            self.ws.write_string(self.row, c["measure"], measure or "", self.f.center)
        if len(title) > 50:
            self.ws.set_row(self.row, 30)
        if norm(title) in CAT_WORDINGS:
            raise AssertionError(f"catalogue wording typed verbatim: {title}")

    def _link(self, r, crit, key, link_text=None):
        c = self.cols
        if key is None:
            self.ws.write_blank(r, c["link"], None, self.f.cell)
            return
        url = self.links[key]
        cell = cref(r, c["link"])
        rec = {"file": self.entry["file"], "sheet": self.sheet, "cell": cell, "criterion": crit,
               "kind": "link", "expected": url}
        if self.link_style == "hyperlink":
            self.ws.write_url(r, c["link"], url, self.f.link, string=link_text or "документ")
            rec["hyperlink"] = True
            rec["shown_text"] = link_text or "документ"
        else:
            self.ws.write_string(r, c["link"], url, self.f.link)
        self.entry["links"][crit] = url
        CELLS.append(rec)

    def crit(self, num, title, crit, link=None, measure=None, note=None, parts=None, total="auto",
             merged=False, link_text=None):
        """A criterion row. parts/total default to the organisation's data."""
        org, c, r = self.org, self.cols, self.row
        self._prefix(num, title, measure)
        kind = "share" if crit in SHARES else ("level" if unit_of(crit) == "level" else "num")
        if parts is None:
            if kind == "share" and crit not in self.unit_shares:
                parts = [self.blank_units] * len(org.units)
            elif crit in org.data or crit in SHARES or crit in org.levels:
                parts = [org.part(crit, i) for i in range(len(org.units))]
                if kind == "share":
                    parts = [p if p is not None else D for p in parts]
            else:
                parts = [self.blank_units] * len(org.units)
        tot = org.total(crit) if total == "auto" else total
        if unit_of(crit) == "list":
            self.ws.set_row(r, 28 * max(2, max(str(x).count(";") + str(x).count("\n") + 1 for x in parts + [tot])))
        ucells = {}
        is_formula = False
        if merged:
            self.ws.merge_range(r, c["units"][0], r, c["units"][-1], "", self.f.center)
            self._write(r, c["units"][0], tot, kind)
            if isinstance(tot, str) and not tot.lower() in ("да", "нет"):
                # text in a merged cell: write with wrap
                self.ws.write_string(r, c["units"][0], tot, self.f.cell)
            vcell = cref(r, c["units"][0])
            mrange = f"{vcell}:{cref(r, c['units'][-1])}"
        else:
            for i, col in enumerate(c["units"]):
                self._write(r, col, parts[i], kind)
                ucells[org.units[i]] = cref(r, col)
            vcell = None
            is_formula = False
            if c.get("total") is not None:
                vcell = cref(r, c["total"])
                is_formula = self._write_total(r, crit, tot, kind)
        if note and c.get("note") is not None:
            self.ws.write_string(r, c["note"], note, self.f.cell)
        elif c.get("note") is not None:
            self.ws.write_blank(r, c["note"], None, self.f.cell)
        self.crit_rows[crit] = r
        if vcell is None:
            # no whole-organisation cell: a value only where every unit says the same «да»/«нет»
            vals = [p for p in parts]
            words = {str(v).lower() for v in vals}
            if unit_of(crit) == "yesno" or (words <= {"да"} and words):
                if words == {"да"} or words == {"нет"}:
                    val = 1 if words == {"да"} else 0
                    self.entry["values"][crit] = val
                    CELLS.append({"file": self.entry["file"], "sheet": self.sheet, "cell": ucells[org.units[0]],
                                  "criterion": crit, "kind": "value", "expected": val,
                                  "agreeing_units": ucells})
                else:
                    self._ambiguous(crit, ucells, parts)
            else:
                self._ambiguous(crit, ucells, parts)
        else:
            val = expected_of(crit, tot)
            self.entry["values"][crit] = val
            rec = {"file": self.entry["file"], "sheet": self.sheet, "cell": vcell, "criterion": crit,
                   "kind": "value", "expected": val}
            if merged:
                rec["merged"] = mrange
            if ucells:
                rec["parts"] = ucells
            if kind == "share" and self.share_style == "fraction" and not self.total_style == "formula":
                rec["stored"] = "fraction"
            if is_formula:
                rec["formula"] = True
            if isinstance(tot, str) and "\n" in tot:
                rec["joined"] = "lines"
            CELLS.append(rec)
        self._link(r, crit, link, link_text)
        self.row += 1

    def _ambiguous(self, crit, ucells, parts):
        self.entry.setdefault("ambiguous", []).append(crit)
        AMBIG_CELLS.append({"file": self.entry["file"], "sheet": self.sheet, "criterion": crit,
                            "parts": ucells, "typed": parts})

    def _write_total(self, r, crit, tot, kind):
        c = self.cols
        col = c["total"]
        if self.total_style == "formula" and isnum(tot):
            u0, u1 = cref(r, c["units"][0]), cref(r, c["units"][-1])
            if kind == "share":
                num, den = SHARES[crit]
                nr = [cref(self.crit_rows[x], col) for x in num]
                dr = [cref(self.crit_rows[x], col) for x in den]
                formula = f"=ROUND(({'+'.join(nr)})/({'+'.join(dr)})*100,2)"
                self.ws.write_formula(r, col, formula, self.f.total_dec, tot)
                return True
            elif kind == "level":
                self.ws.write_number(r, col, tot, self.f.total_dec)
            elif crit in self.org.data and any(isnum(v) for v in self.org.data[crit]):
                self.ws.write_formula(r, col, f"=SUM({u0}:{u1})", self.f.total, tot)
                return True
            else:
                self.ws.write_number(r, col, tot, self.f.total)
        else:
            self._write(r, col, tot, kind, bold=True)
        return False

    def nc(self, num, title, parts, total=None, measure=None, note=None, link=None):
        """A row with values that is no criterion of the catalogue."""
        c, r = self.cols, self.row
        self._prefix(num, title, measure)
        for i, col in enumerate(c["units"]):
            self._write(r, col, parts[i])
        if c.get("total") is not None:
            if self.total_style == "formula" and isnum(total):
                u0, u1 = cref(r, c["units"][0]), cref(r, c["units"][-1])
                self.ws.write_formula(r, c["total"], f"=SUM({u0}:{u1})", self.f.total, total)
            else:
                self._write(r, c["total"], total, bold=True)
        if c.get("link") is not None:
            if link:
                self.ws.write_string(r, c["link"], link, self.f.link)
            else:
                self.ws.write_blank(r, c["link"], None, self.f.cell)
        if c.get("note") is not None:
            if note:
                self.ws.write_string(r, c["note"], note, self.f.cell)
            else:
                self.ws.write_blank(r, c["note"], None, self.f.cell)
        self.entry["not_criteria"].append(title)
        self.row += 1

    def close(self):
        self.wb.close()
        EXPECTED.append(self.entry)


# ----------------------------------------------------------------------------------------------
# 01 — the plain case: units, then «Итого по ОО», then the link
# ----------------------------------------------------------------------------------------------


def file01():
    o, L = SOSH1, L1
    cols = dict(num=0, title=1, units=[2, 3, 4], total=5, link=6)
    F = Form("01_Кенская_СОШ1_мониторинг_ЦМН_2024.xlsx", "Мониторинг ЦМН 2024", o, cols, L, blank_units=None)
    ws = F.ws
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 58)
    ws.set_column(2, 5, 14)
    ws.set_column(6, 6, 48)
    F.line("Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год", F.f.title)
    F.line("Образовательная организация: МБОУ «Кенская СОШ № 1»", F.f.title)
    F.line("Кенский муниципальный округ Удмуртской Республики")
    F.skip()
    r = F.row
    for col, t in enumerate(["№ п/п", "Показатель", "Основное здание", "Филиал в с. Ключи",
                             "Дошкольное отделение", "Итого по ОО", "Ссылка"]):
        ws.write_string(r, col, t, F.f.head)
    ws.set_row(r, 32)
    F.row += 1
    F.heading("1. Нормативно-правовое обеспечение")
    F.crit("1.1", "Приказ об утверждении Положения о наставничестве педагогических работников",
           "orgs_regulation_teachers", "pol_t")
    F.crit("1.2", "Приказ об утверждении Положения о наставничестве обучающихся", "orgs_regulation_students",
           "pol_s")
    F.crit("1.3", "Приказ о проведении мониторинга реализации ЦМН в 2024 г.", "orgs_monitoring_order", "mon")
    F.crit("1.4", "Информационная справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "spr")
    F.heading("2. Организация наставничества")
    F.crit("2.1", "Кураторы внедрения ЦМН, чел.", "curators_total", "cur")
    F.crit("2.2", "Наставники по приказу, всего, чел.", "mentors_total", "nast")
    F.crit("2.2.1", "в т.ч. педагоги-наставники", "teachers_mentors", "nast")
    F.crit("2.2.2", "в т.ч. обучающиеся 15-19 лет — наставники", "mentors_15_19", "nast")
    F.crit("2.2.3", "в т.ч. педагоги из других образовательных организаций", "external_edu_mentors", "nast")
    F.crit("2.2.4", "в т.ч. сотрудники предприятий", "enterprise_mentors", "nast")
    F.crit("2.3", "Наставляемые по приказу, всего, чел.", "mentees_total", "nast")
    F.nc("2.4", "Наставнических пар / групп", [52, 8, 3], 63)
    F.crit("2.5", "Соглашения о сотрудничестве с образовательными организациями (кол-во)", "agreements_edu_orgs",
           "dog")
    F.crit("2.6", "Соглашения с предприятиями (кол-во)", "agreements_enterprises", "dog")
    F.crit("2.7", "Организации-партнёры по наставничеству", "partner_list", "dog")
    F.heading("3. Персонализированные программы наставничества (ППН)")
    F.crit("3.1", "ППН всего, ед.", "pp_total", "ppn")
    F.crit("3.2", "форма «ученик – ученик»", "pp_pupil_pupil", "ppn")
    F.crit("3.3", "форма «учитель – учитель» («педагог – педагог»)", "pp_teacher_teacher", "ppn")
    F.crit("3.4", "форма «руководитель – педагог»", "pp_head_teacher", "ppn")
    F.crit("3.5", "форма «учитель – ученик»", "pp_teacher_pupil", "ppn")
    F.crit("3.6", "иные формы", "pp_other", None)
    F.heading("4. Наставничество обучающихся")
    F.nc("4.1", "Обучающихся всего (на 31.12.2024)", [1018, 84, D], 1102)
    F.crit("4.2", "Обучающихся в возрасте 10-19 лет, чел.", "students_10_19", None)
    F.crit("4.3", "из них наставляемые", "mentees_10_19", "nast")
    F.crit("4.3.1", "- группа риска", "mentees_risk", "nast")
    F.crit("4.3.2", "- одарённые (в реестре)", "mentees_gifted", "nast")
    F.crit("4.3.3", "- с ОВЗ / дети-инвалиды", "mentees_disabled", "nast")
    F.crit("4.3.4", "- низкая мотивация, неуспевающие", "mentees_low_motivation", "nast")
    F.crit("4.3.5", "- проблемы выбора проф. траектории", "mentees_career", "nast")
    F.crit("4.3.6", "- по иным основаниям", "mentees_other_params", "nast")
    F.crit("4.4", "Доля наставляемых 10-19 лет, %", "share_mentees_10_19", None)
    F.crit("4.5", "Обучающихся 15-19 лет, чел.", "students_15_19", None)
    F.crit("4.6", "Доля обучающихся 15-19 лет — наставников, %", "share_mentors_15_19", None)
    F.nc("4.7", "Воспитанников дошкольного отделения", [D, D, 96], 96)
    F.heading("5. Наставничество педагогов")
    F.crit("5.1", "Педагогических работников всего", "teachers_municipal", None)
    F.crit("5.2", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", None)
    F.crit("5.3", "МС — наставляемые", "young_specialists_mentees", "nast")
    F.crit("5.4", "Доля МС-наставляемых, %", "share_young_specialists_mentees", None)
    F.crit("5.5", "МС — наставники", "young_specialists_mentors", "nast")
    F.crit("5.6", "Педагоги (кроме МС)", "teachers_other", None)
    F.crit("5.7", "из них наставляемые", "teachers_other_mentees", "nast")
    F.crit("5.8", "Доля педагогов-наставляемых, %", "share_teachers_mentees", None)
    F.crit("5.9", "Доля педагогов-наставников, %", "share_teachers_mentors", None)
    F.heading("6. Профессиональное развитие и стимулирование")
    F.crit("6.1", "Педагоги, участвующие в ППН", "teachers_in_pp", "ppn")
    F.crit("6.2", "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", "kpk")
    F.crit("6.3", "ШМО наставников", "school_methodical_associations", "shmo")
    F.crit("6.4", "Положение об оплате наставничества (кол-во актов)", "pay_acts", "opl")
    F.crit("6.5", "Локальный акт о нематериальном поощрении наставников", "nonmaterial_acts", "stim")
    F.heading("7. Удовлетворённость участников завершённых программ, %")
    F.crit("7.1", "Удовлетворённость наставляемых", "satisfaction_mentees", "ank")
    F.crit("7.2", "Удовлетворённость наставников", "satisfaction_mentors", "ank")
    F.skip()
    F.line("Директор МБОУ «Кенская СОШ № 1» ______________ Е.В. Касаткина", col=1)
    F.line("Исполнитель: зам. директора по УВР Н.А. Дерюшева, тел. 8(34141) 3-12-45", F.f.italic, col=1)
    F.line("Дата заполнения: 23.12.2024", F.f.italic, col=1)
    F.close()


# ----------------------------------------------------------------------------------------------
# 02 — «Всего по ОО» first, the units under a merged «в том числе»
# ----------------------------------------------------------------------------------------------


def file02():
    o, L = GIMN, L2
    cols = dict(num=0, title=1, total=2, units=[3, 4, 5], link=6)
    F = Form("02_Гимназия_наставничество_2024.xlsx", "ЦМН", o, cols, L, blank_units=X)
    ws, f = F.ws, F.f
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 55)
    ws.set_column(2, 2, 12)
    ws.set_column(3, 5, 15)
    ws.set_column(6, 6, 52)
    F.line("Наименование ОО: МАОУ «Кенская гимназия»", f.title)
    F.line("Сведения о реализации целевой модели наставничества за 2024 год (по корпусам и филиалу)")
    F.skip()
    r = F.row
    ws.merge_range(r, 0, r + 1, 0, "№", f.head)
    ws.merge_range(r, 1, r + 1, 1, "Показатель", f.head)
    ws.merge_range(r, 2, r + 1, 2, "Всего по ОО", f.head)
    ws.merge_range(r, 3, r, 5, "в том числе:", f.head)
    ws.merge_range(r, 6, r + 1, 6, "Ссылка на подтверждающий документ", f.head)
    for i, u in enumerate(o.units):
        ws.write_string(r + 1, 3 + i, u, f.head)
    ws.set_row(r + 1, 45)
    F.row += 2
    F.heading("I. Нормативная база")
    F.crit("1", "Положение о системе наставничества пед. работников (приказ об утверждении)",
           "orgs_regulation_teachers", "pol")
    F.crit("2", "Положение о наставничестве обучающихся (приказ об утверждении)", "orgs_regulation_students", "pol")
    F.crit("3", "Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", "mon")
    F.crit("4", "Справка по итогам внутреннего мониторинга ЦМН", "internal_monitoring_notes", "spr")
    F.heading("II. Участники наставничества")
    F.crit("5", "Куратор(ы) ЦМН, чел.", "curators_total", "cur")
    F.crit("6", "Наставников всего (по приказу)", "mentors_total", "nast")
    F.crit("6.1", "из них учителя (педагоги) гимназии", "teachers_mentors", "nast")
    F.crit("6.2", "из них обучающиеся 15–19 лет", "mentors_15_19", "nast")
    F.crit("6.3", "из них наставники из других ОО (по договорам)", "external_edu_mentors", "nast")
    F.crit("6.4", "из них представители иных организаций (библиотека, молодёжный центр)", "other_org_mentors", "nast")
    F.crit("7", "Наставляемых всего (по приказу)", "mentees_total", "nast")
    F.nc("8", "Число наставнических пар/групп", [71, 19, 8], 98)
    F.crit("9", "Соглашения с образовательными организациями, шт.", "agreements_edu_orgs", "dog")
    F.crit("10", "Соглашения с иными организациями, шт.", "agreements_other_orgs", "dog")
    F.crit("11", "Партнёры (наименования)", "partner_list", "dog")
    F.heading("III. ППН")
    F.crit("12", "Утверждено ППН, всего", "pp_total", "ppn")
    F.crit("12.1", "ученик – ученик", "pp_pupil_pupil", "ppn")
    F.crit("12.2", "учитель – учитель", "pp_teacher_teacher", "ppn")
    F.crit("12.3", "руководитель – педагог", "pp_head_teacher", "ppn")
    F.crit("12.4", "учитель – ученик", "pp_teacher_pupil", "ppn")
    F.crit("12.5", "иная форма (педагог – родитель)", "pp_other", "ppn")
    F.heading("IV. Обучающиеся")
    F.nc("13", "Численность обучающихся, всего", [1004, 286, 61], 1351)
    F.crit("14", "Обучающиеся 10–19 лет", "students_10_19", None)
    F.crit("15", "Обучающиеся 10–19 лет — наставляемые", "mentees_10_19", "nast")
    F.crit("15.1", "в т.ч. «группа риска»", "mentees_risk", "nast")
    F.crit("15.2", "в т.ч. одарённые дети", "mentees_gifted", "nast")
    F.crit("15.3", "в т.ч. дети с ОВЗ и инвалидностью", "mentees_disabled", "nast")
    F.crit("15.4", "в т.ч. низкомотивированные / неуспевающие", "mentees_low_motivation", "nast")
    F.crit("15.5", "в т.ч. с проблемами профориентации", "mentees_career", "nast")
    F.crit("15.6", "в т.ч. иные", "mentees_other_params", "nast")
    F.crit("16", "Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19", None)
    F.crit("17", "Обучающиеся 15–19 лет", "students_15_19", None)
    F.crit("18", "Доля наставников среди обучающихся 15–19 лет, %", "share_mentors_15_19", None)
    F.heading("V. Педагоги")
    F.crit("19", "Педагогических работников всего", "teachers_municipal", None)
    F.crit("20", "Молодых специалистов", "young_specialists", None)
    F.crit("20.1", "МС в роли наставляемых", "young_specialists_mentees", "nast")
    F.crit("20.2", "МС в роли наставников", "young_specialists_mentors", "nast")
    F.crit("21", "Доля МС-наставляемых, %", "share_young_specialists_mentees", None)
    F.crit("22", "Доля МС-наставников, %", "share_young_specialists_mentors", None)
    F.crit("23", "Педагоги без учёта МС", "teachers_other", None)
    F.crit("23.1", "из них наставляемые", "teachers_other_mentees", "nast")
    F.crit("24", "Доля педагогов в роли наставляемых, %", "share_teachers_mentees", None)
    F.crit("25", "Доля педагогов в роли наставников, %", "share_teachers_mentors", None)
    F.crit("26", "Педагоги, включённые в ППН", "teachers_in_pp", "ppn")
    F.crit("27", "Обучены на КПК по наставничеству (2024)", "kpk_trained", "kpk")
    F.crit("28", "МО наставников", "school_methodical_associations", "shmo")
    F.heading("VI. Стимулирование и удовлетворённость")
    F.crit("29", "Положение о доплатах за наставничество", "pay_acts", "opl")
    F.crit("30", "Положение о нематериальном поощрении", "nonmaterial_acts", "stim")
    F.crit("31", "Удовлетворённость наставляемых завершёнными программами, %", "satisfaction_mentees", "ank")
    F.crit("32", "Удовлетворённость наставников завершёнными программами, %", "satisfaction_mentors", "ank")
    F.nc("33", "Мероприятий с участием наставников (кол-во)", [14, 6, 3], 23)
    F.skip()
    F.line("Директор МАОУ «Кенская гимназия»                         О.Г. Вострикова", col=1)
    F.line("Отв. за ЦМН: Сунцова И.П., 8 (34141) 3-40-18", F.f.italic, col=1)
    F.close()


# ----------------------------------------------------------------------------------------------
# 03 — no «Итого»: the units only; org-level rows typed once in a cell merged across the units
# ----------------------------------------------------------------------------------------------


def file03():
    o, L = VERKH, L3
    cols = dict(title=0, units=[1, 2, 3], link=4, note=5)
    F = Form("03_Верх-Кенская_СОШ_ЦМН_2024_по_зданиям.xlsx", "2024", o, cols, L,
             unit_shares=("share_mentees_10_19",))
    ws, f = F.ws, F.f
    ws.set_column(0, 0, 60)
    ws.set_column(1, 3, 16)
    ws.set_column(4, 4, 40)
    ws.set_column(5, 5, 40)
    F.line("Сведения о реализации целевой модели наставничества за 2024 год", f.title)
    F.line("МБОУ «Верх-Кенская СОШ» Кенского муниципального округа", f.title)
    F.line("(данные по зданиям / структурным подразделениям)", f.italic)
    F.skip()
    r = F.row
    for col, t in enumerate(["Показатель", *o.units, "Ссылка на документ", "Примечание"]):
        ws.write_string(r, col, t, f.head)
    ws.set_row(r, 45)
    F.row += 1
    F.heading("Нормативная база")
    F.crit(None, "Положение о системе наставничества пед. работников утверждено (приказ)",
           "orgs_regulation_teachers", "pol", merged=True, note="приказ от 31.08.2023 № 87-од, единый для ОО")
    F.crit(None, "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students", "pol",
           merged=True)
    F.crit(None, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "mon")
    F.crit(None, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "spr", merged=True)
    F.crit(None, "Куратор ЦМН (чел.)", "curators_total", "cur", merged=True, note="Перевощикова Л.А., зам. дир. по ВР")
    F.heading("Наставники и наставляемые")
    F.crit(None, "Наставников по приказу", "mentors_total", "nast", note="*")
    F.crit(None, "из них педагогов", "teachers_mentors", "nast", note="*")
    F.crit(None, "из них обучающихся 15–19 лет", "mentors_15_19", "nast")
    F.crit(None, "из них педагогов других ОО", "external_edu_mentors", "nast",
           note="учитель МАОУ «Кенская гимназия» (по соглашению)")
    F.crit(None, "Наставляемых по приказу", "mentees_total", "nast")
    F.crit(None, "Соглашения о сотрудничестве с ОО (кол-во)", "agreements_edu_orgs", "dog", merged=True)
    F.crit(None, "Организации-партнёры", "partner_list", "dog", merged=True)
    F.heading("Обучающиеся")
    F.crit(None, "Обучающихся 10–19 лет", "students_10_19", None)
    F.crit(None, "наставляемые 10–19 лет", "mentees_10_19", "nast")
    F.crit(None, "в т.ч. группа риска", "mentees_risk", "nast")
    F.crit(None, "в т.ч. ОВЗ, инвалиды", "mentees_disabled", "nast")
    F.crit(None, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", None)
    F.crit(None, "Обучающихся 15–19 лет", "students_15_19", None)
    F.heading("Педагоги")
    F.crit(None, "Молодые специалисты", "young_specialists", None)
    F.crit(None, "МС — наставляемые", "young_specialists_mentees", "nast")
    F.crit(None, "Педагоги без МС", "teachers_other", None, note="*")
    F.crit(None, "из них в роли наставляемых", "teachers_other_mentees", "nast")
    F.crit(None, "ППН (кол-во)", "pp_total", "ppn")
    F.crit(None, "в т.ч. учитель–учитель", "pp_teacher_teacher", "ppn")
    F.crit(None, "в т.ч. ученик–ученик", "pp_pupil_pupil", "ppn")
    F.crit(None, "в т.ч. учитель–ученик", "pp_teacher_pupil", "ppn")
    F.crit(None, "КПК по наставничеству (чел.)", "kpk_trained", "kpk")
    F.heading("Стимулирование, удовлетворённость")
    F.crit(None, "Положение о материальном стимулировании наставников", "pay_acts", "opl", merged=True)
    F.crit(None, "Положение о нематериальном поощрении", "nonmaterial_acts", "opl", merged=True,
           note="в составе Положения о стимулировании (разд. 5)")
    F.crit(None, "Удовлетворённость наставляемых, %", "satisfaction_mentees", "ank", merged=True,
           note="анкетирование по ОО в целом")
    F.crit(None, "Удовлетворённость наставников, %", "satisfaction_mentors", "ank", merged=True)
    F.skip()
    F.line("* Кузнецова Т.А. и Широбокова Н.В. работают в основном здании и в филиале и указаны в обоих столбцах.",
           f.italic)
    F.line("Директор ____________ С.В. Невоструева        24.12.2024", f.plain)
    F.close()


# ----------------------------------------------------------------------------------------------
# 04 — «да» in some units, «нет» in others, «да» in «Итого»
# ----------------------------------------------------------------------------------------------


def file04():
    o, L = ILYA, L4
    cols = dict(num=0, title=1, units=[2, 3, 4], total=5, link=6)
    F = Form("04_Ильинская_СОШ_ЦМН_2024.xlsx", "Лист1", o, cols, L, blank_units=None)
    ws, f = F.ws, F.f
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 56)
    ws.set_column(2, 5, 16)
    ws.set_column(6, 6, 50)
    F.line("Форма мониторинга реализации ЦМН по состоянию на 31.12.2024", f.title)
    F.line("Наименование ОО: МБОУ «Ильинская СОШ»")
    F.skip()
    r = F.row
    for col, t in enumerate(["№", "Показатель", *o.units, "Итого по ОО", "Ссылка на документ"]):
        ws.write_string(r, col, t, f.head)
    ws.set_row(r, 48)
    F.row += 1
    F.heading("Документы (да / нет)")
    F.crit("1", "Положение о наставничестве педработников (приказ)", "orgs_regulation_teachers", "pol_t")
    F.crit("2", "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", "pol_s")
    F.crit("3", "Приказ о мониторинге ЦМН на 2024 г.", "orgs_monitoring_order", "mon")
    F.crit("4", "Справка по внутреннему мониторингу", "internal_monitoring_notes", "spr")
    F.nc("5", "Дорожная карта ЦМН на 2024 г.", ["да", "да", "да"], "да")
    F.nc("6", "Раздел «Наставничество» на сайте", ["да", "нет", "нет"], "да")
    F.crit("7", "Положение об оплате (доплате) наставникам", "pay_acts", "opl")
    F.crit("8", "Положение о нематериальном стимулировании наставников", "nonmaterial_acts", None)
    F.heading("Кадры и участники")
    F.crit("9", "Куратор ЦМН", "curators_total", "cur")
    F.crit("10", "Наставники (по приказу)", "mentors_total", "nast")
    F.crit("10.1", "педагоги", "teachers_mentors", "nast")
    F.crit("10.2", "обучающиеся 15–19 лет", "mentors_15_19", "nast")
    F.crit("10.3", "работники предприятий (СПК)", "enterprise_mentors", "nast")
    F.crit("11", "Наставляемые (по приказу)", "mentees_total", "nast")
    F.crit("12", "Соглашения с предприятиями", "agreements_enterprises", "dog")
    F.crit("13", "Предприятия-партнёры", "partner_list", "dog")
    F.heading("ППН")
    F.crit("14", "Персонализированные программы — всего", "pp_total", "ppn")
    F.crit("14.1", "«ученик – ученик»", "pp_pupil_pupil", "ppn")
    F.crit("14.2", "«учитель – учитель»", "pp_teacher_teacher", "ppn")
    F.crit("14.3", "«руководитель – педагог»", "pp_head_teacher", None)
    F.crit("14.4", "«учитель – ученик»", "pp_teacher_pupil", "ppn")
    F.heading("Обучающиеся")
    F.crit("15", "Кол-во обучающихся 10–19 лет", "students_10_19", None)
    F.crit("16", "Наставляемые 10–19 лет", "mentees_10_19", "nast")
    F.crit("16.1", "группа риска", "mentees_risk", "nast")
    F.crit("16.2", "одарённые", "mentees_gifted", "nast")
    F.crit("16.3", "ОВЗ / инвалиды", "mentees_disabled", "nast")
    F.crit("16.4", "низкая мотивация", "mentees_low_motivation", "nast")
    F.crit("16.5", "профориентация", "mentees_career", "nast")
    F.crit("16.6", "иное", "mentees_other_params", "nast")
    F.crit("17", "Доля наставляемых 10–19 лет (%)", "share_mentees_10_19", None)
    F.crit("18", "Кол-во обучающихся 15–19 лет", "students_15_19", None)
    F.crit("19", "Доля наставников 15–19 лет (%)", "share_mentors_15_19", None)
    F.heading("Педагоги")
    F.crit("20", "Педагоги, всего", "teachers_municipal", None)
    F.crit("21", "Молодые специалисты", "young_specialists", None)
    F.crit("22", "Молодые специалисты — наставляемые", "young_specialists_mentees", "nast")
    F.crit("23", "Доля МС — наставляемых (%)", "share_young_specialists_mentees", None)
    F.crit("24", "Остальные педагоги (без МС)", "teachers_other", None)
    F.crit("25", "Остальные педагоги — наставляемые", "teachers_other_mentees", "nast")
    F.crit("26", "Доля педагогов — наставляемых (%)", "share_teachers_mentees", None)
    F.crit("27", "Доля педагогов — наставников (%)", "share_teachers_mentors", None)
    F.crit("28", "Педагоги — участники ППН", "teachers_in_pp", "ppn")
    F.crit("29", "КПК по наставничеству в 2024 г. (чел.)", "kpk_trained", "kpk")
    F.crit("30", "ШМО наставников (кол-во)", "school_methodical_associations", "shmo")
    F.heading("Удовлетворённость (%)")
    F.crit("31", "наставляемых", "satisfaction_mentees", "ank")
    F.crit("32", "наставников", "satisfaction_mentors", "ank")
    F.skip()
    F.line("Директор школы: Бабинцева Г.Н. /подпись/", col=1)
    F.close()


# ----------------------------------------------------------------------------------------------
# 05 — shares per unit and for the whole (the whole's share is not the mean of the units')
# ----------------------------------------------------------------------------------------------


def file05():
    o, L = SOSH2, L5
    cols = dict(num=0, title=1, measure=2, units=[3, 4, 5], total=6, link=7)
    shares_by_unit = ("share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees",
                      "share_young_specialists_mentors", "share_teachers_mentees", "share_teachers_mentors")
    F = Form("05_СОШ2_Кенск_мониторинг_наставничества_2024.xlsx", "Мониторинг", o, cols, L,
             unit_shares=shares_by_unit, blank_units="х")
    ws, f = F.ws, F.f
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 54)
    ws.set_column(2, 2, 8)
    ws.set_column(3, 6, 15)
    ws.set_column(7, 7, 50)
    F.line("МБОУ «Кенская СОШ № 2»", f.title)
    F.line("Мониторинг реализации целевой модели наставничества, 2024 год")
    F.skip()
    r = F.row
    for col, t in enumerate(["№", "Показатель", "Ед. изм.", *o.units, "Итого по ОО", "Ссылка"]):
        ws.write_string(r, col, t, f.head)
    ws.set_row(r, 45)
    F.row += 1
    F.heading("1. Нормативное обеспечение")
    F.crit("1.1", "Утверждено положение о наставничестве педагогов", "orgs_regulation_teachers", "pol",
           measure="да/нет")
    F.crit("1.2", "Утверждено положение о наставничестве обучающихся", "orgs_regulation_students", "pol",
           measure="да/нет")
    F.crit("1.3", "Издан приказ о мониторинге ЦМН", "orgs_monitoring_order", "mon", measure="да/нет")
    F.crit("1.4", "Подготовлена справка по внутреннему мониторингу", "internal_monitoring_notes", "spr",
           measure="да/нет")
    F.heading("2. Участники")
    F.crit("2.1", "Кураторы ЦМН", "curators_total", "cur", measure="чел.")
    F.crit("2.2", "Наставники (приказ)", "mentors_total", "nast", measure="чел.")
    F.crit("2.2.1", "— педагоги школы", "teachers_mentors", "nast", measure="чел.")
    F.crit("2.2.2", "— обучающиеся 15–19 лет", "mentors_15_19", "nast", measure="чел.")
    F.crit("2.2.3", "— из других образовательных организаций", "external_edu_mentors", "nast", measure="чел.")
    F.crit("2.2.4", "— из иных организаций (музей, библиотека)", "other_org_mentors", "nast", measure="чел.")
    F.crit("2.3", "Наставляемые (приказ)", "mentees_total", "nast", measure="чел.")
    F.crit("2.4", "Соглашения с образовательными организациями", "agreements_edu_orgs", "dog", measure="ед.")
    F.crit("2.5", "Соглашения с иными организациями", "agreements_other_orgs", "dog", measure="ед.")
    F.crit("2.6", "Партнёры", "partner_list", "dog", measure="назв.")
    F.heading("3. Персонализированные программы")
    F.crit("3.1", "ППН — всего", "pp_total", "ppn", measure="ед.")
    F.crit("3.2", "ученик – ученик", "pp_pupil_pupil", "ppn", measure="ед.")
    F.crit("3.3", "учитель – учитель", "pp_teacher_teacher", "ppn", measure="ед.")
    F.crit("3.4", "руководитель – педагог", "pp_head_teacher", "ppn", measure="ед.")
    F.crit("3.5", "учитель – ученик", "pp_teacher_pupil", "ppn", measure="ед.")
    F.crit("3.6", "студент – ученик (студенты педколледжа)", "pp_student_pupil", "ppn", measure="ед.")
    F.heading("4. Обучающиеся")
    F.crit("4.1", "Обучающиеся 10–19 лет", "students_10_19", None, measure="чел.")
    F.crit("4.2", "Из них вовлечены как наставляемые", "mentees_10_19", "nast", measure="чел.")
    F.crit("4.2.1", "«группа риска»", "mentees_risk", "nast", measure="чел.")
    F.crit("4.2.2", "одарённые (реестр)", "mentees_gifted", "nast", measure="чел.")
    F.crit("4.2.3", "ОВЗ и дети-инвалиды", "mentees_disabled", "nast", measure="чел.")
    F.crit("4.2.4", "низкая мотивация, неуспеваемость", "mentees_low_motivation", "nast", measure="чел.")
    F.crit("4.2.5", "выбор профессии / траектории", "mentees_career", "nast", measure="чел.")
    F.crit("4.2.6", "иные основания", "mentees_other_params", "nast", measure="чел.")
    F.crit("4.3", "Доля вовлечённых в наставничество (наставляемые 10–19 лет)", "share_mentees_10_19", None,
           measure="%")
    F.crit("4.4", "Обучающиеся 15–19 лет", "students_15_19", None, measure="чел.")
    F.crit("4.5", "Доля обучающихся 15–19 лет в роли наставника", "share_mentors_15_19", None, measure="%")
    F.heading("5. Педагогические работники")
    F.crit("5.1", "Педагогов всего", "teachers_municipal", None, measure="чел.")
    F.crit("5.2", "Молодые специалисты", "young_specialists", None, measure="чел.")
    F.crit("5.3", "МС — наставляемые", "young_specialists_mentees", "nast", measure="чел.")
    F.crit("5.4", "Доля МС — наставляемых", "share_young_specialists_mentees", None, measure="%")
    F.crit("5.5", "МС — наставники", "young_specialists_mentors", "nast", measure="чел.")
    F.crit("5.6", "Доля МС — наставников", "share_young_specialists_mentors", None, measure="%")
    F.crit("5.7", "Педагоги (без МС)", "teachers_other", None, measure="чел.")
    F.crit("5.8", "из них наставляемые", "teachers_other_mentees", "nast", measure="чел.")
    F.crit("5.9", "Доля педагогов — наставляемых (МС и остальные)", "share_teachers_mentees", None, measure="%")
    F.crit("5.10", "Доля педагогов — наставников", "share_teachers_mentors", None, measure="%")
    F.crit("5.11", "Педагоги в ППН", "teachers_in_pp", "ppn", measure="чел.")
    F.crit("5.12", "Обучены на КПК (наставничество), 2024", "kpk_trained", "kpk", measure="чел.")
    F.crit("5.13", "ШМО наставников", "school_methodical_associations", "shmo", measure="ед.")
    F.heading("6. Стимулирование")
    F.crit("6.1", "Локальный акт об оплате наставничества", "pay_acts", "opl", measure="ед.")
    F.crit("6.2", "Локальный акт о нематериальном стимулировании", "nonmaterial_acts", "stim", measure="ед.")
    F.heading("7. Удовлетворённость участием в завершённых программах")
    F.nc("7.1", "Анкетировано наставляемых", S2_RESP_MENTEES, sum(S2_RESP_MENTEES), measure="чел.")
    F.crit("7.2", "Уровень удовлетворённости наставляемых", "satisfaction_mentees", "ank", measure="%")
    F.nc("7.3", "Анкетировано наставников", S2_RESP_MENTORS, sum(S2_RESP_MENTORS), measure="чел.")
    F.crit("7.4", "Уровень удовлетворённости наставников", "satisfaction_mentors", "ank", measure="%")
    F.skip()
    F.line("Итоговые доли по ОО рассчитаны от общей численности по ОО (не среднее по зданиям); "
           "удовлетворённость — средневзвешенная по числу анкет.", f.italic, col=1)
    F.line("Директор ________ А.М. Широких", col=1)
    F.close()


# ----------------------------------------------------------------------------------------------
# 06 — ДОП: «Основная площадка | Структурное подразделение «Кванториум» | Всего по учреждению»
# ----------------------------------------------------------------------------------------------


def file06():
    o, L = CDT, L6
    cols = dict(num=0, title=1, units=[2, 3], total=4, link=5, note=6)
    F = Form("06_ЦДТ_Кванториум_ЦМН_2024.xlsx", "ЦМН 2024", o, cols, L, share_style="fraction",
             link_style="hyperlink", blank_units=None)
    ws, f = F.ws, F.f
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 56)
    ws.set_column(2, 4, 18)
    ws.set_column(5, 5, 14)
    ws.set_column(6, 6, 36)
    F.line("Отчёт о реализации целевой модели наставничества в 2024 году", f.title)
    F.line("Учреждение: МБУ ДО «Кенский центр детского творчества»", f.title)
    F.skip()
    r = F.row
    for col, t in enumerate(["№", "Показатель", *o.units, "Всего по учреждению", "Ссылка на документ",
                             "Примечание"]):
        ws.write_string(r, col, t, f.head)
    ws.set_row(r, 45)
    F.row += 1
    F.heading("1. Нормативная база")
    F.crit("1", "Положение о наставничестве педагогов утверждено", "orgs_regulation_teachers", "pol")
    F.crit("2", "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students", "pol")
    F.crit("3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "mon")
    F.crit("4", "Справка по внутреннему мониторингу", "internal_monitoring_notes", "spr")
    F.heading("2. Наставники и наставляемые")
    F.crit("5", "Кураторы ЦМН", "curators_total", "cur", note="в Кванториуме — руководитель СП")
    F.crit("6", "Наставники (приказ), всего", "mentors_total", "nast")
    F.crit("6.1", "педагоги ДО, методисты", "teachers_mentors", "nast")
    F.crit("6.2", "обучающиеся 15–19 лет", "mentors_15_19", "nast")
    F.crit("6.3", "специалисты предприятий-партнёров", "enterprise_mentors", "nast",
           note="инженеры ООО «КМЗ», АО «Кенскэнерго»")
    F.crit("6.4", "преподаватели вузов, техникумов", "external_edu_mentors", "nast")
    F.crit("7", "Наставляемые (приказ), всего", "mentees_total", "nast", note="вкл. 4 обучающихся младше 10 лет")
    F.crit("8", "Соглашения с предприятиями", "agreements_enterprises", "dog")
    F.crit("9", "Соглашения с образовательными организациями", "agreements_edu_orgs", "dog")
    F.crit("10", "Партнёры по наставничеству", "partner_list", "dog")
    F.heading("3. ППН")
    F.crit("11", "ППН всего", "pp_total", "ppn")
    F.crit("11.1", "обучающийся – обучающийся", "pp_pupil_pupil", "ppn")
    F.crit("11.2", "педагог – педагог", "pp_teacher_teacher", "ppn")
    F.crit("11.3", "педагог ДО – обучающийся", "pp_teacher_pupil", "ppn")
    F.crit("11.4", "иная: специалист предприятия – обучающийся", "pp_other", "ppn")
    F.heading("4. Обучающиеся")
    F.nc("12", "Обучающихся в объединениях (всего, по приказам о зачислении)", [1390, 540], 1930)
    F.crit("12.1", "из них 10–19 лет", "students_10_19", None)
    F.crit("13", "Наставляемые 10–19 лет", "mentees_10_19", "nast")
    F.crit("13.1", "одарённые (реестр)", "mentees_gifted", "nast")
    F.crit("13.2", "группа риска", "mentees_risk", "nast")
    F.crit("13.3", "ОВЗ / инвалиды", "mentees_disabled", "nast")
    F.crit("13.4", "низкая мотивация", "mentees_low_motivation", None)
    F.crit("13.5", "проф. самоопределение", "mentees_career", "nast")
    F.crit("13.6", "иные", "mentees_other_params", "nast")
    F.crit("14", "Доля наставляемых 10–19 лет", "share_mentees_10_19", None)
    F.crit("15", "Обучающихся 15–19 лет", "students_15_19", None)
    F.crit("16", "Доля наставников 15–19 лет", "share_mentors_15_19", None)
    F.heading("5. Педагоги")
    F.crit("17", "Педагогов (педагоги ДО, методисты) всего", "teachers_municipal", None)
    F.crit("18", "Молодые специалисты", "young_specialists", None)
    F.crit("19", "МС — наставляемые", "young_specialists_mentees", "nast")
    F.crit("20", "Доля МС — наставляемых", "share_young_specialists_mentees", None)
    F.crit("21", "Педагоги кроме МС", "teachers_other", None)
    F.crit("22", "из них наставляемые", "teachers_other_mentees", "nast")
    F.crit("23", "Доля педагогов — наставляемых", "share_teachers_mentees", None)
    F.crit("24", "Доля педагогов — наставников", "share_teachers_mentors", None)
    F.crit("25", "Педагоги в ППН", "teachers_in_pp", "ppn")
    F.crit("26", "КПК по наставничеству, 2024 (чел.)", "kpk_trained", "kpk")
    F.crit("27", "МО наставников", "school_methodical_associations", "shmo")
    F.heading("6. Стимулирование, удовлетворённость")
    F.crit("28", "Положение о стимулирующих выплатах (в т.ч. за наставничество)", "pay_acts", "opl")
    F.crit("29", "Положение о наградах и поощрениях (нематериальное)", "nonmaterial_acts", "stim")
    F.crit("30", "Удовлетворённость наставляемых, %", "satisfaction_mentees", "ank")
    F.crit("31", "Удовлетворённость наставников, %", "satisfaction_mentors", "ank")
    F.skip()
    F.line("Директор МБУ ДО «Кенский ЦДТ» __________ М.А. Лекомцева", col=1)
    F.line("Исп.: методист Чиркова Е.С., 8(34141)3-05-77", f.italic, col=1)
    F.close()


# ----------------------------------------------------------------------------------------------
# 07 — a unit column hidden; «Итого по ОО» is =SUM over all three units (hidden one included)
# ----------------------------------------------------------------------------------------------


def file07():
    o, L = SOSH4, L7
    cols = dict(num=0, title=1, units=[2, 3, 4], total=5, link=6)
    F = Form("07_СОШ4_ЦМН_2024.xlsx", "Форма ЦМН", o, cols, L, total_style="formula", blank_units=None)
    ws, f = F.ws, F.f
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 55)
    ws.set_column(2, 2, 15)
    ws.set_column(3, 3, 15, None, {"hidden": True})
    ws.set_column(4, 5, 15)
    ws.set_column(6, 6, 48)
    F.line("Мониторинг ЦМН — 2024", f.title)
    F.line("ОО: МБОУ «Кенская СОШ № 4»", f.title)
    F.skip()
    r = F.row
    for col, t in enumerate(["№", "Показатель", *o.units, "Итого по ОО", "Ссылка"]):
        ws.write_string(r, col, t, f.head)
    ws.set_row(r, 32)
    F.row += 1
    F.heading("Раздел 1. Нормативное обеспечение")
    F.crit("1", "Положение о наставничестве педагогических работников (утв. приказом)",
           "orgs_regulation_teachers", "pol")
    F.crit("2", "Положение о наставничестве обучающихся (утв. приказом)", "orgs_regulation_students", "pol")
    F.crit("3", "Приказ о мониторинге", "orgs_monitoring_order", "mon")
    F.crit("4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "spr")
    F.heading("Раздел 2. Участники")
    F.crit("5", "Кураторы", "curators_total", "cur")
    F.crit("6", "Наставники по приказу — всего", "mentors_total", "nast")
    F.crit("6.1", "педагоги", "teachers_mentors", "nast")
    F.crit("6.2", "обучающиеся 15-19 лет", "mentors_15_19", "nast")
    F.crit("6.3", "сотрудники иных организаций (РДК)", "other_org_mentors", "nast")
    F.crit("7", "Наставляемые по приказу — всего", "mentees_total", "nast")
    F.nc("7.1", "Наставнических пар (групп)", [37, 5, 2], 44)
    F.crit("8", "Соглашения с иными организациями", "agreements_other_orgs", "dog")
    F.crit("9", "Партнёр(ы)", "partner_list", "dog")
    F.heading("Раздел 3. ППН")
    F.crit("10", "ППН, всего", "pp_total", "ppn")
    F.crit("10.1", "ученик-ученик", "pp_pupil_pupil", "ppn")
    F.crit("10.2", "учитель-учитель", "pp_teacher_teacher", "ppn")
    F.crit("10.3", "руководитель-педагог", "pp_head_teacher", "ppn")
    F.crit("10.4", "учитель-ученик", "pp_teacher_pupil", "ppn")
    F.heading("Раздел 4. Обучающиеся")
    F.crit("11", "Обучающихся от 10 до 19 лет", "students_10_19", None)
    F.crit("12", "из них наставляемых", "mentees_10_19", "nast")
    F.crit("12.1", "группа риска", "mentees_risk", "nast")
    F.crit("12.2", "одарённые", "mentees_gifted", "nast")
    F.crit("12.3", "ОВЗ, инвалиды", "mentees_disabled", "nast")
    F.crit("12.4", "низкая мотивация / неуспеваемость", "mentees_low_motivation", "nast")
    F.crit("12.5", "профориентация", "mentees_career", "nast")
    F.crit("12.6", "иные параметры", "mentees_other_params", "nast")
    F.crit("13", "Доля наставляемых 10-19 лет, %", "share_mentees_10_19", None)
    F.crit("14", "Обучающихся от 15 до 19 лет", "students_15_19", None)
    F.crit("15", "Доля наставников 15-19 лет, %", "share_mentors_15_19", None)
    F.heading("Раздел 5. Педагоги")
    F.crit("16", "Молодые специалисты", "young_specialists", None)
    F.crit("17", "Педагоги (без молодых специалистов)", "teachers_other", None)
    F.crit("18", "Педагогов всего", "teachers_municipal", None)
    F.crit("19", "МС-наставляемые", "young_specialists_mentees", "nast")
    F.crit("20", "Педагоги (без МС)-наставляемые", "teachers_other_mentees", "nast")
    F.crit("21", "Доля МС-наставляемых, %", "share_young_specialists_mentees", None)
    F.crit("22", "Доля педагогов-наставляемых, %", "share_teachers_mentees", None)
    F.crit("23", "Доля педагогов-наставников, %", "share_teachers_mentors", None)
    F.crit("24", "Педагоги в ППН", "teachers_in_pp", "ppn")
    F.crit("25", "Прошли КПК (наставничество) в 2024 г.", "kpk_trained", "kpk")
    F.crit("26", "ШМО наставников", "school_methodical_associations", "shmo")
    F.heading("Раздел 6. Стимулирование и удовлетворённость")
    F.crit("27", "Положение об оплате наставников", "pay_acts", "opl")
    F.crit("28", "Положение о нематериальном поощрении", "nonmaterial_acts", "stim")
    F.crit("29", "Удовлетворённость наставляемых, %", "satisfaction_mentees", "ank")
    F.crit("30", "Удовлетворённость наставников, %", "satisfaction_mentors", "ank")
    F.skip()
    F.line("Исполнитель: Ворончихина О.В., зам. директора по УВР", f.italic, col=1)
    F.close()


def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    for fn in (file01, file02, file03, file04, file05, file06, file07):
        fn()
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(HERE / "cells.json", "w", encoding="utf-8") as fh:
        json.dump({"cells": CELLS, "ambiguous": AMBIG_CELLS}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    na = sum(len(e.get("ambiguous", [])) for e in EXPECTED)
    for e in EXPECTED:
        print(f'{e["file"]}: values {len(e["values"])}, links {len(e["links"])}, '
              f'ambiguous {len(e.get("ambiguous", []))}, not_criteria {len(e.get("not_criteria", []))}, '
              f'headings {len(e["headings"])}')
    print(f"files {len(EXPECTED)}, values {nv}, links {nl}, ambiguous {na}")


if __name__ == "__main__":
    main()
