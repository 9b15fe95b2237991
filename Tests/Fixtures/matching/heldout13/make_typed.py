#!/usr/bin/env python3
"""Held-out set 16: four hand-typed 2024 organisation forms with unusual column layouts.

Writes typed/*.xlsx, expected.json and cells.json (cell addresses for selfcheck.py).
Organisations are invented (Kirov, Vologda, Orenburg regions, Perm krai).
"""
import csv
import json
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

expected = []   # entries for expected.json
cells = {}      # file -> {"values": {cid: "A5"}, "not_criteria": {text: "B7"}, "sheet": name}

# --------------------------------------------------------------------------------------
# File 1: value column LEFT of the criterion, numbering on the far right (xlsxwriter)
#   A: Значение | B: Показатель | C: Ссылка | D: № п/п
# --------------------------------------------------------------------------------------
F1 = "typed/licey3_kirovo_chepetsk_2024.xlsx"
ORG1 = "МАОУ «Лицей № 3»"
L1 = "https://licej3kirovo-chepeck-r43.gosweb.gosuslugi.ru/ofitsialno/dokumenty/"
PCT = "pct"  # marker: write as fraction with % format
rows1 = [
    # (cid or None, text, typed value, expected value, link)
    ("orgs_regulation_teachers", "Утверждено ли приказом положение о наставничестве педагогических работников лицея", "Да", 1, L1 + "dokumenty-all_412.html"),
    ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом директора", "да", 1, L1 + "dokumenty-all_413.html"),
    ("orgs_monitoring_order", "Приказ о проведении мониторинга внедрения ЦМН в лицее", "Да", 1, L1 + "dokumenty-all_415.html"),
    ("curators_total", "Число кураторов, отвечающих за внедрение целевой модели наставничества в лицее", 2, 2, L1 + "dokumenty-all_415.html"),
    ("mentors_total", "Наставники лицея, закреплённые приказом (всего человек)", "41 чел.", 41, L1 + "dokumenty-all_418.html"),
    ("mentees_total", "Наставляемые лицея, закреплённые приказом (всего человек)", "96 чел.", 96, L1 + "dokumenty-all_418.html"),
    (None, "Наличие дорожной карты внедрения ЦМН в лицее на 2024 год", "Да", None, L1 + "dokumenty-all_414.html"),
    ("internal_monitoring_notes", "Подготовлена справка по результатам внутреннего мониторинга наставничества", "Да", 1, L1 + "dokumenty-all_420.html"),
    ("agreements_edu_orgs", "Соглашения со сторонними образовательными организациями, направившими своих работников наставниками (кол-во)", 1, 1, "https://disk.yandex.ru/i/Kc3vQ8rTz1mLpA"),
    ("agreements_enterprises", "Соглашения с предприятиями, чьи работники выступают наставниками, шт.", 1, 1, "https://disk.yandex.ru/i/Hq7xW2nBv5sJkE"),
    ("partner_list", "Партнёры лицея по наставничеству (предприятия, организации) — перечень",
     "ФГБОУ ВО «Вятский государственный университет»; АО «Завод минеральных удобрений Кирово-Чепецкого химического комбината»",
     "ФГБОУ ВО «Вятский государственный университет»; АО «Завод минеральных удобрений Кирово-Чепецкого химического комбината»",
     "https://disk.yandex.ru/i/Hq7xW2nBv5sJkE"),
    ("pp_total", "Персонализированные программы наставничества — итого по всем формам", 32, 32, L1 + "dokumenty-all_421.html"),
    ("pp_pupil_pupil", "ПП наставничества в форме «ученик – ученик»", 20, 20, L1 + "dokumenty-all_421.html"),
    ("pp_teacher_teacher", "ПП наставничества в форме «педагог – педагог»", 12, 12, L1 + "dokumenty-all_421.html"),
    ("enterprise_mentors", "Наставники — работники предприятий-партнёров", 2, 2, L1 + "dokumenty-all_418.html"),
    ("students_10_19", "Численность обучающихся лицея в возрасте 10–19 лет", 612, 612, ""),
    ("mentees_10_19", "Обучающиеся 10–19 лет, участвующие в программах наставничества как наставляемые", 74, 74, L1 + "dokumenty-all_418.html"),
    ("share_mentees_10_19", "Удельный вес наставляемых среди обучающихся 10–19 лет", (PCT, 0.121, "0.0%"), 12.1, ""),
    ("mentees_gifted", "Одарённые дети (внесённые в реестры) в роли наставляемых", 11, 11, L1 + "dokumenty-all_418.html"),
    ("students_15_19", "Обучающиеся в возрасте 15–19 лет, всего по лицею", 198, 198, ""),
    ("mentors_15_19", "Обучающиеся 15–19 лет, назначенные наставниками приказом", 22, 22, L1 + "dokumenty-all_418.html"),
    (None, "Количество встреч наставнических пар за первое полугодие", 148, None, ""),
    ("satisfaction_mentees", "Удовлетворённость наставляемых по итогам завершённых программ, %", (PCT, 0.91, "0%"), 91, L1 + "dokumenty-all_420.html"),
    ("satisfaction_mentors", "Удовлетворённость наставников по итогам завершённых программ, %", (PCT, 0.88, "0%"), 88, L1 + "dokumenty-all_420.html"),
    ("young_specialists", "Молодые педагоги лицея (моложе 35 лет, стаж до трёх лет)", 7, 7, ""),
    ("young_specialists_mentees", "Молодые педагоги, за которыми закреплён наставник (в качестве наставляемых)", 7, 7, L1 + "dokumenty-all_418.html"),
    ("kpk_trained", "Прошли КПК по тематике наставничества в 2024 году, чел.", 2, 2, "https://disk.yandex.ru/d/Rt5nLw0pXe8aQz"),
    ("kpk_courses", "Какие курсы пройдены (название, организация, объём)",
     "«Наставничество в образовательной организации: организационные основы», КОГОАУ ДПО «ИРО Кировской области», 36 ч., 2024",
     "«Наставничество в образовательной организации: организационные основы», КОГОАУ ДПО «ИРО Кировской области», 36 ч., 2024",
     "https://disk.yandex.ru/d/Rt5nLw0pXe8aQz"),
    (None, "Информация о наставничестве размещена на сайте лицея", "Да", None, "https://licej3kirovo-chepeck-r43.gosweb.gosuslugi.ru/nastavnichestvo/"),
]


