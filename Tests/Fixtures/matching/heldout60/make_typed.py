#!/usr/bin/env python3
"""Held-out set 60: the municipality's own form of the mentoring monitoring (ЦМН), 2024,
as six different municipal education offices fill it.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: all data are fixed below.
File C is re-saved through LibreOffice (soffice) so that its deviation formulas carry cached values.
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CATALOGUE = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")

EXPECTED = []
CELLS = []


class Form:
    """Collects the expected values / links of one municipal form while its cells are written."""

    def __init__(self, fname, municipality, resaved=False):
        self.fname = fname
        self.resaved = resaved
        self.entry = {
            "file": "typed/" + fname,
            "year": 2024,
            "organisation": None,
            "municipality": municipality,
            "values": {},
            "links": {},
            "not_criteria": [],
            "headings": [],
        }
        EXPECTED.append(self.entry)

    def _cell(self, sheet, coord, crit, kind, expected, via=None):
        rec = {"file": self.entry["file"], "sheet": sheet, "cell": coord, "criterion": crit,
               "kind": kind, "expected": expected}
        if via:
            rec["via"] = via
        if self.resaved:
            rec["resaved_by_libreoffice"] = True
        CELLS.append(rec)

    def val(self, ws, coord, raw, crit, exp, fmt=None):
        assert crit not in self.entry["values"], (self.fname, crit)
        ws[coord] = raw
        if fmt:
            ws[coord].number_format = fmt
        self.entry["values"][crit] = exp
        self._cell(ws.title, coord, crit, "value", exp)

    def link(self, ws, coord, url, crit, display=None):
        assert crit not in self.entry["links"], (self.fname, crit)
        if display:
            ws[coord] = display
            ws[coord].hyperlink = url
            ws[coord].font = Font(color="0563C1", underline="single")
            self._cell(ws.title, coord, crit, "link", url, via="hyperlink")
        else:
            ws[coord] = url
            self._cell(ws.title, coord, crit, "link", url, via="text")
        self.entry["links"][crit] = url

    def decoy(self, title):
        if title not in self.entry["not_criteria"]:
            self.entry["not_criteria"].append(title)

    def heading(self, title):
        self.entry["headings"].append(title)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = WRAP


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def yn(v):
    return "да" if v else "нет"


# --------------------------------------------------------------------------------------------
# A. Letterhead form: Управление образования, Муниципальный округ Чепецкий район
# --------------------------------------------------------------------------------------------
def file_a():
    fname = "Форма_мониторинга_ЦМН_2024_исх_01-19-1472.xlsx"
    muni = "Муниципальный округ Чепецкий район Удмуртской Республики"
    f = Form(fname, muni)
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма"
    widths(ws, [7, 70, 9, 16, 58])

    ws.merge_cells("A1:E1")
    ws["A1"] = "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «МУНИЦИПАЛЬНЫЙ ОКРУГ ЧЕПЕЦКИЙ РАЙОН УДМУРТСКОЙ РЕСПУБЛИКИ»"
    ws.merge_cells("A2:E2")
    ws["A2"] = "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ"
    ws.merge_cells("A3:E3")
    ws["A3"] = ("427630, Удмуртская Республика, с. Чепецк, ул. Советская, д. 14; тел. (34141) 4-12-37; "
                "e-mail: uo@chepeck-rayon.ru; ОКПО 02115473, ОГРН 1021800996214, ИНН/КПП 1827004519/182701001")
    for c in ("A1", "A2", "A3"):
        ws[c].alignment = CENTER
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"].font = Font(size=8)
    ws.row_dimensions[1].height = 32
    ws.row_dimensions[3].height = 24

    ws["A5"] = "Исх. № 01-19/1472 от 27.01.2025"
    ws["A6"] = "На № 01-08/2931 от 16.12.2024"
    ws.merge_cells("D5:E6")
    ws["D5"] = ("Руководителю регионального центра наставничества\nАОУ ДПО УР «Институт развития образования»")
    ws["D5"].alignment = WRAP
    ws.row_dimensions[5].height = 30

    ws.merge_cells("A8:E8")
    ws["A8"] = ("Во исполнение приказа Министерства образования и науки Удмуртской Республики от 08.04.2022 № 581 "
                "«Об организации работы по мониторингу Региональной целевой модели наставничества педагогических "
                "работников и обучающихся образовательных организаций Удмуртской Республики» и приказа Управления "
                "образования от 15.01.2025 № 12-од «О проведении муниципального этапа мониторинга реализации целевой "
                "модели наставничества за 2024 год» направляем сведения по муниципальному образованию.")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 62

    ws.merge_cells("A10:E10")
    ws["A10"] = ("СВЕДЕНИЯ\nо реализации целевой модели наставничества педагогических работников и обучающихся "
                 "в муниципальном образовании «Муниципальный округ Чепецкий район Удмуртской Республики» за 2024 год")
    ws["A10"].alignment = CENTER
    ws["A10"].font = BOLD
    ws.row_dimensions[10].height = 46

    hdr = ["№ п/п", "Наименование показателя", "Ед. изм.", "Значение на 31.12.2024",
           "Подтверждающий документ (ссылка)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=12, column=i, value=h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = GREY
    f.decoy("Исх. № 01-19/1472 от 27.01.2025")

    cloud = "https://disk.yandex.ru/d/Ch3pUo2024nastavn"
    site = "https://chepeck-uo.ru/upload/nastavnichestvo/2024/"
    # (number, title, unit, criterion or None (decoy) or "H" (heading), raw value, expected, fmt, link)
    rows = [
        ("I", "Нормативно-правовое обеспечение реализации ЦМН", None, "H"),
        ("1.1", "Приказ Управления образования о реализации ЦМН на территории округа (наличие)", "да/нет",
         "municipal_order", "да", 1, None, site + "prikaz_UO_218-od_ot_29.08.2022_CMN.pdf"),
        ("1.2", "Число ОО, утвердивших Положение о системе наставничества педагогических работников", "ед.",
         "orgs_regulation_teachers", 21, 21, None, cloud + "/1.2_polozheniya_pedagogi"),
        ("1.3", "Число ОО, утвердивших Положение о наставничестве обучающихся", "ед.",
         "orgs_regulation_students", 19, 19, None, cloud + "/1.3_polozheniya_obuchayuschiesya"),
        ("1.4", "Число ОО, издавших приказ о проведении мониторинга ЦМН", "ед.",
         "orgs_monitoring_order", 20, 20, None, cloud + "/1.4_prikazy_monitoring"),
        ("1.5", "Информационно-аналитическая справка Управления образования по итогам мониторинга (наличие)",
         "да/нет", "municipal_analytic_note", "да", 1, None, site + "spravka_monitoring_CMN_2024.pdf"),
        ("II", "Организация реализации ЦМН", None, "H"),
        ("2.1", "Кураторы внедрения ЦМН в ОО округа, всего", "чел.", "curators_total", 23, 23, None,
         cloud + "/2.1_prikazy_kuratory"),
        ("2.2", "Муниципальный куратор ЦМН (ФИО, должность)", "—", None,
         "Сунцова О.М., главный специалист-эксперт Управления образования", None, None, None),
        ("2.3", "Соглашения о сотрудничестве с другими ОО, направляющими своих работников в качестве наставников",
         "ед.", "agreements_edu_orgs", 6, 6, None, cloud + "/2.3_soglasheniya_OO"),
        ("2.4", "Соглашения с предприятиями, направляющими своих сотрудников в качестве наставников", "ед.",
         "agreements_enterprises", 4, 4, None, cloud + "/2.4_soglasheniya_predpriyatiya"),
        ("2.5", "Соглашения с иными организациями (любой формы собственности) о предоставлении наставников", "ед.",
         "agreements_other_orgs", 3, 3, None, cloud + "/2.5_soglasheniya_inye"),
        ("2.6", "Перечень предприятий и организаций – партнёров ОО округа по наставничеству", "—",
         "partner_list",
         "СПК «Колхоз имени Мичурина»; ООО «Чепецкий хлебозавод»; МБУК «Чепецкая централизованная "
         "библиотечная система»; ГБПОУ УР «Чепецкий аграрный техникум»; МБУ ДО «Чепецкая ДШИ»",
         "СПК «Колхоз имени Мичурина»; ООО «Чепецкий хлебозавод»; МБУК «Чепецкая централизованная "
         "библиотечная система»; ГБПОУ УР «Чепецкий аграрный техникум»; МБУ ДО «Чепецкая ДШИ»",
         None, site + "perechen_partnerov_2024.pdf"),
        ("2.7", "Наставники в ОО округа (по приказам ОО), всего", "чел.", "mentors_total", 418, 418, None,
         cloud + "/2.7_bazy_nastavnikov"),
        ("2.8", "Наставляемые в ОО округа (по приказам ОО), всего", "чел.", "mentees_total", 1187, 1187, None,
         cloud + "/2.8_bazy_nastavlyaemyh"),
        ("2.9", "Наставнические пары и группы, сформированные в 2024 году", "ед.", None, 389, None, None, None),
        ("2.10", "ОО, участвующие в мониторинге ЦМН, всего", "ед.", "orgs_total", 21, 21, None, None),
        ("2.11", "из них общеобразовательных организаций", "ед.", None, 17, None, None, None),
        ("2.12", "Доля ОО, в которых реализуется система наставничества педагогов", "%",
         "share_orgs_teachers_system", 100, 100, "0.00", None),
        ("2.13", "Доля ОО, в которых реализуется система наставничества обучающихся", "%",
         "share_orgs_students_system", "90,48%", 90.48, None, None),
        ("2.14", "Справки ОО по итогам внутреннего мониторинга ЦМН", "ед.", "internal_monitoring_notes", 20, 20,
         None, cloud + "/2.14_spravki_OO"),
        ("III", "Персонализированные программы наставничества (ПП)", None, "H"),
        ("3.1", "ПП наставничества, всего по всем формам", "ед.", "pp_total", 317, 317, None,
         cloud + "/3_personalizirovannye_programmy"),
        ("3.2", "в т.ч. по форме «ученик – ученик»", "ед.", "pp_pupil_pupil", 96, 96, None, None),
        ("3.3", "по форме «учитель – учитель» («педагог – педагог»)", "ед.", "pp_teacher_teacher", 58, 58, None,
         None),
        ("3.4", "по форме «студент – студент»", "ед.", "pp_student_student", 0, 0, None, None),
        ("3.5", "по форме «руководитель – педагог»", "ед.", "pp_head_teacher", 7, 7, None, None),
        ("3.6", "по форме «студент – ученик»", "ед.", "pp_student_pupil", 3, 3, None, None),
        ("3.7", "по форме «учитель – ученик»", "ед.", "pp_teacher_pupil", 142, 142, None, None),
        ("3.8", "по иным формам («педагог ДО – воспитанник», «выпускник – ученик»)", "ед.", "pp_other", 11, 11,
         None, None),
        ("IV", "Внешний контур: наставники из других организаций", None, "H"),
        ("4.1", "Наставники – работники других образовательных организаций (по приказам)", "чел.",
         "external_edu_mentors", 9, 9, None, cloud + "/4_vneshnie_nastavniki"),
        ("4.2", "Наставники – сотрудники иных организаций", "чел.", "other_org_mentors", 5, 5, None, None),
        ("4.3", "Наставники – сотрудники предприятий", "чел.", "enterprise_mentors", 6, 6, None, None),
        ("V", "Обучающиеся 10–19 лет в роли наставляемых", None, "H"),
        ("5.1", "Обучающиеся в возрасте 10–19 лет в ОО округа, всего", "чел.", "students_10_19", 2864, 2864, None,
         None),
        ("5.2", "из них включены в программы наставничества как наставляемые", "чел.", "mentees_10_19", 1003, 1003,
         None, cloud + "/5_nastavlyaemye_10-19"),
        ("5.3", "в т.ч. обучающиеся «группы риска»", "чел.", "mentees_risk", 84, 84, None, None),
        ("5.4", "в т.ч. одарённые дети (внесённые в реестры)", "чел.", "mentees_gifted", 131, 131, None, None),
        ("5.5", "в т.ч. дети с ОВЗ и дети-инвалиды", "чел.", "mentees_disabled", 57, 57, None, None),
        ("5.6", "в т.ч. с низкой учебной мотивацией и неудовлетворительной успеваемостью", "чел.",
         "mentees_low_motivation", 212, 212, None, None),
        ("5.7", "в т.ч. испытывающие трудности с выбором профессии / образовательной траектории", "чел.",
         "mentees_career", 268, 268, None, None),
        ("5.8", "в т.ч. включённые по иным основаниям", "чел.", "mentees_other_params", 251, 251, None, None),
        ("5.9", "Доля наставляемых среди обучающихся 10–19 лет", "%", "share_mentees_10_19", 35.02, 35.02, "0.00",
         None),
        ("VI", "Обучающиеся 15–19 лет в роли наставников", None, "H"),
        ("6.1", "Обучающиеся в возрасте 15–19 лет в ОО округа, всего", "чел.", "students_15_19", 1012, 1012, None,
         None),
        ("6.2", "из них наставники (по приказам ОО)", "чел.", "mentors_15_19", 156, 156, None,
         cloud + "/6_nastavniki_15-19"),
        ("6.3", "Доля обучающихся 15–19 лет – наставников", "%", "share_mentors_15_19", 15.42, 15.42, "0.00", None),
        ("VII", "Удовлетворённость участием в завершённых программах (по анкетам)", None, "H"),
        ("7.1", "Удовлетворённость наставляемых", "%", "satisfaction_mentees", 91.3, 91.3, "0.0",
         site + "svod_anketirovaniya_2024.pdf"),
        ("7.2", "Удовлетворённость наставников", "%", "satisfaction_mentors", 93.6, 93.6, "0.0",
         site + "svod_anketirovaniya_2024.pdf#page=3"),
        ("VIII", "Педагоги и молодые специалисты в роли наставляемых", None, "H"),
        ("8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), работающие в ОО округа", "чел.",
         "young_specialists", 47, 47, None, None),
        ("8.2", "из них – наставляемые", "чел.", "young_specialists_mentees", 44, 44, None,
         cloud + "/8_molodye_specialisty"),
        ("8.3", "Педагоги ОО, кроме молодых специалистов", "чел.", "teachers_other", 486, 486, None, None),
        ("8.4", "из них – наставляемые", "чел.", "teachers_other_mentees", 97, 97, None,
         cloud + "/8_pedagogi_nastavlyaemye"),
        ("8.5", "Доля молодых специалистов, вошедших в программы как наставляемые", "%",
         "share_young_specialists_mentees", 93.62, 93.62, "0.00", None),
        ("8.6", "Доля педагогов (включая молодых специалистов) – наставляемых", "%", "share_teachers_mentees",
         26.45, 26.45, "0.00", None),
        ("IX", "Непрерывное профессиональное развитие педагогов", None, "H"),
        ("9.1", "Педагоги – участники утверждённых ПП", "чел.", "teachers_in_pp", 131, 131, None,
         cloud + "/3_personalizirovannye_programmy"),
        ("9.2", "Педагоги, прошедшие КПК по наставничеству в 2024 году", "чел.", "kpk_trained", 38, 38, None,
         cloud + "/9.2_udostovereniya_KPK"),
        ("9.3", "Районные методические объединения (сообщества) наставников", "ед.",
         "municipal_methodical_associations", 2, 2, None, site + "prikaz_RMO_nastavnikov_2024.pdf"),
        ("9.4", "Школьные методические объединения наставников", "ед.", "school_methodical_associations", 14, 14,
         None, cloud + "/9.4_ShMO"),
        ("9.5", "Педагогические работники ОО округа, всего", "чел.", "teachers_municipal", 533, 533, None, None),
        ("X", "Педагоги в роли наставников", None, "H"),
        ("10.1", "Молодые специалисты в округе, всего", "чел.", "young_specialists_municipal", 47, 47, None, None),
        ("10.2", "Педагоги – наставники", "чел.", "teachers_mentors", 238, 238, None,
         cloud + "/2.7_bazy_nastavnikov"),
        ("10.3", "Молодые специалисты – наставники", "чел.", "young_specialists_mentors", 3, 3, None,
         cloud + "/2.7_bazy_nastavnikov"),
        ("10.4", "Доля педагогов – наставников", "%", "share_teachers_mentors", 44.65, 44.65, "0.00", None),
        ("10.5", "Доля молодых специалистов – наставников", "%", "share_young_specialists_mentors", 6.38, 6.38,
         "0.00", None),
        ("XI", "Стимулирование наставников", None, "H"),
        ("11.1", "Локальные акты ОО об оплате работы наставника", "ед.", "pay_acts", 12, 12, None,
         cloud + "/11_lokalnye_akty"),
        ("11.2", "Локальные акты ОО о нематериальном поощрении наставника", "ед.", "nonmaterial_acts", 19, 19,
         None, cloud + "/11_lokalnye_akty"),
        ("XII", "Распространение опыта", None, "H"),
        ("12.1", "Лучшие практики наставничества, размещённые в 2024 г. на сайте УО / сайте Сообщества педагогов УР",
         "ед.", "best_practices", 7, 7, None, "https://chepeck-uo.ru/nastavnichestvo/luchshie-praktiki/"),
        ("12.2", "Муниципальные профессиональные конкурсы по наставничеству, проведённые в 2024 г.", "ед.",
         "contests", 2, 2, None, site + "polozhenie_konkurs_Nastavnik_goda_2024.pdf"),
        ("XIII", "Сетевое наставничество (приказ МОиН УР от 29.12.2017 № 15/09)", None, "H"),
        ("13.1", "Сетевое сообщество педагогов-наставников (наличие)", "да/нет", "network_community", "да", 1, None,
         "https://vk.com/chepeck_nastavniki"),
        ("13.2", "Сетевые наставники", "чел.", "network_mentors", 4, 4, None, None),
    ]
    r = 13
    for row in rows:
        num, title = row[0], row[1]
        if row[3] == "H":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(row=r, column=1, value=num).font = BOLD
            ws.cell(row=r, column=2, value=title).font = BOLD
            for col in range(1, 6):
                ws.cell(row=r, column=col).fill = LIGHT
            f.heading(title)
            r += 1
            continue
        _, _, unit, crit, raw, exp, fmt, url = row
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title)
        ws.cell(row=r, column=3, value=unit)
        coord = "D%d" % r
        if crit is None:
            ws[coord] = raw
            f.decoy(title)
        else:
            f.val(ws, coord, raw, crit, exp, fmt)
            if url:
                f.link(ws, "E%d" % r, url, crit)
        r += 1
    box(ws, "A12:E%d" % (r - 1))
    for rr in range(13, r):
        ws.cell(row=rr, column=4).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)

    r += 1
    ws.cell(row=r, column=1, value="Начальник Управления образования")
    ws.cell(row=r, column=4, value="________________")
    ws.cell(row=r, column=5, value="Т.В. Корепанова")
    ws.cell(row=r + 1, column=4, value="М.П.")
    r += 3
    ws.cell(row=r, column=1, value=("Исп.: Сунцова Ольга Михайловна, главный специалист-эксперт Управления "
                                    "образования, муниципальный куратор ЦМН, тел. 8 (34141) 4-13-05"))
    ws.cell(row=r, column=1).font = Font(size=8)
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(TYPED, fname))


# --------------------------------------------------------------------------------------------
# B. «Количество ОО | Всего ОО | Доля, %»: город Верхнекамск
# --------------------------------------------------------------------------------------------
def file_b():
    fname = "Верхнекамск_доли_ОО_ЦМН_2024.xlsx"
    muni = "город Верхнекамск"
    f = Form(fname, muni)
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН-2024"
    widths(ws, [6, 66, 15, 12, 12, 52])
    ws.merge_cells("A1:F1")
    ws["A1"] = "Мониторинг реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Муниципальное образование: город Верхнекамск (Управление образования Администрации города Верхнекамска)"
    ws["A3"] = "Доля считается как «Количество» / «Всего» × 100, округление до сотых."
    ws["A3"].font = Font(italic=True, size=9)

    docs = "https://verhnekamsk-obr.ru/files/cmn/2024/"
    cloud = "https://cloud.mail.ru/public/VkM7/nastavn2024"

    # Block 1: counts of organisations
    ws["A5"] = "Раздел 1. Образовательные организации"
    ws["A5"].font = BOLD
    f.heading("Раздел 1. Образовательные организации")
    hdr = ["№", "Критерий", "Количество ОО", "Всего ОО", "Доля, %", "Ссылка на документы"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = GREY
    # (num, title, count, total, share, crit_count, crit_total, crit_share, link)
    b1 = [
        ("1.1", "ОО, в которых утверждено Положение о системе наставничества педагогических работников (реализуют "
                "систему наставничества педагогов)", 32, 34, 94.12,
         "orgs_regulation_teachers", "orgs_total", "share_orgs_teachers_system", cloud + "/polozheniya_pedagogi"),
        ("1.2", "ОО, в которых утверждено Положение о наставничестве обучающихся (реализуют систему наставничества "
                "обучающихся)", 29, 34, 85.29,
         "orgs_regulation_students", None, "share_orgs_students_system", cloud + "/polozheniya_obuch"),
        ("1.3", "ОО, издавшие приказ о мониторинге реализации ЦМН", 33, 34, 97.06,
         "orgs_monitoring_order", None, None, cloud + "/prikazy_monitoring"),
        ("1.4", "ОО, подготовившие справку по итогам внутреннего мониторинга", 31, 34, 91.18,
         "internal_monitoring_notes", None, None, cloud + "/spravki_OO"),
        ("1.5", "ОО, заключившие соглашения с предприятиями о предоставлении наставников", 6, 34, 17.65,
         None, None, None, None),
        ("1.6", "ОО, в которых действует школьное МО наставников", 12, 34, 35.29, None, None, None, None),
        ("1.7", "Общеобразовательные организации, реализующие ПП по форме «ученик – ученик»", 19, 27, 70.37,
         None, None, None, None),
    ]
    r = 7
    for num, title, cnt, tot, shr, cc, ct, cs, url in b1:
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title)
        if cc:
            f.val(ws, "C%d" % r, cnt, cc, cnt)
        else:
            ws["C%d" % r] = cnt
            f.decoy(title)
        if ct:
            f.val(ws, "D%d" % r, tot, ct, tot)
        else:
            ws["D%d" % r] = tot
        if cs:
            f.val(ws, "E%d" % r, shr, cs, shr, "0.00")
        else:
            ws["E%d" % r] = shr
            ws["E%d" % r].number_format = "0.00"
        if url:
            f.link(ws, "F%d" % r, url, cc)
        r += 1
    box(ws, "A6:F%d" % (r - 1))

    # Block 2: people
    r += 1
    ws.cell(row=r, column=1, value="Раздел 2. Участники программ наставничества").font = BOLD
    f.heading("Раздел 2. Участники программ наставничества")
    r += 1
    top2 = r
    hdr2 = ["№", "Категория участников", "Количество, чел.", "Всего, чел.", "Доля, %", "Ссылка на документы"]
    for i, h in enumerate(hdr2, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = GREY
    r += 1
    b2 = [
        ("2.1", "Обучающиеся 10–19 лет – наставляемые (от всех обучающихся 10–19 лет)", 2418, 9730, 24.85,
         "mentees_10_19", "students_10_19", "share_mentees_10_19", cloud + "/bazy_nastavlyaemyh"),
        ("2.2", "Обучающиеся 15–19 лет – наставники (от всех обучающихся 15–19 лет)", 486, 3215, 15.12,
         "mentors_15_19", "students_15_19", "share_mentors_15_19", cloud + "/bazy_nastavnikov"),
        ("2.3", "Молодые специалисты (до 35 лет, стаж до 3 лет) – наставляемые (от всех молодых специалистов ОО)",
         118, 131, 90.08,
         "young_specialists_mentees", "young_specialists", "share_young_specialists_mentees", None),
        ("2.4", "Педагоги (включая молодых специалистов) – наставляемые (от всех педагогов)", 297, 1402, 21.18,
         None, None, "share_teachers_mentees", None),
        ("2.5", "Педагоги – наставники (от всех педагогов города)", 402, 1402, 28.67,
         "teachers_mentors", "teachers_municipal", "share_teachers_mentors", cloud + "/bazy_nastavnikov"),
        ("2.6", "Молодые специалисты – наставники (от всех молодых специалистов города)", 9, 131, 6.87,
         "young_specialists_mentors", "young_specialists_municipal", "share_young_specialists_mentors", None),
    ]
    for num, title, cnt, tot, shr, cc, ct, cs, url in b2:
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title)
        if cc:
            f.val(ws, "C%d" % r, cnt, cc, cnt)
        else:
            ws["C%d" % r] = cnt
        if ct:
            f.val(ws, "D%d" % r, tot, ct, tot)
        else:
            ws["D%d" % r] = tot
        f.val(ws, "E%d" % r, shr, cs, shr, "0.00")
        if url:
            f.link(ws, "F%d" % r, url, cc)
        r += 1
    box(ws, "A%d:F%d" % (top2, r - 1))

    # Block 3: other municipal-level items
    r += 1
    ws.cell(row=r, column=1, value="Раздел 3. Прочие показатели муниципального уровня").font = BOLD
    f.heading("Раздел 3. Прочие показатели муниципального уровня")
    r += 1
    top3 = r
    for i, h in enumerate(["№", "Показатель", "Значение", None, None, "Ссылка на документы"], start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = GREY
    r += 1
    b3 = [
        ("3.1", "Приказ Управления образования о реализации ЦМН в городе", "имеется", "municipal_order", 1,
         docs + "prikaz_UO_341_ot_12.09.2022.pdf"),
        ("3.2", "Аналитическая справка УО по итогам мониторинга ЦМН", "имеется", "municipal_analytic_note", 1,
         docs + "analit_spravka_CMN_2024.pdf"),
        ("3.3", "Кураторы ЦМН в ОО (всего по городу)", 36, "curators_total", 36, cloud + "/prikazy_kuratory"),
        ("3.4", "Наставники, всего (по приказам ОО)", 1106, "mentors_total", 1106, cloud + "/bazy_nastavnikov"),
        ("3.5", "Наставляемые, всего (по приказам ОО)", 3105, "mentees_total", 3105, cloud + "/bazy_nastavlyaemyh"),
        ("3.6", "Удовлетворённость наставляемых завершёнными программами, %", 89.4, "satisfaction_mentees", 89.4,
         docs + "itogi_anketirovaniya_2024.pdf"),
        ("3.7", "Удовлетворённость наставников завершёнными программами, %", 92.1, "satisfaction_mentors", 92.1,
         docs + "itogi_anketirovaniya_2024.pdf"),
        ("3.8", "Городские методические объединения наставников", 3, "municipal_methodical_associations", 3,
         docs + "prikaz_GMO_2024-2025.pdf"),
        ("3.9", "Лучшие практики наставничества, опубликованные в 2024 г.", 12, "best_practices", 12,
         "https://verhnekamsk-obr.ru/nastavnichestvo/praktiki/"),
        ("3.10", "Городские конкурсы профмастерства по наставничеству в 2024 г.", 1, "contests", 1,
         docs + "itogi_konkursa_Nastavnik_2024.pdf"),
        ("3.11", "Сетевое сообщество педагогов-наставников", "да", "network_community", 1,
         "https://vk.com/club_nastavnik_vkamsk"),
        ("3.12", "Сетевые наставники (по приказу МОиН УР № 15/09)", 7, "network_mentors", 7, None),
    ]
    for num, title, raw, crit, exp, url in b3:
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title)
        f.val(ws, "C%d" % r, raw, crit, exp, "0.0" if isinstance(raw, float) else None)
        if url:
            f.link(ws, "F%d" % r, url, crit)
        r += 1
    box(ws, "A%d:F%d" % (top3, r - 1))
    r += 1
    ws.cell(row=r, column=2, value="Ответственный: Лекомцева Н.А., ведущий специалист УО, тел. 8 (34145) 3-27-18")
    wb.save(os.path.join(TYPED, fname))


# --------------------------------------------------------------------------------------------
# C. «Целевое значение 2024 | Фактическое значение 2024 | Отклонение»: Лесогорский муниципальный округ
# --------------------------------------------------------------------------------------------
def file_c(tmpdir):
    fname = "ЦМН_целевые_и_фактические_2024_Лесогорский.xlsx"
    muni = "Лесогорский муниципальный округ"
    f = Form(fname, muni, resaved=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Показатели 2024"
    widths(ws, [6, 62, 14, 14, 13, 50, 24])
    ws.merge_cells("A1:G1")
    ws["A1"] = ("Достижение показателей эффективности внедрения целевой модели наставничества "
                "в 2024 году")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Муниципальное образование: Лесогорский муниципальный округ"
    ws["A3"] = ("Целевые значения – по муниципальной дорожной карте (приказ МКУ «Управление образования Лесогорского "
                "округа» от 03.02.2023 № 47)")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["№", "Показатель", "Целевое значение 2024", "Фактическое значение 2024", "Отклонение",
           "Ссылка на подтверждающий документ", "Примечание"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = GREY
    f.decoy("Целевое значение 2024")
    f.decoy("Отклонение")

    site = "https://lesogorsk-uo.ru/upload/iblock/cmn2024/"
    cloud = "https://cloud.mail.ru/public/Ls9K/cmn_2024"
    P = "0.00%"
    # (num, title, target, fact_raw, crit, expected, fmt, link, note)
    rows = [
        ("H", "1. Нормативное обеспечение"),
        ("1", "Муниципальный приказ о реализации ЦМН (1 – есть, 0 – нет)", 1, 1, "municipal_order", 1, None,
         site + "prikaz_47_ot_03.02.2023.pdf", None),
        ("2", "ОО с утверждённым Положением о наставничестве педагогов", 15, 15, "orgs_regulation_teachers", 15,
         None, cloud + "/polozheniya", None),
        ("3", "ОО с утверждённым Положением о наставничестве обучающихся", 15, 14, "orgs_regulation_students", 14,
         None, cloud + "/polozheniya", "МБУ ДО «Лесогорская ДЮСШ» – в разработке"),
        ("4", "ОО, где издан приказ о мониторинге ЦМН", 15, 15, "orgs_monitoring_order", 15, None,
         cloud + "/prikazy_monitoring", None),
        ("5", "Аналитическая справка МО по итогам мониторинга (1 – есть, 0 – нет)", 1, 1, "municipal_analytic_note",
         1, None, site + "spravka_po_itogam_monitoringa_CMN_2024.pdf", None),
        ("H", "2. Организация процесса"),
        ("6", "Количество ОО – участников мониторинга", 15, 15, "orgs_total", 15, None, None, None),
        ("7", "Кураторы ЦМН в ОО", 15, 16, "curators_total", 16, None, cloud + "/kuratory",
         "в МБОУ «Лесогорская СОШ №1» два куратора"),
        ("8", "Наставники (по приказам ОО)", 260, 274, "mentors_total", 274, None, cloud + "/bazy", None),
        ("9", "Наставляемые (по приказам ОО)", 700, 736, "mentees_total", 736, None, cloud + "/bazy", None),
        ("10", "Доля ОО, реализующих наставничество педагогических работников", 1, 1,
         "share_orgs_teachers_system", 100, P, None, None),
        ("11", "Доля ОО, реализующих наставничество обучающихся", 1, 0.9333, "share_orgs_students_system", 93.33, P,
         None, None),
        ("12", "Справки ОО по итогам внутреннего мониторинга", 15, 13, "internal_monitoring_notes", 13, None,
         cloud + "/spravki", "2 ОО не представили справки"),
        ("H", "3. Персонализированные программы наставничества"),
        ("13", "ПП – всего", 180, 196, "pp_total", 196, None, cloud + "/PP", None),
        ("14", "ПП «учитель – учитель»", 40, 43, "pp_teacher_teacher", 43, None, None, None),
        ("15", "ПП «учитель – ученик»", 90, 97, "pp_teacher_pupil", 97, None, None, None),
        ("16", "ПП «ученик – ученик»", 45, 49, "pp_pupil_pupil", 49, None, None, None),
        ("17", "ПП «руководитель – педагог»", 5, 7, "pp_head_teacher", 7, None, None, None),
        ("H", "4. Наставники из внешнего контура"),
        ("18", "Наставники из других образовательных организаций", 4, 6, "external_edu_mentors", 6, None,
         cloud + "/vneshnie", None),
        ("19", "Наставники от предприятий", 5, 3, "enterprise_mentors", 3, None, cloud + "/vneshnie",
         "ООО «Лесогорский ЛПХ» – 2, ИП Чирков – 1"),
        ("20", "Наставники от иных организаций", 3, 4, "other_org_mentors", 4, None, cloud + "/vneshnie", None),
        ("H", "5–6. Обучающиеся"),
        ("21", "Обучающиеся 10–19 лет, всего", "—", 1744, "students_10_19", 1744, None, None, "по ОО-1"),
        ("22", "Обучающиеся 10–19 лет – наставляемые", 600, 633, "mentees_10_19", 633, None, cloud + "/bazy", None),
        ("23", "Доля наставляемых 10–19 лет", 0.35, 0.363, "share_mentees_10_19", 36.3, P, None, None),
        ("24", "Обучающиеся 15–19 лет, всего", "—", 598, "students_15_19", 598, None, None, "по ОО-1"),
        ("25", "Обучающиеся 15–19 лет – наставники", 80, 86, "mentors_15_19", 86, None, cloud + "/bazy", None),
        ("26", "Доля наставников 15–19 лет", 0.12, 0.1438, "share_mentors_15_19", 14.38, P, None, None),
        ("H", "7. Удовлетворённость"),
        ("27", "Удовлетворённость наставляемых (завершённые программы)", 0.85, 0.897, "satisfaction_mentees", 89.7,
         "0.0%", site + "anketirovanie_2024.pdf", None),
        ("28", "Удовлетворённость наставников (завершённые программы)", 0.85, 0.924, "satisfaction_mentors", 92.4,
         "0.0%", site + "anketirovanie_2024.pdf", None),
        ("H", "8–10. Педагогические работники"),
        ("29", "Молодые специалисты в ОО (до 35 лет, первые 3 года работы)", "—", 29, "young_specialists", 29, None,
         None, None),
        ("30", "Молодые специалисты – наставляемые", 29, 27, "young_specialists_mentees", 27, None,
         cloud + "/bazy", "2 чел. приняты в декабре"),
        ("31", "Доля молодых специалистов – наставляемых", 1, 0.931, "share_young_specialists_mentees", 93.1, P,
         None, None),
        ("32", "Педагоги без учёта молодых специалистов", "—", 301, "teachers_other", 301, None, None, None),
        ("33", "Педагоги (без молодых специалистов) – наставляемые", 50, 58, "teachers_other_mentees", 58, None,
         cloud + "/bazy", None),
        ("34", "Доля педагогов – наставляемых (все педагоги)", 0.2, 0.2576, "share_teachers_mentees", 25.76, P,
         None, None),
        ("35", "Педагогические работники округа, всего", "—", 330, "teachers_municipal", 330, None, None, None),
        ("36", "Педагоги – наставники", 110, 117, "teachers_mentors", 117, None, cloud + "/bazy", None),
        ("37", "Доля педагогов – наставников", 0.3, 0.3545, "share_teachers_mentors", 35.45, P, None, None),
        ("38", "Педагоги, обученные на КПК по наставничеству (2024)", 20, 24, "kpk_trained", 24, None,
         cloud + "/KPK", None),
        ("39", "Муниципальные МО наставников", 1, 1, "municipal_methodical_associations", 1, None,
         site + "prikaz_MMO_nastavnikov.pdf", None),
        ("40", "МО наставников в ОО", 8, 9, "school_methodical_associations", 9, None, cloud + "/ShMO", None),
        ("H", "11–13. Стимулирование, распространение практик, сетевое наставничество"),
        ("41", "Локальные акты об оплате работы наставников", 15, 6, "pay_acts", 6, None, cloud + "/LA",
         "в остальных ОО – в проекте"),
        ("42", "Локальные акты о нематериальном поощрении наставников", 15, 15, "nonmaterial_acts", 15, None,
         cloud + "/LA", None),
        ("43", "Лучшие практики на муниципальном сайте / сайте Сообщества педагогов УР (2024)", 4, 5,
         "best_practices", 5, None, "https://lesogorsk-uo.ru/nastavnichestvo/best/", None),
        ("44", "Конкурсы по наставничеству, проведённые в округе (2024)", 1, 1, "contests", 1, None,
         site + "konkurs_Nastavnik_2024.pdf", None),
        ("45", "Сетевое сообщество педагогов-наставников (1/0)", 1, 1, "network_community", 1, None,
         "https://sferum.ru/?p=group&groupId=4417230", None),
        ("46", "Сетевые наставники", 2, 2, "network_mentors", 2, None, None, None),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.cell(row=r, column=1).fill = LIGHT
            f.heading(row[1])
            r += 1
            continue
        num, title, target, fact, crit, exp, fmt, url, note = row
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title)
        ws.cell(row=r, column=3, value=target)
        if fmt and isinstance(target, (int, float)):
            ws.cell(row=r, column=3).number_format = fmt
        f.val(ws, "D%d" % r, fact, crit, exp, fmt)
        ws["E%d" % r] = '=IF(ISNUMBER(C{0}),D{0}-C{0},"")'.format(r)
        if fmt:
            ws["E%d" % r].number_format = "+0.00%;-0.00%;0"
        else:
            ws["E%d" % r].number_format = "+0;-0;0"
        if url:
            f.link(ws, "F%d" % r, url, crit)
        if note:
            ws.cell(row=r, column=7, value=note)
        r += 1
    box(ws, "A5:G%d" % (r - 1))
    r += 1
    ws.cell(row=r, column=2, value="Директор МКУ «Управление образования Лесогорского округа»  ________  А.Н. Бельтюкова")
    ws.cell(row=r + 1, column=2, value="Дата заполнения: 24.01.2025")
    src = os.path.join(tmpdir, fname)
    wb.save(src)
    resave(src, TYPED)


def resave(src, outdir):
    """Re-save through LibreOffice so that the formulas carry cached values."""
    conv = os.path.join(os.path.dirname(src), "conv")
    os.makedirs(conv, exist_ok=True)
    profile = "file://" + os.path.join(os.path.dirname(src), "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "xlsx",
                    "--outdir", conv, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(conv, os.path.basename(src)), os.path.join(outdir, os.path.basename(src)))


# --------------------------------------------------------------------------------------------
# D. Municipality named only in the file name and the sheet tab; wide (horizontal) layout
# --------------------------------------------------------------------------------------------
def file_d():
    fname = "Мониторинг_ЦМН_2024_Светлополянский_район.xlsx"
    muni = "Светлополянский район"
    f = Form(fname, muni)
    wb = Workbook()
    ws = wb.active
    ws.title = "Светлополянский район"
    ws["A1"] = "Мониторинг реализации целевой модели наставничества. Уровень: муниципальный. Отчётный период: 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("Заполняется муниципальным координатором ЦМН; значения сводные по всем ОО, подведомственным органу "
                "управления образованием. Да/нет – 1/0. Ссылки – на документы, размещённые в открытом доступе.")
    ws["A2"].font = Font(italic=True, size=9)
    ws["A4"] = "Направление"
    ws["A5"] = "Показатель"
    ws["A6"] = "Значение за 2024 г."
    ws["A7"] = "Ссылка"
    for c in ("A4", "A5", "A6", "A7"):
        ws[c].font = BOLD
        ws[c].fill = GREY
    ws.column_dimensions["A"].width = 20
    ws.row_dimensions[5].height = 150

    muo = "https://svetlopolyansk-ruo.ru/dokumenty/cmn/"
    disk = "https://disk.yandex.ru/d/SvPol_CMN_2024"
    partners = ("ООО «Светлополянский леспромхоз»; МБУК «Светлополянский районный Дом культуры»; "
                "БУЗ УР «Светлополянская районная больница МЗ УР»")
    courses = ("«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч.); "
               "«Организация наставничества педагогических работников» (ФГАОУ ДПО «Академия Минпросвещения "
               "России», 36 ч.)")
    groups = [
        ("Нормативная база", [
            ("Приказ УО о реализации ЦМН (1/0)", 1, "municipal_order", 1, muo + "prikaz_63_ot_21.03.2022.pdf"),
            ("ОО с Положением о наставничестве пед. работников", 12, "orgs_regulation_teachers", 12,
             disk + "/polozheniya"),
            ("ОО с Положением о наставничестве обучающихся", 11, "orgs_regulation_students", 11,
             disk + "/polozheniya"),
            ("ОО с приказом о мониторинге ЦМН", 12, "orgs_monitoring_order", 12, disk + "/monitoring"),
            ("Инф.-аналитическая справка УО по итогам мониторинга (1/0)", 0, "municipal_analytic_note", 0, None),
        ]),
        ("Организация", [
            ("Всего ОО, представивших формы", 12, "orgs_total", 12, None),
            ("Кураторы ЦМН в ОО", 12, "curators_total", 12, disk + "/kuratory"),
            ("Наставников по приказам ОО", 188, "mentors_total", 188, disk + "/bazy"),
            ("Наставляемых по приказам ОО", 471, "mentees_total", 471, disk + "/bazy"),
            ("Наставнических пар «учитель – учитель»", 31, None, None, None),
            ("Соглашения с другими ОО о наставниках", 2, "agreements_edu_orgs", 2, disk + "/soglasheniya"),
            ("Соглашения с предприятиями о наставниках", 1, "agreements_enterprises", 1, disk + "/soglasheniya"),
            ("Соглашения с иными организациями о наставниках", 2, "agreements_other_orgs", 2,
             disk + "/soglasheniya"),
            ("Партнёры ОО по наставничеству (перечень)", partners, "partner_list", partners, None),
        ]),
        ("Внешние наставники", [
            ("Наставники из других ОО", 3, "external_edu_mentors", 3, disk + "/soglasheniya"),
            ("Наставники с предприятий", 1, "enterprise_mentors", 1, disk + "/soglasheniya"),
            ("Наставники из иных организаций", 2, "other_org_mentors", 2, disk + "/soglasheniya"),
        ]),
        ("Персонализированные программы", [
            ("ПП по всем формам", 124, "pp_total", 124, disk + "/PP"),
            ("ПП «педагог – педагог»", 27, "pp_teacher_teacher", 27, None),
            ("ПП «учитель – ученик»", 61, "pp_teacher_pupil", 61, None),
            ("ПП «ученик – ученик»", 36, "pp_pupil_pupil", 36, None),
        ]),
        ("Обучающиеся", [
            ("Обучающихся 10–19 лет всего", 1236, "students_10_19", 1236, None),
            ("Из них наставляемые", 402, "mentees_10_19", 402, disk + "/bazy"),
            ("Наставляемые – одарённые (из реестров)", 48, "mentees_gifted", 48, None),
            ("Наставляемые – ОВЗ / инвалиды", 23, "mentees_disabled", 23, None),
            ("Наставляемые – «группа риска»", 19, "mentees_risk", 19, None),
            ("Обучающихся 15–19 лет всего", 411, "students_15_19", 411, None),
            ("Наставники 15–19 лет (по приказам)", 64, "mentors_15_19", 64, disk + "/bazy"),
            ("Удовлетворённость наставляемых, %", 86.5, "satisfaction_mentees", 86.5, muo + "ankety_2024.pdf"),
            ("Удовлетворённость наставников, %", 90.2, "satisfaction_mentors", 90.2, muo + "ankety_2024.pdf"),
        ]),
        ("Педагоги", [
            ("Молодых специалистов в районе", 21, "young_specialists_municipal", 21, None),
            ("МС – наставляемые", 21, "young_specialists_mentees", 21, disk + "/bazy"),
            ("МС – наставники", 0, "young_specialists_mentors", 0, None),
            ("Педагогов в районе всего", 246, "teachers_municipal", 246, None),
            ("Педагоги – наставники", 104, "teachers_mentors", 104, disk + "/bazy"),
            ("Прошли КПК по наставничеству (2024)", 17, "kpk_trained", 17, disk + "/KPK"),
            ("Курсы (наименования)", courses, "kpk_courses", courses, None),
            ("РМО наставников", 1, "municipal_methodical_associations", 1, muo + "plan_RMO_nastavnikov_2024.pdf"),
        ]),
        ("Распространение и сеть", [
            ("Лучшие практики на сайтах (2024)", 3, "best_practices", 3,
             "https://svetlopolyansk-ruo.ru/nastavnichestvo/"),
            ("Конкурсы по наставничеству (2024)", 0, "contests", 0, None),
            ("Сетевое сообщество наставников (1/0)", 0, "network_community", 0, None),
            ("Сетевые наставники", 0, "network_mentors", 0, None),
        ]),
    ]
    col = 2
    for gname, items in groups:
        start = col
        for title, raw, crit, exp, url in items:
            L = get_column_letter(col)
            ws.column_dimensions[L].width = 30 if isinstance(raw, str) else 13
            ws["%s5" % L] = title
            ws["%s5" % L].alignment = Alignment(wrap_text=True, vertical="top", text_rotation=0)
            ws["%s5" % L].font = BOLD
            if crit is None:
                ws["%s6" % L] = raw
                f.decoy(title)
            else:
                f.val(ws, "%s6" % L, raw, crit, exp, "0.0" if isinstance(raw, float) else None)
                if url:
                    f.link(ws, "%s7" % L, url, crit, display="ссылка")
            ws["%s6" % L].alignment = WRAP
            col += 1
        ws.merge_cells(start_row=4, start_column=start, end_row=4, end_column=col - 1)
        ws.cell(row=4, column=start, value=gname).font = BOLD
        ws.cell(row=4, column=start).alignment = CENTER
        f.heading(gname)
    box(ws, "A4:%s7" % get_column_letter(col - 1))
    ws["A9"] = "Дата заполнения: 22.01.2025"
    ws["A10"] = "Координатор: Зорина Л.П., методист РМК, 8 (34152) 2-11-64"
    f.decoy("Дата заполнения: 22.01.2025")
    ws.freeze_panes = "B6"
    wb.save(os.path.join(TYPED, fname))


# --------------------------------------------------------------------------------------------
# E. Municipal rows, then a per-school breakdown table (not municipal values): Ясногорский МО
# --------------------------------------------------------------------------------------------
def file_e():
    fname = "Ясногорский_МО_ЦМН_2024_с_разбивкой_по_ОО.xlsx"
    muni = "Ясногорский муниципальный округ"
    f = Form(fname, muni)
    wb = Workbook()
    ws = wb.active
    ws.title = "Свод МО"
    widths(ws, [34, 14, 14, 14, 14, 14, 11, 13, 13])
    ws.merge_cells("A1:I1")
    ws["A1"] = "Ясногорский муниципальный округ. Мониторинг ЦМН за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Муниципальный координатор ЦМН: Пономарёва Е.В., методист МКУ «Ясногорский информационно-"
                "методический центр»")
    f.decoy("Муниципальный координатор ЦМН: Пономарёва Е.В., методист МКУ «Ясногорский информационно-методический центр»")

    ws["A4"] = "Таблица 1. Значения муниципального уровня"
    ws["A4"].font = BOLD
    f.heading("Таблица 1. Значения муниципального уровня")
    ws.merge_cells("C5:I5")
    for i, h in enumerate(["Показатель", "2024", "Источник (ссылка)"], start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.alignment = CENTER
    imc = "https://yasnogorsk-imc.ru/nastavnichestvo/2024/"
    disk = "https://disk.yandex.ru/d/YasnMO_cmn24"
    partners = "ООО «Агрофирма «Ясная»; АО «Ясногорский молочный завод»; МБУК «Ясногорский краеведческий музей»"
    subj = ("предоставление наставников из числа специалистов предприятия для профориентационных программ "
            "обучающихся 8–11 классов")
    rows = [
        ("Приказ о реализации ЦМН в округе (да/нет)", "да", "municipal_order", 1, imc + "prikaz_UO_112.pdf"),
        ("Справка МКУ ИМЦ по итогам мониторинга (да/нет)", "да", "municipal_analytic_note", 1,
         imc + "spravka_monitoring_2024.pdf"),
        ("ОО – участники мониторинга", 9, "orgs_total", 9, None),
        ("ОО с Положением о наставничестве педагогов", 9, "orgs_regulation_teachers", 9, disk + "/pol"),
        ("ОО с Положением о наставничестве обучающихся", 8, "orgs_regulation_students", 8, disk + "/pol"),
        ("ОО с приказом о мониторинге ЦМН", 9, "orgs_monitoring_order", 9, disk + "/mon"),
        ("Справки ОО по внутреннему мониторингу", 8, "internal_monitoring_notes", 8, disk + "/mon"),
        ("Кураторы ЦМН (всего по ОО)", 10, "curators_total", 10, disk + "/kur"),
        ("Наставники (по приказам ОО)", 151, "mentors_total", 151, disk + "/baza"),
        ("Наставляемые (по приказам ОО)", 388, "mentees_total", 388, disk + "/baza"),
        ("Соглашения с другими ОО (наставники)", 1, "agreements_edu_orgs", 1, disk + "/sogl"),
        ("Соглашения с предприятиями (наставники)", 2, "agreements_enterprises", 2, disk + "/sogl"),
        ("Соглашения с иными организациями (наставники)", 1, "agreements_other_orgs", 1, disk + "/sogl"),
        ("Предприятия и организации – партнёры", partners, "partner_list", partners, disk + "/sogl"),
        ("Предмет соглашений с предприятиями", subj, "agreement_subjects", subj, None),
        ("Наставники из других ОО", 2, "external_edu_mentors", 2, disk + "/sogl"),
        ("Наставники от предприятий", 3, "enterprise_mentors", 3, disk + "/sogl"),
        ("Наставники от иных организаций", 1, "other_org_mentors", 1, disk + "/sogl"),
        ("Обучающиеся 10–19 лет (всего)", 986, "students_10_19", 986, None),
        ("Обучающиеся 10–19 лет – наставляемые", 302, "mentees_10_19", 302, disk + "/baza"),
        ("Доля наставляемых 10–19 лет, %", 30.63, "share_mentees_10_19", 30.63, None),
        ("Обучающиеся 15–19 лет (всего)", 342, "students_15_19", 342, None),
        ("Обучающиеся 15–19 лет – наставники", 47, "mentors_15_19", 47, disk + "/baza"),
        ("Доля наставников 15–19 лет, %", 13.74, "share_mentors_15_19", 13.74, None),
        ("Удовлетворённость наставляемых, %", 90.8, "satisfaction_mentees", 90.8, imc + "anketa_itogi.pdf"),
        ("Удовлетворённость наставников, %", 94.0, "satisfaction_mentors", 94.0, imc + "anketa_itogi.pdf"),
        ("Педагоги округа (всего)", 197, "teachers_municipal", 197, None),
        ("Педагоги – наставники", 81, "teachers_mentors", 81, disk + "/baza"),
        ("Доля педагогов – наставников, %", 41.12, "share_teachers_mentors", 41.12, None),
        ("Прошли КПК по наставничеству в 2024 г.", 11, "kpk_trained", 11, disk + "/kpk"),
        ("Муниципальное МО наставников", 1, "municipal_methodical_associations", 1, imc + "MMO.pdf"),
        ("ШМО наставников", 5, "school_methodical_associations", 5, disk + "/shmo"),
        ("Лучшие практики (размещено в 2024 г.)", 2, "best_practices", 2, "https://yasnogorsk-imc.ru/praktiki/"),
        ("Конкурсы по наставничеству (2024 г.)", 1, "contests", 1, imc + "konkurs.pdf"),
        ("Сетевое сообщество наставников (да/нет)", "да", "network_community", 1,
         "https://vk.com/yasnogorsk_nastavnik"),
        ("Сетевые наставники", 2, "network_mentors", 2, None),
    ]
    r = 6
    for title, raw, crit, exp, url in rows:
        ws.cell(row=r, column=1, value=title)
        fmt = "0.00" if isinstance(raw, float) and "Доля" in title else ("0.0" if isinstance(raw, float) else None)
        f.val(ws, "B%d" % r, raw, crit, exp, fmt)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
        if url:
            f.link(ws, "C%d" % r, url, crit)
        r += 1
    box(ws, "A5:I%d" % (r - 1))

    # Table 2: per-school breakdown (decoys)
    r += 2
    ws.cell(row=r, column=1, value="Таблица 2. Разбивка по образовательным организациям (справочно)").font = BOLD
    f.heading("Таблица 2. Разбивка по образовательным организациям (справочно)")
    r += 1
    top = r
    hdr = ["Образовательная организация", "Наставников", "Наставляемых", "Наставляемых 10–19 лет",
           "Наставников 15–19 лет", "Педагогов-наставников", "Кураторов", "Положение (педагоги)",
           "Положение (обучающиеся)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.alignment = CENTER
        if i > 1:
            f.decoy(h)
    r += 1
    schools = [
        ("МБОУ «Ясногорская СОШ №1»", 34, 92, 74, 14, 17, 2, "да", "да"),
        ("МБОУ «Ясногорская СОШ №2»", 29, 81, 66, 11, 15, 1, "да", "да"),
        ("МБОУ «Кузьминская СОШ»", 18, 44, 36, 6, 10, 1, "да", "да"),
        ("МБОУ «Сосновская СОШ»", 17, 41, 33, 6, 9, 1, "да", "да"),
        ("МБОУ «Ильинская СОШ»", 14, 35, 28, 5, 8, 1, "да", "да"),
        ("МБОУ «Верхнеключевская ООШ»", 10, 26, 21, 2, 7, 1, "да", "да"),
        ("МБОУ «Малиновская НОШ»", 5, 12, 4, 0, 5, 1, "да", "нет"),
        ("МБУ ДО «Ясногорский Дом детского творчества»", 15, 35, 28, 2, 6, 1, "да", "да"),
        ("МБУ ДО «Ясногорская ДЮСШ»", 9, 22, 12, 1, 4, 1, "да", "да"),
    ]
    for s in schools:
        for i, v in enumerate(s, start=1):
            ws.cell(row=r, column=i, value=v)
        f.decoy(s[0])
        r += 1
    box(ws, "A%d:I%d" % (top, r - 1))
    wb.save(os.path.join(TYPED, fname))
    return schools


# --------------------------------------------------------------------------------------------
# F. 2023 and 2024 side by side with «Динамика»: Красноборский район
# --------------------------------------------------------------------------------------------
def file_f():
    fname = "Красноборский_ЦМН_2023-2024.xlsx"
    muni = "Красноборский район"
    f = Form(fname, muni)
    wb = Workbook()
    ws = wb.active
    ws.title = "Динамика"
    widths(ws, [6, 64, 11, 11, 16, 48])
    ws.merge_cells("A1:F1")
    ws["A1"] = "Динамика значений муниципальных критериев мониторинга ЦМН (2023 – 2024 гг.)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Муниципальное образование: Красноборский район"
    ws["A3"] = "Составитель: РМК Управления образования; данные 2024 г. – по формам ОО за календарный год"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["№", "Критерий", "2023 г.", "2024 г.", "Динамика", "Ссылка на документ (2024)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = GREY
        c.alignment = CENTER
    f.decoy("2023 г.")
    f.decoy("Динамика")

    uo = "https://krasnobor-uo.ru/docs/nastavnichestvo/"
    gd = "https://drive.google.com/drive/folders/1kRb0rCMN2024xQvT7aLpZ"

    def dyn(a, b):
        if not isinstance(b, (int, float)):
            return "—"
        if b > a:
            return "положительная"
        if b < a:
            return "отрицательная"
        return "стагнация"

    # (num, title, v2023, v2024 raw, crit, expected, fmt, link)
    rows = [
        ("H", "Нормативная база"),
        ("1", "Приказ о реализации ЦМН в районе (1 – да, 0 – нет)", 1, 1, "municipal_order", 1, None,
         uo + "prikaz_UO_89_2022.pdf"),
        ("2", "Кол-во ОО, утвердивших Положение о наставничестве педагогических работников", 13, 14,
         "orgs_regulation_teachers", 14, None, gd),
        ("3", "Кол-во ОО, утвердивших Положение о наставничестве обучающихся", 11, 13, "orgs_regulation_students",
         13, None, gd),
        ("4", "Кол-во ОО с приказом о мониторинге ЦМН", 12, 14, "orgs_monitoring_order", 14, None, gd),
        ("5", "Справка УО по итогам мониторинга (1 – да, 0 – нет)", 1, 1, "municipal_analytic_note", 1, None,
         uo + "spravka_CMN_2024.pdf"),
        ("H", "Организация процесса"),
        ("6", "Кураторы ЦМН в ОО района", 14, 14, "curators_total", 14, None, gd),
        ("7", "Соглашения с ОО о привлечении наставников", 2, 3, "agreements_edu_orgs", 3, None, gd),
        ("8", "Соглашения с предприятиями о привлечении наставников", 1, 2, "agreements_enterprises", 2, None, gd),
        ("9", "Соглашения с иными организациями о привлечении наставников", 2, 2, "agreements_other_orgs", 2, None,
         gd),
        ("10", "Наставники ОО (по приказам)", 201, 236, "mentors_total", 236, None, gd),
        ("11", "Наставляемые ОО (по приказам)", 512, 598, "mentees_total", 598, None, gd),
        ("12", "ОО района (всего)", 14, 14, "orgs_total", 14, None, None),
        ("13", "Доля ОО с системой наставничества педагогов, %", 92.86, 100, "share_orgs_teachers_system", 100,
         "0.00", None),
        ("14", "Доля ОО с системой наставничества обучающихся, %", 78.57, 92.86, "share_orgs_students_system",
         92.86, "0.00", None),
        ("15", "Справки ОО по внутреннему мониторингу", 10, 13, "internal_monitoring_notes", 13, None, gd),
        ("16", "ПП по всем формам наставничества", 140, 162, "pp_total", 162, None, gd),
        ("H", "Внешний контур"),
        ("17", "Наставники из внешних ОО", 3, 4, "external_edu_mentors", 4, None, gd),
        ("18", "Наставники из иных организаций", 2, 3, "other_org_mentors", 3, None, gd),
        ("19", "Наставники из предприятий", 1, 2, "enterprise_mentors", 2, None, gd),
        ("H", "Обучающиеся"),
        ("20", "Обучающиеся 10–19 лет, всего", 1612, 1580, "students_10_19", 1580, None, None),
        ("21", "Обучающиеся 10–19 лет – наставляемые", 388, 451, "mentees_10_19", 451, None, gd),
        ("22", "Доля наставляемых 10–19 лет, %", 24.07, 28.54, "share_mentees_10_19", 28.54, "0.00", None),
        ("23", "Обучающиеся 15–19 лет, всего", 534, 520, "students_15_19", 520, None, None),
        ("24", "Наставники 15–19 лет (по приказу)", 58, 71, "mentors_15_19", 71, None, gd),
        ("25", "Доля наставников 15–19 лет, %", 10.86, 13.65, "share_mentors_15_19", 13.65, "0.00", None),
        ("26", "Удовлетворённость наставляемых, %", 87.5, 88.1, "satisfaction_mentees", 88.1, "0.0",
         uo + "anketirovanie_2024.pdf"),
        ("27", "Удовлетворённость наставников, %", 90.6, 91.0, "satisfaction_mentors", 91.0, "0.0",
         uo + "anketirovanie_2024.pdf"),
        ("H", "Педагогические работники"),
        ("28", "Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО", 22, 26, "young_specialists", 26, None, None),
        ("29", "Молодые специалисты – наставляемые", 22, 24, "young_specialists_mentees", 24, None, gd),
        ("30", "Педагоги (без молодых специалистов)", 268, 265, "teachers_other", 265, None, None),
        ("31", "Педагоги (без молодых специалистов) – наставляемые", 41, 49, "teachers_other_mentees", 49, None, gd),
        ("32", "Доля молодых специалистов – наставляемых, %", 100, 92.31, "share_young_specialists_mentees", 92.31,
         "0.00", None),
        ("33", "Доля педагогов – наставляемых, %", 21.72, 25.09, "share_teachers_mentees", 25.09, "0.00", None),
        ("34", "Прошли КПК по наставничеству", 15, 21, "kpk_trained", 21, None, gd),
        ("35", "РМО наставников", 1, 1, "municipal_methodical_associations", 1, None, uo + "RMO_nastavnikov.pdf"),
        ("36", "ШМО наставников в ОО", 4, 6, "school_methodical_associations", 6, None, gd),
        ("37", "Педагогов в районе (всего)", 290, 291, "teachers_municipal", 291, None, None),
        ("38", "Молодых специалистов в районе (всего)", 22, 26, "young_specialists_municipal", 26, None, None),
        ("39", "Педагоги – наставники", 115, 128, "teachers_mentors", 128, None, gd),
        ("40", "Молодые специалисты – наставники", 0, 1, "young_specialists_mentors", 1, None, gd),
        ("41", "Доля педагогов – наставников, %", 39.66, 43.99, "share_teachers_mentors", 43.99, "0.00", None),
        ("42", "Доля молодых специалистов – наставников, %", 0, 3.85, "share_young_specialists_mentors", 3.85,
         "0.00", None),
        ("H", "Стимулирование, практики, сеть"),
        ("43", "Локальные акты об оплате работы наставника", 5, 8, "pay_acts", 8, None, gd),
        ("44", "Локальные акты о нематериальном поощрении наставника", 9, "нет данных", None, None, None, None),
        ("45", "Лучшие практики на сайтах (за год)", 2, 4, "best_practices", 4, None,
         "https://krasnobor-uo.ru/nastavnichestvo/praktiki/"),
        ("46", "Конкурсы по наставничеству в районе (за год)", 1, 1, "contests", 1, None,
         uo + "konkurs_2024.pdf"),
        ("47", "Сетевое сообщество педагогов-наставников (1/0)", 0, 1, "network_community", 1, None,
         "https://vk.com/krasnobor_nastavniki"),
        ("48", "Сетевые наставники", 0, 3, "network_mentors", 3, None, None),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.cell(row=r, column=1).fill = LIGHT
            f.heading(row[1])
            r += 1
            continue
        num, title, v23, v24, crit, exp, fmt, url = row
        ws.cell(row=r, column=1, value=num)
        ws.cell(row=r, column=2, value=title)
        ws.cell(row=r, column=3, value=v23)
        if fmt:
            ws.cell(row=r, column=3).number_format = fmt
        if crit is None:
            ws["D%d" % r] = v24
        else:
            f.val(ws, "D%d" % r, v24, crit, exp, fmt)
        ws.cell(row=r, column=5, value=dyn(v23, v24))
        if url:
            f.link(ws, "F%d" % r, url, crit)
        r += 1
    box(ws, "A5:F%d" % (r - 1))
    r += 1
    ws.cell(row=r, column=2, value="Начальник Управления образования Администрации Красноборского района  ________  С.А. Перевощикова")
    wb.save(os.path.join(TYPED, fname))


def check_catalogue():
    ids = set()
    with open(CATALOGUE, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            ids.add(line.split("\t")[0])
    for e in EXPECTED:
        for k in list(e["values"]) + list(e["links"]):
            assert k in ids, k
        for k in e["links"]:
            assert k in e["values"], (e["file"], k)


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    tmp = tempfile.mkdtemp(prefix="h60_")
    try:
        file_a()
        file_b()
        file_c(tmp)
        file_d()
        file_e()
        file_f()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    check_catalogue()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print("files:", len(EXPECTED), "values:", nv, "links:", nl)
    for e in EXPECTED:
        print(" ", e["file"], len(e["values"]), len(e["links"]))


if __name__ == "__main__":
    main()
