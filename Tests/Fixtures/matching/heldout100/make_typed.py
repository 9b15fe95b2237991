#!/usr/bin/env python3
"""heldout100: forms whose row titles are short codes / abbreviations explained in a legend.

Deterministic generator (no randomness): writes typed/*.xlsx, expected.json, cells.json.
Municipality (invented): Юськинский район.
"""
import json
import pathlib
import datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

FIXED = datetime.datetime(2025, 1, 20, 9, 30, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")


def known_ids():
    ids = set()
    if CRITERIA_TSV.exists():
        with open(CRITERIA_TSV, encoding="utf-8") as f:
            next(f)
            for line in f:
                if line.strip():
                    ids.add(line.split("\t")[0])
    return ids


def pct(a, b):
    return round(a / b * 100, 2)


class Form:
    def __init__(self, file, org):
        self.file = file
        self.org = org
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        self.cells = []

    def value(self, ws, ref, crit, expected, typed=None, fmt=None):
        c = ws[ref]
        c.value = expected if typed is None else typed
        if fmt:
            c.number_format = fmt
        c.border = BOX
        assert crit not in self.values, (self.file, crit)
        self.values[crit] = expected
        self.cells.append({"file": self.file, "sheet": ws.title, "cell": ref, "criterion": crit,
                           "kind": "value", "expected": expected})

    def link(self, ws, ref, crit, url, text=None):
        c = ws[ref]
        c.border = BOX
        if text is None:
            c.value = url
        else:
            c.value = text
            c.hyperlink = url
            c.font = Font(color="0563C1", underline="single")
        if crit is None:
            return
        self.links[crit] = url
        self.cells.append({"file": self.file, "sheet": ws.title, "cell": ref, "criterion": crit,
                           "kind": "link", "expected": url})

    def entry(self):
        return {"file": self.file, "year": 2024, "organisation": self.org,
                "values": self.values, "links": self.links,
                "not_criteria": self.not_criteria, "headings": self.headings}


def new_wb(title):
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Пользователь"
    ws = wb.active
    ws.title = title
    return wb, ws


# --------------------------------------------------------------------------------------------
# File 1: МБОУ «СОШ № 1 с. Юськи» — legend «Расшифровка сокращений» on the same sheet below
# --------------------------------------------------------------------------------------------
def file1():
    f = Form("typed/01_sosh1_yuski_rasshifrovka.xlsx", "МБОУ «СОШ № 1 с. Юськи»")
    wb, ws = new_wb("ЦМН 2024")
    B = "https://sh1yuski-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    D = {
        "pol": B + "dokumenty_312.html",
        "polob": B + "dokumenty_313.html",
        "mon": B + "dokumenty_318.html",
        "spr": B + "dokumenty_341.html",
        "kur": B + "dokumenty_305.html",
        "baza": B + "dokumenty_320.html",
        "dog": B + "dogovory_2024.html",
        "pp": B + "programmy_2024.html",
        "obuch": B + "dokumenty_322.html",
        "anket": B + "monitoring_anketirovanie_2024.html",
        "ped": B + "dokumenty_325.html",
        "kpk": B + "kpk_2024.html",
        "shmo": B + "dokumenty_330.html",
        "la": "https://sh1yuski-r18.gosweb.gosuslugi.ru/ofitsialno/lokalnye-akty/polozhenie_o_stimulirovanii.html",
    }
    ws["A1"] = "Мониторинг реализации ЦМН (целевой модели наставничества) за 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "ОО: МБОУ «СОШ № 1 с. Юськи»"
    ws["A3"] = "Сокращения — см. расшифровку под таблицей"
    ws["A3"].font = Font(italic=True)
    hdr = ["№", "Показатель (сокр.)", "Ед. изм.", "2024", "Ссылка на документ"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = GREY
    partners = "СПК «Колхоз им. Кирова»; ООО «Юськинский хлебозавод»; МБУК «Юськинская ЦБС»"
    rows = [
        ("H", "1. Нормативка"),
        ("1.1", "Пол. о Н ПР", "да/нет", "orgs_regulation_teachers", 1, "да", D["pol"]),
        ("1.2", "Пол. о Н обуч.", "да/нет", "orgs_regulation_students", 1, "да", D["polob"]),
        ("1.3", "Пр. о мон.", "да/нет", "orgs_monitoring_order", 1, "да", D["mon"]),
        ("1.4", "ИС по ВМ", "да/нет", "internal_monitoring_notes", 1, "да", D["spr"]),
        ("H", "2. Организация"),
        ("2.1", "Кур.", "чел.", "curators_total", 2, None, D["kur"]),
        ("2.2", "Кол-во Н (пр.)", "чел.", "mentors_total", 58, None, D["baza"]),
        ("2.3", "Кол-во Нл (пр.)", "чел.", "mentees_total", 164, None, D["baza"]),
        ("2.4", "Кол-во НП", "ед.", None, 71, None, D["baza"]),
        ("2.5", "Д-р с ОО", "ед.", "agreements_edu_orgs", 1, None, D["dog"]),
        ("2.6", "Д-р с пред.", "ед.", "agreements_enterprises", 2, None, D["dog"]),
        ("2.7", "Д-р с ин. орг.", "ед.", "agreements_other_orgs", 1, None, D["dog"]),
        ("2.8", "Партнёры (наим.)", "", "partner_list", partners, None, D["dog"]),
        ("H", "3. ПП"),
        ("3.1", "ПП всего", "ед.", "pp_total", 46, None, D["pp"]),
        ("3.2", "ПП у–у", "ед.", "pp_pupil_pupil", 20, None, D["pp"]),
        ("3.3", "ПП п–п", "ед.", "pp_teacher_teacher", 12, None, D["pp"]),
        ("3.4", "ПП р–п", "ед.", "pp_head_teacher", 2, None, D["pp"]),
        ("3.5", "ПП п–у", "ед.", "pp_teacher_pupil", 10, None, D["pp"]),
        ("3.6", "ПП иные*", "ед.", "pp_other", 2, None, D["pp"]),
        ("H", "4. Внешние Н"),
        ("4.1", "Н из др. ОО", "чел.", "external_edu_mentors", 2, None, D["dog"]),
        ("4.2", "Н с пред.", "чел.", "enterprise_mentors", 3, None, D["dog"]),
        ("4.3", "Н из ин. орг.", "чел.", "other_org_mentors", 1, None, D["dog"]),
        ("H", "5. Обуч. 10–19 (Нл)"),
        ("5.1", "Об. 10–19", "чел.", "students_10_19", 512, None, None),
        ("5.2", "Нл 10–19", "чел.", "mentees_10_19", 118, None, D["obuch"]),
        ("5.3", "Уд. Нл 10–19", "%", "share_mentees_10_19", pct(118, 512), None, None),
        ("5.4", "Нл ГР", "чел.", "mentees_risk", 9, None, D["obuch"]),
        ("5.5", "Нл ОВЗ/ДИ", "чел.", "mentees_disabled", 6, None, D["obuch"]),
        ("5.6", "Нл ОД", "чел.", "mentees_gifted", 14, None, D["obuch"]),
        ("5.7", "Нл НМ", "чел.", "mentees_low_motivation", 21, None, D["obuch"]),
        ("5.8", "Нл ПО", "чел.", "mentees_career", 30, None, D["obuch"]),
        ("5.9", "Нл ИП", "чел.", "mentees_other_params", 12, None, D["obuch"]),
        ("H", "6. Обуч. 15–19 (Н)"),
        ("6.1", "Об. 15–19", "чел.", "students_15_19", 168, None, None),
        ("6.2", "Н 15–19 (пр.)", "чел.", "mentors_15_19", 26, None, D["baza"]),
        ("6.3", "Н 15–19 / всего", "%", "share_mentors_15_19", pct(26, 168), None, None),
        ("H", "7. УУ"),
        ("7.1", "УУ Нл", "%", "satisfaction_mentees", 86, None, D["anket"]),
        ("7.2", "УУ Н", "%", "satisfaction_mentors", 91, None, D["anket"]),
        ("H", "8. Пед. — Нл"),
        ("8.1", "МС", "чел.", "young_specialists", 7, None, None),
        ("8.2", "МС-нл", "чел.", "young_specialists_mentees", 7, None, D["ped"]),
        ("8.3", "Пед. (без МС)", "чел.", "teachers_other", 49, None, None),
        ("8.4", "Пед.-нл (без МС)", "чел.", "teachers_other_mentees", 5, None, D["ped"]),
        ("8.5", "Уд. МС-нл", "%", "share_young_specialists_mentees", pct(7, 7), None, None),
        ("8.6", "Уд. пед.-нл (все)", "%", "share_teachers_mentees", pct(12, 56), None, None),
        ("H", "9. Проф. развитие"),
        ("9.1", "Пед. в ПП", "чел.", "teachers_in_pp", 26, None, D["pp"]),
        ("9.2", "КПК", "чел.", "kpk_trained", 5, None, D["kpk"]),
        ("9.3", "ШМО Н", "ед.", "school_methodical_associations", 1, None, D["shmo"]),
        ("H", "10. Пед. — Н"),
        ("10.1", "Пед.-Н", "чел.", "teachers_mentors", 24, None, D["ped"]),
        ("10.2", "МС-Н", "чел.", "young_specialists_mentors", 1, None, D["ped"]),
        ("10.3", "Уд. пед.-Н", "%", "share_teachers_mentors", pct(24, 56), None, None),
        ("10.4", "Уд. МС-Н", "%", "share_young_specialists_mentors", pct(1, 7), None, None),
        ("H", "11. Стимулирование"),
        ("11.1", "ЛА опл. Н", "ед.", "pay_acts", 1, None, D["la"]),
        ("11.2", "ЛА немат. Н", "ед.", "nonmaterial_acts", 1, None, D["la"]),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            f.headings.append(row[1])
            r += 1
            continue
        num, title, unit, crit, exp, typed, url = row
        ws.cell(row=r, column=1, value=num).border = BOX
        ws.cell(row=r, column=2, value=title).border = BOX
        ws.cell(row=r, column=3, value=unit).border = BOX
        if crit is None:
            c = ws.cell(row=r, column=4, value=exp)
            c.border = BOX
            f.not_criteria.append(title)
            if url:
                f.link(ws, f"E{r}", None, url)
        else:
            f.value(ws, f"D{r}", crit, exp, typed)
            if url:
                f.link(ws, f"E{r}", crit, url)
            else:
                ws.cell(row=r, column=5).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="* ПП иные: «выпускник – ученик» (2)").font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="Расшифровка сокращений:").font = BOLD
    r += 1
    legend = [
        ("Н", "наставник(и)"),
        ("Нл", "наставляемый(-ые)"),
        ("НП", "наставнические пары и группы (справочно, в мониторинг не входит)"),
        ("(пр.)", "по приказу ОО о закреплении наставнических пар/групп"),
        ("Пол. о Н ПР", "положение о системе наставничества педагогических работников ОО"),
        ("Пол. о Н обуч.", "положение о системе наставничества обучающихся ОО"),
        ("Пр. о мон.", "приказ ОО о проведении мониторинга реализации ЦМН"),
        ("ИС по ВМ", "информационная справка ОО по итогам внутреннего мониторинга"),
        ("Кур.", "кураторы внедрения ЦМН в ОО"),
        ("Д-р", "договор (соглашение) о сотрудничестве, по которому партнёр направляет своих сотрудников наставниками"),
        ("пред. / ин. орг.", "предприятия / иные организации (любой формы собственности)"),
        ("ПП", "персонализированная программа наставничества"),
        ("у–у, п–п, р–п, п–у", "формы: ученик – ученик, педагог – педагог, руководитель – педагог, педагог (учитель) – ученик"),
        ("Об.", "обучающиеся ОО соответствующего возраста (всего)"),
        ("Уд.", "удельный вес (доля), %"),
        ("ГР", "«группа риска»"),
        ("ОВЗ/ДИ", "дети с ОВЗ и дети-инвалиды"),
        ("ОД", "одарённые дети, внесённые в реестры"),
        ("НМ", "низкая мотивация к учёбе, неудовлетворительная успеваемость"),
        ("ПО", "затруднения с выбором образовательной траектории и профессии"),
        ("ИП", "включены по иным параметрам"),
        ("Н 15–19 / всего", "удельный вес обучающихся 15–19 лет в роли Н от всех обучающихся 15–19 лет"),
        ("УУ", "уровень удовлетворённости участием в завершённых программах (анкетирование), %"),
        ("МС", "молодые специалисты (до 35 лет, стаж не более 3 лет)"),
        ("Пед. (без МС)", "педагогические работники ОО, кроме МС"),
        ("Уд. пед.-нл (все)", "доля педагогов в роли Нл (включая МС) от всех педагогов ОО"),
        ("Уд. пед.-Н", "доля педагогов в роли Н от всех педагогов ОО (включая МС)"),
        ("Пед. в ПП", "педагоги, участвующие в утверждённых ПП"),
        ("КПК", "прошли курсы повышения квалификации по наставничеству в 2024 г."),
        ("ШМО Н", "школьное методическое объединение наставников"),
        ("ЛА опл. Н / ЛА немат. Н", "локальные акты о материальном / нематериальном поощрении наставников"),
    ]
    for ab, meaning in legend:
        ws.cell(row=r, column=2, value=ab)
        ws.cell(row=r, column=3, value="—")
        ws.cell(row=r, column=4, value=meaning)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Директор _____________ Т. В. Широбокова")
    ws.cell(row=r + 1, column=2, value="Куратор ЦМН: Л. А. Кузнецова, тел. 8 (34161) 2-14-07")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 14
    ws.column_dimensions["E"].width = 70
    wb.save(HERE / f.file)
    return f


