#!/usr/bin/env python3
"""Held-out set 70: institutions of additional education (ДОП) of the invented
городской округ Светлоярск, monitoring of the mentoring programme (ЦМН) for 2024.

Writes typed/*.xlsx, expected.json and cells.json.  Fixed data, no randomness.
"""
import csv, json, os, re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")

EXPECTED = []
CELLS = []
VERBATIM = {}


# ---------------------------------------------------------------- helpers
def yn(text):
    """expected value of a yes/no cell as typed"""
    t = str(text).strip().lower()
    if t in ("да", "имеется", "1", "есть", "+"):
        return 1
    if t in ("нет", "отсутствует", "0", "-"):
        return 0
    raise ValueError(text)


def pct(n, d):
    return round(100.0 * n / d, 2)


def ru(x, nd=2):
    """7.1 -> '7,10'"""
    return f"{x:.{nd}f}".replace(".", ",")


class Form:
    def __init__(self, fname, organisation):
        self.file = "typed/" + fname
        self.org = organisation
        self.values, self.links = {}, {}
        self.not_criteria, self.headings = [], []
        self.labels = []          # row titles, for the verbatim count

    def val(self, sheet, cell, crit, expected):
        assert crit not in self.values, (self.file, crit)
        self.values[crit] = expected
        CELLS.append({"file": self.file, "sheet": sheet, "cell": cell, "criterion": crit,
                      "kind": "value", "expected": expected})

    def link(self, sheet, cell, crit, url):
        assert crit not in self.links, (self.file, crit)
        self.links[crit] = url
        CELLS.append({"file": self.file, "sheet": sheet, "cell": cell, "criterion": crit,
                      "kind": "link", "expected": url})

    def done(self):
        EXPECTED.append({"file": self.file, "year": 2024, "organisation": self.org,
                         "values": self.values, "links": self.links,
                         "not_criteria": self.not_criteria, "headings": self.headings})
        VERBATIM[self.file] = self.labels


def catalogue_wordings():
    path = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "Templates" / "criteria.tsv")
    out = set()
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if r.get(k):
                    out.add(norm(r[k]))
    return out


