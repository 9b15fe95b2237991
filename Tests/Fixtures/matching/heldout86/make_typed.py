#!/usr/bin/env python3
"""heldout86: Excel pivot tables (сводные таблицы) of the ЦМН monitoring answers, saved as values.

Writes typed/*.xlsx, expected.json and cells.json from fixed data. Deterministic: a random.Random(86) is used only
for the Яндекс.Диск ids of 04. Docs' created/modified dates are pinned.

The pivots are built here the way Excel builds them from a long list «Организация | Год | Направление | Показатель |
Значение | Ссылка | Ед. изм.»: row items sorted A→Z (as text), a group row holding the subtotal of its items
(compact form, subtotals at the top), «Общий итог» = the sum (or the mean) of all the leaves.
"""
import datetime
import json
import pathlib
import random
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"

PINNED = datetime.datetime(2024, 12, 2, 9, 30, 0)

HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="8EA9DB")
BOLD = Font(bold=True)

EXPECTED = []
CELLS = []


def pct(a, b):
    """a / b in per cent, rounded half-up to 2 decimals."""
    return float((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def sort_key(s):
    return s.lower().replace("ё", "е")


# ----------------------------------------------------------------------------------------------------------------
# catalogue (only to check that no typed title is a catalogue wording verbatim, and that ids exist)
def load_catalogue():
    ids, wordings = set(), set()
    with open(CRITERIA, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            ids.add(row["id"])
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row.get(k):
                    wordings.add(row[k].strip().lower())
    return ids, wordings


CAT_IDS, CAT_WORDINGS = load_catalogue()
NEEDS_SOURCE = set()
with open(CRITERIA, encoding="utf-8") as _f:
    _h = _f.readline().rstrip("\n").split("\t")
    for _line in _f:
        _r = dict(zip(_h, _line.rstrip("\n").split("\t")))
        if _r["needs_source"] == "yes":
            NEEDS_SOURCE.add(_r["id"])


# ----------------------------------------------------------------------------------------------------------------
# consistency of a school's figures
def check_school(v, name):
    def le(a, b):
        if a in v and b in v and v[a] is not None and v[b] is not None:
            assert v[a] <= v[b], (name, a, v[a], b, v[b])

    for g in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
              "mentees_other_params"):
        le(g, "mentees_10_19")
    groups = [v.get(g) or 0 for g in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                                      "mentees_career", "mentees_other_params")]
    if v.get("mentees_10_19") is not None:
        assert sum(groups) <= v["mentees_10_19"], name
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("young_specialists_mentees", "young_specialists")
    le("young_specialists_mentors", "young_specialists")
    le("young_specialists_mentors", "teachers_mentors")
    le("teachers_other_mentees", "teachers_other")
    forms = [v.get(k) or 0 for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                                     "pp_student_pupil", "pp_teacher_pupil", "pp_other")]
    if v.get("pp_total") is not None:
        assert sum(forms) == v["pp_total"], (name, forms, v["pp_total"])
    if v.get("mentors_total") is not None:
        parts = sum(v.get(k) or 0 for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                             "enterprise_mentors", "other_org_mentors"))
        assert parts <= v["mentors_total"], (name, parts, v["mentors_total"])
    if v.get("mentees_total") is not None:
        parts = sum(v.get(k) or 0 for k in ("mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"))
        assert parts <= v["mentees_total"], (name, parts, v["mentees_total"])
    if v.get("teachers_mentors") is not None and v.get("teachers_other") is not None:
        assert v["teachers_mentors"] <= v["teachers_other"] + v["young_specialists"], name


def add_shares(v):
    """Shares as per-cent numbers (2 decimals), from the school's counts."""
    v["share_mentees_10_19"] = pct(v["mentees_10_19"], v["students_10_19"])
    v["share_mentors_15_19"] = pct(v["mentors_15_19"], v["students_15_19"])
    v["share_young_specialists_mentees"] = pct(v["young_specialists_mentees"], v["young_specialists"])
    teachers = v["young_specialists"] + v["teachers_other"]
    v["share_teachers_mentees"] = pct(v["young_specialists_mentees"] + v["teachers_other_mentees"], teachers)
    v["share_teachers_mentors"] = pct(v["teachers_mentors"], teachers)
    v["share_young_specialists_mentors"] = pct(v["young_specialists_mentors"], v["young_specialists"])
    return v


# ----------------------------------------------------------------------------------------------------------------
# writers
class Item:
    def __init__(self, label, crit=None, vals=None, link=None):
        self.label = label
        self.crit = crit
        self.vals = vals          # list, one per value column; None = the pivot shows nothing
        self.link = link
        self.row = None
        self.link_row = None


def style_header(ws, row, c0, c1):
    for c in range(c0, c1 + 1):
        cell = ws.cell(row, c)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = Border(bottom=THIN)


def write_filters(ws, row, col, filters):
    for i, (k, v) in enumerate(filters):
        ws.cell(row + i, col, k)
        ws.cell(row + i, col + 1, v)
        ws.cell(row + i, col + 1).alignment = Alignment(horizontal="left")
    return row + len(filters)


def aggregate(leaves, agg):
    xs = [x for x in leaves if x is not None]
    if not xs:
        return None
    if agg == "avg":
        return sum(xs) / len(xs)
    return sum(xs)


def write_compact(ws, row, col, groups, ncols, *, agg="sum", indent="align", nested_links=False,
                  blank="(пусто)", grand="Общий итог", numfmt=None, total_col=False):
    """Compact-form pivot body: group rows (bold, subtotal), items (indented), optional link rows under items.
    groups: list of (label, [Item]). Returns the next free row and the list of group rows (label, row)."""
    group_rows = []

    def put_vals(r, vals, bold=False):
        vals = list(vals)
        if total_col:
            vals.append(aggregate(vals, agg))
        for k, x in enumerate(vals):
            cell = ws.cell(r, col + 1 + k)
            if x is not None:
                cell.value = x
            if numfmt:
                cell.number_format = numfmt
            if bold:
                cell.font = BOLD

    def put_label(r, text, level, bold=False):
        cell = ws.cell(r, col)
        if indent == "spaces":
            cell.value = "   " * level + text
        else:
            cell.value = text
            if level:
                cell.alignment = Alignment(indent=level)
        if bold:
            cell.font = BOLD

    all_leaves = [[] for _ in range(ncols)]
    for glabel, items in groups:
        gvals = [aggregate([it.vals[k] for it in items], agg) for k in range(ncols)]
        put_label(row, glabel, 0, bold=True)
        put_vals(row, gvals, bold=True)
        group_rows.append((glabel, row))
        row += 1
        for it in items:
            put_label(row, it.label, 1)
            put_vals(row, it.vals)
            it.row = row
            row += 1
            if nested_links:
                put_label(row, it.link if it.link else blank, 2)
                put_vals(row, it.vals)
                it.link_row = row
                row += 1
            for k in range(ncols):
                all_leaves[k].append(it.vals[k])
    gt = [aggregate(all_leaves[k], agg) for k in range(ncols)]
    put_label(row, grand, 0, bold=True)
    put_vals(row, gt, bold=True)
    ncell = ncols + (1 if total_col else 0)
    for c in range(col, col + 1 + ncell):
        ws.cell(row, c).border = Border(top=THIN)
        ws.cell(row, c).fill = HEAD_FILL
    return row + 1, group_rows


def sorted_groups(groups, sort_items=True):
    out = []
    for glabel, items in sorted(groups, key=lambda g: sort_key(g[0])):
        if sort_items:
            items = sorted(items, key=lambda it: sort_key(it.label))
        out.append((glabel, items))
    return out


def check_titles(groups):
    for g, items in groups:
        assert g.strip().lower() not in CAT_WORDINGS, g
        for it in items:
            assert it.label.strip().lower() not in CAT_WORDINGS, it.label
            if it.crit:
                assert it.crit in CAT_IDS, it.crit


