#!/usr/bin/env python3
"""heldout82 generator: Верхнеталицкий муниципальный округ (invented), 2024.

The municipal methodological centre's workbook (its own municipal report, fact before plan, plus a per-school
sheet) and five organisations' forms «ОО-Н» of the centre's own template (a horizontal contingent block above a
vertical table with two answer columns «Имеется / Не имеется» | «Кол-во», and a horizontal block of personalised
programmes inside it).

Writes typed/*.xlsx, expected.json, cells.json. Deterministic: all data are fixed here.
"""
import csv
import datetime
import json
import pathlib
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024

with open(CRITERIA, encoding="utf-8") as fh:
    CATALOGUE = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="DDEBF7")

ENTRIES = []   # expected.json
CELLS = []     # cells.json
ALL_LABELS = []  # every row title typed, for the verbatim check


class Entry:
    def __init__(self, file, sheet, organisation):
        self.file = file
        self.sheet = sheet
        self.organisation = organisation
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        ENTRIES.append(self)

    def value(self, ws, ref, crit, expected, raw, org=None):
        assert crit in CATALOGUE, crit
        ws[ref] = raw
        ws[ref].border = BOX
        target = self.values if org is None else self.values[org]
        assert crit not in target, (self.file, crit)
        target[crit] = expected
        CELLS.append({"file": self.file, "sheet": ws.title, "cell": ref, "criterion": crit, "kind": "value",
                      "expected": expected,
                      "organisation": self.organisation if org is None else self.organisation[org]})

    def link(self, ws, ref, crit, url, shown=None, org=None):
        assert crit in CATALOGUE, crit
        c = ws[ref]
        if shown is None:
            c.value = url
            via = "text"
        else:
            c.value = shown
            c.hyperlink = url
            c.style = "Hyperlink"
            via = "hyperlink"
        c.border = BOX
        c.alignment = WRAP
        assert crit not in self.links, (self.file, crit)
        self.links[crit] = url
        CELLS.append({"file": self.file, "sheet": ws.title, "cell": ref, "criterion": crit, "kind": "link",
                      "expected": url, "via": via, "organisation": self.organisation})

    def json(self):
        d = {"file": self.file, "year": YEAR}
        if self.sheet is not None:
            d["sheet"] = self.sheet
        d["organisation"] = self.organisation
        if isinstance(self.organisation, list):
            d["values"] = [self.values[i] for i in range(len(self.organisation))]
            d["links"] = [self.links.get(i, {}) for i in range(len(self.organisation))]
        else:
            d["values"] = self.values
            d["links"] = self.links
        d["not_criteria"] = self.not_criteria
        d["headings"] = self.headings
        return d


def put(ws, ref, v, bold=False, align=WRAP, border=True, fill=None):
    c = ws[ref]
    c.value = v
    c.alignment = align
    if bold:
        c.font = BOLD
    if border:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def fit_rows(ws):
    """Row heights for wrapped text (a person would drag them; Excel does not store them by itself)."""
    import math
    merged = {}
    for rng in ws.merged_cells.ranges:
        w = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43
                for c in range(rng.min_col, rng.max_col + 1))
        merged[(rng.min_row, rng.min_col)] = (w, rng.max_row - rng.min_row + 1)
    for row in ws.iter_rows():
        lines = 1
        for c in row:
            if c.value is None or not hasattr(c, "column_letter"):
                continue
            w, span = merged.get((c.row, c.column),
                                 (ws.column_dimensions[c.column_letter].width or 8.43, 1))
            if span > 1:
                continue
            n = sum(max(1, math.ceil(len(part) * 1.1 / max(w - 1, 1))) for part in str(c.value).split("\n"))
            lines = max(lines, n)
        r = row[0].row
        if lines > 1 and (ws.row_dimensions[r].height or 0) < 15 * lines:
            ws.row_dimensions[r].height = 15 * lines
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------------------------------------------
# The district: 11 organisations. Per-school figures (sheet «По ОО») and the five full forms agree.
# ---------------------------------------------------------------------------------------------------------------
ORGS = [
    # short name (as on sheet «По ОО»), curator(s), curators, reg teachers, reg students, note, mentors plan, fact, remark
    ("Верхнеталицкая СОШ № 1", "Пестова Н.А.,\nКузнецова Е.М.", 2, "Имеется", "Имеется", "Имеется", 40, 42,
     "Два куратора: Пестова Н.А. (наставничество педагогов), Кузнецова Е.М. (наставничество обучающихся). "
     "Базовая школа РМО «Школа наставника»."),
    ("Верхнеталицкая СОШ № 2", "Вахрушева О.Н.", 1, "Имеется", "Имеется", "Имеется", 30, 28,
     "Два наставника выбыли (увольнение, декретный отпуск), замена в январе 2025 г."),
    ("Каменнобродская СОШ", "Шкляева Т.И.", 1, "Имеется", "Имеется", "Имеется", 18, 19, ""),
    ("Сюрекская СОШ", "Байкузина Л.Р.", 1, "Имеется", "Имеется", "Не имеется", 15, 14,
     "Справка по итогам внутреннего мониторинга за 2024 г. в ИМЦ не представлена; со слов куратора будет "
     "размещена на сайте школы до 31.01.2025."),
    ("Старокузебаевская СОШ", "Галиева Р.Ф.", 1, "Имеется", "Имеется", "Имеется", 14, 14,
     "Данные формы ОО-Н расходились с приказом о закреплении наставников (16 и 14), в свод взято по приказу – 14."),
    ("Малоусинская ООШ", "Сунцова А.В.", 1, "Имеется", "Имеется", "Не имеется", 8, 7, ""),
    ("Дёмкинская ООШ", "Кондратьева С.П.", 1, "Имеется", "Имеется", "Имеется", 7, 7, ""),
    ("Нижнеталицкая ООШ", "Перевощикова Г.Ю.", 1, "Имеется", "Не имеется", "Не имеется", 6, 5,
     "Положение о наставничестве обучающихся в разработке (проект рассмотрен на педсовете 26.12.2024, "
     "утверждение – февраль 2025 г.). Форма ОО-Н не представлена, данные внесены по приказам ОО и телефонному "
     "опросу куратора."),
    ("Паздерская НОШ", "Лекомцева И.В.", 1, "Имеется", "Имеется", "Имеется", 4, 4,
     "Малокомплектная школа, 1–4 кл.; наставничество по форме «ученик – ученик» (3–4 кл. → 1 кл.) и "
     "«учитель – учитель»."),
    ("Верхнеталицкий ДДТ", "Арасланова М.Г.", 1, "Имеется", "Имеется", "Имеется", 16, 17, ""),
    ("Верхнеталицкая ДЮСШ", "Зорин А.С.", 1, "Имеется", "Не имеется", "Не имеется", 9, 9,
     "Наставники – тренеры-преподаватели. Наставничество «тренер – спортсмен» закреплено в программах "
     "спортивной подготовки, отдельное положение о наставничестве обучающихся не принималось. Форма ОО-Н не "
     "представлена."),
]
YN = {"Имеется": 1, "Не имеется": 0}

# Figures of the organisations that sent no full form here (for the municipal totals only).
OTHER_ORGS = {
    # mentees, teachers total, young specialists, teacher-mentors, school MO, kpk
    "Верхнеталицкая СОШ № 2": (70, 39, 4, 16, 1, 2),
    "Старокузебаевская СОШ": (35, 22, 2, 9, 1, 1),
    "Дёмкинская ООШ": (16, 12, 1, 5, 0, 0),
    "Нижнеталицкая ООШ": (12, 10, 0, 4, 0, 0),
    "Паздерская НОШ": (10, 5, 0, 3, 0, 1),
    "Верхнеталицкая ДЮСШ": (22, 14, 1, 9, 0, 0),
}

