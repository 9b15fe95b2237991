#!/usr/bin/env python3
"""Held-out set 75: bilingual (Tatar / Russian) monitoring forms of the mentoring model (ЦМН),
Кульбашский муниципальный район Республики Татарстан (invented), 2024.

Writes typed/*.xlsx, expected.json and cells.json.  Fixed data, no randomness.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
os.makedirs(TYPED, exist_ok=True)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")

EXPECTED = []
CELLS = []


def pct(a, b, nd=2):
    return round(100.0 * a / b, nd)


class Form:
    """Collects the expected values of one form and where they sit."""

    def __init__(self, fname, sheet, organisation, multi=False):
        self.file = "typed/" + fname
        self.sheet = sheet
        self.entry = {"file": self.file, "year": 2024, "organisation": organisation,
                      "values": [] if multi else {}, "links": [] if multi else {},
                      "not_criteria": [], "headings": []}
        self.multi = multi
        EXPECTED.append(self.entry)

    def value(self, cid, cell, expected, org_index=None):
        if self.multi:
            d = self.entry["values"][org_index]
        else:
            d = self.entry["values"]
        assert cid not in d, (self.file, cid)
        d[cid] = expected
        rec = {"file": self.file, "sheet": self.sheet, "cell": cell, "criterion": cid,
               "kind": "value", "expected": expected}
        if self.multi:
            rec["organisation"] = self.entry["organisation"][org_index]
        CELLS.append(rec)

    def link(self, cid, cell, url, org_index=None):
        if self.multi:
            d = self.entry["links"][org_index]
        else:
            d = self.entry["links"]
        assert cid not in d, (self.file, cid)
        d[cid] = url
        rec = {"file": self.file, "sheet": self.sheet, "cell": cell, "criterion": cid,
               "kind": "link", "expected": url}
        if self.multi:
            rec["organisation"] = self.entry["organisation"][org_index]
        CELLS.append(rec)

    def decoy(self, *titles):
        for t in titles:
            if t and t not in self.entry["not_criteria"]:
                self.entry["not_criteria"].append(t)

    def heading(self, *titles):
        for t in titles:
            if t and t not in self.entry["headings"]:
                self.entry["headings"].append(t)


def widths(ws, *ws_):
    for i, w in enumerate(ws_, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# Row kinds used in the data tables below:
#   ("H", tatar, russian)                                   section heading
#   ("V", cid, tatar, russian, cell_value, expected, link)  value row (link may be None)
#   ("D", tatar, russian, cell_value)                       decoy row (no criterion)
#   ("E", tatar, russian)                                   row left empty by the school

# ---------------------------------------------------------------------------
# File 1. Татарская гимназия № 2: one wording cell «татарча / по-русски», Әйе/Юк
# ---------------------------------------------------------------------------
G2 = "https://edu.tatar.ru/upload/storage/org2714/files/nastavnichestvo/"


def file1():
    students_10_19, mentees_10_19 = 412, 96
    students_15_19, mentors_15_19 = 148, 34
    ys, ys_mentees, ys_mentors = 7, 7, 1
    t_other, t_other_mentees, t_mentors = 46, 4, 21
    teachers = ys + t_other
    rows = [
        ("H", "1. Норматив-хокукый база", "Нормативно-правовая база"),
        ("V", "orgs_regulation_teachers",
         "Педагогик хезмәткәрләргә остазлык системасы турындагы нигезләмәне раслау хакында боерык",
         "Приказ об утверждении положения о наставничестве педагогических работников", "Әйе", 1,
         G2 + "prikaz_polozhenie_ped_2024.pdf"),
        ("V", "orgs_regulation_students",
         "Укучыларга остазлык системасы турындагы нигезләмәне раслау хакында боерык",
         "Приказ об утверждении положения о наставничестве обучающихся", "Әйе", 1,
         G2 + "prikaz_polozhenie_uch_2024.pdf"),
        ("V", "orgs_monitoring_order",
         "Остазлыкның максатчан моделен гамәлгә ашыруны мониторинглау турында боерык",
         "Приказ о проведении мониторинга ЦМН в гимназии", "Әйе", 1,
         G2 + "prikaz_monitoring_CMN_2024.pdf"),
        ("V", "internal_monitoring_notes",
         "Эчке мониторинг йомгаклары буенча мәгълүмати белешмә",
         "Справка по итогам внутреннего мониторинга", "Әйе", 1,
         G2 + "spravka_vnutr_monitoring_2024.pdf"),
        ("V", "pay_acts", "Остаз эшенә түләү турында локаль актлар саны",
         "Локальные акты об оплате работы наставников, кол-во", 1, 1,
         G2 + "polozhenie_ob_oplate_truda_2024.pdf"),
        ("V", "nonmaterial_acts",
         "Остазларны матди булмаган юл белән кызыксындыру турында локаль актлар саны",
         "Локальные акты о нематериальном стимулировании наставников, кол-во", 1, 1,
         G2 + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
        ("H", "2. Оештыру шартлары һәм социаль партнерлык",
         "Организационные условия и социальное партнерство"),
        ("V", "curators_total", "Остазлыкның максатчан моделен кертү буенча кураторлар",
         "Кураторы внедрения ЦМН, чел.", 2, 2, G2 + "prikaz_kuratory_2024.pdf"),
        ("V", "agreements_edu_orgs",
         "Остазлар бирүче башка белем бирү оешмалары белән хезмәттәшлек килешүләре",
         "Соглашения с другими образовательными организациями, направившими наставников", 1, 1,
         G2 + "soglashenie_agrarnyj_kolledzh.pdf"),
        ("V", "agreements_enterprises", "Остазлар бирүче предприятиеләр белән килешүләр",
         "Соглашения с предприятиями, выделившими наставников", 1, 1,
         G2 + "soglashenie_molochnyj_zavod.pdf"),
        ("V", "agreements_other_orgs",
         "Башка оешмалар белән килешүләр (милек рәвешенә карамастан)",
         "Соглашения с иными организациями (любой формы собственности)", 1, 1,
         G2 + "soglashenie_CRB.pdf"),
        ("V", "partner_list", "Остазлык буенча хезмәттәшлек итүче оешмалар",
         "Организации-партнеры по наставничеству",
         "ГАПОУ «Кульбашский аграрный колледж»; ООО «Кульбашский молочный завод»; "
         "ГАУЗ «Кульбашская ЦРБ»",
         "ГАПОУ «Кульбашский аграрный колледж»; ООО «Кульбашский молочный завод»; "
         "ГАУЗ «Кульбашская ЦРБ»", None),
        ("D", "Ата-аналар арасыннан остазлар", "Наставники из числа родителей", 3),
        ("H", "3. Остазлар һәм остазлыкка алынучылар базасы", "База наставников и наставляемых"),
        ("V", "mentors_total", "Остазлар саны (боерык буенча)", "Число наставников по приказу",
         62, 62, G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("V", "mentees_total", "Остазлыкка алынучылар саны (боерык буенча)",
         "Число наставляемых по приказу", 107, 107, G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("D", "Остазлык программаларында катнашучыларның гомуми саны",
         "Всего участников программ (наставники + наставляемые)", 169),
        ("V", "external_edu_mentors", "Читтәге белем бирү оешмаларыннан остазлар",
         "Наставники из сторонних образовательных организаций", 2, 2,
         G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("V", "enterprise_mentors", "Предприятиеләрдән килгән остазлар",
         "Наставники — сотрудники предприятий", 1, 1, G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("V", "other_org_mentors", "Башка оешмалардан остазлар",
         "Наставники из прочих организаций", 1, 1, G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("H", "4. Шәхсиләштерелгән остазлык программалары",
         "Персонализированные программы наставничества"),
        ("V", "pp_total", "Барлык формалар буенча шәхсиләштерелгән программалар",
         "Персонализированные программы — всего", 18, 18, G2 + "prikaz_PPN_2024.pdf"),
        ("V", "pp_pupil_pupil", "«Укучы – укучы» формасы", "форма «ученик – ученик»", 6, 6, None),
        ("V", "pp_teacher_teacher", "«Укытучы – укытучы» формасы", "форма «учитель – учитель»",
         7, 7, None),
        ("V", "pp_head_teacher", "«Җитәкче – педагог» формасы", "форма «руководитель – педагог»",
         2, 2, None),
        ("V", "pp_teacher_pupil", "«Укытучы – укучы» формасы", "форма «учитель – ученик»", 3, 3,
         None),
        ("V", "pp_student_pupil", "«Студент – укучы» формасы", "форма «студент – ученик»", 0, 0,
         None),
        ("V", "pp_other", "Башка формалар", "иные формы", 0, 0, None),
        ("V", "teachers_in_pp", "Расланган шәхсиләштерелгән программаларда катнашучы педагоглар",
         "Педагоги, включенные в утвержденные персонализированные программы", 22, 22,
         G2 + "prikaz_PPN_2024.pdf"),
        ("H", "5. Укучыларны остазлыкка җәлеп итү", "Вовлечение обучающихся"),
        ("V", "students_10_19", "10–19 яшьлек укучылар саны", "Обучающихся 10–19 лет, всего",
         students_10_19, students_10_19, None),
        ("V", "mentees_10_19", "шулардан остазлыкка алынучылар", "из них наставляемые",
         mentees_10_19, mentees_10_19, G2 + "baza_nastavlyaemyh_2024.pdf"),
        ("V", "mentees_risk", "«Риск төркеме» укучылары", "«группа риска»", 9, 9, None),
        ("V", "mentees_gifted", "Сәләтле балалар (реестрга кертелгән)",
         "одаренные дети (из реестров)", 31, 31, None),
        ("V", "mentees_disabled", "Сәламәтлек мөмкинлекләре чикләнгән балалар һәм инвалид балалар",
         "дети с ОВЗ и дети-инвалиды", 6, 6, None),
        ("V", "mentees_low_motivation", "Укуга омтылышы түбән, өлгереше начар укучылар",
         "низкая учебная мотивация, неуспевающие", 18, 18, None),
        ("V", "mentees_career", "Һөнәр сайлауда кыенлык кичерүчеләр",
         "затрудняются с выбором профессии и образовательного маршрута", 22, 22, None),
        ("V", "mentees_other_params", "Башка сәбәпләр буенча", "по иным основаниям", 10, 10, None),
        ("V", "share_mentees_10_19", "Остазлыкка алынган 10–19 яшьлек укучылар өлеше, %",
         "Доля наставляемых 10–19 лет, %", pct(mentees_10_19, students_10_19, 1),
         pct(mentees_10_19, students_10_19, 1), None),
        ("V", "students_15_19", "15–19 яшьлек укучылар саны", "Обучающихся 15–19 лет, всего",
         students_15_19, students_15_19, None),
        ("V", "mentors_15_19", "шулардан остаз булып торучылар (боерык буенча)",
         "из них наставники (по приказу)", mentors_15_19, mentors_15_19,
         G2 + "baza_nastavnikov_2024.pdf"),
        ("D", "шул исәптән кызлар", "в т.ч. девушки", 21),
        ("V", "share_mentors_15_19", "15–19 яшьлек укучы-остазлар өлеше, %",
         "Доля наставников среди обучающихся 15–19 лет, %", pct(mentors_15_19, students_15_19),
         pct(mentors_15_19, students_15_19), None),
        ("H", "6. Педагогик кадрлар", "Педагогические кадры"),
        ("V", "young_specialists", "Яшь белгечләр (35 яшькә кадәр, эш стажы 3 елга кадәр)",
         "Молодые специалисты (до 35 лет, стаж до 3 лет)", ys, ys, None),
        ("V", "young_specialists_mentees", "Остазлыкка алынган яшь белгечләр",
         "Молодые специалисты — наставляемые", ys_mentees, ys_mentees,
         G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("V", "share_young_specialists_mentees", "Остазлыкка алынган яшь белгечләр өлеше, %",
         "Доля молодых специалистов-наставляемых, %", pct(ys_mentees, ys), pct(ys_mentees, ys),
         None),
        ("V", "young_specialists_mentors", "Остаз булып торучы яшь белгечләр",
         "Молодые специалисты в роли наставников", ys_mentors, ys_mentors,
         G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("V", "share_young_specialists_mentors", "Остаз булып торучы яшь белгечләр өлеше, %",
         "Доля молодых специалистов-наставников, %", pct(ys_mentors, ys), pct(ys_mentors, ys),
         None),
        ("V", "teachers_other", "Башка педагоглар (яшь белгечләрдән тыш)",
         "Педагоги, кроме молодых специалистов", t_other, t_other, None),
        ("V", "teachers_other_mentees", "Остазлыкка алынган педагоглар (яшь белгечләрдән тыш)",
         "Педагоги-наставляемые (без молодых специалистов)", t_other_mentees, t_other_mentees,
         G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("V", "share_teachers_mentees", "Остазлыкка алынган педагогларның гомуми өлеше, %",
         "Доля педагогов-наставляемых (всего), %", pct(ys_mentees + t_other_mentees, teachers),
         pct(ys_mentees + t_other_mentees, teachers), None),
        ("V", "teachers_mentors", "Педагог-остазлар", "Педагоги-наставники", t_mentors, t_mentors,
         G2 + "prikaz_o_zakreplenii_par_2024.pdf"),
        ("V", "share_teachers_mentors", "Педагог-остазлар өлеше, %", "Доля педагогов-наставников, %",
         pct(t_mentors, teachers), pct(t_mentors, teachers), None),
        ("V", "kpk_trained", "Остазлык буенча КПК узган педагоглар (2024 ел)",
         "Прошли КПК по наставничеству в 2024 г.", 5, 5,
         "https://disk.yandex.ru/d/gYm2Kp7rTq4WsA"),
        ("V", "kpk_courses", "Курсларның исемнәре", "Названия курсов",
         "«Наставничество в образовательной организации: технологии и практики», "
         "ГАОУ ДПО ИРО РТ, 36 ч.",
         "«Наставничество в образовательной организации: технологии и практики», "
         "ГАОУ ДПО ИРО РТ, 36 ч.", None),
        ("V", "school_methodical_associations", "Остазларның мәктәп методик берләшмәсе (саны)",
         "ШМО наставников, кол-во", 1, 1, G2 + "plan_ShMO_nastavnikov_2024.pdf"),
        ("H", "7. Канәгатьлек дәрәҗәсе", "Удовлетворенность"),
        ("V", "satisfaction_mentees",
         "Тәмамланган программалар буенча остазлыкка алынучыларның канәгатьлек дәрәҗәсе, %",
         "Удовлетворенность наставляемых, %", 91.4, 91.4, G2 + "anketirovanie_itogi_2024.pdf"),
        ("V", "satisfaction_mentors", "Остазларның канәгатьлек дәрәҗәсе, %",
         "Удовлетворенность наставников, %", 88.6, 88.6, G2 + "anketirovanie_itogi_2024.pdf"),
    ]
    fname = "01_tat_gimnaziya2_kulbash_2024.xlsx"
    sheet = "Мониторинг 2024"
    form = Form(fname, sheet, "МБОУ «Татарская гимназия № 2»")
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths(ws, 6, 78, 16, 58)
    ws["A1"] = ("Остазлыкның максатчан моделен гамәлгә ашыруны мониторинглау формасы / "
                "Форма мониторинга реализации целевой модели наставничества")
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 34
    ws["A2"] = "Хисап чоры: 2024 ел / Отчетный период: 2024 год"
    ws.merge_cells("A2:D2")
    ws["A2"].alignment = CENTER
    ws["A3"] = "Белем бирү оешмасы / Образовательная организация:"
    ws.merge_cells("A3:B3")
    ws["C3"] = "МБОУ «Татарская гимназия № 2» / «2 нче татар гимназиясе» МБББУ"
    ws.merge_cells("C3:D3")
    ws["C3"].font = BOLD
    hdr = ["№", "Күрсәткеч / Показатель", "Мәгънә / Значение", "Сылтама / Ссылка"]
    r = 5
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = CENTER
    r += 1
    sec = 0
    sub = 0
    first = r
    for row in rows:
        kind = row[0]
        if kind == "H":
            sec += 1
            sub = 0
            text = f"{row[1]} / {row[2]}"
            ws.cell(r, 1, text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            ws.cell(r, 1).font = BOLD
            ws.cell(r, 1).fill = SEC_FILL
            form.heading(text)
        else:
            sub += 1
            ws.cell(r, 1, f"{sec}.{sub}")
            text = f"{row[1 if kind == 'D' else 2]} / {row[2 if kind == 'D' else 3]}"
            ws.cell(r, 2, text).alignment = WRAP
            if kind == "D":
                ws.cell(r, 3, row[3])
                form.decoy(text)
            else:
                _, cid, _, _, shown, exp, link = row
                c = ws.cell(r, 3, shown)
                c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
                form.value(cid, f"C{r}", exp)
                if link:
                    ws.cell(r, 4, link).alignment = WRAP
                    form.link(cid, f"D{r}", link)
        r += 1
    box(ws, f"A5:D{r - 1}")
    r += 1
    ws.cell(r, 2, "Директор / Директор: ____________ Р.Ф. Сабирҗанова")
    ws.cell(r + 1, 2, "Башкаручы / Исполнитель: Г.И. Хәйруллина, тел. 8 (85563) 2-14-37")
    ws.freeze_panes = ws.cell(first, 1)
    wb.save(os.path.join(TYPED, fname))


# ---------------------------------------------------------------------------
# Files 2 and 3: the district template with two wording columns (Tatar, then Russian)
# ---------------------------------------------------------------------------
DISTRICT_TEMPLATE = [
    ("H", "I. Норматив база", "I. Нормативная база"),
    ("orgs_regulation_teachers",
     "Педагогик хезмәткәрләрне остазлык системасы турында нигезләмә расланган",
     "Утверждено положение о системе наставничества педагогических работников (да/нет)"),
    ("orgs_regulation_students", "Укучылар өчен остазлык системасы турында нигезләмә расланган",
     "Утверждено положение о наставничестве обучающихся (да/нет)"),
    ("orgs_monitoring_order", "ОММны мониторинглау турында боерык чыгарылган",
     "Издан приказ о мониторинге ЦМН в ОО (да/нет)"),
    ("internal_monitoring_notes", "Эчке мониторинг буенча мәгълүмати белешмә әзерләнгән",
     "Подготовлена информационная справка по итогам внутреннего мониторинга (да/нет)"),
    ("H", "II. Остазлык программаларын оештыру", "II. Организация программ наставничества"),
    ("curators_total", "ОММны кертү буенча кураторлар саны", "Кураторов по внедрению ЦМН (чел.)"),
    ("mentors_total", "Остазлар саны (боерык буенча)", "Количество наставников в базе ОО (по приказу)"),
    ("mentees_total", "Остазлыкка алынучылар саны (боерык буенча)",
     "Количество наставляемых в базе ОО (по приказу)"),
    ("D", "Остазлык программаларына җәлеп ителгән ата-аналар",
     "Родители, вовлеченные в программы наставничества"),
    ("agreements_edu_orgs", "Белем бирү оешмалары белән хезмәттәшлек килешүләре (берәмлек)",
     "Договоры о сотрудничестве с образовательными организациями (шт.)"),
    ("agreements_enterprises", "Предприятиеләр белән хезмәттәшлек килешүләре (берәмлек)",
     "Договоры о сотрудничестве с предприятиями (шт.)"),
    ("agreements_other_orgs", "Башка оешмалар белән килешүләр (берәмлек)",
     "Договоры с иными организациями (шт.)"),
    ("agreement_subjects", "Килешүнең предметы", "Предмет договора"),
    ("partner_list", "Хезмәттәшлек итүче предприятиеләр (оешмалар)",
     "Предприятия (организации)-партнеры"),
    ("external_edu_mentors", "Башка белем бирү оешмаларыннан остазлар",
     "Наставники из других образовательных организаций"),
    ("enterprise_mentors", "Предприятиеләрдән остазлар", "Наставники от предприятий"),
    ("other_org_mentors", "Башка оешмалардан остазлар", "Наставники из иных организаций"),
    ("H", "III. Шәхсиләштерелгән программалар", "III. Персонализированные программы"),
    ("pp_total", "Шәхсиләштерелгән программалар, барлыгы", "Персонализированных программ, всего"),
    ("pp_pupil_pupil", "шул исәптән: «укучы – укучы»", "в том числе: «ученик – ученик»"),
    ("pp_teacher_teacher", "«укытучы – укытучы»", "«учитель – учитель»"),
    ("pp_head_teacher", "«җитәкче – педагог»", "«руководитель – педагог»"),
    ("pp_teacher_pupil", "«укытучы – укучы»", "«учитель – ученик»"),
    ("teachers_in_pp", "Шәхсиләштерелгән программаларда катнашучы педагоглар",
     "Педагогов в персонализированных программах"),
    ("H", "IV. Укучылар", "IV. Обучающиеся"),
    ("students_10_19", "10 яшьтән 19 яшькә кадәрге укучылар", "Обучающиеся от 10 до 19 лет"),
    ("mentees_10_19", "Остазлыкка алынган 10–19 яшьлек укучылар",
     "Наставляемые в возрасте 10–19 лет"),
    ("share_mentees_10_19", "Остазлыкка алынган 10–19 яшьлек укучылар өлеше",
     "Доля наставляемых 10–19 лет от общего числа обучающихся этого возраста"),
    ("students_15_19", "15 яшьтән 19 яшькә кадәрге укучылар", "Обучающиеся от 15 до 19 лет"),
    ("mentors_15_19", "15–19 яшьлек укучылардан остазлар (боерык буенча)",
     "Наставники-обучающиеся 15–19 лет (по приказу)"),
    ("share_mentors_15_19", "15–19 яшьлек укучы-остазлар өлеше",
     "Доля наставников из числа обучающихся 15–19 лет"),
    ("D", "2023 ел белән чагыштырганда остазлыкка алынучылар артуы",
     "Прирост числа наставляемых к 2023 году"),
    ("H", "V. Педагоглар", "V. Педагоги"),
    ("young_specialists", "Яшь белгечләр саны", "Молодых специалистов в ОО"),
    ("young_specialists_mentees", "Остазлыкка алынган яшь белгечләр",
     "Молодые специалисты, закрепленные за наставниками"),
    ("share_young_specialists_mentees", "Остазлыкка алынган яшь белгечләр өлеше",
     "Доля молодых специалистов, имеющих наставника"),
    ("young_specialists_mentors", "Үзләре остаз булган яшь белгечләр",
     "Молодые специалисты, сами выступающие наставниками"),
    ("teachers_other", "Башка педагоглар (яшь белгечләрдән тыш)",
     "Остальные педагоги (без молодых специалистов)"),
    ("teachers_other_mentees", "Остазлыкка алынган башка педагоглар",
     "Остальные педагоги в роли наставляемых"),
    ("share_teachers_mentees", "Остазлыкка алынган педагоглар өлеше",
     "Доля педагогов-наставляемых от всех педагогов"),
    ("teachers_mentors", "Остаз-педагоглар саны", "Педагогов-наставников"),
    ("share_teachers_mentors", "Остаз-педагоглар өлеше", "Доля педагогов-наставников"),
    ("kpk_trained", "Остазлык буенча КПК узучылар", "Прошли КПК по наставничеству"),
    ("school_methodical_associations", "Остазларның методик берләшмәләре",
     "Методобъединения наставников"),
    ("pay_acts", "Остазлык өчен түләү турында локаль актлар",
     "Локальные акты об оплате наставничества"),
    ("nonmaterial_acts", "Матди булмаган кызыксындыру турында локаль актлар",
     "Локальные акты о нематериальном поощрении"),
    ("H", "VI. Канәгатьлек", "VI. Удовлетворенность"),
    ("satisfaction_mentees", "Остазлыкка алынучыларның канәгатьлек дәрәҗәсе",
     "Удовлетворенность наставляемых завершенными программами"),
    ("satisfaction_mentors", "Остазларның канәгатьлек дәрәҗәсе",
     "Удовлетворенность наставников завершенными программами"),
]


def district_form(fname, tt_name, ru_name, org, data, yesno_words, share_mode, footer,
                  decoy_values):
    """data: cid -> (shown, expected, link); cids missing from data are left empty."""
    sheet = "Форма ОО"
    form = Form(fname, sheet, org)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths(ws, 6, 52, 52, 16, 50)
    ws["A1"] = "Татарстан Республикасы Күлбаш муниципаль районы мәгариф идарәсе"
    ws["A2"] = "Управление образования Кульбашского муниципального района Республики Татарстан"
    ws["A3"] = ("Белем бирү оешмасында остазлыкның максатчан моделен (ОММ) гамәлгә ашыру "
                "мониторингы / Мониторинг реализации целевой модели наставничества (ЦМН) в ОО")
    for a in ("A1", "A2", "A3"):
        ws[a].font = BOLD
    ws.merge_cells("A3:E3")
    ws["A5"] = "Белем бирү оешмасы (татар телендә):"
    ws.merge_cells("A5:B5")
    ws["C5"] = tt_name
    ws.merge_cells("C5:E5")
    ws["A6"] = "Образовательная организация (на русском языке):"
    ws.merge_cells("A6:B6")
    ws["C6"] = ru_name
    ws.merge_cells("C6:E6")
    ws["A7"] = "Хисап елы / Отчетный год:"
    ws.merge_cells("A7:B7")
    ws["C7"] = 2024
    ws["C7"].alignment = Alignment(horizontal="left")
    for a in ("C5", "C6"):
        ws[a].font = BOLD
        ws[a].border = Border(bottom=THIN)
    r = 9
    for i, h in enumerate(["№", "Күрсәткеч", "Показатель", "Мәгънә / Значение",
                           "Сылтама / Ссылка"], start=1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = CENTER
    r += 1
    n = 0
    for row in DISTRICT_TEMPLATE:
        if row[0] == "H":
            ws.cell(r, 2, row[1]).font = BOLD
            ws.cell(r, 3, row[2]).font = BOLD
            for col in range(1, 6):
                ws.cell(r, col).fill = SEC_FILL
            form.heading(row[1], row[2])
            r += 1
            continue
        n += 1
        ws.cell(r, 1, n)
        if row[0] == "D":
            ws.cell(r, 2, row[1]).alignment = WRAP
            ws.cell(r, 3, row[2]).alignment = WRAP
            if row[1] in decoy_values:
                ws.cell(r, 4, decoy_values[row[1]])
                form.decoy(row[1], row[2])
            r += 1
            continue
        cid, tt, ru = row
        ws.cell(r, 2, tt).alignment = WRAP
        ws.cell(r, 3, ru).alignment = WRAP
        if cid in data:
            shown, exp, link = data[cid]
            if isinstance(shown, bool):
                shown = yesno_words[0] if shown else yesno_words[1]
            c = ws.cell(r, 4, shown)
            c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            if cid.startswith("share_") and share_mode == "fraction" and isinstance(shown, float):
                c.number_format = "0.00%"
            if cid.startswith("satisfaction_") and share_mode == "fraction" and isinstance(
                    shown, float):
                c.number_format = "0%"
            form.value(cid, f"D{r}", exp)
            if link:
                ws.cell(r, 5, link).alignment = WRAP
                form.link(cid, f"E{r}", link)
        r += 1
    box(ws, f"A9:E{r - 1}")
    r += 1
    for line in footer:
        ws.cell(r, 2, line)
        r += 1
    ws.freeze_panes = "A10"
    wb.save(os.path.join(TYPED, fname))
    return form


S1 = "https://sh1-kulbash-r16.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"


def file2():
    s10, m10 = 498, 87
    s15, m15 = 176, 29
    ys, ysm, ysmt = 9, 8, 0
    to, tom, tm = 52, 6, 19
    teachers = ys + to
    Y, N = True, False
    data = {
        "orgs_regulation_teachers": (Y, 1, S1 + "Prikaz_Polozhenie_nastavnichestvo_ped.pdf"),
        "orgs_regulation_students": (Y, 1, S1 + "Prikaz_Polozhenie_nastavnichestvo_obuch.pdf"),
        "orgs_monitoring_order": (Y, 1, S1 + "Prikaz_monitoring_2024.pdf"),
        "internal_monitoring_notes": (N, 0, None),
        "curators_total": (1, 1, S1 + "Prikaz_kurator_CMN.pdf"),
        "mentors_total": (50, 50, S1 + "Prikaz_baza_nastavnikov_2024.pdf"),
        "mentees_total": (101, 101, S1 + "Prikaz_baza_nastavlyaemyh_2024.pdf"),
        "agreements_edu_orgs": (0, 0, None),
        "agreements_enterprises": (2, 2, S1 + "Dogovory_predpriyatiya_2024.pdf"),
        "agreements_other_orgs": (0, 0, None),
        "agreement_subjects": ("Привлечение специалистов предприятий к наставничеству "
                               "обучающихся 8–11 классов, профориентационные экскурсии "
                               "и проектная работа",
                               "Привлечение специалистов предприятий к наставничеству "
                               "обучающихся 8–11 классов, профориентационные экскурсии "
                               "и проектная работа", None),
        "partner_list": ("ООО «Кульбашский молочный завод», АО «Кульбашское ДРСУ»",
                         "ООО «Кульбашский молочный завод», АО «Кульбашское ДРСУ»", None),
        "external_edu_mentors": (0, 0, None),
        "enterprise_mentors": (2, 2, S1 + "Prikaz_baza_nastavnikov_2024.pdf"),
        "other_org_mentors": (0, 0, None),
        "pp_total": (15, 15, S1 + "Personalizirovannye_programmy_2024.pdf"),
        "pp_pupil_pupil": (5, 5, None),
        "pp_teacher_teacher": (6, 6, None),
        "pp_head_teacher": (2, 2, None),
        "pp_teacher_pupil": (2, 2, None),
        "teachers_in_pp": (19, 19, S1 + "Personalizirovannye_programmy_2024.pdf"),
        "students_10_19": (s10, s10, None),
        "mentees_10_19": (m10, m10, S1 + "Prikaz_baza_nastavlyaemyh_2024.pdf"),
        "share_mentees_10_19": (round(m10 / s10, 4), pct(m10, s10), None),
        "students_15_19": (s15, s15, None),
        "mentors_15_19": (m15, m15, S1 + "Prikaz_baza_nastavnikov_2024.pdf"),
        "share_mentors_15_19": (round(m15 / s15, 4), pct(m15, s15), None),
        "young_specialists": (ys, ys, None),
        "young_specialists_mentees": (ysm, ysm, S1 + "Prikaz_baza_nastavlyaemyh_2024.pdf"),
        "share_young_specialists_mentees": (round(ysm / ys, 4), pct(ysm, ys), None),
        "young_specialists_mentors": (ysmt, ysmt, None),
        "teachers_other": (to, to, None),
        "teachers_other_mentees": (tom, tom, S1 + "Prikaz_baza_nastavlyaemyh_2024.pdf"),
        "share_teachers_mentees": (round((ysm + tom) / teachers, 4), pct(ysm + tom, teachers),
                                   None),
        "teachers_mentors": (tm, tm, S1 + "Prikaz_baza_nastavnikov_2024.pdf"),
        "share_teachers_mentors": (round(tm / teachers, 4), pct(tm, teachers), None),
        "kpk_trained": (3, 3, "https://disk.yandex.ru/d/pX2fR8eWmZ5ucA"),
        "school_methodical_associations": (1, 1, S1 + "ShMO_nastavnikov_plan.pdf"),
        "pay_acts": (1, 1, S1 + "Polozhenie_o_stimuliruyushchih_vyplatah.pdf"),
        "nonmaterial_acts": (0, 0, None),
        "satisfaction_mentees": (0.86, 86.0, S1 + "Anketirovanie_udovletvorennost_2024.pdf"),
        "satisfaction_mentors": (0.9, 90.0, S1 + "Anketirovanie_udovletvorennost_2024.pdf"),
    }
    district_form("02_kulbash_sosh1_2024.xlsx",
                  "«Күлбаш шәһәренең 1 нче урта гомуми белем бирү мәктәбе» МБГББУ",
                  "МБОУ «Кульбашская СОШ № 1»", "МБОУ «Кульбашская СОШ № 1»", data,
                  ("Да", "Нет"), "fraction",
                  ["Директор: _____________ И.М. Гарипов",
                   "Башкаручы / Исполнитель: Л.Р. Мөхәммәтҗанова, зам. директора по УВР"],
                  {"Остазлык программаларына җәлеп ителгән ата-аналар": 12,
                   "2023 ел белән чагыштырганда остазлыкка алынучылар артуы": 9})


KAEN = "https://edu.tatar.ru/upload/storage/org3307/files/"


def file3():
    s10, m10 = 104, 26
    s15, m15 = 31, 8
    ys, ysm = 2, 2
    to, tom, tm = 21, 1, 6
    teachers = ys + to
    data = {
        "orgs_regulation_teachers": ("Әйе (2024 елның 29 августындагы 112 нче боерык)", 1,
                                     KAEN + "prikaz_112_polozhenie_nastavnichestvo.pdf"),
        "orgs_regulation_students": ("Әйе", 1, KAEN + "prikaz_112_polozhenie_nastavnichestvo.pdf"),
        "orgs_monitoring_order": ("Әйе", 1, KAEN + "prikaz_monitoring_2024.pdf"),
        "internal_monitoring_notes": ("Әйе", 1, "https://disk.yandex.ru/i/Qm4vTz8HcKa1Rw"),
        "curators_total": ("1 кеше", 1, None),
        "mentors_total": ("15 кеше", 15, KAEN + "baza_nastavnikov_2024.pdf"),
        "mentees_total": ("29 кеше", 29, KAEN + "baza_nastavlyaemyh_2024.pdf"),
        "agreements_edu_orgs": (0, 0, None),
        "agreements_enterprises": (1, 1, "https://disk.yandex.ru/i/7WbNq2xLpE0fJg"),
        "agreements_other_orgs": (0, 0, None),
        "partner_list": ("«Каенлык» агрофирмасы ҖЧҖ (ООО «Агрофирма «Каенлык»»)",
                         "«Каенлык» агрофирмасы ҖЧҖ (ООО «Агрофирма «Каенлык»»)", None),
        "enterprise_mentors": (1, 1, KAEN + "baza_nastavnikov_2024.pdf"),
        "pp_total": (5, 5, KAEN + "personal_programmalar_2024.pdf"),
        "pp_pupil_pupil": (2, 2, None),
        "pp_teacher_teacher": (2, 2, None),
        "pp_head_teacher": (0, 0, None),
        "pp_teacher_pupil": (1, 1, None),
        "students_10_19": (s10, s10, None),
        "mentees_10_19": (m10, m10, KAEN + "baza_nastavlyaemyh_2024.pdf"),
        "share_mentees_10_19": ("25 %", pct(m10, s10), None),
        "students_15_19": (s15, s15, None),
        "mentors_15_19": (m15, m15, KAEN + "baza_nastavnikov_2024.pdf"),
        "share_mentors_15_19": ("25,81", pct(m15, s15), None),
        "young_specialists": (ys, ys, None),
        "young_specialists_mentees": (ysm, ysm, KAEN + "baza_nastavlyaemyh_2024.pdf"),
        "share_young_specialists_mentees": ("100 %", pct(ysm, ys), None),
        "teachers_other": (to, to, None),
        "teachers_other_mentees": (tom, tom, KAEN + "baza_nastavlyaemyh_2024.pdf"),
        "share_teachers_mentees": ("13,04 %", pct(ysm + tom, teachers), None),
        "teachers_mentors": (tm, tm, KAEN + "baza_nastavnikov_2024.pdf"),
        "share_teachers_mentors": ("26,09 %", pct(tm, teachers), None),
        "satisfaction_mentees": ("94,0", 94.0, "https://disk.yandex.ru/i/c3JrYs9uVhD6kQ"),
        "satisfaction_mentors": ("92,5", 92.5, "https://disk.yandex.ru/i/c3JrYs9uVhD6kQ"),
    }
    district_form("03_kaenlyk_sosh_2024.xlsx",
                  "«Каенлык урта гомуми белем бирү мәктәбе» МБГББУ", None,
                  "«Каенлык урта гомуми белем бирү мәктәбе» МБГББУ", data,
                  ("Әйе", "Юк"), "text",
                  ["Директор: _____________ Ф.Х. Вәлиева",
                   "Башкаручы: Ә.М. Закирова, 8 (85563) 3-41-09"],
                  {})


# ---------------------------------------------------------------------------
# File 4. Лицей им. Г. Тукая: «по-русски\nтатарча» in one cell, Да/Нет, unit column
# ---------------------------------------------------------------------------
LT = "https://liceytukay-kulbash.edu.ru/upload/nastavnichestvo/2024/"


def file4():
    s10, m10 = 356, 74
    s15, m15 = 129, 23
    ys, ysm = 5, 5
    to, tom, tm = 41, 3, 14
    teachers = ys + to
    P, U, PC, YN = "чел.\nкеше", "ед.\nберәмлек", "%", "да/нет\nәйе/юк"
    rows = [
        ("H", "Раздел 1. Локальные акты и организация", "1 бүлек. Локаль актлар һәм оештыру"),
        ("V", "orgs_regulation_teachers", "Положение о системе наставничества педагогов утверждено приказом",
         "Педагогларга остазлык системасы турында нигезләмә боерык белән расланган", YN, "Да", 1,
         LT + "prikaz_polozhenie_pedagogi.pdf"),
        ("V", "orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом",
         "Укучыларга остазлык турында нигезләмә боерык белән расланган", YN, "Да", 1,
         LT + "prikaz_polozhenie_obuchayushchiesya.pdf"),
        ("V", "orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН",
         "ОММ гамәлгә ашырылышын мониторинглау турында боерык", YN, "Да", 1,
         LT + "prikaz_o_monitoringe.pdf"),
        ("V", "internal_monitoring_notes", "Информационная справка по внутреннему мониторингу",
         "Эчке мониторинг буенча мәгълүмати белешмә", YN, "Да", 1,
         LT + "spravka_monitoring_dekabr.pdf"),
        ("V", "curators_total", "Кураторы ЦМН в лицее", "Лицейда ОММ кураторлары", P, 2, 2,
         LT + "prikaz_o_kuratorah.pdf"),
        ("V", "school_methodical_associations", "Методическое объединение наставников (число)",
         "Остазларның методик берләшмәсе (саны)", U, 1, 1, LT + "MO_nastavnikov.pdf"),
        ("V", "pay_acts", "Положение об оплате (доплате) за наставничество",
         "Остазлык өчен түләү (өстәмә түләү) турында нигезләмә", U, 1, 1,
         LT + "polozhenie_o_doplate.pdf"),
        ("V", "nonmaterial_acts", "Положение о моральном поощрении наставников",
         "Остазларны мораль яктан бүләкләү турында нигезләмә", U, 1, 1,
         LT + "polozhenie_moralnoe_pooshchrenie.pdf"),
        ("H", "Раздел 2. Партнеры", "2 бүлек. Партнерлар"),
        ("V", "agreements_edu_orgs", "Соглашения с образовательными организациями-партнерами",
         "Партнер белем бирү оешмалары белән килешүләр", U, 1, 1,
         LT + "soglashenie_ped_kolledzh.pdf"),
        ("V", "agreements_enterprises", "Соглашения с предприятиями",
         "Предприятиеләр белән килешүләр", U, 0, 0, None),
        ("V", "agreements_other_orgs", "Соглашения с прочими организациями",
         "Башка оешмалар белән килешүләр", U, 1, 1, LT + "soglashenie_biblioteka.pdf"),
        ("V", "partner_list", "Перечень организаций-партнеров",
         "Партнер оешмалар исемлеге", "—",
         "ГАПОУ «Кульбашский педагогический колледж»; МБУ «Централизованная библиотечная "
         "система Кульбашского муниципального района»",
         "ГАПОУ «Кульбашский педагогический колледж»; МБУ «Централизованная библиотечная "
         "система Кульбашского муниципального района»", None),
        ("V", "external_edu_mentors", "Наставники из других ОО (по приказу)",
         "Башка белем бирү оешмаларыннан остазлар (боерык буенча)", P, 2, 2,
         LT + "prikaz_nastavnicheskie_pary.pdf"),
        ("V", "other_org_mentors", "Наставники из иных организаций",
         "Башка оешмалардан остазлар", P, 1, 1, LT + "prikaz_nastavnicheskie_pary.pdf"),
        ("V", "enterprise_mentors", "Наставники с предприятий", "Предприятиеләрдән остазлар", P,
         0, 0, None),
        ("H", "Раздел 3. Наставники, наставляемые, программы",
         "3 бүлек. Остазлар, остазлыкка алынучылар, программалар"),
        ("V", "mentors_total", "Наставников всего (приказ)", "Барлык остазлар (боерык)", P, 40, 40,
         LT + "prikaz_nastavnicheskie_pary.pdf"),
        ("V", "mentees_total", "Наставляемых всего (приказ)",
         "Барлык остазлыкка алынучылар (боерык)", P, 82, 82,
         LT + "prikaz_nastavnicheskie_pary.pdf"),
        ("D", "Количество проведенных встреч наставнических пар",
         "Остазлык парларының очрашулары саны", U, 146),
        ("V", "pp_total", "Персонализированные программы наставничества (все формы)",
         "Шәхсиләштерелгән остазлык программалары (барлык формалар)", U, 12, 12,
         LT + "PPN_reestr_2024.pdf"),
        ("V", "pp_pupil_pupil", "– «ученик – ученик»", "– «укучы – укучы»", U, 4, 4, None),
        ("V", "pp_teacher_teacher", "– «педагог – педагог»", "– «педагог – педагог»", U, 4, 4,
         None),
        ("V", "pp_student_pupil", "– «студент – ученик»", "– «студент – укучы»", U, 2, 2, None),
        ("V", "pp_teacher_pupil", "– «учитель – ученик»", "– «укытучы – укучы»", U, 2, 2, None),
        ("V", "teachers_in_pp", "Педагоги — участники персонализированных программ",
         "Шәхсиләштерелгән программаларда катнашучы педагоглар", P, 10, 10,
         LT + "PPN_reestr_2024.pdf"),
        ("H", "Раздел 4. Охват обучающихся", "4 бүлек. Укучыларны колачлау"),
        ("V", "students_10_19", "Контингент обучающихся 10–19 лет",
         "10–19 яшьлек укучылар контингенты", P, s10, s10, None),
        ("V", "mentees_10_19", "Обучающиеся 10–19 лет в роли наставляемых",
         "Остазлыкка алынган 10–19 яшьлек укучылар", P, m10, m10,
         LT + "baza_nastavlyaemyh.pdf"),
        ("V", "mentees_risk", "в т.ч. «группа риска»", "шул исәптән «риск төркеме»", P, 5, 5, None),
        ("V", "mentees_gifted", "в т.ч. одаренные (внесены в реестр)",
         "шул исәптән сәләтле балалар (реестрда)", P, 27, 27, None),
        ("V", "mentees_disabled", "в т.ч. дети с ОВЗ, дети-инвалиды",
         "шул исәптән СМЧ һәм инвалид балалар", P, 3, 3, None),
        ("V", "mentees_low_motivation", "в т.ч. с низкой мотивацией и неуспеваемостью",
         "шул исәптән укуга омтылышы түбән, өлгермәүче укучылар", P, 12, 12, None),
        ("V", "mentees_career", "в т.ч. с проблемами профессионального самоопределения",
         "шул исәптән һөнәри үзбилгеләнү проблемалары булучылар", P, 19, 19, None),
        ("V", "mentees_other_params", "в т.ч. по иным параметрам",
         "шул исәптән башка параметрлар буенча", P, 8, 8, None),
        ("V", "share_mentees_10_19", "Охват наставничеством обучающихся 10–19 лет",
         "10–19 яшьлек укучыларны остазлык белән колачлау", PC, round(m10 / s10, 4),
         pct(m10, s10), None),
        ("V", "students_15_19", "Контингент обучающихся 15–19 лет",
         "15–19 яшьлек укучылар контингенты", P, s15, s15, None),
        ("V", "mentors_15_19", "Обучающиеся 15–19 лет — наставники (приказ)",
         "15–19 яшьлек укучы-остазлар (боерык)", P, m15, m15, LT + "baza_nastavnikov.pdf"),
        ("V", "share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет",
         "15–19 яшьлек укучылар арасында остазлар өлеше", PC, round(m15 / s15, 4),
         pct(m15, s15), None),
        ("H", "Раздел 5. Педагогические работники", "5 бүлек. Педагогик хезмәткәрләр"),
        ("V", "young_specialists", "Молодые педагоги (до 35 лет, стаж до 3 лет)",
         "Яшь педагоглар (35 яшькә кадәр, стаж 3 елга кадәр)", P, ys, ys, None),
        ("V", "young_specialists_mentees", "Молодые педагоги, прикрепленные к наставникам",
         "Остазларга беркетелгән яшь педагоглар", P, ysm, ysm, LT + "baza_nastavlyaemyh.pdf"),
        ("V", "share_young_specialists_mentees", "Доля молодых педагогов с наставником",
         "Остазы булган яшь педагоглар өлеше", PC, round(ysm / ys, 4), pct(ysm, ys), None),
        ("V", "teachers_other", "Педагоги, не относящиеся к молодым специалистам",
         "Яшь белгечләргә керми торган педагоглар", P, to, to, None),
        ("V", "teachers_other_mentees", "из них в роли наставляемых",
         "шулардан остазлыкка алынучылар", P, tom, tom, LT + "baza_nastavlyaemyh.pdf"),
        ("V", "share_teachers_mentees", "Доля педагогов в роли наставляемых (с молодыми)",
         "Остазлыкка алынган педагоглар өлеше (яшьләр белән бергә)", PC,
         round((ysm + tom) / teachers, 4), pct(ysm + tom, teachers), None),
        ("V", "teachers_mentors", "Педагоги — наставники", "Остаз-педагоглар", P, tm, tm,
         LT + "baza_nastavnikov.pdf"),
        ("V", "share_teachers_mentors", "Доля педагогов-наставников от всех педагогов",
         "Барлык педагоглардан остаз-педагоглар өлеше", PC, round(tm / teachers, 4),
         pct(tm, teachers), None),
        ("V", "young_specialists_mentors", "Молодые педагоги — наставники",
         "Остаз булган яшь педагоглар", P, 0, 0, None),
        ("V", "kpk_trained", "Обучены на КПК по наставничеству в 2024 году",
         "2024 елда остазлык буенча КПКда укыганнар", P, 4, 4,
         "https://cloud.mail.ru/public/Lt7q/mV4kJc9Pz"),
        ("V", "kpk_courses", "Курсы (наименование, организация, объем)",
         "Курслар (исеме, оешма, күләме)", "—",
         "«Организация наставничества в школе: нормативные и методические аспекты», "
         "ГАОУ ДПО ИРО РТ, 24 ч.; «Наставник молодого педагога», КФУ, 36 ч.",
         "«Организация наставничества в школе: нормативные и методические аспекты», "
         "ГАОУ ДПО ИРО РТ, 24 ч.; «Наставник молодого педагога», КФУ, 36 ч.", None),
        ("H", "Раздел 6. Оценка удовлетворенности", "6 бүлек. Канәгатьлекне бәяләү"),
        ("V", "satisfaction_mentees", "Удовлетворенность наставляемых (анкетирование)",
         "Остазлыкка алынучыларның канәгатьлеге (анкета)", PC, 0.893, 89.3,
         LT + "itogi_anketirovaniya.pdf"),
        ("V", "satisfaction_mentors", "Удовлетворенность наставников (анкетирование)",
         "Остазларның канәгатьлеге (анкета)", PC, 0.915, 91.5, LT + "itogi_anketirovaniya.pdf"),
    ]
    fname = "04_licej_tukaya_2024.xlsx"
    sheet = "Лист1"
    form = Form(fname, sheet, "МБОУ «Лицей имени Габдуллы Тукая»")
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths(ws, 7, 60, 14, 16, 48)
    ws["A1"] = ("Мониторинг внедрения целевой модели наставничества за 2024 год\n"
                "2024 ел өчен остазлыкның максатчан моделен кертү мониторингы")
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 36
    ws["A2"] = "МБОУ «Лицей имени Габдуллы Тукая»\n«Габдулла Тукай исемендәге лицей» МБГББУ"
    ws.merge_cells("A2:E2")
    ws["A2"].alignment = CENTER
    ws["A2"].font = BOLD
    ws.row_dimensions[2].height = 34
    hdr = ["№ п/п\nт/с", "Показатель\nКүрсәткеч", "Ед. изм.\nҮлчәү берәмлеге",
           "Значение за 2024 год\n2024 ел өчен мәгънә",
           "Ссылка на подтверждающий документ\nРаслаучы документка сылтама"]
    r = 4
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = HEAD_FILL
    ws.row_dimensions[r].height = 44
    r += 1
    sec, sub = 0, 0
    for row in rows:
        if row[0] == "H":
            sec += 1
            sub = 0
            text = f"{row[1]}\n{row[2]}"
            ws.cell(r, 1, text).font = BOLD
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.row_dimensions[r].height = 30
            form.heading(text)
            r += 1
            continue
        sub += 1
        ws.cell(r, 1, f"{sec}.{sub}")
        if row[0] == "D":
            _, ru, tt, unit, shown = row
            text = f"{ru}\n{tt}"
            ws.cell(r, 2, text).alignment = WRAP
            ws.cell(r, 3, unit).alignment = CENTER
            ws.cell(r, 4, shown)
            form.decoy(text)
            r += 1
            continue
        _, cid, ru, tt, unit, shown, exp, link = row
        ws.cell(r, 2, f"{ru}\n{tt}").alignment = WRAP
        ws.cell(r, 3, unit).alignment = CENTER
        c = ws.cell(r, 4, shown)
        c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if unit == PC:
            c.number_format = "0.00%" if cid.startswith("share_") else "0.0%"
        if cid in ("partner_list", "kpk_courses"):
            # the lyceum typed the text into the value column over the unit «—»
            ws.cell(r, 3, "—")
        form.value(cid, f"D{r}", exp)
        if link:
            ws.cell(r, 5, link).alignment = WRAP
            form.link(cid, f"E{r}", link)
        r += 1
    box(ws, f"A4:E{r - 1}")
    r += 1
    ws.cell(r, 2, "Директор лицея / Лицей директоры _____________ А.Ш. Нуриев")
    ws.cell(r + 1, 2, "Исполнитель / Башкаручы: Э.Р. Сафина, заместитель директора")
    ws.cell(r + 2, 2, "20.12.2024")
    wb.save(os.path.join(TYPED, fname))


# ---------------------------------------------------------------------------
# File 5. Иске Ашыт ООШ: Russian column first, Tatar second; 2023 and 2024 columns and a plan;
# only the Tatar line of the title filled.
# ---------------------------------------------------------------------------
IA = "https://cloud.mail.ru/public/Ia5h/"


def file5():
    s10, m10 = 41, 9
    s15, m15 = 6, 2
    ys, ysm = 1, 1
    to, tom, tm = 12, 2, 4
    teachers = ys + to
    # (cid, ru, tt, v2023, v2024_shown, expected, link, plan2025)
    rows = [
        ("H", "1. Документы", "1. Документлар"),
        ("orgs_regulation_teachers", "Положение о наставничестве педагогов (утверждено)",
         "Педагогларга остазлык турында нигезләмә (расланган)", "Әйе", "Әйе", 1,
         IA + "polozhenie_ped.pdf", None),
        ("orgs_regulation_students", "Положение о наставничестве учащихся (утверждено)",
         "Укучыларга остазлык турында нигезләмә (расланган)", "Юк", "Әйе", 1,
         IA + "polozhenie_uch.pdf", None),
        ("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "ОММ мониторингы турында боерык",
         "Әйе", "Әйе", 1, IA + "prikaz_monitoring.pdf", None),
        ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга",
         "Эчке мониторинг нәтиҗәләре буенча белешмә", "Юк", "Әйе", 1, IA + "spravka_2024.pdf",
         None),
        ("H", "2. Участники", "2. Катнашучылар"),
        ("curators_total", "Куратор ЦМН", "ОММ кураторы", 1, 1, 1, None, 1),
        ("mentors_total", "Наставники по приказу", "Боерык буенча остазлар", 5, 7, 7,
         IA + "prikaz_pary_2024.pdf", 8),
        ("mentees_total", "Наставляемые по приказу", "Боерык буенча остазлыкка алынучылар", 8, 12,
         12, IA + "prikaz_pary_2024.pdf", 14),
        ("other_org_mentors", "Наставники из других организаций (СДК, ФАП)",
         "Башка оешмалардан остазлар (АМЙ, ФАП)", 0, 1, 1, IA + "prikaz_pary_2024.pdf", None),
        ("students_10_19", "Учащиеся 10–19 лет", "10–19 яшьлек укучылар", 39, s10, s10, None, None),
        ("mentees_10_19", "из них наставляемые", "шулардан остазлыкка алынучылар", 6, m10, m10,
         IA + "prikaz_pary_2024.pdf", 10),
        ("share_mentees_10_19", "Доля наставляемых среди учащихся 10–19 лет, %",
         "10–19 яшьлек укучылардан остазлыкка алынучылар өлеше, %", 15.4, pct(m10, s10),
         pct(m10, s10), None, None),
        ("students_15_19", "Учащиеся 15–19 лет", "15–19 яшьлек укучылар", 5, s15, s15, None, None),
        ("mentors_15_19", "из них наставники", "шулардан остазлар", 1, m15, m15,
         IA + "prikaz_pary_2024.pdf", None),
        ("share_mentors_15_19", "Доля наставников среди учащихся 15–19 лет, %",
         "15–19 яшьлек укучылардан остазлар өлеше, %", 20.0, pct(m15, s15), pct(m15, s15), None,
         None),
        ("H", "3. Педагоги", "3. Педагоглар"),
        ("young_specialists", "Молодые специалисты", "Яшь белгечләр", 1, ys, ys, None, None),
        ("young_specialists_mentees", "Молодые специалисты, имеющие наставника",
         "Остазы булган яшь белгечләр", 1, ysm, ysm, IA + "prikaz_pary_2024.pdf", None),
        ("teachers_other", "Прочие педагоги", "Калган педагоглар", 12, to, to, None, None),
        ("teachers_other_mentees", "Прочие педагоги — наставляемые",
         "Остазлыкка алынган калган педагоглар", 1, tom, tom, IA + "prikaz_pary_2024.pdf", None),
        ("share_teachers_mentees", "Доля педагогов-наставляемых, %",
         "Остазлыкка алынган педагоглар өлеше, %", 15.38, pct(ysm + tom, teachers),
         pct(ysm + tom, teachers), None, None),
        ("teachers_mentors", "Педагоги-наставники", "Остаз-педагоглар", 3, tm, tm,
         IA + "prikaz_pary_2024.pdf", 5),
        ("share_teachers_mentors", "Доля педагогов-наставников, %", "Остаз-педагоглар өлеше, %",
         23.08, pct(tm, teachers), pct(tm, teachers), None, None),
        ("H", "4. Программы и результаты", "4. Программалар һәм нәтиҗәләр"),
        ("pp_total", "Персонализированные программы (всего)",
         "Шәхсиләштерелгән программалар (барлыгы)", 2, 3, 3, IA + "PPN_2024.pdf", 4),
        ("pp_teacher_teacher", "«учитель – учитель»", "«укытучы – укытучы»", 1, 1, 1, None, None),
        ("pp_pupil_pupil", "«ученик – ученик»", "«укучы – укучы»", 1, 1, 1, None, None),
        ("pp_teacher_pupil", "«учитель – ученик»", "«укытучы – укучы»", 0, 1, 1, None, None),
        ("satisfaction_mentees", "Удовлетворенность наставляемых, %",
         "Остазлыкка алынучыларның канәгатьлеге, %", 96, 100, 100, IA + "anketa_itogi.pdf",
         None),
        ("satisfaction_mentors", "Удовлетворенность наставников, %", "Остазларның канәгатьлеге, %",
         90, 95, 95, IA + "anketa_itogi.pdf", None),
    ]
    fname = "05_iske_ashyt_oosh_2024.xlsx"
    sheet = "2024"
    org = "«Иске Ашыт төп гомуми белем бирү мәктәбе» МБГББУ"
    form = Form(fname, sheet, org)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths(ws, 5, 46, 46, 12, 12, 14, 44)
    ws["A1"] = "Мониторинг ЦМН / ОММ мониторингы"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Наименование ОО:"
    ws.merge_cells("A2:B2")
    ws["C2"] = None  # the Russian name was never typed in
    ws["C2"].border = Border(bottom=THIN)
    ws["A3"] = "Белем бирү оешмасының исеме:"
    ws.merge_cells("A3:B3")
    ws["C3"] = org
    ws["C3"].border = Border(bottom=THIN)
    ws["C3"].font = BOLD
    hdr = ["№", "Показатель", "Күрсәткеч", "2023 год\n2023 ел", "2024 год\n2024 ел",
           "План на 2025 г.\n2025 елга план", "Ссылка (2024)\nСылтама (2024)"]
    r = 5
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = HEAD_FILL
    ws.row_dimensions[r].height = 32
    form.decoy("2023 год\n2023 ел", "План на 2025 г.\n2025 елга план")
    r += 1
    n = 0
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 2, row[1]).font = BOLD
            ws.cell(r, 3, row[2]).font = BOLD
            form.heading(row[1], row[2])
            r += 1
            continue
        cid, ru, tt, v23, v24, exp, link, plan = row
        n += 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, ru).alignment = WRAP
        ws.cell(r, 3, tt).alignment = WRAP
        ws.cell(r, 4, v23).alignment = Alignment(horizontal="center")
        ws.cell(r, 5, v24).alignment = Alignment(horizontal="center")
        if plan is not None:
            ws.cell(r, 6, plan).alignment = Alignment(horizontal="center")
        form.value(cid, f"E{r}", exp)
        if link:
            ws.cell(r, 7, link).alignment = WRAP
            form.link(cid, f"G{r}", link)
        r += 1
    box(ws, f"A5:G{r - 1}")
    r += 1
    ws.cell(r, 2, "Мәктәп директоры: ____________ Р.Г. Шәйхетдинов")
    ws.cell(r + 1, 2, "Тутыручы: Г.Н. Мифтахова, 12.12.2024")
    wb.save(os.path.join(TYPED, fname))


# ---------------------------------------------------------------------------
# File 6. The municipality's form: «по-русски / татарча» in one cell, plan column, 1/0 legend
# ---------------------------------------------------------------------------
MO = "https://kulbash.tatarstan.ru/file/kulbash/File/obrazovanie/nastavnichestvo/"


def file6():
    orgs_total, reg_t, reg_s = 16, 16, 15
    rows = [
        ("H", "Нормативная база муниципалитета", "Муниципалитетның норматив базасы"),
        ("V", "municipal_order", "Приказ управления образования о внедрении ЦМН в районе",
         "Мәгариф идарәсенең районда ОММны кертү турында боерыгы", 1, 1, 1,
         MO + "prikaz_UO_CMN_2024.pdf"),
        ("V", "municipal_analytic_note",
         "Аналитическая справка управления образования по итогам мониторинга",
         "Мониторинг нәтиҗәләре буенча мәгариф идарәсенең аналитик белешмәсе", 1, 1, 1,
         MO + "analiticheskaya_spravka_2024.pdf"),
        ("H", "Образовательные организации", "Белем бирү оешмалары"),
        ("V", "orgs_total", "Подведомственных образовательных организаций (школы и УДО)",
         "Карамактагы белем бирү оешмалары (мәктәпләр һәм өстәмә белем бирү оешмалары)",
         orgs_total, 16, orgs_total, None),
        ("V", "orgs_regulation_teachers", "ОО, утвердившие положение о наставничестве педагогов",
         "Педагогларга остазлык турында нигезләмә раслаган оешмалар", reg_t, 16, reg_t,
         MO + "svod_polozheniya_2024.xlsx"),
        ("V", "orgs_regulation_students", "ОО, утвердившие положение о наставничестве обучающихся",
         "Укучыларга остазлык турында нигезләмә раслаган оешмалар", reg_s, 16, reg_s,
         MO + "svod_polozheniya_2024.xlsx"),
        ("V", "orgs_monitoring_order", "ОО, издавшие приказ о мониторинге ЦМН",
         "ОММ мониторингы турында боерык чыгарган оешмалар", 16, 16, 16,
         MO + "svod_polozheniya_2024.xlsx"),
        ("V", "internal_monitoring_notes", "Справки ОО по внутреннему мониторингу (шт.)",
         "Эчке мониторинг буенча оешмаларның белешмәләре (берәмлек)", 14, 16, 14,
         MO + "svod_spravki_OO_2024.xlsx"),
        ("V", "share_orgs_teachers_system", "Доля ОО с системой наставничества педагогов, %",
         "Педагогларга остазлык системасы булган оешмалар өлеше, %", pct(reg_t, orgs_total),
         100, pct(reg_t, orgs_total), None),
        ("V", "share_orgs_students_system", "Доля ОО с системой наставничества обучающихся, %",
         "Укучыларга остазлык системасы булган оешмалар өлеше, %", pct(reg_s, orgs_total), 100,
         pct(reg_s, orgs_total), None),
        ("D", "Доля общеобразовательных организаций, реализующих наставничество педагогов, %",
         "Педагогларга остазлыкны гамәлгә ашыручы гомуми белем бирү оешмалары өлеше, %", 100),
        ("H", "Участники наставничества", "Остазлыкта катнашучылар"),
        ("V", "curators_total", "Кураторов ЦМН во всех ОО", "Барлык оешмаларда ОММ кураторлары",
         21, 21, 21, None),
        ("V", "mentors_total", "Наставников (сумма по приказам ОО)",
         "Остазлар (оешмалар боерыклары буенча җыелма)", 412, 430, 412, None),
        ("V", "mentees_total", "Наставляемых (сумма по приказам ОО)",
         "Остазлыкка алынучылар (оешмалар боерыклары буенча җыелма)", 1038, 1100, 1038, None),
        ("V", "pp_total", "Персонализированных программ наставничества в районе",
         "Районда шәхсиләштерелгән остазлык программалары", 143, 150, 143, None),
        ("V", "kpk_trained", "Педагогов, прошедших КПК по наставничеству за 2024 год",
         "2024 елда остазлык буенча КПК узган педагоглар", 38, 40, 38,
         MO + "KPK_nastavniki_2024.xlsx"),
        ("V", "partner_list", "Организации-партнеры ОО по наставничеству",
         "Остазлык буенча оешмаларның партнерлары",
         "ГАПОУ «Кульбашский аграрный колледж», ГАПОУ «Кульбашский педагогический колледж», "
         "ООО «Кульбашский молочный завод», АО «Кульбашское ДРСУ», ООО «Агрофирма «Каенлык»», "
         "ГАУЗ «Кульбашская ЦРБ»", None,
         "ГАПОУ «Кульбашский аграрный колледж», ГАПОУ «Кульбашский педагогический колледж», "
         "ООО «Кульбашский молочный завод», АО «Кульбашское ДРСУ», ООО «Агрофирма «Каенлык»», "
         "ГАУЗ «Кульбашская ЦРБ»", None),
        ("H", "Методическая работа и сетевое взаимодействие",
         "Методик эш һәм челтәр хезмәттәшлеге"),
        ("V", "municipal_methodical_associations", "Районные методобъединения наставников",
         "Остазларның район методик берләшмәләре", 2, 2, 2, MO + "prikaz_RMO_nastavnikov.pdf"),
        ("V", "best_practices",
         "Практики наставничества, опубликованные на сайте УО и портале «Электронное "
         "образование в РТ» за 2024 год",
         "2024 елда мәгариф идарәсе сайтында һәм «Татарстан Республикасында электрон мәгариф» "
         "порталында урнаштырылган остазлык тәҗрибәләре", 6, 5, 6,
         MO + "luchshie_praktiki_2024.pdf"),
        ("V", "contests", "Муниципальные конкурсы профмастерства по наставничеству (2024)",
         "Остазлык буенча муниципаль һөнәри осталык бәйгеләре (2024)", 1, 1, 1,
         MO + "prikaz_konkurs_Ostaz_2024.pdf"),
        ("V", "network_community", "Сетевое сообщество педагогов-наставников района",
         "Районның остаз-педагоглар челтәр җәмгыяте", 1, 1, 1,
         "https://vk.com/ostaz_kulbash"),
        ("V", "network_mentors", "Сетевые наставники (по приказу МО и Н РТ)",
         "Челтәр остазлары (ТР МФМ боерыгы буенча)", 9, 10, 9, MO + "setevye_nastavniki.pdf"),
    ]
    fname = "06_kulbash_UO_svod_2024.xlsx"
    sheet = "МО 2024"
    form = Form(fname, sheet, None)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths(ws, 6, 76, 16, 16, 50)
    ws["A1"] = ("Управление образования Кульбашского муниципального района / "
                "Күлбаш муниципаль районы мәгариф идарәсе")
    ws["A2"] = ("Муниципальный мониторинг реализации ЦМН за 2024 год / "
                "2024 ел өчен ОММны гамәлгә ашыруның муниципаль мониторингы")
    ws["A3"] = "Наличие: 1 – да / әйе, 0 – нет / юк"
    ws["A3"].font = Font(italic=True)
    for a in ("A1", "A2"):
        ws[a].font = BOLD
        ws.merge_cells(f"{a}:E{a[1:]}")
    hdr = ["№", "Показатель / Күрсәткеч", "Факт 2024 / 2024 ел факты",
           "План 2025 / 2025 елга план", "Ссылка / Сылтама"]
    r = 5
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = HEAD_FILL
    form.decoy("План 2025 / 2025 елга план")
    r += 1
    n = 0
    for row in rows:
        if row[0] == "H":
            text = f"{row[1]} / {row[2]}"
            ws.cell(r, 1, text).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1).fill = SEC_FILL
            form.heading(text)
            r += 1
            continue
        n += 1
        ws.cell(r, 1, n)
        if row[0] == "D":
            text = f"{row[1]} / {row[2]}"
            ws.cell(r, 2, text).alignment = WRAP
            ws.cell(r, 3, row[3])
            form.decoy(text)
            r += 1
            continue
        _, cid, ru, tt, fact, plan, exp, link = row
        ws.cell(r, 2, f"{ru} / {tt}").alignment = WRAP
        c = ws.cell(r, 3, fact)
        c.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        if plan is not None:
            ws.cell(r, 4, plan).alignment = Alignment(horizontal="center", vertical="top")
        form.value(cid, f"C{r}", exp)
        if link:
            ws.cell(r, 5, link).alignment = WRAP
            form.link(cid, f"E{r}", link)
        r += 1
    box(ws, f"A5:E{r - 1}")
    r += 1
    ws.cell(r, 2, "Начальник управления образования / Мәгариф идарәсе башлыгы ________ "
                  "Л.А. Гыйльманова")
    ws.cell(r + 1, 2, "Исп.: Р.Р. Исмәгыйлева, методист ИМЦ, 8 (85563) 2-05-11")
    wb.save(os.path.join(TYPED, fname))


# ---------------------------------------------------------------------------
# File 7. A summary table of four schools: headers «татарча\nпо-русски», names with a slash
# ---------------------------------------------------------------------------
def file7():
    orgs = [
        # (cell name, expected name, mentors, mentees, s10, m10, m15, ys, ysm, tm, yes-word, link)
        ("МБОУ «Альмендерская СОШ» / «Әлмәндәр урта гомуми белем бирү мәктәбе» МБГББУ",
         "МБОУ «Альмендерская СОШ»", 14, 24, 97, 21, 7, 2, 2, 6, "әйе",
         "https://edu.tatar.ru/upload/storage/org3290/files/polozhenie_nastavnichestvo.pdf"),
        ("«Югары Кибәче төп гомуми белем бирү мәктәбе» МБГББУ",
         "«Югары Кибәче төп гомуми белем бирү мәктәбе» МБГББУ", 5, 9, 38, 8, 2, 1, 1, 3, "Да",
         "https://cloud.mail.ru/public/Yk7b/n2FQwR8sT"),
        ("МБОУ «Кульбашская СОШ № 3» / «Күлбаш шәһәренең 3 нче урта гомуми белем бирү мәктәбе» "
         "МБГББУ", "МБОУ «Кульбашская СОШ № 3»", 47, 96, 431, 83, 28, 8, 7, 17, "әйе",
         "https://sh3-kulbash-r16.gosweb.gosuslugi.ru/netcat_files/nastavnichestvo/"
         "polozhenie_ped_2024.pdf"),
        ("МБОУ «Сарабашская СОШ» / «Сарабаш урта гомуми белем бирү мәктәбе» МБГББУ",
         "МБОУ «Сарабашская СОШ»", 10, 17, 74, 15, 5, 2, 2, 5, "әйе",
         "https://disk.yandex.ru/i/Ls0dGq3TyBn7Hw"),
    ]
    fname = "07_svod_shkol_2024.xlsx"
    sheet = "Җыелма"
    form = Form(fname, sheet, [o[1] for o in orgs], multi=True)
    for _ in orgs:
        form.entry["values"].append({})
        form.entry["links"].append({})
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths(ws, 5, 46, 13, 13, 12, 13, 13, 13, 12, 13, 13, 15, 42)
    ws["A1"] = ("Мәктәпләр буенча остазлык күрсәткечләре, 2024 ел / "
                "Показатели наставничества по школам, 2024 год")
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:M1")
    cols = [
        ("№", None),
        ("Белем бирү оешмасы / Образовательная организация", None),
        ("Остазлар саны (боерык буенча)\nНаставников по приказу", "mentors_total"),
        ("Остазлыкка алынучылар саны (боерык буенча)\nНаставляемых по приказу", "mentees_total"),
        ("Барлык катнашучылар\nВсего участников", "DECOY"),
        ("10–19 яшьлек укучылар\nОбучающиеся 10–19 лет", "students_10_19"),
        ("алардан остазлыкка алынучылар\nиз них наставляемые", "mentees_10_19"),
        ("15–19 яшьлек укучы-остазлар\nНаставники из обучающихся 15–19 лет", "mentors_15_19"),
        ("Яшь белгечләр\nМолодые специалисты", "young_specialists"),
        ("алардан остазлыкка алынучылар\nиз них наставляемые", "young_specialists_mentees"),
        ("Педагог-остазлар\nПедагоги-наставники", "teachers_mentors"),
        ("Педагогларга остазлык турында нигезләмә\nПоложение о наставничестве педработников",
         "orgs_regulation_teachers"),
        ("Нигезләмәгә сылтама\nСсылка на положение", "LINK"),
    ]
    r = 3
    for i, (h, _) in enumerate(cols, start=1):
        c = ws.cell(r, i, h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = HEAD_FILL
    ws.row_dimensions[r].height = 78
    form.decoy("Барлык катнашучылар\nВсего участников", "Барлыгы / Итого")
    r += 1
    tot = [0] * 9
    for k, o in enumerate(orgs):
        name, _, mt, me, s10, m10, m15, ys, ysm, tm, yes, link = o
        assert m10 <= s10 and ysm <= ys and tm + m15 <= mt and m10 + ysm <= me
        vals = {"mentors_total": mt, "mentees_total": me, "DECOY": mt + me,
                "students_10_19": s10, "mentees_10_19": m10, "mentors_15_19": m15,
                "young_specialists": ys, "young_specialists_mentees": ysm,
                "teachers_mentors": tm}
        ws.cell(r, 1, k + 1)
        ws.cell(r, 2, name).alignment = WRAP
        for ci, (_, cid) in enumerate(cols, start=1):
            if cid in vals:
                ws.cell(r, ci, vals[cid]).alignment = Alignment(horizontal="center")
                if cid != "DECOY":
                    form.value(cid, f"{get_column_letter(ci)}{r}", vals[cid], k)
            elif cid == "orgs_regulation_teachers":
                ws.cell(r, ci, yes).alignment = Alignment(horizontal="center")
                form.value(cid, f"{get_column_letter(ci)}{r}", 1, k)
            elif cid == "LINK":
                ws.cell(r, ci, link).alignment = WRAP
                form.link("orgs_regulation_teachers", f"{get_column_letter(ci)}{r}", link, k)
        for j, v in enumerate([mt, me, mt + me, s10, m10, m15, ys, ysm, tm]):
            tot[j] += v
        r += 1
    ws.cell(r, 2, "Барлыгы / Итого").font = BOLD
    for j, v in enumerate(tot):
        ws.cell(r, 3 + j, v).font = BOLD
    box(ws, f"A3:M{r}")
    ws.cell(r + 2, 2, "Төзеде / Составил: ИМЦ методисты Р.Р. Исмәгыйлева")
    wb.save(os.path.join(TYPED, fname))


def main():
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(CELLS, f, ensure_ascii=False, indent=1)
    nv = sum(1 for c in CELLS if c["kind"] == "value")
    nl = sum(1 for c in CELLS if c["kind"] == "link")
    print(f"files: {len(EXPECTED)}  values: {nv}  links: {nl}")


if __name__ == "__main__":
    main()
