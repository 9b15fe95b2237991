#!/usr/bin/env python3
"""heldout71: one organisation's 2024 ЦМН form spread over several sheets of its workbook.

Invented municipality: Светлоборский муниципальный округ (Удмуртская Республика).
Writes typed/*.xlsx, expected.json, cells.json.  Deterministic (fixed data, no randomness).
"""
import datetime
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

CELLS = []
EXPECTED = []
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

YES = {"да", "имеется", "есть"}
NO = {"нет", "отсутствует"}


def auto_expected(raw, fmt):
    if isinstance(raw, str):
        s = raw.strip().lower()
        if s in YES:
            return 1
        if s in NO:
            return 0
        t = s.replace("%", "").replace(" ", "").replace(",", ".")
        try:
            return float(t) if "." in t else int(t)
        except ValueError:
            return raw
    if fmt and "%" in fmt:
        return round(raw * 100, 2)
    return raw


class Book:
    def __init__(self, fname, organisation):
        self.fname = "typed/" + fname
        self.org = organisation
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.wb.properties.creator = "Светлоборский ИМЦ"
        self.wb.properties.created = datetime.datetime(2024, 12, 20, 9, 0, 0)
        self.wb.properties.modified = datetime.datetime(2024, 12, 20, 9, 0, 0)
        self.values, self.links = {}, {}
        self.not_criteria, self.headings = [], []

    # ---- low level -------------------------------------------------------
    def sheet(self, name, widths):
        ws = self.wb.create_sheet(name)
        for i, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = w
        return ws

    @staticmethod
    def put(ws, addr, v, fmt=None, bold=False, border=True):
        c = ws[addr]
        c.value = v
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if fmt:
            c.number_format = fmt
        if bold:
            c.font = Font(bold=True)
        if border:
            c.border = BORDER
        return c

    def title(self, ws, addr, text, heading=True):
        self.put(ws, addr, text, bold=True, border=False)
        if heading:
            self.headings.append(text)

    def header(self, ws, row, cols, names):
        for col, n in zip(cols, names):
            self.put(ws, f"{col}{row}", n, bold=True)

    def org_cell(self, ws, addr, text):
        self.put(ws, addr, text, border=False)
        assert text == self.org
        CELLS.append(dict(file=self.fname, sheet=ws.title, cell=addr, kind="organisation", expected=self.org))

    # ---- recorded values ---------------------------------------------------
    def value(self, ws, addr, raw, crit, exp=None, fmt=None, title_ref=None):
        self.put(ws, addr, raw, fmt=fmt)
        if exp is None:
            exp = auto_expected(raw, fmt)
        assert crit not in self.values, (self.fname, crit)
        self.values[crit] = exp
        CELLS.append(dict(file=self.fname, sheet=ws.title, cell=addr, kind="value", criterion=crit,
                          expected=exp, title=title_ref))

    def list_value(self, ws, addrs, items, crit, title_ref=None):
        for a, it in zip(addrs, items):
            self.put(ws, a, it)
        assert crit not in self.values
        self.values[crit] = list(items)
        CELLS.append(dict(file=self.fname, sheet=ws.title, cells=list(addrs), kind="value", criterion=crit,
                          expected=list(items), title=title_ref))

    def link(self, ws, addr, crit, url, text=None, hyper=False, put=True):
        if put:
            c = self.put(ws, addr, text if text is not None else url)
            if hyper:
                c.hyperlink = url
                c.font = Font(color="0563C1", underline="single")
        assert crit not in self.links
        self.links[crit] = url
        CELLS.append(dict(file=self.fname, sheet=ws.title, cell=addr, kind="link", criterion=crit,
                          expected=url, hyperlink=bool(hyper)))

    # ---- a generic table ----------------------------------------------------
    def rows(self, ws, r, cols, rows):
        """cols: dict with letters for 'n' (number), 't' (title), 'v' (value), 'l' (link), 'u' (unit), 'p' (plan)...
        each row: dict(k='v'|'d'|'h'|'x', n, t, v, c (criterion), e (expected), fmt, l (url), lt (link text),
        hyper, extra={col: value})"""
        for row in rows:
            k = row.get("k", "v")
            if k == "blank":
                r += 1
                continue
            if "n" in cols and row.get("n") is not None:
                self.put(ws, f"{cols['n']}{r}", row["n"])
            tref = f"{ws.title}!{cols['t']}{r}"
            if k == "h":
                self.put(ws, f"{cols['t']}{r}", row["t"], bold=True)
                self.headings.append(row["t"])
                r += 1
                continue
            self.put(ws, f"{cols['t']}{r}", row["t"])
            for col, v in row.get("extra", {}).items():
                self.put(ws, f"{col}{r}", v, fmt=row.get("xfmt") if isinstance(v, (int, float)) else None)
            if k == "d":
                self.put(ws, f"{cols['v']}{r}", row["v"], fmt=row.get("fmt"))
                self.not_criteria.append(row["t"])
                if row.get("l") and "l" in cols:
                    self.put(ws, f"{cols['l']}{r}", row["l"])
            elif k == "x":
                if "v" in row:
                    self.put(ws, f"{cols['v']}{r}", row["v"], fmt=row.get("fmt"))
            else:
                self.value(ws, f"{cols['v']}{r}", row["v"], row["c"], row.get("e"), row.get("fmt"), tref)
                if "l" in cols:
                    if row.get("l"):
                        self.link(ws, f"{cols['l']}{r}", row["c"], row["l"], row.get("lt"), row.get("hyper", False))
                    else:
                        self.put(ws, f"{cols['l']}{r}", row.get("lt", ""))
            r += 1
        return r

    def save(self):
        self.wb.save(os.path.join(HERE, self.fname))
        EXPECTED.append({"file": self.fname, "year": 2024, "organisation": self.org,
                         "values": self.values, "links": self.links,
                         "not_criteria": self.not_criteria, "headings": self.headings})


def V(n, t, v, c, l=None, **kw):
    d = dict(k="v", n=n, t=t, v=v, c=c, l=l)
    d.update(kw)
    return d


def D(n, t, v, **kw):
    d = dict(k="d", n=n, t=t, v=v)
    d.update(kw)
    return d


def H(t, n=None):
    return dict(k="h", t=t, n=n)


def title_block(b, ws, pairs, r0, bold_labels=False):
    """label | value pairs on a title sheet; ('ORG', label, name) marks the organisation cell."""
    r = r0
    for p in pairs:
        if p is None:
            r += 1
            continue
        if p[0] == "ORG":
            b.put(ws, f"A{r}", p[1], bold=bold_labels, border=False)
            b.org_cell(ws, f"B{r}", p[2])
        else:
            b.put(ws, f"A{r}", p[0], bold=bold_labels, border=False)
            v = p[1]
            fmt = "DD.MM.YYYY" if isinstance(v, datetime.date) else None
            b.put(ws, f"B{r}", v, fmt=fmt, border=False)
        r += 1
    return r


