#!/usr/bin/env python3
"""heldout48: the municipality's own monitoring form (municipal level) for 2024, as seven invented
municipalities type it.  Deterministic: all data is fixed below.

Writes typed/*.xlsx, expected.json and cells.json next to this script.
"""
import datetime
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


class Rec:
    """Collects expected values / links and the cells where they sit."""

    def __init__(self):
        self.entries = []   # expected.json
        self.cells = []     # cells.json
        self.labels = []    # (file, criterion, label) for the verbatim check

    def entry(self, file, organisation=None, n_orgs=None):
        e = {"file": "typed/" + file, "year": 2024, "organisation": organisation,
             "values": {} if n_orgs is None else [dict() for _ in range(n_orgs)],
             "links": {} if n_orgs is None else [dict() for _ in range(n_orgs)],
             "not_criteria": [], "headings": []}
        self.entries.append(e)
        return len(self.entries) - 1

    def val(self, ei, cid, sheet, ref, expected, label, org=None, kind="value"):
        e = self.entries[ei]
        target = e["values"] if org is None else e["values"][org]
        assert cid not in target, (e["file"], cid)
        target[cid] = expected
        rec = {"file": e["file"], "entry": ei, "org_index": org, "criterion": cid, "kind": "value",
               "sheet": sheet, "expected": expected}
        if isinstance(ref, list):
            rec["cells"] = ref
        else:
            rec["cell"] = ref
        self.cells.append(rec)
        if label:
            self.labels.append((e["file"], cid, label))

    def link(self, ei, cid, sheet, ref, url, how, org=None):
        e = self.entries[ei]
        target = e["links"] if org is None else e["links"][org]
        assert cid not in target, (e["file"], cid)
        target[cid] = url
        self.cells.append({"file": e["file"], "entry": ei, "org_index": org, "criterion": cid,
                           "kind": "link", "sheet": sheet, "cell": ref, "expected": url, "match": how})

    def nc(self, ei, title):
        if title not in self.entries[ei]["not_criteria"]:
            self.entries[ei]["not_criteria"].append(title)

    def hd(self, ei, title):
        if title not in self.entries[ei]["headings"]:
            self.entries[ei]["headings"].append(title)


R = Rec()
FIXED_TIME = datetime.datetime(2024, 12, 20, 10, 0, 0)


def save(wb, fname, author):
    """Save with fixed document properties (creation/modification time, author)."""
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(os.path.join(TYPED, fname))


def put(ws, ref, value, fmt=None, bold=False, wrap=True, border=True, fill=None, align=None):
    c = ws[ref]
    c.value = value
    if fmt:
        c.number_format = fmt
    if bold:
        c.font = BOLD
    if wrap:
        c.alignment = align or WRAP
    elif align:
        c.alignment = align
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def hyperlink(ws, ref, url, text):
    c = ws[ref]
    c.value = text
    c.hyperlink = url
    c.style = "Hyperlink"
    c.border = BOX
    return c


# ---------------------------------------------------------------------------------------------
# F1. Заречинский район — municipality named only in the title; plain vertical form
# ---------------------------------------------------------------------------------------------
def f1():
    fname = "otchet_UO_nastavnichestvo_2024.xlsx"
    ei = R.entry(fname)
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчёт 2024"
    sh = ws.title
    widths(ws, {"A": 7, "B": 62, "C": 30, "D": 62})
    ws.merge_cells("A1:D1")
    put(ws, "A1", "Отчёт Управления образования администрации Заречинского района о реализации "
                  "целевой модели наставничества в 2024 году", bold=True, border=False,
        align=Alignment(horizontal="center", wrap_text=True))
    ws.row_dimensions[1].height = 34
    put(ws, "A2", "(по состоянию на 20.12.2024)", border=False, wrap=False)
    for col, t in zip("ABCD", ["№ п/п", "Показатель", "Значение", "Подтверждающий документ (ссылка)"]):
        put(ws, f"{col}4", t, bold=True, fill=HEAD_FILL, align=CENTER)

    site = "https://uo-zarechinsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    rows = [
        ("H", "1. Нормативное обеспечение"),
        ("1.1", "Приказ Управления образования о реализации ЦМН в районе (да/нет)", "да",
         "municipal_order", 1, site + "prikaz_07-od_ot_10.01.2024.pdf"),
        ("1.2", "Муниципальный координатор ЦМН (ФИО, должность)",
         "Ковалёва Наталья Петровна, методист МКУ «ИМЦ Заречинского района»", None, None, None),
        ("1.3", "Количество ОО, в которых утверждено положение о наставничестве педагогических работников",
         17, "orgs_regulation_teachers", 17, "https://disk.yandex.ru/d/Zr7kQm2XpL4vNw"),
        ("1.4", "Количество ОО, в которых утверждено положение о наставничестве обучающихся",
         15, "orgs_regulation_students", 15, "https://disk.yandex.ru/d/Zr7kQm2XpL4vNw"),
        ("1.5", "Количество ОО, издавших приказ о проведении мониторинга ЦМН", 16,
         "orgs_monitoring_order", 16, None),
        ("1.6", "Аналитическая справка по итогам муниципального мониторинга (да/нет)", "да",
         "municipal_analytic_note", 1, site + "spravka_monitoring_CMN_2024.pdf"),
        ("H", "2. Организация наставничества"),
        ("2.1", "Количество ОО, принявших участие в мониторинге", 17, "orgs_total", 17, None),
        ("2.2", "Кураторы ЦМН в ОО (всего, чел.)", 17, "curators_total", 17, None),
        ("2.3", "Наставники по приказам ОО, всего чел.", 214, "mentors_total", 214, None),
        ("2.4", "Наставляемые по приказам ОО, всего чел.", 367, "mentees_total", 367, None),
        ("2.5", "Доля ОО, реализующих наставничество педагогов, %", 100, "share_orgs_teachers_system", 100, None),
        ("2.6", "Доля ОО, реализующих наставничество обучающихся, %", 88.24, "share_orgs_students_system", 88.24,
         None),
        ("2.7", "Количество информационных справок ОО по итогам внутреннего мониторинга", 16,
         "internal_monitoring_notes", 16, None),
        ("2.8", "Соглашения с предприятиями (кол-во)", 2, "agreements_enterprises", 2, None),
        ("2.9", "Соглашения с иными организациями (кол-во)", 3, "agreements_other_orgs", 3, None),
        ("2.10", "Организации-партнёры по наставничеству",
         "ООО «Заречинский леспромхоз»; ГБУЗ «Заречинская районная больница»; ГБПОУ «Заречинский аграрный "
         "техникум»; МО МВД России «Заречинский»; МБУК «Заречинская ЦБС»", "partner_list",
         "ООО «Заречинский леспромхоз»; ГБУЗ «Заречинская районная больница»; ГБПОУ «Заречинский аграрный "
         "техникум»; МО МВД России «Заречинский»; МБУК «Заречинская ЦБС»", None),
        ("H", "3. Персонализированные программы"),
        ("3.1", "Персонализированные программы наставничества, всего", 318, "pp_total", 318, None),
        ("H", "4. Обучающиеся"),
        ("4.1", "Обучающихся 10–19 лет в ОО района, всего", 4120, "students_10_19", 4120, None),
        ("4.2", "из них наставляемые", 298, "mentees_10_19", 298, None),
        ("4.3", "Доля наставляемых среди обучающихся 10–19 лет, %", 7.23, "share_mentees_10_19", 7.23, None),
        ("4.4", "Обучающихся 15–19 лет, всего", 1380, "students_15_19", 1380, None),
        ("4.5", "из них наставники (по приказу)", 96, "mentors_15_19", 96, None),
        ("4.6", "Доля обучающихся 15–19 лет — наставников, %", 6.96, "share_mentors_15_19", 6.96, None),
        ("H", "5. Педагоги"),
        ("5.1", "Педагогических работников в районе, всего", 742, "teachers_municipal", 742, None),
        ("5.2", "Педагоги-наставники, чел.", 118, "teachers_mentors", 118, None),
        ("5.3", "Доля педагогов-наставников, %", 15.9, "share_teachers_mentors", 15.9, None),
        ("5.4", "Молодые специалисты — наставляемые, чел.", 49, "young_specialists_mentees", 49, None),
        ("5.5", "Доля молодых специалистов, закреплённых за наставниками, %", 84.48,
         "share_young_specialists_mentees", 84.48, None),
        ("5.6", "Педагоги, прошедшие КПК по наставничеству в 2024 г., чел.", 23, "kpk_trained", 23, None),
        ("H", "6. Сопровождение и результативность"),
        ("6.1", "Удовлетворённость наставляемых (средний % по ОО)", 91.3, "satisfaction_mentees", 91.3, None),
        ("6.2", "Удовлетворённость наставников (средний % по ОО)", 89.7, "satisfaction_mentors", 89.7, None),
        ("6.3", "Районное методическое объединение наставников (кол-во)", 1,
         "municipal_methodical_associations", 1, site + "prikaz_RMO_nastavnikov_2024.pdf"),
        ("6.4", "Лучшие практики, размещённые на сайте УО / в Сообществе педагогов УР, ед.", 4,
         "best_practices", 4, "https://uo-zarechinsk.gosuslugi.ru/deyatelnost/nastavnichestvo/luchshie-praktiki/"),
        ("6.5", "Районный конкурс «Наставник года» (кол-во проведённых конкурсов)", 1, "contests", 1,
         site + "polozhenie_konkurs_nastavnik_goda_2024.pdf"),
        ("6.6", "Сетевое сообщество педагогов-наставников (да/нет)", "нет", "network_community", 0, None),
        ("6.7", "Сетевые наставники, чел.", 0, "network_mentors", 0, None),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:D{r}")
            put(ws, f"A{r}", row[1], bold=True, fill=SEC_FILL)
            R.hd(ei, row[1])
            r += 1
            continue
        num, label, shown, cid, exp, url = row
        put(ws, f"A{r}", num, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"B{r}", label)
        put(ws, f"C{r}", shown, align=Alignment(horizontal="center", vertical="top", wrap_text=True))
        put(ws, f"D{r}", url)
        if cid:
            R.val(ei, cid, sh, f"C{r}", exp, label)
            if url:
                R.link(ei, cid, sh, f"D{r}", url, "text")
        else:
            R.nc(ei, label)
        r += 1
    r += 1
    put(ws, f"B{r}", "Начальник Управления образования ____________ О.В. Рябинина", border=False)
    save(wb, fname, "Ковалёва Н.П.")


