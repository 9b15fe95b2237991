#!/usr/bin/env python3
"""heldout20: ordinary one-organisation forms for 2024 where the PROOF LINKS are the point.

Writes typed/*.xlsx, expected.json and cells.json (where every expected value and every link lives,
for selfcheck.py).  Deterministic: no randomness.

Municipality (invented): г. Верхнекамск.  Five organisations, three of them ДОП (ЦДТ, ДЮСШ, СЮТ).
"""
import csv
import json
import os
import re
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRIT_TSV = "/work/main/Templates/criteria.tsv"

# --------------------------------------------------------------------------- catalogue guard
CAT = {}
with open(CRIT_TSV, encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        CAT[r["id"]] = r


def _norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("ё", "е").replace("Ё", "Е")).strip().casefold()


CAT_WORDINGS = set()
for r in CAT.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r.get(k):
            CAT_WORDINGS.add(_norm(r[k]))


def guard_title(t):
    assert _norm(t) not in CAT_WORDINGS, "title equals a catalogue wording: %r" % t


URL_RE = re.compile(r"https?://[^\s\"<>]+")

# --------------------------------------------------------------------------- link specs
# ("hl", display, url)   real hyperlink on the link cell, display text differs from target
# ("text", text)         plain text in the link cell (may hold 0, 1 or 2 URLs)
# ("f", url, label)      =HYPERLINK(url; label)  (label None -> one-argument HYPERLINK)
# None                   empty link cell
# row key "vl": url      hyperlink on the VALUE cell itself


def link_of(spec):
    """The URL that proves the row, from a link-cell spec (None if no real URL)."""
    if spec is None:
        return None
    kind = spec[0]
    if kind == "hl":
        return spec[2]
    if kind == "f":
        return spec[1]
    if kind == "text":
        m = URL_RE.search(spec[1])
        return m.group(0) if m else None
    raise ValueError(spec)


def H(text):
    return {"heading": text}


def R(num, title, val, cid, exp, link=None, unit=None, vl=None, note=None):
    return {"num": num, "title": title, "val": val, "cid": cid, "exp": exp, "link": link,
            "unit": unit, "vl": vl, "note": note}


def new_entry(fname, org, sheet=None):
    e = {"file": "typed/" + fname, "year": 2024, "organisation": org, "values": {}, "links": {},
         "not_criteria": [], "headings": []}
    if sheet:
        e["sheet"] = sheet
    return e


def register(entry, cells, row, sheet, vcell, link_cells, extra_link=None):
    """Record expected value/link for one form row."""
    guard_title(row["title"])
    cid = row["cid"]
    if cid is None:
        entry["not_criteria"].append(row["title"])
        return
    assert cid in CAT, cid
    assert cid not in entry["values"] and cid not in cells, (entry["file"], cid)
    if row["exp"] is not None:
        entry["values"][cid] = row["exp"]
    url = None
    if row.get("vl"):
        url = row["vl"]
    if url is None:
        url = link_of(row.get("link"))
    if url is None and extra_link is not None:
        url = extra_link
    if url is not None:
        assert row["exp"] is not None, "link on an empty row " + cid
        entry["links"][cid] = url
    cells[cid] = {"sheet": sheet, "value_cell": vcell, "link_cells": link_cells,
                  "expect_link": url}


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
LINKFONT = Font(color="0563C1", underline="single")


def put_link_openpyxl(cell, spec):
    if spec is None:
        return
    kind = spec[0]
    if kind == "hl":
        cell.value = spec[1]
        cell.hyperlink = spec[2]
        cell.font = LINKFONT
    elif kind == "text":
        cell.value = spec[1]
    elif kind == "f":
        if spec[2] is None:
            cell.value = '=HYPERLINK("%s")' % spec[1]
        else:
            cell.value = '=HYPERLINK("%s","%s")' % (spec[1], spec[2])
        cell.font = LINKFONT
    cell.alignment = WRAP


