#!/usr/bin/env python3
"""heldout102: the criterion's wording spread over the columns of a hierarchy (tree).

Each form gives a row's meaning only as parent + group + measure («Наставляемые | обучающиеся 10–19 лет |
доля, %»).  Seven files vary how the tree is typed: merged parents, parents typed only on their first row,
parents repeated on every row, two levels, three levels, indentation by Excel indent levels, indentation
by leading spaces under a merged direction column.

Deterministic: no randomness at all, every figure is written out below.
Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import pathlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

YEAR = 2024
SAME = object()          # link sentinel: this row shares the link cell merged from the row above

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center")


def load_catalogue():
    ids = set()
    with open(CRITERIA_TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t")[0])
    return ids


CATALOGUE = load_catalogue()
ORG_YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
             "internal_monitoring_notes"}


def r2(x):
    return round(x + 1e-12, 2)


def share(part, whole):
    return r2(100.0 * part / whole)


# --------------------------------------------------------------------------------------------------
# Figures of the organisations (городской округ «Город Камышинск», Удмуртская Республика — invented)
# --------------------------------------------------------------------------------------------------
def complete(d):
    """Add the shares that follow from the counts."""
    d["share_mentees_10_19"] = share(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = share(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = share(d["young_specialists_mentees"], d["young_specialists"])
    teachers = d["teachers_other"] + d["young_specialists"]
    d["share_teachers_mentees"] = share(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = share(d["teachers_mentors"], teachers)
    d["share_young_specialists_mentors"] = share(d["young_specialists_mentors"], d["young_specialists"])
    pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
          "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    d["pp_total"] = sum(d.get(k, 0) for k in pp)
    groups = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
              "mentees_career", "mentees_other_params"]
    assert sum(d.get(k, 0) for k in groups) == d["mentees_10_19"], d
    assert d["mentees_total"] >= d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    assert d["mentors_total"] >= d["mentors_15_19"] + d["teachers_mentors"]
    return d


SOSH3 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=1, nonmaterial_acts=1, curators_total=2,
    mentors_total=41, external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=2,
    students_15_19=188, mentors_15_19=21, teachers_mentors=15, young_specialists_mentors=2,
    mentees_total=87, students_10_19=612, mentees_10_19=74,
    mentees_risk=9, mentees_gifted=12, mentees_disabled=5, mentees_low_motivation=14, mentees_career=16,
    mentees_other_params=18,
    young_specialists=9, young_specialists_mentees=7, teachers_other=52, teachers_other_mentees=6,
    pp_pupil_pupil=21, pp_teacher_teacher=11, pp_head_teacher=2, pp_teacher_pupil=22, pp_student_pupil=0,
    pp_other=2, teachers_in_pp=19,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="ГБПОУ «Камышинский политехнический техникум»; ООО «Камышинский хлебозавод»; "
                 "МБУК «Централизованная библиотечная система г. Камышинска»",
    satisfaction_mentees=92.4, satisfaction_mentors=90.1,
    kpk_trained=4,
    kpk_courses="«Организация сопровождения наставничества в образовательной организации», АОУ ДПО УР ИРО, 24 ч.",
    school_methodical_associations=1,
))

GIMN1 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=1, nonmaterial_acts=2, curators_total=2,
    mentors_total=66, external_edu_mentors=3, enterprise_mentors=1, other_org_mentors=2,
    students_15_19=286, mentors_15_19=39, teachers_mentors=21, young_specialists_mentors=3,
    mentees_total=148, students_10_19=845, mentees_10_19=131,
    mentees_risk=7, mentees_gifted=38, mentees_disabled=4, mentees_low_motivation=11, mentees_career=29,
    mentees_other_params=42,
    young_specialists=11, young_specialists_mentees=9, teachers_other=64, teachers_other_mentees=8,
    pp_pupil_pupil=34, pp_teacher_teacher=14, pp_head_teacher=3, pp_student_pupil=2, pp_teacher_pupil=27,
    pp_student_student=0, pp_other=0, teachers_in_pp=26,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=2,
    partner_list="ФГБОУ ВО «Удмуртский государственный университет»; МАОУ «Лицей № 2»; "
                 "АО «Камышинский машиностроительный завод»; МБУК «Краеведческий музей»; АНО «Школа вожатых»",
    satisfaction_mentees=94.2, satisfaction_mentors=91.8,
    kpk_trained=6, school_methodical_associations=2,
))

SOSH7 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    pay_acts=0, nonmaterial_acts=1, curators_total=1,
    mentors_total=23, external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=1,
    students_15_19=131, mentors_15_19=8, teachers_mentors=11, young_specialists_mentors=0,
    mentees_total=50, students_10_19=503, mentees_10_19=41,
    mentees_risk=11, mentees_gifted=3, mentees_disabled=6, mentees_low_motivation=9, mentees_career=7,
    mentees_other_params=5,
    young_specialists=6, young_specialists_mentees=6, teachers_other=47, teachers_other_mentees=3,
    pp_pupil_pupil=8, pp_teacher_teacher=7, pp_head_teacher=1, pp_teacher_pupil=12, teachers_in_pp=12,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=1,
    partner_list="МБУ ДО «Дом детского творчества»; МБУ «Молодёжный центр «Импульс»»",
    satisfaction_mentees=88.5, satisfaction_mentors=87.0,
    kpk_trained=2, school_methodical_associations=1,
))

KLUCHI = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=0, nonmaterial_acts=1, curators_total=1,
    mentors_total=6, external_edu_mentors=0, enterprise_mentors=0, other_org_mentors=0,
    students_15_19=9, mentors_15_19=2, teachers_mentors=4, young_specialists_mentors=0,
    mentees_total=14, students_10_19=48, mentees_10_19=12,
    mentees_risk=3, mentees_disabled=2, mentees_low_motivation=4, mentees_career=3,
    young_specialists=1, young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=1,
    pp_pupil_pupil=2, pp_teacher_teacher=2, pp_teacher_pupil=5, teachers_in_pp=4,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
    satisfaction_mentees=100.0, satisfaction_mentors=95.0,
    kpk_trained=1,
))

LICEY2 = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    pay_acts=1, nonmaterial_acts=1, curators_total=2,
    mentors_total=91, external_edu_mentors=5, enterprise_mentors=3, other_org_mentors=2,
    students_15_19=392, mentors_15_19=52, teachers_mentors=27, young_specialists_mentors=4,
    mentees_total=210, students_10_19=934, mentees_10_19=188,
    mentees_risk=6, mentees_gifted=71, mentees_disabled=3, mentees_low_motivation=8, mentees_career=54,
    mentees_other_params=46,
    young_specialists=14, young_specialists_mentees=12, teachers_other=71, teachers_other_mentees=10,
    pp_pupil_pupil=61, pp_teacher_teacher=18, pp_head_teacher=4, pp_student_pupil=6, pp_teacher_pupil=38,
    pp_other=3, pp_student_student=0, teachers_in_pp=33,
    agreements_edu_orgs=3, agreements_enterprises=2, agreements_other_orgs=1,
    partner_list="ФГБОУ ВО «УдГУ»; ГБПОУ «Камышинский политехнический техникум»; МАОУ «Гимназия № 1»; "
                 "ООО «Камнефтехим»; АО «Камышинская ТЭЦ»; АНО «Центр «Точка роста»»",
    satisfaction_mentees=95.6, satisfaction_mentors=93.4,
    kpk_trained=8,
    kpk_courses="«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч.); "
                "«Школа наставника» (ЦНППМ, 24 ч.)",
    school_methodical_associations=2,
))

DDT = complete(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, mentors_total=17, other_org_mentors=1,
    students_15_19=210, mentors_15_19=9, teachers_mentors=7, young_specialists_mentors=0,
    mentees_total=71, students_10_19=1130, mentees_10_19=64,
    mentees_gifted=22, mentees_disabled=4, mentees_other_params=38,
    young_specialists=5, young_specialists_mentees=4, teachers_other=38, teachers_other_mentees=3,
    pp_pupil_pupil=6, pp_teacher_teacher=5, pp_teacher_pupil=14, teachers_in_pp=8,
    agreements_other_orgs=2,
    partner_list="МБУК «Камышинский краеведческий музей»; МБУК «ЦБС г. Камышинска»",
    satisfaction_mentees=97.0, satisfaction_mentors=94.5,
))

MUNI = complete(dict(
    orgs_total=14, orgs_regulation_teachers=14, orgs_regulation_students=13, orgs_monitoring_order=12,
    internal_monitoring_notes=11, municipal_order=1, municipal_analytic_note=1,
    curators_total=19, mentors_total=402, mentees_total=986,
    agreements_edu_orgs=11, agreements_enterprises=5, agreements_other_orgs=9,
    partner_list="ФГБОУ ВО «УдГУ»; ГБПОУ «Камышинский политехнический техникум»; АО «Камышинский "
                 "машиностроительный завод»; ООО «Камнефтехим»; АО «Камышинская ТЭЦ»; ООО «Камышинский хлебозавод»; "
                 "МБУК «Краеведческий музей»; МБУ «Молодёжный центр «Импульс»»",
    external_edu_mentors=19, other_org_mentors=12, enterprise_mentors=7,
    pp_pupil_pupil=171, pp_teacher_teacher=96, pp_student_student=0, pp_head_teacher=14, pp_student_pupil=8,
    pp_teacher_pupil=214, pp_other=9,
    students_10_19=6840, mentees_10_19=802,
    mentees_risk=61, mentees_gifted=178, mentees_disabled=37, mentees_low_motivation=84, mentees_career=161,
    mentees_other_params=281,
    students_15_19=1920, mentors_15_19=161,
    satisfaction_mentees=92.35, satisfaction_mentors=90.12,
    young_specialists=83, young_specialists_mentees=66, teachers_other=822, teachers_other_mentees=71,
    teachers_in_pp=231, kpk_trained=31, municipal_methodical_associations=2, school_methodical_associations=12,
    teachers_mentors=176, young_specialists_mentors=12,
    pay_acts=10, nonmaterial_acts=12, best_practices=4, contests=1, network_community=1, network_mentors=6,
))
MUNI["teachers_municipal"] = MUNI["teachers_other"] + MUNI["young_specialists"]
MUNI["young_specialists_municipal"] = MUNI["young_specialists"]
MUNI["share_orgs_teachers_system"] = share(MUNI["orgs_regulation_teachers"], MUNI["orgs_total"])
MUNI["share_orgs_students_system"] = share(MUNI["orgs_regulation_students"], MUNI["orgs_total"])


# --------------------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------------------
FORMS = []
CELLS = []


class Form:
    def __init__(self, file, sheet, organisation, data):
        self.file = file
        self.sheet = sheet
        self.organisation = organisation
        self.data = data
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        FORMS.append(self)

    def value(self, crit, cell, typed_note=""):
        assert crit in CATALOGUE, crit
        assert crit not in self.values, (self.file, crit)
        exp = self.data[crit]
        self.values[crit] = exp
        CELLS.append({"file": self.file, "sheet": self.sheet, "cell": cell, "criterion": crit,
                      "kind": "value", "expected": exp})

    def link(self, crit, cell, url):
        self.links[crit] = url
        CELLS.append({"file": self.file, "sheet": self.sheet, "cell": cell, "criterion": crit,
                      "kind": "link", "expected": url})

    def as_json(self):
        d = {"file": self.file, "year": YEAR, "organisation": self.organisation}
        if self.sheet_is_named:
            d["sheet"] = self.sheet
        d.update({"values": self.values, "links": self.links, "not_criteria": self.not_criteria,
                  "headings": self.headings})
        return d

    sheet_is_named = False


def typed_value(form, crit, style):
    """What the person typed for this criterion's value: (cell value, number format or None)."""
    v = form.data[crit]
    unit = None
    for line in open(CRITERIA_TSV, encoding="utf-8"):
        if line.startswith(crit + "\t"):
            unit = line.split("\t")[2]
            break
    if form.organisation is not None and crit in ORG_YESNO:
        unit = "yesno"          # counted over organisations by the municipality, answered да/нет by one
    if unit == "yesno":
        return style["yes"] if v == 1 else style["no"], None
    if unit in ("share", "level"):
        how = style.get(unit, "num")
        if how == "frac":
            return round(v / 100.0, 6), "0.00%"
        if how == "str":
            s = ("%.2f" % v).rstrip("0").rstrip(".").replace(".", ",")
            return s + " %", None
        return v, "0.00" if unit == "share" else None
    return v, None