# ---------------------------------------------------------------------------------------------
# F2. Усть-Лесной муниципальный округ — named on a title sheet; 2023 fact, 2024 target, 2024 fact
# ---------------------------------------------------------------------------------------------
def f2():
    fname = "forma_MO_CMN_2024.xlsx"
    ei = R.entry(fname)
    wb = Workbook()
    t = wb.active
    t.title = "Титул"
    widths(t, {"A": 36, "B": 70})
    t.merge_cells("A2:B2")
    put(t, "A2", "ОТЧЁТ", bold=True, border=False, align=Alignment(horizontal="center"))
    t.merge_cells("A3:B3")
    put(t, "A3", "о ходе реализации целевой модели наставничества педагогических работников и обучающихся",
        border=False, align=Alignment(horizontal="center", wrap_text=True))
    title = [
        ("Муниципальное образование", "Усть-Лесной муниципальный округ"),
        ("Орган управления образованием", "Отдел образования администрации Усть-Лесного муниципального округа"),
        ("Отчётный период", "2024 год"),
        ("Муниципальный координатор", "Сафонова Ирина Викторовна, главный специалист отдела образования, "
                                      "тел. 8 (34 567) 2-14-09"),
        ("Дата заполнения", "16.12.2024"),
    ]
    for i, (a, b) in enumerate(title, start=5):
        put(t, f"A{i}", a, bold=True)
        put(t, f"B{i}", b)
    R.nc(ei, "Муниципальный координатор")

    ws = wb.create_sheet("Показатели")
    sh = ws.title
    widths(ws, {"A": 6, "B": 58, "C": 12, "D": 14, "E": 30, "F": 58})
    heads = ["№ п/п", "Наименование показателя", "2023 г. (факт)", "Целевое значение на 2024 г.",
             "2024 г. (факт)", "Ссылка на подтверждающий документ"]
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}1", h, bold=True, fill=HEAD_FILL, align=CENTER)
    R.nc(ei, "2023 г. (факт)")
    R.nc(ei, "Целевое значение на 2024 г.")
    ws.row_dimensions[1].height = 32

    site = "https://ustlesnoy-obr.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    # (№, label, 2023, target, fact shown, criterion, expected, link)
    rows = [
        ("H", "I. Нормативная база"),
        ("1", "Муниципальный приказ о внедрении ЦМН", "да", None,
         "Приказ отдела образования от 15.02.2022 № 48-о", "municipal_order", 1, site + "prikaz_48-o_2022.pdf"),
        ("2", "ОО с утверждённым положением о наставничестве педработников, ед.", 20, 21, 21,
         "orgs_regulation_teachers", 21, "https://disk.yandex.ru/d/8hT2cVqLmP3sXw"),
        ("3", "ОО с утверждённым положением о наставничестве обучающихся, ед.", 14, 18, 17,
         "orgs_regulation_students", 17, "https://disk.yandex.ru/d/8hT2cVqLmP3sXw"),
        ("4", "ОО, где издан приказ о мониторинге ЦМН, ед.", 15, 21, 19, "orgs_monitoring_order", 19, None),
        ("5", "Информационно-аналитическая справка по итогам мониторинга МО", "да", None, "да",
         "municipal_analytic_note", 1, site + "analiticheskaya_spravka_monitoring_2024.pdf"),
        ("H", "II. Организация наставничества"),
        ("6", "Количество ОО — участников мониторинга", 21, None, 21, "orgs_total", 21, None),
        ("7", "Доля ОО, реализующих систему наставничества педагогических работников, %", 95.2, 100, 100,
         "share_orgs_teachers_system", 100, None),
        ("8", "Доля ОО, реализующих систему наставничества обучающихся, %", 66.7, 85, 80.95,
         "share_orgs_students_system", 80.95, None),
        ("9", "Кураторы ЦМН в ОО, чел.", 21, None, 21, "curators_total", 21, None),
        ("10", "Наставников всего (по приказам ОО), чел.", 241, 260, 266, "mentors_total", 266, None),
        ("11", "Наставляемых всего (по приказам ОО), чел.", 402, 430, 455, "mentees_total", 455, None),
        ("12", "Количество наставнических пар (групп), ед.", 230, None, 248, None, None, None),
        ("13", "Соглашения о сотрудничестве с другими ОО, предоставившими наставников, ед.", 2, None, 4,
         "agreements_edu_orgs", 4, None),
        ("14", "Соглашения о сотрудничестве с предприятиями, ед.", 2, None, 3, "agreements_enterprises", 3, None),
        ("15", "Наставники из сторонних образовательных организаций, чел.", 3, None, 6,
         "external_edu_mentors", 6, None),
        ("16", "Наставники — работники предприятий, чел.", 2, None, 4, "enterprise_mentors", 4, None),
        ("17", "Перечень организаций-партнёров", None, None,
         "АО «Усть-Лесной ДОК», ООО «Лесхимпром», СПК «Рассвет», МАОУ «Гимназия № 2» г. Краснолесска, "
         "ГБПОУ «Краснолесский лесотехнический техникум»", "partner_list",
         "АО «Усть-Лесной ДОК», ООО «Лесхимпром», СПК «Рассвет», МАОУ «Гимназия № 2» г. Краснолесска, "
         "ГБПОУ «Краснолесский лесотехнический техникум»", None),
        ("H", "III. Обучающиеся"),
        ("18", "Численность обучающихся от 10 до 19 лет, чел.", 5204, None, 5310, "students_10_19", 5310, None),
        ("19", "Обучающиеся 10–19 лет в роли наставляемых, чел.", 318, 400, 389, "mentees_10_19", 389, None),
        ("20", "Доля обучающихся 10–19 лет — наставляемых, %", 6.11, 7.5, 7.33, "share_mentees_10_19", 7.33, None),
        ("21", "в т.ч. из «группы риска», чел.", 35, None, 41, "mentees_risk", 41, None),
        ("22", "в т.ч. дети с ОВЗ и дети-инвалиды, чел.", 22, None, 27, "mentees_disabled", 27, None),
        ("23", "в т.ч. одарённые дети (включённые в реестры), чел.", 30, None, 36, "mentees_gifted", 36, None),
        ("H", "IV. Педагогические работники"),
        ("24", "Педагогов в ОО округа, всего, чел.", 701, None, 688, "teachers_municipal", 688, None),
        ("25", "Молодых специалистов в округе (до 35 лет, первые 3 года работы), чел.", 49, None, 52,
         "young_specialists_municipal", 52, None),
        ("26", "Педагоги в роли наставников, чел.", 131, 140, 142, "teachers_mentors", 142, None),
        ("27", "Молодые специалисты в роли наставников, чел.", 4, None, 6, "young_specialists_mentors", 6, None),
        ("28", "Доля педагогов-наставников, %", 18.69, 20, 20.64, "share_teachers_mentors", 20.64, None),
        ("29", "Доля молодых специалистов — наставников, %", 8.16, 10, 11.54,
         "share_young_specialists_mentors", 11.54, None),
        ("H", "V. Поддержка наставников и информационное сопровождение"),
        ("30", "Локальные акты ОО об оплате наставничества, ед.", 15, None, 18, "pay_acts", 18, None),
        ("31", "Локальные акты ОО о нематериальном поощрении наставников, ед.", 9, None, 12,
         "nonmaterial_acts", 12, None),
        ("32", "Муниципальные методические объединения (сообщества) наставников, ед.", 1, 1, 1,
         "municipal_methodical_associations", 1, site + "prikaz_MMO_nastavnikov.pdf"),
        ("33", "Конкурсы профмастерства по наставничеству, проведённые в МО за год, ед.", 1, 1, 1, "contests", 1,
         site + "itogi_konkursa_nastavnik_2024.pdf"),
        ("34", "Лучшие практики наставничества на информационных ресурсах МО, ед.", 2, 3, 3, "best_practices", 3,
         "https://ustlesnoy-obr.gosuslugi.ru/deyatelnost/nastavnichestvo/praktiki/"),
    ]
    r = 2
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(f"A{r}:F{r}")
            put(ws, f"A{r}", row[1], bold=True, fill=SEC_FILL)
            R.hd(ei, row[1])
            r += 1
            continue
        num, label, v23, tgt, fact, cid, exp, url = row
        put(ws, f"A{r}", num, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"B{r}", label)
        for col, v in (("C", v23), ("D", tgt), ("E", fact)):
            put(ws, f"{col}{r}", v, align=Alignment(horizontal="center", vertical="top", wrap_text=True))
        put(ws, f"F{r}", url)
        if cid:
            R.val(ei, cid, sh, f"E{r}", exp, label)
            if url:
                R.link(ei, cid, sh, f"F{r}", url, "text")
        else:
            R.nc(ei, label)
        r += 1
    save(wb, fname, "Сафонова И.В.")


