#!/usr/bin/env python3
"""heldout110: ordinary one-organisation forms (№ | title | value | link) whose rows are NOT in the
catalogue's order because a methodologist sorted or filtered the sheet before sending it.

Writes typed/*.xlsx, expected.json and cells.json next to this file.  Deterministic (no randomness).
"""
import datetime
import json
import pathlib
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.worksheet.filters import FilterColumn, Filters, SortCondition, SortState

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
YEAR = 2024

# --------------------------------------------------------------------------------------------
# the catalogue (only to know units; wordings are never copied)
UNITS = {}
with open(CRITERIA_TSV, encoding="utf-8") as fh:
    fh.readline()  # column names
    for line in fh:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        # a criterion counted over the organisations' yes/no answers (count_yes) is a yes/no
        # question on an organisation's own form
        UNITS[parts[0]] = "yesno" if parts[4] == "count_yes" else parts[2]

# --------------------------------------------------------------------------------------------
# the organisations' figures (Вотсинский муниципальный округ, invented)


def org(**kw):
    d = dict(kw)
    d["mentees_10_19"] = sum(d[k] for k in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                            "mentees_low_motivation", "mentees_career",
                                            "mentees_other_params"))
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
                          + d["other_org_mentors"] + d["enterprise_mentors"])
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    d["pp_total"] = sum(d[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                       "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil",
                                       "pp_other"))
    d["teachers_municipal"] = d["teachers_other"] + d["young_specialists"]

    def pct(a, b):
        return round(a / b * 100, 2)
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["young_specialists_mentees"] + d["teachers_other_mentees"],
                                      d["young_specialists"] + d["teachers_other"])
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], d["teachers_municipal"])
    d["share_young_specialists_mentors"] = pct(d["young_specialists_mentors"], d["young_specialists"])
    # raw fractions for cells typed as 0.00% fractions
    d["_frac"] = {
        "share_mentees_10_19": d["mentees_10_19"] / d["students_10_19"],
        "share_mentors_15_19": d["mentors_15_19"] / d["students_15_19"],
        "share_young_specialists_mentees": d["young_specialists_mentees"] / d["young_specialists"],
        "share_teachers_mentees": (d["young_specialists_mentees"] + d["teachers_other_mentees"])
        / (d["young_specialists"] + d["teachers_other"]),
        "share_teachers_mentors": d["teachers_mentors"] / d["teachers_municipal"],
        "share_young_specialists_mentors": d["young_specialists_mentors"] / d["young_specialists"],
    }
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d["young_specialists_mentors"] <= d["teachers_mentors"] <= d["teachers_municipal"]
    assert d["teachers_in_pp"] <= d["teachers_municipal"]
    return d


ORGS = {
    "sosh4": org(
        name="МБОУ «СОШ № 4»",
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=2,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=1,
        partner_list=["МАОУ «Гимназия № 1»", "АО «Вотсинский механический завод»",
                      "МБУ «Молодёжный центр «Вектор»"],
        pp_pupil_pupil=12, pp_teacher_teacher=12, pp_student_student=0, pp_head_teacher=1,
        pp_student_pupil=0, pp_teacher_pupil=9, pp_other=2,
        external_edu_mentors=1, other_org_mentors=2, enterprise_mentors=1,
        students_10_19=512, students_15_19=148,
        mentees_risk=9, mentees_gifted=12, mentees_disabled=5, mentees_low_motivation=14,
        mentees_career=11, mentees_other_params=10,
        mentors_15_19=12, satisfaction_mentees=91.4, satisfaction_mentors=88.6,
        young_specialists=6, young_specialists_mentees=5, teachers_other=47, teachers_other_mentees=7,
        teachers_in_pp=24, kpk_trained=3, school_methodical_associations=1,
        teachers_mentors=21, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=1,
    ),
    "gimn1": org(
        name="МАОУ «Гимназия № 1»",
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=2,
        agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=1,
        partner_list=["ФГБОУ ВО «Удмуртский государственный университет»", "МБОУ «СОШ № 4»",
                      "АНО «Центр развития талантов «Орбита»"],
        agreement_subjects="Предоставление сотрудников в качестве наставников обучающихся профильных классов",
        pp_pupil_pupil=27, pp_teacher_teacher=14, pp_student_student=0, pp_head_teacher=2,
        pp_student_pupil=0, pp_teacher_pupil=21, pp_other=0,
        external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=0,
        students_10_19=893, students_15_19=301,
        mentees_risk=11, mentees_gifted=37, mentees_disabled=6, mentees_low_motivation=9,
        mentees_career=22, mentees_other_params=19,
        mentors_15_19=27, satisfaction_mentees=94.2, satisfaction_mentors=92.75,
        young_specialists=9, young_specialists_mentees=8, teachers_other=71, teachers_other_mentees=6,
        teachers_in_pp=38, kpk_trained=5, school_methodical_associations=2,
        kpk_courses=["Наставничество в образовании: современные подходы и технологии (ИРО УР, 36 ч)",
                     "Организация наставничества обучающихся (ЦНППМ, 24 ч)"],
        teachers_mentors=34, young_specialists_mentors=2, pay_acts=1, nonmaterial_acts=2,
    ),
    "sosh2": org(
        name="МБОУ «Вотсинская СОШ № 2»",
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=1,
        partner_list=["СПК «Колхоз имени Мичурина»", "Вотсинская сельская библиотека МБУК «ЦБС»"],
        pp_pupil_pupil=6, pp_teacher_teacher=5, pp_student_student=0, pp_head_teacher=1,
        pp_student_pupil=0, pp_teacher_pupil=8, pp_other=0,
        external_edu_mentors=0, other_org_mentors=1, enterprise_mentors=1,
        students_10_19=214, students_15_19=58,
        mentees_risk=6, mentees_gifted=3, mentees_disabled=4, mentees_low_motivation=8,
        mentees_career=4, mentees_other_params=2,
        mentors_15_19=6, satisfaction_mentees=96.3, satisfaction_mentors=95.0,
        young_specialists=3, young_specialists_mentees=3, teachers_other=24, teachers_other_mentees=2,
        teachers_in_pp=12, kpk_trained=1, school_methodical_associations=0,
        kpk_courses=["Наставник в образовательной организации (ИРО УР, 18 ч)"],
        teachers_mentors=9, young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=0,
    ),
    "licey7": org(
        name="МАОУ «Лицей № 7»",
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=2, agreements_enterprises=2, agreements_other_orgs=1,
        partner_list=["ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»", "БПОУ УР «Вотсинский политехнический колледж»",
                      "АО «Вотсинский механический завод»", "ООО «ТехноСервис»",
                      "АНО «Центр молодёжных инициатив»"],
        agreement_subjects="Сетевое взаимодействие: наставничество в инженерных классах, проектная деятельность",
        pp_pupil_pupil=23, pp_teacher_teacher=10, pp_student_student=0, pp_head_teacher=1,
        pp_student_pupil=2, pp_teacher_pupil=17, pp_other=3,
        external_edu_mentors=3, other_org_mentors=2, enterprise_mentors=2,
        students_10_19=678, students_15_19=264,
        mentees_risk=4, mentees_gifted=31, mentees_disabled=3, mentees_low_motivation=7,
        mentees_career=28, mentees_other_params=15,
        mentors_15_19=23, satisfaction_mentees=90.1, satisfaction_mentors=93.4,
        young_specialists=7, young_specialists_mentees=6, teachers_other=58, teachers_other_mentees=4,
        teachers_in_pp=31, kpk_trained=2, school_methodical_associations=1,
        kpk_courses=["Технологии наставничества в инженерном образовании (ЦНППМ УР, 36 ч)",
                     "Школа наставника (ИРО УР, 24 ч)"],
        teachers_mentors=27, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=1,
    ),
    "oosh": org(
        name="МБОУ «Кечёвская ООШ»",
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
        partner_list=["МБОУ «Вотсинская СОШ № 2»"],
        pp_pupil_pupil=2, pp_teacher_teacher=2, pp_student_student=0, pp_head_teacher=0,
        pp_student_pupil=0, pp_teacher_pupil=4, pp_other=0,
        external_edu_mentors=1, other_org_mentors=0, enterprise_mentors=0,
        students_10_19=46, students_15_19=9,
        mentees_risk=2, mentees_gifted=0, mentees_disabled=1, mentees_low_motivation=3,
        mentees_career=1, mentees_other_params=1,
        mentors_15_19=2, satisfaction_mentees=100, satisfaction_mentors=95.5,
        young_specialists=1, young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=1,
        teachers_in_pp=5, kpk_trained=0, school_methodical_associations=0,
        teachers_mentors=4, young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=0,
    ),
    "sosh11": org(
        name="МБОУ «СОШ № 11 с углублённым изучением отдельных предметов»",
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=2,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=1,
        partner_list=["МАОУ «Лицей № 7»", "ООО «Агрохолдинг «Вотса»", "МБУ «Молодёжный центр «Вектор»"],
        pp_pupil_pupil=19, pp_teacher_teacher=12, pp_student_student=0, pp_head_teacher=2,
        pp_student_pupil=0, pp_teacher_pupil=14, pp_other=1,
        external_edu_mentors=1, other_org_mentors=1, enterprise_mentors=1,
        students_10_19=756, students_15_19=233,
        mentees_risk=13, mentees_gifted=15, mentees_disabled=9, mentees_low_motivation=17,
        mentees_career=14, mentees_other_params=11,
        mentors_15_19=19, satisfaction_mentees=89.35, satisfaction_mentors=91.2,
        young_specialists=8, young_specialists_mentees=7, teachers_other=62, teachers_other_mentees=5,
        teachers_in_pp=33, kpk_trained=4, school_methodical_associations=1,
        teachers_mentors=29, young_specialists_mentors=2, pay_acts=1, nonmaterial_acts=1,
    ),
    "cdt": org(
        name="МБУ ДО «Центр детского творчества»",
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        internal_monitoring_notes=1, curators_total=1,
        agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=2,
        partner_list=["ООО «Вотсинская швейная фабрика»", "МБУК «Вотсинский краеведческий музей»",
                      "Местное отделение Движения Первых Вотсинского округа"],
        pp_pupil_pupil=25, pp_teacher_teacher=7, pp_student_student=0, pp_head_teacher=1,
        pp_student_pupil=0, pp_teacher_pupil=12, pp_other=2,
        external_edu_mentors=0, other_org_mentors=3, enterprise_mentors=1,
        students_10_19=1140, students_15_19=312,
        mentees_risk=18, mentees_gifted=41, mentees_disabled=12, mentees_low_motivation=0,
        mentees_career=9, mentees_other_params=16,
        mentors_15_19=25, satisfaction_mentees=93.8, satisfaction_mentors=90.0,
        young_specialists=4, young_specialists_mentees=4, teachers_other=37, teachers_other_mentees=3,
        teachers_in_pp=19, kpk_trained=2, school_methodical_associations=1,
        teachers_mentors=15, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=1,
    ),
}

