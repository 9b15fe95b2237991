#!/usr/bin/env python3
"""Held-out set 28: 2024 ЦМН monitoring forms of organisations that are not ordinary
schools (two kindergartens, a college, a boarding school for children with ОВЗ,
a sports school) plus one ordinary school for comparison.  Municipality (invented):
город Камск, Удмуртская Республика.  All six forms derive from one municipal template
(«Форма ОО для мониторинга ЦМН за 2024 год»), each adapted in its own way.

Writes typed/*.xlsx, expected.json and cells.json (cell addresses for selfcheck.py).
Deterministic.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"

# ----------------------------------------------------------------------------
# catalogue (ids + wordings, only for the "no verbatim wording" assertion)
# ----------------------------------------------------------------------------
CAT = {}
with open(CRITERIA, encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        CAT[r["id"]] = r


def _norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower().replace("ё", "е")


WORDINGS = set()
for r in CAT.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k].strip():
            WORDINGS.add(_norm(r[k]))


# ----------------------------------------------------------------------------
# row model
# ----------------------------------------------------------------------------
class Row:
    """kind: 'h' heading row, 'v' catalogue criterion, 'x' no catalogue criterion.
    cell: what is typed in the value cell.  exp: expected value (None = absent).
    link: URL proving the value (None = no link)."""

    def __init__(self, kind, num, title, cell=None, crit=None, exp=None, link=None,
                 linktext=None, note=None, unit=None, plan=None, prev=None, group=None):
        self.kind, self.num, self.title, self.cell = kind, num, title, cell
        self.crit, self.exp, self.link, self.linktext = crit, exp, link, linktext
        self.note, self.unit, self.plan, self.prev, self.group = note, unit, plan, prev, group
        if kind == "v":
            assert crit in CAT, crit
        if kind in ("v", "x"):
            assert _norm(title) not in WORDINGS, ("verbatim catalogue wording", title)
            if group:
                assert _norm(group) not in WORDINGS, ("verbatim catalogue wording", group)


def H(title, **kw):
    return Row("h", None, title, **kw)


def V(num, title, cell, crit, exp="=", **kw):
    """criterion row; exp '=' means the expected value is the cell itself."""
    if exp == "=":
        exp = cell
    return Row("v", num, title, cell, crit, exp, **kw)


def X(num, title, cell, **kw):
    return Row("x", num, title, cell, **kw)


ENTRIES = []
CELLS = []


def register(fname, org, rows, addr, sheet=None, headings_override=None):
    """addr(row) -> (value_cell, link_cell, title_cell) addresses."""
    values, links, notc, heads = {}, {}, [], []
    cells = {"file": fname, "sheet": sheet, "organisation": org, "values": {}, "absent": {},
             "links": {}, "titles": {}, "not_criteria": {}, "headings": {}}
    for r in rows:
        vcell, lcell, tcell = addr(r)
        if r.kind == "h":
            heads.append(r.title)
            cells["headings"][r.title] = tcell
            continue
        if r.kind == "x":
            notc.append(r.title)
            cells["not_criteria"][r.title] = tcell
            continue
        assert r.crit not in values and r.crit not in cells["absent"], (org, r.crit)
        cells["titles"][r.crit] = [tcell, r.title or r.group]
        if r.exp is None:
            cells["absent"][r.crit] = [vcell, r.cell]
        else:
            values[r.crit] = r.exp
            cells["values"][r.crit] = [vcell, r.exp, CAT[r.crit]["unit"]]
        if r.link:
            assert r.exp is not None, (org, r.crit, "link on absent row")
            links[r.crit] = r.link
            cells["links"][r.crit] = [lcell, r.link]
    if headings_override is not None:
        heads = headings_override
    e = {"file": fname, "year": 2024, "organisation": org, "values": values, "links": links,
         "not_criteria": notc, "headings": heads}
    if sheet:
        e["sheet"] = sheet
    ENTRIES.append(e)
    CELLS.append(cells)
    return values


# ----------------------------------------------------------------------------
# internal consistency checks (parts <= wholes, shares = part / whole)
# ----------------------------------------------------------------------------
def check_consistency(org, v):
    def g(k):
        return v.get(k)

    def le(a, b):
        if g(a) is not None and g(b) is not None:
            assert g(a) <= g(b), (org, a, g(a), b, g(b))

    def share(s, num, den, tol=0.06):
        if g(s) is None:
            return
        n = sum(g(k) for k in num) if all(g(k) is not None for k in num) else None
        d = sum(g(k) for k in den) if all(g(k) is not None for k in den) else None
        if n is None or d is None or d == 0:
            return
        assert abs(g(s) - 100.0 * n / d) <= tol, (org, s, g(s), 100.0 * n / d)

    for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
              "mentees_career", "mentees_other_params"):
        le(k, "mentees_10_19")
    le("mentees_10_19", "students_10_19")
    le("students_15_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("young_specialists_mentees", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("young_specialists_mentors", "young_specialists")
    le("mentees_10_19", "mentees_total")
    le("mentors_15_19", "mentors_total")
    le("teachers_mentors", "mentors_total")
    le("enterprise_mentors", "mentors_total")
    share("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
    share("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
    share("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
    share("share_teachers_mentees", ["young_specialists_mentees", "teachers_other_mentees"],
          ["young_specialists", "teachers_other"])
    share("share_teachers_mentors", ["teachers_mentors"], ["young_specialists", "teachers_other"])
    share("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])
    parts = [g(k) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                            "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other")
             if g(k) is not None]
    if g("pp_total") is not None:
        assert g("pp_total") == sum(parts), (org, "pp_total", g("pp_total"), sum(parts))
    ment = sum(g(k) or 0 for k in ("mentors_15_19", "teachers_mentors", "enterprise_mentors",
                                   "external_edu_mentors", "other_org_mentors"))
    if g("mentors_total") is not None:
        assert ment <= g("mentors_total"), (org, "mentors parts", ment, g("mentors_total"))
    tm = (g("young_specialists_mentees") or 0) + (g("teachers_other_mentees") or 0)
    if g("mentees_total") is not None:
        assert (g("mentees_10_19") or 0) + tm <= g("mentees_total"), (org, "mentees parts")


# ============================================================================
# 1. МБДОУ «Детский сад № 17» — template kept, ДОУ wording, «не применимо» / «—»
# ============================================================================
DS17 = "МБДОУ «Детский сад № 17»"
DS17_URL = "https://ds17-kamsk.tvoysadik.ru/upload/ts17_new/files/"
ds17_rows = [
    H("1. Нормативное обеспечение реализации ЦМН в ДОУ"),
    V("1.1", "Приказ об утверждении Положения о наставничестве педагогических работников ДОУ", "да",
      "orgs_regulation_teachers", 1, link=DS17_URL + "prikaz_45_od_polozhenie_nastavn.pdf",
      linktext="Приказ № 45-од от 30.08.2023"),
    V("1.2", "Приказ об утверждении Положения о наставничестве обучающихся (воспитанников)",
      "не применимо", "orgs_regulation_students", None,
      note="наставничество обучающихся в ДОУ не реализуется (воспитанники 1,5–7 лет)"),
    V("1.3", "Приказ о проведении мониторинга ЦМН в ДОУ", "да", "orgs_monitoring_order", 1,
      link=DS17_URL + "prikaz_112_od_monitoring_2024.pdf", linktext="Приказ № 112-од от 01.10.2024"),
    X("1.4", "Дорожная карта (план мероприятий) по внедрению ЦМН в ДОУ", "да",
      link=DS17_URL + "dorozhnaya_karta_2024_2025.pdf", linktext="План мероприятий"),
    H("2. Организация процесса наставничества"),
    V("2.1", "Кураторы ЦМН в ДОУ, чел.", 1, "curators_total",
      link=DS17_URL + "prikaz_46_od_kurator.pdf", linktext="Приказ № 46-од"),
    V("2.2", "Соглашения о сотрудничестве с другими ОО (предоставление наставников)", "—",
      "agreements_edu_orgs", None),
    V("2.3", "Соглашения с предприятиями (наставники из числа работников)", "не применимо",
      "agreements_enterprises", None),
    V("2.4", "Соглашения с иными организациями (наставники из числа их сотрудников)", 0,
      "agreements_other_orgs", 0),
    V("2.5", "Организации-партнёры ДОУ по наставничеству (наименования)", "—", "partner_list", None),
    V("2.6", "Наставники ДОУ по приказу, чел.", 6, "mentors_total",
      link=DS17_URL + "prikaz_118_od_pary_2024.pdf", linktext="Приказ № 118-од «О закреплении наставнических пар»"),
    V("2.7", "Наставляемые ДОУ по приказу, чел.", 9, "mentees_total",
      link=DS17_URL + "prikaz_118_od_pary_2024.pdf", linktext="Приказ № 118-од «О закреплении наставнических пар»"),
    V("2.8", "Информационная справка ДОУ по итогам внутреннего мониторинга", "да",
      "internal_monitoring_notes", 1, link=DS17_URL + "spravka_vnutr_monitoring_2024.pdf",
      linktext="Справка от 25.10.2024"),
    H("3. Персонализированные программы наставничества (ПП) по формам"),
    V("3.1", "ПП всего (все формы)", 9, "pp_total"),
    V("3.2", "форма «ученик – ученик»", "не применимо", "pp_pupil_pupil", None),
    V("3.3", "форма «педагог – педагог» (воспитатель – воспитатель, специалист – специалист)", 7,
      "pp_teacher_teacher", link=DS17_URL + "pp_pedagog_pedagog_obrazec.pdf", linktext="типовая ПП"),
    V("3.4", "форма «студент – студент»", "—", "pp_student_student", None),
    V("3.5", "форма «руководитель – педагог»", 1, "pp_head_teacher"),
    V("3.6", "форма «студент – ученик»", "—", "pp_student_pupil", None),
    V("3.7", "форма «учитель – ученик» (педагог – воспитанник)", "не применимо", "pp_teacher_pupil", None),
    V("3.8", "иные формы (указать в комментарии)", 1, "pp_other",
      note="«воспитатель – помощник воспитателя»"),
    H("4. Наставники из внешнего контура"),
    V("4.1", "Наставники из других образовательных организаций, чел.", 0, "external_edu_mentors", 0),
    V("4.2", "Наставники из иных организаций, чел.", "—", "other_org_mentors", None),
    V("4.3", "Наставники – работники предприятий, чел.", "не применимо", "enterprise_mentors", None),
    H("5. Обучающиеся 10–19 лет – наставляемые"),
    X("5.0", "Воспитанники ДОУ, всего (списочный состав на 01.10.2024)", 212),
    V("5.1", "Обучающиеся в возрасте 10–19 лет, всего", 0, "students_10_19", 0,
      note="в ДОУ воспитанники в возрасте от 1,5 до 7 лет"),
    V("5.2", "из них – наставляемые в программах наставничества", 0, "mentees_10_19", 0),
    V("5.3", "в т.ч. «группа риска»", "—", "mentees_risk", None),
    V("5.4", "в т.ч. одарённые дети (в реестрах)", "—", "mentees_gifted", None),
    V("5.5", "в т.ч. дети с ОВЗ, дети-инвалиды", "—", "mentees_disabled", None),
    V("5.6", "в т.ч. с низкой мотивацией / неуспевающие", "—", "mentees_low_motivation", None),
    V("5.7", "в т.ч. с проблемами выбора образовательной траектории, профессии", "—",
      "mentees_career", None),
    V("5.8", "в т.ч. по иным параметрам", "н/п", "mentees_other_params", None),
    V("5.9", "Доля обучающихся 10–19 лет – наставляемых, %", "не применимо", "share_mentees_10_19", None),
    X("5.10", "Воспитанники, вовлечённые в совместные проекты педагогов-наставников и наставляемых", 46),
    H("6. Обучающиеся 15–19 лет – наставники"),
    V("6.1", "Обучающиеся в возрасте 15–19 лет, всего", "—", "students_15_19", None),
    V("6.2", "Наставники из числа обучающихся 15–19 лет (по приказу)", "—", "mentors_15_19", None),
    V("6.3", "Доля обучающихся 15–19 лет – наставников, %", "—", "share_mentors_15_19", None),
    H("7. Удовлетворённость участием в завершённых программах"),
    V("7.1", "Удовлетворённость наставляемых (педагоги ДОУ), %", 96, "satisfaction_mentees",
      link=DS17_URL + "anketirovanie_itogi_2024.pdf", linktext="Итоги анкетирования"),
    V("7.2", "Удовлетворённость наставников, %", "94,5", "satisfaction_mentors", 94.5,
      link=DS17_URL + "anketirovanie_itogi_2024.pdf", linktext="Итоги анкетирования"),
    H("8. Педагоги ДОУ и молодые специалисты – наставляемые"),
    V("8.1", "Молодые специалисты ДОУ (до 35 лет, стаж до 3 лет), чел.", 4, "young_specialists"),
    V("8.2", "из них – наставляемые, чел.", 4, "young_specialists_mentees"),
    V("8.3", "Педагоги ДОУ без молодых специалистов, чел.", 28, "teachers_other"),
    V("8.4", "из них – наставляемые, чел.", 4, "teachers_other_mentees"),
    V("8.5", "Доля молодых специалистов – наставляемых, %", 100, "share_young_specialists_mentees"),
    V("8.6", "Доля педагогов ДОУ – наставляемых (с молодыми специалистами), %", 25,
      "share_teachers_mentees"),
    H("9. Непрерывное профессиональное развитие педагогов ДОУ"),
    V("9.1", "Педагоги ДОУ – участники утверждённых ПП (наставники и наставляемые), чел.", 14,
      "teachers_in_pp"),
    V("9.2", "Педагоги, прошедшие КПК по наставничеству в 2024 г., чел.", 2, "kpk_trained",
      link=DS17_URL + "udostovereniya_kpk_2024.pdf", linktext="удостоверения"),
    V("9.3", "Наименование КПК (тема, организация, объём)",
      "«Наставничество в дошкольной образовательной организации: модели и практики», "
      "АОУ ДПО УР ИРО, 36 ч., 2024", "kpk_courses"),
    V("9.4", "Методические объединения (сообщества) наставников в ДОУ, ед.", 1,
      "school_methodical_associations", link=DS17_URL + "prikaz_47_od_mo_nastavnikov.pdf",
      linktext="Приказ № 47-од"),
    H("10. Педагоги ДОУ – наставники"),
    V("10.1", "Педагоги ДОУ – наставники, чел.", 6, "teachers_mentors"),
    V("10.2", "в т.ч. молодые специалисты – наставники, чел.", 0, "young_specialists_mentors", 0),
    V("10.3", "Доля педагогов – наставников, %", "18,75", "share_teachers_mentors", 18.75),
    H("11. Стимулирование наставников"),
    V("11.1", "Локальные акты ДОУ об оплате (доплате) за наставничество, ед.", 1, "pay_acts",
      link=DS17_URL + "polozhenie_ob_oplate_truda_2024.pdf", linktext="Положение об оплате труда"),
    V("11.2", "Локальные акты о нематериальном поощрении наставников, ед.", "нет",
      "nonmaterial_acts", 0),
]


def write_ds17(fname):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг ЦМН 2024"
    bold = Font(bold=True)
    ws["A1"] = ("Мониторинг реализации целевой модели наставничества педагогических работников "
                "и обучающихся за 2024 год")
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Наименование ОО: " + DS17
    ws["A3"] = ("Форма ОО (шаблон Управления образования Администрации г. Камска), "
                "заполнена с учётом специфики дошкольного образования")
    ws["A3"].font = Font(italic=True)
    hdr = ["№ п/п", "Показатель / критерий", "Значение", "Подтверждающий документ (ссылка)",
           "Комментарий ДОУ"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 6
    pos = {}
    for row in ds17_rows:
        if row.kind == "h":
            ws.cell(row=r, column=1, value=row.title).font = bold
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            pos[id(row)] = r
            r += 1
            continue
        ws.cell(row=r, column=1, value=row.num)
        ws.cell(row=r, column=2, value=row.title).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=3, value=row.cell).alignment = Alignment(horizontal="center",
                                                                       wrap_text=True)
        if row.link:
            c = ws.cell(row=r, column=4, value=row.linktext or row.link)
            c.hyperlink = row.link
            c.font = Font(color="0563C1", underline="single")
        if row.note:
            ws.cell(row=r, column=5, value=row.note)
        pos[id(row)] = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Заведующий МБДОУ «Детский сад № 17» ____________ Л.В. Корепанова")
    ws.cell(row=r + 2, column=1, value="Куратор ЦМН: старший воспитатель Н.А. Шкляева, тел. 8 (34145) 3-17-17")
    for col, w in zip("ABCDE", (8, 70, 16, 38, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))

    def addr(row):
        rr = pos[id(row)]
        return f"C{rr}", f"D{rr}", f"B{rr}" if row.kind != "h" else f"A{rr}"
    return addr


# ============================================================================
# 2. МАДОУ «Детский сад № 41» — plan / fact columns, «х» = not applicable
# ============================================================================
DS41 = "МАДОУ «Детский сад № 41»"
DS41_URL = "https://madou41-kamsk.gosuslugi.ru/netcat_files/"
ds41_rows = [
    H("Раздел 1. Нормативная база"),
    V("1", "Положение о системе наставничества педработников ДОУ (приказ)", "да",
      "orgs_regulation_teachers", 1, plan="да", unit="да/нет",
      link=DS41_URL + "polozhenie_nastavnichestvo_pedrabotnikov.pdf"),
    V("2", "Положение о наставничестве обучающихся (приказ)", "нет", "orgs_regulation_students", 0,
      plan="нет", unit="да/нет", note="контингент – дети дошкольного возраста"),
    V("3", "Приказ о внутреннем мониторинге ЦМН", "да", "orgs_monitoring_order", 1, plan="да",
      unit="да/нет", link=DS41_URL + "prikaz_monitoring_cmn_2024.pdf"),
    V("4", "Справка по итогам внутреннего мониторинга ЦМН за 2024 г.", "да",
      "internal_monitoring_notes", 1, plan="да", unit="да/нет",
      link=DS41_URL + "spravka_monitoring_cmn_2024.pdf"),
    H("Раздел 2. Организация наставничества"),
    V("5", "Кураторы внедрения ЦМН", 2, "curators_total", plan=1, unit="чел."),
    V("6", "Соглашения с ОО о предоставлении наставников", 1, "agreements_edu_orgs", plan=1,
      unit="ед.", link=DS41_URL + "soglashenie_ds17_2024.pdf"),
    V("7", "Соглашения с предприятиями о предоставлении наставников", "—", "agreements_enterprises",
      None, plan="—", unit="ед."),
    V("8", "Соглашения с иными организациями (любой формы собственности)", 0,
      "agreements_other_orgs", 0, plan=1, unit="ед."),
    V("9", "Организации, сотрудничающие с ДОУ по наставничеству", DS17, "partner_list",
      plan="—", unit="перечень"),
    V("10", "Наставники (по приказу о закреплении пар)", 10, "mentors_total", plan=9, unit="чел.",
      link=DS41_URL + "prikaz_146_nastavnicheskie_pary.pdf"),
    V("11", "Наставляемые (по приказу о закреплении пар)", 11, "mentees_total", plan=10, unit="чел.",
      link=DS41_URL + "prikaz_146_nastavnicheskie_pary.pdf"),
    H("Раздел 3. Персонализированные программы"),
    V("12", "Персонализированные программы, всего", 11, "pp_total", plan=10, unit="ед."),
    V("12.1", "из них «ученик – ученик»", "х", "pp_pupil_pupil", None, plan="х", unit="ед."),
    V("12.2", "из них «педагог – педагог»", 9, "pp_teacher_teacher", plan=8, unit="ед.",
      link=DS41_URL + "pp_pedagog_pedagog_2024.pdf"),
    V("12.3", "из них «студент – студент»", "х", "pp_student_student", None, plan="х", unit="ед."),
    V("12.4", "из них «руководитель – педагог»", 2, "pp_head_teacher", plan=2, unit="ед."),
    V("12.5", "из них «студент – ученик»", "х", "pp_student_pupil", None, plan="х", unit="ед."),
    V("12.6", "из них «учитель – ученик»", "х", "pp_teacher_pupil", None, plan="х", unit="ед."),
    V("12.7", "из них иные формы", 0, "pp_other", 0, plan=0, unit="ед."),
    H("Раздел 4. Внешние наставники"),
    V("13", "Наставники из других ОО (по приказу)", 1, "external_edu_mentors", plan=1, unit="чел."),
    V("14", "Наставники из иных организаций", "—", "other_org_mentors", None, plan="—", unit="чел."),
    V("15", "Наставники от предприятий", "—", "enterprise_mentors", None, plan="—", unit="чел."),
    H("Раздел 5. Наставничество обучающихся"),
    V("16", "Обучающиеся 10–19 лет (всего)", "не применимо", "students_10_19", None, plan="х",
      unit="чел."),
    V("17", "Обучающиеся 10–19 лет в роли наставляемых", "не применимо", "mentees_10_19", None,
      plan="х", unit="чел."),
    V("18", "Доля наставляемых 10–19 лет", "не применимо", "share_mentees_10_19", None, plan="х",
      unit="%"),
    V("19", "Обучающиеся 15–19 лет (всего)", "не применимо", "students_15_19", None, plan="х",
      unit="чел."),
    V("20", "Обучающиеся 15–19 лет в роли наставников (по приказу)", "не применимо",
      "mentors_15_19", None, plan="х", unit="чел."),
    X("21", "Воспитанники ДОУ (всего)", 268, plan=270, unit="чел."),
    H("Раздел 6. Удовлетворённость"),
    V("22", "Удовлетворённость наставляемых завершёнными программами", "97 %",
      "satisfaction_mentees", 97, plan="85 %", unit="%", link=DS41_URL + "anketa_itogi_2024.pdf"),
    V("23", "Удовлетворённость наставников завершёнными программами", "100 %",
      "satisfaction_mentors", 100, plan="85 %", unit="%", link=DS41_URL + "anketa_itogi_2024.pdf"),
    H("Раздел 7. Педагогические кадры"),
    V("24", "Молодые специалисты (до 35 лет, первые 3 года работы)", 5, "young_specialists",
      plan=5, unit="чел."),
    V("25", "Молодые специалисты – наставляемые", 5, "young_specialists_mentees", plan=5,
      unit="чел."),
    V("26", "Педагоги (кроме молодых специалистов)", 34, "teachers_other", plan=34, unit="чел."),
    V("27", "Педагоги (кроме молодых специалистов) – наставляемые", 6, "teachers_other_mentees",
      plan=5, unit="чел."),
    V("28", "Доля молодых специалистов – наставляемых", 100, "share_young_specialists_mentees",
      plan=100, unit="%"),
    V("29", "Доля педагогов – наставляемых", "28,2", "share_teachers_mentees", 28.2, plan="25",
      unit="%"),
    V("30", "Педагоги – участники утверждённых ПП", 20, "teachers_in_pp", plan=18, unit="чел."),
    V("31", "Педагоги, обученные на КПК по наставничеству (2024 г.)", 0, "kpk_trained", 0, plan=2,
      unit="чел."),
    V("32", "Курсы (наименование)", "—", "kpk_courses", None, plan="—", unit="текст"),
    V("33", "МО (сообщество) наставников ДОУ", "нет", "school_methodical_associations", 0,
      plan=1, unit="ед."),
    V("34", "Педагоги – наставники", 9, "teachers_mentors", plan=8, unit="чел."),
    V("35", "Молодые специалисты – наставники", 1, "young_specialists_mentors", plan=0,
      unit="чел."),
    V("36", "Доля педагогов – наставников", "23,1", "share_teachers_mentors", 23.1, plan="20",
      unit="%"),
    V("37", "Доля молодых специалистов – наставников", 20, "share_young_specialists_mentors",
      plan=0, unit="%"),
    H("Раздел 8. Стимулирование"),
    V("38", "Локальные акты об оплате наставничества", 1, "pay_acts", plan=1, unit="ед.",
      link=DS41_URL + "polozhenie_stimuliruyushchie_2024.pdf"),
    V("39", "Локальные акты о нематериальном поощрении наставников", 1, "nonmaterial_acts",
      plan=1, unit="ед.", link=DS41_URL + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
]


def write_ds41(fname):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    ws["B1"] = "Отчётная форма мониторинга ЦМН (институциональный этап), 2024 год"
    ws["B1"].font = Font(bold=True)
    ws["B2"] = DS41
    ws["B2"].font = Font(bold=True)
    ws["B3"] = "План – целевые значения дорожной карты ДОУ на 2024 г.; факт – на 01.10.2024"
    hdr = ["№", "Критерий", "Ед. изм.", "План на 2024 г.", "Факт 2024 г.", "Ссылка на документ",
           "Примечание"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 6
    pos = {}
    for row in ds41_rows:
        if row.kind == "h":
            c = ws.cell(row=r, column=2, value=row.title)
            c.font = Font(bold=True, italic=True)
            pos[id(row)] = r
            r += 1
            continue
        ws.cell(row=r, column=1, value=row.num)
        ws.cell(row=r, column=2, value=row.title).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=3, value=row.unit)
        ws.cell(row=r, column=4, value=row.plan)
        ws.cell(row=r, column=5, value=row.cell)
        if row.link:
            ws.cell(row=r, column=6, value=row.link)  # plain-text URL, no hyperlink object
        if row.note:
            ws.cell(row=r, column=7, value=row.note)
        pos[id(row)] = r
        r += 1
    ws.cell(row=r + 1, column=2, value="Исполнитель: Ившина Т.С., старший воспитатель")
    for col, w in zip("ABCDEFG", (6, 64, 10, 14, 14, 60, 34)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))

    def addr(row):
        rr = pos[id(row)]
        return f"E{rr}", f"F{rr}", f"B{rr}"
    return addr


# ============================================================================
# 3. ГБПОУ УР «Камский политехнический колледж» — two sheets, 2023 and 2024 columns
# ============================================================================
COL = "ГБПОУ УР «Камский политехнический колледж»"
COL_URL = "https://kampolitech.ru/sveden/nastavnichestvo/"
PARTNERS = ("1. АО «Камский машиностроительный завод»\n"
            "2. ООО «КамскТеплоСервис»\n"
            "3. АО «Камскэнерго»\n"
            "4. ООО «Агрострой»\n"
            "5. ПАО «Ростелеком» (Камский участок)\n"
            "6. ООО «Автоцентр Кама»\n"
            "7. ФГБОУ ВО «Удмуртский государственный университет»\n"
            "8. КУ УР «Республиканский центр занятости населения» (филиал в г. Камске)\n"
            "9. Камская городская организация ВОИ")
col_rows = [
    H("Раздел I. Нормативное и организационное обеспечение"),
    V("1", "Положение о наставничестве педагогических работников колледжа (приказ)", "Да",
      "orgs_regulation_teachers", 1, prev="Да", group="Нормативное обеспечение",
      link=COL_URL + "prikaz_214_polozhenie_pedrabotniki.pdf"),
    V("2", "Положение о наставничестве обучающихся (студентов) (приказ)", "Да",
      "orgs_regulation_students", 1, prev="Да", link=COL_URL + "prikaz_215_polozhenie_studenty.pdf"),
    V("3", "Приказ о мониторинге реализации ЦМН в колледже", "Да", "orgs_monitoring_order", 1,
      prev="Нет", link=COL_URL + "prikaz_301_monitoring_2024.pdf"),
    X("4", "Программа наставничества колледжа на 2024–2025 уч. год (утверждена)", "Да", prev="Да"),
    V("5", "Кураторы ЦМН (по приказу)", 3, "curators_total", prev=2,
      group="Организация процесса", link=COL_URL + "prikaz_216_kuratory.pdf"),
    V("6", "Соглашения с образовательными организациями (наставники из их числа)", 1,
      "agreements_edu_orgs", prev=0, link=COL_URL + "soglasheniya_2024.pdf"),
    V("7", "Соглашения с предприятиями – социальными партнёрами (наставники из числа работников)",
      6, "agreements_enterprises", prev=4, link=COL_URL + "soglasheniya_2024.pdf"),
    V("8", "Соглашения с иными организациями (наставники из числа сотрудников)", 2,
      "agreements_other_orgs", prev=1, link=COL_URL + "soglasheniya_2024.pdf"),
    V("9", "Партнёры колледжа по наставничеству (перечень)", PARTNERS, "partner_list",
      prev="АО «Камский машиностроительный завод», ООО «КамскТеплоСервис», АО «Камскэнерго», "
           "ООО «Агрострой», Камская городская организация ВОИ"),
    V("10", "Предмет соглашений", "предоставление наставников из числа работников для студентов "
      "на период производственной практики и стажировки; совместная реализация программ "
      "наставничества «работодатель – студент»", "agreement_subjects",
      prev="организация производственной практики студентов"),
    V("11", "Наставники колледжа по приказу (все категории), чел.", 233, "mentors_total", prev=187,
      link=COL_URL + "prikaz_322_baza_nastavnikov_2024.pdf"),
    V("12", "Наставляемые по приказу (все категории), чел.", 340, "mentees_total", prev=262,
      link=COL_URL + "prikaz_323_baza_nastavlyaemyh_2024.pdf"),
    V("13", "Справка по итогам внутреннего мониторинга (есть / нет)", "Да",
      "internal_monitoring_notes", 1, prev="Да", link=COL_URL + "spravka_monitoring_2024.pdf"),
    V("14", "Наставники из внешних образовательных организаций (по приказу), чел.", 2,
      "external_edu_mentors", prev=0, group="Внешний контур"),
    V("15", "Наставники – сотрудники иных организаций, чел.", 3, "other_org_mentors", prev=2),
    V("16", "Наставники – работники предприятий (работодатели), чел.", 27, "enterprise_mentors",
      prev=19, link=COL_URL + "prikaz_322_baza_nastavnikov_2024.pdf"),
    H("Раздел II. Наставничество педагогических работников"),
    V("17", "ПП «педагог – педагог» (преподаватель – преподаватель)", 14, "pp_teacher_teacher",
      prev=11, group="Персонализированные программы (ПП)"),
    V("18", "ПП «руководитель – педагог»", 2, "pp_head_teacher", prev=2),
    V("19", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", 15, "young_specialists", prev=13,
      group="Молодые специалисты и педагоги в роли наставляемых"),
    V("20", "из них наставляемые, чел.", 12, "young_specialists_mentees", prev=11),
    V("21", "Педагогические работники без молодых специалистов (преподаватели, мастера п/о), чел.",
      108, "teachers_other", prev=111),
    V("22", "из них наставляемые, чел.", 8, "teachers_other_mentees", prev=6),
    V("23", "Доля молодых специалистов – наставляемых, %", 80, "share_young_specialists_mentees",
      prev="84,6"),
    V("24", "Доля педагогических работников – наставляемых, %", "16,3", "share_teachers_mentees",
      16.3, prev="13,6"),
    V("25", "Педагоги – участники утверждённых ПП, чел.", 61, "teachers_in_pp", prev=52,
      group="Профессиональное развитие"),
    V("26", "Прошли КПК по вопросам наставничества за 2024 г., чел.", 5, "kpk_trained", prev=3),
    V("27", "Наименование КПК",
      "«Наставничество в системе среднего профессионального образования», ФГАОУ ДПО «Академия "
      "Минпросвещения России», 36 ч.; «Организация наставничества на производстве: роль мастера "
      "п/о», АОУ ДПО УР ИРО, 24 ч.", "kpk_courses",
      prev="«Наставничество в СПО», ИРО, 24 ч."),
    V("28", "Методические объединения наставников колледжа, ед.", 1,
      "school_methodical_associations", prev=1),
    V("29", "Педагогические работники – наставники (преподаватели и мастера п/о), чел.", 41,
      "teachers_mentors", prev=36, group="Педагоги в роли наставников"),
    X("29.1", "в т.ч. мастера производственного обучения – наставники, чел.", 15, prev=13),
    V("30", "Молодые специалисты – наставники, чел.", 2, "young_specialists_mentors", prev=1),
    V("31", "Доля педагогических работников – наставников, %", "33,3", "share_teachers_mentors",
      33.3, prev="29,5"),
    V("32", "Локальные акты об оплате наставничества, ед.", 1, "pay_acts", prev=1,
      group="Стимулирование", link=COL_URL + "polozhenie_oplata_truda_2024.pdf"),
    V("33", "Локальные акты о нематериальном поощрении, ед.", 1, "nonmaterial_acts", prev=0,
      link=COL_URL + "polozhenie_nematerialnoe_2024.pdf"),
    H("Раздел III. Наставничество обучающихся (студентов)"),
    X("35", "Численность студентов колледжа (очная форма, все возрасты), чел.", 1520, prev=1488,
      group="Контингент"),
    V("36", "Студенты в возрасте 10–19 лет (фактически 15–19 лет), чел.", 1184, "students_10_19",
      prev=1160),
    V("37", "Студенты 10–19 лет в роли наставляемых, чел.", 296, "mentees_10_19", prev=214,
      link=COL_URL + "prikaz_323_baza_nastavlyaemyh_2024.pdf"),
    V("37.1", "в т.ч. «группа риска»", 34, "mentees_risk", prev=22),
    V("37.2", "в т.ч. одарённые (в реестрах)", 12, "mentees_gifted", prev=9),
    V("37.3", "в т.ч. ОВЗ и инвалиды", 9, "mentees_disabled", prev=7),
    V("37.4", "в т.ч. низкая мотивация, академическая задолженность", 58, "mentees_low_motivation",
      prev=40),
    V("37.5", "в т.ч. проблемы профессионального самоопределения, выбора траектории", 41,
      "mentees_career", prev=30),
    V("37.6", "в т.ч. иные (адаптация студентов 1 курса)", 142, "mentees_other_params", prev=106),
    V("38", "Доля студентов 10–19 лет – наставляемых, %", 25, "share_mentees_10_19", prev="18,4"),
    V("39", "Студенты в возрасте 15–19 лет, чел.", 1184, "students_15_19", prev=1160),
    V("40", "Студенты 15–19 лет – наставники (по приказу), чел.", 148, "mentors_15_19", prev=120,
      link=COL_URL + "prikaz_322_baza_nastavnikov_2024.pdf"),
    X("40.1", "Студенты старше 19 лет – наставники, чел.", 12, prev=9),
    V("41", "Доля студентов 15–19 лет – наставников, %", "12,5", "share_mentors_15_19", 12.5,
      prev="10,3"),
    V("42", "ПП «студент – студент»", 96, "pp_student_student", prev=70,
      group="ПП по формам (обучающиеся)"),
    V("43", "ПП «студент – ученик» (профориентация школьников)", 18, "pp_student_pupil", prev=10),
    V("44", "ПП «преподаватель / мастер п/о – студент» (учитель – ученик)", 35, "pp_teacher_pupil",
      prev=28),
    V("45", "ПП «ученик – ученик»", "не применимо", "pp_pupil_pupil", None, prev="не применимо"),
    V("46", "ПП иной формы: «работодатель – студент»", 27, "pp_other", prev=19),
    V("47", "ПП всего по колледжу (разделы II и III)", 192, "pp_total", prev=140,
      link=COL_URL + "pp_reestr_2024.pdf"),
    V("48", "Удовлетворённость наставляемых (анкетирование), %", 91, "satisfaction_mentees",
      prev=87, group="Удовлетворённость", link=COL_URL + "anketirovanie_2024.pdf"),
    V("49", "Удовлетворённость наставников (анкетирование), %", 88, "satisfaction_mentors",
      prev=85, link=COL_URL + "anketirovanie_2024.pdf"),
]


def write_college(fname):
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Инструкция"
    lines = [
        "Мониторинг целевой модели наставничества за 2024 год",
        "Форма заполняется по состоянию на 01.10.2024. Столбец «2023 год» – значения прошлого "
        "мониторинга (для сравнения), столбец «2024 год» – текущие значения.",
        "Да/Нет указывать словами. Ссылки – на документы, размещённые на сайте колледжа.",
        "Колледж использует муниципальный шаблон г. Камска с дополнениями для СПО "
        "(формы «студент – студент», «студент – ученик», «работодатель – студент»).",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 120
    ws = wb.create_sheet("Мониторинг 2024")
    ws["A1"] = COL
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Внутренний мониторинг реализации целевой модели наставничества, 2023–2024 гг."
    hdr = ["№", "Направление", "Критерий", "2023 год", "2024 год", "Источник (ссылка)", "Примечание"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    r = 5
    pos = {}
    for row in col_rows:
        if row.kind == "h":
            c = ws.cell(row=r, column=1, value=row.title)
            c.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            pos[id(row)] = r
            r += 1
            continue
        ws.cell(row=r, column=1, value=row.num)
        if row.group:
            ws.cell(row=r, column=2, value=row.group).font = Font(italic=True)
        ws.cell(row=r, column=3, value=row.title).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=4, value=row.prev).alignment = Alignment(wrap_text=True)
        ws.cell(row=r, column=5, value=row.cell).alignment = Alignment(wrap_text=True)
        if row.link:
            ws.cell(row=r, column=6, value=row.link)
        pos[id(row)] = r
        r += 1
    ws.cell(row=r + 1, column=3, value="Заместитель директора по УПР ____________ А.Р. Галиева")
    for col, w in zip("ABCDEFG", (6, 26, 70, 30, 40, 58, 20)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))

    def addr(row):
        rr = pos[id(row)]
        return f"E{rr}", f"F{rr}", (f"C{rr}" if row.kind != "h" else f"A{rr}")
    return addr


# ============================================================================
# 4. ГКОУ УР «Камская школа-интернат для обучающихся с ОВЗ» — unit column, «имеется»
# ============================================================================
INT = "ГКОУ УР «Камская школа-интернат для обучающихся с ОВЗ»"
INT_URL = "https://internat-kamsk.udmschool.ru/site/pub?id="
int_rows = [
    H("I. Нормативное обеспечение"),
    V("1.", "Положение о системе наставничества педагогических работников (утв. приказом)",
      "имеется", "orgs_regulation_teachers", 1, unit="—", link=INT_URL + "412"),
    V("2.", "Положение о системе наставничества обучающихся (утв. приказом)", "имеется",
      "orgs_regulation_students", 1, unit="—", link=INT_URL + "413"),
    V("3.", "Приказ о мониторинге ЦМН в школе-интернате", "имеется", "orgs_monitoring_order", 1,
      unit="—", link=INT_URL + "455"),
    X("4.", "Приказ о внедрении целевой модели наставничества в школе-интернате", "имеется",
      unit="—", link=INT_URL + "411"),
    H("II. Организация процесса"),
    V("5.", "Кураторы ЦМН", 1, "curators_total", unit="чел."),
    V("6.", "Соглашения с ОО, предоставившими наставников", 1, "agreements_edu_orgs", unit="ед.",
      link=INT_URL + "470"),
    V("7.", "Соглашения с предприятиями, предоставившими наставников", 0, "agreements_enterprises",
      0, unit="ед."),
    V("8.", "Соглашения с иными организациями, предоставившими наставников", 1,
      "agreements_other_orgs", unit="ед.", link=INT_URL + "471"),
    V("9.", "Наименования организаций-партнёров",
      "ГБПОУ УР «Камский политехнический колледж»; Камская городская организация ВОИ",
      "partner_list", unit="—"),
    V("10.", "Наставники (по приказу), всего", 36, "mentors_total", unit="чел.",
      link=INT_URL + "480"),
    V("11.", "Наставляемые (по приказу), всего", 74, "mentees_total", unit="чел.",
      link=INT_URL + "480"),
    V("12.", "Справка по итогам внутреннего мониторинга ЦМН", "имеется",
      "internal_monitoring_notes", 1, unit="—", link=INT_URL + "492"),
    H("III. Персонализированные программы наставничества"),
    V("13.", "ПП по всем формам", 39, "pp_total", unit="ед."),
    V("13.1", "«ученик – ученик»", 8, "pp_pupil_pupil", unit="ед."),
    V("13.2", "«учитель – учитель» / «педагог – педагог»", 6, "pp_teacher_teacher", unit="ед."),
    V("13.3", "«студент – студент»", "—", "pp_student_student", None, unit="ед."),
    V("13.4", "«руководитель – педагог»", 1, "pp_head_teacher", unit="ед."),
    V("13.5", "«студент – ученик» (волонтёры колледжа)", 2, "pp_student_pupil", unit="ед."),
    V("13.6", "«учитель – ученик»", 22, "pp_teacher_pupil", unit="ед."),
    V("13.7", "иная форма", "—", "pp_other", None, unit="ед."),
    H("IV. Наставники из внешних организаций"),
    V("14.", "Наставники из других ОО (студенты и преподаватель колледжа)", 3,
      "external_edu_mentors", unit="чел."),
    V("15.", "Наставники из иных организаций", 1, "other_org_mentors", unit="чел."),
    V("16.", "Наставники из предприятий", "0 (не применимо)", "enterprise_mentors", 0, unit="чел."),
    H("V. Обучающиеся 10–19 лет в роли наставляемых"),
    X("17.", "Обучающиеся школы-интерната, всего (все с ОВЗ)", 164, unit="чел."),
    X("18.", "из них проживают в интернате (пятидневка)", 96, unit="чел."),
    V("19.", "Обучающиеся 10–19 лет", 118, "students_10_19", unit="чел."),
    V("20.", "Обучающиеся 10–19 лет – наставляемые", 59, "mentees_10_19", unit="чел.",
      link=INT_URL + "480"),
    V("20.1", "из «группы риска»", 7, "mentees_risk", unit="чел."),
    V("20.2", "из одарённых детей (реестр)", "—", "mentees_gifted", None, unit="чел."),
    V("20.3", "из детей с ОВЗ / детей-инвалидов", "59 (все наставляемые)", "mentees_disabled", 59,
      unit="чел."),
    V("20.4", "с низкой учебной мотивацией, неуспевающие", 14, "mentees_low_motivation",
      unit="чел."),
    V("20.5", "с трудностями выбора профессии (профориентация)", 18, "mentees_career", unit="чел."),
    V("21.", "Доля наставляемых 10–19 лет", "рассчитывается на муниципальном уровне",
      "share_mentees_10_19", None, unit="%"),
    H("VI. Обучающиеся 15–19 лет в роли наставников"),
    V("22.", "Обучающиеся 15–19 лет", 40, "students_15_19", unit="чел."),
    V("23.", "Обучающиеся 15–19 лет – наставники (приказ)", 8, "mentors_15_19", unit="чел.",
      link=INT_URL + "480"),
    V("24.", "Доля наставников 15–19 лет", "рассчитывается на муниципальном уровне",
      "share_mentors_15_19", None, unit="%"),
    H("VII. Удовлетворённость"),
    V("25.", "Удовлетворённость наставляемых", 93, "satisfaction_mentees", unit="%",
      link=INT_URL + "493"),
    V("26.", "Удовлетворённость наставников", 90, "satisfaction_mentors", unit="%",
      link=INT_URL + "493"),
    H("VIII. Педагоги – наставляемые"),
    V("27.", "Молодые специалисты (до 35 лет, первые 3 года)", 6, "young_specialists", unit="чел."),
    V("28.", "Молодые специалисты – наставляемые", 5, "young_specialists_mentees", unit="чел."),
    V("29.", "Педагоги, кроме молодых специалистов (учителя-дефектологи, воспитатели, "
      "специалисты)", 52, "teachers_other", unit="чел."),
    V("30.", "Педагоги, кроме молодых специалистов, – наставляемые", 4, "teachers_other_mentees",
      unit="чел."),
    V("31.", "Доля молодых специалистов – наставляемых", "рассчитывается на муниципальном уровне",
      "share_young_specialists_mentees", None, unit="%"),
    V("32.", "Доля педагогов – наставляемых", "рассчитывается на муниципальном уровне",
      "share_teachers_mentees", None, unit="%"),
    H("IX. Профессиональное развитие"),
    V("33.", "Педагоги в утверждённых ПП", 33, "teachers_in_pp", unit="чел."),
    V("34.", "Обучены на КПК по наставничеству в 2024 году", 3, "kpk_trained", unit="чел.",
      link=INT_URL + "501"),
    V("35.", "Курсы повышения квалификации (наименования)",
      "«Наставничество в образовании обучающихся с ОВЗ», АОУ ДПО УР ИРО, 36 ч. (2 чел.); "
      "«Эффективные инструменты наставничества», АНО «Большая Перемена», 36 ч. (1 чел.)",
      "kpk_courses", unit="—"),
    V("36.", "Методическое объединение наставников", 1, "school_methodical_associations",
      unit="ед."),
    H("X. Педагоги – наставники"),
    V("37.", "Педагоги – наставники", 24, "teachers_mentors", unit="чел."),
    V("38.", "Молодые специалисты – наставники", 1, "young_specialists_mentors", unit="чел."),
    H("XI. Стимулирование"),
    V("39.", "Локальные акты об оплате работы наставника", 0, "pay_acts", 0, unit="ед."),
    V("40.", "Локальные акты о нематериальном поощрении наставника", 1, "nonmaterial_acts",
      unit="ед.", link=INT_URL + "505"),
]


def write_internat(fname):
    path = os.path.join(HERE, fname)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Форма ОО")
    b = wb.add_format({"bold": True, "border": 1, "bg_color": "#FCE4D6", "text_wrap": True})
    h = wb.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
    t = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    c = wb.add_format({"border": 1, "align": "center", "valign": "top", "text_wrap": True})
    ws.write(0, 0, "Мониторинг целевой модели наставничества – 2024", wb.add_format({"bold": True}))
    ws.write(1, 0, INT, wb.add_format({"bold": True}))
    ws.write(2, 0, "(дети с ОВЗ, 1–12 классы; данные на 01.10.2024)")
    hdr = ["№", "Наименование показателя", "Ед. изм.", "Значение", "Источник информации"]
    for i, s in enumerate(hdr):
        ws.write(4, i, s, b)
    r = 5
    pos = {}
    for row in int_rows:
        if row.kind == "h":
            ws.merge_range(r, 0, r, 4, row.title, h)
            pos[id(row)] = r
            r += 1
            continue
        ws.write(r, 0, row.num, t)
        ws.write(r, 1, row.title, t)
        ws.write(r, 2, row.unit, c)
        if isinstance(row.cell, str):
            ws.write_string(r, 3, row.cell, c)
        else:
            ws.write_number(r, 3, row.cell, c)
        if row.link:
            # the source is typed as text: a document name followed by its address
            ws.write_string(r, 4, "размещено на сайте: " + row.link, t)
        elif row.kind == "v" and row.exp is not None and CAT[row.crit]["needs_source"] == "yes":
            ws.write_string(r, 4, "документы ОО", t)
        pos[id(row)] = r
        r += 1
    ws.write(r + 1, 1, "Директор ____________ Е.Г. Перевощикова")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 66)
    ws.set_column(2, 2, 9)
    ws.set_column(3, 3, 26)
    ws.set_column(4, 4, 60)
    wb.close()

    def addr(row):
        rr = pos[id(row)] + 1
        return f"D{rr}", f"E{rr}", (f"B{rr}" if row.kind != "h" else f"A{rr}")
    return addr


# ============================================================================
# 5. МБУ ДО СШ «Олимп» — 1/0 for yes/no, percent-formatted cells, re-saved by LibreOffice
# ============================================================================
SS = "МБУ ДО СШ «Олимп»"
SS_URL = "https://olimp-kamsk.sportsng.ru/d/"
# ('pct', fraction) marks a percent-formatted numeric cell
ss_rows = [
    H("1. Нормативное обеспечение (1 – да / 0 – нет)"),
    V("1.1", "Положение о наставничестве тренеров-преподавателей (приказ)", 1,
      "orgs_regulation_teachers", link=SS_URL + "polozhenie_nastavnichestvo_trenery.pdf"),
    V("1.2", "Положение о наставничестве обучающихся (спортсменов) (приказ)", 1,
      "orgs_regulation_students", link=SS_URL + "polozhenie_nastavnichestvo_sportsmeny.pdf"),
    V("1.3", "Приказ о мониторинге ЦМН в СШ", 1, "orgs_monitoring_order",
      link=SS_URL + "prikaz_87_monitoring.pdf"),
    V("1.4", "Справка по итогам внутреннего мониторинга ЦМН", 0, "internal_monitoring_notes", 0),
    H("2. Организация наставничества"),
    V("2.1", "Кураторы ЦМН, чел.", 1, "curators_total"),
    V("2.2", "Соглашения с ОО (наставники от ОО), ед.", "не заключались", "agreements_edu_orgs", 0),
    V("2.3", "Соглашения с предприятиями (наставники от предприятий), ед.", "—",
      "agreements_enterprises", None),
    V("2.4", "Соглашения с иными организациями (федерации по видам спорта и др.), ед.", 1,
      "agreements_other_orgs", link=SS_URL + "soglashenie_federaciya_2024.pdf"),
    V("2.5", "Партнёры по наставничеству",
      "РОО «Федерация лыжных гонок Удмуртской Республики»", "partner_list"),
    V("2.6", "Наставники по приказу (тренеры-преподаватели, спортсмены, внешние), чел.", 35,
      "mentors_total", link=SS_URL + "prikaz_90_pary_2024.pdf"),
    V("2.7", "Наставляемые по приказу, чел.", 101, "mentees_total",
      link=SS_URL + "prikaz_90_pary_2024.pdf"),
    X("2.8", "Количество занимающихся в СШ (все этапы подготовки, 6–18 лет), чел.", 640),
    H("3. Персонализированные программы наставничества"),
    V("3.1", "ПП всего", 38, "pp_total"),
    V("3.2", "«спортсмен – спортсмен» (старший – младший; ученик – ученик)", 24, "pp_pupil_pupil",
      link=SS_URL + "pp_sportsmen_sportsmen.pdf"),
    V("3.3", "«тренер-преподаватель – тренер-преподаватель» (педагог – педагог)", 4,
      "pp_teacher_teacher"),
    V("3.4", "«студент – студент»", "—", "pp_student_student", None),
    V("3.5", "«руководитель – тренер-преподаватель»", 0, "pp_head_teacher", 0),
    V("3.6", "«студент – ученик»", "—", "pp_student_pupil", None),
    V("3.7", "«тренер-преподаватель – спортсмен» (учитель – ученик)", 10, "pp_teacher_pupil"),
    V("3.8", "иная форма", "—", "pp_other", None),
    H("4. Внешние наставники"),
    V("4.1", "Наставники из других образовательных организаций, чел.", 0, "external_edu_mentors", 0),
    V("4.2", "Наставники из иных организаций (федерация), чел.", 2, "other_org_mentors"),
    V("4.3", "Наставники из предприятий, чел.", "—", "enterprise_mentors", None),
    H("5. Обучающиеся 10–19 лет (наставляемые)"),
    V("5.1", "Занимающиеся 10–19 лет, чел.", 480, "students_10_19"),
    V("5.2", "из них наставляемые, чел.", 96, "mentees_10_19"),
    V("5.3", "в т.ч. «группа риска»", 6, "mentees_risk"),
    V("5.4", "в т.ч. одарённые (реестр, спортивный резерв)", 14, "mentees_gifted"),
    V("5.5", "в т.ч. с ОВЗ / инвалиды (адаптивный спорт)", 2, "mentees_disabled"),
    V("5.6", "в т.ч. низкая мотивация", "—", "mentees_low_motivation", None),
    V("5.7", "в т.ч. выбор образовательной траектории / профессии", 0, "mentees_career", 0),
    V("5.8", "в т.ч. иное (адаптация новичков, подготовка к соревнованиям)", 74,
      "mentees_other_params"),
    V("5.9", "Доля наставляемых 10–19 лет", ("pct", 0.2), "share_mentees_10_19", 20),
    H("6. Обучающиеся 15–19 лет (наставники)"),
    V("6.1", "Занимающиеся 15–19 лет, чел.", 150, "students_15_19"),
    V("6.2", "из них наставники (по приказу), чел.", 24, "mentors_15_19"),
    V("6.3", "Доля наставников 15–19 лет", ("pct", 0.16), "share_mentors_15_19", 16),
    H("7. Удовлетворённость (завершённые программы)"),
    V("7.1", "наставляемых", ("pct", 0.93), "satisfaction_mentees", 93,
      link=SS_URL + "anketirovanie_2024.pdf"),
    V("7.2", "наставников", ("pct", 0.9), "satisfaction_mentors", 90,
      link=SS_URL + "anketirovanie_2024.pdf"),
    H("8. Тренеры-преподаватели – наставляемые"),
    V("8.1", "Молодые тренеры-преподаватели (до 35 лет, стаж до 3 лет), чел.", 5,
      "young_specialists"),
    V("8.2", "из них наставляемые, чел.", 4, "young_specialists_mentees"),
    V("8.3", "Тренеры-преподаватели и др. педагоги без молодых специалистов, чел.", 31,
      "teachers_other"),
    V("8.4", "из них наставляемые, чел.", 1, "teachers_other_mentees"),
    V("8.5", "Доля молодых специалистов – наставляемых", ("pct", 0.8),
      "share_young_specialists_mentees", 80),
    V("8.6", "Доля педагогов – наставляемых", ("pct", 0.139), "share_teachers_mentees", 13.9),
    H("9. Профессиональное развитие"),
    V("9.1", "Тренеры-преподаватели – участники утверждённых ПП, чел.", 14, "teachers_in_pp"),
    V("9.2", "Прошли КПК по наставничеству в 2024 г., чел.", 1, "kpk_trained",
      link=SS_URL + "kpk_2024.pdf"),
    V("9.3", "Название курсов",
      "«Целевая модель наставничества в дополнительном образовании детей: организационные, "
      "методологические и технологические основы», АОУ УР РОЦОД, 36 ч., 2024", "kpk_courses"),
    V("9.4", "МО наставников в СШ, ед.", 0, "school_methodical_associations", 0),
    H("10. Тренеры-преподаватели – наставники"),
    V("10.1", "Тренеры-преподаватели – наставники, чел.", 9, "teachers_mentors"),
    V("10.2", "Молодые тренеры-преподаватели – наставники, чел.", 0, "young_specialists_mentors", 0),
    V("10.3", "Доля тренеров-преподавателей – наставников", ("pct", 0.25), "share_teachers_mentors",
      25),
    H("11. Стимулирование"),
    V("11.1", "Локальные акты о нематериальном поощрении наставников, ед.", 1, "nonmaterial_acts",
      link=SS_URL + "polozhenie_pooshchrenie.pdf"),
]


def write_sport(fname):
    tmpdir = tempfile.mkdtemp(prefix="h28_")
    src = os.path.join(tmpdir, os.path.basename(fname))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "Мониторинг ЦМН за 2024 год"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Учреждение: " + SS
    ws["A3"] = "Вид спорта: лыжные гонки, биатлон, лёгкая атлетика, волейбол"
    for i, s in enumerate(["№", "Критерий", "Значение", "Ссылка"], 1):
        ws.cell(row=5, column=i, value=s).font = Font(bold=True)
    r = 6
    pos = {}
    for row in ss_rows:
        if row.kind == "h":
            ws.cell(row=r, column=1, value=row.title).font = Font(bold=True)
            pos[id(row)] = r
            r += 1
            continue
        ws.cell(row=r, column=1, value=row.num)
        ws.cell(row=r, column=2, value=row.title)
        if isinstance(row.cell, tuple):
            cc = ws.cell(row=r, column=3, value=row.cell[1])
            cc.number_format = "0%" if abs(row.cell[1] * 100 - round(row.cell[1] * 100)) < 1e-9 \
                else "0.0%"
        else:
            ws.cell(row=r, column=3, value=row.cell)
        if row.link:
            lc = ws.cell(row=r, column=4, value="ссылка")
            lc.hyperlink = row.link
            lc.font = Font(color="0563C1", underline="single")
        pos[id(row)] = r
        r += 1
    ws.cell(row=r + 1, column=2, value="Директор МБУ ДО СШ «Олимп» ____________ С.В. Бабинцев")
    ws.column_dimensions["B"].width = 72
    ws.column_dimensions["C"].width = 50
    wb.save(src)
    outdir = os.path.join(tmpdir, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=300)
    shutil.copy(os.path.join(outdir, os.path.basename(fname)), os.path.join(HERE, fname))
    shutil.rmtree(tmpdir)

    def addr(row):
        rr = pos[id(row)]
        return f"C{rr}", f"D{rr}", (f"B{rr}" if row.kind != "h" else f"A{rr}")
    return addr


# ============================================================================
# 6. МБОУ «СОШ № 3» — ordinary school; seed-001 layout, formulas with cached values
# ============================================================================
SCH = "МБОУ «СОШ № 3»"
SCH_URL = "https://shkola3kamsk-r18.gosweb.gosuslugi.ru/netcat_files/30/69/"
# ('f', formula, value) = formula cell with cached value; group = merged «Показатель»
sch_rows = [
    V(None, "Положение о наставничестве педработников – приказ об утверждении", "Да",
      "orgs_regulation_teachers", 1, group="Нормативное обеспечение реализации ЦМН",
      link=SCH_URL + "Prikaz_118_Polozhenie_pedagogi.pdf"),
    V(None, "Положение о наставничестве обучающихся – приказ об утверждении", "Да",
      "orgs_regulation_students", 1, link=SCH_URL + "Prikaz_119_Polozhenie_obuchayushchiesya.pdf"),
    X(None, "Наличие дорожной карты ОО", "Да", link=SCH_URL + "Dorozhnaya_karta_2024.pdf"),
    V(None, "Приказ о мониторинге ЦМН в ОО", "Да", "orgs_monitoring_order", 1,
      link=SCH_URL + "Prikaz_244_monitoring.pdf"),
    V(None, "Кураторы внедрения ЦМН (по приказу)", 2, "curators_total",
      group="Организация процесса реализации ЦМН", link=SCH_URL + "Prikaz_120_kuratory.pdf"),
    V(None, "Соглашения с ОО о предоставлении наставников", 1, "agreements_edu_orgs",
      link=SCH_URL + "Soglashenie_kolledzh.pdf"),
    V(None, "Соглашения с предприятиями о предоставлении наставников", 1, "agreements_enterprises",
      link=SCH_URL + "Soglashenie_KMZ.pdf"),
    V(None, "Соглашения с иными организациями о предоставлении наставников", 0,
      "agreements_other_orgs", 0),
    V(None, "Предприятия (организации) – партнёры школы по наставничеству",
      "АО «Камский машиностроительный завод», ГБПОУ УР «Камский политехнический колледж»",
      "partner_list"),
    V(None, "Наставники в базе школы (приказ)", 67, "mentors_total",
      link=SCH_URL + "Prikaz_251_bazy.pdf"),
    V(None, "Наставляемые в базе школы (приказ)", 196, "mentees_total",
      link=SCH_URL + "Prikaz_251_bazy.pdf"),
    V(None, "Справка по итогам внутреннего мониторинга (да/нет)", "Да", "internal_monitoring_notes",
      1, link=SCH_URL + "Spravka_monitoring_2024.pdf"),
    V(None, "Персонализированные программы – всего", ("f", "=SUM({pp_pupil_pupil}:{pp_other})", 82), "pp_total", 82,
      group="Персонализированные программы по формам"),
    V(None, "ученик – ученик", 40, "pp_pupil_pupil", link=SCH_URL + "PP_uchenik_uchenik.pdf"),
    V(None, "учитель – учитель", 12, "pp_teacher_teacher", link=SCH_URL + "PP_uchitel_uchitel.pdf"),
    V(None, "студент – студент", 0, "pp_student_student", 0),
    V(None, "руководитель – педагог", 3, "pp_head_teacher"),
    V(None, "студент – ученик", 0, "pp_student_pupil", 0),
    V(None, "учитель – ученик", 25, "pp_teacher_pupil", link=SCH_URL + "PP_uchitel_uchenik.pdf"),
    V(None, "иная форма (указать): «работодатель – ученик»", 2, "pp_other"),
    V(None, "Наставники из внешних ОО (по приказу)", 1, "external_edu_mentors",
      group="Включение предприятий (организаций) в программы наставничества"),
    V(None, "Наставники из числа работников предприятий (по приказу)", 2, "enterprise_mentors"),
    X(None, "Реализованные с предприятиями проекты на базе ОО", 2),
    X(None, "Обучающиеся 1–11 классов, всего", 1010,
      group="Охват детей 10–19 лет программами наставничества в роли наставляемого"),
    V(None, "Обучающиеся 10–19 лет (5–11 кл.)", 560, "students_10_19"),
    V(None, "Обучающиеся 10–19 лет – наставляемые", 168, "mentees_10_19",
      link=SCH_URL + "Prikaz_251_bazy.pdf"),
    V(None, "из «группы риска»", 12, "mentees_risk"),
    V(None, "из «одарённых» (реестр)", 9, "mentees_gifted"),
    V(None, "дети с ОВЗ и дети-инвалиды", 7, "mentees_disabled"),
    V(None, "низкая мотивация, неуспеваемость", 40, "mentees_low_motivation"),
    V(None, "проблемы выбора профиля / профессии", 35, "mentees_career"),
    V(None, "по иным параметрам", 65, "mentees_other_params"),
    V(None, "Доля 10–19 лет в роли наставляемого, %", ("f", "=ROUND({mentees_10_19}/{students_10_19}*100,1)", 30),
      "share_mentees_10_19", 30),
    V(None, "Обучающиеся 15–19 лет", 120, "students_15_19",
      group="Охват подростков 15–19 лет программами наставничества в роли наставника"),
    V(None, "Наставники из числа обучающихся 15–19 лет (приказ)", 30, "mentors_15_19",
      link=SCH_URL + "Prikaz_251_bazy.pdf"),
    V(None, "Доля 15–19 лет в роли наставника, %", ("f", "=ROUND({mentors_15_19}/{students_15_19}*100,1)", 25),
      "share_mentors_15_19", 25),
    # seed-001 style: the indicator itself is the criterion, «Критерий» column left empty
    V(None, "", 89, "satisfaction_mentors",
      group="Удовлетворённость наставников участием в программах, %"),
    V(None, "", 92, "satisfaction_mentees",
      group="Удовлетворённость наставляемых участием в программах, %"),
    V(None, "Молодые педагоги (до 35 лет, первые 3 года работы)", 9, "young_specialists",
      group="Включение педагогов и молодых специалистов в программы в роли наставляемого"),
    V(None, "Молодые педагоги – наставляемые", 9, "young_specialists_mentees",
      link=SCH_URL + "Prikaz_251_bazy.pdf"),
    V(None, "Педагоги без учёта молодых специалистов", 61, "teachers_other"),
    V(None, "Педагоги без учёта молодых специалистов – наставляемые", 7, "teachers_other_mentees"),
    V(None, "Доля молодых педагогов – наставляемых, %", ("f", "=ROUND({young_specialists_mentees}/{young_specialists}*100,1)", 100),
      "share_young_specialists_mentees", 100),
    V(None, "Доля педагогов – наставляемых (все), %", ("f", "=ROUND(({young_specialists_mentees}+{teachers_other_mentees})/({young_specialists}+{teachers_other})*100,1)", 22.9), "share_teachers_mentees", 22.9),
    V(None, "Педагоги – участники утверждённых ПП", 50, "teachers_in_pp",
      group="Обеспечение непрерывного профессионального развития педагогов"),
    V(None, "Педагоги, обученные на КПК по наставничеству (2024)", 2, "kpk_trained",
      link=SCH_URL + "Udostovereniya_KPK.pdf"),
    V(None, "Курсы ПК по наставничеству (тема, организатор, часы)",
      "«Реализация системы наставничества педагогических работников в образовательной "
      "организации», ФГАОУ ВО «Государственный университет просвещения», 36 ч.", "kpk_courses"),
    V(None, "Методическое объединение (ШМО) наставников, кол-во", 1,
      "school_methodical_associations", link=SCH_URL + "Prikaz_121_ShMO.pdf"),
    V(None, "Педагоги – наставники", 34, "teachers_mentors",
      group="Включение педагогов в программы наставничества в роли наставника"),
    V(None, "Молодые специалисты – наставники", 2, "young_specialists_mentors"),
    V(None, "Доля педагогов – наставников, %", ("f", "=ROUND({teachers_mentors}/({young_specialists}+{teachers_other})*100,1)", 48.6),
      "share_teachers_mentors", 48.6),
    V(None, "Положения (локальные акты) об оплате наставничества", 1, "pay_acts",
      group="Стимулирование наставников", link=SCH_URL + "Polozhenie_ob_oplate.pdf"),
    V(None, "Положения о нематериальном поощрении наставников", 1, "nonmaterial_acts",
      link=SCH_URL + "Polozhenie_nematerialnoe.pdf"),
]


def write_school(fname):
    path = os.path.join(HERE, fname)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Мониторинг")
    bold = wb.add_format({"bold": True})
    hb = wb.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center",
                        "valign": "vcenter"})
    t = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    g = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bold": True})
    v = wb.add_format({"border": 1, "align": "center", "valign": "top"})
    lk = wb.add_format({"border": 1, "font_color": "blue", "underline": 1, "text_wrap": True})
    ws.write(0, 0, "Внутренний мониторинг внедрения целевой модели наставничества в "
                   + SCH + " за 2024 год", bold)
    hdr = ["Показатель", "Критерий", "Значение (количество / да, нет)",
           "Измерительный материал / источник информации"]
    for i, s in enumerate(hdr):
        ws.write(2, i, s, hb)
    r = 3  # 0-based row index; Excel row = r + 1
    pos = {}
    where = {row.crit: f"C{r + 1 + i}" for i, row in enumerate(sch_rows) if row.kind == "v"}
    groups = []  # (start, end, text)
    cur = None
    for row in sch_rows:
        if row.group:
            if cur:
                groups.append(cur)
            cur = [r, r, row.group]
        else:
            cur[1] = r
        ws.write(r, 1, row.title, t)
        if isinstance(row.cell, tuple):
            ws.write_formula(r, 2, row.cell[1].format(**where), v, row.cell[2])
        elif isinstance(row.cell, str):
            ws.write_string(r, 2, row.cell, v)
        else:
            ws.write_number(r, 2, row.cell, v)
        if row.link:
            ws.write_url(r, 3, row.link, lk, row.link)
        else:
            ws.write_blank(r, 3, None, t)
        pos[id(row)] = r + 1
        r += 1
    groups.append(cur)
    for s, e, txt in groups:
        if s == e:
            ws.write(s, 0, txt, g)
        else:
            ws.merge_range(s, 0, e, 0, txt, g)
    ws.write(r + 1, 0, "Исполнитель: Вострокнутова И.П., куратор ЦМН", bold)
    ws.set_column(0, 0, 40)
    ws.set_column(1, 1, 62)
    ws.set_column(2, 2, 18)
    ws.set_column(3, 3, 70)
    wb.close()

    def addr(row):
        rr = pos[id(row)]
        if row.kind != "h" and row.title == "":
            # the title is the merged «Показатель» cell of the same row
            return f"C{rr}", f"D{rr}", f"A{rr}"
        return f"C{rr}", f"D{rr}", f"B{rr}"
    return addr


# ----------------------------------------------------------------------------
def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    jobs = [
        ("typed/mbdou_ds17_cmn_2024.xlsx", DS17, ds17_rows, write_ds17),
        ("typed/madou41_monitoring_plan_fakt.xlsx", DS41, ds41_rows, write_ds41),
        ("typed/kamsk_politech_college_2023_2024.xlsx", COL, col_rows, write_college),
        ("typed/internat_ovz_forma_oo.xlsx", INT, int_rows, write_internat),
        ("typed/ss_olimp_cmn2024.xlsx", SS, ss_rows, write_sport),
        ("typed/sosh3_vnutr_monitoring_2024.xlsx", SCH, sch_rows, write_school),
    ]
    total = 0
    for fname, org, rows, writer in jobs:
        addr = writer(fname)
        sheet = None
        vals = register(fname, org, rows, addr, sheet=sheet)
        if writer is write_college:
            CELLS[-1]["sheet"] = "Мониторинг 2024"
        check_consistency(org, vals)
        total += len(vals)
        print(f"{fname}: {len(vals)} values, {len(ENTRIES[-1]['links'])} links, "
              f"{len(ENTRIES[-1]['not_criteria'])} not_criteria")
    print("total values:", total)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(ENTRIES, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(CELLS, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