def make_file1():
    path = os.path.join(HERE, F1)
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Мониторинг ЦМН")
    bold = wb.add_format({"bold": True, "font_name": "Times New Roman", "font_size": 12})
    head = wb.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center",
                          "valign": "vcenter", "bg_color": "#D9E1F2", "font_name": "Times New Roman"})
    txt = wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "font_name": "Times New Roman"})
    val = wb.add_format({"border": 1, "align": "center", "valign": "top", "font_name": "Times New Roman"})
    ws.set_column("A:A", 16)
    ws.set_column("B:B", 70)
    ws.set_column("C:C", 48)
    ws.set_column("D:D", 7)
    ws.write("A1", "Мониторинг реализации целевой модели наставничества за 2024 год (г. Кирово-Чепецк, Кировская область)", bold)
    ws.write("A2", "Образовательная организация:", bold)
    ws.write("B2", ORG1, bold)
    hdr = ["Значение", "Показатель", "Ссылка на подтверждающий документ", "№ п/п"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, head)
    m = {"values": {}, "not_criteria": {}, "sheet": "Мониторинг ЦМН"}
    values, notc = {}, []
    r = 4
    for i, (cid, text, typed, exp, link) in enumerate(rows1, 1):
        if isinstance(typed, tuple) and typed[0] == PCT:
            ws.write_number(r, 0, typed[1], wb.add_format({"border": 1, "align": "center", "valign": "top",
                                                           "num_format": typed[2], "font_name": "Times New Roman"}))
        elif isinstance(typed, (int, float)):
            ws.write_number(r, 0, typed, val)
        else:
            ws.write_string(r, 0, typed, txt if len(typed) > 20 else val)
        ws.write_string(r, 1, text, txt)
        if link:
            ws.write_string(r, 2, link, txt)
        else:
            ws.write_blank(r, 2, None, txt)
        ws.write_number(r, 3, i, val)
        addr = f"A{r + 1}"
        if cid:
            values[cid] = exp
            m["values"][cid] = addr
        else:
            notc.append(text)
            m["not_criteria"][text] = f"B{r + 1}"
        r += 1
    ws.write(r + 1, 1, "Куратор ЦМН: Шабалина Т.В., заместитель директора по УВР")
    wb.close()
    expected.append({"file": F1, "year": 2024, "organisation": ORG1, "values": values, "not_criteria": notc})
    cells[F1] = m


