#!/usr/bin/env python3
"""Held-out set 31: last years' templates filled for 2024.

Invented municipality: «Лудошурский район» (Удмуртская Республика, invented).
Seven organisations kept using the older regional monitoring form (2021–2022 wording,
regional codes, «Единица измерения», a column with last year's figures left in) for their 2024 report.

Writes typed/*.xlsx, expected.json, cells.json. Deterministic (no randomness).
"""
import json
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")

EXPECTED = []
CELLS = []

# --------------------------------------------------------------------------------------------
# helpers


def conv(v):
    """Value convention of the spec: да/нет -> 1/0, '17,4' -> 17.4, numbers as they are."""
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    s = str(v).strip()
    if s.lower() == "да":
        return 1
    if s.lower() == "нет":
        return 0
    t = s.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        f = float(t)
        return int(f) if f == int(f) and "." not in t else f
    except ValueError:
        return s


def pct(num, den):
    return float(Decimal(num * 100) / Decimal(den)).__round__(6)


def r1(x):
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def check_share(label, shown, num, den):
    """A share shown in a form must be consistent with its counts (rounded to 0,1)."""
    want = r1(pct(num, den)) if den else 0.0
    got = conv(shown)
    assert abs(float(got) - want) < 0.051, (label, shown, num, den, want)


class Row:
    def __init__(self, code, title, unit=None, old=None, new=None, link=None, tag=None,
                 note=None, exp=None):
        self.code, self.title, self.unit = code, title, unit
        self.old, self.new, self.link, self.tag = old, new, link, tag
        self.note, self.exp = note, exp


def H(code, title):
    return Row(code, title, tag="H")


def T(code, title):
    return Row(code, title, tag="T")