# ---------------------------------------------------------------------------------------------------------------
# The five organisation forms «ОО-Н»
# ---------------------------------------------------------------------------------------------------------------
# Row specs of section 2: key, number, title, kind, criterion
SEC2 = [
    ("reg_t", "2.1", "Положение о системе наставничества педагогических работников (утв. приказом по ОО)", "yn",
     "orgs_regulation_teachers"),
    ("reg_s", "2.2", "Положение о наставничестве обучающихся", "yn", "orgs_regulation_students"),
    ("mon", "2.3", "Приказ о проведении внутреннего мониторинга реализации ЦМН в ОО", "yn", "orgs_monitoring_order"),
    ("note", "2.4", "Информационная справка по итогам внутр. мониторинга за 2024 г.", "yn",
     "internal_monitoring_notes"),
    ("cur", "2.5", "Куратор(ы) внедрения ЦМН (приказ о назначении), кол-во", "cnt_yn", "curators_total"),
    ("pay", "2.6", "Локальный акт об оплате (доплате) за наставничество, кол-во актов", "cnt_yn", "pay_acts"),
    ("nonmat", "2.7", "Локальный акт о нематериальном поощрении наставников, кол-во", "cnt_yn", "nonmaterial_acts"),
    ("shmo", "2.8", "Методическое объединение наставников в ОО (ШМО), кол-во", "cnt_yn",
     "school_methodical_associations"),
    ("agr_edu", "2.9", "Соглашения о сотрудничестве с др. ОО (наставники из др. ОО), кол-во", "cnt_yn",
     "agreements_edu_orgs"),
    ("agr_ent", "2.10", "Соглашения с предприятиями (наставники – работники предприятий), кол-во", "cnt_yn",
     "agreements_enterprises"),
    ("agr_oth", "2.11", "Соглашения с иными организациями (учреждения культуры, спорта, НКО и др.), кол-во",
     "cnt_yn", "agreements_other_orgs"),
    ("partners", "2.12", "Организации – партнёры по наставничеству (перечислить)", "list", "partner_list"),
]
SEC3 = [
    ("m", "3.1", "Наставники (по приказу ОО) – всего", "mentors_total"),
    ("m_t", "3.1.1", "в т.ч. педагоги ОО", "teachers_mentors"),
    ("m_ys", "3.1.2", "   из них молодые специалисты", "young_specialists_mentors"),
    ("m_15", "3.1.3", "в т.ч. обучающиеся 15–19 лет", "mentors_15_19"),
    ("m_ext", "3.1.4", "в т.ч. из других образовательных организаций", "external_edu_mentors"),
    ("m_ent", "3.1.5", "в т.ч. работники предприятий", "enterprise_mentors"),
    ("m_oth", "3.1.6", "в т.ч. представители иных организаций", "other_org_mentors"),
    ("e", "3.2", "Наставляемые (по приказу ОО) – всего", "mentees_total"),
    ("e_10", "3.2.1", "в т.ч. обучающиеся 10–19 лет", "mentees_10_19"),
    ("e_risk", "3.2.1.1", "   из них «группа риска» (состоящие на учёте)", "mentees_risk"),
    ("e_gift", "3.2.1.2", "   из них одарённые (внесены в реестр)", "mentees_gifted"),
    ("e_ovz", "3.2.1.3", "   из них дети с ОВЗ, дети-инвалиды", "mentees_disabled"),
    ("e_low", "3.2.1.4", "   из них с низкой мотивацией / неуспевающие", "mentees_low_motivation"),
    ("e_car", "3.2.1.5", "   из них с затруднениями в выборе профессии, образоват. маршрута", "mentees_career"),
    ("e_oth", "3.2.1.6", "   из них по иным основаниям", "mentees_other_params"),
    ("e_ys", "3.2.2", "в т.ч. молодые специалисты", "young_specialists_mentees"),
    ("e_t", "3.2.3", "в т.ч. педагоги (кроме молодых специалистов)", "teachers_other_mentees"),
    ("t_pp", "3.3", "Педагоги, задействованные в утверждённых ППН", "teachers_in_pp"),
    ("kpk", "3.4", "Педагоги, прошедшие КПК по наставничеству в 2024 г.", "kpk_trained"),
]
PP = [("pp_pp", "ученик – ученик", "pp_pupil_pupil"), ("pp_tt", "учитель – учитель", "pp_teacher_teacher"),
      ("pp_ht", "руководитель – педагог", "pp_head_teacher"), ("pp_tp", "учитель – ученик", "pp_teacher_pupil"),
      ("pp_oth", "иная форма*", "pp_other"), ("pp_all", "Всего ППН", "pp_total")]
CONTINGENT = [("Обучающихся – всего", None), ("в т.ч. 10–19 лет", "students_10_19"),
              ("в т.ч. 15–19 лет", "students_15_19"), ("Педработников – всего", "teachers_municipal"),
              ("в т.ч. молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists"),
              ("педагоги без молодых специалистов", "teachers_other")]


def gw(school):
    return f"https://{school}-r18.gosweb.gosuslugi.ru/netcat_files"


U1 = gw("sh1-verhnetalickaya")
SOSH1 = dict(
    file="typed/ОО-Н_2024_СОШ1.xlsx", sheet="Форма ОО-Н", name="МБОУ «Верхнеталицкая СОШ № 1»", short=ORGS[0][0],
    curator_line="Пестова Наталья Алексеевна, зам. директора по УВР; Кузнецова Елена Михайловна, педагог-организатор;"
                 " 8 (34163) 2-11-05",
    contingent=[612, 341, 88, 48, 6, 42],
    yes="Имеется", no="Не имеется", links="text",
    rows={
        "reg_t": ("Имеется", None, "приказ от 29.08.2024 № 131-од", f"{U1}/nastav/polozhenie_pedagogi_2024.pdf", ""),
        "reg_s": ("Имеется", None, "приказ от 29.08.2024 № 131-од", f"{U1}/nastav/polozhenie_obuch_2024.pdf", ""),
        "mon": ("Имеется", None, "приказ от 16.09.2024 № 152-од", f"{U1}/nastav/prikaz_monitoring_152.pdf", ""),
        "note": ("Имеется", None, "справка от 20.12.2024", f"{U1}/nastav/spravka_monitoring_2024.pdf", ""),
        "cur": ("Имеется", 2, "приказ от 02.09.2024 № 140-од", f"{U1}/nastav/prikaz_kuratory_140.pdf",
                "куратор по педагогам и куратор по обучающимся"),
        "pay": ("Имеется", 1, "Положение об оплате труда, прил. 3 (приказ от 09.01.2024 № 3)",
                f"{U1}/docs/polozhenie_oplata_truda.pdf", ""),
        "nonmat": ("Имеется", 1, "приказ от 29.08.2024 № 131-од (прил. 4)", f"{U1}/nastav/pooshrenie.pdf", ""),
        "shmo": ("Имеется", 1, "приказ от 02.09.2024 № 141-од", f"{U1}/nastav/shmo_nastavnikov.pdf",
                 "ШМО «Наставник», руководитель Пестова Н.А."),
        "agr_edu": ("Имеется", 2, "соглашения от 10.09.2024 № 4, № 5", f"{U1}/nastav/soglasheniya_oo.pdf", ""),
        "agr_ent": ("Имеется", 1, "соглашение от 01.10.2024 № 7", f"{U1}/nastav/soglashenie_spk.pdf", ""),
        "agr_oth": ("Имеется", 2, "соглашения от 15.09.2024 № 6, от 03.10.2024 № 8", f"{U1}/nastav/soglasheniya_drugie.pdf",
                    ""),
        "partners": ("МБОУ «Верхнеталицкая СОШ № 2»; МБУ ДО «Верхнеталицкий ДДТ»; СПК «Колхоз имени Мичурина»; "
                     "МБУК «Верхнеталицкий РДК»; Местное отделение ДОСААФ России"),
        "m": 42, "m_t": 22, "m_ys": 1, "m_15": 14, "m_ext": 3, "m_ent": 1, "m_oth": 2,
        "e": 96, "e_10": 78, "e_risk": 9, "e_gift": 12, "e_ovz": 5, "e_low": 14, "e_car": 18, "e_oth": 20,
        "e_ys": 6, "e_t": 8, "t_pp": 34, "kpk": 3,
        "pp_pp": 18, "pp_tt": 9, "pp_ht": 2, "pp_tp": 21, "pp_oth": 1, "pp_all": 51,
        "sat_e": 92.4, "sat_m": 95,
    },
    row_links={"m": f"{U1}/nastav/prikaz_nastavniki_2024.pdf", "e": f"{U1}/nastav/prikaz_nastavniki_2024.pdf",
               "pp_all": f"{U1}/nastav/prikaz_ppn_2024.pdf", "sat_e": f"{U1}/nastav/anketirovanie_2024.pdf",
               "sat_m": f"{U1}/nastav/anketirovanie_2024.pdf"},
    notes={"m": "приказ от 02.09.2024 № 142-од (с изм. от 11.11.2024 № 188-од)",
           "e": "в т.ч. 4 обучающихся 3 кл. (форма «ученик – ученик»)",
           "kpk": "удостоверения – в папке «Наставничество/КПК» на сайте",
           "pp_oth": "* иная форма: «выпускник – ученик» (1 ППН)"},
    sat_raw=("92,4", 95),
    extra_shares=True,
)

