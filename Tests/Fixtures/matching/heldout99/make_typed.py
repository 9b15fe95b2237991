#!/usr/bin/env python3
"""heldout99: six one-organisation ЦМН forms (title | value | link), each written as a
different OOXML variant or package that Excel or another Windows program produces.

Every file starts as a workbook openpyxl writes; its parts are then rewritten at the
ZIP/XML level (python's zipfile, regular expressions on openpyxl's predictable XML):

  01  Strict Open XML Spreadsheet (purl.oclc.org namespaces, strict relationship types,
      conformance="strict", document dates as ISO strings in t="d" cells)
  02  macro-enabled workbook .xlsm (macroEnabled content type, xl/vbaProject.bin -- a real,
      small Compound File with a VBA project built below -- referenced from the workbook rels)
  03  template .xltx (template content type) filled in by the school and sent back as is
  04  a package written by a .NET program (System.IO.Packaging / Open XML SDK habits):
      absolute, "./" and "../" relationship targets, random R… relationship ids, the
      sheet part xl/worksheets/form.xml, the x: prefix on SpreadsheetML elements,
      [Content_Types].xml last, every ZIP entry STORED and with a data descriptor
  05  shared strings with rich-text runs, <rPh> phonetic runs (Word's «phonetic guide»
      used to explain abbreviations), xml:space="preserve"; inline strings in the lower
      half of the sheet; percent and date formats by built-in numFmtId 9, 10, 14 only
  06  an Excel 2016 workbook whose FIRST sheet is a chartsheet (the form is the 2nd tab),
      sheetIds out of tab order, x14ac attributes under mc:Ignorable

Outputs: typed/*.xlsx|xlsm|xltx, expected.json, cells.json.  Deterministic.
"""
import io
import json
import pathlib
import posixpath
import random
import re
import struct
import zipfile
import datetime as dt
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
YEAR = 2024
ZDATE = (2024, 12, 20, 10, 15, 0)


# ----------------------------------------------------------------------------------------
# the form model
# ----------------------------------------------------------------------------------------
class Pct(float):
    """a share stored as a fraction and shown through a percent number format"""


class Rich(str):
    """a string typed with rich-text runs and phonetic runs (file 05 writes them)"""

    def __new__(cls, runs, ph=()):
        obj = str.__new__(cls, "".join(t for t, _ in runs))
        obj.runs = runs          # [(text, rPr-xml or "")]
        obj.ph = ph              # [(sb, eb, reading)]
        return obj


def R(crit, label, v, link=None, no=None, x=None, date=None, note=None):
    return dict(k="r", crit=crit, label=label, v=v, link=link, no=no, x=x, date=date, note=note)


def NC(label, v, link=None, no=None, date=None, note=None):
    return dict(k="nc", crit=None, label=label, v=v, link=link, no=no, x=None, date=date, note=note)


def H(text):
    return dict(k="h", text=text)


def T(text):
    return dict(k="t", text=text)


def expected_of(v):
    if isinstance(v, Pct):
        return round(float(v) * 100, 2)
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v
    s = str(v).strip()
    if s.lower() in ("да", "имеется", "есть"):
        return 1
    if s.lower() in ("нет", "отсутствует"):
        return 0
    return s


def share(a, b):
    return round(a / b * 100, 2)


# ----------------------------------------------------------------------------------------
# links
# ----------------------------------------------------------------------------------------
def linker(base, docs):
    return {k: (v if v.startswith("http") else base + v) for k, v in docs.items()}


L1 = linker("https://shkola3berezhan-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/", {
    "pol_ped": "polozhenie_nastavnichestvo_pedagogov.pdf",
    "pol_uch": "polozhenie_nastavnichestvo_obuchayuschihsya.pdf",
    "mon": "prikaz_147-od_monitoring_CMN_2024.pdf",
    "spr": "spravka_vnutrenniy_monitoring_2024.pdf",
    "kur": "prikaz_102-od_kuratory.pdf",
    "dog": "https://disk.yandex.ru/d/Qm7rTz2KpW4xNa",
    "pary": "prikaz_118-od_nastavnicheskie_pary_2024-2025.pdf",
    "pp": "https://disk.yandex.ru/d/pP3vL8cYe1RkGs",
    "anketa": "itogi_anketirovaniya_2024.pdf",
    "kpk": "udostovereniya_KPK_nastavniki_2024.pdf",
    "shmo": "prikaz_121-od_ShMO_nastavnikov.pdf",
    "mat": "polozhenie_o_stimuliruyuschih_vyplatah.pdf",
    "nemat": "polozhenie_o_nematerialnom_pooschrenii.pdf",
})

L2 = linker("https://licei1-berezhan.ru/upload/cmn/2024/", {
    "pol_ped": "Polozhenie_nastavnichestvo_ped.pdf",
    "pol_uch": "Polozhenie_nastavnichestvo_uch.pdf",
    "mon": "Prikaz_212_monitoring.pdf",
    "spr": "Spravka_monitoring_CMN_2024.docx",
    "kur": "Prikaz_175_kuratory_CMN.pdf",
    "dog": "Soglasheniya_partnery_2024.pdf",
    "baza": "Prikaz_188_baza_nastavnikov.pdf",
    "pp": "https://disk.yandex.ru/d/L1cey-PP-2024-kQ",
    "anketa": "Anketirovanie_itogi_dekabr_2024.pdf",
    "kpk": "KPK_nastavnichestvo_2024.pdf",
    "shmo": "Prikaz_190_ShMO.pdf",
    "stim": "Polozhenie_ob_oplate_truda_prilozhenie_5.pdf",
    "nemat": "Polozhenie_o_moralnom_pooshchrenii.pdf",
})

L3 = linker("https://klyuchi-shkola.ru/nastavnichestvo/", {
    "pol": "polozhenie-o-nastavnichestve-2024.pdf",
    "mon": "prikaz-64-monitoring.pdf",
    "spr": "spravka-po-itogam-monitoringa-2024.pdf",
    "kur": "prikaz-51-kurator.pdf",
    "dog": "dogovor-spk-kolhoz-kirova.pdf",
    "baza": "prikaz-58-baza-nastavnikov.pdf",
    "pp": "programmy-nastavnichestva-2024.pdf",
    "anketa": "anketirovanie-2024.pdf",
    "kpk": "kpk-2024.pdf",
    "shmo": "plan-shmo-nastavnikov.pdf",
    "nemat": "polozhenie-o-pooshhrenii.pdf",
})

L4 = linker("https://gimn2-berezhan.gosuslugi.ru/svedeniya/nastavnichestvo/docs/", {
    "pol_ped": "doc_3312.pdf",
    "pol_uch": "doc_3313.pdf",
    "mon": "doc_3407.pdf",
    "spr": "doc_3460.pdf",
    "kur": "doc_3290.pdf",
    "dog": "doc_3355.pdf",
    "baza": "doc_3301.pdf",
    "pp": "doc_3302.pdf",
    "anketa": "doc_3458.pdf",
    "kpk": "doc_3422.pdf",
    "shmo": "doc_3303.pdf",
    "stim": "doc_3101.pdf",
    "nemat": "doc_3102.pdf",
})

L5 = linker("https://sosnovka-oosh.edusite.ru/DswMedia/", {
    "pol": "polozhenie_nastavnichestvo.pdf",
    "mon": "prikaz_monitoring_2024.pdf",
    "spr": "spravka_monitoring_2024.pdf",
    "kur": "prikaz_kurator.pdf",
    "dog": "dogovory_spk_fap.pdf",
    "baza": "prikaz_o_nastavnichestve_2024.pdf",
    "pp": "programmy_nastavnichestva.pdf",
    "anketa": "anketa_itogi.pdf",
    "kpk": "kpk_2024.pdf",
    "nemat": "polozhenie_nematerialnoe.pdf",
})

L6 = linker("https://cdt-berezhan.ru/files/nastavnichestvo/", {
    "pol_ped": "Polozhenie_o_nastavnichestve_pedagogov_CDT.pdf",
    "pol_uch": "Polozhenie_o_nastavnichestve_obuchayushchihsya_CDT.pdf",
    "mon": "Prikaz_44-od_monitoring.pdf",
    "spr": "Spravka_monitoring_2024.pdf",
    "kur": "Prikaz_31-od_kurator.pdf",
    "dog": "Soglasheniya_2024.pdf",
    "baza": "Prikaz_37-od_baza.pdf",
    "pp": "https://disk.yandex.ru/d/cdt-pp-2024-Wn5",
    "anketa": "Anketirovanie_2024.pdf",
    "kpk": "KPK_2024.pdf",
    "mo": "Prikaz_38-od_MO_nastavnikov.pdf",
    "stim": "Polozhenie_o_stimuliruyushchih_vyplatah_CDT.pdf",
    "nemat": "Polozhenie_o_nematerialnom_stimulirovanii.pdf",
})


def d(y, m, day):
    return dt.datetime(y, m, day)