def record_value(form, sheet, cell, crit, expected, title, title_cell, ws, org=None):
    c = ws[cell]
    entry = {"file": form["file"], "sheet": sheet, "cell": cell, "criterion": crit, "kind": "value",
             "expected": expected, "shown": c.value, "number_format": c.number_format, "title": title,
             "title_cell": title_cell}
    if org is not None:
        entry["organisation"] = org
    CELLS.append(entry)


def record_link(form, sheet, cell, crit, url, title, ws, org=None):
    c = ws[cell]
    entry = {"file": form["file"], "sheet": sheet, "cell": cell, "criterion": crit, "kind": "link", "expected": url,
             "shown": c.value, "hyperlink": c.hyperlink is not None, "title": title}
    if org is not None:
        entry["organisation"] = org
    CELLS.append(entry)


def finish_book(wb, path):
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = PINNED
    wb.properties.modified = PINNED
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def as_expected(x, frac=False):
    if frac:
        return round(x * 100 + 1e-9, 2)
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


# ----------------------------------------------------------------------------------------------------------------
# the schools' figures (2024)
SOSH4 = add_shares(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, mentors_total=41, mentees_total=77,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
    pp_total=28, pp_pupil_pupil=11, pp_teacher_teacher=9, pp_head_teacher=1, pp_student_pupil=0,
    pp_teacher_pupil=6, pp_other=1,
    external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=1,
    students_10_19=486, mentees_10_19=58, mentees_risk=6, mentees_disabled=4, mentees_gifted=12,
    mentees_low_motivation=15, mentees_career=9, mentees_other_params=12,
    students_15_19=132, mentors_15_19=17,
    satisfaction_mentees=91.3, satisfaction_mentors=88.6,
    young_specialists=7, young_specialists_mentees=6, teachers_other=54, teachers_other_mentees=5,
    teachers_in_pp=24, kpk_trained=4, school_methodical_associations=1,
    teachers_mentors=19, young_specialists_mentors=1,
    pay_acts=1, nonmaterial_acts=1))

LICEY2 = add_shares(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=3, mentors_total=58, mentees_total=112,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
    pp_total=38, pp_pupil_pupil=14, pp_teacher_teacher=10, pp_head_teacher=2, pp_teacher_pupil=9, pp_other=3,
    external_edu_mentors=3, enterprise_mentors=2, other_org_mentors=1,
    students_10_19=842, mentees_10_19=96, mentees_risk=9, mentees_disabled=6, mentees_gifted=21,
    mentees_low_motivation=17, mentees_career=25,
    students_15_19=236, mentors_15_19=24,
    satisfaction_mentees=94.2, satisfaction_mentors=92.8,
    young_specialists=9, young_specialists_mentees=8, teachers_other=71, teachers_other_mentees=6,
    teachers_mentors=27, young_specialists_mentors=1, kpk_trained=5, teachers_in_pp=23,
    school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1))

SOSH7 = add_shares(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, mentors_total=31, mentees_total=56,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=2,
    pp_total=20, pp_pupil_pupil=9, pp_teacher_teacher=6, pp_head_teacher=1, pp_teacher_pupil=4, pp_other=0,
    pp_student_student=0, pp_student_pupil=0,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=2,
    students_10_19=398, mentees_10_19=47, mentees_risk=5, mentees_disabled=3, mentees_gifted=8,
    mentees_low_motivation=10, mentees_career=11, mentees_other_params=6,
    students_15_19=104, mentors_15_19=12,
    satisfaction_mentees=89.5, satisfaction_mentors=90.0,
    young_specialists=5, young_specialists_mentees=5, teachers_other=41, teachers_other_mentees=4,
    teachers_in_pp=13, kpk_trained=3, school_methodical_associations=1,
    teachers_mentors=16, young_specialists_mentors=0,
    pay_acts=1, nonmaterial_acts=0))

SOSH12 = add_shares(dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=2, mentors_total=42, mentees_total=75,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=0,
    pp_total=28, pp_pupil_pupil=13, pp_teacher_teacher=8, pp_head_teacher=1, pp_teacher_pupil=6, pp_other=0,
    external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=0,
    students_10_19=566, mentees_10_19=63, mentees_risk=7, mentees_disabled=4, mentees_gifted=14,
    mentees_low_motivation=12, mentees_career=16,
    students_15_19=158, mentors_15_19=15,
    satisfaction_mentees=90.7, satisfaction_mentors=87.9,
    young_specialists=8, young_specialists_mentees=7, teachers_other=60, teachers_other_mentees=3,
    teachers_in_pp=17, kpk_trained=2, school_methodical_associations=1,
    teachers_mentors=22, young_specialists_mentors=1,
    pay_acts=1, nonmaterial_acts=1))

SOSH12_2023 = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, mentors_total=35, mentees_total=61,
    agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=0,
    pp_total=22, pp_pupil_pupil=10, pp_teacher_teacher=7, pp_head_teacher=0, pp_teacher_pupil=5, pp_other=0,
    external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=0,
    students_10_19=551, mentees_10_19=51, mentees_risk=5, mentees_disabled=3, mentees_gifted=11,
    mentees_low_motivation=9, mentees_career=10,
    students_15_19=149, mentors_15_19=12,
    satisfaction_mentees=88.2, satisfaction_mentors=86.0,
    young_specialists=6, young_specialists_mentees=6, teachers_other=61, teachers_other_mentees=4,
    teachers_in_pp=14, kpk_trained=3, school_methodical_associations=1,
    teachers_mentors=20, young_specialists_mentors=0,
    pay_acts=1, nonmaterial_acts=0,
    iro_mentors=1, programmes_total=3)
add_shares(SOSH12_2023)

DDT = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, mentors_total=18, mentees_total=46,
    agreements_edu_orgs=0, agreements_enterprises=2, agreements_other_orgs=1,
    external_edu_mentors=0, enterprise_mentors=2, other_org_mentors=1,
    teachers_mentors=9, mentors_15_19=6,
    pp_total=19, pp_pupil_pupil=5, pp_teacher_teacher=4, pp_head_teacher=1, pp_teacher_pupil=7, pp_other=2,
    students_10_19=1240, mentees_10_19=41, mentees_risk=3, mentees_disabled=5, mentees_gifted=12,
    mentees_career=9, mentees_other_params=8,
    students_15_19=310,
    young_specialists=3, young_specialists_mentees=3, teachers_other=38, teachers_other_mentees=2,
    young_specialists_mentors=0, kpk_trained=2, school_methodical_associations=1, teachers_in_pp=9,
    pay_acts=1, nonmaterial_acts=1)
# the ДДТ's list stores shares and satisfaction as fractions (formulas =41/1240 …, survey means 0.951)
DDT_FRAC = dict(
    share_mentees_10_19=41 / 1240, share_mentors_15_19=6 / 310,
    share_young_specialists_mentees=3 / 3, share_teachers_mentees=5 / 41,
    share_teachers_mentors=9 / 41, share_young_specialists_mentors=0 / 3,
    satisfaction_mentees=0.951, satisfaction_mentors=0.938)

GYM1 = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=3, mentors_total=64, mentees_total=131,
    agreements_edu_orgs=3, agreements_enterprises=1, agreements_other_orgs=2,
    pp_total=45, pp_pupil_pupil=18, pp_teacher_teacher=12, pp_head_teacher=3, pp_teacher_pupil=10, pp_other=2,
    students_10_19=915, mentees_10_19=112, mentees_risk=8, mentees_disabled=5, mentees_gifted=34,
    mentees_low_motivation=14, mentees_career=27,
    students_15_19=264, mentors_15_19=31,
    teachers_mentors=26, external_edu_mentors=4, enterprise_mentors=1, other_org_mentors=2,
    young_specialists_mentees=10, teachers_other_mentees=9, young_specialists=11, teachers_other=84)
