#!/usr/bin/env python3
"""Held-out set 40: a regional monitoring template (ЦМН, 2024) with spreadsheet machinery,
as filled in by the schools of the invented Светлоключинский муниципальный округ.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: all data are fixed below;
the only pseudo-random part (last year's values in the helper / 2023 columns) uses a fixed seed.
One file (03) is re-saved through LibreOffice (soffice --headless --convert-to xlsx).
"""
import datetime
import json
import os
import random
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024
MO = "Светлоключинский муниципальный округ Удмуртской Республики"

YELLOW = PatternFill("solid", fgColor="FFF2CC")
GREY = PatternFill("solid", fgColor="E7E6E6")
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
DIRFILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
UNLOCK = Protection(locked=False)

# ---------------------------------------------------------------------------------------------
# The regional template (organisation form).  kind: head = direction row, sub = «в том числе»
# row, crit = a criterion row, decoy = a row of the form that is no criterion of the catalogue.
# unit: yn (yes/no from a drop-down), cnt, pct, txt.  level: outline level inside the direction.
# ---------------------------------------------------------------------------------------------
T = [
    ("head", None, "1. Нормативное обеспечение реализации ЦМН в ОО", None, 0),
    ("crit", "orgs_regulation_teachers", "Приказом по ОО утверждено Положение о системе наставничества педагогических работников", "yn", 1),
    ("crit", "orgs_regulation_students", "Приказом по ОО утверждено Положение о наставничестве обучающихся", "yn", 1),
    ("crit", "orgs_monitoring_order", "Издан приказ ОО о проведении мониторинга реализации ЦМН", "yn", 1),
    ("head", None, "2. Организация процесса реализации ЦМН", None, 0),
    ("crit", "curators_total", "Кураторы внедрения ЦМН в ОО (назначены приказом)", "cnt", 1),
    ("crit", "agreements_edu_orgs", "Соглашения с другими образовательными организациями, сотрудники которых выступают наставниками", "cnt", 1),
    ("crit", "agreements_enterprises", "Соглашения с предприятиями, предоставившими сотрудников-наставников", "cnt", 1),
    ("crit", "agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности), предоставившими наставников", "cnt", 1),
    ("crit", "agreement_subjects", "Предмет соглашения (кратко)", "txt", 1),
    ("crit", "partner_list", "Предприятия и организации — партнёры ОО по наставничеству (перечислить через «;»)", "txt", 1),
    ("crit", "mentors_total", "Наставники ОО по приказу, всего", "cnt", 1),
    ("crit", "mentees_total", "Наставляемые ОО по приказу, всего", "cnt", 1),
    ("decoy", "pairs", "Наставнические пары / группы, закреплённые приказом", "cnt", 1),
    ("crit", "internal_monitoring_notes", "Подготовлена информационная справка ОО по итогам внутреннего мониторинга ЦМН", "yn", 1),
    ("head", None, "3. Персонализированные программы наставничества (ПП)", None, 0),
    ("crit", "pp_total", "ПП наставничества, всего по всем формам", "cnt", 1),
    ("sub", None, "в том числе по формам:", None, 1),
    ("crit", "pp_pupil_pupil", "«ученик – ученик»", "cnt", 2),
    ("crit", "pp_teacher_teacher", "«учитель – учитель» («педагог – педагог»)", "cnt", 2),
    ("crit", "pp_student_student", "«студент – студент»", "cnt", 2),
    ("crit", "pp_head_teacher", "«руководитель – педагог»", "cnt", 2),
    ("crit", "pp_student_pupil", "«студент – ученик»", "cnt", 2),
    ("crit", "pp_teacher_pupil", "«учитель – ученик»", "cnt", 2),
    ("crit", "pp_other", "иные формы (какие — указать в примечании)", "cnt", 2),
    ("head", None, "4. Наставники из сторонних организаций", None, 0),
    ("crit", "external_edu_mentors", "Наставники из других образовательных организаций (по приказу)", "cnt", 1),
    ("crit", "other_org_mentors", "Наставники — сотрудники иных организаций", "cnt", 1),
    ("crit", "enterprise_mentors", "Наставники — сотрудники предприятий", "cnt", 1),
    ("head", None, "5. Обучающиеся 10–19 лет в роли наставляемых", None, 0),
    ("crit", "students_10_19", "Численность обучающихся в возрасте 10–19 лет", "cnt", 1),
    ("crit", "mentees_10_19", "из них вошли в программы наставничества как наставляемые", "cnt", 1),
    ("sub", None, "в том числе:", None, 1),
    ("crit", "mentees_risk", "«группа риска»", "cnt", 2),
    ("crit", "mentees_gifted", "одарённые дети (включены в реестры)", "cnt", 2),
    ("crit", "mentees_disabled", "дети с ОВЗ, дети-инвалиды", "cnt", 2),
    ("crit", "mentees_low_motivation", "низкая учебная мотивация, неудовлетворительная успеваемость", "cnt", 2),
    ("crit", "mentees_career", "затруднения с выбором профессии / образовательной траектории", "cnt", 2),
    ("crit", "mentees_other_params", "по иным основаниям", "cnt", 2),
    ("crit", "share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", "pct", 1),
    ("head", None, "6. Обучающиеся 15–19 лет в роли наставников", None, 0),
    ("crit", "students_15_19", "Численность обучающихся в возрасте 15–19 лет", "cnt", 1),
    ("crit", "mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу)", "cnt", 1),
    ("crit", "share_mentors_15_19", "Доля обучающихся 15–19 лет, выступающих наставниками", "pct", 1),
    ("head", None, "7. Удовлетворённость участием в программах наставничества", None, 0),
    ("crit", "satisfaction_mentees", "Удовлетворённость наставляемых (по завершённым программам)", "pct", 1),
    ("crit", "satisfaction_mentors", "Удовлетворённость наставников (по завершённым программам)", "pct", 1),
    ("head", None, "8. Педагоги и молодые специалисты в роли наставляемых", None, 0),
    ("crit", "young_specialists", "Молодые специалисты в ОО (до 35 лет, стаж до 3 лет), всего", "cnt", 1),
    ("crit", "young_specialists_mentees", "из них — наставляемые", "cnt", 1),
    ("crit", "teachers_other", "Педагогические работники ОО без учёта молодых специалистов", "cnt", 1),
    ("crit", "teachers_other_mentees", "из них — наставляемые", "cnt", 1),
    ("crit", "share_young_specialists_mentees", "Доля молодых специалистов, закреплённых за наставниками", "pct", 1),
    ("crit", "share_teachers_mentees", "Доля педагогов (включая молодых специалистов) в роли наставляемого", "pct", 1),
    ("head", None, "9. Непрерывное профессиональное развитие педагогов", None, 0),
    ("crit", "teachers_in_pp", "Педагоги, задействованные в утверждённых ПП наставничества", "cnt", 1),
    ("crit", "kpk_trained", "Педагоги, прошедшие КПК по наставничеству в 2024 году", "cnt", 1),
    ("crit", "kpk_courses", "Название курсов (программа КПК, организация, объём)", "txt", 1),
    ("crit", "school_methodical_associations", "Методические объединения наставников в ОО", "cnt", 1),
    ("head", None, "10. Педагоги в роли наставников", None, 0),
    ("crit", "teachers_mentors", "Педагоги-наставники", "cnt", 1),
    ("crit", "young_specialists_mentors", "Молодые специалисты, выступающие наставниками", "cnt", 1),
    ("crit", "share_teachers_mentors", "Доля педагогов-наставников от всех педагогов ОО", "pct", 1),
    ("crit", "share_young_specialists_mentors", "Доля наставников среди молодых специалистов", "pct", 1),
    ("head", None, "11. Стимулирование наставников", None, 0),
    ("crit", "pay_acts", "Локальные акты ОО об оплате (доплате) за наставничество", "cnt", 1),
    ("crit", "nonmaterial_acts", "Локальные акты ОО о нематериальном поощрении наставников", "cnt", 1),
]

