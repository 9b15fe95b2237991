#!/usr/bin/env python3
"""heldout127: school forms that keep SEVERAL YEARS ON ONE SHEET — the same template typed two or three times one
below the other (a block per year, each with its own merged year row and header row), or, in one file, on sheets
«2023» and «2024». Only the 2024 block is the reporting year; the other blocks are traps.

Deterministic (no randomness; document times and zip entry times pinned). Writes typed/*.xlsx, expected.json and
cells.json next to this script.
"""
import csv
import io
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
ZIP_TIME = (2025, 1, 20, 9, 30, 0)
CORE_TIME = "2025-01-20T09:30:00Z"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CONTINGENTS = {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}
YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes"}
GROUPS = ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation", "mentees_career",
          "mentees_other_params")
PP_FORMS = ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
            "pp_teacher_pupil", "pp_other")


def load_catalogue():
    with open(CRITERIA, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def pct(a, b):
    return round(100.0 * a / b + 1e-9, 2)


def derive(d):
    """Totals and shares that follow from the organisation's own figures of one year."""
    d = dict(d)
    d["pp_total"] = sum(d.get(k, 0) for k in PP_FORMS)
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d.get("external_edu_mentors", 0)
                          + d.get("enterprise_mentors", 0) + d.get("other_org_mentors", 0))
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert sum(d[k] for k in GROUPS) == d["mentees_10_19"], d
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
    assert d["teachers_in_pp"] <= teachers
    return d


# ---------------------------------------------------------------------------------------------------------------
# Row specifications. One list per file; every block of the file is typed from the same list.
#   S(text, t23)                     a section heading (t23: its wording in the older blocks)
#   R(no, cid, text, t23, doc, ...)  a criterion row; value from the block's year; link from docs[year][doc]
#   N(no, text, {year: value}, ...)  a row that looks like a criterion but is not (only in the years given)
#   O(no, cid, text, {year: value})  a criterion row of LAST YEAR's template only (2023-only criteria)
# ---------------------------------------------------------------------------------------------------------------
def S(text, t23=None):
    return {"kind": "S", "text": text, "t23": t23}


def R(no, cid, text, t23=None, doc=None, unit=None, note=None, only=None):
    return {"kind": "R", "no": no, "cid": cid, "text": text, "t23": t23, "doc": doc, "unit": unit, "note": note,
            "only": only}


def N(no, text, vals, t23=None, doc=None, unit=None):
    return {"kind": "N", "no": no, "text": text, "t23": t23, "vals": vals, "doc": doc, "unit": unit}


def O(no, cid, text, vals, doc=None, unit=None):
    return {"kind": "O", "no": no, "cid": cid, "text": text, "vals": vals, "doc": doc, "unit": unit}


def title_for(row, year):
    if year < YEAR and row.get("t23"):
        return row["t23"]
    return row["text"]


