#!/usr/bin/env python3
"""Held-out set 73: forms of small rural schools (НОШ, ООШ, малокомплектные) of the invented
Ошмесский муниципальный район, 2024.  Writes typed/*.xlsx, expected.json, cells.json.
Deterministic: all data below are fixed."""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

EXPECTED = []   # entries of expected.json
CELLS = []      # entries of cells.json


class Row:
    """One row of a vertical form.  crit=None and heading=False -> a decoy (not_criteria)."""

    def __init__(self, label, val=None, crit=None, exp=None, link=None, note=None, num=None,
                 unit=None, omit=None, pct=None, heading=False, link_in_note=False, decoy=None):
        self.label, self.val, self.crit, self.exp = label, val, crit, exp
        self.link, self.note, self.num, self.unit = link, note, num, unit
        self.omit = omit            # reason the value is left out of expected.json
        self.pct = pct              # number format for a numeric share typed as a fraction
        self.heading = heading
        self.link_in_note = link_in_note
        self.decoy = decoy          # title to put into not_criteria (defaults to label)


def H(label, num=None):
    return Row(label, heading=True, num=num)


def style_box(ws, r, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.alignment = WRAP


def build_vertical(name, org, title_rows, header, cols, rows, widths, footer=(), sheet="Лист1",
                   header_row_gap=1):
    """cols: mapping role -> column index (1-based): num, label, unit, val, note, link."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ncol = len(header)
    r = 1
    for t in title_rows:
        ws.cell(r, 1, t)
        if r == 1:
            ws.cell(r, 1).font = BOLD
        if ncol > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    r += header_row_gap
    if header:
        for i, h in enumerate(header, 1):
            ws.cell(r, i, h).font = BOLD
        style_box(ws, r, 1, ncol)
        r += 1
    entry = {"file": f"typed/{name}", "year": YEAR, "organisation": org,
             "values": {}, "links": {}, "not_criteria": [], "headings": []}
    for row in rows:
        if row.num is not None and "num" in cols:
            ws.cell(r, cols["num"], row.num)
        ws.cell(r, cols["label"], row.label)
        if row.heading:
            entry["headings"].append(row.label)
            for c in range(1, ncol + 1):
                ws.cell(r, c).font = BOLD
            style_box(ws, r, 1, ncol)
            r += 1
            continue
        if row.unit is not None and "unit" in cols:
            ws.cell(r, cols["unit"], row.unit)
        vcell = ws.cell(r, cols["val"])
        if row.val is not None:
            vcell.value = row.val
            if row.pct:
                vcell.number_format = row.pct
        if row.note is not None and "note" in cols:
            ws.cell(r, cols["note"], row.note)
        if row.link is not None and not row.link_in_note:
            ws.cell(r, cols["link"], row.link)
        style_box(ws, r, 1, ncol)
        ref = vcell.coordinate
        if row.crit is None:
            entry["not_criteria"].append(row.decoy or row.label)
        elif row.omit:
            CELLS.append({"file": entry["file"], "sheet": sheet, "cell": ref, "kind": "left_out",
                          "criterion": row.crit, "organisation": org, "expected": None,
                          "typed": row.val, "reason": row.omit})
        else:
            assert row.crit not in entry["values"], (name, row.crit)
            entry["values"][row.crit] = row.exp
            CELLS.append({"file": entry["file"], "sheet": sheet, "cell": ref, "kind": "value",
                          "criterion": row.crit, "organisation": org, "expected": row.exp})
        if row.link is not None and row.crit is not None:
            lcol = cols["note"] if row.link_in_note else cols["link"]
            entry["links"][row.crit] = row.link
            CELLS.append({"file": entry["file"], "sheet": sheet,
                          "cell": f"{get_column_letter(lcol)}{r}", "kind": "link",
                          "criterion": row.crit, "organisation": org, "expected": row.link})
        r += 1
    r += 1
    for f in footer:
        ws.cell(r, 1, f)
        r += 1
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(TYPED, name))
    EXPECTED.append(entry)


# ---------------------------------------------------------------------------------------------
# 1. МБОУ «Пычасская ООШ» — AIS-like three-column form (Показатель | Значение | Ссылка)
# ---------------------------------------------------------------------------------------------
def file1():
    org = "МБОУ «Пычасская ООШ»"
    site = "https://shkolapychasskaya-r18.gosweb.gosuslugi.ru/netcat_files/32/84/"
    pol = site + "Polozhenie_o_sisteme_nastavnichestva_2024.pdf"
    prik = site + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf"
    pct = "0.00%"
    rows = [
        H("1. Нормативное обеспечение"),
        Row("Положение о системе наставничества педагогических работников утверждено приказом по ОО",
            "да", "orgs_regulation_teachers", 1, link=pol),
        Row("Положение о наставничестве обучающихся утверждено приказом по ОО", "да",
            "orgs_regulation_students", 1),
        Row("Издан приказ о проведении мониторинга ЦМН в ОО", "нет", "orgs_monitoring_order", 0),
        Row("Справка по итогам внутреннего мониторинга ЦМН", "нет", "internal_monitoring_notes", 0),
        Row("Дорожная карта внедрения ЦМН в ОО", "да"),
        H("2. Организация наставничества в ОО"),
        Row("Кураторы внедрения ЦМН в ОО, чел.", 1, "curators_total", 1),
        Row("Соглашения с другими ОО о предоставлении наставников, ед.", 0, "agreements_edu_orgs", 0),
        Row("Соглашения с предприятиями (наставники от предприятий), ед.", 0,
            "agreements_enterprises", 0),
        Row("Соглашения с иными организациями, ед.", 0, "agreements_other_orgs", 0),
        Row("Предмет соглашения", "-", "agreement_subjects",
            omit="«-»: соглашений нет, текста нет"),
        Row("Организации-партнеры по вопросам наставничества", "-", "partner_list",
            omit="«-»: список пуст, это не значение"),
        Row("Наставники (по приказу), чел.", 2, "mentors_total", 2, link=prik),
        Row("Наставляемые (по приказу), чел.", 5, "mentees_total", 5, link=prik),
        H("3. Персонализированные программы наставничества (ПП)"),
        Row("ПП всего, ед.", 2, "pp_total", 2),
        Row("   в т.ч. ученик – ученик", 0, "pp_pupil_pupil", 0),
        Row("   учитель – учитель (педагог – педагог)", 1, "pp_teacher_teacher", 1),
        Row("   студент – студент", "не применимо", "pp_student_student",
            omit="«не применимо»: в ООШ нет студентов"),
        Row("   руководитель – педагог", 0, "pp_head_teacher", 0),
        Row("   студент – ученик", "не применимо", "pp_student_pupil",
            omit="«не применимо»: в ООШ нет студентов"),
        Row("   учитель – ученик", 1, "pp_teacher_pupil", 1),
        Row("   иная форма", 0, "pp_other", 0),
        H("4. Наставники из внешних организаций"),
        Row("Из других образовательных организаций, чел.", 0, "external_edu_mentors", 0),
        Row("С предприятий, чел.", 0, "enterprise_mentors", 0),
        Row("Из иных организаций, чел.", 0, "other_org_mentors", 0),
        H("5. Обучающиеся 10–19 лет"),
        Row("Обучающихся в возрасте 10–19 лет, всего", 26, "students_10_19", 26),
        Row("из них наставляемые", 4, "mentees_10_19", 4),
        Row("   в т.ч. «группа риска»", 1, "mentees_risk", 1),
        Row("   в т.ч. одаренные (внесены в реестр)", 0, "mentees_gifted", 0),
        Row("   в т.ч. дети с ОВЗ, дети-инвалиды", 1, "mentees_disabled", 1),
        Row("   в т.ч. низкая мотивация, неуспевающие", 2, "mentees_low_motivation", 2),
        Row("   в т.ч. затруднения с выбором профессии / образовательной траектории", 0,
            "mentees_career", 0),
        Row("   в т.ч. по иным параметрам", 0, "mentees_other_params", 0),
        Row("Доля наставляемых среди обучающихся 10–19 лет", 0.1538, "share_mentees_10_19", 15.38,
            pct=pct),
        H("6. Обучающиеся 15–19 лет"),
        Row("Обучающихся в возрасте 15–19 лет, всего", 5, "students_15_19", 5),
        Row("из них наставники (по приказу)", 0, "mentors_15_19", 0),
        Row("Доля наставников среди обучающихся 15–19 лет", 0, "share_mentors_15_19", 0, pct=pct),
        H("7. Удовлетворенность участников завершенных программ"),
        Row("Удовлетворенность наставников, %", 100, "satisfaction_mentors", 100),
        Row("Удовлетворенность наставляемых, %", "100 (анкетировано 3 чел.)",
            "satisfaction_mentees", 100),
        H("8. Педагогические работники"),
        Row("Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", 1, "young_specialists", 1),
        Row("   из них в роли наставляемых", 1, "young_specialists_mentees", 1),
        Row("Педагоги без учета молодых специалистов, чел.", 9, "teachers_other", 9),
        Row("   из них в роли наставляемых", 0, "teachers_other_mentees", 0),
        Row("Доля молодых специалистов-наставляемых", 1, "share_young_specialists_mentees", 100,
            pct=pct),
        Row("Доля педагогов-наставляемых (все педагоги)", 0.1, "share_teachers_mentees", 10, pct=pct),
        Row("Педагоги в роли наставника, чел.", 2, "teachers_mentors", 2),
        Row("Молодые специалисты в роли наставника, чел.", 0, "young_specialists_mentors", 0),
        Row("Доля педагогов-наставников", 0.2, "share_teachers_mentors", 20, pct=pct),
        Row("Доля молодых специалистов-наставников", 0, "share_young_specialists_mentors", 0,
            pct=pct),
        H("9. Профессиональное развитие"),
        Row("Педагоги, участвующие в ПП, чел.", 3, "teachers_in_pp", 3),
        Row("Прошли КПК по наставничеству в 2024 г., чел.", 1, "kpk_trained", 1),
        Row("Наименование курсов",
            "«Наставничество в образовательной организации: технологии и практики», 36 ч.",
            "kpk_courses",
            "«Наставничество в образовательной организации: технологии и практики», 36 ч."),
        Row("Школьные МО наставников, ед.", 0, "school_methodical_associations", 0),
        H("10. Поощрение наставников"),
        Row("Локальные акты об оплате работы наставника, ед.", 0, "pay_acts", 0),
        Row("Локальные акты о нематериальном поощрении наставника, ед.", 1, "nonmaterial_acts", 1),
    ]
    build_vertical(
        "01_Пычасская_ООШ_ЦМН_2024.xlsx", org,
        ["Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся",
         f"Образовательная организация: {org}",
         "Муниципальное образование: Ошмесский район",
         "Отчетный период: 2024 год"],
        ["Показатель", "Значение", "Ссылка на подтверждающий документ"],
        {"label": 1, "val": 2, "link": 3}, rows, [70, 22, 60],
        footer=["Директор ______________ А.В. Корепанова", "Дата заполнения: 20.12.2024"],
        sheet="Форма ЦМН")


# ---------------------------------------------------------------------------------------------
# 2. МБОУ «Сарамакская ООШ» — № п/п | Показатель | Значение | Примечание; almost all zeros
# ---------------------------------------------------------------------------------------------
def file2():
    org = "МБОУ «Сарамакская ООШ»"
    pol = "https://saramak-oosh.edu.ru/upload/nastavnichestvo/polozhenie_nastavnichestvo_ped.pdf"
    rows = [
        H("Нормативная база", "1"),
        Row("Положение о наставничестве педагогических работников", "да", "orgs_regulation_teachers",
            1, num="1.1", note=f"приказ №47-од от 30.08.2022, на сайте: {pol}", link=pol,
            link_in_note=True),
        Row("Положение о наставничестве обучающихся", "нет", "orgs_regulation_students", 0,
            num="1.2", note="в разработке"),
        Row("Приказ о мониторинге ЦМН", "нет", "orgs_monitoring_order", 0, num="1.3"),
        Row("Справка по итогам внутреннего мониторинга", "нет", "internal_monitoring_notes", 0,
            num="1.4", note="мониторинг не проводился, т.к. программы наставничества не реализовывались"),
        H("Организация наставничества", "2"),
        Row("Куратор ЦМН", "1", "curators_total", 1, num="2.1", note="заместитель директора по УВР"),
        Row("Соглашения с другими ОО", "0", "agreements_edu_orgs", 0, num="2.2"),
        Row("Соглашения с предприятиями", "0", "agreements_enterprises", 0, num="2.3"),
        Row("Соглашения с иными организациями", "0", "agreements_other_orgs", 0, num="2.4"),
        Row("Партнеры по наставничеству (наименования)", "—", "partner_list", num="2.5",
            omit="«—»: списка нет"),
        Row("Наставники по приказу", "0 чел.", "mentors_total", 0, num="2.6",
            note="в 2024 г. наставнические пары не формировались"),
        Row("Наставляемые по приказу", "0 чел.", "mentees_total", 0, num="2.7"),
        H("Персонализированные программы", "3"),
        Row("ПП, всего", "0", "pp_total", 0, num="3.1"),
        Row("в т.ч. ученик-ученик", "нет", "pp_pupil_pupil", 0, num="3.2"),
        Row("учитель-учитель", "нет", "pp_teacher_teacher", 0, num="3.3"),
        Row("руководитель-педагог", "нет", "pp_head_teacher", 0, num="3.4"),
        Row("учитель-ученик", "нет", "pp_teacher_pupil", 0, num="3.5"),
        Row("студент-ученик / студент-студент", "не применимо", None, num="3.6"),
        Row("иная форма", "нет", "pp_other", 0, num="3.7"),
        H("Внешние наставники", "4"),
        Row("из других ОО", "0", "external_edu_mentors", 0, num="4.1"),
        Row("с предприятий", "0", "enterprise_mentors", 0, num="4.2"),
        Row("из иных организаций", "0", "other_org_mentors", 0, num="4.3"),
        H("Обучающиеся", "5"),
        Row("Всего обучающихся в ОО", 40, None, num="5.0", note="1–9 классы, 3 класса-комплекта"),
        Row("Обучающиеся 10–19 лет", 22, "students_10_19", 22, num="5.1"),
        Row("Наставляемые 10–19 лет", "0", "mentees_10_19", 0, num="5.2"),
        Row("из «группы риска»", "0", "mentees_risk", 0, num="5.3"),
        Row("одаренные", "0", "mentees_gifted", 0, num="5.4"),
        Row("ОВЗ / дети-инвалиды", "0", "mentees_disabled", 0, num="5.5"),
        Row("низкая мотивация, неуспеваемость", "0", "mentees_low_motivation", 0, num="5.6"),
        Row("трудности с выбором профессии", "0", "mentees_career", 0, num="5.7"),
        Row("иные параметры", "0", "mentees_other_params", 0, num="5.8"),
        Row("Доля наставляемых 10–19 лет", "0 %", "share_mentees_10_19", 0, num="5.9"),
        Row("Обучающиеся 15–19 лет", 3, "students_15_19", 3, num="5.10", note="9 класс"),
        Row("Наставники из числа обучающихся 15–19 лет", "0", "mentors_15_19", 0, num="5.11"),
        Row("Доля наставников 15–19 лет", "0 %", "share_mentors_15_19", 0, num="5.12"),
        H("Удовлетворенность", "6"),
        Row("наставников", "не проводилось", "satisfaction_mentors", num="6.1",
            note="анкетирование не проводилось, завершенных программ нет",
            omit="«не проводилось»: опроса не было, уровень не 0 %, а неизвестен"),
        Row("наставляемых", "не проводилось", "satisfaction_mentees", num="6.2",
            omit="«не проводилось»: опроса не было, уровень не 0 %, а неизвестен"),
        H("Педагогические кадры", "7"),
        Row("Молодые специалисты", "0", "young_specialists", 0, num="7.1",
            note="молодых специалистов нет"),
        Row("МС – наставляемые", "0", "young_specialists_mentees", 0, num="7.2"),
        Row("Педагоги (кроме МС)", 9, "teachers_other", 9, num="7.3",
            note="в т.ч. 2 внешних совместителя"),
        Row("Педагоги – наставляемые", "0", "teachers_other_mentees", 0, num="7.4"),
        Row("Доля МС-наставляемых", "—", "share_young_specialists_mentees", num="7.5",
            note="нет молодых специалистов", omit="«—»: знаменатель 0, доля не определена"),
        Row("Доля педагогов-наставляемых", "0", "share_teachers_mentees", 0, num="7.6"),
        Row("Педагоги-наставники", "0", "teachers_mentors", 0, num="7.7"),
        Row("МС-наставники", "0", "young_specialists_mentors", 0, num="7.8"),
        Row("Доля педагогов-наставников", "0", "share_teachers_mentors", 0, num="7.9"),
        Row("Доля МС-наставников", "—", "share_young_specialists_mentors", num="7.10",
            omit="«—»: знаменатель 0, доля не определена"),
        H("Методическая работа", "8"),
        Row("Педагоги, участвующие в ПП", "0", "teachers_in_pp", 0, num="8.1"),
        Row("Обучены на КПК по наставничеству", "н/д", "kpk_trained", num="8.2",
            note="сведения уточняются", omit="«н/д»: нет данных"),
        Row("Количество наставнических пар", "0", None, num="8.3"),
        Row("ШМО наставников", "нет", "school_methodical_associations", 0, num="8.4"),
        H("Стимулирование наставников", "9"),
        Row("Локальный акт об оплате наставничества", "нет", "pay_acts", 0, num="9.1"),
        Row("Локальные акты о нематериальном поощрении наставников", "отсутствуют",
            "nonmaterial_acts", 0, num="9.2"),
    ]
    build_vertical(
        "02_Сарамакская_ООШ_наставничество.xlsx", org,
        [f"Сведения о реализации целевой модели наставничества в {org} за 2024 год"],
        ["№ п/п", "Показатель", "Значение", "Примечание"],
        {"num": 1, "label": 2, "val": 3, "note": 4}, rows, [7, 52, 16, 60],
        footer=["Исп. Сунцова О.В., зам. директора по УВР, тел. 8(34150)3-41-17"])


# ---------------------------------------------------------------------------------------------
# 3. МКОУ Кузьминская НОШ — typed by the director in a hurry, two columns, no header
# ---------------------------------------------------------------------------------------------
def file3():
    org = "МКОУ Кузьминская НОШ"
    rows = [
        Row("Положение о наставничестве (педагоги)", "есть", "orgs_regulation_teachers", 1),
        Row("Положение о наставничестве (ученики)", "нет", "orgs_regulation_students", 0),
        Row("Приказ о мониторинге", "нет", "orgs_monitoring_order", 0),
        Row("Справка по мониторингу", None, "internal_monitoring_notes",
            omit="ячейка не заполнена"),
        Row("Куратор", "1 (директор)", "curators_total", 1),
        Row("Соглашения", "нет", None),
        Row("Наставников", "0 чел.", "mentors_total", 0),
        Row("Наставляемых", "0", "mentees_total", 0),
        Row("ПП", "0", "pp_total", 0),
        Row("Всего учеников", "17"),
        Row("Детей 10-19 лет", "5 (4 класс)", "students_10_19", 5),
        Row("из них в наставничестве", "0", "mentees_10_19", 0),
        Row("Детей 15-19 лет", "нет, т.к. в школе нет обучающихся 15-19 лет", "students_15_19", 0),
        Row("Наставники из учеников 15-19", "-", "mentors_15_19", omit="«-»: не значение"),
        Row("Мол. специалисты", "0 (нет молодых специалистов)", "young_specialists", 0),
        Row("Педагоги (кроме мол. спец.)", "3", "teachers_other", 3),
        Row("Педагоги-наставляемые", "0", "teachers_other_mentees", 0),
        Row("Педагоги-наставники", "0", "teachers_mentors", 0),
        Row("Удовлетворенность, %", "—", None),
        Row("КПК по наставничеству", "1 (учитель начальных классов)", "kpk_trained", 1),
        Row("ШМО наставников", "нет (в школе 3 педагога)", "school_methodical_associations", 0),
        Row("Оплата наставникам (локальный акт)", None, "pay_acts", omit="ячейка не заполнена"),
    ]
    build_vertical(
        "03_кузьминская_нош.xlsx", org, [], [],
        {"label": 1, "val": 2}, rows, [42, 44],
        footer=["Директор Шкляева Н.Г."], header_row_gap=0)
    # the director typed the name and the year into the first row herself: put them there
    from openpyxl import load_workbook
    p = os.path.join(TYPED, "03_кузьминская_нош.xlsx")
    wb = load_workbook(p)
    ws = wb.active
    ws.insert_rows(1, 2)
    ws["A1"] = org
    ws["B1"] = "наставничество за 2024 г."
    ws["A1"].font = BOLD
    wb.save(p)
    for c in CELLS:
        if c["file"] == "typed/03_кузьминская_нош.xlsx":
            col = c["cell"].rstrip("0123456789")
            c["cell"] = f"{col}{int(c['cell'][len(col):]) + 2}"


# ---------------------------------------------------------------------------------------------
# 4. МБОУ «Чутырская ООШ» — the deputy wrote explanations in a separate column
# ---------------------------------------------------------------------------------------------
def file4():
    org = "МБОУ «Чутырская ООШ»"
    pol = "https://disk.yandex.ru/i/Xq7LmP2vR9sKtA"
    spr = "https://chutyr-school.edu.ru/upload/nastavnichestvo/spravka_monitoring_CMN_2024.pdf"
    rows = [
        H("Нормативно-правовое обеспечение"),
        Row("Положение о системе наставничества пед. работников (приказ)", "Да",
            "orgs_regulation_teachers", 1, note="Приказ №112 от 01.09.2023, действует в 2024 г.",
            link=pol),
        Row("Положение о наставничестве обучающихся", "Да", "orgs_regulation_students", 1,
            note="то же положение, раздел 3"),
        Row("Приказ о мониторинге реализации ЦМН", "Да", "orgs_monitoring_order", 1,
            note="приказ №58 от 15.04.2024"),
        Row("Справка по итогам внутреннего мониторинга", "Да", "internal_monitoring_notes", 1,
            link=spr),
        H("Организация"),
        Row("Кураторы ЦМН", 1, "curators_total", 1, note="Бегишева Л.Р., зам. директора по УВР"),
        Row("Соглашения с образовательными организациями", 1, "agreements_edu_orgs", 1,
            note="с МБОУ «Ошмесская СОШ №1», наставник для молодого учителя физики"),
        Row("Предмет соглашения", "сетевое взаимодействие: наставничество молодого учителя физики",
            "agreement_subjects", "сетевое взаимодействие: наставничество молодого учителя физики"),
        Row("Соглашения с предприятиями", 0, "agreements_enterprises", 0),
        Row("Соглашения с иными организациями", 0, "agreements_other_orgs", 0),
        Row("Партнеры (наименования)", "МБОУ «Ошмесская СОШ №1»", "partner_list",
            "МБОУ «Ошмесская СОШ №1»"),
        Row("Наставники по приказу", 4, "mentors_total", 4,
            note="2 педагога школы, 1 обучающийся 9 кл., 1 внешний наставник; в 2023 г. было 2"),
        Row("Наставляемые по приказу", 6, "mentees_total", 6,
            note="2 молодых специалиста, 4 обучающихся"),
        H("Внешние наставники"),
        Row("из других ОО", 1, "external_edu_mentors", 1, note="учитель физики Ошмесской СОШ №1"),
        Row("от предприятий", 0, "enterprise_mentors", 0),
        Row("из иных организаций", 0, "other_org_mentors", 0),
        H("Персонализированные программы"),
        Row("ПП, всего", 4, "pp_total", 4),
        Row("ученик – ученик", 1, "pp_pupil_pupil", 1, note="наставник — ученица 9 кл., 15 лет"),
        Row("учитель – учитель", 2, "pp_teacher_teacher", 2),
        Row("руководитель – педагог", 0, "pp_head_teacher", 0),
        Row("учитель – ученик", 1, "pp_teacher_pupil", 1, note="группа из 3 обучающихся 6 кл."),
        Row("студент – ученик", "—", "pp_student_pupil", note="студентов нет",
            omit="«—»: не значение"),
        Row("студент – студент", "—", "pp_student_student", omit="«—»: не значение"),
        Row("иная форма", 0, "pp_other", 0),
        H("Обучающиеся"),
        Row("Обучающиеся 10–19 лет", 29, "students_10_19", 29, note="всего в школе 52 чел."),
        Row("Наставляемые 10–19 лет", 4, "mentees_10_19", 4),
        Row("из них группа риска", 1, "mentees_risk", 1),
        Row("одаренные", 0, "mentees_gifted", 0, note="в региональном реестре одаренных детей нет"),
        Row("ОВЗ, инвалиды", 0, "mentees_disabled", 0),
        Row("низкая мотивация / неуспеваемость", 3, "mentees_low_motivation", 3),
        Row("профориентация (выбор профессии)", 0, "mentees_career", 0),
        Row("иные параметры", 0, "mentees_other_params", 0),
        Row("Доля наставляемых 10–19 лет", "13,8 %", "share_mentees_10_19", 13.8, note="4 из 29"),
        Row("Обучающиеся 15–19 лет", 6, "students_15_19", 6, note="9 класс"),
        Row("из них наставники", 1, "mentors_15_19", 1),
        Row("Доля наставников 15–19 лет", "16,7%", "share_mentors_15_19", 16.7),
        H("Удовлетворенность"),
        Row("наставники", "100%", "satisfaction_mentors", 100, note="анкетировано 3 чел."),
        Row("наставляемые", "92%", "satisfaction_mentees", 92, note="анкетировано 6 чел."),
        H("Педагоги"),
        Row("Молодые специалисты", 2, "young_specialists", 2,
            note="учитель физики (1-й год), учитель нач. классов (2-й год)"),
        Row("из них наставляемые", 2, "young_specialists_mentees", 2),
        Row("Доля МС-наставляемых", "100%", "share_young_specialists_mentees", 100),
        Row("Педагоги (без МС)", 9, "teachers_other", 9),
        Row("из них наставляемые", 0, "teachers_other_mentees", 0),
        Row("Доля педагогов-наставляемых", "18,2%", "share_teachers_mentees", 18.2, note="2 из 11"),
        Row("Педагоги-наставники", 2, "teachers_mentors", 2,
            note="внешний наставник (физика) не учтен — не сотрудник школы"),
        Row("МС-наставники", 0, "young_specialists_mentors", 0),
        Row("Доля педагогов-наставников", "18,2%", "share_teachers_mentors", 18.2),
        Row("Доля МС-наставников", "0%", "share_young_specialists_mentors", 0),
        H("Профессиональное развитие"),
        Row("Педагоги в ПП", 4, "teachers_in_pp", 4, note="2 наставника + 2 молодых специалиста"),
        Row("КПК по наставничеству", 0, "kpk_trained", 0, note="курсы запланированы на 2025 г."),
        Row("ШМО наставников", 0, "school_methodical_associations", 0,
            note="не создано, наставников-педагогов 2"),
        Row("Оплата наставничества (локальный акт)", 1, "pay_acts", 1,
            note="Положение об оплате труда, п. 4.7 — доплата наставнику"),
        Row("Нематериальное поощрение (локальный акт)", 0, "nonmaterial_acts", 0),
    ]
    build_vertical(
        "04_Чутырская_ООШ_мониторинг_ЦМН.xlsx", org,
        [f"{org}. Мониторинг целевой модели наставничества, 2024 год"],
        ["Критерий", "Значение за 2024 год", "Пояснения (заполняет зам. директора по УВР)",
         "Ссылка на документ"],
        {"label": 1, "val": 2, "note": 3, "link": 4}, rows, [46, 18, 58, 52])


# ---------------------------------------------------------------------------------------------
# 5. МБОУ «Верх-Лудзинская начальная школа – детский сад» — columns 2023 | 2024, directions
#    in a merged first column
# ---------------------------------------------------------------------------------------------
def file5():
    org = "МБОУ «Верх-Лудзинская начальная школа – детский сад»"
    fn = "05_ВерхЛудзинская_НШ-ДС_2023-2024.xlsx"
    site = "https://shkolaverhludzinskaya-r18.gosweb.gosuslugi.ru/netcat_files/18/45/"
    pol = site + "Polozhenie_o_nastavnichestve_pedagogov.pdf"
    spr = site + "Spravka_vnutrenniy_monitoring_2024.pdf"
    NA = "не применимо"
    groups = [
        ("Нормативное обеспечение", [
            ("Положение о наставничестве педагогов", "да", "да", "orgs_regulation_teachers", 1, pol),
            ("Положение о наставничестве обучающихся", "нет", "нет", "orgs_regulation_students", 0, None),
            ("Приказ о мониторинге ЦМН", "нет", "да", "orgs_monitoring_order", 1, None),
            ("Справка по внутреннему мониторингу", "нет", "да", "internal_monitoring_notes", 1, spr),
        ]),
        ("Организация наставничества", [
            ("Куратор ЦМН, чел.", 1, 1, "curators_total", 1, None),
            ("Наставники (приказ), чел.", 0, "1 чел.", "mentors_total", 1, None),
            ("Наставляемые (приказ), чел.", 0, "1 чел.", "mentees_total", 1, None),
            ("Соглашения о сотрудничестве (все виды), ед.", 0, 0, None, None, None),
        ]),
        ("Персонализированные программы", [
            ("ПП всего", 0, 1, "pp_total", 1, None),
            ("педагог – педагог", 0, 1, "pp_teacher_teacher", 1, None),
        ]),
        ("Обучающиеся", [
            ("Обучающиеся 10–19 лет, чел.", 4, 6, "students_10_19", 6, None),
            ("Наставляемые 10–19 лет, чел.", 0, 0, "mentees_10_19", 0, None),
            ("Доля наставляемых 10–19 лет, %", 0, 0, "share_mentees_10_19", 0, None),
            ("Обучающиеся 15–19 лет, чел.", NA, NA, "students_15_19", "OMIT", None),
            ("Наставники 15–19 лет, чел.", NA, NA, "mentors_15_19", "OMIT", None),
        ]),
        ("Удовлетворенность", [
            ("наставников, %", "-", 100, "satisfaction_mentors", 100, None),
            ("наставляемых, %", "-", "100 (1 чел.)", "satisfaction_mentees", 100, None),
        ]),
        ("Педагогические кадры", [
            ("Молодые специалисты, чел.", 0, "1 чел.", "young_specialists", 1, None),
            ("МС – наставляемые, чел.", 0, 1, "young_specialists_mentees", 1, None),
            ("Педагоги (без МС), чел.", 4, 3, "teachers_other", 3, None),
            ("Педагоги (без МС) – наставляемые, чел.", 0, 0, "teachers_other_mentees", 0, None),
            ("Педагоги-наставники, чел.", 0, 1, "teachers_mentors", 1, None),
            ("МС-наставники, чел.", 0, 0, "young_specialists_mentors", 0, None),
            ("Доля МС-наставляемых, %", "—", 100, "share_young_specialists_mentees", 100, None),
            ("Доля МС-наставников, %", "—", 0, "share_young_specialists_mentors", 0, None),
        ]),
        ("Профессиональное развитие", [
            ("Педагоги в ПП, чел.", 0, 2, "teachers_in_pp", 2, None),
            ("КПК по наставничеству, чел.", 0, 1, "kpk_trained", 1, None),
            ("Наименование курсов", None, "«Методическое сопровождение молодого педагога», 24 ч.",
             "kpk_courses", "«Методическое сопровождение молодого педагога», 24 ч.", None),
            ("ШМО наставников, ед.", 0, "отсутствуют", "school_methodical_associations", 0, None),
        ]),
        ("Поощрение наставников", [
            ("ЛА об оплате наставничества, ед.", 0, "отсутствуют", "pay_acts", 0, None),
            ("ЛА о нематериальном поощрении, ед.", 0, 0, "nonmaterial_acts", 0, None),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН"
    sheet = ws.title
    ws["A1"] = f"Показатели реализации целевой модели наставничества: {org}"
    ws["A1"].font = BOLD
    ws.merge_cells("A1:E1")
    ws["A2"] = "Ошмесский район"
    hdr = ["Направление", "Критерий", "2023 г.", "2024 г.", "Подтверждающий документ (ссылка)"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h).font = BOLD
    style_box(ws, 4, 1, 5)
    entry = {"file": f"typed/{fn}", "year": YEAR, "organisation": org,
             "values": {}, "links": {}, "not_criteria": ["2023 г."], "headings": []}
    r = 5
    for gname, items in groups:
        r0 = r
        ws.cell(r, 1, gname)
        entry["headings"].append(gname)
        for label, v23, v24, crit, exp, link in items:
            ws.cell(r, 2, label)
            if v23 is not None:
                ws.cell(r, 3, v23)
            ws.cell(r, 4, v24)
            if link:
                ws.cell(r, 5, link)
            style_box(ws, r, 1, 5)
            ref = f"D{r}"
            if crit is None:
                entry["not_criteria"].append(label)
            elif exp == "OMIT":
                CELLS.append({"file": entry["file"], "sheet": sheet, "cell": ref, "kind": "left_out",
                              "criterion": crit, "organisation": org, "expected": None,
                              "typed": v24, "reason": "«не применимо»: в начальной школе нет обучающихся 15–19 лет, школа так и написала"})
            else:
                entry["values"][crit] = exp
                CELLS.append({"file": entry["file"], "sheet": sheet, "cell": ref, "kind": "value",
                              "criterion": crit, "organisation": org, "expected": exp})
            if link:
                entry["links"][crit] = link
                CELLS.append({"file": entry["file"], "sheet": sheet, "cell": f"E{r}", "kind": "link",
                              "criterion": crit, "organisation": org, "expected": link})
            r += 1
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r0, 1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(r0, 1).font = BOLD
    ws.cell(r + 1, 1, "Директор ______ Г.М. Ившина")
    for i, w in enumerate([24, 44, 11, 36, 62], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(TYPED, fn))
    EXPECTED.append(entry)


# ---------------------------------------------------------------------------------------------
# 6. Свод РМК по трем малокомплектным школам — one row per school (a table of organisations)
# ---------------------------------------------------------------------------------------------
def file6():
    fn = "06_Свод_малокомплектные_школы_ЦМН_2024.xlsx"
    orgs = ["МБОУ «Бадзымшурская ООШ»", "МКОУ «Кипкаевская НОШ»", "МБОУ «Гондыревская ООШ»"]
    spr = ("https://shkolabadzymshurskaya-r18.gosweb.gosuslugi.ru/netcat_files/21/7/"
           "Spravka_monitoring_CMN_2024.pdf")
    NA = "не применимо"
    # (header, criterion or None, group)
    columns = [
        ("Положение (педагоги)", "orgs_regulation_teachers", "Нормативные документы"),
        ("Положение (обучающиеся)", "orgs_regulation_students", "Нормативные документы"),
        ("Приказ о мониторинге", "orgs_monitoring_order", "Нормативные документы"),
        ("Справка по вн. мониторингу", "internal_monitoring_notes", "Нормативные документы"),
        ("Ссылка на справку", "LINK:internal_monitoring_notes", "Нормативные документы"),
        ("Наставники, чел.", "mentors_total", "Участники"),
        ("Наставляемые, чел.", "mentees_total", "Участники"),
        ("Обуч. 10–19 лет", "students_10_19", "Обучающиеся"),
        ("из них наставляемые", "mentees_10_19", "Обучающиеся"),
        ("Обуч. 15–19 лет", "students_15_19", "Обучающиеся"),
        ("из них наставники", "mentors_15_19", "Обучающиеся"),
        ("Мол. спец.", "young_specialists", "Педагоги"),
        ("МС-наставляемые", "young_specialists_mentees", "Педагоги"),
        ("Педагоги без МС", "teachers_other", "Педагоги"),
        ("из них наставляемые ", "teachers_other_mentees", "Педагоги"),
        ("Педагоги-наставники", "teachers_mentors", "Педагоги"),
        ("КПК по наставничеству (2024)", "kpk_trained", "Педагоги"),
    ]
    # typed cell, expected (OMIT = left out)
    O = "OMIT"
    data = [
        [("да", 1), ("да", 1), ("да", 1), ("да", 1), (spr, spr), (3, 3), (7, 7), (31, 31),
         (5, 5), (4, 4), (1, 1), (1, 1), (1, 1), (10, 10), (1, 1), (2, 2), (1, 1)],
        [("да", 1), ("нет", 0), ("нет", 0), ("нет", 0), ("-", O), (0, 0), (0, 0), (6, 6),
         (0, 0), (NA, O), (NA, O), (0, 0), (0, 0), (3, 3), (0, 0), (0, 0), ("н/д", O)],
        [("да", 1), ("да", 1), ("нет", 0), ("нет", 0), (None, O), ("0", 0), ("0", 0), (19, 19),
         (0, 0), (2, 2), (0, 0), ("-", O), ("-", O), (8, 8), (0, 0), (0, 0), ("0", 0)],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Свод"
    sheet = ws.title
    ws["A1"] = ("Свод данных мониторинга целевой модели наставничества по малокомплектным школам "
                "Ошмесского района за 2024 год")
    ws["A1"].font = BOLD
    ws["A2"] = "Составил: методист РМК Лекомцева Е.А. Данные — по формам, представленным школами."
    # two-level header: groups in row 4, column titles in row 5
    ws.cell(4, 1, "№")
    ws.cell(4, 2, "Образовательная организация")
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    col = 3
    groups_seen = []
    start = {}
    for h, crit, g in columns:
        if g not in start:
            start[g] = col
            groups_seen.append(g)
            ws.cell(4, col, g).font = BOLD
        ws.cell(5, col, h).font = BOLD
        col += 1
    last = col - 1
    for g in groups_seen:
        s = start[g]
        e = max(c for c, (h, cr, gg) in enumerate(columns, 3) if gg == g)
        if e > s:
            ws.merge_cells(start_row=4, start_column=s, end_row=4, end_column=e)
    for rr in (4, 5):
        style_box(ws, rr, 1, last)
        for c in range(1, last + 1):
            ws.cell(rr, c).font = BOLD
    values = [dict() for _ in orgs]
    links = [dict() for _ in orgs]
    for i, (org, row) in enumerate(zip(orgs, data)):
        r = 6 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, org)
        for j, ((typed, exp), (h, crit, g)) in enumerate(zip(row, columns)):
            c = 3 + j
            if typed is not None:
                ws.cell(r, c, typed)
            ref = f"{get_column_letter(c)}{r}"
            if crit.startswith("LINK:"):
                cid = crit[5:]
                if exp != O:
                    links[i][cid] = exp
                    CELLS.append({"file": f"typed/{fn}", "sheet": sheet, "cell": ref, "kind": "link",
                                  "criterion": cid, "organisation": org, "expected": exp})
                continue
            if exp == O:
                why = {None: "ячейка не заполнена", "-": "«-»: не значение", "н/д": "«н/д»: нет данных",
                       NA: "«не применимо»: в НОШ нет обучающихся 15–19 лет"}[typed]
                CELLS.append({"file": f"typed/{fn}", "sheet": sheet, "cell": ref, "kind": "left_out",
                              "criterion": crit, "organisation": org, "expected": None,
                              "typed": typed, "reason": why})
            else:
                values[i][crit] = exp
                CELLS.append({"file": f"typed/{fn}", "sheet": sheet, "cell": ref, "kind": "value",
                              "criterion": crit, "organisation": org, "expected": exp})
        style_box(ws, r, 1, last)
    # an «Итого» row: sums over the three schools, a decoy (no organisation's value)
    r = 6 + len(orgs)
    ws.cell(r, 2, "Итого")
    for j, (h, crit, g) in enumerate(columns):
        if crit.startswith("LINK:") or j < 4:
            continue
        s = sum(x[j][1] for x in data if isinstance(x[j][1], int))
        ws.cell(r, 3 + j, s)
    style_box(ws, r, 1, last)
    ws.cell(r, 2).font = BOLD
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 30
    for c in range(3, last + 1):
        ws.column_dimensions[get_column_letter(c)].width = 13
    ws.column_dimensions[get_column_letter(7)].width = 40
    wb.save(os.path.join(TYPED, fn))
    EXPECTED.append({"file": f"typed/{fn}", "year": YEAR, "organisation": orgs,
                     "values": values, "links": links, "not_criteria": ["Итого"],
                     "headings": groups_seen})


# ---------------------------------------------------------------------------------------------
# 7. МБОУ «Мукшинская СОШ» — regional template with a unit column, values typed as «N чел.»
# ---------------------------------------------------------------------------------------------
def file7():
    org = "МБОУ «Мукшинская СОШ»"
    pol = "https://cloud.mail.ru/public/7Hk2/nT4qWm3Zp"
    rows = [
        Row("Утверждено Положение о наставничестве педагогических работников", "да",
            "orgs_regulation_teachers", 1, unit="да/нет", link=pol),
        Row("Утверждено Положение о наставничестве обучающихся", "да", "orgs_regulation_students",
            1, unit="да/нет", link=pol),
        Row("Приказ о мониторинге наставничества в ОО", "нет", "orgs_monitoring_order", 0,
            unit="да/нет"),
        Row("Информационная справка по итогам мониторинга", "нет", "internal_monitoring_notes", 0,
            unit="да/нет"),
        Row("Куратор(ы) ЦМН", "1 чел.", "curators_total", 1, unit="чел."),
        Row("Наставники (приказ)", "2 чел.", "mentors_total", 2, unit="чел."),
        Row("Наставляемые (приказ)", "4 чел.", "mentees_total", 4, unit="чел."),
        Row("Соглашения с ОО (наставники из других ОО)", "0", "agreements_edu_orgs", 0, unit="ед."),
        Row("Соглашения с предприятиями", "0", "agreements_enterprises", 0, unit="ед."),
        Row("Соглашения с иными организациями", "0", "agreements_other_orgs", 0, unit="ед."),
        Row("ПП — всего", "2", "pp_total", 2, unit="ед."),
        Row("ПП «учитель – ученик»", "1", "pp_teacher_pupil", 1, unit="ед."),
        Row("ПП «ученик – ученик»", "1", "pp_pupil_pupil", 1, unit="ед."),
        Row("ПП «учитель – учитель»", "0", "pp_teacher_teacher", 0, unit="ед."),
        Row("ПП иной формы", "0", "pp_other", 0, unit="ед."),
        Row("Обучающиеся 10–19 лет", "48 чел.", "students_10_19", 48, unit="чел."),
        Row("Наставляемые 10–19 лет", "4 чел.", "mentees_10_19", 4, unit="чел."),
        Row("  из «группы риска»", "0 чел.", "mentees_risk", 0, unit="чел."),
        Row("  с ОВЗ / инвалидностью", "1 чел.", "mentees_disabled", 1, unit="чел."),
        Row("  одаренные дети (реестр)", "0 чел.", "mentees_gifted", 0, unit="чел."),
        Row("  низкая мотивация", "3 чел.", "mentees_low_motivation", 3, unit="чел."),
        Row("  выбор профессии", "0 чел.", "mentees_career", 0, unit="чел."),
        Row("Обучающиеся 15–19 лет", "9 чел.", "students_15_19", 9, unit="чел."),
        Row("Наставники-обучающиеся 15–19 лет", "1 чел.", "mentors_15_19", 1, unit="чел."),
        Row("Доля наставников 15–19 лет", "11,1", "share_mentors_15_19", 11.1, unit="%"),
        Row("Удовлетворенность наставников", "н/д", "satisfaction_mentors", unit="%",
            omit="«н/д»: нет данных"),
        Row("Удовлетворенность наставляемых", "н/д", "satisfaction_mentees", unit="%",
            omit="«н/д»: нет данных"),
        Row("Молодые специалисты", "0 чел.", "young_specialists", 0, unit="чел."),
        Row("Педагоги, кроме молодых специалистов", "14 чел.", "teachers_other", 14, unit="чел."),
        Row("Педагоги-наставляемые (кроме МС)", "0", "teachers_other_mentees", 0, unit="чел."),
        Row("Педагоги-наставники", "1 чел.", "teachers_mentors", 1, unit="чел."),
        Row("КПК по наставничеству", "0 чел.", "kpk_trained", 0, unit="чел."),
        Row("Всего обучающихся", "71 чел.", None, unit="чел."),
        Row("ЛА об оплате наставничества", "0", "pay_acts", 0, unit="ед."),
        Row("ЛА о нематериальном поощрении", "0", "nonmaterial_acts", 0, unit="ед."),
    ]
    build_vertical(
        "07_Мукшинская_СОШ_ЦМН.xlsx", org,
        ["Форма мониторинга ЦМН (уровень ОО), 2024 год", f"ОО: {org}, Ошмесский район"],
        ["Критерий", "Ед. изм.", "Значение", "Источник информации"],
        {"label": 1, "unit": 2, "val": 3, "link": 4}, rows, [58, 10, 14, 46],
        footer=["Ответственный: Ложкина С.П., куратор ЦМН"])


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in (file1, file2, file3, file4, file5, file6, file7):
        f()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"libreoffice_resave": [], "cells": CELLS}, fh, ensure_ascii=False, indent=1)
    nv = nl = 0
    for e in EXPECTED:
        vs = e["values"] if isinstance(e["values"], list) else [e["values"]]
        ls = e["links"] if isinstance(e["links"], list) else [e["links"]]
        nv += sum(len(v) for v in vs)
        nl += sum(len(v) for v in ls)
    print(f"files {len(EXPECTED)}, values {nv}, links {nl}, "
          f"left out {sum(1 for c in CELLS if c['kind'] == 'left_out')}")


if __name__ == "__main__":
    main()