# ---------------------------------------------------------------------------------------------
# F3. Новоключинск — named only in the file name; terse, values typed with units, links in comments
# ---------------------------------------------------------------------------------------------
def f3():
    fname = "Новоключинск_ЦМН_2024.xlsx"
    ei = R.entry(fname)
    wb = Workbook()
    ws = wb.active
    ws.title = "свод"
    sh = ws.title
    widths(ws, {"A": 52, "B": 20, "C": 70})
    put(ws, "A1", "Сведения о реализации целевой модели наставничества за 2024 год", bold=True, border=False,
        wrap=False)
    put(ws, "A2", "заполнила: Сорокина Е.А., методист ГМК, 18.12.2024", border=False, wrap=False)
    for col, h in zip("ABC", ["Показатель", "2024", "Комментарий, ссылка"]):
        put(ws, f"{col}4", h, bold=True, fill=HEAD_FILL, align=CENTER)
    gor = "https://gorono-novoklyuchinsk.gosuslugi.ru/netcat_files/nastavnichestvo/"
    partners = ("ГБПОУ «Новоключинский политехнический колледж»\nПАО «Ключинский механический завод»\n"
                "МБУК «Централизованная библиотечная система г. Новоключинска»")
    # (label, shown, criterion, expected, comment, link-in-comment)
    rows = [
        ("Приказ ГорУО о реализации ЦМН", "есть", "municipal_order", 1,
         "от 22.01.2024 № 31-п, " + gor + "prikaz_31-p_2024.pdf", gor + "prikaz_31-p_2024.pdf"),
        ("Координатор ЦМН в городе", "Сорокина Е.А.", None, None, "методист ГМК", None),
        ("Число школ, утвердивших положение о наставничестве педагогов", 9, "orgs_regulation_teachers", 9,
         None, None),
        ("Число школ с положением о наставничестве учеников", 8, "orgs_regulation_students", 8,
         "в СОШ № 7 положение на согласовании", None),
        ("Число школ с приказом о мониторинге", 9, "orgs_monitoring_order", 9, None, None),
        ("Справка по итогам городского мониторинга", "да", "municipal_analytic_note", 1,
         "см. " + gor + "spravka_itogi_monitoringa_2024.pdf", gor + "spravka_itogi_monitoringa_2024.pdf"),
        ("Участвовали в мониторинге", "все 9 школ", "orgs_total", 9,
         "учреждения ДО подведомственны Управлению культуры, в мониторинге не участвуют", None),
        ("Кураторов ЦМН", 11, "curators_total", 11, "в СОШ № 1 и гимназии по 2 куратора", None),
        ("Наставников (по приказам), всего", "131 чел.", "mentors_total", 131, None, None),
        ("Наставляемых (по приказам), всего", "240 чел.", "mentees_total", 240, None, None),
        ("Персонализированных программ, всего", 176, "pp_total", 176, None, None),
        ("   в т.ч. «ученик – ученик»", 71, "pp_pupil_pupil", 71, None, None),
        ("   в т.ч. «учитель – учитель»", 54, "pp_teacher_teacher", 54, None, None),
        ("   в т.ч. «руководитель – педагог»", 3, "pp_head_teacher", 3, None, None),
        ("   в т.ч. «учитель – ученик»", 44, "pp_teacher_pupil", 44, None, None),
        ("   в т.ч. иные формы", 4, "pp_other", 4, "«родитель – ученик» (3), «работодатель – ученик» (1)",
         None),
        ("Учащихся 10–19 лет, всего", 2710, "students_10_19", 2710, "по ОО-1 на 01.10.2024", None),
        ("из них наставляемые", 187, "mentees_10_19", 187, None, None),
        ("Доля учащихся 10–19 лет в роли наставляемых", "6,9%", "share_mentees_10_19", 6.9, None, None),
        ("Учащихся 15–19 лет", 702, "students_15_19", 702, None, None),
        ("Наставники из учащихся 15–19 лет", 58, "mentors_15_19", 58, None, None),
        ("Доля учащихся 15–19 лет — наставников", "8,26%", "share_mentors_15_19", 8.26, None, None),
        ("Педагоги — наставники", 73, "teachers_mentors", 73, None, None),
        ("Молодых специалистов — наставляемых", 27, "young_specialists_mentees", 27, None, None),
        ("Доля МС в роли наставляемых", "93,1 %", "share_young_specialists_mentees", 93.1,
         "2 МС приняты в декабре, пары будут закреплены в январе", None),
        ("Партнёры (организации)", partners, "partner_list", partners, None, None),
        ("Соглашения с предприятиями", 1, "agreements_enterprises", 1, None, None),
        ("Соглашения с иными организациями", 2, "agreements_other_orgs", 2, None, None),
        ("Наставники с предприятий", 2, "enterprise_mentors", 2, None, None),
        ("Наставники из иных организаций", 3, "other_org_mentors", 3, None, None),
        ("ШМО наставников (в школах)", 4, "school_methodical_associations", 4, None, None),
        ("ГМО наставников", 1, "municipal_methodical_associations", 1,
         "приказ ГорУО от 01.09.2023 № 402, " + gor + "prikaz_GMO_402.pdf", gor + "prikaz_GMO_402.pdf"),
        ("Сетевое сообщество наставников", "есть", "network_community", 1,
         "группа в Сферуме «Наставники Новоключинска», https://sferum.ru/?p=messages&join=nastavniki_nkl",
         "https://sferum.ru/?p=messages&join=nastavniki_nkl"),
        ("Сетевых наставников", 5, "network_mentors", 5, None, None),
        ("Удовлетворённость наставляемых, %", 93, "satisfaction_mentees", 93, "анкетирование, май 2024", None),
        ("Удовлетворённость наставников, %", 90.5, "satisfaction_mentors", 90.5, "анкетирование, май 2024",
         None),
    ]
    r = 5
    for label, shown, cid, exp, comment, url in rows:
        put(ws, f"A{r}", label)
        put(ws, f"B{r}", shown, align=Alignment(horizontal="center", vertical="top", wrap_text=True))
        put(ws, f"C{r}", comment)
        if cid:
            R.val(ei, cid, sh, f"B{r}", exp, label.strip())
            if url:
                R.link(ei, cid, sh, f"C{r}", url, "contains")
        else:
            R.nc(ei, label)
        r += 1
    ws.row_dimensions[5 + [x[2] for x in rows].index("partner_list")].height = 48
    save(wb, fname, "Сорокина Е.А.")


