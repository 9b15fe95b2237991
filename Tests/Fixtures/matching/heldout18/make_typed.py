#!/usr/bin/env python3
"""Held-out set 21: 2024 one-organisation forms of the mentoring monitoring (ЦМН) that reached the
methodologist as scanned / printed PDFs and were turned back into Excel by a PDF-to-Excel converter
(ABBYY FineReader, an online converter, copy-paste from a PDF viewer).

Writes typed/*.xlsx, expected.json and cells.json (cell positions used by selfcheck.py).
Deterministic: no randomness at all.
"""
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CATALOGUE = "/work/main/Templates/criteria.tsv"

NBSP = "\u00a0"
THIN = "\u2009"

# --------------------------------------------------------------------------------------------
# catalogue (ids, units, wordings) -- only for ids, units and the "no verbatim wording" assertion
# --------------------------------------------------------------------------------------------
CAT = {}
with open(CATALOGUE, encoding="utf-8") as fh:
    for r in csv.DictReader(fh, delimiter="\t"):
        CAT[r["id"]] = r
YESNO_KEYS = {k for k, r in CAT.items() if r["unit"] == "yesno" or r["aggregation"] == "count_yes"}
TEXT_KEYS = {k for k, r in CAT.items() if r["unit"] in ("list", "text")}


def _norm(s):
    s = s.replace("ё", "е").replace("Ё", "Е")
    s = re.sub(r"[\s\u00a0\u2009]+", " ", s).strip().casefold()
    return s.rstrip(" .:;,")


CAT_WORDINGS = set()
for r in CAT.values():
    for col in ("wording_2023", "wording_2024", "form_wording"):
        if r[col].strip():
            CAT_WORDINGS.add(_norm(r[col]))

# --------------------------------------------------------------------------------------------
# the municipal form template (as the municipality printed it for 2024; own wording and numbering)
# --------------------------------------------------------------------------------------------
SECTIONS = {
    1: "1. Нормативное обеспечение реализации целевой модели наставничества",
    2: "2. Организация процесса реализации ЦМН",
    3: "3. Персонализированные программы наставничества (ППН)",
    4: "4. Участие внешних организаций в программах наставничества",
    5: "5. Обучающиеся 10–19 лет в роли наставляемых",
    6: "6. Обучающиеся 15–19 лет в роли наставников",
    7: "7. Удовлетворённость участием в программах наставничества",
    8: "8. Педагоги и молодые специалисты в роли наставляемых",
    9: "9. Непрерывное профессиональное развитие педагогов",
    10: "10. Педагоги в роли наставников",
    11: "11. Стимулирование наставничества",
}

