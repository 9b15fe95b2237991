#!/usr/bin/env python3
"""heldout76: a regional ministry's template for the 2024 ЦМН monitoring, as filled in by the
schools of the (invented) Светлопольский муниципальный округ.

The template explains every indicator: «Код показателя», «Единица измерения», «Методика расчёта /
формула», «Источник данных», «Целевое значение (ориентир)», «Подтверждающий документ (ссылка)».
Seven schools, seven layouts of the same template.  Deterministic: all data are fixed below.

Writes typed/*.xlsx, expected.json, cells.json.
"""
import datetime
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

# --------------------------------------------------------------------------------------------
# The template's rows.  kind: heading (section row, no value), sub (a "в том числе:" row, no
# value), crit (a criterion of the catalogue), decoy (a value row that is no criterion).
# key: criterion id for crit, a local key for decoys.
# fields: code, text (full), short (school 7), unit, method, source, target
# --------------------------------------------------------------------------------------------
YN = "1 – да / 0 – нет"
ROWS = [
    dict(kind="heading", text="Раздел 1. Нормативное обеспечение реализации ЦМН"),
    dict(kind="crit", key="orgs_regulation_teachers", code="Н-1.1",
         text="Наличие приказа об утверждении Положения о системе наставничества педагогических работников ОО",
         short="Положение о наставничестве педработников (приказ)",
         unit=YN, method="1 – приказ издан, Положение утверждено; 0 – нет", source="приказ ОО", target=1),
    dict(kind="crit", key="orgs_regulation_students", code="Н-1.2",
         text="Наличие приказа об утверждении Положения о системе наставничества обучающихся ОО",
         short="Положение о наставничестве обучающихся (приказ)",
         unit=YN, method="1 – приказ издан, Положение утверждено; 0 – нет", source="приказ ОО", target=1),
    dict(kind="crit", key="orgs_monitoring_order", code="Н-1.3",
         text="Наличие приказа о проведении мониторинга реализации ЦМН в ОО",
         short="Приказ о мониторинге ЦМН",
         unit=YN, method="1 – приказ о проведении мониторинга издан в 2024 г.; 0 – нет", source="приказ ОО",
         target=1),
    dict(kind="decoy", key="roadmap", code="Н-1.4",
         text="Наличие утверждённой дорожной карты по внедрению ЦМН в ОО",
         short="Дорожная карта ЦМН",
         unit=YN, method="1 – дорожная карта утверждена на 2024/2025 уч. г.; 0 – нет", source="приказ ОО",
         target=1),

    dict(kind="heading", text="Раздел 2. Организационное обеспечение, взаимодействие с партнёрами"),
    dict(kind="crit", key="curators_total", code="П.2.1",
         text="Количество кураторов внедрения ЦМН в ОО",
         short="Кураторы ЦМН",
         unit="чел.", method="по приказу о назначении куратора; не более 2 чел. на ОО", source="приказ ОО",
         target=1),
    dict(kind="crit", key="mentors_total", code="П.2.2",
         text="Численность наставников, включённых в базу наставников ОО (по приказу)",
         short="Наставники в базе ОО (по приказу)",
         unit="чел.",
         method="указывается суммарно по всем формам наставничества: педагоги, обучающиеся 15–19 лет, "
                "внешние наставники (П.9.1 + П.6.2 + П.4.1)",
         source="база наставников", target=None),
    dict(kind="crit", key="mentees_total", code="П.2.3",
         text="Численность наставляемых, включённых в базу наставляемых ОО (по приказу)",
         short="Наставляемые в базе ОО (по приказу)",
         unit="чел.",
         method="указывается суммарно по всем формам наставничества (обучающиеся, педагоги) по приказу о "
                "закреплении пар/групп",
         source="база наставляемых", target=None),
    dict(kind="decoy", key="agr_total", code="П.2.4",
         text="Количество соглашений о сотрудничестве в сфере наставничества, всего",
         short="Соглашения о сотрудничестве, всего",
         unit="ед.", method="= П.2.4.1 + П.2.4.2 + П.2.4.3", source="соглашения (договоры)", target=None),
    dict(kind="crit", key="agreements_edu_orgs", code="П.2.4.1",
         text="в т.ч. с другими образовательными организациями, направившими своих сотрудников в качестве "
              "наставников",
         short="Соглашения с др. ОО (наставники)",
         unit="ед.", method="соглашения, действующие на 31.12.2024, с ОО, предоставившими наставников",
         source="соглашения (договоры)", target=None),
    dict(kind="crit", key="agreements_enterprises", code="П.2.4.2",
         text="в т.ч. с предприятиями, направившими своих сотрудников в качестве наставников",
         short="Соглашения с предприятиями",
         unit="ед.", method="соглашения, действующие на 31.12.2024, с предприятиями (работодателями)",
         source="соглашения (договоры)", target=None),
    dict(kind="crit", key="agreements_other_orgs", code="П.2.4.3",
         text="в т.ч. с иными организациями (НКО, учреждения культуры, спорта и др.), направившими наставников",
         short="Соглашения с иными орг-ми",
         unit="ед.", method="НКО, учреждения культуры, спорта, молодёжной политики, любой формы собственности",
         source="соглашения (договоры)", target=None),
    dict(kind="crit", key="partner_list", code="П.2.5",
         text="Перечень предприятий и организаций, взаимодействующих с ОО по вопросам наставничества",
         short="Организации-партнёры",
         unit="перечень", method="перечислить через «;» все организации из П.2.4.1 – П.2.4.3",
         source="соглашения (договоры)", target=None),

    dict(kind="heading", text="Раздел 3. Персонализированные программы наставничества (ПП)"),
    dict(kind="crit", key="pp_total", code="П.3.1",
         text="Количество персонализированных программ наставничества (ПП), утверждённых в ОО, всего",
         short="ПП наставничества, всего",
         unit="ед.", method="= сумма П.3.1.1 – П.3.1.4; указывается суммарно по всем формам наставничества",
         source="приказ ОО об утверждении ПП", target=None),
    dict(kind="crit", key="pp_pupil_pupil", code="П.3.1.1",
         text="из них по форме «ученик – ученик»",
         short="ПП «ученик – ученик»",
         unit="ед.", method="ПП, утверждённые приказом ОО в 2024 г.", source="приказ ОО об утверждении ПП",
         target=None),
    dict(kind="crit", key="pp_teacher_teacher", code="П.3.1.2",
         text="из них по форме «учитель – учитель» («педагог – педагог»)",
         short="ПП «учитель – учитель»",
         unit="ед.", method="в т.ч. программы адаптации молодых специалистов (см. П.8.2)",
         source="приказ ОО об утверждении ПП", target=None),
    dict(kind="crit", key="pp_teacher_pupil", code="П.3.1.3",
         text="из них по форме «учитель – ученик»",
         short="ПП «учитель – ученик»",
         unit="ед.", method="ПП, утверждённые приказом ОО в 2024 г.", source="приказ ОО об утверждении ПП",
         target=None),
    dict(kind="crit", key="pp_other", code="П.3.1.4",
         text="из них по иным формам (указать в примечании)",
         short="ПП иные формы",
         unit="ед.", method="«работодатель – ученик», «педагог – родитель», «выпускник – ученик» и т.п.",
         source="приказ ОО об утверждении ПП", target=None),

    dict(kind="heading", text="Раздел 4. Привлечение наставников из внешних организаций"),
    dict(kind="sub", code="П.4.1",
         text="Наставники из сторонних организаций (по приказу ОО), в том числе:",
         short="Внешние наставники, в т.ч.:",
         unit="чел.", method="= П.4.1.1 + П.4.1.2 + наставники из иных организаций", source="база наставников",
         target=None),
    dict(kind="crit", key="external_edu_mentors", code="П.4.1.1",
         text="сотрудники других образовательных организаций",
         short="из др. ОО",
         unit="чел.", method="сотрудники сторонних ОО, закреплённые приказом ОО", source="база наставников",
         target=None),
    dict(kind="crit", key="enterprise_mentors", code="П.4.1.2",
         text="сотрудники предприятий",
         short="с предприятий",
         unit="чел.", method="сотрудники предприятий-партнёров (см. П.2.4.2)", source="база наставников",
         target=None),
    dict(kind="decoy", key="projects", code="П.4.2",
         text="Количество образовательных и культурных проектов, реализованных совместно с предприятиями-"
              "партнёрами",
         short="Совм. проекты с предприятиями",
         unit="ед.", method="проекты, реализованные в 2024 г. на базе ОО", source="отчёт ОО", target=None),

    dict(kind="heading", text="Раздел 5. Вовлечение обучающихся 10–19 лет в программы наставничества"),
    dict(kind="crit", key="students_10_19", code="П.5.1",
         text="Общая численность обучающихся ОО в возрасте 10–19 лет",
         short="Обучающиеся 10–19 лет, всего",
         unit="чел.", method="по данным формы ОО-1 на 20.09.2024 (5–11 классы)",
         source="ОО-1, АИС «Электронная школа»", target=None),
    dict(kind="crit", key="mentees_10_19", code="П.5.2",
         text="Численность обучающихся 10–19 лет, включённых в программы наставничества в качестве "
              "наставляемых",
         short="Наставляемые 10–19 лет",
         unit="чел.", method="по приказу; один обучающийся учитывается один раз", source="база наставляемых",
         target=None),
    dict(kind="crit", key="mentees_risk", code="П.5.2.1",
         text="из них обучающиеся «группы риска»",
         short="в т.ч. группа риска",
         unit="чел.", method="из числа учтённых в П.5.2; состоящие на ВШУ, учёте в КДН и ЗП, ПДН",
         source="база наставляемых, данные социального педагога", target=None),
    dict(kind="crit", key="mentees_gifted", code="П.5.2.2",
         text="из них одарённые дети (внесённые в реестры)",
         short="в т.ч. одарённые (реестр)",
         unit="чел.", method="из числа учтённых в П.5.2; внесённые в региональный / федеральный реестр",
         source="база наставляемых", target=None),
    dict(kind="crit", key="mentees_disabled", code="П.5.2.3",
         text="из них дети с ОВЗ и дети-инвалиды",
         short="в т.ч. ОВЗ / инвалиды",
         unit="чел.", method="из числа учтённых в П.5.2; заключение ПМПК / справка МСЭ",
         source="база наставляемых", target=None),
    dict(kind="crit", key="share_mentees_10_19", code="П.5.3",
         text="Доля обучающихся 10–19 лет, вовлечённых в программы наставничества в роли наставляемого",
         short="Доля наставляемых 10–19 лет",
         unit="%",
         method="= П.5.2 / П.5.1 × 100 %; отношение численности наставляемых 10–19 лет к общей численности "
                "обучающихся 10–19 лет",
         source="расчёт", target=10),
    dict(kind="decoy", key="primary", code="П.5.4",
         text="Численность обучающихся 1–4 классов, включённых в программы наставничества в качестве "
              "наставляемых",
         short="Наставляемые 1–4 кл.",
         unit="чел.", method="обучающиеся 7–10 лет; в П.5.2 не включаются", source="база наставляемых",
         target=None),

    dict(kind="heading", text="Раздел 6. Вовлечение обучающихся 15–19 лет в роли наставников"),
    dict(kind="crit", key="students_15_19", code="П.6.1",
         text="Общая численность обучающихся ОО в возрасте 15–19 лет",
         short="Обучающиеся 15–19 лет, всего",
         unit="чел.", method="по данным формы ОО-1 на 20.09.2024 (9–11 классы)", source="ОО-1", target=None),
    dict(kind="crit", key="mentors_15_19", code="П.6.2",
         text="Численность обучающихся 15–19 лет, выступающих наставниками (по приказу)",
         short="Наставники-обучающиеся 15–19 лет",
         unit="чел.", method="обучающиеся 15–19 лет, закреплённые приказом в качестве наставников",
         source="база наставников", target=None),
    dict(kind="crit", key="share_mentors_15_19", code="П.6.3",
         text="Доля обучающихся 15–19 лет, вовлечённых в программы наставничества в роли наставника",
         short="Доля наставников 15–19 лет",
         unit="%",
         method="= П.6.2 / П.6.1 × 100 %; отношение численности наставников 15–19 лет к общей численности "
                "обучающихся 15–19 лет",
         source="расчёт", target=10),

    dict(kind="heading", text="Раздел 7. Удовлетворённость участников программ наставничества"),
    dict(kind="crit", key="satisfaction_mentees", code="П.7.1",
         text="Удовлетворённость наставляемых участием в завершённых программах наставничества",
         short="Удовлетворённость наставляемых",
         unit="%", method="средний балл по анкетам наставляемых / максимальный балл (10) × 100 %",
         source="анкетирование", target=80),
    dict(kind="crit", key="satisfaction_mentors", code="П.7.2",
         text="Удовлетворённость наставников участием в завершённых программах наставничества",
         short="Удовлетворённость наставников",
         unit="%", method="средний балл по анкетам наставников / 10 × 100 %", source="анкетирование", target=80),

    dict(kind="heading", text="Раздел 8. Педагоги в роли наставляемых"),
    dict(kind="crit", key="young_specialists", code="П.8.1",
         text="Численность молодых специалистов (в возрасте до 35 лет, стаж до 3 лет) в ОО",
         short="Молодые специалисты",
         unit="чел.", method="педагоги до 35 лет со стажем работы в должности до 3 лет на 31.12.2024",
         source="штатное расписание, тарификация", target=None),
    dict(kind="crit", key="young_specialists_mentees", code="П.8.2",
         text="из них участвуют в программах наставничества в качестве наставляемых",
         short="МС – наставляемые",
         unit="чел.", method="из числа учтённых в П.8.1", source="база наставляемых", target=None),
    dict(kind="crit", key="teachers_other", code="П.8.3",
         text="Численность педагогических работников ОО (без учёта молодых специалистов)",
         short="Педагоги (без МС)",
         unit="чел.", method="все педагогические работники, кроме учтённых в П.8.1; внешние совместители не "
                            "учитываются",
         source="штатное расписание, тарификация", target=None),
    dict(kind="crit", key="teachers_other_mentees", code="П.8.4",
         text="из них участвуют в программах наставничества в качестве наставляемых",
         short="Педагоги (без МС) – наставляемые",
         unit="чел.", method="из числа учтённых в П.8.3", source="база наставляемых", target=None),
    dict(kind="crit", key="share_young_specialists_mentees", code="П.8.5",
         text="Доля молодых специалистов, вовлечённых в программы наставничества в роли наставляемого",
         short="Доля МС – наставляемых",
         unit="%", method="= П.8.2 / П.8.1 × 100 %", source="расчёт", target=100),

    dict(kind="heading", text="Раздел 9. Педагоги в роли наставников. Профессиональное развитие"),
    dict(kind="crit", key="teachers_mentors", code="П.9.1",
         text="Численность педагогов ОО, выступающих наставниками",
         short="Педагоги-наставники",
         unit="чел.", method="педагоги ОО, закреплённые приказом в качестве наставников (в т.ч. молодые "
                            "специалисты)",
         source="база наставников", target=None),
    dict(kind="crit", key="young_specialists_mentors", code="П.9.2",
         text="из них молодые специалисты",
         short="МС – наставники",
         unit="чел.", method="из числа учтённых в П.9.1", source="база наставников", target=None),
    dict(kind="crit", key="share_teachers_mentors", code="П.9.3",
         text="Доля педагогов, вовлечённых в программы наставничества в роли наставника",
         short="Доля педагогов-наставников",
         unit="%", method="= П.9.1 / (П.8.1 + П.8.3) × 100 %", source="расчёт", target=30),
    dict(kind="crit", key="kpk_trained", code="П.9.4",
         text="Количество педагогов, прошедших КПК по вопросам наставничества в 2024 году",
         short="КПК по наставничеству (2024)",
         unit="чел.", method="удостоверения о КПК, выданные в 2024 г. (объём не менее 16 ч)",
         source="удостоверения КПК", target="не менее 1"),
    dict(kind="crit", key="school_methodical_associations", code="П.9.5",
         text="Количество методических объединений (ШМО) наставников в ОО",
         short="ШМО наставников",
         unit="ед.", method="ШМО / творческие группы наставников, созданные приказом ОО", source="приказ ОО",
         target=1),
]

