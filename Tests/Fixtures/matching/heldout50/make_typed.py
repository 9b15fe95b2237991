#!/usr/bin/env python3
"""Held-out set 50: several answers packed into one cell.

Invented municipality: Усть-Ветлужский муниципальный округ (centre: г. Ветлужанск).
Writes typed/*.xlsx, expected.json and cells.json.  Fixed data, no randomness.

Every value is registered together with the cell that holds it.  For a cell holding
text, the registration also names the `fragment` of the cell text that carries the
value and the `token` inside that fragment that is the value as typed (a number,
«да»/«нет», a word such as «одной»).  make_typed checks that fragment and token are
really in the cell; selfcheck.py re-reads the workbooks and checks them again.
"""
import csv
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")

with open(CRITERIA, encoding="utf-8") as fh:
    CAT = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}

EXPECTED = []
CELLS = []

WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


class Form:
    def __init__(self, fname, sheet, orgs, multi=False):
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = sheet
        self.sheet = sheet
        self.fname = fname
        self.orgs = orgs
        self.multi = multi
        self.values = [dict() for _ in orgs]
        self.links = [dict() for _ in orgs]
        self.not_criteria = []
        self.headings = []
        self.resave = False

    # -- writing ---------------------------------------------------------
    def put(self, ref, v, fmt=None, bold=False):
        c = self.ws[ref]
        c.value = v
        if fmt:
            c.number_format = fmt
        if isinstance(v, str) and "\n" in v or isinstance(v, str) and len(v) > 40:
            c.alignment = WRAP
        else:
            c.alignment = TOP
        if bold:
            c.font = Font(bold=True)
        return c

    def row(self, r, cols, values, **kw):
        for col, v in zip(cols, values):
            if v is not None:
                self.put(f"{col}{r}", v, **kw)

    def widths(self, **w):
        for col, width in w.items():
            self.ws.column_dimensions[col].width = width

    # -- registering ------------------------------------------------------
    def val(self, ref, crit, expected, frag=None, tok=None, org=0):
        assert crit in CAT, crit
        cell = self.ws[ref].value
        assert cell is not None, (self.fname, ref)
        if frag is None and isinstance(cell, str) and not isinstance(expected, str):
            frag = tok = cell          # a one-word answer such as «Да» / «нет»
        if frag is not None:
            if tok is None:
                assert isinstance(expected, int), (crit, expected)
                tok = str(expected)
            assert isinstance(cell, str) and frag in cell, (self.fname, ref, frag)
            assert tok in frag, (self.fname, ref, frag, tok)
        assert crit not in self.values[org], (self.fname, crit)
        self.values[org][crit] = expected
        CELLS.append({"file": f"typed/{self.fname}", "sheet": self.sheet, "cell": ref,
                      "organisation": self.orgs[org], "criterion": crit, "kind": "value",
                      "expected": expected, "fragment": frag, "token": tok})

    def link(self, ref, crits, url, org=0):
        cell = self.ws[ref].value
        assert isinstance(cell, str) and url in cell, (self.fname, ref, url)
        for crit in crits:
            assert crit in CAT, crit
            assert CAT[crit]["needs_source"] == "yes", crit
            assert crit in self.values[org], (self.fname, crit, "link without value")
            assert crit not in self.links[org]
            self.links[org][crit] = url
            CELLS.append({"file": f"typed/{self.fname}", "sheet": self.sheet, "cell": ref,
                          "organisation": self.orgs[org], "criterion": crit, "kind": "link",
                          "expected": url, "fragment": None, "token": None})

    def save(self):
        path = os.path.join(TYPED, self.fname)
        if self.resave:
            # an export that went through LibreOffice (as a regional system's export does)
            with tempfile.TemporaryDirectory() as tmp:
                raw = os.path.join(tmp, self.fname)
                self.wb.save(raw)
                out = os.path.join(tmp, "out")
                os.mkdir(out)
                subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.copy(os.path.join(out, self.fname), path)
        else:
            self.wb.save(path)
        if self.multi:
            EXPECTED.append({"file": f"typed/{self.fname}", "year": 2024, "organisation": self.orgs,
                             "values": self.values, "links": self.links,
                             "not_criteria": self.not_criteria, "headings": self.headings})
        else:
            EXPECTED.append({"file": f"typed/{self.fname}", "year": 2024, "organisation": self.orgs[0],
                             "values": self.values[0], "links": self.links[0],
                             "not_criteria": self.not_criteria, "headings": self.headings})


