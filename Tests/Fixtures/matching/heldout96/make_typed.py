#!/usr/bin/env python3
"""heldout96: a school's base of mentoring pairs and the summary form on ONE sheet.

Every file holds one organisation's 2024 form.  The sheet carries the list of mentoring
pairs («база наставников и наставляемых»: № | ФИО наставника | должность | ФИО наставляемого |
класс / должность | форма | дата приказа | программа) and the monitoring summary
(title | value | link): the list above the summary, the summary above the list, or the
list on the left and the summary on the right.  The summary's counts are derived from the
list (distinct mentors, mentees, pairs per form …), but only the summary's cells are
expected values.

Deterministic: fixed seeds, no clock.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import csv
import datetime as dt
import json
import pathlib
import random

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
CATALOGUE = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
TYPED = HERE / "typed"

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
YELLOW = PatternFill("solid", fgColor="FFF2CC")

# ----------------------------------------------------------------------------------------
# clearly fictitious people: surnames made of pastry, stationery, berries and flowers
SURNAMES = [
    "Пирожков", "Карандашов", "Ромашкин", "Бубликов", "Самоваров", "Снежинкин", "Чернильцев",
    "Кренделев", "Одуванчиков", "Ватрушкин", "Пряников", "Леденцов", "Скрепкин", "Клюквин",
    "Огурцов", "Тыквин", "Морковкин", "Ластиков", "Глобусов", "Циркулев", "Линейкин",
    "Тетрадкин", "Пеналов", "Баранкин", "Пышкин", "Компотов", "Кисельков", "Сырников",
    "Блинчиков", "Калачёв", "Кексов", "Зефиркин", "Орешкин", "Грибочкин", "Черничкин",
    "Брусничкин", "Земляникин", "Подорожников", "Колокольчиков", "Незабудкин", "Лютиков",
    "Кактусов", "Фиалкин", "Пончиков", "Вареников", "Творожков", "Медовиков", "Пастилкин",
    "Вафлин", "Карамелькин", "Глазуньин", "Укропов", "Редискин", "Кабачков", "Петрушкин",
    "Горошков", "Фасолькин", "Мандаринов", "Черешнин", "Смородинов", "Крыжовников",
    "Облепихин", "Мелков", "Промокашкин", "Дневников", "Портфелев", "Звоночков",
    "Переменкин", "Каникулов", "Диктантов", "Задачкин", "Примеркин", "Кляксин", "Тортиков",
    "Сушкин", "Оладушкин", "Коржиков", "Маковкин", "Ирискин", "Плюшкин",
]
M_FIRST = ["Артём", "Илья", "Максим", "Егор", "Кирилл", "Тимофей", "Матвей", "Лев", "Роман",
           "Даниил", "Глеб", "Фёдор", "Олег", "Павел", "Игорь", "Степан", "Денис", "Антон"]
F_FIRST = ["Анна", "Мария", "Софья", "Виктория", "Полина", "Алиса", "Дарья", "Ульяна",
           "Ксения", "Вера", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
           "Галина", "Юлия", "Марина", "Надежда"]
FATHERS = [("Сергеевич", "Сергеевна"), ("Андреевич", "Андреевна"), ("Петрович", "Петровна"),
           ("Иванович", "Ивановна"), ("Николаевич", "Николаевна"), ("Викторович", "Викторовна"),
           ("Олегович", "Олеговна"), ("Юрьевич", "Юрьевна"), ("Михайлович", "Михайловна"),
           ("Александрович", "Александровна"), ("Владимирович", "Владимировна"),
           ("Геннадьевич", "Геннадьевна")]


class People:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.used = set()

    def person(self, adult, style, gender=None):
        while True:
            root = self.rnd.choice(SURNAMES)
            female = self.rnd.random() < (0.78 if adult else 0.5)
            if gender is not None:
                female = gender == "f"
            first = self.rnd.choice(F_FIRST if female else M_FIRST)
            if (root, first) not in self.used:
                self.used.add((root, first))
                break
        sur = root + ("а" if female else "")
        patr = self.rnd.choice(FATHERS)[1 if female else 0]
        if style == "full":
            return f"{sur} {first} {patr}"
        if style == "init":
            return f"{sur} {first[0]}.{patr[0]}."
        if style == "init_sp":
            return f"{sur} {first[0]}. {patr[0]}."
        return f"{sur} {first}"  # "fi"


# ----------------------------------------------------------------------------------------
# own wordings (never the catalogue's); index chosen per file
W = {
    "orgs_regulation_teachers": ["Приказ об утверждении Положения о наставничестве педработников",
                                 "Положение о системе наставничества пед. работников утверждено (да/нет)",
                                 "Локальный акт: Положение о наставничестве педагогов"],
    "orgs_regulation_students": ["Приказ об утверждении Положения о наставничестве обучающихся",
                                 "Положение о системе наставничества обучающихся утверждено (да/нет)",
                                 "Локальный акт: Положение о наставничестве среди обучающихся"],
    "orgs_monitoring_order": ["Приказ о проведении мониторинга ЦМН в ОО",
                              "Издан приказ о мониторинге реализации ЦМН (да/нет)",
                              "Приказ о внутреннем мониторинге наставничества"],
    "internal_monitoring_notes": ["Информационная справка по итогам внутреннего мониторинга",
                                  "Справка по итогам внутр. мониторинга (есть/нет)",
                                  "Аналитическая справка ОО по результатам мониторинга ЦМН"],
    "curators_total": ["Кураторы внедрения ЦМН в ОО, чел.", "Кол-во кураторов ЦМН",
                       "Куратор(ы) целевой модели наставничества (чел.)"],
    "agreements_edu_orgs": ["Соглашения с другими ОО о предоставлении наставников, шт.",
                            "Кол-во договоров о сотрудничестве с образоват. организациями (наставники)",
                            "Договоры с ОО-партнёрами (наставники от ОО)"],
    "agreements_enterprises": ["Соглашения с предприятиями (наставники от предприятий), шт.",
                               "Кол-во соглашений с предприятиями по наставничеству",
                               "Договоры с предприятиями-партнёрами"],
    "agreements_other_orgs": ["Соглашения с иными организациями (культура, спорт, соцзащита и т.п.), шт.",
                              "Кол-во соглашений с прочими организациями о наставниках",
                              "Договоры с иными организациями (любой формы собственности)"],
    "partner_list": ["Партнёры по наставничеству (наименования)",
                     "С какими организациями / предприятиями сотрудничаем по наставничеству",
                     "Перечень организаций-партнёров ОО в наставничестве"],
    "mentors_total": ["Наставники по приказу, всего чел.", "Всего наставников (приказ о закреплении пар)",
                      "Кол-во наставников в базе (приказ)"],
    "mentees_total": ["Наставляемые по приказу, всего чел.", "Всего наставляемых (приказ о закреплении пар)",
                      "Кол-во наставляемых в базе (приказ)"],
    "pp_total": ["Персонализированные программы наставничества (ППН) — всего",
                 "Кол-во ППН по всем формам", "Всего утверждено персонализир. программ"],
    "pp_pupil_pupil": ["в т.ч. «ученик – ученик»", "ППН «ученик-ученик»", "из них по форме ученик – ученик"],
    "pp_teacher_teacher": ["в т.ч. «учитель – учитель»", "ППН «учитель-учитель» (педагог-педагог)",
                           "из них по форме педагог – педагог"],
    "pp_head_teacher": ["в т.ч. «руководитель – педагог»", "ППН «руководитель-педагог»",
                        "из них по форме руководитель – педагог"],
    "pp_teacher_pupil": ["в т.ч. «учитель – ученик»", "ППН «учитель-ученик»",
                         "из них по форме педагог – обучающийся"],
    "pp_student_pupil": ["в т.ч. «студент – ученик»", "ППН «студент-ученик»", "студент – ученик"],
    "pp_student_student": ["в т.ч. «студент – студент»", "ППН «студент-студент»", "студент – студент"],
    "pp_other": ["в т.ч. иные формы (работодатель – ученик и др.)", "ППН иных форм (указать: см. примечание)",
                 "из них иные формы"],
    "external_edu_mentors": ["Наставники из других образовательных организаций (по приказу)",
                             "Внешние наставники — педагоги других ОО",
                             "Наставники-сотрудники сторонних ОО, чел."],
    "other_org_mentors": ["Наставники — сотрудники иных организаций",
                          "Наставники из организаций культуры, спорта, правоохр. органов и др.",
                          "Внешние наставники из прочих организаций, чел."],
    "enterprise_mentors": ["Наставники — сотрудники предприятий", "Наставники от предприятий (работодатели)",
                           "Внешние наставники с производства, чел."],
    "students_10_19": ["Обучающихся 10–19 лет в ОО, всего", "Численность обучающихся в возрасте 10-19 лет",
                       "Контингент 10–19 лет, чел."],
    "mentees_10_19": ["Из них в роли наставляемых (10–19 лет)", "Обучающиеся 10–19 лет — наставляемые",
                      "Кол-во наставляемых среди учащихся 10-19 лет"],
    "mentees_risk": ["в т.ч. «группа риска»", "наставляемые из «группы риска»", "из них группа риска"],
    "mentees_gifted": ["в т.ч. одарённые дети (в реестре)", "одарённые (реестр) — наставляемые",
                       "из них одарённые"],
    "mentees_disabled": ["в т.ч. дети с ОВЗ / дети-инвалиды", "наставляемые с ОВЗ и инвалидностью",
                         "из них ОВЗ, инвалиды"],
    "mentees_low_motivation": ["в т.ч. низкая мотивация / неуспевающие", "низкомотивированные, неуспевающие",
                               "из них с низкой мотивацией к учёбе"],
    "mentees_career": ["в т.ч. затрудняются с выбором профессии / траектории",
                       "проблемы профессионального самоопределения",
                       "из них — выбор образовательной траектории, профессии"],
    "mentees_other_params": ["в т.ч. по иным основаниям", "по другим параметрам", "из них иное"],
    "share_mentees_10_19": ["Доля наставляемых среди обучающихся 10–19 лет, %",
                            "Охват наставничеством обучающихся 10-19 лет (наставляемые), %",
                            "% наставляемых от контингента 10–19 лет"],
    "students_15_19": ["Обучающихся 15–19 лет, всего", "Численность обучающихся 15-19 лет",
                       "Контингент 15–19 лет, чел."],
    "mentors_15_19": ["Обучающиеся 15–19 лет — наставники (по приказу)",
                      "Наставники из числа учащихся 15-19 лет", "Кол-во наставников-школьников 15–19 лет"],
    "share_mentors_15_19": ["Доля обучающихся 15–19 лет в роли наставников, %",
                            "Охват 15-19 лет (наставники), %", "% наставников от контингента 15–19 лет"],
    "satisfaction_mentees": ["Удовлетворённость наставляемых (по завершённым программам), %",
                             "Уровень удовлетворенности наставляемых, %", "Удовлетворённость наставляемых, %"],
    "satisfaction_mentors": ["Удовлетворённость наставников (по завершённым программам), %",
                             "Уровень удовлетворенности наставников, %", "Удовлетворённость наставников, %"],
    "young_specialists": ["Молодые специалисты (до 35 лет, стаж до 3 лет), всего",
                          "Кол-во молодых специалистов в ОО", "Молодых педагогов (м/с) в ОО, чел."],
    "young_specialists_mentees": ["из них наставляемые", "Молодые специалисты в роли наставляемых",
                                  "м/с — наставляемые, чел."],
    "teachers_other": ["Педагоги (кроме молодых специалистов), всего",
                       "Прочие педагогические работники (без м/с)", "Педагогов без учёта м/с, чел."],
    "teachers_other_mentees": ["из них наставляемые", "Педагоги (без м/с) в роли наставляемых",
                               "педагоги (не м/с) — наставляемые, чел."],
    "share_young_specialists_mentees": ["Доля молодых специалистов-наставляемых, %",
                                        "% м/с, включённых в наставничество как наставляемые",
                                        "Доля м/с в роли наставляемых, %"],
    "share_teachers_mentees": ["Доля педагогов-наставляемых от всех педагогов, %",
                               "% педагогов (включая м/с) в роли наставляемых",
                               "Доля наставляемых среди педработников, %"],
    "teachers_in_pp": ["Педагоги, участвующие в ППН, всего чел.", "Кол-во педагогов в персонализированных программах",
                       "Педработников в утверждённых ППН, чел."],
    "kpk_trained": ["Прошли КПК по наставничеству в 2024 г., чел.",
                    "Педагоги, обученные на курсах ПК по наставничеству (2024)",
                    "КПК по вопросам наставничества — обучено чел."],
    "kpk_courses": ["Названия пройденных курсов ПК", "Какие курсы пройдены", "Наименование КПК"],
    "school_methodical_associations": ["ШМО (сообщество) наставников в ОО, кол-во",
                                       "Методическое объединение наставников в школе",
                                       "МО наставников ОО, ед."],
    "teachers_mentors": ["Педагоги-наставники, чел.", "Педагогов в роли наставника",
                         "Кол-во педработников — наставников"],
    "young_specialists_mentors": ["Молодые специалисты в роли наставника", "из них молодых специалистов",
                                  "м/с — наставники, чел."],
    "share_teachers_mentors": ["Доля педагогов-наставников, %", "% педагогов в роли наставника",
                               "Доля наставников среди педработников, %"],
    "share_young_specialists_mentors": ["Доля м/с, выступающих наставниками, %",
                                        "% молодых специалистов в роли наставника",
                                        "Доля м/с — наставников, %"],
    "pay_acts": ["Локальный акт о доплате (материальном стимулировании) наставникам, кол-во",
                 "Положение об оплате за наставничество, шт.", "Акты о материальном поощрении наставников"],
    "nonmaterial_acts": ["Локальный акт о нематериальном поощрении наставников, кол-во",
                         "Положение о нематериальном стимулировании наставников, шт.",
                         "Акты о нематериальном поощрении наставников"],
}

SHARES = {"share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees",
          "share_teachers_mentees", "share_teachers_mentors", "share_young_specialists_mentors"}
LEVELS = {"satisfaction_mentees", "satisfaction_mentors"}
YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
         "internal_monitoring_notes"}
TEXTS = {"partner_list", "kpk_courses"}

# which document proves which row (None: no link)
DOC = {
    "orgs_regulation_teachers": "polozhenie_ped", "orgs_regulation_students": "polozhenie_obuch",
    "orgs_monitoring_order": "prikaz_monitoring", "internal_monitoring_notes": "spravka_monitoring",
    "curators_total": "prikaz_kurator", "agreements_edu_orgs": "soglasheniya",
    "agreements_enterprises": "soglasheniya", "agreements_other_orgs": "soglasheniya",
    "partner_list": "soglasheniya", "mentors_total": "prikaz_pary", "mentees_total": "prikaz_pary",
    "pp_total": "programmy", "pp_pupil_pupil": "programmy", "pp_teacher_teacher": "programmy",
    "pp_head_teacher": "programmy", "pp_teacher_pupil": "programmy", "pp_other": "programmy",
    "pp_student_pupil": None, "pp_student_student": None,
    "external_edu_mentors": "prikaz_pary", "other_org_mentors": "prikaz_pary",
    "enterprise_mentors": "prikaz_pary", "mentees_10_19": "baza", "mentees_risk": "baza",
    "mentees_gifted": "baza", "mentees_disabled": "baza", "mentees_low_motivation": "baza",
    "mentees_career": "baza", "mentees_other_params": "baza", "mentors_15_19": "prikaz_pary",
    "satisfaction_mentees": "ankety", "satisfaction_mentors": "ankety",
    "young_specialists_mentees": "prikaz_pary", "teachers_other_mentees": "prikaz_pary",
    "teachers_in_pp": "programmy", "kpk_trained": "kpk", "kpk_courses": "kpk",
    "school_methodical_associations": "prikaz_shmo", "teachers_mentors": "prikaz_pary",
    "young_specialists_mentors": "prikaz_pary", "pay_acts": "polozhenie_oplata",
    "nonmaterial_acts": "polozhenie_pooshrenie",
}

# forms of mentoring -> pp criterion
FORM_PP = {"ut": "pp_teacher_pupil", "tt": "pp_teacher_teacher", "ht": "pp_head_teacher",
           "pp": "pp_pupil_pupil", "emp": "pp_other", "oth": "pp_other"}


# ----------------------------------------------------------------------------------------
# the organisations.  A mentor spec: (id, kind, position, form, mentees)
#   kind: t (own teacher), ty (own teacher, young specialist), adm (administration),
#         s (student; position carries the class / age), ext (teacher of another ОО),
#         ent (employee of an enterprise), oth (employee of another organisation),
#         ref:<id> (the same mentor again, another form)
#   mentee: ("s", class-or-age text, age)  ("ys", position)  ("tp", position)
#           ("ref", key) the same mentee again; ("s", ..., age, key) names it for ref
#           ("grp", text, n, kind, age) a group of n (file E)

def gender_of(text):
    """a position that names the sex decides it («обучающаяся», «назначена» …)"""
    t = (text or "").lower()
    for w in ("обучающаяся", "ученица", "назначена", "вышла", "перешла", "принята"):
        if w in t:
            return "f"
    for w in ("обучающийся", "ученик ", "назначен ", "назначен)", "принят "):
        if w in t:
            return "m"
    return None


def S(cls, age, key=None):
    return ("s", cls, age, key)


ORGS = []

# ---- A: list on top, summary below ----------------------------------------------------
ORGS.append(dict(
    key="A", file="typed/СОШ3_база_наставников_и_мониторинг_2024.xlsx",
    org="МБОУ «СОШ № 3»", seed=9601, sheet="Наставничество 2024",
    url="https://sh3-novoklyuchevsk.gosuslugi.ru/ofitsialno/nastavnichestvo/{doc}.pdf",
    forms={"ut": "учитель – ученик", "tt": "учитель – учитель", "ht": "руководитель – педагог",
           "pp": "ученик – ученик", "emp": "работодатель – ученик"},
    adult_style="full", child_style="fi",
    mentors=[
        ("a1", "t", "учитель математики", "ut", [S("8 «А»", 14), S("8 «Б»", 14)]),
        ("a2", "t", "учитель русского языка и литературы", "ut", [S("9 «А»", 15), S("7 «В»", 13)]),
        ("a3", "ty", "учитель информатики (молодой специалист)", "ut", [S("6 «А»", 12)]),
        ("a4", "t", "учитель биологии", "ut", [S("10 «А»", 16)]),
        ("a5", "t", "учитель начальных классов", "tt", [("ys", "учитель начальных классов, молодой специалист")]),
        ("a6", "t", "учитель истории и обществознания", "tt", [("ys", "учитель истории, 1-й год работы")]),
        ("a7", "t", "учитель английского языка", "tt", [("tp", "учитель английского языка (новый сотрудник, стаж 11 лет)")]),
        ("a8", "adm", "заместитель директора по УВР", "ht", [("tp", "руководитель ШМО естественно-научного цикла (назначен в 2024 г.)")]),
        ("a9", "ext", "учитель физики МБОУ «СОШ № 1» (по соглашению)", "tt", [("ys", "учитель физики, молодой специалист")]),
        ("a2", "ref", None, "tt", [("ys", "учитель русского языка, молодой специалист")]),
        ("a10", "s", "обучающийся 11 «А»", "pp", [S("5 «А»", 11), S("5 «А»", 11)]),
        ("a11", "s", "обучающаяся 10 «А»", "pp", [S("6 «Б»", 12)]),
        ("a12", "s", "обучающийся 10 «Б»", "pp", [S("7 «А»", 13), S("7 «А»", 13)]),
        ("a13", "s", "обучающаяся 9 «Б»", "pp", [S("3 «А»", 9), S("3 «А»", 9)]),
        ("a14", "s", "обучающийся 11 «А»", "pp", [S("8 «В»", 14)]),
        ("a15", "s", "обучающаяся 9 «А»", "pp", [S("5 «Б»", 11)]),
        ("a16", "ent", "инженер-технолог АО «Новоключевской механический завод»", "emp",
         [S("10 «Б»", 16), S("11 «А»", 17), S("11 «А»", 17)]),
    ],
    given=dict(students_10_19=412, students_15_19=94, young_specialists=5, teachers_other=43,
               mentees_risk=2, mentees_gifted=3, mentees_disabled=1, mentees_low_motivation=4,
               mentees_career=3, satisfaction_mentees=93, satisfaction_mentors=90, kpk_trained=2,
               kpk_courses="«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО ИРО, 36 ч.); «Школа куратора наставнических программ» (МКУ «ИМЦ» Новоключевска, 18 ч.)",
               school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1, curators_total=1,
               orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, agreements_edu_orgs=1, agreements_enterprises=1,
               agreements_other_orgs=0,
               partner_list="МБОУ «СОШ № 1»; АО «Новоключевской механический завод»"),
    omit={"share_young_specialists_mentors", "pp_student_pupil", "pp_student_student"},
    nolink={"curators_total", "mentees_other_params"},
))

# ---- B: summary first, list below it (mentor cells merged over their mentees) ---------
ORGS.append(dict(
    key="B", file="typed/Лицей2_мониторинг_ЦМН_и_база_пар_2024.xlsx",
    org="МАОУ «Лицей № 2»", seed=9602, sheet="Лист1",
    url="https://licey2-nkl.ru/nastavnichestvo/docs/2024/{doc}.pdf",
    forms={"ut": "Учитель – ученик", "tt": "Учитель – учитель", "ht": "Руководитель – педагог",
           "pp": "Ученик – ученик", "emp": "Работодатель – ученик",
           "oth": "Иная: специалист организации – ученик"},
    adult_style="full", child_style="full",
    mentors=[
        ("b1", "t", "учитель математики", "ut", [S("10 «М»", 16, "k1"), S("11 «М»", 17)]),
        ("b2", "t", "учитель физики", "ut", [S("9 «Ф»", 15), S("10 «Ф»", 16)]),
        ("b3", "t", "учитель химии", "ut", [S("11 «Х»", 17), S("11 «Х»", 17)]),
        ("b4", "t", "учитель русского языка", "ut", [S("9 «Г»", 15)]),
        ("b5", "ty", "учитель английского языка, м/с", "ut", [S("7 «А»", 13)]),
        ("b6", "ty", "учитель информатики, м/с", "ut", [S("8 «И»", 14)]),
        ("b7", "t", "учитель начальных классов", "tt", [("ys", "учитель начальных классов (м/с, 2-й год)")]),
        ("b8", "t", "учитель начальных классов, руководитель ШМО", "tt", [("ys", "учитель начальных классов (м/с, 1-й год)")]),
        ("b9", "t", "учитель математики, высшая кв. категория", "tt", [("ys", "учитель математики (м/с)")]),
        ("b10", "t", "учитель литературы", "tt", [("ys", "учитель русского языка и литературы (м/с)")]),
        ("b11", "t", "учитель биологии", "tt", [("tp", "учитель биологии (перевод из другой ОО)")]),
        ("b12", "t", "педагог-психолог", "tt", [("tp", "социальный педагог (новая должность)")]),
        ("b13", "adm", "директор", "ht", [("tp", "заместитель директора по ВР (назначена 01.09.2024)")]),
        ("b14", "adm", "заместитель директора по УВР", "ht", [("tp", "руководитель ШМО гуманитарного цикла")]),
        ("b15", "ext", "учитель химии МБОУ «Гимназия № 4»", "tt", [("ys", "учитель химии (м/с)")]),
        ("b9", "ref", None, "ut", [S("11 «М»", 17)]),
        ("b16", "s", "ученица 11 «М» кл.", "pp", [S("7 «Б»", 13), S("7 «Б»", 13)]),
        ("b17", "s", "ученик 11 «Ф» кл.", "pp", [S("8 «А»", 14), ("ref", "k1")]),
        ("b18", "s", "ученица 10 «Г» кл.", "pp", [S("6 «А»", 12), S("6 «Б»", 12)]),
        ("b19", "s", "ученик 10 «Х» кл.", "pp", [S("9 «А»", 15)]),
        ("b20", "s", "ученица 10 «М» кл.", "pp", [S("5 «В»", 11)]),
        ("b21", "s", "ученик 9 «Ф» кл.", "pp", [S("5 «А»", 11), S("5 «А»", 11)]),
        ("b22", "s", "ученица 11 «Г» кл.", "pp", [S("9 «Б»", 15)]),
        ("b23", "s", "ученик 8 «И» кл.", "pp", [S("5 «Б»", 11)]),
        ("b24", "ent", "ведущий инженер ООО «КлючТехСервис»", "emp", [S("10 «И»", 16), S("10 «И»", 16)]),
        ("b25", "oth", "библиограф МБУК «Новоключевская ЦБС»", "oth", [S("9 «Г»", 15)]),
    ],
    given=dict(students_10_19=865, students_15_19=260, young_specialists=9, teachers_other=71,
               mentees_risk=1, mentees_gifted=6, mentees_disabled=1, mentees_low_motivation=3,
               mentees_career=3, satisfaction_mentees=96.2, satisfaction_mentors=94, kpk_trained=4,
               school_methodical_associations=1, pay_acts=1, nonmaterial_acts=2, curators_total=2,
               orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, agreements_edu_orgs=1, agreements_enterprises=1,
               agreements_other_orgs=1,
               partner_list="МБОУ «Гимназия № 4»; ООО «КлючТехСервис»; МБУК «Новоключевская ЦБС»"),
    omit={"kpk_courses"},
    nolink={"pp_other", "agreements_other_orgs"},
))

# ---- C: list on the left (A:H), summary on the right (J:L) ------------------------------
ORGS.append(dict(
    key="C", file="typed/СОШ7_ЦМН_2024_база+мониторинг.xlsx",
    org="МБОУ «СОШ № 7»", seed=9603, sheet="ЦМН",
    url="https://disk.yandex.ru/i/sosh7nkl-{doc}",
    forms={"ut": "Учитель-ученик", "tt": "Учитель-учитель", "ht": "Руководитель-педагог",
           "pp": "Ученик-ученик", "oth": "Иная (специалист – подросток)"},
    adult_style="init", child_style="fi",
    mentors=[
        ("c1", "t", "учитель математики", "ut", [S("6 «А»", 12), S("6 «А»", 12)]),
        ("c2", "t", "учитель русского языка", "ut", [S("9 «Б»", 15)]),
        ("c3", "t", "учитель истории", "tt", [("ys", "учитель истории (м/с)")]),
        ("c4", "t", "учитель нач. классов", "tt", [("ys", "учитель нач. классов (м/с)"), ("ys", "учитель нач. классов (м/с)")]),
        ("c5", "adm", "зам. директора по УВР", "ht", [("ys", "учитель музыки (м/с)")]),
        ("c6", "ext", "учитель физики МАОУ «Лицей № 2»", "tt", [("ys", "учитель физики (м/с)")]),
        ("c7", "s", "10 «А» кл.", "pp", [S("5 «А»", 11), S("5 «А»", 11), S("6 «Б»", 12)]),
        ("c8", "s", "11 «А» кл.", "pp", [S("7 «А»", 13)]),
        ("c9", "s", "9 «Б» кл.", "pp", [S("8 «А»", 14), S("8 «Б»", 14)]),
        ("c10", "s", "10 «А» кл.", "pp", [S("2 «Б»", 8)]),
        ("c11", "oth", "инспектор ПДН МО МВД России «Новоключевский»", "oth", [S("8 «Б»", 14), S("8 «В»", 14)]),
        ("c1", "ref", None, "tt", [("tp", "учитель математики (после отпуска по уходу за ребёнком)")]),
        ("c13", "t", "учитель физкультуры", "ut", [S("7 «Б»", 13), S("8 «А»", 14)]),
        ("c14", "ty", "учитель английского языка (м/с)", "ut", [S("5 «Б»", 11)]),
    ],
    given=dict(students_10_19=503, students_15_19=118, young_specialists=6, teachers_other=38,
               mentees_risk=2, mentees_gifted=1, mentees_disabled=2, mentees_low_motivation=4,
               mentees_career=0, satisfaction_mentees=88, satisfaction_mentors=91, kpk_trained=1,
               school_methodical_associations=0, pay_acts=0, nonmaterial_acts=1, curators_total=1,
               orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, agreements_edu_orgs=1, agreements_enterprises=0,
               agreements_other_orgs=1,
               partner_list="МАОУ «Лицей № 2»; МО МВД России «Новоключевский»"),
    omit={"kpk_courses", "pp_student_pupil", "pp_student_student", "mentees_other_params",
          "share_young_specialists_mentors", "teachers_in_pp"},
    nolink={"school_methodical_associations", "pay_acts", "agreements_enterprises"},
))

# ---- D: list with «Итого пар: 27» and a count per form, summary below ------------------
ORGS.append(dict(
    key="D", file="typed/ООШ9_наставничество_2024.xlsx",
    org="МБОУ «ООШ № 9»", seed=9604, sheet="база + форма",
    url="https://oosh9-novokl.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/{doc}.pdf",
    forms={"ut": "учитель – ученик", "tt": "учитель – учитель", "ht": "руководитель – педагог",
           "pp": "ученик – ученик", "emp": "работодатель – ученик"},
    adult_style="full", child_style="fi",
    mentors=[
        ("d1", "t", "учитель математики", "ut", [S("7 кл.", 13), S("8 кл.", 14), S("9 кл.", 15)]),
        ("d2", "t", "учитель русского языка и литературы", "ut", [S("9 кл.", 15), S("9 кл.", 15)]),
        ("d3", "t", "учитель начальных классов", "ut", [S("5 кл.", 11)]),
        ("d4", "t", "учитель начальных классов", "tt", [("ys", "учитель начальных классов, молодой специалист")]),
        ("d5", "t", "учитель биологии и химии", "tt", [("ys", "учитель английского языка, молодой специалист")]),
        ("d6", "adm", "директор", "ht", [("tp", "заместитель директора по УВР (с 01.09.2024)")]),
        ("d7", "s", "обучающийся 9 кл.", "pp", [S("5 кл.", 11), S("5 кл.", 11), S("6 кл.", 12)]),
        ("d8", "s", "обучающаяся 9 кл.", "pp", [S("6 кл.", 12), S("6 кл.", 12)]),
        ("d9", "s", "обучающийся 9 кл.", "pp", [S("7 кл.", 13), S("7 кл.", 13)]),
        ("d10", "s", "обучающаяся 8 кл.", "pp", [S("5 кл.", 11), S("6 кл.", 12)]),
        ("d11", "s", "обучающаяся 9 кл.", "pp", [S("3 кл.", 9), S("3 кл.", 9)]),
        ("d12", "ent", "мастер участка СПК «Ключевской»", "emp", [S("8 кл.", 14), S("9 кл.", 15), S("9 кл.", 15)]),
        ("d1", "ref", None, "tt", [("tp", "учитель информатики (стаж 20 лет, в ОО с 2024 г.)")]),
        ("d14", "t", "учитель физической культуры", "ut", [S("7 кл.", 13)]),
        ("d15", "s", "обучающийся 9 кл.", "pp", [S("6 кл.", 12), S("7 кл.", 13)]),
    ],
    given=dict(students_10_19=148, students_15_19=21, young_specialists=2, teachers_other=19,
               mentees_risk=3, mentees_gifted=0, mentees_disabled=2, mentees_low_motivation=6,
               mentees_career=3, satisfaction_mentees=100, satisfaction_mentors=97, kpk_trained=1,
               school_methodical_associations=1, pay_acts=1, nonmaterial_acts=0, curators_total=1,
               orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=0, agreements_edu_orgs=0, agreements_enterprises=1,
               agreements_other_orgs=0, partner_list="СПК «Ключевской»"),
    omit={"kpk_courses", "pp_student_pupil", "pp_student_student", "other_org_mentors",
          "external_edu_mentors", "agreements_other_orgs", "share_young_specialists_mentors"},
    nolink={"internal_monitoring_notes", "nonmaterial_acts", "kpk_trained"},
))

# ---- E: the list has a «Количество» column (groups), summary below ---------------------
ORGS.append(dict(
    key="E", file="typed/сош12 база наставничество 2024 (итог).xlsx",
    org="МБОУ «СОШ № 12»", seed=9605, sheet="Лист1",
    url="https://sosh12nkl.edusite.ru/p45aa1.html?doc={doc}",
    forms={"ut": "учитель – ученик", "tt": "учитель – учитель", "ht": "руководитель – педагог",
           "pp": "ученик – ученик", "emp": "работодатель – ученик", "oth": "иная: специалист – подросток"},
    adult_style="init_sp", child_style="fi",
    mentors=[
        ("e1", "t", "учитель математики", "ut", [("grp", "группа 9 «А» (подготовка к ОГЭ)", 6, "s", 15)]),
        ("e2", "t", "учитель русского языка", "ut", [("grp", "группа 11 «Б» (итоговое сочинение)", 8, "s", 17)]),
        ("e3", "t", "педагог-психолог", "ut", [S("7 «В»", 13)]),
        ("e4", "t", "социальный педагог", "ut", [("grp", "8 «Г»", 4, "s", 14)]),
        ("e5", "t", "учитель нач. классов", "tt", [("ys", "учитель нач. классов, м/с")]),
        ("e6", "t", "учитель нач. классов", "tt", [("grp", "учителя нач. классов, м/с", 2, "ys", None)]),
        ("e7", "t", "учитель истории", "tt", [("ys", "учитель истории и обществознания, м/с")]),
        ("e8", "ext", "методист МБУ ДО «ДДТ»", "tt", [("ys", "учитель технологии, м/с")]),
        ("e9", "adm", "заместитель директора по НМР", "ht", [("grp", "руководители ШМО", 3, "tp", None)]),
        ("e10", "s", "11 «А»", "pp", [("grp", "5 «Б»", 5, "s", 11)]),
        ("e11", "s", "10 «А»", "pp", [("grp", "6 «А»", 3, "s", 12)]),
        ("e12", "s", "10 «Б»", "pp", [S("7 «А»", 13)]),
        ("e13", "s", "11 «Б»", "pp", [("grp", "8 «А»", 2, "s", 14)]),
        ("e14", "s", "9 «В»", "pp", [("grp", "5 «А»", 4, "s", 11)]),
        ("e15", "ent", "специалист по персоналу АО «Новоключевская ТЭЦ»", "emp", [("grp", "10 «А» (инженерный профиль)", 6, "s", 16)]),
        ("e16", "oth", "специалист по работе с молодёжью МБУ «МЦ «Ровесник»»", "oth", [("grp", "8 «Б», 8 «Г»", 3, "s", 14)]),
        ("e2", "ref", None, "tt", [("tp", "учитель русского языка (перевод из др. ОО)")]),
        ("e18", "ty", "учитель информатики, м/с", "ut", [("grp", "7 «Б»", 3, "s", 13)]),
    ],
    given=dict(students_10_19=689, students_15_19=152, young_specialists=7, teachers_other=52,
               mentees_risk=7, mentees_gifted=4, mentees_disabled=3, mentees_low_motivation=8,
               mentees_career=6, satisfaction_mentees=92.4, satisfaction_mentors=90.8, kpk_trained=3,
               school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1, curators_total=1,
               orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, agreements_edu_orgs=1, agreements_enterprises=1,
               agreements_other_orgs=1,
               partner_list="МБУ ДО «ДДТ»; АО «Новоключевская ТЭЦ»; МБУ «МЦ «Ровесник»»"),
    omit={"kpk_courses", "pp_student_pupil", "pp_student_student", "share_teachers_mentors",
          "young_specialists_mentors", "share_young_specialists_mentors"},
    nolink={"mentees_gifted", "mentees_disabled"},
))

# ---- F: ДОП, list on top, summary below --------------------------------------------------
ORGS.append(dict(
    key="F", file="typed/ДДТ_Новоключевск_наставники_2024.xlsx",
    org="МБУ ДО «Дом детского творчества»", seed=9606, sheet="ЦМН 2024",
    url="https://ddt-novokl.ru/upload/nastav/{doc}.pdf",
    forms={"ut": "педагог – обучающийся", "tt": "педагог – педагог", "ht": "руководитель – педагог",
           "pp": "обучающийся – обучающийся", "emp": "работодатель – обучающийся"},
    adult_style="full", child_style="fi", dop=True,
    mentors=[
        ("f1", "t", "педагог дополнительного образования (хореография)", "ut",
         [S("ансамбль «Капель», 12 лет", 12), S("ансамбль «Капель», 13 лет", 13)]),
        ("f2", "t", "педагог дополнительного образования (робототехника)", "ut",
         [S("объединение «Роботрек», 14 лет", 14), S("объединение «Роботрек», 15 лет", 15)]),
        ("f3", "t", "педагог дополнительного образования (ИЗО)", "ut", [S("студия «Палитра», 9 лет", 9)]),
        ("f4", "t", "методист", "tt", [("ys", "педагог дополнительного образования (вокал), молодой специалист")]),
        ("f5", "t", "педагог дополнительного образования (ДПИ)", "tt", [("ys", "педагог дополнительного образования (ДПИ), молодой специалист")]),
        ("f6", "t", "педагог-организатор", "tt", [("tp", "педагог дополнительного образования (туризм), принят в 2024 г.")]),
        ("f7", "adm", "заместитель директора по УВР", "ht", [("ys", "педагог-организатор, молодой специалист")]),
        ("f8", "s", "обучающийся объединения «Роботрек», 16 лет", "pp",
         [S("объединение «Роботрек», 11 лет", 11), S("объединение «Роботрек», 12 лет", 12)]),
        ("f9", "s", "обучающаяся вокальной студии «Звонница», 15 лет", "pp", [S("студия «Звонница», 10 лет", 10)]),
        ("f10", "s", "обучающаяся театра «Маска», 17 лет", "pp",
         [S("театр «Маска», 13 лет", 13), S("театр «Маска», 8 лет", 8)]),
        ("f11", "s", "обучающаяся ансамбля «Капель», 14 лет", "pp", [S("ансамбль «Капель», 11 лет", 11)]),
        ("f12", "ent", "инженер-программист ООО «ИТ-Ключ»", "emp",
         [S("объединение «Роботрек», 15 лет", 15), S("объединение «Роботрек», 16 лет", 16)]),
        ("f2", "ref", None, "tt", [("ys", "педагог дополнительного образования (3D-моделирование), молодой специалист")]),
        ("f14", "ext", "учитель технологии МБОУ «СОШ № 12»", "ut", [S("объединение «Умелые руки», 13 лет", 13)]),
    ],
    given=dict(students_10_19=1240, students_15_19=310, young_specialists=5, teachers_other=36,
               mentees_risk=1, mentees_gifted=5, mentees_disabled=2, mentees_low_motivation=0,
               mentees_career=2, satisfaction_mentees=97, satisfaction_mentors=95, kpk_trained=2,
               school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1, curators_total=1,
               orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, agreements_edu_orgs=1, agreements_enterprises=1,
               agreements_other_orgs=0, partner_list="МБОУ «СОШ № 12»; ООО «ИТ-Ключ»"),
    omit={"pp_student_pupil", "pp_student_student", "young_specialists_mentors",
          "share_young_specialists_mentors", "other_org_mentors", "agreements_other_orgs",
          "kpk_courses"},
    nolink={"pay_acts", "curators_total", "mentees_risk"},
))

PROGRAMMES = {
    "ut": ["«Академическая поддержка»", "«Шаг к успеху»", "«Я – исследователь»", "«Точка роста»"],
    "tt": ["«Первые шаги в профессии»", "«Школа молодого педагога»", "«Вместе – к мастерству»"],
    "ht": ["«Управленческий старт»"],
    "pp": ["«Старший друг»", "«Вместе весело учиться»", "«Равный – равному»"],
    "emp": ["«Путь в профессию»"],
    "oth": ["«Точка опоры»"],
}


def pct(a, b):
    return round(100.0 * a / b, 2) if b else 0.0


def build_pairs(o):
    """Expand the mentor specs into list rows and derive the summary counts."""
    ppl = People(o["seed"])
    adult, child = o["adult_style"], o["child_style"]
    mentor_name, mentor_pos, mentor_kind = {}, {}, {}
    keyed = {}
    rows = []  # dict(mentor, mpos, mentee, mcls, form, qty, grp_kind, age)
    for mid, kind, pos, form, mentees in o["mentors"]:
        if kind == "ref":
            kind = mentor_kind[mid]
            pos = mentor_pos[mid]
        else:
            mentor_kind[mid] = kind
            mentor_pos[mid] = pos
            mentor_name[mid] = ppl.person(kind != "s", adult if kind != "s" else child, gender_of(pos))
        for m in mentees:
            if m[0] == "ref":
                rows.append(dict(mid=mid, form=form, **keyed[m[1]]))
                continue
            if m[0] == "s":
                d = dict(mentee=ppl.person(False, child), mcls=m[1], mk="s", qty=1, age=m[2], ids=None)
                if m[3]:
                    keyed[m[3]] = {k: v for k, v in d.items()}
            elif m[0] in ("ys", "tp"):
                d = dict(mentee=ppl.person(True, adult, gender_of(m[1])), mcls=m[1], mk=m[0], qty=1, age=None,
                         ids=None)
            else:  # group
                _, text, n, gk, age = m
                names = [ppl.person(gk != "s", adult if gk != "s" else child) for _ in range(n)]
                if n <= 3:
                    shown = ", ".join(names)
                else:
                    shown = "группа: " + ", ".join(x.split()[0] + " " + x.split()[1][0] + "." for x in names[:2]) + " и др."
                d = dict(mentee=shown, mcls=text, mk=gk, qty=n, age=age, ids=names)
            rows.append(dict(mid=mid, form=form, **d))
    for r in rows:
        r["mentor"] = mentor_name[r["mid"]]
        r["mpos"] = mentor_pos[r["mid"]]
        r["mkind"] = mentor_kind[r["mid"]]

    v = {}
    v["mentors_total"] = len(set(mentor_name.values()))
    mentee_ids = set()
    for r in rows:
        if r["ids"]:
            mentee_ids.update(r["ids"])
        else:
            mentee_ids.add(r["mentee"])
    v["mentees_total"] = len(mentee_ids)
    seen = {}
    for r in rows:
        key = tuple(r["ids"]) if r["ids"] else r["mentee"]
        seen[key] = r
    uniq = list(seen.values())
    v["mentees_10_19"] = sum(r["qty"] for r in uniq if r["mk"] == "s" and r["age"] is not None and 10 <= r["age"] <= 19)
    v["young_specialists_mentees"] = sum(r["qty"] for r in uniq if r["mk"] == "ys")
    v["teachers_other_mentees"] = sum(r["qty"] for r in uniq if r["mk"] == "tp")
    kinds = {mid: k for mid, k in mentor_kind.items()}
    ages = {}
    for mid, kind, pos, form, mentees in o["mentors"]:
        if kind == "s":
            # age from the class («9 кл.» -> 15) or the text «16 лет»
            import re
            mm = re.search(r"(\d+) лет", pos)
            if mm:
                ages[mid] = int(mm.group(1))
            else:
                cls = int(re.search(r"(\d+)", pos).group(1))
                ages[mid] = cls + 6
    v["mentors_15_19"] = sum(1 for mid, a in ages.items() if 15 <= a <= 19)
    v["teachers_mentors"] = sum(1 for k in kinds.values() if k in ("t", "ty", "adm"))
    v["young_specialists_mentors"] = sum(1 for k in kinds.values() if k == "ty")
    v["external_edu_mentors"] = sum(1 for k in kinds.values() if k == "ext")
    v["enterprise_mentors"] = sum(1 for k in kinds.values() if k == "ent")
    v["other_org_mentors"] = sum(1 for k in kinds.values() if k == "oth")
    for c in set(FORM_PP.values()) | {"pp_student_pupil", "pp_student_student"}:
        v[c] = 0
    for r in rows:
        v[FORM_PP[r["form"]]] += 1
    v["pp_total"] = len(rows)
    v["teachers_in_pp"] = v["teachers_mentors"] + v["young_specialists_mentees"] + v["teachers_other_mentees"]
    g = o["given"]
    v.update(g)
    v["mentees_other_params"] = v["mentees_10_19"] - sum(g[c] for c in (
        "mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career"))
    assert v["mentees_other_params"] >= 0, o["key"]
    teachers = v["teachers_other"] + v["young_specialists"]
    v["share_mentees_10_19"] = pct(v["mentees_10_19"], v["students_10_19"])
    v["share_mentors_15_19"] = pct(v["mentors_15_19"], v["students_15_19"])
    v["share_young_specialists_mentees"] = pct(v["young_specialists_mentees"], v["young_specialists"])
    v["share_teachers_mentees"] = pct(v["young_specialists_mentees"] + v["teachers_other_mentees"], teachers)
    v["share_teachers_mentors"] = pct(v["teachers_mentors"], teachers)
    v["share_young_specialists_mentors"] = pct(v["young_specialists_mentors"], v["young_specialists"])
    assert v["young_specialists_mentees"] <= v["young_specialists"]
    assert v["teachers_mentors"] <= teachers
    assert v["mentors_15_19"] <= v["students_15_19"] and v["mentees_10_19"] <= v["students_10_19"]
    for c in ("agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"):
        pass
    assert v["agreements_edu_orgs"] >= (1 if v["external_edu_mentors"] else 0)
    assert v["agreements_enterprises"] >= (1 if v["enterprise_mentors"] else 0)
    assert v["agreements_other_orgs"] >= (1 if v["other_org_mentors"] else 0)
    # programmes and order dates
    rnd = random.Random(o["seed"] + 1000)
    for r in rows:
        r["prog"] = rnd.choice(PROGRAMMES[r["form"]])
        r["date"] = dt.date(2024, 9, 2) if rnd.random() < 0.75 else dt.date(2024, 1, 15)
        if r["form"] == "tt" and r["mk"] == "ys" and rnd.random() < 0.5:
            r["date"] = dt.date(2024, 9, 16)
    return rows, v


# ----------------------------------------------------------------------------------------
class Form:
    def __init__(self, o, rows, v):
        self.o, self.rows, self.v = o, rows, v
        self.wb = openpyxl.Workbook()
        self.ws = self.wb.active
        self.ws.title = o["sheet"]
        self.cells = []
        self.values, self.links = {}, {}
        self.not_criteria, self.headings = [], []
        self.list_info = None

    def put(self, r, c, val, **kw):
        cell = self.ws.cell(row=r, column=c, value=val)
        for k, x in kw.items():
            setattr(cell, k, x)
        return cell

    def link(self, doc):
        return self.o["url"].format(doc=doc)

    def record(self, cell, crit, kind, expected):
        self.cells.append(dict(file=self.o["file"], sheet=self.ws.title, cell=cell.coordinate,
                               criterion=crit, kind=kind, expected=expected))

    def heading(self, r, c, text, span=None):
        cell = self.put(r, c, text, font=BOLD)
        if span:
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span - 1)
        self.headings.append(text)
        return cell

    # the typed look of a value
    def typed(self, crit, style):
        x = self.v[crit]
        if crit in YESNO:
            return style["yes"] if x == 1 else style["no"]
        if crit in SHARES:
            return style["share"](x)
        if crit in LEVELS:
            return style["level"](x)
        if crit == "partner_list":
            return style.get("list_sep", ", ").join(x.split("; "))
        return x

    def summary_row(self, r, cols, num, crit, title, style, link_mode="url"):
        """cols: (num_col or None, title_col, value_col, link_col)."""
        nc, tc, vc, lc = cols
        if nc:
            self.put(r, nc, num, border=BOX, alignment=CENTER)
        self.put(r, tc, title, border=BOX, alignment=WRAP)
        val = self.typed(crit, style)
        cell = self.put(r, vc, val, border=BOX, alignment=CENTER)
        if crit in SHARES and style.get("share_fmt"):
            cell.number_format = style["share_fmt"]
        if crit in LEVELS and style.get("level_fmt"):
            cell.number_format = style["level_fmt"]
        self.values[crit] = self.v[crit]
        self.record(cell, crit, "value", self.v[crit])
        doc = DOC.get(crit)
        lcell = self.put(r, lc, None, border=BOX)
        if doc and crit not in self.o["nolink"]:
            url = self.link(doc)
            if link_mode == "url":
                lcell.value = url
                lcell.hyperlink = url
                lcell.style = "Hyperlink"
            elif link_mode == "text":
                lcell.value = url
            else:  # shown text differs from the target
                lcell.value = link_mode
                lcell.hyperlink = url
                lcell.style = "Hyperlink"
            lcell.border = BOX
            self.links[crit] = url
            self.record(lcell, crit, "link", url)

    def other_row(self, r, cols, num, title, value, doc=None, link_mode="url"):
        nc, tc, vc, lc = cols
        if nc:
            self.put(r, nc, num, border=BOX, alignment=CENTER)
        self.put(r, tc, title, border=BOX, alignment=WRAP)
        self.put(r, vc, value, border=BOX, alignment=CENTER)
        lcell = self.put(r, lc, None, border=BOX)
        if doc:
            url = self.link(doc)
            lcell.value = url if link_mode in ("url", "text") else link_mode
            if link_mode != "text":
                lcell.hyperlink = url
                lcell.style = "Hyperlink"
        self.not_criteria.append(title)

    def write_summary(self, r0, cols, plan, style, numbering="dotted", link_mode="url"):
        """plan: list of ("h", text) | ("c", crit, variant) | ("n", title, value, doc)."""
        r = r0
        sec = 0
        item = 0
        for p in plan:
            if p[0] == "h":
                sec += 1
                item = 0
                span = cols[3] - (cols[0] or cols[1]) + 1
                cell = self.heading(r, cols[0] or cols[1], p[1], span=span)
                cell.fill = GREY
                r += 1
                continue
            item += 1
            num = f"{sec}.{item}" if numbering == "dotted" else (item if numbering == "plain" else None)
            if p[0] == "c":
                crit = p[1]
                if crit in self.o["omit"]:
                    item -= 1
                    continue
                title = W[crit][p[2]] if isinstance(p[2], int) else p[2]
                self.summary_row(r, cols, num, crit, title, style, link_mode)
            else:
                self.other_row(r, cols, num, p[1], p[2], p[3] if len(p) > 3 else None, link_mode)
            r += 1
        return r

    # ------------------------------------------------------------------ the list
    def write_list(self, r0, c0, title, header, fmt, merge_mentor=False, blank_repeat=False,
                   qty=False, date_style="date"):
        ws = self.ws
        self.heading(r0, c0, title, span=len(header))
        hr = r0 + 1
        for j, h in enumerate(header):
            self.put(hr, c0 + j, h, font=BOLD, border=BOX, alignment=CENTER, fill=YELLOW)
        r = hr + 1
        first = r
        prev_mid = None
        start_of_mid = r
        n = 0
        for row in self.rows:
            n += 1
            vals = fmt(n, row)
            same = row["mid"] == prev_mid
            for j, x in enumerate(vals):
                if j in (1, 2) and same and (merge_mentor or blank_repeat):
                    x = None
                cell = self.put(r, c0 + j, x, border=BOX, alignment=WRAP)
                if isinstance(x, dt.date):
                    cell.number_format = "DD.MM.YYYY"
            if merge_mentor:
                if not same and r - start_of_mid > 1:
                    for j in (1, 2):
                        ws.merge_cells(start_row=start_of_mid, start_column=c0 + j,
                                       end_row=r - 1, end_column=c0 + j)
                if not same:
                    start_of_mid = r
            prev_mid = row["mid"]
            r += 1
        if merge_mentor and r - start_of_mid > 1:
            for j in (1, 2):
                ws.merge_cells(start_row=start_of_mid, start_column=c0 + j, end_row=r - 1, end_column=c0 + j)
        last = r - 1
        self.list_info = dict(file=self.o["file"], sheet=ws.title, first_row=first, last_row=last,
                              mentor_col=c0 + 1, mentee_col=c0 + 3,
                              qty_col=(c0 + 5 if qty else None))
        return r

    def date_text(self, d, style):
        if style == "date":
            return d
        if style == "text":
            return d.strftime("%d.%m.%Y")
        no = {dt.date(2024, 9, 2): "214-од", dt.date(2024, 1, 15): "12-од", dt.date(2024, 9, 16): "231-од"}[d]
        return f"пр. № {no} от {d.strftime('%d.%m.%Y')}"

    def save(self):
        path = HERE / self.o["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        self.wb.save(path)
        exp = dict(file=self.o["file"], year=2024, organisation=self.o["org"], values=self.values,
                   links=self.links, not_criteria=self.not_criteria, headings=self.headings)
        return exp


STD = dict(yes="да", no="нет", share=lambda x: x, level=lambda x: x)


def fr(x):
    """a number as typed with a decimal comma"""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def full_plan(var, extra_top=(), extra_bottom=()):
    """The summary's rows in the usual order of directions (variant index var)."""
    return [
        ("h", "1. Нормативное обеспечение"),
        ("c", "orgs_regulation_teachers", var), ("c", "orgs_regulation_students", var),
        ("c", "orgs_monitoring_order", var), *extra_top,
        ("h", "2. Организация процесса"),
        ("c", "curators_total", var), ("c", "agreements_edu_orgs", var),
        ("c", "agreements_enterprises", var), ("c", "agreements_other_orgs", var),
        ("c", "partner_list", var), ("c", "mentors_total", var), ("c", "mentees_total", var),
        ("c", "internal_monitoring_notes", var),
        ("h", "3. Персонализированные программы наставничества"),
        ("c", "pp_total", var), ("c", "pp_pupil_pupil", var), ("c", "pp_teacher_teacher", var),
        ("c", "pp_student_student", var), ("c", "pp_head_teacher", var),
        ("c", "pp_student_pupil", var), ("c", "pp_teacher_pupil", var), ("c", "pp_other", var),
        ("h", "4. Внешние наставники"),
        ("c", "external_edu_mentors", var), ("c", "other_org_mentors", var),
        ("c", "enterprise_mentors", var),
        ("h", "5. Обучающиеся 10–19 лет — наставляемые"),
        ("c", "students_10_19", var), ("c", "mentees_10_19", var), ("c", "mentees_risk", var),
        ("c", "mentees_gifted", var), ("c", "mentees_disabled", var),
        ("c", "mentees_low_motivation", var), ("c", "mentees_career", var),
        ("c", "mentees_other_params", var), ("c", "share_mentees_10_19", var),
        ("h", "6. Обучающиеся 15–19 лет — наставники"),
        ("c", "students_15_19", var), ("c", "mentors_15_19", var), ("c", "share_mentors_15_19", var),
        ("h", "7. Удовлетворённость"),
        ("c", "satisfaction_mentees", var), ("c", "satisfaction_mentors", var),
        ("h", "8. Педагоги и молодые специалисты — наставляемые"),
        ("c", "young_specialists", var), ("c", "young_specialists_mentees", var),
        ("c", "teachers_other", var), ("c", "teachers_other_mentees", var),
        ("c", "share_young_specialists_mentees", var), ("c", "share_teachers_mentees", var),
        ("h", "9. Профессиональное развитие"),
        ("c", "teachers_in_pp", var), ("c", "kpk_trained", var), ("c", "kpk_courses", var),
        ("c", "school_methodical_associations", var),
        ("h", "10. Педагоги — наставники"),
        ("c", "teachers_mentors", var), ("c", "young_specialists_mentors", var),
        ("c", "share_teachers_mentors", var), ("c", "share_young_specialists_mentors", var),
        ("h", "11. Стимулирование"),
        ("c", "pay_acts", var), ("c", "nonmaterial_acts", var),
        *extra_bottom,
    ]


