#!/usr/bin/env python3
"""Held-out set 56: one organisation's answers arrive in several files.

Municipality (invented): Южнокамский муниципальный округ, reporting year 2024.
Schools:
  A  МБОУ «СОШ № 7»          – 3 files: sections 1–4 (deputy), teachers/mentors (HR), links only (secretary)
  B  МАОУ «Гимназия № 2»     – 2 files: mentees & pairs (deputy for upbringing), staff & documents (HR);
                               both repeat «наставники по приказу» with the SAME value
  C  МБОУ «Лицей № 1»        – 2 files: numbers only (with a 2023 column), links only
  D  МБОУ «Никольская СОШ»   – 1 whole file (for comparison)
Deterministic: fixed data, no randomness.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = []
CELLS = []


class Form:
    """One workbook = one entry of expected.json."""

    def __init__(self, fname, sheet, organisation):
        self.fname = fname
        self.rel = "typed/" + fname
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = sheet
        self.entry = {"file": self.rel, "year": YEAR, "organisation": organisation,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}

    def cell(self, ref, value, fmt=None, bold=False, border=True, fill=None, wrap=True):
        c = self.ws[ref]
        c.value = value
        if fmt:
            c.number_format = fmt
        if bold:
            c.font = BOLD
        if border:
            c.border = BORDER
        if fill:
            c.fill = fill
        if wrap:
            c.alignment = WRAP
        return c

    def value(self, ref, crit, raw, expected, fmt=None):
        assert crit not in self.entry["values"], (self.fname, crit)
        self.cell(ref, raw, fmt=fmt)
        self.entry["values"][crit] = expected
        CELLS.append({"file": self.rel, "sheet": self.ws.title, "cell": ref, "kind": "value",
                      "criterion": crit, "expected": expected,
                      **({"number_format": fmt} if fmt else {})})

    def link(self, ref, crit, url):
        assert crit not in self.entry["links"], (self.fname, crit)
        self.cell(ref, url)
        self.entry["links"][crit] = url
        CELLS.append({"file": self.rel, "sheet": self.ws.title, "cell": ref, "kind": "link",
                      "criterion": crit, "expected": url})

    def heading(self, row, text, first_col="A", last_col="D"):
        ref = f"{first_col}{row}"
        self.cell(ref, text, bold=True, fill=SEC_FILL)
        self.ws.merge_cells(f"{first_col}{row}:{last_col}{row}")
        self.entry["headings"].append(text)

    def not_criterion(self, title):
        self.entry["not_criteria"].append(title)

    def widths(self, **w):
        for col, width in w.items():
            self.ws.column_dimensions[col].width = width

    def save(self):
        self.wb.save(os.path.join(TYPED, self.fname))
        EXPECTED.append(self.entry)


YES = 1
NO = 0


# ---------------------------------------------------------------------------------------------
# School A: МБОУ «СОШ № 7»  (3 files)
# ---------------------------------------------------------------------------------------------
A_KPK = ("«Организация сопровождения наставничества в образовательных организациях», ИРО, 36 ч.; "
         "«Эффективные инструменты наставничества», АНО «Большая перемена», 24 ч.")
A_PARTNERS = ("ГАПОУ «Южнокамский политехнический техникум»; ООО «КамМеталлСтрой»; "
              "АО «Южнокамскгаз»; МБУК «Централизованная библиотечная система»")


def school_a_sections_1_4():
    f = Form("СОШ_7_раздел_1-4.xlsx", "Разделы 1-4", "МБОУ «СОШ № 7»")
    f.cell("A1", "МБОУ «СОШ № 7». Мониторинг реализации целевой модели наставничества за 2024 год, разделы 1–4",
           bold=True, border=False, wrap=False)
    f.cell("A2", "Заполнил: Михайлова Т.А., заместитель директора по УВР. Разделы 5–7 направляет "
                 "зам. директора по ВР, ссылки на документы – секретарь (отдельными файлами).",
           border=False, wrap=False)
    for col, h in zip("ABCDE", ["№", "Показатель", "Ед. изм.", "Значение", "Примечание"]):
        f.cell(f"{col}4", h, bold=True, fill=HEAD_FILL)
    r = 5
    rows = [
        ("h", "1. Нормативное обеспечение"),
        ("v", "1.1", "Приказ об утверждении Положения о системе наставничества педагогических работников",
         "да/нет", "orgs_regulation_teachers", "да", YES),
        ("v", "1.2", "Приказ об утверждении Положения о наставничестве обучающихся", "да/нет",
         "orgs_regulation_students", "да", YES),
        ("v", "1.3", "Приказ о проведении мониторинга ЦМН в школе", "да/нет", "orgs_monitoring_order", "да", YES),
        ("n", "1.4", "Дорожная карта внедрения ЦМН", "да/нет", "да"),
        ("h", "2. Организация процесса реализации ЦМН"),
        ("v", "2.1", "Кураторы внедрения ЦМН в школе", "чел.", "curators_total", 1, 1),
        ("v", "2.2", "Утверждённые программы наставничества по формам (без персонализированных)", "шт.",
         "programmes_total", 4, 4),
        ("v", "2.3", "Соглашения о сотрудничестве с другими образовательными организациями (их сотрудники – наставники)",
         "шт.", "agreements_edu_orgs", 1, 1),
        ("v", "2.4", "Соглашения с ИРО о предоставлении наставников", "шт.", "agreements_iro", 0, 0),
        ("v", "2.5", "Соглашения с предприятиями (сотрудники предприятий – наставники)", "шт.",
         "agreements_enterprises", 2, 2),
        ("v", "2.6", "Соглашения с иными организациями любых форм собственности", "шт.",
         "agreements_other_orgs", 1, 1),
        ("v", "2.7", "Организации-партнёры по наставничеству (наименования)", "перечень", "partner_list",
         A_PARTNERS, A_PARTNERS),
        ("v", "2.8", "Наставники в базе школы (по приказу)", "чел.", "mentors_total", 38, 38),
        ("v", "2.9", "Наставляемые в базе школы (по приказу)", "чел.", "mentees_total", 95, 95),
        ("v", "2.10", "Справка по итогам внутреннего мониторинга", "да/нет", "internal_monitoring_notes", "да", YES),
        ("n", "2.11", "Количество предприятий и организаций, участвующих в программах наставничества", "шт.", 4),
        ("h", "3. Персонализированные программы наставничества (ППН)"),
        ("v", "3.1", "ППН, всего", "шт.", "pp_total", 41, 41),
        ("v", "3.2", "ППН «ученик – ученик»", "шт.", "pp_pupil_pupil", 14, 14),
        ("v", "3.3", "ППН «учитель – учитель»", "шт.", "pp_teacher_teacher", 9, 9),
        ("v", "3.4", "ППН «студент – студент»", "шт.", "pp_student_student", 0, 0),
        ("v", "3.5", "ППН «руководитель – педагог»", "шт.", "pp_head_teacher", 2, 2),
        ("v", "3.6", "ППН «студент – ученик»", "шт.", "pp_student_pupil", 0, 0),
        ("v", "3.7", "ППН «учитель – ученик»", "шт.", "pp_teacher_pupil", 12, 12),
        ("v", "3.8", "ППН по иным формам", "шт.", "pp_other", 4, 4, "«работодатель – ученик» – 4"),
        ("h", "4. Наставники из внешних организаций"),
        ("v", "4.1", "Наставники из других образовательных организаций (по приказу)", "чел.",
         "external_edu_mentors", 2, 2),
        ("v", "4.2", "Наставники – сотрудники ИРО", "чел.", "iro_mentors", 0, 0),
        ("v", "4.3", "Наставники из иных организаций", "чел.", "other_org_mentors", 1, 1),
        ("v", "4.4", "Наставники – работники предприятий", "чел.", "enterprise_mentors", 3, 3),
    ]
    for row in rows:
        if row[0] == "h":
            f.heading(r, row[1], "A", "E")
        elif row[0] == "v":
            _, num, title, unit, crit, raw, exp, *note = row
            f.cell(f"A{r}", num)
            f.cell(f"B{r}", title)
            f.cell(f"C{r}", unit)
            f.value(f"D{r}", crit, raw, exp)
            f.cell(f"E{r}", note[0] if note else None)
        else:
            _, num, title, unit, raw = row
            f.cell(f"A{r}", num)
            f.cell(f"B{r}", title)
            f.cell(f"C{r}", unit)
            f.cell(f"D{r}", raw)
            f.cell(f"E{r}", None)
            f.not_criterion(title)
        r += 1
    f.cell(f"B{r + 1}", "Директор ____________ С.В. Лаптев", border=False)
    f.widths(A=6, B=70, C=10, D=22, E=28)
    f.save()


def school_a_staff():
    f = Form("СОШ7 (наставники).xlsx", "Лист1", "МБОУ СОШ №7")
    f.cell("A1", "ОО:", bold=True, border=False)
    f.cell("B1", "МБОУ СОШ №7", border=False)
    f.cell("A2", "Раздел:", bold=True, border=False)
    f.cell("B2", "педагоги – молодые специалисты, наставники, повышение квалификации, стимулирование", border=False)
    f.cell("A3", "Период:", bold=True, border=False)
    f.cell("B3", "2024 год (по состоянию на 31.12.2024)", border=False)
    f.cell("A4", "Ответственный:", bold=True, border=False)
    f.cell("B4", "Горбунова Л.Н., специалист по кадрам", border=False)
    for col, h in zip("ABC", ["Показатель", "Значение", "Примечание"]):
        f.cell(f"{col}6", h, bold=True, fill=HEAD_FILL)
    PCT = "0.00%"
    rows = [
        ("h", "Молодые специалисты и педагоги в роли наставляемых"),
        ("v", "Молодые специалисты (до 35 лет, стаж до 3 лет) в школе, всего", "young_specialists", 7, 7),
        ("v", "   из них включены в программы наставничества как наставляемые", "young_specialists_mentees", 7, 7),
        ("v", "Педагоги без учёта молодых специалистов, всего", "teachers_other", 52, 52),
        ("v", "Педагоги (кроме молодых специалистов) – наставляемые", "teachers_other_mentees", 4, 4),
        ("v", "Доля молодых специалистов-наставляемых", "share_young_specialists_mentees", 1.0, 100, PCT),
        ("v", "Доля педагогов-наставляемых (от всех педагогов школы)", "share_teachers_mentees", 0.1864, 18.64, PCT),
        ("n", "Средний возраст педагогического коллектива, лет", 46),
        ("h", "Профессиональное развитие"),
        ("v", "Педагоги, участвующие в утверждённых ППН", "teachers_in_pp", 30, 30),
        ("v", "Стажёры на базе стажёрской площадки", "trainees_internship", 0, 0),
        ("v", "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", 2, 2),
        ("v", "Названия курсов", "kpk_courses", A_KPK, A_KPK),
        ("v", "Методическое объединение наставников в школе", "school_methodical_associations", 1, 1),
        ("h", "Педагоги-наставники"),
        ("v", "Педагоги в роли наставника", "teachers_mentors", 18, 18),
        ("v", "Молодые специалисты в роли наставника", "young_specialists_mentors", 1, 1),
        ("v", "Доля педагогов-наставников", "share_teachers_mentors", 0.3051, 30.51, PCT),
        ("v", "Доля молодых специалистов-наставников", "share_young_specialists_mentors", 0.1429, 14.29, PCT),
        ("n", "Внешние совместители, чел.", 3),
        ("h", "Стимулирование наставников"),
        ("v", "Локальные акты об оплате (доплате) за наставничество", "pay_acts", 1, 1),
        ("v", "Локальные акты о нематериальном поощрении наставников", "nonmaterial_acts", 1, 1),
    ]
    r = 7
    for row in rows:
        if row[0] == "h":
            f.heading(r, row[1], "A", "C")
        elif row[0] == "v":
            _, title, crit, raw, exp, *fmt = row
            f.cell(f"A{r}", title)
            f.value(f"B{r}", crit, raw, exp, fmt=fmt[0] if fmt else None)
            f.cell(f"C{r}", None)
        else:
            _, title, raw = row
            f.cell(f"A{r}", title)
            f.cell(f"B{r}", raw)
            f.cell(f"C{r}", None)
            f.not_criterion(title)
        r += 1
    f.ws["C8"].value = "все 7 закреплены приказом от 02.09.2024"
    f.widths(A=62, B=16, C=40)
    f.save()


def school_a_links():
    site = "https://shkola7yuzhnokamsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/"
    f = Form("сош 7 ссылки на документы.xlsx", "ссылки", "сош 7")
    f.cell("A1", "Ссылки на подтверждающие документы к мониторингу наставничества (2024)", bold=True,
           border=False, wrap=False)
    for col, h in zip("ABC", ["№", "Документ / к какому показателю", "Ссылка"]):
        f.cell(f"{col}2", h, bold=True, fill=HEAD_FILL)
    rows = [
        ("Положение о системе наставничества педагогических работников (приказ от 30.08.2024 № 118-о)",
         "orgs_regulation_teachers", site + "prikaz_118-o_polozhenie_ped.pdf"),
        ("Положение о наставничестве обучающихся (приказ от 30.08.2024 № 119-о)",
         "orgs_regulation_students", site + "prikaz_119-o_polozhenie_obuch.pdf"),
        ("Приказ о мониторинге реализации ЦМН в школе", "orgs_monitoring_order",
         site + "prikaz_monitoring_cmn.pdf"),
        ("Дорожная карта ЦМН на 2024-2025 уч. год", None, site + "dorozhnaya_karta_2024-2025.pdf"),
        ("Приказ о назначении куратора ЦМН", "curators_total", site + "prikaz_kurator.pdf"),
        ("Программы наставничества по формам", "programmes_total", site + "programmy_nastavnichestva.pdf"),
        ("Соглашение с ГАПОУ «Южнокамский политехнический техникум»", "agreements_edu_orgs",
         site + "soglashenie_tekhnikum.pdf"),
        ("Соглашения с предприятиями (ООО «КамМеталлСтрой», АО «Южнокамскгаз»)", "agreements_enterprises",
         site + "soglasheniya_predpriyatiya.pdf"),
        ("Соглашение с МБУК «ЦБС»", "agreements_other_orgs", site + "soglashenie_cbs.pdf"),
        ("База наставников (приказ от 02.09.2024 № 121-о, приложение 1)", "mentors_total",
         site + "prikaz_121-o_pril1_nastavniki.pdf"),
        ("База наставляемых (приказ от 02.09.2024 № 121-о, приложение 2)", "mentees_total",
         site + "prikaz_121-o_pril2_nastavlyaemye.pdf"),
        ("Справка по итогам внутреннего мониторинга", "internal_monitoring_notes",
         site + "spravka_monitoring_2024.pdf"),
        ("Персонализированные программы (папка)", "pp_total", "https://disk.yandex.ru/d/Sh7_PPN_2024_xQ4k"),
        ("Наставники с предприятий – приказ о привлечении", "enterprise_mentors",
         site + "prikaz_nastavniki_predpriyatiya.pdf"),
        ("Молодые специалисты – наставляемые (приказ о закреплении)", "young_specialists_mentees",
         site + "prikaz_molodye_specialisty.pdf"),
        ("Педагоги-наставники (приказ)", "teachers_mentors", site + "prikaz_pedagogi_nastavniki.pdf"),
        ("Удостоверения о КПК по наставничеству", "kpk_trained", "https://disk.yandex.ru/d/Sh7_KPK_2024_m2Zp"),
        ("Приказ о создании ШМО наставников", "school_methodical_associations", site + "prikaz_shmo.pdf"),
        ("Положение об оплате труда (раздел о доплате наставникам)", "pay_acts",
         site + "polozhenie_oplata_truda.pdf"),
        ("Положение о нематериальном поощрении наставников", "nonmaterial_acts",
         site + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
    ]
    r = 3
    for i, (title, crit, url) in enumerate(rows, 1):
        f.cell(f"A{r}", i)
        f.cell(f"B{r}", title)
        if crit:
            f.link(f"C{r}", crit, url)
        else:
            f.cell(f"C{r}", url)
            f.not_criterion(title)
        r += 1
    f.widths(A=5, B=70, C=90)
    f.save()


# ---------------------------------------------------------------------------------------------
# School B: МАОУ «Гимназия № 2»  (2 files, overlapping on mentors_total with the same value)
# ---------------------------------------------------------------------------------------------
B_SITE = "https://gimn2-yuzhnokamsk.edu.ru/upload/nastavnichestvo/"
B_MENTORS_URL = B_SITE + "prikaz_134_zakreplenie_par_2024.pdf"
B_PARTNERS = ("ГАПОУ «Южнокамский педагогический колледж», МБУ ДО «Детская школа искусств № 1», "
              "АОУ ДПО «Институт развития образования», ООО «Южнокамский хлебозавод»")
B_KPK = ("«Реализация системы наставничества педагогических работников в образовательной организации» (ИРО, 36 ч.); "
         "«Наставник проектной деятельности» (РОЦОД, 36 ч.)")


def school_b_pupils():
    f = Form("Гимназия2_наставляемые_и_пары.xlsx", "ВР", "МАОУ «Гимназия № 2»")
    f.cell("A1", "МАОУ «Гимназия № 2»", bold=True, border=False, wrap=False)
    f.ws.merge_cells("A1:C1")
    f.cell("A2", "Мониторинг ЦМН за 2024 год: наставляемые, наставнические пары "
                 "(заполняет зам. директора по ВР Кузнецова О.П.)", border=False, wrap=False)
    for col, h in zip("ABC", ["Показатель", "Значение", "Источник информации (ссылка)"]):
        f.cell(f"{col}4", h, bold=True, fill=HEAD_FILL)
    PCT = "0.00%"
    PCT0 = "0%"
    rows = [
        ("h", "Наставнические пары и персонализированные программы"),
        ("v", "Наставников по приказу о закреплении пар (всего)", "mentors_total", 46, 46, None, B_MENTORS_URL),
        ("v", "Наставляемых по приказу (всего, обучающиеся и педагоги)", "mentees_total", 152, 152, None,
         B_SITE + "prikaz_134_pril2_nastavlyaemye.pdf"),
        ("v", "Персонализированные программы наставничества – всего", "pp_total", 58, 58, None,
         B_SITE + "ppn_2024.zip"),
        ("v", "   в т.ч. ученик – ученик", "pp_pupil_pupil", 21, 21, None, None),
        ("v", "   учитель – учитель (педагог – педагог)", "pp_teacher_teacher", 8, 8, None, None),
        ("v", "   студент – студент", "pp_student_student", 0, 0, None, None),
        ("v", "   руководитель – педагог", "pp_head_teacher", 3, 3, None, None),
        ("v", "   студент – ученик", "pp_student_pupil", 0, 0, None, None),
        ("v", "   учитель – ученик", "pp_teacher_pupil", 24, 24, None, None),
        ("v", "   иные формы (социальный партнёр – ученик)", "pp_other", 2, 2, None, None),
        ("n", "Мероприятия наставнических пар за год (встречи, проекты)", 37),
        ("h", "Обучающиеся 10–19 лет в роли наставляемых"),
        ("v", "Обучающихся 10–19 лет в гимназии, всего", "students_10_19", 812, 812, None, None),
        ("v", "из них в программах наставничества как наставляемые", "mentees_10_19", 141, 141, None,
         B_SITE + "baza_nastavlyaemyh_2024.pdf"),
        ("v", "   «группа риска»", "mentees_risk", 9, 9, None, None),
        ("v", "   одарённые (внесены в реестры)", "mentees_gifted", 37, 37, None, None),
        ("v", "   с ОВЗ и дети-инвалиды", "mentees_disabled", 6, 6, None, None),
        ("v", "   низкая учебная мотивация, неуспевающие", "mentees_low_motivation", 28, 28, None, None),
        ("v", "   трудности с выбором профессии и образовательной траектории", "mentees_career", 44, 44, None,
         None),
        ("v", "   по иным параметрам", "mentees_other_params", 17, 17, None, None),
        ("v", "Доля наставляемых 10–19 лет", "share_mentees_10_19", 0.1736, 17.36, PCT, None),
        ("h", "Обучающиеся 15–19 лет в роли наставников"),
        ("v", "Обучающихся 15–19 лет, всего", "students_15_19", 236, 236, None, None),
        ("v", "Наставники из числа обучающихся 15–19 лет (по приказу)", "mentors_15_19", 19, 19, None,
         B_SITE + "baza_nastavnikov_obuch_2024.pdf"),
        ("v", "Обучающиеся 15–19 лет, вошедшие в программы наставничества (в любой роли)",
         "students_15_19_in_programmes", 52, 52, None, B_SITE + "baza_nastavnikov_obuch_2024.pdf"),
        ("v", "Доля обучающихся 15–19 лет – наставников", "share_mentors_15_19", 0.0805, 8.05, PCT, None),
        ("h", "Удовлетворённость участием в завершённых программах (анкетирование, май 2024)"),
        ("v", "наставляемых", "satisfaction_mentees", 0.91, 91, PCT0, B_SITE + "anketirovanie_itogi_2024.pdf"),
        ("v", "наставников", "satisfaction_mentors", 0.88, 88, PCT0, B_SITE + "anketirovanie_itogi_2024.pdf"),
    ]
    r = 5
    for row in rows:
        if row[0] == "h":
            f.heading(r, row[1], "A", "C")
        elif row[0] == "v":
            _, title, crit, raw, exp, fmt, url = row
            f.cell(f"A{r}", title)
            f.value(f"B{r}", crit, raw, exp, fmt=fmt)
            if url:
                f.link(f"C{r}", crit, url)
            else:
                f.cell(f"C{r}", None)
        else:
            _, title, raw = row
            f.cell(f"A{r}", title)
            f.cell(f"B{r}", raw)
            f.cell(f"C{r}", None)
            f.not_criterion(title)
        r += 1
    f.widths(A=66, B=12, C=70)
    f.save()


def school_b_staff():
    name = "Муниципальное автономное общеобразовательное учреждение «Гимназия №2»"
    f = Form("гимназия 2 кадры и документы.xlsx", "Лист1", name)
    f.cell("A1", name, bold=True, border=False, wrap=False)
    f.cell("A2", "Сведения к мониторингу целевой модели наставничества, 2024 г. "
                 "(нормативная база, кадры; заполнила Рябова Е.А., инспектор по кадрам)", border=False, wrap=False)
    for col, h in zip("ABCD", ["№", "Наименование показателя", "2024", "Подтверждающий документ"]):
        f.cell(f"{col}4", h, bold=True, fill=HEAD_FILL)
    s = B_SITE
    rows = [
        ("h", "I. Нормативная база"),
        ("v", "Положение о системе наставничества педработников утверждено приказом", "orgs_regulation_teachers",
         "Да", YES, s + "polozhenie_ped_nastavnichestvo.pdf"),
        ("v", "Положение о наставничестве обучающихся утверждено приказом", "orgs_regulation_students", "Да", YES,
         s + "polozhenie_nastavnichestvo_obuch.pdf"),
        ("v", "Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", "Да", YES,
         s + "prikaz_monitoring_2024.pdf"),
        ("v", "Информационная справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "Да", YES,
         s + "spravka_vnutrenniy_monitoring_2024.pdf"),
        ("h", "II. Организация наставничества"),
        ("v", "Кураторы ЦМН", "curators_total", 2, 2, s + "prikaz_kuratory.pdf"),
        ("v", "Программы наставничества (без ППН)", "programmes_total", 5, 5, s + "programmy_2024.pdf"),
        ("v", "Наставники в базе ОО (по приказу)", "mentors_total", 46, 46, B_MENTORS_URL),
        ("v", "Соглашения с образовательными организациями о предоставлении наставников", "agreements_edu_orgs",
         2, 2, s + "soglasheniya_oo.pdf"),
        ("v", "Соглашения с ИРО", "agreements_iro", 1, 1, s + "soglashenie_iro.pdf"),
        ("v", "Соглашения с предприятиями", "agreements_enterprises", 1, 1, s + "soglashenie_hlebozavod.pdf"),
        ("v", "Соглашения с иными организациями", "agreements_other_orgs", 0, 0, None),
        ("v", "Партнёры гимназии по наставничеству", "partner_list", B_PARTNERS, B_PARTNERS, None),
        ("h", "III. Наставники из сторонних организаций"),
        ("v", "из других образовательных организаций", "external_edu_mentors", 2, 2, s + "prikaz_vneshnie.pdf"),
        ("v", "из ИРО", "iro_mentors", 1, 1, s + "prikaz_vneshnie.pdf"),
        ("v", "из иных организаций", "other_org_mentors", 0, 0, None),
        ("v", "с предприятий", "enterprise_mentors", 1, 1, s + "prikaz_vneshnie.pdf"),
        ("h", "IV. Педагогические кадры"),
        ("v", "Молодые специалисты (до 35 лет, первые 3 года работы), всего", "young_specialists", 9, 9, None),
        ("v", "Молодые специалисты – наставляемые", "young_specialists_mentees", 6, 6, s + "prikaz_ms_2024.pdf"),
        ("v", "Педагоги (без молодых специалистов), всего", "teachers_other", 61, 61, None),
        ("v", "Педагоги (без молодых специалистов) – наставляемые", "teachers_other_mentees", 5, 5,
         s + "prikaz_pedagogi_nastavlyaemye.pdf"),
        ("v", "Доля молодых специалистов в роли наставляемых, %", "share_young_specialists_mentees", 66.67, 66.67,
         None),
        ("v", "Доля педагогов в роли наставляемых, %", "share_teachers_mentees", 15.71, 15.71, None),
        ("v", "Педагоги-наставники", "teachers_mentors", 23, 23, s + "prikaz_pedagogi_nastavniki.pdf"),
        ("v", "Молодые специалисты – наставники", "young_specialists_mentors", 2, 2,
         s + "prikaz_pedagogi_nastavniki.pdf"),
        ("v", "Доля педагогов-наставников, %", "share_teachers_mentors", 32.86, 32.86, None),
        ("v", "Доля молодых специалистов-наставников, %", "share_young_specialists_mentors", 22.22, 22.22, None),
        ("n", "Педагоги с высшей квалификационной категорией", 27),
        ("h", "V. Профессиональное развитие и стимулирование"),
        ("v", "Педагоги в утверждённых ППН", "teachers_in_pp", 35, 35, s + "ppn_pedagogi_2024.pdf"),
        ("v", "Стажёры стажёрской площадки", "trainees_internship", 2, 2, s + "prikaz_stazhery.pdf"),
        ("v", "Обучились на КПК по наставничеству в 2024 г.", "kpk_trained", 3, 3, s + "udostovereniya_kpk.pdf"),
        ("v", "Наименования курсов", "kpk_courses", B_KPK, B_KPK, None),
        ("v", "Методические объединения наставников", "school_methodical_associations", 1, 1,
         s + "prikaz_mo_nastavnikov.pdf"),
        ("v", "Положение об оплате (доплате) наставникам", "pay_acts", 1, 1, s + "polozhenie_oplata.pdf"),
        ("v", "Акты о нематериальном поощрении наставников", "nonmaterial_acts", 2, 2,
         s + "nematerialnoe_pooshchrenie.pdf"),
    ]
    r = 5
    n = 0
    for row in rows:
        if row[0] == "h":
            f.heading(r, row[1], "A", "D")
        elif row[0] == "v":
            n += 1
            _, title, crit, raw, exp, url = row
            f.cell(f"A{r}", n)
            f.cell(f"B{r}", title)
            fmt = "0.00" if isinstance(raw, float) else None
            f.value(f"C{r}", crit, raw, exp, fmt=fmt)
            if url:
                f.link(f"D{r}", crit, url)
            else:
                f.cell(f"D{r}", None)
        else:
            n += 1
            _, title, raw = row
            f.cell(f"A{r}", n)
            f.cell(f"B{r}", title)
            f.cell(f"C{r}", raw)
            f.cell(f"D{r}", None)
            f.not_criterion(title)
        r += 1
    f.widths(A=5, B=66, C=12, D=70)
    f.save()


# ---------------------------------------------------------------------------------------------
# School C: МБОУ «Лицей № 1»  (numbers file with a 2023 column + links-only file)
# ---------------------------------------------------------------------------------------------
C_PARTNERS = ("Филиал ФГБОУ ВО «Камский государственный университет» в г. Южнокамске; "
              "ПАО «Южнокамский машиностроительный завод»; МБУ «Молодёжный центр «Ровесник»")
C_KPK = "«Наставничество как технология повышения эффективности образовательного процесса», ИРО, 2024"

# (number, title, criterion or None for a decoy row, value 2023, raw 2024, expected 2024)
C_ROWS = [
    ("h", "1. Нормативное обеспечение"),
    ("1.1", "Положение о наставничестве педагогических работников (приказ)", "orgs_regulation_teachers",
     "да", "да", YES),
    ("1.2", "Положение о наставничестве обучающихся (приказ)", "orgs_regulation_students", "да", "да", YES),
    ("1.3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "нет", "да", YES),
    ("h", "2. Организация процесса"),
    ("2.1", "Количество кураторов ЦМН", "curators_total", 1, 1, 1),
    ("2.2", "Программы наставничества по различным формам (кроме персонализированных)", "programmes_total",
     2, 3, 3),
    ("2.3", "Соглашения с ОО (вузы, СПО, школы) о предоставлении наставников", "agreements_edu_orgs", 1, 1, 1),
    ("2.4", "Соглашения с ИРО о предоставлении наставников", "agreements_iro", 0, 0, 0),
    ("2.5", "Соглашения с предприятиями о предоставлении наставников", "agreements_enterprises", 0, 1, 1),
    ("2.6", "Соглашения с иными организациями о предоставлении наставников", "agreements_other_orgs", 1, 1, 1),
    ("2.7", "Партнёры лицея по наставничеству", "partner_list", None, C_PARTNERS, C_PARTNERS),
    ("2.8", "Наставники (по приказу), всего", "mentors_total", 31, 40, 40),
    ("2.9", "Наставляемые (по приказу), всего", "mentees_total", 76, 104, 104),
    ("2.10", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "нет", "да", YES),
    ("h", "3. Персонализированные программы"),
    ("3.1", "ППН по всем формам", "pp_total", None, 47, 47),
    ("3.2", "форма «ученик – ученик»", "pp_pupil_pupil", None, 18, 18),
    ("3.3", "форма «учитель – учитель»", "pp_teacher_teacher", 4, 6, 6),
    ("3.4", "форма «студент – студент»", "pp_student_student", 0, 0, 0),
    ("3.5", "форма «руководитель – педагог»", "pp_head_teacher", 3, 2, 2),
    ("3.6", "форма «студент – ученик»", "pp_student_pupil", None, 0, 0),
    ("3.7", "форма «учитель – ученик»", "pp_teacher_pupil", None, 19, 19),
    ("3.8", "иные формы", "pp_other", None, 2, 2),
    ("h", "4. Предприятия и организации в роли наставников"),
    ("4.1", "Наставники из внешних образовательных организаций", "external_edu_mentors", 1, 1, 1),
    ("4.2", "Наставники из ИРО", "iro_mentors", 0, 0, 0),
    ("4.3", "Наставники из иных организаций", "other_org_mentors", 1, 1, 1),
    ("4.4", "Наставники из предприятий", "enterprise_mentors", 0, 1, 1),
    ("h", "5. Обучающиеся 10–19 лет – наставляемые"),
    ("5.1", "Обучающихся 10–19 лет, всего", "students_10_19", 628, 640, 640),
    ("5.2", "из них наставляемые", "mentees_10_19", 69, 96, 96),
    ("5.3", "– «группа риска»", "mentees_risk", 3, 4, 4),
    ("5.4", "– одарённые дети (в реестрах)", "mentees_gifted", 30, 41, 41),
    ("5.5", "– дети с ОВЗ, дети-инвалиды", "mentees_disabled", 2, 3, 3),
    ("5.6", "– низкая мотивация, неудовлетворительная успеваемость", "mentees_low_motivation", 10, 12, 12),
    ("5.7", "– проблемы выбора образовательной траектории и профессии", "mentees_career", 20, 29, 29),
    ("5.8", "– иные параметры", "mentees_other_params", 4, 7, 7),
    ("5.9", "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", 10.99, 15, 15),
    ("h", "6. Обучающиеся 15–19 лет – наставники"),
    ("6.1", "Обучающихся 15–19 лет, всего", "students_15_19", 205, 210, 210),
    ("6.2", "Наставники-обучающиеся 15–19 лет (по приказу)", "mentors_15_19", 16, 22, 22),
    ("6.3", "Обучающиеся 15–19 лет в программах наставничества", "students_15_19_in_programmes", None, 48, 48),
    ("6.4", "Доля наставников 15–19 лет, %", "share_mentors_15_19", 7.8, 10.48, 10.48),
    ("h", "7. Удовлетворённость"),
    ("7.1", "Удовлетворённость наставляемых, %", "satisfaction_mentees", 85, 89, 89),
    ("7.2", "Удовлетворённость наставников, %", "satisfaction_mentors", 90, 93, 93),
    ("h", "8. Молодые специалисты и педагоги – наставляемые"),
    ("8.1", "Молодые специалисты (до 35 лет, первые три года работы)", "young_specialists", 4, 5, 5),
    ("8.2", "Молодые специалисты в роли наставляемых", "young_specialists_mentees", 4, 5, 5),
    ("8.3", "Педагоги, кроме молодых специалистов", "teachers_other", 45, 44, 44),
    ("8.4", "Педагоги (кроме молодых специалистов) в роли наставляемых", "teachers_other_mentees", 3, 3, 3),
    ("8.5", "Доля молодых специалистов-наставляемых, %", "share_young_specialists_mentees", 100, 100, 100),
    ("8.6", "Доля педагогов-наставляемых, %", "share_teachers_mentees", 14.29, 16.33, 16.33),
    ("h", "9. Профессиональное развитие"),
    ("9.1", "Педагоги в утверждённых персонализированных программах", "teachers_in_pp", 14, 19, 19),
    ("9.2", "Стажёры стажёрской площадки", "trainees_internship", 0, 0, 0),
    ("9.3", "Прошли КПК по наставничеству (за год)", "kpk_trained", 0, 1, 1),
    ("9.4", "Курсы", "kpk_courses", None, C_KPK, C_KPK),
    ("9.5", "ШМО наставников", "school_methodical_associations", 0, 1, 1),
    ("h", "10. Педагоги – наставники"),
    ("10.1", "Педагоги-наставники", "teachers_mentors", 13, 15, 15),
    ("10.2", "Молодые специалисты-наставники", "young_specialists_mentors", 0, 0, 0),
    ("10.3", "Доля педагогов-наставников, %", "share_teachers_mentors", 26.53, 30.61, 30.61),
    ("10.4", "Доля молодых специалистов-наставников, %", "share_young_specialists_mentors", 0, 0, 0),
    ("h", "11. Стимулирование"),
    ("11.1", "Положение о материальном стимулировании наставников", "pay_acts", 1, 1, 1),
    ("11.2", "Положение о нематериальном поощрении наставников", "nonmaterial_acts", 0, 1, 1),
]


def school_c_numbers():
    f = Form("Лицей1_показатели.xlsx", "Показатели", "МБОУ «Лицей №1»")
    f.cell("A1", "Показатели мониторинга целевой модели наставничества – МБОУ «Лицей №1»", bold=True,
           border=False, wrap=False)
    f.cell("A2", "Ссылки на подтверждающие документы – в отдельном файле («Лицей 1 - ссылки»)", border=False,
           wrap=False)
    for col, h in zip("ABCD", ["№", "Показатель", "2023", "2024"]):
        f.cell(f"{col}4", h, bold=True, fill=HEAD_FILL)
    f.not_criterion("2023")
    r = 5
    for row in C_ROWS:
        if row[0] == "h":
            f.heading(r, row[1], "A", "D")
        else:
            num, title, crit, v23, raw, exp = row
            f.cell(f"A{r}", num)
            f.cell(f"B{r}", title)
            f.cell(f"C{r}", v23)
            f.value(f"D{r}", crit, raw, exp)
        r += 1
    f.widths(A=6, B=66, C=12, D=40)
    f.save()


def school_c_links():
    site = "https://licey1-yuzhnokamsk.gosuslugi.ru/netcat_files/nastavnichestvo/"
    disk = "https://disk.yandex.ru/d/"
    f = Form("Лицей 1 - ссылки.xlsx", "Ссылки", "МБОУ Лицей № 1")
    f.cell("A1", "ОО:", bold=True, border=False)
    f.cell("B1", "МБОУ Лицей № 1", border=False)
    f.cell("A2", "Ссылки на документы к показателям мониторинга ЦМН за 2024 г.", border=False, wrap=False)
    for col, h in zip("ABC", ["№ показателя", "Показатель", "Ссылка"]):
        f.cell(f"{col}4", h, bold=True, fill=HEAD_FILL)
    rows = [
        ("1.1", "Положение о наставничестве педработников", "orgs_regulation_teachers",
         site + "polozhenie_ped_2024.pdf"),
        ("1.2", "Положение о наставничестве обучающихся", "orgs_regulation_students",
         site + "polozhenie_obuch_2024.pdf"),
        ("1.3", "Приказ о мониторинге", "orgs_monitoring_order", site + "prikaz_monitoring_2024.pdf"),
        ("2.1", "Кураторы", "curators_total", site + "prikaz_kurator_2024.pdf"),
        ("2.2", "Программы наставничества", "programmes_total", disk + "Licey1_programmy_Rt7w"),
        ("2.3", "Соглашение с филиалом КамГУ", "agreements_edu_orgs", site + "soglashenie_kamgu.pdf"),
        ("2.5", "Соглашение с ПАО «ЮМЗ»", "agreements_enterprises", site + "soglashenie_umz.pdf"),
        ("2.6", "Соглашение с МЦ «Ровесник»", "agreements_other_orgs", site + "soglashenie_rovesnik.pdf"),
        ("2.8", "Приказ о наставниках", "mentors_total", site + "prikaz_nastavniki_2024.pdf"),
        ("2.9", "Приказ о наставляемых", "mentees_total", site + "prikaz_nastavlyaemye_2024.pdf"),
        ("2.10", "Справка по внутреннему мониторингу", "internal_monitoring_notes",
         site + "spravka_monitoring_2024.pdf"),
        ("3.1", "ППН (все формы)", "pp_total", disk + "Licey1_PPN_2024_9kLq"),
        ("4.1", "Наставник из филиала КамГУ – приказ", "external_edu_mentors", site + "prikaz_vneshnie_2024.pdf"),
        ("4.4", "Наставник с ПАО «ЮМЗ» – приказ", "enterprise_mentors", site + "prikaz_vneshnie_2024.pdf"),
        ("5.2", "База наставляемых-обучающихся", "mentees_10_19", disk + "Licey1_baza_obuch_Hs2D"),
        ("6.2", "База наставников-обучающихся", "mentors_15_19", disk + "Licey1_baza_nast_obuch_P0aa"),
        ("7.1", "Итоги анкетирования наставляемых", "satisfaction_mentees", site + "anketa_nastavlyaemye.pdf"),
        ("7.2", "Итоги анкетирования наставников", "satisfaction_mentors", site + "anketa_nastavniki.pdf"),
        ("8.2", "Приказ о закреплении наставников за молодыми специалистами", "young_specialists_mentees",
         site + "prikaz_ms_2024.pdf"),
        ("9.3", "Удостоверение КПК", "kpk_trained", disk + "Licey1_KPK_udost_3Fv"),
        ("9.5", "Приказ о ШМО наставников", "school_methodical_associations", site + "prikaz_shmo_2024.pdf"),
        ("10.1", "Приказ о педагогах-наставниках", "teachers_mentors", site + "prikaz_ped_nastavniki_2024.pdf"),
        ("11.1", "Положение о материальном стимулировании", "pay_acts", site + "polozhenie_stimul.pdf"),
        ("11.2", "Положение о нематериальном поощрении", "nonmaterial_acts", site + "polozhenie_nemat.pdf"),
    ]
    r = 5
    for num, title, crit, url in rows:
        f.cell(f"A{r}", num)
        f.cell(f"B{r}", title)
        f.link(f"C{r}", crit, url)
        r += 1
    f.widths(A=13, B=60, C=80)
    f.save()


# ---------------------------------------------------------------------------------------------
# School D: МБОУ «Никольская СОШ» (one whole file, for comparison)
# ---------------------------------------------------------------------------------------------
D_SUBJ = ("Предоставление специалистов хозяйства для участия в программах наставничества в роли наставников "
          "(профориентация обучающихся 8–11 классов)")
D_KPK = "«Организация деятельности учителя-наставника в образовательной организации», 72 ч., 2024 г."


def school_d_whole():
    s = "https://nikolskaya-sosh.gosuslugi.ru/netcat_files/doc/nastavnichestvo/"
    f = Form("Никольская СОШ_мониторинг_2024.xlsx", "Мониторинг", "МБОУ «Никольская СОШ»")
    f.cell("A1", "Внутренний мониторинг реализации целевой модели наставничества в МБОУ «Никольская СОШ» "
                 "за 2024 год", bold=True, border=False, wrap=False)
    for col, h in zip("ABCD", ["№", "Критерий", "Значение", "Источник информации"]):
        f.cell(f"{col}3", h, bold=True, fill=HEAD_FILL)
    rows = [
        ("h", "Нормативное обеспечение реализации ЦМН"),
        ("v", "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников»",
         "orgs_regulation_teachers", "Да", YES, s + "prikaz_45_polozhenie_ped.pdf"),
        ("v", "Наличие приказа «Об утверждении положения о системе наставничества обучающихся»",
         "orgs_regulation_students", "Да", YES, s + "prikaz_46_polozhenie_obuch.pdf"),
        ("v", "Приказ о мониторинге ЦМН в ОО", "orgs_monitoring_order", "Да", YES, s + "prikaz_monitoring.pdf"),
        ("n", "Наличие дорожной карты ОО", "Да", s + "dorozhnaya_karta.pdf"),
        ("h", "Организация процесса реализации ЦМН"),
        ("v", "Куратор ЦМН в ОО", "curators_total", 1, 1, s + "prikaz_kurator.pdf"),
        ("v", "Количество утверждённых программ наставничества (без персонализированных)", "programmes_total",
         2, 2, s + "programmy.pdf"),
        ("v", "Соглашения с другими ОО (наставники из ОО)", "agreements_edu_orgs", 0, 0, None),
        ("v", "Соглашения с ИРО", "agreements_iro", 0, 0, None),
        ("v", "Соглашения с предприятиями (наставники из предприятий)", "agreements_enterprises", 1, 1,
         s + "soglashenie_spk.pdf"),
        ("v", "Предмет соглашения", "agreement_subjects", D_SUBJ, D_SUBJ, None),
        ("v", "Соглашения с иными организациями", "agreements_other_orgs", 0, 0, None),
        ("v", "Наименование предприятий (организаций), сотрудничающих со школой по вопросам наставничества",
         "partner_list", "СПК «Никольский»", "СПК «Никольский»", s + "soglashenie_spk.pdf"),
        ("v", "Количество наставников в базе ОО (по приказу)", "mentors_total", 17, 17,
         s + "prikaz_baza_nastavnikov.pdf"),
        ("v", "Количество наставляемых в базе ОО (по приказу)", "mentees_total", 34, 34,
         s + "prikaz_baza_nastavlyaemyh.pdf"),
        ("v", "Информационная справка ОО по итогам внутреннего мониторинга", "internal_monitoring_notes", "Да",
         YES, s + "spravka_2024.pdf"),
        ("n", "Количество реализованных проектов совместно с предприятием", 1, None),
        ("h", "Персонализированные программы по формам"),
        ("v", "Всего персонализированных программ", "pp_total", 20, 20, s + "ppn_2024.pdf"),
        ("v", "ученик – ученик", "pp_pupil_pupil", 6, 6, None),
        ("v", "учитель – учитель", "pp_teacher_teacher", 1, 1, None),
        ("v", "студент – студент", "pp_student_student", 0, 0, None),
        ("v", "руководитель – педагог", "pp_head_teacher", 2, 2, None),
        ("v", "студент – ученик", "pp_student_pupil", 0, 0, None),
        ("v", "учитель – ученик", "pp_teacher_pupil", 9, 9, None),
        ("v", "иная форма (работодатель – ученик)", "pp_other", 2, 2, None),
        ("h", "Включение предприятий (организаций) в программы наставничества"),
        ("v", "Наставники из внешних образовательных организаций", "external_edu_mentors", 0, 0, None),
        ("v", "Наставники из ИРО", "iro_mentors", 0, 0, None),
        ("v", "Наставники из иных организаций", "other_org_mentors", 0, 0, None),
        ("v", "Наставники из числа работников предприятий (по приказу)", "enterprise_mentors", 2, 2,
         s + "prikaz_baza_nastavnikov.pdf"),
        ("h", "Охват обучающихся 10–19 лет в роли наставляемых"),
        ("v", "Общее количество обучающихся 10–19 лет", "students_10_19", 118, 118, None),
        ("v", "Обучающиеся 10–19 лет, вошедшие в программы наставничества как наставляемые", "mentees_10_19",
         31, 31, s + "prikaz_baza_nastavlyaemyh.pdf"),
        ("v", "из «группы риска»", "mentees_risk", 3, 3, None),
        ("v", "одарённые дети (в реестрах)", "mentees_gifted", 2, 2, None),
        ("v", "дети с ОВЗ и дети-инвалиды", "mentees_disabled", 4, 4, None),
        ("v", "с низкой мотивацией и неудовлетворительной успеваемостью", "mentees_low_motivation", 9, 9, None),
        ("v", "с проблемами выбора траектории и профессии", "mentees_career", 11, 11, None),
        ("v", "по иным параметрам", "mentees_other_params", 2, 2, None),
        ("v", "Доля наставляемых 10–19 лет", "share_mentees_10_19", "26,27 %", 26.27, None),
        ("h", "Охват обучающихся 15–19 лет в роли наставников"),
        ("v", "Общее количество обучающихся 15–19 лет", "students_15_19", 24, 24, None),
        ("v", "Наставники из числа обучающихся 15–19 лет (по приказу)", "mentors_15_19", 6, 6,
         s + "prikaz_baza_nastavnikov.pdf"),
        ("v", "Обучающиеся 15–19 лет в программах наставничества", "students_15_19_in_programmes", 13, 13,
         s + "prikaz_baza_nastavlyaemyh.pdf"),
        ("v", "Доля обучающихся 15–19 лет в роли наставника", "share_mentors_15_19", "25 %", 25, None),
        ("h", "Удовлетворённость участием в программах наставничества"),
        ("v", "Уровень удовлетворённости наставляемых", "satisfaction_mentees", "84 %", 84, s + "anketa_itogi.pdf"),
        ("v", "Уровень удовлетворённости наставников", "satisfaction_mentors", "90 %", 90, s + "anketa_itogi.pdf"),
        ("h", "Включение молодых специалистов и педагогов в роли наставляемых"),
        ("v", "Молодые специалисты (до 35 лет, первые три года работы)", "young_specialists", 2, 2, None),
        ("v", "Молодые специалисты – наставляемые", "young_specialists_mentees", 2, 2, s + "prikaz_ms.pdf"),
        ("v", "Педагоги (за исключением молодых специалистов)", "teachers_other", 19, 19, None),
        ("v", "Педагоги (за исключением молодых специалистов) – наставляемые", "teachers_other_mentees", 1, 1,
         s + "prikaz_ms.pdf"),
        ("v", "Доля молодых специалистов – наставляемых", "share_young_specialists_mentees", "100 %", 100, None),
        ("v", "Доля педагогов – наставляемых", "share_teachers_mentees", "14,29 %", 14.29, None),
        ("h", "Непрерывное профессиональное развитие педагогов"),
        ("v", "Педагоги в утверждённых персонализированных программах", "teachers_in_pp", 12, 12,
         s + "ppn_2024.pdf"),
        ("v", "Стажёры стажёрской площадки", "trainees_internship", 0, 0, None),
        ("v", "Обучились на КПК по наставничеству в 2024 году", "kpk_trained", 1, 1, s + "udostoverenie.pdf"),
        ("v", "Наименование курсов", "kpk_courses", D_KPK, D_KPK, None),
        ("v", "Методические объединения наставников в ОО", "school_methodical_associations", 0, 0, None),
        ("h", "Педагоги в роли наставников"),
        ("v", "Педагоги-наставники", "teachers_mentors", 9, 9, s + "prikaz_baza_nastavnikov.pdf"),
        ("v", "Молодые специалисты-наставники", "young_specialists_mentors", 0, 0, None),
        ("v", "Доля педагогов-наставников", "share_teachers_mentors", "42,86 %", 42.86, None),
        ("v", "Доля молодых специалистов-наставников", "share_young_specialists_mentors", "0 %", 0, None),
        ("h", "Стимулирование наставников"),
        ("v", "Положение об оплате наставничества", "pay_acts", 0, 0, None),
        ("v", "Положение о нематериальном поощрении наставников", "nonmaterial_acts", 1, 1,
         s + "polozhenie_pooshchrenie.pdf"),
    ]
    r = 4
    n = 0
    for row in rows:
        if row[0] == "h":
            f.heading(r, row[1], "A", "D")
        elif row[0] == "v":
            n += 1
            _, title, crit, raw, exp, url = row
            f.cell(f"A{r}", n)
            f.cell(f"B{r}", title)
            f.value(f"C{r}", crit, raw, exp)
            if url:
                f.link(f"D{r}", crit, url)
            else:
                f.cell(f"D{r}", None)
        else:
            n += 1
            _, title, raw, url = row
            f.cell(f"A{r}", n)
            f.cell(f"B{r}", title)
            f.cell(f"C{r}", raw)
            f.cell(f"D{r}", url)
            f.not_criterion(title)
        r += 1
    f.cell(f"B{r + 1}", "Куратор ЦМН: Ощепкова Г.В.", border=False)
    f.widths(A=5, B=72, C=40, D=70)
    f.save()


def main():
    os.makedirs(TYPED, exist_ok=True)
    for fn in os.listdir(TYPED):
        if fn.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, fn))
    school_a_sections_1_4()
    school_a_staff()
    school_a_links()
    school_b_pupils()
    school_b_staff()
    school_c_numbers()
    school_c_links()
    school_d_whole()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print(f"files={len(EXPECTED)} values={nv} links={nl}")


if __name__ == "__main__":
    main()