UNITS = {"cnt": "ед.", "pct": "%", "txt": "текст"}
PEOPLE = {"curators_total", "mentors_total", "mentees_total", "external_edu_mentors", "other_org_mentors",
          "enterprise_mentors", "students_10_19", "mentees_10_19", "mentees_risk", "mentees_gifted",
          "mentees_disabled", "mentees_low_motivation", "mentees_career", "mentees_other_params",
          "students_15_19", "mentors_15_19", "young_specialists", "young_specialists_mentees", "teachers_other",
          "teachers_other_mentees", "teachers_in_pp", "kpk_trained", "teachers_mentors",
          "young_specialists_mentors"}

SHARES = {  # share -> (numerator keys, denominator keys)
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                               ["teachers_other", "young_specialists"]),
    "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
PP_FORMS = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
            "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
MENTEE_CATS = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
               "mentees_career", "mentees_other_params"]


def pct(num, den):
    return 0.0 if den == 0 else round(num / den * 100 + 1e-9, 2)


def complete(v):
    """Fill the shares from the counts and check the form's arithmetic."""
    for s, (n, d) in SHARES.items():
        v[s] = pct(sum(v[k] for k in n), sum(v[k] for k in d))
    assert v["pp_total"] == sum(v[k] for k in PP_FORMS), v["pp_total"]
    assert v["mentees_10_19"] == sum(v[k] for k in MENTEE_CATS)
    assert v["mentees_10_19"] <= v["students_10_19"] and v["mentors_15_19"] <= v["students_15_19"]
    assert v["young_specialists_mentees"] <= v["young_specialists"]
    assert v["teachers_other_mentees"] <= v["teachers_other"]
    assert v["young_specialists_mentors"] <= v["young_specialists"]
    assert v["teachers_mentors"] <= v["teachers_other"] + v["young_specialists"]
    # mentors by order = teachers + pupils 15-19 + external mentors
    assert v["mentors_total"] == (v["teachers_mentors"] + v["mentors_15_19"] + v["external_edu_mentors"]
                                  + v["other_org_mentors"] + v["enterprise_mentors"]), v["mentors_total"]
    assert v["mentees_total"] >= v["mentees_10_19"] + v["teachers_other_mentees"] + v["young_specialists_mentees"]
    return v


def last_year(v, seed):
    """Values of 2023 for the helper / «на 31.12.2023» columns (not expected)."""
    rnd = random.Random(seed)
    p = {}
    for k, x in v.items():
        if isinstance(x, str) or k in SHARES:
            continue
        if k in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
                 "internal_monitoring_notes", "curators_total", "pay_acts", "nonmaterial_acts",
                 "school_methodical_associations"):
            p[k] = x
        elif k in ("students_10_19", "students_15_19", "teachers_other", "young_specialists"):
            p[k] = x + rnd.choice([-9, -5, -3, 2, 4, 7]) if x > 20 else max(1, x + rnd.choice([-1, 0, 1]))
        else:
            p[k] = int(round(x * rnd.choice([0.6, 0.7, 0.8])))
    p["pp_total"] = sum(p[k] for k in PP_FORMS)
    p["mentees_10_19"] = sum(p[k] for k in MENTEE_CATS)
    p["young_specialists_mentees"] = min(p["young_specialists_mentees"], p["young_specialists"])
    p["young_specialists_mentors"] = min(p["young_specialists_mentors"], p["young_specialists"])
    p["satisfaction_mentees"] = v["satisfaction_mentees"] - rnd.choice([2, 3, 5])
    p["satisfaction_mentors"] = min(100, v["satisfaction_mentors"] - rnd.choice([1, 2, 4]))
    for s, (n, d) in SHARES.items():
        p[s] = pct(sum(p[k] for k in n), sum(p[k] for k in d))
    return p


# ---------------------------------------------------------------------------------------------
# Organisations (invented) and their 2024 data
# ---------------------------------------------------------------------------------------------
S1 = "https://svkluch-sosh1.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
S2 = "https://svkl-school2.edu.ru/upload/nastavnichestvo/"
S3 = "https://verhpolyana-sosh.gosuslugi.ru/netcat_files/userfiles/CMN/"
S4 = "https://kuzminskaya-oosh.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
S5 = "https://ddt-svkluch.edu.ru/files/nastavnichestvo/"

ORGS = {}

ORGS["01"] = dict(
    name="МБОУ «Светлоключинская СОШ №1»",
    values=complete(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=1, agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
        agreement_subjects="Предоставление сотрудников в качестве наставников для обучающихся 8–11 классов "
                           "(профориентация, проектная деятельность)",
        partner_list="МБОУ ДО «Светлоключинский ДДТ»; МБОУ «Светлоключинская СОШ №2»; "
                     "ООО «Агрофирма «Ключевская»; БУЗ УР «Светлоключинская РБ МЗ УР»",
        mentors_total=36, mentees_total=55, internal_monitoring_notes=1,
        pp_total=18, pp_pupil_pupil=7, pp_teacher_teacher=6, pp_student_student=0, pp_head_teacher=1,
        pp_student_pupil=0, pp_teacher_pupil=3, pp_other=1,
        external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=2,
        students_10_19=368, mentees_10_19=41, mentees_risk=6, mentees_gifted=9, mentees_disabled=3,
        mentees_low_motivation=8, mentees_career=11, mentees_other_params=4,
        students_15_19=112, mentors_15_19=14, satisfaction_mentees=91, satisfaction_mentors=94,
        young_specialists=6, young_specialists_mentees=6, teachers_other=44, teachers_other_mentees=5,
        teachers_in_pp=14, kpk_trained=3,
        kpk_courses="«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч.)",
        school_methodical_associations=1, teachers_mentors=17, young_specialists_mentors=1,
        pay_acts=1, nonmaterial_acts=1)),
    decoys={"pairs": 31},
    links={
        "orgs_regulation_teachers": S1 + "prikaz_112-od_polozhenie_nastavnichestvo_pedagogov.pdf",
        "orgs_regulation_students": S1 + "prikaz_113-od_polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
        "orgs_monitoring_order": S1 + "prikaz_monitoring_CMN_2024.pdf",
        "curators_total": S1 + "prikaz_kurator_CMN_2024.pdf",
        "agreements_edu_orgs": "https://disk.yandex.ru/d/kT3mQz8vLw1RpA",
        "agreements_enterprises": S1 + "soglashenie_agrofirma_klyuchevskaya.pdf",
        "agreements_other_orgs": S1 + "soglashenie_RB_2024.pdf",
        "mentors_total": S1 + "prikaz_baza_nastavnikov_i_nastavlyaemyh_2024.pdf",
        "mentees_total": S1 + "prikaz_baza_nastavnikov_i_nastavlyaemyh_2024.pdf",
        "internal_monitoring_notes": S1 + "spravka_vnutrenniy_monitoring_2024.pdf",
        "pp_total": "https://disk.yandex.ru/d/Pp8xN2sVq4HcLg",
        "satisfaction_mentees": S1 + "analiz_anketirovaniya_nastavlyaemyh_2024.pdf",
        "satisfaction_mentors": S1 + "analiz_anketirovaniya_nastavnikov_2024.pdf",
        "kpk_trained": S1 + "udostovereniya_KPK_nastavnichestvo_2024.pdf",
        "school_methodical_associations": S1 + "prikaz_MO_nastavnikov.pdf",
        "pay_acts": S1 + "polozhenie_ob_oplate_truda_2024.pdf",
        "nonmaterial_acts": S1 + "polozhenie_o_nematerialnom_pooshchrenii.pdf",
    },
)

