#!/usr/bin/env python3
"""heldout109: ordinary one-organisation forms (title | value | link, the organisation in the title rows)
typed by people who use their own words instead of the catalogue's: «учителя», «педсостав», «сотрудники» for
педагоги; «ученики», «дети», «ребята», «учащиеся», «школьники», «воспитанники» for обучающиеся; «подопечные»,
«наставничаемые», «курируемые» for наставляемые; «кураторы», «шефы», «тьюторы-наставники» for наставники (each
made clear in its file); «начинающие учителя», «молодые педагоги», «молодые кадры», «педагоги со стажем до 3 лет»
for молодые специалисты; «ИОМ», «индивидуальные маршруты» for персонализированные программы; «Положение», «ЛНА»,
«локальный акт» for the regulations; «социальные / сетевые партнёры», «договоры о сетевом взаимодействии».

Deterministic: no randomness at all; every figure is written out below and checked for consistency.
Writes typed/*.xlsx, expected.json, cells.json next to this file.
"""
import json
import pathlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
YEAR = 2024


def load_catalogue():
    units = {}
    with open(CRITERIA_TSV, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            rec = dict(zip(header, parts))
            units[rec["id"]] = rec
    return units


CAT = load_catalogue()


def pct(a, b):
    return round(a / b * 100, 2)


def ru(x, nd=2):
    """24.18 -> '24,18' (a person's typing, trailing zeros dropped the way people drop them)"""
    s = f"{x:.{nd}f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


# ---------------------------------------------------------------------------------------------------------------
# Row helpers.  H(text) = a section heading; R(...) = a row with a value.
#   t: the row title as typed; v: the value as typed; c: criterion id (None = not a criterion);
#   e: expected value (defaults to v when v is a number); l: link; fmt: number format; u: unit; n: note; num: №
# ---------------------------------------------------------------------------------------------------------------
def H(text, num=None):
    return {"kind": "h", "t": text, "num": num}


def R(t, v, c=None, e=None, l=None, fmt=None, u=None, n=None, num=None):
    if e is None and c is not None:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            e = v
        else:
            raise ValueError(f"expected value needed for {t!r}")
    return {"kind": "r", "t": t, "v": v, "c": c, "e": e, "l": l, "fmt": fmt, "u": u, "n": n, "num": num}


# ===============================================================================================================
# 1. МБОУ «СОШ № 3» — учителя / ученики / подопечные / начинающие учителя / ИОМ / Положение
# ===============================================================================================================
def form_sosh3():
    b = "https://sh3-beryar.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    L = lambda f: b + f
    ys, yM, to, toM = 9, 7, 62, 5
    tm, ysT = 28, 2
    s1019, m1019 = 640, 58
    s1519, m1519 = 190, 24
    ext, ent, oth = 1, 1, 1
    mentors = tm + m1519 + ext + ent + oth
    mentees = m1019 + yM + toM
    pp = dict(pp_pupil_pupil=18, pp_teacher_teacher=10, pp_head_teacher=2, pp_teacher_pupil=15,
              pp_student_pupil=0, pp_other=1)
    ppt = sum(pp.values())
    rows = [
        H("Документы", "1"),
        R("Положение о наставничестве учителей (приказ об утверждении)", "да", "orgs_regulation_teachers", 1,
          L("prikaz_114-od_polozhenie_uchitelya.pdf"), num="1.1"),
        R("Положение о наставничестве учеников", "да", "orgs_regulation_students", 1,
          L("prikaz_115-od_polozhenie_ucheniki.pdf"), num="1.2"),
        R("Приказ о мониторинге наставничества в школе", "да", "orgs_monitoring_order", 1,
          L("prikaz_201-od_monitoring.pdf"), num="1.3"),
        R("Справка по итогам внутришкольного мониторинга наставничества", "да", "internal_monitoring_notes", 1,
          L("spravka_vnutr_monitoring_2024.pdf"), num="1.4"),
        H("Кто участвует", "2"),
        R("Ответственный за внедрение ЦМН в школе, чел.", 1, "curators_total",
          l=L("prikaz_114-od_polozhenie_uchitelya.pdf"), num="2.1"),
        R("Наставники по приказу, всего", mentors, "mentors_total", l=L("prikaz_150-od_pary_2024.pdf"), num="2.2"),
        R("Подопечные по приказу, всего", mentees, "mentees_total", l=L("prikaz_150-od_pary_2024.pdf"), num="2.3"),
        R("Кол-во наставнических пар и групп", 51, None, num="2.4"),
        R("Договоры с другими школами, колледжами, вузами (от них наставники)", ext, "agreements_edu_orgs",
          l=L("dogovor_pedkolledzh_2024.pdf"), num="2.5"),
        R("Договоры с предприятиями (наставники от предприятий)", ent, "agreements_enterprises",
          l=L("dogovor_yarrybprom.pdf"), num="2.6"),
        R("Договоры с прочими организациями", oth, "agreements_other_orgs", l=L("dogovor_cbs.pdf"), num="2.7"),
        R("С кем сотрудничаем по наставничеству",
          "ГБПОУ «Берёзовоярский педагогический колледж»; ООО «Яррыбпром»; МБУК «Берёзовоярская ЦБС»",
          "partner_list",
          "ГБПОУ «Берёзовоярский педагогический колледж»; ООО «Яррыбпром»; МБУК «Берёзовоярская ЦБС»",
          L("partnery.html"), num="2.8"),
        R("Наставники из других школ / колледжа (по приказу)", ext, "external_edu_mentors",
          l=L("prikaz_150-od_pary_2024.pdf"), num="2.9"),
        R("Наставники от предприятий", ent, "enterprise_mentors", l=L("prikaz_150-od_pary_2024.pdf"), num="2.10"),
        R("Наставники из прочих организаций (библиотека)", oth, "other_org_mentors",
          l=L("prikaz_150-od_pary_2024.pdf"), num="2.11"),
        H("ИОМ (индивидуальные образовательные маршруты наставничества)", "3"),
        R("ИОМ всего", ppt, "pp_total", l=L("iom_2024.zip"), num="3.1"),
        R("ИОМ «ученик – ученик»", pp["pp_pupil_pupil"], "pp_pupil_pupil", l=L("iom_2024.zip"), num="3.2"),
        R("ИОМ «учитель – учитель»", pp["pp_teacher_teacher"], "pp_teacher_teacher", l=L("iom_2024.zip"), num="3.3"),
        R("ИОМ «администрация – учитель»", pp["pp_head_teacher"], "pp_head_teacher", l=L("iom_2024.zip"), num="3.4"),
        R("ИОМ «учитель – ученик»", pp["pp_teacher_pupil"], "pp_teacher_pupil", l=L("iom_2024.zip"), num="3.5"),
        R("ИОМ «студент – ученик»", pp["pp_student_pupil"], "pp_student_pupil", num="3.6"),
        R("ИОМ других форм (родитель – ученик)", pp["pp_other"], "pp_other", l=L("iom_2024.zip"), num="3.7"),
        H("Ученики", "4"),
        R("Всего учеников в школе (1–11 кл.)", 1120, None, num="4.1"),
        R("Ученики 10–19 лет, всего", s1019, "students_10_19", num="4.2"),
        R("Ученики 10–19 лет — подопечные", m1019, "mentees_10_19", l=L("baza_podopechnyh_2024.xlsx"), num="4.3"),
        R("   в т.ч. «группа риска»", 9, "mentees_risk", l=L("baza_podopechnyh_2024.xlsx"), num="4.3.1"),
        R("   в т.ч. одарённые (в реестре)", 7, "mentees_gifted", l=L("baza_podopechnyh_2024.xlsx"), num="4.3.2"),
        R("   в т.ч. ОВЗ и дети-инвалиды", 6, "mentees_disabled", l=L("baza_podopechnyh_2024.xlsx"), num="4.3.3"),
        R("   в т.ч. слабо мотивированные / неуспевающие", 14, "mentees_low_motivation",
          l=L("baza_podopechnyh_2024.xlsx"), num="4.3.4"),
        R("   в т.ч. затрудняются с выбором профессии", 12, "mentees_career", l=L("baza_podopechnyh_2024.xlsx"),
          num="4.3.5"),
        R("   в т.ч. по другим причинам", 10, "mentees_other_params", l=L("baza_podopechnyh_2024.xlsx"), num="4.3.6"),
        R("Доля подопечных среди учеников 10–19 лет, %", ru(pct(m1019, s1019)), "share_mentees_10_19",
          pct(m1019, s1019), num="4.4"),
        R("Ученики 15–19 лет, всего", s1519, "students_15_19", num="4.5"),
        R("Ученики 15–19 лет — наставники (по приказу)", m1519, "mentors_15_19", l=L("prikaz_150-od_pary_2024.pdf"),
          num="4.6"),
        R("Доля учеников 15–19 лет, ставших наставниками, %", ru(pct(m1519, s1519)), "share_mentors_15_19",
          pct(m1519, s1519), num="4.7"),
        H("Учителя", "5"),
        R("Начинающие учителя (до 35 лет, стаж до 3 лет), всего", ys, "young_specialists", num="5.1"),
        R("Начинающие учителя — подопечные", yM, "young_specialists_mentees", l=L("prikaz_150-od_pary_2024.pdf"),
          num="5.2"),
        R("Остальные учителя (без начинающих), всего", to, "teachers_other", num="5.3"),
        R("Остальные учителя — подопечные", toM, "teachers_other_mentees", l=L("prikaz_150-od_pary_2024.pdf"),
          num="5.4"),
        R("Доля начинающих учителей-подопечных, %", ru(pct(yM, ys)), "share_young_specialists_mentees",
          pct(yM, ys), num="5.5"),
        R("Доля учителей-подопечных от всех учителей, %", ru(pct(yM + toM, ys + to)), "share_teachers_mentees",
          pct(yM + toM, ys + to), num="5.6"),
        R("Учителя-наставники", tm, "teachers_mentors", l=L("prikaz_150-od_pary_2024.pdf"), num="5.7"),
        R("   из них начинающие учителя", ysT, "young_specialists_mentors", l=L("prikaz_150-od_pary_2024.pdf"),
          num="5.8"),
        R("Доля учителей-наставников, %", ru(pct(tm, ys + to)), "share_teachers_mentors", pct(tm, ys + to),
          num="5.9"),
        R("Учителя, задействованные в ИОМ", 30, "teachers_in_pp", l=L("iom_2024.zip"), num="5.10"),
        R("Учителя, прошедшие КПК по наставничеству в 2024 г.", 2, "kpk_trained", l=L("udostovereniya_kpk.pdf"),
          num="5.11"),
        R("Названия курсов",
          "«Организация наставничества в школе» (ИРО, 36 ч.); «Технологии наставничества для учителя» (72 ч.)",
          "kpk_courses",
          "«Организация наставничества в школе» (ИРО, 36 ч.); «Технологии наставничества для учителя» (72 ч.)",
          num="5.12"),
        R("ШМО наставников", 1, "school_methodical_associations", l=L("prikaz_shmo_nastavnikov.pdf"), num="5.13"),
        H("Удовлетворённость и поощрение", "6"),
        R("Удовлетворённость подопечных, %", "87,5", "satisfaction_mentees", 87.5, L("anketa_itogi_2024.pdf"),
          num="6.1"),
        R("Удовлетворённость наставников, %", "91,2", "satisfaction_mentors", 91.2, L("anketa_itogi_2024.pdf"),
          num="6.2"),
        R("Положение о доплатах наставникам (кол-во)", 1, "pay_acts", l=L("polozhenie_o_doplatah.pdf"), num="6.3"),
        R("Положение о нематериальном поощрении наставников (грамоты, благодарности)", 1, "nonmaterial_acts",
          l=L("polozhenie_nematerialnoe.pdf"), num="6.4"),
        R("Дата заполнения", "08.11.2024", None, num="6.5"),
    ]
    return {
        "file": "typed/sosh3_uchitelya.xlsx", "sheet": "Лист1", "organisation": "МБОУ «СОШ № 3»",
        "title": ["Мониторинг реализации целевой модели наставничества (ЦМН) — 2024 г.",
                  "Образовательная организация: МБОУ «СОШ № 3» г. Берёзовый Яр"],
        "columns": ["num", "t", "v", "l"],
        "header": ["№", "Показатель", "Значение", "Ссылка на документ"],
        "widths": [7, 62, 16, 58],
        "footer": ["Зам. директора по УВР __________ Н. А. Шишкина"],
        "rows": rows,
    }


# ===============================================================================================================
# 2. МАОУ «Гимназия № 2» — педработники / педсостав / учащиеся / курируемые / тьюторы-наставники / молодые кадры /
#    индивидуальные маршруты / сетевые партнёры / договоры о сетевом взаимодействии / ЛНА
# ===============================================================================================================
def form_gimn2():
    b = "https://gimn2-beryar.ru/nastavnichestvo/docs/"
    L = lambda f: b + f
    ys, yM, to, toM = 6, 6, 48, 8
    tm, ysT = 19, 0
    s1019, m1019 = 520, 47
    s1519, m1519 = 176, 31
    ext, ent, oth = 2, 0, 1
    mentors = tm + m1519 + ext + ent + oth
    mentees = m1019 + yM + toM
    pp = dict(pp_pupil_pupil=20, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=7)
    ppt = sum(pp.values())
    sub = dict(mentees_risk=4, mentees_disabled=2, mentees_gifted=15, mentees_low_motivation=6, mentees_career=11,
               mentees_other_params=9)
    assert sum(sub.values()) == m1019
    partners = ["МБОУ «СОШ № 3»", "ГБПОУ «Берёзовоярский педагогический колледж»",
                "АНО «Центр молодёжных инициатив «Старт»"]
    rows = [
        H("Нормативка"),
        R("ЛНА о наставничестве педработников (приказ об утверждении)", "имеется", "orgs_regulation_teachers", 1,
          L("lna_nastav_pedrabotniki_pr_57.pdf")),
        R("ЛНА о наставничестве учащихся", "имеется", "orgs_regulation_students", 1,
          L("lna_nastav_uchashchiesya_pr_58.pdf")),
        R("Приказ о мониторинге ЦМН в гимназии", "имеется", "orgs_monitoring_order", 1, L("pr_monitoring_cmn.pdf")),
        R("Справка по внутреннему мониторингу", "имеется", "internal_monitoring_notes", 1,
          L("spravka_monitoring_2024.pdf")),
        R("ЛНА об оплате работы тьюторов-наставников", 1, "pay_acts", l=L("lna_oplata_tyutorov.pdf")),
        R("ЛНА о нематериальном стимулировании тьюторов-наставников", 0, "nonmaterial_acts"),
        H("Организация"),
        R("Куратор ЦМН в гимназии (чел.)", 1, "curators_total", l=L("pr_kurator_cmn.pdf")),
        R("Тьюторы-наставники (всего по приказу)", mentors, "mentors_total", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        R("Курируемые (всего по приказу)", mentees, "mentees_total", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        R("Тьюторы (штатные должности, сопровождение детей с ОВЗ)", 2, None),
        R("Договоры о сетевом взаимодействии с ОО (тьюторы-наставники от них)", ext, "agreements_edu_orgs",
          l=L("dogovory_setevye.pdf")),
        R("Договоры о сетевом взаимодействии с иными организациями", oth, "agreements_other_orgs",
          l=L("dogovory_setevye.pdf")),
        R("Договоры с предприятиями", ent, "agreements_enterprises"),
        R("Сетевые партнёры по наставничеству", "; ".join(partners), "partner_list", "; ".join(partners),
          L("setevye_partnery.html")),
        R("О чём договоры", "привлечение педагогов и студентов партнёров в качестве тьюторов-наставников учащихся",
          "agreement_subjects",
          "привлечение педагогов и студентов партнёров в качестве тьюторов-наставников учащихся"),
        R("Тьюторы-наставники из сетевых ОО", ext, "external_edu_mentors", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        R("Тьюторы-наставники от предприятий", ent, "enterprise_mentors"),
        R("Тьюторы-наставники из иных организаций", oth, "other_org_mentors", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        H("Индивидуальные маршруты"),
        R("Индивидуальные маршруты наставничества — всего", ppt, "pp_total", l=L("ind_marshruty_2024.pdf")),
        R("   учащийся – учащийся", pp["pp_pupil_pupil"], "pp_pupil_pupil", l=L("ind_marshruty_2024.pdf")),
        R("   педработник – педработник", pp["pp_teacher_teacher"], "pp_teacher_teacher",
          l=L("ind_marshruty_2024.pdf")),
        R("   администрация – педработник", pp["pp_head_teacher"], "pp_head_teacher", l=L("ind_marshruty_2024.pdf")),
        R("   педработник – учащийся", pp["pp_teacher_pupil"], "pp_teacher_pupil", l=L("ind_marshruty_2024.pdf")),
        R("Педсостав, работающий по индивидуальным маршрутам", 27, "teachers_in_pp", l=L("ind_marshruty_2024.pdf")),
        H("Учащиеся"),
        R("Учащихся в гимназии всего", 980, None),
        R("Учащиеся 10–19 лет (всего)", s1019, "students_10_19"),
        R("Курируемые учащиеся 10–19 лет", m1019, "mentees_10_19", l=L("baza_kuriruemyh.pdf")),
        R("из них: группа риска", sub["mentees_risk"], "mentees_risk", l=L("baza_kuriruemyh.pdf")),
        R("ОВЗ / инвалидность", sub["mentees_disabled"], "mentees_disabled", l=L("baza_kuriruemyh.pdf")),
        R("одарённые (реестр)", sub["mentees_gifted"], "mentees_gifted", l=L("baza_kuriruemyh.pdf")),
        R("низкая мотивация, неуспеваемость", sub["mentees_low_motivation"], "mentees_low_motivation",
          l=L("baza_kuriruemyh.pdf")),
        R("проф. самоопределение", sub["mentees_career"], "mentees_career", l=L("baza_kuriruemyh.pdf")),
        R("прочие", sub["mentees_other_params"], "mentees_other_params", l=L("baza_kuriruemyh.pdf")),
        R("% курируемых учащихся 10–19 лет", pct(m1019, s1019), "share_mentees_10_19"),
        R("Учащиеся 15–19 лет (всего)", s1519, "students_15_19"),
        R("Учащиеся 15–19 лет — тьюторы-наставники", m1519, "mentors_15_19", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        R("% учащихся 15–19 лет — тьюторов-наставников", pct(m1519, s1519), "share_mentors_15_19"),
        H("Педсостав"),
        R("Молодые кадры (до 35 лет, первые 3 года работы)", ys, "young_specialists"),
        R("Молодые кадры — курируемые", yM, "young_specialists_mentees", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        R("Педсостав без молодых кадров", to, "teachers_other"),
        R("из них курируемые", toM, "teachers_other_mentees", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        R("% курируемых молодых кадров", pct(yM, ys), "share_young_specialists_mentees"),
        R("% курируемого педсостава (всего)", pct(yM + toM, ys + to), "share_teachers_mentees"),
        R("Педработники — тьюторы-наставники", tm, "teachers_mentors", l=L("pr_tyutory_kuriruemye_2024.pdf")),
        R("Молодые кадры — тьюторы-наставники", ysT, "young_specialists_mentors"),
        R("% педсостава — тьюторов-наставников", pct(tm, ys + to), "share_teachers_mentors"),
        R("КПК по наставничеству (педработников обучено в 2024)", 4, "kpk_trained", l=L("kpk_2024.pdf")),
        R("Методобъединение тьюторов-наставников", 1, "school_methodical_associations", l=L("pr_mo_tyutorov.pdf")),
        H("Удовлетворённость"),
        R("Курируемые, удовлетворены, %", 92, "satisfaction_mentees", l=L("oprosy_2024.pdf")),
        R("Тьюторы-наставники, удовлетворены, %", 88, "satisfaction_mentors", l=L("oprosy_2024.pdf")),
        R("Встреч тьюторов-наставников с курируемыми за год", 412, None),
    ]
    return {
        "file": "typed/gimn2_pedsostav.xlsx", "sheet": "Наставничество", "organisation": "МАОУ «Гимназия № 2»",
        "title": ["МАОУ «Гимназия № 2»", "Отчёт по наставничеству за 2024 календарный год"],
        "columns": ["t", "v", "l"],
        "header": ["Наименование показателя", "Данные", "Подтверждение (ссылка)"],
        "widths": [64, 14, 52],
        "footer": ["Куратор ЦМН: Е. В. Мокрушина, тел. 8 (34145) 2-17-09"],
        "rows": rows,
    }


# ===============================================================================================================
# 3. МБОУ «СОШ № 11» — дети / ребята / подростки 10–19 лет / старшеклассники 15–19 лет / шефы / наставничаемые /
#    молодые педагоги / Положение
# ===============================================================================================================
def form_sosh11():
    b = "https://school11.beryar-edu.ru/files/nast/"
    L = lambda f: b + f
    ys, yM, to, toM = 5, 4, 37, 3
    tm, ysT = 15, 1
    s1019, m1019 = 390, 44
    s1519, m1519 = 95, 18
    mentors = tm + m1519
    mentees = m1019 + yM + toM
    sub = dict(mentees_risk=11, mentees_disabled=8, mentees_gifted=3, mentees_low_motivation=12, mentees_career=6,
               mentees_other_params=4)
    assert sum(sub.values()) == m1019
    pp = dict(pp_pupil_pupil=16, pp_teacher_teacher=5, pp_teacher_pupil=8)
    ppt = sum(pp.values())
    pr = L("prikaz_87-o_02.09.2024.pdf")
    rows = [
        H("Документы", "1"),
        R("Положение о наставничестве для учителей", "утверждено", "orgs_regulation_teachers", 1,
          L("polozhenie_uchitelya.pdf"), num="1.1", n="приказ № 64-о от 29.08.2023"),
        R("Положение о наставничестве для детей", "утверждено", "orgs_regulation_students", 1,
          L("polozhenie_deti.pdf"), num="1.2", n="приказ № 64-о от 29.08.2023"),
        R("Приказ о мониторинге", "есть", "orgs_monitoring_order", 1, L("prikaz_monitoring_2024.pdf"), num="1.3"),
        R("Справка по мониторингу внутри школы", "нет", "internal_monitoring_notes", 0, num="1.4",
          n="будет в декабре"),
        R("Положение о доплате наставникам (шт.)", 1, "pay_acts", l=L("polozhenie_oplata.pdf"), num="1.5"),
        R("Положение о моральном поощрении наставников (шт.)", 1, "nonmaterial_acts",
          l=L("polozhenie_morale.pdf"), num="1.6"),
        H("Наставники и наставничаемые", "2"),
        R("Наставники всего (по приказу)", mentors, "mentors_total", l=pr, num="2.1",
          n="учителя + старшеклассники-шефы"),
        R("Наставничаемые всего (по приказу)", mentees, "mentees_total", l=pr, num="2.2"),
        R("Мероприятий с участием шефов за год", 14, None, num="2.3"),
        H("Дети", "3"),
        R("Всего детей в школе", 680, None, num="3.1"),
        R("Подростки 10–19 лет в школе", s1019, "students_10_19", num="3.2"),
        R("Наставничаемые ребята 10–19 лет", m1019, "mentees_10_19", l=pr, num="3.3"),
        R("— «трудные» (группа риска, учёт КДН/ПДН)", sub["mentees_risk"], "mentees_risk", l=pr, num="3.3.1"),
        R("— дети с ОВЗ, с инвалидностью", sub["mentees_disabled"], "mentees_disabled", l=pr, num="3.3.2"),
        R("— одарённые дети (в реестре)", sub["mentees_gifted"], "mentees_gifted", l=pr, num="3.3.3"),
        R("— плохо учатся / не хотят учиться", sub["mentees_low_motivation"], "mentees_low_motivation", l=pr,
          num="3.3.4"),
        R("— не определились с профессией", sub["mentees_career"], "mentees_career", l=pr, num="3.3.5"),
        R("— другое", sub["mentees_other_params"], "mentees_other_params", l=pr, num="3.3.6",
          n="адаптация после переезда"),
        R("Доля наставничаемых подростков", ru(pct(m1019, s1019)) + "%", "share_mentees_10_19", pct(m1019, s1019),
          num="3.4"),
        R("Старшеклассники 15–19 лет в школе", s1519, "students_15_19", num="3.5"),
        R("Старшеклассники-шефы (наставники по приказу)", m1519, "mentors_15_19", l=pr, num="3.6"),
        R("% старшеклассников-шефов", ru(pct(m1519, s1519)) + "%", "share_mentors_15_19", pct(m1519, s1519),
          num="3.7"),
        H("Инд. программы наставничества", "4"),
        R("Инд. программ всего", ppt, "pp_total", l=L("ind_programmy_2024.pdf"), num="4.1"),
        R("ребёнок – ребёнок", pp["pp_pupil_pupil"], "pp_pupil_pupil", l=L("ind_programmy_2024.pdf"), num="4.2"),
        R("учитель – учитель", pp["pp_teacher_teacher"], "pp_teacher_teacher", l=L("ind_programmy_2024.pdf"),
          num="4.3"),
        R("учитель – ребёнок", pp["pp_teacher_pupil"], "pp_teacher_pupil", l=L("ind_programmy_2024.pdf"),
          num="4.4"),
        H("Учителя", "5"),
        R("Молодые педагоги (до 35, стаж до 3 лет)", ys, "young_specialists", num="5.1"),
        R("Молодые педагоги — наставничаемые", yM, "young_specialists_mentees", l=pr, num="5.2"),
        R("Остальные учителя (не молодые педагоги)", to, "teachers_other", num="5.3"),
        R("Остальные учителя — наставничаемые", toM, "teachers_other_mentees", l=pr, num="5.4",
          n="аттестация на первую категорию"),
        R("Доля наставничаемых молодых педагогов", ru(pct(yM, ys)) + "%", "share_young_specialists_mentees",
          pct(yM, ys), num="5.5"),
        R("Доля наставничаемых учителей (все)", ru(pct(yM + toM, ys + to)) + "%", "share_teachers_mentees",
          pct(yM + toM, ys + to), num="5.6"),
        R("Учителя-наставники", tm, "teachers_mentors", l=pr, num="5.7"),
        R("в т.ч. молодые педагоги", ysT, "young_specialists_mentors", l=pr, num="5.8"),
        R("Доля учителей-наставников", ru(pct(tm, ys + to)) + "%", "share_teachers_mentors", pct(tm, ys + to),
          num="5.9"),
        R("Доля молодых педагогов-наставников", ru(pct(ysT, ys)) + "%", "share_young_specialists_mentors",
          pct(ysT, ys), num="5.10"),
        R("Учителя в инд. программах", 18, "teachers_in_pp", l=L("ind_programmy_2024.pdf"), num="5.11"),
        R("Прошли курсы по наставничеству за 2024 г.", 2, "kpk_trained", l=L("kursy_2024.pdf"), num="5.12"),
        R("ШМО наставников", 0, "school_methodical_associations", num="5.13", n="планируем с 2025 г."),
        H("Удовлетворённость", "6"),
        R("Наставничаемые довольны участием, %", "84%", "satisfaction_mentees", 84, L("anketirovanie.pdf"),
          num="6.1"),
        R("Наставники довольны участием, %", "90%", "satisfaction_mentors", 90, L("anketirovanie.pdf"), num="6.2"),
    ]
    return {
        "file": "typed/sosh11_deti.xlsx", "sheet": "отчёт", "organisation": "МБОУ «СОШ № 11»",
        "title": ["Отчёт МБОУ «СОШ № 11» о реализации наставничества за 2024 год",
                  "Берёзовоярский городской округ"],
        "columns": ["num", "t", "v", "l", "n"],
        "header": ["№", "Что считаем", "Сколько", "Где посмотреть", "Примечание"],
        "widths": [7, 52, 11, 50, 32],
        "footer": ["Отв. Л. Г. Ворончихина, педагог-организатор"],
        "merge_title": True,
        "rows": rows,
    }


# ===============================================================================================================
# 4. МБУ ДО «ЦДТ» — воспитанники / педсостав / педагоги со стажем до 3 лет / социальные партнёры / подопечные / ЛНА
#    (with a unit column)
# ===============================================================================================================
def form_cdt():
    b = "https://cdt-beryar.ru/upload/nastavnichestvo/2024/"
    L = lambda f: b + f
    ys, yM, to, toM = 7, 7, 41, 2
    tm, ysT = 13, 0
    s1019, m1019 = 870, 36
    s1519, m1519 = 210, 9
    ext, ent, oth = 0, 2, 1
    mentors = tm + m1519 + ext + ent + oth
    mentees = m1019 + yM + toM
    sub = dict(mentees_risk=5, mentees_disabled=7, mentees_gifted=12, mentees_low_motivation=0, mentees_career=4,
               mentees_other_params=8)
    assert sum(sub.values()) == m1019
    pp = dict(pp_pupil_pupil=6, pp_teacher_teacher=7, pp_teacher_pupil=9)
    ppt = sum(pp.values())
    partners = ["АО «Берёзовоярский машиностроительный завод»", "ООО «ЯрТехСервис»",
                "МБУ «Молодёжный центр «Импульс»"]
    pr = L("prikaz_41_ob_utv_par.pdf")
    rows = [
        H("Локальные акты"),
        R("ЛНА о наставничестве педсостава (приказ)", "да", "orgs_regulation_teachers", 1,
          L("lna_nastavnichestvo_pedsostav.pdf"), u="да/нет"),
        R("ЛНА о наставничестве воспитанников (приказ)", "да", "orgs_regulation_students", 1,
          L("lna_nastavnichestvo_vospitanniki.pdf"), u="да/нет"),
        R("Приказ о мониторинге наставничества в ЦДТ", "да", "orgs_monitoring_order", 1,
          L("prikaz_monitoring.pdf"), u="да/нет"),
        R("Инф. справка по внутреннему мониторингу", "да", "internal_monitoring_notes", 1,
          L("spravka_vnutr_monitoring.pdf"), u="да/нет"),
        R("Локальный акт об оплате наставничества", 0, "pay_acts", u="шт."),
        R("Локальный акт о нематериальном поощрении наставников", 1, "nonmaterial_acts",
          l=L("la_nematerialnoe_pooshchrenie.pdf"), u="шт."),
        H("Наставники, подопечные, партнёры"),
        R("Ответственный за ЦМН в учреждении", 1, "curators_total", l=L("prikaz_otvetstvennyy.pdf"), u="чел."),
        R("Наставники (приказ о парах)", mentors, "mentors_total", l=pr, u="чел."),
        R("Подопечные (приказ о парах)", mentees, "mentees_total", l=pr, u="чел."),
        R("Договоры с социальными партнёрами — предприятиями", ent, "agreements_enterprises",
          l=L("dogovory_partnery.pdf"), u="шт."),
        R("Договоры с социальными партнёрами — прочими организациями", oth, "agreements_other_orgs",
          l=L("dogovory_partnery.pdf"), u="шт."),
        R("Социальные партнёры (названия)", "\n".join(partners), "partner_list", "; ".join(partners),
          L("socialnye_partnery.pdf"), u="перечень"),
        R("Наставники от предприятий-партнёров", ent, "enterprise_mentors", l=pr, u="чел."),
        R("Наставники от прочих партнёров", oth, "other_org_mentors", l=pr, u="чел."),
        R("Наставники из других ОО", ext, "external_edu_mentors", u="чел."),
        H("Персональные программы (ИОМ)"),
        R("ИОМ наставничества, всего", ppt, "pp_total", l=L("iom_nastavnichestvo.pdf"), u="шт."),
        R("ИОМ воспитанник – воспитанник", pp["pp_pupil_pupil"], "pp_pupil_pupil", l=L("iom_nastavnichestvo.pdf"),
          u="шт."),
        R("ИОМ педагог – педагог", pp["pp_teacher_teacher"], "pp_teacher_teacher", l=L("iom_nastavnichestvo.pdf"),
          u="шт."),
        R("ИОМ педагог – воспитанник", pp["pp_teacher_pupil"], "pp_teacher_pupil", l=L("iom_nastavnichestvo.pdf"),
          u="шт."),
        H("Воспитанники"),
        R("Воспитанники всего (по муниципальному заданию)", 2150, None, u="чел."),
        R("Кол-во объединений (кружков, студий)", 64, None, u="ед."),
        R("Воспитанники 10–19 лет", s1019, "students_10_19", u="чел."),
        R("Подопечные из воспитанников 10–19 лет", m1019, "mentees_10_19", l=pr, u="чел."),
        R("из них группа риска", sub["mentees_risk"], "mentees_risk", l=pr, u="чел."),
        R("из них с ОВЗ, инвалиды", sub["mentees_disabled"], "mentees_disabled", l=pr, u="чел."),
        R("из них одарённые (реестр)", sub["mentees_gifted"], "mentees_gifted", l=pr, u="чел."),
        R("из них низкая мотивация", sub["mentees_low_motivation"], "mentees_low_motivation", u="чел."),
        R("из них проф. выбор", sub["mentees_career"], "mentees_career", l=pr, u="чел."),
        R("из них иное", sub["mentees_other_params"], "mentees_other_params", l=pr, u="чел."),
        R("Доля подопечных среди воспитанников 10–19 лет", pct(m1019, s1019), "share_mentees_10_19", u="%"),
        R("Воспитанники 15–19 лет", s1519, "students_15_19", u="чел."),
        R("Воспитанники 15–19 лет — наставники", m1519, "mentors_15_19", l=pr, u="чел."),
        R("Доля воспитанников 15–19 лет — наставников", pct(m1519, s1519), "share_mentors_15_19", u="%"),
        H("Педсостав"),
        R("Педагоги со стажем до 3 лет", ys, "young_specialists", u="чел."),
        R("Педагоги со стажем до 3 лет — подопечные", yM, "young_specialists_mentees", l=pr, u="чел."),
        R("Остальной педсостав", to, "teachers_other", u="чел."),
        R("Остальной педсостав — подопечные", toM, "teachers_other_mentees", l=pr, u="чел."),
        R("Педсостав — наставники", tm, "teachers_mentors", l=pr, u="чел."),
        R("Педсостав, занятый в ИОМ", 16, "teachers_in_pp", l=L("iom_nastavnichestvo.pdf"), u="чел."),
        R("Педсостав, обученный на КПК по наставничеству (2024)", 1, "kpk_trained", l=L("kpk_udostoverenie.pdf"),
          u="чел."),
        R("Курсы", "«Целевая модель наставничества в доп. образовании детей» (РОЦОД, 36 ч.)", "kpk_courses",
          "«Целевая модель наставничества в доп. образовании детей» (РОЦОД, 36 ч.)", u="назв."),
        H("Удовлетворённость"),
        R("Удовлетворённость подопечных", 95, "satisfaction_mentees", l=L("anketa_udovl.pdf"), u="%"),
        R("Удовлетворённость наставников", 93, "satisfaction_mentors", l=L("anketa_udovl.pdf"), u="%"),
    ]
    return {
        "file": "typed/cdt_vospitanniki.xlsx", "sheet": "ЦМН 2024", "organisation": "МБУ ДО «Центр детского творчества»",
        "title": ["Управление образования Администрации Берёзовоярского городского округа",
                  "МБУ ДО «Центр детского творчества»",
                  "Мониторинг целевой модели наставничества, 2024 год"],
        "columns": ["t", "u", "v", "l"],
        "header": ["Показатель", "Ед. изм.", "Значение", "Ссылка"],
        "widths": [58, 10, 18, 56],
        "footer": ["Методист Т. П. Кожевникова"],
        "rows": rows,
    }


# ===============================================================================================================
# 5. МБОУ «СОШ № 5» — кураторы (= наставники, said in a note) / курируемые / сотрудники / школьники /
#    молодые сотрудники; a real curator row worded «координатор»; class «кураторы» that are NOT mentors
# ===============================================================================================================
def form_sosh5():
    b = "https://sosh5by.gosuslugi.ru/netcat_files/nastavnichestvo/"
    L = lambda f: b + f
    ys, yM, to, toM = 12, 10, 81, 9
    tm, ysT = 35, 3
    s1019, m1019 = 820, 96
    s1519, m1519 = 260, 40
    ext, ent, oth = 3, 0, 0
    mentors = tm + m1519 + ext + ent + oth
    mentees = m1019 + yM + toM
    sub = dict(mentees_risk=14, mentees_disabled=9, mentees_gifted=10, mentees_low_motivation=22, mentees_career=25,
               mentees_other_params=16)
    assert sum(sub.values()) == m1019
    pp = dict(pp_pupil_pupil=30, pp_teacher_teacher=12, pp_head_teacher=3, pp_teacher_pupil=17, pp_student_pupil=2)
    ppt = sum(pp.values())
    pr = L("prikaz_176_kuratory_kuriruemye_2024.pdf")

    def FR(t, a, c, crit, num):
        """a share typed as a fraction in a cell formatted 0.00% (Excel shows 11,71%)"""
        return R(t, round(a / c, 4), crit, pct(a, c), fmt="0.00%", num=num)

    rows = [
        H("Документы", "I"),
        R("Положение о наставничестве сотрудников (утв. приказом)", 1, "orgs_regulation_teachers",
          l=L("polozhenie_sotrudniki.pdf"), num="1"),
        R("Положение о наставничестве школьников (утв. приказом)", 1, "orgs_regulation_students",
          l=L("polozhenie_shkolniki.pdf"), num="2"),
        R("Приказ о мониторинге ЦМН", 1, "orgs_monitoring_order", l=L("prikaz_monitoring.pdf"), num="3"),
        R("Справка по итогам внутреннего мониторинга", 1, "internal_monitoring_notes", l=L("spravka_2024.pdf"),
          num="4"),
        R("Координатор внедрения ЦМН (ответственные по приказу), чел.", 2, "curators_total",
          l=L("prikaz_koordinator.pdf"), num="5"),
        R("Положение о стимулирующих выплатах кураторам", 1, "pay_acts", l=L("polozhenie_vyplaty.pdf"), num="6"),
        R("Положение о нематериальном поощрении кураторов", 1, "nonmaterial_acts", l=L("polozhenie_nemat.pdf"),
          num="7"),
        H("Кураторы (наставники) и курируемые", "II"),
        R("Кураторы всего (по приказу о закреплении)", mentors, "mentors_total", l=pr, num="8"),
        R("Курируемые всего (по приказу о закреплении)", mentees, "mentees_total", l=pr, num="9"),
        R("Классные кураторы (кл. руководители 1–11 кл.)", 48, None, num="10"),
        R("Договоры с ОО, направляющими кураторов", 2, "agreements_edu_orgs", l=L("dogovory_oo.pdf"), num="11"),
        R("Кураторы из других ОО (по приказу)", ext, "external_edu_mentors", l=pr, num="12"),
        R("Кураторы с предприятий", ent, "enterprise_mentors", num="13"),
        H("ИОМ", "III"),
        R("ИОМ, всего", ppt, "pp_total", l=L("iom.pdf"), num="14"),
        R("ИОМ «школьник – школьник»", pp["pp_pupil_pupil"], "pp_pupil_pupil", l=L("iom.pdf"), num="15"),
        R("ИОМ «сотрудник – сотрудник»", pp["pp_teacher_teacher"], "pp_teacher_teacher", l=L("iom.pdf"), num="16"),
        R("ИОМ «администрация – сотрудник»", pp["pp_head_teacher"], "pp_head_teacher", l=L("iom.pdf"), num="17"),
        R("ИОМ «сотрудник – школьник»", pp["pp_teacher_pupil"], "pp_teacher_pupil", l=L("iom.pdf"), num="18"),
        R("ИОМ «студент колледжа – школьник»", pp["pp_student_pupil"], "pp_student_pupil", l=L("iom.pdf"), num="19"),
        H("Школьники", "IV"),
        R("Школьники 10–19 лет, всего", s1019, "students_10_19", num="20"),
        R("Курируемые школьники 10–19 лет", m1019, "mentees_10_19", l=pr, num="21"),
        R("   из «группы риска»", sub["mentees_risk"], "mentees_risk", l=pr, num="22"),
        R("   с ОВЗ / дети-инвалиды", sub["mentees_disabled"], "mentees_disabled", l=pr, num="23"),
        R("   одарённые (реестр)", sub["mentees_gifted"], "mentees_gifted", l=pr, num="24"),
        R("   с низкой мотивацией и неуспеваемостью", sub["mentees_low_motivation"], "mentees_low_motivation", l=pr,
          num="25"),
        R("   с проблемами выбора профессии", sub["mentees_career"], "mentees_career", l=pr, num="26"),
        R("   по иным основаниям", sub["mentees_other_params"], "mentees_other_params", l=pr, num="27"),
        FR("Доля курируемых школьников 10–19 лет", m1019, s1019, "share_mentees_10_19", "28"),
        R("Школьники 15–19 лет, всего", s1519, "students_15_19", num="29"),
        R("Школьники 15–19 лет — кураторы (по приказу)", m1519, "mentors_15_19", l=pr, num="30"),
        FR("Доля школьников 15–19 лет — кураторов", m1519, s1519, "share_mentors_15_19", "31"),
        H("Сотрудники", "V"),
        R("Всего сотрудников школы (вкл. техперсонал)", 131, None, num="32"),
        R("Молодые сотрудники-педагоги (до 35 лет, стаж до 3 лет)", ys, "young_specialists", num="33"),
        R("Молодые сотрудники — курируемые", yM, "young_specialists_mentees", l=pr, num="34"),
        R("Остальные педагогические сотрудники", to, "teachers_other", num="35"),
        R("Остальные педагогические сотрудники — курируемые", toM, "teachers_other_mentees", l=pr, num="36"),
        FR("Доля курируемых молодых сотрудников", yM, ys, "share_young_specialists_mentees", "37"),
        R("Сотрудники — кураторы", tm, "teachers_mentors", l=pr, num="38"),
        R("   в т.ч. молодые сотрудники — кураторы", ysT, "young_specialists_mentors", l=pr, num="39"),
        FR("Доля сотрудников — кураторов", tm, ys + to, "share_teachers_mentors", "40"),
        R("Сотрудники, прошедшие КПК по наставничеству в 2024 г.", 3, "kpk_trained", l=L("kpk_2024.pdf"), num="41"),
        R("ШМО кураторов", 1, "school_methodical_associations", l=L("prikaz_shmo.pdf"), num="42"),
        H("Удовлетворённость", "VI"),
        R("Удовлетворённость курируемых, %", 89.3, "satisfaction_mentees", l=L("anketa_2024.pdf"), num="43"),
        R("Удовлетворённость кураторов, %", 94.1, "satisfaction_mentors", l=L("anketa_2024.pdf"), num="44"),
        R("Ответственный за заполнение", "Ганиева Р. Ф., зам. директора по НМР", None, num="45"),
    ]
    return {
        "file": "typed/sosh5_kuratory.xlsx", "sheet": "Мониторинг", "organisation": "МБОУ «СОШ № 5»",
        "title": ["МБОУ «СОШ № 5» г. Берёзовый Яр",
                  "Сведения о реализации целевой модели наставничества за 2024 год",
                  "В таблице «кураторы» — наставники, закреплённые приказом о наставнических парах; "
                  "«курируемые» — наставляемые."],
        "columns": ["num", "t", "v", "l"],
        "header": ["№ п/п", "Наименование", "2024", "Документ (ссылка)"],
        "widths": [7, 60, 12, 60],
        "footer": ["Директор ____________ О. В. Сунцова", "М.П."],
        "hyperlinks": True,
        "rows": rows,
    }


# ===============================================================================================================
# 6. МБОУ «Лицей № 1» — two vocabularies in ONE form: sections I–IV typed with «педагоги / обучающиеся /
#    наставляемые / молодые специалисты / персонализированные программы», sections V–VIII with «учителя / ребята /
#    подопечные / молодые кадры / ИОМ»
# ===============================================================================================================
def form_licey1():
    b = "https://licey1-beryar.gosuslugi.ru/ofitsialno/dokumenty/nastavnichestvo/"
    L = lambda f: b + f
    ys, yM, to, toM = 8, 8, 66, 6
    tm, ysT = 30, 1
    s1019, m1019 = 710, 65
    s1519, m1519 = 300, 52
    ext, ent, oth = 2, 3, 0
    mentors = tm + m1519 + ext + ent + oth
    mentees = m1019 + yM + toM
    sub = dict(mentees_risk=3, mentees_disabled=4, mentees_gifted=28, mentees_low_motivation=5, mentees_career=15,
               mentees_other_params=10)
    assert sum(sub.values()) == m1019
    pp = dict(pp_pupil_pupil=40, pp_teacher_teacher=10, pp_head_teacher=4, pp_teacher_pupil=16)
    ppt = sum(pp.values())
    partners = ["ГБПОУ «Берёзовоярский педагогический колледж»", "АО «Яргидромаш»", "ООО «Цифровые решения»"]
    pr = L("prikaz_133_2024.pdf")
    rows = [
        H("I. Нормативная база"),
        R("Приказ об утверждении Положения о наставничестве педагогических работников лицея", "да",
          "orgs_regulation_teachers", 1, L("polozhenie_ped.pdf")),
        R("Приказ об утверждении Положения о наставничестве обучающихся лицея", "да",
          "orgs_regulation_students", 1, L("polozhenie_obuch.pdf")),
        R("Приказ о мониторинге реализации ЦМН в лицее", "да", "orgs_monitoring_order", 1, L("prikaz_monitoring.pdf")),
        R("Справка об итогах внутреннего мониторинга", "да", "internal_monitoring_notes", 1,
          L("spravka_itogi_2024.pdf")),
        H("II. Организация наставничества"),
        R("Куратор по ЦМН (чел.)", 1, "curators_total", l=L("prikaz_kurator.pdf")),
        R("Наставников по приказу (всего)", mentors, "mentors_total", l=pr),
        R("Наставляемых по приказу (всего)", mentees, "mentees_total", l=pr),
        R("Соглашения с образовательными организациями (наставники от партнёров)", 1, "agreements_edu_orgs",
          l=L("soglashenie_kolledzh.pdf")),
        R("Соглашения с предприятиями", 2, "agreements_enterprises", l=L("soglasheniya_predpriyatiya.pdf")),
        R("Организации-партнёры по наставничеству", "; ".join(partners), "partner_list", "; ".join(partners),
          L("partnery.pdf")),
        R("Наставники из сторонних ОО", ext, "external_edu_mentors", l=pr),
        R("Наставники — сотрудники предприятий", ent, "enterprise_mentors", l=pr),
        H("III. Персонализированные программы"),
        R("Персонализированных программ — всего", ppt, "pp_total", l=L("pp_2024.pdf")),
        R("форма «обучающийся – обучающийся»", pp["pp_pupil_pupil"], "pp_pupil_pupil", l=L("pp_2024.pdf")),
        R("форма «педагог – педагог»", pp["pp_teacher_teacher"], "pp_teacher_teacher", l=L("pp_2024.pdf")),
        R("форма «руководитель – педагог»", pp["pp_head_teacher"], "pp_head_teacher", l=L("pp_2024.pdf")),
        R("форма «педагог – обучающийся»", pp["pp_teacher_pupil"], "pp_teacher_pupil", l=L("pp_2024.pdf")),
        H("IV. Обучающиеся 10–19 лет"),
        R("Обучающиеся лицея 10–19 лет (всего)", s1019, "students_10_19"),
        R("Обучающиеся 10–19 лет — наставляемые", m1019, "mentees_10_19", l=pr),
        R("в т.ч. «группа риска»", sub["mentees_risk"], "mentees_risk", l=pr),
        R("в т.ч. дети с ОВЗ и инвалидностью", sub["mentees_disabled"], "mentees_disabled", l=pr),
        R("в т.ч. одарённые (реестр)", sub["mentees_gifted"], "mentees_gifted", l=pr),
        # the second person took over here: ребята / подопечные / учителя / молодые кадры / ИОМ
        R("в т.ч. ребята с низкой мотивацией, неуспевающие", sub["mentees_low_motivation"], "mentees_low_motivation",
          l=pr),
        R("в т.ч. ребята, не выбравшие профессию", sub["mentees_career"], "mentees_career", l=pr),
        R("в т.ч. подопечные по другим основаниям", sub["mentees_other_params"], "mentees_other_params", l=pr),
        R("Доля подопечных ребят 10–19 лет", ru(pct(m1019, s1019)) + " %", "share_mentees_10_19", pct(m1019, s1019)),
        H("V. Старшие ребята — наставники"),
        R("Ребята 15–19 лет, всего", s1519, "students_15_19"),
        R("Ребята 15–19 лет — наставники по приказу", m1519, "mentors_15_19", l=pr),
        R("Доля ребят 15–19 лет — наставников", ru(pct(m1519, s1519)) + " %", "share_mentors_15_19",
          pct(m1519, s1519)),
        R("Ребята 10–19 лет в программах (и наставники, и подопечные)", m1019 + m1519, None),
        H("VI. Учителя"),
        R("Молодые кадры (до 35 лет, стаж до 3 лет)", ys, "young_specialists"),
        R("Молодые кадры — подопечные", yM, "young_specialists_mentees", l=pr),
        R("Учителя, кроме молодых кадров", to, "teachers_other"),
        R("Учителя, кроме молодых кадров, — подопечные", toM, "teachers_other_mentees", l=pr),
        R("Доля учителей-подопечных (все учителя)", ru(pct(yM + toM, ys + to)) + " %", "share_teachers_mentees",
          pct(yM + toM, ys + to)),
        R("Учителя-наставники", tm, "teachers_mentors", l=pr),
        R("Молодые кадры — наставники", ysT, "young_specialists_mentors", l=pr),
        R("Доля молодых кадров — наставников", ru(pct(ysT, ys)) + " %", "share_young_specialists_mentors",
          pct(ysT, ys)),
        R("Учителя, работающие по ИОМ", 38, "teachers_in_pp", l=L("pp_2024.pdf")),
        R("Учителя, окончившие КПК по наставничеству (2024)", 7, "kpk_trained", l=L("kpk_2024.pdf")),
        R("ШМО учителей-наставников", 2, "school_methodical_associations", l=L("prikaz_shmo.pdf")),
        H("VII. Удовлетворённость"),
        R("Подопечные удовлетворены, %", "90,4", "satisfaction_mentees", 90.4, L("oprosy.pdf")),
        R("Наставники удовлетворены, %", "87,6", "satisfaction_mentors", 87.6, L("oprosy.pdf")),
        H("VIII. Поощрение"),
        R("Локальный акт об оплате наставникам", 1, "pay_acts", l=L("la_oplata.pdf")),
        R("ЛНА о нематериальном поощрении (кол-во актов)", 2, "nonmaterial_acts", l=L("lna_nemat.pdf")),
    ]
    return {
        "file": "typed/licey1_dva_slovarya.xlsx", "sheet": "Лист1", "organisation": "МБОУ «Лицей № 1»",
        "title": ["МБОУ «Лицей № 1»", "ЦМН: итоги 2024 г."],
        "columns": ["t", "v", "l"],
        "header": ["Показатель", "2024 г.", "Ссылка"],
        "widths": [66, 12, 60],
        "footer": ["Заполнили: Бабинцева О. С. (разд. I–IV), Решетникова А. А. (разд. V–VIII)"],
        "rows": rows,
    }


FORMS = [form_sosh3(), form_gimn2(), form_sosh11(), form_cdt(), form_sosh5(), form_licey1()]


# ---------------------------------------------------------------------------------------------------------------
# consistency checks on the expected figures
# ---------------------------------------------------------------------------------------------------------------
def check_consistency(form):
    vals = {}
    for r in form["rows"]:
        if r["kind"] == "r" and r["c"]:
            assert r["c"] in CAT, (form["file"], r["c"])
            assert r["c"] not in vals, (form["file"], "twice", r["c"])
            assert CAT[r["c"]]["wording_2024"], (form["file"], "not a 2024 criterion", r["c"])
            vals[r["c"]] = r["e"]
    g = vals.get
    f = form["file"]
    if "mentees_10_19" in vals:
        subs = [g(k, 0) for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                                  "mentees_career", "mentees_other_params")]
        assert sum(subs) <= vals["mentees_10_19"], f
        assert vals["mentees_10_19"] <= vals["students_10_19"], f
    if "pp_total" in vals:
        parts = sum(v for k, v in vals.items() if k.startswith("pp_") and k != "pp_total")
        assert parts == vals["pp_total"], (f, parts, vals["pp_total"])
    assert g("mentors_15_19", 0) <= g("students_15_19", 10 ** 6) <= g("students_10_19", 10 ** 6), f
    assert g("young_specialists_mentees", 0) <= g("young_specialists", 0), f
    assert g("teachers_other_mentees", 0) <= g("teachers_other", 0), f
    assert g("young_specialists_mentors", 0) <= g("teachers_mentors", 0), f
    assert g("teachers_mentors", 0) + g("mentors_15_19", 0) + g("external_edu_mentors", 0) + \
        g("enterprise_mentors", 0) + g("other_org_mentors", 0) == g("mentors_total"), f
    assert g("mentees_10_19", 0) + g("young_specialists_mentees", 0) + g("teachers_other_mentees", 0) == \
        g("mentees_total"), f
    assert g("teachers_in_pp", 0) <= g("teachers_other", 0) + g("young_specialists", 0), f
    ratios = {
        "share_mentees_10_19": ("mentees_10_19", "students_10_19"),
        "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
        "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists"),
        "share_young_specialists_mentors": ("young_specialists_mentors", "young_specialists"),
    }
    for s, (a, bb) in ratios.items():
        if s in vals:
            assert abs(vals[s] - pct(vals[a], vals[bb])) < 0.006, (f, s)
    if "share_teachers_mentees" in vals:
        assert abs(vals["share_teachers_mentees"] - pct(vals["young_specialists_mentees"] +
                                                         vals["teachers_other_mentees"],
                                                         vals["young_specialists"] + vals["teachers_other"])) < 0.006
    if "share_teachers_mentors" in vals:
        assert abs(vals["share_teachers_mentors"] - pct(vals["teachers_mentors"],
                                                         vals["young_specialists"] + vals["teachers_other"])) < 0.006
    for k, v in vals.items():
        unit = CAT[k]["unit"]
        if unit == "yesno":
            assert v in (0, 1)
        if unit == "count":
            assert isinstance(v, int) and v >= 0, (f, k, v)
    if "partner_list" in vals:
        n = len(vals["partner_list"].split("; "))
        agr = g("agreements_edu_orgs", 0) + g("agreements_enterprises", 0) + g("agreements_other_orgs", 0)
        assert n >= agr, f
    return vals


# ---------------------------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_form(form):
    wb = Workbook()
    ws = wb.active
    ws.title = form["sheet"]
    cols = form["columns"]
    ncol = len(cols)
    letter = {key: get_column_letter(i + 1) for i, key in enumerate(cols)}
    for i, w in enumerate(form["widths"]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    row = 1
    for i, text in enumerate(form["title"]):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=(i < 2), size=12 if i < 2 else 10, italic=(i >= 2 and "«кураторы»" in text))
        if form.get("merge_title") or len(text) > 70:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            c.alignment = Alignment(horizontal="center" if form.get("merge_title") else "left", wrap_text=True)
            if len(text) > 100:
                ws.row_dimensions[row].height = 30
        row += 1
    row += 1
    for i, h in enumerate(form["header"]):
        c = ws.cell(row=row, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row += 1
    cells = []
    exp = {"file": form["file"], "year": YEAR, "organisation": form["organisation"], "values": {}, "links": {},
           "not_criteria": [], "headings": []}
    for r in form["rows"]:
        if r["kind"] == "h":
            if "num" in letter and r.get("num"):
                ws[f"{letter['num']}{row}"] = r["num"]
                ws[f"{letter['num']}{row}"].font = Font(bold=True)
            c = ws[f"{letter['t']}{row}"]
            c.value = r["t"]
            c.font = Font(bold=True)
            for i in range(ncol):
                ws.cell(row=row, column=i + 1).fill = PatternFill("solid", fgColor="F2F2F2")
                ws.cell(row=row, column=i + 1).border = BOX
            exp["headings"].append(r["t"])
            row += 1
            continue
        if "num" in letter and r["num"] is not None:
            ws[f"{letter['num']}{row}"] = r["num"]
        ws[f"{letter['t']}{row}"] = r["t"]
        ws[f"{letter['t']}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        vc = ws[f"{letter['v']}{row}"]
        vc.value = r["v"]
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if r["fmt"]:
            vc.number_format = r["fmt"]
        if "u" in letter and r["u"]:
            ws[f"{letter['u']}{row}"] = r["u"]
        if "n" in letter and r["n"]:
            ws[f"{letter['n']}{row}"] = r["n"]
        if r["l"]:
            lc = ws[f"{letter['l']}{row}"]
            lc.value = r["l"]
            if form.get("hyperlinks"):
                lc.hyperlink = r["l"]
                lc.font = Font(color="0563C1", underline="single")
        for i in range(ncol):
            ws.cell(row=row, column=i + 1).border = BOX
        if r["c"]:
            exp["values"][r["c"]] = r["e"]
            cells.append({"file": form["file"], "sheet": form["sheet"], "cell": f"{letter['v']}{row}",
                          "criterion": r["c"], "kind": "value", "expected": r["e"], "row_title": r["t"],
                          "unit": CAT[r["c"]]["unit"]})
            if r["l"]:
                exp["links"][r["c"]] = r["l"]
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": f"{letter['l']}{row}",
                              "criterion": r["c"], "kind": "link", "expected": r["l"], "row_title": r["t"]})
        else:
            assert r["l"] is None, r["t"]
            exp["not_criteria"].append(r["t"])
        row += 1
    row += 1
    for text in form.get("footer", []):
        ws.cell(row=row, column=1 if "num" not in letter else 2, value=text)
        row += 1
    ws.freeze_panes = None
    out = HERE / form["file"]
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "user"
    wb.save(out)
    return exp, cells


def main():
    expected, cells = [], []
    for form in FORMS:
        check_consistency(form)
        e, c = write_form(form)
        expected.append(e)
        cells.extend(c)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files={len({e['file'] for e in expected})} forms={len(expected)} values={nv} links={nl} "
          f"not_criteria={sum(len(e['not_criteria']) for e in expected)}")


if __name__ == "__main__":
    main()