# ===============================================================================================================
# 1. МБОУ «Ключегорская СОШ № 1»: 2023 block, then 2024 block (chronological), links in both
# ===============================================================================================================
SOSH1_ORG = "Муниципальное бюджетное общеобразовательное учреждение «Ключегорская средняя общеобразовательная школа № 1»"
SOSH1_23 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=0,
    teachers_mentors=19, young_specialists_mentors=1, mentors_15_19=12, students_15_19=131,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=0,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
    partner_list="ГБПОУ УР «Ключегорский индустриальный техникум»",
    students_10_19=471, mentees_10_19=49, mentees_risk=7, mentees_disabled=4, mentees_gifted=10,
    mentees_low_motivation=13, mentees_career=9, mentees_other_params=6,
    young_specialists=6, young_specialists_mentees=6, teachers_other=53, teachers_other_mentees=4,
    pp_pupil_pupil=11, pp_teacher_teacher=7, pp_head_teacher=1, pp_teacher_pupil=19, pp_student_pupil=0,
    teachers_in_pp=26, kpk_trained=4, school_methodical_associations=1,
    satisfaction_mentees=88, satisfaction_mentors=86,
))
SOSH1_24 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=24, young_specialists_mentors=2, mentors_15_19=18, students_15_19=142,
    external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=1,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="ГБПОУ УР «Ключегорский индустриальный техникум»; ООО «Ключегорский молочный комбинат»; "
                 "МБУК «Ключегорский краеведческий музей»",
    students_10_19=486, mentees_10_19=64, mentees_risk=8, mentees_disabled=5, mentees_gifted=12,
    mentees_low_motivation=17, mentees_career=14, mentees_other_params=8,
    young_specialists=8, young_specialists_mentees=7, teachers_other=52, teachers_other_mentees=6,
    pp_pupil_pupil=15, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=28, pp_student_pupil=2,
    teachers_in_pp=33, kpk_trained=6, school_methodical_associations=1,
    satisfaction_mentees=92, satisfaction_mentors=None,  # the mentors' questionnaire is planned for January 2025
))
S1 = "https://sh1-klyuchegorsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
SOSH1_DOCS = {
    2023: dict(pol_ped=S1 + "polozhenie_nastavnichestvo_pedagogi_2022.pdf",
               pol_obuch=S1 + "polozhenie_nastavnichestvo_obuchayushchiesya_2022.pdf",
               prikaz_mon=S1 + "prikaz_98-od_ot_01.09.2023_monitoring.pdf",
               spravka=S1 + "spravka_vnutr_monitoring_CMN_2023.pdf",
               kuratory=S1 + "prikaz_97-od_ot_01.09.2023_kurator.pdf",
               oplata=S1 + "polozhenie_materialnoe_stimulirovanie_2021.pdf",
               baza=S1 + "prikaz_87-od_ot_15.09.2023_pary.pdf",
               dog_tech=S1 + "soglashenie_ITT_2023.pdf",
               partnery="https://sh1-klyuchegorsk.gosuslugi.ru/nastavnichestvo/partnery-2023/",
               ppn=S1 + "reestr_PPN_2023.pdf",
               prog=S1 + "programmy_nastavnichestva_2023.pdf",
               kpk=S1 + "udostovereniya_KPK_2023.pdf",
               shmo=S1 + "prikaz_ShMO_nastavnikov_2022.pdf",
               anketa="https://disk.yandex.ru/d/Kx7pQ2mVb3Lw1A"),
    2024: dict(pol_ped=S1 + "polozhenie_nastavnichestvo_pedagogi_2022.pdf",
               pol_obuch=S1 + "polozhenie_nastavnichestvo_obuchayushchiesya_2022.pdf",
               prikaz_mon=S1 + "prikaz_112-od_ot_02.09.2024_monitoring.pdf",
               spravka=S1 + "spravka_vnutr_monitoring_CMN_2024.pdf",
               kuratory=S1 + "prikaz_110-od_ot_02.09.2024_kuratory.pdf",
               oplata=S1 + "polozhenie_ob_oplate_nastavnichestva_2024.pdf",
               nemat=S1 + "polozhenie_nematerialnoe_pooshchrenie_2024.pdf",
               baza=S1 + "prikaz_105-od_ot_16.09.2024_pary.pdf",
               dog_tech=S1 + "soglashenie_ITT_2024.pdf",
               dog_zavod=S1 + "soglashenie_molkombinat_2024.pdf",
               dog_muzei=S1 + "soglashenie_muzei_2024.pdf",
               partnery="https://sh1-klyuchegorsk.gosuslugi.ru/nastavnichestvo/partnery/",
               ppn=S1 + "reestr_PPN_2024.pdf",
               kpk=S1 + "udostovereniya_KPK_2024.pdf",
               shmo=S1 + "prikaz_ShMO_nastavnikov_2024.pdf",
               anketa="https://disk.yandex.ru/d/Rt5sNw8cQe4HzB"),
}
SOSH1_ROWS = [
    S("1. Нормативное обеспечение"),
    R("1.1", "orgs_regulation_teachers", "Положение о системе наставничества педагогических работников школы утверждено (да/нет)", doc="pol_ped"),
    R("1.2", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено (да/нет)", doc="pol_obuch"),
    R("1.3", "orgs_monitoring_order", "Издан приказ о проведении мониторинга ЦМН в школе (да/нет)", doc="prikaz_mon"),
    R("1.4", "internal_monitoring_notes", "Подготовлена справка по итогам внутреннего мониторинга ЦМН (да/нет)", doc="spravka"),
    R("1.5", "curators_total", "Кураторы внедрения ЦМН (назначены приказом), чел.", doc="kuratory"),
    R("1.6", "pay_acts", "Локальные акты об оплате (доплате) за наставническую деятельность, кол-во",
      t23="Положения о материальном поощрении наставников, кол-во", doc="oplata"),
    R("1.7", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, кол-во",
      t23="Положения о нематериальном поощрении наставников, кол-во", doc="nemat"),
    S("2. Наставники"),
    R("2.1", "mentors_total", "Количество наставников школы по приказу, всего",
      t23="Количество наставников в базе школы (по приказу)", doc="baza"),
    R("2.2", "teachers_mentors", "из них педагоги школы", doc="baza"),
    R("2.3", "young_specialists_mentors", "в т.ч. молодые специалисты, выступающие наставниками"),
    R("2.4", "mentors_15_19", "из них обучающиеся 15–19 лет", doc="baza"),
    R("2.5", "external_edu_mentors", "из них сотрудники других образовательных организаций", doc="dog_tech"),
    R("2.6", "enterprise_mentors", "из них сотрудники предприятий", doc="dog_zavod"),
    R("2.7", "other_org_mentors", "из них сотрудники иных организаций (учреждения культуры и др.)"),
    R("2.8", "students_15_19", "Численность обучающихся в возрасте 15–19 лет"),
    R("2.9", "share_mentors_15_19", "Доля обучающихся 15–19 лет — наставников (стр. 2.4 / стр. 2.8), %"),
    N("2.10", "Количество наставнических пар (групп) по приказу", {2023: 41, 2024: 55}, doc="baza"),
    N("2.11", "Планируемое количество наставников на 2025 год", {2023: 40, 2024: 50},
      t23="Планируемое количество наставников на 2024 год"),
    S("3. Взаимодействие с организациями-партнёрами"),
    R("3.1", "agreements_edu_orgs", "Заключено соглашений с образовательными организациями (предоставляют наставников)", doc="dog_tech"),
    R("3.2", "agreements_enterprises", "Заключено соглашений с предприятиями (предоставляют наставников)", doc="dog_zavod"),
    R("3.3", "agreements_other_orgs", "Заключено соглашений с иными организациями (предоставляют наставников)", doc="dog_muzei"),
    R("3.4", "partner_list", "Партнёры школы по наставничеству (наименования)", doc="partnery"),
    S("4. Наставляемые"),
    R("4.1", "mentees_total", "Количество наставляемых по приказу, всего",
      t23="Количество наставляемых в базе школы (по приказу)", doc="baza"),
    R("4.2", "students_10_19", "Численность обучающихся 10–19 лет"),
    R("4.3", "mentees_10_19", "из них вошли в программы наставничества в роли наставляемых", doc="baza"),
    R("4.4", "mentees_risk", "в т.ч. «группа риска»", doc="baza"),
    R("4.5", "mentees_disabled", "в т.ч. дети с ОВЗ, дети-инвалиды", doc="baza"),
    R("4.6", "mentees_gifted", "в т.ч. одарённые дети (включены в реестр)"),
    R("4.7", "mentees_low_motivation", "в т.ч. низкая мотивация к учёбе, неуспевающие", doc="baza"),
    R("4.8", "mentees_career", "в т.ч. затрудняются с выбором профессии, образовательной траектории", doc="baza"),
    R("4.9", "mentees_other_params", "в т.ч. по иным параметрам"),
    R("4.10", "share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет (стр. 4.3 / стр. 4.2), %"),
    N("4.11", "Обучающиеся 1–4 классов (7–10 лет), включённые в программы наставничества", {2023: 12, 2024: 18},
      doc="baza"),
    S("5. Педагогические работники"),
    R("5.1", "young_specialists", "Молодые специалисты (до 35 лет, первые 3 года работы), чел.",
      t23="Молодые педагоги (до 35 лет, стаж до 3 лет), чел."),
    R("5.2", "young_specialists_mentees", "из них наставляемые", doc="baza"),
    R("5.3", "teachers_other", "Остальные педагоги (без молодых специалистов), чел."),
    R("5.4", "teachers_other_mentees", "из них наставляемые", doc="baza"),
    R("5.5", "share_teachers_mentees", "Доля педагогов-наставляемых от всех педагогов ((5.2+5.4)/(5.1+5.3)), %"),
    S("6. Персонализированные программы наставничества"),
    R("6.1", "pp_total", "Количество утверждённых персонализированных программ, всего", doc="ppn"),
    R("6.2", "pp_pupil_pupil", "по форме «ученик – ученик»", doc="ppn"),
    R("6.3", "pp_teacher_teacher", "по форме «учитель – учитель»", doc="ppn"),
    R("6.4", "pp_head_teacher", "по форме «руководитель – педагог»"),
    R("6.5", "pp_teacher_pupil", "по форме «учитель – ученик»", doc="ppn"),
    R("6.6", "pp_student_pupil", "по форме «студент – ученик»"),
    R("6.7", "teachers_in_pp", "Педагоги, задействованные в утверждённых персонализированных программах, чел.", doc="ppn"),
    O("6.8", "programmes_total", "Количество утверждённых программ наставничества по формам (кроме персонализированных)",
      {2023: 3}, doc="prog"),
    S("7. Профессиональное развитие наставников"),
    R("7.1", "kpk_trained", "Педагоги, обучившиеся на КПК по наставничеству в 2024 г., чел.",
      t23="Педагоги, обучившиеся на КПК по наставничеству, чел.", doc="kpk"),
    R("7.2", "school_methodical_associations", "Методическое объединение наставников (ШМО), кол-во", doc="shmo"),
    O("7.3", "trainees_internship", "Педагоги — стажёры на базе стажёрской площадки, чел.", {2023: 0}),
    S("8. Удовлетворённость участников программ"),
    R("8.1", "satisfaction_mentees", "Уровень удовлетворённости наставляемых (по итогам завершённых программ), %", doc="anketa"),
    R("8.2", "satisfaction_mentors", "Уровень удовлетворённости наставников (по итогам завершённых программ), %", doc="anketa"),
    N("8.3", "Мероприятия для родителей по вопросам наставничества, кол-во", {2023: 2, 2024: 4}),
]


def form_sosh1():
    hdr = ["№ п/п", "Показатель", "Значение", "Ссылка на подтверждающий документ"]
    return dict(
        file="typed/sosh1_2023_2024.xlsx", org=SOSH1_ORG, cols=dict(no=1, title=2, value=3, link=4),
        widths=[8, 72, 14, 70], yn=("да", "нет"), data={2023: SOSH1_23, 2024: SOSH1_24}, docs=SOSH1_DOCS,
        rows=SOSH1_ROWS,
        sheets=[dict(
            name="Мониторинг ЦМН",
            top=[("merged", "Мониторинг реализации целевой модели наставничества"),
                 ("label", "Наименование ОО", SOSH1_ORG),
                 ("label", "Ответственный", "Зам. директора по УВР Сабурова Т. Н."),
                 ("blank",)],
            blocks=[dict(year=2023, label="Данные за 2023 год", header=hdr, links=True, gap=0),
                    dict(year=2024, label="Отчёт за 2024 г. (на 31.12.2024)", header=hdr, links=True, gap=2)],
            bottom=["Исполнитель: Сабурова Т. Н., тел. 8 (34141) 2-15-37"])],
    )


# ===============================================================================================================
# 2. МАОУ «Гимназия № 5»: newest first — «План на 2025 г.», then «2024 г.», then «2023 г.»; a unit column
# ===============================================================================================================
GIMN5_ORG = "МАОУ «Гимназия № 5» г. Ключегорска"
GIMN5_23 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=27, young_specialists_mentors=2, mentors_15_19=21, students_15_19=198,
    external_edu_mentors=3, enterprise_mentors=1,
    agreements_edu_orgs=1, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; АО «Ключегорский приборный завод»",
    students_10_19=619, mentees_10_19=70, mentees_risk=3, mentees_disabled=3, mentees_gifted=25,
    mentees_low_motivation=14, mentees_career=18, mentees_other_params=7,
    young_specialists=9, young_specialists_mentees=9, teachers_other=63, teachers_other_mentees=5,
    pp_pupil_pupil=22, pp_teacher_teacher=11, pp_head_teacher=1, pp_teacher_pupil=27, pp_student_pupil=2,
    teachers_in_pp=33, kpk_trained=6,
    kpk_courses="Наставничество в образовательной организации: технологии и практики (АОУ ДПО УР ИРО, 24 ч)",
    school_methodical_associations=1, satisfaction_mentees=92.1, satisfaction_mentors=90.4,
))
GIMN5_24 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=2,
    teachers_mentors=31, young_specialists_mentors=3, mentors_15_19=27, students_15_19=205,
    external_edu_mentors=4, enterprise_mentors=2,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; БПОУ УР «Ключегорский медицинский колледж»; "
                 "АО «Ключегорский приборный завод»",
    students_10_19=634, mentees_10_19=82, mentees_risk=4, mentees_disabled=3, mentees_gifted=29,
    mentees_low_motivation=16, mentees_career=21, mentees_other_params=9,
    young_specialists=10, young_specialists_mentees=9, teachers_other=64, teachers_other_mentees=7,
    pp_pupil_pupil=26, pp_teacher_teacher=13, pp_head_teacher=2, pp_teacher_pupil=31, pp_student_pupil=4,
    teachers_in_pp=38, kpk_trained=9,
    kpk_courses="Наставничество в образовательной организации: технологии и практики (АОУ ДПО УР ИРО, 24 ч); "
                "Школа наставника: сопровождение молодого педагога (72 ч)",
    school_methodical_associations=2, satisfaction_mentees=94.3, satisfaction_mentors=91.7,
))
GIMN5_25 = dict(  # plan: only what the gymnasium planned; the cells of the rest are left empty
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, mentors_total=70, teachers_mentors=33, mentors_15_19=30, external_edu_mentors=5,
    enterprise_mentors=2, mentees_total=105, mentees_10_19=88, pp_total=80, teachers_in_pp=40, kpk_trained=10,
    satisfaction_mentees=95, satisfaction_mentors=93,
)
G5 = "https://gimn5-klyuchegorsk.ru/upload/nastavnichestvo/"
GIMN5_DOCS = {
    2023: dict(pol_ped=G5 + "2022/polozhenie_pedagogi.pdf", pol_uch=G5 + "2022/polozhenie_gimnazisty.pdf",
               mon=G5 + "2023/prikaz_monitoring_CMN_2023.pdf", spravka=G5 + "2023/spravka_monitoring_2023.pdf",
               oplata=G5 + "2021/polozhenie_stimulirovanie.pdf", nemat=G5 + "2021/polozhenie_nemat_stimul.pdf",
               pary=G5 + "2023/prikaz_pary_2023-2024.pdf", dog_vuz=G5 + "2023/dogovor_UdGU.pdf",
               dog_zavod=G5 + "2023/dogovor_priborny.pdf", dog_iro=G5 + "2023/soglashenie_IRO.pdf",
               partnery="https://gimn5-klyuchegorsk.ru/nastavnichestvo/partnery-2023",
               reestr=G5 + "2023/reestr_odarennye_2023.pdf", ppn=G5 + "2023/PP_2023.pdf",
               kpk=G5 + "2023/KPK_2023.pdf", mo=G5 + "2022/prikaz_MO_nastavnikov.pdf",
               anketa="https://cloud.mail.ru/public/4Fh2/Tq8sWm3Ab"),
    2024: dict(pol_ped=G5 + "2022/polozhenie_pedagogi.pdf", pol_uch=G5 + "2022/polozhenie_gimnazisty.pdf",
               mon=G5 + "2024/prikaz_monitoring_CMN_2024.pdf", spravka=G5 + "2024/spravka_monitoring_2024.pdf",
               oplata=G5 + "2024/LA_oplata_nastavnikov.pdf", nemat=G5 + "2024/LA_nemat_pooshchrenie.pdf",
               pary=G5 + "2024/prikaz_pary_2024-2025.pdf", dog_vuz=G5 + "2024/dogovory_UdGU_medkolledzh.pdf",
               dog_zavod=G5 + "2024/dogovor_priborny.pdf",
               partnery="https://gimn5-klyuchegorsk.ru/nastavnichestvo/partnery",
               reestr=G5 + "2024/reestr_odarennye_2024.pdf", ppn=G5 + "2024/PP_2024.pdf",
               kpk=G5 + "2024/KPK_2024.pdf", mo=G5 + "2024/prikaz_MO_nastavnikov.pdf",
               anketa="https://cloud.mail.ru/public/9Lx7/Ur2cVn5Dk"),
}
GIMN5_ROWS = [
    S("Раздел 1. Нормативная база ЦМН", t23="Раздел 1. Нормативная база"),
    R("1", "orgs_regulation_teachers", "Положение о наставничестве педагогов", doc="pol_ped", unit="да/нет"),
    R("2", "orgs_regulation_students", "Положение о наставничестве обучающихся (гимназистов)", doc="pol_uch", unit="да/нет"),
    R("3", "orgs_monitoring_order", "Приказ о мониторинге ЦМН", doc="mon", unit="да/нет"),
    R("4", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", doc="spravka", unit="да/нет"),
    R("5", "curators_total", "Куратор ЦМН", unit="чел."),
    R("6", "pay_acts", "ЛА об оплате работы наставников", t23="Положение о материальном стимулировании наставников",
      doc="oplata", unit="ед."),
    R("7", "nonmaterial_acts", "ЛА о нематериальном поощрении наставников",
      t23="Положение о нематериальном стимулировании наставников", doc="nemat", unit="ед."),
    S("Раздел 2. Наставники"),
    R("8", "mentors_total", "Наставников всего (приказ)", doc="pary", unit="чел."),
    R("9", "teachers_mentors", "— педагоги-наставники", doc="pary", unit="чел."),
    R("10", "young_specialists_mentors", "— в т.ч. молодые специалисты", unit="чел."),
    R("11", "mentors_15_19", "— гимназисты-наставники (15–19 лет)", doc="pary", unit="чел."),
    R("12", "external_edu_mentors", "— наставники из вузов, колледжей", doc="dog_vuz", unit="чел."),
    R("13", "enterprise_mentors", "— наставники с предприятий", doc="dog_zavod", unit="чел."),
    R("14", "students_15_19", "Гимназистов 15–19 лет (контингент)", unit="чел."),
    R("15", "share_teachers_mentors", "Доля педагогов-наставников от всех педагогов", unit="%"),
    N("16", "Наставнических пар/групп", {2023: 58, 2024: 71, 2025: 75}, doc="pary", unit="ед."),
    S("Раздел 3. Партнёры"),
    R("17", "agreements_edu_orgs", "Соглашения с ОО (вузы, колледжи), дающими наставников", doc="dog_vuz", unit="ед."),
    R("18", "agreements_enterprises", "Соглашения с предприятиями, дающими наставников", doc="dog_zavod", unit="ед."),
    R("19", "partner_list", "Партнёры (наименования)", doc="partnery", unit="—"),
    O("19а", "agreements_iro", "Соглашение с АОУ ДПО УР «ИРО» о предоставлении наставников", {2023: 1},
      doc="dog_iro", unit="ед."),
    S("Раздел 4. Наставляемые гимназисты"),
    R("20", "mentees_total", "Наставляемых всего (приказ)", doc="pary", unit="чел."),
    R("21", "students_10_19", "Гимназистов 10–19 лет (контингент)", unit="чел."),
    R("22", "mentees_10_19", "— из них наставляемые", doc="pary", unit="чел."),
    R("23", "mentees_risk", "      группа риска", doc="pary", unit="чел."),
    R("24", "mentees_disabled", "      ОВЗ / инвалидность", unit="чел."),
    R("25", "mentees_gifted", "      одарённые (реестр)", doc="reestr", unit="чел."),
    R("26", "mentees_low_motivation", "      низкая мотивация / неуспеваемость", doc="pary", unit="чел."),
    R("27", "mentees_career", "      проф. самоопределение (выбор профиля, профессии)", doc="pary", unit="чел."),
    R("28", "mentees_other_params", "      иные параметры", unit="чел."),
    R("29", "share_mentees_10_19", "Доля наставляемых от гимназистов 10–19 лет", unit="%"),
    N("30", "Родители, привлечённые к наставничеству", {2023: 3, 2024: 5}, unit="чел."),
    S("Раздел 5. Педагоги"),
    R("31", "young_specialists", "Молодые специалисты (до 35 л., стаж до 3 л.)",
      t23="Молодые педагоги (до 35 лет, стаж до 3 лет)", unit="чел."),
    R("32", "young_specialists_mentees", "— из них с наставником", doc="pary", unit="чел."),
    R("33", "share_young_specialists_mentees", "Доля мол. специалистов с наставником", unit="%"),
    R("34", "teachers_other", "Педагоги (кроме мол. специалистов)", unit="чел."),
    R("35", "teachers_other_mentees", "— из них наставляемые", doc="pary", unit="чел."),
    S("Раздел 6. Персонализированные программы (ПП)"),
    R("36", "pp_total", "ПП всего", doc="ppn", unit="ед."),
    R("37", "pp_pupil_pupil", "— ученик – ученик", doc="ppn", unit="ед."),
    R("38", "pp_teacher_teacher", "— учитель – учитель", doc="ppn", unit="ед."),
    R("39", "pp_head_teacher", "— руководитель – педагог", unit="ед."),
    R("40", "pp_teacher_pupil", "— учитель – ученик", doc="ppn", unit="ед."),
    R("41", "pp_student_pupil", "— студент – ученик", unit="ед."),
    R("42", "teachers_in_pp", "Педагогов в утверждённых ПП", doc="ppn", unit="чел."),
    O("42а", "programmes_total", "Программы наставничества по формам (без ПП)", {2023: 4}, unit="ед."),
    S("Раздел 7. Обучение и методическая работа"),
    R("43", "kpk_trained", "КПК по наставничеству за год", t23="КПК по наставничеству", doc="kpk", unit="чел."),
    R("44", "kpk_courses", "Названия курсов КПК", unit="—"),
    R("45", "school_methodical_associations", "МО наставников", doc="mo", unit="ед."),
    N("46", "Участие в конкурсе «Наставник года» (заявок)", {2023: 1, 2024: 2}, unit="ед."),
    S("Раздел 8. Удовлетворённость"),
    R("47", "satisfaction_mentees", "Удовлетворённость наставляемых (завершённые программы)", doc="anketa", unit="%"),
    R("48", "satisfaction_mentors", "Удовлетворённость наставников (завершённые программы)", doc="anketa", unit="%"),
]


def form_gimn5():
    fact = ["№", "Показатель", "Ед. изм.", "Значение", "Ссылка"]
    return dict(
        file="typed/gimn5_2025_2024_2023.xlsx", org=GIMN5_ORG, cols=dict(no=1, title=2, unit=3, value=4, link=5),
        widths=[6, 58, 9, 12, 62], yn=(1, 0), data={2023: GIMN5_23, 2024: GIMN5_24}, plan=GIMN5_25,
        docs=GIMN5_DOCS, rows=GIMN5_ROWS,
        sheets=[dict(
            name="ЦМН",
            top=[("merged", GIMN5_ORG),
                 ("merged", "Мониторинг внедрения целевой модели наставничества (ЦМН)"),
                 ("blank",)],
            blocks=[dict(year=2025, label="План на 2025 г.", header=["№", "Показатель", "Ед. изм.", "План",
                                                                        "Примечание"], links=False, gap=0),
                    dict(year=2024, label="2024 г.", header=fact, links=True, gap=1),
                    dict(year=2023, label="2023 г.", header=fact, links=True, gap=1)],
            bottom=[])],
    )


# ===============================================================================================================
# 3. МБОУ «Берёзовская СОШ»: «2023 год», «2024 год», «2025 (план)»; no number column
# ===============================================================================================================
BEREZ_ORG = "Муниципальное бюджетное общеобразовательное учреждение «Берёзовская средняя общеобразовательная школа»"
BEREZ_23 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, pay_acts=0, nonmaterial_acts=0,
    teachers_mentors=9, mentors_15_19=4, students_15_19=35, enterprise_mentors=0, other_org_mentors=0,
    agreements_enterprises=0, agreements_other_orgs=0, partner_list=None,
    students_10_19=151, mentees_10_19=21, mentees_risk=4, mentees_disabled=2, mentees_gifted=2,
    mentees_low_motivation=8, mentees_career=3, mentees_other_params=2,
    young_specialists=3, young_specialists_mentees=3, teachers_other=18, teachers_other_mentees=2,
    pp_pupil_pupil=5, pp_teacher_teacher=4, pp_head_teacher=0, pp_teacher_pupil=11,
    teachers_in_pp=12, kpk_trained=1, school_methodical_associations=1,
    satisfaction_mentees=88, satisfaction_mentors=92,
))
BEREZ_24 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    teachers_mentors=11, mentors_15_19=5, students_15_19=38, enterprise_mentors=1, other_org_mentors=1,
    agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="СПК «Берёзовский»; МБУК «Берёзовский сельский Дом культуры»",
    students_10_19=148, mentees_10_19=26, mentees_risk=5, mentees_disabled=3, mentees_gifted=2,
    mentees_low_motivation=9, mentees_career=4, mentees_other_params=3,
    young_specialists=2, young_specialists_mentees=2, teachers_other=19, teachers_other_mentees=2,
    pp_pupil_pupil=6, pp_teacher_teacher=3, pp_head_teacher=1, pp_teacher_pupil=14,
    teachers_in_pp=13, kpk_trained=2, school_methodical_associations=1,
    satisfaction_mentees=90, satisfaction_mentors=95,
))
BEREZ_25 = dict(mentors_total=20, teachers_mentors=12, mentors_15_19=6, mentees_total=32, mentees_10_19=28,
                pp_total=26, kpk_trained=3, satisfaction_mentees="не ниже 90", satisfaction_mentors="не ниже 90")