# (num, key, title). keys starting with "nc_" are rows that are no catalogue criterion
TEMPLATE = [
    ("H", 1, None),
    ("1.1", "nc_act", "Распорядительный акт ОО о внедрении ЦМН и назначении куратора (да/нет)"),
    ("1.2", "orgs_regulation_teachers", "Приказ об утверждении Положения о системе наставничества педагогических работников ОО (да/нет)"),
    ("1.3", "orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся (да/нет)"),
    ("1.4", "orgs_monitoring_order", "Приказ о проведении мониторинга реализации ЦМН в ОО (да/нет)"),
    ("1.5", "nc_roadmap", "Дорожная карта (план мероприятий) внедрения ЦМН на 2024 год (да/нет)"),
    ("H", 2, None),
    ("2.1", "curators_total", "Количество кураторов внедрения ЦМН в ОО, чел."),
    ("2.2", "agreements_edu_orgs", "Количество соглашений с другими образовательными организациями, направившими своих сотрудников в качестве наставников"),
    ("2.3", "agreements_enterprises", "Количество соглашений с предприятиями, направившими сотрудников-наставников"),
    ("2.4", "agreements_other_orgs", "Количество соглашений с иными организациями (любой формы собственности), направившими сотрудников-наставников"),
    ("2.5", "partner_list", "Наименования предприятий (организаций) – партнёров ОО по наставничеству"),
    ("2.6", "mentors_total", "Наставники ОО по приказу, всего чел."),
    ("2.7", "mentees_total", "Наставляемые ОО по приказу, всего чел."),
    ("2.8", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга ЦМН в ОО (да/нет)"),
    ("H", 3, None),
    ("3.1", "pp_total", "Количество ППН, всего"),
    ("3.2", "pp_pupil_pupil", "в т.ч. по форме «ученик – ученик»"),
    ("3.3", "pp_teacher_teacher", "по форме «учитель – учитель» / «педагог – педагог»"),
    ("3.4", "pp_student_student", "по форме «студент – студент»"),
    ("3.5", "pp_head_teacher", "по форме «руководитель – педагог»"),
    ("3.6", "pp_student_pupil", "по форме «студент – ученик»"),
    ("3.7", "pp_teacher_pupil", "по форме «учитель – ученик»"),
    ("3.8", "pp_other", "по иным формам (указать в примечании)"),
    ("H", 4, None),
    ("4.1", "external_edu_mentors", "Наставники из сторонних образовательных организаций (по приказу), чел."),
    ("4.2", "other_org_mentors", "Наставники из иных организаций, чел."),
    ("4.3", "enterprise_mentors", "Наставники – сотрудники предприятий, чел."),
    ("4.4", "nc_projects", "Совместные проекты с предприятиями (организациями)-партнёрами, кол-во"),
    ("H", 5, None),
    ("5.1", "students_10_19", "Численность обучающихся в возрасте 10–19 лет, всего"),
    ("5.2", "mentees_10_19", "Обучающиеся 10–19 лет, включённые в программы наставничества в качестве наставляемых, чел."),
    ("5.3", "mentees_risk", "из них: «группа риска»"),
    ("5.4", "mentees_gifted", "из них: одарённые дети (включённые в реестры)"),
    ("5.5", "mentees_disabled", "из них: дети с ОВЗ и дети-инвалиды"),
    ("5.6", "mentees_low_motivation", "из них: с низкой мотивацией к учёбе, неуспевающие"),
    ("5.7", "mentees_career", "из них: испытывающие затруднения в выборе образовательной траектории и будущей профессии"),
    ("5.8", "mentees_other_params", "из них: по иным основаниям"),
    ("5.9", "share_mentees_10_19", "Доля обучающихся 10–19 лет, вошедших в программы наставничества в качестве наставляемых, %"),
    ("H", 6, None),
    ("6.1", "students_15_19", "Численность обучающихся 15–19 лет, всего"),
    ("6.2", "nc_base15", "База наставников из числа обучающихся сформирована (да/нет)"),
    ("6.3", "mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу), чел."),
    ("6.4", "share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставника, %"),
    ("H", 7, None),
    ("7.1", "satisfaction_mentees", "Уровень удовлетворённости наставляемых (завершённые программы), %"),
    ("7.2", "satisfaction_mentors", "Уровень удовлетворённости наставников (завершённые программы), %"),
    ("H", 8, None),
    ("8.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО, всего"),
    ("8.2", "young_specialists_mentees", "из них участвуют в программах наставничества как наставляемые"),
    ("8.3", "teachers_other", "Педагоги ОО (без молодых специалистов), всего"),
    ("8.4", "teachers_other_mentees", "из них в роли наставляемых"),
    ("8.5", "share_young_specialists_mentees", "Доля молодых специалистов – наставляемых, %"),
    ("8.6", "share_teachers_mentees", "Доля педагогов – наставляемых (от всех педагогов ОО), %"),
    ("H", 9, None),
    ("9.1", "teachers_in_pp", "Педагоги, участвующие в утверждённых персонализированных программах наставничества, чел."),
    ("9.2", "kpk_trained", "Педагоги, обученные на КПК по наставничеству в 2024 году, чел."),
    ("9.3", "kpk_courses", "Наименование курсов (тема, организация, объём, год)"),
    ("9.4", "school_methodical_associations", "Методические объединения наставников в ОО, кол-во"),
    ("H", 10, None),
    ("10.1", "teachers_mentors", "Педагоги – наставники, чел."),
    ("10.2", "young_specialists_mentors", "Молодые специалисты – наставники, чел."),
    ("10.3", "share_teachers_mentors", "Доля педагогов – наставников, %"),
    ("10.4", "share_young_specialists_mentors", "Доля молодых специалистов – наставников, %"),
    ("H", 11, None),
    ("11.1", "pay_acts", "Локальные акты об оплате (материальном стимулировании) работы наставников, кол-во"),
    ("11.2", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, кол-во"),
    ("11.3", "nc_awards", "Педагоги-наставники, награждённые в 2024 году (грамоты, благодарности), чел."),
]
TITLE = {key: t for num, key, t in TEMPLATE if num != "H"}
NUM = {key: num for num, key, t in TEMPLATE if num != "H"}

# --------------------------------------------------------------------------------------------
# the organisations: true values (what a careful methodologist reads), links, decoy values
# --------------------------------------------------------------------------------------------
G14 = "https://shkola14verhnekamsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
L7 = "https://licey7verhnekamsk-r18.gosweb.gosuslugi.ru/netcat_files/32/75/"
MK = "https://shkolamaloklyuchevskaya-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
RD = "https://ciur.ru/vkm/vkm_cdtraduga/DocLib12/"
G3 = "https://gimnaziya3verhnekamsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"

ORGS = {
    "sosh14": dict(
        name="МБОУ «СОШ № 14 с углублённым изучением отдельных предметов»",
        truth=dict(
            nc_act=1, orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=1,
            curators_total=2, agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
            partner_list="ФГБОУ ВО «УдГУ»; БПОУ УР «Верхнекамский политехнический техникум»; АО «Верхнекамский машиностроительный завод»; АНО «Центр волонтёров «Доброе дело»",
            mentors_total=85, mentees_total=199, internal_monitoring_notes=1,
            pp_total=57, pp_pupil_pupil=22, pp_teacher_teacher=12, pp_student_student=None, pp_head_teacher=3,
            pp_student_pupil=2, pp_teacher_pupil=18, pp_other=None,
            external_edu_mentors=3, other_org_mentors=2, enterprise_mentors=1, nc_projects=2,
            students_10_19=742, mentees_10_19=164, mentees_risk=18, mentees_gifted=35, mentees_disabled=9,
            mentees_low_motivation=27, mentees_career=41, mentees_other_params=34, share_mentees_10_19=22.1,
            students_15_19=198, nc_base15=1, mentors_15_19=41, share_mentors_15_19=20.7,
            satisfaction_mentees=94.3, satisfaction_mentors=92.8,
            young_specialists=11, young_specialists_mentees=9, teachers_other=67, teachers_other_mentees=14,
            share_young_specialists_mentees=81.8, share_teachers_mentees=29.5,
            teachers_in_pp=33, kpk_trained=3,
            kpk_courses="«Наставничество: современный подход к персонализации образовательного процесса», АОУ ДПО УР ИРО, 36 ч., 2024 г.",
            school_methodical_associations=1,
            teachers_mentors=38, young_specialists_mentors=2, share_teachers_mentors=48.7, share_young_specialists_mentors=18.2,
            pay_acts=1, nonmaterial_acts=1, nc_awards=6,
        ),
        links=dict(
            orgs_regulation_teachers=G14 + "Prikaz_102_Polozhenie_nastavnichestvo_ped.pdf",
            orgs_regulation_students=G14 + "Prikaz_103_Polozhenie_nastavnichestvo_obuch.pdf",
            orgs_monitoring_order=G14 + "Prikaz_215_o_monitoringe_TsMN_2024.pdf",
            agreements_edu_orgs="https://disk.yandex.ru/d/Wb3nR8cQe1Lz5A",
            mentors_total=G14 + "Prikaz_118_o_zakreplenii_par_2024.pdf",
            mentees_total=G14 + "Prikaz_118_o_zakreplenii_par_2024.pdf",
            internal_monitoring_notes=G14 + "Spravka_vnutrenniy_monitoring_2024.pdf",
            pp_total="https://disk.yandex.ru/d/Qm7vKx2PpN4sTw",
            mentees_10_19=G14 + "Prikaz_118_o_zakreplenii_par_2024.pdf",
            mentors_15_19=G14 + "Prikaz_118_o_zakreplenii_par_2024.pdf",
            satisfaction_mentees="https://disk.yandex.ru/i/8fHs2LwZr0aKcQ",
            satisfaction_mentors="https://disk.yandex.ru/i/8fHs2LwZr0aKcQ",
            kpk_trained="https://disk.yandex.ru/i/t3YuV9aLp1mXeg",
            school_methodical_associations=G14 + "Prikaz_120_ShMO_nastavnikov.pdf",
            pay_acts=G14 + "Polozhenie_ob_oplate_truda_2024.pdf",
            nonmaterial_acts=G14 + "Polozhenie_o_nematerialnom_pooshchrenii.pdf",
        ),
    ),
    "licey7": dict(
        name="МАОУ «Лицей № 7»",
        truth=dict(
            nc_act=1, orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=1,
            curators_total=1, agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=None,
            partner_list="ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова», АОУ УР «РОЦОД», ООО «ТехноПарк-Верхнекамск»",
            mentors_total=60, mentees_total=251, internal_monitoring_notes=1,
            pp_total=79, pp_pupil_pupil=34, pp_teacher_teacher=12, pp_student_student=None, pp_head_teacher=2,
            pp_student_pupil=4, pp_teacher_pupil=26, pp_other=1,
            external_edu_mentors=4, other_org_mentors=None, enterprise_mentors=2, nc_projects=3,
            students_10_19=1034, mentees_10_19=212, mentees_risk=6, mentees_gifted=58, mentees_disabled=4,
            mentees_low_motivation=19, mentees_career=73, mentees_other_params=52, share_mentees_10_19=20.5,
            students_15_19=316, nc_base15=1, mentors_15_19=23, share_mentors_15_19=7.28,
            satisfaction_mentees=96.2, satisfaction_mentors=95,
            young_specialists=14, young_specialists_mentees=12, teachers_other=86, teachers_other_mentees=9,
            share_young_specialists_mentees=85.7, share_teachers_mentees=21,
            teachers_in_pp=28, kpk_trained=2,
            kpk_courses="«Реализация системы наставничества педагогических работников в образовательной организации», ФГАОУ ВО «Государственный университет просвещения», 36 ч., 2024 г.",
            school_methodical_associations=2,
            teachers_mentors=31, young_specialists_mentors=1, share_teachers_mentors=31, share_young_specialists_mentors=7.1,
            pay_acts=1, nonmaterial_acts=2, nc_awards=4,
        ),
        links=dict(
            orgs_regulation_teachers=L7 + "Prikaz_87-OD_Polozhenie_o_nastavnichestve.pdf",
            orgs_regulation_students=L7 + "Prikaz_87-OD_Polozhenie_o_nastavnichestve.pdf",
            orgs_monitoring_order=L7 + "Prikaz_161-OD_monitoring.pdf",
            agreements_edu_orgs="https://disk.yandex.ru/d/Vr2qTx8mN1cPzA",
            agreements_enterprises="https://disk.yandex.ru/i/p0Hs7LqWc2eXnA",
            mentors_total=L7 + "Prikaz_95-OD_nastavnicheskie_pary.pdf",
            mentees_total=L7 + "Prikaz_95-OD_nastavnicheskie_pary.pdf",
            internal_monitoring_notes=L7 + "Spravka_monitoring_TsMN_2024.pdf",
            mentees_10_19=L7 + "Prikaz_95-OD_nastavnicheskie_pary.pdf",
            mentors_15_19=L7 + "Prikaz_95-OD_nastavnicheskie_pary.pdf",
            satisfaction_mentees="https://disk.yandex.ru/d/Lc7aN2vR9kPqWg",
            satisfaction_mentors="https://disk.yandex.ru/d/Lc7aN2vR9kPqWg",
            kpk_trained="https://disk.yandex.ru/d/h5KpZr0Tq3eBvw",
            pay_acts=L7 + "Polozhenie_o_stimuliruyushchih_vyplatah.pdf",
            nonmaterial_acts=L7 + "Polozhenie_o_nematerialnom_stimulirovanii.pdf",
        ),
    ),
    "malokl": dict(
        name="Муниципальное бюджетное общеобразовательное учреждение «Малоключевская средняя общеобразовательная школа»",
        truth=dict(
            nc_act=1, orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=1,
            curators_total=1, agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=None,
            partner_list="МБОУ «Верхнекамская СОШ № 2»",
            mentors_total=14, mentees_total=40, internal_monitoring_notes=1,
            pp_total=14, pp_pupil_pupil=6, pp_teacher_teacher=3, pp_student_student=None, pp_head_teacher=1,
            pp_student_pupil=None, pp_teacher_pupil=4, pp_other=0,
            external_edu_mentors=1, other_org_mentors=None, enterprise_mentors=None, nc_projects=0,
            students_10_19=104, mentees_10_19=31, mentees_risk=5, mentees_gifted=3, mentees_disabled=4,
            mentees_low_motivation=10, mentees_career=9, mentees_other_params=0, share_mentees_10_19=29.8,
            students_15_19=23, nc_base15=1, mentors_15_19=6, share_mentors_15_19=26.1,
            satisfaction_mentees=91, satisfaction_mentors=88.5,
            young_specialists=2, young_specialists_mentees=2, teachers_other=19, teachers_other_mentees=3,
            share_young_specialists_mentees=100, share_teachers_mentees=23.8,
            teachers_in_pp=8, kpk_trained=1,
            kpk_courses="«Организация сопровождения наставничества в образовательных организациях», АОУ ДПО УР ИРО, 24 ч., 2024",
            school_methodical_associations=0,
            teachers_mentors=7, young_specialists_mentors=0, share_teachers_mentors=33.3, share_young_specialists_mentors=0,
            pay_acts=0, nonmaterial_acts=1, nc_awards=2,
        ),
        links=dict(
            orgs_regulation_teachers=MK + "Prikaz_37_nastavnichestvo.pdf",
            orgs_regulation_students=MK + "Prikaz_37_nastavnichestvo.pdf",
            orgs_monitoring_order=MK + "Prikaz_64_monitoring_TsMN.pdf",
            mentors_total=MK + "Prikaz_41_pary_2024.pdf",
            mentees_total=MK + "Prikaz_41_pary_2024.pdf",
            internal_monitoring_notes=MK + "Spravka_TsMN_2024.pdf",
        ),
    ),
    "raduga": dict(
        name="МБУ ДО «Центр детского творчества «Радуга»»",
        truth=dict(
            nc_act=1, orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=0,
            curators_total=1, agreements_edu_orgs=1, agreements_enterprises=None, agreements_other_orgs=1,
            partner_list="БПОУ УР «Верхнекамский колледж культуры», АНО «Клуб юных техников «Импульс»",
            mentors_total=28, mentees_total=66, internal_monitoring_notes=1,
            pp_total=25, pp_pupil_pupil=9, pp_teacher_teacher=6, pp_student_student=None, pp_head_teacher=1,
            pp_student_pupil=2, pp_teacher_pupil=7, pp_other=0,
            external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=None, nc_projects=1,
            students_10_19=612, mentees_10_19=48, mentees_risk=4, mentees_gifted=21, mentees_disabled=3,
            mentees_low_motivation=None, mentees_career=12, mentees_other_params=8, share_mentees_10_19=7.8,
            students_15_19=143, nc_base15=1, mentors_15_19=11, share_mentors_15_19=7.7,
            satisfaction_mentees=96.4, satisfaction_mentors=93,
            young_specialists=6, young_specialists_mentees=5, teachers_other=52, teachers_other_mentees=4,
            share_young_specialists_mentees=83.3, share_teachers_mentees=15.5,
            teachers_in_pp=13, kpk_trained=2,
            kpk_courses="«Целевая модель наставничества в дополнительном образовании детей: организационные, методологические и технологические основы», АОУ УР РОЦОД, 36 ч., 2024",
            school_methodical_associations=1,
            teachers_mentors=14, young_specialists_mentors=None, share_teachers_mentors=24.1, share_young_specialists_mentors=None,
            pay_acts=0, nonmaterial_acts=1, nc_awards=3,
        ),
        links=dict(
            orgs_regulation_teachers=RD + "Prikaz_56_nastavnichestvo_2024.pdf",
            orgs_regulation_students=RD + "Prikaz_56_nastavnichestvo_2024.pdf",
            orgs_monitoring_order=RD + "Prikaz_88_monitoring_2024.pdf",
            mentors_total=RD + "Prikaz_61_nastavnicheskie_pary.pdf",
            mentees_total=RD + "Prikaz_61_nastavnicheskie_pary.pdf",
            internal_monitoring_notes=RD + "Spravka_vnutr_monitoring_2024.pdf",
            kpk_trained=RD + "Udostovereniya_KPK_2024.pdf",
        ),
    ),
    "gimn3": dict(
        name="МБОУ «Гимназия № 3»",
        truth=dict(
            nc_act=1, orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, nc_roadmap=1,
            curators_total=1, agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=None,
            partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ООО «Верхнекамскнефть»",
            agreement_subjects="Наставническая поддержка обучающихся 9–11 классов по форме «студент – ученик», профориентационные пробы на базе партнёров",
            mentors_total=42, mentees_total=108, internal_monitoring_notes=1,
            pp_total=33, pp_pupil_pupil=14, pp_teacher_teacher=6, pp_student_student=None, pp_head_teacher=None,
            pp_student_pupil=2, pp_teacher_pupil=9, pp_other=2,
            external_edu_mentors=2, other_org_mentors=None, enterprise_mentors=1, nc_projects=2,
            students_10_19=498, mentees_10_19=87, mentees_risk=3, mentees_gifted=40, mentees_disabled=2,
            mentees_low_motivation=8, mentees_career=22, mentees_other_params=12, share_mentees_10_19=17.5,
            students_15_19=121, nc_base15=1, mentors_15_19=19, share_mentors_15_19=15.7,
            satisfaction_mentees=89.6, satisfaction_mentors=91.2,
            young_specialists=5, young_specialists_mentees=5, teachers_other=48, teachers_other_mentees=6,
            share_young_specialists_mentees=100, share_teachers_mentees=20.8,
            teachers_in_pp=12, kpk_trained=0, kpk_courses=None,
            school_methodical_associations=1,
            teachers_mentors=20, young_specialists_mentors=None, share_teachers_mentors=37.7, share_young_specialists_mentors=None,
            pay_acts=1, nonmaterial_acts=1, nc_awards=5,
        ),
        links=dict(
            orgs_regulation_teachers=G3 + "Prikaz_74-o_Polozhenie_nastavnichestvo.pdf",
            orgs_regulation_students=G3 + "Prikaz_74-o_Polozhenie_nastavnichestvo.pdf",
            orgs_monitoring_order=G3 + "Prikaz_190-o_monitoring_TsMN.pdf",
            agreements_edu_orgs=G3 + "Dogovor_UdGU_2024.pdf",
            agreements_enterprises=G3 + "Dogovor_Verhnekamskneft_2024.pdf",
            mentors_total=G3 + "Prikaz_81-o_nastavnicheskie_pary_2024.pdf",
            mentees_total=G3 + "Prikaz_81-o_nastavnicheskie_pary_2024.pdf",
            internal_monitoring_notes=G3 + "Spravka_monitoring_2024.pdf",
            pp_total="https://disk.yandex.ru/d/G3ppn2024xQwT7",
            mentees_10_19=G3 + "Prikaz_81-o_nastavnicheskie_pary_2024.pdf",
            mentors_15_19=G3 + "Prikaz_81-o_nastavnicheskie_pary_2024.pdf",
            satisfaction_mentees="https://disk.yandex.ru/i/Zk4mWq8Rt2nLsA",
            satisfaction_mentors="https://disk.yandex.ru/i/Zk4mWq8Rt2nLsA",
            school_methodical_associations=G3 + "Prikaz_83-o_MO_nastavnikov.pdf",
            pay_acts=G3 + "Polozhenie_o_stimuliruyushchih_vyplatah_2024.pdf",
            nonmaterial_acts=G3 + "Polozhenie_o_moralnom_pooshchrenii.pdf",
        ),
    ),
}


def check_consistency():
    forms = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
             "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
            "mentees_career", "mentees_other_params"]
    for k, o in ORGS.items():
        t = {a: (b or 0) if not isinstance(b, str) else b for a, b in o["truth"].items()}
        assert t["pp_total"] == sum(t[f] for f in forms), k
        assert sum(t[c] for c in cats) <= t["mentees_10_19"] <= t["students_10_19"], k
        assert t["mentors_15_19"] <= t["students_15_19"] <= t["students_10_19"], k
        assert t["young_specialists_mentees"] <= t["young_specialists"], k
        assert t["teachers_other_mentees"] <= t["teachers_other"], k
        assert t["young_specialists_mentors"] <= t["young_specialists"], k
        teachers = t["teachers_other"] + t["young_specialists"]
        assert t["teachers_mentors"] + t["young_specialists_mentors"] <= teachers
        assert t["teachers_in_pp"] <= teachers
        comp = t["teachers_mentors"] + t["mentors_15_19"] + t["external_edu_mentors"] + t["other_org_mentors"] + t["enterprise_mentors"]
        assert t["mentors_total"] >= comp, (k, comp)
        assert t["mentees_total"] >= t["mentees_10_19"] + t["young_specialists_mentees"] + t["teachers_other_mentees"], k

        def ratio(p, w, nd=1):
            return round(100.0 * p / w, nd)
        nd = 2 if k == "licey7" else 1
        assert abs(t["share_mentees_10_19"] - ratio(t["mentees_10_19"], t["students_10_19"])) < 1e-9, k
        assert abs(t["share_mentors_15_19"] - ratio(t["mentors_15_19"], t["students_15_19"], nd)) < 1e-9, k
        assert abs(t["share_young_specialists_mentees"] - ratio(t["young_specialists_mentees"], t["young_specialists"])) < 1e-9, k
        assert abs(t["share_teachers_mentees"] - ratio(t["young_specialists_mentees"] + t["teachers_other_mentees"], teachers)) < 1e-9, k
        assert abs(t["share_teachers_mentors"] - ratio(t["teachers_mentors"], teachers)) < 1e-9, k
        assert abs(t["share_young_specialists_mentors"] - ratio(t["young_specialists_mentors"], t["young_specialists"])) < 1e-9, k
        for s in ("satisfaction_mentees", "satisfaction_mentors"):
            assert 0 < t[s] <= 100


# --------------------------------------------------------------------------------------------
# recording of expected values and of the cells that hold them
# --------------------------------------------------------------------------------------------
class Rec:
    def __init__(self, file, org_key):
        self.file = file
        self.org = ORGS[org_key]
        self.values, self.vcells = {}, {}
        self.links, self.lcells = {}, {}
        self.not_criteria, self.headings = [], []
        self.rejected = {}
        self.titles = []  # every row title / fragment written (for the verbatim assertion)

    def entry(self):
        e = {"file": "typed/" + self.file, "year": 2024, "organisation": self.org["name"],
             "values": self.values, "links": self.links,
             "not_criteria": self.not_criteria, "headings": self.headings}
        return e

    def cells(self):
        return {"file": "typed/" + self.file, "values": self.vcells, "links": self.lcells,
                "rejected": self.rejected}


# --------------------------------------------------------------------------------------------
# a small sheet writer
# --------------------------------------------------------------------------------------------
def ci(col):
    return column_index_from_string(col)


class Book:
    def __init__(self, rec, font="Times New Roman"):
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.rec = rec
        self.font = font
        self.ws = None
        self.r = 1

    def sheet(self, name, widths=None):
        self.ws = self.wb.create_sheet(name)
        self.r = 1
        for col, w in (widths or {}).items():
            self.ws.column_dimensions[col].width = w
        return self.ws

    def put(self, col, row, val, bold=False, size=10, wrap=True, fmt=None, border=False, align=None, link=None,
            italic=False):
        c = self.ws.cell(row=row, column=ci(col), value=val)
        c.font = Font(name=self.font, size=size, bold=bold, italic=italic)
        c.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal=align)
        if fmt:
            c.number_format = fmt
        if border:
            s = Side(style="thin")
            c.border = Border(left=s, right=s, top=s, bottom=s)
        if link:
            c.hyperlink = link
        return c

    def merge(self, c1, r1, c2, r2):
        if (c1, r1) != (c2, r2):
            self.ws.merge_cells(start_row=r1, start_column=ci(c1), end_row=r2, end_column=ci(c2))

    def where(self, col, row):
        return [self.ws.title, f"{col}{row}"]


