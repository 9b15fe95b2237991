#!/usr/bin/env python3
"""Held-out set 61: monitoring forms of institutions of additional education (ДОП) of the
invented Новокамский муниципальный округ, 2024.

Writes typed/*.xlsx, expected.json and cells.json. Deterministic: all data are fixed below.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")
BOLD = Font(name="Times New Roman", size=12, bold=True)
NORMAL = Font(name="Times New Roman", size=12)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECT_FILL = PatternFill("solid", fgColor="F2F2F2")


class Form:
    """One form (one organisation, or one table of several organisations)."""

    def __init__(self, file, sheet, organisation, multi=False):
        self.file = "typed/" + file
        self.sheet = sheet
        self.organisation = organisation
        self.multi = multi
        if multi:
            self.values = [dict() for _ in organisation]
            self.links = [dict() for _ in organisation]
        else:
            self.values = {}
            self.links = {}
        self.not_criteria = []
        self.headings = []
        self.cells = []

    def _org(self, i):
        return self.organisation[i] if self.multi else self.organisation

    def value(self, crit, ref, expected, i=None):
        tgt = self.values[i] if self.multi else self.values
        assert crit not in tgt, (self.file, crit)
        tgt[crit] = expected
        self.cells.append({"file": self.file, "sheet": self.sheet, "cell": ref, "kind": "value",
                           "criterion": crit, "organisation": self._org(i), "expected": expected})

    def link(self, crit, ref, url, via="text", i=None):
        tgt = self.links[i] if self.multi else self.links
        assert crit not in tgt, (self.file, crit)
        tgt[crit] = url
        self.cells.append({"file": self.file, "sheet": self.sheet, "cell": ref, "kind": "link",
                           "via": via, "criterion": crit, "organisation": self._org(i), "expected": url})

    def expected(self):
        return {"file": self.file, "year": 2024, "organisation": self.organisation,
                "values": self.values, "links": self.links,
                "not_criteria": self.not_criteria, "headings": self.headings}


def style_range(ws, r1, c1, r2, c2, font=NORMAL, align=WRAP, fill=None):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BORDER
            cell.font = font
            cell.alignment = align
            if fill is not None:
                cell.fill = fill


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def title(ws, row, text, ncols, bold=True, size=12):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(name="Times New Roman", size=size, bold=bold)
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ---------------------------------------------------------------------------------------------
# Municipality and organisations (invented)
# ---------------------------------------------------------------------------------------------
MUN = "Новокамский муниципальный округ"

ORG_DDT = "МБУ ДО «Дом детского творчества» г. Новокамска"
ORG_CDT = "МБУ ДО «Центр детского творчества «Радуга»"
ORG_SYUT = "МБУ ДО «Станция юных техников» г. Новокамска"
ORG_DYUSSH = "МБУ ДО «Детско-юношеская спортивная школа № 1»"
ORG_DSHI = "МБУ ДО «Детская школа искусств № 2» г. Новокамска"
ORG_KVANT = "МАУ ДО «Детский технопарк «Кванториум» г. Новокамска"
ORG_SYUN = "МБУ ДО «Станция юных натуралистов»"
ORG_ROVESNIK = "МБУ ДО «Центр внешкольной работы «Ровесник»"
ORG_PATRIOT = "МБУ ДО «Детско-юношеский центр «Патриот»"


# ---------------------------------------------------------------------------------------------
# File 1. ДДТ: a plain form  № | показатель | значение | ссылка
# ---------------------------------------------------------------------------------------------
def file_ddt():
    f = Form("ДДТ_мониторинг_ЦМН_2024.xlsx", "Мониторинг 2024", ORG_DDT)
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    site = "https://ddt-novokamsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    H, C, D = "H", "C", "D"
    rows = [
        (H, "1. Нормативное и организационное обеспечение"),
        (C, "1.1", "Приказ об утверждении Положения о наставничестве педагогических работников ДДТ (да/нет)",
         "orgs_regulation_teachers", "да", 1, site + "prikaz_45-od_polozhenie_pedagogi.pdf"),
        (C, "1.2", "Приказ об утверждении Положения о наставничестве обучающихся объединений (да/нет)",
         "orgs_regulation_students", "да", 1, site + "prikaz_46-od_polozhenie_obuchayushchiesya.pdf"),
        (C, "1.3", "Приказ о проведении внутреннего мониторинга реализации ЦМН в ДДТ (да/нет)",
         "orgs_monitoring_order", "да", 1, site + "prikaz_112-od_monitoring_2024.pdf"),
        (C, "1.4", "Аналитическая справка по итогам внутреннего мониторинга за 2024 год (да/нет)",
         "internal_monitoring_notes", "да", 1, site + "spravka_monitoring_2024.pdf"),
        (C, "1.5", "Число кураторов ЦМН в учреждении, чел.", "curators_total", 1, 1,
         site + "prikaz_44-od_kurator.pdf"),
        (D, "1.6", "Куратор (Ф.И.О., должность)", "Сафина Лилия Рашитовна, методист", None),
        (C, "1.7", "Локальный акт о доплатах за наставническую деятельность, кол-во", "pay_acts", 1, 1,
         site + "polozhenie_ob_oplate_truda_2024.pdf"),
        (C, "1.8", "Локальные акты о нематериальном поощрении наставников, кол-во", "nonmaterial_acts", 1, 1,
         site + "polozhenie_o_nematerialnom_pooshchrenii.pdf"),
        (H, "2. Партнёрство (внешний контур наставничества)"),
        (C, "2.1", "Соглашения со школами и другими ОО, направившими своих работников наставниками, ед.",
         "agreements_edu_orgs", 2, 2, site + "soglasheniya_oo_2024.pdf"),
        (C, "2.2", "Соглашения с предприятиями (наставники из числа работников предприятия), ед.",
         "agreements_enterprises", 1, 1, site + "soglashenie_nmz_2024.pdf"),
        (C, "2.3", "Соглашения с иными организациями (НКО, учреждения культуры и спорта), направившими наставников, ед.",
         "agreements_other_orgs", 1, 1, site + "soglashenie_ano_dobroe_serdce.pdf"),
        (C, "2.4", "Партнёры ДДТ по наставничеству (перечень)", "partner_list",
         "МБОУ «СОШ № 3», МБОУ «Гимназия № 1», АО «Новокамский механический завод», "
         "АНО «Центр волонтёров «Доброе сердце»",
         "МБОУ «СОШ № 3», МБОУ «Гимназия № 1», АО «Новокамский механический завод», "
         "АНО «Центр волонтёров «Доброе сердце»", None),
        (C, "2.5", "Наставники из других образовательных организаций (по приказу), чел.",
         "external_edu_mentors", 2, 2, site + "prikaz_118-od_pary_2024.pdf"),
        (C, "2.6", "Наставники — работники предприятий, чел.", "enterprise_mentors", 1, 1,
         site + "prikaz_118-od_pary_2024.pdf"),
        (C, "2.7", "Наставники из иных организаций, чел.", "other_org_mentors", 1, 1,
         site + "prikaz_118-od_pary_2024.pdf"),
        (D, "2.8", "Договоры о сетевой форме реализации дополнительных общеобразовательных программ со школами, ед.",
         5, None),
        (H, "3. Наставники и наставляемые"),
        (C, "3.1", "Наставников в базе ДДТ (приказ о закреплении наставнических пар), чел.", "mentors_total",
         45, 45, site + "prikaz_118-od_pary_2024.pdf"),
        (C, "3.2", "Наставляемых в базе ДДТ (приказ о закреплении наставнических пар), чел.", "mentees_total",
         206, 206, site + "prikaz_118-od_pary_2024.pdf"),
        (D, "3.3", "Количество объединений ДДТ, ед.", 96, None),
        (D, "3.4", "Обучающиеся объединений в возрасте 5–18 лет, всего, чел.", 2380, None),
        (D, "3.5", "из них вошли в программы наставничества в роли наставляемых (5–18 лет), чел.", 192, None),
        (C, "3.6", "Обучающиеся в возрасте 10–19 лет (всего в ДДТ), чел.", "students_10_19", 1240, 1240, None),
        (C, "3.7", "из них — наставляемые (10–19 лет), чел.", "mentees_10_19", 186, 186,
         site + "baza_nastavlyaemyh_2024.pdf"),
        (C, "3.8", "Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19", 15, 15, None),
        (C, "3.9", "в т.ч. наставляемые из «группы риска», чел.", "mentees_risk", 7, 7,
         site + "baza_nastavlyaemyh_2024.pdf"),
        (C, "3.10", "в т.ч. одарённые дети (включены в реестры), чел.", "mentees_gifted", 22, 22,
         site + "baza_nastavlyaemyh_2024.pdf"),
        (C, "3.11", "в т.ч. дети с ОВЗ, дети-инвалиды, чел.", "mentees_disabled", 9, 9,
         site + "baza_nastavlyaemyh_2024.pdf"),
        (C, "3.12", "в т.ч. с низкой учебной мотивацией, неуспевающие, чел.", "mentees_low_motivation", 4, 4,
         site + "baza_nastavlyaemyh_2024.pdf"),
        (C, "3.13", "в т.ч. испытывающие затруднения в выборе профессии, образовательной траектории, чел.",
         "mentees_career", 31, 31, site + "baza_nastavlyaemyh_2024.pdf"),
        (C, "3.14", "в т.ч. по иным основаниям, чел.", "mentees_other_params", 18, 18,
         site + "baza_nastavlyaemyh_2024.pdf"),
        (C, "3.15", "Обучающиеся в возрасте 15–19 лет, всего, чел.", "students_15_19", 410, 410, None),
        (C, "3.16", "Обучающиеся 15–19 лет — наставники (по приказу), чел.", "mentors_15_19", 28, 28,
         site + "prikaz_118-od_pary_2024.pdf"),
        (C, "3.17", "Доля обучающихся 15–19 лет в роли наставников, %", "share_mentors_15_19", 6.83, 6.83, None),
        (D, "3.18", "Студенты-практиканты, закреплённые за педагогами-наставниками, чел.", 4, None),
        (H, "4. Персонализированные программы наставничества (ПП)"),
        (C, "4.1", "ПП всего, ед.", "pp_total", 21, 21, site + "pp_2024.zip"),
        (C, "4.2", "ПП «воспитанник – воспитанник», ед.", "pp_pupil_pupil", 6, 6, site + "pp_2024.zip"),
        (C, "4.3", "ПП «педагог – педагог», ед.", "pp_teacher_teacher", 8, 8, site + "pp_2024.zip"),
        (C, "4.4", "ПП «студент – студент», ед.", "pp_student_student", 0, 0, None),
        (C, "4.5", "ПП «руководитель – педагог», ед.", "pp_head_teacher", 1, 1, site + "pp_2024.zip"),
        (C, "4.6", "ПП «студент – воспитанник», ед.", "pp_student_pupil", 0, 0, None),
        (C, "4.7", "ПП «педагог – воспитанник», ед.", "pp_teacher_pupil", 5, 5, site + "pp_2024.zip"),
        (C, "4.8", "ПП иной формы («выпускник ДДТ – воспитанник»), ед.", "pp_other", 1, 1, site + "pp_2024.zip"),
        (C, "4.9", "Педагоги, занятые в утверждённых ПП, чел.", "teachers_in_pp", 20, 20, site + "pp_2024.zip"),
        (H, "5. Педагогические кадры"),
        (C, "5.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "young_specialists", 9, 9, None),
        (C, "5.2", "из них — наставляемые, чел.", "young_specialists_mentees", 8, 8,
         site + "prikaz_118-od_pary_2024.pdf"),
        (C, "5.3", "Доля молодых специалистов в роли наставляемых, %", "share_young_specialists_mentees",
         88.89, 88.89, None),
        (C, "5.4", "Педагоги дополнительного образования (кроме молодых специалистов), чел.", "teachers_other",
         38, 38, None),
        (C, "5.5", "из них — наставляемые, чел.", "teachers_other_mentees", 6, 6,
         site + "prikaz_118-od_pary_2024.pdf"),
        (C, "5.6", "Доля педагогов ДО в роли наставляемых (включая молодых специалистов), %",
         "share_teachers_mentees", 29.79, 29.79, None),
        (C, "5.7", "Педагоги ДО — наставники, чел.", "teachers_mentors", 13, 13,
         site + "prikaz_118-od_pary_2024.pdf"),
        (C, "5.8", "Молодые специалисты — наставники, чел.", "young_specialists_mentors", 1, 1,
         site + "prikaz_118-od_pary_2024.pdf"),
        (C, "5.9", "Доля педагогов-наставников от общего числа педагогов ДО, %", "share_teachers_mentors",
         27.66, 27.66, None),
        (C, "5.10", "Доля молодых специалистов в роли наставников, %", "share_young_specialists_mentors",
         11.11, 11.11, None),
        (D, "5.11", "Методисты и педагоги-организаторы, чел.", 6, None),
        (C, "5.12", "Прошли КПК по вопросам наставничества в 2024 году, чел.", "kpk_trained", 3, 3,
         site + "udostovereniya_kpk_2024.pdf"),
        (C, "5.13", "Наименование КПК", "kpk_courses",
         "«Целевая модель наставничества в дополнительном образовании детей: организационные, методологические "
         "и технологические основы», 36 ч., 2024",
         "«Целевая модель наставничества в дополнительном образовании детей: организационные, методологические "
         "и технологические основы», 36 ч., 2024", None),
        (C, "5.14", "Методическое объединение (сообщество) наставников ДДТ, кол-во",
         "school_methodical_associations", 1, 1, site + "prikaz_50-od_mo_nastavnikov.pdf"),
        (H, "6. Результативность"),
        (C, "6.1", "Удовлетворённость наставляемых по итогам анкетирования (завершённые программы), %",
         "satisfaction_mentees", 92, 92, site + "anketirovanie_2024.pdf"),
        (C, "6.2", "Удовлетворённость наставников (завершённые программы), %", "satisfaction_mentors", 88, 88,
         site + "anketirovanie_2024.pdf"),
        (D, "6.3", "Конкурс наставнических пар «Вместе к успеху» (проведён в ДДТ, да/нет)", "да",
         site + "polozhenie_konkurs_par.pdf"),
    ]
    title(ws, 1, "Мониторинг реализации целевой модели наставничества", 4)
    title(ws, 2, ORG_DDT + " (" + MUN + ") за 2024 год", 4)
    ws.cell(row=3, column=1, value="Дата заполнения: 18.11.2024").font = NORMAL
    hdr = ["№ п/п", "Наименование показателя", "Значение", "Ссылка на подтверждающий документ"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=5, column=j, value=h)
    style_range(ws, 5, 1, 5, 4, font=BOLD, align=CENTER, fill=HEAD_FILL)
    r = 6
    for row in rows:
        if row[0] == H:
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            style_range(ws, r, 1, r, 4, font=BOLD, fill=SECT_FILL)
            f.headings.append(row[1])
        elif row[0] == C:
            _, num, label, crit, written, exp, url = row
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=written)
            f.value(crit, "C%d" % r, exp)
            if url:
                ws.cell(row=r, column=4, value=url)
                f.link(crit, "D%d" % r, url)
            style_range(ws, r, 1, r, 4)
        else:
            _, num, label, written, url = row
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=written)
            if url:
                ws.cell(row=r, column=4, value=url)
            f.not_criteria.append(label)
            style_range(ws, r, 1, r, 4)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Директор МБУ ДО «ДДТ» ____________ Н.В. Корепанова").font = NORMAL
    ws.cell(row=r + 1, column=2, value="Исполнитель: Сафина Л.Р., методист, тел. 8 (34147) 3-12-45").font = NORMAL
    widths(ws, [7, 62, 22, 70])
    wb.save(os.path.join(TYPED, os.path.basename(f.file)))
    return [f]


# ---------------------------------------------------------------------------------------------
# File 2. ЦДТ «Радуга»: a form with a units column  № | показатель | ед. изм. | 2024 | источник
# ---------------------------------------------------------------------------------------------
def file_cdt():
    f = Form("ЦДТ Радуга - наставничество 2024.xlsx", "Форма", ORG_CDT)
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    site = "https://cdt-raduga.edu.ru/upload/nastavnichestvo/2024/"
    H, C, D = "H", "C", "D"
    subj = ("Совместная реализация программ наставничества в хореографических и вокальных объединениях; "
            "привлечение специалистов ДК «Юбилейный», студентов педагогического колледжа и ветеранов "
            "педагогического труда в качестве наставников")
    partners = ("ГБПОУ «Новокамский педагогический колледж»; МАУК «Дворец культуры «Юбилейный»; "
                "Новокамская городская общественная организация «Совет ветеранов педагогического труда»")
    course = ("«Наставничество в системе дополнительного образования: технологии сопровождения молодого "
              "педагога», АОУ ДПО «Институт развития образования», 24 ч., март 2024")
    rows = [
        (H, "Раздел I. Нормативная база"),
        (C, "1", "Положение о наставничестве педагогических работников ЦДТ (утверждено приказом)", "да/нет",
         "orgs_regulation_teachers", "да", 1, site + "polozhenie_nastavnichestvo_pedagogov.pdf"),
        (C, "2", "Положение о наставничестве обучающихся (воспитанников) ЦДТ (утверждено приказом)", "да/нет",
         "orgs_regulation_students", "да", 1, site + "polozhenie_nastavnichestvo_vospitannikov.pdf"),
        (C, "3", "Приказ о мониторинге внедрения ЦМН", "да/нет", "orgs_monitoring_order", "да", 1,
         site + "prikaz_monitoring_cmn.pdf"),
        (C, "4", "Информационная справка по итогам внутреннего мониторинга", "да/нет",
         "internal_monitoring_notes", "нет", 0, None),
        (C, "5", "Кураторы ЦМН (заместитель директора по УВР, методист)", "чел.", "curators_total", 2, 2,
         site + "prikaz_kuratory.pdf"),
        (C, "6", "Локальный акт об оплате работы наставников", "ед.", "pay_acts", 0, 0, None),
        (C, "7", "Положение о нематериальном стимулировании наставников", "ед.", "nonmaterial_acts", 1, 1,
         site + "polozhenie_nematerialnoe_stimulirovanie.pdf"),
        (H, "Раздел II. Взаимодействие с партнёрами"),
        (C, "8", "Соглашения с образовательными организациями (наставники от партнёра)", "ед.",
         "agreements_edu_orgs", 1, 1, site + "soglashenie_pedkolledzh.pdf"),
        (C, "9", "Соглашения с предприятиями (наставники от предприятия)", "ед.", "agreements_enterprises",
         0, 0, None),
        (C, "10", "Соглашения с иными организациями (наставники от партнёра)", "ед.", "agreements_other_orgs",
         2, 2, site + "soglasheniya_dk_sovet_veteranov.pdf"),
        (C, "11", "Предмет соглашений", "текст", "agreement_subjects", subj, subj, None),
        (C, "12", "Организации-партнёры по наставничеству", "перечень", "partner_list", partners, partners, None),
        (C, "13", "Наставники из образовательных организаций-партнёров", "чел.", "external_edu_mentors", 1, 1,
         site + "prikaz_pary_2024.pdf"),
        (C, "14", "Наставники из иных организаций (ДК, общественные организации)", "чел.", "other_org_mentors",
         2, 2, site + "prikaz_pary_2024.pdf"),
        (C, "15", "Наставники — работники предприятий", "чел.", "enterprise_mentors", 0, 0, None),
        (H, "Раздел III. Наставники и наставляемые"),
        (C, "16", "Наставники (по приказу о закреплении пар/групп)", "чел.", "mentors_total", 24, 24,
         site + "prikaz_pary_2024.pdf"),
        (C, "17", "Наставляемые (по приказу о закреплении пар/групп)", "чел.", "mentees_total", 68, 68,
         site + "prikaz_pary_2024.pdf"),
        (D, "18", "Объединения ЦДТ", "ед.", 58, None),
        (D, "19", "Воспитанники в возрасте 5–18 лет", "чел.", 1630, None),
        (D, "20", "Воспитанники 5–18 лет в роли наставляемых", "чел.", 60, site + "baza_nastavlyaemyh.pdf"),
        (D, "21", "Доля воспитанников 5–18 лет, вошедших в программы наставничества", "%", 3.68, None),
        (C, "22", "Наставляемые из числа одарённых детей (реестр одарённых детей)", "чел.", "mentees_gifted",
         11, 11, site + "baza_nastavlyaemyh.pdf"),
        (C, "23", "Воспитанники в возрасте 15–19 лет", "чел.", "students_15_19", 240, 240, None),
        (C, "24", "Воспитанники 15–19 лет — наставники (по приказу)", "чел.", "mentors_15_19", 12, 12,
         site + "prikaz_pary_2024.pdf"),
        (C, "25", "Доля воспитанников 15–19 лет в роли наставников", "%", "share_mentors_15_19", 5, 5, None),
        (H, "Раздел IV. Персонализированные программы наставничества"),
        (C, "26", "Персонализированные программы, всего", "ед.", "pp_total", 15, 15, site + "pp_2024.pdf"),
        (C, "27", "в т.ч. «педагог – педагог»", "ед.", "pp_teacher_teacher", 4, 4, site + "pp_2024.pdf"),
        (C, "28", "в т.ч. «педагог – воспитанник»", "ед.", "pp_teacher_pupil", 6, 6, site + "pp_2024.pdf"),
        (C, "29", "в т.ч. «воспитанник – воспитанник»", "ед.", "pp_pupil_pupil", 3, 3, site + "pp_2024.pdf"),
        (C, "30", "в т.ч. «руководитель – педагог»", "ед.", "pp_head_teacher", 1, 1, site + "pp_2024.pdf"),
        (C, "31", "в т.ч. «студент-практикант – воспитанник»", "ед.", "pp_student_pupil", 1, 1,
         site + "pp_2024.pdf"),
        (C, "32", "в т.ч. иные формы", "ед.", "pp_other", 0, 0, None),
        (C, "33", "Педагоги — участники персонализированных программ", "чел.", "teachers_in_pp", 9, 9,
         site + "pp_2024.pdf"),
        (H, "Раздел V. Кадры"),
        (C, "34", "Молодые специалисты (до 35 лет, стаж работы до 3 лет)", "чел.", "young_specialists", 5, 5,
         None),
        (C, "35", "— из них в роли наставляемых", "чел.", "young_specialists_mentees", 5, 5,
         site + "prikaz_pary_2024.pdf"),
        (C, "36", "Педагоги дополнительного образования без учёта молодых специалистов", "чел.",
         "teachers_other", 27, 27, None),
        (C, "37", "— из них в роли наставляемых", "чел.", "teachers_other_mentees", 3, 3,
         site + "prikaz_pary_2024.pdf"),
        (C, "38", "Доля молодых специалистов — наставляемых", "%", "share_young_specialists_mentees", 100, 100,
         None),
        (C, "39", "Доля педагогов — наставляемых (от всех педагогов ЦДТ)", "%", "share_teachers_mentees",
         25, 25, None),
        (C, "40", "Педагоги — наставники", "чел.", "teachers_mentors", 8, 8, site + "prikaz_pary_2024.pdf"),
        (C, "41", "Молодые специалисты — наставники", "чел.", "young_specialists_mentors", 0, 0, None),
        (C, "42", "Доля педагогов — наставников (от всех педагогов ЦДТ)", "%", "share_teachers_mentors", 25, 25,
         None),
        (D, "43", "Студенты-практиканты педагогического колледжа (педагогическая практика)", "чел.", 6, None),
        (C, "44", "Обучены на КПК по наставничеству в 2024 году", "чел.", "kpk_trained", 2, 2,
         site + "udostovereniya_kpk.pdf"),
        (C, "45", "Тема КПК", "текст", "kpk_courses", course, course, None),
        (C, "46", "Методическое объединение наставников ЦДТ", "ед.", "school_methodical_associations", 1, 1,
         site + "prikaz_mo_nastavnikov.pdf"),
        (H, "Раздел VI. Удовлетворённость участников завершённых программ"),
        (C, "47", "Удовлетворённость наставляемых", "%", "satisfaction_mentees", 87.5, 87.5,
         site + "anketa_itogi_2024.pdf"),
        (C, "48", "Удовлетворённость наставников", "%", "satisfaction_mentors", 91, 91,
         site + "anketa_itogi_2024.pdf"),
        (D, "49", "Конкурс наставнических пар, проведённый в ЦДТ", "ед.", 1, None),
    ]
    title(ws, 1, "Отчёт о реализации целевой модели наставничества за 2024 год", 5)
    title(ws, 2, ORG_CDT, 5)
    hdr = ["№", "Показатель", "Ед. изм.", "2024 год", "Источник (ссылка)"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_range(ws, 4, 1, 4, 5, font=BOLD, align=CENTER, fill=HEAD_FILL)
    r = 5
    for row in rows:
        if row[0] == H:
            ws.cell(row=r, column=2, value=row[1])
            style_range(ws, r, 1, r, 5, font=BOLD, fill=SECT_FILL)
            f.headings.append(row[1])
        elif row[0] == C:
            _, num, label, unit, crit, written, exp, url = row
            ws.cell(row=r, column=1, value=int(num))
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=written)
            f.value(crit, "D%d" % r, exp)
            if url:
                ws.cell(row=r, column=5, value=url)
                f.link(crit, "E%d" % r, url)
            style_range(ws, r, 1, r, 5)
        else:
            _, num, label, unit, written, url = row
            ws.cell(row=r, column=1, value=int(num))
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=written)
            if url:
                ws.cell(row=r, column=5, value=url)
            f.not_criteria.append(label)
            style_range(ws, r, 1, r, 5)
        r += 1
    ws.cell(row=r + 1, column=2, value="Ответственный: Лекомцева О.П., заместитель директора по УВР").font = NORMAL
    widths(ws, [6, 60, 10, 40, 60])
    wb.save(os.path.join(TYPED, os.path.basename(f.file)))
    return [f]


# ---------------------------------------------------------------------------------------------
# File 3. Станция юных техников: «план / факт»
# ---------------------------------------------------------------------------------------------
def file_syut():
    f = Form("СЮТ_ЦМН_план-факт_2024.xlsx", "План-факт", ORG_SYUT)
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    site = "https://syut-novokamsk.gosuslugi.ru/netcat_files/nastavnichestvo/"
    H, C, D, E = "H", "C", "D", "E"
    partners = ("АО «Новокамский механический завод», ООО «Камаэлектро», "
                "ГБПОУ «Новокамский политехнический колледж»")
    PCT = "0%"
    # (C, num, label, crit, plan, fact, expected, url [, number format])
    rows = [
        (H, "1. Организационно-нормативное обеспечение"),
        (C, "1.1", "Положение о наставничестве педагогов СЮТ", "orgs_regulation_teachers", "да", "да", 1,
         site + "polozhenie_pedagogi.pdf"),
        (C, "1.2", "Положение о наставничестве обучающихся", "orgs_regulation_students", "да", "да", 1,
         site + "polozhenie_obuchayushchiesya.pdf"),
        (C, "1.3", "Приказ о мониторинге ЦМН на станции", "orgs_monitoring_order", "да", "да", 1,
         site + "prikaz_monitoring_2024.pdf"),
        (C, "1.4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "да", "да", 1,
         site + "spravka_itogi_monitoringa_2024.pdf"),
        (C, "1.5", "Куратор ЦМН, чел.", "curators_total", 1, 1, 1, site + "prikaz_kurator.pdf"),
        (H, "2. Внешний контур наставничества"),
        (C, "2.1", "Договоры с предприятиями о привлечении наставников, ед.", "agreements_enterprises", 3, 2, 2,
         site + "dogovory_predpriyatiya.pdf"),
        (C, "2.2", "Наставники — специалисты предприятий, чел.", "enterprise_mentors", 4, 3, 3,
         site + "prikaz_pary_2024.pdf"),
        (C, "2.3", "Договоры с образовательными организациями (колледж, школы) о привлечении наставников, ед.",
         "agreements_edu_orgs", 1, 1, 1, site + "dogovor_politeh_kolledzh.pdf"),
        (C, "2.4", "Наставники из образовательных организаций-партнёров, чел.", "external_edu_mentors", 2, 2, 2,
         site + "prikaz_pary_2024.pdf"),
        (C, "2.5", "Организации-партнёры", "partner_list", "—", partners, partners, None),
        (D, "2.6", "Экскурсии на предприятия в рамках профориентации, ед.", 6, 8),
        (H, "3. Наставники и наставляемые"),
        (C, "3.1", "Наставники (приказ о закреплении), чел.", "mentors_total", 18, 19, 19,
         site + "prikaz_pary_2024.pdf"),
        (C, "3.2", "Наставляемые (приказ о закреплении), чел.", "mentees_total", 40, 38, 38,
         site + "prikaz_pary_2024.pdf"),
        (C, "3.3", "Обучающиеся в возрасте 10–19 лет, чел.", "students_10_19", 500, 520, 520, None),
        (C, "3.4", "Наставляемые 10–19 лет, чел.", "mentees_10_19", 40, 33, 33, site + "baza_nastavlyaemyh.pdf"),
        (C, "3.5", "Доля наставляемых 10–19 лет", "share_mentees_10_19", 0.08, 0.0635, 6.35, None, "0.00%"),
        (C, "3.6", "в т.ч. испытывающие трудности в профессиональном самоопределении, чел.", "mentees_career",
         10, 14, 14, site + "baza_nastavlyaemyh.pdf"),
        (C, "3.7", "в т.ч. одарённые дети (реестр), чел.", "mentees_gifted", 5, 6, 6,
         site + "baza_nastavlyaemyh.pdf"),
        (C, "3.8", "в т.ч. группа риска, чел.", "mentees_risk", 2, 2, 2, site + "baza_nastavlyaemyh.pdf"),
        (C, "3.9", "в т.ч. ОВЗ / инвалидность, чел.", "mentees_disabled", 1, 1, 1, site + "baza_nastavlyaemyh.pdf"),
        (E, "3.10", "в т.ч. низкая мотивация, неуспеваемость, чел.", 2, None),
        (C, "3.11", "Обучающиеся в возрасте 15–19 лет, чел.", "students_15_19", 150, 150, 150, None),
        (C, "3.12", "Обучающиеся 15–19 лет — наставники (приказ), чел.", "mentors_15_19", 8, 6, 6,
         site + "prikaz_pary_2024.pdf"),
        (C, "3.13", "Доля наставников 15–19 лет", "share_mentors_15_19", 0.053, 0.04, 4, None, "0.0%"),
        (H, "4. Персонализированные программы"),
        (C, "4.1", "ПП всего, ед.", "pp_total", 10, 9, 9, site + "pp_2024.pdf"),
        (C, "4.2", "«педагог – педагог», ед.", "pp_teacher_teacher", 2, 2, 2, site + "pp_2024.pdf"),
        (C, "4.3", "«педагог – обучающийся», ед.", "pp_teacher_pupil", 4, 4, 4, site + "pp_2024.pdf"),
        (C, "4.4", "«обучающийся – обучающийся», ед.", "pp_pupil_pupil", 2, 1, 1, site + "pp_2024.pdf"),
        (C, "4.5", "иная форма: «работодатель – обучающийся», ед.", "pp_other", 2, 2, 2, site + "pp_2024.pdf"),
        (H, "5. Кадры и удовлетворённость"),
        (C, "5.1", "Молодые специалисты, чел.", "young_specialists", 3, 3, 3, None),
        (C, "5.2", "Молодые специалисты — наставляемые, чел.", "young_specialists_mentees", 3, 3, 3,
         site + "prikaz_pary_2024.pdf"),
        (C, "5.3", "Доля молодых специалистов — наставляемых", "share_young_specialists_mentees", 1, 1, 100,
         None, PCT),
        (C, "5.4", "Педагоги (без молодых специалистов), чел.", "teachers_other", 14, 14, 14, None),
        (C, "5.5", "Педагоги — наставляемые, чел.", "teachers_other_mentees", 2, 2, 2, site + "prikaz_pary_2024.pdf"),
        (C, "5.6", "Педагоги-наставники, чел.", "teachers_mentors", 7, 7, 7, site + "prikaz_pary_2024.pdf"),
        (C, "5.7", "КПК по наставничеству, чел.", "kpk_trained", 2, 1, 1, site + "udostoverenie_kpk.pdf"),
        (D, "5.8", "Студенты-практиканты политехнического колледжа, чел.", 3, 3),
        (C, "5.9", "Удовлетворённость наставляемых", "satisfaction_mentees", 0.85, 0.9, 90,
         site + "anketa_2024.pdf", PCT),
        (C, "5.10", "Удовлетворённость наставников", "satisfaction_mentors", 0.85, 0.85, 85,
         site + "anketa_2024.pdf", PCT),
        (D, "5.11", "Объединения технической направленности, ед.", 24, 24),
    ]
    title(ws, 1, "Реализация целевой модели наставничества: план и факт 2024 года", 5)
    title(ws, 2, ORG_SYUT, 5)
    hdr = ["№", "Направление / показатель", "План на 2024 г.", "Факт 2024 г.", "Подтверждение (ссылка)"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_range(ws, 4, 1, 4, 5, font=BOLD, align=CENTER, fill=HEAD_FILL)
    f.not_criteria.append("План на 2024 г.")
    r = 5
    for row in rows:
        if row[0] == H:
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            style_range(ws, r, 1, r, 5, font=BOLD, fill=SECT_FILL)
            f.headings.append(row[1])
        elif row[0] == C:
            _, num, label, crit, plan, fact, exp, url = row[:8]
            fmt = row[8] if len(row) > 8 else None
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=plan)
            ws.cell(row=r, column=4, value=fact)
            f.value(crit, "D%d" % r, exp)
            if url:
                ws.cell(row=r, column=5, value=url)
                f.link(crit, "E%d" % r, url)
            style_range(ws, r, 1, r, 5)
            if fmt:
                ws.cell(row=r, column=3).number_format = fmt
                ws.cell(row=r, column=4).number_format = fmt
        elif row[0] == D:
            _, num, label, plan, fact = row
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=plan)
            ws.cell(row=r, column=4, value=fact)
            f.not_criteria.append(label)
            style_range(ws, r, 1, r, 5)
        else:  # planned, fact left empty: no value
            _, num, label, plan, fact = row
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=plan)
            style_range(ws, r, 1, r, 5)
        r += 1
    ws.cell(row=r + 1, column=2, value="Куратор ЦМН: Шкляев А.В., педагог-организатор").font = NORMAL
    widths(ws, [6, 58, 16, 16, 58])
    wb.save(os.path.join(TYPED, os.path.basename(f.file)))
    return [f]


# ---------------------------------------------------------------------------------------------
# File 4. ДЮСШ № 1: mostly empty, «не реализуется»
# ---------------------------------------------------------------------------------------------
def file_dyussh():
    f = Form("ДЮСШ1 наставничество 2024.xlsx", "Лист1", ORG_DYUSSH)
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    site = "https://dyussh1-novokamsk.gosuslugi.ru/netcat_files/docs/"
    NR = "не реализуется"
    H, C, D, E = "H", "C", "D", "E"
    # (C, label, crit, written, expected, comment-or-url, comment_is_link)
    rows = [
        (H, "Нормативная база"),
        (C, "Положение о наставничестве тренеров-преподавателей (приказ)", "orgs_regulation_teachers", "да", 1,
         site + "prikaz_27_polozhenie_nastavnichestvo.pdf", True),
        (C, "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", "да", 1,
         site + "prikaz_27_polozhenie_nastavnichestvo.pdf", True),
        (C, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "да", 1, site + "prikaz_64_monitoring.pdf", True),
        (E, "Справка по итогам внутреннего мониторинга", None, None),
        (C, "Куратор ЦМН (кол-во)", "curators_total", 1, 1, "инструктор-методист Гареев Р.Ф.", False),
        (E, "Положение об оплате наставничества", None, None),
        (E, "Положение о нематериальном поощрении наставников", None, None),
        (H, "Внешний контур"),
        (C, "Соглашения с ОО о привлечении наставников", "agreements_edu_orgs", NR, 0, None, False),
        (C, "Соглашения с предприятиями о привлечении наставников", "agreements_enterprises", NR, 0, None, False),
        (E, "Соглашения с иными организациями (спортивные федерации, клубы)", None, None),
        (C, "Наставники от предприятий", "enterprise_mentors", NR, 0, None, False),
        (H, "Участники"),
        (C, "Наставники по приказу", "mentors_total", 4, 4, site + "prikaz_81_pary.pdf", True),
        (C, "Наставляемые по приказу", "mentees_total", 4, 4, site + "prikaz_81_pary.pdf", True),
        (C, "Обучающиеся 10–19 лет", "students_10_19", 612, 612, "по данным ГИС «Навигатор»", False),
        (C, "Обучающиеся 10–19 лет в роли наставляемых", "mentees_10_19", NR, 0, None, False),
        (E, "Доля наставляемых 10–19 лет", None, None),
        (D, "Занимающиеся 6–18 лет (по дополнительным образовательным программам спортивной подготовки)", 780,
         None),
        (E, "Обучающиеся 15–19 лет", None, None),
        (C, "Обучающиеся 15–19 лет в роли наставников", "mentors_15_19", NR, 0, None, False),
        (D, "Наставничество «тренер – спортсмен», «спортсмен – спортсмен»", NR, None),
        (H, "Персонализированные программы"),
        (C, "ПП всего", "pp_total", 4, 4, site + "pp_2024.pdf", True),
        (C, "«тренер-преподаватель – тренер-преподаватель» (педагог – педагог)", "pp_teacher_teacher", 3, 3,
         site + "pp_2024.pdf", True),
        (C, "«руководитель – тренер-преподаватель»", "pp_head_teacher", 1, 1, site + "pp_2024.pdf", True),
        (C, "«обучающийся – обучающийся»", "pp_pupil_pupil", NR, 0, None, False),
        (C, "«педагог (тренер-преподаватель) – обучающийся»", "pp_teacher_pupil", NR, 0, None, False),
        (C, "«студент – обучающийся»", "pp_student_pupil", NR, 0, None, False),
        (C, "«студент – студент»", "pp_student_student", NR, 0, None, False),
        (C, "иные формы", "pp_other", NR, 0, None, False),
        (H, "Кадры"),
        (C, "Молодые специалисты (тренеры-преподаватели до 35 лет, стаж до 3 лет)", "young_specialists", 2, 2,
         None, False),
        (C, "из них наставляемые", "young_specialists_mentees", 2, 2, site + "prikaz_81_pary.pdf", True),
        (C, "Тренеры-преподаватели, кроме молодых специалистов", "teachers_other", 21, 21, None, False),
        (C, "из них наставляемые", "teachers_other_mentees", 2, 2, site + "prikaz_81_pary.pdf", True),
        (C, "Тренеры-преподаватели — наставники", "teachers_mentors", 4, 4, site + "prikaz_81_pary.pdf", True),
        (D, "Тренеры-преподаватели высшей квалификационной категории", 9, None),
        (C, "КПК по наставничеству (чел.)", "kpk_trained", 0, 0, None, False),
        (E, "Удовлетворённость наставляемых", "анкетирование не проводилось", None),
        (E, "Удовлетворённость наставников", "анкетирование не проводилось", None),
    ]
    ws.cell(row=1, column=1, value="Сведения о реализации целевой модели наставничества, 2024 год")
    ws.cell(row=1, column=1).font = BOLD
    ws.cell(row=2, column=1, value=ORG_DYUSSH + " " + MUN)
    ws.cell(row=2, column=1).font = BOLD
    hdr = ["Показатель", "2024", "Примечание / ссылка"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_range(ws, 4, 1, 4, 3, font=BOLD, align=CENTER)
    r = 5
    for row in rows:
        if row[0] == H:
            ws.cell(row=r, column=1, value=row[1])
            style_range(ws, r, 1, r, 3, font=BOLD)
            f.headings.append(row[1])
        elif row[0] == C:
            _, label, crit, written, exp, comment, is_link = row
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=written)
            f.value(crit, "B%d" % r, exp)
            if comment:
                ws.cell(row=r, column=3, value=comment)
                if is_link:
                    f.link(crit, "C%d" % r, comment)
            style_range(ws, r, 1, r, 3)
        elif row[0] == D:
            _, label, written, comment = row
            ws.cell(row=r, column=1, value=label)
            ws.cell(row=r, column=2, value=written)
            f.not_criteria.append(label)
            style_range(ws, r, 1, r, 3)
        else:
            _, label, written, comment = row
            ws.cell(row=r, column=1, value=label)
            if written is not None:
                ws.cell(row=r, column=2, value=written)
            style_range(ws, r, 1, r, 3)
        r += 1
    widths(ws, [70, 18, 55])
    wb.save(os.path.join(TYPED, os.path.basename(f.file)))
    return [f]


# ---------------------------------------------------------------------------------------------
# File 5. ДШИ № 2: hyperlinks behind short text
# ---------------------------------------------------------------------------------------------
def file_dshi():
    f = Form("ДШИ2_мониторинг_наставничества_2024.xlsx", "ЦМН-2024", ORG_DSHI)
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    site = "https://dshi2-novokamsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    disk = "https://disk.yandex.ru/d/dshi2_pp_2024_Qw7rT"
    partners = "ГБПОУ «Новокамский музыкальный колледж»; МАУК «Новокамская филармония»"
    course = ("«Наставничество в сфере художественного образования», ФГБОУ ВО «Камский институт искусств», "
              "36 ч., октябрь 2024")
    H, C, D = "H", "C", "D"
    # (C, num, label, crit, written, expected, url, link-text)
    rows = [
        (H, "I. Документы"),
        (C, "1", "Положение о наставничестве преподавателей", "orgs_regulation_teachers", "да", 1,
         site + "prikaz_58-od_polozheniya.pdf", "Приказ № 58-од"),
        (C, "2", "Положение о наставничестве учащихся ДШИ", "orgs_regulation_students", "да", 1,
         site + "prikaz_58-od_polozheniya.pdf", "Приказ № 58-од"),
        (C, "3", "Приказ о внутреннем мониторинге наставничества", "orgs_monitoring_order", "да", 1,
         site + "prikaz_97-od_monitoring.pdf", "Приказ № 97-од"),
        (C, "4", "Справка о результатах внутреннего мониторинга", "internal_monitoring_notes", "да", 1,
         site + "spravka_monitoring_2024.pdf", "справка"),
        (C, "5", "Кураторы наставничества, чел.", "curators_total", 1, 1, site + "prikaz_31-od_kurator.pdf",
         "приказ"),
        (C, "6", "Акты об оплате работы наставников (доплаты), ед.", "pay_acts", 1, 1,
         site + "polozhenie_ob_oplate_truda.pdf", "Положение об оплате"),
        (C, "7", "Акты о нематериальном поощрении наставников, ед.", "nonmaterial_acts", 1, 1,
         site + "polozhenie_pooshchrenie.pdf", "Положение"),
        (H, "II. Партнёры"),
        (C, "8", "Соглашения с образовательными организациями о наставниках, ед.", "agreements_edu_orgs", 1, 1,
         site + "soglashenie_muz_kolledzh.pdf", "Соглашение"),
        (C, "9", "Соглашения с иными организациями (учреждения культуры), ед.", "agreements_other_orgs", 1, 1,
         site + "dogovor_filarmoniya.pdf", "Договор"),
        (C, "10", "Наставники — преподаватели колледжа, чел.", "external_edu_mentors", 2, 2,
         site + "prikaz_102-od_pary.pdf", "приказ"),
        (C, "11", "Наставники — работники учреждений культуры, чел.", "other_org_mentors", 1, 1,
         site + "prikaz_102-od_pary.pdf", "приказ"),
        (C, "12", "Партнёры по наставничеству", "partner_list", partners, partners, None, None),
        (H, "III. Наставники и наставляемые"),
        (C, "13", "Наставники (по приказу), чел.", "mentors_total", 16, 16, site + "prikaz_102-od_pary.pdf",
         "Приказ № 102-од"),
        (C, "14", "Наставляемые (по приказу), чел.", "mentees_total", 27, 27, site + "prikaz_102-od_pary.pdf",
         "Приказ № 102-од"),
        (D, "15", "Учащиеся ДШИ, всего (6,5–17 лет), чел.", 540, None, None),
        (C, "16", "Учащиеся 10–19 лет, чел.", "students_10_19", 318, 318, None, None),
        (C, "17", "Учащиеся 10–19 лет — наставляемые, чел.", "mentees_10_19", 22, 22,
         site + "baza_nastavlyaemyh_2024.xlsx", "база"),
        (C, "18", "Доля учащихся 10–19 лет в роли наставляемых, %", "share_mentees_10_19", "6,92", 6.92,
         None, None),
        (C, "19", "из них одарённые (реестр одарённых детей), чел.", "mentees_gifted", 9, 9,
         site + "baza_nastavlyaemyh_2024.xlsx", "база"),
        (C, "20", "из них с ОВЗ / инвалидностью, чел.", "mentees_disabled", 2, 2,
         site + "baza_nastavlyaemyh_2024.xlsx", "база"),
        (C, "21", "из них по иным основаниям, чел.", "mentees_other_params", 3, 3,
         site + "baza_nastavlyaemyh_2024.xlsx", "база"),
        (C, "22", "Учащиеся 15–19 лет, чел.", "students_15_19", 96, 96, None, None),
        (C, "23", "Учащиеся 15–19 лет — наставники, чел.", "mentors_15_19", 4, 4, site + "prikaz_102-od_pary.pdf",
         "приказ"),
        (C, "24", "Доля учащихся 15–19 лет — наставников, %", "share_mentors_15_19", "4,17", 4.17, None, None),
        (H, "IV. Персонализированные программы"),
        (C, "25", "ПП всего, ед.", "pp_total", 11, 11, disk, "ПП (папка)"),
        (C, "26", "«преподаватель – преподаватель», ед.", "pp_teacher_teacher", 3, 3, disk, "ПП (папка)"),
        (C, "27", "«преподаватель – учащийся», ед.", "pp_teacher_pupil", 5, 5, disk, "ПП (папка)"),
        (C, "28", "«учащийся – учащийся», ед.", "pp_pupil_pupil", 2, 2, disk, "ПП (папка)"),
        (C, "29", "«студент колледжа – учащийся», ед.", "pp_student_pupil", 1, 1, disk, "ПП (папка)"),
        (H, "V. Преподаватели"),
        (C, "30", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "young_specialists", 3, 3, None, None),
        (C, "31", "— наставляемые, чел.", "young_specialists_mentees", 3, 3, site + "prikaz_102-od_pary.pdf",
         "приказ"),
        (C, "32", "Преподаватели без учёта молодых специалистов, чел.", "teachers_other", 29, 29, None, None),
        (C, "33", "— наставляемые, чел.", "teachers_other_mentees", 2, 2, site + "prikaz_102-od_pary.pdf",
         "приказ"),
        (C, "34", "Доля молодых специалистов — наставляемых, %", "share_young_specialists_mentees", 100, 100,
         None, None),
        (C, "35", "Доля преподавателей — наставляемых, %", "share_teachers_mentees", "15,63", 15.63, None, None),
        (C, "36", "Преподаватели — наставники, чел.", "teachers_mentors", 9, 9, site + "prikaz_102-od_pary.pdf",
         "приказ"),
        (C, "37", "Доля преподавателей — наставников, %", "share_teachers_mentors", "28,13", 28.13, None, None),
        (C, "38", "Прошли КПК по наставничеству, чел.", "kpk_trained", 2, 2, site + "udostovereniya_kpk_2024.pdf",
         "удостоверения"),
        (C, "39", "Курсы", "kpk_courses", course, course, None, None),
        (H, "VI. Результаты"),
        (C, "40", "Удовлетворённость наставляемых, %", "satisfaction_mentees", 95, 95, site + "ankety_2024.pdf",
         "анкеты"),
        (C, "41", "Удовлетворённость наставников, %", "satisfaction_mentors", 93, 93, site + "ankety_2024.pdf",
         "анкеты"),
        (D, "42", "Участие в муниципальном конкурсе наставнических пар «Мастер и ученик»",
         "2 пары, диплом II степени", site + "diplom_master_i_uchenik.pdf", "диплом"),
        (D, "43", "Концерты и выставки с участием наставнических пар, ед.", 7, None, None),
    ]
    title(ws, 1, ORG_DSHI, 4)
    title(ws, 2, "Мониторинг целевой модели наставничества — 2024 год", 4, bold=False)
    hdr = ["№", "Критерий мониторинга", "2024", "Подтверждение"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_range(ws, 4, 1, 4, 4, font=BOLD, align=CENTER, fill=HEAD_FILL)
    link_font = Font(name="Times New Roman", size=12, color="0563C1", underline="single")
    r = 5
    for row in rows:
        if row[0] == H:
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            style_range(ws, r, 1, r, 4, font=BOLD, fill=SECT_FILL)
            f.headings.append(row[1])
            r += 1
            continue
        if row[0] == C:
            _, num, label, crit, written, exp, url, ltext = row
        else:
            _, num, label, written, url, ltext = row
        ws.cell(row=r, column=1, value=int(num))
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=written)
        style_range(ws, r, 1, r, 4)
        if url:
            c = ws.cell(row=r, column=4, value=ltext)
            c.hyperlink = url
            c.font = link_font
        if row[0] == C:
            f.value(crit, "C%d" % r, exp)
            if url:
                f.link(crit, "D%d" % r, url, via="hyperlink")
        else:
            f.not_criteria.append(label)
        r += 1
    ws.cell(row=r + 1, column=2, value="Заместитель директора по УВР ______ Е.А. Бабинцева").font = NORMAL
    widths(ws, [6, 62, 30, 24])
    wb.save(os.path.join(TYPED, os.path.basename(f.file)))
    return [f]


# ---------------------------------------------------------------------------------------------
# File 6. Кванториум: two years side by side (2023 | 2024), shares as fractions with % format
# ---------------------------------------------------------------------------------------------
def file_kvant():
    f = Form("Кванториум_наставничество_2023-2024.xlsx", "Показатели", ORG_KVANT)
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    site = "https://kvantorium-novokamsk.edu.ru/documents/nastavnichestvo/"
    partners = ("АО «Новокамский механический завод»; ООО «Камаэлектро»; ООО «ИТ-Парк Новокамск»; "
                "МБОУ «СОШ № 5»; МБОУ «Лицей № 2»")
    P2 = "0.00%"
    P0 = "0%"
    H, C, D = "H", "C", "D"
    # (C, label, crit, v2023, v2024, expected, url, fmt)
    rows = [
        (H, "Нормативная база и управление"),
        (C, "Положение о наставничестве педагогов технопарка", "orgs_regulation_teachers", "да", "да", 1,
         site + "2024/polozhenie_pedagogi.pdf", None),
        (C, "Положение о наставничестве обучающихся технопарка", "orgs_regulation_students", "да", "да", 1,
         site + "2024/polozhenie_obuchayushchiesya.pdf", None),
        (C, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "нет", "да", 1,
         site + "2024/prikaz_monitoring.pdf", None),
        (C, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "нет", "да", 1,
         site + "2024/spravka_monitoring.pdf", None),
        (C, "Кураторы ЦМН, чел.", "curators_total", 1, 1, 1, site + "2024/prikaz_kurator.pdf", None),
        (H, "Партнёры (внешний контур)"),
        (C, "Договоры с предприятиями (IT, промышленность) о наставниках", "agreements_enterprises", 2, 3, 3,
         site + "2024/dogovory_predpriyatiya.pdf", None),
        (C, "Наставники от предприятий, чел.", "enterprise_mentors", 3, 4, 4, site + "2024/prikaz_pary.pdf", None),
        (C, "Договоры со школами о наставниках", "agreements_edu_orgs", 1, 2, 2,
         site + "2024/dogovory_shkoly.pdf", None),
        (C, "Наставники из школ-партнёров, чел.", "external_edu_mentors", 1, 2, 2, site + "2024/prikaz_pary.pdf",
         None),
        (C, "Партнёры по наставничеству", "partner_list", None, partners, partners, None, None),
        (H, "Обучающиеся"),
        (C, "Наставники (приказ), чел.", "mentors_total", 15, 24, 24, site + "2024/prikaz_pary.pdf", None),
        (C, "Наставляемые (приказ), чел.", "mentees_total", 40, 64, 64, site + "2024/prikaz_pary.pdf", None),
        (C, "Обучающиеся технопарка 10–19 лет, чел.", "students_10_19", 790, 860, 860, None, None),
        (C, "из них наставляемые, чел.", "mentees_10_19", 41, 58, 58, site + "2024/baza_nastavlyaemyh.pdf", None),
        (C, "Доля наставляемых 10–19 лет", "share_mentees_10_19", 0.0519, 0.0674, 6.74, None, P2),
        (C, "в т.ч. выбор профессии / профориентация, чел.", "mentees_career", 12, 21, 21,
         site + "2024/baza_nastavlyaemyh.pdf", None),
        (C, "в т.ч. одарённые (реестр), чел.", "mentees_gifted", 10, 15, 15, site + "2024/baza_nastavlyaemyh.pdf",
         None),
        (C, "Обучающиеся 15–19 лет, чел.", "students_15_19", 180, 210, 210, None, None),
        (C, "наставники из их числа, чел.", "mentors_15_19", 6, 9, 9, site + "2024/prikaz_pary.pdf", None),
        (C, "Доля наставников 15–19 лет", "share_mentors_15_19", 0.0333, 0.0429, 4.29, None, P2),
        (D, "Доля обучающихся технопарка, вовлечённых в наставничество (от всех обучающихся)", 0.045, 0.062, P2),
        (D, "Количество квантумов", 8, 8, None),
        (H, "Персонализированные программы"),
        (C, "ПП всего", "pp_total", 12, 17, 17, site + "2024/pp.zip", None),
        (C, "«педагог – обучающийся»", "pp_teacher_pupil", 6, 8, 8, site + "2024/pp.zip", None),
        (C, "«обучающийся – обучающийся»", "pp_pupil_pupil", 3, 4, 4, site + "2024/pp.zip", None),
        (C, "«педагог – педагог»", "pp_teacher_teacher", 2, 2, 2, site + "2024/pp.zip", None),
        (C, "иная форма («работодатель – обучающийся»)", "pp_other", 1, 3, 3, site + "2024/pp.zip", None),
        (D, "Проекты, выполненные наставническими парами", 14, 23, None),
        (H, "Педагоги"),
        (C, "Молодые специалисты, чел.", "young_specialists", 5, 6, 6, None, None),
        (C, "— из них наставляемые", "young_specialists_mentees", 4, 5, 5, site + "2024/prikaz_pary.pdf", None),
        (C, "Педагоги ДО (кроме молодых специалистов), чел.", "teachers_other", 11, 12, 12, None, None),
        (C, "— из них наставляемые", "teachers_other_mentees", 1, 1, 1, site + "2024/prikaz_pary.pdf", None),
        (C, "Педагоги-наставники, чел.", "teachers_mentors", 7, 9, 9, site + "2024/prikaz_pary.pdf", None),
        (C, "Доля педагогов-наставников", "share_teachers_mentors", 0.4375, 0.5, 50, None, P0),
        (H, "Удовлетворённость участием в завершённых программах"),
        (C, "наставляемых", "satisfaction_mentees", 0.86, 0.89, 89, site + "2024/anketirovanie.pdf", P0),
        (C, "наставников", "satisfaction_mentors", 0.9, 0.94, 94, site + "2024/anketirovanie.pdf", P0),
    ]
    title(ws, 1, "Показатели реализации целевой модели наставничества", 5)
    title(ws, 2, ORG_KVANT, 5)
    hdr = ["№", "Показатель", "2023 г.", "2024 г.", "Ссылка на документ (2024)"]
    for j, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=j, value=h)
    style_range(ws, 4, 1, 4, 5, font=BOLD, align=CENTER, fill=HEAD_FILL)
    f.not_criteria.append("2023 г.")
    r = 5
    n = 0
    for row in rows:
        if row[0] == H:
            ws.cell(row=r, column=2, value=row[1])
            style_range(ws, r, 1, r, 5, font=BOLD, fill=SECT_FILL)
            f.headings.append(row[1])
            r += 1
            continue
        n += 1
        ws.cell(row=r, column=1, value=n)
        if row[0] == C:
            _, label, crit, v23, v24, exp, url, fmt = row
            f.value(crit, "D%d" % r, exp)
            if url:
                ws.cell(row=r, column=5, value=url)
                f.link(crit, "E%d" % r, url)
        else:
            _, label, v23, v24, fmt = row
            f.not_criteria.append(label)
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=v23)
        ws.cell(row=r, column=4, value=v24)
        style_range(ws, r, 1, r, 5)
        if fmt:
            ws.cell(row=r, column=3).number_format = fmt
            ws.cell(row=r, column=4).number_format = fmt
        r += 1
    widths(ws, [5, 60, 12, 12, 62])
    wb.save(os.path.join(TYPED, os.path.basename(f.file)))
    return [f]


# ---------------------------------------------------------------------------------------------
# File 7. Сводная таблица управления образования по трём небольшим учреждениям ДО
# ---------------------------------------------------------------------------------------------
def file_svod():
    orgs = [ORG_SYUN, ORG_ROVESNIK, ORG_PATRIOT]
    f = Form("Свод_ДО_наставничество_2024.xlsx", "Свод ДО", orgs, multi=True)
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    # columns: (header, crit or None(decoy), group)
    cols = [
        ("Объединений, ед.", None, ""),
        ("Охват детей 5–18 лет, чел.", None, ""),
        ("Положение о наставничестве педагогов (да/нет)", "orgs_regulation_teachers", "Нормативная база"),
        ("Положение о наставничестве обучающихся (да/нет)", "orgs_regulation_students", "Нормативная база"),
        ("Кураторов ЦМН, чел.", "curators_total", "Участники"),
        ("Наставников (по приказу), чел.", "mentors_total", "Участники"),
        ("Наставляемых (по приказу), чел.", "mentees_total", "Участники"),
        ("ПП всего, ед.", "pp_total", "Персонализированные программы"),
        ("в т.ч. «педагог – педагог»", "pp_teacher_teacher", "Персонализированные программы"),
        ("в т.ч. «педагог – воспитанник»", "pp_teacher_pupil", "Персонализированные программы"),
        ("Молодых специалистов, чел.", "young_specialists", "Кадры"),
        ("из них наставляемых, чел.", "young_specialists_mentees", "Кадры"),
        ("Педагогов-наставников, чел.", "teachers_mentors", "Кадры"),
    ]
    data = [
        [12, 410, "да", "да", 1, 6, 9, 4, 1, 3, 2, 2, 3],
        [31, 1120, "да", "нет", 1, 11, 18, 7, 3, 4, 4, 3, 6],
        [9, 380, "да", "да", 1, 3, 5, 2, 2, 0, 1, 1, 3],
    ]
    totals = [52, 1910, 3, 2, 3, 20, 32, 13, 6, 7, 7, 6, 12]
    urls = [
        "https://syun-novokamsk.gosuslugi.ru/netcat_files/docs/polozhenie_nastavnichestvo_pedagogov.pdf",
        "https://cloud.mail.ru/public/Rv5k/nX2pLq9Ta",
        "https://patriot-novokamsk.edu.ru/upload/docs/prikaz_14_polozhenie_nastavnichestvo.pdf",
    ]
    link_hdr = "Ссылка на приказ об утверждении Положения о наставничестве педагогов"
    ncols = 2 + len(cols) + 1
    title(ws, 1, "Управление образования Администрации " + MUN.replace("муниципальный округ",
                                                                      "муниципального округа"), ncols)
    title(ws, 2, "Сводные сведения о реализации целевой модели наставничества в учреждениях дополнительного "
                 "образования, 2024 год", ncols)
    # two header rows: groups (row 4) and columns (row 5)
    ws.cell(row=4, column=1, value="№ п/п")
    ws.cell(row=4, column=2, value="Учреждение")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    ws.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
    c0 = 3
    j = 0
    while j < len(cols):
        g = cols[j][2]
        k = j
        while k + 1 < len(cols) and cols[k + 1][2] == g:
            k += 1
        if g:
            ws.cell(row=4, column=c0 + j, value=g)
            f.headings.append(g)
            if k > j:
                ws.merge_cells(start_row=4, start_column=c0 + j, end_row=4, end_column=c0 + k)
        j = k + 1
    for j, (h, crit, g) in enumerate(cols):
        ws.cell(row=5, column=c0 + j, value=h)
        if crit is None:
            f.not_criteria.append(h)
    lc = c0 + len(cols)
    ws.cell(row=4, column=lc, value=link_hdr)
    ws.merge_cells(start_row=4, start_column=lc, end_row=5, end_column=lc)
    style_range(ws, 4, 1, 5, lc, font=BOLD, align=CENTER, fill=HEAD_FILL)
    r = 6
    for i, org in enumerate(orgs):
        ws.cell(row=r, column=1, value=i + 1)
        ws.cell(row=r, column=2, value=org)
        for j, (h, crit, g) in enumerate(cols):
            v = data[i][j]
            ws.cell(row=r, column=c0 + j, value=v)
            if crit:
                exp = {"да": 1, "нет": 0}.get(v, v)
                f.value(crit, "%s%d" % (get_column_letter(c0 + j), r), exp, i=i)
        ws.cell(row=r, column=lc, value=urls[i])
        f.link("orgs_regulation_teachers", "%s%d" % (get_column_letter(lc), r), urls[i], i=i)
        style_range(ws, r, 1, r, lc)
        r += 1
    ws.cell(row=r, column=2, value="Итого по учреждениям ДО")
    for j, v in enumerate(totals):
        ws.cell(row=r, column=c0 + j, value=v)
    style_range(ws, r, 1, r, lc, font=BOLD)
    f.not_criteria.append("Итого по учреждениям ДО")
    ws.cell(row=r + 2, column=2, value="Главный специалист-эксперт Управления образования Мерзлякова Т.И.").font = NORMAL
    widths(ws, [5, 44] + [13] * len(cols) + [50])
    ws.row_dimensions[5].height = 75
    wb.save(os.path.join(TYPED, os.path.basename(f.file)))
    return [f]


def main():
    os.makedirs(TYPED, exist_ok=True)
    for name in os.listdir(TYPED):
        if name.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, name))
    forms = []
    for fn in (file_ddt, file_cdt, file_syut, file_dyussh, file_dshi, file_kvant, file_svod):
        forms.extend(fn())
    expected = [f.expected() for f in forms]
    cells = [c for f in forms for c in f.cells]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"note": "kind=value: the cell holding the value (expected is the normalised value: "
                           "да/нет -> 1/0, «не реализуется» -> 0, percent-formatted fractions -> per cent, "
                           "«6,92» -> 6.92); kind=link: the cell holding the URL as text (via=text) or as a "
                           "hyperlink behind short text (via=hyperlink). No file was re-saved through LibreOffice.",
                   "cells": cells}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(c["values"]) if isinstance(c["values"], dict) else sum(len(v) for v in c["values"])
             for c in expected)
    nl = sum(len(c["links"]) if isinstance(c["links"], dict) else sum(len(v) for v in c["links"])
             for c in expected)
    print("files:", len(expected), "values:", nv, "links:", nl)
    for e in expected:
        v = e["values"]
        print(" ", e["file"], len(v) if isinstance(v, dict) else [len(x) for x in v])


if __name__ == "__main__":
    main()