def norm(s):
    s = s.lower().replace("ё", "е")
    s = re.sub(r"[«»\"“”„]", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .:;")
    return s


# Row kinds used in the data tables below:
#   ("H", text)                                   heading / section, no value
#   ("C", crit, label, shown, expected, link)     criterion row; expected None = no value
#   ("N", label, shown, link)                     a value that is no criterion (decoy)
NP = "не предусмотрено"

# ============================================================ 1. ДДТ
DDT_ORG = "МБУ ДО «Дом детского творчества» г. Светлоярска"
DDT = "https://ddt-svetloyarsk.gosuslugi.ru/netcat_files/30/69/"
DDT_ROWS = [
    ("H", "1. Нормативно-правовое обеспечение программы наставничества учреждения"),
    ("C", "orgs_regulation_teachers", "Положение о наставничестве педагогических работников ДДТ (утверждено приказом по учреждению)", "да", 1, DDT + "Polozhenie_o_nastavnichestve_pedagogov_2024.pdf"),
    ("C", "orgs_regulation_students", "Положение о наставничестве учащихся (воспитанников) ДДТ", "да", 1, DDT + "Polozhenie_o_nastavnichestve_uchashchihsya.pdf"),
    ("C", "orgs_monitoring_order", "Приказ по учреждению о проведении внутреннего мониторинга программы наставничества", "да", 1, DDT + "Prikaz_118-od_o_monitoringe_TsMN_2024.pdf"),
    ("N", "Дорожная карта (план мероприятий) по реализации программы наставничества учреждения на 2024-2025 уч. год", "да", DDT + "Dorozhnaya_karta_nastavnichestvo_2024_2025.pdf"),
    ("C", "internal_monitoring_notes", "Аналитическая справка по итогам внутреннего мониторинга за 2024 год", "да", 1, DDT + "Analiticheskaya_spravka_monitoring_TsMN_2024.pdf"),
    ("C", "pay_acts", "Локальный акт об оплате (доплате) за наставническую деятельность, кол-во", 1, 1, DDT + "Polozhenie_ob_oplate_truda_rabotnikov_DDT.pdf"),
    ("C", "nonmaterial_acts", "Локальные акты о моральном поощрении наставников (грамоты, благодарности, доска почёта), кол-во", 1, 1, DDT + "Polozhenie_o_moralnom_pooshchrenii.pdf"),
    ("H", "2. Организация наставничества в учреждении"),
    ("C", "curators_total", "Куратор программы наставничества учреждения (методист), чел.", 1, 1, DDT + "Prikaz_o_naznachenii_kuratora_TsMN.pdf"),
    ("C", "mentors_total", "Наставники, закреплённые приказом по учреждению, всего", 39, 39, DDT + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf"),
    ("C", "mentees_total", "Наставляемые, закреплённые приказом по учреждению, всего", 108, 108, DDT + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf"),
    ("N", "Число наставнических пар (групп)", 41, None),
    ("C", "agreements_edu_orgs", "Договоры о сетевом взаимодействии со школами, направившими своих педагогов в наставники, шт.", 2, 2, "https://disk.yandex.ru/d/Dg7sVtqP3kLm0w"),
    ("C", "agreements_other_orgs", "Соглашения с иными организациями (НКО, учреждения культуры)", 1, 1, "https://disk.yandex.ru/i/Hs5pQw2Z8rTbNa"),
    ("C", "partner_list", "Социальные партнёры учреждения по наставничеству (наименования)",
     "МБОУ «СОШ № 5»; МБОУ «СОШ № 9»; АНО «Центр народных ремёсел «Берестень»",
     "МБОУ «СОШ № 5»; МБОУ «СОШ № 9»; АНО «Центр народных ремёсел «Берестень»", None),
    ("H", "3. Персонализированные программы наставничества (ППН)"),
    ("C", "pp_total", "ППН, всего по учреждению", 28, 28, DDT + "Reestr_PPN_2024.pdf"),
    ("C", "pp_pupil_pupil", "в т.ч. по форме «учащийся – учащийся»", 10, 10, DDT + "Reestr_PPN_2024.pdf"),
    ("C", "pp_teacher_teacher", "по форме «педагог – педагог»", 10, 10, DDT + "Reestr_PPN_2024.pdf"),
    ("C", "pp_student_student", "по форме «студент – студент»", NP, None, None),
    ("C", "pp_head_teacher", "по форме «руководитель – педагог»", 2, 2, DDT + "Reestr_PPN_2024.pdf"),
    ("C", "pp_student_pupil", "по форме «студент – учащийся»", NP, None, None),
    ("C", "pp_teacher_pupil", "по форме «педагог – учащийся»", 6, 6, DDT + "Reestr_PPN_2024.pdf"),
    ("H", "4. Внешние наставники"),
    ("C", "external_edu_mentors", "Наставники из других образовательных организаций (по приказу)", 2, 2, DDT + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf"),
    ("C", "other_org_mentors", "Наставники – представители общественных организаций, учреждений культуры", 1, 1, None),
    ("H", "5. Учащиеся в программах наставничества"),
    ("N", "Контингент учащихся ДДТ, всего (по муниципальному заданию)", 1840, None),
    ("C", "students_10_19", "Учащиеся в возрасте 10–19 лет, всего", 1120, 1120, None),
    ("C", "mentees_10_19", "из них включены в программы наставничества как наставляемые", 96, 96, DDT + "Baza_nastavlyaemyh_2024.pdf"),
    ("C", "mentees_risk", "– из «группы риска» (состоящие на профилактическом учёте)", 7, 7, None),
    ("C", "mentees_gifted", "– одарённые дети (внесены в реестр)", 12, 12, None),
    ("C", "mentees_disabled", "– дети с ОВЗ и дети-инвалиды", 9, 9, None),
    ("C", "mentees_other_params", "– по иным основаниям", 46, 46, None),
    ("C", "share_mentees_10_19", "Доля учащихся 10–19 лет, охваченных наставничеством в роли наставляемых, %", 8.57, pct(96, 1120), None),
    ("C", "students_15_19", "Учащиеся в возрасте 15–19 лет, всего", 310, 310, None),
    ("C", "mentors_15_19", "Учащиеся 15–19 лет, выступающие наставниками (по приказу)", 22, 22, DDT + "Baza_nastavnikov_2024.pdf"),
    ("C", "share_mentors_15_19", "Доля учащихся 15–19 лет – наставников, %", 7.1, pct(22, 310), None),
    ("H", "6. Удовлетворённость участников (анкетирование)"),
    ("C", "satisfaction_mentees", "Удовлетворённость наставляемых участием в программе, %", 94, 94, DDT + "Itogi_anketirovaniya_2024.pdf"),
    ("C", "satisfaction_mentors", "Удовлетворённость наставников участием в программе, %", 91, 91, DDT + "Itogi_anketirovaniya_2024.pdf"),
    ("H", "7. Педагогический коллектив"),
    ("C", "teachers_municipal", "Педагогические работники учреждения, всего (педагоги дополнительного образования, методисты, концертмейстеры)", 64, 64, None),
    ("C", "young_specialists", "Молодые педагоги (до 35 лет, стаж до 3 лет)", 9, 9, None),
    ("C", "young_specialists_mentees", "Молодые педагоги, имеющие наставника", 7, 7, DDT + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf"),
    ("C", "teachers_other", "Остальные педагоги (без молодых специалистов)", 55, 55, None),
    ("C", "teachers_other_mentees", "Из них в роли наставляемых", 5, 5, None),
    ("C", "teachers_mentors", "Педагоги-наставники", 14, 14, DDT + "Prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf"),
    ("C", "kpk_trained", "Прошли КПК по наставничеству в 2024 году, чел.", 3, 3, DDT + "Svedeniya_o_KPK_2024.pdf"),
    ("C", "school_methodical_associations", "Методическое объединение педагогов-наставников учреждения, кол-во", 1, 1, DDT + "Prikaz_o_sozdanii_MO_nastavnikov.pdf"),
    ("N", "Педагоги, входящие в сетевое сообщество наставников округа", 2, None),
]


def write_ddt():
    f = Form("ddt_svetloyarsk_2024.xlsx", DDT_ORG)
    wb = Workbook(); ws = wb.active; ws.title = "Мониторинг"
    ws["A1"] = "Мониторинг реализации программы наставничества за 2024 год"
    ws["A2"] = DDT_ORG
    ws["A1"].font = BOLD; ws["A2"].font = BOLD
    ws.merge_cells("A1:D1"); ws.merge_cells("A2:D2")
    hdr = ["№", "Показатель", "Значение", "Ссылка"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = BOLD; c.border = BOX; c.alignment = CENTER
    r = 5; n = 0
    for row in DDT_ROWS:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            f.headings.append(row[1])
        else:
            n += 1
            ws.cell(row=r, column=1, value=n)
            if row[0] == "C":
                _, crit, label, shown, exp, link = row
            else:
                _, label, shown, link = row; crit = exp = None
                f.not_criteria.append(label)
            f.labels.append(label)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=shown)
            if link:
                ws.cell(row=r, column=4, value=link)
            if crit and exp is not None:
                f.val(ws.title, f"C{r}", crit, exp)
                if link:
                    f.link(ws.title, f"D{r}", crit, link)
            for j in range(1, 5):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
        r += 1
    ws.cell(row=r + 1, column=2, value="Куратор: методист Сорокина Л.В., тел. 8 (83145) 2-17-40")
    for col, w in zip("ABCD", (5, 70, 22, 60)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, f.file)); f.done()


# ============================================================ 2. ДЮСШ (units column)
DUSSH_ORG = "МБУ ДО «Детско-юношеская спортивная школа № 1» г. Светлоярска"
DS = "https://dussh1svetloyarsk-r52.gosweb.gosuslugi.ru/ofitsialno/dokumenty/"
YN = "1 – да / 0 – нет"
DUSSH_ROWS = [
    ("H", "Нормативное обеспечение"),
    ("C", "orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве тренеров-преподавателей", YN, 1, 1, DS + "dokumenty-all-52_214.html"),
    ("C", "orgs_regulation_students", "Приказ об утверждении Положения о наставничестве среди занимающихся", YN, 1, 1, DS + "dokumenty-all-52_215.html"),
    ("C", "orgs_monitoring_order", "Приказ о внутреннем мониторинге реализации программы наставничества спортивной школы", YN, 1, 1, DS + "dokumenty-all-52_216.html"),
    ("C", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга (2024)", YN, 1, 1, DS + "dokumenty-all-52_231.html"),
    ("C", "pay_acts", "Локальные акты об оплате за наставничество (доплата тренерам-наставникам)", "ед.", 1, 1, DS + "dokumenty-all-52_120.html"),
    ("H", "Организация наставничества"),
    ("C", "curators_total", "Куратор наставничества (заместитель директора по учебно-спортивной работе)", "чел.", 1, 1, DS + "dokumenty-all-52_214.html"),
    ("C", "mentors_total", "Наставников по приказу, всего", "чел.", 23, 23, "https://disk.yandex.ru/i/Jx3pRt7vWq1sLe"),
    ("C", "mentees_total", "Наставляемых по приказу, всего", "чел.", 47, 47, "https://disk.yandex.ru/i/Jx3pRt7vWq1sLe"),
    ("C", "agreements_edu_orgs", "Соглашения с образовательными организациями (наставники из колледжа физической культуры)", "ед.", 1, 1, "https://disk.yandex.ru/i/Kc0vNn5aYt2uFq"),
    ("C", "agreements_other_orgs", "Соглашения со спортивными клубами и общественными организациями", "ед.", 1, 1, "https://disk.yandex.ru/i/Lm8rWq2bVx7nTe"),
    ("C", "partner_list", "Наименования организаций-партнёров", "—",
     "ГБПОУ «Светлоярский колледж физической культуры»; АНО «Футбольный клуб «Светлояр»",
     "ГБПОУ «Светлоярский колледж физической культуры»; АНО «Футбольный клуб «Светлояр»", None),
    ("C", "external_edu_mentors", "Внешние наставники из образовательных организаций", "чел.", 1, 1, None),
    ("C", "other_org_mentors", "Наставники из спортивных клубов, общественных организаций", "чел.", 1, 1, None),
    ("H", "Персонализированные программы наставничества"),
    ("C", "pp_total", "Персонализированные программы наставничества, всего", "ед.", 19, 19, DS + "dokumenty-all-52_232.html"),
    ("C", "pp_pupil_pupil", "форма «занимающийся – занимающийся» (спортсмен-инструктор – младший спортсмен)", "ед.", 8, 8, None),
    ("C", "pp_teacher_teacher", "форма «тренер – тренер»", "ед.", 5, 5, None),
    ("C", "pp_head_teacher", "форма «руководитель – тренер-преподаватель»", "ед.", 1, 1, None),
    ("C", "pp_student_pupil", "форма «студент – занимающийся»", "ед.", "–", None, None),
    ("C", "pp_teacher_pupil", "форма «тренер-преподаватель – занимающийся»", "ед.", 5, 5, None),
    ("H", "Занимающиеся в программах наставничества"),
    ("N", "Общее количество занимающихся в спортивной школе", "чел.", 780, None),
    ("C", "students_10_19", "Занимающиеся 10–19 лет", "чел.", 560, 560, None),
    ("C", "mentees_10_19", "Занимающиеся 10–19 лет – наставляемые", "чел.", 41, 41, "https://disk.yandex.ru/i/Jx3pRt7vWq1sLe"),
    ("C", "mentees_risk", "в т.ч. «группа риска» (трудные подростки, состоящие на учёте)", "чел.", 9, 9, None),
    ("C", "mentees_gifted", "в т.ч. одарённые (в реестре одарённых детей)", "чел.", 6, 6, None),
    ("C", "mentees_disabled", "в т.ч. с ОВЗ, инвалидностью (адаптивная физкультура)", "чел.", 2, 2, None),
    ("C", "mentees_career", "в т.ч. с проблемами выбора профессии", "чел.", 4, 4, None),
    ("C", "mentees_other_params", "в т.ч. по иным параметрам", "чел.", 17, 17, None),
    ("C", "share_mentees_10_19", "Доля занимающихся 10–19 лет в роли наставляемых", "%", 7.32, pct(41, 560), None),
    ("N", "Количество и доля занимающихся-разрядников, включённых в наставничество", "чел. / %", "12 / 5,6", None),
    ("C", "students_15_19", "Занимающиеся 15–19 лет", "чел.", 190, 190, None),
    ("C", "mentors_15_19", "Спортсмены-инструкторы 15–19 лет в роли наставников (по приказу)", "чел.", 14, 14, "https://disk.yandex.ru/i/Jx3pRt7vWq1sLe"),
    ("C", "share_mentors_15_19", "Доля занимающихся 15–19 лет в роли наставников", "%", 7.37, pct(14, 190), None),
    ("C", "satisfaction_mentees", "Удовлетворённость наставляемых (по итогам анкетирования)", "%", 89, 89, None),
    ("C", "satisfaction_mentors", "Удовлетворённость наставников (по итогам анкетирования)", "%", 90, 90, None),
    ("H", "Тренерско-преподавательский состав"),
    ("C", "teachers_municipal", "Всего тренеров-преподавателей и иных педагогических работников", "чел.", 31, 31, None),
    ("C", "young_specialists", "Молодые специалисты (до 35 лет, первые 3 года работы)", "чел.", 5, 5, None),
    ("C", "young_specialists_mentees", "Молодые тренеры-преподаватели, за которыми закреплены наставники", "чел.", 5, 5, None),
    ("C", "teachers_other", "Тренеры-преподаватели, кроме молодых специалистов", "чел.", 26, 26, None),
    ("C", "teachers_other_mentees", "Тренеры-преподаватели (кроме молодых) – наставляемые", "чел.", 1, 1, None),
    ("C", "share_young_specialists_mentees", "Доля молодых специалистов с наставником", "%", 100, pct(5, 5), None),
    ("C", "share_teachers_mentees", "Доля наставляемых среди тренеров-преподавателей", "%", 19.35, pct(6, 31), None),
    ("C", "teachers_mentors", "Тренеры-преподаватели – наставники", "чел.", 7, 7, None),
    ("C", "share_teachers_mentors", "Доля тренеров-преподавателей – наставников", "%", 22.58, pct(7, 31), None),
    ("C", "kpk_trained", "Прошли курсы повышения квалификации по наставничеству (2024 г.)", "чел.", 2, 2, "https://disk.yandex.ru/i/Pq4zXe9cRb6hMu"),
    ("C", "school_methodical_associations", "Методическое объединение тренеров-наставников", "ед.", 0, 0, None),
]


def write_dussh():
    f = Form("dussh1_nastavnichestvo_2024.xlsx", DUSSH_ORG)
    wb = Workbook(); ws = wb.active; ws.title = "ЦМН 2024"
    ws["A1"] = "Отчётная форма «Мониторинг целевой модели наставничества» за 2024 год"
    ws["A2"] = "Учреждение: " + DUSSH_ORG
    ws["A1"].font = BOLD
    ws.merge_cells("A1:E1"); ws.merge_cells("A2:E2")
    hdr = ["№ п/п", "Наименование показателя", "Ед. изм.", "Значение", "Ссылка на подтверждающий документ"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = BOLD; c.border = BOX; c.alignment = CENTER; c.fill = GREY
    r = 5; n = 0; sec = 0
    for row in DUSSH_ROWS:
        if row[0] == "H":
            sec += 1; n = 0
            ws.cell(row=r, column=1, value=f"{sec}.").font = BOLD
            ws.cell(row=r, column=2, value=row[1]).font = BOLD
            f.headings.append(row[1])
        else:
            n += 1
            ws.cell(row=r, column=1, value=f"{sec}.{n}")
            if row[0] == "C":
                _, crit, label, unit, shown, exp, link = row
            else:
                _, label, unit, shown, link = row; crit = exp = None
                f.not_criteria.append(label)
            f.labels.append(label)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            ws.cell(row=r, column=4, value=shown)
            if link:
                ws.cell(row=r, column=5, value=link)
            if crit and exp is not None:
                f.val(ws.title, f"D{r}", crit, exp)
                if link:
                    f.link(ws.title, f"E{r}", crit, link)
        for j in range(1, 6):
            ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=j).alignment = WRAP
        r += 1
    ws.cell(row=r + 1, column=2, value="Директор ______________ Гусев А.П.")
    for col, w in zip("ABCDE", (7, 62, 16, 14, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, f.file)); f.done()


# ============================================================ 3. ДШИ (2023 | 2024)
DSHI_ORG = "МБУ ДО «Детская школа искусств № 2» г. Светлоярска"
DSH = "https://dshi2-svetloyarsk.edu.ru/upload/nastavnichestvo/"
# ("C", crit, label, v2023, v2024 shown, expected, link)   ("N", label, v2023, v2024, link)
DSHI_ROWS = [
    ("H", "I. Документы"),
    ("C", "orgs_regulation_teachers", "Положение о наставничестве преподавателей и концертмейстеров", "Да", "Да", 1, DSH + "polozhenie_nastavnichestvo_prepodavateli.pdf"),
    ("C", "orgs_regulation_students", "Положение о наставничестве учащихся ДШИ", "Нет", "Да", 1, DSH + "polozhenie_nastavnichestvo_uchashchiesya_2024.pdf"),
    ("C", "orgs_monitoring_order", "Приказ о мониторинге программы наставничества ДШИ", "Да", "Да", 1, DSH + "prikaz_monitoring_2024.pdf"),
    ("C", "internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "Да", "Да", 1, DSH + "spravka_monitoring_2024.pdf"),
    ("C", "pay_acts", "Локальный акт о доплате за наставничество", 1, 1, 1, DSH + "polozhenie_o_stimuliruyushchih_vyplatah.pdf"),
    ("C", "nonmaterial_acts", "Локальный акт о нематериальном поощрении наставников", 0, 1, 1, None),
    ("H", "II. Наставники и наставляемые"),
    ("C", "curators_total", "Кураторы программы наставничества", 1, 1, 1, None),
    ("C", "mentors_total", "Наставники (по приказу), всего", 9, 12, 12, DSH + "prikaz_nastavnicheskie_pary_2024.pdf"),
    ("C", "mentees_total", "Наставляемые (по приказу), всего", 25, 34, 34, DSH + "prikaz_nastavnicheskie_pary_2024.pdf"),
    ("C", "agreements_edu_orgs", "Соглашения о наставничестве с колледжем искусств и другими образовательными организациями", 1, 1, 1, "https://cloud.mail.ru/public/Xk2T/9dPqW3sLm"),
    ("C", "agreements_enterprises", "Соглашения с предприятиями", NP, NP, None, None),
    ("C", "agreements_other_orgs", "Соглашения с учреждениями культуры и иными организациями", 1, None, None, None),
    ("C", "partner_list", "Организации – партнёры по наставничеству", "ГБПОУ «Светлоярский колледж искусств»; МБУК «Городской дом культуры»",
     "ГБПОУ «Светлоярский колледж искусств»", "ГБПОУ «Светлоярский колледж искусств»", None),
    ("C", "external_edu_mentors", "Внешние наставники – преподаватели колледжа искусств", 1, 1, 1, None),
    ("C", "enterprise_mentors", "Наставники с предприятий", NP, NP, None, None),
    ("H", "III. Персонализированные программы"),
    ("C", "pp_total", "ППН всего", 12, 16, 16, DSH + "reestr_PPN_2024.pdf"),
    ("C", "pp_pupil_pupil", "«учащийся – учащийся» (старший участник ансамбля – младший)", 3, 4, 4, None),
    ("C", "pp_teacher_teacher", "«преподаватель – преподаватель»", 4, 5, 5, None),
    ("C", "pp_head_teacher", "«руководитель – преподаватель»", 1, 1, 1, None),
    ("C", "pp_teacher_pupil", "«преподаватель – учащийся»", 4, 6, 6, None),
    ("N", "в т.ч. «концертмейстер – учащийся» (входит в предыдущую строку)", 1, 2, None),
    ("H", "IV. Учащиеся"),
    ("N", "Контингент учащихся ДШИ (все отделения)", 505, 520, None),
    ("C", "students_10_19", "Учащиеся 10–19 лет", 318, 330, 330, None),
    ("C", "mentees_10_19", "Учащиеся 10–19 лет – наставляемые", 21, 28, 28, DSH + "baza_nastavlyaemyh_2024.pdf"),
    ("C", "mentees_gifted", "из них одарённые (в реестре одарённых детей), лауреаты конкурсов", 7, 9, 9, None),
    ("C", "mentees_disabled", "из них дети с ОВЗ, инвалидностью", 2, 3, 3, None),
    ("C", "mentees_low_motivation", "из них со сниженной мотивацией к занятиям, неуспевающие", 4, 5, 5, None),
    ("C", "mentees_career", "из них поступающие в профильные ссузы/вузы (профориентация)", 5, 6, 6, None),
    ("C", "mentees_other_params", "из них по иным основаниям", 3, 5, 5, None),
    ("C", "share_mentees_10_19", "Доля учащихся 10–19 лет – наставляемых", "6,60 %", "8,48 %", pct(28, 330), None),
    ("C", "students_15_19", "Учащиеся 15–19 лет", 80, 84, 84, None),
    ("C", "mentors_15_19", "Учащиеся 15–19 лет – наставники", 4, 6, 6, None),
    ("C", "share_mentors_15_19", "Доля учащихся 15–19 лет – наставников", "5,00 %", "7,14 %", pct(6, 84), None),
    ("C", "satisfaction_mentees", "Удовлетворённость наставляемых", "90 %", "96 %", 96, None),
    ("C", "satisfaction_mentors", "Удовлетворённость наставников", "92 %", "93 %", 93, None),
    ("H", "V. Преподаватели и концертмейстеры"),
    ("C", "teachers_municipal", "Преподаватели и концертмейстеры, всего", 41, 42, 42, None),
    ("C", "young_specialists", "Молодые специалисты", 3, 4, 4, None),
    ("C", "young_specialists_mentees", "Молодые специалисты с закреплённым наставником", 3, 4, 4, None),
    ("C", "teachers_other_mentees", "Преподаватели со стажем (не молодые специалисты) – наставляемые", 1, 2, 2, None),
    ("C", "teachers_mentors", "Преподаватели и концертмейстеры – наставники", 4, 5, 5, None),
    ("N", "в т.ч. концертмейстеры – наставники", 1, 2, None),
    ("C", "share_teachers_mentors", "Доля наставников в педагогическом коллективе", "9,76 %", "11,90 %", pct(5, 42), None),
    ("C", "kpk_trained", "Обучены на КПК по наставничеству (за год)", 0, 1, 1, DSH + "udostoverenie_KPK_2024.pdf"),
    ("C", "school_methodical_associations", "МО наставников", 0, 1, 1, None),
]


def write_dshi():
    f = Form("dshi2_monitoring_TsMN_2023-2024.xlsx", DSHI_ORG)
    wb = Workbook(); ws = wb.active; ws.title = "Лист1"
    ws["A1"] = DSHI_ORG
    ws["A2"] = "Показатели реализации программы наставничества (2024 г. в сравнении с 2023 г.)"
    ws["A1"].font = BOLD; ws["A2"].font = BOLD
    ws.merge_cells("A1:E1"); ws.merge_cells("A2:E2")
    hdr = ["№", "Показатель", "2023", "2024", "Ссылка на документ (2024)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = BOLD; c.border = BOX; c.alignment = CENTER
    r = 5; n = 0
    for row in DSHI_ROWS:
        if row[0] == "H":
            ws.cell(row=r, column=2, value=row[1]).font = BOLD
            f.headings.append(row[1])
        else:
            n += 1
            ws.cell(row=r, column=1, value=n)
            if row[0] == "C":
                _, crit, label, v23, v24, exp, link = row
            else:
                _, label, v23, v24, link = row; crit = exp = None
                f.not_criteria.append(label)
            f.labels.append(label)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=v23)
            ws.cell(row=r, column=4, value=v24)
            if link:
                ws.cell(row=r, column=5, value=link)
            if crit and exp is not None:
                f.val(ws.title, f"D{r}", crit, exp)
                if link:
                    f.link(ws.title, f"E{r}", crit, link)
        for j in range(1, 6):
            ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=j).alignment = WRAP
        r += 1
    ws.cell(row=r + 1, column=2, value="Ответственный: зам. директора по УВР Ильина Т.С.")
    for col, w in zip("ABCDE", (5, 66, 12, 12, 58)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, f.file)); f.done()


# ============================================================ 4. СЮТ (percent-formatted shares, note column)
SYUT_ORG = "МБУ ДО «Станция юных техников» г. Светлоярска"
SY = "https://syut-svetloyarsk.edu.ru/nastavnichestvo/"
# ("C", crit, label, shown, expected, note, link); shown = ("frac", n, d) for a percent-formatted share
SYUT_ROWS = [
    ("H", "Раздел 1. Нормативная база"),
    ("C", "orgs_regulation_teachers", "Положение о системе наставничества педагогов дополнительного образования СЮТ", "имеется", 1, "приказ от 29.08.2024 № 64-од", SY + "docs/polozhenie_pedagogi.pdf"),
    ("C", "orgs_regulation_students", "Положение о наставничестве кружковцев", "имеется", 1, "", SY + "docs/polozhenie_kruzhkovtsy.pdf"),
    ("C", "orgs_monitoring_order", "Приказ о мониторинге (внутренний мониторинг наставничества)", "имеется", 1, "", SY + "docs/prikaz_monitoring.pdf"),
    ("C", "internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга", "отсутствует", 0, "будет подготовлена в январе 2025 г.", None),
    ("C", "pay_acts", "Локальные акты об оплате наставничества", 1, 1, "Положение о стимулирующих выплатах, п. 4.7", SY + "docs/polozhenie_stimuliruyushchie.pdf"),
    ("H", "Раздел 2. Наставничество и сетевое взаимодействие"),
    ("C", "curators_total", "Кураторы (методист, зам. директора по УВР)", 2, 2, "", SY + "docs/prikaz_kuratory.pdf"),
    ("C", "mentors_total", "Наставники по приказу", 28, 28, "вкл. внешних", SY + "docs/prikaz_pary_2024.pdf"),
    ("C", "mentees_total", "Наставляемые по приказу", 65, 65, "", SY + "docs/prikaz_pary_2024.pdf"),
    ("C", "agreements_edu_orgs", "Договоры о сетевом взаимодействии с образовательными организациями (наставники со стороны партнёра)", 1, 1, "МБОУ «СОШ № 5»", SY + "docs/dogovor_SOSh5.pdf"),
    ("C", "agreements_enterprises", "Соглашения с предприятиями – социальными партнёрами", 2, 2, "ещё 1 соглашение на подписании", "https://disk.yandex.ru/d/sYt7Pz4kQwe2Ra"),
    ("C", "agreements_other_orgs", "Соглашения с иными организациями", 1, 1, "ДОСААФ", "https://disk.yandex.ru/d/sYt7Pz4kQwe2Ra"),
    ("C", "partner_list", "Социальные партнёры, участвующие в наставничестве",
     "АО «Светлоярский приборостроительный завод»; ООО «ТехноЛайн»; МБОУ «СОШ № 5»; местное отделение ДОСААФ России г. Светлоярска",
     "АО «Светлоярский приборостроительный завод»; ООО «ТехноЛайн»; МБОУ «СОШ № 5»; местное отделение ДОСААФ России г. Светлоярска", "", None),
    ("C", "external_edu_mentors", "Наставники из других образовательных организаций", 1, 1, "учитель физики СОШ № 5", None),
    ("C", "enterprise_mentors", "Наставники – инженеры предприятий-партнёров", 3, 3, "АО «СПЗ» – 2, ООО «ТехноЛайн» – 1", SY + "docs/prikaz_pary_2024.pdf"),
    ("N", "Совместные проекты с предприятиями-партнёрами", 4, "хакатон, инженерные каникулы", None),
    ("H", "Раздел 3. Программы наставничества"),
    ("C", "pp_total", "Персонализированные программы, всего", 21, 21, "", SY + "docs/reestr_PPN.pdf"),
    ("C", "pp_pupil_pupil", "«кружковец – кружковец»", 6, 6, "", None),
    ("C", "pp_teacher_teacher", "«педагог – педагог»", 4, 4, "", None),
    ("C", "pp_student_pupil", "«студент – кружковец»", 2, 2, "студенты политехнического колледжа", None),
    ("C", "pp_teacher_pupil", "«педагог – кружковец»", 7, 7, "", None),
    ("C", "pp_other", "иные формы", 2, 2, "«работодатель – кружковец»", None),
    ("H", "Раздел 4. Кружковцы"),
    ("N", "Кружковцев всего (объединения технической направленности)", 640, "", None),
    ("C", "students_10_19", "Кружковцы от 10 до 19 лет", 470, 470, "", None),
    ("C", "mentees_10_19", "Кружковцы от 10 до 19 лет в роли наставляемых", 58, 58, "", SY + "docs/baza_nastavlyaemyh.pdf"),
    ("C", "mentees_risk", "группа риска", 5, 5, "", None),
    ("C", "mentees_gifted", "одарённые дети (реестр)", 8, 8, "", None),
    ("C", "mentees_disabled", "ОВЗ / дети-инвалиды", 2, 2, "", None),
    ("C", "mentees_career", "профессиональное самоопределение (инженерные профессии)", 21, 21, "", None),
    ("C", "mentees_other_params", "иные параметры", 22, 22, "подготовка к соревнованиям", None),
    ("C", "share_mentees_10_19", "Доля наставляемых среди кружковцев 10–19 лет", ("frac", 58, 470), None, "", None),
    ("C", "students_15_19", "Кружковцы от 15 до 19 лет", 150, 150, "", None),
    ("C", "mentors_15_19", "Кружковцы 15–19 лет – наставники", 18, 18, "", SY + "docs/baza_nastavnikov.pdf"),
    ("C", "share_mentors_15_19", "Доля наставников среди кружковцев 15–19 лет", ("frac", 18, 150), None, "", None),
    ("C", "satisfaction_mentees", "Удовлетворённость наставляемых", ("frac", 88, 100), None, "анкетирование, май 2024", None),
    ("C", "satisfaction_mentors", "Удовлетворённость наставников", ("frac", 90, 100), None, "анкетирование, май 2024", None),
    ("H", "Раздел 5. Педагоги дополнительного образования"),
    ("C", "young_specialists", "Молодые специалисты", 6, 6, "", None),
    ("C", "teachers_other", "Педагоги без учёта молодых специалистов", 22, 22, "", None),
    ("C", "young_specialists_mentees", "Молодые специалисты – наставляемые", 5, 5, "", None),
    ("C", "teachers_other_mentees", "Прочие педагоги – наставляемые", 2, 2, "", None),
    ("C", "share_teachers_mentees", "Доля педагогов в роли наставляемых", ("frac", 7, 28), None, "", None),
    ("C", "teachers_mentors", "Педагоги – наставники", 6, 6, "", None),
    ("C", "share_teachers_mentors", "Доля педагогов – наставников", ("frac", 6, 28), None, "", None),
    ("C", "kpk_trained", "Обучились на КПК по наставничеству", 4, 4, "", SY + "docs/kpk_2024.pdf"),
    ("C", "kpk_courses", "Какие курсы",
     "«Наставничество в техническом творчестве детей», 24 ч.; «Целевая модель наставничества в дополнительном образовании детей», 36 ч.",
     "«Наставничество в техническом творчестве детей», 24 ч.; «Целевая модель наставничества в дополнительном образовании детей», 36 ч.", "", None),
    ("C", "school_methodical_associations", "Методическое объединение наставников", 1, 1, "", None),
]


def write_syut():
    f = Form("SYuT_monitoring_nastavnichestva_2024.xlsx", SYUT_ORG)
    wb = Workbook(); ws = wb.active; ws.title = "Форма"
    ws["B1"] = "Мониторинг целевой модели наставничества, 2024 год"
    ws["B2"] = SYUT_ORG
    ws["B1"].font = BOLD
    hdr = ["Критерий", "Показатель СЮТ", "Примечание", "Ссылка"]
    for j, h in enumerate(hdr, 2):
        c = ws.cell(row=4, column=j, value=h); c.font = BOLD; c.border = BOX; c.alignment = CENTER; c.fill = GREY
    r = 5
    for row in SYUT_ROWS:
        if row[0] == "H":
            c = ws.cell(row=r, column=2, value=row[1]); c.font = BOLD; c.fill = GREY
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            f.headings.append(row[1])
        else:
            if row[0] == "C":
                _, crit, label, shown, exp, note, link = row
            else:
                _, label, shown, note, link = row; crit = exp = None
                f.not_criteria.append(label)
            f.labels.append(label)
            ws.cell(row=r, column=2, value=label)
            vc = ws.cell(row=r, column=3)
            if isinstance(shown, tuple):
                _, a, b = shown
                vc.value = round(a / b, 4)
                vc.number_format = "0.00%"
                exp = round(vc.value * 100, 2)
            else:
                vc.value = shown
            if note:
                ws.cell(row=r, column=4, value=note)
            if link:
                ws.cell(row=r, column=5, value=link)
            if crit and exp is not None:
                f.val(ws.title, f"C{r}", crit, exp)
                if link:
                    f.link(ws.title, f"E{r}", crit, link)
            for j in range(2, 6):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
        r += 1
    for col, w in zip("ABCDE", (3, 60, 18, 34, 52)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, f.file)); f.done()


# ============================================================ 5. ЦДО (header block, hyperlinks, some empty rows)
CDO_ORG = "МАУ ДО «Центр дополнительного образования «Горизонт»"
GZ = "https://gorizont-svet.gosuslugi.ru/netcat_files/32/74/"
# ("C", num, crit, label, shown, expected, link) ("N", num, label, shown, link) ("H", num, text)
CDO_ROWS = [
    ("H", "1", "Локальные акты"),
    ("C", "1.1", "orgs_regulation_teachers", "Положение о наставничестве педагогов дополнительного образования (приказ по учреждению)", "да", 1, GZ + "Polozhenie_o_nastavnichestve_pedagogov.pdf"),
    ("C", "1.2", "orgs_regulation_students", "Положение о наставничестве учащихся Центра", "да", 1, GZ + "Polozhenie_o_nastavnichestve_uchashchihsya.pdf"),
    ("C", "1.3", "orgs_monitoring_order", "Приказ о внутреннем мониторинге программы наставничества Центра", "да", 1, GZ + "Prikaz_monitoring_2024.pdf"),
    ("C", "1.4", "internal_monitoring_notes", "Аналитическая справка по итогам мониторинга", "да", 1, GZ + "Spravka_itogi_monitoringa_2024.pdf"),
    ("C", "1.5", "pay_acts", "Локальные акты, устанавливающие оплату наставникам", 1, 1, GZ + "Polozhenie_o_stimuliruyushchih.pdf"),
    ("C", "1.6", "nonmaterial_acts", "Локальные акты о нематериальном стимулировании наставников", 2, 2, GZ + "Polozhenie_o_nagrazhdenii.pdf"),
    ("H", "2", "Программа наставничества учреждения"),
    ("C", "2.1", "curators_total", "Куратор (методист Центра)", 1, 1, None),
    ("C", "2.2", "mentors_total", "Количество наставников (приказ о закреплении наставнических пар)", 27, 27, GZ + "Prikaz_nastavnicheskie_pary.pdf"),
    ("C", "2.3", "mentees_total", "Количество наставляемых (приказ о закреплении наставнических пар)", 73, 73, GZ + "Prikaz_nastavnicheskie_pary.pdf"),
    ("N", "2.4", "План на 2025 год: количество наставнических пар", 40, None),
    ("C", "2.5", "agreements_edu_orgs", "Договоры о сетевом взаимодействии с ОО (наставники от партнёров)", 2, 2, "https://disk.yandex.ru/d/gRz0nT5vKu8pLw"),
    ("C", "2.7", "agreements_other_orgs", "Соглашения с иными организациями", 1, 1, "https://disk.yandex.ru/d/gRz0nT5vKu8pLw"),
    ("C", "2.8", "external_edu_mentors", "Наставники – педагоги школ-партнёров", 2, 2, None),
    ("H", "3", "Персонализированные программы наставничества"),
    ("C", "3.1", "pp_total", "Всего ППН", 20, 20, GZ + "PPN_2024.pdf"),
    ("C", "3.2", "pp_pupil_pupil", "форма «учащийся – учащийся»", 5, 5, None),
    ("C", "3.3", "pp_teacher_teacher", "форма «педагог – педагог»", 6, 6, None),
    ("C", "3.4", "pp_student_student", "форма «студент – студент»", NP, None, None),
    ("C", "3.5", "pp_head_teacher", "форма «руководитель – педагог»", 2, 2, None),
    ("C", "3.7", "pp_teacher_pupil", "форма «педагог – учащийся»", 5, 5, None),
    ("C", "3.8", "pp_other", "иные формы (указать): «выпускник – учащийся»", 2, 2, None),
    ("H", "4", "Учащиеся"),
    ("C", "4.1", "students_10_19", "Количество учащихся с 10 до 19 лет", 860, 860, None),
    ("C", "4.2", "mentees_10_19", "Учащиеся с 10 до 19 лет, включённые в наставнические пары как наставляемые", 64, 64, GZ + "Prikaz_nastavnicheskie_pary.pdf"),
    ("C", "4.2.1", "mentees_risk", "в т.ч. из «группы риска»", 6, 6, None),
    ("C", "4.2.2", "mentees_gifted", "в т.ч. одарённые (реестр одарённых детей)", 10, 10, None),
    ("C", "4.2.3", "mentees_disabled", "в т.ч. ОВЗ и инвалидность", 5, 5, None),
    ("C", "4.2.4", "mentees_low_motivation", "в т.ч. низкая учебная мотивация, неуспеваемость", None, None, None),
    ("C", "4.2.5", "mentees_career", "в т.ч. проблемы профессионального выбора", 15, 15, None),
    ("C", "4.2.6", "mentees_other_params", "в т.ч. иные параметры", 28, 28, None),
    ("C", "4.3", "share_mentees_10_19", "Доля учащихся 10–19 лет – наставляемых (%)", 7.44, pct(64, 860), None),
    ("N", "4.4", "Доля учащихся, охваченных наставничеством, от общего числа учащихся Центра (%)", 5.1, None),
    ("C", "4.5", "students_15_19", "Количество учащихся с 15 до 19 лет", 240, 240, None),
    ("C", "4.6", "mentors_15_19", "Учащиеся 15–19 лет в роли наставника (по приказу)", 15, 15, GZ + "Prikaz_nastavnicheskie_pary.pdf"),
    ("C", "4.7", "share_mentors_15_19", "Доля учащихся 15–19 лет в роли наставника (%)", 6.25, pct(15, 240), None),
    ("H", "5", "Удовлетворённость"),
    ("C", "5.1", "satisfaction_mentees", "наставляемых (%)", 92, 92, GZ + "Anketirovanie_2024.pdf"),
    ("C", "5.2", "satisfaction_mentors", "наставников (%)", 95, 95, GZ + "Anketirovanie_2024.pdf"),
    ("H", "6", "Педагогический коллектив"),
    ("C", "6.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет)", 8, 8, None),
    ("C", "6.2", "young_specialists_mentees", "Молодые специалисты – наставляемые", 6, 6, None),
    ("C", "6.3", "teachers_other", "Педагоги, не относящиеся к молодым специалистам", 39, 39, None),
    ("C", "6.4", "teachers_other_mentees", "из них наставляемые", 3, 3, None),
    ("C", "6.6", "share_teachers_mentees", "Доля педагогов – наставляемых (%)", 19.15, pct(9, 47), None),
    ("C", "6.7", "teachers_mentors", "Педагоги в роли наставника", 10, 10, None),
    ("C", "6.9", "share_teachers_mentors", "Доля педагогов в роли наставника (%)", 21.28, pct(10, 47), None),
    ("C", "6.10", "share_young_specialists_mentors", "Доля молодых специалистов в роли наставника (%)", None, None, None),
    ("C", "6.12", "kpk_trained", "Курсы повышения квалификации по наставничеству (чел.)", 2, 2, GZ + "Udostovereniya_KPK.pdf"),
    ("C", "6.13", "school_methodical_associations", "Методические объединения наставников Центра", 1, 1, None),
]


def write_cdo():
    f = Form("CDO_Gorizont_TsMN_2024.xlsx", CDO_ORG)
    wb = Workbook(); ws = wb.active; ws.title = "Отчёт"
    ws["A1"] = "Сведения о реализации целевой модели наставничества"
    ws["A2"] = "Наименование учреждения:"; ws["C2"] = CDO_ORG
    ws["A3"] = "Отчётный период:"; ws["C3"] = "2024 год"
    ws["A4"] = "Ответственный (куратор):"; ws["C4"] = "Никитина Ольга Сергеевна, методист"
    ws["A1"].font = BOLD
    ws.merge_cells("A1:D1"); ws.merge_cells("A2:B2"); ws.merge_cells("A3:B3"); ws.merge_cells("A4:B4")
    hdr = ["№ п/п", "Наименование показателя", "Данные учреждения", "Подтверждающий документ"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h); c.font = BOLD; c.border = BOX; c.alignment = CENTER
    r = 7
    for row in CDO_ROWS:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.cell(row=r, column=2, value=row[2]).font = BOLD
            f.headings.append(row[2])
        else:
            if row[0] == "C":
                _, num, crit, label, shown, exp, link = row
            else:
                _, num, label, shown, link = row; crit = exp = None
                f.not_criteria.append(label)
            f.labels.append(label)
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=label)
            if shown is not None:
                ws.cell(row=r, column=3, value=shown)
            if link:
                lc = ws.cell(row=r, column=4, value=link)
                lc.hyperlink = link
                lc.style = "Hyperlink"
            if crit and exp is not None:
                f.val(ws.title, f"C{r}", crit, exp)
                if link:
                    f.link(ws.title, f"D{r}", crit, link)
        for j in range(1, 5):
            ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=j).alignment = WRAP
        r += 1
    for col, w in zip("ABCD", (8, 64, 18, 60)):
        ws.column_dimensions[col].width = w
    wb.create_sheet("Лист2")
    wb.save(os.path.join(HERE, f.file)); f.done()


# ============================================================ 6. СОШ (contrast: ordinary school form, seed-001 shape)
SOSH_ORG = "МБОУ «Средняя общеобразовательная школа № 5» г. Светлоярска"
S5 = "https://shkola5svetloyarsk-r52.gosweb.gosuslugi.ru/netcat_files/30/69/"
# groups: (direction, [rows]) ; rows: ("C", crit, label, shown, expected, link) / ("N", label, shown, link)
SOSH = [
    ("Нормативное обеспечение реализации Целевой модели наставничества", [
        ("C", "orgs_regulation_teachers", "Наличие приказа «Об утверждении положения о системе наставничества педагогических работников в образовательной организации»", "Да", 1, S5 + "Prikaz_Polozhenie_nastavnichestvo_pedagogov.pdf"),
        ("C", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено", "Да", 1, S5 + "Prikaz_Polozhenie_nastavnichestvo_obuchayushchihsya.pdf"),
        ("N", "Наличие дорожной карты ОО", "Да", S5 + "Dorozhnaya_karta_TsMN_2024.pdf"),
        ("C", "orgs_monitoring_order", "Наличие приказа о мониторинге реализации Целевой модели наставничества в ОО", "Да", 1, S5 + "Prikaz_o_monitoringe_TsMN.pdf"),
        ("C", "internal_monitoring_notes", "Наличие информационной справки ОО по итогам внутреннего мониторинга", "Да", 1, S5 + "Spravka_vnutrenniy_monitoring_2024.pdf"),
    ]),
    ("Организация процесса реализации Целевой модели наставничества", [
        ("C", "curators_total", "Количество кураторов по внедрению Целевой модели наставничества в ОО", 1, 1, S5 + "Prikaz_o_kuratore.pdf"),
        ("C", "mentors_total", "Количество наставников в базе ОО (по приказу)", 44, 44, S5 + "Baza_nastavnikov_2024.pdf"),
        ("C", "mentees_total", "Количество наставляемых в базе школы (по приказу)", 85, 85, S5 + "Baza_nastavlyaemyh_2024.pdf"),
        ("C", "agreements_edu_orgs", "Соглашения о сотрудничестве с учреждениями дополнительного образования (наставники ДДТ, СЮТ)", 2, 2, S5 + "Soglasheniya_DDT_SYuT.pdf"),
        ("C", "agreements_enterprises", "Соглашения с предприятиями", 0, 0, None),
        ("C", "partner_list", "Наименование предприятий (организаций), сотрудничающих с ОО по вопросам наставничества",
         "МБУ ДО «Дом детского творчества»; МБУ ДО «Станция юных техников»", "МБУ ДО «Дом детского творчества»; МБУ ДО «Станция юных техников»", None),
    ]),
    ("Персонализированные программы наставничества", [
        ("C", "pp_total", "Количество персонализированных программ, всего", 36, 36, S5 + "Reestr_PPN_2024.pdf"),
        ("C", "pp_pupil_pupil", "«ученик – ученик»", 15, 15, None),
        ("C", "pp_teacher_teacher", "«учитель – учитель»", 9, 9, None),
        ("C", "pp_student_student", "«студент – студент»", 0, 0, None),
        ("C", "pp_head_teacher", "«руководитель – педагог»", 2, 2, None),
        ("C", "pp_teacher_pupil", "«учитель – ученик»", 10, 10, None),
    ]),
    ("Включение организаций в программы наставничества", [
        ("C", "external_edu_mentors", "Наставники из внешних образовательных организаций (педагоги ДДТ)", 1, 1, S5 + "Baza_nastavnikov_2024.pdf"),
        ("C", "enterprise_mentors", "Количество наставников из числа сотрудников предприятий", 0, 0, None),
    ]),
    ("Охват обучающихся 10–19 лет программами наставничества в роли наставляемого", [
        ("C", "students_10_19", "Обучающиеся 5–11 классов в возрасте 10–19 лет, всего", 612, 612, None),
        ("C", "mentees_10_19", "Количество обучающихся (от 10 до 19 лет), включенных в программы наставничества в роли наставляемого", 74, 74, S5 + "Baza_nastavlyaemyh_2024.pdf"),
        ("C", "mentees_risk", "из «группы риска»", 11, 11, None),
        ("C", "mentees_gifted", "одарённые дети (вошедшие в реестры)", 7, 7, None),
        ("C", "mentees_disabled", "дети с ОВЗ и дети-инвалиды", 6, 6, None),
        ("C", "mentees_low_motivation", "с низкой мотивацией к учёбе и неудовлетворительной успеваемостью", 19, 19, None),
        ("C", "mentees_career", "с проблемами выбора образовательной траектории и профессии", 14, 14, None),
        ("C", "mentees_other_params", "по иным параметрам", 17, 17, None),
        ("C", "share_mentees_10_19", "Доля обучающихся 10–19 лет в роли наставляемых, %", 12.09, pct(74, 612), None),
    ]),
    ("Охват обучающихся 15–19 лет программами наставничества в роли наставника", [
        ("C", "students_15_19", "Обучающиеся 15–19 лет (9–11 классы), всего", 168, 168, None),
        ("C", "mentors_15_19", "Количество наставников из числа обучающихся в базе наставников (по приказу)", 31, 31, S5 + "Baza_nastavnikov_2024.pdf"),
        ("C", "share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников, %", 18.45, pct(31, 168), None),
    ]),
    ("Уровень удовлетворенности участием в программах наставничества", [
        ("C", "satisfaction_mentors", "наставников, %", 85, 85, None),
        ("C", "satisfaction_mentees", "наставляемых, %", 87, 87, None),
    ]),
    ("Включение педагогов в программы наставничества", [
        ("C", "young_specialists", "Молодые учителя (до 35 лет, первые три года работы)", 7, 7, None),
        ("C", "young_specialists_mentees", "Количество молодых педагогов, участвующих в программах наставничества в роли наставляемых", 7, 7, S5 + "Prikaz_nastavnicheskie_pary_2024.pdf"),
        ("C", "teachers_other", "Учителя, не относящиеся к молодым специалистам", 51, 51, None),
        ("C", "teachers_other_mentees", "из них в роли наставляемых", 4, 4, None),
        ("C", "teachers_mentors", "Учителя-наставники", 12, 12, S5 + "Prikaz_nastavnicheskie_pary_2024.pdf"),
        ("C", "share_teachers_mentors", "Доля учителей-наставников от общего числа педагогов, %", 20.69, pct(12, 58), None),
        ("N", "Количество педагогов, включенных в сетевые сообщества (наставников) в роли наставника", 1, None),
    ]),
    ("Обеспечение непрерывного профессионального развития педагогических работников", [
        ("C", "kpk_trained", "Количество педагогических работников, обучившихся на КПК по вопросам наставничества", 1, 1, S5 + "Udostoverenie_KPK_2024.pdf"),
        ("C", "kpk_courses", "Наименование курсов", "«Организация сопровождения наставничества в образовательных организациях», 24 ч.",
         "«Организация сопровождения наставничества в образовательных организациях», 24 ч.", None),
        ("C", "school_methodical_associations", "Количество методических объединений наставников в ОО", 1, 1, S5 + "Prikaz_ShMO_nastavnikov.pdf"),
        ("C", "pay_acts", "Положение об оплате труда (доплата наставникам), кол-во актов", 1, 1, S5 + "Polozhenie_ob_oplate_truda.pdf"),
        ("C", "nonmaterial_acts", "Положение о нематериальном поощрении наставников, кол-во", 1, 1, None),
    ]),
]


def write_sosh():
    f = Form("SOSh5_vnutrenniy_monitoring_2024.xlsx", SOSH_ORG)
    wb = Workbook(); ws = wb.active; ws.title = "Мониторинг ЦМН"
    ws["A1"] = "Внутренний мониторинг внедрения целевой модели наставничества, 2024 год"
    ws["A2"] = SOSH_ORG
    ws["A1"].font = BOLD
    ws.merge_cells("A1:D1"); ws.merge_cells("A2:D2")
    hdr = ["Показатель", "Критерий", "Значение", "Источник информации"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = BOLD; c.border = BOX; c.alignment = CENTER
    r = 5
    for direction, rows in SOSH:
        start = r
        ws.cell(row=r, column=1, value=direction)
        f.headings.append(direction)
        for row in rows:
            if row[0] == "C":
                _, crit, label, shown, exp, link = row
            else:
                _, label, shown, link = row; crit = exp = None
                f.not_criteria.append(label)
            f.labels.append(label)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=shown)
            if link:
                ws.cell(row=r, column=4, value=link)
            if crit and exp is not None:
                f.val(ws.title, f"C{r}", crit, exp)
                if link:
                    f.link(ws.title, f"D{r}", crit, link)
            for j in range(1, 5):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Исполнитель: Морозова Е.А., заместитель директора по УВР")
    for col, w in zip("ABCD", (34, 70, 14, 64)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, f.file)); f.done()


def main():
    write_ddt(); write_dussh(); write_dshi(); write_syut(); write_cdo(); write_sosh()
    cat = catalogue_wordings()
    for e in EXPECTED:
        labels = VERBATIM[e["file"]]
        vb = [l for l in labels if norm(l) in cat]
        assert 3 * len(vb) <= len(labels), (e["file"], vb)
        assert 25 <= len(labels) <= 45, (e["file"], len(labels))
        e_n = len(e["values"])
        print(f'{e["file"]}: rows {len(labels)}, values {e_n}, links {len(e["links"])}, verbatim {len(vb)}')
    total = sum(len(e["values"]) for e in EXPECTED)
    assert 150 <= total <= 280, total
    print("total values", total, "links", sum(len(e["links"]) for e in EXPECTED))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump({"resaved_with_libreoffice": [], "cells": CELLS}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