# =========================================================================
# 01  МБОУ «СОШ № 3» — export of the regional system's free-text answers,
#     one cell per direction, «; »-separated, re-saved through LibreOffice
# =========================================================================
def f01():
    org = "МБОУ «СОШ № 3» г. Ветлужанска"
    f = Form("01_sosh3_vygruzka_ris.xlsx", "Выгрузка", [org])
    f.resave = True
    u = "https://sosh3-vetluzhansk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    f.put("A1", "Региональная информационная система «Наставничество» — выгрузка ответов образовательной организации", bold=True)
    f.put("A2", f"Организация: {org} (Усть-Ветлужский муниципальный округ)")
    f.put("A3", "Отчётный год: 2024")
    f.put("A4", "Дата выгрузки: 15.01.2025 09:41")
    f.row(6, "ABCDE", ["№ п/п", "Направление мониторинга", "Ответ ОО (свободный текст)",
                       "Подтверждающие документы", "Изменено"], bold=True)
    f.widths(A=7, B=34, C=90, D=70, E=12)

    r = 7
    f.row(r, "ABCDE", [1, "Нормативно-правовое обеспечение",
        "положение о наставничестве пед. работников — да; положение о наставничестве обучающихся — да; "
        "приказ о мониторинге ЦМН — да; справка по итогам внутреннего мониторинга — да",
        f"{u}polozhenie_pedagogi_2024.pdf; {u}polozhenie_obuchayushchiesya_2024.pdf; "
        f"{u}prikaz_monitoring_cmn_2024.pdf; {u}spravka_vnutr_monitoring_2024.pdf", "12.12.2024"])
    f.val(f"C{r}", "orgs_regulation_teachers", 1, "положение о наставничестве пед. работников — да", "да")
    f.val(f"C{r}", "orgs_regulation_students", 1, "положение о наставничестве обучающихся — да", "да")
    f.val(f"C{r}", "orgs_monitoring_order", 1, "приказ о мониторинге ЦМН — да", "да")
    f.val(f"C{r}", "internal_monitoring_notes", 1, "справка по итогам внутреннего мониторинга — да", "да")
    f.link(f"D{r}", ["orgs_regulation_teachers"], f"{u}polozhenie_pedagogi_2024.pdf")
    f.link(f"D{r}", ["orgs_regulation_students"], f"{u}polozhenie_obuchayushchiesya_2024.pdf")
    f.link(f"D{r}", ["orgs_monitoring_order"], f"{u}prikaz_monitoring_cmn_2024.pdf")
    f.link(f"D{r}", ["internal_monitoring_notes"], f"{u}spravka_vnutr_monitoring_2024.pdf")

    r = 8
    f.row(r, "ABCDE", [2, "Кадровое обеспечение, база наставников и наставляемых",
        "кураторов — 1; наставников — 25; наставляемых — 71, из них 15–19 лет — 18; молодых специалистов — 3 "
        "(план на 2025 г.: наставников — 30)",
        f"приказ о назначении куратора: {u}prikaz_kurator_2024.pdf; приказ о закреплении наставнических пар: "
        f"{u}prikaz_pary_2024.pdf", "12.12.2024"])
    f.val(f"C{r}", "curators_total", 1, "кураторов — 1")
    f.val(f"C{r}", "mentors_total", 25, "наставников — 25")
    f.val(f"C{r}", "mentees_total", 71, "наставляемых — 71")
    f.link(f"D{r}", ["curators_total"], f"{u}prikaz_kurator_2024.pdf")
    f.link(f"D{r}", ["mentors_total", "mentees_total"], f"{u}prikaz_pary_2024.pdf")
    f.not_criteria += ["из них 15–19 лет — 18", "план на 2025 г.: наставников — 30"]

    r = 9
    f.row(r, "ABCDE", [3, "Взаимодействие с партнёрами",
        "соглашений с другими ОО — 1; с предприятиями — 1; с иными организациями — 0; "
        "партнёры: МБОУ «Лицей № 1», АО «Ветлужский леспромхоз»",
        f"{u}soglasheniya_2024.pdf", "10.12.2024"])
    f.val(f"C{r}", "agreements_edu_orgs", 1, "соглашений с другими ОО — 1")
    f.val(f"C{r}", "agreements_enterprises", 1, "с предприятиями — 1")
    f.val(f"C{r}", "agreements_other_orgs", 0, "с иными организациями — 0")
    f.val(f"C{r}", "partner_list", "МБОУ «Лицей № 1», АО «Ветлужский леспромхоз»",
          "партнёры: МБОУ «Лицей № 1», АО «Ветлужский леспромхоз»",
          "МБОУ «Лицей № 1», АО «Ветлужский леспромхоз»")
    f.link(f"D{r}", ["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs", "partner_list"],
           f"{u}soglasheniya_2024.pdf")

    r = 10
    f.row(r, "ABCDE", [4, "Персонализированные программы наставничества",
        "всего ПП — 14: ученик–ученик — 5, учитель–учитель — 4, руководитель–педагог — 1, учитель–ученик — 3, "
        "студент–ученик — 0, студент–студент — 0, иная форма — 1 (работодатель–ученик)",
        f"{u}reestr_pp_2024.pdf", "10.12.2024"])
    pp = [("pp_total", 14, "всего ПП — 14"), ("pp_pupil_pupil", 5, "ученик–ученик — 5"),
          ("pp_teacher_teacher", 4, "учитель–учитель — 4"), ("pp_head_teacher", 1, "руководитель–педагог — 1"),
          ("pp_teacher_pupil", 3, "учитель–ученик — 3"), ("pp_student_pupil", 0, "студент–ученик — 0"),
          ("pp_student_student", 0, "студент–студент — 0"), ("pp_other", 1, "иная форма — 1")]
    for crit, v, frag in pp:
        f.val(f"C{r}", crit, v, frag)
    f.link(f"D{r}", [c for c, _, _ in pp], f"{u}reestr_pp_2024.pdf")

    r = 11
    f.row(r, "ABCDE", [5, "Обучающиеся 10–19 лет в роли наставляемых",
        "обучающихся 10–19 лет — 512; из них наставляемых — 62 (12,1 %): группа риска — 9, ОВЗ и дети-инвалиды — 4, "
        "одарённые — 11, низкая мотивация/неуспеваемость — 15, выбор профессии и траектории — 17, по иным параметрам — 6",
        f"{u}baza_nastavlyaemyh_2024.pdf", "11.12.2024"])
    f.val(f"C{r}", "students_10_19", 512, "обучающихся 10–19 лет — 512")
    f.val(f"C{r}", "mentees_10_19", 62, "из них наставляемых — 62")
    f.val(f"C{r}", "share_mentees_10_19", 12.1, "(12,1 %)", "12,1 %")
    cats = [("mentees_risk", 9, "группа риска — 9"), ("mentees_disabled", 4, "ОВЗ и дети-инвалиды — 4"),
            ("mentees_gifted", 11, "одарённые — 11"), ("mentees_low_motivation", 15, "низкая мотивация/неуспеваемость — 15"),
            ("mentees_career", 17, "выбор профессии и траектории — 17"), ("mentees_other_params", 6, "по иным параметрам — 6")]
    for crit, v, frag in cats:
        f.val(f"C{r}", crit, v, frag)
    f.link(f"D{r}", ["mentees_10_19"] + [c for c, _, _ in cats], f"{u}baza_nastavlyaemyh_2024.pdf")

    r = 12
    f.row(r, "ABCDE", [6, "Обучающиеся 15–19 лет в роли наставников",
        "всего 15–19 лет — 118; наставников из них — 8; доля — 6,8 %",
        f"{u}baza_nastavnikov_2024.pdf", "11.12.2024"])
    f.val(f"C{r}", "students_15_19", 118, "всего 15–19 лет — 118")
    f.val(f"C{r}", "mentors_15_19", 8, "наставников из них — 8")
    f.val(f"C{r}", "share_mentors_15_19", 6.8, "доля — 6,8 %", "6,8 %")
    f.link(f"D{r}", ["mentors_15_19"], f"{u}baza_nastavnikov_2024.pdf")

    r = 13
    f.row(r, "ABCDE", [7, "Удовлетворённость участников завершённых программ",
        "наставляемые — 91 %; наставники — 88 %", f"{u}anketirovanie_itogi_2024.pdf", "16.12.2024"])
    f.val(f"C{r}", "satisfaction_mentees", 91, "наставляемые — 91 %", "91")
    f.val(f"C{r}", "satisfaction_mentors", 88, "наставники — 88 %", "88")
    f.link(f"D{r}", ["satisfaction_mentees", "satisfaction_mentors"], f"{u}anketirovanie_itogi_2024.pdf")

    r = 14
    f.row(r, "ABCDE", [8, "Педагоги в роли наставляемых",
        "молодых специалистов (до 35 лет, стаж до 3 лет) — 3, из них наставляемые — 3 (100 %); "
        "остальных педагогов — 41, из них наставляемых — 6; доля педагогов-наставляемых — 20,5 %",
        f"{u}prikaz_pary_2024.pdf", "16.12.2024"])
    f.val(f"C{r}", "young_specialists", 3, "молодых специалистов (до 35 лет, стаж до 3 лет) — 3")
    f.val(f"C{r}", "young_specialists_mentees", 3, "из них наставляемые — 3")
    f.val(f"C{r}", "share_young_specialists_mentees", 100, "(100 %)", "100 %")
    f.val(f"C{r}", "teachers_other", 41, "остальных педагогов — 41")
    f.val(f"C{r}", "teachers_other_mentees", 6, "из них наставляемых — 6")
    f.val(f"C{r}", "share_teachers_mentees", 20.5, "доля педагогов-наставляемых — 20,5 %", "20,5 %")
    f.link(f"D{r}", ["young_specialists_mentees", "teachers_other_mentees"], f"{u}prikaz_pary_2024.pdf")

    r = 15
    f.row(r, "ABCDE", [9, "Педагоги в роли наставников",
        "педагогов-наставников — 14, в т.ч. молодых специалистов — 0; доля от всех педагогов — 31,8 %",
        f"{u}prikaz_pary_2024.pdf", "16.12.2024"])
    f.val(f"C{r}", "teachers_mentors", 14, "педагогов-наставников — 14")
    f.val(f"C{r}", "young_specialists_mentors", 0, "в т.ч. молодых специалистов — 0")
    f.val(f"C{r}", "share_teachers_mentors", 31.8, "доля от всех педагогов — 31,8 %", "31,8 %")
    f.link(f"D{r}", ["teachers_mentors", "young_specialists_mentors"], f"{u}prikaz_pary_2024.pdf")

    r = 16
    f.row(r, "ABCDE", [10, "Профессиональное развитие",
        "педагогов в ПП — 9; прошли КПК по наставничеству в 2024 г. — 3; ШМО наставников — 1; "
        "стажёров на стажёрской площадке — 0",
        f"{u}shmo_nastavnikov_2024.pdf", "17.12.2024"])
    f.val(f"C{r}", "teachers_in_pp", 9, "педагогов в ПП — 9")
    f.val(f"C{r}", "kpk_trained", 3, "прошли КПК по наставничеству в 2024 г. — 3")
    f.val(f"C{r}", "school_methodical_associations", 1, "ШМО наставников — 1")
    f.val(f"C{r}", "trainees_internship", 0, "стажёров на стажёрской площадке — 0")
    f.link(f"D{r}", ["teachers_in_pp", "kpk_trained", "school_methodical_associations", "trainees_internship"],
           f"{u}shmo_nastavnikov_2024.pdf")
    f.not_criteria += ["Изменено", "Дата выгрузки: 15.01.2025 09:41"]
    f.save()