# =====================================================================================
# 1. СОШ №1 — «Титул», «Раздел 1» … «Раздел 6»; the organisation's name only on «Титул»
# =====================================================================================
def book1():
    org = "Муниципальное бюджетное общеобразовательное учреждение «Светлоборская средняя общеобразовательная школа №1»"
    b = Book("svetlobor_sosh1_cmn_2024.xlsx", org)
    U = "https://svetlobor-shkola1-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"

    ws = b.sheet("Титул", [34, 90])
    b.put(ws, "A1", "Мониторинг реализации целевой модели наставничества (ЦМН)", bold=True, border=False)
    b.put(ws, "A2", "Форма образовательной организации", border=False)
    title_block(b, ws, [
        ("ORG", "Полное наименование ОО", org),
        ("Муниципальное образование", "Светлоборский муниципальный округ Удмуртской Республики"),
        ("Отчётный период", "2024 год"),
        ("Ответственный за заполнение", "Зайцева Ольга Николаевна, заместитель директора по УВР, куратор ЦМН"),
        ("Контактный телефон", "8 (34159) 2-14-37"),
        ("Дата заполнения", datetime.date(2024, 12, 16)),
        None,
        ("Кто заполнял разделы",
         "разд. 1, 5, 6 — Зайцева О.Н.; разд. 2 — Пермякова Т.А. (педагог-психолог); "
         "разд. 3, 4 — Санникова Е.В. (руководитель МО учителей)"),
    ], 4)

    # Раздел 1: Показатель | Значение | Ссылка
    ws = b.sheet("Раздел 1", [62, 12, 70])
    b.title(ws, "A1", "Раздел 1. Нормативная база")
    b.header(ws, 3, "ABC", ["Показатель", "Значение", "Ссылка"])
    b.rows(ws, 4, dict(t="A", v="B", l="C"), [
        V(None, "Положение о системе наставничества педагогических работников (утверждено приказом)", "да",
          "orgs_regulation_teachers", U + "polozhenie_nastavnichestvo_pedagogi.pdf"),
        V(None, "Положение о наставничестве обучающихся", "да", "orgs_regulation_students",
          U + "polozhenie_nastavnichestvo_obuch.pdf"),
        V(None, "Приказ о внутреннем мониторинге реализации ЦМН", "да", "orgs_monitoring_order",
          U + "prikaz_monitoring_cmn_2024.pdf"),
        V(None, "Справка по итогам внутреннего мониторинга", "нет", "internal_monitoring_notes", None,
          lt="справка готовится"),
        D(None, "Дорожная карта по внедрению ЦМН на 2024/25 уч. год", "да", l=U + "doroghnaya_karta_2024_2025.pdf"),
        V(None, "Локальные акты об оплате за наставничество, кол-во", 1, "pay_acts",
          U + "polozhenie_ob_oplate_truda.pdf"),
        V(None, "Локальные акты о нематериальном поощрении наставников, кол-во", 2, "nonmaterial_acts", None,
          lt="—"),
    ])

    # Раздел 2: № | Наименование | Кол-во, чел. | Документ
    ws = b.sheet("Раздел 2", [6, 66, 13, 70])
    b.title(ws, "A1", "Раздел 2. Наставники и наставляемые (по приказам)")
    b.header(ws, 3, "ABCD", ["№", "Наименование", "Кол-во, чел.", "Документ"])
    pm = U + "prikaz_baza_nastavnikov_2024.pdf"
    pn = U + "prikaz_baza_nastavlyaemyh_2024.pdf"
    b.rows(ws, 4, dict(n="A", t="B", v="C", l="D"), [
        H("Наставники"),
        V("2.1", "Кураторы внедрения ЦМН в школе", 2, "curators_total", U + "prikaz_kuratory_cmn.pdf"),
        V("2.2", "Наставников всего (база наставников по приказу)", 48, "mentors_total", pm),
        V("2.3", "из них педагоги школы", 29, "teachers_mentors", pm),
        V("2.4", "в т.ч. молодые специалисты", 1, "young_specialists_mentors"),
        V("2.5", "из них обучающиеся 15–19 лет", 13, "mentors_15_19", pm),
        V("2.6", "из них работники других образовательных организаций", 3, "external_edu_mentors"),
        V("2.7", "из них сотрудники предприятий", 2, "enterprise_mentors", pm),
        V("2.8", "из них представители иных организаций (НКО, учреждения культуры)", 1, "other_org_mentors"),
        D("2.9", "Наставнических пар / групп сформировано", 57),
        H("Наставляемые"),
        V("2.10", "Наставляемых всего (база наставляемых по приказу)", 176, "mentees_total", pn),
        V("2.11", "Обучающихся в возрасте 10–19 лет (всего по школе)", 640, "students_10_19"),
        V("2.12", "из них наставляемые", 141, "mentees_10_19", pn),
        V("2.13", "в т.ч. из «группы риска»", 11, "mentees_risk", pn),
        V("2.14", "в т.ч. одарённые дети (включены в реестры)", 8, "mentees_gifted", pn),
        V("2.15", "в т.ч. дети с ОВЗ, дети-инвалиды", 6, "mentees_disabled", pn),
        V("2.16", "в т.ч. с низкой учебной мотивацией, неуспевающие", 19, "mentees_low_motivation"),
        V("2.17", "в т.ч. испытывающие трудности с выбором профессии и образовательного маршрута", 24,
          "mentees_career", pn),
        V("2.18", "в т.ч. по иным основаниям", 5, "mentees_other_params"),
        D("2.19", "Наставляемые из числа обучающихся 1–4 классов (младше 10 лет)", 19),
        V("2.20", "Обучающихся в возрасте 15–19 лет (всего по школе)", 132, "students_15_19"),
    ])

    # Раздел 3: two-column list
    ws = b.sheet("Раздел 3", [52, 14])
    b.title(ws, "A1", "Раздел 3. Персонализированные программы наставничества (ПП)")
    b.put(ws, "A2", "Количество утверждённых ПП по формам наставничества", border=False)
    b.headings.append("Количество утверждённых ПП по формам наставничества")
    b.header(ws, 4, "AB", ["Форма наставничества", "Кол-во ПП"])
    b.rows(ws, 5, dict(t="A", v="B"), [
        V(None, "Ученик – ученик", 12, "pp_pupil_pupil"),
        V(None, "Учитель – учитель (педагог – педагог)", 14, "pp_teacher_teacher"),
        V(None, "Студент – студент", 0, "pp_student_student"),
        V(None, "Руководитель – педагог", 1, "pp_head_teacher"),
        V(None, "Студент – ученик", 0, "pp_student_pupil"),
        V(None, "Учитель – ученик", 9, "pp_teacher_pupil"),
        V(None, "Иная форма (работодатель – ученик)", 2, "pp_other"),
        V(None, "ИТОГО программ", 38, "pp_total"),
        dict(k="blank"),
        V(None, "Педагогов, участвующих в ПП (чел.)", 33, "teachers_in_pp"),
    ])

    # Раздел 4: Показатель | Значение | Ссылка
    ws = b.sheet("Раздел 4", [62, 16, 70])
    b.title(ws, "A1", "Раздел 4. Педагогические кадры и профессиональное развитие")
    b.header(ws, 3, "ABC", ["Показатель", "Значение", "Ссылка"])
    b.rows(ws, 4, dict(t="A", v="B", l="C"), [
        V(None, "Молодые специалисты (до 35 лет, стаж до 3 лет) — всего", 9, "young_specialists"),
        V(None, "Молодые специалисты — наставляемые", 7, "young_specialists_mentees",
          U + "prikaz_nastavnichestvo_molodye_pedagogi.pdf"),
        V(None, "Педагоги без учёта молодых специалистов — всего", 54, "teachers_other"),
        V(None, "Педагоги (не молодые специалисты) — наставляемые", 9, "teachers_other_mentees",
          U + "prikaz_pary_pedagog_pedagog.pdf"),
        D(None, "Педагогов-совместителей", 3),
        V(None, "Прошли КПК по наставничеству в 2024 г., чел.", 4, "kpk_trained", U + "udostovereniya_kpk_2024.pdf"),
        V(None, "Курсы (наименование)",
          "«Наставничество в образовательной организации: технологии и практики» (ИРО УР, 36 ч.)", "kpk_courses"),
        V(None, "ШМО наставников, кол-во", 1, "school_methodical_associations", U + "prikaz_shmo_nastavnikov.pdf"),
    ])

    # Раздел 5: Показатель | Кол-во | Договор (ссылка)
    ws = b.sheet("Раздел 5", [58, 70, 60])
    b.title(ws, "A1", "Раздел 5. Социальное партнёрство")
    b.header(ws, 3, "ABC", ["Показатель", "Кол-во", "Договор (ссылка)"])
    b.rows(ws, 4, dict(t="A", v="B", l="C"), [
        V(None, "Соглашения с образовательными организациями (предоставили наставников)", 2, "agreements_edu_orgs",
          U + "dogovor_tehnikum_dyussh_2024.pdf"),
        V(None, "Соглашения с предприятиями", 1, "agreements_enterprises", U + "dogovor_hlebokombinat_2024.pdf"),
        V(None, "Соглашения с иными организациями", 1, "agreements_other_orgs"),
        V(None, "Партнёры по наставничеству (перечень)",
          "ГБПОУ УР «Светлоборский индустриальный техникум»; МБОУ ДО «Светлоборская ДЮСШ»; "
          "ООО «Светлоборский хлебокомбинат»; местное отделение «Движения первых»", "partner_list"),
        V(None, "Предмет соглашений",
          "привлечение специалистов партнёров в качестве наставников обучающихся 8–11 классов "
          "(профориентация, проектная деятельность)", "agreement_subjects"),
    ])

    # Раздел 6: Показатель | %
    ws = b.sheet("Раздел 6", [66, 10])
    b.title(ws, "A1", "Раздел 6. Расчётные показатели и удовлетворённость")
    b.header(ws, 3, "AB", ["Показатель", "%"])
    b.rows(ws, 4, dict(t="A", v="B"), [
        V(None, "Доля обучающихся 10–19 лет в роли наставляемых", 22.03, "share_mentees_10_19"),
        V(None, "Доля обучающихся 15–19 лет в роли наставников", 9.85, "share_mentors_15_19"),
        V(None, "Доля молодых специалистов, охваченных наставничеством (как наставляемые)", 77.78,
          "share_young_specialists_mentees"),
        V(None, "Доля педагогов-наставляемых (от всех педагогов)", 25.4, "share_teachers_mentees"),
        V(None, "Доля педагогов-наставников (от всех педагогов)", 46.03, "share_teachers_mentors"),
        V(None, "Доля молодых специалистов — наставников", 11.11, "share_young_specialists_mentors"),
        V(None, "Удовлетворённость наставляемых завершёнными программами", 91.4, "satisfaction_mentees"),
        V(None, "Удовлетворённость наставников завершёнными программами", 88, "satisfaction_mentors"),
    ])
    b.save()


