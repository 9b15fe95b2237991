#!/usr/bin/env python3
"""Writes typed/*.xlsx (4 hand-typed organisation forms for 2024), expected.json
and cells.json (where each expected value sits; used only by selfcheck.py).

Organisations are invented (Vologda, Kirov, Penza and Tver regions).
Criterion wordings are my own paraphrases; the script asserts that none of them
equals a catalogue wording (2023, 2024 or form wording) after normalisation.
"""
import csv, json, os, re, shutil, subprocess, sys, tempfile
import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell, xl_col_to_name

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CATALOGUE = "/work/main/Templates/criteria.tsv"

NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"

# ---------------------------------------------------------------- catalogue
def norm(s):
    s = s.lower().replace("ё", "е")
    s = re.sub(r"[«»\"'()\-–—.,:;/%]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

CAT = {}
with open(CATALOGUE, encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        CAT[r["id"]] = r
CAT_WORDINGS = set()
for r in CAT.values():
    for k in ("wording_2023", "wording_2024", "form_wording"):
        if r[k].strip():
            CAT_WORDINGS.add(norm(r[k]))


# ---------------------------------------------------------------- builder
def build(fname, spec):
    """spec: dict with keys
       sheet, title_cells [(cell, text, merge_range_or_None, fmt)], header_row (0-based),
       cols {num, text, val, link, note, extra:{col:(header, key)}}, headers {col: text},
       rows [...], extra_sheets callback(wb, fmts), validation_source, freeze, autofilter,
       widths {col: width}
    """
    path = os.path.join(TYPED, fname)
    wb = xlsxwriter.Workbook(path)
    F = {
        "title": wb.add_format({"bold": True, "font_size": 12, "text_wrap": True, "valign": "vcenter"}),
        "bold": wb.add_format({"bold": True}),
        "hdr": wb.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center",
                              "valign": "vcenter", "bg_color": "#DDEBF7"}),
        "txt": wb.add_format({"border": 1, "text_wrap": True, "valign": "top"}),
        "txtb": wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bold": True}),
        "num": wb.add_format({"border": 1, "valign": "top", "align": "center"}),
        "qp": wb.add_format({"border": 1, "valign": "top", "align": "center", "quote_prefix": True}),
        "pct0": wb.add_format({"border": 1, "valign": "top", "align": "center", "num_format": "0%"}),
        "pct1": wb.add_format({"border": 1, "valign": "top", "align": "center", "num_format": "0.0%"}),
        "link": wb.add_format({"border": 1, "valign": "top", "font_color": "blue", "underline": 1,
                               "text_wrap": True}),
        "note": wb.add_format({"italic": True, "font_color": "#7F7F7F", "text_wrap": True, "valign": "top"}),
        "merged": wb.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"}),
        "mergednum": wb.add_format({"border": 1, "valign": "vcenter", "align": "center"}),
    }
    ws = wb.add_worksheet(spec["sheet"])
    for col, w in spec.get("widths", {}).items():
        ws.set_column(f"{col}:{col}", w)
    for col in spec.get("hidden_cols", []):
        ws.set_column(f"{col}:{col}", 30, F["note"], {"hidden": True})
    for cell, text, rng, fmt in spec["title_cells"]:
        if rng:
            ws.merge_range(rng, text, F[fmt])
        elif isinstance(text, (int, float)):
            ws.write_number(cell, text, F[fmt])
        else:
            ws.write_string(cell, text, F[fmt])
    hr = spec["header_row"]
    for col, text in spec["headers"].items():
        ws.write_string(f"{col}{hr + 1}", text, F["hdr"])
    ws.set_row(hr, 32)
    cols = spec["cols"]
    V = cols["val"]

    # pass 1: row numbers
    r = hr + 1
    refs = {}
    for row in spec["rows"]:
        row["_r"] = r
        if "key" in row:
            refs[row["key"]] = f"{V}{r + 1}"
        r += row.get("span", 1)
    last_row = r - 1

    expected, cells, notc = {}, {}, []
    dv_cells = []
    for row in spec["rows"]:
        r0 = row["_r"]
        span = row.get("span", 1)
        if row.get("blank"):
            continue
        if row.get("hidden"):
            ws.set_row(r0, None, None, {"hidden": True})
        if "n" in row:
            ws.write(f"{cols['num']}{r0 + 1}", row["n"], F["num"])
        # criterion text
        tcell = f"{cols['text']}{r0 + 1}"
        text = row["text"]
        tfmt = F["txtb"] if row.get("boldtext") else F["txt"]
        if row.get("merge_text"):
            ws.merge_range(f"{tcell}:{cols['text']}{r0 + span}", text, F["merged"])
        else:
            ws.write_string(tcell, text, tfmt)
        if row.get("text2"):
            ws.write_string(f"{cols['text']}{r0 + 2}", row["text2"], F["txt"])
        for col, val in row.get("extra", {}).items():
            ws.write(f"{col}{r0 + 1}", val, F["txt"])
        # value
        vcell = f"{V}{r0 + 1}"
        kind, *args = row["val"]
        if row.get("merge_val"):
            rng = f"{vcell}:{V}{r0 + span}"
            if kind == "num":
                ws.merge_range(rng, "", F["mergednum"])
                ws.write_number(vcell, args[0], F["mergednum"])
            else:
                ws.merge_range(rng, args[0], F["merged"])
        elif kind == "num":
            ws.write_number(vcell, args[0], F[args[1] if len(args) > 1 else "num"])
        elif kind == "str":
            ws.write_string(vcell, args[0], F["num"] if len(args[0]) < 16 else F["txt"])
        elif kind == "qp":
            ws.write_string(vcell, args[0], F["qp"])
        elif kind == "yn":
            ws.write_string(vcell, args[0], F["num"])
            dv_cells.append(vcell)
        elif kind == "f":
            formula, cached = args[0], args[1]
            fmt = F[args[2] if len(args) > 2 else "num"]
            ws.write_formula(vcell, formula.format(**refs), fmt, cached)
        else:
            raise ValueError(kind)
        if row.get("comment"):
            ws.write_comment(vcell, row["comment"], {"author": row.get("author", "Куратор"),
                                                     "x_scale": 2, "y_scale": 1.5})
        # link
        if "link" in row and row["link"] is not None:
            lcell = f"{cols['link']}{r0 + 1}"
            lk = row["link"]
            if isinstance(lk, str):
                ws.write_string(lcell, lk, F["txt"])
            elif lk[0] == "hl":
                disp = lk[2] if len(lk) > 2 else "Приказ"
                ws.write_formula(lcell, f'=HYPERLINK("{lk[1]}","{disp}")', F["link"], disp)
            elif lk[0] == "url":
                ws.write_url(lcell, lk[1], F["link"], lk[2])
        if row.get("note") and cols.get("note"):
            ws.write_string(f"{cols['note']}{r0 + 1}", row["note"], F["note"])
        # bookkeeping
        if row.get("non"):
            notc.append(text)
        elif row.get("cid") and not row.get("hidden"):
            cid = row["cid"]
            c = CAT[cid]
            assert c["level"] == "org" and c["wording_2024"].strip(), cid
            assert norm(text) not in CAT_WORDINGS, f"verbatim catalogue wording: {text}"
            assert cid not in expected, cid
            expected[cid] = row["exp"]
            cells[cid] = {"sheet": spec["sheet"], "cell": vcell, "text_cell": tcell}

    # yes/no validation
    src = spec.get("validation_source", ["Да", "Нет"])
    for c in dv_cells:
        opts = {"validate": "list", "source": src,
                "error_title": "Ошибка ввода", "error_message": "Выберите «Да» или «Нет»"}
        ws.data_validation(c, opts)
    if spec.get("freeze"):
        ws.freeze_panes(hr + 1, 0)
    if spec.get("autofilter"):
        lastcol = max(spec["headers"].keys())
        ws.autofilter(f"A{hr + 1}:{lastcol}{last_row + 1}")
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    if "extra_sheets" in spec:
        spec["extra_sheets"](wb, F)
    wb.close()
    return expected, cells, notc