def joined(parts):
    out = ""
    for p in parts:
        p = p.strip()
        if not out:
            out = p
        elif out.endswith("-") and p[:1].islower():
            out = out[:-1] + p
        else:
            out = out + " " + p
    return out


def flat(s):
    """a title as it reads once in-cell line breaks (and hyphenation at them) are undone"""
    return joined(s.split("\n"))


# --------------------------------------------------------------------------------------------
# one logical row of the form, written over one or more physical rows
# --------------------------------------------------------------------------------------------
def emit_row(bk, cm, sp, brk=None):
    """cm: column map {num,title,title_to,value,link,unit,plan}; sp: row spec.
    sp keys: num, key, parts, disp (None: empty), value_on (index / 'first' / 'last'), link (text or
    list of fragments per physical row), link_hl (display, target), unit, plan, merge_v (rows),
    break_before (index of the part that starts on the next page; brk() writes the page change and
    returns the new column map), style ('grid' or 'viewer'), glued, numfmt, value_merge_to."""
    rec = bk.rec
    key = sp["key"]
    parts = sp["parts"]
    n = len(parts)
    vo = sp.get("value_on", "first")
    vpos = 0 if vo == "first" else (n - 1 if vo == "last" else vo)
    lfr = sp.get("link")
    if isinstance(lfr, str) or lfr is None:
        lfr = [lfr]
    lpos = sp.get("link_on", vpos if sp.get("link_with_value", True) else 0)
    # link fragments: placed on consecutive physical rows starting at lpos
    lmap = {lpos + i: f for i, f in enumerate(lfr) if f is not None}
    style = sp.get("style", "grid")
    vcell, lcells = None, []
    mv = sp.get("merge_v", 1)
    for i, p in enumerate(parts):
        if brk is not None and sp.get("break_before") == i:
            cm = brk()
        r = bk.r
        if style == "viewer":
            fields = []
            if i == 0:
                fields.append(("num", sp.get("numcell", sp.get("num"))))
            if sp.get("glued") and i == vpos:
                fields.append(("title", p + " " + str(sp["disp"])))
            else:
                fields.append(("title", p))
                if i == vpos and sp.get("disp") is not None:
                    fields.append(("value", sp["disp"]))
            if i in lmap:
                fields.append(("link", lmap[i]))
            cols = "ABCDEFG"
            for j, (kind, v) in enumerate(fields):
                col = cols[j]
                fmt = None
                if kind == "num" and isinstance(v, datetime.datetime):
                    fmt = "dd.mmm"
                if kind == "value" and sp.get("numfmt"):
                    fmt = sp["numfmt"]
                if v is None or v == "":
                    continue
                bk.put(col, r, v, fmt=fmt, wrap=False)
                if kind == "value" or (kind == "title" and sp.get("glued") and i == vpos):
                    vcell = bk.where(col, r)
                if kind == "link":
                    lcells.append(bk.where(col, r))
            bk.r += 1
            continue
        # grid (ABBYY / online converter)
        if i == 0 and sp.get("num") is not None:
            bk.put(cm["num"], r, sp.get("numcell", sp["num"]), border=True)
        bk.put(cm["title"], r, p, border=True)
        if cm.get("title_to"):
            bk.merge(cm["title"], r, cm["title_to"], r + mv - 1)
        elif mv > 1:
            bk.merge(cm["title"], r, cm["title"], r + mv - 1)
        if i == 0 and cm.get("unit") and sp.get("unit"):
            bk.put(cm["unit"], r, sp["unit"], border=True, align="center")
            bk.merge(cm["unit"], r, cm["unit"], r + mv - 1)
        if i == 0 and cm.get("plan") and sp.get("plan") is not None:
            bk.put(cm["plan"], r, sp["plan"], border=True, align="center")
            bk.merge(cm["plan"], r, cm["plan"], r + mv - 1)
        if i == vpos and sp.get("disp") is not None:
            vcol = cm["value"]
            if sp.get("value_in_plan_col") and cm.get("plan"):
                vcol = cm["plan"]
            bk.put(vcol, r, sp["disp"], border=True, fmt=sp.get("numfmt"), align="center" if not isinstance(sp["disp"], str) or len(sp["disp"]) < 12 else None)
            vcell = bk.where(vcol, r)
            if sp.get("value_merge_to"):
                bk.merge(vcol, r, sp["value_merge_to"], r + mv - 1)
            elif mv > 1:
                bk.merge(vcol, r, vcol, r + mv - 1)
        if i in lmap:
            if sp.get("link_hl"):
                disp, target = sp["link_hl"]
                bk.put(cm["link"], r, disp, border=True, link=target)
            else:
                bk.put(cm["link"], r, lmap[i], border=True)
            lcells.append(bk.where(cm["link"], r))
            if mv > 1:
                bk.merge(cm["link"], r, cm["link"], r + mv - 1)
        bk.r += mv
    # ---- record ----
    title = sp.get("title_joined") or joined([flat(p) for p in parts])
    rec.titles.append(title)
    rec.titles.extend(flat(p) for p in parts)
    if key.startswith("nc_"):
        rec.not_criteria.append(title)
        return cm
    assert key in CAT, key
    truth = rec.org["truth"].get(key)
    if sp.get("rejected"):
        assert vcell is not None
        rec.rejected[key] = {"cell": vcell, "why": sp["rejected"]}
        return cm
    if sp.get("disp") is None:
        return cm
    assert truth is not None, (key, sp.get("disp"))
    kind = "yesno" if key in YESNO_KEYS else ("text" if key in TEXT_KEYS else "num")
    if sp.get("glued"):
        kind = "tail_num"
    rec.values[key] = truth
    rec.vcells[key] = {"cells": [vcell], "kind": kind}
    if any(f for f in lfr) and key in rec.org["links"]:
        url = rec.org["links"][key]
        rec.links[key] = url
        rec.lcells[key] = {"cells": lcells, "kind": "hyperlink" if sp.get("link_hl") else "text"}
    return cm