# =====================================================================================
# 2. Гимназия №3 — «Титул», «Инструкция по заполнению» (example numbers), «Нормативка», «Участники»,
#    «ПП», «Партнёры», «Удовлетворённость»
# =====================================================================================
def book2():
    org = "МБОУ «Гимназия №3»"
    b = Book("gimnaziya3_svetlobor_cmn2024.xlsx", org)
    U = "https://gimnaziya3-svetlobor.gosuslugi.ru/ofitsialno/nastavnichestvo/"

    ws = b.sheet("Титул", [30, 100])
    b.put(ws, "A1", "ЦМН — мониторинг 2024", bold=True, border=False)
    title_block(b, ws, [
        ("ORG", "Образовательная организация:", org),
        ("Муниципалитет:", "Светлоборский муниципальный округ"),
        ("Период:", "01.01.2024 – 31.12.2024"),
        ("Ответственный:", "Корепанова Наталья Сергеевна, зам. директора по НМР"),
        None,
        ("Листы заполняли:",
         "«Нормативка», «Партнёры» — Корепанова Н.С.; «Участники» — Бабинцева Л.А.; «ПП» — Шкляева М.В.; "
         "«Удовлетворённость» — Ившина Е.П. (педагог-психолог)"),
    ], 3)

    ws = b.sheet("Инструкция по заполнению", [60, 12, 62])
    b.put(ws, "A1", "Инструкция по заполнению", bold=True, border=False)
    for i, line in enumerate([
        "1. Заполняются листы «Нормативка», «Участники», «ПП», «Партнёры», «Удовлетворённость».",
        "2. Численные показатели указываются по состоянию на 31.12.2024 по приказам ОО.",
        "3. Наличие документа: «да» / «нет». В графе «Ссылка» — прямая ссылка на документ на сайте ОО.",
        "4. Уровень удовлетворённости — в процентах по итогам анкетирования участников завершённых программ.",
    ]):
        b.put(ws, f"A{3 + i}", line, border=False)
    b.put(ws, "A8", "Пример заполнения (цифры условные, не переносить!):", bold=True, border=False)
    b.header(ws, 9, "ABC", ["Показатель", "Значение", "Ссылка"])
    ex = "https://primer-shkola.gosuslugi.ru/dokumenty/"
    b.rows(ws, 10, dict(t="A", v="B", l="C"), [
        D(None, "Пример: количество наставников в базе ОО (по приказу)", 25, l=ex + "prikaz_nastavniki.pdf"),
        D(None, "Пример: количество наставляемых в базе ОО (по приказу)", 80, l=ex + "prikaz_nastavlyaemye.pdf"),
        D(None, "Пример: программы «ученик – ученик»", 4),
        D(None, "Пример: удовлетворённость наставляемых, %", 85),
        D(None, "Пример: положение о наставничестве педагогов", "да", l=ex + "polozhenie.pdf"),
    ])

    # Нормативка: Документ | Наличие / кол-во | Реквизиты | Ссылка  (three links as hyperlinks behind text)
    ws = b.sheet("Нормативка", [56, 16, 34, 62])
    b.title(ws, "A1", "МБОУ «Гимназия №3». Нормативное обеспечение наставничества")
    b.header(ws, 3, "ABCD", ["Документ", "Наличие / кол-во", "Реквизиты", "Ссылка"])
    b.rows(ws, 4, dict(t="A", v="B", l="D"), [
        V(None, "Положение о системе наставничества педработников", "да", "orgs_regulation_teachers",
          U + "dokumenty_841.html", lt="Положение (сайт гимназии)", hyper=True,
          extra={"C": "приказ № 112-од от 30.08.2024"}),
        V(None, "Положение о наставничестве обучающихся", "да", "orgs_regulation_students",
          U + "dokumenty_842.html", lt="Положение (сайт гимназии)", hyper=True,
          extra={"C": "приказ № 112-од от 30.08.2024"}),
        V(None, "Приказ о проведении внутреннего мониторинга ЦМН", "да", "orgs_monitoring_order",
          U + "dokumenty_857.html", lt="Приказ № 167-од", hyper=True,
          extra={"C": "приказ № 167-од от 01.11.2024"}),
        V(None, "Справка по итогам внутреннего мониторинга", 1, "internal_monitoring_notes",
          U + "dokumenty_870.html", extra={"C": "от 20.12.2024"}),
        V(None, "Локальный акт об оплате наставничества (доплата наставникам)", 1, "pay_acts",
          "https://disk.yandex.ru/i/G3pOplataNastav24", extra={"C": "Положение об оплате труда, п. 5.4"}),
        V(None, "Локальный акт о нематериальном поощрении наставников", 1, "nonmaterial_acts", None,
          lt="будет размещено", extra={"C": "Положение о Доске почёта «Наставник года»"}),
        D(None, "Дорожная карта ЦМН", "да", extra={"C": "утв. 30.08.2024"}),
    ])

    # Участники: Показатель | Значение | Ссылка + a cross table of teachers
    ws = b.sheet("Участники", [56, 12, 14, 14, 60])
    b.title(ws, "A1", "МБОУ «Гимназия №3». Участники программ наставничества")
    b.header(ws, 3, "ABE", ["Показатель", "Значение", "Ссылка"])
    pm = U + "dokumenty_850.html"
    pn = U + "dokumenty_851.html"
    r = b.rows(ws, 4, dict(t="A", v="B", l="E"), [
        V(None, "Куратор ЦМН (чел.)", 1, "curators_total", "https://disk.yandex.ru/i/G3pPrikazKurator24"),
        V(None, "Наставников по приказу — всего", 61, "mentors_total", pm),
        V(None, "в т.ч. из числа обучающихся 15–19 лет", 24, "mentors_15_19", pm),
        V(None, "в т.ч. из других образовательных организаций", 2, "external_edu_mentors"),
        V(None, "в т.ч. от предприятий", 3, "enterprise_mentors", pm),
        V(None, "в т.ч. от иных организаций", 1, "other_org_mentors"),
        V(None, "Педагогов-наставников (всего)", 31, "teachers_mentors", pm),
        V(None, "Наставляемых по приказу — всего", 240, "mentees_total", pn),
        V(None, "Обучающиеся 10–19 лет — всего в гимназии", 812, "students_10_19"),
        V(None, "Обучающиеся 10–19 лет — наставляемые", 203, "mentees_10_19", pn),
        V(None, "   из них «группа риска»", 9, "mentees_risk"),
        V(None, "   из них одарённые (в реестре)", 31, "mentees_gifted"),
        V(None, "   из них ОВЗ / инвалиды", 4, "mentees_disabled"),
        V(None, "   из них низкая мотивация, неуспеваемость", 22, "mentees_low_motivation"),
        V(None, "   из них профориентационный запрос (выбор профессии, траектории)", 40, "mentees_career"),
        V(None, "   из них по иным причинам", 0, "mentees_other_params"),
        V(None, "Доля наставляемых среди обучающихся 10–19 лет, %", 25, "share_mentees_10_19"),
        V(None, "Обучающиеся 15–19 лет — всего в гимназии", 298, "students_15_19"),
    ])
    r += 1
    b.put(ws, f"A{r}", "Педагоги", bold=True, border=False)
    b.headings.append("Педагоги")
    r += 1
    b.header(ws, r, "ABCD", ["Категория", "Всего", "Наставляемые", "Наставники"])
    r += 1
    t = "Молодые специалисты (до 35 лет, стаж до 3 лет)"
    b.put(ws, f"A{r}", t)
    b.value(ws, f"B{r}", 14, "young_specialists", title_ref=f"Участники!A{r}")
    b.value(ws, f"C{r}", 11, "young_specialists_mentees", title_ref=f"Участники!A{r}")
    b.value(ws, f"D{r}", 2, "young_specialists_mentors", title_ref=f"Участники!A{r}")
    r += 1
    b.put(ws, f"A{r}", "Остальные педагоги")
    b.value(ws, f"B{r}", 61, "teachers_other", title_ref=f"Участники!A{r}")
    b.value(ws, f"C{r}", 6, "teachers_other_mentees", title_ref=f"Участники!A{r}")
    b.put(ws, f"D{r}", "—")

    # ПП: № | Форма наставничества | Кол-во программ | Приказ об утверждении
    ws = b.sheet("ПП", [5, 46, 16, 60])
    b.title(ws, "A1", "МБОУ «Гимназия №3». Персонализированные программы (ПП)")
    b.header(ws, 3, "ABCD", ["№", "Форма наставничества", "Кол-во программ", "Приказ об утверждении"])
    pp = U + "dokumenty_860.html"
    b.rows(ws, 4, dict(n="A", t="B", v="C", l="D"), [
        V(1, "ученик – ученик", 15, "pp_pupil_pupil", pp),
        V(2, "учитель – учитель", 11, "pp_teacher_teacher", pp),
        V(3, "студент – студент", 0, "pp_student_student", None, lt="—"),
        V(4, "руководитель – педагог", 2, "pp_head_teacher", pp),
        V(5, "студент – ученик", 3, "pp_student_pupil", pp),
        V(6, "учитель – ученик", 12, "pp_teacher_pupil", pp),
        V(7, "иная", 0, "pp_other", None, lt="—"),
        V(None, "Итого", 43, "pp_total", pp),
        dict(k="blank"),
        H("Методическая работа"),
        V(None, "Педагогов, задействованных в ПП", 28, "teachers_in_pp"),
        V(None, "Обучено на КПК по наставничеству в 2024 г.", 6, "kpk_trained",
          "https://disk.yandex.ru/d/G3pKPK2024"),
        V(None, "ШМО (сообщество) наставников", 1, "school_methodical_associations", U + "dokumenty_862.html"),
    ])

    # Партнёры: two-column list + agreements
    ws = b.sheet("Партнёры", [5, 60, 10, 50])
    b.title(ws, "A1", "МБОУ «Гимназия №3». Партнёры")
    b.header(ws, 3, "AB", ["№", "Организация-партнёр"])
    partners = ["ГБПОУ УР «Светлоборский педагогический колледж»",
                "МБУ ДО «Светлоборский Дом детского творчества»",
                "АО «Светлоборский механический завод»",
                "ООО «Кедр-Агро»",
                "МБУК «Светлоборская центральная библиотека»"]
    for i in range(len(partners)):
        b.put(ws, f"A{4 + i}", i + 1)
    b.list_value(ws, [f"B{4 + i}" for i in range(len(partners))], partners, "partner_list",
                 title_ref="Партнёры!B3")
    b.header(ws, 10, "BCD", ["Соглашения о сотрудничестве", "Кол-во", "Ссылка"])
    b.rows(ws, 11, dict(t="B", v="C", l="D"), [
        V(None, "с образовательными организациями", 2, "agreements_edu_orgs", "https://disk.yandex.ru/d/G3pSoglOO"),
        V(None, "с предприятиями", 2, "agreements_enterprises", "https://disk.yandex.ru/d/G3pSoglPredpr"),
        V(None, "с иными организациями", 1, "agreements_other_orgs"),
    ])

    # Удовлетворённость: Группа | Опрошено, чел. | Удовлетворены, % | Ссылка
    ws = b.sheet("Удовлетворённость", [30, 16, 18, 50])
    b.title(ws, "A1", "МБОУ «Гимназия №3». Анкетирование участников завершённых программ")
    b.header(ws, 3, "ABCD", ["Группа респондентов", "Опрошено, чел.", "Удовлетворены, %", "Ссылка на результаты"])
    b.not_criteria.append("Опрошено, чел.")
    an = "https://disk.yandex.ru/d/G3pAnketa2024"
    b.rows(ws, 4, dict(t="A", v="C", l="D"), [
        V(None, "Наставляемые", 0.93, "satisfaction_mentees", an, fmt="0%", extra={"B": 180}),
        V(None, "Наставники", 0.9706, "satisfaction_mentors", an, fmt="0.00%", extra={"B": 34}),
    ])
    b.save()


