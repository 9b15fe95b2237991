#!/usr/bin/env python3
"""Held-out set 59: a folder as it arrives from the schools by e-mail.

Invented municipality: Малоречинский муниципальный округ (town Малоречинск).
Eight workbooks, reporting year 2024, with the files' own oddities: mail-style
file names, an upper-case extension, an .xlsm (macro-enabled content type),
sub-folders per school, covering-letter sheets, a non-first active sheet, an
empty «Лист1».  Deterministic: fixed data only.

Writes typed/**, expected.json, cells.json.
"""
import datetime
import json
import os
import shutil
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

EXPECTED = []
CELLS = []

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FIXED_TIME = datetime.datetime(2024, 11, 18, 10, 0, 0)

YES = {"да", "имеется", "есть", "1"}
NO = {"нет", "отсутствует", "0"}


# ---------------------------------------------------------------- row makers
def H(text):
    return ("H", text)


def V(text, cell, cid, link=None, exp=None, fmt=None):
    """A value row of a criterion."""
    if exp is None:
        if isinstance(cell, str):
            w = cell.strip().lower()
            if w in YES:
                exp = 1
            elif w in NO:
                exp = 0
            else:
                exp = cell
        elif fmt and "%" in fmt:
            exp = round(cell * 100, 2)
        else:
            exp = cell
    return ("V", text, cell, link, cid, exp, fmt)


def D(text, cell, link=None, fmt=None):
    """A decoy row: a value, but no criterion of the catalogue (or another year)."""
    return ("D", text, cell, link, fmt)


# ---------------------------------------------------------------- writers
class Entry:
    def __init__(self, rel, org):
        self.rel = rel  # path relative to the set folder, e.g. typed/СОШ 3/форма.xlsx
        self.org = org
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []

    def as_json(self):
        return {"file": self.rel, "year": 2024, "organisation": self.org,
                "values": self.values, "links": self.links,
                "not_criteria": self.not_criteria, "headings": self.headings}


def write_rows(entry, ws, rows, r0, q, v, l=None, n=None, numbering=None,
               link_in_decoy=True, head_merge=True):
    """Write rows starting at row r0; columns are letters (n = number column)."""
    r = r0
    sec = 0
    sub = 0
    seq = 0
    for row in rows:
        kind = row[0]
        if kind == "H":
            sec += 1
            sub = 0
            text = row[1]
            if n and numbering == "dotted":
                ws[f"{n}{r}"] = f"{sec}."
                ws[f"{n}{r}"].font = BOLD
            ws[f"{q}{r}"] = text
            ws[f"{q}{r}"].font = BOLD
            entry.headings.append(text)
            if head_merge and l:
                ws.merge_cells(f"{q}{r}:{l}{r}")
            r += 1
            continue
        text, cell, link = row[1], row[2], row[3]
        sub += 1
        seq += 1
        if n:
            if numbering == "dotted":
                ws[f"{n}{r}"] = f"{sec}.{sub}"
            elif numbering == "seq":
                ws[f"{n}{r}"] = seq
        ws[f"{q}{r}"] = text
        ws[f"{q}{r}"].alignment = WRAP
        ws[f"{v}{r}"] = cell
        fmt = row[6] if kind == "V" else row[4]
        if fmt:
            ws[f"{v}{r}"].number_format = fmt
        if link and l:
            ws[f"{l}{r}"] = link
        if kind == "V":
            cid, exp = row[4], row[5]
            assert cid not in entry.values, (entry.rel, cid)
            entry.values[cid] = exp
            CELLS.append({"file": entry.rel, "sheet": ws.title, "cell": f"{v}{r}",
                          "criterion": cid, "kind": "value", "expected": exp,
                          "row_title": text})
            if link:
                entry.links[cid] = link
                CELLS.append({"file": entry.rel, "sheet": ws.title, "cell": f"{l}{r}",
                              "criterion": cid, "kind": "link", "expected": link})
        else:
            entry.not_criteria.append(text)
        r += 1
    return r


def box(ws, top, bottom, left, right):
    for row in ws.iter_rows(min_row=top, max_row=bottom, min_col=left, max_col=right):
        for c in row:
            c.border = BOX


def widths(ws, **w):
    for col, width in w.items():
        ws.column_dimensions[col].width = width


def props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_TIME


def save(wb, entry_or_rel):
    rel = entry_or_rel if isinstance(entry_or_rel, str) else entry_or_rel.rel
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)
    return path


def letter(ws, lines):
    """Covering letter: one paragraph a row in column A (wide, wrapped)."""
    ws.column_dimensions["A"].width = 95
    for i, line in enumerate(lines, start=1):
        if line is None:
            continue
        ws[f"A{i}"] = line
        ws[f"A{i}"].alignment = Alignment(wrap_text=True, vertical="top")