# ----------------------------------------------------------------------------------------
# the six forms
# ----------------------------------------------------------------------------------------
ORG1 = "МБОУ «СОШ № 3»"
F1 = dict(
    file="01_sosh3_strict.xlsx", sheet="Мониторинг ЦМН", org=ORG1,
    cols=dict(no=1, label=2, value=3, link=4, date=5),
    widths=dict(A=7, B=62, C=14, D=70, E=14),
    top=["Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся",
         "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3» "
         "г. Бережань (" + ORG1 + ")",
         "Отчётный период: 2024 календарный год"],
    header=dict(no="№ п/п", label="Наименование показателя", value="Значение",
                link="Подтверждающий документ (ссылка)", date="Дата документа"),
    rows=[
        H("1. Нормативно-правовое обеспечение"),
        R("orgs_regulation_teachers", "Положение о системе наставничества пед. работников ОО утверждено (1-да, 0-нет)", 1, L1["pol_ped"], "1.1", date=d(2024, 8, 30)),
        R("orgs_regulation_students", "Положение о наставничестве обучающихся (1/0)", 1, L1["pol_uch"], "1.2", date=d(2024, 8, 30)),
        R("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе", 1, L1["mon"], "1.3", date=d(2024, 10, 8)),
        R("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга (есть/нет)", 1, L1["spr"], "1.4", date=d(2024, 11, 15)),
        H("2. Организация процесса наставничества"),
        R("curators_total", "Кураторы внедрения ЦМН в ОО, чел.", 2, L1["kur"], "2.1", date=d(2024, 9, 2)),
        R("agreements_edu_orgs", "Соглашения с другими ОО, направившими своих сотрудников наставниками", 0, None, "2.2"),
        R("agreements_enterprises", "Соглашения с предприятиями (наставники от предприятий)", 2, L1["dog"], "2.3"),
        R("agreements_other_orgs", "Соглашения с иными орг-ми любой формы собственности", 1, L1["dog"], "2.4"),
        R("partner_list", "С кем сотрудничаем по наставничеству (перечень)",
          "ООО «Бережанский хлебозавод»; АО «Бережаньагроснаб»; МБУК «Бережанская ЦБС»", L1["dog"], "2.5"),
        R("mentors_total", "Наставников в базе школы по приказу, чел.", 41, L1["pary"], "2.6", date=d(2024, 9, 16)),
        R("mentees_total", "Наставляемых в базе школы по приказу, чел.", 118, L1["pary"], "2.7", date=d(2024, 9, 16)),
        NC("Количество наставнических пар / групп", 52, L1["pary"], "2.8"),
        H("3. Персонализированные программы наставничества (ПП)"),
        R("pp_total", "Всего ПП по всем формам", 40, L1["pp"], "3.1"),
        R("pp_pupil_pupil", "в т.ч. «ученик – ученик»", 9, L1["pp"], "3.2"),
        R("pp_teacher_teacher", "«учитель – учитель»", 12, L1["pp"], "3.3"),
        R("pp_head_teacher", "«руководитель – педагог»", 3, L1["pp"], "3.4"),
        R("pp_teacher_pupil", "«учитель – ученик»", 14, L1["pp"], "3.5"),
        R("pp_student_pupil", "«студент – ученик»", 0, None, "3.6"),
        R("pp_student_student", "«студент – студент»", 0, None, "3.7"),
        R("pp_other", "иные формы (указать): «родитель – ученик»", 2, L1["pp"], "3.8"),
        H("4. Наставники из внешних организаций"),
        R("external_edu_mentors", "из других образовательных организаций (по приказу)", 0, None, "4.1"),
        R("enterprise_mentors", "с предприятий", 2, L1["pary"], "4.2"),
        R("other_org_mentors", "из иных организаций", 1, L1["pary"], "4.3"),
        H("5. Обучающиеся 10–19 лет в роли наставляемых"),
        R("students_10_19", "Всего обучающихся в возрасте 10-19 лет", 612, None, "5.1"),
        R("mentees_10_19", "из них вошли в программы наставничества (наставляемые)", 96, L1["pary"], "5.2"),
        R("mentees_risk", "   – «группа риска»", 11, L1["pary"], "5.3"),
        R("mentees_disabled", "   – дети с ОВЗ / дети-инвалиды", 7, L1["pary"], "5.4"),
        R("mentees_gifted", "   – одарённые (в реестре)", 19, L1["pary"], "5.5"),
        R("mentees_low_motivation", "   – низкая мотивация, неуспевающие", 23, L1["pary"], "5.6"),
        R("mentees_career", "   – затрудняются с выбором профессии / траектории", 21, L1["pary"], "5.7"),
        R("mentees_other_params", "   – по иным основаниям", 15, L1["pary"], "5.8"),
        R("share_mentees_10_19", "Доля наставляемых 10–19 лет, %", share(96, 612), None, "5.9"),
        H("6. Обучающиеся 15–19 лет в роли наставников"),
        R("students_15_19", "Обучающихся 15-19 лет всего", 184, None, "6.1"),
        R("mentors_15_19", "из них наставники (по приказу)", 14, L1["pary"], "6.2"),
        R("share_mentors_15_19", "Доля наставников из обучающихся 15–19 лет, %", share(14, 184), None, "6.3"),
        H("7. Удовлетворённость участием в программах"),
        R("satisfaction_mentees", "Удовлетворённость наставляемых (завершённые программы), %", 87.5, L1["anketa"], "7.1"),
        R("satisfaction_mentors", "Удовлетворённость наставников, %", 91.2, L1["anketa"], "7.2"),
        H("8. Педагоги в роли наставляемых"),
        R("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", 9, None, "8.1"),
        R("young_specialists_mentees", "из них наставляемые", 8, L1["pary"], "8.2"),
        R("teachers_other", "Педагоги (без молодых специалистов), всего", 58, None, "8.3"),
        R("teachers_other_mentees", "из них наставляемые", 14, L1["pary"], "8.4"),
        NC("Всего педагогических работников (справочно)", 67, None, "8.5"),
        H("9. Профессиональное развитие"),
        R("teachers_in_pp", "Педагогов, участвующих в утверждённых ПП", 31, L1["pp"], "9.1"),
        R("kpk_trained", "Прошли КПК по наставничеству в 2024 г., чел.", 6, L1["kpk"], "9.2"),
        R("school_methodical_associations", "ШМО наставников (кол-во)", 1, L1["shmo"], "9.3", date=d(2024, 9, 4)),
        H("10. Педагоги в роли наставников"),
        R("teachers_mentors", "Педагогов-наставников, чел.", 24, L1["pary"], "10.1"),
        R("young_specialists_mentors", "в т.ч. молодых специалистов-наставников", 2, L1["pary"], "10.2"),
        H("11. Стимулирование"),
        R("pay_acts", "Лок. акты об оплате (доплате) за наставничество", 1, L1["mat"], "11.1", date=d(2023, 12, 29)),
        R("nonmaterial_acts", "Лок. акты о нематериальном поощрении наставников", 1, L1["nemat"], "11.2", date=d(2024, 1, 10)),
        T(""),
        NC("Дата заполнения", d(2024, 12, 20)),
    ],
    bottom=["Директор ______________ И.П. Сметанина",
            "Исполнитель: Петрова Н.В., зам. директора по УВР, 8 (34155) 4-12-37"],
)

ORG2 = "МАОУ «Лицей № 1»"
F2 = dict(
    file="02_licei1_macro.xlsm", sheet="Форма", org=ORG2,
    cols=dict(label=1, value=2, link=3, note=4),
    widths=dict(A=66, B=13, C=64, D=34),
    top=["Отчёт о реализации ЦМН за 2024 год",
         ORG2 + " Бережанского муниципального округа"],
    header=dict(label="Критерий", value="Показатель", link="Ссылка на подтверждающий документ",
                note="Примечание"),
    rows=[
        T("Перед отправкой запустите макрос «ПроверитьФорму» (Alt+F8) – незаполненные ячейки подсветятся"),
        H("Нормативная база"),
        R("orgs_regulation_teachers", "Наличие Положения о наставничестве педагогов", "да", L2["pol_ped"], note="приказ № 160 от 29.08.2024"),
        R("orgs_regulation_students", "Наличие Положения о наставничестве обучающихся", "да", L2["pol_uch"], note="приказ № 160 от 29.08.2024"),
        R("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН", "да", L2["mon"], note="№ 212 от 07.10.2024"),
        R("internal_monitoring_notes", "Инф. справка по внутреннему мониторингу", "да", L2["spr"]),
        H("Организация наставничества"),
        R("curators_total", "Кол-во кураторов ЦМН", 3, L2["kur"]),
        R("mentors_total", "Кол-во наставников (база, приказ)", 75, L2["baza"]),
        R("mentees_total", "Кол-во наставляемых (база, приказ)", 215, L2["baza"]),
        R("agreements_edu_orgs", "Кол-во соглашений с образоват. организациями (наставники от них)", 2, L2["dog"]),
        R("agreements_enterprises", "Кол-во соглашений с предприятиями", 2, L2["dog"]),
        R("agreements_other_orgs", "Кол-во соглашений с иными организациями", 1, L2["dog"]),
        R("partner_list", "Партнёры лицея по наставничеству",
          "АО «Бережанский машзавод»; ООО «ТехноСервис»; ФГБОУ ВО «УдГУ»; ГБПОУ «Бережанский политехнический колледж»; "
          "АНО «Центр молодёжных инициатив»", L2["dog"]),
        R("agreement_subjects", "Предмет соглашений",
          "наставничество «студент – ученик» и «работодатель – ученик», профпробы", L2["dog"]),
        H("Персонализированные программы"),
        R("pp_total", "Кол-во ПП наставничества – всего", 72, L2["pp"]),
        R("pp_pupil_pupil", "ПП «ученик-ученик»", 22, L2["pp"]),
        R("pp_teacher_teacher", "ПП «учитель-учитель»", 15, L2["pp"]),
        R("pp_head_teacher", "ПП «руководитель-педагог»", 4, L2["pp"]),
        R("pp_teacher_pupil", "ПП «учитель-ученик»", 27, L2["pp"]),
        R("pp_student_pupil", "ПП «студент-ученик»", 3, L2["pp"], note="студенты УдГУ"),
        R("pp_other", "ПП иной формы", 1, L2["pp"], note="«работодатель – ученик»"),
        H("Внешние наставники"),
        R("external_edu_mentors", "Кол-во наставников из внешних ОО", 4, L2["baza"]),
        R("enterprise_mentors", "Кол-во наставников от предприятий", 3, L2["baza"]),
        R("other_org_mentors", "Кол-во наставников от иных организаций", 2, L2["baza"]),
        H("Обучающиеся"),
        R("students_10_19", "Кол-во обучающихся 10–19 лет (всего)", 845),
        R("mentees_10_19", "Кол-во обуч-ся 10–19 лет – наставляемых", 188, L2["baza"]),
        R("mentees_gifted", "из них одарённых", 64, L2["baza"]),
        R("mentees_risk", "из них группы риска", 9, L2["baza"]),
        R("mentees_disabled", "из них ОВЗ, инвалиды", 6, L2["baza"]),
        R("mentees_low_motivation", "из них с низкой мотивацией", 31, L2["baza"]),
        R("mentees_career", "из них с проблемой выбора профессии", 47, L2["baza"]),
        R("mentees_other_params", "из них по иным параметрам", 31, L2["baza"]),
        R("share_mentees_10_19", "Охват наставничеством 10–19 лет, %", share(188, 845)),
        R("students_15_19", "Кол-во обучающихся 15–19 лет", 262),
        R("mentors_15_19", "Кол-во наставников из обучающихся 15–19 лет", 36, L2["baza"]),
        R("share_mentors_15_19", "Доля обучающихся-наставников (15–19 лет), %", share(36, 262)),
        H("Удовлетворённость"),
        R("satisfaction_mentees", "Удовлетворённость наставляемых, %", 89.4, L2["anketa"]),
        R("satisfaction_mentors", "Удовлетворённость наставников, %", 92, L2["anketa"]),
        H("Педагоги"),
        R("young_specialists", "Кол-во молодых специалистов", 11),
        R("young_specialists_mentees", "Кол-во мол. специалистов – наставляемых", 10, L2["baza"]),
        R("share_young_specialists_mentees", "Доля мол. специалистов – наставляемых, %", share(10, 11)),
        R("teachers_other", "Кол-во педагогов кроме мол. специалистов", 71),
        R("teachers_other_mentees", "из них наставляемые", 17, L2["baza"]),
        R("share_teachers_mentees", "Доля педагогов-наставляемых (все педагоги), %", share(27, 82)),
        R("teachers_mentors", "Кол-во педагогов-наставников", 30, L2["baza"]),
        R("share_teachers_mentors", "Доля педагогов-наставников, %", share(30, 82)),
        R("young_specialists_mentors", "Кол-во мол. специалистов – наставников", 1, L2["baza"]),
        R("share_young_specialists_mentors", "Доля мол. специалистов – наставников, %", share(1, 11)),
        R("teachers_in_pp", "Педагогов в утв. ПП", 46, L2["pp"]),
        R("kpk_trained", "Прошли КПК по наставничеству (2024)", 9, L2["kpk"]),
        R("kpk_courses", "Названия КПК",
          "«Наставничество в образовательной организации: организация и сопровождение» (ИРО УР, 36 ч); "
          "«Технологии наставничества» (ЦНППМ, 24 ч)", L2["kpk"]),
        R("school_methodical_associations", "Кол-во ШМО наставников", 2, L2["shmo"]),
        H("Стимулирование"),
        R("pay_acts", "Лок. акты об оплате работы наставников", 1, L2["stim"], note="прил. 5 к Положению об оплате труда"),
        R("nonmaterial_acts", "Лок. акты о нематериальном поощрении", 1, L2["nemat"]),
        NC("Кол-во наставников, награждённых грамотами в 2024 г.", 7, L2["nemat"]),
    ],
    bottom=["Ответственный: Кудрявцева Е.А., зам. директора по НМР"],
)