ORGS["02"] = dict(
    name="МБОУ «Светлоключинская СОШ №2»",
    values=complete(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=2, agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=2,
        agreement_subjects="Привлечение специалистов партнёров к наставничеству обучающихся "
                           "(добровольчество, спортивная подготовка, профпробы)",
        partner_list="ГБПОУ УР «Светлоключинский аграрный техникум»; АНО «Центр добровольчества «Ключ»; "
                     "МАУ «Спортивная школа Светлоключинского округа»",
        mentors_total=27, mentees_total=44, internal_monitoring_notes=0,
        pp_total=12, pp_pupil_pupil=4, pp_teacher_teacher=4, pp_student_student=0, pp_head_teacher=0,
        pp_student_pupil=2, pp_teacher_pupil=2, pp_other=0,
        external_edu_mentors=2, other_org_mentors=2, enterprise_mentors=0,
        students_10_19=301, mentees_10_19=30, mentees_risk=4, mentees_gifted=7, mentees_disabled=2,
        mentees_low_motivation=6, mentees_career=8, mentees_other_params=3,
        students_15_19=84, mentors_15_19=9, satisfaction_mentees=88, satisfaction_mentors=90,
        young_specialists=4, young_specialists_mentees=4, teachers_other=35, teachers_other_mentees=3,
        teachers_in_pp=8, kpk_trained=2,
        kpk_courses="«Организация наставничества в школе: роль куратора» "
                    "(ФГАОУ ДПО «Академия Минпросвещения России», 36 ч.)",
        school_methodical_associations=1, teachers_mentors=14, young_specialists_mentors=0,
        pay_acts=0, nonmaterial_acts=1)),
    decoys={"pairs": 24},
    links={
        "orgs_regulation_teachers": S2 + "prikaz_87_ot_30.08.2024_polozhenie_pedagogi.pdf",
        "orgs_regulation_students": S2 + "prikaz_88_ot_30.08.2024_polozhenie_obuchayushchiesya.pdf",
        "orgs_monitoring_order": S2 + "prikaz_monitoring_2024.pdf",
        "curators_total": S2 + "prikaz_kuratory_2024.pdf",
        "agreements_edu_orgs": S2 + "dogovor_agrotekhnikum.pdf",
        "agreements_other_orgs": "https://cloud.mail.ru/public/3kQd/Lr7WcYtZp",
        "mentors_total": S2 + "baza_nastavnikov_2024.pdf",
        "mentees_total": S2 + "baza_nastavlyaemyh_2024.pdf",
        "pp_total": S2 + "personalizirovannye_programmy_2024.pdf",
        "external_edu_mentors": S2 + "prikaz_vneshnie_nastavniki.pdf",
        "other_org_mentors": S2 + "prikaz_vneshnie_nastavniki.pdf",
        "mentors_15_19": S2 + "baza_nastavnikov_2024.pdf",
        "satisfaction_mentees": S2 + "rezultaty_anketirovaniya_2024.pdf",
        "satisfaction_mentors": S2 + "rezultaty_anketirovaniya_2024.pdf",
        "kpk_trained": S2 + "svedeniya_KPK_2024.pdf",
        "nonmaterial_acts": S2 + "polozhenie_moralnoe_pooshchrenie.pdf",
    },
)

ORGS["03"] = dict(
    name="МБОУ «Верхнеполянская СОШ»",
    values=complete(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=1, agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        agreement_subjects="Наставничество «работодатель – ученик»: знакомство обучающихся "
                           "с сельскохозяйственными профессиями; сетевое наставничество педагогов",
        partner_list="СПК «Колхоз «Верхнеполянский»; МБОУ «Светлоключинская СОШ №1»",
        mentors_total=15, mentees_total=24, internal_monitoring_notes=1,
        pp_total=7, pp_pupil_pupil=3, pp_teacher_teacher=2, pp_student_student=0, pp_head_teacher=0,
        pp_student_pupil=0, pp_teacher_pupil=1, pp_other=1,
        external_edu_mentors=1, other_org_mentors=0, enterprise_mentors=1,
        students_10_19=118, mentees_10_19=17, mentees_risk=3, mentees_gifted=2, mentees_disabled=2,
        mentees_low_motivation=4, mentees_career=5, mentees_other_params=1,
        students_15_19=34, mentors_15_19=4, satisfaction_mentees=95, satisfaction_mentors=100,
        young_specialists=2, young_specialists_mentees=2, teachers_other=19, teachers_other_mentees=1,
        teachers_in_pp=4, kpk_trained=1,
        kpk_courses="«Наставничество как механизм профессионального развития педагога» (АОУ ДПО УР ИРО, 24 ч.)",
        school_methodical_associations=1, teachers_mentors=9, young_specialists_mentors=0,
        pay_acts=0, nonmaterial_acts=1)),
    decoys={"pairs": 13},
    links={
        "orgs_regulation_teachers": S3 + "polozhenie_nastavnichestvo_pedagogov.pdf",
        "orgs_regulation_students": S3 + "polozhenie_nastavnichestvo_obuch.pdf",
        "orgs_monitoring_order": S3 + "prikaz_41_monitoring.pdf",
        "agreements_edu_orgs": S3 + "soglashenie_SOSH1.pdf",
        "agreements_enterprises": S3 + "soglashenie_SPK_Verhnepolyanskiy.pdf",
        "mentors_total": S3 + "prikaz_nastavniki_2024-2025.pdf",
        "mentees_total": S3 + "prikaz_nastavniki_2024-2025.pdf",
        "internal_monitoring_notes": S3 + "spravka_monitoring_2024.pdf",
        "pp_total": "https://disk.yandex.ru/d/Vp3rTk9Hs2mQwe",
        "enterprise_mentors": S3 + "soglashenie_SPK_Verhnepolyanskiy.pdf",
        "satisfaction_mentees": S3 + "anketirovanie_itogi_2024.pdf",
        "kpk_trained": S3 + "udostoverenie_KPK.pdf",
        "nonmaterial_acts": S3 + "polozhenie_o_pooshchrenii_nastavnikov.pdf",
    },
)