# --------------------------------------------------------------------------------------------------
# The generic tree writer for the column layouts
# --------------------------------------------------------------------------------------------------
def write_tree(ws, form, rows, first_row, path_cols, value_col, link_col, mode, style,
               unit_col=None, note_col=None, num_col=None):
    """rows: dicts with keys
         path: tuple of texts (len == len(path_cols)); None at level i>0 means 'no group here, the
               next level's text spans this column too'
         crit: criterion id, or None for a row that is not a criterion (then 'nc' is the typed value)
         link: url, SAME, None, or ('text', url) for a hyperlink with shown text
         unit, note: optional texts
       mode: 'merged' | 'first' | 'repeat'
    """
    r = first_row
    placed = []  # (row, path)
    link_anchor = None
    for i, row in enumerate(rows):
        path = row["path"]
        # path cells
        for lvl, col in enumerate(path_cols):
            text = path[lvl]
            if text is None:
                continue
            prev_same = (i > 0 and rows[i - 1]["path"][:lvl + 1] == path[:lvl + 1]) and lvl < len(path_cols) - 1
            if mode in ("merged", "first") and prev_same:
                continue
            c = ws.cell(row=r, column=col, value=text)
            c.alignment = WRAP_TOP
            if lvl == 0:
                c.font = BOLD
        # a None group: next level's text is written into the group column and spans
        for lvl in range(1, len(path_cols)):
            if path[lvl] is None:
                # the deepest non-None text after lvl
                nxt = next(t for t in path[lvl + 1:] if t is not None)
                ws.cell(row=r, column=path_cols[lvl], value=nxt).alignment = WRAP_TOP
                # clear the later column that holds the same text
                for l2 in range(lvl + 1, len(path_cols)):
                    if path[l2] == nxt:
                        ws.cell(row=r, column=path_cols[l2], value=None)
                if mode == "merged":
                    ws.merge_cells(start_row=r, start_column=path_cols[lvl], end_row=r,
                                   end_column=path_cols[-1])
                break
        if num_col is not None and row.get("num") is not None:
            ws.cell(row=r, column=num_col, value=row["num"])
        if unit_col is not None and row.get("unit"):
            ws.cell(row=r, column=unit_col, value=row["unit"])
        if note_col is not None and row.get("note"):
            ws.cell(row=r, column=note_col, value=row["note"]).alignment = WRAP_TOP
        # value
        crit = row.get("crit")
        vc = ws.cell(row=r, column=value_col)
        if crit:
            if "typed" in row:
                v, fmt = row["typed"], None
            else:
                v, fmt = typed_value(form, crit, style)
            vc.value = v
            if fmt:
                vc.number_format = fmt
            form.value(crit, vc.coordinate)
        elif "nc" in row:
            vc.value = row["nc"]
            form.not_criteria.append(" | ".join(t for t in path if t is not None))
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if row.get("linknote"):
            ws.cell(row=r, column=link_col, value=row["linknote"]).alignment = WRAP_TOP
        # link
        link = row.get("link")
        if link is SAME:
            # extend the merge from link_anchor
            start_r = link_anchor[0]
            url = link_anchor[1]
            if crit:
                form.link(crit, ws.cell(row=start_r, column=link_col).coordinate, url)
            link_anchor = (start_r, url, r)
        else:
            if link_anchor and link_anchor[2] > link_anchor[0]:
                ws.merge_cells(start_row=link_anchor[0], start_column=link_col, end_row=link_anchor[2],
                               end_column=link_col)
            link_anchor = None
            if link:
                lc = ws.cell(row=r, column=link_col)
                if isinstance(link, tuple):
                    shown, url = link
                    lc.value = shown
                    lc.hyperlink = url
                    lc.font = Font(color="0563C1", underline="single")
                else:
                    url = link
                    lc.value = url
                lc.alignment = WRAP_TOP
                if crit:
                    form.link(crit, lc.coordinate, url)
                link_anchor = (r, url, r)
        placed.append((r, path))
        r += 1
    if link_anchor and link_anchor[2] > link_anchor[0]:
        ws.merge_cells(start_row=link_anchor[0], start_column=link_col, end_row=link_anchor[2], end_column=link_col)

    # vertical merges of the parents
    if mode == "merged":
        for lvl, col in enumerate(path_cols[:-1]):
            start = 0
            while start < len(placed):
                end = start
                key = placed[start][1][:lvl + 1]
                while end + 1 < len(placed) and placed[end + 1][1][:lvl + 1] == key:
                    end += 1
                if end > start and key[-1] is not None:
                    ws.merge_cells(start_row=placed[start][0], start_column=col, end_row=placed[end][0],
                                   end_column=col)
                start = end + 1
    # borders
    last_col = max([value_col, link_col] + [c for c in (unit_col, note_col, num_col) if c])
    for rr in range(first_row, r):
        for cc in range(1, last_col + 1):
            ws.cell(row=rr, column=cc).border = BOX
    return r