# --------------------------------------------------------------------------------------------
# proof documents: criterion -> document key; document key -> file name per organisation

DOC_OF = {
    "orgs_regulation_teachers": "pol_ped", "orgs_regulation_students": "pol_obuch",
    "orgs_monitoring_order": "monitoring", "internal_monitoring_notes": "spravka",
    "curators_total": "kurator",
    "agreements_edu_orgs": "sogl", "agreements_enterprises": "sogl", "agreements_other_orgs": "sogl",
    "partner_list": "sogl", "agreement_subjects": "sogl",
    "mentors_total": "pary", "mentees_total": "pary", "mentors_15_19": "pary", "mentees_10_19": "pary",
    "mentees_risk": "pary", "mentees_gifted": "pary", "mentees_disabled": "pary",
    "mentees_low_motivation": "pary", "mentees_career": "pary", "mentees_other_params": "pary",
    "teachers_mentors": "pary", "young_specialists_mentors": "pary",
    "young_specialists_mentees": "pary", "teachers_other_mentees": "pary",
    "external_edu_mentors": "pary", "other_org_mentors": "pary", "enterprise_mentors": "pary",
    "pp_total": "pp", "pp_pupil_pupil": "pp", "pp_teacher_teacher": "pp", "pp_student_student": "pp",
    "pp_head_teacher": "pp", "pp_student_pupil": "pp", "pp_teacher_pupil": "pp", "pp_other": "pp",
    "teachers_in_pp": "pp",
    "satisfaction_mentees": "anketa", "satisfaction_mentors": "anketa",
    "kpk_trained": "kpk", "kpk_courses": "kpk", "school_methodical_associations": "shmo",
    "pay_acts": "oplata", "nonmaterial_acts": "pooshr",
}

DOC_NAMES = {
    "pol_ped": "prikaz-123-od-polozhenie-nastavnichestvo-ped",
    "pol_obuch": "prikaz-124-od-polozhenie-nastavnichestvo-obuch",
    "monitoring": "prikaz-monitoring-tsmn-2024",
    "spravka": "spravka-vnutrenniy-monitoring-2024",
    "kurator": "prikaz-kurator-tsmn",
    "sogl": "soglasheniya-o-sotrudnichestve",
    "pary": "prikaz-nastavnicheskie-pary-2024-2025",
    "pp": "personalizirovannye-programmy-2024",
    "anketa": "rezultaty-anketirovaniya-udovletvorennost",
    "kpk": "udostovereniya-kpk-nastavnichestvo",
    "shmo": "prikaz-shmo-nastavnikov",
    "oplata": "polozhenie-ob-oplate-nastavnikov",
    "pooshr": "polozhenie-nematerialnoe-pooshchrenie",
    "dk": "dorozhnaya-karta-tsmn",
    "site": "",
}

BASES = {
    "sosh4": "https://sh4-votsinsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/2024/{}.pdf",
    "gimn1": "https://gimn1votsinsk.ru/wp-content/uploads/2024/12/{}.pdf",
    "sosh2": "https://votsinsk-sosh2.edu18.ru/files/nastavn/{}.pdf",
    "licey7": "https://licey7-votsinsk-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/{}/",
    "sosh11": "https://sosh11-votsinsk.ru/sveden/nastavnichestvo/{}.pdf",
    "cdt": "https://cdt-votsinsk-r18.gosweb.gosuslugi.ru/netcat_files/42/318/{}.pdf",
}
# the small school keeps its documents on Yandex Disk: one share link per document
OOSH_LINKS = {
    "pol_ped": "https://disk.yandex.ru/i/Kx7qPz2LmR4tWa", "pol_obuch": "https://disk.yandex.ru/i/Kx7qPz2LmR4tWb",
    "monitoring": "https://disk.yandex.ru/i/9bVn3QeXs1HdGg", "spravka": "https://disk.yandex.ru/i/Tt0aYhL5uPqo2w",
    "kurator": "https://disk.yandex.ru/i/Ws4RkM8cNv6jEz", "sogl": "https://disk.yandex.ru/i/Bq2FhJ7dLx0sUo",
    "pary": "https://disk.yandex.ru/i/Ma5GtR1pZy8kCe", "pp": "https://disk.yandex.ru/i/Hn3VwQ9bEr2tLi",
    "anketa": "https://disk.yandex.ru/i/Jc6XoP4sAk7mNd", "kpk": "https://disk.yandex.ru/i/Rz1UeT3gWq5vBy",
    "oplata": "https://disk.yandex.ru/i/Lf8SdN2hYc4xKo",
}