ORGS["04"] = dict(
    name="МБОУ «Кузьминская ООШ»",
    values=complete(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
        curators_total=1, agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
        agreement_subjects="Сетевое взаимодействие: наставник по профориентации для обучающихся 8–9 классов",
        partner_list="МБОУ «Светлоключинская СОШ №1»",
        mentors_total=7, mentees_total=11, internal_monitoring_notes=1,
        pp_total=4, pp_pupil_pupil=1, pp_teacher_teacher=1, pp_student_student=0, pp_head_teacher=0,
        pp_student_pupil=0, pp_teacher_pupil=2, pp_other=0,
        external_edu_mentors=1, other_org_mentors=0, enterprise_mentors=0,
        students_10_19=52, mentees_10_19=7, mentees_risk=1, mentees_gifted=1, mentees_disabled=1,
        mentees_low_motivation=2, mentees_career=2, mentees_other_params=0,
        students_15_19=9, mentors_15_19=1, satisfaction_mentees=86, satisfaction_mentors=100,
        young_specialists=1, young_specialists_mentees=1, teachers_other=11, teachers_other_mentees=1,
        teachers_in_pp=2, kpk_trained=0, kpk_courses=None,
        school_methodical_associations=0, teachers_mentors=5, young_specialists_mentors=0,
        pay_acts=0, nonmaterial_acts=0)),
    decoys={"pairs": 7},
    links={
        "orgs_regulation_teachers": S4 + "prikaz_polozhenie_nastavnichestvo.pdf",
        "orgs_regulation_students": S4 + "prikaz_polozhenie_nastavnichestvo.pdf",
        "curators_total": S4 + "prikaz_kurator.pdf",
        "agreements_edu_orgs": S4 + "soglashenie_SOSH1_2024.pdf",
        "mentors_total": S4 + "prikaz_pary_2024.pdf",
        "mentees_total": S4 + "prikaz_pary_2024.pdf",
        "internal_monitoring_notes": S4 + "spravka_itogi_monitoringa_2024.pdf",
        "pp_total": "https://disk.yandex.ru/d/Kz5oOsH7pr2024",
        "external_edu_mentors": S4 + "soglashenie_SOSH1_2024.pdf",
        "satisfaction_mentees": S4 + "ankety_2024.pdf",
        "satisfaction_mentors": S4 + "ankety_2024.pdf",
    },
)

ORGS["05"] = dict(
    name="МБОУ ДО «Светлоключинский ДДТ»",
    values=complete(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=1, agreements_edu_orgs=3, agreements_enterprises=0, agreements_other_orgs=1,
        agreement_subjects="Совместная реализация программ наставничества в объединениях технической "
                           "и художественной направленности",
        partner_list="МБОУ «Светлоключинская СОШ №1»; МБОУ «Светлоключинская СОШ №2»; "
                     "МБОУ «Верхнеполянская СОШ»; МБУК «Светлоключинская ЦБС»",
        mentors_total=19, mentees_total=31, internal_monitoring_notes=1,
        pp_total=9, pp_pupil_pupil=4, pp_teacher_teacher=2, pp_student_student=0, pp_head_teacher=1,
        pp_student_pupil=0, pp_teacher_pupil=2, pp_other=0,
        external_edu_mentors=3, other_org_mentors=1, enterprise_mentors=0,
        students_10_19=412, mentees_10_19=23, mentees_risk=2, mentees_gifted=12, mentees_disabled=3,
        mentees_low_motivation=0, mentees_career=4, mentees_other_params=2,
        students_15_19=96, mentors_15_19=6, satisfaction_mentees=97, satisfaction_mentors=92,
        young_specialists=3, young_specialists_mentees=3, teachers_other=21, teachers_other_mentees=2,
        teachers_in_pp=6, kpk_trained=2,
        kpk_courses="«Наставничество в дополнительном образовании детей» (АОУ ДПО УР ИРО, 36 ч.); "
                    "«Школа куратора наставничества» (ЦНППМ УР, 16 ч.)",
        school_methodical_associations=1, teachers_mentors=9, young_specialists_mentors=0,
        pay_acts=1, nonmaterial_acts=1)),
    decoys={"pairs": 17},
    links={
        "orgs_regulation_teachers": S5 + "polozhenie_o_nastavnichestve_pedagogov_2024.pdf",
        "orgs_regulation_students": S5 + "polozhenie_o_nastavnichestve_obuchayushchihsya_2024.pdf",
        "orgs_monitoring_order": S5 + "prikaz_o_monitoringe_CMN.pdf",
        "agreements_edu_orgs": "https://disk.yandex.ru/d/Dd7tSogl2024Xx",
        "agreements_other_orgs": S5 + "soglashenie_CBS.pdf",
        "mentors_total": S5 + "prikaz_nastavniki_2024.pdf",
        "mentees_total": S5 + "prikaz_nastavniki_2024.pdf",
        "internal_monitoring_notes": S5 + "informacionnaya_spravka_2024.pdf",
        "pp_total": S5 + "programmy_nastavnichestva_2024.pdf",
        "mentees_gifted": S5 + "reestr_odarennyh_2024.pdf",
        "satisfaction_mentees": S5 + "monitoring_udovletvorennosti_2024.pdf",
        "satisfaction_mentors": S5 + "monitoring_udovletvorennosti_2024.pdf",
        "kpk_trained": S5 + "KPK_2024.pdf",
        "pay_acts": S5 + "polozhenie_ob_oplate_truda.pdf",
        "nonmaterial_acts": S5 + "polozhenie_o_nematerialnom_stimulirovanii.pdf",
    },
)

# the expected values of every organisation: 2024 values, blanks left out
for o in ORGS.values():
    o["values"] = {k: x for k, x in o["values"].items() if x is not None}

# ---------------------------------------------------------------------------------------------
# per-file layout of the organisation forms
# ---------------------------------------------------------------------------------------------
FILES = {
    "01": dict(fname="01_svkl_sosh1_monitoring_CMN_2024.xlsx", layout="A", yn=("✓", "✗"), list_sheet=True,
               share="fraction", sat="fraction", collapse={"3", "5sub"},
               comments={
                   "pp_other": "Форма «работодатель – ученик» (наставник — агроном ООО «Агрофирма «Ключевская»), 1 программа.",
                   "satisfaction_mentees": "Анкетирование в мае 2024 г., ответили 38 наставляемых; учтены ответы «полностью» и «скорее удовлетворён».",
                   "mentors_total": "Приказ №131-од от 02.09.2024 «О закреплении наставнических пар». Включены 5 внешних наставников.",
               },
               notes={"pp_other": "см. примечание к ячейке"}),
    "02": dict(fname="02_svkl_sosh2_CMN_2024.xlsx", layout="B", yn=("☑", "☐"), share="number", sat="number",
               collapse={"8", "10"}, date_header=False,
               comments={
                   "internal_monitoring_notes": "Справка по итогам внутреннего мониторинга будет подготовлена "
                                                "в январе 2025 г. (по итогам I полугодия). Зам. директора по УВР.",
                   "pp_student_pupil": "Наставники — студенты 3 курса аграрного техникума (договор о сетевом взаимодействии).",
               },
               notes={"curators_total": "зам. директора по ВР и педагог-психолог"}),
    "03": dict(fname="03_verhnepolyanskaya_sosh_2024.xlsx", layout="C", yn=("+", "–"), share="formula",
               sat="number", collapse={"4", "11"}, libreoffice=True,
               comments={
                   "pp_other": "«Работодатель – ученик»: наставник — главный зоотехник СПК «Колхоз «Верхнеполянский».",
                   "satisfaction_mentors": "Опрошены все 9 педагогов-наставников, программы завершены в мае 2024 г.",
               },
               notes={"pp_other": "работодатель – ученик"}),
    "04": dict(fname="04_kuzminskaya_oosh_forma_OO_2024.xlsx", layout="A", yn="V", share="fraction",
               sat="fraction", collapse={"6", "7"},
               comments={
                   "orgs_monitoring_order": "Отдельный приказ ОО о мониторинге в 2024 г. не издавался — мониторинг "
                                            "проводился по приказу Управления образования №245 от 01.11.2024.",
                   "kpk_trained": "Курсы запланированы на февраль 2025 г.",
               },
               notes={"mentors_total": "в т.ч. 1 наставник из СОШ №1"}),
    "05": dict(fname="05_DDT_monitoring_nastavnichestvo_2024.xlsx", layout="B", yn=("✓", "✗"), share="fraction",
               sat="number", collapse={"3", "5sub"}, date_header=True,
               comments={
                   "mentees_gifted": "Обучающиеся, включённые в муниципальный реестр одарённых детей (приказ УО №18 от 25.01.2024).",
                   "students_10_19": "Контингент по данным «Навигатора» на 31.12.2024, без учёта повторного зачисления.",
               },
               notes={"students_10_19": "уникальные дети"}),
}