# =========================================================================
# 02  МБОУ «Лицей № 1» — deputy head's summary, answers on separate lines
#     of one cell (Alt+Enter), with ordinary one-value rows mixed in
# =========================================================================
def f02():
    org = "МБОУ «Лицей № 1» г. Ветлужанска"
    f = Form("02_licey1_svodka_zamdir.xlsx", "Наставничество 2024", [org])
    u = "https://licey1-vetluzhansk.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    y = "https://disk.yandex.ru/d/Lc1_sogl_2024"
    f.put("A1", org, bold=True)
    f.put("A2", "Сводная информация о реализации целевой модели наставничества за 2024 год", bold=True)
    f.put("A3", "Подготовила: зам. директора по УВР Т. А. Кочурова, 20.12.2024")
    f.row(5, "ABC", ["Раздел", "Данные", "Ссылки на документы"], bold=True)
    f.widths(A=38, B=62, C=78)

    r = 6
    f.row(r, "ABC", ["Документы",
        "Положение о наставничестве педагогов — есть\n"
        "Положение о наставничестве обучающихся — есть\n"
        "Приказ о мониторинге — есть\n"
        "Дорожная карта 2024–2025 — есть\n"
        "Справка по итогам внутреннего мониторинга — нет (готовим к январю)",
        f"{u}polozhenie_ped.pdf\n{u}polozhenie_obuch.pdf\n{u}prikaz_monitoring_2024.pdf\n"
        f"{u}dorozhnaya_karta_2024-2025.pdf\n—"])
    f.val(f"B{r}", "orgs_regulation_teachers", 1, "Положение о наставничестве педагогов — есть", "есть")
    f.val(f"B{r}", "orgs_regulation_students", 1, "Положение о наставничестве обучающихся — есть", "есть")
    f.val(f"B{r}", "orgs_monitoring_order", 1, "Приказ о мониторинге — есть", "есть")
    f.val(f"B{r}", "internal_monitoring_notes", 0, "Справка по итогам внутреннего мониторинга — нет", "нет")
    f.link(f"C{r}", ["orgs_regulation_teachers"], f"{u}polozhenie_ped.pdf")
    f.link(f"C{r}", ["orgs_regulation_students"], f"{u}polozhenie_obuch.pdf")
    f.link(f"C{r}", ["orgs_monitoring_order"], f"{u}prikaz_monitoring_2024.pdf")
    f.not_criteria.append("Дорожная карта 2024–2025 — есть")

    r = 7
    f.row(r, "ABC", ["Куратор ЦМН (чел.)", 1, f"{u}prikaz_kurator.pdf"])
    f.val(f"B{r}", "curators_total", 1)
    f.link(f"C{r}", ["curators_total"], f"{u}prikaz_kurator.pdf")

    r = 8
    f.row(r, "ABC", ["Наставники и наставляемые (приказ № 88 от 30.08.2024)",
        "Наставников — 46\nНаставляемых — 118\n(в 2023 г. было 39 и 102)", f"{u}prikaz_88_nastavniki.pdf"])
    f.val(f"B{r}", "mentors_total", 46, "Наставников — 46")
    f.val(f"B{r}", "mentees_total", 118, "Наставляемых — 118")
    f.link(f"C{r}", ["mentors_total", "mentees_total"], f"{u}prikaz_88_nastavniki.pdf")
    f.not_criteria.append("(в 2023 г. было 39 и 102)")

    r = 9
    f.row(r, "ABC", ["Кто наставники",
        "Педагоги — 18 (из них молодые специалисты — 2)\n"
        "Обучающиеся 15–19 лет — 22\n"
        "Из техникума — 3\n"
        "Из ООО «ВетлугаАгро» — 2\n"
        "Из библиотеки — 1", f"{u}prikaz_88_nastavniki.pdf"])
    f.val(f"B{r}", "teachers_mentors", 18, "Педагоги — 18")
    f.val(f"B{r}", "young_specialists_mentors", 2, "из них молодые специалисты — 2")
    f.val(f"B{r}", "mentors_15_19", 22, "Обучающиеся 15–19 лет — 22")
    f.val(f"B{r}", "external_edu_mentors", 3, "Из техникума — 3")
    f.val(f"B{r}", "enterprise_mentors", 2, "Из ООО «ВетлугаАгро» — 2")
    f.val(f"B{r}", "other_org_mentors", 1, "Из библиотеки — 1")
    f.link(f"C{r}", ["teachers_mentors", "young_specialists_mentors", "mentors_15_19", "external_edu_mentors",
                     "enterprise_mentors", "other_org_mentors"], f"{u}prikaz_88_nastavniki.pdf")

    r = 10
    f.row(r, "ABC", ["Соглашения о сотрудничестве",
        "С образовательными организациями — 1\nС предприятиями — 1\nС иными организациями — 1", y])
    f.val(f"B{r}", "agreements_edu_orgs", 1, "С образовательными организациями — 1")
    f.val(f"B{r}", "agreements_enterprises", 1, "С предприятиями — 1")
    f.val(f"B{r}", "agreements_other_orgs", 1, "С иными организациями — 1")
    f.link(f"C{r}", ["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"], y)

    r = 11
    partners = ("ГБПОУ «Ветлужанский аграрно-технологический техникум»\nООО «ВетлугаАгро»\n"
                "МБУК «Ветлужанская центральная библиотека»")
    f.row(r, "ABC", ["Партнёры", partners, y])
    f.val(f"B{r}", "partner_list", partners)
    f.link(f"C{r}", ["partner_list"], y)

    r = 12
    f.row(r, "ABC", ["Персонализированные программы",
        "Всего — 21\nученик – ученик: 9\nучитель – учитель: 5\nруководитель – педагог: 1\nучитель – ученик: 6",
        f"{u}reestr_pp_2024.pdf"])
    pp = [("pp_total", 21, "Всего — 21"), ("pp_pupil_pupil", 9, "ученик – ученик: 9"),
          ("pp_teacher_teacher", 5, "учитель – учитель: 5"), ("pp_head_teacher", 1, "руководитель – педагог: 1"),
          ("pp_teacher_pupil", 6, "учитель – ученик: 6")]
    for crit, v, frag in pp:
        f.val(f"B{r}", crit, v, frag)
    f.link(f"C{r}", [c for c, _, _ in pp], f"{u}reestr_pp_2024.pdf")

    r = 13
    f.row(r, "ABC", ["Обучающиеся 10–19 лет",
        "Всего: 684\nНаставляемые: 97\nДоля: 14,18 %\n"
        "из них: группа риска — 12, ОВЗ — 3, одарённые — 30, низкая мотивация — 19, профориентация — 28, иное — 5",
        f"{u}baza_nastavlyaemyh_2024.pdf"])
    f.val(f"B{r}", "students_10_19", 684, "Всего: 684")
    f.val(f"B{r}", "mentees_10_19", 97, "Наставляемые: 97")
    f.val(f"B{r}", "share_mentees_10_19", 14.18, "Доля: 14,18 %", "14,18 %")
    cats = [("mentees_risk", 12, "группа риска — 12"), ("mentees_disabled", 3, "ОВЗ — 3"),
            ("mentees_gifted", 30, "одарённые — 30"), ("mentees_low_motivation", 19, "низкая мотивация — 19"),
            ("mentees_career", 28, "профориентация — 28"), ("mentees_other_params", 5, "иное — 5")]
    for crit, v, frag in cats:
        f.val(f"B{r}", crit, v, frag)
    f.link(f"C{r}", ["mentees_10_19"] + [c for c, _, _ in cats], f"{u}baza_nastavlyaemyh_2024.pdf")

    r = 14
    f.row(r, "AB", ["Обучающихся 15–19 лет (всего, чел.)", 201])
    f.val(f"B{r}", "students_15_19", 201)
    r = 15
    f.row(r, "AB", ["Доля наставников среди обучающихся 15–19 лет", 0.1095])
    f.ws[f"B{r}"].number_format = "0.00%"
    f.val(f"B{r}", "share_mentors_15_19", 10.95)

    r = 16
    f.row(r, "ABC", ["Удовлетворённость (завершённые программы)",
        "Наставники — 94 %\nНаставляемые — 90 %", f"{u}anketa_udovl_2024.pdf"])
    f.val(f"B{r}", "satisfaction_mentors", 94, "Наставники — 94 %", "94")
    f.val(f"B{r}", "satisfaction_mentees", 90, "Наставляемые — 90 %", "90")
    f.link(f"C{r}", ["satisfaction_mentors", "satisfaction_mentees"], f"{u}anketa_udovl_2024.pdf")

    r = 17
    f.row(r, "ABC", ["Педагоги",
        "Молодые специалисты: 7, в программе наставляемыми все 7\n"
        "Другие педагоги: 52, из них наставляемые — 4\n"
        "Доля педагогов-наставляемых: 18,6 %\n"
        "Доля молодых специалистов-наставников: 28,6 %", f"{u}prikaz_88_nastavniki.pdf"])
    f.val(f"B{r}", "young_specialists", 7, "Молодые специалисты: 7")
    f.val(f"B{r}", "young_specialists_mentees", 7, "наставляемыми все 7")
    f.val(f"B{r}", "teachers_other", 52, "Другие педагоги: 52")
    f.val(f"B{r}", "teachers_other_mentees", 4, "из них наставляемые — 4")
    f.val(f"B{r}", "share_teachers_mentees", 18.6, "Доля педагогов-наставляемых: 18,6 %", "18,6 %")
    f.val(f"B{r}", "share_young_specialists_mentors", 28.6, "Доля молодых специалистов-наставников: 28,6 %", "28,6 %")
    f.link(f"C{r}", ["young_specialists_mentees", "teachers_other_mentees"], f"{u}prikaz_88_nastavniki.pdf")

    r = 18
    f.row(r, "ABC", ["Стимулирование наставников",
        "Положение об оплате наставничества — 1\nПоложение о нематериальном поощрении — 1",
        f"{u}polozhenie_stimulirovanie.pdf"])
    f.val(f"B{r}", "pay_acts", 1, "Положение об оплате наставничества — 1")
    f.val(f"B{r}", "nonmaterial_acts", 1, "Положение о нематериальном поощрении — 1")
    f.link(f"C{r}", ["pay_acts", "nonmaterial_acts"], f"{u}polozhenie_stimulirovanie.pdf")
    f.save()


