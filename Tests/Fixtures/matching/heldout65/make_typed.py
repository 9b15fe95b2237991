#!/usr/bin/env python3
"""Held-out set 65: answer grids with marks (Верхнечепецкий муниципальный округ, 2024).

Writes typed/*.xlsx, expected.json and cells.json. Deterministic: all data fixed below.
"""
import hashlib
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFFF00")
HEAD = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

DASH = "–"  # what school C puts into the column it does NOT choose

# ----------------------------------------------------------------------------------------------
# The municipal template: sections, their grid columns, rows.
# Row kinds:
#   doc   – marks in «Имеется | Отсутствует | В разработке»                       (yes/no criterion)
#   yn    – marks in «Да | Нет», «Количество» greyed                                 (decoys only)
#   ynq   – marks in «Да | Нет» plus a typed «Количество»                             (count criterion)
#   q     – «Количество» only (marks greyed) in a mark section
#   text  – free text over the mark+count cells (merged)
#   form  – marks in «Реализуется | Не реализуется» plus «Кол-во программ»
#   total – «Кол-во программ» only
#   cnt   – «Количество» in a count-only section
#   share – a per cent in a count-only section
#   sat   – a mark in one of four bands, plus (in some versions) an exact «%»
# ----------------------------------------------------------------------------------------------
SECTIONS = [
    ("doc", "Раздел 1. Нормативное обеспечение реализации целевой модели наставничества (ЦМН)",
     ["Имеется", "Отсутствует", "В разработке"], "Ссылка на документ", [
        ("orgs_regulation_teachers", "doc", "Приказ об утверждении Положения о наставничестве педагогических работников ОО"),
        ("orgs_regulation_students", "doc", "Приказ об утверждении Положения о наставничестве обучающихся"),
        ("orgs_monitoring_order", "doc", "Приказ о проведении мониторинга реализации ЦМН в ОО"),
        ("internal_monitoring_notes", "doc", "Информационная справка по итогам внутреннего мониторинга (2024 г.)"),
        ("D_roadmap", "doc", "Дорожная карта (план мероприятий) по внедрению ЦМН на 2024/2025 уч. год"),
    ]),
    ("org", "Раздел 2. Организация процесса наставничества",
     ["Да", "Нет", "Количество"], "Ссылка", [
        ("curators_total", "q", "Кураторы внедрения ЦМН в ОО, чел."),
        ("mentors_total", "q", "Наставники, закреплённые приказом ОО, чел."),
        ("mentees_total", "q", "Наставляемые, закреплённые приказом ОО, чел."),
        ("D_programme", "yn", "Утверждена программа наставничества ОО"),
        ("agreements_edu_orgs", "ynq", "Соглашения с другими образовательными организациями о предоставлении наставников"),
        ("agreements_enterprises", "ynq", "Соглашения с предприятиями о предоставлении наставников"),
        ("agreements_other_orgs", "ynq", "Соглашения с иными организациями (любой формы собственности) о предоставлении наставников"),
        ("partner_list", "text", "Партнёры ОО по наставничеству (перечислить)"),
    ]),
    ("forms", "Раздел 3. Формы наставничества и персонализированные программы (ПП)",
     ["Реализуется", "Не реализуется", "Кол-во программ"], "Ссылка на типичную программу", [
        ("pp_pupil_pupil", "form", "«Ученик – ученик»"),
        ("pp_teacher_teacher", "form", "«Учитель – учитель» («Педагог – педагог»)"),
        ("pp_student_student", "form", "«Студент – студент»"),
        ("pp_head_teacher", "form", "«Руководитель – педагог»"),
        ("pp_student_pupil", "form", "«Студент – ученик»"),
        ("pp_teacher_pupil", "form", "«Учитель – ученик»"),
        ("pp_other", "form", "Иная форма (указать)"),
        ("pp_total", "total", "Всего персонализированных программ наставничества"),
    ]),
    ("ext", "Раздел 4. Внешние наставники",
     ["Количество"], "Ссылка", [
        ("external_edu_mentors", "cnt", "Наставники из других образовательных организаций (по приказу), чел."),
        ("other_org_mentors", "cnt", "Наставники из иных организаций, чел."),
        ("enterprise_mentors", "cnt", "Наставники — сотрудники предприятий, чел."),
        ("D_projects", "cnt", "Совместные проекты с организациями-партнёрами, ед."),
    ]),
    ("pupils", "Раздел 5. Обучающиеся в программах наставничества",
     ["Количество"], "Ссылка", [
        ("students_10_19", "cnt", "Всего обучающихся в возрасте 10–19 лет"),
        ("mentees_10_19", "cnt", "из них включены в программы наставничества как наставляемые"),
        ("mentees_risk", "cnt", "в т.ч. обучающиеся «группы риска»"),
        ("mentees_gifted", "cnt", "в т.ч. одарённые дети (включённые в реестры)"),
        ("mentees_disabled", "cnt", "в т.ч. дети с ОВЗ и дети-инвалиды"),
        ("mentees_low_motivation", "cnt", "в т.ч. с низкой учебной мотивацией, неуспевающие"),
        ("mentees_career", "cnt", "в т.ч. с проблемами выбора образовательной траектории и профессии"),
        ("mentees_other_params", "cnt", "в т.ч. по иным основаниям"),
        ("share_mentees_10_19", "share", "Доля обучающихся 10–19 лет в роли наставляемых"),
        ("D_juniors", "cnt", "Обучающиеся 1–4 классов (младше 10 лет) в роли наставляемых"),
        ("students_15_19", "cnt", "Всего обучающихся в возрасте 15–19 лет"),
        ("mentors_15_19", "cnt", "из них наставники (по приказу)"),
        ("share_mentors_15_19", "share", "Доля обучающихся 15–19 лет в роли наставников"),
    ]),
    ("sat", "Раздел 6. Удовлетворённость участием в завершённых программах наставничества (по анкетам)",
     ["до 50 %", "50–70 %", "70–90 %", "свыше 90 %"], "Ссылка на справку по анкетированию", [
        ("satisfaction_mentees", "sat", "Удовлетворённость наставляемых"),
        ("satisfaction_mentors", "sat", "Удовлетворённость наставников"),
    ]),
    ("staff", "Раздел 7. Педагоги в программах наставничества",
     ["Количество"], "Ссылка", [
        ("young_specialists", "cnt", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего"),
        ("young_specialists_mentees", "cnt", "из них в роли наставляемых"),
        ("young_specialists_mentors", "cnt", "из них сами выступают наставниками"),
        ("teachers_other", "cnt", "Педагоги (без молодых специалистов), всего"),
        ("teachers_other_mentees", "cnt", "из них в роли наставляемых"),
        ("teachers_mentors", "cnt", "Педагоги-наставники, всего"),
        ("teachers_in_pp", "cnt", "Педагоги, участвующие в утверждённых персонализированных программах"),
        ("kpk_trained", "cnt", "Прошли КПК по вопросам наставничества в 2024 году, чел."),
        ("kpk_courses", "ctext", "Названия курсов"),
    ]),
    ("stim", "Раздел 8. Стимулирование и методическое сопровождение наставников",
     ["Да", "Нет", "Количество"], "Ссылка", [
        ("pay_acts", "ynq", "Локальные акты об оплате (доплате) за наставничество"),
        ("nonmaterial_acts", "ynq", "Локальные акты о нематериальном поощрении наставников"),
        ("school_methodical_associations", "ynq", "Методическое объединение (сообщество) наставников в ОО"),
        ("D_site", "yn", "Раздел «Наставничество» на сайте ОО"),
    ]),
]

BANDS = [(0, 50), (50, 70), (70, 90), (90, 101)]

SLUG = {
    "orgs_regulation_teachers": "prikaz_polozhenie_nastavnichestvo_ped",
    "orgs_regulation_students": "prikaz_polozhenie_nastavnichestvo_obuch",
    "orgs_monitoring_order": "prikaz_monitoring_cmn_2024",
    "internal_monitoring_notes": "spravka_vnutr_monitoring_2024",
    "D_roadmap": "dorozhnaya_karta_2024_2025",
    "curators_total": "prikaz_kurator_cmn",
    "mentors_total": "prikaz_pary_2024",
    "mentees_total": "prikaz_pary_2024",
    "D_programme": "programma_nastavnichestva",
    "agreements_edu_orgs": "soglashenie_oo",
    "agreements_enterprises": "soglashenie_predpriyatie",
    "agreements_other_orgs": "soglashenie_partnery",
    "pp_pupil_pupil": "pp_uchenik_uchenik",
    "pp_teacher_teacher": "pp_uchitel_uchitel",
    "pp_student_student": "pp_student_student",
    "pp_head_teacher": "pp_rukovoditel_pedagog",
    "pp_student_pupil": "pp_student_uchenik",
    "pp_teacher_pupil": "pp_uchitel_uchenik",
    "pp_other": "pp_inaya_forma",
    "pp_total": "reestr_pp_2024",
    "external_edu_mentors": "prikaz_vneshnie_nastavniki",
    "other_org_mentors": "prikaz_vneshnie_nastavniki",
    "enterprise_mentors": "prikaz_vneshnie_nastavniki",
    "D_projects": "proekty_partnery",
    "mentees_10_19": "baza_nastavlyaemyh_2024",
    "mentees_risk": "baza_nastavlyaemyh_2024",
    "mentees_gifted": "baza_nastavlyaemyh_2024",
    "mentees_disabled": "baza_nastavlyaemyh_2024",
    "mentees_low_motivation": "baza_nastavlyaemyh_2024",
    "mentees_career": "baza_nastavlyaemyh_2024",
    "mentees_other_params": "baza_nastavlyaemyh_2024",
    "D_juniors": "baza_nastavlyaemyh_2024",
    "mentors_15_19": "baza_nastavnikov_obuch_2024",
    "satisfaction_mentees": "spravka_anketirovanie_2024",
    "satisfaction_mentors": "spravka_anketirovanie_2024",
    "young_specialists_mentees": "baza_molodyh_pedagogov",
    "young_specialists_mentors": "baza_nastavnikov_ped",
    "teachers_other_mentees": "baza_nastavlyaemyh_ped",
    "teachers_mentors": "baza_nastavnikov_ped",
    "teachers_in_pp": "reestr_pp_2024",
    "kpk_trained": "udostovereniya_kpk",
    "pay_acts": "polozhenie_oplata_nastavnik",
    "nonmaterial_acts": "polozhenie_pooshrenie",
    "school_methodical_associations": "prikaz_mo_nastavnikov",
    "D_site": "razdel_nastavnichestvo",
}
# rows that never carry a proof link (population totals, shares)
NO_LINK = {"students_10_19", "students_15_19", "young_specialists", "teachers_other",
           "share_mentees_10_19", "share_mentors_15_19", "partner_list", "kpk_courses", "pp_total"}


def cloud_id(school, key):
    h = hashlib.md5(f"{school}/{key}".encode()).hexdigest()
    alphabet = "abcdefghijkLMNOPQRSTuvwxyZ0123456789"
    return "".join(alphabet[int(h[i:i + 2], 16) % len(alphabet)] for i in range(0, 28, 2))


# ----------------------------------------------------------------------------------------------
# The schools. Values: doc → "have"/"no"/"dev"/"both"; yn → True/False/"both";
# ynq → (bool, count or None); form → (bool, count or None); sat → (exact per cent or None, band index)
# ----------------------------------------------------------------------------------------------
SCHOOLS = [
    dict(
        key="A", file="typed/gimnaziya1_monitoring_CMN_2024.xlsx", sheet="Форма 2024",
        org="МБОУ «Гимназия № 1»", curator="Петрова Ирина Валерьевна, зам. директора по УВР, 8 (34141) 3-12-40",
        site="https://gimn1-vchepeck.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/{slug}.pdf",
        cloud=("disk.yandex.ru/i", {"mentees_total", "pp_pupil_pupil", "pp_teacher_pupil"}),
        mark="X", exact_col="Точное значение, %", share_mode="percent_fmt", sat_mode="number",
        notes=None,
        v=dict(orgs_regulation_teachers="have", orgs_regulation_students="have", orgs_monitoring_order="have",
               internal_monitoring_notes="have", D_roadmap="have",
               curators_total=2, mentors_total=48, mentees_total=121, D_programme=True,
               agreements_edu_orgs=(True, 2), agreements_enterprises=(True, 1), agreements_other_orgs=(False, None),
               partner_list="ГБПОУ «Верхнечепецкий политехнический техникум»; ООО «Верхнечепецкий хлебозавод»",
               pp_pupil_pupil=(True, 14), pp_teacher_teacher=(True, 9), pp_student_student=(False, 0),
               pp_head_teacher=(True, 1), pp_student_pupil=(False, 0), pp_teacher_pupil=(True, 11),
               pp_other=(True, 2), pp_total=37,
               external_edu_mentors=3, other_org_mentors=1, enterprise_mentors=1, D_projects=4,
               students_10_19=612, mentees_10_19=58, mentees_risk=4, mentees_gifted=12, mentees_disabled=3,
               mentees_low_motivation=9, mentees_career=16, mentees_other_params=14,
               share_mentees_10_19="calc", D_juniors=17,
               students_15_19=188, mentors_15_19=22, share_mentors_15_19="calc",
               satisfaction_mentees=(92.4, 3), satisfaction_mentors=(88.6, 2),
               young_specialists=7, young_specialists_mentees=6, young_specialists_mentors=1,
               teachers_other=58, teachers_other_mentees=5, teachers_mentors=24, teachers_in_pp=30, kpk_trained=3,
               kpk_courses="«Наставничество в образовательной организации: технологии и практики» (ИРО, 36 ч.)",
               pay_acts=(True, 1), nonmaterial_acts=(True, 1), school_methodical_associations=(True, 1),
               D_site=True),
        titles={"pp_other": "Иная форма (указать): «работодатель – ученик»"},
    ),
    dict(
        key="B", file="typed/СОШ3_наставничество_2024.xlsx", sheet="Лист1",
        org="МБОУ «СОШ № 3»", curator="Куратор ЦМН: Смирнова Елена Андреевна",
        site="https://sosh3-vchepeck.edu.ru/upload/iblock/nastavnichestvo/{slug}.pdf",
        cloud=("disk.yandex.ru/d", {"pp_teacher_teacher", "mentees_10_19", "teachers_in_pp"}),
        mark="✓", exact_col=None, share_mode=None, sat_mode=None,
        notes={
            "orgs_regulation_teachers": "приказ № 147-од от 30.08.2024",
            "orgs_regulation_students": "тот же приказ, приложение 2",
            "mentors_total": "приказ № 214-од от 02.09.2024",
            "agreements_other_orgs": "договоры от 01.09.2024",
            "agreements_enterprises": "переговоры с ООО «Агроснаб»",
            "pp_other": "в 2024 г. не реализуется",
            "pp_teacher_pupil": "в т.ч. 2 программы для 9-х классов",
            "other_org_mentors": "в т.ч. 1 — инспектор ПДН",
            "students_10_19": "по отчёту ОО-1 на 20.09.2024",
            "satisfaction_mentees": "анкетирование в мае 2024 г.",
            "satisfaction_mentors": "анкетирование в мае 2024 г.",
            "kpk_trained": "ИРО, 36 ч.",
            "D_site": "обновлён в ноябре",
        },
        v=dict(orgs_regulation_teachers="have", orgs_regulation_students="have", orgs_monitoring_order="have",
               internal_monitoring_notes="have", D_roadmap="have",
               curators_total=3, mentors_total=62, mentees_total=140, D_programme=True,
               agreements_edu_orgs=(True, 1), agreements_enterprises=(False, 0), agreements_other_orgs=(True, 2),
               partner_list=None,
               pp_pupil_pupil=(True, 18), pp_teacher_teacher=(True, 12), pp_student_student=(False, 0),
               pp_head_teacher=(True, 2), pp_student_pupil=(False, 0), pp_teacher_pupil=(True, 15),
               pp_other=(False, None), pp_total=47,
               external_edu_mentors=1, other_org_mentors=2, enterprise_mentors=0, D_projects=3,
               students_10_19=780, mentees_10_19=96, mentees_risk=11, mentees_gifted=15, mentees_disabled=6,
               mentees_low_motivation=18, mentees_career=27, mentees_other_params=19,
               share_mentees_10_19=None, D_juniors=24,
               students_15_19=240, mentors_15_19=31, share_mentors_15_19=None,
               satisfaction_mentees=(None, 2), satisfaction_mentors=(None, 3),
               young_specialists=9, young_specialists_mentees=8, young_specialists_mentors=2,
               teachers_other=71, teachers_other_mentees=6, teachers_mentors=29, teachers_in_pp=34, kpk_trained=4,
               kpk_courses=None,
               pay_acts=(True, 1), nonmaterial_acts=(True, 2), school_methodical_associations=(True, 1),
               D_site=True),
        titles={},
    ),
    dict(
        key="C", file="typed/Лицей5_ЦМН_форма_2024.xlsx", sheet="Мониторинг",
        org="МАОУ «Лицей № 5»", curator="Зам. директора по НМР Кузнецова О.Н.",
        site="https://licey5-vchep.gosuslugi.ru/ofitsialno/nastavnichestvo/{slug}.pdf",
        cloud=("cloud.mail.ru/public", {"pp_student_pupil", "mentors_15_19"}),
        mark="+-", exact_col="%", share_mode=None, sat_mode="percent_fmt",
        notes=None,
        v=dict(orgs_regulation_teachers="have", orgs_regulation_students="have", orgs_monitoring_order="have",
               internal_monitoring_notes="dev", D_roadmap="have",
               curators_total=1, mentors_total=39, mentees_total=88, D_programme=True,
               agreements_edu_orgs=(True, 3), agreements_enterprises=(True, 1), agreements_other_orgs=(False, None),
               partner_list="Верхнечепецкий филиал ГБПОУ «Аграрный колледж»; ООО «ЧепцаАгро»",
               pp_pupil_pupil=(True, 10), pp_teacher_teacher=(True, 7), pp_student_student=(False, 0),
               pp_head_teacher=(True, 1), pp_student_pupil=(True, 2), pp_teacher_pupil=(True, 8),
               pp_other=(False, 0), pp_total=28,
               external_edu_mentors=4, other_org_mentors=0, enterprise_mentors=1, D_projects=2,
               students_10_19=455, mentees_10_19=41, mentees_risk=2, mentees_gifted=14, mentees_disabled=1,
               mentees_low_motivation=6, mentees_career=11, mentees_other_params=7,
               share_mentees_10_19=None, D_juniors=9,
               students_15_19=160, mentors_15_19=19, share_mentors_15_19=None,
               satisfaction_mentees=(91.5, 3), satisfaction_mentors=(87.3, 2),
               young_specialists=4, young_specialists_mentees=4, young_specialists_mentors=0,
               teachers_other=46, teachers_other_mentees=3, teachers_mentors=17, teachers_in_pp=21, kpk_trained=2,
               kpk_courses=None,
               pay_acts=(True, 1), nonmaterial_acts=(False, 0), school_methodical_associations=(False, None),
               D_site=True),
        titles={},
    ),
    dict(
        key="D", file="typed/Ключевская_СОШ_мониторинг2024.xlsx", sheet="ЦМН",
        org="МБОУ «Ключевская СОШ»", curator="Попова Надежда Ивановна, учитель начальных классов",
        site="https://kluchi-shkola.edu.ru/sveden/nastavnichestvo/{slug}.pdf",
        cloud=("disk.yandex.ru/i", {"mentors_total", "mentees_total", "agreements_enterprises"}),
        mark="x+fill", exact_col=None, share_mode=None, sat_mode=None,
        stale_fill={"agreements_edu_orgs": 0, "pp_head_teacher": 0},
        notes=None,
        v=dict(orgs_regulation_teachers="have", orgs_regulation_students="have", orgs_monitoring_order="have",
               internal_monitoring_notes="have", D_roadmap="no",
               curators_total=1, mentors_total=12, mentees_total=25, D_programme=True,
               agreements_edu_orgs=(False, 0), agreements_enterprises=(True, 1), agreements_other_orgs=(True, 1),
               partner_list=None,
               pp_pupil_pupil=(True, 4), pp_teacher_teacher=(True, 3), pp_student_student=(False, 0),
               pp_head_teacher=(False, 0), pp_student_pupil=(False, 0), pp_teacher_pupil=(True, 5),
               pp_other=(False, 0), pp_total=12,
               external_edu_mentors=0, other_org_mentors=1, enterprise_mentors=1, D_projects=1,
               students_10_19=112, mentees_10_19=14, mentees_risk=3, mentees_gifted=1, mentees_disabled=2,
               mentees_low_motivation=4, mentees_career=2, mentees_other_params=2,
               share_mentees_10_19=None, D_juniors=6,
               students_15_19=28, mentors_15_19=5, share_mentors_15_19=None,
               satisfaction_mentees=(None, 2), satisfaction_mentors=(None, 3),
               young_specialists=2, young_specialists_mentees=2, young_specialists_mentors=0,
               teachers_other=17, teachers_other_mentees=1, teachers_mentors=6, teachers_in_pp=9, kpk_trained=1,
               kpk_courses=None,
               pay_acts=(False, 0), nonmaterial_acts=(True, 1), school_methodical_associations=(False, 0),
               D_site=True),
        titles={},
    ),
    dict(
        key="E", file="typed/school8_form_nastavnichestvo_2024.xlsx", sheet="форма",
        org="МБОУ «СОШ № 8 с углублённым изучением английского языка»",
        curator="Федорова М.С., руководитель ШМО",
        site="https://school8-vchep.gosuslugi.ru/netcat_files/30/71/{slug}.pdf",
        cloud=("disk.yandex.ru/i", {"pp_teacher_teacher", "satisfaction_mentees", "kpk_trained"}),
        mark="V1", exact_col="Точное значение, %", share_mode="number", sat_mode="mixed_text",
        notes=None,
        v=dict(orgs_regulation_teachers="have", orgs_regulation_students="have", orgs_monitoring_order="both",
               internal_monitoring_notes="have", D_roadmap="have",
               curators_total=2, mentors_total=54, mentees_total=117, D_programme=True,
               agreements_edu_orgs=(True, 2), agreements_enterprises=(False, None), agreements_other_orgs=(True, 1),
               partner_list=None,
               pp_pupil_pupil=(True, 16), pp_teacher_teacher=(True, 10), pp_student_student=(False, 0),
               pp_head_teacher=(True, 1), pp_student_pupil=(False, 0), pp_teacher_pupil=(True, 13),
               pp_other=(True, 1), pp_total=41,
               external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=0, D_projects=5,
               students_10_19=689, mentees_10_19=64, mentees_risk=5, mentees_gifted=20, mentees_disabled=4,
               mentees_low_motivation=8, mentees_career=15, mentees_other_params=12,
               share_mentees_10_19="calc", D_juniors=21,
               students_15_19=205, mentors_15_19=26, share_mentors_15_19="calc",
               satisfaction_mentees=(87.5, 2), satisfaction_mentors=(93, 3),
               young_specialists=6, young_specialists_mentees=5, young_specialists_mentors=1,
               teachers_other=62, teachers_other_mentees=7, teachers_mentors=26, teachers_in_pp=33, kpk_trained=5,
               kpk_courses="«Организация наставничества в ОО» (ИРО, 24 ч.); «Наставник молодого педагога» (Фоксфорд, 72 ч.)",
               pay_acts=(True, 1), nonmaterial_acts=(True, 1), school_methodical_associations=(True, 2),
               D_site=True),
        titles={"pp_other": "Иная форма (указать): семейное наставничество"},
    ),
    dict(
        key="F", file="typed/ДДТ_ЦМН_2024.xlsx", sheet="Лист1",
        org="МБУ ДО «Дом детского творчества»", curator="Методист Сидорова Т.А.",
        site="https://ddt-vchep.gosuslugi.ru/roditelyam/nastavnichestvo/{slug}.pdf",
        cloud=("cloud.mail.ru/public", {"pp_teacher_pupil", "nonmaterial_acts"}),
        mark="+x", exact_col="Точное значение, %", share_mode=None, sat_mode="number",
        notes=None,
        v=dict(orgs_regulation_teachers="have", orgs_regulation_students="have", orgs_monitoring_order="have",
               internal_monitoring_notes="have", D_roadmap="dev",
               curators_total=1, mentors_total=15, mentees_total=38, D_programme=True,
               agreements_edu_orgs=(True, 1), agreements_enterprises=(False, 0), agreements_other_orgs=(True, 1),
               partner_list=None,
               pp_pupil_pupil=(True, 2), pp_teacher_teacher=(True, 4), pp_student_student=(False, 0),
               pp_head_teacher=(False, 0), pp_student_pupil=(False, 0), pp_teacher_pupil=(True, 7),
               pp_other=(False, 0), pp_total=13,
               external_edu_mentors=1, other_org_mentors=1, enterprise_mentors=0, D_projects=2,
               students_10_19=540, mentees_10_19=27, mentees_risk=2, mentees_gifted=9, mentees_disabled=3,
               mentees_low_motivation=0, mentees_career=5, mentees_other_params=8,
               share_mentees_10_19=None, D_juniors=11,
               students_15_19=96, mentors_15_19=6, share_mentors_15_19=None,
               satisfaction_mentees=(95, 3), satisfaction_mentors=(None, 2),
               young_specialists=3, young_specialists_mentees=3, young_specialists_mentors=0,
               teachers_other=24, teachers_other_mentees=2, teachers_mentors=8, teachers_in_pp=9, kpk_trained=2,
               kpk_courses=None,
               pay_acts=(False, 0), nonmaterial_acts=(True, 1), school_methodical_associations=(False, 0),
               D_site=True),
        titles={},
    ),
]

CYR_X = "\u0445"  # Cyrillic «х»


def marks_for(school, section):
    """(chosen mark, mark for the other columns or None, fill for the chosen cell or None)."""
    m = school["mark"]
    if m == "+-":
        return "+", DASH, None
    if m == "x+fill":
        return "x", None, YELLOW
    if m == "V1":  # two people filled the form: «1» in sections 2–3, «V» elsewhere
        return ("1" if section in ("forms", "org") else "V"), None, None
    if m == "+x":
        return ("+" if section in ("doc", "org") else CYR_X), None, None
    return m, None, None


def check_data(s):
    v = s["v"]
    assert v["mentees_risk"] + v["mentees_gifted"] + v["mentees_disabled"] + v["mentees_low_motivation"] \
        + v["mentees_career"] + v["mentees_other_params"] == v["mentees_10_19"], s["key"]
    assert v["mentees_10_19"] <= v["students_10_19"] and v["mentors_15_19"] <= v["students_15_19"]
    assert v["students_15_19"] < v["students_10_19"]
    assert v["young_specialists_mentees"] <= v["young_specialists"]
    assert v["young_specialists_mentors"] <= v["young_specialists"]
    assert v["teachers_other_mentees"] <= v["teachers_other"]
    assert v["teachers_mentors"] <= v["teachers_other"] + v["young_specialists"]
    forms = [k for k in v if k.startswith("pp_") and k != "pp_total"]
    assert sum((v[k][1] or 0) for k in forms) == v["pp_total"], s["key"]
    for k in ("satisfaction_mentees", "satisfaction_mentors"):
        exact, band = v[k]
        if exact is not None:
            lo, hi = BANDS[band]
            assert lo <= exact < hi, (s["key"], k)


def build(s):
    check_data(s)
    v = s["v"]
    wb = Workbook()
    ws = wb.active
    ws.title = s["sheet"]
    exp = {"file": s["file"], "year": YEAR, "organisation": s["org"], "values": {}, "links": {},
           "not_criteria": [], "headings": []}
    cells, excluded = [], []
    fname = s["file"]

    def rec(cid, cell, expected, how, **extra):
        d = {"file": fname, "sheet": s["sheet"], "cell": cell, "criterion": cid, "kind": "value",
             "expected": expected, "how": how}
        d.update(extra)
        cells.append(d)
        exp["values"][cid] = expected

    def link_for(cid):
        if s["cloud"] and cid in s["cloud"][1]:
            return f"https://{s['cloud'][0]}/{cloud_id(s['key'], SLUG[cid])}"
        return s["site"].format(slug=SLUG[cid])

    has_notes = s["notes"] is not None
    r = 1
    ws.cell(r, 1, "Форма сбора первичных данных мониторинга реализации целевой модели наставничества").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, f"в образовательных организациях Верхнечепецкого муниципального округа за {YEAR} год "
                  "(по состоянию на 01.12.2024)").font = BOLD
    r += 2
    ws.cell(r, 1, "Наименование ОО:").font = BOLD
    ws.cell(r, 3, s["org"]).font = BOLD
    org_cell = f"C{r}"
    r += 1
    ws.cell(r, 1, "Ответственный:")
    ws.cell(r, 3, s["curator"])
    r += 1
    if s["key"] == "D":
        ws.cell(r, 1, "Отметку ставить знаком «Х» в нужной графе. Выбранная графа дополнительно выделена жёлтым.")
    else:
        ws.cell(r, 1, "Отметку ставить знаком «Х» в нужной графе; количественные показатели указывать числом; "
                      "ссылки — на документ, размещённый на сайте ОО или в облаке.")
    ws.cell(r, 1).font = Font(italic=True)
    r += 2

    for sec_key, sec_title, grid, link_head, rows in SECTIONS:
        cols = list(grid)
        exact_col = None
        if sec_key == "sat" and s["exact_col"]:
            cols.append(s["exact_col"])
            exact_col = 3 + len(grid)
        cols.append(link_head)
        if has_notes:
            cols.append("Примечание")
        last = 2 + len(cols)
        # section title
        ws.cell(r, 1, sec_title).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        exp["headings"].append(sec_title)
        r += 1
        # grid header
        ws.cell(r, 1, "№")
        ws.cell(r, 2, "Форма наставничества" if sec_key == "forms" else
                ("Категория участников" if sec_key == "sat" else "Критерий"))
        for j, h in enumerate(cols):
            ws.cell(r, 3 + j, h)
        for c in range(1, last + 1):
            cell = ws.cell(r, c)
            cell.font = BOLD
            cell.fill = HEAD
            cell.alignment = CENTER
            cell.border = BOX
        head_row = r
        r += 1
        link_col = 3 + len(cols) - (2 if has_notes else 1)
        note_col = last if has_notes else None
        n_marks = {"doc": 3, "org": 2, "forms": 2, "stim": 2, "sat": 4}.get(sec_key, 0)
        count_col = 3 + n_marks if sec_key in ("org", "forms", "stim") else (3 if n_marks == 0 else None)
        sec_no = sec_title.split(".")[0].split()[-1]
        i = 0
        for cid, kind, title in rows:
            val = v.get(cid)
            if kind in ("share",) and val is None:
                continue  # this school's version has no share rows
            i += 1
            title = s["titles"].get(cid, title)
            if kind == "share":
                title += ", %" if s["share_mode"] == "number" else ""
            ws.cell(r, 1, f"{sec_no}.{i}")
            ws.cell(r, 2, title)
            is_decoy = cid.startswith("D_")
            if is_decoy:
                exp["not_criteria"].append(title)
            chosen, other, fill = marks_for(s, sec_key)
            # grey the cells that do not apply
            if kind in ("q", "total"):
                for c in range(3, 3 + n_marks):
                    ws.cell(r, c).fill = GREY
            if kind == "yn":
                ws.cell(r, count_col).fill = GREY
            has_value = False
            give_link = False

            def put_marks(pick_idx, ncols, both=False):
                cs = []
                if s.get("stale_fill") and cid in s["stale_fill"]:
                    # the school moved its «x» but left the old yellow fill behind
                    ws.cell(r, 3 + s["stale_fill"][cid]).fill = YELLOW
                for j in range(ncols):
                    c = ws.cell(r, 3 + j)
                    if j == pick_idx or (both and j in both):
                        c.value = chosen
                        if fill is not None and not (s.get("stale_fill") and cid in s["stale_fill"]):
                            c.fill = fill
                    elif other is not None:
                        c.value = other
                    c.alignment = CENTER
                    cs.append(c.coordinate)
                return cs

            if kind == "doc":
                idx = {"have": 0, "no": 1, "dev": 2, "both": 0}[val]
                cs = put_marks(idx, 3, both=[0, 1] if val == "both" else False)
                if val == "both":
                    excluded.append({"file": fname, "criterion": cid, "cells": cs[:2],
                                     "why": "marks in both «Имеется» and «Отсутствует»: contradictory, left out"})
                elif not is_decoy:
                    rec(cid, cs[idx], 1 if idx == 0 else 0, "mark",
                        header=ws.cell(head_row, 3 + idx).coordinate, others=[c for k, c in enumerate(cs) if k != idx])
                give_link = val == "have"
            elif kind == "yn":
                idx = 0 if val else 1
                put_marks(idx, 2)
                give_link = bool(val)
            elif kind == "ynq":
                yes, n = val
                idx = 0 if yes else 1
                cs = put_marks(idx, 2)
                cc = ws.cell(r, count_col)
                if n is not None:
                    cc.value = n
                    rec(cid, cc.coordinate, n, "number")
                else:
                    assert not yes
                    rec(cid, cs[idx], 0, "mark", header=ws.cell(head_row, 3 + idx).coordinate,
                        others=[cs[1 - idx]], empty=[cc.coordinate])
                give_link = yes
            elif kind == "q":
                c = ws.cell(r, count_col, val)
                rec(cid, c.coordinate, val, "number")
                give_link = True
            elif kind == "text":
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=count_col)
                if val:
                    c = ws.cell(r, 3, val)
                    c.alignment = WRAP
                    rec(cid, c.coordinate, val, "text")
            elif kind == "ctext":
                if val:
                    c = ws.cell(r, 3, val)
                    c.alignment = WRAP
                    rec(cid, c.coordinate, val, "text")
            elif kind == "form":
                on, n = val
                idx = 0 if on else 1
                cs = put_marks(idx, 2)
                cc = ws.cell(r, count_col)
                if n is not None:
                    cc.value = n
                    rec(cid, cc.coordinate, n, "number")
                else:
                    rec(cid, cs[idx], 0, "mark", header=ws.cell(head_row, 3 + idx).coordinate,
                        others=[cs[1 - idx]], empty=[cc.coordinate])
                give_link = on
            elif kind == "total":
                c = ws.cell(r, count_col, val)
                c.font = BOLD
                rec(cid, c.coordinate, val, "number")
            elif kind == "cnt":
                c = ws.cell(r, 3, val)
                if not is_decoy:
                    rec(cid, c.coordinate, val, "number")
                give_link = val not in (0, None)
            elif kind == "share":
                num, den = {"share_mentees_10_19": ("mentees_10_19", "students_10_19"),
                            "share_mentors_15_19": ("mentors_15_19", "students_15_19")}[cid]
                frac = round(v[num] / v[den], 4)
                pct = round(v[num] / v[den] * 100, 2)
                if s["share_mode"] == "percent_fmt":
                    c = ws.cell(r, 3, frac)
                    c.number_format = "0.00%"
                    rec(cid, c.coordinate, round(frac * 100, 2), "percent_fmt")
                else:
                    c = ws.cell(r, 3, pct)
                    c.number_format = "0.00"
                    rec(cid, c.coordinate, pct, "number")
            elif kind == "sat":
                exact, band = val
                cs = put_marks(band, 4)
                if exact is not None:
                    c = ws.cell(r, exact_col)
                    if s["sat_mode"] == "percent_fmt":
                        c.value = round(exact / 100, 4)
                        c.number_format = "0.0%"
                        rec(cid, c.coordinate, exact, "percent_fmt")
                    elif s["sat_mode"] == "mixed_text" and isinstance(exact, float):
                        c.value = str(exact).replace(".", ",")
                        rec(cid, c.coordinate, exact, "number_text")
                    else:
                        c.value = exact
                        rec(cid, c.coordinate, exact, "number")
                    give_link = True
                else:
                    excluded.append({"file": fname, "criterion": cid, "cells": [cs[band]],
                                     "why": f"only a band is marked («{ws.cell(head_row, 3 + band).value}»), "
                                            "no exact per cent: left out"})
                    give_link = False
            # link
            if give_link and cid in SLUG and cid not in NO_LINK and not (s["key"] == "F" and cid == "satisfaction_mentors"):
                url = link_for(cid)
                lc = ws.cell(r, link_col, url)
                if not is_decoy:
                    exp["links"][cid] = url
                    cells.append({"file": fname, "sheet": s["sheet"], "cell": lc.coordinate, "criterion": cid,
                                  "kind": "link", "expected": url, "how": "text"})
            if has_notes and cid in s["notes"]:
                ws.cell(r, note_col, s["notes"][cid])
            for c in range(1, last + 1):
                cell = ws.cell(r, c)
                cell.border = BOX
                if c == 2 or c >= link_col:
                    cell.alignment = WRAP
                elif cell.alignment.horizontal is None:
                    cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            r += 1
        r += 1

    r += 1
    ws.cell(r, 2, "Руководитель ОО ____________________ / подпись /")
    ws.cell(r + 1, 2, "Дата заполнения: 05.12.2024")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 62
    for c in range(3, 12):
        ws.column_dimensions[get_column_letter(c)].width = 16
    ws.freeze_panes = None
    path = os.path.join(HERE, fname)
    wb.save(path)
    return exp, cells, excluded, org_cell


def main():
    os.makedirs(TYPED, exist_ok=True)
    expected, cells, excluded, orgs = [], [], [], []
    for s in SCHOOLS:
        e, c, x, oc = build(s)
        expected.append(e)
        cells.extend(c)
        excluded.extend(x)
        orgs.append({"file": s["file"], "sheet": s["sheet"], "cell": oc, "expected": s["org"]})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"organisation_cells": orgs, "cells": cells, "excluded": excluded,
                   "resaved_with_libreoffice": [],
                   "mark_tokens": ["X", "x", CYR_X, "✓", "V", "+", "1"], "non_mark_tokens": [DASH, "-"]},
                  f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len(expected)} values={nv} links={nl} excluded={len(excluded)}")
    for e in expected:
        print(f"  {e['file']}: values={len(e['values'])} links={len(e['links'])}")


if __name__ == "__main__":
    main()
