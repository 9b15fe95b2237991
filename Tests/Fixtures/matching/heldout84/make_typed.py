#!/usr/bin/env python3
"""heldout84 generator: one form per organisation, the value split over columns by its KIND
(count | share % | yes/no), with link and note columns.  Deterministic: fixed data, no randomness.

Writes typed/*.xlsx, expected.json, cells.json next to this file.
"""
import json
import pathlib
import re

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ---------------------------------------------------------------- catalogue
def load_catalogue():
    rows = {}
    with open(CRITERIA, encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            rows[parts[0]] = dict(zip(head, parts))
    return rows


CAT = load_catalogue()


def norm(s):
    return re.sub(r"\s+", " ", s.lower().replace("ё", "е")).strip(" .:")


CAT_WORDINGS = set()
for _c in CAT.values():
    for _k in ("wording_2023", "wording_2024", "form_wording"):
        if _c.get(_k):
            CAT_WORDINGS.add(norm(_c[_k]))


# ---------------------------------------------------------------- row specs
def H(title):
    return {"t": "H", "title": title}


def C(num, title, crit, val, link=None, note=None, extra=None):
    """a count row: value in the count column"""
    return {"t": "R", "kind": "count", "num": num, "title": title, "crit": crit, "val": val,
            "link": link, "note": note, "extra": extra or {}}


def S(num, title, crit, val, link=None, note=None, cnt=None, cnt_crit=None, cnt_why=None):
    """a share / level row: value in the % column; cnt = a count typed in the count column too"""
    return {"t": "R", "kind": "share", "num": num, "title": title, "crit": crit, "val": val,
            "link": link, "note": note, "cnt": cnt, "cnt_crit": cnt_crit, "cnt_why": cnt_why, "extra": {}}


def Y(num, title, crit, val, link=None, note=None, typed=None, extra=None, dash_no=False):
    """a yes/no row: answer in the yes/no column (val 1/0)"""
    return {"t": "R", "kind": "yn", "num": num, "title": title, "crit": crit, "val": val,
            "link": link, "note": note, "typed": typed, "extra": extra or {}, "dash_no": dash_no}


def T(num, title, crit, items, place, link=None, note=None, sep="; "):
    """a text / list row; place = 'merge' (over the value columns), 'count' or 'note'"""
    return {"t": "R", "kind": "text", "num": num, "title": title, "crit": crit, "items": items,
            "place": place, "sep": sep, "link": link, "note": note, "extra": {}}


def N(num, title, kind, val, note=None, link=None):
    """a row with a value that is no criterion of the catalogue"""
    return {"t": "R", "kind": kind, "num": num, "title": title, "crit": None, "val": val,
            "link": link, "note": note, "nc": True, "extra": {}}


def pct(part, whole):
    return round(part * 100.0 / whole, 2)


# ---------------------------------------------------------------- data of the six organisations
def check_org(d):
    """plausibility of one organisation's full (hidden) data"""
    ys, to = d["young_specialists"], d["teachers_other"]
    assert d["teachers_municipal"] == ys + to
    assert d["young_specialists_mentees"] <= ys and d["teachers_other_mentees"] <= to
    assert d["young_specialists_mentors"] <= ys and d["teachers_mentors"] <= ys + to
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
            "mentees_career", "mentees_other_params"]
    assert sum(d[c] for c in cats) == d["mentees_10_19"], d["org"]
    assert d["mentees_10_19"] <= d["students_10_19"]
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    mentors = (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
               + d["enterprise_mentors"] + d["other_org_mentors"])
    assert mentors == d["mentors_total"], (d["org"], mentors)
    assert d["mentees_total"] >= d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
          "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    assert sum(d[c] for c in pp) == d["pp_total"], d["org"]
    assert d["teachers_in_pp"] <= ys + to
    assert d["kpk_trained"] <= ys + to
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], ys)
    d["share_teachers_mentees"] = pct(d["young_specialists_mentees"] + d["teachers_other_mentees"], ys + to)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], ys + to)
    d["share_young_specialists_mentors"] = pct(d["young_specialists_mentors"], ys)
    return d


BASE = dict(pp_student_student=0, pp_student_pupil=0, pp_other=0)

ORGS = {}
ORGS["sosh3"] = check_org(dict(BASE,
    org="МБОУ «СОШ № 3» г. Воткамска",
    teachers_municipal=56, young_specialists=7, teachers_other=49,
    young_specialists_mentees=6, teachers_other_mentees=5, teachers_mentors=17, young_specialists_mentors=1,
    students_10_19=612, mentees_10_19=86, mentees_risk=9, mentees_gifted=14, mentees_disabled=6,
    mentees_low_motivation=21, mentees_career=18, mentees_other_params=18,
    students_15_19=164, mentors_15_19=19,
    external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=1, mentors_total=40, mentees_total=97,
    curators_total=2, pp_pupil_pupil=14, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=8,
    pp_other=1, pp_total=34, teachers_in_pp=24, kpk_trained=4, school_methodical_associations=1,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=1,
    satisfaction_mentees=91.3, satisfaction_mentors=94.0, pay_acts=1, nonmaterial_acts=1))

ORGS["lic2"] = check_org(dict(BASE,
    org="МАОУ «Лицей № 2» г. Воткамска",
    teachers_municipal=84, young_specialists=9, teachers_other=75,
    young_specialists_mentees=8, teachers_other_mentees=7, teachers_mentors=34, young_specialists_mentors=2,
    students_10_19=918, mentees_10_19=143, mentees_risk=12, mentees_gifted=31, mentees_disabled=8,
    mentees_low_motivation=29, mentees_career=41, mentees_other_params=22,
    students_15_19=236, mentors_15_19=27,
    external_edu_mentors=3, enterprise_mentors=2, other_org_mentors=1, mentors_total=67, mentees_total=158,
    curators_total=3, pp_pupil_pupil=21, pp_teacher_teacher=12, pp_head_teacher=3, pp_teacher_pupil=15,
    pp_student_pupil=2, pp_total=53, teachers_in_pp=41, kpk_trained=6, school_methodical_associations=1,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
    satisfaction_mentees=93.6, satisfaction_mentors=95.2, pay_acts=1, nonmaterial_acts=2))

ORGS["gim5"] = check_org(dict(BASE,
    org="МБОУ «Гимназия № 5»",
    teachers_municipal=57, young_specialists=5, teachers_other=52,
    young_specialists_mentees=5, teachers_other_mentees=4, teachers_mentors=15, young_specialists_mentors=0,
    students_10_19=702, mentees_10_19=64, mentees_risk=3, mentees_gifted=28, mentees_disabled=2,
    mentees_low_motivation=9, mentees_career=15, mentees_other_params=7,
    students_15_19=190, mentors_15_19=16,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=2, mentors_total=34, mentees_total=73,
    curators_total=1, pp_pupil_pupil=11, pp_teacher_teacher=6, pp_head_teacher=1, pp_teacher_pupil=9,
    pp_total=27, teachers_in_pp=21, kpk_trained=3, school_methodical_associations=1,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=2,
    satisfaction_mentees=88.4, satisfaction_mentors=90.0, pay_acts=1, nonmaterial_acts=0))

ORGS["klyuch"] = check_org(dict(BASE,
    org="МБОУ «Ключевская СОШ»",
    teachers_municipal=23, young_specialists=2, teachers_other=21,
    young_specialists_mentees=2, teachers_other_mentees=1, teachers_mentors=6, young_specialists_mentors=0,
    students_10_19=171, mentees_10_19=22, mentees_risk=4, mentees_gifted=3, mentees_disabled=3,
    mentees_low_motivation=6, mentees_career=4, mentees_other_params=2,
    students_15_19=38, mentors_15_19=5,
    external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=0, mentors_total=12, mentees_total=25,
    curators_total=1, pp_pupil_pupil=4, pp_teacher_teacher=3, pp_head_teacher=0, pp_teacher_pupil=3,
    pp_other=1, pp_total=11, teachers_in_pp=7, kpk_trained=1, school_methodical_associations=0,
    agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=0,
    satisfaction_mentees=100.0, satisfaction_mentors=96.0, pay_acts=1, nonmaterial_acts=0))

ORGS["sosh8"] = check_org(dict(BASE,
    org="МБОУ «СОШ № 8» г. Воткамска",
    teachers_municipal=40, young_specialists=4, teachers_other=36,
    young_specialists_mentees=3, teachers_other_mentees=2, teachers_mentors=12, young_specialists_mentors=1,
    students_10_19=488, mentees_10_19=57, mentees_risk=7, mentees_gifted=6, mentees_disabled=5,
    mentees_low_motivation=14, mentees_career=17, mentees_other_params=8,
    students_15_19=156, mentors_15_19=15,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=1, mentors_total=29, mentees_total=62,
    curators_total=1, pp_pupil_pupil=9, pp_teacher_teacher=4, pp_head_teacher=1, pp_teacher_pupil=6,
    pp_total=20, teachers_in_pp=13, kpk_trained=2, school_methodical_associations=1,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=1,
    satisfaction_mentees=90.5, satisfaction_mentors=92.0, pay_acts=1, nonmaterial_acts=1))