# which document proves which row
DOC_OF = {
    "orgs_regulation_teachers": "pol_ped", "orgs_regulation_students": "pol_obuch",
    "orgs_monitoring_order": "monitoring", "roadmap": "roadmap", "curators_total": "kurator",
    "mentors_total": "baza_nst", "mentees_total": "baza_nsv",
    "agr_total": "sogl", "agreements_edu_orgs": "sogl", "agreements_enterprises": "sogl",
    "agreements_other_orgs": "sogl", "partner_list": "sogl",
    "pp_total": "pp", "pp_pupil_pupil": "pp", "pp_teacher_teacher": "pp", "pp_teacher_pupil": "pp",
    "pp_other": "pp",
    "external_edu_mentors": "baza_nst", "enterprise_mentors": "baza_nst", "projects": "projects",
    "students_10_19": "oo1", "mentees_10_19": "baza_nsv", "mentees_risk": "baza_nsv",
    "mentees_gifted": "baza_nsv", "mentees_disabled": "baza_nsv", "share_mentees_10_19": "spravka",
    "primary": "baza_nsv",
    "students_15_19": "oo1", "mentors_15_19": "baza_nst", "share_mentors_15_19": "spravka",
    "satisfaction_mentees": "anketa", "satisfaction_mentors": "anketa",
    "young_specialists": "shtat", "young_specialists_mentees": "baza_nsv", "teachers_other": "shtat",
    "teachers_other_mentees": "baza_nsv", "share_young_specialists_mentees": "spravka",
    "teachers_mentors": "baza_nst", "young_specialists_mentors": "baza_nst", "share_teachers_mentors": "spravka",
    "kpk_trained": "kpk", "school_methodical_associations": "shmo",
}