# --------------------------------------------------------------------------------------
# File 2: table starts in column D, two-row header (merged «Сведения о …» + labels),
#   link column between criterion and value (openpyxl)
#   D: № | E: Наименование показателя | F: Ссылка | G: Значение
# --------------------------------------------------------------------------------------
F2 = "typed/gimnaziya5_cherepovets_2024.xlsx"
ORG2 = "МБОУ «Гимназия № 5»"
L2 = "https://gimnaziya5cherepovec-r35.gosweb.gosuslugi.ru/netcat_files/30/69/"
rows2 = [
    ("orgs_regulation_teachers", "Приказ об утверждении положения о системе наставничества педработников гимназии", L2 + "Prikaz_polozhenie_ped.pdf", "имеется", 1),
    ("orgs_monitoring_order", "Распорядительный акт о мониторинге реализации ЦМН в гимназии", L2 + "Prikaz_monitoring_2024.pdf", "имеется", 1),
    ("curators_total", "Кураторы ЦМН в гимназии (количество)", L2 + "Prikaz_kurator.pdf", 1, 1),
    ("agreements_other_orgs", "Договоры о сотрудничестве с некоммерческими и прочими организациями, выделяющими наставников", L2 + "Dogovor_ANO_Startap.pdf", 2, 2),
    ("agreement_subjects", "О чём заключены соглашения (предмет)", L2 + "Dogovor_ANO_Startap.pdf",
     "совместная реализация программ наставничества «ученик – ученик» и профориентационных проектов для 8–11 классов",
     "совместная реализация программ наставничества «ученик – ученик» и профориентационных проектов для 8–11 классов"),
    ("mentors_total", "Всего наставников в базе гимназии (по приказу)", L2 + "Baza_nastavnikov_2024.pdf", 53, 53),
    ("mentees_total", "Всего наставляемых в базе гимназии (по приказу)", L2 + "Baza_nastavlyaemyh_2024.pdf", 118, 118),
    (None, "Количество проведённых заседаний ШМО наставников", L2 + "Plan_ShMO.pdf", 4, None),
    ("pp_total", "Утверждённые персонализированные программы наставничества (все формы вместе)", L2 + "PP_2024.pdf", 31, 31),
    ("pp_head_teacher", "ПП по форме «руководитель – педагог»", L2 + "PP_2024.pdf", 2, 2),
    ("pp_student_pupil", "ПП по форме «студент – ученик»", L2 + "PP_2024.pdf", 3, 3),
    ("pp_other", "ПП по прочим формам (какие — указать)", L2 + "PP_2024.pdf", "1 («выпускник – ученик»)", 1),
    ("other_org_mentors", "Наставники из числа работников иных организаций", L2 + "Baza_nastavnikov_2024.pdf", 4, 4),
    ("mentees_risk", "Подростки 10–19 лет из «группы риска», вовлечённые в наставничество как наставляемые", L2 + "Baza_nastavlyaemyh_2024.pdf", 9, 9),
    ("mentees_disabled", "Наставляемые 10–19 лет с ОВЗ и с инвалидностью", L2 + "Baza_nastavlyaemyh_2024.pdf", 5, 5),
    ("mentees_low_motivation", "Наставляемые 10–19 лет с низкой учебной мотивацией и неуспевающие", L2 + "Baza_nastavlyaemyh_2024.pdf", 17, 17),
    ("mentees_career", "Наставляемые 10–19 лет, которым трудно определиться с профессией и образовательным маршрутом", L2 + "Baza_nastavlyaemyh_2024.pdf", 24, 24),
    ("students_15_19", "Контингент обучающихся 15–19 лет", "", 264, 264),
    ("mentors_15_19", "Наставники из числа обучающихся 15–19 лет (приказ)", L2 + "Baza_nastavnikov_2024.pdf", 31, 31),
    ("share_mentors_15_19", "Доля обучающихся 15–19 лет, выступающих наставниками, %", "", 11.7, 11.7),
    ("young_specialists", "Молодые специалисты гимназии (до 35 лет, стаж не более трёх лет)", "", 9, 9),
    ("young_specialists_mentees", "Молодые специалисты — наставляемые в программах наставничества", L2 + "Baza_nastavlyaemyh_2024.pdf", 8, 8),
    ("share_young_specialists_mentees", "Охват молодых специалистов наставничеством в качестве наставляемых, %", "", 88.9, 88.9),
    ("teachers_other", "Педагогический коллектив без учёта молодых специалистов, чел.", "", 58, 58),
    ("teachers_other_mentees", "Педагоги (кроме молодых специалистов), закреплённые за наставником", L2 + "Baza_nastavlyaemyh_2024.pdf", 6, 6),
    ("share_teachers_mentees", "Доля наставляемых педагогов от всего педколлектива, %", "", 20.9, 20.9),
    ("school_methodical_associations", "Методические объединения наставников, действующие в гимназии", L2 + "Prikaz_ShMO.pdf", 1, 1),
    ("nonmaterial_acts", "Локальные акты о моральном (нематериальном) стимулировании наставников", L2 + "Polozhenie_nematerialnoe.pdf", 1, 1),
    (None, "Число родителей, принявших участие в мероприятиях по наставничеству", "", 35, None),
    (None, "Наличие утверждённой дорожной карты ЦМН", L2 + "Dorozhnaya_karta.pdf", "имеется", None),
]