ORGS["cdt"] = check_org(dict(BASE,
    org="МБУ ДО «Центр детского творчества» г. Воткамска",
    teachers_municipal=44, young_specialists=6, teachers_other=38,
    young_specialists_mentees=5, teachers_other_mentees=3, teachers_mentors=11, young_specialists_mentors=0,
    students_10_19=836, mentees_10_19=61, mentees_risk=4, mentees_gifted=24, mentees_disabled=7,
    mentees_low_motivation=0, mentees_career=13, mentees_other_params=13,
    students_15_19=212, mentors_15_19=14,
    external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=2, mentors_total=28, mentees_total=76,
    curators_total=1, pp_pupil_pupil=8, pp_teacher_teacher=5, pp_head_teacher=1, pp_teacher_pupil=12,
    pp_other=2, pp_total=28, teachers_in_pp=17, kpk_trained=2, school_methodical_associations=1,
    agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=2,
    satisfaction_mentees=95.7, satisfaction_mentors=97.1, pay_acts=1, nonmaterial_acts=0))


# ---------------------------------------------------------------- the six forms
def form_sosh3():
    d = ORGS["sosh3"]
    u = "https://sh3-votkamsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"
    L = lambda f: u + f
    rows = [
        H("1. Нормативно-правовое обеспечение"),
        Y("1.1", "Приказ об утверждении Положения о наставничестве педагогических работников", "orgs_regulation_teachers", 1,
          L("prikaz_112-od_polozhenie_ped.pdf"), "пр. от 30.08.2024 № 112-од"),
        Y("1.2", "Приказ об утверждении Положения о наставничестве обучающихся", "orgs_regulation_students", 1,
          L("prikaz_113-od_polozhenie_obuch.pdf"), "пр. от 30.08.2024 № 113-од"),
        Y("1.3", "Приказ о проведении внутреннего мониторинга ЦМН", "orgs_monitoring_order", 1,
          L("prikaz_monitoring_CMN_2024.pdf")),
        Y("1.4", "Справка по итогам внутреннего мониторинга за 2024 г.", "internal_monitoring_notes", 1,
          L("spravka_vnutr_monitoring_2024.pdf")),
        H("2. Организация наставничества в ОО"),
        C("2.1", "Кураторы ЦМН в школе", "curators_total", d["curators_total"], L("prikaz_kuratory.pdf"),
          "зам. директора по УВР и ВР"),
        C("2.2", "Наставники (по приказу ОО)", "mentors_total", d["mentors_total"], L("prikaz_nastavniki_2024-25.pdf")),
        C("2.3", "Наставляемые (по приказу ОО)", "mentees_total", d["mentees_total"], L("prikaz_nastavniki_2024-25.pdf")),
        C("2.4", "Соглашения с др. образоват. организациями (наставники от них)", "agreements_edu_orgs",
          d["agreements_edu_orgs"], L("soglashenie_DDT.pdf")),
        C("2.5", "Соглашения с предприятиями", "agreements_enterprises", d["agreements_enterprises"],
          L("dogovor_VMZ.pdf")),
        C("2.6", "Соглашения с иными организациями", "agreements_other_orgs", d["agreements_other_orgs"],
          L("soglashenie_GB.pdf")),
        T("2.7", "Организации-партнёры по наставничеству", "partner_list",
          ["МБУ ДО «ДДТ» г. Воткамска", "АО «Воткамский машиностроительный завод»", "БУЗ УР «Воткамская ГБ МЗ УР»"],
          "merge"),
        N("2.8", "Наставнических пар / групп", "count", 31),
        H("3. Персонализированные программы наставничества (ППН)"),
        C("3.1", "ППН, утверждённые в 2024 г. — всего", "pp_total", d["pp_total"], L("prikaz_PPN_2024.pdf")),
        C("3.2", "в т.ч. «ученик – ученик»", "pp_pupil_pupil", d["pp_pupil_pupil"], L("prikaz_PPN_2024.pdf")),
        C("3.3", "«учитель – учитель»", "pp_teacher_teacher", d["pp_teacher_teacher"], L("prikaz_PPN_2024.pdf")),
        C("3.4", "«руководитель – педагог»", "pp_head_teacher", d["pp_head_teacher"], L("prikaz_PPN_2024.pdf")),
        C("3.5", "«учитель – ученик»", "pp_teacher_pupil", d["pp_teacher_pupil"], L("prikaz_PPN_2024.pdf")),
        C("3.6", "«студент – ученик»", "pp_student_pupil", d["pp_student_pupil"]),
        C("3.7", "иная форма (указать)", "pp_other", d["pp_other"], L("prikaz_PPN_2024.pdf"),
          "«работодатель – ученик» (наставник от АО «ВМЗ»)"),
        H("4. Наставники из внешних организаций"),
        C("4.1", "Наставники из других ОО", "external_edu_mentors", d["external_edu_mentors"], L("soglashenie_DDT.pdf")),
        C("4.2", "Наставники – сотрудники предприятий", "enterprise_mentors", d["enterprise_mentors"], L("dogovor_VMZ.pdf")),
        C("4.3", "Наставники из иных организаций", "other_org_mentors", d["other_org_mentors"], L("soglashenie_GB.pdf")),
        H("5. Обучающиеся 10–19 лет – наставляемые"),
        C("5.1", "Обучающихся в возрасте 10-19 лет (всего)", "students_10_19", d["students_10_19"], None,
          "по ОО-1 на 20.09.2024"),
        C("5.2", "из них наставляемые", "mentees_10_19", d["mentees_10_19"], L("baza_nastavlyaemyh_2024.xlsx")),
        C("5.3", "в т.ч. «группа риска»", "mentees_risk", d["mentees_risk"], L("baza_nastavlyaemyh_2024.xlsx")),
        C("5.4", "одарённые дети (в реестрах)", "mentees_gifted", d["mentees_gifted"], L("baza_nastavlyaemyh_2024.xlsx")),
        C("5.5", "дети с ОВЗ, дети-инвалиды", "mentees_disabled", d["mentees_disabled"], L("baza_nastavlyaemyh_2024.xlsx")),
        C("5.6", "низкая мотивация, неуспевающие", "mentees_low_motivation", d["mentees_low_motivation"],
          L("baza_nastavlyaemyh_2024.xlsx")),
        C("5.7", "затруднения с выбором профессии", "mentees_career", d["mentees_career"], L("baza_nastavlyaemyh_2024.xlsx")),
        C("5.8", "по иным основаниям", "mentees_other_params", d["mentees_other_params"],
          L("baza_nastavlyaemyh_2024.xlsx")),
        S("5.9", "Доля наставляемых 10-19 лет", "share_mentees_10_19", d["share_mentees_10_19"]),
        H("6. Обучающиеся 15–19 лет – наставники"),
        C("6.1", "Обучающихся 15-19 лет (всего)", "students_15_19", d["students_15_19"]),
        C("6.2", "Наставники из числа обуч-ся 15-19 лет (по приказу)", "mentors_15_19", d["mentors_15_19"],
          L("prikaz_nastavniki_2024-25.pdf")),
        S("6.3", "Доля обучающихся 15-19 лет – наставников", "share_mentors_15_19", d["share_mentors_15_19"]),
        H("7. Удовлетворённость участников"),
        S("7.1", "Удовлетворённость наставляемых (завершённые программы)", "satisfaction_mentees",
          d["satisfaction_mentees"], L("anketirovanie_itogi_2024.pdf")),
        S("7.2", "Удовлетворённость наставников", "satisfaction_mentors", d["satisfaction_mentors"],
          L("anketirovanie_itogi_2024.pdf")),
        H("8. Педагоги: наставники и наставляемые"),
        C("8.1", "Педагогических работников всего", "teachers_municipal", d["teachers_municipal"], None, "основные"),
        C("8.2", "в т.ч. молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", d["young_specialists"]),
        C("8.3", "педагоги (без молодых специалистов)", "teachers_other", d["teachers_other"]),
        C("8.4", "Молодые специалисты – наставляемые", "young_specialists_mentees", d["young_specialists_mentees"],
          L("prikaz_nastavniki_2024-25.pdf")),
        C("8.5", "Педагоги (кроме МС) – наставляемые", "teachers_other_mentees", d["teachers_other_mentees"],
          L("prikaz_nastavniki_2024-25.pdf")),
        S("8.6", "Доля МС – наставляемых", "share_young_specialists_mentees", d["share_young_specialists_mentees"]),
        S("8.7", "Доля педагогов-наставляемых (МС + остальные)", "share_teachers_mentees", d["share_teachers_mentees"]),
        C("8.8", "Педагоги – наставники", "teachers_mentors", d["teachers_mentors"], L("prikaz_nastavniki_2024-25.pdf")),
        C("8.9", "из них МС – наставники", "young_specialists_mentors", d["young_specialists_mentors"],
          L("prikaz_nastavniki_2024-25.pdf"), "наставник в паре «ученик – ученик» (6 кл.)"),
        S("8.10", "Доля педагогов-наставников", "share_teachers_mentors", d["share_teachers_mentors"]),
        S("8.11", "Доля МС – наставников", "share_young_specialists_mentors", d["share_young_specialists_mentors"]),
        H("9. Профразвитие и стимулирование"),
        C("9.1", "Педагоги, участвующие в ППН", "teachers_in_pp", d["teachers_in_pp"], L("prikaz_PPN_2024.pdf")),
        C("9.2", "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", d["kpk_trained"],
          L("udostovereniya_KPK_2024.pdf")),
        C("9.3", "ШМО наставников", "school_methodical_associations", d["school_methodical_associations"],
          L("prikaz_ShMO_nastavnikov.pdf")),
        C("9.4", "Лок. акты об оплате наставничества", "pay_acts", d["pay_acts"], L("polozhenie_o_stimuliruyushchih.pdf")),
        C("9.5", "Лок. акты о нематериальном поощрении наставников", "nonmaterial_acts", d["nonmaterial_acts"],
          L("polozhenie_nematerialnoe.pdf")),
    ]
    return dict(
        key="sosh3", file="01_СОШ3_мониторинг_ЦМН_2024.xlsx", sheet="Лист1", org=d["org"],
        top=[("A1", "Управление образования Администрации Воткамского муниципального округа"),
             ("A2", "Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год"),
             ("A3", "Образовательная организация: " + d["org"])],
        header=[["№", "Показатель", "Кол-во, чел. (ед.)", "Доля, %", "Да / Нет", "Ссылка на документ", "Примечание"]],
        cols=dict(count="C", share="D", yn="E", link="F", note="G"),
        filler="", yes="да", no="нет", share_style="number",
        bottom=["Дата заполнения: 17.01.2025",
                "Директор МБОУ «СОШ № 3» ____________ Л.Н. Вострикова",
                "Исполнитель: Чиркова О.А., зам. директора по УВР, тел. 8 (34145) 3-12-40"],
        widths=[6, 58, 14, 10, 9, 62, 40], rows=rows)


