#!/usr/bin/env python3
"""Writes typed/*.xlsx (three hand-typed exports of a regional information system
about the mentoring programme, 2024) and expected.json / columns_map.json."""
import csv, json, os, re
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)
CATALOGUE = "/work/main/Templates/criteria.tsv"

# ------------------------------------------------------------------ helpers
def fmt_share(x):
    """as the system writes a share: 12.5 -> '12,5', 40.0 -> '40'"""
    if float(x).is_integer():
        return str(int(x))
    return ("%.1f" % x).replace(".", ",")

def yn(v):
    return {1: "Да", 0: "Нет"}[v]

def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())

def check_not_verbatim(headers):
    """no column title may copy a catalogue wording verbatim"""
    words = set()
    with open(CATALOGUE, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row[k]:
                    words.add(norm(row[k]))
    for h in headers:
        assert norm(h) not in words, "verbatim catalogue wording: " + h

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")

expected = []
colmap = {}

# ================================================================== FILE 1
# Пермский край, Верхнекамский муниципальный округ (invented)
# two header rows (codes / short titles), hidden ID, «Ссылка» after each value
F1 = "cmn_2024_verhnekamsk_svod_OO.xlsx"
f1_cols = [  # (code, criterion id or None, title, has_link)
    ("К1.1", "orgs_regulation_teachers", "Положение о наставничестве педагогов утверждено (1/0)", True),
    ("К1.2", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено (1/0)", True),
    ("К1.3", "orgs_monitoring_order", "Приказ ОО о мониторинге ЦМН (1/0)", True),
    ("К2.1", "curators_total", "Кураторы ЦМН, чел.", True),
    ("К2.2", "agreements_enterprises", "Соглашения с предприятиями о наставничестве, ед.", True),
    ("К2.3", "mentors_total", "Наставники по приказу ОО, чел.", True),
    ("К2.4", "mentees_total", "Наставляемые по приказу ОО, чел.", True),
    ("К2.5", "internal_monitoring_notes", "Справка по внутреннему мониторингу (1/0)", True),
    ("Д.1", None, "Проведено встреч наставнических пар", False),
    ("К3.1", "pp_total", "Персонализированные программы, всего", True),
    ("К3.2", "pp_pupil_pupil", "ПП «ученик – ученик»", True),
    ("К3.3", "pp_teacher_teacher", "ПП «учитель – учитель»", True),
    ("К3.4", "pp_head_teacher", "ПП «руководитель – педагог»", True),
    ("К5.1", "students_10_19", "Обучающиеся 10–19 лет, всего", True),
    ("К5.2", "mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", True),
    ("К5.3", "mentees_risk", "Наставляемые из «группы риска»", True),
    ("К6.1", "students_15_19", "Обучающиеся 15–19 лет, всего", True),
    ("К6.2", "mentors_15_19", "Обучающиеся 15–19 лет — наставники", True),
    ("К8.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", True),
    ("К8.2", "young_specialists_mentees", "Молодые специалисты — наставляемые", True),
    ("К9.1", "kpk_trained", "Прошли КПК по наставничеству в 2024 г.", True),
    ("К11.1", "pay_acts", "Локальные акты об оплате наставничества", True),
    ("Д.2", None, "Телефон куратора", False),
]
# values in column order (None = not filled); Д.1 numeric, Д.2 text
f1_groups = [
    ("Общеобразовательные организации", [
        (1021, "МАОУ «СОШ № 3 г. Верхнекамска»", "sch3-verhnekamsk",
         [1, 1, 1, 2, 1, 34, 96, 1, 156, 41, 18, 15, 3, 812, 88, 12, 214, 19, 7, 7, 6, 1, "8 (34241) 3-12-45"]),
        (1022, "МБОУ «Лицей № 1»", "licey1-verhnekamsk",
         [1, 1, 1, 1, 2, 27, 61, 1, 98, 30, 12, 14, 2, 640, 54, 3, 252, 22, 5, 5, 4, 1, "8 (34241) 3-40-17"]),
        (1023, "МБОУ «Гимназия имени П. П. Бажова»", "gimn-bazhova",
         [1, 0, 1, 1, 0, 15, 22, 0, 40, 16, 0, 14, 2, 520, 0, 0, 160, 0, 4, 4, 2, 0, "8 (34241) 2-77-03"]),
        (1031, "МБОУ «Усть-Сылвинская СОШ»", "ust-sylva",
         [1, 1, 0, 1, 1, 9, 14, 1, 36, 9, 4, 3, 1, 118, 8, 4, 31, 4, 2, 2, 1, 0, "8 (34241) 5-21-90"]),
        (1035, "МБОУ «ООШ с. Кривец»", "krivec-oosh",
         [1, 1, 1, 1, 0, 4, 6, 1, 12, 4, 2, 2, 0, 41, 3, 2, 3, None, 1, 1, 1, 0, None]),
    ]),
    ("Организации дополнительного образования", [
        (2011, "МБУ ДО «Дом детского творчества «Радуга»", "ddt-raduga",
         [1, 1, 1, 1, 0, 12, 25, 1, 60, 12, 4, 6, 2, 430, 13, 1, 95, 4, 3, 3, 2, 1, "8 (34241) 3-05-55"]),
        (2012, "МАУ ДО «Центр технического творчества «Квант»", "ctt-kvant",
         [1, 1, 0, 1, 2, 8, 11, 1, 24, 8, 3, 5, 0, 260, 6, 0, 70, 3, 2, 1, 3, 0, "8 (34241) 4-18-62"]),
        (2015, "МБУ ДО «Станция юных натуралистов»", "syun-vk",
         [1, 0, 0, 1, 0, 3, 3, 0, None, 3, 0, 3, 0, 150, 0, 0, 38, 0, 1, 1, None, 0, None]),
    ]),
]
LINK_DOCS = ["prikaz_polozhenie_ped.pdf", "prikaz_polozhenie_obuch.pdf", "prikaz_monitoring.pdf",
             "prikaz_kurator.pdf", "soglashenie.pdf", "baza_nastavnikov.pdf", "baza_nastavlyaemyh.pdf",
             "spravka_monitoring.pdf"]

def f1_link(slug, ci, oi, val):
    if val is None:
        return None
    if (ci * 7 + oi * 3) % 5 == 0:      # some links not given
        return None
    doc = LINK_DOCS[ci % len(LINK_DOCS)]
    return "https://%s.gosuslugi.ru/svedeniya/nastavnichestvo/%s" % (slug, doc)

def write_file1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ЦМН_2024"
    ws["A1"] = "ID"; ws.merge_cells("A1:A2")
    ws["B1"] = "Наименование ОО"; ws.merge_cells("B1:B2")
    col = 3
    pos = []  # (code, cid, title, value column, link column)
    for code, cid, title, link in f1_cols:
        ws.cell(1, col, code)
        ws.cell(2, col, title)
        if link:
            ws.cell(2, col + 1, "Ссылка")
            ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
            pos.append((code, cid, title, col, col + 1)); col += 2
        else:
            pos.append((code, cid, title, col, None)); col += 1
    last_col = col - 1
    for r in (1, 2):
        for c in range(1, last_col + 1):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True); cell.fill = HEAD_FILL; cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 46
    for c in range(3, last_col + 1):
        ws.column_dimensions[get_column_letter(c)].width = 14
    ws.row_dimensions[2].height = 75
    ws.freeze_panes = "C3"

    row = 3
    orgs, values, allrows = [], [], []
    for gname, members in f1_groups:
        ws.cell(row, 2, gname).font = Font(bold=True, italic=True)
        for c in range(1, last_col + 1):
            ws.cell(row, c).fill = GROUP_FILL; ws.cell(row, c).border = BORDER
        row += 1
        for oi, (oid, name, slug, vals) in enumerate(members):
            ws.cell(row, 1, oid); ws.cell(row, 2, name)
            exp = {}
            for ci, ((code, cid, title, vc, lc), v) in enumerate(zip(pos, vals)):
                if v is not None:
                    ws.cell(row, vc, v)
                    if cid:
                        exp[cid] = v
                if lc:
                    ws.cell(row, lc, f1_link(slug, ci, oi + row, v))
            for c in range(1, last_col + 1):
                ws.cell(row, c).border = BORDER
            orgs.append(name); values.append(exp); allrows.append(vals)
            row += 1
    # total row: sums of numeric columns
    ws.cell(row, 2, "Всего по муниципалитету").font = Font(bold=True)
    for ci, (code, cid, title, vc, lc) in enumerate(pos):
        nums = [v[ci] for v in allrows if isinstance(v[ci], (int, float))]
        if nums:
            ws.cell(row, vc, sum(nums)).font = Font(bold=True)
    for c in range(1, last_col + 1):
        ws.cell(row, c).border = BORDER
    wb.save(os.path.join(TYPED, F1))
    check_not_verbatim([t for _, _, t, _ in f1_cols])
    expected.append({"file": "typed/" + F1, "year": 2024, "organisation": orgs, "values": values,
                     "not_criteria": [t for _, cid, t, _ in f1_cols if cid is None]})
    colmap[F1] = {"sheet": "ЦМН_2024", "header_row": 2,
                  "columns": {cid: t for _, cid, t, _ in f1_cols if cid},
                  "total_row_label": "Всего по муниципалитету"}

# ================================================================== FILE 2
# Кировская область, Заречный муниципальный округ (invented)
# Тип ОО, Муниципалитет, Отчётный год columns; Да/Нет, shares as text '12,5'
F2 = "Vygruzka_CMN_Zarechny_MO_2024.xlsx"
MUN2 = "Заречный муниципальный округ"
f2_cols = [  # (criterion id or None, title, kind, link after)
    ("orgs_regulation_teachers", "Утверждено положение о системе наставничества педработников", "yn", True),
    ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено", "yn", True),
    (None, "Дорожная карта ОО утверждена", "yn", False),
    ("internal_monitoring_notes", "Есть справка ОО по итогам внутреннего мониторинга", "yn", True),
    ("curators_total", "Число кураторов внедрения ЦМН", "n", False),
    ("agreements_edu_orgs", "Соглашения с другими ОО о привлечении наставников, шт.", "n", False),
    ("agreements_other_orgs", "Соглашения с иными организациями (любая форма собственности), шт.", "n", False),
    ("partner_list", "Организации-партнёры по наставничеству", "t", True),
    ("agreement_subjects", "Предмет заключённых соглашений", "t", False),
    ("mentors_total", "Наставники (база ОО, по приказу)", "n", False),
    ("mentees_total", "Наставляемые (база ОО, по приказу)", "n", False),
    ("external_edu_mentors", "Наставники из сторонних образовательных организаций", "n", False),
    ("enterprise_mentors", "Наставники — сотрудники предприятий", "n", False),
    ("mentees_10_19", "Наставляемые из числа обучающихся 10–19 лет", "n", False),
    ("share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет, %", "s", False),
    ("mentees_gifted", "Наставляемые из числа одарённых детей", "n", False),
    ("mentees_disabled", "Наставляемые: дети с ОВЗ и дети-инвалиды", "n", False),
    ("mentees_career", "Наставляемые: трудности с выбором профессии", "n", False),
    ("satisfaction_mentees", "Удовлетворённость наставляемых, %", "s", False),
    ("satisfaction_mentors", "Удовлетворённость наставников, %", "s", False),
    ("teachers_other", "Педагоги без учёта молодых специалистов, чел.", "n", False),
    ("teachers_other_mentees", "Педагоги (кроме молодых специалистов) — наставляемые", "n", False),
    ("share_teachers_mentees", "Доля педагогов-наставляемых, %", "s", False),
    ("teachers_mentors", "Педагоги в роли наставника", "n", False),
    ("nonmaterial_acts", "Акты о нематериальном поощрении наставников", "n", False),
    (None, "Дата заполнения формы", "t", False),
]
OO, DO = "Общеобразовательная организация", "Организация дополнительного образования"
f2_orgs = [  # (name, type, site, values in column order)
    ("МКОУ «Лицей г. Заречного»", OO, "licey-zarechny",
     [1, 1, 1, 1, 2, 2, 1, "ООО «Заречный машиностроительный завод»; КОГПОБУ «Слободской колледж педагогики и социальных отношений»",
      "Привлечение специалистов завода к профориентационному наставничеству обучающихся",
      31, 74, 3, 2, 52, 10.4, 9, 2, 14, 94, 92, 38, 5, 15.6, 24, 1, "18.12.2024"]),
    ("МКОУ «СОШ № 2 г. Заречного»", OO, "sosh2-zarechny",
     [1, 1, 1, 0, 1, 1, 0, "МКОУ «Лицей г. Заречного»", "Сетевое наставничество педагогов",
      22, 40, 1, 0, 28, 6.9, 3, 4, 6, 91.5, 89, 29, 3, 12.5, 15, 1, "19.12.2024"]),
    ("МКОУ «Гимназия г. Заречного»", OO, "gimn-zarechny",
     [1, 1, 1, 1, 1, 0, 2, "АО «Зареченский хлебокомбинат»; МБУК «Централизованная библиотечная система»",
      "Наставничество в проектной деятельности обучающихся",
      18, 33, 0, 3, 21, 5.2, 11, None, 4, 96, 95, 26, 2, 11.1, 12, 2, "20.12.2024"]),
    ("МКОУ СОШ с. Ильинское", OO, "ilinskoe-sosh",
     [1, 0, 0, 1, 1, 0, 0, None, None,
      7, 12, 0, 0, 8, 7.3, 1, 1, 2, 100, 100, 14, 1, 13.3, 6, 0, "23.12.2024"]),
    ("МКОУ СОШ с. Боровица", OO, "borovica-sosh",
     [1, 1, 1, 1, 1, 1, 1, "СПК «Боровицкий»", "Профориентационное наставничество на базе сельхозпредприятия",
      6, 10, 1, 2, 7, 8.6, 0, 1, 5, 88, 90, 12, 2, 21.4, 5, 1, "23.12.2024"]),
    ("МКОУ ООШ д. Шихово", OO, "shihovo-oosh", [None] * 26),
    ("МКОУ НОШ п. Светлый", OO, "nosh-svetly",
     [1, 0, 0, 0, 1, 0, 0, None, None,
      3, 3, 0, 0, 0, 0, None, None, None, None, None, 8, 1, 25, 2, 0, "25.12.2024"]),
    ("МКУ ДО «Дом детского творчества г. Заречного»", DO, "ddt-zarechny",
     [1, 1, 1, 1, 1, 1, 1, "МКУК «Заречный районный дом культуры»",
      "Совместная реализация программ наставничества «педагог – педагог»",
      9, 15, 1, 0, 6, 1.9, 4, 1, 0, 93, 97, 17, 2, 15.8, 7, 1, "20.12.2024"]),
    ("МКУ ДО «Спортивная школа г. Заречного»", DO, "sport-zarechny",
     [1, 0, 0, 0, 1, 0, 0, None, None,
      4, 6, 0, 0, 4, 1.3, 2, 0, None, 90, 90, 11, 1, 8.3, 3, 0, "26.12.2024"]),
]

def write_file2():
    path = os.path.join(TYPED, F2)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Выгрузка")
    hf = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1, "bg_color": "#DDEBF7"})
    cf = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    head = ["№ п/п", "Муниципалитет", "Тип ОО", "Наименование ОО", "Отчётный год"]
    pos = []
    for cid, title, kind, link in f2_cols:
        pos.append((cid, title, kind, len(head)))
        head.append(title)
        if link:
            head.append("Ссылка")
    for c, h in enumerate(head):
        ws.write_string(0, c, h, hf)
    ws.set_row(0, 90)
    ws.set_column(0, 0, 6); ws.set_column(1, 2, 22); ws.set_column(3, 3, 44); ws.set_column(4, 4, 9)
    ws.set_column(5, len(head) - 1, 16)
    ws.freeze_panes(1, 4)
    orgs, values = [], []
    for i, (name, typ, site, vals) in enumerate(f2_orgs):
        r = i + 1
        ws.write_number(r, 0, i + 1, cf)
        ws.write_string(r, 1, MUN2, cf)
        ws.write_string(r, 2, typ, cf)
        ws.write_string(r, 3, name, cf)
        ws.write_number(r, 4, 2024, cf)
        exp = {}
        for (cid, title, kind, c), v in zip(pos, vals):
            if v is None:
                ws.write_blank(r, c, None, cf)
            elif kind == "yn":
                ws.write_string(r, c, yn(v), cf)
            elif kind == "s":
                ws.write_string(r, c, fmt_share(v), cf)
            elif kind == "n":
                ws.write_number(r, c, v, cf)
            else:
                ws.write_string(r, c, v, cf)
            if cid and v is not None:
                exp[cid] = v
            if c + 1 < len(head) and head[c + 1] == "Ссылка":
                if v is not None and (i + c) % 4 != 0:
                    ws.write_string(r, c + 1, "https://%s.gosuslugi.ru/nastavnichestvo/doc_%d.pdf" % (site, c), cf)
                else:
                    ws.write_blank(r, c + 1, None, cf)
        orgs.append(name); values.append(exp)
    ws.autofilter(0, 0, len(f2_orgs), len(head) - 1)
    wb.close()
    check_not_verbatim([t for _, t, _, _ in f2_cols])
    expected.append({"file": "typed/" + F2, "year": 2024, "organisation": orgs, "values": values,
                     "not_criteria": [t for cid, t, _, _ in f2_cols if cid is None]})
    colmap[F2] = {"sheet": "Выгрузка", "header_row": 1,
                  "columns": {cid: t for cid, t, _, _ in f2_cols if cid}, "year_column": "Отчётный год"}