# =====================================================================================
# 3. СОШ №5 — «Титул», «Раздел 1» … «Раздел 4», hidden «2023» with last year's numbers
# =====================================================================================
def book3():
    org = ("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №5 "
           "с углублённым изучением отдельных предметов»")
    short = "МБОУ «СОШ №5 с УИОП»"
    b = Book("sosh5_uiop_svetlobor_2024.xlsx", org)
    U = "https://sosh5svetlobor.edu.ru/upload/cmn/2024/"
    C = "https://cloud.mail.ru/public/S5vR/"

    ws = b.sheet("Титул", [32, 100])
    b.put(ws, "A1", "Отчёт о реализации целевой модели наставничества за 2024 год", bold=True, border=False)
    title_block(b, ws, [
        ("ORG", "Наименование ОО", org),
        ("Муниципальное образование",
         "муниципальное образование «Светлоборский муниципальный округ Удмуртской Республики»"),
        ("Отчётный год", 2024),
        ("Ответственный за мониторинг", "Лекомцева Ирина Владимировна"),
        ("Должность", "заместитель директора по УВР"),
        ("E-mail", "sosh5-svetlobor@mail.ru"),
    ], 3)

    cols = dict(n="A", t="B", u="C", v="D", l="E")
    ws = b.sheet("Раздел 1", [7, 60, 9, 70, 64])
    b.title(ws, "A1", short + " — Раздел 1. Нормативное и организационное обеспечение")
    b.header(ws, 3, "ABCDE", ["№ п/п", "Показатель", "Ед. изм.", "Значение", "Подтверждающий документ"])
    b.rows(ws, 4, cols, [
        V("1.1", "Положение о системе наставничества педагогических работников", "да", "orgs_regulation_teachers",
          U + "polozhenie_pedagogi.pdf", extra={"C": "да/нет"}),
        V("1.2", "Положение о системе наставничества обучающихся", "да", "orgs_regulation_students",
          U + "polozhenie_obuchayushchiesya.pdf", extra={"C": "да/нет"}),
        V("1.3", "Приказ о мониторинге ЦМН в ОО", "да", "orgs_monitoring_order", U + "prikaz_monitoring.pdf",
          extra={"C": "да/нет"}),
        V("1.4", "Информационная справка по итогам внутреннего мониторинга", 1, "internal_monitoring_notes",
          U + "spravka_vnutr_monitoring_2024.pdf", extra={"C": "шт."}),
        V("1.5", "Кураторы ЦМН", 3, "curators_total", U + "prikaz_kuratory.pdf", extra={"C": "чел."}),
        V("1.6", "Положения (акты) об оплате работы наставников", 1, "pay_acts", U + "polozhenie_oplata.pdf",
          extra={"C": "шт."}),
        V("1.7", "Положения о нематериальном поощрении наставников", 1, "nonmaterial_acts", extra={"C": "шт."}),
        V("1.8", "Соглашения с другими образовательными организациями", 3, "agreements_edu_orgs",
          C + "SoglOO2024", extra={"C": "шт."}),
        V("1.9", "Соглашения с предприятиями", 2, "agreements_enterprises", C + "SoglPredpr2024",
          extra={"C": "шт."}),
        V("1.10", "Соглашения с иными организациями", 1, "agreements_other_orgs", extra={"C": "шт."}),
        D("1.11", "Соглашения с предприятиями и иными организациями, всего", 3, extra={"C": "шт."}),
        V("1.12", "Партнёры (наименования)",
          "ГБПОУ УР «Светлоборский педагогический колледж», МАОУ «Лицей №2», МБОУ «Гимназия №3», "
          "ПАО «Светлоборский молочный комбинат», АО «Светлоборская энергосбытовая компания», "
          "АНО «Центр волонтёров Светлоборья»", "partner_list", extra={"C": "—"}),
    ])

    ws = b.sheet("Раздел 2", [7, 60, 9, 12, 14, 64])
    b.title(ws, "A1", short + " — Раздел 2. Обучающиеся в программах наставничества")
    b.header(ws, 3, "ABCDEF", ["№ п/п", "Показатель", "Ед. изм.", "2024", "План на 2025 г.",
                               "Подтверждающий документ"])
    b.not_criteria.append("План на 2025 г.")
    pn = U + "prikaz_baza_nastavlyaemyh.pdf"
    pm = U + "prikaz_baza_nastavnikov.pdf"
    b.rows(ws, 4, dict(n="A", t="B", v="D", l="F"), [
        V("2.1", "Общее количество обучающихся в возрасте от 10 до 19 лет", 905, "students_10_19",
          extra={"C": "чел.", "E": 910}),
        V("2.2", "Обучающиеся 10–19 лет в роли наставляемых", 188, "mentees_10_19", pn,
          extra={"C": "чел.", "E": 200}),
        V("2.3", "в т.ч. группа риска (ВШУ, ПДН)", 14, "mentees_risk", pn, extra={"C": "чел.", "E": 15}),
        V("2.4", "в т.ч. одарённые (региональный реестр)", 27, "mentees_gifted", extra={"C": "чел.", "E": 30}),
        V("2.5", "в т.ч. с ОВЗ и инвалидностью", 9, "mentees_disabled", extra={"C": "чел.", "E": 9}),
        V("2.6", "в т.ч. низкая мотивация / академическая неуспешность", 25, "mentees_low_motivation",
          extra={"C": "чел.", "E": 20}),
        V("2.7", "в т.ч. трудности выбора профессии", 36, "mentees_career", extra={"C": "чел.", "E": 40}),
        V("2.8", "Доля обучающихся 10–19 лет — наставляемых", 0.2077, "share_mentees_10_19", fmt="0.00%",
          extra={"C": "%", "E": 0.22}, xfmt="0.00%"),
        V("2.9", "Обучающихся 15–19 лет всего", 341, "students_15_19", extra={"C": "чел.", "E": 345}),
        V("2.10", "Наставники-обучающиеся 15–19 лет (по приказу)", 29, "mentors_15_19", pm,
          extra={"C": "чел.", "E": 32}),
        V("2.11", "Доля наставников среди обучающихся 15–19 лет", 0.085, "share_mentors_15_19", fmt="0.00%",
          extra={"C": "%", "E": 0.09}, xfmt="0.00%"),
        V("2.12", "Наставляемых всего по приказу (обучающиеся и педагоги)", 231, "mentees_total", pn,
          extra={"C": "чел.", "E": 240}),
    ])

    ws = b.sheet("Раздел 3", [7, 60, 9, 12, 64])
    b.title(ws, "A1", short + " — Раздел 3. Наставники и педагоги")
    b.header(ws, 3, "ABCDE", ["№ п/п", "Показатель", "Ед. изм.", "Значение", "Подтверждающий документ"])
    pt = U + "prikaz_nastavnichestvo_pedagogov.pdf"
    b.rows(ws, 4, cols, [
        V("3.1", "Наставников всего (по приказу)", 74, "mentors_total", pm, extra={"C": "чел."}),
        V("3.2", "Педагоги — наставники", 38, "teachers_mentors", pm, extra={"C": "чел."}),
        V("3.3", "Молодые специалисты — наставники", 2, "young_specialists_mentors", pm, extra={"C": "чел."}),
        V("3.4", "Наставники из внешних образовательных организаций", 4, "external_edu_mentors",
          C + "SoglOO2024", extra={"C": "чел."}),
        V("3.5", "Наставники — сотрудники предприятий", 2, "enterprise_mentors", extra={"C": "чел."}),
        V("3.6", "Наставники из иных организаций", 1, "other_org_mentors", extra={"C": "чел."}),
        V("3.7", "Молодые специалисты (до 35 лет, первые 3 года работы), всего", 11, "young_specialists",
          extra={"C": "чел."}),
        V("3.8", "Молодые специалисты в роли наставляемых", 9, "young_specialists_mentees", pt,
          extra={"C": "чел."}),
        V("3.9", "Педагоги, кроме молодых специалистов, всего", 83, "teachers_other", extra={"C": "чел."}),
        V("3.10", "Педагоги (кроме МС) в роли наставляемых", 12, "teachers_other_mentees", pt,
          extra={"C": "чел."}),
        V("3.11", "Доля молодых специалистов — наставляемых", 0.8182, "share_young_specialists_mentees",
          fmt="0.00%", extra={"C": "%"}),
        V("3.12", "Доля педагогов — наставников", 0.4043, "share_teachers_mentors", fmt="0.00%",
          extra={"C": "%"}),
        V("3.13", "Обучены на КПК по наставничеству (2024)", 5, "kpk_trained", U + "kpk_2024.pdf",
          extra={"C": "чел."}),
        V("3.14", "Методические объединения наставников в ОО", 1, "school_methodical_associations",
          extra={"C": "ед."}),
    ])

    ws = b.sheet("Раздел 4", [7, 60, 9, 12, 64])
    b.title(ws, "A1", short + " — Раздел 4. Персонализированные программы и удовлетворённость")
    b.header(ws, 3, "ABCDE", ["№ п/п", "Показатель", "Ед. изм.", "Значение", "Подтверждающий документ"])
    pp = U + "prikaz_pp_2024.pdf"
    an = U + "anketirovanie_itogi_2024.pdf"
    b.rows(ws, 4, cols, [
        V("4.1", "ПП всего", 52, "pp_total", pp, extra={"C": "шт."}),
        V("4.2", "ученик – ученик", 18, "pp_pupil_pupil", pp, extra={"C": "шт."}),
        V("4.3", "учитель – учитель", 17, "pp_teacher_teacher", pp, extra={"C": "шт."}),
        V("4.4", "руководитель – педагог", 2, "pp_head_teacher", pp, extra={"C": "шт."}),
        V("4.5", "учитель – ученик", 13, "pp_teacher_pupil", pp, extra={"C": "шт."}),
        V("4.6", "иная форма (выпускник – ученик)", 2, "pp_other", pp, extra={"C": "шт."}),
        V("4.7", "Педагогов в ПП", 31, "teachers_in_pp", extra={"C": "чел."}),
        V("4.8", "Удовлетворённость наставляемых", 0.895, "satisfaction_mentees", an, fmt="0.0%",
          extra={"C": "%"}),
        V("4.9", "Удовлетворённость наставников", 0.92, "satisfaction_mentors", an, fmt="0.0%",
          extra={"C": "%"}),
    ])

    # hidden sheet: last year's numbers (titles identical to this year's rows) — not values
    ws = b.sheet("2023", [60, 12])
    ws.sheet_state = "hidden"
    b.put(ws, "A1", "Данные 2023 г. (для сравнения)", bold=True, border=False)
    b.header(ws, 3, "AB", ["Показатель", "2023"])
    last = [("Общее количество обучающихся в возрасте от 10 до 19 лет", 887, None),
            ("Обучающиеся 10–19 лет в роли наставляемых", 171, None),
            ("Доля обучающихся 10–19 лет — наставляемых", 0.1928, "0.00%"),
            ("Обучающихся 15–19 лет всего", 329, None),
            ("Наставники-обучающиеся 15–19 лет (по приказу)", 26, None),
            ("Наставников всего (по приказу)", 66, None),
            ("Педагоги — наставники", 35, None),
            ("Наставляемых всего по приказу (обучающиеся и педагоги)", 205, None),
            ("Молодые специалисты (до 35 лет, первые 3 года работы), всего", 10, None),
            ("Молодые специалисты в роли наставляемых", 8, None),
            ("ПП всего", 44, None),
            ("Удовлетворённость наставляемых", 0.87, "0.0%"),
            ("Удовлетворённость наставников", 0.9, "0.0%")]
    for i, (t, v, f) in enumerate(last):
        b.put(ws, f"A{4 + i}", t)
        b.put(ws, f"B{4 + i}", v, fmt=f)
    b.save()


