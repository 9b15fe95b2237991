#!/usr/bin/env python3
"""Held-out set 52: monitoring forms copied from the web pages of a regional monitoring
system («РИС «Мониторинг ЦМН»») into Excel (select all, Ctrl+C, Ctrl+V, save) by
seven organisations of the invented «Вараксинский муниципальный округ», year 2024.

Deterministic: all data are fixed below; no randomness.
Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

PORTAL = "https://monitoring-cmn.udm-edu.ru"
BREAD = "Главная / Мониторинг / ЦМН / 2024 / Анкета ОО"

LINK_FONT = Font(color="0563C1", underline="single")
BOLD = Font(bold=True)
GREY = Font(color="808080", size=9)
RED = Font(color="C00000")
SECTION_FILL = PatternFill("solid", fgColor="DCE6F1")
HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# --------------------------------------------------------------------------------------
# The system's edit form (wordings of the web form «Анкета ОО — 2024»).
# --------------------------------------------------------------------------------------
SECTIONS = {
    1: "Раздел 1. Нормативное обеспечение реализации ЦМН",
    2: "Раздел 2. Организация процесса наставничества",
    3: "Раздел 3. Персонализированные программы наставничества (ППН)",
    4: "Раздел 4. Наставники из внешних организаций",
    5: "Раздел 5. Обучающиеся 10–19 лет в роли наставляемых",
    6: "Раздел 6. Обучающиеся 15–19 лет в роли наставников",
    7: "Раздел 7. Удовлетворённость участников завершённых программ",
    8: "Раздел 8. Педагоги и молодые специалисты в роли наставляемых",
    9: "Раздел 9. Профессиональное развитие педагогов",
    10: "Раздел 10. Педагоги в роли наставников",
    11: "Раздел 11. Стимулирование наставников",
}

# (number, key, label, required); key starting with "~" is a decoy field of the form
FORM = [
    ("1.1", "orgs_regulation_teachers", "Положение о системе наставничества педагогических работников утверждено приказом ОО", True),
    ("1.2", "orgs_regulation_students", "Положение о системе наставничества обучающихся утверждено приказом ОО", True),
    ("1.3", "~roadmap", "Дорожная карта внедрения ЦМН в ОО утверждена", True),
    ("1.4", "orgs_monitoring_order", "Издан приказ ОО о проведении мониторинга ЦМН", True),
    ("1.5", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга ЦМН за 2024 г. подготовлена", True),
    ("2.1", "curators_total", "Кураторы внедрения ЦМН в ОО, чел.", True),
    ("2.2", "mentors_total", "Наставники, всего (по приказу ОО), чел.", True),
    ("2.3", "mentees_total", "Наставляемые, всего (по приказу ОО), чел.", True),
    ("2.4", "~pairs", "Наставнических пар / групп, ед.", False),
    ("2.5", "agreements_edu_orgs", "Соглашения с образовательными организациями, направившими своих работников в наставники, ед.", False),
    ("2.6", "agreements_enterprises", "Соглашения с предприятиями, направившими своих сотрудников в наставники, ед.", False),
    ("2.7", "agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности), направившими наставников, ед.", False),
    ("2.8", "partner_list", "Организации-партнёры по наставничеству (через «;»)", False),
    ("2.9", "agreement_subjects", "Предмет соглашения (соглашений)", False),
    ("3.1", "pp_total", "ППН, всего, ед.", True),
    ("3.2", "pp_pupil_pupil", "в т.ч. по форме «ученик – ученик»", False),
    ("3.3", "pp_teacher_teacher", "в т.ч. по форме «учитель – учитель» («педагог – педагог»)", False),
    ("3.4", "pp_student_student", "в т.ч. по форме «студент – студент»", False),
    ("3.5", "pp_head_teacher", "в т.ч. по форме «руководитель – педагог»", False),
    ("3.6", "pp_student_pupil", "в т.ч. по форме «студент – ученик»", False),
    ("3.7", "pp_teacher_pupil", "в т.ч. по форме «учитель – ученик»", False),
    ("3.8", "pp_other", "в т.ч. по иным формам (указать в примечании)", False),
    ("4.1", "external_edu_mentors", "Наставники из других образовательных организаций (по приказу), чел.", False),
    ("4.2", "enterprise_mentors", "Наставники — сотрудники предприятий, чел.", False),
    ("4.3", "other_org_mentors", "Наставники — сотрудники иных организаций, чел.", False),
    ("5.1", "students_10_19", "Обучающиеся в возрасте 10–19 лет, всего, чел.", True),
    ("5.2", "mentees_10_19", "из них включены в ППН в роли наставляемых, чел.", True),
    ("5.3", "mentees_risk", "в т.ч. «группа риска»", False),
    ("5.4", "mentees_gifted", "в т.ч. одарённые дети (внесённые в реестры)", False),
    ("5.5", "mentees_disabled", "в т.ч. дети с ОВЗ и дети-инвалиды", False),
    ("5.6", "mentees_low_motivation", "в т.ч. с низкой мотивацией к учёбе, неуспевающие", False),
    ("5.7", "mentees_career", "в т.ч. с трудностями выбора образовательной траектории и профессии", False),
    ("5.8", "mentees_other_params", "в т.ч. по иным основаниям", False),
    ("5.9", "share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет, % (рассчитывается автоматически)", False),
    ("6.1", "students_15_19", "Обучающиеся в возрасте 15–19 лет, всего, чел.", True),
    ("6.2", "mentors_15_19", "из них наставники (по приказу ОО), чел.", True),
    ("6.3", "share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет, % (рассчитывается автоматически)", False),
    ("7.1", "satisfaction_mentees", "Уровень удовлетворённости наставляемых (по итогам анкетирования), %", False),
    ("7.2", "satisfaction_mentors", "Уровень удовлетворённости наставников (по итогам анкетирования), %", False),
    ("8.1", "young_specialists", "Молодые специалисты (до 35 лет, первые 3 года работы), всего, чел.", True),
    ("8.2", "young_specialists_mentees", "из них наставляемые (молодые специалисты), чел.", False),
    ("8.3", "teachers_other", "Педагоги без учёта молодых специалистов, всего, чел.", True),
    ("8.4", "teachers_other_mentees", "из них наставляемые (педагоги, кроме МС), чел.", False),
    ("8.5", "share_young_specialists_mentees", "Доля молодых специалистов-наставляемых, % (рассчитывается автоматически)", False),
    ("8.6", "share_teachers_mentees", "Доля всех педагогов-наставляемых, % (рассчитывается автоматически)", False),
    ("9.1", "teachers_in_pp", "Педагоги, участвующие в утверждённых ППН, чел.", False),
    ("9.2", "kpk_trained", "Прошли КПК по вопросам наставничества в 2024 г., чел.", False),
    ("9.3", "kpk_courses", "Наименование курсов (КПК)", False),
    ("9.4", "school_methodical_associations", "Методические объединения наставников в ОО, ед.", False),
    ("10.1", "teachers_mentors", "Педагоги в роли наставника, чел.", True),
    ("10.2", "young_specialists_mentors", "в т.ч. молодые специалисты в роли наставника, чел.", False),
    ("10.3", "share_teachers_mentors", "Доля педагогов-наставников, % (рассчитывается автоматически)", False),
    ("10.4", "share_young_specialists_mentors", "Доля молодых специалистов-наставников, % (рассчитывается автоматически)", False),
    ("11.1", "pay_acts", "Локальные акты об оплате работы наставников, ед.", False),
    ("11.2", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, ед.", False),
]
FORM_LABEL = {k: lab for _, k, lab, _ in FORM}

# short wordings of the read-only view «Просмотр анкеты»
SHORT = {
    "orgs_regulation_teachers": "Положение о наставничестве педработников",
    "orgs_regulation_students": "Положение о наставничестве обучающихся",
    "orgs_monitoring_order": "Приказ о мониторинге ЦМН",
    "internal_monitoring_notes": "Справка по внутреннему мониторингу",
    "curators_total": "Кураторы ЦМН, чел.",
    "mentors_total": "Наставники (всего по приказу), чел.",
    "mentees_total": "Наставляемые (всего по приказу), чел.",
    "agreements_edu_orgs": "Соглашения с ОО-партнёрами, ед.",
    "agreements_enterprises": "Соглашения с предприятиями, ед.",
    "agreements_other_orgs": "Соглашения с иными организациями, ед.",
    "partner_list": "Партнёры",
    "agreement_subjects": "Предмет соглашений",
    "pp_total": "ППН всего, ед.",
    "pp_pupil_pupil": "ППН «ученик – ученик»",
    "pp_teacher_teacher": "ППН «учитель – учитель»",
    "pp_student_student": "ППН «студент – студент»",
    "pp_head_teacher": "ППН «руководитель – педагог»",
    "pp_student_pupil": "ППН «студент – ученик»",
    "pp_teacher_pupil": "ППН «учитель – ученик»",
    "pp_other": "ППН иные формы",
    "external_edu_mentors": "Наставники из других ОО, чел.",
    "enterprise_mentors": "Наставники с предприятий, чел.",
    "other_org_mentors": "Наставники из иных организаций, чел.",
    "students_10_19": "Обучающиеся 10–19 лет, чел.",
    "mentees_10_19": "Наставляемые 10–19 лет, чел.",
    "mentees_risk": "— группа риска",
    "mentees_gifted": "— одарённые",
    "mentees_disabled": "— ОВЗ / инвалиды",
    "mentees_low_motivation": "— низкая мотивация / неуспевающие",
    "mentees_career": "— проблемы выбора профессии",
    "mentees_other_params": "— иные параметры",
    "share_mentees_10_19": "Доля наставляемых 10–19 лет, %",
    "students_15_19": "Обучающиеся 15–19 лет, чел.",
    "mentors_15_19": "Наставники 15–19 лет, чел.",
    "share_mentors_15_19": "Доля наставников 15–19 лет, %",
    "satisfaction_mentees": "Удовлетворённость наставляемых, %",
    "satisfaction_mentors": "Удовлетворённость наставников, %",
    "young_specialists": "Молодые специалисты (МС), чел.",
    "young_specialists_mentees": "МС — наставляемые, чел.",
    "teachers_other": "Педагоги (без МС), чел.",
    "teachers_other_mentees": "Педагоги (без МС) — наставляемые, чел.",
    "share_young_specialists_mentees": "Доля МС-наставляемых, %",
    "share_teachers_mentees": "Доля педагогов-наставляемых, %",
    "teachers_in_pp": "Педагоги в ППН, чел.",
    "kpk_trained": "Обучены на КПК по наставничеству за год, чел.",
    "kpk_courses": "Курсы",
    "school_methodical_associations": "МО наставников, ед.",
    "teachers_mentors": "Педагоги-наставники, чел.",
    "young_specialists_mentors": "МС — наставники, чел.",
    "share_teachers_mentors": "Доля педагогов-наставников, %",
    "share_young_specialists_mentors": "Доля МС-наставников, %",
    "pay_acts": "Акты об оплате наставничества, ед.",
    "nonmaterial_acts": "Акты о нематериальном поощрении, ед.",
}

SHARE_KEYS = {"share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees",
              "share_teachers_mentees", "share_teachers_mentors", "share_young_specialists_mentors",
              "satisfaction_mentees", "satisfaction_mentors"}
YESNO_KEYS = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
              "internal_monitoring_notes"}
TEXT_KEYS = {"partner_list", "agreement_subjects", "kpk_courses"}


def pct(n, d):
    return round(n / d * 100, 2)


def derive(v):
    """Add the system's automatically computed shares to an organisation's counts."""
    v = dict(v)
    if "students_10_19" in v and "mentees_10_19" in v:
        v["share_mentees_10_19"] = pct(v["mentees_10_19"], v["students_10_19"])
    if "students_15_19" in v and "mentors_15_19" in v:
        v["share_mentors_15_19"] = pct(v["mentors_15_19"], v["students_15_19"])
    ys, to = v.get("young_specialists"), v.get("teachers_other")
    if ys and "young_specialists_mentees" in v:
        v["share_young_specialists_mentees"] = pct(v["young_specialists_mentees"], ys)
    if ys is not None and to is not None:
        allt = ys + to
        if "teachers_other_mentees" in v and "young_specialists_mentees" in v:
            v["share_teachers_mentees"] = pct(v["teachers_other_mentees"] + v["young_specialists_mentees"], allt)
        if "teachers_mentors" in v:
            v["share_teachers_mentors"] = pct(v["teachers_mentors"], allt)
    if ys and "young_specialists_mentors" in v:
        v["share_young_specialists_mentors"] = pct(v["young_specialists_mentors"], ys)
    return v


def check_consistency(name, v):
    def le(a, b):
        if a in v and b in v:
            assert v[a] <= v[b], (name, a, b, v[a], v[b])
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("young_specialists_mentees", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("young_specialists_mentors", "teachers_mentors")
    cats = [k for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                        "mentees_career", "mentees_other_params") if k in v]
    if "mentees_10_19" in v:
        assert sum(v[k] for k in cats) <= v["mentees_10_19"], name
    forms = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    if "pp_total" in v:
        assert sum(v[k] for k in forms) == v["pp_total"], (name, "pp")
    if "teachers_mentors" in v and "young_specialists" in v:
        assert v["teachers_mentors"] <= v["young_specialists"] + v["teachers_other"], name
    if "mentors_total" in v and "mentors_15_19" in v and "teachers_mentors" in v:
        ext = sum(v.get(k, 0) for k in ("external_edu_mentors", "enterprise_mentors", "other_org_mentors"))
        assert v["mentors_total"] == v["teachers_mentors"] + v["mentors_15_19"] + ext, (name, "mentors_total")
    if "mentees_total" in v and "mentees_10_19" in v and "teachers_other_mentees" in v:
        assert v["mentees_total"] == v["mentees_10_19"] + v["teachers_other_mentees"] + v["young_specialists_mentees"], name


# --------------------------------------------------------------------------------------
# Recording helpers
# --------------------------------------------------------------------------------------
CELLS = []
EXPECTED = []


class Rec:
    def __init__(self, file, org):
        self.file = file
        self.org = org
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        self.labels = {}  # criterion -> label as shown next to the value (for the wording check)

    def value(self, ws, cell, crit, raw, expected, label=None, number_format=None, parse="auto"):
        c = ws[cell]
        c.value = raw
        if number_format:
            c.number_format = number_format
        assert crit not in self.values, (self.file, crit)
        self.values[crit] = expected
        if label is not None:
            self.labels[crit] = label
        CELLS.append({"file": self.file, "sheet": ws.title, "cell": cell, "kind": "value",
                      "criterion": crit, "expected": expected, "parse": parse})

    def link(self, ws, cell, crit, url, display=None):
        """display None: the URL is the cell's text; otherwise display text + hyperlink."""
        c = ws[cell]
        if display is None:
            c.value = url
            kind = "link_text"
        else:
            c.value = display
            c.hyperlink = url
            c.font = LINK_FONT
            kind = "link_hyperlink"
        self.links[crit] = url
        CELLS.append({"file": self.file, "sheet": ws.title, "cell": cell, "kind": kind,
                      "criterion": crit, "expected": url})

    def organisation(self, ws, cell, text):
        ws[cell] = text
        CELLS.append({"file": self.file, "sheet": ws.title, "cell": cell, "kind": "organisation",
                      "expected": self.org, "text": text})

    def finish(self):
        EXPECTED.append({"file": self.file, "year": YEAR, "organisation": self.org,
                         "values": self.values, "links": self.links,
                         "not_criteria": self.not_criteria, "headings": self.headings})


