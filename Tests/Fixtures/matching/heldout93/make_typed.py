#!/usr/bin/env python3
"""heldout93: forms where the organisation is identified by a code (ИНН, ОГРН, «Код ОО», AIS id)
rather than by its name.  Deterministic generator: writes typed/*.xlsx, expected.json, cells.json."""
import json
import pathlib
import random

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

KNOWN = set()
if CRITERIA_TSV.exists():
    for i, line in enumerate(CRITERIA_TSV.read_text(encoding="utf-8").splitlines()):
        if i and line.strip():
            KNOWN.add(line.split("\t")[0])

BOLD = Font(bold=True)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="DDDDDD")
WRAP = Alignment(wrap_text=True, vertical="top")

YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
         "internal_monitoring_notes"}
SHARES = {"share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees",
          "share_teachers_mentees", "share_teachers_mentors", "share_young_specialists_mentors"}
LEVELS = {"satisfaction_mentees", "satisfaction_mentors"}
TEXTS = {"partner_list", "agreement_subjects", "kpk_courses"}


# --------------------------------------------------------------------------------------------
# the organisations' figures
# --------------------------------------------------------------------------------------------
def gen_org(rng, kind, size):
    """kind: 'school' or 'dop'. size: students 10-19."""
    v = {}
    S = size
    v["students_10_19"] = S
    m = max(6, int(S * rng.uniform(0.06, 0.2)))
    v["mentees_10_19"] = m
    risk = rng.randint(1, max(2, m // 12))
    gifted = rng.randint(2, max(3, m // 8))
    dis = rng.randint(0, max(1, m // 15))
    low = rng.randint(2, max(3, m // 7))
    car = rng.randint(1, max(2, m // 9))
    used = risk + gifted + dis + low + car
    other = max(0, m - used - rng.randint(0, max(1, m // 5)))
    v.update(mentees_risk=risk, mentees_gifted=gifted, mentees_disabled=dis,
             mentees_low_motivation=low, mentees_career=car, mentees_other_params=other)
    if kind == "dop":
        v.update(mentees_risk=rng.randint(0, 2), mentees_disabled=rng.randint(1, 3),
                 mentees_low_motivation=0, mentees_career=rng.randint(1, 4))
        v["mentees_gifted"] = m // 3
        v["mentees_other_params"] = m - v["mentees_gifted"] - v["mentees_risk"] - \
            v["mentees_disabled"] - v["mentees_career"] - 2
    v["share_mentees_10_19"] = round(m / S * 100, 2)
    s15 = int(S * rng.uniform(0.17, 0.24))
    v["students_15_19"] = s15
    m15 = rng.randint(3, max(4, s15 // 8))
    v["mentors_15_19"] = m15
    v["share_mentors_15_19"] = round(m15 / s15 * 100, 2)
    ys = rng.randint(3, 10) if kind == "school" else rng.randint(2, 4)
    ysm = ys - rng.randint(0, 1)
    to = int(S * rng.uniform(0.06, 0.085)) + 6 if kind == "school" else rng.randint(18, 26)
    tom = rng.randint(2, 7)
    v.update(young_specialists=ys, young_specialists_mentees=ysm, teachers_other=to,
             teachers_other_mentees=tom)
    v["share_young_specialists_mentees"] = round(ysm / ys * 100, 2)
    v["share_teachers_mentees"] = round((ysm + tom) / (ys + to) * 100, 2)
    tm = min(max(5, to // 3), rng.randint(8, 22)) if kind == "school" else rng.randint(5, 9)
    ysmt = rng.randint(0, 2)
    v.update(teachers_mentors=tm, young_specialists_mentors=ysmt)
    v["share_teachers_mentors"] = round(tm / (ys + to) * 100, 2)
    v["share_young_specialists_mentors"] = round(ysmt / ys * 100, 2)
    ext = rng.randint(0, 2)
    oth = rng.randint(0, 2)
    ent = rng.randint(0, 2)
    v.update(external_edu_mentors=ext, other_org_mentors=oth, enterprise_mentors=ent)
    v["agreements_edu_orgs"] = 1 if ext else rng.randint(0, 1)
    v["agreements_enterprises"] = 1 if ent else 0
    v["agreements_other_orgs"] = 1 if oth else 0
    mentors = tm + (m15 if kind == "school" else 0) + ext + oth + ent
    v["mentors_total"] = mentors
    v["mentees_total"] = m + ysm + tom
    ptt = ysm + tom - rng.randint(0, 2)
    ppp = rng.randint(2, max(3, m15 // 2))
    ptp = rng.randint(3, 12)
    pht = rng.randint(0, 2)
    pot = rng.randint(0, 1)
    v.update(pp_teacher_teacher=ptt, pp_pupil_pupil=ppp, pp_teacher_pupil=ptp,
             pp_head_teacher=pht, pp_other=pot, pp_student_pupil=0)
    v["pp_total"] = ptt + ppp + ptp + pht + pot
    v["teachers_in_pp"] = tm + ysm + tom
    v["curators_total"] = rng.randint(1, 3)
    v["kpk_trained"] = rng.randint(1, 6)
    v["school_methodical_associations"] = 1
    v["pay_acts"] = rng.randint(0, 1)
    v["nonmaterial_acts"] = rng.randint(1, 2)
    v["satisfaction_mentees"] = rng.choice([88, 90.5, 92, 93.4, 95, 96.7, 97])
    v["satisfaction_mentors"] = rng.choice([86, 89, 91.2, 92, 94, 95.5])
    for c in YESNO:
        v[c] = 1
    return v


# --------------------------------------------------------------------------------------------
# wordings (our own, as people type them)
# --------------------------------------------------------------------------------------------
W = {
    "orgs_regulation_teachers": ["Положение о системе наставничества педагогов утверждено приказом",
                                 "Приказ об утв. Положения о наставничестве пед. работников",
                                 "Положение о наставничестве педработников (есть/нет)",
                                 "Утверждено положение о наставничестве педагогических работников ОО"],
    "orgs_regulation_students": ["Положение о системе наставничества обучающихся утверждено приказом",
                                 "Приказ об утв. Положения о наставничестве обучающихся",
                                 "Положение о наставничестве учащихся (есть/нет)",
                                 "Утверждено положение о наставничестве среди обучающихся"],
    "orgs_monitoring_order": ["Приказ о проведении мониторинга реализации ЦМН в ОО",
                              "Издан приказ о мониторинге внедрения целевой модели наставничества",
                              "Приказ «О мониторинге ЦМН» (1 - есть, 0 - нет)",
                              "Приказ по ОО о мониторинге ЦМН"],
    "internal_monitoring_notes": ["Справка по итогам внутреннего мониторинга ЦМН",
                                  "Информ. справка ОО по результатам внутр. мониторинга",
                                  "Аналитическая справка по внутреннему мониторингу (есть/нет)",
                                  "Справка ОО об итогах внутреннего мониторинга наставничества"],
    "curators_total": ["Кураторы внедрения ЦМН в ОО, чел.", "Кол-во кураторов по ЦМН",
                       "Число кураторов целевой модели наставничества", "Кураторов ЦМН (по приказу)"],
    "pay_acts": ["Локальные акты об оплате труда наставников, ед.",
                 "Кол-во ЛНА о доплате за наставничество",
                 "Локальных актов об оплате наставничества", "ЛА об оплате работы наставника, шт."],
    "nonmaterial_acts": ["Локальные акты о нематериальном поощрении наставников, ед.",
                         "Кол-во ЛНА о нематериальном стимулировании наставников",
                         "Локальных актов о моральном поощрении наставников",
                         "ЛА о нематериальном поощрении наставника, шт."],
    "agreements_edu_orgs": ["Соглашения с другими ОО, направившими своих работников наставниками, шт.",
                            "Кол-во договоров о сотрудничестве с образоват. организациями (наставники от партнёра)",
                            "Соглашений с иными ОО о предоставлении наставников",
                            "Договоры с другими образовательными орг-ми (наставники), ед."],
    "agreements_enterprises": ["Соглашения с предприятиями, выделившими наставников, шт.",
                               "Кол-во договоров с предприятиями (наставники с производства)",
                               "Соглашений с предприятиями о наставничестве",
                               "Договоры с предприятиями (наставники), ед."],
    "agreements_other_orgs": ["Соглашения с иными организациями любой формы собственности (наставники), шт.",
                              "Кол-во договоров с прочими организациями, давшими наставников",
                              "Соглашений с иными организациями о наставничестве",
                              "Договоры с иными орг-ми любой формы собств. (наставники), ед."],
    "partner_list": ["Организации-партнёры по наставничеству (перечень)",
                     "Наименования предприятий/организаций-партнёров",
                     "С кем сотрудничаем по наставничеству (организации)",
                     "Партнёры ОО по наставничеству"],
    "agreement_subjects": ["Предмет соглашений (кратко)", "О чём заключены соглашения",
                           "Предмет договоров о сотрудничестве", "Предмет соглашения"],
    "external_edu_mentors": ["Наставники из других образовательных организаций (по приказу), чел.",
                             "Внешние наставники из ОО-партнёров, чел.",
                             "Наставников из сторонних ОО по приказу",
                             "Наставники — работники других ОО"],
    "enterprise_mentors": ["Наставники — сотрудники предприятий, чел.", "Наставников с предприятий",
                           "Кол-во наставников из предприятий", "Наставники от предприятий, чел."],
    "other_org_mentors": ["Наставники из иных организаций, чел.", "Наставников из прочих организаций",
                          "Кол-во наставников от иных организаций", "Наставники — представители иных орг-ций"],
    "mentors_total": ["Наставников в базе ОО по приказу, всего", "Кол-во наставников (приказ), чел.",
                      "Всего наставников по приказу ОО", "Наставники ОО (по приказу), всего чел."],
    "mentees_total": ["Наставляемых в базе ОО по приказу, всего", "Кол-во наставляемых (приказ), чел.",
                      "Всего наставляемых по приказу ОО", "Наставляемые ОО (по приказу), всего чел."],
    "teachers_mentors": ["Педагоги в роли наставника, чел.", "Кол-во педагогов-наставников",
                         "Педагогов, выступающих наставниками", "Педагоги-наставники"],
    "young_specialists_mentors": ["Молодые специалисты в роли наставника, чел.",
                                  "Кол-во молодых спец-тов — наставников",
                                  "из молодых специалистов — наставники", "Молодые педагоги-наставники"],
    "students_10_19": ["Обучающихся в возрасте 10–19 лет, всего", "Контингент 10-19 лет, чел.",
                       "Кол-во обучающихся 10-19 лет", "Всего уч-ся от 10 до 19 лет"],
    "mentees_10_19": ["из них в роли наставляемых (10–19 лет)", "Обучающиеся 10-19 лет — наставляемые, чел.",
                      "Кол-во наставляемых из обучающихся 10-19 лет", "Уч-ся 10–19 лет, вошедшие в программы как наставляемые"],
    "mentees_risk": ["в т.ч. из «группы риска»", "  - группа риска", "из них «группа риска»",
                     "наставляемые из группы риска"],
    "mentees_gifted": ["в т.ч. одарённые дети (из реестров)", "  - одарённые (в реестре)",
                       "из них одарённые дети", "наставляемые — одарённые (реестр)"],
    "mentees_disabled": ["в т.ч. дети с ОВЗ и дети-инвалиды", "  - ОВЗ / дети-инвалиды",
                         "из них ОВЗ и инвалиды", "наставляемые с ОВЗ, инвалиды"],
    "mentees_low_motivation": ["в т.ч. с низкой мотивацией, неуспевающие", "  - низкая мотивация / неуспев.",
                               "из них с низкой учебной мотивацией", "наставляемые с низкой мотивацией к учёбе"],
    "mentees_career": ["в т.ч. с трудностями выбора профессии и образоват. траектории",
                       "  - проблемы профвыбора", "из них затрудняются с выбором профессии",
                       "наставляемые с проблемой выбора траектории/профессии"],
    "mentees_other_params": ["в т.ч. по иным основаниям", "  - прочие", "из них по иным параметрам",
                             "наставляемые по другим параметрам"],
    "share_mentees_10_19": ["Доля наставляемых среди обучающихся 10–19 лет, %", "% охвата 10-19 лет (наставляемые)",
                            "Доля уч-ся 10-19 лет в роли наставляемого", "Охват наставничеством 10–19 лет, %"],
    "students_15_19": ["Обучающихся 15–19 лет, всего", "Контингент 15-19 лет, чел.",
                       "Кол-во обучающихся 15-19 лет", "Всего уч-ся от 15 до 19 лет"],
    "mentors_15_19": ["Обучающиеся 15–19 лет — наставники (по приказу)", "из них наставники, чел.",
                      "Кол-во наставников из уч-ся 15-19 лет", "Уч-ся 15–19 лет в роли наставника"],
    "share_mentors_15_19": ["Доля обучающихся 15–19 лет в роли наставника, %", "% уч-ся 15-19 лет — наставников",
                            "Доля наставников среди обучающихся 15-19 лет", "Охват 15–19 лет (наставники), %"],
    "pp_total": ["Персонализированные программы наставничества (ППН), всего", "Кол-во ППН всего, шт.",
                 "ППН — всего", "Всего персонализир. программ"],
    "pp_pupil_pupil": ["в т.ч. «ученик – ученик»", "  - ученик-ученик", "форма «ученик — ученик»",
                       "ППН ученик-ученик"],
    "pp_teacher_teacher": ["в т.ч. «учитель – учитель»", "  - педагог-педагог", "форма «учитель — учитель»",
                           "ППН педагог-педагог"],
    "pp_head_teacher": ["в т.ч. «руководитель – педагог»", "  - руководитель-педагог",
                        "форма «руководитель — педагог»", "ППН руководитель-педагог"],
    "pp_teacher_pupil": ["в т.ч. «учитель – ученик»", "  - учитель-ученик", "форма «учитель — ученик»",
                         "ППН учитель-ученик"],
    "pp_student_pupil": ["в т.ч. «студент – ученик»", "  - студент-ученик", "форма «студент — ученик»",
                         "ППН студент-ученик"],
    "pp_other": ["в т.ч. иные формы (см. примечание)", "  - иные формы", "иные формы (указать)",
                 "ППН в иных формах"],
    "teachers_in_pp": ["Педагогов, задействованных в утверждённых ППН, всего", "Кол-во педагогов в ППН",
                       "Всего педагогов — участников персонализир. программ", "Педагоги, участвующие в ППН"],
    "young_specialists": ["Молодые специалисты (до 35 лет, стаж до 3 лет), всего",
                          "Кол-во молодых спец-тов (до 35, 1-3 год работы)", "Молодых педагогов (до 35 лет, первые 3 года)",
                          "Всего молодых специалистов в ОО"],
    "young_specialists_mentees": ["из них в роли наставляемых", "Молодые специалисты — наставляемые, чел.",
                                  "Кол-во молодых спец-тов, которых наставляют", "Молодые педагоги в роли наставляемого"],
    "teachers_other": ["Педагогические работники без учёта молодых специалистов", "Педагогов (кроме молодых спец.), чел.",
                       "Кол-во педагогов, не считая молодых специалистов", "Прочие педагоги (не молодые спец.)"],
    "teachers_other_mentees": ["из них в роли наставляемых", "Педагоги (кроме молодых спец.) — наставляемые, чел.",
                               "Кол-во педагогов (не молодых) в роли наставляемого", "Прочие педагоги в роли наставляемого"],
    "share_young_specialists_mentees": ["Доля молодых специалистов-наставляемых, %", "% молодых спец. в роли наставляемых",
                                        "Доля наставляемых среди молодых специалистов", "Охват молодых педагогов наставничеством, %"],
    "share_teachers_mentees": ["Доля педагогов в роли наставляемого (все педагоги), %", "% педагогов — наставляемых",
                               "Доля наставляемых среди всех педагогов ОО", "Охват педагогов (наставляемые), %"],
    "share_teachers_mentors": ["Доля педагогов-наставников от всех педагогов, %", "% педагогов в роли наставника",
                               "Доля наставников среди педагогов ОО", "Охват педагогов (наставники), %"],
    "share_young_specialists_mentors": ["Доля молодых специалистов в роли наставника, %", "% молодых спец. — наставников",
                                        "Доля наставников среди молодых специалистов", "Молодые спец.-наставники, %"],
    "kpk_trained": ["Прошли КПК по наставничеству в 2024 г., чел.", "Кол-во педагогов, обученных на КПК (наставничество) за год",
                    "Обучено на курсах ПК по наставничеству", "КПК по вопросам наставничества (2024), чел."],
    "kpk_courses": ["Названия курсов ПК", "Какие курсы пройдены", "Наименования КПК", "Курсы (названия)"],
    "school_methodical_associations": ["МО наставников в ОО, кол-во", "Кол-во ШМО наставников",
                                       "Методических объединений наставников в ОО", "МО (сообщество) наставников ОО"],
    "satisfaction_mentees": ["Удовлетворённость наставляемых (завершённые программы), %",
                             "Уровень удовлетв-ти наставляемых", "Удовлетворены участием — наставляемые, %",
                             "Удовлетворённость наставляемых по анкетам"],
    "satisfaction_mentors": ["Удовлетворённость наставников (завершённые программы), %",
                             "Уровень удовлетв-ти наставников", "Удовлетворены участием — наставники, %",
                             "Удовлетворённость наставников по анкетам"],
}

SECTIONS = [
    ("norm", ["orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
              "internal_monitoring_notes", "curators_total", "pay_acts", "nonmaterial_acts"]),
    ("partners", ["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs", "partner_list",
                  "agreement_subjects", "external_edu_mentors", "enterprise_mentors", "other_org_mentors"]),
    ("people", ["mentors_total", "mentees_total", "teachers_mentors", "young_specialists_mentors",
                "share_teachers_mentors", "share_young_specialists_mentors"]),
    ("pupils", ["students_10_19", "mentees_10_19", "mentees_risk", "mentees_gifted", "mentees_disabled",
                "mentees_low_motivation", "mentees_career", "mentees_other_params", "share_mentees_10_19",
                "students_15_19", "mentors_15_19", "share_mentors_15_19"]),
    ("pp", ["pp_total", "pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil",
            "pp_student_pupil", "pp_other", "teachers_in_pp"]),
    ("teachers", ["young_specialists", "young_specialists_mentees", "teachers_other", "teachers_other_mentees",
                  "share_young_specialists_mentees", "share_teachers_mentees", "kpk_trained", "kpk_courses",
                  "school_methodical_associations"]),
    ("satisfaction", ["satisfaction_mentees", "satisfaction_mentors"]),
]
HEAD = {
    "norm": ["1. Нормативное обеспечение", "Раздел 1. Нормативно-правовая база", "I. НОРМАТИВНАЯ БАЗА",
             "1. Локальные акты"],
    "partners": ["2. Взаимодействие с партнёрами", "Раздел 2. Соглашения и внешние наставники",
                 "II. ПАРТНЁРЫ", "2. Сотрудничество"],
    "people": ["3. Наставники и наставляемые", "Раздел 3. База наставников/наставляемых",
               "III. НАСТАВНИКИ", "3. Участники"],
    "pupils": ["4. Обучающиеся", "Раздел 4. Охват обучающихся", "IV. ОБУЧАЮЩИЕСЯ", "4. Дети"],
    "pp": ["5. Персонализированные программы", "Раздел 5. ППН", "V. ПРОГРАММЫ", "5. ППН"],
    "teachers": ["6. Педагоги", "Раздел 6. Педагогические кадры", "VI. КАДРЫ", "6. Педагогический состав"],
    "satisfaction": ["7. Удовлетворённость", "Раздел 7. Анкетирование участников", "VII. ОПРОСЫ",
                     "7. Обратная связь"],
}

# rows that carry a document (a proof link is expected when the value is not zero/«нет»)
DOC_ROWS = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
            "internal_monitoring_notes", "curators_total", "pay_acts", "nonmaterial_acts",
            "agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs", "mentors_total",
            "mentees_total", "pp_total", "kpk_trained", "school_methodical_associations",
            "satisfaction_mentees", "satisfaction_mentors", "external_edu_mentors", "mentors_15_19",
            "teachers_in_pp"}
SLUG = {"orgs_regulation_teachers": "polozhenie_ped", "orgs_regulation_students": "polozhenie_obuch",
        "orgs_monitoring_order": "prikaz_monitoring", "internal_monitoring_notes": "spravka_monitoring_2024",
        "curators_total": "prikaz_kurator", "pay_acts": "polozhenie_oplata", "nonmaterial_acts": "polozhenie_pooshchrenie",
        "agreements_edu_orgs": "soglashenie_oo", "agreements_enterprises": "dogovor_predpr",
        "agreements_other_orgs": "soglashenie_inye", "mentors_total": "prikaz_nastavniki",
        "mentees_total": "prikaz_nastavlyaemye", "pp_total": "ppn_2024", "kpk_trained": "udostovereniya_kpk",
        "school_methodical_associations": "mo_nastavnikov", "satisfaction_mentees": "anketa_nastavlyaemye",
        "satisfaction_mentors": "anketa_nastavniki", "external_edu_mentors": "prikaz_vneshnie",
        "mentors_15_19": "baza_nastavnikov_uch", "teachers_in_pp": "reestr_ppn"}


def link_for(site, cid, style):
    s = SLUG[cid]
    if style == "gosweb":
        return f"https://{site}/ofitsialno/nastavnichestvo/{s}.pdf"
    if style == "disk":
        return f"https://disk.yandex.ru/d/{site}_{s}"
    return f"https://{site}/upload/nastavnichestvo/2024/{s}.pdf"


# --------------------------------------------------------------------------------------------
# value display per style
# --------------------------------------------------------------------------------------------
def display(cid, value, style):
    """returns (cell value, number_format or None)"""
    if cid in YESNO:
        if style == "num":
            return value, None
        if style == "aistext":
            return ("Да" if value else "Нет"), None
        if style == "lower":
            return ("да" if value else "нет"), None
        return ("Да" if value else "Нет"), None
    if cid in SHARES:
        if style == "aistext":
            return round(value / 100, 4), "0.00%"
        if style == "lower":
            return f"{value:.2f}".replace(".", ",") + " %", None
        return value, "0.00"
    if cid in LEVELS:
        if style == "lower":
            return (f"{value}".replace(".", ",") + "%"), None
        return value, None
    if cid in TEXTS:
        return value, None
    if style == "aistext":
        return str(value), "@"
    return value, None


class Builder:
    def __init__(self):
        self.expected = []
        self.cells = []

    def cell(self, file, sheet, ref, cid, kind, exp):
        self.cells.append({"file": file, "sheet": sheet, "cell": ref, "criterion": cid, "kind": kind,
                           "expected": exp})


B = Builder()


def expected_value(cid, v):
    if cid in SHARES or cid in LEVELS:
        return round(float(v), 2)
    return v


def write_table(ws, fname, sheet, start_row, cols, rows, vstyle, site, lstyle, hyper_text=None,
                code_of=None):
    """cols: dict with column numbers for 'no', 'code', 'title', 'unit', 'value', 'link', 'note'.
    rows: list of ('h', text) | ('c', cid, wording, value, with_link) | ('n', wording, value, link)
    returns (values, links, headings, not_criteria, last_row)"""
    values, links, headings, notc = {}, {}, [], []
    r = start_row
    n = 0
    for row in rows:
        if row[0] == "h":
            ws.cell(r, cols["title"], row[1]).font = BOLD
            if "no" in cols:
                ws.cell(r, cols["no"]).fill = GREY
            ws.cell(r, cols["title"]).fill = GREY
            headings.append(row[1])
            r += 1
            continue
        n += 1
        if "no" in cols:
            ws.cell(r, cols["no"], n)
        if row[0] == "c":
            _, cid, wording, value, with_link = row
            assert cid in KNOWN or not KNOWN, cid
            if "code" in cols and code_of:
                ws.cell(r, cols["code"], code_of(cid))
            ws.cell(r, cols["title"], wording).alignment = WRAP
            shown, fmt = display(cid, value, vstyle)
            c = ws.cell(r, cols["value"], shown)
            if fmt:
                c.number_format = fmt
            if "unit" in cols:
                unit = "%" if cid in SHARES or cid in LEVELS else ("да/нет" if cid in YESNO else
                                                                 ("—" if cid in TEXTS else "чел." if "mentor" in cid or "mentee" in cid or "students" in cid or "teachers" in cid or "specialists" in cid or cid in ("curators_total", "kpk_trained") else "ед."))
                ws.cell(r, cols["unit"], unit)
            ev = expected_value(cid, value)
            values[cid] = ev
            B.cell(fname, sheet, c.coordinate, cid, "value", ev)
            if with_link:
                url = link_for(site, cid, lstyle)
                lc = ws.cell(r, cols["link"])
                if hyper_text:
                    lc.value = hyper_text
                    lc.hyperlink = url
                    lc.font = Font(color="0563C1", underline="single")
                else:
                    lc.value = url
                links[cid] = url
                B.cell(fname, sheet, lc.coordinate, cid, "link", url)
        else:
            _, wording, value, note = row
            if "code" in cols and code_of:
                ws.cell(r, cols["code"], code_of(None))
            ws.cell(r, cols["title"], wording).alignment = WRAP
            ws.cell(r, cols["value"], value)
            if note and "note" in cols:
                ws.cell(r, cols["note"], note)
            notc.append(wording)
        r += 1
    return values, links, headings, notc, r


def make_rows(v, variant, omit=(), nolink=(), extra=None, head_variant=None):
    """build the row list: sections in order, our wordings, extra non-criteria rows inserted after a criterion."""
    extra = extra or {}
    hv = variant if head_variant is None else head_variant
    rows = []
    for sec, cids in SECTIONS:
        sec_rows = []
        for cid in cids:
            if cid in omit or cid not in v:
                continue
            val = v[cid]
            wl = DOC_ROWS.__contains__(cid) and cid not in nolink and not (isinstance(val, (int, float)) and val == 0)
            sec_rows.append(("c", cid, W[cid][variant % len(W[cid])], val, wl))
            for e in extra.get(cid, []):
                sec_rows.append(("n",) + tuple(e))
        if sec_rows:
            rows.append(("h", HEAD[sec][hv % 4]))
            rows.extend(sec_rows)
    return rows


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def boxes(ws, r0, r1, c0, c1):
    for r in range(r0, r1):
        for c in range(c0, c1 + 1):
            ws.cell(r, c).border = BOX


def add_expected(fname, sheet, org, values, links, notc, heads):
    e = {"file": fname, "year": 2024, "organisation": org, "values": values, "links": links,
         "not_criteria": notc, "headings": heads}
    if sheet:
        e = {"file": fname, "sheet": sheet, **{k: e[k] for k in e if k != "file"}}
    B.expected.append(e)


PARTNERS = {
    "a": ["ООО «Агрофирма Чепца»", "БПОУ УР «Верхнечепецкий аграрный техникум»", "МБУК «Межпоселенческая библиотека»"],
    "b": ["ФГБОУ ВО «Глазовский государственный инженерно-педагогический университет»", "АО «Чепецкий механический завод»"],
    "c": ["МБУ ДО «Детско-юношеская спортивная школа»", "ОНД и ПР по Верхнечепецкому району"],
    "d": ["СПК «Колхоз им. Мичурина»", "МБУК «Районный дом культуры»", "БПОУ УР «Верхнечепецкий аграрный техникум»"],
}


# --------------------------------------------------------------------------------------------
# file 1: 1831012345.xlsx — ИНН / КПП / ОГРН in the title block, no name anywhere
# --------------------------------------------------------------------------------------------
def file1(rng):
    fname = "typed/1831012345.xlsx"
    v = gen_org(rng, "school", 912)
    v["pay_acts"] = 1
    v["partner_list"] = "; ".join(PARTNERS["a"])
    v["agreement_subjects"] = "совместная профориентационная работа и наставничество «работодатель – ученик»"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма ЦМН-ОО"
    ws["A1"] = "АИС «Мониторинг образования». Форма ЦМН-ОО «Мониторинг реализации целевой модели наставничества»"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Отчётный период: 2024 год"
    ws["A3"] = "ИНН 1831012345"
    ws["C3"] = "КПП 183101001"
    ws["A4"] = "ОГРН 1021801152346"
    ws["A5"] = "Дата выгрузки: 21.01.2025 09:14"
    hdr = ["№ п/п", "Показатель", "Значение", "Ед. изм.", "Ссылка на подтверждающий документ"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h)
        c.font = BOLD
        c.fill = GREY
    extra = {
        "agreements_other_orgs": [("Соглашения с предприятиями и иными организациями, всего",
                                   v["agreements_enterprises"] + v["agreements_other_orgs"], None)],
        "mentees_total": [("Количество наставнических пар (на 31.12.2024)", v["mentees_total"] - 3, None)],
        "mentors_15_19": [("Обучающихся 5–9 классов в роли наставляемых", v["mentees_10_19"] - 11, None)],
        "kpk_trained": [("Проведено мероприятий по наставничеству за год", 14, None)],
    }
    omit = {"pp_student_pupil", "share_teachers_mentors", "share_young_specialists_mentors", "kpk_courses",
            "young_specialists_mentors", "share_mentors_15_19", "pp_other", "agreement_subjects", "other_org_mentors",
            "enterprise_mentors", "external_edu_mentors", "teachers_in_pp", "pay_acts", "mentees_career",
            "share_teachers_mentees", "mentees_other_params"}
    rows = make_rows(v, 0, omit=omit, extra=extra)
    cols = {"no": 1, "title": 2, "value": 3, "unit": 4, "link": 5}
    values, links, heads, notc, last = write_table(ws, fname, ws.title, 8, cols, rows, "num",
                                                   "sosh-vchep1-r18.gosweb.gosuslugi.ru", "gosweb")
    boxes(ws, 7, last, 1, 5)
    ws.cell(last + 1, 1, "Сформировано автоматически. Подпись ответственного: ______________ /Корепанова Е.В./")
    widths(ws, [7, 62, 12, 9, 70])
    wb.save(HERE / fname)
    add_expected(fname, None, "1831012345", values, links, notc, heads)


# --------------------------------------------------------------------------------------------
# file 2: ОО_18-047_ЦМН.xlsx — «Код ОО» and «ID организации в АИС» in the title block
# --------------------------------------------------------------------------------------------
def file2(rng):
    fname = "typed/ОО_18-047_ЦМН.xlsx"
    v = gen_org(rng, "school", 348)
    v["orgs_monitoring_order"] = 1
    v["internal_monitoring_notes"] = 0
    v["partner_list"] = "; ".join(PARTNERS["d"])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws.merge_cells("A1:D1")
    ws["A1"] = "Мониторинг реализации целевой модели наставничества за 2024 г."
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "Муниципальный район: Верхнечепецкий"
    ws["A3"] = "Код ОО:"
    ws["B3"] = "18-047"
    ws["A4"] = "ID организации в АИС:"
    ws["B4"] = 5713
    ws["A5"] = "Ответственный: Пестова Л.А., зам. директора по УВР, тел. 8(34141)2-17-05"
    hdr = ["№", "Наименование показателя", "Факт 2024", "Документ (URL)", "Примечание"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h)
        c.font = BOLD
        c.fill = GREY
    extra = {
        "orgs_monitoring_order": [("Дорожная карта внедрения ЦМН на 2024–2025 уч. г.", "Да", "утв. 30.08.2024")],
        "other_org_mentors": [("Наставники из внешних организаций (предприятия + иные), всего",
                                v["enterprise_mentors"] + v["other_org_mentors"], "сумма двух строк выше")],
        "mentees_10_19": [("Обучающиеся 1–4 классов, охваченные наставничеством", 17, "не входят в 10–19 лет")],
    }
    omit = {"agreement_subjects", "pp_student_pupil", "share_teachers_mentors", "share_young_specialists_mentors",
            "teachers_in_pp", "kpk_courses", "share_young_specialists_mentees", "young_specialists_mentors",
            "external_edu_mentors", "mentees_disabled", "pp_head_teacher", "pp_other", "mentees_risk",
            "mentees_gifted", "mentees_low_motivation", "mentees_career", "mentees_other_params",
            "share_mentors_15_19", "kpk_trained", "school_methodical_associations", "share_teachers_mentees",
            "teachers_other_mentees", "pay_acts"}
    rows = make_rows(v, 1, omit=omit, extra=extra, nolink={"satisfaction_mentors", "curators_total"})
    cols = {"no": 1, "title": 2, "value": 3, "link": 4, "note": 5}
    values, links, heads, notc, last = write_table(ws, fname, ws.title, 8, cols, rows, "yes",
                                                   "oosh-kuzma-r18.gosweb.gosuslugi.ru", "gosweb")
    boxes(ws, 7, last, 1, 5)
    ws.cell(last + 1, 2, "Дата заполнения: 17.01.2025")
    widths(ws, [5, 60, 11, 68, 22])
    wb.save(HERE / fname)
    add_expected(fname, None, "18-047", values, links, notc, heads)


# --------------------------------------------------------------------------------------------
# file 3: a workbook with a sheet per organisation named by its code, and a «Справочник»
# --------------------------------------------------------------------------------------------
DIRECTORY = [
    ("18-041", "1831003120", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1 с. Верхний Чепец»", "МБОУ «СОШ № 1 с. Верхний Чепец»"),
    ("18-042", "1831004411", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»", "МБОУ «СОШ № 12»"),
    ("18-043", "1831004490", "Муниципальное автономное общеобразовательное учреждение «Лицей № 4»", "МАОУ «Лицей № 4»"),
    ("18-044", "1831005126", "Муниципальное бюджетное общеобразовательное учреждение «Ильинская средняя общеобразовательная школа»", "МБОУ «Ильинская СОШ»"),
    ("18-045", "1831005133", "Муниципальное бюджетное общеобразовательное учреждение «Понинская основная общеобразовательная школа»", "МБОУ «Понинская ООШ»"),
    ("18-061", "1831006210", "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества»", "МБУ ДО «ДДТ»"),
]


def file3(rng):
    fname = "typed/Свод_куст2_ЦМН_2024.xlsx"
    wb = openpyxl.Workbook()
    sp = wb.active
    sp.title = "Справочник"
    sp["A1"] = "Справочник образовательных организаций (куст № 2)"
    sp["A1"].font = BOLD
    for i, h in enumerate(["Код", "ИНН", "Полное наименование", "Краткое наименование"], 1):
        c = sp.cell(3, i, h)
        c.font = BOLD
        c.fill = GREY
    for r, row in enumerate(DIRECTORY, 4):
        for i, x in enumerate(row, 1):
            sp.cell(r, i, x)
    boxes(sp, 3, 4 + len(DIRECTORY), 1, 4)
    widths(sp, [9, 13, 100, 34])
    full = {d[0]: d[2] for d in DIRECTORY}

    plan = [
        ("18-042", "school", 1184, 2, {"pp_student_pupil", "share_teachers_mentors", "share_young_specialists_mentors",
                                        "agreement_subjects", "kpk_courses", "mentees_risk", "mentees_gifted",
                                        "mentees_disabled", "mentees_low_motivation", "mentees_career",
                                        "mentees_other_params", "share_mentors_15_19", "teachers_in_pp", "pay_acts",
                                        "external_edu_mentors", "other_org_mentors", "enterprise_mentors",
                                        "share_teachers_mentees", "young_specialists_mentors", "agreements_other_orgs",
                                        "kpk_trained"}),
        ("18-043", "school", 731, 3, {"pp_student_pupil", "pp_other", "partner_list", "agreement_subjects",
                                       "mentees_risk", "mentees_low_motivation", "share_teachers_mentors",
                                       "share_young_specialists_mentors", "teachers_in_pp", "other_org_mentors",
                                       "enterprise_mentors", "pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                       "pp_teacher_pupil", "mentees_gifted", "mentees_disabled", "mentees_career",
                                       "mentees_other_params", "agreements_edu_orgs", "agreements_enterprises",
                                       "agreements_other_orgs", "external_edu_mentors", "share_mentors_15_19",
                                       "kpk_courses"}),
        ("18-044", "school", 214, 0, {"pp_student_pupil", "pp_head_teacher", "pp_other", "partner_list",
                                       "agreement_subjects", "kpk_courses", "share_young_specialists_mentors",
                                       "mentees_disabled", "teachers_in_pp", "mentees_career",
                                       "share_young_specialists_mentees", "external_edu_mentors", "mentees_risk",
                                       "mentees_gifted", "mentees_low_motivation", "mentees_other_params",
                                       "agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs",
                                       "other_org_mentors", "enterprise_mentors", "young_specialists_mentors",
                                       "share_mentors_15_19", "students_15_19", "nonmaterial_acts",
                                       "satisfaction_mentors"}),
        ("18-061", "dop", 486, 1, {"students_15_19", "mentors_15_19", "share_mentors_15_19", "pp_student_pupil",
                                    "pp_head_teacher", "pp_other", "mentees_low_motivation", "partner_list",
                                    "agreement_subjects", "share_teachers_mentors", "share_young_specialists_mentors",
                                    "young_specialists_mentors", "teachers_in_pp", "external_edu_mentors",
                                    "other_org_mentors", "enterprise_mentors", "agreements_enterprises",
                                    "agreements_other_orgs", "mentees_risk", "pay_acts",
                                    "share_young_specialists_mentees", "mentees_disabled", "mentees_career",
                                    "mentees_other_params", "share_teachers_mentees", "pp_pupil_pupil",
                                    "orgs_monitoring_order", "internal_monitoring_notes", "curators_total",
                                    "agreements_edu_orgs"}),
    ]
    for code, kind, size, variant, omit in plan:
        v = gen_org(rng, kind, size)
        if code == "18-042":
            v["partner_list"] = "; ".join(PARTNERS["b"])
        if code == "18-044":
            v["orgs_regulation_students"] = 0
            v["pay_acts"] = 0
        if kind == "dop":
            v["pp_total"] = v["pp_teacher_teacher"] + v["pp_pupil_pupil"] + v["pp_teacher_pupil"]
            v["mentors_total"] = v["teachers_mentors"] + v["young_specialists_mentors"] + 2
            v["kpk_courses"] = ("«Наставничество в дополнительном образовании детей» (ИРО УР, 36 ч.); "
                                "«Технологии работы с одарёнными детьми» (ЦНППМ, 24 ч.)")
        ws = wb.create_sheet(code)
        ws["A1"] = f"Код ОО: {code}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Период: 2024"
        ws["A3"] = "Форма: ЦМН-2024 (ОО)   Статус: принято"
        hdr = ["№", "Наименование показателя", "Значение показателя", "Документ-основание (URL)"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(5, i, h)
            c.font = BOLD
            c.fill = GREY
        extra = {}
        if code == "18-042":
            extra = {"mentors_total": [("в т.ч. наставники-выпускники прошлых лет", 3, None)],
                     "school_methodical_associations": [("Публикаций о наставничестве на сайте ОО за 2024 г.", 9, None)]}
        elif code == "18-043":
            extra = {"pp_total": [("Программ наставничества ОО (общих, не персонализ.)", 4, None)]}
        elif code == "18-044":
            extra = {"curators_total": [("Кураторы и наставники, всего", v["curators_total"] + v["mentors_total"], None)]}
        else:
            extra = {"mentees_total": [("Объединений ДО, в которых реализуется наставничество", 11, None)]}
        rows = make_rows(v, variant, omit=omit, extra=extra, head_variant=2)
        cols = {"no": 1, "title": 2, "value": 3, "link": 4}
        site = {"18-042": "school12-vchep.ru", "18-043": "licey4-vchep.ru", "18-044": "ilinsk-school.ru",
                "18-061": "ddt-vchep.ru"}[code]
        values, links, heads, notc, last = write_table(ws, fname, code, 6, cols, rows, "aistext", site, "site")
        boxes(ws, 5, last, 1, 4)
        widths(ws, [5, 64, 14, 64])
        add_expected(fname, code, full[code], values, links, notc, heads)
    wb.save(HERE / fname)


# --------------------------------------------------------------------------------------------
# file 4: «СОШ 7» and its ИНН only
# --------------------------------------------------------------------------------------------
def file4(rng):
    fname = "typed/СОШ7_наставничество_2024.xlsx"
    v = gen_org(rng, "school", 540)
    v["partner_list"] = "; ".join(PARTNERS["c"])
    v["kpk_courses"] = "«Организация наставничества в школе» (ИРО УР, 36 ч.); «Наставник молодого педагога» (ЦНППМ, 18 ч.)"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024"
    ws["A1"] = "СОШ 7 (ИНН 1831009876)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Сведения о реализации целевой модели наставничества за 2024 год"
    hdr = ["Критерий", "Кол-во / да-нет", "Источник (ссылка)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = GREY
    extra = {
        "nonmaterial_acts": [("Наставники, награждённые грамотами УО в 2024 г.", 4, None)],
        "share_mentees_10_19": [("Доля наставляемых из группы риска и ОВЗ, %",
                                 round((v["mentees_risk"] + v["mentees_disabled"]) / v["mentees_10_19"] * 100, 1), None)],
    }
    omit = {"pp_student_pupil", "pp_head_teacher", "agreement_subjects", "young_specialists_mentors",
            "share_young_specialists_mentors", "share_teachers_mentors", "teachers_in_pp", "other_org_mentors",
            "students_15_19", "share_mentors_15_19", "mentees_career", "mentees_gifted", "mentees_risk",
            "mentees_disabled", "mentees_low_motivation", "mentees_other_params", "pp_other", "external_edu_mentors",
            "enterprise_mentors", "agreements_other_orgs", "teachers_other_mentees", "share_teachers_mentees",
            "school_methodical_associations", "pay_acts", "satisfaction_mentors", "young_specialists_mentees"}
    rows = make_rows(v, 2, omit=omit, extra=extra, nolink={"mentees_total", "kpk_trained"}, head_variant=3)
    cols = {"title": 1, "value": 2, "link": 3}
    values, links, heads, notc, last = write_table(ws, fname, ws.title, 5, cols, rows, "lower",
                                                   "school7vchep", "disk")
    boxes(ws, 4, last, 1, 3)
    ws.cell(last + 1, 1, "Директор ______ Шкляева Т.Н.")
    widths(ws, [64, 16, 50])
    wb.save(HERE / fname)
    add_expected(fname, None, "СОШ 7", values, links, notc, heads)


# --------------------------------------------------------------------------------------------
# file 5: the name given properly, plus an indicator-code column on every row
# --------------------------------------------------------------------------------------------
CODE_NO = {}
for si, (sec, cids) in enumerate(SECTIONS, 1):
    for ci, cid in enumerate(cids, 1):
        CODE_NO[cid] = f"ЦМН-{si}.{ci}"


def file5(rng):
    fname = "typed/МАОУ_Гимназия_3_ЦМН_2024.xlsx"
    org = "МАОУ «Гимназия № 3»"
    v = gen_org(rng, "school", 1020)
    v["partner_list"] = "; ".join(["ФГБОУ ВО «Удмуртский государственный университет»", "АНО «Центр развития «Точка роста»"])
    v["agreement_subjects"] = "проведение занятий и наставничество «студент – ученик» в профильных классах"
    v["pp_student_pupil"] = 2
    v["pp_total"] += 2
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    ws["A1"] = "Муниципальное автономное общеобразовательное учреждение «Гимназия № 3»"
    ws["A2"] = org
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Отчёт о реализации ЦМН, 2024 г."
    hdr = ["Код показателя", "Показатель", "Ед. изм.", "2024", "Ссылка"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.fill = GREY
    extra = {
        "internal_monitoring_notes": [("Дорожная карта ЦМН (есть/нет)", 1, None)],
        "mentees_total": [("Наставляемых — выпускников 2024 г., продолживших обучение в вузах-партнёрах", 6, None)],
        "school_methodical_associations": [("Участников региональных конкурсов наставников", 2, None)],
    }
    omit = {"mentees_other_params", "kpk_courses", "mentees_risk", "mentees_gifted", "mentees_disabled",
            "mentees_low_motivation", "mentees_career", "pp_head_teacher", "pp_other", "other_org_mentors",
            "enterprise_mentors", "agreements_other_orgs", "agreements_enterprises", "teachers_in_pp",
            "share_young_specialists_mentors", "young_specialists_mentors"}
    rows = make_rows(v, 3, omit=omit, extra=extra, head_variant=0)
    extra_codes = iter(["ЦМН-Р.1", "ЦМН-Р.2", "ЦМН-Р.3"])
    cols = {"code": 1, "title": 2, "unit": 3, "value": 4, "link": 5}
    values, links, heads, notc, last = write_table(
        ws, fname, ws.title, 6, cols, rows, "num", "gimn3-vchep.ru", "site", hyper_text=None,
        code_of=lambda cid: CODE_NO[cid] if cid else next(extra_codes))
    # the link cells are real hyperlinks too
    for r in range(6, last):
        c = ws.cell(r, 5)
        if isinstance(c.value, str) and c.value.startswith("http"):
            c.hyperlink = c.value
            c.font = Font(color="0563C1", underline="single")
    boxes(ws, 5, last, 1, 5)
    ws.cell(last + 1, 2, "Исп. Баранова О.Ю., методист; 25.01.2025")
    widths(ws, [14, 62, 8, 10, 56])
    wb.save(HERE / fname)
    add_expected(fname, None, org, values, links, notc, heads)


# --------------------------------------------------------------------------------------------
# file 6: AIS export with a sheet per organisation named by its AIS id, no directory
# --------------------------------------------------------------------------------------------
def file6(rng):
    fname = "typed/Выгрузка_АИС_ЦМН_2024.xlsx"
    wb = openpyxl.Workbook()
    p = wb.active
    p.title = "Параметры выгрузки"
    for r, (k, x) in enumerate([("Отчёт", "ЦМН — показатели ОО"), ("Период", "01.01.2024 – 31.12.2024"),
                                ("Муниципалитет", "Верхнечепецкий район"), ("Сформировано", "22.01.2025 16:03"),
                                ("Пользователь", "metod_vchep"), ("Организаций в выгрузке", 2)], 1):
        p.cell(r, 1, k).font = BOLD
        p.cell(r, 2, x)
    widths(p, [26, 40])
    for aid, ogrn, size, variant, omit in [
        ("5720", "1051800543210", 402, 1, {"pp_student_pupil", "pp_other", "partner_list", "agreement_subjects",
                                           "kpk_courses", "share_teachers_mentors", "share_young_specialists_mentors",
                                           "mentees_risk", "mentees_gifted", "mentees_disabled",
                                           "mentees_low_motivation", "mentees_career", "mentees_other_params",
                                           "external_edu_mentors", "other_org_mentors", "enterprise_mentors",
                                           "pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                           "pp_teacher_pupil", "students_15_19", "mentors_15_19",
                                           "share_mentors_15_19", "young_specialists_mentors",
                                           "agreements_enterprises", "agreements_other_orgs", "pay_acts",
                                           "nonmaterial_acts"}),
        ("5724", "1021800987650", 167, 3, {"pp_student_pupil", "pp_head_teacher", "partner_list",
                                           "agreement_subjects", "kpk_courses", "share_teachers_mentors",
                                           "share_young_specialists_mentors", "teachers_in_pp", "mentees_other_params",
                                           "mentees_career", "mentees_low_motivation", "young_specialists_mentors",
                                           "agreements_enterprises", "agreements_other_orgs", "agreements_edu_orgs",
                                           "external_edu_mentors", "other_org_mentors", "enterprise_mentors",
                                           "share_young_specialists_mentees", "mentees_risk", "mentees_gifted",
                                           "mentees_disabled", "pp_other", "share_mentors_15_19", "students_15_19",
                                           "curators_total", "pay_acts", "kpk_trained",
                                           "school_methodical_associations", "share_teachers_mentees"}),
    ]:
        v = gen_org(rng, "school", size)
        ws = wb.create_sheet(aid)
        ws["A1"] = f"ID организации в АИС: {aid}"
        ws["A1"].font = Font(bold=True)
        ws["A2"] = f"ОГРН {ogrn}"
        ws["A3"] = "Отчётный год: 2024"
        hdr = ["Показатель", "Значение", "Файл / ссылка"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(5, i, h)
            c.font = BOLD
            c.fill = GREY
        extra = {"pp_total": [("Завершено ППН в 2024 г.", v["pp_total"] - 5, None)]}
        if aid == "5724":
            extra["students_10_19"] = [("Обучающихся всего по ОО-1", v["students_10_19"] + 64, None)]
        rows = make_rows(v, variant, omit=omit, extra=extra, head_variant=1)
        cols = {"title": 1, "value": 2, "link": 3}
        values, links, heads, notc, last = write_table(ws, fname, aid, 6, cols, rows, "num",
                                                       f"ais-files.vchep-edu.ru/{aid}", "site", hyper_text="открыть")
        boxes(ws, 5, last, 1, 3)
        widths(ws, [62, 12, 16])
        add_expected(fname, aid, aid, values, links, notc, heads)
    wb.save(HERE / fname)


def main():
    TYPED.mkdir(exist_ok=True)
    for f in TYPED.glob("*.xlsx"):
        f.unlink()
    rng = random.Random(93)
    file1(rng)
    file2(rng)
    file3(rng)
    file4(rng)
    file5(rng)
    file6(rng)
    (HERE / "expected.json").write_text(json.dumps(B.expected, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": B.cells}, ensure_ascii=False, indent=1), encoding="utf-8")
    nv = sum(len(e["values"]) for e in B.expected)
    nl = sum(len(e["links"]) for e in B.expected)
    files = len({e["file"] for e in B.expected})
    print(f"files {files}, forms {len(B.expected)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