# ============================================================ F1
def f1():
    """«Ответ на письмо №01-12_345.xlsx»: letter on the first sheet, the form on a
    sheet that kept its default name «Лист2»."""
    org = "МБОУ «Малоречинская СОШ №5»"
    e = Entry("typed/Ответ на письмо №01-12_345.xlsx", org)
    base = "https://sosh5-malorechinsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    L_pt = base + "prikaz_123-od_polozhenie_nastavnichestvo_pedagogov.pdf"
    L_ps = base + "prikaz_124-od_polozhenie_nastavnichestvo_obuch.pdf"
    L_mon = base + "prikaz_210-od_monitoring_CMN_2024.pdf"
    L_spr = base + "spravka_vnutr_monitoring_2024.pdf"
    L_cur = base + "prikaz_118-od_kurator.pdf"
    L_base = base + "prikaz_131-od_baza_nastavnikov_nastavlyaemyh_2024.pdf"
    L_sogl = base + "soglasheniya_2024.pdf"
    L_pp = base + "reestr_personalizirovannyh_programm_2024.pdf"
    L_anket = "https://disk.yandex.ru/d/5sosh_ankety_udovl_2024"
    L_kpk = base + "udostovereniya_kpk_2024.pdf"
    L_shmo = base + "prikaz_140-od_shmo_nastavnikov.pdf"
    L_stim = base + "polozhenie_o_stimulirovanii_nastavnikov.pdf"
    rows = [
        H("Нормативная база"),
        V("Приказ об утверждении Положения о наставничестве педагогических работников", "да", "orgs_regulation_teachers", L_pt),
        V("Приказ об утверждении Положения о наставничестве обучающихся", "да", "orgs_regulation_students", L_ps),
        V("Приказ о проведении мониторинга реализации ЦМН в школе", "да", "orgs_monitoring_order", L_mon),
        D("Дорожная карта внедрения ЦМН на 2024 год", "да", base + "dorozhnaya_karta_2024.pdf"),
        V("Справка по итогам внутришкольного мониторинга наставничества", "да", "internal_monitoring_notes", L_spr),
        H("Организация наставничества"),
        V("Кураторы внедрения ЦМН, чел.", 2, "curators_total", L_cur),
        V("Наставники (всего, по приказу), чел.", 64, "mentors_total", L_base),
        V("Наставляемые (всего, по приказу), чел.", 163, "mentees_total", L_base),
        V("Соглашения с другими образовательными организациями (ОО, СПО, вузы), направившими наставников", 1, "agreements_edu_orgs", L_sogl),
        V("Соглашения с предприятиями, направившими наставников", 1, "agreements_enterprises", L_sogl),
        V("Соглашения с иными организациями (учреждения культуры, спорта, НКО)", 1, "agreements_other_orgs", L_sogl),
        V("С кем заключены соглашения (перечень организаций)",
          "ГБПОУ «Малоречинский политехнический техникум»; АО «Малоречинский механический завод»; "
          "МБУК «Централизованная библиотечная система Малоречинского МО»", "partner_list", L_sogl),
        V("Предмет соглашений",
          "совместная реализация программ наставничества по формам «студент – ученик» и «работодатель – ученик» (профориентация)",
          "agreement_subjects", L_sogl),
        H("Персонализированные программы наставничества (ППН)"),
        V("ППН всего", 111, "pp_total", L_pp),
        V("в т.ч. «ученик – ученик»", 30, "pp_pupil_pupil", L_pp),
        V("«учитель – учитель»", 15, "pp_teacher_teacher", L_pp),
        V("«руководитель – педагог»", 2, "pp_head_teacher", L_pp),
        V("«студент – ученик»", 4, "pp_student_pupil", L_pp),
        V("«учитель – ученик»", 60, "pp_teacher_pupil", L_pp),
        V("иные формы", 0, "pp_other"),
        H("Наставники из внешних организаций"),
        V("из других образовательных организаций (по приказу)", 3, "external_edu_mentors", L_base),
        V("из предприятий", 2, "enterprise_mentors", L_base),
        V("из иных организаций", 1, "other_org_mentors", L_base),
        H("Обучающиеся 10–19 лет — наставляемые"),
        V("Обучающихся в возрасте 10–19 лет в школе, всего", 812, "students_10_19"),
        V("из них включены в программы наставничества как наставляемые", 148, "mentees_10_19", L_base),
        V("в т.ч. из «группы риска»", 12, "mentees_risk", L_base),
        V("в т.ч. одарённые (включены в реестры)", 25, "mentees_gifted", L_base),
        V("в т.ч. дети с ОВЗ и дети-инвалиды", 9, "mentees_disabled", L_base),
        V("в т.ч. с низкой мотивацией и неуспевающие", 31, "mentees_low_motivation", L_base),
        V("в т.ч. затрудняющиеся в выборе профессии / образовательной траектории", 40, "mentees_career", L_base),
        V("в т.ч. по иным основаниям", 31, "mentees_other_params", L_base),
        V("Доля наставляемых среди обучающихся 10–19 лет, %", 18.23, "share_mentees_10_19"),
        H("Обучающиеся 15–19 лет — наставники"),
        V("Обучающихся 15–19 лет, всего", 214, "students_15_19"),
        V("Наставники из числа обучающихся 15–19 лет (по приказу)", 37, "mentors_15_19", L_base),
        V("Доля обучающихся 15–19 лет в роли наставника, %", 17.29, "share_mentors_15_19"),
        H("Удовлетворённость (по анкетам, %)"),
        V("наставляемых", 88, "satisfaction_mentees", L_anket),
        V("наставников", 91, "satisfaction_mentors", L_anket),
        H("Педагогические работники"),
        V("Молодые специалисты (до 35 лет, стаж до 3 лет), всего", 9, "young_specialists"),
        V("из них наставляемые", 9, "young_specialists_mentees", L_base),
        V("Педагоги без учёта молодых специалистов, всего", 58, "teachers_other"),
        V("из них наставляемые", 6, "teachers_other_mentees", L_base),
        V("Педагоги-наставники", 21, "teachers_mentors", L_base),
        V("Доля педагогов-наставников, %", 31.34, "share_teachers_mentors"),
        V("Педагоги, занятые в утверждённых ППН", 36, "teachers_in_pp", L_pp),
        V("Прошли КПК по наставничеству в 2024 году", 4, "kpk_trained", L_kpk),
        V("ШМО наставников (количество)", 1, "school_methodical_associations", L_shmo),
        H("Стимулирование наставников"),
        V("Локальные акты об оплате работы наставников", 1, "pay_acts", L_stim),
        V("Локальные акты о нематериальном поощрении наставников", 1, "nonmaterial_acts", L_stim),
    ]
    wb = Workbook()
    props(wb, "Петрова О.Н.")
    ws0 = wb.active
    ws0.title = "Письмо"
    letter(ws0, [
        "Муниципальное бюджетное общеобразовательное учреждение",
        "«Малоречинская средняя общеобразовательная школа №5»",
        "(МБОУ «Малоречинская СОШ №5»)",
        "ул. Школьная, д. 14, г. Малоречинск, тел. 8 (34155) 3-12-45, e-mail: sosh5@malorechinsk-edu.ru",
        None,
        "Исх. № 214 от 18.11.2024",
        "На № 01-12/345 от 01.11.2024",
        None,
        "Начальнику Управления образования Администрации Малоречинского муниципального округа Е.А. Соколовой",
        None,
        "Уважаемая Елена Анатольевна!",
        None,
        "Направляем информацию о реализации целевой модели наставничества в МБОУ «Малоречинская СОШ №5» "
        "за 2024 год по форме, приложенной к Вашему письму (см. «Лист2» этой книги).",
        None,
        "Приложение: форма мониторинга на 1 л.",
        None,
        "Директор                                  С.В. Игнатьев",
        None,
        "Исп.: Петрова Ольга Николаевна, заместитель директора по УВР, 8 (34155) 3-12-47",
    ])
    ws = wb.create_sheet("Лист2")
    ws["A1"] = f"Мониторинг реализации целевой модели наставничества в {org} за 2024 год"
    ws["A1"].font = BOLD
    ws.merge_cells("A1:D1")
    hdr = ["№ п/п", "Показатель", "Значение", "Ссылка на подтверждающий документ"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=3, column=i + 1, value=h)
        c.font = BOLD
        c.alignment = WRAP
    end = write_rows(e, ws, rows, 4, q="B", v="C", l="D", n="A", numbering="dotted")
    box(ws, 3, end - 1, 1, 4)
    widths(ws, A=7, B=62, C=14, D=70)
    # the letter sheet stays active (first)
    save(wb, e)
    return e