def header(ws, row, titles, widths):
    for i, (t, w) in enumerate(zip(titles, widths), start=1):
        c = ws.cell(row=row, column=i, value=t)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = WRAP_CENTER
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w


def R(path, crit=None, link=None, **kw):
    d = {"path": tuple(path), "crit": crit, "link": link}
    d.update(kw)
    return d


# --------------------------------------------------------------------------------------------------
# File 1: СОШ № 3 — three levels, A and B merged down, one link merged over the «в т.ч.» rows
# --------------------------------------------------------------------------------------------------
def file1():
    fn = "typed/01_sosh3_tri_merged.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    org = "МБОУ «СОШ № 3» г. Камышинска"
    f = Form(fn, ws.title, org, SOSH3)
    ws["A1"] = "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Образовательная организация: " + org
    ws["A3"] = "Ответственный куратор: Сидорова Елена Викторовна, зам. директора по ВР, тел. 8 (34141) 4-12-77"
    header(ws, 5, ["Направление", "Категория / группа", "Показатель", "Значение", "Подтверждающий документ (ссылка)"],
           [22, 30, 30, 12, 62])
    u = "https://sh3-kamyshinsk.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/2024/"
    NB, NS, NE, NT = "Нормативная база", "Наставники", "Наставляемые", "Персонализированные программы"
    rows = [
        R([NB, "Положение о наставничестве пед. работников", "наличие (да/нет)"], "orgs_regulation_teachers",
          u + "polozhenie_ped.pdf"),
        R([NB, "Положение о наставничестве обучающихся", "наличие (да/нет)"], "orgs_regulation_students",
          u + "polozhenie_obuch.pdf"),
        R([NB, "Приказ о мониторинге ЦМН", "наличие (да/нет)"], "orgs_monitoring_order", u + "prikaz_187_od.pdf"),
        R([NB, "Справка по итогам внутреннего мониторинга", "наличие (да/нет)"], "internal_monitoring_notes",
          u + "spravka_monitoring_2024.pdf"),
        R(["Организация", "Кураторы внедрения ЦМН", "кол-во, чел."], "curators_total", u + "prikaz_kuratory.pdf"),
        R([NS, "все наставники ОО", "кол-во (по приказу)"], "mentors_total", u + "prikaz_baza_nastavnikov.pdf"),
        R([NS, "из других образовательных организаций", "кол-во"], "external_edu_mentors", u + "dogovor_politeh.pdf"),
        R([NS, "из числа сотрудников предприятий", "кол-во"], "enterprise_mentors", u + "dogovor_hlebozavod.pdf"),
        R([NS, "из иных организаций", "кол-во"], "other_org_mentors", u + "dogovor_cbs.pdf"),
        R([NS, "из числа родителей", "кол-во"], nc=3),
        R([NS, "обучающиеся 15–19 лет", "всего в ОО"], "students_15_19"),
        R([NS, "обучающиеся 15–19 лет", "из них наставники"], "mentors_15_19", u + "prikaz_nastavniki_uchenik.pdf"),
        R([NS, "обучающиеся 15–19 лет", "доля, %"], "share_mentors_15_19"),
        R([NS, "педагоги", "кол-во"], "teachers_mentors", u + "prikaz_baza_nastavnikov.pdf"),
        R([NS, "педагоги", "доля, %"], "share_teachers_mentors"),
        R([NS, "молодые специалисты", "кол-во"], "young_specialists_mentors", u + "prikaz_baza_nastavnikov.pdf"),
        R([NS, "молодые специалисты", "доля, %"], "share_young_specialists_mentors"),
        R([NE, "все наставляемые ОО", "кол-во (по приказу)"], "mentees_total", u + "prikaz_baza_nastavlyaemyh.pdf"),
        R([NE, "обучающиеся 10–19 лет", "всего в ОО"], "students_10_19"),
        R([NE, "обучающиеся 10–19 лет", "из них в программах"], "mentees_10_19", u + "prikaz_baza_nastavlyaemyh.pdf"),
        R([NE, "обучающиеся 10–19 лет", "доля, %"], "share_mentees_10_19"),
        R([NE, "обучающиеся 10–19 лет", "в т.ч. «группа риска»"], "mentees_risk", u + "spisok_nastavlyaemyh_10_19.xlsx"),
        R([NE, "обучающиеся 10–19 лет", "в т.ч. одарённые (из реестра)"], "mentees_gifted", SAME),
        R([NE, "обучающиеся 10–19 лет", "в т.ч. дети с ОВЗ, дети-инвалиды"], "mentees_disabled", SAME),
        R([NE, "обучающиеся 10–19 лет", "в т.ч. низкая мотивация / неуспевающие"], "mentees_low_motivation", SAME),
        R([NE, "обучающиеся 10–19 лет", "в т.ч. выбор профессии / траектории"], "mentees_career", SAME),
        R([NE, "обучающиеся 10–19 лет", "в т.ч. по иным основаниям"], "mentees_other_params", SAME),
        R([NE, "молодые специалисты", "всего в ОО"], "young_specialists"),
        R([NE, "молодые специалисты", "из них в программах"], "young_specialists_mentees",
          u + "prikaz_baza_nastavlyaemyh.pdf"),
        R([NE, "молодые специалисты", "доля, %"], "share_young_specialists_mentees"),
        R([NE, "педагоги (кроме молодых специалистов)", "всего в ОО"], "teachers_other"),
        R([NE, "педагоги (кроме молодых специалистов)", "из них в программах"], "teachers_other_mentees",
          u + "prikaz_baza_nastavlyaemyh.pdf"),
        R([NE, "педагоги — все", "доля, %"], "share_teachers_mentees"),
        R([NT, "все формы", "кол-во"], "pp_total", u + "reestr_pp_2024.pdf"),
        R([NT, "ученик – ученик", "кол-во"], "pp_pupil_pupil", u + "reestr_pp_2024.pdf"),
        R([NT, "учитель – учитель", "кол-во"], "pp_teacher_teacher", u + "reestr_pp_2024.pdf"),
        R([NT, "руководитель – педагог", "кол-во"], "pp_head_teacher", u + "reestr_pp_2024.pdf"),
        R([NT, "учитель – ученик", "кол-во"], "pp_teacher_pupil", u + "reestr_pp_2024.pdf"),
        R([NT, "иная форма (выпускник – ученик)", "кол-во"], "pp_other", u + "reestr_pp_2024.pdf"),
        R([NT, "педагоги — участники ПП", "кол-во, чел."], "teachers_in_pp", u + "reestr_pp_2024.pdf"),
        R([NT, "завершены в 2024 г.", "кол-во"], nc=23),
        R(["Соглашения", "с образовательными организациями", "кол-во"], "agreements_edu_orgs", u + "dogovor_politeh.pdf"),
        R(["Соглашения", "с предприятиями", "кол-во"], "agreements_enterprises", u + "dogovor_hlebozavod.pdf"),
        R(["Соглашения", "с иными организациями", "кол-во"], "agreements_other_orgs", u + "dogovor_cbs.pdf"),
        R(["Соглашения", "организации-партнёры", "наименования"], "partner_list", u + "partnery.pdf"),
        R(["Удовлетворённость", "наставляемые", "уровень, %"], "satisfaction_mentees", u + "anketirovanie_itogi.pdf"),
        R(["Удовлетворённость", "наставники", "уровень, %"], "satisfaction_mentors", u + "anketirovanie_itogi.pdf"),
        R(["Профразвитие педагогов", "КПК по наставничеству", "обучено, чел."], "kpk_trained", u + "udostovereniya_kpk.pdf"),
        R(["Профразвитие педагогов", "КПК по наставничеству", "наименование курсов"], "kpk_courses"),
        R(["Профразвитие педагогов", "ШМО наставников", "кол-во"], "school_methodical_associations",
          u + "prikaz_shmo.pdf"),
        R(["Мероприятия", "для наставников", "кол-во"], nc=6),
        R(["Мероприятия", "для наставляемых", "кол-во"], nc=11),
    ]
    style = {"yes": "да", "no": "нет", "share": "num", "level": "num"}
    end = write_tree(ws, f, rows, 6, [1, 2, 3], 4, 5, "merged", style)
    ws.cell(row=end + 1, column=1, value="Дата заполнения: 14.11.2024")
    ws.cell(row=end + 2, column=1, value="Директор ______________ / Н.А. Петрова")
    wb.save(HERE / fn)


