#!/usr/bin/env python3
"""Held-out set 41: XLSX written by report generators of school information systems.

Sheets that imitate a printed report: spacer columns A, C, E (2 px), text merged over
several columns (and rows), the column header typed again at the top of every printed page,
page footers typed into cells, a title block with report parameters, bold grouping rows with
totals by group, counts with a thousands format, shares as numbers with a 0.0% format.

Invented municipality: городской округ «Город Светлокамск» (Удмуртская Республика), year 2024.
Deterministic: all data is fixed below.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
NBSP = "\u00a0"

# ----------------------------------------------------------------------------------------
# value kinds
# ----------------------------------------------------------------------------------------


class P:
    """A share num/den (stored as a fraction with a percent format)."""

    def __init__(self, num, den):
        assert 0 <= num <= den and den > 0, (num, den)
        self.num, self.den = num, den

    @property
    def frac(self):
        return round(self.num / self.den, 4)


class S:
    """A satisfaction level given as a fraction (0.884 -> 88,4 %)."""

    def __init__(self, frac):
        assert 0 < frac <= 1
        self.frac = frac


class D:
    """A decoy change in per cent (+/-), shown with a signed percent format."""

    def __init__(self, frac):
        self.frac = frac


YES, NO = "Да", "Нет"


def expected_of(v, text_mode):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return v
    if isinstance(v, (P, S)):
        if text_mode:
            return round(v.num / v.den * 100, 1) if isinstance(v, P) else round(v.frac * 100, 1)
        return round(v.frac * 100, 2)
    if v == YES:
        return 1
    if v == NO:
        return 0
    if isinstance(v, str):
        return v
    raise TypeError(v)


def text_of(v):
    """How the 'everything as text' generator writes a value."""
    if isinstance(v, int):
        return f"{v:,}".replace(",", NBSP)
    if isinstance(v, P):
        return f"{v.num / v.den * 100:.1f}".replace(".", ",") + NBSP + "%"
    if isinstance(v, S):
        return f"{v.frac * 100:.1f}".replace(".", ",") + NBSP + "%"
    return v


# ----------------------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------------------
THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NOBORDER = Border()


def font(size=8, bold=False, italic=False, color="FF000000", name="Arial"):
    return Font(name=name, size=size, bold=bold, italic=italic, color=color)


def fill(rgb):
    return PatternFill("solid", start_color=rgb, end_color=rgb) if rgb else PatternFill()


class Report:
    """Writes one 'printed report' sheet and records where the expected values are."""

    def __init__(self, wb, sheet, spec, file, text_mode=False):
        self.ws = wb.active if sheet is None else wb.create_sheet(sheet)
        if sheet is None:
            pass
        self.spec = spec
        self.file = file
        self.text_mode = text_mode
        self.row = 1
        self.cells = []  # records for cells.json
        self.org = None
        ws = self.ws
        ws.sheet_view.showGridLines = False
        for col, w in spec["widths"].items():
            ws.column_dimensions[col].width = w

    # -- low level ------------------------------------------------------------------------
    def put(self, c1, r1, c2, r2, value, *, bold=False, size=None, align="left", valign="center",
            fmt=None, fl=None, border=True, italic=False, wrap=True, color="FF000000"):
        ws = self.ws
        size = size or self.spec.get("font_size", 8)
        rng = f"{c1}{r1}:{c2}{r2}"
        if (c1, r1) != (c2, r2):
            ws.merge_cells(rng)
        for r in range(r1, r2 + 1):
            for ci in range(column_index_from_string(c1), column_index_from_string(c2) + 1):
                cell = ws.cell(row=r, column=ci)
                cell.border = BORDER if border else NOBORDER
                if fl:
                    cell.fill = fill(fl)
        cell = ws[f"{c1}{r1}"]
        cell.value = value
        cell.font = font(size=size, bold=bold, italic=italic, color=color, name=self.spec.get("font", "Arial"))
        cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
        if fmt:
            cell.number_format = fmt
        return f"{c1}{r1}"

    def write_value(self, c1, r1, c2, r2, v, *, bold=False, fl=None, fmt_count=None):
        """Writes a value the way this generator does; returns the anchor cell."""
        fmt_count = fmt_count or self.spec.get("count_fmt", "#,##0")
        if v is None:
            return self.put(c1, r1, c2, r2, None, fl=fl)
        if self.text_mode:
            return self.put(c1, r1, c2, r2, text_of(v), bold=bold, align="right", fl=fl)
        if isinstance(v, int):
            return self.put(c1, r1, c2, r2, v, bold=bold, align="right", fmt=fmt_count, fl=fl)
        if isinstance(v, (P, S)):
            return self.put(c1, r1, c2, r2, v.frac, bold=bold, align="right", fmt="0.0%", fl=fl)
        if isinstance(v, D):
            return self.put(c1, r1, c2, r2, v.frac, bold=bold, align="right", fmt="+0.0%;-0.0%;0.0%", fl=fl)
        if v in (YES, NO):
            return self.put(c1, r1, c2, r2, v, bold=bold, align="center", fl=fl)
        return self.put(c1, r1, c2, r2, v, bold=bold, align="left", fl=fl)

    def line(self, text, *, bold=False, size=None, italic=False, height=None, color="FF000000", align="left"):
        s = self.spec
        first, last = s["title_span"]
        self.put(first, self.row, last, self.row, text, bold=bold, size=size, border=False, italic=italic,
                 color=color, align=align)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def blank(self, height=None):
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    # -- header / footer ------------------------------------------------------------------
    def header(self):
        s = self.spec
        r = self.row
        hf = s.get("header_fill", "FFE8E8E8")
        for c1, c2, cap in s["head_cols"]:
            self.put(c1, r, c2, r + 1, cap, bold=True, align="center", fl=hf)
        vals = s["val_cols"]
        if len(vals) == 1:
            (c1, c2), cap = vals[0]
            self.put(c1, r, c2, r, s["val_caption"], bold=True, align="center", fl=hf)
            self.put(c1, r + 1, c2, r + 1, cap, bold=True, align="center", fl=hf)
        else:
            self.put(vals[0][0][0], r, vals[-1][0][1], r, s["val_caption"], bold=True, align="center", fl=hf)
            for (c1, c2), cap in vals:
                self.put(c1, r + 1, c2, r + 1, cap, bold=True, align="center", fl=hf)
        self.ws.row_dimensions[r].height = 14
        self.ws.row_dimensions[r + 1].height = 24
        self.row += 2

    def footer(self, page, pages):
        s = self.spec
        r = self.row + 1
        (a1, a2), (b1, b2) = s["footer_spans"]
        self.put(a1, r, a2, r, s["footer_left"], border=False, italic=True, size=7, color="FF555555", wrap=False)
        self.put(b1, r, b2, r, s["page_fmt"].format(page, pages), border=False, size=7, align="right",
                 color="FF555555", wrap=False)
        self.ws.row_breaks.append(Break(id=r))
        self.row = r + 2

    # -- body rows --------------------------------------------------------------------------
    def record(self, kind, crit, cell, expected):
        self.cells.append({"file": self.file, "sheet": self.ws.title, "cell": cell, "organisation": self.org,
                           "criterion": crit, "kind": kind, "expected": expected})

    def body_row(self, item):
        s = self.spec
        r = self.row
        h = item.get("h", 1)
        t = item["t"]
        last_col = s["title_span"][1]
        if t in ("group", "org", "gtotal", "ototal", "total"):
            gfill = s.get("group_fill", "FFF3EED9") if t in ("group", "org") else s.get("total_fill", "FFFFFFFF")
            tc1, tc2 = s["group_text"]
            self.put(tc1, r, tc2, r, item["text"], bold=True, fl=gfill)
            for c1, c2, _ in s["head_cols"]:
                if column_index_from_string(c1) > column_index_from_string(tc2):
                    self.put(c1, r, c2, r, None, fl=gfill)
            for i, ((c1, c2), _) in enumerate(s["val_cols"]):
                tot = item.get("totals", [None] * len(s["val_cols"]))[i]
                self.write_value(c1, r, c2, r, tot, bold=True, fl=gfill)
            self.ws.row_dimensions[r].height = 13
            self.row += 1
            return
        assert t == "item"
        if "num" in s:
            self.put(s["num"], r, s["num"], r + h - 1, item.get("n"), align="center")
        if "code" in s:
            self.put(s["code"], r, s["code"], r + h - 1, item.get("code"), align="center", size=7)
        tc1, tc2 = s["text"]
        self.put(tc1, r, tc2, r + h - 1, item["text"], valign="top" if h > 1 else "center")
        if "unit" in s:
            self.put(s["unit"], r, s["unit"], r + h - 1, item.get("unit"), align="center")
        for i, ((c1, c2), _) in enumerate(s["val_cols"]):
            v = item["vals"][i]
            cell = self.write_value(c1, r, c2, r + h - 1, v)
            if i == s["exp_idx"] and item.get("crit"):
                self.record("value", item["crit"], cell, expected_of(v, self.text_mode))
        if "link" in s:
            lc1, lc2 = s["link"]
            url = item.get("link")
            cell = self.put(lc1, r, lc2, r + h - 1, url, size=7, color="FF1F4E99" if url else "FF000000")
            if url and s.get("hyperlinks"):
                self.ws[cell].hyperlink = url
            if url and item.get("crit"):
                self.record("link", item["crit"], cell, url)
        if "note" in s:
            self.put(s["note"], r, s["note"], r + h - 1, item.get("note"), size=7)
        for k in range(h):
            self.ws.row_dimensions[r + k].height = item.get("rh", self.est_height(item, h))
        self.row += h

    def width_of(self, c1, c2):
        w = self.spec["widths"]
        return sum(w.get(get_column_letter(i), 8.43) for i in range(column_index_from_string(c1),
                                                                     column_index_from_string(c2) + 1))

    def est_height(self, item, h):
        """Row height for the wrapped text (what the generator computes when it lays out the page)."""
        s = self.spec
        size = s.get("font_size", 8)
        lines = 1
        tw = self.width_of(*s["text"]) * 1.15 * 8 / size
        lines = max(lines, -(-len(item["text"]) // int(tw)))
        if "link" in s and item.get("link"):
            lw = self.width_of(*s["link"]) * 1.25 * 8 / 7
            lines = max(lines, -(-len(item["link"]) // int(lw)))
        for v, ((c1, c2), _) in zip(item["vals"], s["val_cols"]):
            if isinstance(v, str) and len(v) > 8:
                vw = self.width_of(c1, c2) * 1.15 * 8 / size
                lines = max(lines, -(-len(v) // int(vw)) + 1)
        total = max(12.0, lines * (size + 3.5) + 2)
        return round(max(total / h, 12.0), 1)

    def pages(self, body, first_cap, cap):
        pages, cur, used, capn = [], [], 0, first_cap
        for it in body:
            h = it.get("h", 1)
            if used + h > capn:
                pages.append(cur)
                cur, used, capn = [], 0, cap
            cur.append(it)
            used += h
        if cur:
            pages.append(cur)
        return pages

    def run(self, title_lines, body, first_cap=30, cap=38, tail=None):
        for tl in title_lines:
            if tl is None:
                self.blank(6)
            else:
                text, kw = tl if isinstance(tl, tuple) else (tl, {})
                self.line(text, **kw)
        pages = self.pages(body, first_cap, cap)
        for i, pg in enumerate(pages, 1):
            self.header()
            for it in pg:
                if it["t"] == "org":
                    self.org = it["org"]
                self.body_row(it)
            if i == len(pages) and tail:
                self.blank(6)
                for tl in tail:
                    self.line(tl[0], **tl[1]) if isinstance(tl, tuple) else self.line(tl)
            self.footer(i, len(pages))
        ws = self.ws
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_setup.orientation = "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.4
        return self.cells


def add_group_totals(body, idx_count):
    """Fills 'totals' of group / gtotal / ototal / total rows with sums of the count items
    (what the generators really print: the sum of every number in the group)."""
    n = idx_count

    def sums(items):
        out = []
        for i in range(n):
            vals = [it["vals"][i] for it in items if it["t"] == "item" and isinstance(it["vals"][i], int)]
            out.append(sum(vals) if vals else None)
        return out

    # groups: items until the next group/org/total marker
    for k, it in enumerate(body):
        if it["t"] in ("group",) and it.get("with_total"):
            j = k + 1
            members = []
            while j < len(body) and body[j]["t"] == "item":
                members.append(body[j])
                j += 1
            it["totals"] = sums(members)
        if it["t"] in ("gtotal",):
            j = k - 1
            members = []
            while j >= 0 and body[j]["t"] == "item":
                members.append(body[j])
                j -= 1
            it["totals"] = sums(members)
        if it["t"] == "ototal":
            j = k - 1
            members = []
            while j >= 0 and body[j]["t"] != "org":
                if body[j]["t"] == "item":
                    members.append(body[j])
                j -= 1
            it["totals"] = sums(members)
        if it["t"] == "total":
            it["totals"] = sums([b for b in body if b["t"] == "item"])
    return body


# ----------------------------------------------------------------------------------------
# organisations and their 2024 data (one dict per organisation)
# ----------------------------------------------------------------------------------------


def check_org(d):
    """Plausibility: parts never larger than wholes."""
    g = d.get
    if "students_10_19" in d and "mentees_10_19" in d:
        assert d["mentees_10_19"] <= d["students_10_19"]
        parts = [g(k, 0) for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                                   "mentees_career", "mentees_other_params")]
        assert sum(parts) <= d["mentees_10_19"], d
    if "students_15_19" in d:
        assert d["students_15_19"] <= d.get("students_10_19", 10 ** 6)
        assert g("mentors_15_19", 0) <= d["students_15_19"]
    if "young_specialists" in d:
        assert g("young_specialists_mentees", 0) <= d["young_specialists"]
        assert g("young_specialists_mentors", 0) <= d["young_specialists"]
    if "teachers_other" in d:
        assert g("teachers_other_mentees", 0) <= d["teachers_other"]
        assert g("teachers_mentors", 0) <= d["teachers_other"] + g("young_specialists", 0)
    pp = [g(k, 0) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                            "pp_student_pupil", "pp_teacher_pupil", "pp_other")]
    if "pp_pupil_pupil" in d:
        assert sum(pp) == d["pp_total"], d
    if "mentors_total" in d:
        assert d["mentors_total"] >= g("teachers_mentors", 0) + g("mentors_15_19", 0) + g("external_edu_mentors", 0) \
            + g("other_org_mentors", 0) + g("enterprise_mentors", 0)
    if "mentees_total" in d:
        assert d["mentees_total"] >= g("mentees_10_19", 0) + g("young_specialists_mentees", 0) \
            + g("teachers_other_mentees", 0)


MUNI = "г. Светлокамск"

SOSH3 = dict(
    name="МБОУ «СОШ № 3»",
    orgs_regulation_teachers=YES, orgs_regulation_students=YES, orgs_monitoring_order=YES,
    internal_monitoring_notes=YES, curators_total=2, agreements_edu_orgs=1, agreements_enterprises=1,
    agreements_other_orgs=1,
    partner_list="АО «Светлокамский механический завод»; МБУК «Централизованная библиотечная система г. Светлокамска»",
    mentors_total=49, mentees_total=124,
    pp_total=44, pp_pupil_pupil=19, pp_teacher_teacher=11, pp_student_student=0, pp_head_teacher=2,
    pp_student_pupil=0, pp_teacher_pupil=10, pp_other=2,
    external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=1,
    students_10_19=612, mentees_10_19=97, mentees_risk=12, mentees_gifted=9, mentees_disabled=6,
    mentees_low_motivation=21, mentees_career=34, mentees_other_params=15,
    students_15_19=168, mentors_15_19=28,
    satisfaction_mentees=S(0.884), satisfaction_mentors=S(0.912),
    young_specialists=7, young_specialists_mentees=6, teachers_other=54, teachers_other_mentees=5,
    teachers_in_pp=31, kpk_trained=4, school_methodical_associations=1,
    teachers_mentors=17, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=2,
)

GIMN2 = dict(
    name="МАОУ «Гимназия № 2»",
    orgs_regulation_teachers=YES, orgs_regulation_students=YES, orgs_monitoring_order=YES,
    internal_monitoring_notes=NO, curators_total=1, agreements_edu_orgs=2,
    agreement_subjects="Реализация программ наставничества по форме «студент – ученик» с участием студентов "
                       "ГБПОУ «Светлокамский педагогический колледж»; сетевое наставничество учителей "
                       "естественнонаучного цикла с МБОУ «Лицей № 7»",
    mentors_total=53, mentees_total=99,
    pp_total=38, pp_pupil_pupil=17, pp_teacher_teacher=8, pp_student_student=0, pp_head_teacher=1,
    pp_student_pupil=3, pp_teacher_pupil=9, pp_other=0, external_edu_mentors=3,
    students_10_19=508, mentees_10_19=83, mentees_risk=7, mentees_gifted=22, mentees_disabled=4,
    mentees_low_motivation=11, mentees_career=26, mentees_other_params=13,
    students_15_19=171, mentors_15_19=35,
    satisfaction_mentees=S(0.86), satisfaction_mentors=S(0.935),
    young_specialists=5, young_specialists_mentees=5, teachers_other=47, teachers_other_mentees=3,
    teachers_mentors=14, young_specialists_mentors=0, kpk_trained=6, school_methodical_associations=1,
)
GIMN2_2023 = dict(curators_total=1, agreements_edu_orgs=1, mentors_total=41, mentees_total=77, pp_total=29,
                  pp_pupil_pupil=14, pp_teacher_teacher=7, pp_student_student=0, pp_head_teacher=1,
                  pp_student_pupil=0, pp_teacher_pupil=7, pp_other=0, external_edu_mentors=0,
                  students_10_19=497, mentees_10_19=64, mentees_risk=6, mentees_gifted=18, mentees_disabled=3,
                  mentees_low_motivation=9, mentees_career=19, mentees_other_params=9, students_15_19=166,
                  mentors_15_19=27, satisfaction_mentees=S(0.82), satisfaction_mentors=S(0.9),
                  young_specialists=4, young_specialists_mentees=4, teachers_other=48, teachers_other_mentees=2,
                  teachers_mentors=12, young_specialists_mentors=0, kpk_trained=3, school_methodical_associations=1)

SOSH5 = dict(
    name="МБОУ «СОШ № 5 с углублённым изучением отдельных предметов»",
    orgs_regulation_teachers=YES, orgs_regulation_students=YES, orgs_monitoring_order=YES,
    internal_monitoring_notes=YES, curators_total=3, agreements_enterprises=2,
    partner_list="ООО «КамаАгроТех»; АО «Светлокамский механический завод»",
    mentors_total=96, mentees_total=254,
    pp_total=71, pp_pupil_pupil=33, pp_teacher_teacher=17, pp_head_teacher=3, pp_teacher_pupil=15, pp_other=3,
    enterprise_mentors=3,
    students_10_19=1234, mentees_10_19=213, mentees_risk=18, mentees_gifted=41, mentees_disabled=9,
    mentees_low_motivation=27, mentees_career=76, mentees_other_params=42,
    students_15_19=389, mentors_15_19=57,
    satisfaction_mentees=S(0.902), satisfaction_mentors=S(0.94),
    young_specialists=14, young_specialists_mentees=12, teachers_other=96, teachers_other_mentees=9,
    teachers_in_pp=48, kpk_trained=7,
    kpk_courses="«Наставничество в образовании: организация и сопровождение» (72 ч); "
                "«Цифровые инструменты педагога-наставника» (36 ч)",
    teachers_mentors=31, young_specialists_mentors=2, pay_acts=1, nonmaterial_acts=1,
)
SOSH5["pp_student_student"] = 0
SOSH5["pp_student_pupil"] = 0

KIRILL = dict(
    name="МБОУ «Кирилловская СОШ»",
    orgs_regulation_teachers=YES, orgs_regulation_students=YES, orgs_monitoring_order=YES,
    internal_monitoring_notes=YES, curators_total=1, mentors_total=11, mentees_total=24,
    pp_total=9, pp_pupil_pupil=4, pp_teacher_teacher=3, pp_teacher_pupil=2,
    students_10_19=96, mentees_10_19=21, mentees_risk=3, mentees_gifted=2, mentees_disabled=4,
    mentees_low_motivation=5, mentees_career=6, mentees_other_params=1,
    students_15_19=27, mentors_15_19=6,
    satisfaction_mentees=S(0.95), satisfaction_mentors=S(0.975),
    young_specialists=2, young_specialists_mentees=2, teachers_other=16, teachers_other_mentees=1,
    teachers_mentors=5,
)
KIRILL_PLAN = dict(curators_total=1, mentors_total=10, mentees_total=24, pp_total=8, pp_pupil_pupil=4,
                   pp_teacher_teacher=2, pp_teacher_pupil=2, students_10_19=98, mentees_10_19=20, mentees_risk=3,
                   mentees_gifted=2, mentees_disabled=3, mentees_low_motivation=4, mentees_career=6,
                   mentees_other_params=2, students_15_19=28, mentors_15_19=5, satisfaction_mentees=S(0.9),
                   satisfaction_mentors=S(0.9), young_specialists=2, young_specialists_mentees=2,
                   teachers_other=16, teachers_other_mentees=1, teachers_mentors=4)

OOSH11 = dict(name="МБОУ «ООШ № 11»", mentors_total=14, mentees_total=37, pp_total=12,
              students_10_19=143, mentees_10_19=29, students_15_19=31, mentors_15_19=8,
              young_specialists=3, young_specialists_mentees=3, teachers_other=21, teachers_mentors=5,
              satisfaction_mentees=S(0.913), satisfaction_mentors=S(0.95))
SOSH8 = dict(name="МБОУ «СОШ № 8»", mentors_total=38, mentees_total=88, pp_total=27,
             students_10_19=455, mentees_10_19=64, students_15_19=132, mentors_15_19=19,
             young_specialists=6, young_specialists_mentees=5, teachers_other=41, teachers_mentors=13,
             satisfaction_mentees=S(0.857), satisfaction_mentors=S(0.889))
LICEY7 = dict(name="МБОУ «Лицей № 7»", mentors_total=61, mentees_total=142, pp_total=46,
              students_10_19=1027, mentees_10_19=118, students_15_19=402, mentors_15_19=33,
              young_specialists=9, young_specialists_mentees=8, teachers_other=72, teachers_mentors=24,
              satisfaction_mentees=S(0.921), satisfaction_mentors=S(0.96))
ZARECH = dict(name="МБОУ «Заречная СОШ»", mentors_total=9, mentees_total=19, pp_total=7,
              students_10_19=88, mentees_10_19=15, students_15_19=22,
              young_specialists=1, young_specialists_mentees=1, teachers_other=14, teachers_mentors=4,
              satisfaction_mentees=S(0.9), satisfaction_mentors=S(1.0))

RADUGA = dict(
    name="МБУ ДО «Центр детского творчества «Радуга»»",
    orgs_regulation_teachers=YES, orgs_regulation_students=YES, orgs_monitoring_order=YES,
    curators_total=1, agreements_edu_orgs=1,
    agreement_subjects="Привлечение учителей физики и информатики МБОУ «Лицей № 7» в качестве наставников "
                       "проектных команд обучающихся (форма «учитель – ученик»)",
    mentors_total=23, mentees_total=64,
    pp_total=15, pp_pupil_pupil=6, pp_teacher_teacher=5, pp_teacher_pupil=4, external_edu_mentors=2,
    students_10_19=734, mentees_10_19=58, mentees_gifted=31, mentees_other_params=27,
    students_15_19=205, mentors_15_19=12,
    satisfaction_mentees=S(0.874), satisfaction_mentors=S(0.9),
    young_specialists=4, young_specialists_mentees=4, teachers_other=38, teachers_other_mentees=2,
    teachers_mentors=9, school_methodical_associations=1,
)
for _k in ("pp_student_student", "pp_head_teacher", "pp_student_pupil", "pp_other"):
    RADUGA.setdefault(_k, 0)
for _k in ("pp_student_student", "pp_head_teacher", "pp_student_pupil", "pp_other"):
    KIRILL.setdefault(_k, 0)

for _d in (SOSH3, GIMN2, GIMN2_2023, SOSH5, KIRILL, KIRILL_PLAN, OOSH11, SOSH8, LICEY7, ZARECH, RADUGA):
    check_org(_d)


def shares(d):
    """Derived shares (consistent with the counts)."""
    out = {}
    if "students_10_19" in d and "mentees_10_19" in d:
        out["share_mentees_10_19"] = P(d["mentees_10_19"], d["students_10_19"])
    if "students_15_19" in d and "mentors_15_19" in d:
        out["share_mentors_15_19"] = P(d["mentors_15_19"], d["students_15_19"])
    if "young_specialists" in d and "young_specialists_mentees" in d:
        out["share_young_specialists_mentees"] = P(d["young_specialists_mentees"], d["young_specialists"])
    if "teachers_other" in d and "teachers_other_mentees" in d:
        out["share_teachers_mentees"] = P(d["teachers_other_mentees"] + d["young_specialists_mentees"],
                                          d["teachers_other"] + d["young_specialists"])
    if "teachers_other" in d and "teachers_mentors" in d:
        out["share_teachers_mentors"] = P(d["teachers_mentors"], d["teachers_other"] + d["young_specialists"])
    if "young_specialists_mentors" in d:
        out["share_young_specialists_mentors"] = P(d["young_specialists_mentors"], d["young_specialists"])
    return out


for _d in (SOSH3, GIMN2, GIMN2_2023, SOSH5, KIRILL, KIRILL_PLAN, OOSH11, SOSH8, LICEY7, ZARECH, RADUGA):
    _d.update(shares(_d))


# ----------------------------------------------------------------------------------------
# expected.json assembly
# ----------------------------------------------------------------------------------------
EXPECTED = []
CELLS = []


def collect(file, cells, organisation, not_criteria, headings, multi=False):
    if multi:
        orgs = organisation
        values = [dict() for _ in orgs]
        links = [dict() for _ in orgs]
        for c in cells:
            i = orgs.index(c["organisation"])
            (values if c["kind"] == "value" else links)[i][c["criterion"]] = c["expected"]
    else:
        values, links = {}, {}
        for c in cells:
            target = values if c["kind"] == "value" else links
            assert c["criterion"] not in target, c
            target[c["criterion"]] = c["expected"]
            c["organisation"] = organisation
    EXPECTED.append({"file": file, "year": 2024, "organisation": organisation, "values": values, "links": links,
                     "not_criteria": not_criteria, "headings": headings})
    CELLS.extend(cells)


def item(crit, text, d, unit, link=None, decoy=None, code=None, h=1, n=None, val=None, **kw):
    v = val if val is not None else d[crit]
    vals = [v] if decoy is None else ([decoy, v] if kw.pop("decoy_first", True) else [v, decoy])
    it = {"t": "item", "crit": crit, "text": text, "unit": unit, "vals": vals, "link": link, "code": code, "h": h,
          "n": n}
    it.update(kw)
    return it


def number_items(body, style="dotted"):
    g = 0
    k = 0
    for it in body:
        if it["t"] in ("group",):
            g += 1
            k = 0
            if style == "dotted":
                it["text"] = f"{g}. {it['text']}"
        elif it["t"] == "item":
            k += 1
            it["n"] = f"{g}.{k}" if style == "dotted" else None
    if style == "running":
        k = 0
        for it in body:
            if it["t"] == "item":
                k += 1
                it["n"] = k
    return body


# ========================================================================================
# File 1. 1С:Предприятие — «Мониторинг реализации ЦМН», МБОУ «СОШ № 3»
# ========================================================================================
def file1():
    d = SOSH3
    site = "https://sh3-svetlokamsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo"
    L = {
        "reg_t": f"{site}/Prikaz_112-od_Polozhenie_nastavnichestvo_pedagogov.pdf",
        "reg_s": f"{site}/Prikaz_113-od_Polozhenie_nastavnichestvo_obuchayuschihsya.pdf",
        "mon": f"{site}/Prikaz_241-od_monitoring_CMN_2024.pdf",
        "note": f"{site}/Spravka_vnutrenniy_monitoring_CMN_2024.pdf",
        "cur": f"{site}/Prikaz_109-od_kuratory_CMN.pdf",
        "agr": "https://disk.yandex.ru/d/sh3svet_soglasheniya_2024",
        "pairs": f"{site}/Prikaz_128-od_nastavnicheskie_pary_2024-2025.pdf",
        "pp": f"{site}/Reestr_personalizirovannyh_programm_2024.pdf",
        "base": f"{site}/Baza_nastavlyaemyh_2024.pdf",
        "anket": "https://disk.yandex.ru/i/Qw7rTz2mK9sh3",
        "kpk": "https://disk.yandex.ru/d/sh3svet_udostovereniya_KPK_2024",
        "shmo": f"{site}/Prikaz_131-od_ShMO_nastavnikov.pdf",
        "pay": f"{site}/Polozhenie_ob_oplate_truda_izm_2024.pdf",
        "nonmat": f"{site}/Polozhenie_o_nematerialnom_pooshchrenii_nastavnikov.pdf",
    }
    body = [
        {"t": "group", "text": "Нормативное обеспечение реализации ЦМН", "with_total": True},
        item("orgs_regulation_teachers", "Утверждено положение о системе наставничества педагогических работников ОО "
             "(приказ)", d, "да/нет", L["reg_t"], code="ЦМ-000001"),
        item("orgs_regulation_students", "Утверждено положение о наставничестве обучающихся (приказ)", d, "да/нет",
             L["reg_s"], code="ЦМ-000002"),
        item("orgs_monitoring_order", "Приказ о проведении мониторинга реализации ЦМН в ОО", d, "да/нет", L["mon"],
             code="ЦМ-000003"),
        item("internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга ЦМН", d,
             "да/нет", L["note"], code="ЦМ-000004"),
        {"t": "group", "text": "Организация процесса реализации ЦМН", "with_total": True},
        item("curators_total", "Кураторы внедрения ЦМН в ОО", d, "чел.", L["cur"], code="ЦМ-000005"),
        item("agreements_edu_orgs", "Соглашения с образовательными организациями о предоставлении наставников",
             d, "шт.", L["agr"], code="ЦМ-000006"),
        item("agreements_enterprises", "Соглашения с предприятиями о предоставлении наставников из числа работников",
             d, "шт.", L["agr"], code="ЦМ-000007"),
        item("agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности) о предоставлении "
             "наставников", d, "шт.", L["agr"], code="ЦМ-000008"),
        item("partner_list", "Организации-партнёры по наставничеству (наименования)", d, "текст", None,
             code="ЦМ-000009", rh=56),
        item("mentors_total", "Наставники ОО по приказу, всего", d, "чел.", L["pairs"], code="ЦМ-000010"),
        item("mentees_total", "Наставляемые ОО по приказу, всего", d, "чел.", L["pairs"], code="ЦМ-000011"),
        item(None, "Участники программ наставничества (наставники и наставляемые), всего", d, "чел.", None,
             code="ЦМ-000012", val=d["mentors_total"] + d["mentees_total"]),
        {"t": "group", "text": "Персонализированные программы наставничества (ППН)", "with_total": True},
        item("pp_total", "ППН, утверждённые в ОО, всего", d, "шт.", L["pp"], code="ЦМ-000013"),
        item("pp_pupil_pupil", "ППН «ученик – ученик»", d, "шт.", L["pp"], code="ЦМ-000014"),
        item("pp_teacher_teacher", "ППН «учитель – учитель» («педагог – педагог»)", d, "шт.", L["pp"],
             code="ЦМ-000015"),
        item("pp_student_student", "ППН «студент – студент»", d, "шт.", None, code="ЦМ-000016"),
        item("pp_head_teacher", "ППН «руководитель – педагог»", d, "шт.", L["pp"], code="ЦМ-000017"),
        item("pp_student_pupil", "ППН «студент – ученик»", d, "шт.", None, code="ЦМ-000018"),
        item("pp_teacher_pupil", "ППН «учитель – ученик»", d, "шт.", L["pp"], code="ЦМ-000019"),
        item("pp_other", "ППН по иным формам (см. примечание: «родитель – ученик»)", d, "шт.", L["pp"],
             code="ЦМ-000020"),
        {"t": "group", "text": "Наставники из внешних организаций", "with_total": True},
        item("external_edu_mentors", "Наставники — сотрудники других образовательных организаций (по приказу)", d,
             "чел.", L["pairs"], code="ЦМ-000021"),
        item("other_org_mentors", "Наставники — сотрудники иных организаций", d, "чел.", L["pairs"],
             code="ЦМ-000022"),
        item("enterprise_mentors", "Наставники — работники предприятий", d, "чел.", L["pairs"], code="ЦМ-000023"),
        {"t": "group", "text": "Обучающиеся 10–19 лет в роли наставляемых", "with_total": True},
        item("students_10_19", "Контингент обучающихся в возрасте 10–19 лет", d, "чел.", None, code="ЦМ-000024"),
        item("mentees_10_19", "Обучающиеся 10–19 лет — наставляемые, всего", d, "чел.", L["base"],
             code="ЦМ-000025"),
        item("mentees_risk", "   в т.ч. «группа риска»", d, "чел.", L["base"], code="ЦМ-000026"),
        item("mentees_gifted", "   в т.ч. одарённые дети (включены в реестры)", d, "чел.", L["base"],
             code="ЦМ-000027"),
        item("mentees_disabled", "   в т.ч. дети с ОВЗ и дети-инвалиды", d, "чел.", L["base"], code="ЦМ-000028"),
        item("mentees_low_motivation", "   в т.ч. с низкой учебной мотивацией / неуспевающие", d, "чел.", L["base"],
             code="ЦМ-000029"),
        item("mentees_career", "   в т.ч. с затруднениями в выборе образовательной траектории и профессии", d,
             "чел.", L["base"], code="ЦМ-000030"),
        item("mentees_other_params", "   в т.ч. по иным основаниям", d, "чел.", L["base"], code="ЦМ-000031"),
        item("share_mentees_10_19", "Доля обучающихся 10–19 лет — наставляемых", d, "%", None, code="ЦМ-000032"),
        {"t": "group", "text": "Обучающиеся 15–19 лет в роли наставников", "with_total": True},
        item("students_15_19", "Контингент обучающихся в возрасте 15–19 лет", d, "чел.", None, code="ЦМ-000033"),
        item("mentors_15_19", "Обучающиеся 15–19 лет — наставники (по приказу)", d, "чел.", L["pairs"],
             code="ЦМ-000034"),
        item("share_mentors_15_19", "Доля обучающихся 15–19 лет — наставников", d, "%", None, code="ЦМ-000035"),
        {"t": "group", "text": "Удовлетворённость участников завершённых программ", "with_total": True},
        item("satisfaction_mentees", "Удовлетворённость наставляемых (анкетирование)", d, "%", L["anket"],
             code="ЦМ-000036"),
        item("satisfaction_mentors", "Удовлетворённость наставников (анкетирование)", d, "%", L["anket"],
             code="ЦМ-000037"),
        {"t": "group", "text": "Педагоги и молодые специалисты в роли наставляемых", "with_total": True},
        item("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", d, "чел.", None,
             code="ЦМ-000038"),
        item("young_specialists_mentees", "Молодые специалисты — наставляемые", d, "чел.", L["pairs"],
             code="ЦМ-000039"),
        item("teachers_other", "Педагогические работники, кроме молодых специалистов, всего", d, "чел.", None,
             code="ЦМ-000040"),
        item("teachers_other_mentees", "Педагоги (кроме молодых специалистов) — наставляемые", d, "чел.",
             L["pairs"], code="ЦМ-000041"),
        item("share_young_specialists_mentees", "Доля молодых специалистов — наставляемых", d, "%", None,
             code="ЦМ-000042"),
        item("share_teachers_mentees", "Доля педагогов — наставляемых (с учётом молодых специалистов)", d, "%",
             None, code="ЦМ-000043"),
        {"t": "group", "text": "Профессиональное развитие педагогических работников", "with_total": True},
        item("teachers_in_pp", "Педагоги — участники утверждённых ППН", d, "чел.", L["pp"], code="ЦМ-000044"),
        item("kpk_trained", "Прошли КПК по вопросам наставничества в 2024 году", d, "чел.", L["kpk"],
             code="ЦМ-000045"),
        item("school_methodical_associations", "ШМО (сообщества) наставников в ОО", d, "ед.", L["shmo"],
             code="ЦМ-000046"),
        {"t": "group", "text": "Педагоги в роли наставников", "with_total": True},
        item("teachers_mentors", "Педагоги — наставники", d, "чел.", L["pairs"], code="ЦМ-000047"),
        item("young_specialists_mentors", "Молодые специалисты — наставники", d, "чел.", L["pairs"],
             code="ЦМ-000048"),
        item("share_teachers_mentors", "Доля педагогов — наставников", d, "%", None, code="ЦМ-000049"),
        item("share_young_specialists_mentors", "Доля молодых специалистов — наставников", d, "%", None,
             code="ЦМ-000050"),
        {"t": "group", "text": "Стимулирование наставников", "with_total": True},
        item("pay_acts", "Локальные акты об оплате работы наставников", d, "шт.", L["pay"], code="ЦМ-000051"),
        item("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", d, "шт.", L["nonmat"],
             code="ЦМ-000052"),
        {"t": "total", "text": "Итого"},
    ]
    number_items(body)
    add_group_totals(body, 1)
    spec = {
        "widths": {"A": 0.29, "B": 4.5, "C": 0.29, "D": 9.5, "E": 0.29, "F": 11, "G": 11, "H": 11, "I": 11,
                   "J": 6, "K": 6.5, "L": 6, "M": 6, "N": 9, "O": 9, "P": 9, "Q": 9, "R": 6},
        "title_span": ("B", "R"),
        "head_cols": [("B", "B", "№"), ("D", "D", "Код"), ("F", "J", "Показатель"), ("K", "K", "Ед. изм."),
                      ("N", "R", "Документ-основание (ссылка)")],
        "val_cols": [(("L", "M"), "за период")], "val_caption": "Значение", "exp_idx": 0,
        "num": "B", "code": "D", "text": ("F", "J"), "unit": "K", "link": ("N", "R"), "group_text": ("B", "K"),
        "footer_spans": (("B", "J"), ("N", "R")), "page_fmt": "Страница {} из {}",
        "footer_left": "Сформировано: 09.01.2025 14:32, пользователь Иванова Н.П.",
    }
    wb = Workbook()
    wb.active.title = "TDSheet"
    file = "typed/1C_Monitoring_CMN_SOSH3_2024.xlsx"
    rep = Report(wb, None, spec, file)
    title = [
        ("Мониторинг реализации целевой модели наставничества", {"bold": True, "size": 12, "height": 20}),
        None,
        ("Период: 01.01.2024 – 31.12.2024", {}),
        ("Организация: МБОУ «СОШ № 3»", {}),
        ("Вариант отчёта: основной", {}),
        ("Отбор: Направление мониторинга В списке \"1 - 11\"; Показывать пустые строки: Да", {"size": 7}),
        ("Единицы: количество — чел./шт.; доли и уровни — %", {"size": 7}),
        None,
    ]
    tail = [("Ответственный: заместитель директора по УВР ______________ Иванова Н.П.", {}),
            ("Примечание: ППН по иной форме — «родитель – ученик» (2 программы).", {"size": 7, "italic": True})]
    cells = rep.run(title, body, first_cap=36, cap=40, tail=tail)
    os.makedirs(TYPED, exist_ok=True)
    wb.save(os.path.join(HERE, file))
    groups = [b["text"] for b in body if b["t"] == "group"]
    # groups holding a printed total are value rows with no criterion; 'Удовлетворённость…' has no total
    nc = [g for g, b in zip(groups, [b for b in body if b["t"] == "group"]) if b["totals"][0] is not None]
    hd = [g for g, b in zip(groups, [b for b in body if b["t"] == "group"]) if b["totals"][0] is None]
    nc += ["Участники программ наставничества (наставники и наставляемые), всего", "Итого"]
    collect(file, cells, d["name"], nc, hd)


# ========================================================================================
# File 2. «Сетевой город. Образование» — report with 2023 (справочно) and 2024 columns
# ========================================================================================
def file2():
    d, p = GIMN2, GIMN2_2023
    site = "https://gimn2-svetlokamsk.edu.ru/upload/nastavnichestvo/2024"

    def it(crit, text, unit, link=None, h=1, prev=None):
        out = item(crit, text, d, unit, link, decoy=p[crit] if crit in p else prev, h=h)
        if len(out["vals"]) == 1:
            out["vals"].insert(0, None)
        return out

    L = {
        "pol": f"{site}/prikaz_57_polozhenie_o_nastavnichestve.pdf",
        "mon": f"{site}/prikaz_203_monitoring.pdf",
        "cur": f"{site}/prikaz_55_kurator.pdf",
        "agr": f"{site}/soglashenie_SPK_i_Licey7.pdf",
        "pairs": f"{site}/prikaz_188_pary_nastavnik_nastavlyaemyi.pdf",
        "pp": f"{site}/reestr_PPN_2024.pdf",
        "anket": "https://cloud.mail.ru/public/G2sv/anketa_itogi_2024",
        "kpk": f"{site}/svedeniya_KPK_2024.pdf",
        "mo": f"{site}/prikaz_60_MO_nastavnikov.pdf",
    }
    body = [
        {"t": "group", "text": "Раздел 1. Нормативная база"},
        it("orgs_regulation_teachers", "Наличие приказа об утверждении Положения о наставничестве педагогических "
           "работников гимназии", "да/нет", L["pol"], h=2, prev=YES),
        it("orgs_regulation_students", "Наличие приказа об утверждении Положения о наставничестве обучающихся",
           "да/нет", L["pol"], h=2, prev=YES),
        it("orgs_monitoring_order", "Приказ о мониторинге реализации целевой модели наставничества", "да/нет",
           L["mon"], prev=NO),
        it("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "да/нет", None, prev=NO),
        {"t": "group", "text": "Раздел 2. Организация наставничества"},
        it("curators_total", "Количество кураторов внедрения целевой модели", "чел.", L["cur"]),
        it("agreements_edu_orgs", "Соглашения о сотрудничестве с образовательными организациями (наставники "
           "из числа их сотрудников)", "шт.", L["agr"], h=2),
        it("agreement_subjects", "Предмет соглашения", "текст", None, h=3, prev="Сетевое наставничество учителей "
           "естественнонаучного цикла с МБОУ «Лицей № 7»"),
        it("mentors_total", "Наставников в базе гимназии (по приказу)", "чел.", L["pairs"]),
        it("mentees_total", "Наставляемых в базе гимназии (по приказу)", "чел.", L["pairs"]),
        it("external_edu_mentors", "Наставники из внешних образовательных организаций (по приказу)", "чел.",
           L["agr"], h=2),
        {"t": "gtotal", "text": "Итого по разделу 2"},
        {"t": "group", "text": "Раздел 3. Персонализированные программы наставничества"},
        it("pp_total", "Персонализированные программы, всего", "ед.", L["pp"]),
        it("pp_pupil_pupil", "в том числе по форме «ученик – ученик»", "ед.", L["pp"]),
        it("pp_teacher_teacher", "в том числе «учитель – учитель / педагог – педагог»", "ед.", L["pp"]),
        it("pp_student_student", "в том числе «студент – студент»", "ед.", None),
        it("pp_head_teacher", "в том числе «руководитель – педагог»", "ед.", L["pp"]),
        it("pp_student_pupil", "в том числе «студент – ученик»", "ед.", L["pp"]),
        it("pp_teacher_pupil", "в том числе «учитель – ученик»", "ед.", L["pp"]),
        it("pp_other", "в том числе по иной форме", "ед.", None),
        {"t": "gtotal", "text": "Итого по разделу 3"},
        {"t": "group", "text": "Раздел 4. Обучающиеся — наставляемые и наставники"},
        it("students_10_19", "Численность обучающихся 10–19 лет", "чел.", None),
        it("mentees_10_19", "Из них вошли в программы наставничества как наставляемые", "чел.", L["pairs"], h=2),
        it("mentees_risk", "— из числа «группы риска»", "чел.", L["pairs"]),
        it("mentees_gifted", "— одарённые (включены в реестры одарённых детей)", "чел.", L["pairs"]),
        it("mentees_disabled", "— дети с ОВЗ, дети-инвалиды", "чел.", L["pairs"]),
        it("mentees_low_motivation", "— низкая мотивация к учёбе, неудовлетворительная успеваемость", "чел.",
           L["pairs"], h=2),
        it("mentees_career", "— проблемы выбора образовательной траектории и профессии", "чел.", L["pairs"], h=2),
        it("mentees_other_params", "— по иным параметрам", "чел.", L["pairs"]),
        it("share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", "%", None),
        item(None, "Обучающиеся 1–4 классов, вовлечённые в программы наставничества (наставляемые)", d, "чел.",
             None, decoy=9, val=14, h=2),
        it("students_15_19", "Численность обучающихся 15–19 лет", "чел.", None),
        it("mentors_15_19", "Из них наставники (по приказу)", "чел.", L["pairs"]),
        it("share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет", "%", None),
        {"t": "gtotal", "text": "Итого по разделу 4"},
        {"t": "group", "text": "Раздел 5. Удовлетворённость (завершённые программы)"},
        it("satisfaction_mentees", "Уровень удовлетворённости наставляемых", "%", L["anket"]),
        it("satisfaction_mentors", "Уровень удовлетворённости наставников", "%", L["anket"]),
        {"t": "group", "text": "Раздел 6. Педагогические работники"},
        it("young_specialists", "Молодые специалисты (до 35 лет, первые три года работы)", "чел.", None, h=2),
        it("young_specialists_mentees", "из них — наставляемые", "чел.", L["pairs"]),
        it("teachers_other", "Педагоги, не относящиеся к молодым специалистам", "чел.", None),
        it("teachers_other_mentees", "из них — наставляемые", "чел.", L["pairs"]),
        it("share_young_specialists_mentees", "Доля молодых специалистов, вошедших в программы как наставляемые",
           "%", None, h=2),
        it("share_teachers_mentees", "Доля педагогов (всего), вошедших в программы как наставляемые", "%", None,
           h=2),
        it("teachers_mentors", "Педагоги-наставники", "чел.", L["pairs"]),
        it("young_specialists_mentors", "Молодые специалисты — наставники", "чел.", None),
        it("share_teachers_mentors", "Доля педагогов-наставников от числа педагогов", "%", None),
        it("kpk_trained", "Обучились на курсах повышения квалификации по наставничеству (2024 г.)", "чел.",
           L["kpk"], h=2),
        it("school_methodical_associations", "Методическое объединение наставников гимназии", "ед.", L["mo"]),
        {"t": "gtotal", "text": "Итого по разделу 6"},
    ]
    number_items(body, style="running")
    add_group_totals(body, 2)
    spec = {
        "widths": {"A": 0.29, "B": 4, "C": 0.29, "D": 14, "E": 0.29, "F": 14, "G": 14, "H": 8, "I": 6,
                   "J": 12, "K": 12, "L": 12, "M": 12, "N": 12, "O": 6},
        "font": "Tahoma", "font_size": 8,
        "title_span": ("B", "O"),
        "head_cols": [("B", "B", "№"), ("D", "H", "Наименование показателя"), ("I", "I", "Ед."),
                      ("L", "O", "Ссылка на документ")],
        "val_cols": [(("J", "J"), "2023 г. (справочно)"), (("K", "K"), "2024 г.")],
        "val_caption": "Значение показателя", "exp_idx": 1,
        "num": "B", "text": ("D", "H"), "unit": "I", "link": ("L", "O"), "group_text": ("B", "I"),
        "footer_spans": (("B", "H"), ("L", "O")), "page_fmt": "Стр. {} из {}",
        "footer_left": "Отчёт сформирован 15.01.2025 09:07 · Сетевой город. Образование · Кузнецова О.В.",
        "hyperlinks": True, "count_fmt": "# ##0", "header_fill": "FFDCE6F1", "group_fill": "FFEEF3F8",
    }
    wb = Workbook()
    wb.active.title = "Отчёт"
    file = "typed/SGO_Otchet_Nastavnichestvo_Gimnaziya2.xlsx"
    rep = Report(wb, None, spec, file)
    title = [
        ("Сетевой город. Образование", {"size": 7, "color": "FF7F7F7F"}),
        ("МАОУ «Гимназия № 2», г. Светлокамск", {"bold": True}),
        ("Отчёт «Показатели реализации целевой модели наставничества»", {"bold": True, "size": 11, "height": 18}),
        ("Период: 01.01.2024 – 31.12.2024 (для сравнения — 2023 г.)", {}),
        ("Организация: МАОУ «Гимназия № 2»", {}),
        ("Вариант отчёта: основной", {}),
        None,
    ]
    cells = rep.run(title, body, first_cap=34, cap=40)
    wb.save(os.path.join(HERE, file))
    nc = [b["text"] for b in body if b["t"] == "gtotal"] + \
        ["Обучающиеся 1–4 классов, вовлечённые в программы наставничества (наставляемые)", "2023 г. (справочно)"]
    hd = [b["text"] for b in body if b["t"] == "group"]
    collect(file, cells, d["name"], nc, hd)


# ========================================================================================
# File 3. «Дневник.ру» — every value written as text, NBSP in thousands
# ========================================================================================
def file3():
    d = SOSH5
    site = "https://sosh5-svetlokamsk.gosuslugi.ru/netcat_files/32/"
    L = {
        "pol": f"{site}Polozheniya_o_nastavnichestve_prikaz_74.pdf",
        "mon": f"{site}Prikaz_196_o_monitoringe_CMN.pdf",
        "note": f"{site}Analiticheskaya_spravka_CMN_2024.pdf",
        "cur": f"{site}Prikaz_70_kuratory.pdf",
        "agr": "https://disk.yandex.ru/d/Sosh5_dogovory_predpriyatiya",
        "pairs": f"{site}Prikaz_151_ob_utverzhdenii_par.pdf",
        "pp": f"{site}Personalizirovannye_programmy_2024.pdf",
        "anket": "https://disk.yandex.ru/i/sosh5_anketirovanie_dek2024",
        "kpk": "https://disk.yandex.ru/d/Sosh5_KPK_nastavnichestvo",
        "pay": f"{site}Polozhenie_o_stimuliruyuschih_vyplatah.pdf",
        "nonmat": f"{site}Polozhenie_o_moralnom_pooshchrenii.pdf",
    }
    body = [
        {"t": "group", "text": "Локальные акты и мониторинг"},
        item("orgs_regulation_teachers", "Положение о наставничестве педагогических работников (утверждено приказом)",
             d, "да/нет", L["pol"]),
        item("orgs_regulation_students", "Положение о наставничестве обучающихся (утверждено приказом)", d, "да/нет",
             L["pol"]),
        item("orgs_monitoring_order", "Приказ о мониторинге ЦМН", d, "да/нет", L["mon"]),
        item("internal_monitoring_notes", "Аналитическая справка по внутреннему мониторингу", d, "да/нет",
             L["note"]),
        {"t": "group", "text": "Участники наставничества"},
        item(None, "Число обучающихся в школе (1–11 кл.) на 31.12.2024", d, "чел.", None, val=1612),
        item("curators_total", "Число кураторов ЦМН", d, "чел.", L["cur"]),
        item("mentors_total", "Число наставников по приказу", d, "чел.", L["pairs"]),
        item("mentees_total", "Число наставляемых по приказу", d, "чел.", L["pairs"]),
        item("agreements_enterprises", "Договоры с предприятиями (работники — наставники)", d, "шт.", L["agr"]),
        item("enterprise_mentors", "Наставники — работники предприятий", d, "чел.", L["agr"]),
        item("partner_list", "Предприятия-партнёры", d, "перечень", None),
        {"t": "group", "text": "Персонализированные программы"},
        item("pp_total", "Число ПП наставничества, всего", d, "шт.", L["pp"]),
        item("pp_pupil_pupil", "ПП «ученик – ученик»", d, "шт.", L["pp"]),
        item("pp_teacher_teacher", "ПП «учитель – учитель»", d, "шт.", L["pp"]),
        item("pp_head_teacher", "ПП «руководитель – педагог»", d, "шт.", L["pp"]),
        item("pp_teacher_pupil", "ПП «учитель – ученик»", d, "шт.", L["pp"]),
        item("pp_other", "ПП иных форм («выпускник – ученик»)", d, "шт.", L["pp"]),
        {"t": "group", "text": "Обучающиеся"},
        item("students_10_19", "Число обучающихся 10–19 лет", d, "чел.", None),
        item("mentees_10_19", "Из них наставляемые", d, "чел.", L["pairs"]),
        item("mentees_risk", "Наставляемые из «группы риска»", d, "чел.", L["pairs"]),
        item("mentees_gifted", "Наставляемые — одарённые дети из реестров", d, "чел.", L["pairs"]),
        item("mentees_disabled", "Наставляемые — дети с ОВЗ / инвалидностью", d, "чел.", L["pairs"]),
        item("mentees_low_motivation", "Наставляемые с низкой мотивацией и неуспеваемостью", d, "чел.", L["pairs"]),
        item("mentees_career", "Наставляемые, не определившиеся с профессией / траекторией", d, "чел.",
             L["pairs"]),
        item("mentees_other_params", "Наставляемые по иным параметрам", d, "чел.", L["pairs"]),
        item("share_mentees_10_19", "Охват наставничеством (наставляемые) обучающихся 10–19 лет", d, "%", None),
        item("students_15_19", "Число обучающихся 15–19 лет", d, "чел.", None),
        item("mentors_15_19", "Из них наставники по приказу", d, "чел.", L["pairs"]),
        item("share_mentors_15_19", "Охват обучающихся 15–19 лет ролью наставника", d, "%", None),
        {"t": "group", "text": "Оценка программ"},
        item("satisfaction_mentees", "Удовлетворённость наставляемых завершёнными программами", d, "%", L["anket"]),
        item("satisfaction_mentors", "Удовлетворённость наставников завершёнными программами", d, "%", L["anket"]),
        {"t": "group", "text": "Педагогические кадры"},
        item("young_specialists", "Молодые специалисты в школе", d, "чел.", None),
        item("young_specialists_mentees", "Молодые специалисты, у которых есть наставник", d, "чел.", L["pairs"]),
        item("teachers_other", "Остальные педагоги (без молодых специалистов)", d, "чел.", None),
        item("teachers_other_mentees", "Остальные педагоги — наставляемые", d, "чел.", L["pairs"]),
        item("share_young_specialists_mentees", "Доля молодых специалистов с наставником", d, "%", None),
        item("share_teachers_mentees", "Доля педагогов-наставляемых", d, "%", None),
        item("teachers_mentors", "Педагоги, выполняющие роль наставника", d, "чел.", L["pairs"]),
        item("young_specialists_mentors", "Молодые специалисты, выполняющие роль наставника", d, "чел.",
             L["pairs"]),
        item("share_teachers_mentors", "Доля педагогов-наставников", d, "%", None),
        item("share_young_specialists_mentors", "Доля молодых специалистов-наставников", d, "%", None),
        item("teachers_in_pp", "Педагоги в утверждённых ПП наставничества", d, "чел.", L["pp"]),
        item("kpk_trained", "Прошли КПК по наставничеству за год", d, "чел.", L["kpk"]),
        item("kpk_courses", "Курсы (наименования)", d, "перечень", None),
        {"t": "group", "text": "Поощрение наставников"},
        item("pay_acts", "Акты об оплате наставничества", d, "шт.", L["pay"]),
        item("nonmaterial_acts", "Акты о моральном (нематериальном) поощрении", d, "шт.", L["nonmat"]),
    ]
    number_items(body, style="running")
    spec = {
        "widths": {"A": 0.29, "B": 4, "C": 0.29, "D": 16, "E": 0.29, "F": 16, "G": 16, "H": 7, "I": 10,
                   "J": 11, "K": 11, "L": 11},
        "font": "Calibri", "font_size": 9,
        "title_span": ("B", "L"),
        "head_cols": [("B", "B", "№"), ("D", "G", "Показатель"), ("H", "H", "Ед."),
                      ("J", "L", "Подтверждающий документ")],
        "val_cols": [(("I", "I"), "2024")], "val_caption": "Значение", "exp_idx": 0,
        "num": "B", "text": ("D", "G"), "unit": "H", "link": ("J", "L"), "group_text": ("B", "H"),
        "footer_spans": (("B", "G"), ("J", "L")), "page_fmt": "Страница {} из {}",
        "footer_left": "Сформировано: 10.01.2025 16:48, пользователь Смирнова Е.А. (Дневник.ру)",
        "header_fill": "FFFCE4D6", "group_fill": "FFF2F2F2",
    }
    wb = Workbook()
    wb.active.title = "Отчет"
    file = "typed/Dnevnik_Otchet_CMN_SOSH5_2024.xlsx"
    rep = Report(wb, None, spec, file, text_mode=True)
    title = [
        ("Дневник.ру — Отчёты — Наставничество", {"size": 7, "color": "FF7F7F7F"}),
        ("Отчёт по показателям целевой модели наставничества", {"bold": True, "size": 12, "height": 20}),
        ("Организация: МБОУ «СОШ № 5 с углублённым изучением отдельных предметов»", {}),
        ("Период: 01.01.2024 – 31.12.2024", {}),
        ("Вариант отчёта: основной; формат чисел: текст", {"size": 7}),
        None,
    ]
    cells = rep.run(title, body, first_cap=30, cap=38)
    wb.save(os.path.join(HERE, file))
    nc = ["Число обучающихся в школе (1–11 кл.) на 31.12.2024"]
    hd = [b["text"] for b in body if b["t"] == "group"]
    collect(file, cells, d["name"], nc, hd)


# ========================================================================================
# File 4. Regional «Электронная школа» — plan / fact export
# ========================================================================================
def file4():
    d, p = KIRILL, KIRILL_PLAN
    site = "https://kirillovskaya-sh.gosuslugi.ru/netcat_files/userfiles/CMN"
    L = {
        "pol": f"{site}/prikaz_41_polozheniya.pdf",
        "mon": f"{site}/prikaz_98_monitoring.pdf",
        "note": "https://cloud.mail.ru/public/kS7d/Spravka_monitoring_2024.pdf",
        "pairs": f"{site}/prikaz_77_nastavnicheskie_pary.pdf",
        "pp": "https://cloud.mail.ru/public/kS7d/PPN_2024",
        "anket": "https://cloud.mail.ru/public/kS7d/Anketa_2024",
    }

    def it(crit, text, unit, link=None, **kw):
        return item(crit, text, d, unit, link, decoy=p.get(crit), code=kw.pop("code", None), **kw)

    body = [
        {"t": "group", "text": "I. Нормативно-правовое обеспечение"},
        item("orgs_regulation_teachers", "Положение о системе наставничества педработников", d, "да/нет", L["pol"],
             decoy=YES, code="1.1"),
        item("orgs_regulation_students", "Положение о системе наставничества обучающихся", d, "да/нет", L["pol"],
             decoy=YES, code="1.2"),
        item("orgs_monitoring_order", "Приказ о мониторинге ЦМН", d, "да/нет", L["mon"], decoy=YES, code="1.3"),
        item("internal_monitoring_notes", "Справка ОО по итогам внутреннего мониторинга", d, "да/нет", L["note"],
             decoy=YES, code="1.4"),
        {"t": "group", "text": "II. Организация наставничества", "with_total": True},
        it("curators_total", "Кураторы ЦМН", "чел.", L["pairs"], code="2.1"),
        it("mentors_total", "Наставники (приказ)", "чел.", L["pairs"], code="2.2"),
        it("mentees_total", "Наставляемые (приказ)", "чел.", L["pairs"], code="2.3"),
        it("pp_total", "Персонализированные программы, всего", "шт.", L["pp"], code="2.4"),
        it("pp_pupil_pupil", "  «ученик – ученик»", "шт.", L["pp"], code="2.4.1"),
        it("pp_teacher_teacher", "  «учитель – учитель»", "шт.", L["pp"], code="2.4.2"),
        it("pp_teacher_pupil", "  «учитель – ученик»", "шт.", L["pp"], code="2.4.3"),
        {"t": "group", "text": "III. Охват обучающихся", "with_total": True},
        it("students_10_19", "Обучающихся 10–19 лет", "чел.", None, code="3.1"),
        it("mentees_10_19", "Наставляемых 10–19 лет", "чел.", L["pairs"], code="3.2"),
        it("mentees_risk", "  группа риска", "чел.", L["pairs"], code="3.2.1"),
        it("mentees_gifted", "  одарённые дети (реестр)", "чел.", L["pairs"], code="3.2.2"),
        it("mentees_disabled", "  ОВЗ / дети-инвалиды", "чел.", L["pairs"], code="3.2.3"),
        it("mentees_low_motivation", "  низкая мотивация, неуспеваемость", "чел.", L["pairs"], code="3.2.4"),
        it("mentees_career", "  выбор профессии / траектории", "чел.", L["pairs"], code="3.2.5"),
        it("mentees_other_params", "  иные параметры", "чел.", L["pairs"], code="3.2.6"),
        it("share_mentees_10_19", "Доля наставляемых 10–19 лет", "%", None, code="3.3"),
        item(None, "Доля обучающихся 10–18 лет, охваченных наставничеством", d, "%", None,
             decoy=P(20, 89), val=P(21, 89), code="3.4"),
        it("students_15_19", "Обучающихся 15–19 лет", "чел.", None, code="3.5"),
        it("mentors_15_19", "Наставников 15–19 лет (приказ)", "чел.", L["pairs"], code="3.6"),
        it("share_mentors_15_19", "Доля наставников 15–19 лет", "%", None, code="3.7"),
        {"t": "group", "text": "IV. Удовлетворённость"},
        it("satisfaction_mentees", "Наставляемые, удовлетворённые участием", "%", L["anket"], code="4.1"),
        it("satisfaction_mentors", "Наставники, удовлетворённые участием", "%", L["anket"], code="4.2"),
        {"t": "group", "text": "V. Педагоги", "with_total": True},
        it("young_specialists", "Молодые специалисты", "чел.", None, code="5.1"),
        it("young_specialists_mentees", "Молодые специалисты-наставляемые", "чел.", L["pairs"], code="5.2"),
        it("teachers_other", "Прочие педагоги", "чел.", None, code="5.3"),
        it("teachers_other_mentees", "Прочие педагоги-наставляемые", "чел.", L["pairs"], code="5.4"),
        it("share_young_specialists_mentees", "Доля МС-наставляемых", "%", None, code="5.5"),
        it("share_teachers_mentees", "Доля педагогов-наставляемых", "%", None, code="5.6"),
        it("teachers_mentors", "Педагоги-наставники", "чел.", L["pairs"], code="5.7"),
        it("share_teachers_mentors", "Доля педагогов-наставников", "%", None, code="5.8"),
    ]
    add_group_totals(body, 2)
    spec = {
        "widths": {"A": 0.29, "B": 6, "C": 0.29, "D": 15, "E": 0.29, "F": 15, "G": 6, "H": 9, "I": 9,
                   "J": 12, "K": 12, "L": 6},
        "font": "Times New Roman", "font_size": 9,
        "title_span": ("B", "L"),
        "head_cols": [("B", "B", "Код"), ("D", "F", "Показатель"), ("G", "G", "Ед. изм."),
                      ("J", "L", "Подтверждающий документ (URL)")],
        "val_cols": [(("H", "H"), "План на 2024 год"), (("I", "I"), "Факт 2024")],
        "val_caption": "Значение", "exp_idx": 1,
        "code": "B", "text": ("D", "F"), "unit": "G", "link": ("J", "L"), "group_text": ("B", "G"),
        "footer_spans": (("B", "I"), ("J", "L")), "page_fmt": "лист {} / {}",
        "footer_left": "Выгружено из ГИС «Электронная школа» 20.01.2025 11:15; пользователь: Петрова Л.С.",
        "count_fmt": "# ##0", "header_fill": "FFD9D9D9", "group_fill": "FFEDEDED",
    }
    wb = Workbook()
    wb.active.title = "Лист1"
    file = "typed/ElShkola_Vygruzka_CMN_Kirillovskaya_2024.xlsx"
    rep = Report(wb, None, spec, file)
    title = [
        ("ГИС «Электронная школа» · Мониторинги · ЦМН-2024", {"size": 7, "color": "FF7F7F7F"}),
        ("Мониторинг целевой модели наставничества: выгрузка по организации", {"bold": True, "size": 11,
                                                                             "height": 18}),
        ("Организация: МБОУ «Кирилловская СОШ» (Светлокамский городской округ)", {}),
        ("Отчётный период: 2024 год (01.01.2024 – 31.12.2024)", {}),
        ("Вариант отчёта: План/факт", {}),
        None,
    ]
    tail = [("Директор ___________ / Гусева Т.М. /      Куратор ЦМН ___________ / Петрова Л.С. /", {})]
    cells = rep.run(title, body, first_cap=27, cap=40, tail=tail)
    wb.save(os.path.join(HERE, file))
    nc = ["План на 2024 год", "Доля обучающихся 10–18 лет, охваченных наставничеством"] + \
        [b["text"] for b in body if b["t"] == "group" and b.get("with_total")]
    hd = [b["text"] for b in body if b["t"] == "group" and not b.get("with_total")]
    collect(file, cells, "МБОУ «Кирилловская СОШ»", nc, hd)


# ========================================================================================
# File 5. 1С — «Свод по организациям»: each organisation a bold group with a totals row
# ========================================================================================
def file5():
    orgs = [OOSH11, SOSH8, LICEY7, ZARECH]
    sites = {
        OOSH11["name"]: "https://oosh11-svetlokamsk.gosuslugi.ru/netcat_files/9/nastavnichestvo",
        SOSH8["name"]: "https://school8-svetlokamsk.edu.ru/files/nastavnichestvo",
        LICEY7["name"]: "https://licey7svet.gosuslugi.ru/netcat_files/21/CMN",
        ZARECH["name"]: "https://disk.yandex.ru/d/Zarechnaya_SOSH_CMN_2024",
    }
    body = []
    n = 0
    for o in orgs:
        s = sites[o["name"]]
        cloud = s.startswith("https://disk")
        pairs = s if cloud else f"{s}/prikaz_o_zakreplenii_nastavnikov_2024.pdf"
        pp = s if cloud else f"{s}/reestr_PPN_2024.pdf"
        ank = s if cloud else f"{s}/itogi_anketirovaniya_2024.pdf"
        body.append({"t": "org", "org": o["name"], "text": o["name"]})
        rows = [
            ("mentors_total", "Наставники (приказ)", "чел.", pairs),
            ("mentees_total", "Наставляемые (приказ)", "чел.", pairs),
            ("pp_total", "Персонализированные программы наставничества", "шт.", pp),
            ("students_10_19", "Обучающиеся 10–19 лет", "чел.", None),
            ("mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", "чел.", pairs),
            ("share_mentees_10_19", "Доля наставляемых 10–19 лет", "%", None),
            ("students_15_19", "Обучающиеся 15–19 лет", "чел.", None),
            ("mentors_15_19", "Обучающиеся 15–19 лет — наставники", "чел.", pairs),
            ("share_mentors_15_19", "Доля наставников 15–19 лет", "%", None),
            ("young_specialists", "Молодые специалисты", "чел.", None),
            ("young_specialists_mentees", "Молодые специалисты — наставляемые", "чел.", pairs),
            ("share_young_specialists_mentees", "Доля молодых специалистов — наставляемых", "%", None),
            ("teachers_mentors", "Педагоги — наставники", "чел.", pairs),
            ("satisfaction_mentees", "Удовлетворённость наставляемых", "%", ank),
            ("satisfaction_mentors", "Удовлетворённость наставников", "%", ank),
        ]
        for crit, text, unit, link in rows:
            if crit not in o:  # the generator does not print empty lines
                continue
            n += 1
            body.append(item(crit, text, o, unit, link, n=n))
        body.append({"t": "ototal", "text": f"Итого по {o['name']}:"})
    body.append({"t": "total", "text": "Итого по всем организациям:"})
    add_group_totals(body, 1)
    spec = {
        "widths": {"A": 0.29, "B": 4.5, "C": 0.29, "D": 12, "E": 0.29, "F": 12, "G": 12, "H": 10, "I": 6.5,
                   "J": 6, "K": 6, "L": 10, "M": 10, "N": 10, "O": 10, "P": 4},
        "title_span": ("B", "P"),
        "head_cols": [("B", "B", "№"), ("D", "H", "Организация / Показатель"), ("I", "I", "Ед. изм."),
                      ("L", "P", "Документ-основание")],
        "val_cols": [(("J", "K"), "2024")], "val_caption": "Значение", "exp_idx": 0,
        "num": "B", "text": ("D", "H"), "unit": "I", "link": ("L", "P"), "group_text": ("B", "I"),
        "footer_spans": (("B", "H"), ("L", "P")), "page_fmt": "Страница {} из {}",
        "footer_left": "Сформировано: 13.01.2025 10:21, пользователь Соколова А.В.",
        "group_fill": "FFF5F2DD", "total_fill": "FFFFF9E6",
    }
    wb = Workbook()
    wb.active.title = "TDSheet"
    file = "typed/1C_Svod_CMN_po_organizaciyam_2024.xlsx"
    rep = Report(wb, None, spec, file)
    title = [
        ("Сводный отчёт «Показатели наставничества» по организациям", {"bold": True, "size": 12, "height": 20}),
        None,
        ("Период: 01.01.2024 – 31.12.2024", {}),
        ("Организация: В группе \"Общеобразовательные организации г. Светлокамска\" (отбор: 4 из 14)", {}),
        ("Вариант отчёта: по организациям", {}),
        ("Группировки строк: Организация (иерархия), Показатель; итоги: в конце группы", {"size": 7}),
        None,
    ]
    cells = rep.run(title, body, first_cap=34, cap=38)
    wb.save(os.path.join(HERE, file))
    names = [o["name"] for o in orgs]
    nc = [b["text"] for b in body if b["t"] in ("ototal", "total")]
    collect(file, cells, names, nc, [], multi=True)


# ========================================================================================
# File 6. 1С — МБУ ДО «ЦДТ «Радуга»», variant «краткий» with a change-to-2023 column
# ========================================================================================
def file6():
    d = RADUGA
    site = "https://cdt-raduga.edu.ru/upload/iblock/nastavnichestvo"
    L = {
        "pol": f"{site}/Prikaz_38_Polozheniya_nastavnichestvo.pdf",
        "mon": f"{site}/Prikaz_121_monitoring_CMN.pdf",
        "cur": f"{site}/Prikaz_36_kurator.pdf",
        "agr": f"{site}/Soglashenie_Licey7_2024.pdf",
        "pairs": f"{site}/Prikaz_97_pary_2024.pdf",
        "pp": f"{site}/PPN_2024_reestr.pdf",
        "anket": "https://disk.yandex.ru/i/raduga_anketa_2024",
        "mo": f"{site}/Prikaz_40_MO_nastavnikov.pdf",
    }
    ch = {"mentors_total": D(0.15), "mentees_total": D(0.1852), "pp_total": D(0.25), "students_10_19": D(-0.0213),
          "mentees_10_19": D(0.16), "mentees_gifted": D(0.1071), "mentees_other_params": D(0.2273),
          "students_15_19": D(0.0251), "mentors_15_19": D(0.3333), "young_specialists": D(0.0),
          "young_specialists_mentees": D(0.0), "teachers_other": D(-0.05), "teachers_other_mentees": D(1.0),
          "teachers_mentors": D(0.125), "external_edu_mentors": D(1.0), "curators_total": D(0.0),
          "agreements_edu_orgs": D(0.0), "pp_pupil_pupil": D(0.2), "pp_teacher_teacher": D(0.25),
          "pp_teacher_pupil": D(0.3333)}

    def it(crit, text, unit, link=None, **kw):
        return item(crit, text, d, unit, link, decoy=ch.get(crit), decoy_first=False, **kw)

    body = [
        {"t": "group", "text": "Документы"},
        it("orgs_regulation_teachers", "Положение о наставничестве педагогов (приказ об утверждении)", "да/нет",
           L["pol"]),
        it("orgs_regulation_students", "Положение о наставничестве обучающихся (приказ об утверждении)", "да/нет",
           L["pol"]),
        it("orgs_monitoring_order", "Приказ о мониторинге ЦМН в учреждении", "да/нет", L["mon"]),
        {"t": "group", "text": "Организация", "with_total": True},
        it("curators_total", "Куратор(ы) ЦМН", "чел.", L["cur"]),
        it("agreements_edu_orgs", "Соглашения с ОО о наставниках из их числа", "шт.", L["agr"]),
        it("agreement_subjects", "Предмет соглашения", "текст", None),
        it("external_edu_mentors", "Наставники из других ОО (по приказу)", "чел.", L["agr"]),
        it("mentors_total", "Наставники, всего (приказ)", "чел.", L["pairs"]),
        it("mentees_total", "Наставляемые, всего (приказ)", "чел.", L["pairs"]),
        it("pp_total", "ППН, всего", "шт.", L["pp"]),
        it("pp_pupil_pupil", "ППН «ученик – ученик»", "шт.", L["pp"]),
        it("pp_teacher_teacher", "ППН «педагог – педагог»", "шт.", L["pp"]),
        it("pp_teacher_pupil", "ППН «педагог – обучающийся»", "шт.", L["pp"]),
        {"t": "group", "text": "Обучающиеся", "with_total": True},
        it("students_10_19", "Обучающиеся 10–19 лет (контингент на 31.12.2024)", "чел.", None),
        it("mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", "чел.", L["pairs"]),
        it("mentees_gifted", "  из них одарённые (региональный реестр)", "чел.", L["pairs"]),
        it("mentees_other_params", "  из них по иным параметрам (проектные команды)", "чел.", L["pairs"]),
        it("share_mentees_10_19", "Доля наставляемых 10–19 лет", "%", None),
        it("students_15_19", "Обучающиеся 15–19 лет", "чел.", None),
        it("mentors_15_19", "Обучающиеся 15–19 лет — наставники", "чел.", L["pairs"]),
        it("share_mentors_15_19", "Доля наставников 15–19 лет", "%", None),
        {"t": "group", "text": "Удовлетворённость"},
        it("satisfaction_mentees", "Наставляемые (завершённые программы)", "%", L["anket"]),
        it("satisfaction_mentors", "Наставники (завершённые программы)", "%", L["anket"]),
        {"t": "group", "text": "Педагоги дополнительного образования", "with_total": True},
        it("young_specialists", "Молодые специалисты", "чел.", None),
        it("young_specialists_mentees", "Молодые специалисты — наставляемые", "чел.", L["pairs"]),
        it("teachers_other", "Педагоги (без молодых специалистов)", "чел.", None),
        it("teachers_other_mentees", "Педагоги (без молодых специалистов) — наставляемые", "чел.", L["pairs"]),
        it("share_teachers_mentees", "Доля педагогов — наставляемых", "%", None),
        it("teachers_mentors", "Педагоги — наставники", "чел.", L["pairs"]),
        item(None, "Педагоги — наставники и наставляемые (всего)", d, "чел.", L["pairs"],
             val=d["teachers_mentors"] + d["teachers_other_mentees"] + d["young_specialists_mentees"]),
        it("share_teachers_mentors", "Доля педагогов — наставников", "%", None),
        it("school_methodical_associations", "Методическое объединение наставников", "ед.", L["mo"]),
    ]
    number_items(body, style="running")
    for b in body:
        if b["t"] == "item" and len(b["vals"]) == 1:
            b["vals"].append(None)
    add_group_totals(body, 1)
    for b in body:
        if b["t"] == "group":
            b.setdefault("totals", [None])
            b["totals"] = b["totals"] + [None]
    spec = {
        "widths": {"A": 0.29, "B": 4.5, "C": 0.29, "D": 12, "E": 0.29, "F": 12, "G": 12, "H": 6.5, "I": 12,
                   "J": 8, "K": 10, "L": 10, "M": 10, "N": 3},
        "title_span": ("B", "N"),
        "head_cols": [("B", "B", "№"), ("D", "G", "Показатель"), ("H", "H", "Ед. изм."),
                      ("K", "N", "Документ-основание")],
        "val_cols": [(("I", "I"), "2024"), (("J", "J"), "Изменение к 2023 г., %")],
        "val_caption": "Значение", "exp_idx": 0,
        "num": "B", "text": ("D", "G"), "unit": "H", "link": ("K", "N"), "group_text": ("B", "H"),
        "footer_spans": (("B", "G"), ("K", "N")), "page_fmt": "Страница {} из {}",
        "footer_left": "Сформировано: 22.01.2025 12:03, пользователь Захарова И.Ю.",
    }
    wb = Workbook()
    wb.active.title = "TDSheet"
    file = "typed/1C_Otchet_CMN_CDT_Raduga_2024.xlsx"
    rep = Report(wb, None, spec, file)
    title = [
        ("Показатели реализации целевой модели наставничества", {"bold": True, "size": 12, "height": 20}),
        None,
        ("Период: 01.01.2024 – 31.12.2024", {}),
        ("Организация: МБУ ДО «Центр детского творчества «Радуга»»", {}),
        ("Вариант отчёта: краткий (без строк с нулевыми значениями), сравнение с 2023 г.", {}),
        None,
    ]
    cells = rep.run(title, body, first_cap=30, cap=40)
    wb.save(os.path.join(HERE, file))
    groups = [b for b in body if b["t"] == "group"]
    nc = ["Педагоги — наставники и наставляемые (всего)", "Изменение к 2023 г., %"] + \
        [g["text"] for g in groups if g["totals"][0] is not None]
    hd = [g["text"] for g in groups if g["totals"][0] is None]
    collect(file, cells, d["name"], nc, hd)


def main():
    os.makedirs(TYPED, exist_ok=True)
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"note": "Every workbook is written by openpyxl only (no LibreOffice re-save). 'cell' is the "
                           "top-left cell of a merged range. Percent-formatted numbers: expected = cell * 100. "
                           "File 3 (Dnevnik) holds every value as text with NBSP (U+00A0) thousands separators.",
                   "cells": CELLS}, f, ensure_ascii=False, indent=1)
    nv = sum(len(v) if isinstance(v, dict) else 0 for e in EXPECTED for v in [e["values"]]) + \
        sum(len(x) for e in EXPECTED if isinstance(e["values"], list) for x in e["values"])
    nl = sum(len(e["links"]) for e in EXPECTED if isinstance(e["links"], dict)) + \
        sum(len(x) for e in EXPECTED if isinstance(e["links"], list) for x in e["links"])
    print(f"files={len(EXPECTED)} values={nv} links={nl}")


if __name__ == "__main__":
    main()