# ================================================================== FILE 3
# Республика Марий Эл, Приволжский муниципальный район (invented)
# sheet 1 data (title rows above header), «Свод» totals, «Параметры выгрузки»
F3 = "export_monitoring_CMN_Privolzhsky_2024.xlsx"
MUN3 = "Приволжский муниципальный район"
f3_cols = [  # (criterion id or None, title, kind, link after, total kind)
    ("orgs_regulation_teachers", "Положение о системе наставничества педагогов (приказ ОО)", "yn", True, "count_yes"),
    ("orgs_monitoring_order", "Приказ ОО о мониторинге реализации ЦМН", "yn", True, "count_yes"),
    ("school_methodical_associations", "Методические объединения наставников в ОО", "n", False, "sum"),
    ("mentors_total", "Численность наставников (по приказу)", "n", True, "sum"),
    ("mentees_total", "Численность наставляемых (по приказу)", "n", True, "sum"),
    ("other_org_mentors", "Наставники из иных организаций", "n", False, "sum"),
    (None, "Совместные с предприятиями проекты на базе ОО, ед.", "n", False, None),
    ("pp_teacher_pupil", "ПП по форме «учитель – ученик»", "n", False, "sum"),
    ("pp_student_pupil", "ПП по форме «студент – ученик»", "n", False, "sum"),
    ("pp_other", "ПП по иным формам", "n", False, "sum"),
    ("mentees_low_motivation", "Наставляемые с низкой мотивацией и неуспеваемостью", "n", False, "sum"),
    ("mentees_other_params", "Наставляемые 10–19 лет по иным основаниям", "n", False, "sum"),
    ("students_15_19", "Контингент обучающихся 15–19 лет", "n", False, "sum"),
    ("share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет, %", "p", False, "mean"),
    ("young_specialists_mentors", "Молодые специалисты — наставники", "n", False, "sum"),
    ("share_young_specialists_mentees", "Доля молодых специалистов-наставляемых, %", "p", False, "mean"),
    ("teachers_in_pp", "Педагоги, включённые в утверждённые ПП", "n", False, "sum"),
    ("kpk_trained", "Обучено на КПК по наставничеству (2024 г.)", "n", False, "sum"),
    ("kpk_courses", "Наименования курсов повышения квалификации", "t", False, None),
    ("share_teachers_mentors", "Доля педагогов-наставников, %", "p", False, "mean"),
    (None, "ФИО ответственного за заполнение", "t", False, None),
]
K72 = "«Наставничество в образовательной организации: технологии и практики», 72 ч"
K36 = "«Организация наставничества педагогических работников», 36 ч"
f3_orgs = [
    ('МОУ "Приволжская СОШ № 1"', "privolzh-sosh1",
     [1, 1, 2, 26, 58, 2, 3, 6, 1, 2, 11, 5, 186, 9.7, 3, 62.5, 21, 5, K72 + "; " + K36, 34.2, "Сидоркина Т. А."]),
    ('МОУ "Кокшайская СОШ"', "kokshaysk-sosh",
     [1, 1, 1, 11, 19, 0, 0, 3, 0, 1, 4, 2, 48, 8.3, 1, 50, 9, 2, K72, 30.6, "Ялпаева О. Н."]),
    ('МОУ "Шойбулакская ООШ"', "shoybulak-oosh",
     [1, 0, 0, 4, 5, 0, 0, 1, 0, 0, 2, 0, 6, 0, 0, 100, 3, 1, "«Школа наставника», 24 ч", 28.6, "Иванова Л. П."]),
    ('МОУ "Средняя школа № 5 п. Приволжский"', "sh5-privolzh",
     [1, 1, 1, 19, 44, 1, 1, 5, 2, 1, 9, 3, 140, 7.1, 2, 40, 15, 4, K36, 27.9, "Мамаева Е. В."]),
    ('МОУ "Кужмарская СОШ"', "kuzhmara-sosh",
     [1, 0, 1, 8, 10, 0, None, 2, None, None, 3, None, 52, 5.8, 0, 0, 6, 0, None, 26.7, "Кудрявцева Н. И."]),
    ('МУ ДО "Центр детского творчества"', "cdt-privolzh",
     [1, 1, 1, 10, 22, 1, 2, 4, 0, 2, 1, 2, 75, 4, 1, 33.3, 8, 3,
      "«Наставник в дополнительном образовании детей», 36 ч", 35.7, "Пайдоверова А. С."]),
    ('МУ ДО "Спортивная школа "Олимп"', "olimp-privolzh",
     [1, 0, 0, 5, 8, 1, 0, 0, 0, 0, 0, 1, 60, 3.3, 0, 50, 4, 1, K36, 31.3, "Смирнов Д. В."]),
]