# =====================================================================================
# 4. Кедровская ООШ — sheets «1», «2», «3», «4»
# =====================================================================================
def book4():
    org = "Муниципальное бюджетное общеобразовательное учреждение «Кедровская основная общеобразовательная школа»"
    b = Book("kedrovka_oosh_cmn_2024.xlsx", org)
    U = "https://kedrovka-oosh-r18.gosweb.gosuslugi.ru/netcat_files/32/"
    Y = "https://disk.yandex.ru/i/"

    ws = b.sheet("1", [52, 20, 62])
    b.put(ws, "A1", "Мониторинг ЦМН — 2024", bold=True, border=False)
    title_block(b, ws, [
        ("ORG", "ОО:", org),
        ("МО:", "Светлоборский муниципальный округ"),
        ("Период:", "2024 г."),
        ("Заполнил:", "Касаткина С.Г., зам. директора по УВР (куратор)"),
    ], 2)
    b.title(ws, "A7", "1. Документы")
    b.header(ws, 8, "ABC", ["Что", "Есть?", "Где посмотреть"])
    b.rows(ws, 9, dict(t="A", v="B", l="C"), [
        V(None, "Положение о наставничестве педагогов", "имеется", "orgs_regulation_teachers",
          U + "polozhenie_nastavnichestvo_ped.pdf"),
        V(None, "Положение о наставничестве обучающихся", "имеется", "orgs_regulation_students",
          U + "polozhenie_nastavnichestvo_uch.pdf"),
        V(None, "Приказ о внутреннем мониторинге", "имеется", "orgs_monitoring_order"),
        V(None, "Справка по итогам мониторинга за 2024 г.", "имеется", "internal_monitoring_notes",
          U + "spravka_monitoring_2024.pdf"),
        V(None, "Акты об оплате наставничества (шт.)", 0, "pay_acts"),
        V(None, "Акты о нематериальном поощрении (шт.)", 1, "nonmaterial_acts", U + "polozhenie_pooshchrenie.pdf"),
    ])

    ws = b.sheet("2", [50, 10, 44])
    b.title(ws, "A1", "Кедровская ООШ — 2. Люди")
    b.header(ws, 3, "ABC", ["Кто", "Всего", "Ссылка на приказ"])
    b.rows(ws, 4, dict(t="A", v="B", l="C"), [
        V(None, "Куратор", 1, "curators_total", U + "prikaz_kurator.pdf"),
        V(None, "Наставники (по приказу)", 8, "mentors_total", Y + "KedrNastavniki24"),
        V(None, "   учителя", 4, "teachers_mentors"),
        V(None, "   ученики 15–19 лет (9 класс)", 3, "mentors_15_19", Y + "KedrNastavniki24"),
        V(None, "   от СПК «Кедровский»", 1, "enterprise_mentors"),
        V(None, "Наставляемые (по приказу)", 24, "mentees_total", Y + "KedrNastavlyaemye24"),
        V(None, "Учеников 10–19 лет в школе", 61, "students_10_19"),
        V(None, "   из них наставляемые", 17, "mentees_10_19", Y + "KedrNastavlyaemye24"),
        V(None, "      группа риска", 3, "mentees_risk"),
        V(None, "      одарённые", 0, "mentees_gifted"),
        V(None, "      ОВЗ", 2, "mentees_disabled"),
        V(None, "      слабая мотивация, неуспевающие", 5, "mentees_low_motivation"),
        V(None, "      выбор профессии", 6, "mentees_career"),
        V(None, "Учеников 15–19 лет в школе", 9, "students_15_19"),
        D(None, "Наставнических пар", 11),
    ])

    ws = b.sheet("3", [50, 10])
    b.title(ws, "A1", "Кедровская ООШ — 3. Программы и учителя")
    b.header(ws, 3, "AB", ["Показатель", "Кол-во"])
    b.rows(ws, 4, dict(t="A", v="B"), [
        V(None, "ПП «учитель – учитель»", 3, "pp_teacher_teacher"),
        V(None, "ПП «ученик – ученик»", 3, "pp_pupil_pupil"),
        V(None, "ПП «учитель – ученик»", 2, "pp_teacher_pupil"),
        V(None, "ПП иной формы (работодатель – ученик)", 1, "pp_other"),
        V(None, "ПП всего", 9, "pp_total"),
        V(None, "Молодых специалистов", 1, "young_specialists"),
        V(None, "из них с наставником", 1, "young_specialists_mentees"),
        V(None, "Остальных учителей", 13, "teachers_other"),
        V(None, "из них наставляемые", 2, "teachers_other_mentees"),
        V(None, "Учителей в ПП", 6, "teachers_in_pp"),
        V(None, "КПК по наставничеству (чел., 2024)", 1, "kpk_trained"),
    ])

    ws = b.sheet("4", [46, 60, 50])
    b.title(ws, "A1", "Кедровская ООШ — 4. Партнёры, анкетирование")
    b.header(ws, 3, "ABC", ["Показатель", "Значение", "Ссылка"])
    an = U + "anketa_itogi_2024.pdf"
    b.rows(ws, 4, dict(t="A", v="B", l="C"), [
        V(None, "Соглашения с предприятиями", 1, "agreements_enterprises", U + "dogovor_spk_kedrovskiy.pdf"),
        V(None, "Партнёр", "СПК «Кедровский»", "partner_list"),
        V(None, "Предмет соглашения",
          "наставничество обучающихся 8–9 классов по профориентации в сельском хозяйстве", "agreement_subjects"),
        V(None, "Удовлетворённость учеников-наставляемых", "96 %", "satisfaction_mentees", an),
        V(None, "Удовлетворённость наставников", "100 %", "satisfaction_mentors", an),
        D(None, "Удовлетворённость родителей", "92 %"),
    ])
    b.save()