def make_file2():
    path = os.path.join(HERE, F2)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    thin = Side(style="thin")
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCDEFG", (3, 3, 3, 6, 62, 55, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("D1:G1")
    ws["D1"] = f"Сведения о реализации целевой модели наставничества в {ORG2} г. Череповца Вологодской области за 2024 год"
    ws["D1"].font = Font(bold=True, size=12)
    ws["D1"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[1].height = 32
    for col, h in zip("DEFG", ("№ п/п", "Наименование показателя", "Ссылка на документ", "Значение показателя")):
        c = ws[f"{col}2"]
        c.value = h
        c.font = Font(bold=True)
        c.border = brd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    m = {"values": {}, "not_criteria": {}, "sheet": "Лист1"}
    values, notc = {}, []
    r = 3
    for i, (cid, text, link, typed, exp) in enumerate(rows2, 1):
        ws[f"D{r}"] = f"{i}."
        ws[f"E{r}"] = text
        ws[f"F{r}"] = link or None
        ws[f"G{r}"] = typed
        if isinstance(typed, float):
            ws[f"G{r}"].number_format = "0.0"
        for col in "DEFG":
            ws[f"{col}{r}"].border = brd
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        if cid:
            values[cid] = exp
            m["values"][cid] = f"G{r}"
        else:
            notc.append(text)
            m["not_criteria"][text] = f"E{r}"
        r += 1
    ws[f"E{r + 1}"] = "Директор гимназии ____________ О.Н. Белозерова"
    wb.save(path)
    expected.append({"file": F2, "year": 2024, "organisation": ORG2, "values": values, "not_criteria": notc})
    cells[F2] = m


# --------------------------------------------------------------------------------------
# File 3: typed as CSV (semicolons, all text, decimal commas, да/нет), converted by LibreOffice
#   line 1 «ОО;…», line 2 «Год;2024», line 3 header, data from line 4:
#   A: № | B: Критерий | C: Значение | D: Подтверждающий документ
# --------------------------------------------------------------------------------------
F3 = "typed/pokrovskaya_oosh_2024.xlsx"
ORG3 = "МБОУ «Покровская ООШ»"
L3 = "https://pokrovskaya-oosh-r56.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/nastavnichestvo/"
rows3 = [
    ("orgs_regulation_teachers", "Положение о системе наставничества для педагогов принято (приказ)", "да", 1, L3),
    ("orgs_regulation_students", "Положение о системе наставничества для учащихся принято (приказ)", "да", 1, L3),
    ("orgs_monitoring_order", "Издан приказ о мониторинге ЦМН в школе", "нет", 0, ""),
    ("internal_monitoring_notes", "Информационная справка школы о внутреннем мониторинге наставничества", "да", 1, L3 + "spravka_2024.pdf"),
    ("curators_total", "Кураторов внедрения ЦМН (чел)", "1", 1, L3 + "prikaz_kurator.pdf"),
    ("agreements_edu_orgs", "Соглашений с другими школами/колледжами о выделении наставников", "0", 0, ""),
    ("agreements_enterprises", "Соглашений с предприятиями о выделении наставников", "1", 1, L3 + "soglashenie_spk.pdf"),
    ("partner_list", "Предприятия (организации)-партнёры школы по наставничеству", "СПК колхоз «Покровский»", "СПК колхоз «Покровский»", L3 + "soglashenie_spk.pdf"),
    ("agreement_subjects", "Предмет соглашения с партнёром",
     "наставничество в рамках профориентации обучающихся 8-9 классов (агрокласс)",
     "наставничество в рамках профориентации обучающихся 8-9 классов (агрокласс)", L3 + "soglashenie_spk.pdf"),
    ("mentors_total", "Наставников по приказу в школе", "14", 14, L3 + "prikaz_pary.pdf"),
    ("mentees_total", "Наставляемых по приказу в школе", "27", 27, L3 + "prikaz_pary.pdf"),
    ("enterprise_mentors", "Наставников - работников предприятий", "2", 2, L3 + "prikaz_pary.pdf"),
    ("pp_total", "Персонализированных программ наставничества всего", "9", 9, L3 + "pp.pdf"),
    ("pp_pupil_pupil", "из них ПП ученик-ученик", "5", 5, L3 + "pp.pdf"),
    ("pp_teacher_teacher", "из них ПП учитель-учитель", "2", 2, L3 + "pp.pdf"),
    ("pp_teacher_pupil", "из них ПП учитель-ученик", "2", 2, L3 + "pp.pdf"),
    ("pp_student_student", "из них ПП студент-студент", "0", 0, ""),
    (None, "Общая численность обучающихся школы", "112", None, ""),
    ("students_10_19", "Учащихся от 10 до 19 лет (всего)", "87", 87, ""),
    ("mentees_10_19", "Учащихся от 10 до 19 лет в роли наставляемых", "21", 21, L3 + "prikaz_pary.pdf"),
    ("share_mentees_10_19", "Доля учащихся 10-19 лет в роли наставляемых", "24,1", 24.1, ""),
    ("mentees_risk", "Учащихся 10-19 лет «группы риска» в роли наставляемых", "3", 3, L3 + "prikaz_pary.pdf"),
    ("satisfaction_mentees", "Удовлетворенность наставляемых (завершенные программы)", "92,5", 92.5, L3 + "anketa_itogi.pdf"),
    ("satisfaction_mentors", "Удовлетворенность наставников (завершенные программы)", "90,0", 90, L3 + "anketa_itogi.pdf"),
    ("young_specialists", "Молодых специалистов в школе (до 35 лет, до 3 лет стажа)", "1", 1, ""),
    ("young_specialists_mentees", "Молодых специалистов в роли наставляемых", "1", 1, L3 + "prikaz_pary.pdf"),
    ("teachers_other", "Педагогов в школе кроме молодых специалистов", "15", 15, ""),
    ("teachers_mentors", "Педагогов в роли наставника", "6", 6, L3 + "prikaz_pary.pdf"),
    ("share_teachers_mentors", "Доля педагогов в роли наставника", "37,5", 37.5, ""),
    (None, "Количество мероприятий с участием наставников от предприятий", "3", None, ""),
    (None, "Страница «Наставничество» на сайте школы", "да", None, L3),
]


def make_file3():
    tmp = tempfile.mkdtemp(prefix="ho16_")
    csv_path = os.path.join(tmp, "pokrovskaya_oosh_2024.csv")
    lines = [["ОО", ORG3], ["Год", "2024"], ["№", "Критерий", "Значение", "Подтверждающий документ"]]
    m = {"values": {}, "not_criteria": {}, "sheet": None}
    values, notc = {}, []
    for i, (cid, text, typed, exp, link) in enumerate(rows3, 1):
        lines.append([str(i), text, typed, link])
        r = len(lines)
        if cid:
            values[cid] = exp
            m["values"][cid] = f"C{r}"
        else:
            notc.append(text)
            m["not_criteria"][text] = f"B{r}"
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)
    # the school's secretary opens the CSV in LibreOffice (Russian locale) and saves as XLSX
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"),
                    "--infilter=CSV:59,34,76,1,,1049", "--convert-to", "xlsx", "--outdir", tmp, csv_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "pokrovskaya_oosh_2024.xlsx"), os.path.join(HERE, F3))
    os.makedirs(os.path.join(HERE, "sources"), exist_ok=True)
    shutil.copy(csv_path, os.path.join(HERE, "sources", "pokrovskaya_oosh_2024.csv"))
    shutil.rmtree(tmp)
    expected.append({"file": F3, "year": 2024, "organisation": ORG3, "values": values, "not_criteria": notc})
    cells[F3] = m