# =========================================================================== 1. МБОУ «СОШ № 5»
S5 = "https://sh5-vkm.gosuslugi.ru"
S5_ROWS = [
    H("1. Нормативно-правовое обеспечение"),
    R("1.1", "Приказ об утверждении Положения о наставничестве педагогических работников (1 – есть, 0 – нет)", 1,
      "orgs_regulation_teachers", 1, ("hl", "приказ № 45 от 01.09.2024", S5 + "/docs/prikaz_45.pdf")),
    R("1.2", "Утверждено Положение о наставничестве обучающихся (да/нет)", "да",
      "orgs_regulation_students", 1,
      ("text", S5 + "/docs/prikaz_45.pdf\n" + S5 + "/docs/polozhenie_nastavnichestvo_obuch.pdf")),
    R("1.3", "Приказ о проведении внутреннего мониторинга ЦМН в 2024 г.", 1,
      "orgs_monitoring_order", 1, ("hl", "документ", S5 + "/docs/prikaz_112_monitoring.pdf")),
    R("1.4", "Дорожная карта (план мероприятий) по внедрению ЦМН на 2024/25 уч. год", "да",
      None, None, ("hl", "ссылка", S5 + "/docs/dorozhnaya_karta_2024.pdf")),
    R("1.5", "Справка по итогам внутреннего мониторинга ЦМН (есть – 1)", 1,
      "internal_monitoring_notes", 1, ("text", "см. сайт ОО")),
    H("2. Организация наставничества в ОО"),
    R("2.1", "Кураторы ЦМН в школе, чел.", 2,
      "curators_total", 2, ("hl", "Приказ о назначении куратора целевой модели наставничества",
                            S5 + "/docs/prikaz_44_kurator.pdf")),
    R("2.2", "Программы наставничества по формам, утверждённые в ОО (без персонализированных)", 3,
      "programmes_total", 3, ("text", S5 + "/nastavnichestvo/programmy")),
    R("2.3", "Договоры с другими образовательными организациями, направившими наставников", 1,
      "agreements_edu_orgs", 1,
      ("hl", "Договор о сетевом взаимодействии с МБОУ ДО «ЦДТ»",
       "https://drive.google.com/file/d/1kP9sQe7Lw2XyZbN4vT0aRmC3dF6gH8jK/view?usp=sharing")),
    R("2.4", "Соглашения с АОУ ДПО УР ИРО (наставники)", 0, "agreements_iro", 0, ("text", "нет")),
    R("2.5", "Договоры с предприятиями о предоставлении наставников", 1,
      "agreements_enterprises", 1,
      ("hl", "документ", "https://drive.google.com/file/d/1Vx3Tn8Qm2Rb5Wc7Yd9Ze1Af4Bg6Ch0Dj/view?usp=drive_link")),
    R("2.6", "Соглашения с иными организациями (НКО, учреждения культуры и др.)", 0,
      "agreements_other_orgs", 0, None),
    R("2.7", "Партнёры школы по наставничеству (наименования)",
      "МБОУ ДО «ЦДТ»; АО «Верхнекамский машиностроительный завод»",
      "partner_list", "МБОУ ДО «ЦДТ»; АО «Верхнекамский машиностроительный завод»", None),
    R("2.8", "Наставники в базе школы (приказ о закреплении пар)", 29,
      "mentors_total", 29, ("hl", "приказ № 47 от 02.09.2024", S5 + "/docs/prikaz_47.pdf")),
    R("2.9", "Наставляемые в базе школы (приказ о закреплении пар)", 61,
      "mentees_total", 61, ("hl", "ссылка", S5 + "/docs/prikaz_47.pdf")),
    R("2.10", "Раздел «Наставничество» на официальном сайте школы", "есть",
      None, None, ("hl", "sh5-vkm.gosuslugi.ru/nastavnichestvo", S5 + "/nastavnichestvo")),
    H("3. Персонализированные программы наставничества (ППН)"),
    R("3.0", "ППН – всего", 22, "pp_total", 22,
      ("hl", "sh5-vkm.gosuslugi.ru/nastavnichestvo", S5 + "/nastavnichestvo/personalizirovannye-programmy")),
    R("3.1", "в т.ч. «ученик – ученик»", 10, "pp_pupil_pupil", 10, ("text", "см. п. 3.0")),
    R("3.2", "«учитель – учитель»", 6, "pp_teacher_teacher", 6, ("text", "см. п. 3.0")),
    R("3.3", "«студент – студент»", 0, "pp_student_student", 0, None),
    R("3.4", "«руководитель – педагог»", 1, "pp_head_teacher", 1, ("text", "см. п. 3.0")),
    R("3.5", "«студент – ученик»", 0, "pp_student_pupil", 0, None),
    R("3.6", "«учитель – ученик»", 4, "pp_teacher_pupil", 4, ("text", "см. п. 3.0")),
    R("3.7", "иные формы (указать): «работодатель – ученик»", 1, "pp_other", 1,
      ("hl", "Программа «Мой первый проект на заводе»", S5 + "/docs/ppn_rabotodatel_uchenik.pdf")),
    H("4. Наставники из внешних организаций"),
    R("4.1", "Наставники из других ОО (по приказу), чел.", 1, "external_edu_mentors", 1,
      ("text", "https://drive.google.com/file/d/1kP9sQe7Lw2XyZbN4vT0aRmC3dF6gH8jK/view?usp=sharing")),
    R("4.2", "Наставники – сотрудники ИРО", 0, "iro_mentors", 0, ("text", "нет")),
    R("4.3", "Наставники из прочих организаций", 0, "other_org_mentors", 0, ("text", "нет")),
    R("4.4", "Наставники – сотрудники предприятий", 1, "enterprise_mentors", 1,
      ("hl", "ссылка", "https://drive.google.com/file/d/1Vx3Tn8Qm2Rb5Wc7Yd9Ze1Af4Bg6Ch0Dj/view?usp=drive_link")),
    H("5. Обучающиеся 10–19 лет в роли наставляемых"),
    R("5.1", "Численность обучающихся 10–19 лет (по ОО-1)", 486, "students_10_19", 486, ("text", "отчёт ОО-1")),
    R("5.2", "Из них включены в программы наставничества как наставляемые", 41, "mentees_10_19", 41,
      ("hl", "база наставляемых", "https://disk.yandex.ru/i/Qw7sLk2PzR9mXa")),
    R("5.3", "— «группа риска»", 6, "mentees_risk", 6, None),
    R("5.4", "— одарённые (в реестре)", 9, "mentees_gifted", 9, None),
    R("5.5", "— дети с ОВЗ, дети-инвалиды", 3, "mentees_disabled", 3, None),
    R("5.6", "— с низкой учебной мотивацией / неуспевающие", 8, "mentees_low_motivation", 8, None),
    R("5.7", "— с трудностями выбора профессии, образовательного маршрута", 10, "mentees_career", 10, None),
    R("5.8", "— по иным основаниям", 5, "mentees_other_params", 5, None),
    R("5.9", "Охват наставничеством обучающихся 10–19 лет (наставляемые), %", 8.4, "share_mentees_10_19", 8.4, None),
    H("6. Обучающиеся 15–19 лет в роли наставников"),
    R("6.1", "Численность обучающихся 15–19 лет", 150, "students_15_19", 150, None),
    R("6.2", "Обучающиеся 15–19 лет – наставники (по приказу)", 15, "mentors_15_19", 15,
      ("hl", "приказ № 47 от 02.09.2024", S5 + "/docs/prikaz_47.pdf")),
    R("6.3", "Обучающиеся 15–19 лет, участвующие в программах наставничества (в любой роли)", 27,
      "students_15_19_in_programmes", 27, None),
    R("6.4", "Доля наставников среди обучающихся 15–19 лет", "10%", "share_mentors_15_19", 10, None),
    H("7. Удовлетворённость участников завершённых программ, %"),
    R("7.1", "наставляемые", 87, "satisfaction_mentees", 87,
      ("hl", "результаты анкетирования",
       "https://docs.google.com/spreadsheets/d/1Sh5AnKeTa2024vKmZxQ7pLr3NwT8yBcD/edit?usp=sharing")),
    R("7.2", "наставники", 91, "satisfaction_mentors", 91,
      ("hl", "результаты анкетирования",
       "https://docs.google.com/spreadsheets/d/1Sh5AnKeTa2024vKmZxQ7pLr3NwT8yBcD/edit?usp=sharing")),
    H("8. Педагоги в роли наставляемых"),
    R("8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", 8, "young_specialists", 8, None),
    R("8.2", "Молодые специалисты – наставляемые", 6, "young_specialists_mentees", 6,
      ("hl", "приказ № 48 от 02.09.2024", S5 + "/docs/prikaz_48.pdf")),
    R("8.3", "Прочие педагоги (без молодых специалистов), чел.", 47, "teachers_other", 47, None),
    R("8.4", "Прочие педагоги – наставляемые", 5, "teachers_other_mentees", 5,
      ("hl", "приказ № 48 от 02.09.2024", S5 + "/docs/prikaz_48.pdf")),
    R("8.5", "Доля молодых специалистов-наставляемых, %", 75, "share_young_specialists_mentees", 75, None),
    R("8.6", "Доля педагогов-наставляемых (все педагоги), %", 20, "share_teachers_mentees", 20, None),
    H("9. Профессиональное развитие"),
    R("9.1", "Педагоги, задействованные в утверждённых ППН", 14, "teachers_in_pp", 14, None),
    R("9.2", "Стажёры стажировочной площадки", 0, "trainees_internship", 0, ("text", "в разработке")),
    R("9.3", "Прошли КПК по наставничеству в 2024 г.", 3, "kpk_trained", 3,
      ("hl", "удостоверения", "https://disk.yandex.ru/d/8hTnVb3KxLq2Wg")),
    R("9.4", "Названия курсов",
      "«Наставничество в образовательной организации: технологии и практики», АОУ ДПО УР ИРО, 36 ч.",
      "kpk_courses",
      "«Наставничество в образовательной организации: технологии и практики», АОУ ДПО УР ИРО, 36 ч.", None),
    R("9.5", "ШМО наставников", 1, "school_methodical_associations", 1,
      ("hl", "приказ № 46 от 01.09.2024", S5 + "/docs/prikaz_46.pdf")),
    H("10. Педагоги в роли наставников"),
    R("10.1", "Педагоги-наставники, чел.", 12, "teachers_mentors", 12,
      ("hl", "документ", S5 + "/docs/prikaz_47.pdf")),
    R("10.2", "из них молодые специалисты", 1, "young_specialists_mentors", 1, None),
    R("10.3", "Доля педагогов-наставников, %", "21,8", "share_teachers_mentors", 21.8, None),
    R("10.4", "Доля молодых специалистов-наставников, %", 12.5, "share_young_specialists_mentors", 12.5, None),
    H("11. Стимулирование наставников"),
    R("11.1", "Локальный акт об оплате (доплате) за наставничество", 1, "pay_acts", 1,
      ("hl", "Положение об оплате труда работников МБОУ «СОШ № 5» (раздел 5)", S5 + "/docs/polozhenie_oplata.pdf")),
    R("11.2", "Локальный акт о моральном (нематериальном) поощрении наставников", 1, "nonmaterial_acts", 1,
      ("text", S5 + "/docs/polozhenie_nematerialnoe_pooshchrenie.pdf")),
]