SHARES = {
    "share_mentees_10_19": ("mentees_10_19", "students_10_19"),
    "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
    "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists"),
    "share_teachers_mentors": ("teachers_mentors", ("young_specialists", "teachers_other")),
}


def base_counts(S10, M10, risk, gifted, dis, prim, S15, T15, YS, YSM, TO, TOM, TM, YSMr, ext_edu, ent,
                ext_other, pp11, pp12, pp13, pp14, cur, agr, partners, sat_nsv, sat_nst, kpk, shmo,
                pol_ped=1, pol_obuch=1, monit=1, roadmap=1, projects=0):
    d = dict(
        orgs_regulation_teachers=pol_ped, orgs_regulation_students=pol_obuch, orgs_monitoring_order=monit,
        roadmap=roadmap, curators_total=cur,
        mentors_total=TM + T15 + ext_edu + ent + ext_other,
        mentees_total=M10 + YSM + TOM + prim,
        agr_total=sum(agr), agreements_edu_orgs=agr[0], agreements_enterprises=agr[1],
        agreements_other_orgs=agr[2], partner_list=partners,
        pp_total=pp11 + pp12 + pp13 + pp14, pp_pupil_pupil=pp11, pp_teacher_teacher=pp12,
        pp_teacher_pupil=pp13, pp_other=pp14,
        external_edu_mentors=ext_edu, enterprise_mentors=ent, projects=projects,
        students_10_19=S10, mentees_10_19=M10, mentees_risk=risk, mentees_gifted=gifted, mentees_disabled=dis,
        primary=prim, students_15_19=S15, mentors_15_19=T15,
        satisfaction_mentees=sat_nsv, satisfaction_mentors=sat_nst,
        young_specialists=YS, young_specialists_mentees=YSM, teachers_other=TO, teachers_other_mentees=TOM,
        teachers_mentors=TM, young_specialists_mentors=YSMr, kpk_trained=kpk,
        school_methodical_associations=shmo,
    )
    for sid, (n, den) in SHARES.items():
        dv = sum(d[x] for x in den) if isinstance(den, tuple) else d[den]
        d[sid] = d[n] / dv * 100
    return d


