#!/usr/bin/env python3
"""heldout121: one REGIONAL template («Заречный край», invented) for the 2024 ЦМН monitoring, filled by six
organisations of one municipality (five schools and one ДОП). The ministry rewrote every criterion in its own
official language, numbered the rows «1.», «1.1», «1.1.1», named its own sections and put the directions in its own
order. Every file has the same wording; two schools inserted one own row each, one school deleted two rows.
Columns: «№ п/п | Наименование показателя | Единица измерения | Значение показателя | Подтверждающий документ
(ссылка)». Deterministic (no randomness, pinned document times).

Writes typed/*.xlsx, expected.json, cells.json next to this script.
"""
import csv
import datetime
import json
import pathlib
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024
FIXED_TIME = datetime.datetime(2024, 12, 20, 9, 30, 0)
SHEET = "ЦМН-2024"
MUNICIPALITY = "Ольховский муниципальный округ Заречного края"


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


# --------------------------------------------------------------------------------------------------------------
# The regional template.  ("S", no, heading) = section row; ("R", no, title, unit, criterion id) = criterion row;
# ("N", no, title, unit, key) = a row of the template that looks like a criterion but is not one of the catalogue
# (its value is data[key]).  The ministry's order of directions: teachers, pupils, documents, partners,
# personalised programmes, totals and satisfaction.
# --------------------------------------------------------------------------------------------------------------
TEMPLATE = [
    ("S", "1.", "Кадровое обеспечение наставнической деятельности"),
    ("N", "1.1", "Численность педагогических кадров организации (по штатному расписанию на 01.09.2024)", "чел.",
     "teachers_all"),
    ("R", "1.1.1", "в том числе молодые специалисты – лица в возрасте до 35 лет, имеющие стаж педагогической "
                   "работы не более трёх лет", "чел.", "young_specialists"),
    ("R", "1.1.2", "в том числе педагогические кадры, не относящиеся к категории молодых специалистов", "чел.",
     "teachers_other"),
    ("R", "1.2", "Численность педагогических кадров, осуществляющих наставническую деятельность", "чел.",
     "teachers_mentors"),
    ("R", "1.3", "Численность молодых специалистов, в отношении которых осуществляется наставничество", "чел.",
     "young_specialists_mentees"),
    ("R", "1.4", "Численность педагогических кадров (без учёта молодых специалистов), в отношении которых "
                 "осуществляется наставничество", "чел.", "teachers_other_mentees"),
    ("R", "1.5", "Удельный вес педагогических кадров (включая молодых специалистов), в отношении которых "
                 "осуществляется наставничество, в общей численности педагогических кадров организации", "%",
     "share_teachers_mentees"),
    ("R", "1.6", "Численность педагогических кадров, прошедших в отчётном году обучение по дополнительным "
                 "профессиональным программам повышения квалификации в сфере наставничества", "чел.",
     "kpk_trained"),
    ("S", "2.", "Охват обучающихся мероприятиями наставнической направленности"),
    ("R", "2.1", "Контингент обучающихся организации возрастной группы 10–19 лет (по состоянию на 20.09.2024)",
     "чел.", "students_10_19"),
    ("R", "2.2", "Численность обучающихся возрастной группы 10–19 лет, охваченных наставничеством в качестве "
                 "лиц, в отношении которых осуществляется наставничество", "чел.", "mentees_10_19"),
    ("R", "2.2.1", "из них состоящие на профилактическом учёте («группа риска»)", "чел.", "mentees_risk"),
    ("R", "2.2.2", "из них обучающиеся с ограниченными возможностями здоровья и дети-инвалиды", "чел.",
     "mentees_disabled"),
    ("R", "2.2.3", "из них обучающиеся, проявившие выдающиеся способности и включённые в региональный реестр "
                   "одарённых детей", "чел.", "mentees_gifted"),
    ("R", "2.2.4", "из них обучающиеся с низкой учебной мотивацией и (или) академической неуспеваемостью", "чел.",
     "mentees_low_motivation"),
    ("R", "2.2.5", "из них обучающиеся, испытывающие затруднения в профессиональном самоопределении и выборе "
                   "образовательного маршрута", "чел.", "mentees_career"),
    ("R", "2.2.6", "из них обучающиеся, охваченные наставничеством по иным основаниям", "чел.",
     "mentees_other_params"),
    ("R", "2.3", "Удельный вес обучающихся возрастной группы 10–19 лет, охваченных наставничеством в качестве "
                 "наставляемых, в общем контингенте обучающихся данной возрастной группы", "%",
     "share_mentees_10_19"),
    ("R", "2.4", "Контингент обучающихся организации возрастной группы 15–19 лет", "чел.", "students_15_19"),
    ("R", "2.5", "Численность обучающихся возрастной группы 15–19 лет, привлечённых к наставнической деятельности "
                 "в качестве наставников (согласно распорядительному акту организации)", "чел.", "mentors_15_19"),
    ("R", "2.6", "Удельный вес обучающихся возрастной группы 15–19 лет, привлечённых к наставнической "
                 "деятельности в качестве наставников, в общем контингенте обучающихся данной возрастной группы",
     "%", "share_mentors_15_19"),
    ("N", "2.7", "Численность обучающихся общеобразовательных организаций в возрасте 7–9 лет, охваченных "
                 "наставничеством", "чел.", "young_pupils_7_9"),
    ("S", "3.", "Нормативное правовое и организационное обеспечение"),
    ("R", "3.1", "Наличие нормативного правового акта организации, регламентирующего наставничество в отношении "
                 "педагогических кадров (положение о системе наставничества)", "да/нет", "orgs_regulation_teachers"),
    ("R", "3.2", "Наличие нормативного правового акта организации, регламентирующего наставничество в отношении "
                 "обучающихся", "да/нет", "orgs_regulation_students"),
    ("R", "3.3", "Наличие распорядительного акта организации о проведении мероприятий мониторинга внедрения "
                 "целевой модели наставничества", "да/нет", "orgs_monitoring_order"),
    ("R", "3.4", "Наличие аналитической справки, подготовленной организацией по результатам внутренних "
                 "мероприятий мониторинга", "да/нет", "internal_monitoring_notes"),
    ("R", "3.5", "Численность работников, назначенных ответственными за внедрение целевой модели наставничества "
                 "(кураторов)", "чел.", "curators_total"),
    ("R", "3.6", "Количество локальных нормативных актов, устанавливающих выплаты стимулирующего характера за "
                 "осуществление наставнической деятельности", "ед.", "pay_acts"),
    ("R", "3.7", "Количество локальных нормативных актов, предусматривающих меры морального стимулирования "
                 "наставников", "ед.", "nonmaterial_acts"),
    ("S", "4.", "Сетевое взаимодействие и социальное партнёрство"),
    ("R", "4.1", "Количество соглашений о сетевом взаимодействии с образовательными организациями, направляющими "
                 "своих работников для осуществления наставнической деятельности", "ед.", "agreements_edu_orgs"),
    ("R", "4.2", "Количество договоров о партнёрстве с предприятиями (работодателями), работники которых "
                 "привлечены к наставнической деятельности", "ед.", "agreements_enterprises"),
    ("R", "4.3", "Количество договоров о партнёрстве с иными организациями (учреждения культуры, спорта, "
                 "общественные объединения и др.), работники которых привлечены к наставнической деятельности",
     "ед.", "agreements_other_orgs"),
    ("R", "4.4", "Перечень организаций-партнёров, взаимодействующих с организацией в сфере наставничества "
                 "(наименования через точку с запятой)", "—", "partner_list"),
    ("R", "4.5", "Численность наставников, привлечённых из сторонних образовательных организаций (согласно "
                 "распорядительному акту)", "чел.", "external_edu_mentors"),
    ("R", "4.6", "Численность наставников, привлечённых из числа работников предприятий", "чел.",
     "enterprise_mentors"),
    ("R", "4.7", "Численность наставников, привлечённых из иных организаций (за исключением образовательных "
                 "организаций и предприятий)", "чел.", "other_org_mentors"),
    ("S", "5.", "Персонализированные программы наставничества"),
    ("R", "5.1", "Количество персонализированных программ наставничества, утверждённых в организации, всего",
     "ед.", "pp_total"),
    ("R", "5.1.1", "в том числе реализуемых в форме «обучающийся – обучающийся»", "ед.", "pp_pupil_pupil"),
    ("R", "5.1.2", "в том числе реализуемых в форме «педагог – педагог»", "ед.", "pp_teacher_teacher"),
    ("R", "5.1.3", "в том числе реализуемых в форме «руководитель – педагогический работник»", "ед.",
     "pp_head_teacher"),
    ("R", "5.1.4", "в том числе реализуемых в форме «студент – обучающийся»", "ед.", "pp_student_pupil"),
    ("R", "5.1.5", "в том числе реализуемых в форме «педагог – обучающийся»", "ед.", "pp_teacher_pupil"),
    ("R", "5.1.6", "в том числе реализуемых в иных формах", "ед.", "pp_other"),
    ("S", "6.", "Результативность внедрения целевой модели наставничества"),
    ("R", "6.1", "Общая численность наставников, закреплённых распорядительным актом организации", "чел.",
     "mentors_total"),
    ("R", "6.2", "Общая численность лиц, в отношении которых осуществляется наставничество, закреплённых "
                 "распорядительным актом организации", "чел.", "mentees_total"),
    ("N", "6.3", "Количество наставнических пар (групп), сформированных в отчётном году", "ед.", "pairs"),
    ("R", "6.4", "Степень удовлетворённости лиц, в отношении которых осуществлялось наставничество, участием в "
                 "завершившихся программах (по результатам анкетирования)", "%", "satisfaction_mentees"),
    ("R", "6.5", "Степень удовлетворённости наставников участием в завершившихся программах (по результатам "
                 "анкетирования)", "%", "satisfaction_mentors"),
]