# =========================================================================
# 03  МБОУ «СОШ № 5» — an information note: the numbers are inside sentences
# =========================================================================
def f03():
    org = "МБОУ «СОШ № 5» г. Ветлужанска"
    f = Form("03_sosh5_spravka_tekstom.xlsx", "Справка", [org])
    u = "https://sosh5-vetluzhansk.edu.ru/docs/nastavnichestvo/"
    f.put("A1", f"Информационная справка о реализации целевой модели наставничества в {org} за 2024 год", bold=True)
    f.put("A2", "Усть-Ветлужский муниципальный округ")
    f.row(4, "ABCD", ["№", "Направление", "Информация", "Подтверждающий документ"], bold=True)
    f.widths(A=5, B=30, C=100, D=62)

    r = 5
    f.row(r, "ABC", [1, "Нормативная база",
        f"Положения о системе наставничества педагогических работников и о наставничестве обучающихся утверждены "
        f"приказом от 29.08.2024 № 98 ({u}prikaz_98_polozheniya.pdf). Приказ о мониторинге реализации ЦМН издан "
        f"10.10.2024 ({u}prikaz_monitoring_2024.pdf). Справка по итогам внутреннего мониторинга пока не составлена."])
    f.val(f"C{r}", "orgs_regulation_teachers", 1,
          "Положения о системе наставничества педагогических работников и о наставничестве обучающихся утверждены",
          "утверждены")
    f.val(f"C{r}", "orgs_regulation_students", 1, "о наставничестве обучающихся утверждены", "утверждены")
    f.val(f"C{r}", "orgs_monitoring_order", 1, "Приказ о мониторинге реализации ЦМН издан", "издан")
    f.val(f"C{r}", "internal_monitoring_notes", 0, "Справка по итогам внутреннего мониторинга пока не составлена",
          "не составлена")
    f.link(f"C{r}", ["orgs_regulation_teachers", "orgs_regulation_students"], f"{u}prikaz_98_polozheniya.pdf")
    f.link(f"C{r}", ["orgs_monitoring_order"], f"{u}prikaz_monitoring_2024.pdf")

    r = 6
    f.row(r, "ABCD", [2, "Куратор",
        "Куратор — 1 человек: заместитель директора по ВР Е. Н. Сафонова (приказ № 99 от 29.08.2024).",
        f"{u}prikaz_99_kurator.pdf"])
    f.val(f"C{r}", "curators_total", 1, "Куратор — 1 человек")
    f.link(f"D{r}", ["curators_total"], f"{u}prikaz_99_kurator.pdf")

    r = 7
    f.row(r, "ABCD", [3, "Участники программ",
        "По приказу от 02.09.2024 № 112 в программах наставничества 14 наставников и 41 наставляемый; из наставляемых "
        "37 — обучающиеся в возрасте 10–19 лет, что составляет 6,1 % от 607 обучающихся этого возраста.",
        f"{u}prikaz_112_pary.pdf"])
    f.val(f"C{r}", "mentors_total", 14, "14 наставников")
    f.val(f"C{r}", "mentees_total", 41, "41 наставляемый")
    f.val(f"C{r}", "mentees_10_19", 37, "37 — обучающиеся в возрасте 10–19 лет")
    f.val(f"C{r}", "share_mentees_10_19", 6.1, "составляет 6,1 %", "6,1 %")
    f.val(f"C{r}", "students_10_19", 607, "от 607 обучающихся этого возраста")
    f.link(f"D{r}", ["mentors_total", "mentees_total", "mentees_10_19"], f"{u}prikaz_112_pary.pdf")

    r = 8
    f.row(r, "ABCD", [4, "Категории наставляемых обучающихся",
        "Среди наставляемых школьников 5 человек из «группы риска», 3 ребёнка с ОВЗ, 8 одарённых детей, "
        "12 — с низкой мотивацией к учёбе, 9 — определяются с выбором профессии.",
        f"{u}baza_nastavlyaemyh_2024.pdf"])
    cats = [("mentees_risk", 5, "5 человек из «группы риска»"), ("mentees_disabled", 3, "3 ребёнка с ОВЗ"),
            ("mentees_gifted", 8, "8 одарённых детей"), ("mentees_low_motivation", 12, "12 — с низкой мотивацией"),
            ("mentees_career", 9, "9 — определяются с выбором профессии")]
    for crit, v, frag in cats:
        f.val(f"C{r}", crit, v, frag)
    f.link(f"D{r}", [c for c, _, _ in cats], f"{u}baza_nastavlyaemyh_2024.pdf")

    r = 9
    f.row(r, "ABCD", [5, "Наставники из числа обучающихся",
        "В школе 96 обучающихся в возрасте 15–19 лет; наставниками стали 4 из них (4,2 %).",
        f"{u}baza_nastavnikov_2024.pdf"])
    f.val(f"C{r}", "students_15_19", 96, "В школе 96 обучающихся в возрасте 15–19 лет")
    f.val(f"C{r}", "mentors_15_19", 4, "наставниками стали 4 из них")
    f.val(f"C{r}", "share_mentors_15_19", 4.2, "(4,2 %)", "4,2 %")
    f.link(f"D{r}", ["mentors_15_19"], f"{u}baza_nastavnikov_2024.pdf")

    r = 10
    f.row(r, "ABCD", [6, "Партнёры",
        "В 2024 году действуют соглашения с одной образовательной организацией (МБУ ДО «ЦДТ «Радуга») и с одним "
        "предприятием (ИП Гусев А. В., столярная мастерская); от них в программах участвуют 2 и 1 наставник "
        "соответственно.", "https://disk.yandex.ru/i/s5_soglasheniya_2024"])
    f.val(f"C{r}", "agreements_edu_orgs", 1, "с одной образовательной организацией", "одной")
    f.val(f"C{r}", "agreements_enterprises", 1, "с одним предприятием", "одним")
    f.val(f"C{r}", "external_edu_mentors", 2, "участвуют 2 и 1 наставник", "2")
    f.val(f"C{r}", "enterprise_mentors", 1, "2 и 1 наставник", "1")
    f.link(f"D{r}", ["agreements_edu_orgs", "agreements_enterprises", "external_edu_mentors", "enterprise_mentors"],
           "https://disk.yandex.ru/i/s5_soglasheniya_2024")

    r = 11
    f.row(r, "ABCD", [7, "Персонализированные программы",
        "Разработано и утверждено 11 персонализированных программ: 6 — «ученик – ученик», 3 — «учитель – учитель», "
        "2 — «учитель – ученик».", f"{u}reestr_pp_2024.pdf"])
    pp = [("pp_total", 11, "утверждено 11 персонализированных программ"), ("pp_pupil_pupil", 6, "6 — «ученик – ученик»"),
          ("pp_teacher_teacher", 3, "3 — «учитель – учитель»"), ("pp_teacher_pupil", 2, "2 — «учитель – ученик»")]
    for crit, v, frag in pp:
        f.val(f"C{r}", crit, v, frag)
    f.link(f"D{r}", [c for c, _, _ in pp], f"{u}reestr_pp_2024.pdf")

    r = 12
    f.row(r, "ABCD", [8, "Удовлетворённость",
        "По итогам анкетирования в декабре 2024 г. участием в завершённых программах удовлетворены 93 % наставляемых "
        "и 89 % наставников. Удовлетворённость участников программ в целом — 91 %.",
        f"{u}itogi_anketirovaniya_2024.pdf"])
    f.val(f"C{r}", "satisfaction_mentees", 93, "93 % наставляемых", "93")
    f.val(f"C{r}", "satisfaction_mentors", 89, "89 % наставников", "89")
    f.link(f"D{r}", ["satisfaction_mentees", "satisfaction_mentors"], f"{u}itogi_anketirovaniya_2024.pdf")
    f.not_criteria.append("Удовлетворённость участников программ в целом — 91 %")

    r = 13
    f.row(r, "ABCD", [9, "Педагоги-наставляемые",
        "В школе работают 2 молодых специалиста — оба наставляемые — и 38 других педагогов, из которых 2 тоже "
        "наставляемые; всего в программы в роли наставляемых вошли 10 % педагогов.", f"{u}prikaz_112_pary.pdf"])
    f.val(f"C{r}", "young_specialists", 2, "2 молодых специалиста")
    f.val(f"C{r}", "young_specialists_mentees", 2, "оба наставляемые", "оба")
    f.val(f"C{r}", "teachers_other", 38, "38 других педагогов")
    f.val(f"C{r}", "teachers_other_mentees", 2, "из которых 2 тоже наставляемые")
    f.val(f"C{r}", "share_teachers_mentees", 10, "вошли 10 % педагогов", "10 %")
    f.link(f"D{r}", ["young_specialists_mentees", "teachers_other_mentees"], f"{u}prikaz_112_pary.pdf")

    r = 14
    f.row(r, "ABCD", [10, "Педагоги-наставники",
        "Наставниками выступают 7 педагогов, молодых специалистов среди них нет.", f"{u}prikaz_112_pary.pdf"])
    f.val(f"C{r}", "teachers_mentors", 7, "Наставниками выступают 7 педагогов")
    f.val(f"C{r}", "young_specialists_mentors", 0, "молодых специалистов среди них нет", "нет")
    f.link(f"D{r}", ["teachers_mentors"], f"{u}prikaz_112_pary.pdf")

    r = 15
    f.row(r, "ABCD", [11, "Профессиональное развитие",
        "В персонализированных программах участвуют 7 педагогов. Курсы повышения квалификации по наставничеству "
        "в 2024 г. прошли 3 педагога (ИРО, «Педагог-наставник», 72 ч); ещё 2 записаны на курсы в 2025 г. "
        "Действует 1 ШМО наставников.", f"{u}kpk_i_shmo_2024.pdf"])
    f.val(f"C{r}", "teachers_in_pp", 7, "участвуют 7 педагогов")
    f.val(f"C{r}", "kpk_trained", 3, "в 2024 г. прошли 3 педагога")
    f.val(f"C{r}", "school_methodical_associations", 1, "Действует 1 ШМО наставников")
    f.link(f"D{r}", ["teachers_in_pp", "kpk_trained", "school_methodical_associations"], f"{u}kpk_i_shmo_2024.pdf")
    f.not_criteria.append("ещё 2 записаны на курсы в 2025 г.")

    r = 16
    f.row(r, "ABC", [12, "Планы",
        "План на 2025 год: охват обучающихся 10–19 лет — 8 %, наставников из числа старшеклассников — 6."])
    f.not_criteria.append("План на 2025 год: охват обучающихся 10–19 лет — 8 %, наставников из числа старшеклассников — 6.")
    f.put("B18", "Директор ____________ О. В. Лаптева")
    f.save()