# --------------------------------------------------------------------------------------------
# Schools
# --------------------------------------------------------------------------------------------
def gos(site, path):
    return lambda doc: f"https://{site}-r18.gosweb.gosuslugi.ru/{path}/{doc}"


SCHOOLS = []

# 1. СОШ № 1 — the template as sent, yes/no as 1/0, shares as numbers with 2 decimals
_u1 = "https://svetlopole-sosh1-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
SCHOOLS.append(dict(
    file="typed/svetlopole_sosh1_cmn_2024.xlsx", layout="template", sheet="Мониторинг ЦМН 2024",
    org="МБОУ «Светлопольская СОШ № 1»", resp="Корепанова Ирина Витальевна, зам. директора по УВР, 8 (34155) 2-14-37",
    data=base_counts(412, 58, 9, 7, 6, 14, 118, 17, 6, 6, 41, 5, 19, 1, 1, 2, 1, 17, 11, 9, 2, 1, (1, 2, 1),
                     "БПОУ УР «Светлопольский аграрный техникум»; ООО «Агрофирма «Светлое Поле»»; "
                     "АО «Светлопольский молочный завод»; МБУК «Светлопольский районный Дом культуры»",
                     86, 91, 3, 1, projects=3),
    docs={"pol_ped": _u1 + "prikaz_112-od_polozhenie_ped.pdf", "pol_obuch": _u1 + "prikaz_113-od_polozhenie_obuch.pdf",
          "monitoring": _u1 + "prikaz_214-od_monitoring_2024.pdf", "roadmap": _u1 + "dorozhnaya_karta_2024-2025.pdf",
          "kurator": _u1 + "prikaz_kurator_2024.pdf", "baza_nst": _u1 + "baza_nastavnikov_2024.pdf",
          "baza_nsv": _u1 + "baza_nastavlyaemyh_2024.pdf", "sogl": _u1 + "soglasheniya_partnery_2024.pdf",
          "pp": _u1 + "prikaz_231-od_pp_2024.pdf", "spravka": _u1 + "spravka_itogi_monitoringa_2024.pdf",
          "anketa": _u1 + "itogi_anketirovaniya_2024.pdf", "kpk": _u1 + "udostovereniya_kpk_2024.pdf",
          "shmo": _u1 + "prikaz_shmo_nastavnikov.pdf"},
    yn="num", share="num2", blank=set(), instr=True,
))

