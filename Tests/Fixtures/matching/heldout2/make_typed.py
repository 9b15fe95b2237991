#!/usr/bin/env python3
"""Held-out set 5: four organisation-level monitoring forms of the mentoring
model (ЦМН), typed the way different methodologists would type them, plus
truth.tsv (file, sheet, cell, wording, value, criterion_id)."""
import csv
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)

truth = []


def add_truth(fname, ws, cell, value, cid):
    wording = ws[cell].value
    truth.append([fname, ws.title, cell, wording, "" if value is None else str(value), cid])


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row, c).border = BOX
        if ws.cell(row, c).alignment != CENTER:
            ws.cell(row, c).alignment = WRAP


# ---------------------------------------------------------------------------
# Form 1: general school, Sarapul. Title block merged on top, numbered
# sections by direction, columns № п/п / Показатель / Ед. изм. / Значение /
# Ссылка / Примечание.  Yes/no as «да», counts as plain numbers,
# satisfaction as text «91 %».
# ---------------------------------------------------------------------------
def form1():
    fname = "SOSH14_Sarapul_CMN_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг ЦМН"
    ws.merge_cells("A1:F1")
    ws["A1"] = "Мониторинг реализации целевой модели наставничества"
    ws.merge_cells("A2:F2")
    ws["A2"] = "МБОУ «Средняя общеобразовательная школа № 14» г. Сарапула"
    ws.merge_cells("A3:F3")
    ws["A3"] = "по состоянию на 31.12.2024"
    for c in ("A1", "A2", "A3"):
        ws[c].alignment = CENTER
        ws[c].font = BOLD
    head = ["№ п/п", "Показатель", "Ед. изм.", "Значение на 31.12.2024",
            "Ссылка на документ", "Примечание"]
    for i, h in enumerate(head, 1):
        ws.cell(5, i, h).font = BOLD
        ws.cell(5, i).alignment = CENTER
    box_row(ws, 5, 6)
    site = "https://sh14-sarapul-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    S = "section"
    rows = [
        (S, "1. Нормативно-правовое обеспечение"),
        ("1.1", "Положение о системе наставничества пед. работников утверждено приказом по ОО", "да/нет", "да", site + "prikaz-112-od.pdf", "", "orgs_regulation_teachers"),
        ("1.2", "Приказ об утверждении Положения о наставничестве обучающихся", "да/нет", "да", site + "prikaz-113-od.pdf", "", "orgs_regulation_students"),
        ("1.3", "Приказ ОО о проведении мониторинга реализации ЦМН", "да/нет", "да", site + "prikaz-monitoring-2024.pdf", "", "orgs_monitoring_order"),
        ("1.4", "Локальные акты об оплате (доплате) за наставническую деятельность", "ед.", 1, "https://sh14-sarapul-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/polozhenie-ob-oplate-truda.pdf", "п. 4.7 Положения об оплате труда", "pay_acts"),
        (S, "2. Организационное обеспечение"),
        ("2.1", "Назначено кураторов ЦМН в ОО", "чел.", 2, site + "prikaz-kurator.pdf", "зам. директора по УВР, педагог-психолог", "curators_total"),
        ("2.2", "Кол-во наставников (по приказу ОО), всего", "чел.", 41, site + "baza-nastavnikov-2024.xlsx", "", "mentors_total"),
        ("2.3", "Кол-во наставляемых (по приказу ОО), всего", "чел.", 118, site + "baza-nastavlyaemyh-2024.xlsx", "", "mentees_total"),
        ("2.4", "Количество наставнических пар / групп", "ед.", 52, "", "в т.ч. 6 групп", "-"),
        (S, "3. Персонализированные программы наставничества (ППН)"),
        ("3.1", "ППН, всего", "ед.", 44, site + "ppn-2024.zip", "", "pp_total"),
        ("3.2", "в т.ч. «ученик – ученик»", "ед.", 24, site + "ppn-2024.zip", "", "pp_pupil_pupil"),
        ("3.3", "в т.ч. «учитель – учитель»", "ед.", 14, site + "ppn-2024.zip", "", "pp_teacher_teacher"),
        ("3.4", "в т.ч. «учитель – ученик»", "ед.", 6, site + "ppn-2024.zip", "", "pp_teacher_pupil"),
        (S, "4. Вовлечение обучающихся"),
        ("4.1", "Численность обучающихся 10–19 лет (5–11 кл.)", "чел.", 612, "", "по ОО-1 на 20.09.2024", "students_10_19"),
        ("4.2", "Обучающиеся 10–19 лет в роли наставляемых", "чел.", 87, site + "baza-nastavlyaemyh-2024.xlsx", "", "mentees_10_19"),
        ("4.3", "из них из «группы риска» (состоящие на всех видах учёта)", "чел.", 9, site + "baza-nastavlyaemyh-2024.xlsx", "", "mentees_risk"),
        ("4.4", "из них дети с ОВЗ и дети-инвалиды", "чел.", 6, site + "baza-nastavlyaemyh-2024.xlsx", "", "mentees_disabled"),
        ("4.5", "Обучающихся 15–19 лет, всего", "чел.", 171, "", "", "students_15_19"),
        ("4.6", "Наставники из числа обучающихся 15–19 лет (приказ)", "чел.", 23, site + "baza-nastavnikov-2024.xlsx", "", "mentors_15_19"),
        (S, "5. Педагогические кадры"),
        ("5.1", "Молодые специалисты (до 35 лет, стаж до 3 лет)", "чел.", 7, site + "molodye-pedagogi.pdf", "", "young_specialists"),
        ("5.2", "из них включены в программы наставничества как наставляемые", "чел.", 7, site + "baza-nastavlyaemyh-2024.xlsx", "", "young_specialists_mentees"),
        ("5.3", "Педагоги-наставники", "чел.", 16, site + "baza-nastavnikov-2024.xlsx", "", "teachers_mentors"),
        ("5.4", "Прошли КПК по вопросам наставничества в 2024 г.", "чел.", 3, site + "udostovereniya-kpk.pdf", "ИРО, 36 ч.", "kpk_trained"),
        ("5.5", "Мероприятия для наставников (семинары, педсоветы, мастер-классы)", "ед.", 5, site + "plan-meropriyatiy.pdf", "", "-"),
        (S, "6. Результативность"),
        ("6.1", "Удовлетворённость наставляемых участием в программах", "%", "91 %", site + "anketirovanie-2024.pdf", "анкетирование, май 2024", "satisfaction_mentees"),
        ("6.2", "Удовлетворённость наставников", "%", "94 %", site + "anketirovanie-2024.pdf", "", "satisfaction_mentors"),
    ]
    r = 6
    for row in rows:
        if row[0] == S:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1, row[1]).font = BOLD
            box_row(ws, r, 6)
        else:
            num, text, unit, val, link, note, cid = row
            for c, v in enumerate([num, text, unit, val, link or None, note or None], 1):
                ws.cell(r, c, v)
            box_row(ws, r, 6)
            add_truth(fname, ws, f"B{r}", val, cid)
        r += 1
    ws.cell(r + 1, 2, "Директор ______________ /Пономарева Л.В./")
    ws.cell(r + 2, 2, "Исполнитель: Корепанова О.И., куратор ЦМН, т. 8(34147) 4-12-56")
    for col, w in zip("ABCDEF", (7, 60, 9, 14, 55, 28)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))


