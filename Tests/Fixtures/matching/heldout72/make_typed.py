#!/usr/bin/env python3
"""Held-out set 72: values given for periods within the year.

Invented municipality: Муниципальный округ Луговской район Удмуртской Республики.
Six organisation forms of the 2024 monitoring of the mentoring model (ЦМН); each form reports
several period columns and expected.json holds the 2024 annual value a careful methodologist takes.

Writes typed/*.xlsx, expected.json, cells.json. Deterministic (fixed data). File A (quarterly form
with a formula «Итого за год» column) is written by openpyxl into build/ and then re-saved through
LibreOffice headless so that every formula carries a cached value.
"""
import json
import os
import shutil
import subprocess
import sys

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
BUILD = os.path.join(HERE, "build")
MUNI = "Муниципальный округ Луговской район Удмуртской Республики"

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

CELLS = []      # cells.json
EXPECTED = []   # expected.json


class Form:
    """Collects the expected values, links, decoys and headings of one form."""

    def __init__(self, fname, organisation, resaved=None):
        self.file = "typed/" + fname
        self.organisation = organisation
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        self.resaved = resaved

    def _cell(self, ws, cell, crit, kind, expected, formula=None):
        e = {"file": self.file, "sheet": ws.title, "cell": cell, "criterion": crit,
             "kind": kind, "expected": expected, "organisation": self.organisation, "year": 2024}
        if formula:
            e["formula"] = formula
        if self.resaved:
            e["resaved_via"] = self.resaved
        CELLS.append(e)

    def val(self, ws, cell, crit, expected, formula=None):
        assert crit not in self.values, (self.file, crit)
        self.values[crit] = expected
        self._cell(ws, cell, crit, "value", expected, formula)

    def link(self, ws, cell, crit, url):
        assert crit not in self.links
        self.links[crit] = url
        self._cell(ws, cell, crit, "link", url)

    def done(self):
        for c in self.links:
            assert c in self.values, (self.file, c)
        EXPECTED.append({"file": self.file, "year": 2024, "organisation": self.organisation,
                         "values": self.values, "links": self.links,
                         "not_criteria": self.not_criteria, "headings": self.headings})


def put(ws, r, c, v, bold=False, fmt=None, align=WRAP, fill=None, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    if bold:
        cell.font = Font(bold=True)
    if fmt:
        cell.number_format = fmt
    if align is not None:
        cell.alignment = align
    if fill is not None:
        cell.fill = fill
    if border:
        cell.border = BOX
    return cell


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def ref(c, r):
    return f"{get_column_letter(c)}{r}"


def yn(v):
    return {1: "Да", 0: "Нет", None: "—"}[v]


def share(num, den):
    return round(num * 100.0 / den, 2)


# ---------------------------------------------------------------------------------------------
# A. МБОУ «Луговская СОШ №1»: I–IV quarter + «Итого за год» as formulas, re-saved via LibreOffice
# ---------------------------------------------------------------------------------------------
def form_a():
    fname = "lugovskaya_sosh1_kvartaly_2024.xlsx"
    org = "МБОУ «Луговская СОШ №1»"
    F = Form(fname, org, resaved="soffice --headless --convert-to xlsx (LibreOffice), формулы с кэшированными значениями")
    U = "https://lugovskaya-sosh1.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    widths(ws, [5, 58, 10, 10, 10, 10, 12, 62])
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, "Мониторинг реализации целевой модели наставничества за 2024 год", bold=True, border=False)
    put(ws, 2, 1, "Образовательная организация:", border=False)
    put(ws, 2, 3, org, bold=True, border=False, align=None)
    put(ws, 3, 1, MUNI, border=False, align=None)

    r = 5
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    t = "Раздел 1. Локальные акты и организационные условия (по состоянию на 31.12.2024)"
    put(ws, r, 1, t, bold=True, fill=SEC_FILL)
    F.headings.append(t)
    r += 1
    for c, h in [(1, "№"), (2, "Показатель"), (3, "Отметка / кол-во"), (8, "Ссылка на документ")]:
        put(ws, r, c, h, bold=True, fill=HEAD_FILL, align=CENTER)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    sec1 = [
        ("orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педагогических работников", "Да", 1, U + "prikaz_17-od_polozhenie_nastavnichestvo_pedagogov.pdf"),
        ("orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся", "Да", 1, U + "prikaz_18-od_polozhenie_nastavnichestvo_obuch.pdf"),
        ("orgs_monitoring_order", "Приказ о проведении мониторинга реализации ЦМН в школе", "Да", 1, U + "prikaz_214-od_monitoring_cmn_2024.pdf"),
        ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга наставничества", "Да", 1, U + "spravka_vnutr_monitoring_2024.pdf"),
        (None, "Дорожная карта внедрения ЦМН на 2024/2025 учебный год", "Да", None, U + "dorozhnaya_karta_2024-2025.pdf"),
        ("curators_total", "Кураторы внедрения ЦМН (назначены приказом), чел.", 2, 2, U + "prikaz_19-od_kuratory.pdf"),
        ("school_methodical_associations", "ШМО наставников, кол-во", 1, 1, U + "plan_shmo_nastavnikov_2024.pdf"),
        ("pay_acts", "Положение о доплатах за наставничество (локальные акты), кол-во", 1, 1, U + "polozhenie_o_doplatah_nastavnikam.pdf"),
        ("nonmaterial_acts", "Локальные акты о моральном поощрении наставников, кол-во", 1, 1, None),
        ("partner_list", "Организации-партнёры по наставничеству", "ООО «Луговской хлебокомбинат»; СПК «Заря»; МБУК «Луговская районная библиотека»", None, None),
    ]
    for i, (crit, title, shown, exp, url) in enumerate(sec1, start=1):
        r += 1
        put(ws, r, 1, i)
        put(ws, r, 2, title)
        put(ws, r, 3, shown, align=CENTER if crit != "partner_list" else WRAP)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
        if url:
            put(ws, r, 8, url)
        else:
            put(ws, r, 8, None)
        if crit is None:
            F.not_criteria.append(title)
            continue
        F.val(ws, ref(3, r), crit, exp if crit != "partner_list" else shown)
        if url:
            F.link(ws, ref(8, r), crit, url)

    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    t = "Раздел 2. Показатели по кварталам 2024 года"
    put(ws, r, 1, t, bold=True, fill=SEC_FILL)
    F.headings.append(t)
    r += 1
    for c, h in enumerate(["№", "Показатель", "I кв.", "II кв.", "III кв.", "IV кв.", "Итого за год", "Ссылка на подтверждающий документ"], start=1):
        put(ws, r, c, h, bold=True, fill=HEAD_FILL, align=CENTER)
    PCT = "0.00%"
    # kind: 'stock' -> =F (IV кв.); 'flow' -> =SUM; 'mean' -> =AVERAGE(II, IV); 'amb' -> =SUM, left out
    grid = [
        ("H", "2.1. Наставники и наставляемые (чел.)"),
        ("mentors_total", "stock", "Наставники по приказу ОО – всего", [40, 42, 35, 44], U + "prikaz_baza_nastavnikov_2024.pdf", 44),
        ("teachers_mentors", "stock", "в т.ч. педагоги школы", [19, 20, 18, 21], U + "prikaz_baza_nastavnikov_2024.pdf", 21),
        ("young_specialists_mentors", "stock", "из них молодые специалисты (до 35 лет, стаж до 3 лет)", [0, 0, 1, 1], None, 1),
        ("mentors_15_19", "stock", "в т.ч. обучающиеся 15–19 лет (наставники)", [14, 15, 11, 16], U + "prikaz_baza_nastavnikov_2024.pdf", 16),
        ("external_edu_mentors", "stock", "в т.ч. наставники из других школ, колледжей, вузов", [2, 2, 2, 3], U + "prikaz_vneshnie_nastavniki.pdf", 3),
        ("enterprise_mentors", "stock", "в т.ч. сотрудники предприятий", [1, 1, 0, 2], U + "prikaz_vneshnie_nastavniki.pdf", 2),
        ("other_org_mentors", "stock", "в т.ч. представители иных организаций (культура, спорт, НКО)", [1, 1, 1, 1], None, 1),
        ("mentees_10_19", "amb", "Обучающиеся 10–19 лет — наставляемые", [31, 36, 9, 40], U + "prikaz_baza_nastavlyaemyh_2024.pdf", None),
        ("students_10_19", "stock", "Численность обучающихся 10–19 лет", [412, 412, 405, 410], None, 410),
        ("students_15_19", "stock", "Численность обучающихся 15–19 лет", [98, 98, 94, 96], None, 96),
        ("share_mentors_15_19", "pct", "Доля обучающихся 15–19 лет, выступающих наставниками", [14 / 98, 15 / 98, 11 / 94, 16 / 96], None, None),
        ("H", "2.2. Педагогические кадры (чел.)"),
        ("young_specialists", "stock", "Молодые специалисты (до 35 лет, первые 3 года работы)", [6, 6, 7, 7], None, 7),
        ("young_specialists_mentees", "stock", "Молодые специалисты — наставляемые", [6, 6, 7, 7], U + "prikaz_baza_nastavlyaemyh_2024.pdf", 7),
        ("teachers_other", "stock", "Прочие педагоги (без молодых специалистов)", [46, 46, 45, 45], None, 45),
        ("teachers_other_mentees", "stock", "Прочие педагоги в роли наставляемых", [4, 4, 3, 5], U + "prikaz_baza_nastavlyaemyh_2024.pdf", 5),
        ("share_teachers_mentees", "pct", "Доля педагогов-наставляемых от всех педагогов школы", [10 / 52, 10 / 52, 10 / 52, 12 / 52], None, None),
        ("teachers_in_pp", "stock", "Педагоги — участники персонализированных программ", [9, 10, 7, 12], U + "reestr_personalizirovannyh_programm_2024.pdf", 12),
        ("H", "2.3. Персонализированные программы (утверждено за квартал, ед.)"),
        ("pp_pupil_pupil", "flow", "форма «ученик – ученик»", [3, 2, 0, 4], U + "reestr_personalizirovannyh_programm_2024.pdf", 9),
        ("pp_teacher_teacher", "flow", "форма «педагог – педагог»", [2, 1, 0, 3], U + "reestr_personalizirovannyh_programm_2024.pdf", 6),
        ("pp_head_teacher", "flow", "форма «руководитель – педагог»", [0, 1, 0, 1], U + "reestr_personalizirovannyh_programm_2024.pdf", 2),
        ("pp_teacher_pupil", "flow", "форма «учитель – ученик»", [2, 1, 1, 2], U + "reestr_personalizirovannyh_programm_2024.pdf", 6),
        ("pp_student_pupil", "flow", "форма «студент – ученик»", [0, 0, 0, 1], None, 1),
        ("pp_other", "flow", "иные формы", [0, 0, 0, 0], None, 0),
        ("pp_total", "flow", "Всего персонализированных программ", [7, 5, 1, 11], U + "reestr_personalizirovannyh_programm_2024.pdf", 24),
        ("H", "2.4. Сотрудничество и повышение квалификации"),
        ("agreements_edu_orgs", "flow", "Заключено соглашений с образовательными организациями (наставники от партнёра), ед.", [1, 0, 0, 1], U + "soglasheniya_oo_2024.pdf", 2),
        ("agreements_enterprises", "flow", "Заключено соглашений с предприятиями, ед.", [0, 1, 0, 1], U + "soglasheniya_predpriyatiya_2024.pdf", 2),
        ("agreements_other_orgs", "flow", "Заключено соглашений с иными организациями, ед.", [0, 0, 1, 0], U + "soglashenie_biblioteka_2024.pdf", 1),
        ("kpk_trained", "flow", "Прошли курсы повышения квалификации по наставничеству, чел.", [0, 3, 0, 2], U + "udostovereniya_kpk_nastavnichestvo.pdf", 5),
        (None, "flow", "Встречи наставнических пар (проведено), ед.", [40, 45, 12, 51], None, None),
        ("H", "2.5. Удовлетворённость участием в программах (анкетирование по итогам завершённых программ, %)"),
        ("satisfaction_mentors", "mean", "Наставники", [None, 89, None, 92], U + "itogi_anketirovaniya_2024.pdf", 90.5),
        ("satisfaction_mentees", "mean", "Наставляемые", [None, 84, None, 87], U + "itogi_anketirovaniya_2024.pdf", 85.5),
    ]
    n = 0
    for row in grid:
        r += 1
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            put(ws, r, 1, row[1], bold=True, fill=SEC_FILL)
            F.headings.append(row[1])
            continue
        crit, kind, title, q, url, exp = row
        n += 1
        put(ws, r, 1, n)
        put(ws, r, 2, title)
        for j, v in enumerate(q):
            if kind == "pct":
                put(ws, r, 3 + j, round(v, 4), fmt=PCT, align=CENTER)
            else:
                put(ws, r, 3 + j, v if v is not None else "—", align=CENTER)
        if kind in ("stock", "pct"):
            formula = f"=F{r}"
        elif kind in ("flow", "amb"):
            formula = f"=SUM(C{r}:F{r})"
        else:
            formula = f"=AVERAGE(D{r},F{r})"
        put(ws, r, 7, formula, bold=True, align=CENTER, fmt=PCT if kind == "pct" else None)
        put(ws, r, 8, url)
        if crit is None:
            F.not_criteria.append(title)
            continue
        if kind == "amb":
            continue  # left out: quarterly headcounts or new entries? (README)
        if kind == "pct":
            exp = round(round(q[3], 4) * 100, 2)
        F.val(ws, ref(7, r), crit, exp, formula=formula)
        if url:
            F.link(ws, ref(8, r), crit, url)
    r += 2
    put(ws, r, 2, "Ответственный: заместитель директора по УВР Сунцова Т.А., тел. 8 (34152) 2-14-07", border=False)
    ws.freeze_panes = "C8"
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, fname)
    wb.save(src)
    resave_with_libreoffice(src, TYPED)
    F.done()