KECH = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
    curators_total=1, mentors_total=20, mentees_total=32,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=None,
    pp_total=14, pp_pupil_pupil=5, pp_teacher_teacher=3, pp_head_teacher=0, pp_teacher_pupil=6, pp_other=0,
    students_10_19=233, mentees_10_19=29, mentees_risk=4, mentees_disabled=2, mentees_gifted=3,
    mentees_low_motivation=7, mentees_career=6,
    students_15_19=61, mentors_15_19=7,
    teachers_mentors=11, external_edu_mentors=1, enterprise_mentors=1,
    young_specialists_mentees=2, teachers_other_mentees=1, young_specialists=2, teachers_other=29)
OOSH9 = dict(
    orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
    curators_total=1, mentors_total=9, mentees_total=15,
    agreements_edu_orgs=1, agreements_enterprises=None, agreements_other_orgs=None,
    pp_total=7, pp_pupil_pupil=3, pp_teacher_teacher=1, pp_head_teacher=None, pp_teacher_pupil=3, pp_other=None,
    students_10_19=88, mentees_10_19=14, mentees_risk=2, mentees_disabled=1, mentees_gifted=None,
    mentees_low_motivation=4, mentees_career=2,
    students_15_19=12, mentors_15_19=2,
    teachers_mentors=6, external_edu_mentors=1,
    young_specialists_mentees=1, teachers_other_mentees=0, young_specialists=1, teachers_other=17)

for _name, _v in (("СОШ 4", SOSH4), ("Лицей 2", LICEY2), ("СОШ 7", SOSH7), ("СОШ 12", SOSH12),
                  ("СОШ 12 (2023)", SOSH12_2023), ("ДДТ", DDT), ("Гимназия 1", GYM1), ("Кечёвская", KECH),
                  ("ООШ 9", OOSH9)):
    check_school(_v, _name)


def new_form(file, org, sheet=None):
    f = {"file": file, "year": 2024, "organisation": org, "values": {}, "links": {}, "not_criteria": [],
         "headings": []}
    if sheet:
        f["sheet"] = sheet
    return f


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ================================================================================================================
# 01 — СОШ № 4: compact pivot, «Сумма по полю Значение» + «Количество по полю Ссылка», labels indented by spaces,
#      directions «01 …» … «11 …», items A→Z, a «(пусто)» direction and a «(пусто)» item. No links.
def file01():
    fname = "typed/01_СОШ4_сводная_ЦМН_2024.xlsx"
    org = "МБОУ «СОШ № 4»"
    v = SOSH4
    has_doc = lambda c: c in NEEDS_SOURCE  # the long list had a link on every row with a document
    spec = [
        ("01 Нормативная база", [
            ("Положение о наставничестве педработников (1/0)", "orgs_regulation_teachers"),
            ("Положение о наставничестве обучающихся (1/0)", "orgs_regulation_students"),
            ("Приказ о мониторинге ЦМН (1/0)", "orgs_monitoring_order")]),
        ("02 Организация процесса", [
            ("Кураторы ЦМН, чел.", "curators_total"),
            ("Наставники по приказу", "mentors_total"),
            ("Наставляемые по приказу", "mentees_total"),
            ("Пар наставник–наставляемый", None, 44, True),
            ("Соглашения с ОО (школы, СПО, вузы)", "agreements_edu_orgs"),
            ("Соглашения с предприятиями", "agreements_enterprises"),
            ("Соглашения с иными организациями", "agreements_other_orgs"),
            ("Справка по внутр. мониторингу (1/0)", "internal_monitoring_notes"),
            ("(пусто)", None, None, False)]),
        ("03 ППН", [
            ("ППН всего", "pp_total"),
            ("ППН руководитель-педагог", "pp_head_teacher"),
            ("ППН студент-студент", "pp_student_student"),
            ("ППН студент-ученик", "pp_student_pupil"),
            ("ППН ученик-ученик", "pp_pupil_pupil"),
            ("ППН учитель-ученик", "pp_teacher_pupil"),
            ("ППН учитель-учитель", "pp_teacher_teacher"),
            ("ППН иная форма", "pp_other")]),
        ("04 Внешние наставники", [
            ("Наставники из др. образоват. организаций", "external_edu_mentors"),
            ("Наставники из иных организаций", "other_org_mentors"),
            ("Наставники от предприятий", "enterprise_mentors")]),
        ("05 Обучающиеся 10-19 (наставляемые)", [
            ("Всего обучающихся 10-19 лет", "students_10_19"),
            ("Наставляемые 10-19 лет всего", "mentees_10_19"),
            ("Наставляемые 10-19: группа риска", "mentees_risk"),
            ("Наставляемые 10-19: ОВЗ/инвалиды", "mentees_disabled"),
            ("Наставляемые 10-19: одаренные (реестр)", "mentees_gifted"),
            ("Наставляемые 10-19: низкая мотивация/неусп.", "mentees_low_motivation"),
            ("Наставляемые 10-19: проф. самоопределение", "mentees_career"),
            ("Наставляемые 10-19: иные параметры", "mentees_other_params"),
            ("Доля наставляемых 10-19, %", "share_mentees_10_19")]),
        ("06 Обучающиеся 15-19 (наставники)", [
            ("Всего обучающихся 15-19 лет", "students_15_19"),
            ("Наставники 15-19 лет (приказ)", "mentors_15_19"),
            ("Доля наставников 15-19, %", "share_mentors_15_19")]),
        ("07 Удовлетворенность", [
            ("Удовлетворенность наставляемых, %", "satisfaction_mentees"),
            ("Удовлетворенность наставников, %", "satisfaction_mentors")]),
        ("08 Педагоги - наставляемые", [
            ("Молодые специалисты (до 35, стаж до 3 лет)", "young_specialists"),
            ("МС - наставляемые", "young_specialists_mentees"),
            ("Педагоги без МС", "teachers_other"),
            ("Педагоги без МС - наставляемые", "teachers_other_mentees"),
            ("Доля МС-наставляемых, %", "share_young_specialists_mentees"),
            ("Доля педагогов-наставляемых, %", "share_teachers_mentees")]),
        ("09 Проф. развитие", [
            ("Педагоги в ППН", "teachers_in_pp"),
            ("КПК по наставничеству (обучено за год)", "kpk_trained"),
            ("ШМО наставников", "school_methodical_associations")]),
        ("10 Педагоги - наставники", [
            ("Педагоги-наставники", "teachers_mentors"),
            ("МС-наставники", "young_specialists_mentors"),
            ("Доля педагогов-наставников, %", "share_teachers_mentors")]),
        ("11 Стимулирование", [
            ("Локальный акт об оплате наставничества, шт.", "pay_acts"),
            ("Локальный акт о нематериальном поощрении, шт.", "nonmaterial_acts")]),
        ("(пусто)", [
            ("Мероприятия по наставничеству, ед.", None, 7, False)]),
    ]
    groups = []
    for g, rows in spec:
        items = []
        for r in rows:
            if r[1] is None:
                label, _, val, doc = r
                items.append(Item(label, None, [val, 1 if doc else None]))
            else:
                label, crit = r
                val = v.get(crit)
                items.append(Item(label, crit, [val, 1 if (val is not None and has_doc(crit)) else None]))
        groups.append((g, items))
    groups = sorted_groups(groups)
    # Excel puts «(пусто)» last, whatever the sort
    groups = [g for g in groups if g[0] != "(пусто)"] + [g for g in groups if g[0] == "(пусто)"]
    groups = [(g, [i for i in it if i.label != "(пусто)"] + [i for i in it if i.label == "(пусто)"])
              for g, it in groups]
    check_titles(groups)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Сводная"
    sheet = ws.title
    write_filters(ws, 1, 1, [("Организация", org), ("Год", 2024), ("Тип ОО", "(Все)")])
    hr = 5
    ws.cell(hr, 1, "Названия строк")
    ws.cell(hr, 2, "Сумма по полю Значение")
    ws.cell(hr, 3, "Количество по полю Ссылка")
    style_header(ws, hr, 1, 3)
    end, grows = write_compact(ws, hr + 1, 1, groups, 2, indent="spaces")
    set_widths(ws, {"A": 52, "B": 24, "C": 27})

    form = new_form(fname, org)
    for g, items in groups:
        for it in items:
            if it.crit and it.vals[0] is not None:
                form["values"][it.crit] = as_expected(it.vals[0])
                record_value(form, sheet, f"B{it.row}", it.crit, form["values"][it.crit], ws[f"A{it.row}"].value,
                             f"A{it.row}", ws)
            elif it.crit is None and it.vals[0] is not None:
                form["not_criteria"].append(it.label)
    form["not_criteria"] = [g for g, _ in grows] + form["not_criteria"] + ["Общий итог", "Количество по полю Ссылка"]
    finish_book(wb, HERE / fname)
    EXPECTED.append(form)