# 2. Гимназия — template, full name, «да/нет», shares as fractions with percent format
_u2 = "https://gimnaziya-svetlopole.edu.ru/sveden/nastavnichestvo/"
SCHOOLS.append(dict(
    file="typed/gimnaziya_svetlopole_monitoring_CMN.xlsx", layout="template", sheet="Мониторинг ЦМН 2024",
    org="Муниципальное бюджетное общеобразовательное учреждение «Светлопольская гимназия»",
    resp="Вострикова Наталья Сергеевна, руководитель МС, 8 (34155) 2-31-09",
    data=base_counts(388, 71, 4, 19, 3, 0, 131, 26, 4, 4, 38, 7, 22, 0, 2, 0, 1, 26, 11, 12, 0, 2, (2, 0, 1),
                     "БПОУ УР «Светлопольский аграрный техникум»; Светлопольский филиал ГБПОУ УР "
                     "«Педагогический колледж»; МБУ ДО «Светлопольский дом детского творчества»",
                     89, 93, 5, 1, projects=0),
    docs={"pol_ped": _u2 + "prikaz_44_polozhenie_nastavnichestvo_ped.pdf",
          "pol_obuch": _u2 + "prikaz_45_polozhenie_nastavnichestvo_obuch.pdf",
          "monitoring": _u2 + "prikaz_monitoring_cmn_2024.pdf", "roadmap": _u2 + "dorozhnaya_karta.pdf",
          "kurator": _u2 + "prikaz_44_polozhenie_nastavnichestvo_ped.pdf",
          "baza_nst": _u2 + "baza_nastavnikov.pdf", "baza_nsv": _u2 + "baza_nastavlyaemyh.pdf",
          "sogl": _u2 + "dogovory_setevoe_vzaimodeystvie.pdf", "pp": _u2 + "prikaz_pp_2024.pdf",
          "kpk": _u2 + "kpk_nastavnichestvo_2024.pdf", "shmo": _u2 + "prikaz_mo_nastavnikov.pdf"},
    yn="word", share="pctfmt", blank={"pp_other", "enterprise_mentors", "primary", "projects"}, instr=True,
))

# 3. Кустовская СОШ — deleted «Методика расчёта» and «Источник данных»; cloud links; shares typed as text
SCHOOLS.append(dict(
    file="typed/kustovskaya_sosh_monitoring_2024.xlsx", layout="no_method_source", sheet="Лист1",
    org="МБОУ «Кустовская СОШ»", resp="Шкляева О.Н., педагог-организатор, 8 (34155) 5-42-18",
    data=base_counts(131, 22, 5, 2, 4, 6, 34, 6, 2, 2, 19, 1, 9, 0, 0, 1, 0, 6, 3, 5, 0, 1, (0, 1, 0),
                     "СПК «Колхоз им. Мичурина»", 84, 88, 1, 1, projects=1),
    docs={"pol_ped": "https://disk.yandex.ru/i/kS7vQ2mXe4Lp9w", "pol_obuch": "https://disk.yandex.ru/i/R3tnB8yHc1ZuWq",
          "monitoring": "https://disk.yandex.ru/i/m9PaX4Lk2vTgEd", "kurator": "https://disk.yandex.ru/i/m9PaX4Lk2vTgEd",
          "baza_nst": "https://cloud.mail.ru/public/8Zqt/3nVbK2WxR", "baza_nsv": "https://cloud.mail.ru/public/4Hfm/9LpQs7TcY",
          "sogl": "https://disk.yandex.ru/i/Yw2cN6rDf8JhUo", "pp": "https://disk.yandex.ru/i/Pq5sT1gKz7BvMa",
          "shmo": "https://disk.yandex.ru/i/m9PaX4Lk2vTgEd", "anketa": "https://disk.yandex.ru/d/Ux3LrW9eQn5tKo"},
    yn="Да", share="text_comma", blank={"pp_other", "agreements_edu_orgs", "agreements_other_orgs", "roadmap"},
    instr=False,
))

# 4. Малоключевская ООШ — deleted «Код», «Единица измерения», «Целевое значение»
_u4 = gos("maloklyuchevskaya-oosh", "netcat_files/userfiles/2024")
SCHOOLS.append(dict(
    file="typed/maloklyuchevskaya_oosh_CMN_2024.xlsx", layout="no_code_unit_target", sheet="Мониторинг",
    org="МБОУ «Малоключевская ООШ»", resp="Перевощикова Л.А., учитель русского языка, 8 (34155) 6-11-05",
    data=base_counts(46, 9, 2, 0, 3, 4, 7, 2, 1, 1, 11, 0, 4, 0, 1, 0, 0, 2, 1, 4, 0, 1, (1, 0, 0),
                     "МБОУ «Светлопольская СОШ № 1»", 90, 95, 0, 0, monit=0, projects=0),
    docs={"pol_ped": _u4("polozhenie_nastavnichestvo_ped.pdf"), "pol_obuch": _u4("polozhenie_nastavnichestvo_obuch.pdf"),
          "roadmap": _u4("dorozhnaya_karta_cmn.pdf"), "kurator": _u4("prikaz_57_kurator.pdf"),
          "baza_nst": _u4("baza_nastavnikov_nastavlyaemyh.pdf"), "baza_nsv": _u4("baza_nastavnikov_nastavlyaemyh.pdf"),
          "sogl": _u4("dogovor_setevoe_sosh1.pdf"), "pp": _u4("prikaz_63_pp.pdf")},
    yn="num", share="num1", blank={"pp_other", "enterprise_mentors", "agreements_enterprises",
                                   "agreements_other_orgs", "projects"},
    instr=False,
))