# ============================================================ F2
def f2():
    """«Re_ мониторинг ЦМН.xlsx»: covering letter first; the form (second sheet,
    active on save) never names the school — only the letter does."""
    org = "МБОУ «Заречная СОШ»"
    e = Entry("typed/Re_ мониторинг ЦМН.xlsx", org)
    site = "https://zarechnaya-shkola.gosuslugi.ru/svedeniya/nastavnichestvo/"
    L_pol = site + "Polozhenie_nastavnichestvo_2024.pdf"
    L_mon = site + "Prikaz_monitoring_CMN_2024.pdf"
    L_base = site + "Prikaz_nastavniki_nastavlyaemye_2024-2025.pdf"
    L_sogl = "https://disk.yandex.ru/i/Zar_SPK_Zarechye_soglashenie"
    L_pp = "https://disk.yandex.ru/d/Zar_PPN_2024"
    L_ank = site + "Itogi_anketirovaniya_2024.pdf"
    L_kpk = "https://disk.yandex.ru/i/Zar_KPK_nastavnik_2024"
    rows = [
        H("I. Документы"),
        V("Положение о системе наставничества педагогических работников (утверждено приказом)", "имеется", "orgs_regulation_teachers", L_pol),
        V("Положение о наставничестве обучающихся (утверждено приказом)", "имеется", "orgs_regulation_students", L_pol),
        V("Приказ о мониторинге реализации целевой модели наставничества", "имеется", "orgs_monitoring_order", L_mon),
        V("Количество кураторов ЦМН", 1, "curators_total", L_base),
        H("II. Участники"),
        V("Наставников по приказу, всего", 19, "mentors_total", L_base),
        V("Наставляемых по приказу, всего", 46, "mentees_total", L_base),
        V("Соглашений о сотрудничестве с предприятиями (наставники от предприятия)", 1, "agreements_enterprises", L_sogl),
        V("Наставников — сотрудников предприятий", 1, "enterprise_mentors", L_base),
        V("Предприятия-партнёры по наставничеству", "СПК (колхоз) «Заречье»", "partner_list", L_sogl),
        H("III. Персонализированные программы"),
        V("Персонализированных программ наставничества, всего", 19, "pp_total", L_pp),
        V("форма «ученик – ученик»", 6, "pp_pupil_pupil", L_pp),
        V("форма «учитель – учитель»", 5, "pp_teacher_teacher", L_pp),
        V("форма «учитель – ученик»", 8, "pp_teacher_pupil", L_pp),
        H("IV. Обучающиеся"),
        V("Всего обучающихся от 10 до 19 лет", 176, "students_10_19"),
        V("Обучающиеся 10–19 лет в роли наставляемых", 41, "mentees_10_19", L_base),
        V("из них «группа риска»", 4, "mentees_risk", L_base),
        V("из них дети с ОВЗ, дети-инвалиды", 3, "mentees_disabled", L_base),
        D("Обучающиеся 1–4 классов, вовлечённые в наставничество", 9, L_base),
        V("Доля обучающихся 10–19 лет, вошедших в программы как наставляемые", "23,3%", "share_mentees_10_19", exp=23.3),
        V("Всего обучающихся от 15 до 19 лет", 48, "students_15_19"),
        V("Обучающиеся 15–19 лет в роли наставников (по приказу)", 11, "mentors_15_19", L_base),
        V("Доля обучающихся 15–19 лет в роли наставника", "22,9%", "share_mentors_15_19", exp=22.9),
        V("Удовлетворённость наставляемых", "92%", "satisfaction_mentees", L_ank, exp=92),
        V("Удовлетворённость наставников", "95%", "satisfaction_mentors", L_ank, exp=95),
        H("V. Педагоги"),
        V("Молодых специалистов в школе", 3, "young_specialists"),
        V("Молодых специалистов — наставляемых", 3, "young_specialists_mentees", L_base),
        V("Педагогов (кроме молодых специалистов)", 24, "teachers_other"),
        V("Педагогов (кроме молодых специалистов) — наставляемых", 2, "teachers_other_mentees", L_base),
        V("Педагогов — наставников", 7, "teachers_mentors", L_base),
        V("Обучены на курсах ПК по наставничеству (2024 г.)", 2, "kpk_trained", L_kpk),
        D("Количество мероприятий, проведённых в рамках ЦМН за год", 6),
        V("Методическое объединение наставников в школе", "отсутствует", "school_methodical_associations"),
    ]
    wb = Workbook()
    props(wb, "Колесникова Т.В.")
    ws0 = wb.active
    ws0.title = "Сопроводительное письмо"
    letter(ws0, [
        "Муниципальное бюджетное общеобразовательное учреждение «Заречная средняя общеобразовательная школа» "
        "(МБОУ «Заречная СОШ»)",
        "Малоречинский муниципальный округ, с. Заречное, ул. Центральная, 3",
        None,
        "Исх. № 87 от 19.11.2024",
        None,
        "В Управление образования Администрации Малоречинского муниципального округа",
        None,
        "Направляем информацию по мониторингу реализации целевой модели наставничества педагогических "
        "работников и обучающихся МБОУ «Заречная СОШ» за 2024 год (письмо Управления образования "
        "от 01.11.2024 № 01-12/345). Форма заполнена на листе «Мониторинг».",
        None,
        "Директор МБОУ «Заречная СОШ»                          Т.В. Колесникова",
        None,
        "Исполнитель: Андреева М.С., тел. 8 (34155) 5-41-18",
    ])
    ws = wb.create_sheet("Мониторинг")
    ws["A1"] = "Информация для мониторинга реализации целевой модели наставничества (2024 год)"
    ws["A1"].font = BOLD
    hdr = ["Наименование показателя", "Данные за 2024 г.", "Подтверждающий документ (ссылка)"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=2, column=i + 1, value=h)
        c.font = BOLD
        c.alignment = WRAP
    end = write_rows(e, ws, rows, 3, q="A", v="B", l="C")
    box(ws, 2, end - 1, 1, 3)
    widths(ws, A=66, B=16, C=62)
    wb.active = 1  # saved while the form was open
    ws0.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    save(wb, e)
    return e