def style_header(c, fill=HEADFILL):
    c.font = BOLD
    c.fill = fill
    c.alignment = CENTER
    c.border = BOX


def add_comment(cell, text, author):
    cm = Comment(text, author)
    cm.width, cm.height = 260, 110
    cell.comment = cm


def build_org(nn, cells, expected):
    f, o = FILES[nn], ORGS[nn]
    v, links = o["values"], o["links"]
    prev = last_year(v, seed=4000 + int(nn))
    wb = openpyxl.Workbook()
    ws = wb.active
    sheet = "Форма ОО" if f["layout"] != "C" else "ОО_2024"
    ws.title = sheet
    author = {"01": "Кузнецова Е.В.", "02": "Шиляева О.Н.", "03": "Перевозчикова Т.А.",
              "04": "Бабушкина Л.И.", "05": "Корепанова М.С."}[nn]

    if nn == "01":  # an instruction sheet first, and a hidden sheet with the drop-down lists
        ins = wb.create_sheet("Инструкция", 0)
        for i, t in enumerate([
            "Региональный мониторинг реализации целевой модели наставничества, 2024 год",
            "1. Заполняются только ячейки, выделенные жёлтым цветом; остальные ячейки защищены.",
            "2. Данные указываются по состоянию на 31.12.2024.",
            "3. В строках «да/нет» выберите значок из выпадающего списка: ✓ — да, ✗ — нет.",
            "4. Группы строк можно развернуть кнопками «+» слева от номеров строк.",
            "5. Столбец D (значения 2023 года) служебный, скрыт, не заполняется.",
            "6. Для каждого показателя укажите ссылку на подтверждающий документ на сайте ОО.",
        ], 1):
            ins.cell(i, 1, t).alignment = Alignment(wrap_text=False)
        ins["A1"].font = BOLD
        ins.column_dimensions["A"].width = 110
        ls = wb.create_sheet("Списки")
        ls["A1"], ls["A2"] = "✓", "✗"
        ls.sheet_state = "hidden"

    # ---- columns of the layout
    L = f["layout"]
    if L == "A" and f["yn"] != "V":
        cols = dict(num=1, name=2, unit=3, prev=4, val=5, link=6, note=7)
        widths = {1: 7, 2: 62, 3: 9, 4: 12, 5: 16, 6: 58, 7: 30}
    elif L == "A":  # V in «Да» / «Нет»
        cols = dict(num=1, name=2, unit=3, prev=4, val=5, yes=6, no=7, link=8, note=9)
        widths = {1: 7, 2: 62, 3: 9, 4: 12, 5: 14, 6: 6, 7: 6, 8: 58, 9: 28}
    elif L == "B":
        cols = dict(num=1, name=2, unit=3, prev=4, val=5, link=6, note=7)
        widths = {1: 7, 2: 62, 3: 9, 4: 14, 5: 14, 6: 58, 7: 30}
    else:  # C: value merged over D:E
        cols = dict(num=1, name=2, unit=3, val=4, val2=5, link=6, note=7)
        widths = {1: 7, 2: 62, 3: 9, 4: 9, 5: 9, 6: 58, 7: 30}
    last = max(cols.values())
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = w

    # ---- title block
    ws.cell(1, 1, "Мониторинг реализации региональной целевой модели наставничества педагогических работников "
                  "и обучающихся за 2024 год").font = Font(bold=True, size=12)
    ws.cell(2, 1, "Форма 2. Показатели образовательной организации (заполняется куратором ЦМН в ОО)")
    ws.cell(3, 1, "Наименование ОО:").font = BOLD
    nc = ws.cell(3, 3, o["name"])
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=last)
    nc.fill, nc.protection, nc.font = YELLOW, UNLOCK, BOLD
    ws.cell(4, 1, "Муниципальное образование:").font = BOLD
    ws.cell(4, 3, MO)
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=last)
    ws.cell(5, 1, "Куратор ЦМН (ФИО, телефон):").font = BOLD
    cur = ws.cell(5, 3, {"01": "Кузнецова Елена Викторовна, 8 (34150) 4-12-37",
                         "02": "Шиляева Ольга Николаевна, 8 (34150) 4-20-11",
                         "03": "Перевозчикова Татьяна Аркадьевна, 8 (34150) 5-31-02",
                         "04": "Бабушкина Людмила Ивановна, 8 (34150) 5-44-18",
                         "05": "Корепанова Марина Сергеевна, 8 (34150) 4-15-90"}[nn])
    ws.merge_cells(start_row=5, start_column=3, end_row=5, end_column=last)
    cur.fill, cur.protection = YELLOW, UNLOCK
    if f["yn"] == "V":
        instr = "Заполняются только жёлтые ячейки. В строках «да/нет» поставьте «V» в столбце «Да» или «Нет»."
    else:
        instr = (f"Заполняются только жёлтые ячейки. Да/нет — выбрать из списка: «{f['yn'][0]}» — да, "
                 f"«{f['yn'][1]}» — нет. Доли — в процентах.")
    ws.cell(6, 1, instr).font = Font(italic=True, color="C00000")

    # ---- header rows 8-9
    H = 8
    heads = {"num": "№ п/п", "name": "Наименование показателя", "unit": "Ед. изм.",
             "link": "Источник информации (ссылка на документ, размещённый на сайте ОО)", "note": "Примечание"}
    for k, t in heads.items():
        style_header(ws.cell(H, cols[k], t))
    if L == "A":
        style_header(ws.cell(H, cols["prev"], "Значение 2023 г. (служебный, не заполнять)"))
        style_header(ws.cell(H, cols["val"], "Значение за 2024 год"))
        if f["yn"] == "V":
            style_header(ws.cell(H, cols["yes"], "Отметка «V»"))
            ws.merge_cells(start_row=H, start_column=cols["yes"], end_row=H, end_column=cols["no"])
    elif L == "B":
        style_header(ws.cell(H, cols["prev"], "на 31.12.2023"))
        if f.get("date_header"):
            dc = ws.cell(H, cols["val"], datetime.datetime(2024, 12, 31))
            style_header(dc)
            dc.number_format = '"на "DD.MM.YYYY'
        else:
            style_header(ws.cell(H, cols["val"], "на 31.12.2024"))
    else:
        style_header(ws.cell(H, cols["val"], "Значение показателя за 2024 год"))
        ws.merge_cells(start_row=H, start_column=cols["val"], end_row=H, end_column=cols["val2"])
    ws.row_dimensions[H].height = 48
    # numbering row 9 (1, 2, 3 …) as in printed regional forms
    n = 1
    for c in range(1, last + 1):
        if L == "C" and c == cols["val2"]:
            ws.merge_cells(start_row=H + 1, start_column=cols["val"], end_row=H + 1, end_column=cols["val2"])
            continue
        if f["yn"] == "V" and c == cols["yes"]:
            ws.cell(H + 1, c, "Да")
            style_header(ws.cell(H + 1, c))
            continue
        if f["yn"] == "V" and c == cols["no"]:
            ws.cell(H + 1, c, "Нет")
            style_header(ws.cell(H + 1, c))
            continue
        style_header(ws.cell(H + 1, c, n), fill=GREY)
        n += 1
    if L == "A":
        ws.column_dimensions[get_column_letter(cols["prev"])].hidden = True

    # ---- data validations
    dvs = []
    if f["yn"] == "V":
        dv_yn = DataValidation(type="list", formula1='"V"', allow_blank=True,
                               error="Поставьте «V» или оставьте ячейку пустой", showErrorMessage=True)
    elif f.get("list_sheet"):
        dv_yn = DataValidation(type="list", formula1="Списки!$A$1:$A$2", allow_blank=True, showErrorMessage=True)
    else:
        dv_yn = DataValidation(type="list", formula1='"%s,%s"' % f["yn"], allow_blank=True, showErrorMessage=True)
    dv_yn.prompt, dv_yn.showInputMessage = "Выберите значение из списка", True
    dv_cnt = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, error="Введите целое неотрицательное число")
    dvs = [dv_yn, dv_cnt]
    for dv in dvs:
        ws.add_data_validation(dv)

    # ---- rows
    r = H + 2
    rowof = {}
    direction = None
    dir_rows = {}          # direction number -> (head row, [detail rows])
    sub_rows = {}          # direction number -> (sub row, [level-2 rows])
    numbering = [0, 0, 0]
    headings, not_criteria = [], []
    for kind, key, label, unit, lvl in T:
        if kind == "head":
            direction = label.split(".")[0]
            dir_rows[direction] = (r, [])
            for c in range(1, last + 1):
                ws.cell(r, c).fill = DIRFILL
                ws.cell(r, c).border = BOX
            ws.cell(r, 1, direction + ".").font = BOLD
            ws.cell(r, 2, label.split(". ", 1)[1]).font = BOLD
            headings.append(label.split(". ", 1)[1])
            numbering = [int(direction), 0, 0]
            r += 1
            continue
        dir_rows[direction][1].append(r)
        ws.row_dimensions[r].outlineLevel = lvl
        for c in range(1, last + 1):
            ws.cell(r, c).border = BOX
        ws.cell(r, 2, label).alignment = WRAP
        if kind == "sub":
            sub_rows[direction] = (r, [])
            ws.cell(r, 2).font = Font(italic=True)
            headings.append(label)
            r += 1
            continue
        if lvl == 2:
            sub_rows[direction][1].append(r)
            numbering[2] += 1
            ws.cell(r, 1, f"{numbering[0]}.{numbering[1]}.{numbering[2]}")
        else:
            numbering[1] += 1
            numbering[2] = 0
            ws.cell(r, 1, f"{numbering[0]}.{numbering[1]}")
        if unit == "yn":
            ushow = "да / нет" if f["yn"] == "V" else f"{f['yn'][0]} / {f['yn'][1]}"
        elif unit == "cnt":
            ushow = "чел." if key in PEOPLE else "ед."
        else:
            ushow = UNITS[unit]
        ws.cell(r, cols["unit"], ushow).alignment = CENTER
        rowof[key] = r

        # value cell(s)
        vc = ws.cell(r, cols["val"])
        if L == "C":
            ws.merge_cells(start_row=r, start_column=cols["val"], end_row=r, end_column=cols["val2"])
        x = v.get(key) if kind == "crit" else o["decoys"].get(key)
        inputs = [vc, ws.cell(r, cols["link"]), ws.cell(r, cols["note"])]
        if f["yn"] == "V" and unit == "yn":
            inputs = [ws.cell(r, cols["yes"]), ws.cell(r, cols["no"]), ws.cell(r, cols["link"]),
                      ws.cell(r, cols["note"])]
            vc.fill = GREY
            target = ws.cell(r, cols["yes"] if x == 1 else cols["no"])
            target.value = "V"
            target.alignment = CENTER
            dv_yn.add(ws.cell(r, cols["yes"]).coordinate)
            dv_yn.add(ws.cell(r, cols["no"]).coordinate)
            val_cell = target
        else:
            if f["yn"] == "V":
                ws.cell(r, cols["yes"]).fill = GREY
                ws.cell(r, cols["no"]).fill = GREY
            val_cell = vc
            if unit == "yn":
                vc.value = f["yn"][0] if x == 1 else f["yn"][1]
                vc.alignment = CENTER
                dv_yn.add(vc.coordinate)
            elif unit == "cnt":
                vc.value = x
                vc.alignment = CENTER
                dv_cnt.add(vc.coordinate)
            elif unit == "txt":
                vc.value = x
                vc.alignment = WRAP
            elif unit == "pct":
                mode = f["sat"] if key.startswith("satisfaction") else f["share"]
                if mode == "fraction":
                    vc.value = round(x / 100, 6)
                    vc.number_format = "0%" if key.startswith("satisfaction") else "0.00%"
                elif mode == "number":
                    vc.value = x
                    vc.number_format = "0.00" if not float(x).is_integer() else "0"
                else:  # formula, computed by LibreOffice at re-save
                    nk, dk = SHARES[key]
                    col = get_column_letter(cols["val"])
                    num = "+".join(f"{col}{rowof[k]}" for k in nk)
                    den = "+".join(f"{col}{rowof[k]}" for k in dk)
                    if len(dk) > 1:
                        den = f"({den})"
                    if len(nk) > 1:
                        num = f"({num})"
                    vc.value = f"=IF({den}=0,0,ROUND({num}/{den}*100,2))"
                    vc.number_format = "0.00"
                    vc.fill = GREY
                    inputs = [ws.cell(r, cols["link"]), ws.cell(r, cols["note"])]
                vc.alignment = CENTER
        for c in inputs:
            c.protection = UNLOCK
            if c.fill is None or c.fill.fgColor.rgb in (None, "00000000"):
                c.fill = YELLOW
        # last year (hidden helper column or visible «на 31.12.2023»)
        if "prev" in cols and kind == "crit" and key in prev:
            pc = ws.cell(r, cols["prev"])
            px = prev[key]
            if unit == "yn":
                pc.value = "да" if f["yn"] == "V" and px == 1 else ("нет" if f["yn"] == "V" else
                                                                    (f["yn"][0] if px == 1 else f["yn"][1]))
            elif unit == "pct":
                mode = f["sat"] if key.startswith("satisfaction") else f["share"]
                if mode == "fraction":
                    pc.value = round(px / 100, 6)
                    pc.number_format = "0%" if key.startswith("satisfaction") else "0.00%"
                else:
                    pc.value = px
            else:
                pc.value = px
            pc.fill = GREY
            pc.alignment = CENTER
        if "prev" in cols and kind == "decoy":
            ws.cell(r, cols["prev"], int(round(x * 0.8))).fill = GREY

        if kind == "decoy":
            not_criteria.append(label)
        else:
            if x is not None:
                shown = val_cell.value
                cells.append(dict(file="typed/" + f["fname"], sheet=sheet, cell=val_cell.coordinate,
                                  criterion=key, expected=x, kind="value", organisation=o["name"],
                                  row_hidden=False, raw=None if isinstance(shown, (int, float)) else shown))
            if key in links:
                lc = ws.cell(r, cols["link"], links[key])
                lc.hyperlink = links[key]
                lc.font = Font(color="0563C1", underline="single")
                lc.alignment = Alignment(wrap_text=False)
                cells.append(dict(file="typed/" + f["fname"], sheet=sheet, cell=lc.coordinate, criterion=key,
                                  expected=links[key], kind="link", organisation=o["name"], row_hidden=False))
        if key in f.get("comments", {}):
            add_comment(val_cell, f["comments"][key], author)
        if key in f.get("notes", {}):
            ws.cell(r, cols["note"], f["notes"][key]).alignment = WRAP
        r += 1

    # ---- outline: groups per direction, some collapsed
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.sheet_format.outlineLevelRow = 2
    hidden_rows = set()
    for d, (hr, rows) in dir_rows.items():
        if d in f["collapse"]:
            if not f.get("libreoffice"):  # LibreOffice reads the flag as closing the group above it
                ws.row_dimensions[hr].collapsed = True
            for x in rows:
                ws.row_dimensions[x].hidden = True
                hidden_rows.add(x)
    for d, (sr, rows) in sub_rows.items():
        if d + "sub" in f["collapse"]:
            if not f.get("libreoffice"):
                ws.row_dimensions[sr].collapsed = True
            for x in rows:
                ws.row_dimensions[x].hidden = True
                hidden_rows.add(x)
    for cdict in cells:
        if cdict["file"] == "typed/" + f["fname"]:
            rr = int("".join(ch for ch in cdict["cell"] if ch.isdigit()))
            cdict["row_hidden"] = rr in hidden_rows

    # ---- signature block and protection
    r += 1
    ws.cell(r, 2, "Руководитель ОО ____________________   М.П.")
    ws.cell(r + 1, 2, "Дата заполнения: " + {"01": "14.01.2025", "02": "15.01.2025", "03": "13.01.2025",
                                              "04": "16.01.2025", "05": "14.01.2025"}[nn])
    ws.freeze_panes = ws.cell(H + 2, 3)
    ws.protection.sheet = True
    ws.protection.set_password("cmn2024")
    ws.protection.formatRows = False      # allow expanding / collapsing groups
    ws.protection.formatColumns = True
    ws.print_title_rows = f"{H}:{H + 1}"

    path = os.path.join(TYPED, f["fname"])
    if f.get("libreoffice"):
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, f["fname"])
        wb.save(src)
        out = os.path.join(tmp, "out")
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, f["fname"]), path)
        shutil.rmtree(tmp)
    else:
        wb.save(path)

    expected.append({
        "file": "typed/" + f["fname"], "year": YEAR, "organisation": o["name"],
        "values": dict(v), "links": dict(links),
        "not_criteria": not_criteria, "headings": headings,
    })