# ============================================================ FILE 1
# Vologda region, Cherepovets. Cross-sheet formulas to «Данные», % shares as
# formulas with 0.0% format, hidden rows with 2023 values, hidden notes column,
# DV from Справочник, comments, freeze + autofilter, HYPERLINK("…","Приказ").
ORG1 = "МАОУ «Средняя общеобразовательная школа № 14» г. Череповца"
SITE1 = "https://sh14-cherepovets-r35.gosweb.gosuslugi.ru"


def sheets1(wb, F):
    d = wb.add_worksheet("Данные")
    d.set_column("A:A", 38)
    d.set_column("B:C", 14)
    d.write_string("A1", "Контингент обучающихся на 01.09.2024 (по ОО-1)", F["bold"])
    d.write_row("A3", ["Параллель", "Классов", "Обучающихся"], F["hdr"])
    grades = [("5 классы", 3, 74), ("6 классы", 3, 72), ("7 классы", 3, 70), ("8 классы", 3, 68),
              ("9 классы", 3, 70), ("10 классы", 2, 48), ("11 классы", 2, 42)]
    for i, (g, k, n) in enumerate(grades):
        d.write_string(3 + i, 0, g, F["txt"])
        d.write_number(3 + i, 1, k, F["num"])
        d.write_number(3 + i, 2, n, F["num"])
    d.write_string("A11", "Итого 5–11 классы", F["txtb"])
    d.write_formula("B11", "=SUM(B4:B10)", F["num"], 19)
    d.write_formula("C11", "=SUM(C4:C10)", F["num"], 444)
    d.write_string("A12", "Приказ № 115 от 02.09.2024: наставники", F["txt"])
    d.write_number("C12", 48, F["num"])
    d.write_string("A13", "Приказ № 115 от 02.09.2024: наставляемые", F["txt"])
    d.write_number("C13", 130, F["num"])
    d.write_string("A14", "в т.ч. педагоги-наставляемые", F["txt"])
    d.write_number("C14", 19, F["num"])

    s = wb.add_worksheet("Справочник")
    s.set_column("A:A", 10)
    s.set_column("B:B", 28)
    s.set_column("C:C", 90)
    s.write_row("A1", ["Да/Нет", "Формы наставничества", "Показатели мониторинга (для выпадающих списков)"], F["hdr"])
    s.write_column("A2", ["Да", "Нет"])
    s.write_column("B2", ["ученик – ученик", "учитель – учитель", "руководитель – педагог",
                          "студент – ученик", "учитель – ученик", "иная форма"])
    s.write_column("C2", [
        "Нормативное обеспечение реализации Целевой модели наставничества",
        "Организация процесса реализации Целевой модели наставничества",
        "Включенность предприятий (организаций) в программы наставничества",
        "Включенность обучающихся 10–19 лет в программы наставничества в роли наставляемого",
        "Включенность обучающихся 15–19 лет в программы наставничества в роли наставника",
        "Уровень удовлетворённости участием в программах наставничества",
        "Количество наставников по приказу",
        "Количество наставляемых по приказу",
    ])