def url(okey, doc):
    if okey == "oosh":
        return OOSH_LINKS[doc]
    if doc == "site":
        return BASES[okey].split("/netcat")[0].split("/wp-content")[0].split("/files")[0] \
            .split("/ofitsialno")[0].split("/sveden")[0] + "/"
    return BASES[okey].format(DOC_NAMES[doc])


# --------------------------------------------------------------------------------------------
# row specs


class Row:
    def __init__(self, num, title, cid=None, *, fmt=None, link=True, val=None, doc=None, heading=False):
        self.num, self.title, self.cid = num, title, cid
        self.fmt, self.link, self.val, self.doc, self.heading = fmt, link, val, doc, heading


def H(num, title):
    return Row(num, title, heading=True)


def C(num, title, cid, fmt=None, link=True):
    return Row(num, title, cid, fmt=fmt, link=link)


def N(num, title, val, doc=None):
    """a row with a value that is not a criterion of the catalogue"""
    return Row(num, title, None, val=val, doc=doc)


def typed_value(o, r):
    """the cell's value as the person typed it, plus an optional number format"""
    if r.cid is None:
        if isinstance(r.val, datetime.date):
            return r.val, "DD.MM.YYYY"
        return r.val, None
    v = o[r.cid]
    unit = UNITS[r.cid]
    fmt = r.fmt
    if fmt is None:
        fmt = {"count": "n", "yesno": "yn", "share": "p", "level": "p", "list": "list;", "text": "text"}[unit]
    if fmt == "n":
        return int(v), None
    if fmt == "yn":
        return ("да" if v else "нет"), None
    if fmt == "Yn":
        return ("Да" if v else "Нет"), None
    if fmt == "b":
        return int(v), None
    if fmt == "p":
        return v, None
    if fmt == "ptxt":
        return ("%s%%" % ("{:.2f}".format(v).rstrip("0").rstrip(".").replace(".", ","))), None
    if fmt == "pfrac":
        return o["_frac"][r.cid], "0.00%"
    if fmt == "list;":
        return "; ".join(v), None
    if fmt == "list\n":
        return "\n".join(v), None
    if fmt == "text":
        return v, None
    raise ValueError(fmt)


def expected_value(o, cid):
    v = o[cid]
    unit = UNITS[cid]
    if unit == "list":
        return "; ".join(v)
    if unit in ("share", "level"):
        return round(float(v), 2)
    if unit == "text":
        return v
    return int(v)


# --------------------------------------------------------------------------------------------
# the seven forms (rows in the TEMPLATE's order; each file function then reorders them)


def rows_sosh4():
    return [
        H("1", "Нормативная база"),
        C("1.1", "Положение о наставничестве педагогов (приказ об утверждении)", "orgs_regulation_teachers"),
        C("1.2", "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students"),
        C("1.3", "Приказ о проведении мониторинга ЦМН в ОО", "orgs_monitoring_order"),
        C("1.4", "Справка по итогам внутришкольного мониторинга", "internal_monitoring_notes"),
        N("1.5", "Дорожная карта внедрения наставничества", "да", doc="dk"),
        H("2", "Организация процесса"),
        C("2.1", "Кураторов ЦМН", "curators_total"),
        C("2.2", "Соглашений с другими ОО (наставники от них)", "agreements_edu_orgs"),
        C("2.3", "Соглашений с предприятиями", "agreements_enterprises"),
        C("2.4", "Соглашений с прочими организациями", "agreements_other_orgs"),
        C("2.5", "Партнёры по наставничеству (перечень)", "partner_list", fmt="list\n"),
        C("2.6", "Наставников", "mentors_total"),
        C("2.6.1", "Из них 15–19 лет", "mentors_15_19"),
        C("2.7", "Наставляемых", "mentees_total"),
        C("2.7.1", "из них молодых специалистов", "young_specialists_mentees"),
        C("2.7.2", "из них обучающихся 10–19 лет", "mentees_10_19"),
        N("2.8", "Наставнических пар", 58, doc="pary"),
        H("3", "Персонализированные программы"),
        C("3.1", "ПП всего", "pp_total"),
        C("3.2", "ПП «ученик – ученик»", "pp_pupil_pupil"),
        C("3.3", "ПП «учитель – учитель»", "pp_teacher_teacher"),
        C("3.4", "ПП «руководитель – педагог»", "pp_head_teacher"),
        C("3.5", "ПП «учитель – ученик»", "pp_teacher_pupil"),
        C("3.6", "ПП других форм (педагог – родитель)", "pp_other"),
        H("4", "Внешние наставники"),
        C("4.1", "Наставники из других школ/ОО", "external_edu_mentors"),
        C("4.2", "Наставники от предприятий", "enterprise_mentors"),
        H("5", "Обучающиеся 10–19 лет"),
        C("5.1", "Обучающихся 10–19 лет в ОО", "students_10_19", link=False),
        C("5.2", "Группа риска (наставляемые)", "mentees_risk"),
        C("5.3", "Одарённые дети – наставляемые", "mentees_gifted"),
        C("5.4", "Дети с ОВЗ / дети-инвалиды – наставляемые", "mentees_disabled", link=False),
        C("5.5", "Низкая мотивация, неуспевающие", "mentees_low_motivation", link=False),
        C("5.8", "Охват наставничеством 10–19 лет, %", "share_mentees_10_19", link=False),
        H("6", "Обучающиеся 15–19 лет"),
        C("6.1", "Всего обучающихся 15–19 лет", "students_15_19", link=False),
        C("6.2", "Доля наставников среди 15–19-летних, %", "share_mentors_15_19", link=False),
        H("7", "Удовлетворённость"),
        C("7.1", "Удовлетворены наставляемые, %", "satisfaction_mentees"),
        C("7.2", "Удовлетворены наставники, %", "satisfaction_mentors"),
        H("8", "Педагоги – наставляемые"),
        C("8.1", "Молодых специалистов (до 35 лет, стаж до 3 лет)", "young_specialists", link=False),
        C("8.2", "Педагогов без учёта молодых специалистов", "teachers_other", link=False),
        C("8.3", "Педагогов (не МС) – наставляемых", "teachers_other_mentees"),
        C("8.4", "Доля МС-наставляемых, %", "share_young_specialists_mentees", link=False),
        H("9", "Проф. развитие"),
        C("9.1", "Педагогов, занятых в ПП", "teachers_in_pp"),
        C("9.2", "Прошли КПК по наставничеству в 2024 г.", "kpk_trained"),
        C("9.3", "ШМО наставников", "school_methodical_associations"),
        H("10", "Педагоги-наставники"),
        C("10.1", "Педагогов-наставников", "teachers_mentors"),
        C("10.1.1", "из них молодых специалистов", "young_specialists_mentors"),
        C("10.2", "Доля педагогов-наставников, %", "share_teachers_mentors", link=False),
        H("11", "Стимулирование"),
        C("11.1", "Актов об оплате наставничества, шт.", "pay_acts"),
        C("11.2", "Положений о нематериальном поощрении наставников, шт.", "nonmaterial_acts"),
    ]