# =========================================================================
# 04  МБУ ДО «ЦДТ «Радуга» (ДОП) — value column + «Комментарий» column that
#     repeats (and twice overrides or supplements) the value differently
# =========================================================================
def f04():
    org = "МБУ ДО «Центр детского творчества «Радуга»"
    f = Form("04_cdt_raduga_s_kommentariyami.xlsx", "Форма мониторинга", [org])
    u = "https://raduga-vetluzhansk.gosuslugi.ru/netcat_files/docs/nastavnichestvo/"
    f.put("A1", "Мониторинг реализации целевой модели наставничества — 2024 год", bold=True)
    f.put("A2", f"Организация: {org} Усть-Ветлужского муниципального округа")
    f.row(4, "ABCDE", ["№", "Показатель", "Значение", "Комментарий", "Ссылка на документ"], bold=True)
    f.widths(A=5, B=52, C=14, D=70, E=70)

    def sec(r, title):
        f.put(f"A{r}", title, bold=True)
        f.headings.append(title)

    sec(5, "1. Нормативная база")
    f.row(6, "ABCDE", [1, "Приказ об утверждении положения о наставничестве педагогических работников", "Да",
                       "приказ № 45-од от 28.08.2024", f"{u}prikaz_45od_polozheniya.pdf"])
    f.val("C6", "orgs_regulation_teachers", 1)
    f.link("E6", ["orgs_regulation_teachers"], f"{u}prikaz_45od_polozheniya.pdf")
    f.row(7, "ABCDE", [2, "Приказ об утверждении положения о наставничестве обучающихся", "Да",
                       "тот же приказ № 45-од", f"{u}prikaz_45od_polozheniya.pdf"])
    f.val("C7", "orgs_regulation_students", 1)
    f.link("E7", ["orgs_regulation_students"], f"{u}prikaz_45od_polozheniya.pdf")
    f.row(8, "ABCD", [3, "Приказ о мониторинге ЦМН в организации", "нет",
                      "в разработке, утвердим в I квартале 2025 г."])
    f.val("C8", "orgs_monitoring_order", 0)
    f.row(9, "ABCDE", [4, "Справка по итогам внутреннего мониторинга", "Да", "справка от 20.12.2024",
                       f"{u}spravka_monitoring_2024.pdf"])
    f.val("C9", "internal_monitoring_notes", 1)
    f.link("E9", ["internal_monitoring_notes"], f"{u}spravka_monitoring_2024.pdf")

    sec(10, "2. Участники и партнёры")
    f.row(11, "ABCDE", [5, "Кураторы ЦМН, чел.", 2, "методист Белова И. С. и педагог-организатор Шиляев Р. М.",
                        f"{u}prikaz_kuratory.pdf"])
    f.val("C11", "curators_total", 2)
    f.link("E11", ["curators_total"], f"{u}prikaz_kuratory.pdf")
    f.row(12, "ABCDE", [6, "Наставников по приказу", 23, "двадцать три; приказ № 51 от 02.09.2024",
                        f"{u}prikazy_nastavnichestvo_2024.pdf"])
    f.val("C12", "mentors_total", 23)
    f.link("E12", ["mentors_total"], f"{u}prikazy_nastavnichestvo_2024.pdf")
    f.row(13, "ABCDE", [7, "Наставляемых по приказу", 130,
                        "исправлено: верно 134 — 4 чел. добавлены приказом № 77 от 18.11.2024, в графе осталось "
                        "сентябрьское значение", f"{u}prikazy_nastavnichestvo_2024.pdf"])
    f.val("D13", "mentees_total", 134, "исправлено: верно 134")
    f.link("E13", ["mentees_total"], f"{u}prikazy_nastavnichestvo_2024.pdf")
    f.row(14, "ABCDE", [8, "Наставники из других образовательных организаций", 3, "педагоги СОШ № 3 и Лицея № 1",
                        f"{u}prikazy_nastavnichestvo_2024.pdf"])
    f.val("C14", "external_edu_mentors", 3)
    f.link("E14", ["external_edu_mentors"], f"{u}prikazy_nastavnichestvo_2024.pdf")
    f.row(15, "ABC", [9, "Наставники с предприятий", 0])
    f.val("C15", "enterprise_mentors", 0)
    f.row(16, "ABCDE", [10, "Наставники из иных организаций", 1, "сотрудник МБУК «Ветлужанский краеведческий музей»",
                        f"{u}prikazy_nastavnichestvo_2024.pdf"])
    f.val("C16", "other_org_mentors", 1)
    f.link("E16", ["other_org_mentors"], f"{u}prikazy_nastavnichestvo_2024.pdf")
    f.row(17, "ABCDE", [11, "Соглашения о сотрудничестве (ОО / предприятия / иные)", "2 / 0 / 1",
                        "с СОШ № 3, Лицеем № 1 и музеем", "https://disk.yandex.ru/d/Raduga_soglasheniya"])
    f.val("C17", "agreements_edu_orgs", 2, "2 / 0 / 1", "2")
    f.val("C17", "agreements_enterprises", 0, "2 / 0", "0")
    f.val("C17", "agreements_other_orgs", 1, "0 / 1", "1")
    f.link("E17", ["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"],
           "https://disk.yandex.ru/d/Raduga_soglasheniya")
    f.not_criteria.append("Соглашения о сотрудничестве (ОО / предприятия / иные)")
    partners = "МБОУ «СОШ № 3», МБОУ «Лицей № 1», МБУК «Ветлужанский краеведческий музей»"
    f.row(18, "ABCE", [12, "Партнёры по наставничеству", partners, "https://disk.yandex.ru/d/Raduga_soglasheniya"])
    f.val("C18", "partner_list", partners)
    f.link("E18", ["partner_list"], "https://disk.yandex.ru/d/Raduga_soglasheniya")

    sec(19, "3. Персонализированные программы")
    f.row(20, "ABCDE", [13, "ПП всего", 12, "13 с учётом программы, утверждённой 15.01.2025", f"{u}reestr_pp.pdf"])
    f.val("C20", "pp_total", 12)
    f.row(21, "ABC", [14, "в т.ч. ученик – ученик", 5])
    f.val("C21", "pp_pupil_pupil", 5)
    f.row(22, "ABCD", [15, "учитель – учитель", 3, "педагог – педагог (ПДО)"])
    f.val("C22", "pp_teacher_teacher", 3)
    f.row(23, "ABCD", [16, "учитель – ученик", 4, "педагог ДО – обучающийся"])
    f.val("C23", "pp_teacher_pupil", 4)
    f.link("E20", ["pp_total"], f"{u}reestr_pp.pdf")   # the form rows below carry no link of their own

    sec(24, "4. Обучающиеся")
    f.row(25, "ABCD", [17, "Обучающихся 10–19 лет", 700, "в т.ч. 15–19 лет — 212"])
    f.val("C25", "students_10_19", 700)
    f.val("D25", "students_15_19", 212, "в т.ч. 15–19 лет — 212")
    f.row(26, "ABCDE", [18, "Наставляемых 10–19 лет", 45, "в 2023 — 38", f"{u}baza_nastavlyaemyh.pdf"])
    f.val("C26", "mentees_10_19", 45)
    f.not_criteria.append("в 2023 — 38")
    f.row(27, "ABCD", [19, "Доля наставляемых 10–19 лет", 0.0643, "6,43 % (45 из 700)"])
    f.ws["C27"].number_format = "0.0%"
    f.val("C27", "share_mentees_10_19", 6.43)
    f.row(28, "ABC", [20, "из них: группа риска / ОВЗ / одарённые", "4 / 6 / 21"])
    f.val("C28", "mentees_risk", 4, "4 / 6", "4")
    f.val("C28", "mentees_disabled", 6, "4 / 6 / 21", "6")
    f.val("C28", "mentees_gifted", 21, "6 / 21", "21")
    f.not_criteria.append("из них: группа риска / ОВЗ / одарённые")
    f.row(29, "ABCD", [21, "низкая мотивация", 0, "для ДОП не актуально"])
    f.val("C29", "mentees_low_motivation", 0)
    f.row(30, "ABC", [22, "выбор профессии", 9])
    f.val("C30", "mentees_career", 9)
    f.row(31, "ABCD", [23, "иные параметры", 5, "лидеры детских объединений"])
    f.val("C31", "mentees_other_params", 5)
    f.link("E26", ["mentees_10_19"], f"{u}baza_nastavlyaemyh.pdf")   # category rows carry no link of their own
    f.row(32, "ABD", [24, "Обучающихся 15–19 лет", "см. строку 17"])
    f.row(33, "ABCDE", [25, "Наставников из обучающихся 15–19 лет", 15, "15 (все — вожатые профильных смен)",
                        f"{u}baza_nastavnikov.pdf"])
    f.val("C33", "mentors_15_19", 15)
    f.link("E33", ["mentors_15_19"], f"{u}baza_nastavnikov.pdf")
    f.row(34, "ABCD", [26, "Доля наставников 15–19 лет", 0.0708, "7,08 %"])
    f.ws["C34"].number_format = "0.00%"
    f.val("C34", "share_mentors_15_19", 7.08)

    sec(35, "5. Удовлетворённость")
    f.row(36, "ABCDE", [27, "Удовлетворённость наставляемых", 0.92, "92 % (анкетирование 46 наставляемых)",
                        f"{u}anketirovanie_2024.pdf"])
    f.ws["C36"].number_format = "0%"
    f.val("C36", "satisfaction_mentees", 92)
    f.link("E36", ["satisfaction_mentees"], f"{u}anketirovanie_2024.pdf")
    f.row(37, "ABCDE", [28, "Удовлетворённость наставников", "4,7 из 5", "= 94 % по шкале анкеты РНЦ",
                        f"{u}anketirovanie_2024.pdf"])
    f.val("D37", "satisfaction_mentors", 94, "= 94 %", "94")
    f.link("E37", ["satisfaction_mentors"], f"{u}anketirovanie_2024.pdf")

    sec(38, "6. Педагоги")
    f.row(39, "ABC", [29, "Молодые специалисты, всего", 4])
    f.val("C39", "young_specialists", 4)
    f.row(40, "ABCE", [30, "из них наставляемые", 4, f"{u}prikazy_nastavnichestvo_2024.pdf"])
    f.val("C40", "young_specialists_mentees", 4)
    f.link("E40", ["young_specialists_mentees"], f"{u}prikazy_nastavnichestvo_2024.pdf")
    f.row(41, "ABCD", [31, "Прочие педагоги", 38, "без внешних совместителей; с совместителями — 45"])
    f.val("C41", "teachers_other", 38)
    f.not_criteria.append("с совместителями — 45")
    f.row(42, "ABCE", [32, "из них наставляемые", 5, f"{u}prikazy_nastavnichestvo_2024.pdf"])
    f.val("C42", "teachers_other_mentees", 5)
    f.link("E42", ["teachers_other_mentees"], f"{u}prikazy_nastavnichestvo_2024.pdf")
    f.row(43, "ABCE", [33, "Педагоги-наставники", 4, f"{u}prikazy_nastavnichestvo_2024.pdf"])
    f.val("C43", "teachers_mentors", 4)
    f.link("E43", ["teachers_mentors"], f"{u}prikazy_nastavnichestvo_2024.pdf")
    f.row(44, "ABCD", [34, "Доля педагогов-наставляемых", 0.2143, "9 из 42"])
    f.ws["C44"].number_format = "0.0%"
    f.val("C44", "share_teachers_mentees", 21.43)

    sec(45, "7. Развитие и стимулирование")
    f.row(46, "ABCDE", [35, "КПК по наставничеству, чел.", 2,
                        "курсы ИРО «Наставничество в дополнительном образовании», 36 ч", f"{u}udostovereniya_kpk.pdf"])
    f.val("C46", "kpk_trained", 2)
    f.link("E46", ["kpk_trained"], f"{u}udostovereniya_kpk.pdf")
    f.row(47, "ABCD", [36, "ШМО наставников", 0, "методобъединение наставников планируется с 2025 г."])
    f.val("C47", "school_methodical_associations", 0)
    f.row(48, "ABCE", [37, "Локальные акты об оплате наставничества", 1, f"{u}polozhenie_oplata.pdf"])
    f.val("C48", "pay_acts", 1)
    f.link("E48", ["pay_acts"], f"{u}polozhenie_oplata.pdf")
    f.row(49, "ABCE", [38, "Локальные акты о нематериальном поощрении", 1, f"{u}polozhenie_nematerialnoe.pdf"])
    f.val("C49", "nonmaterial_acts", 1)
    f.link("E49", ["nonmaterial_acts"], f"{u}polozhenie_nematerialnoe.pdf")
    f.not_criteria += ["13 с учётом программы, утверждённой 15.01.2025", "Комментарий"]
    f.save()