def resave_with_libreoffice(src, outdir):
    profile = "file://" + os.path.join(BUILD, "lo_profile")
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
           "--outdir", outdir, src]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = os.path.join(outdir, os.path.basename(src))
    if res.returncode != 0 or not os.path.exists(out):
        sys.exit("LibreOffice re-save failed: " + res.stdout + res.stderr)
    # the formulas must now carry cached values
    wb = load_workbook(out, data_only=True)
    ws = wb.worksheets[0]
    missing = [c.coordinate for row in load_workbook(out).worksheets[0].iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("=") and ws[c.coordinate].value is None]
    if missing:
        sys.exit("no cached values in " + ", ".join(missing))


# ---------------------------------------------------------------------------------------------
# B. МБОУ «Ключёвская СОШ»: на 01.01.2024 | на 01.07.2024 | на 31.12.2024 | План на 01.09.2025
# ---------------------------------------------------------------------------------------------
def form_b():
    fname = "klyuchevskaya_sosh_na_daty_2024.xlsx"
    org = "МБОУ «Ключёвская СОШ»"
    F = Form(fname, org)
    U = "https://klyuchevskaya-shkola.edu.ru/wp-content/uploads/2024/12/"
    Y = "https://disk.yandex.ru/i/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма мониторинга"
    widths(ws, [6, 60, 13, 13, 13, 13, 58, 30])
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, "Сведения о реализации целевой модели наставничества в 2024 году", bold=True, border=False, align=CENTER)
    ws.merge_cells("A2:H2")
    put(ws, 2, 1, org, bold=True, border=False, align=CENTER)
    put(ws, 3, 1, MUNI, border=False, align=None)
    r = 5
    hdr = ["№ п/п", "Критерий", "на 01.01.2024", "на 01.07.2024", "на 31.12.2024", "План на 01.09.2025",
           "Подтверждающий документ (ссылка)", "Примечание"]
    for c, h in enumerate(hdr, start=1):
        put(ws, r, c, h, bold=True, fill=HEAD_FILL, align=CENTER)
    F.not_criteria.append("План на 01.09.2025")
    P = "pct"
    rows = [
        ("H", "1. Нормативное обеспечение"),
        ("orgs_regulation_teachers", "yn", "Положение о системе наставничества педагогов (утверждено приказом)", [1, 1, 1], None, U + "polozhenie_nastavnichestvo_pedagogi.pdf", None),
        ("orgs_regulation_students", "yn", "Положение о наставничестве обучающихся (утверждено приказом)", [1, 1, 1], None, U + "polozhenie_nastavnichestvo_obuchayushchiesya.pdf", None),
        ("orgs_monitoring_order", "yn", "Приказ о мониторинге ЦМН в школе", [0, 0, 1], None, U + "prikaz_112-od_monitoring.pdf", "приказ от 16.09.2024 № 112-од"),
        ("internal_monitoring_notes", "yn", "Аналитическая справка по внутреннему мониторингу", [0, 0, 1], None, U + "spravka_monitoring_20-12-2024.pdf", "справка от 20.12.2024"),
        ("pay_acts", "n", "Локальные акты о стимулирующих выплатах наставникам, кол-во", [1, 1, 1], None, U + "polozhenie_stimuliruyushchie_vyplaty.pdf", None),
        ("nonmaterial_acts", "n", "Положение о нематериальном поощрении наставников, кол-во", [0, 1, 1], None, None, "утверждено в мае 2024 г."),
        ("H", "2. Организация наставничества"),
        ("curators_total", "n", "Куратор(ы) ЦМН в школе, чел.", [1, 1, 1], 1, U + "prikaz_kurator_cmn.pdf", None),
        ("mentors_total", "n", "Наставники (приказ о закреплении наставнических пар), чел.", [18, 21, 24], 26, Y + "kl4Qz7mRw2XbNs", None),
        ("mentees_total", "n", "Наставляемые (приказ о закреплении наставнических пар), чел.", [39, 44, 51], 55, Y + "kl4Qz7mRw2XbNs", None),
        (None, "n", "Наставнические пары (группы), ед.", [17, 20, 23], 25, None, None),
        ("external_edu_mentors", "n", "Наставники из других образовательных организаций, чел.", [0, 1, 1], 1, Y + "kl4Qz7mRw2XbNs", None),
        ("other_org_mentors", "n", "Наставники из иных организаций (СДК), чел.", [1, 1, 1], 1, None, None),
        ("enterprise_mentors", "n", "Наставники — работники предприятий, чел.", [0, 0, 1], 2, Y + "kl4Qz7mRw2XbNs", None),
        ("partner_list", "txt", "Партнёры школы по наставничеству",
         ["Ключёвский сельский Дом культуры", "Ключёвский сельский Дом культуры; МБОУ «Луговская СОШ №1»",
          "Ключёвский сельский Дом культуры; МБОУ «Луговская СОШ №1»; СПК «Ключёвский»"], None, None, None),
        ("H", "3. Персонализированные программы и соглашения (утверждено / заключено с начала года, нарастающим итогом)"),
        ("pp_total", "n", "Персонализированные программы — всего", ["—", 9, 15], 18, U + "reestr_pp_2024.pdf", None),
        ("pp_pupil_pupil", "n", "ученик – ученик", ["—", 4, 6], None, U + "reestr_pp_2024.pdf", None),
        ("pp_teacher_teacher", "n", "учитель – учитель", ["—", 2, 3], None, U + "reestr_pp_2024.pdf", None),
        ("pp_head_teacher", "n", "руководитель – педагог", ["—", 0, 1], None, None, None),
        ("pp_teacher_pupil", "n", "учитель – ученик", ["—", 3, 4], None, U + "reestr_pp_2024.pdf", None),
        ("pp_other", "n", "иные формы", ["—", 0, 1], None, None, "форма «педагог – родитель»"),
        ("agreements_edu_orgs", "n", "Соглашения с образовательными организациями", ["—", 1, 1], None, U + "soglashenie_lugovskaya_sosh1.pdf", None),
        ("agreements_enterprises", "n", "Соглашения с предприятиями", ["—", 0, 1], None, U + "soglashenie_spk_klyuchevskiy.pdf", None),
        ("agreements_other_orgs", "n", "Соглашения с иными организациями", ["—", 0, 2], None, None, None),
        ("H", "4. Обучающиеся"),
        ("students_10_19", "n", "Обучающиеся 10–19 лет, всего, чел.", [171, 171, 168], None, None, None),
        ("mentees_10_19", "n", "из них наставляемые, чел.", [30, 34, 41], None, Y + "kl9Vb3TtPq0LmA", None),
        ("mentees_risk", "n", "в т.ч. «группа риска»", [4, 4, 5], None, Y + "kl9Vb3TtPq0LmA", None),
        ("mentees_gifted", "n", "в т.ч. одарённые дети (внесены в реестр)", [2, 3, 3], None, Y + "kl9Vb3TtPq0LmA", None),
        ("mentees_disabled", "n", "в т.ч. дети с ОВЗ и дети-инвалиды", [3, 3, 4], None, None, None),
        ("mentees_low_motivation", "n", "в т.ч. с низкой мотивацией и неуспевающие", [6, 7, 9], None, Y + "kl9Vb3TtPq0LmA", None),
        ("mentees_career", "n", "в т.ч. затрудняющиеся с выбором профессии / образовательной траектории", [5, 5, 8], None, Y + "kl9Vb3TtPq0LmA", None),
        ("mentees_other_params", "n", "в т.ч. по иным основаниям", [2, 2, 3], None, None, "адаптация прибывших обучающихся"),
        ("share_mentees_10_19", P, "Доля наставляемых среди обучающихся 10–19 лет, %", [(30, 171), (34, 171), (41, 168)], None, None, None),
        ("students_15_19", "n", "Обучающиеся 15–19 лет, всего, чел.", [36, 36, 34], None, None, None),
        ("mentors_15_19", "n", "из них наставники (по приказу), чел.", [7, 8, 9], 10, Y + "kl4Qz7mRw2XbNs", None),
        ("share_mentors_15_19", P, "Доля обучающихся 15–19 лет — наставников, %", [(7, 36), (8, 36), (9, 34)], None, None, None),
        ("H", "5. Педагоги"),
        ("young_specialists", "n", "Молодые педагоги (до 35 лет, стаж до 3 лет), чел.", [2, 2, 3], None, None, None),
        ("young_specialists_mentees", "n", "молодые педагоги, закреплённые за наставником, чел.", [2, 2, 3], None, Y + "kl4Qz7mRw2XbNs", None),
        ("share_young_specialists_mentees", P, "Доля молодых педагогов с наставником, %", [(2, 2), (2, 2), (3, 3)], None, None, None),
        ("teachers_other", "n", "Педагоги без учёта молодых специалистов, чел.", [24, 24, 23], None, None, None),
        ("teachers_other_mentees", "n", "из них наставляемые, чел.", [1, 1, 2], None, Y + "kl4Qz7mRw2XbNs", None),
        ("teachers_mentors", "n", "Педагоги-наставники, чел.", [10, 11, 12], 13, Y + "kl4Qz7mRw2XbNs", None),
        ("young_specialists_mentors", "n", "Молодые педагоги в роли наставника, чел.", [0, 0, 0], None, None, None),
        ("share_teachers_mentors", P, "Доля педагогов-наставников, %", [(10, 26), (11, 26), (12, 26)], None, None, None),
        ("share_young_specialists_mentors", P, "Доля молодых педагогов — наставников, %", [(0, 2), (0, 2), (0, 3)], None, None, None),
        ("teachers_in_pp", "n", "Педагоги, участвующие в персонализированных программах, чел.", [4, 6, 8], None, U + "reestr_pp_2024.pdf", None),
        ("kpk_trained", "amb", "Педагоги, имеющие удостоверение о КПК по наставничеству (всего), чел.", [3, 5, 8], 10, U + "udostovereniya_kpk.pdf", None),
        ("school_methodical_associations", "n", "ШМО наставников, ед.", [0, 1, 1], None, U + "prikaz_shmo_nastavnikov.pdf", "создано с 01.02.2024"),
        ("H", "6. Удовлетворённость участников завершённых программ, %"),
        ("satisfaction_mentors", "n", "Наставники (по анкетам)", [86, 88, 91], None, U + "anketirovanie_itogi.pdf", "на 01.01.2024 — итоги 2023 г.; на 01.07.2024 — анкетирование в мае 2024 г.; на 31.12.2024 — итог за 2024 год (май и декабрь)"),
        ("satisfaction_mentees", "n", "Наставляемые (по анкетам)", [82, 85, 89], None, U + "anketirovanie_itogi.pdf", "то же"),
    ]
    n = 0
    for row in rows:
        r += 1
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            put(ws, r, 1, row[1], bold=True, fill=SEC_FILL)
            F.headings.append(row[1])
            continue
        crit, kind, title, vals, plan, url, note = row
        n += 1
        put(ws, r, 1, f"{n}.")
        put(ws, r, 2, title)
        shown = []
        for j, v in enumerate(vals):
            if kind == "yn":
                s = yn(v)
            elif kind == P:
                s = share(*v)
            else:
                s = v
            shown.append(s)
            put(ws, r, 3 + j, s, align=CENTER if kind != "txt" else WRAP)
        put(ws, r, 6, plan, align=CENTER)
        put(ws, r, 7, url)
        put(ws, r, 8, note)
        if crit is None:
            F.not_criteria.append(title)
            continue
        if kind == "amb":
            continue
        exp = vals[2] if kind in ("yn", "n") else shown[2]
        F.val(ws, ref(5, r), crit, exp)
        if url:
            F.link(ws, ref(7, r), crit, url)
    r += 2
    put(ws, r, 2, "Директор школы ____________ О.В. Корепанова", border=False)
    ws.freeze_panes = "C6"
    wb.save(os.path.join(TYPED, fname))
    F.done()