def make_sosh5(expected, cells_all):
    fname = "sosh5_vkm_2024.xlsx"
    org = "МБОУ «СОШ № 5»"
    entry = new_entry(fname, org)
    cells = {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Мониторинг 2024"
    ws["A1"] = "Мониторинг реализации целевой модели наставничества в МБОУ «СОШ № 5» г. Верхнекамска за 2024 год"
    ws["A1"].font = BOLD
    ws["A2"] = "(данные на 15.10.2024)"
    hdr = ["№ п/п", "Показатель", "Значение", "Подтверждающий документ (ссылка)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.alignment = WRAP
    r = 5
    for row in S5_ROWS:
        if "heading" in row:
            ws.cell(row=r, column=1, value=row["heading"]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            entry["headings"].append(row["heading"])
            r += 1
            continue
        ws.cell(row=r, column=1, value=row["num"])
        ws.cell(row=r, column=2, value=row["title"]).alignment = WRAP
        ws.cell(row=r, column=3, value=row["val"])
        if isinstance(row["val"], float):
            ws.cell(row=r, column=3).number_format = "0.0"
        put_link_openpyxl(ws.cell(row=r, column=4), row["link"])
        register(entry, cells, row, ws.title, "C%d" % r, ["D%d" % r])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Директор ____________ Л.В. Гусева")
    ws.cell(row=r + 1, column=1, value="Исполнитель: Смирнова О.А., заместитель директора по УВР, куратор ЦМН")
    c = ws.cell(row=r + 2, column=1, value="sh5-vkm@mail.ru")
    c.hyperlink = "mailto:sh5-vkm@mail.ru"
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 55
    wb.save(os.path.join(TYPED, fname))
    expected.append(entry)
    cells_all.append({"file": entry["file"], "criteria": cells, "titles": entry["not_criteria"] + entry["headings"]})


# =========================================================================== 2. МБОУ ДО «ЦДТ» (xlsxwriter, HYPERLINK formulas)
CD = "https://ciur.ru/vkm/vkm_cdt/DocLib22"
CDT_ROWS = [
    # (group, row)
    ("Нормативное обеспечение", R(None, "Приказ «Об утверждении положения о наставничестве педагогов дополнительного образования»",
                                  "Да", "orgs_regulation_teachers", 1, ("f", CD + "/Prikaz_12_od.pdf", "открыть"))),
    ("", R(None, "Приказ «Об утверждении положения о наставничестве обучающихся объединений ЦДТ»", "Да",
           "orgs_regulation_students", 1, ("f", CD + "/Prikaz_12_od.pdf", "открыть"))),
    ("", R(None, "Приказ о мониторинге реализации ЦМН в учреждении", "Нет", "orgs_monitoring_order", 0,
           ("text", "в разработке"))),
    ("", R(None, "Информационная справка ЦДТ по итогам внутреннего мониторинга", "Нет",
           "internal_monitoring_notes", 0, ("text", "нет"))),
    ("Организация процесса", R(None, "Куратор внедрения ЦМН (количество)", 1, "curators_total", 1,
                               ("f", CD + "/%D0%9F%D1%80%D0%B8%D0%BA%D0%B0%D0%B7%2011-%D0%BE%D0%B4.pdf", "открыть"))),
    ("", R(None, "Соглашения с ОО, предоставившими педагогов-наставников", 2, "agreements_edu_orgs", 2,
           ("f", CD + "/Dogovory_OO_2024.pdf", "открыть"))),
    ("", R(None, "Соглашения с предприятиями (наставники)", 0, "agreements_enterprises", 0, None)),
    ("", R(None, "Соглашения с иными организациями (наставники)", 1, "agreements_other_orgs", 1,
           ("f", CD + "/Dogovor_Orbita.pdf", None))),
    ("", R(None, "Организации-партнёры по наставничеству",
           "МБОУ «СОШ № 5», МБОУ «СОШ № 9», АНО «Клуб робототехники «Орбита»", "partner_list",
           "МБОУ «СОШ № 5», МБОУ «СОШ № 9», АНО «Клуб робототехники «Орбита»", None)),
    ("", R(None, "Предмет соглашения с АНО «Орбита»",
           "реализация персонализированной программы наставничества «выпускник – обучающийся»",
           "agreement_subjects", "реализация персонализированной программы наставничества «выпускник – обучающийся»",
           None)),
    ("", R(None, "Наставники (приказ о закреплении пар), чел.", 14, "mentors_total", 14,
           ("f", CD + "/Prikaz_15_od_pary.pdf", "открыть"))),
    ("", R(None, "Наставляемые (приказ о закреплении пар), чел.", 24, "mentees_total", 24,
           ("f", CD + "/Prikaz_15_od_pary.pdf", "открыть"))),
    ("Персонализированные программы", R(None, "Всего персонализированных программ наставничества", 7, "pp_total", 7,
                                        ("f", "https://disk.yandex.ru/d/CdT7pPnVkm2024", "открыть"))),
    ("", R(None, "форма «педагог – педагог»", 3, "pp_teacher_teacher", 3, None)),
    ("", R(None, "форма «руководитель – педагог»", 1, "pp_head_teacher", 1, None)),
    ("", R(None, "форма «обучающийся – обучающийся»", 2, "pp_pupil_pupil", 2, None)),
    ("", R(None, "форма «педагог – обучающийся»", 0, "pp_teacher_pupil", 0, None)),
    ("", R(None, "иная форма («выпускник – обучающийся»)", 1, "pp_other", 1,
           ("f", CD + "/PPN_vypusknik_obuchayushchiysya.pdf", "открыть"))),
    ("Внешний контур", R(None, "Наставники из других образовательных организаций (по приказу)", 2,
                         "external_edu_mentors", 2, ("f", CD + "/Prikaz_15_od_pary.pdf", "открыть"))),
    ("", R(None, "Наставники из предприятий", 0, "enterprise_mentors", 0, None)),
    ("", R(None, "Наставники из иных организаций", 1, "other_org_mentors", 1, ("text", "см. сайт ОО"))),
    ("Обучающиеся объединений 10–19 лет", R(None, "Обучающиеся объединений в возрасте 10–19 лет, всего", 640,
                                             "students_10_19", 640, None)),
    ("", R(None, "из них наставляемые", 16, "mentees_10_19", 16, ("f", CD + "/Baza_nastavlyaemykh.pdf", "открыть"))),
    ("", R(None, "в т.ч. «группа риска»", 1, "mentees_risk", 1, None)),
    ("", R(None, "в т.ч. одарённые дети (включены в реестр)", 6, "mentees_gifted", 6, None)),
    ("", R(None, "в т.ч. с ОВЗ / инвалидностью", 2, "mentees_disabled", 2, None)),
    ("", R(None, "в т.ч. низкая мотивация", 0, "mentees_low_motivation", 0, None)),
    ("", R(None, "в т.ч. профессиональное самоопределение", 4, "mentees_career", 4, None)),
    ("", R(None, "в т.ч. иные", 3, "mentees_other_params", 3, None)),
    ("", R(None, "Доля наставляемых среди обучающихся объединений 10–19 лет, %", ("=", "E", "mentees_10_19",
                                                                                   "students_10_19", 2.5),
           "share_mentees_10_19", 2.5, None)),
    ("Обучающиеся объединений 15–19 лет", R(None, "Обучающиеся объединений в возрасте 15–19 лет, всего", 200,
                                             "students_15_19", 200, None)),
    ("", R(None, "Наставники из числа обучающихся объединений 15–19 лет (приказ)", 4, "mentors_15_19", 4,
           ("f", CD + "/Prikaz_15_od_pary.pdf", "открыть"))),
    ("", R(None, "Доля наставников среди обучающихся 15–19 лет, %", ("=", "E", "mentors_15_19", "students_15_19", 2),
           "share_mentors_15_19", 2, None)),
    ("Удовлетворённость", R(None, "Удовлетворённость наставляемых (анкетирование), %", 95, "satisfaction_mentees", 95,
                            ("f", "https://docs.google.com/forms/d/1CdTaNkEtA2024nAsTaV/viewanalytics", "открыть"))),
    ("", R(None, "Удовлетворённость наставников (анкетирование), %", 90, "satisfaction_mentors", 90,
           ("f", "https://docs.google.com/forms/d/1CdTaNkEtA2024nAsTaV/viewanalytics", "открыть"))),
    ("Педагоги дополнительного образования", R(None, "Молодые специалисты – педагоги дополнительного образования (до 35 лет, стаж до 3 лет)",
                                                5, "young_specialists", 5, None)),
    ("", R(None, "из них наставляемые", 4, "young_specialists_mentees", 4,
           ("f", CD + "/Prikaz_15_od_pary.pdf", "открыть"))),
    ("", R(None, "Педагоги дополнительного образования, кроме молодых специалистов", 38, "teachers_other", 38, None)),
    ("", R(None, "из них наставляемые", 4, "teachers_other_mentees", 4, None)),
    ("", R(None, "Доля молодых специалистов-наставляемых, %", 80, "share_young_specialists_mentees", 80, None)),
    ("", R(None, "Педагоги дополнительного образования в утверждённых персонализированных программах", 8,
           "teachers_in_pp", 8, None)),
    ("", R(None, "Педагоги дополнительного образования – наставники", 7, "teachers_mentors", 7, None)),
    ("", R(None, "из них молодые специалисты", 0, "young_specialists_mentors", 0, None)),
    ("Профессиональное развитие", R(None, "Обучены на КПК по наставничеству (2024 г.)", 2, "kpk_trained", 2,
                                    ("hl", "Удостоверения о повышении квалификации (2 чел.)",
                                     "https://disk.yandex.ru/i/CdTkPk2024Ud0s"))),
    ("", R(None, "Наименование программ КПК",
           "«Целевая модель наставничества в дополнительном образовании детей: организационные, методологические и технологические основы», АОУ УР РОЦОД, 36 ч.",
           "kpk_courses",
           "«Целевая модель наставничества в дополнительном образовании детей: организационные, методологические и технологические основы», АОУ УР РОЦОД, 36 ч.",
           None)),
    ("", R(None, "Методическое объединение наставников в ЦДТ", 0, "school_methodical_associations", 0, None)),
    ("Стимулирование", R(None, "Локальные акты о доплате наставникам", 0, "pay_acts", 0, ("text", "нет"))),
    ("", R(None, "Локальные акты о нематериальном поощрении наставников", 1, "nonmaterial_acts", 1,
           ("f", CD + "/Polozhenie_o_pooshchrenii.pdf", "открыть"))),
    ("", R(None, "Участие педагогов-наставников ЦДТ в городском конкурсе «Наставник года»", 1, None, None,
           ("f", "https://vkm-uo.ru/news/nastavnik-goda-2024", "открыть"))),
]


def make_cdt(expected, cells_all):
    fname = "cdt_vkm_2024.xlsx"
    org = "МБОУ ДО «Центр детского творчества»"
    entry = new_entry(fname, org)
    cells = {}
    path = os.path.join(TYPED, fname)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Лист1")
    b = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1})
    w = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    lk = wb.add_format({"font_color": "blue", "underline": 1, "border": 1, "valign": "top"})
    pc = wb.add_format({"num_format": "0.0", "border": 1, "valign": "top"})
    ws.write(0, 0, "Внутренний мониторинг реализации целевой модели наставничества", wb.add_format({"bold": True}))
    ws.write(1, 0, "МБОУ ДО «Центр детского творчества» г. Верхнекамска, 2024 год")
    hdr = ["Направление", "Критерий", "Единица измерения", "", "Значение", "Источник информации (ссылка)"]
    # column D intentionally narrow and empty (a deleted column left behind)
    for j, h in enumerate(hdr):
        ws.write(3, j, h, b)
    r = 4
    rowpos = {}
    for group, row in CDT_ROWS:
        if group:
            entry["headings"].append(group)
        ws.write(r, 0, group, w)
        ws.write(r, 1, row["title"], w)
        v = row["val"]
        if isinstance(v, str) and v in ("Да", "Нет"):
            unit = "да/нет"
        elif "%" in row["title"]:
            unit = "%"
        elif row["cid"] in ("partner_list", "agreement_subjects", "kpk_courses"):
            unit = "текст"
        else:
            unit = "чел." if "чел" in row["title"] or row["cid"] in (
                "young_specialists", "teachers_other", "teachers_in_pp", "teachers_mentors", "kpk_trained",
                "students_10_19", "students_15_19", "mentees_10_19", "young_specialists_mentees",
                "teachers_other_mentees", "young_specialists_mentors", "external_edu_mentors",
                "enterprise_mentors", "other_org_mentors", "mentors_15_19", "curators_total") or str(
                row["cid"]).startswith("mentees_") else "ед."
        ws.write(r, 2, unit, w)
        if isinstance(v, tuple):
            _, col, num, den, cached = v
            f = "=ROUND(%s%d/%s%d*100,1)" % (col, rowpos[num] + 1, col, rowpos[den] + 1)
            ws.write_formula(r, 4, f, pc, cached)
        else:
            ws.write(r, 4, v, w)
        spec = row["link"]
        if spec is not None:
            if spec[0] == "f":
                if spec[2] is None:
                    ws.write_formula(r, 5, '=HYPERLINK("%s")' % spec[1], lk, spec[1])
                else:
                    ws.write_formula(r, 5, '=HYPERLINK("%s","%s")' % (spec[1], spec[2]), lk, spec[2])
            elif spec[0] == "hl":
                ws.write_url(r, 5, spec[2], lk, string=spec[1])
            else:
                ws.write_string(r, 5, spec[1], w)
        if row["cid"]:
            rowpos[row["cid"]] = r
        register(entry, cells, row, "Лист1", "E%d" % (r + 1), ["F%d" % (r + 1)])
        r += 1
    r += 1
    ws.write(r, 0, "Куратор ЦМН: Ложкина Т.Н., методист, тел. 8 (34145) 4-12-07")
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 62)
    ws.set_column(2, 2, 12)
    ws.set_column(3, 3, 2)
    ws.set_column(4, 4, 12)
    ws.set_column(5, 5, 40)
    wb.close()
    expected.append(entry)
    cells_all.append({"file": entry["file"], "criteria": cells, "titles": entry["not_criteria"] + entry["headings"]})