# ---------------------------------------------------------------------------------------------
# F4. Берёзовоярский район — title; merged direction column; hyperlinks; per-school table below
# ---------------------------------------------------------------------------------------------
F4_SCHOOLS = [
    ("МБОУ «Берёзовоярская СОШ № 1»", 14),
    ("МБОУ «Берёзовоярская СОШ № 2»", 12),
    ("МБОУ «Краснопольская СОШ»", 8),
    ("МБОУ «Ключевская СОШ»", 7),
    ("МБОУ «Луговская ООШ»", 4),
    ("МБОУ «Сосновская СОШ»", 9),
    ("МБОУ «Заозёрная ООШ»", 3),
    ("МБОУ «Никольская СОШ»", 8),
    ("МБОУ «Верхнеберёзовская ООШ»", 3),
    ("МБОУ «Ивановская СОШ»", 6),
    ("МБУ ДО «Дом детского творчества»", 8),
    ("МБУ ДО «Берёзовоярская ДЮСШ»", 5),
]


def f4():
    fname = "svod_CMN_2024_UO.xlsx"
    ei = R.entry(fname)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    sh = ws.title
    widths(ws, {"A": 24, "B": 64, "C": 20, "D": 16})
    ws.merge_cells("A1:D1")
    put(ws, "A1", "Информация Управления образования администрации Берёзовоярского района о реализации "
                  "целевой модели наставничества за 2024 год", bold=True, border=False,
        align=Alignment(horizontal="center", wrap_text=True))
    ws.row_dimensions[1].height = 34
    for col, h in zip("ABCD", ["Направление", "Критерий", "Значение", "Подтверждение"]):
        put(ws, f"{col}3", h, bold=True, fill=HEAD_FILL, align=CENTER)
    uo = "https://berezovoyar-uo.edu.ru/upload/nastavnichestvo/"
    pct0 = "0%"
    pct1 = "0.00%"
    blocks = [
        ("Нормативная база", [
            ("Приказ УО о реализации ЦМН (№, дата)", "№ 112 от 05.03.2024", None, "municipal_order", 1,
             uo + "prikaz_112_05.03.2024.pdf", "приказ"),
            ("Количество ОО, в которых утверждено положение о системе наставничества педагогических работников",
             12, None, "orgs_regulation_teachers", 12, None, None),
            ("Количество ОО, в которых утверждено положение о системе наставничества обучающихся", 11, None,
             "orgs_regulation_students", 11, None, None),
            ("Количество ОО, в которых издан приказ о мониторинге", 12, None, "orgs_monitoring_order", 12,
             None, None),
            ("Наличие аналитической справки по итогам мониторинга (1/0)", 1, None, "municipal_analytic_note", 1,
             uo + "spravka_monitoring_CMN_2024.pdf", "справка"),
        ]),
        ("Организация", [
            ("В мониторинге приняли участие, ОО", 12, None, "orgs_total", 12, None, None),
            ("Кураторы внедрения ЦМН, чел.", 12, None, "curators_total", 12, None, None),
            ("Наставники, всего по району, чел.", 87, None, "mentors_total", 87, None, None),
            ("Наставляемые, всего по району, чел.", 154, None, "mentees_total", 154, None, None),
            ("Доля ОО с системой наставничества педагогов", 1, pct0, "share_orgs_teachers_system", 100,
             None, None),
            ("Доля ОО с системой наставничества обучающихся", 0.9167, pct1, "share_orgs_students_system", 91.67,
             None, None),
            ("Справки ОО по итогам внутреннего мониторинга, шт.", 11, None, "internal_monitoring_notes", 11,
             "https://disk.yandex.ru/d/Bz4yR1oWq7TnKg", "папка"),
            ("Партнёры по наставничеству (список)",
             "СПК (колхоз) «Заря»; ГБПОУ «Берёзовоярский агропромышленный колледж»; БУЗ «Берёзовоярская РБ»",
             None, "partner_list",
             "СПК (колхоз) «Заря»; ГБПОУ «Берёзовоярский агропромышленный колледж»; БУЗ «Берёзовоярская РБ»",
             None, None),
        ]),
        ("Обучающиеся", [
            ("Обучающиеся 10–19 лет, вошедшие в программы как наставляемые, чел.", 102, None, "mentees_10_19",
             102, None, None),
            ("Обучающиеся 15–19 лет — наставники (по приказу), чел.", 31, None, "mentors_15_19", 31, None, None),
        ]),
        ("Педагоги", [
            ("Педагоги, участвующие в персонализированных программах наставничества, чел.", 69, None,
             "teachers_in_pp", 69, None, None),
            ("Педагоги-наставники, чел.", 56, None, "teachers_mentors", 56, None, None),
            ("Молодые специалисты — наставники, чел.", 3, None, "young_specialists_mentors", 3, None, None),
            ("Педагоги (кроме молодых специалистов) — наставляемые, чел.", 21, None, "teachers_other_mentees",
             21, None, None),
            ("Молодые специалисты — наставляемые, чел.", 31, None, "young_specialists_mentees", 31, None, None),
        ]),
        ("Стимулирование и информационное сопровождение", [
            ("Положения о материальном стимулировании наставников, ед.", 9, None, "pay_acts", 9, None, None),
            ("Положения о нематериальном поощрении наставников, ед.", 12, None, "nonmaterial_acts", 12, None,
             None),
            ("Лучшие практики на сайте УО, ед.", 2, None, "best_practices", 2,
             "https://berezovoyar-uo.edu.ru/nastavnichestvo/luchshie-praktiki", "сайт"),
            ("Районные конкурсы по наставничеству, ед.", 0, None, "contests", 0, None, None),
            ("Сетевое сообщество педагогов-наставников", "нет", None, "network_community", 0, None, None),
        ]),
    ]
    r = 4
    for direction, items in blocks:
        start = r
        R.hd(ei, direction)
        for label, shown, fmt, cid, exp, url, text in items:
            put(ws, f"B{r}", label)
            put(ws, f"C{r}", shown, fmt=fmt, align=Alignment(horizontal="center", vertical="top", wrap_text=True))
            if url:
                hyperlink(ws, f"D{r}", url, text)
            else:
                put(ws, f"D{r}", None)
            R.val(ei, cid, sh, f"C{r}", exp, label)
            if url:
                R.link(ei, cid, sh, f"D{r}", url, "hyperlink")
            r += 1
        ws.merge_cells(f"A{start}:A{r - 1}")
        put(ws, f"A{start}", direction, bold=True, align=Alignment(vertical="center", wrap_text=True))
        for rr in range(start, r):
            ws[f"A{rr}"].border = BOX

    # the small table of organisations under the municipal block
    r += 2
    put(ws, f"A{r}", "Наставники в ОО района (по приказам ОО)", bold=True, border=False, wrap=False)
    r += 1
    ws.merge_cells(f"A{r}:B{r}")
    put(ws, f"A{r}", "Образовательная организация", bold=True, fill=HEAD_FILL, align=CENTER)
    put(ws, f"C{r}", "Кол-во наставников", bold=True, fill=HEAD_FILL, align=CENTER)
    R.hd(ei, "Наставники в ОО района (по приказам ОО)")
    r += 1
    ej = R.entry(fname, organisation=[n for n, _ in F4_SCHOOLS], n_orgs=len(F4_SCHOOLS))
    R.hd(ej, "Наставники в ОО района (по приказам ОО)")
    for i, (name, n) in enumerate(F4_SCHOOLS):
        ws.merge_cells(f"A{r}:B{r}")
        put(ws, f"A{r}", name)
        put(ws, f"C{r}", n, align=Alignment(horizontal="center"))
        R.val(ej, "mentors_total", sh, f"C{r}", n, "Кол-во наставников" if i == 0 else None, org=i)
        r += 1
    assert sum(n for _, n in F4_SCHOOLS) == 87
    save(wb, fname, "uo_berez")