B3 = "https://berezovskaya-sosh.ru/wp-content/uploads/"
BEREZ_DOCS = {
    2023: dict(pol=B3 + "2023/02/polozheniya_o_nastavnichestve.pdf", mon=B3 + "2023/09/prikaz_monitoring_CMN.pdf",
               kurator=B3 + "2023/09/prikaz_kurator_CMN.pdf", pary=B3 + "2023/09/prikaz_pary_2023.pdf",
               ppn=B3 + "2023/10/PP_nastavnichestva_2023.pdf", mo=B3 + "2023/02/prikaz_MO_nastavnikov.pdf",
               anketa=B3 + "2023/12/anketirovanie_2023.pdf"),
    2024: dict(pol=B3 + "2023/02/polozheniya_o_nastavnichestve.pdf", mon=B3 + "2024/09/prikaz_monitoring_CMN_2024.pdf",
               spravka=B3 + "2024/12/spravka_vnutrenniy_monitoring_2024.pdf",
               kurator=B3 + "2024/09/prikaz_kurator_CMN_2024.pdf",
               nemat=B3 + "2024/03/LA_nematerialnoe_pooshchrenie.pdf",
               pary=B3 + "2024/09/prikaz_pary_2024.pdf", dog_spk=B3 + "2024/04/soglashenie_SPK.pdf",
               dog_sdk=B3 + "2024/04/soglashenie_SDK.pdf", ppn=B3 + "2024/10/PP_nastavnichestva_2024.pdf",
               mo=B3 + "2023/02/prikaz_MO_nastavnikov.pdf", anketa=B3 + "2024/12/anketirovanie_2024.pdf"),
}
BEREZ_ROWS = [
    S("Нормативно-правовое обеспечение"),
    R("", "orgs_regulation_teachers", "Положение о наставничестве педагогов (утверждено приказом)", doc="pol"),
    R("", "orgs_regulation_students", "Положение о наставничестве обучающихся (утверждено приказом)", doc="pol"),
    R("", "orgs_monitoring_order", "Приказ о мониторинге внедрения целевой модели наставничества", doc="mon"),
    R("", "internal_monitoring_notes", "Справка по результатам внутреннего мониторинга", doc="spravka"),
    R("", "curators_total", "Кол-во кураторов ЦМН", doc="kurator"),
    R("", "pay_acts", "Кол-во локальных актов об оплате наставничества",
      t23="Кол-во положений о материальном поощрении наставников"),
    R("", "nonmaterial_acts", "Кол-во локальных актов о нематериальном поощрении (грамоты, благодарности)",
      t23="Кол-во положений о нематериальном поощрении наставников", doc="nemat"),
    S("Наставники"),
    R("", "mentors_total", "Кол-во наставников (приказ о закреплении пар)", doc="pary"),
    R("", "teachers_mentors", "в т.ч. учителя", doc="pary"),
    R("", "mentors_15_19", "в т.ч. ученики 15–19 лет", doc="pary"),
    R("", "enterprise_mentors", "в т.ч. работники СПК «Берёзовский»", doc="dog_spk"),
    R("", "other_org_mentors", "в т.ч. работники сельского Дома культуры"),
    R("", "students_15_19", "Всего учащихся 15–19 лет"),
    R("", "share_mentors_15_19", "Доля учащихся 15–19 лет — наставников, %"),
    O("", "students_15_19_in_programmes", "Учащиеся 15–19 лет, вошедшие в программы наставничества", {2023: 9},
      doc="pary"),
    R("", "agreements_enterprises", "Соглашение с СПК о наставничестве (кол-во)", doc="dog_spk"),
    R("", "agreements_other_orgs", "Соглашение с сельским Домом культуры о наставничестве (кол-во)", doc="dog_sdk"),
    R("", "partner_list", "Партнёры по наставничеству", doc="dog_spk"),
    S("Наставляемые"),
    R("", "mentees_total", "Кол-во наставляемых (приказ о закреплении пар)", doc="pary"),
    R("", "students_10_19", "Всего учащихся 10–19 лет"),
    R("", "mentees_10_19", "Из них наставляемые", doc="pary"),
    R("", "mentees_risk", "— группа риска (учёт)", doc="pary"),
    R("", "mentees_disabled", "— ОВЗ, инвалиды", doc="pary"),
    R("", "mentees_gifted", "— одарённые"),
    R("", "mentees_low_motivation", "— неуспевающие, низкая мотивация", doc="pary"),
    R("", "mentees_career", "— профориентация (не определились с профессией)", doc="pary"),
    R("", "mentees_other_params", "— прочие"),
    R("", "share_mentees_10_19", "Доля наставляемых 10–19 лет, %"),
    N("", "Кол-во обучающихся 10–18 лет, охваченных наставничеством", {2023: 21, 2024: 26}),
    S("Педагоги"),
    R("", "young_specialists", "Молодые специалисты до 35 лет (стаж до 3 лет)",
      t23="Молодые педагоги до 35 лет (стаж до 3 лет)"),
    R("", "young_specialists_mentees", "из них закреплены за наставником", doc="pary"),
    R("", "teachers_other", "Прочие учителя (без молодых специалистов)"),
    R("", "teachers_other_mentees", "из них наставляемые"),
    R("", "share_teachers_mentees", "Доля учителей-наставляемых, %"),
    S("Персонализированные программы"),
    R("", "pp_total", "ПП наставничества всего", doc="ppn"),
    R("", "pp_pupil_pupil", "ученик – ученик", doc="ppn"),
    R("", "pp_teacher_teacher", "учитель – учитель", doc="ppn"),
    R("", "pp_head_teacher", "директор (завуч) – учитель"),
    R("", "pp_teacher_pupil", "учитель – ученик", doc="ppn"),
    R("", "teachers_in_pp", "Учителя, участвующие в утверждённых ПП", doc="ppn"),
    S("Методическая работа, удовлетворённость"),
    R("", "kpk_trained", "КПК по наставничеству (прошли за год)", t23="КПК по наставничеству (прошли)"),
    R("", "school_methodical_associations", "МО наставников", doc="mo"),
    R("", "satisfaction_mentees", "Удовлетворённость наставляемых, % (анкетирование по окончании программ)", doc="anketa"),
    R("", "satisfaction_mentors", "Удовлетворённость наставников, % (анкетирование по окончании программ)", doc="anketa"),
    N("", "Встреч наставников с наставляемыми за год", {2023: 64, 2024: 88}),
    N("", "Ожидаемое кол-во наставников в 2025 г.", {2023: 16, 2024: 20}, t23="Ожидаемое кол-во наставников в 2024 г."),
]