# =========================================================================== 3. МБОУ ДО «ДЮСШ № 2» (links on a separate sheet)
DS = "https://dush2-vkm.gosuslugi.ru"
DY_ROWS = [
    H("Раздел I. Нормативная база"),
    R(1, "Утверждено Положение о наставничестве тренеров-преподавателей (приказ), 1/0", 1, "orgs_regulation_teachers", 1),
    R(2, "Утверждено Положение о наставничестве обучающихся (спортсменов), 1/0", 1, "orgs_regulation_students", 1),
    R(3, "Издан приказ о внутреннем мониторинге наставничества, 1/0", 1, "orgs_monitoring_order", 1),
    R(4, "Подготовлена справка по итогам внутреннего мониторинга, 1/0", 1, "internal_monitoring_notes", 1),
    R(5, "План мероприятий (дорожная карта) по наставничеству на 2024 год, 1/0", 1, None, None),
    H("Раздел II. Организация"),
    R(6, "Куратор наставничества в ДЮСШ, чел.", 1, "curators_total", 1),
    R(7, "Программы наставничества (кроме персонализированных), ед.", 2, "programmes_total", 2),
    R(8, "Наставники по приказу, чел.", 12, "mentors_total", 12),
    R(9, "Наставляемые по приказу, чел.", 26, "mentees_total", 26),
    R(10, "Персонализированные программы наставничества, всего", 12, "pp_total", 12),
    R(11, "   в т.ч. «тренер-преподаватель – тренер-преподаватель»", 3, "pp_teacher_teacher", 3),
    R(12, "   в т.ч. «руководитель – тренер-преподаватель»", 0, "pp_head_teacher", 0),
    R(13, "   в т.ч. «спортсмен – спортсмен» (обучающийся – обучающийся)", 6, "pp_pupil_pupil", 6),
    R(14, "   в т.ч. «тренер-преподаватель – обучающийся»", 3, "pp_teacher_pupil", 3),
    H("Раздел III. Обучающиеся"),
    R(15, "Обучающиеся 10–19 лет (занимающиеся в группах), всего", 410, "students_10_19", 410),
    R(16, "Обучающиеся 10–19 лет – наставляемые", 20, "mentees_10_19", 20),
    R(17, "   из них «группа риска»", 4, "mentees_risk", 4),
    R(18, "   из них дети с ОВЗ, инвалиды", 1, "mentees_disabled", 1),
    R(19, "   из них одарённые (региональный реестр)", 8, "mentees_gifted", 8),
    R(20, "   из них со сниженной мотивацией / неуспевающие", 0, "mentees_low_motivation", 0),
    R(21, "   из них профориентация (выбор траектории)", 2, "mentees_career", 2),
    R(22, "   из них иные категории", 5, "mentees_other_params", 5),
    R(23, "Обучающиеся 15–19 лет, всего", 120, "students_15_19", 120),
    R(24, "Обучающиеся 15–19 лет – наставники (приказ)", 6, "mentors_15_19", 6),
    H("Раздел IV. Удовлетворённость, %"),
    R(25, "Наставляемые, удовлетворённые участием в программах", 92.5, "satisfaction_mentees", 92.5),
    R(26, "Наставники, удовлетворённые участием в программах", 88, "satisfaction_mentors", 88),
    H("Раздел V. Тренеры-преподаватели"),
    R(27, "Молодые тренеры-преподаватели (до 35 лет, стаж до 3 лет)", 4, "young_specialists", 4),
    R(28, "   из них наставляемые", 3, "young_specialists_mentees", 3),
    R(29, "Тренеры-преподаватели (без молодых специалистов)", 21, "teachers_other", 21),
    R(30, "   из них наставляемые", 3, "teachers_other_mentees", 3),
    R(31, "Тренеры-преподаватели в утверждённых персонализированных программах", 6, "teachers_in_pp", 6),
    R(32, "Прошли КПК по наставничеству в 2024 г.", 1, "kpk_trained", 1),
    R(33, "Тренеры-преподаватели – наставники", 6, "teachers_mentors", 6),
    H("Раздел VI. Стимулирование"),
    R(34, "Положение о стимулирующих выплатах наставникам", 1, "pay_acts", 1),
    R(35, "Положение о нематериальном поощрении наставников", 0, "nonmaterial_acts", 0),
]

