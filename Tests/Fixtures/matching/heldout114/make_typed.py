#!/usr/bin/env python3
"""heldout114: one organisation's monitoring form spread over several sheets of its workbook.

Six workbooks of Озёрнокамский муниципальный округ (invented), 2024, each one organisation, each split
over its sheets its own way:
  1. a sheet per direction, the organisation named in full on the first sheet only;
  2. a school with a main building and two branches: a sheet per unit and «Итого по учреждению»;
  3. a ДОП whose sheets are its departments, with a «Сводная» sheet first;
  4. «Форма» and «Форма (исправленная)» — the second repeats the first with corrections;
  5. one form sheet and a last sheet of the school's own notes («Пояснения»);
  6. a form over two sheets and a last sheet of chart data («Для диаграммы») with a bar chart.

Deterministic: no randomness at all, every figure is written out below.
Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import pathlib
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
TYPED = HERE / "typed"
YEAR = 2024

UNIT = {}
for line in CRITERIA.read_text(encoding="utf-8").splitlines()[1:]:
    if line.strip():
        parts = line.split("\t")
        UNIT[parts[0]] = parts[2]

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
YELLOW = PatternFill("solid", fgColor="FFFF00")
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")


def pct(part, whole):
    """share in percent, rounded half-up to 2 decimals"""
    q = Fraction(part, whole) * 100
    d = (Decimal(q.numerator) / Decimal(q.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return float(d)


def with_shares(d):
    """add the share criteria computed from the counts; check the counts hang together"""
    d = dict(d)
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
            "mentees_career", "mentees_other_params"]
    assert sum(d[c] for c in cats) <= d["mentees_10_19"] <= d["students_10_19"]
    assert d["mentors_15_19"] <= d["students_15_19"] <= d["students_10_19"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_other_mentees"] <= d["teachers_other"]
    assert d["young_specialists_mentors"] <= d["young_specialists"]
    teachers = d["teachers_other"] + d["young_specialists"]
    assert d["teachers_mentors"] <= teachers
    pps = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
           "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    assert sum(d[c] for c in pps) == d["pp_total"], d["pp_total"]
    assert d["mentors_total"] == (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
                                  + d["other_org_mentors"] + d["enterprise_mentors"])
    assert d["mentees_total"] == (d["mentees_10_19"] + d["young_specialists_mentees"]
                                  + d["teachers_other_mentees"])
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["young_specialists_mentees"] + d["teachers_other_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    d["share_young_specialists_mentors"] = pct(d["young_specialists_mentors"], d["young_specialists"])
    d["teachers_municipal"] = teachers
    return d


def typed(v, style):
    """how a person typed the value v in this style"""
    if style == "int":
        return v
    if style == "chel":
        return f"{v} чел."
    if style == "sht":
        return f"{v} шт."
    if style in ("есть", "да", "Да", "имеется"):
        no = {"есть": "нет", "да": "нет", "Да": "Нет", "имеется": "не имеется"}[style]
        return style if v == 1 else no
    if style == "10":
        return v
    if style == "pct_str":
        return f"{v:.2f}".replace(".", ",") + "%"
    if style == "pct_str_sp":
        s = f"{v:.2f}".replace(".", ",")
        if s.endswith(",00"):
            s = s[:-3]
        return s + " %"
    if style == "pct_num":
        return v
    if style == "pct_frac":
        return v / 100
    if style == "dec_str":
        s = f"{v:.1f}".replace(".", ",")
        return s
    if style == "list_nl":
        return "\n".join(v)
    if style == "list_comma":
        return ", ".join(v)
    if style == "list_semi":
        return "; ".join(v)
    if style == "text":
        return v
    raise ValueError(style)


def expected_of(v):
    if isinstance(v, list):
        return "; ".join(v)
    return v


class Book:
    def __init__(self, fname, org, special):
        self.fname = fname
        self.org = org
        self.special = special
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        self.cells = []

    def sheet(self, title, widths=None):
        ws = self.wb.create_sheet(title)
        for i, w in enumerate(widths or [], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        return ws

    # --- recording --------------------------------------------------------------------------------------
    def value(self, ws, ref, crit, v, style, record=True, fmt=None, fill=None):
        assert crit in UNIT, crit
        cell = ws[ref]
        raw = typed(v, style)
        if style == "pct_frac":
            fmt = fmt or "0.00%"
        cell.value = raw
        if fmt:
            cell.number_format = fmt
        cell.border = BOX
        cell.alignment = WRAP
        if fill:
            cell.fill = fill
        if record:
            exp = expected_of(v)
            assert crit not in self.values, (self.fname, crit)
            self.values[crit] = exp
            self.cells.append({"file": f"typed/{self.fname}", "sheet": ws.title, "cell": ref,
                               "criterion": crit, "kind": "value", "expected": exp,
                               "organisation": self.org})

    def link(self, ws, ref, crit, url, mode, record=True, fill=None):
        cell = ws[ref]
        if mode == "text":
            cell.value = url
        elif mode == "url":
            cell.value = url
            cell.hyperlink = url
            cell.font = Font(color="0563C1", underline="single")
        else:  # shown text differs from the target
            cell.value = mode
            cell.hyperlink = url
            cell.font = Font(color="0563C1", underline="single")
        cell.border = BOX
        cell.alignment = WRAP
        if fill:
            cell.fill = fill
        if record:
            assert crit not in self.links, (self.fname, crit)
            self.links[crit] = url
            self.cells.append({"file": f"typed/{self.fname}", "sheet": ws.title, "cell": ref,
                               "criterion": crit, "kind": "link", "expected": url,
                               "organisation": self.org})

    def text(self, ws, ref, s, bold=False, merge_to=None, fill=None, border=False, size=None):
        cell = ws[ref]
        cell.value = s
        if bold or size:
            cell.font = Font(bold=bold, size=size or 11)
        cell.alignment = WRAP
        if fill:
            cell.fill = fill
        if border:
            cell.border = BOX
        if merge_to:
            ws.merge_cells(f"{ref}:{merge_to}")

    def table(self, ws, r, rows, cols, link_mode="text", record=True, D=None):
        """rows: ('H', text) heading | ('R', num, title, crit, style, url) | ('N', num, title, raw, url)
        | ('L', num, title) a label without a value.  cols: dict num/title/val/link -> column letter"""
        for row in rows:
            kind = row[0]
            if kind == "H":
                first = cols.get("num", cols["title"])
                last = cols.get("link", cols["val"])
                self.text(ws, f"{first}{r}", row[1], bold=True, merge_to=f"{last}{r}", fill=GREY, border=True)
                if record:
                    self.headings.append(row[1])
            elif kind in ("R", "N", "L"):
                if "num" in cols:
                    self.text(ws, f"{cols['num']}{r}", row[1], border=True)
                self.text(ws, f"{cols['title']}{r}", row[2], border=True)
                if kind == "R":
                    _, num, title, crit, style, url = row
                    self.value(ws, f"{cols['val']}{r}", crit, D[crit], style, record=record)
                    if url and "link" in cols:
                        self.link(ws, f"{cols['link']}{r}", crit, url, link_mode, record=record)
                elif kind == "N":
                    _, num, title, raw, url = row
                    self.text(ws, f"{cols['val']}{r}", raw, border=True)
                    if url and "link" in cols:
                        self.text(ws, f"{cols['link']}{r}", url, border=True)
                    if record:
                        self.not_criteria.append(title)
                for key in ("val", "link"):
                    if key in cols:
                        ws[f"{cols[key]}{r}"].border = BOX
            else:
                raise ValueError(kind)
            r += 1
        return r

    def save(self):
        TYPED.mkdir(exist_ok=True)
        self.wb.save(TYPED / self.fname)
        for k in self.values:
            assert k in UNIT
        return {"file": f"typed/{self.fname}", "year": YEAR, "organisation": self.org,
                "values": self.values, "links": self.links, "not_criteria": self.not_criteria,
                "headings": self.headings}


# =====================================================================================================
# 1. Лицей № 5: a sheet per direction; the full name on the first sheet only
# =====================================================================================================
def book_licey5():
    org = "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 5»"
    b = Book("licey5_CMN_2024_po_razdelam.xlsx", org, "sheet per direction")
    D = with_shares({
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 2,
        "mentors_total": 57, "mentees_total": 112,
        "agreements_edu_orgs": 1, "agreements_enterprises": 2, "agreements_other_orgs": 1,
        "partner_list": ["ФГБОУ ВО «Озёрнокамский политехнический институт»", "АО «Камский приборный завод»",
                         "ООО «ТехноСфера»", "МБУК «Централизованная библиотечная система»"],
        "agreement_subjects": "привлечение специалистов партнёров наставниками в проектной и "
                              "исследовательской деятельности обучающихся 8–11 кл.",
        "external_edu_mentors": 2, "enterprise_mentors": 2, "other_org_mentors": 1,
        "pp_pupil_pupil": 31, "pp_teacher_teacher": 14, "pp_student_student": 0, "pp_head_teacher": 2,
        "pp_student_pupil": 0, "pp_teacher_pupil": 38, "pp_other": 3, "pp_total": 88,
        "students_10_19": 742, "mentees_10_19": 96, "mentees_risk": 6, "mentees_gifted": 24,
        "mentees_disabled": 5, "mentees_low_motivation": 14, "mentees_career": 19, "mentees_other_params": 28,
        "students_15_19": 268, "mentors_15_19": 31,
        "young_specialists": 9, "young_specialists_mentees": 9, "teachers_other": 64, "teachers_other_mentees": 7,
        "teachers_mentors": 21, "young_specialists_mentors": 1,
        "satisfaction_mentees": 92.4, "satisfaction_mentors": 88.7,
        "teachers_in_pp": 37, "kpk_trained": 3,
        "kpk_courses": ["«Наставничество в образовательной организации: модели и практики» (ИРО, 36 ч)",
                        "«Школа наставника: сопровождение молодого педагога» (72 ч)"],
        "school_methodical_associations": 1, "pay_acts": 1, "nonmaterial_acts": 1,
    })
    u = "https://licey5-ozerno.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    cols = {"num": "A", "title": "B", "val": "C", "link": "D"}
    W = [7, 62, 16, 60]

    # sheet 1 --------------------------------------------------------------------------------------
    ws = b.sheet("1. Документы", W)
    b.text(ws, "A1", "Мониторинг реализации целевой модели наставничества за 2024 год", bold=True,
           merge_to="D1", size=12)
    b.text(ws, "A2", org, bold=True, merge_to="D2")
    b.text(ws, "A3", "Озёрнокамский муниципальный округ; отчётный период — январь–декабрь 2024 г.",
           merge_to="D3")
    for c, h in zip("ABCD", ["№", "Показатель (критерий)", "Значение", "Ссылка на документ"]):
        b.text(ws, f"{c}5", h, bold=True, border=True, fill=BLUE)
    b.table(ws, 6, [
        ("H", "1. Нормативное обеспечение"),
        ("R", "1.1", "Приказ об утверждении Положения о наставничестве педработников (есть/нет)",
         "orgs_regulation_teachers", "есть", u + "prikaz-212-od-polozhenie-pedagogi.pdf"),
        ("R", "1.2", "Приказ об утв. Положения о наставничестве обучающихся (есть/нет)",
         "orgs_regulation_students", "есть", u + "prikaz-213-od-polozhenie-obuchayushchiesya.pdf"),
        ("R", "1.3", "Приказ о проведении мониторинга ЦМН в лицее", "orgs_monitoring_order", "есть",
         u + "prikaz-301-od-monitoring-2024.pdf"),
        ("N", "1.4", "Дорожная карта внедрения ЦМН на 2024-2025 уч. год", "есть",
         u + "dorozhnaya-karta-2024-2025.pdf"),
        ("R", "1.5", "Справка по итогам внутреннего мониторинга наставничества (есть/нет)",
         "internal_monitoring_notes", "есть", u + "spravka-vnutr-monitoring-2024.pdf"),
    ], cols, D=D)
    b.text(ws, "A13", "Продолжение — на листах 2–6.", merge_to="D13")

    # sheet 2 --------------------------------------------------------------------------------------
    ws = b.sheet("2. Участники", W)
    b.text(ws, "A1", "Лицей № 5 — участники", bold=True, merge_to="D1", size=12)
    for c, h in zip("ABCD", ["№", "Наименование", "Кол-во", "Подтверждение"]):
        b.text(ws, f"{c}3", h, bold=True, border=True, fill=BLUE)
    b.table(ws, 4, [
        ("H", "2. Организация процесса наставничества"),
        ("R", "2.1", "Кураторы внедрения ЦМН (чел.)", "curators_total", "int", u + "prikaz-214-od-kuratory.pdf"),
        ("R", "2.2", "Наставники, всего по приказу", "mentors_total", "int", u + "prikaz-240-od-baza-nastavnikov.pdf"),
        ("R", "2.3", "Наставляемые, всего по приказу", "mentees_total", "int",
         u + "prikaz-241-od-baza-nastavlyaemyh.pdf"),
        ("N", "2.4", "Наставнических пар и групп сформировано", 84, None),
        ("N", "2.5", "Заключено соглашений о сотрудничестве, всего", 4, u + "soglasheniya/"),
        ("R", "", "— с образоват. организациями (вуз, СПО, школы)", "agreements_edu_orgs", "int",
         u + "soglasheniya/politeh-2024.pdf"),
        ("R", "", "— с предприятиями", "agreements_enterprises", "int", u + "soglasheniya/predpriyatiya-2024.pdf"),
        ("R", "", "— с иными организациями", "agreements_other_orgs", "int", u + "soglasheniya/cbs-2024.pdf"),
        ("R", "2.6", "Партнёры (наименования)", "partner_list", "list_nl", u + "partnery/"),
        ("R", "2.7", "Предмет соглашений", "agreement_subjects", "text", None),
        ("H", "4. Наставники из внешних организаций (по приказу)"),
        ("R", "4.1", "из других ОО (вуз/колледж/школы)", "external_edu_mentors", "int",
         u + "prikaz-240-od-baza-nastavnikov.pdf"),
        ("R", "4.2", "из предприятий", "enterprise_mentors", "int", u + "prikaz-240-od-baza-nastavnikov.pdf"),
        ("R", "4.3", "из иных организаций (учреждения культуры, НКО и др.)", "other_org_mentors", "int",
         u + "prikaz-240-od-baza-nastavnikov.pdf"),
    ], cols, D=D)

    # sheet 3: no title at all ----------------------------------------------------------------------
    ws = b.sheet("3. ПП", W)
    for c, h in zip("ABCD", ["№", "Форма наставничества", "Кол-во ПП", "Ссылка"]):
        b.text(ws, f"{c}1", h, bold=True, border=True, fill=BLUE)
    pp = u + "prikaz-262-od-utverzhdenie-pp.pdf"
    b.table(ws, 2, [
        ("H", "3. Персонализированные программы наставничества (ПП), утверждённые в 2024 г."),
        ("R", "3.1", "ученик – ученик", "pp_pupil_pupil", "int", pp),
        ("R", "3.2", "учитель – учитель", "pp_teacher_teacher", "int", pp),
        ("R", "3.3", "студент – студент", "pp_student_student", "int", None),
        ("R", "3.4", "руководитель – педагог", "pp_head_teacher", "int", pp),
        ("R", "3.5", "студент – ученик", "pp_student_pupil", "int", None),
        ("R", "3.6", "учитель – ученик", "pp_teacher_pupil", "int", pp),
        ("R", "3.7", "иная форма («работодатель – ученик»)", "pp_other", "int", pp),
        ("R", "", "ИТОГО ПП", "pp_total", "int", pp),
    ], cols, D=D)

    # sheet 4 --------------------------------------------------------------------------------------
    ws = b.sheet("4. Обучающиеся", W)
    b.text(ws, "A1", "Обучающиеся — наставляемые и наставники (Лицей № 5)", bold=True, merge_to="D1", size=12)
    for c, h in zip("ABCD", ["№", "Показатель", "Значение", "Ссылка"]):
        b.text(ws, f"{c}2", h, bold=True, border=True, fill=BLUE)
    nl = u + "prikaz-241-od-baza-nastavlyaemyh.pdf"
    b.table(ws, 3, [
        ("H", "5. Обучающиеся 10–19 лет в роли наставляемых"),
        ("R", "5.1", "Всего обучающихся 10-19 лет в лицее", "students_10_19", "int", None),
        ("R", "5.2", "из них вошли в программы наставничества как наставляемые", "mentees_10_19", "int", nl),
        ("L", "", "в том числе:"),
        ("R", "5.2.1", "группа риска", "mentees_risk", "int", nl),
        ("R", "5.2.2", "одарённые (в реестре)", "mentees_gifted", "int", nl),
        ("R", "5.2.3", "ОВЗ / дети-инвалиды", "mentees_disabled", "int", nl),
        ("R", "5.2.4", "низкая мотивация, неуспевающие", "mentees_low_motivation", "int", nl),
        ("R", "5.2.5", "проблемы выбора профессии / траектории", "mentees_career", "int", nl),
        ("R", "5.2.6", "по иным основаниям", "mentees_other_params", "int", nl),
        ("R", "5.3", "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", "pct_num", None),
        ("H", "6. Обучающиеся 15–19 лет в роли наставников"),
        ("R", "6.1", "Всего обучающихся 15-19 лет", "students_15_19", "int", None),
        ("R", "6.2", "Наставники из числа обучающихся 15–19 лет (приказ)", "mentors_15_19", "int",
         u + "prikaz-240-od-baza-nastavnikov.pdf"),
        ("R", "6.3", "Доля, %", "share_mentors_15_19", "pct_num", None),
    ], cols, D=D)

    # sheet 5 --------------------------------------------------------------------------------------
    ws = b.sheet("5. Педагоги", W)
    b.text(ws, "A1", "Педагоги", bold=True, merge_to="D1", size=12)
    for c, h in zip("ABCD", ["№", "Показатель", "Значение", "Ссылка"]):
        b.text(ws, f"{c}2", h, bold=True, border=True, fill=BLUE)
    b.table(ws, 3, [
        ("H", "8. Педагоги в роли наставляемых"),
        ("R", "8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет) — всего в лицее", "young_specialists", "int",
         None),
        ("R", "8.2", "из них наставляемые", "young_specialists_mentees", "int", nl),
        ("R", "8.3", "Доля МС-наставляемых", "share_young_specialists_mentees", "pct_str_sp", None),
        ("R", "8.4", "Педагоги (кроме МС), всего", "teachers_other", "int", None),
        ("R", "8.5", "из них наставляемые", "teachers_other_mentees", "int", nl),
        ("R", "8.6", "Доля педагогов-наставляемых (все педагоги), %", "share_teachers_mentees", "pct_num", None),
        ("H", "10. Педагоги в роли наставников"),
        ("R", "10.1", "Педагоги-наставники", "teachers_mentors", "int", u + "prikaz-240-od-baza-nastavnikov.pdf"),
        ("R", "10.2", "в т.ч. молодые специалисты", "young_specialists_mentors", "int",
         u + "prikaz-240-od-baza-nastavnikov.pdf"),
        ("R", "10.3", "Доля педагогов-наставников от всех педагогов, %", "share_teachers_mentors", "pct_num", None),
        ("R", "10.4", "Доля МС-наставников от всех МС, %", "share_young_specialists_mentors", "pct_num", None),
    ], cols, D=D)

    # sheet 6 --------------------------------------------------------------------------------------
    ws = b.sheet("6. Развитие", W)
    b.text(ws, "A1", "Удовлетворённость. Профессиональное развитие. Стимулирование", bold=True,
           merge_to="D1", size=12)
    for c, h in zip("ABCD", ["№", "Показатель", "Значение", "Ссылка"]):
        b.text(ws, f"{c}2", h, bold=True, border=True, fill=BLUE)
    r = b.table(ws, 3, [
        ("H", "7. Удовлетворённость участием (завершённые программы), %"),
        ("R", "7.1", "наставляемые", "satisfaction_mentees", "pct_num", u + "anketirovanie-2024-itogi.pdf"),
        ("R", "7.2", "наставники", "satisfaction_mentors", "pct_num", u + "anketirovanie-2024-itogi.pdf"),
        ("H", "9. Профессиональное развитие педагогов"),
        ("R", "9.1", "Педагоги, участвующие в утверждённых ПП", "teachers_in_pp", "int", pp),
        ("R", "9.2", "Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", "int",
         u + "kpk-udostovereniya-2024.pdf"),
        ("R", "9.3", "Названия курсов", "kpk_courses", "list_nl", None),
        ("R", "9.4", "Школьное МО наставников (кол-во)", "school_methodical_associations", "int",
         u + "prikaz-215-od-mo-nastavnikov.pdf"),
        ("H", "11. Стимулирование наставников"),
        ("R", "11.1", "Локальные акты об оплате (доплате) за наставничество, шт.", "pay_acts", "int",
         u + "polozhenie-ob-oplate-truda-p5-3.pdf"),
        ("R", "11.2", "Локальные акты о нематериальном поощрении наставников, шт.", "nonmaterial_acts", "int",
         u + "polozhenie-o-nematerialnom-pooshchrenii.pdf"),
        ("N", "11.3", "Проведено мероприятий для наставников (семинары, «Школа наставника»)", 9, None),
    ], cols, D=D)
    b.text(ws, f"A{r + 1}", "Дата заполнения: 28.10.2024", merge_to=f"D{r + 1}")
    b.text(ws, f"A{r + 2}", "Директор ____________ О.В. Кириллова", merge_to=f"D{r + 2}")
    b.text(ws, f"A{r + 3}", "Исп.: зам. директора по УВР Галиева Н.С., тел. 8 (34167) 2-14-55", merge_to=f"D{r + 3}")
    return b


# =====================================================================================================
# 2. СОШ № 12: a sheet per unit (main building, two branches) and «Итого по учреждению»
# =====================================================================================================
UNIT_KEYS = ["curators_total", "mentors_total", "mentees_total",
             "pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil", "pp_total",
             "external_edu_mentors", "enterprise_mentors", "other_org_mentors",
             "students_10_19", "mentees_10_19", "mentees_risk", "mentees_gifted", "mentees_disabled",
             "mentees_low_motivation", "mentees_career", "mentees_other_params",
             "students_15_19", "mentors_15_19",
             "satisfaction_mentees", "satisfaction_mentors",
             "young_specialists", "young_specialists_mentees", "teachers_other", "teachers_other_mentees",
             "teachers_mentors", "young_specialists_mentors", "teachers_in_pp", "kpk_trained"]


def book_sosh12():
    org = "МБОУ «СОШ № 12»"
    b = Book("СОШ12_осн_здание_и_филиалы_2024.xlsx", org, "units and totals")
    units = {
        "main": {"curators_total": 1, "mentors_total": 39, "mentees_total": 74,
                 "pp_pupil_pupil": 22, "pp_teacher_teacher": 9, "pp_head_teacher": 1, "pp_teacher_pupil": 30,
                 "pp_total": 62, "external_edu_mentors": 1, "enterprise_mentors": 0, "other_org_mentors": 2,
                 "students_10_19": 610, "mentees_10_19": 64, "mentees_risk": 5, "mentees_gifted": 9,
                 "mentees_disabled": 4, "mentees_low_motivation": 12, "mentees_career": 15,
                 "mentees_other_params": 19, "students_15_19": 198, "mentors_15_19": 22,
                 "satisfaction_mentees": 90.5, "satisfaction_mentors": 88.0,
                 "young_specialists": 6, "young_specialists_mentees": 6, "teachers_other": 48,
                 "teachers_other_mentees": 4, "teachers_mentors": 14, "young_specialists_mentors": 0,
                 "teachers_in_pp": 24, "kpk_trained": 2},
        "ber": {"curators_total": 1, "mentors_total": 7, "mentees_total": 14,
                "pp_pupil_pupil": 3, "pp_teacher_teacher": 3, "pp_head_teacher": 0, "pp_teacher_pupil": 8,
                "pp_total": 14, "external_edu_mentors": 0, "enterprise_mentors": 0, "other_org_mentors": 0,
                "students_10_19": 84, "mentees_10_19": 11, "mentees_risk": 3, "mentees_gifted": 1,
                "mentees_disabled": 2, "mentees_low_motivation": 4, "mentees_career": 1,
                "mentees_other_params": 0, "students_15_19": 12, "mentors_15_19": 3,
                "satisfaction_mentees": 94.0, "satisfaction_mentors": 92.3,
                "young_specialists": 2, "young_specialists_mentees": 2, "teachers_other": 13,
                "teachers_other_mentees": 1, "teachers_mentors": 4, "young_specialists_mentors": 0,
                "teachers_in_pp": 7, "kpk_trained": 1},
        "klu": {"curators_total": 1, "mentors_total": 1, "mentees_total": 1,
                "pp_pupil_pupil": 0, "pp_teacher_teacher": 1, "pp_head_teacher": 0, "pp_teacher_pupil": 0,
                "pp_total": 1, "external_edu_mentors": 0, "enterprise_mentors": 0, "other_org_mentors": 0,
                "students_10_19": 7, "mentees_10_19": 0, "mentees_risk": 0, "mentees_gifted": 0,
                "mentees_disabled": 0, "mentees_low_motivation": 0, "mentees_career": 0,
                "mentees_other_params": 0, "students_15_19": 0, "mentors_15_19": 0,
                "satisfaction_mentees": 100.0, "satisfaction_mentors": 100.0,
                "young_specialists": 1, "young_specialists_mentees": 1, "teachers_other": 5,
                "teachers_other_mentees": 0, "teachers_mentors": 1, "young_specialists_mentors": 0,
                "teachers_in_pp": 2, "kpk_trained": 0},
    }
    total = {k: sum(units[x][k] for x in units) for k in UNIT_KEYS if not k.startswith("satisfaction")}
    total.update({
        "satisfaction_mentees": 91.3, "satisfaction_mentors": 89.1,   # the school's own weighted figure
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "pay_acts": 1, "nonmaterial_acts": 1,
        "agreements_edu_orgs": 1, "agreements_enterprises": 0, "agreements_other_orgs": 1,
        "partner_list": ["МБОУ «Лицей № 5»", "МБУ «Молодёжный центр «Импульс»»"],
        "pp_student_student": 0, "pp_student_pupil": 0, "pp_other": 0,
        "school_methodical_associations": 1,
    })
    D = with_shares(total)
    unit_titles = {
        "main": ("Осн. здание", "Основное здание МБОУ «СОШ № 12» (ул. Заводская, 14)"),
        "ber": ("Берёзовка (филиал)",
                "Филиал МБОУ «СОШ № 12» — «Берёзовская основная общеобразовательная школа» (с. Берёзовка)"),
        "klu": ("Ключи (филиал)",
                "Филиал МБОУ «СОШ № 12» — «Ключевская начальная общеобразовательная школа» (д. Ключи)"),
    }
    unit_rows = [
        ("R", "1", "Кураторы ЦМН", "curators_total", "int", None),
        ("R", "2", "Наставники (приказ), всего", "mentors_total", "int", None),
        ("R", "3", "Наставляемые (приказ), всего", "mentees_total", "int", None),
        ("R", "4", "ПП: ученик-ученик", "pp_pupil_pupil", "int", None),
        ("R", "5", "ПП: учитель-учитель", "pp_teacher_teacher", "int", None),
        ("R", "6", "ПП: руководитель-педагог", "pp_head_teacher", "int", None),
        ("R", "7", "ПП: учитель-ученик", "pp_teacher_pupil", "int", None),
        ("R", "8", "ПП всего", "pp_total", "int", None),
        ("R", "9", "Внешние наставники: из др. ОО", "external_edu_mentors", "int", None),
        ("R", "10", "Внешние наставники: с предприятий", "enterprise_mentors", "int", None),
        ("R", "11", "Внешние наставники: из иных организаций", "other_org_mentors", "int", None),
        ("R", "12", "Обучающихся 10–19 лет", "students_10_19", "int", None),
        ("R", "13", "Наставляемых 10–19 лет", "mentees_10_19", "int", None),
        ("R", "13.1", "  в т.ч. «группа риска»", "mentees_risk", "int", None),
        ("R", "13.2", "  одарённые", "mentees_gifted", "int", None),
        ("R", "13.3", "  ОВЗ, инвалиды", "mentees_disabled", "int", None),
        ("R", "13.4", "  низкая мотивация / неуспеваемость", "mentees_low_motivation", "int", None),
        ("R", "13.5", "  выбор профессии", "mentees_career", "int", None),
        ("R", "13.6", "  прочие", "mentees_other_params", "int", None),
        ("R", "14", "Обучающихся 15–19 лет", "students_15_19", "int", None),
        ("R", "15", "Наставников-обучающихся 15–19 лет", "mentors_15_19", "int", None),
        ("R", "16", "Уд-ть наставляемых, %", "satisfaction_mentees", "pct_num", None),
        ("R", "17", "Уд-ть наставников, %", "satisfaction_mentors", "pct_num", None),
        ("R", "18", "Молодых специалистов всего", "young_specialists", "int", None),
        ("R", "19", "МС — наставляемые", "young_specialists_mentees", "int", None),
        ("R", "20", "Педагогов кроме МС", "teachers_other", "int", None),
        ("R", "21", "из них наставляемые", "teachers_other_mentees", "int", None),
        ("R", "22", "Педагоги-наставники", "teachers_mentors", "int", None),
        ("R", "23", "МС — наставники", "young_specialists_mentors", "int", None),
        ("R", "24", "Педагоги в ПП", "teachers_in_pp", "int", None),
        ("R", "25", "Прошли КПК (наставничество) в 2024 г.", "kpk_trained", "int", None),
    ]
    pupils_all = {"main": 801, "ber": 139, "klu": 26}
    for key in ("main", "ber", "klu"):
        name, title = unit_titles[key]
        ws = b.sheet(name, [7, 48, 12, 40])
        b.text(ws, "A1", title, bold=True, merge_to="D1", size=12)
        b.text(ws, "A2", "Данные для свода по учреждению, 2024 год", merge_to="D2")
        for c, h in zip("ABCD", ["№", "Показатель", "Кол-во", "Примечание"]):
            b.text(ws, f"{c}4", h, bold=True, border=True, fill=BLUE)
        ud = dict(units[key])
        r = b.table(ws, 5, unit_rows, {"num": "A", "title": "B", "val": "C"}, record=False, D=ud)
        b.text(ws, f"B{r}", "Численность обучающихся 1–11 кл., всего", border=True)
        b.text(ws, f"C{r}", pupils_all[key], border=True)
        if key == "klu":
            b.text(ws, "D16", "нач. школа, 10 лет — только 4 кл.", border=True)
            b.text(ws, "D24", "нач. школа", border=True)
        b.text(ws, f"A{r + 2}", "Документы (положения, приказы) — общие для всего учреждения, см. лист «Итого».",
               merge_to=f"D{r + 2}")
    # totals sheet ---------------------------------------------------------------------------------
    ws = b.sheet("Итого по учреждению", [60, 14, 16, 34])
    b.text(ws, "A1", "Мониторинг ЦМН — 2024", bold=True, merge_to="D1", size=12)
    b.text(ws, "A2", "МБОУ «СОШ № 12» — итого по учреждению (основное здание + филиалы «Берёзовская ООШ», "
                     "«Ключевская НОШ»)", bold=True, merge_to="D2")
    for c, h in zip("ABCD", ["Критерий", "Итого", "Ссылка на подтверждающий документ", "Примечание"]):
        b.text(ws, f"{c}4", h, bold=True, border=True, fill=BLUE)
    u = "https://sh12-ozerno.gosuslugi.ru/svedeniya/nastavnichestvo/"
    cols = {"title": "A", "val": "B", "link": "C"}
    r = b.table(ws, 5, [
        ("H", "Документы (единые для всего учреждения)"),
        ("R", "", "Положение о наставничестве пед. работников утверждено приказом", "orgs_regulation_teachers", "да",
         u + "polozhenie-pedagogi.pdf"),
        ("R", "", "Положение о наставничестве обучающихся утверждено приказом", "orgs_regulation_students", "да",
         u + "polozhenie-obuch.pdf"),
        ("R", "", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "да", u + "prikaz-monitoring-2024.pdf"),
        ("R", "", "Справка по итогам внутр. мониторинга за 2024", "internal_monitoring_notes", "да",
         u + "spravka-monitoring-2024.pdf"),
        ("R", "", "Локальный акт об оплате наставничества (Положение об оплате труда, п. 4.7)", "pay_acts", "int",
         u + "polozhenie-oplata-truda.pdf"),
        ("R", "", "Локальный акт о нематериальном поощрении наставников", "nonmaterial_acts", "int",
         u + "polozhenie-nematerialnoe.pdf"),
        ("H", "Организация наставничества"),
        ("R", "", "Кураторы (осн. здание + филиалы)", "curators_total", "int", u + "prikaz-kuratory.pdf"),
        ("R", "", "Наставники по приказу, итого", "mentors_total", "int", u + "prikaz-baza-2024.pdf"),
        ("N", "", "в т.ч. в филиалах", 8, None),
        ("R", "", "Наставляемые по приказу, итого", "mentees_total", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "Соглашения о сотрудничестве: с др. ОО", "agreements_edu_orgs", "int",
         u + "soglashenie-licey5.pdf"),
        ("R", "", "Соглашения о сотрудничестве: с предприятиями", "agreements_enterprises", "int", None),
        ("R", "", "Соглашения о сотрудничестве: с иными орг.", "agreements_other_orgs", "int",
         u + "soglashenie-impuls.pdf"),
        ("R", "", "Организации-партнёры", "partner_list", "list_comma", u + "partnery.html"),
        ("R", "", "ШМО наставников", "school_methodical_associations", "int", u + "prikaz-shmo.pdf"),
        ("H", "Персонализированные программы (итого по 3 зданиям)"),
        ("R", "", "ученик — ученик", "pp_pupil_pupil", "int", u + "prikaz-pp-2024.pdf"),
        ("R", "", "учитель — учитель", "pp_teacher_teacher", "int", u + "prikaz-pp-2024.pdf"),
        ("R", "", "студент — студент", "pp_student_student", "int", None),
        ("R", "", "руководитель — педагог", "pp_head_teacher", "int", u + "prikaz-pp-2024.pdf"),
        ("R", "", "студент — ученик", "pp_student_pupil", "int", None),
        ("R", "", "учитель — ученик", "pp_teacher_pupil", "int", u + "prikaz-pp-2024.pdf"),
        ("R", "", "иные формы", "pp_other", "int", None),
        ("R", "", "Всего ПП", "pp_total", "int", u + "prikaz-pp-2024.pdf"),
        ("H", "Наставники из внешних организаций"),
        ("R", "", "из других образовательных организаций", "external_edu_mentors", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "с предприятий", "enterprise_mentors", "int", None),
        ("R", "", "из иных организаций", "other_org_mentors", "int", u + "prikaz-baza-2024.pdf"),
        ("H", "Обучающиеся"),
        ("N", "", "Численность обучающихся 1–11 кл., всего", 966, None),
        ("R", "", "Обучающиеся 10–19 лет", "students_10_19", "int", None),
        ("R", "", "Наставляемые 10–19 лет", "mentees_10_19", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "  из них «группа риска»", "mentees_risk", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "  одарённые дети (реестр)", "mentees_gifted", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "  дети с ОВЗ, дети-инвалиды", "mentees_disabled", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "  низкая мотивация / неуспеваемость", "mentees_low_motivation", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "  проблемы с выбором профессии", "mentees_career", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "  по иным параметрам", "mentees_other_params", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "Доля наставляемых 10–19 лет", "share_mentees_10_19", "pct_str", None),
        ("R", "", "Обучающиеся 15–19 лет", "students_15_19", "int", None),
        ("R", "", "Наставники-обучающиеся 15–19 лет", "mentors_15_19", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "Доля наставников 15–19 лет", "share_mentors_15_19", "pct_str", None),
        ("H", "Удовлетворённость (анкетирование, завершённые программы)"),
        ("R", "", "наставляемых, %", "satisfaction_mentees", "pct_num", u + "anketa-itogi-2024.pdf"),
        ("R", "", "наставников, %", "satisfaction_mentors", "pct_num", u + "anketa-itogi-2024.pdf"),
        ("H", "Педагоги"),
        ("R", "", "Молодые специалисты (до 35 лет, 1–3 год работы)", "young_specialists", "int", None),
        ("R", "", "МС в роли наставляемых", "young_specialists_mentees", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "Доля МС-наставляемых", "share_young_specialists_mentees", "pct_str", None),
        ("R", "", "Педагоги без МС", "teachers_other", "int", None),
        ("R", "", "Педагоги без МС — наставляемые", "teachers_other_mentees", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "Доля наставляемых среди всех педагогов", "share_teachers_mentees", "pct_str", None),
        ("R", "", "Педагоги — наставники", "teachers_mentors", "int", u + "prikaz-baza-2024.pdf"),
        ("R", "", "МС — наставники", "young_specialists_mentors", "int", None),
        ("R", "", "Доля педагогов-наставников", "share_teachers_mentors", "pct_str", None),
        ("R", "", "Доля МС-наставников", "share_young_specialists_mentors", "pct_str", None),
        ("H", "Профессиональное развитие"),
        ("R", "", "Педагоги — участники ПП", "teachers_in_pp", "int", u + "prikaz-pp-2024.pdf"),
        ("R", "", "Обучены на КПК по наставничеству (2024)", "kpk_trained", "int", u + "kpk-2024.pdf"),
    ], cols, link_mode="ссылка", D=D)
    # the notes column: where the total comes from
    notes = {"Кураторы (осн. здание + филиалы)": "по 1 в каждом здании",
             "Наставники по приказу, итого": "сумма по листам",
             "Обучающиеся 10–19 лет": "сумма по листам",
             "наставляемых, %": "средневзвешенное по числу анкет",
             "наставников, %": "средневзвешенное по числу анкет"}
    for row in ws.iter_rows(min_row=5, max_row=r - 1):
        if row[0].value in notes:
            ws.cell(row=row[0].row, column=4).value = notes[row[0].value]
    b.text(ws, f"A{r + 1}", "Директор МБОУ «СОШ № 12» ____________ Т.А. Шутова      30.10.2024", merge_to=f"D{r + 1}")
    return b


# =====================================================================================================
# 3. ДДТ «Радуга»: «Сводная» first, then a sheet per department
# =====================================================================================================
def book_ddt():
    org = "МБУ ДО «Дом детского творчества «Радуга»»"
    b = Book("DDT_Raduga_monitoring_2024_otdely.xlsx", org, "departments with a totals sheet")
    depts = [
        ("Худож.-эстет.", "Отдел художественно-эстетического творчества", "зав. отделом Пантелеева М.И.",
         dict(s10=520, s15=110, m10=22, m15=6, ys=2, ysm=2, to=18, tom=2, tm=5, pp=6, tt=4, tp=14)),
        ("Тех. творчество", "Отдел технического творчества", "зав. отделом Корепанов А.В.",
         dict(s10=430, s15=150, m10=30, m15=12, ys=1, ysm=1, to=9, tom=1, tm=4, pp=10, tt=2, tp=18)),
        ("Эколого-биол.", "Эколого-биологический отдел", "зав. отделом Ившина Л.Р.",
         dict(s10=270, s15=60, m10=9, m15=3, ys=1, ysm=1, to=7, tom=0, tm=2, pp=3, tt=1, tp=6)),
        ("Спорт.-оздор.", "Спортивно-оздоровительный отдел", "зав. отделом Лекомцев Д.С.",
         dict(s10=292, s15=85, m10=11, m15=4, ys=0, ysm=0, to=10, tom=1, tm=3, pp=4, tt=1, tp=7)),
    ]
    sums = {k: sum(d[3][k] for d in depts) for k in depts[0][3]}
    D = with_shares({
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 1,
        "agreements_edu_orgs": 0, "agreements_enterprises": 1, "agreements_other_orgs": 2,
        "partner_list": ["ООО «РоботЛаб»", "МБУК «Озёрнокамский краеведческий музей»",
                         "Совет ветеранов Озёрнокамского муниципального округа"],
        "external_edu_mentors": 0, "enterprise_mentors": 1, "other_org_mentors": 2,
        # unduplicated: children in two departments and a teacher in two departments count once
        "students_10_19": 1385, "students_15_19": 371,
        "mentees_10_19": sums["m10"], "mentors_15_19": sums["m15"],
        "mentees_risk": 3, "mentees_gifted": 21, "mentees_disabled": 6, "mentees_low_motivation": 0,
        "mentees_career": 18, "mentees_other_params": 24,
        "young_specialists": sums["ys"], "young_specialists_mentees": sums["ysm"],
        "teachers_other": 42, "teachers_other_mentees": sums["tom"],
        "teachers_mentors": sums["tm"], "young_specialists_mentors": 0,
        "pp_pupil_pupil": sums["pp"], "pp_teacher_teacher": sums["tt"], "pp_teacher_pupil": sums["tp"],
        "pp_head_teacher": 1, "pp_other": 2, "pp_student_student": 0, "pp_student_pupil": 0,
        "pp_total": sums["pp"] + sums["tt"] + sums["tp"] + 1 + 2,
        "mentors_total": sums["tm"] + sums["m15"] + 3, "mentees_total": sums["m10"] + sums["ysm"] + sums["tom"],
        "satisfaction_mentees": 95.1, "satisfaction_mentors": 93.8,
        "teachers_in_pp": sums["tm"] + sums["ysm"] + sums["tom"], "kpk_trained": 2,
        "school_methodical_associations": 1, "pay_acts": 1, "nonmaterial_acts": 2,
    })
    assert sums["s10"] == 1512 and sums["to"] == 44 and sums["s15"] == 405
    u = "https://ddt-raduga.ozerno-edu.ru/nastavnichestvo/"
    ws = b.sheet("Сводная", [6, 64, 14, 54, 30])
    b.text(ws, "A1", org, bold=True, merge_to="E1", size=12)
    b.text(ws, "A2", "Сводная форма мониторинга целевой модели наставничества за 2024 г. (по всем отделам)",
           merge_to="E2")
    for c, h in zip("ABCDE", ["№", "Показатель", "Всего по ДДТ", "Документ", "Комментарий"]):
        b.text(ws, f"{c}4", h, bold=True, border=True, fill=BLUE)
    cols = {"num": "A", "title": "B", "val": "C", "link": "D"}
    base = u + "prikaz-45-baza-nastavnichestva-2024.pdf"
    r = b.table(ws, 5, [
        ("H", "I. Локальные акты"),
        ("R", "1", "Положение о наставничестве педагогов ДО (утв. приказом)", "orgs_regulation_teachers", "Да",
         u + "polozhenie-pedagogi.pdf"),
        ("R", "2", "Положение о наставничестве учащихся (утв. приказом)", "orgs_regulation_students", "Да",
         u + "polozhenie-uchashchiesya.pdf"),
        ("R", "3", "Приказ о мониторинге наставничества в ДДТ", "orgs_monitoring_order", "Да",
         u + "prikaz-77-monitoring.pdf"),
        ("R", "4", "Положение о доплатах наставникам", "pay_acts", "int", u + "polozhenie-o-doplatah.pdf"),
        ("R", "5", "Акты о моральном поощрении наставников (положение о почётной грамоте ДДТ, "
                   "положение о конкурсе «Наставник года»)", "nonmaterial_acts", "int", u + "pooshchrenie/"),
        ("H", "II. Организация"),
        ("R", "6", "Куратор ЦМН (методист)", "curators_total", "int", u + "prikaz-12-kurator.pdf"),
        ("R", "7", "Наставников по приказу (педагоги, учащиеся, внешние)", "mentors_total", "int", base),
        ("R", "8", "Наставляемых по приказу (учащиеся + педагоги)", "mentees_total", "int", base),
        ("N", "9", "Объединений (кружков, студий), в которых реализуются ПП", 31, None),
        ("R", "10", "Соглашения о предоставлении наставников: образоват. орг-ции", "agreements_edu_orgs", "int",
         None),
        ("R", "11", "то же — предприятия", "agreements_enterprises", "int", u + "dogovor-robotlab.pdf"),
        ("R", "12", "то же — иные организации (музей, общественные орг.)", "agreements_other_orgs", "int",
         u + "dogovory-partnery.pdf"),
        ("R", "13", "Наши партнёры по наставничеству", "partner_list", "list_semi", u + "dogovory-partnery.pdf"),
        ("R", "14", "Справка о внутреннем мониторинге", "internal_monitoring_notes", "Да", u + "spravka-2024.pdf"),
        ("H", "III. Персонализированные программы"),
        ("R", "15", "учащийся — учащийся", "pp_pupil_pupil", "int", u + "prikaz-46-pp.pdf"),
        ("R", "16", "педагог — педагог", "pp_teacher_teacher", "int", u + "prikaz-46-pp.pdf"),
        ("R", "17", "руководитель — педагог", "pp_head_teacher", "int", u + "prikaz-46-pp.pdf"),
        ("R", "18", "педагог — учащийся", "pp_teacher_pupil", "int", u + "prikaz-46-pp.pdf"),
        ("R", "19", "иная форма: «выпускник ДДТ — учащийся»", "pp_other", "int", u + "prikaz-46-pp.pdf"),
        ("R", "20", "Всего ПП", "pp_total", "int", u + "prikaz-46-pp.pdf"),
        ("H", "IV. Внешние наставники"),
        ("R", "21", "с предприятий", "enterprise_mentors", "int", base),
        ("R", "22", "из иных организаций", "other_org_mentors", "int", base),
        ("H", "V. Учащиеся"),
        ("N", "23", "Всего учащихся в ДДТ (по сертификатам ПФДО)", 2430, None),
        ("R", "24", "Учащихся 10–19 лет (без повторного учёта)", "students_10_19", "int", None),
        ("R", "25", "из них наставляемые", "mentees_10_19", "int", base),
        ("R", "25.1", "— «группа риска» (в т.ч. на учёте в КДН)", "mentees_risk", "int", base),
        ("R", "25.2", "— одарённые (региональный реестр)", "mentees_gifted", "int", base),
        ("R", "25.3", "— с ОВЗ / инвалидностью", "mentees_disabled", "int", base),
        ("R", "25.4", "— низкая учебная мотивация", "mentees_low_motivation", "int", None),
        ("R", "25.5", "— профессиональное самоопределение", "mentees_career", "int", base),
        ("R", "25.6", "— иное", "mentees_other_params", "int", base),
        ("R", "26", "Охват наставничеством учащихся 10–19 лет, %", "share_mentees_10_19", "pct_frac", None),
        ("R", "27", "Учащихся 15–19 лет (без повторного учёта)", "students_15_19", "int", None),
        ("R", "28", "из них наставники", "mentors_15_19", "int", base),
        ("R", "29", "Доля учащихся 15–19 лет — наставников, %", "share_mentors_15_19", "pct_frac", None),
        ("H", "VI. Удовлетворённость"),
        ("R", "30", "наставляемые, %", "satisfaction_mentees", "dec_str", u + "anketirovanie-2024.pdf"),
        ("R", "31", "наставники, %", "satisfaction_mentors", "dec_str", u + "anketirovanie-2024.pdf"),
        ("H", "VII. Педагоги"),
        ("R", "32", "Молодые специалисты (до 35, стаж до 3 лет)", "young_specialists", "int", None),
        ("R", "33", "из них наставляемые", "young_specialists_mentees", "int", base),
        ("R", "34", "Педагоги ДО, кроме молодых специалистов (физ. лица)", "teachers_other", "int", None),
        ("R", "35", "из них наставляемые", "teachers_other_mentees", "int", base),
        ("R", "36", "Педагоги-наставники", "teachers_mentors", "int", base),
        ("R", "37", "Молодые специалисты — наставники", "young_specialists_mentors", "int", None),
        ("R", "38", "Педагоги, участвующие в ПП", "teachers_in_pp", "int", u + "prikaz-46-pp.pdf"),
        ("R", "39", "КПК по наставничеству в 2024 г. (чел.)", "kpk_trained", "int", u + "kpk-2024.pdf"),
        ("R", "40", "Методическое объединение наставников ДДТ", "school_methodical_associations", "int",
         u + "mo-nastavnikov.pdf"),
    ], cols, D=D)
    comments = {"24": "сумма по отделам 1512, 127 детей занимаются в двух отделах",
                "27": "сумма по отделам 405",
                "34": "сумма по отделам 44, 2 совместителя учтены один раз",
                "7": "вкл. 3 внешних наставника",
                "17": "директор — новый зам. директора (1 ПП), в отделы не входит",
                "19": "2 ПП, методический отдел"}
    for row in ws.iter_rows(min_row=5, max_row=r - 1):
        if row[0].value in comments:
            ws.cell(row=row[0].row, column=5).value = comments[row[0].value]
    b.text(ws, f"A{r + 1}", "Директор ________ Г.Н. Бабушкина        Исп. методист Сергеева Е.А.", merge_to=f"E{r + 1}")

    dept_rows = [
        ("R", "1", "Детей 10–19 лет в объединениях отдела", "students_10_19", "int", None),
        ("R", "2", "из них 15–19 лет", "students_15_19", "int", None),
        ("R", "3", "Дети — наставляемые", "mentees_10_19", "int", None),
        ("R", "4", "Дети — наставники (15–19 лет)", "mentors_15_19", "int", None),
        ("R", "5", "ПП «учащийся — учащийся»", "pp_pupil_pupil", "int", None),
        ("R", "6", "ПП «педагог — педагог»", "pp_teacher_teacher", "int", None),
        ("R", "7", "ПП «педагог — учащийся»", "pp_teacher_pupil", "int", None),
        ("R", "8", "Педагоги — молодые специалисты", "young_specialists", "int", None),
        ("R", "9", "из них наставляемые", "young_specialists_mentees", "int", None),
        ("R", "10", "Педагоги (кроме МС)", "teachers_other", "int", None),
        ("R", "11", "из них наставляемые", "teachers_other_mentees", "int", None),
        ("R", "12", "Педагоги-наставники", "teachers_mentors", "int", None),
    ]
    keymap = {"students_10_19": "s10", "students_15_19": "s15", "mentees_10_19": "m10", "mentors_15_19": "m15",
              "pp_pupil_pupil": "pp", "pp_teacher_teacher": "tt", "pp_teacher_pupil": "tp",
              "young_specialists": "ys", "young_specialists_mentees": "ysm", "teachers_other": "to",
              "teachers_other_mentees": "tom", "teachers_mentors": "tm"}
    for short, full, head, d in depts:
        ws = b.sheet(short, [6, 46, 12])
        b.text(ws, "A1", full, bold=True, merge_to="C1", size=12)
        b.text(ws, "A2", "сведения для сводной, 2024 год", merge_to="C2")
        for c, h in zip("ABC", ["№", "Показатель", "Кол-во"]):
            b.text(ws, f"{c}3", h, bold=True, border=True, fill=BLUE)
        dd = {k: d[v] for k, v in keymap.items()}
        r = b.table(ws, 4, dept_rows, {"num": "A", "title": "B", "val": "C"}, record=False, D=dd)
        b.text(ws, f"A{r + 1}", "Дети, занимающиеся в нескольких отделах, учтены в каждом отделе.", merge_to=f"C{r + 1}")
        b.text(ws, f"A{r + 2}", head, merge_to=f"C{r + 2}")
    return b


# =====================================================================================================
# 4. Гимназия № 2: «Форма» and «Форма (исправленная)»
# =====================================================================================================
def book_gimn2():
    org = "МБОУ «Гимназия № 2»"
    b = Book("Гимназия2_мониторинг_2024_исправл.xlsx", org, "original and corrected sheet")
    D = with_shares({
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 1,
        "agreements_edu_orgs": 1, "agreements_enterprises": 0, "agreements_other_orgs": 0,
        "partner_list": ["ФГБОУ ВО «Озёрнокамский государственный педагогический университет»"],
        "external_edu_mentors": 1, "enterprise_mentors": 0, "other_org_mentors": 0,
        "mentors_total": 41, "mentees_total": 103,
        "pp_pupil_pupil": 27, "pp_teacher_teacher": 11, "pp_student_student": 0, "pp_head_teacher": 1,
        "pp_student_pupil": 0, "pp_teacher_pupil": 30, "pp_other": 0, "pp_total": 69,
        "students_10_19": 706, "mentees_10_19": 92, "mentees_risk": 4, "mentees_gifted": 31,
        "mentees_disabled": 3, "mentees_low_motivation": 9, "mentees_career": 22, "mentees_other_params": 23,
        "students_15_19": 241, "mentors_15_19": 27,
        "satisfaction_mentees": 89.6, "satisfaction_mentors": 91.2,
        "young_specialists": 6, "young_specialists_mentees": 5, "teachers_other": 52, "teachers_other_mentees": 6,
        "teachers_mentors": 13, "young_specialists_mentors": 1,
        "teachers_in_pp": 24, "kpk_trained": 4, "school_methodical_associations": 1,
        "pay_acts": 1, "nonmaterial_acts": 1,
    })
    u = "https://gimn2-ozerno.gosuslugi.ru/nastavnichestvo/"
    # the first version, sent on 21.10.2024 — what was wrong in it
    wrong = {"students_10_19": (1034, "было 1034 — указано всего обучающихся 1–11 кл."),
             "share_mentees_10_19": (8.9, "пересчитано от 706"),
             "mentors_total": (38, "было 38 — не учтены внешние наставники и 2 учащихся"),
             "pp_teacher_pupil": (26, "было 26, 4 ПП перенесены из «иной формы»"),
             "pp_other": (4, "было 4 (это ПП «учитель — ученик»)"),
             "share_young_specialists_mentees": (0.83, "было 0,83 (дробь вместо %)"),
             "satisfaction_mentees": (None, "не было заполнено"),
             }
    wrong_links = {"orgs_monitoring_order": (u + "prikaz-mon-2024.pdf", "ссылка заменена (старая не открывалась)")}
    rows = [
        ("H", "Раздел 1. Нормативное обеспечение"),
        ("R", "1.1", "Наличие положения о наставничестве педагогических работников (1 – да, 0 – нет)",
         "orgs_regulation_teachers", "10", u + "prikaz-98-od-polozhenie-ped.pdf"),
        ("R", "1.2", "Наличие положения о наставничестве обучающихся (1 – да, 0 – нет)",
         "orgs_regulation_students", "10", u + "prikaz-99-od-polozhenie-obuch.pdf"),
        ("R", "1.3", "Наличие приказа о мониторинге ЦМН (1 – да, 0 – нет)", "orgs_monitoring_order", "10",
         u + "prikaz-128-od-monitoring.pdf"),
        ("H", "Раздел 2. Организация наставничества"),
        ("R", "2.1", "Кол-во кураторов ЦМН", "curators_total", "int", u + "prikaz-97-od-kurator.pdf"),
        ("R", "2.2", "Кол-во соглашений с ОО (в т.ч. вузы, ССУЗы) о предоставлении наставников",
         "agreements_edu_orgs", "int", u + "soglashenie-ogpu-2024.pdf"),
        ("R", "2.3", "Кол-во соглашений с предприятиями", "agreements_enterprises", "int", None),
        ("R", "2.4", "Кол-во соглашений с иными организациями", "agreements_other_orgs", "int", None),
        ("R", "2.5", "Организации, сотрудничающие с гимназией по наставничеству", "partner_list", "list_semi",
         u + "soglashenie-ogpu-2024.pdf"),
        ("R", "2.6", "Кол-во наставников (приказ о закреплении)", "mentors_total", "int",
         u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "2.7", "Кол-во наставляемых (приказ о закреплении)", "mentees_total", "int",
         u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "2.8", "Справка по итогам внутреннего мониторинга (1 – да, 0 – нет)", "internal_monitoring_notes", "10",
         u + "spravka-monitoring-2024.pdf"),
        ("N", "2.9", "Раздел «Наставничество» на сайте гимназии (1 – да, 0 – нет)", 1, u),
        ("H", "Раздел 3. Персонализированные программы наставничества"),
        ("R", "3.1", "ПП «ученик – ученик»", "pp_pupil_pupil", "int", u + "pp-2024/"),
        ("R", "3.2", "ПП «учитель – учитель»", "pp_teacher_teacher", "int", u + "pp-2024/"),
        ("R", "3.3", "ПП «студент – студент»", "pp_student_student", "int", None),
        ("R", "3.4", "ПП «руководитель – педагог»", "pp_head_teacher", "int", u + "pp-2024/"),
        ("R", "3.5", "ПП «студент – ученик»", "pp_student_pupil", "int", None),
        ("R", "3.6", "ПП «учитель – ученик»", "pp_teacher_pupil", "int", u + "pp-2024/"),
        ("R", "3.7", "ПП иной формы (указать форму в примечании)", "pp_other", "int", None),
        ("R", "3.8", "ПП всех форм, итого", "pp_total", "int", u + "pp-2024/"),
        ("H", "Раздел 4. Внешние наставники"),
        ("R", "4.1", "Наставники — сотрудники других ОО", "external_edu_mentors", "int",
         u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "4.2", "Наставники — сотрудники предприятий", "enterprise_mentors", "int", None),
        ("R", "4.3", "Наставники — сотрудники иных организаций", "other_org_mentors", "int", None),
        ("H", "Раздел 5–6. Обучающиеся"),
        ("R", "5.1", "Численность обучающихся от 10 до 19 лет", "students_10_19", "int", None),
        ("R", "5.2", "Обучающиеся 10–19 лет — наставляемые", "mentees_10_19", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "5.3", "в т.ч. из «группы риска»", "mentees_risk", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "5.4", "в т.ч. одарённые", "mentees_gifted", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "5.5", "в т.ч. с ОВЗ и инвалидностью", "mentees_disabled", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "5.6", "в т.ч. с низкой мотивацией к учёбе", "mentees_low_motivation", "int",
         u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "5.7", "в т.ч. испытывающие трудности с выбором профессии", "mentees_career", "int",
         u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "5.8", "в т.ч. по другим параметрам", "mentees_other_params", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "5.9", "Доля обучающихся 10–19 лет в роли наставляемых, %", "share_mentees_10_19", "pct_num", None),
        ("R", "6.1", "Численность обучающихся от 15 до 19 лет", "students_15_19", "int", None),
        ("R", "6.2", "Обучающиеся 15–19 лет — наставники (приказ)", "mentors_15_19", "int",
         u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "6.3", "Доля обучающихся 15–19 лет в роли наставников, %", "share_mentors_15_19", "pct_num", None),
        ("H", "Раздел 7. Удовлетворённость"),
        ("R", "7.1", "Удовлетворённость наставляемых (завершённые ПП), %", "satisfaction_mentees", "pct_num",
         u + "anketirovanie-itogi.pdf"),
        ("R", "7.2", "Удовлетворённость наставников (завершённые ПП), %", "satisfaction_mentors", "pct_num",
         u + "anketirovanie-itogi.pdf"),
        ("H", "Раздел 8–10. Педагоги"),
        ("R", "8.1", "Молодых специалистов в гимназии (до 35 лет, первые 3 года)", "young_specialists", "int", None),
        ("R", "8.2", "из них в роли наставляемых", "young_specialists_mentees", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "8.3", "Доля МС в роли наставляемых, %", "share_young_specialists_mentees", "pct_num", None),
        ("R", "8.4", "Педагогов, не считая МС", "teachers_other", "int", None),
        ("R", "8.5", "из них в роли наставляемых", "teachers_other_mentees", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "8.6", "Доля педагогов в роли наставляемых (МС + остальные), %", "share_teachers_mentees", "pct_num",
         None),
        ("R", "9.1", "Педагогов — участников ПП", "teachers_in_pp", "int", u + "pp-2024/"),
        ("R", "9.2", "Педагогов, прошедших КПК по наставничеству за 2024 г.", "kpk_trained", "int",
         u + "kpk-2024.pdf"),
        ("R", "9.3", "МО наставников гимназии", "school_methodical_associations", "int", u + "mo-nastavnikov.pdf"),
        ("N", "9.4", "Заседаний педсовета / МС по вопросам наставничества", 2, None),
        ("R", "10.1", "Педагоги-наставники", "teachers_mentors", "int", u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "10.2", "Молодые специалисты — наставники", "young_specialists_mentors", "int",
         u + "prikaz-131-od-zakreplenie.pdf"),
        ("R", "10.3", "Доля педагогов-наставников, %", "share_teachers_mentors", "pct_num", None),
        ("R", "10.4", "Доля МС-наставников, %", "share_young_specialists_mentors", "pct_num", None),
        ("H", "Раздел 11. Стимулирование"),
        ("R", "11.1", "Локальных актов об оплате наставничества", "pay_acts", "int", u + "polozhenie-oplata.pdf"),
        ("R", "11.2", "Локальных актов о нематериальном поощрении", "nonmaterial_acts", "int",
         u + "polozhenie-pooshchrenie.pdf"),
    ]
    W = [7, 66, 12, 58, 44]
    for title, corrected in (("Форма", False), ("Форма (исправленная)", True)):
        ws = b.sheet(title, W)
        b.text(ws, "A1", "Мониторинг реализации ЦМН за 2024 год", bold=True, merge_to="D1", size=12)
        b.text(ws, "A2", f"Образовательная организация: {org}", bold=True, merge_to="D2")
        b.text(ws, "A3", "Версия от 30.10.2024 (исправлено по замечаниям ИМЦ)" if corrected
               else "Отправлено 21.10.2024", merge_to="D3")
        hdr = ["№", "Наименование показателя", "Значение", "Ссылка"] + (["Что исправлено"] if corrected else [])
        for c, h in zip("ABCDE", hdr):
            b.text(ws, f"{c}5", h, bold=True, border=True, fill=BLUE)
        if corrected:
            b.table(ws, 6, rows, {"num": "A", "title": "B", "val": "C", "link": "D"}, link_mode="url", D=D)
            for row in ws.iter_rows(min_row=6, max_row=ws.max_row):
                r = row[0].row
                crit = next((c["criterion"] for c in b.cells
                             if c["sheet"] == title and c["cell"] == f"C{r}"), None)
                if crit in wrong:
                    ws[f"C{r}"].fill = YELLOW
                    ws[f"E{r}"] = wrong[crit][1]
                if crit in wrong_links:
                    ws[f"D{r}"].fill = YELLOW
                    ws[f"E{r}"] = wrong_links[crit][1]
        else:
            Dw = dict(D)
            for k, (v, _) in wrong.items():
                Dw[k] = v
            r = 6
            for row in rows:
                if row[0] == "H":
                    b.text(ws, f"A{r}", row[1], bold=True, merge_to=f"D{r}", fill=GREY, border=True)
                else:
                    b.text(ws, f"A{r}", row[1], border=True)
                    b.text(ws, f"B{r}", row[2], border=True)
                    if row[0] == "R":
                        crit, url = row[3], row[5]
                        b.text(ws, f"C{r}", Dw[crit] if not isinstance(Dw[crit], list) else "; ".join(Dw[crit]),
                               border=True)
                        if crit in wrong_links:
                            url = wrong_links[crit][0]
                        if url:
                            c = ws[f"D{r}"]
                            c.value = url
                            c.hyperlink = url
                            c.font = Font(color="0563C1", underline="single")
                    else:
                        b.text(ws, f"C{r}", row[3], border=True)
                        b.text(ws, f"D{r}", row[4], border=True)
                r += 1
    ws = b.wb["Форма (исправленная)"]
    b.text(ws, f"A{ws.max_row + 2}", "Исполнитель: зам. директора Вахрушева Ю.П.", merge_to=f"D{ws.max_row + 2}")
    return b


# =====================================================================================================
# 5. СОШ № 3: one form sheet (direction merged down the first column) and a last sheet of notes
# =====================================================================================================
def book_sosh3():
    org = "МБОУ «СОШ № 3 им. В.Г. Коробейникова»"
    b = Book("sosh3_CMN_2024_s_poyasneniyami.xlsx", org, "form and a notes sheet")
    D = with_shares({
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 0,
        "internal_monitoring_notes": 1, "curators_total": 1,
        "agreements_edu_orgs": 0, "agreements_enterprises": 1, "agreements_other_orgs": 1,
        "partner_list": ["СПК «Колхоз «Рассвет»»", "БУЗ «Озёрнокамская районная больница»"],
        "external_edu_mentors": 0, "enterprise_mentors": 1, "other_org_mentors": 1,
        "mentors_total": 30, "mentees_total": 64,
        "pp_pupil_pupil": 16, "pp_teacher_teacher": 7, "pp_student_student": 0, "pp_head_teacher": 0,
        "pp_student_pupil": 0, "pp_teacher_pupil": 24, "pp_other": 3, "pp_total": 50,
        "students_10_19": 488, "mentees_10_19": 57, "mentees_risk": 7, "mentees_gifted": 6,
        "mentees_disabled": 8, "mentees_low_motivation": 11, "mentees_career": 9, "mentees_other_params": 16,
        "students_15_19": 143, "mentors_15_19": 18,
        "satisfaction_mentees": 87.5, "satisfaction_mentors": 90.0,
        "young_specialists": 4, "young_specialists_mentees": 4, "teachers_other": 37, "teachers_other_mentees": 3,
        "teachers_mentors": 10, "young_specialists_mentors": 0,
        "teachers_in_pp": 17, "kpk_trained": 2,
        "kpk_courses": ["«Организация наставничества в ОО в рамках ЦМН» (ИРО УР, 36 ч)",
                        "«Наставник молодого педагога» (Учи.ру, 72 ч)"],
        "school_methodical_associations": 0, "pay_acts": 0, "nonmaterial_acts": 1,
    })
    u = "https://sosh3-ozerno.gosuslugi.ru/nastavnichestvo/"
    disk = "https://disk.yandex.ru/d/Sh3nastav2024"
    ws = b.sheet("ЦМН-2024", [30, 62, 11, 14, 52])
    b.text(ws, "A1", "Мониторинг целевой модели наставничества педагогических работников и обучающихся", bold=True,
           merge_to="E1", size=12)
    b.text(ws, "A2", org + ", Озёрнокамский МО, 2024 год", bold=True, merge_to="E2")
    for c, h in zip("ABCDE", ["Показатель", "Критерий", "Ед. изм.", "Значение", "Источник информации (ссылка)"]):
        b.text(ws, f"{c}4", h, bold=True, border=True, fill=BLUE)
    blocks = [
        ("1. Нормативная база", [
            ("Положение о наставничестве педагогов (приказ)", "orgs_regulation_teachers", "да/нет", "Да",
             u + "polozhenie-ped.pdf"),
            ("Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", "да/нет", "Да",
             u + "polozhenie-obuch.pdf"),
            ("Приказ о мониторинге реализации ЦМН в школе", "orgs_monitoring_order", "да/нет", "Да", None),
        ]),
        ("2. Организация процесса", [
            ("Куратор внедрения ЦМН", "curators_total", "чел.", "int", u + "prikaz-kurator.pdf"),
            ("Соглашения с предприятиями о наставниках", "agreements_enterprises", "шт.", "int", disk),
            ("Соглашения с иными организациями о наставниках", "agreements_other_orgs", "шт.", "int", disk),
            ("Соглашения с другими ОО", "agreements_edu_orgs", "шт.", "int", None),
            ("Партнёры школы по наставничеству", "partner_list", "назв.", "list_nl", disk),
            ("Наставников в базе школы (по приказу)*", "mentors_total", "чел.", "int", u + "prikaz-baza.pdf"),
            ("Наставляемых в базе школы (по приказу)", "mentees_total", "чел.", "int", u + "prikaz-baza.pdf"),
            ("Справка по внутреннему мониторингу", "internal_monitoring_notes", "да/нет", "Да",
             u + "spravka-2024.pdf"),
            ("NC", "Наставнических пар на 31.12.2024", "пар", 47, None),
        ]),
        ("3. Персонализированные программы (ПП)", [
            ("ПП «ученик — ученик»", "pp_pupil_pupil", "шт.", "int", u + "pp.pdf"),
            ("ПП «учитель — учитель»", "pp_teacher_teacher", "шт.", "int", u + "pp.pdf"),
            ("ПП «руководитель — педагог»", "pp_head_teacher", "шт.", "int", None),
            ("ПП «учитель — ученик»", "pp_teacher_pupil", "шт.", "int", u + "pp.pdf"),
            ("ПП иной формы**", "pp_other", "шт.", "int", u + "pp.pdf"),
            ("ПП всего", "pp_total", "шт.", "int", u + "pp.pdf"),
        ]),
        ("4. Наставники от партнёров", [
            ("из других школ, колледжей, вузов", "external_edu_mentors", "чел.", "int", None),
            ("из предприятий (СПК «Рассвет»)", "enterprise_mentors", "чел.", "int", u + "prikaz-baza.pdf"),
            ("из иных организаций (районная больница)", "other_org_mentors", "чел.", "int", u + "prikaz-baza.pdf"),
        ]),
        ("5. Охват обучающихся 10–19 лет (наставляемые)", [
            ("NC", "Обучающихся в школе всего (1–11 кл.)", "чел.", 612, None),
            ("Обучающихся 10–19 лет", "students_10_19", "чел.", "int", None),
            ("из них наставляемые", "mentees_10_19", "чел.", "int", disk),
            ("из «группы риска»", "mentees_risk", "чел.", "int", disk),
            ("одарённые (реестр)", "mentees_gifted", "чел.", "int", disk),
            ("дети с ОВЗ / инвалиды", "mentees_disabled", "чел.", "int", disk),
            ("низкомотивированные, неуспевающие", "mentees_low_motivation", "чел.", "int", disk),
            ("с трудностями профессионального выбора", "mentees_career", "чел.", "int", disk),
            ("иные", "mentees_other_params", "чел.", "int", disk),
            ("Доля наставляемых от числа обучающихся 10–19 лет", "share_mentees_10_19", "%", "pct_num", None),
        ]),
        ("6. Обучающиеся 15–19 лет — наставники", [
            ("Обучающихся 15–19 лет***", "students_15_19", "чел.", "int", None),
            ("из них наставники по приказу", "mentors_15_19", "чел.", "int", u + "prikaz-baza.pdf"),
            ("Доля", "share_mentors_15_19", "%", "pct_num", None),
        ]),
        ("7. Удовлетворённость", [
            ("наставляемых", "satisfaction_mentees", "%", "pct_num", disk),
            ("наставников", "satisfaction_mentors", "%", "pct_num", disk),
        ]),
        ("8. Педагоги — наставляемые", [
            ("Молодых специалистов (до 35 л., стаж до 3 л.)", "young_specialists", "чел.", "int", None),
            ("МС — наставляемые", "young_specialists_mentees", "чел.", "int", u + "prikaz-baza.pdf"),
            ("Доля МС-наставляемых", "share_young_specialists_mentees", "%", "pct_num", None),
            ("Остальных педагогов", "teachers_other", "чел.", "int", None),
            ("Остальные педагоги — наставляемые", "teachers_other_mentees", "чел.", "int", u + "prikaz-baza.pdf"),
            ("Доля педагогов-наставляемых (всех)", "share_teachers_mentees", "%", "pct_num", None),
        ]),
        ("9. Профессиональное развитие", [
            ("Педагоги в утверждённых ПП", "teachers_in_pp", "чел.", "int", u + "pp.pdf"),
            ("Обучились на КПК по наставничеству в 2024 г.", "kpk_trained", "чел.", "int", disk),
            ("Курсы (названия)", "kpk_courses", "", "list_nl", None),
            ("ШМО наставников", "school_methodical_associations", "шт.", "int", None),
        ]),
        ("10. Педагоги — наставники", [
            ("Педагоги-наставники", "teachers_mentors", "чел.", "int", u + "prikaz-baza.pdf"),
            ("из них МС", "young_specialists_mentors", "чел.", "int", None),
            ("Доля педагогов-наставников", "share_teachers_mentors", "%", "pct_num", None),
            ("Доля МС-наставников", "share_young_specialists_mentors", "%", "pct_num", None),
        ]),
        ("11. Стимулирование", [
            ("Акты об оплате работы наставников", "pay_acts", "шт.", "int", None),
            ("Акты о нематериальном поощрении наставников", "nonmaterial_acts", "шт.", "int",
             u + "polozhenie-o-pooshchrenii.pdf"),
        ]),
    ]
    r = 5
    for head, items in blocks:
        start = r
        for it in items:
            if it[0] == "NC":
                _, title, unit, raw, url = it
                b.text(ws, f"B{r}", title, border=True)
                b.text(ws, f"C{r}", unit, border=True)
                b.text(ws, f"D{r}", raw, border=True)
                b.not_criteria.append(title)
            else:
                title, crit, unit, style, url = it
                b.text(ws, f"B{r}", title, border=True)
                b.text(ws, f"C{r}", unit, border=True)
                b.value(ws, f"D{r}", crit, D[crit], style)
                if url:
                    b.link(ws, f"E{r}", crit, url, "text")
                else:
                    ws[f"E{r}"].border = BOX
            r += 1
        b.text(ws, f"A{start}", head, bold=True, border=True)
        if r - 1 > start:
            ws.merge_cells(f"A{start}:A{r - 1}")
        ws[f"A{start}"].alignment = Alignment(wrap_text=True, vertical="center")
        b.headings.append(head)
    b.text(ws, f"A{r + 1}", "* ** *** — см. лист «Пояснения»", merge_to=f"E{r + 1}")
    b.text(ws, f"A{r + 2}", "Заполнил: куратор ЦМН, учитель технологии Тронин С.Л.   25.10.2024", merge_to=f"E{r + 2}")

    ws = b.sheet("Пояснения", [110])
    notes = [
        "Пояснения МБОУ «СОШ № 3» к форме мониторинга ЦМН за 2024 г.",
        "",
        "* В числе 30 наставников: 10 педагогов, 18 обучающихся 9–11 кл., 1 агроном СПК «Колхоз «Рассвет»», "
        "1 фельдшер районной больницы. В 2023 г. наставников было 24.",
        "** ПП иной формы (3): «родитель — ученик» — 2, «выпускник — ученик» — 1.",
        "*** Численность обучающихся 15–19 лет взята из отчёта ОО-1 на 20.09.2024 (143 чел.), "
        "по 9–11 кл. всего 165 чел., из них 22 ещё нет 15 лет.",
        "Приказ о мониторинге ЦМН в 2024 г. не издавался, мониторинг проведён по плану ВШК (приказ № 112 от "
        "30.08.2024 «Об утверждении плана ВШК»).",
        "Положение об оплате работы наставников находится на согласовании с профкомом, в 2024 г. доплаты "
        "производились из стимулирующего фонда (5 педагогов).",
        "Анкетирование удовлетворённости: опрошено 41 наставляемый и 20 наставников, завершивших программы в мае и "
        "декабре 2024 г.",
        "Планируем в 2025 г.: создать ШМО наставников, заключить соглашение с Озёрнокамским аграрным техникумом.",
    ]
    for i, t in enumerate(notes, start=1):
        ws[f"A{i}"] = t
        ws[f"A{i}"].alignment = WRAP
    ws["A1"].font = BOLD
    return b


# =====================================================================================================
# 6. Каменская ООШ: a form over two sheets and a last sheet of chart data with a bar chart
# =====================================================================================================
def book_kamenka():
    org = "Муниципальное бюджетное общеобразовательное учреждение «Каменская основная общеобразовательная школа»"
    b = Book("kamenskaya_oosh_2024.xlsx", org, "form over two sheets and a chart-data sheet")
    D = with_shares({
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 1,
        "agreements_edu_orgs": 1, "agreements_enterprises": 0, "agreements_other_orgs": 0,
        "partner_list": ["МБОУ «СОШ № 12»"],
        "external_edu_mentors": 1, "enterprise_mentors": 0, "other_org_mentors": 0,
        "mentors_total": 9, "mentees_total": 24,
        "pp_pupil_pupil": 3, "pp_teacher_teacher": 2, "pp_student_student": 0, "pp_head_teacher": 0,
        "pp_student_pupil": 0, "pp_teacher_pupil": 12, "pp_other": 0, "pp_total": 17,
        "students_10_19": 102, "mentees_10_19": 22, "mentees_risk": 4, "mentees_gifted": 0,
        "mentees_disabled": 3, "mentees_low_motivation": 6, "mentees_career": 5, "mentees_other_params": 4,
        "students_15_19": 21, "mentors_15_19": 3,
        "satisfaction_mentees": 96.0, "satisfaction_mentors": 100.0,
        "young_specialists": 1, "young_specialists_mentees": 1, "teachers_other": 15, "teachers_other_mentees": 1,
        "teachers_mentors": 5, "young_specialists_mentors": 0,
        "teachers_in_pp": 7, "kpk_trained": 1, "school_methodical_associations": 0,
        "pay_acts": 0, "nonmaterial_acts": 1,
    })
    u = "https://kamenskaya-oosh.gosuslugi.ru/roditelyam-i-uchenikam/nastavnichestvo/"
    cols = {"num": "A", "title": "B", "val": "C", "link": "D"}
    W = [6, 60, 14, 16]
    ws = b.sheet("Форма (стр. 1)", W)
    b.text(ws, "A1", "Форма мониторинга ЦМН. Отчётный год: 2024", bold=True, merge_to="D1", size=12)
    b.text(ws, "A2", "ОО: " + org, bold=True, merge_to="D2")
    for c, h in zip("ABCD", ["№", "Критерий", "Значение", "Документ"]):
        b.text(ws, f"{c}4", h, bold=True, border=True, fill=BLUE)
    base = u + "prikaz-56-baza.pdf"
    b.table(ws, 5, [
        ("H", "Нормативное обеспечение"),
        ("R", "1", "Положение о системе наставничества педагогических работников (утв. приказом)",
         "orgs_regulation_teachers", "имеется", u + "polozhenie-pedagogi.pdf"),
        ("R", "2", "Положение о системе наставничества обучающихся (утв. приказом)", "orgs_regulation_students",
         "имеется", u + "polozhenie-obuchayushchiesya.pdf"),
        ("R", "3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "имеется", u + "prikaz-60-monitoring.pdf"),
        ("H", "Организация процесса"),
        ("R", "4", "Куратор (чел.)", "curators_total", "int", u + "prikaz-55-kurator.pdf"),
        ("R", "5", "Наставники (приказ), чел.", "mentors_total", "int", base),
        ("R", "6", "Наставляемые (приказ), чел.", "mentees_total", "int", base),
        ("R", "7", "Договор о сетевом взаимодействии с ОО (наставники)", "agreements_edu_orgs", "int",
         u + "dogovor-sosh12.pdf"),
        ("R", "8", "Договоры с предприятиями", "agreements_enterprises", "int", None),
        ("R", "9", "Договоры с иными организациями", "agreements_other_orgs", "int", None),
        ("R", "10", "С кем сотрудничаем", "partner_list", "list_semi", u + "dogovor-sosh12.pdf"),
        ("R", "11", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "имеется",
         u + "spravka-2024.pdf"),
        ("H", "Персонализированные программы"),
        ("R", "12", "уч-ся — уч-ся", "pp_pupil_pupil", "int", u + "pp-2024.pdf"),
        ("R", "13", "педагог — педагог", "pp_teacher_teacher", "int", u + "pp-2024.pdf"),
        ("R", "14", "педагог — уч-ся", "pp_teacher_pupil", "int", u + "pp-2024.pdf"),
        ("R", "15", "Всего ПП", "pp_total", "int", u + "pp-2024.pdf"),
        ("H", "Внешние наставники"),
        ("R", "16", "учителя МБОУ «СОШ № 12» (по договору)", "external_edu_mentors", "int", base),
    ], cols, link_mode="документ", D=D)
    b.text(ws, "A28", "продолжение на листе «Форма (стр. 2)»", merge_to="D28")

    ws = b.sheet("Форма (стр. 2)", W)
    for c, h in zip("ABCD", ["№", "Критерий", "Значение", "Документ"]):
        b.text(ws, f"{c}1", h, bold=True, border=True, fill=BLUE)
    r = b.table(ws, 2, [
        ("H", "Обучающиеся"),
        ("R", "17", "Обучающиеся 10–19 лет (5–9 кл.)", "students_10_19", "int", None),
        ("R", "18", "Наставляемые 10–19 лет", "mentees_10_19", "int", base),
        ("R", "18.1", "«группа риска»", "mentees_risk", "int", base),
        ("R", "18.2", "одарённые", "mentees_gifted", "int", None),
        ("R", "18.3", "ОВЗ", "mentees_disabled", "int", base),
        ("R", "18.4", "неуспевающие / низкая мотивация", "mentees_low_motivation", "int", base),
        ("R", "18.5", "профориентация", "mentees_career", "int", base),
        ("R", "18.6", "другое", "mentees_other_params", "int", base),
        ("R", "19", "Доля наставляемых 10–19 лет", "share_mentees_10_19", "pct_frac", None),
        ("R", "20", "Обучающиеся 15–19 лет (9 кл.)", "students_15_19", "int", None),
        ("R", "21", "Наставники-девятиклассники (приказ)", "mentors_15_19", "int", base),
        ("R", "22", "Доля наставников из обучающихся 15–19 лет", "share_mentors_15_19", "pct_frac", None),
        ("H", "Удовлетворённость участников, %"),
        ("R", "23", "наставляемые", "satisfaction_mentees", "pct_num", u + "anketa-2024.pdf"),
        ("R", "24", "наставники", "satisfaction_mentors", "pct_num", u + "anketa-2024.pdf"),
        ("H", "Педагоги"),
        ("R", "25", "Молодые специалисты", "young_specialists", "int", None),
        ("R", "26", "МС-наставляемые", "young_specialists_mentees", "int", base),
        ("R", "27", "% МС-наставляемых", "share_young_specialists_mentees", "pct_frac", None),
        ("R", "28", "Прочие педагоги", "teachers_other", "int", None),
        ("R", "29", "Прочие педагоги — наставляемые", "teachers_other_mentees", "int", base),
        ("R", "30", "% педагогов-наставляемых (всего)", "share_teachers_mentees", "pct_frac", None),
        ("R", "31", "Педагоги-наставники", "teachers_mentors", "int", base),
        ("R", "32", "МС-наставники", "young_specialists_mentors", "int", None),
        ("R", "33", "% педагогов-наставников", "share_teachers_mentors", "pct_frac", None),
        ("R", "34", "Педагоги — участники ПП", "teachers_in_pp", "int", u + "pp-2024.pdf"),
        ("N", "34а", "Мероприятия «Недели наставничества» (ед.)", 3, None),
        ("R", "35", "КПК по наставничеству в 2024 г.", "kpk_trained", "int", u + "kpk-2024.pdf"),
        ("H", "Стимулирование"),
        ("R", "36", "Положение об оплате наставничества", "pay_acts", "int", None),
        ("R", "37", "Положение о нематериальном поощрении", "nonmaterial_acts", "int", u + "pooshchrenie.pdf"),
    ], cols, link_mode="документ", D=D)
    b.text(ws, f"A{r + 1}", "Директор _______ Е.В. Бабинцева", merge_to=f"D{r + 1}")

    ws = b.sheet("Для диаграммы", [44, 10, 10, 10])
    ws["A1"] = "Динамика (для выступления на педсовете 08.11.2024)"
    ws["A1"].font = BOLD
    data = [["", 2022, 2023, 2024],
            ["Наставники (по приказу)", 6, 8, D["mentors_total"]],
            ["Наставляемые (по приказу)", 18, 21, D["mentees_total"]],
            ["Наставляемые 10–19 лет", 14, 17, D["mentees_10_19"]],
            ["Персонализированные программы", 11, 14, D["pp_total"]],
            ["Доля наставляемых 10–19 лет, %", 13.9, 16.5, D["share_mentees_10_19"]]]
    for i, row in enumerate(data, start=3):
        for j, v in enumerate(row, start=1):
            ws.cell(row=i, column=j, value=v)
    chart = BarChart()
    chart.title = "Наставничество в Каменской ООШ, 2022–2024"
    chart.add_data(Reference(ws, min_col=2, max_col=4, min_row=3, max_row=7), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=7))
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, "F3")
    return b


def main():
    books = [book_licey5(), book_sosh12(), book_ddt(), book_gimn2(), book_sosh3(), book_kamenka()]
    expected = [bk.save() for bk in books]
    cells = [c for bk in books for c in bk.cells]
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1), encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print(f"{e['file']}: {len(e['values'])} values, {len(e['links'])} links, "
              f"{len(e['not_criteria'])} not criteria")
    print(f"{len(expected)} files, {len(expected)} forms, {nv} values, {nl} links")


if __name__ == "__main__":
    main()