def form_lic2():
    d = ORGS["lic2"]
    u = "https://lyceum2-vtk.ru/wp-content/uploads/2024/nastavnichestvo/"
    L = lambda f: u + f
    rows = [
        H("I. Локальные акты"),
        Y("1", "Положение о системе наставничества педработников (приказ)", "orgs_regulation_teachers", 1,
          L("prikaz_205_polozhenie_ped.pdf")),
        Y("2", "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", 1,
          L("prikaz_206_polozhenie_uch.pdf")),
        Y("3", "Приказ о мониторинге реализации ЦМН в лицее", "orgs_monitoring_order", 1, L("prikaz_monitoring_2024.pdf")),
        Y("4", "Информационная справка по итогам внутр. мониторинга", "internal_monitoring_notes", 0, None,
          "будет подготовлена к 01.03.2025"),
        C("5", "Положение о материальном стимулировании наставников (кол-во актов)", "pay_acts", d["pay_acts"],
          L("polozhenie_stimul_2024.pdf")),
        C("6", "Положения о нематериальном поощрении наставников", "nonmaterial_acts", d["nonmaterial_acts"],
          L("polozhenia_nematerialnoe.pdf"), "Положение о Доске почёта; Положение о звании «Наставник года лицея»"),
        H("II. Участники программ наставничества"),
        C("7", "Кураторы внедрения ЦМН", "curators_total", d["curators_total"], L("prikaz_kuratory_2024.pdf")),
        C("8", "Наставников всего (приказ)", "mentors_total", d["mentors_total"], L("prikaz_nastavniki_2024.pdf")),
        C("9", "в т.ч. из сторонних образоват. орг-ций", "external_edu_mentors", d["external_edu_mentors"],
          L("dogovory_OO.pdf"), "2 студента УдГУ, 1 учитель Гимназии № 5"),
        C("10", "в т.ч. с предприятий", "enterprise_mentors", d["enterprise_mentors"], L("dogovor_neftservis.pdf")),
        C("11", "в т.ч. из иных организаций", "other_org_mentors", d["other_org_mentors"], L("soglashenie_CMI.pdf")),
        C("12", "Наставляемых всего (приказ)", "mentees_total", d["mentees_total"], L("prikaz_nastavniki_2024.pdf")),
        N("13", "Наставнических пар / групп", "count", 61),
        H("III. Обучающиеся"),
        C("14", "Обучающиеся 10–19 лет", "students_10_19", d["students_10_19"], None, "5–11 кл. на 01.09.2024"),
        C("15", "Обучающиеся 10-19 лет – наставляемые", "mentees_10_19", d["mentees_10_19"], L("baza_nastavlyaemyh.xlsx")),
        C("16", "из них: «группа риска»", "mentees_risk", d["mentees_risk"]),
        C("17", "одарённые (в реестре)", "mentees_gifted", d["mentees_gifted"], L("reestr_odarennyh_2024.pdf")),
        C("18", "ОВЗ / инвалиды", "mentees_disabled", d["mentees_disabled"]),
        C("19", "низкая мотивация / неуспеваемость", "mentees_low_motivation", d["mentees_low_motivation"]),
        C("20", "выбор проф. траектории", "mentees_career", d["mentees_career"]),
        C("21", "иные параметры", "mentees_other_params", d["mentees_other_params"]),
        S("22", "Доля обучающихся 10–19 лет, вовлечённых в наставничество как наставляемые", "share_mentees_10_19",
          d["share_mentees_10_19"], L("baza_nastavlyaemyh.xlsx"), cnt=d["mentees_10_19"], cnt_crit=None,
          cnt_why="dup:mentees_10_19"),
        C("23", "Обучающиеся 15–19 лет", "students_15_19", d["students_15_19"], None, "9–11 кл."),
        S("24", "Доля обучающихся 15–19 лет – наставников", "share_mentors_15_19", d["share_mentors_15_19"],
          L("prikaz_nastavniki_2024.pdf"), cnt=d["mentors_15_19"], cnt_crit="mentors_15_19"),
        H("IV. Персонализированные программы"),
        C("25", "ППН всего", "pp_total", d["pp_total"], L("prikaz_PPN_2024.pdf")),
        C("25.1", "ученик – ученик", "pp_pupil_pupil", d["pp_pupil_pupil"], L("prikaz_PPN_2024.pdf")),
        C("25.2", "учитель – учитель", "pp_teacher_teacher", d["pp_teacher_teacher"], L("prikaz_PPN_2024.pdf")),
        C("25.3", "руководитель – педагог", "pp_head_teacher", d["pp_head_teacher"], L("prikaz_PPN_2024.pdf")),
        C("25.4", "учитель – ученик", "pp_teacher_pupil", d["pp_teacher_pupil"], L("prikaz_PPN_2024.pdf")),
        C("25.5", "студент – ученик", "pp_student_pupil", d["pp_student_pupil"], L("prikaz_PPN_2024.pdf"),
          "студенты УдГУ (ИПиСТ)"),
        C("25.6", "студент – студент", "pp_student_student", d["pp_student_student"]),
        C("25.7", "иные формы", "pp_other", d["pp_other"]),
        H("V. Педагогические работники"),
        C("26", "Педагогов всего", "teachers_municipal", d["teachers_municipal"], None, "без внешних совместителей"),
        C("27", "в т.ч. МС (до 35 лет, стаж до 3-х лет)", "young_specialists", d["young_specialists"]),
        C("28", "Педагоги, не являющиеся МС", "teachers_other", d["teachers_other"]),
        C("29", "Молодые специалисты – наставляемые", "young_specialists_mentees", d["young_specialists_mentees"],
          L("prikaz_nastavniki_2024.pdf")),
        C("30", "Педагоги (не МС) – наставляемые", "teachers_other_mentees", d["teachers_other_mentees"],
          L("prikaz_nastavniki_2024.pdf")),
        S("31", "Доля МС – наставляемых", "share_young_specialists_mentees", d["share_young_specialists_mentees"],
          cnt=d["young_specialists_mentees"], cnt_crit=None, cnt_why="dup:young_specialists_mentees"),
        S("32", "Доля педагогов – наставляемых", "share_teachers_mentees", d["share_teachers_mentees"],
          note="МС + остальные педагоги",
          cnt=d["young_specialists_mentees"] + d["teachers_other_mentees"], cnt_crit=None, cnt_why="sum"),
        S("33", "Доля наставников из числа педагогов", "share_teachers_mentors", d["share_teachers_mentors"],
          L("prikaz_nastavniki_2024.pdf"), "от 84 педагогов", cnt=d["teachers_mentors"], cnt_crit="teachers_mentors"),
        S("34", "Доля молодых специалистов – наставников", "share_young_specialists_mentors",
          d["share_young_specialists_mentors"], L("prikaz_nastavniki_2024.pdf"),
          cnt=d["young_specialists_mentors"], cnt_crit="young_specialists_mentors"),
        C("35", "Педагоги – участники ППН", "teachers_in_pp", d["teachers_in_pp"], L("prikaz_PPN_2024.pdf")),
        C("36", "КПК по наставничеству (2024)", "kpk_trained", d["kpk_trained"], L("KPK_2024.pdf")),
        C("37", "МО наставников лицея", "school_methodical_associations", d["school_methodical_associations"],
          L("prikaz_MO_nastavnikov.pdf")),
        H("VI. Партнёры и удовлетворённость"),
        C("38", "Соглашения с образовательными организациями", "agreements_edu_orgs", d["agreements_edu_orgs"],
          L("dogovory_OO.pdf")),
        C("39", "Соглашения с предприятиями", "agreements_enterprises", d["agreements_enterprises"],
          L("dogovor_neftservis.pdf")),
        C("40", "Соглашения с иными организациями", "agreements_other_orgs", d["agreements_other_orgs"],
          L("soglashenie_CMI.pdf")),
        T("41", "Партнёры лицея по наставничеству", "partner_list",
          ["ФГБОУ ВО «УдГУ»", "МБОУ «Гимназия № 5»", "ООО «Камскополь-Нефтесервис»",
           "АНО «Центр молодёжных инициатив»"], "merge"),
        S("42", "Удовлетворённость наставляемых, %", "satisfaction_mentees", d["satisfaction_mentees"],
          L("anketa_itogi.pdf")),
        S("43", "Удовлетворённость наставников, %", "satisfaction_mentors", d["satisfaction_mentors"],
          L("anketa_itogi.pdf")),
    ]
    return dict(
        key="lic2", file="Лицей2_форма_наставничество_2024.xlsx", sheet="Мониторинг 2024", org=d["org"],
        top=[("A1", "Форма мониторинга реализации ЦМН — 2024 год"),
             ("A2", "Наименование ОО: " + d["org"])],
        header=[["№ п/п", "Наименование показателя", "Количество", "Доля (%)", "Наличие (+/–)",
                 "Ссылка на подтверждающий документ", "Примечание"]],
        cols=dict(count="C", share="D", yn="E", link="F", note="G"),
        filler="—", link_filler="—", yes="+", no="–", share_style="text",
        bottom=["Директор лицея                    А.В. Шкляев",
                "Ответственный: Мерзлякова Е.С., тел. 3-45-17",
                "20.01.2025"],
        widths=[7, 60, 12, 10, 12, 58, 44], rows=rows)


