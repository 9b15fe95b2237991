#!/usr/bin/env python3
"""heldout107: forms typed on computers with an English locale (Excel en-US, Google Sheets in English).

The template's wording is Russian, the values follow English conventions: decimal point, thousands with commas,
real booleans (TRUE/FALSE), «Yes»/«No»/«Y»/«N», dates m/d/yyyy, sheets «Sheet1», «Sheet2», shares kept as
fractions with a percent format; one school's form was typed half with Russian habits, half with English ones.

Writes typed/*.xlsx, expected.json, cells.json. Deterministic (no randomness at all).
"""
import datetime as dt
import json
import pathlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
YEAR = 2024


# ---------------------------------------------------------------- value specs
# Every value spec: dict(raw=<what is stored in the cell>, fmt=<number format or None>,
#                        exp=<expected value for expected.json>, reading=<how selfcheck reads it back>)

def b(v):                      # a real Excel boolean (t="b")
    return dict(raw=bool(v), fmt=None, exp=1 if v else 0, reading="bool")


def n(v, fmt=None):            # a real number (General, or a number format such as #,##0)
    return dict(raw=v, fmt=fmt, exp=v, reading="number")


def pf(frac, fmt="0.00%"):     # a fraction with a percent format: 0.2418 shown as 24.18%
    return dict(raw=frac, fmt=fmt, exp=round(frac * 100, 2), reading="pct_fraction")


def yn(s, fmt=None):           # text Yes / No / Y / N / Да / Нет
    v = {"yes": 1, "y": 1, "да": 1, "no": 0, "n": 0, "нет": 0}[s.strip().lower()]
    return dict(raw=s, fmt=fmt, exp=v, reading="yesno_text")


def ten(s, exp, fmt=None):     # text with English conventions: «1,111», «24.66%», «95.5%», «11.35»
    return dict(raw=s, fmt=fmt, exp=exp, reading="text_en")


def tru(s, exp, fmt=None):     # text with Russian conventions: «1 084», «7,29», «1,5»
    return dict(raw=s, fmt=fmt, exp=exp, reading="text_ru")


def tx(s):                     # plain text value (text criteria)
    return dict(raw=s, fmt=None, exp=s, reading="text")


def lst(s, sep):               # a list typed in one cell; expected as «A; B; C»
    items = [p.strip() for p in s.split(sep) if p.strip()]
    return dict(raw=s, fmt=None, exp="; ".join(items), reading="list", sep=sep)


def date(y, m, d):             # a real date shown as m/d/yyyy
    return dict(raw=dt.datetime(y, m, d), fmt="m/d/yyyy", exp=None, reading="date")


# row kinds: ("h", text) heading; ("r", num, title, crit|None, value spec, link|None, extra dict)

def H(text):
    return ("h", text)


def R(num, title, crit, val, link=None, **extra):
    return ("r", num, title, crit, val, link, extra)


# ---------------------------------------------------------------- styles
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
LINKFONT = Font(color="0563C1", underline="single")
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
GSHEAD = PatternFill("solid", fgColor="CFE2F3")


class Recorder:
    def __init__(self):
        self.expected = []
        self.cells = []

    def form(self, file, sheet, organisation, rows, positions, per_sheet):
        """positions: row title -> (excel_row); filled by writer. rows: list of row specs."""
        values, links, notc, heads = {}, {}, [], []
        for r in rows:
            if r[0] == "h":
                heads.append(r[1])
                continue
            _, num, title, crit, val, link, extra = r
            if crit is None:
                notc.append(title)
                continue
            values[crit] = val["exp"]
            if link:
                links[crit] = link
        entry = {"file": file}
        if per_sheet:
            entry["sheet"] = sheet
        entry.update({"year": YEAR, "organisation": organisation, "values": values, "links": links,
                      "not_criteria": notc, "headings": heads})
        self.expected.append(entry)

    def cell(self, file, sheet, ref, crit, kind, expected, val=None, title=None):
        c = {"file": file, "sheet": sheet, "cell": ref, "criterion": crit, "kind": kind, "expected": expected}
        if title is not None:
            c["row_title"] = title
        if val is not None:
            raw = val["raw"]
            c["typed"] = raw
            c["number_format"] = val["fmt"] or "General"
            c["reading"] = val["reading"]
            if "sep" in val:
                c["sep"] = val["sep"]
        self.cells.append(c)


REC = Recorder()


def put_value(ws, ref, val):
    c = ws[ref]
    c.value = val["raw"]
    if val["fmt"]:
        c.number_format = val["fmt"]
    return c


def put_link(ws, ref, url, hyperlink=True):
    c = ws[ref]
    c.value = url
    if hyperlink:
        c.hyperlink = url
        c.font = LINKFONT
    return c