# links sheet: (№ показателя as typed, link spec)
DY_LINKS = [
    (1, ("hl", "ссылка", DS + "/files/prikaz_31_2024.pdf")),
    (2, ("hl", "ссылка", DS + "/files/prikaz_31_2024.pdf")),
    (3, ("text", "https://drive.google.com/file/d/1DuSh2MoNiToRiNg2024xYz/view")),
    (3, ("text", DS + "/files/prikaz_monitoring_2024.pdf")),
    (4, ("text", "нет")),
    (5, ("hl", "План мероприятий на 2024 год", DS + "/files/plan_nastavnichestvo_2024.pdf")),
    (6, ("text", "см. сайт ОО")),
    (7, ("text", "см. сайт ОО")),
    ("8, 9", ("hl", "приказ № 38 от 05.09.2024 «О закреплении наставнических пар»", DS + "/files/prikaz_38.pdf")),
    (10, ("text", "https://disk.yandex.ru/d/DuSh2PpN2024")),
    (16, ("hl", "ссылка", DS + "/files/baza_nastavlyaemykh_2024.pdf")),
    (19, ("text", "https://disk.yandex.ru/i/DuSh2ReEsTr")),
    (24, ("hl", "ссылка", DS + "/files/prikaz_38.pdf")),
    ("25, 26", ("text", "https://docs.google.com/spreadsheets/d/1DuSh2AnKeTa/edit#gid=0")),
    (32, ("text", "удостоверение № 180003412 от 20.03.2024 (ссылки нет)")),
    (34, ("hl", "Положение о системе оплаты труда", DS + "/files/polozhenie_ot.pdf")),
    (35, None),
]


def _nums(label):
    if isinstance(label, int):
        return [label]
    return [int(x) for x in re.findall(r"\d+", str(label))]