# ---------------------------------------------------------------------------------- A
def make_A(o, rows, v):
    f = Form(o, rows, v)
    ws = f.ws
    f.put(1, 1, "Муниципальный округ Новоключевский, Управление образования")
    r = f.write_list(
        3, 1, "База наставников и наставляемых МБОУ «СОШ № 3» (по приказу от 02.09.2024 № 145-од с изм.)",
        ["№ п/п", "ФИО наставника", "Должность наставника", "ФИО наставляемого",
         "Класс / должность наставляемого", "Форма наставничества", "Дата приказа о закреплении",
         "Программа наставничества"],
        lambda n, x: [n, x["mentor"], x["mpos"], x["mentee"], x["mcls"], o["forms"][x["form"]],
                      x["date"], x["prog"]])
    r += 2
    f.heading(r, 1, "Мониторинг реализации целевой модели наставничества в МБОУ «СОШ № 3» за 2024 год", span=4)
    r += 1
    for j, h in enumerate(["№", "Показатель", "Значение", "Ссылка на подтверждающий документ"]):
        f.put(r, 1 + j, h, font=BOLD, border=BOX, alignment=CENTER, fill=YELLOW)
    r += 1
    plan = full_plan(0, extra_top=[("n", "Дорожная карта внедрения ЦМН на 2024/2025 уч. год", "да", "dorozhnaya_karta")],
                     extra_bottom=[("h", "Справочно"),
                                   ("n", "Количество наставнических пар (строк в базе)", len(rows)),
                                   ("n", "Проведено встреч наставнических пар за 2024 г. (всего)", 312),
                                   ("n", "Раздел «Наставничество» на сайте ОО", "да", "razdel")])
    r = f.write_summary(r, (1, 2, 3, 4), plan, STD)
    f.put(r + 1, 2, "Куратор ЦМН: " + People(9691).person(True, "init") + ", тел. 2-13-03")
    f.put(r + 2, 2, "Дата заполнения: 14.10.2024")
    for col, w in zip("ABCDEFGH", (6, 34, 40, 30, 34, 24, 14, 30)):
        ws.column_dimensions[col].width = w
    return f