def rows_gimn1():
    return [
        H("1", "Нормативные документы"),
        C("1.1", "Приказ об утв. положения о наставничестве педработников", "orgs_regulation_teachers", fmt="yn"),
        C("1.2", "Приказ об утв. положения о наставничестве учащихся", "orgs_regulation_students", fmt="Yn"),
        C("1.3", "Приказ о мониторинге ЦМН (1 – есть, 0 – нет)", "orgs_monitoring_order", fmt="b"),
        C("1.4", "Справка по внутреннему мониторингу (1/0)", "internal_monitoring_notes", fmt="b"),
        H("2", "Организация наставничества"),
        C("2.1", "Кураторы внедрения ЦМН, чел.", "curators_total"),
        C("2.2", "Соглашения с образоват. организациями (наставники-сотрудники), шт.", "agreements_edu_orgs"),
        C("2.3", "Соглашения с иными организациями, шт.", "agreements_other_orgs"),
        C("2.4", "Организации-партнёры", "partner_list", fmt="list;"),
        C("2.5", "Предмет соглашений", "agreement_subjects", fmt="text"),
        C("2.6", "Наставники по приказу, всего", "mentors_total"),
        C("2.7", "Наставляемые по приказу, всего", "mentees_total"),
        N("2.8", "Итого участников (наставники + наставляемые)", 182),
        H("3", "Персонализированные программы наставничества"),
        C("3.1", "Всего ПП", "pp_total"),
        C("3.2", "в т.ч. ученик-ученик", "pp_pupil_pupil"),
        C("3.3", "в т.ч. учитель-учитель", "pp_teacher_teacher"),
        C("3.4", "в т.ч. руководитель-педагог", "pp_head_teacher"),
        C("3.5", "в т.ч. учитель-ученик", "pp_teacher_pupil"),
        H("4", "Наставники извне"),
        C("4.1", "Из других образовательных организаций", "external_edu_mentors"),
        C("4.2", "С предприятий", "enterprise_mentors"),
        H("5", "Обучающиеся 10–19 лет"),
        C("5.1", "Обучающихся 10–19 лет, всего", "students_10_19", link=False),
        C("5.1.1", "из них 15–19 лет", "students_15_19", link=False),
        C("5.2", "Наставляемых из числа обучающихся 10–19 лет", "mentees_10_19"),
        C("5.3", "в т.ч. «группа риска»", "mentees_risk", link=False),
        C("5.4", "в т.ч. одарённые (в реестре)", "mentees_gifted"),
        C("5.6", "Охват 10–19 лет, %", "share_mentees_10_19", link=False),
        H("6", "Обучающиеся-наставники"),
        C("6.1", "Наставники-обучающиеся 15–19 лет (приказ)", "mentors_15_19"),
        C("6.2", "Доля 15–19-летних в роли наставника, %", "share_mentors_15_19", link=False),
        H("7", "Удовлетворённость программами"),
        C("7.1", "Удовлетворены участием: наставляемые, %", "satisfaction_mentees"),
        C("7.2", "Удовлетворены участием: наставники, %", "satisfaction_mentors"),
        H("8", "Педагоги-наставляемые"),
        C("8.1", "Молодые специалисты (до 35 лет, стаж ≤ 3 лет), чел.", "young_specialists", link=False),
        C("8.1.1", "из них наставляемые", "young_specialists_mentees"),
        C("8.2", "Прочие педагоги (кроме МС)", "teachers_other", link=False),
        C("8.2.1", "из них наставляемые", "teachers_other_mentees"),
        C("8.3", "Доля всех педагогов-наставляемых, %", "share_teachers_mentees", link=False),
        H("9", "Непрерывное проф. развитие"),
        C("9.1", "Обучены на КПК (наставничество) за 2024 г.", "kpk_trained"),
        C("9.2", "Названия курсов", "kpk_courses", fmt="list;"),
        C("9.3", "ШМО наставников, кол-во", "school_methodical_associations"),
        H("10", "Педагоги-наставники"),
        C("10.1", "Педагогов в роли наставника", "teachers_mentors"),
        C("10.2", "Доля МС-наставников, %", "share_young_specialists_mentors", link=False),
        H("11", "Стимулирование наставников"),
        C("11.1", "Локальные акты о доплате наставникам, шт.", "pay_acts"),
        C("11.2", "Локальные акты о нематериальном поощрении, шт.", "nonmaterial_acts"),
        N("12", "Мероприятий по наставничеству за год", 14),
        N("13", "Дата заполнения", datetime.date(2025, 1, 16)),
    ]


def rows_sosh2():
    # the template's order; the file groups them by kind (see file_grouped)
    return [
        C("1.1", "Положение о системе наставничества педагогов (приказ)", "orgs_regulation_teachers", fmt="yn"),
        C("1.2", "Положение о системе наставничества обучающихся (приказ)", "orgs_regulation_students", fmt="yn"),
        C("1.3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", fmt="yn", link=False),
        C("1.4", "Справка по итогам внутр. мониторинга", "internal_monitoring_notes", fmt="yn"),
        N("1.5", "Дорожная карта ОО по наставничеству", "да", doc="dk"),
        C("2.1", "Куратор внедрения ЦМН (чел.)", "curators_total"),
        C("2.3", "Соглашения с предприятиями (наставники)", "agreements_enterprises"),
        C("2.4", "Соглашения с иными организациями", "agreements_other_orgs"),
        C("2.5", "Партнёры (предприятия, организации)", "partner_list", fmt="list\n"),
        C("2.6", "Кол-во наставников по приказу", "mentors_total"),
        C("2.7", "Кол-во наставляемых по приказу", "mentees_total"),
        N("2.8", "Количество наставнических пар", 19),
        C("3.1", "Персонализированные программы — всего", "pp_total"),
        C("3.2", "уч-ся – уч-ся", "pp_pupil_pupil"),
        C("3.3", "педагог – педагог", "pp_teacher_teacher"),
        C("3.5", "руководитель – педагог", "pp_head_teacher"),
        C("3.7", "учитель – ученик", "pp_teacher_pupil"),
        C("4.2", "Наставников от предприятий", "enterprise_mentors"),
        C("5.1", "Обучающиеся 10-19 лет (всего в школе)", "students_10_19", link=False),
        C("5.2", "Наставляемые 10-19 лет", "mentees_10_19"),
        C("5.3", "из них группа риска", "mentees_risk"),
        C("5.4", "из них ОВЗ / инвалиды", "mentees_disabled"),
        C("5.5", "из них низкомотивированные", "mentees_low_motivation"),
        C("5.7", "Доля наставляемых 10-19 лет", "share_mentees_10_19", fmt="pfrac", link=False),
        C("6.1", "Обучающиеся 15-19 лет (всего)", "students_15_19", link=False),
        C("6.2", "Наставники из обучающихся 15-19 лет", "mentors_15_19"),
        C("6.3", "Доля наставников 15-19 лет", "share_mentors_15_19", fmt="pfrac", link=False),
        C("7.1", "Удовлетворённость наставляемых", "satisfaction_mentees", fmt="ptxt"),
        C("7.2", "Удовлетворённость наставников", "satisfaction_mentors", fmt="ptxt"),
        C("8.1", "Молодые специалисты", "young_specialists", link=False),
        C("8.2", "Молодые специалисты – наставляемые", "young_specialists_mentees"),
        C("8.3", "Остальные педагоги", "teachers_other", link=False),
        C("8.4", "Остальные педагоги – наставляемые", "teachers_other_mentees"),
        C("8.5", "Доля МС-наставляемых", "share_young_specialists_mentees", fmt="pfrac", link=False),
        C("9.1", "Педагоги, задействованные в ПП", "teachers_in_pp"),
        C("9.2", "Обучились на КПК по наставничеству", "kpk_trained"),
        C("9.3", "ШМО наставников", "school_methodical_associations", fmt="yn", link=False),
        N("9.4", "Доля педагогов, прошедших КПК", "3,7%"),
        C("9.5", "Курсы КПК (наименования)", "kpk_courses", fmt="list;"),
        C("10.1", "Педагоги-наставники", "teachers_mentors"),
        C("10.3", "Доля педагогов-наставников", "share_teachers_mentors", fmt="pfrac", link=False),
        C("11.1", "Положение об оплате труда наставников (кол-во актов)", "pay_acts"),
    ]