UNIT_OF = {"count": ("чел.", "ед."), "share": ("%",), "level": ("%",), "yesno": ("да/нет",), "list": ("—",),
           "text": ("—",)}


def derive(d):
    """Totals and shares that follow from the organisation's own figures."""
    d = dict(d)
    d["pp_total"] = sum(d[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                       "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
                          + d["enterprise_mentors"] + d["other_org_mentors"])
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    cats = sum(d[k] for k in ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation",
                              "mentees_career", "mentees_other_params"))
    assert cats == d["mentees_10_19"], (d["org"], cats, d["mentees_10_19"])
    d["teachers_all"] = d["teachers_other"] + d["young_specialists"]
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"],
                                      d["teachers_all"])
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d["teachers_mentors"] <= d["teachers_all"]
    assert d["kpk_trained"] <= d["teachers_all"]
    n_partners = len([p for p in d["partner_list"].split(";") if p.strip()])
    assert n_partners == d["agreements_edu_orgs"] + d["agreements_enterprises"] + d["agreements_other_orgs"], d["org"]
    return d


# --------------------------------------------------------------------------------------------------------------
# The six organisations (Ольховский муниципальный округ, Заречный край — invented)
# --------------------------------------------------------------------------------------------------------------
SOSH1 = derive(dict(
    org="МБОУ «Ольховская средняя общеобразовательная школа № 1»",
    young_specialists=6, teachers_other=38, teachers_mentors=14, young_specialists_mentees=5,
    teachers_other_mentees=3, kpk_trained=4,
    students_10_19=398, mentees_10_19=46, mentees_risk=7, mentees_disabled=5, mentees_gifted=6,
    mentees_low_motivation=12, mentees_career=10, mentees_other_params=6,
    students_15_19=104, mentors_15_19=12, young_pupils_7_9=18,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
    partner_list="ГБПОУ Заречного края «Ольховский политехнический техникум»; "
                 "АО «Ольховский деревообрабатывающий комбинат»",
    external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=0,
    pp_pupil_pupil=10, pp_teacher_teacher=6, pp_head_teacher=1, pp_student_pupil=2, pp_teacher_pupil=15, pp_other=0,
    pairs=41, satisfaction_mentees=91.3, satisfaction_mentors=88.6,
))

