#!/usr/bin/env python3
"""Hand-typed held-out test files (set 13): several organisations per sheet,
layouts that are NOT "one row per organisation".

Writes typed/*.xlsx, expected.json and cells.json (cell addresses used by
selfcheck.py).  Year of all data: 2024.
"""
import csv
import json
import os
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

# --------------------------------------------------------------------------
# Own wordings (several variants per criterion); never the catalogue text.
# --------------------------------------------------------------------------
LABELS = {
    "orgs_regulation_teachers": [
        "Положение о системе наставничества педагогов утверждено приказом ОО",
        "Приказ об утверждении положения о наставничестве педработников",
        "Утверждено ли в школе положение о наставничестве для педагогических работников",
        "Локальный акт: положение о наставничестве педагогов (да/нет)",
    ],
    "orgs_regulation_students": [
        "Положение о системе наставничества обучающихся утверждено приказом ОО",
        "Приказ об утверждении положения о наставничестве учащихся",
        "Утверждено ли положение о системе наставничества для учащихся",
        "Локальный акт: положение о наставничестве обучающихся (да/нет)",
    ],
    "orgs_monitoring_order": [
        "Приказ о проведении мониторинга ЦМН в организации",
        "Издан приказ о мониторинге внедрения модели наставничества",
        "Есть ли приказ ОО о мониторинге целевой модели наставничества",
    ],
    "internal_monitoring_notes": [
        "Справка по итогам внутреннего мониторинга наставничества",
        "Подготовлена справка ОО о результатах внутреннего мониторинга ЦМН",
        "Информационная справка по результатам внутришкольного мониторинга ЦМН",
    ],
    "curators_total": [
        "Кураторы внедрения ЦМН в ОО, чел.",
        "Число кураторов целевой модели наставничества",
        "Сколько назначено кураторов по реализации ЦМН",
    ],
    "mentors_total": [
        "Наставники по приказу ОО — всего",
        "Общее число наставников, утверждённых приказом",
        "Численность наставников в базе организации (согласно приказу)",
    ],
    "mentees_total": [
        "Наставляемые по приказу ОО — всего",
        "Общее число наставляемых, закреплённых приказом",
        "Численность наставляемых в базе организации (согласно приказу)",
    ],
    "agreements_edu_orgs": [
        "Соглашения с другими образовательными организациями, направившими своих работников в наставники, шт.",
        "Число договоров о сотрудничестве с ОО-партнёрами, чьи сотрудники выступают наставниками",
    ],
    "agreements_enterprises": [
        "Соглашения с предприятиями, сотрудники которых являются наставниками, шт.",
        "Число договоров с предприятиями о привлечении их работников в качестве наставников",
    ],
    "agreements_other_orgs": [
        "Соглашения с прочими организациями (любой формы собственности), предоставившими наставников, шт.",
        "Число договоров с иными организациями, чьи работники привлечены как наставники",
    ],
    "partner_list": [
        "Перечень организаций-партнёров по наставничеству",
        "Предприятия и организации, с которыми школа сотрудничает в сфере наставничества (наименования)",
    ],
    "agreement_subjects": [
        "Предмет заключённого соглашения",
        "О чём соглашение с партнёром (предмет)",
    ],
    "pp_total": [
        "Персонализированные программы наставничества — всего по всем формам",
        "Общее число ПП наставничества (все формы)",
        "Сколько разработано персонализированных программ, итого",
    ],
    "pp_pupil_pupil": [
        "ПП по форме «ученик – ученик»",
        "в т.ч. программы формы «ученик – ученик»",
        "Персонализированные программы, форма «ученик – ученик», ед.",
    ],
    "pp_teacher_teacher": [
        "ПП по форме «педагог – педагог»",
        "в т.ч. программы формы «учитель – учитель»",
        "Персонализированные программы, форма «педагог – педагог», ед.",
    ],
    "pp_head_teacher": [
        "ПП по форме «руководитель – педагог»",
        "в т.ч. программы формы «руководитель – педагог»",
        "Персонализированные программы, форма «руководитель – педагог», ед.",
    ],
    "pp_teacher_pupil": [
        "ПП по форме «учитель – ученик»",
        "в т.ч. программы формы «учитель – ученик»",
        "Персонализированные программы, форма «учитель – ученик», ед.",
    ],
    "pp_other": [
        "ПП прочих форм (какие — в примечании)",
        "в т.ч. программы иных форм наставничества",
        "Персонализированные программы других форм, ед.",
    ],
    "external_edu_mentors": [
        "Наставники из сторонних образовательных организаций (по приказу)",
        "Привлечённые наставники — сотрудники других ОО",
    ],
    "enterprise_mentors": [
        "Наставники — работники предприятий",
        "Число наставников с предприятий-партнёров",
    ],
    "other_org_mentors": [
        "Наставники — сотрудники иных организаций (не ОО и не предприятий)",
        "Число наставников, представляющих иные организации",
    ],
    "students_10_19": [
        "Всего учащихся в возрасте 10–19 лет",
        "Контингент обучающихся 10–19 лет, чел.",
    ],
    "mentees_10_19": [
        "Учащиеся 10–19 лет в роли наставляемых",
        "Обучающиеся от 10 до 19 лет, включённые в программы как наставляемые",
    ],
    "mentees_risk": [
        "Наставляемые 10–19 лет из «группы риска»",
        "в т.ч. обучающиеся «группы риска»",
    ],
    "mentees_gifted": [
        "Наставляемые из числа одарённых детей, внесённых в реестры",
        "в т.ч. одарённые обучающиеся (состоят в реестрах)",
    ],
    "mentees_disabled": [
        "Наставляемые 10–19 лет с ОВЗ и дети-инвалиды",
        "в т.ч. дети с ОВЗ и дети-инвалиды",
    ],
    "mentees_low_motivation": [
        "Наставляемые со слабой учебной мотивацией и неудовлетворительной успеваемостью",
        "в т.ч. с низкой мотивацией к учёбе / неуспевающие",
    ],
    "mentees_career": [
        "Наставляемые, испытывающие трудности с выбором профессии и образовательного маршрута",
        "в т.ч. с проблемами профессионального самоопределения",
    ],
    "mentees_other_params": [
        "Наставляемые 10–19 лет, включённые по другим основаниям",
        "в т.ч. по иным основаниям",
    ],
    "share_mentees_10_19": [
        "Охват учащихся 10–19 лет наставничеством (в роли наставляемых), %",
        "Доля наставляемых среди обучающихся 10–19 лет",
    ],
    "students_15_19": [
        "Всего учащихся в возрасте 15–19 лет",
        "Контингент обучающихся 15–19 лет, чел.",
    ],
    "mentors_15_19": [
        "Наставники из числа учащихся 15–19 лет (по приказу)",
        "Обучающиеся 15–19 лет, выступающие наставниками (приказ)",
    ],
    "share_mentors_15_19": [
        "Доля учащихся 15–19 лет, ставших наставниками, %",
        "Охват обучающихся 15–19 лет наставничеством в роли наставника",
    ],
    "satisfaction_mentees": [
        "Удовлетворённость наставляемых завершёнными программами, %",
        "Уровень удовлетворённости наставляемых (по итогам анкетирования)",
    ],
    "satisfaction_mentors": [
        "Удовлетворённость наставников завершёнными программами, %",
        "Уровень удовлетворённости наставников (по итогам анкетирования)",
    ],
    "young_specialists": [
        "Молодые специалисты (до 35 лет, стаж до 3 лет) — всего в ОО",
        "Число молодых педагогов до 35 лет с опытом работы не более трёх лет",
    ],
    "young_specialists_mentees": [
        "Молодые специалисты, закреплённые за наставниками (наставляемые)",
        "Молодые педагоги в роли наставляемых",
    ],
    "teachers_other": [
        "Педагоги без учёта молодых специалистов — всего",
        "Численность педагогических работников (кроме молодых специалистов)",
    ],
    "teachers_other_mentees": [
        "Педагоги (кроме молодых специалистов), являющиеся наставляемыми",
        "Наставляемые из числа педагогов со стажем более 3 лет / старше 35",
    ],
    "share_young_specialists_mentees": [
        "Доля молодых специалистов, охваченных наставничеством как наставляемые, %",
        "Охват молодых педагогов программами наставничества (наставляемые)",
    ],
    "share_teachers_mentees": [
        "Доля педагогов-наставляемых от общего числа педагогов, %",
        "Охват педагогических работников наставничеством в роли наставляемых",
    ],
    "teachers_in_pp": [
        "Педагоги, участвующие в утверждённых ПП наставничества — всего",
        "Число педагогов, охваченных утверждёнными персонализированными программами",
    ],
    "kpk_trained": [
        "Педагоги, прошедшие КПК по наставничеству в 2024 году, чел.",
        "Обучено на курсах повышения квалификации по теме наставничества (за год)",
    ],
    "kpk_courses": [
        "Названия пройденных курсов повышения квалификации",
        "Курсы по наставничеству (наименование, организатор, объём)",
    ],
    "school_methodical_associations": [
        "Методические объединения наставников в ОО, ед.",
        "Число ШМО наставников",
    ],
    "teachers_mentors": [
        "Педагоги, выступающие наставниками",
        "Число педагогов-наставников в программах наставничества",
    ],
    "young_specialists_mentors": [
        "Молодые специалисты, выступающие наставниками",
        "Молодые педагоги в роли наставника",
    ],
    "share_teachers_mentors": [
        "Доля педагогов-наставников, %",
        "Удельный вес педагогов, выполняющих роль наставника",
    ],
    "pay_acts": [
        "Локальные акты об оплате труда наставников, кол-во",
        "Число локальных актов, регламентирующих доплату за наставничество",
    ],
    "nonmaterial_acts": [
        "Локальные акты о нематериальном поощрении наставников, кол-во",
        "Число актов о моральном (нематериальном) стимулировании наставников",
    ],
}