ORG3 = "МБОУ «Ключёвская СОШ»"
F3 = dict(
    file="03_klyuchi_template.xltx", sheet="Форма ОО", org=ORG3,
    cols=dict(no=1, label=2, value=3, link=4, note=5),
    widths=dict(A=6, B=60, C=13, D=58, E=30),
    top=["Управление образования Администрации Бережанского муниципального округа",
         "Форма мониторинга реализации ЦМН (заполняет ОО) за 2024 год",
         ("Наименование ОО:", ORG3)],
    header=dict(no="№", label="Показатель", value="Значение", link="Ссылка на документ",
                note="Подсказка"),
    rows=[
        T("Заполняются только жёлтые ячейки. Да/нет – цифрой (1 – да, 0 – нет), количество – числом, доли – в %."),
        H("Раздел 1. Документы"),
        R("orgs_regulation_teachers", "Положение о наставничестве педагогических работников", 1, L3["pol"], "1", note="1 – да / 0 – нет"),
        R("orgs_regulation_students", "Положение о наставничестве обучающихся", 1, L3["pol"], "2", note="1 – да / 0 – нет"),
        R("orgs_monitoring_order", "Приказ о мониторинге ЦМН", 1, L3["mon"], "3", note="1 – да / 0 – нет"),
        R("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", 0, None, "4", note="1 – да / 0 – нет"),
        H("Раздел 2. Организация"),
        R("curators_total", "Количество кураторов", 1, L3["kur"], "5", note="чел."),
        R("mentors_total", "Наставники (по приказу)", 17, L3["baza"], "6", note="чел."),
        R("mentees_total", "Наставляемые (по приказу)", 45, L3["baza"], "7", note="чел."),
        NC("Наставнические пары и группы", 19, L3["baza"], "7.1", note="шт. (доп. показатель МО)"),
        R("agreements_edu_orgs", "Соглашения с ОО о наставниках", 1, L3["dog"], "8", note="шт."),
        R("agreements_enterprises", "Соглашения с предприятиями", 1, L3["dog"], "9", note="шт."),
        R("partner_list", "Наименования организаций-партнёров",
          "СПК «Колхоз им. Кирова»; МБОУ «СОШ № 3» г. Бережань", L3["dog"], "10", note="через «;»"),
        H("Раздел 3. Программы"),
        R("pp_total", "Персонализированные программы, всего", 19, L3["pp"], "11", note="шт."),
        R("pp_pupil_pupil", "ученик – ученик", 5, L3["pp"], "11.1", note="шт."),
        R("pp_teacher_teacher", "учитель – учитель", 4, L3["pp"], "11.2", note="шт."),
        R("pp_head_teacher", "руководитель – педагог", 2, L3["pp"], "11.3", note="шт."),
        R("pp_teacher_pupil", "учитель – ученик", 8, L3["pp"], "11.4", note="шт."),
        R("pp_other", "иная форма", 0, None, "11.5", note="указать форму"),
        H("Раздел 4. Обучающиеся"),
        R("students_10_19", "Обучающиеся 10–19 лет, всего", 214, None, "12", note="чел."),
        R("mentees_10_19", "Обучающиеся 10–19 лет – наставляемые", 38, L3["baza"], "13", note="чел."),
        R("mentees_risk", "в т.ч. группа риска", 6, L3["baza"], "13.1", note="чел."),
        R("mentees_gifted", "в т.ч. одарённые", 4, L3["baza"], "13.2", note="чел."),
        R("mentees_disabled", "в т.ч. ОВЗ и дети-инвалиды", 3, L3["baza"], "13.3", note="чел."),
        R("mentees_low_motivation", "в т.ч. низкая мотивация / неуспеваемость", 10, L3["baza"], "13.4", note="чел."),
        R("mentees_career", "в т.ч. выбор образоват. траектории и профессии", 9, L3["baza"], "13.5", note="чел."),
        R("mentees_other_params", "в т.ч. иные параметры", 6, L3["baza"], "13.6", note="чел."),
        R("students_15_19", "Обучающиеся 15–19 лет, всего", 58, None, "14", note="чел."),
        R("mentors_15_19", "Обучающиеся 15–19 лет – наставники", 6, L3["baza"], "15", note="чел."),
        H("Раздел 5. Педагоги"),
        R("young_specialists", "Молодые специалисты", 3, None, "16", note="до 35 лет, стаж до 3 лет"),
        R("young_specialists_mentees", "Молодые специалисты – наставляемые", 3, L3["baza"], "17", note="чел."),
        R("teachers_other", "Остальные педагоги", 26, None, "18", note="без молодых специалистов"),
        R("teachers_other_mentees", "Остальные педагоги – наставляемые", 4, L3["baza"], "19", note="чел."),
        R("teachers_mentors", "Педагоги – наставники", 9, L3["baza"], "20", note="чел."),
        R("young_specialists_mentors", "Молодые специалисты – наставники", 0, None, "21", note="чел."),
        R("teachers_in_pp", "Педагоги в персонализированных программах", 12, L3["pp"], "22", note="чел."),
        R("kpk_trained", "КПК по наставничеству за 2024 год", 2, L3["kpk"], "23", note="чел."),
        R("school_methodical_associations", "Методические объединения наставников", 1, L3["shmo"], "24", note="шт."),
        H("Раздел 6. Удовлетворённость и поощрение"),
        R("satisfaction_mentees", "Удовлетворённость наставляемых", 84, L3["anketa"], "25", note="%"),
        R("satisfaction_mentors", "Удовлетворённость наставников", 88, L3["anketa"], "26", note="%"),
        R("pay_acts", "Акты о материальном поощрении наставников", 0, None, "27", note="шт."),
        R("nonmaterial_acts", "Акты о нематериальном поощрении наставников", 1, L3["nemat"], "28", note="шт."),
    ],
    bottom=["Руководитель ОО ____________ / Л.Г. Шиляева /",
            "Дата: 19.12.2024"],
)

ORG4 = "МБОУ «Гимназия № 2»"
F4 = dict(
    file="04_gimn2_export.xlsx", sheet="Форма", org=ORG4,
    cols=dict(label=1, value=2, link=3),
    widths=dict(A=70, B=12, C=60),
    top=[ORG4 + " — мониторинг ЦМН, 2024 г.",
         "Выгрузка из модуля «Наставничество» (ИС «Гимназия»), сформировано 23.12.2024 10:41"],
    header=dict(label="Показатель", value="Значение", link="Ссылка"),
    rows=[
        H("Нормативное обеспечение"),
        R("orgs_regulation_teachers", "Положение о системе наставничества педагогов: утверждено", 1, ("ссылка", L4["pol_ped"])),
        R("orgs_regulation_students", "Положение о системе наставничества обучающихся: утверждено", 1, ("ссылка", L4["pol_uch"])),
        R("orgs_monitoring_order", "Приказ о мониторинге ЦМН: издан", 1, ("ссылка", L4["mon"])),
        R("internal_monitoring_notes", "Справка внутреннего мониторинга: имеется", 1, ("ссылка", L4["spr"])),
        H("Участники"),
        R("curators_total", "Кураторы, чел.", 2, ("ссылка", L4["kur"])),
        R("mentors_total", "Наставники по приказу, чел.", 56, ("ссылка", L4["baza"])),
        R("mentees_total", "Наставляемые по приказу, чел.", 152, ("ссылка", L4["baza"])),
        R("teachers_mentors", "Наставники-педагоги, чел.", 28, ("ссылка", L4["baza"])),
        R("young_specialists_mentors", "Наставники – молодые специалисты, чел.", 3, ("ссылка", L4["baza"])),
        R("mentors_15_19", "Наставники-обучающиеся 15–19 лет, чел.", 25, ("ссылка", L4["baza"])),
        R("external_edu_mentors", "Наставники из других ОО, чел.", 1, ("ссылка", L4["baza"])),
        R("other_org_mentors", "Наставники из иных организаций, чел.", 2, ("ссылка", L4["baza"])),
        R("enterprise_mentors", "Наставники с предприятий, чел.", 0),
        H("Соглашения"),
        R("agreements_edu_orgs", "Соглашения с ОО, шт.", 1, ("ссылка", L4["dog"])),
        R("agreements_enterprises", "Соглашения с предприятиями, шт.", 0),
        R("agreements_other_orgs", "Соглашения с иными организациями, шт.", 2, ("ссылка", L4["dog"])),
        R("partner_list", "Организации-партнёры",
          "МБУК «Бережанский краеведческий музей»; МБУ «Молодёжный центр «Юность»»; МАОУ «Лицей № 1»", ("ссылка", L4["dog"])),
        H("Программы"),
        R("pp_total", "Персонализированные программы: всего", 56, ("ссылка", L4["pp"])),
        R("pp_pupil_pupil", "Персонализированные программы: ученик – ученик", 17, ("ссылка", L4["pp"])),
        R("pp_teacher_teacher", "Персонализированные программы: учитель – учитель", 13, ("ссылка", L4["pp"])),
        R("pp_head_teacher", "Персонализированные программы: руководитель – педагог", 5, ("ссылка", L4["pp"])),
        R("pp_teacher_pupil", "Персонализированные программы: учитель – ученик", 21, ("ссылка", L4["pp"])),
        R("pp_student_pupil", "Персонализированные программы: студент – ученик", 0),
        R("pp_other", "Персонализированные программы: другое", 0),
        H("Обучающиеся"),
        R("students_10_19", "Обучающихся 10–19 лет", 702),
        R("mentees_10_19", "Наставляемых 10–19 лет", 131, ("ссылка", L4["baza"])),
        R("mentees_risk", "Наставляемые: группа риска", 8, ("ссылка", L4["baza"])),
        R("mentees_gifted", "Наставляемые: одарённые дети", 41, ("ссылка", L4["baza"])),
        R("mentees_disabled", "Наставляемые: ОВЗ/инвалидность", 5, ("ссылка", L4["baza"])),
        R("mentees_low_motivation", "Наставляемые: низкая мотивация, неуспеваемость", 22, ("ссылка", L4["baza"])),
        R("mentees_career", "Наставляемые: профориентация, выбор траектории", 33, ("ссылка", L4["baza"])),
        R("mentees_other_params", "Наставляемые: иные параметры", 22, ("ссылка", L4["baza"])),
        R("students_15_19", "Обучающихся 15–19 лет", 221),
        H("Педагоги"),
        R("young_specialists", "Молодых специалистов", 14),
        R("young_specialists_mentees", "Молодых специалистов – наставляемых", 12, ("ссылка", L4["baza"])),
        R("teachers_other", "Педагогов (кроме молодых специалистов)", 63),
        R("teachers_other_mentees", "Педагогов (кроме молодых специалистов) – наставляемых", 9, ("ссылка", L4["baza"])),
        R("teachers_in_pp", "Педагогов в персонализированных программах", 38, ("ссылка", L4["pp"])),
        R("kpk_trained", "Обучены на КПК по наставничеству в 2024 г.", 5, ("ссылка", L4["kpk"])),
        R("school_methodical_associations", "ШМО наставников", 1, ("ссылка", L4["shmo"])),
        H("Оценка и стимулирование"),
        R("satisfaction_mentees", "Удовлетворённость наставляемых, %", 90.3, ("ссылка", L4["anketa"])),
        R("satisfaction_mentors", "Удовлетворённость наставников, %", 93.1, ("ссылка", L4["anketa"])),
        R("pay_acts", "Положения о материальном стимулировании наставников, шт.", 1, ("ссылка", L4["stim"])),
        R("nonmaterial_acts", "Положения о нематериальном стимулировании наставников, шт.", 2, ("ссылка", L4["nemat"])),
        NC("Записей в модуле «Наставничество», всего", 208),
    ],
    bottom=["Отчёт сформирован автоматически. Ответственный: Голованова Т.С."],
)