def heading(bk, cm, text, merge_to=None, style="grid"):
    r = bk.r
    col = "A" if style == "viewer" else cm.get("head", cm["num"])
    bk.put(col, r, text, bold=style != "viewer", wrap=style != "viewer")
    if merge_to:
        bk.merge(col, r, merge_to, r)
    bk.rec.headings.append(text)
    bk.rec.titles.append(text)
    bk.r += 1


def yn(v, yes="Да", no="Нет"):
    return yes if v == 1 else no


def dec(v, nd=1, pct=False, sep=","):
    s = f"{v:.{nd}f}".replace(".", sep) if isinstance(v, float) and v != int(v) else str(int(v))
    return s + (" %" if pct else "")


def std_specs(org_key, ov, disp_fn, style="grid"):
    """the template rows of one organisation, with per-row overrides"""
    o = ORGS[org_key]
    items = []
    for num, key, title in TEMPLATE:
        if num == "H":
            items.append(("H", SECTIONS[key]))
            continue
        t = o["truth"].get(key)
        sp = dict(num=num, key=key, parts=[title], style=style)
        sp["disp"] = None if t is None else disp_fn(key, t)
        if key in o["links"] and t is not None:
            sp["link"] = o["links"][key]
        sp.update(ov.get(key, {}))
        items.append(("R", sp))
    return items