SECTION = {}
for cid in ["orgs_regulation_teachers", "orgs_regulation_students",
            "orgs_monitoring_order", "internal_monitoring_notes"]:
    SECTION[cid] = "Нормативное обеспечение"
for cid in ["curators_total", "mentors_total", "mentees_total",
            "agreements_edu_orgs", "agreements_enterprises",
            "agreements_other_orgs", "partner_list", "agreement_subjects"]:
    SECTION[cid] = "Организация процесса"
for cid in ["pp_total", "pp_pupil_pupil", "pp_teacher_teacher",
            "pp_head_teacher", "pp_teacher_pupil", "pp_other"]:
    SECTION[cid] = "Персонализированные программы"
for cid in ["external_edu_mentors", "enterprise_mentors", "other_org_mentors"]:
    SECTION[cid] = "Внешние наставники"
for cid in ["students_10_19", "mentees_10_19", "mentees_risk", "mentees_gifted",
            "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params", "share_mentees_10_19"]:
    SECTION[cid] = "Обучающиеся 10–19 лет (наставляемые)"
for cid in ["students_15_19", "mentors_15_19", "share_mentors_15_19"]:
    SECTION[cid] = "Обучающиеся 15–19 лет (наставники)"
for cid in ["satisfaction_mentees", "satisfaction_mentors"]:
    SECTION[cid] = "Удовлетворённость"
for cid in ["young_specialists", "young_specialists_mentees", "teachers_other",
            "teachers_other_mentees", "share_young_specialists_mentees",
            "share_teachers_mentees"]:
    SECTION[cid] = "Педагоги-наставляемые"
for cid in ["teachers_in_pp", "kpk_trained", "kpk_courses",
            "school_methodical_associations"]:
    SECTION[cid] = "Профессиональное развитие"
for cid in ["teachers_mentors", "young_specialists_mentors",
            "share_teachers_mentors"]:
    SECTION[cid] = "Педагоги-наставники"
for cid in ["pay_acts", "nonmaterial_acts"]:
    SECTION[cid] = "Стимулирование"

CODE = {
    "orgs_regulation_teachers": "1.1", "orgs_regulation_students": "1.2",
    "orgs_monitoring_order": "1.3", "internal_monitoring_notes": "1.4",
    "curators_total": "2.1", "mentors_total": "2.2", "mentees_total": "2.3",
    "agreements_edu_orgs": "2.4", "agreements_enterprises": "2.5",
    "agreements_other_orgs": "2.6", "partner_list": "2.7",
    "agreement_subjects": "2.8",
    "pp_total": "3.1", "pp_pupil_pupil": "3.2", "pp_teacher_teacher": "3.3",
    "pp_head_teacher": "3.4", "pp_teacher_pupil": "3.5", "pp_other": "3.7",
    "external_edu_mentors": "4.1", "enterprise_mentors": "4.2",
    "other_org_mentors": "4.3",
    "students_10_19": "5.1", "mentees_10_19": "5.2", "mentees_risk": "5.3",
    "mentees_gifted": "5.4", "mentees_disabled": "5.5",
    "mentees_low_motivation": "5.6", "mentees_career": "5.7",
    "mentees_other_params": "5.8", "share_mentees_10_19": "5.9",
    "students_15_19": "6.1", "mentors_15_19": "6.2",
    "share_mentors_15_19": "6.3",
    "satisfaction_mentees": "7.1", "satisfaction_mentors": "7.2",
    "young_specialists": "8.1", "young_specialists_mentees": "8.2",
    "teachers_other": "8.3", "teachers_other_mentees": "8.4",
    "share_young_specialists_mentees": "8.5", "share_teachers_mentees": "8.6",
    "teachers_in_pp": "9.1", "kpk_trained": "9.2", "kpk_courses": "9.3",
    "school_methodical_associations": "9.4",
    "teachers_mentors": "10.1", "young_specialists_mentors": "10.2",
    "share_teachers_mentors": "10.3",
    "pay_acts": "11.1", "nonmaterial_acts": "11.2",
}

# Rows that are NOT catalogue criteria (label -> its section in exports).
NONCRIT_SECTION = "Дополнительные сведения"