# --------------------------------------------------------------------------------------------------
# File 2: Гимназия № 1 — three levels, parents typed only on their first row (no merges), units column,
# shares typed as fractions in percent cells
# --------------------------------------------------------------------------------------------------
def file2():
    fn = "typed/02_gimn1_first_row_only.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    org = "МАОУ «Гимназия № 1»"
    f = Form(fn, ws.title, org, GIMN1)
    ws["A1"] = "Сведения для мониторинга ЦМН — МАОУ «Гимназия № 1» г. Камышинск"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "отчётный период: 2024 календарный год"
    header(ws, 4, ["Блок", "Кто / что", "Показатель", "Ед. изм.", "2024", "Ссылка", "Примечание"],
           [20, 30, 34, 9, 10, 52, 30])
    y = "https://disk.yandex.ru/i/"
    g = "https://gimn1-kamyshinsk.gosuslugi.ru/svedeniya/nastavnichestvo/"
    O, P, NE, NS = "Обучающиеся", "Педагоги", "Наставляемые", "Наставники"
    rows = [
        R([O, "10–19 лет", "всего"], "students_10_19", unit="чел."),
        R([O, "10–19 лет", "из них в программах наставничества"], "mentees_10_19", g + "baza_nastavlyaemyh_2024.pdf",
          unit="чел."),
        R([O, "10–19 лет", "доля, %"], "share_mentees_10_19", unit="%"),
        R([O, "15–19 лет", "всего"], "students_15_19", unit="чел."),
        R([O, "15–19 лет", "из них наставники"], "mentors_15_19", g + "baza_nastavnikov_2024.pdf", unit="чел."),
        R([O, "15–19 лет", "доля, %"], "share_mentors_15_19", unit="%"),
        R([O, "5–9 лет (нач. школа)", "в программах наставничества"], nc=22, unit="чел.",
          note="дополнительно, в мониторинг не входит"),
        R([P, "молодые специалисты", "всего"], "young_specialists", unit="чел.", note="до 35 лет, стаж до 3 лет"),
        R([P, "молодые специалисты", "наставляемые"], "young_specialists_mentees", g + "baza_nastavlyaemyh_2024.pdf",
          unit="чел."),
        R([P, "молодые специалисты", "доля наставляемых, %"], "share_young_specialists_mentees", unit="%"),
        R([P, "молодые специалисты", "наставники"], "young_specialists_mentors", g + "baza_nastavnikov_2024.pdf",
          unit="чел."),
        R([P, "молодые специалисты", "доля наставников, %"], "share_young_specialists_mentors", unit="%"),
        R([P, "остальные педагоги", "всего"], "teachers_other", unit="чел."),
        R([P, "остальные педагоги", "наставляемые"], "teachers_other_mentees", g + "baza_nastavlyaemyh_2024.pdf",
          unit="чел."),
        R([P, "все педагоги", "наставники"], "teachers_mentors", g + "baza_nastavnikov_2024.pdf", unit="чел."),
        R([P, "все педагоги", "доля наставников, %"], "share_teachers_mentors", unit="%"),
        R([P, "все педагоги", "доля наставляемых, %"], "share_teachers_mentees", unit="%"),
        R([P, "вакансии", "кол-во"], nc=2, unit="ед."),
        R([NE, "всего (по приказу)", "кол-во"], "mentees_total", g + "prikaz_112_nastavlyaemye.pdf", unit="чел."),
        R([NE, "обучающиеся 10–19 лет", "группа риска"], "mentees_risk", g + "baza_nastavlyaemyh_2024.pdf", unit="чел."),
        R([NE, "обучающиеся 10–19 лет", "ОВЗ / инвалидность"], "mentees_disabled", g + "baza_nastavlyaemyh_2024.pdf",
          unit="чел."),
        R([NE, "обучающиеся 10–19 лет", "одарённые"], "mentees_gifted", g + "baza_nastavlyaemyh_2024.pdf", unit="чел.",
          note="из регионального реестра"),
        R([NS, "по приказу", "всего"], "mentors_total", g + "prikaz_111_nastavniki.pdf", unit="чел."),
        R([NS, "внешние", "из других ОО"], "external_edu_mentors", g + "soglasheniya.pdf", unit="чел."),
        R([NS, "внешние", "с предприятий"], "enterprise_mentors", g + "soglasheniya.pdf", unit="чел."),
        R([NS, "внешние", "из иных организаций (НКО, музей)"], "other_org_mentors", g + "soglasheniya.pdf", unit="чел."),
        R([NS, "награждены в 2024 г.", "грамоты, благодарности"], nc=7, unit="чел."),
        R(["Персонализированные программы", "по формам", "ученик – ученик"], "pp_pupil_pupil", y + "Xw4mKd0PqL2sNe",
          unit="шт."),
        R(["Персонализированные программы", "по формам", "учитель – учитель"], "pp_teacher_teacher", y + "Xw4mKd0PqL2sNe",
          unit="шт."),
        R(["Персонализированные программы", "по формам", "руководитель – педагог"], "pp_head_teacher",
          y + "Xw4mKd0PqL2sNe", unit="шт."),
        R(["Персонализированные программы", "по формам", "студент – ученик"], "pp_student_pupil", y + "Xw4mKd0PqL2sNe",
          unit="шт.", note="студенты УдГУ"),
        R(["Персонализированные программы", "по формам", "учитель – ученик"], "pp_teacher_pupil", y + "Xw4mKd0PqL2sNe",
          unit="шт."),
        R(["Персонализированные программы", "итого", "всего"], "pp_total", y + "Xw4mKd0PqL2sNe", unit="шт."),
        R(["Соглашения", "о предоставлении наставников", "с ОО"], "agreements_edu_orgs", g + "soglasheniya.pdf",
          unit="шт."),
        R(["Соглашения", "о предоставлении наставников", "с предприятиями"], "agreements_enterprises",
          g + "soglasheniya.pdf", unit="шт."),
        R(["Соглашения", "о предоставлении наставников", "с иными организациями"], "agreements_other_orgs",
          g + "soglasheniya.pdf", unit="шт."),
        R(["Соглашения", "партнёры", "перечень"], "partner_list", g + "soglasheniya.pdf"),
        R(["Документы", "Положение о наставничестве", "педагогов"], "orgs_regulation_teachers",
          g + "polozhenie_nastavnichestvo_ped.pdf", unit="да/нет"),
        R(["Документы", "Положение о наставничестве", "обучающихся"], "orgs_regulation_students",
          g + "polozhenie_nastavnichestvo_obuch.pdf", unit="да/нет"),
        R(["Документы", "Мониторинг", "приказ"], "orgs_monitoring_order", g + "prikaz_monitoring_2024.pdf",
          unit="да/нет"),
        R(["Документы", "Мониторинг", "справка по итогам"], "internal_monitoring_notes", g + "spravka_2024.pdf",
          unit="да/нет"),
        R(["Удовлетворенность", "по итогам анкетирования", "наставляемых"], "satisfaction_mentees",
          y + "Lp7vTz3WqA1bYc", unit="%"),
        R(["Удовлетворенность", "по итогам анкетирования", "наставников"], "satisfaction_mentors",
          y + "Lp7vTz3WqA1bYc", unit="%"),
    ]
    style = {"yes": "Да", "no": "Нет", "share": "frac", "level": "num"}
    end = write_tree(ws, f, rows, 5, [1, 2, 3], 5, 6, "first", style, unit_col=4, note_col=7)
    ws.cell(row=end + 1, column=1, value="Исп. Краснова О.Г., куратор ЦМН")
    wb.save(HERE / fn)