# --------------------------------------------------------------------------------------------
# File 2: МАОУ «Юськинская гимназия» — a column of footnote marks, the notes under the table.
# Here «Н» means НАСТАВЛЯЕМЫЕ and «НК» means наставники.
# --------------------------------------------------------------------------------------------
def file2():
    f = Form("typed/02_gimnaziya_snoski.xlsx", "МАОУ «Юськинская гимназия»")
    wb, ws = new_wb("Лист1")
    B = "https://gimnaziya-yuski-r18.gosweb.gosuslugi.ru/"
    D = {
        "baza": B + "netcat_files/nastavnichestvo/prikaz_147_ot_02_09_2024.pdf",
        "kur": B + "netcat_files/nastavnichestvo/prikaz_139_kuratory.pdf",
        "obuch": B + "ofitsialno/nastavnichestvo/baza-nastavlyaemyh/",
        "nk": B + "ofitsialno/nastavnichestvo/baza-nastavnikov/",
        "anket": B + "netcat_files/nastavnichestvo/itogi_anketirovaniya_2024.pdf",
        "ped": B + "netcat_files/nastavnichestvo/prikaz_148_pedagogi.pdf",
        "kpk": B + "netcat_files/nastavnichestvo/udostovereniya_kpk_2024.pdf",
        "la": B + "netcat_files/lokalnye_akty/polozhenie_o_stimuliruyushchih_vyplatah.pdf",
    }
    ws["B1"] = "Отчёт МАОУ «Юськинская гимназия» по мониторингу наставничества"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "период: 01.01.2024 – 31.12.2024"
    hdr = ["№ п/п", "Показатель", "Сноска", "Значение", "Подтверждающий документ (ссылка)"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = GREY
    P = "0.00%"
    rows = [
        ("H", "I. Участники"),
        ("1", "Кур. ЦМН", "", "curators_total", 3, None, None, D["kur"]),
        ("2", "НК (по приказу)", "2)", "mentors_total", 61, None, None, D["baza"]),
        ("3", "Н (по приказу)", "1)", "mentees_total", 188, None, None, D["baza"]),
        ("4", "Н, завершившие программу", "**", None, 97, None, None, D["baza"]),
        ("5", "Встречи НК – Н (кол-во)", "***", None, 412, None, None, None),
        ("H", "II. Обучающиеся"),
        ("6", "Об-ся 10–19", "", "students_10_19", 634, None, None, None),
        ("7", "Н 10–19", "1)", "mentees_10_19", 141, None, None, D["obuch"]),
        ("8", "Уд. Н, %", "3)", "share_mentees_10_19", pct(141, 634), 141 / 634, P, None),
        ("9", "Н: ГР", "4)", "mentees_risk", 7, None, None, D["obuch"]),
        ("10", "Н: ОВЗ, ДИ", "4)", "mentees_disabled", 4, None, None, D["obuch"]),
        ("11", "Н: ОД", "4)", "mentees_gifted", 26, None, None, D["obuch"]),
        ("12", "Н: НМ/НУ", "4)", "mentees_low_motivation", 15, None, None, D["obuch"]),
        ("13", "Н: ПТ", "4)", "mentees_career", 38, None, None, D["obuch"]),
        ("14", "Н: иное", "4)", "mentees_other_params", 9, None, None, D["obuch"]),
        ("15", "Об-ся 15–19", "", "students_15_19", 214, None, None, None),
        ("16", "НК 15–19", "2)", "mentors_15_19", 33, None, None, D["nk"]),
        ("17", "Уд. НК 15–19, %", "3)", "share_mentors_15_19", pct(33, 214), 33 / 214, P, None),
        ("H", "III. Удовлетворённость"),
        ("18", "УУ Н, %", "*", "satisfaction_mentees", 88.4, None, None, D["anket"]),
        ("19", "УУ НК, %", "*", "satisfaction_mentors", 92, None, None, D["anket"]),
        ("H", "IV. Педагоги"),
        ("20", "МС", "5)", "young_specialists", 9, None, None, None),
        ("21", "МС-Н", "1), 5)", "young_specialists_mentees", 8, None, None, D["ped"]),
        ("22", "МС-НК", "2), 5)", "young_specialists_mentors", 0, None, None, None),
        ("23", "Пед. (кроме МС)", "", "teachers_other", 52, None, None, None),
        ("24", "Пед.-Н", "1)", "teachers_other_mentees", 6, None, None, D["ped"]),
        ("25", "Пед.-НК", "2), 6)", "teachers_mentors", 25, None, None, D["ped"]),
        ("26", "Уд. МС-Н, %", "3)", "share_young_specialists_mentees", pct(8, 9), 8 / 9, P, None),
        ("27", "Уд. Пед.-Н, %", "3), 6)", "share_teachers_mentees", pct(14, 61), 14 / 61, P, None),
        ("28", "Уд. Пед.-НК, %", "3), 6)", "share_teachers_mentors", pct(25, 61), 25 / 61, P, None),
        ("29", "Уд. МС-НК, %", "3)", "share_young_specialists_mentors", 0.0, 0, P, None),
        ("30", "КПК (чел.)", "7)", "kpk_trained", 4, None, None, D["kpk"]),
        ("H", "V. Стимулирование"),
        ("31", "Пол. о мат. поощр. НК", "", "pay_acts", 1, None, None, D["la"]),
        ("32", "Пол. о немат. поощр. НК", "", "nonmaterial_acts", 1, None, None, D["la"]),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=2, value=row[1]).font = BOLD
            f.headings.append(row[1])
            r += 1
            continue
        num, title, mark, crit, exp, typed, fmt, url = row
        ws.cell(row=r, column=1, value=num).border = BOX
        ws.cell(row=r, column=2, value=title).border = BOX
        ws.cell(row=r, column=3, value=mark).border = BOX
        if crit is None:
            ws.cell(row=r, column=4, value=exp).border = BOX
            f.not_criteria.append(title)
            if url:
                f.link(ws, f"E{r}", None, url)
        else:
            f.value(ws, f"D{r}", crit, exp, typed, fmt)
            if url:
                f.link(ws, f"E{r}", crit, url)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Примечания:").font = BOLD
    r += 1
    notes = [
        "1) Н — наставляемые (обучающиеся и педагоги), численность по приказу гимназии о закреплении пар; "
        "«Н 10–19» — только обучающиеся 10–19 лет в роли наставляемого.",
        "2) НК — наставники (педагоги, обучающиеся, внешние), по приказу; «НК 15–19» — обучающиеся 15–19 лет "
        "в роли наставника.",
        "3) Уд. — удельный вес: строка 8 — от всех обучающихся 10–19 лет (стр. 6); строка 17 — от обучающихся "
        "15–19 лет (стр. 15); строки 26–29 — от численности соответствующей группы педагогов.",
        "4) категории наставляемых 10–19 лет: ГР — «группа риска»; ОВЗ, ДИ — дети с ОВЗ и дети-инвалиды; "
        "ОД — одарённые (в реестрах); НМ/НУ — низкая мотивация / неудовлетворительная успеваемость; "
        "ПТ — проблемы выбора образовательной траектории и профессии; иное — по иным основаниям.",
        "5) МС — молодые специалисты: возраст до 35 лет, не более трёх лет работы.",
        "6) Пед.-НК и Уд. Пед.-Н, Уд. Пед.-НК считаются по всем педагогам гимназии, включая МС (61 чел.); "
        "Пед.-Н — педагоги без МС.",
        "7) прошли КПК по вопросам наставничества в 2024 календарном году.",
        "* УУ — уровень удовлетворённости участием в завершённых программах (по анкетам), %.",
        "** справочно: наставляемые, завершившие программы в 2024 г.",
        "*** справочно, в региональную форму не входит.",
    ]
    for n in notes:
        c = ws.cell(row=r, column=2, value=n)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        c.alignment = WRAP
        c.font = Font(size=9)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Исп. Мерзлякова Е. С., зам. директора по УВР")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 8
    ws.column_dimensions["D"].width = 12
    ws.column_dimensions["E"].width = 80
    wb.save(HERE / f.file)
    return f


# --------------------------------------------------------------------------------------------
# File 3: МБОУ «Бурановская СОШ» — the legend on a separate sheet «Сокращения»
# --------------------------------------------------------------------------------------------
def file3():
    f = Form("typed/03_buranovo_list_sokrashcheniya.xlsx", "МБОУ «Бурановская СОШ»")
    wb, ws = new_wb("Форма 2024")
    B = "https://buranovo-shkola.ucoz.net/"
    D = {
        "pol": B + "docs/nastavnichestvo/polozhenie_pedagogi.pdf",
        "polob": B + "docs/nastavnichestvo/polozhenie_obuchayushchiesya.pdf",
        "mon": B + "docs/nastavnichestvo/prikaz_monitoring_2024.pdf",
        "spr": B + "docs/nastavnichestvo/spravka_vnutr_monitoring_2024.pdf",
        "baza": B + "docs/nastavnichestvo/prikaz_88_zakreplenie.pdf",
        "dog": B + "index/dogovory_o_sotrudnichestve/0-41",
        "pp": B + "index/personalizirovannye_programmy/0-42",
        "kpk": B + "docs/nastavnichestvo/kpk_2024.pdf",
        "mo": B + "docs/nastavnichestvo/prikaz_mo_nastavnikov.pdf",
        "la": B + "docs/lokalnye_akty/polozhenie_oplata_truda.pdf",
    }
    ws["A1"] = "МБОУ «Бурановская СОШ»"
    ws["A1"].font = BOLD
    ws["A2"] = "Мониторинг ЦМН, данные за 2024 календарный год (расшифровка кодов — лист «Сокращения»)"
    hdr = ["Показатель", "Знач.", "Ссылка"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = GREY
    partners = "ООО «Агрофирма «Бураново»; МБУК «Бурановский СДК»"
    kpk = "«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч)"
    rows = [
        ("H", "Норм. база"),
        ("Пол. НПР", "orgs_regulation_teachers", 1, None, D["pol"]),
        ("Пол. НО", "orgs_regulation_students", 1, None, D["polob"]),
        ("Пр. мон.", "orgs_monitoring_order", 1, None, D["mon"]),
        ("ИС ВМ", "internal_monitoring_notes", 1, None, D["spr"]),
        ("H", "Орг. процесс"),
        ("Кур.", "curators_total", 1, None, D["baza"]),
        ("Н (пр.)", "mentors_total", 34, None, D["baza"]),
        ("НЯ (пр.)", "mentees_total", 97, None, D["baza"]),
        ("Д-р с ОО", "agreements_edu_orgs", 0, None, None),
        ("Д-р с пред.", "agreements_enterprises", 1, None, D["dog"]),
        ("Д-р проч.", "agreements_other_orgs", 1, None, D["dog"]),
        ("Партнёры", "partner_list", partners, None, D["dog"]),
        ("ИОМ", None, 5, None, D["pp"]),
        ("H", "ПП"),
        ("ПП (всего)", "pp_total", 27, None, D["pp"]),
        ("ПП у–у", "pp_pupil_pupil", 12, None, D["pp"]),
        ("ПП п–п", "pp_teacher_teacher", 7, None, D["pp"]),
        ("ПП р–п", "pp_head_teacher", 1, None, D["pp"]),
        ("ПП п–у", "pp_teacher_pupil", 6, None, D["pp"]),
        ("ПП др.", "pp_other", 1, None, D["pp"]),
        ("H", "Внешние Н"),
        ("Н внеш. ОО", "external_edu_mentors", 0, None, None),
        ("Н пред.", "enterprise_mentors", 2, None, D["dog"]),
        ("Н проч. орг.", "other_org_mentors", 1, None, D["dog"]),
        ("H", "Обучающиеся"),
        ("Об. 10–19", "students_10_19", 298, None, None),
        ("НЯ 10–19", "mentees_10_19", 64, None, D["baza"]),
        ("% НЯ 10–19", "share_mentees_10_19", pct(64, 298), "21,48", None),
        ("Об. 15–19", "students_15_19", 86, None, None),
        ("Н 15–19", "mentors_15_19", 14, None, D["baza"]),
        ("% Н 15–19", "share_mentors_15_19", pct(14, 86), "16,28", None),
        ("H", "Проф. развитие"),
        ("Пед. в ПП", "teachers_in_pp", 15, None, D["pp"]),
        ("КПК", "kpk_trained", 3, None, D["kpk"]),
        ("КПК (назв.)", "kpk_courses", kpk, None, D["kpk"]),
        ("МО Н", "school_methodical_associations", 1, None, D["mo"]),
        ("H", "Стимул."),
        ("ЛА мат.", "pay_acts", 1, None, D["la"]),
        ("ЛА немат.", "nonmaterial_acts", 0, None, None),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            f.headings.append(row[1])
            r += 1
            continue
        title, crit, exp, typed, url = row
        ws.cell(row=r, column=1, value=title).border = BOX
        if crit is None:
            ws.cell(row=r, column=2, value=exp).border = BOX
            f.not_criteria.append(title)
            if url:
                f.link(ws, f"C{r}", None, url)
        else:
            f.value(ws, f"B{r}", crit, exp, typed)
            if url:
                f.link(ws, f"C{r}", crit, url)
            else:
                ws.cell(row=r, column=3).border = BOX
        r += 1
    ws.cell(row=r + 1, column=1, value="Дата заполнения: 15.01.2025")
    ws.cell(row=r + 2, column=1, value="Отв.: Ившина Н. П.")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 62

    lg = wb.create_sheet("Сокращения")
    lg["A1"] = "Сокращение"
    lg["B1"] = "Полное наименование"
    lg["A1"].font = BOLD
    lg["B1"].font = BOLD
    legend = [
        ("Н", "наставник (наставники)"),
        ("НЯ", "наставляемый (наставляемые)"),
        ("(пр.)", "по приказу о закреплении наставнических пар"),
        ("Пол. НПР", "Положение о системе наставничества педагогических работников школы"),
        ("Пол. НО", "Положение о системе наставничества обучающихся школы"),
        ("Пр. мон.", "приказ о проведении мониторинга реализации целевой модели наставничества в школе"),
        ("ИС ВМ", "информационная справка школы по итогам внутреннего мониторинга"),
        ("Кур.", "куратор(ы) внедрения целевой модели"),
        ("Д-р с ОО", "соглашения с другими образовательными организациями (их сотрудники — наставники в школе)"),
        ("Д-р с пред.", "соглашения с предприятиями о направлении сотрудников в наставники"),
        ("Д-р проч.", "соглашения с иными организациями (любой формы собственности) о наставниках"),
        ("Партнёры", "предприятия и организации, сотрудничающие со школой по наставничеству"),
        ("ИОМ", "индивидуальные образовательные маршруты педагогов (для внутреннего учёта)"),
        ("СП", "стажёрская площадка (в 2024 г. не работала)"),
        ("ПП", "персонализированная программа наставничества (утверждённая)"),
        ("у–у", "ученик – ученик"),
        ("п–п", "педагог – педагог (учитель – учитель)"),
        ("р–п", "руководитель – педагог"),
        ("п–у", "учитель – ученик"),
        ("др.", "другая форма (в 2024 г. — «родитель – ученик»)"),
        ("Н внеш. ОО", "наставники из сторонних образовательных организаций"),
        ("Н пред.", "наставники — сотрудники предприятий"),
        ("Н проч. орг.", "наставники — сотрудники иных организаций"),
        ("Об. 10–19 / Об. 15–19", "всего обучающихся школы в возрасте 10–19 / 15–19 лет"),
        ("%", "доля от общего числа обучающихся соответствующего возраста"),
        ("Пед. в ПП", "педагоги — участники утверждённых ПП"),
        ("КПК", "педагоги, прошедшие в 2024 г. курсы повышения квалификации по наставничеству"),
        ("КПК (назв.)", "наименование пройденных курсов"),
        ("МО Н", "школьное методическое объединение наставников"),
        ("ЛА мат. / ЛА немат.", "локальный акт о материальном / нематериальном стимулировании наставников"),
    ]
    for i, (a, b) in enumerate(legend, start=2):
        lg.cell(row=i, column=1, value=a)
        lg.cell(row=i, column=2, value=b)
    lg.column_dimensions["A"].width = 22
    lg.column_dimensions["B"].width = 90
    wb.save(HERE / f.file)
    return f


# --------------------------------------------------------------------------------------------
# File 4: МКОУ «Пычасская ООШ» — the wording only in cell comments (notes) on the title cells
# --------------------------------------------------------------------------------------------
def file4():
    f = Form("typed/04_pychas_oosh_primechaniya.xlsx", "МКОУ «Пычасская ООШ»")
    wb, ws = new_wb("2024")
    B = "https://pychas-oosh.edu-yuski.ru/sveden/nastavnichestvo/"
    D = {
        "pol": B + "polozhenie_nastavnichestvo_2023.pdf",
        "mon": B + "prikaz_58_monitoring.pdf",
        "spr": B + "spravka_itogi_2024.pdf",
        "baza": B + "prikaz_61_pary.pdf",
        "anket": B + "anketirovanie_dekabr_2024.pdf",
        "pp": B + "programmy.html",
        "kpk": B + "kpk_kuzmina.pdf",
    }
    ws["A1"] = "Мониторинг ЦМН — 2024 год"
    ws["A1"].font = BOLD
    ws["A2"] = "МКОУ «Пычасская ООШ»"
    ws["A3"] = "(наведите курсор на код показателя — там пояснение)"
    ws["A3"].font = Font(italic=True, size=9)
    for i, h in enumerate(["Код", "Кол-во / да-нет", "Документ"]):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
    rows = [
        ("ПОЛ-П", "Положение о системе наставничества педагогических работников школы (утв. приказом № 57 от 29.08.2023)",
         "orgs_regulation_teachers", 1, None, D["pol"]),
        ("ПОЛ-О", "Положение о наставничестве обучающихся (то же положение, раздел 4)",
         "orgs_regulation_students", 1, None, D["pol"]),
        ("ПР-М", "Приказ по школе о мониторинге реализации целевой модели наставничества",
         "orgs_monitoring_order", 1, None, D["mon"]),
        ("СПР-ВМ", "Справка по итогам внутреннего мониторинга наставничества за 2024 год",
         "internal_monitoring_notes", 1, None, D["spr"]),
        ("КУР", "Кураторы внедрения ЦМН в школе, чел.", "curators_total", 1, None, D["baza"]),
        ("НАСТ", "Наставники — всего по приказу (педагоги + ученики), чел.", "mentors_total", 12, None, D["baza"]),
        ("НАСТ-Я", "Наставляемые — всего по приказу о закреплении пар, чел.", "mentees_total", 29, None, D["baza"]),
        ("О10-19", "Все обучающиеся 10–19 лет в школе, чел.", "students_10_19", 71, None, None),
        ("НЯ10-19", "Из них вошли в программы наставничества как наставляемые, чел.", "mentees_10_19", 22, None, D["baza"]),
        ("ДОЛЯ-НЯ", "Доля НЯ10-19 от О10-19, %", "share_mentees_10_19", pct(22, 71), None, None),
        ("ГР", "Наставляемые 10–19 лет из «группы риска», чел.", "mentees_risk", 3, None, D["baza"]),
        ("ОВЗ", "Наставляемые 10–19 лет — дети с ОВЗ и дети-инвалиды, чел.", "mentees_disabled", 2, None, D["baza"]),
        ("НМУ", "Наставляемые 10–19 лет с низкой мотивацией / неуспевающие, чел.", "mentees_low_motivation", 6, None, D["baza"]),
        ("ПРОФ", "Наставляемые 10–19 лет, у которых трудности с выбором профиля и профессии, чел.",
         "mentees_career", 8, None, D["baza"]),
        ("О15-19", "Все обучающиеся 15–19 лет (9 класс), чел.", "students_15_19", 11, None, None),
        ("НАСТ15-19", "Ученики 15–19 лет — наставники по приказу, чел.", "mentors_15_19", 3, None, D["baza"]),
        ("УДН-Я", "Удовлетворённость наставляемых участием в завершённых программах, % (анкета)",
         "satisfaction_mentees", 90, None, D["anket"]),
        ("УДН", "Удовлетворённость наставников участием в завершённых программах, % (анкета)",
         "satisfaction_mentors", 95, None, D["anket"]),
        ("МС", "Молодые специалисты (до 35 лет, первые 3 года работы), чел.", "young_specialists", 1, None, None),
        ("МС-НЯ", "Молодые специалисты в роли наставляемого, чел.", "young_specialists_mentees", 1, None, D["baza"]),
        ("ПЕД", "Педагоги школы без молодых специалистов, чел.", "teachers_other", 13, None, None),
        ("ПЕД-НЯ", "Педагоги (не МС) в роли наставляемого, чел.", "teachers_other_mentees", 2, None, D["baza"]),
        ("ПЕД-Н", "Педагоги в роли наставника (все, вкл. МС), чел.", "teachers_mentors", 8, None, D["baza"]),
        ("ДОЛЯ-ПН", "Доля педагогов-наставников от всех педагогов школы (14 чел.), %", "share_teachers_mentors",
         pct(8, 14), None, None),
        ("ПП", "Персонализированные программы наставничества — всего утверждено, ед.", "pp_total", 9, None, D["pp"]),
        ("ПП-УУ", "ПП по форме «ученик – ученик», ед.", "pp_pupil_pupil", 3, None, D["pp"]),
        ("ПП-ПП", "ПП по форме «педагог – педагог», ед.", "pp_teacher_teacher", 3, None, D["pp"]),
        ("ПП-УчУ", "ПП по форме «учитель – ученик», ед.", "pp_teacher_pupil", 3, None, D["pp"]),
        ("КПК", None, "kpk_trained", 1, None, D["kpk"]),
        ("СОБР", "Родительские собрания, на которых рассматривались вопросы наставничества (для внутреннего учёта, "
                 "в отчёт МО не идёт)", None, 2, None, None),
        ("ВСЕГО ОБУЧ.", "Контингент школы на 31.12.2024 (все классы)", None, 96, None, None),
    ]
    r = 6
    for title, note, crit, exp, typed, url in rows:
        c = ws.cell(row=r, column=1, value=title)
        c.border = BOX
        if note:
            cm = Comment(note, "Кузьмина О.В.")
            cm.width = 300
            cm.height = 90
            c.comment = cm
        if crit is None:
            ws.cell(row=r, column=2, value=exp).border = BOX
            f.not_criteria.append(title)
        else:
            f.value(ws, f"B{r}", crit, exp, typed)
            if url:
                f.link(ws, f"C{r}", crit, url)
            else:
                ws.cell(row=r, column=3).border = BOX
        r += 1
    ws.cell(row=r + 1, column=1, value="Заполнила: Кузьмина О. В., зам. по УВР")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 60
    wb.save(HERE / f.file)
    return f


# --------------------------------------------------------------------------------------------
# File 5: МБОУ «Кечёвская СОШ» — region's numbering «П1.3» as the only title; the legend
# «Условные обозначения» to the right of the table on the same sheet (with entries not in the table)
# --------------------------------------------------------------------------------------------
def file5():
    f = Form("typed/05_kechevo_kody_P.xlsx", "МБОУ «Кечёвская СОШ»")
    wb, ws = new_wb("Мониторинг")
    B = "https://kechevo-school.ru/"
    D = {
        "pol": B + "wp-content/uploads/2024/09/polozhenie-nastavnichestvo-ped.pdf",
        "polob": B + "wp-content/uploads/2024/09/polozhenie-nastavnichestvo-obuch.pdf",
        "mon": B + "wp-content/uploads/2024/10/prikaz-202-monitoring.pdf",
        "spr": B + "wp-content/uploads/2024/12/spravka-vnutrenniy-monitoring.pdf",
        "baza": B + "wp-content/uploads/2024/09/prikaz-171-pary.pdf",
        "dog": B + "nastavnichestvo/dogovory/",
        "pp": B + "nastavnichestvo/programmy/",
        "anket": B + "wp-content/uploads/2024/12/anketa-itogi.pdf",
        "kpk": B + "wp-content/uploads/2024/11/kpk-nastavniki.pdf",
        "shmo": B + "wp-content/uploads/2024/09/plan-shmo-nastavnikov.pdf",
        "la": B + "wp-content/uploads/2024/01/polozhenie-o-premirovanii.pdf",
    }
    ws["A1"] = "Форма ОО-ЦМН. Организация: МБОУ «Кечёвская СОШ». Отчётный период: 2024 г."
    ws["A1"].font = BOLD
    for i, h in enumerate(["Код", "Значение", "Документ (URL)"]):
        c = ws.cell(row=3, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = GREY
    rows = [
        ("H", "Раздел 1"),
        ("П1.1", "orgs_regulation_teachers", 1, None, D["pol"]),
        ("П1.2", "orgs_regulation_students", 1, None, D["polob"]),
        ("П1.3", "orgs_monitoring_order", 1, None, D["mon"]),
        ("П1.4", "internal_monitoring_notes", 1, None, D["spr"]),
        ("H", "Раздел 2"),
        ("П2.1", "curators_total", 2, None, D["baza"]),
        ("П2.2", "mentors_total", 41, None, D["baza"]),
        ("П2.3", "mentees_total", 104, None, D["baza"]),
        ("П2.4", None, 47, None, D["baza"]),
        ("П2.5", "agreements_edu_orgs", 1, None, D["dog"]),
        ("П2.6", "agreements_enterprises", 1, None, D["dog"]),
        ("П2.7", "agreements_other_orgs", 0, None, None),
        ("H", "Раздел 3"),
        ("П3.1", "pp_total", 31, None, D["pp"]),
        ("П3.2", "pp_pupil_pupil", 14, None, D["pp"]),
        ("П3.3", "pp_teacher_teacher", 8, None, D["pp"]),
        ("П3.4", "pp_head_teacher", 1, None, D["pp"]),
        ("П3.5", "pp_teacher_pupil", 8, None, D["pp"]),
        ("H", "Раздел 5"),
        ("П5.1", "students_10_19", 371, None, None),
        ("П5.2", "mentees_10_19", 77, None, D["baza"]),
        ("П5.3", "share_mentees_10_19", pct(77, 371), None, None),
        ("П5.4", "mentees_risk", 5, None, D["baza"]),
        ("П5.5", "mentees_disabled", 3, None, D["baza"]),
        ("П5.6", "mentees_gifted", 11, None, D["baza"]),
        ("H", "Раздел 6"),
        ("П6.1", "students_15_19", 122, None, None),
        ("П6.2", "mentors_15_19", 19, None, D["baza"]),
        ("П6.3", "share_mentors_15_19", pct(19, 122), None, None),
        ("H", "Раздел 7"),
        ("П7.1", "satisfaction_mentees", 84.6, None, D["anket"]),
        ("П7.2", "satisfaction_mentors", 89.2, None, D["anket"]),
        ("H", "Раздел 8"),
        ("П8.1", "young_specialists", 5, None, None),
        ("П8.2", "young_specialists_mentees", 5, None, D["baza"]),
        ("П8.3", "teachers_other", 38, None, None),
        ("П8.4", "teachers_other_mentees", 4, None, D["baza"]),
        ("П8.5", "share_young_specialists_mentees", pct(5, 5), None, None),
        ("П8.6", "share_teachers_mentees", pct(9, 43), None, None),
        ("П8.7", None, 9, None, None),
        ("H", "Раздел 9–11"),
        ("П9.1", "kpk_trained", 2, None, D["kpk"]),
        ("П9.2", "school_methodical_associations", 1, None, D["shmo"]),
        ("П10.1", "teachers_mentors", 17, None, D["baza"]),
        ("П10.2", "share_teachers_mentors", pct(17, 43), None, None),
        ("П11.1", "pay_acts", 1, None, D["la"]),
        ("П11.2", "nonmaterial_acts", 1, None, D["la"]),
        ("П12.1", None, 6, None, "https://kechevo-school.ru/category/novosti/nastavnichestvo/"),
    ]
    r = 4
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            f.headings.append(row[1])
            r += 1
            continue
        code, crit, exp, typed, url = row
        ws.cell(row=r, column=1, value=code).border = BOX
        if crit is None:
            ws.cell(row=r, column=2, value=exp).border = BOX
            f.not_criteria.append(code)
            if url:
                f.link(ws, f"C{r}", None, url)
        else:
            f.value(ws, f"B{r}", crit, exp, typed)
            if url:
                f.link(ws, f"C{r}", crit, url)
            else:
                ws.cell(row=r, column=3).border = BOX
        r += 1
    ws.cell(row=r + 1, column=1, value="Директор школы _________ А. Г. Перевощикова")

    # legend to the right: columns F:G
    ws["F3"] = "Условные обозначения (перечень показателей формы ОО-ЦМН)"
    ws["F3"].font = BOLD
    legend = [
        ("П1.1", "Утверждено ли в ОО положение о наставничестве педагогов (1/0)"),
        ("П1.2", "Утверждено ли в ОО положение о наставничестве обучающихся (1/0)"),
        ("П1.3", "Издан ли приказ ОО о мониторинге реализации целевой модели (1/0)"),
        ("П1.4", "Есть ли информационная справка ОО по итогам внутреннего мониторинга (1/0)"),
        ("П2.1", "Кураторы внедрения целевой модели в ОО, чел."),
        ("П2.2", "Наставники ОО по приказу, чел."),
        ("П2.3", "Наставляемые ОО по приказу, чел."),
        ("П2.4", "Наставнические пары и группы, ед. (справочно)"),
        ("П2.5", "Соглашения с образовательными организациями, направившими наставников, ед."),
        ("П2.6", "Соглашения с предприятиями, направившими наставников, ед."),
        ("П2.7", "Соглашения с иными организациями, направившими наставников, ед."),
        ("П3.1", "Персонализированные программы, всего, ед."),
        ("П3.2–П3.5", "в т.ч. по формам: ученик–ученик; педагог–педагог; руководитель–педагог; учитель–ученик"),
        ("П4.1–П4.3", "наставники из внешних организаций — заполняет Управление образования, ОО не заполняет"),
        ("П5.1", "Обучающиеся в возрасте 10–19 лет, всего, чел."),
        ("П5.2", "Из них в программах наставничества в роли наставляемого, чел."),
        ("П5.3", "Доля П5.2 от П5.1, %"),
        ("П5.4", "Наставляемые 10–19 лет из «группы риска», чел."),
        ("П5.5", "Наставляемые 10–19 лет — дети с ОВЗ, дети-инвалиды, чел."),
        ("П5.6", "Наставляемые — одарённые дети (из реестров), чел."),
        ("П6.1", "Обучающиеся 15–19 лет, всего, чел."),
        ("П6.2", "Обучающиеся 15–19 лет — наставники по приказу, чел."),
        ("П6.3", "Доля П6.2 от П6.1, %"),
        ("П7.1 / П7.2", "Удовлетворённость наставляемых / наставников завершёнными программами, %"),
        ("П8.1", "Молодые специалисты ОО (до 35 лет, стаж до 3 лет), чел."),
        ("П8.2", "Молодые специалисты — наставляемые, чел."),
        ("П8.3", "Педагоги ОО, не считая молодых специалистов, чел."),
        ("П8.4", "Педагоги (кроме молодых специалистов) — наставляемые, чел."),
        ("П8.5", "Доля П8.2 от П8.1, %"),
        ("П8.6", "Доля педагогов-наставляемых (П8.2 + П8.4) от всех педагогов (П8.1 + П8.3), %"),
        ("П8.7", "Наставляемые педагоги всего (П8.2 + П8.4), чел. — контрольная строка"),
        ("П9.1", "Педагоги, обученные на КПК по наставничеству за год, чел."),
        ("П9.2", "Методические объединения наставников в ОО, ед."),
        ("П10.1", "Педагоги-наставники, чел."),
        ("П10.2", "Доля П10.1 от всех педагогов ОО (П8.1 + П8.3), %"),
        ("П11.1 / П11.2", "Локальные акты о материальном / нематериальном поощрении наставников, ед."),
        ("П12.1", "Новости о наставничестве на сайте ОО за год, ед. (показатель ОО, не региональный)"),
    ]
    for i, (a, b) in enumerate(legend, start=4):
        ws.cell(row=i, column=6, value=a)
        ws.cell(row=i, column=7, value=b)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 11
    ws.column_dimensions["C"].width = 64
    ws.column_dimensions["E"].width = 3
    ws.column_dimensions["F"].width = 13
    ws.column_dimensions["G"].width = 88
    wb.save(HERE / f.file)
    return f


# --------------------------------------------------------------------------------------------
# File 6: МБУ ДО «Юськинский ЦДТ» — the legend as one «Примечание: НП — …; Н — …» paragraph
# --------------------------------------------------------------------------------------------
def file6():
    f = Form("typed/06_cdt_primechanie.xlsx", "МБУ ДО «Юськинский ЦДТ»")
    wb, ws = new_wb("Лист1")
    B = "https://cdt-yuski.udmschool.ru/"
    D = {
        "pol": B + "file/download?id=2817",
        "polob": B + "file/download?id=2818",
        "mon": B + "file/download?id=2904",
        "spr": B + "file/download?id=3011",
        "baza": B + "file/download?id=2851",
        "dog": B + "site/pub?id=411",
        "anket": B + "file/download?id=3016",
        "pp": B + "site/pub?id=418",
    }
    ws.merge_cells("A1:D1")
    ws["A1"] = "Сведения МБУ ДО «Юськинский ЦДТ» для мониторинга наставничества, 2024 г."
    ws["A1"].font = BOLD
    for i, h in enumerate(["Показатель", "Ед.", "2024", "Ссылка"]):
        c = ws.cell(row=3, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
    partners = "МБОУ «СОШ № 1 с. Юськи»; МАОУ «Юськинская гимназия»; ИП Корепанов А. В. (фотостудия «Кадр»)"
    rows = [
        ("Пол. (ПДО)", "да/нет", "orgs_regulation_teachers", 1, "есть", D["pol"]),
        ("Пол. (Об.)", "да/нет", "orgs_regulation_students", 1, "есть", D["polob"]),
        ("Пр. мониторинг", "да/нет", "orgs_monitoring_order", 1, "есть", D["mon"]),
        ("Справка ВМ", "да/нет", "internal_monitoring_notes", 1, "есть", D["spr"]),
        ("Кур.", "чел.", "curators_total", 1, None, D["baza"]),
        ("Н", "чел.", "mentors_total", 23, None, D["baza"]),
        ("Нс", "чел.", "mentees_total", 61, None, D["baza"]),
        ("НП", "ед.", None, 25, None, D["baza"]),
        ("Д с ОО", "ед.", "agreements_edu_orgs", 2, None, D["dog"]),
        ("Д с пред.", "ед.", "agreements_enterprises", 1, None, D["dog"]),
        ("Партнёры", "", "partner_list", partners, None, D["dog"]),
        ("Н из ОО", "чел.", "external_edu_mentors", 2, None, D["dog"]),
        ("Н пред.", "чел.", "enterprise_mentors", 1, None, D["dog"]),
        ("Об. 10–19", "чел.", "students_10_19", 415, None, None),
        ("Нс 10–19", "чел.", "mentees_10_19", 52, None, D["baza"]),
        ("Нс 10–19 / Об. 10–19", "%", "share_mentees_10_19", pct(52, 415), None, None),
        ("Нс: одар.", "чел.", "mentees_gifted", 17, None, D["baza"]),
        ("Нс: ОВЗ", "чел.", "mentees_disabled", 3, None, D["baza"]),
        ("Об. 15–19", "чел.", "students_15_19", 118, None, None),
        ("Н 15–19", "чел.", "mentors_15_19", 9, None, D["baza"]),
        ("Н 15–19 / Об. 15–19", "%", "share_mentors_15_19", pct(9, 118), None, None),
        ("УУ Нс", "%", "satisfaction_mentees", 93, None, D["anket"]),
        ("УУ Н", "%", "satisfaction_mentors", 95, None, D["anket"]),
        ("ПДО (без МС)", "чел.", "teachers_other", 19, None, None),
        ("МС", "чел.", "young_specialists", 3, None, None),
        ("МС-Нс", "чел.", "young_specialists_mentees", 3, None, D["baza"]),
        ("ПДО-Нс", "чел.", "teachers_other_mentees", 2, None, D["baza"]),
        ("ПДО-Н", "чел.", "teachers_mentors", 11, None, D["baza"]),
        ("ПДО-Н / все ПДО", "%", "share_teachers_mentors", pct(11, 22), None, None),
        ("ПП всего", "ед.", "pp_total", 14, None, D["pp"]),
        ("ПП у–у", "ед.", "pp_pupil_pupil", 6, None, D["pp"]),
        ("ПП п–п", "ед.", "pp_teacher_teacher", 5, None, D["pp"]),
        ("ПП п–у", "ед.", "pp_teacher_pupil", 3, None, D["pp"]),
        ("Мероприятия с НП", "ед.", None, 6, None, None),
    ]
    r = 4
    for title, unit, crit, exp, typed, url in rows:
        ws.cell(row=r, column=1, value=title).border = BOX
        ws.cell(row=r, column=2, value=unit).border = BOX
        if crit is None:
            ws.cell(row=r, column=3, value=exp).border = BOX
            f.not_criteria.append(title)
            if url:
                f.link(ws, f"D{r}", None, url)
        else:
            f.value(ws, f"C{r}", crit, exp, typed)
            if url:
                f.link(ws, f"D{r}", crit, url)
            else:
                ws.cell(row=r, column=4).border = BOX
        r += 1
    r += 1
    note = ("Примечание: НП — наставнические пары (группы); Н — наставники; Нс — наставляемые; "
            "Об. — обучающиеся (воспитанники объединений ЦДТ) указанного возраста; ПДО — педагоги "
            "дополнительного образования; МС — молодые специалисты (до 35 лет, не более 3 лет стажа); "
            "Пол. — положение о системе наставничества; Справка ВМ — справка по итогам внутреннего мониторинга; "
            "Кур. — куратор ЦМН; Д — соглашение о сотрудничестве (партнёр направляет наставников); "
            "пред. — предприятия; ПП — персонализированные программы наставничества (у–у — ученик–ученик, "
            "п–п — педагог–педагог, п–у — педагог–ученик); УУ — уровень удовлетворённости участием "
            "в завершённых программах по результатам анкетирования, %; одар. — одарённые дети из реестров; "
            "ОВЗ — дети с ОВЗ и дети-инвалиды.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    c = ws.cell(row=r, column=1, value=note)
    c.alignment = WRAP
    c.font = Font(size=9)
    ws.row_dimensions[r].height = 110
    r += 1
    note2 = "Примечание 2: строки «НП» и «Мероприятия с НП» даны справочно (не показатели мониторинга)."
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=1, value=note2).font = Font(size=9, italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Директор МБУ ДО «Юськинский ЦДТ» ______ С. Н. Бабинцева")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 7
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 48
    wb.save(HERE / f.file)
    return f


# --------------------------------------------------------------------------------------------
# File 7: the municipality's own form — «Условные обозначения» ABOVE the table
# --------------------------------------------------------------------------------------------
def file7():
    f = Form("typed/07_uo_yuski_municipalnyi.xlsx", None)
    wb, ws = new_wb("МО")
    B = "https://yuski-uo.ru/"
    D = {
        "prikaz": B + "documents/prikaz-uo-112-ot-15-03-2021.pdf",
        "ias": B + "documents/ias-monitoring-cmn-2024.pdf",
        "svod": B + "documents/svod-monitoring-oo-2024.xlsx",
        "mmo": B + "documents/prikaz-uo-mmo-nastavnikov.pdf",
        "lp": "https://pedsoobshestvo-udm.ru/nastavnichestvo/yuskinskiy-rayon/",
        "konk": B + "news/konkurs-nastavnik-goda-2024/",
        "ss": B + "documents/prikaz-setevoe-soobshchestvo.pdf",
    }
    ws["A1"] = "Управление образования Администрации муниципального образования «Юськинский район»"
    ws["A2"] = "Мониторинг реализации ЦМН: муниципальный уровень, 2024 год"
    ws["A1"].font = BOLD
    ws["A2"].font = BOLD
    ws["A4"] = "Условные обозначения:"
    ws["A4"].font = Font(bold=True, italic=True)
    legend = [
        "ОО — образовательные организации, подведомственные УО (школы, ДОП);",
        "УО — Управление образования; ЦМН — целевая модель наставничества;",
        "ИАС — информационно-аналитическая справка по итогам мониторинга;",
        "Пол. ПР / Пол. обуч. — положения о системе наставничества педагогов / обучающихся;",
        "ИС — справка ОО по итогам внутреннего мониторинга;",
        "ММО Н — муниципальные (районные) методические объединения наставников;",
        "ЛП — лучшие практики наставничества (сайт УО, сайт Сообщества педагогов УР), за год;",
        "Конк. — муниципальные конкурсы профмастерства по наставничеству, за год;",
        "СС ПН — сетевое сообщество педагогов-наставников (приказ МОиН УР № 15/09 от 29.12.2017); "
        "СН — сетевые наставники;",
        "Засед. ММО, Сем. — справочно, не показатели мониторинга.",
    ]
    r = 5
    for line in legend:
        ws.cell(row=r, column=1, value=line).font = Font(size=9)
        r += 1
    r += 1
    hdr_row = r
    for i, h in enumerate(["№", "Показ.", "Ед.", "Значение", "Подтверждение"]):
        c = ws.cell(row=hdr_row, column=i + 1, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = GREY
    rows = [
        ("H", "1. Нормативное обеспечение"),
        ("1", "Пр. УО о ЦМН", "1/0", "municipal_order", 1, None, D["prikaz"]),
        ("2", "ИАС по итогам мон.", "1/0", "municipal_analytic_note", 1, None, D["ias"]),
        ("3", "ОО (всего)", "ед.", "orgs_total", 14, None, None),
        ("4", "ОО с Пол. ПР", "ед.", "orgs_regulation_teachers", 14, None, D["svod"]),
        ("5", "ОО с Пол. обуч.", "ед.", "orgs_regulation_students", 13, None, D["svod"]),
        ("6", "ОО с пр. о мон.", "ед.", "orgs_monitoring_order", 14, None, D["svod"]),
        ("7", "ОО с ИС", "ед.", "internal_monitoring_notes", 13, None, D["svod"]),
        ("8", "Доля ОО (Пол. ПР)", "%", "share_orgs_teachers_system", pct(14, 14), None, None),
        ("9", "Доля ОО (Пол. обуч.)", "%", "share_orgs_students_system", pct(13, 14), None, None),
        ("H", "2. Участники"),
        ("10", "Кур. (всего)", "чел.", "curators_total", 16, None, D["svod"]),
        ("11", "Н всего (пр.)", "чел.", "mentors_total", 318, None, D["svod"]),
        ("12", "Нл всего (пр.)", "чел.", "mentees_total", 842, None, D["svod"]),
        ("H", "3. Методическая работа, информирование"),
        ("13", "ММО Н", "ед.", "municipal_methodical_associations", 1, None, D["mmo"]),
        ("14", "Засед. ММО", "ед.", None, 4, None, D["mmo"]),
        ("15", "Сем. для Н", "ед.", None, 3, None, None),
        ("16", "ЛП", "ед.", "best_practices", 4, None, D["lp"]),
        ("17", "Конк.", "ед.", "contests", 1, None, D["konk"]),
        ("18", "СС ПН", "1/0", "network_community", 1, None, D["ss"]),
        ("19", "СН", "чел.", "network_mentors", 6, None, D["ss"]),
    ]
    r = hdr_row + 1
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            f.headings.append(row[1])
            r += 1
            continue
        num, title, unit, crit, exp, typed, url = row
        ws.cell(row=r, column=1, value=num).border = BOX
        ws.cell(row=r, column=2, value=title).border = BOX
        ws.cell(row=r, column=3, value=unit).border = BOX
        if crit is None:
            ws.cell(row=r, column=4, value=exp).border = BOX
            f.not_criteria.append(title)
            if url:
                f.link(ws, f"E{r}", None, url)
        else:
            f.value(ws, f"D{r}", crit, exp, typed)
            if url:
                f.link(ws, f"E{r}", crit, url)
            else:
                ws.cell(row=r, column=5).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Начальник УО ____________ Р. Ф. Ворончихина")
    ws.cell(row=r + 1, column=1, value="Исп.: методист ИМЦ Гаврилова Т. А.")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 7
    ws.column_dimensions["D"].width = 11
    ws.column_dimensions["E"].width = 62
    wb.save(HERE / f.file)
    return f


def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    forms = [file1(), file2(), file3(), file4(), file5(), file6(), file7()]
    ids = known_ids()
    if ids:
        for fm in forms:
            for k in list(fm.values) + list(fm.links):
                assert k in ids, (fm.file, k)
    expected = [fm.entry() for fm in forms]
    cells = [c for fm in forms for c in fm.cells]
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(HERE / "cells.json", "w", encoding="utf-8") as fh:
        json.dump({"cells": cells}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    nv = sum(len(fm.values) for fm in forms)
    nl = sum(len(fm.links) for fm in forms)
    nn = sum(len(fm.not_criteria) for fm in forms)
    print(f"files={len(forms)} forms={len(expected)} values={nv} links={nl} not_criteria={nn}")


if __name__ == "__main__":
    main()