# ---------------------------------------------------------------------------------------------
# F5. Кедровогорский городской округ — title; plan/fact table with % formats; partners on a sheet
# ---------------------------------------------------------------------------------------------
F5_PARTNERS = [
    ("АО «Кедровогорский горно-обогатительный комбинат»", "предприятие", "№ 14/н от 10.01.2024"),
    ("ООО «Кедр-Энерго»", "предприятие", "№ 3 от 15.01.2024"),
    ("ООО «КедрСтройИнвест»", "предприятие", "№ 22/н от 01.02.2024"),
    ("АО «Кедровогорская птицефабрика»", "предприятие", "№ 7 от 12.03.2024"),
    ("ГАУЗ «Кедровогорская городская больница»", "иная организация", "№ 5-с от 09.01.2024"),
    ("МБУК «Кедровогорский краеведческий музей»", "иная организация", "№ 2 от 17.01.2024"),
    ("ОМВД России по г. Кедровогорску", "иная организация", "№ 1/24 от 25.01.2024"),
    ("Местное отделение Движения первых г. Кедровогорска", "иная организация", "№ 11 от 04.03.2024"),
    ("ГКУ «Центр занятости населения г. Кедровогорска»", "иная организация", "№ 9 от 02.04.2024"),
    ("ГАПОУ «Кедровогорский индустриальный техникум»", "образовательная организация", "№ 18 от 30.01.2024"),
    ("ГАПОУ «Кедровогорский педагогический колледж»", "образовательная организация", "№ 4 от 05.02.2024"),
]