def write_file3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Данные"
    ws["A1"] = "Региональный мониторинг реализации целевой модели наставничества. Отчётный период: 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Муниципальное образование: " + MUN3
    HR = 4
    head = ["№", "Наименование образовательной организации"]
    pos = []
    for cid, title, kind, link, tk in f3_cols:
        pos.append((cid, title, kind, tk, len(head) + 1))
        head.append(title)
        if link:
            head.append("Ссылка")
    for c, h in enumerate(head, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True); cell.fill = HEAD_FILL; cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[HR].height = 80
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 42
    for c in range(3, len(head) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 15
    orgs, values = [], []
    for i, (name, site, vals) in enumerate(f3_orgs):
        r = HR + 1 + i
        ws.cell(r, 1, i + 1); ws.cell(r, 2, name)
        exp = {}
        for (cid, title, kind, tk, c), v in zip(pos, vals):
            if v is not None:
                cell = ws.cell(r, c, yn(v) if kind == "yn" else v)
                if kind == "p":
                    cell.number_format = "0.0"
                if cid:
                    exp[cid] = v
            if c + 1 <= len(head) and head[c] == "Ссылка":
                if v is not None and (i + c) % 3 != 1:
                    ws.cell(r, c + 1, "https://%s.mari-edu.ru/nastavnichestvo/%d" % (site, 100 + c))
        for c in range(1, len(head) + 1):
            ws.cell(r, c).border = BORDER
        orgs.append(name); values.append(exp)

    sv = wb.create_sheet("Свод")
    sv["A1"] = "Сводные значения по муниципальному образованию: " + MUN3 + ", 2024 год"
    sv["A1"].font = Font(bold=True)
    sv.append([])
    sv.append(["№", "Показатель", "Итого по муниципалитету"])
    for c in range(1, 4):
        sv.cell(3, c).font = Font(bold=True); sv.cell(3, c).fill = HEAD_FILL
    totals = {}
    n = 0
    for (cid, title, kind, tk, c), j in zip(pos, range(len(pos))):
        if not cid or tk is None:
            continue
        col = [o[2][j] for o in f3_orgs if o[2][j] is not None]
        if tk == "count_yes":
            t = sum(1 for v in col if v == 1)
        elif tk == "sum":
            t = sum(col)
        else:
            t = round(sum(col) / len(col), 1)
        totals[title] = t
        n += 1
        sv.append([n, title, t])
    sv.column_dimensions["B"].width = 60; sv.column_dimensions["C"].width = 22

    pr = wb.create_sheet("Параметры выгрузки")
    for row in [("Параметр", "Значение"),
                ("Дата выгрузки", "21.01.2025 10:42"),
                ("Пользователь", "Куклина Г. В. (муниципальный координатор)"),
                ("Форма", "Мониторинг реализации целевой модели наставничества (уровень ОО)"),
                ("Отчётный период", "2024"),
                ("Муниципальное образование", MUN3),
                ("Тип ОО", "Все"),
                ("Статус формы", "Подписана; На проверке"),
                ("Количество записей", len(f3_orgs))]:
        pr.append(list(row))
    pr["A1"].font = Font(bold=True); pr["B1"].font = Font(bold=True)
    pr.column_dimensions["A"].width = 30; pr.column_dimensions["B"].width = 60
    wb.save(os.path.join(TYPED, F3))
    check_not_verbatim([t for _, t, _, _, _ in f3_cols])
    expected.append({"file": "typed/" + F3, "year": 2024, "organisation": orgs, "values": values,
                     "not_criteria": [t for cid, t, _, _, _ in f3_cols if cid is None]})
    colmap[F3] = {"sheet": "Данные", "header_row": HR,
                  "columns": {cid: t for cid, t, _, _, _ in f3_cols if cid},
                  "svod": {"sheet": "Свод", "totals": totals}}

write_file1()
write_file2()
write_file3()
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "columns_map.json"), "w", encoding="utf-8") as f:
    json.dump(colmap, f, ensure_ascii=False, indent=1)
for e in expected:
    print(e["file"], len(e["organisation"]), "orgs,",
          len({k for d in e["values"] for k in d}), "criteria filled")