U2 = gw("sh-kamennobrodskaya")
KAMEN = dict(
    file="typed/Каменнобродская СОШ ОО-Н 2024.xlsx", sheet="Форма ОО-Н", name="МБОУ «Каменнобродская СОШ»",
    short=ORGS[2][0],
    curator_line="Шкляева Татьяна Ивановна, учитель начальных классов, 89128574410",
    contingent=[204, 118, 27, 21, 2, 19],
    yes="имеется", no="не имеется", links="hyperlink",
    rows={
        "reg_t": ("имеется", None, "пр. № 88 от 30.08.2024", f"{U2}/nastavnichestvo/pol_ped.pdf", ""),
        "reg_s": ("имеется", None, "пр. № 88 от 30.08.2024", f"{U2}/nastavnichestvo/pol_obuch.pdf", ""),
        "mon": ("имеется", None, "пр. № 97 от 20.09.2024", f"{U2}/nastavnichestvo/monitoring.pdf", ""),
        "note": ("имеется", None, "от 23.12.2024", f"{U2}/nastavnichestvo/spravka2024.pdf", ""),
        "cur": ("имеется", 1, "пр. № 89 от 30.08.2024", f"{U2}/nastavnichestvo/kurator.pdf", ""),
        "pay": ("имеется", 1, "Положение о стимулирующих выплатах", f"{U2}/docs/stimul.pdf", ""),
        "nonmat": ("не имеется", None, "", None, ""),
        "shmo": ("не имеется", None, "", None,
                 "наставники входят в ШМО учителей начальных классов и ШМО учителей-предметников, отдельного МО "
                 "наставников нет"),
        "agr_edu": ("имеется", 1, "с МБУ ДО «Верхнеталицкий ДДТ» от 12.09.2024", f"{U2}/nastavnichestvo/sogl_ddt.pdf",
                    ""),
        "agr_ent": ("не имеется", 0, "", None, ""),
        "agr_oth": ("имеется", 1, "с СДК от 01.10.2024", f"{U2}/nastavnichestvo/sogl_sdk.pdf", ""),
        "partners": "МБУ ДО «Верхнеталицкий ДДТ»\nКаменнобродский сельский Дом культуры",
        "m": 19, "m_t": 11, "m_ys": 0, "m_15": 6, "m_ext": 1, "m_ent": 0, "m_oth": 1,
        "e": 41, "e_10": 33, "e_risk": 4, "e_gift": 3, "e_ovz": 2, "e_low": 9, "e_car": 8, "e_oth": 7,
        "e_ys": 2, "e_t": 3, "t_pp": 13, "kpk": 1,
        "pp_pp": 7, "pp_tt": 3, "pp_ht": 1, "pp_tp": 9, "pp_oth": 0, "pp_all": 20,
        "sat_e": 88, "sat_m": 90,
    },
    raw={"m": "19 чел.", "kpk": "1 чел."},
    row_links={"m": f"{U2}/nastavnichestvo/prikaz_pary.pdf", "pp_all": f"{U2}/nastavnichestvo/ppn.pdf",
               "sat_e": f"{U2}/nastavnichestvo/anketa.pdf"},
    notes={},
    sat_raw=(88, 90),
)

U3 = gw("sh-syurekskaya")
SYUREK = dict(
    file="typed/ОО-Н Сюрекская СОШ 2024.xlsx", sheet="Лист1", name="МБОУ «Сюрекская СОШ»", short=ORGS[3][0],
    curator_line="Байкузина Лилия Рашитовна, зам. директора по ВР",
    contingent=[256, 149, 31, 26, 3, 23],
    yes="да", no="нет", links="text",
    rows={
        "reg_t": ("да", None, "№ 64-од от 28.08.2023", f"{U3}/nastav/polozhenie_ped.pdf", "действует с 2023 г."),
        "reg_s": ("да", None, "№ 64-од от 28.08.2023", f"{U3}/nastav/polozhenie_uch.pdf", ""),
        "mon": ("да", None, "№ 102-од от 23.09.2024", f"{U3}/nastav/prikaz_monitoring.pdf", ""),
        "note": ("нет", None, "", None, "справка за 2024 г. готовится, будет размещена на сайте до 31.01.2025"),
        "cur": ("да", 1, "№ 65-од от 28.08.2023", f"{U3}/nastav/kurator.pdf", ""),
        "pay": ("да", 1, "Положение о доплатах (прил. 2 к коллективному договору)", f"{U3}/docs/kol_dogovor.pdf", ""),
        "nonmat": ("да", 1, "№ 64-од от 28.08.2023 (раздел 7 Положения)", f"{U3}/nastav/polozhenie_ped.pdf", ""),
        "shmo": ("да", 1, "№ 110-од от 01.10.2024", f"{U3}/nastav/shmo.pdf", ""),
        "agr_edu": ("да", 1, "с МБОУ «Верхнеталицкая СОШ № 1» от 10.09.2024", f"{U3}/nastav/sogl_sosh1.pdf", ""),
        "agr_ent": ("да", 1, "с ООО «Сюрек-Агро» от 14.10.2024", f"{U3}/nastav/sogl_agro.pdf", ""),
        "agr_oth": ("нет", 0, "", None, ""),
        "partners": "МБОУ «Верхнеталицкая СОШ № 1»; ООО «Сюрек-Агро»",
        "m": 14, "m_t": 8, "m_ys": 1, "m_15": 4, "m_ext": 1, "m_ent": 1, "m_oth": 0,
        "e": 37, "e_10": 28, "e_risk": 3, "e_gift": 4, "e_ovz": 1, "e_low": 8, "e_car": 7, "e_oth": 5,
        "e_ys": 3, "e_t": 4, "t_pp": 15, "kpk": 0,
        "pp_pp": 5, "pp_tt": 4, "pp_ht": 0, "pp_tp": 8, "pp_oth": 0, "pp_all": 17,
        "sat_e": 90, "sat_m": 93,
    },
    row_links={"m": f"{U3}/nastav/prikaz_nastavniki.pdf", "e": f"{U3}/nastav/prikaz_nastavniki.pdf",
               "pp_all": f"{U3}/nastav/ppn_2024.pdf"},
    notes={"kpk": "курсы запланированы на 2025 г."},
    sat_raw=("90%", "93%"),
    inserted={"e_risk": ("   в т.ч. дети-сироты, дети, оставшиеся без попечения родителей", 2),
              "e_t": ("Количество наставнических пар (групп)", 21)},
)