def f5():
    fname = "pokazateli_CMN_2024.xlsx"
    ei = R.entry(fname)
    wb = Workbook()
    ws = wb.active
    ws.title = "Показатели"
    sh = ws.title
    widths(ws, {"A": 6, "B": 66, "C": 9, "D": 16, "E": 18, "F": 56})
    ws.merge_cells("A1:F1")
    put(ws, "A1", "Департамент образования администрации Кедровогорского городского округа", bold=True,
        border=False, align=Alignment(horizontal="center"))
    ws.merge_cells("A2:F2")
    put(ws, "A2", "Показатели реализации муниципальной целевой модели наставничества за 2024 год", bold=True,
        border=False, align=Alignment(horizontal="center"))
    heads = ["№", "Наименование показателя", "Ед. изм.", "Целевое значение на 2024 г.",
             "Фактическое значение на 31.12.2024", "Источник / ссылка"]
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}4", h, bold=True, fill=HEAD_FILL, align=CENTER)
    ws.row_dimensions[4].height = 45
    R.nc(ei, "Целевое значение на 2024 г.")
    P = "0.00%"
    P0 = "0%"
    do = "https://kedrovogorsk-edu.gosuslugi.ru/netcat_files/docs/nastavnichestvo/"
    # (label, unit, target, fact, fmt, criterion, expected, link)
    rows = [
        ("Наличие муниципального приказа о реализации ЦМН", "да/нет", None, "да", None, "municipal_order", 1,
         do + "prikaz_DO_256_ot_29.08.2023.pdf"),
        ("Количество образовательных организаций в муниципальном образовании, в которых утверждены Положения о "
         "системе наставничества педагогических работников", "ед.", 28, 28, None, "orgs_regulation_teachers",
         28, None),
        ("Количество образовательных организаций, в которых утверждены Положения о системе наставничества "
         "обучающихся", "ед.", 26, 25, None, "orgs_regulation_students", 25, None),
        ("ОО, в которых издан приказ о мониторинге ЦМН", "ед.", 28, 27, None, "orgs_monitoring_order", 27, None),
        ("Количество ОО, принявших участие в мониторинге", "ед.", "—", 28, None, "orgs_total", 28, None),
        ("Доля образовательных организаций муниципалитета, реализующих систему наставничества педагогических "
         "работников", "%", 1, 1, P0, "share_orgs_teachers_system", 100, None),
        ("Доля образовательных организаций, реализующих систему наставничества обучающихся", "%", 0.95, 0.8929, P,
         "share_orgs_students_system", 89.29, None),
        ("Доля общеобразовательных организаций, реализующих систему наставничества педагогов", "%", 1, 1, P0,
         None, None, None),
        ("Доля организаций дополнительного образования, реализующих систему наставничества педагогов", "%", 1,
         1, P0, None, None, None),
        ("Численность наставников (по приказам ОО)", "чел.", 520, 544, None, "mentors_total", 544, None),
        ("Численность наставляемых (по приказам ОО)", "чел.", 900, 913, None, "mentees_total", 913, None),
        ("Обучающиеся 10–19 лет, всего", "чел.", "—", 11840, None, "students_10_19", 11840, None),
        ("Обучающиеся 10–19 лет — наставляемые", "чел.", 850, 803, None, "mentees_10_19", 803, None),
        ("Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли "
         "наставляемого", "%", 0.07, 0.0678, P, "share_mentees_10_19", 6.78, None),
        ("Обучающиеся 15–19 лет, всего", "чел.", "—", 3390, None, "students_15_19", 3390, None),
        ("Обучающиеся 15–19 лет — наставники", "чел.", 200, 214, None, "mentors_15_19", 214, None),
        ("Доля обучающихся 15–19 лет в роли наставника", "%", 0.06, 0.0631, P, "share_mentors_15_19", 6.31,
         None),
        ("Молодые специалисты в роли наставляемого", "чел.", "—", 64, None, "young_specialists_mentees", 64,
         None),
        ("Доля молодых специалистов, вошедших в программы наставничества в роли наставляемых", "%", 1, 0.9412, P,
         "share_young_specialists_mentees", 94.12, None),
        ("Педагогических работников в ОО округа", "чел.", "—", 1560, None, "teachers_municipal", 1560, None),
        ("Доля педагогов, вошедших в программы наставничества в роли наставляемого", "%", 0.07, 0.0705, P,
         "share_teachers_mentees", 7.05, None),
        ("Педагоги-наставники", "чел.", 310, 330, None, "teachers_mentors", 330, None),
        ("Доля педагогов-наставников", "%", 0.2, 0.2115, P, "share_teachers_mentors", 21.15, None),
        ("Уровень удовлетворённости наставляемых, % (опросный)", "%", 0.85, 0.912, "0.0%",
         "satisfaction_mentees", 91.2, None),
        ("Уровень удовлетворённости наставников, % (опросный)", "%", 0.85, 0.887, "0.0%",
         "satisfaction_mentors", 88.7, None),
        ("Количество муниципальных сетевых площадок по методическому сопровождению молодых педагогов", "ед.",
         2, 2, None, None, None, None),
        ("Муниципальные методические объединения наставников", "ед.", 2, 2, None,
         "municipal_methodical_associations", 2, do + "prikaz_o_GMO_nastavnikov_2024.pdf"),
        ("Профессиональные конкурсы по наставничеству, проведённые в 2024 г.", "ед.", 1, 2, None, "contests",
         2, do + "prikaz_itogi_konkursov_2024.pdf"),
        ("Лучшие практики наставничества, размещённые на ресурсах округа", "ед.", 5, 6, None, "best_practices",
         6, "https://kedrovogorsk-edu.gosuslugi.ru/nastavnichestvo/praktiki/"),
        ("Педагоги, обученные на КПК по вопросам наставничества (за 2024 г.)", "чел.", 40, 41, None,
         "kpk_trained", 41, "https://disk.yandex.ru/d/Kd9vT3xNeQ2mLa"),
        ("Соглашения о сотрудничестве с предприятиями (наставники-работники предприятий)", "ед.", "—", 4, None,
         "agreements_enterprises", 4, None),
        ("Соглашения о сотрудничестве с иными организациями", "ед.", "—", 5, None, "agreements_other_orgs", 5,
         None),
        ("Соглашения о сотрудничестве с другими образовательными организациями", "ед.", "—", 2, None,
         "agreements_edu_orgs", 2, None),
    ]
    r = 5
    for i, (label, unit, tgt, fact, fmt, cid, exp, url) in enumerate(rows, start=1):
        put(ws, f"A{r}", i, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"B{r}", label)
        put(ws, f"C{r}", unit, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"D{r}", tgt, fmt=fmt if isinstance(tgt, (int, float)) else None,
            align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"E{r}", fact, fmt=fmt, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"F{r}", url)
        if cid:
            R.val(ei, cid, sh, f"E{r}", exp, label)
            if url:
                R.link(ei, cid, sh, f"F{r}", url, "text")
        else:
            R.nc(ei, label)
        r += 1
    put(ws, f"B{r}", "Перечень организаций-партнёров — на листе «Партнёры»", border=False)

    p = wb.create_sheet("Партнёры")
    widths(p, {"A": 5, "B": 60, "C": 26, "D": 24})
    p.merge_cells("A1:D1")
    put(p, "A1", "Перечень предприятий (организаций), сотрудничающих с ОО округа по вопросам наставничества, "
                 "2024 г.", bold=True, border=False, align=Alignment(horizontal="center", wrap_text=True))
    p.row_dimensions[1].height = 32
    for col, h in zip("ABCD", ["№", "Наименование", "Вид организации", "Соглашение (№, дата)"]):
        put(p, f"{col}2", h, bold=True, fill=HEAD_FILL, align=CENTER)
    R.nc(ei, "Вид организации")
    R.nc(ei, "Соглашение (№, дата)")
    refs = []
    for i, (name, kind, agr) in enumerate(F5_PARTNERS, start=1):
        rr = i + 2
        put(p, f"A{rr}", i)
        put(p, f"B{rr}", name)
        put(p, f"C{rr}", kind)
        put(p, f"D{rr}", agr)
        refs.append(f"B{rr}")
    R.val(ei, "partner_list", "Партнёры", refs, [n for n, _, _ in F5_PARTNERS], "Наименование")
    assert sum(1 for _, k, _ in F5_PARTNERS if k == "предприятие") == 4
    assert sum(1 for _, k, _ in F5_PARTNERS if k == "иная организация") == 5
    save(wb, fname, "Методист ДО")