def form_gim5():
    d = ORGS["gim5"]
    u = "https://gimn5-votkamsk.edu18.ru/sveden/nastavnik/"
    L = lambda f: u + f
    rows = [
        H("Раздел 1. Нормативная база"),
        Y("1.1", "Положение о системе наставничества пед. работников утверждено приказом", "orgs_regulation_teachers", 1,
          L("pr_97_polozh_ped.pdf")),
        Y("1.2", "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students", 1,
          L("pr_98_polozh_obuch.pdf")),
        Y("1.3", "Издан приказ о внутреннем мониторинге ЦМН", "orgs_monitoring_order", 1, L("pr_monitoring.pdf")),
        Y("1.4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", 1, L("spravka_2024.pdf")),
        Y("1.5", "Положение о материальном стимулировании наставников", "pay_acts", 1, L("polozh_stimul.pdf")),
        Y("1.6", "Положение о нематериальном поощрении наставников", "nonmaterial_acts", 0, None,
          "отдельного нет, грамоты — по Положению о наградах"),
        H("Раздел 2. Организация наставничества"),
        C("2.1", "Куратор ЦМН", "curators_total", d["curators_total"], L("pr_kurator.pdf")),
        C("2.2", "Кол-во наставников по приказу", "mentors_total", d["mentors_total"], L("pr_nastavniki.pdf")),
        C("2.3", "Кол-во наставляемых по приказу", "mentees_total", d["mentees_total"], L("pr_nastavniki.pdf")),
        C("2.4", "Договоры с ОО о предоставлении наставников", "agreements_edu_orgs", d["agreements_edu_orgs"],
          L("dogovor_licey2.pdf")),
        C("2.5", "Договоры с предприятиями", "agreements_enterprises", d["agreements_enterprises"]),
        C("2.6", "Договоры с иными орг-ми", "agreements_other_orgs", d["agreements_other_orgs"], L("dogovory_inye.pdf")),
        T("2.7", "Партнёры", "partner_list",
          ["МАОУ «Лицей № 2»", "МБУК «ЦБС г. Воткамска»", "Воткамское местное отделение «Движения Первых»"], "note"),
        C("2.8", "Наставники из др. ОО", "external_edu_mentors", d["external_edu_mentors"], L("dogovor_licey2.pdf")),
        C("2.9", "Наставники с предприятий", "enterprise_mentors", d["enterprise_mentors"]),
        C("2.10", "Наставники из иных организаций", "other_org_mentors", d["other_org_mentors"], L("dogovory_inye.pdf")),
        H("Раздел 3. ППН"),
        C("3.1", "Утверждено ППН (всего)", "pp_total", d["pp_total"], L("pr_PPN.pdf")),
        C("3.2", "– ученик-ученик", "pp_pupil_pupil", d["pp_pupil_pupil"], L("pr_PPN.pdf")),
        C("3.3", "– учитель-учитель", "pp_teacher_teacher", d["pp_teacher_teacher"], L("pr_PPN.pdf")),
        C("3.4", "– руководитель-педагог", "pp_head_teacher", d["pp_head_teacher"], L("pr_PPN.pdf")),
        C("3.5", "– учитель-ученик", "pp_teacher_pupil", d["pp_teacher_pupil"], L("pr_PPN.pdf")),
        C("3.6", "– иная", "pp_other", d["pp_other"]),
        H("Раздел 4. Обучающиеся"),
        S("4.1", "Доля обучающихся 10–19 лет в роли наставляемых", "share_mentees_10_19", d["share_mentees_10_19"]),
        C("4.2", "Всего обучающихся 10–19 лет", "students_10_19", d["students_10_19"]),
        C("4.3", "Наставляемые 10–19 лет", "mentees_10_19", d["mentees_10_19"], L("baza_nastavl.xlsx")),
        C("4.4", "в т.ч. «группа риска»", "mentees_risk", d["mentees_risk"], L("baza_nastavl.xlsx")),
        C("4.5", "в т.ч. одарённые", "mentees_gifted", d["mentees_gifted"], L("baza_nastavl.xlsx")),
        C("4.6", "в т.ч. ОВЗ и инвалиды", "mentees_disabled", d["mentees_disabled"], L("baza_nastavl.xlsx")),
        C("4.7", "в т.ч. низкая мотивация", "mentees_low_motivation", d["mentees_low_motivation"], L("baza_nastavl.xlsx")),
        C("4.8", "в т.ч. профориентация", "mentees_career", d["mentees_career"], L("baza_nastavl.xlsx")),
        C("4.9", "в т.ч. прочие", "mentees_other_params", d["mentees_other_params"], L("baza_nastavl.xlsx")),
        S("4.10", "Доля обучающихся 15–19 лет – наставников", "share_mentors_15_19", d["share_mentors_15_19"]),
        C("4.11", "Всего обучающихся 15–19 лет", "students_15_19", d["students_15_19"]),
        C("4.12", "Наставники 15–19 лет", "mentors_15_19", d["mentors_15_19"], L("pr_nastavniki.pdf")),
        N("4.13", "Доля выпускников-наставников, поступивших в пед. вузы", "share", 25.0),
        H("Раздел 5. Педагоги"),
        C("5.1", "Педагогов (всего)", "teachers_municipal", d["teachers_municipal"]),
        C("5.2", "МС", "young_specialists", d["young_specialists"], None, "до 35 лет, первые 3 года"),
        C("5.3", "Педагогов без МС", "teachers_other", d["teachers_other"]),
        S("5.4", "Доля МС, вовлечённых как наставляемые", "share_young_specialists_mentees",
          d["share_young_specialists_mentees"]),
        C("5.5", "МС – наставляемые", "young_specialists_mentees", d["young_specialists_mentees"], L("pr_nastavniki.pdf")),
        S("5.6", "Доля педагогов-наставляемых", "share_teachers_mentees", d["share_teachers_mentees"]),
        C("5.7", "Педагоги (кроме МС) – наставляемые", "teachers_other_mentees", d["teachers_other_mentees"],
          L("pr_nastavniki.pdf")),
        S("5.8", "Доля педагогов-наставников", "share_teachers_mentors", d["share_teachers_mentors"]),
        C("5.9", "Педагоги-наставники", "teachers_mentors", d["teachers_mentors"], L("pr_nastavniki.pdf")),
        S("5.10", "Доля МС-наставников", "share_young_specialists_mentors", d["share_young_specialists_mentors"]),
        C("5.11", "МС-наставники", "young_specialists_mentors", d["young_specialists_mentors"]),
        N("5.12", "Доля наставников с высшей кв. категорией", "share", 60.0, "9 из 15"),
        H("Раздел 6. Профессиональное развитие"),
        C("6.1", "Участники ППН из числа педагогов", "teachers_in_pp", d["teachers_in_pp"], L("pr_PPN.pdf")),
        C("6.2", "КПК по наставничеству", "kpk_trained", d["kpk_trained"], L("kpk_2024.pdf")),
        C("6.3", "ШМО наставников", "school_methodical_associations", d["school_methodical_associations"],
          L("pr_ShMO.pdf")),
        H("Раздел 7. Удовлетворённость (завершённые программы)"),
        S("7.1", "наставляемых", "satisfaction_mentees", d["satisfaction_mentees"], L("anketa_2024.pdf")),
        S("7.2", "наставников", "satisfaction_mentors", d["satisfaction_mentors"], L("anketa_2024.pdf")),
    ]
    return dict(
        key="gim5", file="Гимназия5_ЦМН_2024.xlsx", sheet="ЦМН", org=d["org"],
        top=[("A1", "Сведения " + d["org"] + " о реализации целевой модели наставничества за 2024 год")],
        header=[["№", "Критерий", "%", "Кол-во", "Да – 1 / Нет – 0", "Примечание", "Ссылка"]],
        cols=dict(share="C", count="D", yn="E", note="F", link="G"),
        filler="х", yes=1, no=0, share_style="fraction",
        bottom=["Директор гимназии ______________ Т.Г. Перевощикова     21.01.2025"],
        widths=[6, 56, 9, 9, 10, 46, 52], rows=rows)


