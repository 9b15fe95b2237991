#!/usr/bin/env python3
"""heldout120: ordinary one-organisation forms (№ | criterion | value | link), every file typed by a different
person who rewrote every criterion in his own words. Deterministic (no randomness).

Writes typed/*.xlsx, expected.json, cells.json next to this script.
"""
import csv
import datetime
import json
import pathlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_TIME = datetime.datetime(2024, 12, 13, 10, 0, 0)


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


def derive(d):
    """Add the shares and the totals that follow from the school's own figures."""
    d = dict(d)
    d["pp_total"] = sum(d.get(k, 0) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                              "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d.get("external_edu_mentors", 0)
                          + d.get("enterprise_mentors", 0) + d.get("other_org_mentors", 0))
    d["mentees_total"] = (d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
                          + d.pop("younger_mentees", 0))
    cats = sum(d.get(k, 0) for k in ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation",
                                     "mentees_career", "mentees_other_params"))
    assert cats == d["mentees_10_19"], (d["org"], cats, d["mentees_10_19"])
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    d["share_young_specialists_mentors"] = pct(d.get("young_specialists_mentors", 0), d["young_specialists"])
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d.get("young_specialists_mentors", 0) <= min(d["young_specialists"], d["teachers_mentors"])
    assert d.get("teachers_in_pp", 0) <= teachers
    return d


# --------------------------------------------------------------------------------------------------------------
# The seven organisations' figures (Кривоборский муниципальный район, invented)
# --------------------------------------------------------------------------------------------------------------
SOSH2 = derive(dict(
    org="МБОУ «Кривоборская СОШ № 2»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=19, young_specialists_mentors=2, mentors_15_19=16, students_15_19=118,
    external_edu_mentors=1, enterprise_mentors=2,
    agreements_edu_orgs=1, agreements_enterprises=1,
    partner_list="ГБПОУ УР «Кривоборский аграрный техникум»; ООО «Агрофирма «Рассвет»»",
    pp_pupil_pupil=14, pp_teacher_teacher=8, pp_head_teacher=2, pp_teacher_pupil=21, pp_student_pupil=3, pp_other=2,
    students_10_19=412, mentees_10_19=58, mentees_risk=9, mentees_disabled=6, mentees_gifted=7,
    mentees_low_motivation=14, mentees_career=12, mentees_other_params=10,
    young_specialists=7, young_specialists_mentees=6, teachers_other=41, teachers_other_mentees=4,
    teachers_in_pp=26, kpk_trained=5,
    school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=91.4, satisfaction_mentors=88.75,
))

GIMN1 = derive(dict(
    org="МАОУ «Гимназия № 1 г. Кривобора»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=27, young_specialists_mentors=3, mentors_15_19=24, students_15_19=190,
    external_edu_mentors=3, enterprise_mentors=1, other_org_mentors=0,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=0,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Кривоборский педагогический "
                 "колледж»; АО «Кривоборский механический завод»",
    pp_pupil_pupil=20, pp_teacher_teacher=11, pp_head_teacher=1, pp_teacher_pupil=26,
    students_10_19=590, mentees_10_19=71, mentees_risk=3, mentees_disabled=4, mentees_gifted=22,
    mentees_low_motivation=15, mentees_career=19, mentees_other_params=8,
    young_specialists=9, young_specialists_mentees=8, teachers_other=62, teachers_other_mentees=5,
    teachers_in_pp=31, kpk_trained=7, school_methodical_associations=2, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=93.2, satisfaction_mentors=90.6,
))

SOSH7 = derive(dict(
    org="МБОУ «Средняя общеобразовательная школа № 7»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=15, young_specialists_mentors=1, mentors_15_19=12, students_15_19=140,
    pp_teacher_teacher=8, pp_pupil_pupil=10, pp_teacher_pupil=16, pp_other=2,
    students_10_19=505, mentees_10_19=47, mentees_risk=11, mentees_disabled=5, mentees_gifted=4,
    mentees_low_motivation=13, mentees_career=9, mentees_other_params=5,
    young_specialists=5, young_specialists_mentees=5, teachers_other=44, teachers_other_mentees=3,
    teachers_in_pp=21, kpk_trained=3,
    kpk_courses="Педагог-наставник: компетенции и инструменты (АОУ ДПО УР ИРО, 36 ч)",
    pay_acts=1, nonmaterial_acts=0,
    satisfaction_mentees=87.5, satisfaction_mentors=90.0,
))

LICEY3 = derive(dict(
    org="МБОУ «Лицей № 3»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2,
    teachers_mentors=30, young_specialists_mentors=4, mentors_15_19=31, students_15_19=260,
    external_edu_mentors=4, enterprise_mentors=2, other_org_mentors=0,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «ИжГТУ имени М. Т. Калашникова»; БПОУ УР «Кривоборский политехнический колледж»; "
                 "ООО «Кривоборский хлебокомбинат»",
    agreement_subjects="студенты и преподаватели ведут проектные работы лицеистов; специалисты хлебокомбината "
                       "проводят профпробы для 9–10 классов",
    pp_pupil_pupil=24, pp_teacher_teacher=12, pp_head_teacher=3, pp_student_pupil=5, pp_teacher_pupil=18,
    students_10_19=620, mentees_10_19=66, mentees_risk=2, mentees_disabled=3, mentees_gifted=25,
    mentees_low_motivation=9, mentees_career=21, mentees_other_params=6,
    young_specialists=11, young_specialists_mentees=10, teachers_other=58, teachers_other_mentees=6,
    teachers_in_pp=33, kpk_trained=6, school_methodical_associations=1, pay_acts=2, nonmaterial_acts=1,
    satisfaction_mentees=95.1, satisfaction_mentors=92.3,
))

IVANOVKA = derive(dict(
    org="МБОУ «Ивановская основная общеобразовательная школа»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1,
    teachers_mentors=6, mentors_15_19=3, students_15_19=9, enterprise_mentors=1,
    agreements_enterprises=1, partner_list="СПК «Колхоз Ивановский»",
    younger_mentees=6,  # pupils of grades 1–4 with a mentor: in the mentees' total, not in 10–19
    pp_pupil_pupil=4, pp_teacher_teacher=2, pp_teacher_pupil=8,
    students_10_19=52, mentees_10_19=14, mentees_risk=3, mentees_disabled=2, mentees_gifted=0,
    mentees_low_motivation=6, mentees_other_params=3,
    young_specialists=1, young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=1,
    teachers_in_pp=8, kpk_trained=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=96.0, satisfaction_mentors=100.0,
))

DDT = derive(dict(
    org="МБУ ДО «Кривоборский районный Дом детского творчества»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=12, young_specialists_mentors=1, mentors_15_19=14, students_15_19=210, other_org_mentors=2,
    agreements_other_orgs=2,
    partner_list="МБУК «Кривоборский краеведческий музей»; МБУ «Кривоборский районный Дом культуры»",
    pp_pupil_pupil=9, pp_teacher_teacher=6, pp_teacher_pupil=20,
    students_10_19=780, mentees_10_19=48, mentees_risk=5, mentees_disabled=7, mentees_gifted=18,
    mentees_career=6, mentees_other_params=12,
    young_specialists=4, young_specialists_mentees=4, teachers_other=31, teachers_other_mentees=2,
    teachers_in_pp=14, kpk_trained=2, school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1,
    satisfaction_mentees=89.3, satisfaction_mentors=94.0,
))