# ---------------------------------------------------------------------------------------------
# C. МБУ ДО «Луговской районный Дом детского творчества»: I полугодие | II полугодие | 2024 год
# ---------------------------------------------------------------------------------------------
def form_c():
    fname = "ddt_lugovoe_polugodiya_2024.xlsx"
    org = "МБУ ДО «Луговской районный Дом детского творчества»"
    F = Form(fname, org)
    U = "https://ddt-lugovoe.gosuslugi.ru/netcat_files/userfiles/cmn/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    widths(ws, [26, 60, 16, 16, 16, 55])
    ws.merge_cells("A1:F1")
    put(ws, 1, 1, "Информация для мониторинга целевой модели наставничества, 2024 год", bold=True, border=False, align=CENTER)
    ws.merge_cells("A2:F2")
    put(ws, 2, 1, org, bold=True, border=False, align=CENTER)
    r = 4
    for c, h in enumerate(["Направление", "Показатель", "I полугодие 2024", "II полугодие 2024", "2024 год", "Источник (ссылка)"], start=1):
        put(ws, r, c, h, bold=True, fill=HEAD_FILL, align=CENTER)
    P = "pct"
    partners1 = "МБОУ «Луговская СОШ №1»; Луговской районный краеведческий музей"
    partners2 = "ООО «Агрофирма «Луговская»; БПОУ УР «Луговской аграрный колледж»"
    courses1 = "«Наставничество в дополнительном образовании: технологии и практики» (АОУ ДПО УР ИРО, 36 ч)"
    courses2 = "«Школа наставника: сопровождение молодого педагога» (36 ч)"
    blocks = [
        ("Нормативное обеспечение", [
            ("orgs_regulation_teachers", "yn", "Положение о наставничестве педагогов (приказ)", [1, 1, 1], U + "prikaz_polozhenie_ped.pdf"),
            ("orgs_regulation_students", "yn", "Положение о наставничестве обучающихся (приказ)", [0, 1, 1], U + "prikaz_polozhenie_obuch.pdf"),
            ("orgs_monitoring_order", "yn", "Приказ о внутреннем мониторинге ЦМН", [1, 1, 1], U + "prikaz_monitoring.pdf"),
            ("internal_monitoring_notes", "yn", "Информационная справка по итогам мониторинга", [None, 1, 1], U + "spravka_monitoring_2024.pdf"),
        ]),
        ("Организация процесса наставничества", [
            ("curators_total", "n", "Кураторы ЦМН, чел.", [1, 1, 1], None),
            ("mentors_total", "n", "Наставники (по приказу), чел.", [27, 30, 30], U + "prikaz_nastavniki_2024.pdf"),
            ("mentees_total", "amb", "Наставляемые (по приказу), чел.", [64, 71, 98], U + "prikaz_nastavlyaemye_2024.pdf"),
            ("agreements_edu_orgs", "n", "Соглашения со школами и колледжем (заключено), ед.", [1, 1, 2], U + "soglasheniya_2024.pdf"),
            ("agreements_enterprises", "n", "Соглашения с предприятиями (заключено), ед.", [0, 1, 1], U + "soglasheniya_2024.pdf"),
            ("agreements_other_orgs", "n", "Соглашения с иными организациями (заключено), ед.", [2, 0, 2], None),
            ("partner_list", "txt", "Партнёры (наименования)", [partners1, partners2, partners1 + "; " + partners2], None),
            (None, "n", "Совместные мероприятия с партнёрами, ед.", [3, 4, 7], None),
        ]),
        ("Персонализированные программы", [
            ("pp_pupil_pupil", "n", "«обучающийся – обучающийся»", [4, 5, 9], U + "programmy_pp_2024.pdf"),
            ("pp_teacher_teacher", "n", "«педагог – педагог»", [2, 1, 3], U + "programmy_pp_2024.pdf"),
            ("pp_head_teacher", "n", "«руководитель – педагог»", [1, 0, 1], U + "programmy_pp_2024.pdf"),
            ("pp_teacher_pupil", "n", "«педагог – обучающийся»", [6, 7, 13], U + "programmy_pp_2024.pdf"),
            ("pp_student_pupil", "n", "«студент – обучающийся»", [0, 1, 1], None),
            ("pp_total", "n", "Итого персонализированных программ", [13, 14, 27], U + "programmy_pp_2024.pdf"),
        ]),
        ("Внешние наставники", [
            ("external_edu_mentors", "n", "из школ, колледжа, вуза, чел.", [2, 2, 2], U + "prikaz_nastavniki_2024.pdf"),
            ("enterprise_mentors", "n", "с предприятий, чел.", [0, 1, 1], U + "prikaz_nastavniki_2024.pdf"),
            ("other_org_mentors", "n", "из учреждений культуры и НКО, чел.", [3, 3, 3], None),
        ]),
        ("Дети 10–19 лет", [
            ("students_10_19", "n", "Обучающиеся 10–19 лет (по контингенту), чел.", [512, 540, 540], None),
            ("mentees_10_19", "n", "из них в роли наставляемых, чел.", [49, 58, 58], U + "prikaz_nastavlyaemye_2024.pdf"),
            ("mentees_gifted", "n", "в т.ч. одарённые (в реестре)", [6, 8, 8], U + "prikaz_nastavlyaemye_2024.pdf"),
            ("mentees_disabled", "n", "в т.ч. с ОВЗ / инвалидностью", [3, 4, 4], None),
            ("share_mentees_10_19", P, "Охват наставничеством (наставляемые) 10–19 лет, %", [(49, 512), (58, 540), (58, 540)], None),
        ]),
        ("Подростки 15–19 лет — наставники", [
            ("students_15_19", "n", "Обучающиеся 15–19 лет, чел.", [131, 120, 120], None),
            ("mentors_15_19", "n", "из них наставники (по приказу), чел.", [7, 9, 9], U + "prikaz_nastavniki_2024.pdf"),
            ("share_mentors_15_19", P, "Доля наставников среди обучающихся 15–19 лет, %", [(7, 131), (9, 120), (9, 120)], None),
        ]),
        ("Удовлетворённость, %", [
            ("satisfaction_mentors", "n", "наставников (завершённые программы)", [88, 92, 90], U + "anketirovanie_2024.pdf"),
            ("satisfaction_mentees", "n", "наставляемых (завершённые программы)", [85, 89, 87], U + "anketirovanie_2024.pdf"),
        ]),
        ("Педагоги", [
            ("young_specialists", "n", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", [4, 5, 5], None),
            ("young_specialists_mentees", "n", "молодые специалисты — наставляемые, чел.", [4, 4, 4], U + "prikaz_nastavlyaemye_2024.pdf"),
            ("share_young_specialists_mentees", P, "доля молодых специалистов с наставником, %", [(4, 4), (4, 5), (4, 5)], None),
            ("teachers_other", "n", "Остальные педагоги, чел.", [39, 38, 38], None),
            ("teachers_other_mentees", "n", "остальные педагоги — наставляемые, чел.", [2, 3, 3], U + "prikaz_nastavlyaemye_2024.pdf"),
            ("teachers_mentors", "n", "Педагоги-наставники, чел.", [13, 14, 14], U + "prikaz_nastavniki_2024.pdf"),
            ("share_teachers_mentors", P, "доля педагогов-наставников, %", [(13, 43), (14, 43), (14, 43)], None),
            ("teachers_in_pp", "n", "Педагоги в персонализированных программах, чел.", [5, 7, 7], U + "programmy_pp_2024.pdf"),
        ]),
        ("Профессиональное развитие", [
            ("kpk_trained", "n", "Обучены на КПК по наставничеству, чел.", [2, 3, 5], U + "kpk_2024.pdf"),
            ("kpk_courses", "txt", "Названия курсов", [courses1, courses2, courses1 + "; " + courses2], None),
            ("school_methodical_associations", "n", "Методическое объединение наставников, ед.", [1, 1, 1], U + "plan_mo_nastavnikov.pdf"),
        ]),
        ("Стимулирование", [
            ("pay_acts", "n", "Локальные акты об оплате наставничества, ед.", [1, 1, 1], U + "polozhenie_oplata.pdf"),
            ("nonmaterial_acts", "n", "Локальные акты о нематериальном поощрении, ед.", [0, 1, 1], None),
        ]),
    ]
    for direction, items in blocks:
        first = r + 1
        F.headings.append(direction)
        for crit, kind, title, vals, url in items:
            r += 1
            put(ws, r, 2, title)
            shown = []
            for j, v in enumerate(vals):
                s = yn(v) if kind == "yn" else (share(*v) if kind == P else v)
                shown.append(s)
                put(ws, r, 3 + j, s, align=WRAP if kind == "txt" else CENTER)
            put(ws, r, 6, url)
            if crit is None:
                F.not_criteria.append(title)
                continue
            if kind == "amb":
                continue
            exp = vals[2] if kind in ("yn", "n") else shown[2]
            F.val(ws, ref(5, r), crit, exp)
            if url:
                F.link(ws, ref(6, r), crit, url)
        put(ws, first, 1, direction, bold=True, align=Alignment(wrap_text=True, vertical="center"))
        for rr in range(first + 1, r + 1):
            ws.cell(row=rr, column=1).border = BOX
        if r > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
    r += 2
    put(ws, r, 1, "Методист ДДТ: Бабинцева Е.Н.", border=False, align=None)
    wb.save(os.path.join(TYPED, fname))
    F.done()


# ---------------------------------------------------------------------------------------------
# D. МБОУ «Верхнепожинская ООШ»: 2023/24 уч. год | 2024/25 уч. год (сентябрь–декабрь)
# ---------------------------------------------------------------------------------------------
def form_d():
    fname = "verhnepozhinskaya_oosh_uch_gody.xlsx"
    org = "МБОУ «Верхнепожинская ООШ»"
    F = Form(fname, org)
    G = "https://verhnepozhinskaya-oosh.gosuslugi.ru/ofitsialno/dokumenty/nastavnichestvo/"
    Y = "https://disk.yandex.ru/i/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    widths(ws, [62, 16, 20, 55, 42])
    ws.merge_cells("A1:E1")
    put(ws, 1, 1, "Отчёт о реализации целевой модели наставничества (мониторинг 2024 г.)", bold=True, border=False, align=CENTER)
    put(ws, 2, 1, "Организация:", border=False, align=None)
    put(ws, 2, 2, org, bold=True, border=False, align=None)
    r = 4
    put(ws, r, 1, "Показатель", bold=True, fill=HEAD_FILL, align=CENTER)
    put(ws, r, 2, "Значение", bold=True, fill=HEAD_FILL, align=CENTER)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    put(ws, r, 4, "Ссылка на источник", bold=True, fill=HEAD_FILL, align=CENTER)
    put(ws, r, 5, "Примечание", bold=True, fill=HEAD_FILL, align=CENTER)
    r += 1
    put(ws, r, 1, None, fill=HEAD_FILL)
    put(ws, r, 2, "2023/24 уч. год", bold=True, fill=HEAD_FILL, align=CENTER)
    put(ws, r, 3, "2024/25 уч. год (сентябрь–декабрь)", bold=True, fill=HEAD_FILL, align=CENTER)
    put(ws, r, 4, None, fill=HEAD_FILL)
    put(ws, r, 5, None, fill=HEAD_FILL)
    ws.merge_cells(start_row=r - 1, start_column=1, end_row=r, end_column=1)
    ws.merge_cells(start_row=r - 1, start_column=4, end_row=r, end_column=4)
    ws.merge_cells(start_row=r - 1, start_column=5, end_row=r, end_column=5)

    def pct_text(num, den):
        return f"{share(num, den):.2f}".replace(".", ",") + "%"

    # kind: yn / n / pt (share as text «22,97%») / flow (left out) / sat (2023/24 survey in May 2024)
    rows = [
        ("H", "Документы"),
        ("orgs_regulation_teachers", "yn", "Положение о наставничестве педработников", [1, 1], Y + "Vp7cM1nQe5sKdw", None),
        ("orgs_regulation_students", "yn", "Положение о наставничестве учащихся", [1, 1], Y + "Vp8dN2rWf6tLex", None),
        ("orgs_monitoring_order", "yn", "Приказ о мониторинге наставничества", [1, 1], G + "prikaz_monitoring_2024.pdf", None),
        ("internal_monitoring_notes", "yn", "Итоговая справка внутреннего мониторинга", [1, 1], G + "spravka_itogi_monitoringa.pdf", "справки: май 2024, декабрь 2024"),
        ("H", "Участники наставничества"),
        ("curators_total", "n", "Куратор наставничества, чел.", [1, 1], None, None),
        ("mentors_total", "n", "Наставники по приказу, чел.", [9, 11], G + "prikaz_pary_2024-2025.pdf", None),
        ("mentees_total", "n", "Наставляемые по приказу, чел.", [17, 21], G + "prikaz_pary_2024-2025.pdf", None),
        ("students_10_19", "n", "Учащиеся 10–19 лет, чел.", [76, 74], None, None),
        ("mentees_10_19", "n", "Учащиеся 10–19 лет — наставляемые, чел.", [14, 17], G + "prikaz_pary_2024-2025.pdf", None),
        ("mentees_risk", "n", "из них «группа риска»", [3, 3], None, None),
        ("mentees_disabled", "n", "из них с ОВЗ / инвалидностью", [2, 2], G + "prikaz_pary_2024-2025.pdf", None),
        ("mentees_low_motivation", "n", "из них с низкой мотивацией / неуспевающие", [5, 6], G + "prikaz_pary_2024-2025.pdf", None),
        ("mentees_career", "n", "из них с проблемами профессионального самоопределения", [3, 4], None, None),
        ("share_mentees_10_19", "pt", "Охват учащихся 10–19 лет (наставляемые)", [(14, 76), (17, 74)], None, None),
        ("students_15_19", "n", "Учащиеся 15–19 лет (8–9 кл.), чел.", [13, 12], None, None),
        ("mentors_15_19", "n", "из них наставники, чел.", [2, 3], G + "prikaz_pary_2024-2025.pdf", None),
        ("share_mentors_15_19", "pt", "Охват учащихся 15–19 лет (наставники)", [(2, 13), (3, 12)], None, None),
        ("H", "Педагоги"),
        ("young_specialists", "n", "Молодые специалисты, чел.", [2, 2], None, "до 35 лет, первые 3 года работы"),
        ("young_specialists_mentees", "n", "Молодые специалисты с наставником, чел.", [2, 2], G + "prikaz_pary_2024-2025.pdf", None),
        ("teachers_other", "n", "Педагоги (кроме молодых специалистов), чел.", [13, 13], None, None),
        ("teachers_other_mentees", "n", "из них наставляемые, чел.", [1, 2], None, None),
        ("share_teachers_mentees", "pt", "Доля педагогов-наставляемых", [(3, 15), (4, 15)], None, None),
        ("teachers_mentors", "n", "Педагоги-наставники, чел.", [7, 8], G + "prikaz_pary_2024-2025.pdf", None),
        ("share_teachers_mentors", "pt", "Доля педагогов-наставников", [(7, 15), (8, 15)], None, None),
        ("school_methodical_associations", "n", "МО наставников, ед.", [1, 1], Y + "Vp9eP3sXg7uMfy", None),
        (None, "n", "Заседания МО наставников, проведено", [4, 2], None, None),
        ("H", "Программы, соглашения, обучение"),
        ("pp_total", "flow", "Персонализированные программы наставничества, всего", [11, 6], G + "programmy_2024-2025.pdf", None),
        ("pp_pupil_pupil", "flow", "«ученик – ученик»", [4, 2], None, None),
        ("pp_teacher_teacher", "flow", "«учитель – учитель»", [2, 2], None, None),
        ("pp_teacher_pupil", "flow", "«учитель – ученик»", [5, 2], None, None),
        ("agreements_other_orgs", "flow", "Соглашения о сотрудничестве с иными организациями", [1, 0], None, None),
        ("kpk_trained", "flow", "Прошли КПК по наставничеству, чел.", [1, 2], None, None),
        ("H", "Удовлетворённость участием в завершённых программах, %"),
        ("satisfaction_mentors", "sat", "наставники", [91, "—"], Y + "VpAfQ4tYh8vNgz", "анкетирование проведено в мае 2024 г.; программы 2024/25 уч. г. ещё не завершены"),
        ("satisfaction_mentees", "sat", "наставляемые", [88, "—"], Y + "VpAfQ4tYh8vNgz", "анкетирование проведено в мае 2024 г."),
    ]
    for row in rows:
        r += 1
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            put(ws, r, 1, row[1], bold=True, fill=SEC_FILL)
            F.headings.append(row[1])
            continue
        crit, kind, title, vals, url, note = row
        put(ws, r, 1, title)
        shown = []
        for j, v in enumerate(vals):
            s = yn(v) if kind == "yn" else (pct_text(*v) if kind == "pt" else v)
            shown.append(s)
            put(ws, r, 2 + j, s, align=CENTER)
        put(ws, r, 4, url)
        put(ws, r, 5, note)
        if crit is None:
            F.not_criteria.append(title)
            continue
        if kind == "flow":
            continue  # neither school-year column is the calendar year 2024 (README)
        if kind == "sat":
            F.val(ws, ref(2, r), crit, vals[0])
        else:
            exp = share(*vals[1]) if kind == "pt" else vals[1]
            F.val(ws, ref(3, r), crit, exp)
        if url:
            F.link(ws, ref(4, r), crit, url)
    r += 2
    put(ws, r, 1, "Исп. Шкляева М.П. (куратор наставничества)", border=False, align=None)
    wb.save(os.path.join(TYPED, fname))
    F.done()


# ---------------------------------------------------------------------------------------------
# E. МБОУ «Берёзовская СОШ»: за IV квартал | нарастающим итогом на 31.12.2024 + monthly grid
# ---------------------------------------------------------------------------------------------
def form_e():
    fname = "berezovskaya_sosh_4kv_narastayushchim.xlsx"
    org = "МБОУ «Берёзовская СОШ»"
    F = Form(fname, org)
    U = "https://berezovskaya-sosh.edu.ru/sveden/document/nastavnichestvo/"
    M = "https://cloud.mail.ru/public/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчёт"
    widths(ws, [6, 62, 10, 16, 20, 56])
    ws.merge_cells("A1:F1")
    put(ws, 1, 1, f"Отчёт {org} о реализации целевой модели наставничества за IV квартал и 2024 год", bold=True, border=False, align=CENTER)
    put(ws, 2, 2, org, bold=True, border=False, align=None)
    ws.merge_cells("A3:F3")
    put(ws, 3, 1, "Численность участников — на 31.12.2024; программы, соглашения, курсы — нарастающим итогом с 01.01.2024. "
                  "Помесячные данные по программам и курсам — на листе «Помесячно».", border=False)
    r = 5
    for c, h in enumerate(["№", "Показатель", "Ед. изм.", "за IV квартал 2024 г.", "нарастающим итогом на 31.12.2024", "Ссылка"], start=1):
        put(ws, r, c, h, bold=True, fill=HEAD_FILL, align=CENTER)
    PCT = "0.00%"
    partners = "ООО «Берёзовский ЛПХ»; ИП глава КФХ Сунцов А.В.; МБУК «Берёзовский сельский клуб»; МАОУ «Луговская гимназия»"
    rows = [
        ("H", "I. Нормативные и организационные условия"),
        ("orgs_regulation_teachers", "yn", "Положение о наставничестве педагогических работников", "да/нет", "х", 1, U + "polozhenie_ped_nastavnichestvo.pdf"),
        ("orgs_regulation_students", "yn", "Положение о наставничестве обучающихся", "да/нет", "х", 1, U + "polozhenie_uch_nastavnichestvo.pdf"),
        ("orgs_monitoring_order", "yn", "Приказ о мониторинге реализации ЦМН", "да/нет", "х", 1, U + "prikaz_monitoring_cmn.pdf"),
        ("internal_monitoring_notes", "yn", "Справка по итогам внутреннего мониторинга", "да/нет", "да", 1, U + "spravka_dekabr_2024.pdf"),
        ("curators_total", "n", "Кураторы ЦМН", "чел.", "х", 2, U + "prikaz_kuratory.pdf"),
        ("school_methodical_associations", "n", "ШМО наставников", "ед.", "х", 1, None),
        ("pay_acts", "n", "Локальные акты об оплате наставничества", "ед.", "х", 1, U + "polozhenie_oplata_truda.pdf"),
        ("nonmaterial_acts", "n", "Локальные акты о нематериальном поощрении наставников", "ед.", "х", 2, U + "polozhenie_pooshchrenie.pdf"),
        ("H", "II. Участники (численность на отчётную дату)"),
        ("mentors_total", "n", "Наставники по приказу", "чел.", "х", 36, M + "Bz7K/4rTqLm2Xa"),
        ("teachers_mentors", "n", "из них педагоги", "чел.", "х", 17, M + "Bz7K/4rTqLm2Xa"),
        ("young_specialists_mentors", "n", "из них молодые специалисты", "чел.", "х", 1, None),
        ("mentors_15_19", "n", "из них обучающиеся 15–19 лет", "чел.", "х", 12, M + "Bz7K/4rTqLm2Xa"),
        ("external_edu_mentors", "n", "из них из других образовательных организаций", "чел.", "х", 2, M + "Bz7K/4rTqLm2Xa"),
        ("enterprise_mentors", "n", "из них работники предприятий (КФХ, ЛПХ)", "чел.", "х", 2, M + "Bz7K/4rTqLm2Xa"),
        ("other_org_mentors", "n", "из них из иных организаций", "чел.", "х", 1, None),
        ("students_10_19", "n", "Обучающиеся 10–19 лет", "чел.", "х", 295, None),
        ("mentees_10_19", "n", "Обучающиеся 10–19 лет в роли наставляемых", "чел.", "х", 47, M + "Cq8L/5sUrMn3Yb"),
        ("mentees_risk", "n", "в т.ч. «группа риска»", "чел.", "х", 6, M + "Cq8L/5sUrMn3Yb"),
        ("mentees_gifted", "n", "в т.ч. из реестра одарённых детей", "чел.", "х", 5, M + "Cq8L/5sUrMn3Yb"),
        ("mentees_low_motivation", "n", "в т.ч. низкая мотивация / неудовлетворительная успеваемость", "чел.", "х", 9, M + "Cq8L/5sUrMn3Yb"),
        ("mentees_other_params", "n", "в т.ч. иные основания", "чел.", "х", 4, None),
        ("share_mentees_10_19", "pct", "Доля наставляемых 10–19 лет", "%", "х", (47, 295), None),
        ("students_15_19", "n", "Обучающиеся 15–19 лет", "чел.", "х", 58, None),
        ("share_mentors_15_19", "pct", "Доля наставников из числа обучающихся 15–19 лет", "%", "х", (12, 58), None),
        ("young_specialists", "n", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", "х", 5, None),
        ("young_specialists_mentees", "n", "Молодые специалисты — наставляемые", "чел.", "х", 5, M + "Cq8L/5sUrMn3Yb"),
        ("teachers_other", "n", "Педагоги, кроме молодых специалистов", "чел.", "х", 34, None),
        ("teachers_other_mentees", "n", "из них наставляемые", "чел.", "х", 4, M + "Cq8L/5sUrMn3Yb"),
        ("share_teachers_mentees", "pct", "Доля педагогов в роли наставляемых", "%", "х", (9, 39), None),
        ("share_young_specialists_mentors", "pct", "Доля молодых специалистов в роли наставника", "%", "х", (1, 5), None),
        ("H", "III. Сотрудничество"),
        ("agreements_edu_orgs", "n", "Соглашения с образовательными организациями (заключено)", "ед.", 0, 1, U + "soglashenie_gimnaziya.pdf"),
        ("agreements_enterprises", "n", "Соглашения с предприятиями (заключено)", "ед.", 1, 2, U + "soglasheniya_kfh_lph.pdf"),
        ("agreements_other_orgs", "n", "Соглашения с иными организациями (заключено)", "ед.", 0, 1, None),
        ("partner_list", "txt", "Партнёры по наставничеству", "", "х", partners, None),
        (None, "n", "Совместные профориентационные мероприятия с партнёрами", "ед.", 2, 6, None),
        ("H", "IV. Удовлетворённость участием в завершённых программах"),
        ("satisfaction_mentors", "n", "наставников (в среднем за период)", "%", 93, 90, U + "anketirovanie_2024.pdf"),
        ("satisfaction_mentees", "n", "наставляемых (в среднем за период)", "%", 88, 86, U + "anketirovanie_2024.pdf"),
    ]
    n = 0
    for row in rows:
        r += 1
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            put(ws, r, 1, row[1], bold=True, fill=SEC_FILL)
            F.headings.append(row[1])
            continue
        crit, kind, title, unit, q4, cum, url = row
        n += 1
        put(ws, r, 1, n)
        put(ws, r, 2, title)
        put(ws, r, 3, unit, align=CENTER)
        put(ws, r, 4, q4, align=CENTER)
        if kind == "yn":
            put(ws, r, 5, "да" if cum else "нет", align=CENTER)
            exp = cum
        elif kind == "pct":
            frac = round(cum[0] / cum[1], 4)
            put(ws, r, 5, frac, fmt=PCT, align=CENTER)
            exp = round(frac * 100, 2)
        else:
            put(ws, r, 5, cum, align=CENTER if kind != "txt" else WRAP)
            exp = cum
        put(ws, r, 6, url)
        if crit is None:
            F.not_criteria.append(title)
            continue
        F.val(ws, ref(5, r), crit, exp)
        if url:
            F.link(ws, ref(6, r), crit, url)
    r += 2
    put(ws, r, 2, "Заместитель директора по ВР Перевощикова Л.А.", border=False, align=None)

    # monthly grid
    ws2 = wb.create_sheet("Помесячно")
    widths(ws2, [52] + [9] * 12 + [12, 50])
    ws2.merge_cells("A1:O1")
    t = "Персонализированные программы и обучение наставников в 2024 году (по месяцам)"
    put(ws2, 1, 1, t, bold=True, border=False)
    months = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"]
    r = 3
    for c, h in enumerate(["Показатель"] + months + ["Всего за 2024 г.", "Ссылка"], start=1):
        put(ws2, r, c, h, bold=True, fill=HEAD_FILL, align=CENTER)

    def m(**kw):
        idx = {"jan": 0, "feb": 1, "mar": 2, "apr": 3, "may": 4, "jun": 5, "jul": 6, "aug": 7, "sep": 8, "oct": 9, "nov": 10, "dec": 11}
        out = [0] * 12
        for k, v in kw.items():
            out[idx[k]] = v
        return out

    pp_pp = m(jan=2, sep=3, oct=1)
    pp_tt = m(jan=1, sep=2)
    pp_ht = m(sep=1)
    pp_tp = m(jan=1, feb=1, sep=2, oct=1)
    pp_all = [a + b + c + d for a, b, c, d in zip(pp_pp, pp_tt, pp_ht, pp_tp)]
    grid = [
        ("H", "Утверждено персонализированных программ, ед."),
        ("pp_pupil_pupil", "«ученик – ученик»", pp_pp, "sum", U + "pp_2024.pdf"),
        ("pp_teacher_teacher", "«педагог – педагог»", pp_tt, "sum", U + "pp_2024.pdf"),
        ("pp_head_teacher", "«руководитель – педагог»", pp_ht, "sum", None),
        ("pp_teacher_pupil", "«учитель – ученик»", pp_tp, "sum", U + "pp_2024.pdf"),
        ("pp_total", "Всего программ", pp_all, "sum", U + "pp_2024.pdf"),
        ("H", "Педагоги и обучение"),
        ("teachers_in_pp", "Педагоги в персонализированных программах (на конец месяца), чел.", [6, 6, 6, 6, 5, 5, 5, 5, 8, 9, 9, 9], "last", M + "Dr9M/6tVsNo4Zc"),
        ("kpk_trained", "Прошли КПК по наставничеству, чел.", m(mar=2, jun=1, oct=3), "sum", M + "Es0N/7uWtOp5Ad"),
        (None, "Консультации куратора для наставников, ед.", [2, 2, 3, 2, 2, 0, 0, 1, 4, 3, 3, 2], "sum", None),
    ]
    for row in grid:
        r += 1
        if row[0] == "H":
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
            put(ws2, r, 1, row[1], bold=True, fill=SEC_FILL)
            F.headings.append(row[1])
            continue
        crit, title, vals, how, url = row
        put(ws2, r, 1, title)
        for j, v in enumerate(vals):
            put(ws2, r, 2 + j, v, align=CENTER)
        total = sum(vals) if how == "sum" else "х"
        put(ws2, r, 14, total, bold=True, align=CENTER)
        put(ws2, r, 15, url)
        if crit is None:
            F.not_criteria.append(title)
            continue
        if how == "sum":
            F.val(ws2, ref(14, r), crit, total)
        else:
            F.val(ws2, ref(13, r), crit, vals[11])  # stock: December (end of year)
        if url:
            F.link(ws2, ref(15, r), crit, url)
    r += 1
    courses = "«Наставничество в образовательной организации: организационно-методический аспект» (март); «Наставник молодого педагога» (октябрь)"
    put(ws2, r, 1, "Наименования курсов")
    ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=14)
    put(ws2, r, 2, courses)
    put(ws2, r, 15, None)
    F.val(ws2, ref(2, r), "kpk_courses", courses)
    wb.save(os.path.join(TYPED, fname))
    F.done()


# ---------------------------------------------------------------------------------------------
# F. МАОУ «Луговская гимназия»: I–IV quarter, no annual column
# ---------------------------------------------------------------------------------------------
def form_f():
    fname = "lugovskaya_gimnaziya_kvartaly_bez_itogo.xlsx"
    org = "МАОУ «Луговская гимназия»"
    F = Form(fname, org)
    G = "https://lug-gimnaziya.gosuslugi.ru/ofitsialno/dokumenty/nastavnichestvo/"
    M = "https://cloud.mail.ru/public/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    widths(ws, [5, 60, 11, 11, 11, 11, 58])
    ws.merge_cells("A1:G1")
    put(ws, 1, 1, "Мониторинг целевой модели наставничества — 2024 год", bold=True, border=False, align=CENTER)
    ws.merge_cells("A2:G2")
    put(ws, 2, 1, org, bold=True, border=False, align=CENTER)
    r = 4
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    t = "А. Документы и условия"
    put(ws, r, 1, t, bold=True, fill=SEC_FILL)
    F.headings.append(t)
    r += 1
    put(ws, r, 1, "№", bold=True, fill=HEAD_FILL, align=CENTER)
    put(ws, r, 2, "Показатель", bold=True, fill=HEAD_FILL, align=CENTER)
    put(ws, r, 3, "Значение", bold=True, fill=HEAD_FILL, align=CENTER)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    put(ws, r, 7, "Ссылка", bold=True, fill=HEAD_FILL, align=CENTER)
    partners = "ФГБОУ ВО «Удмуртский государственный университет»; БПОУ УР «Луговской аграрный колледж»; ООО «ЛугаАгроТех»"
    docs = [
        ("orgs_regulation_teachers", "Положение о наставничестве педагогов утверждено", "Да", 1, G + "polozhenie_nastavnichestvo_pedagogov.pdf"),
        ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено", "Да", 1, G + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf"),
        ("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "Да", 1, G + "prikaz_monitoring_2024.pdf"),
        ("internal_monitoring_notes", "Справка о внутреннем мониторинге", "Нет", 0, None),
        ("curators_total", "Кураторы ЦМН (приказ), чел.", 3, 3, G + "prikaz_kuratory_2024.pdf"),
        ("school_methodical_associations", "ШМО наставников, ед.", 2, 2, G + "shmo_nastavnikov.pdf"),
        ("pay_acts", "Положение об оплате наставничества, ед.", 1, 1, G + "polozhenie_ob_oplate.pdf"),
        ("nonmaterial_acts", "Положение о нематериальном стимулировании наставников, ед.", 1, 1, None),
        ("partner_list", "Партнёры гимназии в наставничестве", partners, partners, M + "Ft1P/8vXuPq6Be"),
    ]
    for i, (crit, title, shown, exp, url) in enumerate(docs, start=1):
        r += 1
        put(ws, r, 1, i)
        put(ws, r, 2, title)
        put(ws, r, 3, shown, align=CENTER if crit != "partner_list" else WRAP)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        put(ws, r, 7, url)
        F.val(ws, ref(3, r), crit, exp)
        if url:
            F.link(ws, ref(7, r), crit, url)
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    t = "Б. Показатели по кварталам"
    put(ws, r, 1, t, bold=True, fill=SEC_FILL)
    F.headings.append(t)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    put(ws, r, 1, "Численность — на последний день квартала; программы, соглашения, курсы — количество за квартал.", border=False)
    r += 1
    for c, h in enumerate(["№", "Показатель", "I кв.", "II кв.", "III кв.", "IV кв.", "Ссылка"], start=1):
        put(ws, r, c, h, bold=True, fill=HEAD_FILL, align=CENTER)
    B = G + "prikaz_baza_nastavnikov_nastavlyaemyh.pdf"
    rows = [
        ("H", "Наставники и наставляемые, чел."),
        ("mentors_total", "stock", "Наставники (по приказу)", [61, 63, 55, 66], B),
        ("mentees_total", "stock", "Наставляемые (по приказу)", [140, 152, 118, 160], B),
        (None, "stock", "Наставники и наставляемые, всего", [201, 215, 173, 226], None),
        ("teachers_mentors", "stock", "Педагоги-наставники", [27, 28, 26, 30], B),
        ("young_specialists_mentors", "stock", "Молодые специалисты — наставники", [1, 1, 2, 2], B),
        ("external_edu_mentors", "stock", "Наставники из вуза, колледжа, других школ", [3, 3, 2, 4], B),
        ("other_org_mentors", "stock", "Наставники из иных организаций", [1, 1, 1, 2], None),
        ("enterprise_mentors", "stock", "Наставники с предприятий", [1, 2, 1, 2], B),
        ("H", "Обучающиеся"),
        ("students_10_19", "stock", "Обучающиеся 10–19 лет, чел.", [528, 528, 516, 522], None),
        ("mentees_10_19", "stock", "в т.ч. наставляемые, чел.", [104, 112, 86, 118], B),
        ("mentees_gifted", "stock", "из них одарённые (в реестре)", [21, 22, 15, 24], B),
        ("mentees_career", "stock", "из них с затруднениями в выборе профессии", [30, 33, 20, 35], B),
        ("mentees_other_params", "stock", "из них по иным параметрам (адаптация вновь прибывших)", [10, 11, 8, 12], None),
        (None, "stock", "Наставляемые — победители и призёры олимпиад", [4, 9, 0, 6], None),
        ("share_mentees_10_19", "share", "Доля наставляемых 10–19 лет, %", [(104, 528), (112, 528), (86, 516), (118, 522)], None),
        ("students_15_19", "stock", "Обучающиеся 15–19 лет, чел.", [154, 154, 146, 150], None),
        ("mentors_15_19", "stock", "в т.ч. наставники (по приказу), чел.", [26, 27, 19, 28], B),
        ("share_mentors_15_19", "share", "Доля наставников 15–19 лет, %", [(26, 154), (27, 154), (19, 146), (28, 150)], None),
        ("H", "Педагоги"),
        ("young_specialists", "stock", "Молодые специалисты (до 35 лет, первые три года), чел.", [8, 8, 9, 9], None),
        ("young_specialists_mentees", "stock", "молодые специалисты в роли наставляемых, чел.", [8, 8, 9, 9], B),
        ("share_young_specialists_mentees", "share", "доля молодых специалистов-наставляемых, %", [(8, 8), (8, 8), (9, 9), (9, 9)], None),
        ("teachers_other", "stock", "Педагоги без молодых специалистов, чел.", [50, 50, 49, 49], None),
        ("teachers_other_mentees", "stock", "из них наставляемые, чел.", [6, 6, 4, 7], B),
        ("share_teachers_mentees", "share", "Доля педагогов-наставляемых (все педагоги), %", [(14, 58), (14, 58), (13, 58), (16, 58)], None),
        ("share_teachers_mentors", "share", "Доля педагогов-наставников, %", [(27, 58), (28, 58), (26, 58), (30, 58)], None),
        ("share_young_specialists_mentors", "share", "Доля молодых специалистов — наставников, %", [(1, 8), (1, 8), (2, 9), (2, 9)], None),
        ("teachers_in_pp", "stock", "Педагоги в персонализированных программах, чел.", [20, 21, 18, 24], G + "reestr_pp_2024.pdf"),
        ("H", "Программы, соглашения, курсы (за квартал)"),
        ("pp_pupil_pupil", "flow", "ПП «ученик – ученик», ед.", [5, 3, 0, 6], G + "reestr_pp_2024.pdf"),
        ("pp_teacher_teacher", "flow", "ПП «учитель – учитель», ед.", [3, 2, 1, 4], G + "reestr_pp_2024.pdf"),
        ("pp_head_teacher", "flow", "ПП «руководитель – педагог», ед.", [1, 0, 1, 1], None),
        ("pp_teacher_pupil", "flow", "ПП «учитель – ученик», ед.", [4, 3, 0, 5], G + "reestr_pp_2024.pdf"),
        ("pp_total", "flow", "ПП всего, ед.", [13, 8, 2, 16], G + "reestr_pp_2024.pdf"),
        ("agreements_edu_orgs", "flow", "Новые соглашения с образовательными организациями, ед.", [1, 0, 0, 1], G + "soglasheniya.pdf"),
        ("agreements_enterprises", "flow", "Новые соглашения с предприятиями, ед.", [0, 1, 0, 0], G + "soglasheniya.pdf"),
        ("agreements_other_orgs", "flow", "Новые соглашения с иными организациями, ед.", [0, 0, 0, 1], None),
        ("kpk_trained", "flow", "Обучено на КПК по наставничеству, чел.", [2, 4, 0, 3], M + "Gu2Q/9wYvQr7Cf"),
        ("H", "Удовлетворённость (анкетирование по завершении программ), %"),
        ("satisfaction_mentors", "sat", "наставники", [None, 90, None, 93], G + "anketirovanie.pdf"),
        ("satisfaction_mentees", "sat", "наставляемые", [None, 86, None, 89], G + "anketirovanie.pdf"),
    ]
    n = 0
    for row in rows:
        r += 1
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            put(ws, r, 1, row[1], bold=True, fill=SEC_FILL)
            F.headings.append(row[1])
            continue
        crit, kind, title, q, url = row
        n += 1
        put(ws, r, 1, n)
        put(ws, r, 2, title)
        for j, v in enumerate(q):
            s = share(*v) if kind == "share" else (v if v is not None else "—")
            put(ws, r, 3 + j, s, align=CENTER)
        put(ws, r, 7, url)
        if crit is None:
            F.not_criteria.append(title)
            continue
        if kind in ("flow", "sat"):
            continue  # no annual column: annual flow / annual satisfaction is in no cell (README)
        exp = share(*q[3]) if kind == "share" else q[3]
        F.val(ws, ref(6, r), crit, exp)
        if url:
            F.link(ws, ref(7, r), crit, url)
    r += 2
    put(ws, r, 2, "Отв. за мониторинг: Кузнецова И.В., зам. директора", border=False, align=None)
    wb.save(os.path.join(TYPED, fname))
    F.done()


def sanity():
    """Parts never larger than their wholes; shares consistent with counts."""
    for e in EXPECTED:
        v = e["values"]

        def le(a, b):
            if a in v and b in v:
                assert v[a] <= v[b], (e["file"], a, v[a], b, v[b])
        for part in ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                     "mentees_career", "mentees_other_params"]:
            le(part, "mentees_10_19")
        le("mentees_10_19", "students_10_19")
        le("mentors_15_19", "students_15_19")
        le("young_specialists_mentees", "young_specialists")
        le("young_specialists_mentors", "young_specialists")
        le("teachers_other_mentees", "teachers_other")
        le("young_specialists_mentors", "teachers_mentors")
        parts = sum(v.get(k, 0) for k in ["teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                          "other_org_mentors", "enterprise_mentors"])
        if "mentors_total" in v:
            assert parts <= v["mentors_total"], (e["file"], parts)
        if "mentees_total" in v:
            s = sum(v.get(k, 0) for k in ["mentees_10_19", "young_specialists_mentees", "teachers_other_mentees"])
            assert s <= v["mentees_total"], (e["file"], s)
        pp = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
              "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
        if "pp_total" in v:
            assert sum(v.get(k, 0) for k in pp) == v["pp_total"], e["file"]

        def ratio(s, num, den):
            if s in v and all(k in v for k in num + den):
                exp = round(sum(v[k] for k in num) * 100 / sum(v[k] for k in den), 2)
                assert abs(exp - v[s]) < 0.011, (e["file"], s, exp, v[s])
        ratio("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"])
        ratio("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"])
        ratio("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"])
        ratio("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"], ["teachers_other", "young_specialists"])
        ratio("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"])
        ratio("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    form_a()
    form_b()
    form_c()
    form_d()
    form_e()
    form_f()
    sanity()
    shutil.rmtree(BUILD, ignore_errors=True)  # openpyxl original of file A and the LibreOffice profile
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(CELLS, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    for e in EXPECTED:
        print(f'{e["file"]}: {len(e["values"])} values, {len(e["links"])} links')
    print(f"total: {len(EXPECTED)} files, {nv} values, {nl} links")


if __name__ == "__main__":
    main()