U4 = gw("sh-malousinskaya")
MALOUS = dict(
    file="typed/Малоусинская_ООШ_форма_ОО-Н.xlsx", sheet="Форма ОО-Н", name="МБОУ «Малоусинская ООШ»",
    short=ORGS[5][0],
    curator_line="Сунцова Анна Васильевна, учитель русского языка",
    contingent=[61, 34, 5, 11, 1, 10],
    yes="Имеется", no="Не имеется", links="text",
    rows={
        "reg_t": ("Имеется", None, "приказ № 41 от 01.09.2023", f"{U4}/nastavnichestvo.pdf", ""),
        "reg_s": ("Имеется", None, "приказ № 41 от 01.09.2023", None, ""),
        "mon": ("Не имеется", None, "", None, ""),
        "note": ("Не имеется", None, "", None, ""),
        "cur": ("Имеется", 1, "приказ № 42 от 01.09.2023", f"{U4}/kurator.pdf", ""),
        "pay": ("Не имеется", 0, "", None, ""),
        "nonmat": ("Имеется", 1, "приказ № 41 от 01.09.2023", None, ""),
        "shmo": ("Не имеется", 0, "", None,
                 "ШМО не создано в связи с малочисленностью педколлектива (11 чел.), наставники участвуют в работе "
                 "РМО «Школа наставника»"),
        "agr_edu": ("Не имеется", 0, "", None, ""),
        "agr_ent": ("Не имеется", 0, "", None, ""),
        "agr_oth": ("Не имеется", 0, "", None, ""),
        "partners": "нет",
        "m": 7, "m_t": 5, "m_ys": 0, "m_15": 2, "m_ext": 0, "m_ent": 0, "m_oth": 0,
        "e": 15, "e_10": 11, "e_risk": 2, "e_gift": 0, "e_ovz": 1, "e_low": 4, "e_car": 2, "e_oth": 2,
        "e_ys": 1, "e_t": 1, "t_pp": 6, "kpk": 0,
        "pp_pp": 4, "pp_tt": 1, "pp_ht": 1, "pp_tp": 3, "pp_oth": 0, "pp_all": 9,
        "sat_e": 100, "sat_m": 100,
    },
    row_links={"m": f"{U4}/prikaz_nastavniki_2024.pdf"},
    notes={},
    sat_raw=(100, 100),
    yn_in_count_col={"reg_t", "reg_s"},   # the answer typed in «Кол-во» instead of «Имеется / Не имеется»
)

U5 = "https://ddt-verhnetalica.udmurt.site/upload/nastavnichestvo"
DDT = dict(
    file="typed/ДДТ_наставничество_ОО-Н_2024.xlsx", sheet="Форма ОО-Н",
    name="МБУ ДО «Верхнеталицкий Дом детского творчества»", short=ORGS[9][0],
    curator_line="Арасланова Марина Геннадьевна, методист, 8 (34163) 2-16-90",
    contingent=[780, 412, 96, 24, 3, 21],
    yes="Имеется", no="Не имеется", links="text",
    rows={
        "reg_t": ("Имеется", None, "приказ от 01.09.2022 № 57 (ред. от 30.08.2024 № 49)", f"{U5}/pol_ped_2024.pdf", ""),
        "reg_s": ("Имеется", None, "приказ от 01.09.2022 № 57 (ред. от 30.08.2024 № 49)", f"{U5}/pol_obuch_2024.pdf",
                  ""),
        "mon": ("Имеется", None, "приказ от 18.09.2024 № 61", f"{U5}/monitoring_61.pdf", ""),
        "note": ("Имеется", None, "справка от 25.12.2024", f"{U5}/spravka_2024.pdf", ""),
        "cur": ("Имеется", 1, "приказ от 02.09.2024 № 52", f"{U5}/kurator_52.pdf", ""),
        "pay": ("Не имеется", None, "", None,
                "отдельного локального акта нет; стимулирующие выплаты наставникам предусмотрены п. 5.4 Положения "
                "об оплате труда работников ДДТ (критерий «наставническая деятельность» в оценочном листе)"),
        "nonmat": ("Имеется", 1, "приказ от 30.08.2024 № 49 (прил. 3)", f"{U5}/pooshrenie.pdf", ""),
        "shmo": ("Имеется", 1, "приказ от 02.09.2024 № 53", f"{U5}/mo_nastavnikov.pdf", "МО педагогов-наставников ДДТ"),
        "agr_edu": ("Имеется", 3, "соглашения с СОШ № 1, СОШ № 2, Каменнобродской СОШ", f"{U5}/soglasheniya_oo.pdf", ""),
        "agr_ent": ("Не имеется", 0, "", None, ""),
        "agr_oth": ("Имеется", 1, "с МБУК «Верхнеталицкий РДК» от 05.09.2024", f"{U5}/soglashenie_rdk.pdf", ""),
        "partners": ("МБОУ «Верхнеталицкая СОШ № 1»; МБОУ «Верхнеталицкая СОШ № 2»; МБОУ «Каменнобродская СОШ»; "
                     "МБУК «Верхнеталицкий РДК»"),
        "m": 17, "m_t": 9, "m_ys": 1, "m_15": 5, "m_ext": 2, "m_ent": 0, "m_oth": 1,
        "e": 64, "e_10": 52, "e_risk": 6, "e_gift": 15, "e_ovz": 4, "e_low": 2, "e_car": 9, "e_oth": 16,
        "e_ys": 3, "e_t": 2, "t_pp": 14, "kpk": 1,
        "pp_pp": 12, "pp_tt": 4, "pp_ht": 1, "pp_tp": 20, "pp_oth": 2, "pp_all": 39,
        "sat_e": 94, "sat_m": 96,
    },
    row_links={"m": f"{U5}/prikaz_nastavniki_2024.pdf", "e": f"{U5}/prikaz_nastavlyaemye_2024.pdf",
               "pp_all": f"{U5}/ppn_2024.pdf", "sat_e": f"{U5}/anketirovanie_itogi.pdf",
               "sat_m": f"{U5}/anketirovanie_itogi.pdf"},
    notes={"e": "наставляемые младше 10 лет (7 чел.) – обучающиеся объединений «Юный художник», «Бусинка»",
           "m_15": "обучающиеся объединений «Лидер», «Волонтёры Талицы»",
           "pp_oth": "* иная форма: «педагог – родитель» (2 ППН, семейный клуб «Вместе»)"},
    sat_raw=(94, 96),
    merged_sat_link=True,
)

FORMS = [SOSH1, KAMEN, SYUREK, MALOUS, DDT]