GIMN = derive(dict(
    org="МАОУ «Ольховская гимназия»",
    young_specialists=9, teachers_other=57, teachers_mentors=24, young_specialists_mentees=8,
    teachers_other_mentees=5, kpk_trained=6,
    students_10_19=560, mentees_10_19=63, mentees_risk=2, mentees_disabled=3, mentees_gifted=24,
    mentees_low_motivation=8, mentees_career=18, mentees_other_params=8,
    students_15_19=185, mentors_15_19=22, young_pupils_7_9=25,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=1,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="ФГБОУ ВО «Заречный государственный педагогический университет»; "
                 "ГБПОУ Заречного края «Ольховский педагогический колледж»; "
                 "ООО «Ольховская типография «Вестник»»; МБУК «Ольховская центральная библиотека»",
    external_edu_mentors=3, enterprise_mentors=1, other_org_mentors=1,
    pp_pupil_pupil=18, pp_teacher_teacher=9, pp_head_teacher=2, pp_student_pupil=3, pp_teacher_pupil=20, pp_other=1,
    school_methodical_associations=2,
    pairs=70, satisfaction_mentees=94.2, satisfaction_mentors=91.0,
))

SOSH3 = derive(dict(
    org="МБОУ «Ольховская СОШ № 3 с углублённым изучением отдельных предметов»",
    young_specialists=5, teachers_other=46, teachers_mentors=17, young_specialists_mentees=5,
    teachers_other_mentees=2, kpk_trained=3,
    students_10_19=470, mentees_10_19=52, mentees_risk=9, mentees_disabled=6, mentees_gifted=5,
    mentees_low_motivation=14, mentees_career=11, mentees_other_params=7,
    svo_children=4,  # their own sub-row: an overlap of the six groups, not a seventh group
    students_15_19=121, mentors_15_19=14, young_pupils_7_9=21,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=0,
    agreements_edu_orgs=1, agreements_enterprises=2, agreements_other_orgs=0,
    partner_list="ФГБОУ ВО «Заречный государственный технический университет»; "
                 "ПАО «Ольховский машиностроительный завод»; ООО «Заречьеагропром»",
    external_edu_mentors=1, enterprise_mentors=3, other_org_mentors=0,
    pp_pupil_pupil=12, pp_teacher_teacher=7, pp_head_teacher=1, pp_student_pupil=1, pp_teacher_pupil=19, pp_other=2,
    pairs=48, satisfaction_mentees=89.4, satisfaction_mentors=90.7,
))

