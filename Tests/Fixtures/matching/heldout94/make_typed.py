#!/usr/bin/env python3
"""heldout94: 2024 ЦМН forms printed as fill-in-the-blank sentences and filled in Excel.

Each criterion is one sentence: in one (merged) cell with the value typed into the blank
(«В ОО утверждено __47__ персонализированных программ»), or broken over cells by the value
(«В ОО работает» | 48 | «наставников (по приказу)»).  Yes/no choices «утверждено / не утверждено»
are answered by typing the right word in capitals, by deleting the wrong one, or (one file) by
striking the wrong one through.  Links follow «Ссылка:» at the end of the sentence or sit in the
cell after it.

Deterministic: fixed seeds, fixed data.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import pathlib
import random
import re

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CATALOGUE = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
UNITS, SOURCE = {}, {}
for _line in CATALOGUE.read_text(encoding="utf-8").splitlines()[1:]:
    _f = _line.split("\t")
    UNITS[_f[0]] = _f[2]
    SOURCE[_f[0]] = _f[6] == "yes"

NBSP = "\u00a0"
THIN = Side(style="thin")
LINE = Border(bottom=THIN)


# ----------------------------------------------------------------------------------------------
# figures
# ----------------------------------------------------------------------------------------------

EDU_POOL = ["МБОУ «СОШ № 9» г. Тальска", "ГБПОУ УР «Тальский агропромышленный техникум»",
            "ФГБОУ ВО «Удмуртский государственный университет»", "МБОУ «СОШ № 4» г. Тальска",
            "МБУ ДО «ДЮСШ г. Тальска»"]
ENT_POOL = ["ООО «Тальский хлебозавод»", "АО «Тальскэнерго»", "СПК «Колос»"]
OTH_POOL = ["МБУК «Тальская ЦБС»", "ПСЧ-14 ГУ МЧС России по УР", "МБУ «Молодёжный центр «Ровесник»",
            "Тальская районная общественная организация ветеранов"]


def share(a, b):
    return round(100.0 * a / b, 2)


def gen(seed, kids, teachers, fix=None, dop=False):
    """Consistent figures of one organisation (parts <= wholes, shares = part / whole)."""
    fix = fix or {}
    r = random.Random(seed)

    def pick(key, fn):
        x = fn()
        return fix.get(key, x)

    v = {}
    v["orgs_regulation_teachers"] = pick("orgs_regulation_teachers", lambda: 1)
    v["orgs_regulation_students"] = pick("orgs_regulation_students", lambda: 1)
    v["orgs_monitoring_order"] = pick("orgs_monitoring_order", lambda: 1)
    v["internal_monitoring_notes"] = pick("internal_monitoring_notes", lambda: 1)
    v["curators_total"] = pick("curators_total", lambda: r.randint(1, 3))
    v["students_10_19"] = kids
    m = pick("mentees_10_19", lambda: round(kids * r.uniform(0.11, 0.22)))
    v["mentees_10_19"] = m
    cats = {}
    for k, lo, hi in (("mentees_risk", .05, .14), ("mentees_gifted", .08, .2), ("mentees_disabled", .03, .1),
                      ("mentees_low_motivation", .1, .2), ("mentees_career", .12, .25)):
        cats[k] = pick(k, lambda: max(1, round(m * r.uniform(lo, hi))))
    v.update(cats)
    v["mentees_other_params"] = pick("mentees_other_params", lambda: max(0, m - sum(cats.values())))
    assert sum(cats.values()) + v["mentees_other_params"] <= m
    s15 = pick("students_15_19", lambda: round(kids * r.uniform(0.26, 0.33)))
    v["students_15_19"] = s15
    v["mentors_15_19"] = pick("mentors_15_19", lambda: round(s15 * r.uniform(0.07, 0.18)))
    ys = pick("young_specialists", lambda: r.randint(3, 9))
    v["young_specialists"] = ys
    v["teachers_other"] = teachers - ys
    v["young_specialists_mentees"] = pick("young_specialists_mentees", lambda: ys - r.choice([0, 0, 1]))
    v["teachers_other_mentees"] = pick("teachers_other_mentees", lambda: r.randint(3, 11))
    v["teachers_mentors"] = pick("teachers_mentors", lambda: round(teachers * r.uniform(0.22, 0.4)))
    v["young_specialists_mentors"] = pick("young_specialists_mentors", lambda: r.randint(0, 2))
    v["external_edu_mentors"] = pick("external_edu_mentors", lambda: r.randint(1, 4))
    v["other_org_mentors"] = pick("other_org_mentors", lambda: r.randint(0, 3))
    v["enterprise_mentors"] = pick("enterprise_mentors", lambda: r.randint(1, 2))
    v["agreements_edu_orgs"] = pick("agreements_edu_orgs", lambda: r.randint(1, 3))
    v["agreements_enterprises"] = pick("agreements_enterprises",
                                       lambda: 0 if v["enterprise_mentors"] == 0 else r.randint(1, 2))
    v["agreements_other_orgs"] = pick("agreements_other_orgs",
                                      lambda: 0 if v["other_org_mentors"] == 0 else r.randint(1, 2))
    v["mentors_total"] = (v["teachers_mentors"] + v["mentors_15_19"] + v["external_edu_mentors"]
                          + v["other_org_mentors"] + v["enterprise_mentors"])
    v["mentees_total"] = m + v["young_specialists_mentees"] + v["teachers_other_mentees"]
    v["pp_pupil_pupil"] = pick("pp_pupil_pupil", lambda: max(1, round(m * r.uniform(0.15, 0.3))))
    v["pp_teacher_teacher"] = pick("pp_teacher_teacher", lambda: r.randint(
        max(1, v["young_specialists_mentees"]), v["young_specialists_mentees"] + v["teachers_other_mentees"]))
    v["pp_head_teacher"] = pick("pp_head_teacher", lambda: r.randint(1, 3))
    v["pp_student_pupil"] = pick("pp_student_pupil", lambda: r.randint(0, 2))
    v["pp_teacher_pupil"] = pick("pp_teacher_pupil", lambda: max(1, round(m * r.uniform(0.1, 0.2))))
    v["pp_other"] = pick("pp_other", lambda: r.randint(0, 2))
    v["pp_total"] = sum(v[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                       "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    v["teachers_in_pp"] = min(teachers, v["teachers_mentors"] + v["young_specialists_mentees"]
                              + v["teachers_other_mentees"])
    v["kpk_trained"] = pick("kpk_trained", lambda: r.randint(2, 6))
    v["school_methodical_associations"] = pick("school_methodical_associations", lambda: 1)
    v["pay_acts"] = pick("pay_acts", lambda: 1)
    v["nonmaterial_acts"] = pick("nonmaterial_acts", lambda: r.randint(1, 2))
    v["satisfaction_mentees"] = pick("satisfaction_mentees", lambda: r.randint(82, 97))
    v["satisfaction_mentors"] = pick("satisfaction_mentors", lambda: r.randint(82, 97))
    # shares
    t = v["young_specialists"] + v["teachers_other"]
    v["share_mentees_10_19"] = share(m, kids)
    v["share_mentors_15_19"] = share(v["mentors_15_19"], s15)
    v["share_young_specialists_mentees"] = share(v["young_specialists_mentees"], v["young_specialists"])
    v["share_teachers_mentees"] = share(v["young_specialists_mentees"] + v["teachers_other_mentees"], t)
    v["share_teachers_mentors"] = share(v["teachers_mentors"], t)
    # partners: one per agreement
    partners = (EDU_POOL[seed % 2: seed % 2 + v["agreements_edu_orgs"]]
                + ENT_POOL[seed % 2: seed % 2 + v["agreements_enterprises"]]
                + OTH_POOL[seed % 3: seed % 3 + v["agreements_other_orgs"]])
    v["partner_list"] = "; ".join(partners)
    for k, x in fix.items():
        if k not in v:
            v[k] = x
    # sanity
    assert v["mentees_10_19"] <= kids and v["mentors_15_19"] <= s15
    assert v["young_specialists_mentees"] <= ys and v["young_specialists_mentors"] <= v["teachers_mentors"]
    assert v["teachers_other_mentees"] <= v["teachers_other"]
    assert len(partners) == v["agreements_edu_orgs"] + v["agreements_enterprises"] + v["agreements_other_orgs"]
    return v


# ----------------------------------------------------------------------------------------------
# typing
# ----------------------------------------------------------------------------------------------

def fmt_num(x):
    if isinstance(x, float) and not x.is_integer():
        return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(int(x))


PH = re.compile(r"\{(\w+)(?::([^}]*))?\}")


class Form:
    def __init__(self, fname, sheet, org, data, urlmaker, span=8, widths=None, hyper=False):
        self.fname = "typed/" + fname
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = sheet
        self.sheet = sheet
        self.org = org
        self.data = data
        self.urlmaker = urlmaker
        self.span = span
        self.hyper = hyper
        self.row = 1
        self.values, self.links, self.nc, self.heads, self.cells = {}, {}, [], [], []
        self.typed = {}
        for i, w in enumerate(widths or [], start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    # -- helpers
    def typed_of(self, crit):
        if crit in self.typed:
            return self.typed[crit]
        x = self.data[crit]
        u = UNITS[crit]
        if u in ("count", "share", "level"):
            return fmt_num(x)
        if u in ("list", "text"):
            return x
        raise ValueError(f"{crit}: a yes/no needs its typed literal")

    def _fill(self, tpl):
        """Substitute placeholders; return (marked text, plain text, [(crit, quote, pos)])."""
        marked, plain, found = "", "", []
        last = 0
        for m in PH.finditer(tpl):
            lit = tpl[last:m.start()]
            marked += lit
            plain += lit
            crit, literal = m.group(1), m.group(2)
            if crit == "link":
                raise ValueError("link placeholder is filled by the caller")
            typed = literal if literal is not None else self.typed_of(crit)
            q = typed.replace("~~", "")
            if crit != "nc":
                found.append((crit, q, len(plain)))
            marked += typed
            plain += q
            last = m.end()
        marked += tpl[last:]
        plain += tpl[last:]
        return marked, plain, found

    def _write_text(self, col, marked, bold=False, wrap=True, span=1, border=None):
        c = self.ws.cell(row=self.row, column=col)
        if "~~" in marked:
            parts = marked.split("~~")
            blocks = []
            for i, p in enumerate(parts):
                if not p:
                    continue
                blocks.append(TextBlock(InlineFont(strike=(i % 2 == 1)), p))
            c.value = CellRichText(blocks)
        else:
            c.value = marked
        c.alignment = Alignment(wrap_text=wrap, vertical="top")
        if bold:
            c.font = Font(bold=True)
        if border is not None:
            c.border = border
        if span > 1:
            self.ws.merge_cells(start_row=self.row, start_column=col, end_row=self.row,
                                end_column=col + span - 1)
        return c

    def _rec_value(self, cell, crit, quote=None, pos=None, typed=None):
        if crit in self.values:
            raise ValueError(f"{self.fname}: {crit} twice")
        exp = self.data[crit]
        self.values[crit] = exp
        rec = {"file": self.fname, "sheet": self.sheet, "cell": cell.coordinate, "criterion": crit,
               "kind": "value", "expected": exp}
        if quote is not None:
            rec["quote"] = quote
            rec["pos"] = pos
        rec["typed"] = typed
        self.cells.append(rec)

    def _rec_link(self, cell, crits, url, row_crits=None):
        if row_crits:
            want = [c for c in row_crits if SOURCE[c]]
            if sorted(want) != sorted(crits):
                print(f"  note {self.fname} row {self.row}: link for {crits}, sourced values {want}")
        for crit in crits:
            if crit not in self.values:
                raise ValueError(f"{self.fname}: link for {crit} without its value")
            self.links[crit] = url
            self.cells.append({"file": self.fname, "sheet": self.sheet, "cell": cell.coordinate,
                               "criterion": crit, "kind": "link", "expected": url})

    # -- rows
    def blank_row(self, n=1):
        self.row += n

    def line(self, text, col=1, span=None, bold=False, nc=False, height=None):
        self._write_text(col, text, bold=bold, span=span or self.span)
        if nc:
            self.nc.append(text)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def head(self, text, col=1, span=None):
        self._write_text(col, text, bold=True, span=span or self.span, wrap=False)
        self.heads.append(text)
        self.row += 1

    def s(self, tpl, lk=None, lmode="inline", span=None, sep=" ", nc=False, height=None):
        """One sentence in one (merged) cell; values typed into its blanks."""
        span = span or self.span
        url = self.urlmaker() if lk else None
        has_ph = "{LINK}" in tpl
        if lk and not has_ph and lmode == "inline":
            tpl = tpl + sep + "Ссылка: {LINK}"
            has_ph = True
        marked, plain, found = self._fill(tpl.replace("{LINK}", "\x00"))
        if url:
            marked = marked.replace("\x00", url)
            plain = plain.replace("\x00", url)
        c = self._write_text(1, marked, span=span)
        if height:
            self.ws.row_dimensions[self.row].height = height
        if nc:
            self.nc.append(plain)
        for crit, q, pos in found:
            self._rec_value(c, crit, q, pos, plain)
        if url:
            if has_ph:
                self._rec_link(c, lk, url, [x[0] for x in found])
            else:
                self._link_cells(1 + span, lk, url, lmode, [x[0] for x in found])
        self.row += 1

    def _link_cells(self, col, lk, url, lmode, row_crits=None):
        if lmode == "cell":
            lc = self.ws.cell(row=self.row, column=col, value=url)
        elif lmode == "labelcell":
            lc = self.ws.cell(row=self.row, column=col, value="Ссылка: " + url)
        elif lmode == "label2":
            self.ws.cell(row=self.row, column=col, value="Ссылка:")
            lc = self.ws.cell(row=self.row, column=col + 1, value=url)
        else:
            raise ValueError(lmode)
        lc.alignment = Alignment(wrap_text=False, vertical="top")
        if self.hyper:
            lc.hyperlink = url
            lc.font = Font(color="0563C1", underline="single")
        self._rec_link(lc, lk, url, row_crits)

    def sp(self, parts, lk=None, lmode="cell", link_col=None, numeric=True, nc=False, line_under=True,
           continued=False):
        """A sentence broken over cells by its value(s).  parts: strings, or (string, span)."""
        url = self.urlmaker() if lk else None
        col = 1
        texts = []
        row_crits = [] if not continued else None
        inline_cell = None
        for p in parts:
            span = 1
            if isinstance(p, tuple):
                p, span = p
            if p == "":
                col += span
                continue
            whole = PH.fullmatch(p)
            if whole and whole.group(1) not in ("nc", "LINK") and numeric and whole.group(2) is None \
                    and UNITS[whole.group(1)] in ("count", "share", "level"):
                crit = whole.group(1)
                x = self.data[crit]
                c = self.ws.cell(row=self.row, column=col, value=x)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if line_under:
                    c.border = LINE
                if span > 1:
                    self.ws.merge_cells(start_row=self.row, start_column=col, end_row=self.row,
                                        end_column=col + span - 1)
                self._rec_value(c, crit, typed=x)
                if row_crits is not None:
                    row_crits.append(crit)
            else:
                has_link = "{LINK}" in p
                marked, plain, found = self._fill(p.replace("{LINK}", "\x00"))
                if has_link:
                    marked = marked.replace("\x00", url)
                    plain = plain.replace("\x00", url)
                c = self._write_text(col, marked, span=span,
                                     border=LINE if (found and whole and line_under) else None)
                if whole:
                    c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
                texts.append(plain)
                for crit, q, pos in found:
                    self._rec_value(c, crit, q, pos, plain)
                    if row_crits is not None:
                        row_crits.append(crit)
                if has_link:
                    inline_cell = c
            col += span
        if nc:
            self.nc.append(" ".join(t.strip() for t in texts if t.strip()))
        if url:
            if inline_cell is not None:
                self._rec_link(inline_cell, lk, url, row_crits)
            else:
                self._link_cells(link_col or col, lk, url, lmode, row_crits)
        self.row += 1

    def result(self):
        return {"file": self.fname, "year": 2024, "organisation": self.org, "values": self.values,
                "links": self.links, "not_criteria": self.nc, "headings": self.heads}

    def save(self):
        self.ws.page_setup.orientation = "portrait"
        self.ws.sheet_view.showGridLines = False
        self.wb.save(HERE / self.fname)


def urls(seed, fn):
    r = random.Random(seed)
    return lambda: fn(r)


def alnum(r, n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


# ----------------------------------------------------------------------------------------------
# 1. СОШ № 4: every sentence in one merged cell, blanks «__N__», choices in CAPITALS, links inline
# ----------------------------------------------------------------------------------------------

def file1():
    d = gen(4, 540, 59, fix={"mentees_10_19": 71, "young_specialists": 7, "curators_total": 2,
                             "agreements_other_orgs": 2, "other_org_mentors": 2, "pp_student_pupil": 0})
    f = Form("СОШ4_ЦМН_2024.xlsx", "Сведения 2024", "МБОУ «СОШ № 4» г. Тальска", d,
             urls(401, lambda r: f"https://sh4-talsk.gosuslugi.ru/ofitsialno/nastavnichestvo/"
                                 f"dokumenty-{r.randint(100, 999)}_{r.randint(10, 99)}.html"),
             span=8, widths=[14] * 8)
    f.line("СВЕДЕНИЯ", bold=True)
    f.line("о реализации целевой модели наставничества за 2024 год", bold=True)
    f.line("Образовательная организация: МБОУ «СОШ № 4» г. Тальска Тальского муниципального округа УР")
    f.line("(цифры вписываются в пропуски, нужное слово выделяется ПРОПИСНЫМИ буквами)")
    f.blank_row()
    f.head("1. Нормативная база")
    f.s("1.1. Положение о системе наставничества педагогических работников в ОО: "
        "{orgs_regulation_teachers:УТВЕРЖДЕНО / не утверждено} (приказ № 118-од от 30.08.2023).",
        lk=["orgs_regulation_teachers"], height=30)
    f.s("1.2. Положение о наставничестве обучающихся: {orgs_regulation_students:УТВЕРЖДЕНО / не утверждено}.",
        lk=["orgs_regulation_students"])
    f.s("1.3. Приказ о проведении мониторинга реализации ЦМН в школе {orgs_monitoring_order:ИЗДАН / не издан}.",
        lk=["orgs_monitoring_order"])
    f.s("1.4. Информационная справка по итогам внутреннего мониторинга {internal_monitoring_notes:СОСТАВЛЕНА / "
        "не составлена}.", lk=["internal_monitoring_notes"])
    f.s("1.5. Дорожная карта внедрения ЦМН на 2024/2025 уч. год {nc:ИМЕЕТСЯ / не имеется}.", nc=True)
    f.head("2. Организация наставничества")
    f.s("2.1. Кураторами внедрения ЦМН назначено __{curators_total}__ чел. (приказ № 119-од).",
        lk=["curators_total"])
    f.s("2.2. Заключено __{agreements_edu_orgs}__ соглашений с другими образовательными организациями, "
        "сотрудники которых участвуют в программах как наставники.", lk=["agreements_edu_orgs"], height=30)
    f.s("2.3. С предприятиями заключено __{agreements_enterprises}__ соглашений о предоставлении наставников.",
        lk=["agreements_enterprises"])
    f.s("2.4. С иными организациями (учреждения культуры, МЧС и др.) — __{agreements_other_orgs}__ соглашений.",
        lk=["agreements_other_orgs"])
    f.s("2.5. Наставников школе предоставляют: ____{partner_list}____", height=30)
    f.s("2.6. В базе наставников по приказу числится ____{mentors_total}____ чел.", lk=["mentors_total"])
    f.s("2.7. В базе наставляемых по приказу ____{mentees_total}____ чел.", lk=["mentees_total"])
    f.s("2.8. Сформировано ___{nc:41}___ наставнических пар и групп.", nc=True)
    f.head("3. Персонализированные программы наставничества (ПП)")
    f.s("3.1. Всего в ОО утверждено __{pp_total}__ персонализированных программ наставничества.",
        lk=["pp_total"])
    f.s("      в т.ч. по форме «ученик – ученик» __{pp_pupil_pupil}__ ПП.", lk=["pp_pupil_pupil"])
    f.s("      по форме «учитель – учитель» __{pp_teacher_teacher}__ ПП.", lk=["pp_teacher_teacher"])
    f.s("      по форме «руководитель – педагог» __{pp_head_teacher}__ ПП.", lk=["pp_head_teacher"])
    f.s("      по форме «учитель – ученик» __{pp_teacher_pupil}__ ПП.", lk=["pp_teacher_pupil"])
    f.s("      по иной форме __{pp_other}__ ПП («работодатель – ученик»).", lk=["pp_other"])
    f.head("4. Наставники из других организаций")
    f.s("4.1. Из других образовательных организаций в роли наставников привлечено (по приказу) "
        "__{external_edu_mentors}__ чел.", lk=["external_edu_mentors"], height=30)
    f.s("4.2. Наставников — сотрудников предприятий __{enterprise_mentors}__ чел.", lk=["enterprise_mentors"])
    f.s("4.3. Наставников из иных организаций __{other_org_mentors}__ чел.", lk=["other_org_mentors"])
    f.head("5. Обучающиеся")
    f.s("5.1. Из __{students_10_19}__ обучающихся в возрасте 10–19 лет в программы наставничества в роли "
        "наставляемых вошли __{mentees_10_19}__ чел.", lk=["mentees_10_19"], height=30)
    f.s("5.2. Это составляет __{share_mentees_10_19}__ % от числа обучающихся 10–19 лет.")
    f.s("5.3. В том числе из «группы риска» __{mentees_risk}__ чел.", lk=["mentees_risk"])
    f.s("      одарённых детей (включены в реестр) __{mentees_gifted}__ чел.", lk=["mentees_gifted"])
    f.s("      детей с ОВЗ и детей-инвалидов __{mentees_disabled}__ чел.", lk=["mentees_disabled"])
    f.s("      с низкой мотивацией к учёбе, неуспевающих __{mentees_low_motivation}__ чел.",
        lk=["mentees_low_motivation"])
    f.s("      затрудняющихся в выборе профессии, образовательной траектории __{mentees_career}__ чел.",
        lk=["mentees_career"])
    f.s("5.4. Обучающихся 15–19 лет в школе __{students_15_19}__, из них наставниками (по приказу) являются "
        "__{mentors_15_19}__ чел.", lk=["mentors_15_19"], height=30)
    f.s("5.5. Доля обучающихся 15–19 лет в роли наставника __{share_mentors_15_19}__ %.")
    f.head("6. Удовлетворённость участников")
    f.s("6.1. По итогам анкетирования удовлетворённость наставляемых завершёнными программами составила "
        "__{satisfaction_mentees}__ %, наставников — __{satisfaction_mentors}__ %.",
        lk=["satisfaction_mentees", "satisfaction_mentors"], height=30)
    f.head("7. Педагоги")
    f.s("7.1. В ОО работает __{young_specialists}__ молодых специалистов (до 35 лет, стаж до 3 лет), из них "
        "__{young_specialists_mentees}__ участвуют в программах наставничества как наставляемые.",
        lk=["young_specialists_mentees"], height=30)
    f.s("7.2. Доля молодых специалистов-наставляемых __{share_young_specialists_mentees}__ %.")
    f.s("7.3. Прочих педагогов (без молодых специалистов) __{teachers_other}__ чел., наставляемыми из них "
        "являются __{teachers_other_mentees}__ чел.", lk=["teachers_other_mentees"], height=30)
    f.s("7.4. Всего доля педагогов, вошедших в программы в роли наставляемого, __{share_teachers_mentees}__ %.")
    f.s("7.5. В роли наставника в программах участвуют __{teachers_mentors}__ педагогов, в т.ч. молодых "
        "специалистов __{young_specialists_mentors}__.", lk=["teachers_mentors", "young_specialists_mentors"],
        height=30)
    f.s("7.6. Доля педагогов-наставников __{share_teachers_mentors}__ %.")
    f.s("7.7. В утверждённых ПП участвуют __{teachers_in_pp}__ педагогов.", lk=["teachers_in_pp"])
    f.s("7.8. КПК по вопросам наставничества в 2024 г. прошли __{kpk_trained}__ педагогов.", lk=["kpk_trained"])
    f.s("7.9. Методических объединений наставников в школе __{school_methodical_associations}__.",
        lk=["school_methodical_associations"])
    f.head("8. Стимулирование")
    f.s("8.1. Локальных актов об оплате работы наставников __{pay_acts}__.", lk=["pay_acts"])
    f.s("8.2. Локальных актов о нематериальном поощрении наставников __{nonmaterial_acts}__.",
        lk=["nonmaterial_acts"])
    f.blank_row()
    f.line("Дата заполнения: 17.01.2025", nc=True)
    f.line("Директор _____________ /Е.В. Сомова/")
    return f


# ----------------------------------------------------------------------------------------------
# 2. Гимназия № 1: the sentence broken over three (or five) cells by the value; wrong word deleted
# ----------------------------------------------------------------------------------------------

def file2():
    d = gen(11, 500, 64, fix={"mentees_10_19": 92, "students_15_19": 150, "mentors_15_19": 21,
                              "young_specialists": 5, "young_specialists_mentees": 5,
                              "agreements_other_orgs": 1, "other_org_mentors": 1})
    f = Form("Гимназия1_наставничество_2024.xlsx", "Лист1", "МАОУ «Гимназия № 1»", d,
             urls(402, lambda r: f"https://gimn1-talsk.gosuslugi.ru/netcat_files/"
                                 f"{r.randint(20, 99)}/{r.randint(100, 999)}/nastav_{alnum(r, 6).lower()}.pdf"),
             span=6, widths=[52, 10, 40, 10, 8, 70], hyper=False)
    f.line("Мониторинг реализации целевой модели наставничества, 2024 год", bold=True, span=6)
    f.sp(["Настоящие сведения представляет", ("МАОУ «Гимназия № 1»", 2), "г. Тальска за 2024 год"])
    f.line("Пропуски заполняются цифрами; ненужное удаляется.", span=6)
    f.blank_row()
    f.head("Раздел 1. Нормативное обеспечение", span=6)
    f.sp(["Положение о системе наставничества педагогических работников гимназии",
          "{orgs_regulation_teachers:утверждено}", "(приказ от 29.08.2023 № 211-о)", "", "", "Ссылка: {LINK}"],
         lk=["orgs_regulation_teachers"])
    f.sp(["Положение о наставничестве обучающихся", "{orgs_regulation_students:утверждено}",
          "(тот же приказ, приложение 2)", "", "", "Ссылка: {LINK}"], lk=["orgs_regulation_students"])
    f.sp(["Приказ о мониторинге реализации ЦМН в гимназии", "{orgs_monitoring_order:издан}",
          "от 02.09.2024 № 240-о", "", "", "Ссылка: {LINK}"], lk=["orgs_monitoring_order"])
    f.sp(["Справка по итогам внутреннего мониторинга", "{internal_monitoring_notes:подготовлена}",
          "(рассмотрена на педсовете 27.12.2024)", "", "", "Ссылка: {LINK}"], lk=["internal_monitoring_notes"])
    f.head("Раздел 2. Организация процесса", span=6)
    f.sp(["В гимназии работает", "{mentors_total}", "наставников (по приказу)", "", "", "Ссылка: {LINK}"],
         lk=["mentors_total"])
    f.sp(["Наставляемых (по приказу) в гимназии", "{mentees_total}", "чел.", "", "", "Ссылка: {LINK}"],
         lk=["mentees_total"])
    f.sp(["Соглашений о сотрудничестве с другими ОО, предоставившими наставников, заключено",
          "{agreements_edu_orgs}", "", "", "", "Ссылка: {LINK}"], lk=["agreements_edu_orgs"])
    f.sp(["Соглашений с предприятиями (наставники — их сотрудники)", "{agreements_enterprises}", "", "", "",
          "Ссылка: {LINK}"], lk=["agreements_enterprises"])
    f.sp(["С иными организациями любой формы собственности соглашений", "{agreements_other_orgs}", "", "", "",
          "Ссылка: {LINK}"], lk=["agreements_other_orgs"])
    f.typed["partner_list"] = d["partner_list"].replace("; ", ", ")
    f.sp(["С гимназией по вопросам наставничества сотрудничают:", ("{partner_list}", 5)], numeric=False,
         line_under=False)
    f.head("Раздел 3. Персонализированные программы", span=6)
    f.sp(["В гимназии утверждено", "{pp_total}", "персонализированных программ наставничества, в т.ч.:", "",
          "", "Ссылка: {LINK}"], lk=["pp_total"])
    f.sp(["    «ученик – ученик» —", "{pp_pupil_pupil}", "программ"])
    f.sp(["    «учитель – учитель» —", "{pp_teacher_teacher}", "программ"])
    f.sp(["    «руководитель – педагог» —", "{pp_head_teacher}", "программ"])
    f.sp(["    «учитель – ученик» —", "{pp_teacher_pupil}", "программ"])
    f.head("Раздел 4. Внешние наставники", span=6)
    f.sp(["Наставников из внешних образовательных организаций (по приказу)", "{external_edu_mentors}", "чел.",
          "", "", "Ссылка: {LINK}"], lk=["external_edu_mentors"])
    f.sp(["Наставников — сотрудников предприятий", "{enterprise_mentors}", "чел.", "", "", "Ссылка: {LINK}"],
         lk=["enterprise_mentors"])
    f.sp(["Наставников из иных организаций", "{other_org_mentors}", "чел.", "", "", "Ссылка: {LINK}"],
         lk=["other_org_mentors"])
    f.head("Раздел 5. Обучающиеся 10–19 и 15–19 лет", span=6)
    f.sp(["Из", "{students_10_19}", "обучающихся 10–19 лет в программы наставничества (наставляемые) вошли",
          "{mentees_10_19}", "чел.", "Ссылка: {LINK}"], lk=["mentees_10_19"])
    f.sp(["Доля обучающихся 10–19 лет, вошедших в программы, составляет", "{share_mentees_10_19}", "%"])
    f.sp(["Из них: «группа риска»", "{mentees_risk}", "чел.", "", "", "Ссылка: {LINK}"], lk=["mentees_risk"])
    f.sp(["одарённые дети (из реестров)", "{mentees_gifted}", "чел.", "", "", "Ссылка: {LINK}"],
         lk=["mentees_gifted"])
    f.sp(["дети с ОВЗ, дети-инвалиды", "{mentees_disabled}", "чел.", "", "", "Ссылка: {LINK}"],
         lk=["mentees_disabled"])
    f.sp(["низкая учебная мотивация / неуспеваемость", "{mentees_low_motivation}", "чел.", "", "",
          "Ссылка: {LINK}"], lk=["mentees_low_motivation"])
    f.sp(["проблемы выбора профессии", "{mentees_career}", "чел.", "", "", "Ссылка: {LINK}"],
         lk=["mentees_career"])
    f.sp(["Обучающихся 15–19 лет в гимназии", "{students_15_19}", "чел., из них наставники (по приказу) —",
          "{mentors_15_19}", "чел.", "Ссылка: {LINK}"], lk=["mentors_15_19"])
    f.sp(["Доля обучающихся 15–19 лет, ставших наставниками,", "{share_mentors_15_19}", "%"])
    f.sp(["Всего в гимназии обучается (1–11 классы)", "{nc:812}", "чел."], nc=True, numeric=False)
    f.head("Раздел 6. Удовлетворённость", span=6)
    f.sp(["Удовлетворённость наставляемых участием в завершённых программах", "{satisfaction_mentees}", "%",
          "", "", "Ссылка: {LINK}"], lk=["satisfaction_mentees"])
    f.sp(["Удовлетворённость наставников", "{satisfaction_mentors}", "%", "", "", "Ссылка: {LINK}"],
         lk=["satisfaction_mentors"])
    f.head("Раздел 7. Педагоги", span=6)
    f.sp(["Молодых специалистов (до 35 лет, первые 3 года работы) в гимназии", "{young_specialists}", "чел."])
    f.sp(["Из них наставляемые в программах наставничества", "{young_specialists_mentees}", "чел.", "", "",
          "Ссылка: {LINK}"], lk=["young_specialists_mentees"])
    f.sp(["Педагогов, кроме молодых специалистов", "{teachers_other}", "чел."])
    f.sp(["Из них в роли наставляемых", "{teachers_other_mentees}", "чел.", "", "", "Ссылка: {LINK}"],
         lk=["teachers_other_mentees"])
    f.sp(["Доля педагогов-наставляемых (все педагоги) составляет", "{share_teachers_mentees}", "%"])
    f.sp(["Педагогов-наставников в программах наставничества", "{teachers_mentors}", "чел.", "", "",
          "Ссылка: {LINK}"], lk=["teachers_mentors"])
    f.sp(["Доля педагогов-наставников составляет", "{share_teachers_mentors}", "%"])
    f.sp(["Обучились на КПК по наставничеству в 2024 году", "{kpk_trained}", "педагогов", "", "",
          "Ссылка: {LINK}"], lk=["kpk_trained"])
    f.sp(["В гимназии действует", "{school_methodical_associations}", "методическое объединение наставников",
          "", "", "Ссылка: {LINK}"], lk=["school_methodical_associations"])
    f.head("Раздел 8. Стимулирование", span=6)
    f.sp(["Положений (локальных актов) об оплате наставничества", "{pay_acts}", "", "", "", "Ссылка: {LINK}"],
         lk=["pay_acts"])
    f.sp(["Положений о нематериальном поощрении наставников", "{nonmaterial_acts}", "", "", "",
          "Ссылка: {LINK}"], lk=["nonmaterial_acts"])
    f.blank_row()
    f.sp(["Сведения заполнил(а):", ("заместитель директора по УВР Корепанова И.С., т. 8 (34152) 4-12-37", 5)],
         nc=False)
    return f


# ----------------------------------------------------------------------------------------------
# 3. СОШ № 12: blanks in merged rows, the wrong word deleted, some sentences split, link in the cell after
# ----------------------------------------------------------------------------------------------

def file3():
    d = gen(12, 731, 71, fix={"agreements_other_orgs": 2, "other_org_mentors": 2, "pp_student_pupil": 0,
                              "pp_other": 0})
    d["agreement_subjects"] = ("совместная реализация программ наставничества, привлечение сотрудников "
                               "партнёров в роли наставников")
    f = Form("СОШ12_2024.xlsx", "ЦМН", "МБОУ «СОШ № 12»", d,
             urls(403, lambda r: "https://disk.yandex.ru/i/" + alnum(r, 14)),
             span=6, widths=[30, 10, 16, 16, 16, 16, 36], hyper=True)
    f.line("Отчёт МБОУ «СОШ № 12» о реализации Целевой модели наставничества в 2024 году", bold=True)
    f.line("Образовательная организация: Муниципальное бюджетное общеобразовательное учреждение "
           "«Средняя общеобразовательная школа № 12» (МБОУ «СОШ № 12»)", height=30)
    f.line("Ненужное зачеркнуть (удалить), в пропуски вписать значения. Ссылки — в столбце G.")
    f.blank_row()
    f.head("I. Документы")
    f.s("Положение о наставничестве педагогических работников {orgs_regulation_teachers:утверждено}",
        lk=["orgs_regulation_teachers"], lmode="cell")
    f.s("Положение о наставничестве обучающихся {orgs_regulation_students:утверждено}",
        lk=["orgs_regulation_students"], lmode="cell")
    f.s("Приказ о мониторинге реализации ЦМН в ОО {orgs_monitoring_order:издан}",
        lk=["orgs_monitoring_order"], lmode="cell")
    f.s("Справка по итогам внутреннего мониторинга {internal_monitoring_notes:есть}",
        lk=["internal_monitoring_notes"], lmode="cell")
    f.s("Положение о стимулировании наставников (материальном и нематериальном) — одно, "
        "количество: ___{nc:1}___", nc=True, height=30)
    f.head("II. Организация наставничества")
    f.s("Куратор внедрения ЦМН — ___{curators_total}___ чел.", lk=["curators_total"], lmode="cell")
    f.s("Количество наставников по приказу: ____{mentors_total}____ чел.", lk=["mentors_total"], lmode="cell")
    f.s("Количество наставляемых по приказу: ____{mentees_total}____ чел.", lk=["mentees_total"], lmode="cell")
    f.s("Соглашений с другими ОО, сотрудники которых — наставники: ____{agreements_edu_orgs}____",
        lk=["agreements_edu_orgs"], lmode="cell")
    f.s("Соглашений с предприятиями: ____{agreements_enterprises}____", lk=["agreements_enterprises"],
        lmode="cell")
    f.s("Соглашений с иными организациями: ____{agreements_other_orgs}____", lk=["agreements_other_orgs"],
        lmode="cell")
    f.s("Предмет соглашений: ___{agreement_subjects}___", height=30)
    f.s("Партнёры (наименования): {partner_list}", height=30)
    f.head("III. Персонализированные программы (ПП)")
    f.sp([("Всего ПП в школе утверждено", 1), "{pp_total}", ("(сумма строк ниже)", 4)], lk=["pp_total"])
    f.sp(["«ученик – ученик»", "{pp_pupil_pupil}", ("программ", 4)], lk=["pp_pupil_pupil"])
    f.sp(["«учитель – учитель»", "{pp_teacher_teacher}", ("программ", 4)], lk=["pp_teacher_teacher"])
    f.sp(["«руководитель – педагог»", "{pp_head_teacher}", ("программ", 4)], lk=["pp_head_teacher"])
    f.sp(["«учитель – ученик»", "{pp_teacher_pupil}", ("программ", 4)], lk=["pp_teacher_pupil"])
    f.head("IV. Наставники со стороны")
    f.s("Из других ОО в роли наставников работают ___{external_edu_mentors}___ чел. (по приказу)",
        lk=["external_edu_mentors"], lmode="cell")
    f.s("Из предприятий — ___{enterprise_mentors}___ чел.", lk=["enterprise_mentors"], lmode="cell")
    f.s("Из иных организаций — ___{other_org_mentors}___ чел.", lk=["other_org_mentors"], lmode="cell")
    f.head("V. Обучающиеся")
    f.s("В школе __{students_10_19}__ обучающихся в возрасте от 10 до 19 лет.")
    f.s("Наставляемыми в программах стали __{mentees_10_19}__ обучающихся 10–19 лет.", lk=["mentees_10_19"],
        lmode="cell")
    f.sp(["Доля обучающихся 10–19 лет, вошедших в программы,", "{share_mentees_10_19}", ("% (от всех 10–19 лет)", 4)])
    f.s("«Группа риска» — __{mentees_risk}__ чел.; дети с ОВЗ и инвалидностью — __{mentees_disabled}__ чел.",
        lk=["mentees_risk", "mentees_disabled"], lmode="cell")
    f.s("Одарённые дети — __{mentees_gifted}__ чел.", lk=["mentees_gifted"], lmode="cell")
    f.s("Низкая мотивация, неуспевающие — __{mentees_low_motivation}__ чел.; профориентация — "
        "__{mentees_career}__ чел.", lk=["mentees_low_motivation", "mentees_career"], lmode="cell", height=30)
    f.s("Обучающихся от 15 до 19 лет __{students_15_19}__ чел.")
    f.s("Наставников из их числа (по приказу) __{mentors_15_19}__ чел.", lk=["mentors_15_19"], lmode="cell")
    f.sp(["Их доля составляет", "{share_mentors_15_19}", ("%", 4)])
    f.head("VI. Педагоги")
    f.s("Молодых специалистов в школе __{young_specialists}__, наставляемые из них — "
        "__{young_specialists_mentees}__.", lk=["young_specialists_mentees"], lmode="cell")
    f.s("Остальных педагогов __{teachers_other}__, в роли наставляемых __{teachers_other_mentees}__.",
        lk=["teachers_other_mentees"], lmode="cell")
    f.sp(["Доля педагогов в роли наставляемого", "{share_teachers_mentees}", ("%", 4)])
    f.s("Педагогов в роли наставника __{teachers_mentors}__ чел.", lk=["teachers_mentors"], lmode="cell")
    f.s("Молодых специалистов в роли наставника __{young_specialists_mentors}__ чел.",
        lk=["young_specialists_mentors"], lmode="cell")
    f.s("Прошли КПК по наставничеству __{kpk_trained}__ чел.", lk=["kpk_trained"], lmode="cell")
    f.s("ШМО наставников: __{school_methodical_associations}__", lk=["school_methodical_associations"],
        lmode="cell")
    f.head("VII. Удовлетворённость")
    f.sp(["Наставляемые удовлетворены на", "{satisfaction_mentees}", ("%", 4)], lk=["satisfaction_mentees"])
    f.sp(["Наставники удовлетворены на", "{satisfaction_mentors}", ("%", 4)], lk=["satisfaction_mentors"])
    f.blank_row()
    f.line("Проведено ___4___ заседаний ШМО наставников в 2024 году", nc=True)
    f.line("Ответственный: Глухова Т.В., зам. директора по УВР")
    return f


# ----------------------------------------------------------------------------------------------
# 4. Лицей № 2: blanks partly overwritten «12____», choices struck through, «Ссылка: …» in the next cell
# ----------------------------------------------------------------------------------------------

def file4():
    d = gen(2, 688, 62, fix={"pp_student_pupil": 2, "mentees_other_params": 0, "orgs_monitoring_order": 0})
    d["kpk_courses"] = ("«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, "
                        "36 ч); «Школа наставника» (ЦНППМ, 24 ч)")
    f = Form("Лицей2_форма_наставничество.xlsx", "2024", "МАОУ «Лицей № 2» г. Тальска", d,
             urls(404, lambda r: f"https://licey2-talsk.ru/wp-content/uploads/2024/{r.randint(1, 12):02d}/"
                                 f"{r.choice(['prikaz', 'polozhenie', 'spravka', 'programma', 'baza'])}-"
                                 f"{r.randint(10, 99)}.pdf"),
             span=7, widths=[13] * 7 + [64])
    f.line("Форма отчёта о внедрении целевой модели наставничества за 2024 календарный год", bold=True)
    f.line("Лицей: МАОУ «Лицей № 2» г. Тальска (далее — лицей)")
    f.line("Ненужное зачеркнуть; значения вписать на линию.")
    f.blank_row()
    f.head("1) Локальные акты")
    f.s("Положение о системе наставничества педагогов лицея: {orgs_regulation_teachers:утверждено / "
        "~~не утверждено~~}", lk=["orgs_regulation_teachers"], lmode="labelcell")
    f.s("Положение о наставничестве обучающихся: {orgs_regulation_students:утверждено / ~~не утверждено~~}",
        lk=["orgs_regulation_students"], lmode="labelcell")
    f.s("Приказ о мониторинге ЦМН в лицее: {orgs_monitoring_order:~~издан~~ / не издан} (будет издан "
        "в феврале 2025 г.)", height=30)
    f.s("Справка по итогам внутреннего мониторинга: {internal_monitoring_notes:ИМЕЕТСЯ / отсутствует}",
        lk=["internal_monitoring_notes"], lmode="labelcell")
    f.s("Локальных актов об оплате работы наставника ____{pay_acts}____", lk=["pay_acts"], lmode="labelcell")
    f.s("О нематериальном поощрении наставников ____{nonmaterial_acts}____", lk=["nonmaterial_acts"],
        lmode="labelcell")
    f.head("2) Наставники и наставляемые")
    f.s("Кураторов ЦМН в лицее: {curators_total}______", lk=["curators_total"], lmode="labelcell")
    f.s("Количество наставников по приказу: {mentors_total}________ чел.", lk=["mentors_total"],
        lmode="labelcell")
    f.s("Количество наставляемых по приказу: ________{mentees_total} чел.", lk=["mentees_total"],
        lmode="labelcell")
    f.s("Наставнических пар: ____{nc:97}____", nc=True)
    f.s("Наставников из внешних ОО (по приказу): __ {external_edu_mentors} __ чел.", lk=["external_edu_mentors"],
        lmode="labelcell")
    f.s("Наставников из иных организаций: __ {other_org_mentors} __ чел.", lk=["other_org_mentors"],
        lmode="labelcell")
    f.s("Соглашений о сотрудничестве: с ОО — {agreements_edu_orgs}___, с предприятиями — "
        "{agreements_enterprises}___, с иными организациями — {agreements_other_orgs}___",
        lk=["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"], lmode="labelcell",
        height=30)
    f.head("3) Персонализированные программы")
    f.s("Всего ПП: {pp_total}_____, в т.ч. «ученик – ученик» {pp_pupil_pupil}_____, «учитель – учитель» "
        "{pp_teacher_teacher}_____, «руководитель – педагог» {pp_head_teacher}_____", height=30,
        lk=["pp_total", "pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher"], lmode="labelcell")
    f.s("«студент – ученик» {pp_student_pupil}_____, «учитель – ученик» {pp_teacher_pupil}_____, "
        "иные формы {pp_other}_____", lk=["pp_student_pupil", "pp_teacher_pupil", "pp_other"],
        lmode="labelcell")
    f.head("4) Обучающиеся")
    f.s("Всего обучающихся 10–19 лет: {students_10_19}_______ чел.")
    f.s("Вошли в программы наставничества как наставляемые: {mentees_10_19}_______ чел.",
        lk=["mentees_10_19"], lmode="labelcell")
    f.s("Доля: {share_mentees_10_19}_______ %")
    f.s("Из «группы риска»: {mentees_risk}____ чел.", lk=["mentees_risk"], lmode="labelcell")
    f.s("Одарённые (по реестру): {mentees_gifted}____ чел.", lk=["mentees_gifted"], lmode="labelcell")
    f.s("С ОВЗ / инвалидностью: {mentees_disabled}____ чел.", lk=["mentees_disabled"], lmode="labelcell")
    f.s("С низкой мотивацией: {mentees_low_motivation}____ чел.", lk=["mentees_low_motivation"],
        lmode="labelcell")
    f.s("С проблемой выбора профессии: {mentees_career}____ чел.", lk=["mentees_career"], lmode="labelcell")
    f.s("Обучающихся 15–19 лет: {students_15_19}_______ чел.; из них наставники: {mentors_15_19}_______ чел.",
        lk=["mentors_15_19"], lmode="labelcell")
    f.head("5) Удовлетворённость и педагоги")
    f.s("Удовлетворённость: наставляемых {satisfaction_mentees}____ %, наставников {satisfaction_mentors}____ %",
        lk=["satisfaction_mentees", "satisfaction_mentors"], lmode="labelcell")
    f.s("Молодых специалистов: {young_specialists}____; из них наставляемых: {young_specialists_mentees}____",
        lk=["young_specialists_mentees"], lmode="labelcell")
    f.s("Прочих педагогов: {teachers_other}____; из них наставляемых: {teachers_other_mentees}____",
        lk=["teachers_other_mentees"], lmode="labelcell")
    f.s("Педагогов-наставников: {teachers_mentors}____ (доля {share_teachers_mentors}____ %)",
        lk=["teachers_mentors"], lmode="labelcell")
    f.s("Педагогов — участников утверждённых ПП: {teachers_in_pp}____", lk=["teachers_in_pp"],
        lmode="labelcell")
    f.s("КПК по наставничеству прошли {kpk_trained}____ педагогов; курсы: {kpk_courses}", lk=["kpk_trained"],
        lmode="labelcell", height=45)
    f.s("Методическое объединение наставников: ЕСТЬ / нет; количество МО — {school_methodical_associations}____",
        lk=["school_methodical_associations"], lmode="labelcell")
    f.blank_row()
    f.line("Отчёт составлен 21.01.2025. Директор лицея ____________ А.Р. Галиева", nc=False)
    return f


# ----------------------------------------------------------------------------------------------
# 5. Берёзовская СОШ: a small rural school, sentences with two values, zeros, the blank in its own cell
# ----------------------------------------------------------------------------------------------

def file5():
    d = gen(5, 142, 21, fix={"mentees_10_19": 37, "students_15_19": 34, "mentors_15_19": 6,
                             "young_specialists": 2, "young_specialists_mentees": 2,
                             "teachers_other_mentees": 3, "teachers_mentors": 6, "young_specialists_mentors": 0,
                             "external_edu_mentors": 2, "other_org_mentors": 1, "enterprise_mentors": 0,
                             "agreements_edu_orgs": 1, "agreements_enterprises": 0, "agreements_other_orgs": 1,
                             "orgs_monitoring_order": 0, "curators_total": 1, "pp_head_teacher": 1,
                             "pp_student_pupil": 0, "pp_other": 0, "kpk_trained": 1, "nonmaterial_acts": 0,
                             "mentees_risk": 4, "mentees_gifted": 3, "mentees_disabled": 2,
                             "mentees_low_motivation": 7, "mentees_career": 9, "mentees_other_params": 12})
    f = Form("Берёзовская СОШ - ЦМН 2024.xlsx", "Лист1", "МБОУ «Берёзовская СОШ»", d,
             urls(405, lambda r: f"https://berezovka-shkola.gosuslugi.ru/netcat_files/{r.randint(300, 399)}/"
                                 f"{r.randint(1000, 9999)}/{alnum(r, 10).lower()}.pdf"),
             span=5, widths=[48, 12, 40, 12, 12])
    f.line("Сведения о внедрении ЦМН за 2024 год", bold=True)
    f.line("Форму заполнила заместитель директора по УВР МБОУ «Берёзовская СОШ» Тальского района "
           "Н.А. Пешкова", height=30)
    f.blank_row()
    f.head("Документы")
    f.sp(["Положение о наставничестве педагогических работников", "{orgs_regulation_teachers:утверждено}",
          ("приказ № 47 от 31.08.2023. Ссылка: {LINK}", 3)], lk=["orgs_regulation_teachers"])
    f.sp(["Положение о наставничестве обучающихся", "{orgs_regulation_students:утверждено}",
          ("тот же приказ. Ссылка: {LINK}", 3)], lk=["orgs_regulation_students"])
    f.sp(["Приказ о мониторинге ЦМН", "{orgs_monitoring_order:не издан}", ("", 3)])
    f.sp(["Справка по внутреннему мониторингу", "{internal_monitoring_notes:составлена}",
          ("Ссылка: {LINK}", 3)], lk=["internal_monitoring_notes"])
    f.sp(["Положение об оплате работы наставника (локальный акт)", "__{pay_acts}__", ("шт. Ссылка: {LINK}", 3)],
         lk=["pay_acts"])
    f.sp(["Положение о нематериальном поощрении наставников", "__{nonmaterial_acts}__", ("шт.", 3)])
    f.head("Наставники и наставляемые")
    f.s("Куратор ЦМН в школе — __{curators_total}__ чел. (заместитель директора по УВР). Ссылка: {LINK}",
        lk=["curators_total"], lmode="none", height=30)
    f.s("По приказу в школе __{mentors_total}__ наставников и __{mentees_total}__ наставляемых. Ссылка: {LINK}",
        lk=["mentors_total", "mentees_total"], lmode="none", height=30)
    f.s("Из них наставников из другой ОО __{external_edu_mentors}__, из иных организаций "
        "__{other_org_mentors}__, с предприятий __{enterprise_mentors}__. Ссылка: {LINK}",
        lk=["external_edu_mentors", "other_org_mentors", "enterprise_mentors"], lmode="none", height=30)
    f.s("Соглашений: с ОО __{agreements_edu_orgs}__, с предприятиями __{agreements_enterprises}__, "
        "с иными организациями __{agreements_other_orgs}__ (с кем: {partner_list}). Ссылка: {LINK}",
        lk=["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs", "partner_list"], lmode="none",
        height=45)
    f.head("Персонализированные программы")
    f.s("Утверждено __{pp_total}__ ПП: «ученик – ученик» __{pp_pupil_pupil}__, «учитель – ученик» "
        "__{pp_teacher_pupil}__, «учитель – учитель» __{pp_teacher_teacher}__, «руководитель – педагог» "
        "__{pp_head_teacher}__. Ссылка: {LINK}",
        lk=["pp_total", "pp_pupil_pupil", "pp_teacher_pupil", "pp_teacher_teacher", "pp_head_teacher"],
        lmode="none", height=45)
    f.head("Обучающиеся")
    f.s("Из {students_10_19} обучающихся 10–19 лет в программы вошли {mentees_10_19} (доля "
        "{share_mentees_10_19} %). Ссылка: {LINK}", lk=["mentees_10_19"], lmode="none", height=30)
    f.sp(["Из них «группа риска» —", "__{mentees_risk}__", ("чел., с ОВЗ —", 1), "__{mentees_disabled}__",
          "чел."], numeric=False)
    f.sp(["одарённые —", "__{mentees_gifted}__", ("чел., низкая мотивация —", 1), "__{mentees_low_motivation}__",
          "чел."], numeric=False)
    f.sp(["выбор профессии —", "__{mentees_career}__", ("чел., иные основания —", 1),
          "__{mentees_other_params}__", "чел."], numeric=False)
    f.s("Из {students_15_19} обучающихся 15–19 лет наставниками стали {mentors_15_19} "
        "(доля {share_mentors_15_19} %). Ссылка: {LINK}", lk=["mentors_15_19"], lmode="none", height=30)
    f.sp(["Всего обучающихся в школе (1–11 кл.)", "__{nc:168}__", ("чел.", 3)], numeric=False, nc=True)
    f.head("Педагоги")
    f.s("Молодых специалистов {young_specialists}, оба в роли наставляемых ({young_specialists_mentees}). "
        "Ссылка: {LINK}", lk=["young_specialists_mentees"], lmode="none")
    f.s("Из {teachers_other} остальных педагогов наставляемыми стали {teachers_other_mentees}. Ссылка: {LINK}",
        lk=["teachers_other_mentees"], lmode="none")
    f.s("Наставниками работают {teachers_mentors} педагогов (молодых специалистов среди них "
        "{young_specialists_mentors}). Ссылка: {LINK}", lk=["teachers_mentors", "young_specialists_mentors"],
        lmode="none", height=30)
    f.sp(["КПК по наставничеству прошёл", "__{kpk_trained}__", ("педагог. Ссылка: {LINK}", 3)],
         lk=["kpk_trained"], numeric=False)
    f.sp(["Удовлетворённость наставляемых —", "__{satisfaction_mentees}__", ("%, наставников —", 1),
          "__{satisfaction_mentors}__", "%"], numeric=False)
    f.blank_row()
    f.line("Директор школы ____________ С.П. Мерзлякова      «16» января 2025 г.")
    return f


# ----------------------------------------------------------------------------------------------
# 6. ЦДТ «Радуга» (ДОП): split sentences, «Ссылка:» | URL in two cells, thousands with a space
# ----------------------------------------------------------------------------------------------

def file6():
    d = gen(6, 1184, 38, fix={"mentees_10_19": 126, "students_15_19": 342, "mentors_15_19": 17,
                              "young_specialists": 4, "young_specialists_mentees": 4,
                              "teachers_other_mentees": 5, "teachers_mentors": 11, "external_edu_mentors": 1,
                              "other_org_mentors": 2, "enterprise_mentors": 1, "agreements_edu_orgs": 1,
                              "agreements_enterprises": 1, "agreements_other_orgs": 2,
                              "pp_head_teacher": 0, "pp_student_pupil": 0, "pp_other": 2,
                              "mentees_disabled": 8})
    f = Form("ЦДТ_Радуга_2024.xlsx", "Наставничество",
             "Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества «Радуга» "
             "г. Тальска", d,
             urls(406, lambda r: f"https://raduga-talsk.gosuslugi.ru/ofitsialno/dokumenty/"
                                 f"dokumenty-all_{r.randint(100, 999)}.html"),
             span=3, widths=[50, 11, 38, 9, 62], hyper=True)
    f.line("Информация о реализации целевой модели наставничества в 2024 году", bold=True, span=5)
    f.sp(["Учреждение:", ("Муниципальное бюджетное учреждение дополнительного образования «Центр детского "
                          "творчества «Радуга» г. Тальска", 4)])
    f.blank_row()
    f.head("1. Нормативная база", span=5)
    f.sp(["Положение о наставничестве педагогических работников ЦДТ", "{orgs_regulation_teachers:утверждено}",
          "(приказ № 64-од от 01.09.2023)"], lk=["orgs_regulation_teachers"], lmode="label2")
    f.sp(["Положение о наставничестве обучающихся", "{orgs_regulation_students:утверждено}",
          "(приказ № 64-од от 01.09.2023)"], lk=["orgs_regulation_students"], lmode="label2")
    f.sp(["Приказ о мониторинге реализации ЦМН", "{orgs_monitoring_order:издан}", "(№ 102-од от 16.09.2024)"],
         lk=["orgs_monitoring_order"], lmode="label2")
    f.sp(["Информационная справка по итогам внутреннего мониторинга", "{internal_monitoring_notes:есть}", ""],
         lk=["internal_monitoring_notes"], lmode="label2")
    f.head("2. Организация наставничества", span=5)
    f.sp(["Кураторов внедрения ЦМН в учреждении", "{curators_total}", "чел."], lk=["curators_total"],
         lmode="label2")
    f.sp(["В ЦДТ работает", "{mentors_total}", "наставников (по приказу)"], lk=["mentors_total"], lmode="label2")
    f.sp(["Наставляемых по приказу", "{mentees_total}", "чел."], lk=["mentees_total"], lmode="label2")
    f.sp(["Соглашений с образовательными организациями (наставники от них)", "{agreements_edu_orgs}", "шт."],
         lk=["agreements_edu_orgs"], lmode="label2")
    f.sp(["Соглашений с предприятиями", "{agreements_enterprises}", "шт."], lk=["agreements_enterprises"],
         lmode="label2")
    f.sp(["Соглашений с иными организациями", "{agreements_other_orgs}", "шт."], lk=["agreements_other_orgs"],
         lmode="label2")
    f.sp(["Партнёры ЦДТ по наставничеству:", ("{partner_list}", 4)], numeric=False, line_under=False)
    f.sp(["Наставников — педагогов других ОО (по приказу)", "{external_edu_mentors}", "чел."],
         lk=["external_edu_mentors"], lmode="label2")
    f.sp(["Наставников — сотрудников предприятий", "{enterprise_mentors}", "чел."], lk=["enterprise_mentors"],
         lmode="label2")
    f.sp(["Наставников из иных организаций (музей, библиотека)", "{other_org_mentors}", "чел."],
         lk=["other_org_mentors"], lmode="label2")
    f.head("3. Персонализированные программы", span=5)
    f.sp(["Утверждено", "{pp_total}", "персонализированных программ, в т.ч."], lk=["pp_total"], lmode="label2")
    f.sp(["по форме «педагог – обучающийся»", "{pp_teacher_pupil}", "ПП"])
    f.sp(["по форме «обучающийся – обучающийся»", "{pp_pupil_pupil}", "ПП"])
    f.sp(["по форме «педагог – педагог»", "{pp_teacher_teacher}", "ПП"])
    f.sp(["по иным формам", "{pp_other}", "ПП («родитель – ребёнок», «выпускник – обучающийся»)"])
    f.head("4. Обучающиеся", span=5)
    f.typed["students_10_19"] = "1 184"
    f.sp(["В объединениях ЦДТ занимается", "{students_10_19}", "обучающихся в возрасте 10–19 лет"],
         numeric=False)
    f.sp(["В программы наставничества в роли наставляемых вошли", "{mentees_10_19}", "чел."],
         lk=["mentees_10_19"], lmode="label2")
    f.sp(["Доля обучающихся 10–19 лет, вошедших в программы, составляет", "{share_mentees_10_19}", "%"])
    f.sp(["   из «группы риска»", "{mentees_risk}", "чел."], lk=["mentees_risk"], lmode="label2")
    f.sp(["   одарённые дети (реестр)", "{mentees_gifted}", "чел."], lk=["mentees_gifted"], lmode="label2")
    f.sp(["   дети с ОВЗ и дети-инвалиды", "{mentees_disabled}", "чел."], lk=["mentees_disabled"],
         lmode="label2")
    f.sp(["   по иным параметрам (выбор профессии, мотивация)", "{nc:78}", "чел."], nc=True)
    f.sp(["Обучающихся 15–19 лет в ЦДТ", "{students_15_19}", "чел."])
    f.sp(["Из них наставники (по приказу)", "{mentors_15_19}", "чел."], lk=["mentors_15_19"], lmode="label2")
    f.sp(["Доля обучающихся 15–19 лет в роли наставника", "{share_mentors_15_19}", "%"])
    f.head("5. Педагоги", span=5)
    f.sp(["Молодых специалистов в ЦДТ", "{young_specialists}", "чел."])
    f.sp(["Из них наставляемые", "{young_specialists_mentees}", "чел."], lk=["young_specialists_mentees"],
         lmode="label2")
    f.sp(["Остальных педагогов дополнительного образования", "{teachers_other}", "чел."])
    f.sp(["Из них наставляемые", "{teachers_other_mentees}", "чел."], lk=["teachers_other_mentees"],
         lmode="label2")
    f.sp(["Педагогов-наставников", "{teachers_mentors}", "чел."], lk=["teachers_mentors"], lmode="label2")
    f.sp(["Обучено на КПК по наставничеству", "{kpk_trained}", "педагогов"], lk=["kpk_trained"], lmode="label2")
    f.sp(["Методическое объединение наставников:", "{school_methodical_associations}", "(МО «Наставник»)"],
         lk=["school_methodical_associations"], lmode="label2")
    f.head("6. Удовлетворённость и стимулирование", span=5)
    f.sp(["Удовлетворённость наставляемых составила", "{satisfaction_mentees}", "%"], lk=["satisfaction_mentees"],
         lmode="label2")
    f.sp(["Удовлетворённость наставников составила", "{satisfaction_mentors}", "%"], lk=["satisfaction_mentors"],
         lmode="label2")
    f.sp(["Локальных актов об оплате наставничества", "{pay_acts}", ""], lk=["pay_acts"], lmode="label2")
    f.sp(["Локальных актов о нематериальном поощрении", "{nonmaterial_acts}", ""], lk=["nonmaterial_acts"],
         lmode="label2")
    f.blank_row()
    f.line("Исполнитель: методист Загребина О.В.", span=5)
    return f


# ----------------------------------------------------------------------------------------------
# 7. СОШ № 9: long sentences broken over up to five cells, values as text, «да / НЕТ», link at the tail
# ----------------------------------------------------------------------------------------------

def file7():
    d = gen(9, 612, 55, fix={"students_15_19": 180, "mentors_15_19": 27, "mentees_10_19": 102,
                             "young_specialists": 6, "young_specialists_mentees": 5, "teachers_other_mentees": 7,
                             "teachers_mentors": 20, "young_specialists_mentors": 1, "pp_student_pupil": 0,
                             "pp_other": 0, "internal_monitoring_notes": 0})
    f = Form("СОШ9_сведения_ЦМН.xlsx", "сведения", "МБОУ «СОШ № 9» г. Тальска", d,
             urls(407, lambda r: f"https://drive.google.com/file/d/1{alnum(r, 32)}/view?usp=sharing"),
             span=5, widths=[40, 10, 34, 10, 30])
    f.line("В Управление образования Администрации Тальского муниципального округа", span=5)
    f.line("Сведения о наставничестве в МБОУ «СОШ № 9» г. Тальска за 2024 год", bold=True, span=5)
    f.blank_row()
    f.head("Раздел 1. Документы")
    f.sp(["Положение о системе наставничества педагогов: утверждено приказом —",
          "{orgs_regulation_teachers:ДА / нет}", ("Ссылка: {LINK}", 3)], lk=["orgs_regulation_teachers"],
         numeric=False)
    f.sp(["Положение о наставничестве обучающихся утверждено —", "{orgs_regulation_students:ДА / нет}",
          ("Ссылка: {LINK}", 3)], lk=["orgs_regulation_students"], numeric=False)
    f.sp(["Приказ о мониторинге ЦМН в школе издан —", "{orgs_monitoring_order:ДА / нет}", ("Ссылка: {LINK}", 3)],
         lk=["orgs_monitoring_order"], numeric=False)
    f.sp(["Справка по итогам внутреннего мониторинга —", "{internal_monitoring_notes:да / НЕТ}",
          ("(справка будет подготовлена к 01.02.2025)", 3)], numeric=False)
    f.head("Раздел 2. Наставники")
    f.sp(["В школе назначено", "{curators_total}", ("куратора(ов) внедрения ЦМН. Ссылка: {LINK}", 3)],
         lk=["curators_total"], numeric=False)
    f.sp(["В школе работает", "{mentors_total}", ("наставников (по приказу). Ссылка: {LINK}", 3)],
         lk=["mentors_total"], numeric=False)
    f.sp(["В том числе из других школ и колледжей (по приказу)", "{external_edu_mentors}",
          ("чел.; из предприятий", 1), "{enterprise_mentors}", "чел."], numeric=False)
    f.sp(["из иных организаций", "{other_org_mentors}", ("чел. Ссылка: {LINK}", 3)],
         lk=["external_edu_mentors", "enterprise_mentors", "other_org_mentors"], numeric=False, continued=True)
    f.sp(["Наставляемых (по приказу)", "{mentees_total}", ("чел. Ссылка: {LINK}", 3)], lk=["mentees_total"],
         numeric=False)
    f.sp(["Заключено", "{agreements_edu_orgs}", ("соглашений с другими ОО и", 1), "{agreements_enterprises}",
          "— с предприятиями"], numeric=False)
    f.sp(["и", "{agreements_other_orgs}", ("— с иными организациями. Ссылка: {LINK}", 3)],
         lk=["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"], numeric=False,
         continued=True)
    f.head("Раздел 3. Программы")
    f.sp(["В ОО утверждено", "{pp_total}", ("персонализированных программ наставничества. Ссылка: {LINK}", 3)],
         lk=["pp_total"], numeric=False)
    f.sp(["из них «ученик – ученик»", "{pp_pupil_pupil}", ("«учитель – ученик»", 1), "{pp_teacher_pupil}", ""],
         numeric=False)
    f.sp(["«учитель – учитель»", "{pp_teacher_teacher}", ("«руководитель – педагог»", 1), "{pp_head_teacher}",
          ""], numeric=False)
    f.head("Раздел 4. Дети")
    f.sp(["Из", "{students_10_19}", ("обучающихся 10–19 лет в программы вошли", 1), "{mentees_10_19}",
          "чел."], numeric=False)
    f.sp(["Доля обучающихся 10–19 лет, вошедших в программы, составляет", "{share_mentees_10_19}", ("%", 3)],
         numeric=False)
    f.sp(["Среди наставляемых: «группа риска»", "{mentees_risk}", ("чел., одарённые", 1), "{mentees_gifted}",
          "чел."], numeric=False)
    f.sp(["дети с ОВЗ / инвалиды", "{mentees_disabled}", ("чел., низкая мотивация", 1),
          "{mentees_low_motivation}", "чел."], numeric=False)
    f.sp(["профориентационные проблемы", "{mentees_career}", ("чел., иное", 1), "{mentees_other_params}",
          "чел."], numeric=False)
    f.sp([("Список наставляемых — приказ от 09.09.2024 № 186. Ссылка: {LINK}", 5)],
         lk=["mentees_10_19", "mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
             "mentees_career", "mentees_other_params"], numeric=False)
    f.sp(["Из", "{students_15_19}", ("обучающихся 15–19 лет наставниками являются", 1), "{mentors_15_19}",
          "чел. (по приказу)"], numeric=False)
    f.sp(["что составляет", "{share_mentors_15_19}", ("% обучающихся 15–19 лет", 3)], numeric=False)
    f.head("Раздел 5. Педагоги")
    f.sp(["Из", "{young_specialists}", ("молодых специалистов наставляемые —", 1), "{young_specialists_mentees}",
          "чел."], numeric=False)
    f.sp(["Из", "{teachers_other}", ("остальных педагогов наставляемые —", 1), "{teachers_other_mentees}",
          "чел."], numeric=False)
    f.sp(["Доля педагогов-наставляемых составляет", "{share_teachers_mentees}", ("%", 3)], numeric=False)
    f.sp(["Наставниками являются", "{teachers_mentors}", ("педагогов, из них молодых специалистов", 1),
          "{young_specialists_mentors}", ""], numeric=False)
    f.sp([("Приказ о закреплении наставников — ссылка: {LINK}", 5)],
         lk=["young_specialists_mentees", "teachers_other_mentees", "teachers_mentors",
             "young_specialists_mentors"], numeric=False)
    f.sp(["На КПК по наставничеству обучено", "{kpk_trained}", ("педагогов. Ссылка: {LINK}", 3)],
         lk=["kpk_trained"], numeric=False)
    f.sp(["Удовлетворённость наставляемых", "{satisfaction_mentees}", ("%, наставников", 1),
          "{satisfaction_mentors}", "%"], numeric=False)
    f.sp(["Положение о стимулировании наставников (оплата)", "{pay_acts}", ("шт. Ссылка: {LINK}", 3)],
         lk=["pay_acts"], numeric=False)
    f.sp(["Проведено", "{nc:3}", ("мероприятия для наставников (семинары, мастер-классы)", 3)], nc=True,
         numeric=False)
    f.blank_row()
    f.line("Директор МБОУ «СОШ № 9» ___________ В.Г. Ившина", span=5)
    f.line("Дата: 22.01.2025", span=5, nc=True)
    return f


def main():
    (HERE / "typed").mkdir(exist_ok=True)
    for p in (HERE / "typed").glob("*.xlsx"):
        p.unlink()
    forms = [file1(), file2(), file3(), file4(), file5(), file6(), file7()]
    expected, cells = [], []
    for f in forms:
        f.save()
        expected.append(f.result())
        cells.extend(f.cells)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "files": [f.fname for f in forms]},
                                                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"{len(forms)} files, {nv} values, {nl} links")


if __name__ == "__main__":
    main()