def org_form(d):
    wb = Workbook()
    wb.properties.creator = d["curator_line"].split(",")[0]
    wb.properties.created = datetime.datetime(2024, 12, 3, 9, 15)
    ws = wb.active
    ws.title = d["sheet"]
    e = Entry(d["file"], None, d["name"])
    r = d["rows"]
    raw = d.get("raw", {})
    notes = d.get("notes", {})
    widths(ws, [9, 52, 15, 11, 30, 44, 44])
    ws.merge_cells("A1:G1")
    put(ws, "A1", "Приложение 2 к письму МКУ «ИМЦ» от 02.12.2024 № 01-12/214", border=False,
        align=Alignment(horizontal="right"))
    ws.merge_cells("A2:G2")
    put(ws, "A2", "ФОРМА ОО-Н. Сведения о реализации целевой модели наставничества (ЦМН) в образовательной "
                  "организации за 2024 год", bold=True, border=False, align=CENTER)
    ws.row_dimensions[2].height = 32
    ws.merge_cells("A3:B3")
    put(ws, "A3", "Образовательная организация (полное наименование):", bold=True, border=False)
    ws.merge_cells("C3:G3")
    put(ws, "C3", d["name"], bold=True, border=False)
    ws.merge_cells("A4:B4")
    put(ws, "A4", "Куратор ЦМН (ФИО, должность, телефон):", border=False)
    ws.merge_cells("C4:G4")
    put(ws, "C4", d["curator_line"], border=False)
    e.not_criteria.append("Куратор ЦМН (ФИО, должность, телефон):")

    # Section 1: horizontal contingent block
    h1 = "Раздел 1. Контингент и кадры на 31.12.2024 (справочно), чел."
    ws.merge_cells("A6:G6")
    put(ws, "A6", h1, bold=True, border=False)
    e.headings.append(h1)
    put(ws, "A7", "показатель", align=CENTER, fill=HEAD)
    put(ws, "A8", "чел.", align=CENTER)
    ws.row_dimensions[7].height = 45
    for i, ((label, crit), v) in enumerate(zip(CONTINGENT, d["contingent"])):
        col = get_column_letter(2 + i)
        put(ws, f"{col}7", label, align=CENTER, fill=HEAD)
        ALL_LABELS.append(label)
        if crit is None:
            put(ws, f"{col}8", v, align=CENTER)
            e.not_criteria.append(label)
        else:
            e.value(ws, f"{col}8", crit, v, v)
            ws[f"{col}8"].alignment = CENTER

    # Section 2 onwards: vertical table
    h2 = "Раздел 2. Нормативная база и организация наставничества"
    ws.merge_cells("A10:G10")
    put(ws, "A10", h2, bold=True, border=False)
    e.headings.append(h2)
    hdr = ["№ п/п", "Показатель", "Имеется / Не имеется", "Кол-во", "Реквизиты документа (дата, №)",
           "Ссылка на документ (сайт ОО)", "Примечание"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(1 + i)}11", h, bold=True, align=CENTER, fill=HEAD)
    ws.row_dimensions[11].height = 30
    dv = DataValidation(type="list", formula1=f'"{d["yes"]},{d["no"]}"', allow_blank=True)
    ws.add_data_validation(dv)
    row = 12
    for key, num, title, kind, crit in SEC2:
        put(ws, f"A{row}", num)
        put(ws, f"B{row}", title)
        ALL_LABELS.append(title)
        if kind == "list":
            ws.merge_cells(f"C{row}:E{row}")
            text = r[key]
            if text.strip().lower() == "нет":
                put(ws, f"C{row}", text)
            else:
                items = [s.strip() for s in re.split(r"[;\n]", text) if s.strip()]
                e.value(ws, f"C{row}", crit, "; ".join(items), text)
                ws[f"C{row}"].alignment = WRAP
                if "\n" in text:
                    ws.row_dimensions[row].height = 30
            put(ws, f"F{row}", None)
            put(ws, f"G{row}", None)
            row += 1
            continue
        yn, cnt, req, url, note = r[key]
        if kind == "yn":
            ref = f"D{row}" if key in d.get("yn_in_count_col", ()) else f"C{row}"
            other = f"C{row}" if ref.startswith("D") else f"D{row}"
            e.value(ws, ref, crit, YN_ANY[yn.lower()], yn)
            put(ws, other, None)
        else:
            put(ws, f"C{row}", yn)
            if cnt is None:
                put(ws, f"D{row}", None)
                assert YN_ANY[yn.lower()] == 0
                e.value(ws, f"C{row}", crit, 0, yn)
            else:
                e.value(ws, f"D{row}", crit, cnt, cnt)
        dv.add(f"C{row}")
        put(ws, f"E{row}", req or None)
        if url:
            shown = "ссылка" if d["links"] == "hyperlink" else None
            e.link(ws, f"F{row}", crit, url, shown)
        else:
            put(ws, f"F{row}", None)
        put(ws, f"G{row}", note or None)
        row += 1

    h3 = "Раздел 3. Участники программ наставничества на 31.12.2024, чел."
    ws.merge_cells(f"A{row}:G{row}")
    put(ws, f"A{row}", h3, bold=True, border=False)
    e.headings.append(h3)
    row += 1
    for key, num, title, crit in SEC3:
        put(ws, f"A{row}", num)
        put(ws, f"B{row}", title)
        ALL_LABELS.append(title.strip())
        put(ws, f"C{row}", "х", align=CENTER, fill=GREY)
        e.value(ws, f"D{row}", crit, r[key], raw.get(key, r[key]))
        put(ws, f"E{row}", None)
        if key in d.get("row_links", {}):
            shown = "ссылка" if d["links"] == "hyperlink" else None
            e.link(ws, f"F{row}", crit, d["row_links"][key], shown)
        else:
            put(ws, f"F{row}", None)
        put(ws, f"G{row}", notes.get(key))
        row += 1
        ins = d.get("inserted", {}).get(key)
        if ins:   # a row the school inserted itself
            put(ws, f"A{row}", None)
            put(ws, f"B{row}", ins[0])
            put(ws, f"C{row}", "х", align=CENTER, fill=GREY)
            put(ws, f"D{row}", ins[1])
            for c in "EFG":
                put(ws, f"{c}{row}", None)
            e.not_criteria.append(ins[0].strip())
            row += 1

    # Section 4: horizontal block of personalised programmes
    row += 1
    h4 = "Раздел 4. Персонализированные программы наставничества (ППН), утверждённые в ОО, кол-во по формам"
    ws.merge_cells(f"A{row}:G{row}")
    put(ws, f"A{row}", h4, bold=True, border=False)
    e.headings.append(h4)
    row += 1
    put(ws, f"A{row}", "форма", align=CENTER, fill=HEAD)
    put(ws, f"A{row + 1}", "кол-во", align=CENTER)
    for i, (key, label, crit) in enumerate(PP):
        col = get_column_letter(2 + i)
        put(ws, f"{col}{row}", label, bold=(key == "pp_all"), align=CENTER, fill=HEAD)
        e.value(ws, f"{col}{row + 1}", crit, r[key], r[key])
        ws[f"{col}{row + 1}"].alignment = CENTER
    row += 2
    put(ws, f"A{row}", "ссылка")
    ws.merge_cells(f"B{row}:G{row}")
    shown = "ссылка на приказ об утверждении ППН" if d["links"] == "hyperlink" else None
    if "pp_all" in d["row_links"]:
        e.link(ws, f"B{row}", "pp_total", d["row_links"]["pp_all"], shown)
    else:
        put(ws, f"B{row}", None)
    row += 1
    ws.merge_cells(f"A{row}:G{row}")
    put(ws, f"A{row}", notes.get("pp_oth", "* иная форма: —"), border=False)
    row += 2

    h5 = "Раздел 5. Удовлетворённость участников завершённых программ (по итогам анкетирования), %"
    ws.merge_cells(f"A{row}:G{row}")
    put(ws, f"A{row}", h5, bold=True, border=False)
    e.headings.append(h5)
    row += 1
    sat_rows = [("sat_e", "5.1", "наставляемые", "satisfaction_mentees"),
                ("sat_m", "5.2", "наставники", "satisfaction_mentors")]
    if d.get("extra_shares"):
        sat_rows += [("sh_e", "5.3", "Доля наставляемых 10–19 лет от числа обучающихся 10–19 лет, %",
                      "share_mentees_10_19"),
                     ("sh_t", "5.4", "Доля педагогов-наставников от числа педработников, %", "share_teachers_mentors")]
    first = row
    for i, (key, num, title, crit) in enumerate(sat_rows):
        put(ws, f"A{row}", num)
        put(ws, f"B{row}", title)
        ALL_LABELS.append(title)
        put(ws, f"C{row}", "х", align=CENTER, fill=GREY)
        if key.startswith("sat"):
            rawv = d["sat_raw"][0 if key == "sat_e" else 1]
            e.value(ws, f"D{row}", crit, r[key], rawv)
        else:
            part, whole = (r["e_10"], d["contingent"][1]) if key == "sh_e" else (r["m_t"], d["contingent"][3])
            v = round(100 * part / whole, 2)
            e.value(ws, f"D{row}", crit, v, v)
        put(ws, f"E{row}", None)
        link = d.get("row_links", {}).get(key)
        if d.get("merged_sat_link") and key == "sat_m":
            pass  # covered by the merged cell above
        elif link:
            shown = "ссылка" if d["links"] == "hyperlink" else None
            e.link(ws, f"F{row}", crit, link, shown)
        else:
            put(ws, f"F{row}", None)
        put(ws, f"G{row}", None)
        row += 1
    if d.get("merged_sat_link"):
        ws.merge_cells(f"F{first}:F{first + 1}")
        url = d["row_links"]["sat_m"]
        e.links["satisfaction_mentors"] = url
        CELLS.append({"file": e.file, "sheet": ws.title, "cell": f"F{first}", "criterion": "satisfaction_mentors",
                      "kind": "link", "expected": url, "via": "text", "organisation": e.organisation,
                      "merged": f"F{first}:F{first + 1}"})
    row += 1
    put(ws, f"A{row}", "Дата заполнения: 17.01.2025", border=False)
    e.not_criteria.append("Дата заполнения: 17.01.2025")
    row += 2
    put(ws, f"B{row}", "Руководитель ОО  ______________ / ____________ /", border=False)
    row += 1
    put(ws, f"B{row}", "М.П.", border=False)
    ws.freeze_panes = "C12"
    ws.page_setup.orientation = "landscape"
    fit_rows(ws)
    wb.save(HERE / d["file"])