# =========================================================================
# 05  МБОУ «Гимназия № 2» — documents with their links in one cell, several
#     counts in one cell separated by « / », ordinary rows mixed in
# =========================================================================
def f05():
    org = "МБОУ «Гимназия № 2» г. Ветлужанска"
    f = Form("05_gimn2_monitoring.xlsx", "Лист1", [org])
    u = "https://gimn2-vetluzhansk.gosuslugi.ru/netcat_files/32/nastavnichestvo/"
    f.put("A1", org, bold=True)
    f.put("A2", "Мониторинг ЦМН, отчётный период — 2024 год")
    f.row(4, "ABC", ["Показатель", "Значение", "Ссылка"], bold=True)
    f.widths(A=60, B=95, C=70)

    r = 5
    f.row(r, "AB", ["Локальные акты",
        f"Положение о наставничестве педагогов: да ({u}polozhenie_pedagogi.pdf); "
        f"Положение о наставничестве обучающихся: да ({u}polozhenie_obuchayushchiesya.pdf); "
        f"Приказ о мониторинге ЦМН: да ({u}prikaz_monitoring_2024.pdf); Дорожная карта: нет"])
    f.val(f"B{r}", "orgs_regulation_teachers", 1, "Положение о наставничестве педагогов: да", "да")
    f.val(f"B{r}", "orgs_regulation_students", 1, "Положение о наставничестве обучающихся: да", "да")
    f.val(f"B{r}", "orgs_monitoring_order", 1, "Приказ о мониторинге ЦМН: да", "да")
    f.link(f"B{r}", ["orgs_regulation_teachers"], f"{u}polozhenie_pedagogi.pdf")
    f.link(f"B{r}", ["orgs_regulation_students"], f"{u}polozhenie_obuchayushchiesya.pdf")
    f.link(f"B{r}", ["orgs_monitoring_order"], f"{u}prikaz_monitoring_2024.pdf")
    f.not_criteria.append("Дорожная карта: нет")

    r = 6
    f.row(r, "ABC", ["Справка по итогам внутреннего мониторинга", "да", f"{u}spravka_itogi_monitoringa.pdf"])
    f.val(f"B{r}", "internal_monitoring_notes", 1)
    f.link(f"C{r}", ["internal_monitoring_notes"], f"{u}spravka_itogi_monitoringa.pdf")

    r = 7
    f.row(r, "AB", ["Стимулирование",
        f"Положение об оплате наставникам: да ({u}polozhenie_oplata.pdf); "
        "Положение о нематериальном поощрении: нет"])
    f.val(f"B{r}", "pay_acts", 1, "Положение об оплате наставникам: да", "да")
    f.val(f"B{r}", "nonmaterial_acts", 0, "Положение о нематериальном поощрении: нет", "нет")
    f.link(f"B{r}", ["pay_acts"], f"{u}polozhenie_oplata.pdf")

    r = 8
    f.row(r, "ABC", ["Кураторов", 1, f"{u}prikaz_kurator.pdf"])
    f.val(f"B{r}", "curators_total", 1)
    f.link(f"C{r}", ["curators_total"], f"{u}prikaz_kurator.pdf")

    r = 9
    f.row(r, "ABC", ["Наставников (по приказу) / наставляемых (по приказу)", "38 / 96", f"{u}prikaz_pary_2024.pdf"])
    f.val(f"B{r}", "mentors_total", 38, "38 / 96", "38")
    f.val(f"B{r}", "mentees_total", 96, "38 / 96", "96")
    f.link(f"C{r}", ["mentors_total", "mentees_total"], f"{u}prikaz_pary_2024.pdf")

    r = 10
    f.row(r, "ABC", ["Из наставников: педагоги / молодые специалисты / обучающиеся 15–19 лет / из внешних ОО / "
                     "с предприятий / из иных организаций", "17 / 3 / 19 / 1 / 1 / 0", f"{u}prikaz_pary_2024.pdf"])
    mt = [("teachers_mentors", 17, "17 / 3", "17"), ("young_specialists_mentors", 3, "17 / 3 / 19", "3"),
          ("mentors_15_19", 19, "3 / 19", "19"), ("external_edu_mentors", 1, "19 / 1", "1"),
          ("enterprise_mentors", 1, "1 / 1 / 0", "1"), ("other_org_mentors", 0, "1 / 0", "0")]
    for crit, v, frag, tok in mt:
        f.val(f"B{r}", crit, v, frag, tok)
    f.link(f"C{r}", [c for c, _, _, _ in mt], f"{u}prikaz_pary_2024.pdf")

    r = 11
    f.row(r, "ABC", ["Соглашения (ОО; предприятия; иные)", "1; 1; 0", f"{u}soglasheniya.pdf"])
    f.val(f"B{r}", "agreements_edu_orgs", 1, "1; 1; 0", "1")
    f.val(f"B{r}", "agreements_enterprises", 1, "1; 1; 0", "1")
    f.val(f"B{r}", "agreements_other_orgs", 0, "1; 1; 0", "0")
    f.link(f"C{r}", ["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"], f"{u}soglasheniya.pdf")

    r = 12
    f.row(r, "ABC", ["ПП по формам",
        "ученик–ученик 4 / учитель–учитель 6 / руководитель–педагог 2 / учитель–ученик 5 / студент–ученик 0 / "
        "иная (семейное наставничество) 1 / итого 18", f"{u}reestr_pp_2024.pdf"])
    pp = [("pp_pupil_pupil", 4, "ученик–ученик 4"), ("pp_teacher_teacher", 6, "учитель–учитель 6"),
          ("pp_head_teacher", 2, "руководитель–педагог 2"), ("pp_teacher_pupil", 5, "учитель–ученик 5"),
          ("pp_student_pupil", 0, "студент–ученик 0"), ("pp_other", 1, "иная (семейное наставничество) 1"),
          ("pp_total", 18, "итого 18")]
    for crit, v, frag in pp:
        f.val(f"B{r}", crit, v, frag)
    f.link(f"C{r}", [c for c, _, _ in pp], f"{u}reestr_pp_2024.pdf")

    r = 13
    f.row(r, "ABC", ["Обучающиеся 10–19 лет: всего / наставляемые / доля", "540 / 71 / 13,1 %",
                     f"{u}baza_nastavlyaemyh.pdf"])
    f.val(f"B{r}", "students_10_19", 540, "540 / 71", "540")
    f.val(f"B{r}", "mentees_10_19", 71, "540 / 71 / 13,1 %", "71")
    f.val(f"B{r}", "share_mentees_10_19", 13.1, "71 / 13,1 %", "13,1 %")
    f.link(f"C{r}", ["mentees_10_19"], f"{u}baza_nastavlyaemyh.pdf")

    r = 14
    f.row(r, "ABC", ["Наставляемые по категориям",
        "группа риска — 6; ОВЗ — 2; одарённые — 27; низкая мотивация — 14; профориентация — 18; иное — 4",
        f"{u}baza_nastavlyaemyh.pdf"])
    cats = [("mentees_risk", 6, "группа риска — 6"), ("mentees_disabled", 2, "ОВЗ — 2"),
            ("mentees_gifted", 27, "одарённые — 27"), ("mentees_low_motivation", 14, "низкая мотивация — 14"),
            ("mentees_career", 18, "профориентация — 18"), ("mentees_other_params", 4, "иное — 4")]
    for crit, v, frag in cats:
        f.val(f"B{r}", crit, v, frag)
    f.link(f"C{r}", [c for c, _, _ in cats], f"{u}baza_nastavlyaemyh.pdf")

    r = 15
    f.row(r, "AB", ["Обучающиеся 15–19 лет", 176])
    f.val(f"B{r}", "students_15_19", 176)
    r = 16
    f.row(r, "AB", ["Доля обучающихся 15–19 лет — наставников", "10,8%"])
    f.val(f"B{r}", "share_mentors_15_19", 10.8, "10,8%", "10,8%")
    r = 17
    f.row(r, "ABC", ["Обучающиеся 15–19 лет, вошедшие в программы (в любой роли)", 31, f"{u}baza_nastavlyaemyh.pdf"])
    f.val(f"B{r}", "students_15_19_in_programmes", 31)
    f.link(f"C{r}", ["students_15_19_in_programmes"], f"{u}baza_nastavlyaemyh.pdf")

    r = 18
    f.row(r, "ABC", ["Удовлетворённость (наставники / наставляемые), %", "96 / 94", f"{u}anketirovanie.pdf"])
    f.val(f"B{r}", "satisfaction_mentors", 96, "96 / 94", "96")
    f.val(f"B{r}", "satisfaction_mentees", 94, "96 / 94", "94")
    f.link(f"C{r}", ["satisfaction_mentors", "satisfaction_mentees"], f"{u}anketirovanie.pdf")
    f.not_criteria.append("Удовлетворённость (наставники / наставляемые), %")
    f.not_criteria += ["Наставников (по приказу) / наставляемых (по приказу)",
                       "Из наставников: педагоги / молодые специалисты / обучающиеся 15–19 лет / из внешних ОО / "
                       "с предприятий / из иных организаций",
                       "Соглашения (ОО; предприятия; иные)", "Обучающиеся 10–19 лет: всего / наставляемые / доля",
                       "Молодые специалисты: всего / наставляемые",
                       "Педагоги (без молодых специалистов) / из них наставляемые"]

    r = 19
    f.row(r, "ABC", ["Молодые специалисты: всего / наставляемые", "9 / 8", f"{u}prikaz_pary_2024.pdf"])
    f.val(f"B{r}", "young_specialists", 9, "9 / 8", "9")
    f.val(f"B{r}", "young_specialists_mentees", 8, "9 / 8", "8")
    f.link(f"C{r}", ["young_specialists_mentees"], f"{u}prikaz_pary_2024.pdf")
    r = 20
    f.row(r, "AB", ["Доля молодых специалистов-наставляемых", 0.8889])
    f.ws[f"B{r}"].number_format = "0.0%"
    f.val(f"B{r}", "share_young_specialists_mentees", 88.89)
    r = 21
    f.row(r, "ABC", ["Педагоги (без молодых специалистов) / из них наставляемые", "47 / 5", f"{u}prikaz_pary_2024.pdf"])
    f.val(f"B{r}", "teachers_other", 47, "47 / 5", "47")
    f.val(f"B{r}", "teachers_other_mentees", 5, "47 / 5", "5")
    f.link(f"C{r}", ["teachers_other_mentees"], f"{u}prikaz_pary_2024.pdf")
    r = 22
    f.row(r, "AB", ["Доля педагогов-наставников", "30,4 %"])
    f.val(f"B{r}", "share_teachers_mentors", 30.4, "30,4 %", "30,4 %")
    r = 23
    f.row(r, "ABC", ["ШМО наставников", 1, f"{u}plan_shmo_nastavnikov.pdf"])
    f.val(f"B{r}", "school_methodical_associations", 1)
    f.link(f"C{r}", ["school_methodical_associations"], f"{u}plan_shmo_nastavnikov.pdf")
    f.save()