# ---------------------------------------------------------------------------------- B
def make_B(o, rows, v):
    f = Form(o, rows, v)
    ws = f.ws
    f.put(1, 2, "Отчёт МАОУ «Лицей № 2» о реализации целевой модели наставничества")
    f.put(2, 2, "отчётный период: 2024 календарный год")
    r = 4
    for j, h in enumerate(["№ п/п", "Наименование показателя", "Ед. изм.", "Значение", "Источник (ссылка)"]):
        f.put(r, 1 + j, h, font=BOLD, border=BOX, alignment=CENTER, fill=YELLOW)
    r += 1
    style = dict(yes=1, no=0, share=lambda x: fr(x) + "%", level=lambda x: fr(x) + "%", list_sep="; ")
    plan = full_plan(1, extra_bottom=[
        ("n", "Наставнических пар по приказу (кол-во строк базы)", len(rows)),
        ("n", "Завершили программу в 2024 г. (пар)", 19, "ankety"),
    ])
    # a units column (C) between title and value
    start = r
    r = f.write_summary(r, (1, 2, 4, 5), plan, style, numbering="plain")
    for rr in range(start, r):
        if ws.cell(row=rr, column=4).value is None:
            continue  # a direction heading merged over the row
        crit = next((c["criterion"] for c in f.cells if c["cell"] == f"D{rr}"), None)
        unit = "пар" if crit is None else ("да=1/нет=0" if crit in YESNO else "%" if crit in SHARES | LEVELS else
                "перечень" if crit in TEXTS else "шт." if crit and (crit.startswith("pp_") or crit.startswith("agree")
                                                                      or crit.endswith("_acts")) else "чел.")
        if crit == "school_methodical_associations":
            unit = "ед."
        f.put(rr, 3, unit, border=BOX, alignment=CENTER)
    f.put(r + 1, 2, "Директор __________ / подпись /")
    r += 4
    f.put(r, 1, "Приложение 1 к отчёту")
    r += 1
    r = f.write_list(
        r, 1, "База наставнических пар МАОУ «Лицей № 2» на 2024 год",
        ["№", "ФИО наставника", "Должность / класс наставника", "ФИО наставляемого",
         "Класс / должность наставляемого", "Форма наставничества", "Приказ", "Программа"],
        lambda n, x: [n, x["mentor"], x["mpos"], x["mentee"], x["mcls"], o["forms"][x["form"]],
                      f.date_text(x["date"], "order"), x["prog"]],
        merge_mentor=True)
    for col, w in zip("ABCDEFGH", (7, 44, 30, 16, 30, 26, 26, 26)):
        ws.column_dimensions[col].width = w
    return f