YN_ANY = {"имеется": 1, "не имеется": 0, "да": 1, "нет": 0}

# ---------------------------------------------------------------------------------------------------------------
# The municipal workbook of МКУ «ИМЦ»
# ---------------------------------------------------------------------------------------------------------------
MUN_FILE = "typed/ИМЦ_Верхнеталицкий_МО_наставничество_2024.xlsx"
IMC = "https://imc-vtalica.ru/nastavnichestvo/2024"
DISK = "https://disk.yandex.ru/d/Vt4lNk9Qe2xR1A"


def municipal_totals():
    full = {d["short"]: d for d in FORMS}
    t = {}
    t["orgs_total"] = len(ORGS)
    t["orgs_regulation_teachers"] = sum(YN[o[3]] for o in ORGS)
    t["orgs_regulation_students"] = sum(YN[o[4]] for o in ORGS)
    t["internal_monitoring_notes"] = sum(YN[o[5]] for o in ORGS)
    t["curators_total"] = sum(o[2] for o in ORGS)
    t["mentors_total"] = sum(o[7] for o in ORGS)
    mentees = teachers = ys = tm = shmo = kpk = 0
    for o in ORGS:
        if o[0] in full:
            d = full[o[0]]
            mentees += d["rows"]["e"]
            teachers += d["contingent"][3]
            ys += d["contingent"][4]
            tm += d["rows"]["m_t"]
            s = d["rows"]["shmo"]
            shmo += s[1] or 0
            kpk += d["rows"]["kpk"]
        else:
            a = OTHER_ORGS[o[0]]
            mentees += a[0]; teachers += a[1]; ys += a[2]; tm += a[3]; shmo += a[4]; kpk += a[5]
    t["mentees_total"] = mentees
    t["teachers_municipal"] = teachers
    t["young_specialists_municipal"] = ys
    t["teachers_mentors"] = tm
    t["school_methodical_associations"] = shmo
    t["kpk_trained"] = kpk
    t["share_teachers_mentors"] = round(100 * tm / teachers, 2)
    return t