# --------------------------------------------------------------------------------------------------
# File 3: СОШ № 7 — three levels repeated on every row (a flat list), a «—» group, yes/no as имеется/нет
# --------------------------------------------------------------------------------------------------
def file3():
    fn = "typed/03_sosh7_repeated.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    org = "МБОУ «СОШ № 7 им. Героя Советского Союза А.П. Зорина»"
    f = Form(fn, ws.title, org, SOSH7)
    ws["A1"] = org
    ws["A1"].font = BOLD
    ws["A2"] = "Показатели реализации целевой модели наставничества, 2024 г."
    header(ws, 3, ["Раздел", "Подраздел", "Показатель", "Значение", "Документ (ссылка)"], [24, 32, 34, 12, 60])
    u = "https://school7-kamyshinsk.ru/upload/nastavnichestvo/2024/"
    DO, NS, NE = "Документы", "Наставники", "Наставляемые"
    rows = [
        R([DO, "Положение о системе наставничества", "педагогических работников"], "orgs_regulation_teachers",
          u + "polozhenie_ped_rab.pdf"),
        R([DO, "Положение о системе наставничества", "обучающихся"], "orgs_regulation_students",
          u + "polozhenie_obuch.pdf"),
        R([DO, "Мониторинг ЦМН", "приказ о проведении"], "orgs_monitoring_order", u + "prikaz_monitoring.pdf"),
        R([DO, "Мониторинг ЦМН", "информационная справка"], "internal_monitoring_notes", None,
          linknote="справка будет готова к 20.01.2025"),
        R([DO, "Локальные акты", "о нематериальном поощрении, кол-во"], "nonmaterial_acts", u + "polozhenie_moral.pdf"),
        R([DO, "Локальные акты", "об оплате работы наставника, кол-во"], "pay_acts"),
        R(["Кураторы", "—", "кол-во"], "curators_total", u + "prikaz_kurator.pdf"),
        R([NS, "всего", "чел. (по приказу)"], "mentors_total", u + "prikaz_nastavniki.pdf"),
        R([NS, "педагоги", "чел."], "teachers_mentors", u + "prikaz_nastavniki.pdf"),
        R([NS, "педагоги", "доля, %"], "share_teachers_mentors"),
        R([NS, "обучающиеся 15–19 лет", "всего в школе"], "students_15_19"),
        R([NS, "обучающиеся 15–19 лет", "чел."], "mentors_15_19", u + "prikaz_nastavniki.pdf"),
        R([NS, "обучающиеся 15–19 лет", "доля, %"], "share_mentors_15_19"),
        R([NS, "внешние", "из других школ, колледжей"], "external_edu_mentors", u + "dogovor_ddt.pdf"),
        R([NS, "внешние", "из иных организаций"], "other_org_mentors", u + "dogovor_impuls.pdf"),
        R([NS, "внешние", "с предприятий"], "enterprise_mentors"),
        R([NE, "всего", "чел. (по приказу)"], "mentees_total", u + "prikaz_nastavlyaemye.pdf"),
        R([NE, "обучающиеся 10–19 лет", "всего в школе"], "students_10_19"),
        R([NE, "обучающиеся 10–19 лет", "чел."], "mentees_10_19", u + "prikaz_nastavlyaemye.pdf"),
        R([NE, "обучающиеся 10–19 лет", "доля, %"], "share_mentees_10_19"),
        R([NE, "обучающиеся 10–19 лет", "из них группа риска (ВШУ, ПДН)"], "mentees_risk", u + "prikaz_nastavlyaemye.pdf"),
        R([NE, "обучающиеся 10–19 лет", "из них ОВЗ и дети-инвалиды"], "mentees_disabled", u + "prikaz_nastavlyaemye.pdf"),
        R([NE, "молодые специалисты", "всего в школе"], "young_specialists"),
        R([NE, "молодые специалисты", "чел."], "young_specialists_mentees", u + "prikaz_nastavlyaemye.pdf"),
        R([NE, "молодые специалисты", "доля, %"], "share_young_specialists_mentees"),
        R([NE, "педагоги со стажем более 3 лет", "всего в школе"], "teachers_other"),
        R([NE, "педагоги со стажем более 3 лет", "чел."], "teachers_other_mentees", u + "prikaz_nastavlyaemye.pdf"),
        R([NE, "педагоги (все)", "доля, %"], "share_teachers_mentees"),
        R(["Программы", "персонализированные", "всего"], "pp_total", u + "pp_2024.zip"),
        R(["Программы", "персонализированные", "ученик–ученик"], "pp_pupil_pupil", u + "pp_2024.zip"),
        R(["Программы", "персонализированные", "учитель–учитель"], "pp_teacher_teacher", u + "pp_2024.zip"),
        R(["Программы", "персонализированные", "руководитель–педагог"], "pp_head_teacher", u + "pp_2024.zip"),
        R(["Программы", "персонализированные", "учитель–ученик"], "pp_teacher_pupil", u + "pp_2024.zip"),
        R(["Программы", "персонализированные", "педагогов-участников"], "teachers_in_pp", u + "pp_2024.zip"),
        R(["Программы", "внеурочной деятельности", "с элементами наставничества"], nc=4),
        R(["Соглашения", "с ОО", "кол-во"], "agreements_edu_orgs", u + "dogovor_ddt.pdf"),
        R(["Соглашения", "с предприятиями", "кол-во"], "agreements_enterprises"),
        R(["Соглашения", "с иными организациями", "кол-во"], "agreements_other_orgs", u + "dogovor_impuls.pdf"),
        R(["Соглашения", "партнеры", "названия"], "partner_list"),
        R(["Удовлетворенность", "наставляемые", "%"], "satisfaction_mentees", u + "anketa_itogi.pdf"),
        R(["Удовлетворенность", "наставники", "%"], "satisfaction_mentors", u + "anketa_itogi.pdf"),
        R(["Родители", "вовлечены в мероприятия наставничества", "чел."], nc=18),
    ]
    style = {"yes": "имеется", "no": "нет", "share": "num", "level": "num"}
    end = write_tree(ws, f, rows, 4, [1, 2, 3], 4, 5, "repeat", style)
    ws.cell(row=end + 2, column=1, value="Директор школы: В.П. Лаптев")
    wb.save(HERE / fn)


# --------------------------------------------------------------------------------------------------
# File 4: ООШ с. Ключи — two levels: column A the subject with its group (merged), column B the measure;
# yes/no typed 1/0
# --------------------------------------------------------------------------------------------------
def file4():
    fn = "typed/04_kluchi_two_levels.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчёт"
    org = "МКОУ «Ключевская ООШ»"
    f = Form(fn, ws.title, org, KLUCHI)
    ws["A1"] = "Отчёт по наставничеству за 2024 год"
    ws["A1"].font = BOLD
    ws["A2"] = "Школа: МКОУ «Ключевская ООШ» (с. Ключи)"
    header(ws, 4, ["Объект", "Показатель", "Значение (1 — да, 0 — нет)", "Ссылка"], [42, 28, 16, 58])
    u = "https://kluchi-shkola.gosuslugi.ru/netcat_files/nastavnik/"
    rows = [
        R(["Положения о наставничестве", "педагогов"], "orgs_regulation_teachers", u + "pol_ped.pdf"),
        R(["Положения о наставничестве", "обучающихся"], "orgs_regulation_students", u + "pol_uch.pdf"),
        R(["Мониторинг наставничества в школе", "приказ"], "orgs_monitoring_order", u + "prikaz_44.pdf"),
        R(["Мониторинг наставничества в школе", "справка"], "internal_monitoring_notes", u + "spravka.pdf"),
        R(["Куратор ЦМН", "кол-во"], "curators_total", u + "prikaz_44.pdf"),
        R(["Наставники (все, по приказу)", "кол-во"], "mentors_total", u + "prikaz_45.pdf"),
        R(["Наставники из числа педагогов", "кол-во"], "teachers_mentors", u + "prikaz_45.pdf"),
        R(["Наставники из числа педагогов", "доля, %"], "share_teachers_mentors"),
        R(["Наставники из числа обучающихся 15–19 лет", "всего обучающихся 15–19 лет"], "students_15_19"),
        R(["Наставники из числа обучающихся 15–19 лет", "кол-во"], "mentors_15_19", u + "prikaz_45.pdf"),
        R(["Наставники из числа обучающихся 15–19 лет", "доля, %"], "share_mentors_15_19"),
        R(["Наставляемые (все, по приказу)", "кол-во"], "mentees_total", u + "prikaz_45.pdf"),
        R(["Наставляемые — обучающиеся 10–19 лет", "всего в школе"], "students_10_19"),
        R(["Наставляемые — обучающиеся 10–19 лет", "кол-во"], "mentees_10_19", u + "prikaz_45.pdf"),
        R(["Наставляемые — обучающиеся 10–19 лет", "доля, %"], "share_mentees_10_19"),
        R(["Наставляемые — обучающиеся 10–19 лет", "из них «группа риска»"], "mentees_risk", u + "prikaz_45.pdf"),
        R(["Наставляемые — обучающиеся 10–19 лет", "из них ОВЗ"], "mentees_disabled", u + "prikaz_45.pdf"),
        R(["Наставляемые — обучающиеся 10–19 лет", "из них неуспевающие"], "mentees_low_motivation",
          u + "prikaz_45.pdf"),
        R(["Наставляемые — обучающиеся 10–19 лет", "из них профориентация"], "mentees_career", u + "prikaz_45.pdf"),
        R(["Наставляемые — молодые специалисты", "всего в школе"], "young_specialists"),
        R(["Наставляемые — молодые специалисты", "кол-во"], "young_specialists_mentees", u + "prikaz_45.pdf"),
        R(["Наставляемые — молодые специалисты", "доля, %"], "share_young_specialists_mentees"),
        R(["Наставляемые — остальные педагоги", "всего в школе"], "teachers_other"),
        R(["Наставляемые — остальные педагоги", "кол-во"], "teachers_other_mentees", u + "prikaz_45.pdf"),
        R(["Наставляемые — все педагоги", "доля, %"], "share_teachers_mentees"),
        R(["Персонализированные программы", "всего"], "pp_total", u + "programmy.pdf"),
        R(["Персонализированные программы", "ученик – ученик"], "pp_pupil_pupil", u + "programmy.pdf"),
        R(["Персонализированные программы", "учитель – учитель"], "pp_teacher_teacher", u + "programmy.pdf"),
        R(["Персонализированные программы", "учитель – ученик"], "pp_teacher_pupil", u + "programmy.pdf"),
        R(["Педагоги в персонализированных программах", "кол-во"], "teachers_in_pp", u + "programmy.pdf"),
        R(["Соглашения с образовательными организациями (наставники)", "кол-во"], "agreements_edu_orgs",
          u + "dogovor_sosh3.pdf"),
        R(["Удовлетворённость участием (анкета)", "наставляемые, %"], "satisfaction_mentees", u + "anketa.pdf"),
        R(["Удовлетворённость участием (анкета)", "наставники, %"], "satisfaction_mentors", u + "anketa.pdf"),
        R(["Педагоги, прошедшие КПК по наставничеству", "кол-во"], "kpk_trained", u + "kpk_2024.pdf"),
        R(["Подвоз обучающихся", "кол-во маршрутов"], nc=2),
        R(["Подвоз обучающихся", "детей на подвозе"], nc=17),
    ]
    style = {"yes": 1, "no": 0, "share": "num", "level": "num"}
    end = write_tree(ws, f, rows, 5, [1, 2], 3, 4, "merged", style)
    ws.cell(row=end + 1, column=1, value="Исполнитель: Мерзлякова Т.С.")
    wb.save(HERE / fn)