# ---------------------------------------------------------------------------------- C
def make_C(o, rows, v):
    f = Form(o, rows, v)
    ws = f.ws
    f.write_list(
        2, 1, "База наставников и наставляемых МБОУ «СОШ № 7», 2024",
        ["№", "ФИО наставника", "Должность", "ФИО наставляемого", "Класс / должность",
         "Форма наставничества", "Дата приказа", "Программа"],
        lambda n, x: [n, x["mentor"], x["mpos"], x["mentee"], x["mcls"], o["forms"][x["form"]],
                      f.date_text(x["date"], "text"), x["prog"]])
    f.heading(1, 10, "Мониторинг ЦМН МБОУ «СОШ № 7» за 2024 г.", span=3)
    for j, h in enumerate(["Показатель", "Значение", "Ссылка"]):
        f.put(2, 10 + j, h, font=BOLD, border=BOX, alignment=CENTER, fill=YELLOW)
    style = dict(yes="имеется", no="не имеется", share=lambda x: round(x / 100, 4), share_fmt="0.00%",
                 level=lambda x: x, list_sep=", ")
    plan = full_plan(2, extra_bottom=[("n", "Наставнических пар всего", len(rows)),
                                      ("n", "Дата заполнения", "11.10.2024")])
    # section headings kept short in a side table
    plan = [p if p[0] != "h" else ("h", p[1].split(". ", 1)[1].upper()) for p in plan]
    f.write_summary(3, (None, 10, 11, 12), plan, style, numbering=None)
    for col, w in zip("ABCDEFGHIJKL", (5, 22, 30, 20, 26, 20, 12, 24, 3, 52, 12, 40)):
        ws.column_dimensions[col].width = w
    return f


