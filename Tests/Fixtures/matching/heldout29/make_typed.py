#!/usr/bin/env python3
"""Held-out set 32: one organisation's monitoring form laid out ACROSS instead of down.

Scenario: Управление образования Администрации Светлореченского муниципального округа (invented) asked every
school for "одна строка на одну организацию" (criteria as column headers), but each school sent its own file and
laid the line out its own way.  See README.md.

Deterministic: all data are fixed below.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="BDD7EE")
OLD_FILL = PatternFill("solid", fgColor="EDEDED")
WRAP_C = Alignment(wrap_text=True, horizontal="center", vertical="center")
WRAP_L = Alignment(wrap_text=True, horizontal="left", vertical="top")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)


def pct(num, den):
    """share in per cent, 2 decimals (what a school's Excel would show)."""
    return round(100.0 * num / den, 2) if den else 0.0


# ---------------------------------------------------------------- column specs
def V(sub, cid, val, disp=None, link=None, fmt=None, unit=None, prev=None, prev_disp=None):
    """a value column: sub-header, criterion id, expected value, what the cell shows (if not the value)."""
    return dict(sub=sub, cid=cid, val=val, disp=disp, link=link, fmt=fmt, unit=unit, prev=prev,
                prev_disp=prev_disp)


def NC(sub, val, unit=None, prev=None, fmt=None):
    """a column that holds a value but is no criterion of the catalogue (decoy)."""
    return dict(sub=sub, cid=None, val=val, disp=None, link=None, fmt=fmt, unit=unit, prev=prev,
                prev_disp=None)


class Rec:
    """collects expected values / links / cells of one form."""

    def __init__(self, file, sheet, organisation):
        self.file = "typed/" + file
        self.sheet = sheet
        self.org = organisation
        self.values, self.links = {}, {}
        self.not_criteria, self.headings = [], []
        self.cells = []

    def value(self, cid, val, cell):
        assert cid not in self.values, (self.file, cid)
        self.values[cid] = val
        self.cells.append(dict(file=self.file, sheet=self.sheet, cell=cell, kind="value", criterion=cid,
                               expected=val))

    def link(self, cid, url, cell):
        assert cid not in self.links, (self.file, cid)
        self.links[cid] = url
        self.cells.append(dict(file=self.file, sheet=self.sheet, cell=cell, kind="link", criterion=cid,
                               expected=url))

    def entry(self):
        return {"file": self.file, "year": YEAR, "organisation": self.org, "values": self.values,
                "links": self.links, "not_criteria": self.not_criteria, "headings": self.headings}


def put(ws, row, col, value, fmt=None, align=WRAP_C, font=None, fill=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    c.alignment = align
    if font:
        c.font = font
    if fill:
        c.fill = fill
    if border:
        c.border = BORDER
    return c


def wide(ws, rec, groups, top, first_col, value_rows, link_mode, extra_rows=(), year_row_label=None,
         group_row=True):
    """Write a horizontal form.

    groups: list of (group title or None, [column specs]).
    top: first header row.  Header = 2 rows if group_row, else 1 row.
    first_col: column index of the first criterion column.
    value_rows: list of ("2024"|"2023", row label or None) - the order of the data rows; only "2024" is recorded.
    link_mode: "row" (a link row under the 2024 row), "col" (a link column right of each value column), None.
    extra_rows: ("units"|"numbers") rows between the header and the data.
    Returns dict with row numbers.
    """
    hdr_rows = 2 if group_row else 1
    r_sub = top + hdr_rows - 1
    r = r_sub + 1
    extra_at = {}
    for kind in extra_rows:
        extra_at[kind] = r
        r += 1
    data_rows = {}
    for tag, _ in value_rows:
        data_rows[tag] = r
        r += 1
    link_row = None
    if link_mode == "row":
        link_row = r
        r += 1

    col = first_col
    number = 0
    for gtitle, cols in groups:
        gstart = col
        for spec in cols:
            number += 1
            span = 2 if link_mode == "col" else 1
            # sub-header
            if group_row and gtitle is None:
                ws.merge_cells(start_row=top, start_column=col, end_row=r_sub, end_column=col + span - 1)
                put(ws, top, col, spec["sub"], font=BOLD, fill=HEAD_FILL)
                for rr in range(top, r_sub + 1):
                    for cc in range(col, col + span):
                        ws.cell(row=rr, column=cc).border = BORDER
            else:
                if span == 2 and not group_row:
                    put(ws, r_sub, col, spec["sub"], font=BOLD, fill=HEAD_FILL)
                else:
                    put(ws, r_sub, col, spec["sub"], font=BOLD, fill=HEAD_FILL)
            if span == 2:
                if not (group_row and gtitle is None):
                    put(ws, r_sub, col + 1, spec.get("link_head", "ссылка"), font=BOLD, fill=HEAD_FILL)
                else:
                    # header merged over value+link: the link column has no own header
                    pass
            # extra rows
            if "numbers" in extra_at:
                put(ws, extra_at["numbers"], col, number, font=Font(italic=True, size=9))
                if span == 2:
                    put(ws, extra_at["numbers"], col + 1, "")
            if "units" in extra_at:
                put(ws, extra_at["units"], col, spec["unit"] or "", font=Font(italic=True, size=9))
                if span == 2:
                    put(ws, extra_at["units"], col + 1, "")
            # data rows
            for tag, _ in value_rows:
                rr = data_rows[tag]
                if tag == "2024":
                    shown = spec["disp"] if spec["disp"] is not None else spec["val"]
                else:
                    shown = spec["prev_disp"] if spec["prev_disp"] is not None else spec["prev"]
                is_text = isinstance(shown, str) and len(shown) > 12
                put(ws, rr, col, shown, fmt=spec["fmt"], align=WRAP_L if is_text else WRAP_C,
                    fill=OLD_FILL if tag != "2024" else None)
                if tag == "2024":
                    cell = f"{get_column_letter(col)}{rr}"
                    if spec["cid"]:
                        rec.value(spec["cid"], spec["val"], cell)
                    else:
                        label = spec["sub"] if not gtitle else f"{gtitle} / {spec['sub']}"
                        rec.not_criteria.append(label)
                if span == 2:
                    lk = spec["link"] if tag == "2024" else None
                    put(ws, rr, col + 1, lk, align=WRAP_L, fill=OLD_FILL if tag != "2024" else None,
                        font=Font(size=8, color="0563C1", underline="single") if lk else None)
                    if lk:
                        rec.link(spec["cid"], lk, f"{get_column_letter(col + 1)}{rr}")
            if link_mode == "row":
                lk = spec["link"]
                put(ws, link_row, col, lk, align=WRAP_L,
                    font=Font(size=8, color="0563C1", underline="single") if lk else None)
                if lk:
                    rec.link(spec["cid"], lk, f"{get_column_letter(col)}{link_row}")
            ws.column_dimensions[get_column_letter(col)].width = 14
            if span == 2:
                ws.column_dimensions[get_column_letter(col + 1)].width = 22
            col += span
        if group_row and gtitle is not None:
            if col - 1 > gstart:
                ws.merge_cells(start_row=top, start_column=gstart, end_row=top, end_column=col - 1)
            put(ws, top, gstart, gtitle, font=BOLD, fill=GROUP_FILL)
            for cc in range(gstart, col):
                ws.cell(row=top, column=cc).border = BORDER
            rec.headings.append(gtitle)
    ws.row_dimensions[r_sub].height = 75
    for rr in data_rows.values():
        ws.row_dimensions[rr].height = 32
    if link_row:
        ws.row_dimensions[link_row].height = 45
    return dict(data_rows=data_rows, link_row=link_row, extra=extra_at, last_col=col - 1, r_sub=r_sub)


def title(ws, row, text, last_col, font=TITLE):
    ws.cell(row=row, column=1, value=text).font = font
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="left", vertical="center")


# ============================================================== F1  СОШ № 1
def file1():
    name = "МБОУ «Светлореченская СОШ № 1»"
    fn = "Светлореченская СОШ №1 - мониторинг ЦМН 2024.xlsx"
    site = "https://svetlorech-sosh1.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    rec = Rec(fn, ws.title, name)
    st, st15 = 612, 188
    groups = [
        ("Нормативные документы ОО", [
            V("Положение о наставничестве педагогических работников", "orgs_regulation_teachers", 1, "да",
              site + "prikaz_127_polozhenie_ped.pdf"),
            V("Положение о наставничестве обучающихся", "orgs_regulation_students", 1, "да",
              site + "prikaz_128_polozhenie_obuch.pdf"),
            V("Приказ о мониторинге ЦМН", "orgs_monitoring_order", 1, "да",
              site + "prikaz_214_monitoring_CMN.pdf"),
            V("Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", 1, "да",
              site + "spravka_vnutr_monitoring_2024.pdf"),
        ]),
        ("Организация наставничества", [
            V("кураторов", "curators_total", 2, link=site + "prikaz_126_kuratory.pdf"),
            V("наставников (по приказу)", "mentors_total", 46, link=site + "prikaz_131_pary_2024.pdf"),
            V("наставляемых (по приказу)", "mentees_total", 112, link=site + "prikaz_131_pary_2024.pdf#page=3"),
            NC("наставнических пар и групп", 41),
        ]),
        ("Обучающиеся", [
            NC("всего в ОО", 980),
            V("из них 10–19 лет", "students_10_19", st),
            V("из них 15–19 лет", "students_15_19", st15),
        ]),
        ("Наставляемые из числа обучающихся", [
            NC("всего", 96),
            V("из них 10–19 лет", "mentees_10_19", 74, link="https://disk.yandex.ru/i/sv1-Nastavl-10-19-kQ7"),
            V("доля, %", "share_mentees_10_19", pct(74, st), fmt="0.00"),
        ]),
        ("Наставники из числа обучающихся", [
            NC("всего", 25),
            V("из них 15–19 лет", "mentors_15_19", 22, link="https://disk.yandex.ru/i/sv1-Nastavn-15-19-Wt2"),
            V("доля, %", "share_mentors_15_19", pct(22, st15), fmt="0.00"),
        ]),
        ("Удовлетворённость, %", [
            V("наставляемых", "satisfaction_mentees", 91.4, link=site + "anketirovanie_itogi_2024.pdf"),
            V("наставников", "satisfaction_mentors", 88.7, link=site + "anketirovanie_itogi_2024.pdf#page=2"),
        ]),
        ("Молодые специалисты (до 35 лет, стаж до 3 лет)", [
            V("всего", "young_specialists", 7),
            V("из них наставляемые", "young_specialists_mentees", 7, link=site + "prikaz_131_pary_2024.pdf#page=5"),
            V("доля, %", "share_young_specialists_mentees", pct(7, 7), fmt="0.00"),
        ]),
        ("Педагоги (кроме молодых специалистов)", [
            V("всего", "teachers_other", 58),
            V("из них наставляемые", "teachers_other_mentees", 9),
        ]),
        ("Педагоги-наставники", [
            V("всего", "teachers_mentors", 19),
            V("доля от всех педагогов, %", "share_teachers_mentors", pct(19, 58 + 7), fmt="0.00"),
        ]),
        ("Локальные акты о поощрении наставников", [
            V("о материальном стимулировании (оплата)", "pay_acts", 1, link=site + "polozhenie_ob_oplate_truda.pdf"),
            V("о нематериальном поощрении", "nonmaterial_acts", 1, link=site + "polozhenie_nematerial_pooshchr.pdf"),
        ]),
        (None, [V("Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", 6,
                  link="https://cloud.mail.ru/public/Sv1k/KPK-2024-udostovereniya")]),
        (None, [NC("Куратор ЦМН (ФИО, телефон)", "Сабурова Елена Викторовна, 8 (34159) 2-14-37")]),
    ]
    title(ws, 1, "Мониторинг реализации целевой модели наставничества в ОО Светлореченского муниципального "
                 "округа за 2024 год", 20)
    ws.cell(row=2, column=1, value="(одна строка – одна образовательная организация)").font = Font(italic=True)
    # first column: organisation name (header merged over two rows, numbering row, value row, link row)
    info = wide(ws, rec, groups, top=4, first_col=2, value_rows=[("2024", None)], link_mode="row",
                extra_rows=("numbers",))
    ws.merge_cells("A4:A5")
    put(ws, 4, 1, "Наименование ОО", font=BOLD, fill=HEAD_FILL)
    ws.cell(row=5, column=1).border = BORDER
    put(ws, info["extra"]["numbers"], 1, "", font=Font(italic=True, size=9))
    put(ws, info["data_rows"]["2024"], 1, name, align=WRAP_L, font=BOLD)
    put(ws, info["link_row"], 1, "ссылки на подтверждающие документы", align=WRAP_L,
        font=Font(italic=True, size=9))
    ws.column_dimensions["A"].width = 30
    ws.freeze_panes = "B7"
    wb.save(os.path.join(TYPED, fn))
    return [rec]


# ============================================================== F2  Гимназия № 3
def file2():
    name = "МАОУ «Гимназия № 3»"
    fn = "Гимназия3_ЦМН_2024.xlsx"
    site = "https://gimn3-svetlorech.edu.ru/upload/nastavnichestvo/"
    cloud = "https://disk.yandex.ru/d/G3-cmn-2024/"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    rec = Rec(fn, ws.title, name)
    partners = ("МБОУ «Светлореченская СОШ № 1»; МБУ ДО «Дом детского творчества»; ФГБОУ ВО «Удмуртский "
                "государственный университет»; АОУ ДПО УР ИРО; МБУК «Светлореченская центральная библиотека»; "
                "МБУ «Молодёжный центр «Импульс»")
    subjects = ("совместная реализация программ наставничества «ученик – ученик» и «студент – ученик»; "
                "привлечение студентов УдГУ и методистов ИРО в качестве наставников")
    courses = "«Организация наставничества в образовательной организации» (АОУ ДПО УР ИРО, 36 ч.)"
    cols = [
        V("Положение о системе наставничества педагогических работников (приказ)", "orgs_regulation_teachers",
          1, "имеется", site + "prikaz_45-od_polozhenie_ped.pdf"),
        V("Положение о системе наставничества обучающихся (приказ)", "orgs_regulation_students", 1, "имеется",
          site + "prikaz_46-od_polozhenie_obuch.pdf"),
        V("Приказ о мониторинге реализации ЦМН в ОО", "orgs_monitoring_order", 1, "имеется",
          site + "prikaz_188-od_monitoring.pdf"),
        V("Информационная справка по итогам внутреннего мониторинга", "internal_monitoring_notes", 0, "нет"),
        V("Кураторы ЦМН, чел.", "curators_total", 1, link=site + "prikaz_44-od_kurator.pdf"),
        V("Программы наставничества по формам (без персонализированных), ед.", "programmes_total", 5,
          link=site + "programmy_nastavnichestva_2024.pdf"),
        V("Наставники по приказу, чел.", "mentors_total", 33, link=site + "prikaz_97-od_nastavniki.pdf"),
        V("Наставляемые по приказу, чел.", "mentees_total", 58, link=site + "prikaz_97-od_nastavniki.pdf"),
        V("Соглашения с образовательными организациями, ед.", "agreements_edu_orgs", 3,
          link=cloud + "soglasheniya_OO.pdf"),
        V("Соглашения с АОУ ДПО УР ИРО, ед.", "agreements_iro", 1, link=cloud + "soglashenie_IRO.pdf"),
        V("Соглашения с предприятиями, ед.", "agreements_enterprises", 0),
        V("Соглашения с иными организациями, ед.", "agreements_other_orgs", 2, link=cloud + "soglasheniya_inye.pdf"),
        NC("Соглашения о сотрудничестве – всего, ед.", 6),
        V("Партнёры по наставничеству (наименования)", "partner_list", partners),
        V("Предмет соглашений", "agreement_subjects", subjects),
        V("Наставники из других ОО, чел.", "external_edu_mentors", 4, link=cloud + "prikaz_vneshnie_nastavniki.pdf"),
        V("Наставники из ИРО, чел.", "iro_mentors", 1, link=cloud + "prikaz_vneshnie_nastavniki.pdf"),
        V("Наставники с предприятий, чел.", "enterprise_mentors", 0),
        V("Наставники из иных организаций, чел.", "other_org_mentors", 2,
          link=cloud + "prikaz_vneshnie_nastavniki.pdf"),
        V("Персонализированные программы наставничества – всего, ед.", "pp_total", 27,
          link=site + "reestr_PP_2024.xlsx"),
        V("в т.ч. «ученик – ученик»", "pp_pupil_pupil", 11),
        V("в т.ч. «учитель – учитель»", "pp_teacher_teacher", 8),
        V("в т.ч. «руководитель – педагог»", "pp_head_teacher", 1),
        V("в т.ч. «студент – ученик»", "pp_student_pupil", 3),
        V("в т.ч. «учитель – ученик»", "pp_teacher_pupil", 4),
        V("в т.ч. иные формы", "pp_other", 0),
        NC("Проведено занятий «Школы наставника», ед.", 6),
        V("Обучены на КПК по наставничеству, чел.", "kpk_trained", 4, link=cloud + "KPK_udostovereniya.pdf"),
        V("Названия курсов КПК", "kpk_courses", courses),
        V("ШМО наставников, ед.", "school_methodical_associations", 1, link=site + "prikaz_52-od_SHMO.pdf"),
    ]
    title(ws, 1, f"Сведения {name} для мониторинга реализации целевой модели наставничества", 10)
    ws.cell(row=2, column=1, value="за 2024 год (по состоянию на 20.12.2024)").font = Font(italic=True)
    wide(ws, rec, [(None, cols)], top=4, first_col=1, value_rows=[("2024", None)], link_mode="col",
         group_row=False)
    ws.row_dimensions[4].height = 90
    ws.freeze_panes = "A5"
    wb.save(os.path.join(TYPED, fn))
    return [rec]


# ============================================================== F3  Кокшанская СОШ (name only in the file name)
def file3():
    name = "МБОУ Кокшанская СОШ"
    fn = "МБОУ_Кокшанская_СОШ_ЦМН_2024.xlsx"
    site = "https://koksha-shkola.gosuslugi.ru/netcat_files/generated/nastavnichestvo/"
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    rec = Rec(fn, ws.title, name)
    st, st15 = 104, 27
    ys, to = 2, 19
    groups = [
        ("Нормативная база", [
            V("Положение (педагоги)", "orgs_regulation_teachers", 1, link=site + "polozhenie_nastavn_ped.pdf",
              unit="1 – да, 0 – нет"),
            V("Положение (обучающиеся)", "orgs_regulation_students", 1, link=site + "polozhenie_nastavn_uch.pdf",
              unit="1 – да, 0 – нет"),
            V("Приказ о мониторинге", "orgs_monitoring_order", 0, unit="1 – да, 0 – нет"),
        ]),
        ("По приказу ОО", [
            V("наставники", "mentors_total", 14, link=site + "prikaz_62_nastavn_pary.pdf", unit="чел."),
            V("наставляемые", "mentees_total", 31, link=site + "prikaz_62_nastavn_pary.pdf", unit="чел."),
        ]),
        ("Обучающиеся 10–19 лет", [
            V("всего", "students_10_19", st, unit="чел."),
            V("в программах в роли наставляемых", "mentees_10_19", 23, unit="чел.",
              link="https://disk.yandex.ru/i/koksha-baza-nastavlyaemyh"),
            V("из них «группа риска»", "mentees_risk", 4, unit="чел."),
            V("дети с ОВЗ, дети-инвалиды", "mentees_disabled", 3, unit="чел."),
            V("одарённые (из реестра)", "mentees_gifted", 5, unit="чел."),
            V("низкая мотивация, неуспевающие", "mentees_low_motivation", 6, unit="чел."),
            V("выбор профессии / траектории", "mentees_career", 4, unit="чел."),
            V("по иным параметрам", "mentees_other_params", 1, unit="чел."),
            V("доля, %", "share_mentees_10_19", pct(23, st), unit="%", fmt="0.00"),
        ]),
        ("Обучающиеся 15–19 лет", [
            V("всего", "students_15_19", st15, unit="чел."),
            V("вошли в программы наставничества", "students_15_19_in_programmes", 9, unit="чел."),
            V("из них наставники", "mentors_15_19", 6, unit="чел.",
              link="https://disk.yandex.ru/i/koksha-baza-nastavnikov"),
            V("доля наставников, %", "share_mentors_15_19", pct(6, st15), unit="%", fmt="0.00"),
        ]),
        ("Педагоги", [
            V("молодые специалисты", "young_specialists", ys, unit="чел."),
            V("из них наставляемые", "young_specialists_mentees", 2, unit="чел."),
            V("доля МС-наставляемых, %", "share_young_specialists_mentees", pct(2, ys), unit="%", fmt="0.00"),
            V("остальные педагоги", "teachers_other", to, unit="чел."),
            V("из них наставляемые", "teachers_other_mentees", 3, unit="чел."),
            V("доля наставляемых педагогов, %", "share_teachers_mentees", pct(3 + 2, to + ys), unit="%",
              fmt="0.00"),
        ]),
        ("Педагоги в роли наставника", [
            V("всего", "teachers_mentors", 8, unit="чел.", link=site + "prikaz_62_nastavn_pary.pdf#page=2"),
            V("в т.ч. молодые специалисты", "young_specialists_mentors", 0, unit="чел."),
            V("доля, %", "share_teachers_mentors", pct(8, to + ys), unit="%", fmt="0.00"),
            V("доля МС-наставников, %", "share_young_specialists_mentors", pct(0, ys), unit="%", fmt="0.00"),
        ]),
        ("Прочее", [NC("наставники из числа родителей", 2, unit="чел.")]),
    ]
    title(ws, 1, "Мониторинг ЦМН — 2024", 10)
    info = wide(ws, rec, groups, top=3, first_col=2, value_rows=[("2024", None)], link_mode="row",
                extra_rows=("units",))
    ws.merge_cells("A3:A4")
    put(ws, 3, 1, "Год", font=BOLD, fill=HEAD_FILL)
    ws.cell(row=4, column=1).border = BORDER
    put(ws, info["extra"]["units"], 1, "ед. изм.", font=Font(italic=True, size=9))
    put(ws, info["data_rows"]["2024"], 1, 2024, font=BOLD)
    put(ws, info["link_row"], 1, "ссылка", font=Font(italic=True, size=9))
    ws.column_dimensions["A"].width = 9
    wb.save(os.path.join(TYPED, fn))
    return [rec]


# ============================================================== F4  Лицей № 2 (2023 row above the 2024 row)
def file4():
    name = "МБОУ «Лицей № 2»"
    fn = "Лицей 2 - наставничество (2023-2024).xlsx"
    site = "https://licey2-svetlorech.gosuslugi.ru/netcat_files/userfiles/CMN/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    rec = Rec(fn, ws.title, name)
    s23, s24 = 498, 521
    f23, f24 = 176, 183
    groups = [
        ("Документы ОО (1 – есть, 0 – нет)", [
            V("Положение о наставничестве педагогов", "orgs_regulation_teachers", 1, prev=1,
              link=site + "polozhenie_nastavnichestvo_pedagogov_2022.pdf"),
            V("Положение о наставничестве обучающихся", "orgs_regulation_students", 1, prev=1,
              link=site + "polozhenie_nastavnichestvo_obuch_2022.pdf"),
            V("Приказ о мониторинге", "orgs_monitoring_order", 1, prev=0, link=site + "prikaz_301_monitoring_2024.pdf"),
            V("Справка по итогам мониторинга", "internal_monitoring_notes", 1, prev=1,
              link=site + "spravka_monitoring_dekabr_2024.pdf"),
        ]),
        ("Кадры и участники", [
            V("кураторы", "curators_total", 2, prev=1, link=site + "prikaz_255_kuratory.pdf"),
            V("программы наставничества", "programmes_total", 4, prev=3, link=site + "programmy_CMN_2024.zip"),
            V("наставники", "mentors_total", 27, prev=21, link=site + "prikaz_262_pary.pdf"),
            V("наставляемые", "mentees_total", 52, prev=40, link=site + "prikaz_262_pary.pdf"),
            NC("наставники + наставляемые", 79, prev=61),
        ]),
        ("Персонализированные программы", [
            V("всего", "pp_total", 19, prev=14, link="https://cloud.mail.ru/public/L2pp/PP-2024"),
            V("ученик – ученик", "pp_pupil_pupil", 8, prev=5),
            V("учитель – учитель", "pp_teacher_teacher", 7, prev=6),
            V("учитель – ученик", "pp_teacher_pupil", 3, prev=3),
            V("иные", "pp_other", 1, prev=0),
        ]),
        ("Обучающиеся 10–19 лет", [
            V("всего", "students_10_19", s24, prev=s23),
            V("наставляемые", "mentees_10_19", 38, prev=31, link="https://cloud.mail.ru/public/L2pp/baza-nastavlyaemyh"),
            V("доля, %", "share_mentees_10_19", pct(38, s24), prev=pct(31, s23), fmt="0.00"),
        ]),
        ("Обучающиеся 15–19 лет", [
            V("всего", "students_15_19", f24, prev=f23),
            V("из них наставники", "mentors_15_19", 15, prev=12,
              link="https://cloud.mail.ru/public/L2pp/baza-nastavnikov"),
            V("доля, %", "share_mentors_15_19", pct(15, f24), prev=pct(12, f23), fmt="0.00"),
        ]),
        ("Удовлетворённость, %", [
            V("наставляемые", "satisfaction_mentees", 90.3, prev=87.0, fmt="0.0",
              link=site + "anketa_udovletvorennost_2024.pdf"),
            V("наставники", "satisfaction_mentors", 89.1, prev=85.5, fmt="0.0",
              link=site + "anketa_udovletvorennost_2024.pdf"),
        ]),
        ("Профессиональное развитие", [
            V("педагоги в персонализированных программах", "teachers_in_pp", 14, prev=11),
            V("стажёры на базе стажёрской площадки", "trainees_internship", 2, prev=0,
              link=site + "prikaz_310_stazhirovka.pdf"),
            V("КПК по наставничеству", "kpk_trained", 5, prev=2, link=site + "KPK_nastavnichestvo_2024.pdf"),
            V("ШМО наставников", "school_methodical_associations", 1, prev=1, link=site + "plan_SHMO_nastavnikov.pdf"),
        ]),
        ("Стимулирование", [
            V("акты об оплате", "pay_acts", 1, prev=0, link=site + "polozhenie_o_stimuliruyushchih_vyplatah.pdf"),
            V("акты о нематериальном поощрении", "nonmaterial_acts", 1, prev=1,
              link=site + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        ]),
    ]
    title(ws, 1, "Показатели ЦМН – сравнение 2023 и 2024 гг.", 10)
    info = wide(ws, rec, groups, top=3, first_col=3, value_rows=[("2023", None), ("2024", None)],
                link_mode="row")
    r23, r24, rl = info["data_rows"]["2023"], info["data_rows"]["2024"], info["link_row"]
    ws.merge_cells("A3:A4")
    put(ws, 3, 1, "ОО", font=BOLD, fill=HEAD_FILL)
    ws.cell(row=4, column=1).border = BORDER
    ws.merge_cells("B3:B4")
    put(ws, 3, 2, "Год", font=BOLD, fill=HEAD_FILL)
    ws.cell(row=4, column=2).border = BORDER
    ws.merge_cells(start_row=r23, start_column=1, end_row=r24, end_column=1)
    put(ws, r23, 1, name, align=WRAP_L, font=BOLD)
    ws.cell(row=r24, column=1).border = BORDER
    put(ws, r23, 2, "2023", fill=OLD_FILL)
    put(ws, r24, 2, "2024", font=BOLD)
    ws.merge_cells(start_row=rl, start_column=1, end_row=rl, end_column=2)
    put(ws, rl, 1, "Ссылки на документы (2024 г.)", align=WRAP_L, font=Font(italic=True, size=9))
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 7
    wb.save(os.path.join(TYPED, fn))
    return [rec]


# ============================================================== F5  Выселковская ООШ: transposed back, План / Факт
def file5():
    name = "МКОУ «Выселковская ООШ»"
    fn = "Выселковская ООШ наставничество 2024.xlsx"
    site = "https://vyselki-oosh.gosuslugi.ru/netcat_files/nastavnichestvo/"
    cloud = "https://disk.yandex.ru/d/vyselki-CMN-2024/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    rec = Rec(fn, ws.title, name)
    st, st15 = 58, 11
    partners = "МБОУ «Светлореченская СОШ № 1»; СПК «Колхоз «Выселковский»"
    # (row label, criterion id or None, plan shown, fact value, fact shown, link, fmt)
    blocks = [
        ("Нормативное обеспечение", [
            ("Положение о наставничестве педработников", "orgs_regulation_teachers", "да", 1, "да",
             site + "polozhenie_ped_rabotnikov.pdf", None),
            ("Положение о наставничестве обучающихся", "orgs_regulation_students", "да", 1, "да",
             site + "polozhenie_obuchayushchihsya.pdf", None),
            ("Приказ о мониторинге", "orgs_monitoring_order", "да", 1, "да", site + "prikaz_monitoring_2024.pdf", None),
            ("Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "да", 0, "нет", None, None),
        ]),
        ("Организация", [
            ("кураторы", "curators_total", 1, 1, None, site + "prikaz_kurator.pdf", None),
            ("наставники (по приказу)", "mentors_total", 8, 9, None, site + "prikaz_nastavnicheskie_pary.pdf", None),
            ("наставляемые (по приказу)", "mentees_total", 15, 17, None, site + "prikaz_nastavnicheskie_pary.pdf", None),
            ("наставнические пары", None, None, 9, None, None, None),
        ]),
        ("Сотрудничество", [
            ("соглашения с ОО", "agreements_edu_orgs", 1, 1, None, cloud + "dogovor_SOSH1.pdf", None),
            ("соглашения с предприятиями", "agreements_enterprises", 1, 1, None, cloud + "dogovor_SPK.pdf", None),
            ("партнёры (наименования)", "partner_list", None, partners, None, None, None),
            ("наставники из других ОО", "external_edu_mentors", 1, 1, None, None, None),
            ("наставники с предприятий", "enterprise_mentors", 1, 1, None, None, None),
        ]),
        ("Персонализированные программы", [
            ("всего", "pp_total", 6, 7, None, cloud + "PP_2024.pdf", None),
            ("ученик – ученик", "pp_pupil_pupil", 3, 4, None, None, None),
            ("учитель – учитель", "pp_teacher_teacher", 2, 2, None, None, None),
            ("учитель – ученик", "pp_teacher_pupil", 1, 1, None, None, None),
        ]),
        ("Обучающиеся 10–19 лет", [
            ("всего", "students_10_19", None, st, None, None, None),
            ("из них наставляемые", "mentees_10_19", 10, 12, None, cloud + "baza_nastavlyaemyh.xlsx", None),
            ("«группа риска»", "mentees_risk", None, 3, None, None, None),
            ("низкая мотивация", "mentees_low_motivation", None, 5, None, None, None),
            ("доля, %", "share_mentees_10_19", 17.0, pct(12, st), None, None, "0.00"),
        ]),
        ("Обучающиеся 15–19 лет", [
            ("всего", "students_15_19", None, st15, None, None, None),
            ("из них наставники", "mentors_15_19", 2, 2, None, cloud + "baza_nastavnikov.xlsx", None),
            ("доля, %", "share_mentors_15_19", 18.0, pct(2, st15), None, None, "0.00"),
        ]),
        ("Удовлетворённость", [
            ("наставляемых, %", "satisfaction_mentees", 85, 94.0, None, cloud + "ankety_itogi.pdf", "0.0"),
            ("наставников, %", "satisfaction_mentors", 85, 90.5, None, cloud + "ankety_itogi.pdf", "0.0"),
        ]),
        ("Педагоги", [
            ("молодые специалисты", "young_specialists", None, 1, None, None, None),
            ("из них наставляемые", "young_specialists_mentees", 1, 1, None, None, None),
            ("педагоги-наставники", "teachers_mentors", 5, 6, None, site + "prikaz_nastavnicheskie_pary.pdf", None),
            ("обучены на КПК", "kpk_trained", 1, 1, None, site + "udostoverenie_KPK.pdf", None),
        ]),
        ("Прочее", [
            ("обучающиеся начальных классов в программах «ученик – ученик»", None, None, 6, None, None, None),
        ]),
    ]
    title(ws, 1, name, 5)
    ws.cell(row=2, column=1, value="Мониторинг целевой модели наставничества за 2024 год").font = Font(italic=True)
    hdr = ["Направление", "Показатель", "План", "Факт", "Ссылка на подтверждающий документ"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, font=BOLD, fill=HEAD_FILL)
    r = 5
    for gtitle, rows in blocks:
        r0 = r
        for label, cid, plan, fact, shown, link, fmt in rows:
            put(ws, r, 2, label, align=WRAP_L)
            put(ws, r, 3, plan, fmt=fmt, fill=OLD_FILL)
            txt = isinstance(fact, str) and len(fact) > 12
            put(ws, r, 4, shown if shown is not None else fact, fmt=fmt, align=WRAP_L if txt else WRAP_C)
            put(ws, r, 5, link, align=WRAP_L,
                font=Font(size=8, color="0563C1", underline="single") if link else None)
            if cid:
                rec.value(cid, fact, f"D{r}")
                if link:
                    rec.link(cid, link, f"E{r}")
            else:
                rec.not_criteria.append(f"{gtitle} / {label}" if gtitle != "Прочее" else label)
            r += 1
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        put(ws, r0, 1, gtitle, align=Alignment(wrap_text=True, vertical="center"), font=BOLD, fill=GROUP_FILL)
        for rr in range(r0 + 1, r):
            ws.cell(row=rr, column=1).border = BORDER
        rec.headings.append(gtitle)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 30
    ws.column_dimensions["E"].width = 50
    wb.save(os.path.join(TYPED, fn))
    return [rec]


# ============================================================== F6  СОШ № 5: link column right of each value, % format
def file6():
    name = "МБОУ «СОШ № 5 с УИОП»"
    fn = "СОШ5 УИОП - строка для УО (ЦМН 2024).xlsx"
    site = "https://svetlorech-school5.edu.ru/sveden/files/nastavnichestvo/"
    cloud = "https://cloud.mail.ru/public/S5uo/CMN2024/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Строка ОО"
    rec = Rec(fn, ws.title, name)
    st, st15 = 884, 261
    ys, to = 12, 71

    def P(sub, cid, num, den, link=None):
        """a share typed as a fraction with a percent format (0.1097 shown as 10,97%)."""
        p = pct(num, den)
        return V(sub, cid, p, disp=round(p / 100.0, 4), fmt="0.00%", link=link)

    groups = [
        ("Нормативные документы (да/нет)", [
            V("Положение о наставничестве педагогов", "orgs_regulation_teachers", 1, "да",
              site + "polozhenie_ped_2023.pdf"),
            V("Положение о наставничестве обучающихся", "orgs_regulation_students", 1, "да",
              site + "polozhenie_obuch_2023.pdf"),
            V("Приказ о мониторинге ЦМН", "orgs_monitoring_order", 1, "да", site + "prikaz_402_monitoring.pdf"),
            V("Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", 1, "да",
              site + "spravka_itogi_monitoringa_2024.pdf"),
        ]),
        ("Организация", [
            V("кураторы", "curators_total", 3, link=site + "prikaz_355_kuratory.pdf"),
            V("наставники по приказу", "mentors_total", 64, link=site + "prikaz_371_pary.pdf"),
            V("наставляемые по приказу", "mentees_total", 139, link=site + "prikaz_371_pary.pdf"),
            V("ШМО наставников", "school_methodical_associations", 2, link=site + "prikaz_360_SHMO.pdf"),
        ]),
        ("Персонализированные программы", [
            V("всего", "pp_total", 44, link=cloud + "PP_vse.zip"),
            V("учитель – учитель", "pp_teacher_teacher", 15, link=cloud + "PP_uchitel-uchitel.zip"),
            V("руководитель – педагог", "pp_head_teacher", 3),
            V("ученик – ученик", "pp_pupil_pupil", 18, link=cloud + "PP_uchenik-uchenik.zip"),
            V("студент – ученик", "pp_student_pupil", 4),
            V("студент – студент", "pp_student_student", 0),
            V("учитель – ученик", "pp_teacher_pupil", 4),
        ]),
        ("Наставники из внешних организаций", [
            V("из других ОО", "external_edu_mentors", 5, link=cloud + "dogovory_vneshnie_nastavniki.pdf"),
            V("из иных организаций", "other_org_mentors", 3, link=cloud + "dogovory_vneshnie_nastavniki.pdf"),
        ]),
        ("Обучающиеся 10–19 лет", [
            V("всего", "students_10_19", st),
            V("из них наставляемые", "mentees_10_19", 97, link=cloud + "baza_nastavlyaemyh_2024.xlsx"),
            P("доля", "share_mentees_10_19", 97, st),
        ]),
        ("Обучающиеся 15–19 лет", [
            V("всего", "students_15_19", st15),
            V("из них наставники", "mentors_15_19", 34, link=cloud + "baza_nastavnikov_2024.xlsx"),
            P("доля", "share_mentors_15_19", 34, st15),
        ]),
        ("Удовлетворённость участием в программах", [
            V("наставляемых", "satisfaction_mentees", 93.0, disp=0.93, fmt="0%", link=site + "anketirovanie_2024.pdf"),
            V("наставников", "satisfaction_mentors", 91.5, disp=0.915, fmt="0.0%", link=site + "anketirovanie_2024.pdf"),
        ]),
        ("Молодые специалисты", [
            V("всего", "young_specialists", ys),
            V("из них наставляемые", "young_specialists_mentees", 11, link=site + "prikaz_371_pary.pdf"),
            P("доля", "share_young_specialists_mentees", 11, ys),
        ]),
        ("Педагоги без молодых специалистов", [
            V("всего", "teachers_other", to),
            V("из них наставляемые", "teachers_other_mentees", 8),
            P("доля наставляемых среди всех педагогов", "share_teachers_mentees", 8 + 11, to + ys),
        ]),
        ("Педагоги-наставники", [
            V("всего", "teachers_mentors", 26, link=site + "prikaz_371_pary.pdf"),
            P("доля", "share_teachers_mentors", 26, to + ys),
            NC("из них пенсионеры", 4),
        ]),
        ("Стимулирование наставников", [
            V("положения об оплате", "pay_acts", 1, link=site + "polozhenie_oplata_truda_2024.pdf"),
            V("положения о нематериальном поощрении", "nonmaterial_acts", 2, link=site + "polozhenie_pooshchrenie.pdf"),
        ]),
        ("Справочно", [
            NC("доля наставляемых от всех обучающихся 1–11 кл., %", 8.4),
        ]),
    ]
    title(ws, 1, "Мониторинг ЦМН за 2024 год: строка образовательной организации", 10)
    info = wide(ws, rec, groups, top=2, first_col=2, value_rows=[("2024", None)], link_mode="col")
    ws.merge_cells("A2:A3")
    put(ws, 2, 1, "Наименование ОО", font=BOLD, fill=HEAD_FILL)
    ws.cell(row=3, column=1).border = BORDER
    put(ws, info["data_rows"]["2024"], 1, name, align=WRAP_L, font=BOLD)
    ws.column_dimensions["A"].width = 26
    ws.freeze_panes = "B4"
    wb.save(os.path.join(TYPED, fn))
    return [rec]


# ============================================================== F7  ДДТ (ДОП): title line, links row
def file7():
    name = "МБУ ДО «Дом детского творчества» Светлореченского муниципального округа"
    fn = "ДДТ_мониторинг_наставничества_2024.xlsx"
    site = "https://ddt-svetlorech.gosuslugi.ru/netcat_files/nastavnichestvo/"
    cloud = "https://disk.yandex.ru/d/DDT-svetl-nastavn/"
    wb = Workbook()
    ws = wb.active
    ws.title = "ДДТ"
    rec = Rec(fn, ws.title, name)
    st, st15 = 1126, 298
    partners = ("МБОУ «Светлореченская СОШ № 1», МАОУ «Гимназия № 3», АНО «Центр молодёжных инициатив "
                "«Светлоречье»")
    subjects = ("сетевое взаимодействие при реализации программ наставничества «ученик – ученик»; "
                "привлечение волонтёров-наставников")
    courses = "«Наставничество в дополнительном образовании детей» (АОУ ДПО УР ИРО, 72 ч.)"
    groups = [
        ("Документы (1 – да, 0 – нет)", [
            V("Положение о наставничестве пед. работников", "orgs_regulation_teachers", 1,
              link=site + "polozhenie_nastavnichestvo_pedagogov.pdf"),
            V("Положение о наставничестве обучающихся", "orgs_regulation_students", 1,
              link=site + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf"),
            V("Приказ о мониторинге", "orgs_monitoring_order", 1, link=site + "prikaz_98_monitoring.pdf"),
            V("Справка по внутреннему мониторингу", "internal_monitoring_notes", 1, link=site + "spravka_2024.pdf"),
        ]),
        ("Организация", [
            V("кураторы", "curators_total", 1),
            V("программы наставничества", "programmes_total", 3, link=site + "programmy_nastavnichestva.pdf"),
            V("наставники (по приказу)", "mentors_total", 18, link=site + "prikaz_77_nastavniki.pdf"),
            V("наставляемые (по приказу)", "mentees_total", 47, link=site + "prikaz_77_nastavniki.pdf"),
            NC("детских объединений", 64),
        ]),
        ("Сотрудничество", [
            V("соглашения с ОО", "agreements_edu_orgs", 2, link=cloud + "soglasheniya_OO.pdf"),
            V("соглашения с иными организациями", "agreements_other_orgs", 1, link=cloud + "soglashenie_CMI.pdf"),
            V("организации-партнёры", "partner_list", partners),
            V("предмет соглашений", "agreement_subjects", subjects),
        ]),
        ("Внешние наставники", [
            V("из ОО", "external_edu_mentors", 2),
            V("из иных организаций", "other_org_mentors", 1),
        ]),
        ("Персонализированные программы", [
            V("всего", "pp_total", 12, link=cloud + "PP_2024.pdf"),
            V("ученик – ученик", "pp_pupil_pupil", 7),
            V("педагог – педагог", "pp_teacher_teacher", 3),
            V("иные формы", "pp_other", 2),
        ]),
        ("Контингент 5–18 лет", [
            NC("всего", 1512, fmt="# ##0"),
        ]),
        ("Обучающиеся 10–19 лет", [
            V("всего", "students_10_19", st, fmt="# ##0"),
            V("наставляемые", "mentees_10_19", 38, link=cloud + "baza_nastavlyaemyh.xlsx"),
            V("из них одарённые", "mentees_gifted", 17),
            V("доля, %", "share_mentees_10_19", pct(38, st), fmt="0.00"),
        ]),
        ("Обучающиеся 15–19 лет", [
            V("всего", "students_15_19", st15),
            V("из них наставники", "mentors_15_19", 14, link=cloud + "baza_nastavnikov.xlsx"),
            V("доля, %", "share_mentors_15_19", pct(14, st15), fmt="0.00"),
        ]),
        ("Удовлетворённость, %", [
            V("наставляемых", "satisfaction_mentees", 95.2),
            V("наставников", "satisfaction_mentors", 92.0, fmt="0.0", link=cloud + "ankety_2024.pdf"),
        ]),
        ("Педагоги", [
            V("молодые специалисты", "young_specialists", 3),
            V("из них наставляемые", "young_specialists_mentees", 3),
            V("педагоги-наставники", "teachers_mentors", 9, link=site + "prikaz_77_nastavniki.pdf"),
            V("КПК по наставничеству, чел.", "kpk_trained", 2, link=cloud + "udostovereniya_KPK.pdf"),
            V("название курсов", "kpk_courses", courses),
        ]),
    ]
    title(ws, 1, name, 10)
    ws.cell(row=2, column=1, value="Мониторинг целевой модели наставничества, 2024 год").font = Font(italic=True)
    info = wide(ws, rec, groups, top=4, first_col=2, value_rows=[("2024", None)], link_mode="row")
    ws.merge_cells("A4:A5")
    put(ws, 4, 1, "", fill=HEAD_FILL)
    ws.cell(row=5, column=1).border = BORDER
    put(ws, info["data_rows"]["2024"], 1, "значение", align=WRAP_L, font=BOLD)
    put(ws, info["link_row"], 1, "подтверждение (ссылка)", align=WRAP_L, font=Font(italic=True, size=9))
    ws.column_dimensions["A"].width = 16
    wb.save(os.path.join(TYPED, fn))
    return [rec]


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, f))
    recs = []
    for fn in (file1, file2, file3, file4, file5, file6, file7):
        recs.extend(fn())
    expected = [r.entry() for r in recs]
    cells = [c for r in recs for c in r.cells]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"resaved_with_libreoffice": [], "cells": cells}, f, ensure_ascii=False, indent=1)
    nv = sum(len(r.values) for r in recs)
    nl = sum(len(r.links) for r in recs)
    print(f"files={len(recs)} values={nv} links={nl}")
    for r in recs:
        print(f"  {r.file}: values={len(r.values)} links={len(r.links)} nc={len(r.not_criteria)}")


if __name__ == "__main__":
    main()