# ============================================================ F3
def f3_rows(year):
    site = "https://sosnovka-oosh.edu.ru/upload/nastavnichestvo/"
    if year == 2024:
        d = dict(cur=1, men=8, mee=17, pp=10, pp_uu=4, pp_tt=2, pp_tu=4, s10=64, m10=15, risk=3,
                 ovz=2, lowm=6, sh10=0.2344, s15=13, m15=3, sh15=0.2308, ys=1, ysm=1, to=11, tom=1,
                 tm=5, satm=85, satn=90)
    else:  # last year's sheet kept in the file
        d = dict(cur=1, men=7, mee=14, pp=8, pp_uu=3, pp_tt=2, pp_tu=3, s10=61, m10=12, risk=2,
                 ovz=2, lowm=5, sh10=0.1967, s15=12, m15=2, sh15=0.1667, ys=2, ysm=2, to=10, tom=0,
                 tm=5, satm=80, satn=86)
    y = year
    L = lambda name: f"{site}{y}/{name}"
    R = V if year == 2024 else (lambda text, cell, cid, link=None, exp=None, fmt=None: D(text, cell, link, fmt))
    return [
        H("Нормативное обеспечение"),
        R("Положение о наставничестве педагогов", "Да", "orgs_regulation_teachers", L("polozhenie_ped.pdf")),
        R("Положение о наставничестве обучающихся", "Да", "orgs_regulation_students", L("polozhenie_obuch.pdf")),
        R("Приказ о мониторинге ЦМН", "Да", "orgs_monitoring_order", L("prikaz_monitoring.pdf")),
        R("Справка по итогам внутреннего мониторинга", "Да", "internal_monitoring_notes", L("spravka_monitoring.pdf")),
        R("Куратор ЦМН (чел.)", d["cur"], "curators_total", L("prikaz_kurator.pdf")),
        H("Наставники и наставляемые"),
        R("Наставников (по приказу)", d["men"], "mentors_total", L("prikaz_baza.pdf")),
        R("Наставляемых (по приказу)", d["mee"], "mentees_total", L("prikaz_baza.pdf")),
        R("Персонализированных программ — всего", d["pp"], "pp_total", L("ppn.pdf")),
        R("  ученик – ученик", d["pp_uu"], "pp_pupil_pupil", L("ppn.pdf")),
        R("  учитель – учитель", d["pp_tt"], "pp_teacher_teacher", L("ppn.pdf")),
        R("  учитель – ученик", d["pp_tu"], "pp_teacher_pupil", L("ppn.pdf")),
        H("Обучающиеся"),
        R("Обучающиеся 10–19 лет (всего)", d["s10"], "students_10_19"),
        R("Обучающиеся 10–19 лет — наставляемые", d["m10"], "mentees_10_19", L("prikaz_baza.pdf")),
        R("  из «группы риска»", d["risk"], "mentees_risk", L("prikaz_baza.pdf")),
        R("  с ОВЗ / инвалидностью", d["ovz"], "mentees_disabled", L("prikaz_baza.pdf")),
        R("  с низкой учебной мотивацией", d["lowm"], "mentees_low_motivation", L("prikaz_baza.pdf")),
        R("Доля наставляемых 10–19 лет", d["sh10"], "share_mentees_10_19", fmt="0.00%"),
        R("Обучающиеся 15–19 лет (всего)", d["s15"], "students_15_19"),
        R("Обучающиеся 15–19 лет — наставники", d["m15"], "mentors_15_19", L("prikaz_baza.pdf")),
        R("Доля наставников 15–19 лет", d["sh15"], "share_mentors_15_19", fmt="0.00%"),
        H("Педагоги"),
        R("Молодые специалисты", d["ys"], "young_specialists"),
        R("Молодые специалисты — наставляемые", d["ysm"], "young_specialists_mentees", L("prikaz_baza.pdf")),
        R("Педагоги, кроме молодых специалистов", d["to"], "teachers_other"),
        R("Педагоги, кроме молодых специалистов, — наставляемые", d["tom"], "teachers_other_mentees", L("prikaz_baza.pdf")),
        R("Педагоги — наставники", d["tm"], "teachers_mentors", L("prikaz_baza.pdf")),
        H("Удовлетворённость, %"),
        R("наставляемые", d["satm"], "satisfaction_mentees", L("anketa.pdf")),
        R("наставники", d["satn"], "satisfaction_mentors", L("anketa.pdf")),
    ]


