#!/usr/bin/env python3
"""Held-out set 35: exports of another region's monitoring system (АИС) whose columns are codes.

Invented municipality: Заречногорский муниципальный округ (г. Заречногорск).
Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: all data is fixed below.
"""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

YEAR = 2024
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")

EXPECTED = []
CELLS = []

# ---------------------------------------------------------------- organisations
# key: (Код ОО, ИНН, site)
ORGS = {
    "sosh1": ("830101", "5836010457", "https://sosh1-zarechnogorsk.gosuslugi.ru"),
    "gimn2": ("830102", "5836010464", "https://gimn2-zarechnogorsk.gosuslugi.ru"),
    "sosh3": ("830103", "5836010471", "https://zar-sosh3.edu.ru"),
    "licey5": ("830105", "5836010496", "https://licey5-zar.gosuslugi.ru"),
    "sosh7": ("830107", "5836010513", "https://sosh7zarechnogorsk.edu.ru"),
    "lugovaya": ("830121", "5836007302", "https://lugovaya-shkola.gosuslugi.ru"),
    "kedrovka": ("830124", "5836007334", "https://kedrovskaya-oosh.gosuslugi.ru"),
    "pochinki": ("830126", "5836007359", "https://pochinkovskaya-shkola.gosuslugi.ru"),
    "cdt": ("830201", "5836011080", "https://cdt-zarechnogorsk.gosuslugi.ru"),
    "syut": ("830203", "5836011107", "https://syut-zar.edu.ru"),
    "olimp": ("830204", "5836011114", "https://olimp-zar.gosuslugi.ru"),
    "raduga": ("830206", "5836011139", "https://ddt-raduga-zar.gosuslugi.ru"),
}


def share(n, d):
    """fraction with 4 decimals, as a monitoring system stores it"""
    return round(n / d, 4) if d else 0.0


def pct(fr):
    """expected per-cent number for a fraction cell"""
    return round(fr * 100, 2)


