#!/usr/bin/env python3
"""Held-out set 26: 2024 forms «Форма 2-ЦМН (ОО)» of an invented municipality
(Новоозёрский муниципальный округ) whose regional monitoring form is built from the
region's OWN indicator list (targets vs facts, pairs, bases, shares by category, ...).

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic, no randomness.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"

# --------------------------------------------------------------------------------------
# The region's form template: (numbering, title, unit, key, kind)
#   key: catalogue criterion id, "d_..." for a row that is NO catalogue criterion, "H" heading
#   kind: yn (да/нет), cnt, pct, txt
# --------------------------------------------------------------------------------------
H = "H"
TEMPLATE = [
    (None, "1. Нормативное правовое обеспечение реализации РЦМН в ОО", None, H, None),
    ("П.1.1", "Приказ ОО о реализации региональной целевой модели наставничества в 2024 году", "да/нет", "d_order_org", "yn"),
    ("П.1.2", "Положение о системе наставничества педагогических работников ОО, утверждённое приказом руководителя", "да/нет", "orgs_regulation_teachers", "yn"),
    ("П.1.3", "Положение о наставничестве обучающихся ОО, утверждённое приказом руководителя", "да/нет", "orgs_regulation_students", "yn"),
    ("П.1.4", "Дорожная карта (план мероприятий) реализации РЦМН в ОО на 2024/2025 учебный год", "да/нет", "d_roadmap", "yn"),
    ("П.1.5", "Приказ о закреплении наставнических пар (групп) на 2024/2025 учебный год", "да/нет", "d_pairs_order", "yn"),
    ("П.1.6", "Приказ ОО о проведении внутреннего мониторинга реализации РЦМН", "да/нет", "orgs_monitoring_order", "yn"),
    ("П.1.7", "Информационная справка ОО по результатам внутреннего мониторинга за 2024 год", "да/нет", "internal_monitoring_notes", "yn"),
    ("П.1.8", "Локальные акты ОО о доплате (стимулирующей выплате) за наставническую деятельность", "ед.", "pay_acts", "cnt"),
    ("П.1.9", "Локальные акты ОО о нематериальных формах поощрения наставников", "ед.", "nonmaterial_acts", "cnt"),

    (None, "2. Организационное обеспечение. Базы наставников и наставляемых", None, H, None),
    ("П.2.1", "Кураторы внедрения РЦМН в ОО (назначены приказом)", "чел.", "curators_total", "cnt"),
    ("П.2.2", "Ф.И.О., должность куратора", "текст", "d_curator_fio", "txt"),
    ("П.2.3", "База наставников ОО сформирована по региональной форме", "да/нет", "d_base_mentors", "yn"),
    ("П.2.4", "База наставляемых ОО сформирована по региональной форме", "да/нет", "d_base_mentees", "yn"),
    ("П.2.5", "Численность наставников ОО, закреплённых приказом", "чел.", "mentors_total", "cnt"),
    ("П.2.6", "Численность наставляемых ОО, закреплённых приказом", "чел.", "mentees_total", "cnt"),
    ("П.2.7", "Численность наставников ОО, включённых в региональный реестр наставников", "чел.", "d_registry", "cnt"),
    ("П.2.8", "Количество наставнических пар (групп), закреплённых приказом, всего", "ед.", "d_pairs", "cnt"),
    ("П.2.8.1", "в т.ч. в форме «учитель – учитель»", "ед.", "d_pairs_tt", "cnt"),
    ("П.2.8.2", "в т.ч. в форме «ученик – ученик»", "ед.", "d_pairs_uu", "cnt"),
    ("П.2.8.3", "в т.ч. пар реверсивного наставничества", "ед.", "d_pairs_rev", "cnt"),

    (None, "3. Персонализированные программы наставничества (ППН)", None, H, None),
    ("П.3.1", "Количество ППН, реализуемых в ОО в 2024 году, всего", "ед.", "pp_total", "cnt"),
    ("П.3.1.1", "по форме «ученик – ученик»", "ед.", "pp_pupil_pupil", "cnt"),
    ("П.3.1.2", "по форме «учитель – учитель» («педагог – педагог»)", "ед.", "pp_teacher_teacher", "cnt"),
    ("П.3.1.3", "по форме «руководитель ОО – педагог»", "ед.", "pp_head_teacher", "cnt"),
    ("П.3.1.4", "по форме «учитель – ученик»", "ед.", "pp_teacher_pupil", "cnt"),
    ("П.3.1.5", "по форме «студент – ученик»", "ед.", "pp_student_pupil", "cnt"),
    ("П.3.1.6", "по иным формам (наименование формы – в примечании)", "ед.", "pp_other", "cnt"),
    ("П.3.2", "из них ППН, завершённых в 2024 году", "ед.", "d_pp_done", "cnt"),
    ("П.3.3", "Количество ППН, реализованных в 2023 году (справочно)", "ед.", "d_pp_2023", "cnt"),
    ("П.3.4", "Численность педагогов – участников ППН (наставники и наставляемые)", "чел.", "teachers_in_pp", "cnt"),

    (None, "4. Вовлечённость обучающихся в программы наставничества в роли наставляемых", None, H, None),
    ("П.4.1", "Общая численность обучающихся ОО (все возрасты)", "чел.", "d_students_all", "cnt"),
    ("П.4.2", "Численность обучающихся ОО в возрасте 10–18 лет", "чел.", "students_10_19", "cnt"),
    ("П.4.3", "Численность обучающихся 10–18 лет, вошедших в программы наставничества в роли наставляемых", "чел.", "mentees_10_19", "cnt"),
    ("П.4.3.1", "из них обучающиеся «группы риска» (в т.ч. состоящие на профилактическом учёте)", "чел.", "mentees_risk", "cnt"),
    ("П.4.3.2", "из них одарённые дети (включённые в региональный реестр)", "чел.", "mentees_gifted", "cnt"),
    ("П.4.3.3", "из них обучающиеся с ОВЗ, дети-инвалиды", "чел.", "mentees_disabled", "cnt"),
    ("П.4.3.4", "из них обучающиеся с низкой учебной мотивацией, неуспевающие", "чел.", "mentees_low_motivation", "cnt"),
    ("П.4.3.5", "из них испытывающие затруднения в выборе образовательной траектории, профессии", "чел.", "mentees_career", "cnt"),
    ("П.4.3.6", "из них по иным основаниям", "чел.", "mentees_other_params", "cnt"),
    ("П.4.3.6.1", "в т.ч. дети участников СВО", "чел.", "d_svo", "cnt"),
    ("П.4.3.6.2", "в т.ч. дети иностранных граждан (испытывающие языковые трудности)", "чел.", "d_migr", "cnt"),
    ("П.4.4", "Доля обучающихся 10–18 лет, вошедших в программы наставничества в роли наставляемых, от общего числа обучающихся этого возраста", "%", "share_mentees_10_19", "pct"),
    ("П.4.5", "Доля обучающихся ОО, охваченных программами наставничества (наставники и наставляемые), от общей численности обучающихся", "%", "d_coverage", "pct"),

    (None, "5. Вовлечённость обучающихся в программы наставничества в роли наставников", None, H, None),
    ("П.5.1", "Численность обучающихся ОО в возрасте 15–18 лет", "чел.", "students_15_19", "cnt"),
    ("П.5.2", "Численность обучающихся 15–18 лет – наставников (закреплены приказом)", "чел.", "mentors_15_19", "cnt"),
    ("П.5.3", "Доля обучающихся 15–18 лет, вошедших в программы наставничества в роли наставников", "%", "share_mentors_15_19", "pct"),
    ("П.5.4", "Доля обучающихся 10–18 лет, вошедших в программы наставничества в роли наставников, от общего числа обучающихся 10–18 лет", "%", "d_mentors_10_18_share", "pct"),

    (None, "6. Вовлечённость педагогических работников в программы наставничества", None, H, None),
    ("П.6.1", "Численность педагогических работников ОО, всего", "чел.", "teachers_municipal", "cnt"),
    ("П.6.1.1", "в т.ч. молодые специалисты (до 35 лет, стаж работы до 3 лет)", "чел.", "young_specialists", "cnt"),
    ("П.6.1.2", "справочно: педагоги в возрасте до 35 лет (независимо от стажа)", "чел.", "d_under35", "cnt"),
    ("П.6.2", "Численность молодых специалистов – наставляемых", "чел.", "young_specialists_mentees", "cnt"),
    ("П.6.3", "Доля учителей – молодых специалистов, вошедших в программы наставничества в роли наставляемых", "%", "share_young_specialists_mentees", "pct"),
    ("П.6.4", "Численность педагогов (кроме молодых специалистов) – наставляемых", "чел.", "teachers_other_mentees", "cnt"),
    ("П.6.5", "Доля педагогических работников – наставляемых от общей численности педагогов ОО", "%", "share_teachers_mentees", "pct"),
    ("П.6.6", "Численность педагогов – наставников", "чел.", "teachers_mentors", "cnt"),
    ("П.6.6.1", "из них молодые специалисты", "чел.", "young_specialists_mentors", "cnt"),
    ("П.6.7", "Доля учителей, вошедших в программы наставничества в роли наставников", "%", "share_teachers_mentors", "pct"),
    ("П.6.8", "Доля молодых педагогов, получивших адресную методическую поддержку в разработке и реализации ИОМ", "%", "d_iom", "pct"),
    ("П.6.9", "Доля молодых специалистов, продолжающих работу в ОО после завершения программы наставничества", "%", "d_retention", "pct"),

    (None, "7. Профессиональное развитие наставников", None, H, None),
    ("П.7.1", "Численность педагогов, прошедших в 2024 году КПК по вопросам наставничества", "чел.", "kpk_trained", "cnt"),
    ("П.7.1.1", "Наименование программ КПК (объём, организация)", "текст", "kpk_courses", "txt"),
    ("П.7.2", "Численность педагогов, прошедших КПК по вопросам наставничества в 2023 году (справочно)", "чел.", "d_kpk_2023", "cnt"),
    ("П.7.3", "Доля наставников, прошедших КПК по вопросам наставничества, от общего числа педагогов-наставников", "%", "d_kpk_share", "pct"),
    ("П.7.4", "Методические объединения (советы) наставников в ОО", "ед.", "school_methodical_associations", "cnt"),
    ("П.7.5", "Мероприятия для наставников и наставляемых, проведённые в ОО (семинары, мастер-классы, встречи)", "ед.", "d_events", "cnt"),

    (None, "8. Взаимодействие с партнёрами", None, H, None),
    ("П.8.1", "Соглашения (договоры) с другими ОО о привлечении их работников в качестве наставников", "ед.", "agreements_edu_orgs", "cnt"),
    ("П.8.2", "Соглашения с предприятиями (работодателями) о привлечении сотрудников в качестве наставников", "ед.", "agreements_enterprises", "cnt"),
    ("П.8.3", "Соглашения с иными организациями (НКО, учреждения культуры и спорта, общественные объединения) о наставничестве", "ед.", "agreements_other_orgs", "cnt"),
    ("П.8.4", "Организации-партнёры по наставничеству (перечислить)", "текст", "partner_list", "txt"),
    ("П.8.5", "Договоры о сетевой форме реализации образовательных программ", "ед.", "d_network_agr", "cnt"),
    ("П.8.6", "Наставники из других ОО (по приказу)", "чел.", "external_edu_mentors", "cnt"),
    ("П.8.7", "Наставники – сотрудники предприятий", "чел.", "enterprise_mentors", "cnt"),
    ("П.8.8", "Наставники – представители иных организаций", "чел.", "other_org_mentors", "cnt"),
    ("П.8.9", "Совместные с организациями-партнёрами проекты и мероприятия", "ед.", "d_joint", "cnt"),

    (None, "9. Оценка эффективности программ наставничества (анкетирование)", None, H, None),
    ("П.9.1", "Уровень удовлетворённости наставляемых участием в программах наставничества (по итогам анкетирования)", "%", "satisfaction_mentees", "pct"),
    ("П.9.2", "Уровень удовлетворённости наставников участием в программах наставничества (по итогам анкетирования)", "%", "satisfaction_mentors", "pct"),
    ("П.9.3", "Доля участников программ наставничества, прошедших анкетирование", "%", "d_survey", "pct"),
    ("П.9.4", "Уровень удовлетворённости молодых педагогов собственной работой (психоэмоциональное состояние)", "%", "d_young_sat", "pct"),

    (None, "10. Информационное сопровождение и популяризация наставничества", None, H, None),
    ("П.10.1", "Раздел «Наставничество» на официальном сайте ОО", "да/нет", "d_site", "yn"),
    ("П.10.2", "Практики наставничества ОО, представленные на муниципальном и региональном уровнях", "ед.", "d_practices", "cnt"),
    ("П.10.3", "Наставники ОО – участники конкурсов профессионального мастерства по наставничеству", "чел.", "d_contest_part", "cnt"),
    ("П.10.4", "Конкурсы по наставничеству, проведённые в ОО (школьный уровень)", "ед.", "d_contests", "cnt"),
    ("П.10.5", "Участие педагогов ОО в региональном сетевом сообществе наставников", "да/нет", "d_netcomm", "yn"),
]
KIND = {r[3]: r[4] for r in TEMPLATE if r[3] != H}
TITLE = {r[3]: r[1] for r in TEMPLATE if r[3] != H}

# --------------------------------------------------------------------------------------
# Parsing of typed cell content into catalogue convention (used for expected values)
# --------------------------------------------------------------------------------------
YES = {"да", "имеется", "есть"}
NO = {"нет", "отсутствует"}
NA = {"", "н/п"}


def parse(kind, v):
    """cell content as typed -> expected value, or None (absent)."""
    if v is None:
        return None
    if isinstance(v, tuple):          # ("F", formula, cached-fraction) or ("P", fraction)
        return round(v[-1] * 100, 6)
    if isinstance(v, (int, float)):
        return v
    s = str(v).strip()
    if s.lower() in NA:
        return None
    if kind == "txt":
        return s
    if s.lower() in YES:
        return 1
    if s.lower() in NO:
        return 0
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(%|чел\.?|ед\.?)?", s)
    if not m:
        raise ValueError("unparsable %r" % v)
    num = float(m.group(1).replace(",", "."))
    return int(num) if num.is_integer() and "," not in m.group(1) and "." not in m.group(1) else num


# --------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------
MUNI = "Новоозёрский муниципальный округ"


def L(url, display="ссылка"):
    return ("h", url, display)


def T(text):
    return ("t", text)


ORGS = []

# ---------- 1. МБОУ «Новоозёрская СОШ № 1 ...»: clean template, hyperlinks «ссылка» ----------
B1 = "https://sh1-novoozyorsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
ORGS.append(dict(
    file="typed/novoozyorsk_sosh1_2-CMN_2024.xlsx",
    org="МБОУ «Новоозёрская СОШ № 1 имени П.И. Лукина»",
    sheet="Форма 2-ЦМН",
    style="plain",
    director="Гаврилова Т.Н.", curator="Соколова М.В., тел. 8 (84352) 2-14-07",
    facts={
        "d_order_org": "да", "orgs_regulation_teachers": "да", "orgs_regulation_students": "да",
        "d_roadmap": "да", "d_pairs_order": "да", "orgs_monitoring_order": "да",
        "internal_monitoring_notes": "да", "pay_acts": 1, "nonmaterial_acts": 1,
        "curators_total": 1,
        "d_curator_fio": "Соколова Марина Викторовна, заместитель директора по УВР",
        "d_base_mentors": "да", "d_base_mentees": "да",
        "mentors_total": 63, "mentees_total": 171, "d_registry": 12,
        "d_pairs": 96, "d_pairs_tt": 14, "d_pairs_uu": 62, "d_pairs_rev": 1,
        "pp_total": 30, "pp_pupil_pupil": 12, "pp_teacher_teacher": 11, "pp_head_teacher": 2,
        "pp_teacher_pupil": 4, "pp_other": 1,
        "d_pp_done": 17, "d_pp_2023": 26, "teachers_in_pp": 24,
        "d_students_all": 1126, "students_10_19": 742, "mentees_10_19": 118,
        "mentees_risk": 14, "mentees_gifted": 21, "mentees_disabled": 9,
        "mentees_low_motivation": 26, "mentees_career": 31, "mentees_other_params": 17,
        "d_svo": 4, "d_migr": 3, "share_mentees_10_19": 15.9, "d_coverage": 16.9,
        "students_15_19": 214, "mentors_15_19": 29, "share_mentors_15_19": 13.6,
        "d_mentors_10_18_share": 4.6,
        "teachers_municipal": 74, "young_specialists": 9, "d_under35": 17,
        "young_specialists_mentees": 9, "share_young_specialists_mentees": 100,
        "teachers_other_mentees": 6, "share_teachers_mentees": 20.3,
        "teachers_mentors": 21, "young_specialists_mentors": 1, "share_teachers_mentors": 28.4,
        "d_iom": 100, "d_retention": 88.9,
        "kpk_trained": 5,
        "kpk_courses": "«Наставничество в образовательной организации: технологии и практики», 36 ч. (ИРО); "
                       "«Организация наставничества в школе», 72 ч. (ООО «Инфоурок»)",
        "d_kpk_2023": 3, "d_kpk_share": 23.8, "school_methodical_associations": 1, "d_events": 9,
        "agreements_edu_orgs": 1, "agreements_enterprises": 1, "agreements_other_orgs": 2,
        "partner_list": "МБОУ «Лицей № 3»; ООО «Новоозёрский молочный комбинат»; "
                        "МБУК «Новоозёрская централизованная библиотечная система»; "
                        "местное отделение «Движения первых»",
        "d_network_agr": 2, "external_edu_mentors": 3, "enterprise_mentors": 2, "other_org_mentors": 3,
        "d_joint": 4,
        "satisfaction_mentees": 87.5, "satisfaction_mentors": 91.2, "d_survey": 92.4, "d_young_sat": 78,
        "d_site": "да", "d_practices": 2, "d_contest_part": 3, "d_contests": 1, "d_netcomm": "да",
    },
    targets={
        "d_order_org": "да", "orgs_regulation_teachers": "да", "orgs_regulation_students": "да",
        "d_roadmap": "да", "d_pairs_order": "да", "orgs_monitoring_order": "да",
        "internal_monitoring_notes": "да", "curators_total": 1,
        "share_mentees_10_19": 12, "share_mentors_15_19": 10, "share_young_specialists_mentees": 70,
        "share_teachers_mentors": 25, "d_iom": 100, "d_retention": 90, "kpk_trained": 3,
        "school_methodical_associations": 1, "satisfaction_mentees": 70, "satisfaction_mentors": 70,
        "d_site": "да",
    },
    links={
        "d_order_org": L(B1 + "prikaz_162-od_rcmn_2024.pdf"),
        "orgs_regulation_teachers": L(B1 + "polozhenie_nastavnichestvo_ped.pdf"),
        "orgs_regulation_students": L(B1 + "polozhenie_nastavnichestvo_obuch.pdf"),
        "d_roadmap": L(B1 + "dorozhnaya_karta_2024-2025.pdf"),
        "d_pairs_order": L(B1 + "prikaz_171-od_pary.pdf"),
        "orgs_monitoring_order": L(B1 + "prikaz_305-od_monitoring.pdf"),
        "internal_monitoring_notes": L(B1 + "spravka_monitoring_2024.pdf"),
        "pay_acts": L(B1 + "polozhenie_oplata_truda.pdf"),
        "nonmaterial_acts": L(B1 + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        "curators_total": L(B1 + "prikaz_158-od_kurator.pdf"),
        "mentors_total": L(B1 + "baza_nastavnikov_2024.xlsx"),
        "mentees_total": L(B1 + "baza_nastavlyaemyh_2024.xlsx"),
        "pp_total": L(B1 + "ppn_2024.pdf"),
        "mentees_10_19": L(B1 + "baza_nastavlyaemyh_2024.xlsx"),
        "mentors_15_19": L(B1 + "baza_nastavnikov_2024.xlsx"),
        "young_specialists_mentees": L(B1 + "prikaz_171-od_pary.pdf"),
        "teachers_mentors": L(B1 + "prikaz_171-od_pary.pdf"),
        "kpk_trained": L(B1 + "udostovereniya_kpk_2024.pdf"),
        "school_methodical_associations": L(B1 + "prikaz_mo_nastavnikov.pdf"),
        "agreements_edu_orgs": L(B1 + "soglashenie_licey3.pdf"),
        "agreements_enterprises": L(B1 + "soglashenie_molkombinat.pdf"),
        "agreements_other_orgs": L(B1 + "soglasheniya_cbs_dvizhenie.pdf"),
        "satisfaction_mentees": L(B1 + "anketirovanie_itogi_2024.pdf"),
        "satisfaction_mentors": L(B1 + "anketirovanie_itogi_2024.pdf"),
        "d_site": L("https://sh1-novoozyorsk.gosuslugi.ru/pedagogam-i-sotrudnikam/nastavnichestvo/"),
    },
    notes={"pp_other": "«выпускник – ученик»"},
))

# ---------- 2. МБОУ «Лицей № 3»: extra column «Факт 2023», plain-text URLs, shares as text ----------
B2 = "https://licey3-novoozyorsk.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all_"
ORGS.append(dict(
    file="typed/licey3_monitoring_CMN_2024.xlsx",
    org="МБОУ «Лицей № 3»",
    sheet="Лист1",
    style="with2023",
    director="Шарипов Р.Ф.", curator="Кожевникова Е.А.",
    facts={
        "d_order_org": "Да", "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да",
        "d_roadmap": "Да", "d_pairs_order": "Да", "orgs_monitoring_order": "Да",
        "internal_monitoring_notes": "Да", "pay_acts": 1, "nonmaterial_acts": 2,
        "curators_total": 2,
        "d_curator_fio": "Кожевникова Елена Андреевна, зам. директора по НМР; Латыпова Гульнара Ринатовна, педагог-психолог",
        "d_base_mentors": "Да", "d_base_mentees": "Да",
        "mentors_total": 51, "mentees_total": 139, "d_registry": 8,
        "d_pairs": 81, "d_pairs_tt": 10, "d_pairs_uu": 55, "d_pairs_rev": 0,
        "pp_total": 24, "pp_pupil_pupil": 10, "pp_teacher_teacher": 9, "pp_head_teacher": 1,
        "pp_teacher_pupil": 3, "pp_student_pupil": 1, "pp_other": 0,
        "d_pp_done": 15, "d_pp_2023": 21, "teachers_in_pp": 19,
        "d_students_all": 864, "students_10_19": 612, "mentees_10_19": 99,
        "mentees_risk": 6, "mentees_gifted": 33, "mentees_disabled": 4,
        "mentees_low_motivation": 12, "mentees_career": 29, "mentees_other_params": 15,
        "d_svo": 3, "d_migr": 0, "share_mentees_10_19": "16,2 %", "d_coverage": "17,7 %",
        "students_15_19": 236, "mentors_15_19": 28, "share_mentors_15_19": "11,9 %",
        "d_mentors_10_18_share": "5,1 %",
        "teachers_municipal": 58, "young_specialists": 6, "d_under35": 11,
        "young_specialists_mentees": 6, "share_young_specialists_mentees": "100 %",
        "teachers_other_mentees": 4, "share_teachers_mentees": "17,2 %",
        "teachers_mentors": 16, "young_specialists_mentors": 0, "share_teachers_mentors": "27,6 %",
        "d_iom": "100 %", "d_retention": "83,3 %",
        # П.7.1 / П.7.1.1 left empty for 2024 (filled only in the 2023 column)
        "d_kpk_2023": 4, "d_kpk_share": "25 %", "school_methodical_associations": 1, "d_events": 6,
        "agreements_edu_orgs": 2, "agreements_other_orgs": 1,
        "partner_list": "МБОУ «Новоозёрская СОШ № 1 имени П.И. Лукина», ГАПОУ «Новоозёрский педагогический колледж», "
                        "АНО «Центр молодёжных инициатив «Вектор»",
        "d_network_agr": 3, "external_edu_mentors": 3, "other_org_mentors": 1,
        "d_joint": 5,
        "satisfaction_mentees": "89 %", "satisfaction_mentors": "93,5 %", "d_survey": "88 %", "d_young_sat": "81 %",
        "d_site": "Да", "d_practices": 3, "d_contest_part": 2, "d_contests": 0, "d_netcomm": "Да",
    },
    f2023={
        "d_order_org": "Да", "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да",
        "d_roadmap": "Да", "d_pairs_order": "Да", "orgs_monitoring_order": "Да",
        "internal_monitoring_notes": "Да", "pay_acts": 1, "nonmaterial_acts": 1, "curators_total": 1,
        "mentors_total": 44, "mentees_total": 121, "d_pairs": 70, "pp_total": 21,
        "pp_pupil_pupil": 9, "pp_teacher_teacher": 8, "pp_head_teacher": 1, "pp_teacher_pupil": 3,
        "students_10_19": 598, "mentees_10_19": 84, "share_mentees_10_19": "14 %",
        "students_15_19": 229, "mentors_15_19": 24, "share_mentors_15_19": "10,5 %",
        "teachers_municipal": 57, "young_specialists": 5, "young_specialists_mentees": 5,
        "share_young_specialists_mentees": "100 %", "teachers_mentors": 14,
        "kpk_trained": 4,
        "kpk_courses": "«Наставничество как ресурс профессионального роста педагога», 24 ч. (ИРО)",
        "school_methodical_associations": 1,
        "satisfaction_mentees": "86 %", "satisfaction_mentors": "90 %",
    },
    targets={
        "orgs_regulation_teachers": "Да", "orgs_regulation_students": "Да", "orgs_monitoring_order": "Да",
        "internal_monitoring_notes": "Да", "share_mentees_10_19": "15 %", "share_mentors_15_19": "10 %",
        "share_young_specialists_mentees": "70 %", "share_teachers_mentors": "25 %",
        "kpk_trained": 3, "satisfaction_mentees": "70 %", "satisfaction_mentors": "70 %",
    },
    deviation={
        "share_mentees_10_19": "+1,2", "share_mentors_15_19": "+1,9", "share_young_specialists_mentees": "+30",
        "share_teachers_mentors": "+2,6", "satisfaction_mentees": "+19", "satisfaction_mentors": "+23,5",
    },
    links={
        "d_order_org": T(B2 + "388.html"),
        "orgs_regulation_teachers": T(B2 + "391.html"),
        "orgs_regulation_students": T(B2 + "392.html"),
        "d_roadmap": T(B2 + "393.html"),
        "orgs_monitoring_order": T(B2 + "415.html"),
        "internal_monitoring_notes": T(B2 + "441.html"),
        "pay_acts": T(B2 + "120.html"),
        "nonmaterial_acts": T(B2 + "121.html"),
        "curators_total": T(B2 + "387.html"),
        "mentors_total": T("https://licey3-novoozyorsk.gosuslugi.ru/pedagogam-i-sotrudnikam/nastavnichestvo/baza-nastavnikov/"),
        "mentees_total": T("https://licey3-novoozyorsk.gosuslugi.ru/pedagogam-i-sotrudnikam/nastavnichestvo/baza-nastavlyaemyh/"),
        "pp_total": T(B2 + "402.html"),
        "mentees_10_19": T("https://licey3-novoozyorsk.gosuslugi.ru/pedagogam-i-sotrudnikam/nastavnichestvo/baza-nastavlyaemyh/"),
        "mentors_15_19": T("https://licey3-novoozyorsk.gosuslugi.ru/pedagogam-i-sotrudnikam/nastavnichestvo/baza-nastavnikov/"),
        "teachers_mentors": T(B2 + "394.html"),
        "agreements_edu_orgs": T(B2 + "405.html"),
        "agreements_other_orgs": T(B2 + "406.html"),
        "external_edu_mentors": T(B2 + "394.html"),
        "satisfaction_mentees": T(B2 + "441.html"),
        "satisfaction_mentors": T(B2 + "441.html"),
    },
    notes={},
))

# ---------- 3. МКОУ «Берёзовская ООШ»: small basic school, «имеется/отсутствует», «3 чел.», target-only rows ----------
B3 = "https://berezovskaya-oosh.gosuslugi.ru/netcat_files/"
ORGS.append(dict(
    file="typed/berezovskaya_oosh_forma2.xlsx",
    org="МКОУ «Берёзовская основная общеобразовательная школа»",
    sheet="Форма 2",
    style="plain",
    director="Мухаметова Л.Р.", curator="Зайцева О.П.",
    facts={
        "d_order_org": "имеется", "orgs_regulation_teachers": "имеется", "orgs_regulation_students": "имеется",
        "d_roadmap": "имеется", "d_pairs_order": "имеется", "orgs_monitoring_order": "отсутствует",
        "internal_monitoring_notes": "отсутствует", "pay_acts": "нет",
        "curators_total": "1 чел.",
        "d_curator_fio": "Зайцева Ольга Петровна, учитель начальных классов",
        "d_base_mentors": "имеется", "d_base_mentees": "имеется",
        "mentors_total": 10, "mentees_total": 16, "d_registry": 0,
        "d_pairs": 9, "d_pairs_tt": 2, "d_pairs_uu": 6, "d_pairs_rev": 0,
        "pp_total": 9, "pp_pupil_pupil": 6, "pp_teacher_teacher": 2, "pp_head_teacher": 1,
        "d_pp_done": 4, "d_pp_2023": 7,
        "d_students_all": 96, "students_10_19": 58, "mentees_10_19": "11 чел.",
        "mentees_risk": 3, "mentees_disabled": 2,
        "mentees_low_motivation": 4, "mentees_career": 2,
        "share_mentees_10_19": 19, "d_coverage": 26,
        "students_15_19": 9, "mentors_15_19": "2 чел.", "share_mentors_15_19": 22.2,
        "d_mentors_10_18_share": 10.3,
        "teachers_municipal": 14, "young_specialists": 1, "d_under35": 2,
        "young_specialists_mentees": 1, "share_young_specialists_mentees": 100,
        "teachers_other_mentees": 1,
        "teachers_mentors": 3, "share_teachers_mentors": 21.4,
        "d_iom": 100,
        # П.7.1 kpk: target 1 typed, fact left empty
        "d_kpk_2023": 1, "school_methodical_associations": "нет",
        "d_events": 2,
        "agreements_edu_orgs": 1,
        "partner_list": "МБОУ «Новоозёрская СОШ № 1 имени П.И. Лукина»",
        "d_network_agr": 1, "external_edu_mentors": 1,
        "satisfaction_mentees": 95, "satisfaction_mentors": 100, "d_survey": 100,
        "d_site": "имеется", "d_practices": 0, "d_contest_part": 0, "d_contests": 0, "d_netcomm": "отсутствует",
    },
    targets={
        "orgs_regulation_teachers": "да", "orgs_regulation_students": "да", "orgs_monitoring_order": "да",
        "internal_monitoring_notes": "да", "curators_total": 1,
        "share_mentees_10_19": 10, "share_mentors_15_19": 10, "share_young_specialists_mentees": 70,
        "share_teachers_mentors": 20, "kpk_trained": 1, "school_methodical_associations": 1,
        "satisfaction_mentees": 70, "satisfaction_mentors": 70, "d_retention": 90,
    },
    links={
        "orgs_regulation_teachers": L(B3 + "polozhenie_nastavnichestvo_2023.pdf", B3 + "polozhenie_nastavnichestvo_2023.pdf"),
        "orgs_regulation_students": L(B3 + "polozhenie_nastavnichestvo_2023.pdf", B3 + "polozhenie_nastavnichestvo_2023.pdf"),
        "d_order_org": T("Приказ от 02.09.2024 № 45-од"),
        "d_pairs_order": T("Приказ от 02.09.2024 № 46-од"),
        "curators_total": T("Приказ от 02.09.2024 № 45-од"),
        "mentors_total": L(B3 + "baza_nastavnikov_2024.pdf", B3 + "baza_nastavnikov_2024.pdf"),
        "mentees_total": L(B3 + "baza_nastavlyaemyh_2024.pdf", B3 + "baza_nastavlyaemyh_2024.pdf"),
        "pp_total": T("ППН утверждены приказом от 09.09.2024 № 52-од"),
        "agreements_edu_orgs": L(B3 + "dogovor_sosh1_nastavnichestvo.pdf", B3 + "dogovor_sosh1_nastavnichestvo.pdf"),
    },
    notes={"pp_pupil_pupil": "в т.ч. 3 группы «старшеклассник – младшие школьники»"},
))

# ---------- 4. МАОУ «Гимназия № 2»: title sheet, formulas (re-saved by LibreOffice), % format, doc-name links ----------
B4 = "https://gimn2-novoozyorsk.gosuslugi.ru/netcat_files/36/412/"


def F(expr, frac):
    """formula cell with %-format; frac = the value LibreOffice will compute (for expected)."""
    return ("F", expr, frac)


def P(frac):
    """a fraction typed into a %-formatted cell (0.884 shown as 88,4 %)."""
    return ("P", frac)


ORGS.append(dict(
    file="typed/gimnaziya2_forma_2-CMN_2024.xlsx",
    org="МАОУ «Гимназия № 2»",
    sheet="Форма 2-ЦМН",
    title_sheet=True,
    style="formulas",
    director="Ермолаев С.В.", curator="Никитина А.Ю., тел. 2-31-88",
    facts={
        "d_order_org": 1, "orgs_regulation_teachers": 1, "orgs_regulation_students": 1,
        "d_roadmap": 1, "d_pairs_order": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "pay_acts": 1, "nonmaterial_acts": 1,
        "curators_total": 1,
        "d_curator_fio": "Никитина Анна Юрьевна, заместитель директора по методической работе",
        "d_base_mentors": 1, "d_base_mentees": 1,
        "mentors_total": 54, "mentees_total": 148, "d_registry": 10,
        "d_pairs": 88, "d_pairs_tt": 12, "d_pairs_uu": 58, "d_pairs_rev": 2,
        "pp_total": "=SUM({pp_pupil_pupil}:{pp_other})", "pp_pupil_pupil": 11, "pp_teacher_teacher": 10,
        "pp_head_teacher": 1, "pp_teacher_pupil": 3, "pp_student_pupil": 0, "pp_other": 2,
        "d_pp_done": 16, "d_pp_2023": 22, "teachers_in_pp": 22,
        "d_students_all": 905, "students_10_19": 688, "mentees_10_19": 104,
        "mentees_risk": 8, "mentees_gifted": 37, "mentees_disabled": 5,
        "mentees_low_motivation": 9, "mentees_career": 24, "mentees_other_params": 21,
        "d_svo": 5, "d_migr": 2,
        "share_mentees_10_19": F("=ROUND({mentees_10_19}/{students_10_19},3)", 0.151),
        "d_coverage": P(0.158),
        "students_15_19": 231, "mentors_15_19": 26,
        "share_mentors_15_19": F("=ROUND({mentors_15_19}/{students_15_19},3)", 0.113),
        "d_mentors_10_18_share": P(0.044),
        "teachers_municipal": 66, "young_specialists": 7, "d_under35": 15,
        "young_specialists_mentees": 7,
        "share_young_specialists_mentees": F("=ROUND({young_specialists_mentees}/{young_specialists},3)", 1.0),
        "teachers_other_mentees": 5,
        "share_teachers_mentees": F("=ROUND(({young_specialists_mentees}+{teachers_other_mentees})/{teachers_municipal},3)", 0.182),
        "teachers_mentors": 19, "young_specialists_mentors": 2,
        "share_teachers_mentors": F("=ROUND({teachers_mentors}/{teachers_municipal},3)", 0.288),
        "d_iom": P(1.0), "d_retention": P(0.857),
        "kpk_trained": 6,
        "kpk_courses": "1) «Педагог-наставник: роль и функции в системе профессионального развития», 36 ч., ИРО – 4 чел.;\n"
                       "2) «Наставничество в образовании: нормативный и методический аспекты», 72 ч., АНО ДПО «Педагогический альянс» – 2 чел.",
        "d_kpk_2023": 2, "d_kpk_share": F("=ROUND({kpk_trained}/{teachers_mentors},3)", 0.316),
        "school_methodical_associations": 2, "d_events": 11,
        "agreements_edu_orgs": 0, "agreements_enterprises": 2, "agreements_other_orgs": 1,
        "partner_list": "АО «Новоозёрский завод металлоконструкций»; ПАО «Россети Волга» (Новоозёрский РЭС); "
                        "Новоозёрское местное отделение Движения первых",
        "d_network_agr": 1, "external_edu_mentors": 0, "enterprise_mentors": 4, "other_org_mentors": 1,
        "d_joint": 6,
        "satisfaction_mentees": P(0.884), "satisfaction_mentors": P(0.9), "d_survey": P(0.95), "d_young_sat": P(0.8),
        "d_site": 1, "d_practices": 4, "d_contest_part": 2, "d_contests": 1, "d_netcomm": 1,
    },
    targets={
        "d_order_org": 1, "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "d_roadmap": 1,
        "d_pairs_order": 1, "orgs_monitoring_order": 1, "internal_monitoring_notes": 1,
        "share_mentees_10_19": P(0.12), "share_mentors_15_19": P(0.10),
        "share_young_specialists_mentees": P(0.70), "share_teachers_mentors": P(0.25),
        "d_iom": P(1.0), "d_retention": P(0.9), "kpk_trained": 4, "school_methodical_associations": 1,
        "satisfaction_mentees": P(0.7), "satisfaction_mentors": P(0.7), "d_site": 1,
    },
    links={
        "d_order_org": L(B4 + "prikaz_214-o.pdf", "Приказ от 30.08.2024 № 214-о"),
        "orgs_regulation_teachers": L(B4 + "polozhenie_sist_nastav_ped.pdf", "Положение (приказ от 31.08.2023 № 198-о)"),
        "orgs_regulation_students": L(B4 + "polozhenie_nastav_obuch.pdf", "Положение (приказ от 31.08.2023 № 198-о)"),
        "d_roadmap": L(B4 + "dk_2024-2025.pdf", "Дорожная карта 2024/2025"),
        "d_pairs_order": L(B4 + "prikaz_221-o.pdf", "Приказ от 06.09.2024 № 221-о"),
        "orgs_monitoring_order": L(B4 + "prikaz_318-o.pdf", "Приказ от 01.11.2024 № 318-о"),
        "internal_monitoring_notes": L(B4 + "spravka_vnutr_monitoring_2024.pdf", "Справка от 25.11.2024"),
        "pay_acts": L(B4 + "polozhenie_stimul_vyplaty.pdf", "Положение о стимулирующих выплатах"),
        "nonmaterial_acts": L(B4 + "polozhenie_pooshchrenie_nastavnikov.pdf", "Положение о поощрении наставников"),
        "curators_total": L(B4 + "prikaz_214-o.pdf", "Приказ от 30.08.2024 № 214-о"),
        "mentors_total": L(B4 + "baza_nastavnikov.xlsx", "База наставников"),
        "mentees_total": L(B4 + "baza_nastavlyaemyh.xlsx", "База наставляемых"),
        "pp_total": L(B4 + "prikaz_225-o_ppn.pdf", "Приказ об утверждении ППН № 225-о"),
        "mentees_10_19": L(B4 + "baza_nastavlyaemyh.xlsx", "База наставляемых"),
        "mentors_15_19": L(B4 + "baza_nastavnikov.xlsx", "База наставников"),
        "young_specialists_mentees": L(B4 + "prikaz_221-o.pdf", "Приказ от 06.09.2024 № 221-о"),
        "teachers_mentors": L(B4 + "prikaz_221-o.pdf", "Приказ от 06.09.2024 № 221-о"),
        "kpk_trained": L(B4 + "kpk_2024.pdf", "Удостоверения КПК"),
        "school_methodical_associations": L(B4 + "prikaz_mo_nastavnikov.pdf", "Приказ о создании МО наставников"),
        "agreements_enterprises": L(B4 + "soglasheniya_predpriyatiya.pdf", "Соглашения с предприятиями"),
        "agreements_other_orgs": L(B4 + "soglashenie_dvizhenie.pdf", "Соглашение с Движением первых"),
        "enterprise_mentors": L(B4 + "prikaz_221-o.pdf", "Приказ от 06.09.2024 № 221-о"),
        "satisfaction_mentees": L(B4 + "anketa_itogi.pdf", "Итоги анкетирования"),
        "satisfaction_mentors": L(B4 + "anketa_itogi.pdf", "Итоги анкетирования"),
    },
    notes={"pp_other": "«выпускник – ученик» – 1; «родитель – ученик» – 1",
           "share_mentees_10_19": "расчёт: П.4.3 / П.4.2"},
))

# ---------- 5. МБУ ДО «ЦДТ «Радуга»»: supplementary education, «н/п» rows ----------
B5 = "https://cdt-raduga-novoozyorsk.gosuslugi.ru/netcat_files/userfiles/"
ORGS.append(dict(
    file="typed/cdt_raduga_2-CMN_2024.xlsx",
    org="МБУ ДО «Центр детского творчества «Радуга»",
    sheet="Форма 2-ЦМН",
    style="plain",
    director="Белова И.С.", curator="Тарасова Н.В.",
    facts={
        "d_order_org": "да", "orgs_regulation_teachers": "да", "orgs_regulation_students": "да",
        "d_roadmap": "да", "d_pairs_order": "да", "orgs_monitoring_order": "да",
        "internal_monitoring_notes": "нет", "pay_acts": 0, "nonmaterial_acts": 1,
        "curators_total": 1,
        "d_curator_fio": "Тарасова Наталья Владимировна, методист",
        "d_base_mentors": "да", "d_base_mentees": "да",
        "mentors_total": 32, "mentees_total": 64, "d_registry": 4,
        "d_pairs": 40, "d_pairs_tt": 6, "d_pairs_uu": 24, "d_pairs_rev": "н/п",
        "pp_total": 14, "pp_pupil_pupil": 5, "pp_teacher_teacher": 6, "pp_head_teacher": 1,
        "pp_teacher_pupil": 2, "pp_student_pupil": "н/п", "pp_other": "н/п",
        "d_pp_done": 9, "d_pp_2023": 11, "teachers_in_pp": 15,
        "d_students_all": 1480, "students_10_19": 790, "mentees_10_19": 46,
        "mentees_risk": 5, "mentees_gifted": 18, "mentees_disabled": 3,
        "mentees_low_motivation": "н/п", "mentees_career": 11, "mentees_other_params": 9,
        "d_svo": 2, "d_migr": "н/п", "share_mentees_10_19": 5.8, "d_coverage": 4.5,
        "students_15_19": 214, "mentors_15_19": 18, "share_mentors_15_19": 8.4,
        "d_mentors_10_18_share": 2.7,
        "teachers_municipal": 41, "young_specialists": 4, "d_under35": 9,
        "young_specialists_mentees": 4, "share_young_specialists_mentees": 100,
        "teachers_other_mentees": 2, "share_teachers_mentees": 14.6,
        "teachers_mentors": 9, "share_teachers_mentors": 22,
        "d_iom": 100, "d_retention": 75,
        "kpk_trained": 2,
        "kpk_courses": "«Наставничество в дополнительном образовании детей», 36 ч. (РМЦ ДОД)",
        "d_kpk_2023": 0, "d_kpk_share": 22.2, "school_methodical_associations": 1, "d_events": 5,
        "agreements_other_orgs": 1,
        "partner_list": "МБУК «Новоозёрский районный Дом культуры»",
        "d_network_agr": 4, "other_org_mentors": 2,
        "d_joint": 3,
        "satisfaction_mentees": 84, "satisfaction_mentors": 88, "d_survey": 71, "d_young_sat": 75,
        "d_site": "да", "d_practices": 1, "d_contest_part": 1, "d_contests": "н/п", "d_netcomm": "нет",
    },
    targets={
        "orgs_regulation_teachers": "да", "orgs_regulation_students": "да", "orgs_monitoring_order": "да",
        "internal_monitoring_notes": "да", "curators_total": 1,
        "share_mentees_10_19": 8, "share_mentors_15_19": 8, "share_young_specialists_mentees": 70,
        "share_teachers_mentors": 20, "kpk_trained": 2, "school_methodical_associations": 1,
        "satisfaction_mentees": 70, "satisfaction_mentors": 70,
    },
    links={
        "orgs_regulation_teachers": L(B5 + "polozhenie_nastavnichestvo.pdf"),
        "orgs_regulation_students": L(B5 + "polozhenie_nastavnichestvo.pdf"),
        "orgs_monitoring_order": L(B5 + "prikaz_97_monitoring.pdf"),
        "nonmaterial_acts": L(B5 + "polozhenie_nagrady.pdf"),
        "curators_total": L(B5 + "prikaz_81_kurator.pdf"),
        "mentors_total": L(B5 + "baza_nastavnikov_2024.pdf"),
        "mentees_total": L(B5 + "baza_nastavlyaemyh_2024.pdf"),
        "pp_total": L(B5 + "ppn_2024-2025.pdf"),
        "teachers_mentors": L(B5 + "prikaz_84_pary.pdf"),
        "kpk_trained": L(B5 + "kpk_2024.pdf"),
        "agreements_other_orgs": L(B5 + "soglashenie_rdk.pdf"),
        "satisfaction_mentees": L(B5 + "anketirovanie_2024.pdf"),
        "satisfaction_mentors": L(B5 + "anketirovanie_2024.pdf"),
    },
    notes={"mentees_low_motivation": "не применимо для УДО (успеваемость не оценивается)"},
))

# --------------------------------------------------------------------------------------
thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")


def col_letter(i):
    return openpyxl.utils.get_column_letter(i)


def write_form(o):
    wb = openpyxl.Workbook()
    ws = wb.active
    if o.get("title_sheet"):
        ts = ws
        ts.title = "Титул"
        ts["A1"] = "Мониторинг реализации региональной целевой модели наставничества (РЦМН) – 2024"
        ts["A1"].font = Font(bold=True, size=12)
        rows = [
            ("Муниципальное образование", MUNI),
            ("Полное наименование ОО", "Муниципальное автономное общеобразовательное учреждение «Гимназия № 2» г. Новоозёрска"),
            ("Краткое наименование ОО", o["org"]),
            ("Руководитель ОО", "Ермолаев Сергей Викторович"),
            ("Куратор РЦМН в ОО", "Никитина Анна Юрьевна"),
            ("Контактный телефон", "8 (84352) 2-31-88"),
            ("Адрес сайта ОО", "https://gimn2-novoozyorsk.gosuslugi.ru/"),
            ("Дата заполнения", "02.12.2024"),
        ]
        for i, (a, b) in enumerate(rows, start=3):
            ts.cell(i, 1, a).border = BORDER
            ts.cell(i, 2, b).border = BORDER
        ts.column_dimensions["A"].width = 32
        ts.column_dimensions["B"].width = 80
        ws = wb.create_sheet(o["sheet"])
    else:
        ws.title = o["sheet"]

    style = o["style"]
    if style == "with2023":
        cols = ["№ п/п", "Наименование показателя", "Ед. изм.", "Фактическое значение 2023",
                "Целевое значение 2024", "Фактическое значение 2024", "Отклонение",
                "Ссылка на подтверждающий документ"]
        C_T, C_F, C_D, C_L, C_23, C_N = 5, 6, 7, 8, 4, None
    elif style == "formulas":
        cols = ["№ п/п", "Наименование показателя", "Ед. изм.", "Целевое значение 2024",
                "Фактическое значение 2024", "Отклонение", "Ссылка на подтверждающий документ", "Примечание"]
        C_T, C_F, C_D, C_L, C_23, C_N = 4, 5, 6, 7, None, 8
    else:
        cols = ["№ п/п", "Наименование показателя", "Ед. изм.", "Целевое значение 2024",
                "Фактическое значение 2024", "Отклонение", "Ссылка на подтверждающий документ", "Примечание"]
        C_T, C_F, C_D, C_L, C_23, C_N = 4, 5, 6, 7, None, 8
    ncol = len(cols)
    last = col_letter(ncol)

    ws["A1"] = "Приложение 2 к приказу управления образования администрации Новоозёрского муниципального округа от 15.10.2024 № 412"
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].alignment = Alignment(horizontal="right")
    ws["A2"] = "Форма 2-ЦМН (ОО)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Мониторинг достижения показателей реализации региональной целевой модели наставничества "
                "педагогических работников и обучающихся за 2024 год")
    ws.merge_cells(f"A3:{last}3")
    ws["A3"].font = Font(bold=True)
    ws["A3"].alignment = CENTER
    ws.row_dimensions[3].height = 32
    ws["A4"] = "Образовательная организация:"
    ws["C4"] = o["org"]
    ws.merge_cells(f"C4:{last}4")
    ws["A5"] = "Муниципальное образование:"
    ws["C5"] = MUNI
    ws["A6"] = "По состоянию на 01.12.2024"
    hr = 8
    for j, c in enumerate(cols, start=1):
        cell = ws.cell(hr, j, c)
        cell.font = Font(bold=True)
        cell.alignment = CENTER
        cell.fill = HEAD_FILL
        cell.border = BORDER
        n = ws.cell(hr + 1, j, j)
        n.alignment = CENTER
        n.border = BORDER
    ws.row_dimensions[hr].height = 45

    # first pass: row numbers of keys (for formulas)
    rowof = {}
    r = hr + 2
    for num, title, unit, key, kind in TEMPLATE:
        if key != H:
            rowof[key] = r
        r += 1
    fcol = col_letter(C_F)

    def ref(k):
        return f"{fcol}{rowof[k]}"

    cells = {}
    headings, not_criteria = [], []
    values, links = {}, {}
    r = hr + 2
    for num, title, unit, key, kind in TEMPLATE:
        if key == H:
            ws.cell(r, 1, title).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            for j in range(1, ncol + 1):
                ws.cell(r, j).fill = SEC_FILL
                ws.cell(r, j).border = BORDER
            headings.append(title)
            r += 1
            continue
        ws.cell(r, 1, num)
        ws.cell(r, 2, title)
        ws.cell(r, 3, unit)
        fact = o["facts"].get(key)
        tgt = o["targets"].get(key)
        fc = ws.cell(r, C_F)
        if isinstance(fact, tuple):
            if fact[0] == "F":
                fc.value = fact[1].format(**{k: ref(k) for k in rowof})
            else:
                fc.value = fact[1]
            fc.number_format = "0.0%"
        elif isinstance(fact, str) and fact.startswith("="):
            fc.value = fact.format(**{k: ref(k) for k in rowof})
        elif fact is not None:
            fc.value = fact
        if tgt is not None:
            tc = ws.cell(r, C_T)
            if isinstance(tgt, tuple):
                tc.value = tgt[1]
                tc.number_format = "0%"
            else:
                tc.value = tgt
        # deviation column
        dc = ws.cell(r, C_D)
        if style == "formulas":
            if tgt is not None and kind in ("cnt", "pct") and fact is not None:
                dc.value = f"={fcol}{r}-{col_letter(C_T)}{r}"
                dc.number_format = "+0.0%;-0.0%;0.0%" if kind == "pct" else "+0;-0;0"
        elif style == "with2023":
            if key in o.get("deviation", {}):
                dc.value = o["deviation"][key]
        else:
            if isinstance(tgt, (int, float)) and isinstance(fact, (int, float)):
                dc.value = round(fact - tgt, 1)
        if C_23 and key in o.get("f2023", {}):
            ws.cell(r, C_23, o["f2023"][key])
        lk = o["links"].get(key)
        lc = ws.cell(r, C_L)
        link_url = None
        if lk:
            if lk[0] == "h":
                lc.value = lk[2]
                lc.hyperlink = lk[1]
                lc.font = Font(color="0563C1", underline="single")
                link_url = lk[1]
            else:
                lc.value = lk[1]
                if lk[1].startswith("http"):
                    link_url = lk[1]
        if C_N and key in o["notes"]:
            ws.cell(r, C_N, o["notes"][key])
        for j in range(1, ncol + 1):
            c = ws.cell(r, j)
            c.border = BORDER
            if j != 1:
                c.alignment = WRAP
        # expected
        if key.startswith("d_"):
            not_criteria.append(title)
        elif isinstance(fact, str) and fact.startswith("="):
            values[key] = None          # filled below (formula over other rows)
            cells[key] = {"cell": f"{fcol}{r}", "kind": kind}
            if link_url:
                links[key] = link_url
                cells[key]["link_cell"] = f"{col_letter(C_L)}{r}"
        else:
            v = parse(kind, fact)
            if v is not None:
                values[key] = v
                cells[key] = {"cell": f"{fcol}{r}", "kind": kind}
                if link_url:
                    links[key] = link_url
                    cells[key]["link_cell"] = f"{col_letter(C_L)}{r}"
        r += 1

    # formula-valued pp_total: expected computed from parts
    if isinstance(o["facts"].get("pp_total"), str) and o["facts"]["pp_total"].startswith("="):
        parts = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil",
                 "pp_student_pupil", "pp_other"]
        values["pp_total"] = sum(values.get(p, 0) for p in parts)
        cells["pp_total"]["kind"] = "cnt"

    r += 1
    ws.cell(r, 2, f"Руководитель ОО ______________ {o['director']}")
    ws.cell(r + 1, 2, f"Исполнитель (куратор РЦМН): {o['curator']}")
    ws.cell(r + 2, 2, "М.П.")

    widths = {1: 10, 2: 62, 3: 9}
    for j in range(1, ncol + 1):
        ws.column_dimensions[col_letter(j)].width = widths.get(j, 16)
    ws.column_dimensions[col_letter(C_L)].width = 44
    if C_N:
        ws.column_dimensions[col_letter(C_N)].width = 30
    ws.freeze_panes = f"C{hr + 2}"

    path = os.path.join(HERE, o["file"])
    wb.save(path)
    return path, values, links, not_criteria, headings, cells


def libreoffice_resave(path):
    """re-save through LibreOffice so that formulas carry cached values."""
    tmp = tempfile.mkdtemp(prefix="h26_")
    src = os.path.join(tmp, "src")
    os.makedirs(src)
    shutil.copy(path, src)
    out = os.path.join(tmp, "out")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "xlsx", "--outdir", out, os.path.join(src, os.path.basename(path))],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copy(os.path.join(out, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------
def check_titles():
    crit = list(csv.DictReader(open(CRITERIA, encoding="utf-8"), delimiter="\t"))
    ids = {c["id"] for c in crit}

    def norm(s):
        return re.sub(r"\s+", " ", s.replace("ё", "е").replace("Ё", "Е")).strip().lower()

    wordings = set()
    for c in crit:
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if c[k].strip():
                wordings.add(norm(c[k]))
    for num, title, unit, key, kind in TEMPLATE:
        assert norm(title) not in wordings, ("title equals catalogue wording", title)
        if key not in (H,) and not key.startswith("d_"):
            assert key in ids, key
            row = next(c for c in crit if c["id"] == key)
            assert row["wording_2024"].strip(), ("2023-only criterion used", key)
    return {c["id"]: c for c in crit}


def check_consistency(o, v):
    name = o["org"]

    def g(k):
        return v.get(k)

    def le(a, b):
        if g(a) is not None and g(b) is not None:
            assert g(a) <= g(b), (name, a, g(a), b, g(b))

    for cat in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                "mentees_career", "mentees_other_params"):
        le(cat, "mentees_10_19")
    cats = [g(c) or 0 for c in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                "mentees_low_motivation", "mentees_career", "mentees_other_params")]
    assert sum(cats) <= g("mentees_10_19"), name
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("young_specialists", "teachers_municipal")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "teachers_mentors")
    le("teachers_mentors", "teachers_municipal")
    le("teachers_in_pp", "teachers_municipal")
    parts = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil",
             "pp_student_pupil", "pp_other"]
    assert sum(g(p) or 0 for p in parts) == g("pp_total"), (name, "pp sum")
    # mentors: teachers + pupils (all ages) + external -> mentors_total (checked with pupil mentors of 10-18)
    ext = sum(g(k) or 0 for k in ("external_edu_mentors", "enterprise_mentors", "other_org_mentors"))
    assert g("teachers_mentors") + g("mentors_15_19") + ext <= g("mentors_total"), name
    assert (g("mentees_10_19") + g("young_specialists_mentees") + (g("teachers_other_mentees") or 0)
            <= g("mentees_total")), name

    def share(s, a, b, nd=1):
        if g(s) is None or g(a) is None or g(b) is None:
            return
        exp = round(g(a) / g(b) * 100, nd)
        assert abs(g(s) - exp) <= 0.051 or abs(g(s) - round(exp)) < 1e-9, (name, s, g(s), exp)

    share("share_mentees_10_19", "mentees_10_19", "students_10_19")
    share("share_mentors_15_19", "mentors_15_19", "students_15_19")
    share("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists")
    share("share_teachers_mentors", "teachers_mentors", "teachers_municipal")
    if g("share_teachers_mentees") is not None:
        exp = round((g("young_specialists_mentees") + g("teachers_other_mentees")) / g("teachers_municipal") * 100, 1)
        assert abs(g("share_teachers_mentees") - exp) <= 0.051, (name, exp)
    for s in ("satisfaction_mentees", "satisfaction_mentors"):
        if g(s) is not None:
            assert 0 <= g(s) <= 100


def main():
    crit = check_titles()
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        os.remove(os.path.join(TYPED, f))
    expected, cellmap = [], []
    for o in ORGS:
        path, values, links, nc, heads, cells = write_form(o)
        # formula fractions: expected recomputed independently from counts
        for k, fv in o["facts"].items():
            if isinstance(fv, tuple) and fv[0] == "F" and not k.startswith("d_"):
                assert abs(values[k] - round(fv[2] * 100, 6)) < 1e-9
        for k in values:
            assert k in crit
        check_consistency(o, values)
        if o["style"] == "formulas":
            libreoffice_resave(path)
        expected.append({
            "file": o["file"], "year": 2024, "organisation": o["org"],
            "values": values, "links": links, "not_criteria": nc, "headings": heads,
        })
        cellmap.append({"file": o["file"], "sheet": o["sheet"], "cells": cells})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cellmap, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    print(f"{len(expected)} forms, {nv} values, {nl} links, {nn} not_criteria rows")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links")


if __name__ == "__main__":
    main()