# --------------------------------------------------------------------------------------------------
# File 5: Лицей № 2 — the tree in ONE column by Excel indent levels (0/1/2); parents have their own rows
# without a value; links are hyperlinks with shown text «документ»
# --------------------------------------------------------------------------------------------------
def file5():
    fn = "typed/05_licey2_indent_levels.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Наставничество"
    org = "МАОУ «Лицей № 2» г. Камышинска"
    f = Form(fn, ws.title, org, LICEY2)
    ws["A1"] = "МАОУ «Лицей № 2» г. Камышинска"
    ws["A1"].font = BOLD
    ws["A2"] = "Мониторинг целевой модели наставничества — данные за 2024 год"
    header(ws, 4, ["Показатель", "Значение", "Подтверждение"], [62, 14, 18])
    u = "https://licey2-kamyshinsk.ru/docs/nastavnichestvo/2024/"
    style = {"yes": "да", "no": "нет", "share": "str", "level": "num"}
    # (level, text, crit | None, link | None, nc-value)
    H = "H"
    tree = [
        (0, "Нормативные документы", H),
        (1, "Положение о системе наставничества", H),
        (2, "педагогических работников — утверждено", "orgs_regulation_teachers", "polozhenie_ped.pdf"),
        (2, "обучающихся — утверждено", "orgs_regulation_students", "polozhenie_uch.pdf"),
        (1, "Приказ о внутреннем мониторинге ЦМН", "orgs_monitoring_order", "prikaz_monitoring.pdf"),
        (1, "Информационная справка по итогам мониторинга", "internal_monitoring_notes", "spravka.pdf"),
        (0, "Наставники", H),
        (1, "всего по приказу", "mentors_total", "prikaz_nastavniki.pdf"),
        (1, "внешние наставники", H),
        (2, "из других образовательных организаций", "external_edu_mentors", "soglasheniya.pdf"),
        (2, "сотрудники предприятий", "enterprise_mentors", "soglasheniya.pdf"),
        (2, "из иных организаций", "other_org_mentors", "soglasheniya.pdf"),
        (1, "обучающиеся 15–19 лет", H),
        (2, "всего обучающихся этого возраста", "students_15_19", None),
        (2, "из них наставники", "mentors_15_19", "prikaz_nastavniki.pdf"),
        (2, "доля, %", "share_mentors_15_19", None),
        (1, "педагоги", H),
        (2, "кол-во", "teachers_mentors", "prikaz_nastavniki.pdf"),
        (2, "доля, %", "share_teachers_mentors", None),
        (1, "молодые специалисты", H),
        (2, "кол-во", "young_specialists_mentors", "prikaz_nastavniki.pdf"),
        (2, "доля, %", "share_young_specialists_mentors", None),
        (1, "выпускники лицея (волонтёры)", H),
        (2, "кол-во", None, None, 5),
        (2, "из них студенты вузов", None, None, 4),
        (0, "Наставляемые", H),
        (1, "всего по приказу", "mentees_total", "prikaz_nastavlyaemye.pdf"),
        (1, "обучающиеся 10–19 лет", H),
        (2, "всего в лицее", "students_10_19", None),
        (2, "из них в программах наставничества", "mentees_10_19", "prikaz_nastavlyaemye.pdf"),
        (2, "доля, %", "share_mentees_10_19", None),
        (2, "в т.ч. «группа риска»", "mentees_risk", "prikaz_nastavlyaemye.pdf"),
        (2, "в т.ч. одарённые дети", "mentees_gifted", "prikaz_nastavlyaemye.pdf"),
        (2, "в т.ч. ОВЗ, инвалидность", "mentees_disabled", "prikaz_nastavlyaemye.pdf"),
        (2, "в т.ч. низкая учебная мотивация", "mentees_low_motivation", "prikaz_nastavlyaemye.pdf"),
        (2, "в т.ч. выбор образовательной траектории, профессии", "mentees_career", "prikaz_nastavlyaemye.pdf"),
        (2, "в т.ч. по иным параметрам", "mentees_other_params", "prikaz_nastavlyaemye.pdf"),
        (1, "молодые специалисты", H),
        (2, "всего работает", "young_specialists", None),
        (2, "из них наставляемые", "young_specialists_mentees", "prikaz_nastavlyaemye.pdf"),
        (2, "доля, %", "share_young_specialists_mentees", None),
        (1, "педагоги (без молодых специалистов)", H),
        (2, "всего работает", "teachers_other", None),
        (2, "из них наставляемые", "teachers_other_mentees", "prikaz_nastavlyaemye.pdf"),
        (1, "все педагоги: доля наставляемых, %", "share_teachers_mentees", None),
        (0, "Персонализированные программы", H),
        (1, "всего (все формы)", "pp_total", "pp_reestr.pdf"),
        (1, "по формам", H),
        (2, "ученик – ученик", "pp_pupil_pupil", "pp_reestr.pdf"),
        (2, "учитель – учитель", "pp_teacher_teacher", "pp_reestr.pdf"),
        (2, "руководитель – педагог", "pp_head_teacher", "pp_reestr.pdf"),
        (2, "студент – ученик", "pp_student_pupil", "pp_reestr.pdf"),
        (2, "учитель – ученик", "pp_teacher_pupil", "pp_reestr.pdf"),
        (2, "иная (работодатель – ученик)", "pp_other", "pp_reestr.pdf"),
        (1, "педагоги, участвующие в ПП", "teachers_in_pp", "pp_reestr.pdf"),
        (0, "Соглашения о предоставлении наставников", H),
        (1, "с образовательными организациями", "agreements_edu_orgs", "soglasheniya.pdf"),
        (1, "с предприятиями", "agreements_enterprises", "soglasheniya.pdf"),
        (1, "с иными организациями", "agreements_other_orgs", "soglasheniya.pdf"),
        (1, "партнёры (перечень)", "partner_list", "soglasheniya.pdf"),
        (0, "Удовлетворённость (анкетирование, май 2024)", H),
        (1, "наставляемых, %", "satisfaction_mentees", "anketa.pdf"),
        (1, "наставников, %", "satisfaction_mentors", "anketa.pdf"),
        (0, "Профессиональное развитие", H),
        (1, "кураторы ЦМН, чел.", "curators_total", "prikaz_kuratory.pdf"),
        (1, "КПК по наставничеству", H),
        (2, "обучено педагогов", "kpk_trained", "kpk.pdf"),
        (2, "курсы", "kpk_courses", None),
        (1, "ШМО наставников, кол-во", "school_methodical_associations", "prikaz_shmo.pdf"),
    ]
    r = 5
    stack = []
    for item in tree:
        lvl, text, crit = item[0], item[1], item[2]
        stack = stack[:lvl] + [text]
        c = ws.cell(row=r, column=1, value=text)
        c.alignment = Alignment(indent=lvl * 2, wrap_text=True, vertical="top")
        if crit == H:
            c.font = BOLD if lvl == 0 else Font(italic=True)
            f.headings.append(text)
        elif crit is None:
            ws.cell(row=r, column=2, value=item[4])
            f.not_criteria.append(" | ".join(stack))
        else:
            v, fmt = typed_value(f, crit, style)
            vc = ws.cell(row=r, column=2, value=v)
            if fmt:
                vc.number_format = fmt
            vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            f.value(crit, vc.coordinate)
            if item[3]:
                lc = ws.cell(row=r, column=3, value="документ")
                lc.hyperlink = u + item[3]
                lc.font = Font(color="0563C1", underline="single")
                f.link(crit, lc.coordinate, u + item[3])
        for cc in range(1, 4):
            ws.cell(row=r, column=cc).border = BOX
        r += 1
    ws.cell(row=r + 1, column=1, value="Куратор: Шутова А.М., тел. 4-31-09")
    wb.save(HERE / fn)