# ---------------------------------------------------------------------------------------------
# The municipality's own form
# ---------------------------------------------------------------------------------------------
MUNI_FNAME = "06_UO_svetlokluchinsky_MO_forma1_2024.xlsx"
U = "https://svkluch-uo.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
MUNI = [
    ("head", None, "1. Нормативное обеспечение", None),
    ("crit", "municipal_order", "Приказ Управления образования о реализации ЦМН в округе", "yn"),
    ("crit", "orgs_regulation_teachers", "Число ОО округа с утверждённым Положением о наставничестве педагогов", "cnt"),
    ("crit", "orgs_regulation_students", "Число ОО округа с утверждённым Положением о наставничестве обучающихся", "cnt"),
    ("crit", "orgs_monitoring_order", "Число ОО, издавших приказ о мониторинге ЦМН", "cnt"),
    ("crit", "municipal_analytic_note", "Информационно-аналитическая справка МО по итогам мониторинга подготовлена", "yn"),
    ("head", None, "2. Охват образовательных организаций", None),
    ("crit", "orgs_total", "ОО, подведомственные Управлению образования (школы и учреждения ДО)", "cnt"),
    ("crit", "share_orgs_teachers_system", "Доля ОО, где действует система наставничества педагогов", "pct"),
    ("crit", "share_orgs_students_system", "Доля ОО, где действует система наставничества обучающихся", "pct"),
    ("decoy", "site_sections", "ОО, имеющие раздел «Наставничество» на официальном сайте", "cnt"),
    ("head", None, "3. Методическое сопровождение и информационная поддержка", None),
    ("crit", "municipal_methodical_associations", "Районные (муниципальные) методические объединения / сообщества наставников", "cnt"),
    ("crit", "best_practices", "Лучшие практики наставничества, опубликованные на ресурсах МО / сайте Сообщества педагогов УР за год", "cnt"),
    ("crit", "contests", "Муниципальные профессиональные конкурсы по наставничеству, проведённые в 2024 г.", "cnt"),
    ("decoy", "contests_plan", "Конкурсы по наставничеству — план на 2025 год", "cnt"),
    ("head", None, "4. Сетевое наставничество", None),
    ("crit", "network_community", "Действует сетевое сообщество педагогов-наставников (приказ МОиН УР №15/09)", "yn"),
    ("crit", "network_mentors", "Сетевые наставники округа", "cnt"),
]
MUNI_V = dict(municipal_order=1, orgs_regulation_teachers=14, orgs_regulation_students=13, orgs_monitoring_order=12,
              municipal_analytic_note=1, orgs_total=14, municipal_methodical_associations=2, best_practices=3,
              contests=1, network_community=1, network_mentors=4)