# 5. Большеполянская СОШ — «Методика расчёта / формула» moved left of the indicator; hyperlinks
_u5 = "https://bpolyanskaya-sosh.edu.ru/upload/nastavnichestvo/2024/"
SCHOOLS.append(dict(
    file="typed/bolshepolyanskaya_sosh_CMN2024.xlsx", layout="method_left", sheet="Мониторинг ЦМН 2024",
    org="МБОУ «Большеполянская СОШ»", resp="Бабинцева Е.Г., зам. директора по ВР, 8 (34155) 4-27-63",
    data=base_counts(176, 27, 6, 3, 2, 8, 49, 8, 3, 3, 22, 2, 11, 1, 0, 2, 1, 8, 5, 7, 1, 1, (0, 2, 1),
                     "ООО «Полянский лесхоз»; КФХ Бабинцева А.Н.; МБУК «Большеполянский сельский Дом культуры»",
                     82, 87, 2, 1, projects=2),
    docs={"pol_ped": _u5 + "prikaz_091_polozhenie_ped.pdf", "pol_obuch": _u5 + "prikaz_092_polozhenie_obuch.pdf",
          "monitoring": _u5 + "prikaz_monitoring.pdf", "roadmap": _u5 + "dorozhnaya_karta.pdf",
          "kurator": _u5 + "prikaz_kurator.pdf", "baza_nst": _u5 + "baza_nastavnikov.pdf",
          "baza_nsv": _u5 + "baza_nastavlyaemyh.pdf", "sogl": _u5 + "soglasheniya.pdf", "pp": _u5 + "prikaz_pp.pdf",
          "kpk": _u5 + "kpk_2024.pdf", "shmo": _u5 + "prikaz_shmo.pdf"},
    # rows whose link cell says «см. П.2.2» etc. instead of a URL (no link expected)
    see_above={"external_edu_mentors": "см. П.2.2", "enterprise_mentors": "см. П.2.2",
               "mentees_risk": "см. П.2.3", "mentees_gifted": "см. П.2.3", "mentees_disabled": "см. П.2.3",
               "pp_pupil_pupil": "см. П.3.1", "pp_teacher_teacher": "см. П.3.1", "pp_teacher_pupil": "см. П.3.1",
               "pp_other": "см. П.3.1"},
    yn="num", share="num2", blank=set(), instr=True, hyperlinks=True,
))

# 6. Верхнебродская СОШ — values pasted into an unheaded column right of «Целевое значение», note below
_u6 = gos("vbrodskaya-sosh", "ofitsialno/nastavnichestvo")
SCHOOLS.append(dict(
    file="typed/verkhnebrodskaya_sosh_monitoring_nastavnichestvo_2024.xlsx", layout="pasted_next_to_target",
    sheet="Мониторинг ЦМН 2024",
    org="МБОУ «Верхнебродская СОШ»", resp="Лекомцева Т.В., зам. директора по УВР, 8 (34155) 3-52-20",
    data=base_counts(142, 19, 3, 1, 2, 5, 38, 5, 2, 1, 17, 2, 8, 0, 0, 1, 0, 5, 3, 6, 0, 1, (0, 1, 0),
                     "ООО «Бродское»", 85, 90, 1, 1, projects=1),
    docs={"pol_ped": _u6("polozhenie-o-nastavnichestve-pedagogov.pdf"),
          "pol_obuch": _u6("polozhenie-o-nastavnichestve-obuchayuschihsya.pdf"),
          "monitoring": _u6("prikaz-o-monitoringe-2024.pdf"), "roadmap": _u6("dorozhnaya-karta.pdf"),
          "kurator": _u6("prikaz-kurator.pdf"),
          "baza_nst": "https://drive.google.com/file/d/1vKq8ZbT3nRw0LmXyP5sAeG7hJdC2fUo/view",
          "baza_nsv": "https://drive.google.com/file/d/1Hc4tYp9WmQ2xNb6ZrLk8VdE3sJgA0uF/view",
          "sogl": _u6("dogovor-ooo-brodskoe.pdf"), "pp": _u6("prikaz-ob-utverzhdenii-pp-2024.pdf"),
          "kpk": _u6("udostoverenie-kpk.pdf"), "shmo": _u6("prikaz-shmo.pdf")},
    yn="num", share="num1", blank={"pp_other", "agreements_edu_orgs", "agreements_other_orgs",
                                   "external_edu_mentors"},
    instr=False,
))

