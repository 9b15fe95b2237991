#!/usr/bin/env python3
"""Held-out set 27: 2024 monitoring data of the mentoring model (ЦМН) as exported by
school information systems and office tools (not a typed form).

Writes typed/*.xlsx, expected.json and cells.json (cell map used by selfcheck.py).
Deterministic: no randomness.

Municipality (invented): Светлопольский район (Удмуртская Республика).
Files:
  1. typed/sgo_otchet_cmn_sosh1.xlsx      - «Сетевой город. Образование»-style report export, 1 org
  2. typed/1c_pokazateli_gimnaziya.xlsx   - 1С-style key-value listing (Показатель / Значение), 1 org
  3. typed/dnevnik_vygruzka_nklyuch.xlsx  - «Дневник.ру»-like CSV opened as xlsx, all fields in column A, 1 org
  4. typed/gsheets_cmn_2024.xlsx          - Google Sheets export, a row per organisation, 3 orgs
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CATALOGUE = "/work/main/Templates/criteria.tsv"

NBSP = "\u00a0"

# --------------------------------------------------------------------------------------
# catalogue: ids and wordings (titles must never equal a wording)
# --------------------------------------------------------------------------------------
CAT_IDS = set()
CAT_WORDINGS = set()


def norm(s):
    s = (s or "").replace("ё", "е").replace("Ё", "Е").replace(NBSP, " ")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return s


with open(CATALOGUE, encoding="utf-8") as f:
    rd = csv.DictReader(f, delimiter="\t")
    for r in rd:
        CAT_IDS.add(r["id"])
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if r.get(k):
                CAT_WORDINGS.add(norm(r[k]))

ALL_TITLES = []  # every row/column title we write, checked at the end


def title(t):
    ALL_TITLES.append(t)
    return t


EXPECTED = []
CELLS = {}  # file -> list of checks


def add_check(file, **kw):
    CELLS.setdefault(file, []).append(kw)


def pct(a, b):
    return round(a * 100.0 / b, 2)


def ru_num(x, dec=None):
    """Russian formatting: 15,71 ; 1 034,00 (with NBSP thousands separator)."""
    if dec is None:
        s = ("%g" % x)
    else:
        s = ("%." + str(dec) + "f") % x
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, None
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    ip = NBSP.join(groups)
    out = ("-" if neg else "") + ip + ("," + fp if fp is not None else "")
    return out


# ======================================================================================
# 1. «Сетевой город. Образование» report export — МБОУ «Светлопольская СОШ № 1»
# ======================================================================================
def make_sgo():
    fname = "typed/sgo_otchet_cmn_sosh1.xlsx"
    org = "МБОУ «Светлопольская СОШ № 1»"
    site = "https://svetl-sosh1.gosuslugi.ru"
    u_pol = site + "/netcat_files/30/69/Prikaz_112-OD_Polozhenie_o_nastavnichestve.pdf"
    u_pol2 = site + "/netcat_files/30/69/Prikaz_112-OD_Polozhenie_obuchayushchiesya.pdf"
    u_mon = site + "/netcat_files/30/69/Prikaz_131-OD_monitoring_CMN_2024.pdf"
    u_cur = site + "/netcat_files/30/69/Prikaz_98-OD_kurator.pdf"
    u_agr1 = "https://disk.yandex.ru/i/Sv1Agr_OO_2024"
    u_agr2 = "https://disk.yandex.ru/i/Sv1Agr_Moloko_2024"
    u_base = site + "/netcat_files/30/69/Baza_nastavnikov_i_nastavlyaemyh_2024.pdf"
    u_spr = site + "/netcat_files/30/69/Spravka_vnutrenniy_monitoring_2024.pdf"
    u_pp = site + "/tselevaya-model-nastavnichestva/personalizirovannye-programmy/"
    u_ment = site + "/netcat_files/30/69/Prikaz_140-OD_pary_2024_2025.pdf"
    u_kpk = "https://disk.yandex.ru/d/Sv1_KPK_udostovereniya"
    u_shmo = site + "/netcat_files/30/69/Prikaz_SHMO_nastavnikov.pdf"
    u_pay = site + "/netcat_files/30/69/Polozhenie_o_stimuliruyushchih_vyplatah.pdf"
    u_nm = site + "/netcat_files/30/69/Polozhenie_o_nematerialnom_pooshchrenii.pdf"

    partners = ("МБОУ ДО «Светлопольский ДДТ»; БПОУ УР «Светлопольский аграрный техникум»; "
                "ООО «Светлопольское молоко»")
    subj = ("Совместная реализация программ наставничества: предоставление сотрудников "
            "в роли наставников, профориентационные пробы для обучающихся 8–11 классов")
    courses = ("«Организация сопровождения наставничества в образовательных организациях», "
               "АОУ ДПО УР ИРО, 24 ч., 2024; «Наставник проектной деятельности», АОУ УР РОЦОД, 36 ч., 2024")

    # (code, title, shown value, note, note_kind, criterion, expected value, link)
    #  note_kind: None | "hl" (hyperlink, display text in note) | "txt" (URL typed in the note text)
    H = "HEAD"
    rows = [
        (H, "Раздел 1. Нормативное обеспечение реализации ЦМН в ОО"),
        ("CMN_01_01", "Положение о системе наставничества педработников утверждено приказом ОО (да/нет)",
         "Да", "Приказ № 112-ОД от 30.08.2024", "hl", "orgs_regulation_teachers", 1, u_pol),
        ("CMN_01_02", "Положение о наставничестве обучающихся утверждено приказом ОО (да/нет)",
         "Да", "Приказ № 112-ОД от 30.08.2024 (прил. 2)", "hl", "orgs_regulation_students", 1, u_pol2),
        ("CMN_01_03", "Приказ ОО о проведении мониторинга ЦМН (да/нет)",
         "Да", "Ссылка: " + u_mon, "txt", "orgs_monitoring_order", 1, u_mon),
        ("CMN_01_04", "Дорожная карта внедрения ЦМН в ОО (да/нет)",
         "Да", "", None, None, None, None),
        (H, "Раздел 2. Организация процесса наставничества"),
        ("CMN_02_01", "Кураторы внедрения ЦМН в ОО, чел.",
         "1", "Приказ № 98-ОД", "hl", "curators_total", 1, u_cur),
        ("CMN_02_02", "Соглашения с другими ОО (партнёр предоставляет наставников), шт.",
         "2", "Соглашения 2024", "hl", "agreements_edu_orgs", 2, u_agr1),
        ("CMN_02_03", "Соглашения с предприятиями (наставники — сотрудники предприятия), шт.",
         "1", "Ссылка: " + u_agr2, "txt", "agreements_enterprises", 1, u_agr2),
        ("CMN_02_04", "Соглашения с иными организациями (НКО, учреждения культуры и пр.), шт.",
         "0", "", None, "agreements_other_orgs", 0, None),
        ("CMN_02_05", "Организации-партнёры по наставничеству (перечислить через «;»)",
         partners, "", None, "partner_list", partners, None),
        ("CMN_02_06", "Предмет соглашения (кратко)",
         subj, "", None, "agreement_subjects", subj, None),
        ("CMN_02_07", "Наставники, закреплённые приказом ОО, всего, чел.",
         "41", "База наставников", "hl", "mentors_total", 41, u_base),
        ("CMN_02_08", "Наставляемые, закреплённые приказом ОО, всего, чел.",
         "96", "База наставляемых", "hl", "mentees_total", 96, u_base),
        ("CMN_02_09", "Наставнических пар/групп, ед.",
         "44", "", None, None, None, None),
        ("CMN_02_10", "Справка ОО по итогам внутреннего мониторинга (да/нет)",
         "Да", "Справка от 14.10.2024", "hl", "internal_monitoring_notes", 1, u_spr),
        (H, "Раздел 3. Персонализированные программы наставничества (ПП)"),
        ("CMN_03_01", "ПП наставничества, всего, ед.",
         "38", "Ссылка: " + u_pp, "txt", "pp_total", 38, u_pp),
        ("CMN_03_01_1", "   в т.ч. форма «ученик – ученик»", "14", "", None, "pp_pupil_pupil", 14, None),
        ("CMN_03_01_2", "   форма «учитель – учитель» («педагог – педагог»)", "8", "", None,
         "pp_teacher_teacher", 8, None),
        ("CMN_03_01_3", "   форма «студент – студент»", "—", "", None, "pp_student_student", None, None),
        ("CMN_03_01_4", "   форма «руководитель – педагог»", "1", "", None, "pp_head_teacher", 1, None),
        ("CMN_03_01_5", "   форма «студент – ученик»", "0", "", None, "pp_student_pupil", 0, None),
        ("CMN_03_01_6", "   форма «учитель – ученик»", "15", "", None, "pp_teacher_pupil", 15, None),
        ("CMN_03_01_7", "   иные формы (указать в примечании)", "0", "—", None, "pp_other", 0, None),
        (H, "Раздел 4. Наставники из внешних организаций"),
        ("CMN_04_01", "Наставники из сторонних образовательных организаций (по приказу), чел.",
         "2", "", None, "external_edu_mentors", 2, None),
        ("CMN_04_02", "Наставники — сотрудники предприятий, чел.",
         "1", "ООО «Светлопольское молоко»", None, "enterprise_mentors", 1, None),
        ("CMN_04_03", "Наставники из прочих организаций, чел.",
         "0", "", None, "other_org_mentors", 0, None),
        (H, "Раздел 5. Обучающиеся 10–19 лет в роли наставляемых"),
        ("CMN_05_00", "Численность обучающихся, всего (1–11 кл.)",
         "781", "по данным ОО-1 на 20.09.2024", None, None, None, None),
        ("CMN_05_01", "Контингент обучающихся 10–19 лет, чел.",
         "452", "", None, "students_10_19", 452, None),
        ("CMN_05_02", "из них наставляемые (10–19 лет), чел.",
         "71", "Приказ № 140-ОД", "hl", "mentees_10_19", 71, u_ment),
        ("PAGEBREAK",),
        ("CMN_05_02_1", "   в т.ч. «группа риска»", "9", "", None, "mentees_risk", 9, None),
        ("CMN_05_02_2", "   одарённые дети (включены в реестры)", "6", "", None, "mentees_gifted", 6, None),
        ("CMN_05_02_3", "   дети с ОВЗ, дети-инвалиды", "4", "", None, "mentees_disabled", 4, None),
        ("CMN_05_02_4", "   низкая учебная мотивация / неуспевающие", "18", "", None,
         "mentees_low_motivation", 18, None),
        ("CMN_05_02_5", "   затруднения с выбором профессии, образовательной траектории", "12", "", None,
         "mentees_career", 12, None),
        ("CMN_05_02_6", "   по иным основаниям", "22", "", None, "mentees_other_params", 22, None),
        ("CMN_05_03", "Охват наставничеством обучающихся 10–19 лет, % (рассчитывается автоматически)",
         ru_num(pct(71, 452), 2), "", None, "share_mentees_10_19", pct(71, 452), None),
        (H, "Раздел 6. Обучающиеся 15–19 лет в роли наставников"),
        ("CMN_06_01", "Контингент обучающихся 15–19 лет, чел.", "118", "", None, "students_15_19", 118, None),
        ("CMN_06_02", "Обучающиеся 15–19 лет — наставники (по приказу), чел.",
         "22", "Приказ № 140-ОД", "hl", "mentors_15_19", 22, u_ment),
        ("CMN_06_03", "Доля наставников из обучающихся 15–19 лет, % (рассчитывается автоматически)",
         ru_num(pct(22, 118), 2), "", None, "share_mentors_15_19", pct(22, 118), None),
        (H, "Раздел 7. Удовлетворённость участников"),
        ("CMN_07_01", "Удовлетворённость наставляемых (по завершённым программам), %",
         "91,5", "анкетирование, май 2024", None, "satisfaction_mentees", 91.5, None),
        ("CMN_07_02", "Удовлетворённость наставников (по завершённым программам), %",
         "94", "анкетирование, май 2024", None, "satisfaction_mentors", 94, None),
        (H, "Раздел 8. Педагоги в роли наставляемых"),
        ("CMN_08_01", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "6", "", None,
         "young_specialists", 6, None),
        ("CMN_08_02", "Молодые специалисты — наставляемые, чел.", "6", "", None,
         "young_specialists_mentees", 6, None),
        ("CMN_08_03", "Педагоги без учёта молодых специалистов, чел.", "48", "", None,
         "teachers_other", 48, None),
        ("CMN_08_04", "Педагоги (кроме молодых специалистов) — наставляемые, чел.", "8", "", None,
         "teachers_other_mentees", 8, None),
        ("CMN_08_05", "Доля молодых специалистов — наставляемых, %", "100,00", "", None,
         "share_young_specialists_mentees", 100.0, None),
        ("CMN_08_06", "Доля педагогов — наставляемых (включая МС), %", ru_num(pct(14, 54), 2), "", None,
         "share_teachers_mentees", pct(14, 54), None),
        (H, "Раздел 9. Непрерывное профессиональное развитие"),
        ("CMN_09_01", "Педагоги — участники утверждённых ПП, чел.", "24", "", None, "teachers_in_pp", 24, None),
        ("CMN_09_02", "Прошли КПК по наставничеству в 2024 г., чел.", "2", "Удостоверения", "hl",
         "kpk_trained", 2, u_kpk),
        ("CMN_09_03", "Наименование курсов (КПК)", courses, "", None, "kpk_courses", courses, None),
        ("CMN_09_04", "ШМО наставников, ед.", "1", "Приказ о создании ШМО", "hl",
         "school_methodical_associations", 1, u_shmo),
        ("CMN_09_05", "Прошли обучение в «Школе наставника» (внутрифирменное), чел.", "11", "", None,
         None, None, None),
        (H, "Раздел 10. Педагоги в роли наставников"),
        ("CMN_10_01", "Педагоги — наставники, чел.", "16", "", None, "teachers_mentors", 16, None),
        ("CMN_10_02", "Молодые специалисты — наставники, чел.", "1", "", None,
         "young_specialists_mentors", 1, None),
        ("CMN_10_03", "Доля педагогов — наставников, %", ru_num(pct(16, 54), 2), "", None,
         "share_teachers_mentors", pct(16, 54), None),
        ("CMN_10_04", "Доля молодых специалистов — наставников, %", ru_num(pct(1, 6), 2), "", None,
         "share_young_specialists_mentors", pct(1, 6), None),
        (H, "Раздел 11. Стимулирование наставников"),
        ("CMN_11_01", "Локальные акты об оплате (материальном стимулировании) наставников, ед.", "1",
         "Положение", "hl", "pay_acts", 1, u_pay),
        ("CMN_11_02", "Локальные акты о нематериальном поощрении наставников, ед.", "1",
         "Ссылка: " + u_nm, "txt", "nonmaterial_acts", 1, u_nm),
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Отчёт"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(name="Arial", size=9, bold=True)
    normal = Font(name="Arial", size=9)
    link_font = Font(name="Arial", size=9, color="0563C1", underline="single")
    hdr_fill = PatternFill("solid", fgColor="DCE6F1")
    sec_fill = PatternFill("solid", fgColor="F2F2F2")
    widths = {"A": 13, "B": 18, "C": 18, "D": 18, "E": 18, "F": 14, "G": 22, "H": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    r = 1

    def merged(row, c1, c2, text, font=normal, fill=None, align=None, border=False):
        ws.cell(row=row, column=c1, value=text).font = font
        if c2 > c1:
            ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
        if fill:
            ws.cell(row=row, column=c1).fill = fill
        if align:
            ws.cell(row=row, column=c1).alignment = align
        if border:
            for c in range(c1, c2 + 1):
                ws.cell(row=row, column=c).border = box

    merged(r, 1, 8, "Сетевой город. Образование", Font(name="Arial", size=8, italic=True, color="808080")); r += 1
    merged(r, 1, 8, "Отчёт «Мониторинг реализации целевой модели наставничества (форма ОО)»",
           Font(name="Arial", size=12, bold=True), align=Alignment(horizontal="center")); r += 1
    r += 1
    params = [
        ("Отчётный период:", "01.01.2024–31.12.2024"),
        ("Учебный год:", "2024/2025"),
        ("Муниципальное образование:", "Светлопольский район"),
        ("Организация:", org),
        ("Сформирован:", "15.10.2024 14:32, пользователь: Ившина Т. А."),
    ]
    for k, v in params:
        ws.cell(row=r, column=1, value=k).font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        merged(r, 3, 8, v)
        r += 1
    r += 1

    def header(row):
        ws.cell(row=row, column=1, value="Код").font = bold
        ws.cell(row=row, column=1).fill = hdr_fill
        ws.cell(row=row, column=1).border = box
        merged(row, 2, 5, "Параметр", bold, hdr_fill, Alignment(horizontal="center"), True)
        ws.cell(row=row, column=6, value="Значение").font = bold
        ws.cell(row=row, column=6).fill = hdr_fill
        ws.cell(row=row, column=6).border = box
        merged(row, 7, 8, "Примечание", bold, hdr_fill, Alignment(horizontal="center"), True)

    header(r)
    r += 1
    values, links, not_criteria, headings = {}, {}, [], []
    for row in rows:
        if row[0] == H:
            merged(r, 1, 8, row[1], bold, sec_fill, border=True)
            headings.append(row[1])
            title(row[1])
            r += 1
            continue
        if row[0] == "PAGEBREAK":
            merged(r, 1, 8, "Стр. 1 из 2", Font(name="Arial", size=8, color="808080"),
                   align=Alignment(horizontal="right"))
            r += 1
            merged(r, 1, 8, "Сетевой город. Образование", Font(name="Arial", size=8, italic=True, color="808080"))
            r += 1
            header(r)
            r += 1
            continue
        code, ttl, shown, note, nkind, crit, val, link = row
        title(ttl.strip())
        ws.cell(row=r, column=1, value=code).font = normal
        ws.cell(row=r, column=1).border = box
        merged(r, 2, 5, ttl, normal, align=Alignment(wrap_text=True, vertical="top"), border=True)
        c = ws.cell(row=r, column=6, value=shown)
        c.font = normal
        c.border = box
        c.alignment = Alignment(horizontal="right" if len(shown) < 12 else "left", wrap_text=True)
        merged(r, 7, 8, note or None, normal, align=Alignment(wrap_text=True), border=True)
        if nkind == "hl":
            ws.cell(row=r, column=7).hyperlink = link
            ws.cell(row=r, column=7).font = link_font
        if crit is None:
            not_criteria.append(ttl.strip())
        elif val is None:
            add_check(fname, sheet="Отчёт", cell="F%d" % r, kind="absent", crit=crit)
        else:
            values[crit] = val
            kind = "yesno" if shown in ("Да", "Нет") else ("text" if isinstance(val, str) else "num")
            add_check(fname, sheet="Отчёт", cell="F%d" % r, kind=kind, crit=crit, expect=val)
        if link:
            links[crit] = link
            add_check(fname, sheet="Отчёт", cell="G%d" % r, kind="hyperlink" if nkind == "hl" else "url_in_text",
                      crit=crit, link=link)
        r += 1
    r += 1
    merged(r, 1, 8, "Ответственный за заполнение: Ившина Т. А., заместитель директора по УВР, куратор ЦМН")
    r += 1
    merged(r, 1, 8, "Стр. 2 из 2", Font(name="Arial", size=8, color="808080"), align=Alignment(horizontal="right"))
    ws.print_title_rows = None
    wb.save(os.path.join(HERE, fname))
    EXPECTED.append({"file": fname, "year": 2024, "organisation": org, "values": values, "links": links,
                     "not_criteria": not_criteria, "headings": headings})


# ======================================================================================
# 2. 1С-style key–value listing — МАОУ «Светлопольская гимназия»
# ======================================================================================
def make_1c():
    fname = "typed/1c_pokazateli_gimnaziya.xlsx"
    org = "МАОУ «Светлопольская гимназия»"
    site = "https://svetl-gimnaziya.gosuslugi.ru"
    u1 = site + "/netcat_files/149/2378/Polozhenie_nastavnichestvo_pedagogov_2024.pdf"
    u2 = site + "/netcat_files/149/2378/Polozhenie_nastavnichestvo_obuchayushchihsya_2024.pdf"
    u3 = site + "/netcat_files/149/2378/Prikaz_monitoring_CMN_2024.pdf"
    u4 = site + "/netcat_files/149/2378/Spravka_itogi_vnutrennego_monitoringa_2024.pdf"
    u5 = "https://cloud.mail.ru/public/Gm2A/soglasheniya2024"
    u6 = site + "/netcat_files/149/2378/Prikaz_o_zakreplenii_nastavnikov_2024.pdf"
    partners = ("ФГБОУ ВО «УдГУ», БПОУ УР «Светлопольский аграрный техникум», "
                "АО «Светлопольский машзавод», АНО «Центр «Технопарк»")

    # (level, title, value, criterion, expected, kind) ; kind: num (1C text "1 034,00"), yesno, text,
    # group (group row: bold, may carry a value), doc (child row holding the document URL of the row above)
    G = "group"
    rows = [
        (0, "Нормативное обеспечение", None, None, None, G),
        (1, "Положение о наставничестве педагогических работников", "Да", "orgs_regulation_teachers", 1, "yesno"),
        (2, "Документ", u1, "orgs_regulation_teachers", None, "doc"),
        (1, "Положение о наставничестве обучающихся", "Да", "orgs_regulation_students", 1, "yesno"),
        (2, "Документ", u2, "orgs_regulation_students", None, "doc"),
        (1, "Приказ о мониторинге ЦМН", "Да", "orgs_monitoring_order", 1, "yesno"),
        (2, "Документ", u3, "orgs_monitoring_order", None, "doc"),
        (1, "Справка по итогам внутреннего мониторинга", "Да", "internal_monitoring_notes", 1, "yesno"),
        (2, "Документ", u4, "internal_monitoring_notes", None, "doc"),
        (0, "Организация наставничества", None, None, None, G),
        (1, "Кураторы ЦМН", 2, "curators_total", 2, "num"),
        (1, "Соглашения о сотрудничестве:", None, None, None, "subhead"),
        (2, "с образовательными организациями", 2, "agreements_edu_orgs", 2, "num"),
        (3, "Документ", u5, "agreements_edu_orgs", None, "doc"),
        (2, "с предприятиями", 1, "agreements_enterprises", 1, "num"),
        (2, "с иными организациями", 1, "agreements_other_orgs", 1, "num"),
        (1, "Организации-партнёры", partners, "partner_list", partners, "text"),
        (1, "Наставнических пар (групп)", 71, None, None, "num"),
        (0, "Наставники (по приказу)", 77, "mentors_total", 77, G),
        (1, "Документ", u6, "mentors_total", None, "doc"),
        (1, "педагоги", 24, "teachers_mentors", 24, "num"),
        (2, "в т.ч. молодые специалисты", 1, "young_specialists_mentors", 1, "num"),
        (1, "обучающиеся 15–19 лет", 47, "mentors_15_19", 47, "num"),
        (1, "из других образовательных организаций", 3, "external_edu_mentors", 3, "num"),
        (1, "из предприятий", 1, "enterprise_mentors", 1, "num"),
        (1, "из иных организаций", 2, "other_org_mentors", 2, "num"),
        (0, "Наставляемые (по приказу)", 200, "mentees_total", 200, G),
        (1, "обучающиеся 10–19 лет", 180, "mentees_10_19", 180, "num"),
        (2, "«группа риска»", 14, "mentees_risk", 14, "num"),
        (2, "одарённые (в реестре)", 31, "mentees_gifted", 31, "num"),
        (2, "ОВЗ / дети-инвалиды", 9, "mentees_disabled", 9, "num"),
        (2, "низкая мотивация, неуспеваемость", 40, "mentees_low_motivation", 40, "num"),
        (2, "профориентационные затруднения", 52, "mentees_career", 52, "num"),
        (2, "иные основания", 34, "mentees_other_params", 34, "num"),
        (1, "молодые специалисты", 8, "young_specialists_mentees", 8, "num"),
        (1, "педагоги (без молодых специалистов)", 12, "teachers_other_mentees", 12, "num"),
        (0, "Контингент", None, None, None, G),
        (1, "Обучающиеся, всего", 1612, None, None, "num"),
        (1, "Обучающиеся 10–19 лет", 1034, "students_10_19", 1034, "num"),
        (1, "Обучающиеся 15–19 лет", 286, "students_15_19", 286, "num"),
        (1, "Молодые специалисты (до 35 лет, стаж до 3 лет)", 9, "young_specialists", 9, "num"),
        (1, "Педагоги, кроме молодых специалистов", 71, "teachers_other", 71, "num"),
        (0, "Персонализированные программы", 64, "pp_total", 64, G),
        (1, "ученик – ученик", 22, "pp_pupil_pupil", 22, "num"),
        (1, "учитель – учитель", 14, "pp_teacher_teacher", 14, "num"),
        (1, "студент – студент", 0, "pp_student_student", 0, "num"),
        (1, "руководитель – педагог", 2, "pp_head_teacher", 2, "num"),
        (1, "студент – ученик", 0, "pp_student_pupil", 0, "num"),
        (1, "учитель – ученик", 24, "pp_teacher_pupil", 24, "num"),
        (1, "иные формы", 2, "pp_other", 2, "num"),
        (0, "Расчётные показатели, %", None, None, None, G),
        (1, "Охват наставляемых 10–19 лет", pct(180, 1034), "share_mentees_10_19", pct(180, 1034), "num"),
        (1, "Охват наставников 15–19 лет", pct(47, 286), "share_mentors_15_19", pct(47, 286), "num"),
        (1, "Молодые специалисты-наставляемые", pct(8, 9), "share_young_specialists_mentees", pct(8, 9), "num"),
        (1, "Педагоги-наставляемые", pct(20, 80), "share_teachers_mentees", pct(20, 80), "num"),
        (1, "Педагоги-наставники", pct(24, 80), "share_teachers_mentors", pct(24, 80), "num"),
        (1, "Молодые специалисты-наставники", pct(1, 9), "share_young_specialists_mentors", pct(1, 9), "num"),
        (0, "Удовлетворённость участников, %", None, None, None, G),
        (1, "наставляемые", 88.6, "satisfaction_mentees", 88.6, "num"),
        (1, "наставники", 92.3, "satisfaction_mentors", 92.3, "num"),
        (0, "Профессиональное развитие", None, None, None, G),
        (1, "Педагоги в утверждённых ПП", 38, "teachers_in_pp", 38, "num"),
        (1, "КПК по наставничеству (2024)", 3, "kpk_trained", 3, "num"),
        (1, "Методические объединения наставников в ОО", 1, "school_methodical_associations", 1, "num"),
        (0, "Стимулирование", None, None, None, G),
        (1, "Положения о материальном стимулировании наставников", 0, "pay_acts", 0, "num"),
        (1, "Положения о нематериальном поощрении", 2, "nonmaterial_acts", 2, "num"),
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TDSheet"  # the sheet name 1C gives to a saved spreadsheet document
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 30
    f = Font(name="Arial", size=8)
    fb = Font(name="Arial", size=8, bold=True)
    grp_fill = PatternFill("solid", fgColor="F2F2DC")
    hdr_fill = PatternFill("solid", fgColor="D6E5CB")
    thin = Side(style="thin", color="BDC3C7")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws["A1"] = "Мониторинг реализации целевой модели наставничества (ЦМН)"
    ws["A1"].font = Font(name="Arial", size=10, bold=True)
    ws["A2"] = "Период: 2024 г."
    ws["A2"].font = f
    ws["A3"] = "Отбор: Организация Равно \"%s\"" % org
    ws["A3"].font = f
    ws["A5"] = "Показатель"
    ws["B5"] = "Значение"
    for c in ("A5", "B5"):
        ws[c].font = fb
        ws[c].fill = hdr_fill
        ws[c].border = box
    r = 6
    values, links, not_criteria, headings = {}, {}, [], []
    for level, ttl, val, crit, expv, kind in rows:
        a = ws.cell(row=r, column=1, value=("    " * level) + ttl)
        b = ws.cell(row=r, column=2)
        a.border = box
        b.border = box
        a.font = fb if kind == G else f
        b.font = fb if kind == G else f
        if kind == G:
            a.fill = grp_fill
            b.fill = grp_fill
        if kind == "doc":
            b.value = val
            b.alignment = Alignment(horizontal="left")
            links[crit] = val
            add_check(fname, sheet="TDSheet", cell="B%d" % r, kind="url_in_text", crit=crit, link=val)
            r += 1
            continue
        title(ttl)
        if val is None:
            headings.append(ttl)
        elif isinstance(val, str):
            b.value = val
            b.alignment = Alignment(horizontal="left" if kind == "text" else "right", wrap_text=kind == "text")
        else:
            b.value = ru_num(val, 2)  # 1C writes numbers as formatted text: "1 034,00"
            b.alignment = Alignment(horizontal="right")
        if val is not None:
            if crit is None:
                not_criteria.append(ttl)
            else:
                values[crit] = expv
                k = "yesno" if kind == "yesno" else ("text" if kind == "text" else "num")
                add_check(fname, sheet="TDSheet", cell="B%d" % r, kind=k, crit=crit, expect=expv)
        r += 1
    wb.save(os.path.join(HERE, fname))
    EXPECTED.append({"file": fname, "year": 2024, "organisation": org, "values": values, "links": links,
                     "not_criteria": not_criteria, "headings": headings})


# ======================================================================================
# 3. «Дневник.ру»-like CSV (semicolon separated) opened into one column — МБОУ «Нижнеключевская ООШ»
# ======================================================================================
def make_dnevnik():
    fname = "typed/dnevnik_vygruzka_nklyuch.xlsx"
    org = "МБОУ «Нижнеключевская ООШ»"
    site = "https://nklyuch-shkola.gosuslugi.ru"
    u1 = site + "/netcat_files/30/69/Polozhenie_o_nastavnichestve_pedagogov.pdf"
    u2 = site + "/netcat_files/30/69/Polozhenie_o_nastavnichestve_obuchayushchihsya.pdf"
    u4 = site + "/netcat_files/30/69/Spravka_monitoring_2024.pdf"
    u7 = site + "/netcat_files/30/69/Dogovor_setevoe_SOSH1.pdf"
    u8 = site + "/netcat_files/30/69/Soglashenie_SPK_Kolos.pdf"
    u11 = site + "/netcat_files/30/69/Prikaz_57_nastavnichestvo_2024.pdf"
    u13 = "https://disk.yandex.ru/d/NKlPP2024"
    u35 = site + "/netcat_files/30/69/Polozhenie_o_nematerialnom_pooshchrenii.pdf"
    partners = "МБОУ «Светлопольская СОШ № 1»; СПК «Колос»"

    # (No, title, field value as written, criterion, expected, link)
    items = [
        ("1", "Положение о наставничестве педагогов (приказ)", "да", "orgs_regulation_teachers", 1, u1),
        ("2", "Положение о наставничестве обучающихся (приказ)", "да", "orgs_regulation_students", 1, u2),
        ("3", "Приказ о мониторинге наставничества", "нет", "orgs_monitoring_order", 0, None),
        ("4", "Справка по внутреннему мониторингу", "да", "internal_monitoring_notes", 1, u4),
        ("5", "Куратор ЦМН (кол-во)", "1", "curators_total", 1, None),
        ("6", "ФИО куратора", "Зорина Галина Петровна", None, None, None),
        ("7", "Соглашения с ОО (кол-во)", "1", "agreements_edu_orgs", 1, u7),
        ("8", "Соглашения с предприятиями (кол-во)", "1", "agreements_enterprises", 1, u8),
        ("9", "Соглашения с иными организациями (кол-во)", "0", "agreements_other_orgs", 0, None),
        ("10", "Партнёры по наставничеству", partners, "partner_list", partners, None),
        ("11", "Наставников по приказу", "8", "mentors_total", 8, u11),
        ("12", "Наставляемых по приказу", "13", "mentees_total", 13, u11),
        ("13", "ПП всего", "7", "pp_total", 7, u13),
        ("13.1", "ПП ученик-ученик", "3", "pp_pupil_pupil", 3, None),
        ("13.2", "ПП учитель-учитель", "1", "pp_teacher_teacher", 1, None),
        ("13.3", "ПП студент-студент", "", "pp_student_student", None, None),
        ("13.4", "ПП руководитель-педагог", "0", "pp_head_teacher", 0, None),
        ("13.5", "ПП студент-ученик", "", "pp_student_pupil", None, None),
        ("13.6", "ПП учитель-ученик", "3", "pp_teacher_pupil", 3, None),
        ("13.7", "ПП иная форма", "0", "pp_other", 0, None),
        ("14", "Наставники из др. ОО", "1", "external_edu_mentors", 1, None),
        ("15", "Наставники с предприятий", "1", "enterprise_mentors", 1, None),
        ("16", "Наставники из иных организаций", "0", "other_org_mentors", 0, None),
        ("17", "Учащихся 10-19 лет", "64", "students_10_19", 64, None),
        ("18", "Наставляемых 10-19 лет", "11", "mentees_10_19", 11, u11),
        ("18.1", "из них группа риска", "2", "mentees_risk", 2, None),
        ("18.2", "из них одарённые", "1", "mentees_gifted", 1, None),
        ("18.3", "из них ОВЗ/инвалиды", "1", "mentees_disabled", 1, None),
        ("18.4", "из них низкая мотивация", "4", "mentees_low_motivation", 4, None),
        ("18.5", "из них профориентация", "3", "mentees_career", 3, None),
        ("18.6", "из них иное", "0", "mentees_other_params", 0, None),
        ("19", "Охват 10-19 лет, %", ru_num(pct(11, 64), 2), "share_mentees_10_19", pct(11, 64), None),
        ("20", "Учащихся 15-19 лет", "9", "students_15_19", 9, None),
        ("21", "Наставников-учащихся 15-19 лет", "3", "mentors_15_19", 3, u11),
        ("22", "Охват 15-19 лет (наставники), %", ru_num(pct(3, 9), 2), "share_mentors_15_19", pct(3, 9), None),
        ("23", "Удовлетворенность наставляемых", "87,5%", "satisfaction_mentees", 87.5, None),
        ("24", "Удовлетворенность наставников", "90%", "satisfaction_mentors", 90, None),
        ("25", "Молодых специалистов", "1", "young_specialists", 1, None),
        ("26", "Молодых специалистов-наставляемых", "1", "young_specialists_mentees", 1, None),
        ("27", "Педагогов кроме МС", "13", "teachers_other", 13, None),
        ("28", "Педагогов-наставляемых (кроме МС)", "1", "teachers_other_mentees", 1, None),
        ("29", "Педагогов в ПП", "4", "teachers_in_pp", 4, None),
        ("30", "Прошли КПК по наставничеству", "0", "kpk_trained", 0, None),
        ("31", "ШМО наставников", "0", "school_methodical_associations", 0, None),
        ("32", "Педагогов-наставников", "3", "teachers_mentors", 3, None),
        ("33", "МС-наставников", "0", "young_specialists_mentors", 0, None),
        ("34", "Акты об оплате наставничества", "0", "pay_acts", 0, None),
        ("35", "Акты о нематериальном поощрении", "1", "nonmaterial_acts", 1, u35),
        ("36", "Кол-во наставнических пар", "7", None, None, None),
    ]
    head = [
        ["Дневник.ру — выгрузка отчёта", "", "", ""],
        ["Отчёт", "Мониторинг ЦМН (наставничество) — 2024", "", ""],
        ["Образовательная организация", org, "", ""],
        ["Период", "01.01.2024-31.12.2024", "", ""],
        ["Дата выгрузки", "21.10.2024 16:05", "", ""],
        ["", "", "", ""],
        ["№", "Показатель", "Значение", "Ссылка"],
    ]
    lines = []
    for h in head:
        lines.append(h)
    first_item_line = len(lines) + 1  # 1-based row of the first item
    for no, ttl, v, crit, expv, link in items:
        lines.append([no, ttl, v, link or ""])
    lines.append(["", "", "", ""])
    lines.append(["Всего записей: %d" % len(items), "", "", ""])

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for l in lines:
        w.writerow(l)
    csv_text = buf.getvalue()
    text_lines = csv_text.split("\r\n")[:-1]

    # Open the CSV with LibreOffice with the wrong separator (tab): every line lands in column A.
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "dnevnik_vygruzka_nklyuch.csv")
        with open(src, "w", encoding="utf-8", newline="") as fh:
            fh.write(csv_text)
        ok = False
        try:
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                            "--infilter=CSV:9,34,76,1,1/2", "--convert-to", "xlsx", "--outdir", tmp, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            out = os.path.join(tmp, "dnevnik_vygruzka_nklyuch.xlsx")
            wbc = openpyxl.load_workbook(out)
            wsc = wbc.active
            got = [wsc.cell(row=i + 1, column=1).value or "" for i in range(len(text_lines))]
            ok = got == text_lines and wsc.max_column == 1
            if ok:
                shutil.copy(out, os.path.join(HERE, fname))
        except Exception:
            ok = False
        if not ok:  # fallback: same content written directly
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "dnevnik_vygruzka_nklyuch"
            for i, t in enumerate(text_lines):
                if t:
                    ws.cell(row=i + 1, column=1, value=t).number_format = "@"
            wb.save(os.path.join(HERE, fname))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    wb = openpyxl.load_workbook(os.path.join(HERE, fname))
    sheet = wb.active.title
    values, links, not_criteria = {}, {}, []
    for i, (no, ttl, v, crit, expv, link) in enumerate(items):
        row = first_item_line + i
        title(ttl)
        if crit is None:
            not_criteria.append(ttl)
            continue
        if expv is None:
            add_check(fname, sheet=sheet, cell="A%d" % row, kind="csv_absent", field=2, crit=crit)
            continue
        values[crit] = expv
        k = "yesno" if v in ("да", "нет") else ("text" if isinstance(expv, str) else "num")
        add_check(fname, sheet=sheet, cell="A%d" % row, kind="csv_" + k, field=2, crit=crit, expect=expv)
        if link:
            links[crit] = link
            add_check(fname, sheet=sheet, cell="A%d" % row, kind="csv_link", field=3, crit=crit, link=link)
    EXPECTED.append({"file": fname, "year": 2024, "organisation": org, "values": values, "links": links,
                     "not_criteria": not_criteria, "headings": []})


# ======================================================================================
# 4. Google Sheets export: a row per organisation (3 orgs), frozen header, filter, colours
# ======================================================================================
def make_gsheets():
    fname = "typed/gsheets_cmn_2024.xlsx"
    sheet = "Форма ОО 2024"
    # columns: (key, group, title, criterion or None, kind)
    #  kinds: yesno, link, check (checkbox TRUE/FALSE), num, ratio (formula), pctfrac (0.92 shown 92%),
    #         sat (mixed: fraction or plain number or text), text
    cols = [
        ("no", "", "№", None, "id"),
        ("org", "", "Образовательная организация", None, "org"),
        ("cur", "", "Куратор (ФИО, телефон)", None, "text"),
        ("reg_t", "Нормативка", "Положение о наставничестве педагогов (1/0)", "orgs_regulation_teachers", "yesno"),
        ("reg_t_l", "Нормативка", "ссылка", "orgs_regulation_teachers", "link"),
        ("reg_s", "Нормативка", "Положение о наставничестве обучающихся (1/0)", "orgs_regulation_students", "yesno"),
        ("reg_s_l", "Нормативка", "ссылка ", "orgs_regulation_students", "link"),
        ("mon", "Нормативка", "Приказ о мониторинге ЦМН (1/0)", "orgs_monitoring_order", "yesno"),
        ("mon_l", "Нормативка", "ссылка  ", "orgs_monitoring_order", "link"),
        ("spr", "Нормативка", "Справка по внутр. мониторингу ☑", "internal_monitoring_notes", "check"),
        ("cur_n", "Организация процесса", "Кураторов ЦМН, чел.", "curators_total", "num"),
        ("mentors", "Организация процесса", "Наставников (приказ), чел.", "mentors_total", "num"),
        ("mentors_l", "Организация процесса", "приказ (ссылка)", "mentors_total", "link"),
        ("mentees", "Организация процесса", "Наставляемых (приказ), чел.", "mentees_total", "num"),
        ("mentors23", "Организация процесса", "Наставников 2023 (для сравнения)", None, "num"),
        ("pp", "Персонализированные программы", "ПП всего", "pp_total", "num"),
        ("pp_pp", "Персонализированные программы", "ПП «ученик–ученик»", "pp_pupil_pupil", "num"),
        ("pp_tt", "Персонализированные программы", "ПП «учитель–учитель»", "pp_teacher_teacher", "num"),
        ("pp_ht", "Персонализированные программы", "ПП «руководитель–педагог»", "pp_head_teacher", "num"),
        ("pp_tp", "Персонализированные программы", "ПП «учитель–ученик»", "pp_teacher_pupil", "num"),
        ("pp_o", "Персонализированные программы", "ПП иные формы", "pp_other", "num"),
        ("s1019", "Обучающиеся", "Обучающихся 10–19 лет", "students_10_19", "num"),
        ("m1019", "Обучающиеся", "Наставляемые 10–19 лет", "mentees_10_19", "num"),
        ("sh1019", "Обучающиеся", "% охвата 10–19", "share_mentees_10_19", "ratio:m1019/s1019"),
        ("s1519", "Обучающиеся", "Обучающихся 15–19 лет", "students_15_19", "num"),
        ("m1519", "Обучающиеся", "Наставники 15–19 лет", "mentors_15_19", "num"),
        ("sh1519", "Обучающиеся", "% наставников 15–19", "share_mentors_15_19", "ratio:m1519/s1519"),
        ("sat_me", "Удовлетворённость", "Удовл. наставляемых", "satisfaction_mentees", "sat"),
        ("sat_mo", "Удовлетворённость", "Удовл. наставников", "satisfaction_mentors", "sat"),
        ("ys", "Педагоги", "Молодые специалисты, чел.", "young_specialists", "num"),
        ("ys_me", "Педагоги", "из них наставляемые", "young_specialists_mentees", "num"),
        ("to", "Педагоги", "Педагоги (без МС), чел.", "teachers_other", "num"),
        ("to_me", "Педагоги", "из них наставляемые ", "teachers_other_mentees", "num"),
        ("t_mo", "Педагоги", "Педагоги-наставники", "teachers_mentors", "num"),
        ("kpk", "Проф. развитие", "КПК по наставничеству 2024, чел.", "kpk_trained", "num"),
        ("shmo", "Проф. развитие", "ШМО наставников", "school_methodical_associations", "num"),
        ("pay", "Стимулирование", "Полож. о доплате наставникам (кол-во)", "pay_acts", "num"),
        ("nm", "Стимулирование", "Нематериальное поощрение (кол-во актов)", "nonmaterial_acts", "num"),
        ("note", "", "Примечание", None, "text"),
    ]
    keyidx = {c[0]: i for i, c in enumerate(cols)}

    # link cell = (url, how): how in {"hl": inserted link with display text, "f": =HYPERLINK formula,
    #                                 "plain": URL typed as plain text}
    sample = {
        "no": 0, "org": "Образец: МБОУ «СОШ № 0»", "cur": "Иванова И. И., 8-900-000-00-00",
        "reg_t": 1, "reg_t_l": ("https://example.ru/polozhenie.pdf", "hl"), "reg_s": 1,
        "reg_s_l": ("https://example.ru/polozhenie.pdf", "hl"), "mon": 1,
        "mon_l": ("https://example.ru/prikaz.pdf", "hl"), "spr": True, "cur_n": 1, "mentors": 10,
        "mentors_l": ("https://example.ru/prikaz.pdf", "hl"), "mentees": 20, "mentors23": 8, "pp": 5,
        "pp_pp": 2, "pp_tt": 1, "pp_ht": 0, "pp_tp": 2, "pp_o": 0, "s1019": 100, "m1019": 15, "s1519": 30,
        "m1519": 5, "sat_me": 0.9, "sat_mo": 0.9, "ys": 2, "ys_me": 2, "to": 20, "to_me": 1, "t_mo": 5,
        "kpk": 0, "shmo": 0, "pay": 0, "nm": 0, "note": "строку не удалять, образец заполнения",
    }
    b_site = "https://berez-shkola.gosuslugi.ru/netcat_files/30/69/"
    d_site = "https://svetl-ddt.ru/docs/nastavnichestvo/"
    s_site = "https://sosnovka-shkola.gosuslugi.ru/netcat_files/30/69/"
    orgs = [
        {
            "no": 1, "org": "МБОУ «Березовская СОШ»", "cur": "Корепанова Е. В., 8-912-450-17-33",
            "reg_t": 1, "reg_t_l": (b_site + "Polozhenie_nastavnichestvo_pedagogi.pdf", "hl"),
            "reg_s": 1, "reg_s_l": (b_site + "Polozhenie_nastavnichestvo_obuch.pdf", "f"),
            "mon": 1, "mon_l": (b_site + "Prikaz_monitoring_2024.pdf", "hl"),
            "spr": True, "cur_n": 1, "mentors": 18, "mentors_l": (b_site + "Prikaz_pary_2024.pdf", "hl"),
            "mentees": 48, "mentors23": 15, "pp": 20, "pp_pp": 8, "pp_tt": 4, "pp_ht": 0, "pp_tp": 8, "pp_o": 0,
            "s1019": 238, "m1019": 41, "s1519": 52, "m1519": 9, "sat_me": 0.92, "sat_mo": 0.95,
            "ys": 4, "ys_me": 4, "to": 27, "to_me": 3, "t_mo": 8, "kpk": 1, "shmo": 0, "pay": 1, "nm": 1,
            "note": "",
        },
        {
            "no": 2, "org": "МБОУ ДО «Светлопольский ДДТ»", "cur": "Шкляева О. Н., 8-922-501-44-08",
            "reg_t": "да", "reg_t_l": (d_site + "polozhenie_pedagogi.pdf", "hl"),
            "reg_s": "да", "reg_s_l": (d_site + "polozhenie_obuchayushchiesya.pdf", "hl"),
            "mon": "нет", "mon_l": None,
            "spr": False, "cur_n": 1, "mentors": 12, "mentors_l": (d_site + "prikaz_44_2024.pdf", "hl"),
            "mentees": 40, "mentors23": 10, "pp": 12, "pp_pp": 4, "pp_tt": 3, "pp_ht": 1, "pp_tp": 4, "pp_o": 0,
            "s1019": 410, "m1019": 36, "s1519": 95, "m1519": 6, "sat_me": 0.885, "sat_mo": 91,
            "ys": 3, "ys_me": 2, "to": 22, "to_me": 2, "t_mo": 6, "kpk": 2, "shmo": 1, "pay": 0, "nm": 1,
            "note": "ДОП: контингент — обучающиеся объединений",
        },
        {
            "no": 3, "org": "МКОУ «Сосновская СОШ»", "cur": "Бабинцева Л. А.",
            "reg_t": "ДА", "reg_t_l": (s_site + "Polozhenie_o_nastavnichestve.pdf", "hl"),
            "reg_s": 1, "reg_s_l": (s_site + "Polozhenie_o_nastavnichestve_obuch.pdf", "plain"),
            "mon": "Да (приказ №45-од)", "mon_l": (s_site + "Prikaz_45-od.pdf", "hl"),
            "spr": True, "cur_n": 1, "mentors": 5, "mentors_l": None,
            "mentees": 14, "mentors23": None, "pp": 5, "pp_pp": 2, "pp_tt": 2, "pp_ht": 0, "pp_tp": 1, "pp_o": 0,
            "s1019": 97, "m1019": 12, "s1519": 21, "m1519": None, "sat_me": "нет завершённых", "sat_mo": None,
            "ys": 2, "ys_me": 2, "to": 15, "to_me": 0, "t_mo": 3, "kpk": 0, "shmo": 0, "pay": 0, "nm": 0,
            "note": "нет завершённых программ в 2024 г.",
        },
    ]

    wb = xlsxwriter.Workbook(os.path.join(HERE, fname))
    ws = wb.add_worksheet(sheet)
    ws2 = wb.add_worksheet("Инструкция")
    base = {"font_name": "Arial", "font_size": 10, "valign": "top"}
    f_grp = wb.add_format(dict(base, bold=True, bg_color="#1E6B52", font_color="#FFFFFF", align="center",
                               border=1, border_color="#CCCCCC"))
    f_hdr = wb.add_format(dict(base, bold=True, bg_color="#B7E1CD", text_wrap=True, align="center",
                               border=1, border_color="#CCCCCC"))
    f_cell = wb.add_format(dict(base, border=1, border_color="#E0E0E0"))
    f_band = wb.add_format(dict(base, border=1, border_color="#E0E0E0", bg_color="#F3F3F3"))
    f_link = wb.add_format(dict(base, border=1, border_color="#E0E0E0", font_color="#1155CC", underline=1))
    f_pct = wb.add_format(dict(base, border=1, border_color="#E0E0E0", num_format="0.0%"))
    f_pct0 = wb.add_format(dict(base, border=1, border_color="#E0E0E0", num_format="0%"))
    f_sample = wb.add_format(dict(base, italic=True, font_color="#999999", bg_color="#EFEFEF", border=1,
                                  border_color="#E0E0E0"))
    f_sample_pct = wb.add_format(dict(base, italic=True, font_color="#999999", bg_color="#EFEFEF", border=1,
                                      border_color="#E0E0E0", num_format="0.0%"))
    f_tot = wb.add_format(dict(base, bold=True, bg_color="#FFF2CC", border=1, border_color="#CCCCCC"))
    f_tot_pct = wb.add_format(dict(base, bold=True, bg_color="#FFF2CC", border=1, border_color="#CCCCCC",
                                   num_format="0.0%"))
    f_old = wb.add_format(dict(base, border=1, border_color="#E0E0E0", font_color="#999999"))
    f_red = wb.add_format({"bg_color": "#F4CCCC"})

    # header: row 1 groups (merged), row 2 titles
    i = 0
    while i < len(cols):
        g = cols[i][1]
        j = i
        while j + 1 < len(cols) and cols[j + 1][1] == g:
            j += 1
        if j > i:
            ws.merge_range(0, i, 0, j, g, f_grp)
        else:
            ws.write(0, i, g, f_grp)
        i = j + 1
    for ci, c in enumerate(cols):
        ws.write(1, ci, c[2], f_hdr)
        if c[2].strip() not in ("№", "ссылка", "приказ (ссылка)"):
            title(c[2].strip())
    ws.set_row(1, 60)
    ws.set_column(0, 0, 4)
    ws.set_column(1, 1, 30)
    ws.set_column(2, 2, 22)
    ws.set_column(3, len(cols) - 1, 12)
    ws.set_column(len(cols) - 1, len(cols) - 1, 34)
    ws.freeze_panes(2, 2)

    def cell_name(r, c):
        return "%s%d" % (get_column_letter(c + 1), r + 1)

    def write_row(r, d, kind_of_row):
        fmt = f_sample if kind_of_row == "sample" else (f_band if r % 2 == 1 else f_cell)
        pfmt = f_sample_pct if kind_of_row == "sample" else f_pct
        for ci, (key, g, ttl, crit, kind) in enumerate(cols):
            v = d.get(key)
            if kind.startswith("ratio:"):
                a, b = kind[6:].split("/")
                ca, cb = cell_name(r, keyidx[a]), cell_name(r, keyidx[b])
                num, den = d.get(a), d.get(b)
                res = (num / den) if (isinstance(num, (int, float)) and isinstance(den, (int, float)) and den) else ""
                ws.write_formula(r, ci, '=IF(OR(%s="",%s=""),"",%s/%s)' % (ca, cb, ca, cb), pfmt, res)
                continue
            if v is None:
                ws.write_blank(r, ci, None, fmt)
                continue
            if kind == "link":
                url, how = v
                if how == "hl":
                    ws.write_url(r, ci, url, f_link if kind_of_row != "sample" else f_sample, string="ссылка")
                elif how == "f":
                    ws.write_formula(r, ci, '=HYPERLINK("%s","документ")' % url, f_link, "документ")
                else:
                    ws.write_string(r, ci, url, fmt)
                continue
            if kind == "check":
                ws.write_boolean(r, ci, v, fmt)
                continue
            if kind == "sat" and isinstance(v, float) and v <= 1:
                if kind_of_row == "sample":
                    sf = f_sample_pct
                elif abs(v * 100 - round(v * 100)) < 1e-9:
                    sf = f_pct0  # 0.92 shown as 92%
                else:
                    sf = f_pct   # 0.885 shown as 88.5%
                ws.write_number(r, ci, v, sf)
                continue
            if key == "mentors23":
                ws.write(r, ci, v, f_old if kind_of_row != "sample" else fmt)
                continue
            ws.write(r, ci, v, fmt)

    write_row(2, sample, "sample")
    first = 3
    for k, d in enumerate(orgs):
        write_row(first + k, d, "org")
    last = first + len(orgs) - 1
    tot_r = last + 2
    # totals row (formulas with cached values)
    ws.write(tot_r, 1, "Итого по району", f_tot)
    for ci, (key, g, ttl, crit, kind) in enumerate(cols):
        if ci < 2:
            if ci == 0:
                ws.write_blank(tot_r, ci, None, f_tot)
            continue
        colL = get_column_letter(ci + 1)
        if kind in ("num", "check") or kind == "yesno":
            if kind == "num":
                s = sum(d.get(key) for d in orgs if isinstance(d.get(key), (int, float)) and not isinstance(d.get(key), bool))
                ws.write_formula(tot_r, ci, "=SUM(%s%d:%s%d)" % (colL, first + 1, colL, last + 1), f_tot, s)
            elif kind == "check":
                s = sum(1 for d in orgs if d.get(key) is True)
                ws.write_formula(tot_r, ci, "=COUNTIF(%s%d:%s%d,TRUE)" % (colL, first + 1, colL, last + 1), f_tot, s)
            else:
                ws.write_blank(tot_r, ci, None, f_tot)
        elif kind.startswith("ratio:"):
            a, b = kind[6:].split("/")
            ca = "%s%d" % (get_column_letter(keyidx[a] + 1), tot_r + 1)
            cb = "%s%d" % (get_column_letter(keyidx[b] + 1), tot_r + 1)
            sa = sum(d.get(a) for d in orgs if isinstance(d.get(a), (int, float)))
            sb = sum(d.get(b) for d in orgs if isinstance(d.get(b), (int, float)))
            ws.write_formula(tot_r, ci, "=%s/%s" % (ca, cb), f_tot_pct, sa / sb)
        else:
            ws.write_blank(tot_r, ci, None, f_tot)
    ws.autofilter(1, 0, last, len(cols) - 1)
    # conditional colour: empty link cell -> red
    for ci, c in enumerate(cols):
        if c[4] == "link":
            rng = "%s%d:%s%d" % (get_column_letter(ci + 1), first + 1, get_column_letter(ci + 1), last + 1)
            ws.conditional_format(rng, {"type": "blanks", "format": f_red})

    ws2.set_column(0, 0, 110)
    instr = [
        "Таблица мониторинга ЦМН за 2024 год (календарный год). Заполняет куратор ЦМН своей ОО, одна строка — одна ОО.",
        "Строку «Образец» не удалять и не заполнять.",
        "Да/нет — ставьте 1 или 0. Справка по внутреннему мониторингу — отметьте флажок.",
        "Ссылки — на документ на сайте ОО (Ctrl+K). Пустая ячейка ссылки подсвечивается красным.",
        "Проценты в столбцах «% охвата» считаются автоматически, не заполнять.",
        "Удовлетворённость — средний процент по анкетам участников завершённых программ.",
        "Вопросы: Светлопольский ИМЦ, методист Поздеева А. Р., 8-34160-2-14-55",
    ]
    for k, t in enumerate(instr):
        ws2.write(k, 0, t)
    wb.close()

    # expected
    values_l, links_l, names = [], [], []
    not_criteria = [c[2].strip() for c in cols if c[3] is None and c[4] not in ("id", "org")]
    for k, d in enumerate(orgs):
        r = first + k
        vals, lks = {}, {}
        names.append(d["org"])
        for ci, (key, g, ttl, crit, kind) in enumerate(cols):
            if crit is None:
                continue
            v = d.get(key)
            cn = cell_name(r, ci)
            if kind == "link":
                if v is None:
                    continue
                url, how = v
                lks[crit] = url
                add_check(fname, sheet=sheet, cell=cn, kind={"hl": "hyperlink", "f": "hyperlink_formula",
                                                             "plain": "url_in_text"}[how], crit=crit, link=url,
                          row=k)
                continue
            if kind.startswith("ratio:"):
                a, b = kind[6:].split("/")
                if d.get(a) is None or d.get(b) is None:
                    add_check(fname, sheet=sheet, cell=cn, kind="absent", crit=crit, row=k)
                    continue
                e = pct(d[a], d[b])
                vals[crit] = e
                add_check(fname, sheet=sheet, cell=cn, kind="fraction_pct", crit=crit, expect=e, row=k)
                continue
            if v is None or (kind == "sat" and isinstance(v, str)):
                add_check(fname, sheet=sheet, cell=cn, kind="absent" if v is None else "absent_text",
                          crit=crit, row=k)
                continue
            if kind == "yesno":
                e = 1 if (v == 1 or (isinstance(v, str) and v.lower().startswith("да"))) else 0
                vals[crit] = e
                add_check(fname, sheet=sheet, cell=cn, kind="yesno", crit=crit, expect=e, row=k)
            elif kind == "check":
                vals[crit] = 1 if v else 0
                add_check(fname, sheet=sheet, cell=cn, kind="yesno", crit=crit, expect=vals[crit], row=k)
            elif kind == "sat" and isinstance(v, float) and v <= 1:
                vals[crit] = round(v * 100, 2)
                add_check(fname, sheet=sheet, cell=cn, kind="fraction_pct", crit=crit, expect=vals[crit], row=k)
            else:
                vals[crit] = v
                add_check(fname, sheet=sheet, cell=cn, kind="num", crit=crit, expect=v, row=k)
        values_l.append(vals)
        links_l.append(lks)
    EXPECTED.append({"file": fname, "year": 2024, "organisation": names, "values": values_l, "links": links_l,
                     "not_criteria": not_criteria})


def consistency():
    """Parts not larger than wholes, sums of parts, shares = part/whole."""
    for e in EXPECTED:
        vs = e["values"] if isinstance(e["values"], list) else [e["values"]]
        for v in vs:
            for k in v:
                assert k in CAT_IDS, k
            g = v.get
            pp_parts = [g(k) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                       "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other")]
            assert sum(x or 0 for x in pp_parts) == g("pp_total"), (e["file"], pp_parts, g("pp_total"))
            cats = [g(k) for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                                   "mentees_career", "mentees_other_params")]
            if any(c is not None for c in cats):
                assert sum(c or 0 for c in cats) == g("mentees_10_19")
            assert g("mentees_10_19") <= g("students_10_19")
            assert g("students_15_19") <= g("students_10_19")
            if g("mentors_15_19") is not None:
                assert g("mentors_15_19") <= g("students_15_19")
            assert g("young_specialists_mentees") <= g("young_specialists")
            assert g("teachers_other_mentees") <= g("teachers_other")
            assert g("teachers_mentors") <= g("teachers_other") + g("young_specialists")
            if g("young_specialists_mentors") is not None:
                assert g("young_specialists_mentors") <= g("young_specialists")
            parts = (g("mentees_10_19") or 0) + (g("young_specialists_mentees") or 0) + (g("teachers_other_mentees") or 0)
            assert parts <= g("mentees_total"), e["file"]
            mparts = sum(g(k) or 0 for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                             "enterprise_mentors", "other_org_mentors"))
            assert mparts <= g("mentors_total"), (e["file"], mparts)
            for sh, a, b in (("share_mentees_10_19", ["mentees_10_19"], ["students_10_19"]),
                             ("share_mentors_15_19", ["mentors_15_19"], ["students_15_19"]),
                             ("share_young_specialists_mentees", ["young_specialists_mentees"], ["young_specialists"]),
                             ("share_teachers_mentees", ["teachers_other_mentees", "young_specialists_mentees"],
                              ["teachers_other", "young_specialists"]),
                             ("share_teachers_mentors", ["teachers_mentors"], ["teachers_other", "young_specialists"]),
                             ("share_young_specialists_mentors", ["young_specialists_mentors"], ["young_specialists"])):
                if g(sh) is not None:
                    assert abs(g(sh) - pct(sum(g(x) for x in a), sum(g(x) for x in b))) < 0.006, (e["file"], sh)


def main():
    os.makedirs(TYPED, exist_ok=True)
    make_sgo()
    make_1c()
    make_dnevnik()
    make_gsheets()
    # no title equals a catalogue wording
    for t in ALL_TITLES:
        assert norm(t) not in CAT_WORDINGS, "title equals a catalogue wording: %r" % t
    consistency()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    n = 0
    for e in EXPECTED:
        vs = e["values"] if isinstance(e["values"], list) else [e["values"]]
        n += sum(len(v) for v in vs)
    print("entries:", len(EXPECTED), "values:", n)


if __name__ == "__main__":
    main()