def f3():
    """«форма (1).xlsx»: last year's sheet «2023» is first; «2024» is second and active."""
    org = "МКОУ «Сосновская ООШ»"
    e = Entry("typed/форма (1).xlsx", org)
    wb = Workbook()
    props(wb, "user")
    old = Entry(e.rel, org)  # collects the 2023 sheet; not exported as values
    for idx, year in enumerate((2023, 2024)):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = str(year)
        ws["A1"] = f"{org} — мониторинг ЦМН, {year} год"
        ws["A1"].font = BOLD
        for i, h in enumerate(["№", "Критерий", "Значение", "Ссылка"]):
            ws.cell(row=3, column=i + 1, value=h).font = BOLD
        target = e if year == 2024 else old
        end = write_rows(target, ws, f3_rows(year), 4, q="B", v="C", l="D", n="A", numbering="seq",
                         head_merge=False)
        box(ws, 3, end - 1, 1, 4)
        widths(ws, A=5, B=52, C=12, D=64)
    # the whole 2023 sheet is another year: nothing of it goes to expected (see README)
    wb.active = 1
    wb["2023"].sheet_view.tabSelected = False
    wb["2024"].sheet_view.tabSelected = True
    save(wb, e)
    return e


# ============================================================ F4
def f4():
    """«ФОРМА_СОШ_12.XLSX»: upper-case extension; 1/0 for yes/no."""
    org = "МБОУ «СОШ №12»"
    e = Entry("typed/ФОРМА_СОШ_12.XLSX", org)
    site = "https://sh12-malorechinsk-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/"
    L_pol = site + "dokumenty-all-12_401.html"
    L_mon = site + "dokumenty-all-12_415.html"
    L_base = site + "dokumenty-all-12_418.html"
    L_pp = site + "dokumenty-all-12_420.html"
    L_sogl = site + "dokumenty-all-12_409.html"
    L_kpk = "https://cloud.mail.ru/public/sh12/KPK_nastavnichestvo_2024"
    L_acts = site + "dokumenty-all-12_377.html"
    L_ank = "https://cloud.mail.ru/public/sh12/anketirovanie_2024"
    rows = [
        H("1. Нормативное обеспечение"),
        V("Наличие приказа об утверждении положения о системе наставничества педагогических работников", 1, "orgs_regulation_teachers", L_pol),
        V("Наличие приказа об утверждении положения о наставничестве обучающихся", 1, "orgs_regulation_students", L_pol),
        V("Наличие приказа о мониторинге ЦМН в ОО", 1, "orgs_monitoring_order", L_mon),
        V("Наличие информационной справки ОО по итогам внутреннего мониторинга", 1, "internal_monitoring_notes", L_mon),
        V("Количество кураторов ЦМН в ОО", 1, "curators_total", L_pol),
        H("2. Организация процесса"),
        V("Количество наставников в базе ОО (по приказу)", 38, "mentors_total", L_base),
        V("Количество наставляемых в базе ОО (по приказу)", 105, "mentees_total", L_base),
        D("Количество наставников и наставляемых, всего", 143, L_base),
        V("Соглашения с иными организациями (наставники от организаций)", 1, "agreements_other_orgs", L_sogl),
        V("Наставники из иных организаций (МБУ «Молодёжный центр «Импульс»»)", 2, "other_org_mentors", L_base),
        H("3. Персонализированные программы наставничества"),
        V("Всего ПП", 68, "pp_total", L_pp),
        V("ПП «ученик – ученик»", 20, "pp_pupil_pupil", L_pp),
        V("ПП «учитель – учитель»", 9, "pp_teacher_teacher", L_pp),
        V("ПП «руководитель – педагог»", 1, "pp_head_teacher", L_pp),
        V("ПП «учитель – ученик»", 38, "pp_teacher_pupil", L_pp),
        H("4. Обучающиеся"),
        V("Кол-во обучающихся 10–19 лет", 540, "students_10_19"),
        V("Кол-во обучающихся 10–19 лет — наставляемых", 96, "mentees_10_19", L_base),
        V("из них одарённые дети (из реестров)", 14, "mentees_gifted", L_base),
        V("из них с проблемами выбора профессии", 33, "mentees_career", L_base),
        V("Доля наставляемых 10–19 лет, %", 17.78, "share_mentees_10_19"),
        V("Кол-во обучающихся 15–19 лет", 130, "students_15_19"),
        V("Кол-во наставников-обучающихся 15–19 лет", 22, "mentors_15_19", L_base),
        V("Доля наставников 15–19 лет, %", 16.92, "share_mentors_15_19"),
        V("Удовлетворённость наставляемых, %", 84, "satisfaction_mentees", L_ank),
        V("Удовлетворённость наставников, %", 87, "satisfaction_mentors", L_ank),
        H("5. Педагоги"),
        V("Молодые специалисты (до 35 лет, первые 3 года работы)", 6, "young_specialists"),
        V("Молодые специалисты в роли наставляемых", 5, "young_specialists_mentees", L_base),
        V("Доля молодых специалистов в роли наставляемых, %", 83.33, "share_young_specialists_mentees"),
        V("Педагоги (за исключением молодых специалистов)", 41, "teachers_other"),
        V("Педагоги (за исключением молодых специалистов) в роли наставляемых", 4, "teachers_other_mentees", L_base),
        V("Доля педагогов в роли наставляемых, %", 19.15, "share_teachers_mentees"),
        V("Педагоги в роли наставников", 14, "teachers_mentors", L_base),
        V("Обучились на КПК по наставничеству в 2024 г.", 3, "kpk_trained", L_kpk),
        D("Обучились на КПК по наставничеству в 2023 г.", 2, L_kpk),
        V("Названия курсов", "«Наставничество в образовательной организации: технологии и практики» (72 ч)", "kpk_courses", L_kpk),
        H("6. Стимулирование"),
        V("Положение о материальном стимулировании наставников (кол-во актов)", 1, "pay_acts", L_acts),
        V("Акты о нематериальном поощрении наставников (кол-во)", 1, "nonmaterial_acts", L_acts),
    ]
    wb = Workbook()
    props(wb, "Секретарь")
    ws = wb.active
    ws.title = "Форма"
    ws["A1"] = "ФОРМА МОНИТОРИНГА ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА"
    ws["A1"].font = BOLD
    ws["A2"] = f"Образовательная организация: {org}"
    ws["A3"] = "Отчётный период: 2024 год"
    hdr = ["Показатель", "Значение (1 – да, 0 – нет / кол-во / %)", "Ссылка"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = BOLD
        c.alignment = WRAP
    end = write_rows(e, ws, rows, 6, q="A", v="B", l="C")
    box(ws, 5, end - 1, 1, 3)
    widths(ws, A=70, B=18, C=58)
    save(wb, e)
    return e


# ============================================================ F5
def f5():
    """«Мониторинг ЦМН 2024 Гимназия 1.xlsm»: macro-enabled content type, a hidden
    sheet of drop-down lists, shares as fractions in a percent format."""
    org = "МАОУ «Гимназия №1»"
    e = Entry("typed/Мониторинг ЦМН 2024 Гимназия 1.xlsm", org)
    site = "https://gimn1-malorechinsk.edu.ru/nastavnichestvo/"
    L_pol = site + "docs/polozhenie_o_nastavnichestve_2024.pdf"
    L_mon = site + "docs/prikaz_o_monitoringe_2024.pdf"
    L_spr = site + "docs/spravka_monitoring_2024.pdf"
    L_base = site + "docs/prikaz_o_zakreplenii_nastavnikov_2024.pdf"
    L_sogl = site + "docs/soglashenie_pedkolledzh.pdf"
    L_pp = site + "programmy/"
    L_ank = site + "docs/rezultaty_anketirovaniya_2024.pdf"
    L_kpk = site + "docs/kpk_2024.pdf"
    L_mo = site + "docs/prikaz_MO_nastavnikov.pdf"
    L_st = site + "docs/polozhenie_stimulirovanie.pdf"
    P = "0.00%"
    rows = [
        H("Нормативное обеспечение реализации ЦМН"),
        V("Положение о наставничестве педагогических работников", "да", "orgs_regulation_teachers", L_pol),
        V("Положение о наставничестве обучающихся", "да", "orgs_regulation_students", L_pol),
        V("Приказ о мониторинге", "да", "orgs_monitoring_order", L_mon),
        V("Справка по результатам внутреннего мониторинга", "да", "internal_monitoring_notes", L_spr),
        V("Кураторы ЦМН", 2, "curators_total", L_base),
        H("Организация процесса"),
        V("Наставники (по приказу)", 75, "mentors_total", L_base),
        V("Наставляемые (по приказу)", 177, "mentees_total", L_base),
        V("Соглашения с образовательными организациями о направлении наставников", 1, "agreements_edu_orgs", L_sogl),
        V("Соглашения с предприятиями", 0, "agreements_enterprises"),
        V("Организации-партнёры", "ГБПОУ «Малоречинский педагогический колледж»", "partner_list", L_sogl),
        V("Наставники из внешних образовательных организаций", 5, "external_edu_mentors", L_base),
        H("Персонализированные программы"),
        V("Всего персонализированных программ", 92, "pp_total", L_pp),
        V("ученик – ученик", 35, "pp_pupil_pupil", L_pp),
        V("учитель – учитель", 10, "pp_teacher_teacher", L_pp),
        V("руководитель – педагог", 2, "pp_head_teacher", L_pp),
        V("студент – ученик", 5, "pp_student_pupil", L_pp),
        V("учитель – ученик", 40, "pp_teacher_pupil", L_pp),
        H("Обучающиеся"),
        V("Обучающиеся 10–19 лет", 690, "students_10_19"),
        V("Наставляемые 10–19 лет", 165, "mentees_10_19", L_base),
        V("  одарённые (реестр)", 48, "mentees_gifted", L_base),
        V("  выбор профессии", 52, "mentees_career", L_base),
        V("Доля наставляемых 10–19 лет", 0.2391, "share_mentees_10_19", fmt=P),
        V("Обучающиеся 15–19 лет", 240, "students_15_19"),
        V("Наставники 15–19 лет", 51, "mentors_15_19", L_base),
        V("Доля наставников 15–19 лет", 0.2125, "share_mentors_15_19", fmt=P),
        D("Победители и призёры олимпиад среди наставляемых", 17),
        V("Удовлетворённость наставляемых", 0.89, "satisfaction_mentees", L_ank, fmt="0%"),
        V("Удовлетворённость наставников", 0.93, "satisfaction_mentors", L_ank, fmt="0%"),
        H("Педагоги"),
        V("Молодые специалисты", 7, "young_specialists"),
        V("Молодые специалисты — наставляемые", 7, "young_specialists_mentees", L_base),
        V("Педагоги (без молодых специалистов)", 52, "teachers_other"),
        V("Педагоги (без молодых специалистов) — наставляемые", 5, "teachers_other_mentees", L_base),
        V("Педагоги — наставники", 19, "teachers_mentors", L_base),
        V("Доля педагогов-наставников", 0.322, "share_teachers_mentors", fmt=P),
        V("КПК по наставничеству (чел., 2024)", 6, "kpk_trained", L_kpk),
        V("МО наставников", 1, "school_methodical_associations", L_mo),
        V("Акты о материальном стимулировании наставников", 1, "pay_acts", L_st),
        V("Акты о нематериальном стимулировании наставников", 2, "nonmaterial_acts", L_st),
    ]
    wb = Workbook()
    props(wb, "Зам. директора")
    ws = wb.active
    ws.title = "Форма"
    ws["A1"] = "Организация:"
    ws["B1"] = org
    ws["A2"] = "Год:"
    ws["B2"] = 2024
    ws["A1"].font = BOLD
    ws["A2"].font = BOLD
    for i, h in enumerate(["Показатель", "Значение", "Ссылка на документ"]):
        ws.cell(row=4, column=i + 1, value=h).font = BOLD
    end = write_rows(e, ws, rows, 5, q="A", v="B", l="C")
    box(ws, 4, end - 1, 1, 3)
    widths(ws, A=60, B=14, C=66)
    lists = wb.create_sheet("Списки")
    lists["A1"] = "да"
    lists["A2"] = "нет"
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Списки!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    for r in range(5, end):
        if isinstance(ws[f"B{r}"].value, str) and ws[f"B{r}"].value in ("да", "нет"):
            dv.add(f"B{r}")
    path = save(wb, e)
    make_macro_enabled(path)
    return e


XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def make_macro_enabled(path):
    """Rewrite [Content_Types].xml so the workbook part is macro-enabled (as Excel
    saves an .xlsm; the file carries no VBA project)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                assert XLSX_MAIN in text
                data = text.replace(XLSX_MAIN, XLSM_MAIN).encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp, path)
    wb = load_workbook(path)  # must still open
    assert wb.sheetnames[0] == "Форма"


# ============================================================ F6
def f6():
    """«СОШ 3/форма.xlsx»: empty «Лист1» first (and active), the form on «Лист2»,
    an empty «Лист3»; questions worded as questions."""
    org = "МБОУ «СОШ №3»"
    e = Entry("typed/СОШ 3/форма.xlsx", org)
    site = "https://school3-mlr.gosuslugi.ru/netcat_files/nastavnichestvo/"
    L_pol = site + "polozheniya_nastavnichestvo.pdf"
    L_mon = site + "prikaz_monitoring_2024.pdf"
    L_base = site + "baza_nastavnikov_2024.pdf"
    L_pp = "https://cloud.mail.ru/public/sosh3/PPN_2024"
    L_ank = "https://cloud.mail.ru/public/sosh3/ankety_2024"
    L_kpk = site + "kpk_2024.pdf"
    rows = [
        H("Документы"),
        V("Утверждено ли положение о наставничестве педагогических работников?", "да", "orgs_regulation_teachers", L_pol),
        V("Утверждено ли положение о наставничестве обучающихся?", "да", "orgs_regulation_students", L_pol),
        V("Издан ли приказ о мониторинге реализации ЦМН?", "да", "orgs_monitoring_order", L_mon),
        V("Составлена ли справка по итогам внутреннего мониторинга?", "нет", "internal_monitoring_notes"),
        V("Сколько кураторов назначено?", 1, "curators_total", L_mon),
        H("Наставники и наставляемые"),
        V("Сколько наставников закреплено приказом?", 31, "mentors_total", L_base),
        V("Сколько наставляемых закреплено приказом?", 77, "mentees_total", L_base),
        V("Сколько всего персонализированных программ?", 52, "pp_total", L_pp),
        V("Из них по форме «ученик – ученик»?", 17, "pp_pupil_pupil", L_pp),
        V("Из них по форме «учитель – учитель»?", 7, "pp_teacher_teacher", L_pp),
        V("Из них по форме «учитель – ученик»?", 28, "pp_teacher_pupil", L_pp),
        H("Обучающиеся"),
        V("Сколько в школе обучающихся 10–19 лет?", 455, "students_10_19"),
        V("Сколько из них наставляемых?", 70, "mentees_10_19", L_base),
        V("Сколько среди наставляемых детей «группы риска»?", 6, "mentees_risk", L_base),
        V("Сколько среди наставляемых детей с ОВЗ и инвалидностью?", 5, "mentees_disabled", L_base),
        V("Какова доля наставляемых 10–19 лет (%)?", 15.38, "share_mentees_10_19"),
        V("Сколько в школе обучающихся 15–19 лет?", 118, "students_15_19"),
        V("Сколько из них наставников?", 19, "mentors_15_19", L_base),
        V("Какова доля наставников 15–19 лет (%)?", 16.1, "share_mentors_15_19"),
        V("Удовлетворённость наставляемых (%)?", 86, "satisfaction_mentees", L_ank),
        V("Удовлетворённость наставников (%)?", 88, "satisfaction_mentors", L_ank),
        H("Педагоги"),
        V("Сколько молодых специалистов?", 4, "young_specialists"),
        V("Сколько молодых специалистов — наставляемые?", 4, "young_specialists_mentees", L_base),
        V("Сколько педагогов без учёта молодых специалистов?", 36, "teachers_other"),
        V("Сколько из них наставляемые?", 3, "teachers_other_mentees", L_base),
        V("Сколько педагогов выступают наставниками?", 12, "teachers_mentors", L_base),
        D("Сколько наставников планируется в 2025 году?", 15),
        V("Сколько педагогов обучено на КПК по наставничеству в 2024 году?", 2, "kpk_trained", L_kpk),
    ]
    wb = Workbook()
    props(wb, "Учитель")
    wb.active.title = "Лист1"  # left empty
    ws = wb.create_sheet("Лист2")
    wb.create_sheet("Лист3")  # left empty
    ws["A1"] = f"Сведения о реализации ЦМН в {org} в 2024 году"
    ws["A1"].font = BOLD
    for i, h in enumerate(["Вопрос", "Ответ", "Ссылка на документ (сайт ОО / облако)"]):
        ws.cell(row=2, column=i + 1, value=h).font = BOLD
    end = write_rows(e, ws, rows, 3, q="A", v="B", l="C", head_merge=False)
    box(ws, 2, end - 1, 1, 3)
    widths(ws, A=64, B=12, C=60)
    save(wb, e)
    return e


# ============================================================ F7
def f7():
    """«Ключевская ООШ/форма.xlsx»: the same file name as СОШ 3 in another folder;
    two columns, no per-row links (one link to the site's page at the bottom)."""
    org = "МКОУ «Ключевская ООШ»"
    e = Entry("typed/Ключевская ООШ/форма.xlsx", org)
    rows = [
        V("Положение о наставничестве педагогов (приказ)", "да", "orgs_regulation_teachers"),
        V("Положение о наставничестве обучающихся (приказ)", "да", "orgs_regulation_students"),
        V("Приказ о мониторинге ЦМН", "нет", "orgs_monitoring_order"),
        V("Кураторы", 1, "curators_total"),
        V("Наставники по приказу", 5, "mentors_total"),
        V("Наставляемые по приказу", 10, "mentees_total"),
        V("Персонализированные программы — всего", 6, "pp_total"),
        V("  ученик – ученик", 2, "pp_pupil_pupil"),
        V("  учитель – учитель", 1, "pp_teacher_teacher"),
        V("  учитель – ученик", 3, "pp_teacher_pupil"),
        V("Обучающиеся от 10 до 19 лет", 38, "students_10_19"),
        V("Из них наставляемые", 9, "mentees_10_19"),
        V("Доля, %", 23.68, "share_mentees_10_19"),
        V("Обучающиеся от 15 до 19 лет", 7, "students_15_19"),
        V("Из них наставники", 2, "mentors_15_19"),
        V("Молодые специалисты", 1, "young_specialists"),
        V("Молодые специалисты — наставляемые", 1, "young_specialists_mentees"),
        V("Остальные педагоги", 9, "teachers_other"),
        V("Остальные педагоги — наставляемые", 0, "teachers_other_mentees"),
        V("Педагоги-наставники", 3, "teachers_mentors"),
        V("Удовлетворённость наставляемых, %", 94, "satisfaction_mentees"),
        V("Удовлетворённость наставников, %", 100, "satisfaction_mentors"),
        D("Страница «Наставничество» на сайте школы", "https://kluchi-oosh.gosuslugi.ru/nastavnichestvo/"),
    ]
    wb = Workbook()
    props(wb, "Директор")
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = org
    ws["A1"].font = BOLD
    ws["A2"] = "Мониторинг наставничества — 2024"
    end = write_rows(e, ws, rows, 4, q="A", v="B")
    box(ws, 4, end - 1, 1, 2)
    widths(ws, A=52, B=46)
    save(wb, e)
    return e


# ============================================================ F8
def f8():
    """«ДДТ/Копия Мониторинг ЦМН 2024.xlsx»: an institution of additional education
    in its own folder; «Копия» in the name; header row at the top, organisation in
    a footer-like signature line and in the title."""
    org = "МБУ ДО «Дом детского творчества»"
    e = Entry("typed/ДДТ/Копия Мониторинг ЦМН 2024.xlsx", org)
    site = "https://ddt-malorechinsk.gosuslugi.ru/roditelyam-i-uchenikam/nastavnichestvo/"
    L_pol = site + "polozhenie-o-nastavnichestve.pdf"
    L_mon = site + "prikaz-o-monitoringe-2024.pdf"
    L_base = site + "prikaz-nastavniki-2024.pdf"
    L_pp = site + "programmy-2024.pdf"
    L_ank = "https://disk.yandex.ru/i/ddt_ankety_2024"
    rows = [
        V("Положение о системе наставничества педагогов", "Да", "orgs_regulation_teachers", L_pol),
        V("Положение о системе наставничества обучающихся", "Да", "orgs_regulation_students", L_pol),
        V("Приказ о мониторинге", "Да", "orgs_monitoring_order", L_mon),
        V("Количество кураторов", 1, "curators_total", L_mon),
        V("Количество наставников (приказ)", 14, "mentors_total", L_base),
        V("Количество наставляемых (приказ)", 62, "mentees_total", L_base),
        V("ПП всего", 14, "pp_total", L_pp),
        V("ПП ученик – ученик", 6, "pp_pupil_pupil", L_pp),
        V("ПП педагог – педагог", 3, "pp_teacher_teacher", L_pp),
        V("ПП педагог – обучающийся", 5, "pp_teacher_pupil", L_pp),
        V("Обучающиеся 10–19 лет, всего (по контингенту)", 620, "students_10_19"),
        V("Обучающиеся 10–19 лет — наставляемые", 58, "mentees_10_19", L_base),
        V("  из них одарённые (реестр)", 21, "mentees_gifted", L_base),
        V("Доля наставляемых 10–19 лет, %", 9.35, "share_mentees_10_19"),
        V("Обучающиеся 15–19 лет, всего", 96, "students_15_19"),
        V("Обучающиеся 15–19 лет — наставники", 8, "mentors_15_19", L_base),
        V("Доля наставников 15–19 лет, %", 8.33, "share_mentors_15_19"),
        V("Удовлетворённость наставляемых, %", 90, "satisfaction_mentees", L_ank),
        V("Удовлетворённость наставников, %", 92, "satisfaction_mentors", L_ank),
        V("Молодые специалисты", 3, "young_specialists"),
        V("Молодые специалисты — наставляемые", 3, "young_specialists_mentees", L_base),
        V("Педагоги ДО (кроме молодых специалистов)", 27, "teachers_other"),
        V("Педагоги ДО (кроме молодых специалистов) — наставляемые", 1, "teachers_other_mentees", L_base),
        V("Педагоги — наставники", 6, "teachers_mentors", L_base),
        V("Доля педагогов — наставников, %", 20, "share_teachers_mentors"),
        D("Количество детских объединений, участвующих в наставничестве", 11),
    ]
    wb = Workbook()
    props(wb, "ddt")
    ws = wb.active
    ws.title = "ЦМН 2024"
    ws["A1"] = f"Мониторинг реализации ЦМН — {org}, 2024 год"
    ws["A1"].font = BOLD
    for i, h in enumerate(["Показатель", "2024", "Ссылка"]):
        ws.cell(row=2, column=i + 1, value=h).font = BOLD
    end = write_rows(e, ws, rows, 3, q="A", v="B", l="C")
    box(ws, 2, end - 1, 1, 3)
    ws[f"A{end + 2}"] = f"Директор {org}  ____________  Н.Г. Вострикова"
    widths(ws, A=60, B=10, C=66)
    save(wb, e)
    return e


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    entries = [f1(), f2(), f3(), f4(), f5(), f6(), f7(), f8()]
    for e in entries:
        EXPECTED.append(e.as_json())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"note": "No file was re-saved through LibreOffice. "
                           "Мониторинг ЦМН 2024 Гимназия 1.xlsm: [Content_Types].xml rewritten to the "
                           "macro-enabled workbook type after openpyxl saved it.",
                   "cells": CELLS}, f, ensure_ascii=False, indent=1)
    nv = sum(len(e.values) for e in entries)
    nl = sum(len(e.links) for e in entries)
    for e in entries:
        print(f"{e.rel}: {len(e.values)} values, {len(e.links)} links")
    print(f"files {len(entries)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