# --------------------------------------------------------------------------------------------------
# File 6: ДДТ — column A the direction merged down; column B a tree by LEADING SPACES (group rows without a
# value, measure rows indented under them)
# --------------------------------------------------------------------------------------------------
def file6():
    fn = "typed/06_ddt_spaces.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма ДОП"
    org = "МБУ ДО «Дом детского творчества» г. Камышинска"
    f = Form(fn, ws.title, org, DDT)
    ws["A1"] = "Мониторинг ЦМН (учреждения доп. образования) — 2024 год"
    ws["A1"].font = BOLD
    ws["A2"] = "Учреждение: МБУ ДО «Дом детского творчества» г. Камышинска"
    header(ws, 4, ["Направление", "Показатель", "Значение", "Ссылка на документ"], [20, 52, 12, 58])
    u = "https://ddt-kamyshinsk.ru/files/nastavnichestvo/"
    style = {"yes": "Да", "no": "Нет", "share": "num", "level": "num"}
    S = "    "
    H = "H"
    # (direction, text in B, crit | H | None, link, nc value)
    items = [
        ("Документы", "Положение о наставничестве педагогов (да/нет)", "orgs_regulation_teachers", "pol_ped.pdf"),
        ("Документы", "Положение о наставничестве обучающихся (да/нет)", "orgs_regulation_students", "pol_uch.pdf"),
        ("Документы", "Приказ о мониторинге ЦМН (да/нет)", "orgs_monitoring_order", "prikaz_mon.pdf"),
        ("Документы", "Справка по внутреннему мониторингу (да/нет)", "internal_monitoring_notes", "spravka.pdf"),
        ("Наставники", "Наставники по приказу, всего", "mentors_total", "prikaz_nastavniki.pdf"),
        ("Наставники", "из числа обучающихся 15–19 лет", H),
        ("Наставники", S + "всего обучающихся 15–19 лет в объединениях", "students_15_19", None),
        ("Наставники", S + "из них наставники", "mentors_15_19", "prikaz_nastavniki.pdf"),
        ("Наставники", S + "доля, %", "share_mentors_15_19", None),
        ("Наставники", "педагоги доп. образования", H),
        ("Наставники", S + "кол-во", "teachers_mentors", "prikaz_nastavniki.pdf"),
        ("Наставники", S + "доля, %", "share_teachers_mentors", None),
        ("Наставники", "сотрудники иных организаций (музей)", H),
        ("Наставники", S + "кол-во", "other_org_mentors", "dogovor_muzey.pdf"),
        ("Наставники", "из числа родителей", H),
        ("Наставники", S + "кол-во", None, None, 2),
        ("Наставляемые", "Наставляемые по приказу, всего", "mentees_total", "prikaz_nastavlyaemye.pdf"),
        ("Наставляемые", "обучающиеся 10–19 лет", H),
        ("Наставляемые", S + "всего занимающихся", "students_10_19", None),
        ("Наставляемые", S + "из них наставляемые", "mentees_10_19", "prikaz_nastavlyaemye.pdf"),
        ("Наставляемые", S + "доля, %", "share_mentees_10_19", None),
        ("Наставляемые", S + S + "в т.ч. одарённые", "mentees_gifted", "prikaz_nastavlyaemye.pdf"),
        ("Наставляемые", S + S + "в т.ч. с ОВЗ", "mentees_disabled", "prikaz_nastavlyaemye.pdf"),
        ("Наставляемые", S + S + "в т.ч. иные (новички объединений)", "mentees_other_params",
         "prikaz_nastavlyaemye.pdf"),
        ("Наставляемые", "молодые специалисты", H),
        ("Наставляемые", S + "всего", "young_specialists", None),
        ("Наставляемые", S + "из них наставляемые", "young_specialists_mentees", "prikaz_nastavlyaemye.pdf"),
        ("Наставляемые", S + "доля, %", "share_young_specialists_mentees", None),
        ("Наставляемые", "педагоги, кроме молодых специалистов", H),
        ("Наставляемые", S + "всего", "teachers_other", None),
        ("Наставляемые", S + "из них наставляемые", "teachers_other_mentees", "prikaz_nastavlyaemye.pdf"),
        ("Программы", "персонализированные программы", H),
        ("Программы", S + "педагог – педагог", "pp_teacher_teacher", "pp.pdf"),
        ("Программы", S + "обучающийся – обучающийся", "pp_pupil_pupil", "pp.pdf"),
        ("Программы", S + "педагог – обучающийся", "pp_teacher_pupil", "pp.pdf"),
        ("Программы", S + "итого", "pp_total", "pp.pdf"),
        ("Программы", "педагогов в ПП, чел.", "teachers_in_pp", "pp.pdf"),
        ("Соглашения", "с иными организациями", H),
        ("Соглашения", S + "кол-во", "agreements_other_orgs", "dogovor_muzey.pdf"),
        ("Соглашения", S + "с кем", "partner_list", "dogovor_muzey.pdf"),
        ("Удовлетворённость", "наставляемые, %", "satisfaction_mentees", "anketa.pdf"),
        ("Удовлетворённость", "наставники, %", "satisfaction_mentors", "anketa.pdf"),
    ]
    r = 5
    start = {}
    for it in items:
        d, text, crit = it[0], it[1], it[2]
        if d not in start:
            start[d] = r
            ws.cell(row=r, column=1, value=d).font = BOLD
            ws.cell(row=r, column=1).alignment = WRAP_TOP
        ws.cell(row=r, column=2, value=text).alignment = Alignment(wrap_text=True, vertical="top")
        if crit == H:
            ws.cell(row=r, column=2).font = Font(italic=True)
            f.headings.append(text.strip())
        elif crit is None:
            ws.cell(row=r, column=3, value=it[4])
            f.not_criteria.append(d + " | " + items[items.index(it) - 1][1].strip() + " | " + text.strip())
        else:
            v, fmt = typed_value(f, crit, style)
            vc = ws.cell(row=r, column=3, value=v)
            if fmt:
                vc.number_format = fmt
            f.value(crit, vc.coordinate)
            if it[3]:
                lc = ws.cell(row=r, column=4, value=u + it[3])
                f.link(crit, lc.coordinate, u + it[3])
        for cc in range(1, 5):
            ws.cell(row=r, column=cc).border = BOX
        r += 1
    # merge column A per direction
    dirs = list(start.items())
    for i, (d, s) in enumerate(dirs):
        e = (dirs[i + 1][1] - 1) if i + 1 < len(dirs) else r - 1
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
    ws.cell(row=r + 1, column=1, value="Директор МБУ ДО «ДДТ» ____________ Г.Р. Ахмадуллина")
    wb.save(HERE / fn)