def municipal_workbook():
    T = municipal_totals()
    wb = Workbook()
    wb.properties.creator = "Ложкина Т.В."
    wb.properties.created = datetime.datetime(2025, 1, 13, 8, 40)
    ws = wb.active
    ws.title = "Отчёт ИМЦ 2024"
    e = Entry(MUN_FILE, ws.title, None)
    widths(ws, [7, 22, 50, 13, 12, 12, 15, 36, 60])
    ws.merge_cells("A1:I1")
    put(ws, "A1", "МКУ «Информационно-методический центр» Управления образования Администрации Верхнеталицкого "
                  "муниципального округа Удмуртской Республики", border=False, align=CENTER)
    ws.merge_cells("A2:I2")
    put(ws, "A2", "ОТЧЁТ", bold=True, border=False, align=CENTER)
    ws.merge_cells("A3:I3")
    put(ws, "A3", "о реализации целевой модели наставничества педагогических работников и обучающихся (ЦМН) в "
                  "Верхнеталицком муниципальном округе за 2024 год", bold=True, border=False, align=CENTER)
    ws.merge_cells("A4:I4")
    put(ws, "A4", "(муниципальный уровень; фактические значения – на 31.12.2024, плановые – по муниципальному плану "
                  "мероприятий на 2024 год)", border=False, align=CENTER)
    hdr = ["№ п/п", "Направление деятельности ИМЦ", "Показатель", "Ед. изм.", "Факт 2024", "План 2024",
           "Отметка о выполнении", "Подтверждающий документ (ссылка)", "Примечание"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(1 + i)}6", h, bold=True, align=CENTER, fill=HEAD)
        put(ws, f"{get_column_letter(1 + i)}7", i + 1, align=CENTER)
    ws.row_dimensions[6].height = 32

    # (num, title, unit, crit or None (not a criterion), fact raw, expected, plan, mark, link, note)
    groups = [
        ("1. Нормативное обеспечение", [
            ("1.1", "Приказ УО о реализации ЦМН в округе (действующий)", "имеется / не имеется", "municipal_order",
             "Имеется", 1, "Имеется", "выполнено", f"{IMC}/prikaz_37-od_izm_4-od.pdf",
             "Приказ Управления образования от 14.02.2022 № 37-од «О внедрении целевой модели наставничества в "
             "образовательных организациях Верхнеталицкого района»; в 2024 г. внесены изменения приказом от "
             "09.01.2024 № 4-од (смена муниципального координатора, утверждён план мероприятий на 2024 год)."),
            ("1.2", "Информационно-аналитическая справка ИМЦ по итогам муниципального мониторинга ЦМН за 2024 г.",
             "имеется / не имеется", "municipal_analytic_note", "Не имеется", 0, "Имеется", "не выполнено", None,
             "Справка будет подготовлена после сверки данных форм ОО-Н с приказами ОО (не представлены формы "
             "Нижнеталицкой ООШ и ДЮСШ, расхождение по Старокузебаевской СОШ); срок – до 14.02.2025. Справка за "
             "2023 г. размещена на сайте ИМЦ в разделе «Наставничество»."),
            ("1.3", "ОО, утвердившие Положение о наставничестве педагогических работников", "ОО",
             "orgs_regulation_teachers", T["orgs_regulation_teachers"], T["orgs_regulation_teachers"], 11, "выполнено",
             DISK + "/polozheniya", "все 11 ОО (9 школ, ДДТ, ДЮСШ), см. лист «По ОО»"),
            ("1.4", "ОО, утвердившие Положение о наставничестве обучающихся", "ОО", "orgs_regulation_students",
             T["orgs_regulation_students"], T["orgs_regulation_students"], 11, "не выполнено", DISK + "/polozheniya",
             "нет в Нижнеталицкой ООШ (в разработке) и ДЮСШ (наставничество «тренер – спортсмен» закреплено в "
             "программах спортивной подготовки)"),
            ("1.5", "ОО, в которых издан приказ о проведении внутреннего мониторинга ЦМН", "ОО",
             "orgs_monitoring_order", 9, 9, 11, "частично", DISK + "/prikazy_monitoring",
             "нет приказа: Малоусинская ООШ, ДЮСШ"),
            ("1.6", "Справки ОО по итогам внутреннего мониторинга, представленные в ИМЦ", "ед.",
             "internal_monitoring_notes", T["internal_monitoring_notes"], T["internal_monitoring_notes"], 11,
             "частично", DISK + "/spravki_OO",
             "не представлены: Сюрекская СОШ, Малоусинская ООШ, Нижнеталицкая ООШ, ДЮСШ"),
        ]),
        ("2. Организационное сопровождение", [
            ("2.1", "Муниципальный координатор ЦМН", "ФИО", None, "Ложкина Т.В., методист ИМЦ", None, "—", "—",
             None, "назначена приказом УО от 09.01.2024 № 4-од"),
            ("2.2", "Кураторы ЦМН в ОО (назначены приказами руководителей ОО)", "чел.", "curators_total",
             T["curators_total"], T["curators_total"], 11, "выполнено", DISK + "/kuratory",
             "в СОШ № 1 – 2 куратора (по педагогам и по обучающимся)"),
            ("2.3", "Наставники в ОО (по приказам ОО), всего", "чел.", "mentors_total", T["mentors_total"],
             T["mentors_total"], sum(o[6] for o in ORGS), "частично", DISK + "/prikazy_nastavniki",
             "по ОО – см. лист «По ОО»"),
            ("2.4", "Наставляемые в ОО (по приказам ОО), всего", "чел.", "mentees_total", T["mentees_total"],
             T["mentees_total"], 400, "выполнено", DISK + "/prikazy_nastavniki", ""),
            ("2.5", "ОО – участники муниципального мониторинга ЦМН", "ОО", "orgs_total", T["orgs_total"],
             T["orgs_total"], 11, "выполнено", None, "9 общеобразовательных организаций и 2 организации ДО"),
            ("2.6", "Соглашения ОО о наставничестве с предприятиями и иными организациями", "ед.", None, 7, None, 6,
             "выполнено", None, "СПК «Колхоз имени Мичурина», ООО «Сюрек-Агро», РДК, СДК, ДОСААФ и др."),
            ("2.7", "Семинары и совещания для кураторов ЦМН, проведённые ИМЦ", "ед.", None, 4, None, 4, "выполнено",
             None, "02.02, 18.04, 26.09, 05.12.2024"),
        ]),
        ("3. Методическое сопровождение и профессиональное развитие", [
            ("3.1", "Районные методические объединения (сообщества) наставников", "ед.",
             "municipal_methodical_associations", 1, 1, 1, "выполнено", f"{IMC}/rmo_shkola_nastavnika.pdf",
             "РМО «Школа наставника» (руководитель – Пестова Н.А., СОШ № 1), в 2024 г. проведено 4 заседания. "
             "Клуб молодого педагога «Старт» при ИМЦ в показатель не включён (объединение молодых педагогов, а не "
             "наставников)."),
            ("3.2", "ШМО наставников в ОО", "ед.", "school_methodical_associations",
             T["school_methodical_associations"], T["school_methodical_associations"], 6, "частично", None,
             "СОШ № 1, СОШ № 2, Сюрекская СОШ, Старокузебаевская СОШ, ДДТ"),
            ("3.3", "Педагоги, прошедшие КПК по вопросам наставничества в 2024 г.", "чел.", "kpk_trained",
             T["kpk_trained"], T["kpk_trained"], 10, "частично", DISK + "/KPK_2024",
             "АОУ ДПО УР ИРО, ЦНППМ; удостоверения собраны"),
            ("3.4", "Педагогических работников в ОО округа (всего)", "чел.", "teachers_municipal",
             T["teachers_municipal"], T["teachers_municipal"], "—", "—", None, "по данным ОО-1 и форм ОО-Н"),
            ("3.5", "в т.ч. молодых специалистов (до 35 лет, стаж до 3 лет)", "чел.", "young_specialists_municipal",
             T["young_specialists_municipal"], T["young_specialists_municipal"], "—", "—", None, ""),
            ("3.6", "Педагоги – наставники", "чел.", "teachers_mentors", T["teachers_mentors"], T["teachers_mentors"],
             100, "выполнено", None, ""),
            ("3.7", "Доля педагогов – наставников от общего числа педагогов", "%", "share_teachers_mentors",
             T["share_teachers_mentors"], T["share_teachers_mentors"], 40, "выполнено", None, "стр. 3.6 / стр. 3.4"),
            ("3.8", "Совет молодых педагогов округа", "имеется / не имеется", None, "Имеется", None, "Имеется",
             "выполнено", None, ""),
        ]),
        ("4. Конкурсы, распространение опыта", [
            ("4.1", "Муниципальные профессиональные конкурсы по наставничеству, проведённые в 2024 г.", "ед.",
             "contests", 2, 2, 1, "перевыполнено", f"{IMC}/konkursy_2024.pdf",
             "1) муниципальный конкурс «Наставник года – 2024» (март, 7 участников, победитель – Вахрушева О.Н., "
             "СОШ № 2); 2) конкурс методических разработок «Вместе к успеху» для пар «наставник – молодой педагог» "
             "(октябрь–ноябрь, 5 пар). Плановый конкурс проведён, второй – дополнительно по предложению РМО."),
            ("4.2", "Практики наставничества, размещённые на сайте ИМЦ / сайте Сообщества педагогов УР в 2024 г.",
             "ед.", "best_practices", 5, 5, 6, "частично", f"{IMC}/praktiki/",
             "3 практики победителей конкурсов на сайте ИМЦ, 2 – на сайте Сообщества педагогов УР"),
            ("4.3", "Педагоги округа – участники регионального этапа конкурса «Наставник года»", "чел.", None, 2,
             None, "—", "—", None, "Вахрушева О.Н. (СОШ № 2), Арасланова М.Г. (ДДТ)"),
        ]),
        ("5. Сетевое взаимодействие", [
            ("5.1", "Сетевое сообщество педагогов-наставников округа", "имеется / не имеется", "network_community",
             "Имеется", 1, "Имеется", "выполнено", "https://vk.com/nastavniki_vtalica",
             "сообщество «Наставники Верхней Талицы» в VK, 87 участников"),
            ("5.2", "Сетевые наставники (приказ МОиН УР от 29.12.2017 № 15/09)", "чел.", "network_mentors", 3, 3, 4,
             "частично", f"{IMC}/setevye_nastavniki.pdf", "Пестова Н.А., Вахрушева О.Н., Арасланова М.Г."),
        ]),
    ]
    row = 8
    for gtitle, rows in groups:
        start = row
        e.headings.append(gtitle)
        for (num, title, unit, crit, fact, exp, plan, mark, link, note) in rows:
            ALL_LABELS.append(title)
            put(ws, f"A{row}", num, align=CENTER)
            put(ws, f"C{row}", title)
            put(ws, f"D{row}", unit, align=CENTER)
            if crit is None:
                put(ws, f"E{row}", fact, align=CENTER)
                e.not_criteria.append(title)
            else:
                e.value(ws, f"E{row}", crit, exp, fact)
                ws[f"E{row}"].alignment = CENTER
            put(ws, f"F{row}", plan, align=CENTER)
            put(ws, f"G{row}", mark, align=CENTER)
            if link:
                e.link(ws, f"H{row}", crit, link)
            else:
                put(ws, f"H{row}", None)
            put(ws, f"I{row}", note or None)
            row += 1
        ws.merge_cells(f"B{start}:B{row - 1}")
        put(ws, f"B{start}", gtitle, bold=True, align=Alignment(wrap_text=True, vertical="center"))
    row += 1
    put(ws, f"C{row}", "Директор МКУ «ИМЦ»   ______________   Е.Г. Сунцова", border=False)
    row += 1
    put(ws, f"C{row}", "Исп.: Ложкина Т.В., методист, 8 (34163) 2-14-57", border=False)
    row += 1
    put(ws, f"C{row}", "20.01.2025", border=False)
    ws.freeze_panes = "C8"

    # ---- Sheet 2: per-school breakdown
    ws2 = wb.create_sheet("По ОО")
    e2 = Entry(MUN_FILE, ws2.title, [o[0] for o in ORGS])
    e2.values = {i: {} for i in range(len(ORGS))}
    widths(ws2, [5, 28, 20, 12, 15, 15, 16, 9, 9, 70])
    ws2.merge_cells("A1:J1")
    put(ws2, "A1", "Сведения по образовательным организациям (к отчёту ИМЦ за 2024 год), по данным форм ОО-Н и "
                   "приказов ОО", bold=True, border=False)
    heads = {"A3": "№", "B3": "ОО", "C3": "Куратор ЦМН (ФИО)", "D3": "Кол-во кураторов, чел.",
             "E3": "Положение о наставничестве педагогов", "F3": "Положение о наставничестве обучающихся",
             "G3": "Справка по итогам внутр. мониторинга за 2024 г.", "H3": "Наставники по приказу ОО, чел.",
             "J3": "Примечание"}
    for ref, h in heads.items():
        put(ws2, ref, h, bold=True, align=CENTER, fill=HEAD)
    for col in "ABCDEFGJ":
        ws2.merge_cells(f"{col}3:{col}4")
    ws2.merge_cells("H3:I3")
    put(ws2, "H4", "план", bold=True, align=CENTER, fill=HEAD)
    put(ws2, "I4", "факт", bold=True, align=CENTER, fill=HEAD)
    box_range(ws2, "A3:J4")
    ws2.row_dimensions[3].height = 48
    e2.not_criteria += ["Куратор ЦМН (ФИО)", "план", "Итого по округу"]
    e2.headings.append("Наставники по приказу ОО, чел.")
    r = 5
    for i, (name, fio, ncur, regt, regs, note, plan, fact, remark) in enumerate(ORGS):
        put(ws2, f"A{r}", i + 1, align=CENTER)
        put(ws2, f"B{r}", name)
        put(ws2, f"C{r}", fio)
        e2.value(ws2, f"D{r}", "curators_total", ncur, ncur, org=i)
        e2.value(ws2, f"E{r}", "orgs_regulation_teachers", YN[regt], regt, org=i)
        e2.value(ws2, f"F{r}", "orgs_regulation_students", YN[regs], regs, org=i)
        e2.value(ws2, f"G{r}", "internal_monitoring_notes", YN[note], note, org=i)
        put(ws2, f"H{r}", plan, align=CENTER)
        e2.value(ws2, f"I{r}", "mentors_total", fact, fact, org=i)
        put(ws2, f"J{r}", remark or None)
        for c in "DEFGI":
            ws2[f"{c}{r}"].alignment = CENTER
        r += 1
    put(ws2, f"A{r}", None)
    put(ws2, f"B{r}", "Итого по округу", bold=True)
    put(ws2, f"C{r}", None)
    tot = [("D", T["curators_total"]), ("E", T["orgs_regulation_teachers"]), ("F", T["orgs_regulation_students"]),
           ("G", T["internal_monitoring_notes"]), ("H", sum(o[6] for o in ORGS)), ("I", T["mentors_total"])]
    for c, v in tot:
        put(ws2, f"{c}{r}", v, bold=True, align=CENTER)
    put(ws2, f"J{r}", "в графах 5–7 – число ОО, где документ имеется", bold=True)
    ws2.freeze_panes = "C5"
    ws.page_setup.orientation = "landscape"
    ws2.page_setup.orientation = "landscape"
    fit_rows(ws)
    fit_rows(ws2)
    wb.save(HERE / MUN_FILE)
    return T