spec1 = {
    "sheet": "Форма",
    "title_cells": [
        ("A1", "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся",
         "A1:D1", "title"),
        ("A2", "Образовательная организация", None, "bold"),
        ("B2", ORG1, None, "bold"),
        ("A3", "Отчётный год", None, "bold"),
        ("B3", 2024, None, "bold"),
        ("A4", "Муниципалитет", None, "bold"),
        ("B4", "городской округ город Череповец Вологодской области", None, "txt"),
    ],
    "header_row": 5,
    "headers": {"A": "№", "B": "Критерий", "C": "Значение", "D": "Подтверждающий документ (ссылка)",
                "E": "Примечание (служебное)"},
    "cols": {"num": "A", "text": "B", "val": "C", "link": "D", "note": "E"},
    "widths": {"A": 6, "B": 70, "C": 14, "D": 30},
    "hidden_cols": ["E"],
    "validation_source": "=Справочник!$A$2:$A$3",
    "freeze": True, "autofilter": True,
    "extra_sheets": sheets1,
    "rows": [
        dict(n=1, cid="orgs_regulation_teachers", exp=1, val=("yn", "Да"),
             text="Положение о наставничестве педагогических работников утверждено приказом директора",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_112_polozhenie_ped.pdf"),
             note="приказ № 112 от 30.08.2024"),
        dict(n=2, cid="orgs_regulation_students", exp=1, val=("yn", "Да"),
             text="Положение о наставничестве обучающихся утверждено приказом директора",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_113_polozhenie_obuch.pdf")),
        dict(n=3, cid="orgs_monitoring_order", exp=1, val=("yn", "Да"),
             text="Приказ о проведении в школе мониторинга внедрения ЦМН",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_monitoring_2024.pdf")),
        dict(n=4, cid="internal_monitoring_notes", exp=0, val=("yn", "Нет"),
             text="Справка по итогам внутреннего мониторинга наставничества в школе",
             comment="Справка на согласовании у директора, будет размещена до 15.11.2024",
             note="догрузить справку"),
        dict(n=5, cid="curators_total", exp=2, val=("num", 2),
             text="Кураторы внедрения ЦМН в школе, чел.",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_kuratory.pdf")),
        dict(key="mentors", n=6, cid="mentors_total", exp=48, val=("f", "=Данные!C12", 48),
             text="Наставники, закреплённые приказом (база наставников школы)",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_115_pary.pdf"),
             note="берётся с листа «Данные»"),
        dict(hidden=True, n="6а", cid="mentors_total", val=("num", 41),
             text="Наставники, закреплённые приказом — 2023 г.", note="прошлый год, для сравнения"),
        dict(key="mentees", n=7, cid="mentees_total", exp=130, val=("f", "=Данные!C13", 130),
             text="Наставляемые, закреплённые приказом (всего)",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_115_pary.pdf")),
        dict(hidden=True, n="7а", cid="mentees_total", val=("num", 97),
             text="Наставляемые, закреплённые приказом — 2023 г.", note="прошлый год, для сравнения"),
        dict(n=8, cid="agreements_edu_orgs", exp=1, val=("num", 1),
             text="Число соглашений с другими образовательными организациями, направившими к нам своих работников в качестве наставников",
             link=("url", SITE1 + "/netcat_files/nast/soglashenie_chgu.pdf", "Соглашение с ЧГУ")),
        dict(n=9, cid="agreements_enterprises", exp=1, val=("num", 1),
             text="Соглашения с предприятиями, сотрудники которых стали наставниками для наших учеников, шт.",
             link=("url", SITE1 + "/netcat_files/nast/soglashenie_severstal.pdf", "Соглашение с ПАО «Северсталь»")),
        dict(n=10, cid="partner_list", exp="ФГБОУ ВО «Череповецкий государственный университет»; ПАО «Северсталь»",
             val=("str", "ФГБОУ ВО «Череповецкий государственный университет»; ПАО «Северсталь»"),
             text="Перечень организаций и предприятий — партнёров школы по наставничеству",
             link=("hl", SITE1 + "/nastavnichestvo/partnery", "Партнёры")),
        dict(n=11, cid="external_edu_mentors", exp=2, val=("num", 2),
             text="Наставники из сторонних образовательных организаций (закреплены приказом)",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_115_pary.pdf")),
        dict(n=12, cid="enterprise_mentors", exp=1, val=("num", 1),
             text="Наставники — работники предприятий",
             comment="инженер ПАО «Северсталь», программа «Инженерный класс»"),
        dict(key="s1019", n=13, cid="students_10_19", exp=444, val=("f", "=SUM(Данные!C4:C10)", 444),
             text="Всего обучающихся в возрасте 10–19 лет", link="ОО-1 на 01.09.2024",
             note="5–11 классы по ОО-1"),
        dict(key="m1019", n=14, cid="mentees_10_19", exp=111, val=("num", 111),
             text="Ученики 10–19 лет, вошедшие в программы наставничества как наставляемые",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_115_pary.pdf")),
        dict(n=15, cid="share_mentees_10_19", exp=25, val=("f", "={m1019}/{s1019}", 0.25, "pct1"),
             text="Доля учащихся 10–19 лет, охваченных наставничеством в качестве наставляемых"),
        dict(key="risk", n=16, cid="mentees_risk", exp=9, val=("num", 9),
             text="Наставляемые 10–19 лет из «группы риска»",
             link=("hl", SITE1 + "/netcat_files/nast/baza_nastavlyaemyh.pdf")),
        dict(key="ovz", n=17, cid="mentees_disabled", exp=4, val=("num", 4),
             text="Наставляемые 10–19 лет с ОВЗ и дети-инвалиды",
             link=("hl", SITE1 + "/netcat_files/nast/baza_nastavlyaemyh.pdf")),
        dict(key="gifted", n=18, cid="mentees_gifted", exp=12, val=("num", 12),
             text="Одарённые дети из региональных реестров, включённые в наставничество как наставляемые",
             link=("hl", SITE1 + "/netcat_files/nast/baza_nastavlyaemyh.pdf")),
        dict(key="lowmot", n=19, cid="mentees_low_motivation", exp=21, val=("num", 21),
             text="Учащиеся 10–19 лет со слабой учебной мотивацией и неудовлетворительными отметками, ставшие наставляемыми",
             link=("hl", SITE1 + "/netcat_files/nast/baza_nastavlyaemyh.pdf")),
        dict(non=True, text="Итого по разделу", boldtext=True, val=("f", "=SUM({risk}:{lowmot})", 46)),
        dict(key="s1519", n=20, cid="students_15_19", exp=160, val=("f", "=SUM(Данные!C8:C10)", 160),
             text="Обучающиеся 15–19 лет, всего", link="ОО-1 на 01.09.2024"),
        dict(key="mt1519", n=21, cid="mentors_15_19", exp=20, val=("num", 20),
             text="Старшеклассники 15–19 лет — наставники (по приказу)",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_115_pary.pdf")),
        dict(n=22, cid="share_mentors_15_19", exp=12.5, val=("f", "={mt1519}/{s1519}", 0.125, "pct1"),
             text="Доля учащихся 15–19 лет, выступающих в роли наставника"),
        dict(n=23, cid="satisfaction_mentees", exp=87, val=("num", 0.87, "pct0"),
             text="Удовлетворённость наставляемых завершёнными программами наставничества",
             comment="анкета РНЦ, опрошено 64 наставляемых",
             link=("url", SITE1 + "/netcat_files/nast/anketa_itogi_2024.pdf", "Итоги анкетирования")),
        dict(n=24, cid="satisfaction_mentors", exp=91.5, val=("num", 0.915, "pct1"),
             text="Удовлетворённость наставников завершёнными программами наставничества",
             link=("url", SITE1 + "/netcat_files/nast/anketa_itogi_2024.pdf", "Итоги анкетирования")),
        dict(n=25, cid="young_specialists", exp=8, val=("num", 8),
             text="Молодые специалисты (моложе 35 лет, стаж не более 3 лет) в штате школы"),
        dict(n=26, cid="young_specialists_mentees", exp=8, val=("num", 8),
             text="Молодые специалисты, за которыми закреплены наставники",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_115_pary.pdf")),
        dict(n=27, cid="teachers_mentors", exp=17, val=("num", 17),
             text="Учителя, выполняющие роль наставника в программах наставничества",
             link=("hl", SITE1 + "/netcat_files/nast/prikaz_115_pary.pdf")),
        dict(n=28, cid="kpk_trained", exp=3, val=("num", 3),
             text="Педагоги, прошедшие в 2024 году курсы повышения квалификации по наставничеству",
             link="см. сайт ОО", comment="удостоверения ВИРО, 36 ч"),
        dict(n=29, non=True, text="Наличие дорожной карты школы по внедрению наставничества",
             val=("yn", "Да"), link=("hl", SITE1 + "/netcat_files/nast/dorozhnaya_karta.pdf")),
        dict(n=30, non=True, text="Количество занятий «Школы наставников», проведённых за год",
             val=("num", 6)),
    ],
}

# ============================================================ FILE 2
# Kirov. Numbers as text: quote prefix, NBSP thousands, «чел.», «2 (два)»,
# decimal commas, «26,6 %», «12.5%» with a dot, lower-case «да»; blank rows;
# wording merged over two rows; value merged over two rows; real hyperlinks
# with display text; plain «см. сайт ОО»; org and period inside label cells.
ORG2 = "МБОУ «Лицей № 21» г. Кирова"
SITE2 = "https://licej21kirov.gosuslugi.ru"


def sheets2(wb, F):
    s = wb.add_worksheet("Справочник")
    s.set_column("A:A", 95)
    s.write_string("A1", "Список критериев для выпадающего списка (не заполнять)", F["bold"])
    s.write_column("A2", [
        "Наставники по приказу",
        "Наставляемые по приказу",
        "Персонализированные программы наставничества",
        "Обучающиеся 10–19 лет в роли наставляемого",
        "Обучающиеся 15–19 лет в роли наставника",
        "Удовлетворённость наставников",
        "Удовлетворённость наставляемых",
        "Молодые специалисты в роли наставляемого",
    ])
    s.write_string("C1", "Формы", F["bold"])
    s.write_column("C2", ["ученик – ученик", "учитель – учитель", "учитель – ученик", "студент – ученик"])


spec2 = {
    "sheet": "Лист1",
    "title_cells": [
        ("A1", "Мониторинг целевой модели наставничества (институциональный этап)", "A1:D1", "title"),
        ("A2", "Наименование организации: " + ORG2, "A2:D2", "bold"),
        ("A3", "Период: 01.01.2024 – 31.12.2024", "A3:D3", "txt"),
    ],
    "header_row": 4,
    "headers": {"A": "№ п/п", "B": "Наименование критерия", "C": "Значение",
                "D": "Подтверждающий документ"},
    "cols": {"num": "A", "text": "B", "val": "C", "link": "D"},
    "widths": {"A": 6, "B": 66, "C": 16, "D": 34},
    "freeze": False, "autofilter": False,
    "extra_sheets": sheets2,
    "rows": [
        dict(n="1.", cid="orgs_regulation_teachers", exp=1, val=("str", "да"),
             text="Имеется утверждённое положение о наставничестве педагогических работников лицея",
             link=("url", SITE2 + "/dokumenty/polozhenie-nastavnichestvo-ped.pdf",
                   "Положение о наставничестве педагогов")),
        dict(n="2.", cid="orgs_regulation_students", exp=1, val=("str", "Да"),
             text="Имеется утверждённое положение о наставничестве обучающихся",
             link=("url", SITE2 + "/dokumenty/polozhenie-nastavnichestvo-obuch.pdf",
                   "Положение о наставничестве обучающихся")),
        dict(n="3.", cid="orgs_monitoring_order", exp=1, val=("num", 1),
             text="Мониторинг ЦМН в лицее организован приказом (1 – есть, 0 – нет)",
             link="Приказ № 87-о от 12.09.2024"),
        dict(n="4.", cid="curators_total", exp=2, val=("qp", "2"),
             text="Сколько кураторов ЦМН назначено в лицее", link="см. сайт ОО"),
        dict(blank=True),
        dict(n="5.", cid="mentors_total", exp=104, val=("str", "104 чел."),
             text="Наставников в базе лицея (закреплены приказом)",
             link=("url", SITE2 + "/nastavnichestvo/baza", "База наставников и наставляемых")),
        dict(n="6.", cid="mentees_total", exp=334, val=("qp", "334"),
             text="Наставляемых в базе лицея (закреплены приказом)",
             link=("url", SITE2 + "/nastavnichestvo/baza", "База наставников и наставляемых"),
             comment="320 обучающихся + 14 педагогов"),
        dict(n="7.", cid="agreements_other_orgs", exp=2, val=("str", "2 (два)"),
             text="Соглашения о сотрудничестве с некоммерческими и прочими организациями, направившими своих сотрудников наставниками",
             link=("url", SITE2 + "/nastavnichestvo/soglasheniya", "Соглашения")),
        dict(n="8.", cid="partner_list",
             exp="АНО ДО «Кванториум-Киров», КОГОАУ ДО «Центр технического творчества»",
             val=("str", "АНО ДО «Кванториум-Киров», КОГОАУ ДО «Центр технического творчества»"),
             text="Организации-партнёры лицея по вопросам наставничества (перечислить)",
             link=("url", SITE2 + "/nastavnichestvo/soglasheniya", "Соглашения")),
        dict(n="9.", cid="agreement_subjects",
             exp="совместная реализация программ наставничества по форме «студент – ученик» и профориентационных проектов",
             val=("str", "совместная реализация программ наставничества по форме «студент – ученик» и профориентационных проектов"),
             text="О чём заключены соглашения (предмет)"),
        dict(blank=True),
        dict(key="pp", n="10.", cid="pp_total", exp=39, val=("f", "=SUM({pp1}:{pp4})", 39),
             text="Персонализированные программы наставничества — всего по всем формам",
             link=("url", SITE2 + "/nastavnichestvo/programmy", "Программы наставничества")),
        dict(key="pp1", n="11.", cid="pp_pupil_pupil", exp=18, val=("num", 18),
             text="ПП по форме «ученик – ученик»"),
        dict(key="pp2", n="12.", cid="pp_teacher_teacher", exp=11, val=("num", 11),
             text="ПП по форме «педагог – педагог»"),
        dict(key="pp3", n="13.", cid="pp_teacher_pupil", exp=8, val=("num", 8),
             text="ПП по форме «учитель – ученик»"),
        dict(key="pp4", n="14.", cid="pp_student_pupil", exp=2, val=("num", 2),
             text="ПП по форме «студент – ученик» (студенты ВятГУ)"),
        dict(blank=True),
        dict(n="15.", cid="students_10_19", exp=1204, val=("str", "1" + NBSP + "204"),
             text="Численность обучающихся 10–19 лет на 01.09.2024", link="ОО-1"),
        dict(n="16.", cid="mentees_10_19", exp=320, val=("num", 320),
             text="Учащиеся 10–19 лет — наставляемые в программах наставничества",
             link=("url", SITE2 + "/nastavnichestvo/baza", "База наставляемых")),
        dict(n="17.", cid="share_mentees_10_19", exp=26.6, val=("str", "26,6 %"),
             text="Удельный вес наставляемых среди всех обучающихся 10–19 лет"),
        dict(n="18.", cid="mentees_career", exp=47, val=("num", 47), span=2, merge_text=True,
             text="Наставляемые 10–19 лет, которым нужна помощь в выборе профессии и дальнейшей образовательной траектории",
             link=("url", SITE2 + "/nastavnichestvo/baza", "База наставляемых")),
        dict(n="19.", cid="mentees_other_params", exp=35, val=("num", 35), span=2, merge_val=True,
             text="Наставляемые 10–19 лет, включённые в программы по другим основаниям",
             text2="(адаптация вновь прибывших, проектная деятельность)",
             comment="новенькие 5–10 кл. и участники проектной смены"),
        dict(n="20.", cid="students_15_19", exp=416, val=("str", "416 чел."),
             text="Обучающиеся в возрасте 15–19 лет (всего)", link="ОО-1"),
        dict(n="21.", cid="mentors_15_19", exp=52, val=("num", 52),
             text="Учащиеся 15–19 лет, закреплённые приказом в качестве наставников",
             link=("url", SITE2 + "/nastavnichestvo/baza", "База наставников")),
        dict(n="22.", cid="share_mentors_15_19", exp=12.5, val=("str", "12.5%"),
             text="Удельный вес старшеклассников 15–19 лет, ставших наставниками"),
        dict(blank=True),
        dict(n="23.", cid="satisfaction_mentees", exp=92.4, val=("str", "92,4"),
             text="Насколько наставляемые удовлетворены участием в завершённых программах, %",
             link=("url", SITE2 + "/nastavnichestvo/monitoring", "Справка по анкетированию")),
        dict(n="24.", cid="satisfaction_mentors", exp=96, val=("num", 96),
             text="Насколько наставники удовлетворены участием в завершённых программах, %",
             link=("url", SITE2 + "/nastavnichestvo/monitoring", "Справка по анкетированию")),
        dict(n="25.", cid="young_specialists", exp=12, val=("num", 12),
             text="Молодые педагоги до 35 лет с опытом работы до трёх лет — всего в лицее"),
        dict(n="26.", cid="young_specialists_mentees", exp=12, val=("qp", "12"),
             text="Молодые педагоги, включённые в наставничество в роли наставляемых",
             link="см. сайт ОО"),
        dict(n="27.", cid="teachers_other", exp=86, val=("num", 86),
             text="Педагогические работники лицея, не относящиеся к молодым специалистам"),
        dict(n="28.", cid="teachers_other_mentees", exp=2, val=("num", 2),
             text="Педагоги (не молодые специалисты), у которых есть наставник",
             comment="вновь принятые педагоги со стажем"),
        dict(blank=True),
        dict(n="29.", non=True, text="Наличие раздела «Наставничество» на официальном сайте лицея",
             val=("str", "Да"), link="см. сайт ОО"),
        dict(n="30.", non=True, text="Количество мероприятий, проведённых совместно с организациями-партнёрами",
             val=("num", 5)),
    ],
}

# ============================================================ FILE 3
# Penza. Layout like a school's internal report: № | Направление | Критерий |
# Ед. изм. | Значение | Источник; org and year only inside the title sentence;
# same-sheet ratio formulas, SUM, HYPERLINK «Приказ», literal DV «Да,Нет»,
# hidden rows with 2023 values, hidden notes column, comments, freeze+filter.
ORG3 = "МБОУ «Гимназия № 6» г. Пензы"
SITE3 = "https://gimn6penza.gosuslugi.ru"
D_NORM = "Нормативное обеспечение"
D_ORG = "Организация процесса реализации ЦМН"
D_PP = "Персонализированные программы"
D_EXT = "Включенность организаций"
D_PED = "Включенность педагогов в роли наставляемого"
D_PROF = "Профессиональное развитие педагогов"
D_STIM = "Стимулирование наставничества"


def sheets3(wb, F):
    s = wb.add_worksheet("Справочник")
    s.set_column("A:A", 8)
    s.set_column("B:B", 80)
    s.write_row("A1", ["Код", "Наименование критерия (для выпадающего списка)"], F["hdr"])
    items = ["Положение о наставничестве педагогов", "Положение о наставничестве обучающихся",
             "Приказ о мониторинге", "Кураторы ЦМН", "Наставники по приказу", "Наставляемые по приказу",
             "Персонализированные программы (всего)", "Молодые специалисты", "КПК по наставничеству",
             "Локальные акты о стимулировании наставников"]
    for i, it in enumerate(items):
        s.write_string(1 + i, 0, f"К{i + 1:02d}")
        s.write_string(1 + i, 1, it)
    s.write_string("D1", "Единицы", F["hdr"])
    s.write_column("D2", ["да/нет", "чел.", "шт.", "%"])


def hl3(p, disp="Приказ"):
    return ("hl", SITE3 + "/sveden/document/nastavnichestvo/" + p, disp)


spec3 = {
    "sheet": "Мониторинг ЦМН",
    "title_cells": [
        ("A1", "Информация о реализации целевой модели наставничества в " + ORG3 + " за 2024 год",
         "A1:F1", "title"),
        ("A2", "Заполняет куратор ЦМН; значения — на 01.11.2024", "A2:F2", "note"),
    ],
    "header_row": 3,
    "headers": {"A": "№", "B": "Направление", "C": "Критерий", "D": "Ед. изм.", "E": "Значение",
                "F": "Источник информации", "G": "Комментарий"},
    "cols": {"num": "A", "text": "C", "val": "E", "link": "F", "note": "G"},
    "widths": {"A": 5, "B": 22, "C": 62, "D": 8, "E": 11, "F": 28},
    "hidden_cols": ["G"],
    "validation_source": ["Да", "Нет"],
    "freeze": True, "autofilter": True,
    "extra_sheets": sheets3,
    "rows": [
        dict(n=1, cid="orgs_regulation_teachers", exp=1, val=("yn", "Да"), extra={"B": D_NORM, "D": "да/нет"},
             text="Приказом утверждено положение о системе наставничества для педагогов гимназии",
             link=hl3("prikaz_45_ped.pdf")),
        dict(n=2, cid="orgs_regulation_students", exp=1, val=("yn", "Да"), extra={"B": D_NORM, "D": "да/нет"},
             text="Приказом утверждено положение о системе наставничества для гимназистов",
             link=hl3("prikaz_46_obuch.pdf")),
        dict(n=3, cid="orgs_monitoring_order", exp=0, val=("yn", "Нет"), extra={"B": D_NORM, "D": "да/нет"},
             text="Наличие распорядительного документа гимназии о мониторинге реализации ЦМН",
             comment="мониторинг проводится по плану ВШК, отдельный приказ не издавался"),
        dict(n=4, cid="internal_monitoring_notes", exp=1, val=("yn", "Да"), extra={"B": D_ORG, "D": "да/нет"},
             text="Подготовлена информационная справка по результатам внутреннего мониторинга наставничества",
             link=hl3("spravka_monitoring_2024.pdf", "Справка")),
        dict(n=5, cid="curators_total", exp=1, val=("num", 1), extra={"B": D_ORG, "D": "чел."},
             text="Назначено кураторов внедрения ЦМН", link=hl3("prikaz_47_kurator.pdf")),
        dict(n=6, cid="agreements_edu_orgs", exp=1, val=("num", 1), extra={"B": D_ORG, "D": "шт."},
             text="Договоры о сотрудничестве с образовательными учреждениями, чьи работники выступают наставниками",
             link=hl3("dogovor_pgu.pdf", "Договор")),
        dict(n=7, cid="agreements_other_orgs", exp=1, val=("num", 1), extra={"B": D_ORG, "D": "шт."},
             text="Договоры о сотрудничестве с иными организациями (любой формы собственности), предоставившими наставников",
             link=hl3("dogovor_mc.pdf", "Договор")),
        dict(n=8, cid="partner_list",
             exp="ФГБОУ ВО «Пензенский государственный университет», МБУ «Молодёжный центр г. Пензы»",
             val=("str", "ФГБОУ ВО «Пензенский государственный университет», МБУ «Молодёжный центр г. Пензы»"),
             extra={"B": D_ORG, "D": "список"},
             text="Предприятия и организации, с которыми гимназия сотрудничает в сфере наставничества",
             link="см. сайт ОО"),
        dict(key="mentors", n=9, cid="mentors_total", exp=63, val=("num", 63), extra={"B": D_ORG, "D": "чел."},
             text="Численность наставников гимназии согласно приказу", link=hl3("prikaz_52_pary.pdf")),
        dict(key="mentees", n=10, cid="mentees_total", exp=88, val=("num", 88), extra={"B": D_ORG, "D": "чел."},
             text="Численность наставляемых гимназии согласно приказу", link=hl3("prikaz_52_pary.pdf")),
        dict(hidden=True, cid="mentors_total", val=("num", 55), extra={"D": "чел."},
             text="Численность наставников гимназии согласно приказу (2023 год)", note="данные прошлого года"),
        dict(hidden=True, cid="mentees_total", val=("num", 70), extra={"D": "чел."},
             text="Численность наставляемых гимназии согласно приказу (2023 год)", note="данные прошлого года"),
        dict(key="pp", n=11, cid="pp_total", exp=40, val=("f", "=SUM({pp1}:{pp5})", 40),
             extra={"B": D_PP, "D": "шт."},
             text="Всего персонализированных программ наставничества (сумма по формам)",
             link=hl3("pp_2024.zip", "Программы")),
        dict(key="pp1", n=12, cid="pp_pupil_pupil", exp=14, val=("num", 14), extra={"B": D_PP, "D": "шт."},
             text="из них программ «ученик – ученик»"),
        dict(key="pp2", n=13, cid="pp_teacher_teacher", exp=9, val=("num", 9), extra={"B": D_PP, "D": "шт."},
             text="из них программ «учитель – учитель»"),
        dict(key="pp3", n=14, cid="pp_head_teacher", exp=2, val=("num", 2), extra={"B": D_PP, "D": "шт."},
             text="из них программ «руководитель – педагог»"),
        dict(key="pp4", n=15, cid="pp_teacher_pupil", exp=12, val=("num", 12), extra={"B": D_PP, "D": "шт."},
             text="из них программ «учитель – ученик»"),
        dict(key="pp5", n=16, cid="pp_other", exp=3, val=("num", 3), extra={"B": D_PP, "D": "шт."},
             text="из них программ в других формах (формы — в комментарии)",
             comment="«родитель – ученик» — 2; «выпускник – ученик» — 1",
             note="родитель – ученик (2), выпускник – ученик (1)"),
        dict(n=17, cid="other_org_mentors", exp=3, val=("num", 3), extra={"B": D_EXT, "D": "чел."},
             text="Наставники — представители сторонних (не образовательных) организаций",
             link=hl3("prikaz_52_pary.pdf")),
        dict(key="ys", n=18, cid="young_specialists", exp=6, val=("num", 6), extra={"B": D_PED, "D": "чел."},
             text="Молодые специалисты гимназии (до 35 лет, первые 3 года в профессии)"),
        dict(key="ysm", n=19, cid="young_specialists_mentees", exp=6, val=("num", 6), extra={"B": D_PED, "D": "чел."},
             text="Молодые специалисты, включённые в программы наставничества как наставляемые",
             link=hl3("prikaz_52_pary.pdf")),
        dict(key="to", n=20, cid="teachers_other", exp=74, val=("num", 74), extra={"B": D_PED, "D": "чел."},
             text="Педагогический состав без молодых специалистов"),
        dict(key="tom", n=21, cid="teachers_other_mentees", exp=4, val=("num", 4), extra={"B": D_PED, "D": "чел."},
             text="Педагоги со стажем (не молодые специалисты), закреплённые за наставником",
             link=hl3("prikaz_52_pary.pdf")),
        dict(n=22, cid="share_teachers_mentees", exp=12.5, val=("f", "=({ysm}+{tom})/({ys}+{to})", 0.125, "pct1"),
             extra={"B": D_PED, "D": "%"},
             text="Доля всех педагогов, участвующих в наставничестве в роли наставляемого"),
        dict(n=23, cid="share_young_specialists_mentees", exp=100, val=("f", "={ysm}/{ys}", 1.0, "pct0"),
             extra={"B": D_PED, "D": "%"},
             text="Доля молодых специалистов, у которых есть наставник"),
        dict(n=24, cid="teachers_in_pp", exp=23, val=("num", 23), extra={"B": D_PROF, "D": "чел."},
             text="Педагоги, задействованные в утверждённых персонализированных программах наставничества",
             link=hl3("pp_2024.zip", "Программы")),
        dict(n=25, cid="kpk_trained", exp=2, val=("num", 2), extra={"B": D_PROF, "D": "чел."},
             text="Количество педагогов, повысивших квалификацию по теме наставничества в 2024 г.",
             link=hl3("udostovereniya_kpk.pdf", "Удостоверения")),
        dict(n=26, cid="kpk_courses",
             exp="«Реализация системы наставничества педагогических работников в образовательной организации», ФГАОУ ВО «Государственный университет просвещения», 36 ч, 2024 г.",
             val=("str", "«Реализация системы наставничества педагогических работников в образовательной организации», ФГАОУ ВО «Государственный университет просвещения», 36 ч, 2024 г."),
             extra={"B": D_PROF, "D": "текст"},
             text="Какие курсы пройдены (название, организация, объём)"),
        dict(n=27, cid="school_methodical_associations", exp=1, val=("num", 1), extra={"B": D_PROF, "D": "шт."},
             text="Методические объединения наставников, действующие в гимназии",
             link=hl3("prikaz_shmo_nastavnikov.pdf")),
        dict(n=28, cid="pay_acts", exp=1, val=("num", 1), extra={"B": D_STIM, "D": "шт."},
             text="Локальные нормативные акты, регулирующие оплату за наставничество",
             link=hl3("polozhenie_oplata.pdf", "Положение об оплате труда")),
        dict(n=29, non=True, extra={"B": "Информационное сопровождение", "D": "шт."},
             text="Количество публикаций о наставничестве на сайте и в госпаблике гимназии", val=("num", 14),
             link="см. сайт ОО"),
        dict(n=30, non=True, extra={"B": "Информационное сопровождение", "D": "да/нет"},
             text="Участие педагогов гимназии в региональном конкурсе «Лучшие практики наставничества»",
             val=("yn", "Да"), link=hl3("gramota_konkurs.pdf", "Диплом")),
    ],
}

# ============================================================ FILE 4
# Tver region, Rzhev, institution of additional education (ДОП). Will be
# re-saved by LibreOffice. Cross-sheet formulas to a hidden «Данные» sheet,
# thin no-break space in «1 200», text percentages with comma, a value cell
# and wording both merged over 2 rows, one hidden row holding two 2023 values,
# «Итого по разделу», mixed link styles, literal DV, comments, freeze+filter.
ORG4 = "МБУ ДО «Дом детского творчества» г. Ржева"
SITE4 = "https://ddt-rzhev.tverschool.ru"


def sheets4(wb, F):
    s = wb.add_worksheet("Справочник")
    s.set_column("A:A", 70)
    s.write_string("A1", "Критерии (выпадающий список для столбца B)", F["bold"])
    s.write_column("A2", [
        "Положение о наставничестве педагогических работников",
        "Положение о наставничестве обучающихся",
        "Кураторы ЦМН",
        "Наставники (по приказу)",
        "Наставляемые (по приказу)",
        "Обучающиеся 10–19 лет – наставляемые",
        "Обучающиеся 15–19 лет – наставники",
        "Удовлетворённость участием в программах",
    ])
    s.write_string("C1", "Да/Нет", F["bold"])
    s.write_column("C2", ["Да", "Нет"])
    d = wb.add_worksheet("Данные")
    d.write_string("A1", "Служебный лист: выгрузка из АИС «Навигатор»", F["bold"])
    d.write_row("A2", ["Показатель выгрузки", "Число"], F["hdr"])
    d.write_row("A3", ["Наставники по приказу № 64-од", 26])
    d.write_row("A4", ["Наставляемые по приказу № 64-од", 58])
    d.write_row("A5", ["Обучающиеся 15–19 лет (по Навигатору)", 300])
    d.set_column("A:A", 44)
    d.hide()


spec4 = {
    "sheet": "ЦМН 2024",
    "title_cells": [
        ("A1", "Отчётная форма «Мониторинг целевой модели наставничества»", "A1:C1", "title"),
        ("D1", "Год: 2024", None, "bold"),
        ("A2", "Наименование ОО", None, "bold"),
        ("B2", ORG4, "B2:D2", "bold"),
        ("A3", "Ответственный: Смирнова Е.В., методист, тел. 8 (48232) 2-17-45", "A3:D3", "note"),
    ],
    "header_row": 4,
    "headers": {"A": "№", "B": "Критерий", "C": "Значение", "D": "Ссылка на документ",
                "E": "Комментарий куратора"},
    "cols": {"num": "A", "text": "B", "val": "C", "link": "D", "note": "E"},
    "widths": {"A": 5, "B": 68, "C": 14, "D": 34},
    "hidden_cols": ["E"],
    "validation_source": ["Да", "Нет"],
    "freeze": True, "autofilter": True,
    "extra_sheets": sheets4,
    "rows": [
        dict(n=1, cid="orgs_regulation_teachers", exp=1, val=("yn", "Да"),
             text="Локальный акт (положение) о наставничестве педагогов ДДТ утверждён",
             link=("hl", SITE4 + "/docs/prikaz_58_polozhenie_ped.pdf")),
        dict(n=2, cid="orgs_regulation_students", exp=1, val=("yn", "Да"),
             text="Локальный акт (положение) о наставничестве обучающихся ДДТ утверждён",
             link=("hl", SITE4 + "/docs/prikaz_59_polozhenie_obuch.pdf")),
        dict(n=3, cid="orgs_monitoring_order", exp=1, val=("yn", "Да"),
             text="Приказ учреждения о мониторинге внедрения целевой модели наставничества издан",
             link=("url", SITE4 + "/docs/prikaz_61_monitoring.pdf", "Приказ № 61-од от 16.09.2024")),
        dict(n=4, cid="internal_monitoring_notes", exp=1, val=("yn", "Да"),
             text="Имеется справка ДДТ по итогам внутреннего мониторинга ЦМН",
             link=("url", SITE4 + "/docs/spravka_cmn_2024.pdf", "Справка")),
        dict(n=5, cid="curators_total", exp=1, val=("num", 1),
             text="Кураторы ЦМН в учреждении (чел.)", link=("hl", SITE4 + "/docs/prikaz_60_kurator.pdf")),
        dict(n=6, cid="agreements_other_orgs", exp=1, val=("num", 1),
             text="Соглашения с общественными и иными организациями, направившими к нам наставников, шт.",
             link=("hl", SITE4 + "/docs/soglashenie_dp.pdf", "Соглашение")),
        dict(n=7, cid="partner_list", exp="Ржевское местное отделение Движения первых",
             val=("str", "Ржевское местное отделение Движения первых"), span=2, merge_text=True, merge_val=True,
             text="Организации (предприятия), с которыми ДДТ взаимодействует по вопросам наставничества — наименования",
             link="см. сайт ОО"),
        dict(key="mentors", n=8, cid="mentors_total", exp=26, val=("f", "=Данные!B3", 26),
             text="Численность наставников по приказу", link=("hl", SITE4 + "/docs/prikaz_64_pary.pdf")),
        dict(key="mentees", n=9, cid="mentees_total", exp=58, val=("f", "=Данные!B4", 58),
             text="Численность наставляемых по приказу", link=("hl", SITE4 + "/docs/prikaz_64_pary.pdf")),
        dict(key="pp", n=10, cid="pp_total", exp=24, val=("f", "=SUM({pp1}:{pp3})", 24),
             text="Число персонализированных программ наставничества (все формы)",
             link=("url", SITE4 + "/nastavnichestvo/programmy", "Программы на сайте")),
        dict(key="pp1", n=11, cid="pp_pupil_pupil", exp=10, val=("num", 10),
             text="Персонализированные программы «ученик – ученик»"),
        dict(key="pp2", n=12, cid="pp_teacher_teacher", exp=5, val=("num", 5),
             text="Персонализированные программы «педагог – педагог»"),
        dict(key="pp3", n=13, cid="pp_teacher_pupil", exp=9, val=("num", 9),
             text="Персонализированные программы «педагог – учащийся»"),
        dict(n=14, cid="other_org_mentors", exp=2, val=("num", 2),
             text="Наставники из сторонних организаций (не ОО и не предприятия)",
             comment="волонтёры Движения первых"),
        dict(key="s1019", n=15, cid="students_10_19", exp=1200, val=("str", "1" + NNBSP + "200"),
             text="Всего обучающихся в возрасте от 10 до 19 лет (по Навигатору)", link="АИС «Навигатор»"),
        dict(key="m1019", n=16, cid="mentees_10_19", exp=48, val=("num", 48),
             text="Учащиеся 10–19 лет, ставшие наставляемыми",
             link=("hl", SITE4 + "/docs/prikaz_64_pary.pdf")),
        dict(n=17, cid="share_mentees_10_19", exp=4, val=("f", "={m1019}/1200", 0.04, "pct1"),
             text="Охват обучающихся 10–19 лет наставничеством в роли наставляемых, %",
             comment="знаменатель введён вручную, т.к. в C ячейке текст"),
        dict(key="gif", n=18, cid="mentees_gifted", exp=7, val=("num", 7),
             text="Наставляемые из числа одарённых детей, внесённых в реестр",
             link=("hl", SITE4 + "/docs/reestr_odarennyh.pdf", "Реестр")),
        dict(key="dis", n=19, cid="mentees_disabled", exp=3, val=("num", 3),
             text="Наставляемые 10–19 лет — дети с ОВЗ, дети-инвалиды"),
        dict(non=True, text="Итого по разделу", boldtext=True, val=("f", "=SUM({gif}:{dis})", 10)),
        dict(n=20, cid="students_15_19", exp=300, val=("f", "=Данные!B5", 300),
             text="Обучающиеся 15–19 лет — всего в учреждении"),
        dict(n=21, cid="mentors_15_19", exp=15, val=("num", 15),
             text="Обучающиеся 15–19 лет в роли наставников (приказ)",
             link=("hl", SITE4 + "/docs/prikaz_64_pary.pdf")),
        dict(n=22, cid="share_mentors_15_19", exp=5, val=("str", "5,0%"),
             text="Доля обучающихся 15–19 лет — наставников"),
        dict(n=23, cid="satisfaction_mentees", exp=89.5, val=("str", "89,5 %"),
             text="Удовлетворённость наставляемых по итогам завершённых программ",
             comment="анкетирование 12.2024, 41 анкета"),
        dict(n=24, cid="satisfaction_mentors", exp=90, val=("num", 0.9, "pct0"),
             text="Удовлетворённость наставников по итогам завершённых программ"),
        dict(hidden=True, cid="satisfaction_mentees", val=("str", "88 / 90"),
             text="Удовлетворённость наставляемых / наставников — 2023 г.", note="прошлогодние значения"),
        dict(n=25, cid="teachers_mentors", exp=9, val=("num", 9),
             text="Педагоги дополнительного образования — наставники",
             link=("hl", SITE4 + "/docs/prikaz_64_pary.pdf")),
        dict(n=26, cid="share_teachers_mentors", exp=21.4, val=("str", "21,4 %"),
             text="Доля педагогов, выполняющих функции наставника, от численности педагогов ДДТ",
             comment="9 из 42 педагогов"),
        dict(n=27, cid="nonmaterial_acts", exp=1, val=("num", 1),
             text="Локальные акты о моральном (нематериальном) поощрении наставников, шт.",
             link=("url", SITE4 + "/docs/polozhenie_pooshchrenie.pdf", "Положение о поощрении")),
        dict(n=28, non=True, text="Количество творческих объединений, в которых реализуются программы наставничества",
             val=("num", 12)),
        dict(n=29, non=True, text="Проведено методических мероприятий для наставников (семинары, мастер-классы)",
             val=("str", "4 мероприятия"), link="см. сайт ОО"),
    ],
}


# ---------------------------------------------------------------- main
def libre_resave(path):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    os.makedirs(TYPED, exist_ok=True)
    jobs = [
        ("vologda_cherepovets_sosh14.xlsx", spec1, ORG1, False),
        ("kirov_licej21.xlsx", spec2, ORG2, False),
        ("penza_gimnaziya6.xlsx", spec3, ORG3, False),
        ("tver_rzhev_ddt.xlsx", spec4, ORG4, True),
    ]
    expected, cellmap = [], {}
    for fname, spec, org, lo in jobs:
        exp, cells, notc = build(fname, spec)
        if lo:
            libre_resave(os.path.join(TYPED, fname))
        assert 22 <= len(exp) <= 28, (fname, len(exp))
        assert 2 <= len(notc) <= 3, (fname, notc)
        key = "typed/" + fname
        expected.append({"file": key, "year": 2024, "organisation": org,
                         "values": exp, "not_criteria": notc})
        cellmap[key] = cells
        print(f"{key}: {len(exp)} criteria, {len(notc)} non-criterion rows"
              + (" (re-saved by LibreOffice)" if lo else ""))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cellmap, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