def yn(v, style="dd"):
    t = "Да" if v == 1 else "Нет"
    if style == "dd":
        return t + " ▼"
    if style == "lower":
        return t.lower()
    return t


def ru(x, nd=None):
    if nd is None:
        s = ("%g" % x) if isinstance(x, float) else str(x)
    else:
        s = ("%." + str(nd) + "f") % x
    return s.replace(".", ",")


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


def star(label, req, keep=True):
    return label + " *" if (req and keep) else label


REQ = {k: r for _, k, _, r in FORM}


# --------------------------------------------------------------------------------------
# Organisations' data (2024)
# --------------------------------------------------------------------------------------
SOSH1 = derive({
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1,
    "curators_total": 2, "mentors_total": 53, "mentees_total": 108,
    "agreements_edu_orgs": 1, "agreements_enterprises": 2, "agreements_other_orgs": 1,
    "partner_list": "БПОУ «Вараксинский аграрный техникум»; ООО «Вараксинский хлебокомбинат»; "
                    "АО «Агрофирма «Ява»»; МБУК «Вараксинская ЦКС»",
    "pp_total": 44, "pp_pupil_pupil": 22, "pp_teacher_teacher": 9, "pp_student_student": 0,
    "pp_head_teacher": 2, "pp_student_pupil": 0, "pp_teacher_pupil": 8, "pp_other": 3,
    "external_edu_mentors": 2, "enterprise_mentors": 3, "other_org_mentors": 1,
    "students_10_19": 412, "mentees_10_19": 96, "mentees_risk": 14, "mentees_gifted": 18,
    "mentees_disabled": 9, "mentees_low_motivation": 21, "mentees_career": 25, "mentees_other_params": 9,
    "students_15_19": 118, "mentors_15_19": 31,
    "satisfaction_mentees": 91, "satisfaction_mentors": 88,
    "young_specialists": 7, "young_specialists_mentees": 7, "teachers_other": 41, "teachers_other_mentees": 5,
    "teachers_in_pp": 29, "kpk_trained": 4, "school_methodical_associations": 1,
    "teachers_mentors": 16, "young_specialists_mentors": 1,
    "pay_acts": 1, "nonmaterial_acts": 2,
})