class Form:
    """Collects expected values / links / cells for one sheet-form."""

    def __init__(self, fname, sheet, organisation, year=2024):
        self.fname = "typed/" + fname
        self.sheet = sheet
        self.entry = {"file": self.fname, "year": year, "organisation": organisation,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        self.ambiguous = []

    def cell(self, kind, cell, **kw):
        d = {"file": self.fname, "sheet": self.sheet, "cell": cell, "kind": kind}
        d.update(kw)
        CELLS.append(d)

    def value(self, cid, cell, expected, title):
        assert cid not in self.entry["values"], (self.fname, cid)
        self.entry["values"][cid] = expected
        self.cell("value", cell, criterion=cid, expected=expected, row_title=title)

    def link(self, cid, cell, url, how="text", note=None):
        assert cid not in self.entry["links"], (self.fname, cid)
        self.entry["links"][cid] = url
        d = dict(criterion=cid, expected=url, link_in=how)
        if note:
            d["note"] = note
        self.cell("link", cell, **d)

    def done(self):
        EXPECTED.append(self.entry)


def style_table(ws, r0, r1_, c0, c1):
    for r in range(r0, r1_ + 1):
        for c in range(c0, c1 + 1):
            cell = ws.cell(r, c)
            cell.border = BORDER
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


def write_rows(ws, form, rows, start, cols, *, link_how="text", merged_links=False,
               num_fmt_share="0.0", shares_as_text=False, deviation_col=None):
    """cols: dict with keys code,title,unit,old,new,link,(note). Returns next free row.

    Row.link may be: None; a URL string; a tuple (url, label) for a hyperlink; "^" = same
    merged cell as the row above (merged_links).
    """
    r = start
    merge_top = None  # (row, url)
    merge_rows = []
    for row in rows:
        if row.code is not None and "code" in cols:
            ws.cell(r, cols["code"], row.code)
        ws.cell(r, cols["title"], row.title)
        if row.tag in ("H", "T"):
            if row.tag == "H":
                for c in range(1, max(cols.values()) + 1):
                    ws.cell(r, c).font = BOLD
                    ws.cell(r, c).fill = SEC_FILL
            else:
                ws.cell(r, cols["title"]).font = Font(italic=True)
            form.entry["headings"].append(row.title)
            form.cell("heading", f"{get_column_letter(cols['title'])}{r}", title=row.title)
        else:
            if row.unit is not None and "unit" in cols:
                ws.cell(r, cols["unit"], row.unit)
            for key in ("old", "new"):
                v = getattr(row, key)
                if v is None or key not in cols:
                    continue
                c = ws.cell(r, cols[key], v)
                c.alignment = CENTER
                if isinstance(v, float) or (row.unit == "%" and isinstance(v, (int, float))):
                    c.number_format = num_fmt_share
            if row.note and "note" in cols:
                ws.cell(r, cols["note"], row.note)
            if deviation_col and "old" in cols and isinstance(row.old, (int, float)) and isinstance(row.new, (int, float)):
                ol = get_column_letter(cols["old"])
                nl = get_column_letter(cols["new"])
                dc = ws.cell(r, deviation_col, f"={nl}{r}-{ol}{r}")
                dc.number_format = "+0.0;-0.0;0" if row.unit == "%" else "+0;-0;0"
                dc.alignment = CENTER
            newcell = f"{get_column_letter(cols['new'])}{r}"
            if row.old is not None and "old" in cols:
                oldcell = f"{get_column_letter(cols['old'])}{r}"
                form.cell("old_value", oldcell, note="last year's figure left in the form",
                          value=row.old, criterion=row.tag if row.tag not in ("D", "R", "A") else None)
            if row.tag in ("D", "R"):
                form.entry["not_criteria"].append(row.title)
                form.cell("decoy", f"{get_column_letter(cols['title'])}{r}", title=row.title,
                          reason="retired after 2023 (wording_2024 empty)" if row.tag == "R"
                          else "not in the catalogue")
            elif row.tag == "A":
                form.ambiguous.append(row.title)
                form.cell("ambiguous", newcell, title=row.title, value=row.new)
            elif row.tag:
                if row.new is None or row.new == "":
                    form.cell("no_2024_value", newcell, criterion=row.tag, title=row.title)
                else:
                    exp = row.exp if row.exp is not None else conv(row.new)
                    form.value(row.tag, newcell, exp, row.title)
        # links
        lk = row.link
        lcol = cols.get("link")
        if lk is not None and lcol:
            lcell = f"{get_column_letter(lcol)}{r}"
            if lk == "^":
                assert merge_top is not None
                merge_rows.append(r)
                if row.tag and row.tag not in ("H", "T", "D", "R", "A") and row.new not in (None, ""):
                    form.link(row.tag, f"{get_column_letter(lcol)}{merge_top[0]}", merge_top[1],
                              note=f"merged link cell {get_column_letter(lcol)}{merge_top[0]}:"
                                   f"{get_column_letter(lcol)}{{end}}")
            else:
                if merged_links and merge_top is not None and merge_rows:
                    _close_merge(ws, form, lcol, merge_top[0], merge_rows[-1])
                merge_top, merge_rows = None, []
                if isinstance(lk, tuple):
                    url, label = lk
                    c = ws.cell(r, lcol, label)
                    c.hyperlink = url
                    c.font = Font(color="0563C1", underline="single")
                    how = "hyperlink"
                else:
                    url = lk
                    ws.cell(r, lcol, url)
                    how = link_how
                if merged_links:
                    merge_top = (r, url)
                if row.tag and row.tag not in ("H", "T", "D", "R", "A") and row.new not in (None, ""):
                    form.link(row.tag, lcell, url, how=how)
        elif merged_links and merge_top is not None:
            if merge_rows:
                _close_merge(ws, form, lcol, merge_top[0], merge_rows[-1])
            merge_top, merge_rows = None, []
        r += 1
    if merged_links and merge_top is not None and merge_rows:
        _close_merge(ws, form, cols["link"], merge_top[0], merge_rows[-1])
    return r


def _close_merge(ws, form, lcol, top, bottom):
    L = get_column_letter(lcol)
    ws.merge_cells(f"{L}{top}:{L}{bottom}")
    ws[f"{L}{top}"].alignment = Alignment(wrap_text=True, vertical="center")
    for d in CELLS:
        if d.get("note", "").startswith(f"merged link cell {L}{top}:") and d["file"] == form.fname:
            d["note"] = d["note"].replace("{end}", str(bottom))


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def header(ws, r, titles, height=45):
    for i, t in enumerate(titles, start=1):
        c = ws.cell(r, i, t)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = HEAD_FILL
        c.border = BORDER
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 1. МБОУ «Лудошурская СОШ» — codes П.x.y.z, «на 01.01.2024» / «на 01.01.2025»

def file1():
    fname = "01_Ludoshurskaya_SOSH_monitoring_CMN_2024.xlsx"
    org = "МБОУ «Лудошурская СОШ»"
    form = Form(fname, "Мониторинг ЦМН", org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг ЦМН"
    L = "https://sh-ludoshurskaya-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/2024/"
    ws["A1"] = ("Приложение 1 к приказу Управления образования Администрации муниципального образования "
                "«Муниципальный округ Лудошурский район Удмуртской Республики» от 21.02.2022 № 58")
    ws.merge_cells("A1:F1")
    ws["A1"].alignment = Alignment(horizontal="right", wrap_text=True)
    ws["A2"] = ("ФОРМА мониторинга реализации региональной целевой модели наставничества педагогических "
                "работников и обучающихся в общеобразовательной организации")
    ws.merge_cells("A2:F2")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A2"].alignment = CENTER
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[2].height = 32
    ws["A3"] = "Наименование ОО:"
    ws["B3"] = org
    ws["B3"].font = BOLD
    ws["A4"] = "Отчетный период:"
    ws["B4"] = "2024 год"
    form.cell("organisation", "B3", expected=org)
    form.cell("year", "B4", expected=2024, text="2024 год")
    header(ws, 6, ["Код показателя", "Наименование показателя", "Единица измерения",
                   "Значение показателя на 01.01.2024", "Значение показателя на 01.01.2025",
                   "Источник информации (ссылка на документ)"], 48)
    for i in range(1, 7):
        c = ws.cell(7, i, i)
        c.alignment = CENTER
        c.border = BORDER
    pb = L + "prikaz_baza_nastavnikov_2024.pdf"
    pm = L + "prikaz_baza_nastavlyaemyh_2024.pdf"
    dg = L + "dogovory_o_setevom_vzaimodeystvii_2024.pdf"
    pp = L + "prikaz_PPN_2024.pdf"
    an = L + "anketirovanie_itogi_2024.pdf"
    rows = [
        H("П.1", "Нормативное обеспечение реализации целевой модели наставничества"),
        Row("П.1.1", "Наличие дорожной карты (плана мероприятий) внедрения целевой модели наставничества в ОО",
            "да/нет", "да", "да", L + "dorozhnaya_karta_CMN.pdf", "D"),
        Row("П.1.2", "Наличие утвержденного Положения о системе наставничества педагогических работников ОО",
            "да/нет", "да", "да", L + "polozhenie_nastavnichestvo_ped.pdf", "orgs_regulation_teachers"),
        Row("П.1.3", "Наличие утвержденного Положения о наставничестве обучающихся",
            "да/нет", "да", "да", L + "polozhenie_nastavnichestvo_obuch.pdf", "orgs_regulation_students"),
        Row("П.1.4", "Наличие приказа о проведении мониторинга реализации целевой модели наставничества в ОО",
            "да/нет", "нет", "да", L + "prikaz_monitoring_CMN_2024.pdf", "orgs_monitoring_order"),
        H("П.2", "Организация процесса реализации целевой модели наставничества"),
        Row("П.2.1", "Численность кураторов внедрения целевой модели наставничества в ОО",
            "чел.", 1, 2, L + "prikaz_kuratory_2024.pdf", "curators_total"),
        Row("П.2.2", "Количество утвержденных программ наставничества по формам наставничества "
                     "(без учета персонализированных программ)",
            "ед.", 3, 4, L + "programmy_nastavnichestva.pdf", "R"),
        Row("П.2.3", "Численность наставников (по приказу), всего", "чел.", 39, 44, pb, "mentors_total"),
        Row("П.2.3.1", "в т.ч. из числа педагогических работников ОО", "чел.", 19, 21, pb, "teachers_mentors"),
        Row("П.2.3.2", "в т.ч. из числа обучающихся в возрасте 15–19 лет", "чел.", 14, 18, pb, "mentors_15_19"),
        Row("П.2.3.3", "в т.ч. работников сторонних образовательных организаций", "чел.", 2, 2, dg,
            "external_edu_mentors"),
        Row("П.2.3.4", "в т.ч. работников предприятий", "чел.", 1, 2, dg, "enterprise_mentors"),
        Row("П.2.3.5", "в т.ч. сотрудников АОУ ДПО УР «Институт развития образования»", "чел.", 0, 0, None, "R"),
        Row("П.2.3.6", "в т.ч. представителей иных организаций", "чел.", 1, 1, dg, "other_org_mentors"),
        Row("П.2.4", "Численность наставляемых (по приказу), всего", "чел.", 64, 71, pm, "mentees_total"),
        Row("П.2.4.1", "в т.ч. обучающихся в возрасте 10–19 лет", "чел.", 55, 61, pm, "mentees_10_19"),
        Row("П.2.4.2", "в т.ч. молодых специалистов", "чел.", 5, 6, pm, "young_specialists_mentees"),
        Row("П.2.4.3", "в т.ч. педагогов (кроме молодых специалистов)", "чел.", 4, 4, pm,
            "teachers_other_mentees"),
        Row("П.2.5", "Количество договоров о сетевом взаимодействии с образовательными организациями, "
                     "направившими своих работников в качестве наставников",
            "ед.", 1, 1, dg, "agreements_edu_orgs"),
        Row("П.2.6", "Количество договоров (соглашений) с предприятиями, направившими работников для участия "
                     "в наставничестве", "ед.", 1, 2, dg, "agreements_enterprises"),
        Row("П.2.7", "Количество договоров (соглашений) с иными организациями (учреждения культуры, "
                     "здравоохранения, НКО и др.)", "ед.", 1, 1, dg, "agreements_other_orgs"),
        Row("П.2.8", "Перечень организаций-партнеров по вопросам наставничества", "перечень",
            "СПК «Заря»; БУЗ УР «Лудошурская РБ МЗ УР»",
            "СПК «Заря»; ООО «Агро-Лудошур»; БУЗ УР «Лудошурская РБ МЗ УР»", dg, "partner_list"),
        Row("П.2.9", "Наличие информационной справки по итогам внутреннего мониторинга реализации ЦМН",
            "да/нет", "да", "да", L + "spravka_vnutrenniy_monitoring_2024.pdf", "internal_monitoring_notes"),
        H("П.3", "Персонализированные программы наставничества"),
        Row("П.3.1", "Число персонализированных программ наставничества, всего", "ед.", 31, 38, pp, "pp_total"),
        T("П.3.2", "в том числе по формам наставничества:"),
        Row("П.3.2.1", "«ученик – ученик»", "ед.", 10, 12, pp, "pp_pupil_pupil"),
        Row("П.3.2.2", "«учитель – учитель» («педагог – педагог»)", "ед.", 7, 8, pp, "pp_teacher_teacher"),
        Row("П.3.2.3", "«руководитель – педагог»", "ед.", 2, 2, pp, "pp_head_teacher"),
        Row("П.3.2.4", "«учитель – ученик»", "ед.", 12, 15, pp, "pp_teacher_pupil"),
        Row("П.3.2.5", "«студент – ученик»", "ед.", 0, 0, None, "pp_student_pupil"),
        Row("П.3.2.6", "«студент – студент»", "ед.", 0, 0, None, "pp_student_student"),
        Row("П.3.2.7", "иные формы (указать): «работодатель – ученик»", "ед.", 0, 1, pp, "pp_other"),
        H("П.4", "Вовлечение обучающихся в программы наставничества"),
        Row("П.4.1", "Численность обучающихся в возрасте от 10 до 19 лет", "чел.", 341, 352, None,
            "students_10_19"),
        Row("П.4.2", "Удельный вес обучающихся в возрасте 10–19 лет, вошедших в программы наставничества в роли "
                     "наставляемого, в общей численности обучающихся данного возраста, %",
            "%", 16.1, 17.3, None, "share_mentees_10_19"),
        Row("П.4.3", "Численность наставляемых из числа обучающихся «группы риска»", "чел.", 8, 9, pm,
            "mentees_risk"),
        Row("П.4.4", "Численность наставляемых из числа одаренных детей (включенных в реестры)", "чел.", 6, 7, pm,
            "mentees_gifted"),
        Row("П.4.5", "Численность наставляемых из числа детей с ОВЗ и детей-инвалидов", "чел.", 5, 5, pm,
            "mentees_disabled"),
        Row("П.4.6", "Численность наставляемых из числа обучающихся с низкой учебной мотивацией и "
                     "неудовлетворительной успеваемостью", "чел.", 10, 12, pm, "mentees_low_motivation"),
        Row("П.4.7", "Численность наставляемых, испытывающих трудности в выборе образовательной траектории и "
                     "профессии", "чел.", 13, 14, pm, "mentees_career"),
        Row("П.4.8", "Численность обучающихся, включенных в программы наставничества по иным основаниям",
            "чел.", 7, 8, pm, "mentees_other_params"),
        Row("П.4.9", "Численность обучающихся в возрасте от 15 до 19 лет", "чел.", 92, 96, None, "students_15_19"),
        Row("П.4.10", "Удельный вес обучающихся 15–19 лет, вошедших в программы наставничества в роли наставника, "
                      "в общей численности обучающихся данного возраста, %", "%", 15.2, 18.8, None,
            "share_mentors_15_19"),
        Row("П.4.11", "Численность обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества",
            "чел.", 31, 35, pm, "R"),
        H("П.5", "Удовлетворенность участием в программах наставничества"),
        Row("П.5.1", "Уровень удовлетворенности наставляемых участием в программах наставничества (по результатам "
                     "анкетирования)", "%", 89, 91.4, an, "satisfaction_mentees"),
        Row("П.5.2", "Уровень удовлетворенности наставников участием в программах наставничества (по результатам "
                     "анкетирования)", "%", 86, 88, an, "satisfaction_mentors"),
        H("П.6", "Вовлечение педагогических работников в программы наставничества"),
        Row("П.6.1", "Численность молодых специалистов (в возрасте до 35 лет, стаж работы до 3 лет)", "чел.", 5, 6,
            None, "young_specialists"),
        Row("П.6.2", "Удельный вес молодых специалистов, вошедших в программы наставничества в роли наставляемого, %",
            "%", 100, 100, None, "share_young_specialists_mentees"),
        Row("П.6.3", "Численность педагогических работников (без учета молодых специалистов)", "чел.", 39, 38,
            None, "teachers_other"),
        Row("П.6.4", "Удельный вес педагогических работников, вошедших в программы наставничества в роли "
                     "наставляемого, %", "%", 20.5, 22.7, None, "share_teachers_mentees"),
        Row("П.6.5", "Удельный вес педагогических работников, выполняющих функции наставника, в общей численности "
                     "педагогических работников, %", "%", 43.2, 47.7, None, "share_teachers_mentors"),
        Row("П.6.6", "Численность молодых специалистов, выполняющих функции наставника", "чел.", 0, 1, pb,
            "young_specialists_mentors"),
        Row("П.6.7", "Удельный вес молодых специалистов, выполняющих функции наставника, %", "%", 0, 16.7, None,
            "share_young_specialists_mentors"),
        Row("П.6.8", "Доля молодых педагогов, получивших адресную методическую поддержку в разработке "
                     "индивидуальных образовательных маршрутов, %", "%", 80, 100, None, "D"),
        H("П.7", "Непрерывное профессиональное развитие педагогических работников"),
        Row("П.7.1", "Численность педагогов, включенных в утвержденные персонализированные программы наставничества",
            "чел.", 22, 25, pp, "teachers_in_pp"),
        Row("П.7.2", "Численность педагогов, прошедших стажировку в роли стажера на базе стажерской площадки",
            "чел.", 0, 0, None, "R"),
        Row("П.7.3", "Численность педагогических работников, прошедших курсы повышения квалификации по вопросам "
                     "наставничества", "чел.", 3, 5, L + "udostovereniya_KPK_2024.pdf", "kpk_trained"),
        Row("П.7.4", "Количество школьных методических объединений (сообществ) наставников", "ед.", 1, 1,
            L + "prikaz_SHMO_nastavnikov.pdf", "school_methodical_associations"),
        H("П.8", "Стимулирование наставнической деятельности"),
        Row("П.8.1", "Количество положений о материальном стимулировании наставников", "ед.", 1, 1,
            L + "polozhenie_o_stimuliruyushchih_vyplatah.pdf", "pay_acts"),
        Row("П.8.2", "Количество положений о нематериальном поощрении наставников", "ед.", 0, 1,
            L + "polozhenie_nematerialnoe_pooshchrenie.pdf", "nonmaterial_acts"),
    ]
    # consistency
    check_share("A 10-19 new", 17.3, 61, 352); check_share("A 10-19 old", 16.1, 55, 341)
    check_share("A 15-19 new", 18.8, 18, 96); check_share("A 15-19 old", 15.2, 14, 92)
    check_share("A ys", 100, 6, 6); check_share("A tm new", 22.7, 10, 44); check_share("A tm old", 20.5, 9, 44)
    check_share("A tmt new", 47.7, 21, 44); check_share("A tmt old", 43.2, 19, 44)
    check_share("A ysm", 16.7, 1, 6)
    assert 21 + 18 + 2 + 2 + 0 + 1 == 44 and 61 + 6 + 4 == 71 and 12 + 8 + 2 + 15 + 0 + 0 + 1 == 38
    end = write_rows(ws, form, rows, 8, dict(code=1, title=2, unit=3, old=4, new=5, link=6))
    style_table(ws, 8, end - 1, 1, 6)
    ws.cell(end + 1, 1, "Директор МБОУ «Лудошурская СОШ» ______________ Н.В. Перевощикова")
    ws.cell(end + 2, 1, "Исполнитель: Корепанова Е.А., заместитель директора по УВР, тел. 8 (34134) 2-14-57")
    ws.cell(end + 3, 1, "Дата заполнения: 17.01.2025")
    widths(ws, [10, 70, 12, 16, 16, 60])
    ws.freeze_panes = "C8"
    wb.save(os.path.join(TYPED, fname))
    form.done()


# --------------------------------------------------------------------------------------------
# 2. МБОУ «Лудошурская гимназия» — title still «за 2023 год», value column «2024 год»

def file2():
    fname = "02_Gimnaziya_CMN_forma_2023.xlsx"
    org = "МБОУ «Лудошурская гимназия»"
    form = Form(fname, "Лист1", org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    G = "https://ludoshur-gimn.edu.ru/upload/iblock/nastavnichestvo/"
    Y = "https://disk.yandex.ru/i/"
    ws["A1"] = ("Мониторинг реализации региональной целевой модели наставничества педагогических работников и "
                "обучающихся в МБОУ «Лудошурская гимназия» за 2023 год")
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 36
    form.cell("organisation", "A1", expected=org, note="organisation given inside the title")
    form.cell("year", "D3", expected=2024,
              note="title says «за 2023 год» (old template not corrected); the value column header says "
                   "«2024 год» and the figures are 2024's")
    header(ws, 3, ["№ п/п", "Наименование показателя", "Единица измерения",
                   "Значение показателя, 2024 год", "Источник информации (ссылка)", "Примечание"], 40)
    kur = G + "prikaz_o_naznachenii_kuratora_CMN_2024.pdf"
    baza = G + "prikaz_baza_nastavnikov_i_nastavlyaemyh_2024-2025.pdf"
    sogl = Y + "Qm7tR2vLxA0pKw"
    ppn = G + "personalizirovannye_programmy_2024.pdf"
    rows = [
        H("1.", "Нормативно-правовое обеспечение"),
        Row("1.1.", "Наличие Положения о наставничестве педагогических работников, утвержденного приказом "
                    "руководителя ОО", "да/нет", None, "да", G + "polozhenie_o_nastavnichestve_pedagogov.pdf",
            "orgs_regulation_teachers"),
        Row("1.2.", "Наличие Положения о наставничестве обучающихся (ученическое наставничество)", "да/нет", None,
            "да", G + "polozhenie_o_nastavnichestve_obuchayushchihsya.pdf", "orgs_regulation_students"),
        Row("1.3.", "Наличие приказа об организации мониторинга целевой модели наставничества", "да/нет", None,
            "да", G + "prikaz_monitoring_2024.pdf", "orgs_monitoring_order"),
        Row("1.4.", "Наличие дорожной карты (плана мероприятий) по внедрению ЦМН на 2022–2024 гг.", "да/нет",
            None, "да", G + "dorozhnaya_karta_2022-2024.pdf", "D"),
        H("2.", "Организационное обеспечение"),
        Row("2.1.", "Численность кураторов ЦМН в ОО", "чел.", None, 3, kur, "curators_total"),
        Row("2.2.", "Численность наставников в базе наставников ОО", "чел.", None, 60, baza, "mentors_total"),
        Row("2.3.", "Численность наставляемых в базе наставляемых ОО", "чел.", None, 129, baza, "mentees_total"),
        Row("2.4.", "Количество договоров (соглашений) о сетевом взаимодействии с образовательными организациями "
                    "по предоставлению наставников", "ед.", None, 2, sogl, "agreements_edu_orgs"),
        Row("2.5.", "Количество договоров (соглашений) с предприятиями (работодателями)", "ед.", None, 0, None,
            "agreements_enterprises"),
        Row("2.6.", "Количество договоров (соглашений) с иными организациями (учреждения культуры, спорта, НКО)",
            "ед.", None, 1, sogl, "agreements_other_orgs"),
        Row("2.7.", "Количество договоров с АОУ ДПО УР «Институт развития образования» о предоставлении наставников",
            "ед.", None, 0, None, "R"),
        Row("2.8.", "Перечень организаций-партнеров", "перечень", None,
            "ФГБОУ ВО «Удмуртский государственный университет», АПОУ УР «Лудошурский аграрный техникум», "
            "МБУК «Лудошурская ЦБС»", sogl, "partner_list"),
        Row("2.9.", "Предмет договоров (соглашений)", "текст", None,
            "Предоставление наставников из числа преподавателей и студентов для реализации программ "
            "наставничества «студент – ученик» и проектной деятельности обучающихся", None, "agreement_subjects"),
        Row("2.10.", "Информационная справка по итогам внутреннего мониторинга (наличие)", "да/нет", None, "да",
            G + "spravka_po_itogam_monitoringa_CMN_2024.pdf", "internal_monitoring_notes"),
        H("3.", "Формы и программы наставничества"),
        Row("3.1.", "Количество персонализированных программ наставничества, всего", "ед.", None, 66, ppn,
            "pp_total"),
        T("3.2.", "в том числе:"),
        Row("3.2.1.", "форма «ученик – ученик»", "ед.", None, 30, ppn, "pp_pupil_pupil"),
        Row("3.2.2.", "форма «учитель – учитель»", "ед.", None, 9, ppn, "pp_teacher_teacher"),
        Row("3.2.3.", "форма «руководитель – педагог»", "ед.", None, 2, ppn, "pp_head_teacher"),
        Row("3.2.4.", "форма «учитель – ученик»", "ед.", None, 22, ppn, "pp_teacher_pupil"),
        Row("3.2.5.", "форма «студент – ученик»", "ед.", None, 3, ppn, "pp_student_pupil",
            note="студенты УдГУ (педагогическая практика)"),
        Row("3.2.6.", "форма «студент – студент»", "ед.", None, 0, None, "pp_student_student"),
        Row("3.2.7.", "иные формы", "ед.", None, 0, None, "pp_other"),
        H("4.", "Включение организаций-партнеров в программы наставничества"),
        Row("4.1.", "Численность наставников из сторонних образовательных организаций", "чел.", None, 3, baza,
            "external_edu_mentors"),
        Row("4.2.", "Численность наставников — сотрудников предприятий", "чел.", None, 0, None,
            "enterprise_mentors"),
        Row("4.3.", "Численность наставников из иных организаций", "чел.", None, 2, baza, "other_org_mentors"),
        Row("4.4.", "Количество образовательных и культурных проектов, реализованных совместно с "
                    "организациями-партнерами", "ед.", None, 4, None, "D"),
        H("5.", "Включенность обучающихся в программы наставничества"),
        Row("5.1.", "Численность обучающихся в возрасте от 10 до 19 лет", "чел.", None, 470, None,
            "students_10_19", note="по данным ОО-1"),
        Row("5.2.", "Численность обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого",
            "чел.", None, 118, baza, "mentees_10_19"),
        Row("5.3.", "Удельный вес обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого, "
                    "от общей численности обучающихся данного возраста, %", "%", None, 25.1, None,
            "share_mentees_10_19"),
        Row("5.4.", "Численность обучающихся в возрасте от 15 до 19 лет", "чел.", None, 128, None, "students_15_19"),
        Row("5.5.", "Численность наставников из числа обучающихся 15–19 лет (по приказу)", "чел.", None, 31, baza,
            "mentors_15_19"),
        Row("5.6.", "Удельный вес обучающихся 15–19 лет, вошедших в программы наставничества в роли наставника, %",
            "%", None, 24.2, None, "share_mentors_15_19"),
        Row("5.7.", "Удельный вес обучающихся в возрасте от 10 до 18 лет, вошедших в программы наставничества в "
                    "роли наставника, %", "%", None, 6.4, None, "D", note="показатель 2021 г."),
        H("6.", "Удовлетворенность участием в программах наставничества"),
        Row("6.1.", "Уровень удовлетворенности наставляемых, %", "%", None, 93.2, G + "itogi_anketirovaniya_2024.pdf",
            "satisfaction_mentees"),
        Row("6.2.", "Уровень удовлетворенности наставников, %", "%", None, 90.5, G + "itogi_anketirovaniya_2024.pdf",
            "satisfaction_mentors"),
        H("7.", "Включенность педагогов в программы наставничества"),
        Row("7.1.", "Численность молодых специалистов (до 35 лет, первые три года работы)", "чел.", None, 7, None,
            "young_specialists"),
        Row("7.2.", "Численность молодых специалистов в роли наставляемых", "чел.", None, 6, baza,
            "young_specialists_mentees"),
        Row("7.3.", "Удельный вес молодых специалистов, вошедших в программы наставничества в роли наставляемого, %",
            "%", None, 85.7, None, "share_young_specialists_mentees"),
        Row("7.4.", "Численность педагогических работников (без молодых специалистов)", "чел.", None, 45, None,
            "teachers_other"),
        Row("7.5.", "Численность педагогов (без молодых специалистов) в роли наставляемых", "чел.", None, 5, baza,
            "teachers_other_mentees"),
        Row("7.6.", "Удельный вес педагогов, вошедших в программы наставничества в роли наставляемого, %", "%",
            None, 21.2, None, "share_teachers_mentees"),
        Row("7.7.", "Численность педагогов-наставников", "чел.", None, 24, baza, "teachers_mentors"),
        Row("7.8.", "Численность молодых специалистов, выступающих наставниками", "чел.", None, 1, baza,
            "young_specialists_mentors"),
        Row("7.9.", "Удельный вес педагогов-наставников от общей численности педагогов, %", "%", None, 46.2, None,
            "share_teachers_mentors"),
        Row("7.10.", "Удельный вес молодых специалистов-наставников, %", "%", None, 14.3, None,
            "share_young_specialists_mentors"),
        H("8.", "Профессиональное развитие педагогов"),
        Row("8.1.", "Численность педагогов — участников персонализированных программ наставничества", "чел.", None,
            29, ppn, "teachers_in_pp"),
        Row("8.2.", "Численность педагогов, обученных по программам КПК по вопросам наставничества", "чел.", None, 6,
            G + "svedeniya_o_KPK_2024.pdf", "kpk_trained"),
        Row("8.3.", "Наименование программ КПК", "текст", None,
            "«Наставничество в образовательной организации: организационные и методические аспекты» "
            "(АОУ ДПО УР ИРО, 36 ч.); «Наставник в системе профессионального развития педагога» (24 ч.)",
            None, "kpk_courses"),
        Row("8.4.", "Количество ШМО наставников", "ед.", None, 2, G + "prikaz_SHMO_2024.pdf",
            "school_methodical_associations"),
    ]
    check_share("B 10-19", 25.1, 118, 470); check_share("B 15-19", 24.2, 31, 128)
    check_share("B ys", 85.7, 6, 7); check_share("B tm", 21.2, 11, 52); check_share("B tmt", 46.2, 24, 52)
    check_share("B ysm", 14.3, 1, 7)
    assert 24 + 31 + 3 + 0 + 2 == 60 and 118 + 6 + 5 == 129 and 30 + 9 + 2 + 22 + 3 == 66
    end = write_rows(ws, form, rows, 4, dict(code=1, title=2, unit=3, new=4, link=5, note=6))
    style_table(ws, 4, end - 1, 1, 6)
    ws.cell(end + 1, 2, "Директор гимназии                    О.П. Кузнецова")
    ws.cell(end + 2, 2, "10.01.2025")
    widths(ws, [8, 68, 12, 16, 58, 28])
    wb.save(os.path.join(TYPED, fname))
    form.done()


# --------------------------------------------------------------------------------------------
# 3. МБОУ «Кельдыкская СОШ» — «на 01.01.2024» / «за 2024 год», shares typed as text «17,4»

def file3():
    fname = "03_Keldykskaya_SOSH_pokazateli_nastavnichestva.xlsx"
    org = "МБОУ «Кельдыкская СОШ»"
    form = Form(fname, "Показатели", org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Показатели"
    K = "https://sh-keldykskaya-r18.gosweb.gosuslugi.ru/netcat_files/32/128/"
    ws["A1"] = "Показатели реализации целевой модели наставничества"
    ws["A2"] = "в МБОУ «Кельдыкская СОШ»"
    ws["A3"] = "(форма 2022 г.)"
    for a in ("A1", "A2", "A3"):
        ws.merge_cells(f"{a}:{'F' + a[1:]}")
        ws[a].alignment = CENTER
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"].font = Font(italic=True, size=9)
    form.cell("organisation", "A2", expected=org, text="в МБОУ «Кельдыкская СОШ»")
    form.cell("year", "E5", expected=2024)
    header(ws, 5, ["№", "Наименование показателя", "Ед. изм.", "Значение показателя на 01.01.2024",
                   "Значение показателя за 2024 год", "Ссылка на подтверждающий документ"], 45)
    baza = K + "Prikaz_o_zakreplenii_nastavnikov_2024.pdf"
    sog = K + "Soglasheniya_nastavnichestvo.pdf"
    ppn = K + "Personalizirovannye_programmy_2024.pdf"
    rows = [
        H("1.", "Нормативное обеспечение"),
        Row("1.1.", "Положение о системе наставничества педагогических работников (наличие)", "да/нет", "да", "да",
            K + "Polozhenie_nastavnichestvo_pedagogi.pdf", "orgs_regulation_teachers"),
        Row("1.2.", "Положение о наставничестве обучающихся (наличие)", "да/нет", "да", "да",
            K + "Polozhenie_nastavnichestvo_obuchayushchiesya.pdf", "orgs_regulation_students"),
        Row("1.3.", "Приказ о мониторинге реализации ЦМН (наличие)", "да/нет", "да", "да",
            K + "Prikaz_monitoring_CMN.pdf", "orgs_monitoring_order"),
        Row("1.4.", "Справка по итогам внутришкольного мониторинга ЦМН (наличие)", "да/нет", "нет", "да",
            K + "Spravka_VSHK_nastavnichestvo_2024.pdf", "internal_monitoring_notes"),
        H("2.", "Кадры и организация"),
        Row("2.1.", "Число кураторов ЦМН", "чел.", 1, 1, K + "Prikaz_kurator.pdf", "curators_total"),
        Row("2.2.", "Численность наставников, всего (по приказу ОО)", "чел.", 20, 23, baza, "mentors_total"),
        Row("2.3.", "Численность наставляемых, всего (по приказу ОО)", "чел.", 49, 54, baza, "mentees_total"),
        Row("2.4.", "Число соглашений с образовательными организациями о привлечении наставников", "ед.", 1, 1, sog,
            "agreements_edu_orgs"),
        Row("2.5.", "Число соглашений с предприятиями о привлечении наставников", "ед.", 0, 1, sog,
            "agreements_enterprises"),
        Row("2.6.", "Число соглашений с иными организациями", "ед.", 0, 0, None, "agreements_other_orgs"),
        Row("2.7.", "Наименования организаций-партнеров", "текст", "МБОУ «Лудошурская гимназия»",
            "МБОУ «Лудошурская гимназия», СПК «Кельдык»", sog, "partner_list"),
        H("3.", "Персонализированные программы наставничества"),
        Row("3.1.", "Персонализированные программы наставничества, всего", "ед.", 18, 22, ppn, "pp_total"),
        T("3.2.", "в том числе:"),
        Row("3.2.1.", "по форме «ученик – ученик»", "ед.", 6, 7, ppn, "pp_pupil_pupil"),
        Row("3.2.2.", "по форме «учитель – учитель»", "ед.", 3, 4, ppn, "pp_teacher_teacher"),
        Row("3.2.3.", "по форме «руководитель – педагог»", "ед.", 1, 1, ppn, "pp_head_teacher"),
        Row("3.2.4.", "по форме «учитель – ученик»", "ед.", 8, 10, ppn, "pp_teacher_pupil"),
        Row("3.2.5.", "по иным формам", "ед.", 0, 0, None, "pp_other"),
        H("4.", "Наставники из внешних организаций"),
        Row("4.1.", "Численность наставников из других образовательных организаций", "чел.", 1, 1, sog,
            "external_edu_mentors"),
        Row("4.2.", "Численность наставников — работников предприятий", "чел.", 0, 1, sog, "enterprise_mentors"),
        Row("4.3.", "Численность наставников из иных организаций", "чел.", 0, 0, None, "other_org_mentors"),
        Row("4.4.", "Количество проведенных совместно с предприятиями профориентационных мероприятий", "ед.", 3, 5,
            None, "D"),
        H("5.", "Обучающиеся"),
        Row("5.1.", "Численность обучающихся 10–19 лет", "чел.", 262, 270, None, "students_10_19"),
        Row("5.2.", "Численность обучающихся 10–19 лет, являющихся наставляемыми", "чел.", 42, 47, baza,
            "mentees_10_19"),
        Row("5.3.", "Удельный вес обучающихся 10–19 лет, являющихся наставляемыми, %", "%", "16,0", "17,4", None,
            "share_mentees_10_19"),
        T("", "из них (из стр. 5.2):"),
        Row("5.4.", "обучающиеся «группы риска»", "чел.", 5, 6, baza, "mentees_risk"),
        Row("5.5.", "одаренные дети", "чел.", 4, 4, baza, "mentees_gifted"),
        Row("5.6.", "дети с ОВЗ, дети-инвалиды", "чел.", 3, 3, baza, "mentees_disabled"),
        Row("5.7.", "обучающиеся с низкой мотивацией к обучению", "чел.", 7, 9, baza, "mentees_low_motivation"),
        Row("5.8.", "обучающиеся, испытывающие затруднения в профессиональном самоопределении", "чел.", 10, 11,
            baza, "mentees_career"),
        Row("5.9.", "прочие категории", "чел.", 4, 5, baza, "mentees_other_params"),
        Row("5.10.", "Численность обучающихся 15–19 лет", "чел.", 58, 61, None, "students_15_19"),
        Row("5.11.", "Численность наставников из числа обучающихся 15–19 лет", "чел.", 7, 9, baza, "mentors_15_19"),
        Row("5.12.", "Удельный вес обучающихся 15–19 лет — наставников, %", "%", "12,1", "14,8", None,
            "share_mentors_15_19"),
        H("6.", "Удовлетворенность"),
        Row("6.1.", "Удовлетворенность наставляемых (анкетирование), %", "%", "85,0", "87,5",
            K + "Anketirovanie_nastavnichestvo_2024.pdf", "satisfaction_mentees"),
        Row("6.2.", "Удовлетворенность наставников (анкетирование), %", "%", "88,0", "90,0",
            K + "Anketirovanie_nastavnichestvo_2024.pdf", "satisfaction_mentors"),
        H("7.", "Педагогические работники"),
        Row("7.1.", "Численность молодых специалистов (до 35 лет, первые 3 года работы)", "чел.", 4, 4, None,
            "young_specialists"),
        Row("7.2.", "из них вошедших в программы наставничества в роли наставляемых", "чел.", 4, 4, baza,
            "young_specialists_mentees"),
        Row("7.3.", "Удельный вес молодых специалистов-наставляемых, %", "%", "100,0", "100,0", None,
            "share_young_specialists_mentees"),
        Row("7.4.", "Численность педагогов (без молодых специалистов)", "чел.", 28, 27, None, "teachers_other"),
        Row("7.5.", "из них в роли наставляемых", "чел.", 2, 3, baza, "teachers_other_mentees"),
        Row("7.6.", "Удельный вес педагогов в роли наставляемых (включая молодых специалистов), %", "%", "18,8",
            "22,6", None, "share_teachers_mentees"),
        Row("7.7.", "Численность педагогов-наставников", "чел.", 11, 12, baza, "teachers_mentors"),
        Row("7.8.", "Удельный вес педагогов-наставников, %", "%", "34,4", "38,7", None, "share_teachers_mentors"),
        Row("7.9.", "Численность педагогов, участвующих в персонализированных программах наставничества", "чел.",
            13, 15, ppn, "teachers_in_pp"),
        Row("7.10.", "Численность педагогов, обученных на КПК по наставничеству", "чел.", 1, 2,
            K + "Udostovereniya_KPK.pdf", "kpk_trained"),
        Row("7.11.", "Количество ШМО наставников", "ед.", 1, 1, None, "school_methodical_associations"),
        H("8.", "Стимулирование"),
        Row("8.1.", "Количество положений о материальном стимулировании наставников", "ед.", 0, 0, None, "pay_acts"),
        Row("8.2.", "Количество положений о нематериальном стимулировании наставников", "ед.", 1, 1,
            K + "Polozhenie_o_nematerialnom_stimulirovanii.pdf", "nonmaterial_acts"),
    ]
    check_share("C 10-19", "17,4", 47, 270); check_share("C 10-19 old", "16,0", 42, 262)
    check_share("C 15-19", "14,8", 9, 61); check_share("C 15-19 old", "12,1", 7, 58)
    check_share("C tm", "22,6", 7, 31); check_share("C tm old", "18,8", 6, 32)
    check_share("C tmt", "38,7", 12, 31); check_share("C tmt old", "34,4", 11, 32)
    assert 12 + 9 + 1 + 1 + 0 == 23 and 47 + 4 + 3 == 54 and 7 + 4 + 1 + 10 == 22
    end = write_rows(ws, form, rows, 6, dict(code=1, title=2, unit=3, old=4, new=5, link=6))
    # shares typed as text: left-aligned like a text cell
    for r in range(6, end):
        for col in (4, 5):
            c = ws.cell(r, col)
            if isinstance(c.value, str) and "," in c.value and ws.cell(r, 3).value == "%":
                c.number_format = "@"
                c.alignment = Alignment(horizontal="left", vertical="top")
    style_table(ws, 6, end - 1, 1, 6)
    ws.cell(end + 1, 2, "Ответственный: Шкляева Т.Н., куратор ЦМН")
    widths(ws, [7, 66, 9, 15, 15, 62])
    wb.save(os.path.join(TYPED, fname))
    form.done()


# --------------------------------------------------------------------------------------------
# 4. МБОУ «Пуштинская СОШ» — «всего» / «в том числе:» blocks, two-row header, merged link cells

def file4():
    fname = "04_Pushtinskaya_SOSH_nastavnichestvo_na_01.01.2025.xlsx"
    org = "МБОУ «Пуштинская СОШ»"
    form = Form(fname, "форма ОО", org)
    wb = Workbook()
    ws = wb.active
    ws.title = "форма ОО"
    ws["A1"] = "Региональный мониторинг целевой модели наставничества (форма для общеобразовательных организаций)"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 30
    ws["A2"] = "ОО:"
    ws["B2"] = org
    ws["B2"].font = BOLD
    form.cell("organisation", "B2", expected=org)
    # two-row header
    for c, t in ((1, "Код"), (2, "Показатель"), (3, "Ед. изм."), (6, "Ссылка на источник информации")):
        ws.cell(4, c, t)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.cell(4, 4, "Значение показателя")
    ws.merge_cells("D4:E4")
    ws.cell(5, 4, "на 01.01.2024")
    ws.cell(5, 5, "на 01.01.2025")
    for r in (4, 5):
        for c in range(1, 7):
            cell = ws.cell(r, c)
            cell.font = BOLD
            cell.alignment = CENTER
            cell.fill = HEAD_FILL
            cell.border = BORDER
    form.cell("year", "E5", expected=2024, note="«на 01.01.2025» = the figures of 2024")
    P = "https://pushtinskaya-shkola.edu.ru/files/nastavnichestvo/"
    C = "https://cloud.mail.ru/public/7Hd3/Wq2kLp9Ze"
    rows = [
        H("П.2", "Организация процесса реализации целевой модели наставничества"),
        Row("П.2.1", "Численность кураторов внедрения ЦМН", "чел.", 1, 1, P + "prikaz_kurator_2024.pdf",
            "curators_total"),
        Row("П.2.2", "Численность наставников, всего (по приказу)", "чел.", 18, 20, P + "prikaz_248_od_baza_nastavnikov.pdf",
            "mentors_total"),
        Row(None, "в том числе:", tag="T", link="^"),
        Row("П.2.2.1", "педагогические работники ОО", "чел.", 9, 10, "^", "teachers_mentors"),
        Row("П.2.2.2", "обучающиеся 15–19 лет", "чел.", 7, 8, "^", "mentors_15_19"),
        Row("П.2.2.3", "работники других образовательных организаций", "чел.", 1, 1, "^", "external_edu_mentors"),
        Row("П.2.2.4", "работники предприятий", "чел.", 0, 0, "^", "enterprise_mentors"),
        Row("П.2.2.5", "работники иных организаций", "чел.", 1, 1, "^", "other_org_mentors"),
        Row("П.2.3", "Численность наставляемых, всего (по приказу)", "чел.", 37, 41, C, "mentees_total"),
        Row(None, "в том числе:", tag="T", link="^"),
        Row("П.2.3.1", "обучающиеся 10–19 лет", "чел.", 32, 36, "^", "mentees_10_19"),
        Row("П.2.3.2", "молодые специалисты", "чел.", 3, 3, "^", "young_specialists_mentees"),
        Row("П.2.3.3", "педагоги (кроме молодых специалистов)", "чел.", 2, 2, "^", "teachers_other_mentees"),
        H("П.3", "Персонализированные программы наставничества"),
        Row("П.3.1", "Количество персонализированных программ наставничества, всего", "ед.", 15, 19,
            P + "prikaz_PPN_2024-2025.pdf", "pp_total"),
        Row(None, "в том числе:", tag="T", link="^"),
        Row("П.3.1.1", "ученик – ученик", "ед.", 5, 6, "^", "pp_pupil_pupil"),
        Row("П.3.1.2", "учитель – учитель", "ед.", 2, 3, "^", "pp_teacher_teacher"),
        Row("П.3.1.3", "руководитель – педагог", "ед.", 1, 1, "^", "pp_head_teacher"),
        Row("П.3.1.4", "учитель – ученик", "ед.", 7, 8, "^", "pp_teacher_pupil"),
        Row("П.3.1.5", "студент – ученик", "ед.", 0, 0, "^", "pp_student_pupil"),
        Row("П.3.1.6", "студент – студент", "ед.", 0, 0, "^", "pp_student_student"),
        Row("П.3.1.7", "иная форма (работодатель – ученик)", "ед.", 0, 1, "^", "pp_other"),
        H("П.4", "Вовлеченность обучающихся в программы наставничества"),
        Row("П.4.1", "Численность обучающихся 10–19 лет, всего", "чел.", 201, 198, None, "students_10_19"),
        Row("П.4.2", "Удельный вес обучающихся 10–19 лет в роли наставляемого, %", "%", 15.9, 18.2, None,
            "share_mentees_10_19"),
        Row("П.4.3", "Численность обучающихся 15–19 лет, всего", "чел.", 47, 44, None, "students_15_19"),
        Row("П.4.4", "Удельный вес обучающихся 15–19 лет в роли наставника, %", "%", 14.9, 18.2, None,
            "share_mentors_15_19"),
        Row("П.4.5", "Численность выпускников программ наставничества, желающих стать наставниками", "чел.", 4, 6,
            None, "D"),
        H("П.8", "Включенность педагогов в программы наставничества"),
        Row("П.8.1", "Численность педагогических работников, всего", "чел.", 26, 25, None, "A"),
        T(None, "в том числе:"),
        Row("П.8.1.1", "молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", 3, 3, None, "young_specialists"),
        Row("П.8.1.2", "прочие педагогические работники", "чел.", 23, 22, None, "teachers_other"),
        Row("П.8.2", "Удельный вес молодых специалистов в роли наставляемых, %", "%", 100, 100, None,
            "share_young_specialists_mentees"),
        Row("П.8.3", "Удельный вес педагогов в роли наставляемых, %", "%", 19.2, 20.0, None,
            "share_teachers_mentees"),
        Row("П.8.4", "Удельный вес педагогов-наставников, %", "%", 34.6, 40.0, None, "share_teachers_mentors"),
    ]
    check_share("D 10-19", 18.2, 36, 198); check_share("D 10-19 old", 15.9, 32, 201)
    check_share("D 15-19", 18.2, 8, 44); check_share("D 15-19 old", 14.9, 7, 47)
    check_share("D tm", 20.0, 5, 25); check_share("D tm old", 19.2, 5, 26)
    check_share("D tmt", 40.0, 10, 25); check_share("D tmt old", 34.6, 9, 26)
    assert 10 + 8 + 1 + 0 + 1 == 20 and 36 + 3 + 2 == 41 and 6 + 3 + 1 + 8 + 0 + 0 + 1 == 19 and 3 + 22 == 25
    end = write_rows(ws, form, rows, 6, dict(code=1, title=2, unit=3, old=4, new=5, link=6), merged_links=True)
    style_table(ws, 6, end - 1, 1, 6)
    # parts indented
    for r in range(6, end):
        code = ws.cell(r, 1).value
        if code and code.count(".") >= 2:
            ws.cell(r, 2).alignment = Alignment(indent=2, wrap_text=True, vertical="top")
    ws.cell(end + 1, 2, "Руководитель ОО ____________ / Бегешева Л.М. /")
    widths(ws, [10, 62, 9, 14, 14, 52])
    wb.save(os.path.join(TYPED, fname))
    form.done()


# --------------------------------------------------------------------------------------------
# 5. МБОУ «Большеучинская ООШ» — small ООШ; «2024 год» first, «2023 год» beside; blanks and «—»

def file5():
    fname = "05_Bolsheuchinskaya_OOSH_CMN_2024.xlsx"
    org = "МБОУ «Большеучинская ООШ»"
    form = Form(fname, "2024", org)
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    Y = "https://disk.yandex.ru/i/"
    ws["A1"] = "Сведения о реализации целевой модели наставничества в МБОУ «Большеучинская ООШ» за 2024 год"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 30
    form.cell("organisation", "A1", expected=org, note="in the title")
    form.cell("year", "A1", expected=2024, note="title «за 2024 год»; column D «2024 год»")
    header(ws, 3, ["№ п/п", "Наименование показателя", "Ед. изм.", "2024 год", "2023 год", "Источник информации"], 30)
    baza = Y + "uN4c8sWqD1fBvA"
    rows = [
        Row("1.1", "Наличие положения о наставничестве педагогов", "да/нет", "да", "да", Y + "hT6kQ0p3bZs2Mg",
            "orgs_regulation_teachers"),
        Row("1.2", "Наличие положения о наставничестве обучающихся", "да/нет", "нет", "да", Y + "R2mVx9cLw5Ea1Q",
            "orgs_regulation_students"),
        Row("1.3", "Наличие приказа о мониторинге ЦМН", "да/нет", "да", "да", Y + "p0Zk7LrB3nYcTe",
            "orgs_monitoring_order"),
        Row("1.4", "Наличие дорожной карты внедрения ЦМН", "да/нет", "да", "да", None, "D"),
        Row("2.1", "Кол-во кураторов ЦМН", "чел.", 1, 1, Y + "p0Zk7LrB3nYcTe", "curators_total"),
        Row("2.2", "Численность наставников (по приказу)", "чел.", 4, 5, baza, "mentors_total"),
        Row("2.3", "Численность наставляемых (по приказу)", "чел.", 8, 11, baza, "mentees_total"),
        Row("2.4", "Кол-во соглашений с ОО о предоставлении наставников", "ед.", 0, 0, None, "agreements_edu_orgs"),
        Row("2.5", "Кол-во соглашений с предприятиями о предоставлении наставников", "ед.", 0, 0, None,
            "agreements_enterprises"),
        Row("2.6", "Справка по итогам внутреннего мониторинга", "да/нет", "нет", "да", Y + "Jd5sGq8WvK0rXo",
            "internal_monitoring_notes"),
        Row("3.1", "Кол-во персонализированных программ наставничества", "ед.", 4, 6, Y + "Ao2wE7yUi4HnCz",
            "pp_total"),
        Row("3.2", "в т.ч. «ученик – ученик»", "ед.", 1, 2, Y + "Ao2wE7yUi4HnCz", "pp_pupil_pupil"),
        Row("3.3", "в т.ч. «учитель – учитель»", "ед.", 1, 1, Y + "Ao2wE7yUi4HnCz", "pp_teacher_teacher"),
        Row("3.4", "в т.ч. «учитель – ученик»", "ед.", 2, 3, Y + "Ao2wE7yUi4HnCz", "pp_teacher_pupil"),
        Row("3.5", "в т.ч. «студент – ученик»", "ед.", "—", "—", None, "A"),
        Row("3.6", "в т.ч. «руководитель – педагог»", "ед.", 0, 0, None, "pp_head_teacher"),
        Row("4.1", "Численность обучающихся 10–19 лет", "чел.", 44, 41, None, "students_10_19"),
        Row("4.2", "Численность обучающихся 10–19 лет — наставляемых", "чел.", 7, 9, baza, "mentees_10_19"),
        Row("4.3", "Удельный вес обучающихся 10–19 лет — наставляемых, %", "%", 15.9, 22.0, None,
            "share_mentees_10_19"),
        Row("4.4", "Численность обучающихся 15–19 лет", "чел.", 9, 7, None, "students_15_19",
            note="обучающиеся 8–9 кл."),
        Row("4.5", "Численность наставников — обучающихся 15–19 лет", "чел.", 1, 2, baza, "mentors_15_19"),
        Row("4.6", "Удельный вес обучающихся 15–19 лет — наставников, %", "%", 11.1, 28.6, None,
            "share_mentors_15_19"),
        Row("5.1", "Удовлетворенность наставляемых, %", "%", 90, 94, Y + "Xe1rN6tQb8VmLk", "satisfaction_mentees"),
        Row("5.2", "Удовлетворенность наставников, %", "%", 100, None, None, "satisfaction_mentors",
            note="анкетирование наставников в 2024 г. не проводилось"),
        Row("6.1", "Молодые специалисты, чел.", "чел.", 0, 1, None, "young_specialists"),
        Row("6.2", "Молодые специалисты — наставляемые", "чел.", 0, 1, baza, "young_specialists_mentees"),
        Row("6.3", "Педагоги (без молодых специалистов)", "чел.", 11, 10, None, "teachers_other"),
        Row("6.4", "Педагоги-наставники", "чел.", 3, 3, baza, "teachers_mentors"),
        Row("6.5", "Педагоги, обученные на КПК по вопросам наставничества", "чел.", 1, None, None, "kpk_trained"),
    ]
    check_share("E 10-19", 22.0, 9, 41); check_share("E 10-19 old", 15.9, 7, 44)
    check_share("E 15-19", 28.6, 2, 7); check_share("E 15-19 old", 11.1, 1, 9)
    assert 3 + 2 == 5 and 9 + 1 + 1 == 11 and 2 + 1 + 3 + 0 == 6
    # here the order of the columns is 2024 first: "new" is column D, "old" column E
    end = write_rows(ws, form, rows, 4, dict(code=1, title=2, unit=3, new=4, old=5, link=6, note=7))
    c = ws.cell(3, 7, "Прим.")
    c.font, c.alignment, c.fill, c.border = BOLD, CENTER, HEAD_FILL, BORDER
    style_table(ws, 4, end - 1, 1, 7)
    ws.cell(end + 1, 2, "Исп. Лекомцева Г.И.")
    widths(ws, [6, 56, 8, 11, 11, 38, 30])
    wb.save(os.path.join(TYPED, fname))
    form.done()


# --------------------------------------------------------------------------------------------
# 6. МБУ ДО «Лудошурский районный ЦДТ» — ДОП; links as hyperlinks with a label

def file6():
    fname = "06_CDT_Ludoshur_monitoring_nastavnichestva.xlsx"
    org = "МБУ ДО «Лудошурский районный центр детского творчества»"
    form = Form(fname, "ЦМН", org)
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    D = "https://cdt-ludoshur.edu.ru/documents/nastavnichestvo/"
    ws["A1"] = "Мониторинг реализации целевой модели наставничества в организациях дополнительного образования"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True)
    ws["A1"].alignment = CENTER
    ws["A2"] = "Наименование организации:"
    ws["C2"] = org
    ws.merge_cells("C2:F2")
    ws["C2"].font = BOLD
    ws["A3"] = "(заполняется по состоянию на 1 января года, следующего за отчетным)"
    ws["A3"].font = Font(italic=True, size=9)
    form.cell("organisation", "C2", expected=org)
    form.cell("year", "E5", expected=2024, note="«на 01.01.2025»")
    header(ws, 5, ["Код", "Наименование показателя", "Единица измерения", "Значение на 01.01.2024",
                   "Значение на 01.01.2025", "Подтверждающий документ"], 36)
    baza = (D + "prikaz_112-od_ot_02.09.2024_baza.pdf", "Приказ от 02.09.2024 № 112-од")
    sog = (D + "soglasheniya_2024.pdf", "Соглашения (скан)")
    ppn = (D + "PPN_2024.pdf", "Персонализированные программы")
    rows = [
        H("1.", "Нормативная база"),
        Row("1.1.", "Положение о наставничестве педагогических работников учреждения", "да/нет", "да", "да",
            (D + "polozhenie_ped.pdf", "Положение (pdf)"), "orgs_regulation_teachers"),
        Row("1.2.", "Положение о наставничестве обучающихся", "да/нет", "да", "да",
            (D + "polozhenie_obuch.pdf", "Положение (pdf)"), "orgs_regulation_students"),
        Row("1.3.", "Приказ о мониторинге реализации ЦМН", "да/нет", "да", "да",
            (D + "prikaz_monitoring_2024.pdf", "Приказ от 15.11.2024 № 168-од"), "orgs_monitoring_order"),
        H("2.", "Организация наставничества"),
        Row("2.1.", "Численность кураторов", "чел.", 1, 1, (D + "prikaz_kurator.pdf", "Приказ о кураторе"),
            "curators_total"),
        Row("2.2.", "Численность наставников (по приказу), всего", "чел.", 19, 23, baza, "mentors_total"),
        Row("2.3.", "Численность наставляемых (по приказу), всего", "чел.", 35, 43, baza, "mentees_total"),
        Row("2.4.", "Количество соглашений с предприятиями о привлечении их работников в качестве наставников",
            "ед.", 1, 2, sog, "agreements_enterprises"),
        Row("2.5.", "Количество соглашений с иными организациями (учреждения культуры, спорта, НКО)", "ед.", 1, 1,
            sog, "agreements_other_orgs"),
        Row("2.6.", "Организации-партнеры (перечислить)", "перечень", "ООО «Лудошурский хлебозавод»; МБУК «РДК»",
            "ООО «Лудошурский хлебозавод»; ООО «ТехноСервис»; МБУК «Лудошурский районный Дом культуры»", sog,
            "partner_list"),
        Row("2.7.", "Предмет соглашений", "текст", None,
            "Участие специалистов предприятий в качестве наставников в программах технической направленности "
            "(форма «работодатель – обучающийся»), проведение совместных мастер-классов", None,
            "agreement_subjects"),
        H("3.", "Персонализированные программы"),
        Row("3.1.", "Количество персонализированных программ, всего", "ед.", 21, 26, ppn, "pp_total"),
        Row("3.1.1.", "педагог – педагог", "ед.", 3, 4, None, "pp_teacher_teacher"),
        Row("3.1.2.", "обучающийся – обучающийся (ученик – ученик)", "ед.", 7, 9, None, "pp_pupil_pupil"),
        Row("3.1.3.", "педагог – обучающийся", "ед.", 9, 10, None, "pp_teacher_pupil"),
        Row("3.1.4.", "руководитель – педагог", "ед.", 1, 1, None, "pp_head_teacher"),
        Row("3.1.5.", "иные формы («работодатель – обучающийся»)", "ед.", 1, 2, None, "pp_other"),
        H("4.", "Обучающиеся"),
        Row("4.1.", "Общая численность обучающихся (контингент), всего", "чел.", 1180, 1215, None, "D"),
        Row("4.2.", "из них в возрасте от 10 до 19 лет", "чел.", 398, 412, None, "students_10_19"),
        Row("4.3.", "Численность обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого",
            "чел.", 31, 38, baza, "mentees_10_19"),
        Row("4.4.", "Удельный вес обучающихся 10–19 лет — наставляемых, %", "%", 7.8, 9.2, None,
            "share_mentees_10_19"),
        Row("4.5.", "из них: одаренные дети (включенные в реестры)", "чел.", 10, 12, baza, "mentees_gifted"),
        Row("4.6.", "из них: дети с ОВЗ и дети-инвалиды", "чел.", 3, 3, baza, "mentees_disabled"),
        Row("4.7.", "из них: обучающиеся «группы риска»", "чел.", 3, 4, baza, "mentees_risk"),
        Row("4.8.", "Численность обучающихся 15–19 лет", "чел.", 90, 95, None, "students_15_19"),
        Row("4.9.", "Численность обучающихся 15–19 лет — наставников", "чел.", 9, 11, baza, "mentors_15_19"),
        Row("4.10.", "Удельный вес обучающихся 15–19 лет — наставников, %", "%", 10.0, 11.6, None,
            "share_mentors_15_19"),
        Row("4.11.", "Количество наставнических пар, сформированных в период летней оздоровительной кампании",
            "ед.", 6, 8, None, "D"),
        H("5.", "Педагогические работники"),
        Row("5.1.", "Численность молодых специалистов", "чел.", 2, 3, None, "young_specialists"),
        Row("5.2.", "Численность педагогов (без молодых специалистов)", "чел.", 22, 21, None, "teachers_other"),
        Row("5.3.", "Удельный вес педагогов в роли наставляемых, %", "%", 12.5, 20.8, None, "share_teachers_mentees"),
        Row("5.4.", "Численность педагогов-наставников", "чел.", 8, 9, baza, "teachers_mentors"),
        Row("5.5.", "Удельный вес педагогов-наставников, %", "%", 33.3, 37.5, None, "share_teachers_mentors"),
        Row("5.6.", "Численность педагогов, прошедших КПК по вопросам наставничества", "чел.", 2, 3,
            (D + "KPK_2024.pdf", "Удостоверения КПК"), "kpk_trained"),
        Row("5.7.", "Наименование курсов", "текст", None,
            "«Организация наставничества в дополнительном образовании детей» (АОУ ДПО УР ИРО, 36 ч.)", None,
            "kpk_courses"),
        H("6.", "Удовлетворенность"),
        Row("6.1.", "Уровень удовлетворенности наставляемых, %", "%", 90.1, 92.0,
            (D + "anketa_itogi_2024.pdf", "Итоги анкетирования"), "satisfaction_mentees"),
        Row("6.2.", "Уровень удовлетворенности наставников, %", "%", 88.6, 89.3,
            (D + "anketa_itogi_2024.pdf", "Итоги анкетирования"), "satisfaction_mentors"),
    ]
    check_share("F 10-19", 9.2, 38, 412); check_share("F 10-19 old", 7.8, 31, 398)
    check_share("F 15-19", 11.6, 11, 95); check_share("F 15-19 old", 10.0, 9, 90)
    check_share("F tm", 20.8, 5, 24); check_share("F tm old", 12.5, 3, 24)
    check_share("F tmt", 37.5, 9, 24); check_share("F tmt old", 33.3, 8, 24)
    assert 9 + 11 + 2 + 1 == 23 and 38 + 2 + 3 == 43 and 4 + 9 + 10 + 1 + 2 == 26
    end = write_rows(ws, form, rows, 6, dict(code=1, title=2, unit=3, old=4, new=5, link=6))
    style_table(ws, 6, end - 1, 1, 6)
    ws.cell(end + 1, 2, "Директор МБУ ДО «Лудошурский районный ЦДТ»  ____________  С.А. Вахрушева")
    widths(ws, [8, 64, 12, 14, 14, 34])
    wb.save(os.path.join(TYPED, fname))
    form.done()


# --------------------------------------------------------------------------------------------
# 7. МБОУ «Сюровайская СОШ» — deviation column with formulas; re-saved through LibreOffice

def file7():
    fname = "07_Syurovayskaya_SOSH_CMN_2024.xlsx"
    org = "МБОУ «Сюровайская СОШ»"
    form = Form(fname, "Мониторинг", org)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    S = "https://sh-syurovayskaya-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/2/CMN/"
    ws["A1"] = "Мониторинг целевой модели наставничества"
    ws["A2"] = "Образовательная организация: " + org
    ws["A3"] = "Отчетный год: 2024"
    for a in ("A1", "A2", "A3"):
        ws.merge_cells(f"{a}:G{a[1:]}")
    ws["A1"].font = Font(bold=True, size=12)
    form.cell("organisation", "A2", expected=org, text=ws["A2"].value)
    form.cell("year", "A3", expected=2024, text="Отчетный год: 2024")
    header(ws, 5, ["Код", "Наименование показателя", "Ед. изм.", "Значение показателя на 01.01.2024",
                   "Значение показателя на 01.01.2025", "Отклонение (+/–)", "Ссылка"], 45)
    baza = S + "prikaz_o_nastavnichestve_2024-2025.pdf"
    rows = [
        H("П.1", "Нормативное обеспечение"),
        Row("П.1.1", "Положение о системе наставничества педагогических работников", "да/нет", "да", "да",
            S + "polozhenie_pedagogi.pdf", "orgs_regulation_teachers"),
        Row("П.1.2", "Положение о наставничестве обучающихся", "да/нет", "да", "да", S + "polozhenie_obuch.pdf",
            "orgs_regulation_students"),
        Row("П.1.3", "Приказ о мониторинге ЦМН", "да/нет", "да", "да", S + "prikaz_monitoring.pdf",
            "orgs_monitoring_order"),
        Row("П.1.4", "Информационная справка по итогам внутреннего мониторинга", "да/нет", "да", "да",
            S + "spravka_2024.pdf", "internal_monitoring_notes"),
        H("П.2", "Организация процесса"),
        Row("П.2.1", "Численность наставников, всего", "чел.", 21, 23, baza, "mentors_total"),
        Row("П.2.2", "Численность наставляемых, всего", "чел.", 47, 54, baza, "mentees_total"),
        Row("П.2.3", "Численность наставников из внешних образовательных организаций", "чел.", 1, 1, baza,
            "external_edu_mentors"),
        Row("П.2.4", "Численность наставников с предприятий", "чел.", 1, 1, baza, "enterprise_mentors"),
        Row("П.2.5", "Численность наставников из АОУ ДПО УР ИРО", "чел.", 0, 0, None, "R"),
        H("П.3", "Персонализированные программы"),
        Row("П.3.1", "Количество ПП наставничества, всего", "ед.", 20, 23, S + "PPN_2024.pdf", "pp_total"),
        Row("П.3.2", "из них «ученик – ученик»", "ед.", 7, 8, S + "PPN_2024.pdf", "pp_pupil_pupil"),
        Row("П.3.3", "из них «учитель – учитель»", "ед.", 3, 3, S + "PPN_2024.pdf", "pp_teacher_teacher"),
        Row("П.3.4", "из них «руководитель – педагог»", "ед.", 1, 1, S + "PPN_2024.pdf", "pp_head_teacher"),
        Row("П.3.5", "из них «учитель – ученик»", "ед.", 9, 11, S + "PPN_2024.pdf", "pp_teacher_pupil"),
        H("П.5", "Обучающиеся 10–19 лет"),
        Row("П.5.1", "Численность обучающихся 10–19 лет", "чел.", 240, 236, None, "students_10_19"),
        Row("П.5.2", "из них наставляемые", "чел.", 44, 50, baza, "mentees_10_19"),
        Row("П.5.3", "в т.ч. из «группы риска»", "чел.", 6, 7, baza, "mentees_risk"),
        Row("П.5.4", "в т.ч. дети с ОВЗ, дети-инвалиды", "чел.", 2, 2, baza, "mentees_disabled"),
        Row("П.5.5", "в т.ч. с низкой учебной мотивацией", "чел.", 9, 10, baza, "mentees_low_motivation"),
        Row("П.5.6", "в т.ч. с проблемами выбора профессии и образовательной траектории", "чел.", 10, 12, baza,
            "mentees_career"),
        Row("П.5.7", "в т.ч. одаренные дети", "чел.", 4, 5, baza, "mentees_gifted"),
        Row("П.5.8", "в т.ч. по иным параметрам", "чел.", 5, 6, baza, "mentees_other_params"),
        Row("П.5.9", "Удельный вес обучающихся 10–19 лет — наставляемых, %", "%", 18.3, 21.2, None,
            "share_mentees_10_19"),
        H("П.6", "Обучающиеся 15–19 лет"),
        Row("П.6.1", "Численность обучающихся 15–19 лет", "чел.", 55, 57, None, "students_15_19"),
        Row("П.6.2", "из них наставники", "чел.", 8, 10, baza, "mentors_15_19"),
        Row("П.6.3", "Удельный вес обучающихся 15–19 лет — наставников, %", "%", 14.5, 17.5, None,
            "share_mentors_15_19"),
        H("П.8", "Педагогические работники"),
        Row("П.8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", 2, 2, None, "young_specialists"),
        Row("П.8.2", "из них наставляемые", "чел.", 2, 2, baza, "young_specialists_mentees"),
        Row("П.8.3", "Удельный вес молодых специалистов — наставляемых, %", "%", 100, 100, None,
            "share_young_specialists_mentees"),
        Row("П.8.4", "Педагогические работники (без молодых специалистов)", "чел.", 27, 26, None, "teachers_other"),
        Row("П.8.5", "из них наставляемые", "чел.", 1, 2, baza, "teachers_other_mentees"),
        Row("П.8.6", "Удельный вес педагогов — наставляемых, %", "%", 10.3, 14.3, None, "share_teachers_mentees"),
        Row("П.8.7", "Педагоги-наставники", "чел.", 10, 11, baza, "teachers_mentors"),
        Row("П.8.8", "Удельный вес педагогов-наставников, %", "%", 34.5, 39.3, None, "share_teachers_mentors"),
        Row("П.8.9", "Молодые специалисты — наставники", "чел.", 0, 0, None, "young_specialists_mentors"),
        Row("П.8.10", "Удельный вес молодых специалистов — наставников, %", "%", 0, 0, None,
            "share_young_specialists_mentors"),
    ]
    check_share("G 10-19", 21.2, 50, 236); check_share("G 10-19 old", 18.3, 44, 240)
    check_share("G 15-19", 17.5, 10, 57); check_share("G 15-19 old", 14.5, 8, 55)
    check_share("G tm", 14.3, 4, 28); check_share("G tm old", 10.3, 3, 29)
    check_share("G tmt", 39.3, 11, 28); check_share("G tmt old", 34.5, 10, 29)
    assert 11 + 10 + 1 + 1 == 23 and 50 + 2 + 2 == 54 and 8 + 3 + 1 + 11 == 23
    assert 7 + 2 + 10 + 12 + 5 + 6 <= 50
    end = write_rows(ws, form, rows, 6, dict(code=1, title=2, unit=3, old=4, new=5, link=7), deviation_col=6)
    style_table(ws, 6, end - 1, 1, 7)
    ws.cell(end + 1, 2, "Заместитель директора по УВР  Трефилова М.А.")
    widths(ws, [9, 58, 8, 15, 15, 12, 60])
    out = os.path.join(TYPED, fname)
    wb.save(out)
    form.done()
    # the school re-saved the workbook in LibreOffice Calc (formulas get cached values)
    tmp = tempfile.mkdtemp(prefix="heldout31_")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(tmp, fname), out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    CELLS.append({"file": "typed/" + fname, "sheet": "Мониторинг", "cell": None, "kind": "resaved",
                  "note": "re-saved through LibreOffice (soffice --headless --convert-to xlsx); column F holds "
                          "formulas =E-D (deviation), no criterion"})


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        os.remove(os.path.join(TYPED, f))
    EXPECTED.clear()
    CELLS.clear()
    for fn in (file1, file2, file3, file4, file5, file6, file7):
        fn()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    nd = sum(len(e["not_criteria"]) for e in EXPECTED)
    print(f"files={len(EXPECTED)} values={nv} links={nl} not_criteria={nd}")
    for e in EXPECTED:
        print(f"  {e['file']}: values={len(e['values'])} links={len(e['links'])} "
              f"not_criteria={len(e['not_criteria'])} headings={len(e['headings'])}")


if __name__ == "__main__":
    main()