# =====================================================================================
# 5. Лицей №2 — «Титул», «Раздел 1» … «Раздел 4», all links on «Ссылки» keyed by row number
# =====================================================================================
def book5():
    org = "Муниципальное автономное общеобразовательное учреждение «Лицей №2»"
    b = Book("licey2_svetlobor_cmn_2024.xlsx", org)
    U = "https://licey2-svetlobor.gosuslugi.ru/netcat_files/nastavnichestvo/"
    Y = "https://disk.yandex.ru/d/"

    ws = b.sheet("Титул", [30, 90])
    b.put(ws, "A1", "ИНФОРМАЦИЯ о реализации целевой модели наставничества", bold=True, border=False)
    b.put(ws, "A2", "за 2024 календарный год", border=False)
    title_block(b, ws, [
        ("ORG", "Организация", org),
        ("Муниципалитет", "Светлоборский муниципальный округ"),
        ("Куратор ЦМН", "Широбокова Анна Валерьевна"),
        ("Дата", datetime.date(2024, 12, 20)),
        None,
        ("Примечание", "Ссылки на подтверждающие документы — на листе «Ссылки» (по номеру строки)."),
    ], 4)

    num2crit = {}

    def sec(name, head, hdr, rows, widths):
        ws = b.sheet(name, widths)
        b.title(ws, "A1", head)
        b.header(ws, 3, "ABCD"[:len(hdr)], hdr)
        b.rows(ws, 4, dict(n="A", t="B", v="C"), rows)
        for rw in rows:
            if rw.get("k", "v") == "v":
                num2crit[rw["n"]] = rw["c"]

    sec("Раздел 1", "1. Нормативка и организация", ["№", "Показатель", "Значение"], [
        V("1.1", "Положение о наставничестве педработников", "Да", "orgs_regulation_teachers"),
        V("1.2", "Положение о наставничестве обучающихся", "Да", "orgs_regulation_students"),
        V("1.3", "Приказ о мониторинге ЦМН", "Да", "orgs_monitoring_order"),
        V("1.4", "Справка по итогам внутреннего мониторинга", "Да", "internal_monitoring_notes"),
        V("1.5", "Кураторы ЦМН, чел.", 2, "curators_total"),
        V("1.6", "Акты об оплате работы наставников", 1, "pay_acts"),
        V("1.7", "Акты о нематериальном поощрении", 2, "nonmaterial_acts"),
        V("1.8", "Соглашения с вузами, колледжами, школами", 3, "agreements_edu_orgs"),
        V("1.9", "Соглашения с предприятиями", 2, "agreements_enterprises"),
        V("1.10", "Соглашения с иными организациями", 1, "agreements_other_orgs"),
        V("1.11", "Партнёры",
          "Светлоборский филиал ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»; ГБПОУ УР «Светлоборский педагогический "
          "колледж»; МБОУ ДО «Станция юных техников»; АО «Светлоборский механический завод»; ООО «ТехноСвет»; "
          "МБУК «Светлоборский краеведческий музей»", "partner_list"),
        V("1.12", "Предмет соглашений",
          "участие преподавателей и специалистов партнёров в наставничестве лицеистов (инженерные проекты, "
          "профпробы); стажировки молодых педагогов", "agreement_subjects"),
    ], [6, 50, 90])

    sec("Раздел 2", "2. Обучающиеся", ["№", "Показатель", "Кол-во", "Примечание"], [
        V("2.1", "Наставники — всего по приказу", 79, "mentors_total"),
        V("2.2", "Наставляемые — всего по приказу", 214, "mentees_total"),
        V("2.3", "Обучающихся 10–19 лет (всего)", 702, "students_10_19"),
        V("2.4", "из них наставляемые", 166, "mentees_10_19"),
        V("2.5", "— «группа риска»", 5, "mentees_risk"),
        V("2.6", "— одарённые", 44, "mentees_gifted", extra={"D": "региональный реестр одарённых детей"}),
        V("2.7", "— ОВЗ, инвалиды", 3, "mentees_disabled"),
        V("2.8", "— низкая мотивация", 12, "mentees_low_motivation"),
        V("2.9", "— профессиональное самоопределение", 51, "mentees_career"),
        V("2.10", "— иное", 8, "mentees_other_params", extra={"D": "адаптация вновь прибывших"}),
        V("2.11", "Доля наставляемых 10–19 лет, %", "23,65", "share_mentees_10_19", e=23.65),
        V("2.12", "Обучающихся 15–19 лет (всего)", 356, "students_15_19"),
        V("2.13", "из них наставники", 41, "mentors_15_19"),
        V("2.14", "Доля наставников 15–19 лет, %", "11,52", "share_mentors_15_19", e=11.52),
    ], [6, 50, 10, 40])

    sec("Раздел 3", "3. Педагоги", ["№", "Показатель", "Кол-во"], [
        V("3.1", "Молодые специалисты (≤35 лет, стаж ≤3 лет)", 8, "young_specialists"),
        V("3.2", "Молодые специалисты-наставляемые", 6, "young_specialists_mentees"),
        V("3.3", "Молодые специалисты-наставники", 1, "young_specialists_mentors"),
        V("3.4", "Педагоги без молодых специалистов", 59, "teachers_other"),
        V("3.5", "Педагоги (без МС) — наставляемые", 5, "teachers_other_mentees"),
        V("3.6", "Педагоги-наставники (все)", 27, "teachers_mentors"),
        V("3.7", "Наставники из вузов/колледжей/школ", 6, "external_edu_mentors"),
        V("3.8", "Наставники с предприятий", 3, "enterprise_mentors"),
        V("3.9", "Наставники из иных организаций", 2, "other_org_mentors"),
        V("3.10", "КПК по наставничеству (2024), чел.", 7, "kpk_trained"),
        V("3.11", "Курсы",
          "«Наставничество в образовании: технологии сопровождения молодых педагогов» (ИРО УР); "
          "«Школа наставника» (Светлоборский ИМЦ)", "kpk_courses"),
        V("3.12", "ШМО наставников", 1, "school_methodical_associations"),
        V("3.13", "Доля молодых специалистов-наставляемых, %", 75, "share_young_specialists_mentees"),
    ], [6, 50, 90])

    sec("Раздел 4", "4. ПП и удовлетворённость", ["№", "Показатель", "Кол-во / %"], [
        V("4.1", "ПП «ученик – ученик»", 21, "pp_pupil_pupil"),
        V("4.2", "ПП «учитель – учитель»", 9, "pp_teacher_teacher"),
        V("4.3", "ПП «студент – студент»", 0, "pp_student_student"),
        V("4.4", "ПП «руководитель – педагог»", 1, "pp_head_teacher"),
        V("4.5", "ПП «студент – ученик»", 6, "pp_student_pupil"),
        V("4.6", "ПП «учитель – ученик»", 14, "pp_teacher_pupil"),
        V("4.7", "ПП иной формы", 0, "pp_other"),
        V("4.8", "ПП всего", 51, "pp_total"),
        V("4.9", "Педагогов в ПП", 24, "teachers_in_pp"),
        V("4.10", "Удовлетворённость наставляемых, %", 94.2, "satisfaction_mentees"),
        V("4.11", "Удовлетворённость наставников, %", 96, "satisfaction_mentors"),
    ], [6, 50, 12])

    ws = b.sheet("Ссылки", [110])
    b.put(ws, "A1", "Ссылки на подтверждающие документы (номер строки — ссылка)", bold=True, border=False)
    pm = U + "prikaz_baza_nastavnikov_2024.pdf"
    lines = [
        (["1.1"], "1.1 — {}", U + "polozhenie_pedrabotniki.pdf"),
        (["1.2"], "1.2 — {}", U + "polozhenie_obuchayushchiesya.pdf"),
        (["1.3"], "1.3 — {}", U + "prikaz_monitoring_2024.pdf"),
        ([], "1.4 — нет ссылки (справка на согласовании у директора)", None),
        (["1.5"], "1.5 — {}", U + "prikaz_kuratory_2024.pdf"),
        (["1.6"], "1.6 — {}", U + "polozhenie_oplata_truda.pdf"),
        (["1.8"], "1.8 — {}", Y + "L2SoglasheniyaOO"),
        (["1.9", "1.10"], "1.9, 1.10 — {}", Y + "L2SoglasheniyaPartnery"),
        (["2.1"], "2.1 — {}", pm),
        (["2.2", "2.4"], "2.2, 2.4 - {}", U + "prikaz_baza_nastavlyaemyh_2024.pdf"),
        (["2.13"], "2.13 — {}", pm),
        (["3.2"], "3.2 — {}", U + "prikaz_molodye_specialisty.pdf"),
        (["3.6"], "3.6 — {}", pm),
        (["3.10"], "3.10 — {}", U + "kpk_udostovereniya_2024.pdf"),
        (["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"], "4.1–4.8 — {} (приказ об утверждении ПП)",
         U + "prikaz_pp_2024.pdf"),
        (["4.10", "4.11"], "4.10, 4.11 — {}", Y + "L2Anketirovanie2024"),
    ]
    for i, (nums, fmt_, url) in enumerate(lines):
        addr = f"A{3 + i}"
        b.put(ws, addr, fmt_.format(url) if url else fmt_, border=False)
        for n in nums:
            b.link(ws, addr, num2crit[n], url, put=False)
    b.save()