SOSH2 = derive({
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 0,
    "curators_total": 1, "mentors_total": 33, "mentees_total": 64,
    "agreements_edu_orgs": 1, "agreements_enterprises": 0, "agreements_other_orgs": 1,
    "partner_list": "МБОУ «Вараксинская гимназия»; Вараксинская районная библиотека",
    "agreement_subjects": "Совместная реализация программ наставничества «ученик – ученик» и "
                          "«учитель – ученик», проведение читательских конференций",
    "pp_total": 31, "pp_pupil_pupil": 15, "pp_teacher_teacher": 6, "pp_head_teacher": 1,
    "pp_student_pupil": 0, "pp_teacher_pupil": 7, "pp_other": 2,
    "external_edu_mentors": 1, "enterprise_mentors": 0, "other_org_mentors": 2,
    "students_10_19": 305, "mentees_10_19": 56, "mentees_risk": 8, "mentees_gifted": 12,
    "mentees_disabled": 5, "mentees_low_motivation": 10, "mentees_career": 14, "mentees_other_params": 7,
    "students_15_19": 84, "mentors_15_19": 19,
    "satisfaction_mentees": 86.5,
    "young_specialists": 5, "young_specialists_mentees": 5, "teachers_other": 33, "teachers_other_mentees": 3,
    "teachers_in_pp": 19, "kpk_trained": 2,
    "kpk_courses": "«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч.); "
                   "«Организация наставничества обучающихся» (ООО «Инфоурок», 72 ч.)",
    "school_methodical_associations": 1,
    "teachers_mentors": 11, "young_specialists_mentors": 0,
    "pay_acts": 0, "nonmaterial_acts": 1,
})

GYM = derive({
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1,
    "curators_total": 3, "mentors_total": 78, "mentees_total": 145,
    "agreements_edu_orgs": 2, "agreements_enterprises": 1, "agreements_other_orgs": 0,
    "partner_list": "ФГБОУ ВО «УдГУ» (филиал в г. Вараксино); БПОУ «Вараксинский педагогический колледж»; "
                    "ПАО «Вараксинский машиностроительный завод»",
    "pp_total": 67, "pp_pupil_pupil": 38, "pp_teacher_teacher": 11, "pp_student_student": 0,
    "pp_head_teacher": 3, "pp_student_pupil": 0, "pp_teacher_pupil": 12, "pp_other": 3,
    "external_edu_mentors": 3, "enterprise_mentors": 2, "other_org_mentors": 0,
    "students_10_19": 536, "mentees_10_19": 131, "mentees_risk": 9, "mentees_gifted": 47,
    "mentees_disabled": 6, "mentees_low_motivation": 15, "mentees_career": 38, "mentees_other_params": 16,
    "students_15_19": 198, "mentors_15_19": 52,
    # the next are needed only for mentees_total consistency; section 8 is on page 2 (not pasted)
    "teachers_mentors": 21, "teachers_other_mentees": 6, "young_specialists_mentees": 8,
})
GYM_PAGE2 = {"teachers_mentors", "teachers_other_mentees", "young_specialists_mentees"}

KELCHI = derive({
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "curators_total": 1, "mentors_total": 5, "mentees_total": 13,
    "agreements_edu_orgs": 0, "agreements_enterprises": 0, "agreements_other_orgs": 0,
    "pp_total": 8, "pp_pupil_pupil": 3, "pp_teacher_teacher": 1, "pp_head_teacher": 0, "pp_teacher_pupil": 4,
    "pp_other": 0,
    "external_edu_mentors": 0, "enterprise_mentors": 0,
    "students_10_19": 48, "mentees_10_19": 12, "mentees_risk": 3, "mentees_gifted": 1,
    "mentees_disabled": 2, "mentees_low_motivation": 4, "mentees_career": 0, "mentees_other_params": 2,
    "students_15_19": 7, "mentors_15_19": 2,
    "satisfaction_mentees": 100, "satisfaction_mentors": 92,
    "young_specialists": 1, "young_specialists_mentees": 1, "teachers_other": 12, "teachers_other_mentees": 0,
    "teachers_in_pp": 4, "kpk_trained": 0, "school_methodical_associations": 0,
    "teachers_mentors": 3, "young_specialists_mentors": 0,
    "pay_acts": 0, "nonmaterial_acts": 1,
})

PYZH = derive({
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1,
    "curators_total": 1, "mentors_total": 20, "mentees_total": 44,
    "agreements_edu_orgs": 0, "agreements_enterprises": 1, "agreements_other_orgs": 1,
    "partner_list": "СПК «Колхоз «Пыжмановский»»; Пыжмановский сельский Дом культуры",
    "agreement_subjects": "Профориентационное наставничество обучающихся 8–11 классов на базе СПК; "
                          "совместные проекты «Малая родина»",
    "pp_total": 21, "pp_pupil_pupil": 8, "pp_teacher_teacher": 4, "pp_head_teacher": 1, "pp_teacher_pupil": 6,
    "pp_other": 2,
    "external_edu_mentors": 0, "enterprise_mentors": 2, "other_org_mentors": 1,
    "students_10_19": 174, "mentees_10_19": 39, "mentees_risk": 6, "mentees_gifted": 4,
    "mentees_disabled": 3, "mentees_low_motivation": 9, "mentees_career": 11, "mentees_other_params": 6,
    "students_15_19": 41, "mentors_15_19": 10,
    "satisfaction_mentees": 89, "satisfaction_mentors": 94,
    "young_specialists": 3, "young_specialists_mentees": 3, "teachers_other": 24, "teachers_other_mentees": 2,
    "teachers_in_pp": 12, "kpk_trained": 3, "school_methodical_associations": 1,
    "teachers_mentors": 7, "young_specialists_mentors": 0,
    "pay_acts": 1, "nonmaterial_acts": 1,
})
# the values the same view shows for 2023 (decoy column)
PYZH_2023 = {
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 0,
    "internal_monitoring_notes": 1, "curators_total": 1, "mentors_total": 17, "mentees_total": 36,
    "agreements_edu_orgs": 0, "agreements_enterprises": 1, "agreements_other_orgs": 0,
    "pp_total": 16, "pp_pupil_pupil": 6, "pp_teacher_teacher": 4, "pp_head_teacher": 0, "pp_teacher_pupil": 5,
    "pp_other": 1,
    "external_edu_mentors": 0, "enterprise_mentors": 1, "other_org_mentors": 0,
    "students_10_19": 181, "mentees_10_19": 31, "mentees_risk": 5, "mentees_gifted": 3, "mentees_disabled": 3,
    "mentees_low_motivation": 8, "mentees_career": 7, "mentees_other_params": 5,
    "students_15_19": 44, "mentors_15_19": 9, "satisfaction_mentees": 84, "satisfaction_mentors": 90,
    "young_specialists": 2, "young_specialists_mentees": 2, "teachers_other": 25, "teachers_other_mentees": 3,
    "teachers_in_pp": 9, "kpk_trained": 1, "school_methodical_associations": 1, "teachers_mentors": 7,
    "young_specialists_mentors": 0, "pay_acts": 0, "nonmaterial_acts": 1,
}

DDT = derive({
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 0,
    "curators_total": 1, "mentors_total": 21, "mentees_total": 43,
    "agreements_other_orgs": 1,
    "partner_list": "МБУК «Вараксинский краеведческий музей»",
    "pp_total": 12, "pp_pupil_pupil": 5, "pp_teacher_teacher": 3, "pp_teacher_pupil": 4,
    "other_org_mentors": 1,
    "students_10_19": 410, "mentees_10_19": 37, "mentees_risk": 0, "mentees_gifted": 21,
    "mentees_disabled": 4, "mentees_other_params": 12,
    "students_15_19": 96, "mentors_15_19": 14,
    "satisfaction_mentees": 95, "satisfaction_mentors": 92,
    "young_specialists": 4, "young_specialists_mentees": 4, "teachers_other": 27, "teachers_other_mentees": 2,
    "teachers_mentors": 6,
})

SOSH3 = derive({
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1,
    "curators_total": 2, "mentors_total": 97, "mentees_total": 259,
    "pp_total": 118, "pp_pupil_pupil": 64, "pp_teacher_teacher": 18,
    "pp_head_teacher": 4, "pp_teacher_pupil": 26, "pp_other": 6,
    "external_edu_mentors": 2, "enterprise_mentors": 4, "other_org_mentors": 2,
    "students_10_19": 1027, "mentees_10_19": 239, "mentees_risk": 22, "mentees_gifted": 64,
    "mentees_disabled": 13, "mentees_low_motivation": 41, "mentees_career": 72, "mentees_other_params": 27,
    "students_15_19": 268, "mentors_15_19": 61,
    "satisfaction_mentees": 90.2, "satisfaction_mentors": 87.6,
    "young_specialists": 12, "young_specialists_mentees": 11, "teachers_other": 74, "teachers_other_mentees": 9,
    "teachers_in_pp": 51, "kpk_trained": 9, "school_methodical_associations": 2,
    "teachers_mentors": 28, "young_specialists_mentors": 2,
    "pay_acts": 2, "nonmaterial_acts": 3,
})

