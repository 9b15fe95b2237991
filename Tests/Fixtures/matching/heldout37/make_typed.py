# -*- coding: utf-8 -*-
"""Held-out set 37: one organisation's monitoring form of the mentoring programme (ЦМН)
split across many sheets, one sheet per direction. Invented municipality: городской округ
«Город Заречинск». Reporting year 2024.

Writes typed/*.xlsx, expected.json, cells.json. Deterministic (no randomness).
One workbook (Лицей № 7) holds formulas and is re-saved through LibreOffice so that the
formula results are cached in the file (recorded in cells.json as "resaved_by").
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024
MUNICIPALITY = "городской округ «Город Заречинск»"

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def load_catalogue():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")
    rows = {}
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            parts = line.rstrip("\n").split("\t")
            parts += [""] * (len(head) - len(parts))
            rows[parts[0]] = dict(zip(head, parts))
    return rows


CAT = load_catalogue()

# --------------------------------------------------------------------------------------------
# The regional template of Заречинск (2024): one list of rows per direction (sheet).
# Labels are the template's own wording (not the catalogue's).
# --------------------------------------------------------------------------------------------
DIR_TITLES = {
    1: "Нормативное обеспечение реализации целевой модели наставничества",
    2: "Организация процесса реализации целевой модели наставничества",
    3: "Персонализированные программы наставничества (ППН) по формам",
    4: "Привлечение наставников из внешних организаций и предприятий",
    5: "Обучающиеся 10–19 лет в роли наставляемых",
    6: "Обучающиеся 15–19 лет в роли наставников",
    7: "Удовлетворённость участием в программах наставничества",
    8: "Педагоги и молодые специалисты в роли наставляемых",
    9: "Непрерывное профессиональное развитие педагогов",
    10: "Педагоги в роли наставников",
    11: "Стимулирование наставников",
}

BASE = {
    1: [
        ("orgs_regulation_teachers", "Приказ об утверждении Положения о системе наставничества педагогических работников ОО"),
        ("orgs_regulation_students", "Приказ об утверждении Положения о системе наставничества обучающихся ОО"),
        ("orgs_monitoring_order", "Приказ о проведении внутреннего мониторинга реализации ЦМН в ОО в 2024 году"),
        (None, "Дорожная карта (план мероприятий) по внедрению ЦМН на 2024–2025 уч. год"),
    ],
    2: [
        ("curators_total", "Кураторы внедрения ЦМН в ОО (назначены приказом), чел."),
        ("agreements_edu_orgs", "Соглашения о сотрудничестве с другими образовательными организациями, направляющими своих сотрудников в качестве наставников, ед."),
        ("agreements_enterprises", "Соглашения с предприятиями, работники которых выступают наставниками, ед."),
        ("agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности), предоставляющими наставников, ед."),
        ("agreement_subjects", "Предмет заключённых соглашений"),
        ("partner_list", "Предприятия (организации) – партнёры ОО по наставничеству (перечислить)"),
        ("mentors_total", "Наставники, включённые в базу наставников ОО приказом, чел."),
        ("mentees_total", "Наставляемые, включённые в базу наставляемых ОО приказом, чел."),
        ("internal_monitoring_notes", "Информационная справка ОО по итогам внутреннего мониторинга"),
        (None, "Всего участников программ наставничества (наставники и наставляемые), чел."),
    ],
    3: [
        ("pp_total", "Персонализированные программы наставничества, всего, ед."),
        ("pp_pupil_pupil", "в том числе по форме «ученик – ученик»"),
        ("pp_teacher_teacher", "«учитель – учитель» / «педагог – педагог»"),
        ("pp_student_student", "«студент – студент»"),
        ("pp_head_teacher", "«руководитель – педагог»"),
        ("pp_student_pupil", "«студент – ученик»"),
        ("pp_teacher_pupil", "«учитель – ученик»"),
        ("pp_other", "иные формы (какие – указать в примечании)"),
    ],
    4: [
        ("external_edu_mentors", "Наставники из других образовательных организаций (по приказу), чел."),
        ("other_org_mentors", "Наставники – сотрудники иных организаций, чел."),
        ("enterprise_mentors", "Наставники – работники предприятий, чел."),
    ],
    5: [
        ("students_10_19", "Численность обучающихся в возрасте 10–19 лет, чел."),
        ("mentees_10_19", "Обучающиеся 10–19 лет, включённые в программы наставничества в роли наставляемых, чел."),
        ("mentees_risk", "из них: обучающиеся «группы риска»"),
        ("mentees_disabled", "дети с ОВЗ и дети-инвалиды"),
        ("mentees_low_motivation", "обучающиеся с низкой учебной мотивацией, неуспевающие"),
        ("mentees_career", "испытывающие трудности в выборе образовательной траектории и профессии"),
        ("mentees_gifted", "одарённые дети (внесённые в реестры)"),
        ("mentees_other_params", "по иным основаниям"),
        ("share_mentees_10_19", "Доля обучающихся 10–19 лет в роли наставляемых, %"),
    ],
    6: [
        ("students_15_19", "Численность обучающихся в возрасте 15–19 лет, чел."),
        ("mentors_15_19", "Обучающиеся 15–19 лет – наставники (по приказу), чел."),
        ("share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставников, %"),
        (None, "База наставников из числа обучающихся сформирована"),
    ],
    7: [
        ("satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах наставничества (анкетирование), %"),
        ("satisfaction_mentors", "Удовлетворённость наставников участием в завершённых программах наставничества (анкетирование), %"),
        (None, "Количество участников анкетирования, чел."),
    ],
    8: [
        ("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО, чел."),
        ("young_specialists_mentees", "из них участвуют в программах наставничества как наставляемые, чел."),
        ("teachers_other", "Педагогические работники ОО, кроме молодых специалистов, чел."),
        ("teachers_other_mentees", "из них наставляемые, чел."),
        ("share_young_specialists_mentees", "Доля молодых специалистов – наставляемых, %"),
        ("share_teachers_mentees", "Доля педагогов (включая молодых специалистов) – наставляемых, %"),
    ],
    9: [
        ("teachers_in_pp", "Педагоги – участники утверждённых персонализированных программ наставничества, чел."),
        ("kpk_trained", "Педагоги, прошедшие КПК по вопросам наставничества в 2024 году, чел."),
        ("kpk_courses", "Наименование курсов (КПК)"),
        ("school_methodical_associations", "Методические объединения (сообщества) наставников в ОО, ед."),
    ],
    10: [
        ("teachers_mentors", "Педагоги – наставники, чел."),
        ("young_specialists_mentors", "Молодые специалисты – наставники, чел."),
        ("share_teachers_mentors", "Доля педагогов в роли наставника от общего числа педагогов ОО, %"),
        ("share_young_specialists_mentors", "Доля молодых специалистов в роли наставника от числа молодых специалистов ОО, %"),
    ],
    11: [
        ("pay_acts", "Локальные акты об оплате (доплате) за наставничество, ед."),
        ("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, ед."),
    ],
}

SHARES = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"], ["teachers_other", "young_specialists"]),
    "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
YESNO = {k for k, v in CAT.items() if v["unit"] == "yesno"} | {
    "orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes"}
PERCENT = {k for k, v in CAT.items() if v["unit"] in ("share", "level")}
TEXT = {k for k, v in CAT.items() if v["unit"] in ("text", "list")}


def complete(d):
    """Fill the shares from the counts and check plausibility."""
    for s, (num, den) in SHARES.items():
        n = sum(d[k] for k in num)
        m = sum(d[k] for k in den)
        assert n <= m, (s, n, m)
        d[s] = round(100.0 * n / m, 2)
    pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
          "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    d["pp_total"] = sum(d.get(k, 0) or 0 for k in pp)
    sub = ["mentees_risk", "mentees_disabled", "mentees_low_motivation", "mentees_career",
           "mentees_gifted", "mentees_other_params"]
    assert sum(d[k] for k in sub) == d["mentees_10_19"]
    assert d["mentees_10_19"] <= d["students_10_19"]
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d["young_specialists_mentors"] <= d["young_specialists"]
    assert d["teachers_mentors"] <= d["teachers_other"] + d["young_specialists"]
    assert d["mentors_total"] == (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
                                  + d["other_org_mentors"] + d["enterprise_mentors"])
    assert d["mentees_total"] == d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert d["teachers_in_pp"] <= d["teachers_other"] + d["young_specialists"]
    return d


# --------------------------------------------------------------------------------------------
# The organisations' data (2024; some 2023 values as decoys)
# --------------------------------------------------------------------------------------------
SOSH3 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    curators_total=1, agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=1,
    agreement_subjects="Привлечение сотрудников партнёров в качестве наставников обучающихся по форме «работодатель – ученик» и педагогов по форме «учитель – учитель»",
    partner_list="МАОУ «Гимназия № 1»; ООО «Заречинский молочный комбинат»; МБУК «Централизованная библиотечная система г. Заречинска»",
    mentors_total=39, mentees_total=74, internal_monitoring_notes=1,
    pp_pupil_pupil=15, pp_teacher_teacher=10, pp_student_student=0, pp_head_teacher=1, pp_student_pupil=0,
    pp_teacher_pupil=12, pp_other=0,
    external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=1,
    students_10_19=512, mentees_10_19=64, mentees_risk=9, mentees_disabled=5, mentees_low_motivation=14,
    mentees_career=11, mentees_gifted=8, mentees_other_params=17,
    students_15_19=138, mentors_15_19=21,
    satisfaction_mentees=91.3, satisfaction_mentors=88.6,
    young_specialists=7, young_specialists_mentees=6, teachers_other=48, teachers_other_mentees=4,
    teachers_in_pp=24, kpk_trained=3,
    kpk_courses="«Организация наставничества в образовательной организации» (36 ч.), АОУ ДПО УР ИРО",
    school_methodical_associations=1,
    teachers_mentors=14, young_specialists_mentors=1,
    pay_acts=1, nonmaterial_acts=1,
))
SOSH3_2023 = dict(students_10_19=498, mentees_10_19=51, mentees_risk=7, mentees_disabled=4, mentees_low_motivation=12,
                  mentees_career=9, mentees_gifted=6, mentees_other_params=13, share_mentees_10_19=10.24,
                  young_specialists=6, young_specialists_mentees=6, teachers_other=49, teachers_other_mentees=3,
                  share_young_specialists_mentees=100.0, share_teachers_mentees=16.36)

GIMN1 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    curators_total=2, agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=2,
    partner_list="ФГБОУ ВО «Заречинский государственный педагогический институт»; МБОУ «СОШ № 3»; АНО «Центр молодёжных инициатив «Вектор»",
    mentors_total=58, mentees_total=110, internal_monitoring_notes=1,
    pp_pupil_pupil=28, pp_teacher_teacher=13, pp_student_student=None, pp_head_teacher=2, pp_student_pupil=None,
    pp_teacher_pupil=19, pp_other=3,
    external_edu_mentors=3, other_org_mentors=2, enterprise_mentors=0,
    students_10_19=604, mentees_10_19=97, mentees_risk=6, mentees_disabled=3, mentees_low_motivation=15,
    mentees_career=22, mentees_gifted=31, mentees_other_params=20,
    students_15_19=190, mentors_15_19=34,
    satisfaction_mentees=94.2, satisfaction_mentors=90.5,
    young_specialists=9, young_specialists_mentees=8, teachers_other=61, teachers_other_mentees=5,
    teachers_in_pp=31, kpk_trained=5,
    kpk_courses="«Наставничество в образовании: технологии сопровождения молодого педагога» (72 ч.), АОУ ДПО УР ИРО; «Школа наставника» (24 ч.), ФГБОУ ВО ЗГПИ",
    school_methodical_associations=1,
    teachers_mentors=19, young_specialists_mentors=2,
    pay_acts=1, nonmaterial_acts=1,
))

LICEY7 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    curators_total=1, agreements_edu_orgs=2, agreements_iro=1, agreements_enterprises=2, agreements_other_orgs=1,
    agreement_subjects="Совместная реализация программ наставничества по формам «студент – ученик» и «работодатель – ученик», проектная и профориентационная деятельность",
    partner_list="ФГБОУ ВО «Заречинский государственный педагогический институт»; АОУ ДПО УР ИРО; АО «Заречинский приборный завод»; ООО «ТехноСофт»",
    mentors_total=78, mentees_total=150, internal_monitoring_notes=1,
    pp_pupil_pupil=41, pp_teacher_teacher=8, pp_student_student=0, pp_head_teacher=1, pp_student_pupil=6,
    pp_teacher_pupil=27, pp_other=4,
    external_edu_mentors=4, iro_mentors=1, other_org_mentors=3, enterprise_mentors=2,
    students_10_19=688, mentees_10_19=142, mentees_risk=4, mentees_disabled=2, mentees_low_motivation=18,
    mentees_career=46, mentees_gifted=39, mentees_other_params=33,
    students_15_19=241, mentors_15_19=52,
    satisfaction_mentees=89.7, satisfaction_mentors=92.1,
    young_specialists=6, young_specialists_mentees=6, teachers_other=52, teachers_other_mentees=2,
    teachers_in_pp=26, kpk_trained=4, school_methodical_associations=1,
    teachers_mentors=17, young_specialists_mentors=0,
    pay_acts=0, nonmaterial_acts=1,
))
LICEY7_2023 = dict(curators_total=1, agreements_edu_orgs=1, agreements_iro=1, agreements_enterprises=1,
                   agreements_other_orgs=1, mentors_total=61, mentees_total=118, internal_monitoring_notes=1)

OOSH12 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
    curators_total=1, agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
    partner_list="МБОУ «СОШ № 3»",
    mentors_total=10, mentees_total=14, internal_monitoring_notes=1,
    pp_pupil_pupil=4, pp_teacher_teacher=2, pp_student_student=None, pp_head_teacher=0, pp_student_pupil=None,
    pp_teacher_pupil=5, pp_other=0,
    external_edu_mentors=1, other_org_mentors=0, enterprise_mentors=0,
    students_10_19=96, mentees_10_19=11, mentees_risk=3, mentees_disabled=2, mentees_low_motivation=4,
    mentees_career=1, mentees_gifted=0, mentees_other_params=1,
    students_15_19=22, mentors_15_19=4,
    satisfaction_mentees=95, satisfaction_mentors=100,
    young_specialists=2, young_specialists_mentees=2, teachers_other=17, teachers_other_mentees=1,
    teachers_in_pp=7, kpk_trained=1, school_methodical_associations=0,
    teachers_mentors=5, young_specialists_mentors=0,
    pay_acts=0, nonmaterial_acts=1,
))

DDT = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
    curators_total=1, agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=2,
    agreement_subjects="Наставничество по форме «работодатель – ученик» (техническое творчество), совместные выставки и конкурсы",
    partner_list="ООО «Заречинский хлебозавод»; МБУК «Заречинский краеведческий музей»; РОО «Федерация шахмат г. Заречинска»",
    mentors_total=30, mentees_total=93, internal_monitoring_notes=1,
    pp_pupil_pupil=22, pp_teacher_teacher=5, pp_student_student=0, pp_head_teacher=1, pp_student_pupil=0,
    pp_teacher_pupil=31, pp_other=2,
    external_edu_mentors=0, other_org_mentors=2, enterprise_mentors=1,
    students_10_19=1012, mentees_10_19=86, mentees_risk=5, mentees_disabled=7, mentees_low_motivation=0,
    mentees_career=12, mentees_gifted=44, mentees_other_params=18,
    students_15_19=236, mentors_15_19=18,
    satisfaction_mentees=96.4, satisfaction_mentors=93.3,
    young_specialists=4, young_specialists_mentees=4, teachers_other=34, teachers_other_mentees=3,
    teachers_in_pp=14, kpk_trained=2,
    kpk_courses="«Методика наставничества в дополнительном образовании детей» (36 ч.)",
    school_methodical_associations=1,
    teachers_mentors=9, young_specialists_mentors=1,
    pay_acts=1, nonmaterial_acts=1,
))
DDT_2023 = dict(satisfaction_mentees=92.8, satisfaction_mentors=90.0)
DDT_PLAN_2025 = dict(students_10_19=1030, mentees_10_19=100, share_mentees_10_19=9.71,
                     students_15_19=240, mentors_15_19=24, share_mentors_15_19=10.0)

MUN = dict(municipal_order=1, municipal_analytic_note=1, municipal_methodical_associations=2,
           best_practices=6, contests=1, network_community=1, network_mentors=4)
MUN_2023 = dict(municipal_order=1, municipal_analytic_note=1, municipal_methodical_associations=1,
                best_practices=4, contests=1, network_community=1, network_mentors=3)


# --------------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------------
class Form:
    def __init__(self, fname, organisation):
        self.file = "typed/" + fname
        self.organisation = organisation
        self.values, self.links = {}, {}
        self.not_criteria, self.headings = [], []
        self.cells = []
        self.labels = []  # (criterion, label) for the wording statistics

    def val(self, ws, ref, crit, expected, via="value", **extra):
        assert crit in CAT, crit
        assert crit not in self.values, crit
        self.values[crit] = expected
        c = dict(file=self.file, sheet=ws.title, cell=ref, kind="value", criterion=crit, expected=expected, via=via)
        c.update(extra)
        self.cells.append(c)

    def link(self, ws, ref, crit, url, via="value"):
        assert crit in CAT, crit
        assert crit not in self.links, crit
        self.links[crit] = url
        self.cells.append(dict(file=self.file, sheet=ws.title, cell=ref, kind="link", criterion=crit, expected=url, via=via))

    def org_cell(self, ws, ref, name, via="value"):
        self.cells.append(dict(file=self.file, sheet=ws.title, cell=ref, kind="organisation", expected=name, via=via))

    def decoy(self, label):
        if label not in self.not_criteria:
            self.not_criteria.append(label)

    def heading(self, label):
        if label not in self.headings:
            self.headings.append(label)

    def entry(self):
        return {"file": self.file, "year": YEAR, "organisation": self.organisation,
                "values": self.values, "links": self.links,
                "not_criteria": self.not_criteria, "headings": self.headings}


def style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = CENTER
        cell.border = BORDER


def box(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BORDER
        if cell.alignment is None or not cell.alignment.wrap_text:
            cell.alignment = WRAP


def sheet_heading(form, ws, text, ncol, row=1, record=True):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=12)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[row].height = 32
    if record:
        form.heading(text)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


def pct_text(x, digits=2):
    s = ("%." + str(digits) + "f") % x
    s = s.rstrip("0").rstrip(".") if "." in s else s
    return s.replace(".", ",") + "%"


# --------------------------------------------------------------------------------------------
# File 1: МБОУ «СОШ № 3» — the plain template: «Титул» + 11 sheets «N. Название»,
#          sheets 5 and 8 hold a 2023 column beside 2024.
# --------------------------------------------------------------------------------------------
def url_sosh3(doc):
    return "https://sosh3-zarechinsk.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/2024/" + doc + ".pdf"


def build_sosh3():
    org = "МБОУ «СОШ № 3»"
    f = Form("sosh3_monitoring_CMN_2024.xlsx", org)
    d = SOSH3
    links = {
        "orgs_regulation_teachers": url_sosh3("prikaz_112_polozhenie_nastavnichestvo_pedagogov"),
        "orgs_regulation_students": url_sosh3("prikaz_113_polozhenie_nastavnichestvo_obuch"),
        "orgs_monitoring_order": url_sosh3("prikaz_201_monitoring_CMN_2024"),
        "curators_total": url_sosh3("prikaz_114_kurator_CMN"),
        "agreements_edu_orgs": url_sosh3("soglashenie_gimnaziya1"),
        "agreements_enterprises": url_sosh3("soglashenie_molkombinat"),
        "agreements_other_orgs": url_sosh3("soglashenie_CBS"),
        "mentors_total": url_sosh3("prikaz_130_baza_nastavnikov"),
        "mentees_total": url_sosh3("prikaz_131_baza_nastavlyaemyh"),
        "internal_monitoring_notes": url_sosh3("spravka_vnutr_monitoring_2024"),
        "pp_total": url_sosh3("prikaz_135_PPN"),
        "external_edu_mentors": url_sosh3("prikaz_130_baza_nastavnikov"),
        "other_org_mentors": url_sosh3("prikaz_130_baza_nastavnikov"),
        "enterprise_mentors": url_sosh3("prikaz_130_baza_nastavnikov"),
        "mentees_10_19": url_sosh3("prikaz_131_baza_nastavlyaemyh"),
        "mentors_15_19": url_sosh3("prikaz_130_baza_nastavnikov"),
        "satisfaction_mentees": url_sosh3("analiz_anketirovaniya_2024"),
        "satisfaction_mentors": url_sosh3("analiz_anketirovaniya_2024"),
        "young_specialists_mentees": url_sosh3("prikaz_131_baza_nastavlyaemyh"),
        "teachers_other_mentees": url_sosh3("prikaz_131_baza_nastavlyaemyh"),
        "teachers_in_pp": url_sosh3("prikaz_135_PPN"),
        "kpk_trained": url_sosh3("udostovereniya_KPK_2024"),
        "school_methodical_associations": url_sosh3("prikaz_140_MO_nastavnikov"),
        "teachers_mentors": url_sosh3("prikaz_130_baza_nastavnikov"),
        "young_specialists_mentors": url_sosh3("prikaz_130_baza_nastavnikov"),
        "pay_acts": url_sosh3("polozhenie_ob_oplate_truda"),
        "nonmaterial_acts": url_sosh3("polozhenie_nematerialnoe_pooshchrenie"),
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Титул"
    widths(ws, {"A": 34, "B": 22, "C": 22, "D": 22})
    ws["A1"] = "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся"
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 36
    ws["A2"] = "(форма образовательной организации)"
    ws.merge_cells("A2:D2")
    ws["A2"].alignment = CENTER
    rows = [
        ("Муниципальное образование:", MUNICIPALITY),
        ("Образовательная организация:", org),
        ("Отчётный период:", "2024 год"),
        ("Ответственный за заполнение (ФИО, должность):", "Кравцова Ольга Николаевна, заместитель директора по УВР"),
        ("Контактный телефон:", "8 (34157) 3-12-45"),
        ("Адрес электронной почты:", "sosh3_zar@mail.ru"),
        ("Дата заполнения:", "11.11.2024"),
    ]
    r = 4
    for lab, v in rows:
        ws.cell(row=r, column=1, value=lab).font = BOLD
        ws.cell(row=r, column=2, value=v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.cell(row=r, column=2).alignment = WRAP
        if lab.startswith("Образовательная"):
            f.org_cell(ws, "B%d" % r, org)
        r += 1

    names = {1: "1. Нормативная база", 2: "2. Организация процесса", 3: "3. Персонализ. программы",
             4: "4. Внешние наставники", 5: "5. Наставляемые 10-19", 6: "6. Наставники 15-19",
             7: "7. Удовлетворенность", 8: "8. Педагоги-наставляемые", 9: "9. Проф. развитие",
             10: "10. Педагоги-наставники", 11: "11. Стимулирование"}
    with23 = {5, 8}
    for k in range(1, 12):
        ws = wb.create_sheet(names[k])
        two = k in with23
        hdr = ["№ п/п", "Показатель"] + (["2023 г.", "2024 г."] if two else ["Значение"]) + ["Подтверждающий документ (ссылка)"]
        ncol = len(hdr)
        widths(ws, {"A": 7, "B": 62, "C": 14, "D": 14 if two else 70, "E": 70})
        sheet_heading(f, ws, "Раздел %d. %s" % (k, DIR_TITLES[k]), ncol)
        for i, h in enumerate(hdr, 1):
            ws.cell(row=3, column=i, value=h)
        style_header(ws, 3, ncol)
        vcol = 4 if two else 3
        lcol = vcol + 1
        r = 4
        n = 0
        for crit, label in BASE[k]:
            n += 1
            ws.cell(row=r, column=1, value="%d.%d" % (k, n))
            ws.cell(row=r, column=2, value=label)
            f.labels.append((crit, label))
            if crit is None:
                # decoy rows of the template
                disp = {"Дорожная карта": "да", "Всего участников": 113, "База наставников": "да",
                        "Количество участников": 97}
                for key, v in disp.items():
                    if label.startswith(key):
                        ws.cell(row=r, column=vcol, value=v)
                f.decoy(label)
            else:
                v = d.get(crit)
                if crit in YESNO:
                    disp = "да" if v == 1 else "нет"
                else:
                    disp = v
                c = ws.cell(row=r, column=vcol, value=disp)
                if crit in PERCENT:
                    c.number_format = "0.00"
                f.val(ws, c.coordinate, crit, v)
                if two and crit in SOSH3_2023:
                    c23 = ws.cell(row=r, column=3, value=SOSH3_2023[crit])
                    if crit in PERCENT:
                        c23.number_format = "0.00"
                if crit in links:
                    lc = ws.cell(row=r, column=lcol, value=links[crit])
                    f.link(ws, lc.coordinate, crit, links[crit])
            box(ws, r, ncol)
            ws.cell(row=r, column=vcol).fill = INPUT_FILL
            r += 1
        if k == 5:
            # an indicator of another population: not a criterion
            lab = "Справочно: обучающиеся 1–4 классов, включённые в программы наставничества (форма «ученик – ученик»), чел."
            ws.cell(row=r, column=1, value="5.%d" % (n + 1))
            ws.cell(row=r, column=2, value=lab)
            ws.cell(row=r, column=3, value=8)
            ws.cell(row=r, column=4, value=10)
            box(ws, r, ncol)
            f.decoy(lab)
            r += 1
        if k == 3:
            ws.cell(row=r + 1, column=2, value="Примечание: иные формы в 2024 году не реализовывались.")
    wb.active = 0
    return f, wb


# --------------------------------------------------------------------------------------------
# File 2: МАОУ «Гимназия № 1» — instruction sheet first, «Общие сведения», sheets «Раздел N»,
#          yes/no as 1/0, shares as fractions with a percent format, proof links as hyperlinks
#          behind the name of the document (some plain).
# --------------------------------------------------------------------------------------------
def url_gimn(doc):
    return "https://gimn1-zarechinsk.edu.ru/upload/nastavnichestvo/" + doc + ".pdf"


def build_gimn1():
    org = "Муниципальное автономное общеобразовательное учреждение «Гимназия № 1»"
    f = Form("gimn1_CMN_2024.xlsx", org)
    d = GIMN1
    # (text shown in the cell, URL behind it); text None -> the URL is typed as text
    links = {
        "orgs_regulation_teachers": ("Приказ от 29.08.2024 № 101-од", url_gimn("prikaz_101-od_polozhenie_pedagogi")),
        "orgs_regulation_students": ("Приказ от 29.08.2024 № 102-од", url_gimn("prikaz_102-od_polozhenie_obuchayushchiesya")),
        "orgs_monitoring_order": ("Приказ от 01.10.2024 № 156-од", url_gimn("prikaz_156-od_monitoring")),
        "curators_total": ("Приказ от 29.08.2024 № 103-од", url_gimn("prikaz_103-od_kuratory")),
        "agreements_edu_orgs": (None, "https://disk.yandex.ru/d/Gm1_soglasheniya_2024"),
        "agreements_other_orgs": (None, "https://disk.yandex.ru/d/Gm1_soglasheniya_2024"),
        "mentors_total": ("Приказ от 10.09.2024 № 120-од (база наставников)", url_gimn("prikaz_120-od_baza")),
        "mentees_total": ("Приказ от 10.09.2024 № 120-од (база наставляемых)", url_gimn("prikaz_120-od_baza")),
        "internal_monitoring_notes": ("Справка по итогам внутреннего мониторинга", url_gimn("spravka_monitoring_2024")),
        "pp_total": ("Приказ от 16.09.2024 № 128-од", url_gimn("prikaz_128-od_PPN")),
        "external_edu_mentors": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "other_org_mentors": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "mentees_10_19": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "mentees_risk": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "mentees_gifted": (None, "https://gimn1-zarechinsk.edu.ru/sveden/odarennye-deti/reestr_2024.pdf"),
        "mentors_15_19": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "satisfaction_mentees": ("Аналитическая справка по анкетированию", url_gimn("anketirovanie_2024")),
        "satisfaction_mentors": ("Аналитическая справка по анкетированию", url_gimn("anketirovanie_2024")),
        "young_specialists_mentees": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "teachers_other_mentees": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "teachers_in_pp": ("Приказ № 128-од", url_gimn("prikaz_128-od_PPN")),
        "kpk_trained": (None, "https://disk.yandex.ru/d/Gm1_KPK_udostovereniya"),
        "school_methodical_associations": ("Приказ от 02.09.2024 № 110-од", url_gimn("prikaz_110-od_MO")),
        "teachers_mentors": ("Приказ № 120-од", url_gimn("prikaz_120-od_baza")),
        "pay_acts": ("Положение об оплате труда", url_gimn("polozhenie_oplata_truda")),
        "nonmaterial_acts": ("Положение о нематериальном поощрении", url_gimn("polozhenie_nematerialnoe")),
    }
    labels = dict()
    # this school's copy of the template keeps several regional wordings (catalogue wording)
    labels.update({
        "orgs_regulation_teachers": CAT["orgs_regulation_teachers"]["form_wording"] + " (1 – да / 0 – нет)",
        "orgs_regulation_students": CAT["orgs_regulation_students"]["form_wording"] + " (1 – да / 0 – нет)",
        "orgs_monitoring_order": "Приказ о внутреннем мониторинге ЦМН в 2024 г. (1 – да / 0 – нет)",
        "internal_monitoring_notes": "Информационная справка по итогам внутреннего мониторинга (1 – да / 0 – нет)",
        "mentors_total": CAT["mentors_total"]["form_wording"],
        "mentees_total": CAT["mentees_total"]["form_wording"],
        "curators_total": CAT["curators_total"]["form_wording"],
    })

    wb = Workbook()
    ws = wb.active
    ws.title = "Инструкция по заполнению"
    widths(ws, {"A": 6, "B": 110})
    ws["A1"] = "Инструкция по заполнению формы мониторинга реализации целевой модели наставничества (2024 год)"
    ws.merge_cells("A1:B1")
    ws["A1"].font = Font(bold=True, size=12)
    instr = [
        "Форма заполняется куратором внедрения целевой модели наставничества образовательной организации.",
        "Наименование образовательной организации, ФИО ответственного и телефон указываются только на листе «Общие сведения». На листах «Раздел 1» – «Раздел 11» наименование ОО не повторяется.",
        "Заполняются только ячейки, выделенные жёлтым цветом. Формулы и структуру листов не изменять, строки не удалять.",
        "Значения указываются за 2024 календарный год (по состоянию на 01.10.2024).",
        "Критерии «наличие» заполняются цифрой: 1 – да, 0 – нет.",
        "Доли указываются в процентах с точностью до сотых (например, при 12 наставляемых из 200 обучающихся указывается 6,00%).",
        "В столбце «Подтверждающий документ» указывается прямая ссылка на документ, размещённый на официальном сайте ОО или в облачном хранилище (не ссылка на главную страницу сайта). Допускается гиперссылка на наименование документа.",
        "Если форма наставничества в ОО не реализуется, ячейка не заполняется.",
        "Заполненную форму направить в Управление образования Администрации города Заречинска до 15.11.2024.",
    ]
    for i, t in enumerate(instr, 1):
        ws.cell(row=i + 2, column=1, value=i)
        ws.cell(row=i + 2, column=2, value=t).alignment = WRAP
    f.heading(ws["A1"].value)

    ws = wb.create_sheet("Общие сведения")
    widths(ws, {"A": 40, "B": 30, "C": 30, "D": 20})
    ws["A1"] = "Общие сведения"
    ws["A1"].font = Font(bold=True, size=12)
    rows = [
        ("Муниципальное образование", "Городской округ «Город Заречинск»"),
        ("Образовательная организация (полное наименование)", org),
        ("Отчётный период", "2024"),
        ("Куратор внедрения ЦМН (ФИО, должность)", "Сафина Лилия Рашидовна, заместитель директора по НМР"),
        ("Телефон", "+7 (34157) 2-40-18"),
        ("E-mail", "gimn1@zarechinsk-edu.ru"),
    ]
    r = 3
    for lab, v in rows:
        ws.cell(row=r, column=1, value=lab).font = BOLD
        ws.cell(row=r, column=1).alignment = WRAP
        c = ws.cell(row=r, column=2, value=v)
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        if lab.startswith("Образовательная"):
            f.org_cell(ws, "B%d" % r, org)
        for cc in range(1, 5):
            ws.cell(row=r, column=cc).border = BORDER
        r += 1

    for k in range(1, 12):
        ws = wb.create_sheet("Раздел %d" % k)
        hdr = ["№ п/п", "Показатель", "Значение", "Подтверждающий документ (ссылка)", "Примечание"]
        widths(ws, {"A": 7, "B": 66, "C": 13, "D": 48, "E": 30})
        sheet_heading(f, ws, "%d. %s" % (k, DIR_TITLES[k]), 5)
        for i, h in enumerate(hdr, 1):
            ws.cell(row=2, column=i, value=h)
        style_header(ws, 2, 5)
        r = 3
        n = 0
        for crit, label in BASE[k]:
            if crit is None and k not in (1, 7):
                continue  # this copy of the template dropped most decoy rows
            label = labels.get(crit, label)
            n += 1
            ws.cell(row=r, column=1, value="%d.%d" % (k, n))
            ws.cell(row=r, column=2, value=label)
            f.labels.append((crit, label))
            if crit is None:
                ws.cell(row=r, column=3, value=1 if k == 1 else 143)
                f.decoy(label)
            else:
                v = d.get(crit)
                c = ws.cell(row=r, column=3)
                if v is None:
                    pass  # form not implemented: left empty as the instruction says
                elif crit in SHARES:
                    c.value = round(v / 100.0, 4)
                    c.number_format = "0.00%"
                elif crit in PERCENT:
                    c.value = round(v / 100.0, 4)
                    c.number_format = "0.0%"
                else:
                    c.value = v
                c.fill = INPUT_FILL
                if v is not None:
                    f.val(ws, c.coordinate, crit, v)
                if crit in links:
                    text, url = links[crit]
                    lc = ws.cell(row=r, column=4)
                    if text is None:
                        lc.value = url
                        f.link(ws, lc.coordinate, crit, url)
                    else:
                        lc.value = text
                        lc.hyperlink = url
                        lc.font = Font(color="0563C1", underline="single")
                        f.link(ws, lc.coordinate, crit, url, via="hyperlink")
                if crit == "pp_other":
                    ws.cell(row=r, column=5, value="«родитель – ученик» (3)")
            box(ws, r, 5)
            r += 1
        if k == 8:
            # plan value for next year: a decoy
            lab = "Плановое значение доли молодых специалистов – наставляемых на 2025 год, %"
            ws.cell(row=r, column=1, value="8.%d" % (n + 1))
            ws.cell(row=r, column=2, value=lab)
            c = ws.cell(row=r, column=3, value=1.0)
            c.number_format = "0.00%"
            box(ws, r, 5)
            f.decoy(lab)
    wb.active = 1
    return f, wb


# --------------------------------------------------------------------------------------------
# File 3: МБОУ «Лицей № 7» — hidden sheet «Списки» for drop-downs (Да/Нет), shares as formulas
#          (re-saved through LibreOffice so the results are cached), a 2023 column on sheet 2,
#          cloud links, an old row on agreements with ИРО and mentors from ИРО.
# --------------------------------------------------------------------------------------------
def build_licey7():
    org = "МБОУ «Лицей № 7»"
    f = Form("licey7_CMN_2024_itog.xlsx", org)
    d = LICEY7
    Y = "https://disk.yandex.ru/i/"
    M = "https://cloud.mail.ru/public/"
    links = {
        "orgs_regulation_teachers": Y + "Lc7_Pr-88_polozh_ped",
        "orgs_regulation_students": Y + "Lc7_Pr-89_polozh_obuch",
        "orgs_monitoring_order": Y + "Lc7_Pr-171_monitoring2024",
        "curators_total": Y + "Lc7_Pr-90_kurator",
        "agreements_edu_orgs": M + "7Lc/ZGPI_dogovor",
        "agreements_iro": M + "7Lc/IRO_soglashenie",
        "agreements_enterprises": M + "7Lc/ZPZ_TehnoSoft",
        "agreements_other_orgs": M + "7Lc/ZGPI_dogovor",
        "mentors_total": Y + "Lc7_Pr-95_baza_nastavnikov",
        "mentees_total": Y + "Lc7_Pr-96_baza_nastavlyaemyh",
        "internal_monitoring_notes": Y + "Lc7_spravka_monitoring_2024",
        "pp_total": Y + "Lc7_Pr-99_PPN",
        "external_edu_mentors": Y + "Lc7_Pr-95_baza_nastavnikov",
        "iro_mentors": Y + "Lc7_Pr-95_baza_nastavnikov",
        "other_org_mentors": Y + "Lc7_Pr-95_baza_nastavnikov",
        "enterprise_mentors": Y + "Lc7_Pr-95_baza_nastavnikov",
        "mentees_10_19": Y + "Lc7_Pr-96_baza_nastavlyaemyh",
        "mentees_career": Y + "Lc7_Pr-96_baza_nastavlyaemyh",
        "mentees_gifted": Y + "Lc7_Pr-96_baza_nastavlyaemyh",
        "mentors_15_19": Y + "Lc7_Pr-95_baza_nastavnikov",
        "satisfaction_mentees": "https://licey7-zarechinsk.gosuslugi.ru/netcat_files/nastavnichestvo/anketa_itogi_2024.pdf",
        "satisfaction_mentors": "https://licey7-zarechinsk.gosuslugi.ru/netcat_files/nastavnichestvo/anketa_itogi_2024.pdf",
        "young_specialists_mentees": Y + "Lc7_Pr-96_baza_nastavlyaemyh",
        "teachers_in_pp": Y + "Lc7_Pr-99_PPN",
        "kpk_trained": Y + "Lc7_KPK_2024",
        "school_methodical_associations": Y + "Lc7_Pr-92_MO_nastavnikov",
        "teachers_mentors": Y + "Lc7_Pr-95_baza_nastavnikov",
        "nonmaterial_acts": "https://licey7-zarechinsk.gosuslugi.ru/netcat_files/dokumenty/polozhenie_o_pooshchrenii.pdf",
    }
    rows_by_dir = {k: list(v) for k, v in BASE.items()}
    # this copy still carries last year's rows on ИРО
    rows_by_dir[2].insert(2, ("agreements_iro", "в т.ч. соглашения с АОУ ДПО УР ИРО о привлечении его сотрудников в роли наставников, ед."))
    rows_by_dir[4].insert(1, ("iro_mentors", "в т.ч. наставники – сотрудники АОУ ДПО УР ИРО, чел."))
    rows_by_dir[2] = [x for x in rows_by_dir[2] if x[0] is not None]
    rows_by_dir[2].append((None, "Количество заключённых договоров о сетевой форме реализации образовательных программ, ед."))
    rows_by_dir[9] = [x for x in rows_by_dir[9] if x[0] != "kpk_courses"]

    wb = Workbook()
    ws = wb.active
    ws.title = "Титул"
    widths(ws, {"A": 30, "B": 25, "C": 25, "D": 25})
    ws["A1"] = "ОТЧЁТ"
    ws["A2"] = "о реализации целевой модели наставничества педагогических работников и обучающихся за 2024 год"
    for a in ("A1", "A2"):
        ws.merge_cells(a + ":" + a.replace("A", "D"))
        ws[a].alignment = CENTER
        ws[a].font = Font(bold=True, size=12)
    ws.row_dimensions[2].height = 34
    rows = [
        ("Муниципалитет", "г. Заречинск"),
        ("Образовательная организация:", org),
        ("Период", "январь – декабрь 2024 г."),
        ("Исполнитель", "Гордеев Денис Викторович, педагог-организатор, куратор ЦМН"),
        ("Тел.", "8-912-455-07-31"),
    ]
    r = 4
    for lab, v in rows:
        ws.cell(row=r, column=1, value=lab).font = BOLD
        ws.cell(row=r, column=2, value=v).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        if lab.startswith("Образовательная"):
            f.org_cell(ws, "B%d" % r, org)
        r += 1
    ws.cell(row=r + 1, column=1, value="Директор ____________ /Т.А. Лебедева/")

    lists = wb.create_sheet("Списки")
    lists["A1"], lists["A2"] = "Да", "Нет"
    forms_ = ["ученик – ученик", "учитель – учитель", "студент – студент", "руководитель – педагог",
              "студент – ученик", "учитель – ученик", "работодатель – ученик", "иная"]
    for i, x in enumerate(forms_, 1):
        lists.cell(row=i, column=2, value=x)
    lists.sheet_state = "hidden"

    names = {1: "1. Нормативная база", 2: "2. Организация", 3: "3. ППН", 4: "4. Внешние наставники",
             5: "5. Наставляемые 10-19 лет", 6: "6. Наставники 15-19 лет", 7: "7. Удовлетворенность",
             8: "8. Педагоги - наставляемые", 9: "9. Профразвитие", 10: "10. Педагоги - наставники",
             11: "11. Стимулирование"}
    for k in range(1, 12):
        ws = wb.create_sheet(names[k])
        two = k == 2
        hdr = ["№ п/п", "Показатель"] + (["2023", "2024"] if two else ["Значение"]) + ["Подтверждающий документ (ссылка)"]
        ncol = len(hdr)
        widths(ws, {"A": 7, "B": 64, "C": 14, "D": 14 if two else 60, "E": 60})
        sheet_heading(f, ws, "%d. %s" % (k, DIR_TITLES[k]), ncol)
        for i, h in enumerate(hdr, 1):
            ws.cell(row=2, column=i, value=h)
        style_header(ws, 2, ncol)
        dv = DataValidation(type="list", formula1="=Списки!$A$1:$A$2", allow_blank=True)
        ws.add_data_validation(dv)
        vcol = 4 if two else 3
        pos = {}
        r = 3
        n = 0
        for crit, label in rows_by_dir[k]:
            n += 1
            ws.cell(row=r, column=1, value="%d.%d" % (k, n))
            ws.cell(row=r, column=2, value=label)
            f.labels.append((crit, label))
            pos[crit] = r
            c = ws.cell(row=r, column=vcol)
            if crit is None:
                if label.startswith("Дорожная"):
                    c.value = "Да"
                    dv.add(c.coordinate)
                elif label.startswith("База"):
                    c.value = "Да"
                    dv.add(c.coordinate)
                elif label.startswith("Количество заключённых"):
                    c.value = 3
                    ws.cell(row=r, column=3, value=2)
                elif label.startswith("Количество участников"):
                    c.value = 176
                f.decoy(label)
            else:
                v = d.get(crit)
                if crit in YESNO:
                    c.value = "Да" if v == 1 else "Нет"
                    dv.add(c.coordinate)
                    if two:
                        ws.cell(row=r, column=3, value="Да" if LICEY7_2023[crit] == 1 else "Нет")
                elif crit in SHARES:
                    pass  # formulas below
                elif crit in PERCENT:
                    c.value = round(v / 100.0, 3)
                    c.number_format = "0.0%"
                else:
                    c.value = v
                    if two and crit in LICEY7_2023:
                        ws.cell(row=r, column=3, value=LICEY7_2023[crit])
                if crit != "pp_total":
                    f.val(ws, c.coordinate, crit, v, **({"via": "formula"} if crit in SHARES else {}))
                if crit in links:
                    lc = ws.cell(row=r, column=vcol + 1, value=links[crit])
                    f.link(ws, lc.coordinate, crit, links[crit])
            c.fill = INPUT_FILL
            box(ws, r, ncol)
            r += 1
        col = "C"
        for crit in [x for x, _ in rows_by_dir[k] if x in SHARES]:
            num, den = SHARES[crit]
            fnum = "+".join("%s%d" % (col, pos[x]) for x in num if x in pos)
            fden = "+".join("%s%d" % (col, pos[x]) for x in den if x in pos)
            # denominators living on another sheet (teachers are on sheet 8)
            if crit in ("share_teachers_mentors", "share_young_specialists_mentors"):
                s8 = "'%s'!" % names[8]
                fden = "+".join("%sC%d" % (s8, 3 + [x for x, _ in rows_by_dir[8]].index(x)) for x in den)
            cell = ws.cell(row=pos[crit], column=3)
            if len(num) > 1:
                fnum = "(" + fnum + ")"
            if "+" in fden:
                fden = "(" + fden + ")"
            cell.value = "=IF(%s=0,0,%s/%s)" % (fden, fnum, fden)
            cell.number_format = "0.00%"
        if k == 3:
            # the total is a formula too
            cell = ws.cell(row=pos["pp_total"], column=3)
            parts = [x for x, _ in rows_by_dir[3] if x != "pp_total"]
            cell.value = "=SUM(C%d:C%d)" % (pos[parts[0]], pos[parts[-1]])
            f.val(ws, cell.coordinate, "pp_total", d["pp_total"], via="formula")
            ws.cell(row=r + 1, column=2, value="Иные формы: «работодатель – ученик» – 4 программы")
    wb.active = 0
    return f, wb


# --------------------------------------------------------------------------------------------
# File 4: МБОУ «ООШ № 12» — a small school put two sheets' content on one («1-2», «5-6»),
#          percents typed as text, the document named before its URL in the same cell,
#          mentors/mentees typed as one joined row.
# --------------------------------------------------------------------------------------------
def url_oosh(doc):
    return "https://oosh12-zarechinsk.gosuslugi.ru/netcat_files/21/nastavnichestvo/" + doc + ".pdf"


def build_oosh12():
    org = "МБОУ «ООШ № 12»"
    f = Form("oosh12_monitoring_2024.xlsx", org)
    d = OOSH12
    links = {
        "orgs_regulation_teachers": ("Приказ № 39-од от 30.08.2024", url_oosh("pr39_polozhenie")),
        "orgs_regulation_students": ("Приказ № 39-од от 30.08.2024", url_oosh("pr39_polozhenie")),
        "curators_total": ("Приказ № 40-од от 30.08.2024", url_oosh("pr40_kurator")),
        "agreements_edu_orgs": ("Договор о сотрудничестве с МБОУ «СОШ № 3» от 02.09.2024", url_oosh("dogovor_sosh3")),
        "internal_monitoring_notes": ("Справка от 25.10.2024", url_oosh("spravka_monitoring")),
        "pp_total": ("Приказ № 48-од от 09.09.2024", url_oosh("pr48_PPN")),
        "external_edu_mentors": ("Приказ № 47-од от 09.09.2024", url_oosh("pr47_nastavniki")),
        "mentees_10_19": ("Приказ № 47-од от 09.09.2024", url_oosh("pr47_nastavniki")),
        "mentors_15_19": ("Приказ № 47-од от 09.09.2024", url_oosh("pr47_nastavniki")),
        "satisfaction_mentees": ("Анализ анкет", url_oosh("anketirovanie")),
        "young_specialists_mentees": ("Приказ № 47-од от 09.09.2024", url_oosh("pr47_nastavniki")),
        "teachers_in_pp": ("Приказ № 48-од от 09.09.2024", url_oosh("pr48_PPN")),
        "kpk_trained": ("Удостоверение о КПК", url_oosh("kpk_udostoverenie")),
        "teachers_mentors": ("Приказ № 47-од от 09.09.2024", url_oosh("pr47_nastavniki")),
        "nonmaterial_acts": ("Положение о моральном поощрении работников", url_oosh("polozhenie_pooshchrenie")),
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Титул"
    widths(ws, {"A": 36, "B": 50})
    ws["A1"] = "Мониторинг целевой модели наставничества – 2024"
    ws["A1"].font = Font(bold=True, size=12)
    rows = [
        ("Муниципальное образование:", "Город Заречинск"),
        ("Образовательная организация:", org),
        ("Отчётный период:", "2024 г."),
        ("Заполнил(а):", "Мухаметова Г.Ф., учитель русского языка и литературы"),
        ("Телефон:", "89124420917"),
    ]
    r = 3
    for lab, v in rows:
        ws.cell(row=r, column=1, value=lab).font = BOLD
        ws.cell(row=r, column=2, value=v)
        if lab.startswith("Образовательная"):
            f.org_cell(ws, "B%d" % r, org)
        r += 1

    # sheet groups: a list of directions per sheet
    groups = [("1-2. Нормат. база, организация", [1, 2]), ("3. ППН", [3]), ("4. Внешние наставники", [4]),
              ("5-6. Обучающиеся", [5, 6]), ("7. Удовлетворенность", [7]), ("8. Педагоги-наставляемые", [8]),
              ("9. Проф.развитие", [9]), ("10. Педагоги-наставники", [10]), ("11. Стимулирование", [11])]
    rows_by_dir = {k: list(v) for k, v in BASE.items()}
    # the joined row instead of two rows
    rows_by_dir[2] = [x for x in rows_by_dir[2] if x[0] not in ("mentors_total", "mentees_total", None, "agreement_subjects")]
    rows_by_dir[2].insert(5, ("JOINED", "Количество наставников / наставляемых в базе ОО (по приказу), чел."))
    rows_by_dir[5].append((None, "Обучающиеся 10–18 лет, состоящие на внутришкольном учёте, чел."))
    rows_by_dir[9] = [x for x in rows_by_dir[9] if x[0] != "kpk_courses"]
    rows_by_dir[1] = [x for x in rows_by_dir[1] if x[0] is not None]
    rows_by_dir[6] = [x for x in rows_by_dir[6] if x[0] is not None]
    rows_by_dir[7] = [x for x in rows_by_dir[7] if x[0] is not None]
    labels = {
        "curators_total": "Куратор ЦМН (кол-во)",
        "students_10_19": "Кол-во обучающихся 10–19 лет",
        "students_15_19": "Кол-во обучающихся 15–19 лет (8–9 кл.)",
        "teachers_mentors": "Кол-во педагогов-наставников",
    }
    for title, dirs in groups:
        ws = wb.create_sheet(title)
        widths(ws, {"A": 7, "B": 60, "C": 14, "D": 80})
        r = 1
        for k in dirs:
            sheet_heading(f, ws, "Раздел %d. %s" % (k, DIR_TITLES[k]), 4, row=r)
            r += 1
            for i, h in enumerate(["№ п/п", "Показатель", "Значение", "Подтверждающий документ (ссылка)"], 1):
                ws.cell(row=r, column=i, value=h)
            style_header(ws, r, 4)
            r += 1
            n = 0
            for crit, label in rows_by_dir[k]:
                label = labels.get(crit, label)
                n += 1
                ws.cell(row=r, column=1, value="%d.%d" % (k, n))
                ws.cell(row=r, column=2, value=label)
                f.labels.append((crit if crit != "JOINED" else None, label))
                c = ws.cell(row=r, column=3)
                if crit == "JOINED":
                    c.value = "%d / %d" % (d["mentors_total"], d["mentees_total"])
                    ws.cell(row=r, column=4, value="Приказ № 47-од от 09.09.2024 %s" % url_oosh("pr47_nastavniki"))
                    f.decoy(label)
                elif crit is None:
                    c.value = 2
                    f.decoy(label)
                else:
                    v = d.get(crit)
                    if v is None:
                        c.value = "—"
                    elif crit in YESNO:
                        c.value = "Да" if v == 1 else "Нет"
                        f.val(ws, c.coordinate, crit, v)
                    elif crit in SHARES:
                        c.value = pct_text(v)
                        f.val(ws, c.coordinate, crit, v, via="text")
                    elif crit in PERCENT:
                        c.value = pct_text(v, 1).replace("%", " %")
                        f.val(ws, c.coordinate, crit, v, via="text")
                    else:
                        c.value = v
                        f.val(ws, c.coordinate, crit, v)
                    if crit in links:
                        text, url = links[crit]
                        lc = ws.cell(row=r, column=4, value="%s %s" % (text, url))
                        f.link(ws, lc.coordinate, crit, url, via="text")
                    elif crit == "orgs_monitoring_order":
                        ws.cell(row=r, column=4, value="приказ будет издан в декабре")
                box(ws, r, 4)
                r += 1
            r += 1  # an empty row between the two sections
    wb.active = 0
    return f, wb


# --------------------------------------------------------------------------------------------
# File 5: МБУ ДО «Дом детского творчества» — sheets named only by numbers, the organisation
#          named in a sentence on the title sheet, a 2023 column on sheet 7, a plan-2025 column
#          on sheets 5 and 6.
# --------------------------------------------------------------------------------------------
def url_ddt(doc):
    return "https://ddt-zarechinsk.edu.ru/files/nastavnichestvo/2024/" + doc + ".pdf"


def build_ddt():
    org = "МБУ ДО «Дом детского творчества»"
    f = Form("DDT_Zarechinsk_CMN_2024.xlsx", org)
    d = DDT
    links = {
        "orgs_regulation_teachers": url_ddt("prikaz_64_polozhenie_pedagogi"),
        "orgs_regulation_students": url_ddt("prikaz_65_polozhenie_obuchayushchiesya"),
        "orgs_monitoring_order": url_ddt("prikaz_118_monitoring"),
        "curators_total": url_ddt("prikaz_66_kurator"),
        "agreements_enterprises": url_ddt("soglashenie_hlebozavod"),
        "agreements_other_orgs": url_ddt("soglasheniya_muzey_federaciya"),
        "mentors_total": url_ddt("prikaz_71_nastavniki"),
        "mentees_total": url_ddt("prikaz_72_nastavlyaemye"),
        "internal_monitoring_notes": url_ddt("spravka_monitoring_2024"),
        "pp_total": url_ddt("prikaz_75_PPN"),
        "other_org_mentors": url_ddt("prikaz_71_nastavniki"),
        "enterprise_mentors": url_ddt("prikaz_71_nastavniki"),
        "mentees_10_19": url_ddt("prikaz_72_nastavlyaemye"),
        "mentees_gifted": url_ddt("prikaz_72_nastavlyaemye"),
        "mentors_15_19": url_ddt("prikaz_71_nastavniki"),
        "satisfaction_mentees": url_ddt("anketirovanie_itogi"),
        "satisfaction_mentors": url_ddt("anketirovanie_itogi"),
        "young_specialists_mentees": url_ddt("prikaz_72_nastavlyaemye"),
        "teachers_other_mentees": url_ddt("prikaz_72_nastavlyaemye"),
        "teachers_in_pp": url_ddt("prikaz_75_PPN"),
        "kpk_trained": url_ddt("KPK_2024"),
        "school_methodical_associations": url_ddt("prikaz_70_MO"),
        "teachers_mentors": url_ddt("prikaz_71_nastavniki"),
        "young_specialists_mentors": url_ddt("prikaz_71_nastavniki"),
        "pay_acts": url_ddt("polozhenie_stimul_vyplaty"),
        "nonmaterial_acts": url_ddt("polozhenie_nematerialnoe"),
    }
    labels = {
        "students_10_19": "Количество обучающихся (воспитанников объединений) в возрасте 10–19 лет, чел.",
        "students_15_19": "Количество обучающихся объединений в возрасте 15–19 лет, чел.",
        "teachers_other": "Педагоги дополнительного образования и др. педагогические работники (без молодых специалистов), чел.",
        "mentees_gifted": "одарённые дети (победители и призёры, внесённые в реестры)",
        "school_methodical_associations": "Методическое объединение наставников ДДТ, ед.",
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Титул"
    widths(ws, {"A": 100})
    lines = [
        "Сведения о реализации целевой модели наставничества педагогических работников и обучающихся в %s за 2024 год" % org,
        "(городской округ «Город Заречинск»)",
        "",
        "Ответственный: Ермолаева Наталья Сергеевна, методист, тел. 8 (34157) 4-55-20",
        "Сведения приводятся по листам 1–11 (по направлениям мониторинга).",
    ]
    for i, t in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=t).alignment = WRAP
    ws["A1"].font = Font(bold=True, size=12)
    ws.row_dimensions[1].height = 34
    f.org_cell(ws, "A1", org, via="sentence")

    for k in range(1, 12):
        ws = wb.create_sheet(str(k))
        cols = ["№", "Наименование показателя", "Значение за 2024 г.", "Ссылка на документ"]
        if k == 7:
            cols = ["№", "Наименование показателя", "2023 г.", "2024 г.", "Ссылка на документ"]
        if k in (5, 6):
            cols = ["№", "Наименование показателя", "Факт 2024 г.", "План 2025 г.", "Ссылка на документ"]
        ncol = len(cols)
        widths(ws, {"A": 6, "B": 66, "C": 14, "D": 14 if ncol == 5 else 70, "E": 70})
        sheet_heading(f, ws, "%d. %s" % (k, DIR_TITLES[k]), ncol)
        for i, h in enumerate(cols, 1):
            ws.cell(row=3, column=i, value=h)
        style_header(ws, 3, ncol)
        vcol = 4 if k == 7 else 3
        lcol = ncol
        r = 4
        n = 0
        for crit, label in BASE[k]:
            if crit is None:
                continue
            label = labels.get(crit, label)
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=label)
            f.labels.append((crit, label))
            v = d.get(crit)
            c = ws.cell(row=r, column=vcol)
            if crit in YESNO:
                c.value = "Да" if v == 1 else "Нет"
            else:
                c.value = v
                if crit in PERCENT:
                    c.number_format = "0.00"
            f.val(ws, c.coordinate, crit, v)
            if k == 7:
                ws.cell(row=r, column=3, value=DDT_2023[crit]).number_format = "0.0"
            if k in (5, 6) and crit in DDT_PLAN_2025:
                ws.cell(row=r, column=4, value=DDT_PLAN_2025[crit])
                f.decoy("План 2025 г.")
            if crit in links:
                lc = ws.cell(row=r, column=lcol, value=links[crit])
                f.link(ws, lc.coordinate, crit, links[crit])
            box(ws, r, ncol)
            r += 1
        if k == 3:
            ws.cell(row=r + 1, column=2, value="Иные формы: «работодатель – ученик» (2)")
        if k == 2:
            lab = "Количество объединений (кружков), в которых реализуются программы наставничества, ед."
            ws.cell(row=r, column=1, value=n + 1)
            ws.cell(row=r, column=2, value=lab)
            ws.cell(row=r, column=3, value=17)
            box(ws, r, ncol)
            f.decoy(lab)
    wb.active = 0
    return f, wb


# --------------------------------------------------------------------------------------------
# File 6: the municipal form of Управление образования — same split, municipal criteria only,
#          with a 2023 column.
# --------------------------------------------------------------------------------------------
def build_mun():
    f = Form("UO_Zarechinsk_municipal_CMN_2024.xlsx", None)
    d = MUN
    U = "https://uo-zarechinsk.gosuslugi.ru/netcat_files/nastavnichestvo/"
    links = {
        "municipal_order": U + "prikaz_UO_118_ot_14.03.2022_CMN.pdf",
        "municipal_analytic_note": U + "spravka_monitoring_CMN_2024.pdf",
        "municipal_methodical_associations": U + "prikaz_UO_402_MO_nastavnikov.pdf",
        "best_practices": "https://imc-zarechinsk.ru/nastavnichestvo/luchshie-praktiki/",
        "contests": U + "prikaz_UO_77_konkurs_Nastavnik_goda_2024.pdf",
        "network_community": "https://vk.com/nastavniki_zarechinsk",
        "network_mentors": U + "prikaz_UO_415_setevye_nastavniki.pdf",
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Общие сведения"
    widths(ws, {"A": 42, "B": 30, "C": 30})
    ws["A1"] = "Муниципальная форма мониторинга реализации целевой модели наставничества"
    ws.merge_cells("A1:C1")
    ws["A1"].font = Font(bold=True, size=12)
    rows = [
        ("Муниципальное образование:", "Городской округ «Город Заречинск»"),
        ("Орган, осуществляющий управление в сфере образования:", "Управление образования Администрации города Заречинска"),
        ("Муниципальный координатор ЦМН:", "МБУ «Информационно-методический центр» г. Заречинска"),
        ("Отчётный период:", "2024 год"),
        ("Ответственный (ФИО, должность):", "Белоусова Марина Анатольевна, главный специалист-эксперт"),
        ("Телефон:", "8 (34157) 2-17-63"),
    ]
    r = 3
    for lab, v in rows:
        ws.cell(row=r, column=1, value=lab).font = BOLD
        ws.cell(row=r, column=1).alignment = WRAP
        ws.cell(row=r, column=2, value=v).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        r += 1
    sheets = [
        ("1. Нормативная база", "1. Нормативное обеспечение реализации целевой модели наставничества", [
            ("municipal_order", "Приказ органа управления образованием о реализации целевой модели наставничества в муниципалитете (1 – есть / 0 – нет)"),
            (None, "Реквизиты приказа"),
            ("municipal_analytic_note", "Информационно-аналитическая справка по итогам муниципального мониторинга (1 – есть / 0 – нет)"),
        ]),
        ("9. Методобъединения", "9. Непрерывное профессиональное развитие педагогических работников", [
            ("municipal_methodical_associations", "Муниципальные (городские) методические объединения, сообщества наставников, ед."),
            (None, "Количество мероприятий муниципального уровня для наставников и кураторов (семинары, вебинары), ед."),
        ]),
        ("12. Инф. сопровождение", "12. Информационное сопровождение реализации целевой модели наставничества", [
            ("best_practices", "Лучшие практики наставничества, опубликованные на ресурсах муниципалитета / сайте Сообщества педагогов УР (за календарный год), ед."),
            ("contests", "Профессиональные конкурсы по наставничеству, проведённые в муниципалитете (за календарный год), ед."),
            (None, "Количество участников муниципального конкурса «Наставник года – 2024», чел."),
        ]),
        ("13. Сетевое сообщество", "13. Сетевое сообщество наставников", [
            ("network_community", "Сетевое сообщество педагогов-наставников (1 – есть / 0 – нет)"),
            ("network_mentors", "Сетевые наставники (по приказу МОиН УР № 15/09 от 29.12.2017), чел."),
        ]),
    ]
    decoy_vals = {"Реквизиты приказа": ("от 14.03.2022 № 118", "от 14.03.2022 № 118"),
                  "Количество мероприятий": (7, 9), "Количество участников": (9, 11)}
    for name, title, rows_ in sheets:
        ws = wb.create_sheet(name)
        widths(ws, {"A": 7, "B": 70, "C": 12, "D": 12, "E": 62})
        sheet_heading(f, ws, title, 5)
        for i, h in enumerate(["№ п/п", "Показатель", "2023 г.", "2024 г.", "Подтверждающий документ (ссылка)"], 1):
            ws.cell(row=2, column=i, value=h)
        style_header(ws, 2, 5)
        r = 3
        for n, (crit, label) in enumerate(rows_, 1):
            ws.cell(row=r, column=1, value="%s.%d" % (name.split(".")[0], n))
            ws.cell(row=r, column=2, value=label)
            f.labels.append((crit, label))
            if crit is None:
                for key, (a, b) in decoy_vals.items():
                    if label.startswith(key):
                        ws.cell(row=r, column=3, value=a)
                        ws.cell(row=r, column=4, value=b)
                f.decoy(label)
            else:
                ws.cell(row=r, column=3, value=MUN_2023[crit])
                c = ws.cell(row=r, column=4, value=d[crit])
                c.fill = INPUT_FILL
                f.val(ws, c.coordinate, crit, d[crit])
                lc = ws.cell(row=r, column=5, value=links[crit])
                f.link(ws, lc.coordinate, crit, links[crit])
            box(ws, r, 5)
            r += 1
        if name.startswith("12"):
            r += 1
            t = "Перечень размещённых практик наставничества (справочно)"
            ws.cell(row=r, column=2, value=t).font = BOLD
            f.heading(t)
            r += 1
            for i, h in ((1, "№"), (2, "Тема практики"), (5, "Образовательная организация")):
                ws.cell(row=r, column=i, value=h).font = BOLD
            r += 1
            practices = [
                ("«Первые шаги в профессии»: программа сопровождения молодого учителя", "МАОУ «Гимназия № 1»"),
                ("Клуб «Старшеклассник – пятикласснику»", "МБОУ «СОШ № 3»"),
                ("Инженерные каникулы: наставничество «работодатель – ученик»", "МБОУ «Лицей № 7»"),
                ("Шахматная школа наставников", "МБУ ДО «Дом детского творчества»"),
                ("Методический десант для малокомплектной школы", "МБОУ «ООШ № 12»"),
                ("Сетевая площадка «Наставник онлайн»", "МБУ «ИМЦ» г. Заречинска"),
            ]
            for i, (topic, who) in enumerate(practices, 1):
                ws.cell(row=r, column=1, value=i)
                ws.cell(row=r, column=2, value=topic)
                ws.cell(row=r, column=5, value=who)
                r += 1
    wb.active = 0
    return f, wb


# --------------------------------------------------------------------------------------------
def resave_with_libreoffice(path):
    """Re-save through LibreOffice so that formula results are cached in the file."""
    tmp = tempfile.mkdtemp(prefix="ho37_")
    try:
        subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        out = os.path.join(tmp, os.path.basename(path))
        assert os.path.exists(out), "LibreOffice did not write " + out
        shutil.move(out, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def norm(s):
    return " ".join(str(s).lower().replace("ё", "е").split())


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    forms = []
    for builder in (build_sosh3, build_gimn1, build_licey7, build_oosh12, build_ddt, build_mun):
        form, wb = builder()
        path = os.path.join(HERE, form.file)
        wb.save(path)
        if builder is build_licey7:
            resave_with_libreoffice(path)
            for c in form.cells:
                c["resaved_by"] = "LibreOffice (soffice --headless --convert-to xlsx)"
        forms.append(form)

    expected = [f.entry() for f in forms]
    cells = [c for f in forms for c in f.cells]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cells, fh, ensure_ascii=False, indent=1)

    # statistics
    nv = sum(len(f.values) for f in forms)
    nl = sum(len(f.links) for f in forms)
    rows = [(c, l) for f in forms for c, l in f.labels if c]
    verbatim = 0
    for c, l in rows:
        w = {norm(CAT[c][k]) for k in ("wording_2023", "wording_2024", "form_wording") if CAT[c][k]}
        base = norm(l.split(" (1 –")[0])
        if norm(l) in w or base in w:
            verbatim += 1
    for f in forms:
        print("%-45s values=%3d links=%3d" % (f.file, len(f.values), len(f.links)))
    print("files=%d values=%d links=%d; criterion rows=%d, verbatim catalogue wording=%d (%.0f%%)"
          % (len(forms), nv, nl, len(rows), verbatim, 100.0 * verbatim / len(rows)))
    assert 150 <= nv <= 280, nv


if __name__ == "__main__":
    main()