# ============================================================================================
# FILE 1: МБОУ «СОШ № 14 …» — ABBYY FineReader, one sheet, 4 pages, columns shift on page 2
# ============================================================================================
def file1():
    fname = "СОШ14_мониторинг_ЦМН_2024_FineReader.xlsx"
    rec = Rec(fname, "sosh14")
    bk = Book(rec)
    bk.sheet("Лист1", {"A": 2.5, "B": 6, "C": 44, "D": 14, "E": 7, "F": 11, "G": 30, "H": 30})
    o = ORGS["sosh14"]

    def disp(key, v):
        if key in YESNO_KEYS or key.startswith("nc_") and key in ("nc_act", "nc_roadmap", "nc_base15"):
            return yn(v)
        if isinstance(v, str):
            return v
        if isinstance(v, float):
            return v  # FineReader turned most decimals into numbers
        return v

    ov = {
        "agreements_edu_orgs": dict(parts=["Количество соглашений с другими образовательными организациями,\nнаправившими своих сотрудников в качестве наставников"]),
        "agreements_other_orgs": dict(disp="l/", rejected="OCR garbage «l/» (tick or smudge) — no digit can be read"),
        "orgs_monitoring_order": dict(link=G14 + " Prikaz_215_o_monitoringe_TsMN_2024.pdf"),
        "mentees_total": dict(disp="19 9"),
        "pp_teacher_teacher": dict(disp="12"),
        "mentees_career": dict(parts=["из них: испытывающие затруднения в выборе образовательной", "траектории и будущей профессии"],
                               value_on="last", break_before=1),
        "share_mentees_10_19": dict(disp="22,1 %", parts=["Доля обучающихся 10–19 лет, вошедших в программы\nнаставничества в качестве наставляемых, %"]),
        "satisfaction_mentees": dict(disp="94,3%"),
        "teachers_other": dict(disp="6 7"),
        "teachers_in_pp": dict(parts=["Педагоги, участвующие в утверждённых персонализированных\nпрограммах наставничества, чел."]),
        "share_young_specialists_mentees": dict(disp="81,8"),
        "pay_acts": dict(parts=["Локальные акты об оплате (материальном стимулировании) работы\nнаставников, кол-во"]),
    }
    items = std_specs("sosh14", ov, disp)

    P1 = dict(num="B", title="C", title_to="D", value="F", link="G")
    P2 = dict(num="B", title="C", value="G", link="H")
    P3 = dict(num="B", title="C", title_to="D", value="F", link="G")
    P4 = dict(num="B", title="C", value="E", link="F")
    page_no = [1]

    def header(cm):
        r = bk.r
        bk.put(cm["num"], r, "№ п/п", bold=True, border=True, align="center")
        bk.put(cm["title"], r, "Наименование показателя (критерия)", bold=True, border=True, align="center")
        if cm.get("title_to"):
            bk.merge(cm["title"], r, cm["title_to"], r)
        bk.put(cm["value"], r, "Значение", bold=True, border=True, align="center")
        bk.put(cm["link"], r, "Источник информации (ссылка на документ)", bold=True, border=True, align="center")
        r += 1
        bk.put(cm["num"], r, 1, border=True, align="center")
        bk.put(cm["title"], r, 2, border=True, align="center")
        if cm.get("title_to"):
            bk.merge(cm["title"], r, cm["title_to"], r)
        bk.put(cm["value"], r, 3, border=True, align="center")
        bk.put(cm["link"], r, 4, border=True, align="center")
        bk.r = r + 1

    def footer():
        bk.r += 1
        bk.put("B", bk.r, "Дата печати: 29.10.2024 11:47", size=8, wrap=False)
        bk.put("G", bk.r, f"Страница {page_no[0]} из 4", size=8, wrap=False)
        bk.r += 2

    def running_header():
        bk.put("B", bk.r, "Мониторинг ЦМН – 2024 – " + o["name"], size=8, italic=True, wrap=False)
        bk.merge("B", bk.r, "H", bk.r)
        bk.r += 2

    def new_page(cm_next):
        footer()
        page_no[0] += 1
        running_header()
        header(cm_next)
        return cm_next

    # title
    bk.put("B", 1, "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся", bold=True, size=12, align="center")
    bk.merge("B", 1, "G", 1)
    bk.put("B", 2, "Отчётная форма образовательной организации за 2024 год", size=12, align="center")
    bk.merge("B", 2, "G", 2)
    bk.put("C", 3, "МБОУ «СОШ № 14 с углублённым", bold=True, size=12, align="right")
    bk.put("C", 4, "изучением отдельных предметов»", bold=True, size=12, align="right")
    bk.put("B", 5, "Муниципальный округ Верхнекамский район Удмуртской Республики", size=10, align="center")
    bk.merge("B", 5, "G", 5)
    bk.r = 7
    header(P1)
    cm = P1
    for kind, it in items:
        if kind == "H":
            heading(bk, cm, it, merge_to=cm["link"])
            continue
        sp = it
        if sp["key"] == "pp_head_teacher":
            cm = new_page(P2)
        elif sp["key"] == "teachers_in_pp":
            cm = new_page(P4)
        brk = None
        if sp["key"] == "mentees_career":
            def brk():
                return new_page(P3)
        cm = emit_row(bk, cm, sp, brk)  # heading 9 stays alone at the foot of page 3
    # signatures
    bk.r += 1
    bk.put("C", bk.r, "Директор ______________ И.В. Кострова", wrap=False)
    bk.r += 1
    bk.put("C", bk.r, "Куратор ЦМН: Шутова Л.Н., тел. 8 (34145) 2-14-56", wrap=False)
    bk.r += 1
    footer()
    return bk, rec