def write_table(ws, file, sheet, rows, start_row, cols, hyperlinks=True, numbered=True, box=True,
                heading_style=None, unit_col=None, checkbox_dv=None):
    """cols: dict with keys num/title/value/link (column letters). Returns next free row."""
    r = start_row
    for spec in rows:
        if spec[0] == "h":
            c = ws[f"{cols['first']}{r}"]
            c.value = spec[1]
            c.font = BOLD
            if heading_style:
                for col in cols["all"]:
                    ws[f"{col}{r}"].fill = heading_style
            r += 1
            continue
        _, num, title, crit, val, link, extra = spec
        if numbered and cols.get("num") and num is not None:
            ws[f"{cols['num']}{r}"].value = num
        ws[f"{cols['title']}{r}"].value = title
        ws[f"{cols['title']}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        vref = f"{cols['value']}{r}"
        put_value(ws, vref, val)
        if unit_col and extra.get("unit"):
            ws[f"{unit_col}{r}"].value = extra["unit"]
        if checkbox_dv is not None and val["reading"] == "bool":
            checkbox_dv.add(vref)
        if crit is not None:
            REC.cell(file, sheet, vref, crit, "value", val["exp"], val, title)
        if link:
            lref = f"{cols['link']}{r}"
            put_link(ws, lref, link, hyperlink=hyperlinks)
            if crit is not None:
                REC.cell(file, sheet, lref, crit, "link", link, None, title)
        if box:
            for col in cols["all"]:
                ws[f"{col}{r}"].border = BOX
        r += 1
    return r


# ================================================================ 1. СОШ № 3 — Excel en-US, proper numbers
def file1():
    file = "typed/01_sosh3_excel_en.xlsx"
    org = "МБОУ «СОШ № 3»"
    S = "https://sosh3-kamskopol.gosuslugi.ru/netcat_files/nastavnichestvo/2024/"
    rows = [
        H("1. Нормативно-правовое обеспечение"),
        R("1.1", "Положение о системе наставничества пед. работников утверждено приказом", "orgs_regulation_teachers", b(True), S + "prikaz_214-od_polozhenie_ped.pdf"),
        R("1.2", "Положение о наставничестве обучающихся (утв.)", "orgs_regulation_students", b(True), S + "prikaz_215-od_polozhenie_obuch.pdf"),
        R("1.3", "Приказ о проведении мониторинга ЦМН в школе", "orgs_monitoring_order", b(True), S + "prikaz_301-od_monitoring.pdf"),
        R("1.4", "Инф. справка по итогам внутреннего мониторинга", "internal_monitoring_notes", b(False)),
        R("1.5", "Дата приказа об утверждении положений", None, date(2024, 8, 30)),
        H("2. Организация процесса"),
        R("2.1", "Кол-во кураторов ЦМН в школе", "curators_total", n(2), S + "prikaz_216-od_kurator.pdf"),
        R("2.2", "Соглашения с другими ОО (дают своих наставников)", "agreements_edu_orgs", n(1), S + "soglashenie_agrotehnikum.pdf"),
        R("2.3", "Соглашения с предприятиями", "agreements_enterprises", n(2), S + "soglasheniya_predpriyatiya.pdf"),
        R("2.4", "Соглашения с иными организациями (любой формы собств.)", "agreements_other_orgs", n(1), S + "soglashenie_crb.pdf"),
        R("2.5", "С кем сотрудничаем по наставничеству (перечень)", "partner_list",
          lst("АПОУ УР «Камскопольский аграрный техникум»; АО «Камскопольский механический завод»; "
              "ООО «Агрофирма «Заречье»; БУЗ УР «Камскопольская РБ МЗ УР»", ";"), S + "partnery_2024.pdf"),
        R("2.6", "Наставники по приказу, чел.", "mentors_total", n(73), S + "prikaz_222-od_pary.pdf"),
        R("2.7", "Наставляемые по приказу, чел.", "mentees_total", n(268), S + "prikaz_222-od_pary.pdf"),
        R("2.8", "Наставнических пар / групп", None, n(64)),
        H("3. Персонализированные программы (ПП)"),
        R("3.1", "ПП, всего", "pp_total", n(58), S + "pp_reestr_2024.xlsx"),
        R("3.2", "в т.ч. «ученик – ученик»", "pp_pupil_pupil", n(18), S + "pp_reestr_2024.xlsx"),
        R("3.3", "«учитель – учитель»", "pp_teacher_teacher", n(15), S + "pp_reestr_2024.xlsx"),
        R("3.4", "«руководитель – педагог»", "pp_head_teacher", n(3), S + "pp_reestr_2024.xlsx"),
        R("3.5", "«студент – ученик»", "pp_student_pupil", n(4), S + "pp_reestr_2024.xlsx"),
        R("3.6", "«учитель – ученик»", "pp_teacher_pupil", n(16), S + "pp_reestr_2024.xlsx"),
        R("3.7", "иная форма (работодатель – ученик)", "pp_other", n(2), S + "pp_reestr_2024.xlsx"),
        H("4. Наставники из внешних организаций"),
        R("4.1", "Наставники из других образоват. организаций (приказ)", "external_edu_mentors", n(2), S + "prikaz_222-od_pary.pdf"),
        R("4.2", "Наставники из иных организаций", "other_org_mentors", n(1), S + "prikaz_222-od_pary.pdf"),
        R("4.3", "Наставники – сотрудники предприятий", "enterprise_mentors", n(5), S + "prikaz_222-od_pary.pdf"),
        H("5. Обучающиеся 10–19 лет в роли наставляемых"),
        R("5.1", "Обучающихся 10-19 лет, всего", "students_10_19", n(1237, "#,##0")),
        R("5.2", "из них наставляемые", "mentees_10_19", n(247), S + "baza_nastavlyaemyh.pdf"),
        R("5.3", "  группа риска", "mentees_risk", n(21), S + "baza_nastavlyaemyh.pdf"),
        R("5.4", "  одаренные (в реестре)", "mentees_gifted", n(15), S + "baza_nastavlyaemyh.pdf"),
        R("5.5", "  ОВЗ / дети-инвалиды", "mentees_disabled", n(9), S + "baza_nastavlyaemyh.pdf"),
        R("5.6", "  низкая мотивация, неуспевающие", "mentees_low_motivation", n(38), S + "baza_nastavlyaemyh.pdf"),
        R("5.7", "  проф. самоопределение (выбор траектории)", "mentees_career", n(64), S + "baza_nastavlyaemyh.pdf"),
        R("5.8", "  по иным основаниям", "mentees_other_params", n(100), S + "baza_nastavlyaemyh.pdf"),
        R("5.9", "Доля наставляемых 10-19 лет", "share_mentees_10_19", pf(0.1997)),
        H("6. Обучающиеся 15–19 лет в роли наставников"),
        R("6.1", "Обучающихся 15-19 лет", "students_15_19", n(352)),
        R("6.2", "Наставники-обучающиеся 15-19 лет (приказ)", "mentors_15_19", n(24), S + "baza_nastavnikov.pdf"),
        R("6.3", "Доля наставников 15-19 лет", "share_mentors_15_19", pf(0.0682)),
        H("7. Удовлетворённость"),
        R("7.1", "Удовлетворённость наставляемых (завершённые программы)", "satisfaction_mentees", pf(0.93, "0%"), S + "anketirovanie_itogi.pdf"),
        R("7.2", "Удовлетворённость наставников (завершённые программы)", "satisfaction_mentors", pf(0.915, "0.0%"), S + "anketirovanie_itogi.pdf"),
        H("8. Педагоги и молодые специалисты – наставляемые"),
        R("8.1", "Молодые специалисты (до 35, стаж до 3 лет), всего", "young_specialists", n(11)),
        R("8.2", "из них наставляемые", "young_specialists_mentees", n(9), S + "prikaz_222-od_pary.pdf"),
        R("8.3", "Педагоги (без МС), всего", "teachers_other", n(63)),
        R("8.4", "из них наставляемые", "teachers_other_mentees", n(12), S + "prikaz_222-od_pary.pdf"),
        R("8.5", "Доля МС-наставляемых", "share_young_specialists_mentees", pf(0.8182)),
        R("8.6", "Доля педагогов-наставляемых (МС + остальные)", "share_teachers_mentees", pf(0.2838)),
        H("9. Профессиональное развитие"),
        R("9.1", "Педагоги, задействованные в утв. ПП", "teachers_in_pp", n(34), S + "pp_reestr_2024.xlsx"),
        R("9.2", "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", n(7), S + "udostovereniya_kpk.pdf"),
        R("9.3", "ШМО наставников (кол-во)", "school_methodical_associations", n(1), S + "prikaz_shmo.pdf"),
        H("10. Педагоги – наставники"),
        R("10.1", "Педагоги-наставники", "teachers_mentors", n(41), S + "prikaz_222-od_pary.pdf"),
        R("10.2", "из них молодые специалисты", "young_specialists_mentors", n(1), S + "prikaz_222-od_pary.pdf"),
        R("10.3", "Доля педагогов-наставников", "share_teachers_mentors", pf(0.5541)),
        R("10.4", "Доля МС-наставников", "share_young_specialists_mentors", pf(0.0909)),
        H("11. Стимулирование"),
        R("11.1", "Локальные акты об оплате наставничества", "pay_acts", n(1), S + "polozhenie_oplata.pdf"),
        R("11.2", "Локальные акты о нематериальном поощрении", "nonmaterial_acts", n(2), S + "polozhenie_nematerialnoe.pdf"),
        H("Дополнительно (регион)"),
        R("12.1", "Родители, привлечённые в качестве наставников", None, n(3)),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Мониторинг реализации ЦМН за 2024 год (форма ОО)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:D1")
    ws["A2"] = "ОО:"
    ws["B2"] = org
    ws["B2"].font = BOLD
    ws["A3"] = "Дата заполнения:"
    d = date(2024, 10, 21)
    put_value(ws, "B3", d)
    ws["B3"].alignment = Alignment(horizontal="left")
    for col, h in zip("ABCD", ["№ п/п", "Показатель", "Значение", "Ссылка на документ"]):
        ws[f"{col}5"] = h
        ws[f"{col}5"].font = BOLD
        ws[f"{col}5"].fill = HEADFILL
        ws[f"{col}5"].border = BOX
    cols = dict(num="A", title="B", value="C", link="D", first="A", all="ABCD")
    end = write_table(ws, file, "Sheet1", rows, 6, cols)
    ws[f"A{end + 1}"] = "Ответственный за заполнение: зам. директора по УВР Соколова Н.А."
    ws[f"A{end + 2}"] = "Директор ____________ / Волков А.П."
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 78
    # «Дата заполнения» is a title-row value that is not a criterion
    rows_for_expected = [R(None, "Дата заполнения:", None, d)] + rows
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    wb.save(HERE / file)
    REC.form(file, "Sheet1", org, rows_for_expected, None, per_sheet=False)


# ================================================================ 2. Лицей № 2 — Google Sheets (English), Plain text column
def file2():
    file = "typed/02_licey2_gsheets_plaintext.xlsx"
    org = "МАОУ «Лицей № 2»"
    S = "https://licey2-kamskopol.ru/upload/nastavnichestvo/"
    G = "https://drive.google.com/file/d/"
    # the value column was set to Format > Number > Plain text: everything typed stays text ("@")
    T = lambda v, e: ten(v, e, "@")
    Y = lambda v: yn(v, "@")
    X = lambda v: dict(tx(v), fmt="@")
    rows = [
        H("Нормативка"),
        R(None, "Положение о наставничестве педагогов", "orgs_regulation_teachers", Y("Yes"), S + "pol_ped_2024.pdf"),
        R(None, "Положение о наставничестве обучающихся", "orgs_regulation_students", Y("Yes"), S + "pol_obuch_2024.pdf"),
        R(None, "Приказ «О мониторинге ЦМН» (есть / нет)", "orgs_monitoring_order", Y("Yes"), S + "prikaz_monitoring_2024.pdf"),
        R(None, "Справка по внутреннему мониторингу", "internal_monitoring_notes", Y("Yes"), S + "spravka_vnutr_monitoring_2024.pdf"),
        H("Организация наставничества"),
        R(None, "Кураторы, чел.", "curators_total", T("3", 3), S + "prikaz_kuratory.pdf"),
        R(None, "Соглашения с ОО (вузы, колледжи)", "agreements_edu_orgs", T("2", 2), S + "dogovory_udgu_kpk.pdf"),
        R(None, "Соглашения с предприятиями", "agreements_enterprises", T("1", 1), S + "dogovor_kamtehservis.pdf"),
        R(None, "Соглашения с иными орг.", "agreements_other_orgs", T("0", 0)),
        R(None, "Партнёры", "partner_list",
          lst("ФГБОУ ВО «УдГУ»\nГБПОУ УР «Камскопольский политехнический колледж»\nООО «Камтехсервис»", "\n"),
          S + "dogovory_udgu_kpk.pdf"),
        R(None, "Наставников по приказу", "mentors_total", T("96", 96), S + "prikaz_187_nastavniki.pdf"),
        R(None, "Наставляемых по приказу", "mentees_total", T("312", 312), S + "prikaz_187_nastavniki.pdf"),
        R(None, "Наставнических пар", None, T("88", 88)),
        R(None, "Итого участников (наставники + наставляемые)", None, T("408", 408)),
        H("Персонализированные программы"),
        R(None, "Персонализированных программ — всего", "pp_total", T("74", 74), G + "1kQ7rLicey2PPreestr/view?usp=sharing"),
        R(None, "ученик-ученик", "pp_pupil_pupil", T("30", 30), G + "1kQ7rLicey2PPreestr/view?usp=sharing"),
        R(None, "учитель-учитель", "pp_teacher_teacher", T("17", 17), G + "1kQ7rLicey2PPreestr/view?usp=sharing"),
        R(None, "руководитель-педагог", "pp_head_teacher", T("2", 2), G + "1kQ7rLicey2PPreestr/view?usp=sharing"),
        R(None, "студент-ученик", "pp_student_pupil", T("9", 9), G + "1kQ7rLicey2PPreestr/view?usp=sharing"),
        R(None, "учитель-ученик", "pp_teacher_pupil", T("16", 16), G + "1kQ7rLicey2PPreestr/view?usp=sharing"),
        H("Внешние наставники"),
        R(None, "из других ОО (студенты УдГУ, колледжа)", "external_edu_mentors", T("9", 9), S + "prikaz_187_nastavniki.pdf"),
        R(None, "с предприятий", "enterprise_mentors", T("2", 2), S + "prikaz_187_nastavniki.pdf"),
        H("Обучающиеся 10–19"),
        R(None, "Обучающихся 10–19 лет", "students_10_19", T("1,111", 1111)),
        R(None, "Наставляемые 10–19 лет", "mentees_10_19", T("274", 274), S + "baza_nastavlyaemyh_2024.pdf"),
        R(None, "— «группа риска»", "mentees_risk", T("6", 6), S + "baza_nastavlyaemyh_2024.pdf"),
        R(None, "— одарённые (реестр)", "mentees_gifted", T("58", 58), S + "baza_nastavlyaemyh_2024.pdf"),
        R(None, "— ОВЗ, инвалиды", "mentees_disabled", T("4", 4), S + "baza_nastavlyaemyh_2024.pdf"),
        R(None, "— низкая мотивация / неуспевающие", "mentees_low_motivation", T("19", 19), S + "baza_nastavlyaemyh_2024.pdf"),
        R(None, "— выбор профессии, траектории", "mentees_career", T("97", 97), S + "baza_nastavlyaemyh_2024.pdf"),
        R(None, "— прочие основания", "mentees_other_params", T("90", 90), S + "baza_nastavlyaemyh_2024.pdf"),
        R(None, "Доля наставляемых 10–19", "share_mentees_10_19", T("24.66%", 24.66)),
        H("Обучающиеся 15–19"),
        R(None, "Обучающихся 15–19 лет", "students_15_19", T("467", 467)),
        R(None, "Наставники из обучающихся 15–19", "mentors_15_19", T("53", 53), S + "baza_nastavnikov_2024.pdf"),
        R(None, "Доля наставников 15–19, %", "share_mentors_15_19", T("11.35", 11.35)),
        H("Удовлетворённость"),
        R(None, "наставляемые", "satisfaction_mentees", T("95.5%", 95.5), G + "1Zx0Licey2Anketa/view"),
        R(None, "наставники", "satisfaction_mentors", T("97%", 97), G + "1Zx0Licey2Anketa/view"),
        H("Педагоги"),
        R(None, "Молодые специалисты (до 35 лет, 1–3 год работы)", "young_specialists", T("14", 14)),
        R(None, "МС — наставляемые", "young_specialists_mentees", T("14", 14), S + "prikaz_187_nastavniki.pdf"),
        R(None, "Педагоги кроме МС", "teachers_other", T("71", 71)),
        R(None, "Педагоги (кроме МС) — наставляемые", "teachers_other_mentees", T("8", 8), S + "prikaz_187_nastavniki.pdf"),
        R(None, "Доля МС-наставляемых", "share_young_specialists_mentees", T("100%", 100)),
        R(None, "Доля педагогов-наставляемых", "share_teachers_mentees", T("25.88%", 25.88)),
        H("Проф. развитие"),
        R(None, "Педагоги в персонализир. программах", "teachers_in_pp", T("35", 35), G + "1kQ7rLicey2PPreestr/view?usp=sharing"),
        R(None, "КПК по наставничеству (2024)", "kpk_trained", T("4", 4), S + "kpk_2024.pdf"),
        R(None, "ШМО наставников", "school_methodical_associations", T("1", 1), S + "shmo_nastavnikov.pdf"),
        H("Педагоги-наставники"),
        R(None, "Педагоги-наставники", "teachers_mentors", T("32", 32), S + "prikaz_187_nastavniki.pdf"),
        R(None, "Доля педагогов-наставников", "share_teachers_mentors", T("37.65%", 37.65)),
        H("Стимулирование"),
        R(None, "Положение об оплате наставникам", "pay_acts", T("1", 1), S + "pol_oplata.pdf"),
        R(None, "Положение о нематериальном поощрении", "nonmaterial_acts", T("1", 1), S + "pol_nemat.pdf"),
        R(None, "Заполнил(а)", None, X("Крылова Е.С., зам. по УВР")),
        R(None, "Дата", None, T("10/28/2024", None)),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Лицей № 2 — мониторинг наставничества, 2024"
    ws["A1"].font = Font(name="Arial", bold=True, size=12)
    ws["A2"] = "Организация: " + org
    for col, h in zip("ABC", ["Показатель", "Значение", "Ссылка"]):
        ws[f"{col}4"] = h
        ws[f"{col}4"].font = Font(name="Arial", bold=True)
        ws[f"{col}4"].fill = GSHEAD
    cols = dict(title="A", value="B", link="C", first="A", all="ABC")
    write_table(ws, file, "Sheet1", rows, 5, cols, hyperlinks=True, numbered=False, box=False)
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 70
    ws.freeze_panes = "A5"
    wb.save(HERE / file)
    REC.form(file, "Sheet1", org, rows, None, per_sheet=False)


# ================================================================ 3. СОШ № 7 — mixed: Russian habits, then English ones
def file3():
    file = "typed/03_sosh7_mixed_locale.xlsx"
    org = "МБОУ «СОШ № 7»"
    S = "https://sh7kamskopol-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    rows = [
        # ---- typed by the deputy head with Russian habits (text where an en-US sheet would not take it)
        H("I. Нормативное обеспечение"),
        R(None, "Положение о наставничестве педагогических работников", "orgs_regulation_teachers", yn("Да"), S + "polozhenie_ped.pdf"),
        R(None, "Положение о наставничестве обучающихся", "orgs_regulation_students", yn("Да"), S + "polozhenie_obuch.pdf"),
        R(None, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", yn("Нет")),
        R(None, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", yn("Да"), S + "spravka_monitoring_2024.pdf"),
        H("II. Организация процесса"),
        R(None, "Куратор(ы) ЦМН", "curators_total", n(1), S + "prikaz_kurator.pdf"),
        R(None, "Соглашения с образоват. организациями", "agreements_edu_orgs", n(0)),
        R(None, "Соглашения с предприятиями (наставники от предприятий)", "agreements_enterprises", n(1), S + "soglashenie_kamagromash.pdf"),
        R(None, "Соглашения с иными организациями", "agreements_other_orgs", n(0)),
        R(None, "Наставников (приказ)", "mentors_total", n(38), S + "prikaz_nastavnichestvo_2024.pdf"),
        R(None, "Наставляемых (приказ)", "mentees_total", n(121), S + "prikaz_nastavnichestvo_2024.pdf"),
        R(None, "Кол-во наставнических пар", None, n(35)),
        H("III. Персонализированные программы"),
        R(None, "ПП по всем формам", "pp_total", n(29), S + "pp_2024.pdf"),
        R(None, "ученик-ученик", "pp_pupil_pupil", n(8), S + "pp_2024.pdf"),
        R(None, "учитель-учитель", "pp_teacher_teacher", n(9), S + "pp_2024.pdf"),
        R(None, "руководитель-педагог", "pp_head_teacher", n(1), S + "pp_2024.pdf"),
        R(None, "учитель-ученик", "pp_teacher_pupil", n(11), S + "pp_2024.pdf"),
        H("IV. Внешние наставники"),
        R(None, "Наставники с предприятий", "enterprise_mentors", n(2), S + "prikaz_nastavnichestvo_2024.pdf"),
        H("V. Обучающиеся 10-19 лет"),
        R(None, "Кол-во обучающихся 10-19 лет", "students_10_19", tru("1 084", 1084)),
        R(None, "в т.ч. в роли наставляемых", "mentees_10_19", n(79), S + "baza_nastavlyaemyh.pdf"),
        R(None, "группа риска", "mentees_risk", n(12), S + "baza_nastavlyaemyh.pdf"),
        R(None, "ОВЗ и инвалиды", "mentees_disabled", n(7), S + "baza_nastavlyaemyh.pdf"),
        R(None, "одарённые дети", "mentees_gifted", n(5), S + "baza_nastavlyaemyh.pdf"),
        R(None, "низкая мотивация", "mentees_low_motivation", n(21), S + "baza_nastavlyaemyh.pdf"),
        R(None, "профориентация", "mentees_career", n(18), S + "baza_nastavlyaemyh.pdf"),
        R(None, "иное", "mentees_other_params", n(16), S + "baza_nastavlyaemyh.pdf"),
        R(None, "Доля наставляемых 10-19 лет, %", "share_mentees_10_19", tru("7,29", 7.29)),
        H("VI. Обучающиеся 15-19 лет"),
        R(None, "Кол-во обучающихся 15-19 лет", "students_15_19", n(400)),
        R(None, "Наставники из их числа (приказ)", "mentors_15_19", n(6), S + "baza_nastavnikov.pdf"),
        R(None, "Доля, %", "share_mentors_15_19", tru("1,5", 1.5)),
        R(None, "Дата", None, tx("25.10.2024")),
        # ---- typed by the IT teacher with English habits (numbers, TRUE/FALSE checkboxes, 17.24%)
        H("VII. Satisfaction / удовлетворённость"),
        R(None, "Удовлетворённость наставляемых, %", "satisfaction_mentees", n(88.5), S + "ankety_2024.pdf"),
        R(None, "Удовлетворённость наставников", "satisfaction_mentors", pf(0.9, "0%"), S + "ankety_2024.pdf"),
        H("VIII. Педагоги"),
        R(None, "Молодые спец-ты (до 35 лет, первые 3 года)", "young_specialists", n(6)),
        R(None, "МС в роли наставляемых", "young_specialists_mentees", n(6), S + "prikaz_nastavnichestvo_2024.pdf"),
        R(None, "Остальные педагоги", "teachers_other", n(52)),
        R(None, "Остальные педагоги в роли наставляемых", "teachers_other_mentees", n(4), S + "prikaz_nastavnichestvo_2024.pdf"),
        R(None, "Доля МС-наставляемых", "share_young_specialists_mentees", pf(1, "0%")),
        R(None, "Доля наставляемых педагогов (все)", "share_teachers_mentees", pf(0.1724)),
        H("IX. Professional development"),
        R(None, "Педагоги в ПП", "teachers_in_pp", n(20), S + "pp_2024.pdf"),
        R(None, "КПК по наставничеству", "kpk_trained", n(3), S + "kpk_sertifikaty.pdf"),
        R(None, "ШМО наставников", "school_methodical_associations", b(True), S + "prikaz_shmo_nastavnikov.pdf"),
        H("X. Педагоги-наставники"),
        R(None, "Педагоги-наставники", "teachers_mentors", n(30), S + "prikaz_nastavnichestvo_2024.pdf"),
        R(None, "МС-наставники", "young_specialists_mentors", n(0)),
        R(None, "Доля педагогов-наставников, %", "share_teachers_mentors", n(51.72)),
        R(None, "Доля МС-наставников, %", "share_young_specialists_mentors", n(0)),
        H("XI. Стимулирование"),
        R(None, "Локальный акт об оплате наставничества", "pay_acts", b(True), S + "polozhenie_oplata_truda.pdf"),
        R(None, "Положение о нематериальном поощрении наставников", "nonmaterial_acts", b(False)),
        R(None, "Date of report", None, date(2024, 12, 2)),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = org
    ws["A1"].font = Font(name="Arial", bold=True, size=12)
    ws["A2"] = "Мониторинг наставничества за 2024 г."
    for col, h in zip("ABC", ["Показатель", "Значение", "Ссылка"]):
        ws[f"{col}4"] = h
        ws[f"{col}4"].font = Font(name="Arial", bold=True)
        ws[f"{col}4"].fill = GSHEAD
    dv = DataValidation(type="list", formula1='"TRUE,FALSE"', allow_blank=True)
    ws.add_data_validation(dv)
    cols = dict(title="A", value="B", link="C", first="A", all="ABC")
    write_table(ws, file, "Sheet1", rows, 5, cols, hyperlinks=True, numbered=False, box=False, checkbox_dv=dv)
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 80
    wb.save(HERE / file)
    REC.form(file, "Sheet1", org, rows, None, per_sheet=False)


# ================================================================ 4. ДДТ and СЮТ — one Google Sheet, a tab per organisation
def file4():
    file = "typed/04_dop_shared_gsheet.xlsx"
    wb = Workbook()
    dvs = {}

    S1 = "https://ddt-kamskopol.ru/docs/nastavnichestvo/"
    ddt_org = "МБУ ДО «ДДТ»"
    ddt = [
        H("Нормативная база"),
        R(1, "Положение о наставничестве педагогов ДО (приказ)", "orgs_regulation_teachers", b(True), S1 + "prikaz_57_polozhenie.pdf"),
        R(2, "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", b(True), S1 + "prikaz_57_polozhenie.pdf"),
        R(3, "Приказ о мониторинге", "orgs_monitoring_order", b(True), S1 + "prikaz_88_monitoring.pdf"),
        R(4, "Справка по внутреннему мониторингу", "internal_monitoring_notes", b(True), S1 + "spravka_2024.pdf"),
        H("Организация"),
        R(5, "Кураторов", "curators_total", n(1), S1 + "prikaz_57_polozhenie.pdf"),
        R(6, "Соглашения с др. организациями (библиотека, музей)", "agreements_other_orgs", n(2), S1 + "soglasheniya_2024.pdf"),
        R(7, "Партнёры (названия)", "partner_list",
          lst("МБУК «Камскопольская ЦБС»; МБУК «Камскопольский краеведческий музей»", ";"), S1 + "soglasheniya_2024.pdf"),
        R(8, "Наставники (по приказу)", "mentors_total", n(27), S1 + "prikaz_112_pary.pdf"),
        R(9, "Наставляемые (по приказу)", "mentees_total", n(64), S1 + "prikaz_112_pary.pdf"),
        R(10, "Программы наставничества запущены с", None, date(2024, 9, 1)),
        H("Персонализированные программы"),
        R(11, "ПП — всего", "pp_total", n(12), S1 + "pp_2024.pdf"),
        R(12, "ученик–ученик", "pp_pupil_pupil", n(5), S1 + "pp_2024.pdf"),
        R(13, "педагог–педагог", "pp_teacher_teacher", n(4), S1 + "pp_2024.pdf"),
        R(14, "педагог–обучающийся", "pp_teacher_pupil", n(3), S1 + "pp_2024.pdf"),
        R(15, "Наставники из иных организаций", "other_org_mentors", n(2), S1 + "prikaz_112_pary.pdf"),
        H("Обучающиеся"),
        R(16, "Обучающихся 10–19 лет (по списку объединений)", "students_10_19", n(1462, "#,##0")),
        R(17, "наставляемые 10–19 лет", "mentees_10_19", n(41), S1 + "baza_2024.pdf"),
        R(18, "из них одарённые", "mentees_gifted", n(22), S1 + "baza_2024.pdf"),
        R(19, "из них ОВЗ / инвалиды", "mentees_disabled", n(3), S1 + "baza_2024.pdf"),
        R(20, "из них по иным параметрам", "mentees_other_params", n(16), S1 + "baza_2024.pdf"),
        R(21, "Доля наставляемых 10–19", "share_mentees_10_19", pf(0.028)),
        R(22, "Обучающихся 15–19 лет", "students_15_19", n(388)),
        R(23, "Наставники 15–19 лет", "mentors_15_19", n(9), S1 + "baza_2024.pdf"),
        R(24, "Доля наставников 15–19", "share_mentors_15_19", pf(0.0232)),
        R(25, "Удовлетворённость наставляемых", "satisfaction_mentees", pf(0.96, "0%"), S1 + "anketa_itogi.pdf"),
        R(26, "Удовлетворённость наставников", "satisfaction_mentors", pf(0.94, "0%"), S1 + "anketa_itogi.pdf"),
        H("Педагоги"),
        R(27, "Молодые специалисты", "young_specialists", n(5)),
        R(28, "МС-наставляемые", "young_specialists_mentees", n(5), S1 + "prikaz_112_pary.pdf"),
        R(29, "Педагоги (кроме МС)", "teachers_other", n(38)),
        R(30, "из них наставляемые", "teachers_other_mentees", n(3), S1 + "prikaz_112_pary.pdf"),
        R(31, "Доля МС-наставляемых", "share_young_specialists_mentees", pf(1.0)),
        R(32, "Доля наставляемых педагогов", "share_teachers_mentees", pf(0.186)),
        R(33, "Педагоги в ПП", "teachers_in_pp", n(14), S1 + "pp_2024.pdf"),
        R(34, "КПК (наставничество)", "kpk_trained", n(2), S1 + "kpk_2024.pdf"),
        R(35, "Есть МО наставников", "school_methodical_associations", b(True), S1 + "mo_nastavnikov.pdf"),
        R(36, "Педагоги-наставники", "teachers_mentors", n(16), S1 + "prikaz_112_pary.pdf"),
        R(37, "Доля педагогов-наставников", "share_teachers_mentors", pf(0.3721)),
        H("Поощрение"),
        R(38, "Акты об оплате наставничества", "pay_acts", n(0)),
        R(39, "Акты о нематериальном поощрении", "nonmaterial_acts", n(1), S1 + "polozhenie_pooshrenie.pdf"),
        R(40, "Наставнических пар", None, n(26)),
        R(41, "Объединений (кружков) в ДДТ", None, n(112)),
    ]

    S2 = "https://disk.yandex.ru/d/SYuT-Kamskopol-2024/"
    syut_org = "МБУ ДО «СЮТ»"
    syut = [
        H("Нормативная база"),
        R(1, "Положение о наставничестве педагогов", "orgs_regulation_teachers", b(True), S2 + "Polozhenie_ped.pdf"),
        R(2, "Положение о наставничестве обучающихся", "orgs_regulation_students", b(True), S2 + "Polozhenie_obuch.pdf"),
        R(3, "Приказ о мониторинге", "orgs_monitoring_order", b(False)),
        R(4, "Справка по внутреннему мониторингу", "internal_monitoring_notes", b(False)),
        H("Организация"),
        R(5, "Кураторов", "curators_total", n(1), S2 + "Prikaz_kurator.pdf"),
        R(6, "Соглашения с ОО", "agreements_edu_orgs", n(1), S2 + "Dogovor_KPK.pdf"),
        R(7, "Соглашения с предприятиями", "agreements_enterprises", n(2), S2 + "Dogovory_predpriyatiya.pdf"),
        R(8, "Партнёры (названия)", "partner_list",
          lst("ООО «Камтехсервис», АО «Камскопольский механический завод», ГБПОУ УР «Камскопольский политехнический колледж»", ","),
          S2 + "Dogovory_predpriyatiya.pdf"),
        R(9, "Наставники (по приказу)", "mentors_total", n(11), S2 + "Prikaz_pary_2024.pdf"),
        R(10, "Наставляемые (по приказу)", "mentees_total", n(35), S2 + "Prikaz_pary_2024.pdf"),
        R(11, "Наставники от предприятий", "enterprise_mentors", n(3), S2 + "Prikaz_pary_2024.pdf"),
        R(12, "Наставники из колледжа (др. ОО)", "external_edu_mentors", n(2), S2 + "Prikaz_pary_2024.pdf"),
        H("Персонализированные программы"),
        R(13, "ПП — всего", "pp_total", n(7), S2 + "PP_2024.pdf"),
        R(14, "студент–ученик", "pp_student_pupil", n(2), S2 + "PP_2024.pdf"),
        R(15, "педагог–обучающийся", "pp_teacher_pupil", n(5), S2 + "PP_2024.pdf"),
        H("Обучающиеся"),
        R(16, "Обучающихся 10–19 лет", "students_10_19", n(540)),
        R(17, "наставляемые 10–19 лет", "mentees_10_19", n(30), S2 + "Baza_2024.xlsx"),
        R(18, "из них одарённые", "mentees_gifted", n(12), S2 + "Baza_2024.xlsx"),
        R(19, "из них выбор профессии", "mentees_career", n(18), S2 + "Baza_2024.xlsx"),
        R(20, "Доля наставляемых 10–19", "share_mentees_10_19", pf(0.0556)),
        R(21, "Обучающихся 15–19 лет", "students_15_19", n(162)),
        R(22, "Наставники 15–19 лет", "mentors_15_19", n(0)),
        R(23, "Доля наставников 15–19", "share_mentors_15_19", pf(0.0)),
        R(24, "Удовлетворённость наставляемых", "satisfaction_mentees", pf(0.9, "0%"), S2 + "Anketa.pdf"),
        R(25, "Удовлетворённость наставников", "satisfaction_mentors", pf(0.875, "0.0%"), S2 + "Anketa.pdf"),
        H("Педагоги"),
        R(26, "Молодые специалисты", "young_specialists", n(2)),
        R(27, "МС-наставляемые", "young_specialists_mentees", n(2), S2 + "Prikaz_pary_2024.pdf"),
        R(28, "Педагоги (кроме МС)", "teachers_other", n(14)),
        R(29, "из них наставляемые", "teachers_other_mentees", n(1), S2 + "Prikaz_pary_2024.pdf"),
        R(30, "Педагоги-наставники", "teachers_mentors", n(6), S2 + "Prikaz_pary_2024.pdf"),
        R(31, "Last updated", None, date(2024, 11, 5)),
    ]

    for idx, (sheet, org, rows, created) in enumerate([
            ("Sheet1", ddt_org, ddt, date(2024, 11, 7)),
            ("Sheet2", syut_org, syut, None)]):
        ws = wb.active if idx == 0 else wb.create_sheet(sheet)
        ws.title = sheet
        ws["A1"] = "Мониторинг ЦМН — 2024 (ДОП)"
        ws["A1"].font = Font(name="Arial", bold=True, size=12)
        ws["A2"] = "Учреждение"
        ws["C2"] = org
        ws["C2"].font = Font(name="Arial", bold=True)
        ws["A3"] = "Отчётный период"
        ws["C3"] = "1/1/2024 – 12/31/2024"
        for col, h in zip("ABCD", ["#", "Показатель", "Значение", "Ссылка"]):
            ws[f"{col}5"] = h
            ws[f"{col}5"].font = Font(name="Arial", bold=True)
            ws[f"{col}5"].fill = GSHEAD
        dv = DataValidation(type="list", formula1='"TRUE,FALSE"', allow_blank=True)
        ws.add_data_validation(dv)
        cols = dict(num="A", title="B", value="C", link="D", first="B", all="ABCD")
        end = write_table(ws, file, sheet, rows, 6, cols, hyperlinks=True, box=False,
                          heading_style=PatternFill("solid", fgColor="EFEFEF"), checkbox_dv=dv)
        extra_rows = []
        if created:
            ws[f"B{end + 1}"] = "Дата заполнения"
            put_value(ws, f"C{end + 1}", created)
            extra_rows = [R(None, "Дата заполнения", None, created)]
        ws.column_dimensions["A"].width = 5
        ws.column_dimensions["B"].width = 50
        ws.column_dimensions["C"].width = 26
        ws.column_dimensions["D"].width = 62
        REC.form(file, sheet, org, rows + extra_rows, None, per_sheet=True)
    wb.save(HERE / file)


# ================================================================ 5. СОШ № 12 — value before title, a units column, Y/N
def file5():
    file = "typed/05_sosh12_value_first.xlsx"
    org = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»"
    S = "https://school12-kamskopol.edusite.ru/DswMedia/"
    rows = [
        H("Раздел 1. Документы"),
        R(1, "Утверждено положение о наставничестве педагогов", "orgs_regulation_teachers", yn("Y"), S + "prikaz-93-polozhenie-nastavnichestvo-ped.pdf", unit="Y/N"),
        R(2, "Утверждено положение о наставничестве учащихся", "orgs_regulation_students", yn("Y"), S + "prikaz-94-polozhenie-nastavnichestvo-uch.pdf", unit="Y/N"),
        R(3, "Издан приказ о мониторинге наставничества", "orgs_monitoring_order", yn("Y"), S + "prikaz-140-monitoring.pdf", unit="Y/N"),
        R(4, "Есть справка по внутр. мониторингу", "internal_monitoring_notes", yn("N"), unit="Y/N"),
        H("Раздел 2. Организация"),
        R(5, "Кураторы внедрения ЦМН", "curators_total", n(1), S + "prikaz-95-kurator.pdf", unit="чел."),
        R(6, "Соглашения с др. ОО о наставниках", "agreements_edu_orgs", n(0), unit="ед."),
        R(7, "Соглашения с предприятиями о наставниках", "agreements_enterprises", n(0), unit="ед."),
        R(8, "Соглашения с прочими организациями (ДК «Юбилейный»)", "agreements_other_orgs", n(1), S + "soglashenie-dk.pdf", unit="ед."),
        R(9, "Наставники в базе (по приказу)", "mentors_total", n(25), S + "prikaz-151-pary.pdf", unit="чел."),
        R(10, "Наставляемые в базе (по приказу)", "mentees_total", n(58), S + "prikaz-151-pary.pdf", unit="чел."),
        R(11, "Наставнических пар", None, n(22), unit="ед."),
        H("Раздел 3. ПП"),
        R(12, "Персонализированные программы, всего", "pp_total", n(14), S + "pp-2024.zip", unit="ед."),
        R(13, "из них ученик–ученик", "pp_pupil_pupil", n(4), S + "pp-2024.zip", unit="ед."),
        R(14, "учитель–учитель", "pp_teacher_teacher", n(6), S + "pp-2024.zip", unit="ед."),
        R(15, "руководитель–педагог", "pp_head_teacher", n(1), S + "pp-2024.zip", unit="ед."),
        R(16, "учитель–ученик", "pp_teacher_pupil", n(3), S + "pp-2024.zip", unit="ед."),
        R(17, "Наставник от ДК «Юбилейный» (иная организация)", "other_org_mentors", n(1), S + "prikaz-151-pary.pdf", unit="чел."),
        H("Раздел 4. Обучающиеся"),
        R(18, "Всего обучающихся в школе (1–11 кл.)", None, n(612), unit="чел."),
        R(19, "Обучающиеся 10–19 лет", "students_10_19", n(516), unit="чел."),
        R(20, "из них наставляемые", "mentees_10_19", n(37), S + "baza-nastavlyaemyh.pdf", unit="чел."),
        R(21, "в т.ч. «группа риска»", "mentees_risk", n(9), S + "baza-nastavlyaemyh.pdf", unit="чел."),
        R(22, "в т.ч. с ОВЗ, инвалидностью", "mentees_disabled", n(4), S + "baza-nastavlyaemyh.pdf", unit="чел."),
        R(23, "в т.ч. слабо мотивированные / неуспевающие", "mentees_low_motivation", n(14), S + "baza-nastavlyaemyh.pdf", unit="чел."),
        R(24, "в т.ч. иные категории", "mentees_other_params", n(10), S + "baza-nastavlyaemyh.pdf", unit="чел."),
        R(25, "Доля наставляемых 10–19 лет", "share_mentees_10_19", pf(0.0717), unit="%"),
        R(26, "Обучающиеся 15–19 лет", "students_15_19", n(200), unit="чел."),
        R(27, "Наставники из обучающихся 15–19 лет", "mentors_15_19", n(3), S + "baza-nastavnikov.pdf", unit="чел."),
        R(28, "Доля наставников 15–19 лет", "share_mentors_15_19", n(1.5), unit="%"),
        H("Раздел 5. Удовлетворённость"),
        R(29, "Удовлетворённость наставляемых", "satisfaction_mentees", n(84), S + "anketirovanie-2024.pdf", unit="%"),
        R(30, "Удовлетворённость наставников", "satisfaction_mentors", pf(0.86, "0%"), S + "anketirovanie-2024.pdf", unit="%"),
        H("Раздел 6. Педагоги"),
        R(31, "Молодые специалисты", "young_specialists", n(4), unit="чел."),
        R(32, "МС — наставляемые", "young_specialists_mentees", n(3), S + "prikaz-151-pary.pdf", unit="чел."),
        R(33, "Прочие педагоги", "teachers_other", n(33), unit="чел."),
        R(34, "Прочие педагоги — наставляемые", "teachers_other_mentees", n(5), S + "prikaz-151-pary.pdf", unit="чел."),
        R(35, "Доля МС-наставляемых", "share_young_specialists_mentees", pf(0.75, "0%"), unit="%"),
        R(36, "Доля всех педагогов-наставляемых", "share_teachers_mentees", pf(0.2162), unit="%"),
        R(37, "Педагоги, участвующие в ПП", "teachers_in_pp", n(16), S + "pp-2024.zip", unit="чел."),
        R(38, "Обучены на КПК по наставничеству", "kpk_trained", n(1), S + "kpk-udostoverenie.pdf", unit="чел."),
        R(39, "ШМО наставников", "school_methodical_associations", n(0), unit="ед."),
        R(40, "Педагоги — наставники", "teachers_mentors", n(21), S + "prikaz-151-pary.pdf", unit="чел."),
        R(41, "МС — наставники", "young_specialists_mentors", n(0), unit="чел."),
        R(42, "Доля педагогов-наставников", "share_teachers_mentors", pf(0.5676), unit="%"),
        H("Раздел 7. Стимулирование"),
        R(43, "Положение о доплатах наставникам", "pay_acts", n(1), S + "polozhenie-o-doplatah.pdf", unit="ед."),
        R(44, "Положение о нематериальном стимулировании", "nonmaterial_acts", n(1), S + "polozhenie-nematerialnoe.pdf", unit="ед."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = org
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Отчёт по мониторингу целевой модели наставничества за 2024 календарный год"
    ws.merge_cells("A2:E2")
    ws["A3"] = "as of"
    d = date(2024, 10, 30)
    put_value(ws, "B3", d)
    for col, h in zip("ABCDE", ["№", "Значение", "Ед.", "Наименование показателя", "Подтверждающий документ (ссылка)"]):
        ws[f"{col}5"] = h
        ws[f"{col}5"].font = BOLD
        ws[f"{col}5"].fill = HEADFILL
        ws[f"{col}5"].border = BOX
    cols = dict(num="A", value="B", title="D", link="E", first="D", all="ABCDE")
    write_table(ws, file, "Sheet1", rows, 6, cols, hyperlinks=False, unit_col="C")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 11
    ws.column_dimensions["C"].width = 6
    ws.column_dimensions["D"].width = 55
    ws.column_dimensions["E"].width = 70
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    wb.save(HERE / file)
    REC.form(file, "Sheet1", org, [R(None, "as of", None, d)] + rows, None, per_sheet=False)


# ================================================================ 6. Управление образования — the municipality's own form
def file6():
    file = "typed/06_uo_kamskopol_municipal.xlsx"
    S = "https://uo-kamskopol.ru/files/nastavnichestvo/2024/"
    rows = [
        H("1. Нормативное обеспечение"),
        R("1", "Приказ УО о реализации ЦМН в районе", "municipal_order", b(True), S + "prikaz_uo_45_cmn.pdf"),
        R("2", "ОО с утверждённым положением о наставничестве педагогов", "orgs_regulation_teachers", n(24), S + "svod_polozheniya.xlsx"),
        R("3", "ОО с утверждённым положением о наставничестве обучающихся", "orgs_regulation_students", n(23), S + "svod_polozheniya.xlsx"),
        R("4", "ОО, издавшие приказ о мониторинге", "orgs_monitoring_order", n(22), S + "svod_polozheniya.xlsx"),
        R("5", "Аналитическая справка МО по итогам мониторинга", "municipal_analytic_note", b(True), S + "spravka_monitoring_2024.pdf"),
        H("2. Организация процесса"),
        R("6", "Кураторы ЦМН (всего по ОО)", "curators_total", n(31), S + "svod_kuratory.xlsx"),
        R("7", "Соглашения с другими ОО", "agreements_edu_orgs", n(9), S + "svod_soglasheniya.xlsx"),
        R("8", "Соглашения с предприятиями", "agreements_enterprises", n(7), S + "svod_soglasheniya.xlsx"),
        R("9", "Соглашения с иными организациями", "agreements_other_orgs", n(11), S + "svod_soglasheniya.xlsx"),
        R("10", "Наставники по приказам ОО", "mentors_total", n(1046, "#,##0"), S + "baza_nastavnikov_mo.xlsx"),
        R("11", "Наставляемые по приказам ОО", "mentees_total", n(2318, "#,##0"), S + "baza_nastavnikov_mo.xlsx"),
        R("12", "Итого участников", None, n(3364, "#,##0")),
        R("13", "ОО, подведомственных УО (участники мониторинга)", "orgs_total", n(26)),
        R("14", "Доля ОО с системой наставничества педагогов", "share_orgs_teachers_system", pf(0.9231)),
        R("15", "Доля ОО с системой наставничества обучающихся", "share_orgs_students_system", pf(0.8846)),
        R("16", "ОО, подготовившие справку по внутр. мониторингу", "internal_monitoring_notes", n(19), S + "svod_spravki.xlsx"),
        R("17", "ОО, не сдавшие форму в срок", None, n(3)),
        H("3. ПП и внешние наставники"),
        R("18", "Персонализированные программы (все формы)", "pp_total", n(412), S + "svod_pp.xlsx"),
        R("19", "Наставники из внешних ОО", "external_edu_mentors", n(23), S + "baza_nastavnikov_mo.xlsx"),
        R("20", "Наставники из иных организаций", "other_org_mentors", n(9), S + "baza_nastavnikov_mo.xlsx"),
        R("21", "Наставники с предприятий", "enterprise_mentors", n(17), S + "baza_nastavnikov_mo.xlsx"),
        H("4. Обучающиеся"),
        R("22", "Обучающиеся 10–19 лет (всего по МО)", "students_10_19", n(12418, "#,##0")),
        R("23", "из них наставляемые", "mentees_10_19", n(1142, "#,##0"), S + "baza_nastavlyaemyh_mo.xlsx"),
        R("24", "Доля наставляемых 10–19", "share_mentees_10_19", pf(0.092)),
        R("25", "Обучающиеся 15–19 лет", "students_15_19", n(3906, "#,##0")),
        R("26", "Наставники из обучающихся 15–19", "mentors_15_19", n(211), S + "baza_nastavnikov_mo.xlsx"),
        R("27", "Доля наставников 15–19", "share_mentors_15_19", pf(0.054)),
        R("28", "Удовлетворённость наставляемых (среднее)", "satisfaction_mentees", pf(0.94, "0%"), S + "svod_ankety.xlsx"),
        R("29", "Удовлетворённость наставников (среднее)", "satisfaction_mentors", pf(0.92, "0%"), S + "svod_ankety.xlsx"),
        H("5. Педагоги"),
        R("30", "Педагогов в районе, всего", "teachers_municipal", tru("1 236", 1236)),
        R("31", "Молодых специалистов в районе", "young_specialists_municipal", n(97)),
        R("32", "Педагоги-наставники", "teachers_mentors", n(402), S + "baza_nastavnikov_mo.xlsx"),
        R("33", "МС-наставники", "young_specialists_mentors", n(6), S + "baza_nastavnikov_mo.xlsx"),
        R("34", "Доля педагогов-наставников", "share_teachers_mentors", pf(0.3252)),
        R("35", "Доля МС-наставников", "share_young_specialists_mentors", pf(0.0619)),
        R("36", "КПК по наставничеству за год", "kpk_trained", n(38), S + "svod_kpk.xlsx"),
        R("37", "Районные МО наставников", "municipal_methodical_associations", n(2), S + "prikaz_uo_rmo.pdf"),
        R("38", "ШМО наставников в ОО", "school_methodical_associations", n(19), S + "svod_shmo.xlsx"),
        H("6. Стимулирование, инфосопровождение, сеть"),
        R("39", "Локальные акты ОО об оплате наставничества", "pay_acts", n(21), S + "svod_akty.xlsx"),
        R("40", "Локальные акты ОО о нематериальном поощрении", "nonmaterial_acts", n(24), S + "svod_akty.xlsx"),
        R("41", "Лучшие практики на сайте УО / Сообщества педагогов УР (2024)", "best_practices", n(5), S + "luchshie_praktiki.html"),
        R("42", "Конкурсы проф. мастерства по наставничеству (2024)", "contests", n(2), S + "konkursy_2024.pdf"),
        R("43", "Сетевое сообщество наставников", "network_community", b(True), "https://vk.com/nastavniki_kamskopol"),
        R("44", "Сетевые наставники, чел.", "network_mentors", n(14), S + "setevye_nastavniki.pdf"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Управление образования Администрации муниципального образования «Камскопольский район»"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:D1")
    ws["A2"] = "Муниципальный этап мониторинга ЦМН, 2024 год — сводные значения по району"
    ws.merge_cells("A2:D2")
    ws["A3"] = "Prepared:"
    d = date(2024, 11, 15)
    put_value(ws, "B3", d)
    ws["B3"].alignment = Alignment(horizontal="left")
    for col, h in zip("ABCD", ["№", "Критерий (кратко)", "Значение по МО", "Ссылка"]):
        ws[f"{col}5"] = h
        ws[f"{col}5"].font = BOLD
        ws[f"{col}5"].fill = HEADFILL
        ws[f"{col}5"].border = BOX
    cols = dict(num="A", title="B", value="C", link="D", first="A", all="ABCD")
    end = write_table(ws, file, "Sheet1", rows, 6, cols, hyperlinks=True)
    ws[f"A{end + 1}"] = "Начальник УО ____________ Г.В. Мерзлякова"
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 64
    notes = wb.create_sheet("Sheet2")
    notes["A1"] = "Notes / примечания"
    notes["A1"].font = BOLD
    notes["A2"] = "Формы не сдали в срок: МБОУ «ООШ № 9», МКОУ «Сосновская НОШ», МБУ ДО «ДЮСШ» (сданы 11/20/2024)."
    notes["A3"] = "Доли посчитаны от 26 ОО; значения ОО сверены с формами на 11/15/2024."
    wb.save(HERE / file)
    REC.form(file, "Sheet1", None, [R(None, "Prepared:", None, d)] + rows, None, per_sheet=False)


def main():
    TYPED.mkdir(exist_ok=True)
    for f in TYPED.glob("*.xlsx"):
        f.unlink()
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    (HERE / "expected.json").write_text(json.dumps(REC.expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def enc(o):
        if isinstance(o, dt.datetime):
            return o.strftime("%Y-%m-%d")
        raise TypeError(o)
    (HERE / "cells.json").write_text(json.dumps({"cells": REC.cells}, ensure_ascii=False, indent=1, default=enc) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in REC.expected)
    nl = sum(len(e["links"]) for e in REC.expected)
    nfiles = len({e["file"] for e in REC.expected})
    print(f"files {nfiles}, forms {len(REC.expected)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
