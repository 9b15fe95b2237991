#!/usr/bin/env python3
"""Held-out set 49: monitoring forms where a school breaks its figures down by columns
(forms of mentoring, levels of education, buildings of a complex, half-years).
Municipality (invented): Заречнинский муниципальный округ, 2024.
Deterministic: all data below are fixed.  Writes typed/*.xlsx, expected.json, cells.json."""
import json
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
os.makedirs(OUT, exist_ok=True)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECT_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

EXPECTED = []
CELLS = []


class Book:
    def __init__(self, name, org, sheet):
        self.name = "typed/" + name
        self.org = org
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = sheet
        self.values, self.links = {}, {}
        self.not_criteria, self.headings = [], []

    # --- writing -------------------------------------------------------
    def put(self, ref, value, fmt=None, bold=False, fill=None, align=WRAP, border=True):
        c = self.ws[ref]
        c.value = value
        if fmt:
            c.number_format = fmt
        if bold:
            c.font = Font(bold=True)
        if fill:
            c.fill = fill
        c.alignment = align
        if border:
            c.border = BOX
        return c

    def boxes(self, row, c1, c2):
        for col in range(c1, c2 + 1):
            self.ws.cell(row=row, column=col).border = BOX

    def widths(self, **w):
        for col, width in w.items():
            self.ws.column_dimensions[col].width = width

    # --- recording -----------------------------------------------------
    def _rec(self, crit, entry, expected):
        assert crit not in self.values, (self.name, crit)
        self.values[crit] = expected
        entry.update({"file": self.name, "sheet": self.ws.title, "criterion": crit,
                      "kind": "value", "expected": expected})
        CELLS.append(entry)

    def val(self, crit, ref, expected):
        self._rec(crit, {"cell": ref}, expected)

    def summed(self, crit, refs, expected, note):
        self._rec(crit, {"cells": refs, "rule": "sum", "note": note}, expected)

    def link(self, crit, ref, url):
        assert self.ws[ref].value == url, (self.name, ref)
        self.links[crit] = url
        CELLS.append({"file": self.name, "sheet": self.ws.title, "criterion": crit,
                      "kind": "link", "cell": ref, "expected": url})

    def save(self):
        self.wb.save(os.path.join(HERE, self.name))
        EXPECTED.append({"file": self.name, "year": 2024, "organisation": self.org,
                         "values": self.values, "links": self.links,
                         "not_criteria": self.not_criteria, "headings": self.headings})


def yn(v):
    return {"да": 1, "Да": 1, "нет": 0, "Нет": 0}[v]


def num_sum(parts):
    return sum(p for p in parts if isinstance(p, (int, float)))