def main():
    TYPED.mkdir(exist_ok=True)
    for p in TYPED.glob("*.xlsx"):
        p.unlink()
    T = municipal_workbook()
    for d in FORMS:
        org_form(d)

    # consistency of the forms with the per-school sheet
    shortidx = {o[0]: o for o in ORGS}
    for d in FORMS:
        o = shortidx[d["short"]]
        r = d["rows"]
        assert r["cur"][1] == o[2], d["short"]
        assert YN_ANY[r["reg_t"][0].lower()] == YN[o[3]]
        assert YN_ANY[r["reg_s"][0].lower()] == YN[o[4]]
        assert YN_ANY[r["note"][0].lower()] == YN[o[5]]
        assert r["m"] == o[7]
        assert r["m"] == r["m_t"] + r["m_15"] + r["m_ext"] + r["m_ent"] + r["m_oth"], d["short"]
        assert r["e_10"] == sum(r[k] for k in ("e_risk", "e_gift", "e_ovz", "e_low", "e_car", "e_oth"))
        assert r["e"] >= r["e_10"] + r["e_ys"] + r["e_t"]
        assert r["pp_all"] == sum(r[k] for k in ("pp_pp", "pp_tt", "pp_ht", "pp_tp", "pp_oth"))
        c = d["contingent"]
        assert c[3] == c[4] + c[5] and c[1] <= c[0] and c[2] <= c[1]
        assert r["e_10"] <= c[1] and r["m_15"] <= c[2] and r["e_ys"] <= c[4] and r["e_t"] <= c[5]
        assert r["m_ys"] <= r["m_t"] <= c[3] and r["m_ys"] <= c[4]
    mon_orders = sum(YN_ANY[d["rows"]["mon"][0].lower()] for d in FORMS) + 5  # СОШ2, Старокуз., Дёмк., Нижн., Паздер.
    assert mon_orders == 9

    # verbatim check: no typed title copies a catalogue wording
    wordings = set()
    for row in CATALOGUE.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row[k]:
                wordings.add(row[k].strip().lower())
    verbatim = [lbl for lbl in ALL_LABELS if lbl.strip().lower() in wordings]
    assert not verbatim, verbatim

    out = [en.json() for en in ENTRIES]
    (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": CELLS}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nvals = nlinks = 0
    for en in out:
        if isinstance(en["organisation"], list):
            nvals += sum(len(v) for v in en["values"])
            nlinks += sum(len(v) for v in en["links"])
        else:
            nvals += len(en["values"])
            nlinks += len(en["links"])
        print(f'{en["file"]} [{en.get("sheet", "")}] values={sum(len(v) for v in en["values"]) if isinstance(en["values"], list) else len(en["values"])}'
              f' links={sum(len(v) for v in en["links"]) if isinstance(en["links"], list) else len(en["links"])}')
    files = sorted({en["file"] for en in out})
    print(f"files={len(files)} entries={len(out)} values={nvals} links={nlinks} labels={len(ALL_LABELS)} verbatim=0")
    print("municipal totals:", T)


if __name__ == "__main__":
    main()
