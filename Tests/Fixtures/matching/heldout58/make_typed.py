#!/usr/bin/env python3
"""Held-out set 58: cross tables (row x column) in XLSX monitoring forms of the
mentoring model, Усть-Ветлужский муниципальный округ, 2024.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: all data fixed.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

CELLS = []
EXPECTED = []

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="BFBFBF")
HEAD = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
X = "х"  # Cyrillic «х», the usual filler for a meaningless combination


def put(ws, ref, value, bold=False, fill=None, center=False, fmt=None, border=True):
    c = ws[ref]
    c.value = value
    if bold:
        c.font = Font(bold=True)
    if fill is not None:
        c.fill = fill
    c.alignment = CENTER if center else WRAP
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BORDER
    return c


def hdr(ws, ref, text):
    return put(ws, ref, text, bold=True, fill=HEAD, center=True)


def merge(ws, rng, text, header=True, bold=True):
    first = rng.split(":")[0]
    if header:
        hdr(ws, first, text)
    else:
        put(ws, first, text, bold=bold, border=False)
    ws.merge_cells(rng)
    # borders on every cell of a merged header block
    if header:
        for row in ws[rng]:
            for c in row:
                c.border = BORDER


def grey(ws, ref, text=None):
    return put(ws, ref, text, fill=GREY, center=True)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def rc(r, c):
    return f"{get_column_letter(c)}{r}"


class Form:
    def __init__(self, file, organisation):
        self.file = file
        self.org = organisation
        self.multi = isinstance(organisation, list)
        n = len(organisation) if self.multi else 0
        self.values = [{} for _ in range(n)] if self.multi else {}
        self.links = [{} for _ in range(n)] if self.multi else {}
        self.not_criteria = []
        self.headings = []
        EXPECTED.append(self)

    def _d(self, which, oi):
        d = self.values if which == "v" else self.links
        return d[oi] if self.multi else d

    def _cell(self, ws, ref, kind, crit, expected, oi):
        e = {"file": self.file, "sheet": ws.title, "cell": ref, "kind": kind,
             "criterion": crit, "expected": expected}
        if self.multi:
            e["organisation"] = self.org[oi]
        CELLS.append(e)

    def v(self, ws, ref, raw, crit, exp=None, fmt=None, oi=None, center=True):
        """An expected value: raw is what the cell holds, exp what is expected."""
        put(ws, ref, raw, fmt=fmt, center=center)
        if exp is None:
            exp = raw
        d = self._d("v", oi)
        assert crit not in d, (self.file, crit, oi)
        d[crit] = exp
        self._cell(ws, ref, "value", crit, exp, oi)

    def link(self, ws, ref, url, crits, text=None, oi=None):
        c = put(ws, ref, text if text else url)
        if text:
            c.hyperlink = url
            c.font = Font(color="0563C1", underline="single")
        d = self._d("l", oi)
        for cr in crits:
            assert cr not in d, (self.file, cr)
            d[cr] = url
            self._cell(ws, ref, "link", cr, url, oi)

    def nc(self, *titles):
        for t in titles:
            if t not in self.not_criteria:
                self.not_criteria.append(t)

    def hd(self, *titles):
        for t in titles:
            if t not in self.headings:
                self.headings.append(t)

    def entry(self):
        return {"file": self.file, "year": 2024, "organisation": self.org,
                "values": self.values, "links": self.links,
                "not_criteria": self.not_criteria, "headings": self.headings}


# ---------------------------------------------------------------------------
# 01  МБОУ «Ветлужанская СОШ № 1» — one matrix per sheet
# ---------------------------------------------------------------------------
def file01():
    fn = "typed/01_vetl_sosh1_matricy.xlsx"
    org = "МБОУ «Ветлужанская СОШ № 1»"
    f = Form(fn, org)
    site = "https://vetl-sosh1.gosuslugi.ru/netcat_files/30/69/"
    wb = Workbook()

    # --- sheet 1: participants matrix
    ws = wb.active
    ws.title = "Участники"
    merge(ws, "A1:J1", f"Мониторинг реализации целевой модели наставничества в {org} за 2024 год",
          header=False)
    merge(ws, "A2:J2", "Таблица 1. Участники программ наставничества (по приказам ОО), чел.",
          header=False, bold=False)
    f.hd("Таблица 1. Участники программ наставничества (по приказам ОО), чел.")
    heads = ["Категория участников", "Всего", "педагоги (без молодых специалистов)",
             "молодые специалисты (до 35 лет, стаж до 3 лет)", "обучающиеся 15–19 лет",
             "обучающиеся 10–19 лет", "дети с ОВЗ, дети-инвалиды (10–19 лет)",
             "«группа риска» (10–19 лет)", "одарённые дети (из реестра)",
             "Ссылка на приказ"]
    for i, h in enumerate(heads, 1):
        hdr(ws, rc(4, i), h)
    ws.row_dimensions[4].height = 62
    link_m = site + "Prikaz_143-od_nastavniki_2024.pdf"
    link_n = site + "Prikaz_144-od_nastavlyaemye_2024.pdf"
    # mentors
    put(ws, "A5", "Наставники", bold=True)
    f.v(ws, "B5", 34, "mentors_total")
    put(ws, "C5", 20, center=True)          # teachers without young specialists: no criterion
    f.v(ws, "D5", 2, "young_specialists_mentors")
    f.v(ws, "E5", 12, "mentors_15_19")
    for col in "FGHI":
        put(ws, f"{col}5", X, center=True)
    f.link(ws, "J5", link_m, ["mentors_total", "young_specialists_mentors", "mentors_15_19"])
    # mentees
    put(ws, "A6", "Наставляемые", bold=True)
    f.v(ws, "B6", 96, "mentees_total")
    f.v(ws, "C6", 9, "teachers_other_mentees")
    f.v(ws, "D6", 7, "young_specialists_mentees")
    put(ws, "E6", X, center=True)
    f.v(ws, "F6", 80, "mentees_10_19")
    f.v(ws, "G6", 6, "mentees_disabled")
    f.v(ws, "H6", 5, "mentees_risk")
    f.v(ws, "I6", 11, "mentees_gifted")
    f.link(ws, "J6", link_n, ["mentees_total", "teachers_other_mentees", "young_specialists_mentees",
                              "mentees_10_19", "mentees_disabled", "mentees_risk", "mentees_gifted"])
    # pairs
    put(ws, "A7", "Наставнические пары (группы)", bold=True)
    for col, val in zip("BCDEFGHI", [41, 9, 7, X, 25, X, X, X]):
        put(ws, f"{col}7", val, center=True)
    put(ws, "J7", None)
    widths(ws, {"A": 30, "B": 9, "C": 16, "D": 18, "E": 13, "F": 13, "G": 16, "H": 14,
                "I": 14, "J": 48})
    f.nc("Наставнические пары (группы)", "Наставники × педагоги (без молодых специалистов)",
         "Наставнические пары (группы) × всего / педагоги / молодые специалисты / обучающиеся 10–19 лет")

    # --- sheet 2: forms matrix
    ws = wb.create_sheet("Формы наставничества")
    merge(ws, "A1:E1", "Таблица 2. Формы наставничества, 2024 год", header=False)
    f.hd("Таблица 2. Формы наставничества, 2024 год")
    for i, h in enumerate(["Форма наставничества", "Количество наставнических пар (групп)",
                           "Количество персонализированных программ", "Доля пар, %",
                           "Ссылка на типовую программу"], 1):
        hdr(ws, rc(3, i), h)
    rows = [
        ("ученик – ученик", 16, 16, 39.02, "pp_pupil_pupil", "PP_uchenik-uchenik.pdf"),
        ("педагог – педагог", 14, 11, 34.15, "pp_teacher_teacher", "PP_pedagog-pedagog.pdf"),
        ("руководитель – педагог", 2, 2, 4.88, "pp_head_teacher", "PP_rukovoditel-pedagog.pdf"),
        ("студент – студент", None, None, None, None, None),
        ("студент – ученик", 0, 0, 0, "pp_student_pupil", None),
        ("учитель – ученик", 7, 7, 17.07, "pp_teacher_pupil", "PP_uchitel-uchenik.pdf"),
        ("иная форма: работодатель – ученик", 2, 2, 4.88, "pp_other", "PP_rabotodatel-uchenik.pdf"),
    ]
    r = 4
    for title, pairs, pp, share, crit, pdf in rows:
        put(ws, f"A{r}", title)
        if crit is None:
            for col in "BCDE":
                grey(ws, f"{col}{r}", X)
        else:
            put(ws, f"B{r}", pairs, center=True)
            f.v(ws, f"C{r}", pp, crit)
            put(ws, f"D{r}", share, center=True, fmt="0.00")
            if pdf:
                f.link(ws, f"E{r}", site + pdf, [crit])
            else:
                put(ws, f"E{r}", None)
        r += 1
    put(ws, f"A{r}", "Итого", bold=True)
    put(ws, f"B{r}", 41, center=True, bold=True)
    f.v(ws, f"C{r}", 38, "pp_total")
    put(ws, f"D{r}", 100, center=True)
    put(ws, f"E{r}", None)
    widths(ws, {"A": 36, "B": 16, "C": 18, "D": 10, "E": 60})
    f.nc("Количество наставнических пар (групп)", "Доля пар, %",
         "студент – студент (не реализуется, х)")

    # --- sheet 3: documents matrix
    ws = wb.create_sheet("Документы")
    merge(ws, "A1:E1", "Таблица 3. Нормативное обеспечение наставничества в ОО", header=False)
    f.hd("Таблица 3. Нормативное обеспечение наставничества в ОО")
    for i, h in enumerate(["№", "Документ", "Наличие (да/нет)", "Реквизиты (№, дата)",
                           "Ссылка на размещение"], 1):
        hdr(ws, rc(3, i), h)
    docs = [
        ("Положение о системе наставничества педагогических работников", "да",
         "приказ № 112-од от 30.08.2023", "Polozhenie_nastavnichestvo_pedagogi.pdf",
         "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "да", "приказ № 113-од от 30.08.2023",
         "Polozhenie_nastavnichestvo_obuchayuschiesya.pdf", "orgs_regulation_students"),
        ("Дорожная карта (план мероприятий) внедрения ЦМН на 2024 год", "да",
         "приказ № 4-од от 10.01.2024", "Dorozhnaya_karta_2024.pdf", None),
        ("Приказ о проведении внутреннего мониторинга реализации ЦМН", "да",
         "№ 15-од от 22.01.2024", "Prikaz_15-od_monitoring.pdf", "orgs_monitoring_order"),
        ("Информационная справка по итогам внутреннего мониторинга", "да", "от 20.12.2024",
         "Spravka_monitoring_CMN_2024.pdf", "internal_monitoring_notes"),
        ("Приказ о закреплении наставнических пар", "да", "№ 143-од, № 144-од от 02.09.2024",
         "Prikaz_143-od_nastavniki_2024.pdf", None),
        ("Приказ о назначении куратора внедрения ЦМН", "да", "№ 111-од от 30.08.2023",
         "Prikaz_111-od_kurator.pdf", None),
    ]
    for k, (title, yn, req, pdf, crit) in enumerate(docs, 1):
        r = 3 + k
        put(ws, f"A{r}", k, center=True)
        put(ws, f"B{r}", title)
        if crit:
            f.v(ws, f"C{r}", yn, crit, exp=1)
            put(ws, f"D{r}", req)
            f.link(ws, f"E{r}", site + pdf, [crit])
        else:
            put(ws, f"C{r}", yn, center=True)
            put(ws, f"D{r}", req)
            put(ws, f"E{r}", site + pdf)
    widths(ws, {"A": 5, "B": 52, "C": 12, "D": 30, "E": 62})
    f.nc("Дорожная карта (план мероприятий) внедрения ЦМН на 2024 год",
         "Приказ о закреплении наставнических пар",
         "Приказ о назначении куратора внедрения ЦМН", "Реквизиты (№, дата)")

    # --- sheet 4: satisfaction matrix
    ws = wb.create_sheet("Удовлетворённость")
    merge(ws, "A1:F1", "Таблица 4. Уровень удовлетворённости участием в завершённых программах, %",
          header=False)
    f.hd("Таблица 4. Уровень удовлетворённости участием в завершённых программах, %")
    for i, h in enumerate(["Участники", "2023", "2024", "Целевое значение 2025",
                           "Кол-во анкет, 2024", "Ссылка на результаты анкетирования (2024)"], 1):
        hdr(ws, rc(3, i), h)
    put(ws, "A4", "наставники")
    put(ws, "B4", 87, center=True)
    f.v(ws, "C4", 91, "satisfaction_mentors")
    put(ws, "D4", 92, center=True)
    put(ws, "E4", 30, center=True)
    f.link(ws, "F4", "https://disk.yandex.ru/i/vS1-anketa-nastavniki-2024", ["satisfaction_mentors"])
    put(ws, "A5", "наставляемые")
    put(ws, "B5", 84, center=True)
    f.v(ws, "C5", 88, "satisfaction_mentees")
    put(ws, "D5", 90, center=True)
    put(ws, "E5", 77, center=True)
    f.link(ws, "F5", "https://disk.yandex.ru/i/vS1-anketa-nastavlyaemye-2024",
           ["satisfaction_mentees"])
    widths(ws, {"A": 16, "B": 8, "C": 8, "D": 14, "E": 12, "F": 55})
    f.nc("2023 (удовлетворённость прошлого года)", "Целевое значение 2025", "Кол-во анкет, 2024")
    wb.save(os.path.join(HERE, fn))


# ---------------------------------------------------------------------------
# 02  МБОУ «Лицей № 3 г. Ветлужанска» — several matrices under each other
# ---------------------------------------------------------------------------
def file02():
    fn = "typed/02_licey3_svodnyi_list.xlsx"
    org = "МБОУ «Лицей № 3 г. Ветлужанска»"
    f = Form(fn, org)
    site = "https://licey3-vetluzhansk.gosuslugi.ru/netcat_files/163/2836/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    merge(ws, "A1:J1", org, header=False)
    merge(ws, "A2:J2", "Мониторинг внедрения целевой модели наставничества, 2024 год",
          header=False, bold=False)

    # Table 1: two-level header
    cap1 = "Таблица 1. Участники наставничества (приказ от 05.09.2024 № 201-од), чел."
    merge(ws, "A4:J4", cap1, header=False)
    f.hd(cap1)
    merge(ws, "A5:A6", "Категория")
    merge(ws, "B5:B6", "Всего")
    merge(ws, "C5:D5", "Педагогические работники")
    hdr(ws, "C6", "всего")
    hdr(ws, "D6", "в т.ч. молодые специалисты")
    merge(ws, "E5:I5", "Обучающиеся 10–19 лет")
    hdr(ws, "E6", "всего")
    hdr(ws, "F6", "в т.ч. с ОВЗ и инвалидностью")
    hdr(ws, "G6", "в т.ч. «группа риска»")
    hdr(ws, "H6", "в т.ч. с низкой мотивацией / неуспевающие")
    hdr(ws, "I6", "в т.ч. с проблемой выбора профессии")
    merge(ws, "J5:J6", "Обучающиеся 15–19 лет")
    ws.row_dimensions[6].height = 60
    put(ws, "A7", "Наставники", bold=True)
    f.v(ws, "B7", 33, "mentors_total")
    f.v(ws, "C7", 19, "teachers_mentors")
    f.v(ws, "D7", 1, "young_specialists_mentors")
    put(ws, "E7", 14, center=True)  # student mentors aged 10–19: no criterion (15–19 is)
    for col in "FGHI":
        put(ws, f"{col}7", X, center=True)
    f.v(ws, "J7", 12, "mentors_15_19")
    put(ws, "A8", "Наставляемые", bold=True)
    f.v(ws, "B8", 112, "mentees_total")
    put(ws, "C8", 8, center=True)  # all teachers incl. young specialists: no criterion
    f.v(ws, "D8", 5, "young_specialists_mentees")
    f.v(ws, "E8", 104, "mentees_10_19")
    f.v(ws, "F8", 4, "mentees_disabled")
    f.v(ws, "G8", 7, "mentees_risk")
    f.v(ws, "H8", 15, "mentees_low_motivation")
    f.v(ws, "I8", 22, "mentees_career")
    grey(ws, "J8", X)
    put(ws, "A9", "Пары / группы", bold=True)
    for col, val in zip("BCDEFGHIJ", [48, 8, 5, 40, X, X, X, X, X]):
        put(ws, f"{col}9", val, center=True)
    f.nc("Наставники × обучающиеся 10–19 лет (всего)",
         "Наставляемые × педагогические работники (всего, вместе с молодыми специалистами)",
         "Пары / группы")

    # Table 2: forms × years (two-level)
    cap2 = "Таблица 2. Наставнические пары и персонализированные программы (ПП) по формам"
    merge(ws, "A11:J11", cap2, header=False)
    f.hd(cap2)
    merge(ws, "A12:A13", "Форма наставничества")
    merge(ws, "B12:C12", "2023 год")
    hdr(ws, "B13", "пар")
    hdr(ws, "C13", "ПП")
    merge(ws, "D12:F12", "2024 год")
    hdr(ws, "D13", "пар")
    hdr(ws, "E13", "ПП")
    hdr(ws, "F13", "доля ПП, %")
    merge(ws, "G12:J13", "Ссылка на типовую ПП")
    forms = [
        ("Ученик – ученик", 20, 20, 24, 24, 50.0, "pp_pupil_pupil", "PP_uchenik_uchenik_2024.pdf"),
        ("Учитель – учитель", 6, 6, 8, 8, 16.67, "pp_teacher_teacher", "PP_uchitel_uchitel_2024.pdf"),
        ("Руководитель – педагог", 1, 1, 0, 0, 0, "pp_head_teacher", None),
        ("Студент – студент", None, None, None, None, None, None, None),
        ("Студент – ученик", 0, 0, 3, 3, 6.25, "pp_student_pupil", "PP_student_uchenik_2024.pdf"),
        ("Учитель – ученик", 10, 8, 12, 12, 25.0, "pp_teacher_pupil", "PP_uchitel_uchenik_2024.pdf"),
        ("Иные формы (работодатель – ученик)", X, X, 1, 1, 2.08, "pp_other",
         "PP_rabotodatel_uchenik_2024.pdf"),
    ]
    r = 14
    for title, p23, pp23, p24, pp24, sh, crit, pdf in forms:
        put(ws, f"A{r}", title)
        if crit is None:
            for col in "BCDEF":
                grey(ws, f"{col}{r}", X)
            grey(ws, f"G{r}")
        else:
            put(ws, f"B{r}", p23, center=True)
            put(ws, f"C{r}", pp23, center=True)
            put(ws, f"D{r}", p24, center=True)
            f.v(ws, f"E{r}", pp24, crit)
            put(ws, f"F{r}", sh, center=True, fmt="0.00")
            if pdf:
                f.link(ws, f"G{r}", site + pdf, [crit])
            else:
                put(ws, f"G{r}", "—", center=True)
        ws.merge_cells(f"G{r}:J{r}")
        r += 1
    put(ws, f"A{r}", "Всего", bold=True)
    put(ws, f"B{r}", 37, center=True)
    put(ws, f"C{r}", 35, center=True)
    put(ws, f"D{r}", 48, center=True)
    f.v(ws, f"E{r}", 48, "pp_total")
    put(ws, f"F{r}", 100, center=True)
    ws.merge_cells(f"G{r}:J{r}")
    f.nc("2023 год (пар, ПП)", "пар (2024)", "доля ПП, %")

    # Table 3: satisfaction rows × years
    cap3 = "Таблица 3. Удовлетворённость участием в завершённых программах наставничества"
    merge(ws, "A23:J23", cap3, header=False)
    f.hd(cap3)
    for col, h in zip("ABCD", ["", "2022", "2023", "2024"]):
        hdr(ws, f"{col}24", h)
    put(ws, "A25", "Наставники")
    put(ws, "B25", 0.90, fmt="0%", center=True)
    put(ws, "C25", 0.92, fmt="0%", center=True)
    f.v(ws, "D25", 0.94, "satisfaction_mentors", exp=94, fmt="0%")
    put(ws, "A26", "Наставляемые")
    put(ws, "B26", 0.86, fmt="0%", center=True)
    put(ws, "C26", 0.88, fmt="0%", center=True)
    f.v(ws, "D26", 0.90, "satisfaction_mentees", exp=90, fmt="0%")
    f.nc("Удовлетворённость 2022, 2023")

    # Table 4: documents (+ / –)
    cap4 = "Таблица 4. Локальные акты («+» — есть, «–» — нет)"
    merge(ws, "A28:J28", cap4, header=False)
    f.hd(cap4)
    hdr(ws, "A29", "Документ")
    hdr(ws, "B29", "Наличие")
    merge(ws, "C29:D29", "Реквизиты")
    merge(ws, "E29:J29", "Ссылка")
    docs = [
        ("Положение о системе наставничества педагогов и обучающихся (единое)", "+",
         "приказ от 29.08.2023 № 180-од", "Polozhenie_o_nastavnichestve_edinoe.pdf", None),
        ("Дорожная карта внедрения ЦМН на 2024/25 уч. год", "+", "приказ от 02.09.2024 № 199-од",
         "Dorozhnaya_karta_2024-2025.pdf", None),
        ("Приказ о проведении мониторинга ЦМН", "+", "№ 12-од от 19.01.2024",
         "Prikaz_12-od_monitoring_CMN.pdf", "orgs_monitoring_order"),
        ("Справка по итогам внутреннего мониторинга", "–", None, None, "internal_monitoring_notes"),
    ]
    r = 30
    for title, yn, req, pdf, crit in docs:
        put(ws, f"A{r}", title)
        if crit:
            f.v(ws, f"B{r}", yn, crit, exp=1 if yn == "+" else 0)
        else:
            put(ws, f"B{r}", yn, center=True)
        put(ws, f"C{r}", req)
        ws.merge_cells(f"C{r}:D{r}")
        if pdf and crit:
            f.link(ws, f"E{r}", site + pdf, [crit])
        else:
            put(ws, f"E{r}", site + pdf if pdf else None)
        ws.merge_cells(f"E{r}:J{r}")
        r += 1
    f.nc("Положение о системе наставничества педагогов и обучающихся (единое)",
         "Дорожная карта внедрения ЦМН на 2024/25 уч. год")

    # Table 5: categories × share columns
    cap5 = "Таблица 5. Охват категорий (от общего числа в лицее)"
    merge(ws, "A35:J35", cap5, header=False)
    f.hd(cap5)
    for col, h in zip("ABCD", ["Категория", "Всего в лицее, чел.", "Доля в роли наставника, %",
                               "Доля в роли наставляемого, %"]):
        hdr(ws, f"{col}36", h)
    put(ws, "A37", "Обучающиеся 10–19 лет")
    f.v(ws, "B37", 520, "students_10_19")
    put(ws, "C37", X, center=True)
    f.v(ws, "D37", 20.0, "share_mentees_10_19", fmt="0.00")
    put(ws, "A38", "Обучающиеся 15–19 лет")
    f.v(ws, "B38", 210, "students_15_19")
    f.v(ws, "C38", 5.71, "share_mentors_15_19", fmt="0.00")
    put(ws, "D38", X, center=True)
    put(ws, "A39", "Молодые специалисты (до 35 лет, стаж до 3 лет)")
    f.v(ws, "B39", 5, "young_specialists")
    f.v(ws, "C39", 20.0, "share_young_specialists_mentors", fmt="0.00")
    f.v(ws, "D39", 100.0, "share_young_specialists_mentees", fmt="0.00")
    put(ws, "A40", "Педагоги (без молодых специалистов)")
    f.v(ws, "B40", 41, "teachers_other")
    put(ws, "C40", 43.9, center=True, fmt="0.00")
    put(ws, "D40", 7.32, center=True, fmt="0.00")
    f.nc("Педагоги (без молодых специалистов) × доля в роли наставника",
         "Педагоги (без молодых специалистов) × доля в роли наставляемого")
    widths(ws, {"A": 44, "B": 11, "C": 13, "D": 13, "E": 12, "F": 13, "G": 13, "H": 15,
                "I": 15, "J": 14})
    wb.save(os.path.join(HERE, fn))


# ---------------------------------------------------------------------------
# 03  МБОУ «Большекивринская СОШ» — transposed matrices
# ---------------------------------------------------------------------------
def file03():
    fn = "typed/03_bolshekivrinskaya_transp.xlsx"
    org = "МБОУ «Большекивринская СОШ»"
    f = Form(fn, org)
    site = "https://bkivra-shkola.edu.ru/upload/nastavnichestvo/"
    wb = Workbook()

    ws = wb.active
    ws.title = "Участники"
    merge(ws, "A1:D1", f"{org}. Сведения о наставничестве за 2024 год", header=False)
    for col, h in zip("ABCD", ["Показатель", "Наставники", "Наставляемые", "Пары (группы)"]):
        hdr(ws, f"{col}3", h)
    M, N = [], []
    rows = [
        ("Всего, чел. (по приказу)", (15, "mentors_total"), (31, "mentees_total"), 12),
        ("Педагогические работники — всего", (9, "teachers_mentors"), 4, 4),
        ("  из них молодые специалисты", (1, "young_specialists_mentors"),
         (2, "young_specialists_mentees"), 2),
        ("  из них педагоги без учёта молодых специалистов", 8, (2, "teachers_other_mentees"), 2),
        ("Обучающиеся в возрасте 15–19 лет", (5, "mentors_15_19"), X, X),
        ("Обучающиеся в возрасте 10–19 лет", X, (27, "mentees_10_19"), 8),
        ("  в т.ч. дети с ОВЗ и дети-инвалиды", X, (3, "mentees_disabled"), X),
        ("  в т.ч. «группа риска»", X, (2, "mentees_risk"), X),
        ("  в т.ч. одарённые (в реестре)", X, (1, "mentees_gifted"), X),
        ("  в т.ч. по иным параметрам", X, (6, "mentees_other_params"), X),
        ("Сотрудники предприятий (работодатели)", (1, "enterprise_mentors"), X, X),
    ]
    r = 4
    for title, m, n, p in rows:
        put(ws, f"A{r}", title)
        for col, val, acc in (("B", m, M), ("C", n, N)):
            if isinstance(val, tuple):
                f.v(ws, f"{col}{r}", val[0], val[1])
                acc.append(val[1])
            elif val == X:
                grey(ws, f"{col}{r}", X)
            else:
                put(ws, f"{col}{r}", val, center=True)
        if p == X:
            grey(ws, f"D{r}", X)
        else:
            put(ws, f"D{r}", p, center=True)
        r += 1
    put(ws, f"A{r}", "Ссылка на приказ о закреплении", bold=True)
    f.link(ws, f"B{r}", site + "prikaz_58_nastavniki.pdf", M)
    f.link(ws, f"C{r}", site + "prikaz_59_nastavlyaemye.pdf", N)
    put(ws, f"D{r}", None)
    widths(ws, {"A": 48, "B": 34, "C": 34, "D": 14})
    f.nc("Пары (группы)", "Наставляемые × педагогические работники — всего",
         "Наставники × педагоги без учёта молодых специалистов")

    ws = wb.create_sheet("Формы")
    merge(ws, "A1:H1", "Формы наставничества, 2024 год", header=False)
    f.hd("Формы наставничества, 2024 год")
    forms = ["ученик – ученик", "учитель – учитель", "руководитель – педагог", "студент – ученик",
             "учитель – ученик", "работодатель – ученик", "Итого"]
    crits = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", None, "pp_teacher_pupil",
             "pp_other", "pp_total"]
    hdr(ws, "A3", "")
    for i, h in enumerate(forms, 2):
        hdr(ws, rc(3, i), h)
    put(ws, "A4", "Количество пар (групп)")
    put(ws, "A5", "Количество персонализированных программ")
    put(ws, "A6", "Доля пар от общего числа, %")
    pairs = [5, 3, 1, X, 2, 1, 12]
    pps = [5, 2, 1, X, 2, 1, 11]
    shares = [41.67, 25.0, 8.33, X, 16.67, 8.33, 100]
    for i in range(7):
        c = i + 2
        if crits[i] is None and i == 3:
            for rr in (4, 5, 6):
                grey(ws, rc(rr, c), X)
            continue
        put(ws, rc(4, c), pairs[i], center=True)
        f.v(ws, rc(5, c), pps[i], crits[i])
        put(ws, rc(6, c), shares[i], center=True, fmt="0.00")
    widths(ws, {"A": 42, "B": 12, "C": 12, "D": 14, "E": 12, "F": 12, "G": 14, "H": 9})
    f.nc("Количество пар (групп)", "Доля пар от общего числа, %")

    ws = wb.create_sheet("Удовлетворённость")
    merge(ws, "A1:C1",
          "Уровень удовлетворённости участием в завершённых программах наставничества, %",
          header=False)
    for col, h in zip("ABC", ["Год", "наставников", "наставляемых"]):
        hdr(ws, f"{col}3", h)
    put(ws, "A4", "2023", center=True)
    put(ws, "B4", 82, center=True)
    put(ws, "C4", 86, center=True)
    put(ws, "A5", "2024", center=True)
    f.v(ws, "B5", 85, "satisfaction_mentors")
    f.v(ws, "C5", 89, "satisfaction_mentees")
    widths(ws, {"A": 10, "B": 16, "C": 16})
    f.nc("2023 (строка прошлого года)")

    ws = wb.create_sheet("Документы")
    merge(ws, "A1:F1", "Локальные нормативные акты по наставничеству", header=False)
    docs = [
        ("Положение о наставничестве педагогических работников", "да", "№ 74 от 31.08.2023",
         "polozhenie_nastav_pedagogi.pdf", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "да", "№ 74 от 31.08.2023",
         "polozhenie_nastav_obuch.pdf", "orgs_regulation_students"),
        ("Приказ о мониторинге ЦМН", "да", "№ 9 от 25.01.2024", "prikaz_9_monitoring.pdf",
         "orgs_monitoring_order"),
        ("Справка по итогам внутреннего мониторинга", "нет", None, None,
         "internal_monitoring_notes"),
        ("Дорожная карта", "да", "№ 75 от 31.08.2023", "dorozhnaya_karta.pdf", None),
    ]
    hdr(ws, "A3", "")
    put(ws, "A4", "Наличие", bold=True)
    put(ws, "A5", "Приказ (№, дата)", bold=True)
    put(ws, "A6", "Ссылка", bold=True)
    for i, (title, yn, req, pdf, crit) in enumerate(docs, 2):
        hdr(ws, rc(3, i), title)
        if crit:
            f.v(ws, rc(4, i), yn, crit, exp=1 if yn == "да" else 0)
        else:
            put(ws, rc(4, i), yn, center=True)
        if req:
            put(ws, rc(5, i), req, center=True)
        else:
            grey(ws, rc(5, i))
        if pdf and crit:
            f.link(ws, rc(6, i), site + pdf, [crit])
        elif pdf:
            put(ws, rc(6, i), site + pdf)
        else:
            grey(ws, rc(6, i))
    ws.row_dimensions[3].height = 60
    ws.row_dimensions[6].height = 45
    widths(ws, {"A": 18, "B": 30, "C": 30, "D": 30, "E": 30, "F": 30})
    f.nc("Дорожная карта", "Приказ (№, дата)")
    wb.save(os.path.join(HERE, fn))


# ---------------------------------------------------------------------------
# 04  МАОУ «Гимназия № 2 им. В. Г. Короленко» — matrix beside a plain criteria list
# ---------------------------------------------------------------------------
def file04():
    fn = "typed/04_gimnaziya2_forma.xlsx"
    org = "МАОУ «Гимназия № 2 им. В. Г. Короленко»"
    f = Form(fn, org)
    site = "https://gimn2-vetl.gosuslugi.ru/netcat_files/30/69/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    merge(ws, "A1:O1", org, header=False)
    merge(ws, "A2:O2", "Форма внутреннего мониторинга целевой модели наставничества за 2024 год",
          header=False, bold=False)
    # left: plain list
    for col, h in zip("ABCDE", ["№", "Критерий", "Ед. изм.", "2024", "Источник (ссылка)"]):
        hdr(ws, f"{col}4", h)
    courses = ("«Наставничество в образовательной организации: технологии и практики» "
               "(ЦНППМ, 36 ч.); «Школа наставника молодого педагога» (ЦНППМ, 24 ч.)")
    partners = ("ГБПОУ «Ветлужанский педагогический колледж»; АО «Ветлужский ЛПК»; "
                "ООО «Ветлугаагро»; АНО «Центр добровольчества «Вместе»")
    plain = [
        ("H", "Организационные условия"),
        (1, "Кураторы внедрения ЦМН в гимназии", "чел.", 2, "curators_total",
         site + "Prikaz_87_kuratory.pdf"),
        (2, "Методические объединения наставников", "ед.", 1, "school_methodical_associations",
         site + "Polozhenie_MO_nastavnikov.pdf"),
        (3, "Педагоги, прошедшие КПК по вопросам наставничества (2024 г.)", "чел.", 4,
         "kpk_trained", "https://disk.yandex.ru/d/gimn2_udostovereniya_KPK_2024"),
        (4, "Названия курсов", "—", courses, "kpk_courses", None),
        ("H", "Партнёрство"),
        (5, "Соглашения с другими ОО (наставники от партнёра)", "ед.", 1, "agreements_edu_orgs",
         site + "Soglashenie_VPK_2024.pdf"),
        (6, "Соглашения с предприятиями", "ед.", 2, "agreements_enterprises",
         site + "Soglasheniya_predpriyatiya_2024.pdf"),
        (7, "Соглашения с иными организациями", "ед.", 1, "agreements_other_orgs",
         site + "Soglashenie_ANO_Vmeste.pdf"),
        (8, "Организации-партнёры", "список", partners, "partner_list", None),
        ("H", "Стимулирование наставников"),
        (9, "Локальные акты об оплате работы наставника", "ед.", 1, "pay_acts",
         site + "Polozhenie_ob_oplate_truda.pdf"),
        (10, "Локальные акты о нематериальном поощрении", "ед.", 2, "nonmaterial_acts",
         site + "Polozhenie_nematerialnoe_pooshchrenie.pdf"),
        ("H", "Контингент"),
        (11, "Обучающихся 10–19 лет, всего", "чел.", 610, "students_10_19", None),
        (12, "Обучающихся 15–19 лет, всего", "чел.", 240, "students_15_19", None),
        (13, "Молодых специалистов (до 35 лет, стаж до 3 лет)", "чел.", 6, "young_specialists",
         None),
        (14, "Педагогов без молодых специалистов", "чел.", 52, "teachers_other", None),
    ]
    r = 5
    for item in plain:
        if item[0] == "H":
            merge(ws, f"A{r}:E{r}", item[1], header=False)
            ws[f"A{r}"].fill = HEAD
            f.hd(item[1])
        else:
            n, title, unit, val, crit, url = item
            put(ws, f"A{r}", n, center=True)
            put(ws, f"B{r}", title)
            put(ws, f"C{r}", unit, center=True)
            f.v(ws, f"D{r}", val, crit, center=not isinstance(val, str))
            if url:
                f.link(ws, f"E{r}", url, [crit])
            else:
                put(ws, f"E{r}", None)
        r += 1

    # right: participants matrix, two-level header
    merge(ws, "G3:O3", "Наставники и наставляемые (по приказу № 118 от 02.09.2024)", header=False)
    f.hd("Наставники и наставляемые (по приказу № 118 от 02.09.2024)")
    merge(ws, "G4:G5", "Показатель")
    merge(ws, "H4:H5", "Всего")
    merge(ws, "I4:J4", "Педагоги")
    hdr(ws, "I5", "без мол. спец.")
    hdr(ws, "J5", "молодые специалисты")
    merge(ws, "K4:L4", "Обучающиеся")
    hdr(ws, "K5", "15–19 лет")
    hdr(ws, "L5", "10–19 лет")
    merge(ws, "M4:O4", "Внешние наставники")
    hdr(ws, "M5", "из других ОО")
    hdr(ws, "N5", "с предприятий")
    hdr(ws, "O5", "из иных организаций")
    P = "0.00%"
    put(ws, "G6", "Наставники, чел.", bold=True)
    f.v(ws, "H6", 41, "mentors_total")
    put(ws, "I6", 24, center=True)
    f.v(ws, "J6", 1, "young_specialists_mentors")
    f.v(ws, "K6", 10, "mentors_15_19")
    grey(ws, "L6", X)
    f.v(ws, "M6", 2, "external_edu_mentors")
    f.v(ws, "N6", 3, "enterprise_mentors")
    f.v(ws, "O6", 1, "other_org_mentors")
    put(ws, "G7", "Наставники, % от категории")
    grey(ws, "H7", X)
    put(ws, "I7", 0.4615, center=True, fmt=P)
    f.v(ws, "J7", 0.1667, "share_young_specialists_mentors", exp=16.67, fmt=P)
    f.v(ws, "K7", 0.0417, "share_mentors_15_19", exp=4.17, fmt=P)
    for col in "LMNO":
        grey(ws, f"{col}7", X)
    put(ws, "G8", "Наставляемые, чел.", bold=True)
    f.v(ws, "H8", 128, "mentees_total")
    f.v(ws, "I8", 10, "teachers_other_mentees")
    f.v(ws, "J8", 6, "young_specialists_mentees")
    grey(ws, "K8", X)
    f.v(ws, "L8", 112, "mentees_10_19")
    for col in "MNO":
        grey(ws, f"{col}8", X)
    put(ws, "G9", "Наставляемые, % от категории")
    grey(ws, "H9", X)
    put(ws, "I9", 0.1923, center=True, fmt=P)
    f.v(ws, "J9", 1.0, "share_young_specialists_mentees", exp=100, fmt=P)
    grey(ws, "K9", X)
    f.v(ws, "L9", 0.1836, "share_mentees_10_19", exp=18.36, fmt=P)
    for col in "MNO":
        grey(ws, f"{col}9", X)
    f.nc("Наставники × педагоги без мол. спец.", "Наставники, % × педагоги без мол. спец.",
         "Наставляемые, % × педагоги без мол. спец.")

    merge(ws, "G11:I11", "Удовлетворённость участников, %", header=False)
    f.hd("Удовлетворённость участников, %")
    for col, h in zip("GHI", ["", "2023", "2024"]):
        hdr(ws, f"{col}12", h)
    put(ws, "G13", "наставники")
    put(ws, "H13", 90, center=True)
    f.v(ws, "I13", 93.5, "satisfaction_mentors", fmt="0.0")
    put(ws, "G14", "наставляемые")
    put(ws, "H14", 88, center=True)
    f.v(ws, "I14", 90.2, "satisfaction_mentees", fmt="0.0")
    f.nc("Удовлетворённость 2023")
    widths(ws, {"A": 5, "B": 46, "C": 8, "D": 40, "E": 46, "F": 3, "G": 28, "H": 8, "I": 10,
                "J": 12, "K": 10, "L": 10, "M": 10, "N": 11, "O": 12})

    # sheet 2: documents, links as hyperlinks behind short text
    ws = wb.create_sheet("Документы")
    merge(ws, "A1:D1", "Нормативные документы гимназии по наставничеству", header=False)
    for col, h in zip("ABCD", ["Документ", "Наличие", "Реквизиты", "Документ на сайте"]):
        hdr(ws, f"{col}3", h)
    docs = [
        ("Положение о наставничестве педагогических работников", "да", "приказ № 96 от 30.08.2024",
         "Polozhenie_nastavnichestvo_pedagogi_2024.pdf", "Положение (pdf)",
         "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "да", "приказ № 96 от 30.08.2024",
         "Polozhenie_nastavnichestvo_obuch_2024.pdf", "Положение (pdf)",
         "orgs_regulation_students"),
        ("Приказ о мониторинге реализации ЦМН", "нет", None, None, None, "orgs_monitoring_order"),
        ("Справка по итогам внутреннего мониторинга (декабрь 2024)", "да", "от 23.12.2024",
         "Spravka_vnutrenniy_monitoring_2024.pdf", "Справка (pdf)", "internal_monitoring_notes"),
        ("Программа наставничества гимназии", "да", "приказ № 97 от 30.08.2024",
         "Programma_nastavnichestva_2024-2025.pdf", "Программа (pdf)", None),
        ("Дорожная карта", "да", "приказ № 98 от 30.08.2024", "Dorozhnaya_karta_2024-2025.pdf",
         "Дорожная карта (pdf)", None),
    ]
    r = 4
    for title, yn, req, pdf, text, crit in docs:
        put(ws, f"A{r}", title)
        if crit:
            f.v(ws, f"B{r}", yn, crit, exp=1 if yn == "да" else 0)
        else:
            put(ws, f"B{r}", yn, center=True)
        if req:
            put(ws, f"C{r}", req)
        else:
            grey(ws, f"C{r}")
        if pdf and crit:
            f.link(ws, f"D{r}", site + pdf, [crit], text=text)
        elif pdf:
            c = put(ws, f"D{r}", text)
            c.hyperlink = site + pdf
            c.font = Font(color="0563C1", underline="single")
        else:
            grey(ws, f"D{r}")
        r += 1
    widths(ws, {"A": 56, "B": 10, "C": 28, "D": 24})
    f.nc("Программа наставничества гимназии", "Дорожная карта", "Реквизиты")
    wb.save(os.path.join(HERE, fn))


# ---------------------------------------------------------------------------
# 05  МБУ ДО «Дом детского творчества» — one matrix per sheet, greyed cells
# ---------------------------------------------------------------------------
def file05():
    fn = "typed/05_ddt_nastavnichestvo.xlsx"
    org = "МБУ ДО «Дом детского творчества» г. Ветлужанска"
    f = Form(fn, org)
    site = "https://ddt-vetluzhansk.edu.ru/files/nastavnichestvo/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Участники"
    merge(ws, "A1:J1", org, header=False)
    merge(ws, "A2:J2", "Участники программ наставничества на 31.12.2024", header=False, bold=False)
    merge(ws, "A4:A5", "Категория")
    merge(ws, "B4:B5", "Всего, чел.")
    merge(ws, "C4:D4", "Педагоги дополнительного образования")
    hdr(ws, "C5", "всего")
    hdr(ws, "D5", "в т.ч. молодые специалисты")
    merge(ws, "E4:G4", "Обучающиеся")
    hdr(ws, "E5", "всего")
    hdr(ws, "F5", "10–19 лет")
    hdr(ws, "G5", "15–19 лет")
    merge(ws, "H4:I4", "Из обучающихся 10–19 лет")
    hdr(ws, "H5", "ОВЗ / инвалидность")
    hdr(ws, "I5", "«группа риска»")
    merge(ws, "J4:J5", "Одарённые дети (из реестра)")
    ws.row_dimensions[5].height = 45
    put(ws, "A6", "Наставники", bold=True)
    f.v(ws, "B6", 18, "mentors_total")
    f.v(ws, "C6", 12, "teachers_mentors")
    f.v(ws, "D6", 0, "young_specialists_mentors")
    put(ws, "E6", 6, center=True)
    put(ws, "F6", 6, center=True)
    f.v(ws, "G6", 6, "mentors_15_19")
    for col in "HIJ":
        grey(ws, f"{col}6")
    put(ws, "A7", "Наставляемые", bold=True)
    f.v(ws, "B7", 74, "mentees_total")
    put(ws, "C7", 3, center=True)
    f.v(ws, "D7", 2, "young_specialists_mentees")
    put(ws, "E7", 71, center=True)
    f.v(ws, "F7", 58, "mentees_10_19")
    grey(ws, "G7")
    f.v(ws, "H7", 2, "mentees_disabled")
    f.v(ws, "I7", 3, "mentees_risk")
    f.v(ws, "J7", 9, "mentees_gifted")
    put(ws, "A8", "Пары / группы", bold=True)
    for col, val in zip("BCDEF", [20, 3, 2, 17, 14]):
        put(ws, f"{col}8", val, center=True)
    for col in "GHIJ":
        grey(ws, f"{col}8")
    widths(ws, {"A": 16, "B": 9, "C": 10, "D": 14, "E": 9, "F": 9, "G": 9, "H": 13, "I": 11,
                "J": 14})
    f.nc("Наставники × обучающиеся всего", "Наставники × обучающиеся 10–19 лет",
         "Наставляемые × педагоги всего", "Наставляемые × обучающиеся всего", "Пары / группы")

    ws = wb.create_sheet("Формы")
    merge(ws, "A1:E1", "Наставнические пары и персонализированные программы по формам, 2024 г.",
          header=False)
    f.hd("Наставнические пары и персонализированные программы по формам, 2024 г.")
    for col, h in zip("ABCDE", ["Форма наставничества", "Пар (групп)",
                                "Персонализированных программ", "Доля, %",
                                "Ссылка на программу"]):
        hdr(ws, f"{col}3", h)
    forms = [
        ("ученик – ученик", 6, 6, 30.0, "pp_pupil_pupil", "PP_uchenik-uchenik.pdf"),
        ("педагог – педагог", 3, 3, 15.0, "pp_teacher_teacher", "PP_pedagog-pedagog.pdf"),
        ("руководитель – педагог", None, None, None, None, None),
        ("студент – ученик", None, None, None, None, None),
        ("учитель (педагог) – ученик", 8, 8, 40.0, "pp_teacher_pupil", "PP_pedagog-uchenik.pdf"),
        ("работодатель – ученик", 1, 1, 5.0, None, "PP_rabotodatel-uchenik.pdf"),
        ("иная форма (указать): «педагог – семья обучающегося»", 2, 1, 10.0, None,
         "PP_pedagog-semya.pdf"),
    ]
    r = 4
    for title, pairs, pp, sh, crit, pdf in forms:
        put(ws, f"A{r}", title)
        if pairs is None:
            for col in "BCDE":
                grey(ws, f"{col}{r}")
        else:
            put(ws, f"B{r}", pairs, center=True)
            if crit:
                f.v(ws, f"C{r}", pp, crit)
                f.link(ws, f"E{r}", site + pdf, [crit])
            else:
                put(ws, f"C{r}", pp, center=True)
                put(ws, f"E{r}", site + pdf)
            put(ws, f"D{r}", sh, center=True, fmt="0.0")
        r += 1
    put(ws, f"A{r}", "Итого", bold=True)
    put(ws, f"B{r}", 20, center=True)
    f.v(ws, f"C{r}", 19, "pp_total")
    put(ws, f"D{r}", 100, center=True)
    put(ws, f"E{r}", None)
    widths(ws, {"A": 44, "B": 10, "C": 16, "D": 8, "E": 60})
    f.nc("работодатель – ученик (ПП)",
         "иная форма (указать): «педагог – семья обучающегося» (ПП)",
         "Пар (групп)", "Доля, %")

    ws = wb.create_sheet("Удовлетворённость")
    merge(ws, "A1:E1", "Удовлетворённость участием в программах наставничества, %", header=False)
    merge(ws, "A3:A4", "Организация")
    merge(ws, "B3:C3", "Наставники")
    hdr(ws, "B4", "2023")
    hdr(ws, "C4", "2024")
    merge(ws, "D3:E3", "Наставляемые")
    hdr(ws, "D4", "2023")
    hdr(ws, "E4", "2024")
    put(ws, "A5", "МБУ ДО ДДТ")
    put(ws, "B5", 94, center=True)
    f.v(ws, "C5", 96, "satisfaction_mentors")
    put(ws, "D5", 90, center=True)
    f.v(ws, "E5", 92, "satisfaction_mentees")
    widths(ws, {"A": 18, "B": 10, "C": 10, "D": 10, "E": 10})
    f.nc("Наставники × 2023", "Наставляемые × 2023")

    ws = wb.create_sheet("Документы")
    merge(ws, "A1:D1", "Локальные акты ДДТ по наставничеству", header=False)
    for col, h in zip("ABCD", ["Документ", "да/нет", "Реквизиты", "Ссылка"]):
        hdr(ws, f"{col}3", h)
    docs = [
        ("Положение о системе наставничества педагогических работников ДДТ", "да",
         "приказ № 61-о от 01.09.2023", "Polozhenie_pedagogi.pdf", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "да", "приказ № 61-о от 01.09.2023",
         "Polozhenie_obuchayuschiesya.pdf", "orgs_regulation_students"),
        ("Приказ «О проведении мониторинга реализации ЦМН»", "да", "№ 8-о от 17.01.2024",
         "Prikaz_8-o_monitoring.pdf", "orgs_monitoring_order"),
        ("Информационная справка по итогам мониторинга 2024", "да", "от 25.12.2024",
         "Spravka_itogi_monitoringa_2024.pdf", "internal_monitoring_notes"),
        ("Положение о стимулировании наставников (материальное и нематериальное поощрение)", "да",
         "приказ № 62-о от 01.09.2023", "Polozhenie_stimulirovanie.pdf", None),
    ]
    r = 4
    for title, yn, req, pdf, crit in docs:
        put(ws, f"A{r}", title)
        if crit:
            f.v(ws, f"B{r}", yn, crit, exp=1)
            put(ws, f"C{r}", req)
            f.link(ws, f"D{r}", site + pdf, [crit])
        else:
            put(ws, f"B{r}", yn, center=True)
            put(ws, f"C{r}", req)
            put(ws, f"D{r}", site + pdf)
        r += 1
    widths(ws, {"A": 60, "B": 8, "C": 28, "D": 62})
    f.nc("Положение о стимулировании наставников (материальное и нематериальное поощрение)")
    wb.save(os.path.join(HERE, fn))


# ---------------------------------------------------------------------------
# 06  Управление образования — municipal form, several cross tables
# ---------------------------------------------------------------------------
def file06():
    fn = "typed/06_uo_monitoring_cmn_2024.xlsx"
    f = Form(fn, None)
    uo = "Управление образования Администрации Усть-Ветлужского муниципального округа"
    disk = "https://disk.yandex.ru/d/"
    site = "https://uo-ustvetluga.gosuslugi.ru/netcat_files/18/44/"
    wb = Workbook()

    ws = wb.active
    ws.title = "1. Документы МО"
    merge(ws, "A1:D1", uo, header=False)
    merge(ws, "A2:D2", "Мониторинг реализации целевой модели наставничества за 2024 год "
                       "(муниципальный уровень)", header=False, bold=False)
    for col, h in zip("ABCD", ["Документ", "Наличие (1 – да, 0 – нет)", "Реквизиты", "Ссылка"]):
        hdr(ws, f"{col}4", h)
    docs = [
        ("Приказ УО о реализации ЦМН на территории округа", 1, "№ 214 от 28.08.2023",
         site + "Prikaz_214_CMN.pdf", "municipal_order"),
        ("Информационно-аналитическая справка по итогам мониторинга ЦМН за 2024 г.", 1,
         "от 24.01.2025", site + "Spravka_monitoring_CMN_2024.pdf", "municipal_analytic_note"),
        ("Муниципальная дорожная карта на 2024–2025 гг.", 1, "№ 12 от 15.01.2024",
         site + "Dorozhnaya_karta_2024-2025.pdf", None),
        ("Сетевое сообщество педагогов-наставников", 1, "приказ № 57 от 14.03.2024",
         site + "Prikaz_57_setevoe_soobshchestvo.pdf", "network_community"),
    ]
    r = 5
    for title, yn, req, url, crit in docs:
        put(ws, f"A{r}", title)
        if crit:
            f.v(ws, f"B{r}", yn, crit)
            put(ws, f"C{r}", req)
            f.link(ws, f"D{r}", url, [crit])
        else:
            put(ws, f"B{r}", yn, center=True)
            put(ws, f"C{r}", req)
            put(ws, f"D{r}", url)
        r += 1
    widths(ws, {"A": 60, "B": 14, "C": 24, "D": 64})
    f.nc("Муниципальная дорожная карта на 2024–2025 гг.")

    ws = wb.create_sheet("2. Документы ОО")
    merge(ws, "A1:E1", "Нормативные документы образовательных организаций округа", header=False)
    put(ws, "A3", "Количество ОО, участвующих в мониторинге", bold=True)
    f.v(ws, "B3", 14, "orgs_total")
    for col, h in zip("ABCDE", ["Документ ОО", "Кол-во ОО, где документ утверждён",
                                "из них размещён на сайте ОО", "Доля ОО, %", "ОО без документа"]):
        hdr(ws, f"{col}5", h)
    rows = [
        ("Положение о наставничестве педагогических работников", 14, 13, 100.0, "—",
         "orgs_regulation_teachers", "share_orgs_teachers_system"),
        ("Положение о наставничестве обучающихся", 13, 12, 92.86, "МБУ ДО «ДЮСШ»",
         "orgs_regulation_students", "share_orgs_students_system"),
        ("Приказ о мониторинге ЦМН", 12, 12, 85.71,
         "МАОУ «Гимназия № 2 им. В. Г. Короленко», МБОУ «Заречная ООШ»",
         "orgs_monitoring_order", None),
        ("Справка по итогам внутреннего мониторинга", 12, 10, 85.71,
         "МБОУ «Лицей № 3 г. Ветлужанска», МБОУ «Большекивринская СОШ»",
         "internal_monitoring_notes", None),
        ("Локальный акт об оплате наставничества", 9, 9, 64.29,
         "5 ОО (список в справке)", None, None),
    ]
    r = 6
    for title, n, site_n, share, missing, crit, scrit in rows:
        put(ws, f"A{r}", title)
        if crit:
            f.v(ws, f"B{r}", n, crit)
        else:
            put(ws, f"B{r}", n, center=True)
        put(ws, f"C{r}", site_n, center=True)
        if scrit:
            f.v(ws, f"D{r}", share, scrit, fmt="0.00")
        else:
            put(ws, f"D{r}", share, center=True, fmt="0.00")
        put(ws, f"E{r}", missing)
        r += 1
    widths(ws, {"A": 52, "B": 16, "C": 14, "D": 10, "E": 52})
    f.nc("из них размещён на сайте ОО", "Приказ о мониторинге ЦМН × доля ОО, %",
         "Справка по итогам внутреннего мониторинга × доля ОО, %",
         "Локальный акт об оплате наставничества (кол-во ОО, доля ОО)", "ОО без документа")

    ws = wb.create_sheet("3. Охват")
    merge(ws, "A1:F1", "Охват участников программами наставничества, 2024 год", header=False)
    f.hd("Охват участников программами наставничества, 2024 год")
    merge(ws, "A3:A4", "Категория")
    merge(ws, "B3:B4", "Всего, чел.")
    merge(ws, "C3:D3", "В роли наставника")
    hdr(ws, "C4", "чел.")
    hdr(ws, "D4", "доля, %")
    merge(ws, "E3:F3", "В роли наставляемого")
    hdr(ws, "E4", "чел.")
    hdr(ws, "F4", "доля, %")
    F2 = "0.00"
    grid = [
        ("Участники программ (по приказам ОО)", X, (425, "mentors_total"), X,
         (1130, "mentees_total"), X),
        ("Обучающиеся 10–19 лет", (6480, "students_10_19"), X, X, (1012, "mentees_10_19"),
         (15.62, "share_mentees_10_19")),
        ("Обучающиеся 15–19 лет", (2310, "students_15_19"), (148, "mentors_15_19"),
         (6.41, "share_mentors_15_19"), X, X),
        ("Педагогические работники, всего", (612, "teachers_municipal"), (231, "teachers_mentors"),
         (37.75, "share_teachers_mentors"), 118, (19.28, "share_teachers_mentees")),
        ("  в т.ч. молодые специалисты (до 35 лет, стаж до 3 лет)", 71,
         (14, "young_specialists_mentors"), (19.72, "share_young_specialists_mentors"),
         (58, "young_specialists_mentees"), (81.69, "share_young_specialists_mentees")),
        ("  в т.ч. педагоги без молодых специалистов", (541, "teachers_other"), 217, 40.11,
         (60, "teachers_other_mentees"), 11.09),
    ]
    r = 5
    for title, *cells in grid:
        put(ws, f"A{r}", title)
        for i, val in enumerate(cells):
            ref = rc(r, 2 + i)
            fmt = F2 if i in (2, 4) else None
            if isinstance(val, tuple):
                f.v(ws, ref, val[0], val[1], fmt=fmt)
            elif val == X:
                grey(ws, ref, X)
            else:
                put(ws, ref, val, center=True, fmt=fmt)
        r += 1
    widths(ws, {"A": 52, "B": 12, "C": 10, "D": 10, "E": 10, "F": 10})
    f.nc("Педагогические работники, всего × в роли наставляемого, чел.",
         "в т.ч. молодые специалисты × всего (young_specialists / young_specialists_municipal — "
         "на уровне МО неразличимы, см. README)",
         "в т.ч. педагоги без молодых специалистов × в роли наставника (чел., доля)",
         "в т.ч. педагоги без молодых специалистов × в роли наставляемого, доля")

    ws = wb.create_sheet("4. ПП по формам")
    merge(ws, "A1:D1", "Персонализированные программы наставничества по формам", header=False)
    f.hd("Персонализированные программы наставничества по формам")
    for col, h in zip("ABCD", ["Форма наставничества", "2023 г.", "2024 г.", "Динамика (+/–)"]):
        hdr(ws, f"{col}3", h)
    pp = [
        ("Всего персонализированных программ", 402, 468, "pp_total"),
        ("ученик – ученик", 150, 171, "pp_pupil_pupil"),
        ("учитель – учитель / педагог – педагог", 98, 112, "pp_teacher_teacher"),
        ("студент – студент", 0, 0, "pp_student_student"),
        ("руководитель – педагог", 6, 9, "pp_head_teacher"),
        ("студент – ученик", 3, 7, "pp_student_pupil"),
        ("учитель – ученик", 131, 150, "pp_teacher_pupil"),
        ("иные формы (работодатель – ученик, педагог – родитель)", 14, 19, "pp_other"),
    ]
    r = 4
    for title, v23, v24, crit in pp:
        put(ws, f"A{r}", title, bold=(crit == "pp_total"))
        put(ws, f"B{r}", v23, center=True)
        f.v(ws, f"C{r}", v24, crit)
        d = v24 - v23
        put(ws, f"D{r}", f"+{d}" if d > 0 else ("0" if d == 0 else str(d)), center=True)
        r += 1
    widths(ws, {"A": 56, "B": 10, "C": 10, "D": 14})
    f.nc("2023 г.", "Динамика (+/–)")

    ws = wb.create_sheet("5. Удовлетворённость")
    for col, h in zip("ABCDE", ["Уровень удовлетворённости, %", "2022", "2023", "2024",
                                "Целевое значение 2025"]):
        hdr(ws, f"{col}2", h)
    put(ws, "A3", "наставников")
    put(ws, "B3", 88.5, center=True)
    put(ws, "C3", 90.1, center=True)
    f.v(ws, "D3", 92.4, "satisfaction_mentors")
    put(ws, "E3", 93, center=True)
    put(ws, "A4", "наставляемых")
    put(ws, "B4", 87.0, center=True, fmt="0.0")
    put(ws, "C4", 89.6, center=True)
    f.v(ws, "D4", 90.8, "satisfaction_mentees")
    put(ws, "E4", 92, center=True)
    widths(ws, {"A": 30, "B": 8, "C": 8, "D": 8, "E": 14})
    f.nc("2022", "2023", "Целевое значение 2025")

    ws = wb.create_sheet("6. Партнёры и методработа")
    cap = "Таблица 6.1. Сотрудничество с организациями (сумма по ОО)"
    merge(ws, "A1:E1", cap, header=False)
    f.hd(cap)
    for col, h in zip("ABCDE", ["", "с образовательными организациями", "с предприятиями",
                                "с иными организациями (любой формы собственности)", "Всего"]):
        hdr(ws, f"{col}2", h)
    put(ws, "A3", "Соглашения о сотрудничестве, ед.")
    f.v(ws, "B3", 9, "agreements_edu_orgs")
    f.v(ws, "C3", 11, "agreements_enterprises")
    f.v(ws, "D3", 6, "agreements_other_orgs")
    put(ws, "E3", 26, center=True)
    put(ws, "A4", "Наставники — сотрудники партнёров (по приказам), чел.")
    f.v(ws, "B4", 17, "external_edu_mentors")
    f.v(ws, "C4", 21, "enterprise_mentors")
    f.v(ws, "D4", 8, "other_org_mentors")
    put(ws, "E4", 46, center=True)
    put(ws, "A5", "Организации-партнёры, ед.")
    for col, val in zip("BCDE", [7, 10, 5, 22]):
        put(ws, f"{col}5", val, center=True)
    f.nc("Всего (соглашения, наставники-сотрудники партнёров)", "Организации-партнёры, ед.")

    cap = "Таблица 6.2. Методическая работа и конкурсы, 2024 год"
    merge(ws, "A7:E7", cap, header=False)
    f.hd(cap)
    for col, h in zip("ABC", ["", "муниципальный уровень", "уровень ОО"]):
        hdr(ws, f"{col}8", h)
    put(ws, "A9", "Методические объединения (сообщества) наставников, ед.")
    f.v(ws, "B9", 2, "municipal_methodical_associations")
    f.v(ws, "C9", 12, "school_methodical_associations")
    put(ws, "A10", "Конкурсы профессионального мастерства по наставничеству, ед.")
    f.v(ws, "B10", 2, "contests")
    put(ws, "C10", 5, center=True)
    f.nc("Конкурсы профессионального мастерства по наставничеству × уровень ОО")

    cap = "Таблица 6.3. Прочие показатели"
    merge(ws, "A12:E12", cap, header=False)
    f.hd(cap)
    for col, h in zip("ABC", ["Показатель", "2024", "Ссылка"]):
        hdr(ws, f"{col}13", h)
    other = [
        ("Кураторы ЦМН в ОО (всего)", 14, "curators_total", None),
        ("Педагоги, обучившиеся на КПК по наставничеству (календарный год)", 46, "kpk_trained",
         disk + "UO_KPK_nastavnichestvo_2024"),
        ("Лучшие практики наставничества на муниципальных ресурсах", 5, "best_practices",
         "https://uo-ustvetluga.gosuslugi.ru/nastavnichestvo/luchshie-praktiki/"),
        ("Сетевые наставники", 12, "network_mentors", None),
        ("Педагоги — участники утверждённых персонализированных программ", 205, "teachers_in_pp",
         None),
    ]
    r = 14
    for title, val, crit, url in other:
        put(ws, f"A{r}", title)
        f.v(ws, f"B{r}", val, crit)
        if url:
            f.link(ws, f"C{r}", url, [crit])
        else:
            put(ws, f"C{r}", None)
        r += 1
    widths(ws, {"A": 58, "B": 18, "C": 18, "D": 22, "E": 10})
    wb.save(os.path.join(HERE, fn))


# ---------------------------------------------------------------------------
# 07  Свод по ОО — rows = organisations, two-level columns; documents transposed
# ---------------------------------------------------------------------------
ORGS7 = [
    ("МБОУ «Ветлужанская СОШ № 1»", [34, 22, 12, 96, 80, 7, 9, 91, 88], "++++"),
    ("МБОУ «Лицей № 3 г. Ветлужанска»", [33, 19, 12, 112, 104, 5, 3, 94, 90], "+++–"),
    ("МБОУ «Большекивринская СОШ»", [15, 9, 5, 31, 27, 2, 2, 85, 89], "+++–"),
    ("МАОУ «Гимназия № 2 им. В. Г. Короленко»", [41, 25, 10, 128, 112, 6, 10, 93.5, 90.2], "++–+"),
    ("МБУ ДО «Дом детского творчества» г. Ветлужанска", [18, 12, 6, 74, 58, 2, 1, 96, 92], "++++"),
    ("МБОУ «СОШ № 4 г. Ветлужанска»", [27, 17, 10, 88, 76, 3, 9, 89, 87], "++++"),
]


def file07():
    fn = "typed/07_svod_oo_2024.xlsx"
    names = [o[0] for o in ORGS7]
    f = Form(fn, names)
    wb = Workbook()
    ws = wb.active
    ws.title = "Участники по ОО"
    merge(ws, "A1:K1", "Сводные сведения о наставничестве в ОО Усть-Ветлужского "
                       "муниципального округа, 2024 год", header=False)
    merge(ws, "A3:A4", "№")
    merge(ws, "B3:B4", "Образовательная организация")
    merge(ws, "C3:E3", "Наставники, чел.")
    hdr(ws, "C4", "всего")
    hdr(ws, "D4", "педагоги")
    hdr(ws, "E4", "обучающиеся 15–19 лет")
    merge(ws, "F3:I3", "Наставляемые, чел.")
    hdr(ws, "F4", "всего")
    hdr(ws, "G4", "обучающиеся 10–19 лет")
    hdr(ws, "H4", "молодые специалисты")
    hdr(ws, "I4", "педагоги (кроме молодых специалистов)")
    merge(ws, "J3:K3", "Удовлетворённость, %")
    hdr(ws, "J4", "наставников")
    hdr(ws, "K4", "наставляемых")
    ws.row_dimensions[4].height = 48
    crits = ["mentors_total", "teachers_mentors", "mentors_15_19", "mentees_total",
             "mentees_10_19", "young_specialists_mentees", "teachers_other_mentees",
             "satisfaction_mentors", "satisfaction_mentees"]
    for oi, (name, vals, _) in enumerate(ORGS7):
        r = 5 + oi
        put(ws, f"A{r}", oi + 1, center=True)
        put(ws, f"B{r}", name)
        for j, (crit, val) in enumerate(zip(crits, vals)):
            f.v(ws, rc(r, 3 + j), val, crit, oi=oi)
    widths(ws, {"A": 4, "B": 48, "C": 8, "D": 10, "E": 12, "F": 8, "G": 12, "H": 13, "I": 15,
                "J": 13, "K": 13})

    ws = wb.create_sheet("Документы по ОО")
    merge(ws, "A1:G1", "Наличие локальных актов по наставничеству («+» есть, «–» нет)",
          header=False)
    hdr(ws, "A3", "Документ")
    for oi, name in enumerate(names):
        hdr(ws, rc(3, 2 + oi), name)
    ws.row_dimensions[3].height = 75
    docs = [
        ("Положение о наставничестве педагогических работников", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "orgs_regulation_students"),
        ("Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order"),
        ("Справка по итогам внутреннего мониторинга", "internal_monitoring_notes"),
    ]
    for k, (title, crit) in enumerate(docs):
        r = 4 + k
        put(ws, f"A{r}", title)
        for oi, (_, _, marks) in enumerate(ORGS7):
            m = marks[k]
            f.v(ws, rc(r, 2 + oi), m, crit, exp=1 if m == "+" else 0, oi=oi)
    put(ws, "A8", "Дорожная карта ОО")
    for oi in range(len(names)):
        put(ws, rc(8, 2 + oi), "+", center=True)
    widths(ws, {"A": 50, "B": 17, "C": 17, "D": 17, "E": 17, "F": 17, "G": 17})
    f.nc("Дорожная карта ОО", "№")
    wb.save(os.path.join(HERE, fn))


def main():
    for fn in (file01, file02, file03, file04, file05, file06, file07):
        fn()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump([e.entry() for e in EXPECTED], fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"note": "kind=value: cell holds the expected value (yes/no as да/нет/+/–/1/0, "
                           "percent-formatted fractions are ×100); kind=link: cell text or its "
                           "hyperlink target is the proof URL of the criterion. No file was "
                           "re-saved through LibreOffice.",
                   "cells": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e.values) if not e.multi else sum(len(d) for d in e.values) for e in EXPECTED)
    nl = sum(len(e.links) if not e.multi else sum(len(d) for d in e.links) for e in EXPECTED)
    print("files", len(EXPECTED), "values", nv, "links", nl)


if __name__ == "__main__":
    main()