# =====================================================================
# 01  СОШ № 1 — breakdown by form of mentoring, «Всего» column first
# =====================================================================
def f01():
    org = "МБОУ «Средняя общеобразовательная школа № 1 г. Заречнинска»"
    b = Book("01_sosh1_po_formam_nastavnichestva.xlsx", org, "ЦМН 2024")
    ws = b.ws
    b.put("A1", org, bold=True, border=False, align=Alignment(wrap_text=False))
    b.put("A2", "Мониторинг реализации целевой модели наставничества за 2024 год "
               "(Заречнинский муниципальный округ)", border=False, align=Alignment(wrap_text=False))
    # header rows 4-5
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("C4:C5")
    ws.merge_cells("D4:H4"); ws.merge_cells("I4:I5")
    b.put("A4", "№ п/п", bold=True, fill=HEAD_FILL, align=CENTER)
    b.put("B4", "Показатель", bold=True, fill=HEAD_FILL, align=CENTER)
    b.put("C4", "Всего", bold=True, fill=HEAD_FILL, align=CENTER)
    b.put("D4", "в том числе по формам наставничества", bold=True, fill=HEAD_FILL, align=CENTER)
    forms = ["«педагог – педагог»", "«учитель – ученик»", "«ученик – ученик»",
             "«студент – ученик»", "«работодатель – ученик» (иная форма)"]
    for i, f in enumerate(forms):
        b.put(f"{'DEFGH'[i]}5", f, bold=True, fill=HEAD_FILL, align=CENTER)
    b.put("I4", "Ссылка на подтверждающий документ", bold=True, fill=HEAD_FILL, align=CENTER)
    b.boxes(4, 1, 9); b.boxes(5, 1, 9)
    b.widths(A=6, B=58, C=12, D=13, E=13, F=13, G=13, H=16, I=62)

    S = "https://shkola1zarechninsk.gosuslugi.ru/netcat_files/30/112/"
    D = "—"
    # (label, total, parts[5], link, crit_for_total, {part_index: crit}, fmt)
    rows = [
        ("H", "Нормативно-правовое обеспечение"),
        ("Приказ об утверждении Положения о наставничестве педагогических работников", "да", [D]*5,
         S + "Prikaz_142_Polozhenie_nastavnichestvo_pedagogov.pdf", "orgs_regulation_teachers", {}),
        ("Приказ об утверждении Положения о наставничестве обучающихся", "да", [D]*5,
         S + "Prikaz_143_Polozhenie_nastavnichestvo_obuchayushchihsya.pdf", "orgs_regulation_students", {}),
        ("Приказ о проведении мониторинга реализации ЦМН в школе", "да", [D]*5,
         S + "Prikaz_monitoring_CMN_2024.pdf", "orgs_monitoring_order", {}),
        ("Справка по итогам внутреннего мониторинга наставничества", "нет", [D]*5,
         None, "internal_monitoring_notes", {}),
        ("Куратор внедрения ЦМН (назначен приказом), чел.", 1, [D]*5,
         S + "Prikaz_142_Polozhenie_nastavnichestvo_pedagogov.pdf", "curators_total", {}),
        ("Локальные акты об оплате (доплате) за наставничество, шт.", 1, [D]*5,
         S + "Polozhenie_ob_oplate_truda_2024.pdf", "pay_acts", {}),
        ("Локальные акты о нематериальном поощрении наставников, шт.", 1, [D]*5,
         S + "Polozhenie_nematerialnoe_pooshchrenie.pdf", "nonmaterial_acts", {}),
        ("H", "Наставники и наставляемые"),
        ("Наставники (по приказу о закреплении пар), чел.", 37, [12, 9, 11, 3, 2],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "mentors_total", {}),
        ("   в т.ч. педагоги школы", 21, [12, 9, D, D, D],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "teachers_mentors", {}),
        ("   в т.ч. обучающиеся 15–19 лет", 11, [D, D, 11, D, D],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "mentors_15_19", {}),
        ("   в т.ч. студенты педагогического колледжа", 3, [D, D, D, 3, D],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "external_edu_mentors", {}),
        ("   в т.ч. сотрудники предприятий", 2, [D, D, D, D, 2],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "enterprise_mentors", {}),
        ("Наставляемые (по приказу), чел.", 66, [12, 14, 31, 5, 4],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "mentees_total", {}),
        ("   в т.ч. молодые специалисты", 7, [7, D, D, D, D],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "young_specialists_mentees", {}),
        ("   в т.ч. другие педагоги (кроме молодых специалистов)", 5, [5, D, D, D, D],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "teachers_other_mentees", {}),
        ("   в т.ч. обучающиеся в возрасте 10–19 лет", 47, [D, 12, 26, 5, 4],
         S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "mentees_10_19", {}),
        ("Педагоги, участвующие в персонализированных программах (наставники и наставляемые), чел.",
         33, [24, 9, D, D, D], S + "Prikaz_187_zakreplenie_nastavnicheskih_par.pdf", "teachers_in_pp", {}),
        ("Наставнические пары / группы, шт.", 47, [12, 9, 18, 4, 4], None, "DECOY", {}),
        ("H", "Персонализированные программы наставничества"),
        ("Утверждено персонализированных программ наставничества, шт.", 43, [12, 9, 15, 3, 4],
         "https://disk.yandex.ru/d/Zr1_PP_2024-2025", "pp_total",
         {0: "pp_teacher_teacher", 1: "pp_teacher_pupil", 2: "pp_pupil_pupil",
          3: "pp_student_pupil", 4: "pp_other"}),
        ("H", "Взаимодействие с партнёрами"),
        ("Соглашения о сотрудничестве с образовательными организациями, шт.", 1, [D, D, D, 1, D],
         S + "Soglashenie_pedkolledzh_2024.pdf", "agreements_edu_orgs", {}),
        ("Соглашения о сотрудничестве с предприятиями, шт.", 2, [D, D, D, D, 2],
         S + "Soglasheniya_predpriyatiya_2024.pdf", "agreements_enterprises", {}),
        ("Организации-партнёры по наставничеству",
         "ГБПОУ «Заречнинский педагогический колледж»; ООО «Заречнинский хлебокомбинат»; "
         "АО «Заречнинская ГЭС»", [D]*5, S + "Soglasheniya_predpriyatiya_2024.pdf", "partner_list", {}),
        ("H", "Контингент и доли"),
        ("Обучающиеся в возрасте 10–19 лет (всего в школе), чел.", 804, [D]*5, None, "students_10_19", {}),
        ("Доля наставляемых среди обучающихся 10–19 лет, %", 5.85, [D]*5, None, "share_mentees_10_19", {}),
        ("Обучающиеся в возрасте 15–19 лет (всего в школе), чел.", 152, [D]*5, None, "students_15_19", {}),
        ("Доля обучающихся 15–19 лет в роли наставника, %", 7.24, [D]*5, None, "share_mentors_15_19", {}),
        ("Молодые специалисты (до 35 лет, первые 3 года работы), чел.", 9, [D]*5, None,
         "young_specialists", {}),
        ("Педагоги школы без молодых специалистов, чел.", 58, [D]*5, None, "teachers_other", {}),
        ("Доля молодых специалистов в роли наставляемых, %", 77.78, [D]*5, None,
         "share_young_specialists_mentees", {}),
        ("Доля педагогов в роли наставляемых, %", 17.91, [D]*5, None, "share_teachers_mentees", {}),
        ("Доля педагогов в роли наставника, %", 31.34, [D]*5, None, "share_teachers_mentors", {}),
        ("Наставники (план на 2025 год), чел.", 40, [13, 10, 12, 3, 2], None, "DECOY", {}),
        ("H", "Профессиональное развитие и удовлетворённость"),
        ("Педагоги, прошедшие КПК по наставничеству в 2024 году, чел.", 4, [D]*5,
         "https://cloud.mail.ru/public/Zr1k/KPK_nastavniki_2024", "kpk_trained", {}),
        ("ШМО наставников, шт.", 1, [D]*5, S + "Prikaz_ShMO_nastavnikov.pdf",
         "school_methodical_associations", {}),
        ("Удовлетворённость наставников участием в программах, %", 87.6, [90, 86, 87, 80, 95],
         S + "Analiz_anketirovaniya_2024.pdf", "satisfaction_mentors", {}),
        ("Удовлетворённость наставляемых участием в программах, %", 84.8, [88, 84, 82, 90, 93],
         S + "Analiz_anketirovaniya_2024.pdf", "satisfaction_mentees", {}),
    ]
    r = 6
    n = 0
    sums_equal = {"mentors_total", "teachers_mentors", "mentors_15_19", "external_edu_mentors",
                  "enterprise_mentors", "mentees_total", "young_specialists_mentees",
                  "teachers_other_mentees", "mentees_10_19", "teachers_in_pp", "pp_total",
                  "agreements_edu_orgs", "agreements_enterprises"}
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:I{r}")
            b.put(f"A{r}", row[1], bold=True, fill=SECT_FILL)
            b.boxes(r, 1, 9)
            b.headings.append(row[1])
            r += 1
            continue
        label, total, parts, url, crit, partcrit = row
        n += 1
        b.put(f"A{r}", n, align=CENTER)
        b.put(f"B{r}", label)
        fmt = "0.00" if isinstance(total, float) and "Доля" in label else ("0.0" if isinstance(total, float) else None)
        b.put(f"C{r}", total, fmt=fmt, align=CENTER)
        for i, p in enumerate(parts):
            b.put(f"{'DEFGH'[i]}{r}", p, align=CENTER)
        b.put(f"I{r}", url)
        if crit == "DECOY":
            b.not_criteria.append(label.strip())
        else:
            exp = yn(total) if total in ("да", "нет") else total
            b.val(crit, f"C{r}", exp)
            if crit in sums_equal:
                assert num_sum(parts) == total, (crit, parts, total)
            if url:
                b.link(crit, f"I{r}", url)
            for i, pc in partcrit.items():
                b.val(pc, f"{'DEFGH'[i]}{r}", parts[i])
                if url:
                    b.link(pc, f"I{r}", url)
        r += 1
    b.put(f"B{r+1}", "Куратор ЦМН: Белоусова Т.А., заместитель директора по УВР. Дата заполнения: 28.10.2024",
          border=False, align=Alignment(wrap_text=False))
    b.save()


