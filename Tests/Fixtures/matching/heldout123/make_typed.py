#!/usr/bin/env python3
"""heldout123: Russian paper-style forms with captions under the line («подстрочные подписи»), filled in Excel.

Every field is a row whose cell holds the value (underlined with a bottom border, or padded «____12____»), and the
row below holds the caption in small italic font in parentheses.  Some rows hold two or three fields side by side
(value | proof link, value | value, value | value | link).  Six organisations of the invented «Синегорский район».
Deterministic (no randomness, pinned document times).

Writes typed/*.xlsx, expected.json, cells.json next to this script.
"""
import csv
import datetime
import json
import io
import math
import pathlib
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_TIME = datetime.datetime(2024, 12, 20, 9, 30, 0)

YN_IDS = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
          "internal_monitoring_notes"}
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")


def derive(d):
    """Totals and shares that follow from the organisation's own figures."""
    d = dict(d)
    d["pp_total"] = sum(d.get(k, 0) for k in PP_FORMS)
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d.get("external_edu_mentors", 0)
                          + d.get("enterprise_mentors", 0) + d.get("other_org_mentors", 0))
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert sum(d[k] for k in GROUPS) == d["mentees_10_19"], d["org"]
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    d["share_young_specialists_mentors"] = pct(d.get("young_specialists_mentors", 0), d["young_specialists"])
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["mentees_10_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d.get("young_specialists_mentors", 0) <= min(d["young_specialists"], d["teachers_mentors"])
    assert d["teachers_in_pp"] <= teachers
    assert d["kpk_trained"] <= teachers
    return d


# --------------------------------------------------------------------------------------------------------------
# The six organisations' figures (Синегорский район, invented)
# --------------------------------------------------------------------------------------------------------------
SOSH3 = derive(dict(
    org="МБОУ «СОШ № 3 г. Синегорска»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=18, young_specialists_mentors=2, mentors_15_19=14, students_15_19=126,
    external_edu_mentors=2, enterprise_mentors=1,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ГБПОУ «Синегорский индустриальный техникум»; МБОУ «СОШ № 1 г. Синегорска»; "
                 "ООО «Синегорский молочный комбинат»",
    pp_pupil_pupil=12, pp_teacher_teacher=7, pp_head_teacher=2, pp_teacher_pupil=19, pp_student_pupil=2,
    students_10_19=438, mentees_10_19=54, mentees_risk=8, mentees_disabled=5, mentees_gifted=9,
    mentees_low_motivation=13, mentees_career=12, mentees_other_params=7,
    young_specialists=8, young_specialists_mentees=7, teachers_other=46, teachers_other_mentees=3,
    teachers_in_pp=24, kpk_trained=4, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=90.5, satisfaction_mentors=88,
))

GIMN2 = derive(dict(
    org="Муниципальное автономное общеобразовательное учреждение «Гимназия № 2 имени А. С. Пушкина» "
        "города Синегорска",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=26, young_specialists_mentors=3, mentors_15_19=22, students_15_19=184,
    external_edu_mentors=3, other_org_mentors=1,
    agreements_edu_orgs=2, agreements_other_orgs=1,
    partner_list="ФГБОУ ВО «Синегорский государственный педагогический университет»; "
                 "ГБПОУ «Синегорский медицинский колледж»; МБУК «Синегорская центральная библиотека»",
    pp_pupil_pupil=21, pp_teacher_teacher=12, pp_head_teacher=2, pp_teacher_pupil=24, pp_student_pupil=4,
    pp_other=1,
    students_10_19=612, mentees_10_19=74, mentees_risk=4, mentees_disabled=3, mentees_gifted=27,
    mentees_low_motivation=12, mentees_career=20, mentees_other_params=8,
    young_specialists=10, young_specialists_mentees=9, teachers_other=64, teachers_other_mentees=4,
    teachers_in_pp=34, kpk_trained=8, school_methodical_associations=2, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=94.2, satisfaction_mentors=91.5,
))

KLUCHI = derive(dict(
    org="Муниципальное казённое общеобразовательное учреждение «Ключевская основная общеобразовательная "
        "школа» Синегорского района",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1,
    teachers_mentors=6, mentors_15_19=2, students_15_19=7, enterprise_mentors=1,
    agreements_enterprises=1, partner_list="СПК «Ключевской»",
    pp_pupil_pupil=3, pp_teacher_teacher=3, pp_teacher_pupil=6,
    students_10_19=48, mentees_10_19=12, mentees_risk=3, mentees_disabled=2, mentees_gifted=0,
    mentees_low_motivation=5, mentees_career=1, mentees_other_params=1,
    young_specialists=2, young_specialists_mentees=2, teachers_other=12, teachers_other_mentees=1,
    teachers_in_pp=8, kpk_trained=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=95, satisfaction_mentors=100,
))

LICEY1 = derive(dict(
    org="Муниципальное бюджетное общеобразовательное учреждение «Лицей № 1 города Синегорска»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=31, young_specialists_mentors=4, mentors_15_19=29, students_15_19=241,
    external_edu_mentors=5, enterprise_mentors=2,
    agreements_edu_orgs=3, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Синегорский государственный технический университет»; "
                 "ГБПОУ «Синегорский политехнический колледж»; ГБПОУ «Синегорский медицинский колледж»; "
                 "АО «Синегорский приборостроительный завод»",
    agreement_subjects="наставничество в проектной и исследовательской деятельности лицеистов; "
                       "профессиональные пробы на базе колледжей и завода",
    pp_pupil_pupil=25, pp_teacher_teacher=13, pp_head_teacher=3, pp_student_pupil=6, pp_teacher_pupil=17,
    students_10_19=655, mentees_10_19=69, mentees_risk=2, mentees_disabled=3, mentees_gifted=28,
    mentees_low_motivation=8, mentees_career=22, mentees_other_params=6,
    young_specialists=12, young_specialists_mentees=11, teachers_other=60, teachers_other_mentees=5,
    teachers_in_pp=36, kpk_trained=6, pay_acts=1, nonmaterial_acts=2,
    satisfaction_mentees=92.7, satisfaction_mentors=90.4,
))

CDT = derive(dict(
    org="Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества «Радуга» "
        "г. Синегорска",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=14, young_specialists_mentors=2, mentors_15_19=16, students_15_19=235,
    external_edu_mentors=1, other_org_mentors=3,
    agreements_edu_orgs=1, agreements_other_orgs=3,
    partner_list="МБОУ «СОШ № 3 г. Синегорска»; МБУК «Синегорский краеведческий музей»; "
                 "МБУК «Синегорская центральная библиотека»; МБУ «Синегорский районный Дом культуры»",
    pp_pupil_pupil=11, pp_teacher_teacher=7, pp_teacher_pupil=24, pp_other=2,
    students_10_19=845, mentees_10_19=57, mentees_risk=6, mentees_disabled=9, mentees_gifted=21,
    mentees_low_motivation=0, mentees_career=8, mentees_other_params=13,
    young_specialists=5, young_specialists_mentees=5, teachers_other=38, teachers_other_mentees=3,
    teachers_in_pp=19, kpk_trained=3, school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=88.6, satisfaction_mentors=93,
))

SOSH5 = derive(dict(
    org="МБОУ «Синегорская СОШ № 5 с углублённым изучением отдельных предметов»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=21, young_specialists_mentors=2, mentors_15_19=17, students_15_19=152,
    external_edu_mentors=2, enterprise_mentors=2,
    agreements_edu_orgs=2, agreements_enterprises=2,
    partner_list="ГБПОУ «Синегорский индустриальный техникум»; "
                 "ФГБОУ ВО «Синегорский государственный педагогический университет»; "
                 "ООО «Синегорскводоканал»; АО «Синегорская ГРЭС»",
    pp_pupil_pupil=15, pp_teacher_teacher=8, pp_head_teacher=1, pp_teacher_pupil=20, pp_student_pupil=2,
    students_10_19=497, mentees_10_19=61, mentees_risk=10, mentees_disabled=6, mentees_gifted=8,
    mentees_low_motivation=16, mentees_career=13, mentees_other_params=8,
    young_specialists=7, young_specialists_mentees=6, teachers_other=49, teachers_other_mentees=3,
    teachers_in_pp=27, kpk_trained=5,
    kpk_courses="Наставничество в образовательной организации: модели, формы, технологии (72 ч); "
                "Организация наставничества обучающихся в школе (36 ч)",
    school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=89.4, satisfaction_mentors=87.9,
))


# --------------------------------------------------------------------------------------------------------------
# Form description.  T(text) = a plain title line; H(text) = a section heading; F(*fields) = a field row (values
# on one row, captions on the row below — or above, in the caption-above variant).  Fields:
#   V(cid, caption, typed=None)  a criterion value (from the organisation's figures, typed as the form types it)
#   L(url, caption)              the proof link field; it proves every V of its row; url None = left empty
#   N(value, caption)            a field that is not a criterion (pairs, events, phone, date …)
#   O(caption)                   the organisation's full name;  Y(value, caption) the year;
#   X(value, caption)            other title-block fields (head's name, signature line)
# --------------------------------------------------------------------------------------------------------------
def T(text, style="plain"):
    return ("T", text, style)


def H(text):
    return ("H", text)


def F(*fields):
    return ("F", fields)


def V(cid, caption, typed=None):
    return ("V", cid, caption, typed)


def L(url, caption):
    return ("L", url, caption)


def N(value, caption):
    return ("N", value, caption)


def O(caption):
    return ("O", caption)


def Y(value, caption):
    return ("Y", value, caption)


def X(value, caption):
    return ("X", value, caption)


def dec_comma(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".") if isinstance(v, float) else str(v)
    return s.replace(".", ",")


# ---------------------------------------- 1. СОШ № 3 (plain blank) ------------------------------------------
U3 = "https://sosh3-sinegorsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"


def form_sosh3():
    d = SOSH3
    lk = "(ссылка на документ)"
    rows = [
        T("Приложение 1 к письму Управления образования Администрации Синегорского района "
          "от 25.11.2024 № 01-12/1187", "small"),
        T("СВЕДЕНИЯ", "bold"),
        T("о реализации целевой модели наставничества", "bold"),
        F(O("(полное наименование образовательной организации)")),
        F(Y(2024, "(отчётный год)")),
        F(X("Кравченко Ольга Николаевна", "(Ф.И.О. руководителя)"), X("_______________", "(подпись)")),
        H("I. Нормативная база"),
        F(V("orgs_regulation_teachers", "(положение о наставничестве педагогических работников школы утверждено: "
                                        "да / нет)"), L(U3 + "polozhenie_pedagogi.pdf", lk)),
        F(V("orgs_regulation_students", "(положение о наставничестве учащихся утверждено: да / нет)"),
          L(U3 + "polozhenie_uchashchiesya.pdf", lk)),
        F(V("orgs_monitoring_order", "(приказ о мониторинге внедрения наставничества в школе: да / нет)"),
          L(U3 + "prikaz_212_monitoring.pdf", lk)),
        F(V("internal_monitoring_notes", "(справка по итогам школьного мониторинга наставничества: да / нет)"),
          L(U3 + "spravka_monitoring_2024.pdf", lk)),
        F(V("curators_total", "(кураторов внедрения целевой модели, чел.)"), L(U3 + "prikaz_174_kuratory.pdf", lk)),
        H("II. Наставники"),
        F(V("mentors_total", "(количество наставников, утверждённых приказом)"), L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("teachers_mentors", "(из них педагогов школы)"), L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("young_specialists_mentors", "(в т.ч. молодых специалистов, которые сами наставляют)"),
          L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("students_15_19", "(учащихся 15–19 лет всего)"),
          V("mentors_15_19", "(из них закреплены приказом как наставники)")),
        F(V("share_mentors_15_19", "(доля учащихся-наставников среди 15–19-летних, %)")),
        F(V("external_edu_mentors", "(наставников из сторонних образовательных организаций)"),
          L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("enterprise_mentors", "(наставников — сотрудников предприятий)"), L(U3 + "prikaz_188_pary.pdf", lk)),
        F(N(41, "(количество наставнических пар)"), L(U3 + "prikaz_188_pary.pdf", lk)),
        H("III. Наставляемые"),
        F(V("mentees_total", "(количество наставляемых, закреплённых приказом, всего)"),
          L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("students_10_19", "(учащихся 10–19 лет всего, по списку на 01.09.2024)")),
        F(V("mentees_10_19", "(из них учащихся 10–19 лет с закреплённым наставником)"),
          L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("mentees_risk", "(в т.ч. «группа риска»)"), V("mentees_disabled", "(в т.ч. дети с ОВЗ и дети-инвалиды)")),
        F(V("mentees_gifted", "(в т.ч. одарённые, внесённые в реестр)"),
          V("mentees_low_motivation", "(в т.ч. неуспевающие и слабо мотивированные)")),
        F(V("mentees_career", "(в т.ч. не определившиеся с профессией)"),
          V("mentees_other_params", "(в т.ч. по иным основаниям)")),
        F(V("share_mentees_10_19", "(охват наставничеством учащихся 10–19 лет, %)")),
        H("IV. Персонализированные программы наставничества"),
        F(V("pp_total", "(утверждено персонализированных программ, всего)"), L(U3 + "prikaz_190_pp.pdf", lk)),
        F(V("pp_pupil_pupil", "(«ученик – ученик»)"), V("pp_teacher_teacher", "(«учитель – учитель»)"),
          L(U3 + "prikaz_190_pp.pdf", lk)),
        F(V("pp_head_teacher", "(«руководитель – педагог»)"), V("pp_teacher_pupil", "(«учитель – ученик»)"),
          L(U3 + "prikaz_190_pp.pdf", lk)),
        F(V("pp_student_pupil", "(«студент – ученик»)"), L(None, lk)),
        F(V("teachers_in_pp", "(педагогов, занятых в персонализированных программах)"),
          L(U3 + "prikaz_190_pp.pdf", lk)),
        H("V. Сотрудничество"),
        F(V("agreements_edu_orgs", "(договоров с колледжами, вузами, школами о направлении наставников)"),
          L(U3 + "dogovory_oo.pdf", lk)),
        F(V("agreements_enterprises", "(договоров с предприятиями о направлении наставников)"),
          L(U3 + "dogovor_molkombinat.pdf", lk)),
        F(V("partner_list", "(организации-партнёры по наставничеству)"), L(U3 + "partnery.pdf", lk)),
        H("VI. Педагогические кадры"),
        F(V("young_specialists", "(молодых специалистов в возрасте до 35 лет со стажем до 3 лет)")),
        F(V("young_specialists_mentees", "(из них прикреплены к наставнику)"), L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("teachers_other", "(остальных педагогов, без молодых специалистов)")),
        F(V("teachers_other_mentees", "(из них сами наставляемые)"), L(U3 + "prikaz_188_pary.pdf", lk)),
        F(V("share_young_specialists_mentees", "(доля молодых специалистов с наставником, %)")),
        F(V("kpk_trained", "(прошли КПК по наставничеству в 2024 г., чел.)"), L(U3 + "kpk_2024.pdf", lk)),
        F(V("school_methodical_associations", "(методических объединений наставников в школе)"),
          L(U3 + "prikaz_shmo.pdf", lk)),
        H("VII. Поощрение и оценка"),
        F(V("pay_acts", "(локальных актов о доплате наставникам)"), L(U3 + "polozhenie_oplata.pdf", lk)),
        F(V("nonmaterial_acts", "(положений о моральном поощрении наставников)"),
          L(U3 + "polozhenie_pooshchrenie.pdf", lk)),
        F(V("satisfaction_mentees", "(удовлетворённость наставляемых по итогам анкетирования, %)"),
          L(U3 + "anketirovanie_2024.pdf", lk)),
        F(V("satisfaction_mentors", "(удовлетворённость наставников по итогам анкетирования, %)"),
          L(U3 + "anketirovanie_2024.pdf", lk)),
        F(N(12, "(мероприятий по наставничеству проведено за год)")),
        F(N("Лаптева И. С., 8 (34563) 2-17-40", "(исполнитель, контактный телефон)")),
        F(N("20.12.2024", "(дата заполнения)")),
    ]
    return dict(file="typed/sosh3_sinegorsk.xlsx", sheet="Сведения", org=d["org"], data=d, rows=rows,
                merged=False, above=False, gap=1, border=True,
                count=lambda v: v, yn=lambda v: "да" if v else "нет", share=lambda v: v, level=lambda v: v)


# ---------------------------------------- 2. Гимназия № 2 (merged value cells) ------------------------------
U2 = "https://gimn2-sinegorsk.ru/upload/nastavnichestvo/"


def form_gimn2():
    d = GIMN2
    lk = "(ссылка на размещение на сайте)"
    rows = [
        T("Форма мониторинга ЦМН (заполняется образовательной организацией)", "small"),
        T("ИНФОРМАЦИЯ", "bold"),
        T("о ходе реализации целевой модели наставничества", "bold"),
        F(O("(полное наименование организации по уставу)")),
        F(Y(2024, "(отчётный период — календарный год)")),
        F(X("Смирнова Татьяна Викторовна", "(фамилия, имя, отчество директора)"), X("", "(подпись)")),
        T("М.П.", "small"),
        H("Раздел 1. Локальные акты гимназии"),
        F(V("orgs_regulation_teachers", "(наличие утверждённого положения о наставничестве для педагогов: "
                                        "1 — есть, 0 — нет)"), L(U2 + "polozhenie-pedagogi.pdf", lk)),
        F(V("orgs_regulation_students", "(наличие утверждённого положения о наставничестве для гимназистов: "
                                        "1 / 0)"), L(U2 + "polozhenie-gimnazisty.pdf", lk)),
        F(V("orgs_monitoring_order", "(издан приказ об организации мониторинга ЦМН в гимназии: 1 / 0)"),
          L(U2 + "prikaz-monitoring-2024.pdf", lk)),
        F(V("internal_monitoring_notes", "(составлена итоговая справка внутреннего мониторинга: 1 / 0)"),
          L(U2 + "spravka-monitoring-2024.pdf", lk)),
        F(V("pay_acts", "(количество локальных актов, устанавливающих доплату наставникам)"),
          L(U2 + "polozhenie-oplata-truda.pdf", lk)),
        F(V("nonmaterial_acts", "(количество локальных актов о поощрении наставников без выплат)"),
          L(U2 + "polozhenie-moralnoe-pooshchrenie.pdf", lk)),
        H("Раздел 2. Кадры наставничества"),
        F(V("curators_total", "(кураторы ЦМН, назначенные приказом, чел.)"), L(U2 + "prikaz-kuratory.pdf", lk)),
        F(V("mentors_total", "(наставников по приказу — всего)"),
          V("mentees_total", "(наставляемых по приказу — всего)"),
          L(U2 + "prikaz-zakreplenie-2024.pdf", "(ссылка на приказ о закреплении)")),
        F(V("teachers_mentors", "(педагоги гимназии, выполняющие роль наставника)"),
          V("young_specialists_mentors", "(из них молодые специалисты)"),
          L(U2 + "prikaz-zakreplenie-2024.pdf", lk)),
        F(V("external_edu_mentors", "(наставники из вузов, колледжей и других школ)"),
          V("other_org_mentors", "(наставники из учреждений культуры, общественных организаций)"),
          L(U2 + "prikaz-zakreplenie-2024.pdf", lk)),
        F(V("mentors_15_19", "(гимназисты 15–19 лет — наставники по приказу)"),
          L(U2 + "prikaz-zakreplenie-2024.pdf", lk)),
        F(V("students_15_19", "(численность гимназистов 15–19 лет)"),
          V("share_mentors_15_19", "(доля гимназистов-наставников от численности 15–19 лет, %)")),
        F(N(58, "(наставнических пар и групп сформировано)"), L(U2 + "prikaz-zakreplenie-2024.pdf", lk)),
        H("Раздел 3. Обучающиеся-наставляемые"),
        F(V("students_10_19", "(гимназистов 10–19 лет по списку)")),
        F(V("mentees_10_19", "(из них вовлечены в наставничество как наставляемые)"),
          L(U2 + "prikaz-zakreplenie-2024.pdf", lk)),
        F(V("mentees_risk", "(в т.ч. состоящие на учёте, «группа риска»)"),
          V("mentees_disabled", "(в т.ч. с ОВЗ / инвалидностью)")),
        F(V("mentees_gifted", "(в т.ч. одарённые (региональный реестр))"),
          V("mentees_low_motivation", "(в т.ч. низкая мотивация, неуспеваемость)")),
        F(V("mentees_career", "(в т.ч. проблемы с выбором профиля и профессии)"),
          V("mentees_other_params", "(в т.ч. прочие)")),
        F(V("share_mentees_10_19", "(охват гимназистов 10–19 лет наставничеством, %)")),
        H("Раздел 4. Педагоги-наставляемые"),
        F(V("young_specialists", "(молодые специалисты: до 35 лет, первые 3 года стажа — всего)"),
          V("young_specialists_mentees", "(из них имеют наставника)")),
        F(V("teachers_other", "(педагоги без учёта молодых специалистов — всего)"),
          V("teachers_other_mentees", "(из них наставляемые)")),
        F(V("share_young_specialists_mentees", "(молодых специалистов с наставником, %)")),
        H("Раздел 5. Персонализированные программы (ПП)"),
        F(V("pp_total", "(утверждённых ПП — всего)"), V("teachers_in_pp", "(педагогов, участвующих в ПП)"),
          L(U2 + "prikaz-pp-2024.pdf", "(ссылка на приказ об утверждении ПП)")),
        F(V("pp_pupil_pupil", "(ПП «гимназист – гимназист»)"), V("pp_teacher_teacher", "(ПП «педагог – педагог»)"),
          L(U2 + "prikaz-pp-2024.pdf", lk)),
        F(V("pp_head_teacher", "(ПП «администрация – педагог»)"), V("pp_teacher_pupil", "(ПП «педагог – гимназист»)"),
          L(U2 + "prikaz-pp-2024.pdf", lk)),
        F(V("pp_student_pupil", "(ПП «студент – гимназист»)"), V("pp_other", "(ПП иных форм)"),
          L(U2 + "prikaz-pp-2024.pdf", lk)),
        F(N(4, "(планируется новых ПП на 2025 год)")),
        H("Раздел 6. Партнёры и повышение квалификации"),
        F(V("agreements_edu_orgs", "(соглашения с вузами и колледжами, направляющими наставников)"),
          L(U2 + "soglasheniya-vuz-kolledzh.pdf", lk)),
        F(V("agreements_other_orgs", "(соглашения с учреждениями культуры и НКО, направляющими наставников)"),
          L(U2 + "soglashenie-biblioteka.pdf", lk)),
        F(V("partner_list", "(наименования организаций-партнёров)"), L(U2 + "partnery.pdf", lk)),
        F(V("kpk_trained", "(педагоги, прошедшие курсы по наставничеству в 2024 году)"),
          L(U2 + "kpk-2024.pdf", lk)),
        F(V("school_methodical_associations", "(методобъединения наставников в гимназии)"),
          L(U2 + "prikaz-mo-nastavnikov.pdf", lk)),
        H("Раздел 7. Удовлетворённость"),
        F(V("satisfaction_mentees", "(средний уровень удовлетворённости наставляемых завершёнными программами, %)"),
          L(U2 + "ankety-itogi-2024.pdf", lk)),
        F(V("satisfaction_mentors", "(то же — наставников, %)"), L(U2 + "ankety-itogi-2024.pdf", lk)),
        F(N("8 (34563) 5-02-19, Федотова А. И.", "(телефон ответственного за мониторинг)"),
          N("19.12.2024", "(дата)")),
    ]
    return dict(file="typed/gimn2_pushkin.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows,
                merged=True, above=False, gap=0, border=True,
                count=lambda v: v, yn=lambda v: v, share=lambda v: v, level=lambda v: v)


# ---------------------------------------- 3. Ключевская ООШ (V / нет, padded) ---------------------------------
UK = "https://disk.yandex.ru/i/"


def form_kluchi():
    d = KLUCHI
    lk = "(ссылка на документ в облаке)"
    rows = [
        T("Отчёт по наставничеству", "bold"),
        F(O("(наименование ОО полностью)")),
        F(Y(2024, "(за какой год)")),
        F(X("Пономарёва Н. Г.", "(Ф.И.О. директора)"), X("__________", "(подпись)")),
        H("1. Документы"),
        F(V("orgs_regulation_teachers", "(положение о наставничестве учителей — поставить V, если утверждено)"),
          L(UK + "Kl7pQz2aXv9RtA", lk)),
        F(V("orgs_regulation_students", "(положение о наставничестве обучающихся — V, если утверждено)"),
          L(UK + "Kl7pQz2aXv9RtB", lk)),
        F(V("orgs_monitoring_order", "(приказ о мониторинге наставничества в школе — V, если издан)"),
          L(UK + "Kl8mWc4dYu2PsC", lk)),
        F(V("internal_monitoring_notes", "(справка по результатам внутреннего мониторинга — V, если есть)"),
          L(None, lk)),
        F(V("curators_total", "(куратор внедрения ЦМН, чел.)"), L(UK + "Kl8mWc4dYu2PsD", lk)),
        F(V("pay_acts", "(акт о доплате наставникам — V, если есть)", typed="нет"), L(None, lk)),
        F(V("nonmaterial_acts", "(акт о поощрении наставников грамотой, благодарностью — V, если есть)",
            typed="V"), L(UK + "Kl9nEe5fZt3QrE", lk)),
        H("2. Наставники и наставляемые"),
        F(V("mentors_total", "(всего наставников по приказу директора)"), L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(V("teachers_mentors", "(учителя-наставники)"), L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(V("mentors_15_19", "(наставники из учеников 15–19 лет)"), L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(V("enterprise_mentors", "(наставники — работники СПК и других предприятий)"),
          L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(V("students_15_19", "(учеников 15–19 лет в школе)"),
          V("share_mentors_15_19", "(% учеников-наставников от них)")),
        F(V("mentees_total", "(всего наставляемых по приказу)"), L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(N(11, "(наставнических пар)")),
        F(N(3, "(родителей-наставников)")),
        H("3. Дети 10–19 лет"),
        F(V("students_10_19", "(учеников 10–19 лет)"), V("mentees_10_19", "(из них с наставником)")),
        F(V("mentees_risk", "(«группа риска»)"), V("mentees_disabled", "(ОВЗ, инвалиды)"),
          L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(V("mentees_gifted", "(одарённые из реестра)"), V("mentees_low_motivation", "(плохо учатся, нет мотивации)"),
          L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(V("mentees_career", "(не могут выбрать профессию)"), V("mentees_other_params", "(другие причины)"),
          L(UK + "Kl9nEe5fZt3QrF", lk)),
        F(V("share_mentees_10_19", "(% детей 10–19 лет с наставником)")),
        H("4. Учителя"),
        F(V("young_specialists", "(молодые учителя до 35 лет, стаж до 3 лет)"),
          V("young_specialists_mentees", "(из них с наставником)")),
        F(V("teachers_other", "(остальные учителя)"), V("teachers_other_mentees", "(из них тоже с наставником)")),
        F(V("share_young_specialists_mentees", "(% молодых учителей с наставником)")),
        F(V("kpk_trained", "(учителя, прошедшие курсы по наставничеству за 2024 г.)"), L(UK + "Kl0rTg6hAs4UvG", lk)),
        H("5. Программы"),
        F(V("pp_total", "(индивидуальных (персонализированных) программ всего)"), L(UK + "Kl1sYh7jBd5WxH", lk)),
        F(V("pp_pupil_pupil", "(ученик ведёт ученика)"), V("pp_teacher_teacher", "(учитель ведёт учителя)"),
          L(UK + "Kl1sYh7jBd5WxH", lk)),
        F(V("pp_teacher_pupil", "(учитель ведёт ученика)"), L(UK + "Kl1sYh7jBd5WxH", lk)),
        F(V("teachers_in_pp", "(учителей в этих программах)"), L(UK + "Kl1sYh7jBd5WxH", lk)),
        H("6. Партнёры"),
        F(V("agreements_enterprises", "(договор с предприятием о наставниках, шт.)"), L(UK + "Kl2uIk8lCf6YzJ", lk)),
        F(V("partner_list", "(с кем сотрудничаем)"), L(UK + "Kl2uIk8lCf6YzJ", lk)),
        H("7. Анкетирование"),
        F(V("satisfaction_mentees", "(довольны наставляемые, %)"), L(UK + "Kl3vOl9mDg7ZaK", lk)),
        F(V("satisfaction_mentors", "(довольны наставники, %)"), L(UK + "Kl3vOl9mDg7ZaK", lk)),
        F(N("8 (34563) 4-31-07", "(телефон исполнителя)"), N("16.12.2024", "(дата заполнения)")),
    ]
    return dict(file="typed/kluchi_oosh.xlsx", sheet="отчёт", org=d["org"], data=d, rows=rows,
                merged=False, above=False, gap=1, border=True,
                count=lambda v: "__%d__" % v, yn=lambda v: "V" if v else "нет",
                share=lambda v: dec_comma(v), level=lambda v: v)


# ---------------------------------------- 4. Лицей № 1 (caption ABOVE the value) ------------------------------
UL = "https://licey1-sin.gosuslugi.ru/netcat_files/nastavnichestvo/"


def form_licey1():
    d = LICEY1
    lk = "(подтверждающий документ)"
    rows = [
        T("Мониторинг реализации целевой модели наставничества", "bold"),
        F(O("(полное наименование образовательной организации)")),
        F(Y(2024, "(отчётный год)")),
        F(X("Зайцев Андрей Петрович", "(Ф.И.О. руководителя)"), X("____________", "(подпись)")),
        H("I. Нормативно-правовое обеспечение"),
        F(V("orgs_regulation_teachers", "(утверждено положение о наставничестве учителей лицея)"),
          L(UL + "polozhenie-uchitelya.pdf", lk)),
        F(V("orgs_regulation_students", "(утверждено положение о наставничестве лицеистов)"),
          L(UL + "polozhenie-liceisty.pdf", lk)),
        F(V("orgs_monitoring_order", "(приказ о проведении мониторинга ЦМН в лицее)"),
          L(UL + "prikaz-monitoring.pdf", lk)),
        F(V("internal_monitoring_notes", "(аналитическая справка по итогам мониторинга в лицее)"),
          L(UL + "spravka-monitoring.pdf", lk)),
        F(V("curators_total", "(ответственных за внедрение целевой модели, чел.)"), L(UL + "prikaz-kuratory.pdf", lk)),
        H("II. Наставники"),
        F(V("mentors_total", "(наставников всего, по приказу)"), L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("teachers_mentors", "(учителей, ведущих наставляемых)"), L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("young_specialists_mentors", "(молодых специалистов среди учителей-наставников)"),
          L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("mentors_15_19", "(лицеистов 15–19 лет, назначенных наставниками)"),
          L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("external_edu_mentors", "(наставников — преподавателей и студентов вузов, колледжей)"),
          V("enterprise_mentors", "(наставников — специалистов предприятий)"),
          L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(N(71, "(сформировано пар «наставник – наставляемый»)"), L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        H("III. Наставляемые"),
        F(V("mentees_total", "(наставляемых всего, по приказу)"), L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("students_10_19", "(лицеистов 10–19 лет)")),
        F(V("mentees_10_19", "(лицеистов 10–19 лет, у которых есть наставник)"),
          L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("mentees_risk", "(из них: «группа риска»)"), V("mentees_disabled", "(из них: ОВЗ и инвалидность)")),
        F(V("mentees_gifted", "(из них: одарённые (реестр))"),
          V("mentees_low_motivation", "(из них: низкая учебная мотивация)")),
        F(V("mentees_career", "(из них: профессиональное самоопределение)"),
          V("mentees_other_params", "(из них: иные категории)")),
        F(V("share_mentees_10_19", "(доля лицеистов с наставником, %)")),
        F(V("students_15_19", "(лицеистов 15–19 лет)"),
          V("share_mentors_15_19", "(доля наставников среди лицеистов 15–19 лет, %)")),
        F(N(23, "(наставляемых, завершивших программу в 2024 году)")),
        H("IV. Педагоги"),
        F(V("young_specialists", "(молодых специалистов (моложе 35 лет, стаж не более 3 лет))")),
        F(V("young_specialists_mentees", "(молодых специалистов, закреплённых за наставниками)"),
          L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("teachers_other", "(учителей, кроме молодых специалистов)")),
        F(V("teachers_other_mentees", "(учителей, кроме молодых специалистов, — наставляемых)"),
          L(UL + "prikaz-nastavniki-2024.pdf", lk)),
        F(V("share_teachers_mentees", "(доля учителей-наставляемых, %)"),
          V("share_young_specialists_mentors", "(доля молодых специалистов, которые сами наставники, %)")),
        F(V("kpk_trained", "(учителей, обученных на курсах по наставничеству, 2024 г.)"), L(UL + "kpk.pdf", lk)),
        H("V. Персонализированные программы"),
        F(V("pp_total", "(всего ПП)"), L(UL + "prikaz-pp.pdf", lk)),
        F(V("pp_pupil_pupil", "(ПП «лицеист – лицеист»)"), V("pp_teacher_teacher", "(ПП «учитель – учитель»)"),
          L(UL + "prikaz-pp.pdf", lk)),
        F(V("pp_head_teacher", "(ПП «администратор – учитель»)"), V("pp_student_pupil", "(ПП «студент – лицеист»)"),
          L(UL + "prikaz-pp.pdf", lk)),
        F(V("pp_teacher_pupil", "(ПП «учитель – лицеист»)"), L(UL + "prikaz-pp.pdf", lk)),
        F(V("teachers_in_pp", "(учителей, участвующих в утверждённых ПП)"), L(UL + "prikaz-pp.pdf", lk)),
        H("VI. Социальное партнёрство"),
        F(V("agreements_edu_orgs", "(соглашений с вузами и колледжами о наставниках)"),
          L(UL + "soglasheniya-vuz-spo.pdf", lk)),
        F(V("agreements_enterprises", "(соглашений с предприятиями о наставниках)"),
          L(UL + "soglashenie-zavod.pdf", lk)),
        F(V("partner_list", "(партнёры лицея)"), L(UL + "partnery.pdf", lk)),
        F(V("agreement_subjects", "(о чём соглашения)"), L(None, lk)),
        H("VII. Стимулирование и удовлетворённость"),
        F(V("pay_acts", "(актов о материальном стимулировании наставников)"),
          L(UL + "polozhenie-stimul.pdf", lk)),
        F(V("nonmaterial_acts", "(актов о нематериальном стимулировании наставников)"),
          L(UL + "polozhenie-nematerialnoe.pdf", lk)),
        F(V("satisfaction_mentees", "(удовлетворённость наставляемых, %)"),
          V("satisfaction_mentors", "(удовлетворённость наставников, %)"),
          L(UL + "anketirovanie-2024.pdf", "(ссылка на результаты анкетирования)")),
        F(N("8 (34563) 2-44-15", "(контактный телефон ответственного)")),
        F(N("18.12.2024", "(дата заполнения)")),
    ]
    return dict(file="typed/licey1_nad_strokoy.xlsx", sheet="ЦМН 2024", org=d["org"], data=d, rows=rows,
                merged=False, above=True, gap=1, border=True,
                count=lambda v: v, yn=lambda v: "да" if v else "нет",
                share=lambda v: dec_comma(v) + " %", level=lambda v: v)


# ---------------------------------------- 5. ЦДТ «Радуга» (merged, ДОП) -----------------------------------------
UC = "https://cdt-raduga-sin.ru/documents/nastavnichestvo/"
UCC = "https://cloud.mail.ru/public/Rd4s/Nq8xT2kLm"


def form_cdt():
    d = CDT
    lk = "(ссылка)"
    rows = [
        T("Сведения о наставничестве в организации дополнительного образования", "bold"),
        F(O("(полное наименование учреждения)")),
        F(Y(2024, "(отчётный год)")),
        F(X("Мельникова Светлана Юрьевна", "(Ф.И.О. директора)"), X("_________________", "(подпись)")),
        H("1. Нормативная база"),
        F(V("orgs_regulation_teachers", "(положение о наставничестве педагогов дополнительного образования)"),
          L(UC + "polozhenie-pdo.pdf", lk)),
        F(V("orgs_regulation_students", "(положение о наставничестве среди воспитанников)"),
          L(UC + "polozhenie-vospitanniki.pdf", lk)),
        F(V("orgs_monitoring_order", "(приказ о мониторинге реализации ЦМН в Центре)"),
          L(UC + "prikaz-monitoring.pdf", lk)),
        F(V("internal_monitoring_notes", "(справка о результатах внутреннего мониторинга)"),
          L(UC + "spravka-monitoring-2024.pdf", lk)),
        F(V("curators_total", "(кураторов по ЦМН)"), L(UC + "prikaz-kurator.pdf", lk)),
        H("2. Наставники"),
        F(V("mentors_total", "(всего наставников, закреплённых приказом)"), V("teachers_mentors", "(в т.ч. педагогов Центра)"),
          L(UC + "prikaz-zakreplenie.pdf", lk)),
        F(V("young_specialists_mentors", "(в т.ч. молодых педагогов — наставников)"),
          L(UC + "prikaz-zakreplenie.pdf", lk)),
        F(V("mentors_15_19", "(воспитанников 15–19 лет — наставников)"), L(UC + "prikaz-zakreplenie.pdf", lk)),
        F(V("external_edu_mentors", "(наставников из школ и колледжа)"),
          V("other_org_mentors", "(наставников из библиотеки, музея и других организаций)"),
          L(UC + "prikaz-zakreplenie.pdf", lk)),
        F(V("students_15_19", "(воспитанников 15–19 лет в объединениях)"),
          V("share_mentors_15_19", "(доля воспитанников-наставников 15–19 лет, %)")),
        F(N(52, "(наставнических пар и групп)"), L(UC + "prikaz-zakreplenie.pdf", lk)),
        H("3. Наставляемые"),
        F(V("mentees_total", "(всего наставляемых, закреплённых приказом)"), L(UC + "prikaz-zakreplenie.pdf", lk)),
        F(V("students_10_19", "(воспитанников 10–19 лет в объединениях)")),
        F(N(312, "(воспитанников 5–9 лет в объединениях)")),
        F(V("mentees_10_19", "(воспитанников 10–19 лет — наставляемых)"), L(UC + "prikaz-zakreplenie.pdf", lk)),
        F(V("mentees_risk", "(в т.ч. дети «группы риска»)"), V("mentees_disabled", "(в т.ч. с ОВЗ, дети-инвалиды)"),
          L(None, lk)),
        F(V("mentees_gifted", "(в т.ч. одарённые — реестр)"),
          V("mentees_low_motivation", "(в т.ч. с низкой мотивацией)"), L(None, lk)),
        F(V("mentees_career", "(в т.ч. профориентация)"), V("mentees_other_params", "(в т.ч. иное)"),
          L(UC + "prikaz-zakreplenie.pdf", lk)),
        F(V("share_mentees_10_19", "(доля наставляемых среди воспитанников 10–19 лет, %)")),
        H("4. Педагогические работники"),
        F(V("young_specialists", "(молодых педагогов: до 35 лет, стаж до трёх лет)"),
          V("young_specialists_mentees", "(из них закреплены за наставниками)")),
        F(V("teachers_other", "(педагогов, не относящихся к молодым специалистам)"),
          V("teachers_other_mentees", "(из них в роли наставляемых)")),
        F(V("share_young_specialists_mentees", "(доля молодых педагогов с наставником, %)"),
          V("share_teachers_mentors", "(доля педагогов-наставников, %)")),
        F(V("kpk_trained", "(обучены по ДПП по наставничеству в 2024 г.)"), L(UC + "udostovereniya-kpk.pdf", lk)),
        F(V("school_methodical_associations", "(методическое объединение наставников Центра)"),
          L(UC + "prikaz-mo.pdf", lk)),
        H("5. Персонализированные программы наставничества"),
        F(V("pp_total", "(всего ПП, утверждённых приказом)"), L(UC + "prikaz-pp.pdf", lk)),
        F(V("pp_pupil_pupil", "(«воспитанник – воспитанник»)"), V("pp_teacher_teacher", "(«педагог – педагог»)"),
          L(UC + "prikaz-pp.pdf", lk)),
        F(V("pp_teacher_pupil", "(«педагог – воспитанник»)"), V("pp_other", "(иные формы: «родитель – ребёнок»)"),
          L(UC + "prikaz-pp.pdf", lk)),
        F(V("teachers_in_pp", "(педагогов — участников ПП)"), L(UC + "prikaz-pp.pdf", lk)),
        H("6. Партнёры"),
        F(V("agreements_edu_orgs", "(соглашений со школами и колледжем о наставниках)"),
          L(UC + "soglashenie-sosh3.pdf", lk)),
        F(V("agreements_other_orgs", "(соглашений с учреждениями культуры о наставниках)"),
          L(UC + "soglasheniya-kultura.pdf", lk)),
        F(V("partner_list", "(перечень партнёров)"), L(UC + "partnery.pdf", lk)),
        H("7. Стимулирование и результаты"),
        F(V("pay_acts", "(положений об оплате за наставничество — количество)"), L(None, lk)),
        F(V("nonmaterial_acts", "(положений о нематериальном поощрении — количество)"),
          L(UC + "polozhenie-pooshchrenie.pdf", lk)),
        F(V("satisfaction_mentees", "(удовлетворённость наставляемых, % по анкетам)"), L(UCC, lk)),
        F(V("satisfaction_mentors", "(удовлетворённость наставников, % по анкетам)"), L(UCC, lk)),
        F(N("8 (34563) 2-60-33", "(телефон ответственного)"), N("17.12.2024", "(дата)")),
    ]
    return dict(file="typed/cdt_raduga.xlsx", sheet="Форма", org=d["org"], data=d, rows=rows,
                merged=True, above=False, gap=0, border=True,
                count=lambda v: v, yn=lambda v: "имеется" if v else "нет", share=lambda v: v, level=lambda v: v)


# ---------------------------------------- 6. СОШ № 5 (padded «____12____») -------------------------------------
U5 = "https://school5-sinegorsk.edusite.ru/DswMedia/"


def pad5(v):
    return "____%s____" % v


def form_sosh5():
    d = SOSH5
    lk = "(ссылка на подтверждающий документ)"
    rows = [
        T("Утверждена приказом Управления образования от 02.12.2024 № 318", "small"),
        T("ФОРМА СБОРА ДАННЫХ", "bold"),
        T("мониторинг целевой модели наставничества (ЦМН)", "bold"),
        F(O("(наименование образовательной организации полностью)")),
        F(Y("____2024____", "(год, за который представлены сведения)")),
        F(X("Орлова Марина Евгеньевна", "(Ф.И.О. директора школы)"), X("______________", "(подпись)")),
        H("Раздел I. Документы"),
        F(V("orgs_regulation_teachers", "(положение о наставничестве в педагогическом коллективе: да/нет)"),
          L(U5 + "polozhenie_ped.pdf", lk)),
        F(V("orgs_regulation_students", "(положение о наставничестве в ученическом коллективе: да/нет)"),
          L(U5 + "polozhenie_uch.pdf", lk)),
        F(V("orgs_monitoring_order", "(приказ об организации мониторинга реализации наставничества: да/нет)"),
          L(U5 + "prikaz_monitoring.pdf", lk)),
        F(V("internal_monitoring_notes", "(справка о результатах мониторинга внутри школы: да/нет)"),
          L(U5 + "spravka_monitoring.pdf", lk)),
        F(V("curators_total", "(кураторов ЦМН назначено, чел.)"), L(U5 + "prikaz_kuratory.pdf", lk)),
        F(V("pay_acts", "(локальных актов о стимулирующих выплатах наставникам)"), L(None, lk)),
        F(V("nonmaterial_acts", "(локальных актов о награждении наставников грамотами, благодарностями)"),
          L(U5 + "polozhenie_nagrazhdenie.pdf", lk)),
        H("Раздел II. Участники наставничества"),
        F(V("mentors_total", "(наставники — всего)"), V("mentees_total", "(наставляемые — всего)"),
          L(U5 + "prikaz_zakreplenie.pdf", "(ссылка на приказ о закреплении пар)")),
        F(V("teachers_mentors", "(учителя в роли наставников)"),
          V("young_specialists_mentors", "(среди них молодые специалисты)"), L(U5 + "prikaz_zakreplenie.pdf", lk)),
        F(V("mentors_15_19", "(учащиеся 15–19 лет в роли наставников)"), L(U5 + "prikaz_zakreplenie.pdf", lk)),
        F(V("external_edu_mentors", "(наставники из других ОО)"), V("enterprise_mentors", "(наставники с предприятий)"),
          L(U5 + "prikaz_zakreplenie.pdf", lk)),
        F(N(53, "(количество пар «наставник – наставляемый» по приказу)"), L(U5 + "prikaz_zakreplenie.pdf", lk)),
        F(N(9, "(заседаний ШМО наставников за год)")),
        H("Раздел III. Обучающиеся"),
        F(V("students_10_19", "(учащихся 10–19 лет)"), V("mentees_10_19", "(учащихся 10–19 лет в роли наставляемых)")),
        F(V("mentees_risk", "(из числа «группы риска»)"), V("mentees_disabled", "(с ОВЗ, дети-инвалиды)"),
          L(U5 + "prikaz_zakreplenie.pdf", lk)),
        F(V("mentees_gifted", "(одарённые, состоящие в реестре)"),
          V("mentees_low_motivation", "(с низкой мотивацией к учёбе)"), L(U5 + "prikaz_zakreplenie.pdf", lk)),
        F(V("mentees_career", "(затрудняются с выбором профессии)"), V("mentees_other_params", "(иные параметры)"),
          L(U5 + "prikaz_zakreplenie.pdf", lk)),
        F(V("share_mentees_10_19", "(доля учащихся 10–19 лет в роли наставляемых, %)")),
        F(V("students_15_19", "(учащихся 15–19 лет)"),
          V("share_mentors_15_19", "(доля учащихся 15–19 лет в роли наставников, %)")),
        H("Раздел IV. Педагоги"),
        F(V("young_specialists", "(молодые специалисты, до 35 лет, стаж до 3 лет)"),
          V("young_specialists_mentees", "(молодые специалисты в роли наставляемых)")),
        F(V("teachers_other", "(педагоги, не являющиеся молодыми специалистами)"),
          V("teachers_other_mentees", "(они же в роли наставляемых)")),
        F(V("share_young_specialists_mentees", "(доля молодых специалистов в роли наставляемых, %)")),
        F(V("kpk_trained", "(обучились на КПК по наставничеству за 2024 год)"), L(U5 + "kpk_2024.pdf", lk)),
        F(V("kpk_courses", "(наименования КПК)"), L(None, lk)),
        F(V("school_methodical_associations", "(школьных методобъединений наставников)"), L(None, lk)),
        H("Раздел V. Персонализированные программы"),
        F(V("pp_total", "(ПП, утверждённых в 2024 году, всего)"), V("teachers_in_pp", "(педагогов, задействованных в ПП)"),
          L(U5 + "prikaz_pp.pdf", lk)),
        F(V("pp_pupil_pupil", "(из них «ученик – ученик»)"), V("pp_teacher_teacher", "(из них «учитель – учитель»)"),
          L(U5 + "prikaz_pp.pdf", lk)),
        F(V("pp_head_teacher", "(из них «руководитель – учитель»)"),
          V("pp_teacher_pupil", "(из них «учитель – ученик»)"), L(U5 + "prikaz_pp.pdf", lk)),
        F(V("pp_student_pupil", "(из них «студент – ученик»)"), L(None, lk)),
        H("Раздел VI. Партнёрство"),
        F(V("agreements_edu_orgs", "(договоров с ОО о направлении наставников)"),
          V("agreements_enterprises", "(соглашений с предприятиями, откуда приходят наставники)"),
          L(U5 + "dogovory.pdf", lk)),
        F(V("partner_list", "(партнёры — перечень)"), L(U5 + "dogovory.pdf", lk)),
        H("Раздел VII. Оценка удовлетворённости"),
        F(V("satisfaction_mentees", "(наставляемые, средний балл удовлетворённости в %)"),
          V("satisfaction_mentors", "(наставники, средний балл удовлетворённости в %)"),
          L(U5 + "anketa_itogi.pdf", lk)),
        F(N("Гусева Л. А., тел. 8 (34563) 3-18-52", "(исполнитель, телефон)")),
        F(N("«20» декабря 2024 г.", "(дата составления)")),
    ]
    return dict(file="typed/sosh5_podcherk.xlsx", sheet="Форма сбора", org=d["org"], data=d, rows=rows,
                merged=False, above=False, gap=1, border=False,
                count=pad5, yn=lambda v: pad5("да" if v else "нет"),
                share=lambda v: pad5(dec_comma(v)), level=lambda v: pad5(dec_comma(v)))


FORMS = [form_sosh3, form_gimn2, form_kluchi, form_licey1, form_cdt, form_sosh5]


# --------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
UNDER = Border(bottom=THIN)
NARROW = [8.5] * 12
MERGED_SPANS = {1: [(1, 12)], 2: [(1, 5), (7, 12)], 3: [(1, 3), (5, 7), (9, 12)]}
WIDE = [52, 3, 48, 3, 46]
WIDE_SPANS = {1: [(1, 1)], 2: [(1, 1), (3, 3)], 3: [(1, 1), (3, 3), (5, 5)]}


def pin_times(wb, path):
    """Save with the document dates and the zip entry times pinned, so that reruns give byte-identical files
    (openpyxl stamps «modified» and the zip entries with the current time)."""
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def typed_value(form, cid, unit, v, override):
    if override is not None:
        return override
    if cid in YN_IDS:
        return form["yn"](v)
    if unit == "share":
        return form["share"](v)
    if unit == "level":
        return form["level"](v)
    if unit in ("list", "text"):
        return v
    return form["count"](v)


def build(form, cat, cells):
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    merged = form["merged"]
    widths = NARROW if merged else WIDE
    spans = MERGED_SPANS if merged else WIDE_SPANS
    ncols = len(widths)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    d = form["data"]
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    seen = set()
    r = 1

    def put_value(row, c0, c1, value, wrap=False):
        cell = ws.cell(row, c0, value)
        cell.font = Font(size=11)
        cell.alignment = Alignment(horizontal=("center" if merged else "left"), vertical="bottom", wrap_text=wrap)
        if isinstance(value, float):
            cell.number_format = "0.00"
        if merged and c1 > c0:
            ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)
        if form["border"]:
            for c in range(c0, c1 + 1):
                ws.cell(row, c).border = UNDER
        return cell

    def put_caption(row, c0, c1, text):
        cell = ws.cell(row, c0, text)
        cell.font = Font(size=8, italic=True)
        cell.alignment = Alignment(horizontal=("center" if merged else "left"), vertical="top", wrap_text=True)
        if merged and c1 > c0:
            ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)
        return cell

    for item in form["rows"]:
        kind = item[0]
        if kind == "T":
            _, text, style = item
            cell = ws.cell(r, 1, text)
            cell.font = Font(bold=(style == "bold"), size=(9 if style == "small" else 12))
            if merged:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                cell.alignment = Alignment(horizontal=("right" if style == "small" else "center"))
            r += 1
            continue
        if kind == "H":
            cell = ws.cell(r + 1, 1, item[1])
            cell.font = Font(bold=True, size=11)
            if merged:
                ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncols)
            entry["headings"].append(item[1])
            r += 2
            continue
        fields = item[1]
        vrow, crow = (r + 1, r) if form["above"] else (r, r + 1)
        row_cids = []
        links_here = []
        max_cap = 0
        for (c0, c1), fld in zip(spans[len(fields)], fields):
            fk = fld[0]
            width = sum(widths[c0 - 1:c1])
            caption = fld[-1] if fk != "V" else fld[2]
            cap_cell = put_caption(crow, c0, c1, caption)
            max_cap = max(max_cap, math.ceil(len(caption) * 1.0 / (width * 1.25)))
            if fk == "V":
                _, cid, caption, override = fld
                assert cid in cat, cid
                assert cat[cid]["level"] == "org" and cat[cid]["wording_2024"].strip(), cid
                assert cat[cid]["aggregation"] not in ("forms", "sum_of"), cid
                assert cid not in seen, (form["file"], cid)
                seen.add(cid)
                v = d[cid]
                tv = typed_value(form, cid, cat[cid]["unit"], v, override)
                vc = put_value(vrow, c0, c1, tv, wrap=isinstance(tv, str) and len(tv) > 60)
                entry["values"][cid] = v
                row_cids.append(cid)
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate, "criterion": cid,
                              "kind": "value", "expected": v, "typed": tv, "caption": caption,
                              "caption_cell": cap_cell.coordinate})
            elif fk == "L":
                _, url, caption = fld
                lc = put_value(vrow, c0, c1, url)
                if url:
                    links_here.append((lc, url, caption))
            elif fk == "N":
                _, value, caption = fld
                put_value(vrow, c0, c1, value)
                entry["not_criteria"].append(caption)
            elif fk == "O":
                put_value(vrow, c0, c1, form["org"], wrap=not merged and False)
            elif fk in ("Y", "X"):
                put_value(vrow, c0, c1, fld[1])
        for lc, url, caption in links_here:
            for cid in row_cids:
                assert cid not in CONTINGENTS and not cid.startswith("share_"), (form["file"], cid)
                entry["links"][cid] = url
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": lc.coordinate, "criterion": cid,
                              "kind": "link", "expected": url, "caption": caption})
        if max_cap > 1:
            ws.row_dimensions[crow].height = 11 * max_cap + 2
        long_val = [f for f in fields if f[0] == "V" and isinstance(d.get(f[1]), str) and len(d[f[1]]) > 60]
        if long_val:
            ws.row_dimensions[vrow].height = 15 * math.ceil(max(len(d[f[1]]) for f in long_val) / 50.0)
        r += 2 + form["gap"]
    TYPED.mkdir(exist_ok=True)
    pin_times(wb, HERE / form["file"])
    # the promises of this set
    nv = len(entry["values"])
    docs = [c for c in entry["values"] if c not in CONTINGENTS and not c.startswith("share_")]
    rate = len(entry["links"]) / len(docs)
    assert 35 <= nv <= 45, (form["file"], nv)
    assert 0.70 <= rate <= 0.85, (form["file"], len(entry["links"]), len(docs), rate)
    assert 3 <= len(entry["not_criteria"]) <= 4, form["file"]
    return entry


def main():
    cat = load_catalogue()
    cells, expected, layout = [], [], {}
    for f in FORMS:
        form = f()
        expected.append(build(form, cat, cells))
        layout[form["file"]] = {"sheet": form["sheet"], "caption": "above" if form["above"] else "below",
                                "merged": form["merged"]}
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"layout": layout, "cells": cells}, ensure_ascii=False, indent=1)
                                     + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria, "
          f"{nh} headings")
    for e in expected:
        docs = [c for c in e["values"] if c not in CONTINGENTS and not c.startswith("share_")]
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links "
              f"({100.0 * len(e['links']) / len(docs):.0f} % of {len(docs)}), {len(e['not_criteria'])} not-criteria, "
              f"{len(e['headings'])} headings")


if __name__ == "__main__":
    main()