BEREZ = derive(dict(
    org="МБОУ «Берёзовская средняя общеобразовательная школа»",
    young_specialists=2, teachers_other=21, teachers_mentors=8, young_specialists_mentees=2,
    teachers_other_mentees=1, kpk_trained=2,
    students_10_19=176, mentees_10_19=24, mentees_risk=4, mentees_disabled=3, mentees_gifted=1,
    mentees_low_motivation=8, mentees_career=5, mentees_other_params=3,
    students_15_19=41, mentors_15_19=5, young_pupils_7_9=9,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
    partner_list="ГБПОУ Заречного края «Ольховский аграрный техникум»; СПК «Берёзовский»",
    external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=0,
    pp_pupil_pupil=5, pp_teacher_teacher=2, pp_head_teacher=1, pp_student_pupil=1, pp_teacher_pupil=9, pp_other=0,
    pairs=19, satisfaction_mentees=93.0, satisfaction_mentors=95.0,
))

LUG = derive(dict(
    org="МБОУ «Луговская основная общеобразовательная школа»",
    young_specialists=1, teachers_other=12, teachers_mentors=5, young_specialists_mentees=1,
    teachers_other_mentees=1, kpk_trained=1,
    students_10_19=47, mentees_10_19=12, mentees_risk=3, mentees_disabled=2, mentees_gifted=0,
    mentees_low_motivation=5, mentees_career=1, mentees_other_params=1,
    students_15_19=8, mentors_15_19=2, young_pupils_7_9=5,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="ООО «Агрохолдинг «Луговое»»; МБУК «Луговской сельский Дом культуры»",
    external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=1,
    pp_pupil_pupil=3, pp_teacher_teacher=1, pp_head_teacher=1, pp_student_pupil=0, pp_teacher_pupil=6, pp_other=0,
    pairs=10, satisfaction_mentees=100.0, satisfaction_mentors=96.5,
))

CDT = derive(dict(
    org="МБУ ДО «Ольховский центр детского творчества»",
    young_specialists=3, teachers_other=27, teachers_mentors=11, young_specialists_mentees=3,
    teachers_other_mentees=2, kpk_trained=2,
    students_10_19=690, mentees_10_19=41, mentees_risk=4, mentees_disabled=6, mentees_gifted=17,
    mentees_low_motivation=0, mentees_career=5, mentees_other_params=9,
    students_15_19=184, mentors_15_19=13, young_pupils_7_9=30,
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    agreements_edu_orgs=0, agreements_enterprises=0, agreements_other_orgs=2,
    partner_list="МБУК «Ольховский краеведческий музей»; МБУ «Ольховский районный Дом культуры»",
    external_edu_mentors=0, enterprise_mentors=0, other_org_mentors=2,
    pp_pupil_pupil=8, pp_teacher_teacher=5, pp_head_teacher=1, pp_student_pupil=0, pp_teacher_pupil=16, pp_other=2,
    pairs=38, satisfaction_mentees=90.5, satisfaction_mentors=93.8,
))