SOSH4 = derive(dict(
    org="МБОУ «Кривоборская СОШ № 4 имени Героя Советского Союза А. П. Лаптева»",
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1,
    teachers_mentors=17, young_specialists_mentors=1, mentors_15_19=10, students_15_19=131,
    external_edu_mentors=2, enterprise_mentors=0, other_org_mentors=1,
    agreements_edu_orgs=2, agreements_other_orgs=1,
    partner_list="ГБПОУ УР «Кривоборский педагогический колледж»; МБОУ «Кривоборская СОШ № 2»; "
                 "Кривоборская районная общественная организация ветеранов",
    pp_pupil_pupil=12, pp_teacher_teacher=6, pp_head_teacher=1, pp_teacher_pupil=19, pp_student_pupil=2,
    students_10_19=468, mentees_10_19=52, mentees_risk=8, mentees_disabled=7, mentees_gifted=5,
    mentees_low_motivation=15, mentees_career=11, mentees_other_params=6,
    young_specialists=6, young_specialists_mentees=5, teachers_other=39, teachers_other_mentees=2,
    teachers_in_pp=22, kpk_trained=4, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    satisfaction_mentees=90.8, satisfaction_mentors=89.1,
))


# --------------------------------------------------------------------------------------------------------------
# Row helpers.  S(text) = section row; R(no, title, cid, link=None, typed=None) = criterion row (value from the
# organisation's figures, typed as `typed` if given); N(no, title, value, link=None) = a row that is NOT a criterion.
# --------------------------------------------------------------------------------------------------------------
def S(text):
    return ("S", text)


def R(no, title, cid, link=None, typed=None):
    return ("R", no, title, cid, link, typed)


def N(no, title, value, link=None):
    return ("N", no, title, value, link)


def yn_da(v):
    return "да" if v else "нет"


def yn_est(v):
    return "есть" if v else "нет"


def pct_text(v):
    return ("%.2f" % v).replace(".", ",") + " %"


# ---------------------------------------- 1. СОШ № 2: the explainer ------------------------------------------
U2 = "https://sh2-krivobor.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
def form_sosh2():
    d = SOSH2
    yn = yn_da
    rows = [
        S("I. Какие документы по наставничеству у нас приняты"),
        R(1, "Есть ли утверждённое директором положение, по которому учителя наставляют коллег (наставничество "
             "среди педагогов школы)", "orgs_regulation_teachers", U2 + "polozhenie_pedagogi_2023.pdf",
          typed=yn(d["orgs_regulation_teachers"])),
        R(2, "Положение, по которому наставничество ведётся для ребят (наставляемые — сами дети), утверждено "
             "директором?", "orgs_regulation_students", U2 + "polozhenie_deti_2023.pdf",
          typed=yn(d["orgs_regulation_students"])),
        R(3, "Приказ, которым в школе назначена проверка того, как идёт внедрение ЦМН (кто, когда и что "
             "смотрит), — издан?", "orgs_monitoring_order", U2 + "prikaz_119-od_monitoring.pdf",
          typed=yn(d["orgs_monitoring_order"])),
        R(4, "Справку по итогам своей, школьной проверки ЦМН за 2024 г. написали?", "internal_monitoring_notes",
          U2 + "spravka_vnutr_monitoring_2024.pdf", typed=yn(d["internal_monitoring_notes"])),
        R(5, "Сколько человек у нас назначено отвечать за внедрение ЦМН (куратор по приказу; у нас это зам. по "
             "УВР и соцпедагог)", "curators_total", U2 + "prikaz_98-od_kuratory.pdf"),
        S("II. Кто наставляет и кого"),
        R(6, "Наставников всего — все, кто закреплён приказом директора: учителя, старшеклассники и приглашённые "
             "со стороны", "mentors_total", U2 + "prikaz_101-od_pary.pdf"),
        R(7, "Наставляемых всего по тому же приказу — и дети, и учителя, которых закрепили за кем-то",
          "mentees_total", U2 + "prikaz_101-od_pary.pdf"),
        R(8, "Из учителей наставниками работают (считаем каждого педработника, кто ведёт хотя бы одного "
             "подопечного)", "teachers_mentors", U2 + "prikaz_101-od_pary.pdf"),
        R(9, "…из них сами ещё молодые специалисты (моложе 35, стаж меньше трёх лет), но уже кого-то ведут",
          "young_specialists_mentors", U2 + "prikaz_101-od_pary.pdf"),
        R(10, "Старшеклассники 15–19 лет, которые сами наставляют (тоже закреплены приказом), — обычно это "
              "9–11 кл., ведут младших", "mentors_15_19", U2 + "prikaz_101-od_pary.pdf"),
        R(11, "А всего ребят этого возраста, 15–19 лет, в школе (берём по списку на 20.09)", "students_15_19"),
        R(12, "Отсюда процент старшеклассников-наставников: строку 10 делим на строку 11 и умножаем на 100",
          "share_mentors_15_19"),
        R(13, "Наставники, которых нам дали другие школы, техникум или вуз (по приказу)", "external_edu_mentors",
          U2 + "prikaz_101-od_pary.pdf"),
        R(14, "Наставники, которые пришли к нам с предприятий (агрофирма)", "enterprise_mentors",
          U2 + "prikaz_101-od_pary.pdf"),
        N(15, "Сколько наставнических пар и групп получилось по приказу о закреплении", 44,
          U2 + "prikaz_101-od_pary.pdf"),
        S("III. С кем у нас договоры"),
        R(16, "Договоры со школами / техникумами / вузами, откуда к нам приходят наставники, — сколько подписано",
          "agreements_edu_orgs", U2 + "dogovor_agrotehnikum.pdf"),
        R(17, "Такие же договоры, но с предприятиями, чьи работники наставляют наших детей", "agreements_enterprises",
          U2 + "dogovor_rassvet.pdf"),
        R(18, "Кто эти партнёры — перечисляю через точку с запятой", "partner_list",
          U2 + "partnery_nastavnichestvo.pdf"),
        S("IV. Индивидуальные (персонализированные) программы"),
        R(19, "Индивидуальных программ наставничества утверждено всего — все формы вместе", "pp_total",
          U2 + "prikaz_104-od_programmy.pdf"),
        R("19.1", "в т.ч. где один ученик ведёт другого", "pp_pupil_pupil", U2 + "prikaz_104-od_programmy.pdf"),
        R("19.2", "в т.ч. где опытный учитель ведёт коллегу", "pp_teacher_teacher",
          U2 + "prikaz_104-od_programmy.pdf"),
        R("19.3", "в т.ч. где ведёт кто-то из администрации, а подопечный — учитель", "pp_head_teacher",
          U2 + "prikaz_104-od_programmy.pdf"),
        R("19.4", "в т.ч. где учитель ведёт ребёнка", "pp_teacher_pupil", U2 + "prikaz_104-od_programmy.pdf"),
        R("19.5", "в т.ч. где студент техникума ведёт нашего школьника", "pp_student_pupil",
          U2 + "prikaz_104-od_programmy.pdf"),
        R("19.6", "в т.ч. какие-то другие формы (у нас «родитель – ребёнок»)", "pp_other",
          U2 + "prikaz_104-od_programmy.pdf"),
        S("V. Дети 10–19 лет"),
        R(20, "Детей в возрасте 10–19 лет в школе всего (по списку на 20.09.2024)", "students_10_19"),
        R(21, "Из них попали в программы как подопечные (не как наставники!)", "mentees_10_19",
          U2 + "prikaz_101-od_pary.pdf"),
        R("21.1", "в т.ч. «трудные» — группа риска (на учёте в ПДН, на внутришкольном)", "mentees_risk",
          U2 + "prikaz_101-od_pary.pdf"),
        R("21.2", "в т.ч. ребята с ОВЗ и с инвалидностью", "mentees_disabled", U2 + "prikaz_101-od_pary.pdf"),
        R("21.3", "в т.ч. одарённые — только те, кто внесён в реестр одарённых", "mentees_gifted",
          U2 + "prikaz_101-od_pary.pdf"),
        R("21.4", "в т.ч. плохо учатся или не хотят учиться (двойки, мотивации нет)", "mentees_low_motivation",
          U2 + "prikaz_101-od_pary.pdf"),
        R("21.5", "в т.ч. не могут определиться с профилем и будущей профессией", "mentees_career",
          U2 + "prikaz_101-od_pary.pdf"),
        R("21.6", "в т.ч. по другим причинам (адаптация новеньких и т.п.)", "mentees_other_params",
          U2 + "prikaz_101-od_pary.pdf"),
        R(22, "Какой это процент детей 10–19 лет: строку 21 делим на строку 20, × 100", "share_mentees_10_19"),
        N(23, "Сколько ребят сняли с учёта после года работы с наставником", 3),
        S("VI. Учителя"),
        R(24, "Молодых специалистов в школе (тех, кому меньше 35 и кто работает первые три года)",
          "young_specialists"),
        R(25, "Сколько из этих молодых закреплены за наставником (они подопечные)", "young_specialists_mentees",
          U2 + "prikaz_101-od_pary.pdf"),
        R(26, "Остальных учителей, не считая молодых специалистов", "teachers_other"),
        R(27, "У кого из этих остальных тоже есть наставник (новенькие из других школ, смена предмета)",
          "teachers_other_mentees", U2 + "prikaz_101-od_pary.pdf"),
        R(28, "% всех учителей (и молодых, и остальных), у которых есть наставник", "share_teachers_mentees"),
        R(29, "Учителей, занятых в утверждённых индивидуальных программах — и наставники, и подопечные",
          "teachers_in_pp", U2 + "prikaz_104-od_programmy.pdf"),
        R(30, "Прошли за 2024 год курсы повышения квалификации по теме наставничества (по удостоверениям)",
          "kpk_trained", U2 + "udostovereniya_kpk_2024.pdf"),
        R(31, "Своих, школьных методобъединений наставников — сколько (у нас одно)",
          "school_methodical_associations", U2 + "prikaz_shmo_nastavnikov.pdf"),
        N(32, "Учителей, получивших в 2024 г. категорию «педагог-наставник»", 2, U2 + "attestaciya_2024.pdf"),
        S("VII. Поощрение и как всё прошло"),
        R(33, "Локальных актов, по которым наставникам доплачивают (сколько таких актов)", "pay_acts",
          U2 + "polozhenie_oplata_truda.pdf"),
        R(34, "Актов о поощрении наставников без денег — грамоты, благодарности (сколько)", "nonmaterial_acts",
          U2 + "polozhenie_moralnoe_pooshchrenie.pdf"),
        R(35, "Насколько довольны подопечные, когда их программа закончилась (анкета, средний %)",
          "satisfaction_mentees", U2 + "anketirovanie_itogi_2024.pdf"),
        R(36, "А насколько довольны сами наставники по итогам законченных программ (%)",
          "satisfaction_mentors", U2 + "anketirovanie_itogi_2024.pdf"),
        N(37, "Встреч наставников с подопечными за год (по журналу)", 612),
    ]
    return dict(
        file="typed/sosh2_poyasneniya.xlsx", sheet="Мониторинг 2024", org=d["org"], data=d, rows=rows,
        title=["Мониторинг реализации целевой модели наставничества за 2024 год",
               "Кривоборский район, " + d["org"],
               "(заполняла Н. А. Зорина, зам. директора по УВР; в названии строки — как считали)"],
        header=["№", "Что показываем и как считали", "Значение", "Ссылка на документ"],
        footer=["Зам. директора по УВР ____________ Н. А. Зорина", "13.12.2024"],
        share_typed=lambda v: v,
    )