# ---------------------------------------------------------------------------------- D
def make_D(o, rows, v):
    f = Form(o, rows, v)
    ws = f.ws
    f.put(1, 1, "МБОУ «ООШ № 9» Новоключевского МО")
    r = f.write_list(
        3, 1, "База наставников и наставляемых на 2024 год",
        ["№", "ФИО наставника", "Должность", "ФИО наставляемого", "Класс / должность",
         "Форма наставничества", "Дата приказа", "Программа"],
        lambda n, x: [n, x["mentor"], x["mpos"], x["mentee"], x["mcls"], o["forms"][x["form"]],
                      x["date"], x["prog"]],
        blank_repeat=True)
    cell = f.put(r, 2, f"Итого пар: {len(rows)}", font=BOLD)
    f.not_criteria.append(cell.value)
    r += 1
    f.put(r, 2, "в том числе по формам наставничества:")
    r += 1
    counts = {}
    for x in rows:
        counts[o["forms"][x["form"]]] = counts.get(o["forms"][x["form"]], 0) + 1
    for form in ("учитель – ученик", "учитель – учитель", "руководитель – педагог", "ученик – ученик",
                 "работодатель – ученик"):
        f.put(r, 2, form)
        f.put(r, 3, counts[form])
        f.not_criteria.append(form)
        r += 1
    r += 2
    f.heading(r, 1, "Форма мониторинга целевой модели наставничества (ОО), 2024 г.", span=4)
    r += 1
    for j, h in enumerate(["№", "Критерий", "Значение", "Ссылка"]):
        f.put(r, 1 + j, h, font=BOLD, border=BOX, alignment=CENTER, fill=YELLOW)
    r += 1
    style = dict(yes="Да", no="Нет", share=fr, level=lambda x: f"{fr(x)}%")
    plan = full_plan(0)
    r = f.write_summary(r, (1, 2, 3, 4), plan, style)
    f.put(r + 1, 2, "Директор школы: " + People(9694).person(True, "init"))
    for col, w in zip("ABCDEFGH", (6, 40, 40, 26, 40, 26, 14, 28)):
        ws.column_dimensions[col].width = w
    return f