# ---------------------------------------------------------------------------------------------
# F6. Полянский муниципальный округ — the region's one-row form; targets and links in rows below
# ---------------------------------------------------------------------------------------------
def f6():
    fname = "CMN_MO_stroka_2024.xlsx"
    ei = R.entry(fname)
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма МО"
    sh = ws.title
    ws.merge_cells("A1:M1")
    put(ws, "A1", "Региональный мониторинг реализации целевой модели наставничества. Форма для муниципальных "
                  "образований. Отчётный год: 2024", bold=True, border=False, wrap=False)
    put(ws, "A2", "Заполняется муниципальным координатором; значения — по состоянию на 25.12.2024", border=False,
        wrap=False)
    partners = ("ООО «Полянский хлебозавод», ГБПОУ «Полянский многопрофильный колледж», "
                "ГБУ «КЦСОН Полянского муниципального округа»")
    ms = "https://polyansk-obr.gosuslugi.ru/netcat_files/nastavnichestvo/"
    # (column, header, fact shown, fmt, criterion, expected, target, link)
    cols = [
        ("B", "Приказ о реализации ЦМН в МО (1 – да / 0 – нет)", 1, None, "municipal_order", 1, None,
         ms + "prikaz_UO_19-od_2024.pdf"),
        ("C", "Кол-во ОО с положениями о наставничестве (педагогов / обучающихся)", "19 / 17", None, None, None,
         None, "https://disk.yandex.ru/d/Pl7nWb2cYs0QfR"),
        ("D", "Кол-во ОО, издавших приказ о мониторинге ЦМН", 18, None, "orgs_monitoring_order", 18, None, None),
        ("E", "Справка МО по итогам мониторинга (1/0)", 1, None, "municipal_analytic_note", 1, None,
         ms + "spravka_itogi_monitoringa_CMN_2024.pdf"),
        ("F", "Кол-во ОО — участников мониторинга", 19, None, "orgs_total", 19, None, None),
        ("G", "Кураторы ЦМН в ОО, чел.", 19, None, "curators_total", 19, None, None),
        ("H", "Наставники (по приказу), чел.", 176, None, "mentors_total", 176, 170, None),
        ("I", "Наставляемые (по приказу), чел.", 301, None, "mentees_total", 301, 290, None),
        ("J", "Доля ОО с системой наставничества педагогов, %", 100, None, "share_orgs_teachers_system", 100,
         100, None),
        ("K", "Доля ОО с системой наставничества обучающихся, %", 89.47, None, "share_orgs_students_system",
         89.47, 90, None),
        ("L", "Обучающиеся 10–19 лет, чел.", 3650, None, "students_10_19", 3650, None, None),
        ("M", "из них наставляемые, чел.", 247, None, "mentees_10_19", 247, None, None),
        ("N", "доля, %", 6.77, None, "share_mentees_10_19", 6.77, 7, None),
        ("O", "Обучающиеся 15–19 лет, чел.", 1105, None, "students_15_19", 1105, None, None),
        ("P", "из них наставники, чел.", 71, None, "mentors_15_19", 71, None, None),
        ("Q", "доля, %", 6.43, None, "share_mentors_15_19", 6.43, 6, None),
        ("R", "Педагогов в МО, чел.", 590, None, "teachers_municipal", 590, None, None),
        ("S", "Педагоги-наставники, чел.", 105, None, "teachers_mentors", 105, None, None),
        ("T", "Доля педагогов-наставников, %", 17.8, None, "share_teachers_mentors", 17.8, 18, None),
        ("U", "Молодые специалисты — наставляемые, чел.", 38, None, "young_specialists_mentees", 38, None, None),
        ("V", "Удовлетворённость наставляемых, %", 92.1, None, "satisfaction_mentees", 92.1, 85, None),
        ("W", "Удовлетворённость наставников, %", 90.4, None, "satisfaction_mentors", 90.4, 85, None),
        ("X", "Конкурсы по наставничеству в МО за год, ед.", 1, None, "contests", 1, None,
         ms + "prikaz_konkurs_nastavnik_2024.pdf"),
        ("Y", "Лучшие практики на ресурсах МО, ед.", 3, None, "best_practices", 3, None,
         "https://polyansk-obr.gosuslugi.ru/nastavnichestvo/luchshie-praktiki/"),
        ("Z", "Сетевое сообщество наставников (1/0)", 0, None, "network_community", 0, None, None),
        ("AA", "Список организаций-партнёров", partners, None, "partner_list", partners, None, None),
    ]
    groups = [("B", "E", "Нормативное обеспечение"), ("F", "K", "Организация наставничества"),
              ("L", "N", "Обучающиеся 10–19 лет в роли наставляемых"),
              ("O", "Q", "Обучающиеся 15–19 лет в роли наставников"), ("R", "U", "Педагогические работники"),
              ("V", "AA", "Результативность и информационное сопровождение")]
    ws.merge_cells("A3:A4")
    put(ws, "A3", "Муниципальное образование", bold=True, fill=HEAD_FILL, align=CENTER)
    ws["A4"].border = BOX
    for a, b, title in groups:
        ws.merge_cells(f"{a}3:{b}3")
        put(ws, f"{a}3", title, bold=True, fill=HEAD_FILL, align=CENTER)
        R.hd(ei, title)
    put(ws, "A5", "Полянский муниципальный округ", bold=True)
    put(ws, "A6", "Целевое значение на 2024 г. (муниципальная программа)")
    put(ws, "A7", "Ссылки на подтверждающие документы")
    R.nc(ei, "Целевое значение на 2024 г. (муниципальная программа)")
    ws.column_dimensions["A"].width = 34
    for col, head, shown, fmt, cid, exp, tgt, url in cols:
        ws[f"{col}3"].border = BOX
        put(ws, f"{col}4", head, bold=True, align=CENTER)
        put(ws, f"{col}5", shown, fmt=fmt, align=Alignment(horizontal="center", vertical="top", wrap_text=True))
        put(ws, f"{col}6", tgt, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"{col}7", url)
        ws.column_dimensions[col].width = 40 if col == "AA" else (24 if url else 15)
        if cid:
            R.val(ei, cid, sh, f"{col}5", exp, head)
            if url:
                R.link(ei, cid, sh, f"{col}7", url, "text")
        else:
            R.nc(ei, head)
    ws.row_dimensions[4].height = 75
    ws.freeze_panes = "B5"
    save(wb, fname, "Полянский МО")