def form_klyuch():
    d = ORGS["klyuch"]
    u = "https://disk.yandex.ru/d/Kl1uch_nastav24/"
    L = lambda f: u + f
    rows = [
        Y("1", "Положение о наставничестве педагогов (приказ)", "orgs_regulation_teachers", 1, L("polozhenie_ped.pdf")),
        Y("2", "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", 1, L("polozhenie_uch.pdf")),
        Y("3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", 1, L("prikaz_monitoring.pdf")),
        Y("4", "Справка по внутр. мониторингу", "internal_monitoring_notes", 0, None, "справка не составлялась",
          typed="—", dash_no=True),
        C("5", "Куратор(ы)", "curators_total", d["curators_total"], L("prikaz_kurator.pdf")),
        C("6", "Наставники, всего по приказу", "mentors_total", d["mentors_total"], L("prikaz_nastavniki.pdf")),
        C("7", "Наставляемые, всего по приказу", "mentees_total", d["mentees_total"], L("prikaz_nastavniki.pdf")),
        N("8", "Численность обучающихся (всего)", "count", 264),
        C("9", "Обуч-ся 10-19 лет", "students_10_19", d["students_10_19"]),
        C("10", "Наставляемые 10-19 лет", "mentees_10_19", d["mentees_10_19"], L("prikaz_nastavniki.pdf")),
        C("11", "- группа риска", "mentees_risk", d["mentees_risk"]),
        C("12", "- одарённые", "mentees_gifted", d["mentees_gifted"]),
        C("13", "- ОВЗ, инвалиды", "mentees_disabled", d["mentees_disabled"]),
        C("14", "- низкая мотивация", "mentees_low_motivation", d["mentees_low_motivation"]),
        C("15", "- выбор профессии", "mentees_career", d["mentees_career"]),
        C("16", "- иное", "mentees_other_params", d["mentees_other_params"], None, "адаптация (прибывшие)"),
        S("17", "% наставляемых 10-19 лет", "share_mentees_10_19", d["share_mentees_10_19"]),
        C("18", "Обуч-ся 15-19 лет", "students_15_19", d["students_15_19"]),
        C("19", "Наставники из обуч-ся 15-19 лет", "mentors_15_19", d["mentors_15_19"], L("prikaz_nastavniki.pdf")),
        S("20", "% наставников 15-19 лет", "share_mentors_15_19", d["share_mentors_15_19"]),
        C("21", "ППН всего", "pp_total", d["pp_total"], L("prikaz_PPN.pdf")),
        C("22", "в т.ч. ученик-ученик", "pp_pupil_pupil", d["pp_pupil_pupil"]),
        C("23", "учитель-учитель", "pp_teacher_teacher", d["pp_teacher_teacher"]),
        C("24", "учитель-ученик", "pp_teacher_pupil", d["pp_teacher_pupil"]),
        C("25", "руководитель-педагог", "pp_head_teacher", d["pp_head_teacher"]),
        C("26", "иная форма", "pp_other", d["pp_other"], None, "работодатель – ученик (СПК «Ключи»)"),
        C("27", "Договоры с предприятиями (наставники)", "agreements_enterprises", d["agreements_enterprises"],
          L("dogovor_SPK.pdf")),
        C("28", "Договоры с др. ОО", "agreements_edu_orgs", d["agreements_edu_orgs"]),
        C("29", "Договоры с иными орг.", "agreements_other_orgs", d["agreements_other_orgs"]),
        T("30", "Партнёр", "partner_list", ["СПК «Ключи»"], "count", L("dogovor_SPK.pdf")),
        C("31", "Наставники от предприятия", "enterprise_mentors", d["enterprise_mentors"], L("dogovor_SPK.pdf"),
          "агроном СПК"),
        C("32", "Наставники из др. ОО", "external_edu_mentors", d["external_edu_mentors"]),
        C("33", "Педагогов", "teachers_municipal", d["teachers_municipal"], None, "вкл. директора и зам."),
        C("34", "из них МС", "young_specialists", d["young_specialists"]),
        C("35", "Педагоги (без МС)", "teachers_other", d["teachers_other"]),
        C("36", "МС-наставляемые", "young_specialists_mentees", d["young_specialists_mentees"], L("prikaz_nastavniki.pdf")),
        C("37", "Педагоги (без МС)-наставляемые", "teachers_other_mentees", d["teachers_other_mentees"],
          L("prikaz_nastavniki.pdf")),
        S("38", "% МС-наставляемых", "share_young_specialists_mentees", d["share_young_specialists_mentees"]),
        S("39", "% педагогов-наставляемых", "share_teachers_mentees", d["share_teachers_mentees"]),
        C("40", "Педагоги-наставники", "teachers_mentors", d["teachers_mentors"], L("prikaz_nastavniki.pdf")),
        S("41", "% педагогов-наставников", "share_teachers_mentors", d["share_teachers_mentors"]),
        C("42", "Педагоги в ППН", "teachers_in_pp", d["teachers_in_pp"]),
        C("43", "КПК по наставничеству", "kpk_trained", d["kpk_trained"], L("udostoverenie.pdf")),
        C("44", "ШМО наставников", "school_methodical_associations", d["school_methodical_associations"], None,
          "нет, наставники в составе МО учителей нач. кл."),
        S("45", "Удовлетв. наставляемых", "satisfaction_mentees", d["satisfaction_mentees"], L("anketa.pdf")),
        S("46", "Удовлетв. наставников", "satisfaction_mentors", d["satisfaction_mentors"], L("anketa.pdf")),
        C("47", "Положение об оплате наставничества", "pay_acts", d["pay_acts"], L("polozhenie_oplata.pdf")),
        C("48", "Положение о нематериальном поощрении", "nonmaterial_acts", d["nonmaterial_acts"]),
        N("49", "Наставнических пар", "count", 19),
    ]
    return dict(
        key="klyuch", file="ключевская сош наставничество 2024.xlsx", sheet="форма", org=d["org"],
        top=[("A1", "Мониторинг ЦМН"),
             ("A2", "ОО: " + d["org"]),
             ("A3", "Отчётный период: 2024 г.")],
        header=[["№", "Показатель", "Значение", None, None, "Подтверждение (ссылка)", "Примечание"],
                [None, None, "чел. / ед.", "%", "да/нет", None, None]],
        header_merge=["C5:E5", "A5:A6", "B5:B6", "F5:F6", "G5:G6"],
        header_row=5,
        cols=dict(count="C", share="D", yn="E", link="F", note="G"),
        filler="", yes="V", no="нет", share_style="number",
        bottom=["Заполнил: зам. директора по УВР Пономарёва Н.И.     15.01.25"],
        widths=[5, 44, 11, 8, 8, 50, 40], rows=rows)