# ================================================================================================================
# 02 — МАОУ «Лицей № 2»: English Excel («Row Labels | Sum of Значение», «(blank)», «Grand Total»), three row fields:
#      Раздел → Показатель → Ссылка, so each criterion row is followed by its link row (or «(blank)»).
def file02():
    fname = "typed/02_Licey2_pivot_CMN_2024.xlsx"
    org = "МАОУ «Лицей № 2»"
    v = LICEY2
    base = "https://licey2-irymsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    docs = {
        "pol_ped": "prikaz_112_polozhenie_nastavnichestvo_pedagogi.pdf",
        "pol_obuch": "prikaz_113_polozhenie_nastavnichestvo_obuch.pdf",
        "monitor": "prikaz_214_monitoring_CMN_2024.pdf",
        "spravka": "spravka_vnutr_monitoring_CMN_2024.pdf",
        "kurator": "prikaz_98_kuratory_CMN.pdf",
        "pary": "prikaz_187_nastavnicheskie_pary_2024-2025.pdf",
        "dogovory": "dogovory_o_sotrudnichestve_2024.pdf",
        "ppn": "reestr_PPN_2024.pdf",
        "anketa": "itogi_anketirovaniya_udovletvorennost_2024.pdf",
        "kpk": "udostovereniya_KPK_nastavnichestvo_2024.pdf",
        "mo": "prikaz_101_MO_nastavnikov.pdf",
        "oplata": "polozhenie_ob_oplate_truda_razd_5_nastavnichestvo.pdf",
        "pooshch": "polozhenie_o_nematerialnom_pooshchrenii_nastavnikov.pdf",
        "konkurs": "prikaz_itogi_konkursa_nastavnik_goda_2024.pdf",
    }
    spec = [
        ("1. Нормативные документы", [
            ("1.1 Положение о наставничестве педагогов (приказ)", "orgs_regulation_teachers", "pol_ped"),
            ("1.2 Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", "pol_obuch"),
            ("1.3 Приказ о проведении мониторинга ЦМН", "orgs_monitoring_order", "monitor"),
            ("1.4 Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "spravka")]),
        ("2. Организация наставничества", [
            ("2.1 Кураторы внедрения ЦМН", "curators_total", "kurator"),
            ("2.2 Наставники (в базе, по приказу)", "mentors_total", "pary"),
            ("2.3 Наставляемые (в базе, по приказу)", "mentees_total", "pary"),
            ("2.4 Договоры о сотрудничестве с вузами/СПО/школами", "agreements_edu_orgs", "dogovory"),
            ("2.5 Договоры с предприятиями", "agreements_enterprises", "dogovory"),
            ("2.6 Договоры с НКО и прочими организациями", "agreements_other_orgs", "dogovory")]),
        ("3. Персонализированные программы", [
            ("3.1 ППН, всего", "pp_total", "ppn"),
            ("3.2 ученик – ученик", "pp_pupil_pupil", "ppn"),
            ("3.3 учитель – учитель", "pp_teacher_teacher", "ppn"),
            ("3.4 студент – студент", "pp_student_student", None),
            ("3.5 руководитель – педагог", "pp_head_teacher", "ppn"),
            ("3.6 учитель – ученик", "pp_teacher_pupil", "ppn"),
            ("3.7 иная (лицеист – школьник СОШ)", "pp_other", "ppn")]),
        ("4. Внешние наставники", [
            ("4.1 из вузов и колледжей", "external_edu_mentors", "pary"),
            ("4.2 из предприятий", "enterprise_mentors", "pary"),
            ("4.3 из иных организаций", "other_org_mentors", "pary")]),
        ("5. Лицеисты 10–19 лет", [
            ("5.1 Обучающихся 10–19 лет (всего)", "students_10_19", None),
            ("5.2 в т.ч. наставляемые", "mentees_10_19", "pary"),
            ("5.3 из них «группа риска»", "mentees_risk", "pary"),
            ("5.4 из них ОВЗ, дети-инвалиды", "mentees_disabled", "pary"),
            ("5.5 из них одарённые (в реестре)", "mentees_gifted", "pary"),
            ("5.6 из них с низкой мотивацией", "mentees_low_motivation", "pary"),
            ("5.7 из них выбор профессии/траектории", "mentees_career", "pary"),
            ("5.8 Доля наставляемых 10–19 лет, %", "share_mentees_10_19", None)]),
        ("6. Лицеисты 15–19 лет", [
            ("6.1 Обучающихся 15–19 лет (всего)", "students_15_19", None),
            ("6.2 из них наставники (по приказу)", "mentors_15_19", "pary"),
            ("6.3 Доля наставников 15–19 лет, %", "share_mentors_15_19", None)]),
        ("7. Удовлетворённость (завершённые программы)", [
            ("7.1 наставляемых, %", "satisfaction_mentees", "anketa"),
            ("7.2 наставников, %", "satisfaction_mentors", "anketa")]),
        ("8. Педагоги", [
            ("8.1 Молодых специалистов всего", "young_specialists", None),
            ("8.2 МС в роли наставляемых", "young_specialists_mentees", "pary"),
            ("8.3 Педагогов (кроме МС) всего", "teachers_other", None),
            ("8.4 Педагоги (кроме МС) в роли наставляемых", "teachers_other_mentees", "pary"),
            ("8.5 Педагоги в роли наставников", "teachers_mentors", "pary"),
            ("8.6 МС в роли наставников", "young_specialists_mentors", "pary"),
            ("8.7 Прошли КПК по наставничеству в 2024 г.", "kpk_trained", "kpk"),
            ("8.8 Педагоги, участвующие в ППН", "teachers_in_pp", "ppn"),
            ("8.9 Методобъединение наставников", "school_methodical_associations", "mo")]),
        ("9. Стимулирование", [
            ("9.1 Положение об оплате (доплатах) наставникам", "pay_acts", "oplata"),
            ("9.2 Положение о нематериальном поощрении наставников", "nonmaterial_acts", "pooshch"),
            ("9.3 Победители конкурса «Наставник года» (лицей)", None, "konkurs", 2)]),
    ]
    groups = []
    for g, rows in spec:
        items = []
        for r in rows:
            label, crit, doc = r[:3]
            val = v.get(crit) if crit else r[3]
            link = base + docs[doc] if (doc and val is not None) else None
            items.append(Item(label, crit, [val], link))
        groups.append((g, items))
    groups = sorted_groups(groups)
    check_titles(groups)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pivot"
    sheet = ws.title
    write_filters(ws, 1, 1, [("Организация", org), ("Год", 2024), ("Тип ОО", "(All)")])
    hr = 5
    ws.cell(hr, 1, "Row Labels")
    ws.cell(hr, 2, "Sum of Значение")
    style_header(ws, hr, 1, 2)
    end, grows = write_compact(ws, hr + 1, 1, groups, 1, indent="align", nested_links=True, blank="(blank)",
                               grand="Grand Total")
    set_widths(ws, {"A": 95, "B": 17})

    form = new_form(fname, org)
    for g, items in groups:
        for it in items:
            if it.crit and it.vals[0] is not None:
                form["values"][it.crit] = as_expected(it.vals[0])
                record_value(form, sheet, f"B{it.row}", it.crit, form["values"][it.crit], it.label, f"A{it.row}", ws)
                if it.link:
                    form["links"][it.crit] = it.link
                    record_link(form, sheet, f"A{it.link_row}", it.crit, it.link, it.label, ws)
            elif it.crit is None and it.vals[0] is not None:
                form["not_criteria"].append(it.label)
    form["not_criteria"] = [g for g, _ in grows] + form["not_criteria"] + ["(blank)", "Grand Total"]
    finish_book(wb, HERE / fname)
    EXPECTED.append(form)


# ================================================================================================================
# 03 — the methodologist's pivot of three schools side by side: «Названия столбцов» = organisations, a «(пусто)»
#      column of answers that lost their organisation, a «Общий итог» column; filters «Год», «Ед. изм.» (several
#      items: no shares), «Направление» (several items). Items A→Z, short labels that need their group.
def file03():
    fname = "typed/03_svod_3OO_pivot_2024.xlsx"
    orgs = ["МБОУ «Гимназия № 1»", "МБОУ «Кечёвская СОШ»", "МБОУ «ООШ № 9»"]
    data = [GYM1, KECH, OOSH9]
    lost = {"mentors_total": 5, "mentees_total": 9}   # the «(пусто)» column
    spec = [
        ("Нормативка", [
            ("Положение (обучающиеся)", "orgs_regulation_students"),
            ("Положение (педагоги)", "orgs_regulation_teachers"),
            ("Приказ о мониторинге", "orgs_monitoring_order")]),
        ("Организация", [
            ("Кураторы", "curators_total"),
            ("Наставники (приказ)", "mentors_total"),
            ("Наставляемые (приказ)", "mentees_total"),
            ("Соглашения с ОО", "agreements_edu_orgs"),
            ("Соглашения с предприятиями", "agreements_enterprises"),
            ("Соглашения с иными орг.", "agreements_other_orgs"),
            ("Справка внутр. мониторинга", "internal_monitoring_notes")]),
        ("ППН", [
            ("всего", "pp_total"),
            ("иная форма", "pp_other"),
            ("рук. – педагог", "pp_head_teacher"),
            ("ученик – ученик", "pp_pupil_pupil"),
            ("учитель – ученик", "pp_teacher_pupil"),
            ("учитель – учитель", "pp_teacher_teacher")]),
        ("Обучающиеся 10–19", [
            ("всего", "students_10_19"),
            ("выбор профессии", "mentees_career"),
            ("группа риска", "mentees_risk"),
            ("наставляемые", "mentees_10_19"),
            ("низкая мотивация", "mentees_low_motivation"),
            ("ОВЗ, инвалиды", "mentees_disabled"),
            ("одарённые", "mentees_gifted")]),
        ("Обучающиеся 15–19", [
            ("всего", "students_15_19"),
            ("наставники", "mentors_15_19")]),
    ]
    groups = []
    for g, rows in spec:
        items = []
        for label, crit in rows:
            vals = [d.get(crit) for d in data] + [lost.get(crit)]
            items.append(Item(label, crit, vals))
        groups.append((g, items))
    groups = sorted_groups(groups)
    check_titles(groups)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Свод_ОО"
    sheet = ws.title
    write_filters(ws, 1, 1, [("Год", 2024), ("Ед. изм.", "(Несколько элементов)"),
                             ("Направление", "(Несколько элементов)")])
    r1 = 5
    ws.cell(r1, 1, "Сумма по полю Значение")
    ws.cell(r1, 2, "Названия столбцов")
    style_header(ws, r1, 1, 6)
    hr = 6
    ws.cell(hr, 1, "Названия строк")
    for k, o in enumerate(orgs + ["(пусто)", "Общий итог"]):
        ws.cell(hr, 2 + k, o)
    style_header(ws, hr, 1, 6)
    for c in range(2, 7):
        ws.cell(hr, c).alignment = Alignment(wrap_text=True, vertical="top")
    end, grows = write_compact(ws, hr + 1, 1, groups, 4, indent="align", total_col=True)
    set_widths(ws, {"A": 32, "B": 16, "C": 16, "D": 14, "E": 10, "F": 12})

    form = new_form(fname, orgs)
    form["values"] = [{} for _ in orgs]
    form["links"] = [{} for _ in orgs]
    cols = "BCD"
    for g, items in groups:
        for it in items:
            for k, o in enumerate(orgs):
                x = it.vals[k]
                if x is None:
                    continue
                form["values"][k][it.crit] = as_expected(x)
                record_value(form, sheet, f"{cols[k]}{it.row}", it.crit, as_expected(x), it.label, f"A{it.row}", ws,
                             org=o)
                CELLS[-1]["org_header"] = {"sheet": sheet, "cell": f"{cols[k]}{hr}"}
    form["not_criteria"] = [g for g, _ in grows] + ["Общий итог", "(пусто)"]
    finish_book(wb, HERE / fname)
    EXPECTED.append(form)


# ================================================================================================================
# 04 — СОШ № 7: tabular form. Направление | Показатель | Ссылка | Сумма по полю Значение; the direction shown once
#      (not repeated), «… Итог» rows under each direction, «(пусто)» in the link column, directions sorted as text
#      («1.», «10.», «11.», «2.» …).
def file04():
    fname = "typed/04_SOSH7_svodnaya_tablichnaya.xlsx"
    org = "МБОУ «СОШ № 7»"
    v = SOSH7
    rng = random.Random(86)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    disk = {}
    for doc in ("pol_ped", "pol_obuch", "monitor", "spravka", "kurator", "pary", "dogovory", "ppn", "anketa",
                "kpk", "shmo", "oplata"):
        disk[doc] = "https://disk.yandex.ru/i/" + "".join(rng.choice(alphabet) for _ in range(14))
    spec = [
        ("1. Нормативное обеспечение", [
            ("Положение о наставничестве обучающихся", "orgs_regulation_students", "pol_obuch"),
            ("Положение о наставничестве пед. работников", "orgs_regulation_teachers", "pol_ped"),
            ("Приказ о мониторинге", "orgs_monitoring_order", "monitor")]),
        ("2. Организация", [
            ("Внутренний мониторинг: справка", "internal_monitoring_notes", "spravka"),
            ("Кураторы", "curators_total", "kurator"),
            ("Наставляемых по приказу", "mentees_total", "pary"),
            ("Наставников по приказу", "mentors_total", "pary"),
            ("Количество наставнических пар", None, "pary", 33),
            ("Соглашения: иные организации", "agreements_other_orgs", "dogovory"),
            ("Соглашения: образовательные организации", "agreements_edu_orgs", "dogovory"),
            ("Соглашения: предприятия", "agreements_enterprises", None)]),
        ("3. ППН", [
            ("Всего ППН", "pp_total", "ppn"),
            ("иная форма", "pp_other", None),
            ("руководитель – педагог", "pp_head_teacher", "ppn"),
            ("студент – студент", "pp_student_student", None),
            ("студент – ученик", "pp_student_pupil", None),
            ("ученик – ученик", "pp_pupil_pupil", "ppn"),
            ("учитель – ученик", "pp_teacher_pupil", "ppn"),
            ("учитель – учитель", "pp_teacher_teacher", "ppn")]),
        ("4. Наставники извне", [
            ("из ОО (школы, СПО, вузы)", "external_edu_mentors", "pary"),
            ("из иных организаций", "other_org_mentors", "pary"),
            ("из предприятий", "enterprise_mentors", None)]),
        ("5. Дети 10–19 лет", [
            ("всего обучающихся", "students_10_19", None),
            ("наставляемые, всего", "mentees_10_19", "pary"),
            ("наставляемые: группа риска", "mentees_risk", "pary"),
            ("наставляемые: ОВЗ и инвалиды", "mentees_disabled", "pary"),
            ("наставляемые: одарённые", "mentees_gifted", "pary"),
            ("наставляемые: низкая мотивация", "mentees_low_motivation", "pary"),
            ("наставляемые: профориентация", "mentees_career", "pary"),
            ("наставляемые: иные основания", "mentees_other_params", "pary"),
            ("доля наставляемых, %", "share_mentees_10_19", None)]),
        ("6. Дети 15–19 лет", [
            ("всего обучающихся", "students_15_19", None),
            ("наставники (приказ)", "mentors_15_19", "pary"),
            ("доля наставников, %", "share_mentors_15_19", None)]),
        ("7. Удовлетворённость", [
            ("наставляемые, %", "satisfaction_mentees", "anketa"),
            ("наставники, %", "satisfaction_mentors", "anketa")]),
        ("8. Педагоги – наставляемые", [
            ("молодые специалисты, всего", "young_specialists", None),
            ("молодые специалисты – наставляемые", "young_specialists_mentees", "pary"),
            ("остальные педагоги, всего", "teachers_other", None),
            ("остальные педагоги – наставляемые", "teachers_other_mentees", "pary"),
            ("доля МС-наставляемых, %", "share_young_specialists_mentees", None),
            ("доля педагогов-наставляемых, %", "share_teachers_mentees", None)]),
        ("9. Развитие педагогов", [
            ("КПК по наставничеству", "kpk_trained", "kpk"),
            ("ШМО наставников", "school_methodical_associations", "shmo"),
            ("участники ППН (педагоги)", "teachers_in_pp", "ppn")]),
        ("10. Педагоги – наставники", [
            ("педагоги-наставники", "teachers_mentors", "pary"),
            ("доля педагогов-наставников, %", "share_teachers_mentors", None)]),
        ("11. Стимулирование", [
            ("оплата наставничества (лок. акт)", "pay_acts", "oplata"),
            ("нематериальное поощрение (лок. акт)", "nonmaterial_acts", None)]),
    ]
    groups = []
    for g, rows in spec:
        items = []
        for r in rows:
            label, crit, doc = r[:3]
            val = v.get(crit) if crit else r[3]
            items.append(Item(label, crit, [val], disk[doc] if doc else None))
        groups.append((g, items))
    groups = sorted_groups(groups)
    check_titles(groups)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист2"
    sheet = ws.title
    write_filters(ws, 1, 1, [("Организация", org), ("Год", 2024)])
    hr = 4
    for k, h in enumerate(["Направление", "Показатель", "Ссылка", "Сумма по полю Значение"]):
        ws.cell(hr, 1 + k, h)
    style_header(ws, hr, 1, 4)
    row = hr + 1
    form = new_form(fname, org)
    leaves = []
    for g, items in groups:
        for n, it in enumerate(items):
            if n == 0:
                ws.cell(row, 1, g)
                form["headings"].append(g)
            ws.cell(row, 2, it.label)
            ws.cell(row, 3, it.link if it.link else "(пусто)")
            if it.vals[0] is not None:
                ws.cell(row, 4, it.vals[0])
            it.row = row
            leaves.append(it.vals[0])
            if it.crit and it.vals[0] is not None:
                form["values"][it.crit] = as_expected(it.vals[0])
                record_value(form, sheet, f"D{row}", it.crit, form["values"][it.crit], it.label, f"B{row}", ws)
                if it.link:
                    form["links"][it.crit] = it.link
                    record_link(form, sheet, f"C{row}", it.crit, it.link, it.label, ws)
            elif it.crit is None and it.vals[0] is not None:
                form["not_criteria"].append(it.label)
            row += 1
        ws.cell(row, 1, g + " Итог")
        ws.cell(row, 4, aggregate([it.vals[0] for it in items], "sum"))
        for c in range(1, 5):
            ws.cell(row, c).font = BOLD
            ws.cell(row, c).fill = GROUP_FILL
            ws.cell(row, c).border = Border(top=THIN)
        form["not_criteria"].append(g + " Итог")
        row += 1
    ws.cell(row, 1, "Общий итог")
    ws.cell(row, 4, aggregate(leaves, "sum"))
    for c in range(1, 5):
        ws.cell(row, c).font = BOLD
        ws.cell(row, c).fill = HEAD_FILL
        ws.cell(row, c).border = Border(top=THIN)
    form["not_criteria"].append("Общий итог")
    set_widths(ws, {"A": 30, "B": 42, "C": 40, "D": 24})
    finish_book(wb, HERE / fname)
    EXPECTED.append(form)


# ================================================================================================================
# 05 — СОШ № 12: compact pivot with the years as columns (2023 | 2024 | Общий итог), labels indented by spaces,
#      items numbered after the municipal template («п.2.2»), directions unnumbered (A→Z). The links of 2024 are
#      typed by hand in column F beside the pivot.
def file05():
    fname = "typed/05_СОШ12_сводная_2023-2024_ссылки.xlsx"
    org = "МБОУ «СОШ № 12»"
    base = "https://sh12-irymsk-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    docs = {
        "pol_ped": "polozhenie_o_nastavnichestve_pedagogicheskih_rabotnikov.pdf",
        "pol_obuch": "polozhenie_o_nastavnichestve_obuchayushchihsya.pdf",
        "monitor": "prikaz_156-od_monitoring_CMN.pdf",
        "spravka": "analiticheskaya_spravka_CMN_2024.pdf",
        "kurator": "prikaz_77-od_kurator.pdf",
        "pary": "prikaz_201-od_o_zakreplenii_nastavnikov.pdf",
        "dogovory": "soglasheniya_o_sotrudnichestve.pdf",
        "ppn": "personalizirovannye_programmy_2024.pdf",
        "anketa": "rezultaty_anketirovaniya_2024.pdf",
        "kpk": "svedeniya_KPK_2024.pdf",
        "mo": "plan_raboty_MO_nastavnikov_2024.pdf",
        "oplata": "polozhenie_o_stimuliruyushchih_vyplatah.pdf",
        "pooshch": "polozhenie_o_moralnom_pooshchrenii.pdf",
    }
    spec = [
        ("Документы", [
            ("п.1.1 Положение о наставничестве педагогов", "orgs_regulation_teachers", "pol_ped"),
            ("п.1.2 Положение о наставничестве обучающихся", "orgs_regulation_students", "pol_obuch"),
            ("п.1.3 Приказ о мониторинге", "orgs_monitoring_order", "monitor"),
            ("п.1.4 Информ. справка по итогам внутр. мониторинга", "internal_monitoring_notes", "spravka")]),
        ("Организация", [
            ("п.2.1 Кураторы ЦМН", "curators_total", "kurator"),
            ("п.2.2 Наставники по приказу", "mentors_total", "pary"),
            ("п.2.3 Наставляемые по приказу", "mentees_total", "pary"),
            ("п.2.4 Соглашения с образоват. организациями", "agreements_edu_orgs", "dogovory"),
            ("п.2.5 Соглашения с предприятиями", "agreements_enterprises", "dogovory"),
            ("п.2.6 Соглашения с иными организациями", "agreements_other_orgs", None),
            ("п.2.7 Программы наставничества (кроме ППН)", "programmes_total", None)]),
        ("ППН", [
            ("п.3.1 ППН всего", "pp_total", "ppn"),
            ("п.3.2 ППН «ученик – ученик»", "pp_pupil_pupil", "ppn"),
            ("п.3.3 ППН «учитель – учитель»", "pp_teacher_teacher", "ppn"),
            ("п.3.4 ППН «руководитель – педагог»", "pp_head_teacher", "ppn"),
            ("п.3.5 ППН «учитель – ученик»", "pp_teacher_pupil", "ppn"),
            ("п.3.6 ППН иные формы", "pp_other", None)]),
        ("Внешние наставники", [
            ("п.4.1 Наставники из других ОО (по приказу)", "external_edu_mentors", "pary"),
            ("п.4.2 Наставники из ИРО", "iro_mentors", None),
            ("п.4.3 Наставники из иных организаций", "other_org_mentors", None),
            ("п.4.4 Наставники с предприятий", "enterprise_mentors", "pary")]),
        ("Обучающиеся", [
            ("п.5.1 Обучающиеся 10–19 лет, всего", "students_10_19", None),
            ("п.5.2 Наставляемые 10–19 лет", "mentees_10_19", "pary"),
            ("п.5.3 Наставляемые из «группы риска»", "mentees_risk", "pary"),
            ("п.5.4 Наставляемые одарённые (реестр)", "mentees_gifted", "pary"),
            ("п.5.5 Наставляемые с ОВЗ, инвалиды", "mentees_disabled", "pary"),
            ("п.5.6 Наставляемые с низкой мотивацией", "mentees_low_motivation", "pary"),
            ("п.5.7 Наставляемые (выбор траектории, профессии)", "mentees_career", "pary"),
            ("п.5.8 Доля наставляемых 10–19 лет, %", "share_mentees_10_19", None),
            ("п.6.1 Обучающиеся 15–19 лет, всего", "students_15_19", None),
            ("п.6.2 Наставники-обучающиеся 15–19 лет", "mentors_15_19", "pary"),
            ("п.6.3 Доля наставников 15–19 лет, %", "share_mentors_15_19", None)]),
        ("Удовлетворенность", [
            ("п.7.1 Удовлетворенность наставляемых, %", "satisfaction_mentees", "anketa"),
            ("п.7.2 Удовлетворенность наставников, %", "satisfaction_mentors", "anketa")]),
        ("Кадры", [
            ("п.8.1 Молодые специалисты, всего", "young_specialists", None),
            ("п.8.2 Молодые специалисты – наставляемые", "young_specialists_mentees", "pary"),
            ("п.8.3 Педагоги (без МС), всего", "teachers_other", None),
            ("п.8.4 Педагоги (без МС) – наставляемые", "teachers_other_mentees", "pary"),
            ("п.8.5 Доля педагогов-наставляемых, %", "share_teachers_mentees", None),
            ("п.9.1 Педагоги, участвующие в ППН", "teachers_in_pp", "ppn"),
            ("п.9.2 Обучены на КПК по наставничеству", "kpk_trained", "kpk"),
            ("п.9.3 МО наставников в школе", "school_methodical_associations", "mo"),
            ("п.10.1 Педагоги-наставники", "teachers_mentors", "pary"),
            ("п.10.2 Молодые специалисты – наставники", "young_specialists_mentors", "pary"),
            ("п.10.3 Доля педагогов-наставников, %", "share_teachers_mentors", None)]),
        ("Стимулирование", [
            ("п.11.1 Положение о материальном стимулировании наставников", "pay_acts", "oplata"),
            ("п.11.2 Положение о нематериальном поощрении", "nonmaterial_acts", "pooshch")]),
    ]
    groups = []
    for g, rows in spec:
        items = []
        for label, crit, doc in rows:
            y23 = SOSH12_2023.get(crit)
            y24 = SOSH12.get(crit)
            items.append(Item(label, crit, [y23, y24], base + docs[doc] if (doc and y24 is not None) else None))
        groups.append((g, items))
    # directions A→Z, items A→Z as text: in «Кадры» the п.10.x rows come before п.8.x and п.9.x
    groups = sorted_groups(groups)
    check_titles(groups)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "СОШ12"
    sheet = ws.title
    ws["A1"] = "Мониторинг ЦМН — СОШ № 12 (сводная из общей выгрузки, 2023 и 2024)"
    ws["A1"].font = Font(bold=True, size=12)
    write_filters(ws, 3, 1, [("Организация", org), ("Направление", "(Все)")])
    r1 = 6
    ws.cell(r1, 1, "Сумма по полю Значение")
    ws.cell(r1, 2, "Названия столбцов")
    style_header(ws, r1, 1, 4)
    hr = 7
    ws.cell(hr, 1, "Названия строк")
    ws.cell(hr, 2, 2023)
    ws.cell(hr, 3, 2024)
    ws.cell(hr, 4, "Общий итог")
    style_header(ws, hr, 1, 4)
    ws.cell(hr, 6, "Ссылка на документ (2024)")
    ws.cell(hr, 6).font = Font(bold=True, color="C00000")
    end, grows = write_compact(ws, hr + 1, 1, groups, 2, indent="spaces", total_col=True)
    set_widths(ws, {"A": 62, "B": 10, "C": 10, "D": 12, "E": 3, "F": 80})

    form = new_form(fname, org)
    plain_text = {"monitor", "kpk"}  # pasted without autoformat: the URL is plain text
    for g, items in groups:
        for it in items:
            if it.vals[1] is not None:
                form["values"][it.crit] = as_expected(it.vals[1])
                record_value(form, sheet, f"C{it.row}", it.crit, form["values"][it.crit], ws[f"A{it.row}"].value,
                             f"A{it.row}", ws)
            if it.link:
                c = ws.cell(it.row, 6, it.link)
                if not any(it.link.endswith(docs[d]) for d in plain_text):
                    c.hyperlink = it.link
                    c.font = Font(color="0563C1", underline="single")
                form["links"][it.crit] = it.link
                record_link(form, sheet, f"F{it.row}", it.crit, it.link, ws[f"A{it.row}"].value.strip(), ws)
            elif it.crit == "agreements_other_orgs":
                ws.cell(it.row, 6, "нет соглашений")
            elif it.crit == "pp_other":
                ws.cell(it.row, 6, "—")
    form["not_criteria"] = [g for g, _ in grows] + ["Общий итог", "2023"]
    finish_book(wb, HERE / fname)
    EXPECTED.append(form)


# ================================================================================================================
# 06 — МБУ ДО «ДДТ» (a ДОП): two pivots side by side on one sheet. Left (A:B): counts, «Сумма по полю Значение»,
#      three row fields Раздел → Показатель → Ссылка (link rows or «(пусто)»). Right (D:E): shares and satisfaction,
#      «Среднее по полю Значение», percent format 0.00%, the list stored fractions.
def file06():
    fname = "typed/06_ДДТ_сводная_наставничество_2024.xlsx"
    org = "МБУ ДО «ДДТ»"
    base = "https://ddt-irymsk-r18.gosweb.gosuslugi.ru/netcat_files/160/"
    docs = {
        "pol_ped": "2041/polozhenie_nastavnichestvo_pedagogov_DDT.pdf",
        "pol_obuch": "2042/polozhenie_nastavnichestvo_obuchayushchihsya_DDT.pdf",
        "monitor": "2107/prikaz_monitoring_CMN_2024.pdf",
        "spravka": "2230/spravka_monitoring_CMN_DDT_2024.pdf",
        "kurator": "1988/prikaz_kurator_CMN.pdf",
        "pary": "2156/prikaz_o_nastavnicheskih_parah_2024.pdf",
        "dogovory": "2160/soglasheniya_partnery_2024.pdf",
        "ppn": "2171/PPN_DDT_2024.pdf",
        "kpk": "2199/KPK_nastavniki_2024.pdf",
        "mo": "2012/MO_nastavnikov_DDT.pdf",
        "oplata": "1950/polozhenie_o_doplatah.pdf",
        "pooshch": "1951/polozhenie_o_nematerialnom_pooshchrenii.pdf",
    }
    spec = [
        ("Документы", [
            ("Положение о наставничестве обучающихся", "orgs_regulation_students", "pol_obuch"),
            ("Положение о наставничестве педагогов", "orgs_regulation_teachers", "pol_ped"),
            ("Приказ о мониторинге ЦМН", "orgs_monitoring_order", "monitor"),
            ("Справка по итогам внутр. мониторинга", "internal_monitoring_notes", "spravka")]),
        ("Кадры и наставники", [
            ("Куратор ЦМН", "curators_total", "kurator"),
            ("Наставники всего (приказ)", "mentors_total", "pary"),
            ("Наставляемые всего (приказ)", "mentees_total", "pary"),
            ("Наставники - педагоги ДДТ", "teachers_mentors", "pary"),
            ("Наставники - обучающиеся 15-19 лет", "mentors_15_19", "pary"),
            ("Наставники из других ОО", "external_edu_mentors", None),
            ("Наставники от предприятий", "enterprise_mentors", "pary"),
            ("Наставники от иных организаций (НКО)", "other_org_mentors", "pary"),
            ("Соглашения с ОО", "agreements_edu_orgs", None),
            ("Соглашения с предприятиями", "agreements_enterprises", "dogovory"),
            ("Соглашения с иными организациями", "agreements_other_orgs", "dogovory")]),
        ("Обучающиеся", [
            ("Обучающиеся 10-19 лет (все объединения)", "students_10_19", None),
            ("Обучающиеся 15-19 лет", "students_15_19", None),
            ("Наставляемые 10-19 лет", "mentees_10_19", "pary"),
            ("Наставляемые: группа риска", "mentees_risk", "pary"),
            ("Наставляемые: ОВЗ/инвалиды", "mentees_disabled", "pary"),
            ("Наставляемые: одарённые (реестр)", "mentees_gifted", "pary"),
            ("Наставляемые: низкая мотивация", "mentees_low_motivation", None),
            ("Наставляемые: профориентация", "mentees_career", "pary"),
            ("Наставляемые: иные основания", "mentees_other_params", "pary")]),
        ("Педагоги", [
            ("Педагоги ДО (кроме МС)", "teachers_other", None),
            ("Молодые специалисты", "young_specialists", None),
            ("МС - наставляемые", "young_specialists_mentees", "pary"),
            ("Педагоги (кроме МС) - наставляемые", "teachers_other_mentees", "pary"),
            ("МС - наставники", "young_specialists_mentors", None),
            ("КПК по наставничеству", "kpk_trained", "kpk"),
            ("МО наставников", "school_methodical_associations", "mo"),
            ("Педагоги, участвующие в ППН", "teachers_in_pp", "ppn")]),
        ("Поощрение", [
            ("Положение о доплате за наставничество", "pay_acts", "oplata"),
            ("Положение о нематериальном поощрении", "nonmaterial_acts", "pooshch")]),
        ("Программы (ППН)", [
            ("ППН всего", "pp_total", "ppn"),
            ("ППН обучающийся - обучающийся", "pp_pupil_pupil", "ppn"),
            ("ППН педагог - обучающийся", "pp_teacher_pupil", "ppn"),
            ("ППН педагог - педагог", "pp_teacher_teacher", "ppn"),
            ("ППН руководитель - педагог", "pp_head_teacher", "ppn"),
            ("ППН иная (работодатель - обучающийся)", "pp_other", "ppn"),
            ("Объединения (кружки), ед.", None, None, 58)]),
    ]
    groups = []
    for g, rows in spec:
        items = []
        for r in rows:
            label, crit, doc = r[:3]
            val = DDT.get(crit) if crit else r[3]
            items.append(Item(label, crit, [val], base + docs[doc] if (doc and val is not None) else None))
        groups.append((g, items))
    groups = sorted_groups(groups)
    check_titles(groups)

    spec2 = [
        ("Обучающиеся", [
            ("Доля наставляемых 10-19 лет", "share_mentees_10_19"),
            ("Доля наставников 15-19 лет", "share_mentors_15_19")]),
        ("Педагоги", [
            ("Доля МС-наставляемых", "share_young_specialists_mentees"),
            ("Доля педагогов-наставляемых", "share_teachers_mentees"),
            ("Доля педагогов-наставников", "share_teachers_mentors"),
            ("Доля МС-наставников", "share_young_specialists_mentors")]),
        ("Удовлетворенность", [
            ("наставляемых", "satisfaction_mentees"),
            ("наставников", "satisfaction_mentors")]),
    ]
    groups2 = sorted_groups([(g, [Item(l, c, [DDT_FRAC[c]]) for l, c in rows]) for g, rows in spec2])
    check_titles(groups2)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Сводная ДДТ"
    sheet = ws.title
    write_filters(ws, 1, 1, [("Учреждение", org), ("Год", 2024), ("Ед. изм.", "(Несколько элементов)")])
    write_filters(ws, 1, 4, [("Учреждение", org), ("Год", 2024), ("Ед. изм.", "%")])
    hr = 5
    ws.cell(hr, 1, "Названия строк")
    ws.cell(hr, 2, "Сумма по полю Значение")
    style_header(ws, hr, 1, 2)
    ws.cell(hr, 4, "Названия строк")
    ws.cell(hr, 5, "Среднее по полю Значение")
    style_header(ws, hr, 4, 5)
    end1, grows1 = write_compact(ws, hr + 1, 1, groups, 1, indent="align", nested_links=True)
    end2, grows2 = write_compact(ws, hr + 1, 4, groups2, 1, agg="avg", indent="align", numfmt="0.00%")
    set_widths(ws, {"A": 78, "B": 24, "C": 4, "D": 32, "E": 26})

    form = new_form(fname, org)
    for g, items in groups:
        for it in items:
            if it.crit and it.vals[0] is not None:
                form["values"][it.crit] = as_expected(it.vals[0])
                record_value(form, sheet, f"B{it.row}", it.crit, form["values"][it.crit], it.label, f"A{it.row}", ws)
                if it.link:
                    form["links"][it.crit] = it.link
                    record_link(form, sheet, f"A{it.link_row}", it.crit, it.link, it.label, ws)
            elif it.crit is None and it.vals[0] is not None:
                form["not_criteria"].append(it.label)
    for g, items in groups2:
        for it in items:
            form["values"][it.crit] = as_expected(it.vals[0], frac=True)
            record_value(form, sheet, f"E{it.row}", it.crit, form["values"][it.crit], it.label, f"D{it.row}", ws)
    form["not_criteria"] = ([g for g, _ in grows1] + form["not_criteria"] + ["(пусто)", "Общий итог"])
    # the right pivot's group rows are means of their shares
    form["not_criteria"] += [g for g, _ in grows2 if g not in form["not_criteria"]]
    finish_book(wb, HERE / fname)
    EXPECTED.append(form)


def main():
    file01()
    file02()
    file03()
    file04()
    file05()
    file06()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": CELLS}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = nl = 0
    for e in EXPECTED:
        if isinstance(e["organisation"], list):
            nv += sum(len(x) for x in e["values"])
            nl += sum(len(x) for x in e["links"])
        else:
            nv += len(e["values"])
            nl += len(e["links"])
        print(e["file"], "values", sum(len(x) for x in e["values"]) if isinstance(e["values"], list)
              else len(e["values"]), "links", len(e["links"]) if isinstance(e["links"], dict) else 0)
    print(f"{len(EXPECTED)} files, {nv} values, {nl} links")


if __name__ == "__main__":
    main()