def form_berez():
    hdr = ["Показатель", "Значение", "Документ (ссылка)"]
    return dict(
        file="typed/berezovskaya_tri_goda.xlsx", org=BEREZ_ORG, cols=dict(title=1, value=2, link=3),
        widths=[74, 14, 66], yn=("Да", "Нет"), data={2023: BEREZ_23, 2024: BEREZ_24}, plan=BEREZ_25,
        docs=BEREZ_DOCS, rows=BEREZ_ROWS,
        typed={("satisfaction_mentees", 2024): "90 %", ("satisfaction_mentors", 2024): "95 %",
               ("satisfaction_mentees", 2023): "88 %", ("satisfaction_mentors", 2023): "92 %"},
        sheets=[dict(
            name="Лист1",
            top=[("merged", BEREZ_ORG),
                 ("merged", "Показатели реализации целевой модели наставничества"),
                 ("blank",)],
            blocks=[dict(year=2023, label="2023 год", header=hdr, links=True, gap=0),
                    dict(year=2024, label="2024 год", header=hdr, links=True, gap=1),
                    dict(year=2025, label="2025 (план)", header=["Показатель", "План", "Примечание"], links=False,
                         gap=1)],
            bottom=["Директор школы ____________ Л. В. Пантелеева"])],
    )