def form_sosh8():
    d = ORGS["sosh8"]
    u = "https://school8-votkamsk.gosuslugi.ru/netcat_files/nastavnichestvo/"
    L = lambda f: u + f
    rows = [
        H("1. Документы"),
        Y("1", "Утверждено Положение о наставничестве педагогов", "orgs_regulation_teachers", 1,
          L("prikaz_87_ot_29.08.2024.pdf"), "приказ № 87 от 29.08.2024"),
        Y("2", "Утверждено Положение о наставничестве обучающихся", "orgs_regulation_students", 1,
          L("prikaz_87_ot_29.08.2024.pdf"), "приказ № 87 от 29.08.2024"),
        Y("3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", 1, L("prikaz_141.pdf"), "№ 141 от 02.12.2024"),
        Y("4", "Справка о внутреннем мониторинге", "internal_monitoring_notes", 1, L("spravka_monitoring.pdf"),
          "на 31.12.2024"),
        C("5", "Положение о стимулирующих выплатах наставникам", "pay_acts", d["pay_acts"], L("polozhenie_vyplaty.pdf"),
          "п. 3.7 — 2 000 руб. в месяц"),
        C("6", "Положение о нематериальном поощрении", "nonmaterial_acts", d["nonmaterial_acts"],
          L("polozhenie_pooshchrenie.pdf")),
        H("2. Участники"),
        C("7", "Кураторы", "curators_total", d["curators_total"], L("prikaz_kurator.pdf")),
        C("8", "Наставники (приказ)", "mentors_total", d["mentors_total"], L("prikaz_nastavniki_2024.pdf"),
          "в т.ч. 15 обучающихся"),
        C("9", "Наставляемые (приказ)", "mentees_total", d["mentees_total"], L("prikaz_nastavniki_2024.pdf"),
          "57 обучающихся, 5 педагогов"),
        C("10", "Соглашения с ОО", "agreements_edu_orgs", d["agreements_edu_orgs"], L("soglashenie_SOSh3.pdf"),
          "с МБОУ «СОШ № 3»"),
        C("11", "Соглашения с иными орг.", "agreements_other_orgs", d["agreements_other_orgs"],
          L("soglashenie_sovet_veteranov.pdf")),
        C("12", "Соглашения с предприятиями", "agreements_enterprises", d["agreements_enterprises"]),
        T("13", "Наименование организаций-партнёров", "partner_list",
          ["МБОУ «СОШ № 3» г. Воткамска", "Воткамский городской совет ветеранов"], "merge"),
        C("14", "Наставники из других ОО", "external_edu_mentors", d["external_edu_mentors"], L("soglashenie_SOSh3.pdf")),
        C("15", "Наставники из иных организаций", "other_org_mentors", d["other_org_mentors"],
          L("soglashenie_sovet_veteranov.pdf"), "ветеран педтруда, 1 чел."),
        C("16", "Наставники с предприятий", "enterprise_mentors", d["enterprise_mentors"]),
        H("3. Обучающиеся"),
        C("17", "Обучающиеся 10–19 лет, всего", "students_10_19", d["students_10_19"], None, "5–11 классы"),
        C("18", "Обучающиеся 10–19 лет – наставляемые", "mentees_10_19", d["mentees_10_19"],
          L("baza_nastavlyaemyh.pdf"), "из 488"),
        C("19", "в т.ч. группа риска", "mentees_risk", d["mentees_risk"], None, "из 11 состоящих на учёте"),
        C("20", "одарённые", "mentees_gifted", d["mentees_gifted"]),
        C("21", "ОВЗ, инвалиды", "mentees_disabled", d["mentees_disabled"], None, "из 19 детей с ОВЗ"),
        C("22", "низкая мотивация", "mentees_low_motivation", d["mentees_low_motivation"]),
        C("23", "профориентация", "mentees_career", d["mentees_career"], None, "9 и 11 кл."),
        C("24", "иные", "mentees_other_params", d["mentees_other_params"]),
        S("25", "Доля наставляемых 10–19 лет", "share_mentees_10_19", d["share_mentees_10_19"], None, "57 из 488"),
        C("26", "Наставники из обучающихся 15–19 лет", "mentors_15_19", d["mentors_15_19"],
          L("prikaz_nastavniki_2024.pdf")),
        S("27", "Доля наставников 15–19 лет", "share_mentors_15_19", d["share_mentors_15_19"], None,
          "15 из 156 обуч-ся 15–19 лет"),
        H("4. ППН"),
        C("28", "ППН, всего", "pp_total", d["pp_total"], L("prikaz_PPN.pdf")),
        C("29", "ученик – ученик", "pp_pupil_pupil", d["pp_pupil_pupil"], L("prikaz_PPN.pdf")),
        C("30", "учитель – учитель", "pp_teacher_teacher", d["pp_teacher_teacher"], L("prikaz_PPN.pdf"),
          "4 пары «опытный – молодой»"),
        C("31", "руководитель – педагог", "pp_head_teacher", d["pp_head_teacher"], L("prikaz_PPN.pdf")),
        C("32", "учитель – ученик", "pp_teacher_pupil", d["pp_teacher_pupil"], L("prikaz_PPN.pdf")),
        C("33", "иные", "pp_other", d["pp_other"]),
        N("34", "Наставнических пар", "count", 24),
        N("35", "Мероприятий по наставничеству за год", "count", 9, "семинары, «Неделя наставника»"),
        H("5. Педагоги"),
        C("36", "Педагогических работников", "teachers_municipal", d["teachers_municipal"], None, "на 31.12.2024"),
        C("37", "в т.ч. молодых специалистов", "young_specialists", d["young_specialists"]),
        C("38", "Педагоги – наставники", "teachers_mentors", d["teachers_mentors"], L("prikaz_nastavniki_2024.pdf"),
          "из 40 педагогов"),
        S("39", "Доля педагогов-наставников", "share_teachers_mentors", d["share_teachers_mentors"], None, "12 из 40"),
        C("40", "МС – наставники", "young_specialists_mentors", d["young_specialists_mentors"],
          L("prikaz_nastavniki_2024.pdf"), "из 4 МС"),
        S("41", "Доля МС – наставников", "share_young_specialists_mentors", d["share_young_specialists_mentors"]),
        C("42", "МС – наставляемые", "young_specialists_mentees", d["young_specialists_mentees"],
          L("prikaz_nastavniki_2024.pdf"), "из 4 МС"),
        S("43", "Доля МС – наставляемых", "share_young_specialists_mentees", d["share_young_specialists_mentees"]),
        C("44", "Педагоги (без МС) – наставляемые", "teachers_other_mentees", d["teachers_other_mentees"],
          L("prikaz_nastavniki_2024.pdf"), "из 36"),
        S("45", "Доля педагогов – наставляемых", "share_teachers_mentees", d["share_teachers_mentees"], None, "5 из 40"),
        C("46", "Педагоги, участвующие в ППН", "teachers_in_pp", d["teachers_in_pp"], L("prikaz_PPN.pdf")),
        C("47", "Обучены на КПК по наставничеству", "kpk_trained", d["kpk_trained"], L("KPK.pdf"),
          "КПК 36 ч., АОУ ДПО УР ИРО"),
        C("48", "ШМО наставников", "school_methodical_associations", d["school_methodical_associations"],
          L("prikaz_ShMO.pdf")),
        H("6. Удовлетворённость"),
        S("49", "Удовлетворённость наставляемых", "satisfaction_mentees", d["satisfaction_mentees"],
          L("anketirovanie.pdf"), "анкетировано 52 чел."),
        S("50", "Удовлетворённость наставников", "satisfaction_mentors", d["satisfaction_mentors"],
          L("anketirovanie.pdf"), "анкетировано 24 наставника"),
    ]
    return dict(
        key="sosh8", file="СОШ8 мониторинг наставничества 2024.xlsx", sheet="Лист1", org=d["org"],
        top=[("A1", "Мониторинг ЦМН 2024 г."),
             ("A2", "Учреждение — " + d["org"])],
        header=[["№", "Показатель мониторинга", "Количество", "Доля, %", "Да/Нет", "Примечание",
                 "Ссылка на источник"]],
        cols=dict(count="C", share="D", yn="E", note="F", link="G"),
        filler="-", yes="Да", no="Нет", share_style="number2",
        bottom=["Директор                  С.П. Кудрявцев", "Дата: 16.01.2025"],
        widths=[5, 46, 12, 9, 8, 36, 56], rows=rows,
        hidden={"students_15_19": "only in the note «15 из 156 обуч-ся 15–19 лет»",
                "teachers_other": "only in the note «из 36»"})