# ---------------------------------------------------------------------------------- E
def make_E(o, rows, v):
    f = Form(o, rows, v)
    ws = f.ws
    r = f.write_list(
        1, 1, "МБОУ «СОШ № 12». База наставников и наставляемых (пары и группы), 2024 г.",
        ["№", "ФИО наставника", "Должность (класс)", "ФИО наставляемого / группа",
         "Класс / должность", "Количество", "Форма наставничества", "Дата приказа", "Программа"],
        lambda n, x: [n, x["mentor"], x["mpos"], x["mentee"], x["mcls"], x["qty"],
                      o["forms"][x["form"]], f.date_text(x["date"], "text"), x["prog"]],
        qty=True)
    r += 3
    f.heading(r, 2, "Показатели мониторинга ЦМН за 2024 год", span=3)
    r += 1
    for j, h in enumerate(["Наименование", "Значение", "Документ (ссылка)"]):
        f.put(r, 2 + j, h, font=BOLD, border=BOX, alignment=CENTER, fill=YELLOW)
    r += 1
    style = dict(yes=1, no=0, share=lambda x: x, level=lambda x: x)
    plan = full_plan(1, extra_bottom=[("n", "Групп наставничества (строк с количеством > 1)",
                                       sum(1 for x in rows if x["qty"] > 1)),
                                      ("n", "Ответственный (куратор), телефон",
                                       People(9695).person(True, "init") + ", 8-912-000-00-12")])
    r = f.write_summary(r, (None, 2, 3, 4), plan, style, numbering=None, link_mode="text")
    for col, w in zip("ABCDEFGHI", (5, 46, 34, 40, 34, 12, 24, 14, 28)):
        ws.column_dimensions[col].width = w
    return f