# ===============================================================================================================
# 4. МКОУ «Малокамышинская ООШ»: only the 2024 block (a note says 2023 is in last year's report)
# ===============================================================================================================
MALOK_ORG = "МКОУ «Малокамышинская ООШ»"
MALOK_24 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    teachers_mentors=5, mentors_15_19=2, students_15_19=7, external_edu_mentors=1,
    agreements_edu_orgs=1, partner_list="МБОУ «Берёзовская СОШ»",
    students_10_19=41, mentees_10_19=11, mentees_risk=2, mentees_disabled=2, mentees_gifted=0,
    mentees_low_motivation=4, mentees_career=2, mentees_other_params=1,
    young_specialists=1, young_specialists_mentees=1, teachers_other=9, teachers_other_mentees=1,
    pp_pupil_pupil=3, pp_teacher_teacher=2, pp_teacher_pupil=6,
    teachers_in_pp=7, kpk_trained=1, school_methodical_associations=0,
    satisfaction_mentees=96, satisfaction_mentors=100,
))
M4 = "https://malokamyshinskaya-oosh.ru/files/cmn/"
MALOK_DOCS = {2024: dict(pol_ped=M4 + "polozhenie_ped_2023.pdf", pol_uch=M4 + "polozhenie_uch_2023.pdf",
                         mon=M4 + "prikaz_46_monitoring_2024.pdf", spravka=M4 + "spravka_itog_monitoring_2024.pdf",
                         nemat=M4 + "LA_moralnoe_pooshchrenie.pdf", pary=M4 + "prikaz_51_pary_2024.pdf",
                         dog=M4 + "soglashenie_Berezovskaya_SOSh.pdf", ppn=M4 + "PPN_2024.pdf",
                         kpk=M4 + "KPK_2024.pdf", anketa="https://disk.yandex.ru/i/mK3vT9qLx2Pw")}
MALOK_ROWS = [
    S("I. Документы"),
    R("1", "orgs_regulation_teachers", "Положение о наставничестве педагогических работников", doc="pol_ped"),
    R("2", "orgs_regulation_students", "Положение о наставничестве учащихся", doc="pol_uch"),
    R("3", "orgs_monitoring_order", "Приказ «О мониторинге целевой модели наставничества»", doc="mon"),
    R("4", "internal_monitoring_notes", "Итоговая справка внутреннего мониторинга", doc="spravka"),
    R("5", "curators_total", "Куратор внедрения целевой модели (кол-во)"),
    R("6", "pay_acts", "Локальный акт об оплате за наставничество (кол-во)"),
    R("7", "nonmaterial_acts", "Локальный акт о моральном поощрении наставников (кол-во)", doc="nemat"),
    S("II. Наставники"),
    R("8", "mentors_total", "Наставники (по приказу), всего", doc="pary"),
    R("9", "teachers_mentors", "учителя-наставники", doc="pary"),
    R("10", "mentors_15_19", "ученики-наставники 15–19 лет (9 класс)", doc="pary"),
    R("11", "external_edu_mentors", "наставник из МБОУ «Берёзовская СОШ» (по соглашению)", doc="dog"),
    R("12", "students_15_19", "Учащихся 15–19 лет всего"),
    R("13", "agreements_edu_orgs", "Соглашение о сетевом взаимодействии с другой школой (наставники)", doc="dog"),
    R("14", "partner_list", "С кем заключено соглашение", doc="dog"),
    N("15", "Наставнических пар", {2024: 12}),
    S("III. Учащиеся — наставляемые"),
    R("16", "mentees_total", "Наставляемые (по приказу), всего", doc="pary"),
    R("17", "students_10_19", "Учащихся 10–19 лет всего"),
    R("18", "mentees_10_19", "из них наставляемые 10–19 лет", doc="pary"),
    R("19", "mentees_risk", "на внутришкольном учёте, «группа риска»", doc="pary"),
    R("20", "mentees_disabled", "дети с ОВЗ", doc="pary"),
    R("21", "mentees_gifted", "одарённые (по реестру)"),
    R("22", "mentees_low_motivation", "слабоуспевающие, низкая мотивация", doc="pary"),
    R("23", "mentees_career", "затрудняются в выборе профессии", doc="pary"),
    R("24", "mentees_other_params", "другие причины"),
    R("25", "share_mentees_10_19", "Доля наставляемых 10–19 лет, %"),
    N("26", "Ученики 1–4 классов с наставником-старшеклассником", {2024: 5}),
    S("IV. Педагоги"),
    R("27", "young_specialists", "Молодые специалисты (до 35 лет, стаж работы менее 3 лет)"),
    R("28", "young_specialists_mentees", "наставляемые из числа молодых специалистов", doc="pary"),
    R("29", "share_young_specialists_mentees", "Доля молодых специалистов с наставником, %"),
    R("30", "teachers_other", "Учителя, кроме молодых специалистов"),
    R("31", "teachers_other_mentees", "наставляемые из их числа", doc="pary"),
    R("32", "share_teachers_mentees", "Доля учителей-наставляемых (всего), %"),
    S("V. Персонализированные программы наставничества"),
    R("33", "pp_total", "ППН, всего", doc="ppn"),
    R("34", "pp_pupil_pupil", "ученик – ученик", doc="ppn"),
    R("35", "pp_teacher_teacher", "учитель – учитель (молодой специалист)"),
    R("36", "pp_teacher_pupil", "учитель – ученик", doc="ppn"),
    R("37", "teachers_in_pp", "Учителя в утверждённых ППН", doc="ppn"),
    S("VI. Методическая работа и удовлетворённость"),
    R("38", "kpk_trained", "Прошли КПК по наставничеству в 2024 году", doc="kpk"),
    R("39", "school_methodical_associations", "МО наставников"),
    R("40", "satisfaction_mentees", "Удовлетворённость наставляемых по итогам программ, %", doc="anketa"),
    R("41", "satisfaction_mentors", "Удовлетворённость наставников по итогам программ, %", doc="anketa"),
    N("42", "Родительских собраний с вопросом о наставничестве", {2024: 2}),
]


def form_malok():
    return dict(
        file="typed/malokamyshinskaya_tolko_2024.xlsx", org=MALOK_ORG, cols=dict(no=1, title=2, value=3, link=4),
        widths=[6, 64, 12, 58], yn=("имеется", "нет"), data={2024: MALOK_24}, docs=MALOK_DOCS, rows=MALOK_ROWS,
        typed={("share_mentees_10_19", 2024): "26,83", ("share_young_specialists_mentees", 2024): "100",
               ("share_teachers_mentees", 2024): "20,00"},
        sheets=[dict(
            name="Мониторинг",
            top=[("merged", "Мониторинг реализации целевой модели наставничества"),
                 ("label", "Наименование ОО:", MALOK_ORG),
                 ("label", "Отчётный период:", "2024 год"),
                 ("note", "Данные за 2023 год были представлены в прошлогоднем отчёте (в этой таблице не повторяются)."),
                 ("blank",)],
            blocks=[dict(year=2024, label="Мониторинг за 2024 год",
                         header=["№", "Наименование показателя", "Значение", "Ссылка"], links=True, gap=0)],
            bottom=["Исполнитель: Корепанова Н. А."])],
    )