# =====================================================================
# 02  Гимназия № 2 — НОО / ООО / СОО + «Итого по ОО» (last); shares as
#     fractions with a percent format; one explained total ≠ sum
# =====================================================================
def f02():
    org = "МАОУ «Гимназия № 2»"
    b = Book("02_gimnaziya2_NOO_OOO_SOO.xlsx", org, "Лист1")
    ws = b.ws
    b.put("A1", "Наименование ОО: " + org + " г. Заречнинска", bold=True, border=False,
          align=Alignment(wrap_text=False))
    b.put("A2", "Показатели реализации целевой модели наставничества в разрезе уровней образования, 2024 год",
          border=False, align=Alignment(wrap_text=False))
    hdr = ["№", "Критерий", "Источник информации (ссылка)", "НОО\n(1–4 кл.)", "ООО\n(5–9 кл.)",
           "СОО\n(10–11 кл.)", "Итого по ОО"]
    for i, h in enumerate(hdr):
        b.put(f"{get_column_letter(i+1)}4", h, bold=True, fill=HEAD_FILL, align=CENTER)
    b.widths(A=6, B=60, C=58, D=11, E=11, F=11, G=13)
    G = "https://gimn2-zar.edu.ru/upload/nastavnichestvo/"
    Y = "https://disk.yandex.ru/i/g2Zar_baza_nastavnichestva_2024"
    P = "0.00%"
    D = "—"
    rows = [
        ("H", "1. Локальные акты"),
        ("1.1", "Положение о наставничестве обучающихся (приказ от 01.09.2023 № 201)",
         G + "polozhenie_nastavnichestvo_obuch.pdf", [None, None, None], "Да", "orgs_regulation_students", None),
        ("1.2", "Положение о системе наставничества педагогических работников",
         G + "polozhenie_nastavnichestvo_ped.pdf", [None, None, None], "Да", "orgs_regulation_teachers", None),
        ("1.3", "Приказ о проведении мониторинга ЦМН в 2024 году",
         G + "prikaz_monitoring_2024.pdf", [None, None, None], "Да", "orgs_monitoring_order", None),
        ("H", "2. Обучающиеся 10–19 лет в роли наставляемых"),
        ("2.1", "Численность обучающихся в возрасте 10–19 лет (на 01.10.2024)",
         "https://gimn2-zar.edu.ru/sveden/common/kontingent_2024.pdf", [38, 512, 168], 718, "students_10_19", None),
        ("2.2", "из них включены в программы наставничества как наставляемые",
         Y, [4, 86, 31], 121, "mentees_10_19", None),
        ("2.3", "Доля наставляемых от численности обучающихся 10–19 лет",
         None, [0.1053, 0.1680, 0.1845], 0.1685, "share_mentees_10_19", P),
        ("2.4", "   в т.ч. «группа риска»", Y, [1, 9, 2], 12, "mentees_risk", None),
        ("2.5", "   в т.ч. одарённые дети (внесены в реестр)", Y, [1, 14, 11], 26, "mentees_gifted", None),
        ("2.6", "   в т.ч. дети с ОВЗ и дети-инвалиды", Y, [0, 5, 1], 6, "mentees_disabled", None),
        ("2.7", "   в т.ч. низкая учебная мотивация, неуспевающие", Y, [1, 31, 6], 38,
         "mentees_low_motivation", None),
        ("2.8", "   в т.ч. затруднения с выбором профессии / профиля", Y, [D, 18, 9], 27, "mentees_career", None),
        ("2.9", "   в т.ч. по иным основаниям", Y, [1, 9, 2], 12, "mentees_other_params", None),
        ("2.10", "Справочно: наставляемые 10–19 лет в 2023 году", None, [None, None, None], 97, "DECOY", None),
        ("H", "3. Обучающиеся 15–19 лет в роли наставников"),
        ("3.1", "Численность обучающихся в возрасте 15–19 лет",
         "https://gimn2-zar.edu.ru/sveden/common/kontingent_2024.pdf", [D, 64, 168], 232, "students_15_19", None),
        ("3.2", "из них наставники (по приказу)", Y, [D, 7, 29], 36, "mentors_15_19", None),
        ("3.3", "Доля обучающихся 15–19 лет — наставников", None, [D, 0.1094, 0.1726], 0.1552,
         "share_mentors_15_19", P),
        ("H", "4. Персонализированные программы с участием обучающихся (по уровню наставляемого)"),
        ("4.1", "Программы по форме «ученик – ученик»", G + "pp_uchenik_uchenik_2024.pdf",
         [2, 21, 9], 32, "pp_pupil_pupil", None),
        ("4.2", "Программы по форме «учитель – ученик»", G + "pp_uchitel_uchenik_2024.pdf",
         [2, 14, 8], 24, "pp_teacher_pupil", None),
        ("H", "5. Педагогические работники (по уровню, на котором ведут часы)*"),
        ("5.1", "Педагоги, не относящиеся к молодым специалистам", None, [14, 27, 12], 48, "teachers_other", None),
        ("5.2", "Молодые специалисты (до 35 лет, стаж до 3 лет)", None, [3, 4, 2], 9, "young_specialists", None),
        ("5.3", "Молодые специалисты — наставляемые", G + "prikaz_nastavniki_molodyh_pedagogov.pdf",
         [3, 4, 1], 8, "young_specialists_mentees", None),
        ("5.4", "Доля молодых специалистов, закреплённых за наставником", None, [1.0, 1.0, 0.5], 0.8889,
         "share_young_specialists_mentees", P),
        ("5.5", "Педагоги (кроме молодых специалистов) — наставляемые",
         G + "prikaz_nastavniki_molodyh_pedagogov.pdf", [1, 2, 1], 4, "teachers_other_mentees", None),
        ("5.6", "Доля педагогов-наставляемых от всех педагогов", None, [0.2353, 0.1935, 0.1429], 0.2105,
         "share_teachers_mentees", P),
        ("5.7", "Педагоги — наставники", G + "prikaz_nastavniki_molodyh_pedagogov.pdf",
         [6, 11, 7], 19, "teachers_mentors", None),
        ("5.8", "Доля педагогов-наставников от всех педагогов", None, [0.3529, 0.3548, 0.5], 0.3333,
         "share_teachers_mentors", P),
    ]
    r = 5
    overlap_rows = {"teachers_other", "teachers_mentors"}   # documented: Итого < sum (footnote *)
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:G{r}")
            b.put(f"A{r}", row[1], bold=True, fill=SECT_FILL)
            b.boxes(r, 1, 7)
            b.headings.append(row[1])
            r += 1
            continue
        no, label, url, parts, total, crit, fmt = row
        b.put(f"A{r}", no, align=CENTER)
        b.put(f"B{r}", label)
        b.put(f"C{r}", url)
        for i, p in enumerate(parts):
            b.put(f"{'DEF'[i]}{r}", p, fmt=fmt if isinstance(p, float) else None, align=CENTER)
        b.put(f"G{r}", total, fmt=fmt, align=CENTER)
        if crit == "DECOY":
            b.not_criteria.append(label)
        else:
            if fmt == P:
                exp = round(total * 100, 2)
            elif total in ("Да", "Нет"):
                exp = yn(total)
            else:
                exp = total
                s = num_sum(parts)
                if crit in overlap_rows:
                    assert s > total, (crit, s, total)
                else:
                    assert s == total, (crit, s, total)
            b.val(crit, f"G{r}", exp)
            if url:
                b.link(crit, f"C{r}", url)
        r += 1
    b.put(f"B{r+1}", "* Учитель, ведущий уроки на нескольких уровнях образования, учтён в графе каждого "
                     "уровня; в графе «Итого по ОО» каждый педагог учтён один раз.",
          border=False, align=Alignment(wrap_text=False))
    b.put(f"B{r+2}", "Ответственный: Кирьянова О.В., куратор ЦМН", border=False,
          align=Alignment(wrap_text=False))
    b.save()


