#!/usr/bin/env python3
"""heldout112: ordinary school forms (title | value | link) whose organisation is NOT written in any cell.

The organisation is only where a person would still see it: the print header, the document properties,
the sheet's name, a note on the title cell, a text box over the top rows, a defined name, the file's name.
One file has two places that disagree (print header vs file name); one file names its school nowhere.

Deterministic: fixed seeds, fixed zip timestamps, own docProps. Writes typed/*.xlsx, expected.json, cells.json.
"""
import io
import json
import pathlib
import random
import re
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
TYPED = HERE / "typed"

MUNICIPALITY = "Ключегорский муниципальный округ"

# ----------------------------------------------------------------------------------------------------------
# the catalogue (only to check ids and units)
CATALOGUE = {}
with open(CRITERIA_TSV, encoding="utf-8") as fh:
    head = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        if not line.strip():
            continue
        row = dict(zip(head, line.rstrip("\n").split("\t")))
        CATALOGUE[row["id"]] = row

# ----------------------------------------------------------------------------------------------------------
# figures of the eight schools (consistent: parts <= wholes, sums of the forms = totals)


def school(**kw):
    f = dict(kw)
    pp_parts = [k for k in f if k.startswith("pp_") and k != "pp_total"]
    if pp_parts:
        f.setdefault("pp_total", sum(f[k] for k in pp_parts))
    # mentors by order = teachers + pupils 15-19 + outside mentors
    f.setdefault("mentors_total", f["teachers_mentors"] + f["mentors_15_19"] + f.get("external_edu_mentors", 0)
                 + f.get("iro_mentors", 0) + f.get("other_org_mentors", 0) + f.get("enterprise_mentors", 0))
    f.setdefault("mentees_total", f["mentees_10_19"] + f["young_specialists_mentees"] + f["teachers_other_mentees"])

    def share(a, b):
        return round(100.0 * a / b, 2)

    f["share_mentees_10_19"] = share(f["mentees_10_19"], f["students_10_19"])
    f["share_mentors_15_19"] = share(f["mentors_15_19"], f["students_15_19"])
    f["share_young_specialists_mentees"] = share(f["young_specialists_mentees"], f["young_specialists"])
    teachers = f["teachers_other"] + f["young_specialists"]
    f["share_teachers_mentees"] = share(f["teachers_other_mentees"] + f["young_specialists_mentees"], teachers)
    f["share_teachers_mentors"] = share(f["teachers_mentors"], teachers)
    f["share_young_specialists_mentors"] = share(f.get("young_specialists_mentors", 0), f["young_specialists"])
    # sanity
    assert f["mentees_10_19"] <= f["students_10_19"]
    assert f["mentors_15_19"] <= f["students_15_19"] <= f["students_10_19"]
    assert f["young_specialists_mentees"] <= f["young_specialists"]
    assert f["teachers_other_mentees"] <= f["teachers_other"]
    assert f["teachers_mentors"] <= teachers
    assert f.get("young_specialists_mentors", 0) <= f["young_specialists"]
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    assert sum(f.get(c, 0) for c in cats) <= f["mentees_10_19"]
    if "students_15_19_in_programmes" in f:
        assert f["mentors_15_19"] <= f["students_15_19_in_programmes"] <= f["students_15_19"]
    if "teachers_in_pp" in f:
        assert f["teachers_in_pp"] <= teachers
    return f


YES = dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
           internal_monitoring_notes=1)

S18 = school(**YES, curators_total=2, programmes_total=5, agreements_edu_orgs=1, agreements_enterprises=1,
             agreements_other_orgs=0,
             partner_list="ГБПОУ «Ключегорский политехнический техникум»; ООО «Ключегорский хлебозавод»",
             external_edu_mentors=2, enterprise_mentors=1,
             pp_pupil_pupil=12, pp_teacher_teacher=8, pp_head_teacher=2, pp_teacher_pupil=9, teachers_in_pp=21,
             students_10_19=540, mentees_10_19=71, students_15_19=160, mentors_15_19=24,
             satisfaction_mentees=92.5, satisfaction_mentors=95,
             young_specialists=6, young_specialists_mentees=6, teachers_other=52, teachers_other_mentees=4,
             teachers_mentors=19, kpk_trained=5, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1)

S12 = school(**YES, pay_acts=1, nonmaterial_acts=0, curators_total=1, external_edu_mentors=1,
             other_org_mentors=2, agreements_other_orgs=2, agreements_edu_orgs=1,
             pp_pupil_pupil=9, pp_teacher_teacher=5, pp_head_teacher=1, pp_teacher_pupil=6, pp_other=1,
             students_10_19=430, mentees_10_19=52, mentees_risk=6, mentees_gifted=11, mentees_disabled=3,
             mentees_low_motivation=14, mentees_career=12, mentees_other_params=6,
             students_15_19=118, mentors_15_19=15,
             young_specialists=4, young_specialists_mentees=4, teachers_other=41, teachers_other_mentees=3,
             teachers_mentors=14, kpk_trained=3)

S7 = school(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
            internal_monitoring_notes=1, curators_total=2, programmes_total=4,
            teachers_mentors=17, young_specialists_mentors=1, mentors_15_19=18, other_org_mentors=1,
            enterprise_mentors=2, agreements_enterprises=2, agreements_other_orgs=1,
            partner_list="ООО «Агрофирма «Ключевая»»; АО «Ключегорскводоканал»; МБУК «Ключегорская ЦБС»",
            pp_pupil_pupil=10, pp_teacher_teacher=7, pp_teacher_pupil=8, pp_head_teacher=1,
            students_10_19=505, mentees_10_19=64, students_15_19=141, students_15_19_in_programmes=31,
            young_specialists=7, young_specialists_mentees=7, teachers_other=47, teachers_other_mentees=2)

S2 = school(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
            internal_monitoring_notes=0, pay_acts=1, curators_total=1, external_edu_mentors=1,
            agreements_edu_orgs=1, teachers_mentors=6, young_specialists_mentors=0,
            pp_pupil_pupil=3, pp_teacher_teacher=2, pp_teacher_pupil=4,
            students_10_19=128, mentees_10_19=19, mentees_low_motivation=8, mentees_gifted=4, mentees_disabled=2,
            students_15_19=21, mentors_15_19=3,
            young_specialists=2, young_specialists_mentees=2, teachers_other=17, teachers_other_mentees=1,
            kpk_trained=2, satisfaction_mentees=90)