# ---------------------------------------------------------------------------------------------
# F7. Нижнеозёрский район — analytic note as a workbook: count | total | share | plan | conclusion
# ---------------------------------------------------------------------------------------------
def f7():
    fname = "spravka_itogi_monitoringa_2024.xlsx"
    ei = R.entry(fname)
    wb = Workbook()
    ws = wb.active
    ws.title = "Справка"
    sh = ws.title
    widths(ws, {"A": 58, "B": 16, "C": 14, "D": 12, "E": 16, "F": 16})
    ws.merge_cells("A1:F1")
    put(ws, "A1", "Справка Управления образования администрации Нижнеозёрского района по итогам мониторинга "
                  "внедрения целевой модели наставничества (2024 год)", bold=True, border=False,
        align=Alignment(horizontal="center", wrap_text=True))
    ws.row_dimensions[1].height = 34
    uo = "https://nizhneozersk-uo.gosuslugi.ru/netcat_files/userfiles/CMN/"

    r = 3
    put(ws, f"A{r}", "1. Нормативное обеспечение и охват", bold=True, border=False, wrap=False)
    R.hd(ei, "1. Нормативное обеспечение и охват")
    r += 1
    for col, h in zip("ABC", ["Показатель", "Значение", "Документ"]):
        put(ws, f"{col}{r}", h, bold=True, fill=HEAD_FILL, align=CENTER)
    ws.merge_cells(f"C{r}:F{r}")
    r += 1
    block1 = [
        ("Приказ УО о внедрении ЦМН", "имеется (от 11.01.2023 № 5)", "municipal_order", 1,
         uo + "prikaz_5_ot_11.01.2023.pdf"),
        ("Приняли участие в мониторинге, ОО", 24, "orgs_total", 24, None),
        ("Положение о наставничестве педагогов утверждено, ОО", 24, "orgs_regulation_teachers", 24, None),
        ("Положение о наставничестве обучающихся утверждено, ОО", 22, "orgs_regulation_students", 22, None),
        ("Приказ о мониторинге издан, ОО", 23, "orgs_monitoring_order", 23, None),
        ("Справки ОО по итогам внутреннего мониторинга, ед.", 23, "internal_monitoring_notes", 23,
         "https://cloud.mail.ru/public/nZ4q/Tw8kR2pLx"),
        ("Наставников всего (по приказам ОО), чел.", 233, "mentors_total", 233, None),
        ("Наставляемых всего (по приказам ОО), чел.", 470, "mentees_total", 470, None),
    ]
    for label, shown, cid, exp, url in block1:
        put(ws, f"A{r}", label)
        put(ws, f"B{r}", shown, align=Alignment(horizontal="center", vertical="top", wrap_text=True))
        ws.merge_cells(f"C{r}:F{r}")
        put(ws, f"C{r}", url)
        R.val(ei, cid, sh, f"B{r}", exp, label)
        if url:
            R.link(ei, cid, sh, f"C{r}", url, "text")
        r += 1

    r += 1
    put(ws, f"A{r}", "2. Достижение показателей эффективности", bold=True, border=False, wrap=False)
    R.hd(ei, "2. Достижение показателей эффективности")
    r += 1
    heads = ["Показатель", "Кол-во, чел.", "Всего, чел.", "Доля, %", "Плановое значение, %", "Вывод"]
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}{r}", h, bold=True, fill=HEAD_FILL, align=CENTER)
    R.nc(ei, "Плановое значение, %")
    R.nc(ei, "Вывод")
    r += 1
    block2 = [
        ("Обучающиеся 10–19 лет в роли наставляемых", (396, "mentees_10_19"), (4512, "students_10_19"),
         (8.78, "share_mentees_10_19"), 8, "достигнуто"),
        ("Обучающиеся 15–19 лет в роли наставников", (88, "mentors_15_19"), (1471, "students_15_19"),
         (5.98, "share_mentors_15_19"), 6, "не достигнуто"),
        ("Молодые специалисты (до 35 лет, стаж до 3 лет) в роли наставляемых",
         (41, "young_specialists_mentees"), (47, "young_specialists"),
         (87.23, "share_young_specialists_mentees"), 100, "не достигнуто"),
        ("Педагоги в роли наставников", (145, "teachers_mentors"), (801, "teachers_municipal"),
         (18.1, "share_teachers_mentors"), 15, "достигнуто"),
        ("Удовлетворённость наставляемых завершёнными программами", None, None,
         (90.4, "satisfaction_mentees"), 85, "достигнуто"),
        ("Удовлетворённость наставников завершёнными программами", None, None,
         (88.9, "satisfaction_mentors"), 85, "достигнуто"),
    ]
    for label, cnt, tot, share, plan, concl in block2:
        put(ws, f"A{r}", label)
        for col, item in (("B", cnt), ("C", tot), ("D", share)):
            put(ws, f"{col}{r}", item[0] if item else None, align=Alignment(horizontal="center", vertical="top"))
            if item:
                R.val(ei, item[1], sh, f"{col}{r}", item[0], label + " / " + heads["BCD".index(col) + 1])
        put(ws, f"E{r}", plan, align=Alignment(horizontal="center", vertical="top"))
        put(ws, f"F{r}", concl, align=Alignment(horizontal="center", vertical="top"))
        r += 1

    r += 1
    put(ws, f"A{r}", "3. Категории обучающихся-наставляемых (10–19 лет), чел.", bold=True, border=False,
        wrap=False)
    R.hd(ei, "3. Категории обучающихся-наставляемых (10–19 лет), чел.")
    r += 1
    block3 = [
        ("«группа риска»", 37, "mentees_risk"),
        ("одарённые дети (вошедшие в реестры)", 52, "mentees_gifted"),
        ("дети с ОВЗ и дети-инвалиды", 19, "mentees_disabled"),
        ("низкая учебная мотивация, неудовлетворительная успеваемость", 64, "mentees_low_motivation"),
        ("затруднения в выборе образовательной траектории и профессии", 81, "mentees_career"),
        ("по иным основаниям", 143, "mentees_other_params"),
    ]
    assert sum(x[1] for x in block3) == 396
    for label, n, cid in block3:
        put(ws, f"A{r}", label)
        put(ws, f"B{r}", n, align=Alignment(horizontal="center"))
        R.val(ei, cid, sh, f"B{r}", n, label)
        r += 1

    r += 1
    put(ws, f"A{r}", "4. Методическое сопровождение", bold=True, border=False, wrap=False)
    R.hd(ei, "4. Методическое сопровождение")
    r += 1
    block4 = [
        ("Районное методическое объединение наставников, ед.", 1, "municipal_methodical_associations", 1,
         uo + "polozhenie_RMO_nastavnikov.pdf"),
        ("Школьные МО наставников, ед.", 9, "school_methodical_associations", 9, None),
        ("Конкурсы профмастерства по наставничеству (район), ед.", 1, "contests", 1,
         uo + "prikaz_itogi_konkursa_2024.pdf"),
        ("Лучшие практики, размещённые на сайте УО, ед.", 5, "best_practices", 5,
         "https://nizhneozersk-uo.gosuslugi.ru/nastavnichestvo/praktiki/"),
        ("Сетевое сообщество педагогов-наставников", "да", "network_community", 1,
         "https://vk.com/nastavniki_nizhneozersk"),
        ("Сетевые наставники, чел.", 3, "network_mentors", 3, None),
        ("Обучены на КПК по наставничеству в 2024 г., чел.", 17, "kpk_trained", 17, None),
    ]
    for label, shown, cid, exp, url in block4:
        put(ws, f"A{r}", label)
        put(ws, f"B{r}", shown, align=Alignment(horizontal="center"))
        ws.merge_cells(f"C{r}:F{r}")
        put(ws, f"C{r}", url)
        R.val(ei, cid, sh, f"B{r}", exp, label)
        if url:
            R.link(ei, cid, sh, f"C{r}", url, "text")
        r += 1
    r += 1
    put(ws, f"A{r}", "Исп.: Грачёва Т.С., начальник отдела общего образования, 8 (34 590) 3-11-27", border=False,
        wrap=False)
    save(wb, fname, "Грачёва Т.С.")


def verbatim_share():
    """How many value rows repeat a catalogue wording verbatim (normalised)."""
    import csv
    import re
    path = __import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "..", "..", "..", "Templates", "criteria.tsv")
    norm = lambda s: re.sub(r"\s+", " ", (s or "").replace("ё", "е").strip().lower())
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    words = set()
    for row in rows:
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if row.get(k):
                words.add(norm(row[k]))
    hits = [lab for _, _, lab in R.labels if norm(lab) in words]
    return len(hits), len(R.labels), hits


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7):
        fn()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(R.entries, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(R.cells, fh, ensure_ascii=False, indent=1)
    nv = sum(1 for c in R.cells if c["kind"] == "value")
    nl = sum(1 for c in R.cells if c["kind"] == "link")
    h, n, hits = verbatim_share()
    print(f"files={len({e['file'] for e in R.entries})} entries={len(R.entries)} values={nv} links={nl}")
    print(f"verbatim catalogue wordings: {h}/{n}")
    for x in hits:
        print("   ", x)


if __name__ == "__main__":
    main()