# ---------------------------------------------------------------------------------- F
def make_F(o, rows, v):
    """ДОП: the summary first, the base of pairs under it."""
    f = Form(o, rows, v)
    ws = f.ws
    f.put(1, 1, "МБУ ДО «Дом детского творчества» г. Новоключевска")
    r = 3
    f.heading(r, 1, "Мониторинг реализации целевой модели наставничества (учреждение ДО), 2024 г.", span=4)
    r += 1
    for j, h in enumerate(["№", "Показатель", "Значение", "Подтверждающий документ"]):
        f.put(r, 1 + j, h, font=BOLD, border=BOX, alignment=CENTER, fill=YELLOW)
    r += 1
    style = dict(yes="есть", no="нет", share=lambda x: f"{fr(x)} %", level=lambda x: x / 100,
                 level_fmt="0%")
    plan = full_plan(2, extra_top=[("n", "Программа наставничества учреждения (общая)", "утверждена",
                                    "programma_uchrezhdeniya")],
                     extra_bottom=[("n", "Объединений, в которых работают наставнические пары", 9)])
    # ДОП: wording tweaks for its own pupils
    plan = [("c", p[1], {"students_10_19": "Обучающихся 10–19 лет (по Навигатору ДО), всего",
                         "students_15_19": "Обучающихся 15–19 лет (по Навигатору ДО), всего",
                         "mentees_10_19": "Обучающиеся 10–19 лет в роли наставляемых",
                         "mentors_15_19": "Обучающиеся 15–19 лет в роли наставников (приказ)",
                         "school_methodical_associations": "Методическое объединение наставников ДДТ, ед.",
                         "pp_pupil_pupil": "из них по форме обучающийся – обучающийся",
                         }.get(p[1], p[2])) if p[0] == "c" else p for p in plan]
    r = f.write_summary(r, (1, 2, 3, 4), plan, style, link_mode="документ")
    f.put(r + 1, 2, "Исполнитель: методист " + People(9696).person(True, "init"))
    r += 4
    f.write_list(
        r, 1, "База наставников и наставляемых ДДТ на 2024 год (приложение к приказу о закреплении пар)",
        ["№", "ФИО наставника", "Должность / объединение наставника", "ФИО наставляемого",
         "Объединение, возраст / должность", "Форма наставничества", "Дата приказа", "Программа"],
        lambda n, x: [n, x["mentor"], x["mpos"], x["mentee"], x["mcls"], o["forms"][x["form"]],
                      x["date"], x["prog"]])
    for col, w in zip("ABCDEFGH", (6, 40, 44, 26, 36, 28, 14, 28)):
        ws.column_dimensions[col].width = w
    return f


