#!/usr/bin/env python3
"""Writes unseen-style XLSX forms into forms/ and their expected reading into forms/expected.json.

- forms/glazov/: 5 organisation forms laid out like the Glazov school's form (seed 001): every row of that
  form with its exact wording, plus rows for the other org-level criteria of 2024 in an organisation's own words.
- forms/region/: 5 organisation forms of «another region»: year only in the title, numbered sections, criteria
  worded the other region's way, rows shuffled, some criteria missing, some rows that are not criteria,
  values sometimes typed as text.
- forms/wide/: one wide export (a row per organisation, a column per criterion).

Run by hand after make_corpus.py: `python3 make_forms.py` (deterministic).  The judgement of every seed-001
wording is taken from wordings.tsv, so the corpus and the forms cannot disagree.  See README.md.
"""
import csv
import json
import os
import random
import re
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
FORMS = os.path.join(HERE, "forms")
YEAR = 2024

rng = random.Random(1710)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


CATALOGUE = {c["id"]: c for c in read_tsv(os.path.join(REPO, "Templates", "criteria.tsv"))}
SYNONYMS = read_tsv(os.path.join(REPO, "Templates", "synonyms.tsv"))
CORPUS = {r["wording"].replace("\\n", "\n"): r["expected"] for r in read_tsv(os.path.join(HERE, "wordings.tsv"))}


def norm(s):
    s = s.lower().replace("ё", "е").replace("\n", " ")
    s = re.sub(r"[«»\"“”„()]", "", s)
    return re.sub(r"\s+", " ", s).strip(" .,:;")


CATALOGUE_WORDINGS = {norm(c[k]) for c in CATALOGUE.values() for k in ("wording_2023", "wording_2024", "form_wording")
                      if c[k]} | {norm(s["synonym"]) for s in SYNONYMS}


def own_wording(w, cid):
    """An organisation's own wording: must not be a catalogue wording, nor judged otherwise in the corpus."""
    assert cid in CATALOGUE, cid
    assert norm(w) not in CATALOGUE_WORDINGS, f"copied from the catalogue: {w}"
    if w in CORPUS:
        assert CORPUS[w] == cid, (w, CORPUS[w], cid)
    return w


def judged(w):
    """The corpus' judgement of a seed wording (criterion id or '-')."""
    if w not in CORPUS:
        sys.exit(f"not in wordings.tsv: {w!r}")
    return CORPUS[w]


# The org-level criteria of 2024 an organisation reports itself (ratios of municipal sums over the
# organisations — share_orgs_* — are about the municipality and are left out of an organisation's form).
ORG_2024 = [cid for cid, c in CATALOGUE.items()
            if c["level"] == "org" and c["wording_2024"] and c["aggregation"] not in ("forms", "sum_of")
            and cid not in ("share_orgs_teachers_system", "share_orgs_students_system")]


# --------------------------------------------------------------------------------------------------
# Values of one organisation (consistent with each other: shares are the ratios of the counts)
# --------------------------------------------------------------------------------------------------
def pct(a, b):
    if not b:
        return 0
    x = round(100.0 * a / b, 2)
    return int(x) if x == int(x) else x


PARTNERS = ["ФГБОУ ВО «Глазовский государственный инженерно-педагогический университет им. В.Г. Короленко»",
            "АО «Чепецкий механический завод»", "ООО «Глазовский завод Химмаш»", "МБУ «Центр социальной помощи»",
            "БПОУ УР «Глазовский политехнический колледж»", "АНО «Технопарк»", "ГБУЗ УР «Глазовская МБ»"]
COURSES = ["«Организация наставничества в образовательной организации», АОУ ДПО УР ИРО, 36 ч.",
           "«Наставничество: модели и практики», ФГАОУ ДПО «Академия Минпросвещения России», 72 ч.",
           "«Куратор целевой модели наставничества», 24 ч."]
SUBJECTS = ["Совместная реализация программ наставничества (профориентация обучающихся)",
            "Предоставление сотрудников для участия в программах наставничества в роли наставников",
            "Сетевое взаимодействие по сопровождению молодых педагогов"]