# file 05: rich text runs and phonetic guides (readings that explain abbreviations)
B = "<rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/><family val=\"2\"/><charset val=\"204\"/><scheme val=\"minor\"/></rPr>"
I = "<rPr><i/><sz val=\"11\"/><color rgb=\"FF595959\"/><rFont val=\"Calibri\"/><family val=\"2\"/><charset val=\"204\"/><scheme val=\"minor\"/></rPr>"
N = "<rPr><sz val=\"11\"/><rFont val=\"Calibri\"/><family val=\"2\"/><charset val=\"204\"/><scheme val=\"minor\"/></rPr>"
ORG5 = "МКОУ «Сосновская ООШ»"


def ph_over(text, word, reading):
    i = text.index(word)
    return (i, i + len(word), reading)


_t1 = "Отчёт " + ORG5 + " по реализации ЦМН за 2024 год"
_pl5 = "СПК «Сосновский»; ФАП д. Сосновка"
F5 = dict(
    file="05_sosnovka_phonetic.xlsx", sheet="Лист1", org=ORG5,
    cols=dict(label=1, value=2, link=3),
    widths=dict(A=64, B=12, C=52),
    inline_from_row=27,
    top=[Rich([("Отчёт ", N), (ORG5, B), (" по реализации ", N), ("ЦМН", N), (" за 2024 год", N)],
              ph=[ph_over(_t1, "ЦМН", "целевая модель наставничества")]),
         Rich([("Сосновка, ", I), ("Бережанский МО", I)])],
    header=dict(label="Наименование", value="Значение", link="Ссылка на документ"),
    rows=[
        H("Документы ОО"),
        R("orgs_regulation_teachers", "Положение о наставничестве педагогов", "да", L5["pol"]),
        R("orgs_regulation_students", "Положение о наставничестве обучающихся", "да", L5["pol"]),
        R("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "да", L5["mon"]),
        R("internal_monitoring_notes", "Справка по итогам мониторинга в ОО", "да", L5["spr"]),
        H("Наставники и наставляемые"),
        R("curators_total", Rich([("Куратор", N), (" (чел.)", I)]), 1, L5["kur"]),
        R("mentors_total", Rich([("Наставников ", N), ("по приказу", B)]), 7, L5["baza"]),
        R("mentees_total", Rich([("Наставляемых ", N), ("по приказу", B)]), 17, L5["baza"]),
        R("agreements_enterprises", "Договоры с предприятиями", 1, L5["dog"]),
        R("agreements_other_orgs", "Договоры с иными организациями", 1, L5["dog"]),
        R("partner_list", "С кем сотрудничаем",
          Rich([("СПК «Сосновский»;", N), (" ФАП д. Сосновка", N)],
               ph=[ph_over(_pl5, "СПК", "сельскохозяйственный производственный кооператив"),
                   ph_over(_pl5, "ФАП", "фельдшерско-акушерский пункт")]),
          L5["dog"]),
        H("Персонализированные программы (ПП)"),
        R("pp_total", Rich([("ПП", N), (" всего", N)], ph=[(0, 2, "персонализированные программы")]), 9, L5["pp"]),
        R("pp_pupil_pupil", "ученик – ученик", 2, L5["pp"]),
        R("pp_teacher_teacher", "учитель – учитель", 2, L5["pp"]),
        R("pp_head_teacher", "руководитель – педагог", 1, L5["pp"]),
        R("pp_teacher_pupil", "учитель – ученик", 4, L5["pp"]),
        H("Обучающиеся"),
        R("students_10_19", "Обучающихся 10–19 лет всего", 63),
        R("mentees_10_19", "из них наставляемых", 14, L5["baza"]),
        R("mentees_risk", Rich([("   в т.ч. ", I), ("«группа риска»", N)]), 3, L5["baza"]),
        R("mentees_disabled", Rich([("   в т.ч. ", I), ("ОВЗ", N), (", дети-инвалиды", N)],
                                   ph=[(9, 12, "ограниченные возможности здоровья")]), 2, L5["baza"]),
        R("mentees_gifted", Rich([("   в т.ч. ", I), ("одарённые", N)]), 1, L5["baza"]),
        R("mentees_low_motivation", Rich([("   в т.ч. ", I), ("низкая мотивация", N)]), 5, L5["baza"]),
        R("mentees_career", Rich([("   в т.ч. ", I), ("выбор профессии", N)]), 1, L5["baza"]),
        R("mentees_other_params", Rich([("   в т.ч. ", I), ("иное", N)]), 2, L5["baza"]),
        R("share_mentees_10_19", "Доля наставляемых 10–19 лет", Pct(14 / 63)),
        R("students_15_19", "Обучающихся 15–19 лет всего", 11),
        R("mentors_15_19", "из них наставников", 2, L5["baza"]),
        R("share_mentors_15_19", "Доля наставников 15–19 лет", Pct(round(2 / 11, 4))),
        H("Педагоги"),
        R("young_specialists", Rich([("Молодые специалисты", N), (" (до 35 лет, стаж до 3 лет)", I)]), 1),
        R("young_specialists_mentees", "из них наставляемые", 1, L5["baza"]),
        R("teachers_other", "Другие педагоги", 12),
        R("teachers_other_mentees", "из них наставляемые", 2, L5["baza"]),
        R("share_teachers_mentees", "Доля педагогов-наставляемых", Pct(round(3 / 13, 4))),
        R("teachers_mentors", "Педагоги-наставники", 5, L5["baza"]),
        R("share_teachers_mentors", "Доля педагогов-наставников", Pct(round(5 / 13, 4))),
        R("teachers_in_pp", "Педагогов в ПП", 6, L5["pp"]),
        R("kpk_trained", Rich([("Обучены на ", N), ("КПК", B), (" (2024)", N)],
                              ph=[(11, 14, "курсы повышения квалификации")]), 1, L5["kpk"]),
        H("Удовлетворённость, поощрение"),
        R("satisfaction_mentees", "Удовлетворённость наставляемых", Pct(0.9), L5["anketa"]),
        R("satisfaction_mentors", "Удовлетворённость наставников", Pct(0.85), L5["anketa"]),
        R("nonmaterial_acts", "Положение о нематериальном поощрении", 1, L5["nemat"]),
        NC("Дата заполнения", d(2024, 12, 18)),
    ],
    bottom=[Rich([("Директор ", N), ("   ", N), ("В.А. Колесникова", B)])],
)

ORG6 = "МБУ ДО «Центр детского творчества»"
F6 = dict(
    file="06_cdt_chartsheet.xlsx", sheet="Форма", org=ORG6,
    cols=dict(no=1, label=2, value=3, link=4),
    widths=dict(A=6, B=64, C=13, D=62),
    top=["Мониторинг целевой модели наставничества – 2024 год",
         "Учреждение: " + ORG6 + " (ЦДТ), г. Бережань"],
    header=dict(no="№", label="Показатель", value="Значение", link="Ссылка"),
    rows=[
        H("I. Нормативная база"),
        R("orgs_regulation_teachers", "Положение о наставничестве педагогов ЦДТ (да – 1, нет – 0)", 1, L6["pol_ped"], "1"),
        R("orgs_regulation_students", "Положение о наставничестве обучающихся ЦДТ (1/0)", 1, L6["pol_uch"], "2"),
        R("orgs_monitoring_order", "Приказ о мониторинге ЦМН (1/0)", 1, L6["mon"], "3"),
        R("internal_monitoring_notes", "Справка по внутреннему мониторингу (1/0)", 1, L6["spr"], "4"),
        H("II. Организация"),
        R("curators_total", "Куратор(ы) ЦМН", 1, L6["kur"], "5"),
        R("mentors_total", "Наставники (приказ), всего", 32, L6["baza"], "6"),
        R("mentees_total", "Наставляемые (приказ), всего", 81, L6["baza"], "7"),
        R("agreements_enterprises", "Соглашения с предприятиями", 1, L6["dog"], "8"),
        R("agreements_other_orgs", "Соглашения с иными организациями", 2, L6["dog"], "9"),
        R("partner_list", "Партнёры",
          "ООО «Бережанский хлебозавод»; МБУК «Бережанская ЦБС»; Местное отделение ДОСААФ России Бережанского района",
          L6["dog"], "10"),
        R("enterprise_mentors", "Наставники от предприятий", 1, L6["baza"], "11"),
        R("other_org_mentors", "Наставники от иных организаций", 2, L6["baza"], "12"),
        H("III. Персонализированные программы"),
        R("pp_total", "ПП всего", 27, L6["pp"], "13"),
        R("pp_pupil_pupil", "ПП «обучающийся – обучающийся»", 9, L6["pp"], "13.1"),
        R("pp_teacher_teacher", "ПП «педагог – педагог»", 3, L6["pp"], "13.2"),
        R("pp_head_teacher", "ПП «руководитель – педагог»", 1, L6["pp"], "13.3"),
        R("pp_teacher_pupil", "ПП «педагог – обучающийся»", 12, L6["pp"], "13.4"),
        R("pp_other", "ПП в иной форме («ребёнок-лидер – группа»)", 2, L6["pp"], "13.5"),
        H("IV. Обучающиеся объединений"),
        R("students_10_19", "Обучающихся 10–19 лет в объединениях ЦДТ", 486, None, "14"),
        R("mentees_10_19", "из них наставляемых", 74, L6["baza"], "15"),
        R("mentees_risk", "группа риска", 7, L6["baza"], "15.1"),
        R("mentees_gifted", "одарённые", 22, L6["baza"], "15.2"),
        R("mentees_disabled", "ОВЗ, инвалидность", 4, L6["baza"], "15.3"),
        R("mentees_low_motivation", "низкая мотивация", 3, L6["baza"], "15.4"),
        R("mentees_career", "выбор профессии", 18, L6["baza"], "15.5"),
        R("mentees_other_params", "иные", 20, L6["baza"], "15.6"),
        R("share_mentees_10_19", "Доля наставляемых 10–19 лет, %", share(74, 486), None, "16"),
        R("students_15_19", "Обучающихся 15–19 лет", 131, None, "17"),
        R("mentors_15_19", "из них наставники", 18, L6["baza"], "18"),
        R("share_mentors_15_19", "Доля наставников 15–19 лет, %", share(18, 131), None, "19"),
        H("V. Педагоги"),
        R("young_specialists", "Молодые специалисты", 4, None, "20"),
        R("young_specialists_mentees", "Молодые специалисты – наставляемые", 4, L6["baza"], "21"),
        R("teachers_other", "Педагоги ДО (кроме молодых специалистов)", 27, None, "22"),
        R("teachers_other_mentees", "Педагоги ДО – наставляемые", 3, L6["baza"], "23"),
        R("teachers_mentors", "Педагоги – наставники", 11, L6["baza"], "24"),
        R("teachers_in_pp", "Педагоги в ПП", 10, L6["pp"], "25"),
        R("kpk_trained", "КПК по наставничеству (2024)", 3, L6["kpk"], "26"),
        R("school_methodical_associations", "МО наставников ЦДТ", 1, L6["mo"], "27"),
        H("VI. Удовлетворённость и стимулирование"),
        R("satisfaction_mentees", "Удовлетворённость наставляемых, %", 88, L6["anketa"], "28"),
        R("satisfaction_mentors", "Удовлетворённость наставников, %", 94, L6["anketa"], "29"),
        R("pay_acts", "Акты о мат. стимулировании наставников", 1, L6["stim"], "30"),
        R("nonmaterial_acts", "Акты о нематериальном стимулировании", 1, L6["nemat"], "31"),
        NC("Положения о материальном и нематериальном стимулировании, всего", 2, None, "32"),
    ],
    bottom=["Директор ЦДТ ____________ О.Н. Бабушкина"],
)

FORMS = [F1, F2, F3, F4, F5, F6]


# ----------------------------------------------------------------------------------------
# building the openpyxl workbook (the common starting point)
# ----------------------------------------------------------------------------------------
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(form, wb=None):
    """Writes the form on a sheet of an openpyxl workbook; returns (wb, ws, grid, cells, exp)."""
    if wb is None:
        wb = Workbook()
        ws = wb.active
        ws.title = form["sheet"]
    else:
        ws = wb.create_sheet(form["sheet"])
    cols = form["cols"]
    width = max(cols.values())
    grid = {}          # (row, col) -> (value, role)
    cells, exp = [], {"values": {}, "links": {}, "not_criteria": [], "headings": []}

    def put(r, c, v, role, **style):
        cell = ws.cell(r, c, str(v) if isinstance(v, Rich) else v)
        grid[(r, c)] = (v, role)
        for k, s in style.items():
            setattr(cell, k, s)
        return cell

    for col, w in form["widths"].items():
        ws.column_dimensions[col].width = w
    r = 1
    for line in form["top"]:
        if isinstance(line, tuple):
            put(r, cols.get("label", 1) - 1 or 1, line[0], "title", font=Font(bold=True))
            put(r, cols.get("label", 1) if cols.get("label", 1) > 1 else 2, line[1], "title",
                font=Font(bold=True), fill=PatternFill("solid", fgColor="FFFFF2CC"))
        else:
            put(r, 1, line, "title", font=Font(bold=True, size=12), alignment=Alignment(wrap_text=True))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        r += 1
    r += 1
    for role, c in cols.items():
        put(r, c, form["header"][role], "header", font=Font(bold=True), border=BOX,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
            fill=PatternFill("solid", fgColor="FFD9E1F2"))
    r += 1
    for item in form["rows"]:
        if item["k"] == "h":
            put(r, cols.get("no", cols["label"]), item["text"], "heading", font=Font(bold=True))
            ws.merge_cells(start_row=r, start_column=cols.get("no", cols["label"]), end_row=r, end_column=width)
            exp["headings"].append(str(item["text"]))
            r += 1
            continue
        if item["k"] == "t":
            if item["text"]:
                put(r, 1, item["text"], "text", font=Font(italic=True, color="FF595959"))
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            r += 1
            continue
        if "no" in cols and item["no"]:
            put(r, cols["no"], item["no"], "no", border=BOX, alignment=Alignment(horizontal="center"))
        put(r, cols["label"], item["label"], "label", border=BOX, alignment=Alignment(wrap_text=True))
        v = item["v"]
        vc = put(r, cols["value"], v, "value", border=BOX, alignment=Alignment(horizontal="center"),
                 fill=PatternFill("solid", fgColor="FFFFF2CC") if form.get("yellow") else PatternFill())
        if isinstance(v, Pct):
            vc.number_format = "0.00%"
        elif isinstance(v, dt.datetime):
            vc.number_format = "DD.MM.YYYY"
        link = item["link"]
        if "link" in cols:
            lc = ws.cell(r, cols["link"])
            lc.border = BOX
            if link:
                text, url = link if isinstance(link, tuple) else (link, link)
                put(r, cols["link"], text, "link", border=BOX, font=Font(color="FF0563C1", underline="single"))
                lc.hyperlink = url
        if "date" in cols:
            dc = put(r, cols["date"], item["date"], "date", border=BOX, number_format="DD.MM.YYYY",
                     alignment=Alignment(horizontal="center"))
        if "note" in cols and item.get("note"):
            put(r, cols["note"], item["note"], "note", font=Font(italic=True, color="FF7F7F7F"))
        addr = f"{get_column_letter(cols['value'])}{r}"
        if item["k"] == "nc":
            exp["not_criteria"].append(str(item["label"]))
        else:
            crit = item["crit"]
            e = item["x"] if item["x"] is not None else expected_of(v)
            assert crit not in exp["values"], crit
            exp["values"][crit] = e
            cells.append(dict(file="typed/" + form["file"], sheet=form["sheet"], cell=addr, criterion=crit,
                              kind="value", expected=e, row_title=str(item["label"]).strip()))
            if link:
                url = link[1] if isinstance(link, tuple) else link
                exp["links"][crit] = url
                cells.append(dict(file="typed/" + form["file"], sheet=form["sheet"],
                                  cell=f"{get_column_letter(cols['link'])}{r}", criterion=crit, kind="link",
                                  expected=url, row_title=str(item["label"]).strip(),
                                  shown_text=link[0] if isinstance(link, tuple) else url))
        r += 1
    r += 1
    for line in form["bottom"]:
        put(r, cols["label"], line, "text")
        r += 1
    ws.freeze_panes = ws.cell(len(form["top"]) + 3, 1)
    return wb, ws, grid, cells, exp


def to_parts(wb):
    bio = io.BytesIO()
    wb.save(bio)
    z = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    return {n: z.read(n) for n in z.namelist()}


# ----------------------------------------------------------------------------------------
# part rewriting helpers
# ----------------------------------------------------------------------------------------
XMLDECL = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
RT_SST = NS_R + "/sharedStrings"

INLINE_RE = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>', re.S)


def s(b):
    return b.decode("utf-8") if isinstance(b, bytes) else b


def with_decl(text):
    text = s(text)
    if text.startswith("<?xml"):
        text = text.split("?>", 1)[1].lstrip()
    return XMLDECL + text.encode("utf-8")


def t_elem(text):
    """a <t> element as Excel writes it (xml:space="preserve" when spaces at the ends or inside runs)"""
    if text != text.strip() or "\n" in text or "  " in text:
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


def sharedify(parts, sheet_parts, rich=None, keep_inline_from=None):
    """turns openpyxl's inline strings into a shared string table (as Excel writes);
    rich: text -> <si> inner xml; keep_inline_from: rows >= this stay inline (file 05)."""
    table, index = [], {}
    total = 0
    for sp in sheet_parts:
        xml = s(parts[sp])

        def repl(m):
            nonlocal total
            addr, style, text = m.group(1), m.group(2), m.group(3)
            row = int(re.sub(r"[A-Z]", "", addr))
            if keep_inline_from and row >= keep_inline_from:
                inner = rich.get(text) if rich and text in rich else t_elem(text)
                return f'<c r="{addr}"{style} t="inlineStr"><is>{inner}</is></c>'
            total += 1
            if text not in index:
                index[text] = len(table)
                table.append(text)
            return f'<c r="{addr}"{style} t="s"><v>{index[text]}</v></c>'
        parts[sp] = INLINE_RE.sub(repl, xml).encode("utf-8")
    sis = []
    for text in table:
        inner = rich.get(text) if rich and text in rich else t_elem(text)
        sis.append(f"<si>{inner}</si>")
    parts["xl/sharedStrings.xml"] = with_decl(
        f'<sst xmlns="{NS_MAIN}" count="{total}" uniqueCount="{len(table)}">' + "".join(sis) + "</sst>")
    ct = s(parts["[Content_Types].xml"])
    if "/xl/sharedStrings.xml" not in ct:
        ct = ct.replace("</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT_SST}"/></Types>')
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    rels = s(parts["xl/_rels/workbook.xml.rels"])
    if RT_SST not in rels:
        n = len(re.findall("<Relationship ", rels)) + 1
        rels = rels.replace("</Relationships>",
                            f'<Relationship Id="rId{n}" Type="{RT_SST}" Target="sharedStrings.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")


def core_xml(creator, modified_by, created, modified, title=None):
    t = f"<dc:title>{escape(title)}</dc:title>" if title else ""
    return with_decl(
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{t}<dc:creator>{escape(creator)}</dc:creator><cp:lastModifiedBy>{escape(modified_by)}</cp:lastModifiedBy>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def app_xml(sheet_names, chart_names=(), app="Microsoft Excel", version="16.0300", company=""):
    pairs = f"<vt:variant><vt:lpstr>Листы</vt:lpstr></vt:variant><vt:variant><vt:i4>{len(sheet_names)}</vt:i4></vt:variant>"
    n = 2
    if chart_names:
        pairs += f"<vt:variant><vt:lpstr>Диаграммы</vt:lpstr></vt:variant><vt:variant><vt:i4>{len(chart_names)}</vt:i4></vt:variant>"
        n = 4
    names = list(sheet_names) + list(chart_names)
    titles = "".join(f"<vt:lpstr>{escape(x)}</vt:lpstr>" for x in names)
    return with_decl(
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{app}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        f'<HeadingPairs><vt:vector size="{n}" baseType="variant">{pairs}</vt:vector></HeadingPairs>'
        f'<TitlesOfParts><vt:vector size="{len(names)}" baseType="lpstr">{titles}</vt:vector></TitlesOfParts>'
        f"<Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        f"<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}</AppVersion></Properties>")


def excel_rels_relative(parts):
    """Excel writes targets relative to the source part (openpyxl writes /xl/worksheets/sheetN.xml,
    /xl/drawings/drawing1.xml ...)"""
    for name in list(parts):
        if not name.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(name))      # xl/_rels/workbook.xml.rels -> xl

        def rel(m):
            return 'Target="' + posixpath.relpath(m.group(1), folder or ".") + '"'
        parts[name] = re.sub(r'Target="/([^"]+)"', rel, s(parts[name])).encode("utf-8")


def excel_workbook(parts, workbook_pr='<workbookPr defaultThemeVersion="166925"/>'):
    """workbook.xml as Excel writes it: fileVersion, no empty elements, Excel's calcId"""
    wbx = s(parts["xl/workbook.xml"])
    wbx = wbx.replace("<workbookProtection />", "").replace("<definedNames />", "")
    wbx = wbx.replace('<calcPr calcId="124519" fullCalcOnLoad="1" />', '<calcPr calcId="191029"/>')
    wbx = re.sub(r"<workbookPr( codeName=\"[^\"]+\")? />",
                 lambda m: workbook_pr.replace("<workbookPr", "<workbookPr" + (m.group(1) or "")), wbx)
    wbx = re.sub(r"(<workbook [^>]*>)",
                 r'\1<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>', wbx, count=1)
    parts["xl/workbook.xml"] = wbx.encode("utf-8")


def declare_all(parts):
    for n in list(parts):
        if n.endswith(".xml") or n.endswith(".rels"):
            parts[n] = with_decl(parts[n])


class _NoSeek(io.RawIOBase):
    """a write-only stream without seek: zipfile then sets bit 3 and writes data descriptors"""

    def __init__(self):
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.buf += b
        return len(b)

    def tell(self):
        raise OSError("not seekable")

    def seekable(self):
        return False

    def flush(self):
        pass


def write_zip(path, parts, order, compression=zipfile.ZIP_DEFLATED, data_descriptors=False):
    names = [n for n in order if n in parts] + sorted(n for n in parts if n not in order)
    target = _NoSeek() if data_descriptors else io.BytesIO()
    with zipfile.ZipFile(target, "w") as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=ZDATE)
            zi.compress_type = compression
            zi.create_system = 0
            z.writestr(zi, parts[n])
    data = bytes(target.buf) if data_descriptors else target.getvalue()
    path.write_bytes(data)


EXCEL_ORDER = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
               "xl/vbaProject.bin", "xl/chartsheets/sheet1.xml", "xl/worksheets/sheet1.xml",
               "xl/worksheets/sheet2.xml", "xl/theme/theme1.xml", "xl/styles.xml", "xl/sharedStrings.xml",
               "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels",
               "xl/chartsheets/_rels/sheet1.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels",
               "xl/worksheets/_rels/sheet2.xml.rels", "docProps/core.xml", "docProps/app.xml"]


# ----------------------------------------------------------------------------------------
# 01 Strict Open XML
# ----------------------------------------------------------------------------------------
STRICT = [
    ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
     "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
]

DATE_CELL_RE = re.compile(r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="n"><v>([0-9.]+)</v></c>')


def make_strict(form):
    wb, ws, grid, cells, exp = build(form)
    parts = to_parts(wb)
    sheet = "xl/worksheets/sheet1.xml"
    # dates: Excel's Strict writer keeps date cells as ISO 8601 strings (t="d")
    date_addrs = {f"{get_column_letter(c)}{r}": v for (r, c), (v, role) in grid.items()
                  if isinstance(v, dt.datetime)}
    xml = s(parts[sheet])

    def repl(m):
        if m.group(1) in date_addrs:
            iso = date_addrs[m.group(1)].strftime("%Y-%m-%dT%H:%M:%S")
            return f'<c r="{m.group(1)}"{m.group(2) or ""} t="d"><v>{iso}</v></c>'
        return m.group(0)
    xml, n = DATE_CELL_RE.subn(repl, xml)
    assert xml.count('t="d"') == len(date_addrs), (xml.count('t="d"'), len(date_addrs))
    parts[sheet] = xml.encode("utf-8")
    sharedify(parts, [sheet])
    excel_rels_relative(parts)
    parts["docProps/core.xml"] = core_xml("Петрова Наталья Викторовна", "Петрова Наталья Викторовна",
                                          "2024-10-09T06:12:00Z", "2024-12-20T07:15:44Z")
    parts["docProps/app.xml"] = app_xml([form["sheet"]], company="МБОУ СОШ № 3")
    excel_workbook(parts, '<workbookPr dateCompatibility="0" defaultThemeVersion="166925"/>')
    wbx = s(parts["xl/workbook.xml"]).replace("<workbook ", '<workbook conformance="strict" ', 1)
    parts["xl/workbook.xml"] = wbx.encode("utf-8")
    for n in list(parts):
        if n.endswith(".xml") or n.endswith(".rels"):
            t = s(parts[n])
            for a, b in STRICT:
                t = t.replace(a, b)
            parts[n] = t.encode("utf-8")
    declare_all(parts)
    write_zip(TYPED / form["file"], parts, EXCEL_ORDER)
    return cells, exp


# ----------------------------------------------------------------------------------------
# 02 macro-enabled workbook with a small VBA project (MS-CFB + MS-OVBA, built here)
# ----------------------------------------------------------------------------------------
def ovba_compress(data):
    """MS-OVBA 2.4.1 CompressedContainer; every token a literal (valid, just not small)"""
    out = bytearray(b"\x01")
    for i in range(0, len(data), 4096):
        chunk = data[i:i + 4096]
        body = bytearray()
        for j in range(0, len(chunk), 8):
            body.append(0)
            body += chunk[j:j + 8]
        if len(body) + 2 <= 4098:
            out += struct.pack("<H", 0x8000 | 0x3000 | (len(body) + 2 - 3)) + body
        else:
            assert len(chunk) == 4096
            out += struct.pack("<H", 0x3000 | (4098 - 3)) + chunk
    return bytes(out)


def ovba_decompress(data):
    assert data[0] == 1
    out = bytearray()
    pos = 1
    while pos < len(data):
        hdr = struct.unpack_from("<H", data, pos)[0]
        size = (hdr & 0x0FFF) + 3
        end = pos + size
        pos += 2
        start = len(out)
        if not hdr & 0x8000:
            out += data[pos:pos + 4096]
            pos += 4096
            continue
        while pos < end:
            flags = data[pos]
            pos += 1
            for bit in range(8):
                if pos >= end:
                    break
                if not flags >> bit & 1:
                    out.append(data[pos])
                    pos += 1
                else:
                    tok = struct.unpack_from("<H", data, pos)[0]
                    pos += 2
                    dlen = len(out) - start
                    bc = max((dlen - 1).bit_length(), 4)
                    lmask = 0xFFFF >> bc
                    off = (tok >> (16 - bc)) + 1
                    ln = (tok & lmask) + 3
                    for _ in range(ln):
                        out.append(out[-off])
    return bytes(out)


def vba_project():
    cp = "cp1251"
    modules = [
        ("ЭтаКнига", 0x22, (
            'Attribute VB_Name = "ЭтаКнига"\r\n'
            'Attribute VB_Base = "0{00020819-0000-0000-C000-000000000046}"\r\n'
            'Attribute VB_GlobalNameSpace = False\r\nAttribute VB_Creatable = False\r\n'
            'Attribute VB_PredeclaredId = True\r\nAttribute VB_Exposed = True\r\n'
            'Attribute VB_TemplateDerived = False\r\nAttribute VB_Customizable = True\r\n'
            "Private Sub Workbook_BeforeSave(ByVal SaveAsUI As Boolean, Cancel As Boolean)\r\n"
            "    Worksheets(\"Форма\").Range(\"D1\").Value = \"\"\r\n"
            "End Sub\r\n")),
        ("Лист1", 0x22, (
            'Attribute VB_Name = "Лист1"\r\n'
            'Attribute VB_Base = "0{00020820-0000-0000-C000-000000000046}"\r\n'
            'Attribute VB_GlobalNameSpace = False\r\nAttribute VB_Creatable = False\r\n'
            'Attribute VB_PredeclaredId = True\r\nAttribute VB_Exposed = True\r\n'
            'Attribute VB_TemplateDerived = False\r\nAttribute VB_Customizable = True\r\n')),
        ("Модуль1", 0x21, (
            'Attribute VB_Name = "Модуль1"\r\n'
            "Option Explicit\r\n\r\n"
            "' Проверка заполнения формы мониторинга ЦМН (лицей, 2024)\r\n"
            "Sub ПроверитьФорму()\r\n"
            "    Dim r As Long, n As Long\r\n"
            "    With ThisWorkbook.Worksheets(\"Форма\")\r\n"
            "        For r = 5 To .Cells(.Rows.Count, 1).End(xlUp).Row\r\n"
            "            If .Cells(r, 1).Value <> \"\" And .Cells(r, 2).MergeCells = False Then\r\n"
            "                If .Cells(r, 2).Value = \"\" Then\r\n"
            "                    .Cells(r, 2).Interior.Color = RGB(255, 199, 206)\r\n"
            "                    n = n + 1\r\n"
            "                Else\r\n"
            "                    .Cells(r, 2).Interior.ColorIndex = xlNone\r\n"
            "                End If\r\n"
            "            End If\r\n"
            "        Next r\r\n"
            "    End With\r\n"
            "    MsgBox \"Не заполнено строк: \" & n, vbInformation, \"Мониторинг ЦМН\"\r\n"
            "End Sub\r\n")),
    ]

    def rec(rid, payload):
        return struct.pack("<HI", rid, len(payload)) + payload

    def u16(x):
        return x.encode("utf-16-le")
    dirs = bytearray()
    dirs += rec(0x0001, struct.pack("<I", 1))                       # SYSKIND win32
    dirs += rec(0x0002, struct.pack("<I", 0x0419))                  # LCID ru-RU
    dirs += rec(0x0014, struct.pack("<I", 0x0419))                  # LCIDINVOKE
    dirs += rec(0x0003, struct.pack("<H", 1251))                    # CODEPAGE
    dirs += rec(0x0004, b"VBAProject")                              # NAME
    dirs += rec(0x0005, b"") + rec(0x0040, b"")                     # DOCSTRING
    dirs += rec(0x0006, b"") + rec(0x003D, b"")                     # HELPFILEPATH
    dirs += rec(0x0007, struct.pack("<I", 0))                       # HELPCONTEXT
    dirs += rec(0x0008, struct.pack("<I", 0))                       # LIBFLAGS
    dirs += struct.pack("<HIIH", 0x0009, 4, 1, 0)                   # VERSION 1.0 (Reserved=4)
    dirs += rec(0x000C, b"") + rec(0x003C, b"")                     # CONSTANTS
    libid = b"*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#C:\\Windows\\System32\\stdole2.tlb#OLE Automation"
    dirs += rec(0x0016, b"stdole") + rec(0x003E, u16("stdole"))
    dirs += rec(0x000D, struct.pack("<I", len(libid)) + libid + struct.pack("<IH", 0, 0))
    dirs += rec(0x000F, struct.pack("<H", len(modules)))
    dirs += rec(0x0013, struct.pack("<H", 0xFFFF))
    streams = {}
    for name, mtype, src in modules:
        nb = name.encode(cp)
        dirs += rec(0x0019, nb) + rec(0x0047, u16(name))
        dirs += rec(0x001A, nb) + rec(0x0032, u16(name))
        dirs += rec(0x001C, b"") + rec(0x0048, b"")
        dirs += rec(0x0031, struct.pack("<I", 0))                   # MODULEOFFSET: no p-code cache
        dirs += rec(0x001E, struct.pack("<I", 0))
        dirs += rec(0x002C, struct.pack("<H", 0xFFFF))
        dirs += struct.pack("<HI", mtype, 0)
        dirs += struct.pack("<HI", 0x002B, 0)
        streams[("VBA", name)] = ovba_compress(src.encode(cp))
    dirs += struct.pack("<HI", 0x0010, 0)
    streams[("VBA", "dir")] = ovba_compress(bytes(dirs))
    assert ovba_decompress(streams[("VBA", "dir")]) == bytes(dirs)
    streams[("VBA", "_VBA_PROJECT")] = struct.pack("<HHBH", 0x61CC, 0xFFFF, 0, 0)
    project = (
        'ID="{6A3E1F02-8C4B-4D7E-9B21-5F0C7A9D3E18}"\r\n'
        "Document=ЭтаКнига/&H00000000\r\nDocument=Лист1/&H00000000\r\nModule=Модуль1\r\n"
        'Name="VBAProject"\r\nHelpContextID="0"\r\nVersionCompatible32="393222000"\r\n\r\n'
        "[Host Extender Info]\r\n&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n\r\n"
        "[Workspace]\r\nЭтаКнига=0, 0, 0, 0, C\r\nЛист1=0, 0, 0, 0, C\r\nМодуль1=26, 26, 1213, 620, Z\r\n")
    streams[("PROJECT",)] = project.encode(cp)
    wm = b""
    for name, _, _ in modules:
        wm += name.encode(cp) + b"\0" + u16(name) + b"\0\0"
    streams[("PROJECTwm",)] = wm + b"\0\0"
    return cfb_write(streams)


def cfb_write(streams):
    """a version-3 Compound File (MS-CFB) holding small streams in the mini stream"""
    END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    # tree of storages
    root = {"name": "Root Entry", "type": 5, "kids": {}}
    for path, data in streams.items():
        node = root
        for p in path[:-1]:
            node = node["kids"].setdefault(p, {"name": p, "type": 1, "kids": {}})
        node["kids"][path[-1]] = {"name": path[-1], "type": 2, "data": data}
    entries = []

    def number(node):
        node["id"] = len(entries)
        entries.append(node)
        for k in node.get("kids", {}).values():
            number(k)
    number(root)

    def key(n):
        return (len(n["name"]), n["name"].upper())

    def balanced(nodes):
        if not nodes:
            return NOSTREAM
        m = len(nodes) // 2
        nodes[m]["left"] = balanced(nodes[:m])
        nodes[m]["right"] = balanced(nodes[m + 1:])
        return nodes[m]["id"]
    for n in entries:
        if "kids" in n:
            n["child"] = balanced(sorted(n["kids"].values(), key=key))
    # mini stream
    mini = bytearray()
    minifat = []
    for n in entries:
        if n["type"] == 2:
            data = n["data"]
            assert len(data) < 4096
            nsec = (len(data) + 63) // 64
            n["start"] = len(minifat) if nsec else END
            for i in range(nsec):
                minifat.append(len(minifat) + 1 if i < nsec - 1 else END)
            mini += data + b"\0" * (nsec * 64 - len(data))
            n["size"] = len(data)
    ndir = (len(entries) + 3) // 4
    nminifat = (len(minifat) * 4 + 511) // 512
    nmini = (len(mini) + 511) // 512
    first_dir, first_minifat, first_mini = 1, 1 + ndir, 1 + ndir + nminifat
    total = 1 + ndir + nminifat + nmini
    assert total <= 128
    fat = [FATSECT]
    for first, count in ((first_dir, ndir), (first_minifat, nminifat), (first_mini, nmini)):
        for i in range(count):
            fat.append(first + i + 1 if i < count - 1 else END)
    fat += [FREE] * (128 - len(fat))
    root["start"], root["size"] = (first_mini, len(mini)) if mini else (END, 0)
    hdr = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
           + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, first_dir, 0, 4096, first_minifat if minifat else END,
                                     nminifat, END, 0)
           + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    assert len(hdr) == 512
    dirb = bytearray()
    for n in entries:
        name = n["name"].encode("utf-16-le") + b"\0\0"
        dirb += name + b"\0" * (64 - len(name))
        dirb += struct.pack("<HBB", len(name), n["type"], 1)
        dirb += struct.pack("<III", n.get("left", NOSTREAM), n.get("right", NOSTREAM), n.get("child", NOSTREAM))
        dirb += b"\0" * 16 + struct.pack("<IQQ", 0, 0, 0)
        dirb += struct.pack("<IQ", n.get("start", 0) if n["type"] != 1 else 0, n.get("size", 0))
    for _ in range(ndir * 4 - len(entries)):
        dirb += b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM)
        dirb += b"\0" * 16 + struct.pack("<IQQ", 0, 0, 0) + struct.pack("<IQ", 0, 0)
    mf = b"".join(struct.pack("<I", x) for x in minifat)
    mf += struct.pack("<I", FREE) * ((nminifat * 512 - len(mf)) // 4)
    body = b"".join(struct.pack("<I", x) for x in fat) + bytes(dirb) + mf + bytes(mini) + b"\0" * (nmini * 512 - len(mini))
    return hdr + body


def make_xlsm(form):
    wb, ws, grid, cells, exp = build(form)
    wb.code_name = "ЭтаКнига"
    ws.sheet_properties.codeName = "Лист1"
    parts = to_parts(wb)
    sharedify(parts, ["xl/worksheets/sheet1.xml"])
    excel_rels_relative(parts)
    parts["xl/vbaProject.bin"] = vba_project()
    ct = s(parts["[Content_Types].xml"])
    ct = ct.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    ct = ct.replace('<Default Extension="xml"',
                    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"')
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    rels = s(parts["xl/_rels/workbook.xml.rels"])
    n = len(re.findall("<Relationship ", rels)) + 1
    rels = rels.replace("</Relationships>", f'<Relationship Id="rId{n}" Type="http://schemas.microsoft.com/office/2006/'
                        f'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    excel_workbook(parts)
    parts["docProps/core.xml"] = core_xml("Кудрявцева Елена Андреевна", "Кудрявцева Елена Андреевна",
                                          "2023-11-02T09:40:00Z", "2024-12-24T11:02:31Z")
    parts["docProps/app.xml"] = app_xml([form["sheet"]], company="МАОУ Лицей № 1")
    declare_all(parts)
    write_zip(TYPED / form["file"], parts, EXCEL_ORDER)
    return cells, exp


# ----------------------------------------------------------------------------------------
# 03 template (.xltx) filled in
# ----------------------------------------------------------------------------------------
def make_xltx(form):
    form = dict(form, yellow=True)
    wb, ws, grid, cells, exp = build(form)
    wb.template = True
    # template machinery: the value column unlocked, the sheet protected, yes/no lists
    yn = DataValidation(type="list", formula1='"1,0"', allow_blank=True,
                        error="Введите 1 (да) или 0 (нет)", errorTitle="Мониторинг ЦМН", showErrorMessage=True)
    ws.add_data_validation(yn)
    num = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                         error="Только целое неотрицательное число", showErrorMessage=True)
    ws.add_data_validation(num)
    for (r, c), (v, role) in grid.items():
        if role in ("value", "link") or (role == "title" and c == 2):
            ws.cell(r, c).protection = Protection(locked=False)
        if role == "value":
            hint = str(grid.get((r, 5), ("", ""))[0])
            if hint.startswith("1 – да"):
                yn.add(ws.cell(r, c))
            elif hint in ("чел.", "шт."):
                num.add(ws.cell(r, c))
    ws.protection.sheet = True
    ws.protection.formatCells = False
    ws.print_area = f"A1:E{ws.max_row}"
    parts = to_parts(wb)
    assert "spreadsheetml.template.main+xml" in s(parts["[Content_Types].xml"])
    sharedify(parts, ["xl/worksheets/sheet1.xml"])
    excel_rels_relative(parts)
    excel_workbook(parts)
    parts["docProps/core.xml"] = core_xml("Управление образования Бережанского МО", "Шиляева Л.Г.",
                                          "2024-09-27T05:30:00Z", "2024-12-19T12:48:05Z",
                                          title="Форма мониторинга ЦМН (ОО) 2024")
    parts["docProps/app.xml"] = app_xml([form["sheet"]], company="УО Бережанского МО")
    declare_all(parts)
    write_zip(TYPED / form["file"], parts, EXCEL_ORDER)
    return cells, exp


# ----------------------------------------------------------------------------------------
# 04 a .NET writer's package
# ----------------------------------------------------------------------------------------
def prefix_x(xml, root):
    """Open XML SDK habit: SpreadsheetML elements with the x: prefix"""
    if xml.startswith("<?xml"):
        xml = xml.split("?>", 1)[1].lstrip()
    xml = re.sub(r"<(/?)(?![?!])([A-Za-z][\w]*)(?=[\s>/])", r"<\1x:\2", xml)
    xml = xml.replace(f' xmlns="{NS_MAIN}"', f' xmlns:x="{NS_MAIN}"', 1)
    assert xml.startswith(f"<x:{root} "), xml[:80]
    return xml


def make_windows(form):
    wb, ws, grid, cells, exp = build(form)
    parts = to_parts(wb)
    sharedify(parts, ["xl/worksheets/sheet1.xml"])
    rnd = random.Random(9904)

    def rid():
        return "R" + "".join(rnd.choice("0123456789abcdef") for _ in range(16))
    # rename the sheet part
    parts["xl/worksheets/form.xml"] = parts.pop("xl/worksheets/sheet1.xml")
    parts["xl/worksheets/_rels/form.xml.rels"] = parts.pop("xl/worksheets/_rels/sheet1.xml.rels")
    # hyperlink rels with random ids
    hr = s(parts["xl/worksheets/_rels/form.xml.rels"])
    sx = s(parts["xl/worksheets/form.xml"])
    for old in re.findall(r'Id="(rId[0-9]+)"', hr):
        new = rid()
        hr = hr.replace(f'Id="{old}"', f'Id="{new}"')
        sx = sx.replace(f'r:id="{old}"', f'r:id="{new}"')
    parts["xl/worksheets/_rels/form.xml.rels"] = hr.encode("utf-8")
    sx = prefix_x(sx, "worksheet")
    sx = sx.replace('<x:hyperlink xmlns:r="' + NS_R + '" ', "<x:hyperlink ")
    sx = sx.replace(f' xmlns:x="{NS_MAIN}"', f' xmlns:r="{NS_R}" xmlns:x="{NS_MAIN}"', 1)
    parts["xl/worksheets/form.xml"] = sx.encode("utf-8")
    parts["xl/sharedStrings.xml"] = prefix_x(s(parts["xl/sharedStrings.xml"]), "sst").encode("utf-8")
    # workbook (x: prefix, random ids)
    wr_ids = {"sheet": rid(), "styles": rid(), "theme": rid(), "sst": rid()}
    wbx = s(parts["xl/workbook.xml"]).replace("<workbookProtection />", "")
    wbx = wbx.replace('r:id="rId1"', f'r:id="{wr_ids["sheet"]}"')
    wbx = prefix_x(wbx, "workbook")
    parts["xl/workbook.xml"] = wbx.encode("utf-8")
    T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{NS_PKG_R}">'
        f'<Relationship Type="{T}worksheet" Target="/xl/worksheets/form.xml" Id="{wr_ids["sheet"]}" />'
        f'<Relationship Type="{T}styles" Target="./styles.xml" Id="{wr_ids["styles"]}" />'
        f'<Relationship Type="{T}theme" Target="theme/theme1.xml" Id="{wr_ids["theme"]}" />'
        f'<Relationship Type="{T}sharedStrings" Target="../xl/sharedStrings.xml" Id="{wr_ids["sst"]}" />'
        "</Relationships>").encode("utf-8")
    parts["_rels/.rels"] = (
        f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{NS_PKG_R}">'
        f'<Relationship Type="{T}officeDocument" Target="/xl/workbook.xml" Id="{rid()}" />'
        f'<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        f'Target="/docProps/core.xml" Id="{rid()}" />'
        f'<Relationship Type="{T}extended-properties" Target="/docProps/app.xml" Id="{rid()}" />'
        "</Relationships>").encode("utf-8")
    ct = [("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
          ("xl/worksheets/form.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
          ("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
          ("xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
          ("xl/sharedStrings.xml", CT_SST),
          ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
          ("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    parts["[Content_Types].xml"] = (
        f'<?xml version="1.0" encoding="utf-8"?><Types xmlns="{NS_CT}">'
        '<Default Extension="xml" ContentType="application/xml" />'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
        + "".join(f'<Override PartName="/{p}" ContentType="{c}" />' for p, c in ct) + "</Types>").encode("utf-8")
    parts["docProps/core.xml"] = core_xml("Gimnazia2.Reports", "Gimnazia2.Reports",
                                          "2024-12-23T05:41:12Z", "2024-12-23T05:41:12Z")
    parts["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="utf-8"?><Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/extended-properties"><Application>Gimnazia2.Reports 1.4.2</Application>'
        "</Properties>").encode("utf-8")
    # System.IO.Packaging order: parts as created, [Content_Types].xml last
    order = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/form.xml",
             "xl/worksheets/_rels/form.xml.rels", "xl/styles.xml", "xl/theme/theme1.xml",
             "xl/sharedStrings.xml", "docProps/core.xml", "docProps/app.xml", "_rels/.rels", "[Content_Types].xml"]
    assert set(order) == set(parts), set(parts) ^ set(order)
    write_zip(TYPED / form["file"], parts, order, compression=zipfile.ZIP_STORED, data_descriptors=True)
    return cells, exp


# ----------------------------------------------------------------------------------------
# 05 rich text, phonetic runs, inline strings, built-in number formats
# ----------------------------------------------------------------------------------------
STYLES5 = (
    f'<styleSheet xmlns="{NS_MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
    '<fonts count="5" x14ac:knownFonts="1">'
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>'
    '<font><sz val="6"/><name val="Calibri"/><family val="2"/><charset val="128"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>'
    '<font><u/><sz val="11"/><color theme="10"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>'
    '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>'
    "</fonts>"
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>'
    '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>'
    '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs>'
    '<cellXfs count="10">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'                                          # 0 default
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'                            # 1 title
    '<xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'  # 2 header
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>'            # 3 heading
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment wrapText="1"/></xf>'  # 4 label
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>'  # 5 value
    '<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>'  # 6 0.00%
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>'   # 7 0%
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>'  # 8 date
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="1" applyBorder="1"/>'                          # 9 hyperlink
    "</cellXfs>"
    '<cellStyles count="2"><cellStyle name="Гиперссылка" xfId="1" builtinId="8"/><cellStyle name="Обычный" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    "</styleSheet>")

PHPR = '<phoneticPr fontId="1" type="noConversion"/>'


def rich_inner(v):
    if not isinstance(v, Rich):
        return t_elem(escape(str(v))) + PHPR
    runs = "".join(f"<r>{rpr}{t_elem(escape(t))}</r>" for t, rpr in v.runs)
    phs = ""
    for sb, eb, reading in v.ph:
        assert str(v)[sb:eb], (v, sb, eb)
        phs += f'<rPh sb="{sb}" eb="{eb}"><t>{escape(reading)}</t></rPh>'
    return runs + phs + PHPR


def excel_serial(x):
    return (x - dt.datetime(1899, 12, 30)).days


def make_phonetic(form):
    wb, ws, grid, cells, exp = build(form)
    parts = to_parts(wb)
    sheet = s(parts["xl/worksheets/sheet1.xml"])
    inline_from = form["inline_from_row"]
    sst, sidx = [], {}
    total = 0
    rows = {}
    for (r, c), (v, role) in sorted(grid.items()):
        rows.setdefault(r, []).append((c, v, role))
    out = []
    for r in sorted(rows):
        cs = []
        for c, v, role in sorted(rows[r]):
            addr = f"{get_column_letter(c)}{r}"
            st = {"title": 1, "header": 2, "heading": 3, "label": 4, "no": 5, "value": 5, "link": 9,
                  "text": 0, "note": 0, "date": 8}[role]
            if isinstance(v, Pct):
                st = 6 if round(float(v), 2) != float(v) else 7
                cs.append(f'<c r="{addr}" s="{st}"><v>{float(v)!r}</v></c>')
            elif isinstance(v, dt.datetime):
                cs.append(f'<c r="{addr}" s="8"><v>{excel_serial(v)}</v></c>')
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append(f'<c r="{addr}" s="{st}"><v>{v}</v></c>')
            elif v is None:
                continue
            elif r >= inline_from:
                cs.append(f'<c r="{addr}" s="{st}" t="inlineStr"><is>{rich_inner(v)}</is></c>')
            else:
                key = (str(v), repr(getattr(v, "runs", None)))
                if key not in sidx:
                    sidx[key] = len(sst)
                    sst.append(v)
                total += 1
                cs.append(f'<c r="{addr}" s="{st}" t="s"><v>{sidx[key]}</v></c>')
        out.append(f'<row r="{r}" spans="1:3" x14ac:dyDescent="0.25">' + "".join(cs) + "</row>")
    sheet_data = "<sheetData>" + "".join(out) + "</sheetData>"
    sheet = re.sub(r"<sheetData>.*</sheetData>", lambda m: sheet_data, sheet, flags=re.S)
    sheet = sheet.replace(f'<worksheet xmlns="{NS_MAIN}">',
                          f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
                          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
                          'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">', 1)
    sheet = sheet.replace('<sheetFormatPr baseColWidth="8" defaultRowHeight="15" />',
                          '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>')
    sheet = sheet.replace('<hyperlink xmlns:r="' + NS_R + '" ', "<hyperlink ")
    sheet = re.sub(r"</cols>", '</cols>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    parts["xl/sharedStrings.xml"] = with_decl(
        f'<sst xmlns="{NS_MAIN}" count="{total}" uniqueCount="{len(sst)}">'
        + "".join(f"<si>{rich_inner(v)}</si>" for v in sst) + "</sst>")
    parts["xl/styles.xml"] = with_decl(STYLES5)
    ct = s(parts["[Content_Types].xml"]).replace(
        "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT_SST}"/></Types>')
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    rels = s(parts["xl/_rels/workbook.xml.rels"]).replace(
        "</Relationships>", f'<Relationship Id="rId4" Type="{RT_SST}" Target="sharedStrings.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    excel_rels_relative(parts)
    excel_workbook(parts)
    parts["docProps/core.xml"] = core_xml("user", "Колесникова В.А.", "2024-12-16T08:00:00Z", "2024-12-18T10:20:00Z")
    parts["docProps/app.xml"] = app_xml([form["sheet"]])
    declare_all(parts)
    write_zip(TYPED / form["file"], parts, EXCEL_ORDER)
    return cells, exp


# ----------------------------------------------------------------------------------------
# 06 a chartsheet in front of the form
# ----------------------------------------------------------------------------------------
def make_chartsheet(form):
    wb, ws, grid, cells, exp = build(form)
    # the chart: mentors and mentees by group, from the form's own cells
    rows = {c["criterion"]: int(c["cell"][1:]) for c in cells if c["kind"] == "value"}
    chart = BarChart()
    chart.type = "bar"
    chart.title = "Наставляемые 10–19 лет по группам, ЦДТ, 2024"
    lo, hi = rows["mentees_risk"], rows["mentees_other_params"]
    chart.add_data(Reference(ws, min_col=3, min_row=lo, max_row=hi), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=2, min_row=lo, max_row=hi))
    chart.legend = None
    cs = wb.create_chartsheet("Диаграмма1", 0)
    cs.add_chart(chart)
    wb.active = 0
    parts = to_parts(wb)
    names = sorted(parts)
    sheet_part = [n for n in names if n.startswith("xl/worksheets/sheet")][0]
    sharedify(parts, [sheet_part])
    excel_rels_relative(parts)
    excel_workbook(parts, '<workbookPr defaultThemeVersion="164011"/>')
    wbx = s(parts["xl/workbook.xml"])
    # the form was the first sheet (sheetId 1); the chart sheet was inserted before it later (sheetId 2)
    m = re.findall(r'<sheet name="([^"]+)" sheetId="([0-9]+)"', wbx)
    assert [x[0] for x in m] == ["Диаграмма1", form["sheet"]], m
    wbx = wbx.replace('<sheet name="Диаграмма1" sheetId="1"', '<sheet name="Диаграмма1" sheetId="2"')
    wbx = wbx.replace(f'<sheet name="{form["sheet"]}" sheetId="2"', f'<sheet name="{form["sheet"]}" sheetId="1"')
    parts["xl/workbook.xml"] = wbx.encode("utf-8")
    chs = s(parts["xl/chartsheets/sheet1.xml"])
    assert '<sheetView workbookViewId="0" zoomToFit="1" />' in chs
    chs = chs.replace('<sheetView workbookViewId="0" zoomToFit="1" />',
                      '<sheetView tabSelected="1" zoomScale="115" workbookViewId="0" zoomToFit="1"/>')
    parts["xl/chartsheets/sheet1.xml"] = chs.encode("utf-8")
    sx = s(parts[sheet_part])
    sx = sx.replace(f'<worksheet xmlns="{NS_MAIN}">',
                    f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
                    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
                    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">', 1)
    sx = sx.replace('<sheetFormatPr baseColWidth="8" defaultRowHeight="15" />',
                    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>')
    sx = re.sub(r'<row r="([0-9]+)"', r'<row r="\1" x14ac:dyDescent="0.25"', sx)
    sx = sx.replace('<hyperlink xmlns:r="' + NS_R + '" ', "<hyperlink ")
    parts[sheet_part] = sx.encode("utf-8")
    parts["docProps/core.xml"] = core_xml("Бабушкина О.Н.", "Метод. кабинет ЦДТ",
                                          "2024-11-28T04:10:00Z", "2024-12-17T09:33:51Z")
    parts["docProps/app.xml"] = app_xml([form["sheet"]], chart_names=["Диаграмма1"], company="ЦДТ")
    declare_all(parts)
    write_zip(TYPED / form["file"], parts, EXCEL_ORDER)
    return cells, exp


# ----------------------------------------------------------------------------------------
def check_catalogue(all_exp):
    ids = set()
    with open(CRITERIA_TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) > 10 and p[0]:
                if p[10].strip() or p[0] in ("agreement_subjects", "kpk_courses"):
                    ids.add(p[0])
    for e in all_exp:
        bad = set(e["values"]) - ids
        assert not bad, (e["file"], bad)


def main():
    TYPED.mkdir(exist_ok=True)
    for p in TYPED.iterdir():
        p.unlink()
    makers = [make_strict, make_xlsm, make_xltx, make_windows, make_phonetic, make_chartsheet]
    expected, cells = [], []
    for form, maker in zip(FORMS, makers):
        c, e = maker(form)
        entry = {"file": "typed/" + form["file"], "year": YEAR, "organisation": form["org"]}
        entry.update(e)
        expected.append(entry)
        cells += c
    check_catalogue(expected)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"wrote {len(expected)} files, {len(expected)} forms, {nv} values, {nl} links")


if __name__ == "__main__":
    main()