MAKERS = {"A": make_A, "B": make_B, "C": make_C, "D": make_D, "E": make_E, "F": make_F}


def catalogue_wordings():
    out = set()
    with open(CATALOGUE, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row.get(k):
                    out.add(" ".join(row[k].lower().split()))
    return out


def main():
    cat = catalogue_wordings() if CATALOGUE.exists() else set()
    TYPED.mkdir(exist_ok=True)
    for p in TYPED.glob("*.xlsx"):
        p.unlink()
    expected, cells, lists = [], [], []
    for o in ORGS:
        rows, v = build_pairs(o)
        f = MAKERS[o["key"]](o, rows, v)
        exp = f.save()
        for c in f.cells:
            if c["kind"] == "value":
                pass
        expected.append(exp)
        cells.extend(f.cells)
        li = dict(f.list_info)
        li["mentors_total"] = v["mentors_total"]
        li["mentees_total"] = v["mentees_total"]
        li["pairs"] = len(rows)
        lists.append(li)
        # no typed title is a catalogue wording verbatim
        ws = f.wb.active
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and " ".join(cell.value.lower().split()) in cat:
                    raise SystemExit(f"catalogue wording typed verbatim: {cell.value}")
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps(dict(cells=cells, lists=lists), ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"files {len(expected)}, forms {len(expected)}, values {nv}, links {nl}")
    for e, li in zip(expected, lists):
        print(f"  {e['file']}: values {len(e['values'])}, links {len(e['links'])}, pairs {li['pairs']}, "
              f"mentors {li['mentors_total']}, mentees {li['mentees_total']}")


if __name__ == "__main__":
    main()