MUNI_V["share_orgs_teachers_system"] = pct(MUNI_V["orgs_regulation_teachers"], MUNI_V["orgs_total"])
MUNI_V["share_orgs_students_system"] = pct(MUNI_V["orgs_regulation_students"], MUNI_V["orgs_total"])
MUNI_PREV = dict(municipal_order=1, orgs_regulation_teachers=13, orgs_regulation_students=12, orgs_monitoring_order=10,
                 municipal_analytic_note=1, orgs_total=14, share_orgs_teachers_system=pct(13, 14),
                 share_orgs_students_system=pct(12, 14), site_sections=11, municipal_methodical_associations=2,
                 best_practices=2, contests=1, contests_plan=None, network_community=0, network_mentors=0)
MUNI_DECOYS = dict(site_sections=14, contests_plan=2)
MUNI_LINKS = {
    "municipal_order": U + "prikaz_UO_12_ot_19.01.2024_o_realizacii_CMN.pdf",
    "municipal_analytic_note": U + "analiticheskaya_spravka_monitoring_CMN_2024.pdf",
    "orgs_monitoring_order": "https://disk.yandex.ru/d/UoMon2024prikazyOO",
    "municipal_methodical_associations": U + "prikaz_RMO_nastavnikov_2024.pdf",
    "best_practices": "https://disk.yandex.ru/d/BestPr2024SvKl",
    "contests": U + "polozhenie_konkurs_nastavnik_goda_2024.pdf",
    "network_community": U + "prikaz_setevoe_soobshchestvo_nastavnikov.pdf",
    "network_mentors": U + "spisok_setevyh_nastavnikov_2024.pdf",
}
MUNI_COMMENTS = {
    "orgs_total": "13 общеобразовательных организаций и 1 учреждение дополнительного образования (ДДТ).",
    "orgs_regulation_students": "В МБОУ «Осиновская НОШ» положение о наставничестве обучающихся не утверждено "
                                "(начальная школа, 14 обучающихся).",
    "best_practices": "Практики СОШ №1, ДДТ и Верхнеполянской СОШ размещены на сайте Сообщества педагогов УР "
                      "(раздел «Наставничество»).",
    "network_mentors": "Сетевые наставники утверждены приказом УО №201 от 12.09.2024.",
}