# ============================================================================================
# FILE 2: МАОУ «Лицей № 7» — online converter, one sheet per PDF page («Page 1..3»),
# wrapped lines as separate rows, numbers as text with odd spaces, real hyperlinks
# ============================================================================================
def file2():
    fname = "Лицей7_ЦМН_2024 (converted).xlsx"
    rec = Rec(fname, "licey7")
    bk = Book(rec, font="Arial")
    o = ORGS["licey7"]

    def disp(key, v):
        if key in YESNO_KEYS or key in ("nc_act", "nc_roadmap", "nc_base15"):
            return yn(v, "да", "нет")
        if isinstance(v, str):
            return v
        if key.startswith("share_") or key.startswith("satisfaction"):
            return dec(v, pct=True)
        return str(v)

    HL = {
        "orgs_regulation_teachers": "Приказ № 87-ОД от 29.08.2024",
        "orgs_regulation_students": "Приказ № 87-ОД от 29.08.2024",
        "orgs_monitoring_order": "Приказ № 161-ОД от 01.10.2024",
        "agreements_edu_orgs": "Договоры (2)",
        "agreements_enterprises": "Договор с ООО «ТехноПарк-Верхнекамск»",
        "mentors_total": "Приказ № 95-ОД",
        "mentees_total": "Приказ № 95-ОД",
        "internal_monitoring_notes": "Справка",
        "mentees_10_19": "ссылка",
        "mentors_15_19": "ссылка",
        "satisfaction_mentees": "Результаты анкетирования",
        "satisfaction_mentors": "Результаты анкетирования",
        "kpk_trained": "Удостоверения",
        "pay_acts": "Положение об оплате",
        "nonmaterial_acts": "Положение о поощрении",
    }
    ov = {k: dict(link_hl=(d, o["links"][k])) for k, d in HL.items()}

    def add(k, **kw):
        ov.setdefault(k, {}).update(kw)

    add("orgs_regulation_teachers", parts=["Приказ об утверждении Положения о системе", "наставничества педагогических работников ОО", "(да/нет)"], value_on="first")
    add("agreements_edu_orgs", parts=["Количество соглашений с другими образовательными", "организациями, направившими своих сотрудников в", "качестве наставников"], value_on="last")
    add("agreements_enterprises", parts=["Количество соглашений с предприятиями, направившими", "сотрудников-наставников"], value_on="first")
    add("agreements_other_orgs", parts=["Количество соглашений с иными организациями (любой", "формы собственности), направившими сотрудников-", "наставников"])
    add("partner_list", parts=["Наименования предприятий (организаций) – партнёров ОО", "по наставничеству"], value_on="first")
    add("mentees_total", disp="2 51")
    add("internal_monitoring_notes", parts=["Справка по итогам внутреннего мониторинга ЦМН в", "ОО (да/нет)"], value_on="last")
    add("pp_teacher_teacher", disp="1 2")
    add("pp_other", parts=["по иным формам (указать в примечании)", "(«работодатель – ученик»)"], value_on="first",
        title_joined="по иным формам (указать в примечании) («работодатель – ученик»)")
    add("external_edu_mentors", parts=["Наставники из сторонних образовательных организаций", "(по приказу), чел."], value_on="last")
    add("students_10_19", disp=NBSP.join(["1", "034"]))
    add("mentees_10_19", parts=["Обучающиеся 10–19 лет, включённые в программы", "наставничества в качестве наставляемых, чел."], value_on="first")
    add("mentees_career", parts=["из них: испытывающие затруднения в выборе", "образовательной траектории и будущей", "профессии"], value_on="last")
    add("share_mentees_10_19", parts=["Доля обучающихся 10–19 лет, вошедших в программы", "наставничества в качестве наставляемых, %"], value_on="last", disp="20,5 %")
    add("share_mentors_15_19", disp="7, 28 %")
    add("satisfaction_mentors", disp="95 %")
    add("young_specialists", parts=["Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО,", "всего"], value_on="last")
    add("young_specialists_mentees", parts=["из них участвуют в программах наставничества как", "наставляемые"], value_on="first")
    add("share_young_specialists_mentees", disp="85,7%")
    add("share_teachers_mentees", parts=["Доля педагогов – наставляемых (от всех педагогов", "ОО), %"], value_on="first", disp="21 %")
    add("teachers_in_pp", parts=["Педагоги, участвующие в утверждённых", "персонализированных программах", "наставничества, чел."], value_on="last", break_before=2)
    add("kpk_trained", parts=["Педагоги, обученные на КПК по наставничеству в", "2024 году, чел."], value_on="first")
    add("share_teachers_mentors", disp="31 %")
    add("share_young_specialists_mentors", disp="7,1 %")
    add("pay_acts", parts=["Локальные акты об оплате (материальном", "стимулировании) работы наставников, кол-во"], value_on="last")
    add("nonmaterial_acts", parts=["Локальные акты о нематериальном поощрении", "наставников, кол-во"], value_on="first")
    add("nc_awards", parts=["Педагоги-наставники, награждённые в 2024 году", "(грамоты, благодарности), чел."])
    items = std_specs("licey7", ov, disp)

    P1 = dict(num="A", title="B", value="D", link="E")
    P2 = dict(num="A", title="B", value="C", link="D")
    P3 = dict(num="A", title="B", value="E", link="F")
    widths1 = {"A": 6, "B": 52, "C": 2, "D": 12, "E": 34}
    widths2 = {"A": 6, "B": 52, "C": 12, "D": 34}
    widths3 = {"A": 6, "B": 52, "C": 2, "D": 2, "E": 12, "F": 34}
    page = [1]

    def top(cm):
        bk.put("B", bk.r, "Мониторинг целевой модели наставничества — 2024", size=8, wrap=False)
        bk.r += 2
        r = bk.r
        for col, t in (("num", "№"), ("title", "Показатель"), ("value", "Значение"), ("link", "Подтверждающий документ")):
            bk.put(cm[col], r, t, bold=True)
        bk.r += 1

    def bottom():
        bk.r += 1
        bk.put("A", bk.r, f"{page[0]} / 3", size=8, wrap=False)
        bk.put("D" if page[0] != 2 else "C", bk.r, "Дата печати: 30.10.2024", size=8, wrap=False)

    def next_page(cm, widths):
        bottom()
        page[0] += 1
        bk.sheet(f"Page {page[0]}", widths)
        top(cm)
        return cm

    bk.sheet("Page 1", widths1)
    bk.put("B", 1, "Отчёт образовательной организации о реализации целевой модели наставничества", bold=True, wrap=False)
    bk.put("B", 2, "педагогических работников и обучающихся за 2024", bold=True, wrap=False)
    bk.put("B", 3, "год", bold=True, wrap=False)
    bk.put("B", 4, "Образовательная организация: МАОУ «Лицей № 7»", wrap=False)
    bk.put("B", 5, "Муниципальный округ Верхнекамский район", wrap=False)
    bk.r = 7
    r = bk.r
    for col, t in (("num", "№"), ("title", "Показатель"), ("value", "Значение"), ("link", "Подтверждающий документ")):
        bk.put(P1[col], r, t, bold=True)
    bk.r += 1
    cm = P1
    for kind, it in items:
        if kind == "H":
            if it == SECTIONS[4]:
                cm = next_page(P2, widths2)
            heading(bk, cm, it)
            continue
        sp = it
        brk = None
        if sp["key"] == "teachers_in_pp":
            def brk():
                return next_page(P3, widths3)
        cm = emit_row(bk, cm, sp, brk)
    bk.r += 1
    bk.put("B", bk.r, "Куратор: Вострикова Н.А. (8-34145-3-07-71)", wrap=False)
    bottom()
    return bk, rec