# =========================================================================
# 06  МБУ ДО «Станция юных техников» (ДОП) — line breaks and «; » mixed, the
#     comment column adds two values the answer column does not give
# =========================================================================
def f06():
    org = "МБУ ДО «Станция юных техников»"
    f = Form("06_syut_otchet_nastavnichestvo.xlsx", "Отчёт", [org])
    c = "https://cloud.mail.ru/public/SyuT/Nastavnichestvo2024"
    f.put("A1", f"{org} Усть-Ветлужского муниципального округа", bold=True)
    f.put("A2", "Отчёт по наставничеству за 2024 год")
    f.row(4, "ABCD", ["Направление", "Сведения", "Комментарий", "Документ"], bold=True)
    f.widths(A=28, B=60, C=64, D=56)

    r = 5
    f.row(r, "ABD", ["Документы",
        "Положение (педагоги) — да\nПоложение (обучающиеся) — да\nПриказ о мониторинге — да", c])
    f.val(f"B{r}", "orgs_regulation_teachers", 1, "Положение (педагоги) — да", "да")
    f.val(f"B{r}", "orgs_regulation_students", 1, "Положение (обучающиеся) — да", "да")
    f.val(f"B{r}", "orgs_monitoring_order", 1, "Приказ о мониторинге — да", "да")
    f.link(f"D{r}", ["orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order"], c)

    r = 6
    f.row(r, "ABCD", ["Участники", "наставников — 11; наставляемых — 38",
        "11 (из них 3 — обучающиеся 15–19 лет, 2 — мастера ООО «Ветлуга-Авто»)", c])
    f.val(f"B{r}", "mentors_total", 11, "наставников — 11")
    f.val(f"B{r}", "mentees_total", 38, "наставляемых — 38")
    f.val(f"C{r}", "mentors_15_19", 3, "3 — обучающиеся 15–19 лет")
    f.val(f"C{r}", "enterprise_mentors", 2, "2 — мастера ООО «Ветлуга-Авто»")
    f.link(f"D{r}", ["mentors_total", "mentees_total", "mentors_15_19", "enterprise_mentors"], c)

    r = 7
    f.row(r, "ABC", ["Возраст наставляемых (обучающиеся)", "10–19 лет — 26\n5–9 лет — 11",
                     "младшие — в паре «ученик – ученик» со старшими"])
    f.val(f"B{r}", "mentees_10_19", 26, "10–19 лет — 26")
    f.not_criteria.append("5–9 лет — 11")

    r = 8
    f.row(r, "AB", ["Категории (10–19 лет)", "одарённые — 8; проф. выбор — 14; иное — 4"])
    f.val(f"B{r}", "mentees_gifted", 8, "одарённые — 8")
    f.val(f"B{r}", "mentees_career", 14, "проф. выбор — 14")
    f.val(f"B{r}", "mentees_other_params", 4, "иное — 4")

    r = 9
    f.row(r, "ABD", ["ПП", "всего 6: ученик–ученик — 2, учитель–ученик — 3, учитель–учитель — 1", c])
    pp = [("pp_total", 6, "всего 6"), ("pp_pupil_pupil", 2, "ученик–ученик — 2"),
          ("pp_teacher_pupil", 3, "учитель–ученик — 3"), ("pp_teacher_teacher", 1, "учитель–учитель — 1")]
    for crit, v, frag in pp:
        f.val(f"B{r}", crit, v, frag)
    f.link(f"D{r}", [x for x, _, _ in pp], c)

    r = 10
    f.row(r, "AB", ["Педагоги",
        "молодых специалистов — 1 (наставляемая)\nпедагогов-наставников — 6"])
    f.val(f"B{r}", "young_specialists", 1, "молодых специалистов — 1")
    f.val(f"B{r}", "teachers_mentors", 6, "педагогов-наставников — 6")

    r = 11
    f.row(r, "AB", ["Удовлетворённость", "наставляемые — 97 %, наставники — 100 %"])
    f.val(f"B{r}", "satisfaction_mentees", 97, "наставляемые — 97 %", "97")
    f.val(f"B{r}", "satisfaction_mentors", 100, "наставники — 100 %", "100")

    r = 12
    f.row(r, "ABD", ["Соглашения", "с предприятием ООО «Ветлуга-Авто» — 1", c])
    f.val(f"B{r}", "agreements_enterprises", 1, "с предприятием ООО «Ветлуга-Авто» — 1")
    f.link(f"D{r}", ["agreements_enterprises"], c)

    r = 13
    f.row(r, "ABD", ["Стимулирование", "оплата — 1 акт; нематериальное — нет", c])
    f.val(f"B{r}", "pay_acts", 1, "оплата — 1 акт")
    f.val(f"B{r}", "nonmaterial_acts", 0, "нематериальное — нет", "нет")
    f.link(f"D{r}", ["pay_acts"], c)
    f.not_criteria.append("Комментарий")
    f.save()