# Read the catalogue only to make sure no wording is copied verbatim and
# that every criterion used is organisation-level with a 2024 wording.
CATALOGUE = {}
with open("/work/main/Templates/criteria.tsv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh, delimiter="\t"):
        CATALOGUE[r["id"]] = r


def _norm(s):
    return re.sub(r"\s+", " ", s.replace("ё", "е").lower()).strip(" .")


CAT_TEXTS = set()
for r in CATALOGUE.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k].strip():
            CAT_TEXTS.add(_norm(r[k]))
for cid, vs in LABELS.items():
    assert cid in CATALOGUE, cid
    assert CATALOGUE[cid]["level"] == "org", cid
    assert CATALOGUE[cid]["wording_2024"].strip(), cid
    for v in vs:
        assert _norm(v) not in CAT_TEXTS, ("verbatim catalogue wording", v)


# --------------------------------------------------------------------------
# value typing helpers
# --------------------------------------------------------------------------
PCT = "0%"
PCT1 = "0.0%"


def expected_of(cid, typed, fmt):
    """Expected value per the project convention."""
    unit = CATALOGUE[cid]["unit"]
    if unit in ("list", "text"):
        return typed
    if isinstance(typed, str):
        t = typed.strip().lower()
        if t.startswith("да"):
            return 1
        if t.startswith("нет"):
            return 0
        m = re.search(r"-?\d+(?:[.,]\d+)?", t)
        num = float(m.group(0).replace(",", "."))
    else:
        num = float(typed)
        if fmt and "%" in fmt:
            num = round(num * 100, 6)
    return int(num) if num == int(num) else num


def link(base, doc):
    return f"{base}/{doc}"


# --------------------------------------------------------------------------
# DATA.  A row: (cid or None, label-if-noncriterion, typed value, fmt, link)
# --------------------------------------------------------------------------
def R(cid, typed, fmt=None, url=None, unit=None):
    return {"cid": cid, "typed": typed, "fmt": fmt, "url": url, "unit": unit}


def N(label, typed, url=None, unit=None):
    return {"cid": None, "label": label, "typed": typed, "fmt": None,
            "url": url, "unit": unit}


# ---------------- file 1: Kirov region, tidy long export -------------------
K1 = "МБОУ «Гимназия № 3» г. Кирово-Чепецка"
K1u = "https://gimnaziya3kirovo-chepeck-r43.gosweb.gosuslugi.ru/netcat_files/nastavnichestvo"
K2 = "МКОУ «ООШ с. Бобино» Слободского района"
K2u = "https://shkolabobino-r43.gosweb.gosuslugi.ru/nastavnichestvo"
K3 = "МОАУ СОШ № 22 г. Кирова"
K3u = "https://shkola22kirov-r43.gosweb.gosuslugi.ru/ofitsialno/tsmn"
K4 = "КОГОБУ СШ пгт Юрья"
K4u = "https://shkolayurya-r43.gosweb.gosuslugi.ru/dokumenty"