# ---------------------------------------- 2. Гимназия № 1: terse --------------------------------------------
U3 = "https://gimn1-krivobor.ru/wp-content/uploads/2024/"
def form_gimn1():
    d = GIMN1
    rows = [
        S("1. Нормативка"),
        R("1.1", "Полож. о наст-ве педагогов (утв.)", "orgs_regulation_teachers", U3 + "09/polozh-nast-ped.pdf"),
        R("1.2", "Полож. о наст-ве гимназистов (утв.)", "orgs_regulation_students", U3 + "09/polozh-nast-uch.pdf"),
        R("1.3", "Приказ: мониторинг ЦМН", "orgs_monitoring_order", U3 + "10/prikaz-212-monitoring.pdf"),
        R("1.4", "Справка внутр. мониторинга", "internal_monitoring_notes", U3 + "11/spravka-vnutr-mon.pdf"),
        R("1.5", "Кураторы ЦМН, чел.", "curators_total", U3 + "09/prikaz-187-kurator.pdf"),
        S("2. Люди"),
        R("2.1", "Наставники всего (пр.)", "mentors_total", U3 + "09/prikaz-190-pary.pdf"),
        R("2.2", "Наставляемые всего (пр.)", "mentees_total", U3 + "09/prikaz-190-pary.pdf"),
        R("2.3", "Педагоги-наставники", "teachers_mentors", U3 + "09/prikaz-190-pary.pdf"),
        R("2.3.1", "  в т.ч. мол. спец.", "young_specialists_mentors", U3 + "09/prikaz-190-pary.pdf"),
        R("2.4", "Гимназисты-наставники 15–19 л.", "mentors_15_19", U3 + "09/prikaz-190-pary.pdf"),
        R("2.5", "Гимназистов 15–19 л. (всего)", "students_15_19"),
        R("2.6", "% наст.-гимназистов от 15–19 л.", "share_mentors_15_19"),
        R("2.7", "Наст. из др. ОО", "external_edu_mentors", U3 + "09/prikaz-190-pary.pdf"),
        R("2.8", "Наст. с предприятий", "enterprise_mentors", U3 + "09/prikaz-190-pary.pdf"),
        N("2.9", "Наст. старше 55 л.", 6),
        S("3. Партнёры"),
        R("3.1", "Соглаш. с ОО (дают наст.)", "agreements_edu_orgs", U3 + "03/soglasheniya-vuz-kolledzh.pdf"),
        R("3.2", "Соглаш. с предпр.", "agreements_enterprises", U3 + "03/soglashenie-kmz.pdf"),
        R("3.3", "Партнёры (назв.)", "partner_list", U3 + "03/partnery.pdf"),
        S("4. Персонализир. программы (ПП)"),
        R("4.1", "ПП всего", "pp_total", U3 + "09/prikaz-195-pp.pdf"),
        R("4.1.1", "  ПП уч-ся → уч-ся", "pp_pupil_pupil", U3 + "09/prikaz-195-pp.pdf"),
        R("4.1.2", "  ПП пед. → пед.", "pp_teacher_teacher", U3 + "09/prikaz-195-pp.pdf"),
        R("4.1.3", "  ПП админ. → пед.", "pp_head_teacher", U3 + "09/prikaz-195-pp.pdf"),
        R("4.1.4", "  ПП пед. → уч-ся", "pp_teacher_pupil", U3 + "09/prikaz-195-pp.pdf"),
        S("5. Гимназисты 10–19 л."),
        R("5.1", "Гимназистов 10–19 л.", "students_10_19"),
        R("5.2", "  из них наставляемые", "mentees_10_19", U3 + "09/prikaz-190-pary.pdf"),
        R("5.2.1", "    гр. риска", "mentees_risk", U3 + "09/prikaz-190-pary.pdf"),
        R("5.2.2", "    ОВЗ / инв.", "mentees_disabled", U3 + "09/prikaz-190-pary.pdf"),
        R("5.2.3", "    одарённые (реестр)", "mentees_gifted", U3 + "09/prikaz-190-pary.pdf"),
        R("5.2.4", "    низк. мотив. / неусп.", "mentees_low_motivation", U3 + "09/prikaz-190-pary.pdf"),
        R("5.2.5", "    проф. выбор", "mentees_career", U3 + "09/prikaz-190-pary.pdf"),
        R("5.2.6", "    прочее", "mentees_other_params", U3 + "09/prikaz-190-pary.pdf"),
        R("5.3", "% наставляемых 10–19 л.", "share_mentees_10_19"),
        N("5.4", "Гимназистов 1–11 кл.", 912),
        S("6. Педагоги"),
        R("6.1", "Мол. спец. (до 35, стаж ≤ 3)", "young_specialists"),
        R("6.1.1", "  с наставником", "young_specialists_mentees", U3 + "09/prikaz-190-pary.pdf"),
        R("6.2", "Пед. без мол. спец.", "teachers_other"),
        R("6.2.1", "  наставляемых", "teachers_other_mentees", U3 + "09/prikaz-190-pary.pdf"),
        R("6.3", "% пед. с наставником (все)", "share_teachers_mentees"),
        R("6.4", "% пед.-наставников", "share_teachers_mentors"),
        R("6.5", "КПК по наст-ву за 2024, чел.", "kpk_trained", U3 + "12/kpk-2024.pdf"),
        R("6.6", "ШМО наставников", "school_methodical_associations", U3 + "09/prikaz-shmo.pdf"),
        N("6.7", "Заявок на «Наставник года»", 2),
        S("7. Стимулы / итоги"),
        R("7.1", "ЛА об оплате наст.", "pay_acts", U3 + "01/lna-oplata.pdf"),
        R("7.2", "ЛА о немат. поощр.", "nonmaterial_acts", U3 + "01/lna-nematerialnoe.pdf"),
        R("7.3", "Удовл. наставляемых, %", "satisfaction_mentees", U3 + "12/ankety-itog.pdf"),
        R("7.4", "Удовл. наставников, %", "satisfaction_mentors", U3 + "12/ankety-itog.pdf"),
        N("7.5", "Пар наст-ков", 61, U3 + "09/prikaz-190-pary.pdf"),
    ]
    return dict(
        file="typed/gimn1_kratko.xlsx", sheet="ЦМН", org=d["org"], data=d, rows=rows,
        title=["ЦМН-2024", d["org"]],
        header=["№", "Показатель", "Знач.", "Док."],
        footer=["Исп. Седых О. В."],
        share_typed=lambda v: v, yesno=lambda v: v,
    )