# ===============================================================================================================
# 5. МБОУ «Лицей № 2»: the two years on separate sheets «2023» and «2024» (the «2023» sheet first)
# ===============================================================================================================
LICEY_ORG = "МБОУ «Лицей № 2» г. Ключегорска"
LICEY_23 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=1, nonmaterial_acts=0,
    teachers_mentors=24, young_specialists_mentors=3, mentors_15_19=26, students_15_19=241,
    external_edu_mentors=2, enterprise_mentors=1,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «ИжГТУ имени М. Т. Калашникова»; ГБПОУ УР «Ключегорский политехнический колледж»; "
                 "ООО «КлючегорскАгроПром»",
    students_10_19=585, mentees_10_19=61, mentees_risk=2, mentees_disabled=4, mentees_gifted=22,
    mentees_low_motivation=9, mentees_career=18, mentees_other_params=6,
    young_specialists=11, young_specialists_mentees=10, teachers_other=56, teachers_other_mentees=4,
    pp_pupil_pupil=18, pp_teacher_teacher=10, pp_head_teacher=2, pp_teacher_pupil=21, pp_student_pupil=4,
    teachers_in_pp=30, kpk_trained=5, school_methodical_associations=1,
    satisfaction_mentees=91.2, satisfaction_mentors=89.6,
))
LICEY_24 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, pay_acts=1, nonmaterial_acts=1,
    teachers_mentors=28, young_specialists_mentors=4, mentors_15_19=30, students_15_19=248,
    external_edu_mentors=3, enterprise_mentors=2,
    agreements_edu_orgs=2, agreements_enterprises=1,
    partner_list="ФГБОУ ВО «ИжГТУ имени М. Т. Калашникова»; ГБПОУ УР «Ключегорский политехнический колледж»; "
                 "ООО «КлючегорскАгроПром»",
    students_10_19=598, mentees_10_19=70, mentees_risk=3, mentees_disabled=4, mentees_gifted=26,
    mentees_low_motivation=10, mentees_career=20, mentees_other_params=7,
    young_specialists=12, young_specialists_mentees=11, teachers_other=55, teachers_other_mentees=5,
    pp_pupil_pupil=22, pp_teacher_teacher=12, pp_head_teacher=3, pp_teacher_pupil=25, pp_student_pupil=6,
    teachers_in_pp=35, kpk_trained=7, school_methodical_associations=1,
    satisfaction_mentees=93.5, satisfaction_mentors=90.8,
))
L5 = "https://licey2-klyuchegorsk.ru/sveden/nastavnichestvo/"
LICEY_DOCS = {
    2023: dict(pol_ped=L5 + "polozhenie_pedrabotniki.pdf", pol_uch=L5 + "polozhenie_liceisty.pdf",
               mon=L5 + "2023/prikaz_monitoring.pdf", spravka=L5 + "2023/spravka_monitoring.pdf",
               kurator=L5 + "2023/prikaz_kurator.pdf", oplata=L5 + "polozhenie_stimulirovanie_2020.pdf",
               pary=L5 + "2023/prikaz_nastavniki_nastavlyaemye.pdf", dog_vuz=L5 + "2023/dogovory_IzhGTU_kolledzh.pdf",
               dog_ent=L5 + "2023/dogovor_agroprom.pdf", partnery=L5 + "2023/partnery.pdf",
               reestr=L5 + "2023/odarennye.pdf", ppn=L5 + "2023/PP.pdf", kpk=L5 + "2023/KPK.pdf",
               mo=L5 + "prikaz_MO_nastavnikov.pdf", stazh=L5 + "2023/stazherskaya_ploshchadka.pdf",
               anketa="https://disk.yandex.ru/d/Lc2a9Vb1TqP7fG"),
    2024: dict(pol_ped=L5 + "polozhenie_pedrabotniki.pdf", pol_uch=L5 + "polozhenie_liceisty.pdf",
               mon=L5 + "2024/prikaz_monitoring.pdf", spravka=L5 + "2024/spravka_monitoring.pdf",
               oplata=L5 + "2024/LA_oplata_nastavnichestva.pdf", nemat=L5 + "2024/LA_nemat_pooshchrenie.pdf",
               pary=L5 + "2024/prikaz_nastavniki_nastavlyaemye.pdf", dog_vuz=L5 + "2024/dogovory_IzhGTU_kolledzh.pdf",
               dog_ent=L5 + "2024/dogovor_agroprom.pdf", partnery=L5 + "2024/partnery.pdf",
               reestr=L5 + "2024/odarennye.pdf", ppn=L5 + "2024/PP.pdf", kpk=L5 + "2024/KPK.pdf",
               mo=L5 + "prikaz_MO_nastavnikov.pdf", anketa="https://disk.yandex.ru/d/Wn8e3Rk5YsH2dJ"),
}
LICEY_ROWS = [
    S("1. Организационно-нормативные условия"),
    R("1.1", "orgs_regulation_teachers", "Положение о системе наставничества педработников лицея", doc="pol_ped"),
    R("1.2", "orgs_regulation_students", "Положение о системе наставничества лицеистов", doc="pol_uch"),
    R("1.3", "orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН в лицее", doc="mon"),
    R("1.4", "internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга (за год)", doc="spravka"),
    R("1.5", "curators_total", "Количество кураторов ЦМН", doc="kurator"),
    R("1.6", "pay_acts", "Количество локальных актов, устанавливающих оплату за наставничество",
      t23="Количество положений о материальном стимулировании наставничества", doc="oplata"),
    R("1.7", "nonmaterial_acts", "Количество локальных актов о нематериальном поощрении наставников",
      t23="Количество положений о нематериальном стимулировании наставников", doc="nemat"),
    S("2. Наставники"),
    R("2.1", "mentors_total", "Количество наставников лицея по приказу", doc="pary"),
    R("2.2", "teachers_mentors", "Количество педагогов-наставников", doc="pary"),
    R("2.3", "young_specialists_mentors", "Количество молодых специалистов в роли наставника"),
    R("2.4", "share_young_specialists_mentors", "Доля молодых специалистов, выступающих наставниками, %"),
    R("2.5", "mentors_15_19", "Количество лицеистов 15–19 лет — наставников (по приказу)", doc="pary"),
    R("2.6", "students_15_19", "Количество лицеистов 15–19 лет (всего)"),
    R("2.7", "share_mentors_15_19", "Доля лицеистов 15–19 лет — наставников, %"),
    R("2.8", "external_edu_mentors", "Наставники из вузов и колледжей (по договорам)", doc="dog_vuz"),
    R("2.9", "enterprise_mentors", "Наставники от предприятий-партнёров", doc="dog_ent"),
    N("2.10", "Количество пар «наставник – наставляемый»", {2023: 66, 2024: 79}, doc="pary"),
    N("2.11", "Наставники в возрасте старше 55 лет", {2023: 6, 2024: 7}),
    S("3. Партнёры"),
    R("3.1", "agreements_edu_orgs", "Договоры с вузами/колледжами о наставничестве", doc="dog_vuz"),
    R("3.2", "agreements_enterprises", "Договоры с предприятиями о наставничестве", doc="dog_ent"),
    R("3.3", "partner_list", "Перечень организаций-партнёров", doc="partnery"),
    S("4. Наставляемые лицеисты"),
    R("4.1", "mentees_total", "Количество наставляемых лицея по приказу", doc="pary"),
    R("4.2", "students_10_19", "Количество лицеистов 10–19 лет (всего)"),
    R("4.3", "mentees_10_19", "Количество лицеистов 10–19 лет — наставляемых", doc="pary"),
    R("4.4", "mentees_risk", "из них «группа риска»", doc="pary"),
    R("4.5", "mentees_disabled", "из них с ОВЗ / инвалидностью"),
    R("4.6", "mentees_gifted", "из них одарённые (в реестре)", doc="reestr"),
    R("4.7", "mentees_low_motivation", "из них с низкой мотивацией и неуспеваемостью"),
    R("4.8", "mentees_career", "из них с проблемой выбора профиля / профессии", doc="pary"),
    R("4.9", "mentees_other_params", "из них по иным параметрам"),
    R("4.10", "share_mentees_10_19", "Доля лицеистов 10–19 лет — наставляемых, %"),
    S("5. Педагоги-наставляемые"),
    R("5.1", "young_specialists", "Молодые специалисты до 35 лет с опытом работы до 3 лет",
      t23="Молодые педагоги до 35 лет с опытом работы до 3 лет"),
    R("5.2", "young_specialists_mentees", "Молодые специалисты — наставляемые", doc="pary"),
    R("5.3", "teachers_other", "Педагоги лицея без учёта молодых специалистов"),
    R("5.4", "teachers_other_mentees", "Педагоги (не молодые специалисты) — наставляемые", doc="pary"),
    N("5.5", "Педагоги, аттестованные с присвоением квалификации «педагог-наставник»", {2023: 2, 2024: 4}),
    S("6. Персонализированные программы"),
    R("6.1", "pp_total", "Количество персонализированных программ (ПП), всего", doc="ppn"),
    R("6.2", "pp_pupil_pupil", "ПП «ученик – ученик»", doc="ppn"),
    R("6.3", "pp_teacher_teacher", "ПП «педагог – педагог»", doc="ppn"),
    R("6.4", "pp_head_teacher", "ПП «руководитель – педагог»"),
    R("6.5", "pp_teacher_pupil", "ПП «педагог – ученик»", doc="ppn"),
    R("6.6", "pp_student_pupil", "ПП «студент – ученик»"),
    R("6.7", "teachers_in_pp", "Педагоги, участвующие в утверждённых ПП", doc="ppn"),
    S("7. Развитие наставничества"),
    R("7.1", "kpk_trained", "Педагоги, прошедшие КПК по наставничеству за календарный год",
      t23="Педагоги, прошедшие КПК по наставничеству", doc="kpk"),
    R("7.2", "school_methodical_associations", "Методические объединения наставников в лицее", doc="mo"),
    O("7.3", "trainees_internship", "Педагоги-стажёры стажёрской площадки", {2023: 2}, doc="stazh"),
    R("7.4", "satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах, %", doc="anketa"),
    R("7.5", "satisfaction_mentors", "Удовлетворённость наставников участием в завершённых программах, %", doc="anketa"),
]