def make_dyussh(expected, cells_all):
    fname = "dyussh2_vkm_2024.xlsx"
    org = "МБОУ ДО «ДЮСШ № 2»"
    entry = new_entry(fname, org)
    cells = {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    ws["A1"] = "Отчёт о реализации целевой модели наставничества за 2024 год"
    ws["A1"].font = BOLD
    ws["A2"] = "Учреждение: МБОУ ДО «ДЮСШ № 2» г. Верхнекамска"
    ws["A3"] = "Подтверждающие документы – на листе «Подтверждающие документы»"
    for j, h in enumerate(["№", "Наименование показателя", "Значение"], 1):
        ws.cell(row=5, column=j, value=h).font = BOLD
    # links sheet first so we know where each number's link sits
    ls = wb.create_sheet("Подтверждающие документы")
    ls["A1"] = "№ показателя"
    ls["B1"] = "Ссылка"
    ls["A1"].font = BOLD
    ls["B1"].font = BOLD
    link_cells_by_num = {}
    first_url = {}
    for i, (label, spec) in enumerate(DY_LINKS, start=2):
        ls.cell(row=i, column=1, value=label)
        put_link_openpyxl(ls.cell(row=i, column=2), spec)
        for n in _nums(label):
            link_cells_by_num.setdefault(n, []).append("B%d" % i)
            u = link_of(spec)
            if u and n not in first_url:
                first_url[n] = u
    ls.column_dimensions["A"].width = 14
    ls.column_dimensions["B"].width = 80
    r = 6
    for row in DY_ROWS:
        if "heading" in row:
            ws.cell(row=r, column=1, value=row["heading"]).font = BOLD
            entry["headings"].append(row["heading"])
            r += 1
            continue
        ws.cell(row=r, column=1, value=row["num"])
        ws.cell(row=r, column=2, value=row["title"])
        ws.cell(row=r, column=3, value=row["val"])
        n = row["num"]
        lc = [{"sheet": "Подтверждающие документы", "cell": c} for c in link_cells_by_num.get(n, [])]
        register(entry, cells, row, "Форма", "C%d" % r, lc, extra_link=first_url.get(n))
        r += 1
    ws.cell(row=r + 1, column=2, value="Директор МБОУ ДО «ДЮСШ № 2» ______ А.П. Корепанов")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 75
    ws.column_dimensions["C"].width = 12
    wb.save(os.path.join(TYPED, fname))
    expected.append(entry)
    cells_all.append({"file": entry["file"], "criteria": cells, "titles": entry["not_criteria"] + entry["headings"]})


# =========================================================================== 4. МБОУ ДО «СЮТ» (hyperlinks on the value cells)
SY = "https://syut-vkm.gosuslugi.ru"
SY_ROWS = [
    H("Нормативные документы"),
    R(1, "Положение о наставничестве педагогических работников СЮТ утверждено приказом", "Да",
      "orgs_regulation_teachers", 1, vl=SY + "/docs/prikaz_17-od.pdf"),
    R(2, "Положение о наставничестве обучающихся объединений утверждено", "Да",
      "orgs_regulation_students", 1, vl=SY + "/docs/polozhenie_nastavnichestvo_obuch.pdf"),
    R(3, "Приказ о внутреннем мониторинге целевой модели", 1, "orgs_monitoring_order", 1,
      vl="https://disk.yandex.ru/i/Zt4mQ8xVb2LpNc"),
    R(4, "Справка по результатам внутреннего мониторинга", 1, "internal_monitoring_notes", 1,
      note="будет размещена на сайте после утверждения"),
    H("Организация наставничества"),
    R(5, "Куратор (ответственный за наставничество), чел.", 1, "curators_total", 1,
      note="Приказ № 17-од от 30.08.2024 " + SY + "/docs/prikaz_17-od.pdf"),
    R(6, "Утверждённые программы наставничества (не персонализированные)", 2, "programmes_total", 2,
      vl=SY + "/obrazovanie/programmy-nastavnichestva"),
    R(7, "Соглашения со школами, педагоги которых выступают наставниками", 3, "agreements_edu_orgs", 3,
      vl="https://drive.google.com/drive/folders/1SyUtDoGoVoRy2024xYzAbCdEf"),
    R(8, "Соглашения с предприятиями о наставничестве", 1, "agreements_enterprises", 1,
      note="Договор с АО «ВКМЗ» от 12.02.2024, https://drive.google.com/file/d/1SyUtVkMz2024DoGoVoR/view?usp=sharing"),
    R(9, "Партнёры по наставничеству",
      "МБОУ «СОШ № 5», МАОУ «Гимназия № 3», МБОУ «СОШ № 9», АО «ВКМЗ»", "partner_list",
      "МБОУ «СОШ № 5», МАОУ «Гимназия № 3», МБОУ «СОШ № 9», АО «ВКМЗ»"),
    R(10, "Предмет договора с АО «ВКМЗ»",
      "наставничество сотрудников предприятия над обучающимися объединений «Робототехника» и «Инженерный дизайн»",
      "agreement_subjects",
      "наставничество сотрудников предприятия над обучающимися объединений «Робототехника» и «Инженерный дизайн»"),
    R(11, "Количество наставников (приказ о закреплении)", 10, "mentors_total", 10,
      vl=SY + "/docs/prikaz_21-od_pary.pdf"),
    R(12, "Количество наставляемых (приказ о закреплении)", 10, "mentees_total", 10,
      vl=SY + "/docs/prikaz_21-od_pary.pdf"),
    H("Персонализированные программы"),
    R(13, "ППН всего", 6, "pp_total", 6, vl="https://disk.yandex.ru/d/SyUtPpN2024"),
    R(14, "ППН «педагог – педагог»", 2, "pp_teacher_teacher", 2),
    R(15, "ППН «педагог – обучающийся»", 2, "pp_teacher_pupil", 2),
    R(16, "ППН иных форм («работодатель – обучающийся»)", 2, "pp_other", 2),
    H("Внешние наставники"),
    R(17, "Наставники – педагоги других ОО", 3, "external_edu_mentors", 3),
    R(18, "Наставники – работники предприятий", 1, "enterprise_mentors", 1),
    H("Обучающиеся"),
    R(19, "Обучающиеся объединений 10–19 лет", 350, "students_10_19", 350),
    R(20, "из них в роли наставляемых", 8, "mentees_10_19", 8, vl=SY + "/docs/baza_nastavlyaemykh.xlsx"),
    R(21, "— одарённые дети (реестр)", 3, "mentees_gifted", 3),
    R(22, "— профориентация, выбор траектории", 5, "mentees_career", 5),
    R(23, "— «группа риска»", 0, "mentees_risk", 0),
    R(24, "— ОВЗ / инвалидность", 0, "mentees_disabled", 0),
    R(25, "Обучающиеся объединений 15–19 лет", 90, "students_15_19", 90),
    R(26, "из них наставники", 2, "mentors_15_19", 2, vl=SY + "/docs/prikaz_21-od_pary.pdf"),
    R(27, "Удовлетворённость наставляемых, %", "не проводилось", "satisfaction_mentees", None),
    R(28, "Удовлетворённость наставников, %", "не проводилось", "satisfaction_mentors", None),
    H("Педагоги дополнительного образования"),
    R(29, "Молодые специалисты (до 35 лет, до 3 лет стажа)", 3, "young_specialists", 3),
    R(30, "из них наставляемые", 1, "young_specialists_mentees", 1),
    R(31, "Педагоги ДО (кроме молодых специалистов)", 14, "teachers_other", 14),
    R(32, "из них наставляемые", 1, "teachers_other_mentees", 1),
    R(33, "Педагоги ДО в утверждённых ППН", 4, "teachers_in_pp", 4),
    R(34, "Педагоги ДО, прошедшие КПК по наставничеству (2024)", 0, "kpk_trained", 0),
    R(35, "Педагоги ДО – наставники", 4, "teachers_mentors", 4, vl=SY + "/docs/prikaz_21-od_pary.pdf"),
    R(36, "Количество совместных с предприятием проектов обучающихся", 2, None, None,
      vl="https://vk.com/syut_vkm?w=wall-123456_789"),
]


def make_syut(expected, cells_all):
    fname = "syut_vkm_2024.xlsx"
    org = "МБОУ ДО «Станция юных техников»"
    entry = new_entry(fname, org)
    cells = {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "СЮТ"
    ws["A1"] = "Мониторинг ЦМН – 2024"
    ws["A1"].font = BOLD
    ws["A2"] = "МБОУ ДО «Станция юных техников» г. Верхнекамска (МБОУ ДО СЮТ)"
    ws["A3"] = "Значения, выделенные синим, содержат ссылку на документ"
    for j, h in enumerate(["№", "Показатель", "Значение", "Примечание"], 1):
        ws.cell(row=5, column=j, value=h).font = BOLD
    r = 6
    for row in SY_ROWS:
        if "heading" in row:
            ws.cell(row=r, column=2, value=row["heading"]).font = BOLD
            entry["headings"].append(row["heading"])
            r += 1
            continue
        ws.cell(row=r, column=1, value=row["num"])
        ws.cell(row=r, column=2, value=row["title"]).alignment = WRAP
        c = ws.cell(row=r, column=3, value=row["val"])
        if row["vl"]:
            c.hyperlink = row["vl"]
            c.font = LINKFONT
        if row["note"]:
            ws.cell(row=r, column=4, value=row["note"]).alignment = WRAP
            row = dict(row, link=("text", row["note"]))
        register(entry, cells, row, ws.title, "C%d" % r, ["C%d" % r, "D%d" % r])
        r += 1
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 60
    wb.save(os.path.join(TYPED, fname))
    expected.append(entry)
    cells_all.append({"file": entry["file"], "criteria": cells, "titles": entry["not_criteria"] + entry["headings"]})


# =========================================================================== 5. МАОУ «Гимназия № 3» (openpyxl -> LibreOffice re-save)
G3 = "https://gimn3-vkm.gosuslugi.ru"
G3_ROWS = [
    ("Нормативное обеспечение", [
        R(None, "Приказ об утверждении Положения о системе наставничества педагогов гимназии", 1,
          "orgs_regulation_teachers", 1, ("f", G3 + "/netcat_files/docs/prikaz_128.pdf", "открыть"), unit="1/0"),
        R(None, "Приказ об утверждении Положения о наставничестве обучающихся", 1,
          "orgs_regulation_students", 1, ("f", G3 + "/netcat_files/docs/prikaz_129.pdf", "открыть"), unit="1/0"),
        R(None, "Приказ о внутреннем мониторинге наставничества (2024)", 1, "orgs_monitoring_order", 1,
          ("text", "https://drive.google.com/file/d/1G3mOnItOrInG_PrIkAz2024/view?usp=sharing"), unit="1/0"),
        R(None, "Аналитическая справка по итогам внутреннего мониторинга", 1, "internal_monitoring_notes", 1,
          ("f", "https://docs.google.com/document/d/1Gm3SpRvKx0aLtY7bQw2EoZ5uNc8HjD4f/edit?usp=sharing", None),
          unit="1/0"),
    ]),
    ("Организация процесса", [
        R(None, "Кураторы ЦМН", 1, "curators_total", 1, ("hl", "ссылка", G3 + "/netcat_files/docs/prikaz_127.pdf"),
          unit="чел."),
        R(None, "Программы наставничества по формам (без ППН)", 4, "programmes_total", 4,
          ("f", G3 + "/nastavnichestvo/programmy", "открыть"), unit="ед."),
        R(None, "Соглашения с образовательными организациями (наставники)", 1, "agreements_edu_orgs", 1,
          ("f", "https://disk.yandex.ru/i/G3DoGoVoRuDgU", "открыть"), unit="ед."),
        R(None, "Соглашения с предприятиями (наставники)", 2, "agreements_enterprises", 2,
          ("text", "https://disk.yandex.ru/d/G3DoGoVoRyPrEdPr\nhttps://disk.yandex.ru/i/G3VkMzDoGoVoR"), unit="ед."),
        R(None, "Соглашения с иными организациями (наставники)", 0, "agreements_other_orgs", 0, ("text", "нет"),
          unit="ед."),
        R(None, "Наименования организаций-партнёров",
          "Верхнекамский филиал ФГБОУ ВО «УдГУ»; ПАО «Верхнекамскнефть»; АО «ВКМЗ»", "partner_list",
          "Верхнекамский филиал ФГБОУ ВО «УдГУ»; ПАО «Верхнекамскнефть»; АО «ВКМЗ»", None, unit="перечень"),
        R(None, "Наставники гимназии (приказ)", 43, "mentors_total", 43,
          ("f", G3 + "/netcat_files/docs/prikaz_131_pary.pdf", "открыть"), unit="чел."),
        R(None, "Наставляемые гимназии (приказ)", 88, "mentees_total", 88,
          ("f", G3 + "/netcat_files/docs/prikaz_131_pary.pdf", "открыть"), unit="чел."),
    ]),
    ("Персонализированные программы наставничества", [
        R(None, "ППН всего", 30, "pp_total", 30, ("f", "https://disk.yandex.ru/d/G3PpN2024vSe", "открыть"), unit="ед."),
        R(None, "ученик – ученик", 14, "pp_pupil_pupil", 14, None, unit="ед."),
        R(None, "учитель – учитель", 8, "pp_teacher_teacher", 8, None, unit="ед."),
        R(None, "руководитель – педагог", 2, "pp_head_teacher", 2, None, unit="ед."),
        R(None, "учитель – ученик", 4, "pp_teacher_pupil", 4, None, unit="ед."),
        R(None, "студент – ученик", 2, "pp_student_pupil", 2,
          ("f", "https://disk.yandex.ru/i/G3PpNsTuDeNt", "открыть"), unit="ед."),
        R(None, "студент – студент", None, "pp_student_student", None, ("text", "–"), unit="ед."),
    ]),
    ("Внешние наставники", [
        R(None, "Наставники из других образовательных организаций", 2, "external_edu_mentors", 2, None, unit="чел."),
        R(None, "Наставники из предприятий", 3, "enterprise_mentors", 3, None, unit="чел."),
        R(None, "Наставники из иных организаций", 0, "other_org_mentors", 0, None, unit="чел."),
    ]),
    ("Обучающиеся", [
        R(None, "Обучающихся 10–19 лет", 800, "students_10_19", 800, None, unit="чел."),
        R(None, "Наставляемые 10–19 лет", 70, "mentees_10_19", 70,
          ("f", "https://docs.google.com/spreadsheets/d/1G3BaZaNaStAvLyAeMyKh/edit?usp=sharing", "открыть"), unit="чел."),
        R(None, "в т.ч. «группа риска»", 7, "mentees_risk", 7, None, unit="чел."),
        R(None, "в т.ч. одарённые", 15, "mentees_gifted", 15, None, unit="чел."),
        R(None, "в т.ч. ОВЗ и инвалиды", 4, "mentees_disabled", 4, None, unit="чел."),
        R(None, "в т.ч. низкая мотивация, неуспеваемость", 12, "mentees_low_motivation", 12, None, unit="чел."),
        R(None, "в т.ч. выбор профессии / траектории", 20, "mentees_career", 20, None, unit="чел."),
        R(None, "в т.ч. иное", 12, "mentees_other_params", 12, None, unit="чел."),
        R(None, "Доля наставляемых 10–19 лет", ("pct", 0.0875), "share_mentees_10_19", 8.75, None, unit="%"),
        R(None, "Обучающихся 15–19 лет", 240, "students_15_19", 240, None, unit="чел."),
        R(None, "Наставники-обучающиеся 15–19 лет", 24, "mentors_15_19", 24,
          ("f", G3 + "/netcat_files/docs/prikaz_131_pary.pdf", "открыть"), unit="чел."),
        R(None, "Доля наставников 15–19 лет", ("pct", 0.1), "share_mentors_15_19", 10, None, unit="%"),
    ]),
    ("Удовлетворённость", [
        R(None, "наставляемых", 89, "satisfaction_mentees", 89,
          ("hl", "Итоги анкетирования участников программ наставничества",
           "https://docs.google.com/forms/d/e/1FAIpQLSg3AnKeTa2024/viewanalytics"), unit="%"),
        R(None, "наставников", 93, "satisfaction_mentors", 93,
          ("hl", "Итоги анкетирования участников программ наставничества",
           "https://docs.google.com/forms/d/e/1FAIpQLSg3AnKeTa2024/viewanalytics"), unit="%"),
    ]),
    ("Педагогические кадры", [
        R(None, "Молодые специалисты (до 35 лет, первые 3 года)", 10, "young_specialists", 10, None, unit="чел."),
        R(None, "Молодые специалисты – наставляемые", 8, "young_specialists_mentees", 8, None, unit="чел."),
        R(None, "Педагоги, кроме молодых специалистов", 62, "teachers_other", 62, None, unit="чел."),
        R(None, "Педагоги (кроме МС) – наставляемые", 10, "teachers_other_mentees", 10, None, unit="чел."),
        R(None, "Доля МС-наставляемых", ("pct", 0.8), "share_young_specialists_mentees", 80, None, unit="%"),
        R(None, "Доля педагогов-наставляемых", ("pct", 0.25), "share_teachers_mentees", 25, None, unit="%"),
        R(None, "Педагоги в утверждённых ППН", 20, "teachers_in_pp", 20, None, unit="чел."),
        R(None, "Обучились на КПК по наставничеству", 5, "kpk_trained", 5,
          ("f", "https://disk.yandex.ru/d/G3KpK2024", "открыть"), unit="чел."),
        R(None, "ШМО наставников", 1, "school_methodical_associations", 1,
          ("text", "в разработке"), unit="ед."),
        R(None, "Педагоги-наставники", 14, "teachers_mentors", 14, None, unit="чел."),
        R(None, "МС-наставники", 2, "young_specialists_mentors", 2, None, unit="чел."),
        R(None, "Доля МС-наставников", ("pct", 0.2), "share_young_specialists_mentors", 20, None, unit="%"),
    ]),
    ("Стимулирование", [
        R(None, "Акт об оплате наставничества", 1, "pay_acts", 1,
          ("f", G3 + "/netcat_files/docs/polozhenie_ot.pdf", "открыть"), unit="ед."),
        R(None, "Акт о нематериальном поощрении", 1, "nonmaterial_acts", 1, ("text", "см. сайт ОО"), unit="ед."),
        R(None, "Публикации о наставничестве на сайте гимназии", 6, None, None,
          ("f", G3 + "/news?tag=nastavnichestvo", "открыть"), unit="ед."),
    ]),
]


def make_gimn3(expected, cells_all):
    fname = "gimn3_vkm_2024.xlsx"
    org = "МАОУ «Гимназия № 3»"
    entry = new_entry(fname, org)
    cells = {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Гимназия 3"
    ws["A1"] = "Форма мониторинга целевой модели наставничества, 2024 г."
    ws["A1"].font = BOLD
    ws["A2"] = "Образовательная организация: МАОУ «Гимназия № 3»"
    for j, h in enumerate(["Направление", "Критерий", "Ед. изм.", "2024", "Ссылка на источник"], 1):
        ws.cell(row=4, column=j, value=h).font = BOLD
    r = 5
    for group, rows in G3_ROWS:
        start = r
        ws.cell(row=r, column=1, value=group).alignment = WRAP
        entry["headings"].append(group)
        for row in rows:
            ws.cell(row=r, column=2, value=row["title"]).alignment = WRAP
            ws.cell(row=r, column=3, value=row["unit"])
            v = row["val"]
            c = ws.cell(row=r, column=4)
            if isinstance(v, tuple):
                c.value = v[1]
                c.number_format = "0.00%" if v[0] == "pct" and round(v[1] * 100, 2) != round(v[1] * 100) else "0%"
            else:
                c.value = v
            put_link_openpyxl(ws.cell(row=r, column=5), row["link"])
            register(entry, cells, row, ws.title, "D%d" % r, ["E%d" % r])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Куратор: Вахрушева Е.С., зам. директора по НМР")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 10
    ws.column_dimensions["E"].width = 45
    tmp = tempfile.mkdtemp(prefix="h20_")
    src = os.path.join(tmp, fname)
    wb.save(src)
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/profile" % tmp,
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, fname), os.path.join(TYPED, fname))
    shutil.rmtree(tmp, ignore_errors=True)
    expected.append(entry)
    cells_all.append({"file": entry["file"], "criteria": cells, "titles": entry["not_criteria"] + entry["headings"]})


# =========================================================================== consistency checks
def consistency(e):
    v = e["values"]

    def chk(cond, msg):
        assert cond, "%s: %s" % (e["file"], msg)

    parts = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
             "pp_student_pupil", "pp_teacher_pupil", "pp_other"]
    if "pp_total" in v:
        chk(sum(v.get(p, 0) for p in parts) == v["pp_total"], "pp parts")
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    if "mentees_10_19" in v:
        chk(sum(v.get(p, 0) for p in cats) == v["mentees_10_19"], "mentee categories")
        chk(v["mentees_10_19"] <= v["students_10_19"], "10-19")
    if "share_mentees_10_19" in v:
        chk(abs(v["mentees_10_19"] / v["students_10_19"] * 100 - v["share_mentees_10_19"]) < 0.05, "share 10-19")
    if "share_mentors_15_19" in v:
        chk(abs(v["mentors_15_19"] / v["students_15_19"] * 100 - v["share_mentors_15_19"]) < 0.05, "share 15-19")
    if "share_young_specialists_mentees" in v:
        chk(abs(v["young_specialists_mentees"] / v["young_specialists"] * 100
                - v["share_young_specialists_mentees"]) < 0.05, "share ys")
    if "share_teachers_mentees" in v:
        t = (v["young_specialists_mentees"] + v["teachers_other_mentees"]) / (
            v["young_specialists"] + v["teachers_other"]) * 100
        chk(abs(t - v["share_teachers_mentees"]) < 0.05, "share teachers mentees")
    if "share_teachers_mentors" in v:
        t = v["teachers_mentors"] / (v["young_specialists"] + v["teachers_other"]) * 100
        chk(abs(t - v["share_teachers_mentors"]) < 0.05, "share teachers mentors")
    if "share_young_specialists_mentors" in v:
        chk(abs(v["young_specialists_mentors"] / v["young_specialists"] * 100
                - v["share_young_specialists_mentors"]) < 0.05, "share ys mentors")
    if "mentors_15_19" in v and "students_15_19" in v:
        chk(v["mentors_15_19"] <= v["students_15_19"], "15-19")
    if "students_15_19_in_programmes" in v:
        chk(v["mentors_15_19"] <= v["students_15_19_in_programmes"] <= v["students_15_19"], "15-19 in prog")
    if "teachers_in_pp" in v:
        chk(v["teachers_in_pp"] == 2 * (v.get("pp_teacher_teacher", 0) + v.get("pp_head_teacher", 0)), "teachers_in_pp")
    if "mentees_total" in v:
        chk(v["mentees_total"] >= v.get("mentees_10_19", 0) + v.get("young_specialists_mentees", 0)
            + v.get("teachers_other_mentees", 0), "mentees_total")
    if "mentors_total" in v:
        chk(v["mentors_total"] >= v.get("teachers_mentors", 0) + v.get("mentors_15_19", 0), "mentors_total")
    for k in ("young_specialists_mentees", "young_specialists_mentors"):
        if k in v:
            chk(v[k] <= v["young_specialists"], k)
    if "teachers_other_mentees" in v:
        chk(v["teachers_other_mentees"] <= v["teachers_other"], "teachers_other_mentees")
    for k, x in v.items():
        if CAT[k]["unit"] == "yesno":
            chk(x in (0, 1), k)
        if CAT[k]["unit"] in ("share", "level"):
            chk(0 <= x <= 100, k)


def main():
    if os.path.isdir(TYPED):
        shutil.rmtree(TYPED)
    os.makedirs(TYPED)
    expected, cells_all = [], []
    make_sosh5(expected, cells_all)
    make_cdt(expected, cells_all)
    make_dyussh(expected, cells_all)
    make_syut(expected, cells_all)
    make_gimn3(expected, cells_all)
    for e in expected:
        consistency(e)
        for u in e["links"].values():
            assert u.startswith("https://"), u
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells_all, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print("entries:", len(expected), "values:", nv, "links:", nl)


if __name__ == "__main__":
    main()