def build_muni(cells, expected):
    wb = openpyxl.Workbook()
    ws = wb.active
    sheet = "Форма 1 (МО)"
    ws.title = sheet
    ls = wb.create_sheet("Списки")
    ls["A1"], ls["A2"] = "☑", "☐"
    ls.sheet_state = "hidden"
    cols = dict(num=1, name=2, unit=3, prev=4, val=5, link=6, note=7)
    for c, w in {1: 7, 2: 66, 3: 9, 4: 14, 5: 14, 6: 60, 7: 30}.items():
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.cell(1, 1, "Мониторинг реализации региональной целевой модели наставничества за 2024 год").font = Font(bold=True, size=12)
    ws.cell(2, 1, "Форма 1. Показатели муниципального уровня (заполняется муниципальным координатором)")
    ws.cell(3, 1, "Муниципальное образование:").font = BOLD
    ws.cell(3, 3, MO)
    ws.merge_cells("C3:G3")
    ws.cell(4, 1, "Орган управления образованием:").font = BOLD
    c = ws.cell(4, 3, "Управление образования Администрации Светлоключинского муниципального округа")
    ws.merge_cells("C4:G4")
    c.fill, c.protection = YELLOW, UNLOCK
    ws.cell(5, 1, "Муниципальный координатор:").font = BOLD
    c = ws.cell(5, 3, "Ившина Наталья Петровна, методист ИМЦ, 8 (34150) 4-01-26")
    ws.merge_cells("C5:G5")
    c.fill, c.protection = YELLOW, UNLOCK
    ws.cell(6, 1, "Да/нет — выбрать из списка: «☑» — да, «☐» — нет. Столбец «на 31.12.2023» заполнен по форме "
                  "прошлого года и не редактируется.").font = Font(italic=True, color="C00000")
    H = 8
    for k, t in {"num": "№ п/п", "name": "Наименование критерия", "unit": "Ед. изм.", "prev": "на 31.12.2023",
                 "val": "на 31.12.2024", "link": "Источник информации (ссылка)", "note": "Примечание"}.items():
        style_header(ws.cell(H, cols[k], t))
    ws.row_dimensions[H].height = 36
    dv_yn = DataValidation(type="list", formula1="Списки!$A$1:$A$2", allow_blank=True, showErrorMessage=True)
    dv_cnt = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    ws.add_data_validation(dv_yn)
    ws.add_data_validation(dv_cnt)
    r = H + 1
    headings, not_criteria = [], []
    groups = {}
    d = None
    k1 = 0
    for kind, key, label, unit in MUNI:
        for cc in range(1, 8):
            ws.cell(r, cc).border = BOX
        if kind == "head":
            d = label.split(".")[0]
            groups[d] = (r, [])
            ws.cell(r, 1, d + ".").font = BOLD
            ws.cell(r, 2, label.split(". ", 1)[1]).font = BOLD
            for cc in range(1, 8):
                ws.cell(r, cc).fill = DIRFILL
            headings.append(label.split(". ", 1)[1])
            k1 = 0
            r += 1
            continue
        groups[d][1].append(r)
        ws.row_dimensions[r].outlineLevel = 1
        k1 += 1
        ws.cell(r, 1, f"{d}.{k1}")
        ws.cell(r, 2, label).alignment = WRAP
        ws.cell(r, 3, {"yn": "☑ / ☐", "cnt": "ед.", "pct": "%"}[unit]).alignment = CENTER
        x = MUNI_V.get(key) if kind == "crit" else MUNI_DECOYS[key]
        vc = ws.cell(r, cols["val"])
        pc = ws.cell(r, cols["prev"])
        px = MUNI_PREV.get(key)
        if unit == "yn":
            vc.value = "☑" if x == 1 else "☐"
            pc.value = "☑" if px == 1 else "☐"
            dv_yn.add(vc.coordinate)
        else:
            vc.value = x
            pc.value = px
            if unit == "pct":
                vc.number_format = pc.number_format = "0.00"
            else:
                dv_cnt.add(vc.coordinate)
        vc.alignment = pc.alignment = CENTER
        pc.fill = GREY
        for cc in (vc, ws.cell(r, cols["link"]), ws.cell(r, cols["note"])):
            cc.protection = UNLOCK
            cc.fill = YELLOW
        if kind == "decoy":
            not_criteria.append(label)
        else:
            cells.append(dict(file="typed/" + MUNI_FNAME, sheet=sheet, cell=vc.coordinate, criterion=key,
                              expected=x, kind="value", organisation=None, row_hidden=False,
                              raw=vc.value if isinstance(vc.value, str) else None))
            if key in MUNI_LINKS:
                lc = ws.cell(r, cols["link"], MUNI_LINKS[key])
                lc.hyperlink = MUNI_LINKS[key]
                lc.font = Font(color="0563C1", underline="single")
                cells.append(dict(file="typed/" + MUNI_FNAME, sheet=sheet, cell=lc.coordinate, criterion=key,
                                  expected=MUNI_LINKS[key], kind="link", organisation=None, row_hidden=False))
        if key in MUNI_COMMENTS:
            add_comment(vc, MUNI_COMMENTS[key], "Ившина Н.П.")
        if key == "share_orgs_students_system":
            ws.cell(r, cols["note"], "13 из 14 ОО").alignment = WRAP
        r += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.sheet_format.outlineLevelRow = 1
    hidden = set()
    for d in ("4",):  # the network block is collapsed
        hr, rows = groups[d]
        ws.row_dimensions[hr].collapsed = True
        for x in rows:
            ws.row_dimensions[x].hidden = True
            hidden.add(x)
    for cdict in cells:
        if cdict["file"] == "typed/" + MUNI_FNAME:
            cdict["row_hidden"] = int("".join(ch for ch in cdict["cell"] if ch.isdigit())) in hidden
    ws.cell(r + 1, 2, "Начальник Управления образования ____________________ / Г.В. Тронина /")
    ws.cell(r + 2, 2, "Дата: 24.01.2025")
    ws.freeze_panes = "C9"
    ws.protection.sheet = True
    ws.protection.set_password("uo2024")
    ws.protection.formatRows = False
    wb.save(os.path.join(TYPED, MUNI_FNAME))
    expected.append({"file": "typed/" + MUNI_FNAME, "year": YEAR, "organisation": None,
                     "values": dict(MUNI_V), "links": dict(MUNI_LINKS),
                     "not_criteria": not_criteria, "headings": headings})


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    cells, expected = [], []
    for nn in sorted(FILES):
        build_org(nn, cells, expected)
    build_muni(cells, expected)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    files = {}
    for nn, f in FILES.items():
        files["typed/" + f["fname"]] = {
            "layout": f["layout"], "yes_no": "V in «Да»/«Нет»" if f["yn"] == "V" else "/".join(f["yn"]),
            "resaved_with": "LibreOffice (soffice --headless --convert-to xlsx)" if f.get("libreoffice") else None}
    files["typed/" + MUNI_FNAME] = {"layout": "M", "yes_no": "☑/☐", "resaved_with": None}
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"conventions": {
            "yes_no": "a symbol (✓/✗, ☑/☐, +/–) in the value cell → 1/0; for the V layout the cell is where «V» "
                      "stands, 1 if its column header (row 9) is «Да», 0 if «Нет»",
            "percent": "a cell with a % number format holds a fraction (0.1114 → 11.14); other share cells hold "
                       "the per cent itself; file 03 holds formulas whose values LibreOffice computed at re-save",
            "row_hidden": "true when the row sits in a collapsed outline group (expected all the same)"},
            "files": files, "cells": cells}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files {len(expected)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
