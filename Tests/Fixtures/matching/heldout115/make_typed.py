#!/usr/bin/env python3
"""heldout115: monitoring forms whose values are given by period, not for the year at once.

Seven organisations of the invented «Кедроградский городской округ» (Udmurtia, 2024) typed their
mentoring (ЦМН) forms with columns by quarter, by half-year, by school year (with and without a
calendar-year column), as states at two dates, as running totals, and one as a table of months.

Writes typed/*.xlsx, expected.json and cells.json. Deterministic: no randomness at all.
"""
import json
import pathlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
LINKFONT = Font(color="0563C1", underline="single")

YES = {"да", "имеется", "есть", "+", "да.", "издан", "утверждено"}
NO = {"нет", "отсутствует", "–", "-", "не издан"}


def catalogue_ids():
    ids = set()
    with open(CRITERIA_TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t", 1)[0])
    return ids


def norm(v):
    """The value a methodologist reads from a typed cell (numbers; yes/no as 1/0; text as text)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return 1 if v else 0
    if isinstance(v, (int, float)):
        return round(float(v), 2) if isinstance(v, float) else v
    s = str(v).strip()
    if s.lower() in YES:
        return 1
    if s.lower() in NO:
        return 0
    t = s.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
    try:
        x = float(t)
        return int(x) if x.is_integer() and "." not in t else round(x, 2)
    except ValueError:
        return s


class Form:
    """One form (one file here) and what we expect from it."""

    def __init__(self, fname, sheet, organisation):
        self.fname = fname
        self.sheet = sheet
        self.organisation = organisation
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        self.cells = []
        self.left_out = []  # criteria whose 2024 value the form does not give

    def value(self, crit, cell, typed, note=None):
        exp = norm(typed)
        assert crit not in self.values, (self.fname, crit)
        assert exp is not None and exp != "", (self.fname, crit, cell)
        self.values[crit] = exp
        c = {"file": "typed/" + self.fname, "sheet": self.sheet, "cell": cell, "criterion": crit,
             "kind": "value", "expected": exp, "typed": typed}
        if note:
            c["note"] = note
        self.cells.append(c)

    def link(self, crit, cell, url):
        assert crit not in self.links, (self.fname, crit)
        self.links[crit] = url
        self.cells.append({"file": "typed/" + self.fname, "sheet": self.sheet, "cell": cell,
                           "criterion": crit, "kind": "link", "expected": url})

    def entry(self):
        return {"file": "typed/" + self.fname, "year": 2024, "organisation": self.organisation,
                "values": self.values, "links": self.links, "not_criteria": self.not_criteria,
                "headings": self.headings}


def put(ws, ref, value, bold=False, border=True, fill=None, align=WRAP, font=None):
    c = ws[ref]
    c.value = value
    if bold:
        c.font = BOLD
    if font is not None:
        c.font = font
    if border:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    c.alignment = align
    return c


def put_link(ws, ref, url, shown=None, hyper=True):
    c = put(ws, ref, shown if shown is not None else url)
    if hyper:
        c.hyperlink = url
        c.font = LINKFONT
    return c


def period_table(ws, form, first_row, col_title, period_cols, link_col, rows, note_col=None,
                 num_col=None, link_style="plain", heading_span=None):
    """Write rows of a period table.

    rows: ("H", text) for a section heading, or
          ("R", number, title, [typed values by period], link or None, criterion or None,
           index of the period holding the 2024 value or None, note or None)
    """
    r = first_row
    last_col = link_col if note_col is None else max(link_col, note_col)
    first_col = num_col if num_col else col_title
    for row in rows:
        if row[0] == "H":
            text = row[1]
            ws.merge_cells(start_row=r, start_column=first_col, end_row=r, end_column=last_col)
            put(ws, f"{get_column_letter(first_col)}{r}", text, bold=True, fill=LIGHT)
            form.headings.append(text)
            r += 1
            continue
        _, num, title, vals, url, crit, pick, note = row
        if num_col:
            put(ws, f"{get_column_letter(num_col)}{r}", num, align=CENTER)
        put(ws, f"{get_column_letter(col_title)}{r}", title)
        for col, v in zip(period_cols, vals):
            put(ws, f"{get_column_letter(col)}{r}", v, align=CENTER)
        for col in period_cols[len(vals):]:
            put(ws, f"{get_column_letter(col)}{r}", None, align=CENTER)
        lref = f"{get_column_letter(link_col)}{r}"
        if url:
            if link_style == "plain":
                put(ws, lref, url)
            elif link_style == "hyper":
                put_link(ws, lref, url)
            elif link_style == "shown":
                put_link(ws, lref, url, shown="документ")
        else:
            put(ws, lref, None)
        if note_col:
            put(ws, f"{get_column_letter(note_col)}{r}", note)
        if crit is None:
            form.not_criteria.append(title)
        elif pick is None:
            form.left_out.append((crit, title))
        else:
            ref = f"{get_column_letter(period_cols[pick])}{r}"
            form.value(crit, ref, vals[pick])
            if url:
                form.link(crit, lref, url)
        r += 1
    return r


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


def pct(a, b):
    return round(a / b * 100 + 1e-9, 2)


# ---------------------------------------------------------------- 1. quarters ---
def file1():
    fname = "01_sosh7_kvartaly_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "2024 поквартально"
    form = Form(fname, ws.title, "МБОУ «СОШ № 7»")
    base = "https://sh7-kedrograd-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    ws.merge_cells("A1:H1")
    put(ws, "A1", "Мониторинг реализации целевой модели наставничества за 2024 год", bold=True,
        border=False, align=CENTER)
    ws.merge_cells("A2:H2")
    put(ws, "A2", "МБОУ «СОШ № 7»", bold=True, border=False, align=CENTER)
    ws.merge_cells("A3:H3")
    put(ws, "A3", "Данные по кварталам. В гр. «За год» – итог за 2024 г.; по численности – на конец года "
        "(где «х» – см. IV кв.)", border=False, align=WRAP, font=Font(italic=True))
    hdr = ["№", "Показатель", "I кв.", "II кв.", "III кв.", "IV кв.", "За год",
           "Подтверждающий документ (ссылка)"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}5", h, bold=True, fill=GREY, align=CENTER)
    L = lambda s: base + s
    y4 = 4  # index of «За год»
    q4 = 3  # index of «IV кв.»
    rows = [
        ("H", "I. Нормативная база"),
        ("R", "1", "Положение о наставничестве пед. работников утверждено (да/нет)",
         ["да", "да", "да", "да", "да"], L("polozhenie_ped.pdf"), "orgs_regulation_teachers", y4, None),
        ("R", "2", "Положение о наставничестве обучающихся (да/нет)",
         ["да", "да", "да", "да", "да"], L("polozhenie_obuch.pdf"), "orgs_regulation_students", y4, None),
        ("R", "3", "Приказ о проведении мониторинга ЦМН в школе",
         ["нет", "нет", "нет", "да", "да"], L("prikaz_monitoring_2024.pdf"), "orgs_monitoring_order", y4, None),
        ("R", "4", "Инф. справка по итогам внутреннего мониторинга",
         [None, "да", None, "да", "да"], L("spravka_vnutr_monitoring_2024.pdf"), "internal_monitoring_notes", y4,
         None),
        ("H", "II. Организация наставничества"),
        ("R", "5", "Кураторы внедрения ЦМН, чел.", [1, 1, 2, 2, 2], L("prikaz_kurator.pdf"), "curators_total",
         y4, None),
        ("R", "6", "Наставники по приказу (всего), чел.", [33, 35, 39, 41, 41],
         L("prikaz_pary_2024.pdf"), "mentors_total", y4, None),
        ("R", "6.1", "в т.ч. педагоги-наставники", [22, 24, 25, 26, 26], L("prikaz_pary_2024.pdf#ped"),
         "teachers_mentors", y4, None),
        ("R", "6.2", "в т.ч. наставники из других организаций (ОО, предприятия)", [2, 2, 3, 3, 3],
         L("dogovory_partnery.pdf"), None, None, None),
        ("R", "7", "Наставляемые по приказу (всего), чел.", [64, 60, 71, 74, 74],
         L("prikaz_pary_2024.pdf#nl"), "mentees_total", y4, None),
        ("H", "III. Персонализированные программы (утверждено за период)"),
        ("R", "8", "ПП наставничества, всего", [4, 3, 14, 5, 26], L("pp_2024_vse.zip"), "pp_total", y4, None),
        ("R", "8.1", "   ученик – ученик", [1, 1, 6, 2, 10], L("pp_uchenik_uchenik.pdf"), "pp_pupil_pupil", y4,
         None),
        ("R", "8.2", "   учитель – учитель", [2, 1, 4, 1, 8], L("pp_uchitel_uchitel.pdf"), "pp_teacher_teacher", y4,
         None),
        ("R", "8.3", "   администрация – педагог", [0, 0, 1, 0, 1], L("pp_rukovoditel_pedagog.pdf"),
         "pp_head_teacher", y4, None),
        ("R", "8.4", "   учитель – ученик", [1, 1, 3, 2, 7], L("pp_uchitel_uchenik.pdf"), "pp_teacher_pupil", y4,
         None),
        ("H", "IV. Обучающиеся"),
        ("R", "9", "Кол-во обучающихся 10-19 лет (контингент)", [612, 608, 634, 631, "х"], None,
         "students_10_19", q4, None),
        ("R", "10", "из них в роли наставляемых", [41, 38, 47, 49, 49], L("baza_nastavlyaemyh.xlsx"),
         "mentees_10_19", y4, None),
        ("R", "10.1", "   «группа риска»", [5, 5, 6, 7, 7], L("baza_nastavlyaemyh.xlsx#risk"), "mentees_risk", y4,
         None),
        ("R", "10.2", "   дети с ОВЗ, дети-инвалиды", [3, 3, 4, 4, 4], L("baza_nastavlyaemyh.xlsx#ovz"),
         "mentees_disabled", y4, None),
        ("R", "10.3", "   низкая мотивация / неуспевающие", [12, 10, 13, 14, 14],
         L("baza_nastavlyaemyh.xlsx#motiv"), "mentees_low_motivation", y4, None),
        ("R", "11", "Доля наставляемых 10-19 лет, %", [pct(41, 612), pct(38, 608), pct(47, 634), pct(49, 631), "х"],
         None, "share_mentees_10_19", q4, None),
        ("R", "12", "Кол-во обучающихся 15-19 лет", [118, 115, 124, 124, "х"], None, "students_15_19", q4, None),
        ("R", "13", "Наставники из числа обучающихся 15-19 лет", [9, 9, 11, 12, 12], L("prikaz_pary_2024.pdf#uch"),
         "mentors_15_19", y4, None),
        ("R", "14", "Доля обучающихся 15-19 лет – наставников, %",
         [pct(9, 118), pct(9, 115), pct(11, 124), pct(12, 124), "х"], None, "share_mentors_15_19", q4, None),
        ("H", "V. Педагоги"),
        ("R", "15", "Молодые специалисты (до 35 лет, стаж до 3-х лет)", [6, 6, 8, 8, "х"], None,
         "young_specialists", q4, None),
        ("R", "16", "из них наставляемые", [6, 6, 8, 8, 8], L("prikaz_pary_2024.pdf#ms"),
         "young_specialists_mentees", y4, None),
        ("R", "17", "Доля МС-наставляемых, %", [100, 100, 100, 100, "х"], None, "share_young_specialists_mentees",
         q4, None),
        ("R", "18", "Педагоги (без молодых специалистов)", [47, 47, 46, 46, "х"], None, "teachers_other", q4, None),
        ("R", "19", "из них наставляемые", [17, 16, 16, 17, 17], L("prikaz_pary_2024.pdf#ped_nl"),
         "teachers_other_mentees", y4, None),
        ("R", "20", "Доля педагогов-наставляемых (вкл. МС), %",
         [pct(23, 53), pct(22, 53), pct(24, 54), pct(25, 54), "х"], None, "share_teachers_mentees", q4, None),
        ("R", "21", "Прошли КПК по наставничеству, чел.", [2, 0, 3, 1, 6], L("udostovereniya_kpk_2024.pdf"),
         "kpk_trained", y4, None),
        ("R", "22", "ШМО наставников", [1, 1, 1, 1, 1], L("prikaz_shmo.pdf"), "school_methodical_associations", y4,
         None),
        ("H", "VI. Дополнительно"),
        ("R", "23", "Проведено заседаний ШМО наставников", [1, 1, 0, 2, 4], L("protokoly_shmo.pdf"), None, None,
         None),
        ("R", "24", "Встреч наставнических пар (по журналам)", [58, 49, 37, 66, 210], None, None, None, None),
    ]
    r = period_table(ws, form, 6, 2, [3, 4, 5, 6, 7], 8, rows, num_col=1)
    put(ws, f"A{r + 1}", "Директор школы ______________ И.В. Лаптева", border=False)
    put(ws, f"A{r + 2}", "Исп.: зам. директора по УВР Н.С. Корепанова, тел. 8 (34147) 2-14-07", border=False)
    widths(ws, [6, 52, 9, 9, 9, 9, 10, 62])
    ws.freeze_panes = "C6"
    wb.save(TYPED / fname)
    return form


# ---------------------------------------------------------------- 2. half-years ---
def file2():
    fname = "02_gimn2_polugodiya_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Наставничество"
    form = Form(fname, ws.title, "МАОУ «Гимназия № 2»")
    base = "https://gimn2-kedrograd.ru/upload/nastavnichestvo/2024/"
    L = lambda s: base + s
    put(ws, "A1", "Сведения о реализации целевой модели наставничества", bold=True, border=False, align=None)
    put(ws, "A2", "Учреждение: МАОУ «Гимназия № 2»", border=False, align=None)
    put(ws, "A3", "Отчётный период: 2024 год (по полугодиям)", border=False, align=None)
    hdr = ["Наименование показателя", "Ед. изм.", "I полугодие 2024", "II полугодие 2024", "Итого за 2024",
           "Ссылка на подтверждающий документ", "Примечание"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}5", h, bold=True, fill=GREY, align=CENTER)
    I, II, T = 0, 1, 2
    partners_1 = "МБОУ «СОШ № 15»; МБУК «Краеведческий музей г. Кедрограда»"
    partners_2 = "ГБПОУ «Кедроградский педагогический колледж»; АО «Кедрмаш»"
    partners = ("МБОУ «СОШ № 15»; ГБПОУ «Кедроградский педагогический колледж»; АО «Кедрмаш»; "
                "МБУК «Краеведческий музей г. Кедрограда»")
    # units go into column B: we prepend them to the values list via a wrapper below
    spec = [
        ("H", "Нормативное обеспечение"),
        ("Положение о системе наставничества педагогов", "–", ["имеется", "имеется", "имеется"],
         L("polozhenie_pedagogi.pdf"), "orgs_regulation_teachers", T, None),
        ("Положение о наставничестве обучающихся", "–", ["имеется", "имеется", "имеется"],
         L("polozhenie_obuchayushchiesya.pdf"), "orgs_regulation_students", T, None),
        ("Приказ о мониторинге реализации ЦМН", "–", ["имеется", "имеется", "имеется"],
         L("prikaz_monitoring.pdf"), "orgs_monitoring_order", T, None),
        ("H", "Организация процесса"),
        ("Куратор ЦМН", "чел.", [1, 1, 1], L("prikaz_kurator.pdf"), "curators_total", T, None),
        ("Соглашения с др. образоват. организациями (наставники от них)", "шт.", [1, 1, 2],
         L("soglasheniya_oo.pdf"), "agreements_edu_orgs", T, "заключено в периоде"),
        ("Соглашения с предприятиями", "шт.", [0, 1, 1], L("soglashenie_kedrmash.pdf"),
         "agreements_enterprises", T, "заключено в периоде"),
        ("Соглашения с иными организациями", "шт.", [1, 0, 1], L("soglashenie_muzei.pdf"),
         "agreements_other_orgs", T, "заключено в периоде"),
        ("Партнёры по наставничеству (наименования)", "–", [partners_1, partners_2, partners], None,
         "partner_list", T, None),
        ("Наставников по приказу", "чел.", [35, 44, 44], L("prikaz_pary.pdf"), "mentors_total", T,
         "на конец периода"),
        ("Наставляемых по приказу", "чел.", [88, 97, 97], L("prikaz_pary.pdf#nl"), "mentees_total", T,
         "на конец периода"),
        ("Наставники из других ОО (по приказу)", "чел.", [2, 4, 4], L("prikaz_vneshnie.pdf"),
         "external_edu_mentors", T, None),
        ("Наставники с предприятий", "чел.", [0, 2, 2], L("prikaz_vneshnie.pdf#pr"), "enterprise_mentors", T,
         None),
        ("Наставники из иных организаций", "чел.", [1, 1, 1], L("prikaz_vneshnie.pdf#in"), "other_org_mentors",
         T, None),
        ("Кол-во наставнических пар / групп", "шт.", [40, 45, 45], None, None, None, None),
        ("H", "Персонализированные программы"),
        ("ПП по всем формам", "шт.", [9, 17, 26], L("pp_2024.zip"), "pp_total", T, "утверждено в периоде"),
        ("  ученик – ученик", "шт.", [4, 8, 12], L("pp_2024/uu.pdf"), "pp_pupil_pupil", T, None),
        ("  учитель – учитель", "шт.", [3, 4, 7], L("pp_2024/pp.pdf"), "pp_teacher_teacher", T, None),
        ("  студент – ученик", "шт.", [0, 2, 2], L("pp_2024/su.pdf"), "pp_student_pupil", T,
         "студенты педколледжа"),
        ("  иные формы", "шт.", [2, 3, 5], L("pp_2024/inye.pdf"), "pp_other", T,
         "«представитель предприятия – ученик», «учитель – родитель»"),
        ("H", "Обучающиеся"),
        ("Обучающиеся 10–19 лет", "чел.", [702, 719, 719], None, "students_10_19", T, "на конец периода"),
        ("Наставляемые 10–19 лет", "чел.", [66, 72, 72], L("baza_nl.xlsx"), "mentees_10_19", T, None),
        ("  из них «одарённые» (в реестре)", "чел.", [14, 16, 16], L("baza_nl.xlsx#od"), "mentees_gifted", T,
         None),
        ("  с проблемами выбора проф. траектории", "чел.", [20, 25, 25], L("baza_nl.xlsx#pr"),
         "mentees_career", T, None),
        ("  по иным параметрам", "чел.", [18, 19, 19], L("baza_nl.xlsx#in"), "mentees_other_params", T, None),
        ("Доля наставляемых 10–19 лет", "%", [pct(66, 702), pct(72, 719), pct(72, 719)], None,
         "share_mentees_10_19", T, None),
        ("Обучающиеся 15–19 лет", "чел.", [164, 171, 171], None, "students_15_19", T, None),
        ("Обучающиеся 15–19 лет – наставники", "чел.", [8, 11, 11], L("prikaz_pary.pdf#uch"), "mentors_15_19", T,
         None),
        ("Доля обучающихся 15–19 лет – наставников", "%", [pct(8, 164), pct(11, 171), pct(11, 171)], None,
         "share_mentors_15_19", T, None),
        ("H", "Удовлетворённость"),
        ("Удовлетворённость наставляемых (завершённые программы)", "%", [91, 95, 93],
         L("anketirovanie_itogi.pdf"), "satisfaction_mentees", T, "анкетирование май и декабрь, среднее"),
        ("Удовлетворённость наставников (завершённые программы)", "%", [88, 94, 91],
         L("anketirovanie_itogi.pdf#n"), "satisfaction_mentors", T, "анкетирование май и декабрь, среднее"),
        ("H", "Педагогические кадры"),
        ("Молодые специалисты (до 35 л., первые 3 года)", "чел.", [9, 11, 20], None, "young_specialists", II,
         None),
        ("  из них наставляемые", "чел.", [9, 11, 11], L("prikaz_pary.pdf#ms"), "young_specialists_mentees", T,
         None),
        ("  из них наставники", "чел.", [0, 1, 1], L("prikaz_pary.pdf#ms_n"), "young_specialists_mentors", T,
         None),
        ("Педагоги, кроме молодых специалистов", "чел.", [58, 57, 57], None, "teachers_other", T, None),
        ("  из них наставляемые", "чел.", [13, 14, 14], L("prikaz_pary.pdf#p_nl"), "teachers_other_mentees", T,
         None),
        ("Доля МС – наставляемых", "%", [100, 100, 100], None, "share_young_specialists_mentees", T, None),
        ("Педагоги-наставники", "чел.", [24, 26, 26], L("prikaz_pary.pdf#p_n"), "teachers_mentors", T, None),
        ("Обучены на КПК по наставничеству", "чел.", [3, 2, 5], L("kpk_2024.pdf"), "kpk_trained", T, None),
        ("H", "Стимулирование"),
        ("Локальный акт об оплате работы наставника", "шт.", [1, 1, 1], L("polozhenie_oplata.pdf"), "pay_acts", T,
         None),
        ("Локальный акт о нематериальном поощрении", "шт.", [0, 1, 1], L("polozhenie_nemat.pdf"),
         "nonmaterial_acts", T, None),
        ("Проведено мероприятий по наставничеству", "ед.", [6, 9, 15], L("meropriyatiya.pdf"), None, None, None),
    ]
    # spec -> period_table rows; the unit (column B) is written afterwards
    r = 6
    rows = []
    for s in spec:
        if s[0] == "H":
            rows.append(s)
        else:
            title, unit, vals, url, crit, pick, note = s
            rows.append(("R", None, title, vals, url, crit, pick, note))
    end = period_table(ws, form, r, 1, [3, 4, 5], 6, rows, note_col=7, link_style="hyper")
    rr = r
    for s in spec:
        if s[0] != "H":
            put(ws, f"B{rr}", s[1], align=CENTER)
        rr += 1
    # «Молодые специалисты»: the school summed the two halves in «Итого» (20); the state at 31.12 is II (11)
    put(ws, f"A{end + 1}", "Зам. директора по НМР ____________ О.Р. Шкляева", border=False, align=None)
    put(ws, f"A{end + 2}", "20.12.2024", border=False, align=None)
    widths(ws, [50, 8, 14, 14, 14, 58, 40])
    wb.save(TYPED / fname)
    return form


# ---------------------------------------------------------------- 3. school years + calendar year ---
def file3():
    fname = "03_sosh15_uch_gody_i_kalendarny_god.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    form = Form(fname, ws.title, "МБОУ «СОШ № 15»")
    base = "https://disk.yandex.ru/i/"
    keys = iter(["Kq7sPz1aLm2Wxg", "Rf3uTn8bQe4Hcy", "Zp5vMa2kLd9Xwe", "Hy6qBn4tRs1Ckv", "Wt2eLc7mPa5Gjz",
                 "Mn8rDx3vKq6Ftb", "Ja4hYs9wNe2Pld", "Vb1kQm6zTr8Ewc", "Ce9pGu5xLa3Rsn", "Xd7nWk2qHf4Ymt",
                 "Lg3tRb8sPe1Kqa", "Ub5mZc6vNd7Hwr", "Ev2yKa9rTq4Mgs", "Pq8wHn1dLc5Xzb", "Sk6fJr3mWe9Abt",
                 "Gn4xVq7tBd2Lsk", "Yr1cMe8pKw6Hqd", "Oa9sLb2nRv5Tjf", "Tf7kXa4eGm1Wpc", "Ih3qNd6zSc8Vrb",
                 "Qz5bEw2gMk7Lnu", "Bm8vTs1yHq4Dje", "Dc2rPa9kWn6Fgs", "Nw6hGe3tLx8Qbm", "Fs1mYc7qRa2Kvt",
                 "Kx4dUb8nTe5Pzr", "Ry9aWq1mCg3Lhe", "Wv3pFk6sNa9Ebt", "Ha7tLr2xDc4Mwq", "Zu5gMn8qBe1Ysf"])
    L = lambda: base + next(keys)
    ws.merge_cells("A1:F1")
    put(ws, "A1", "Мониторинг целевой модели наставничества", bold=True, border=False, align=CENTER)
    ws.merge_cells("A2:F2")
    put(ws, "A2", "МБОУ «СОШ № 15»", bold=True, border=False, align=CENTER)
    hdr = ["№ п/п", "Показатель", "2023/24 уч. г.", "2024/25 уч. г.", "2024 (календарный год)",
           "Источник (ссылка)"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}4", h, bold=True, fill=GREY, align=CENTER)
    C = 2  # calendar-year column
    S = 1  # 2024/25 column
    kpk = ("«Наставничество в образовательной организации: технологии и практики» (КИРО, 36 ч.); "
           "«Школа наставника» (ИРО УР, 24 ч.)")
    partners = "МАОУ «Гимназия № 2»; МБУ ДО «ДДТ»; МБУ «Центр «Семья»»"
    subj = "совместная реализация программ наставничества «учитель – учитель», обмен опытом"
    rows = [
        ("H", "Нормативное обеспечение"),
        ("R", 1, "Положение о наставничестве пед. работников", ["Да", "Да", "Да"], L(),
         "orgs_regulation_teachers", C, None),
        ("R", 2, "Положение о наставничестве обучающихся", ["Да", "Да", None], L(),
         "orgs_regulation_students", S, None),
        ("R", 3, "Приказ о мониторинге ЦМН", ["Нет", "Да", "Да"], L(), "orgs_monitoring_order", C, None),
        ("R", 4, "Справка по итогам внутреннего мониторинга", ["Да", "—", "Да"], L(),
         "internal_monitoring_notes", C, None),
        ("H", "Организация наставничества"),
        ("R", 5, "Куратор ЦМН (чел.)", [1, 1, 1], L(), "curators_total", C, None),
        ("R", 6, "Соглашения с ОО о предоставлении наставников", [1, 2, 2], L(), "agreements_edu_orgs", C, None),
        ("R", 7, "Соглашения с иными организациями", [0, 1, 1], L(), "agreements_other_orgs", C, None),
        ("R", 8, "С кем сотрудничаем", [None, None, partners], None, "partner_list", C, None),
        ("R", 9, "Предмет соглашений", [None, None, subj], None, "agreement_subjects", C, None),
        ("R", 10, "Наставники (по приказу)", [27, 30, 30], L(), "mentors_total", C, None),
        ("R", 11, "Наставляемые (по приказу)", [52, 58, 58], L(), "mentees_total", C, None),
        ("R", 12, "Число наставнических пар", [24, 27, 27], None, None, None, None),
        ("H", "Персонализированные программы"),
        ("R", 13, "ПП всего (утверждено)", [18, 11, 21], L(), "pp_total", C, None),
        ("R", 14, "ПП «ученик – ученик»", [7, 4, None], L(), "pp_pupil_pupil", None, None),
        ("R", 15, "ПП «учитель – учитель»", [6, 4, 8], L(), "pp_teacher_teacher", C, None),
        ("R", 16, "ПП «учитель – ученик»", [5, 3, None], L(), "pp_teacher_pupil", None, None),
        ("H", "Обучающиеся"),
        ("R", 17, "Обучающиеся 10-19 лет", [540, 556, 556], None, "students_10_19", C, None),
        ("R", 18, "Наставляемые 10-19 лет", [33, 37, 37], L(), "mentees_10_19", C, None),
        ("R", 19, "из них группа риска", [4, 6, None], L(), "mentees_risk", None, None),
        ("R", 20, "из них с ОВЗ / инвалидностью", [2, 2, 2], L(), "mentees_disabled", C, None),
        ("R", 21, "Доля наставляемых 10-19 лет, %", ["6,11", "6,65", "6,65"], None, "share_mentees_10_19", C, None),
        ("R", 22, "Обучающиеся 15-19 лет", [96, 101, None], None, "students_15_19", None, None),
        ("R", 23, "Наставники-обучающиеся 15-19 лет", [5, 7, None], L(), "mentors_15_19", None, None),
        ("R", 24, "Доля наставников 15-19 лет, %", ["5,21", "6,93", None], None, "share_mentors_15_19", None,
         None),
        ("R", 25, "Удовлетворённость наставляемых, %", [89, "—", 89], L(), "satisfaction_mentees", C, None),
        ("R", 26, "Удовлетворённость наставников, %", [90, "—", None], L(), "satisfaction_mentors", None, None),
        ("H", "Педагоги"),
        ("R", 27, "Молодые специалисты", [4, 5, 5], None, "young_specialists", C, None),
        ("R", 28, "МС в роли наставляемых", [4, 5, 5], L(), "young_specialists_mentees", C, None),
        ("R", 29, "Педагоги (без МС)", [39, 40, 40], None, "teachers_other", C, None),
        ("R", 30, "Педагоги (без МС) в роли наставляемых", [15, 16, 16], L(), "teachers_other_mentees", C, None),
        ("R", 31, "Педагоги-наставники", [22, 23, 23], L(), "teachers_mentors", C, None),
        ("R", 32, "Педагоги, участвующие в ПП", [21, 24, None], L(), "teachers_in_pp", None, None),
        ("R", 33, "Обучились на КПК по наставничеству", [2, 1, 3], L(), "kpk_trained", C, None),
        ("R", 34, "Курсы (названия)", [None, None, kpk], None, "kpk_courses", C, None),
        ("R", 35, "ШМО наставников", [1, 1, 1], L(), "school_methodical_associations", C, None),
        ("R", 36, "Положение об оплате наставничества", [1, 1, 1], L(), "pay_acts", C, None),
        ("R", 37, "Положение о нематериальном стимулировании", [0, 1, 1], L(), "nonmaterial_acts", C, None),
        ("H", "Прочее"),
        ("R", 38, "Выпускники, поступившие в пед. вузы / колледжи", [3, "—", 3], None, None, None, None),
    ]
    end = period_table(ws, form, 5, 2, [3, 4, 5], 6, rows, num_col=1, link_style="plain")
    put(ws, f"B{end + 1}", "Графа «2024» заполняется за календарный год (янв.–дек. 2024).", border=False)
    put(ws, f"B{end + 2}", "Директор ____________ / Т.А. Вахрушева /", border=False)
    widths(ws, [6, 50, 13, 13, 16, 40])
    wb.save(TYPED / fname)
    return form


# ---------------------------------------------------------------- 4. school years only ---
def file4():
    fname = "04_sosh22_po_uchebnym_godam.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    org = "МБОУ «СОШ № 22 с углублённым изучением отдельных предметов»"
    form = Form(fname, ws.title, org)
    base = "https://sh22-kedrograd-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-"
    n = iter(range(401, 460))
    L = lambda: f"{base}{next(n)}.html"
    put(ws, "A1", "Информация о реализации ЦМН (по учебным годам)", bold=True, border=False, align=None)
    put(ws, "A2", org, border=False, align=None)
    put(ws, "A3", "Сведения по 2024/25 уч. г. – по состоянию на 20.12.2024", border=False, align=None,
        font=Font(italic=True))
    hdr = ["Критерий", "2023/24 уч. г.", "2024/25 уч. г.", "Ссылка", "Комментарий"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}5", h, bold=True, fill=GREY, align=CENTER)
    S = 1
    P = 0
    rows = [
        ("R", None, "Положение о наставничестве педагогов", ["да", "да"], L(), "orgs_regulation_teachers", S, None),
        ("R", None, "Положение о наставничестве обучающихся", ["нет", "да"], L(), "orgs_regulation_students", S,
         "утв. 02.09.2024"),
        ("R", None, "Приказ о мониторинге ЦМН", ["да", "да"], L(), "orgs_monitoring_order", S, None),
        ("R", None, "Кураторы ЦМН", [1, 2], L(), "curators_total", S, None),
        ("R", None, "Наставники по приказу", [19, 23], L(), "mentors_total", S, None),
        ("R", None, "Наставляемые по приказу", [40, 47], L(), "mentees_total", S, None),
        ("R", None, "Наставники из других ОО", [0, 1], L(), "external_edu_mentors", S, None),
        ("R", None, "Перс. программы – всего", [12, 9], L(), "pp_total", None, None),
        ("R", None, "ПП ученик-ученик", [5, 4], L(), "pp_pupil_pupil", None, None),
        ("R", None, "ПП учитель-учитель", [4, 3], L(), "pp_teacher_teacher", None, None),
        ("R", None, "ПП руководитель-педагог", [1, 0], L(), "pp_head_teacher", None, None),
        ("R", None, "ПП учитель-ученик", [2, 2], L(), "pp_teacher_pupil", None, None),
        ("R", None, "Обучающихся 10–19 лет", [488, 495], None, "students_10_19", S, None),
        ("R", None, "Наставляемых 10–19 лет", [26, 31], L(), "mentees_10_19", S, None),
        ("R", None, "в т.ч. одарённые дети", [6, 7], L(), "mentees_gifted", S, None),
        ("R", None, "в т.ч. низкая мотивация, неуспеваемость", [9, 11], L(), "mentees_low_motivation", S, None),
        ("R", None, "Доля наставляемых 10–19 лет (%)", [pct(26, 488), pct(31, 495)], None, "share_mentees_10_19",
         S, None),
        ("R", None, "Обучающихся 15–19 лет", [80, 84], None, "students_15_19", S, None),
        ("R", None, "Наставников из обучающихся 15–19 лет", [3, 4], L(), "mentors_15_19", S, None),
        ("R", None, "Доля наставников 15–19 лет (%)", [pct(3, 80), pct(4, 84)], None, "share_mentors_15_19", S,
         None),
        ("R", None, "Удовлетворённость наставляемых (%)", [87, "—"], L(), "satisfaction_mentees", P,
         "анкетирование 23.05.2024; следующее – май 2025"),
        ("R", None, "Удовлетворённость наставников (%)", [90, "—"], L(), "satisfaction_mentors", P,
         "анкетирование 23.05.2024"),
        ("R", None, "Молодые специалисты", [3, 4], None, "young_specialists", S, None),
        ("R", None, "Молодые специалисты – наставляемые", [3, 4], L(), "young_specialists_mentees", S, None),
        ("R", None, "Молодые специалисты – наставники", [0, 0], None, "young_specialists_mentors", S, None),
        ("R", None, "Педагоги (кроме МС)", [36, 35], None, "teachers_other", S, None),
        ("R", None, "Педагоги (кроме МС) – наставляемые", [11, 12], L(), "teachers_other_mentees", S, None),
        ("R", None, "Педагоги – наставники", [16, 18], L(), "teachers_mentors", S, None),
        ("R", None, "Обучено на КПК (наставничество)", [1, 2], L(), "kpk_trained", None, None),
        ("R", None, "МО наставников в школе", [0, 1], L(), "school_methodical_associations", S, "создано в сент. 2024"),
        ("R", None, "Положение о нематериальном поощрении наставников", [1, 1], L(), "nonmaterial_acts", S, None),
        ("R", None, "Доля педагогов высшей категории (%)", [41.7, 42.9], None, None, None, None),
        ("R", None, "Открытые уроки наставников", [8, 3], L(), None, None, None),
    ]
    end = period_table(ws, form, 6, 1, [2, 3], 4, rows, note_col=5, link_style="plain")
    put(ws, f"A{end + 1}", "Отв. Ложкина Е.В., зам. директора по УВР", border=False, align=None)
    widths(ws, [52, 14, 14, 66, 40])
    wb.save(TYPED / fname)
    return form


# ---------------------------------------------------------------- 5. two dates ---
def file5():
    fname = "05_ddt_na_01.01_i_31.12.2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    org = "МБУ ДО «Дом детского творчества»"
    form = Form(fname, ws.title, org)
    base = "https://ddt-kedrograd.ru/documents/nastavnichestvo/"
    L = lambda s: base + s
    ws.merge_cells("A1:F1")
    put(ws, "A1", org + " г. Кедрограда", bold=True, border=False, align=CENTER)
    ws.merge_cells("A2:F2")
    put(ws, "A2", "Мониторинг реализации целевой модели наставничества: состояние на начало и конец 2024 года",
        border=False, align=CENTER)
    hdr = ["№", "Показатель", "на 01.01.2024", "на 31.12.2024", "Изменение (+/–)", "Ссылка на документ"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}4", h, bold=True, fill=GREY, align=CENTER)
    E, B, D = 1, 0, 2
    partners = ("МБОУ «СОШ № 3»; МБОУ «СОШ № 7»; МБОУ «СОШ № 15»; ООО «Кедр-Электроника»; "
                "МАУК «Городская библиотека им. А.С. Пушкина»")

    def d(a, b):
        if isinstance(a, int) and isinstance(b, int):
            return 0 if a == b else (f"+{b - a}" if b > a else str(b - a))
        return None

    raw = [
        ("H", "1. Нормативные документы"),
        ("1.1", "Положение о наставничестве педагогических работников", "да", "да",
         L("polozhenie_ped.pdf"), "orgs_regulation_teachers", E),
        ("1.2", "Положение о наставничестве обучающихся", "да", "да", L("polozhenie_uch.pdf"),
         "orgs_regulation_students", E),
        ("1.3", "Приказ о мониторинге ЦМН", "нет", "да", L("prikaz_monitoring.pdf"), "orgs_monitoring_order", E),
        ("1.4", "Справка по внутреннему мониторингу", "нет", "да", L("spravka_2024.pdf"),
         "internal_monitoring_notes", E),
        ("H", "2. Организация"),
        ("2.1", "Кураторы ЦМН, чел.", 1, 1, L("prikaz_kurator.pdf"), "curators_total", E),
        ("2.2", "Соглашения с ОО (наставники от школ)", 2, 3, L("soglasheniya_oo.pdf"), "agreements_edu_orgs", E),
        ("2.3", "Соглашения с предприятиями", 1, 1, L("soglashenie_kedr_el.pdf"), "agreements_enterprises", E),
        ("2.4", "Соглашения с иными организациями", 0, 1, L("soglashenie_biblioteka.pdf"), "agreements_other_orgs",
         E),
        ("2.5", "Перечень партнёров", None, partners, None, "partner_list", E),
        ("2.6", "Наставники (приказ), чел.", 14, 17, L("prikaz_pary.pdf"), "mentors_total", E),
        ("2.7", "Наставляемые (приказ), чел.", 30, 36, L("prikaz_pary.pdf#2"), "mentees_total", E),
        ("2.8", "Наставники из школ (внешние ОО), чел.", 2, 3, L("prikaz_pary.pdf#3"), "external_edu_mentors", E),
        ("2.9", "Наставники с предприятий, чел.", 1, "без изменений", L("prikaz_pary.pdf#4"), "enterprise_mentors",
         B),
        ("2.10", "Объединения (кружки), где реализуются ПП", 8, 10, None, None, None),
        ("H", "3. Персонализированные программы"),
        ("3.1", "ПП утверждённые, всего", 11, 14, L("pp_2024.zip"), "pp_total", E),
        ("3.2", "в т.ч. педагог – педагог", 3, 4, L("pp_pp.pdf"), "pp_teacher_teacher", E),
        ("3.3", "в т.ч. педагог – обучающийся", 6, 7, L("pp_pu.pdf"), "pp_teacher_pupil", E),
        ("3.4", "в т.ч. иные (педагог – родитель, выпускник – обучающийся)", 2, 3, L("pp_inye.pdf"), "pp_other", E),
        ("H", "4. Обучающиеся"),
        ("4.1", "Обучающиеся 10–19 лет, чел.", 846, 871, None, "students_10_19", E),
        ("4.2", "Наставляемые 10–19 лет, чел.", 21, 26, L("baza_nl.xlsx"), "mentees_10_19", E),
        ("4.3", "из них одарённые (реестр)", 9, 12, L("baza_nl.xlsx#od"), "mentees_gifted", E),
        ("4.4", "из них ОВЗ / дети-инвалиды", 2, 3, L("baza_nl.xlsx#ovz"), "mentees_disabled", E),
        ("4.5", "Доля наставляемых 10–19 лет, %", pct(21, 846), pct(26, 871), None, "share_mentees_10_19", E),
        ("4.6", "Обучающиеся 15–19 лет, чел.", 190, 203, None, "students_15_19", E),
        ("4.7", "Наставники из обучающихся 15–19 лет, чел.", 2, 3, L("prikaz_pary.pdf#5"), "mentors_15_19", E),
        ("4.8", "Удовлетворённость наставляемых, %", "х", 96, L("anketa_itogi.pdf"), "satisfaction_mentees", E),
        ("4.9", "Удовлетворённость наставников, %", "х", 94, L("anketa_itogi.pdf#n"), "satisfaction_mentors", E),
        ("H", "5. Педагоги"),
        ("5.1", "Молодые специалисты, чел.", 2, 3, None, "young_specialists", E),
        ("5.2", "Молодые специалисты – наставляемые, чел.", 2, 3, L("prikaz_pary.pdf#6"), "young_specialists_mentees",
         E),
        ("5.3", "Педагоги (без МС), чел.", 25, 26, None, "teachers_other", E),
        ("5.4", "Педагоги (без МС) – наставляемые, чел.", 7, 7, L("prikaz_pary.pdf#7"), "teachers_other_mentees", E),
        ("5.5", "Педагоги – наставники, чел.", 9, 10, L("prikaz_pary.pdf#8"), "teachers_mentors", E),
        ("5.6", "Педагоги, участвующие в ПП, чел.", 12, None, L("pp_2024.zip#uch"), "teachers_in_pp", None),
        ("5.7", "Обучено на КПК по наставничеству за 2024 г., чел.", "х", 2, L("kpk_2024.pdf"), "kpk_trained", E),
        ("5.8", "Методическое объединение наставников", 1, 1, L("prikaz_mo.pdf"), "school_methodical_associations",
         E),
        ("H", "6. Стимулирование"),
        ("6.1", "Локальные акты об оплате наставничества", 1, 1, L("polozhenie_oplata.pdf"), "pay_acts", E),
        ("6.2", "Локальные акты о нематериальном поощрении", 1, 1, L("polozhenie_nemat.pdf"), "nonmaterial_acts", E),
    ]
    rows = []
    for x in raw:
        if x[0] == "H":
            rows.append(x)
            continue
        num, title, a, b, url, crit, pick = x
        rows.append(("R", num, title, [a, b, d(a, b)], url, crit, pick, None))
    end = period_table(ws, form, 5, 2, [3, 4, 5], 6, rows, num_col=1, link_style="shown")
    put(ws, f"B{end + 1}", "Директор МБУ ДО «ДДТ» ___________ Г.Н. Перевощикова", border=False)
    put(ws, f"B{end + 2}", "Методист Сунцова А.А., 8 (34147) 3-22-18", border=False)
    widths(ws, [6, 56, 14, 14, 14, 14])
    wb.save(TYPED / fname)
    return form


# ---------------------------------------------------------------- 6. running totals ---
def file6():
    fname = "06_sosh3_narastayushchim_itogom_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    org = "МБОУ «СОШ № 3»"
    form = Form(fname, ws.title, org)
    base = "https://sh3-kedrograd-r18.gosweb.gosuslugi.ru/netcat_files/30/"
    n = iter(range(1101, 1200))
    L = lambda: f"{base}{next(n)}/nastavnichestvo_2024.pdf"
    put(ws, "A1", "МБОУ «СОШ № 3» г. Кедрограда", bold=True, border=False, align=None)
    put(ws, "A2", "Отчёт о реализации целевой модели наставничества, 2024 год", bold=True, border=False, align=None)
    put(ws, "A3", "(данные нарастающим итогом с начала года; численность – на конец отчётного периода; "
        "«+» – имеется, «–» – отсутствует)", border=False, align=None, font=Font(italic=True))
    hdr = ["Показатель", "I кв.", "I полуг.", "9 мес.", "12 мес. (год)", "Ссылка"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}5", h, bold=True, fill=GREY, align=CENTER)
    Y = 3
    partners = "МБУ ДО «ДДТ»; ООО «Кедр-Электроника»; АО «Кедроградский хлебозавод»"
    kpk = "«Наставник в современной школе» (ИРО УР, 36 ч.); «Технологии наставничества» (Юрайт, 16 ч.)"
    rows = [
        ("H", "Нормативка"),
        ("R", None, "Положение о системе наставничества пед. работников", ["+", "+", "+", "+"], L(),
         "orgs_regulation_teachers", Y, None),
        ("R", None, "Положение о наставничестве обучающихся", ["+", "+", "+", "+"], L(), "orgs_regulation_students",
         Y, None),
        ("R", None, "Приказ о мониторинге ЦМН", ["–", "–", "+", "+"], L(), "orgs_monitoring_order", Y, None),
        ("R", None, "Справка по итогам внутреннего мониторинга", ["–", "+", "+", "+"], L(),
         "internal_monitoring_notes", Y, None),
        ("H", "Организация"),
        ("R", None, "Кураторы (чел.)", [1, 1, 1, 1], L(), "curators_total", Y, None),
        ("R", None, "Заключено соглашений с др. ОО", [0, 1, 1, 1], L(), "agreements_edu_orgs", Y, None),
        ("R", None, "Заключено соглашений с предприятиями", [1, 1, 2, 2], L(), "agreements_enterprises", Y, None),
        ("R", None, "Партнёры", [None, None, None, partners], None, "partner_list", Y, None),
        ("R", None, "Наставники по приказу (чел.)", [40, 42, 45, 47], L(), "mentors_total", Y, None),
        ("R", None, "Наставляемые по приказу (чел.)", [95, 97, 104, 109], L(), "mentees_total", Y, None),
        ("R", None, "Наставники из др. образоват. организаций", [0, 1, 1, 1], L(), "external_edu_mentors", Y, None),
        ("R", None, "Наставники от предприятий", [1, 1, 3, 3], L(), "enterprise_mentors", Y, None),
        ("H", "Персонализированные программы (утверждено с начала года)"),
        ("R", None, "ПП – всего", [8, 12, 25, 29], L(), "pp_total", Y, None),
        ("R", None, "ученик–ученик", [3, 5, 10, 12], L(), "pp_pupil_pupil", Y, None),
        ("R", None, "учитель–учитель", [2, 3, 6, 7], L(), "pp_teacher_teacher", Y, None),
        ("R", None, "руководитель–педагог", [1, 1, 1, 1], L(), "pp_head_teacher", Y, None),
        ("R", None, "учитель–ученик", [2, 3, 7, 8], L(), "pp_teacher_pupil", Y, None),
        ("R", None, "иная (работодатель–ученик)", [0, 0, 1, 1], L(), "pp_other", Y, None),
        ("H", "Обучающиеся"),
        ("R", None, "Обучающиеся 10–19 л.", [1104, 1098, 1142, 1139], None, "students_10_19", Y, None),
        ("R", None, "Наставляемые 10–19 л.", [70, 71, 77, 81], L(), "mentees_10_19", Y, None),
        ("R", None, "«группа риска»", [9, 9, 11, 12], L(), "mentees_risk", Y, None),
        ("R", None, "выбор проф. траектории", [22, 22, 25, 27], L(), "mentees_career", Y, None),
        ("R", None, "иные параметры", [14, 15, 15, 16], L(), "mentees_other_params", Y, None),
        ("R", None, "Доля наставляемых 10–19 л., %", [pct(70, 1104), pct(71, 1098), pct(77, 1142), pct(81, 1139)],
         None, "share_mentees_10_19", Y, None),
        ("R", None, "Обучающиеся 15–19 л.", [205, 199, 214, 214], None, "students_15_19", Y, None),
        ("R", None, "Наставники-обучающиеся 15–19 л.", [14, 14, 16, 17], L(), "mentors_15_19", Y, None),
        ("R", None, "Доля наставников 15–19 л., %", [pct(14, 205), pct(14, 199), pct(16, 214), pct(17, 214)], None,
         "share_mentors_15_19", Y, None),
        ("H", "Педагоги"),
        ("R", None, "Молодые специалисты", [7, 7, 9, 9], None, "young_specialists", Y, None),
        ("R", None, "МС – наставляемые", [7, 7, 9, 9], L(), "young_specialists_mentees", Y, None),
        ("R", None, "МС – наставники", [0, 0, 1, 1], L(), "young_specialists_mentors", Y, None),
        ("R", None, "Педагоги без МС", [71, 71, 70, 70], None, "teachers_other", Y, None),
        ("R", None, "Педагоги без МС – наставляемые", [18, 19, 18, 19], L(), "teachers_other_mentees", Y, None),
        ("R", None, "Доля педагогов-наставляемых (с МС), %", [pct(25, 78), pct(26, 78), pct(27, 79), pct(28, 79)],
         None, "share_teachers_mentees", Y, None),
        ("R", None, "Педагоги-наставники", [25, 26, 25, 26], L(), "teachers_mentors", Y, None),
        ("R", None, "Прошли КПК по наставничеству (чел.)", [1, 3, 3, 5], L(), "kpk_trained", Y, None),
        ("R", None, "Наименования КПК", [None, None, None, kpk], None, "kpk_courses", Y, None),
        ("H", "Стимулирование"),
        ("R", None, "Положение о доплатах наставникам", [1, 1, 1, 1], L(), "pay_acts", Y, None),
        ("R", None, "Положение о нематериальном поощрении", [1, 1, 1, 1], L(), "nonmaterial_acts", Y, None),
        ("R", None, "Стимулирующие выплаты наставникам, тыс. руб.", [42.0, 84.0, 126.0, 168.0], None, None, None,
         None),
        ("R", None, "Мероприятия в рамках ЦМН (ед.)", [3, 7, 10, 15], L(), None, None, None),
    ]
    end = period_table(ws, form, 6, 1, [2, 3, 4, 5], 6, rows, link_style="plain")
    put(ws, f"A{end + 1}", "Директор _____________ С.В. Бабинцев      Куратор ЦМН _____________ М.А. Мерзлякова",
        border=False, align=None)
    widths(ws, [48, 10, 10, 10, 13, 70])
    wb.save(TYPED / fname)
    return form


# ---------------------------------------------------------------- 7. months as rows ---
def file7():
    fname = "07_impuls_po_mesyacam_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "по месяцам"
    org = "МАУ ДО «ЦДТТ «Импульс»"
    form = Form(fname, ws.title, org)
    ws.merge_cells("A1:H1")
    put(ws, "A1", "МАУ ДО «ЦДТТ «Импульс» – наставничество, помесячный учёт, 2024 г.", bold=True, border=False,
        align=CENTER)
    hdr = ["Месяц", "Обучающихся 10–19 лет (контингент)", "Наставников (по приказу), чел.",
           "Наставляемых (по приказу), чел.", "в т.ч. обучающихся 10–19 лет", "Утверждено ПП за месяц",
           "Обучено на КПК (наставничество)", "Встреч / мероприятий"]
    for i, h in enumerate(hdr, start=1):
        put(ws, f"{get_column_letter(i)}3", h, bold=True, fill=GREY, align=CENTER)
    for i in range(1, 9):
        put(ws, f"{get_column_letter(i)}4", i, align=CENTER, fill=LIGHT)
    months = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
              "Ноябрь", "Декабрь"]
    contingent = [612, 615, 618, 618, 590, 214, 96, 120, 640, 662, 668, 668]
    mentors = [6, 6, 7, 7, 7, 4, 4, 4, 8, 9, 9, 9]
    mentees = [12, 12, 14, 14, 14, 8, 8, 8, 15, 17, 17, 18]
    m1019 = [10, 10, 12, 12, 12, 7, 7, 7, 13, 15, 15, 16]
    pp = [0, 1, 1, 0, 0, 0, "—", 0, 4, 2, 0, 0]
    kpk = [0, 0, 1, 0, 0, 0, "—", 0, 0, 1, 1, 0]
    events = [2, 3, 2, 2, 3, 1, "—", 0, 4, 3, 3, 2]
    r0 = 5
    for i, m in enumerate(months):
        r = r0 + i
        for col, v in zip("ABCDEFGH", [m, contingent[i], mentors[i], mentees[i], m1019[i], pp[i], kpk[i],
                                       events[i]]):
            put(ws, f"{col}{r}", v, align=CENTER if col != "A" else WRAP)
    tot = r0 + 12
    num = lambda xs: sum(x for x in xs if isinstance(x, int))
    for col, v in zip("ABCDEFGH", ["Итого за 2024 г.", "х", "х", "х", "х", num(pp), num(kpk), num(events)]):
        put(ws, f"{col}{tot}", v, bold=True, align=CENTER if col != "A" else WRAP)
    put(ws, f"A{tot + 1}", "Гр. 2–5 – численность на конец месяца; гр. 6–8 – за месяц. В июле учреждение не "
        "работало (отпуск).", border=False, font=Font(italic=True))
    dec = r0 + 11
    form.value("students_10_19", f"B{dec}", contingent[11])
    form.value("mentors_total", f"C{dec}", mentors[11])
    form.value("mentees_total", f"D{dec}", mentees[11])
    form.value("mentees_10_19", f"E{dec}", m1019[11])
    form.value("pp_total", f"F{tot}", num(pp))
    form.value("kpk_trained", f"G{tot}", num(kpk))
    form.not_criteria.append("Встреч / мероприятий")
    # documents under the table
    lr = tot + 3
    put(ws, f"A{lr}", "Подтверждающие документы:", bold=True, border=False, align=None)
    base = "https://impuls-kedrograd.ru/svedeniya/nastavnichestvo/"
    docs = [
        ("к гр. 3–5: приказы о закреплении наставнических пар (09.01.2024, 02.09.2024, 01.10.2024)",
         base + "prikazy_pary_2024.pdf", ["mentors_total", "mentees_total", "mentees_10_19"]),
        ("к гр. 6: персонализированные программы 2024 г.", base + "pp_2024.zip", ["pp_total"]),
        ("к гр. 7: удостоверения о повышении квалификации", base + "kpk_2024.pdf", ["kpk_trained"]),
        ("к гр. 8: план мероприятий и отчёты", base + "plan_meropriyatiy_2024.pdf", []),
    ]
    for k, (text, url, crits) in enumerate(docs, start=1):
        r = lr + k
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        put(ws, f"A{r}", text, border=False)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        put_link(ws, f"E{r}", url)
        ws[f"E{r}"].border = Border()
        for c in crits:
            form.link(c, f"E{r}", url)
    put(ws, f"A{lr + 6}", "Отв.: методист Кузнецова Л.П.", border=False, align=None)
    widths(ws, [16, 16, 15, 15, 15, 14, 15, 14])
    wb.save(TYPED / fname)
    return form


# ---------------------------------------------------------------- checks ---
def check_consistency(form):
    v = form.values
    ids = catalogue_ids()
    for k in list(v) + list(form.links):
        assert k in ids, (form.fname, k)
    for k in form.links:
        assert k in v, (form.fname, "link without value", k)

    def le(a, b):
        if a in v and b in v:
            assert v[a] <= v[b], (form.fname, a, v[a], b, v[b])

    for part in ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                 "mentees_career", "mentees_other_params"]:
        le(part, "mentees_10_19")
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("teachers_mentors", "mentors_total")
    for pp in ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil",
               "pp_teacher_pupil", "pp_other"]:
        le(pp, "pp_total")
    parts = [k for k in ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_student_pupil",
                         "pp_teacher_pupil", "pp_other"] if k in v]
    if "pp_total" in v and len(parts) >= 4:
        assert sum(v[k] for k in parts) == v["pp_total"], (form.fname, "pp parts")

    def share(name, a, b):
        if name in v and a in v and b in v:
            assert abs(v[name] - pct(v[a], v[b])) < 0.006, (form.fname, name, v[name], pct(v[a], v[b]))

    share("share_mentees_10_19", "mentees_10_19", "students_10_19")
    share("share_mentors_15_19", "mentors_15_19", "students_15_19")
    share("share_young_specialists_mentees", "young_specialists_mentees", "young_specialists")
    if all(k in v for k in ["share_teachers_mentees", "teachers_other_mentees", "young_specialists_mentees",
                            "teachers_other", "young_specialists"]):
        s = pct(v["teachers_other_mentees"] + v["young_specialists_mentees"],
                v["teachers_other"] + v["young_specialists"])
        assert abs(v["share_teachers_mentees"] - s) < 0.006, (form.fname, "share_teachers_mentees")
    # mentees by order cover the three groups counted separately
    if all(k in v for k in ["mentees_total", "mentees_10_19", "young_specialists_mentees",
                            "teachers_other_mentees"]):
        assert v["mentees_total"] >= v["mentees_10_19"] + v["young_specialists_mentees"] + \
            v["teachers_other_mentees"], (form.fname, "mentees_total")
    if all(k in v for k in ["mentors_total", "teachers_mentors", "mentors_15_19"]):
        ext = sum(v.get(k, 0) for k in ["external_edu_mentors", "enterprise_mentors", "other_org_mentors"])
        assert v["mentors_total"] >= v["teachers_mentors"] + v["mentors_15_19"] + ext, (form.fname, "mentors")


def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    forms = [file1(), file2(), file3(), file4(), file5(), file6(), file7()]
    for f in forms:
        check_consistency(f)
    expected = [f.entry() for f in forms]
    cells = [c for f in forms for c in f.cells]
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(HERE / "cells.json", "w", encoding="utf-8") as fh:
        json.dump({"cells": cells}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(f.values) for f in forms)
    nl = sum(len(f.links) for f in forms)
    print(f"files {len(forms)}, forms {len(forms)}, values {nv}, links {nl}")
    for f in forms:
        print(f"  {f.fname}: values {len(f.values)}, links {len(f.links)}, not_criteria {len(f.not_criteria)}, "
              f"left out {[c for c, _ in f.left_out]}")


if __name__ == "__main__":
    main()