F1 = [
    (K1, [
        R("orgs_regulation_teachers", "Да", url=link(K1u, "prikaz_polozhenie_ped.pdf")),
        R("orgs_regulation_students", "Да", url=link(K1u, "prikaz_polozhenie_obuch.pdf")),
        R("orgs_monitoring_order", "Да", url=link(K1u, "prikaz_monitoring_2024.pdf")),
        R("curators_total", 2, url=link(K1u, "prikaz_kuratory.pdf")),
        R("mentors_total", 48, url=link(K1u, "prikaz_baza_2024.pdf")),
        R("mentees_total", 131, url=link(K1u, "prikaz_baza_2024.pdf")),
        R("agreements_enterprises", 1, url=link(K1u, "soglashenie_khimkombinat.pdf")),
        R("partner_list", "ФГБОУ ВО «Вятский государственный университет»; АО «Кирово-Чепецкий химический комбинат»", url=link(K1u, "partnery.pdf")),
        R("pp_total", 48, url=link(K1u, "pp_2024.zip")),
        R("pp_pupil_pupil", 21, url=link(K1u, "pp_2024.zip")),
        R("pp_teacher_teacher", 17, url=link(K1u, "pp_2024.zip")),
        R("pp_head_teacher", 4, url=link(K1u, "pp_2024.zip")),
        R("pp_teacher_pupil", 6, url=link(K1u, "pp_2024.zip")),
        R("students_10_19", 604),
        R("mentees_10_19", 97, url=link(K1u, "prikaz_baza_2024.pdf")),
        R("share_mentees_10_19", "16,1 %"),
        R("mentors_15_19", 22, url=link(K1u, "prikaz_baza_2024.pdf")),
        R("satisfaction_mentees", 0.93, PCT, url=link(K1u, "anketirovanie_2024.pdf")),
        R("satisfaction_mentors", 0.9, PCT, url=link(K1u, "anketirovanie_2024.pdf")),
        R("young_specialists", 7),
        R("young_specialists_mentees", "7 чел.", url=link(K1u, "prikaz_baza_2024.pdf")),
        R("kpk_trained", 3, url=link(K1u, "udostovereniya_kpk.pdf")),
        N("Наличие дорожной карты внедрения ЦМН в ОО", "Да", url=link(K1u, "dorozhnaya_karta.pdf")),
        N("Количество мероприятий для наставников (семинары, мастер-классы) за 2024 год", 5),
    ]),
    (K2, [
        R("orgs_regulation_teachers", "Да", url=link(K2u, "polozhenie_ped.pdf")),
        R("orgs_regulation_students", "Нет"),
        R("orgs_monitoring_order", "Да", url=link(K2u, "prikaz_monitoring.pdf")),
        R("internal_monitoring_notes", "Да", url=link(K2u, "spravka_monitoring_2024.pdf")),
        R("curators_total", 1, url=link(K2u, "prikaz_kurator.pdf")),
        R("mentors_total", 6, url=link(K2u, "prikaz_baza.pdf")),
        R("mentees_total", 9, url=link(K2u, "prikaz_baza.pdf")),
        R("pp_total", 6, url=link(K2u, "pp.pdf")),
        R("pp_pupil_pupil", 2, url=link(K2u, "pp.pdf")),
        R("pp_teacher_teacher", 3, url=link(K2u, "pp.pdf")),
        R("pp_other", 1, url=link(K2u, "pp.pdf")),
        R("students_10_19", 54),
        R("mentees_10_19", 7, url=link(K2u, "prikaz_baza.pdf")),
        R("mentees_risk", 2, url=link(K2u, "prikaz_baza.pdf")),
        R("mentees_low_motivation", 3, url=link(K2u, "prikaz_baza.pdf")),
        R("share_mentees_10_19", 0.13, PCT),
        R("satisfaction_mentees", "100%", url=link(K2u, "ankety.pdf")),
        R("satisfaction_mentors", "95 %", url=link(K2u, "ankety.pdf")),
        R("young_specialists", 1),
        R("young_specialists_mentees", 1, url=link(K2u, "prikaz_baza.pdf")),
        R("teachers_mentors", 4, url=link(K2u, "prikaz_baza.pdf")),
        R("kpk_trained", 0),
        N("Ответственный за заполнение (ФИО, должность)", "Шихова Т.А., заместитель директора по УВР"),
        N("Количество родительских собраний с информированием о наставничестве", 2),
    ]),
    (K3, [
        R("orgs_regulation_teachers", "Да", url=link(K3u, "polozhenie_nastavnichestvo_ped.pdf")),
        R("orgs_regulation_students", "Да", url=link(K3u, "polozhenie_nastavnichestvo_obuch.pdf")),
        R("curators_total", 3, url=link(K3u, "prikaz_kuratory_2024.pdf")),
        R("mentors_total", 74, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("mentees_total", 212, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("agreements_edu_orgs", 1, url=link(K3u, "dogovor_dvorets.pdf")),
        R("agreements_other_orgs", 2, url=link(K3u, "dogovor_proforientatsiya.pdf")),
        R("partner_list", "МБУ ДО «Дворец творчества – Мемориал»; КОГАУ «Вятский центр профориентации»; АНО «Клуб робототехники «Вектор»", url=link(K3u, "partnery.pdf")),
        R("external_edu_mentors", 2, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("other_org_mentors", 3, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("pp_total", 74, url=link(K3u, "pp_2024.pdf")),
        R("students_10_19", 880),
        R("mentees_10_19", 166, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("mentees_gifted", 18, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("mentees_career", 41, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("students_15_19", 210),
        R("mentors_15_19", 31, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("share_mentors_15_19", "14,8%"),
        R("teachers_other", 61),
        R("teachers_other_mentees", 12, url=link(K3u, "prikaz_nastavniki_2024.pdf")),
        R("pay_acts", 1, url=link(K3u, "polozhenie_ob_oplate.pdf")),
        R("nonmaterial_acts", 1, url=link(K3u, "polozhenie_o_pooshchrenii.pdf")),
        N("Число наставнических пар, завершивших программу досрочно", 3),
        N("Количество совместных образовательных и культурных проектов с организациями-партнёрами", 4),
    ]),
    (K4, [
        R("orgs_regulation_teachers", "да", url=link(K4u, "polozhenie_ped.pdf")),
        R("orgs_regulation_students", "Да", url=link(K4u, "polozhenie_obuch.pdf")),
        R("orgs_monitoring_order", "Нет"),
        R("internal_monitoring_notes", "Да", url=link(K4u, "spravka_vnutr_monitoring.pdf")),
        R("curators_total", 1, url=link(K4u, "prikaz_kurator.pdf")),
        R("mentors_total", 19, url=link(K4u, "prikaz_baza_nastavnikov.pdf")),
        R("mentees_total", 40, url=link(K4u, "prikaz_baza_nastavnikov.pdf")),
        R("pp_total", 19, url=link(K4u, "pp.pdf")),
        R("pp_pupil_pupil", 8, url=link(K4u, "pp.pdf")),
        R("pp_teacher_teacher", 9, url=link(K4u, "pp.pdf")),
        R("pp_teacher_pupil", 2, url=link(K4u, "pp.pdf")),
        R("mentees_10_19", 31, url=link(K4u, "prikaz_baza_nastavnikov.pdf")),
        R("mentees_disabled", 4, url=link(K4u, "prikaz_baza_nastavnikov.pdf")),
        R("satisfaction_mentees", 88, url=link(K4u, "anketa.pdf")),
        R("satisfaction_mentors", 91, url=link(K4u, "anketa.pdf")),
        R("young_specialists", 3),
        R("young_specialists_mentees", 3, url=link(K4u, "prikaz_baza_nastavnikov.pdf")),
        R("share_young_specialists_mentees", 1, PCT),
        R("school_methodical_associations", 1, url=link(K4u, "prikaz_shmo.pdf")),
        R("kpk_trained", 2, url=link(K4u, "kpk.pdf")),
        R("kpk_courses", "«Наставничество в образовательной организации: организационно-методический аспект», КОГОАУ ДПО «ИРО Кировской области», 36 ч., 2024", url=link(K4u, "kpk.pdf")),
        N("Наличие дорожной карты внедрения ЦМН в ОО", "Да", url=link(K4u, "dorozhnaya_karta.pdf")),
        N("Средняя нагрузка на одного наставника, чел.", "2,1"),
    ]),
]

# ---------------- file 2: Vologda region, long export, org only once ------
V1 = "МАОУ «Средняя общеобразовательная школа № 31» г. Череповца"
V1u = "https://sh31cherepovets-r35.gosweb.gosuslugi.ru/svedeniya/dokumenty"
V2 = "МБОУ «Сокольская СОШ № 9»"
V2u = "https://sokol-school9-r35.gosweb.gosuslugi.ru/nastavnichestvo"
V3 = "МБОУ «Тотемская СОШ № 1»"
V3u = "https://totma-sosh1-r35.gosweb.gosuslugi.ru/tselevaya-model-nastavnichestva"
V4 = "БОУ «Кадуйский центр образования»"
V4u = "https://kaduy-co-r35.gosweb.gosuslugi.ru/dokumenty"

F2 = [
    (V1, [
        R("orgs_regulation_teachers", "Да", url=link(V1u, "prikaz_217_polozhenie.pdf")),
        R("orgs_regulation_students", "Да", url=link(V1u, "prikaz_217_polozhenie.pdf")),
        R("orgs_monitoring_order", "Да", url=link(V1u, "prikaz_monitoring.pdf")),
        R("curators_total", 2, url=link(V1u, "prikaz_kuratory.pdf")),
        R("mentors_total", "86 чел.", url=link(V1u, "baza_nastavnikov.pdf")),
        R("mentees_total", "240 чел.", url=link(V1u, "baza_nastavlyaemyh.pdf")),
        R("agreements_edu_orgs", 1, url=link(V1u, "soglashenie_chgu.pdf")),
        R("agreements_enterprises", 1, url=link(V1u, "soglashenie_severstal.pdf")),
        R("partner_list", "ФГБОУ ВО «Череповецкий государственный университет»; ПАО «Северсталь»", url=link(V1u, "partnery.pdf")),
        R("pp_total", 86, url=link(V1u, "pp_2024.pdf")),
        R("pp_pupil_pupil", 38, url=link(V1u, "pp_2024.pdf")),
        R("pp_teacher_teacher", 30, url=link(V1u, "pp_2024.pdf")),
        R("pp_head_teacher", 6, url=link(V1u, "pp_2024.pdf")),
        R("pp_teacher_pupil", 12, url=link(V1u, "pp_2024.pdf")),
        R("enterprise_mentors", 4, url=link(V1u, "baza_nastavnikov.pdf")),
        R("students_10_19", 1012),
        R("mentees_10_19", 198, url=link(V1u, "baza_nastavlyaemyh.pdf")),
        R("share_mentees_10_19", "19,6 %"),
        R("students_15_19", 256),
        R("mentors_15_19", 40, url=link(V1u, "baza_nastavnikov.pdf")),
        R("satisfaction_mentees", 0.96, PCT, url=link(V1u, "monitoring_udovl.pdf")),
        R("satisfaction_mentors", 0.94, PCT, url=link(V1u, "monitoring_udovl.pdf")),
        N("Количество совместных образовательных и культурных проектов с предприятиями-партнёрами", 3),
        N("Дата актуализации раздела «Наставничество» на сайте ОО", "16.12.2024"),
    ]),
    (V2, [
        R("orgs_regulation_teachers", "Да", url=link(V2u, "polozhenie.pdf")),
        R("orgs_regulation_students", "Да", url=link(V2u, "polozhenie.pdf")),
        R("internal_monitoring_notes", "Нет"),
        R("curators_total", 1, url=link(V2u, "prikaz_kurator.pdf")),
        R("mentors_total", 27, url=link(V2u, "prikaz_baza.pdf")),
        R("mentees_total", 58, url=link(V2u, "prikaz_baza.pdf")),
        R("pp_total", 27, url=link(V2u, "pp.pdf")),
        R("pp_pupil_pupil", 12, url=link(V2u, "pp.pdf")),
        R("pp_teacher_teacher", 11, url=link(V2u, "pp.pdf")),
        R("pp_other", 4, url=link(V2u, "pp.pdf")),
        R("mentees_10_19", 44, url=link(V2u, "prikaz_baza.pdf")),
        R("mentees_risk", 6, url=link(V2u, "prikaz_baza.pdf")),
        R("mentees_disabled", 3, url=link(V2u, "prikaz_baza.pdf")),
        R("mentees_low_motivation", 9, url=link(V2u, "prikaz_baza.pdf")),
        R("young_specialists", 5),
        R("young_specialists_mentees", 5, url=link(V2u, "prikaz_baza.pdf")),
        R("teachers_other", 38),
        R("teachers_other_mentees", 6, url=link(V2u, "prikaz_baza.pdf")),
        R("share_teachers_mentees", "25,6%"),
        R("teachers_mentors", 21, url=link(V2u, "prikaz_baza.pdf")),
        N("Количество заседаний ШМО наставников за 2024 год", 4),
        N("Ответственный за заполнение (ФИО, должность)", "Малышева О.Н., педагог-организатор"),
    ]),
    (V3, [
        R("orgs_regulation_teachers", "Да", url=link(V3u, "prikaz_polozhenie_2023.pdf")),
        R("orgs_regulation_students", "Да", url=link(V3u, "prikaz_polozhenie_2023.pdf")),
        R("orgs_monitoring_order", "Да", url=link(V3u, "prikaz_monitoring_2024.pdf")),
        R("internal_monitoring_notes", "Да", url=link(V3u, "spravka_2024.pdf")),
        R("curators_total", 2, url=link(V3u, "prikaz_kuratory.pdf")),
        R("mentors_total", 35, url=link(V3u, "prikaz_baza.pdf")),
        R("mentees_total", 92, url=link(V3u, "prikaz_baza.pdf")),
        R("agreements_other_orgs", 1, url=link(V3u, "soglashenie_muzey.pdf")),
        R("agreement_subjects", "совместная реализация программ наставничества «ученик – ученик» в сфере краеведения и волонтёрства", url=link(V3u, "soglashenie_muzey.pdf")),
        R("other_org_mentors", 2, url=link(V3u, "prikaz_baza.pdf")),
        R("pp_total", 35, url=link(V3u, "pp.pdf")),
        R("students_10_19", 470),
        R("mentees_10_19", 77, url=link(V3u, "prikaz_baza.pdf")),
        R("mentees_gifted", 12, url=link(V3u, "prikaz_baza.pdf")),
        R("mentees_career", 20, url=link(V3u, "prikaz_baza.pdf")),
        R("satisfaction_mentees", "97%", url=link(V3u, "ankety.pdf")),
        R("satisfaction_mentors", "92%", url=link(V3u, "ankety.pdf")),
        R("teachers_in_pp", 29, url=link(V3u, "pp.pdf")),
        R("kpk_trained", 1, url=link(V3u, "udostoverenie.pdf")),
        R("kpk_courses", "«Организация наставничества в школе в рамках ЦМН», АОУ ВО ДПО «ВИРО», 36 ч., 2024 г.", url=link(V3u, "udostoverenie.pdf")),
        N("Количество мероприятий для наставников (семинары, мастер-классы) за 2024 год", 6),
        N("Наличие дорожной карты внедрения ЦМН в ОО", "Да", url=link(V3u, "dorozhnaya_karta.pdf")),
    ]),
    (V4, [
        R("orgs_regulation_teachers", "Да", url=link(V4u, "polozhenie_ped.pdf")),
        R("orgs_regulation_students", "Нет"),
        R("orgs_monitoring_order", "Да", url=link(V4u, "prikaz_monitoring.pdf")),
        R("curators_total", 1, url=link(V4u, "prikaz_kurator.pdf")),
        R("mentors_total", 15, url=link(V4u, "prikaz_baza.pdf")),
        R("mentees_total", 33, url=link(V4u, "prikaz_baza.pdf")),
        R("pp_total", 15, url=link(V4u, "pp.pdf")),
        R("pp_teacher_teacher", 10, url=link(V4u, "pp.pdf")),
        R("pp_head_teacher", 5, url=link(V4u, "pp.pdf")),
        R("students_10_19", 280),
        R("mentees_10_19", 18, url=link(V4u, "prikaz_baza.pdf")),
        R("share_mentees_10_19", 0.064, PCT1),
        R("students_15_19", 74),
        R("mentors_15_19", 0),
        R("share_mentors_15_19", "0 %"),
        R("young_specialists", 4),
        R("young_specialists_mentees", 4, url=link(V4u, "prikaz_baza.pdf")),
        R("share_young_specialists_mentees", 1, PCT),
        R("school_methodical_associations", 1, url=link(V4u, "prikaz_shmo.pdf")),
        R("pay_acts", 1, url=link(V4u, "polozhenie_oplata.pdf")),
        R("nonmaterial_acts", 0),
        N("Число наставнических пар, завершивших программу досрочно", 1),
        N("Количество родительских собраний с информированием о наставничестве", 3),
    ]),
]

# ---------------- file 3: Tver region, stacked forms ----------------------
T1 = "МОУ «Бежецкая СОШ № 1»"
T1u = "https://bezh-sosh1-r69.gosweb.gosuslugi.ru/nastavnichestvo"
T2 = "МБОУ «Гимназия № 12» г. Твери"
T2u = "https://gimn12tver-r69.gosweb.gosuslugi.ru/ofitsialno/dokumenty"
T3 = "МОУ «Кашинская СОШ № 3»"
T4 = "МБОУ «Конаковская СОШ № 7»"
T4u = "https://konakovo-sosh7-r69.gosweb.gosuslugi.ru/tsmn"

F3 = [
    (T1, [  # plain: № | Показатель | Значение | Ссылка
        R("orgs_regulation_teachers", "Да", url=link(T1u, "polozhenie_ped.pdf")),
        R("orgs_regulation_students", "Да", url=link(T1u, "polozhenie_obuch.pdf")),
        R("orgs_monitoring_order", "Да", url=link(T1u, "prikaz_monitoring.pdf")),
        R("internal_monitoring_notes", "Да", url=link(T1u, "spravka.pdf")),
        R("curators_total", 1, url=link(T1u, "prikaz_kurator.pdf")),
        R("mentors_total", 41, url=link(T1u, "baza.pdf")),
        R("mentees_total", 97, url=link(T1u, "baza.pdf")),
        R("pp_total", 41, url=link(T1u, "pp.pdf")),
        R("pp_pupil_pupil", 18, url=link(T1u, "pp.pdf")),
        R("pp_teacher_teacher", 15, url=link(T1u, "pp.pdf")),
        R("pp_teacher_pupil", 8, url=link(T1u, "pp.pdf")),
        R("students_10_19", 520),
        R("mentees_10_19", 71, url=link(T1u, "baza.pdf")),
        R("mentees_risk", 9, url=link(T1u, "baza.pdf")),
        R("mentors_15_19", 14, url=link(T1u, "baza.pdf")),
        R("satisfaction_mentees", 92, url=link(T1u, "anketirovanie.pdf")),
        R("satisfaction_mentors", 90, url=link(T1u, "anketirovanie.pdf")),
        R("teachers_mentors", 27, url=link(T1u, "baza.pdf")),
        N("Наличие дорожной карты внедрения ЦМН в ОО", "Да", url=link(T1u, "dorozhnaya_karta.pdf")),
        N("Средняя нагрузка на одного наставника, чел.", "2,4"),
    ]),
    (T2, [  # with units column
        R("orgs_regulation_teachers", "Да", unit="да/нет", url=link(T2u, "prikaz_polozhenie.pdf")),
        R("orgs_regulation_students", "Да", unit="да/нет", url=link(T2u, "prikaz_polozhenie.pdf")),
        R("curators_total", 2, unit="чел.", url=link(T2u, "prikaz_kuratory.pdf")),
        R("mentors_total", 63, unit="чел.", url=link(T2u, "prikaz_baza.pdf")),
        R("mentees_total", 150, unit="чел.", url=link(T2u, "prikaz_baza.pdf")),
        R("agreements_edu_orgs", 1, unit="шт.", url=link(T2u, "soglashenie_tvgu.pdf")),
        R("agreements_enterprises", 1, unit="шт.", url=link(T2u, "soglashenie_tvertehprom.pdf")),
        R("partner_list", "ФГБОУ ВО «Тверской государственный университет»; ООО «ТверьТехПром»", unit="наименования", url=link(T2u, "partnery.pdf")),
        R("external_edu_mentors", 3, unit="чел.", url=link(T2u, "prikaz_baza.pdf")),
        R("enterprise_mentors", 2, unit="чел.", url=link(T2u, "prikaz_baza.pdf")),
        R("pp_total", 63, unit="ед.", url=link(T2u, "pp.pdf")),
        R("students_10_19", 705, unit="чел."),
        R("mentees_10_19", 140, unit="чел.", url=link(T2u, "prikaz_baza.pdf")),
        R("share_mentees_10_19", 19.9, unit="%"),
        R("students_15_19", 190, unit="чел."),
        R("mentors_15_19", 35, unit="чел.", url=link(T2u, "prikaz_baza.pdf")),
        R("share_mentors_15_19", 18.4, unit="%"),
        R("kpk_trained", 4, unit="чел.", url=link(T2u, "kpk_2024.pdf")),
        R("school_methodical_associations", 1, unit="ед.", url=link(T2u, "prikaz_shmo.pdf")),
        R("pay_acts", 1, unit="ед.", url=link(T2u, "polozhenie_oplata.pdf")),
        R("nonmaterial_acts", 1, unit="ед.", url=link(T2u, "polozhenie_pooshchrenie.pdf")),
        N("Количество мероприятий для наставников (семинары, мастер-классы) за 2024 год", 8, unit="ед."),
        N("Число обучающихся, участвовавших в профориентационных пробах", 120, unit="чел."),
    ]),
    (T3, [  # no links column
        R("orgs_regulation_teachers", "Да"),
        R("orgs_regulation_students", "Да"),
        R("orgs_monitoring_order", "Нет"),
        R("curators_total", 1),
        R("mentors_total", 14),
        R("mentees_total", 29),
        R("pp_total", 14),
        R("pp_pupil_pupil", 6),
        R("pp_teacher_teacher", 5),
        R("pp_head_teacher", 3),
        R("mentees_10_19", 22),
        R("mentees_disabled", 3),
        R("mentees_low_motivation", 5),
        R("young_specialists", 2),
        R("young_specialists_mentees", 2),
        R("teachers_other", 24),
        R("teachers_other_mentees", 3),
        R("satisfaction_mentees", "85 %"),
        R("satisfaction_mentors", "89 %"),
        N("Количество родительских собраний с информированием о наставничестве", 2),
        N("Ответственный за заполнение (ФИО, должность)", "Воронина Е.С., зам. директора по ВР"),
    ]),
    (T4, [  # reordered rows
        R("satisfaction_mentees", 0.91, PCT, url=link(T4u, "ankety_2024.pdf")),
        R("satisfaction_mentors", 0.89, PCT, url=link(T4u, "ankety_2024.pdf")),
        R("students_10_19", 640),
        R("mentees_10_19", 120, url=link(T4u, "prikaz_baza.pdf")),
        R("mentees_gifted", 15, url=link(T4u, "prikaz_baza.pdf")),
        R("mentees_career", 30, url=link(T4u, "prikaz_baza.pdf")),
        R("mentees_other_params", 8, url=link(T4u, "prikaz_baza.pdf")),
        N("Число наставнических пар, завершивших программу досрочно", 2),
        R("pp_total", 48, url=link(T4u, "pp.pdf")),
        R("pp_pupil_pupil", 20, url=link(T4u, "pp.pdf")),
        R("pp_teacher_teacher", 16, url=link(T4u, "pp.pdf")),
        R("pp_other", 12, url=link(T4u, "pp.pdf")),
        R("mentors_total", 48, url=link(T4u, "prikaz_baza.pdf")),
        R("mentees_total", 132, url=link(T4u, "prikaz_baza.pdf")),
        R("curators_total", 2, url=link(T4u, "prikaz_kuratory.pdf")),
        N("Количество заседаний ШМО наставников за 2024 год", 3),
        R("nonmaterial_acts", 1, url=link(T4u, "polozhenie_pooshchrenie.pdf")),
        R("young_specialists_mentors", 1, url=link(T4u, "prikaz_baza.pdf")),
        R("orgs_regulation_students", "Да", url=link(T4u, "polozhenie_obuch.pdf")),
        R("orgs_regulation_teachers", "Да", url=link(T4u, "polozhenie_ped.pdf")),
    ]),
]

# ---------------- file 4: Samara region, side by side --------------------
S1 = "ГБОУ СОШ № 5 «ОЦ» г. Сызрани"
S2 = "ГБОУ СОШ № 1 с. Кинель-Черкассы"
S3 = "МБУ «Школа № 43» г.о. Тольятти"
S3u = "https://school43tlt-r63.gosweb.gosuslugi.ru/nastavnichestvo"

F4 = [
    (S1, [
        R("orgs_regulation_teachers", "Да"),
        R("orgs_regulation_students", "Да"),
        R("orgs_monitoring_order", "Да"),
        R("internal_monitoring_notes", "Да"),
        R("curators_total", 2),
        R("mentors_total", 58),
        R("mentees_total", 171),
        R("agreements_other_orgs", 1),
        R("agreement_subjects", "профориентационное наставничество обучающихся 8–11 классов на базе предприятия-партнёра"),
        R("other_org_mentors", 2),
        R("pp_total", 58),
        R("pp_pupil_pupil", 25),
        R("pp_teacher_teacher", 22),
        R("pp_teacher_pupil", 11),
        R("students_10_19", 720),
        R("mentees_10_19", 139),
        R("share_mentees_10_19", 0.193, PCT1),
        R("satisfaction_mentees", 0.95, PCT),
        R("satisfaction_mentors", 0.93, PCT),
        N("Наличие дорожной карты внедрения ЦМН в ОО", "Да"),
        N("Количество совместных образовательных и культурных проектов с организациями-партнёрами", 2),
    ]),
    (S2, [
        R("orgs_regulation_teachers", "Да"),
        R("orgs_regulation_students", "Нет"),
        R("curators_total", 1),
        R("mentors_total", 24),
        R("mentees_total", 51),
        R("pp_total", 24),
        R("pp_pupil_pupil", 6),
        R("pp_teacher_teacher", 14),
        R("pp_head_teacher", 4),
        R("mentees_10_19", 36),
        R("mentees_risk", 5),
        R("mentees_disabled", 2),
        R("mentees_low_motivation", 7),
        R("students_15_19", 130),
        R("mentors_15_19", 6),
        R("share_mentors_15_19", "4,6 %"),
        R("young_specialists", 6),
        R("young_specialists_mentees", "6 чел."),
        R("teachers_mentors", 18),
        R("young_specialists_mentors", 0),
        N("Количество заседаний ШМО наставников за 2024 год", 4),
        N("Средняя нагрузка на одного наставника, чел.", "2,1"),
    ]),
    (S3, [  # this one also has a link column
        R("orgs_regulation_teachers", "Да", url=link(S3u, "polozhenie_ped.pdf")),
        R("orgs_regulation_students", "Да", url=link(S3u, "polozhenie_obuch.pdf")),
        R("orgs_monitoring_order", "Да", url=link(S3u, "prikaz_monitoring.pdf")),
        R("curators_total", 3, url=link(S3u, "prikaz_kuratory.pdf")),
        R("mentors_total", 66, url=link(S3u, "prikaz_baza.pdf")),
        R("mentees_total", 188, url=link(S3u, "prikaz_baza.pdf")),
        R("agreements_edu_orgs", 1, url=link(S3u, "soglashenie_tgu.pdf")),
        R("external_edu_mentors", 2, url=link(S3u, "prikaz_baza.pdf")),
        R("agreements_enterprises", 1, url=link(S3u, "soglashenie_avtovaz.pdf")),
        R("enterprise_mentors", 3, url=link(S3u, "prikaz_baza.pdf")),
        R("partner_list", "ФГБОУ ВО «Тольяттинский государственный университет»; ПАО «АвтоВАЗ»", url=link(S3u, "partnery.pdf")),
        R("pp_total", 66, url=link(S3u, "pp.pdf")),
        R("teachers_other", 72),
        R("teachers_other_mentees", 14, url=link(S3u, "prikaz_baza.pdf")),
        R("young_specialists", 8),
        R("young_specialists_mentees", 8, url=link(S3u, "prikaz_baza.pdf")),
        R("share_teachers_mentees", 0.275, PCT1),
        R("teachers_in_pp", 44, url=link(S3u, "pp.pdf")),
        R("kpk_trained", 5, url=link(S3u, "kpk.pdf")),
        R("kpk_courses", "«Наставничество в образовании: технологии сопровождения молодого педагога», СИПКРО, 72 ч., 2024", url=link(S3u, "kpk.pdf")),
        R("teachers_mentors", 40, url=link(S3u, "prikaz_baza.pdf")),
        R("share_teachers_mentors", "50 %"),
        N("Дата актуализации раздела «Наставничество» на сайте ОО", "20.12.2024"),
        N("Число обучающихся, участвовавших в профориентационных пробах", 85),
    ]),
]


# --------------------------------------------------------------------------
def label_for(row, variant):
    if row["cid"] is None:
        return row["label"]
    vs = LABELS[row["cid"]]
    return vs[variant % len(vs)]


def put(ws, addr, value, fmt=None, bold=False, border=True, wrap=True):
    c = ws[addr]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if border:
        c.border = BORDER
    if wrap:
        c.alignment = WRAP
    return c


EXPECTED = []
CELLS = []  # per file: {"file", "sheet", "orgs": [{"name_cell", "values": {cid: cell}, "noncrit_cells": [...]}]}


def register(fname, sheet, orgs_data, name_cells, value_cells, noncrit_cells):
    exp = {"file": f"typed/{fname}", "year": 2024,
           "organisation": [o for o, _ in orgs_data], "values": [],
           "not_criteria": []}
    cells = {"file": f"typed/{fname}", "sheet": sheet, "orgs": []}
    for i, (org, rows) in enumerate(orgs_data):
        vals = {}
        for row in rows:
            if row["cid"] is None:
                if row["label"] not in exp["not_criteria"]:
                    exp["not_criteria"].append(row["label"])
                continue
            assert row["cid"] not in vals, (org, row["cid"])
            vals[row["cid"]] = expected_of(row["cid"], row["typed"], row["fmt"])
        n = len(vals)
        assert 15 <= n <= 22, (org, n)
        assert sum(1 for r in rows if r["cid"] is None) == 2, org
        exp["values"].append(vals)
        cells["orgs"].append({"name": org, "name_cell": name_cells[i],
                              "values": value_cells[i],
                              "noncrit_cells": noncrit_cells[i]})
    EXPECTED.append(exp)
    CELLS.append(cells)


# ---------------- writer 1: tidy long export -------------------------------
def write_file1():
    fname = "ais_export_cmn_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    heads = ["Организация", "Раздел", "Показатель", "Значение", "Ссылка на документ"]
    for j, h in enumerate(heads):
        put(ws, f"{get_column_letter(j + 1)}1", h, bold=True)
    data = sorted(F1, key=lambda t: t[0])
    r = 2
    name_cells, value_cells, nc_cells = [], [], []
    for org, rows in data:
        vc, ncc, first = {}, [], None
        for row in rows:
            put(ws, f"A{r}", org)
            first = first or f"A{r}"
            put(ws, f"B{r}", SECTION.get(row["cid"], NONCRIT_SECTION))
            put(ws, f"C{r}", label_for(row, 0))
            put(ws, f"D{r}", row["typed"], row["fmt"])
            put(ws, f"E{r}", row["url"] or "")
            if row["cid"]:
                vc[row["cid"]] = f"D{r}"
            else:
                ncc.append(f"C{r}")
            r += 1
        name_cells.append(first)
        value_cells.append(vc)
        nc_cells.append(ncc)
    for col, w in zip("ABCDE", [42, 30, 70, 22, 70]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{r - 1}"
    wb.save(os.path.join(TYPED, fname))
    register(fname, ws.title, data, name_cells, value_cells, nc_cells)


# ---------------- writer 2: long export, org once (merged), codes ---------
def write_file2():
    fname = "vologda_tsmn_vygruzka_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Показатели ОО"
    ws["A1"] = ("Выгрузка показателей мониторинга реализации целевой модели "
                "наставничества. Вологодская область. Отчётный период: 2024 год")
    ws["A1"].font = BOLD
    heads = ["Организация", "Код показателя", "Раздел", "Показатель",
             "Значение", "Ссылка на документ"]
    for j, h in enumerate(heads):
        put(ws, f"{get_column_letter(j + 1)}3", h, bold=True)
    r = 4
    name_cells, value_cells, nc_cells = [], [], []
    for oi, (org, rows) in enumerate(F2):
        start = r
        vc, ncc = {}, []
        prev_sec = None
        nc_no = 0
        for row in rows:
            cid = row["cid"]
            if cid:
                code = CODE[cid]
            else:
                nc_no += 1
                code = f"Д-{nc_no}"
            sec = SECTION.get(cid, NONCRIT_SECTION)
            put(ws, f"B{r}", code)
            put(ws, f"C{r}", sec if sec != prev_sec else None)
            prev_sec = sec
            put(ws, f"D{r}", label_for(row, 1))
            put(ws, f"E{r}", row["typed"], row["fmt"])
            put(ws, f"F{r}", row["url"])
            if cid:
                vc[cid] = f"E{r}"
            else:
                ncc.append(f"D{r}")
            r += 1
        put(ws, f"A{start}", org)
        for rr in range(start + 1, r):
            ws[f"A{rr}"].border = BORDER
        ws.merge_cells(f"A{start}:A{r - 1}")
        name_cells.append(f"A{start}")
        value_cells.append(vc)
        nc_cells.append(ncc)
    for col, w in zip("ABCDEF", [36, 10, 28, 70, 20, 70]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(os.path.join(TYPED, fname))
    register(fname, ws.title, F2, name_cells, value_cells, nc_cells)


# ---------------- writer 3: stacked forms ---------------------------------
def write_file3():
    fname = "tver_formy_monitoringa_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Формы ОО"
    ws["A1"] = ("Результаты мониторинга реализации целевой модели наставничества "
                "в образовательных организациях Тверской области за 2024 год")
    ws["A1"].font = BOLD
    r = 3
    name_cells, value_cells, nc_cells = [], [], []
    layouts = {
        T1: ("plain", ["№", "Показатель", "Значение", "Ссылка на подтверждающий документ"]),
        T2: ("units", ["№", "Показатель", "Ед. изм.", "Значение", "Ссылка"]),
        T3: ("nolink", ["№", "Показатель", "Значение"]),
        T4: ("plain", ["№", "Показатель", "Значение", "Источник информации (ссылка)"]),
    }
    for oi, (org, rows) in enumerate(F3):
        kind, heads = layouts[org]
        # title row
        if kind == "units":
            put(ws, f"A{r}", "Образовательная организация:", bold=True, border=False, wrap=False)
            put(ws, f"B{r}", org, bold=True, border=False, wrap=False)
            name_cells.append(f"B{r}")
        else:
            put(ws, f"A{r}", org, bold=True, border=False, wrap=False)
            name_cells.append(f"A{r}")
        r += 1
        for j, h in enumerate(heads):
            put(ws, f"{get_column_letter(j + 1)}{r}", h, bold=True)
        r += 1
        vc, ncc = {}, []
        for k, row in enumerate(rows, 1):
            put(ws, f"A{r}", k if kind != "nolink" else f"{k}.")
            put(ws, f"B{r}", label_for(row, oi))
            if kind == "units":
                put(ws, f"C{r}", row["unit"])
                vcol, lcol = "D", "E"
            elif kind == "nolink":
                vcol, lcol = "C", None
            else:
                vcol, lcol = "C", "D"
            put(ws, f"{vcol}{r}", row["typed"], row["fmt"])
            if lcol:
                put(ws, f"{lcol}{r}", row["url"])
            if row["cid"]:
                vc[row["cid"]] = f"{vcol}{r}"
            else:
                ncc.append(f"B{r}")
            r += 1
        value_cells.append(vc)
        nc_cells.append(ncc)
        r += 2  # two empty rows between forms
    for col, w in zip("ABCDE", [30, 70, 16, 40, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(TYPED, fname))
    register(fname, ws.title, F3, name_cells, value_cells, nc_cells)


# ---------------- writer 4: side by side ----------------------------------
def write_file4():
    fname = "samara_nastavnichestvo_svod_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Сравнение ОО"
    ws["A1"] = "Мониторинг ЦМН — 2024 г. Сведения образовательных организаций (Самарская область)"
    ws["A1"].font = BOLD
    name_cells, value_cells, nc_cells = [], [], []
    col = 1
    widths = {}
    for oi, (org, rows) in enumerate(F4):
        has_link = any(rw["url"] for rw in rows)
        ncols = 3 if has_link else 2
        c_lab = get_column_letter(col)
        c_val = get_column_letter(col + 1)
        c_lnk = get_column_letter(col + 2) if has_link else None
        c_end = get_column_letter(col + ncols - 1)
        put(ws, f"{c_lab}3", org, bold=True)
        ws.merge_cells(f"{c_lab}3:{c_end}3")
        name_cells.append(f"{c_lab}3")
        put(ws, f"{c_lab}4", "Показатель", bold=True)
        put(ws, f"{c_val}4", "Значение", bold=True)
        if c_lnk:
            put(ws, f"{c_lnk}4", "Ссылка", bold=True)
        vc, ncc = {}, []
        for k, row in enumerate(rows):
            rr = 5 + k
            put(ws, f"{c_lab}{rr}", label_for(row, oi + 1))
            put(ws, f"{c_val}{rr}", row["typed"], row["fmt"])
            if c_lnk:
                put(ws, f"{c_lnk}{rr}", row["url"])
            if row["cid"]:
                vc[row["cid"]] = f"{c_val}{rr}"
            else:
                ncc.append(f"{c_lab}{rr}")
        value_cells.append(vc)
        nc_cells.append(ncc)
        widths[c_lab] = 55
        widths[c_val] = 18
        if c_lnk:
            widths[c_lnk] = 45
        col += ncols + 1  # one empty separator column
        widths[get_column_letter(col - 1)] = 3
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(TYPED, fname))
    register(fname, ws.title, F4, name_cells, value_cells, nc_cells)


if __name__ == "__main__":
    write_file1()
    write_file2()
    write_file3()
    write_file4()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    for e in EXPECTED:
        print(e["file"], len(e["organisation"]), "orgs,",
              [len(v) for v in e["values"]], "criteria,",
              len(e["not_criteria"]), "non-criterion texts")
