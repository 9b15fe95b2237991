#!/usr/bin/env python3
"""Held-out set 62: school forms worded after the federal documents (Р-145 and the regional roadmap).

Invented municipality: Заречногорский городской округ. Seven organisations, each a vertical form
№ п/п | Наименование показателя | Единица измерения | Значение показателя за 2024 год | Подтверждающий документ (ссылка).
Deterministic: all data are fixed below.
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)


def rnd(x, nd):
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def ratio(D, num, den):
    n = sum(D[k] for k in num)
    d = sum(D[k] for k in den)
    return n / d * 100.0


# share operands (catalogue definitions)
SHARES = {
    "share_mentees_10_19": (["mentees_10_19"], ["students_10_19"]),
    "share_mentors_15_19": (["mentors_15_19"], ["students_15_19"]),
    "share_young_specialists_mentees": (["young_specialists_mentees"], ["young_specialists"]),
    "share_teachers_mentees": (["teachers_other_mentees", "young_specialists_mentees"],
                               ["teachers_other", "young_specialists"]),
    "share_teachers_mentors": (["teachers_mentors"], ["teachers_other", "young_specialists"]),
    "share_young_specialists_mentors": (["young_specialists_mentors"], ["young_specialists"]),
}
UNIT_OF = {}  # filled from criteria.tsv is not needed; units decided per row below


# ----------------------------------------------------------------------------------------------
# Rows: (number, title, unit, tag, value, link)
#   tag: criterion id | "H" heading | "D" decoy | "NC" row that is a value but no criterion
#   value: for criteria ids taken from the school's data dict when None; for shares computed;
#          for D/NC given explicitly.
#   link: URL or None
# ----------------------------------------------------------------------------------------------

def S(crit):
    return ("SHARE", crit)


SCHOOLS = []

# 1. Gymnasium ---------------------------------------------------------------------------------
G = "https://gimnaziya3-zarechnogorsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
SCHOOLS.append(dict(
    file="typed/Гимназия3_показатели_наставничество_2024.xlsx",
    sheet="Показатели ЦМН",
    org="МАОУ «Гимназия № 3»",
    org_cell_text="Образовательная организация: МАОУ «Гимназия № 3»",
    top=["Приложение 1 к письму Управления образования Администрации Заречногорского городского округа "
         "от 20.12.2024 № 01-18/1544",
         "Показатели реализации целевой модели наставничества в образовательной организации "
         "(методология утверждена распоряжением Минпросвещения России от 25.12.2019 № Р-145)",
         "@ORG"],
    header="prev",          # adds «Значение за 2023 год»
    yes=("да", "нет"), share="num1", link_style="url",
    data=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
              internal_monitoring_notes=1, curators_total=1, school_methodical_associations=1,
              pay_acts=1, nonmaterial_acts=1, mentors_total=74, mentees_total=178,
              students_10_19=812, mentees_10_19=164, mentees_risk=9, mentees_gifted=41,
              mentees_disabled=6, mentees_low_motivation=18, mentees_career=27,
              mentees_other_params=63, students_15_19=298, mentors_15_19=52,
              young_specialists=9, young_specialists_mentees=8, teachers_other=71,
              teachers_other_mentees=6, teachers_mentors=19, teachers_in_pp=28, kpk_trained=6,
              pp_total=31, pp_teacher_teacher=14, pp_pupil_pupil=12, pp_teacher_pupil=5,
              agreements_edu_orgs=2, agreements_enterprises=1, external_edu_mentors=2,
              enterprise_mentors=1,
              partner_list="ФГБОУ ВО «Заречногорский государственный университет»; "
                           "ГБПОУ «Заречногорский педагогический колледж»; "
                           "АО «Заречногорский машиностроительный завод»",
              satisfaction_mentees=91, satisfaction_mentors=88),
    prev=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
              internal_monitoring_notes=1, curators_total=1, school_methodical_associations=1,
              pay_acts=1, nonmaterial_acts=0, mentors_total=61, mentees_total=150,
              students_10_19=790, mentees_10_19=138, mentees_risk=7, mentees_gifted=35,
              mentees_disabled=5, mentees_low_motivation=16, mentees_career=22,
              mentees_other_params=53, students_15_19=281, mentors_15_19=41,
              young_specialists=7, young_specialists_mentees=7, teachers_other=72,
              teachers_other_mentees=5, teachers_mentors=17, teachers_in_pp=24, kpk_trained=4,
              pp_total=27, pp_teacher_teacher=12, pp_pupil_pupil=11, pp_teacher_pupil=4,
              agreements_edu_orgs=1, agreements_enterprises=1, external_edu_mentors=2,
              enterprise_mentors=1,
              partner_list="ФГБОУ ВО «Заречногорский государственный университет»; "
                           "АО «Заречногорский машиностроительный завод»",
              satisfaction_mentees=87, satisfaction_mentors=85),
    rows=[
        ("1.", "Нормативно-правовое и организационное обеспечение внедрения целевой модели наставничества", None, "H", None, None),
        ("1.1", "Наличие локального нормативного акта о внедрении целевой модели наставничества в образовательной организации", "да/нет", "NC", (1, 1), G + "prikaz_o_vnedrenii_CMN.pdf"),
        ("1.2", "Наличие положения о системе наставничества педагогических работников, утверждённого приказом руководителя образовательной организации", "да/нет", "orgs_regulation_teachers", None, G + "polozhenie_nastavnichestvo_pedagogov.pdf"),
        ("1.3", "Наличие положения о наставничестве обучающихся, утверждённого приказом руководителя образовательной организации", "да/нет", "orgs_regulation_students", None, G + "polozhenie_nastavnichestvo_obuch.pdf"),
        ("1.4", "Наличие приказа о проведении мониторинга и оценки качества реализации программ наставничества", "да/нет", "orgs_monitoring_order", None, G + "prikaz_monitoring_2024.pdf"),
        ("1.5", "Наличие информационно-аналитической справки по результатам внутреннего мониторинга реализации программ наставничества", "да/нет", "internal_monitoring_notes", None, G + "spravka_monitoring_2024.pdf"),
        ("1.6", "Численность кураторов внедрения целевой модели наставничества, назначенных приказом руководителя", "чел.", "curators_total", None, G + "prikaz_kurator.pdf"),
        ("1.7", "Количество методических объединений (сообществ) наставников, действующих в образовательной организации", "ед.", "school_methodical_associations", None, None),
        ("1.8", "Количество локальных актов, устанавливающих порядок материального стимулирования наставников", "ед.", "pay_acts", None, G + "polozhenie_o_stimuliruyushchikh_vyplatakh.pdf"),
        ("1.9", "Количество локальных актов о формах нематериального поощрения наставников", "ед.", "nonmaterial_acts", None, G + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        ("2.", "Вовлечение обучающихся в различные формы наставничества", None, "H", None, None),
        ("2.1", "Численность наставников, включённых в базу наставников образовательной организации (по приказу)", "чел.", "mentors_total", None, G + "baza_nastavnikov_2024.pdf"),
        ("2.2", "Численность наставляемых, включённых в базу наставляемых образовательной организации (по приказу)", "чел.", "mentees_total", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.3", "Общая численность обучающихся образовательной организации в возрасте от 10 до 19 лет", "чел.", "students_10_19", None, None),
        ("2.4", "Численность обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "чел.", "mentees_10_19", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.5", "Доля обучающихся общеобразовательной организации в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%", S("share_mentees_10_19"), None, None),
        ("", "из них:", None, "H", None, None),
        ("2.5.1", "обучающихся «группы риска» (состоящих на внутришкольном учёте, учёте в ПДН, КДНиЗП)", "чел.", "mentees_risk", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.5.2", "одарённых детей, включённых в реестр (региональную базу) одарённых детей", "чел.", "mentees_gifted", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.5.3", "детей с ограниченными возможностями здоровья и детей-инвалидов", "чел.", "mentees_disabled", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.5.4", "обучающихся с низкой учебной мотивацией и неудовлетворительной успеваемостью", "чел.", "mentees_low_motivation", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.5.5", "обучающихся, испытывающих затруднения в выборе образовательной траектории и профессии", "чел.", "mentees_career", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.5.6", "обучающихся, включённых в программы наставничества по иным основаниям", "чел.", "mentees_other_params", None, G + "baza_nastavlyaemykh_2024.pdf"),
        ("2.6", "Общая численность обучающихся образовательной организации в возрасте от 15 до 19 лет", "чел.", "students_15_19", None, None),
        ("2.7", "Численность обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника (по приказу)", "чел.", "mentors_15_19", None, G + "baza_nastavnikov_2024.pdf"),
        ("2.8", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%", S("share_mentors_15_19"), None, None),
        ("3.", "Вовлечение педагогических работников в программы наставничества", None, "H", None, None),
        ("3.1", "Численность педагогов — молодых специалистов (с опытом работы от 0 до 3 лет)", "чел.", "young_specialists", None, None),
        ("3.2", "Численность педагогов — молодых специалистов, вошедших в программы наставничества в роли наставляемого", "чел.", "young_specialists_mentees", None, G + "prikaz_nastavnicheskie_pary_pedagogi.pdf"),
        ("3.3", "Доля педагогов — молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого", "%", S("share_young_specialists_mentees"), None, None),
        ("3.4", "Численность педагогических работников (без учёта молодых специалистов)", "чел.", "teachers_other", None, None),
        ("3.5", "Численность педагогических работников (без учёта молодых специалистов), вошедших в программы наставничества в роли наставляемого", "чел.", "teachers_other_mentees", None, G + "prikaz_nastavnicheskie_pary_pedagogi.pdf"),
        ("3.6", "Доля педагогических работников (включая молодых специалистов), вошедших в программы наставничества в роли наставляемого", "%", S("share_teachers_mentees"), None, None),
        ("3.7", "Численность педагогических работников, осуществляющих наставническую деятельность (в роли наставника)", "чел.", "teachers_mentors", None, G + "prikaz_nastavnicheskie_pary_pedagogi.pdf"),
        ("3.8", "Доля педагогических работников, вошедших в программы наставничества в роли наставника, от общей численности педагогических работников", "%", S("share_teachers_mentors"), None, None),
        ("3.9", "Численность педагогов, участвующих в реализации персонализированных программ наставничества", "чел.", "teachers_in_pp", None, None),
        ("3.10", "Численность педагогов, прошедших повышение квалификации по вопросам наставничества (за календарный год)", "чел.", "kpk_trained", None, G + "udostovereniya_kpk_2024.pdf"),
        ("3.11", "Доля наставников, прошедших обучение в ЦНППМ", "%", "D", (None, 26.3), None),
        ("4.", "Персонализированные программы наставничества", None, "H", None, None),
        ("4.1", "Количество персонализированных программ наставничества, утверждённых в образовательной организации (всего)", "ед.", "pp_total", None, G + "prikaz_PPN_2024.pdf"),
        ("4.2", "в том числе по форме «учитель – учитель»", "ед.", "pp_teacher_teacher", None, G + "prikaz_PPN_2024.pdf"),
        ("4.3", "по форме «ученик – ученик»", "ед.", "pp_pupil_pupil", None, G + "prikaz_PPN_2024.pdf"),
        ("4.4", "по форме «учитель – ученик»", "ед.", "pp_teacher_pupil", None, G + "prikaz_PPN_2024.pdf"),
        ("5.", "Взаимодействие с организациями-партнёрами", None, "H", None, None),
        ("5.1", "Количество соглашений о сотрудничестве с образовательными организациями высшего и среднего профессионального образования, направляющими своих работников в качестве наставников", "ед.", "agreements_edu_orgs", None, G + "soglasheniya_partnery.pdf"),
        ("5.2", "Количество соглашений о сотрудничестве с предприятиями (работодателями), направляющими своих работников в качестве наставников", "ед.", "agreements_enterprises", None, G + "soglasheniya_partnery.pdf"),
        ("5.3", "Численность наставников из числа работников сторонних образовательных организаций", "чел.", "external_edu_mentors", None, G + "baza_nastavnikov_2024.pdf"),
        ("5.4", "Численность наставников — представителей предприятий (работодателей)", "чел.", "enterprise_mentors", None, G + "baza_nastavnikov_2024.pdf"),
        ("5.5", "Перечень организаций-партнёров, участвующих в реализации программ наставничества", "перечень", "partner_list", None, None),
        ("6.", "Оценка эффективности реализации программ наставничества", None, "H", None, None),
        ("6.1", "Уровень удовлетворённости наставляемых участием в программах наставничества (по результатам анкетирования)", "%", "satisfaction_mentees", None, G + "analiz_anketirovaniya_2024.pdf"),
        ("6.2", "Уровень удовлетворённости наставников участием в программах наставничества (по результатам анкетирования)", "%", "satisfaction_mentors", None, G + "analiz_anketirovaniya_2024.pdf"),
    ],
    sign=["Директор МАОУ «Гимназия № 3»  ____________  И.В. Соколова",
          "Исполнитель: Лебедева Анна Николаевна, куратор ЦМН, тел. 8 (47135) 2-14-63"],
))

# 2. Lyceum: «имеется/отсутствует» -------------------------------------------------------------
L = "https://licey1-zar.edu.ru/upload/nastavnichestvo/2024/"
SCHOOLS.append(dict(
    file="typed/Лицей №1 - ЦМН 2024.xlsx",
    sheet="Лист1",
    org="Муниципальное автономное общеобразовательное учреждение «Лицей № 1»",
    org_cell_text="Муниципальное автономное общеобразовательное учреждение «Лицей № 1»",
    top=["Отчёт о достижении показателей «дорожной карты» внедрения целевой модели наставничества "
         "в образовательных организациях Заречногорского городского округа",
         "@ORG", "Отчётный период: 2024 год"],
    header="plain", yes=("имеется", "отсутствует"), share="num2", link_style="url",
    data=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
              internal_monitoring_notes=0, curators_total=2, mentors_total=67, mentees_total=131,
              students_10_19=684, mentees_10_19=121, students_15_19=312, mentors_15_19=47,
              young_specialists=6, young_specialists_mentees=6, teachers_other=58,
              teachers_other_mentees=4, teachers_mentors=15, young_specialists_mentors=1,
              pp_total=22, pp_teacher_teacher=10, pp_pupil_pupil=9, pp_student_pupil=3,
              agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
              external_edu_mentors=3, enterprise_mentors=1, other_org_mentors=1, kpk_trained=4,
              satisfaction_mentees=93, satisfaction_mentors=89),
    rows=[
        ("I", "Нормативное и организационное обеспечение", None, "H", None, None),
        ("1", "Положение о системе наставничества педагогических работников образовательной организации", "имеется / отсутствует", "orgs_regulation_teachers", None, L + "polozhenie_ped.pdf"),
        ("2", "Положение о наставничестве обучающихся (в соответствии с методологией, утверждённой распоряжением Минпросвещения России № Р-145)", "имеется / отсутствует", "orgs_regulation_students", None, L + "polozhenie_obuch.pdf"),
        ("3", "Приказ о мониторинге реализации целевой модели наставничества в образовательной организации", "имеется / отсутствует", "orgs_monitoring_order", None, L + "prikaz_monitoring.pdf"),
        ("4", "Информационная справка по итогам внутреннего мониторинга реализации целевой модели наставничества", "имеется / отсутствует", "internal_monitoring_notes", None, None),
        ("5", "Куратор внедрения целевой модели наставничества (численность, по приказу)", "чел.", "curators_total", None, L + "prikaz_kurator.pdf"),
        ("II", "Охват участников программ наставничества", None, "H", None, None),
        ("6", "Численность наставников, состоящих в базе наставников ОО (по приказу)", "чел.", "mentors_total", None, L + "baza_nastavnikov.pdf"),
        ("7", "Численность наставляемых, состоящих в базе наставляемых ОО (по приказу)", "чел.", "mentees_total", None, L + "baza_nastavlyaemykh.pdf"),
        ("8", "Общая численность обучающихся в возрасте от 10 до 19 лет", "чел.", "students_10_19", None, None),
        ("9", "Численность обучающихся в возрасте от 10 до 19 лет, включённых в программы наставничества в роли наставляемого", "чел.", "mentees_10_19", None, L + "baza_nastavlyaemykh.pdf"),
        ("10", "Доля обучающихся общеобразовательной организации в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%", S("share_mentees_10_19"), None, None),
        ("11", "Общая численность обучающихся в возрасте от 15 до 19 лет", "чел.", "students_15_19", None, None),
        ("12", "Численность обучающихся в возрасте от 15 до 19 лет, выступающих в роли наставника", "чел.", "mentors_15_19", None, L + "baza_nastavnikov.pdf"),
        ("13", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%", S("share_mentors_15_19"), None, None),
        ("14", "Численность молодых специалистов (педагоги в возрасте до 35 лет, стаж работы до 3 лет)", "чел.", "young_specialists", None, None),
        ("15", "Численность молодых специалистов, вошедших в программы наставничества в роли наставляемого", "чел.", "young_specialists_mentees", None, L + "prikaz_pary_pedagogi.pdf"),
        ("16", "Доля педагогов — молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого", "%", S("share_young_specialists_mentees"), None, None),
        ("17", "Численность педагогов (кроме молодых специалистов)", "чел.", "teachers_other", None, None),
        ("18", "Численность педагогов (кроме молодых специалистов), вошедших в программы наставничества в роли наставляемого", "чел.", "teachers_other_mentees", None, L + "prikaz_pary_pedagogi.pdf"),
        ("19", "Численность педагогов, вошедших в программы наставничества в роли наставника", "чел.", "teachers_mentors", None, L + "prikaz_pary_pedagogi.pdf"),
        ("20", "Доля педагогов, выступающих в роли наставника, от общей численности педагогических работников ОО", "%", S("share_teachers_mentors"), None, None),
        ("21", "Численность молодых специалистов, выступающих в роли наставника", "чел.", "young_specialists_mentors", None, L + "baza_nastavnikov.pdf"),
        ("22", "Доля наставников, прошедших обучение в ЦНППМ", "%", "D", (None, 20.0), L + "sertifikaty_CNPPM.pdf"),
        ("III", "Персонализированные программы наставничества", None, "H", None, None),
        ("23", "Количество утверждённых персонализированных программ наставничества, всего", "ед.", "pp_total", None, L + "prikaz_PPN.pdf"),
        ("24", "в т.ч. «учитель – учитель»", "ед.", "pp_teacher_teacher", None, L + "prikaz_PPN.pdf"),
        ("25", "в т.ч. «ученик – ученик»", "ед.", "pp_pupil_pupil", None, L + "prikaz_PPN.pdf"),
        ("26", "в т.ч. «студент – ученик»", "ед.", "pp_student_pupil", None, L + "prikaz_PPN.pdf"),
        ("IV", "Партнёрство", None, "H", None, None),
        ("27", "Количество заключённых соглашений о сотрудничестве с организациями — партнёрами", "ед.", "NC", (None, 4), L + "soglasheniya.pdf"),
        ("27.1", "из них: с образовательными организациями", "ед.", "agreements_edu_orgs", None, L + "soglasheniya.pdf"),
        ("27.2", "с предприятиями", "ед.", "agreements_enterprises", None, L + "soglasheniya.pdf"),
        ("27.3", "с иными организациями (учреждения культуры, НКО)", "ед.", "agreements_other_orgs", None, L + "soglasheniya.pdf"),
        ("28", "Численность наставников — работников других образовательных организаций", "чел.", "external_edu_mentors", None, L + "baza_nastavnikov.pdf"),
        ("29", "Численность наставников — работников предприятий", "чел.", "enterprise_mentors", None, L + "baza_nastavnikov.pdf"),
        ("30", "Численность наставников — работников иных организаций", "чел.", "other_org_mentors", None, L + "baza_nastavnikov.pdf"),
        ("V", "Кадровое обеспечение и результативность", None, "H", None, None),
        ("31", "Численность педагогических работников, освоивших программы повышения квалификации по вопросам наставничества в 2024 году", "чел.", "kpk_trained", None, L + "kpk_2024.pdf"),
        ("32", "Уровень удовлетворённости наставляемых участием в завершённых программах наставничества", "%", "satisfaction_mentees", None, L + "anketirovanie.pdf"),
        ("33", "Уровень удовлетворённости наставников участием в завершённых программах наставничества", "%", "satisfaction_mentors", None, L + "anketirovanie.pdf"),
    ],
    sign=["Директор ______________ О.П. Гончарова"],
))

# 3. СОШ № 5: shares as text «7,3 %» ------------------------------------------------------------
F5 = "https://shkola5zarechnogorsk-r48.gosweb.gosuslugi.ru/netcat_files/32/"
SCHOOLS.append(dict(
    file="typed/СОШ5_мониторинг_ЦМН_2024.xlsx",
    sheet="форма",
    org="МБОУ «СОШ № 5»",
    org_cell_text="МБОУ «СОШ № 5»",
    top=["Форма мониторинга показателей эффективности внедрения целевой модели наставничества",
         "Наименование общеобразовательной организации:", "@ORG"],
    org_inline=True,
    header="plain", yes=("Да", "Нет"), share="text1", link_style="text",
    data=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
              internal_monitoring_notes=1, curators_total=1, school_methodical_associations=2,
              pay_acts=1, mentors_total=45, mentees_total=92,
              students_10_19=1046, mentees_10_19=76, mentees_risk=14, mentees_disabled=9,
              mentees_low_motivation=22, mentees_career=11, students_15_19=388, mentors_15_19=19,
              young_specialists=12, young_specialists_mentees=11, teachers_other=84,
              teachers_other_mentees=5, teachers_mentors=21, young_specialists_mentors=2,
              pp_total=24, pp_teacher_teacher=16, pp_pupil_pupil=6, pp_head_teacher=2,
              agreements_edu_orgs=1, agreements_enterprises=2, enterprise_mentors=3,
              external_edu_mentors=2, kpk_trained=7,
              kpk_courses="«Наставничество в образовательной организации: технологии и инструменты» (36 ч., ЦНППМ); "
                          "«Организация наставничества молодых педагогов» (24 ч., ИРО)",
              satisfaction_mentees=84, satisfaction_mentors=87),
    rows=[
        ("1", "Наличие локального нормативного акта о внедрении целевой модели наставничества", "да/нет", "NC", (None, 1), "Приказ от 29.08.2024 № 187-о " + F5 + "prikaz_187_o_CMN.pdf"),
        ("2", "Наличие положения о системе наставничества педагогических работников", "да/нет", "orgs_regulation_teachers", None, "Приказ от 29.08.2024 № 188-о " + F5 + "polozhenie_nastavn_ped.pdf"),
        ("3", "Наличие положения о наставничестве обучающихся", "да/нет", "orgs_regulation_students", None, "Приказ от 29.08.2024 № 188-о " + F5 + "polozhenie_nastavn_obuch.pdf"),
        ("4", "Наличие приказа о мониторинге реализации целевой модели наставничества", "да/нет", "orgs_monitoring_order", None, F5 + "prikaz_monitoring_CMN.pdf"),
        ("5", "Наличие справки по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", None, F5 + "spravka_vnutr_monitoring_2024.pdf"),
        ("6", "Количество кураторов внедрения целевой модели наставничества", "чел.", "curators_total", None, F5 + "prikaz_kurator.pdf"),
        ("7", "Количество школьных методических объединений наставников", "ед.", "school_methodical_associations", None, None),
        ("8", "Количество локальных актов, регламентирующих оплату наставнической деятельности", "ед.", "pay_acts", None, F5 + "polozhenie_oplata_truda.pdf"),
        ("9", "Количество наставников в базе ОО (по приказу)", "чел.", "mentors_total", None, F5 + "baza_nastavnikov.pdf"),
        ("10", "Количество наставляемых в базе ОО (по приказу)", "чел.", "mentees_total", None, F5 + "baza_nastavlyaemyh.pdf"),
        ("11", "Численность обучающихся в возрасте 10–19 лет (всего)", "чел.", "students_10_19", None, None),
        ("12", "Численность обучающихся в возрасте 10–19 лет, вошедших в программы наставничества в роли наставляемого", "чел.", "mentees_10_19", None, F5 + "baza_nastavlyaemyh.pdf"),
        ("13", "Доля обучающихся общеобразовательной организации в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%", S("share_mentees_10_19"), None, None),
        ("14", "Численность наставляемых из числа обучающихся «группы риска»", "чел.", "mentees_risk", None, None),
        ("15", "Численность наставляемых из числа обучающихся с ОВЗ и детей-инвалидов", "чел.", "mentees_disabled", None, None),
        ("16", "Численность наставляемых из числа обучающихся с низкой мотивацией к обучению и неудовлетворительной успеваемостью", "чел.", "mentees_low_motivation", None, None),
        ("17", "Численность наставляемых из числа обучающихся, имеющих проблемы с выбором образовательной траектории и профессии", "чел.", "mentees_career", None, None),
        ("18", "Численность обучающихся в возрасте 15–19 лет (всего)", "чел.", "students_15_19", None, None),
        ("19", "Численность обучающихся в возрасте 15–19 лет — наставников (по приказу)", "чел.", "mentors_15_19", None, F5 + "baza_nastavnikov.pdf"),
        ("20", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%", S("share_mentors_15_19"), None, None),
        ("21", "Численность молодых специалистов (до 35 лет, стаж до 3 лет)", "чел.", "young_specialists", None, None),
        ("22", "Численность молодых специалистов — наставляемых", "чел.", "young_specialists_mentees", None, F5 + "prikaz_pary_ped_2024.pdf"),
        ("23", "Доля педагогов — молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого", "%", S("share_young_specialists_mentees"), None, None),
        ("24", "Численность педагогов (за исключением молодых специалистов)", "чел.", "teachers_other", None, None),
        ("25", "Численность педагогов (за исключением молодых специалистов) — наставляемых", "чел.", "teachers_other_mentees", None, F5 + "prikaz_pary_ped_2024.pdf"),
        ("26", "Доля педагогов, вошедших в программы наставничества в роли наставляемого", "%", S("share_teachers_mentees"), None, None),
        ("27", "Численность педагогов — наставников", "чел.", "teachers_mentors", None, F5 + "prikaz_pary_ped_2024.pdf"),
        ("28", "Численность молодых специалистов — наставников", "чел.", "young_specialists_mentors", None, None),
        ("29", "Доля молодых специалистов (до 35 лет, стаж до 3 лет), выступающих в роли наставника", "%", S("share_young_specialists_mentors"), None, None),
        ("30", "Количество персонализированных программ наставничества, всего", "ед.", "pp_total", None, F5 + "PPN_2024.pdf"),
        ("31", "из них по форме «педагог – педагог»", "ед.", "pp_teacher_teacher", None, F5 + "PPN_2024.pdf"),
        ("32", "из них по форме «ученик – ученик»", "ед.", "pp_pupil_pupil", None, F5 + "PPN_2024.pdf"),
        ("33", "из них по форме «руководитель – педагог»", "ед.", "pp_head_teacher", None, F5 + "PPN_2024.pdf"),
        ("34", "Количество соглашений о сотрудничестве с образовательными организациями (наставники из числа их работников)", "ед.", "agreements_edu_orgs", None, F5 + "dogovor_ZGU.pdf"),
        ("35", "Количество соглашений о сотрудничестве с предприятиями (наставники из числа их работников)", "ед.", "agreements_enterprises", None, F5 + "soglasheniya_predpriyatiya.pdf"),
        ("36", "Численность наставников из сторонних образовательных организаций (по приказу)", "чел.", "external_edu_mentors", None, None),
        ("37", "Численность наставников из предприятий (по приказу)", "чел.", "enterprise_mentors", None, None),
        ("38", "Численность педагогов, прошедших КПК по вопросам наставничества в 2024 году", "чел.", "kpk_trained", None, F5 + "kpk_nastavnichestvo_2024.pdf"),
        ("39", "Наименования программ повышения квалификации", "перечень", "kpk_courses", None, None),
        ("40", "Количество мероприятий регионального уровня по тематике наставничества, в которых приняли участие педагоги ОО", "ед.", "D", (None, 5), None),
        ("41", "Уровень удовлетворённости наставляемых (по итогам анкетирования)", "%", "satisfaction_mentees", None, F5 + "anketa_itogi.pdf"),
        ("42", "Уровень удовлетворённости наставников (по итогам анкетирования)", "%", "satisfaction_mentors", None, F5 + "anketa_itogi.pdf"),
    ],
    sign=["Руководитель ОО _____________ / Т.А. Малышева /", "М.П."],
))

# 4. СОШ № 11: name only in the file name, title «Мониторинг реализации ЦМН», percent format, 1/0 ----
Y = "https://disk.yandex.ru/i/"
SCHOOLS.append(dict(
    file="typed/МБОУ СОШ № 11 - мониторинг 2024.xlsx",
    sheet="2024",
    org="МБОУ СОШ № 11",
    org_in_filename=True,
    top=["Мониторинг реализации ЦМН"],
    header="plain", yes=(1, 0), share="pct", link_style="url",
    data=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
              internal_monitoring_notes=1, curators_total=1, nonmaterial_acts=1,
              mentors_total=38, mentees_total=94, students_10_19=540, mentees_10_19=88,
              students_15_19=176, mentors_15_19=23, young_specialists=4,
              young_specialists_mentees=4, teachers_other=47, teachers_other_mentees=2,
              teachers_mentors=12, pp_total=15, pp_teacher_teacher=6, pp_pupil_pupil=9,
              agreements_other_orgs=1, other_org_mentors=3, teachers_in_pp=12,
              satisfaction_mentees=0.86, satisfaction_mentors=0.9),
    rows=[
        ("1", "Наличие Положения о системе наставничества педагогических работников в ОО", "1 – да, 0 – нет", "orgs_regulation_teachers", None, Y + "pL7c2mXvQ4tR9w"),
        ("2", "Наличие Положения о наставничестве обучающихся в ОО", "1 – да, 0 – нет", "orgs_regulation_students", None, Y + "pL7c2mXvQ4tR9w"),
        ("3", "Наличие приказа о мониторинге реализации целевой модели наставничества", "1 – да, 0 – нет", "orgs_monitoring_order", None, Y + "Hk3sN8aZb1YqEe"),
        ("4", "Наличие информационной справки по итогам внутреннего мониторинга", "1 – да, 0 – нет", "internal_monitoring_notes", None, Y + "Rm5TgW0uJx6vKa"),
        ("5", "Наличие на официальном сайте ОО специального раздела «Наставничество»", "1 – да, 0 – нет", "D", (None, 1), "https://shkola11-zar.gosuslugi.ru/nastavnichestvo/"),
        ("6", "Кураторы внедрения ЦМН в ОО", "чел.", "curators_total", None, Y + "Vb9qLs2dFh7NcP"),
        ("7", "Локальные акты о нематериальном поощрении наставников", "ед.", "nonmaterial_acts", None, Y + "Zx4eTy8oWm1QrU"),
        ("8", "Наставники (база наставников, по приказу)", "чел.", "mentors_total", None, Y + "Ct6hJk0sPz3BnM"),
        ("9", "Наставляемые (база наставляемых, по приказу)", "чел.", "mentees_total", None, Y + "Ct6hJk0sPz3BnM"),
        ("10", "Обучающиеся в возрасте от 10 до 19 лет, всего", "чел.", "students_10_19", None, None),
        ("11", "Обучающиеся в возрасте от 10 до 19 лет — наставляемые", "чел.", "mentees_10_19", None, Y + "Ct6hJk0sPz3BnM"),
        ("12", "Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%", S("share_mentees_10_19"), None, None),
        ("13", "Обучающиеся в возрасте от 15 до 19 лет, всего", "чел.", "students_15_19", None, None),
        ("14", "Обучающиеся в возрасте от 15 до 19 лет — наставники", "чел.", "mentors_15_19", None, Y + "Ct6hJk0sPz3BnM"),
        ("15", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%", S("share_mentors_15_19"), None, None),
        ("16", "Молодые специалисты (стаж педагогической работы от 0 до 3 лет)", "чел.", "young_specialists", None, None),
        ("17", "Молодые специалисты — наставляемые", "чел.", "young_specialists_mentees", None, Y + "Gq2wEr5tYu8IoP"),
        ("18", "Доля педагогов — молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого", "%", S("share_young_specialists_mentees"), None, None),
        ("19", "Педагогические работники, за исключением молодых специалистов", "чел.", "teachers_other", None, None),
        ("20", "Педагогические работники (за исключением молодых специалистов) — наставляемые", "чел.", "teachers_other_mentees", None, Y + "Gq2wEr5tYu8IoP"),
        ("21", "Педагогические работники — наставники", "чел.", "teachers_mentors", None, Y + "Gq2wEr5tYu8IoP"),
        ("22", "Доля педагогов, вошедших в программы наставничества в роли наставника", "%", S("share_teachers_mentors"), None, None),
        ("23", "Педагоги, реализующие персонализированные программы наставничества", "чел.", "teachers_in_pp", None, None),
        ("24", "Персонализированные программы наставничества, всего", "ед.", "pp_total", None, Y + "Nj7kLm3nBv6CxZ"),
        ("25", "в том числе «учитель – учитель»", "ед.", "pp_teacher_teacher", None, Y + "Nj7kLm3nBv6CxZ"),
        ("26", "в том числе «ученик – ученик»", "ед.", "pp_pupil_pupil", None, Y + "Nj7kLm3nBv6CxZ"),
        ("27", "Соглашения о сотрудничестве с иными организациями (наставники из числа их сотрудников)", "ед.", "agreements_other_orgs", None, Y + "Df1gHj4kLq9WeR"),
        ("28", "Наставники из иных организаций", "чел.", "other_org_mentors", None, Y + "Df1gHj4kLq9WeR"),
        ("29", "Удовлетворённость наставляемых участием в программах наставничества", "%", "satisfaction_mentees", None, None),
        ("30", "Удовлетворённость наставников участием в программах наставничества", "%", "satisfaction_mentors", None, None),
    ],
    sign=[],
))

# 5. Берёзовская ООШ: header merged over two rows, column-number row ---------------------------
B = "https://berezovskaya-oosh.gosuslugi.ru/ofitsialno/dokumenty/"
SCHOOLS.append(dict(
    file="typed/Березовская ООШ наставничество 2024.xlsx",
    sheet="Лист1",
    org="МБОУ «Берёзовская ООШ»",
    org_cell_text="МБОУ «Берёзовская ООШ»",
    top=["Сведения о реализации целевой модели наставничества",
         "@ORG",
         "(в соответствии с региональной «дорожной картой» внедрения целевой модели наставничества)"],
    header="merged2", yes=("Да", "Нет"), share="num1", link_style="url",
    data=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
              internal_monitoring_notes=1, curators_total=1, mentors_total=10, mentees_total=15,
              students_10_19=58, mentees_10_19=14, mentees_risk=3, mentees_low_motivation=5,
              students_15_19=11, mentors_15_19=4, young_specialists=1,
              young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=0,
              teachers_mentors=4, pp_total=5, pp_teacher_teacher=1, pp_pupil_pupil=4,
              agreements_edu_orgs=1, external_edu_mentors=2,
              agreement_subjects="Сетевое взаимодействие: МБОУ «СОШ № 5» направляет педагогов-наставников "
                                 "для сопровождения молодого специалиста и подготовки обучающихся к ОГЭ",
              partner_list="МБОУ «СОШ № 5»", kpk_trained=1,
              satisfaction_mentees=95, satisfaction_mentors=90),
    rows=[
        ("1", "Наличие утверждённого положения о системе наставничества педагогических работников", "да/нет", "orgs_regulation_teachers", None, B + "polozhenie_nastavnichestvo_pedagogov.pdf"),
        ("2", "Наличие утверждённого положения о наставничестве обучающихся", "да/нет", "orgs_regulation_students", None, B + "polozhenie_nastavnichestvo_obuch.pdf"),
        ("3", "Наличие приказа о проведении мониторинга реализации целевой модели наставничества", "да/нет", "orgs_monitoring_order", None, None),
        ("4", "Наличие аналитической справки по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", None, "https://cloud.mail.ru/public/8Xk2/mT4vQz91P"),
        ("5", "Численность кураторов внедрения целевой модели наставничества", "чел.", "curators_total", None, B + "prikaz_kurator_2024.pdf"),
        ("6", "Численность наставников (по приказу)", "чел.", "mentors_total", None, B + "prikaz_nastavniki_2024.pdf"),
        ("7", "Численность наставляемых (по приказу)", "чел.", "mentees_total", None, B + "prikaz_nastavniki_2024.pdf"),
        ("8", "Общая численность обучающихся в возрасте от 10 до 19 лет", "чел.", "students_10_19", None, None),
        ("9", "Численность обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "чел.", "mentees_10_19", None, B + "prikaz_nastavniki_2024.pdf"),
        ("10", "Доля обучающихся общеобразовательной организации в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%", S("share_mentees_10_19"), None, None),
        ("11", "в т.ч. обучающихся, отнесённых к «группе риска»", "чел.", "mentees_risk", None, None),
        ("12", "в т.ч. обучающихся с низкой мотивацией к учёбе и неудовлетворительной успеваемостью", "чел.", "mentees_low_motivation", None, None),
        ("13", "Общая численность обучающихся в возрасте от 15 до 19 лет", "чел.", "students_15_19", None, None),
        ("14", "Численность обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "чел.", "mentors_15_19", None, B + "prikaz_nastavniki_2024.pdf"),
        ("15", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%", S("share_mentors_15_19"), None, None),
        ("16", "Численность педагогов — молодых специалистов (с опытом работы от 0 до 3 лет)", "чел.", "young_specialists", None, None),
        ("17", "Численность педагогов — молодых специалистов, вошедших в программы наставничества в роли наставляемого", "чел.", "young_specialists_mentees", None, B + "prikaz_nastavniki_2024.pdf"),
        ("18", "Численность педагогов (без молодых специалистов)", "чел.", "teachers_other", None, None),
        ("19", "Численность педагогов (без молодых специалистов), вошедших в программы наставничества в роли наставляемого", "чел.", "teachers_other_mentees", None, None),
        ("20", "Доля педагогов, вошедших в программы наставничества в роли наставляемого", "%", S("share_teachers_mentees"), None, None),
        ("21", "Численность педагогов школы, выступающих в роли наставника", "чел.", "teachers_mentors", None, B + "prikaz_nastavniki_2024.pdf"),
        ("22", "Количество персонализированных программ наставничества", "ед.", "pp_total", None, B + "PPN_2024.pdf"),
        ("23", "из них «учитель – учитель»", "ед.", "pp_teacher_teacher", None, B + "PPN_2024.pdf"),
        ("24", "из них «ученик – ученик»", "ед.", "pp_pupil_pupil", None, B + "PPN_2024.pdf"),
        ("25", "Количество соглашений о сотрудничестве с другими образовательными организациями (наставники из числа их педагогов)", "ед.", "agreements_edu_orgs", None, B + "dogovor_setevoe_SOSH5.pdf"),
        ("26", "Предмет соглашения", "текст", "agreement_subjects", None, B + "dogovor_setevoe_SOSH5.pdf"),
        ("27", "Наименование организаций-партнёров", "перечень", "partner_list", None, None),
        ("28", "Численность наставников из сторонних образовательных организаций", "чел.", "external_edu_mentors", None, B + "prikaz_nastavniki_2024.pdf"),
        ("29", "Численность педагогов, обученных на курсах повышения квалификации по вопросам наставничества в 2024 году", "чел.", "kpk_trained", None, None),
        ("30", "Уровень удовлетворённости наставляемых участием в программах наставничества", "%", "satisfaction_mentees", None, None),
        ("31", "Уровень удовлетворённости наставников участием в программах наставничества", "%", "satisfaction_mentors", None, None),
    ],
    sign=["Директор школы __________ Н.С. Кузьмина"],
))

# 6. ДОП institution: links as hyperlinks «ссылка», combined satisfaction row ---------------------
C = "https://cdt-raduga-zar.edu.ru/files/nastavnichestvo/"
SCHOOLS.append(dict(
    file="typed/ЦДТ Радуга_мониторинг ЦМН_2024.xlsx",
    sheet="Мониторинг",
    org="МБУ ДО «Центр детского творчества «Радуга»",
    org_cell_text="Учреждение: МБУ ДО «Центр детского творчества «Радуга»",
    top=["Мониторинг показателей реализации целевой модели наставничества в организациях дополнительного образования "
         "Заречногорского городского округа за 2024 год",
         "@ORG"],
    header="plain", yes=("да", "нет"), share="num2", link_style="hyperlink",
    data=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
              internal_monitoring_notes=1, curators_total=1, school_methodical_associations=1,
              pay_acts=1, nonmaterial_acts=1, mentors_total=33, mentees_total=104,
              students_10_19=1430, mentees_10_19=96, mentees_gifted=28, mentees_disabled=11,
              students_15_19=402, mentors_15_19=21, young_specialists=5,
              young_specialists_mentees=5, teachers_other=48, teachers_other_mentees=3,
              teachers_mentors=9, pp_total=7, pp_teacher_teacher=5, pp_teacher_pupil=2,
              agreements_edu_orgs=1, agreements_other_orgs=2, external_edu_mentors=1,
              other_org_mentors=2,
              partner_list="ГБПОУ «Заречногорский колледж культуры и искусств»; "
                           "МБУК «Заречногорский краеведческий музей»; "
                           "МБУК «Централизованная библиотечная система»"),
    rows=[
        ("1.", "Организационно-нормативные условия", None, "H", None, None),
        ("1.1", "Наличие локального нормативного акта о внедрении целевой модели наставничества", "да/нет", "NC", (None, 1), C + "prikaz_CMN.pdf"),
        ("1.2", "Наличие положения о системе наставничества педагогических работников", "да/нет", "orgs_regulation_teachers", None, C + "polozhenie_pedagogi.pdf"),
        ("1.3", "Наличие положения о наставничестве обучающихся", "да/нет", "orgs_regulation_students", None, C + "polozhenie_obuchayushchiesya.pdf"),
        ("1.4", "Наличие приказа о мониторинге реализации программ наставничества", "да/нет", "orgs_monitoring_order", None, C + "prikaz_monitoring.pdf"),
        ("1.5", "Наличие справки по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", None, C + "spravka_2024.pdf"),
        ("1.6", "Численность кураторов внедрения целевой модели наставничества", "чел.", "curators_total", None, C + "prikaz_kurator.pdf"),
        ("1.7", "Количество методических объединений наставников", "ед.", "school_methodical_associations", None, None),
        ("1.8", "Количество локальных актов об оплате наставнической деятельности", "ед.", "pay_acts", None, C + "polozhenie_oplata.pdf"),
        ("1.9", "Количество локальных актов о нематериальном поощрении наставников", "ед.", "nonmaterial_acts", None, C + "polozhenie_pooshchrenie.pdf"),
        ("2.", "Участники программ наставничества", None, "H", None, None),
        ("2.1", "Численность наставников в базе наставников (по приказу)", "чел.", "mentors_total", None, C + "baza_2024.pdf"),
        ("2.2", "Численность наставляемых в базе наставляемых (по приказу)", "чел.", "mentees_total", None, C + "baza_2024.pdf"),
        ("2.3", "Численность обучающихся в возрасте от 10 до 19 лет, осваивающих дополнительные общеобразовательные программы", "чел.", "students_10_19", None, None),
        ("2.4", "Численность обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "чел.", "mentees_10_19", None, C + "baza_2024.pdf"),
        ("2.5", "Доля обучающихся образовательной организации в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%", S("share_mentees_10_19"), None, None),
        ("2.6", "из них одарённых детей (включённых в реестр)", "чел.", "mentees_gifted", None, None),
        ("2.7", "из них детей с ОВЗ и детей-инвалидов", "чел.", "mentees_disabled", None, None),
        ("2.8", "Численность обучающихся в возрасте от 15 до 19 лет", "чел.", "students_15_19", None, None),
        ("2.9", "Численность обучающихся в возрасте от 15 до 19 лет — наставников", "чел.", "mentors_15_19", None, C + "baza_2024.pdf"),
        ("2.10", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%", S("share_mentors_15_19"), None, None),
        ("2.11", "Численность педагогов — молодых специалистов (с опытом работы от 0 до 3 лет)", "чел.", "young_specialists", None, None),
        ("2.12", "Численность молодых специалистов в роли наставляемого", "чел.", "young_specialists_mentees", None, C + "prikaz_pary.pdf"),
        ("2.13", "Численность педагогов дополнительного образования (без молодых специалистов)", "чел.", "teachers_other", None, None),
        ("2.14", "Численность педагогов (без молодых специалистов) в роли наставляемого", "чел.", "teachers_other_mentees", None, C + "prikaz_pary.pdf"),
        ("2.15", "Доля педагогов, вошедших в программы наставничества в роли наставляемого", "%", S("share_teachers_mentees"), None, None),
        ("2.16", "Численность педагогов в роли наставника", "чел.", "teachers_mentors", None, C + "prikaz_pary.pdf"),
        ("2.17", "Доля педагогов, вошедших в программы наставничества в роли наставника", "%", S("share_teachers_mentors"), None, None),
        ("3.", "Персонализированные программы и партнёрство", None, "H", None, None),
        ("3.1", "Количество персонализированных программ наставничества, всего", "ед.", "pp_total", None, C + "PPN.pdf"),
        ("3.2", "в т.ч. по форме «педагог – педагог»", "ед.", "pp_teacher_teacher", None, C + "PPN.pdf"),
        ("3.3", "в т.ч. по форме «педагог – обучающийся»", "ед.", "pp_teacher_pupil", None, C + "PPN.pdf"),
        ("3.4", "Количество соглашений с образовательными организациями о привлечении их работников в качестве наставников", "ед.", "agreements_edu_orgs", None, C + "soglasheniya.pdf"),
        ("3.5", "Количество соглашений с иными организациями (учреждения культуры) о привлечении их работников в качестве наставников", "ед.", "agreements_other_orgs", None, C + "soglasheniya.pdf"),
        ("3.6", "Численность наставников из других образовательных организаций", "чел.", "external_edu_mentors", None, None),
        ("3.7", "Численность наставников из иных организаций", "чел.", "other_org_mentors", None, None),
        ("3.8", "Перечень организаций-партнёров", "перечень", "partner_list", None, None),
        ("4.", "Результативность", None, "H", None, None),
        ("4.1", "Уровень удовлетворённости участников программ наставничества (в %)", "%", "NC", (None, 92), C + "anketirovanie.pdf"),
        ("4.2", "Доля наставляемых — победителей и призёров конкурсных мероприятий муниципального и регионального уровней", "%", "D", (None, 18.75), None),
    ],
    sign=["Директор МБУ ДО ЦДТ «Радуга» ____________ Е.Г. Плотникова"],
))

# 7. СОШ № 8: plain form, total agreements row ----------------------------------------------------
E8 = "https://sch8-zarechnogorsk.gosuslugi.ru/netcat_files/userfiles/CMN/"
SCHOOLS.append(dict(
    file="typed/sosh8_CMN_2024.xlsx",
    sheet="Лист1",
    org="МБОУ «СОШ № 8 с углублённым изучением отдельных предметов»",
    org_cell_text="МБОУ «СОШ № 8 с углублённым изучением отдельных предметов»",
    top=["Показатели эффективности внедрения целевой модели наставничества (форма для ОО)",
         "@ORG"],
    header="plain", yes=("да", "нет"), share="num1", link_style="url",
    data=dict(orgs_regulation_teachers=1, orgs_regulation_students=0, orgs_monitoring_order=1,
              internal_monitoring_notes=1, curators_total=1, mentors_total=36, mentees_total=71,
              students_10_19=618, mentees_10_19=63, mentees_career=17, mentees_other_params=9,
              students_15_19=205, mentors_15_19=14, young_specialists=7,
              young_specialists_mentees=6, teachers_other=52, teachers_other_mentees=2,
              teachers_mentors=18, pp_total=12, agreements_edu_orgs=1, agreements_enterprises=2,
              enterprise_mentors=3, external_edu_mentors=1, kpk_trained=3,
              satisfaction_mentees=88, satisfaction_mentors=86),
    rows=[
        ("1", "Наличие локального нормативного акта о внедрении целевой модели наставничества", "да/нет", "NC", (None, 1), E8 + "prikaz_vnedrenie.pdf"),
        ("2", "Наличие утверждённого положения о наставничестве педагогических работников", "да/нет", "orgs_regulation_teachers", None, E8 + "polozhenie_ped.pdf"),
        ("3", "Наличие утверждённого положения о наставничестве обучающихся", "да/нет", "orgs_regulation_students", None, None),
        ("4", "Наличие приказа о мониторинге реализации целевой модели наставничества", "да/нет", "orgs_monitoring_order", None, E8 + "prikaz_monitoring.pdf"),
        ("5", "Наличие информационной справки по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", None, E8 + "spravka_monitoring.pdf"),
        ("6", "Численность кураторов целевой модели наставничества", "чел.", "curators_total", None, E8 + "prikaz_kurator.pdf"),
        ("7", "Численность наставников ОО (по приказу)", "чел.", "mentors_total", None, E8 + "prikaz_nastavniki.pdf"),
        ("8", "Численность наставляемых ОО (по приказу)", "чел.", "mentees_total", None, E8 + "prikaz_nastavniki.pdf"),
        ("9", "Общая численность обучающихся в возрасте от 10 до 19 лет", "чел.", "students_10_19", None, None),
        ("10", "Численность обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "чел.", "mentees_10_19", None, E8 + "prikaz_nastavniki.pdf"),
        ("11", "Доля обучающихся общеобразовательной организации в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого", "%", S("share_mentees_10_19"), None, None),
        ("12", "из них имеющих затруднения с выбором образовательной траектории и профессии", "чел.", "mentees_career", None, None),
        ("13", "из них включённых в программы наставничества по иным основаниям", "чел.", "mentees_other_params", None, None),
        ("14", "Общая численность обучающихся в возрасте от 15 до 19 лет", "чел.", "students_15_19", None, None),
        ("15", "Численность обучающихся в возрасте от 15 до 19 лет в роли наставника", "чел.", "mentors_15_19", None, E8 + "prikaz_nastavniki.pdf"),
        ("16", "Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника", "%", S("share_mentors_15_19"), None, None),
        ("17", "Численность педагогов — молодых специалистов (с опытом работы от 0 до 3 лет)", "чел.", "young_specialists", None, None),
        ("18", "Численность педагогов — молодых специалистов в роли наставляемого", "чел.", "young_specialists_mentees", None, E8 + "prikaz_pary_ped.pdf"),
        ("19", "Доля педагогов — молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого", "%", S("share_young_specialists_mentees"), None, None),
        ("20", "Численность иных педагогических работников (без молодых специалистов)", "чел.", "teachers_other", None, None),
        ("21", "Численность иных педагогических работников в роли наставляемого", "чел.", "teachers_other_mentees", None, E8 + "prikaz_pary_ped.pdf"),
        ("22", "Численность педагогических работников в роли наставника", "чел.", "teachers_mentors", None, E8 + "prikaz_pary_ped.pdf"),
        ("23", "Доля педагогических работников, вошедших в программы наставничества в роли наставника", "%", S("share_teachers_mentors"), None, None),
        ("24", "Количество утверждённых персонализированных программ наставничества", "ед.", "pp_total", None, E8 + "PPN.pdf"),
        ("25", "Количество заключённых соглашений о сотрудничестве с организациями — партнёрами", "ед.", "NC", (None, 3), E8 + "soglasheniya.pdf"),
        ("25.1", "в том числе с образовательными организациями", "ед.", "agreements_edu_orgs", None, E8 + "soglasheniya.pdf"),
        ("25.2", "в том числе с предприятиями (работодателями)", "ед.", "agreements_enterprises", None, E8 + "soglasheniya.pdf"),
        ("26", "Численность наставников — работников предприятий", "чел.", "enterprise_mentors", None, None),
        ("27", "Численность наставников — работников других образовательных организаций", "чел.", "external_edu_mentors", None, None),
        ("28", "Численность педагогов, прошедших КПК по вопросам наставничества (2024 год)", "чел.", "kpk_trained", None, E8 + "kpk.pdf"),
        ("29", "Уровень удовлетворённости наставляемых участием в программах наставничества", "%", "satisfaction_mentees", None, E8 + "anketa.pdf"),
        ("30", "Уровень удовлетворённости наставников участием в программах наставничества", "%", "satisfaction_mentors", None, E8 + "anketa.pdf"),
    ],
    sign=["Директор ____________ С.В. Орлов", "Дата заполнения: 17.01.2025"],
))

YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
         "internal_monitoring_notes"}
LEVEL = {"satisfaction_mentees", "satisfaction_mentors"}


def fmt_pct_text(x, nd):
    s = f"{x:.{nd}f}".replace(".", ",")
    return s + " %"


def render_value(sc, crit, raw_kind, val):
    """Return (cell value, number_format or None, expected value)."""
    style = sc["share"]
    if raw_kind == "yesno":
        return (sc["yes"][0] if val else sc["yes"][1]), None, int(bool(val))
    if raw_kind == "share":  # val: percent (float, unrounded)
        if style == "num1":
            v = rnd(val, 1); return v, "0.0", v
        if style == "num2":
            v = rnd(val, 2); return v, "0.00", v
        if style == "text1":
            v = rnd(val, 1); return fmt_pct_text(v, 1), None, v
        if style == "pct":
            f = rnd(val / 100.0, 4); return f, "0.00%", rnd(f * 100, 2)
    if raw_kind == "level":
        if style == "text1":
            return f"{val} %", None, val
        if style == "pct":
            return val, "0%", rnd(val * 100, 2)
        return val, None, val
    return val, None, val


def build(sc):
    wb = Workbook()
    ws = wb.active
    ws.title = sc["sheet"]
    D = sc["data"]
    P = sc.get("prev")
    prev = sc["header"] == "prev"
    ncol = 6 if prev else 5
    r = 1
    org_cell = None
    for t in sc["top"]:
        if t == "@ORG":
            if sc.get("org_inline"):
                # previous row holds the caption; the name goes to column C of that row
                ws.cell(row=r - 1, column=3, value=sc["org_cell_text"]).font = BOLD
                org_cell = f"C{r - 1}"
                continue
            ws.cell(row=r, column=1, value=sc["org_cell_text"]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            org_cell = f"A{r}"
        else:
            c = ws.cell(row=r, column=1, value=t)
            c.font = BOLD
            c.alignment = Alignment(wrap_text=True, horizontal="center")
            if sc.get("org_inline") and t.endswith(":"):
                ws.cell(row=r, column=1).alignment = Alignment(horizontal="left")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            else:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    # header
    if sc["header"] == "merged2":
        h1 = ["№ п/п", "Наименование показателя", "Единица измерения", "Значение показателя",
              "Подтверждающий документ (ссылка)"]
        for j, h in enumerate(h1, 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = BOLD; c.alignment = CENTER; c.border = BOX
            ws.cell(row=r + 1, column=j).border = BOX
        c = ws.cell(row=r + 1, column=4, value="за 2024 год")
        c.font = BOLD; c.alignment = CENTER
        for j in (1, 2, 3, 5):
            ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
        r += 2
        for j in range(1, 6):
            c = ws.cell(row=r, column=j, value=j)
            c.alignment = CENTER; c.border = BOX
        r += 1
    else:
        if prev:
            hdr = ["№ п/п", "Наименование показателя", "Единица измерения", "Значение за 2023 год",
                   "Значение показателя за 2024 год", "Подтверждающий документ (ссылка)"]
        else:
            hdr = ["№ п/п", "Наименование показателя", "Единица измерения",
                   "Значение показателя за 2024 год", "Подтверждающий документ (ссылка)"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = BOLD; c.alignment = CENTER; c.border = BOX
        r += 1
    vcol = 5 if prev else 4
    lcol = vcol + 1
    values, links, cells, not_criteria, headings = {}, {}, [], [], []
    for (num, title, unit, tag, val, link) in sc["rows"]:
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=j).alignment = WRAP
        if tag == "H":
            ws.cell(row=r, column=1).font = BOLD
            ws.cell(row=r, column=2).font = BOLD
            headings.append(title)
            r += 1
            continue
        ws.cell(row=r, column=3, value=unit).alignment = CENTER
        if isinstance(tag, tuple):
            crit = tag[1]
            num_ids, den_ids = SHARES[crit]
            raw = ratio(D, num_ids, den_ids)
            kind = "share"
            rawprev = ratio(P, num_ids, den_ids) if prev else None
        elif tag in ("D", "NC"):
            crit = None
            kind = "yesno" if unit in ("да/нет", "1 – да, 0 – нет") else "plain"
            rawprev, raw = val
            if kind == "plain" and unit == "%" and sc["share"] in ("text1",):
                kind = "share"
        else:
            crit = tag
            raw = D[crit]
            kind = "yesno" if crit in YESNO else ("level" if crit in LEVEL else "plain")
            rawprev = P.get(crit) if prev else None
        shown, nf, exp = render_value(sc, crit, kind, raw)
        c = ws.cell(row=r, column=vcol, value=shown)
        c.alignment = CENTER if not isinstance(shown, str) or len(shown) < 20 else WRAP
        if nf:
            c.number_format = nf
        if prev and rawprev is not None:
            s2, nf2, _ = render_value(sc, crit, kind, rawprev)
            c2 = ws.cell(row=r, column=4, value=s2)
            c2.alignment = CENTER if not isinstance(s2, str) or len(s2) < 20 else WRAP
            if nf2:
                c2.number_format = nf2
        url = None
        if link:
            lc = ws.cell(row=r, column=lcol)
            if sc["link_style"] == "hyperlink":
                lc.value = "ссылка"
                lc.hyperlink = link
                lc.font = Font(color="0563C1", underline="single")
                url = link
            else:
                lc.value = link
                url = link[link.index("https://"):]
        else:
            ws.cell(row=r, column=lcol, value="—" if sc["link_style"] != "text" else None)
        vref = f"{get_column_letter(vcol)}{r}"
        lref = f"{get_column_letter(lcol)}{r}"
        if crit is None:
            not_criteria.append(title)
        else:
            values[crit] = exp
            cells.append(dict(file=sc["file"], sheet=sc["sheet"], cell=vref, kind="value",
                              criterion=crit, expected=exp, shown=shown, row_title=title))
            if url:
                links[crit] = url
                cells.append(dict(file=sc["file"], sheet=sc["sheet"], cell=lref, kind="link",
                                  criterion=crit, expected=url,
                                  link_in="hyperlink" if sc["link_style"] == "hyperlink" else "text"))
        r += 1
    r += 1
    for s in sc["sign"]:
        ws.cell(row=r, column=2, value=s)
        r += 1
    widths = [7, 70, 13, 16, 16, 48] if prev else [7, 70, 13, 18, 55]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = None
    if org_cell:
        cells.append(dict(file=sc["file"], sheet=sc["sheet"], cell=org_cell, kind="organisation",
                          expected=sc["org"]))
    else:
        cells.append(dict(file=sc["file"], sheet=None, cell=None, kind="organisation",
                          expected=sc["org"], where="file name"))
    path = os.path.join(HERE, sc["file"])
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 1, 17, 10, 0, 0)
    wb.save(path)
    entry = {"file": sc["file"], "year": 2024, "organisation": sc["org"], "values": values,
             "links": links, "not_criteria": not_criteria, "headings": headings}
    return entry, cells


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        os.remove(os.path.join(TYPED, f))
    expected, cells = [], []
    for sc in SCHOOLS:
        e, c = build(sc)
        expected.append(e)
        cells.extend(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files {len(expected)}  values {nv}  links {nl}")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links, "
              f"{len(e['not_criteria'])} not_criteria")


if __name__ == "__main__":
    main()