# --------------------------------------------------------------------------------------------------------------
# How each organisation filled the template: links (criterion or not-criterion key -> URL), own inserted rows,
# deleted rows, the way yes/no is typed, the people who signed.
# --------------------------------------------------------------------------------------------------------------
def links_for(base, names, skip=()):
    return {k: base + v for k, v in names.items() if k not in skip}


ALL_DOCS = dict(
    teachers_mentors="prikaz_nastavniki_2024.pdf", young_specialists_mentees="prikaz_nastavniki_2024.pdf",
    teachers_other_mentees="prikaz_nastavniki_2024.pdf", kpk_trained="udostovereniya_kpk_2024.pdf",
    mentees_10_19="prikaz_nastavniki_2024.pdf", mentees_risk="prikaz_nastavniki_2024.pdf",
    mentees_disabled="prikaz_nastavniki_2024.pdf", mentees_gifted="prikaz_nastavniki_2024.pdf",
    mentees_low_motivation="prikaz_nastavniki_2024.pdf", mentees_career="prikaz_nastavniki_2024.pdf",
    mentees_other_params="prikaz_nastavniki_2024.pdf", mentors_15_19="prikaz_nastavniki_2024.pdf",
    orgs_regulation_teachers="polozhenie_nastavnichestvo_pedagogi.pdf",
    orgs_regulation_students="polozhenie_nastavnichestvo_obuchayushchiesya.pdf",
    orgs_monitoring_order="prikaz_monitoring_cmn.pdf", internal_monitoring_notes="spravka_monitoring_2024.pdf",
    curators_total="prikaz_kurator_cmn.pdf", pay_acts="polozhenie_stimuliruyushchie_vyplaty.pdf",
    nonmaterial_acts="polozhenie_moralnoe_pooshchrenie.pdf",
    agreements_edu_orgs="soglasheniya_setevoe.pdf", agreements_enterprises="dogovory_partnerstvo.pdf",
    agreements_other_orgs="dogovory_partnerstvo.pdf", partner_list="partnery_nastavnichestvo.pdf",
    external_edu_mentors="prikaz_nastavniki_2024.pdf", enterprise_mentors="prikaz_nastavniki_2024.pdf",
    other_org_mentors="prikaz_nastavniki_2024.pdf",
    pp_total="prikaz_personalizirovannye_programmy.pdf", pp_pupil_pupil="prikaz_personalizirovannye_programmy.pdf",
    pp_teacher_teacher="prikaz_personalizirovannye_programmy.pdf",
    pp_head_teacher="prikaz_personalizirovannye_programmy.pdf",
    pp_student_pupil="prikaz_personalizirovannye_programmy.pdf",
    pp_teacher_pupil="prikaz_personalizirovannye_programmy.pdf",
    pp_other="prikaz_personalizirovannye_programmy.pdf",
    mentors_total="prikaz_nastavniki_2024.pdf", mentees_total="prikaz_nastavniki_2024.pdf",
    satisfaction_mentees="anketirovanie_itogi_2024.pdf", satisfaction_mentors="anketirovanie_itogi_2024.pdf",
)
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil",
            "pp_other")


def zeros(d):
    return {k for k, v in d.items() if isinstance(v, (int, float)) and not isinstance(v, bool) and v == 0}


def yn_1(v):
    return v


def yn_da(v):
    return "да" if v else "нет"