# ---------------------------------------- 3. СОШ № 7: the method in the title --------------------------------
U7 = "https://sosh7krivobor.edusite.ru/DswMedia/"
def form_sosh7():
    d = SOSH7
    yn = yn_da
    rows = [
        S("Нормативные документы"),
        R(1, "Положение о наставничестве для учителей — утверждено приказом от 30.08.2023 № 76-о",
          "orgs_regulation_teachers", U7 + "prikaz76-o_polozhenie.pdf", typed=yn(1)),
        R(2, "Положение о наставничестве для учеников — тем же приказом № 76-о", "orgs_regulation_students",
          U7 + "prikaz76-o_polozhenie.pdf", typed=yn(1)),
        R(3, "Приказ о проведении мониторинга ЦМН в школе — от 02.10.2024 № 115-о", "orgs_monitoring_order",
          U7 + "prikaz115-o_monitoring.pdf", typed=yn(1)),
        R(4, "Справка по итогам школьного мониторинга ЦМН (составлена к 01.11.2024)", "internal_monitoring_notes",
          U7 + "spravka_monitoring_2024.pdf", typed=yn(1)),
        R(5, "Ответственные за ЦМН в школе — по приказу от 01.09.2024 № 98-о, чел.", "curators_total",
          U7 + "prikaz98-o.pdf"),
        S("Наставники и наставляемые"),
        R(6, "Наставники — по приказу о закреплении пар от 01.09.2024 № 98-о (все, чел.)", "mentors_total",
          U7 + "prikaz98-o.pdf"),
        R(7, "Наставляемые — по тому же приказу № 98-о (все, чел.)", "mentees_total", U7 + "prikaz98-o.pdf"),
        R(8, "Учителя-наставники (считали по приказу № 98-о)", "teachers_mentors", U7 + "prikaz98-o.pdf"),
        R(9, "   из них молодые специалисты (сверяли с личными делами)", "young_specialists_mentors",
          U7 + "prikaz98-o.pdf"),
        R(10, "Ученики-наставники 15–19 лет (приказ № 98-о, возраст — по дате рождения)", "mentors_15_19",
          U7 + "prikaz98-o.pdf"),
        R(11, "Учеников 15–19 лет всего (по АИС «Электронная школа» на 20.09.2024)", "students_15_19"),
        R(12, "Доля учеников-наставников 15–19 лет, % (строка 10 / строка 11)", "share_mentors_15_19"),
        N(13, "Наставляемые, закончившие программу в 2023/24 уч. г. (по журналу наставника)", 29),
        S("Учащиеся 10–19 лет"),
        R(14, "Учеников 10–19 лет всего (по АИС на 20.09.2024)", "students_10_19"),
        R(15, "Ученики 10–19 лет, у которых есть наставник (считали по журналам наставников)", "mentees_10_19",
          U7 + "prikaz98-o.pdf"),
        R("15.1", "— из них на учёте (ВШУ, ПДН, КДН) — по списку соцпедагога", "mentees_risk",
          U7 + "prikaz98-o.pdf"),
        R("15.2", "— из них ОВЗ и дети-инвалиды — по заключениям ПМПК и справкам МСЭ", "mentees_disabled",
          U7 + "prikaz98-o.pdf"),
        R("15.3", "— из них одарённые — сверяли с региональным реестром", "mentees_gifted", U7 + "prikaz98-o.pdf"),
        R("15.4", "— из них неуспевающие и слабомотивированные — по итогам четвертей", "mentees_low_motivation",
          U7 + "prikaz98-o.pdf"),
        R("15.5", "— из них не определились с профилем и профессией — по анкете профориентации",
          "mentees_career", U7 + "prikaz98-o.pdf"),
        R("15.6", "— из них по иным основаниям (посчитали остатком)", "mentees_other_params",
          U7 + "prikaz98-o.pdf"),
        R(16, "Доля учеников 10–19 лет с наставником, % (строка 15 / строка 14)", "share_mentees_10_19"),
        N(17, "Повысили успеваемость после работы с наставником — по итогам 2023/24 уч. г.", 9),
        S("Индивидуальные программы"),
        R(18, "Индивидуальные программы наставничества — утверждены приказом от 15.09.2024 № 102-о (всего)",
          "pp_total", U7 + "prikaz102-o_programmy.pdf"),
        R("18.1", "— «учитель – учитель» (по приказу № 102-о)", "pp_teacher_teacher", U7 + "prikaz102-o_programmy.pdf"),
        R("18.2", "— «ученик – ученик» (по приказу № 102-о)", "pp_pupil_pupil", U7 + "prikaz102-o_programmy.pdf"),
        R("18.3", "— «учитель – ученик» (по приказу № 102-о)", "pp_teacher_pupil", U7 + "prikaz102-o_programmy.pdf"),
        R("18.4", "— прочие (у нас «выпускник – ученик», по приказу № 102-о)", "pp_other",
          U7 + "prikaz102-o_programmy.pdf"),
        S("Учителя"),
        R(19, "Молодые специалисты (до 35 лет, стаж до 3 лет) — по штатному расписанию на 01.09.2024",
          "young_specialists"),
        R(20, "Молодые специалисты, закреплённые за наставником (приказ № 98-о)", "young_specialists_mentees",
          U7 + "prikaz98-o.pdf"),
        R(21, "Доля молодых специалистов с наставником, % (расчёт: 20 / 19)", "share_young_specialists_mentees"),
        R(22, "Прочие учителя (без молодых специалистов) — по штатному расписанию", "teachers_other"),
        R(23, "Прочие учителя, у которых есть наставник (приказ № 98-о)", "teachers_other_mentees",
          U7 + "prikaz98-o.pdf"),
        R(24, "Доля всех учителей, у кого есть наставник, % (расчёт: (20 + 23) / (19 + 22))",
          "share_teachers_mentees"),
        R(25, "Учителя в индивидуальных программах (по приказу № 102-о)", "teachers_in_pp",
          U7 + "prikaz102-o_programmy.pdf"),
        R(26, "Учителя, окончившие КПК по наставничеству в 2024 г. (по удостоверениям)", "kpk_trained",
          U7 + "kpk_udostovereniya.pdf"),
        R(27, "Какие курсы (по удостоверениям)", "kpk_courses", U7 + "kpk_udostovereniya.pdf"),
        N(28, "Педсоветов по наставничеству за год (по протоколам)", 2, U7 + "protokol_pedsovet_3.pdf"),
        S("Стимулирование и удовлетворённость"),
        R(29, "Положение о доплатах за наставничество (приказ от 31.08.2023 № 77-о), шт.", "pay_acts",
          U7 + "prikaz77-o_doplaty.pdf"),
        R(30, "Положение о моральном поощрении наставников, шт. — пока не принято", "nonmaterial_acts"),
        R(31, "Удовлетворённость наставляемых, % — анкеты по окончании программ (май 2024)",
          "satisfaction_mentees", U7 + "ankety_may2024.pdf"),
        R(32, "Удовлетворённость наставников, % — анкеты по окончании программ (май 2024)",
          "satisfaction_mentors", U7 + "ankety_may2024.pdf"),
    ]
    return dict(
        file="typed/sosh7_kak_schitali.xlsx", sheet="2024", org=d["org"], data=d, rows=rows,
        title=["Отчёт о внедрении целевой модели наставничества, 2024 г.",
               d["org"] + " Кривоборского района",
               "Значения — на 31.12.2024; в скобках указано, откуда взята цифра"],
        header=["№ п/п", "Наименование (откуда цифра)", "2024", "Подтверждение"],
        footer=["Директор ____________ В. И. Комаров", "Исполнитель: Лаптева Е. С., 8 (34150) 4-12-07"],
        share_typed=lambda v: v,
    )