def rows_licey7():
    # blocks already in the order they were pasted from the other template
    return [
        H("", "Раздел 8. Наставляемые педагоги"),
        C("8.1", "Молодые педагоги (до 35 лет, первые 3 года)", "young_specialists", link=False),
        C("8.2", "– из них в роли наставляемого", "young_specialists_mentees"),
        C("8.3", "Педагоги, кроме молодых", "teachers_other", link=False),
        C("8.4", "– из них в роли наставляемого", "teachers_other_mentees"),
        C("8.5", "Доля МС-наставляемых (%)", "share_young_specialists_mentees", link=False),
        H("", "Раздел 10. Педагоги в роли наставников"),
        C("10.1", "Педагоги-наставники, чел.", "teachers_mentors"),
        C("10.2", "в т.ч. молодые специалисты", "young_specialists_mentors"),
        H("", "Раздел 9. Профессиональное развитие"),
        C("9.1", "Педагоги в персонализированных программах", "teachers_in_pp"),
        C("9.2", "КПК по наставничеству (чел.)", "kpk_trained"),
        C("9.3", "какие курсы", "kpk_courses", fmt="list\n"),
        H("", "Раздел 2. Организация процесса"),
        C("2.1", "Куратор(ы) ЦМН", "curators_total"),
        C("2.6", "Наставники (приказ), всего", "mentors_total"),
        C("2.7", "Наставляемые (приказ), всего", "mentees_total"),
        H("", "Раздел 5. Обучающиеся 10–19 лет"),
        C("5.1", "Обучающиеся 10–19 лет", "students_10_19", link=False),
        C("5.2", "Наставляемые 10–19 лет", "mentees_10_19"),
        C("5.3", "«группа риска»", "mentees_risk"),
        C("5.4", "одарённые", "mentees_gifted"),
        C("5.9", "Доля наставляемых 10–19 лет (%)", "share_mentees_10_19", link=False),
        H("", "Раздел 3. Персонализированные программы"),
        C("3.1", "ПП по всем формам", "pp_total"),
        C("3.2", "ученик – ученик", "pp_pupil_pupil"),
        C("3.3", "учитель – учитель", "pp_teacher_teacher"),
        C("3.5", "руководитель – педагог", "pp_head_teacher"),
        C("3.6", "студент – ученик", "pp_student_pupil"),
        C("3.7", "учитель – ученик", "pp_teacher_pupil"),
        C("3.8", "иная форма (работодатель – ученик)", "pp_other"),
        H("", "Раздел 6. Обучающиеся 15–19 лет"),
        C("6.1", "Обучающиеся 15–19 лет", "students_15_19", link=False),
        C("6.2", "из них наставники (приказ)", "mentors_15_19"),
        H("", "Раздел 4. Внешние наставники"),
        C("4.1", "из вузов, колледжей, школ", "external_edu_mentors"),
        C("4.2", "из иных организаций", "other_org_mentors"),
        C("4.3", "с предприятий", "enterprise_mentors"),
        N("4.4", "Педагоги-наставники с высшей категорией", 11),
        H("", "Раздел 1. Нормативная база"),
        C("1.1", "Положение о наставничестве педагогов", "orgs_regulation_teachers", fmt="Yn"),
        C("1.2", "Положение о наставничестве обучающихся", "orgs_regulation_students", fmt="Yn"),
        C("1.3", "Приказ о мониторинге", "orgs_monitoring_order", fmt="Yn"),
        N("1.5", "Раздел «Наставничество» на сайте лицея", "Да", doc="site"),
        H("", "Раздел 7. Удовлетворённость"),
        C("7.1", "наставляемых (%)", "satisfaction_mentees"),
        C("7.2", "наставников (%)", "satisfaction_mentors"),
        H("", "Раздел 11. Стимулирование"),
        C("11.1", "Акты об оплате работы наставника", "pay_acts"),
        C("11.2", "Акты о нематериальном поощрении", "nonmaterial_acts"),
        H("", "Раздел 2. Организация процесса (продолжение)"),
        C("2.2", "Соглашения с ОО", "agreements_edu_orgs"),
        C("2.3", "Соглашения с предприятиями", "agreements_enterprises"),
        C("2.4", "Соглашения с иными организациями", "agreements_other_orgs"),
        C("2.5", "Партнёры", "partner_list", fmt="list;"),
        C("2.5.1", "Предмет соглашений", "agreement_subjects", fmt="text"),
        C("2.8", "Справка по внутреннему мониторингу", "internal_monitoring_notes", fmt="Yn"),
    ]


def rows_oosh():
    return [
        H("1", "Нормативное обеспечение"),
        C("1.1", "Положение о наставничестве пед. работников", "orgs_regulation_teachers"),
        C("1.2", "Положение о наставничестве обучающихся", "orgs_regulation_students"),
        C("1.3", "Приказ о мониторинге", "orgs_monitoring_order"),
        H("2", "Организация процесса"),
        C("2.1", "Куратор ЦМН", "curators_total"),
        C("2.2", "Соглашения с ОО о наставниках", "agreements_edu_orgs"),
        C("2.3", "Партнёры", "partner_list"),
        C("2.4", "Наставников по приказу", "mentors_total"),
        C("2.5", "Наставляемых по приказу", "mentees_total"),
        C("2.6", "Справка по внутр. мониторингу", "internal_monitoring_notes"),
        N("2.7", "Наставнических пар", 8, doc="pary"),
        H("3", "Персонализированные программы"),
        C("3.1", "ПП всего", "pp_total"),
        C("3.2", "ученик–ученик", "pp_pupil_pupil"),
        C("3.3", "учитель–учитель", "pp_teacher_teacher"),
        C("3.4", "учитель–ученик", "pp_teacher_pupil"),
        H("4", "Внешние наставники"),
        C("4.1", "Наставников из других ОО", "external_edu_mentors"),
        H("5", "Обучающиеся 10–19 лет"),
        C("5.1", "Обучающихся 10–19 лет", "students_10_19", link=False),
        C("5.2", "Наставляемых 10–19 лет", "mentees_10_19"),
        C("5.3", "группа риска", "mentees_risk"),
        C("5.4", "ОВЗ / инвалиды", "mentees_disabled"),
        C("5.5", "низкая мотивация", "mentees_low_motivation"),
        C("5.6", "выбор профессии", "mentees_career"),
        C("5.7", "иное", "mentees_other_params"),
        C("5.8", "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", link=False),
        H("6", "Обучающиеся 15–19 лет"),
        C("6.1", "Обучающихся 15–19 лет", "students_15_19", link=False),
        C("6.2", "Наставников 15–19 лет", "mentors_15_19"),
        C("6.3", "Доля наставников 15–19 лет, %", "share_mentors_15_19", link=False),
        H("7", "Удовлетворённость"),
        C("7.1", "наставляемых, %", "satisfaction_mentees"),
        C("7.2", "наставников, %", "satisfaction_mentors"),
        H("8", "Педагоги – наставляемые"),
        C("8.1", "Молодых специалистов", "young_specialists", link=False),
        C("8.2", "МС-наставляемых", "young_specialists_mentees"),
        C("8.3", "Педагогов (без МС)", "teachers_other", link=False),
        C("8.4", "Педагогов (без МС) – наставляемых", "teachers_other_mentees"),
        C("8.5", "Доля МС-наставляемых, %", "share_young_specialists_mentees", link=False),
        C("8.6", "Доля педагогов-наставляемых, %", "share_teachers_mentees", link=False),
        H("9", "Профразвитие"),
        C("9.1", "Педагогов в ПП", "teachers_in_pp"),
        C("9.2", "Прошли КПК по наставничеству", "kpk_trained", link=False),
        H("10", "Педагоги-наставники"),
        C("10.1", "Педагогов-наставников", "teachers_mentors"),
        C("10.2", "Доля педагогов-наставников, %", "share_teachers_mentors", link=False),
        H("11", "Стимулирование"),
        C("11.1", "Положение об оплате наставникам (кол-во)", "pay_acts"),
    ]