# 7. СОШ № 3 — template, indicator text typed shortened; satisfaction and shares typed as «88 %»
_u7 = gos("svetlopole-sosh3", "netcat_files/userfiles/CMN")
SCHOOLS.append(dict(
    file="typed/svetlopole_sosh3_CMN_2024.xlsx", layout="template_short", sheet="Мониторинг ЦМН 2024",
    org="МБОУ «Светлопольская СОШ № 3»", resp="Ившина Марина Петровна, педагог-психолог, 8 (34155) 2-08-71",
    data=base_counts(298, 44, 8, 5, 7, 11, 86, 12, 5, 5, 33, 3, 15, 1, 1, 1, 2, 12, 8, 10, 2, 2, (1, 1, 2),
                     "МБОУ «Светлопольская СОШ № 1»; ООО «СветлоАгро»; МБУ «Светлопольский молодёжный центр»; "
                     "Светлопольская районная общественная организация ветеранов",
                     88, 92, 2, 1, projects=2),
    docs={"pol_ped": _u7("Prikaz_87-OD_polozhenie.pdf"), "pol_obuch": _u7("Prikaz_87-OD_polozhenie.pdf"),
          "monitoring": _u7("Prikaz_monitoring_CMN_2024.pdf"), "roadmap": _u7("DK_CMN_2024.pdf"),
          "kurator": _u7("Prikaz_kuratory.pdf"), "baza_nst": "https://disk.yandex.ru/i/Gt8nVq2LcX5pRm",
          "baza_nsv": "https://disk.yandex.ru/i/Jh3wKe9TbZ1sNy", "sogl": _u7("Soglasheniya_2024.pdf"),
          "pp": _u7("Prikaz_PP_2024.pdf"), "kpk": _u7("KPK_nastavnichestvo.pdf"), "anketa": _u7("Anketa_itogi.pdf"),
          "shmo": _u7("Prikaz_ShMO.pdf")},
    yn="word_prikaz", share="text_pct", blank=set(), instr=True,
))

# the note school 6 added
NOTE6 = ("Примечание ОО: при копировании из рабочей таблицы значения показателей за 2024 год встали в столбец "
         "справа от «Целевого значения» (столбец без номера). Столбец 7 «Значение показателя» не заполнен, "
         "просим учитывать данные из соседнего столбца. Зам. директора по УВР Лекомцева Т.В.")

INSTRUCTION = [
    "Инструкция по заполнению формы мониторинга реализации целевой модели наставничества за 2024 год",
    "1. Форма заполняется каждой общеобразовательной организацией и направляется в муниципальный орган "
    "управления образованием до 20.01.2025.",
    "2. Заполняются столбцы 7 «Значение показателя за 2024 год» и 9 «Подтверждающий документ (ссылка)».",
    "3. Столбцы 1–6 и 8 не изменять, строки и столбцы не удалять. Столбец 8 «Целевое значение (ориентир)» "
    "содержит ориентир на 2024 год и заполняется Министерством.",
    "4. Показатели с единицей измерения «%» рассчитываются по формуле, приведённой в столбце 5, с точностью до "
    "двух знаков после запятой.",
    "5. Показатели «1 – да / 0 – нет» заполняются цифрой 1 или 0.",
    "6. Ссылка должна вести на документ, размещённый на официальном сайте ОО (раздел «Наставничество»).",
]

# --------------------------------------------------------------------------------------------
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

HDR = {
    "num": "№ п/п", "code": "Код показателя", "text": "Наименование показателя", "unit": "Единица измерения",
    "method": "Методика расчёта / формула", "source": "Источник данных",
    "value": "Значение показателя за 2024 год", "target": "Целевое значение (ориентир)",
    "link": "Подтверждающий документ (ссылка)", "pasted": None,
}
COLNUM = {"num": 1, "code": 2, "text": 3, "unit": 4, "method": 5, "source": 6, "value": 7, "target": 8,
          "link": 9, "pasted": None}
WIDTH = {"num": 6, "code": 10, "text": 60, "unit": 14, "method": 48, "source": 22, "value": 14, "target": 14,
         "link": 52, "pasted": 12}

LAYOUTS = {
    "template": ["num", "code", "text", "unit", "method", "source", "value", "target", "link"],
    "template_short": ["num", "code", "text", "unit", "method", "source", "value", "target", "link"],
    "no_method_source": ["num", "code", "text", "unit", "value", "target", "link"],
    "no_code_unit_target": ["num", "text", "method", "source", "value", "link"],
    "method_left": ["num", "code", "method", "text", "unit", "source", "value", "target", "link"],
    "pasted_next_to_target": ["num", "code", "text", "unit", "method", "source", "value", "target", "pasted",
                              "link"],
}


def fmt_value(school, key, v):
    """Return (cell value, number_format or None, expected value)."""
    row_unit = next(r for r in ROWS if r.get("key") == key)["unit"]
    if row_unit == YN:
        yn = school["yn"]
        if yn == "num":
            return v, None, v
        if yn == "word":
            return ("да" if v else "нет"), None, v
        if yn == "Да":
            return ("Да" if v else "Нет"), None, v
        if yn == "word_prikaz":
            extra = {"orgs_regulation_teachers": "да (приказ № 87-ОД от 29.08.2023)",
                     "orgs_regulation_students": "да (приказ № 87-ОД от 29.08.2023)"}
            if v and key in extra:
                return extra[key], None, v
            return ("да" if v else "нет"), None, v
    if key in SHARES:
        st = school["share"]
        if st == "num2":
            e = round(v, 2)
            return e, "0.00", e
        if st == "num1":
            e = round(v, 1)
            return e, "0.0", e
        if st == "pctfmt":
            e = round(v, 2)
            return round(e / 100, 4), "0.00%", e
        if st == "text_comma":
            e = round(v, 2)
            return f"{e:.2f}".replace(".", ","), None, e
        if st == "text_pct":
            e = round(v, 2)
            return f"{e:.2f}".replace(".", ",") + " %", None, e
    if key.startswith("satisfaction") and school["share"] == "text_pct":
        return f"{v} %", None, v
    return v, None, v