# ---------------------------------------------------------------------------
# Form 2: gymnasium, Votkinsk. Label/value header block, table like the
# Glazov school form: direction in column A only on the first row of a group,
# values typed as «2 чел.», «4 ед.», satisfaction as 0.88 with percent format.
# ---------------------------------------------------------------------------
def form2():
    fname = "Gimnaziya6_Votkinsk_nastavnichestvo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Гимназия 6"
    ws["A1"] = "Информационная карта ОО по внедрению ЦМН"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"], ws["B2"] = "Наименование ОО:", "МАОУ «Гимназия № 6» г. Воткинска"
    ws["A3"], ws["B3"] = "Период:", "2024 календарный год"
    ws["A4"], ws["B4"] = "Куратор:", "Чернова Е.С., зам. директора по УВР"
    head = ["Направление", "Критерий", "Значение", "Источник информации (ссылка)", "Примечание"]
    for i, h in enumerate(head, 1):
        ws.cell(6, i, h).font = BOLD
        ws.cell(6, i).alignment = CENTER
    box_row(ws, 6, 5)
    site = "https://gimn6-votkinsk.gosuslugi.ru/svedeniya/nastavnichestvo/"
    P = "PCT"
    groups = [
        ("Нормативное обеспечение ЦМН", [
            ("Приказ об утв. Положения о наставничестве педагогических работников", "да", site + "prikaz-86.pdf", "", "orgs_regulation_teachers"),
            ("Приказ об утв. Положения о наставничестве обучающихся", "да", site + "prikaz-87.pdf", "", "orgs_regulation_students"),
            ("Наличие дорожной карты внедрения ЦМН на 2024-2025 уч. г.", "да", site + "dorozhnaya-karta.pdf", "", "-"),
            ("Локальные акты, устанавливающие доплату за наставничество", "1 ед.", "https://gimn6-votkinsk.gosuslugi.ru/svedeniya/dokumenty/polozhenie-o-stimuliruyushchih-vyplatah.pdf", "", "pay_acts"),
            ("Локальный акт о нематериальном стимулировании наставников (грамоты, благодарности, доска почёта)", "1 ед.", site + "polozhenie-o-nematerialnom-pooshchrenii.pdf", "", "nonmaterial_acts"),
        ]),
        ("Организация наставничества в ОО", [
            ("Кураторы внедрения ЦМН", "1 чел.", site + "prikaz-86.pdf", "", "curators_total"),
            ("Программы наставничества по формам (без учёта персонализированных)", "4 ед.", site + "programmy/", "«учитель – учитель», «ученик – ученик», «учитель – ученик», «работодатель – ученик»", "programmes_total"),
            ("Персонализированные программы по форме «педагог – педагог»", "9 ед.", site + "ppn/", "", "pp_teacher_teacher"),
            ("Персонализированные программы по форме «ученик – ученик»", "31 ед.", site + "ppn/", "", "pp_pupil_pupil"),
            ("ППН по иным формам", "2 ед.", site + "ppn/", "форма «работодатель – ученик»", "pp_other"),
        ]),
        ("Взаимодействие с партнёрами", [
            ("Соглашения о сотрудничестве с предприятиями (наставники — сотрудники предприятий)", "2 ед.", site + "soglasheniya.pdf", "", "agreements_enterprises"),
            ("Соглашения с др. образовательными организациями (вузы, СПО), предоставляющими наставников", "1 ед.", site + "soglasheniya.pdf", "", "agreements_edu_orgs"),
            ("Партнёры по наставничеству (наименования)", "АО «Воткинский завод»; ООО «Воткинская промышленная компания»; Воткинский филиал ФГБОУ ВО «ИжГТУ им. М.Т. Калашникова»", site + "soglasheniya.pdf", "", "partner_list"),
            ("Предмет соглашений", "профориентация, сопровождение проектной и исследовательской деятельности обучающихся 8–11 кл.", site + "soglasheniya.pdf", "", "agreement_subjects"),
        ]),
        ("Наставничество обучающихся", [
            ("Охват обучающихся 10–19 лет программами наставничества (наставляемые)", (0.19, P), site + "baza-nastavlyaemyh.xlsx", "142 из 745 чел.", "share_mentees_10_19"),
            ("Наставляемые из числа одарённых детей (в реестре)", "14 чел.", site + "baza-nastavlyaemyh.xlsx", "", "mentees_gifted"),
            ("Наставляемые, испытывающие трудности с выбором профессии", "20 чел.", site + "baza-nastavlyaemyh.xlsx", "", "mentees_career"),
            ("Обучающиеся 15–19 лет, вовлечённые в наставничество (всего)", "64 чел.", site + "baza-nastavnikov.xlsx", "", "students_15_19_in_programmes"),
        ]),
        ("Наставничество педагогов", [
            ("Педагоги (кроме молодых специалистов), всего", "48 чел.", "", "", "teachers_other"),
            ("из них в роли наставляемых", "6 чел.", site + "baza-nastavlyaemyh.xlsx", "", "teachers_other_mentees"),
            ("Педагоги, участвующие в утверждённых ППН", "24 чел.", site + "ppn/", "", "teachers_in_pp"),
            ("Названия КПК по наставничеству", "«Наставничество в образовательной организации: технологии и практики» (ИРО УР, 36 ч.); «Организация наставничества молодых педагогов» (Фоксфорд, 72 ч.)", site + "kpk.pdf", "", "kpk_courses"),
        ]),
        ("Результаты", [
            ("Удовлетворённость наставляемых завершёнными программами", (0.88, P), site + "monitoring-2024.pdf", "", "satisfaction_mentees"),
            ("Удовлетворённость наставников", (0.92, P), site + "monitoring-2024.pdf", "", "satisfaction_mentors"),
            ("Количество наставнических пар", "38", "", "", "-"),
        ]),
    ]
    r = 7
    for direction, items in groups:
        first = True
        for text, val, link, note, cid in items:
            if first:
                ws.cell(r, 1, direction)
                first = False
            ws.cell(r, 2, text)
            if isinstance(val, tuple):
                ws.cell(r, 3, val[0]).number_format = "0%"
                val = val[0]
            else:
                ws.cell(r, 3, val)
            if link:
                ws.cell(r, 4, link)
            if note:
                ws.cell(r, 5, note)
            box_row(ws, r, 5)
            add_truth(fname, ws, f"B{r}", val, cid)
            r += 1
    for col, w in zip("ABCDE", (26, 62, 22, 55, 35)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))