# =========================================================================
# 07  Управление образования: small rural schools, one row each, several
#     answers per cell
# =========================================================================
def f07():
    orgs = ["МКОУ «Заречненская ООШ»", "МКОУ «Берёзовская ООШ»", "МКОУ «Сосновская СОШ»"]
    f = Form("07_uo_svodka_malokomplektnye.xlsx", "Свод", orgs, multi=True)
    f.put("A1", "Управление образования Администрации Усть-Ветлужского муниципального округа", bold=True)
    f.put("A2", "Сводка по малокомплектным школам: реализация целевой модели наставничества, 2024 год", bold=True)
    hdr = ["№", "Образовательная организация", "Документы (положение пед. / положение обуч. / приказ о мониторинге)",
           "Наставники / наставляемые", "Обучающиеся 10–19 лет (всего / наставляемые)", "Педагоги",
           "Удовлетворённость", "Ссылка", "Примечание"]
    f.row(4, "ABCDEFGHI", hdr, bold=True)
    f.widths(A=4, B=28, C=40, D=14, E=18, F=44, G=30, H=60, I=50)
    f.not_criteria.append("Документы (положение пед. / положение обуч. / приказ о мониторинге)")
    f.not_criteria.append("Наставники / наставляемые")
    f.not_criteria.append("Обучающиеся 10–19 лет (всего / наставляемые)")

    # Заречненская ООШ
    i, r = 0, 5
    url = "https://zarech-oosh.gosuslugi.ru/netcat_files/nastavnichestvo/nastavnichestvo_2024.pdf"
    f.row(r, "ABCDEFGHI", [1, orgs[i], "да / да / нет", "9 / 22", "64 / 17",
        "мол. спец. — 1 (наставляемый); педагогов-наставников — 5", "наставляемые 100 %, наставники 95 %", url,
        "в программе участвуют 9 наставников и 22 наставляемых, доля охвата 8 %"])
    f.val(f"C{r}", "orgs_regulation_teachers", 1, "да / да", "да", org=i)
    f.val(f"C{r}", "orgs_regulation_students", 1, "да / да / нет", "да", org=i)
    f.val(f"C{r}", "orgs_monitoring_order", 0, "да / нет", "нет", org=i)
    f.val(f"D{r}", "mentors_total", 9, "9 / 22", "9", org=i)
    f.val(f"D{r}", "mentees_total", 22, "9 / 22", "22", org=i)
    f.val(f"E{r}", "students_10_19", 64, "64 / 17", "64", org=i)
    f.val(f"E{r}", "mentees_10_19", 17, "64 / 17", "17", org=i)
    f.val(f"F{r}", "young_specialists", 1, "мол. спец. — 1", org=i)
    f.val(f"F{r}", "young_specialists_mentees", 1, "1 (наставляемый)", "1", org=i)
    f.val(f"F{r}", "teachers_mentors", 5, "педагогов-наставников — 5", org=i)
    f.val(f"G{r}", "satisfaction_mentees", 100, "наставляемые 100 %", "100", org=i)
    f.val(f"G{r}", "satisfaction_mentors", 95, "наставники 95 %", "95", org=i)
    f.link(f"H{r}", ["orgs_regulation_teachers", "orgs_regulation_students", "mentors_total", "mentees_total",
                     "mentees_10_19", "young_specialists_mentees", "teachers_mentors", "satisfaction_mentees",
                     "satisfaction_mentors"], url, org=i)

    # Берёзовская ООШ
    i, r = 1, 6
    url = "https://berez-oosh.gosuslugi.ru/netcat_files/docs/cmn_monitoring_2024.pdf"
    f.row(r, "ABCDEFGHI", [2, orgs[i], "да / да / да", "6 / 15", "48 / 12",
        "мол. спец. — 0; педагогов-наставников — 6", "наставляемые 92 %, наставники 90 %", url,
        "2023 г.: 4 / 11"])
    f.val(f"C{r}", "orgs_regulation_teachers", 1, "да / да", "да", org=i)
    f.val(f"C{r}", "orgs_regulation_students", 1, "да / да / да", "да", org=i)
    f.val(f"C{r}", "orgs_monitoring_order", 1, "да / да / да", "да", org=i)
    f.val(f"D{r}", "mentors_total", 6, "6 / 15", "6", org=i)
    f.val(f"D{r}", "mentees_total", 15, "6 / 15", "15", org=i)
    f.val(f"E{r}", "students_10_19", 48, "48 / 12", "48", org=i)
    f.val(f"E{r}", "mentees_10_19", 12, "48 / 12", "12", org=i)
    f.val(f"F{r}", "young_specialists", 0, "мол. спец. — 0", org=i)
    f.val(f"F{r}", "teachers_mentors", 6, "педагогов-наставников — 6", org=i)
    f.val(f"G{r}", "satisfaction_mentees", 92, "наставляемые 92 %", "92", org=i)
    f.val(f"G{r}", "satisfaction_mentors", 90, "наставники 90 %", "90", org=i)
    f.link(f"H{r}", ["orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
                     "mentors_total", "mentees_total", "mentees_10_19", "teachers_mentors", "satisfaction_mentees",
                     "satisfaction_mentors"], url, org=i)
    f.not_criteria.append("2023 г.: 4 / 11")

    # Сосновская СОШ
    i, r = 2, 7
    url = "https://sosnovka-sosh.edu.ru/upload/nastavnichestvo/otchet_cmn_2024.pdf"
    f.row(r, "ABCDEFGHI", [3, orgs[i], "да / да / да", "12 / 30", "97 / 25",
        "мол. спец. — 2 (оба наставляемые); педагогов-наставников — 8", "наставляемые 95 %, наставники 93 %", url,
        "наставники-старшеклассники — 4 (из 21 обучающегося 15–19 лет)"])
    f.val(f"C{r}", "orgs_regulation_teachers", 1, "да / да", "да", org=i)
    f.val(f"C{r}", "orgs_regulation_students", 1, "да / да / да", "да", org=i)
    f.val(f"C{r}", "orgs_monitoring_order", 1, "да / да / да", "да", org=i)
    f.val(f"D{r}", "mentors_total", 12, "12 / 30", "12", org=i)
    f.val(f"D{r}", "mentees_total", 30, "12 / 30", "30", org=i)
    f.val(f"E{r}", "students_10_19", 97, "97 / 25", "97", org=i)
    f.val(f"E{r}", "mentees_10_19", 25, "97 / 25", "25", org=i)
    f.val(f"F{r}", "young_specialists", 2, "мол. спец. — 2", org=i)
    f.val(f"F{r}", "young_specialists_mentees", 2, "оба наставляемые", "оба", org=i)
    f.val(f"F{r}", "teachers_mentors", 8, "педагогов-наставников — 8", org=i)
    f.val(f"G{r}", "satisfaction_mentees", 95, "наставляемые 95 %", "95", org=i)
    f.val(f"G{r}", "satisfaction_mentors", 93, "наставники 93 %", "93", org=i)
    f.val(f"I{r}", "mentors_15_19", 4, "наставники-старшеклассники — 4", org=i)
    f.val(f"I{r}", "students_15_19", 21, "из 21 обучающегося 15–19 лет", "21", org=i)
    f.link(f"H{r}", ["orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
                     "mentors_total", "mentees_total", "mentees_10_19", "young_specialists_mentees",
                     "teachers_mentors", "satisfaction_mentees", "satisfaction_mentors", "mentors_15_19"], url, org=i)
    f.put("B9", "Исполнитель: главный специалист УО Н. П. Вахрушева")
    f.save()


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    for fn in (f01, f02, f03, f04, f05, f06, f07):
        fn()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"note": "kind=value: the cell holding the value; for a text cell, `fragment` is the part of the "
                           "cell text that carries it and `token` the value as typed inside the fragment. "
                           "kind=link: the cell whose text holds the URL. Several values may share one cell.",
                   "resaved_with_libreoffice": ["typed/01_sosh3_vygruzka_ris.xlsx"],
                   "cells": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(1 for c in CELLS if c["kind"] == "value")
    nl = sum(1 for c in CELLS if c["kind"] == "link")
    print(f"files={len(EXPECTED)} values={nv} links={nl}")
    for e in EXPECTED:
        vals = e["values"] if isinstance(e["values"], dict) else None
        n = len(vals) if vals is not None else sum(len(v) for v in e["values"])
        print(f"  {e['file']}: {n}")


if __name__ == "__main__":
    main()
