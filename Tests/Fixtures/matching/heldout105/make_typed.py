#!/usr/bin/env python3
"""heldout105: forms whose proof links are kept apart from the table.

The form's link column holds a reference («Прил. 3», «см. п. 5», «[4]», «док. № 7», «№ 2»)
to a list of documents kept on another sheet, under the table or beside it; plus rows whose
«link» is only a document's title and date, a reference to a number the list lacks, merged
link cells over several rows, and a file whose link column is the document's title as a
hyperlink.

Deterministic: no randomness at all.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import pathlib
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.hyperlink import Hyperlink

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"

# --------------------------------------------------------------------------- catalogue
CAT = {}
CAT_WORDINGS = set()


def _norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower().rstrip(".:")


with open(CRITERIA, encoding="utf-8") as fh:
    header = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        parts = line.rstrip("\n").split("\t")
        if not parts or not parts[0]:
            continue
        row = dict(zip(header, parts))
        CAT[row["id"]] = row
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row.get(k):
                CAT_WORDINGS.add(_norm(row[k]))


def pct(a, b):
    return round(a * 100.0 / b, 2)


# --------------------------------------------------------------------------- styles
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HFILL = PatternFill("solid", fgColor="D9E1F2")
SFILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LINKFONT = Font(color="0563C1", underline="single")

# --------------------------------------------------------------------------- records
CELLS = []
EXPECTED = []


class Form:
    def __init__(self, file, organisation, sheet=None):
        self.file = "typed/" + file
        self.organisation = organisation
        self.sheet = sheet
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []

    def value(self, sheet, cell, crit, expected, raw):
        assert crit in CAT, crit
        assert crit not in self.values, (self.file, crit)
        self.values[crit] = expected
        CELLS.append({"file": self.file, "sheet": sheet, "cell": cell, "criterion": crit,
                      "kind": "value", "expected": expected, "typed": raw})

    def link(self, sheet, cell, crit, url, mode, **extra):
        assert crit in CAT, crit
        self.links[crit] = url
        entry = {"file": self.file, "sheet": sheet, "cell": cell, "criterion": crit,
                 "kind": "link", "expected": url, "mode": mode}
        entry.update(extra)
        CELLS.append(entry)

    def nolink(self, sheet, cell, crit, text, reason, **extra):
        entry = {"file": self.file, "sheet": sheet, "cell": cell, "criterion": crit,
                 "kind": "nolink", "expected": text, "reason": reason}
        entry.update(extra)
        CELLS.append(entry)

    def done(self):
        e = {"file": self.file}
        if self.sheet:
            e["sheet"] = self.sheet
        e.update({"year": 2024, "organisation": self.organisation, "values": self.values,
                  "links": self.links, "not_criteria": self.not_criteria,
                  "headings": self.headings})
        EXPECTED.append(e)


def check_wording(title):
    assert _norm(title) not in CAT_WORDINGS, "catalogue wording used verbatim: " + title


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def widths(ws, **w):
    for col, width in w.items():
        ws.column_dimensions[col].width = width


# --------------------------------------------------------------------------- organisations
def derive(d):
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    t = d["teachers_other"] + d["young_specialists"]
    d["teachers_all"] = t
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], t)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], t)
    if d["young_specialists"]:
        d["share_young_specialists_mentors"] = pct(d["young_specialists_mentors"], d["young_specialists"])
    pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
          "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    assert d["pp_total"] == sum(d[k] for k in pp), d["name"]
    ext = d["external_edu_mentors"] + d["other_org_mentors"] + d["enterprise_mentors"]
    assert d["mentors_total"] == d["teachers_mentors"] + d["mentors_15_19"] + ext, d["name"]
    assert d["mentees_total"] == (d["mentees_10_19"] + d["young_specialists_mentees"]
                                  + d["teachers_other_mentees"]), d["name"]
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
            "mentees_career", "mentees_other_params"]
    assert sum(d[k] for k in cats) <= d["mentees_10_19"], d["name"]
    assert d["young_specialists_mentors"] <= d["teachers_mentors"]
    return d


BASE0 = dict(pp_student_student=0, pp_student_pupil=0, pp_head_teacher=0, pp_other=0,
             external_edu_mentors=0, other_org_mentors=0, enterprise_mentors=0,
             mentees_risk=0, mentees_gifted=0, mentees_disabled=0, mentees_low_motivation=0,
             mentees_career=0, mentees_other_params=0, agreements_edu_orgs=0,
             agreements_enterprises=0, agreements_other_orgs=0, young_specialists_mentors=0)


def org(**kw):
    d = dict(BASE0)
    d.update(kw)
    return derive(d)


SOSH3 = org(
    name="МБОУ «СОШ № 3»", orgs_regulation_teachers=1, orgs_regulation_students=1,
    orgs_monitoring_order=1, internal_monitoring_notes=1, curators_total=2,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=2,
    partner_list="ГБПОУ УР «Каменноборский политехнический техникум»; ООО «Каменноборский "
                 "хлебозавод»; МБУК «Централизованная библиотечная система»; АНО «Молодёжный "
                 "центр «Вектор»",
    mentors_total=46, mentees_total=131, pp_total=38, pp_pupil_pupil=14, pp_teacher_teacher=9,
    pp_head_teacher=3, pp_student_pupil=2, pp_teacher_pupil=8, pp_other=2,
    external_edu_mentors=2, other_org_mentors=2, enterprise_mentors=1,
    students_10_19=612, mentees_10_19=97, mentees_risk=11, mentees_gifted=14, mentees_disabled=6,
    mentees_low_motivation=19, mentees_career=23, mentees_other_params=8,
    students_15_19=214, mentors_15_19=12, satisfaction_mentees=88.4, satisfaction_mentors=91.2,
    young_specialists=9, young_specialists_mentees=9, teachers_other=63, teachers_other_mentees=25,
    teachers_mentors=29, young_specialists_mentors=2, teachers_in_pp=21, kpk_trained=7,
    school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1)

GIMN2 = org(
    name="МАОУ «Гимназия № 2»", orgs_regulation_teachers=1, orgs_regulation_students=1,
    orgs_monitoring_order=1, internal_monitoring_notes=1, curators_total=1,
    agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=1,
    partner_list="ГБПОУ УР «Каменноборский педагогический колледж»; МБУ ДО «ДДТ»; "
                 "Центральная городская библиотека им. А.С. Пушкина",
    mentors_total=38, mentees_total=104, pp_total=31, pp_pupil_pupil=12, pp_teacher_teacher=8,
    pp_head_teacher=2, pp_teacher_pupil=9, external_edu_mentors=3, other_org_mentors=1,
    students_10_19=540, mentees_10_19=71, mentees_risk=6, mentees_gifted=18, mentees_disabled=3,
    mentees_low_motivation=12, mentees_career=15, students_15_19=187, mentors_15_19=10,
    satisfaction_mentees=84.6, satisfaction_mentors=89.0, young_specialists=6,
    young_specialists_mentees=6, teachers_other=52, teachers_other_mentees=27, teachers_mentors=24,
    young_specialists_mentors=1, teachers_in_pp=19, kpk_trained=4,
    school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1)

SOSH11 = org(
    name="МБОУ «СОШ № 11»", orgs_regulation_teachers=1, orgs_regulation_students=1,
    orgs_monitoring_order=1, internal_monitoring_notes=1, curators_total=2,
    agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=2,
    partner_list="ГБПОУ УР «Каменноборский политехнический техникум»; АО «Каменноборский "
                 "механический завод»; МБУ «Молодёжный центр «Юность»; ОМВД России по "
                 "Каменноборскому району",
    mentors_total=52, mentees_total=158, pp_total=44, pp_pupil_pupil=16, pp_teacher_teacher=12,
    pp_head_teacher=4, pp_student_pupil=3, pp_teacher_pupil=9,
    external_edu_mentors=1, other_org_mentors=2, enterprise_mentors=1,
    students_10_19=790, mentees_10_19=118, mentees_risk=17, mentees_gifted=9, mentees_disabled=8,
    mentees_low_motivation=26, mentees_career=31, mentees_other_params=5,
    students_15_19=268, mentors_15_19=15, satisfaction_mentees=86.2, satisfaction_mentors=92.5,
    young_specialists=12, young_specialists_mentees=11, teachers_other=74, teachers_other_mentees=29,
    teachers_mentors=33, young_specialists_mentors=3, teachers_in_pp=26, kpk_trained=9,
    school_methodical_associations=2, pay_acts=1, nonmaterial_acts=1)

DDT = org(
    name="МБУ ДО «ДДТ»", orgs_regulation_teachers=1, orgs_regulation_students=1,
    orgs_monitoring_order=1, internal_monitoring_notes=0, curators_total=1,
    agreements_other_orgs=1, partner_list="МБУК «Каменноборский краеведческий музей»",
    mentors_total=21, mentees_total=57, pp_total=12, pp_pupil_pupil=5, pp_teacher_teacher=4,
    pp_teacher_pupil=3, other_org_mentors=1, students_10_19=1260, mentees_10_19=49,
    mentees_gifted=21, mentees_disabled=4, mentees_other_params=9, students_15_19=310,
    mentors_15_19=6, satisfaction_mentees=93.0, satisfaction_mentors=95.4, young_specialists=3,
    young_specialists_mentees=3, teachers_other=29, teachers_other_mentees=5, teachers_mentors=14,
    young_specialists_mentors=0, teachers_in_pp=9, kpk_trained=2, school_methodical_associations=0,
    pay_acts=0, nonmaterial_acts=1)

LICEY7 = org(
    name="МБОУ «Лицей № 7»", orgs_regulation_teachers=1, orgs_regulation_students=1,
    orgs_monitoring_order=1, internal_monitoring_notes=1, curators_total=2,
    agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=1,
    partner_list="Филиал ФГБОУ ВО «УдГУ» в г. Каменноборске; ГБПОУ УР «Каменноборский "
                 "политехнический техникум»; ООО «КамСтройСервис»; местное отделение "
                 "«Движения первых» Каменноборского МО",
    mentors_total=44, mentees_total=119, pp_total=35, pp_pupil_pupil=15, pp_teacher_teacher=8,
    pp_head_teacher=2, pp_student_pupil=1, pp_teacher_pupil=9,
    external_edu_mentors=2, other_org_mentors=1, enterprise_mentors=1,
    students_10_19=655, mentees_10_19=88, mentees_risk=4, mentees_gifted=27, mentees_disabled=2,
    mentees_low_motivation=10, mentees_career=19, mentees_other_params=6,
    students_15_19=241, mentors_15_19=13, satisfaction_mentees=88.0, satisfaction_mentors=90.7,
    young_specialists=8, young_specialists_mentees=8, teachers_other=61, teachers_other_mentees=23,
    teachers_mentors=27, young_specialists_mentors=2, teachers_in_pp=17, kpk_trained=6,
    school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1)

LIPOVKA = org(
    name="МБОУ «Липовская ООШ»", orgs_regulation_teachers=1, orgs_regulation_students=1,
    orgs_monitoring_order=1, internal_monitoring_notes=1, curators_total=1,
    mentors_total=9, mentees_total=22, pp_total=7, pp_pupil_pupil=3, pp_teacher_teacher=2,
    pp_teacher_pupil=2, external_edu_mentors=1, students_10_19=58, mentees_10_19=15,
    mentees_risk=3, mentees_disabled=2, mentees_low_motivation=4, mentees_career=3,
    students_15_19=9, mentors_15_19=2, satisfaction_mentees=90.0, satisfaction_mentors=94.0,
    young_specialists=2, young_specialists_mentees=2, teachers_other=13, teachers_other_mentees=5,
    teachers_mentors=6, young_specialists_mentors=0)

KLUCHI = org(
    name="МБОУ «Ключевская СОШ»", orgs_regulation_teachers=1, orgs_regulation_students=1,
    orgs_monitoring_order=1, internal_monitoring_notes=1, curators_total=1,
    agreements_enterprises=1, partner_list="СПК «Колхоз «Заря»",
    mentors_total=14, mentees_total=39, pp_total=12, pp_pupil_pupil=5, pp_teacher_teacher=3,
    pp_head_teacher=1, pp_teacher_pupil=3, enterprise_mentors=1,
    students_10_19=141, mentees_10_19=28, mentees_risk=5, mentees_gifted=2, mentees_disabled=1,
    mentees_low_motivation=7, mentees_career=6, students_15_19=38, mentors_15_19=4,
    satisfaction_mentees=85.0, satisfaction_mentors=88.5, young_specialists=3,
    young_specialists_mentees=3, teachers_other=21, teachers_other_mentees=8, teachers_mentors=9,
    young_specialists_mentors=1, kpk_trained=1)

MUNI = dict(
    municipal_order=1, orgs_total=24, orgs_regulation_teachers=24, orgs_regulation_students=23,
    orgs_monitoring_order=22, municipal_analytic_note=1, curators_total=27,
    agreements_edu_orgs=9, agreements_enterprises=6, agreements_other_orgs=11,
    partner_list="ГБПОУ УР «Каменноборский политехнический техникум»; ГБПОУ УР «Каменноборский "
                 "педагогический колледж»; АО «Каменноборский механический завод»; ООО "
                 "«Каменноборский хлебозавод»; СПК «Колхоз «Заря»; МБУК «Каменноборский "
                 "краеведческий музей»; МБУК «Централизованная библиотечная система»",
    mentors_total=512, mentees_total=1418, internal_monitoring_notes=19,
    pp_total=391, pp_pupil_pupil=142, pp_teacher_teacher=97, pp_head_teacher=21,
    pp_student_pupil=14, pp_teacher_pupil=108, pp_other=9,
    external_edu_mentors=14, other_org_mentors=12, enterprise_mentors=9,
    students_10_19=6840, mentees_10_19=1015, mentees_risk=104, mentees_disabled=58,
    students_15_19=2310, mentors_15_19=148, satisfaction_mentees=87.9, satisfaction_mentors=90.3,
    young_specialists=71, young_specialists_mentees=64, teachers_other=702,
    teachers_other_mentees=231, teachers_in_pp=268, kpk_trained=46,
    municipal_methodical_associations=2, school_methodical_associations=21,
    teachers_mentors=318, young_specialists_mentors=9, pay_acts=17, nonmaterial_acts=22,
    best_practices=5, contests=2, network_community=1, network_mentors=14)
MUNI["teachers_municipal"] = MUNI["teachers_other"] + MUNI["young_specialists"]
MUNI["young_specialists_municipal"] = MUNI["young_specialists"]
MUNI["share_orgs_teachers_system"] = pct(MUNI["orgs_regulation_teachers"], MUNI["orgs_total"])
MUNI["share_orgs_students_system"] = pct(MUNI["orgs_regulation_students"], MUNI["orgs_total"])
MUNI["share_mentees_10_19"] = pct(MUNI["mentees_10_19"], MUNI["students_10_19"])
MUNI["share_mentors_15_19"] = pct(MUNI["mentors_15_19"], MUNI["students_15_19"])
MUNI["share_young_specialists_mentees"] = pct(MUNI["young_specialists_mentees"], MUNI["young_specialists"])
MUNI["share_teachers_mentees"] = pct(MUNI["young_specialists_mentees"] + MUNI["teachers_other_mentees"],
                                     MUNI["teachers_municipal"])
MUNI["share_teachers_mentors"] = pct(MUNI["teachers_mentors"], MUNI["teachers_municipal"])
MUNI["share_young_specialists_mentors"] = pct(MUNI["young_specialists_mentors"],
                                              MUNI["young_specialists_municipal"])
assert MUNI["pp_total"] == sum(MUNI[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher",
                                                 "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
for _o in (SOSH3, GIMN2, SOSH11, DDT, LICEY7, LIPOVKA, KLUCHI):
    for _k in ("mentors_total", "mentees_total", "pp_total", "teachers_mentors", "students_10_19"):
        MUNI.setdefault("_sum_" + _k, 0)
        MUNI["_sum_" + _k] += _o[_k]
for _k in ("mentors_total", "mentees_total", "pp_total", "teachers_mentors", "students_10_19"):
    assert MUNI["_sum_" + _k] <= MUNI[_k], _k


def yn(v, yes="Да", no="Нет"):
    return yes if v else no


def comma(x, suffix=""):
    s = ("%.2f" % x).rstrip("0").rstrip(".") if isinstance(x, float) else str(x)
    return s.replace(".", ",") + suffix


# =========================================================================== file 1
def file1():
    """СОШ № 3: «Прил. N» in the form, list on the sheet «Перечень подтверждающих документов»."""
    fname = "01_SOSH3_monitoring_CMN_2024.xlsx"
    d = SOSH3
    f = Form(fname, d["name"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма 2024"
    LIST = "Перечень подтв. документов"
    wl = wb.create_sheet(LIST)

    base = "https://sh3-kamennoborsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"
    docs = [
        (1, "Приказ от 30.08.2024 № 112-од «О реализации целевой модели наставничества в 2024/2025 "
            "уч. году» (с дорожной картой и составом рабочей группы)", base + "prikaz_112-od_CMN.pdf"),
        (2, "Положение о системе наставничества педагогических работников МБОУ «СОШ № 3» "
            "(утв. приказом от 30.08.2024 № 112-од)", base + "polozhenie_nastav_pedagogi.pdf"),
        (3, "Положение о наставничестве обучающихся", base + "polozhenie_nastav_obuch.pdf"),
        (4, "Приказ от 02.09.2024 № 118-од «О закреплении наставнических пар (групп)» + база "
            "наставников и наставляемых", base + "prikaz_118-od_pary.pdf"),
        (5, "Приказ от 14.10.2024 № 151-од «О проведении внутреннего мониторинга реализации ЦМН»",
         base + "prikaz_151-od_monitoring.pdf"),
        (6, "Информационная справка по итогам внутреннего мониторинга (декабрь 2024 г.), "
            "результаты анкетирования", base + "spravka_monitoring_dek2024.pdf"),
        (7, "Персонализированные программы наставничества (архив)", "https://disk.yandex.ru/d/pP3sh3-2024-PPnast"),
        (8, "Соглашения о сотрудничестве (сканы, 4 шт.)", base + "soglasheniya_2024.pdf"),
    ]
    doc_url = {n: u for n, _, u in docs}
    wl["A1"] = "Перечень подтверждающих документов к форме мониторинга ЦМН за 2024 г."
    wl["A1"].font = BOLD
    wl.merge_cells("A1:C1")
    for c, h in zip("ABC", ("№", "Наименование документа", "Ссылка")):
        wl[c + "3"] = h
        wl[c + "3"].font = BOLD
        wl[c + "3"].fill = HFILL
        wl[c + "3"].alignment = CENTER
    list_row = {}
    for i, (n, title, url) in enumerate(docs):
        r = 4 + i
        wl.cell(r, 1, n).alignment = CENTER
        wl.cell(r, 2, title).alignment = WRAP
        c = wl.cell(r, 3, url)
        if n in (2, 4, 7):          # some typed as live hyperlinks, others as plain text
            c.hyperlink = url
            c.font = LINKFONT
        list_row[n] = r
    box(wl, "A3:C%d" % (3 + len(docs)))
    widths(wl, A=5, B=70, C=72)

    ws["A1"] = "Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:E1")
    ws["A2"] = "Образовательная организация: МБОУ «СОШ № 3»"
    ws.merge_cells("A2:E2")
    ws["A3"] = "Ссылки на документы — см. лист «Перечень подтв. документов» (номер приложения в гр. 5)"
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:E3")
    for c, h in zip("ABCDE", ("№ п/п", "Показатель", "Ед. изм.", "2024 г.", "Подтверждение")):
        ws[c + "5"] = h
        ws[c + "5"].font = BOLD
        ws[c + "5"].fill = HFILL
        ws[c + "5"].alignment = CENTER
    for c, h in zip("ABCDE", ("1", "2", "3", "4", "5")):
        ws[c + "6"] = h
        ws[c + "6"].alignment = CENTER
        ws[c + "6"].font = Font(size=8, italic=True)

    rows = [
        ("H", "1. Нормативная база"),
        ("1.1", "orgs_regulation_teachers", "Приказ об утв. Положения о наставничестве пед. работников", "есть/нет", "Да", "Прил. 2"),
        ("1.2", "orgs_regulation_students", "Приказ об утв. Положения о наставничестве обучающихся", "есть/нет", "Да", "Прил. 3"),
        ("1.3", "orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе", "есть/нет", "Да", "Прил. 5"),
        ("1.4", "internal_monitoring_notes", "Инф. справка по итогам внутр. мониторинга", "есть/нет", "Да", "Прил.6"),
        ("1.5", None, "Дорожная карта ОО на 2024-2025 уч.г.", "есть/нет", "Да", "Прил. 1"),
        ("H", "2. Организация процесса"),
        ("2.1", "curators_total", "Кураторы внедрения ЦМН в школе", "чел.", 2, "Прил. 1"),
        ("2.2", "agreements_edu_orgs", "Соглашения с др. ОО (наставники от них)", "шт.", 1, "Прил. 8"),
        ("2.3", "agreements_enterprises", "Соглашения с предприятиями", "шт.", 1, "Прил. 8"),
        ("2.4", "agreements_other_orgs", "Соглашения с иными организациями (любой формы собств.)", "шт.", 2, "Прил. 8"),
        ("2.5", "partner_list", "Партнёры школы по наставничеству (перечислить)", "назв.", d["partner_list"], "Прил. 8"),
        ("2.6", "mentors_total", "Наставников всего по приказу", "чел.", 46, "Прил. 4"),
        ("2.7", "mentees_total", "Наставляемых всего по приказу", "чел.", 131, "Прил. 4"),
        ("2.8", None, "Кол-во наставнических пар/групп", "ед.", 58, "Прил. 4"),
        ("H", "3. Персонализированные программы (ПП)"),
        ("3.1", "pp_total", "ПП всего", "ед.", 38, "прил. 7"),
        ("3.2", "pp_pupil_pupil", "в т.ч. ученик – ученик", "ед.", 14, "прил. 7"),
        ("3.3", "pp_teacher_teacher", "в т.ч. учитель – учитель", "ед.", 9, "прил. 7"),
        ("3.4", "pp_head_teacher", "в т.ч. руководитель – педагог", "ед.", 3, "прил. 7"),
        ("3.5", "pp_student_pupil", "в т.ч. студент – ученик", "ед.", 2, "прил. 7"),
        ("3.6", "pp_teacher_pupil", "в т.ч. учитель – ученик", "ед.", 8, "прил. 7"),
        ("3.7", "pp_other", "в т.ч. иная форма (работодатель – ученик)", "ед.", 2, "прил. 7"),
        ("H", "4. Обучающиеся 10–19 лет"),
        ("4.1", "students_10_19", "Всего уч-ся 10-19 лет", "чел.", 612, ""),
        ("4.2", "mentees_10_19", "из них наставляемые", "чел.", 97, "Прил. 4"),
        ("4.3", "share_mentees_10_19", "Доля наставляемых 10-19 лет", "%", d["share_mentees_10_19"], ""),
        ("H", "5. Обучающиеся 15–19 лет — наставники"),
        ("5.1", "students_15_19", "Уч-ся 15-19 лет всего", "чел.", 214, ""),
        ("5.2", "mentors_15_19", "Наставники из числа уч-ся 15-19 лет (приказ)", "чел.", 12, "Прил. 4"),
        ("5.3", "share_mentors_15_19", "Доля уч-ся 15-19 лет — наставников", "%", d["share_mentors_15_19"], ""),
        ("H", "6. Удовлетворённость"),
        ("6.1", "satisfaction_mentees", "Удовлетворённость наставляемых (заверш. программы)", "%", 88.4, "Прил. 6"),
        ("6.2", "satisfaction_mentors", "Удовлетворённость наставников (заверш. программы)", "%", 91.2, "Прил. 6"),
        ("H", "7. Педагоги"),
        ("7.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", 9, ""),
        ("7.2", "young_specialists_mentees", "МС — наставляемые", "чел.", 9, "Прил. 4"),
        ("7.3", "teachers_other", "Педагоги без учёта МС", "чел.", 63, ""),
        ("7.4", "teachers_other_mentees", "Педагоги (кроме МС) — наставляемые", "чел.", 25, "Прил. 4"),
        ("7.5", "teachers_mentors", "Педагоги-наставники", "чел.", 29, "Прил. 4"),
        ("7.6", "kpk_trained", "Прошли КПК по наставничеству в 2024 г.", "чел.", 7, "удостоверения в личных делах"),
        ("7.7", "school_methodical_associations", "ШМО наставников", "ед.", 1, "Прил. 1"),
        ("H", "8. Поощрение наставников"),
        ("8.1", "pay_acts", "Лок. акт об оплате (доплате) наставникам", "ед.", 1, "Прил. 9"),
        ("8.2", "nonmaterial_acts", "Лок. акт о нематериальном поощрении", "ед.", 1, "Прил. 2"),
    ]
    r = 7
    sheet = ws.title
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1).fill = SFILL
            f.headings.append(row[1])
            r += 1
            continue
        num, crit, title, unit, raw, ref = row
        check_wording(title)
        ws.cell(r, 1, num)
        ws.cell(r, 2, title).alignment = WRAP
        ws.cell(r, 3, unit).alignment = CENTER
        vc = ws.cell(r, 4, raw)
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        rc = ws.cell(r, 5, ref)
        rc.alignment = CENTER
        if crit is None:
            f.not_criteria.append(title)
        else:
            exp = d[crit]
            if isinstance(raw, str) and raw in ("Да", "Нет"):
                exp = 1 if raw == "Да" else 0
            f.value(sheet, "D%d" % r, crit, exp, raw)
            m = re.search(r"\d+", ref)
            if ref.lower().startswith("прил") and m:
                n = int(m.group())
                if n in doc_url:
                    f.link(LIST, "C%d" % list_row[n], crit, doc_url[n], "value",
                           ref_sheet=sheet, ref_cell="E%d" % r, ref_text=ref,
                           list_no_cell="A%d" % list_row[n], list_no=n)
                else:
                    f.nolink(sheet, "E%d" % r, crit, ref, "reference to a number the list does not have",
                             missing_no=n, list_sheet=LIST,
                             list_no_cells=["A%d" % list_row[k] for k in sorted(list_row)])
            elif ref and ref != "—":
                f.nolink(sheet, "E%d" % r, crit, ref, "a note, not a reference and not a URL")
        if ref == "Прил. 3":
            # the reference itself is an internal hyperlink to the list's row
            rc.hyperlink = Hyperlink(ref=rc.coordinate, location="'%s'!C%d" % (LIST, list_row[3]),
                                     display=ref)
            rc.font = LINKFONT
        r += 1
    box(ws, "A5:E%d" % (r - 1))
    r += 1
    ws.cell(r, 1, "Дата заполнения: 23.12.2024")
    ws.cell(r + 1, 1, "Куратор ЦМН: Петрова Н.В., зам. директора по УВР, тел. 8 (34145) 4-12-07")
    ws.cell(r + 2, 1, "Директор _____________ О.Г. Шутова")
    widths(ws, A=7, B=52, C=10, D=14, E=16)
    wb.save(TYPED / fname)
    f.done()


# =========================================================================== file 2
def file2():
    """Гимназия № 2: «см. п. N» in the form, «Приложения:» listed under the table."""
    fname = "02_Gimnaziya2_CMN_2024.xlsx"
    d = GIMN2
    f = Form(fname, d["name"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    sheet = ws.title
    base = "https://gimn2-kmb.ru/wp-content/uploads/"
    docs = [
        (1, "Приказ № 45 от 01.09.2024 «Об организации наставничества в 2024–2025 учебном году» "
            "(кураторы, ШМО, мониторинг)", base + "2024/09/prikaz-45-nastavnichestvo.pdf"),
        (2, "План работы ШМО наставников на 2024–2025 уч. год (на бумажном носителе, у зам. "
            "директора по УВР)", None),
        (3, "Положение о системе наставничества (педагоги и обучающиеся), утв. приказом № 44 от "
            "30.08.2024", base + "2024/08/polozhenie-o-nastavnichestve-2024.pdf"),
        (4, "Приказ № 52 от 09.09.2024 «О закреплении наставников и наставляемых»",
         base + "2024/09/prikaz-52-zakreplenie.pdf"),
        (5, "Договоры о сетевом взаимодействии (3 шт.)", base + "2024/10/dogovory-setevoe.pdf"),
        (6, "Справка по итогам внутреннего мониторинга ЦМН от 25.12.2024 (в т.ч. анкетирование)",
         base + "2024/12/spravka-monitoring-CMN.pdf"),
        (7, "Персонализированные программы наставничества", "https://disk.yandex.ru/d/G2-kmb-PP-2024"),
    ]
    ws["A1"] = "Отчёт о реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:D1")
    ws["A2"] = "МАОУ «Гимназия № 2»"
    ws["A2"].font = BOLD
    ws.merge_cells("A2:D2")
    ws["A3"] = "(по состоянию на 31.12.2024)"
    ws.merge_cells("A3:D3")
    for c, h in zip("ABCD", ("№", "Показатель", "Значение", "Подтверждающий документ")):
        ws[c + "5"] = h
        ws[c + "5"].font = BOLD
        ws[c + "5"].fill = HFILL
        ws[c + "5"].alignment = CENTER
    rows = [
        ("H", "Раздел 1. Нормативное обеспечение"),
        ("orgs_regulation_teachers", "Утверждено ли положение о наставничестве педагогов (приказом)", "да", "см. п. 3"),
        ("orgs_regulation_students", "Утверждено ли положение о наставничестве обучающихся (приказом)", "да", "см. п. 3"),
        ("orgs_monitoring_order", "Есть ли приказ о мониторинге реализации ЦМН в гимназии", "да", "см. п. 1"),
        ("internal_monitoring_notes", "Подготовлена справка по итогам внутреннего мониторинга", "да", "см. п. 6"),
        (None, "Дорожная карта внедрения ЦМН", "да", "см. п. 1"),
        ("H", "Раздел 2. Организация наставничества"),
        ("curators_total", "Куратор(ы) ЦМН, количество", 1, "см. п. 1"),
        ("agreements_edu_orgs", "Заключено соглашений с образоват. организациями о направлении наставников", 2, "см. п. 5"),
        ("agreements_other_orgs", "Соглашения с иными организациями", 1, "см. п. 5"),
        ("partner_list", "Организации-партнёры (названия)", d["partner_list"], "см. п. 5"),
        ("mentors_total", "Кол-во наставников в гимназии (приказ о закреплении)", 38, "см. п. 4"),
        ("mentees_total", "Кол-во наставляемых в гимназии (приказ о закреплении)", 104, "см. п. 4"),
        ("H", "Раздел 3. Персонализированные программы"),
        ("pp_total", "Утверждено ПП наставничества, всего", 31, "см. п. 7"),
        ("pp_pupil_pupil", "— форма «ученик – ученик»", 12, "см. п. 7"),
        ("pp_teacher_teacher", "— форма «учитель – учитель»", 8, "см. п. 7"),
        ("pp_head_teacher", "— форма «руководитель – педагог»", 2, "см. п. 7"),
        ("pp_teacher_pupil", "— форма «учитель – ученик»", 9, "см. п. 7"),
        ("H", "Раздел 4. Наставники извне"),
        ("external_edu_mentors", "Наставники — сотрудники других ОО", 3, "см. п. 4"),
        ("other_org_mentors", "Наставники — представители иных организаций", 1, "см. п. 4"),
        ("H", "Раздел 5–6. Обучающиеся"),
        ("students_10_19", "Количество обучающихся 10–19 лет в гимназии", 540, ""),
        ("mentees_10_19", "Из них включены в программы наставничества как наставляемые", 71, "см. п. 4"),
        ("share_mentees_10_19", "Охват наставничеством обучающихся 10–19 лет", comma(d["share_mentees_10_19"], " %"), ""),
        ("students_15_19", "Количество обучающихся 15–19 лет", 187, ""),
        ("mentors_15_19", "Обучающиеся 15–19 лет, выступающие наставниками", 10, "см. п. 4"),
        ("share_mentors_15_19", "Доля обучающихся 15–19 лет — наставников", comma(d["share_mentors_15_19"], " %"), ""),
        ("H", "Раздел 7. Удовлетворённость участников"),
        ("satisfaction_mentees", "Удовлетворённость наставляемых, %", "84,6", "см. п. 6"),
        ("satisfaction_mentors", "Удовлетворённость наставников, %", "89 %", "см. п. 6"),
        ("H", "Раздел 8–10. Педагогические кадры"),
        ("young_specialists", "Молодых специалистов в гимназии", 6, ""),
        ("young_specialists_mentees", "из них в роли наставляемых", 6, "см. п. 4"),
        ("teachers_other", "Прочие педагоги (без молодых специалистов)", 52, ""),
        ("teachers_other_mentees", "из них в роли наставляемых", 27, "см. п. 4"),
        ("teachers_mentors", "Учителя-наставники", 24, "см. п. 4"),
        ("kpk_trained", "Педагоги, обучившиеся на курсах ПК по наставничеству (2024)", 4, "см. п. 8"),
        ("school_methodical_associations", "ШМО наставников", 1, "см. п. 2"),
        ("pay_acts", "Положение о стимулирующих выплатах наставникам", 0, "—"),
        ("nonmaterial_acts", "Положение о нематериальном поощрении наставников", 1, "см. п. 3"),
        (None, "Проведено занятий «Школы наставника»", 6, ""),
    ]
    r = 6
    n = 0
    pending = []
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            f.headings.append(row[1])
            r += 1
            continue
        crit, title, raw, ref = row
        check_wording(title)
        n += 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, title).alignment = WRAP
        ws.cell(r, 3, raw).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        ws.cell(r, 4, ref).alignment = CENTER
        if crit is None:
            f.not_criteria.append(title.strip())
        else:
            exp = d[crit]
            if raw in ("да", "нет"):
                exp = 1 if raw == "да" else 0
            f.value(sheet, "C%d" % r, crit, exp, raw)
            pending.append((crit, r, ref))
        r += 1
    box(ws, "A5:D%d" % (r - 1))
    r += 1
    ws.cell(r, 2, "Приложения:").font = BOLD
    r += 1
    doc_cell = {}
    for num, title, url in docs:
        text = "%d. %s" % (num, title) + (" — " + url if url else "")
        c = ws.cell(r, 2, text)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 30
        doc_cell[num] = ("B%d" % r, url)
        r += 1
    for crit, row_no, ref in pending:
        m = re.search(r"\d+", ref)
        if not m:
            continue
        k = int(m.group())
        if k not in doc_cell:
            f.nolink(sheet, "D%d" % row_no, crit, ref, "reference to a number the list does not have",
                     missing_no=k, list_sheet=sheet, list_no_cells=[doc_cell[j][0] for j in sorted(doc_cell)])
        elif doc_cell[k][1] is None:
            f.nolink(sheet, "D%d" % row_no, crit, ref, "the list's item has no URL (paper document)",
                     list_sheet=sheet, list_cell=doc_cell[k][0])
        else:
            f.link(sheet, doc_cell[k][0], crit, doc_cell[k][1], "in_text",
                   ref_sheet=sheet, ref_cell="D%d" % row_no, ref_text=ref,
                   list_no_cell=doc_cell[k][0], list_no=k)
    r += 1
    ws.cell(r, 2, "Исполнитель: Кирьянова Е.А., заместитель директора по УВР")
    ws.cell(r + 1, 2, "Директор гимназии                    А.П. Мельников")
    widths(ws, A=5, B=62, C=16, D=20)
    wb.save(TYPED / fname)
    f.done()


# =========================================================================== file 3
def file3():
    """СОШ № 11: «[n]» references, link cells merged over several rows, sources under the table."""
    fname = "03_SOSH11_nastavnichestvo_2024.xlsx"
    d = SOSH11
    f = Form(fname, d["name"])
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН-2024"
    sheet = ws.title
    base = "https://school11-kmb.edu.ru/upload/nastav/2024/"
    direct_pp = base + "prikaz_210_PP_pedagogov.pdf"
    docs = [
        (1, "Приказ от 29.08.2024 № 190 «Об утверждении положений о наставничестве»", base + "prikaz_190.pdf", "value"),
        (2, "Приказ от 02.09.2024 № 196 «О назначении кураторов и проведении мониторинга ЦМН», план ШМО",
         base + "prikaz_196.pdf", "value"),
        (3, "Приказ от 05.09.2024 № 201 «О закреплении наставнических пар (групп) на 2024/2025 уч. год»",
         base + "prikaz_201_pary.pdf", "value"),
        (4, "Реестр персонализированных программ наставничества", "https://disk.yandex.ru/d/s11-reestr-PP-2024", "hyperlink"),
        (5, "Результаты анкетирования участников программ (справка)", base + "anketirovanie_itogi.pdf", "value"),
        (6, "Справка по итогам внутреннего мониторинга от 19.12.2024", base + "spravka_monitoring.pdf", "value"),
        (7, "Соглашения о сотрудничестве (4 шт.)", base + "soglasheniya.pdf", "value"),
        (8, "Удостоверения о прохождении КПК (сканы)", base + "udostovereniya_kpk.pdf", "value"),
        (9, "Положение о стимулировании наставников (выплаты и нематериальное поощрение)",
         base + "polozhenie_stimulirovanie.pdf", "value"),
    ]
    ws["A1"] = "МБОУ «СОШ № 11»"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Мониторинг ЦМН, 2024 год"
    for c, h in zip("ABCD", ("Показатель", "Ед.", "2024 г.", "Источник")):
        ws[c + "4"] = h
        ws[c + "4"].font = BOLD
        ws[c + "4"].fill = HFILL
        ws[c + "4"].alignment = CENTER
    # ref: "[n]" ; "M[n]" opens a merged group of refs, "m" continues it ; "URL" opens merged direct link
    rows = [
        ("H", "Нормативка"),
        ("orgs_regulation_teachers", "Положение о наставничестве педагогов утверждено приказом", "1-да/0-нет", 1, "[1]"),
        ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено", "1-да/0-нет", 1, "[1]"),
        ("orgs_monitoring_order", "Приказ о мониторинге ЦМН издан", "1-да/0-нет", 1, "[2]"),
        ("internal_monitoring_notes", "Справка по внутр. мониторингу", "1-да/0-нет", 1, "[6]"),
        ("H", "Организация"),
        ("curators_total", "Кураторы ЦМН", "чел.", 2, "[2]"),
        ("agreements_edu_orgs", "Договоры (соглашения) с ОО-партнёрами", "шт.", 1, "M[7]"),
        ("agreements_enterprises", "Договоры с предприятиями", "шт.", 1, "m"),
        ("agreements_other_orgs", "Договоры с иными орг-ми", "шт.", 2, "m"),
        ("partner_list", "Список партнёров", "", d["partner_list"], "m"),
        ("H", "Участники (по приказу)"),
        ("mentors_total", "Наставники, всего", "чел.", 52, "M[3]"),
        ("mentors_15_19", "в т.ч. наставники-обучающиеся 15–19 лет", "чел.", 15, "m"),
        ("mentees_total", "Наставляемые, всего", "чел.", 158, "m"),
        ("external_edu_mentors", "Внешние наставники: из других ОО", "чел.", 1, "M[3]"),
        ("enterprise_mentors", "Внешние наставники: с предприятий", "чел.", 1, "m"),
        ("other_org_mentors", "Внешние наставники: из иных организаций", "чел.", 2, "m"),
        (None, "Наставнических пар (групп)", "ед.", 71, "[3]"),
        ("H", "ПП"),
        ("pp_total", "Персонализированных программ — всего", "шт.", 44, "[4]"),
        ("pp_pupil_pupil", "ученик–ученик", "шт.", 16, "[4]"),
        ("pp_teacher_teacher", "учитель–учитель", "шт.", 12, "URL"),
        ("pp_head_teacher", "руководитель–педагог", "шт.", 4, "m"),
        ("pp_teacher_pupil", "учитель–ученик", "шт.", 9, "m"),
        ("pp_student_pupil", "студент–ученик", "шт.", 3, "[4]"),
        ("H", "Обучающиеся"),
        ("students_10_19", "Кол-во обуч-ся 10–19 лет", "чел.", 790, ""),
        ("mentees_10_19", "Наставляемые 10–19 лет", "чел.", 118, "M[3]"),
        ("mentees_risk", "  группа риска", "чел.", 17, "m"),
        ("mentees_gifted", "  одарённые", "чел.", 9, "m"),
        ("mentees_disabled", "  ОВЗ / инвалиды", "чел.", 8, "m"),
        ("mentees_low_motivation", "  низкая мотивация / неуспеваемость", "чел.", 26, "m"),
        ("mentees_career", "  профориентация (выбор траектории)", "чел.", 31, "m"),
        ("mentees_other_params", "  иные основания", "чел.", 5, "m"),
        ("share_mentees_10_19", "Доля наставляемых 10–19", "%", d["share_mentees_10_19"], ""),
        ("students_15_19", "Кол-во обуч-ся 15–19 лет", "чел.", 268, ""),
        ("share_mentors_15_19", "Доля наставников 15–19", "%", d["share_mentors_15_19"], ""),
        ("H", "Удовлетворённость (анкетирование)"),
        ("satisfaction_mentees", "наставляемые", "%", 86.2, "M[5]"),
        ("satisfaction_mentors", "наставники", "%", 92.5, "m"),
        ("H", "Педагоги"),
        ("young_specialists", "Молодые специалисты, всего", "чел.", 12, ""),
        ("young_specialists_mentees", "МС-наставляемые", "чел.", 11, "M[3]"),
        ("teachers_other", "Педагоги (не МС), всего", "чел.", 74, "—"),
        ("teachers_other_mentees", "Педагоги (не МС)-наставляемые", "чел.", 29, "[3]"),
        ("share_teachers_mentees", "Доля педагогов-наставляемых (все)", "%", d["share_teachers_mentees"], ""),
        ("teachers_mentors", "Педагоги-наставники", "чел.", 33, "M[3]"),
        ("young_specialists_mentors", "МС-наставники", "чел.", 3, "m"),
        ("share_teachers_mentors", "Доля педагогов-наставников", "%", d["share_teachers_mentors"], ""),
        ("kpk_trained", "КПК по наставничеству (2024)", "чел.", 9, "[8]"),
        ("pay_acts", "Положение об оплате наставничества", "ед.", 1, "M[9]"),
        ("nonmaterial_acts", "Положение о нематериальном стимулировании", "ед.", 1, "m"),
        (None, "Совместных проектов с предприятиями", "ед.", 2, ""),
    ]
    # first pass: write rows and decide merges
    r = 5
    items = []          # (crit, row, group_top_row, ref_text)
    groups = []         # (top, bottom, text)
    cur = None
    for row in rows:
        if row[0] == "H":
            if cur:
                groups.append(cur)
                cur = None
            ws.cell(r, 1, row[1]).font = BOLD
            ws.cell(r, 1).fill = SFILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            f.headings.append(row[1])
            r += 1
            continue
        crit, title, unit, raw, ref = row
        check_wording(title)
        ws.cell(r, 1, title).alignment = WRAP
        ws.cell(r, 2, unit).alignment = CENTER
        ws.cell(r, 3, raw).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if ref == "m":
            cur[1] = r
            top = cur[0]
            text = cur[2]
        else:
            if cur:
                groups.append(cur)
                cur = None
            if ref.startswith("M"):
                text = ref[1:]
                cur = [r, r, text]
                ws.cell(r, 4, text)
            elif ref == "URL":
                text = direct_pp
                cur = [r, r, text]
                c = ws.cell(r, 4, text)
                c.hyperlink = text
                c.font = LINKFONT
            else:
                text = ref
                ws.cell(r, 4, text)
            top = r
        ws.cell(top, 4).alignment = CENTER
        if crit is None:
            f.not_criteria.append(title.strip())
        else:
            f.value(sheet, "C%d" % r, crit, d[crit], raw)
            items.append((crit, r, top, text))
        r += 1
    if cur:
        groups.append(cur)
    merged_of = {}
    for top, bottom, text in groups:
        if bottom > top:
            ws.merge_cells(start_row=top, start_column=4, end_row=bottom, end_column=4)
            merged_of[top] = "D%d:D%d" % (top, bottom)
    box(ws, "A4:D%d" % (r - 1))
    r += 1
    ws.cell(r, 1, "Источники:").font = BOLD
    r += 1
    doc_cell = {}
    for num, title, url, mode in docs:
        ws.cell(r, 1, "[%d] %s" % (num, title)).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        if mode == "hyperlink":
            c = ws.cell(r, 4, "ссылка")
        else:
            c = ws.cell(r, 4, url)
        c.hyperlink = url
        c.font = LINKFONT
        ws.row_dimensions[r].height = 30
        doc_cell[num] = ("D%d" % r, url, mode, "A%d" % r)
        r += 1
    for crit, row_no, top, text in items:
        extra = {}
        if top in merged_of:
            extra["ref_merged_range"] = merged_of[top]
        if text.startswith("http"):
            f.link(sheet, "D%d" % top, crit, text, "value", ref_sheet=sheet, ref_cell="D%d" % top,
                   ref_text=text, **extra)
            continue
        m = re.fullmatch(r"\[(\d+)\]", text)
        if not m:
            continue
        k = int(m.group(1))
        cell, url, mode, nocell = doc_cell[k]
        f.link(sheet, cell, crit, url, mode, ref_sheet=sheet, ref_cell="D%d" % top, ref_text=text,
               list_no_cell=nocell, list_no=k, **extra)
    r += 1
    ws.cell(r, 1, "Ответственный: Гаврилова С.Н., куратор ЦМН. 20.12.2024")
    widths(ws, A=58, B=11, C=12, D=30)
    wb.save(TYPED / fname)
    f.done()


# =========================================================================== file 4
def file4():
    """ДДТ: the «link» column holds document titles and dates without URLs; three rows say «Прил. N»."""
    fname = "04_DDT_otchet_CMN_2024.xlsx"
    d = DDT
    f = Form(fname, d["name"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчёт"
    sheet = ws.title
    LIST = "Приложения"
    wl = wb.create_sheet(LIST)
    docs = [
        (1, "Договор о сотрудничестве с МБУК «Каменноборский краеведческий музей» от 02.09.2024 № 14",
         "https://ddt-kamennoborsk.ru/files/docs/dogovor_muzei_2024.pdf"),
        (2, "Персонализированные программы наставничества на 2024–2025 уч. год",
         "https://disk.yandex.ru/d/ddt-kmb-PP2024"),
        (3, "Удостоверения о повышении квалификации по вопросам наставничества",
         "https://ddt-kamennoborsk.ru/files/docs/kpk_nastavniki_2024.pdf"),
    ]
    wl["A1"] = "Приложения к отчёту"
    wl["A1"].font = BOLD
    for c, h in zip("ABC", ("№ прил.", "Документ", "Где размещён (ссылка)")):
        wl[c + "2"] = h
        wl[c + "2"].font = BOLD
    list_row = {}
    for i, (n, t, u) in enumerate(docs):
        rr = 3 + i
        wl.cell(rr, 1, "Прил. %d" % n)
        wl.cell(rr, 2, t).alignment = WRAP
        wl.cell(rr, 3, u)
        list_row[n] = rr
    box(wl, "A2:C%d" % (2 + len(docs)))
    widths(wl, A=9, B=70, C=60)

    ws["A1"] = "Отчёт о реализации целевой модели наставничества за 2024 г."
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:D1")
    ws["A2"] = "Учреждение: МБУ ДО «ДДТ»"
    ws.merge_cells("A2:D2")
    for c, h in zip("ABCD", ("№", "Наименование показателя", "Кол-во / да-нет",
                             "Реквизиты подтверждающего документа")):
        ws[c + "4"] = h
        ws[c + "4"].font = BOLD
        ws[c + "4"].fill = HFILL
        ws[c + "4"].alignment = CENTER
    P107 = "Приказ от 29.08.2024 № 107-о"
    P118 = "Приказ от 09.09.2024 № 118-о «О закреплении наставников»"
    rows = [
        ("H", "I. Нормативные документы"),
        ("orgs_regulation_teachers", "Положение о наставничестве педагогов", "имеется", P107),
        ("orgs_regulation_students", "Положение о наставничестве обучающихся (учащихся объединений)", "имеется", P107),
        ("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "имеется", "Приказ от 01.10.2024 № 131-о"),
        ("internal_monitoring_notes", "Справка по внутреннему мониторингу", "нет", "—"),
        ("H", "II. Организация"),
        ("curators_total", "Кураторов (чел.)", 1, "Приказ от 01.09.2024 № 112-о"),
        ("agreements_other_orgs", "Соглашений с иными организациями", 1, "Прил. 1"),
        ("agreements_edu_orgs", "Соглашений с ОО", 0, "—"),
        ("agreements_enterprises", "Соглашений с предприятиями", 0, "—"),
        ("partner_list", "Партнёры (наименования)", d["partner_list"], "Прил. 1"),
        ("mentors_total", "Наставников по приказу", 21, P118),
        ("mentees_total", "Наставляемых по приказу", 57, P118),
        ("H", "III. Персонализированные программы"),
        ("pp_total", "ПП всего", 12, "Прил. 2"),
        ("pp_pupil_pupil", "ученик-ученик", 5, "Прил. 2"),
        ("pp_teacher_teacher", "педагог-педагог", 4, "Прил. 2"),
        ("pp_teacher_pupil", "педагог-ученик (учащийся)", 3, "Прил. 2"),
        ("pp_other", "иные формы", 0, "—"),
        ("H", "IV. Внешние наставники"),
        ("other_org_mentors", "Наставники из иных организаций (музей)", 1, P118),
        ("H", "V–VI. Учащиеся"),
        ("students_10_19", "Учащихся 10–19 лет (списочный состав объединений)", 1260, "Отчёт 1-ДОП за 2024 г."),
        ("mentees_10_19", "Наставляемых 10–19 лет", 49, P118),
        ("mentees_gifted", "в т.ч. одарённые (участники реестра)", 21, P118),
        ("mentees_disabled", "в т.ч. ОВЗ, инвалиды", 4, P118),
        ("share_mentees_10_19", "Доля наставляемых 10–19 лет, %", d["share_mentees_10_19"], ""),
        ("students_15_19", "Учащихся 15–19 лет", 310, "Отчёт 1-ДОП за 2024 г."),
        ("mentors_15_19", "Наставников-учащихся 15–19 лет", 6, P118),
        ("share_mentors_15_19", "Доля наставников 15–19 лет, %", d["share_mentors_15_19"], ""),
        ("H", "VII. Удовлетворённость"),
        ("satisfaction_mentees", "Удовлетворённость наставляемых, %", 93, "Анкетирование, протокол от 27.05.2024"),
        ("satisfaction_mentors", "Удовлетворённость наставников, %", 95.4, "Анкетирование, протокол от 27.05.2024"),
        ("H", "VIII–X. Педагоги"),
        ("young_specialists", "Молодых специалистов", 3, ""),
        ("young_specialists_mentees", "МС – наставляемые", 3, P118),
        ("teachers_other", "Педагогов (без МС)", 29, ""),
        ("teachers_other_mentees", "Педагоги (без МС) – наставляемые", 5, P118),
        ("teachers_mentors", "Педагоги-наставники", 14, P118),
        ("kpk_trained", "Обучено на КПК по наставничеству", 2, "Прил. 3"),
        ("H", "XI. Поощрение"),
        ("nonmaterial_acts", "Положение о нематериальном поощрении", 1, "Положение от 29.08.2024 (приказ № 107-о)"),
        ("pay_acts", "Лок. акт об оплате наставникам", 0, "—"),
        (None, "Кол-во объединений, где реализуется наставничество", 8, ""),
        (None, "Дата заполнения", "20.12.2024", ""),
    ]
    r = 5
    n = 0
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            f.headings.append(row[1])
            r += 1
            continue
        crit, title, raw, ref = row
        check_wording(title)
        n += 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, title).alignment = WRAP
        ws.cell(r, 3, raw).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        ws.cell(r, 4, ref).alignment = WRAP
        if crit is None:
            f.not_criteria.append(title)
        else:
            exp = d[crit]
            if raw in ("имеется", "нет"):
                exp = 1 if raw == "имеется" else 0
            f.value(sheet, "C%d" % r, crit, exp, raw)
            m = re.fullmatch(r"Прил\. (\d+)", ref)
            if m:
                k = int(m.group(1))
                f.link(LIST, "C%d" % list_row[k], crit, docs[k - 1][2], "value", ref_sheet=sheet,
                       ref_cell="D%d" % r, ref_text=ref, list_no_cell="A%d" % list_row[k], list_no=k)
            elif ref and ref != "—":
                f.nolink(sheet, "D%d" % r, crit, ref, "a document's title and date, no URL anywhere")
        r += 1
    box(ws, "A4:D%d" % (r - 1))
    ws.cell(r + 1, 2, "Директор МБУ ДО «ДДТ» ____________ Л.В. Сунцова")
    ws.cell(r + 2, 2, "Исп. методист Абашева Т.И.")
    widths(ws, A=5, B=55, C=16, D=46)
    wb.save(TYPED / fname)
    f.done()


# =========================================================================== file 5
def file5():
    """Лицей № 7: the link column is the document's title, carrying a real hyperlink."""
    fname = "05_Licey7_CMN_2024.xlsx"
    d = LICEY7
    f = Form(fname, d["name"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    sheet = ws.title
    base = "https://licey7.kmb-edu.ru/sveden/nastavnichestvo/"
    D = {
        "pt": ("Положение о наставничестве педагогических работников (пр. № 88 от 30.08.2024)", base + "polozhenie_pedagogi_2024.pdf"),
        "ps": ("Положение о наставничестве обучающихся (пр. № 88 от 30.08.2024)", base + "polozhenie_obuchayuschiesya_2024.pdf"),
        "mo": ("Приказ № 141 от 07.10.2024 «О мониторинге ЦМН»", base + "prikaz_141_monitoring.pdf"),
        "sp": ("Справка по итогам мониторинга, 24.12.2024", base + "spravka_itogi_2024.pdf"),
        "ku": ("Приказ № 93 от 02.09.2024 «О назначении кураторов»", base + "prikaz_93_kuratory.pdf"),
        "sg": ("Соглашения о сотрудничестве (4)", base + "soglasheniya_2024.pdf"),
        "zk": ("Приказ № 97 от 06.09.2024 «О закреплении наставников и наставляемых»", base + "prikaz_97_zakreplenie.pdf"),
        "pp": ("ПП наставничества 2024/25 (папка)", "https://disk.yandex.ru/d/L7kmb_PP_2024-25"),
        "an": ("Результаты анкетирования (декабрь 2024)", "https://forms.yandex.ru/cloud/admin/6751c2f8e010db1d7a0c0b4e/results"),
        "kp": ("Удостоверения КПК (хранятся в ОК)", None),
        "op": ("Положение об оплате труда работников (разд. 6, доплата за наставничество)", base + "polozhenie_oplata_truda.pdf"),
        "nm": ("Положение о нематериальном поощрении наставников от 30.08.2024", base + "polozhenie_nematerialnoe.pdf"),
        "sm": ("Приказ № 95 от 04.09.2024 «О ШМО наставников»", base + "prikaz_95_SHMO.pdf"),
    }
    ws["A1"] = "Сведения для мониторинга реализации ЦМН — 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:C1")
    ws["A2"] = "МБОУ «Лицей № 7»"
    ws["A2"].font = BOLD
    ws.merge_cells("A2:C2")
    for c, h in zip("ABC", ("Критерий", "Значение", "Подтверждающий документ")):
        ws[c + "4"] = h
        ws[c + "4"].font = BOLD
        ws[c + "4"].fill = HFILL
        ws[c + "4"].alignment = CENTER
    PCT = "0.00%"
    rows = [
        ("H", "Нормативное обеспечение"),
        ("orgs_regulation_teachers", "Положение о наставничестве пед. работников утв. приказом", "Да", "pt"),
        ("orgs_regulation_students", "Положение о наставничестве обучающихся утв. приказом", "Да", "ps"),
        ("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "Да", "mo"),
        ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "Да", "sp"),
        ("H", "Организация процесса"),
        ("curators_total", "Кураторов ЦМН (чел.)", 2, "ku"),
        ("agreements_edu_orgs", "Соглашения с образовательными орг-ми (наставники)", 2, "sg"),
        ("agreements_enterprises", "Соглашения с предприятиями (наставники)", 1, "sg"),
        ("agreements_other_orgs", "Соглашения с иными орг-ми (наставники)", 1, "sg"),
        ("partner_list", "С кем сотрудничаем по наставничеству", d["partner_list"], "sg"),
        ("mentors_total", "Наставники (приказ)", 44, "zk"),
        ("mentees_total", "Наставляемые (приказ)", 119, "zk"),
        ("H", "Персонализированные программы"),
        ("pp_total", "ПП по всем формам", 35, "pp"),
        ("pp_pupil_pupil", "ПП «ученик – ученик»", 15, "pp"),
        ("pp_teacher_teacher", "ПП «учитель – учитель»", 8, "pp"),
        ("pp_teacher_pupil", "ПП «учитель – ученик»", 9, "pp"),
        ("H", "Наставники из других организаций"),
        ("external_edu_mentors", "из образовательных организаций", 2, "zk"),
        ("enterprise_mentors", "с предприятий", 1, "zk"),
        ("other_org_mentors", "из иных организаций", 1, "zk"),
        ("H", "Обучающиеся"),
        ("students_10_19", "Обучающихся 10–19 лет", 655, None),
        ("mentees_10_19", "Наставляемых 10–19 лет", 88, "zk"),
        ("mentees_gifted", "в т.ч. «одарённые»", 27, "zk"),
        ("share_mentees_10_19", "Доля наставляемых 10–19 лет", ("frac", 88, 655), None),
        ("students_15_19", "Обучающихся 15–19 лет", 241, None),
        ("mentors_15_19", "Наставников 15–19 лет", 13, "zk"),
        ("share_mentors_15_19", "Доля наставников 15–19 лет", ("frac", 13, 241), None),
        ("satisfaction_mentees", "Удовлетворённость наставляемых", ("frac", 88, 100), "an"),
        ("satisfaction_mentors", "Удовлетворённость наставников", ("frac", 907, 1000), "an"),
        ("H", "Педагоги"),
        ("young_specialists", "Молодые специалисты", 8, None),
        ("young_specialists_mentees", "Молодые специалисты — наставляемые", 8, "zk"),
        ("teachers_other", "Другие педагоги (не МС)", 61, None),
        ("teachers_other_mentees", "Другие педагоги — наставляемые", 23, "zk"),
        ("share_teachers_mentees", "Доля педагогов-наставляемых", ("frac", 31, 69), None),
        ("teachers_mentors", "Педагоги — наставники", 27, "zk"),
        ("share_teachers_mentors", "Доля педагогов-наставников", ("frac", 27, 69), None),
        ("kpk_trained", "Прошли КПК по наставничеству", 6, "kp"),
        ("pay_acts", "Локальный акт об оплате наставничества", 1, "op"),
        ("nonmaterial_acts", "Локальный акт о нематериальном поощрении", 1, "nm"),
        (None, "Наставнических пар", 49, "zk"),
        (None, "Ответственный за заполнение", "Зорина М.Ю., 8-912-765-40-18", None),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.cell(r, 1).fill = SFILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            f.headings.append(row[1])
            r += 1
            continue
        crit, title, raw, key = row
        check_wording(title)
        ws.cell(r, 1, title).alignment = WRAP
        vc = ws.cell(r, 2)
        if isinstance(raw, tuple):
            vc.value = raw[1] / raw[2]
            vc.number_format = PCT if raw[2] != 100 and raw[2] != 1000 else "0.0%"
            typed = "%s/%s" % (raw[1], raw[2])
        else:
            vc.value = raw
            typed = raw
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if key:
            title_doc, url = D[key]
            lc = ws.cell(r, 3, title_doc)
            lc.alignment = WRAP
            if url:
                lc.hyperlink = url
                lc.font = LINKFONT
        if crit is None:
            f.not_criteria.append(title)
        else:
            exp = d[crit]
            if raw == "Да":
                exp = 1
            f.value(sheet, "B%d" % r, crit, exp, typed)
            if key:
                if url:
                    f.link(sheet, "C%d" % r, crit, url, "hyperlink", shown_text=title_doc)
                else:
                    f.nolink(sheet, "C%d" % r, crit, title_doc, "document title without a hyperlink")
        r += 1
    box(ws, "A4:C%d" % (r - 1))
    widths(ws, A=52, B=14, C=64)
    wb.save(TYPED / fname)
    f.done()


# =========================================================================== file 6
def file6():
    """Управление образования: «док. № N», list on its own sheet with «Реквизиты»; «док. № 12» is missing."""
    fname = "06_UO_Kamennoborsk_monitoring_CMN_2024.xlsx"
    d = MUNI
    f = Form(fname, None)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг МО"
    sheet = ws.title
    LIST = "Перечень документов"
    wl = wb.create_sheet(LIST)
    base = "https://uo.kamennoborsk-okrug.ru/deyatelnost/nastavnichestvo/"
    docs = [
        (1, "Приказ УО «О реализации целевой модели наставничества в ОО Каменноборского МО»", "от 28.08.2024 № 312", base + "prikaz_312_2024.pdf"),
        (2, "Сводный реестр локальных актов ОО по наставничеству", "2024", base + "reestr_LA_OO_2024.xlsx"),
        (3, "Информационно-аналитическая справка по итогам муниципального мониторинга ЦМН", "27.12.2024", base + "spravka_monitoring_2024.pdf"),
        (4, "Муниципальная база наставников и наставляемых (сводная)", "на 01.12.2024", base + "baza_nastavnikov_2024.xlsx"),
        (5, "Реестр соглашений о сотрудничестве ОО с организациями и предприятиями", "—", base + "reestr_soglasheniy.pdf"),
        (6, "Реестр персонализированных программ наставничества", "—", base + "reestr_PP_2024.xlsx"),
        (7, "Сведения о прохождении КПК по вопросам наставничества", "—", base + "kpk_2024.pdf"),
        (8, "Приказ УО «О создании городского методического объединения наставников»", "от 10.09.2024 № 330", base + "prikaz_330_GMO.pdf"),
        (9, "Публикации лучших практик (сайт Сообщества педагогов УР)", "—", "https://pedsovet18.ru/communities/nastavniki-kamennoborsk"),
        (10, "Приказ УО «О проведении муниципального конкурса «Наставник года – 2024»»", "от 15.02.2024 № 71", base + "prikaz_71_konkurs.pdf"),
        (11, "Приказ УО «О сетевом сообществе педагогов-наставников»", "от 12.01.2024 № 9", base + "prikaz_9_set.pdf"),
    ]
    wl["A1"] = "Перечень подтверждающих документов"
    wl["A1"].font = Font(bold=True, size=12)
    for c, h in zip("ABCD", ("№", "Наименование документа", "Дата, номер", "Ссылка")):
        wl[c + "3"] = h
        wl[c + "3"].font = BOLD
        wl[c + "3"].fill = HFILL
    list_row = {}
    for i, (n, t, req, u) in enumerate(docs):
        rr = 4 + i
        wl.cell(rr, 1, n)
        wl.cell(rr, 2, t).alignment = WRAP
        wl.cell(rr, 3, req)
        wl.cell(rr, 4, u)
        list_row[n] = rr
    box(wl, "A3:D%d" % (3 + len(docs)))
    widths(wl, A=5, B=66, C=20, D=70)

    ws["A1"] = ("Мониторинг реализации целевой модели наставничества педагогических работников и "
                "обучающихся в Каменноборском муниципальном округе за 2024 год")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = WRAP
    ws.merge_cells("A1:E1")
    ws.row_dimensions[1].height = 32
    ws["A2"] = "Управление образования Администрации Каменноборского муниципального округа"
    ws.merge_cells("A2:E2")
    for c, h in zip("ABCDE", ("№ п/п", "Наименование показателя", "Ед. изм.", "Значение за 2024 г.",
                              "Подтверждение (№ документа по перечню)")):
        ws[c + "4"] = h
        ws[c + "4"].font = BOLD
        ws[c + "4"].fill = HFILL
        ws[c + "4"].alignment = CENTER
    rows = [
        ("H", "1. Нормативное обеспечение"),
        ("1.1", "municipal_order", "Приказ УО о реализации ЦМН в округе (1 – да, 0 – нет)", "1/0", 1, "док. № 1"),
        ("1.2", "orgs_regulation_teachers", "ОО, утвердившие Положение о наставничестве педагогов", "ед.", 24, "док. № 2"),
        ("1.3", "orgs_regulation_students", "ОО, утвердившие Положение о наставничестве обучающихся", "ед.", 23, "док. № 2"),
        ("1.4", "orgs_monitoring_order", "ОО с приказом о мониторинге ЦМН", "ед.", 22, "док. № 2"),
        ("1.5", "municipal_analytic_note", "Аналитическая справка УО по итогам мониторинга (1/0)", "1/0", 1, "док. № 3"),
        ("H", "2. Организация процесса"),
        ("2.1", "curators_total", "Кураторов ЦМН в ОО округа", "чел.", 27, "док. № 4"),
        ("2.2", "agreements_edu_orgs", "Соглашений с др. ОО о предоставлении наставников", "ед.", 9, "док. № 5"),
        ("2.3", "agreements_enterprises", "Соглашений с предприятиями о предоставлении наставников", "ед.", 6, "док. № 5"),
        ("2.4", "agreements_other_orgs", "Соглашений с иными организациями", "ед.", 11, "док. № 5"),
        ("2.5", "partner_list", "Предприятия и организации — партнёры ОО по наставничеству", "перечень", d["partner_list"], "док. № 5"),
        ("2.6", "mentors_total", "Наставников в ОО (по приказам ОО)", "чел.", 512, "док. № 4"),
        ("2.7", "mentees_total", "Наставляемых в ОО (по приказам ОО)", "чел.", 1418, "док. № 4"),
        ("2.8", "orgs_total", "Подведомственных ОО, всего", "ед.", 24, ""),
        ("2.9", "share_orgs_teachers_system", "Доля ОО с системой наставничества педагогов", "%", d["share_orgs_teachers_system"], ""),
        ("2.10", "share_orgs_students_system", "Доля ОО с системой наставничества обучающихся", "%", d["share_orgs_students_system"], ""),
        ("2.11", "internal_monitoring_notes", "Справки ОО по внутреннему мониторингу", "ед.", 19, "док. № 3"),
        ("2.12", None, "ОО, разместившие раздел «Наставничество» на сайте", "ед.", 23, ""),
        ("H", "3. Персонализированные программы"),
        ("3.1", "pp_total", "ПП всего по округу", "ед.", 391, "док. № 6"),
        ("H", "4. Наставники из внешних организаций"),
        ("4.1", "external_edu_mentors", "из других образовательных организаций", "чел.", 14, "док. № 4"),
        ("4.2", "other_org_mentors", "из иных организаций", "чел.", 12, "док. № 4"),
        ("4.3", "enterprise_mentors", "из предприятий", "чел.", 9, "док. № 4"),
        ("H", "5. Обучающиеся 10–19 лет — наставляемые"),
        ("5.1", "students_10_19", "Обучающихся 10–19 лет в ОО округа", "чел.", 6840, ""),
        ("5.2", "mentees_10_19", "из них наставляемых", "чел.", 1015, "док. № 4"),
        ("5.3", "share_mentees_10_19", "Доля наставляемых 10–19 лет", "%", d["share_mentees_10_19"], ""),
        ("H", "6. Обучающиеся 15–19 лет — наставники"),
        ("6.1", "students_15_19", "Обучающихся 15–19 лет", "чел.", 2310, ""),
        ("6.2", "mentors_15_19", "из них наставников (по приказам)", "чел.", 148, "док. № 4"),
        ("6.3", "share_mentors_15_19", "Доля наставников 15–19 лет", "%", d["share_mentors_15_19"], ""),
        ("H", "7. Удовлетворённость"),
        ("7.1", "satisfaction_mentees", "Средний уровень удовлетворённости наставляемых", "%", 87.9, "док. № 3"),
        ("7.2", "satisfaction_mentors", "Средний уровень удовлетворённости наставников", "%", 90.3, "док. № 3"),
        ("H", "8. Педагоги — наставляемые"),
        ("8.1", "young_specialists", "Молодых специалистов в ОО (до 35 лет, до 3 лет стажа)", "чел.", 71, ""),
        ("8.2", "young_specialists_mentees", "МС — наставляемые", "чел.", 64, "док. № 4"),
        ("8.3", "teachers_other", "Педагогов в ОО, кроме МС", "чел.", 702, ""),
        ("8.4", "teachers_other_mentees", "Педагоги (кроме МС) — наставляемые", "чел.", 231, "док. № 4"),
        ("8.5", "share_teachers_mentees", "Доля педагогов — наставляемых (вкл. МС)", "%", d["share_teachers_mentees"], ""),
        ("H", "9. Профессиональное развитие"),
        ("9.1", "kpk_trained", "Педагогов, прошедших КПК по наставничеству в 2024 г.", "чел.", 46, "док. № 7"),
        ("9.2", "municipal_methodical_associations", "ГМО / РМО наставников", "ед.", 2, "док. № 8"),
        ("9.3", "school_methodical_associations", "ШМО наставников в ОО", "ед.", 21, "док. № 2"),
        ("H", "10. Педагоги — наставники"),
        ("10.1", "teachers_municipal", "Педагогических работников в округе, всего", "чел.", 773, ""),
        ("10.2", "young_specialists_municipal", "в т.ч. молодых специалистов", "чел.", 71, ""),
        ("10.3", "teachers_mentors", "Педагоги в роли наставника", "чел.", 318, "док. № 4"),
        ("10.4", "share_teachers_mentors", "Доля педагогов-наставников", "%", d["share_teachers_mentors"], ""),
        ("H", "11. Поощрение наставников"),
        ("11.1", "pay_acts", "Лок. актов ОО об оплате наставничества", "ед.", 17, "док. № 12"),
        ("11.2", "nonmaterial_acts", "Лок. актов ОО о нематериальном поощрении", "ед.", 22, "док. № 2"),
        ("H", "12–13. Распространение практик, сетевое наставничество"),
        ("12.1", "best_practices", "Лучших практик размещено в 2024 г.", "ед.", 5, "док. № 9"),
        ("12.2", "contests", "Муниципальных конкурсов по наставничеству в 2024 г.", "ед.", 2, "док. № 10"),
        ("13.1", "network_community", "Сетевое сообщество наставников (1 – есть, 0 – нет)", "1/0", 1, "док. № 11"),
        ("13.2", "network_mentors", "Сетевых наставников", "чел.", 14, "док. № 11"),
        ("", None, "Муниципальный координатор ЦМН", "ФИО", "Лекомцева О.В., гл. специалист УО", ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.cell(r, 1).fill = SFILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            f.headings.append(row[1])
            r += 1
            continue
        num, crit, title, unit, raw, ref = row
        check_wording(title)
        ws.cell(r, 1, num)
        ws.cell(r, 2, title).alignment = WRAP
        ws.cell(r, 3, unit).alignment = CENTER
        ws.cell(r, 4, raw).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        ws.cell(r, 5, ref).alignment = CENTER
        if crit is None:
            f.not_criteria.append(title)
        else:
            f.value(sheet, "D%d" % r, crit, d[crit], raw)
            m = re.fullmatch(r"док\. № (\d+)", ref)
            if m:
                k = int(m.group(1))
                if k in list_row:
                    f.link(LIST, "D%d" % list_row[k], crit, docs[k - 1][3], "value", ref_sheet=sheet,
                           ref_cell="E%d" % r, ref_text=ref, list_no_cell="A%d" % list_row[k], list_no=k)
                else:
                    f.nolink(sheet, "E%d" % r, crit, ref, "reference to a number the list does not have",
                             missing_no=k, list_sheet=LIST,
                             list_no_cells=["A%d" % list_row[j] for j in sorted(list_row)])
        r += 1
    box(ws, "A4:E%d" % (r - 1))
    ws.cell(r + 1, 2, "Начальник Управления образования __________ Н.А. Бабинцева")
    ws.cell(r + 2, 2, "27.12.2024")
    widths(ws, A=6, B=60, C=9, D=20, E=20)
    wb.save(TYPED / fname)
    f.done()


# =========================================================================== file 7
def file7():
    """Two rural schools in one workbook, a sheet each; the list sits beside the table (F–H)."""
    fname = "07_Lipovka_Kluchi_CMN_2024.xlsx"
    wb = Workbook()
    first = True
    specs = [
        ("Липовская ООШ", LIPOVKA, "https://lipovka-oosh.gosuslugi.ru/netcat_files/nastav/", "№ {}", [
            (1, "Приказ от 30.08.2024 № 61 «Об утверждении положений о наставничестве»", "prikaz_61.pdf"),
            (2, "Приказ от 02.09.2024 № 64 «О назначении куратора и мониторинге ЦМН»", "prikaz_64.pdf"),
            (3, "Приказ от 04.09.2024 № 66 «О закреплении наставнических пар»", "prikaz_66.pdf"),
            (4, "Справка о результатах мониторинга (декабрь 2024)", "spravka_2024.pdf"),
            (5, "Персонализированные программы (папка)", "https://disk.yandex.ru/d/lipovka-PP-24"),
        ], [
            ("H", "Нормативное обеспечение"),
            ("orgs_regulation_teachers", "Положение о наставничестве педагогов утв.", 1, 1),
            ("orgs_regulation_students", "Положение о наставничестве обучающихся утв.", 1, 1),
            ("orgs_monitoring_order", "Приказ о мониторинге", 1, 2),
            ("internal_monitoring_notes", "Справка по итогам мониторинга", 1, 4),
            ("H", "Организация"),
            ("curators_total", "Куратор ЦМН, чел.", 1, 2),
            ("mentors_total", "Наставники по приказу, чел.", 9, 3),
            ("mentees_total", "Наставляемые по приказу, чел.", 22, 3),
            ("external_edu_mentors", "Наставники из других школ (сетевое взаимодействие)", 1, 3),
            ("pp_total", "ПП всего", 7, 5),
            ("pp_pupil_pupil", "  у–у", 3, 5),
            ("pp_teacher_teacher", "  п–п", 2, 5),
            ("pp_teacher_pupil", "  п–у", 2, 5),
            ("H", "Обучающиеся"),
            (None, "Обучающихся в школе всего", 96, None),
            ("students_10_19", "из них 10–19 лет", 58, None),
            ("mentees_10_19", "Наставляемые 10–19 лет", 15, 3),
            ("mentees_risk", "  «группа риска»", 3, 3),
            ("share_mentees_10_19", "Доля наставляемых 10–19, %", None, None),
            ("students_15_19", "Обучающихся 15–19 лет", 9, None),
            ("mentors_15_19", "Наставники-обучающиеся 15–19 лет", 2, 3),
            ("share_mentors_15_19", "Доля наставников 15–19, %", None, None),
            ("satisfaction_mentees", "Удовлетворённость наставляемых, %", 90, 4),
            ("satisfaction_mentors", "Удовлетворённость наставников, %", 94, 4),
            ("H", "Педагоги"),
            ("young_specialists", "Молодые специалисты", 2, None),
            ("young_specialists_mentees", "МС-наставляемые", 2, 3),
            ("teachers_other", "Остальные педагоги", 13, None),
            ("teachers_other_mentees", "Остальные педагоги — наставляемые", 5, 3),
            ("teachers_mentors", "Педагоги-наставники", 6, 3),
        ]),
        ("Ключевская СОШ", KLUCHI, "https://kluchi-sosh.gosuslugi.ru/netcat_files/docs/nastavnichestvo/", "д.{}", [
            (1, "Положения о наставничестве (педагоги, обучающиеся), приказ от 29.08.2024 № 115", "polozheniya_115.pdf"),
            (2, "Приказ от 29.08.2024 № 116 «О назначении куратора ЦМН»", "prikaz_116.pdf"),
            (3, "Приказ от 03.09.2024 № 121 «О закреплении наставников»", "prikaz_121.pdf"),
            (4, "Приказ от 01.10.2024 № 140 «О мониторинге реализации ЦМН»", "prikaz_140.pdf"),
            (5, "Справка по итогам мониторинга и анкетирования", "spravka_itog_2024.pdf"),
            (6, "Договор с СПК «Колхоз «Заря» о наставничестве", "dogovor_zarya.pdf"),
            (7, "ПП наставничества", "PP_2024.zip"),
        ], [
            ("H", "1. Нормативная база"),
            ("orgs_regulation_teachers", "Положение о наставничестве педагогов", "да", 1),
            ("orgs_regulation_students", "Положение о наставничестве обучающихся", "да", 1),
            ("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "да", 4),
            ("internal_monitoring_notes", "Справка по итогам мониторинга в ОО", "да", 5),
            ("H", "2. Организация"),
            ("curators_total", "Куратор", 1, 2),
            ("agreements_enterprises", "Соглашения с предприятиями", 1, 6),
            ("partner_list", "Предприятие-партнёр", KLUCHI["partner_list"], 6),
            ("mentors_total", "Наставников (приказ)", 14, 3),
            ("mentees_total", "Наставляемых (приказ)", 39, 3),
            ("enterprise_mentors", "из них наставники от предприятия", 1, 3),
            (None, "Совместных мероприятий с СПК «Заря» (профпробы, экскурсии)", 4, 6),
            ("H", "3. ПП"),
            ("pp_total", "ПП, всего", 12, 7),
            ("pp_pupil_pupil", "ученик–ученик", 5, 7),
            ("pp_teacher_teacher", "учитель–учитель", 3, 7),
            ("pp_teacher_pupil", "учитель–ученик", 3, 7),
            ("H", "4. Обучающиеся"),
            ("students_10_19", "Детей 10–19 лет", 141, None),
            ("mentees_10_19", "Детей 10–19 лет — наставляемых", 28, 3),
            ("mentees_risk", "группа риска", 5, 3),
            ("mentees_low_motivation", "низкая мотивация", 7, 3),
            ("share_mentees_10_19", "% охвата 10–19", None, None),
            ("students_15_19", "Детей 15–19 лет", 38, None),
            ("mentors_15_19", "Детей 15–19 лет — наставников", 4, 3),
            ("share_mentors_15_19", "% наставников 15–19", None, None),
            ("satisfaction_mentees", "Удовл. наставляемых", 85, 5),
            ("H", "5. Педагоги"),
            ("young_specialists", "МС", 3, None),
            ("young_specialists_mentees", "МС — наставляемые", 3, 3),
            ("teachers_other", "Педагоги (без МС)", 21, None),
            ("teachers_other_mentees", "Педагоги (без МС) — наставляемые", 8, 3),
            ("share_teachers_mentees", "% педагогов — наставляемых", None, None),
            ("teachers_mentors", "Педагоги — наставники", 9, 3),
            ("kpk_trained", "КПК по наставничеству", 1, 8),
        ]),
    ]
    for sheet_title, d, base, fmt, docs, rows in specs:
        if first:
            ws = wb.active
            ws.title = sheet_title
            first = False
        else:
            ws = wb.create_sheet(sheet_title)
        f = Form(fname, d["name"], sheet=sheet_title)
        ws["A1"] = "Мониторинг ЦМН за 2024 год"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = d["name"]
        ws["A2"].font = BOLD
        for c, h in zip("ABCD", ("№", "Показатель", "Значение", "Док.")):
            ws[c + "4"] = h
            ws[c + "4"].font = BOLD
            ws[c + "4"].fill = HFILL
            ws[c + "4"].alignment = CENTER
        ws["F3"] = "Перечень подтверждающих документов"
        ws["F3"].font = BOLD
        for c, h in zip("FGH", ("№", "Наименование документа", "Ссылка")):
            ws[c + "4"] = h
            ws[c + "4"].font = BOLD
            ws[c + "4"].fill = HFILL
        list_row = {}
        for i, (n, t, u) in enumerate(docs):
            rr = 5 + i
            url = u if u.startswith("http") else base + u
            ws.cell(rr, 6, n)
            ws.cell(rr, 7, t).alignment = WRAP
            ws.cell(rr, 8, url)
            list_row[n] = (rr, url)
        box(ws, "F4:H%d" % (4 + len(docs)))
        r = 5
        n = 0
        for row in rows:
            if row[0] == "H":
                ws.cell(r, 1, row[1]).font = BOLD
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
                f.headings.append(row[1])
                r += 1
                continue
            crit, title, raw, k = row
            check_wording(title)
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 2, title).alignment = WRAP
            if raw is None:           # a share: typed as a rounded number
                raw = comma(d[crit])
            ws.cell(r, 3, raw).alignment = Alignment(horizontal="center", vertical="top")
            ref = fmt.format(k) if k else ""
            ws.cell(r, 4, ref).alignment = CENTER
            if crit is None:
                f.not_criteria.append(title)
            else:
                exp = d[crit]
                if raw == "да":
                    exp = 1
                f.value(sheet_title, "C%d" % r, crit, exp, raw)
                if k:
                    if k in list_row:
                        rr, url = list_row[k]
                        f.link(sheet_title, "H%d" % rr, crit, url, "value", ref_sheet=sheet_title,
                               ref_cell="D%d" % r, ref_text=ref, list_no_cell="F%d" % rr, list_no=k)
                    else:
                        f.nolink(sheet_title, "D%d" % r, crit, ref,
                                 "reference to a number the list does not have", missing_no=k,
                                 list_sheet=sheet_title,
                                 list_no_cells=["F%d" % list_row[j][0] for j in sorted(list_row)])
            r += 1
        box(ws, "A4:D%d" % (r - 1))
        ws.cell(r + 1, 2, "Директор ______________")
        widths(ws, A=5, B=46, C=12, D=8, E=3, F=5, G=56, H=64)
        f.done()
    wb.save(TYPED / fname)


def main():
    TYPED.mkdir(exist_ok=True)
    for p in TYPED.glob("*.xlsx"):
        p.unlink()
    CELLS.clear()
    EXPECTED.clear()
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(HERE / "cells.json", "w", encoding="utf-8") as fh:
        json.dump({"cells": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    files = len({e["file"] for e in EXPECTED})
    print("files %d, forms %d, values %d, links %d" % (files, len(EXPECTED), nv, nl))


if __name__ == "__main__":
    main()