def form_cdt():
    d = ORGS["cdt"]
    u = "https://cdt-votkamsk.ru/documents/nastavnichestvo/"
    L = lambda f: u + f
    rows = [
        H("А. Документы"),
        Y("А1", "Положение о наставничестве педагогов ДО утверждено", "orgs_regulation_teachers", 1,
          L("polozhenie_ped_DO.pdf")),
        Y("А2", "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students", 1,
          L("polozhenie_obuch.pdf")),
        Y("А3", "Приказ о мониторинге ЦМН в учреждении", "orgs_monitoring_order", 1, L("prikaz_monitoring_2024.pdf")),
        Y("А4", "Справка по результатам внутреннего мониторинга", "internal_monitoring_notes", 1,
          L("spravka_monitoring_2024.pdf")),
        C("А5", "Положение об оплате наставникам (доплата)", "pay_acts", d["pay_acts"], L("polozhenie_oplata.pdf"),
          extra={"yn": "да"}),
        Y("А6", "Локальный акт о нематериальном поощрении наставников", "nonmaterial_acts", 0, None,
          "поощрение — грамоты по Положению о наградах ЦДТ"),
        H("Б. Кадры и участники"),
        C("Б1", "Куратор ЦМН", "curators_total", d["curators_total"], L("prikaz_kurator.pdf")),
        C("Б2", "Наставники (по приказу ЦДТ)", "mentors_total", d["mentors_total"], L("prikaz_nastavniki_2024.pdf")),
        C("Б3", "Наставляемые (по приказу ЦДТ)", "mentees_total", d["mentees_total"], L("prikaz_nastavniki_2024.pdf"),
          "в т.ч. 7 обучающихся младше 10 лет"),
        C("Б4", "Наставники из других образовательных организаций", "external_edu_mentors", d["external_edu_mentors"]),
        C("Б5", "Наставники – представители предприятий", "enterprise_mentors", d["enterprise_mentors"],
          L("dogovor_tehnopark.pdf"), "инженер ООО «Технопарк «Кама»"),
        C("Б6", "Наставники из НКО, учреждений культуры и молодёжной политики", "other_org_mentors",
          d["other_org_mentors"], L("soglasheniya_partnery.pdf")),
        C("Б7", "Соглашения с ОО (наставники)", "agreements_edu_orgs", d["agreements_edu_orgs"]),
        C("Б8", "Соглашения с предприятиями", "agreements_enterprises", d["agreements_enterprises"],
          L("dogovor_tehnopark.pdf")),
        C("Б9", "Соглашения с иными организациями", "agreements_other_orgs", d["agreements_other_orgs"],
          L("soglasheniya_partnery.pdf")),
        T("Б10", "Социальные партнёры по наставничеству", "partner_list",
          ["ООО «Технопарк «Кама»", "МБУ «Молодёжный центр «Ровесник»", "АНО «Школа добровольца»"], "count",
          sep="\n"),
        H("В. Персонализированные программы наставничества"),
        C("В1", "ППН, всего", "pp_total", d["pp_total"], L("prikaz_PPN_2024.pdf")),
        C("В2", "обучающийся – обучающийся", "pp_pupil_pupil", d["pp_pupil_pupil"], L("prikaz_PPN_2024.pdf")),
        C("В3", "педагог – педагог", "pp_teacher_teacher", d["pp_teacher_teacher"], L("prikaz_PPN_2024.pdf")),
        C("В4", "руководитель – педагог", "pp_head_teacher", d["pp_head_teacher"], L("prikaz_PPN_2024.pdf")),
        C("В5", "педагог ДО – обучающийся", "pp_teacher_pupil", d["pp_teacher_pupil"], L("prikaz_PPN_2024.pdf")),
        C("В6", "другие формы", "pp_other", d["pp_other"], L("prikaz_PPN_2024.pdf"), "педагог – родитель (2)"),
        H("Г. Обучающиеся"),
        N("Г1", "Обучающихся в объединениях ЦДТ (всего)", "count", 1420, "по сертификатам ПФДО"),
        C("Г2", "из них в возрасте 10–19 лет", "students_10_19", d["students_10_19"]),
        C("Г3", "наставляемые 10–19 лет", "mentees_10_19", d["mentees_10_19"], L("baza_nastavlyaemyh.xlsx")),
        C("Г4", "в т.ч. «группа риска»", "mentees_risk", d["mentees_risk"]),
        C("Г5", "одарённые (победители, призёры)", "mentees_gifted", d["mentees_gifted"], L("reestr_odarennyh.pdf")),
        C("Г6", "ОВЗ и дети-инвалиды", "mentees_disabled", d["mentees_disabled"]),
        C("Г7", "низкая мотивация", "mentees_low_motivation", d["mentees_low_motivation"]),
        C("Г8", "профессиональное самоопределение", "mentees_career", d["mentees_career"]),
        C("Г9", "иные", "mentees_other_params", d["mentees_other_params"], None, "адаптация в коллективе"),
        S("Г10", "Доля наставляемых 10–19 лет", "share_mentees_10_19", d["share_mentees_10_19"]),
        C("Г11", "Обучающиеся 15–19 лет", "students_15_19", d["students_15_19"]),
        C("Г12", "Наставники из числа обучающихся 15–19 лет", "mentors_15_19", d["mentors_15_19"],
          L("prikaz_nastavniki_2024.pdf"), "вожатые, инструкторы"),
        S("Г13", "Доля обучающихся 15–19 лет – наставников", "share_mentors_15_19", d["share_mentors_15_19"]),
        H("Д. Педагогические работники"),
        C("Д1", "Педагоги ДО, методисты – всего", "teachers_municipal", d["teachers_municipal"]),
        C("Д2", "в т.ч. молодые специалисты", "young_specialists", d["young_specialists"]),
        C("Д3", "остальные педагоги", "teachers_other", d["teachers_other"]),
        C("Д4", "Молодые специалисты – наставляемые", "young_specialists_mentees", d["young_specialists_mentees"],
          L("prikaz_nastavniki_2024.pdf")),
        C("Д5", "Остальные педагоги – наставляемые", "teachers_other_mentees", d["teachers_other_mentees"],
          L("prikaz_nastavniki_2024.pdf")),
        S("Д6", "Доля МС – наставляемых", "share_young_specialists_mentees", d["share_young_specialists_mentees"]),
        S("Д7", "Доля педагогов – наставляемых", "share_teachers_mentees", d["share_teachers_mentees"]),
        C("Д8", "Педагоги – наставники", "teachers_mentors", d["teachers_mentors"], L("prikaz_nastavniki_2024.pdf")),
        S("Д9", "Доля педагогов – наставников", "share_teachers_mentors", d["share_teachers_mentors"]),
        C("Д10", "Педагоги в ППН", "teachers_in_pp", d["teachers_in_pp"], L("prikaz_PPN_2024.pdf")),
        C("Д11", "Прошли КПК по наставничеству", "kpk_trained", d["kpk_trained"], L("KPK_2024.pdf")),
        C("Д12", "Методическое объединение наставников", "school_methodical_associations",
          d["school_methodical_associations"], L("prikaz_MO.pdf")),
        H("Е. Удовлетворённость"),
        S("Е1", "Удовлетворённость наставляемых завершённой программой", "satisfaction_mentees",
          d["satisfaction_mentees"], L("anketa_itogi_2024.pdf")),
        S("Е2", "Удовлетворённость наставников", "satisfaction_mentors", d["satisfaction_mentors"],
          L("anketa_itogi_2024.pdf")),
    ]
    return dict(
        key="cdt", file="ЦДТ_Воткамск_наставничество_2024.xlsx", sheet="ДОП_2024", org=d["org"],
        top=[("A1", d["org"]),
             ("A2", "Мониторинг реализации целевой модели наставничества за 2024 год")],
        header=[["№", "Показатель", "Да / Нет", "Кол-во (чел., ед.)", "%", "Документ (ссылка)", "Комментарий"]],
        cols=dict(yn="C", count="D", share="E", link="F", note="G"),
        filler="mixed", yes="да", no="нет", share_style="number", hyperlinks=True,
        bottom=["Директор МБУ ДО «ЦДТ»  ___________  И.В. Корепанова", "Методист Сунцова А.Р., 8 (34145) 5-06-33",
                "22.01.2025"],
        widths=[6, 54, 9, 16, 9, 58, 42], rows=rows)