# ---------------------------------------- 4. Лицей № 3: sentences ------------------------------------------
U4 = "https://licey3.krivobor-edu.ru/nastavnichestvo/"
def form_licey3():
    d = LICEY3
    yn = yn_da
    rows = [
        S("Документы"),
        R(1, "Положение о наставничестве педагогов у нас утверждено", "orgs_regulation_teachers",
          U4 + "docs/polozhenie-pedagogi.pdf", typed=yn(1)),
        R(2, "Для лицеистов своё положение о наставничестве тоже утвердили", "orgs_regulation_students",
          U4 + "docs/polozhenie-liceisty.pdf", typed=yn(1)),
        R(3, "Директор издал приказ, что мы проводим мониторинг ЦМН", "orgs_monitoring_order",
          U4 + "docs/prikaz-monitoring-2024.pdf", typed=yn(1)),
        R(4, "После своего мониторинга мы написали справку", "internal_monitoring_notes",
          U4 + "docs/spravka-2024.pdf", typed=yn(1)),
        R(5, "За внедрение ЦМН у нас отвечают … чел.", "curators_total", U4 + "docs/prikaz-kuratory.pdf"),
        S("Люди"),
        R(6, "Наставниками у нас работают … человек (все, кто в приказе)", "mentors_total",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(7, "За наставниками закреплено … человек (все подопечные по приказу)", "mentees_total",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(8, "Сами наставляют коллег и лицеистов … педагогов", "teachers_mentors",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(9, "Среди них есть молодые специалисты, и их …", "young_specialists_mentors",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(10, "Наставниками стали лицеисты 15–19 лет: … чел.", "mentors_15_19", U4 + "docs/prikaz-pary-2024.pdf"),
        R(11, "Всего у нас учатся … лицеистов 15–19 лет", "students_15_19"),
        R(12, "Значит, наставляет … % старших лицеистов", "share_mentors_15_19"),
        R(13, "Из вузов и колледжей к нам пришли наставниками … чел.", "external_edu_mentors",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(14, "С предприятий наставниками пришли … чел.", "enterprise_mentors", U4 + "docs/prikaz-pary-2024.pdf"),
        N(15, "Родителей, которые помогают нам как наставники, …", 5),
        S("Партнёры"),
        R(16, "Мы подписали … соглашения с вузом и колледжем, они дают нам наставников", "agreements_edu_orgs",
          U4 + "partners/soglasheniya-vuz-kolledzh.pdf"),
        R(17, "С предприятиями подписали … соглашение", "agreements_enterprises",
          U4 + "partners/soglashenie-hlebokombinat.pdf"),
        R(18, "По наставничеству мы сотрудничаем вот с кем:", "partner_list", U4 + "partners/"),
        R(19, "Договорились с ними вот о чём:", "agreement_subjects", U4 + "partners/"),
        S("Программы"),
        R(20, "Всего мы утвердили … персонализированных программ", "pp_total", U4 + "docs/prikaz-pp-2024.pdf"),
        R(21, "Из них лицеист ведёт лицеиста — …", "pp_pupil_pupil", U4 + "docs/prikaz-pp-2024.pdf"),
        R(22, "Педагог ведёт педагога — …", "pp_teacher_teacher", U4 + "docs/prikaz-pp-2024.pdf"),
        R(23, "Кто-то из администрации ведёт педагога — …", "pp_head_teacher", U4 + "docs/prikaz-pp-2024.pdf"),
        R(24, "Студенты ИжГТУ и колледжа ведут лицеистов — …", "pp_student_pupil",
          U4 + "docs/prikaz-pp-2024.pdf"),
        R(25, "Педагог ведёт лицеиста — …", "pp_teacher_pupil", U4 + "docs/prikaz-pp-2024.pdf"),
        N(26, "В 2025 году хотим утвердить ещё … программ", 10),
        S("Лицеисты"),
        R(27, "В лицее учатся … ребят 10–19 лет", "students_10_19"),
        R(28, "Из них наставник есть у …", "mentees_10_19", U4 + "docs/prikaz-pary-2024.pdf"),
        R(29, "Одарённых (они есть в реестре) среди подопечных — …", "mentees_gifted",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(30, "С выбором профессии наставники помогают … лицеистам", "mentees_career",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(31, "Подтягиваем отстающих и тех, кому неинтересно учиться: …", "mentees_low_motivation",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(32, "Ребят, которые на учёте (группа риска), ведут наставники: …", "mentees_risk",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(33, "Детей с ОВЗ и с инвалидностью среди подопечных …", "mentees_disabled",
          U4 + "docs/prikaz-pary-2024.pdf"),
        R(34, "И ещё … лицеистов — по другим причинам", "mentees_other_params", U4 + "docs/prikaz-pary-2024.pdf"),
        R(35, "Это … % всех ребят 10–19 лет", "share_mentees_10_19"),
        S("Педагоги"),
        R(36, "Молодых специалистов (до 35, первые три года) у нас работает …", "young_specialists"),
        R(37, "Наставника получили … из них", "young_specialists_mentees", U4 + "docs/prikaz-pary-2024.pdf"),
        R(38, "Остальных педагогов (не молодых специалистов) — …", "teachers_other"),
        R(39, "Из них тоже подопечными стали …", "teachers_other_mentees", U4 + "docs/prikaz-pary-2024.pdf"),
        R(40, "В персонализированных программах заняты … педагогов", "teachers_in_pp",
          U4 + "docs/prikaz-pp-2024.pdf"),
        R(41, "Курсы по наставничеству в 2024 году окончили … педагогов", "kpk_trained",
          U4 + "docs/kpk-2024.pdf"),
        R(42, "Методобъединение наставников в лицее у нас …", "school_methodical_associations",
          U4 + "docs/prikaz-mo-nastavnikov.pdf"),
        N(43, "На конкурс «Наставник года» мы подали … заявки", 2),
        S("Поощрение и отзывы"),
        R(44, "Оплату наставникам регулируют … локальных акта", "pay_acts", U4 + "docs/lna-oplata.pdf"),
        R(45, "Нематериально поощряем по … положению", "nonmaterial_acts", U4 + "docs/lna-pooshchrenie.pdf"),
        R(46, "Подопечные довольны программами на … %", "satisfaction_mentees", U4 + "docs/ankety-2024.pdf"),
        R(47, "Наставники довольны на … %", "satisfaction_mentors", U4 + "docs/ankety-2024.pdf"),
    ]
    return dict(
        file="typed/licey3_predlozheniya.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows,
        title=["Наставничество в лицее: итоги 2024 года", d["org"] + ", г. Кривобор"],
        header=["№", "Что у нас есть", "Сколько / да-нет", "Где посмотреть"],
        footer=["Куратор ЦМН Мельникова А. Р."],
        share_typed=lambda v: v,
    )


# ---------------------------------------- 5. Ивановская ООШ: word order turned -----------------------------
U5 = "https://ivanovskaya-oosh.gosuslugi.ru/netcat_files/nastavnichestvo/"
IVANOVKA_YOUNGER = 6


def form_ivanovka():
    d = IVANOVKA
    yn = yn_est
    rows = [
        S("Документы школы"),
        R(1, "Приказом утверждённое положение о наставничестве педработников", "orgs_regulation_teachers",
          U5 + "polozhenie_1.pdf", typed=yn(1)),
        R(2, "Приказом утверждённое положение о наставничестве детей", "orgs_regulation_students",
          U5 + "polozhenie_2.pdf", typed=yn(1)),
        R(3, "Мониторинга ЦМН приказ по школе", "orgs_monitoring_order", U5 + "prikaz_monitoring.pdf", typed=yn(1)),
        R(4, "Внутреннего мониторинга итоговая справка", "internal_monitoring_notes", typed=yn(0)),
        R(5, "ЦМН ответственный (куратор), чел.", "curators_total", U5 + "prikaz_kurator.pdf"),
        S("Наставники, наставляемые"),
        R(6, "Наставников, закреплённых приказом, общее число", "mentors_total", U5 + "prikaz_pary.pdf"),
        R(7, "Наставляемых, закреплённых приказом, общее число", "mentees_total", U5 + "prikaz_pary.pdf"),
        R(8, "Педработников-наставников", "teachers_mentors", U5 + "prikaz_pary.pdf"),
        R(9, "Наставников-детей 15–19 лет (9 кл.)", "mentors_15_19", U5 + "prikaz_pary.pdf"),
        R(10, "Наставников от предприятия (СПК)", "enterprise_mentors", U5 + "prikaz_pary.pdf"),
        R(11, "С предприятием соглашение, шт.", "agreements_enterprises", U5 + "soglashenie_spk.pdf"),
        R(12, "Партнёр по наставничеству (название)", "partner_list", U5 + "soglashenie_spk.pdf"),
        N(13, "Наставляемых, выбывших в другие школы за год", 1),
        S("Индивидуальные планы наставничества"),
        R(14, "Планов индивидуальных утверждённых, всего", "pp_total", U5 + "prikaz_plany.pdf"),
        R(15, "   «ученик → ученик» (старший младшему)", "pp_pupil_pupil", U5 + "prikaz_plany.pdf"),
        R(16, "   «педагог → педагог»", "pp_teacher_teacher", U5 + "prikaz_plany.pdf"),
        R(17, "   «педагог → ученик»", "pp_teacher_pupil", U5 + "prikaz_plany.pdf"),
        S("Дети"),
        R(18, "10–19 лет детей в школе, всего", "students_10_19"),
        R(19, "10–19 лет детей-наставляемых", "mentees_10_19", U5 + "prikaz_pary.pdf"),
        R(20, "   в т.ч. группы риска дети", "mentees_risk", U5 + "prikaz_pary.pdf"),
        R(21, "   в т.ч. с ОВЗ / инвалидностью дети", "mentees_disabled", U5 + "prikaz_pary.pdf"),
        R(22, "   в т.ч. одарённые (из реестра)", "mentees_gifted"),
        R(23, "   в т.ч. с низкой мотивацией, неуспевающие", "mentees_low_motivation", U5 + "prikaz_pary.pdf"),
        R(24, "   в т.ч. другое", "mentees_other_params", U5 + "prikaz_pary.pdf"),
        R(25, "Наставляемых детей 10–19 лет доля, %", "share_mentees_10_19"),
        R(26, "15–19 лет детей, всего (9 кл.)", "students_15_19"),
        R(27, "Наставников-детей доля от 15–19-летних, %", "share_mentors_15_19"),
        N(28, "1–4 классов детей, у которых есть наставник", IVANOVKA_YOUNGER, U5 + "prikaz_pary.pdf"),
        S("Педработники"),
        R(29, "Специалистов молодых (до 35 лет, стаж до 3 лет)", "young_specialists"),
        R(30, "   из них с наставником", "young_specialists_mentees", U5 + "prikaz_pary.pdf"),
        R(31, "Педработников прочих (без молодых)", "teachers_other"),
        R(32, "   наставляемых среди прочих", "teachers_other_mentees", U5 + "prikaz_pary.pdf"),
        R(33, "С наставником молодых специалистов доля, %", "share_young_specialists_mentees"),
        R(34, "В индивидуальных планах занятых педработников", "teachers_in_pp", U5 + "prikaz_plany.pdf"),
        R(35, "По наставничеству КПК прошли в 2024 г., чел.", "kpk_trained", U5 + "kpk_2024.pdf"),
        S("Поощрение"),
        R(36, "Об оплате наставникам локальный акт, шт.", "pay_acts"),
        R(37, "О нематериальном поощрении наставников акт, шт.", "nonmaterial_acts", U5 + "polozhenie_pooshchr.pdf"),
        R(38, "Наставляемых удовлетворённость, %", "satisfaction_mentees", U5 + "ankety.pdf"),
        R(39, "Наставников удовлетворённость, %", "satisfaction_mentors", U5 + "ankety.pdf"),
        N(40, "Совместных с СПК мероприятий за год", 4),
    ]
    return dict(
        file="typed/ivanovskaya_oosh.xlsx", sheet="Лист1", org=d["org"], data=d, rows=rows,
        title=["Информация по наставничеству за 2024 год", d["org"], "Кривоборский район УР"],
        header=["№", "Показатель", "Значение", "Ссылка"],
        footer=["Директор школы ____________ Т. П. Иванова"],
        share_typed=pct_text,
    )


# ---------------------------------------- 6. ДДТ: менти, планы --------------------------------------------
U6 = "https://ddt-krivobor.gosuslugi.ru/netcat_files/userfiles/CMN/"
def form_ddt():
    d = DDT
    yn = yn_da
    rows = [
        S("А. Документы"),
        R("А1", "Положение о наставничестве для педсостава ДДТ (утв.)", "orgs_regulation_teachers",
          U6 + "Polozhenie_pedsostav.pdf", typed=yn(1)),
        R("А2", "Положение о наставничестве для воспитанников (утв.)", "orgs_regulation_students",
          U6 + "Polozhenie_vospitanniki.pdf", typed=yn(1)),
        R("А3", "Мониторинг ЦМН в ДДТ — приказ", "orgs_monitoring_order", U6 + "Prikaz_monitoring_2024.pdf",
          typed=yn(1)),
        R("А4", "Аналитика по своему мониторингу (справка)", "internal_monitoring_notes",
          U6 + "Spravka_monitoring_2024.pdf", typed=yn(1)),
        R("А5", "Куратор ЦМН, чел.", "curators_total", U6 + "Prikaz_kurator.pdf"),
        S("Б. Наставники и менти"),
        R("Б1", "Наставники (все по приказу), чел.", "mentors_total", U6 + "Prikaz_pary_2024.pdf"),
        R("Б2", "Менти — все по приказу", "mentees_total", U6 + "Prikaz_pary_2024.pdf"),
        R("Б3", "Педагоги ДО, которые сами наставники", "teachers_mentors", U6 + "Prikaz_pary_2024.pdf"),
        R("Б3.1", "   …и молодые среди них", "young_specialists_mentors", U6 + "Prikaz_pary_2024.pdf"),
        R("Б4", "Воспитанники 15–19 лет — наставники (приказ)", "mentors_15_19", U6 + "Prikaz_pary_2024.pdf"),
        R("Б5", "Наставники от партнёров (музей, ДК)", "other_org_mentors", U6 + "Prikaz_pary_2024.pdf"),
        R("Б6", "Соглашения с партнёрами (музей, ДК) о наставниках", "agreements_other_orgs",
          U6 + "Soglasheniya_muzei_DK.pdf"),
        R("Б7", "Партнёры — кто", "partner_list", U6 + "Soglasheniya_muzei_DK.pdf"),
        N("Б8", "Наставники, прошедшие внутреннюю «Школу наставника» ДДТ (не КПК)", 9, U6 + "Shkola_nastavnika.pdf"),
        S("В. Индивидуальные планы"),
        R("В1", "Индивидуальные планы наставничества (утв.), всего", "pp_total", U6 + "Prikaz_plany.pdf"),
        R("В1.1", "   — план «воспитанник → воспитанник»", "pp_pupil_pupil", U6 + "Prikaz_plany.pdf"),
        R("В1.2", "   — план «педагог → педагог»", "pp_teacher_teacher", U6 + "Prikaz_plany.pdf"),
        R("В1.3", "   — план «педагог → воспитанник»", "pp_teacher_pupil", U6 + "Prikaz_plany.pdf"),
        S("Г. Воспитанники"),
        R("Г1", "Воспитанников 10–19 лет (контингент ДДТ на 01.10)", "students_10_19"),
        R("Г2", "Менти 10–19 лет", "mentees_10_19", U6 + "Prikaz_pary_2024.pdf"),
        R("Г2.1", "   — одарённые (в реестре)", "mentees_gifted", U6 + "Prikaz_pary_2024.pdf"),
        R("Г2.2", "   — ОВЗ, инвалидность", "mentees_disabled", U6 + "Prikaz_pary_2024.pdf"),
        R("Г2.3", "   — группа риска", "mentees_risk", U6 + "Prikaz_pary_2024.pdf"),
        R("Г2.4", "   — профориентация (не определились)", "mentees_career", U6 + "Prikaz_pary_2024.pdf"),
        R("Г2.5", "   — иное", "mentees_other_params", U6 + "Prikaz_pary_2024.pdf"),
        R("Г3", "Менти 10–19 лет от контингента, %", "share_mentees_10_19"),
        R("Г4", "Воспитанников 15–19 лет", "students_15_19"),
        R("Г5", "Наставники-воспитанники от 15–19-летних, %", "share_mentors_15_19"),
        N("Г6", "Творческих объединений (кружков, студий)", 46),
        N("Г7", "Менти — призёры конкурсов вместе с наставником", 11, U6 + "Diplomy_2024.pdf"),
        S("Д. Педагоги"),
        R("Д1", "Молодые педагоги: до 35, стаж < 3 лет", "young_specialists"),
        R("Д1.1", "   — они же менти", "young_specialists_mentees", U6 + "Prikaz_pary_2024.pdf"),
        R("Д2", "Прочие педагоги (без молодых)", "teachers_other"),
        R("Д2.1", "   — менти среди них", "teachers_other_mentees", U6 + "Prikaz_pary_2024.pdf"),
        R("Д3", "Все педагоги-менти, %", "share_teachers_mentees"),
        R("Д4", "Педагоги в индивидуальных планах", "teachers_in_pp", U6 + "Prikaz_plany.pdf"),
        R("Д5", "Обучились на КПК по наставничеству (2024)", "kpk_trained", U6 + "KPK_2024.pdf"),
        R("Д6", "Методобъединение наставников ДДТ", "school_methodical_associations", U6 + "Prikaz_MO.pdf"),
        S("Е. Мотивация и обратная связь"),
        R("Е1", "Доплата наставникам — локальный акт", "pay_acts"),
        R("Е2", "Нематериальное поощрение наставников — локальный акт", "nonmaterial_acts",
          U6 + "Polozhenie_pooshchrenie.pdf"),
        R("Е3", "Менти довольны, %", "satisfaction_mentees", U6 + "Oprosy_2024.pdf"),
        R("Е4", "Наставники довольны, %", "satisfaction_mentors", U6 + "Oprosy_2024.pdf"),
    ]
    return dict(
        file="typed/ddt_menti.xlsx", sheet="ДДТ 2024", org=d["org"], data=d, rows=rows,
        title=[d["org"], "Наставничество (ЦМН) — данные за 2024 год",
               "сведения на 31.12.2024, заполняла методист по ЦМН"],
        header=["№", "Позиция", "Данные", "Документ (ссылка)"],
        footer=["Методист Ярцева К. Д."],
        share_typed=lambda v: v,
    )


# ---------------------------------------- 7. СОШ № 4: notes to a colleague -------------------------------
U8 = "https://sosh4-krivobor.gosuslugi.ru/ofitsialno/nastavnichestvo/"
def form_sosh4():
    d = SOSH4
    rows = [
        S("Раздел 1 (документы) — ставим 1, если документ есть, и 0, если нет"),
        R("1", "Наставничество учителей: своё Положение, утверждено (ставим 1/0)", "orgs_regulation_teachers",
          U8 + "polozhenie-uchitelya.pdf"),
        R("2", "Наставничество ребят: своё Положение, утверждено (1/0)", "orgs_regulation_students",
          U8 + "polozhenie-ucheniki.pdf"),
        R("3", "Мониторинг ЦМН в школе объявлен приказом (1/0)", "orgs_monitoring_order",
          U8 + "prikaz-monitoring.pdf"),
        R("4", "Итоговая справка о нашем внутреннем мониторинге (1/0)", "internal_monitoring_notes",
          U8 + "spravka-monitoring.pdf"),
        R("5", "Кураторы — это те, кто ведёт ЦМН в школе по приказу (не путать с наставниками!)",
          "curators_total", U8 + "prikaz-kurator.pdf"),
        S("Раздел 2 (люди) — всё строго по приказу о закреплении"),
        R("6", "Наставники — все сразу: учителя + старшеклассники + приглашённые", "mentors_total",
          U8 + "prikaz-zakreplenie.pdf"),
        R("7", "Подопечные — все сразу: и дети, и учителя", "mentees_total", U8 + "prikaz-zakreplenie.pdf"),
        R("8", "Учителя, которые ведут подопечных (педагоги в роли наставников)", "teachers_mentors",
          U8 + "prikaz-zakreplenie.pdf"),
        R("9", "Из строки 8 — молодые специалисты (до 35 лет и стаж до 3 лет)", "young_specialists_mentors",
          U8 + "prikaz-zakreplenie.pdf"),
        R("10", "Ученики-наставники, только возраст 15–19 (младших не берём)", "mentors_15_19",
          U8 + "prikaz-zakreplenie.pdf"),
        R("11", "Учеников 15–19 лет — всех, не только наставников", "students_15_19"),
        R("12", "% учеников-наставников = стр. 10 : стр. 11 × 100", "share_mentors_15_19"),
        R("13", "Пришли наставниками из других ОО (колледж, СОШ № 2)", "external_edu_mentors",
          U8 + "prikaz-zakreplenie.pdf"),
        R("14", "Пришли наставниками из прочих организаций (совет ветеранов)", "other_org_mentors",
          U8 + "prikaz-zakreplenie.pdf"),
        N("15", "Выпускники прошлых лет, которые приходят помогать (без приказа)", 4),
        S("Раздел 3 (партнёры)"),
        R("16", "Соглашения с другими ОО, откуда нам дают наставников (колледж, СОШ № 2)", "agreements_edu_orgs",
          U8 + "soglasheniya-oo.pdf"),
        R("17", "Соглашения с прочими организациями — не ОО и не предприятия (совет ветеранов)",
          "agreements_other_orgs", U8 + "soglashenie-veterany.pdf"),
        R("18", "Партнёры по наставничеству, все по названию через «;»", "partner_list", U8 + "partnery.pdf"),
        S("Раздел 4 (персонализированные программы — ПП; считаем только утверждённые)"),
        R("19", "ПП всех форм — сумма строк 19.1–19.5", "pp_total", U8 + "prikaz-pp.pdf"),
        R("19.1", "ПП, где наставник и подопечный — оба ученики", "pp_pupil_pupil", U8 + "prikaz-pp.pdf"),
        R("19.2", "ПП, где наставник и подопечный — оба учителя", "pp_teacher_teacher", U8 + "prikaz-pp.pdf"),
        R("19.3", "ПП, где наставник — директор или завуч, подопечный — учитель", "pp_head_teacher",
          U8 + "prikaz-pp.pdf"),
        R("19.4", "ПП, где наставник — учитель, подопечный — ученик", "pp_teacher_pupil", U8 + "prikaz-pp.pdf"),
        R("19.5", "ПП, где наставник — студент колледжа, подопечный — ученик", "pp_student_pupil",
          U8 + "prikaz-pp.pdf"),
        S("Раздел 5 (дети 10–19 лет) — считаем только подопечных, наставников-детей сюда не пишем"),
        R("20", "Детей 10–19 лет в школе — все, по алфавитной книге", "students_10_19"),
        R("21", "Дети 10–19 лет, у которых есть наставник (подопечные)", "mentees_10_19",
          U8 + "prikaz-zakreplenie.pdf"),
        R("21.1", "…из строки 21: «группа риска» (ВШК, ПДН)", "mentees_risk", U8 + "prikaz-zakreplenie.pdf"),
        R("21.2", "…из строки 21: дети-инвалиды и дети с ОВЗ", "mentees_disabled", U8 + "prikaz-zakreplenie.pdf"),
        R("21.3", "…из строки 21: одарённые, только кто в реестре", "mentees_gifted",
          U8 + "prikaz-zakreplenie.pdf"),
        R("21.4", "…из строки 21: неуспевающие / нет желания учиться", "mentees_low_motivation",
          U8 + "prikaz-zakreplenie.pdf"),
        R("21.5", "…из строки 21: профориентация — не знают, куда идти после школы", "mentees_career",
          U8 + "prikaz-zakreplenie.pdf"),
        R("21.6", "…из строки 21: все остальные причины", "mentees_other_params", U8 + "prikaz-zakreplenie.pdf"),
        R("22", "% детей-подопечных = стр. 21 : стр. 20 × 100", "share_mentees_10_19"),
        N("23", "Подопечные 10–19 лет, у кого улучшились оценки за год, %", 38.46),
        S("Раздел 6 (учителя) — молодой специалист = до 35 лет и первые 3 года стажа"),
        R("24", "Молодые специалисты — все, сколько их работает", "young_specialists"),
        R("25", "Молодые специалисты, у которых есть наставник", "young_specialists_mentees",
          U8 + "prikaz-zakreplenie.pdf"),
        R("26", "Остальные учителя (кроме молодых специалистов) — все", "teachers_other"),
        R("27", "Остальные учителя, у которых есть наставник", "teachers_other_mentees",
          U8 + "prikaz-zakreplenie.pdf"),
        R("28", "% учителей с наставником = (стр. 25 + стр. 27) : (стр. 24 + стр. 26) × 100",
          "share_teachers_mentees"),
        R("29", "Учителя, у которых есть утверждённая ПП (наставник или подопечный)", "teachers_in_pp",
          U8 + "prikaz-pp.pdf"),
        R("30", "Курсы по наставничеству — сколько учителей прошли за 2024 год", "kpk_trained",
          U8 + "kpk-2024.pdf"),
        R("31", "ШМО (школьное методобъединение) наставников — сколько", "school_methodical_associations",
          U8 + "prikaz-shmo.pdf"),
        N("32", "Наставников, получивших доплату в декабре 2024 г.", 14),
        S("Раздел 7 (поощрение, анкеты)"),
        R("33", "Локальный акт про доплату наставникам — сколько актов", "pay_acts", U8 + "lna-doplata.pdf"),
        R("34", "Локальный акт про грамоты/благодарности наставникам — сколько актов", "nonmaterial_acts",
          U8 + "lna-pooshchrenie.pdf"),
        R("35", "Анкета подопечных после окончания программы — средний % довольных", "satisfaction_mentees",
          U8 + "ankety-2024.pdf"),
        R("36", "Анкета наставников после окончания программы — средний % довольных", "satisfaction_mentors",
          U8 + "ankety-2024.pdf"),
    ]
    return dict(
        file="typed/sosh4_dlya_kollegi.xlsx", sheet="Форма", org=d["org"], data=d, rows=rows,
        title=["Мониторинг ЦМН — 2024", d["org"],
               "Галина Петровна, заполнила по нашим приказам, пояснения оставила в строках — проверьте, пожалуйста"],
        header=["№", "Показатель (с пояснением)", "Значение", "Ссылка"],
        footer=["Заполнила: Белова С. А., педагог-организатор"],
        share_typed=lambda v: v, yesno=lambda v: v,
    )


FORMS = [form_sosh2, form_gimn1, form_sosh7, form_licey3, form_ivanovka, form_ddt, form_sosh4]


# --------------------------------------------------------------------------------------------------------------
def typed_value(form, cid, unit, v, override):
    if override is not None:
        return override
    if unit == "share":
        return form["share_typed"](v)
    if unit == "yesno":
        return form.get("yesno", yn_da)(v)
    return v


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(form, cat, cells):
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = form["sheet"]
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 62
    r = 1
    for i, t in enumerate(form["title"]):
        ws.cell(r, 1, t).font = Font(bold=(i < 2), size=(12 if i < 2 else 10), italic=(i >= 2))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
    r += 1
    for c, h in enumerate(form["header"], start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    d = form["data"]
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    seen = set()
    for row in form["rows"]:
        if row[0] == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            entry["headings"].append(row[1])
            r += 1
            continue
        if row[0] == "R":
            _, no, title, cid, link, override = row
            assert cid in cat, cid
            assert cat[cid]["wording_2024"].strip(), cid + " is not a 2024 criterion"
            assert cid not in seen, (form["file"], cid)
            seen.add(cid)
            unit = cat[cid]["unit"]
            v = d[cid]
            tv = typed_value(form, cid, unit, v, override)
            ws.cell(r, 1, no)
            ws.cell(r, 2, title)
            vc = ws.cell(r, 3, tv)
            if isinstance(tv, float):
                vc.number_format = "0.00"
            entry["values"][cid] = v
            cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vc.coordinate, "criterion": cid,
                          "kind": "value", "expected": v, "typed": tv, "row_title": title})
            if link:
                lc = ws.cell(r, 4, link)
                entry["links"][cid] = link
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": lc.coordinate,
                              "criterion": cid, "kind": "link", "expected": link, "row_title": title})
        else:
            _, no, title, value, link = row
            ws.cell(r, 1, no)
            ws.cell(r, 2, title)
            ws.cell(r, 3, value)
            if link:
                ws.cell(r, 4, link)
            entry["not_criteria"].append(title)
        for c in range(1, 5):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=(c in (2, 4)), vertical="top",
                                       horizontal=("center" if c == 3 else None))
        r += 1
    r += 1
    for t in form.get("footer", []):
        ws.cell(r, 2, t)
        r += 1
    TYPED.mkdir(exist_ok=True)
    wb.save(HERE / form["file"])
    return entry


def main():
    cat = load_catalogue()
    cells, expected = [], []
    for f in FORMS:
        expected.append(build(f(), cat, cells))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows")


if __name__ == "__main__":
    main()