# =====================================================================================
# 6. Дом детского творчества — «Общие сведения», «Наставничество», «ПП», «Партнёры», «Опросы»
# =====================================================================================
def book6():
    org = "МБУ ДО «Светлоборский Дом детского творчества»"
    b = Book("ddt_svetlobor_monitoring_cmn_2024.xlsx", org)
    U = "https://ddt-svetlobor.edu.ru/files/nastavnichestvo/"

    ws = b.sheet("Общие сведения", [46, 12, 60])
    b.org_cell(ws, "A1", org)
    ws["A1"].font = Font(bold=True)
    b.put(ws, "A2", "Мониторинг целевой модели наставничества, 2024 год", border=False)
    b.put(ws, "A4", "Муниципальное образование", border=False)
    b.put(ws, "B4", "Светлоборский муниципальный округ", border=False)
    b.put(ws, "A5", "Ответственный", border=False)
    b.put(ws, "B5", "Вострикова Елена Анатольевна, методист", border=False)
    b.title(ws, "A7", "Локальные акты")
    b.header(ws, 8, "ABC", ["Документ", "да/нет", "Ссылка"])
    b.rows(ws, 9, dict(t="A", v="B", l="C"), [
        V(None, "Положение о наставничестве педагогов ДДТ", "да", "orgs_regulation_teachers",
          U + "polozhenie_ped.pdf"),
        V(None, "Положение о наставничестве обучающихся ДДТ", "да", "orgs_regulation_students",
          U + "polozhenie_uch.pdf"),
        V(None, "Приказ о внутреннем мониторинге", "да", "orgs_monitoring_order", U + "prikaz_monitoring.pdf"),
        V(None, "Справка по итогам мониторинга", "нет", "internal_monitoring_notes"),
    ])

    ws = b.sheet("Наставничество", [5, 60, 13, 56])
    b.title(ws, "A1", "Наставники и наставляемые (по приказам ДДТ)")
    b.header(ws, 3, "ABCD", ["№", "Наименование", "Кол-во, чел.", "Документ"])
    pn = U + "prikaz_nastavlyaemye_2024.pdf"
    b.rows(ws, 4, dict(n="A", t="B", v="C", l="D"), [
        V(1, "Куратор", 1, "curators_total", U + "prikaz_kurator.pdf"),
        V(2, "Наставников всего", 21, "mentors_total", U + "prikaz_nastavniki_2024.pdf"),
        V(3, "в т.ч. педагоги ДДТ", 9, "teachers_mentors"),
        V(4, "в т.ч. учащиеся 15–19 лет", 10, "mentors_15_19"),
        V(5, "в т.ч. представители иных организаций (краеведческий музей)", 2, "other_org_mentors"),
        V(6, "Наставляемых всего", 76, "mentees_total", pn),
        V(7, "Учащихся 10–19 лет в объединениях ДДТ", 540, "students_10_19"),
        V(8, "из них наставляемые", 64, "mentees_10_19", pn),
        V(9, "в т.ч. одарённые (в реестрах)", 21, "mentees_gifted"),
        V(10, "в т.ч. ОВЗ / инвалиды", 5, "mentees_disabled"),
        V(11, "Учащихся 15–19 лет", 118, "students_15_19"),
        V(12, "Молодые специалисты", 3, "young_specialists"),
        V(13, "из них наставляемые", 3, "young_specialists_mentees"),
        V(14, "Прочие педагоги", 38, "teachers_other"),
        V(15, "из них наставляемые", 2, "teachers_other_mentees"),
    ])

    ws = b.sheet("ПП", [30, 12])
    b.header(ws, 1, "AB", ["Форма", "Программ"])
    b.rows(ws, 2, dict(t="A", v="B"), [
        V(None, "ученик – ученик", 6, "pp_pupil_pupil"),
        V(None, "педагог – педагог", 5, "pp_teacher_teacher"),
        V(None, "педагог – учащийся", 8, "pp_teacher_pupil"),
        V(None, "всего", 19, "pp_total"),
    ])

    ws = b.sheet("Партнёры", [40, 56, 50])
    b.title(ws, "A1", "Партнёры по наставничеству")
    b.rows(ws, 3, dict(t="A", v="B", l="C"), [
        V(None, "Соглашений с ОО", 2, "agreements_edu_orgs", U + "soglasheniya_2024.pdf"),
        V(None, "Соглашений с предприятиями", 0, "agreements_enterprises"),
        V(None, "Соглашений с иными организациями", 1, "agreements_other_orgs", U + "soglasheniya_2024.pdf"),
        V(None, "Партнёры",
          "МБОУ «Гимназия №3»\nМБОУ «Светлоборская СОШ №1»\nМБУК «Светлоборский краеведческий музей»",
          "partner_list"),
    ])

    ws = b.sheet("Опросы", [62, 14, 18])
    b.title(ws, "A1", "Анкетирование участников завершённых программ (декабрь 2024)")
    b.header(ws, 3, "ABC", ["Группа", "Участвовало", "Удовлетворённость"])
    b.not_criteria.append("Участвовало")
    b.rows(ws, 4, dict(t="A", v="C"), [
        V(None, "Наставляемые (учащиеся)", 0.9, "satisfaction_mentees", fmt="0%", extra={"B": 58}),
        V(None, "Наставники", 0.95, "satisfaction_mentors", fmt="0%", extra={"B": 19}),
        D(None, "Родители наставляемых", 0.88, fmt="0%", extra={"B": 40}),
        D(None, "Общий уровень удовлетворённости участников (наставники и наставляемые)", 0.91, fmt="0%",
          extra={"B": 77}),
    ])
    b.save()


def main():
    for f in (book1, book2, book3, book4, book5, book6):
        f()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print(f"files={len(EXPECTED)} values={nv} links={nl}")
    for e in EXPECTED:
        print(f"  {e['file']}: values={len(e['values'])} links={len(e['links'])}")


if __name__ == "__main__":
    main()