def autosize(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def record(file, sheet, cell, org_idx, org_name, org_cell, crit, expected, kind="value", header_cell=None, header=None):
    CELLS.append({
        "file": file, "sheet": sheet, "cell": cell, "kind": kind, "criterion": crit,
        "organisation_index": org_idx, "organisation": org_name, "organisation_cell": org_cell,
        "header_cell": header_cell, "header": header, "expected": expected,
    })


def write_dictionary(wb, title, rows, heading=None, col_titles=("Код", "Наименование показателя", "Единица измерения")):
    """rows: list of (code, wording, unit) or ("#", section title) for a section row"""
    ws = wb.create_sheet(title)
    r = 1
    if heading:
        ws.cell(r, 1, heading).font = BOLD
        r += 2
    for c, t in enumerate(col_titles, start=1):
        x = ws.cell(r, c, t)
        x.font = BOLD
        x.fill = HEAD_FILL
    r += 1
    for row in rows:
        if row[0] == "#":
            x = ws.cell(r, 1, row[1])
            x.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        else:
            for c, v in enumerate(row, start=1):
                ws.cell(r, c, v).alignment = WRAP
        r += 1
    autosize(ws, [11, 78, 18])
    return ws


# =====================================================================================
# File 1: raw export, header row = codes only, dictionary sheet «Справочник показателей»
# =====================================================================================
def file1():
    fname = "typed/01_AIS_CMN_vygruzka_OO_2024.xlsx"
    # (code, wording, unit, criterion|None, kind)  kind: int | yn | frac | sat
    cols = [
        ("P1_1", "Утверждено положение о системе наставничества педагогических работников ОО", "1 – да, 0 – нет", "orgs_regulation_teachers", "yn"),
        ("P1_2", "Утверждено положение о наставничестве обучающихся", "1 – да, 0 – нет", "orgs_regulation_students", "yn"),
        ("P1_3", "Издан приказ ОО о мониторинге реализации ЦМН", "1 – да, 0 – нет", "orgs_monitoring_order", "yn"),
        ("P2_1", "Кураторы внедрения ЦМН в ОО", "чел.", "curators_total", "int"),
        ("P2_2", "Наставники – всего по приказу ОО", "чел.", "mentors_total", "int"),
        ("P2_3", "Наставляемые – всего по приказу ОО", "чел.", "mentees_total", "int"),
        ("P2_4", "Проведено мероприятий по наставничеству (семинары, мастер-классы, встречи)", "ед.", None, "int"),
        ("P3_1", "Численность обучающихся 10–19 лет", "чел.", "students_10_19", "int"),
        ("P3_2", "из них включены в программы наставничества как наставляемые", "чел.", "mentees_10_19", "int"),
        ("P3_3", "Удельный вес наставляемых среди обучающихся 10–19 лет (P3_2 / P3_1)", "%", "share_mentees_10_19", "frac"),
        ("P3_4", "Численность обучающихся 15–19 лет", "чел.", "students_15_19", "int"),
        ("P3_5", "из них выступают наставниками (по приказу)", "чел.", "mentors_15_19", "int"),
        ("P3_6", "Удельный вес наставников среди обучающихся 15–19 лет (P3_5 / P3_4)", "%", "share_mentors_15_19", "frac"),
        ("P3_7", "Удельный вес обучающихся 5–9 классов, вовлечённых в наставничество", "%", None, "frac"),
        ("P4_1", "Удовлетворённость наставляемых завершёнными программами (по анкетам)", "%", "satisfaction_mentees", "sat"),
        ("P4_2", "Удовлетворённость наставников завершёнными программами (по анкетам)", "%", "satisfaction_mentors", "sat"),
        ("P4_3", "Количество заполненных анкет удовлетворённости", "шт.", None, "int"),
    ]
    orgs = [
        ("sosh1", "МБОУ «СОШ № 1 г. Заречногорска»"),
        ("gimn2", "МБОУ «Гимназия № 2»"),
        ("sosh3", "МБОУ «СОШ № 3»"),
        ("licey5", "МАОУ «Лицей № 5»"),
        ("lugovaya", "МБОУ «Луговская СОШ»"),
        ("kedrovka", "МБОУ «Кедровская ООШ»"),
    ]
    #        P1_1 P1_2 P1_3 P2_1 P2_2 P2_3 P2_4 P3_1 P3_2 P3_4 P3_5  59-share-dec(n,d) P4_1  P4_2  P4_3
    raw = {
        "sosh1":    (1, 1, 1, 2, 34, 61, 6, 612, 48, 188, 14, (21, 290), 0.91, 0.88, 57),
        "gimn2":    (1, 1, 1, 1, 41, 77, 9, 705, 59, 241, 22, (30, 318), 0.94, 0.90, 71),
        "sosh3":    (1, 0, 1, 1, 19, 30, 3, 430, 21, 132, 6, (9, 214), 0.86, 0.83, 26),
        "licey5":   (1, 1, 1, 3, 52, 96, 11, 820, 74, 296, 31, (26, 301), 0.95, 0.92, 88),
        "lugovaya": (1, 1, 0, 1, 9, 14, 2, 118, 10, 31, 3, (6, 61), 0.89, 0.85, 13),
        "kedrovka": (1, 0, 0, 1, 4, 6, 1, 52, 5, 9, 0, (4, 38), None, 0.80, 3),
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Выгрузка"
    ids = ["№ п/п", "Код ОО", "ИНН", "Наименование ОО", "Отчётный период", "Дата выгрузки"]
    header = ids + [c[0] for c in cols]
    for c, h in enumerate(header, start=1):
        x = ws.cell(1, c, h)
        x.font = BOLD
        x.fill = HEAD_FILL
        x.alignment = Alignment(horizontal="center")
    ncol0 = len(ids) + 1
    exp = {"file": fname, "year": YEAR, "organisation": [], "values": [], "links": [],
           "not_criteria": [], "headings": []}
    for i, (key, name) in enumerate(orgs):
        r = i + 2
        code, inn, _site = ORGS[key]
        d = raw[key]
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, int(code))
        ws.cell(r, 3, inn).number_format = "@"
        ws.cell(r, 4, name)
        ws.cell(r, 5, YEAR)
        x = ws.cell(r, 6, dt.datetime(2025, 1, 20, 14, 37, 5 + i))
        x.number_format = "DD.MM.YYYY HH:MM:SS"
        vals = {
            "P1_1": d[0], "P1_2": d[1], "P1_3": d[2], "P2_1": d[3], "P2_2": d[4], "P2_3": d[5], "P2_4": d[6],
            "P3_1": d[7], "P3_2": d[8], "P3_3": share(d[8], d[7]),
            "P3_4": d[9], "P3_5": d[10], "P3_6": share(d[10], d[9]),
            "P3_7": share(*d[11]), "P4_1": d[12], "P4_2": d[13], "P4_3": d[14],
        }
        values = {}
        for j, (cd, _w, _u, crit, kind) in enumerate(cols):
            c = ncol0 + j
            v = vals[cd]
            cell = ws.cell(r, c, v)
            if kind == "frac":
                cell.number_format = "0.00%"
            elif kind == "sat":
                cell.number_format = "0%"
            if crit is None or v is None:
                continue
            e = pct(v) if kind in ("frac", "sat") else v
            values[crit] = e
            record(fname, "Выгрузка", cell.coordinate, i, name, f"D{r}", crit, e,
                   header_cell=f"{get_column_letter(c)}1", header=cd)
        exp["organisation"].append(name)
        exp["values"].append(values)
        exp["links"].append({})
    ws.freeze_panes = "E2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(orgs) + 1}"
    autosize(ws, [6, 9, 13, 34, 10, 20] + [8] * len(cols))
    rows = [("#", "Раздел 1. Нормативное обеспечение")]
    rows += [c[:3] for c in cols if c[0].startswith("P1")]
    rows += [("#", "Раздел 2. Участники программ наставничества")]
    rows += [c[:3] for c in cols if c[0].startswith("P2")]
    rows += [("#", "Раздел 3. Вовлечённость обучающихся")]
    rows += [c[:3] for c in cols if c[0].startswith("P3")]
    rows += [("#", "Раздел 4. Удовлетворённость участием")]
    rows += [c[:3] for c in cols if c[0].startswith("P4")]
    write_dictionary(wb, "Справочник показателей", rows,
                     heading="Мониторинг реализации целевой модели наставничества. Справочник показателей формы ЦМН-ОО")
    exp["not_criteria"] = [c[1] for c in cols if c[3] is None] + ["Код ОО", "ИНН", "Отчётный период", "Дата выгрузки"]
    exp["headings"] = [r[1] for r in rows if r[0] == "#"]
    wb.save(os.path.join(HERE, fname))
    EXPECTED.append(exp)


# =====================================================================================
# File 2: code row + wording row (title above), teachers; two link columns
# =====================================================================================
def file2():
    fname = "typed/02_ind_export_pedkadry_2024.xlsx"
    cols = [
        ("ind_01", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", "young_specialists", "int"),
        ("ind_02", "в т.ч. закреплены за наставником (наставляемые)", "young_specialists_mentees", "int"),
        ("ind_03", "% молодых специалистов, имеющих наставника", "share_young_specialists_mentees", "frac"),
        ("ind_04", "Педагоги без учёта молодых специалистов, всего", "teachers_other", "int"),
        ("ind_05", "в т.ч. наставляемые", "teachers_other_mentees", "int"),
        ("ind_06", "% наставляемых от всех педагогов ОО (ind_02+ind_05)/(ind_01+ind_04)", "share_teachers_mentees", "frac"),
        ("ind_07", "Педагоги-наставники", "teachers_mentors", "int"),
        ("ind_07_url", "Ссылка на приказ о закреплении наставнических пар", "teachers_mentors", "url"),
        ("ind_08", "% педагогов-наставников от всех педагогов ОО", "share_teachers_mentors", "frac"),
        ("ind_09", "Молодые специалисты, сами выступающие наставниками", "young_specialists_mentors", "int"),
        ("ind_10", "Прошли КПК по вопросам наставничества в 2024 г.", "kpk_trained", "int"),
        ("ind_10_url", "Удостоверения КПК (ссылка на папку)", "kpk_trained", "url"),
        ("ind_11", "Участники утверждённых персонализированных программ из числа педагогов", "teachers_in_pp", "int"),
        ("ind_12", "Средний педагогический стаж наставников, лет", None, "float"),
        ("ind_13", "План на 2025 г.: педагоги-наставники", None, "int"),
    ]
    orgs = [
        ("sosh1", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1 г. Заречногорска»",
         (6, 6, 48, 5, 17, 1, 4, 22, 14.6, 18),
         ("/netcat_files/docs/2024/prikaz_nastav_pary_2024.pdf", "https://disk.yandex.ru/d/Zr7kPq2LmN4xWa")),
        ("gimn2", "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»",
         (9, 8, 61, 7, 21, 2, 6, 30, 17.2, 23),
         ("/svedeniya/dokumenty/prikaz-142-od-ot-02-09-2024.pdf", "https://cloud.mail.ru/public/Gm2K/nastav_kpk_2024")),
        ("sosh7", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 с углублённым изучением отдельных предметов»",
         (4, 4, 39, 3, 11, 0, 2, 15, 12.9, 12),
         ("/upload/nastavnichestvo/prikaz_o_zakreplenii_2024.pdf", "https://disk.yandex.ru/d/s7Kpk2024Nst")),
        ("pochinki", "Муниципальное казённое общеобразовательное учреждение «Починковская средняя общеобразовательная школа»",
         (2, 2, 17, 1, 4, 0, 1, 6, 21.5, 4),
         ("/netcat_files/userfiles/Nastavnichestvo/prikaz_83.pdf", "https://disk.yandex.ru/d/PchKPK24")),
        ("licey5", "Муниципальное автономное общеобразовательное учреждение «Лицей № 5»",
         (11, 9, 72, 6, 26, 3, 8, 34, 15.8, 28),
         ("/sveden/document/prikaz_nastavnichestvo_2024-2025.pdf", "https://cloud.mail.ru/public/L5x9/KPK_nastavniki")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ind_export"
    ws["A1"] = "АИС «Наставник». Выгрузка показателей по ОО. Блок: педагогические кадры. Период: 01.01.2024 – 31.12.2024"
    ws["A1"].font = BOLD
    id_codes = ["kod_oo", "inn", "name_oo", "dt_upload"]
    id_words = ["Код ОО", "ИНН", "Наименование организации", "Дата выгрузки"]
    for c, (cd, w) in enumerate(zip(id_codes + [x[0] for x in cols], id_words + [x[1] for x in cols]), start=1):
        a = ws.cell(2, c, cd)
        a.font = Font(bold=True, color="1F4E78")
        a.fill = HEAD_FILL
        b = ws.cell(3, c, w)
        b.font = BOLD
        b.alignment = WRAP
    ws.row_dimensions[3].height = 75
    exp = {"file": fname, "year": YEAR, "organisation": [], "values": [], "links": [],
           "not_criteria": [], "headings": []}
    for i, (key, name, d, urls) in enumerate(orgs):
        r = i + 4
        code, inn, site = ORGS[key]
        ys, ys_me, to, to_me, t_m, ys_m, kpk, t_pp, stazh, plan = d
        vals = {
            "ind_01": ys, "ind_02": ys_me, "ind_03": share(ys_me, ys),
            "ind_04": to, "ind_05": to_me, "ind_06": share(ys_me + to_me, ys + to),
            "ind_07": t_m, "ind_07_url": site + urls[0], "ind_08": share(t_m, ys + to),
            "ind_09": ys_m, "ind_10": kpk, "ind_10_url": urls[1], "ind_11": t_pp,
            "ind_12": stazh, "ind_13": plan,
        }
        ws.cell(r, 1, code).number_format = "@"
        ws.cell(r, 2, int(inn))
        ws.cell(r, 2).number_format = "0"
        ws.cell(r, 3, name).alignment = WRAP
        x = ws.cell(r, 4, dt.date(2025, 1, 27))
        x.number_format = "DD.MM.YYYY"
        values, links = {}, {}
        for j, (cd, _w, crit, kind) in enumerate(cols):
            c = 5 + j
            v = vals[cd]
            cell = ws.cell(r, c, v)
            if kind == "frac":
                cell.number_format = "0.00%"
            elif kind == "float":
                cell.number_format = "0.0"
            elif kind == "url":
                cell.hyperlink = v
                cell.style = "Hyperlink"
            if crit is None:
                continue
            if kind == "url":
                links[crit] = v
                record(fname, "ind_export", cell.coordinate, i, name, f"C{r}", crit, v, kind="link",
                       header_cell=f"{get_column_letter(c)}2", header=cd)
            else:
                e = pct(v) if kind == "frac" else v
                values[crit] = e
                record(fname, "ind_export", cell.coordinate, i, name, f"C{r}", crit, e,
                       header_cell=f"{get_column_letter(c)}2", header=cd)
        exp["organisation"].append(name)
        exp["values"].append(values)
        exp["links"].append(links)
    ws.freeze_panes = "D4"
    autosize(ws, [9, 13, 48, 12] + [13] * len(cols))
    exp["not_criteria"] = [c[1] for c in cols if c[2] is None] + ["Код ОО", "ИНН", "Дата выгрузки"]
    wb.save(os.path.join(HERE, fname))
    EXPECTED.append(exp)


# =====================================================================================
# File 3: numeric-hierarchy codes only («3.2.1»), dictionary sheet «Расшифровка»
# =====================================================================================
def file3():
    fname = "typed/03_forma3_programmy_partnery_2024.xlsx"
    cols = [
        ("3.1", "Персонализированные программы наставничества (ПП), всего", "ед.", "pp_total", "int"),
        ("3.1.1", "ПП по форме «ученик – ученик»", "ед.", "pp_pupil_pupil", "int"),
        ("3.1.2", "ПП по форме «учитель – учитель» / «педагог – педагог»", "ед.", "pp_teacher_teacher", "int"),
        ("3.1.3", "ПП по форме «руководитель – педагог»", "ед.", "pp_head_teacher", "int"),
        ("3.1.4", "ПП по форме «учитель – ученик»", "ед.", "pp_teacher_pupil", "int"),
        ("3.1.5", "ПП по форме «студент – ученик»", "ед.", "pp_student_pupil", "int"),
        ("3.1.6", "ПП по иным формам", "ед.", "pp_other", "int"),
        ("3.1.url", "Ссылка на приказ об утверждении ПП", "URL", "pp_total", "url"),
        ("3.2.1", "Заключено соглашений с образовательными организациями, направляющими своих работников в наставники", "ед.", "agreements_edu_orgs", "int"),
        ("3.2.2", "Заключено соглашений с предприятиями (наставники из числа работников предприятий)", "ед.", "agreements_enterprises", "int"),
        ("3.2.3", "Заключено соглашений с иными организациями (НКО, учреждения культуры, спорта и др.)", "ед.", "agreements_other_orgs", "int"),
        ("3.2.4", "Организации-партнёры по наставничеству (перечислить через «;»)", "текст", "partner_list", "text"),
        ("3.3.1", "Наставники – работники сторонних образовательных организаций (по приказу)", "чел.", "external_edu_mentors", "int"),
        ("3.3.2", "Наставники – работники предприятий", "чел.", "enterprise_mentors", "int"),
        ("3.3.3", "Наставники – работники иных организаций", "чел.", "other_org_mentors", "int"),
        ("3.4", "Договоры о сетевой форме реализации образовательных программ", "ед.", None, "int"),
        ("3.5", "ПП, прекращённые досрочно", "ед.", None, "int"),
    ]
    orgs = [
        ("sosh3", "МБОУ «СОШ № 3»",
         dict(f=(5, 4, 1, 2, 0, 0), agr=(1, 1, 0),
              partners="ООО «Заречногорский молочный комбинат»; МБОУ «Гимназия № 2»",
              ext=(2, 1, 0), net=1, early=0, url="/dokumenty/nastavnichestvo/prikaz_pp_2024.pdf")),
        ("sosh7", "МБОУ «СОШ № 7 с УИОП»",
         dict(f=(6, 5, 1, 2, 0, 1), agr=(2, 2, 1),
              partners="ГАПОУ «Заречногорский аграрный техникум»; АО «Северный леспромхоз»; ООО «Агрофирма «Луговая»; АНО «Центр добровольчества «Вместе»",
              ext=(3, 2, 1), net=2, early=1, url="/upload/nastavnichestvo/prikaz_pp_09_2024.pdf")),
        ("cdt", "МБУ ДО «Центр детского творчества»",
         dict(f=(3, 3, 2, 1, 0, 0), agr=(3, 0, 1),
              partners="МБОУ «СОШ № 1 г. Заречногорска»; МАОУ «Лицей № 5»; МБОУ «Луговская СОШ»; МБУК «Централизованная библиотечная система Заречногорского МО»",
              ext=(4, 0, 2), net=3, early=0, url="/sveden/files/Prikaz_ob_utv_PP_2024.pdf")),
        ("syut", "МБУ ДО «Станция юных техников»",
         dict(f=(2, 2, 1, 1, 1, 0), agr=(1, 1, 0),
              partners="ГАПОУ «Заречногорский индустриальный техникум»; ПАО «Заречногорский механический завод»",
              ext=(2, 2, 0), net=0, early=0, url="/docs/prikaz-pp-2024.pdf")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Данные_2024"
    ids = ["Код ОО", "ИНН", "Наименование ОО", "Дата выгрузки"]
    header = ids + [c[0] for c in cols]
    for c, h in enumerate(header, start=1):
        x = ws.cell(1, c, h)
        x.font = BOLD
        x.fill = HEAD_FILL
    exp = {"file": fname, "year": YEAR, "organisation": [], "values": [], "links": [],
           "not_criteria": [], "headings": []}
    for i, (key, name, d) in enumerate(orgs):
        r = i + 2
        code, inn, site = ORGS[key]
        f = d["f"]
        vals = {"3.1": sum(f)}
        for k, v in zip(["3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.1.5", "3.1.6"], f):
            vals[k] = v
        vals["3.1.url"] = site + d["url"]
        vals.update({"3.2.1": d["agr"][0], "3.2.2": d["agr"][1], "3.2.3": d["agr"][2], "3.2.4": d["partners"],
                     "3.3.1": d["ext"][0], "3.3.2": d["ext"][1], "3.3.3": d["ext"][2],
                     "3.4": d["net"], "3.5": d["early"]})
        ws.cell(r, 1, code).number_format = "@"
        ws.cell(r, 2, inn).number_format = "@"
        ws.cell(r, 3, name)
        ws.cell(r, 4, f"{15 + i:02d}.01.2025")  # exported as text, as this system does
        values, links = {}, {}
        for j, (cd, _w, _u, crit, kind) in enumerate(cols):
            c = 5 + j
            v = vals[cd]
            cell = ws.cell(r, c, v)
            if kind == "text":
                cell.alignment = WRAP
            if crit is None:
                continue
            if kind == "url":
                links[crit] = v
                record(fname, "Данные_2024", cell.coordinate, i, name, f"C{r}", crit, v, kind="link",
                       header_cell=f"{get_column_letter(c)}1", header=cd)
            else:
                values[crit] = v
                record(fname, "Данные_2024", cell.coordinate, i, name, f"C{r}", crit, v,
                       header_cell=f"{get_column_letter(c)}1", header=cd)
        exp["organisation"].append(name)
        exp["values"].append(values)
        exp["links"].append(links)
    ws.freeze_panes = "D2"
    autosize(ws, [9, 13, 36, 12] + [7] * 7 + [40] + [7] * 3 + [50] + [7] * 5)
    write_dictionary(wb, "Расшифровка", [c[:3] for c in cols],
                     heading="Форма 3 «Программы наставничества и сетевое партнёрство» за 2024 год – расшифровка кодов",
                     col_titles=("Код показателя", "Наименование показателя", "Ед. изм."))
    exp["not_criteria"] = [c[1] for c in cols if c[3] is None] + ["Код ОО", "ИНН", "Дата выгрузки"]
    wb.save(os.path.join(HERE, fname))
    EXPECTED.append(exp)


# =====================================================================================
# File 4: wording row above code row; documents as «да/нет» with links
# =====================================================================================
def file4():
    fname = "typed/04_doc_base_CMN_2024.xlsx"
    # (code, wording, criterion|None, kind) ; kind yn | int | url
    cols = [
        ("doc_01", "Положение о наставничестве педагогических работников (да/нет)", "orgs_regulation_teachers", "yn"),
        ("doc_01_url", "Ссылка", "orgs_regulation_teachers", "url"),
        ("doc_02", "Положение о наставничестве обучающихся (да/нет)", "orgs_regulation_students", "yn"),
        ("doc_02_url", "Ссылка", "orgs_regulation_students", "url"),
        ("doc_03", "Приказ о мониторинге ЦМН (да/нет)", "orgs_monitoring_order", "yn"),
        ("doc_03_url", "Ссылка", "orgs_monitoring_order", "url"),
        ("doc_04", "Справка по итогам внутреннего мониторинга наставничества (да/нет)", "internal_monitoring_notes", "yn"),
        ("doc_04_url", "Ссылка", "internal_monitoring_notes", "url"),
        ("doc_05", "Локальные акты об оплате (доплате) за наставничество, кол-во", "pay_acts", "int"),
        ("doc_05_url", "Ссылка", "pay_acts", "url"),
        ("doc_06", "Локальные акты о нематериальном поощрении наставников, кол-во", "nonmaterial_acts", "int"),
        ("doc_06_url", "Ссылка", "nonmaterial_acts", "url"),
        ("doc_07", "Методические объединения (сообщества) наставников в ОО, кол-во", "school_methodical_associations", "int"),
        ("doc_08", "Раздел о наставничестве в программе развития ОО (да/нет)", None, "yn"),
        ("doc_09", "Новости о наставничестве на сайте ОО за год, шт.", None, "int"),
    ]
    # values per org: doc_01..doc_09 (yn as 1/0, ints) and url paths for 01..06 (None when absent)
    orgs = [
        ("sosh1", "МБОУ СОШ № 1", (1, 1, 1, 1, 1, 1, 1, 1, 12),
         ["/netcat_files/docs/polozhenie_nastav_ped.pdf", "/netcat_files/docs/polozhenie_nastav_obuch.pdf",
          "/netcat_files/docs/prikaz_monitoring_cmn_2024.pdf", "/netcat_files/docs/spravka_vnutr_monitoring_2024.pdf",
          "/netcat_files/docs/polozhenie_o_stimul_vyplatah.pdf", "/netcat_files/docs/polozhenie_nematerialnoe_pooshrenie.pdf"]),
        ("gimn2", "МБОУ Гимназия № 2", (1, 1, 1, 1, 2, 1, 2, 1, 18),
         ["/svedeniya/dokumenty/polozhenie-nastavnichestvo-pedagogov.pdf", "/svedeniya/dokumenty/polozhenie-nastavnichestvo-obuchayushchihsya.pdf",
          "/svedeniya/dokumenty/prikaz-monitoring-cmn.pdf", "/svedeniya/dokumenty/spravka-monitoring-2024.pdf",
          "https://disk.yandex.ru/d/Gm2OplataNst", "/svedeniya/dokumenty/polozhenie-o-pooshrenii-nastavnikov.pdf"]),
        ("sosh3", "МБОУ СОШ № 3", (1, 0, 1, 1, 1, 0, 1, 0, 4),
         ["/dokumenty/nastavnichestvo/polozhenie_ped.pdf", None,
          "/dokumenty/nastavnichestvo/prikaz_monitoring.pdf", "/dokumenty/nastavnichestvo/spravka_2024.pdf",
          "/dokumenty/lokalnye_akty/polozhenie_ob_oplate_truda.pdf", None]),
        ("licey5", "МАОУ Лицей № 5", (1, 1, 1, 1, 1, 2, 3, 1, 25),
         ["/sveden/document/polozhenie_nastavnichestvo_ped.pdf", "/sveden/document/polozhenie_nastavnichestvo_uch.pdf",
          "/sveden/document/prikaz_monitoring_2024.pdf", "/sveden/document/spravka_itogi_monitoringa.pdf",
          "/sveden/document/polozhenie_oplata_nastavnikam.pdf", "https://cloud.mail.ru/public/L5x9/nematerialnoe"]),
        ("sosh7", "МБОУ СОШ № 7 с УИОП", (1, 1, 1, 0, 1, 1, 1, 0, 7),
         ["/upload/nastavnichestvo/polozhenie_ped.pdf", "/upload/nastavnichestvo/polozhenie_uch.pdf",
          "/upload/nastavnichestvo/prikaz_monitoring.pdf", None,
          "/upload/lokalnye-akty/polozhenie-o-doplatah.pdf", "/upload/lokalnye-akty/polozhenie-o-pooshrenii.pdf"]),
        ("pochinki", "МКОУ Починковская СОШ", (1, 0, 1, 1, 0, 0, 1, 0, 2),
         ["/netcat_files/userfiles/Nastavnichestvo/polozhenie.pdf", None,
          "/netcat_files/userfiles/Nastavnichestvo/prikaz_monitoring.pdf", "https://disk.yandex.ru/d/PchSpravka24",
          None, None]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Документы ОО"
    ws["A1"] = "Мониторинг ЦМН – база документов образовательных организаций Заречногорского МО за 2024 год (выгрузка)"
    ws["A1"].font = BOLD
    id_words = ["Код ОО", "ИНН", "Образовательная организация", "Дата выгрузки"]
    id_codes = ["oo_id", "oo_inn", "oo_name", "upload_date"]
    for c, (w, cd) in enumerate(zip(id_words + [x[1] for x in cols], id_codes + [x[0] for x in cols]), start=1):
        a = ws.cell(2, c, w)
        a.font = BOLD
        a.alignment = WRAP
        a.fill = HEAD_FILL
        b = ws.cell(3, c, cd)
        b.font = Font(italic=True, color="808080")
    ws.row_dimensions[2].height = 90
    exp = {"file": fname, "year": YEAR, "organisation": [], "values": [], "links": [],
           "not_criteria": [], "headings": []}
    for i, (key, name, d, urls) in enumerate(orgs):
        r = i + 4
        code, inn, site = ORGS[key]
        ws.cell(r, 1, int(code))
        ws.cell(r, 2, inn).number_format = "@"
        ws.cell(r, 3, name)
        x = ws.cell(r, 4, dt.datetime(2025, 2, 3, 9, 12))
        x.number_format = "DD.MM.YYYY HH:MM"
        vals = {}
        for k in range(9):
            vals[f"doc_{k + 1:02d}"] = d[k]
        for k in range(6):
            u = urls[k]
            vals[f"doc_{k + 1:02d}_url"] = None if u is None else (u if u.startswith("http") else site + u)
        values, links = {}, {}
        for j, (cd, _w, crit, kind) in enumerate(cols):
            c = 5 + j
            v = vals[cd]
            if kind == "yn":
                cell = ws.cell(r, c, "да" if v else "нет")
            elif kind == "url":
                cell = ws.cell(r, c, v if v else "—")
                if v:
                    cell.hyperlink = v
                    cell.style = "Hyperlink"
            else:
                cell = ws.cell(r, c, v)
            if crit is None:
                continue
            if kind == "url":
                if v:
                    links[crit] = v
                    record(fname, "Документы ОО", cell.coordinate, i, name, f"C{r}", crit, v, kind="link",
                           header_cell=f"{get_column_letter(c)}3", header=cd)
            else:
                values[crit] = v
                record(fname, "Документы ОО", cell.coordinate, i, name, f"C{r}", crit, v,
                       header_cell=f"{get_column_letter(c)}3", header=cd)
        exp["organisation"].append(name)
        exp["values"].append(values)
        exp["links"].append(links)
    ws.freeze_panes = "D4"
    autosize(ws, [9, 13, 26, 16] + [12, 30] * 6 + [12, 12, 12])
    exp["not_criteria"] = [c[1] for c in cols if c[2] is None] + ["Код ОО", "ИНН", "Дата выгрузки"]
    wb.save(os.path.join(HERE, fname))
    EXPECTED.append(exp)


# =====================================================================================
# File 5: codes only, dictionary sheet lacks one code (decoy known only by its code)
# =====================================================================================
def file5():
    fname = "typed/05_vygruzka_UDO_nastavlyaemye_2024.xlsx"
    cols = [
        ("r5_01", "Кураторы ЦМН (по приказу)", "чел.", "curators_total"),
        ("r5_02", "Наставники (по приказу), всего", "чел.", "mentors_total"),
        ("r5_03", "Наставляемые (по приказу), всего", "чел.", "mentees_total"),
        ("r5_04", "Наставляемые из числа обучающихся 10–19 лет", "чел.", "mentees_10_19"),
        ("r5_05", "из них: дети «группы риска»", "чел.", "mentees_risk"),
        ("r5_06", "из них: одарённые дети (включённые в реестры)", "чел.", "mentees_gifted"),
        ("r5_07", "из них: дети с ОВЗ, дети-инвалиды", "чел.", "mentees_disabled"),
        ("r5_08", "из них: с низкой учебной мотивацией, неуспевающие", "чел.", "mentees_low_motivation"),
        ("r5_09", "из них: испытывающие трудности с выбором профессии / образовательной траектории", "чел.", "mentees_career"),
        ("r5_10", "из них: по иным основаниям", "чел.", "mentees_other_params"),
        ("r5_11", "Обучающиеся 5–18 лет в объединениях ДО, охваченные наставничеством", "чел.", None),
        ("r5_99", None, None, None),  # present in the data, absent from the dictionary
    ]
    orgs = [
        ("cdt", "МБУ ДО «Центр детского творчества»", (2, 14, 37, 31, 3, 11, 2, 4, 6, 5, 36, 1)),
        ("olimp", "МБУ ДО «ДЮСШ «Олимп»", (1, 9, 24, 24, 6, 5, 1, 3, 2, 7, 24, 1)),
        ("raduga", "МАУ ДО «Дом детского творчества «Радуга»", (1, 6, 15, 12, 1, 4, 3, 1, 2, 1, 15, 0)),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ids = ["Код ОО", "ИНН", "Наименование ОО", "Период", "Дата выгрузки"]
    header = ids + [c[0] for c in cols]
    for c, h in enumerate(header, start=1):
        ws.cell(1, c, h).font = BOLD
    exp = {"file": fname, "year": YEAR, "organisation": [], "values": [], "links": [],
           "not_criteria": [], "headings": []}
    for i, (key, name, d) in enumerate(orgs):
        r = i + 2
        code, inn, _site = ORGS[key]
        ws.cell(r, 1, code).number_format = "@"
        ws.cell(r, 2, int(inn)).number_format = "0"
        ws.cell(r, 3, name)
        ws.cell(r, 4, "2024")
        x = ws.cell(r, 5, dt.datetime(2025, 1, 22, 9, 15))
        x.number_format = "DD.MM.YYYY HH:MM"
        values = {}
        for j, (cd, _w, _u, crit) in enumerate(cols):
            c = 6 + j
            cell = ws.cell(r, c, d[j])
            if crit is None:
                continue
            values[crit] = d[j]
            record(fname, "Лист1", cell.coordinate, i, name, f"C{r}", crit, d[j],
                   header_cell=f"{get_column_letter(c)}1", header=cd)
        exp["organisation"].append(name)
        exp["values"].append(values)
        exp["links"].append({})
    autosize(ws, [9, 13, 40, 8, 17] + [7] * len(cols))
    write_dictionary(wb, "Справочник показателей", [c[:3] for c in cols if c[1] is not None],
                     col_titles=("Код", "Показатель", "Ед. изм."))
    exp["not_criteria"] = [cols[-2][1], "r5_99", "Код ОО", "ИНН", "Период", "Дата выгрузки"]
    wb.save(os.path.join(HERE, fname))
    EXPECTED.append(exp)


def main():
    file1()
    file2()
    file3()
    file4()
    file5()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"note": "no file was re-saved through LibreOffice; all written by openpyxl",
                   "cells": CELLS}, f, ensure_ascii=False, indent=1)
    nv = sum(len(v) for e in EXPECTED for v in e["values"])
    nl = sum(len(v) for e in EXPECTED for v in e["links"])
    no = sum(len(e["organisation"]) for e in EXPECTED)
    print(f"files={len(EXPECTED)} organisations={no} values={nv} links={nl}")
    for e in EXPECTED:
        print(e["file"], len(e["organisation"]), sum(len(v) for v in e["values"]), sum(len(v) for v in e["links"]))


if __name__ == "__main__":
    main()