# --------------------------------------------------------------------------------------
# File 4: value column headed by the short name «СОШ № 7», units column, «Комментарий» with numbers
#   A: № | B: Показатель | C: Ед. изм. | D: СОШ № 7 | E: Комментарий | F: Ссылка
# --------------------------------------------------------------------------------------
F4 = "typed/sosh7_berezniki_2024.xlsx"
ORG4 = "МБОУ «Средняя общеобразовательная школа № 7»"
L4 = "https://shkola7berezniki-r59.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/"
rows4 = [
    # (cid, text, unit, value, comment, link, expected)
    ("orgs_regulation_teachers", "Положение о наставничестве педагогических работников школы (утверждено приказом)", "да/нет", 1, "", L4 + "dokumenty-all-52_701.html", 1),
    ("orgs_regulation_students", "Положение о наставничестве в отношении обучающихся (утверждено приказом)", "да/нет", 1, "", L4 + "dokumenty-all-52_702.html", 1),
    ("orgs_monitoring_order", "Приказ школы об организации мониторинга реализации ЦМН", "да/нет", 1, "приказ № 214-о от 02.09.2024", L4 + "dokumenty-all-52_705.html", 1),
    ("internal_monitoring_notes", "Справка о результатах внутреннего мониторинга наставничества", "да/нет", 1, "", L4 + "dokumenty-all-52_709.html", 1),
    ("curators_total", "Кураторы внедрения ЦМН", "чел.", 2, "было 1", L4 + "dokumenty-all-52_705.html", 2),
    ("agreements_edu_orgs", "Соглашения с образовательными организациями, которые выделили своих работников-наставников", "шт.", 2, "было 1", "https://disk.yandex.ru/i/b7PqL2sXw9VnTg", 2),
    ("mentors_total", "Наставники (согласно приказу о закреплении)", "чел.", 64, "было 58", L4 + "dokumenty-all-52_706.html", 64),
    ("mentees_total", "Наставляемые (согласно приказу о закреплении)", "чел.", 171, "было 139", L4 + "dokumenty-all-52_706.html", 171),
    ("external_edu_mentors", "Приглашённые наставники из других образовательных организаций (по приказу)", "чел.", 5, "БПОУ «Березниковский политехнический техникум» — 5", L4 + "dokumenty-all-52_706.html", 5),
    ("pp_total", "Персонализированные программы наставничества (сумма по всем формам)", "ед.", 46, "было 40", L4 + "dokumenty-all-52_707.html", 46),
    ("pp_pupil_pupil", "ПП «ученик – ученик»", "ед.", 25, "", L4 + "dokumenty-all-52_707.html", 25),
    ("pp_teacher_teacher", "ПП «учитель – учитель»", "ед.", 14, "", L4 + "dokumenty-all-52_707.html", 14),
    ("pp_teacher_pupil", "ПП «учитель – ученик»", "ед.", 5, "", L4 + "dokumenty-all-52_707.html", 5),
    ("pp_other", "ПП иных форм", "ед.", 2, "«родитель – ученик», «выпускник – ученик»", L4 + "dokumenty-all-52_707.html", 2),
    ("students_10_19", "Обучающиеся школы 10–19 лет", "чел.", 708, "на 01.09.2024", "", 708),
    ("mentees_10_19", "Обучающиеся 10–19 лет — наставляемые", "чел.", 152, "в 2023 г. — 121", L4 + "dokumenty-all-52_706.html", 152),
    ("share_mentees_10_19", "Доля обучающихся 10–19 лет, вовлечённых в наставничество как наставляемые", "%", 21.5, "152 из 708", "", 21.5),
    ("mentees_disabled", "Наставляемые 10–19 лет с ОВЗ / инвалидностью", "чел.", 6, "было 4", L4 + "dokumenty-all-52_706.html", 6),
    (None, "Количество открытых уроков, проведённых наставляемыми педагогами", "ед.", 9, "", "", None),
    ("students_15_19", "Обучающиеся 15–19 лет, всего", "чел.", 236, "", "", 236),
    ("mentors_15_19", "Обучающиеся 15–19 лет — наставники (по приказу)", "чел.", 39, "было 27", L4 + "dokumenty-all-52_706.html", 39),
    ("share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставников", "%", 16.5, "39 из 236", "", 16.5),
    ("satisfaction_mentees", "Удовлетворённость наставляемых итогами завершённых программ", "%", 93, "опрошено 128 чел.", L4 + "dokumenty-all-52_709.html", 93),
    ("satisfaction_mentors", "Удовлетворённость наставников итогами завершённых программ", "%", 89, "опрошено 47 чел.", L4 + "dokumenty-all-52_709.html", 89),
    ("teachers_mentors", "Педагоги — наставники в программах наставничества", "чел.", 21, "было 12", L4 + "dokumenty-all-52_706.html", 21),
    ("share_teachers_mentors", "Доля педагогов-наставников от численности педагогов школы", "%", 28.8, "21 из 73", "", 28.8),
    ("pay_acts", "Локальные акты, регулирующие оплату наставнической деятельности", "шт.", 1, "", L4 + "dokumenty-all-52_711.html", 1),
    ("nonmaterial_acts", "Локальные акты о нематериальных формах поощрения наставников", "шт.", 2, "было 1", L4 + "dokumenty-all-52_712.html", 2),
    (None, "Наличие раздела «Наставничество» на официальном сайте школы", "да/нет", 1, "", "https://shkola7berezniki-r59.gosweb.gosuslugi.ru/nastavnichestvo/", None),
    (None, "Средний педагогический стаж наставников", "лет", 19, "было 21", "", None),
]