G4 = school(**YES, pay_acts=1, nonmaterial_acts=2, curators_total=3, programmes_total=6,
            agreements_edu_orgs=2, agreements_iro=1, agreements_enterprises=2, agreements_other_orgs=1,
            partner_list="АО «Ключегорский механический завод»; ООО «ТехноСервис»; "
                         "АНО «Молодёжный центр «Вектор»»",
            agreement_subjects="предоставление наставников для программ профориентации «специалист – ученик» "
                               "и сопровождения проектов",
            external_edu_mentors=2, iro_mentors=1, other_org_mentors=1, enterprise_mentors=3,
            pp_pupil_pupil=14, pp_teacher_teacher=10, pp_head_teacher=3, pp_student_pupil=2, pp_teacher_pupil=12,
            students_10_19=760, mentees_10_19=96, students_15_19=230, mentors_15_19=35,
            students_15_19_in_programmes=58, satisfaction_mentees=94.3, satisfaction_mentors=96.1,
            young_specialists=9, young_specialists_mentees=8, teachers_other=71, teachers_other_mentees=5,
            teachers_mentors=26, young_specialists_mentors=2, kpk_trained=8,
            kpk_courses="«Наставничество в образовательной организации: от теории к практике» (36 ч); "
                        "«Технологии и формы наставничества в школе» (72 ч)",
            school_methodical_associations=1)

S25 = school(**YES, curators_total=2, programmes_total=5, agreements_enterprises=1, agreements_edu_orgs=1,
             external_edu_mentors=1, enterprise_mentors=1,
             pp_pupil_pupil=11, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=10, pp_other=2,
             students_10_19=610, mentees_10_19=77, students_15_19=174, mentors_15_19=21,
             young_specialists=5, young_specialists_mentees=5, teachers_other=60, teachers_other_mentees=6,
             teachers_mentors=22, young_specialists_mentors=1, teachers_in_pp=24, trainees_internship=3,
             kpk_trained=4)

L14 = school(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, curators_total=2,
             mentors_15_19=30, external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=1,
             agreements_enterprises=2, agreements_other_orgs=1, agreements_edu_orgs=1,
             partner_list="ПАО «Ключегорскнефть»; ООО «Кама-Строй»; Ключегорский филиал УдГУ",
             pp_pupil_pupil=13, pp_teacher_teacher=6, pp_head_teacher=2, pp_teacher_pupil=11,
             students_10_19=690, mentees_10_19=83, mentees_gifted=21, mentees_career=25,
             students_15_19=250, students_15_19_in_programmes=49,
             young_specialists=6, young_specialists_mentees=5, teachers_other=64, teachers_other_mentees=3,
             teachers_mentors=21, satisfaction_mentees=91.2, satisfaction_mentors=93.4, kpk_trained=6,
             nonmaterial_acts=1, pay_acts=1)

BZ = school(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
            internal_monitoring_notes=1, curators_total=1, teachers_mentors=5, mentors_15_19=4,
            pp_pupil_pupil=2, pp_teacher_teacher=1, pp_teacher_pupil=3,
            students_10_19=96, mentees_10_19=14, mentees_risk=2, mentees_low_motivation=5,
            students_15_19=31, young_specialists=1, young_specialists_mentees=1, teachers_other=15,
            teachers_other_mentees=1, kpk_trained=1, agreements_edu_orgs=0, agreements_enterprises=0)

# ----------------------------------------------------------------------------------------------------------
# proof links: opaque cloud / department addresses (a school's own site would give its name away)

DOC_OF = {
    "orgs_regulation_teachers": "pol_ped", "orgs_regulation_students": "pol_obuch",
    "orgs_monitoring_order": "prik_monit", "internal_monitoring_notes": "spravka",
    "curators_total": "prik_kur", "programmes_total": "programmy",
    "agreements_edu_orgs": "sogl", "agreements_iro": "sogl", "agreements_enterprises": "sogl",
    "agreements_other_orgs": "sogl", "partner_list": "sogl",
    "mentors_total": "prik_pary", "mentees_total": "prik_pary", "mentors_15_19": "prik_pary",
    "teachers_mentors": "prik_pary", "young_specialists_mentors": "prik_pary",
    "external_edu_mentors": "prik_pary", "iro_mentors": "prik_pary", "other_org_mentors": "prik_pary",
    "enterprise_mentors": "prik_pary", "young_specialists_mentees": "prik_pary",
    "teachers_other_mentees": "prik_pary",
    "pp_total": "pp", "pp_pupil_pupil": "pp", "pp_teacher_teacher": "pp", "pp_student_student": "pp",
    "pp_head_teacher": "pp", "pp_student_pupil": "pp", "pp_teacher_pupil": "pp", "pp_other": "pp",
    "teachers_in_pp": "pp",
    "mentees_10_19": "baza", "mentees_risk": "baza", "mentees_gifted": "baza", "mentees_disabled": "baza",
    "mentees_low_motivation": "baza", "mentees_career": "baza", "mentees_other_params": "baza",
    "students_15_19_in_programmes": "baza",
    "satisfaction_mentees": "anketa", "satisfaction_mentors": "anketa",
    "kpk_trained": "kpk", "kpk_courses": "kpk", "school_methodical_associations": "shmo",
    "pay_acts": "pol_opl", "nonmaterial_acts": "pol_nemat", "trainees_internship": "stazh",
}

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Links:
    def __init__(self, seed, hosts):
        self.rng = random.Random(seed)
        self.hosts = hosts
        self.docs = {}

    def _one(self, host):
        r = self.rng
        pick = lambda n, alphabet=ALNUM: "".join(r.choice(alphabet) for _ in range(n))
        if host == "yadisk":
            return "https://disk.yandex.ru/d/" + pick(14, ALNUM + "-_")
        if host == "mailru":
            return "https://cloud.mail.ru/public/" + pick(4) + "/" + pick(9)
        if host == "gdrive":
            return "https://drive.google.com/file/d/1" + pick(32, ALNUM + "-_") + "/view?usp=sharing"
        if host == "gdoc":
            return "https://docs.google.com/document/d/1" + pick(43, ALNUM + "-_") + "/edit?usp=sharing"
        if host == "uo":
            return ("https://uo-klyuchegorsk.ru/upload/iblock/" + pick(3, "0123456789abcdef") + "/"
                    + pick(32, "0123456789abcdef") + ".pdf")
        raise ValueError(host)

    def doc(self, key):
        if key not in self.docs:
            self.docs[key] = self._one(self.hosts[len(self.docs) % len(self.hosts)])
        return self.docs[key]


# ----------------------------------------------------------------------------------------------------------
# how each file types its values


def typed_value(crit, value, style):
    """The value as this person typed it into the cell: (cell value, number format or None)."""
    unit = CATALOGUE[crit]["unit"] if crit in CATALOGUE else "count"
    if unit == "yesno" or crit in ("orgs_regulation_teachers", "orgs_regulation_students",
                                   "orgs_monitoring_order", "internal_monitoring_notes"):
        words = style["yesno"]
        if words is None:
            return int(value), None
        return (words[0] if value else words[1]), None
    if unit in ("share", "level"):
        if style["share"] == "pctfmt":
            return round(value / 100.0, 6), "0.00%"
        v = float(value)
        return (int(v) if v == int(v) else v), "0.00" if v != int(v) else None
    if unit == "list":
        return value.replace("; ", style.get("list_sep", "; ")), None
    return value, None