FORMS = [
    dict(
        file="typed/olh_sosh1.xlsx", data=SOSH1, yesno=yn_da,
        # the site's document folder; links on the parent row 2.2 only, not on the six groups; no link on zeros
        links=links_for("https://sh1-olhovsk.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/", ALL_DOCS,
                        skip=set(GROUPS) | zeros(SOSH1)),
        nc_links={"pairs": "https://sh1-olhovsk.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/"
                           "prikaz_nastavniki_2024.pdf"},
        signed=["Директор ____________ / Т. В. Крылова /",
                "Исполнитель: Андреева Марина Сергеевна, заместитель директора по УВР, тел. 8 (39172) 2-14-55"],
    ),
    dict(
        file="typed/olh_gimnaziya.xlsx", data=GIMN, yesno=yn_1,
        # inserted one own row after 3.7: the gimnasium's methodical associations of mentors
        insert_after={"3.7": [("R", "3.8", "ШМО наставников в гимназии (строка добавлена гимназией)", "ед.",
                               "school_methodical_associations")]},
        links=dict(links_for("https://gimnaziya-olhovsk.ru/wp-content/uploads/2024/12/", ALL_DOCS,
                             skip=set(PP_FORMS) | {"curators_total"} | zeros(GIMN)),
                   school_methodical_associations="https://gimnaziya-olhovsk.ru/wp-content/uploads/2024/12/"
                                                  "prikaz_shmo_nastavnikov.pdf"),
        nc_links={},
        signed=["Директор МАОУ «Ольховская гимназия» ____________ Е. Н. Сафонова",
                "Исп. Логинова О. П., тел. 8 (39172) 2-30-17"],
    ),
    dict(
        file="typed/olh_sosh3.xlsx", data=SOSH3, yesno=yn_1,
        # inserted one own row after 2.2.6: children of the participants of the special military operation
        insert_after={"2.2.6": [("N", "2.2.7", "из них дети участников СВО (дополнительно, по запросу управления "
                                               "образования)", "чел.", "svo_children")]},
        links=links_for("https://school3-olhovsk.ru/upload/iblock/nastavnichestvo/", ALL_DOCS,
                        skip={"satisfaction_mentees", "satisfaction_mentors", "teachers_other_mentees"}
                        | zeros(SOSH3)),
        nc_links={},
        signed=["Директор школы ____________ А. И. Гончаренко",
                "Ответственный за заполнение: Сидорова Наталья Викторовна, методист, тел. 8 (39172) 2-41-08"],
    ),
    dict(
        file="typed/berezovskaya_sosh.xlsx", data=BEREZ, yesno=yn_1,
        # deleted the two rows about «иные организации» (4.3 and 4.7); the numbers of the other rows are kept
        delete={"agreements_other_orgs", "other_org_mentors"},
        links=links_for("https://disk.yandex.ru/d/Bz7kQm2xLrT4vA/", ALL_DOCS, skip=set(GROUPS) | zeros(BEREZ)),
        nc_links={},
        signed=["Директор ____________ С. Г. Мальцев", "Исполнитель: Кудрявцева Л. А., тел. 8-914-203-55-71"],
    ),
    dict(
        file="typed/lugovskaya_oosh.xlsx", data=LUG, yesno=yn_1,
        links=links_for("https://cloud.mail.ru/public/4Ghs/Ta2NwQx8p/", ALL_DOCS,
                        skip={"mentees_career", "mentees_other_params"} | zeros(LUG)),
        nc_links={},
        signed=["Директор ____________ / Н. П. Ершова /", "Исп. Ершова Н. П., тел. 8 (39172) 5-61-30"],
    ),
    dict(
        file="typed/olh_cdt.xlsx", data=CDT, yesno=yn_1,
        links=links_for("https://cdt-olhovsk.ru/documents/nastavnichestvo/", ALL_DOCS,
                        skip={"kpk_trained"} | zeros(CDT)),
        nc_links={"pairs": "https://cdt-olhovsk.ru/documents/nastavnichestvo/prikaz_nastavniki_2024.pdf"},
        signed=["Директор МБУ ДО «Ольховский ЦДТ» ____________ В. А. Тимофеева",
                "Исполнитель: Гусева Ирина Олеговна, методист, тел. 8 (39172) 2-07-64"],
    ),
]


# --------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def rows_of(form):
    out = []
    for row in TEMPLATE:
        if row[0] == "R" and row[4] in form.get("delete", ()):
            continue
        out.append(row)
        for extra in form.get("insert_after", {}).get(row[1], []):
            out.append(extra)
    return out