def make_file4():
    path = os.path.join(HERE, F4)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    thin = Side(style="thin")
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCDEF", (5, 66, 9, 11, 34, 52)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Мониторинг целевой модели наставничества, 2024 год"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ORG4
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "г. Березники, Пермский край"
    hdr = ("№", "Показатель", "Ед. изм.", "СОШ № 7", "Комментарий", "Ссылка")
    for col, h in zip("ABCDEF", hdr):
        c = ws[f"{col}5"]
        c.value = h
        c.font = Font(bold=True)
        c.border = brd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    m = {"values": {}, "not_criteria": {}, "sheet": "ЦМН 2024"}
    values, notc = {}, []
    r = 6
    for i, (cid, text, unit, v, comment, link, exp) in enumerate(rows4, 1):
        ws[f"A{r}"] = i
        ws[f"B{r}"] = text
        ws[f"C{r}"] = unit
        ws[f"D{r}"] = v
        ws[f"E{r}"] = comment or None
        ws[f"F{r}"] = link or None
        for col in "ABCDEF":
            ws[f"{col}{r}"].border = brd
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top",
                                                  horizontal="center" if col in "ACD" else None)
        if cid:
            values[cid] = exp
            m["values"][cid] = f"D{r}"
        else:
            notc.append(text)
            m["not_criteria"][text] = f"B{r}"
        r += 1
    ws[f"B{r + 1}"] = "Ответственный: Мальцева И.А., куратор ЦМН, тел. 8 (3424) 26-15-07"
    wb.save(path)
    expected.append({"file": F4, "year": 2024, "organisation": ORG4, "values": values, "not_criteria": notc})
    cells[F4] = m


if __name__ == "__main__":
    make_file1()
    make_file2()
    make_file3()
    make_file4()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
    for e in expected:
        print(f"{e['file']}: {len(e['values'])} criteria, {len(e['not_criteria'])} non-criteria")