def expected_of(cell_value, number_format, crit):
    """What the form gives, in the conventions' units (computed from what was typed)."""
    if isinstance(cell_value, str):
        s = cell_value.strip()
        low = s.lower()
        if low in ("да", "есть", "имеется"):
            return 1
        if low in ("нет", "отсутствует"):
            return 0
        if crit in CATALOGUE and CATALOGUE[crit]["unit"] == "list":
            return "; ".join(p.strip() for p in re.split(r"\n|;", s) if p.strip())
        return s
    if number_format and "%" in number_format:
        return round(cell_value * 100, 2)
    if isinstance(cell_value, float):
        return round(cell_value, 2)
    return cell_value


# ----------------------------------------------------------------------------------------------------------
# the eight forms

FORMS = []

# F1 — the print header names the school (its own header); the file name names another school -> ambiguous
FORMS.append(dict(
    file="Форма_ЦМН_СОШ_16.xlsx", sheet="Мониторинг", figures=S18,
    organisation="МБОУ «СОШ № 18»", ambiguous=True,
    place="print header &C (the file name says СОШ № 16)",
    links=Links(1812, ["yadisk", "gdrive"]), link_style="hyper",
    style=dict(yesno=("да", "нет"), share="num"),
    titles=["Мониторинг реализации целевой модели наставничества за 2024 год",
            "(заполняется образовательной организацией)"],
    columns=["№ п/п", "Показатель", "Значение", "Ссылка на документ"], cols=dict(num="A", title="B", value="C",
                                                                               link="D"),
    widths=dict(A=6, B=62, C=12, D=58),
    header=dict(center="МБОУ «СОШ № 18»", right="2024"),
    footer=dict(left="Исп. Корнилова Т.А., зам. директора по УВР, тел. 5-32-71", right="Стр. &P из &N"),
    rows=[
        ("h", "1. Нормативная база"),
        ("c", "orgs_regulation_teachers", "Утверждено положение о наставничестве педагогических работников "
                                          "(приказ)", True),
        ("c", "orgs_regulation_students", "Утверждено положение о наставничестве обучающихся (приказ)", True),
        ("c", "orgs_monitoring_order", "Приказ по школе о мониторинге реализации ЦМН", True),
        ("c", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга ЦМН", True),
        ("h", "2. Организация наставничества"),
        ("c", "curators_total", "Кураторы ЦМН в школе, чел.", True),
        ("c", "programmes_total", "Программы наставничества по формам (без персонализированных), утв.", True),
        ("c", "agreements_edu_orgs", "Соглашения с другими ОО (предоставляют наставников)", True),
        ("c", "agreements_enterprises", "Соглашения с предприятиями (наставники от предприятий)", True),
        ("c", "agreements_other_orgs", "Соглашения с иными организациями", False),
        ("c", "partner_list", "С кем сотрудничаем (предприятия, организации)", True),
        ("c", "mentors_total", "Наставники по приказу — всего", True),
        ("c", "external_edu_mentors", "   из них из других образоват. организаций", True),
        ("c", "enterprise_mentors", "   из них с предприятий", True),
        ("c", "mentees_total", "Наставляемые по приказу — всего", True),
        ("n", "Кол-во наставнических пар / групп", 43, False),
        ("h", "3. Персонализированные программы"),
        ("c", "pp_total", "ПП наставничества, всего", True),
        ("c", "pp_pupil_pupil", "   в т.ч. ученик – ученик", True),
        ("c", "pp_teacher_teacher", "   в т.ч. учитель – учитель", True),
        ("c", "pp_head_teacher", "   в т.ч. руководитель – педагог", True),
        ("c", "pp_teacher_pupil", "   в т.ч. учитель – ученик", True),
        ("c", "teachers_in_pp", "Педагоги, участвующие в утв. ПП", True),
        ("h", "4. Обучающиеся"),
        ("n", "Всего обучающихся в школе", 912, False),
        ("c", "students_10_19", "Обучающиеся 10-19 лет (всего)", False),
        ("c", "mentees_10_19", "   из них наставляемые", True),
        ("c", "share_mentees_10_19", "Доля наставляемых 10-19 лет, %", False),
        ("c", "students_15_19", "Обучающиеся 15-19 лет (всего)", False),
        ("c", "mentors_15_19", "   из них наставники (по приказу)", True),
        ("c", "share_mentors_15_19", "Доля наставников среди уч-ся 15-19 лет, %", False),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых по итогам завершённых программ, %", True),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников, %", True),
        ("h", "5. Педагоги"),
        ("c", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", False),
        ("c", "young_specialists_mentees", "МС в роли наставляемых", True),
        ("c", "teachers_other", "Остальные педагоги (без МС)", False),
        ("c", "teachers_other_mentees", "Педагоги (без МС) в роли наставляемых", True),
        ("c", "teachers_mentors", "Педагоги-наставники", True),
        ("c", "kpk_trained", "Обучены на КПК по наставничеству в 2024 г.", True),
        ("c", "school_methodical_associations", "ШМО наставников", True),
        ("c", "pay_acts", "Лок. акт об оплате (мат. стимулировании) наставников", True),
        ("c", "nonmaterial_acts", "Лок. акт о нематериальном поощрении наставников", True),
        ("n", "Дата заполнения", "20.01.2025", False),
        ("x", "Директор ____________ / ____________ /"),
    ],
))

# F2 — the document properties: core title and app Company
FORMS.append(dict(
    file="Наставничество_2024_итог.xlsx", sheet="Лист1", figures=S12,
    organisation="МБОУ «СОШ № 12»",
    place="docProps/core.xml title + docProps/app.xml Company",
    core=dict(title="Мониторинг ЦМН за 2024 год — МБОУ «СОШ № 12»", creator="Зорина О.В.",
              lastModifiedBy="Зорина О.В."),
    company="МБОУ СОШ № 12 г. Ключегорска",
    links=Links(1207, ["mailru"]), link_style="text",
    style=dict(yesno=None, share="num"),
    titles=["Мониторинг реализации ЦМН в образовательной организации", "отчётный период: 2024 год"],
    columns=["Критерий", "Ед. изм.", "2024", "Подтверждение (ссылка)"],
    cols=dict(title="A", unit="B", value="C", link="D"),
    widths=dict(A=60, B=10, C=10, D=48),
    units=True,
    rows=[
        ("h", "Нормативные документы"),
        ("c", "orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педагогов", True),
        ("c", "orgs_regulation_students", "Приказ об утв. Положения о наставничестве обучающихся", True),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге ЦМН", True),
        ("c", "internal_monitoring_notes", "Информ. справка по итогам внутреннего мониторинга", True),
        ("c", "pay_acts", "Положение о материальном стимулировании наставников", True),
        ("c", "nonmaterial_acts", "Положение о нематериальном поощрении наставников", False),
        ("h", "Участники"),
        ("c", "curators_total", "Куратор(ы) внедрения ЦМН", True),
        ("c", "mentors_total", "Наставники (по приказу)", True),
        ("c", "mentees_total", "Наставляемые (по приказу)", True),
        ("n", "Общее число участников программ наставничества", 32 + 59, False, dict(unit="чел.")),
        ("c", "external_edu_mentors", "Наставники из внешних ОО", True),
        ("c", "other_org_mentors", "Наставники из иных организаций (не ОО, не предприятия)", True),
        ("c", "agreements_edu_orgs", "Соглашения с ОО", True),
        ("c", "agreements_other_orgs", "Соглашения с иными организациями", True),
        ("h", "Персонализированные программы"),
        ("c", "pp_pupil_pupil", "ПП «ученик – ученик»", True),
        ("c", "pp_teacher_teacher", "ПП «учитель – учитель»", True),
        ("c", "pp_head_teacher", "ПП «руководитель – педагог»", True),
        ("c", "pp_teacher_pupil", "ПП «учитель – ученик»", True),
        ("c", "pp_other", "ПП иной формы (родитель – ученик)", True),
        ("c", "pp_total", "ПП итого", True),
        ("h", "Обучающиеся и педагоги"),
        ("c", "students_10_19", "Уч-ся 10–19 лет", False),
        ("c", "mentees_10_19", "Уч-ся 10–19 лет — наставляемые", True),
        ("c", "mentees_risk", "   «группа риска»", True),
        ("c", "mentees_gifted", "   одарённые (в реестре)", True),
        ("c", "mentees_disabled", "   ОВЗ, дети-инвалиды", True),
        ("c", "mentees_low_motivation", "   низкая мотивация, неуспеваемость", True),
        ("c", "mentees_career", "   выбор профессии / траектории", True),
        ("c", "mentees_other_params", "   иные основания", True),
        ("c", "share_mentees_10_19", "Доля наставляемых 10–19 лет", False),
        ("c", "young_specialists", "Молодые специалисты", False),
        ("c", "young_specialists_mentees", "МС-наставляемые", True),
        ("c", "share_young_specialists_mentees", "Доля МС-наставляемых", False),
        ("c", "kpk_trained", "КПК по наставничеству (2024)", True),
        ("n", "Кол-во мероприятий в рамках ЦМН за год", 14, False, dict(unit="ед.")),
    ],
))

# F3 — the sheet's name «СОШ №7»
FORMS.append(dict(
    file="monitoring_CMN_2024.xlsx", sheet="СОШ №7", extra_sheets=["Лист2"], figures=S7,
    organisation="СОШ №7",
    place="sheet name",
    core=dict(creator="Admin", lastModifiedBy="Учитель"),
    links=Links(707, ["gdrive", "gdoc"]), link_style="hyper",
    style=dict(yesno=("Да", "Нет"), share="pctfmt", list_sep="\n"),
    titles=["Мониторинг ЦМН – 2024 г.", MUNICIPALITY],
    columns=["Показатель", "Значение", "Ссылка", "Примечание"],
    cols=dict(title="A", value="B", link="C", note="D"),
    widths=dict(A=58, B=12, C=60, D=30),
    rows=[
        ("c", "orgs_regulation_teachers", "Положение о системе наставничества пед. работников", True,
         dict(note="приказ от 30.08.2024")),
        ("c", "orgs_regulation_students", "Положение о системе наставничества обучающихся", True,
         dict(note="приказ от 30.08.2024")),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге ЦМН", False, dict(note="будет издан в 2025 г.")),
        ("c", "internal_monitoring_notes", "Справка по внутр. мониторингу", True),
        ("c", "curators_total", "Кураторы ЦМН", True),
        ("c", "programmes_total", "Кол-во утв. программ наставничества (без ПП)", True),
        ("c", "mentors_total", "Кол-во наставников по приказу", True),
        ("c", "teachers_mentors", "   в т.ч. педагоги", True),
        ("c", "young_specialists_mentors", "      из них МС", True),
        ("c", "mentors_15_19", "   в т.ч. обучающиеся 15–19 лет", True),
        ("c", "other_org_mentors", "   в т.ч. из иных организаций", True),
        ("c", "enterprise_mentors", "   в т.ч. с предприятий", True),
        ("c", "mentees_total", "Кол-во наставляемых по приказу", True),
        ("c", "agreements_enterprises", "Соглашения с предприятиями", True),
        ("c", "agreements_other_orgs", "Соглашения с иными организациями", True, dict(note="библиотека")),
        ("c", "partner_list", "Предприятия-партнёры", True),
        ("c", "pp_total", "Персонализированные программы — всего", True),
        ("c", "pp_pupil_pupil", "ученик-ученик", True),
        ("c", "pp_teacher_teacher", "учитель-учитель", True),
        ("c", "pp_teacher_pupil", "учитель-ученик", True),
        ("c", "pp_head_teacher", "руководитель-педагог", True),
        ("c", "students_10_19", "Численность уч-ся 10–19 лет", False),
        ("c", "mentees_10_19", "Наставляемые 10–19 лет", True),
        ("c", "share_mentees_10_19", "доля наставляемых 10–19 лет, %", False),
        ("c", "students_15_19", "Численность уч-ся 15–19 лет", False),
        ("c", "students_15_19_in_programmes", "Уч-ся 15–19 лет, вошедшие в программы наставничества", True,
         dict(note="и наставники, и наставляемые")),
        ("c", "share_mentors_15_19", "Доля наставников 15–19 лет, %", False),
        ("c", "young_specialists", "Молодые специалисты", False),
        ("c", "young_specialists_mentees", "МС, вошедшие в программы как наставляемые", True),
        ("c", "teachers_other", "Педагоги (кроме МС)", False),
        ("c", "teachers_other_mentees", "Педагоги (кроме МС) — наставляемые", True),
        ("c", "share_teachers_mentees", "Доля педагогов-наставляемых, %", False),
        ("n", "Кол-во наставнических пар", 41, False),
    ],
))

# F4 — a note (comment) on the title cell
FORMS.append(dict(
    file="ЦМН_форма_ОО_2024.xlsx", sheet="Форма", figures=S2,
    organisation="МБОУ «ООШ № 2»",
    place="note on the title cell A1",
    comment=dict(cell="A1", author="Шалагинова Е.Н.",
                 text="Шалагинова Е.Н.:\nМБОУ «ООШ № 2», зам. директора по УВР.\nДанные на 31.12.2024."),
    core=dict(creator="Шалагинова Е.Н.", lastModifiedBy="Шалагинова Е.Н."),
    links=Links(202, ["yadisk"]), link_style="text",
    style=dict(yesno=("есть", "нет"), share="num"),
    titles=["Мониторинг ЦМН — 2024"],
    columns=["№", "Наименование показателя", "Кол-во / да-нет", "Документ (ссылка)"],
    cols=dict(num="A", title="B", value="C", link="D"),
    widths=dict(A=5, B=55, C=16, D=50),
    rows=[
        ("h", "I. Документы"),
        ("c", "orgs_regulation_teachers", "Положение о наставничестве (педагоги)", True),
        ("c", "orgs_regulation_students", "Положение о наставничестве (обучающиеся)", True),
        ("c", "orgs_monitoring_order", "Приказ о проведении мониторинга", True),
        ("c", "internal_monitoring_notes", "Справка по итогам мониторинга в ОО", False),
        ("c", "pay_acts", "Локальный акт о доплате наставникам", True),
        ("h", "II. Наставники и наставляемые"),
        ("c", "curators_total", "Куратор ЦМН", True),
        ("c", "mentors_total", "Наставников по приказу", True),
        ("c", "mentees_total", "Наставляемых по приказу", True),
        ("c", "external_edu_mentors", "Наставник из другой школы", True),
        ("c", "agreements_edu_orgs", "Соглашение с другой ОО о наставничестве", True),
        ("c", "teachers_mentors", "Учителя-наставники", True),
        ("c", "young_specialists_mentors", "Молодые специалисты-наставники", False),
        ("h", "III. Персонализированные программы"),
        ("c", "pp_total", "ПП всего", True),
        ("c", "pp_pupil_pupil", "ученик-ученик", True),
        ("c", "pp_teacher_teacher", "учитель-учитель", True),
        ("c", "pp_teacher_pupil", "учитель-ученик", True),
        ("h", "IV. Дети"),
        ("n", "Всего учащихся (1–9 кл.)", 236, False),
        ("c", "students_10_19", "Дети 10–19 лет", False),
        ("c", "mentees_10_19", "Наставляемые из них", True),
        ("c", "mentees_low_motivation", "   в т.ч. слабоуспевающие / низкая мотивация", True),
        ("c", "mentees_gifted", "   в т.ч. одарённые", True),
        ("c", "mentees_disabled", "   в т.ч. с ОВЗ", True),
        ("c", "students_15_19", "Дети 15–19 лет (9 кл.)", False),
        ("c", "mentors_15_19", "Наставники-девятиклассники", True),
        ("h", "V. Педагоги"),
        ("c", "young_specialists", "Молодых специалистов", False),
        ("c", "young_specialists_mentees", "   из них наставляемые", True),
        ("c", "teachers_other", "Других педагогов", False),
        ("c", "teachers_other_mentees", "   из них наставляемые", True),
        ("c", "kpk_trained", "КПК по наставничеству", True),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых, %", True),
        ("n", "Ответственный", "Шалагинова Е.Н.", False),
    ],
))

# F5 — a text box (drawing shape) over the top rows
FORMS.append(dict(
    file="Мониторинг наставничество.xlsx", sheet="Форма", figures=G4,
    organisation="МАОУ «Гимназия № 4»",
    place="text box (xdr:sp txBox) over rows 1–3",
    textbox=["МАОУ «Гимназия № 4»", "г. Ключегорск"],
    core=dict(creator="Пользователь", lastModifiedBy="Пользователь"),
    links=Links(404, ["gdrive", "yadisk", "uo"]), link_style="text",
    style=dict(yesno=None, share="pctfmt"),
    first_row=4,
    titles=["Мониторинг реализации целевой модели наставничества, 2024 год"],
    columns=["Показатель", "Значение", "Ссылка на подтверждающий документ"],
    cols=dict(title="A", value="B", link="C"),
    widths=dict(A=66, B=14, C=62),
    footer=dict(center="&P"),
    rows=[
        ("h", "Нормативное обеспечение"),
        ("c", "orgs_regulation_teachers", "Приказ «Об утверждении положения о наставничестве пед. работников» "
                                          "(1-да, 0-нет)", True),
        ("c", "orgs_regulation_students", "Приказ «Об утв. положения о наставничестве обучающихся» (1/0)", True),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге ЦМН (1/0)", True),
        ("c", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга (1/0)", True),
        ("c", "pay_acts", "Локальные акты об оплате работы наставников, шт.", True),
        ("c", "nonmaterial_acts", "Локальные акты о нематериальном поощрении, шт.", True),
        ("h", "Организация процесса"),
        ("c", "curators_total", "Кураторы внедрения ЦМН", True),
        ("c", "programmes_total", "Утверждённые программы наставничества (по формам, без ПП)", True),
        ("c", "agreements_edu_orgs", "Соглашения с ОО", True),
        ("c", "agreements_iro", "Соглашение с ИРО", True),
        ("c", "agreements_enterprises", "Соглашения с предприятиями", True),
        ("c", "agreements_other_orgs", "Соглашения с иными организациями", True),
        ("c", "partner_list", "Партнёры", True),
        ("c", "agreement_subjects", "Предмет соглашений", False),
        ("c", "mentors_total", "Наставники (приказ), всего", True),
        ("c", "mentees_total", "Наставляемые (приказ), всего", True),
        ("c", "external_edu_mentors", "Наставники из других ОО", True),
        ("c", "iro_mentors", "Наставники из ИРО", True),
        ("c", "other_org_mentors", "Наставники из иных организаций", True),
        ("c", "enterprise_mentors", "Наставники с предприятий", True),
        ("n", "Наставнических пар (всего)", 88, False),
        ("h", "Персонализированные программы"),
        ("c", "pp_total", "Всего ПП", True),
        ("c", "pp_pupil_pupil", "ученик – ученик", True),
        ("c", "pp_teacher_teacher", "учитель – учитель", True),
        ("c", "pp_head_teacher", "руководитель – педагог", True),
        ("c", "pp_student_pupil", "студент – ученик", True),
        ("c", "pp_teacher_pupil", "учитель – ученик", True),
        ("h", "Обучающиеся"),
        ("c", "students_10_19", "Обучающиеся 10–19 лет", False),
        ("c", "mentees_10_19", "Наставляемые 10–19 лет", True),
        ("c", "share_mentees_10_19", "Доля наставляемых 10–19 лет", False),
        ("c", "students_15_19", "Обучающиеся 15–19 лет", False),
        ("c", "mentors_15_19", "Наставники 15–19 лет (по приказу)", True),
        ("c", "share_mentors_15_19", "Доля наставников 15–19 лет", False),
        ("c", "students_15_19_in_programmes", "Всего 15–19-летних в программах наставничества", True),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых", True),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников", True),
        ("h", "Педагоги"),
        ("c", "young_specialists", "Молодые специалисты", False),
        ("c", "young_specialists_mentees", "МС — наставляемые", True),
        ("c", "share_young_specialists_mentees", "Доля МС — наставляемых", False),
        ("c", "teachers_other", "Педагоги без МС", False),
        ("c", "teachers_other_mentees", "Педагоги без МС — наставляемые", True),
        ("c", "teachers_mentors", "Педагоги — наставники", True),
        ("c", "young_specialists_mentors", "МС — наставники", True),
        ("c", "share_teachers_mentors", "Доля педагогов — наставников", False),
        ("c", "share_young_specialists_mentors", "Доля МС — наставников", False),
        ("c", "kpk_trained", "Прошли КПК по наставничеству в 2024 г.", True),
        ("c", "kpk_courses", "Какие курсы", True),
        ("c", "school_methodical_associations", "МО наставников в ОО", True),
        ("n", "Публикации о наставничестве на сайте ОО", 7, True),
    ],
))

# F6 — a defined name holding the school's name (a constant, in Name Manager)
FORMS.append(dict(
    file="ЦМН_2024_v2.xlsx", sheet="Форма ОО", figures=S25,
    organisation="МБОУ «СОШ № 25 с углублённым изучением отдельных предметов»",
    place="defined name Наименование_ОО (workbook.xml)",
    defined_name=("Наименование_ОО", "МБОУ «СОШ № 25 с углублённым изучением отдельных предметов»"),
    core=dict(creator="Метод. кабинет", lastModifiedBy="Иванова Светлана"),
    links=Links(2525, ["uo", "yadisk"]), link_style="hyper",
    style=dict(yesno=("да", "нет"), share="num"),
    titles=["Форма мониторинга реализации ЦМН", "Отчётный год: 2024"],
    columns=["№", "Показатель", "Факт 2024", "Ссылка на подтверждающий документ"],
    cols=dict(code="A", title="B", value="C", link="D"),
    widths=dict(A=6, B=60, C=12, D=70),
    print_area=True,
    rows=[
        ("h", "1. Нормативное обеспечение"),
        ("c", "orgs_regulation_teachers", "Положение о наставничестве пед. работников утверждено", True),
        ("c", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено", True),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН издан", True),
        ("c", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", True),
        ("h", "2. Организация"),
        ("c", "curators_total", "Кураторы", True),
        ("c", "programmes_total", "Программы наставничества (кроме ПП)", True),
        ("c", "agreements_enterprises", "Соглашения с предприятиями", True),
        ("c", "agreements_edu_orgs", "Соглашения с образовательными организациями", True),
        ("c", "mentors_total", "Наставники по приказу", True),
        ("c", "mentees_total", "Наставляемые по приказу", True),
        ("c", "external_edu_mentors", "Наставники из внешних ОО", True),
        ("c", "enterprise_mentors", "Наставники — работники предприятий", True),
        ("h", "3. ПП"),
        ("c", "pp_total", "Персонализированных программ всего", True),
        ("c", "pp_pupil_pupil", "ученик – ученик", True),
        ("c", "pp_teacher_teacher", "учитель – учитель", True),
        ("c", "pp_head_teacher", "руководитель – педагог", True),
        ("c", "pp_teacher_pupil", "учитель – ученик", True),
        ("c", "pp_other", "иная форма (педагог – родитель)", True),
        ("h", "4. Обучающиеся"),
        ("c", "students_10_19", "Обучающиеся 10–19 лет", False),
        ("c", "mentees_10_19", "из них наставляемые", True),
        ("c", "share_mentees_10_19", "Доля, %", False),
        ("c", "students_15_19", "Обучающиеся 15–19 лет", False),
        ("c", "mentors_15_19", "из них наставники", True),
        ("c", "share_mentors_15_19", "Доля, %", False),
        ("h", "5. Педагоги"),
        ("c", "young_specialists", "Молодые специалисты", False),
        ("c", "young_specialists_mentees", "МС — наставляемые", True),
        ("c", "teachers_other", "Педагоги, кроме МС", False),
        ("c", "teachers_other_mentees", "Педагоги, кроме МС — наставляемые", True),
        ("c", "share_teachers_mentees", "Доля педагогов-наставляемых (МС и др.), %", False),
        ("c", "teachers_mentors", "Педагоги-наставники", True),
        ("c", "young_specialists_mentors", "МС-наставники", True),
        ("c", "teachers_in_pp", "Педагоги в утв. ПП", True),
        ("c", "trainees_internship", "Стажёры на стажёрской площадке", True),
        ("c", "kpk_trained", "КПК по наставничеству", True),
        ("n", "Наставники и наставляемые из числа педагогов (всего)", 22 + 11, False),
        ("n", "Открытые занятия наставников", 9, True),
    ],
))

# F7 — only the file's name
FORMS.append(dict(
    file="Форма_МАОУ_Лицей_14.xlsx", sheet="Форма 1", figures=L14,
    organisation="МАОУ Лицей 14",
    place="file name only",
    core=dict(creator="user", lastModifiedBy="user"),
    links=Links(1414, ["gdoc", "yadisk"]), link_style="text",
    style=dict(yesno=("да", "нет"), share="num"),
    titles=["Форма мониторинга ЦМН. 2024 год"],
    columns=["Показатель", "Значение", "Ссылка"],
    cols=dict(title="A", value="B", link="C"),
    widths=dict(A=64, B=12, C=64),
    rows=[
        ("c", "orgs_regulation_teachers", "Есть положение о наставничестве педагогов", True),
        ("c", "orgs_regulation_students", "Есть положение о наставничестве обучающихся", True),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге целевой модели", True),
        ("c", "pay_acts", "Локальный акт об оплате наставничества", True),
        ("c", "nonmaterial_acts", "Локальный акт о нематериальном поощрении наставников", True),
        ("c", "curators_total", "Кол-во кураторов ЦМН", True),
        ("c", "mentors_total", "Кол-во наставников (приказ)", True),
        ("c", "mentees_total", "Кол-во наставляемых (приказ)", True),
        ("c", "mentors_15_19", "Наставники — лицеисты 15–19 лет", True),
        ("c", "teachers_mentors", "Наставники — педагоги", True),
        ("c", "external_edu_mentors", "Наставники из других ОО", True),
        ("c", "enterprise_mentors", "Наставники от предприятий", True),
        ("c", "other_org_mentors", "Наставники от иных организаций", True),
        ("c", "agreements_edu_orgs", "Соглашения с ОО", True),
        ("c", "agreements_enterprises", "Соглашения с предприятиями", True),
        ("c", "agreements_other_orgs", "Соглашения с иными организациями", True),
        ("c", "partner_list", "Партнёры (предприятия, организации)", True),
        ("n", "Кол-во наставнических групп (проектные команды)", 6, False),
        ("c", "pp_total", "Персонализированные программы, всего", True),
        ("c", "pp_pupil_pupil", "ПП ученик – ученик", True),
        ("c", "pp_teacher_teacher", "ПП учитель – учитель", True),
        ("c", "pp_head_teacher", "ПП руководитель – педагог", True),
        ("c", "pp_teacher_pupil", "ПП учитель – ученик", True),
        ("c", "students_10_19", "Лицеистов 10–19 лет", False),
        ("c", "mentees_10_19", "Наставляемых 10–19 лет", True),
        ("c", "mentees_gifted", "   одарённые (в реестре)", True),
        ("c", "mentees_career", "   выбор профиля / профессии", True),
        ("c", "students_15_19", "Лицеистов 15–19 лет", False),
        ("c", "students_15_19_in_programmes", "15–19 лет в программах наставничества (всего)", True),
        ("c", "share_mentors_15_19", "Доля наставников среди 15–19-летних, %", False),
        ("c", "young_specialists", "Молодые специалисты", False),
        ("c", "young_specialists_mentees", "МС — наставляемые", True),
        ("c", "teachers_other", "Педагоги, не МС", False),
        ("c", "teachers_other_mentees", "Педагоги, не МС — наставляемые", True),
        ("c", "share_teachers_mentors", "Доля педагогов-наставников, %", False),
        ("c", "satisfaction_mentees", "Удовлетворённость наставляемых, %", True),
        ("c", "satisfaction_mentors", "Удовлетворённость наставников, %", True),
        ("c", "kpk_trained", "КПК по наставничеству, чел.", True),
        ("n", "Дата", "17.01.2025", False),
    ],
))

# F8 — the school is named nowhere at all
FORMS.append(dict(
    file="Форма мониторинга (1).xlsx", sheet="Лист1", figures=BZ,
    organisation="МБОУ «Берёзовская СОШ»", known_unnamed=True,
    place="nowhere (known_unnamed)",
    core=dict(creator="user", lastModifiedBy="user"),
    links=Links(3030, ["yadisk"]), link_style="text",
    style=dict(yesno=("Да", "Нет"), share="num"),
    titles=["Мониторинг реализации целевой модели наставничества", "за 2024 год"],
    columns=["Показатель", "2024", "Ссылка"],
    cols=dict(title="A", value="B", link="C"),
    widths=dict(A=58, B=10, C=46),
    rows=[
        ("c", "orgs_regulation_teachers", "Положение о наставничестве пед. работников", True),
        ("c", "orgs_regulation_students", "Положение о наставничестве обучающихся", True),
        ("c", "orgs_monitoring_order", "Приказ о мониторинге", False),
        ("c", "internal_monitoring_notes", "Справка по внутреннему мониторингу", True),
        ("c", "curators_total", "Куратор", True),
        ("c", "mentors_total", "Наставников всего (по приказу)", True),
        ("c", "teachers_mentors", "   педагоги", True),
        ("c", "mentors_15_19", "   обучающиеся 15-19 лет", True),
        ("c", "mentees_total", "Наставляемых всего (по приказу)", True),
        ("c", "agreements_edu_orgs", "Соглашения с другими ОО", False),
        ("c", "agreements_enterprises", "Соглашения с предприятиями", False),
        ("c", "pp_total", "ПП всего", True),
        ("c", "pp_pupil_pupil", "   ученик-ученик", True),
        ("c", "pp_teacher_teacher", "   учитель-учитель", True),
        ("c", "pp_teacher_pupil", "   учитель-ученик", True),
        ("n", "Всего обучающихся", 174, False),
        ("c", "students_10_19", "Обучающихся 10-19 лет", False),
        ("c", "mentees_10_19", "Из них наставляемых", True),
        ("c", "mentees_risk", "   группа риска", True),
        ("c", "mentees_low_motivation", "   низкая мотивация", True),
        ("c", "students_15_19", "Обучающихся 15-19 лет", False),
        ("c", "share_mentors_15_19", "Доля наставников 15-19 лет, %", False),
        ("c", "young_specialists", "Молодые специалисты", False),
        ("c", "young_specialists_mentees", "Молодые специалисты-наставляемые", True),
        ("c", "teachers_other", "Остальные педагоги", False),
        ("c", "teachers_other_mentees", "Остальные педагоги-наставляемые", True),
        ("c", "kpk_trained", "Прошли КПК по наставничеству", True),
        ("x", "Директор школы ____________ Гордеева Л.П."),
    ],
))

# ----------------------------------------------------------------------------------------------------------
UNIT_WORD = {"yesno": "да/нет", "share": "%", "level": "%", "list": "", "text": ""}
PIECE_UNITS = {"curators_total", "mentors_total", "mentees_total", "external_edu_mentors", "other_org_mentors",
               "iro_mentors", "enterprise_mentors", "students_10_19", "mentees_10_19", "mentees_risk",
               "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
               "mentees_other_params", "young_specialists", "young_specialists_mentees", "kpk_trained"}

thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")


def unit_of(crit):
    u = CATALOGUE[crit]["unit"]
    if crit in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
                "internal_monitoring_notes"):
        return "да/нет"
    if u == "count":
        return "чел." if crit in PIECE_UNITS or crit.endswith("_mentors") or crit.endswith("_mentees") \
            or crit.startswith("teachers") or crit.startswith("students") else "шт."
    return UNIT_WORD.get(u, "")


def build(form):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = form["sheet"]
    for name in form.get("extra_sheets", []):
        wb.create_sheet(name)
    cols = form["cols"]
    ncols = len(form["columns"])
    first_col = min(cols.values())
    last_col = chr(ord(first_col) + ncols - 1)
    for col, w in form["widths"].items():
        ws.column_dimensions[col].width = w

    r = form.get("first_row", 1)
    for t in form["titles"]:
        c = ws[f"{first_col}{r}"]
        c.value = t
        c.font = Font(bold=True, size=12 if r == form.get("first_row", 1) else 11)
        ws.merge_cells(f"{first_col}{r}:{last_col}{r}")
        c.alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    header_row = r
    for i, h in enumerate(form["columns"]):
        c = ws.cell(row=r, column=ord(first_col) - 64 + i, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1

    links = form["links"]
    style = form["style"]
    F = form["figures"]
    cells = []
    entry = {"file": "typed/" + form["file"], "year": 2024, "organisation": form["organisation"],
             "values": {}, "links": {}, "not_criteria": [], "headings": []}
    if form.get("ambiguous"):
        entry["organisation_ambiguous"] = True
    if form.get("known_unnamed"):
        entry["known_unnamed"] = True

    num = 0
    sec = 0
    item = 0

    def put_link(row, url):
        c = ws[f"{cols['link']}{row}"]
        c.value = url
        if form["link_style"] == "hyper":
            c.hyperlink = url
            c.font = Font(color="0563C1", underline="single")
        c.alignment = Alignment(wrap_text=False, vertical="center")

    for spec in form["rows"]:
        kind = spec[0]
        if kind == "h":
            sec += 1
            item = 0
            c = ws[f"{first_col}{r}"]
            c.value = spec[1]
            c.font = BOLD
            ws.merge_cells(f"{first_col}{r}:{last_col}{r}")
            for i in range(ncols):
                ws.cell(row=r, column=ord(first_col) - 64 + i).fill = SEC_FILL
                ws.cell(row=r, column=ord(first_col) - 64 + i).border = BORDER
            entry["headings"].append(spec[1])
            r += 1
            continue
        if kind == "x":
            r += 1
            ws[f"{cols['title']}{r}"] = spec[1]
            r += 1
            continue
        extra = spec[4] if len(spec) > 4 else {}
        if kind == "c":
            crit, title, want_link = spec[1], spec[2], spec[3]
            assert crit in CATALOGUE, crit
            val = F[crit]
            typed, fmt = typed_value(crit, val, style)
        else:
            crit = None
            title, typed, want_link = spec[1], spec[2], spec[3]
            fmt = None
        num += 1
        item += 1
        if "num" in cols:
            ws[f"{cols['num']}{r}"] = num
        if "code" in cols:
            ws[f"{cols['code']}{r}"] = f"{sec}.{item}"
        ws[f"{cols['title']}{r}"] = title
        vc = ws[f"{cols['value']}{r}"]
        vc.value = typed
        if fmt:
            vc.number_format = fmt
        vc.alignment = Alignment(horizontal="center", vertical="center",
                                 wrap_text=isinstance(typed, str) and len(typed) > 12)
        if form.get("units"):
            ws[f"{cols['unit']}{r}"] = extra.get("unit") or (unit_of(crit) if crit else "")
        if "note" in cols and extra.get("note"):
            ws[f"{cols['note']}{r}"] = extra["note"]
        url = None
        if want_link:
            key = want_link if isinstance(want_link, str) else (DOC_OF.get(crit) or "misc_" + title)
            url = links.doc(key)
            put_link(r, url)
        for i in range(ncols):
            ws.cell(row=r, column=ord(first_col) - 64 + i).border = BORDER
        ws[f"{cols['title']}{r}"].alignment = WRAP
        if crit:
            exp = expected_of(typed, fmt, crit)
            want = F[crit]
            if isinstance(want, float) or isinstance(exp, float):
                assert abs(float(exp) - float(want)) < 0.005, (crit, exp, want)
            else:
                assert exp == want, (crit, exp, want)
            assert crit not in entry["values"], (form["file"], crit)
            entry["values"][crit] = exp
            cells.append({"file": entry["file"], "sheet": form["sheet"], "cell": f"{cols['value']}{r}",
                          "criterion": crit, "kind": "value", "expected": exp, "typed": typed})
            if url:
                entry["links"][crit] = url
                cells.append({"file": entry["file"], "sheet": form["sheet"], "cell": f"{cols['link']}{r}",
                              "criterion": crit, "kind": "link", "expected": url})
        else:
            entry["not_criteria"].append(title)
        r += 1

    last_row = r
    ws.freeze_panes = f"{first_col}{header_row + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    if "header" in form:
        for part, text in form["header"].items():
            hp = getattr(ws.oddHeader, part)
            hp.text = text
    if "footer" in form:
        for part, text in form["footer"].items():
            fp = getattr(ws.oddFooter, part)
            fp.text = text
    if "comment" in form:
        cm = form["comment"]
        com = Comment(cm["text"], cm["author"])
        com.width = 260
        com.height = 90
        ws[cm["cell"]].comment = com
    if form.get("print_area"):
        ws.print_area = f"A1:{last_col}{last_row}"
    if "defined_name" in form:
        name, text = form["defined_name"]
        wb.defined_names[name] = DefinedName(name, attr_text='"' + text + '"')
    return wb, entry, cells


# ----------------------------------------------------------------------------------------------------------
# package post-processing: own docProps, a text-box drawing, fixed timestamps

ZIP_TIME = (2025, 1, 20, 10, 0, 0)


def core_xml(core):
    title = f"<dc:title>{escape(core['title'])}</dc:title>" if core.get("title") else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{title}<dc:creator>{escape(core.get('creator', 'user'))}</dc:creator>"
            f"<cp:lastModifiedBy>{escape(core.get('lastModifiedBy', core.get('creator', 'user')))}</cp:lastModifiedBy>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-15T06:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T09:47:31Z</dcterms:modified>'
            "</cp:coreProperties>")


def app_xml(sheets, company):
    parts = "".join(f"<vt:lpstr>{escape(s)}</vt:lpstr>" for s in sheets)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
            '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Листы</vt:lpstr></vt:variant>'
            f"<vt:variant><vt:i4>{len(sheets)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
            f'<TitlesOfParts><vt:vector size="{len(sheets)}" baseType="lpstr">{parts}</vt:vector></TitlesOfParts>'
            f"<Company>{escape(company or '')}</Company>"
            "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
            "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>")