# ---------------------------------------------------------------------------
# Form 3: institution of additional education (МБУ ДО), Zavyalovo district.
# «Приложение» block in the top right corner, title with the year, the
# organisation on its own line; no units column (units inside the wording),
# no sections; yes/no as 1/0.
# ---------------------------------------------------------------------------
def form3():
    fname = "CDT_Zavyalovo_monitoring_nastavnichestva.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["D1"] = "Приложение 1"
    ws["D2"] = "к приказу Управления образования от 15.01.2025 № 12"
    ws.merge_cells("A4:D4")
    ws["A4"] = "Сведения о реализации целевой модели наставничества за 2024 год"
    ws["A4"].font = BOLD
    ws["A4"].alignment = CENTER
    ws["A5"] = "Организация: МБУ ДО «Центр детского творчества Завьяловского района»"
    head = ["№", "Наименование показателя", "Значение", "Подтверждающий документ / ссылка"]
    for i, h in enumerate(head, 1):
        ws.cell(7, i, h).font = BOLD
        ws.cell(7, i).alignment = CENTER
    box_row(ws, 7, 4)
    site = "https://cdt-zav.udmurt.ru/nastavnichestvo/"
    rows = [
        ("Наличие утверждённого Положения о наставничестве педагогов в учреждении (1 – да, 0 – нет)", 1, site + "polozhenie-pedagogi.pdf", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся утверждено (1/0)", 1, site + "polozhenie-obuchayushchiesya.pdf", "orgs_regulation_students"),
        ("Приказ о внутреннем мониторинге ЦМН (1/0)", 0, "", "orgs_monitoring_order"),
        ("Кол-во кураторов ЦМН (чел.)", 1, site + "prikaz-45.pdf", "curators_total"),
        ("Кол-во наставников по приказу, чел.", 14, site + "prikaz-46.pdf", "mentors_total"),
        ("в т.ч. педагоги доп. образования", 9, site + "prikaz-46.pdf", "teachers_mentors"),
        ("в т.ч. обучающиеся 15–19 лет", 3, site + "prikaz-46.pdf", "mentors_15_19"),
        ("в т.ч. представители иных организаций (НКО, учреждения культуры и спорта)", 2, site + "prikaz-46.pdf", "other_org_mentors"),
        ("Кол-во наставляемых по приказу, чел.", 31, site + "prikaz-46.pdf", "mentees_total"),
        ("Всего обучающихся 10–19 лет, занимающихся в объединениях ЦДТ (чел.)", 1240, "", "students_10_19"),
        ("Обучающиеся 10–19 лет – наставляемые (чел.)", 24, site + "prikaz-46.pdf", "mentees_10_19"),
        ("из них – по иным параметрам (адаптация в новом коллективе, вовлечение в проектную деятельность)", 15, site + "prikaz-46.pdf", "mentees_other_params"),
        ("Соглашения о сотрудничестве с иными организациями (НКО, учреждения культуры), предоставляющими наставников (ед.)", 2, site + "soglasheniya.pdf", "agreements_other_orgs"),
        ("Персонализированные программы наставничества (всего), ед.", 7, site + "ppn.pdf", "pp_total"),
        ("ППН «педагог – педагог», ед.", 5, site + "ppn.pdf", "pp_teacher_teacher"),
        ("ППН «педагог – обучающийся», ед.", 2, site + "ppn.pdf", "pp_teacher_pupil"),
        ("Молодые специалисты (до 35 лет, первые 3 года после вуза/колледжа), чел.", 3, "", "young_specialists"),
        ("Молодые специалисты – наставляемые, чел.", 3, site + "prikaz-46.pdf", "young_specialists_mentees"),
        ("Доля педагогов-наставников от общего числа педагогов, %", "29 %", "", "share_teachers_mentors"),
        ("Прошли курсы повышения квалификации по наставничеству (чел.)", 2, site + "kpk.pdf", "kpk_trained"),
        ("Удовлетворённость наставляемых (анкетирование), %", 96, site + "anketa-itogi.pdf", "satisfaction_mentees"),
        ("Кол-во мероприятий с участием наставников и наставляемых (мастер-классы, конкурсы)", 11, site + "meropriyatiya.pdf", "-"),
        ("Наличие раздела «Наставничество» на сайте учреждения", "есть", site, "-"),
    ]
    r = 8
    for i, (text, val, link, cid) in enumerate(rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, text)
        ws.cell(r, 3, val)
        if link:
            ws.cell(r, 4, link)
        box_row(ws, r, 4)
        add_truth(fname, ws, f"B{r}", val, cid)
        r += 1
    ws.cell(r + 1, 2, "Директор МБУ ДО «ЦДТ Завьяловского района»  ___________  Н.А. Шкляева")
    for col, w in zip("ABCD", (5, 70, 12, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))


# ---------------------------------------------------------------------------
# Form 4: rural school, two sheets («Титул» and «Показатели»). Value before
# the unit, no numbering, bold section rows, «- из них» / «- в т.ч.» rows
# under totals, «Да/Нет».
# ---------------------------------------------------------------------------
def form4():
    fname = "Kez_SOSH1_CMN_otchet_2024.xlsx"
    wb = Workbook()
    t = wb.active
    t.title = "Титул"
    t["A1"] = "Отчёт ОО о реализации целевой модели наставничества"
    t["A1"].font = Font(bold=True, size=13)
    info = [
        ("Муниципальный район", "Кезский район"),
        ("Образовательная организация", "МБОУ «Кезская СОШ № 1»"),
        ("Отчётный период", "01.01.2024 – 31.12.2024"),
        ("Ответственный", "Ившина Т.Н., куратор ЦМН"),
        ("Телефон", "8 (34158) 3-14-27"),
        ("Дата заполнения", "20.01.2025"),
    ]
    for i, (a, b) in enumerate(info, 3):
        t.cell(i, 1, a).font = BOLD
        t.cell(i, 2, b)
    t.column_dimensions["A"].width = 32
    t.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Показатели")
    head = ["Показатель", "Значение", "Ед.", "Подтверждение (ссылка на сайт ОО)", "Комментарий"]
    for i, h in enumerate(head, 1):
        ws.cell(1, i, h).font = BOLD
        ws.cell(1, i).alignment = CENTER
    box_row(ws, 1, 5)
    site = "https://kez-school1.ru/nastavnichestvo/"
    S = "section"
    rows = [
        (S, "Документы"),
        ("Положение о наставничестве педагогов — утверждено", "Да", "", site + "doc/polozh_ped.pdf", "", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "Нет", "", "", "на согласовании в управляющем совете", "orgs_regulation_students"),
        ("Информационная справка по итогам мониторинга ЦМН за 2024 г.", "Да", "", site + "doc/spravka_2024.pdf", "", "internal_monitoring_notes"),
        ("Кол-во локальных актов о доплатах наставникам", 1, "ед.", site + "doc/polozh_oplata.pdf", "", "pay_acts"),
        (S, "Наставники"),
        ("Наставники, всего (приказ от 02.09.2024 № 148-од)", 27, "чел.", site + "doc/prikaz_148.pdf", "", "mentors_total"),
        ("   - из них педагоги ОО", 12, "чел.", site + "doc/prikaz_148.pdf", "", "teachers_mentors"),
        ("   - из них молодые педагоги (до 35 лет, стаж до 3 лет)", 1, "чел.", site + "doc/prikaz_148.pdf", "входит в число педагогов ОО", "young_specialists_mentors"),
        ("   - из них обучающиеся 15–19 лет", 13, "чел.", site + "doc/prikaz_148.pdf", "", "mentors_15_19"),
        ("   - из них сотрудники предприятий", 1, "чел.", site + "doc/prikaz_148.pdf", "СПК «Колхоз имени Мичурина»", "enterprise_mentors"),
        ("   - из них из других ОО", 1, "чел.", site + "doc/prikaz_148.pdf", "Кезский агропромышленный техникум", "external_edu_mentors"),
        ("Доля обучающихся 15–19 лет – наставников", 13.5, "%", "", "13 из 96 чел.", "share_mentors_15_19"),
        (S, "Наставляемые"),
        ("Наставляемые, всего (приказ)", 64, "чел.", site + "doc/prikaz_148.pdf", "", "mentees_total"),
        ("   - в т.ч. обучающиеся 10–19 лет", 49, "чел.", site + "doc/prikaz_148.pdf", "ещё 9 чел. – обучающиеся 4-х кл.", "mentees_10_19"),
        ("   - в т.ч. молодые специалисты", 2, "чел.", site + "doc/prikaz_148.pdf", "", "young_specialists_mentees"),
        ("   - в т.ч. педагоги, не являющиеся молодыми специалистами", 4, "чел.", site + "doc/prikaz_148.pdf", "", "teachers_other_mentees"),
        ("Доля молодых специалистов, вошедших в программы наставничества", 100, "%", "", "", "share_young_specialists_mentees"),
        (S, "Программы"),
        ("Программы наставничества (по формам), утверждённые в ОО", 3, "ед.", site + "doc/programmy.pdf", "", "programmes_total"),
        ("Количество ППН (педагог – педагог)", 6, "ед.", site + "doc/ppn.pdf", "", "pp_teacher_teacher"),
        ("ППН «студент – ученик»", 2, "ед.", site + "doc/ppn.pdf", "студенты ГГПИ на педпрактике", "pp_student_pupil"),
        (S, "Методическая работа"),
        ("МО наставников (кол-во)", 1, "ед.", site + "doc/prikaz_mo.pdf", "", "school_methodical_associations"),
        ("Педагоги, обученные по программам ДПО (КПК) по наставничеству за 2024 г.", 4, "чел.", site + "doc/kpk.pdf", "", "kpk_trained"),
        ("Кол-во наставнических пар", 31, "ед.", "", "", "-"),
        ("Участие наставников в муниципальном конкурсе «Наставник года»", 2, "чел.", site + "news/nastavnik-goda-2024", "1 призёр", "-"),
        (S, "Оценка"),
        ("Удовлетворённость наставляемых", 89, "%", site + "doc/anketa.pdf", "", "satisfaction_mentees"),
        ("Удовлетворённость наставников", 90, "%", site + "doc/anketa.pdf", "", "satisfaction_mentors"),
    ]
    r = 2
    for row in rows:
        if row[0] == S:
            ws.cell(r, 1, row[1]).font = BOLD
            box_row(ws, r, 5)
        else:
            text, val, unit, link, note, cid = row
            for c, v in enumerate([text, val, unit or None, link or None, note or None], 1):
                ws.cell(r, c, v)
            box_row(ws, r, 5)
            add_truth(fname, ws, f"A{r}", val, cid)
        r += 1
    for col, w in zip("ABCDE", (62, 10, 6, 45, 35)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))


if __name__ == "__main__":
    form1()
    form2()
    form3()
    form4()
    with open(os.path.join(HERE, "truth.tsv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["file", "sheet", "cell", "wording", "value", "criterion_id"])
        w.writerows(truth)
    print(len(truth), "truth rows")