FORMS = [form_sosh3, form_lic2, form_gim5, form_klyuch, form_sosh8, form_cdt]


# ---------------------------------------------------------------- writer
def render_share(style, v):
    if style == "number":
        return v, None
    if style == "number2":
        return v, "0.00"
    if style == "text":
        s = ("%.2f" % v).rstrip("0").rstrip(".")
        return s.replace(".", ","), None
    if style == "fraction":
        return round(v / 100.0, 6), "0.00%"
    raise ValueError(style)


def build(spec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    cols = spec["cols"]
    val_cols = [c for c in ("count", "share", "yn")]
    for i, w in enumerate(spec["widths"], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for addr, text in spec["top"]:
        ws[addr] = text
        ws[addr].font = Font(bold=True, size=12)
    hr = spec.get("header_row", max(int(re.sub(r"\D", "", a)) for a, _ in spec["top"]) + 2)
    for k, hrow in enumerate(spec["header"]):
        for j, h in enumerate(hrow, start=1):
            c = ws.cell(row=hr + k, column=j, value=h)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = BORDER
    for m in spec.get("header_merge", []):
        ws.merge_cells(m)
    r = hr + len(spec["header"])
    entry = {"file": "typed/" + spec["file"], "year": YEAR, "organisation": spec["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    cells = []
    extra_notes = []

    def cell_ref(kind, row):
        return "%s%d" % (cols[kind], row)

    def filler_for(kind, rowkind):
        f = spec["filler"]
        if f == "mixed":  # ЦДТ: «—» in the numeric columns of yes/no rows, blank elsewhere
            return "—" if rowkind == "yn" and kind in ("count", "share") else None
        return f or None

    def add_cell(crit, kind, addr, expected, **kw):
        e = {"file": entry["file"], "sheet": spec["sheet"], "cell": addr, "criterion": crit, "kind": kind,
             "expected": expected}
        e.update(kw)
        cells.append(e)

    for row in spec["rows"]:
        if row["t"] == "H":
            ws.cell(row=r, column=1, value=row["title"]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(spec["header"][0]))
            entry["headings"].append(row["title"])
            r += 1
            continue
        title = row["title"]
        assert norm(title) not in CAT_WORDINGS, title
        ws.cell(row=r, column=1, value=row["num"])
        ws.cell(row=r, column=2, value=title)
        kind = row["kind"]
        used = set()
        crit = row["crit"]
        if kind == "text":
            text = row["sep"].join(row["items"])
            place = row["place"]
            if place == "merge":
                letters = sorted((cols[k] for k in val_cols), key=column_index_from_string)
                addr = "%s%d" % (letters[0], r)
                ws[addr] = text
                ws.merge_cells("%s%d:%s%d" % (letters[0], r, letters[-1], r))
                used.update(val_cols)
            elif place == "count":
                addr = cell_ref("count", r)
                ws[addr] = text
                used.add("count")
            else:
                addr = cell_ref("note", r)
                ws[addr] = text
            ws[addr].alignment = Alignment(wrap_text=True, vertical="top")
            expected = "; ".join(row["items"])
            entry["values"][crit] = expected
            add_cell(crit, "value", addr, expected, **({"merged": True} if place == "merge" else {}))
        else:
            addr = cell_ref(kind, r)
            used.add(kind)
            if kind == "count":
                ws[addr] = row["val"]
            elif kind == "share":
                v, fmt = render_share(spec["share_style"], row["val"])
                ws[addr] = v
                if fmt:
                    ws[addr].number_format = fmt
            elif kind == "yn":
                typed = row.get("typed")
                if typed is None:
                    typed = spec["yes"] if row["val"] == 1 else spec["no"]
                ws[addr] = typed
                ws[addr].alignment = Alignment(horizontal="center")
            if row.get("nc"):
                entry["not_criteria"].append(title)
            else:
                assert crit not in entry["values"], (spec["key"], crit)
                expected = round(row["val"], 2) if kind == "share" else row["val"]
                if kind == "count" or (kind == "yn" and CAT[crit]["unit"] == "count"):
                    expected = int(expected)
                entry["values"][crit] = expected
                kw = {}
                if kind == "yn" and CAT[crit]["unit"] != "yesno":
                    kw["read_as"] = "yesno"
                if row.get("dash_no"):
                    kw["read_as"] = "yesno"
                    kw["dash_means_no"] = True
                    kw["why"] = "«—» in the yes/no column, the note says «справка не составлялась»"
                if kind == "share" and spec["share_style"] == "fraction":
                    kw["stored"] = "fraction with a percent format"
                add_cell(crit, "value", addr, expected, **kw)
            # a count typed in the count column of a share row
            if kind == "share" and row.get("cnt") is not None:
                caddr = cell_ref("count", r)
                ws[caddr] = row["cnt"]
                used.add("count")
                if row.get("cnt_crit"):
                    cc = row["cnt_crit"]
                    assert cc not in entry["values"], (spec["key"], cc)
                    assert ORGS[spec["key"]][cc] == row["cnt"]
                    entry["values"][cc] = row["cnt"]
                    add_cell(cc, "value", caddr, row["cnt"], why="count typed in the count column of the share row")
                else:
                    extra_notes.append({"cell": caddr, "typed": row["cnt"], "why": row["cnt_why"]})
            for k, v in row.get("extra", {}).items():
                ws[cell_ref(k, r)] = v
                used.add(k)
        # fillers
        for k in val_cols:
            if k not in used:
                f = filler_for(k, kind)
                if f:
                    ws[cell_ref(k, r)] = f
                    ws[cell_ref(k, r)].alignment = Alignment(horizontal="center")
        link = row.get("link")
        laddr = cell_ref("link", r)
        if link:
            ws[laddr] = link
            if spec.get("hyperlinks"):
                ws[laddr].hyperlink = link
                ws[laddr].style = "Hyperlink"
            if crit and not row.get("nc"):
                entry["links"][crit] = link
                add_cell(crit, "link", laddr, link)
                if kind == "share" and row.get("cnt_crit"):
                    entry["links"][row["cnt_crit"]] = link
                    add_cell(row["cnt_crit"], "link", laddr, link, why="the share row's link")
        elif spec.get("link_filler"):
            ws[laddr] = spec["link_filler"]
        if row.get("note") and not (kind == "text" and row["place"] == "note"):
            ws[cell_ref("note", r)] = row["note"]
        for j in range(1, len(spec["header"][0]) + 1):
            c = ws.cell(row=r, column=j)
            c.border = BORDER
            if j in (2, column_index_from_string(cols["note"])):
                c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    for line in spec["bottom"]:
        ws.cell(row=r, column=2, value=line)
        r += 1
    # the organisation itself: not criteria of the header block are not listed (they are no rows of the table)
    TYPED.mkdir(exist_ok=True)
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    import datetime
    wb.properties.created = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 1, 22, 16, 30, 0)
    wb.save(TYPED / spec["file"])
    entry["_extra_counts"] = extra_notes
    return entry, cells


def main():
    expected, cells = [], []
    for f in FORMS:
        spec = f()
        entry, c = build(spec)
        entry.pop("_extra_counts")
        expected.append(entry)
        cells.extend(c)
    # at org level no value is given twice, and every value has exactly one cell
    for e in expected:
        for crit in e["values"]:
            assert crit in CAT, crit
            n = sum(1 for c in cells if c["file"] == e["file"] and c["criterion"] == crit and c["kind"] == "value")
            assert n == 1, (e["file"], crit, n)
        # recorded values equal the organisation's hidden data
        key = next(k for k, d in ORGS.items() if d["org"] == e["organisation"])
        for crit, v in e["values"].items():
            if crit in ORGS[key]:
                assert abs(ORGS[key][crit] - v) < 0.005, (key, crit, v, ORGS[key][crit])
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print("%-52s values %3d links %3d not_criteria %d" % (e["file"], len(e["values"]), len(e["links"]),
                                                              len(e["not_criteria"])))
    print("files %d, forms %d, values %d, links %d" % (len(FORMS), len(expected), nv, nl))


if __name__ == "__main__":
    main()