def org_values(r):
    v = {}
    v["students_10_19"] = r.randint(280, 1250)
    v["mentees_10_19"] = r.randint(int(v["students_10_19"] * 0.05), int(v["students_10_19"] * 0.6))
    m = v["mentees_10_19"]
    v["mentees_risk"] = r.randint(0, max(1, m // 10))
    v["mentees_disabled"] = r.randint(0, max(1, m // 12))
    v["mentees_gifted"] = r.randint(0, max(1, m // 8))
    v["mentees_low_motivation"] = r.randint(0, max(1, m // 6))
    v["mentees_career"] = r.randint(0, max(1, m // 6))
    v["mentees_other_params"] = max(0, m - v["mentees_risk"] - v["mentees_disabled"] - v["mentees_gifted"]
                                    - v["mentees_low_motivation"] - v["mentees_career"])
    v["share_mentees_10_19"] = pct(m, v["students_10_19"])
    v["students_15_19"] = r.randint(40, 260)
    v["mentors_15_19"] = r.randint(0, v["students_15_19"] // 3)
    v["share_mentors_15_19"] = pct(v["mentors_15_19"], v["students_15_19"])
    v["young_specialists"] = r.randint(1, 14)
    v["young_specialists_mentees"] = r.randint(0, v["young_specialists"])
    v["share_young_specialists_mentees"] = pct(v["young_specialists_mentees"], v["young_specialists"])
    v["teachers_other"] = r.randint(25, 95)
    v["teachers_other_mentees"] = r.randint(0, 12)
    v["share_teachers_mentees"] = pct(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                                      v["teachers_other"] + v["young_specialists"])
    v["young_specialists_mentors"] = r.randint(0, min(2, v["young_specialists"]))
    v["teachers_mentors"] = r.randint(v["young_specialists_mentees"], v["young_specialists_mentees"] + 20)
    v["share_teachers_mentors"] = pct(v["teachers_mentors"], v["teachers_other"] + v["young_specialists"])
    v["share_young_specialists_mentors"] = pct(v["young_specialists_mentors"], v["young_specialists"])
    v["external_edu_mentors"] = r.randint(0, 4)
    v["other_org_mentors"] = r.randint(0, 3)
    v["enterprise_mentors"] = r.randint(0, 3)
    v["mentors_total"] = v["teachers_mentors"] + v["mentors_15_19"] + v["external_edu_mentors"] + \
        v["other_org_mentors"] + v["enterprise_mentors"]
    v["mentees_total"] = m + v["young_specialists_mentees"] + v["teachers_other_mentees"]
    v["curators_total"] = r.randint(1, 2)
    v["agreements_edu_orgs"] = r.randint(0, 3)
    v["agreements_enterprises"] = r.randint(0, 2)
    v["agreements_other_orgs"] = r.randint(0, 2)
    npart = v["agreements_edu_orgs"] + v["agreements_enterprises"] + v["agreements_other_orgs"]
    v["partner_list"] = "; ".join(r.sample(PARTNERS, min(max(1, npart), len(PARTNERS))))
    v["agreement_subjects"] = r.choice(SUBJECTS) if npart else None
    for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil"):
        v[k] = r.randint(0, 40)
    v["pp_student_student"] = 0
    v["pp_student_pupil"] = r.choice([0, 0, 1])
    v["pp_other"] = r.choice([0, 0, 2, 3])
    v["pp_total"] = sum(v[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil",
                                       "pp_student_student", "pp_student_pupil", "pp_other"))
    v["teachers_in_pp"] = r.randint(v["teachers_mentors"] // 2, v["teachers_mentors"] + v["young_specialists_mentees"]
                                    + v["teachers_other_mentees"])
    v["trainees_internship"] = r.randint(0, 3)
    v["kpk_trained"] = r.randint(0, 4)
    v["kpk_courses"] = "; ".join(r.sample(COURSES, r.randint(1, 2))) if v["kpk_trained"] else None
    v["school_methodical_associations"] = r.choice([0, 1, 1, 1])
    v["pay_acts"] = r.choice([0, 1, 1])
    v["nonmaterial_acts"] = r.choice([0, 1, 1])
    v["satisfaction_mentees"] = r.randint(78, 98)
    v["satisfaction_mentors"] = r.randint(78, 98)
    for k in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
              "internal_monitoring_notes"):
        v[k] = 1 if r.random() < 0.85 else 0
    v["programmes_total"] = 1 if r.random() < 0.8 else 0
    return v


CELLS = []  # (file, criterion id, value cell, link cell) of the organisation forms, checked after writing
YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes"}


def yes_no(x, style="Да"):
    if style == "Да":
        return "Да" if x else "Нет"
    return "да" if x else "нет"


def save(wb, path):
    """Save, then pin the zip entry times and the document dates so that a re-run gives the same bytes."""
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-11-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def style_sheet(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


# --------------------------------------------------------------------------------------------------
# Glazov-style forms
# --------------------------------------------------------------------------------------------------
# The form of seed 001, row by row: (Показатель, [criterion titles]); None = the row has no criterion title
# (the title is the «Показатель» cell itself, as the satisfaction rows of the seed).
S = {
    "prog": "Наличие утвержденной программы наставничества в ОО по различным формам наставничества "
            "формамнаставничества",
    "agr": "Наличие дополнительных соглашений о сотрудничестве с ОО, образовательными организациями ВО, СПО, "
           "предприятиями города Глазова по вопросам наставничества",
    "mentors": "Количество наставников в базе ОО (по приказу)",
    "act": "Наличие нормативного акта в ОО",
    "reg_t": "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников в "
             "образовательной организации»",
    "reg_s": "Наличие приказа «Об утверждении положения о системе наставничества обучающихся в образовательной "
             "организации»",
    "road": "Наличие дорожной карты ОО",
    "mon": "Наличие приказа о мониторинге в ОО",
    "ent": "Количество наставников из числа сотрудников предприятий и организаций (по приказу)",
    "proj": "Количество реализованных образовательных и культурных проектов на базе ОО совместно с представителями "
            "предприятий наставника и организаций, участвующих в реализации программ наставничества",
    "nent": "Количество предприятий и иных организаций, участвующих в программах наставничества",
    "risk": "Количество обучающихся из числа «группы риска», включенных в программы наставничества в роли наставляемого",
    "dis": "Количество обучающихся из числа детей с ОВЗ и детей-инвалидов, включенных в программы наставничества в роли "
           "наставляемого",
    "gift": "Количество обучающихся из числа «одаренных детей» (вошедших в реестры), включенных в программы "
            "наставничества в роли наставляемого",
    "m1019": "Количество обучающихся (от 10до 19 лет), включенных в программы наставничества в роли наставляемого",
    "s1519": "Количество наставников из числа обучающихся в базе наставников (по приказу)",
    "base": "Наличие базы наставников ОО из числа обучающихся",
    "ycal": "Количество молодых педагогов в ОО за календарный год",
    "y3": "Общее количество молодых педагогов, пришедших на работу в ОО за последние три года",
    "ym": "Количество молодых педагогов, участвующих в программах наставничества в роли наставляемых в текущем "
          "календарном году",
    "ymm": "Количество педагогов, выполняющих функции наставника над молодыми педагогами, от общего числа педагогов ОО",
    "pp": "Количество персонализированных программ наставничества, разработанных и утвержденных в ОО",
    "intern": "Количество педагогов, участвующих в стажерских площадках в роли стажера",
    "kpk": "Количество педагогических работников, обучившихся на КПК по вопросам наставничества",
    "shmo": "Наличие методического объединения (ШМО) наставников из числа педагогов в ОО",
    "tm": "Количество педагогов, участвующих в программах наставничества в роли наставника",
    "netm": "Количество педагогов, включенных в сетевые сообщества (наставников) в роли наставника",
    "func": "Количество педагогов, выполняющих функции наставника",
    "tme": "Количество педагогов, участвующих в программах наставничества в роли наставляемого",
    "netme": "Количество педагогов, включенных в сетевые сообщества (наставников) в роли наставляемых",
}
P_SAT_MENTORS = "Уровень\nудовлетворенности наставников участием в программах наставничества"
P_SAT_MENTEES = "Уровень\nудовлетворенности наставляемых участием в программах наставничества"
SEED_GROUPS = [
    ("Организация процесса реализации Целевой модели наставничества", ["prog", "agr", "mentors"]),
    ("Нормативное обеспечение реализации Целевой модели наставничества", ["act", "reg_t", "reg_s", "road", "mon"]),
    ("Включение предприятий (организаций) в программы наставничества в роли наставников", ["ent", "proj", "nent"]),
    ("Охват детей в возрасте от 10 до19 лет от общего числа, вошедших в программы наставничества в роли\nнаставляемого",
     ["risk", "dis", "gift", "m1019"]),
    ("Охват детей и подростков в возрасте от 15 до19 лет от общего количества детей, вошедших в программы "
     "наставничества в роли наставника", ["s1519", "base"]),
    (P_SAT_MENTORS, [None]),
    (P_SAT_MENTEES, [None]),
    ("Включение педагогов-молодых специалистов в программы наставничества в роли\nнаставляемого",
     ["ycal", "y3", "ym", "ymm"]),
    ("Обеспечение непрерывного профессионального развития педагогических работников", ["pp", "intern", "kpk", "shmo"]),
    ("Включение педагогов в программы наставничества в роли наставника", ["tm", "netm", "func"]),
    ("Включение педагогов в программы наставничества в роли наставляемого", ["tme", "netme"]),
]

# Rows for the other org-level criteria, in a Glazov school's own words: (group index or new group, id, wording)
GLAZOV_OWN = [
    (0, "curators_total", "Количество кураторов внедрения целевой модели наставничества, назначенных приказом по ОО"),
    (0, "mentees_total", "Количество наставляемых, внесенных в базу наставляемых ОО (по приказу)"),
    (0, "agreements_edu_orgs", "Количество заключенных соглашений с другими образовательными организациями, "
                               "направившими своих сотрудников наставниками"),
    (0, "agreements_enterprises", "Количество заключенных соглашений с предприятиями, направившими своих сотрудников "
                                  "наставниками"),
    (0, "agreements_other_orgs", "Количество заключенных соглашений с иными организациями (любой формы собственности), "
                                 "направившими своих сотрудников наставниками"),
    (0, "agreement_subjects", "Предмет заключенных соглашений о сотрудничестве"),
    (0, "partner_list", "Перечень предприятий и организаций — партнеров ОО по наставничеству"),
    (1, "internal_monitoring_notes", "Наличие аналитической справки ОО по результатам внутреннего мониторинга "
                                     "наставничества"),
    (2, "external_edu_mentors", "Количество наставников — сотрудников других образовательных организаций (по приказу)"),
    (2, "other_org_mentors", "Количество наставников — сотрудников иных организаций (по приказу)"),
    (2, "enterprise_mentors", "Количество наставников — сотрудников предприятий (по приказу)"),
    (3, "students_10_19", "Общая численность обучающихся ОО в возрасте от 10 до 19 лет"),
    (3, "mentees_low_motivation", "Количество обучающихся с низкой учебной мотивацией и неудовлетворительной "
                                  "успеваемостью, включенных в программы наставничества в роли наставляемого"),
    (3, "mentees_career", "Количество обучающихся, испытывающих трудности с выбором образовательной траектории и "
                          "профессии, включенных в программы наставничества в роли наставляемого"),
    (3, "mentees_other_params", "Количество обучающихся, включенных в программы наставничества в роли наставляемого по "
                                "иным основаниям"),
    (3, "share_mentees_10_19", "Доля обучающихся от 10 до 19 лет, включенных в программы наставничества в роли "
                               "наставляемого, от их общего числа в ОО, %"),
    (4, "students_15_19", "Общая численность обучающихся ОО в возрасте от 15 до 19 лет"),
    (4, "share_mentors_15_19", "Доля обучающихся от 15 до 19 лет, выступающих наставниками, от их общего числа в ОО, %"),
    (7, "share_young_specialists_mentees", "Доля молодых педагогов (до 35 лет, стаж до 3 лет), включенных в программы "
                                           "наставничества в роли наставляемого, %"),
    (8, "teachers_in_pp", "Количество педагогов ОО, участвующих в утвержденных персонализированных программах "
                          "наставничества"),
    (8, "kpk_courses", "Названия пройденных курсов повышения квалификации по вопросам наставничества"),
    (9, "young_specialists_mentors", "Количество молодых педагогов (до 35 лет, стаж до 3 лет), выступающих наставниками"),
    (9, "share_teachers_mentors", "Доля педагогических работников ОО, участвующих в программах наставничества в роли "
                                  "наставника, %"),
    (9, "share_young_specialists_mentors", "Доля молодых педагогов, выступающих наставниками, от общего числа молодых "
                                           "педагогов ОО, %"),
    (10, "teachers_other", "Общее количество педагогических работников ОО (без учета молодых специалистов)"),
    (10, "teachers_other_mentees", "Количество педагогических работников (без учета молодых специалистов), участвующих "
                                   "в программах наставничества в роли наставляемого"),
    (10, "share_teachers_mentees", "Доля педагогических работников ОО, участвующих в программах наставничества в роли "
                                   "наставляемого, %"),
    ("Персонализированные программы наставничества по формам", "pp_pupil_pupil",
     "Количество персонализированных программ наставничества в форме «ученик – ученик»"),
    ("Персонализированные программы наставничества по формам", "pp_teacher_teacher",
     "Количество персонализированных программ наставничества в форме «учитель – учитель» (педагог – педагог)"),
    ("Персонализированные программы наставничества по формам", "pp_student_student",
     "Количество персонализированных программ наставничества в форме «студент – студент»"),
    ("Персонализированные программы наставничества по формам", "pp_head_teacher",
     "Количество персонализированных программ наставничества в форме «руководитель – педагог»"),
    ("Персонализированные программы наставничества по формам", "pp_student_pupil",
     "Количество персонализированных программ наставничества в форме «студент – ученик»"),
    ("Персонализированные программы наставничества по формам", "pp_teacher_pupil",
     "Количество персонализированных программ наставничества в форме «учитель – ученик»"),
    ("Персонализированные программы наставничества по формам", "pp_other",
     "Количество персонализированных программ наставничества в иных формах (указать формы)"),
    ("Стимулирование наставнической деятельности", "pay_acts",
     "Количество локальных актов ОО, устанавливающих оплату (доплату) за наставническую деятельность"),
    ("Стимулирование наставнической деятельности", "nonmaterial_acts",
     "Количество локальных актов ОО о нематериальном стимулировании наставников"),
]

GLAZOV_ORGS = [
    ("МБОУ «Средняя общеобразовательная школа № 4»", "shkola4glazov-r18"),
    ("МБОУ «Гимназия № 6»", "gimnaziya6glazov-r18"),
    ("МБОУ «СОШ № 11»", "shkola11glazov-r18"),
    ("МБОУ «Физико-математический лицей»", "fmlglazov-r18"),
    ("МБУ ДО «Дом детского творчества»", "ddtglazov-r18"),
]


def glazov_seed_value(key, v, r):
    """Values of the seed rows: criteria get the organisation's value, other rows something plausible."""
    table = {
        "prog": yes_no(v["programmes_total"]), "agr": r.choice(["Да", "Нет"]), "mentors": v["mentors_total"],
        "act": "Да", "reg_t": yes_no(v["orgs_regulation_teachers"]), "reg_s": yes_no(v["orgs_regulation_students"]),
        "road": r.choice(["Да", "Да", "Нет"]), "mon": yes_no(v["orgs_monitoring_order"]),
        "ent": v["enterprise_mentors"] + v["other_org_mentors"] + v["external_edu_mentors"],
        "proj": r.randint(0, 3), "nent": v["agreements_enterprises"] + v["agreements_other_orgs"],
        "risk": v["mentees_risk"], "dis": v["mentees_disabled"], "gift": v["mentees_gifted"], "m1019": v["mentees_10_19"],
        "s1519": v["mentors_15_19"], "base": "Да" if v["mentors_15_19"] else "Нет",
        "ycal": r.randint(0, v["young_specialists"]), "y3": v["young_specialists"], "ym": v["young_specialists_mentees"],
        "ymm": v["young_specialists_mentees"], "pp": v["pp_total"], "intern": v["trainees_internship"],
        "kpk": v["kpk_trained"], "shmo": yes_no(v["school_methodical_associations"]), "tm": v["teachers_mentors"],
        "netm": r.randint(0, 2), "func": r.randint(0, v["teachers_mentors"]),
        "tme": v["teachers_other_mentees"] + v["young_specialists_mentees"], "netme": r.randint(0, 1),
    }
    return table[key]


def as_expected(cid, cell_value):
    """What a correct reader gets from a cell: numbers, yes = 1 / no = 0, text for list/text criteria."""
    unit = CATALOGUE[cid]["unit"]
    if unit in ("list", "text"):
        return cell_value
    if isinstance(cell_value, (int, float)):
        return cell_value
    s = str(cell_value).strip().lower()
    if s in ("да", "yes"):
        return 1
    if s in ("нет", "no"):
        return 0
    s = s.replace("\u00a0", " ").replace(" ", "").replace(",", ".").rstrip("%")
    x = float(s)
    return int(x) if x == int(x) and "." not in s else x


def make_glazov(i, name, host, v, r):
    path = os.path.join(FORMS, "glazov", f"glazov_{i + 1:02d}.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    ws["A1"] = "Внутренний мониторинг внедрения целевой модели наставничества"
    ws["A1"].font = Font(bold=True)
    ws["A3"], ws["B3"] = "Образовательная организация", name
    ws["A4"], ws["B4"] = "Отчетный год", YEAR
    header = ["Показатель", "Критерий", "Единица измерения (количество)", "Измерительный материал/источник информации"]
    ws.append([])
    ws.append(header)
    for c in ws[6]:
        c.font = Font(bold=True)
    expected, links, not_criteria, headings = {}, {}, [], []

    groups = [(p, [("seed", k) for k in keys]) for p, keys in SEED_GROUPS]
    for where, cid, wording in GLAZOV_OWN:
        own_wording(wording, cid)
        if isinstance(where, int):
            groups[where][1].append(("own", (cid, wording)))
        else:
            for g in groups:
                if g[0] == where:
                    g[1].append(("own", (cid, wording)))
                    break
            else:
                groups.append((where, [("own", (cid, wording))]))

    blank_ids = set()
    if i == 2:   # this organisation leaves some values empty: «not reported», not 0
        blank_ids = {"mentees_career", "teachers_in_pp", "pp_student_pupil"}
    link_n = 300 + 7 * i
    row = ws.max_row + 1
    for pokaz, items in groups:
        start = row
        if items != [("seed", None)]:
            headings.append(pokaz)
        for kind, item in items:
            if kind == "seed" and item is None:
                title, cid = pokaz, judged(pokaz)
                value = v[cid]
                ws.cell(row, 1, pokaz)
                ws.cell(row, 3, value)
                expected[cid] = as_expected(cid, value)
                CELLS.append((path, cid, f"C{row}", None))
                row += 1
                continue
            if kind == "seed":
                title = S[item]
                cid = judged(title)
                value = glazov_seed_value(item, v, r)
            else:
                cid, title = item
                value = v[cid]
                if CATALOGUE[cid]["unit"] == "yesno" or cid in YESNO:
                    value = yes_no(value)
            if cid in blank_ids:
                value = None
            ws.cell(row, 2, title)
            ws.cell(row, 3, value)
            link = None
            if cid == "-":
                not_criteria.append(title)
                if r.random() < 0.4:
                    link = f"https://{host}.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-52_{link_n}.html"
            elif value is not None and (CATALOGUE[cid]["needs_source"] == "yes" or r.random() < 0.5):
                link_n += 1
                link = f"https://{host}.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-52_{link_n}.html"
            if link:
                ws.cell(row, 4, link)
            if cid != "-" and value is not None:
                expected[cid] = as_expected(cid, value)
                CELLS.append((path, cid, f"C{row}", f"D{row}" if link else None))
                if link:
                    links[cid] = link
            row += 1
        if row - 1 > start:
            ws.cell(start, 1, pokaz)
            ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
        elif items != [("seed", None)]:
            ws.cell(start, 1, pokaz)
    style_sheet(ws, {"A": 38, "B": 70, "C": 16, "D": 60})
    save(wb, path)
    return {"file": os.path.relpath(path, FORMS), "organisation": name, "year": YEAR, "values": expected,
            "links": links, "not_criteria": not_criteria, "headings": headings}


# --------------------------------------------------------------------------------------------------
# Forms of another region
# --------------------------------------------------------------------------------------------------
REGION_SECTIONS = [
    ("Нормативное обеспечение реализации целевой модели наставничества", [
        ("orgs_regulation_teachers", ["Наличие приказа об утверждении Положения о наставничестве педагогических "
                                      "работников ОО"]),
        ("orgs_regulation_students", ["Наличие приказа об утверждении Положения о наставничестве обучающихся ОО"]),
        ("orgs_monitoring_order", ["Наличие приказа о проведении мониторинга реализации целевой модели наставничества",
                                   "Наличие в образовательной организации приказа о проведении мониторинга "
                                   "наставничества"]),
        ("internal_monitoring_notes", ["Наличие аналитической справки по результатам внутреннего мониторинга "
                                       "наставничества"]),
    ]),
    ("Организационное обеспечение наставнической деятельности", [
        ("curators_total", ["Численность кураторов внедрения целевой модели наставничества",
                            "Число кураторов внедрения целевой модели наставничества согласно приказу"]),
        ("mentors_total", ["Численность наставников согласно приказу", "Число наставников ОО согласно приказу"]),
        ("mentees_total", ["Численность наставляемых согласно приказу", "Число наставляемых ОО согласно приказу"]),
        ("agreements_edu_orgs", ["Число соглашений о сотрудничестве с образовательными организациями, предоставившими "
                                 "наставников"]),
        ("agreements_enterprises", ["Число соглашений о сотрудничестве с предприятиями, предоставившими наставников"]),
        ("agreements_other_orgs", ["Число соглашений с иными организациями (любой формы собственности), "
                                   "предоставившими наставников"]),
        ("agreement_subjects", ["Предмет заключенных соглашений"]),
        ("partner_list", ["Перечень организаций (предприятий) — партнеров по наставничеству"]),
    ]),
    ("Персонализированные программы наставничества", [
        ("pp_total", ["Число персонализированных программ наставничества (всего)"]),
        ("pp_pupil_pupil", ["Число персонализированных программ в форме «обучающийся – обучающийся»"]),
        ("pp_teacher_teacher", ["Число персонализированных программ в форме «педагог – педагог»"]),
        ("pp_student_student", ["Число персонализированных программ в форме «студент – студент»"]),
        ("pp_head_teacher", ["Число персонализированных программ в форме «руководитель – педагог»"]),
        ("pp_student_pupil", ["Число персонализированных программ в форме «студент – обучающийся»"]),
        ("pp_teacher_pupil", ["Число персонализированных программ в форме «педагог – обучающийся»"]),
        ("pp_other", ["Число персонализированных программ в иных формах"]),
    ]),
    ("Привлечение наставников из сторонних организаций", [
        ("external_edu_mentors", ["Численность наставников из сторонних образовательных организаций согласно приказу"]),
        ("other_org_mentors", ["Численность наставников из иных организаций согласно приказу"]),
        ("enterprise_mentors", ["Численность наставников из числа работников предприятий согласно приказу"]),
    ]),
    ("Вовлеченность обучающихся 10–19 лет в качестве наставляемых", [
        ("students_10_19", ["Численность обучающихся в возрасте 10–19 лет"]),
        ("mentees_10_19", ["Численность обучающихся в возрасте 10–19 лет в качестве наставляемых"]),
        ("mentees_risk", ["Численность обучающихся «группы риска» (10–19 лет) в качестве наставляемых"]),
        ("mentees_gifted", ["Численность одаренных обучающихся (из реестров одаренных детей) в качестве наставляемых"]),
        ("mentees_disabled", ["Численность обучающихся с ОВЗ и детей-инвалидов (10–19 лет) в качестве наставляемых"]),
        ("mentees_low_motivation", ["Численность обучающихся (10–19 лет) с низкой учебной мотивацией и "
                                    "неудовлетворительной успеваемостью в качестве наставляемых"]),
        ("mentees_career", ["Численность обучающихся (10–19 лет), испытывающих трудности в выборе образовательной "
                            "траектории и профессии, в качестве наставляемых"]),
        ("mentees_other_params", ["Численность обучающихся (10–19 лет) в качестве наставляемых по иным основаниям"]),
        ("share_mentees_10_19", ["Доля обучающихся 10–19 лет, вовлеченных в программы наставничества в качестве "
                                 "наставляемых, %"]),
    ]),
    ("Вовлеченность обучающихся 15–19 лет в качестве наставников", [
        ("students_15_19", ["Численность обучающихся в возрасте 15–19 лет"]),
        ("mentors_15_19", ["Численность обучающихся 15–19 лет в качестве наставников согласно приказу"]),
        ("share_mentors_15_19", ["Доля обучающихся 15–19 лет, вовлеченных в программы наставничества в качестве "
                                 "наставников, %"]),
    ]),
    ("Удовлетворенность участников программ наставничества", [
        ("satisfaction_mentees", ["Удовлетворенность наставляемых участием в завершенных программах наставничества, %"]),
        ("satisfaction_mentors", ["Удовлетворенность наставников участием в завершенных программах наставничества, %"]),
    ]),
    ("Педагогические работники в качестве наставляемых", [
        ("young_specialists", ["Численность молодых специалистов (до 35 лет, стаж работы до 3 лет)"]),
        ("young_specialists_mentees", ["Численность молодых специалистов в качестве наставляемых"]),
        ("teachers_other", ["Численность педагогических работников, не относящихся к молодым специалистам"]),
        ("teachers_other_mentees", ["Численность педагогических работников (кроме молодых специалистов) в качестве "
                                    "наставляемых"]),
        ("share_young_specialists_mentees", ["Доля молодых специалистов, вовлеченных в программы наставничества в "
                                             "качестве наставляемых, %"]),
        ("share_teachers_mentees", ["Доля педагогических работников в качестве наставляемых, %"]),
    ]),
    ("Профессиональное развитие педагогических работников", [
        ("teachers_in_pp", ["Численность педагогов — участников утвержденных персонализированных программ "
                            "наставничества"]),
        ("trainees_internship", ["Численность педагогов-стажеров на базе стажерских площадок"]),
        ("kpk_trained", ["Численность педагогов, прошедших курсы повышения квалификации по наставничеству за год"]),
        ("kpk_courses", ["Наименования пройденных курсов повышения квалификации по наставничеству"]),
        ("school_methodical_associations", ["Число методических объединений наставников в ОО"]),
    ]),
    ("Педагогические работники в качестве наставников", [
        ("teachers_mentors", ["Численность педагогических работников в качестве наставников"]),
        ("young_specialists_mentors", ["Численность молодых специалистов в качестве наставников"]),
        ("share_teachers_mentors", ["Доля педагогических работников в качестве наставников, %"]),
        ("share_young_specialists_mentors", ["Доля молодых специалистов в качестве наставников, %"]),
    ]),
    ("Стимулирование наставников", [
        ("pay_acts", ["Число локальных актов об оплате наставнической деятельности"]),
        ("nonmaterial_acts", ["Число локальных актов о нематериальном стимулировании наставников"]),
    ]),
]

# Rows that are not catalogue criteria: (wording, value maker, section it is put in)
REGION_NONCRITERIA = [
    ("Количество наставнических пар/групп в соответствии с приказом", lambda r: r.randint(10, 120),
     "Организационное обеспечение наставнической деятельности"),
    ("Наличие дорожной карты внедрения целевой модели наставничества", lambda r: r.choice(["да", "Да"]),
     "Нормативное обеспечение реализации целевой модели наставничества"),
    ("Число мероприятий по популяризации наставничества", lambda r: r.randint(1, 9),
     "Организационное обеспечение наставнической деятельности"),
    ("Численность наставников, прошедших обучение в «Школе наставника»", lambda r: r.randint(0, 15),
     "Профессиональное развитие педагогических работников"),
    ("Наличие раздела «Наставничество» на официальном сайте ОО", lambda r: r.choice(["да", "Нет"]),
     "Нормативное обеспечение реализации целевой модели наставничества"),
    ("Численность молодых специалистов, уволившихся в течение учебного года", lambda r: r.randint(0, 2),
     "Педагогические работники в качестве наставляемых"),
    ("Число наставнических пар в форме «обучающийся – обучающийся»", lambda r: r.randint(5, 60),
     "Персонализированные программы наставничества"),
    ("Численность обучающихся 15–19 лет в качестве наставляемых", lambda r: r.randint(5, 60),
     "Вовлеченность обучающихся 15–19 лет в качестве наставников"),
]

REGION_ORGS = [
    ("МАОУ «Средняя общеобразовательная школа № 21»", "school21.edu.example.ru"),
    ("МБОУ «Лицей № 2»", "licey2.edu.example.ru"),
    ("МБОУ «Основная общеобразовательная школа с. Заречье»", "zarechye.edu.example.ru"),
    ("МАОУ «Гимназия № 9 имени А.С. Пушкина»", "gymn9.edu.example.ru"),
    ("МБОУ «Кадетская школа № 3»", "kadet3.edu.example.ru"),
]


def as_text(value, cid, r, p):
    """Sometimes type the value as text, the way people do: «1 111», «7,28», «да», «Нет»."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if r.random() >= p:
        return value
    if isinstance(value, float) and value != int(value):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    if value >= 1000:
        return f"{int(value):,}".replace(",", " ")
    return str(value)


def make_region(i, name, host, v, r):
    path = os.path.join(FORMS, "region", f"region_{i + 1:02d}.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    ws["A1"] = f"Мониторинг реализации целевой модели наставничества в {name} за {YEAR} год"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:D1")
    ws["A3"], ws["B3"] = "Наименование образовательной организации", name
    ws.append([])
    ws.append(["№ п/п", "Наименование критерия (показателя)", "Значение показателя",
               "Ссылка на подтверждающий документ"])
    for c in ws[5]:
        c.font = Font(bold=True)
    ws.append([1, 2, 3, 4])
    sections = [(title, list(rows)) for title, rows in REGION_SECTIONS]
    r.shuffle(sections)
    for _, rows in sections:
        r.shuffle(rows)
    # some criteria missing in this form
    all_ids = [cid for _, rows in sections for cid, _ in rows]
    missing = set(r.sample(all_ids, r.randint(3, 6)))
    # 3–5 rows that are not criteria, put into random sections
    extras = r.sample(REGION_NONCRITERIA, r.randint(3, 5))
    placed = {}
    titles = [t for t, _ in sections]
    for wording, fn, where in extras:
        placed.setdefault(titles.index(where), []).append((wording, fn(r)))
    text_p = [0.15, 0.5, 0.3, 0.6, 0.25][i]
    merged_sections = i >= 3
    hyperlink_word = i == 1
    expected, links, not_criteria, headings = {}, {}, [], []
    row = ws.max_row + 1
    for s_no, (title, rows) in enumerate(sections, 1):
        if merged_sections:
            ws.cell(row, 1, f"{s_no}. {title}")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
            headings.append(f"{s_no}. {title}")
        else:
            ws.cell(row, 1, f"{s_no}.")
            ws.cell(row, 2, title)
            headings.append(title)
        ws.cell(row, 1).font = Font(bold=True)
        ws.cell(row, 2).font = Font(bold=True)
        row += 1
        items = [("c", cid, wordings) for cid, wordings in rows if cid not in missing]
        for wording, value in placed.get(s_no - 1, []):
            items.insert(r.randrange(len(items) + 1), ("x", wording, value))
        for n, item in enumerate(items, 1):
            ws.cell(row, 1, f"{s_no}.{n}.")
            if item[0] == "x":
                _, wording, value = item
                assert CORPUS.get(wording, "-") == "-", wording
                ws.cell(row, 2, wording)
                ws.cell(row, 3, value)
                not_criteria.append(wording)
                row += 1
                continue
            _, cid, wordings = item
            wording = own_wording(r.choice(wordings), cid)
            value = v[cid]
            if cid in YESNO:
                value = r.choice(["да", "Да"]) if value else r.choice(["нет", "Нет"])
            value = as_text(value, cid, r, text_p)
            if i == 4 and cid in ("mentees_gifted", "kpk_trained"):
                value = None  # not filled in
            ws.cell(row, 2, wording)
            ws.cell(row, 3, value)
            if value is not None:
                expected[cid] = as_expected(cid, value)
                if CATALOGUE[cid]["needs_source"] == "yes" or r.random() < 0.3:
                    url = f"https://{host}/docs/nastavnichestvo/{cid.replace('_', '-')}.pdf"
                    cell = ws.cell(row, 4)
                    if hyperlink_word and r.random() < 0.6:
                        cell.value = "ссылка"
                        cell.hyperlink = url
                    else:
                        cell.value = url
                    links[cid] = url
                CELLS.append((path, cid, f"C{row}", f"D{row}" if cid in links else None))
            row += 1
    style_sheet(ws, {"A": 9, "B": 80, "C": 18, "D": 55})
    save(wb, path)
    return {"file": os.path.relpath(path, FORMS), "organisation": name, "year": YEAR, "values": expected,
            "links": links, "not_criteria": not_criteria, "headings": headings}


# --------------------------------------------------------------------------------------------------
# Wide export
# --------------------------------------------------------------------------------------------------
WIDE_COLUMNS = [
    ("orgs_regulation_teachers", "Положение о наставничестве пед. работников утверждено (да/нет)", True),
    ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено (да/нет)", False),
    ("orgs_monitoring_order", "Приказ о мониторинге ЦМН издан (да/нет)", True),
    ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга (да/нет)", False),
    ("curators_total", "Кураторы ЦМН, чел.", False),
    ("mentors_total", "Наставники ОО по приказу, чел.", True),
    ("mentees_total", "Наставляемые ОО по приказу, чел.", False),
    ("agreements_edu_orgs", "Соглашения с другими ОО о предоставлении наставников, ед.", False),
    ("agreements_enterprises", "Соглашения с предприятиями о предоставлении наставников, ед.", False),
    ("partner_list", "Организации-партнеры по наставничеству (наименования)", False),
    ("pp_total", "Персонализированные программы, всего", False),
    ("pp_pupil_pupil", "Персонализированные программы «ученик – ученик»", False),
    ("pp_teacher_teacher", "Персонализированные программы «учитель – учитель»", False),
    ("pp_head_teacher", "Персонализированные программы «руководитель – педагог»", False),
    ("pp_teacher_pupil", "Персонализированные программы «учитель – ученик»", True),
    ("external_edu_mentors", "Наставники из других ОО (по приказу), чел.", False),
    ("enterprise_mentors", "Наставники — работники предприятий, чел.", False),
    ("students_10_19", "Обуч-ся 10–19 лет, всего", False),
    ("mentees_10_19", "Обуч-ся 10–19 лет — наставляемые", False),
    ("mentees_risk", "Наставляемые 10–19 лет из «группы риска»", False),
    ("share_mentees_10_19", "Доля обуч-ся 10–19 лет — наставляемых, %", False),
    ("students_15_19", "Обуч-ся 15–19 лет, всего", False),
    ("mentors_15_19", "Обуч-ся 15–19 лет — наставники (по приказу)", False),
    ("satisfaction_mentees", "Удовлетворенность наставляемых, %", False),
    ("satisfaction_mentors", "Удовлетворенность наставников, %", False),
    ("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", False),
    ("young_specialists_mentees", "Молодые специалисты — наставляемые", False),
    ("teachers_other", "Педагоги без учета молодых специалистов, всего", False),
    ("teachers_other_mentees", "Педагоги (кроме молодых специалистов) — наставляемые", False),
    ("teachers_mentors", "Педагоги — наставники", False),
    ("young_specialists_mentors", "Молодые специалисты — наставники", False),
    ("teachers_in_pp", "Педагоги — участники персонализированных программ", False),
    ("kpk_trained", "Прошли КПК по наставничеству за год, чел.", False),
    ("school_methodical_associations", "Методические объединения наставников в ОО, кол-во", False),
    ("pay_acts", "Локальные акты об оплате наставничества, кол-во", True),
    ("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, кол-во", False),
]
WIDE_NONCRITERIA = ["Тип ОО", "Количество наставнических пар/групп (по приказу)", "Примечание"]
WIDE_ORGS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МАОУ «Лицей № 5»", "МБОУ «Гимназия № 7»", "МБОУ «ООШ № 12»",
             "МБОУ «СОШ № 14 с углубленным изучением отдельных предметов»", "МБОУ «Кадетская школа»",
             "МБУ ДО «Центр детского творчества»", "МБУ ДО «Станция юных техников»", "МБОУ «Вечерняя школа № 3»"]


def make_wide():
    r = random.Random(4242)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Выгрузка"
    header = ["№", "Наименование ОО", "Год", "Тип ОО"]
    layout = []
    for cid, head, link in WIDE_COLUMNS:
        own_wording(head, cid)
        header.append(head)
        layout.append(("c", cid))
        if link:
            header.append("Ссылка")
            layout.append(("l", cid))
    header += WIDE_NONCRITERIA[1:]
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    all_values, all_links = [], []
    for n, name in enumerate(WIDE_ORGS, 1):
        v = org_values(r)
        dop = "ДО" in name
        line = [n, name, YEAR, "организация дополнительного образования" if dop else "общеобразовательная организация"]
        vals, lks = {}, {}
        for kind, cid in layout:
            if kind == "l":
                if cid in vals and r.random() < 0.8:
                    url = f"https://org{n}.edu.example.ru/nastavnichestvo/{cid}.pdf"
                    line.append(url)
                    lks[cid] = url
                else:
                    line.append(None)
                continue
            value = v[cid]
            if cid in YESNO:
                value = r.choice(["Да", "да", 1]) if value else r.choice(["Нет", "нет", 0])
            if n == 4 and cid in ("mentees_risk", "kpk_trained", "partner_list"):
                value = None
            line.append(value)
            if value is not None:
                vals[cid] = as_expected(cid, value)
        line += [r.randint(5, 90), None if r.random() < 0.7 else "данные уточняются"]
        ws.append(line)
        all_values.append(vals)
        all_links.append(lks)
    style_sheet(ws, {"A": 5, "B": 40, "C": 8, "D": 22})
    ws.freeze_panes = "C2"
    path = os.path.join(FORMS, "wide", "wide_2024.xlsx")
    save(wb, path)
    return {"file": os.path.relpath(path, FORMS), "organisation": WIDE_ORGS, "year": YEAR, "values": all_values,
            "links": all_links, "not_criteria": WIDE_NONCRITERIA}


def check(out):
    """Re-open every file with openpyxl and check that a reader gets exactly the expected values and links."""
    books = {}

    def sheet(path):
        if path not in books:
            books[path] = openpyxl.load_workbook(path).active
        return books[path]

    by_file = {os.path.join(FORMS, e["file"]): e for e in out}
    seen = {}
    for path, cid, vcell, lcell in CELLS:
        e = by_file[path]
        ws = sheet(path)
        got = as_expected(cid, ws[vcell].value)
        assert got == e["values"][cid], (path, cid, got, e["values"][cid])
        if lcell:
            c = ws[lcell]
            url = c.hyperlink.target if c.hyperlink else c.value
            assert url == e["links"][cid], (path, cid, url)
        seen.setdefault(path, set()).add(cid)
    for path, e in by_file.items():
        ws = sheet(path)
        texts = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
        for t in e["not_criteria"] + e.get("headings", []):
            assert t in texts, (path, t)
        if isinstance(e["values"], dict):
            assert seen[path] == set(e["values"]), (path, set(e["values"]) ^ seen[path])
            assert set(e["links"]) <= set(e["values"])
        else:  # wide: header row, one row per organisation
            rows = list(ws.iter_rows(values_only=True))
            header = rows[0]
            for k, (vals, lks) in enumerate(zip(e["values"], e["links"])):
                line = rows[k + 1]
                assert line[1] == e["organisation"][k] and line[2] == e["year"]
                for cid, head, has_link in WIDE_COLUMNS:
                    j = header.index(head)
                    cell = line[j]
                    if cell is None:
                        assert cid not in vals
                    else:
                        assert as_expected(cid, cell) == vals[cid], (cid, cell)
                    if has_link:
                        assert header[j + 1] == "Ссылка"
                        assert line[j + 1] == lks.get(cid), (cid, line[j + 1])
    print(f"checked {len(by_file)} files with openpyxl")


def main():
    for d in ("glazov", "region", "wide"):
        os.makedirs(os.path.join(FORMS, d), exist_ok=True)
    # every org-level criterion of 2024 has a row in the Glazov-style form
    glazov_ids = {judged(S[k]) for _, keys in SEED_GROUPS for k in keys if k} | {judged(P_SAT_MENTORS),
                                                                               judged(P_SAT_MENTEES)}
    glazov_ids |= {cid for _, cid, _ in GLAZOV_OWN}
    missing = [cid for cid in ORG_2024 if cid not in glazov_ids]
    assert not missing, missing
    own_ids = [cid for _, cid, _ in GLAZOV_OWN]
    assert len(own_ids) == len(set(own_ids)) and not (set(own_ids) & (glazov_ids - set(own_ids))), own_ids
    region_ids = [cid for _, rows in REGION_SECTIONS for cid, _ in rows]
    for _, rows in REGION_SECTIONS:
        for cid, wordings in rows:
            for w in wordings:
                own_wording(w, cid)
    assert len(region_ids) == len(set(region_ids)), region_ids

    out = []
    r = random.Random(99)
    for i, (name, host) in enumerate(GLAZOV_ORGS):
        out.append(make_glazov(i, name, host, org_values(r), r))
    for i, (name, host) in enumerate(REGION_ORGS):
        out.append(make_region(i, name, host, org_values(r), r))
    out.append(make_wide())
    with open(os.path.join(FORMS, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    check(out)
    for e in out:
        n = len(e["values"]) if isinstance(e["values"], dict) else sum(len(x) for x in e["values"])
        print(f"{e['file']}: {n} values, {len(e['not_criteria'])} not criteria")


if __name__ == "__main__":
    main()
