# -*- coding: utf-8 -*-
"""Held-out set 69: ЦМН monitoring forms laid out for printing on paper.

Invented municipality: Новоключевский район (Удмуртская Республика), centre г. Новоключевск.
Writes typed/*.xlsx, expected.json, cells.json.  Deterministic: all data fixed below.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

EXPECTED = []
CELLS = []

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAPC = Alignment(wrap_text=True, vertical="center", horizontal="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
TNR = "Times New Roman"


# --------------------------------------------------------------------------- helpers
def C(crit, title, raw, exp, link=None, fmt=None, **kw):
    """A criterion row. raw = what is typed in the cell, exp = expected value.
    link: None (no link), a URL, or (text_with_{u}, URL) when the URL sits inside text."""
    d = dict(kind="C", crit=crit, title=title, raw=raw, exp=exp, link=link, fmt=fmt)
    d.update(kw)
    return d


def D(title, raw, **kw):
    """A decoy row: a value, but no criterion (goes to not_criteria)."""
    d = dict(kind="D", title=title, raw=raw)
    d.update(kw)
    return d


def H(text):
    return dict(kind="H", title=text)


class Form:
    def __init__(self, fname, org, sheet):
        self.fname = fname
        self.entry = {"file": "typed/" + fname, "year": 2024, "organisation": org,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        self.sheet = sheet

    def value(self, cell, crit, exp):
        assert crit not in self.entry["values"], (self.fname, crit)
        self.entry["values"][crit] = exp
        CELLS.append({"file": self.entry["file"], "sheet": self.sheet, "cell": cell,
                      "criterion": crit, "kind": "value", "expected": exp})

    def link(self, cell, crit, url):
        self.entry["links"][crit] = url
        CELLS.append({"file": self.entry["file"], "sheet": self.sheet, "cell": cell,
                      "criterion": crit, "kind": "link", "expected": url})

    def org(self, cell):
        CELLS.append({"file": self.entry["file"], "sheet": self.sheet, "cell": cell,
                      "criterion": None, "kind": "organisation",
                      "expected": self.entry["organisation"]})

    def decoy(self, title):
        self.entry["not_criteria"].append(title)

    def heading(self, title):
        self.entry["headings"].append(title)

    def done(self, wb):
        for ws in wb.worksheets:
            fit_heights(ws)
        wb.save(os.path.join(TYPED, self.fname))
        EXPECTED.append(self.entry)


def fit_heights(ws):
    """Set row heights so that wrapped text is readable on paper (openpyxl does not autofit)."""
    import math
    from openpyxl.utils import get_column_letter
    width = {}
    for col in range(1, ws.max_column + 1):
        L = get_column_letter(col)
        width[col] = ws.column_dimensions[L].width or 8.43
    span = {}
    skip = set()
    for rng in ws.merged_cells.ranges:
        if rng.min_row != rng.max_row:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    skip.add((r, c))
            continue
        span[(rng.min_row, rng.min_col)] = sum(width[c] for c in range(rng.min_col, rng.max_col + 1))
    for row in ws.iter_rows():
        need = 1
        size = 11
        for cell in row:
            if cell.value is None or (cell.row, cell.column) in skip:
                continue
            if cell.alignment is None or not cell.alignment.wrap_text:
                continue
            w = span.get((cell.row, cell.column), width.get(cell.column, 8.43))
            fs = (cell.font.sz or 11) if cell.font else 11
            chars = max(1.0, w * (0.85 if (cell.font and cell.font.b) else 0.95) * 11.0 / fs)
            text = cell.value if isinstance(cell.value, str) else str(cell.value)
            lines = sum(max(1, math.ceil(len(part) / chars)) for part in text.split("\n"))
            h = lines * fs * 1.3
            if h > need:
                need = h
        if need > 16:
            ws.row_dimensions[row[0].row].height = round(need, 1)


def link_text(link):
    if link is None:
        return None, None
    if isinstance(link, tuple):
        return link[0].format(u=link[1]), link[1]
    return link, link


def put(ws, ref, value, fmt=None, font=None, align=WRAP, border=BOX):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if font:
        c.font = font
    else:
        c.font = Font(name=TNR, size=11)
    if align:
        c.alignment = align
    if border:
        c.border = border
    return c


def print_setup(ws, landscape=False, area=None, fit_width=True, one_page=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if area:
        ws.print_area = area


# =========================================================================== 1
# Two halves side by side on one landscape page.
def form1():
    B = "https://sh1-novoklyuchevsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/2024/nastavnichestvo/"
    org = "МБОУ «СОШ № 1 г. Новоключевска»"
    f = Form("01_sosh1_dve_poloviny.xlsx", org, "Лист1")
    rows = [
        C("orgs_regulation_teachers", "Положение о наставничестве педагогов утверждено (приказ)", "Да", 1, B + "prikaz_polozhenie_ped.pdf"),
        C("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено (приказ)", "Да", 1, B + "prikaz_polozhenie_obuch.pdf"),
        C("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе", "Да", 1, B + "prikaz_monitoring_2024.pdf"),
        C("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "Да", 1, B + "spravka_vnutr_monitoring_2024.pdf"),
        C("curators_total", "Кураторы внедрения ЦМН, чел.", 2, 2, B + "prikaz_kuratory.pdf"),
        C("mentors_total", "Наставников по приказу, всего", 57, 57, B + "prikaz_baza_nastavnikov_2024.pdf"),
        C("mentees_total", "Наставляемых по приказу, всего", 171, 171, B + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        C("agreements_edu_orgs", "Соглашения с другими ОО (наставники от них), шт.", 1, 1, B + "soglashenie_tehnikum.pdf"),
        C("agreements_enterprises", "Соглашения с предприятиями, шт.", 1, 1),
        C("agreements_other_orgs", "Соглашения с иными организациями, шт.", 2, 2),
        C("partner_list", "Партнёры по наставничеству (перечень)",
          "агротехникум, хлебозавод, ЦБС, МЦ «Импульс»",
          "агротехникум, хлебозавод, ЦБС, МЦ «Импульс»",
          B + "partnery_nastavnichestvo.pdf"),
        C("pp_total", "Персонализированные программы (ПП) – всего", 63, 63, B + "reestr_ppn_2024.pdf"),
        C("pp_pupil_pupil", "ПП «ученик – ученик»", 30, 30, B + "reestr_ppn_2024.pdf"),
        C("pp_teacher_teacher", "ПП «учитель – учитель»", 16, 16, B + "reestr_ppn_2024.pdf"),
        C("pp_head_teacher", "ПП «руководитель – педагог»", 3, 3, B + "reestr_ppn_2024.pdf"),
        C("pp_teacher_pupil", "ПП «учитель – ученик»", 12, 12, B + "reestr_ppn_2024.pdf"),
        C("pp_student_pupil", "ПП «студент – ученик»", 0, 0),
        C("pp_other", "ПП по иным формам", 2, 2),
        C("external_edu_mentors", "Наставники из других ОО (по приказу)", 2, 2, B + "prikaz_baza_nastavnikov_2024.pdf"),
        C("enterprise_mentors", "Наставники – сотрудники предприятий", 1, 1),
        # right half
        C("other_org_mentors", "Наставники из иных организаций", 2, 2),
        C("students_10_19", "Обучающихся 10–19 лет, всего", 612, 612),
        C("mentees_10_19", "из них наставляемые (10–19 лет)", 148, 148, B + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        C("share_mentees_10_19", "Доля наставляемых 10–19 лет", 0.2418, 24.18, fmt="0.00%"),
        C("mentees_risk", "Наставляемые «группы риска»", 12, 12, B + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        C("mentees_gifted", "Наставляемые из числа одарённых детей", 18, 18, B + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        C("mentees_disabled", "Наставляемые с ОВЗ / дети-инвалиды", 9, 9, B + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        C("students_15_19", "Обучающихся 15–19 лет, всего", 176, 176),
        C("mentors_15_19", "Наставники-обучающиеся 15–19 лет (по приказу)", 31, 31, B + "prikaz_baza_nastavnikov_2024.pdf"),
        C("share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников", 0.1761, 17.61, fmt="0.00%"),
        C("satisfaction_mentees", "Удовлетворённость наставляемых, %", 91.5, 91.5, B + "analiz_anketirovaniya_2024.pdf"),
        C("satisfaction_mentors", "Удовлетворённость наставников, %", 88, 88, B + "analiz_anketirovaniya_2024.pdf"),
        C("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", 9, 9),
        C("young_specialists_mentees", "Молодые специалисты – наставляемые", 9, 9, B + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        C("teachers_other_mentees", "Педагоги (кроме молодых спец.) – наставляемые", 14, 14, B + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        C("teachers_mentors", "Педагоги-наставники", 21, 21, B + "prikaz_baza_nastavnikov_2024.pdf"),
        C("kpk_trained", "Прошли КПК по наставничеству в 2024 г., чел.", 5, 5, B + "svedeniya_kpk_2024.pdf"),
        C("school_methodical_associations", "ШМО наставников", 1, 1, B + "prikaz_shmo_nastavnikov.pdf"),
        D("Наставнических пар / групп, всего", 47),
        D("Локальные акты о поощрении наставников (матер. / нематер.)", "1 / 1"),
    ]
    assert len(rows) == 40
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    ws.merge_cells("A1:I1")
    put(ws, "A1", "Мониторинг реализации целевой модели наставничества за 2024 год",
        font=Font(name=TNR, size=13, bold=True), align=CENTER, border=None)
    ws.merge_cells("A2:I2")
    put(ws, "A2", org, font=Font(name=TNR, size=13, bold=True), align=CENTER, border=None)
    f.org("A2")
    ws.merge_cells("A3:I3")
    put(ws, "A3", "(данные по состоянию на 01.10.2024)", font=Font(name=TNR, size=10, italic=True),
        align=CENTER, border=None)
    for cols in (("A", "B", "C", "D"), ("F", "G", "H", "I")):
        for col, h in zip(cols, ("№", "Показатель", "Значение", "Ссылка")):
            put(ws, f"{col}5", h, font=Font(name=TNR, size=10, bold=True), align=CENTER)
    for i, r in enumerate(rows):
        cols = ("A", "B", "C", "D") if i < 20 else ("F", "G", "H", "I")
        row = 6 + (i % 20)
        put(ws, f"{cols[0]}{row}", i + 1, align=CENTER)
        put(ws, f"{cols[1]}{row}", r["title"], font=Font(name=TNR, size=10))
        put(ws, f"{cols[2]}{row}", r["raw"], fmt=r.get("fmt"), align=CENTER)
        ref_v, ref_l = f"{cols[2]}{row}", f"{cols[3]}{row}"
        if r["kind"] == "D":
            f.decoy(r["title"])
            put(ws, ref_l, None)
            continue
        f.value(ref_v, r["crit"], r["exp"])
        txt, url = link_text(r["link"])
        put(ws, ref_l, txt, font=Font(name=TNR, size=8))
        if url:
            f.link(ref_l, r["crit"], url)
    put(ws, "A27", "Ответственный: заместитель директора по УВР Петрова Е.С., тел. 8 (34150) 2-14-56",
        font=Font(name=TNR, size=10), align=None, border=None)
    for col, w in zip("ABCDEFGHI", (4, 34, 10, 30, 2, 4, 34, 10, 30)):
        ws.column_dimensions[col].width = w
    print_setup(ws, landscape=True, area="A1:I27", one_page=True)
    f.done(wb)


# =========================================================================== 2
# Card layout: «Показатель:» / «Значение:» / «Подтверждающий документ:», empty row between cards.
def form2():
    B = "https://gimnaziya2-nkl.edu.ru/upload/nastavnichestvo/2024/"
    org = "Муниципальное автономное общеобразовательное учреждение «Гимназия № 2»"
    f = Form("02_gimnaziya2_kartochki.xlsx", org, "ЦМН 2024")
    P = "0.00%"
    items = [
        H("Раздел 1. Нормативное обеспечение"),
        C("orgs_regulation_teachers", "Утверждено ли положение о системе наставничества педагогических работников", "да", 1,
          ("Приказ от 29.08.2024 № 214-од – {u}", B + "prikaz_214_polozhenie_ped.pdf")),
        C("orgs_regulation_students", "Утверждено ли положение о наставничестве обучающихся", "да", 1, B + "prikaz_215_polozhenie_obuch.pdf"),
        C("orgs_monitoring_order", "Издан ли приказ о мониторинге реализации ЦМН в гимназии", "да", 1,
          ("Приказ от 01.10.2024 № 251-од, {u}", B + "prikaz_251_monitoring.pdf")),
        C("internal_monitoring_notes", "Подготовлена ли справка по итогам внутреннего мониторинга", "да", 1, B + "spravka_monitoring_cmn_2024.pdf"),
        D("Дорожная карта реализации ЦМН на 2024/2025 учебный год", "утверждена", doc=B + "dorozhnaya_karta_2024_2025.pdf"),
        H("Раздел 2. Организация наставничества"),
        C("curators_total", "Сколько кураторов ЦМН назначено приказом", 3, 3, B + "prikaz_kuratory_cmn.pdf"),
        C("mentors_total", "Наставники, закреплённые приказом (всего, чел.)", 72, 72, B + "baza_nastavnikov_2024.pdf"),
        C("mentees_total", "Наставляемые, закреплённые приказом (всего, чел.)", 230, 230, B + "baza_nastavlyaemyh_2024.pdf"),
        C("agreements_edu_orgs", "Договоры о сотрудничестве с вузом, колледжем (их сотрудники – наставники), шт.", 2, 2,
          ("Соглашение с ФГБОУ ВО «УдГУ» от 12.02.2024; соглашение с ГБПОУ «Новоключевский педагогический колледж» от 05.09.2024 – {u}",
           B + "soglasheniya_udgu_npk.pdf")),
        C("agreement_subjects", "Предмет соглашений",
          "совместная реализация программ наставничества по форме «студент – ученик», привлечение студентов и преподавателей в качестве наставников",
          "совместная реализация программ наставничества по форме «студент – ученик», привлечение студентов и преподавателей в качестве наставников",
          None, nodoc="—"),
        C("agreements_other_orgs", "Договоры с иными организациями (учреждения культуры, спорта, НКО), шт.", 1, 1, None, nodoc="—"),
        C("partner_list", "С кем сотрудничаем по вопросам наставничества",
          "ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ «Новоключевский педагогический колледж»; МБУК «Новоключевский краеведческий музей»",
          "ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ «Новоключевский педагогический колледж»; МБУК «Новоключевский краеведческий музей»",
          None, nodoc="—"),
        C("external_edu_mentors", "Наставники из вуза и колледжа-партнёров (по приказу), чел.", 3, 3, B + "baza_nastavnikov_2024.pdf"),
        C("other_org_mentors", "Наставники – сотрудники музея и других организаций, чел.", 1, 1, None, nodoc="нет"),
        H("Раздел 3. Персонализированные программы наставничества (ППН)"),
        C("pp_total", "ППН – всего", 85, 85, B + "reestr_ppn_2024.pdf"),
        C("pp_pupil_pupil", "ППН по форме «ученик – ученик»", 38, 38, B + "reestr_ppn_2024.pdf"),
        C("pp_teacher_teacher", "ППН по форме «педагог – педагог»", 19, 19, B + "reestr_ppn_2024.pdf"),
        C("pp_head_teacher", "ППН по форме «руководитель – педагог»", 4, 4, None, nodoc="см. выше"),
        C("pp_teacher_pupil", "ППН по форме «учитель – ученик»", 21, 21, None, nodoc="см. выше"),
        C("pp_student_pupil", "ППН по форме «студент – ученик»", 3, 3, None, nodoc="см. выше"),
        H("Раздел 4. Обучающиеся"),
        C("students_10_19", "Обучающиеся гимназии в возрасте 10–19 лет (всего)", 734, 734, None, nodoc="—"),
        C("mentees_10_19", "Из них включены в программы наставничества как наставляемые", 205, 205, B + "baza_nastavlyaemyh_2024.pdf"),
        C("share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", 0.2793, 27.93, None, fmt=P, nodoc="—"),
        C("mentees_gifted", "Наставляемые – одарённые дети (включены в реестр)", 41, 41, B + "baza_nastavlyaemyh_2024.pdf"),
        C("mentees_career", "Наставляемые, испытывающие трудности с выбором профессии и образовательного маршрута", 35, 35,
          B + "baza_nastavlyaemyh_2024.pdf"),
        C("students_15_19", "Обучающиеся 15–19 лет (всего)", 248, 248, None, nodoc="—"),
        C("mentors_15_19", "Обучающиеся 15–19 лет, выступающие наставниками (по приказу)", 44, 44, B + "baza_nastavnikov_2024.pdf"),
        C("share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставника", 0.1774, 17.74, None, fmt=P, nodoc="—"),
        H("Раздел 5. Удовлетворённость участием в программах наставничества"),
        C("satisfaction_mentees", "Наставляемые (по итогам анкетирования)", "93 %", 93, B + "itogi_anketirovaniya_2024.pdf"),
        C("satisfaction_mentors", "Наставники (по итогам анкетирования)", "90,4 %", 90.4, B + "itogi_anketirovaniya_2024.pdf"),
        H("Раздел 6. Педагогические работники"),
        C("young_specialists", "Молодые специалисты гимназии (до 35 лет, стаж работы до 3 лет)", 7, 7, None, nodoc="—"),
        C("young_specialists_mentees", "Молодые специалисты, за которыми закреплён наставник", 7, 7, B + "baza_nastavlyaemyh_2024.pdf"),
        C("share_young_specialists_mentees", "Доля молодых специалистов, имеющих наставника", 1, 100, None, fmt=P, nodoc="—"),
        C("teachers_mentors", "Педагоги-наставники, чел.", 24, 24, B + "baza_nastavnikov_2024.pdf"),
        C("share_teachers_mentors", "Доля педагогов-наставников от всех педагогов гимназии", 0.3529, 35.29, None, fmt=P, nodoc="—"),
        C("kpk_trained", "Прошли курсы повышения квалификации по наставничеству в 2024 году, чел.", 8, 8, B + "svedeniya_kpk_2024.pdf"),
        C("kpk_courses", "Названия курсов",
          "«Наставничество в образовательной организации: технологии и практики» (36 ч.); «Организация наставничества обучающихся» (16 ч.)",
          "«Наставничество в образовательной организации: технологии и практики» (36 ч.); «Организация наставничества обучающихся» (16 ч.)",
          None, nodoc="—"),
        C("school_methodical_associations", "Методические объединения наставников в гимназии, ед.", 1, 1, B + "prikaz_mo_nastavnikov.pdf"),
        H("Раздел 7. Стимулирование наставников"),
        C("pay_acts", "Локальные акты об оплате (доплатах) за наставничество, ед.", 1, 1, B + "polozhenie_oplata_truda.pdf"),
        C("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников, ед.", 2, 2, B + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        D("Планируемое число наставников на 2025 год", 80, doc=None),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    ws.merge_cells("A1:C1")
    put(ws, "A1", "ИНФОРМАЦИОННАЯ КАРТА", font=Font(name=TNR, size=14, bold=True), align=CENTER, border=None)
    ws.merge_cells("A2:C2")
    put(ws, "A2", "мониторинга реализации целевой модели наставничества, 2024 год",
        font=Font(name=TNR, size=12), align=CENTER, border=None)
    put(ws, "A4", "Наименование ОО:", font=Font(name=TNR, size=11, bold=True), border=None)
    ws.merge_cells("B4:C4")
    put(ws, "B4", org, border=BOX)
    f.org("B4")
    put(ws, "A5", "Ответственный:", font=Font(name=TNR, size=11, bold=True), border=None)
    ws.merge_cells("B5:C5")
    put(ws, "B5", "Кузнецова Алла Викторовна, заместитель директора по НМР", border=BOX)
    row = 7
    for it in items:
        if it["kind"] == "H":
            ws.merge_cells(f"A{row}:C{row}")
            put(ws, f"A{row}", it["title"], font=Font(name=TNR, size=12, bold=True), border=None)
            f.heading(it["title"])
            row += 2
            continue
        put(ws, f"A{row}", "Показатель:", font=Font(name=TNR, size=10, italic=True))
        ws.merge_cells(f"B{row}:C{row}")
        put(ws, f"B{row}", it["title"], font=Font(name=TNR, size=11, bold=True))
        put(ws, f"A{row + 1}", "Значение:", font=Font(name=TNR, size=10, italic=True))
        ws.merge_cells(f"B{row + 1}:C{row + 1}")
        put(ws, f"B{row + 1}", it["raw"], fmt=it.get("fmt"), align=Alignment(horizontal="left", vertical="top", wrap_text=True))
        put(ws, f"A{row + 2}", "Подтверждающий документ:", font=Font(name=TNR, size=10, italic=True))
        ws.merge_cells(f"B{row + 2}:C{row + 2}")
        if it["kind"] == "D":
            f.decoy(it["title"])
            put(ws, f"B{row + 2}", it.get("doc") or "—", font=Font(name=TNR, size=9))
        else:
            f.value(f"B{row + 1}", it["crit"], it["exp"])
            txt, url = link_text(it["link"])
            put(ws, f"B{row + 2}", txt if txt else it.get("nodoc"), font=Font(name=TNR, size=9))
            if url:
                f.link(f"B{row + 2}", it["crit"], url)
        row += 4  # three rows of the card + one empty row
    last = row
    put(ws, f"A{last}", "Дата заполнения: 17.10.2024", border=None, align=None)
    put(ws, f"A{last + 2}", "Директор ____________________ / С.Г. Мерзлякова /", border=None, align=None)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 30
    print_setup(ws, landscape=False, area=f"A1:C{last + 2}")
    f.done(wb)


# =========================================================================== 3
# Title merged down over three rows; value in the middle row, link in the row below it.
# The organisation appears only in the signature line.
def form3():
    B = "https://licey4-novoklyuchevsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    org = "МБОУ «Лицей № 4»"
    f = Form("03_licey4_obedinennye_yacheyki.xlsx", org, "Отчёт")
    P = "0%"
    P2 = "0.00%"
    items = [
        H("I. Нормативно-правовое обеспечение"),
        C("orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педагогических работников лицея",
          "имеется", 1, B + "prikaz_113_polozhenie_pedagogi.pdf"),
        C("orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся", "имеется", 1,
          B + "prikaz_114_polozhenie_obuchayushchiesya.pdf"),
        C("orgs_monitoring_order", "Приказ о проведении внутреннего мониторинга реализации ЦМН", "имеется", 1,
          B + "prikaz_monitoring_cmn_2024.pdf"),
        C("internal_monitoring_notes", "Аналитическая справка по итогам внутреннего мониторинга ЦМН за 2024 год", "нет", 0,
          None, nodoc="—"),
        H("II. Организация наставничества"),
        C("curators_total", "Кураторы ЦМН в лицее, чел.", 2, 2, B + "prikaz_kuratory.pdf"),
        D("Наставники / наставляемые в базе лицея (по приказу)", "64 / 188"),
        C("agreements_edu_orgs", "Соглашения о сотрудничестве с образовательными организациями (привлечение наставников)", 1, 1,
          B + "soglashenie_politehnicheskiy_tehnikum.pdf"),
        C("agreements_enterprises", "Соглашения с предприятиями города о привлечении наставников", 2, 2,
          B + "soglasheniya_predpriyatiya.pdf"),
        C("partner_list", "Организации-партнёры по наставничеству",
          "АО «Новоключевский механический завод»; ООО «Агрофирма «Колос»; ГБПОУ «Новоключевский политехнический техникум»",
          "АО «Новоключевский механический завод»; ООО «Агрофирма «Колос»; ГБПОУ «Новоключевский политехнический техникум»",
          None, nodoc=""),
        C("external_edu_mentors", "Наставники из сторонних образовательных организаций, чел.", 2, 2, B + "prikaz_baza_nastavnikov.pdf"),
        C("enterprise_mentors", "Наставники – работники предприятий-партнёров, чел.", 2, 2, B + "prikaz_baza_nastavnikov.pdf"),
        H("III. Персонализированные программы наставничества"),
        C("pp_total", "Утверждено персонализированных программ наставничества (все формы)", 57, 57, B + "reestr_pp_2024.pdf"),
        C("pp_pupil_pupil", "в т.ч. по форме «ученик – ученик»", 26, 26, B + "reestr_pp_2024.pdf"),
        C("pp_teacher_teacher", "в т.ч. по форме «учитель – учитель»", 11, 11, B + "reestr_pp_2024.pdf"),
        C("pp_head_teacher", "в т.ч. по форме «руководитель – педагог»", 2, 2, None, nodoc="—"),
        C("pp_teacher_pupil", "в т.ч. по форме «учитель – ученик»", 17, 17, B + "reestr_pp_2024.pdf"),
        C("pp_other", "в т.ч. по иным формам (указать): «выпускник – ученик»", 1, 1, None, nodoc="—"),
        H("IV. Обучающиеся"),
        C("students_10_19", "Численность обучающихся лицея в возрасте 10–19 лет", 520, 520, None, nodoc=""),
        C("mentees_10_19", "Из них вошли в программы наставничества как наставляемые", 131, 131, B + "prikaz_baza_nastavlyaemyh.pdf"),
        C("share_mentees_10_19", "Доля наставляемых от числа обучающихся 10–19 лет", 0.2519, 25.19, None, fmt=P2, nodoc=""),
        D("Наставляемые 10–19 лет – девушки", 70),
        C("mentees_gifted", "Наставляемые из реестра одарённых детей", 33, 33, B + "prikaz_baza_nastavlyaemyh.pdf"),
        C("mentees_career", "Наставляемые с затруднениями в выборе профессии / образовательной траектории", 40, 40,
          B + "prikaz_baza_nastavlyaemyh.pdf"),
        C("students_15_19", "Численность обучающихся 15–19 лет", 190, 190, None, nodoc=""),
        C("mentors_15_19", "Обучающиеся 15–19 лет – наставники по приказу", 38, 38, B + "prikaz_baza_nastavnikov.pdf"),
        C("share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставника", 0.2, 20, None, fmt=P, nodoc=""),
        H("V. Педагогические работники"),
        C("young_specialists", "Молодые специалисты в лицее (до 35 лет, стаж до 3 лет)", 6, 6, None, nodoc=""),
        C("young_specialists_mentees", "Молодые специалисты, за которыми закреплён наставник", 6, 6, B + "prikaz_baza_nastavlyaemyh.pdf"),
        C("teachers_other", "Педагоги лицея без учёта молодых специалистов", 47, 47, None, nodoc=""),
        C("teachers_other_mentees", "Педагоги (кроме молодых специалистов), у которых есть наставник", 9, 9,
          B + "prikaz_baza_nastavlyaemyh.pdf"),
        C("share_teachers_mentees", "Доля педагогов-наставляемых от общего числа педагогов", 0.283, 28.3, None, fmt=P2, nodoc=""),
        C("teachers_mentors", "Педагоги, выполняющие роль наставника", 19, 19, B + "prikaz_baza_nastavnikov.pdf"),
        C("share_teachers_mentors", "Доля педагогов-наставников", 0.3585, 35.85, None, fmt=P2, nodoc=""),
        C("kpk_trained", "Педагоги, прошедшие КПК по наставничеству в 2024 году", 4, 4, B + "kpk_2024.pdf"),
        H("VI. Удовлетворённость и стимулирование"),
        C("satisfaction_mentees", "Удовлетворённость наставляемых завершёнными программами", 0.89, 89, B + "anketirovanie_itogi.pdf", fmt=P),
        C("satisfaction_mentors", "Удовлетворённость наставников завершёнными программами", 0.9, 90, B + "anketirovanie_itogi.pdf", fmt=P),
        C("pay_acts", "Локальный акт о доплатах наставникам (кол-во)", 1, 1, B + "polozhenie_o_doplatah.pdf"),
        C("nonmaterial_acts", "Локальный акт о нематериальном поощрении наставников (кол-во)", 1, 1, None, nodoc="—"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    ws.merge_cells("A1:C1")
    put(ws, "A1", "ОТЧЁТ", font=Font(name=TNR, size=14, bold=True), align=CENTER, border=None)
    ws.merge_cells("A2:C2")
    put(ws, "A2", "о реализации целевой модели наставничества в 2024 году",
        font=Font(name=TNR, size=12, bold=True), align=CENTER, border=None)
    put(ws, "A4", "№ п/п", font=Font(name=TNR, size=10, bold=True), align=CENTER)
    put(ws, "B4", "Показатель", font=Font(name=TNR, size=10, bold=True), align=CENTER)
    put(ws, "C4", "Значение /\nподтверждающий документ", font=Font(name=TNR, size=10, bold=True), align=CENTER)
    row = 5
    n = 0
    for it in items:
        if it["kind"] == "H":
            ws.merge_cells(f"A{row}:C{row}")
            put(ws, f"A{row}", it["title"], font=Font(name=TNR, size=11, bold=True),
                align=Alignment(horizontal="center"))
            f.heading(it["title"])
            row += 1
            continue
        n += 1
        ws.merge_cells(f"A{row}:A{row + 2}")
        put(ws, f"A{row}", f"{n}.", align=CENTER)
        ws.merge_cells(f"B{row}:B{row + 2}")
        put(ws, f"B{row}", it["title"], align=Alignment(wrap_text=True, vertical="center"))
        for k in range(3):
            ws[f"A{row + k}"].border = BOX
            ws[f"B{row + k}"].border = BOX
        put(ws, f"C{row}", None, border=Border(left=THIN, right=THIN, top=THIN))
        put(ws, f"C{row + 1}", it["raw"], fmt=it.get("fmt"), align=Alignment(horizontal="center", wrap_text=True),
            border=Border(left=THIN, right=THIN))
        if it["kind"] == "D":
            f.decoy(it["title"])
            put(ws, f"C{row + 2}", None, border=Border(left=THIN, right=THIN, bottom=THIN))
        else:
            f.value(f"C{row + 1}", it["crit"], it["exp"])
            txt, url = link_text(it["link"])
            put(ws, f"C{row + 2}", txt if txt else (it.get("nodoc") or None), font=Font(name=TNR, size=8, color="0000FF" if url else None),
                border=Border(left=THIN, right=THIN, bottom=THIN))
            if url:
                f.link(f"C{row + 2}", it["crit"], url)
        row += 3
    row += 1
    put(ws, f"A{row}", f"Директор {org} ____________ / О.Н. Саватеева /", border=None, align=None,
        font=Font(name=TNR, size=12))
    f.org(f"A{row}")
    put(ws, f"A{row + 1}", "М.П.", border=None, align=None)
    put(ws, f"C{row + 1}", "21.10.2024", border=None, align=Alignment(horizontal="right"))
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 44
    print_setup(ws, landscape=False, area=f"A1:C{row + 1}")
    f.done(wb)


# =========================================================================== 4
# Row titles wrapped onto a second row by pressing Enter; value on the first or the second row.
def W(crit, line1, line2, unit, raw, exp, on, link=None, fmt=None):
    return dict(kind="W", crit=crit, title=(line1, line2), unit=unit, raw=raw, exp=exp, on=on, link=link, fmt=fmt)


def S(crit, title, unit, raw, exp, link=None, fmt=None):
    return dict(kind="C", crit=crit, title=title, unit=unit, raw=raw, exp=exp, link=link, fmt=fmt)


def form4():
    B = "https://sosnovskaya-sosh.gosuslugi.ru/netcat_files/nastavnichestvo/"
    DISK = "https://disk.yandex.ru/d/Xq7pL2mB9sNkVw"
    MAIL = "https://cloud.mail.ru/public/8Ht3/Kq9ZbP2Lm"
    org = "МБОУ «Сосновская СОШ»"
    f = Form("04_sosnovskaya_perenos_strok.xlsx", org, "Мониторинг")
    items = [
        W("orgs_regulation_teachers", "Наличие приказа об утверждении Положения о системе",
          "наставничества педагогических работников", "да/нет", "да", 1, 1, B + "prikaz_56_polozhenie_ped.pdf"),
        W("orgs_regulation_students", "Наличие приказа об утверждении Положения о системе",
          "наставничества обучающихся", "да/нет", "да", 1, 2, B + "prikaz_57_polozhenie_obuch.pdf"),
        S("orgs_monitoring_order", "Приказ о мониторинге ЦМН в школе", "да/нет", "да", 1, B + "prikaz_monitoring_2024.pdf"),
        S("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "да/нет", "да", 1, B + "spravka_itogi_monitoringa.pdf"),
        S("curators_total", "Куратор внедрения ЦМН", "чел.", 1, 1),
        S("mentors_total", "Всего наставников по приказу", "чел.", 19, 19, DISK),
        S("mentees_total", "Всего наставляемых по приказу", "чел.", 48, 48, DISK),
        W("agreements_enterprises", "Соглашения о сотрудничестве с предприятиями (сотрудники –",
          "наставники)", "шт.", 1, 1, 2, B + "soglashenie_spk_sosnovskiy.pdf"),
        S("agreements_other_orgs", "Соглашения с иными организациями", "шт.", 1, 1),
        S("partner_list", "Партнёры (наименования)", "", "СПК «Сосновский»; МБУК «Сосновская сельская библиотека»",
          "СПК «Сосновский»; МБУК «Сосновская сельская библиотека»"),
        S("enterprise_mentors", "Наставники из предприятий", "чел.", 1, 1, DISK),
        S("other_org_mentors", "Наставники из иных организаций", "чел.", 1, 1, DISK),
        D("Проекты, реализованные совместно с предприятиями", 2, unit="ед."),
        W("pp_total", "Персонализированные программы наставничества,", "всего по всем формам", "шт.", 21, 21, 2,
          B + "perechen_ppn_2024.pdf"),
        S("pp_pupil_pupil", "ПП «ученик – ученик»", "шт.", 9, 9, B + "perechen_ppn_2024.pdf"),
        S("pp_teacher_teacher", "ПП «учитель – учитель»", "шт.", 5, 5, B + "perechen_ppn_2024.pdf"),
        S("pp_head_teacher", "ПП «руководитель – педагог»", "шт.", 1, 1),
        S("pp_teacher_pupil", "ПП «учитель – ученик»", "шт.", 6, 6, B + "perechen_ppn_2024.pdf"),
        S("students_10_19", "Обучающихся в возрасте 10–19 лет (всего)", "чел.", 188, 188),
        W("mentees_10_19", "Обучающиеся 10–19 лет, включённые в программы",
          "наставничества в роли наставляемых", "чел.", 41, 41, 1, DISK),
        S("share_mentees_10_19", "Доля наставляемых 10–19 лет", "%", 21.81, 21.81),
        S("mentees_risk", "из них из «группы риска»", "чел.", 7, 7, DISK),
        W("mentees_disabled", "из них из числа детей с ОВЗ и детей-", "инвалидов", "чел.", 5, 5, 2, DISK),
        W("mentees_low_motivation", "из них с низкой учебной мотивацией и неудовлетвори-",
          "тельной успеваемостью", "чел.", 12, 12, 1),
        S("students_15_19", "Обучающихся 15–19 лет (всего)", "чел.", 52, 52),
        W("mentors_15_19", "Количество наставников", "из числа обучающихся 15–19 лет (по приказу)", "чел.", 9, 9, 2, DISK),
        S("share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников", "%", "17,31", 17.31),
        S("satisfaction_mentees", "Удовлетворённость наставляемых", "%", 87, 87, MAIL),
        S("satisfaction_mentors", "Удовлетворённость наставников", "%", 92, 92, MAIL),
        S("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", 3, 3),
        S("teachers_other", "Педагоги (кроме молодых специалистов)", "чел.", 24, 24),
        W("share_teachers_mentees", "Доля педагогов (включая молодых специалистов),",
          "вошедших в программы наставничества как наставляемые", "%", 25.93, 25.93, 2),
        W("teachers_mentors", "Количество педагогов, участвующих в программах наставничества",
          "в роли наставника", "чел.", 8, 8, 1, DISK),
        W("young_specialists_mentors", "Количество педагогов, участвующих в программах наставничества",
          "в роли наставника из числа молодых специалистов", "чел.", 1, 1, 2, DISK),
        W("share_young_specialists_mentors", "Доля молодых специалистов, вошедших в программы",
          "наставничества в роли наставника", "%", 33.33, 33.33, 1),
        S("kpk_trained", "Обучены на КПК по наставничеству (2024 г.)", "чел.", 2, 2, B + "udostovereniya_kpk.pdf"),
        S("school_methodical_associations", "Методическое объединение наставников в школе", "ед.", 0, 0),
        S("pay_acts", "Локальные акты об оплате наставничества", "ед.", 0, 0),
        S("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", "ед.", 1, 1,
          B + "polozhenie_o_pooshchrenii.pdf"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    ws.merge_cells("A1:E1")
    put(ws, "A1", "Мониторинг целевой модели наставничества – 2024 г.", font=Font(name=TNR, size=13, bold=True),
        align=CENTER, border=None)
    ws.merge_cells("A3:B3")
    put(ws, "A3", "Наименование ОО:", font=Font(name=TNR, size=11, bold=True), border=None,
        align=Alignment(horizontal="right"))
    ws.merge_cells("C3:E3")
    put(ws, "C3", org, font=Font(name=TNR, size=12), border=Border(bottom=THIN), align=Alignment(horizontal="center"))
    f.org("C3")
    ws.merge_cells("A4:B4")
    put(ws, "A4", "Муниципалитет:", font=Font(name=TNR, size=11, bold=True), border=None,
        align=Alignment(horizontal="right"))
    ws.merge_cells("C4:E4")
    put(ws, "C4", "Новоключевский район", border=Border(bottom=THIN), align=Alignment(horizontal="center"))
    for col, h in zip("ABCDE", ("№", "Наименование показателя", "Ед. изм.", "Значение", "Ссылка на подтверждающий документ")):
        put(ws, f"{col}6", h, font=Font(name=TNR, size=10, bold=True), align=CENTER)
    row = 7
    n = 0
    for it in items:
        n += 1
        put(ws, f"A{row}", n, align=Alignment(horizontal="center", vertical="top"))
        if it["kind"] == "W":
            l1, l2 = it["title"]
            put(ws, f"B{row}", l1, align=None, border=Border(left=THIN, right=THIN, top=THIN))
            put(ws, f"B{row + 1}", l2, align=None, border=Border(left=THIN, right=THIN, bottom=THIN))
            put(ws, f"A{row + 1}", None, border=Border(left=THIN, right=THIN, bottom=THIN))
            ws[f"A{row}"].border = Border(left=THIN, right=THIN, top=THIN)
            vr = row + it["on"] - 1
            for col in "CDE":
                ws[f"{col}{row}"].border = Border(left=THIN, right=THIN, top=THIN)
                ws[f"{col}{row + 1}"].border = Border(left=THIN, right=THIN, bottom=THIN)
            for col, v in (("C", it["unit"]), ("D", it["raw"])):
                c = ws[f"{col}{vr}"]
                c.value = v
                c.font = Font(name=TNR, size=11)
                c.alignment = Alignment(horizontal="center")
                if col == "D" and it.get("fmt"):
                    c.number_format = it["fmt"]
            f.value(f"D{vr}", it["crit"], it["exp"])
            if it["link"]:
                c = ws[f"E{vr}"]
                c.value = it["link"]
                c.font = Font(name=TNR, size=8)
                f.link(f"E{vr}", it["crit"], it["link"])
            row += 2
            continue
        put(ws, f"B{row}", it["title"], align=None)
        put(ws, f"C{row}", it.get("unit"), align=Alignment(horizontal="center"))
        put(ws, f"D{row}", it["raw"], fmt=it.get("fmt"), align=Alignment(horizontal="center", wrap_text=True))
        put(ws, f"E{row}", None, font=Font(name=TNR, size=8), align=WRAP)
        if it["kind"] == "D":
            f.decoy(it["title"])
        else:
            f.value(f"D{row}", it["crit"], it["exp"])
            if it["link"]:
                ws[f"E{row}"].value = it["link"]
                f.link(f"E{row}", it["crit"], it["link"])
        row += 1
    row += 1
    put(ws, f"A{row}", "Директор школы: Бабинцева Т.А.      Куратор ЦМН: Перевощикова Н.В.", border=None, align=None)
    put(ws, f"A{row + 1}", "«16» октября 2024 г.", border=None, align=None)
    for col, w in zip("ABCDE", (5, 62, 9, 14, 58)):
        ws.column_dimensions[col].width = w
    print_setup(ws, landscape=True, area=f"A1:E{row + 1}")
    f.done(wb)


# =========================================================================== 5
# Page header repeated by hand on every printed page; signature block at the bottom.
def form5():
    B = "https://cdt-raduga-nkl.edu.ru/files/nastavnichestvo/2024/"
    org = "МБУ ДО «Центр детского творчества «Радуга»»"
    f = Form("05_cdt_raduga_postranichno.xlsx", org, "Форма")
    YN = " (1 – да, 0 – нет)"
    pages = [
        [
            H("1. Нормативное обеспечение"),
            C("orgs_regulation_teachers", "Приказ об утверждении положения о наставничестве педагогов" + YN, 1, 1, B + "prikaz_polozhenie_pedagogi.pdf"),
            C("orgs_regulation_students", "Приказ об утверждении положения о наставничестве обучающихся" + YN, 1, 1, B + "prikaz_polozhenie_obuchayushchiesya.pdf"),
            C("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН в учреждении" + YN, 1, 1, B + "prikaz_monitoring.pdf"),
            C("internal_monitoring_notes", "Справка по результатам внутреннего мониторинга" + YN, 1, 1),
            H("2. Организация процесса наставничества"),
            C("curators_total", "Кураторы внедрения ЦМН, чел.", 1, 1, B + "prikaz_kurator.pdf"),
            C("mentors_total", "Наставники по приказу, всего, чел.", 40, 40, B + "prikaz_nastavniki_2024.pdf"),
            C("mentees_total", "Наставляемые по приказу, всего, чел.", 105, 105, B + "prikaz_nastavlyaemye_2024.pdf"),
            C("agreements_edu_orgs", "Соглашения со школами о привлечении их педагогов в роли наставников, шт.", 3, 3, B + "soglasheniya_shkoly.pdf"),
            C("agreement_subjects", "Предмет соглашений",
              "сетевое взаимодействие: наставничество педагогов школ над обучающимися объединений технической и естественнонаучной направленности",
              "сетевое взаимодействие: наставничество педагогов школ над обучающимися объединений технической и естественнонаучной направленности"),
            C("agreements_other_orgs", "Соглашения с иными организациями (культура, спорт, НКО), шт.", 2, 2, B + "soglasheniya_rdk_start.pdf"),
            C("partner_list", "Перечень организаций-партнёров",
              "МБОУ «СОШ № 1 г. Новоключевска», МАОУ «Гимназия № 2», МБОУ «Лицей № 4», МБУК «Районный дом культуры», АНО «Спортивный клуб «Старт»»",
              "МБОУ «СОШ № 1 г. Новоключевска», МАОУ «Гимназия № 2», МБОУ «Лицей № 4», МБУК «Районный дом культуры», АНО «Спортивный клуб «Старт»»"),
            D("Творческие объединения, в которых реализуются программы наставничества, ед.", 14),
            H("3. Персонализированные программы наставничества"),
            C("pp_total", "Персонализированные программы, всего", 55, 55, B + "reestr_programm.pdf"),
            C("pp_pupil_pupil", "– «ученик – ученик»", 18, 18),
            C("pp_teacher_teacher", "– «педагог – педагог»", 7, 7),
            C("pp_head_teacher", "– «руководитель – педагог»", 2, 2),
            C("pp_teacher_pupil", "– «педагог – обучающийся»", 25, 25),
            C("pp_other", "– иные формы («выпускник – обучающийся»)", 3, 3),
        ],
        [
            H("4. Наставники из внешних организаций"),
            C("external_edu_mentors", "Наставники – педагоги школ-партнёров (по приказу), чел.", 3, 3, B + "prikaz_nastavniki_2024.pdf"),
            C("other_org_mentors", "Наставники из учреждений культуры, спорта, НКО, чел.", 3, 3, B + "prikaz_nastavniki_2024.pdf"),
            H("5. Обучающиеся 10–19 лет – наставляемые"),
            C("students_10_19", "Обучающихся 10–19 лет в учреждении, всего", 1140, 1140),
            C("mentees_10_19", "Наставляемые 10–19 лет, всего, в т.ч.:", 96, 96, B + "prikaz_nastavlyaemye_2024.pdf"),
            C("mentees_risk", "    из «группы риска»", 4, 4),
            C("mentees_gifted", "    одарённые (из реестра)", 38, 38),
            C("mentees_disabled", "    дети с ОВЗ, дети-инвалиды", 11, 11),
            C("mentees_career", "    с запросом на профориентацию", 14, 14),
            C("mentees_other_params", "    по иным основаниям", 29, 29),
            C("share_mentees_10_19", "Доля наставляемых 10–19 лет от общего числа обучающихся 10–19 лет, %", 8.42, 8.42),
            D("Наставляемые младшего школьного возраста (5–9 лет), чел.", 21),
            H("6. Обучающиеся 15–19 лет – наставники"),
            C("students_15_19", "Обучающихся 15–19 лет, всего", 310, 310),
            C("mentors_15_19", "Из них наставники (по приказу)", 22, 22, B + "prikaz_nastavniki_2024.pdf"),
            C("share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет, %", 7.1, 7.1),
        ],
        [
            H("7. Удовлетворённость участием в программах наставничества"),
            C("satisfaction_mentees", "Наставляемые, %", 95, 95, B + "anketirovanie_2024.pdf"),
            C("satisfaction_mentors", "Наставники, %", 94, 94, B + "anketirovanie_2024.pdf"),
            H("8. Педагогические работники"),
            C("young_specialists", "Молодые специалисты (до 35 лет, не более 3 лет стажа), чел.", 4, 4),
            C("young_specialists_mentees", "Молодые специалисты – наставляемые, чел.", 4, 4, B + "prikaz_nastavlyaemye_2024.pdf"),
            C("teachers_other", "Педагоги, не относящиеся к молодым специалистам, чел.", 36, 36),
            C("teachers_other_mentees", "Из них наставляемые, чел.", 5, 5, B + "prikaz_nastavlyaemye_2024.pdf"),
            C("share_teachers_mentees", "Доля педагогов-наставляемых (все педагоги), %", 22.5, 22.5),
            C("teachers_mentors", "Педагоги-наставники, чел.", 12, 12, B + "prikaz_nastavniki_2024.pdf"),
            C("share_teachers_mentors", "Доля педагогов-наставников, %", 30, 30),
            C("kpk_trained", "КПК по наставничеству в 2024 г., чел.", 3, 3, B + "kpk_svedeniya.pdf"),
            C("school_methodical_associations", "Методическое объединение наставников, ед.", 1, 1, B + "mo_nastavnikov.pdf"),
            C("pay_acts", "Положение об оплате труда (раздел о доплатах наставникам), ед.", 1, 1, B + "polozhenie_oplata.pdf"),
            C("nonmaterial_acts", "Положение о нематериальном поощрении наставников, ед.", 1, 1, B + "polozhenie_pooshchrenie.pdf"),
        ],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    row = 1
    n = 0
    for p, items in enumerate(pages, start=1):
        if p > 1:
            ws.row_breaks.append(Break(id=row - 1))
        ws.merge_cells(f"A{row}:C{row}")
        put(ws, f"A{row}", org, font=Font(name=TNR, size=12, bold=True), align=Alignment(horizontal="left"), border=None)
        f.org(f"A{row}")
        put(ws, f"D{row}", f"лист {p} из {len(pages)}", font=Font(name=TNR, size=10, italic=True),
            align=Alignment(horizontal="right"), border=None)
        ws.merge_cells(f"A{row + 1}:D{row + 1}")
        put(ws, f"A{row + 1}", "Мониторинг реализации целевой модели наставничества за 2024 год",
            font=Font(name=TNR, size=11), align=Alignment(horizontal="left"), border=None)
        for col, h in zip("ABCD", ("№", "Показатель", "Значение", "Документ (ссылка)")):
            put(ws, f"{col}{row + 2}", h, font=Font(name=TNR, size=10, bold=True), align=CENTER)
        row += 3
        for it in items:
            if it["kind"] == "H":
                ws.merge_cells(f"A{row}:D{row}")
                put(ws, f"A{row}", it["title"], font=Font(name=TNR, size=11, bold=True))
                f.heading(it["title"])
                row += 1
                continue
            n += 1
            put(ws, f"A{row}", n, align=Alignment(horizontal="center", vertical="top"))
            put(ws, f"B{row}", it["title"])
            put(ws, f"C{row}", it["raw"], fmt=it.get("fmt"), align=Alignment(horizontal="center", vertical="top", wrap_text=True))
            put(ws, f"D{row}", None, font=Font(name=TNR, size=8, underline="single", color="0563C1"))
            if it["kind"] == "D":
                f.decoy(it["title"])
            else:
                f.value(f"C{row}", it["crit"], it["exp"])
                if it["link"]:
                    ws[f"D{row}"].value = it["link"]
                    ws[f"D{row}"].hyperlink = it["link"]
                    f.link(f"D{row}", it["crit"], it["link"])
            row += 1
        row += 1
    put(ws, f"B{row}", "Директор ______________ / Иванова И.И. /", border=None, align=None, font=Font(name=TNR, size=12))
    put(ws, f"B{row + 1}", "М.П.", border=None, align=None)
    put(ws, f"B{row + 2}", "«18» октября 2024 г.", border=None, align=None)
    put(ws, f"B{row + 3}", "Исполнитель: методист Сунцова Е.Р., тел. 8 (34150) 2-33-18", border=None, align=None,
        font=Font(name=TNR, size=9))
    for col, w in zip("ABCD", (5, 60, 24, 44)):
        ws.column_dimensions[col].width = w
    print_setup(ws, landscape=False, area=f"A1:D{row + 3}")
    f.done(wb)


# =========================================================================== 6
# Official letter: corner stamp (угловой штамп) at top left, addressee at top right,
# table with a 2023 reference column, the 2024 column and a 2025 plan column.
def form6():
    B = "https://malokl-oosh.gosuslugi.ru/netcat_files/docs/nastavnichestvo/"
    org = "МКОУ «Малоключевская ООШ»"
    f = Form("06_maloklyuchevskaya_shtamp.xlsx", org, "Сведения")
    # (crit, title, unit, v2023, v2024 raw, expected 2024, link, plan 2025)
    T = [
        H("Нормативная база"),
        ("orgs_regulation_teachers", "Положение о наставничестве педагогических работников утверждено приказом", "да/нет", "Да", "Да", 1, B + "prikaz_31_polozhenie_ped.pdf", None),
        ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом", "да/нет", "Да", "Да", 1, B + "prikaz_32_polozhenie_obuch.pdf", None),
        ("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН", "да/нет", "Нет", "Да", 1, B + "prikaz_monitoring_2024.pdf", None),
        ("internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга", "да/нет", "Нет", "Да", 1, B + "spravka_2024.pdf", None),
        H("Организация наставничества"),
        ("curators_total", "Куратор ЦМН", "чел.", 1, 1, 1, None, 1),
        ("mentors_total", "Наставники (приказ)", "чел.", 7, 9, 9, B + "prikaz_nastavnicheskie_pary_2024.pdf", 10),
        ("mentees_total", "Наставляемые (приказ)", "чел.", 15, 22, 22, B + "prikaz_nastavnicheskie_pary_2024.pdf", 24),
        ("agreements_edu_orgs", "Соглашение с базовой школой о привлечении наставников", "шт.", 0, 1, 1, B + "soglashenie_sosnovskaya_sosh.pdf", 1),
        ("external_edu_mentors", "Наставники из других школ", "чел.", 0, 1, 1, None, 1),
        H("Персонализированные программы"),
        ("pp_total", "Персонализированных программ всего", "шт.", 9, 12, 12, B + "ppn_2024.pdf", 13),
        ("pp_pupil_pupil", "в том числе «ученик – ученик»", "шт.", 3, 4, 4, None, None),
        ("pp_teacher_teacher", "в том числе «учитель – учитель»", "шт.", 2, 2, 2, None, None),
        ("pp_head_teacher", "в том числе «руководитель – педагог»", "шт.", 1, 1, 1, None, None),
        ("pp_teacher_pupil", "в том числе «учитель – ученик»", "шт.", 3, 5, 5, None, None),
        H("Обучающиеся"),
        ("students_10_19", "Обучающихся 10–19 лет", "чел.", 61, 64, 64, None, None),
        ("mentees_10_19", "Обучающихся 10–19 лет – наставляемых", "чел.", 14, 19, 19, B + "prikaz_nastavnicheskie_pary_2024.pdf", 21),
        ("share_mentees_10_19", "Доля наставляемых 10–19 лет", "%", "22,95 %", "29,69 %", 29.69, None, None),
        ("mentees_risk", "наставляемые из «группы риска»", "чел.", 2, 3, 3, None, None),
        ("mentees_disabled", "наставляемые с ОВЗ / инвалидностью", "чел.", 2, 2, 2, None, None),
        ("mentees_low_motivation", "наставляемые с низкой мотивацией и слабой успеваемостью", "чел.", 5, 6, 6, None, None),
        ("students_15_19", "Обучающихся 15–19 лет", "чел.", 9, 11, 11, None, None),
        ("mentors_15_19", "Обучающиеся 15–19 лет – наставники", "чел.", 3, 4, 4, B + "prikaz_nastavnicheskie_pary_2024.pdf", 5),
        ("share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников", "%", "33,33 %", "36,36 %", 36.36, None, None),
        H("Удовлетворённость"),
        ("satisfaction_mentees", "Удовлетворённость наставляемых", "%", "93 %", "96 %", 96, B + "anketa_itogi_2024.pdf", None),
        ("satisfaction_mentors", "Удовлетворённость наставников", "%", "100 %", "100 %", 100, B + "anketa_itogi_2024.pdf", None),
        H("Педагоги"),
        ("young_specialists", "Молодые специалисты", "чел.", 1, 1, 1, None, None),
        ("young_specialists_mentees", "Молодые специалисты с наставником", "чел.", 1, 1, 1, B + "prikaz_nastavnicheskie_pary_2024.pdf", None),
        ("teachers_other", "Остальные педагоги (без молодых специалистов)", "чел.", 12, 12, 12, None, None),
        ("teachers_other_mentees", "Остальные педагоги – наставляемые", "чел.", 1, 2, 2, None, None),
        ("share_teachers_mentees", "Доля педагогов-наставляемых", "%", "15,38 %", "23,08 %", 23.08, None, None),
        ("teachers_mentors", "Педагоги-наставники", "чел.", 3, 4, 4, B + "prikaz_nastavnicheskie_pary_2024.pdf", 5),
        ("share_teachers_mentors", "Доля педагогов-наставников", "%", "23,08 %", "30,77 %", 30.77, None, None),
        ("kpk_trained", "Обучены на КПК по наставничеству за год", "чел.", 0, 1, 1, B + "udostoverenie_kpk.pdf", 2),
        ("kpk_courses", "Название курсов", "", "—",
         "«Наставничество в образовательной организации: от теории к практике» (24 ч.)",
         "«Наставничество в образовательной организации: от теории к практике» (24 ч.)", None, None),
        ("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", "шт.", 1, 1, 1, B + "polozhenie_pooshchrenie.pdf", None),
        ("pay_acts", "Локальные акты об оплате наставничества", "шт.", 0, 0, 0, None, 1),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = f.sheet
    stamp = ("Управление образования Администрации\nмуниципального образования\n«Новоключевский район»\n"
             "Муниципальное казённое общеобразовательное учреждение\n«Малоключевская основная общеобразовательная школа»\n"
             f"({org})\n427315, Удмуртская Республика, Новоключевский район,\nд. Малые Ключи, ул. Школьная, д. 3\n"
             "тел. 8 (34150) 4-12-05\nисх. № 87 от 21.10.2024")
    ws.merge_cells("A1:C10")
    put(ws, "A1", stamp, font=Font(name=TNR, size=9), align=Alignment(horizontal="center", vertical="top", wrap_text=True),
        border=None)
    f.org("A1")
    ws.merge_cells("E2:G5")
    put(ws, "E2", "Начальнику Управления образования\nАдминистрации Новоключевского района\nТ.В. Гордеевой",
        font=Font(name=TNR, size=11), align=Alignment(horizontal="left", vertical="top", wrap_text=True), border=None)
    ws.merge_cells("A12:G12")
    put(ws, "A12", "Сведения о реализации целевой модели наставничества за 2024 год",
        font=Font(name=TNR, size=12, bold=True), align=CENTER, border=None)
    hdr = ("№ п/п", "Показатель", "Ед. изм.", "2023 г. (справочно)", "2024 г.", "2025 г. (план)", "Ссылка на документ (2024)")
    for col, h in zip("ABCDEFG", hdr):
        put(ws, f"{col}14", h, font=Font(name=TNR, size=10, bold=True), align=CENTER)
    f.decoy("2023 г. (справочно)")  # a column of another year
    f.decoy("2025 г. (план)")       # a column of plans
    row = 15
    n = 0
    for t in T:
        if isinstance(t, dict):
            ws.merge_cells(f"A{row}:G{row}")
            put(ws, f"A{row}", t["title"], font=Font(name=TNR, size=11, bold=True, italic=True))
            f.heading(t["title"])
            row += 1
            continue
        crit, title, unit, v23, v24, exp, link, plan = t
        n += 1
        put(ws, f"A{row}", f"{n}.", align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"B{row}", title)
        put(ws, f"C{row}", unit, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"D{row}", v23, align=Alignment(horizontal="center", vertical="top", wrap_text=True),
            font=Font(name=TNR, size=10, color="7F7F7F"))
        put(ws, f"E{row}", v24, align=Alignment(horizontal="center", vertical="top", wrap_text=True),
            font=Font(name=TNR, size=11, bold=True))
        put(ws, f"F{row}", plan, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"G{row}", link, font=Font(name=TNR, size=8))
        f.value(f"E{row}", crit, exp)
        if link:
            f.link(f"G{row}", crit, link)
        row += 1
    row += 1
    put(ws, f"B{row}", "Директор школы ____________ Л.П. Чиркова", border=None, align=None, font=Font(name=TNR, size=12))
    put(ws, f"B{row + 1}", "М.П.", border=None, align=None)
    put(ws, f"B{row + 3}", "Исп.: Чиркова Л.П., 8 (34150) 4-12-05", border=None, align=None, font=Font(name=TNR, size=9))
    for col, w in zip("ABCDEFG", (6, 50, 8, 12, 22, 10, 40)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "14:14"
    print_setup(ws, landscape=True, area=f"A1:G{row + 3}")
    f.done(wb)


def main():
    form1()
    form2()
    form3()
    form4()
    form5()
    form6()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    for e in EXPECTED:
        print(f'{e["file"]}: {len(e["values"])} values, {len(e["links"])} links, '
              f'{len(e["not_criteria"])} decoys, {len(e["headings"])} headings')
    print(f"files {len(EXPECTED)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