def save_pinned(wb, path):
    """Save, then pin the document date (openpyxl stamps «now» into docProps/core.xml) and the zip entry times,
    so that a re-run gives the same bytes."""
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>",
                              data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def build(form, cat, cells):
    d = form["data"]
    wb = Workbook()
    wb.properties.creator = "minobr-zarechny"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = SHEET
    for col, w in zip("ABCDE", (9, 74, 12, 18, 58)):
        ws.column_dimensions[col].width = w
    ws.cell(1, 4, "Приложение 2 к письму министерства образования Заречного края от 25.11.2024 № 03-11/2871")
    ws.merge_cells("D1:E1")
    ws.cell(1, 4).alignment = Alignment(horizontal="right", wrap_text=True)
    ws.cell(1, 4).font = Font(size=9)
    titles = ["Информация о реализации целевой модели наставничества",
              "в " + d["org"] + " за 2024 год",
              "Муниципальное образование: " + MUNICIPALITY]
    r = 3
    for i, t in enumerate(titles):
        c = ws.cell(r, 1, t)
        c.font = Font(bold=(i < 2), size=(12 if i < 2 else 11))
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
    r += 1
    header = ["№ п/п", "Наименование показателя", "Единица измерения", "Значение показателя",
              "Подтверждающий документ (ссылка)"]
    for c, h in enumerate(header, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for c in range(1, 6):
        cell = ws.cell(r, c, c)
        cell.border = BOX
        cell.font = Font(size=9, italic=True)
        cell.alignment = Alignment(horizontal="center")
    r += 1
    entry = {"file": form["file"], "year": YEAR, "organisation": d["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    own = {row[4] for rows in form.get("insert_after", {}).values() for row in rows}
    seen = set()
    for row in rows_of(form):
        if row[0] == "S":
            _, no, text = row
            ws.cell(r, 1, no).font = Font(bold=True)
            ws.cell(r, 2, text).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            for c in range(1, 6):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            entry["headings"].append(text)
            r += 1
            continue
        kind, no, title, unit, key = row
        ws.cell(r, 1, no)
        ws.cell(r, 2, title)
        ws.cell(r, 3, unit)
        if kind == "R":
            cid = key
            assert cid in cat, cid
            assert cat[cid]["level"] == "org" and cat[cid]["wording_2024"].strip(), cid
            assert cat[cid]["aggregation"] not in ("forms", "sum_of"), cid
            yes_no = cat[cid]["aggregation"] == "count_yes"
            assert unit in (("да/нет",) if yes_no else UNIT_OF[cat[cid]["unit"]]), (cid, unit)
            assert cid not in seen, (form["file"], cid)
            seen.add(cid)
            v = d[cid]
            tv = form["yesno"](v) if yes_no else v
            vc = ws.cell(r, 4, tv)
            if cat[cid]["unit"] in ("share", "level"):
                vc.number_format = "0.00" if v != int(v) or cat[cid]["unit"] == "share" else "0"
            entry["values"][cid] = v
            cells.append({"file": form["file"], "sheet": SHEET, "cell": vc.coordinate, "criterion": cid,
                          "kind": "value", "expected": v, "typed": tv, "row_title": title, "unit": unit,
                          "own_row": cid in own})
            link = form["links"].get(cid)
            if link:
                lc = ws.cell(r, 5, link)
                lc.hyperlink = link
                lc.font = Font(color="0563C1", underline="single")
                entry["links"][cid] = link
                cells.append({"file": form["file"], "sheet": SHEET, "cell": lc.coordinate, "criterion": cid,
                              "kind": "link", "expected": link, "row_title": title})
        else:
            ws.cell(r, 4, d[key])
            link = form["nc_links"].get(key)
            if link:
                ws.cell(r, 5, link)
            entry["not_criteria"].append(title)
        for c in range(1, 6):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=(c in (2, 5)), vertical="top",
                                       horizontal=("center" if c in (1, 3, 4) else None))
        r += 1
    r += 1
    for t in form["signed"]:
        ws.cell(r, 2, t)
        r += 1
    ws.cell(r, 2, "20.12.2024")
    TYPED.mkdir(exist_ok=True)
    save_pinned(wb, HERE / form["file"])
    # the organisation's own promise: 70–85 % of the non-contingent, non-share criterion rows carry a link
    contingents = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
    base = [c for c in entry["values"] if c not in contingents and cat[c]["unit"] != "share"]
    share = len([c for c in base if c in entry["links"]]) / len(base)
    assert 0.70 <= share <= 0.85, (form["file"], share)
    assert 35 <= len(entry["values"]) <= 45, (form["file"], len(entry["values"]))
    return entry


def main():
    cat = load_catalogue()
    cells, expected = [], []
    for f in FORMS:
        expected.append(build(f, cat, cells))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings")


if __name__ == "__main__":
    main()