def build(school):
    wb = Workbook()
    ws = wb.active
    ws.title = school["sheet"]
    cols = LAYOUTS[school["layout"]]
    ncol = len(cols)
    last = get_column_letter(ncol)
    cpos = {c: i + 1 for i, c in enumerate(cols)}

    ws["A1"] = ("Приложение 2 к приказу Министерства образования и науки Удмуртской Республики "
                "от 14.11.2024 № 1387")
    ws["A1"].font = Font(italic=True, size=9)
    ws["A2"] = ("Форма мониторинга реализации целевой модели наставничества в общеобразовательной организации "
                "за 2024 год")
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells(f"A2:{last}2")
    meta = [("Муниципальное образование:", "Светлопольский муниципальный округ Удмуртской Республики"),
            ("Наименование ОО:", school["org"]),
            ("Отчётный период:", "01.01.2024 – 31.12.2024"),
            ("Ответственный (ФИО, должность, телефон):", school["resp"])]
    for i, (a, b) in enumerate(meta):
        r = 4 + i
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, b)
    hr = 9
    for c in cols:
        h = HDR[c]
        cell = ws.cell(hr, cpos[c], h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = BORDER
        n = COLNUM[c]
        nc = ws.cell(hr + 1, cpos[c], n)
        nc.alignment = Alignment(horizontal="center")
        nc.border = BORDER
        ws.column_dimensions[get_column_letter(cpos[c])].width = WIDTH[c]
    if school["layout"] == "template_short":
        ws.column_dimensions[get_column_letter(cpos["text"])].width = 34

    cells, values, links, not_criteria, headings = [], {}, {}, [], []
    r = hr + 2
    num = 0
    data = school["data"]
    for row in ROWS:
        if row["kind"] == "heading":
            ws.cell(r, 1, row["text"]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            headings.append(row["text"])
            r += 1
            continue
        num += 1
        title = row["short"] if school["layout"] == "template_short" else row["text"]
        put = {"num": num, "code": row["code"], "text": title, "unit": row["unit"], "method": row["method"],
               "source": row["source"], "target": row["target"]}
        for c in cols:
            if c in put and put[c] is not None:
                ws.cell(r, cpos[c], put[c])
        for c in cols:
            ws.cell(r, cpos[c]).border = BORDER
            ws.cell(r, cpos[c]).alignment = WRAP
        if row["kind"] == "sub":
            headings.append(title)
            r += 1
            continue
        key = row["key"]
        vcol = "pasted" if school["layout"] == "pasted_next_to_target" else "value"
        if key in school["blank"]:
            r += 1
            continue
        v = data[key]
        cv, nf, ev = fmt_value(school, key, v)
        vc = ws.cell(r, cpos[vcol], cv)
        if nf:
            vc.number_format = nf
        # link
        doc = DOC_OF.get(key)
        url = school["docs"].get(doc)
        see = school.get("see_above", {}).get(key)
        lc = ws.cell(r, cpos["link"])
        if v == 0 and row["unit"] != YN:
            url = None  # nothing to prove for a zero count: the schools leave the link cell empty
        if see:
            lc.value = see
            url = None
        elif url:
            if school.get("hyperlinks"):
                lc.value = "ссылка"
                lc.hyperlink = url
                lc.font = Font(color="0563C1", underline="single")
            else:
                lc.value = url
        if row["kind"] == "decoy":
            not_criteria.append(title)
        else:
            values[key] = ev
            vref = f"{get_column_letter(cpos[vcol])}{r}"
            cells.append(dict(file=school["file"], sheet=ws.title, cell=vref, criterion=key, kind="value",
                              expected=ev, raw=cv, number_format=nf))
            if url:
                links[key] = url
                cells.append(dict(file=school["file"], sheet=ws.title, cell=f"{get_column_letter(cpos['link'])}{r}",
                                  criterion=key, kind="link", expected=url,
                                  hyperlink=bool(school.get("hyperlinks"))))
        r += 1

    r += 1
    if school["layout"] == "pasted_next_to_target":
        ws.cell(r, 1, NOTE6).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 45
        ws.cell(r, 1).alignment = WRAP
        r += 2
    ws.cell(r, 1, "Руководитель ОО ____________________")
    ws.cell(r + 1, 1, "Дата заполнения: 17.01.2025")
    ws.freeze_panes = ws.cell(hr + 2, 1)

    if school.get("instr"):
        wi = wb.create_sheet("Инструкция")
        for i, t in enumerate(INSTRUCTION):
            wi.cell(i + 1, 1, t)
        wi.column_dimensions["A"].width = 120

    stamp = datetime.datetime(2025, 1, 17, 10, 30, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "Пользователь"
    wb.save(os.path.join(HERE, school["file"]))
    entry = {"file": school["file"], "year": YEAR, "organisation": school["org"], "values": values,
             "links": links, "not_criteria": not_criteria, "headings": headings}
    return entry, cells


def main():
    os.makedirs(TYPED, exist_ok=True)
    expected, cells = [], []
    for s in SCHOOLS:
        e, c = build(s)
        expected.append(e)
        cells.extend(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"note": "kind=value: the value cell; kind=link: the proof-link cell (hyperlink=true: the URL "
                           "is the cell's hyperlink target, the cell shows «ссылка»). No file was re-saved "
                           "through LibreOffice.", "cells": cells}, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len(expected)} values={nv} links={nl}")
    for e in expected:
        print(f"  {e['file']}: values={len(e['values'])} links={len(e['links'])}")


if __name__ == "__main__":
    main()