# =====================================================================
# 03  Образовательный комплекс «Радуга» — корпус 1 / корпус 2 /
#     дошкольное отделение + «Итого по комплексу»; shares as numbers
# =====================================================================
def f03():
    org = "МБОУ «Образовательный комплекс «Радуга»»"
    b = Book("03_OK_Raduga_po_korpusam.xlsx", org, "Мониторинг ЦМН")
    ws = b.ws
    b.put("A1", "Мониторинг реализации целевой модели наставничества в " + org +
          " г. Заречнинска за 2024 год", bold=True, border=False, align=Alignment(wrap_text=False))
    hdr = ["Показатель", "Ед. изм.", "Корпус 1\n(ул. Советская, 12)", "Корпус 2\n(ул. Лесная, 3)",
           "Дошкольное отделение", "Итого по комплексу", "Подтверждающий документ"]
    for i, h in enumerate(hdr):
        b.put(f"{get_column_letter(i+1)}3", h, bold=True, fill=HEAD_FILL, align=CENTER)
    b.widths(A=62, B=9, C=14, D=14, E=14, F=14, G=60)
    R = "https://raduga-zar.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    K = "https://disk.yandex.ru/d/Raduga_kadry_nastavniki_2024"
    D = "—"
    courses = ("«Наставничество в образовательной организации: технологии и практики» (ИРО, 36 ч.); "
               "«Педагог-наставник в дошкольной образовательной организации» (72 ч.)")
    rows = [
        ("H", "Нормативное обеспечение"),
        ("Положение о системе наставничества педагогических работников (приказ от 29.08.2024 № 214-од)",
         "да/нет", [None, None, None], "да", R + "polozhenie_nastavnichestvo_pedagogov.pdf",
         "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "да/нет", [None, None, None], "да",
         R + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf", "orgs_regulation_students"),
        ("Локальный акт о доплате за наставничество", "шт.", [None, None, None], 1,
         R + "polozhenie_o_stimuliruyushchih_vyplatah.pdf", "pay_acts"),
        ("Локальный акт о нематериальном поощрении наставников", "шт.", [None, None, None], 1,
         R + "polozhenie_o_nematerialnom_pooshchrenii.pdf", "nonmaterial_acts"),
        ("Кураторы внедрения ЦМН", "чел.", [1, 1, 1], 3, R + "prikaz_kuratory_CMN.pdf", "curators_total"),
        ("H", "Педагогические кадры"),
        ("Педагоги (без молодых специалистов)", "чел.", [41, 23, 14], 78, None, "teachers_other"),
        ("Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", [5, 3, 2], 10, None, "young_specialists"),
        ("Молодые специалисты, за которыми закреплён наставник", "чел.", [5, 3, 1], 9, K,
         "young_specialists_mentees"),
        ("Педагоги (кроме молодых специалистов) в роли наставляемых", "чел.", [4, 2, 3], 9, K,
         "teachers_other_mentees"),
        ("Доля педагогов-наставляемых", "%", [19.57, 19.23, 25.00], 20.45, None, "share_teachers_mentees"),
        ("Педагоги-наставники", "чел.", [8, 5, 3], 16, K, "teachers_mentors"),
        ("   из них молодые специалисты", "чел.", [1, 0, 0], 1, K, "young_specialists_mentors"),
        ("Доля педагогов-наставников", "%", [17.39, 19.23, 18.75], 18.18, None, "share_teachers_mentors"),
        ("Педагоги в персонализированных программах (наставники + наставляемые)", "чел.", [17, 10, 7], 34, K,
         "teachers_in_pp"),
        ("Прошли КПК по вопросам наставничества в 2024 г.", "чел.", [3, 2, 1], 6,
         R + "udostovereniya_KPK_2024.pdf", "kpk_trained"),
        ("Наименование курсов", "", [D, D, D], courses, None, "kpk_courses"),
        ("Методические объединения наставников", "шт.", [1, 1, 0], 2, R + "prikaz_MO_nastavnikov.pdf",
         "school_methodical_associations"),
        ("H", "Персонализированные программы наставничества"),
        ("«педагог – педагог»", "шт.", [8, 5, 3], 16, R + "pp_pedagog_pedagog_2024.pdf", "pp_teacher_teacher"),
        ("«руководитель – педагог»", "шт.", [1, 0, 1], 2, R + "pp_rukovoditel_pedagog_2024.pdf",
         "pp_head_teacher"),
        ("«ученик – ученик»", "шт.", [30, 14, D], 44, R + "pp_uchenik_uchenik_2024.pdf", "pp_pupil_pupil"),
        ("«учитель – ученик»", "шт.", [22, 9, D], 31, R + "pp_uchitel_uchenik_2024.pdf", "pp_teacher_pupil"),
        ("Всего персонализированных программ", "шт.", [61, 28, 4], 93, R + "prikaz_ob_utverzhdenii_PP_2024.pdf",
         "pp_total"),
        ("H", "Обучающиеся"),
        ("Обучающиеся в возрасте 10–19 лет", "чел.", [480, 210, D], 690, None, "students_10_19"),
        ("   из них наставляемые", "чел.", [52, 23, D], 75, R + "baza_nastavlyaemyh_2024.pdf", "mentees_10_19"),
        ("Доля наставляемых 10–19 лет", "%", [10.83, 10.95, D], 10.87, None, "share_mentees_10_19"),
        ("Обучающиеся в возрасте 15–19 лет", "чел.", [120, 44, D], 164, None, "students_15_19"),
        ("   из них наставники", "чел.", [11, 4, D], 15, R + "baza_nastavnikov_2024.pdf", "mentors_15_19"),
        ("Доля обучающихся 15–19 лет — наставников", "%", [9.17, 9.09, D], 9.15, None, "share_mentors_15_19"),
        ("Воспитанники 5–7 лет в практиках «ребёнок – ребёнок»", "чел.", [D, D, 12], 12, None, "DECOY"),
        ("H", "Участники (по приказу о закреплении пар)"),
        ("Всего наставников", "чел.", [19, 9, 3], 31, R + "prikaz_zakreplenie_par_2024.pdf", "mentors_total"),
        ("Всего наставляемых", "чел.", [61, 28, 4], 93, R + "prikaz_zakreplenie_par_2024.pdf", "mentees_total"),
        ("H", "Удовлетворённость (анкетирование, декабрь 2024)"),
        ("Удовлетворённость наставников", "%", [86, 90, 94], 87.9, R + "analiz_anket_2024.pdf",
         "satisfaction_mentors"),
        ("Удовлетворённость наставляемых", "%", [82, 85, 91], 83.3, R + "analiz_anket_2024.pdf",
         "satisfaction_mentees"),
    ]
    r = 4
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:G{r}")
            b.put(f"A{r}", row[1], bold=True, fill=SECT_FILL)
            b.boxes(r, 1, 7)
            b.headings.append(row[1])
            r += 1
            continue
        label, unit, parts, total, url, crit = row
        b.put(f"A{r}", label)
        b.put(f"B{r}", unit, align=CENTER)
        fmt = "0.00" if unit == "%" and "Доля" in label else None
        for i, p in enumerate(parts):
            b.put(f"{'CDE'[i]}{r}", p, fmt=fmt if isinstance(p, float) else None, align=CENTER)
        b.put(f"F{r}", total, fmt=fmt if isinstance(total, float) else None, align=CENTER)
        b.put(f"G{r}", url)
        if crit == "DECOY":
            b.not_criteria.append(label)
        else:
            exp = yn(total) if total in ("да", "нет") else total
            if unit in ("чел.", "шт.") and any(isinstance(p, int) for p in parts):
                assert num_sum(parts) == total, (crit, parts, total)
            b.val(crit, f"F{r}", exp)
            if url:
                b.link(crit, f"G{r}", url)
        r += 1
    b.put(f"A{r+1}", "Заместитель директора по УВР Сафина Г.Р., тел. 8 (34155) 2-14-07", border=False,
          align=Alignment(wrap_text=False))
    b.save()


# =====================================================================
# 04  Ключевская СОШ — breakdown by form only, no total column;
#     yes/no in cells merged across the breakdown
# =====================================================================
def f04():
    org = "МБОУ «Ключевская СОШ»"
    b = Book("04_klyuchevskaya_SOSh_formy_bez_itogo.xlsx", org, "Форма 2")
    ws = b.ws
    b.put("A1", org + " Заречнинского муниципального округа", bold=True, border=False,
          align=Alignment(wrap_text=False))
    b.put("A2", "Мониторинг ЦМН — 2024 год. Форма 2: сведения в разрезе форм наставничества", border=False,
          align=Alignment(wrap_text=False))
    hdr = ["Показатель", "«педагог – педагог»", "«учитель – ученик»", "«ученик – ученик»",
           "«работодатель – ученик»", "Ссылка"]
    for i, h in enumerate(hdr):
        b.put(f"{get_column_letter(i+1)}4", h, bold=True, fill=HEAD_FILL, align=CENTER)
    b.widths(A=60, B=14, C=14, D=14, E=16, F=58)
    K = "https://klyuchi-shkola.gosuslugi.ru/netcat_files/21/305/"
    C = "https://cloud.mail.ru/public/KlSh/nastavnichestvo_2024"
    D = "—"
    r = 5

    def heading(t):
        nonlocal r
        ws.merge_cells(f"A{r}:F{r}")
        b.put(f"A{r}", t, bold=True, fill=SECT_FILL)
        b.boxes(r, 1, 6)
        b.headings.append(t)
        r += 1

    def merged(label, value, url, crit, exp):
        nonlocal r
        b.put(f"A{r}", label)
        ws.merge_cells(f"B{r}:E{r}")
        b.put(f"B{r}", value, align=CENTER)
        b.boxes(r, 2, 5)
        b.put(f"F{r}", url)
        b.val(crit, f"B{r}", exp)
        if url:
            b.link(crit, f"F{r}", url)
        r += 1

    def line(label, parts, url, crits=None, single=None, total=None, ambiguous=False):
        """crits: {index: criterion} — each part is its own criterion;
        single: criterion whose value is the only filled part; total: (criterion, value) summed."""
        nonlocal r
        b.put(f"A{r}", label)
        for i, p in enumerate(parts):
            b.put(f"{'BCDE'[i]}{r}", p, align=CENTER)
        b.put(f"F{r}", url)
        refs = [f"{'BCDE'[i]}{r}" for i in range(4)]
        if crits:
            for i, c in crits.items():
                b.val(c, refs[i], parts[i])
                if url:
                    b.link(c, f"F{r}", url)
        if single:
            filled = [i for i, p in enumerate(parts) if p not in (D, None)]
            assert len(filled) == 1
            b.val(single, refs[filled[0]], parts[filled[0]])
            if url:
                b.link(single, f"F{r}", url)
        if total:
            crit, value = total
            assert num_sum(parts) == value
            b.summed(crit, refs, value, "sum of the four form columns: each programme has exactly one form")
            if url:
                b.link(crit, f"F{r}", url)
        r += 1

    heading("1. Локальные акты")
    merged("Положение о наставничестве педагогических работников (приказ от 30.08.2023 № 112)", "Да",
           K + "polozhenie_nastavnichestvo_pedagogi.pdf", "orgs_regulation_teachers", 1)
    merged("Положение о наставничестве обучающихся (приказ от 30.08.2023 № 112)", "Да",
           K + "polozhenie_nastavnichestvo_obuchayushchiesya.pdf", "orgs_regulation_students", 1)
    merged("Приказ о мониторинге ЦМН в 2024 году", "Нет", None, "orgs_monitoring_order", 0)
    merged("Аналитическая справка по итогам внутреннего мониторинга", "Да", C, "internal_monitoring_notes", 1)
    heading("2. Участники наставничества")
    line("Наставники*, чел.", [4, 5, 9, 1], K + "prikaz_par_2024.pdf", ambiguous=True)
    line("Наставляемые*, чел.", [4, 6, 9, 1], K + "prikaz_par_2024.pdf", ambiguous=True)
    line("   из них обучающиеся 10–19 лет*", [D, 6, 9, 1], K + "prikaz_par_2024.pdf", ambiguous=True)
    line("Педагоги-наставники*, чел.", [4, 5, D, D], K + "prikaz_par_2024.pdf", ambiguous=True)
    line("Молодые специалисты в роли наставляемых, чел.", [2, D, D, D], K + "prikaz_par_2024.pdf",
         single="young_specialists_mentees")
    line("Другие педагоги (не молодые специалисты) в роли наставляемых, чел.", [2, D, D, D], K + "prikaz_par_2024.pdf",
         single="teachers_other_mentees")
    line("Обучающиеся 15–19 лет в роли наставников, чел.", [D, D, 6, D], K + "prikaz_par_2024.pdf",
         single="mentors_15_19")
    line("Наставники — сотрудники предприятий, чел.", [D, D, D, 1], K + "prikaz_par_2024.pdf",
         single="enterprise_mentors")
    merged("Обучающиеся 10–19 лет (всего по школе), чел.", 94, None, "students_10_19", 94)
    merged("Обучающиеся 15–19 лет (всего по школе), чел.", 31, None, "students_15_19", 31)
    heading("3. Персонализированные программы наставничества")
    line("Утверждено программ (приказ от 05.09.2024 № 140), шт.", [4, 6, 9, 1], C,
         crits={0: "pp_teacher_teacher", 1: "pp_teacher_pupil", 2: "pp_pupil_pupil", 3: "pp_other"},
         total=("pp_total", 20))
    heading("4. Взаимодействие с работодателями")
    line("Соглашения о сотрудничестве с предприятиями, шт.", [D, D, D, 1], K + "soglashenie_SPK_2024.pdf",
         single="agreements_enterprises")
    line("Предприятие-партнёр", [D, D, D, "СПК «Ключевской»"], K + "soglashenie_SPK_2024.pdf",
         single="partner_list")
    heading("5. Удовлетворённость участников (анкетирование, май 2024)")
    line("Удовлетворённость наставников, %", [92, 85, 80, 100], None, ambiguous=True)
    line("Удовлетворённость наставляемых, %", [88, 90, 83, 100], None, ambiguous=True)
    b.put(f"A{r+1}", "* Один участник может быть задействован в нескольких формах наставничества, поэтому "
                     "итог по строке не подводится.", border=False, align=Alignment(wrap_text=False))
    b.put(f"A{r+2}", "Директор школы Л.П. Мерзлякова", border=False, align=Alignment(wrap_text=False))
    b.save()


# =====================================================================
# 05  СОШ № 4 — «1–4 кл. / 5–9 кл. / 10–11 кл.» without a total;
#     per-column shares only; general block below
# =====================================================================
def f05():
    org = "МБОУ «СОШ № 4 г. Заречнинска»"
    b = Book("05_sosh4_po_parallelyam.xlsx", org, "Наставничество")
    ws = b.ws
    b.put("A1", org, bold=True, border=False, align=Alignment(wrap_text=False))
    b.put("A2", "Сведения о реализации целевой модели наставничества за 2024 год", border=False,
          align=Alignment(wrap_text=False))
    b.put("A3", "Обучающиеся учтены по классу, в котором они обучаются на 01.10.2024; программы — по классу "
                "наставляемого.", border=False, align=Alignment(wrap_text=False))
    hdr = ["№", "Показатель", "1–4 кл.", "5–9 кл.", "10–11 кл.", "Источник (ссылка)"]
    for i, h in enumerate(hdr):
        b.put(f"{get_column_letter(i+1)}5", h, bold=True, fill=HEAD_FILL, align=CENTER)
    b.widths(A=6, B=62, C=11, D=11, E=11, F=58)
    S = "https://sosh4-zar.edu.ru/documents/nastavnichestvo/"
    D = "—"
    rows = [
        ("H", "Обучающиеся в программах наставничества"),
        ("Число обучающихся в возрасте 10–19 лет", [41, 412, 96], None, "students_10_19"),
        ("из них наставляемые", [3, 58, 22], S + "baza_nastavlyaemyh_2024.pdf", "mentees_10_19"),
        ("   в т.ч. из «группы риска»", [1, 12, 3], S + "baza_nastavlyaemyh_2024.pdf", "mentees_risk"),
        ("   в т.ч. одарённые (в реестре)", [0, 9, 8], S + "baza_nastavlyaemyh_2024.pdf", "mentees_gifted"),
        ("   в т.ч. с ОВЗ, дети-инвалиды", [1, 6, 1], S + "baza_nastavlyaemyh_2024.pdf", "mentees_disabled"),
        ("   в т.ч. с низкой мотивацией к учёбе / неуспевающие", [1, 19, 4], S + "baza_nastavlyaemyh_2024.pdf",
         "mentees_low_motivation"),
        ("   в т.ч. с проблемами выбора профессии", [D, 8, 5], S + "baza_nastavlyaemyh_2024.pdf",
         "mentees_career"),
        ("   в т.ч. по иным основаниям", [0, 4, 1], S + "baza_nastavlyaemyh_2024.pdf", "mentees_other_params"),
        ("Доля наставляемых по параллелям, %", [7.32, 14.08, 22.92], None, "AMBIGUOUS"),
        ("Наставляемые — обучающиеся всех возрастов (с 1 класса)", [27, 58, 22], None, "DECOY"),
        ("Число обучающихся в возрасте 15–19 лет", [D, 37, 96], None, "students_15_19"),
        ("из них наставники", [D, 4, 19], S + "baza_nastavnikov_2024.pdf", "mentors_15_19"),
        ("H", "Персонализированные программы (по классу наставляемого)"),
        ("«ученик – ученик»", [2, 24, 6], S + "PP_uchenik_uchenik.pdf", "pp_pupil_pupil"),
        ("«учитель – ученик»", [1, 7, 4], S + "PP_uchitel_uchenik.pdf", "pp_teacher_pupil"),
        ("H", "Педагоги"),
        ("Педагоги-наставники, работающие в параллелях**", [4, 11, 7], S + "prikaz_nastavniki_2024.pdf",
         "AMBIGUOUS"),
    ]
    r = 6
    n = 0
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:F{r}")
            b.put(f"A{r}", row[1], bold=True, fill=SECT_FILL)
            b.boxes(r, 1, 6)
            b.headings.append(row[1])
            r += 1
            continue
        label, parts, url, crit = row
        n += 1
        b.put(f"A{r}", n, align=CENTER)
        b.put(f"B{r}", label)
        for i, p in enumerate(parts):
            b.put(f"{'CDE'[i]}{r}", p, fmt="0.00" if isinstance(p, float) else None, align=CENTER)
        b.put(f"F{r}", url)
        refs = [f"C{r}", f"D{r}", f"E{r}"]
        if crit == "DECOY":
            b.not_criteria.append(label)
        elif crit != "AMBIGUOUS":
            b.summed(crit, refs, num_sum(parts), "sum over class groups: each pupil is counted in one class")
            if url:
                b.link(crit, f"F{r}", url)
        r += 1
    b.put(f"B{r}", "** Учитель, работающий в нескольких параллелях, указан в каждой из них.", border=False,
          align=Alignment(wrap_text=False))
    r += 2
    b.put(f"B{r}", "Общие сведения", bold=True, border=False)
    r += 1
    for col, h in zip("BCF", ["Показатель", "Значение", "Источник (ссылка)"]):
        b.put(f"{col}{r}", h, bold=True, fill=HEAD_FILL, align=CENTER)
    r += 1
    general = [
        ("Куратор ЦМН назначен приказом (чел.)", 1, S + "prikaz_kurator_CMN.pdf", "curators_total", 1),
        ("Положение о системе наставничества педагогических работников", "да",
         S + "Polozhenie_nastavnichestvo_PR.pdf", "orgs_regulation_teachers", 1),
        ("Положение о наставничестве обучающихся", "да", S + "Polozhenie_nastavnichestvo_obuch.pdf",
         "orgs_regulation_students", 1),
        ("Приказ о мониторинге реализации ЦМН", "да", S + "prikaz_monitoring_CMN_2024.pdf",
         "orgs_monitoring_order", 1),
        ("Школьное методическое объединение наставников (кол-во)", 1, S + "prikaz_ShMO_nastavnikov.pdf",
         "school_methodical_associations", 1),
    ]
    for label, v, url, crit, exp in general:
        b.put(f"B{r}", label)
        b.put(f"C{r}", v, align=CENTER)
        b.put(f"F{r}", url)
        b.val(crit, f"C{r}", exp)
        b.link(crit, f"F{r}", url)
        r += 1
    b.save()


# =====================================================================
# 06  ЦДТ «Исток» (ДОП) — I / II полугодие + «Итого за 2024 год»;
#     stocks: Итого = on 31.12; flows: Итого = sum; shares as text
# =====================================================================
def f06():
    org = "МБУ ДО «Центр детского творчества «Исток»»"
    b = Book("06_CDT_Istok_po_polugodiyam.xlsx", org, "2024")
    ws = b.ws
    b.put("A1", "Отчёт о реализации целевой модели наставничества", bold=True, border=False,
          align=Alignment(wrap_text=False))
    b.put("A2", org + ", 2024 год", bold=True, border=False, align=Alignment(wrap_text=False))
    b.put("A3", "Численность участников — на конец полугодия, в графе «Итого» — на 31.12.2024; программы, "
                "соглашения и КПК — за полугодие, в графе «Итого» — за год.", border=False,
          align=Alignment(wrap_text=False))
    hdr = ["Направление / показатель", "I полугодие 2024 г.", "II полугодие 2024 г.", "Итого за 2024 г.",
           "Ссылка на подтверждающий документ"]
    for i, h in enumerate(hdr):
        b.put(f"{get_column_letter(i+1)}5", h, bold=True, fill=HEAD_FILL, align=CENTER)
    b.widths(A=64, B=14, C=14, D=14, E=60)
    U = "https://istok-cdt.gosuslugi.ru/netcat_files/userfiles/CMN/"
    D = "—"
    partners = ("МБОУ «СОШ № 1 г. Заречнинска»; МАОУ «Гимназия № 2»; ГБПОУ «Заречнинский педагогический "
                "колледж»; АНО «Клуб робототехники «Винтик»»; МБУК «Заречнинская централизованная "
                "библиотечная система»")
    # kind: 'stock' (total = II), 'flow' (total = I + II), 'yn', 'share', 'level', 'text'
    rows = [
        ("H", "1. Нормативная база"),
        ("Положение о наставничестве педагогических работников ЦДТ", D, D, "да", "yn",
         U + "Polozhenie_nastavnichestvo_PR.pdf", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", D, D, "да", "yn", U + "Polozhenie_nastavnichestvo_obuch.pdf",
         "orgs_regulation_students"),
        ("Приказ о проведении мониторинга ЦМН", "да", D, "да", "yn", U + "Prikaz_monitoring_2024.pdf",
         "orgs_monitoring_order"),
        ("Справка по итогам внутреннего мониторинга", D, "да", "да", "yn", U + "Spravka_vnutr_monitoring_2024.pdf",
         "internal_monitoring_notes"),
        ("H", "2. Наставники и наставляемые"),
        ("Наставники (по приказу)", 10, 14, 14, "stock", U + "Prikaz_zakreplenie_par.pdf", "mentors_total"),
        ("Наставляемые (по приказу)", 26, 31, 31, "stock", U + "Prikaz_zakreplenie_par.pdf", "mentees_total"),
        ("Участники программ (наставники + наставляемые)", 36, 45, 45, "stock", None, "DECOY"),
        ("Наставники из других образовательных организаций", 0, 1, 1, "stock", U + "Prikaz_zakreplenie_par.pdf",
         "external_edu_mentors"),
        ("Наставники из иных организаций (НКО, учреждения культуры)", 1, 2, 2, "stock",
         U + "Prikaz_zakreplenie_par.pdf", "other_org_mentors"),
        ("Заключено соглашений с образовательными организациями", 2, 1, 3, "flow", U + "Soglasheniya_OO.pdf",
         "agreements_edu_orgs"),
        ("Заключено соглашений с иными организациями", 1, 1, 2, "flow", U + "Soglasheniya_inye.pdf",
         "agreements_other_orgs"),
        ("Организации-партнёры", D, D, partners, "text", U + "Soglasheniya_OO.pdf", "partner_list"),
        ("H", "3. Персонализированные программы наставничества"),
        ("Утверждено персонализированных программ, всего", 9, 12, 21, "flow", "https://disk.yandex.ru/d/Istok_PP_2024",
         "pp_total"),
        ("   «педагог – педагог»", 1, 1, 2, "flow", "https://disk.yandex.ru/d/Istok_PP_2024", "pp_teacher_teacher"),
        ("   «педагог ДО – обучающийся»", 6, 8, 14, "flow", "https://disk.yandex.ru/d/Istok_PP_2024",
         "pp_teacher_pupil"),
        ("   «обучающийся – обучающийся»", 2, 3, 5, "flow", "https://disk.yandex.ru/d/Istok_PP_2024",
         "pp_pupil_pupil"),
        ("H", "4. Обучающиеся"),
        ("Контингент обучающихся 10–19 лет", 612, 648, 648, "stock", None, "students_10_19"),
        ("   из них наставляемые", 22, 27, 27, "stock", U + "Baza_nastavlyaemyh.pdf", "mentees_10_19"),
        ("   доля наставляемых", "3,59 %", "4,17 %", "4,17 %", "share", None, "share_mentees_10_19"),
        ("Контингент обучающихся 15–19 лет", 141, 156, 156, "stock", None, "students_15_19"),
        ("   из них наставники", 3, 4, 4, "stock", U + "Baza_nastavnikov.pdf", "mentors_15_19"),
        ("   доля наставников", "2,13 %", "2,56 %", "2,56 %", "share", None, "share_mentors_15_19"),
        ("H", "5. Педагоги"),
        ("Молодые специалисты (до 35 лет, первые три года работы)", 3, 4, 4, "stock", None, "young_specialists"),
        ("   из них наставляемые", 2, 2, 2, "stock", U + "Prikaz_zakreplenie_par.pdf", "young_specialists_mentees"),
        ("Педагоги-наставники", 6, 7, 7, "stock", U + "Prikaz_zakreplenie_par.pdf", "teachers_mentors"),
        ("Прошли КПК по наставничеству", 2, 3, 5, "flow", U + "Udostovereniya_KPK.pdf", "kpk_trained"),
        ("H", "6. Удовлетворённость (анкетирование в мае и декабре)"),
        ("Удовлетворённость наставников, %", 92, 90, 91, "level", U + "Anketirovanie_itogi_2024.pdf",
         "satisfaction_mentors"),
        ("Удовлетворённость наставляемых, %", 87, 91, 89.2, "level", U + "Anketirovanie_itogi_2024.pdf",
         "satisfaction_mentees"),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:E{r}")
            b.put(f"A{r}", row[1], bold=True, fill=SECT_FILL)
            b.boxes(r, 1, 5)
            b.headings.append(row[1])
            r += 1
            continue
        label, h1, h2, tot, kind, url, crit = row
        b.put(f"A{r}", label)
        b.put(f"B{r}", h1, align=CENTER)
        b.put(f"C{r}", h2, align=CENTER)
        b.put(f"D{r}", tot, align=CENTER)
        b.put(f"E{r}", url)
        if kind == "flow":
            assert h1 + h2 == tot, crit
        if kind == "stock":
            assert h2 == tot, crit
        if crit == "DECOY":
            b.not_criteria.append(label)
        else:
            if kind == "yn":
                exp = yn(tot)
            elif kind == "share":
                exp = float(tot.replace("%", "").replace(",", ".").strip())
            else:
                exp = tot
            b.val(crit, f"D{r}", exp)
            if url:
                b.link(crit, f"E{r}", url)
        r += 1
    b.put(f"A{r+1}", "Куратор ЦМН: методист Ложкина Е.С.", border=False, align=Alignment(wrap_text=False))
    b.save()


# =====================================================================
# 07  СЮТ (ДОП) — general block + half-years without a year column
# =====================================================================
def f07():
    org = "МБУ ДО «Станция юных техников»"
    b = Book("07_SYuT_polugodiya_bez_itogo.xlsx", org, "Мониторинг")
    ws = b.ws
    b.put("A1", org + " г. Заречнинска", bold=True, border=False, align=Alignment(wrap_text=False))
    b.put("A2", "Сведения для мониторинга целевой модели наставничества, 2024 год", border=False,
          align=Alignment(wrap_text=False))
    b.widths(A=66, B=18, C=18, D=60)
    Y = "https://syut-zar.edu.ru/files/nastavnichestvo/"
    r = 4
    b.put(f"A{r}", "1. Общие сведения (по состоянию на 31.12.2024)", bold=True, border=False)
    b.headings.append("1. Общие сведения (по состоянию на 31.12.2024)")
    r += 1
    ws.merge_cells(f"B{r}:C{r}")
    for col, h in zip("ABD", ["Показатель", "Значение", "Ссылка"]):
        b.put(f"{col}{r}", h, bold=True, fill=HEAD_FILL, align=CENTER)
    b.boxes(r, 1, 4)
    r += 1
    partners = "ООО «ЗаречМаш»; ИП Сомов А.В. (столярная мастерская)"
    general = [
        ("Положение о наставничестве педагогических работников СЮТ", "да", Y + "polozhenie_nastavnichestvo_PR.pdf",
         "orgs_regulation_teachers", 1),
        ("Положение о наставничестве обучающихся", "да", Y + "polozhenie_nastavnichestvo_obuch.pdf",
         "orgs_regulation_students", 1),
        ("Приказ о проведении мониторинга ЦМН", "нет", None, "orgs_monitoring_order", 0),
        ("Куратор внедрения ЦМН, чел.", 1, Y + "prikaz_kurator.pdf", "curators_total", 1),
        ("Положение об оплате труда (раздел о доплате наставникам), шт.", 1, Y + "polozhenie_oplata_truda.pdf",
         "pay_acts", 1),
        ("Положение о нематериальном поощрении наставников, шт.", 0, None, "nonmaterial_acts", 0),
        ("Методическое объединение наставников, шт.", 1, Y + "prikaz_MO_nastavnikov.pdf",
         "school_methodical_associations", 1),
        ("Предприятия-партнёры", partners, Y + "soglasheniya_2024.pdf", "partner_list", partners),
    ]
    for label, v, url, crit, exp in general:
        b.put(f"A{r}", label)
        ws.merge_cells(f"B{r}:C{r}")
        b.put(f"B{r}", v, align=CENTER)
        b.boxes(r, 2, 3)
        b.put(f"D{r}", url)
        b.val(crit, f"B{r}", exp)
        if url:
            b.link(crit, f"D{r}", url)
        r += 1
    r += 1
    b.put(f"A{r}", "2. Сведения по полугодиям", bold=True, border=False)
    b.headings.append("2. Сведения по полугодиям")
    r += 1
    for col, h in zip("ABCD", ["Показатель", "I полугодие\n(январь – июнь)", "II полугодие\n(июль – декабрь)",
                               "Примечание / ссылка"]):
        b.put(f"{col}{r}", h, bold=True, fill=HEAD_FILL, align=CENTER)
    r += 1
    PP = "https://disk.yandex.ru/d/SYuT_personal_programmy_2024"
    halves = [
        ("Заключено соглашений о сотрудничестве с предприятиями", 1, 1, Y + "soglasheniya_2024.pdf",
         "agreements_enterprises"),
        ("Утверждено персонализированных программ наставничества, всего", 3, 5, PP, "pp_total"),
        ("   в т.ч. «педагог – педагог»", 1, 0, PP, "pp_teacher_teacher"),
        ("   в т.ч. «учитель – ученик»", 2, 3, PP, "pp_teacher_pupil"),
        ("   в т.ч. «работодатель – ученик»", 0, 2, PP, "pp_other"),
        ("Педагоги, прошедшие КПК по наставничеству (каждый учтён один раз — по дате удостоверения)", 1, 2,
         Y + "udostovereniya_KPK_2024.pdf", "kpk_trained"),
        ("Наставники (по приказу)", 6, 7, Y + "prikaz_zakreplenie_par.pdf", "AMBIGUOUS"),
        ("Наставляемые (по приказу)", 15, 18, Y + "prikaz_zakreplenie_par.pdf", "AMBIGUOUS"),
        ("Удовлетворённость наставляемых по итогам анкетирования, %", 88, 92, None, "AMBIGUOUS"),
    ]
    for label, h1, h2, url, crit in halves:
        b.put(f"A{r}", label)
        b.put(f"B{r}", h1, align=CENTER)
        b.put(f"C{r}", h2, align=CENTER)
        b.put(f"D{r}", url)
        if crit != "AMBIGUOUS":
            b.summed(crit, [f"B{r}", f"C{r}"], h1 + h2,
                     "sum of the two half-years: agreements, programmes and course completions are dated events")
            if url:
                b.link(crit, f"D{r}", url)
        r += 1
    b.put(f"A{r+1}", "Соглашения, программы и КПК указаны по дате заключения / утверждения / окончания обучения.",
          border=False, align=Alignment(wrap_text=False))
    b.put(f"A{r+2}", "Исполнитель: Гавшин Д.Н., методист", border=False, align=Alignment(wrap_text=False))
    b.save()


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07):
        f()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"note": "kind=value: 'cell' holds the value, or 'cells' with rule 'sum' (the value is the "
                           "sum of the numeric cells; '—' counts as nothing). kind=link: 'cell' holds the URL. "
                           "No file was re-saved through LibreOffice.",
                   "entries": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print(f"files={len(EXPECTED)} values={nv} links={nl}")
    for e in EXPECTED:
        print(f'  {e["file"]}: {len(e["values"])} values, {len(e["links"])} links')