# --------------------------------------------------------------------------------------------------
# File 7: the municipality's own form — № column, A merged, B typed on its first row only (mixed), C measure
# --------------------------------------------------------------------------------------------------
def file7():
    fn = "typed/07_uo_kamyshinsk_municipal.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "МО"
    f = Form(fn, ws.title, None, MUNI)
    ws["A1"] = "Управление образования Администрации городского округа «Город Камышинск» Удмуртской Республики"
    ws["A1"].font = BOLD
    ws["A2"] = "Муниципальный этап мониторинга реализации целевой модели наставничества за 2024 год (сводные данные)"
    header(ws, 4, ["№", "Направление", "Объект / группа", "Показатель", "Значение", "Источник (ссылка)"],
           [5, 24, 40, 26, 12, 62])
    u = "https://uo-kamyshinsk.ru/monitoring/cmn/2024/"
    OO, MU, NS, NE, PP = ("Образовательные организации", "Муниципальный уровень", "Наставники", "Наставляемые",
                          "Персонализированные программы")
    rows = [
        R([MU, "Приказ о реализации ЦМН в городском округе", "наличие (да/нет)"], "municipal_order",
          u + "prikaz_uo_211.pdf"),
        R([MU, "Аналитическая справка по итогам мониторинга", "наличие (да/нет)"], "municipal_analytic_note",
          u + "spravka_mo_2024.pdf"),
        R([MU, "Городское МО наставников", "кол-во объединений"], "municipal_methodical_associations",
          u + "prikaz_gmo.pdf"),
        R([MU, "Сетевое сообщество педагогов-наставников", "наличие (да/нет)"], "network_community",
          u + "setevoe_soobshchestvo.pdf"),
        R([MU, "Сетевое сообщество педагогов-наставников", "сетевых наставников, чел."], "network_mentors",
          u + "setevoe_soobshchestvo.pdf"),
        R([MU, "Лучшие практики на сайте Сообщества педагогов УР", "размещено за год"], "best_practices",
          u + "praktiki.html"),
        R([MU, "Конкурсы профмастерства по наставничеству", "проведено за год"], "contests", u + "konkurs_2024.pdf"),
        R([OO, "подведомственные", "всего"], "orgs_total"),
        R([OO, "подведомственные", "в т.ч. учреждения доп. образования"], nc=2),
        R([OO, "с Положением о наставничестве педагогов", "кол-во"], "orgs_regulation_teachers",
          u + "polozheniya_ped.zip"),
        R([OO, "с Положением о наставничестве педагогов", "доля, %"], "share_orgs_teachers_system"),
        R([OO, "с Положением о наставничестве обучающихся", "кол-во"], "orgs_regulation_students",
          u + "polozheniya_uch.zip"),
        R([OO, "с Положением о наставничестве обучающихся", "доля, %"], "share_orgs_students_system"),
        R([OO, "с приказом о внутреннем мониторинге", "кол-во"], "orgs_monitoring_order", u + "prikazy_oo.zip"),
        R([OO, "представили справку по итогам мониторинга", "кол-во"], "internal_monitoring_notes",
          u + "spravki_oo.zip"),
        R([OO, "кураторы ЦМН", "всего, чел."], "curators_total", u + "kuratory.xlsx"),
        R([NS, "всего по приказам ОО", "чел."], "mentors_total", u + "baza_nastavnikov.xlsx"),
        R([NS, "обучающиеся 15–19 лет", "всего в ОО"], "students_15_19"),
        R([NS, "обучающиеся 15–19 лет", "из них наставники"], "mentors_15_19", u + "baza_nastavnikov.xlsx"),
        R([NS, "обучающиеся 15–19 лет", "доля, %"], "share_mentors_15_19"),
        R([NS, "педагоги", "всего в МО"], "teachers_municipal"),
        R([NS, "педагоги", "из них наставники"], "teachers_mentors", u + "baza_nastavnikov.xlsx"),
        R([NS, "педагоги", "доля, %"], "share_teachers_mentors"),
        R([NS, "молодые специалисты", "всего в МО"], "young_specialists_municipal"),
        R([NS, "молодые специалисты", "из них наставники"], "young_specialists_mentors", u + "baza_nastavnikov.xlsx"),
        R([NS, "молодые специалисты", "доля, %"], "share_young_specialists_mentors"),
        R([NE, "всего по приказам ОО", "чел."], "mentees_total", u + "baza_nastavlyaemyh.xlsx"),
        R([NE, "обучающиеся 10–19 лет", "всего в ОО"], "students_10_19"),
        R([NE, "обучающиеся 10–19 лет", "из них в программах"], "mentees_10_19", u + "baza_nastavlyaemyh.xlsx"),
        R([NE, "обучающиеся 10–19 лет", "доля, %"], "share_mentees_10_19"),
        R([NE, "молодые специалисты", "всего в ОО"], "young_specialists"),
        R([NE, "молодые специалисты", "из них в программах"], "young_specialists_mentees",
          u + "baza_nastavlyaemyh.xlsx"),
        R([NE, "молодые специалисты", "доля, %"], "share_young_specialists_mentees"),
        R([NE, "педагоги (без молодых специалистов)", "всего в ОО"], "teachers_other"),
        R([NE, "педагоги (без молодых специалистов)", "из них в программах"], "teachers_other_mentees",
          u + "baza_nastavlyaemyh.xlsx"),
        R([NE, "педагоги — все", "доля, %"], "share_teachers_mentees"),
        R([PP, "все формы", "кол-во"], "pp_total", u + "pp_svod.xlsx"),
        R([PP, "ученик – ученик", "кол-во"], "pp_pupil_pupil", u + "pp_svod.xlsx"),
        R([PP, "учитель – учитель (педагог – педагог)", "кол-во"], "pp_teacher_teacher", u + "pp_svod.xlsx"),
        R([PP, "руководитель – педагог", "кол-во"], "pp_head_teacher", u + "pp_svod.xlsx"),
        R([PP, "студент – ученик", "кол-во"], "pp_student_pupil", u + "pp_svod.xlsx"),
        R([PP, "учитель – ученик", "кол-во"], "pp_teacher_pupil", u + "pp_svod.xlsx"),
        R([PP, "иные формы", "кол-во"], "pp_other", u + "pp_svod.xlsx",
          note=None),
        R([PP, "педагоги-участники", "чел."], "teachers_in_pp", u + "pp_svod.xlsx"),
        R(["Соглашения", "с образовательными организациями", "кол-во"], "agreements_edu_orgs", u + "soglasheniya.xlsx"),
        R(["Соглашения", "с предприятиями", "кол-во"], "agreements_enterprises", u + "soglasheniya.xlsx"),
        R(["Соглашения", "с иными организациями", "кол-во"], "agreements_other_orgs", u + "soglasheniya.xlsx"),
        R(["Соглашения", "партнёры", "перечень"], "partner_list", u + "soglasheniya.xlsx"),
        R(["Удовлетворённость", "наставляемые", "средний уровень, %"], "satisfaction_mentees", u + "anketirovanie.xlsx"),
        R(["Удовлетворённость", "наставники", "средний уровень, %"], "satisfaction_mentors", u + "anketirovanie.xlsx"),
        R(["Повышение квалификации", "КПК по наставничеству", "обучено, чел."], "kpk_trained", u + "kpk_svod.xlsx"),
        R(["Финансирование", "стимулирующие выплаты наставникам", "сумма, тыс. руб."], nc=1846.5),
        R(["Финансирование", "стимулирующие выплаты наставникам", "получателей, чел."], nc=143),
    ]
    for i, row in enumerate(rows, start=1):
        row["num"] = i
    style = {"yes": "да", "no": "нет", "share": "num", "level": "num"}
    # mixed: A merged, B written only on its first row (write_tree 'first' then merge A ourselves)
    end = write_tree(ws, f, rows, 5, [2, 3, 4], 5, 6, "first", style, num_col=1)
    s = 5
    while s < end:
        e = s
        while e + 1 < end and rows[e + 1 - 5]["path"][0] == rows[s - 5]["path"][0]:
            e += 1
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
        s = e + 1
    ws.cell(row=end + 1, column=2, value="Начальник Управления образования ____________ С.В. Корепанова")
    ws.cell(row=end + 2, column=2, value="Исп. Вострикова Л.А., методист МКУ «ЦМиФО», тел. 8 (34141) 3-05-18")
    wb.save(HERE / fn)


def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump([fm.as_json() for fm in FORMS], fh, ensure_ascii=False, indent=1)
    with open(HERE / "cells.json", "w", encoding="utf-8") as fh:
        json.dump({"cells": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(fm.values) for fm in FORMS)
    nl = sum(len(fm.links) for fm in FORMS)
    nn = sum(len(fm.not_criteria) for fm in FORMS)
    print("files %d, forms %d, values %d, links %d, not_criteria %d" % (len(FORMS), len(FORMS), nv, nl, nn))
    for fm in FORMS:
        print("  %-40s values %3d links %3d nc %d headings %d" % (fm.file, len(fm.values), len(fm.links),
                                                                  len(fm.not_criteria), len(fm.headings)))


if __name__ == "__main__":
    main()