def drawing_xml(paragraphs):
    runs = []
    for i, p in enumerate(paragraphs):
        size = 1400 if i == 0 else 1100
        bold = ' b="1"' if i == 0 else ""
        runs.append(f'<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="ru-RU" sz="{size}"{bold}/>'
                    f"<a:t>{escape(p)}</a:t></a:r></a:p>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            "<xdr:twoCellAnchor>"
            "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>1200000</xdr:colOff><xdr:row>0</xdr:row>"
            "<xdr:rowOff>30000</xdr:rowOff></xdr:from>"
            "<xdr:to><xdr:col>1</xdr:col><xdr:colOff>600000</xdr:colOff><xdr:row>2</xdr:row>"
            "<xdr:rowOff>150000</xdr:rowOff></xdr:to>"
            '<xdr:sp macro="" textlink="">'
            '<xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
            '<xdr:spPr><a:xfrm><a:off x="1200000" y="30000"/><a:ext cx="4300000" cy="520000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill>'
            '<a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/></a:schemeClr>'
            "</a:solidFill></a:ln></xdr:spPr>"
            '<xdr:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
            '<a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
            '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
            '<a:fontRef idx="minor"><a:schemeClr val="dk1"/></a:fontRef></xdr:style>'
            '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="ctr"/>'
            "<a:lstStyle/>" + "".join(runs) + "</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
            "</xdr:wsDr>")


REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"


def add_textbox(parts, paragraphs):
    sheet = "xl/worksheets/sheet1.xml"
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    parts["xl/drawings/drawing1.xml"] = drawing_xml(paragraphs).encode("utf-8")
    rel = f'<Relationship Id="rIdTb1" Type="{DRAWING_REL}" Target="../drawings/drawing1.xml"/>'
    if rels in parts:
        txt = parts[rels].decode("utf-8")
        txt = txt.replace("</Relationships>", rel + "</Relationships>")
    else:
        txt = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + rel + "</Relationships>")
    parts[rels] = txt.encode("utf-8")
    s = parts[sheet].decode("utf-8")
    if "xmlns:r=" not in s[:500]:
        s = s.replace("<worksheet ", f'<worksheet xmlns:r="{REL_NS}" ', 1)
    # <drawing> goes after headerFooter / breaks and before legacyDrawing / tableParts / extLst
    m = re.search(r"<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|"
                  r"extLst)[ >/]", s)
    tag = '<drawing r:id="rIdTb1"/>'
    s = s[:m.start()] + tag + s[m.start():] if m else s.replace("</worksheet>", tag + "</worksheet>")
    parts[sheet] = s.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/xl/drawings/drawing1.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode("utf-8")


def repack(path, form, sheets):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        parts = {n: z.read(n) for n in names}
    parts["docProps/core.xml"] = core_xml(form.get("core", {})).encode("utf-8")
    parts["docProps/app.xml"] = app_xml(sheets, form.get("company")).encode("utf-8")
    if "textbox" in form:
        add_textbox(parts, form["textbox"])
    order = ["[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
    order += [n for n in parts if n not in order]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, parts[n])
    path.write_bytes(buf.getvalue())


def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    expected, all_cells = [], []
    for form in FORMS:
        wb, entry, cells = build(form)
        path = TYPED / form["file"]
        wb.save(path)
        repack(path, form, wb.sheetnames)
        expected.append(entry)
        all_cells.extend(cells)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": all_cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"heldout112: {len(FORMS)} files, {len(expected)} forms, {nv} values, {nl} links")


if __name__ == "__main__":
    main()