def rows_sosh11():
    return [
        H("1", "Нормативно-правовое обеспечение"),
        C("1.1", "Утверждено положение о системе наставничества педагогов (да/нет)", "orgs_regulation_teachers"),
        C("1.2", "Утверждено положение о системе наставничества обучающихся (да/нет)", "orgs_regulation_students"),
        C("1.3", "Издан приказ о мониторинге ЦМН (да/нет)", "orgs_monitoring_order"),
        H("2", "Организация процесса реализации ЦМН"),
        C("2.1", "Количество кураторов ЦМН в школе", "curators_total"),
        C("2.2", "Соглашения с образовательными организациями о наставниках", "agreements_edu_orgs"),
        C("2.3", "Соглашения с предприятиями о наставниках", "agreements_enterprises"),
        C("2.4", "Соглашения с другими организациями о наставниках", "agreements_other_orgs"),
        C("2.5", "Перечень партнёров по наставничеству", "partner_list"),
        C("2.6", "Наставники (по приказу), чел.", "mentors_total"),
        C("2.7", "Наставляемые (по приказу), чел.", "mentees_total"),
        C("2.8", "Справка по итогам внутреннего мониторинга (да/нет)", "internal_monitoring_notes"),
        H("3", "Персонализированные программы наставничества"),
        C("3.1", "ПП, всего", "pp_total"),
        C("3.2", "ПП: ученик – ученик", "pp_pupil_pupil"),
        C("3.3", "ПП: учитель – учитель", "pp_teacher_teacher"),
        C("3.5", "ПП: руководитель – педагог", "pp_head_teacher"),
        C("3.6", "ПП: студент – ученик", "pp_student_pupil"),
        C("3.7", "ПП: учитель – ученик", "pp_teacher_pupil"),
        C("3.8", "ПП: иная форма (выпускник – ученик)", "pp_other"),
        H("4", "Наставники из внешних организаций"),
        C("4.1", "из других образовательных организаций", "external_edu_mentors"),
        C("4.3", "из предприятий", "enterprise_mentors"),
        H("5", "Обучающиеся 10–19 лет в роли наставляемых"),
        C("5.1", "Обучающихся 10–19 лет всего", "students_10_19", link=False),
        C("5.2", "Из них наставляемых", "mentees_10_19"),
        C("5.3", "наставляемые «группы риска»", "mentees_risk"),
        C("5.4", "наставляемые из числа одарённых", "mentees_gifted"),
        C("5.5", "наставляемые с ОВЗ и инвалидностью", "mentees_disabled"),
        C("5.7", "наставляемые, не определившиеся с профессией", "mentees_career"),
        C("5.9", "Доля наставляемых среди 10–19-летних, %", "share_mentees_10_19", link=False),
        H("6", "Обучающиеся 15–19 лет в роли наставников"),
        C("6.1", "Обучающихся 15–19 лет всего", "students_15_19", link=False),
        C("6.2", "Из них наставников (по приказу)", "mentors_15_19"),
        C("6.3", "Доля наставников среди 15–19-летних, %", "share_mentors_15_19", link=False),
        H("7", "Удовлетворённость участников"),
        C("7.1", "Удовлетворённость наставляемых, %", "satisfaction_mentees"),
        C("7.2", "Удовлетворённость наставников, %", "satisfaction_mentors"),
        H("8", "Педагоги в роли наставляемых"),
        C("8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "young_specialists", link=False),
        C("8.2", "Молодые специалисты – наставляемые", "young_specialists_mentees"),
        C("8.3", "Педагоги, кроме молодых специалистов, всего", "teachers_other", link=False),
        C("8.4", "Педагоги, кроме МС, – наставляемые", "teachers_other_mentees"),
        C("8.5", "Доля МС в роли наставляемых, %", "share_young_specialists_mentees", link=False),
        H("9", "Непрерывное профессиональное развитие"),
        C("9.1", "Педагоги, участвующие в ПП", "teachers_in_pp"),
        C("9.2", "Обучились на КПК по наставничеству в 2024 году", "kpk_trained"),
        C("9.3", "Методические объединения наставников в ОО", "school_methodical_associations"),
        C("9.4", "Всего педагогических работников в школе", "teachers_municipal", link=False),
        H("10", "Педагоги в роли наставников"),
        C("10.1", "Педагоги-наставники", "teachers_mentors"),
        C("10.2", "Молодые специалисты – наставники", "young_specialists_mentors"),
        C("10.3", "Доля педагогов-наставников, %", "share_teachers_mentors", link=False),
        H("11", "Стимулирование наставничества"),
        C("11.1", "Локальные акты об оплате наставничества", "pay_acts"),
        C("11.2", "Локальные акты о нематериальном поощрении", "nonmaterial_acts"),
        N("11.3", "Проведено мероприятий (семинары, мастер-классы) за год", 9),
    ]


def rows_cdt():
    return [
        H("1", "Нормативные документы"),
        C("1.1", "Положение о наставничестве педагогов ДО", "orgs_regulation_teachers", fmt="Yn"),
        C("1.2", "Положение о наставничестве обучающихся", "orgs_regulation_students", fmt="Yn"),
        C("1.3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", fmt="Yn"),
        C("1.4", "Справка по внутреннему мониторингу", "internal_monitoring_notes", fmt="Yn"),
        H("2", "Организация процесса"),
        C("2.1", "Кураторов", "curators_total"),
        C("2.2", "Соглашений с предприятиями", "agreements_enterprises"),
        C("2.3", "Соглашений с иными организациями", "agreements_other_orgs"),
        C("2.4", "Партнёры (наименования)", "partner_list", fmt="list;"),
        C("2.5", "Наставников (приказ)", "mentors_total"),
        C("2.6", "в т.ч. педагогов ЦДТ", "teachers_mentors"),
        C("2.7", "в т.ч. обучающихся 15–19 лет", "mentors_15_19"),
        N("2.8", "в т.ч. привлечённых со стороны", 4),
        C("2.9", "Наставляемых (приказ)", "mentees_total"),
        C("2.10", "в т.ч. обучающихся 10–19 лет", "mentees_10_19"),
        N("2.11", "в т.ч. педагогов", 7),
        N("2.12", "Объединений ДО, где есть наставничество", 17),
        H("3", "Персонализированные программы"),
        C("3.1", "ПП всего", "pp_total"),
        C("3.2", "ученик – ученик", "pp_pupil_pupil"),
        C("3.3", "педагог – педагог", "pp_teacher_teacher"),
        C("3.4", "руководитель – педагог", "pp_head_teacher"),
        C("3.5", "педагог – обучающийся", "pp_teacher_pupil"),
        H("4", "Внешние наставники"),
        C("4.1", "из иных организаций", "other_org_mentors"),
        C("4.2", "с предприятий", "enterprise_mentors"),
        H("5", "Обучающиеся 10–19 лет"),
        C("5.1", "Обучающихся 10–19 лет в объединениях", "students_10_19", link=False),
        C("5.2", "наставляемые «группы риска»", "mentees_risk"),
        C("5.3", "одарённые (реестр)", "mentees_gifted"),
        C("5.4", "дети с ОВЗ, инвалиды", "mentees_disabled"),
        C("5.5", "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", link=False),
        H("6", "Обучающиеся 15–19 лет"),
        C("6.1", "Обучающихся 15–19 лет", "students_15_19", link=False),
        C("6.2", "Доля наставников 15–19 лет, %", "share_mentors_15_19", link=False),
        H("7", "Удовлетворённость"),
        C("7.1", "наставляемые, %", "satisfaction_mentees"),
        C("7.2", "наставники, %", "satisfaction_mentors"),
        H("8", "Педагоги-наставляемые"),
        C("8.1", "Молодые специалисты", "young_specialists", link=False),
        C("8.2", "МС-наставляемые", "young_specialists_mentees"),
        H("9", "Профразвитие"),
        C("9.1", "КПК по наставничеству, чел.", "kpk_trained"),
        C("9.2", "МО наставников", "school_methodical_associations"),
        H("10", "Наставники-педагоги"),
        C("10.1", "Молодых специалистов-наставников", "young_specialists_mentors"),
        C("10.2", "Доля педагогов-наставников, %", "share_teachers_mentors", link=False),
        H("11", "Стимулирование"),
        C("11.1", "Акты об оплате наставничества", "pay_acts"),
        C("11.2", "Акты о нематериальном поощрении", "nonmaterial_acts"),
    ]


# --------------------------------------------------------------------------------------------
# orderings


def title_key(t):
    t = t.replace("ё", "е").replace("Ё", "Е")
    t = re.sub(r"^[^0-9A-Za-zА-Яа-я]+", "", t)
    return t.casefold()


def sort_by_title(rows):
    return sorted(rows, key=lambda r: title_key(r.title))


def sort_by_value_desc(rows, okey):
    """Excel's descending sort: text Z→A first, then numbers largest first, blanks last."""
    o = ORGS[okey]
    texts, nums, blanks = [], [], []
    for r in rows:
        if r.heading:
            blanks.append(r)
            continue
        v, _ = typed_value(o, r)
        if isinstance(v, datetime.date):
            v = (v - datetime.date(1899, 12, 30)).days
        if isinstance(v, str):
            texts.append((title_key(v), r))
        else:
            nums.append((v, r))
    texts = [r for _, r in sorted(texts, key=lambda x: x[0], reverse=True)]
    nums = [r for _, r in sorted(nums, key=lambda x: x[0], reverse=True)]
    return texts + nums + blanks


def sort_by_number_text(rows):
    return sorted(rows, key=lambda r: r.num)


# --------------------------------------------------------------------------------------------
# writing

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")

ALL_CELLS = []
EXPECTED = []


def setup(ws, widths):
    for col, w in zip("ABCD", widths):
        ws.column_dimensions[col].width = w


def write_rows(ws, fname, okey, rows, r0, *, hyperlinks, heading_fill=True, num_as_text=True):
    o = ORGS[okey]
    values, links, not_criteria, headings = {}, {}, [], []
    r = r0
    row_of = {}
    for row in rows:
        a = ws.cell(r, 1, row.num if row.num != "" else None)
        b = ws.cell(r, 2, row.title)
        c = ws.cell(r, 3)
        d = ws.cell(r, 4)
        for cell in (a, b, c, d):
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row.heading:
            a.font = BOLD
            b.font = BOLD
            if heading_fill:
                for cell in (a, b, c, d):
                    cell.fill = GREY
            headings.append(row.title)
            r += 1
            continue
        v, nf = typed_value(o, row)
        c.value = v
        if nf:
            c.number_format = nf
        link_url = None
        if row.cid is None:
            if row.doc:
                link_url = url(okey, row.doc)
            not_criteria.append(row.title)
        elif row.link and row.cid in DOC_OF:
            link_url = url(okey, DOC_OF[row.cid])
        if link_url:
            d.value = link_url
            if hyperlinks:
                d.hyperlink = link_url
                d.font = Font(color="0563C1", underline="single")
        if row.cid is not None:
            assert row.cid not in values, (fname, row.cid)
            values[row.cid] = expected_value(o, row.cid)
            ALL_CELLS.append({"file": fname, "sheet": ws.title, "cell": c.coordinate, "criterion": row.cid,
                              "kind": "value", "expected": values[row.cid], "row_title": row.title,
                              "title_cell": b.coordinate, "number": row.num})
            if link_url:
                links[row.cid] = link_url
                ALL_CELLS.append({"file": fname, "sheet": ws.title, "cell": d.coordinate, "criterion": row.cid,
                                  "kind": "link", "expected": link_url, "row_title": row.title,
                                  "title_cell": b.coordinate, "number": row.num})
        row_of[id(row)] = r
        r += 1
    return r, values, links, not_criteria, headings


def header(ws, r, labels):
    for i, t in enumerate(labels, 1):
        c = ws.cell(r, i, t)
        c.font = BOLD
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")


def add_expected(fname, okey, values, links, not_criteria, headings, sheet):
    EXPECTED.append({"file": fname, "sheet": sheet, "year": YEAR, "organisation": ORGS[okey]["name"],
                     "values": values, "links": links, "not_criteria": not_criteria, "headings": headings})


def save(wb, fname):
    wb.properties.creator = "Перевощикова Н.В."
    wb.properties.lastModifiedBy = "Перевощикова Н.В."
    wb.properties.created = datetime.datetime(2025, 1, 21, 9, 30)
    path = HERE / fname
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


# 1 ------------------------------------------------------------------ sorted A→Я by the title
def file_sorted_title():
    fname = "typed/SOSH4_monitoring_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    setup(ws, (8, 58, 16, 70))
    ws["A1"] = "Мониторинг реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Образовательная организация:"
    ws["B2"] = ORGS["sosh4"]["name"]
    ws["A3"] = "Вотсинский муниципальный округ"
    header(ws, 5, ["№", "Показатель", "Значение", "Ссылка на подтверждающий документ"])
    rows = sort_by_title(rows_sosh4())
    end, v, l, n, h = write_rows(ws, fname, "sosh4", rows, 6, hyperlinks=True)
    ws.cell(end + 1, 2, "Директор ____________ Л.В. Корепанова")
    ws.cell(end + 2, 2, "Исп.: Шкляева М.А., зам. директора по УВР, 8 (34145) 2-14-07")
    add_expected(fname, "sosh4", v, l, n, h, ws.title)
    save(wb, fname)


# 2 ------------------------------------------------------------------ sorted by the value, largest first
def file_sorted_value():
    fname = "typed/Gimnaziya1_CMN_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    setup(ws, (7, 60, 24, 62))
    ws["B1"] = "Форма мониторинга ЦМН (уровень ОО), 2024 г."
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = ORGS["gimn1"]["name"]
    ws["B2"].font = BOLD
    header(ws, 4, ["№ п/п", "Наименование показателя", "Значение показателя", "Ссылка"])
    rows = sort_by_value_desc(rows_gimn1(), "gimn1")
    end, v, l, n, h = write_rows(ws, fname, "gimn1", rows, 5, hyperlinks=False)
    ws.auto_filter.ref = "A4:D%d" % (end - 1)
    ws.auto_filter.sortState = SortState(ref="A5:D%d" % (end - 1),
                                         sortCondition=[SortCondition(ref="C5:C%d" % (end - 1), descending=True)])
    add_expected(fname, "gimn1", v, l, n, h, ws.title)
    save(wb, fname)


# 3 ------------------------------------------------------------------ grouped by the kind of value
GROUPS = [("Числовые показатели", "count"), ("Наличие документов (да/нет)", "yesno"),
          ("Доли, %", "share"), ("Перечни", "list")]


def kind_of(r):
    if r.cid is None:
        return {"1.5": "yesno", "2.8": "count", "9.4": "share"}[r.num]
    if r.cid == "school_methodical_associations":   # typed «нет» by the school, so it went with yes/no
        return "yesno"
    u = UNITS[r.cid]
    return {"count": "count", "yesno": "yesno", "share": "share", "level": "share",
            "list": "list", "text": "list"}[u]


def file_grouped():
    fname = "typed/Votsinskaya_SOSH2_nastavnichestvo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    setup(ws, (8, 56, 18, 60))
    ws["A1"] = ("Информация о реализации целевой модели наставничества в " + ORGS["sosh2"]["name"]
                + " за 2024 год")
    ws["A1"].font = Font(bold=True, size=12)
    header(ws, 3, ["№ п/п", "Критерий", "Значение", "Ссылка"])
    rows = rows_sosh2()
    ordered = []
    for title, kind in GROUPS:
        ordered.append(H("", title))
        ordered.extend(r for r in rows if kind_of(r) == kind)
    assert len(ordered) == len(rows) + len(GROUPS)
    end, v, l, n, h = write_rows(ws, fname, "sosh2", ordered, 4, hyperlinks=False)
    # group rows merged across the table
    for rr in range(4, end):
        if ws.cell(rr, 1).value is None and ws.cell(rr, 2).value in [g for g, _ in GROUPS]:
            ws.cell(rr, 2).alignment = Alignment(horizontal="left")
    ws.cell(end + 1, 2, "Ответственный: Ившина Г.Н., зам. директора по ВР")
    add_expected(fname, "sosh2", v, l, n, h, ws.title)
    save(wb, fname)


# 4 ------------------------------------------------------------------ blocks pasted from another template
def file_blocks():
    fname = "typed/Licey7_2024_forma.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма"
    setup(ws, (8, 52, 18, 72))
    ws["A1"] = "Мониторинг ЦМН — 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "ОО:"
    ws["B2"] = ORGS["licey7"]["name"]
    header(ws, 4, ["№", "Показатель / критерий", "Значение", "Подтверждение (ссылка)"])
    end, v, l, n, h = write_rows(ws, fname, "licey7", rows_licey7(), 5, hyperlinks=True)
    add_expected(fname, "licey7", v, l, n, h, ws.title)
    save(wb, fname)


# 5 ------------------------------------------------------------------ AutoFilter left on, rows hidden
SHOWN_DIRECTIONS = ("2", "5", "8")


def file_filtered():
    fname = "typed/Kechevo_OOSH_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    setup(ws, (8, 48, 14, 40))
    ws["A1"] = "Мониторинг наставничества 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Наименование ОО: " + ORGS["oosh"]["name"]
    header(ws, 4, ["№", "Наименование показателя", "Значение", "Ссылка"])
    rows = rows_oosh()
    # the methodologist sorted by «Ссылка» (A→Я) through the filter drop-down: blanks go last
    with_link, without = [], []
    o = ORGS["oosh"]
    for r in rows:
        u = None
        if not r.heading:
            if r.cid is None and r.doc:
                u = url("oosh", r.doc)
            elif r.cid is not None and r.link and r.cid in DOC_OF:
                u = url("oosh", DOC_OF[r.cid])
        (with_link if u else without).append((u, r))
    rows = [r for _, r in sorted(with_link, key=lambda x: x[0].casefold())] + [r for _, r in without]
    end, v, l, n, h = write_rows(ws, fname, "oosh", rows, 5, hyperlinks=False)
    last = end - 1
    shown_nums = []
    hidden = 0
    for rr in range(5, end):
        num = str(ws.cell(rr, 1).value or "")
        if num.split(".")[0] in SHOWN_DIRECTIONS:
            shown_nums.append(num)
        else:
            ws.row_dimensions[rr].hidden = True
            hidden += 1
    ws.auto_filter.ref = "A4:D%d" % last
    ws.auto_filter.filterColumn.append(FilterColumn(colId=0, filters=Filters(filter=sorted(set(shown_nums)))))
    ws.auto_filter.sortState = SortState(ref="A5:D%d" % last,
                                         sortCondition=[SortCondition(ref="D5:D%d" % last)])
    ws.cell(end + 1, 2, "Директор школы ____________ Н.А. Вахрушева")
    add_expected(fname, "oosh", v, l, n, h, ws.title)
    save(wb, fname)
    return hidden


# 6 ------------------------------------------------------------------ catalogue order (for comparison)
def file_catalogue_order():
    fname = "typed/SOSH11_CMN_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    setup(ws, (8, 62, 16, 64))
    ws["A1"] = "Региональный мониторинг реализации целевой модели наставничества"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Отчётный период: 2024 год"
    ws["A3"] = "Организация: " + ORGS["sosh11"]["name"]
    header(ws, 5, ["№", "Показатель", "Значение", "Ссылка на документ"])
    end, v, l, n, h = write_rows(ws, fname, "sosh11", rows_sosh11(), 6, hyperlinks=True)
    ws.cell(end + 1, 2, "Директор ____________ О.В. Зорина")
    add_expected(fname, "sosh11", v, l, n, h, ws.title)
    save(wb, fname)


# 7 ------------------------------------------------------------------ sorted by the № column as text
def file_sorted_number_text():
    fname = "typed/CDT_forma_OO_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Показатели"
    setup(ws, (8, 50, 36, 66))
    ws["A1"] = "Форма мониторинга целевой модели наставничества (ОО) за 2024 г."
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ORGS["cdt"]["name"]
    ws["A2"].font = BOLD
    header(ws, 4, ["№", "Показатель", "Значение", "Ссылка"])
    rows = sort_by_number_text(rows_cdt())
    end, v, l, n, h = write_rows(ws, fname, "cdt", rows, 5, hyperlinks=False, heading_fill=False)
    for rr in range(5, end):
        ws.cell(rr, 1).number_format = "@"
    add_expected(fname, "cdt", v, l, n, h, ws.title)
    save(wb, fname)


def main():
    for old in (HERE / "typed").glob("*.xlsx"):
        old.unlink()
    file_sorted_title()
    file_sorted_value()
    file_grouped()
    file_blocks()
    hidden = file_filtered()
    file_catalogue_order()
    file_sorted_number_text()
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(HERE / "cells.json", "w", encoding="utf-8") as fh:
        json.dump({"cells": ALL_CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print("wrote %d files, %d forms, %d values, %d links (%d hidden rows in the filtered form)"
          % (len(list((HERE / "typed").glob("*.xlsx"))), len(EXPECTED), nv, nl, hidden))
    for e in EXPECTED:
        print("  %-45s %3d values %3d links %d not_criteria %d headings"
              % (e["file"], len(e["values"]), len(e["links"]), len(e["not_criteria"]), len(e["headings"])))


if __name__ == "__main__":
    main()