for _n, _v in [("SOSH1", SOSH1), ("SOSH2", SOSH2), ("GYM", GYM), ("KELCHI", KELCHI), ("PYZH", PYZH),
               ("DDT", DDT), ("SOSH3", SOSH3)]:
    check_consistency(_n, _v)


# --------------------------------------------------------------------------------------
# File 1 — МБОУ «Вараксинская СОШ № 1»: the whole page pasted, nothing cleaned
# --------------------------------------------------------------------------------------
def file_sosh1():
    fn = "typed/anketa_SOSH1_2024.xlsx"
    r = Rec(fn, "МБОУ «Вараксинская СОШ № 1»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    widths(ws, [6, 62, 16, 34, 4, 16])
    base = "https://sh1-varaksino-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"
    docs = {
        "orgs_regulation_teachers": ("prikaz_45.pdf", "245 КБ"),
        "orgs_regulation_students": ("prikaz_46.pdf", "238 КБ"),
        "~roadmap": ("dorozhnaya_karta_2024.pdf", "512 КБ"),
        "orgs_monitoring_order": ("prikaz_112_monitoring.pdf", "198 КБ"),
        "internal_monitoring_notes": ("spravka_vnutr_monitoring_2024.pdf", "1,1 МБ"),
        "curators_total": ("prikaz_12_kuratory.pdf", "156 КБ"),
        "mentors_total": ("prikaz_87_pary_2024.pdf", "403 КБ"),
        "mentees_total": ("prikaz_87_pary_2024.pdf", "403 КБ"),
        "agreements_edu_orgs": ("soglashenie_tehnikum.pdf", "2,3 МБ"),
        "agreements_enterprises": ("soglasheniya_predpriyatiya.pdf", "3,4 МБ"),
        "pp_total": ("prikaz_90_ppn.pdf", "611 КБ"),
        "external_edu_mentors": ("prikaz_87_pary_2024.pdf", "403 КБ"),
        "enterprise_mentors": ("prikaz_87_pary_2024.pdf", "403 КБ"),
        "mentees_10_19": ("baza_nastavlyaemyh_2024.pdf", "288 КБ"),
        "mentors_15_19": ("baza_nastavnikov_2024.pdf", "301 КБ"),
        "satisfaction_mentees": ("analiz_anketirovaniya_2024.pdf", "744 КБ"),
        "satisfaction_mentors": ("analiz_anketirovaniya_2024.pdf", "744 КБ"),
        "kpk_trained": ("udostovereniya_kpk.pdf", "4,8 МБ"),
        "school_methodical_associations": ("prikaz_14_mo_nastavnikov.pdf", "173 КБ"),
        "teachers_mentors": ("prikaz_87_pary_2024.pdf", "403 КБ"),
        "pay_acts": ("polozhenie_oplata_truda.pdf", "905 КБ"),
        "nonmaterial_acts": ("polozhenie_pooshrenie.pdf", "214 КБ"),
    }
    rows = []
    ws["A1"] = "☰  РИС «Мониторинг ЦМН» | Удмуртская Республика"
    ws["A1"].font = BOLD
    r.organisation(ws, "D1", "Вы вошли как: Шутова Е.Н. (МБОУ «Вараксинская СОШ № 1»)")
    ws["F1"] = "Выйти"
    ws["F1"].hyperlink = PORTAL + "/logout"
    ws["A2"] = BREAD
    ws["A2"].hyperlink = PORTAL + "/"
    ws["A2"].font = LINK_FONT
    ws["A4"] = "Анкета образовательной организации — 2024"
    ws["A4"].font = Font(bold=True, size=14)
    ws["A5"] = "Статус: Черновик"
    ws["D5"] = "Заполнено 54 из 70"
    r.not_criteria.append("Заполнено 54 из 70")
    ws["A6"] = "Сохранить"
    ws["B6"] = "Отправить на проверку"
    ws["C6"] = "Печать"
    ws["D6"] = "Показать подсказки"
    ws["F6"] = "Инструкция (PDF)"
    ws["F6"].hyperlink = PORTAL + "/help/instrukciya_oo_2024.pdf"
    ws["F6"].font = LINK_FONT
    hdr = ["№", "Показатель", "Значение", "Подтверждающий документ", "", "Действия"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=8, column=i + 1, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    row = 9
    tips = {
        "curators_total": "ⓘ Подсказка: куратор назначается приказом руководителя ОО; укажите число кураторов по приказу",
        "students_10_19": "ⓘ Подсказка: учитываются обучающиеся, которым на 01.09.2024 исполнилось 10 лет и не исполнилось 20 лет. Пример заполнения — 125",
        "satisfaction_mentees": "ⓘ Подсказка: среднее значение по анкетам участников завершённых программ, от 0 до 100",
        "young_specialists": "ⓘ Подсказка: педагоги до 35 лет включительно, стаж работы в ОО не более 3 лет",
    }
    sec_done = set()
    skip = {"agreement_subjects", "kpk_courses"}  # not filled in this form
    # the form is a draft («Заполнено 54 из 70»): these fields still show their placeholders
    unfilled = {"satisfaction_mentees", "satisfaction_mentors", "teachers_in_pp", "kpk_trained",
                "school_methodical_associations", "pay_acts", "nonmaterial_acts"}
    not_computed = {"share_young_specialists_mentees", "share_teachers_mentees", "share_teachers_mentors",
                    "share_young_specialists_mentors"}
    for num, key, label, req in FORM:
        sec = int(num.split(".")[0])
        if sec not in sec_done:
            sec_done.add(sec)
            ws.cell(row=row, column=1, value=SECTIONS[sec]).font = BOLD
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            ws.cell(row=row, column=1).fill = SECTION_FILL
            r.headings.append(SECTIONS[sec])
            row += 1
        if key in skip:
            ws.cell(row=row, column=1, value=num)
            ws.cell(row=row, column=2, value=label)
            ws.cell(row=row, column=3, value="Введите текст")
            ws.cell(row=row, column=3).font = GREY
            ws.cell(row=row, column=5, value="✎")
            ws.cell(row=row, column=6, value="Редактировать")
            row += 1
            continue
        lab = star(label, req)
        ws.cell(row=row, column=1, value=num)
        ws.cell(row=row, column=2, value=lab).alignment = WRAP
        cell = "C%d" % row
        if key == "~roadmap":
            ws[cell] = yn(1)
            r.not_criteria.append(lab)
        elif key == "~pairs":
            ws[cell] = 49
            r.not_criteria.append(lab)
        elif key in unfilled:
            ws[cell] = "Введите число"
            ws[cell].font = GREY
        elif key in not_computed:
            ws[cell] = "Рассчитывается после сохранения"
            ws[cell].font = GREY
        elif key in YESNO_KEYS:
            r.value(ws, cell, key, yn(SOSH1[key]), SOSH1[key], label=lab)
        elif key in SHARE_KEYS and key.startswith("share"):
            v = SOSH1[key]
            r.value(ws, cell, key, ru(v, 2) + " %", v, label=lab)
        elif key in SHARE_KEYS:
            v = SOSH1[key]
            r.value(ws, cell, key, v, v, label=lab)
        elif key == "partner_list":
            r.value(ws, cell, key, SOSH1[key], SOSH1[key], label=lab, parse="text")
            ws[cell].alignment = WRAP
        else:
            r.value(ws, cell, key, SOSH1[key], SOSH1[key], label=lab)
        if key in docs and key not in unfilled:
            f, size = docs[key]
            disp = "Файл: %s (%s)" % (f, size)
            if key.startswith("~"):
                ws["D%d" % row] = disp
                ws["D%d" % row].hyperlink = base + f
                ws["D%d" % row].font = LINK_FONT
            else:
                r.link(ws, "D%d" % row, key, base + f, display=disp)
        elif not key.startswith("share"):
            ws["D%d" % row] = "Загрузить файл"
            ws["D%d" % row].font = GREY
        ws.cell(row=row, column=5, value="✎")
        ws.cell(row=row, column=6, value="Редактировать")
        for col in range(1, 7):
            ws.cell(row=row, column=col).border = BOX
        row += 1
        if key in tips:
            ws.cell(row=row, column=2, value=tips[key]).font = GREY
            row += 1
    row += 1
    ws.cell(row=row, column=2, value="Ответственный за заполнение *")
    ws.cell(row=row, column=3, value="Шутова Елена Николаевна, зам. директора по УВР")
    r.not_criteria.append("Ответственный за заполнение *")
    row += 1
    ws.cell(row=row, column=2, value="Контактный телефон *")
    ws.cell(row=row, column=3, value="8 (34151) 2-14-37")
    r.not_criteria.append("Контактный телефон *")
    row += 2
    ws.cell(row=row, column=1, value="* Обязательное поле").font = RED
    row += 1
    ws.cell(row=row, column=1, value="Сохранить")
    ws.cell(row=row, column=2, value="Отправить на проверку")
    ws.cell(row=row, column=3, value="Отмена")
    row += 2
    ws.cell(row=row, column=1, value="© 2024 РИС «Мониторинг ЦМН». Техническая поддержка: 8-800-101-18-18").font = GREY
    wb.save(os.path.join(HERE, fn))
    r.finish()


# --------------------------------------------------------------------------------------
# File 2 — МБОУ «Вараксинская СОШ № 2»: cleaned halfway (chrome rows deleted, stars and
# placeholders kept), file name in C and its URL in D as text
# --------------------------------------------------------------------------------------
def file_sosh2():
    fn = "typed/СОШ2_анкета ЦМН 2024.xlsx"
    r = Rec(fn, "МБОУ «Вараксинская СОШ № 2»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Анкета"
    widths(ws, [64, 18, 30, 70])
    base = "https://sh2-varaksino-r18.gosweb.gosuslugi.ru/netcat_files/32/315/"
    docs = {
        "orgs_regulation_teachers": "polozhenie_nastavnichestvo_ped.pdf",
        "orgs_regulation_students": "polozhenie_nastavnichestvo_obuch.pdf",
        "orgs_monitoring_order": "prikaz_monitoring_CMN_2024.pdf",
        "curators_total": "prikaz_kurator_2024.pdf",
        "mentors_total": "prikaz_o_zakreplenii_par_2024-2025.pdf",
        "mentees_total": "prikaz_o_zakreplenii_par_2024-2025.pdf",
        "agreements_edu_orgs": "soglashenie_gimnaziya.pdf",
        "agreements_other_orgs": "soglashenie_biblioteka.pdf",
        "pp_total": "prikaz_utv_PPN.pdf",
        "mentees_10_19": "baza_nastavlyaemyh.xlsx",
        "mentors_15_19": "baza_nastavnikov.xlsx",
        "satisfaction_mentees": "rezultaty_anketirovaniya.pdf",
        "kpk_trained": "udostovereniya_KPK_2024.pdf",
        "teachers_mentors": "prikaz_o_zakreplenii_par_2024-2025.pdf",
        "nonmaterial_acts": "polozhenie_o_moralnom_pooshrenii.pdf",
    }
    r.organisation(ws, "A1", "Анкета: МБОУ «Вараксинская СОШ № 2»")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Отчётный период: 2024 ▼"
    ws["C2"] = "Сохранить"
    ws["D2"] = "Отмена"
    hdr = ["Показатель", "Значение", "Документ", "Ссылка"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
    row = 5
    unfilled = {"pp_student_student": "Введите число", "satisfaction_mentors": "Введите число",
                "share_young_specialists_mentors": None, "share_mentors_15_19": None,
                "share_young_specialists_mentees": None, "share_teachers_mentees": None,
                "share_teachers_mentors": None}
    # style of the yes/no answers: the user retyped some of them
    yn_style = {"orgs_regulation_teachers": "plain", "orgs_regulation_students": "dd",
                "orgs_monitoring_order": "plain", "internal_monitoring_notes": "dd"}
    sec_done = set()
    for num, key, label, req in FORM:
        sec = int(num.split(".")[0])
        if sec not in sec_done:
            sec_done.add(sec)
            ws.cell(row=row, column=1, value=SECTIONS[sec]).font = BOLD
            r.headings.append(SECTIONS[sec])
            row += 1
        lab = star(label, req)
        ws.cell(row=row, column=1, value=lab).alignment = WRAP
        cell = "B%d" % row
        if key == "~roadmap":
            ws[cell] = "Да"
            r.not_criteria.append(lab)
        elif key == "~pairs":
            ws[cell] = 31
            r.not_criteria.append(lab)
        elif key in unfilled:
            if unfilled[key] is None:
                ws.cell(row=row, column=1).value = None  # row deleted by the user
                continue
            ws[cell] = unfilled[key]
            ws[cell].font = GREY
        elif key in YESNO_KEYS:
            r.value(ws, cell, key, yn(SOSH2[key], yn_style[key]), SOSH2[key], label=lab)
        elif key == "share_mentees_10_19":
            v = SOSH2[key]   # pasted "18,36%" -> Excel converted it to a number with a percent format
            r.value(ws, cell, key, v / 100, v, label=lab, number_format="0.00%")
        elif key.startswith("share"):
            v = SOSH2[key]
            r.value(ws, cell, key, ru(v, 2) + " %", v, label=lab)
        elif key in SHARE_KEYS:
            v = SOSH2[key]
            r.value(ws, cell, key, ru(v) + " %", v, label=lab)
        elif key in TEXT_KEYS:
            r.value(ws, cell, key, SOSH2[key], SOSH2[key], label=lab, parse="text")
            ws[cell].alignment = WRAP
        elif key in ("students_10_19", "students_15_19", "teachers_other"):
            # numbers pasted as text (left-aligned, green triangle in Excel)
            r.value(ws, cell, key, str(SOSH2[key]), SOSH2[key], label=lab)
        else:
            r.value(ws, cell, key, SOSH2[key], SOSH2[key], label=lab)
        if key in docs:
            ws["C%d" % row] = docs[key]
            r.link(ws, "D%d" % row, key, base + docs[key])
        elif key == "internal_monitoring_notes":
            ws["C%d" % row] = "Загрузить файл"
        row += 1
        if key == "mentees_10_19":
            ws.cell(row=row, column=1, value="в т.ч. девочки")
            ws.cell(row=row, column=2, value=29)
            r.not_criteria.append("в т.ч. девочки")
            row += 1
        if key == "students_15_19":
            ws.cell(row=row, column=1, value="Показать подсказку")
            ws.cell(row=row, column=1).font = LINK_FONT
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Обязательное поле *").font = RED
    wb.save(os.path.join(HERE, fn))
    r.finish()


# --------------------------------------------------------------------------------------
# File 3 — МАОУ «Вараксинская гимназия»: a div-based form; every block pasted into column A
# (label, tooltip, value, file line stacked); only page 1 of 2 (sections 1–6)
# --------------------------------------------------------------------------------------
def file_gym():
    fn = "typed/gimnaziya_monitoring_nastavnichestvo.xlsx"
    r = Rec(fn, "МАОУ «Вараксинская гимназия»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    widths(ws, [95])
    base = "https://gimnaziya-varaksino.edu.ru/upload/docs/nastavnichestvo/"
    docs = {
        "orgs_regulation_teachers": ("Положение_наставничество_педагоги.pdf", "318 КБ",
                                     "polozhenie_nastavnichestvo_pedagogi.pdf"),
        "orgs_regulation_students": ("Положение_наставничество_обучающиеся.pdf", "301 КБ",
                                     "polozhenie_nastavnichestvo_obuchayushchiesya.pdf"),
        "orgs_monitoring_order": ("prikaz_203_monitoring.pdf", "142 КБ"),
        "internal_monitoring_notes": ("spravka_monitoring_CMN_2024.docx", "86 КБ"),
        "curators_total": ("prikaz_kuratory_CMN.pdf", "120 КБ"),
        "mentors_total": ("prikaz_nastavniki_2024.pdf", "312 КБ"),
        "mentees_total": ("prikaz_nastavniki_2024.pdf", "312 КБ"),
        "agreements_edu_orgs": ("soglasheniya_UdGU_kolledzh.pdf", "1,7 МБ"),
        "agreements_enterprises": ("soglashenie_VMZ.pdf", "880 КБ"),
        "pp_total": ("PPN_2024_svod.pdf", "2,2 МБ"),
        "external_edu_mentors": ("prikaz_nastavniki_2024.pdf", "312 КБ"),
        "enterprise_mentors": ("prikaz_nastavniki_2024.pdf", "312 КБ"),
        "mentees_10_19": ("baza_nastavlyaemyh_2024.xlsx", "64 КБ"),
        "mentors_15_19": ("baza_nastavnikov_2024.xlsx", "51 КБ"),
    }
    tips_expanded = {
        "students_10_19": "Учитываются обучающиеся 10–19 лет по данным на 01.09.2024 (АИС «Электронная школа»)",
        "pp_total": "Сумма строк 3.2–3.8 должна совпадать с общим числом программ",
    }
    example = {"mentees_10_19": "Пример заполнения: 125"}
    put = lambda row, v: ws.cell(row=row, column=1, value=v)  # noqa: E731
    put(1, "Главная › Мониторинг › ЦМН › 2024 › Анкета ОО").font = LINK_FONT
    ws["A1"].hyperlink = PORTAL + "/"
    put(2, "Вы вошли как: gimn_varaksino")
    r.organisation(ws, "A3", "Анкета: МАОУ «Вараксинская гимназия»")
    ws["A3"].font = Font(bold=True, size=14)
    put(4, "Заполнено 61 из 70")
    r.not_criteria.append("Заполнено 61 из 70")
    put(5, "Страница 1 из 2")
    put(6, "Поля, отмеченные *, обязательны для заполнения").font = RED
    row = 8
    sec_done = set()
    for num, key, label, req in FORM:
        sec = int(num.split(".")[0])
        if sec > 6:
            break
        if key in ("agreement_subjects",):
            continue
        if sec not in sec_done:
            sec_done.add(sec)
            put(row, SECTIONS[sec]).font = Font(bold=True, size=12)
            r.headings.append(SECTIONS[sec])
            row += 2
        lab = star(label, req)
        put(row, lab).font = BOLD
        row += 1
        if key in tips_expanded:
            put(row, tips_expanded[key]).font = GREY
            row += 1
        elif req:
            put(row, "Показать подсказку").font = LINK_FONT
            row += 1
        if key in example:
            put(row, example[key]).font = GREY
            row += 1
        cell = "A%d" % row
        if key == "~roadmap":
            put(row, yn(1))
            r.not_criteria.append(lab)
        elif key == "~pairs":
            put(row, "Введите число").font = GREY
            r.not_criteria.append(lab)
        elif key in YESNO_KEYS:
            r.value(ws, cell, key, yn(GYM[key]), GYM[key], label=lab)
        elif key.startswith("share"):
            v = GYM[key]
            r.value(ws, cell, key, ru(v, 2) + "%", v, label=lab)
        elif key == "partner_list":
            r.value(ws, cell, key, GYM[key], GYM[key], label=lab, parse="text")
        elif key == "other_org_mentors":
            r.value(ws, cell, key, 0, 0, label=lab)
        else:
            r.value(ws, cell, key, GYM[key], GYM[key], label=lab)
        ws[cell].alignment = Alignment(horizontal="left")
        row += 1
        if key in docs:
            f, size = docs[key][:2]
            stored = docs[key][2] if len(docs[key]) > 2 else f  # the site transliterates uploaded names
            r.link(ws, "A%d" % row, key, base + stored, display="Файл: %s (%s)" % (f, size))
            row += 1
            put(row, "✎ Заменить файл   ✕ Удалить").font = GREY
            row += 1
        elif key in ("orgs_monitoring_order",) or (req and not key.startswith("~")):
            put(row, "Загрузить файл").font = GREY
            row += 1
        row += 1
    put(row, "← Назад    Сохранить    Далее →")
    row += 1
    put(row, "Страница 1 из 2")
    wb.save(os.path.join(HERE, fn))
    r.finish()


# --------------------------------------------------------------------------------------
# File 4 — МБОУ «Кельчинская ООШ»: the form has tabs; each tab pasted onto its own sheet
# --------------------------------------------------------------------------------------
def file_kelchi():
    fn = "typed/Кельчи ООШ мониторинг наставничества 2024.xlsx"
    r = Rec(fn, "МБОУ «Кельчинская ООШ»")
    wb = Workbook()
    tabs = [("Документы", [1]), ("Организация", [2, 4]), ("Программы", [3]),
            ("Обучающиеся", [5, 6, 7]), ("Педагоги", [8, 9, 10, 11])]
    site = "https://kelchi-oosh-r18.gosweb.gosuslugi.ru/netcat_files/21/204/"
    links_text = {  # sheet «Документы»: URL typed into the field as text
        "orgs_regulation_teachers": site + "Polozhenie_o_nastavnichestve_pedagogov.pdf",
        "orgs_regulation_students": site + "Polozhenie_o_nastavnichestve_obuchayushchihsya.pdf",
        "orgs_monitoring_order": "https://disk.yandex.ru/i/k3LrT9wQm2VxEa",
    }
    links_hl = {  # other sheets: a «Открыть ↗» link
        "mentors_total": "https://disk.yandex.ru/i/Hq8ZtP1sWv0yRb",
        "pp_total": "https://disk.yandex.ru/i/Zp4mN7cXe2LoTd",
        "mentees_10_19": "https://disk.yandex.ru/d/Ue5bR0yKs9MnQw",
        "satisfaction_mentees": "https://disk.yandex.ru/i/Wd2Fh6gJt1PzKc",
        "teachers_mentors": "https://disk.yandex.ru/i/Hq8ZtP1sWv0yRb",
    }
    unfilled = {"other_org_mentors": "Введите число", "pp_student_student": "Введите число",
                "pp_student_pupil": "Введите число", "partner_list": "Введите текст",
                "agreement_subjects": "Введите текст", "kpk_courses": "Введите текст",
                "young_specialists_mentors": "Введите число", "internal_monitoring_notes": "— выберите —"}
    skip = {"share_young_specialists_mentors", "share_teachers_mentors"}
    first = True
    for ti, (tab, secs) in enumerate(tabs):
        if tab == "Программы":
            continue  # this tab was not pasted
        if first:
            ws = wb.active
            ws.title = tab
            first = False
        else:
            ws = wb.create_sheet(tab)
        widths(ws, [66, 16, 58, 4])
        ws["A1"] = BREAD + " / " + tab
        r.organisation(ws, "C1", "Вы вошли как: kelchi_oosh (МБОУ «Кельчинская ООШ»)")
        ws["A2"] = "   ".join(("[%s]" % t if i == ti else t) for i, (t, _) in enumerate(tabs))
        ws["A3"] = "Шаг %d из %d" % (ti + 1, len(tabs))
        ws["A4"] = "Показатель"
        ws["B4"] = "Значение"
        ws["C4"] = "Документ (ссылка)"
        for c in ("A4", "B4", "C4"):
            ws[c].font = BOLD
        row = 5
        for num, key, label, req in FORM:
            sec = int(num.split(".")[0])
            if sec not in secs or key in skip:
                continue
            if SECTIONS[sec] not in r.headings:
                ws.cell(row=row, column=1, value=SECTIONS[sec]).font = BOLD
                r.headings.append(SECTIONS[sec])
                row += 1
            lab = star(label, req)
            ws.cell(row=row, column=1, value=lab)
            cell = "B%d" % row
            if key == "~roadmap":
                ws[cell] = "Да ▼"
                ws["C%d" % row] = site + "dorozhnaya_karta.pdf"
                r.not_criteria.append(lab)
            elif key == "~pairs":
                ws[cell] = 9
                r.not_criteria.append(lab)
            elif key in unfilled:
                ws[cell] = unfilled[key]
                ws[cell].font = GREY
            elif key in YESNO_KEYS:
                r.value(ws, cell, key, yn(KELCHI[key]), KELCHI[key], label=lab)
            elif key.startswith("share"):
                v = KELCHI[key]
                r.value(ws, cell, key, ru(v, 2) + " %", v, label=lab)
            elif key in SHARE_KEYS:
                v = KELCHI[key]
                r.value(ws, cell, key, v, v, label=lab)
            else:
                r.value(ws, cell, key, KELCHI[key], KELCHI[key], label=lab)
            if key in links_text:
                r.link(ws, "C%d" % row, key, links_text[key])
            elif key in links_hl:
                r.link(ws, "C%d" % row, key, links_hl[key], display="Открыть ↗")
            elif req and not key.startswith("~") and not key.startswith("share"):
                ws["C%d" % row] = "Вставьте ссылку на документ"
                ws["C%d" % row].font = GREY
            ws.cell(row=row, column=4, value="✎")
            row += 1
            if key == "students_10_19":
                ws.cell(row=row, column=1, value="ⓘ Для ООШ — обучающиеся 5–9 классов в возрасте от 10 лет").font = GREY
                row += 1
        row += 1
        nxt = "Сохранить и перейти далее →" if ti < len(tabs) - 1 else "Сохранить    Отправить на проверку"
        ws.cell(row=row, column=1, value="← Назад    " + nxt)
    r.finish()
    wb.save(os.path.join(HERE, fn))


# --------------------------------------------------------------------------------------
# File 5 — МБОУ «Пыжмановская СОШ»: the read-only view, copied by the municipal coordinator;
# a 2023 column for reference and the reviewer's comments
# --------------------------------------------------------------------------------------
def file_pyzh():
    fn = "typed/Пыжмановская СОШ - просмотр анкеты.xlsx"
    r = Rec(fn, "МБОУ «Пыжмановская СОШ»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    widths(ws, [48, 16, 16, 22, 46])
    site = "https://pyzhman-sosh-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/"
    docs = {
        "orgs_regulation_teachers": site + "dokumenty-all_118.html",
        "orgs_regulation_students": site + "dokumenty-all_118.html",
        "orgs_monitoring_order": site + "dokumenty-all_131.html",
        "internal_monitoring_notes": "https://cloud.mail.ru/public/Xq7T/2mPkQw4Zr",
        "mentors_total": site + "dokumenty-all_127.html",
        "mentees_total": site + "dokumenty-all_127.html",
        "agreements_enterprises": "https://cloud.mail.ru/public/Xq7T/8vRe3LnYs",
        "agreements_other_orgs": "https://cloud.mail.ru/public/Xq7T/5bWq1KdTu",
        "pp_total": site + "dokumenty-all_129.html",
        "mentees_10_19": site + "dokumenty-all_127.html",
        "mentors_15_19": site + "dokumenty-all_127.html",
        "teachers_mentors": site + "dokumenty-all_127.html",
        "pay_acts": site + "dokumenty-all_102.html",
    }
    comments = {
        "mentors_15_19": "Уточнено: было 12 (учтены выпускники 2023 г.), исправлено",
        "satisfaction_mentors": "Приложите анализ анкет",
        "pp_total": "Сумма по формам сходится ✓",
    }
    ws["A1"] = BREAD.replace("Анкета ОО", "Реестр анкет") + " / Просмотр"
    ws["A1"].font = LINK_FONT
    ws["A1"].hyperlink = PORTAL + "/registry/2024"
    ws["D1"] = "Вы вошли как: Колесова Т.В. (Управление образования Администрации Вараксинского муниципального округа)"
    r.organisation(ws, "A3", "Просмотр анкеты: МБОУ «Пыжмановская СОШ»")
    ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = "Статус: Принята муниципальным координатором ✓ 14.11.2024"
    ws["A5"] = "← К реестру"
    ws["B5"] = "Вернуть на доработку"
    ws["C5"] = "Экспорт в PDF"
    hdr = ["Показатель", "2023 (справочно)", "2024", "Документ", "Комментарий проверяющего"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    r.not_criteria.append("2023 (справочно)")
    r.not_criteria.append("Комментарий проверяющего")  # holds «было 12» for the 15–19 mentors
    row = 8
    sec_done = set()
    for num, key, label, req in FORM:
        if key.startswith("~") or key == "kpk_courses" or key.startswith("share"):
            continue
        sec = int(num.split(".")[0])
        if sec not in sec_done:
            sec_done.add(sec)
            ws.cell(row=row, column=1, value=SECTIONS[sec].split(". ", 1)[1]).font = BOLD
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
            ws.cell(row=row, column=1).fill = SECTION_FILL
            r.headings.append(SECTIONS[sec].split(". ", 1)[1])
            row += 1
        lab = SHORT[key]
        ws.cell(row=row, column=1, value=lab)
        # 2023 column
        if key.startswith("share"):
            v23 = None
            if key == "share_mentees_10_19":
                v23 = pct(PYZH_2023["mentees_10_19"], PYZH_2023["students_10_19"])
            elif key == "share_mentors_15_19":
                v23 = pct(PYZH_2023["mentors_15_19"], PYZH_2023["students_15_19"])
            ws.cell(row=row, column=2, value=(ru(v23, 2) + " %") if v23 is not None else "—")
        elif key in YESNO_KEYS:
            ws.cell(row=row, column=2, value=yn(PYZH_2023[key], "plain"))
        elif key in PYZH_2023:
            ws.cell(row=row, column=2, value=PYZH_2023[key])
        else:
            ws.cell(row=row, column=2, value="—")
        ws.cell(row=row, column=2).font = GREY
        cell = "C%d" % row
        if key not in PYZH:  # left empty by the school: the view shows a dash
            ws[cell] = "—"
            ws.cell(row=row, column=4, value="—")
            for col in range(1, 6):
                ws.cell(row=row, column=col).border = BOX
            row += 1
            continue
        v = PYZH[key]
        if key in YESNO_KEYS:
            r.value(ws, cell, key, yn(v, "plain"), v, label=lab)
        elif key.startswith("share"):
            r.value(ws, cell, key, ru(v, 2) + " %", v, label=lab)
        elif key in SHARE_KEYS:
            r.value(ws, cell, key, ru(v) + " %", v, label=lab)
        elif key in TEXT_KEYS:
            r.value(ws, cell, key, v, v, label=lab, parse="text")
            ws[cell].alignment = WRAP
        else:
            r.value(ws, cell, key, v, v, label=lab)
        if key in docs:
            r.link(ws, "D%d" % row, key, docs[key], display="Открыть документ ↗")
        else:
            ws.cell(row=row, column=4, value="—")
        if key in comments:
            ws.cell(row=row, column=5, value=comments[key])
        for col in range(1, 6):
            ws.cell(row=row, column=col).border = BOX
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Заполнил: Бусыгина О.А., заместитель директора по ВР, тел. 8 (34151) 5-31-08")
    ws.cell(row=row + 1, column=1, value="Дата последнего изменения: 08.11.2024 16:42")
    wb.save(os.path.join(HERE, fn))
    r.finish()


# --------------------------------------------------------------------------------------
# File 6 — МБУ ДО «Вараксинский ДДТ»: the form for organisations of additional education;
# summary cards «показатель: значение» in one cell, then a grid with merged label cells
# --------------------------------------------------------------------------------------
def file_ddt():
    fn = "typed/ДДТ_ЦМН_2024.xlsx"
    r = Rec(fn, "МБУ ДО «Вараксинский ДДТ»")
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    widths(ws, [40, 30, 16, 40])
    site = "https://ddt-varaksino-r18.gosweb.gosuslugi.ru/netcat_files/9/88/"
    ws["A1"] = "Главная / Мониторинг / ЦМН / 2024 / Анкета ОДО"
    r.organisation(ws, "A2", "Организация: МБУ ДО «Вараксинский ДДТ» ▼")
    ws["C2"] = "Отчётный период: 2024 ▼"
    ws["A3"] = "Форма для организаций дополнительного образования"
    ws["A3"].font = GREY
    # summary cards (div blocks «подпись: значение»)
    ws["A5"] = SECTIONS[1]
    ws["A5"].font = BOLD
    ws.merge_cells("A5:D5")
    r.headings.append(SECTIONS[1])
    cards1 = [
        ("orgs_regulation_teachers", "Положение о наставничестве педагогических работников *"),
        ("orgs_regulation_students", "Положение о наставничестве обучающихся *"),
        ("orgs_monitoring_order", "Приказ о мониторинге ЦМН *"),
        ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга *"),
    ]
    links = {
        "orgs_regulation_teachers": ("polozhenie_nastavnichestvo.pdf", site + "polozhenie_nastavnichestvo.pdf"),
        "orgs_regulation_students": ("polozhenie_nastavnichestvo.pdf", site + "polozhenie_nastavnichestvo.pdf"),
        "orgs_monitoring_order": ("prikaz_57-od.pdf", site + "prikaz_57-od.pdf"),
        "mentors_total": ("prikaz_61-od_nastavniki.pdf", site + "prikaz_61-od_nastavniki.pdf"),
        "pp_total": ("PPN_DDT_2024.pdf", site + "PPN_DDT_2024.pdf"),
        "agreements_other_orgs": ("dogovor_muzey.pdf", site + "dogovor_muzey.pdf"),
        "satisfaction_mentees": ("anketirovanie_itogi.pdf", site + "anketirovanie_itogi.pdf"),
    }
    row = 6
    for key, lab in cards1:
        v = DDT[key]
        text = "%s: %s" % (lab, yn(v, "plain"))
        r.value(ws, "A%d" % row, key, text, v, label=lab, parse="after_colon")
        ws.merge_cells("A%d:C%d" % (row, row))
        if key in links:
            f, u = links[key]
            r.link(ws, "D%d" % row, key, u, display="📎 " + f)
        else:
            ws["D%d" % row] = "📎 Прикрепить"
            ws["D%d" % row].font = GREY
        row += 1
    row += 1
    ws["A%d" % row] = SECTIONS[2]
    ws["A%d" % row].font = BOLD
    ws.merge_cells("A%d:D%d" % (row, row))
    r.headings.append(SECTIONS[2])
    row += 1
    cards2 = [
        ("curators_total", "Кураторы ЦМН *"),
        ("mentors_total", "Наставников по приказу *"),
        ("mentees_total", "Наставляемых по приказу *"),
        ("agreements_other_orgs", "Соглашения с иными организациями"),
    ]
    for key, lab in cards2:
        v = DDT[key]
        r.value(ws, "A%d" % row, key, "%s: %s" % (lab, v), v, label=lab, parse="after_colon")
        ws.merge_cells("A%d:C%d" % (row, row))
        if key in links:
            f, u = links[key]
            r.link(ws, "D%d" % row, key, u, display="📎 " + f)
        row += 1
    ws["A%d" % row] = "Наставников / наставляемых (пары): 21 / 43"
    r.not_criteria.append("Наставников / наставляемых (пары)")
    ws.merge_cells("A%d:C%d" % (row, row))
    row += 1
    r.value(ws, "A%d" % row, "partner_list", "Партнёры: " + DDT["partner_list"], DDT["partner_list"],
            label="Партнёры", parse="after_colon_text")
    ws.merge_cells("A%d:D%d" % (row, row))
    row += 2
    # grid part: label merged over A:B, value in C, document in D
    grid = [
        (3, [("pp_total", "Программы наставничества (ППН), всего *"),
             ("pp_pupil_pupil", "«обучающийся – обучающийся» (ученик – ученик)"),
             ("pp_teacher_teacher", "«педагог – педагог»"),
             ("pp_teacher_pupil", "«педагог – обучающийся» (учитель – ученик)")]),
        (4, [("other_org_mentors", "Наставники из иных организаций, чел.")]),
        (5, [("students_10_19", "Обучающиеся (воспитанники) 10–19 лет, чел. *"),
             ("mentees_10_19", "из них наставляемые, чел. *"),
             ("mentees_risk", "в т.ч. «группа риска»"),
             ("mentees_gifted", "в т.ч. одарённые (реестр)"),
             ("mentees_disabled", "в т.ч. ОВЗ, инвалиды"),
             ("mentees_low_motivation", "в т.ч. низкая мотивация / неуспеваемость"),
             ("mentees_other_params", "в т.ч. по иным параметрам"),
             ("share_mentees_10_19", "Доля наставляемых, % (авто)")]),
        (6, [("students_15_19", "Обучающиеся 15–19 лет, чел. *"),
             ("mentors_15_19", "из них наставники, чел. *"),
             ("share_mentors_15_19", "Доля наставников 15–19 лет, % (авто)")]),
        (7, [("satisfaction_mentees", "Удовлетворённость наставляемых, %"),
             ("satisfaction_mentors", "Удовлетворённость наставников, %")]),
        (8, [("young_specialists", "Молодые специалисты, чел. *"),
             ("young_specialists_mentees", "из них наставляемые"),
             ("teachers_other", "Педагоги (кроме молодых специалистов), чел. *"),
             ("teachers_other_mentees", "из них наставляемые")]),
        (10, [("teachers_mentors", "Педагоги-наставники, чел. *")]),
    ]
    for sec, items in grid:
        ws["A%d" % row] = SECTIONS[sec]
        ws["A%d" % row].font = BOLD
        ws["A%d" % row].fill = SECTION_FILL
        ws.merge_cells("A%d:D%d" % (row, row))
        r.headings.append(SECTIONS[sec])
        row += 1
        for key, lab in items:
            ws["A%d" % row] = lab
            ws.merge_cells("A%d:B%d" % (row, row))
            cell = "C%d" % row
            if key == "mentees_low_motivation":
                ws[cell] = "не заполняется для ОДО"
                ws[cell].font = GREY
            elif key.startswith("share"):
                v = DDT[key]
                r.value(ws, cell, key, v / 100, v, label=lab, number_format="0.00%")
            else:
                v = DDT[key]
                r.value(ws, cell, key, v, v, label=lab)
            if key in links:
                f, u = links[key]
                r.link(ws, "D%d" % row, key, u, display="📎 " + f)
            row += 1
    row += 1
    ws["A%d" % row] = "* Обязательное поле"
    ws["A%d" % row].font = RED
    ws["C%d" % row] = "Сохранить"
    ws["D%d" % row] = "Отправить"
    wb.save(os.path.join(HERE, fn))
    r.finish()


# --------------------------------------------------------------------------------------
# File 7 — МБОУ «Вараксинская СОШ № 3»: chrome cleaned, the grid kept with the «✎» column;
# a column of regional targets; link cells show a shortened URL, the full one is the hyperlink
# --------------------------------------------------------------------------------------
def file_sosh3():
    fn = "typed/sosh3_cmn_2024_final.xlsx"
    r = Rec(fn, "МБОУ «Вараксинская СОШ № 3»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Анкета ОО 2024"
    widths(ws, [6, 60, 16, 16, 44, 4])
    base = "https://sh3-varaksino.edu.ru/wp-content/uploads/2024/10/"
    docs = {
        "orgs_regulation_teachers": "prikaz_118_polozhenie_ped.pdf",
        "orgs_regulation_students": "prikaz_119_polozhenie_obuch.pdf",
        "orgs_monitoring_order": "prikaz_204_monitoring_cmn.pdf",
        "internal_monitoring_notes": "spravka_itogi_vnutrennego_monitoringa_2024.pdf",
        "curators_total": "prikaz_kuratory.pdf",
        "mentors_total": "prikaz_215_nastavnicheskie_pary.pdf",
        "mentees_total": "prikaz_215_nastavnicheskie_pary.pdf",
        "pp_total": "reestr_PPN_2024.pdf",
        "mentees_10_19": "baza_nastavlyaemyh_2024-25.pdf",
        "mentors_15_19": "baza_nastavnikov_2024-25.pdf",
        "satisfaction_mentees": "monitoring_udovletvorennosti_2024.pdf",
        "satisfaction_mentors": "monitoring_udovletvorennosti_2024.pdf",
        "kpk_trained": "kpk_nastavnichestvo_2024.pdf",
        "school_methodical_associations": "prikaz_mo_nastavnikov.pdf",
        "teachers_mentors": "prikaz_215_nastavnicheskie_pary.pdf",
        "pay_acts": "polozhenie_ob_oplate_truda_2024.pdf",
        "nonmaterial_acts": "polozhenie_o_pooshrenii_nastavnikov.pdf",
    }
    targets = {"share_mentees_10_19": "не менее 20 %", "share_mentors_15_19": "не менее 10 %",
               "share_young_specialists_mentees": "не менее 70 %", "share_teachers_mentors": "не менее 20 %"}
    ws["A1"] = "Образовательная организация *"
    r.organisation(ws, "C1", "МБОУ «Вараксинская СОШ № 3» ▼")
    ws["A2"] = "Отчётный период *"
    ws["C2"] = "2024 ▼"
    hdr = ["№", "Показатель", "Значение", "Целевой показатель (регион)", "Подтверждающий документ", "✎"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    r.not_criteria.append("Целевой показатель (регион)")
    row = 5
    sec_done = set()
    skip = {"~roadmap", "~pairs", "agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs",
            "partner_list", "agreement_subjects", "kpk_courses", "satisfaction_mentees", "satisfaction_mentors"}
    # the rows of section 2 the school had not filled in were deleted by the user
    as_text = {"students_10_19": "1\u00a0027", "students_15_19": "268"}
    for num, key, label, req in FORM:
        sec = int(num.split(".")[0])
        if key in skip:
            continue
        if sec not in sec_done:
            sec_done.add(sec)
            ws.cell(row=row, column=1, value=SECTIONS[sec]).font = BOLD
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
            r.headings.append(SECTIONS[sec])
            row += 1
        lab = star(label, req)
        ws.cell(row=row, column=1, value=num)
        ws.cell(row=row, column=2, value=lab).alignment = WRAP
        cell = "C%d" % row
        if key not in SOSH3:  # not filled in: the placeholder was pasted
            ws[cell] = "Введите число"
            ws[cell].font = GREY
            ws.cell(row=row, column=6, value="✎")
            row += 1
            continue
        v = SOSH3[key]
        if key in YESNO_KEYS:
            r.value(ws, cell, key, yn(v, "lower"), v, label=lab)
        elif key.startswith("share"):
            # «23,27%» pasted -> Excel turned it into 0.2327 shown as 23,27%
            r.value(ws, cell, key, round(v / 100, 6), v, label=lab, number_format="0.00%")
        elif key in SHARE_KEYS:
            r.value(ws, cell, key, v, v, label=lab, number_format="0.0")
        elif key in as_text:
            r.value(ws, cell, key, as_text[key], v, label=lab)
        else:
            r.value(ws, cell, key, v, v, label=lab)
        if key in targets:
            ws.cell(row=row, column=4, value=targets[key]).font = GREY
        if key in docs:
            u = base + docs[key]
            short = u[:44] + "…" + docs[key][-14:]
            r.link(ws, "E%d" % row, key, u, display=short)
        ws.cell(row=row, column=6, value="✎")
        row += 1
    wb.save(os.path.join(HERE, fn))
    r.finish()


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, f))
    file_sosh1()
    file_sosh2()
    file_gym()
    file_kelchi()
    file_pyzh()
    file_ddt()
    file_sosh3()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"note": "kind: value | link_text (URL is the cell text) | link_hyperlink (URL is the "
                           "cell's hyperlink target) | organisation. parse: auto (number / Да-Нет with ▼ / "
                           "'18,36 %' / percent-formatted fraction / '1 027'), text (exact string), "
                           "after_colon (value after the last ':' of a «label: value» cell), "
                           "after_colon_text. No file was re-saved through LibreOffice.",
                   "cells": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print("files", len(EXPECTED), "values", nv, "links", nl)
    for e in EXPECTED:
        print(" ", e["file"], len(e["values"]), len(e["links"]))


if __name__ == "__main__":
    main()