# ============================================================================================
# FILE 3: «Малоключевская СОШ» — ABBYY, one sheet per page («Таблица 1..3»), OCR confusions
# ============================================================================================
def file3():
    fname = "Малоключевская_СОШ_ЦМН_2024.xlsx"
    rec = Rec(fname, "malokl")
    bk = Book(rec)

    def disp(key, v):
        if key in YESNO_KEYS or key in ("nc_act", "nc_roadmap", "nc_base15"):
            return yn(v)
        if isinstance(v, str):
            return v
        if isinstance(v, float):
            return dec(v)
        return v

    ov = {
        "orgs_regulation_teachers": dict(parts=["Приказ об утвержде-\nнии Положения о системе наставничества педагогических работников ОО (да/нет)"], disp="Дa"),
        "orgs_regulation_students": dict(parts=["Приказ об утверждении Положения о наставннчестве обучающихся (да/нет)"]),
        "orgs_monitoring_order": dict(parts=["Приказ о проведении мониторинга реализации ЦМH в ОО (да/нет)"]),
        "agreements_enterprises": dict(disp="О"),
        "mentors_total": dict(disp="1 4"),
        "mentees_total": dict(disp="4О"),
        "pp_teacher_teacher": dict(disp="З"),
        "pp_other": dict(disp="О"),
        "students_10_19": dict(disp="1О■", rejected="last digit smudged («1О■») — 10x, not exact; the share 29,8 % does not make it exact either"),
        "mentees_gifted": dict(disp="З"),
        "mentees_low_motivation": dict(disp="1О"),
        "mentees_other_params": dict(disp="О"),
        "share_mentees_10_19": dict(disp="29,8"),
        "students_15_19": dict(disp="2З"),
        "mentors_15_19": dict(disp="6 чел."),
        "satisfaction_mentees": dict(disp="91 %"),
        "satisfaction_mentors": dict(disp="8?,5 %", rejected="second digit not recognised («8?,5 %») — 80–89 %, not exact"),
        "teachers_other_mentees": dict(disp="З"),
        "share_young_specialists_mentees": dict(disp="1ОО"),
        "school_methodical_associations": dict(disp="О"),
        "young_specialists_mentors": dict(disp="О"),
        "share_young_specialists_mentors": dict(disp="О"),
        "pay_acts": dict(disp="О"),
        "nc_projects": dict(disp="О"),
    }
    items = std_specs("malokl", ov, disp)
    T1 = dict(num="A", title="C", value="D", link="E")
    T2 = dict(num="A", title="B", value="E", link="F")
    T3 = dict(num="A", title="C", value="D", link="E")
    W13 = {"A": 5, "B": 2, "C": 50, "D": 10, "E": 40}
    W2 = {"A": 5, "B": 50, "C": 2, "D": 2, "E": 10, "F": 40}
    page = [1]

    def header(cm):
        r = bk.r
        bk.put(cm["num"], r, "№", bold=True, border=True)
        bk.put(cm["title"], r, "Показатель / критерий", bold=True, border=True)
        bk.put(cm["value"], r, "Значение", bold=True, border=True)
        bk.put(cm["link"], r, "Ссылка на документ", bold=True, border=True)
        bk.r += 1

    def new_table(cm, widths):
        bk.r += 1
        bk.put("E" if bk.ws.title != "Таблица 2" else "F", bk.r, f"стр. {page[0]}", size=8, align="right")
        page[0] += 1
        bk.sheet(f"Таблица {page[0]}", widths)
        bk.put(cm["title"], 1, "Форма мониторинга ЦМН (уровень ОО) — 2024 год", size=8, italic=True)
        bk.put(cm["link"], 1, "Дата печати 31.10.2024", size=8)
        bk.r = 3
        header(cm)
        return cm

    bk.sheet("Таблица 1", W13)
    bk.put("C", 1, "Форма мониторинга ЦМН (уровень ОО) — 2024 год", bold=True, size=11)
    bk.put("E", 1, "Дата печати 31.10.2024", size=8)
    bk.put("C", 2, "Муниципальное бюджетное общеобразовательное учреждение", size=11)
    bk.put("C", 3, "«Малоключевская средняя общеобразовательная школа»", size=11)
    bk.put("C", 4, "Верхнекамский район, с. Малые Ключи", size=9)
    bk.r = 6
    header(T1)
    cm = T1
    for kind, it in items:
        if kind == "H":
            if it == SECTIONS[4]:
                cm = new_table(T2, W2)
            elif it == SECTIONS[8]:
                cm = new_table(T3, W13)
            heading(bk, cm, it, merge_to=cm["link"])
            continue
        cm = emit_row(bk, cm, it)
    bk.r += 1
    bk.put("C", bk.r, "Ответственный: Ложкина Т.Ю., заместитель директора по УВР")
    bk.r += 2
    bk.put("C", bk.r, f"стр. {page[0]}", size=8, align="right")
    return bk, rec


# ============================================================================================
# FILE 4: МБУ ДО ЦДТ «Радуга» — copied from a PDF viewer and pasted into Excel (one line a row;
# wrapped lines land from column A on; Excel turned «5.2» into dates and «93%» into 0.93)
# ============================================================================================
def file4():
    fname = "ЦДТ_Радуга_2024_из_PDF.xlsx"
    rec = Rec(fname, "raduga")
    bk = Book(rec, font="Calibri")
    o = ORGS["raduga"]

    def disp(key, v):
        if key in YESNO_KEYS or key in ("nc_act", "nc_roadmap", "nc_base15"):
            return yn(v)
        return v

    def numcell(num):
        a, b = num.split(".")
        return datetime.datetime(2024, int(b), int(a))  # Excel (ru) read «5.2» as 05 Feb

    ov = {}

    def add(k, **kw):
        ov.setdefault(k, {}).update(kw)

    for num, key, title in TEMPLATE:
        if num != "H":
            add(key, numcell=numcell(num))
    u = o["links"]["orgs_regulation_teachers"]
    add("orgs_regulation_teachers", parts=["Приказ об утверждении Положения о системе", "наставничества педагогических работников ОО (да/нет)"],
        link=[u[:u.index("nastav") + 6], u[u.index("nastav") + 6:]])
    add("agreements_edu_orgs", parts=["Количество соглашений с другими образовательными", "организациями, направившими своих сотрудников в качестве", "наставников"], value_on="last")
    add("agreements_other_orgs", parts=["Количество соглашений с иными организациями (любой", "формы собственности), направившими сотрудников-наставников"], value_on="first")
    add("partner_list", parts=["Наименования предприятий (организаций) – партнёров ОО", "по наставничеству"], value_on="first")
    add("mentees_10_19", parts=["Обучающиеся 10–19 лет, включённые в программы", "наставничества в качестве наставляемых, чел."], value_on="first")
    add("mentees_career", parts=["из них: испытывающие затруднения в выборе образовательной", "траектории и будущей профессии"], value_on="last")
    add("share_mentees_10_19", parts=["Доля обучающихся 10–19 лет, вошедших в программы", "наставничества в качестве наставляемых, %"], value_on="first")
    add("share_mentors_15_19", disp=0.077, numfmt="0.0%")
    add("satisfaction_mentees", disp="9б,4 %")
    add("satisfaction_mentors", disp=0.93, numfmt="0%")
    add("share_teachers_mentees", parts=["Доля педагогов – наставляемых (от всех педагогов", "ОО), %"], value_on="last")
    add("teachers_in_pp", parts=["Педагоги, участвующие в утверждённых персонализированных", "программах наставничества, чел."], value_on="first",
        disp="1\ufffd", rejected="second digit lost in the text layer («1\ufffd») — 10–19, not exact")
    add("kpk_trained", link=o["links"]["kpk_trained"])
    add("teachers_mentors", glued=True)
    add("pay_acts", parts=["Локальные акты об оплате (материальном стимулировании)", "работы наставников, кол-во"], value_on="last")
    items = std_specs("raduga", ov, disp, style="viewer")
    bk.sheet("Лист1", {"A": 14, "B": 40, "C": 12, "D": 40})
    page = [1]

    def page_top():
        bk.put("A", bk.r, "Мониторинг ЦМН – 2024 | МБУ ДО ЦДТ «Радуга»", wrap=False)
        bk.r += 1
        for col, t in zip("ABCD", ("№", "Показатель", "Значение", "Ссылка на документ")):
            bk.put(col, bk.r, t, wrap=False)
        bk.r += 1

    def page_end():
        bk.put("A", bk.r, f"- {page[0]} -", wrap=False)
        bk.r += 1
        page[0] += 1

    bk.put("A", 1, "Информация о реализации целевой модели наставничества", wrap=False)
    bk.put("A", 2, "в МБУ ДО «Центр детского творчества «Радуга»»", wrap=False)
    bk.put("A", 3, "за", wrap=False)
    bk.put("A", 4, "2024 год", wrap=False)
    bk.r = 5
    for col, t in zip("ABCD", ("№", "Показатель", "Значение", "Ссылка на документ")):
        bk.put(col, bk.r, t, wrap=False)
    bk.r += 1
    cm = {"num": "A"}
    for kind, it in items:
        if kind == "H":
            if it in (SECTIONS[5], SECTIONS[8]):
                page_end()
                page_top()
            heading(bk, cm, it, style="viewer")
            continue
        cm = emit_row(bk, cm, it)
    bk.put("A", bk.r, "Директор МБУ ДО ЦДТ «Радуга»   О.В. Чиркова", wrap=False)
    bk.r += 1
    bk.put("A", bk.r, "Исп. Корепанова А.С., методист, 8 (34145) 4-11-09", wrap=False)
    bk.r += 1
    page_end()
    return bk, rec


