# -*- coding: utf-8 -*-
"""Held-out set 33: a municipal methodologist's own summary workbooks,
organisations as COLUMNS (Nizhnepolyansky district, invented).
Writes typed/*.xlsx, expected.json, cells.json. Deterministic (fixed data)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter as L

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

EXPECTED, CELLS = [], []
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
YEL = PatternFill("solid", fgColor="FFF2CC")

# ---------------------------------------------------------------- organisations
ORG = {
 "S1": dict(short="СОШ 1", mid="МБОУ НСОШ № 1", full="МБОУ «Нижнеполянская СОШ № 1»",
            official="Муниципальное бюджетное общеобразовательное учреждение «Нижнеполянская средняя общеобразовательная школа № 1»",
            short2="СОШ № 1", site="https://sh1-nizhnepolyanskaya-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"),
 "S3": dict(short="СОШ 3", mid="МБОУ НСОШ № 3", full="МБОУ «Нижнеполянская СОШ № 3 им. П.А. Ложкина»",
            official="Муниципальное бюджетное общеобразовательное учреждение «Нижнеполянская средняя общеобразовательная школа № 3 имени Героя Советского Союза П.А. Ложкина»",
            short2="СОШ № 3", site="https://sch3-npolyany.edu.ru/upload/cmn/"),
 "G":  dict(short="Гимназия", mid="МБОУ «Нижнеполянская гимназия»", full="МБОУ «Нижнеполянская гимназия»",
            official="Муниципальное бюджетное общеобразовательное учреждение «Нижнеполянская гимназия»",
            short2="Гимназия", site="https://np-gimnaziya.edu.ru/files/nastavnichestvo/2024/"),
 "SS": dict(short="Сосновская", mid="МБОУ «Сосновская СОШ»", full="МБОУ «Сосновская СОШ»",
            official="Муниципальное бюджетное общеобразовательное учреждение «Сосновская средняя общеобразовательная школа»",
            short2="Сосновская СОШ", site=None),
 "ER": dict(short="Ерёмино ООШ", mid="МБОУ «Ерёминская ООШ»", full="МБОУ «Ерёминская ООШ»",
            official="Муниципальное бюджетное общеобразовательное учреждение «Ерёминская основная общеобразовательная школа»",
            short2="Ерёминская ООШ", site=None),
 "PU": dict(short="Пурга", mid="МБОУ «Пургинская СОШ»", full="МБОУ «Пургинская СОШ»",
            official="Муниципальное бюджетное общеобразовательное учреждение «Пургинская средняя общеобразовательная школа»",
            short2="Пургинская СОШ", site="https://sh-purginskaya-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/2024/"),
 "DDT": dict(full="МБУ ДО «Дом детского творчества»", f6="МБУ ДО ДДТ",
             site="https://ddt-npolyany.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"),
 "DU":  dict(full="МБУ ДО «Нижнеполянская ДЮСШ»", f6="МБУ ДО «Нижнеполянская ДЮСШ»",
             site="https://dussh-np.edu.ru/docs/nastavnichestvo/"),
 "SUT": dict(full="МБУ ДО «Станция юных техников»", f6="МБУ ДО СЮТ", site=None),
 "CDO": dict(full="МБУ ДО «Центр дополнительного образования «Радуга»»", f6="МБУ ДО ЦДО «Радуга»",
             site="https://cdo-raduga-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/cmn/"),
}
# cloud folders for organisations without their own document section
CLOUD = {
 "SS": {"reg_t": "https://disk.yandex.ru/i/Sq7pWm2kXa4VbQ", "reg_s": "https://disk.yandex.ru/i/Sq7pWm2kXb9LtR",
        "notes": "https://disk.yandex.ru/i/Sq7pWm2kXc1NzE", "cur": "https://disk.yandex.ru/i/Sq7pWm2kXd5HuY",
        "nonmat": "https://disk.yandex.ru/i/Sq7pWm2kXe3FgK", "mentees": "https://disk.yandex.ru/d/Sn0vka24_nastavlyaemye",
        "mentors1519": "https://disk.yandex.ru/d/Sn0vka24_nastavniki_uch", "agr": "https://disk.yandex.ru/d/Sn0vka24_soglasheniya",
        "kpk": "https://disk.yandex.ru/i/Sq7pWm2kXf8UdC", "anketa": "https://disk.yandex.ru/i/Sq7pWm2kXg2JwP"},
 "ER": {"reg_t": "https://cloud.mail.ru/public/eR3m/Yk8Qp1sTv", "monit": "https://cloud.mail.ru/public/eR3m/Yk8Qp2aLm",
        "cur": "https://cloud.mail.ru/public/eR3m/Yk8Qp3wBn", "mentees": "https://cloud.mail.ru/public/eR3m/Yk8Qp4_2024",
        "mentors1519": "https://cloud.mail.ru/public/eR3m/Yk8Qp5_2024"},
 "SUT": {"reg_t": "https://disk.yandex.ru/i/SUTnp24-polozhenie-ped", "monit": "https://disk.yandex.ru/i/SUTnp24-prikaz-monitoring",
         "cur": "https://disk.yandex.ru/i/SUTnp24-prikaz-kurator", "notes": "https://disk.yandex.ru/i/SUTnp24-spravka",
         "base": "https://disk.yandex.ru/i/SUTnp24-baza-nastavnikov"},
}

def url(org, doc):
    if org in CLOUD and doc in CLOUD[org]:
        return CLOUD[org][doc]
    names = {"reg_t": "prikaz_polozhenie_nastavnichestvo_ped.pdf", "reg_s": "prikaz_polozhenie_nastavnichestvo_obuch.pdf",
             "monit": "prikaz_monitoring_cmn_2024.pdf", "notes": "spravka_vnutr_monitoring_2024.pdf",
             "cur": "prikaz_kurator_cmn.pdf", "pay": "polozhenie_o_stimuliruyushchih_vyplatah.pdf",
             "nonmat": "polozhenie_nematerialnoe_pooshchrenie_nastavnikov.pdf",
             "base": "prikaz_baza_nastavnikov_nastavlyaemyh_2024.pdf",
             "mentees": "prikaz_nastavlyaemye_obuch_2024.pdf", "mentors1519": "prikaz_nastavniki_iz_chisla_obuch_2024.pdf",
             "agr": "dogovory_setevoe_vzaimodeystvie_2024.pdf", "ext": "prikaz_vneshnie_nastavniki_2024.pdf",
             "kpk": "udostovereniya_kpk_nastavnichestvo_2024.pdf", "anketa": "itogi_anketirovaniya_nastavnichestvo_2024.pdf"}
    return ORG[org]["site"] + names[doc]

import datetime
FIXED = datetime.datetime(2024, 12, 10, 9, 0, 0)
def save(wb, fname):
    wb.properties.creator = "Кузьмина Т.В."
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(TYPED, fname))

def rec(fname, sheet, cell, org_name, crit, kind, expected, hyperlink=False):
    d = {"file": "typed/" + fname, "sheet": sheet, "cell": cell, "organisation": org_name,
         "criterion": crit, "kind": kind, "expected": expected}
    if hyperlink:
        d["hyperlink"] = True
    CELLS.append(d)

def style_box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX

def yn(v):  # municipal office writes «да»/«нет»
    return "да" if v else "нет"

# ================================================================ file 1
def file1():
    fname = "01_svod_normativka_2024.xlsx"
    orgs = ["S1", "S3", "G", "SS", "ER"]
    # crit, text, kind, doc, values per org
    rows = [
     ("H", "Нормативное обеспечение"),
     ("orgs_regulation_teachers", "Положение о наставничестве педагогов (приказ ОО)", "yn", "reg_t", [1, 1, 1, 1, 1]),
     ("orgs_regulation_students", "Положение о наставничестве обучающихся (приказ ОО)", "yn", "reg_s", [1, 1, 1, 1, 0]),
     ("orgs_monitoring_order", "Приказ о внутреннем мониторинге ЦМН", "yn", "monit", [1, 1, 1, 0, 1]),
     ("D", "Дорожная карта внедрения ЦМН на 2024/25 уч. г.", [1, 1, 0, 1, 0]),
     ("H", "Организация процесса"),
     ("internal_monitoring_notes", "Справка по итогам внутр. мониторинга", "yn", "notes", [1, 1, 1, 1, 0]),
     ("curators_total", "Кураторы ЦМН, чел.", "n", "cur", [2, 1, 2, 1, 1]),
     ("H", "Стимулирование наставников"),
     ("pay_acts", "Лок. акты об оплате работы наставника, ед.", "n", "pay", [1, 1, 1, 0, 0]),
     ("nonmaterial_acts", "Лок. акты о нематериальном поощрении, ед.", "n", "nonmat", [1, 0, 1, 1, 0]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Нормативка 2024"
    ncol = 2 + 2 * len(orgs) + 1
    ws["A1"] = "Сводная по нормативному обеспечению ЦМН за 2024 год (по формам ОО, школы)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Управление образования Администрации Нижнеполянского района. Свод: Кузьмина Т.В., методист ИМЦ"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(4, 1, "№"); ws.merge_cells("A4:A5")
    ws.cell(4, 2, "Критерий (кратко)"); ws.merge_cells("B4:B5")
    names = []
    for i, o in enumerate(orgs):
        c = 3 + 2 * i
        ws.cell(4, c, ORG[o]["short"]); names.append(ORG[o]["short"])
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "знач."); ws.cell(5, c + 1, "ссылка")
        ws.column_dimensions[L(c)].width = 8; ws.column_dimensions[L(c + 1)].width = 34
    tc = 3 + 2 * len(orgs)
    ws.cell(4, tc, "Итого по МО"); ws.merge_cells(start_row=4, start_column=tc, end_row=5, end_column=tc)
    ws.column_dimensions["A"].width = 4; ws.column_dimensions["B"].width = 44; ws.column_dimensions[L(tc)].width = 10
    for c in range(1, ncol + 1):
        for r in (4, 5):
            ws.cell(r, c).font = BOLD; ws.cell(r, c).alignment = CENTER; ws.cell(r, c).fill = GREY
    values = [dict() for _ in orgs]; links = [dict() for _ in orgs]
    r = 6; n = 0; headings = []; decoys = []
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            headings.append(row[1]); r += 1; continue
        n += 1
        ws.cell(r, 1, n)
        if row[0] == "D":
            ws.cell(r, 2, row[1]); decoys.append(row[1])
            for i, v in enumerate(row[2]):
                ws.cell(r, 3 + 2 * i, yn(v))
                if v:
                    ws.cell(r, 4 + 2 * i, ORG[orgs[i]]["site"] + "doroj_karta_cmn_2024-2025.pdf" if ORG[orgs[i]]["site"]
                            else "https://disk.yandex.ru/i/Sq7pWm2kXh6DkM")
            ws.cell(r, tc, sum(row[2])); r += 1; continue
        crit, text, kind, doc, vals = row
        ws.cell(r, 2, text)
        for i, (o, v) in enumerate(zip(orgs, vals)):
            c = 3 + 2 * i
            ws.cell(r, c, yn(v) if kind == "yn" else v)
            values[i][crit] = v
            rec(fname, ws.title, f"{L(c)}{r}", names[i], crit, "value", v)
            if v:
                if (o, crit) == ("G", "pay_acts"):
                    ws.cell(r, c + 1, "на сайте гимназии, раздел «Наставничество»")  # no URL
                else:
                    u = url(o, doc); ws.cell(r, c + 1, u); links[i][crit] = u
                    rec(fname, ws.title, f"{L(c+1)}{r}", names[i], crit, "link", u)
            else:
                ws.cell(r, c + 1, "—" if kind == "yn" else None)
        ws.cell(r, tc, sum(vals))
        r += 1
    style_box(ws, 4, 1, r - 1, ncol)
    for rr in range(6, r):
        for c in range(1, ncol + 1):
            ws.cell(rr, c).alignment = WRAP
    ws.cell(r + 1, 2, "«Итого по МО» — кол-во ОО с «да» / сумма по ОО")
    ws.cell(r + 1, 2).font = Font(italic=True, size=9)
    ws.freeze_panes = "C6"
    save(wb, fname)
    EXPECTED.append({"file": "typed/" + fname, "sheet": ws.title, "year": 2024, "organisation": names,
                     "values": values, "links": links,
                     "not_criteria": decoys + ["Итого по МО"], "headings": headings})

# ================================================================ file 2
def file2():
    fname = "02_pedagogi_nastavniki_po_OO_2024.xlsx"
    schools = ["S1", "S3", "G", "PU"]; dop = ["DDT", "DU", "SUT"]; orgs = schools + dop
    D = {  # mentors_total, mentees_total, teachers_mentors, ys_mentors, ys, ys_mentees, teachers_other, to_mentees
     "S1": [44, 109, 16, 1, 7, 6, 51, 5], "S3": [30, 73, 12, 0, 5, 5, 41, 3], "G": [36, 64, 11, 1, 4, 4, 36, 2],
     "PU": [15, 31, 6, 0, 2, 2, 23, 2], "DDT": [13, 45, 9, 0, 4, 4, 27, 3], "DU": [11, 25, 5, 0, 3, 3, 15, 0],
     "SUT": [3, 11, 3, 0, 1, 1, 8, 1]}
    rows = [
     ("mentors_total", "Наставников всего (по приказу ОО), чел."),
     ("mentees_total", "Наставляемых всего (по приказу ОО), чел."),
     ("teachers_mentors", "  из них педагоги в роли наставника"),
     ("young_specialists_mentors", "  из них молодые специалисты в роли наставника"),
     ("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего"),
     ("young_specialists_mentees", "  молодые специалисты — наставляемые"),
     ("teachers_other", "Педагоги без учёта молодых специалистов, всего"),
     ("teachers_other_mentees", "  из них наставляемые"),
    ]
    decoy = ("Наставнических пар «педагог — педагог»", {"S1": 11, "S3": 8, "G": 6, "PU": 4, "DDT": 7, "DU": 3, "SUT": 2})
    wb = Workbook(); ws = wb.active; ws.title = "Свод"
    ws["A1"] = "Наставники и наставляемые (педагогические работники) по ОО района, 2024 год"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "по состоянию на 01.12.2024, данные из форм мониторинга ОО"
    ws.merge_cells("A1:I1"); ws.merge_cells("A2:I2")
    ws["A4"] = "Показатель"; ws.merge_cells("A4:A5")
    ws.cell(4, 2, "Школы"); ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=1 + len(schools))
    ws.cell(4, 2 + len(schools), "ДОП")
    ws.merge_cells(start_row=4, start_column=2 + len(schools), end_row=4, end_column=1 + len(orgs))
    tc = 2 + len(orgs)
    ws.cell(4, tc, "Всего"); ws.merge_cells(start_row=4, start_column=tc, end_row=5, end_column=tc)
    names = [ORG[o]["full"] for o in orgs]
    for i, nm in enumerate(names):
        ws.cell(5, 2 + i, nm); ws.column_dimensions[L(2 + i)].width = 16
    ws.column_dimensions["A"].width = 48; ws.column_dimensions[L(tc)].width = 9
    ws.row_dimensions[5].height = 62
    for c in range(1, tc + 1):
        for r in (4, 5):
            ws.cell(r, c).font = BOLD; ws.cell(r, c).alignment = CENTER; ws.cell(r, c).fill = GREY
    values = [dict() for _ in orgs]
    r = 6
    for k, (crit, text) in enumerate(rows):
        ws.cell(r, 1, text).alignment = WRAP
        tot = 0
        for i, o in enumerate(orgs):
            v = D[o][k]; ws.cell(r, 2 + i, v); tot += v
            values[i][crit] = v
            rec(fname, ws.title, f"{L(2+i)}{r}", names[i], crit, "value", v)
        ws.cell(r, tc, tot).font = BOLD
        r += 1
    ws.cell(r, 1, decoy[0])
    for i, o in enumerate(orgs):
        ws.cell(r, 2 + i, decoy[1][o])
    ws.cell(r, tc, sum(decoy[1].values())).font = BOLD
    style_box(ws, 4, 1, r, tc)
    ws.cell(r + 2, 1, "Ссылки на приказы — в формах ОО (папка «Мониторинг ЦМН 2024»)").font = Font(italic=True, size=9)
    ws.freeze_panes = "B6"
    save(wb, fname)
    EXPECTED.append({"file": "typed/" + fname, "sheet": ws.title, "year": 2024, "organisation": names,
                     "values": values, "links": [dict() for _ in orgs],
                     "not_criteria": [decoy[0], "Всего"], "headings": ["Школы", "ДОП"]})

# ================================================================ file 3
def file3():
    fname = "03_PP_po_formam_2024.xlsx"
    orgs = ["S1", "S3", "G", "SS", "ER", "PU"]
    # pupil_pupil, teacher_teacher, head_teacher, teacher_pupil, other, teachers_in_pp
    D = {"S1": [6, 9, 2, 7, 1, 21], "S3": [4, 6, 1, 5, 0, 13], "G": [5, 5, 2, 8, 2, 15],
         "SS": [2, 3, 1, 2, 0, 6], "ER": [1, 1, 0, 1, 0, 2], "PU": [2, 3, 0, 3, 1, 6]}
    other_text = {"S1": "работодатель – ученик", "G": "выпускник – ученик", "PU": "работодатель – ученик"}
    completed = {"S1": 14, "S3": 9, "G": 12, "SS": 5, "ER": 2, "PU": 4}
    wb = Workbook(); ws = wb.active; ws.title = "ПП 2024"
    ws["A1"] = "Форма наставничества / показатель"
    ws["A2"] = "(кратко)"
    long_names = [ORG[o]["official"] for o in orgs]
    for i, o in enumerate(orgs):
        ws.cell(1, 2 + i, ORG[o]["official"]); ws.cell(2, 2 + i, ORG[o]["short2"])
        ws.column_dimensions[L(2 + i)].width = 22
    ws.column_dimensions["A"].width = 46
    ws.row_dimensions[1].height = 120
    for c in range(1, 2 + len(orgs)):
        for r in (1, 2):
            ws.cell(r, c).font = BOLD; ws.cell(r, c).alignment = CENTER; ws.cell(r, c).fill = GREY
    values = [dict() for _ in orgs]
    r = 3
    def put(crit, text, getter):
        nonlocal r
        ws.cell(r, 1, text).alignment = WRAP
        for i, o in enumerate(orgs):
            v = getter(o); ws.cell(r, 2 + i, v)
            values[i][crit] = v
            rec(fname, ws.title, f"{L(2+i)}{r}", long_names[i], crit, "value", v)
        r += 1
    put("pp_total", "Персонализированные программы наставничества — всего, ед.", lambda o: sum(D[o][:5]))
    ws.cell(r, 1, "в том числе по формам:").font = Font(italic=True); r += 1
    put("pp_pupil_pupil", "ученик – ученик", lambda o: D[o][0])
    put("pp_teacher_teacher", "учитель – учитель (педагог – педагог)", lambda o: D[o][1])
    put("pp_head_teacher", "руководитель – педагог", lambda o: D[o][2])
    put("pp_teacher_pupil", "учитель – ученик", lambda o: D[o][3])
    put("pp_other", "иная форма", lambda o: D[o][4])
    ws.cell(r, 1, "иная форма — какая (указать)").alignment = WRAP
    for i, o in enumerate(orgs):
        ws.cell(r, 2 + i, other_text.get(o, "—"))
    r += 1
    put("teachers_in_pp", "Педагогов, занятых в утверждённых ПП, чел.", lambda o: D[o][5])
    ws.cell(r, 1, "ПП, завершённые в 2024 г., ед.")
    for i, o in enumerate(orgs):
        ws.cell(r, 2 + i, completed[o])
    style_box(ws, 1, 1, r, 1 + len(orgs))
    r += 2
    ws.cell(r, 1, "Свод по формам ОО за 2024 год. Составила Кузьмина Т.В., 10.12.2024").font = Font(italic=True, size=9)
    ws.freeze_panes = "B3"
    save(wb, fname)
    EXPECTED.append({"file": "typed/" + fname, "sheet": ws.title, "year": 2024, "organisation": long_names,
                     "organisation_short": [ORG[o]["short2"] for o in orgs],
                     "values": values, "links": [dict() for _ in orgs],
                     "not_criteria": ["иная форма — какая (указать)", "ПП, завершённые в 2024 г., ед."],
                     "headings": ["в том числе по формам:"]})

# ================================================================ file 4
def file4():
    fname = "04_obuchayushchiesya_2023_2024.xlsx"
    orgs = ["S1", "S3", "G", "SS", "ER", "PU"]
    # students_10_19, mentees_10_19 parts: risk, gifted, disabled, low, career, other ; students_15_19, mentors_15_19
    Y = {
     2024: {"S1": [640, 9, 14, 6, 21, 18, 18, 180, 24], "S3": [520, 7, 10, 4, 16, 12, 12, 150, 17],
            "G": [470, 2, 25, 3, 8, 15, 5, 160, 22], "SS": [190, 4, 3, 0, 8, 6, 2, 45, 6],
            "ER": None, "PU": [210, 5, 4, 3, 6, 6, 3, 52, 8]},
     2023: {"S1": [628, 8, 11, 5, 17, 12, 9, 171, 19], "S3": [514, 6, 9, 3, 12, 10, 6, 146, 12],
            "G": [462, 1, 21, 2, 6, 11, 4, 152, 18], "SS": [196, 3, 2, 1, 5, 4, 0, 47, 4],
            "ER": [61, 2, 1, 1, 3, 2, 0, 11, 2], "PU": [214, 4, 3, 2, 5, 4, 2, 55, 6]},
    }
    wb = Workbook(); wb.remove(wb.active)
    names = [ORG[o]["mid"] for o in orgs]
    rows = [
     ("H", "Обучающиеся 10–19 лет — наставляемые"),
     ("students_10_19", "Всего обучающихся 10–19 лет", None),
     ("mentees_10_19", "Вошли в программы наставничества (наставляемые)", "mentees"),
     ("mentees_risk", "в т.ч. «группа риска»", "mentees"),
     ("mentees_gifted", "в т.ч. одарённые (в реестре)", "mentees"),
     ("mentees_disabled", "в т.ч. дети с ОВЗ, дети-инвалиды", "mentees"),
     ("mentees_low_motivation", "в т.ч. низкая мотивация / неуспевающие", "mentees"),
     ("mentees_career", "в т.ч. проблемы с выбором профессии, траектории", "mentees"),
     ("mentees_other_params", "в т.ч. по иным параметрам", "mentees"),
     ("share_mentees_10_19", "Доля вовлечённых 10–19 лет, %", None),
     ("D", "Обучающиеся 1–4 классов — наставляемые"),
     ("H", "Обучающиеся 15–19 лет — наставники"),
     ("students_15_19", "Всего обучающихся 15–19 лет", None),
     ("mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу)", "mentors1519"),
     ("share_mentors_15_19", "Доля обучающихся 15–19 лет — наставников, %", None),
    ]
    primary = {"S1": 12, "S3": 4, "G": 0, "SS": 4, "ER": 3, "PU": 0}
    for year in (2023, 2024):
        ws = wb.create_sheet(str(year))
        ncol = 1 + 2 * len(orgs)
        ws["A1"] = f"Включённость обучающихся в программы наставничества — {year} год"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        ws["A3"] = "Показатель"; ws.merge_cells("A3:A4")
        for i, nm in enumerate(names):
            c = 2 + 2 * i
            ws.cell(3, c, nm); ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
            ws.cell(4, c, "значение"); ws.cell(4, c + 1, "ссылка")
            ws.column_dimensions[L(c)].width = 10; ws.column_dimensions[L(c + 1)].width = 30
        ws.column_dimensions["A"].width = 46
        for c in range(1, ncol + 1):
            for r in (3, 4):
                ws.cell(r, c).font = BOLD; ws.cell(r, c).alignment = CENTER; ws.cell(r, c).fill = GREY
        values = [dict() for _ in orgs]; links = [dict() for _ in orgs]
        r = 5; headings = []; decoys = []; first_data = None
        for row in rows:
            if row[0] == "H":
                ws.cell(r, 1, row[1]).font = BOLD; headings.append(row[1])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol); r += 1; continue
            if first_data is None:
                first_data = r
            if row[0] == "D":
                ws.cell(r, 1, row[1]); decoys.append(row[1])
                for i, o in enumerate(orgs):
                    if Y[year][o] is not None:
                        ws.cell(r, 2 + 2 * i, primary[o] + (0 if year == 2024 else -1 if primary[o] else 0))
                r += 1; continue
            crit, text, doc = row
            ws.cell(r, 1, text).alignment = WRAP
            for i, o in enumerate(orgs):
                d = Y[year][o]
                if d is None:
                    continue
                mentees = sum(d[1:7])
                v = {"students_10_19": d[0], "mentees_10_19": mentees, "mentees_risk": d[1], "mentees_gifted": d[2],
                     "mentees_disabled": d[3], "mentees_low_motivation": d[4], "mentees_career": d[5],
                     "mentees_other_params": d[6], "students_15_19": d[7], "mentors_15_19": d[8]}.get(crit)
                c = 2 + 2 * i
                if crit == "share_mentees_10_19":
                    frac = round(mentees / d[0], 4)
                elif crit == "share_mentors_15_19":
                    frac = round(d[8] / d[7], 4)
                else:
                    frac = None
                if frac is not None:
                    ws.cell(r, c, frac).number_format = "0.00%"
                    v = round(frac * 100, 2)
                else:
                    ws.cell(r, c, v)
                values[i][crit] = v
                if year == 2024:
                    rec(fname, ws.title, f"{L(c)}{r}", names[i], crit, "value", v)
                if doc and v:
                    u = url(o, doc)
                    if year == 2023:
                        u = u.replace("2024", "2023")
                    ws.cell(r, c + 1, u); links[i][crit] = u
                    if year == 2024:
                        rec(fname, ws.title, f"{L(c+1)}{r}", names[i], crit, "link", u)
            r += 1
        if year == 2024:
            ci = orgs.index("ER"); c = 2 + 2 * ci
            ws.cell(first_data, c, "форма не представлена").font = Font(italic=True, color="C00000")
            ws.cell(first_data, c).fill = YEL
            ws.merge_cells(start_row=first_data, start_column=c, end_row=first_data, end_column=c + 1)
        style_box(ws, 3, 1, r - 1, ncol)
        ws.freeze_panes = "B5"
        if year == 2024:
            EXPECTED.append({"file": "typed/" + fname, "sheet": ws.title, "year": 2024, "organisation": names,
                             "values": values, "links": links,
                             "not_criteria": decoys, "headings": headings})
    wb.active = 1
    save(wb, fname)

# ================================================================ file 5
def file5():
    fname = "05_partnery_KPK_udovletvorennost_2024.xlsx"
    orgs = ["S1", "S3", "G", "SS", "PU"]
    P = {
     "S1": dict(agr_e=2, agr_ent=1, agr_o=1, ext=2, ent_m=1, kpk=6, sm=92, sn=89,
                partners="ГБПОУ УР «Нижнеполянский агропромышленный техникум»; МБОУ «Нижнеполянская гимназия»; "
                         "ООО «Полянский хлебозавод»; МБУК «Нижнеполянская межпоселенческая библиотека»",
                courses="«Наставничество в образовательной организации: организационно-методический аспект» (АОУ ДПО УР ИРО, 36 ч.); "
                        "«Школа молодого педагога-наставника» (АОУ ДПО УР ИРО, 24 ч.)"),
     "S3": dict(agr_e=1, agr_ent=0, agr_o=1, ext=1, ent_m=0, kpk=4, sm=88.5, sn=90,
                partners="ГБПОУ УР «Нижнеполянский агропромышленный техникум»; МБУ «Молодёжный центр «Импульс»",
                courses="«Организация сопровождения наставничества в образовательных организациях», АОУ ДПО УР ИРО, 24 ч., 2024"),
     "G":  dict(agr_e=3, agr_ent=1, agr_o=2, ext=2, ent_m=1, kpk=5, sm=95, sn=93,
                partners="ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Нижнеполянский агропромышленный техникум»; "
                         "МБУ ДО «Станция юных техников»; АО «Полянский молочный комбинат»; МБУК «Районный краеведческий музей»; "
                         "Нижнеполянское отделение ВООВ «Боевое братство»",
                courses="«Наставник проектной деятельности» (АОУ УР РОЦОД, 36 ч.); «Реализация системы наставничества педагогических "
                        "работников в образовательных организациях» (ФГАОУ ДПО «Академия Минпросвещения России», 36 ч.)"),
     "SS": dict(agr_e=0, agr_ent=1, agr_o=0, ext=0, ent_m=0, kpk=2, sm=90, sn=100,
                partners="СПК «Колхоз имени Кирова»",
                courses="«Эффективные инструменты наставничества», АНО «Большая Перемена», 36 ч."),
     "PU": dict(agr_e=1, agr_ent=0, agr_o=1, ext=1, ent_m=0, kpk=3, sm=86, sn=85,
                partners="МБОУ «Нижнеполянская СОШ № 1»; Пургинский сельский Дом культуры",
                courses="«Организация сопровождения наставничества в образовательных организациях», АОУ ДПО УР ИРО, 24 ч."),
    }
    parents = {"S1": 84, "S3": 80, "G": 91, "SS": 88, "PU": 79}
    rows = [
     ("H", "Сетевое взаимодействие, партнёры"),
     ("agreements_edu_orgs", "Соглашения с другими ОО (их сотрудники — наставники), ед.", "agr_e", "agr"),
     ("agreements_enterprises", "Соглашения с предприятиями, ед.", "agr_ent", "agr"),
     ("agreements_other_orgs", "Соглашения с иными организациями, ед.", "agr_o", "agr"),
     ("partner_list", "Партнёры по наставничеству (перечислить)", "partners", "agr"),
     ("external_edu_mentors", "Наставники из внешних ОО (по приказу), чел.", "ext", "ext"),
     ("enterprise_mentors", "Наставники — сотрудники предприятий, чел.", "ent_m", "ext"),
     ("H", "Профразвитие"),
     ("kpk_trained", "Прошли КПК по наставничеству в 2024 г., чел.", "kpk", "kpk"),
     ("kpk_courses", "Названия курсов", "courses", None),
     ("H", "Удовлетворённость (анкетирование, май 2024)"),
     ("satisfaction_mentees", "Удовлетворённость наставляемых, %", "sm", "anketa"),
     ("satisfaction_mentors", "Удовлетворённость наставников, %", "sn", "anketa"),
     ("D", "Удовлетворённость родителей наставляемых, %"),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "2024"
    names = [ORG[o]["full"] for o in orgs]
    ncol = 1 + 2 * len(orgs) + 1; tc = ncol
    ws["A1"] = "Партнёры, КПК, удовлетворённость — свод по школам, 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A3"] = "Показатель"; ws.merge_cells("A3:A4")
    for i, nm in enumerate(names):
        c = 2 + 2 * i
        ws.cell(3, c, nm); ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
        ws.cell(4, c, "значение"); ws.cell(4, c + 1, "ссылка")
        ws.column_dimensions[L(c)].width = 26; ws.column_dimensions[L(c + 1)].width = 30
    ws.cell(3, tc, "Всего по округу"); ws.merge_cells(start_row=3, start_column=tc, end_row=4, end_column=tc)
    ws.column_dimensions["A"].width = 44; ws.column_dimensions[L(tc)].width = 12
    for c in range(1, ncol + 1):
        for r in (3, 4):
            ws.cell(r, c).font = BOLD; ws.cell(r, c).alignment = CENTER; ws.cell(r, c).fill = GREY
    values = [dict() for _ in orgs]; links = [dict() for _ in orgs]
    r = 5; headings = []; decoys = []
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD; headings.append(row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol); r += 1; continue
        if row[0] == "D":
            ws.cell(r, 1, row[1]); decoys.append(row[1])
            for i, o in enumerate(orgs):
                ws.cell(r, 2 + 2 * i, parents[o])
            ws.cell(r, tc, round(sum(parents.values()) / len(orgs), 1)); r += 1; continue
        crit, text, key, doc = row
        ws.cell(r, 1, text).alignment = WRAP
        tot = []
        for i, o in enumerate(orgs):
            c = 2 + 2 * i; v = P[o][key]
            if (o, crit) == ("G", "satisfaction_mentees"):
                ws.cell(r, c, v / 100).number_format = "0%"   # typed as 95%
            else:
                ws.cell(r, c, v)
            ws.cell(r, c).alignment = WRAP
            values[i][crit] = v; tot.append(v)
            rec(fname, ws.title, f"{L(c)}{r}", names[i], crit, "value", v)
            if doc and v:
                u = url(o, doc); ws.cell(r, c + 1, u); links[i][crit] = u
                rec(fname, ws.title, f"{L(c+1)}{r}", names[i], crit, "link", u)
            elif doc:
                ws.cell(r, c + 1, "нет")
        if crit.startswith("satisfaction"):
            ws.cell(r, tc, round(sum(tot) / len(tot), 1))
        elif isinstance(tot[0], (int, float)):
            ws.cell(r, tc, sum(tot))
        ws.cell(r, tc).font = BOLD
        r += 1
    style_box(ws, 3, 1, r - 1, ncol)
    ws.cell(r + 1, 1, "Удовлетворённость: среднее по ОО (не взвешено)").font = Font(italic=True, size=9)
    ws.freeze_panes = "B5"
    save(wb, fname)
    EXPECTED.append({"file": "typed/" + fname, "sheet": ws.title, "year": 2024, "organisation": names,
                     "values": values, "links": links,
                     "not_criteria": decoys + ["Всего по округу"], "headings": headings})

# ================================================================ file 6
def file6():
    fname = "06_DOP_nastavnichestvo_2024.xlsx"
    orgs = ["DDT", "DU", "SUT", "CDO"]
    rows = [
     ("H", "1. Нормативка"),
     ("1.1", "orgs_regulation_teachers", "Приказ об утв. положения о наставничестве педработников (1/0)", "reg_t", [1, 1, 1, 1]),
     ("1.2", "orgs_regulation_students", "Приказ об утв. положения о наставничестве обучающихся (1/0)", "reg_s", [1, 1, 0, 1]),
     ("1.3", "orgs_monitoring_order", "Приказ о мониторинге ЦМН в учреждении (1/0)", "monit", [1, 1, 1, 0]),
     ("H", "2. Организация"),
     ("2.1", "curators_total", "Куратор(ы) ЦМН, чел.", "cur", [1, 1, 1, 1]),
     ("2.2", "mentors_total", "Наставники в базе (по приказу), чел.", "base", [13, 11, 3, 5]),
     ("2.3", "mentees_total", "Наставляемые в базе (по приказу), чел.", "base", [45, 25, 11, 14]),
     ("2.4", "D", "в т.ч. наставники из числа обучающихся 14–17 лет, чел.", None, [4, 6, 0, 1]),
     ("2.5", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга (1/0)", "notes", [1, 0, 1, 0]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "ДОП"
    names = [ORG[o]["f6"] for o in orgs]
    ncol = 2 + 2 * len(orgs) + 1; tc = ncol
    ws["A1"] = "Мониторинг ЦМН 2024 — учреждения дополнительного образования"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A3"] = "№ п/п"; ws["B3"] = "Критерий"
    ws.merge_cells("A3:A4"); ws.merge_cells("B3:B4")
    for i, nm in enumerate(names):
        c = 3 + 2 * i
        ws.cell(3, c, nm); ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
        ws.cell(4, c, "значение"); ws.cell(4, c + 1, "ссылка")
        ws.column_dimensions[L(c)].width = 9; ws.column_dimensions[L(c + 1)].width = 36
    ws.cell(3, tc, "Итого по ДОП"); ws.merge_cells(start_row=3, start_column=tc, end_row=4, end_column=tc)
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 46
    for c in range(1, ncol + 1):
        for r in (3, 4):
            ws.cell(r, c).font = BOLD; ws.cell(r, c).alignment = CENTER; ws.cell(r, c).fill = GREY
    values = [dict() for _ in orgs]; links = [dict() for _ in orgs]
    r = 5; headings = []; decoys = []
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = BOLD; headings.append(row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol); r += 1; continue
        num, crit, text, doc, vals = row
        ws.cell(r, 1, num); ws.cell(r, 2, text).alignment = WRAP
        for i, (o, v) in enumerate(zip(orgs, vals)):
            c = 3 + 2 * i
            ws.cell(r, c, v)
            if crit == "D":
                continue
            values[i][crit] = v
            rec(fname, ws.title, f"{L(c)}{r}", names[i], crit, "value", v)
            if v:
                u = url(o, doc)
                cell = ws.cell(r, c + 1, u); cell.hyperlink = u; cell.style = "Hyperlink"
                links[i][crit] = u
                rec(fname, ws.title, f"{L(c+1)}{r}", names[i], crit, "link", u, hyperlink=True)
        if crit == "D":
            decoys.append(text)
        ws.cell(r, tc, sum(vals)).font = BOLD
        r += 1
    style_box(ws, 3, 1, r - 1, ncol)
    ws.freeze_panes = "C5"
    save(wb, fname)
    EXPECTED.append({"file": "typed/" + fname, "sheet": ws.title, "year": 2024, "organisation": names,
                     "values": values, "links": links,
                     "not_criteria": decoys + ["Итого по ДОП"], "headings": headings})

for f in (file1, file2, file3, file4, file5, file6):
    f()
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
    json.dump({"note": "cells of expected values and links; no file was re-saved through LibreOffice",
               "cells": CELLS}, fh, ensure_ascii=False, indent=1)
nv = sum(len(d) for e in EXPECTED for d in e["values"])
nl = sum(len(d) for e in EXPECTED for d in e["links"])
no = sum(len(e["organisation"]) for e in EXPECTED)
print(f"files={len(EXPECTED)} organisation-columns={no} values={nv} links={nl}")