def form_licey():
    hdr = ["№ п/п", "Критерий", "Показатель", "Подтверждение (ссылка)"]
    sheet = lambda y: dict(  # noqa: E731
        name=str(y),
        top=[("merged", LICEY_ORG), ("blank",)],
        blocks=[dict(year=y, label=f"Мониторинг ЦМН за {y} год", header=hdr, links=True, gap=0)],
        bottom=[])
    return dict(
        file="typed/licey2_listy_2023_2024.xlsx", org=LICEY_ORG, cols=dict(no=1, title=2, value=3, link=4),
        widths=[8, 70, 14, 64], yn=("да", "нет"), data={2023: LICEY_23, 2024: LICEY_24}, docs=LICEY_DOCS,
        rows=LICEY_ROWS, sheets=[sheet(2023), sheet(2024)], expected_sheet="2024",
    )


# ===============================================================================================================
# 6. МБУ ДО «Ключегорский ЦДТ»: «ЗА 2024 ГОД» first, then «За 2023 год (для сравнения)» with NO links;
#    an «Примечание» column
# ===============================================================================================================
CDT_ORG = ("Муниципальное бюджетное учреждение дополнительного образования «Ключегорский центр детского "
           "творчества»")
CDT_23 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=0,
    teachers_mentors=12, young_specialists_mentors=1, mentors_15_19=7, students_15_19=169, other_org_mentors=0,
    agreements_other_orgs=0, partner_list=None,
    students_10_19=795, mentees_10_19=47, mentees_risk=5, mentees_disabled=6, mentees_gifted=19,
    mentees_low_motivation=2, mentees_career=9, mentees_other_params=6,
    young_specialists=5, young_specialists_mentees=4, teachers_other=30, teachers_other_mentees=2,
    pp_pupil_pupil=9, pp_teacher_teacher=5, pp_teacher_pupil=25, pp_other=1,
    teachers_in_pp=17, kpk_trained=2, school_methodical_associations=1,
    satisfaction_mentees=95, satisfaction_mentors=94,
))
CDT_24 = derive(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, pay_acts=0, nonmaterial_acts=1,
    teachers_mentors=14, young_specialists_mentors=1, mentors_15_19=9, students_15_19=176, other_org_mentors=2,
    agreements_other_orgs=2,
    partner_list="МБУК «Ключегорский районный Дом культуры»; МБУК «Ключегорская центральная библиотека»",
    students_10_19=812, mentees_10_19=58, mentees_risk=6, mentees_disabled=7, mentees_gifted=24,
    mentees_low_motivation=3, mentees_career=11, mentees_other_params=7,
    young_specialists=4, young_specialists_mentees=4, teachers_other=31, teachers_other_mentees=3,
    pp_pupil_pupil=12, pp_teacher_teacher=6, pp_teacher_pupil=31, pp_other=2,
    teachers_in_pp=20, kpk_trained=3, school_methodical_associations=1,
    satisfaction_mentees=97, satisfaction_mentors=93,
))
C6 = "https://cdt-klyuchegorsk.ru/documents/nastavnichestvo/"
CDT_DOCS = {
    2023: {},  # the 2023 block was typed without links
    2024: dict(pol_ped=C6 + "polozhenie_nastavnichestvo_pedagogov_DO.pdf",
               pol_uch=C6 + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
               mon=C6 + "2024/prikaz_monitoring_CMN.pdf", spravka=C6 + "2024/spravka_vnutr_monitoring.pdf",
               kurator=C6 + "2024/prikaz_kurator.pdf", nemat=C6 + "2024/polozhenie_nemat_pooshchrenie.pdf",
               pary=C6 + "2024/prikaz_nastavnicheskie_pary.pdf", dog=C6 + "2024/soglasheniya_RDK_biblioteka.pdf",
               reestr=C6 + "2024/reestr_odarennyh.pdf", ppn=C6 + "2024/PPN_reestr.pdf", kpk=C6 + "2024/KPK.pdf",
               anketa="https://cloud.mail.ru/public/Xb4k/Pz7nQd2Wm"),
}
CDT_ROWS = [
    S("1. Нормативное обеспечение"),
    R("1.1", "orgs_regulation_teachers", "Положение о наставничестве педагогов дополнительного образования (утверждено)", doc="pol_ped"),
    R("1.2", "orgs_regulation_students", "Положение о наставничестве обучающихся (воспитанников) (утверждено)", doc="pol_uch"),
    R("1.3", "orgs_monitoring_order", "Приказ о мониторинге ЦМН в учреждении", doc="mon"),
    R("1.4", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга ЦМН", doc="spravka"),
    R("1.5", "curators_total", "Кураторы ЦМН, чел.", doc="kurator"),
    R("1.6", "pay_acts", "Локальные акты об оплате наставничества, ед.", note="доплата за наставничество не предусмотрена"),
    R("1.7", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, ед.",
      t23="Положение о нематериальном поощрении наставников, ед.", doc="nemat"),
    S("2. Наставники"),
    R("2.1", "mentors_total", "Наставники по приказу, всего, чел.", doc="pary"),
    R("2.2", "teachers_mentors", "педагоги ДО — наставники", doc="pary"),
    R("2.3", "young_specialists_mentors", "в т.ч. молодые специалисты"),
    R("2.4", "mentors_15_19", "обучающиеся 15–19 лет — наставники", doc="pary"),
    R("2.5", "other_org_mentors", "специалисты учреждений культуры (по соглашениям)", doc="dog"),
    R("2.6", "students_15_19", "Обучающиеся 15–19 лет (по списочному составу объединений), чел."),
    R("2.7", "share_mentors_15_19", "Доля наставников из числа обучающихся 15–19 лет, %"),
    R("2.8", "agreements_other_orgs", "Соглашения с учреждениями культуры о предоставлении наставников, ед.", doc="dog"),
    R("2.9", "partner_list", "Организации-партнёры", doc="dog"),
    N("2.10", "Творческие объединения, в которых работают наставнические пары, ед.", {2023: 14, 2024: 19}),
    S("3. Наставляемые"),
    R("3.1", "mentees_total", "Наставляемые по приказу, всего, чел.", doc="pary"),
    R("3.2", "students_10_19", "Обучающиеся 10–19 лет (по списочному составу), чел."),
    R("3.3", "mentees_10_19", "из них наставляемые", doc="pary"),
    R("3.4", "mentees_risk", "«группа риска»", doc="pary"),
    R("3.5", "mentees_disabled", "дети с ОВЗ, дети-инвалиды", doc="pary"),
    R("3.6", "mentees_gifted", "одарённые (региональный реестр)", doc="reestr"),
    R("3.7", "mentees_low_motivation", "низкая мотивация, неуспеваемость в школе"),
    R("3.8", "mentees_career", "профессиональное самоопределение", doc="pary"),
    R("3.9", "mentees_other_params", "иные параметры"),
    R("3.10", "share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет, %"),
    N("3.11", "Наставляемые младше 10 лет (7–9 лет), чел.", {2023: 9, 2024: 13}),
    S("4. Педагоги"),
    R("4.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.",
      t23="Молодые педагоги (до 35 лет, стаж до 3 лет), чел."),
    R("4.2", "young_specialists_mentees", "из них наставляемые", doc="pary"),
    R("4.3", "teachers_other", "Педагоги без учёта молодых специалистов, чел."),
    R("4.4", "teachers_other_mentees", "из них наставляемые", doc="pary"),
    R("4.5", "share_teachers_mentees", "Доля педагогов-наставляемых, %"),
    S("5. Персонализированные программы наставничества"),
    R("5.1", "pp_total", "ППН, всего, ед.", doc="ppn"),
    R("5.2", "pp_pupil_pupil", "обучающийся – обучающийся", doc="ppn"),
    R("5.3", "pp_teacher_teacher", "педагог – педагог", doc="ppn"),
    R("5.4", "pp_teacher_pupil", "педагог – обучающийся", doc="ppn"),
    R("5.5", "pp_other", "другие формы", note="«педагог – родитель»"),
    R("5.6", "teachers_in_pp", "Педагоги в утверждённых ППН, чел.", doc="ppn"),
    S("6. Методическая работа, удовлетворённость"),
    R("6.1", "kpk_trained", "КПК по наставничеству (за год), чел.", t23="КПК по наставничеству, чел.", doc="kpk"),
    R("6.2", "school_methodical_associations", "МО наставников, ед."),
    R("6.3", "satisfaction_mentees", "Удовлетворённость наставляемых (завершённые программы), %", doc="anketa"),
    R("6.4", "satisfaction_mentors", "Удовлетворённость наставников (завершённые программы), %", doc="anketa"),
    N("6.5", "Мастер-классы для родителей, ед.", {2023: 3, 2024: 5}),
]


def form_cdt():
    hdr = ["№", "Показатель", "Значение", "Ссылка", "Примечание"]
    return dict(
        file="typed/cdt_2024_2023_bez_ssylok.xlsx", org=CDT_ORG, cols=dict(no=1, title=2, value=3, link=4, note=5),
        widths=[6, 66, 12, 60, 30], yn=(1, 0), data={2023: CDT_23, 2024: CDT_24}, docs=CDT_DOCS, rows=CDT_ROWS,
        sheets=[dict(
            name="Наставничество",
            top=[("merged", CDT_ORG),
                 ("merged", "Мониторинг реализации целевой модели наставничества"),
                 ("merged", "(данные по состоянию на 31 декабря)"),
                 ("blank",)],
            blocks=[dict(year=2024, label="ЗА 2024 ГОД", header=hdr, links=True, gap=0),
                    dict(year=2023, label="За 2023 год (для сравнения)", header=hdr, links=False, gap=2)],
            bottom=["Ответственный: методист Лекомцева А. С."])],
    )


FORMS = [form_sosh1, form_gimn5, form_berez, form_malok, form_licey, form_cdt]


# ---------------------------------------------------------------------------------------------------------------
def typed_value(form, cid, year, v):
    override = form.get("typed", {}).get((cid, year))
    if override is not None:
        return override
    if cid in YESNO:
        return form["yn"][0] if v else form["yn"][1]
    return v


def pin_zip(path):
    """Rewrite the xlsx with fixed entry times and a fixed modified date, so reruns are byte-identical."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + CORE_TIME.encode() + rb"\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>" + CORE_TIME.encode() + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())


def build(form, cat, cells, blocks_out, other_out):
    wb = Workbook()
    wb.remove(wb.active)
    cols = form["cols"]
    ncol = max(cols.values())
    entry = {"file": form["file"], "year": YEAR, "organisation": form["org"]}
    if form.get("expected_sheet"):
        entry["sheet"] = form["expected_sheet"]
    entry.update({"values": {}, "links": {}, "not_criteria": [], "headings": []})
    for sh in form["sheets"]:
        ws = wb.create_sheet(sh["name"])
        for i, w in enumerate(form["widths"], start=1):
            ws.column_dimensions[chr(64 + i)].width = w
        r = 1
        for item in sh["top"]:
            if item[0] == "merged":
                ws.cell(r, 1, item[1]).font = Font(bold=True, size=12)
                ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            elif item[0] == "label":
                ws.cell(r, 1, item[1]).font = Font(bold=True)
                ws.cell(r, 2, item[2])
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
            elif item[0] == "note":
                ws.cell(r, 1, item[1]).font = Font(italic=True, size=10)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for blk in sh["blocks"]:
            year = blk["year"]
            plan = year > YEAR
            r += blk["gap"]
            first = r
            lc = ws.cell(r, 1, blk["label"])
            lc.font = Font(bold=True, size=12)
            lc.fill = PatternFill("solid", fgColor="FCE4D6" if year != YEAR else "E2EFDA")
            lc.alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            label_cell = lc.coordinate
            r += 1
            for c, h in enumerate(blk["header"], start=1):
                cell = ws.cell(r, c, h)
                cell.font = Font(bold=True)
                cell.border = BOX
                cell.fill = PatternFill("solid", fgColor="D9E1F2")
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            r += 1
            data = form["plan"] if plan else form["data"][year]
            docs = form["docs"].get(year, {}) if (blk["links"] and not plan) else {}
            seen = set()
            for row in form["rows"]:
                k = row["kind"]
                if k == "S":
                    t = title_for(row, year)
                    ws.cell(r, 1, t).font = Font(bold=True)
                    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                    if year == YEAR:
                        entry["headings"].append(t)
                    r += 1
                    continue
                if k == "N" and year not in row["vals"]:
                    continue
                if k == "O" and year not in row["vals"]:
                    continue
                if k == "R" and row["only"] and year not in row["only"]:
                    continue
                t = title_for(row, year)
                if "no" in cols:
                    ws.cell(r, cols["no"], row["no"] or None)
                tc = ws.cell(r, cols["title"], t)
                if "unit" in cols:
                    ws.cell(r, cols["unit"], row.get("unit"))
                link = docs.get(row["doc"]) if row.get("doc") else None
                if k == "N":
                    v = row["vals"][year]
                    ws.cell(r, cols["value"], v)
                    if link:
                        ws.cell(r, cols["link"], link)
                    if year == YEAR:
                        entry["not_criteria"].append(t)
                elif k in ("R", "O"):
                    cid = row["cid"]
                    v = row["vals"][year] if k == "O" else data.get(cid)
                    if k == "R" and not plan and cid not in data:
                        raise AssertionError(f"{form['file']} {year}: no figure for {cid}")
                    if v is not None and v != "":
                        tv = v if plan else typed_value(form, cid, year, v)
                        vc = ws.cell(r, cols["value"], tv)
                        if isinstance(tv, float):
                            vc.number_format = "0.00"
                    else:
                        vc = ws.cell(r, cols["value"])
                        link = None  # nothing typed, no document either
                    if link and v in (0, None):
                        raise AssertionError(f"{form['file']} {year} {cid}: a link on an empty / zero row")
                    if link:
                        ws.cell(r, cols["link"], link)
                    if row.get("note") and year == YEAR and "note" in cols:
                        ws.cell(r, cols["note"], row["note"])
                    if year == YEAR:
                        assert k == "R"
                        assert cid in cat and cat[cid]["level"] == "org" and cat[cid]["wording_2024"].strip() \
                            and cat[cid]["aggregation"] not in ("forms", "sum_of"), cid
                        assert cid not in seen, (form["file"], cid)
                        seen.add(cid)
                        if v is not None:
                            entry["values"][cid] = v
                            cells.append({"file": form["file"], "sheet": sh["name"], "cell": vc.coordinate,
                                          "criterion": cid, "kind": "value", "expected": v,
                                          "typed": typed_value(form, cid, year, v), "row_title": t})
                            if link:
                                entry["links"][cid] = link
                                cells.append({"file": form["file"], "sheet": sh["name"],
                                              "cell": ws.cell(r, cols["link"]).coordinate, "criterion": cid,
                                              "kind": "link", "expected": link, "row_title": t})
                    elif v is not None:
                        other_out.append({"file": form["file"], "sheet": sh["name"], "year": year,
                                          "plan": plan, "cell": vc.coordinate, "criterion": cid, "kind": "value",
                                          "value": v, "row_title": t})
                        if link:
                            other_out.append({"file": form["file"], "sheet": sh["name"], "year": year,
                                              "plan": plan, "cell": ws.cell(r, cols["link"]).coordinate,
                                              "criterion": cid, "kind": "link", "value": link, "row_title": t})
                for c in range(1, ncol + 1):
                    cell = ws.cell(r, c)
                    cell.border = BOX
                    cell.alignment = Alignment(wrap_text=(c in (cols["title"], cols["link"])), vertical="top",
                                               horizontal=("center" if c == cols["value"] else None))
                r += 1
            blocks_out.append({"file": form["file"], "sheet": sh["name"], "year": year, "plan": plan,
                               "label": blk["label"], "label_cell": label_cell, "first_row": first,
                               "last_row": r - 1, "links": bool(docs), "expected": year == YEAR})
        r += 1
        for t in sh.get("bottom", []):
            ws.cell(r, cols["title"], t)
            r += 1
    wb.properties.creator = "Пользователь"
    wb.properties.lastModifiedBy = "Пользователь"
    TYPED.mkdir(exist_ok=True)
    path = HERE / form["file"]
    wb.save(path)
    pin_zip(path)
    return entry


def main():
    cat = load_catalogue()
    cells, blocks, other, expected = [], [], [], []
    for f in FORMS:
        expected.append(build(f(), cat, cells, blocks, other))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "blocks": blocks, "other_years": other},
                                                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    nn = sum(len(e["not_criteria"]) for e in expected)
    nh = sum(len(e["headings"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links, {nn} not-criteria rows, "
          f"{nh} headings; {len(other)} other-year cells")
    for e in expected:
        v = e["values"]
        nonc = [k for k in v if k not in CONTINGENTS]
        noshare = [k for k in nonc if not k.startswith("share_")]
        print(f"  {e['file']}: {len(v)} values, {len(e['links'])} links "
              f"({len(e['links']) / len(nonc):.0%} of non-contingent, {len(e['links']) / len(noshare):.0%} without "
              f"shares), {len(e['not_criteria'])} not-criteria, {len(e['headings'])} headings")


if __name__ == "__main__":
    main()
