#!/usr/bin/env python3
"""heldout97: ordinary one-organisation forms (title | value | link) of Каменноборский
муниципальный округ (invented), 2024, in which some values are not exact («около 30»,
«более 50», «10–12», «уточняется», «12?» …) beside exact values typed oddly («12 чел.»,
«12,0», «0 (ноль)», «Да», «100 %», «1 (одна)»).

Writes typed/*.xlsx, expected.json, cells.json.  Deterministic: no randomness at all.
Exact values go to "values"; inexact ones go to the form's "inexact" list and never to "values".
"""
import json
import pathlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CATALOGUE = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"


def catalogue_ids():
    ids = set()
    with open(CATALOGUE, encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t")[0])
    return ids


# ---------------------------------------------------------------- row constructors
def H(text):
    """a direction heading"""
    return {"k": "H", "title": text}


def V(title, typed, cid, exp, link=None, unit=None, note=None, fmt=None):
    """a criterion row with an exact value"""
    return {"k": "V", "title": title, "typed": typed, "cid": cid, "exp": exp,
            "link": link, "unit": unit, "note": note, "fmt": fmt}


def X(title, typed, cid, link=None, unit=None, note=None):
    """a criterion row whose value is NOT exact (goes to "inexact")"""
    assert isinstance(typed, str)
    return {"k": "X", "title": title, "typed": typed, "cid": cid,
            "link": link, "unit": unit, "note": note}


def N(title, typed, link=None, unit=None, note=None, fmt=None):
    """a row with a value that is not a criterion of the catalogue"""
    return {"k": "N", "title": title, "typed": typed, "link": link,
            "unit": unit, "note": note, "fmt": fmt}


def pct(part, whole):
    return round(100.0 * part / whole, 2)


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")

# =============================================================== 1. МБОУ «СОШ № 3»
S3 = "https://shkola3kamennobor-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
s3_rows = [
    H("1. Нормативное обеспечение"),
    V("Приказ об утверждении Положения о наставничестве педработников в ОО", "Да",
      "orgs_regulation_teachers", 1, S3 + "prikaz_128-od_polozhenie_ped.pdf"),
    V("Приказ об утв. Положения о наставничестве обучающихся", "Да",
      "orgs_regulation_students", 1, S3 + "prikaz_129-od_polozhenie_obuch.pdf"),
    X("Приказ о проведении мониторинга ЦМН в школе", "уточняется", "orgs_monitoring_order"),
    N("Дорожная карта внедрения ЦМН на 2024-2025 уч. год", "Да", S3 + "dorozhnaya_karta_2024-2025.pdf"),
    H("2. Организация процесса наставничества"),
    V("Кураторы внедрения ЦМН в ОО (кол-во)", "2 чел.", "curators_total", 2,
      S3 + "prikaz_131-od_kurator.pdf"),
    V("Программы наставничества по формам (без персонализированных), шт.", 3,
      "programmes_total", 3, S3 + "programmy_nastavnichestva_2024.pdf"),
    V("Соглашения с другими ОО, которые дают нам наставников", 1, "agreements_edu_orgs", 1,
      S3 + "soglashenie_sosh5.pdf"),
    V("Договоры с предприятиями о наставниках", "0 (ноль)", "agreements_enterprises", 0),
    X("Соглашения с иными организациями (НКО, учреждения культуры и т.п.)", "уточняется",
      "agreements_other_orgs"),
    V("С кем сотрудничаем по наставничеству (перечислить)",
      "МБОУ «СОШ № 5»; Каменноборский педагогический колледж", "partner_list",
      "МБОУ «СОШ № 5»; Каменноборский педагогический колледж"),
    V("Наставники в базе ОО по приказу, всего", 58, "mentors_total", 58,
      S3 + "prikaz_140-od_baza_nastavnikov.pdf"),
    X("Наставляемые в базе ОО по приказу, всего", "более 130", "mentees_total",
      S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    X("Справка по итогам внутреннего мониторинга ЦМН", "будет в январе", "internal_monitoring_notes"),
    N("Количество наставнических пар / групп", 46),
    H("3. Персонализированные программы (ПП)"),
    V("ПП всего по всем формам", 46, "pp_total", 46, S3 + "pp_2024_reestr.pdf"),
    V("   в т.ч. «ученик – ученик»", 18, "pp_pupil_pupil", 18, S3 + "pp_2024_reestr.pdf"),
    V("   в т.ч. «учитель – учитель»", 12, "pp_teacher_teacher", 12, S3 + "pp_2024_reestr.pdf"),
    V("   в т.ч. «руководитель – педагог»", 4, "pp_head_teacher", 4, S3 + "pp_2024_reestr.pdf"),
    V("   в т.ч. «студент – ученик»", 0, "pp_student_pupil", 0),
    V("   в т.ч. «учитель – ученик»", 12, "pp_teacher_pupil", 12, S3 + "pp_2024_reestr.pdf"),
    V("   в т.ч. иные формы", "0 (ноль)", "pp_other", 0),
    H("4. Наставники со стороны"),
    V("Наставники из других образовательных организаций (по приказу)", 2,
      "external_edu_mentors", 2, S3 + "prikaz_140-od_baza_nastavnikov.pdf"),
    V("Наставники – сотрудники предприятий", 0, "enterprise_mentors", 0),
    X("Наставники из иных организаций", "~3", "other_org_mentors"),
    H("5. Обучающиеся 10-19 лет – наставляемые"),
    X("Всего обучающихся 10–19 лет в ОО", "около 600", "students_10_19"),
    V("Из них вошли в программы наставничества как наставляемые", 118, "mentees_10_19", 118,
      S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    V("   «группа риска»", 14, "mentees_risk", 14, S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    V("   одарённые (в реестре)", 9, "mentees_gifted", 9, S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    V("   дети с ОВЗ, дети-инвалиды", 6, "mentees_disabled", 6, S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    V("   низкая мотивация / неуспевающие", 21, "mentees_low_motivation", 21,
      S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    X("   проблемы с выбором профессии, траектории", "10–12", "mentees_career"),
    X("Доля наставляемых 10-19 лет, %", "?", "share_mentees_10_19"),
    H("6. Обучающиеся 15-19 лет – наставники"),
    V("Обучающихся 15-19 лет всего", 176, "students_15_19", 176),
    V("Наставники из числа обучающихся 15-19 лет (приказ)", 31, "mentors_15_19", 31,
      S3 + "prikaz_140-od_baza_nastavnikov.pdf"),
    V("Доля обучающихся 15-19 лет – наставников", "17,61 %", "share_mentors_15_19", pct(31, 176)),
    H("7. Удовлетворённость"),
    X("Удовлетворённость наставляемых (завершённые программы), %", "около 90 %",
      "satisfaction_mentees", S3 + "anketirovanie_itogi_2024.pdf"),
    V("Удовлетворённость наставников (завершённые программы), %", "92,5",
      "satisfaction_mentors", 92.5, S3 + "anketirovanie_itogi_2024.pdf"),
    H("8. Педагоги – наставляемые"),
    V("Молодые специалисты (до 35 лет, стаж до 3 лет) – всего в школе", 9, "young_specialists", 9),
    V("Молодые специалисты – наставляемые", 9, "young_specialists_mentees", 9,
      S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    V("Доля молодых специалистов – наставляемых", "100 %", "share_young_specialists_mentees", 100),
    V("Остальные педагоги (без молодых специалистов)", 54, "teachers_other", 54),
    V("Из них в роли наставляемых", 7, "teachers_other_mentees", 7,
      S3 + "prikaz_141-od_baza_nastavlyaemyh.pdf"),
    V("Доля педагогов-наставляемых (все педагоги)", "25,4", "share_teachers_mentees", pct(16, 63)),
    H("9. Профессиональное развитие"),
    V("Педагоги, участвующие в утверждённых ПП", 16, "teachers_in_pp", 16, S3 + "pp_2024_reestr.pdf"),
    V("Стажёры на базе стажёрской площадки", 0, "trainees_internship", 0),
    V("Прошли КПК по наставничеству в 2024 г.", "3 чел.", "kpk_trained", 3,
      S3 + "udostovereniya_kpk_2024.pdf"),
    V("Школьные МО наставников (кол-во)", 1, "school_methodical_associations", 1,
      S3 + "prikaz_133-od_shmo.pdf"),
    H("10. Педагоги – наставники"),
    V("Педагоги в роли наставника", 24, "teachers_mentors", 24, S3 + "prikaz_140-od_baza_nastavnikov.pdf"),
    X("Молодые специалисты в роли наставника", "1-2", "young_specialists_mentors"),
    V("Доля педагогов-наставников от всех педагогов", "38,1%", "share_teachers_mentors", pct(24, 63)),
    H("11. Стимулирование"),
    V("Локальные акты об оплате работы наставников", 1, "pay_acts", 1, S3 + "polozhenie_o_stimuliruyushchih.pdf"),
    X("Локальные акты о нематериальном поощрении наставников", "в процессе", "nonmaterial_acts",
      note=None),
    N("Дата заполнения", "15.01.2025"),
]

# =============================================================== 2. МАОУ «Гимназия № 1»
G1 = "https://gimn1-kamennobor.ru/svedeniya/nastavnichestvo/"
g1_partners = ("МБОУ «СОШ № 3»; ФГБОУ ВО «Удмуртский государственный университет»; АОУ ДПО УР ИРО; "
               "АО «Каменноборский механический завод»; МБУК «Централизованная библиотечная система»; "
               "Каменноборский совет ветеранов педагогического труда")
g1_rows = [
    H("Нормативная база"),
    V("Положение о наставничестве педагогических работников утверждено приказом", "Да",
      "orgs_regulation_teachers", 1, G1 + "docs/prikaz_210_polozh_ped.pdf", unit="да/нет"),
    V("Положение о наставничестве обучающихся утверждено приказом", 1,
      "orgs_regulation_students", 1, G1 + "docs/prikaz_211_polozh_obuch.pdf", unit="да/нет"),
    V("Приказ о мониторинге ЦМН", 1, "orgs_monitoring_order", 1, G1 + "docs/prikaz_305_monitoring.pdf",
      unit="да/нет"),
    V("Инф. справка по итогам внутр. мониторинга", 1, "internal_monitoring_notes", 1,
      G1 + "docs/spravka_vnutr_monitoring_2024.pdf", unit="да/нет"),
    H("Организация наставничества"),
    V("Кураторы ЦМН", "3,0", "curators_total", 3, G1 + "docs/prikaz_212_kuratory.pdf", unit="чел."),
    V("Программы наставничества (кроме персонализированных)", 4, "programmes_total", 4,
      G1 + "programmy/", unit="шт."),
    V("Соглашения с ОО о наставниках", 2, "agreements_edu_orgs", 2, G1 + "docs/soglasheniya_oo.pdf", unit="шт."),
    V("Соглашение с ИРО (наставники от института)", 1, "agreements_iro", 1, G1 + "docs/soglashenie_iro.pdf",
      unit="шт."),
    V("Соглашения с предприятиями", 1, "agreements_enterprises", 1, G1 + "docs/dogovor_kmz.pdf", unit="шт."),
    V("Соглашения с прочими организациями", 2, "agreements_other_orgs", 2, G1 + "docs/soglasheniya_prochie.pdf",
      unit="шт."),
    V("Партнёры (наименования)", g1_partners, "partner_list", g1_partners, unit="перечень"),
    X("Наставников по приказу (база)", "более 50", "mentors_total", G1 + "docs/prikaz_230_baza.pdf", unit="чел.",
      note="точное число после доп. приказа"),
    V("Наставляемых по приказу (база)", 171, "mentees_total", 171, G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    N("Число наставнических пар", 118, unit="ед."),
    N("Мероприятия «Школы наставника» за год", 6, G1 + "news/shkola-nastavnika/", unit="ед."),
    H("Персонализированные программы"),
    V("ПП всего", 64, "pp_total", 64, G1 + "docs/reestr_pp_2024.xlsx", unit="шт."),
    V("ПП ученик-ученик", 30, "pp_pupil_pupil", 30, G1 + "docs/reestr_pp_2024.xlsx", unit="шт."),
    V("ПП учитель-учитель", 11, "pp_teacher_teacher", 11, G1 + "docs/reestr_pp_2024.xlsx", unit="шт."),
    V("ПП руководитель-педагог", 3, "pp_head_teacher", 3, G1 + "docs/reestr_pp_2024.xlsx", unit="шт."),
    V("ПП учитель-ученик", 14, "pp_teacher_pupil", 14, G1 + "docs/reestr_pp_2024.xlsx", unit="шт."),
    X("ПП студент-ученик", "6?", "pp_student_pupil", unit="шт.", note="уточнить у кафедры УдГУ"),
    V("ПП иные формы", 0, "pp_other", 0, unit="шт."),
    H("Внешние наставники"),
    V("Наставники из других ОО", 4, "external_edu_mentors", 4, G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    V("Наставники от ИРО", 1, "iro_mentors", 1, G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    V("Наставники с предприятий", 2, "enterprise_mentors", 2, G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    V("Наставники из иных организаций", 3, "other_org_mentors", 3, G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    H("Обучающиеся 10-19 лет"),
    V("Контингент 10-19 лет", 843, "students_10_19", 843, unit="чел.", note="по ОО-1"),
    V("Наставляемые 10-19 лет", 154, "mentees_10_19", 154, G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    V("Доля наставляемых 10-19 лет", 18.27, "share_mentees_10_19", pct(154, 843), unit="%"),
    X("из них «группа риска»", "≈ 15", "mentees_risk", unit="чел.", note="данные соцпедагога"),
    X("из них одарённые (реестр)", "более 40", "mentees_gifted", unit="чел.", note="реестр обновляется"),
    V("из них ОВЗ / инвалиды", 5, "mentees_disabled", 5, G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    V("из них с низкой мотивацией", 18, "mentees_low_motivation", 18, G1 + "docs/prikaz_230_baza.pdf",
      unit="чел."),
    V("из них с проблемой проф. самоопределения", 26, "mentees_career", 26, G1 + "docs/prikaz_230_baza.pdf",
      unit="чел."),
    X("из них по иным основаниям", "12 (уточнить)", "mentees_other_params", unit="чел."),
    H("Обучающиеся 15-19 лет"),
    V("Контингент 15-19 лет", 298, "students_15_19", 298, unit="чел.", note="по ОО-1"),
    V("Обучающиеся-наставники 15-19 лет (по приказу)", 47, "mentors_15_19", 47,
      G1 + "docs/prikaz_230_baza.pdf", unit="чел."),
    V("Доля обучающихся-наставников 15-19 лет", "15,77", "share_mentors_15_19", pct(47, 298), unit="%"),
    V("Всего 15-19 лет в программах наставничества", 61, "students_15_19_in_programmes", 61,
      G1 + "docs/prikaz_230_baza.pdf", unit="чел.", note="наставники + наставляемые"),
    H("Удовлетворённость"),
    V("Удовлетворённость наставляемых", 87.4, "satisfaction_mentees", 87.4, G1 + "docs/ankety_itog.pdf", unit="%"),
    V("Удовлетворённость наставников", 91, "satisfaction_mentors", 91, G1 + "docs/ankety_itog.pdf", unit="%"),
    H("Педагоги-наставляемые"),
    V("Молодые специалисты всего", "12 чел.", "young_specialists", 12, unit="чел."),
    V("Молодые специалисты – наставляемые", 11, "young_specialists_mentees", 11,
      G1 + "docs/prikaz_230_baza.pdf", unit="чел.", note="1 в декретном отпуске"),
    V("Доля МС – наставляемых", "91,67", "share_young_specialists_mentees", pct(11, 12), unit="%"),
    V("Педагоги без МС всего", 64, "teachers_other", 64, unit="чел."),
    V("Педагоги без МС – наставляемые", 3, "teachers_other_mentees", 3, G1 + "docs/prikaz_230_baza.pdf",
      unit="чел."),
    V("Доля педагогов-наставляемых", 18.42, "share_teachers_mentees", pct(14, 76), unit="%"),
    H("Проф. развитие"),
    V("Педагоги в персонализированных программах", 14, "teachers_in_pp", 14, G1 + "docs/reestr_pp_2024.xlsx",
      unit="чел."),
    X("Стажёры стажёрской площадки", "уточняется", "trainees_internship", unit="чел."),
    X("Обучены на КПК по наставничеству", "12 (уточнить)", "kpk_trained", unit="чел.",
      note="после выдачи удостоверений"),
    V("ШМО наставников", 1, "school_methodical_associations", 1, G1 + "docs/prikaz_215_shmo.pdf", unit="ед."),
    H("Педагоги-наставники"),
    X("Педагоги-наставники", "примерно половина", "teachers_mentors", unit="чел."),
    X("МС-наставники", "1?", "young_specialists_mentors", unit="чел."),
    H("Стимулирование"),
    V("Акты об оплате наставничества", 1, "pay_acts", 1, G1 + "docs/polozh_oplata.pdf", unit="шт."),
    X("Акты о нематериальном поощрении", "будет в январе", "nonmaterial_acts", unit="шт.", note="проект на согласовании с профкомом"),
    N("Раздел «Наставничество» на сайте", "Да", G1, unit="да/нет"),
]

# =============================================================== 3. МКОУ «Берёзовская ООШ»
B = "https://berezovka-oosh.edu18.ru/nastavnichestvo/"
b_rows = [
    H("Нормативка"),
    V("Положение о наставничестве педагогов (приказ)", "Да", "orgs_regulation_teachers", 1,
      B + "prikaz_44_pol_ped.pdf"),
    V("Положение о наставничестве обучающихся (приказ)", "Да", "orgs_regulation_students", 1,
      B + "prikaz_45_pol_obuch.pdf"),
    V("Приказ о мониторинге целевой модели", "Нет", "orgs_monitoring_order", 0),
    V("Справка по внутреннему мониторингу", "1 (одна)", "internal_monitoring_notes", 1,
      B + "spravka_monitoring_2024.pdf"),
    H("Организация"),
    V("Куратор ЦМН", 1, "curators_total", 1, B + "prikaz_46_kurator.pdf"),
    X("Утв. программы наставничества (не ПП)", "2-3", "programmes_total"),
    V("Соглашения с другими школами", "1 (одно)", "agreements_edu_orgs", 1, B + "soglashenie_sosh3.pdf"),
    V("Соглашения с предприятиями", "0 (ноль)", "agreements_enterprises", 0),
    X("Соглашения с другими организациями", "?", "agreements_other_orgs"),
    V("Партнёры по наставничеству", "МБОУ «СОШ № 3» г. Каменноборска", "partner_list",
      "МБОУ «СОШ № 3» г. Каменноборска"),
    V("Наставников (по приказу)", 14, "mentors_total", 14, B + "prikaz_50_nastavniki.pdf"),
    V("Наставляемых (по приказу)", 19, "mentees_total", 19, B + "prikaz_50_nastavniki.pdf"),
    N("Всего обучающихся в школе", 118),
    H("ПП"),
    V("Персонализированные программы – всего", 9, "pp_total", 9, B + "pp_2024.pdf"),
    V("ученик – ученик", 5, "pp_pupil_pupil", 5, B + "pp_2024.pdf"),
    V("учитель – учитель", 2, "pp_teacher_teacher", 2, B + "pp_2024.pdf"),
    V("руководитель – педагог", "0 (ноль)", "pp_head_teacher", 0),
    V("учитель – ученик", 2, "pp_teacher_pupil", 2, B + "pp_2024.pdf"),
    H("Внешние наставники"),
    V("Наставник из другой ОО", 1, "external_edu_mentors", 1, B + "prikaz_50_nastavniki.pdf"),
    V("Наставники с предприятий", 0, "enterprise_mentors", 0),
    H("Дети 10-19 лет"),
    V("Дети 10-19 лет в школе", 64, "students_10_19", 64),
    V("Из них наставляемые", 15, "mentees_10_19", 15, B + "prikaz_50_nastavniki.pdf"),
    V("Доля, %", "23,44%", "share_mentees_10_19", pct(15, 64)),
    X("«Группа риска»", "до 5", "mentees_risk"),
    V("Одарённые", "0 (ноль)", "mentees_gifted", 0),
    V("ОВЗ, инвалиды", "2 чел.", "mentees_disabled", 2, B + "prikaz_50_nastavniki.pdf"),
    X("Низкая мотивация, неуспеваемость", "до 10", "mentees_low_motivation"),
    N("Количество встреч наставнических пар за год", "около 40"),
    H("Подростки 15-19 лет"),
    V("Подростки 15-19 лет в школе", 11, "students_15_19", 11),
    V("Из них наставники", 4, "mentors_15_19", 4, B + "prikaz_50_nastavniki.pdf"),
    V("Доля, %", "36,36 %", "share_mentors_15_19", pct(4, 11)),
    H("Удовлетворённость"),
    V("Наставляемые довольны", "100 %", "satisfaction_mentees", 100, B + "ankety_2024.pdf"),
    X("Наставники довольны", "90–95", "satisfaction_mentors", B + "ankety_2024.pdf"),
    H("Педагоги"),
    V("Молодых специалистов", 2, "young_specialists", 2),
    X("из них наставляемые", "все", "young_specialists_mentees", B + "prikaz_50_nastavniki.pdf"),
    V("Остальных педагогов", 13, "teachers_other", 13),
    V("из них наставляемые", 0, "teachers_other_mentees", 0),
    V("Педагоги в ПП", "2 чел.", "teachers_in_pp", 2, B + "pp_2024.pdf"),
    V("Прошли КПК по наставничеству", "1 (один)", "kpk_trained", 1, B + "kpk_2024.pdf"),
    V("ШМО наставников", "Нет", "school_methodical_associations", 0),
    X("Педагоги-наставники", "8 (уточнить)", "teachers_mentors", B + "prikaz_50_nastavniki.pdf"),
    V("Молодые специалисты – наставники", "0 (ноль)", "young_specialists_mentors", 0),
    H("Поощрение"),
    V("Положение об оплате наставникам", "Нет", "pay_acts", 0),
    X("Положение о нематериальном поощрении", "уточняется", "nonmaterial_acts"),
]

# =============================================================== 4. МБОУ «Лицей № 2»
L = "https://licey2-kamennobor.gosuslugi.ru/nastavnichestvo/files/"
l_partners_typed = ("ИжГТУ им. М.Т. Калашникова; АО «Каменноборский механический завод»; "
                    "ООО «Техносервис»; АОУ ДПО УР ИРО и др.")
l_rows = [
    H("Раздел 1. Нормативное обеспечение"),
    V("Утверждено Положение о наставничестве педагогов", 1, "orgs_regulation_teachers", 1,
      L + "pol_ped_2024.pdf", unit="1/0"),
    V("Утверждено Положение о наставничестве обучающихся", 1, "orgs_regulation_students", 1,
      L + "pol_obuch_2024.pdf", unit="1/0"),
    V("Издан приказ о мониторинге ЦМН", 1, "orgs_monitoring_order", 1, L + "prikaz_mon_2024.pdf", unit="1/0"),
    V("Есть справка по внутреннему мониторингу", 1, "internal_monitoring_notes", 1, L + "spravka_2024.pdf",
      unit="1/0"),
    H("Раздел 2. Организация процесса"),
    V("Кураторов ЦМН", 4, "curators_total", 4, L + "prikaz_kuratory.pdf", unit="чел."),
    V("Утверждённых программ наставничества (без ПП)", 5, "programmes_total", 5, L + "programmy_2024.zip",
      unit="ед."),
    V("Соглашений с ОО (наставники от ОО)", 3, "agreements_edu_orgs", 3, L + "soglasheniya_oo.pdf", unit="ед."),
    V("Соглашений с ИРО", 1, "agreements_iro", 1, L + "soglashenie_iro.pdf", unit="ед."),
    X("Соглашений с предприятиями", "5+", "agreements_enterprises", L + "dogovory_predpriyatiya.pdf", unit="ед."),
    V("Соглашений с иными организациями", 2, "agreements_other_orgs", 2, L + "soglasheniya_inye.pdf", unit="ед."),
    X("Партнёры по наставничеству", l_partners_typed, "partner_list", unit="список"),
    V("Наставники (приказ), всего", 163, "mentors_total", 163, L + "prikaz_baza_2024.pdf", unit="чел."),
    X("Наставляемые (приказ), всего", "свыше 200", "mentees_total", L + "prikaz_baza_2024.pdf", unit="чел."),
    N("Наставнических пар (групп) всего", 176, unit="ед."),
    H("Раздел 3. Персонализированные программы"),
    V("ПП – всего", 88, "pp_total", 88, L + "reestr_pp.pdf", unit="ед."),
    V("ПП «ученик – ученик»", 41, "pp_pupil_pupil", 41, L + "reestr_pp.pdf", unit="ед."),
    V("ПП «учитель – учитель»", 15, "pp_teacher_teacher", 15, L + "reestr_pp.pdf", unit="ед."),
    X("ПП «студент – ученик»", "~12", "pp_student_pupil", unit="ед."),
    V("ПП «руководитель – педагог»", 6, "pp_head_teacher", 6, L + "reestr_pp.pdf", unit="ед."),
    V("ПП «учитель – ученик»", 14, "pp_teacher_pupil", 14, L + "reestr_pp.pdf", unit="ед."),
    V("ПП иной формы", 0, "pp_other", 0, unit="ед."),
    H("Раздел 4. Наставники из других организаций"),
    V("из образовательных организаций", 9, "external_edu_mentors", 9, L + "prikaz_baza_2024.pdf", unit="чел."),
    X("из ИРО", "2?", "iro_mentors", unit="чел."),
    X("из предприятий", "≈ 20", "enterprise_mentors", unit="чел."),
    V("из иных организаций", 4, "other_org_mentors", 4, L + "prikaz_baza_2024.pdf", unit="чел."),
    H("Раздел 5. Наставляемые 10–19 лет"),
    V("Обучающихся 10–19 лет", 1187, "students_10_19", 1187, unit="чел."),
    V("Наставляемых 10–19 лет", 247, "mentees_10_19", 247, L + "prikaz_baza_2024.pdf", unit="чел."),
    V("Доля наставляемых 10–19 лет", round(247 / 1187, 4), "share_mentees_10_19", 20.81, unit="%",
      fmt="0.00%"),
    X("в т.ч. группа риска", "10–15", "mentees_risk", unit="чел."),
    V("в т.ч. одарённые дети", 96, "mentees_gifted", 96, L + "prikaz_baza_2024.pdf", unit="чел."),
    V("в т.ч. ОВЗ и дети-инвалиды", 4, "mentees_disabled", 4, L + "prikaz_baza_2024.pdf", unit="чел."),
    V("в т.ч. низкая мотивация", 27, "mentees_low_motivation", 27, L + "prikaz_baza_2024.pdf", unit="чел."),
    V("в т.ч. выбор профессии", 58, "mentees_career", 58, L + "prikaz_baza_2024.pdf", unit="чел."),
    X("в т.ч. иное", "около 50", "mentees_other_params", unit="чел."),
    H("Раздел 6. Наставники 15–19 лет"),
    V("Обучающихся 15–19 лет", 402, "students_15_19", 402, unit="чел."),
    V("Наставников из обучающихся 15–19 лет", 88, "mentors_15_19", 88, L + "prikaz_baza_2024.pdf", unit="чел."),
    V("Доля наставников 15–19 лет", round(88 / 402, 4), "share_mentors_15_19", 21.89, unit="%", fmt="0.00%"),
    X("Обучающихся 15–19 лет в программах наставничества", "свыше 100", "students_15_19_in_programmes",
      unit="чел."),
    H("Раздел 7. Удовлетворённость"),
    V("Удовлетворённость наставляемых", 0.893, "satisfaction_mentees", 89.3, L + "anketa_itogi.pdf", unit="%",
      fmt="0.0%"),
    V("Удовлетворённость наставников", 0.92, "satisfaction_mentors", 92, L + "anketa_itogi.pdf", unit="%",
      fmt="0%"),
    H("Раздел 8. Педагоги в роли наставляемых"),
    V("Молодых специалистов", 17, "young_specialists", 17, unit="чел."),
    V("Молодых специалистов – наставляемых", 15, "young_specialists_mentees", 15, L + "prikaz_baza_2024.pdf",
      unit="чел."),
    V("Доля МС – наставляемых", round(15 / 17, 4), "share_young_specialists_mentees", 88.24, unit="%",
      fmt="0.00%"),
    V("Педагогов (кроме МС)", 93, "teachers_other", 93, unit="чел."),
    V("Педагогов (кроме МС) – наставляемых", 6, "teachers_other_mentees", 6, L + "prikaz_baza_2024.pdf",
      unit="чел."),
    V("Доля педагогов-наставляемых", round(21 / 110, 4), "share_teachers_mentees", 19.09, unit="%",
      fmt="0.00%"),
    H("Раздел 9. Профессиональное развитие"),
    V("Педагогов в утверждённых ПП", 21, "teachers_in_pp", 21, L + "reestr_pp.pdf", unit="чел."),
    V("Стажёров на стажёрской площадке", 3, "trainees_internship", 3, L + "stazhery.pdf", unit="чел."),
    X("Обучено на КПК по наставничеству (2024)", "7 (уточнить)", "kpk_trained", unit="чел."),
    V("МО наставников в лицее", 2, "school_methodical_associations", 2, L + "prikaz_mo.pdf", unit="ед."),
    N("Заседаний МО наставников проведено", 5, unit="ед."),
    H("Раздел 10. Педагоги в роли наставников"),
    V("Педагогов-наставников", 36, "teachers_mentors", 36, L + "prikaz_baza_2024.pdf", unit="чел."),
    V("Молодых специалистов – наставников", 3, "young_specialists_mentors", 3, L + "prikaz_baza_2024.pdf",
      unit="чел."),
    X("Доля педагогов-наставников", "30-40 %", "share_teachers_mentors", unit="%"),
    V("Доля МС – наставников", round(3 / 17, 4), "share_young_specialists_mentors", 17.65, unit="%",
      fmt="0.00%"),
    H("Раздел 11. Стимулирование"),
    V("Локальных актов об оплате наставничества", 1, "pay_acts", 1, L + "pol_oplata.pdf", unit="ед."),
    V("Локальных актов о нематериальном поощрении", 1, "nonmaterial_acts", 1, L + "pol_nemat.pdf", unit="ед."),
    N("Обучающихся в лицее всего", 1412, unit="чел."),
    N("Дата заполнения формы", "20.12.2024"),
]

# =============================================================== 5. МБОУ «СОШ № 14 с УИОП»
S14 = "https://school14-kmb.ru/wp-content/uploads/2024/"
s14_partners = "МАОУ «Гимназия № 1»; ООО «Агрофирма «Каменноборская»"
s14_rows = [
    H("I. Нормативное обеспечение"),
    V("Приказ «Об утверждении положения о наставничестве пед. работников»", 1, "orgs_regulation_teachers", 1,
      S14 + "09/prikaz-97.pdf"),
    X("Приказ «Об утверждении положения о наставничестве обучающихся»", "в процессе", "orgs_regulation_students",
      note="проект положения на согласовании в совете школы"),
    V("Приказ о мониторинге ЦМН", 1, "orgs_monitoring_order", 1, S14 + "10/prikaz-121.pdf"),
    X("Справка ОО по итогам внутреннего мониторинга", "будет в январе", "internal_monitoring_notes"),
    H("II. Организация процесса"),
    V("Куратор(ы) ЦМН", "2,0", "curators_total", 2, S14 + "09/prikaz-98.pdf"),
    V("Программы наставничества (формы), кроме ПП", "3,0", "programmes_total", 3, S14 + "09/programmy.pdf"),
    V("Соглашения с ОО (их сотрудники – наставники)", 1, "agreements_edu_orgs", 1, S14 + "11/soglashenie-g1.pdf"),
    V("Соглашения с предприятиями", 1, "agreements_enterprises", 1, S14 + "11/dogovor-agrofirma.pdf"),
    V("Соглашения с иными организациями", 0, "agreements_other_orgs", 0),
    V("Организации-партнёры", s14_partners, "partner_list", s14_partners),
    V("Наставники (приказ о базе)", 47, "mentors_total", 47, S14 + "10/prikaz-115-baza.pdf"),
    X("Наставляемые (приказ о базе)", "около 80", "mentees_total", S14 + "10/prikaz-115-baza.pdf",
      note="в базу вносятся изменения"),
    N("Наставники, прошедшие «Школу наставника»", 12),
    N("Выступления наставников на семинарах", "5+"),
    H("III. Персонализированные программы"),
    X("ПП всего", "уточняется", "pp_total"),
    V("ПП «ученик-ученик»", 14, "pp_pupil_pupil", 14, S14 + "10/pp-reestr.pdf"),
    V("ПП «учитель-учитель»", 8, "pp_teacher_teacher", 8, S14 + "10/pp-reestr.pdf"),
    X("ПП «руководитель-педагог»", "не менее 3", "pp_head_teacher"),
    V("ПП «учитель-ученик»", 9, "pp_teacher_pupil", 9, S14 + "10/pp-reestr.pdf"),
    V("ПП иной формы", "0,0", "pp_other", 0),
    H("IV. Внешние наставники"),
    V("Наставники из других ОО", 1, "external_edu_mentors", 1, S14 + "10/prikaz-115-baza.pdf"),
    V("Наставники с предприятий", 1, "enterprise_mentors", 1, S14 + "10/prikaz-115-baza.pdf"),
    V("Наставники из иных организаций", 0, "other_org_mentors", 0),
    H("V. Наставляемые 10-19 лет"),
    V("Обучающихся 10-19 лет всего", 534, "students_10_19", 534),
    X("Наставляемых 10-19 лет", "около 70", "mentees_10_19", S14 + "10/prikaz-115-baza.pdf"),
    V("– из «группы риска»", 9, "mentees_risk", 9, S14 + "10/prikaz-115-baza.pdf"),
    V("– одарённых (реестр)", "12,0", "mentees_gifted", 12, S14 + "10/prikaz-115-baza.pdf"),
    V("– с ОВЗ / инвалидностью", 3, "mentees_disabled", 3, S14 + "10/prikaz-115-baza.pdf"),
    V("– с низкой мотивацией", 15, "mentees_low_motivation", 15, S14 + "10/prikaz-115-baza.pdf"),
    X("– с проблемой выбора профессии", "около 30", "mentees_career"),
    H("VI. Наставники 15-19 лет"),
    V("Обучающихся 15-19 лет", 141, "students_15_19", 141),
    V("Наставников-обучающихся 15-19 лет", 22, "mentors_15_19", 22, S14 + "10/prikaz-115-baza.pdf"),
    V("Доля наставников-обучающихся 15-19 лет, %", "15,6", "share_mentors_15_19", pct(22, 141)),
    H("VII. Удовлетворённость"),
    X("Уровень удовлетворённости наставляемых", "большинство", "satisfaction_mentees",
      note="анкетирование проведено не у всех"),
    V("Уровень удовлетворённости наставников", 88, "satisfaction_mentors", 88, S14 + "12/ankety.pdf"),
    H("VIII. Педагоги – наставляемые"),
    V("Молодых специалистов", 6, "young_specialists", 6),
    V("Молодых специалистов – наставляемых", 6, "young_specialists_mentees", 6, S14 + "10/prikaz-115-baza.pdf"),
    V("Доля МС – наставляемых, %", "100,0", "share_young_specialists_mentees", 100),
    V("Педагогов (без МС)", 41, "teachers_other", 41),
    V("Педагогов (без МС) – наставляемых", 2, "teachers_other_mentees", 2, S14 + "10/prikaz-115-baza.pdf"),
    V("Доля педагогов-наставляемых, %", "17,02", "share_teachers_mentees", pct(8, 47)),
    H("IX. Профессиональное развитие"),
    V("Педагогов в утверждённых ПП", 11, "teachers_in_pp", 11, S14 + "10/pp-reestr.pdf"),
    X("Педагогов, обученных на КПК по наставничеству", "в процессе", "kpk_trained",
      note="курсы ИРО заканчиваются 25.12"),
    V("ШМО наставников", "Да", "school_methodical_associations", 1, S14 + "09/prikaz-101-shmo.pdf",
      note="одно ШМО"),
    H("X. Педагоги – наставники"),
    V("Педагогов-наставников", 19, "teachers_mentors", 19, S14 + "10/prikaz-115-baza.pdf"),
    V("Молодых специалистов – наставников", 0, "young_specialists_mentors", 0),
    V("Доля педагогов-наставников, %", "40,43", "share_teachers_mentors", pct(19, 47)),
    H("XI. Стимулирование"),
    V("Положение о материальном стимулировании наставников", 1, "pay_acts", 1, S14 + "09/polozh-stimul.pdf"),
    V("Положение о нематериальном поощрении наставников", "0 (ноль)", "nonmaterial_acts", 0),
]

# =============================================================== 6. МБУ ДО «ЦДТ «Радуга»» (ДОП)
R = "https://raduga-kmb.ru/documents/nastavnichestvo/"
r_partners = ("МБУК «Каменноборский краеведческий музей»; МАУК «ДК «Юбилейный»; "
              "АО «Каменноборский механический завод»")
r_rows = [
    H("Нормативные документы"),
    V("Положение о наставничестве педагогов ДО (приказ)", 1, "orgs_regulation_teachers", 1,
      R + "prikaz-31-od.pdf"),
    V("Положение о наставничестве обучающихся (приказ)", 1, "orgs_regulation_students", 1,
      R + "prikaz-32-od.pdf"),
    V("Приказ о мониторинге наставничества в учреждении", "Да", "orgs_monitoring_order", 1,
      R + "prikaz-77-od.pdf"),
    V("Справка по внутреннему мониторингу", "Да", "internal_monitoring_notes", 1, R + "spravka-2024.pdf"),
    H("Организация работы"),
    V("Кураторов", "1 (один)", "curators_total", 1, R + "prikaz-33-od.pdf"),
    X("Программ наставничества (не персонализированных)", "2+", "programmes_total", R + "programmy-2024.pdf"),
    X("Соглашений с другими ОО о наставниках", "не менее 3", "agreements_edu_orgs"),
    V("Соглашений с предприятиями", 1, "agreements_enterprises", 1, R + "dogovor-kmz.pdf"),
    V("Соглашений с иными организациями", 2, "agreements_other_orgs", 2, R + "soglasheniya-kultura.pdf"),
    V("Партнёры", r_partners, "partner_list", r_partners),
    V("Наставников по приказу", 38, "mentors_total", 38, R + "prikaz-80-od-baza.pdf"),
    V("Наставляемых по приказу", 76, "mentees_total", 76, R + "prikaz-80-od-baza.pdf"),
    N("Детских объединений (кружков, студий)", 64),
    N("Охват детей доп. образованием всего (Навигатор)", 1624),
    H("Персонализированные программы"),
    V("ПП всего", 29, "pp_total", 29, R + "pp-2024.pdf"),
    V("обучающийся – обучающийся", 17, "pp_pupil_pupil", 17, R + "pp-2024.pdf"),
    V("педагог – педагог", 4, "pp_teacher_teacher", 4, R + "pp-2024.pdf"),
    V("педагог – обучающийся", 8, "pp_teacher_pupil", 8, R + "pp-2024.pdf"),
    V("руководитель – педагог", 0, "pp_head_teacher", 0),
    H("Дети 10–19 лет"),
    V("Обучающихся 10–19 лет", 963, "students_10_19", 963),
    V("в т.ч. наставляемых", 64, "mentees_10_19", 64, R + "prikaz-80-od-baza.pdf"),
    V("доля наставляемых", "6,65", "share_mentees_10_19", pct(64, 963)),
    X("из них «группа риска»", "12?", "mentees_risk"),
    X("из них одарённые дети", "10-12 чел.", "mentees_gifted"),
    V("из них дети с ОВЗ, инвалиды", "7 чел.", "mentees_disabled", 7, R + "prikaz-80-od-baza.pdf"),
    V("из них низкомотивированные", 0, "mentees_low_motivation", 0),
    X("из них профориентация", "около 10", "mentees_career"),
    N("Наставляемые – участники конкурсов", "около 30"),
    H("Подростки 15–19 лет"),
    V("Обучающихся 15–19 лет", 214, "students_15_19", 214),
    V("в т.ч. наставников", 17, "mentors_15_19", 17, R + "prikaz-80-od-baza.pdf"),
    V("доля наставников", "7,94", "share_mentors_15_19", pct(17, 214)),
    H("Удовлетворённость"),
    V("наставляемые", 94, "satisfaction_mentees", 94, R + "anketirovanie.pdf"),
    X("наставники", "≈ 90", "satisfaction_mentors", R + "anketirovanie.pdf"),
    H("Педагоги"),
    V("Молодых специалистов", 5, "young_specialists", 5),
    V("из них наставляемых", 4, "young_specialists_mentees", 4, R + "prikaz-80-od-baza.pdf"),
    V("доля", "80 %", "share_young_specialists_mentees", 80),
    V("Педагогов ДО (кроме молодых специалистов)", 48, "teachers_other", 48),
    V("из них наставляемых", 4, "teachers_other_mentees", 4, R + "prikaz-80-od-baza.pdf"),
    X("Педагогов в персонализированных программах", "8?", "teachers_in_pp"),
    X("Обучено на КПК (наставничество)", "будет в январе", "kpk_trained"),
    V("МО наставников", "0 (ноль)", "school_methodical_associations", 0),
    V("Педагогов-наставников", 21, "teachers_mentors", 21, R + "prikaz-80-od-baza.pdf"),
    V("Молодых специалистов – наставников", 0, "young_specialists_mentors", 0),
    H("Стимулирование"),
    X("Акт об оплате наставничества", "в процессе", "pay_acts"),
    V("Акт о нематериальном поощрении", 1, "nonmaterial_acts", 1, R + "polozh-nemat.pdf"),
]


# ---------------------------------------------------------------- the forms
FORMS = [
    {
        "file": "typed/СОШ3_наставничество_2024.xlsx", "sheet": "Мониторинг",
        "org": "МБОУ «СОШ № 3»",
        "title": ["Мониторинг реализации целевой модели наставничества за 2024 год",
                  "Образовательная организация: МБОУ «СОШ № 3»",
                  "Каменноборский муниципальный округ"],
        "cols": {"num": "A", "title": "B", "value": "C", "link": "D"},
        "header": {"A": "№", "B": "Показатель", "C": "Значение", "D": "Ссылка на подтверждающий документ"},
        "numbering": "flat", "heading": "merged",
        "footer": ["Директор __________ А.В. Сидоров", "Исполнитель: Петрова Е.А., зам. директора по УВР"],
        "rows": s3_rows,
    },
    {
        "file": "typed/Гимназия 1 - ЦМН 2024.xlsx", "sheet": "2024",
        "org": "МАОУ «Гимназия № 1»",
        "title": ["МАОУ «Гимназия № 1» г. Каменноборска",
                  "Сведения о реализации ЦМН за 2024 календарный год"],
        "cols": {"dir": "A", "title": "B", "unit": "C", "value": "D", "link": "E", "note": "F"},
        "header": {"A": "Направление", "B": "Критерий", "C": "Ед. изм.", "D": "Значение за 2024 г.",
                   "E": "Ссылка", "F": "Примечание"},
        "numbering": None, "heading": "dircol",
        "footer": ["Ответственный: Кузнецова О.Н., тел. 8 (34162) 2-14-05"],
        "rows": g1_rows,
    },
    {
        "file": "typed/Берёзовская ООШ.xlsx", "sheet": "Лист1",
        "org": "МКОУ «Берёзовская ООШ»",
        "title": ["Мониторинг ЦМН – 2024 г.",
                  "МКОУ «Берёзовская ООШ»"],
        "cols": {"title": "B", "value": "C", "link": "D"},
        "header": {"B": "Наименование показателя", "C": "Кол-во / наличие", "D": "Ссылка"},
        "numbering": None, "heading": "bold",
        "footer": ["Директор школы ____________ Н.П. Ложкина"],
        "rows": b_rows,
    },
    {
        "file": "typed/Лицей2_ЦМН_2024_итог.xlsx", "sheet": "Форма ОО",
        "org": "МБОУ «Лицей № 2»",
        "title": ["Отчёт о реализации целевой модели наставничества",
                  "МБОУ «Лицей № 2»",
                  "Период: 01.01.2024 – 31.12.2024"],
        "cols": {"num": "A", "title": "B", "unit": "C", "value": "D", "link": "E"},
        "header": {"A": "№ п/п", "B": "Показатель", "C": "Ед. измерения", "D": "2024", "E": "Документ (ссылка)"},
        "numbering": "dotted", "heading": "merged",
        "footer": ["Директор лицея ____________ М.Р. Галиев", "М.П."],
        "rows": l_rows,
    },
    {
        "file": "typed/школа 14 мониторинг.xlsx", "sheet": "СОШ 14",
        "org": "МБОУ «СОШ № 14 с УИОП»",
        "title": ["Мониторинг наставничества (ЦМН), 2024 год",
                  "МБОУ «СОШ № 14 с УИОП»"],
        "cols": {"title": "B", "value": "C", "link": "D", "note": "E"},
        "header": {"B": "Показатель", "C": "Значение", "D": "Ссылка на документ", "E": "Комментарий"},
        "numbering": None, "heading": "merged",
        "footer": ["Заполнила: Егорова Т.В., методист", "Дата: 18.12.2024"],
        "rows": s14_rows,
    },
    {
        "file": "typed/ЦДТ Радуга_наставничество 2024.xlsx", "sheet": "ЦМН",
        "org": "МБУ ДО «Центр детского творчества «Радуга»",
        "title": ["МБУ ДО «Центр детского творчества «Радуга»",
                  "Мониторинг целевой модели наставничества",
                  "за 2024 год"],
        "cols": {"num": "A", "title": "B", "value": "C", "link": "D"},
        "header": {"A": "№", "B": "Показатель", "C": "Значение", "D": "Ссылка"},
        "numbering": "flat", "heading": "merged",
        "footer": ["Директор МБУ ДО «ЦДТ «Радуга» ____________ С.Г. Воронцова"],
        "rows": r_rows,
    },
]


def build(form, ids):
    wb = Workbook()
    ws = wb.active
    ws.title = form["sheet"]
    cols = form["cols"]
    allcols = sorted(form["header"].keys())
    first, last = allcols[0], allcols[-1]
    widths = {"num": 7, "dir": 24, "title": 62, "unit": 11, "value": 16, "link": 58, "note": 30}
    for role, col in cols.items():
        ws.column_dimensions[col].width = widths[role]

    r = 1
    for i, t in enumerate(form["title"]):
        ws[f"{cols['title']}{r}"] = t
        ws[f"{cols['title']}{r}"].font = Font(bold=True, size=12 if i == 0 else 11)
        r += 1
    r += 1
    for col, text in form["header"].items():
        c = ws[f"{col}{r}"]
        c.value = text
        c.font = BOLD
        c.fill = GREY
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r += 1

    entry = {"file": form["file"], "year": 2024, "organisation": form["org"], "values": {}, "links": {},
             "not_criteria": [], "headings": [], "inexact": []}
    cells = []
    flat_no = 0
    sec_no = 0
    sub_no = 0
    dir_start = None
    dir_text = None

    def close_dir(end_row):
        if form["heading"] == "dircol" and dir_start is not None and end_row >= dir_start:
            col = cols["dir"]
            ws[f"{col}{dir_start}"] = dir_text
            ws[f"{col}{dir_start}"].alignment = Alignment(wrap_text=True, vertical="center")
            ws[f"{col}{dir_start}"].font = BOLD
            if end_row > dir_start:
                ws.merge_cells(f"{col}{dir_start}:{col}{end_row}")

    for row in form["rows"]:
        if row["k"] == "H":
            entry["headings"].append(row["title"])
            if form["heading"] == "dircol":
                close_dir(r - 1)
                dir_start, dir_text = r, row["title"]
                continue
            sec_no += 1
            sub_no = 0
            if form["heading"] == "merged":
                ws[f"{first}{r}"] = row["title"]
                ws.merge_cells(f"{first}{r}:{last}{r}")
                ws[f"{first}{r}"].font = BOLD
                ws[f"{first}{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
            else:  # bold, in the title column
                ws[f"{cols['title']}{r}"] = row["title"]
                ws[f"{cols['title']}{r}"].font = BOLD
            r += 1
            continue

        if form["numbering"] == "flat":
            flat_no += 1
            ws[f"{cols['num']}{r}"] = flat_no
        elif form["numbering"] == "dotted":
            sub_no += 1
            ws[f"{cols['num']}{r}"] = f"{sec_no}.{sub_no}"
        ws[f"{cols['title']}{r}"] = row["title"]
        ws[f"{cols['title']}{r}"].alignment = WRAP
        vc = ws[f"{cols['value']}{r}"]
        vc.value = row["typed"]
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if row.get("fmt"):
            vc.number_format = row["fmt"]
        if row.get("unit") and "unit" in cols:
            ws[f"{cols['unit']}{r}"] = row["unit"]
        if row.get("note") and "note" in cols:
            ws[f"{cols['note']}{r}"] = row["note"]
            ws[f"{cols['note']}{r}"].alignment = WRAP
        if row.get("link"):
            lc = ws[f"{cols['link']}{r}"]
            lc.value = row["link"]
            lc.hyperlink = row["link"]
            lc.font = Font(color="0563C1", underline="single")
        for col in allcols:
            ws[f"{col}{r}"].border = BORDER

        vcell = f"{cols['value']}{r}"
        lcell = f"{cols['link']}{r}"
        if row["k"] == "N":
            entry["not_criteria"].append(row["title"])
        else:
            cid = row["cid"]
            assert cid in ids, cid
            assert cid not in entry["values"] and cid not in {x["criterion"] for x in entry["inexact"]}, cid
            if row["k"] == "V":
                entry["values"][cid] = row["exp"]
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": vcell, "criterion": cid,
                              "kind": "value", "expected": row["exp"], "typed": row["typed"]})
            else:
                entry["inexact"].append({"criterion": cid, "cell": vcell, "text": row["typed"]})
            if row.get("link"):
                entry["links"][cid] = row["link"]
                cells.append({"file": form["file"], "sheet": form["sheet"], "cell": lcell, "criterion": cid,
                              "kind": "link", "expected": row["link"]})
        r += 1
    close_dir(r - 1)

    r += 1
    for t in form["footer"]:
        ws[f"{cols['title']}{r}"] = t
        r += 1
    ws.freeze_panes = ws[f"A{len(form['title']) + 3}"]
    path = HERE / form["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return entry, cells


def consistency(entry):
    v = entry["values"]

    def has(*ks):
        return all(k in v for k in ks)

    pp_parts = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    if "pp_total" in v and all(p in v for p in pp_parts if p in v):
        assert sum(v.get(p, 0) for p in pp_parts) <= v["pp_total"], entry["file"]
    for part, whole in [("mentees_10_19", "students_10_19"), ("mentors_15_19", "students_15_19"),
                        ("young_specialists_mentees", "young_specialists"),
                        ("teachers_other_mentees", "teachers_other"), ("mentees_risk", "mentees_10_19"),
                        ("mentees_gifted", "mentees_10_19"), ("mentees_disabled", "mentees_10_19")]:
        if has(part, whole):
            assert v[part] <= v[whole], (entry["file"], part)
    checks = [("share_mentees_10_19", "mentees_10_19", "students_10_19"),
              ("share_mentors_15_19", "mentors_15_19", "students_15_19"),
              ("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists")]
    for s, p, w in checks:
        if has(s, p, w):
            assert abs(v[s] - pct(v[p], v[w])) < 0.01, (entry["file"], s)
    if has("share_teachers_mentees", "teachers_other_mentees", "young_specialists_mentees", "teachers_other",
           "young_specialists"):
        exp = pct(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                  v["teachers_other"] + v["young_specialists"])
        assert abs(v["share_teachers_mentees"] - exp) < 0.01, entry["file"]
    if has("share_teachers_mentors", "teachers_mentors", "teachers_other", "young_specialists"):
        exp = pct(v["teachers_mentors"], v["teachers_other"] + v["young_specialists"])
        assert abs(v["share_teachers_mentors"] - exp) < 0.01, entry["file"]


def main():
    ids = catalogue_ids()
    expected, cells = [], []
    for form in FORMS:
        e, c = build(form, ids)
        consistency(e)
        expected.append(e)
        cells.extend(c)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(HERE / "cells.json", "w", encoding="utf-8") as f:
        json.dump({"cells": cells}, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nx = sum(len(e["inexact"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files {len(expected)}, forms {len(expected)}, values {nv}, inexact {nx} "
          f"({100.0 * nx / (nv + nx):.1f}% of criterion rows), links {nl}")
    for e in expected:
        print(f"  {e['file']}: values {len(e['values'])}, inexact {len(e['inexact'])}, links {len(e['links'])}")


if __name__ == "__main__":
    main()