# ============================================================================================
# FILE 5: МБОУ «Гимназия № 3» — ABBYY, plan / fact columns, guessed merges, columns shift on p. 2
# ============================================================================================
PLAN5 = dict(nc_act="да", orgs_regulation_teachers="да", orgs_regulation_students="да", orgs_monitoring_order="да",
             nc_roadmap="да", curators_total=1, mentors_total=40, mentees_total=100, internal_monitoring_notes="да",
             pp_total=30, share_mentees_10_19=15, share_mentors_15_19=10, satisfaction_mentees=85, satisfaction_mentors=85,
             share_young_specialists_mentees=100, share_teachers_mentees=20, kpk_trained=2, school_methodical_associations=1,
             share_teachers_mentors=30, share_young_specialists_mentors=10)
UNIT5 = {}


def file5():
    fname = "Гимназия3_ЦМН_2024_скан.xlsx"
    rec = Rec(fname, "gimn3")
    bk = Book(rec)
    o = ORGS["gimn3"]

    def disp(key, v):
        if key in YESNO_KEYS or key in ("nc_act", "nc_roadmap", "nc_base15"):
            return yn(v, "да", "нет")
        if isinstance(v, str):
            return v
        if isinstance(v, float):
            return dec(v)
        return v

    def unit(key):
        if key in YESNO_KEYS or key in ("nc_act", "nc_roadmap", "nc_base15"):
            return "да/нет"
        if key.startswith("share_") or key.startswith("satisfaction"):
            return "%"
        if key in TEXT_KEYS:
            return "—"
        if key.startswith(("pp_", "agreements", "pay", "nonmat", "school_meth", "nc_projects")):
            return "ед."
        return "чел."

    ov = {}

    def add(k, **kw):
        ov.setdefault(k, {}).update(kw)

    for num, key, title in TEMPLATE:
        if num != "H":
            add(key, unit=unit(key), plan=PLAN5.get(key))
    add("partner_list", value_in_plan_col=True, value_merge_to="F")
    add("mentees_career", parts=["из них: испытывающие затруднения в выборе образовательной траектории и будущей профессии"], merge_v=2)
    add("share_teachers_mentees", merge_v=2)
    add("pp_other", disp="2*")
    add("satisfaction_mentors", disp="9l,2")
    add("mentors_total", link=o["links"]["mentors_total"].replace("nastavnicheskie_", "nastavnicheskie_\n"))
    add("share_mentees_10_19", disp="17,5 %")
    add("students_10_19", disp="4 98")
    items = []
    for kind, it in std_specs("gimn3", ov, disp):
        items.append((kind, it))
        if kind == "R" and it["key"] == "partner_list":
            sp = dict(num="2.5.1", key="agreement_subjects", parts=["Предмет соглашения (кратко)"],
                      disp=o["truth"]["agreement_subjects"], unit="—", value_in_plan_col=True, value_merge_to="F")
            items.append(("R", sp))
    bk.sheet("Лист1", {"A": 6, "B": 40, "C": 12, "D": 8, "E": 10, "F": 10, "G": 10, "H": 36})
    P1 = dict(num="A", title="B", title_to="C", unit="D", plan="E", value="F", link="G")
    P2 = dict(num="A", title="B", unit="D", plan="F", value="G", link="H")
    P3 = dict(num="A", title="B", title_to="C", unit="D", plan="E", value="F", link="G")
    page = [1]

    def header(cm):
        r = bk.r
        bk.put(cm["num"], r, "№", bold=True, border=True, align="center")
        bk.put(cm["title"], r, "Показатель", bold=True, border=True, align="center")
        if cm.get("title_to"):
            bk.merge(cm["title"], r, cm["title_to"], r)
        bk.put(cm["unit"], r, "Ед. изм.", bold=True, border=True)
        bk.put(cm["plan"], r, "План на 2024 г.", bold=True, border=True)
        bk.put(cm["value"], r, "Факт 2024 г.", bold=True, border=True)
        bk.put(cm["link"], r, "Ссылка на подтверждающий документ", bold=True, border=True)
        r += 1
        for i, c in enumerate(("num", "title", "unit", "plan", "value", "link"), 1):
            bk.put(cm[c], r, i, border=True, align="center")
        bk.r = r + 1

    def footer():
        bk.r += 1
        bk.put("A", bk.r, "Дата печати: 30.10.2024", size=8, wrap=False)
        bk.put("G", bk.r, f"Страница {page[0]} из 3", size=8, wrap=False)
        bk.r += 2

    def new_page(cm):
        footer()
        page[0] += 1
        bk.put("B", bk.r, "Сведения о реализации ЦМН в МБОУ «Гимназия № 3» за 2024 год", size=8, italic=True, wrap=False)
        bk.r += 1
        header(cm)
        return cm

    bk.put("F", 1, "УТВЕРЖДАЮ", wrap=False)
    bk.put("F", 2, "Директор МБОУ «Гимназия № 3»", wrap=False)
    bk.put("F", 3, "__________ Е.А. Мокрушина", wrap=False)
    bk.put("F", 4, "«30» октября 2024 г.", wrap=False)
    bk.put("B", 6, "Сведения о реализации целевой модели наставничества", bold=True, size=12, align="center")
    bk.merge("B", 6, "G", 6)
    bk.put("B", 7, "в МБОУ «Гимназия № 3»", bold=True, size=12, align="center")
    bk.merge("B", 7, "G", 7)
    bk.put("B", 8, "за 2024 календарный", bold=True, size=12, align="center")
    bk.put("B", 9, "год", bold=True, size=12, align="center")
    bk.r = 11
    header(P1)
    cm = P1
    for kind, it in items:
        if kind == "H":
            if it == SECTIONS[5]:
                cm = new_page(P2)
            elif it == SECTIONS[8]:
                cm = new_page(P3)
            heading(bk, cm, it, merge_to=cm["link"])
            continue
        cm = emit_row(bk, cm, it)
    bk.r += 1
    bk.put("B", bk.r, "* иная форма – «выпускник – ученик» (2 программы)", size=9, wrap=False)
    bk.r += 2
    bk.put("B", bk.r, "Куратор ЦМН ____________ Р.Ф. Галиева", wrap=False)
    bk.r += 1
    footer()
    return bk, rec


# ============================================================================================
def resave_with_libreoffice(path):
    """the online converter's workbook is not an openpyxl one: let LibreOffice re-write it"""
    if not shutil.which("soffice"):
        return
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.xlsx")
        shutil.copy(path, src)
        outdir = os.path.join(td, "out")
        os.makedirs(outdir)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/profile",
                        "--convert-to", "xlsx", "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(outdir, "in.xlsx"), path)


def main():
    check_consistency()
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    expected, cells = [], []
    for fn in (file1, file2, file3, file4, file5):
        bk, rec = fn()
        # verbatim-wording assertion
        for t in rec.titles:
            assert _norm(t) not in CAT_WORDINGS, ("catalogue wording used verbatim", t)
        path = os.path.join(TYPED, rec.file)
        bk.wb.save(path)
        if fn is file2:
            resave_with_libreoffice(path)
        expected.append(rec.entry())
        cells.append(rec.cells())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cells, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nr = sum(len(c["rejected"]) for c in cells)
    print(f"{len(expected)} forms, {nv} expected values, {nl} links, {nr} values left out as not exact")


if __name__ == "__main__":
    main()
