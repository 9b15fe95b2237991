#!/usr/bin/env python3
"""heldout92: a regional template with instructions interleaved in the table, as six organisations filled it.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: fixed data, fixed document dates.

Template «Приложение 2 к приказу МОиН УР … – Форма мониторинга реализации РЦМН в ОО за 2024 год»:
 - title block (municipality, organisation, curator, date of filling);
 - 13 small tables, one per direction, each with a caption row above it and its own header row
   «№ п/п | Наименование показателя | Ед. изм. | Значение | Подтверждающий документ (ссылка)»;
 - under every indicator row a merged, italic, grey instruction row that itself reads like an indicator,
   several of them with numbers inside («не более 2», «на 20.09.2024», «не менее 16 часов», «70 %»);
 - footnote marks in titles and values («…(по приказу)*», «41**»), the footnotes under the last table;
 - in some files a grey «Пример заполнения» row left above the school's first row of a table;
 - in 03 the school typed its values and links into the instruction rows (one row below the indicator).
"""
import datetime
import json
import pathlib
import re

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"
TYPED = HERE / "typed"

FIXED_DT = datetime.datetime(2025, 1, 20, 9, 0, 0)

MUNICIPALITY = "Муниципальный округ Чепцинский район Удмуртской Республики"

# ----------------------------------------------------------------------------------------------
# The regional template: 13 directions; each row: (number, key, title, unit, instruction)
# key is a criterion id of criteria.tsv, or "nc_…" for a row that is no criterion of the catalogue.
YN = "1 – да / 0 – нет"
TEMPLATE = [
    ("Направление 1. Нормативное обеспечение реализации ЦМН в ОО", [
        ("1.1", "orgs_regulation_teachers", "Положение о системе наставничества педагогических работников ОО (наличие)", YN,
         "Заполняется при наличии положения, утверждённого приказом руководителя ОО (1 – да, 0 – нет); прикладывается ссылка на приказ"),
        ("1.2", "orgs_regulation_students", "Положение о наставничестве обучающихся в ОО (наличие)", YN,
         "Положение о наставничестве обучающихся, в т.ч. в форме «ученик – ученик»; ссылка на документ обязательна"),
        ("1.3", "orgs_monitoring_order", "Приказ ОО о мониторинге реализации ЦМН", YN,
         "Приказ о проведении внутреннего мониторинга реализации ЦМН за 2024 год (издаётся ежегодно)"),
        ("1.4", "internal_monitoring_notes", "Информационная справка ОО по итогам внутреннего мониторинга ЦМН", YN,
         "Справка по итогам мониторинга размещается на сайте ОО не позднее 20.01.2025; 1 – да / 0 – нет"),
        ("1.5", "nc_roadmap", "Дорожная карта внедрения ЦМН в ОО", YN,
         "Дорожная карта (план мероприятий) на 2024/2025 учебный год, утверждённая приказом ОО"),
    ]),
    ("Направление 2. Организация процесса реализации ЦМН", [
        ("2.1", "curators_total", "Кураторы внедрения ЦМН в ОО", "чел.",
         "Указывается количество кураторов, назначенных приказом ОО (не более 2 на организацию)"),
        ("2.2", "mentors_total", "Количество наставников в ОО (по приказу)", "чел.",
         "Указывается количество педагогов, назначенных наставниками приказом ОО, без учёта совместителей"),
        ("2.3", "mentees_total", "Количество наставляемых в ОО (по приказу)", "чел.",
         "Все наставляемые (обучающиеся и педагоги), закреплённые за наставниками приказом ОО, на 31.12.2024"),
        ("2.4", "agreements_edu_orgs", "Соглашения о сотрудничестве с другими ОО, предоставившими наставников", "ед.",
         "Количество действующих в 2024 году соглашений с образовательными организациями, направившими своих сотрудников в качестве наставников"),
        ("2.5", "agreements_enterprises", "Соглашения с предприятиями, предоставившими наставников", "ед.",
         "Соглашения с предприятиями реального сектора экономики; при отсутствии ставится 0"),
        ("2.6", "agreements_other_orgs", "Соглашения с иными организациями (любой формы собственности), предоставившими наставников", "ед.",
         "НКО, учреждения культуры, спорта, здравоохранения, общественные объединения; при отсутствии – 0"),
        ("2.7", "partner_list", "Организации-партнёры ОО по вопросам наставничества (перечень)", "перечень",
         "Перечисляются полные наименования организаций через точку с запятой (не менее 1 при наличии соглашений)"),
    ]),
    ("Направление 3. Персонализированные программы наставничества (ППН)", [
        ("3.1", "pp_total", "Персонализированные программы наставничества (ППН), всего", "ед.",
         "Сумма строк 3.2–3.8; учитываются программы, утверждённые приказом ОО в 2024 году"),
        ("3.2", "pp_pupil_pupil", "в т.ч. по форме «ученик – ученик»", "ед.",
         "Наставник – обучающийся, наставляемый – обучающийся; указывается число утверждённых ППН"),
        ("3.3", "pp_teacher_teacher", "в т.ч. «учитель – учитель» («педагог – педагог»)", "ед.",
         "Включая программы для молодых специалистов и педагогов, вновь принятых на работу"),
        ("3.4", "pp_student_student", "в т.ч. «студент – студент»", "ед.",
         "Заполняется ПОО; общеобразовательные организации ставят 0"),
        ("3.5", "pp_head_teacher", "в т.ч. «руководитель – педагог»", "ед.",
         "Наставник – руководитель или заместитель руководителя ОО"),
        ("3.6", "pp_student_pupil", "в т.ч. «студент – ученик»", "ед.",
         "Наставник – студент ПОО / вуза, наставляемый – обучающийся ОО"),
        ("3.7", "pp_teacher_pupil", "в т.ч. «учитель – ученик»", "ед.",
         "Наставник – педагог, наставляемый – обучающийся (в т.ч. проектная и исследовательская деятельность)"),
        ("3.8", "pp_other", "в т.ч. по иным формам", "ед.",
         "Формы указываются в сноске к таблице"),
    ]),
    ("Направление 4. Вовлечение внешних наставников", [
        ("4.1", "external_edu_mentors", "Наставники из внешних образовательных организаций (по приказу ОО)", "чел.",
         "Сотрудники других ОО, включённые в приказ о закреплении наставнических пар (групп)"),
        ("4.2", "enterprise_mentors", "Наставники – сотрудники предприятий", "чел.",
         "Сотрудники предприятий-партнёров, выступающие наставниками по приказу ОО"),
        ("4.3", "other_org_mentors", "Наставники из иных организаций", "чел.",
         "Представители НКО, учреждений культуры, спорта, общественных объединений"),
    ]),
    ("Направление 5. Обучающиеся 10–19 лет в роли наставляемых", [
        ("5.1", "students_10_19", "Численность обучающихся 10–19 лет", "чел.",
         "По данным формы ОО-1 на 20.09.2024; учитываются обучающиеся 2005–2014 годов рождения"),
        ("5.2", "mentees_10_19", "из них вошли в программы наставничества как наставляемые", "чел.",
         "Обучающиеся 10–19 лет, закреплённые за наставником приказом ОО (каждый учитывается один раз)"),
        ("5.3", "mentees_risk", "в т.ч. из «группы риска»", "чел.",
         "Состоящие на всех видах профилактического учёта (ВШУ, ПДН, КДНиЗП)"),
        ("5.4", "mentees_gifted", "в т.ч. одарённые дети (внесённые в реестр)", "чел.",
         "Включённые в региональный реестр одарённых детей УР не менее чем по 1 направлению"),
        ("5.5", "mentees_disabled", "в т.ч. дети с ОВЗ, дети-инвалиды", "чел.",
         "Дети с ОВЗ и дети-инвалиды (по заключению ПМПК / справке МСЭ)"),
        ("5.6", "mentees_low_motivation", "в т.ч. с низкой мотивацией к учёбе / неуспевающие", "чел.",
         "Обучающиеся с неудовлетворительными результатами по итогам 2023/2024 уч. года или I полугодия"),
        ("5.7", "mentees_career", "в т.ч. испытывающие трудности в выборе образовательной траектории и профессии", "чел.",
         "Обучающиеся 8–11 классов, затрудняющиеся с выбором профиля и профессии"),
        ("5.8", "mentees_other_params", "в т.ч. по иным основаниям", "чел.",
         "Иные категории (указать в сноске); сумма строк 5.3–5.8 не должна превышать значение строки 5.2"),
        ("5.9", "share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет", "%",
         "Рассчитывается: стр. 5.2 / стр. 5.1 × 100 %; целевое значение на 2024 год – не менее 70 %"),
    ]),
    ("Направление 6. Обучающиеся 15–19 лет в роли наставников", [
        ("6.1", "students_15_19", "Численность обучающихся 15–19 лет", "чел.",
         "По данным формы ОО-1 на 20.09.2024 (обучающиеся 2005–2009 г.р.)"),
        ("6.2", "mentors_15_19", "из них наставники (по приказу ОО)", "чел.",
         "Обучающиеся 15–19 лет, назначенные наставниками приказом ОО"),
        ("6.3", "share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников", "%",
         "стр. 6.2 / стр. 6.1 × 100 %, округление до 2 знаков после запятой"),
    ]),
    ("Направление 7. Удовлетворённость участников программ наставничества", [
        ("7.1", "satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах", "%",
         "По результатам анкетирования наставляемых, завершивших программу в 2024 году; в % (от 0 до 100)"),
        ("7.2", "satisfaction_mentors", "Удовлетворённость наставников участием в завершённых программах", "%",
         "По результатам анкетирования наставников; средний балл переводится в % (10 баллов = 100 %)"),
    ]),
    ("Направление 8. Педагоги и молодые специалисты в роли наставляемых", [
        ("8.1", "young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО", "чел.",
         "Педагоги в возрасте до 35 лет включительно со стажем работы не более 3 лет, на 31.12.2024"),
        ("8.2", "young_specialists_mentees", "из них – наставляемые", "чел.",
         "Молодые специалисты, закреплённые за наставником приказом ОО"),
        ("8.3", "teachers_other", "Педагоги ОО (кроме молодых специалистов)", "чел.",
         "Педагогические работники ОО без молодых специалистов, внешних совместителей и административных работников"),
        ("8.4", "teachers_other_mentees", "из них – наставляемые", "чел.",
         "Педагоги (кроме молодых специалистов), вошедшие в программы наставничества как наставляемые, в т.ч. вновь принятые"),
        ("8.5", "share_young_specialists_mentees", "Доля молодых специалистов – наставляемых", "%",
         "стр. 8.2 / стр. 8.1 × 100 %; при отсутствии молодых специалистов ставится прочерк"),
        ("8.6", "share_teachers_mentees", "Доля педагогов – наставляемых (включая молодых специалистов)", "%",
         "(стр. 8.2 + стр. 8.4) / (стр. 8.1 + стр. 8.3) × 100 %"),
    ]),
    ("Направление 9. Непрерывное профессиональное развитие педагогов", [
        ("9.1", "teachers_in_pp", "Педагоги, участвующие в утверждённых ППН", "чел.",
         "Педагоги, участвующие в ППН в роли наставника или наставляемого (каждый учитывается один раз)"),
        ("9.2", "kpk_trained", "Педагоги, прошедшие КПК по наставничеству", "чел.",
         "За 2024 календарный год, КПК объёмом не менее 16 часов; прикладываются удостоверения (скан)"),
        ("9.3", "school_methodical_associations", "Методические объединения (сообщества) наставников в ОО", "ед.",
         "ШМО, творческие группы, клубы наставников, созданные приказом ОО"),
    ]),
    ("Направление 10. Педагоги в роли наставников", [
        ("10.1", "teachers_mentors", "Педагоги – наставники", "чел.",
         "Педагоги, закреплённые наставниками приказом ОО (без обучающихся и внешних наставников)"),
        ("10.2", "young_specialists_mentors", "в т.ч. молодые специалисты – наставники", "чел.",
         "Молодые специалисты (стр. 8.1), выступающие наставниками, в т.ч. в форме «учитель – ученик»"),
        ("10.3", "share_teachers_mentors", "Доля педагогов-наставников", "%",
         "стр. 10.1 / (стр. 8.1 + стр. 8.3) × 100 %"),
        ("10.4", "share_young_specialists_mentors", "Доля молодых специалистов – наставников", "%",
         "стр. 10.2 / стр. 8.1 × 100 %"),
    ]),
    ("Направление 11. Стимулирование наставничества", [
        ("11.1", "pay_acts", "Локальные акты об оплате (доплате) за наставничество", "ед.",
         "Положение об оплате труда / о стимулирующих выплатах с пунктом о доплате за наставничество; указывается количество актов"),
        ("11.2", "nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников", "ед.",
         "Положение о нематериальном поощрении (грамоты, благодарности, публикации и т.п.)"),
    ]),
    ("Направление 12. Информационное сопровождение", [
        ("12.1", "nc_site", "Раздел «Наставничество» на сайте ОО", YN,
         "Наличие специального раздела на официальном сайте ОО; 1 – да / 0 – нет"),
        ("12.2", "nc_practices", "Практики наставничества ОО, опубликованные в 2024 году", "ед.",
         "Практики, размещённые за 2024 год на сайте ОО и (или) на сайте Сообщества педагогов УР; ссылки на публикации"),
    ]),
    ("Направление 13. Сетевое наставничество", [
        ("13.1", "nc_network", "Участие педагогов ОО в сетевом сообществе наставников", YN,
         "Сетевое сообщество педагогов-наставников УР (приказ МОиН УР № 15/09 от 29.12.2017)"),
        ("13.2", "nc_netmentors", "Сетевые наставники из числа педагогов ОО", "чел.",
         "Указывается количество педагогов ОО, включённых в реестр сетевых наставников"),
    ]),
]
HEADER = ["№ п/п", "Наименование показателя", "Ед. изм.", "Значение", "Подтверждающий документ (ссылка)"]

SHARES = {"share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees", "share_teachers_mentees",
          "share_teachers_mentors", "share_young_specialists_mentors"}
LEVELS = {"satisfaction_mentees", "satisfaction_mentors"}
YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes",
         "nc_roadmap", "nc_site", "nc_network"}
TEXTS = {"partner_list"}
NO_DOC = SHARES | {"students_10_19", "students_15_19", "young_specialists", "teachers_other"}

# which document proves which row
DOC_OF = {
    "orgs_regulation_teachers": "pol_ped", "orgs_regulation_students": "pol_obuch", "orgs_monitoring_order": "prikaz_mon",
    "internal_monitoring_notes": "spravka", "nc_roadmap": "dk", "curators_total": "kurator",
    "mentors_total": "baza_nastavnikov", "mentees_total": "baza_nastavlyaemyh",
    "agreements_edu_orgs": "soglasheniya", "agreements_enterprises": "soglasheniya", "agreements_other_orgs": "soglasheniya",
    "partner_list": "soglasheniya",
    "pp_total": "ppn", "pp_pupil_pupil": "ppn", "pp_teacher_teacher": "ppn", "pp_student_student": "ppn",
    "pp_head_teacher": "ppn", "pp_student_pupil": "ppn", "pp_teacher_pupil": "ppn", "pp_other": "ppn",
    "external_edu_mentors": "baza_nastavnikov", "enterprise_mentors": "baza_nastavnikov", "other_org_mentors": "baza_nastavnikov",
    "mentees_10_19": "baza_nastavlyaemyh", "mentees_risk": "baza_nastavlyaemyh", "mentees_gifted": "baza_nastavlyaemyh",
    "mentees_disabled": "baza_nastavlyaemyh", "mentees_low_motivation": "baza_nastavlyaemyh",
    "mentees_career": "baza_nastavlyaemyh", "mentees_other_params": "baza_nastavlyaemyh",
    "mentors_15_19": "baza_nastavnikov", "satisfaction_mentees": "anketa", "satisfaction_mentors": "anketa",
    "young_specialists_mentees": "baza_nastavlyaemyh", "teachers_other_mentees": "baza_nastavlyaemyh",
    "teachers_in_pp": "ppn", "kpk_trained": "kpk", "school_methodical_associations": "shmo",
    "teachers_mentors": "baza_nastavnikov", "young_specialists_mentors": "baza_nastavnikov",
    "pay_acts": "oplata", "nonmaterial_acts": "nematerial", "nc_site": "site", "nc_practices": "praktiki",
    "nc_network": "set", "nc_netmentors": "set",
}
DOC_FILES = {
    "pol_ped": "prikaz_polozhenie_nastavnichestvo_ped.pdf", "pol_obuch": "prikaz_polozhenie_nastavnichestvo_obuch.pdf",
    "prikaz_mon": "prikaz_monitoring_CMN_2024.pdf", "spravka": "spravka_vnutr_monitoring_2024.pdf",
    "dk": "dorozhnaya_karta_2024-2025.pdf", "kurator": "prikaz_kurator_CMN.pdf",
    "baza_nastavnikov": "baza_nastavnikov_2024.xlsx", "baza_nastavlyaemyh": "baza_nastavlyaemyh_2024.xlsx",
    "soglasheniya": "soglasheniya_o_sotrudnichestve.pdf", "ppn": "prikaz_utverzhdenie_PPN_2024.pdf",
    "anketa": "itogi_anketirovaniya_2024.pdf", "kpk": "udostovereniya_KPK_2024.pdf", "shmo": "prikaz_SHMO_nastavnikov.pdf",
    "oplata": "polozhenie_ob_oplate_truda.pdf", "nematerial": "polozhenie_nematerialnoe_pooshchrenie.pdf",
    "site": "", "praktiki": "praktiki_2024/", "set": "setevoe_nastavnichestvo/",
}

# ----------------------------------------------------------------------------------------------
# The six organisations.  "v" = values (expected; criteria and nc_ rows), "raw" = how a cell is typed
# when it differs from the file's default style, "nolink" = rows left without a link by the school.

ORGS = []

ORGS.append(dict(
    file="typed/01_Чепцинская_СОШ1_мониторинг_ЦМН_2024.xlsx", sheet="Мониторинг 2024",
    org="МБОУ «Чепцинская СОШ № 1»",
    curator="Ложкина Т.В., заместитель директора по УВР, 8 (34163) 2-14-05", date="17.01.2025",
    base="https://sh1-cheptsinsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/",
    yes="num", share="num", instr_merge="B:E", instr_prefix="",
    v=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
           nc_roadmap=1, curators_total=1, mentors_total=41, mentees_total=96,
           agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=1,
           partner_list="МБУ ДО «Чепцинский Дом детского творчества»; ООО «Чепцинский хлебозавод»; МБУК «Чепцинская центральная районная библиотека»",
           pp_pupil_pupil=14, pp_teacher_teacher=9, pp_student_student=0, pp_head_teacher=1, pp_student_pupil=0,
           pp_teacher_pupil=8, pp_other=0,
           external_edu_mentors=1, enterprise_mentors=1, other_org_mentors=1,
           students_10_19=512, mentees_10_19=63, mentees_risk=8, mentees_gifted=12, mentees_disabled=5,
           mentees_low_motivation=14, mentees_career=11, mentees_other_params=13,
           students_15_19=128, mentors_15_19=14, satisfaction_mentees=92.5, satisfaction_mentors=95,
           young_specialists=7, young_specialists_mentees=7, teachers_other=46, teachers_other_mentees=4,
           teachers_in_pp=18, kpk_trained=3, school_methodical_associations=1,
           teachers_mentors=22, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=1,
           nc_site=1, nc_practices=2, nc_network=1, nc_netmentors=2),
    raw=dict(mentors_total="41**"),
    title_marks={"mentors_total": "*"},
    footnotes=["* — по состоянию на 31.12.2024 (приказ от 02.09.2024 № 118-од «О закреплении наставнических пар и групп»)",
               "** — в т.ч. 3 наставника из сторонних организаций (см. направление 4)"],
    examples={1: ("Пример заполнения", YN, 1, "https://example.ru/docs/prikaz_ob_utverzhdenii_polozheniya.pdf")},
    nolink={"mentees_other_params", "nc_netmentors"},
    special="The template as sent and filled: instruction rows merged over B:E; one «Пример заполнения» row (1 + example.ru link) left at the top of Направление 1; «Количество наставников … (по приказу)*» with the value typed «41**»; yes/no as 1/0, shares as numbers.",
))

ORGS.append(dict(
    file="typed/02_гимназия_ЦМН_2024.xlsx", sheet="Форма ОО",
    org="МАОУ «Чепцинская гимназия»",
    curator="Кутявина О.Н., руководитель МО, тел. 8-912-445-18-30", date="20.01.2025",
    base="https://gimn-cheptsinsk.gosuslugi.ru/netcat_files/userfiles/CMN_2024/",
    yes="word", share="text", instr_merge="B:E", instr_prefix="",
    v=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
           nc_roadmap=1, curators_total=2, mentors_total=48, mentees_total=121,
           agreements_edu_orgs=2, agreements_enterprises=1, agreements_other_orgs=2,
           partner_list="ФГБОУ ВО «Удмуртский государственный университет»; МБОУ «Чепцинский лицей»; АО «Чепцинский механический завод»; АНО «Центр молодёжных инициатив «Вектор»»; МБУК «Чепцинская центральная районная библиотека»",
           pp_pupil_pupil=16, pp_teacher_teacher=10, pp_student_student=0, pp_head_teacher=2, pp_student_pupil=3,
           pp_teacher_pupil=12, pp_other=1,
           external_edu_mentors=3, enterprise_mentors=1, other_org_mentors=2,
           students_10_19=604, mentees_10_19=88, mentees_risk=6, mentees_gifted=31, mentees_disabled=4,
           mentees_low_motivation=12, mentees_career=20, mentees_other_params=15,
           students_15_19=176, mentors_15_19=21, satisfaction_mentees=94.2, satisfaction_mentors=96.8,
           young_specialists=6, young_specialists_mentees=6, teachers_other=52, teachers_other_mentees=5,
           teachers_in_pp=24, kpk_trained=4, school_methodical_associations=1,
           teachers_mentors=20, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=1,
           nc_site=1, nc_practices=3, nc_network=1, nc_netmentors=1),
    raw=dict(mentees_gifted="31**"),
    title_marks={"pp_other": "*"},
    footnotes=["* — иная форма: «педагог – родитель» (1 программа)",
               "** — по данным регионального реестра одарённых детей УР на 01.12.2024"],
    examples={1: ("Пример заполнения", YN, "Да", "https://example.ru/docs/prikaz_polozhenie.pdf"),
              2: ("Пример заполнения", "чел.", 5, "https://example.ru/docs/prikaz_o_zakreplenii_nastavnikov.pdf"),
              3: ("Пример заполнения", "ед.", 3, "https://example.ru/docs/prikaz_PPN.pdf"),
              5: ("Пример заполнения", "чел.", 12, "https://example.ru/docs/baza_nastavlyaemyh.xlsx"),
              8: ("Пример заполнения", "чел.", 2, "https://example.ru/docs/baza_nastavlyaemyh.xlsx")},
    nolink={"mentees_risk", "mentees_low_motivation"},
    blank={"pp_student_student"},
    special="«Пример заполнения» rows left at the top of five tables (Направления 1, 2, 3, 5, 8: «Да», 5, 3, 12, 2 with example.ru links); yes/no typed «Да»/«Нет»; shares typed as text with a comma («14,57»); «в т.ч. по иным формам*» and «31**» with footnotes.",
))

ORGS.append(dict(
    file="typed/03_Кестымская_СОШ_наставничество_2024.xlsx", sheet="Лист1",
    org="МБОУ «Кестымская СОШ»",
    curator="Бабинцева Л.А., зам. директора по ВР, 8 (34163) 5-31-17", date="16.01.2025",
    base="https://kestym-shkola-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo_2024/",
    yes="lower", share="num", instr_merge="B:C", instr_prefix="", misplaced=True,
    v=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
           nc_roadmap=0, curators_total=1, mentors_total=19, mentees_total=44,
           agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
           partner_list="МБОУ «Чепцинская СОШ № 1»; СПК «Колхоз «Заря»»",
           pp_pupil_pupil=7, pp_teacher_teacher=4, pp_student_student=0, pp_head_teacher=1, pp_student_pupil=0,
           pp_teacher_pupil=5, pp_other=0,
           external_edu_mentors=1, enterprise_mentors=1, other_org_mentors=0,
           students_10_19=212, mentees_10_19=31, mentees_risk=5, mentees_gifted=3, mentees_disabled=4,
           mentees_low_motivation=9, mentees_career=6, mentees_other_params=4,
           students_15_19=41, mentors_15_19=6, satisfaction_mentees=88, satisfaction_mentors=90,
           young_specialists=3, young_specialists_mentees=3, teachers_other=24, teachers_other_mentees=2,
           teachers_in_pp=9, kpk_trained=2, school_methodical_associations=0,
           teachers_mentors=10, young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=0,
           nc_site=1, nc_practices=0, nc_network=0, nc_netmentors=0),
    raw={},
    title_marks={"curators_total": "*"},
    footnotes=["* — приказ от 30.08.2024 № 61-од «О назначении куратора ЦМН»"],
    examples={},
    nolink={"teachers_in_pp"},
    blank={"share_teachers_mentees"},
    special="**Values typed into the instruction rows.** This copy of the template merges the instruction only over B:C, so the instruction row keeps its own grey cells D and E; the school typed every value and link there (one row below the indicator, grey italic as the template formats them), and left the indicator rows' D and E empty. yes/no typed «да»/«нет».",
))

ORGS.append(dict(
    file="typed/04_Лыпская_ООШ_ЦМН_2024.xlsx", sheet="ЦМН",
    org="МБОУ «Лыпская ООШ»",
    curator="Сунцова Н.П., учитель математики, куратор ЦМН, 8-950-161-07-44", date="15.01.2025",
    base="https://lyp-oosh.ucoz.net/nastavnichestvo/",
    yes="num", share="pct", instr_merge="B:E", instr_prefix="",
    v=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
           nc_roadmap=1, curators_total=1, mentors_total=9, mentees_total=17,
           agreements_edu_orgs=0, agreements_enterprises=0, agreements_other_orgs=1,
           partner_list="МБУК «Лыпский сельский Дом культуры»",
           pp_pupil_pupil=3, pp_teacher_teacher=1, pp_student_student=0, pp_head_teacher=1, pp_student_pupil=0,
           pp_teacher_pupil=2, pp_other=0,
           external_edu_mentors=0, enterprise_mentors=0, other_org_mentors=1,
           students_10_19=58, mentees_10_19=11, mentees_risk=2, mentees_gifted=1, mentees_disabled=3,
           mentees_low_motivation=3, mentees_career=0, mentees_other_params=2,
           students_15_19=9, mentors_15_19=2, satisfaction_mentees=100, satisfaction_mentors=90,
           young_specialists=1, young_specialists_mentees=1, teachers_other=12, teachers_other_mentees=1,
           teachers_in_pp=3, kpk_trained=1, school_methodical_associations=0,
           teachers_mentors=5, young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=1,
           nc_site=1, nc_practices=0, nc_network=0, nc_netmentors=0),
    raw=dict(agreements_edu_orgs="0*", students_15_19="9**", teachers_other="12***", pp_student_student="0****"),
    title_marks={},
    footnotes=["* — в 2024 году соглашения с другими ОО не заключались, наставники из других ОО не привлекались",
               "** — обучающиеся 9 класса, достигшие 15 лет на 01.09.2024 (ООШ, 1–9 классы)",
               "*** — без учёта 1 педагога, находящегося в отпуске по уходу за ребёнком до 3 лет",
               "**** — форма не применяется в ООШ"],
    examples={7: ("Пример заполнения", "%", 85, "https://example.ru/docs/anketirovanie.pdf")},
    nolink={"pp_head_teacher", "teachers_in_pp"},
    blank={"mentees_career", "mentees_other_params"},
    special="A small basic school: footnote marks in four values («0*», «9**», «12***», «0****») with four footnotes, one of them full of numbers; shares stored as fractions under a 0.00% format; one «Пример заполнения» row (85 %) left at the top of Направление 7; zeros without links.",
))

ORGS.append(dict(
    file="typed/05_ДДТ_Чепцинск_ЦМН_2024.xlsx", sheet="Форма_ДОП",
    org="МБУ ДО «Чепцинский Дом детского творчества»",
    curator="Перевощикова Е.С., методист, 8 (34163) 2-40-92", date="21.01.2025",
    base="https://ddt-cheptsa.ru/wp-content/uploads/nastavnichestvo/",
    yes="word", share="num", instr_merge="B:E", instr_prefix="",
    v=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
           nc_roadmap=1, curators_total=1, mentors_total=23, mentees_total=58,
           agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=1,
           partner_list="МБОУ «Чепцинская СОШ № 1»; МАОУ «Чепцинская гимназия»; АНО «Клуб технического творчества «Пилот»»",
           pp_pupil_pupil=6, pp_teacher_teacher=5, pp_head_teacher=1,
           pp_teacher_pupil=9, pp_other=0,
           external_edu_mentors=2, enterprise_mentors=0, other_org_mentors=1,
           students_10_19=684, mentees_10_19=37, mentees_risk=3, mentees_gifted=14, mentees_disabled=2,
           mentees_career=8, mentees_other_params=10,
           students_15_19=121, mentors_15_19=4, satisfaction_mentees=97, satisfaction_mentors=93.5,
           young_specialists=4, young_specialists_mentees=4, teachers_other=27, teachers_other_mentees=3,
           teachers_in_pp=12, kpk_trained=2, school_methodical_associations=1,
           teachers_mentors=13, young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=1,
           nc_site=1, nc_practices=2, nc_network=0, nc_netmentors=0),
    raw=dict(students_10_19="684¹"),
    # «х» = not applicable for an institution of additional education: no value
    na={"pp_student_student", "pp_student_pupil", "mentees_low_motivation"},
    title_marks={"satisfaction_mentees": "²"},
    footnotes=["¹ — по данным АИС «Навигатор дополнительного образования детей УР» на 01.12.2024, каждый ребёнок учтён 1 раз",
               "² — анкетирование проведено в мае 2024 г. (62 анкеты наставляемых)"],
    examples={4: ("Пример заполнения", "чел.", 2, "https://example.ru/docs/prikaz_vneshnie_nastavniki.pdf")},
    nolink={"nonmaterial_acts"},
    dash={"share_young_specialists_mentors"},
    special="The ДОП: «х» (not applicable) in «студент – студент», «студент – ученик» and «низкая мотивация»; footnote marks «¹» in a value («684¹») and «²» in a title; a «Пример заполнения» row (2 + link) left at the top of Направление 4; yes/no «Да»/«Нет».",
))

ORGS.append(dict(
    file="typed/06_лицей_мониторинг_наставничества_2024.xlsx", sheet="Мониторинг ЦМН",
    org="МБОУ «Чепцинский лицей»",
    curator="Шкляева М.Г., заместитель директора по НМР, 8 (34163) 2-22-70", date="17.01.2025",
    base="https://licey-cheptsinsk.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/2024/",
    yes="num", share="textpct", instr_merge="A:E", instr_prefix="Пояснение: ",
    header_value="Значение за 2024 г.",
    v=dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
           nc_roadmap=1, curators_total=2, mentors_total=67, mentees_total=158,
           agreements_edu_orgs=3, agreements_enterprises=2, agreements_other_orgs=1,
           partner_list="ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»; ФГБОУ ВО «Удмуртский государственный университет»; БПОУ УР «Чепцинский политехнический техникум»; АО «Чепцинский механический завод»; ООО «Агрохолдинг «Чепца»»; Чепцинское местное отделение Движения первых",
           pp_pupil_pupil=24, pp_teacher_teacher=13, pp_student_student=0, pp_head_teacher=2, pp_student_pupil=6,
           pp_teacher_pupil=21, pp_other=2,
           external_edu_mentors=7, enterprise_mentors=3, other_org_mentors=2,
           students_10_19=734, mentees_10_19=131, mentees_risk=9, mentees_gifted=42, mentees_disabled=6,
           mentees_low_motivation=17, mentees_career=35, mentees_other_params=22,
           students_15_19=251, mentors_15_19=24, satisfaction_mentees=91.3, satisfaction_mentors=94.7,
           young_specialists=9, young_specialists_mentees=8, teachers_other=62, teachers_other_mentees=7,
           teachers_in_pp=31, kpk_trained=5, school_methodical_associations=2,
           teachers_mentors=29, young_specialists_mentors=2, pay_acts=1, nonmaterial_acts=1,
           nc_site=1, nc_practices=4, nc_network=1, nc_netmentors=3),
    raw=dict(pp_total="68**"),
    title_marks={"satisfaction_mentees": "*", "satisfaction_mentors": "*", "pp_other": "***"},
    footnotes=["* — анкетирование участников завершённых программ, декабрь 2024 г. (наставляемые – 112 анкет, наставники – 41 анкета)",
               "** — без учёта 5 программ, завершённых до 01.01.2024",
               "*** — формы «педагог – родитель» (1), «выпускник – ученик» (1)"],
    examples={10: ("Пример заполнения: «Педагоги – наставники» – 15 чел.", "чел.", 15, "https://example.ru/docs/prikaz_nastavniki.pdf")},
    nolink={"mentees_disabled"},
    special="The lyceum's copy: instruction rows merged over the whole row A:E and starting «Пояснение: »; value column headed «Значение за 2024 г.»; shares typed «17,85 %»; footnote marks on three titles and in «68**»; an example row «Пример заполнения: «Педагоги – наставники» – 15 чел.» (15 + link) left above the lyceum's own «Педагоги – наставники» row.",
))


# ----------------------------------------------------------------------------------------------
def r2(x):
    return float(f"{x + 1e-9:.2f}")


def derive(v, na):
    pp_keys = ["pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher", "pp_student_pupil",
               "pp_teacher_pupil", "pp_other"]
    v["pp_total"] = sum(v.get(k, 0) for k in pp_keys)
    v["share_mentees_10_19"] = r2(100 * v["mentees_10_19"] / v["students_10_19"])
    v["share_mentors_15_19"] = r2(100 * v["mentors_15_19"] / v["students_15_19"])
    v["share_young_specialists_mentees"] = r2(100 * v["young_specialists_mentees"] / v["young_specialists"])
    v["share_teachers_mentees"] = r2(100 * (v["young_specialists_mentees"] + v["teachers_other_mentees"]) /
                                     (v["young_specialists"] + v["teachers_other"]))
    v["share_teachers_mentors"] = r2(100 * v["teachers_mentors"] / (v["young_specialists"] + v["teachers_other"]))
    v["share_young_specialists_mentors"] = r2(100 * v["young_specialists_mentors"] / v["young_specialists"])
    # consistency
    ext = v["external_edu_mentors"] + v["enterprise_mentors"] + v["other_org_mentors"]
    assert v["mentors_total"] >= v["teachers_mentors"] + v["mentors_15_19"] + ext, v
    assert v["mentees_total"] >= v["mentees_10_19"] + v["young_specialists_mentees"] + v["teachers_other_mentees"]
    cats = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career",
            "mentees_other_params"]
    assert sum(v.get(k, 0) for k in cats) <= v["mentees_10_19"]
    assert v["mentees_10_19"] <= v["students_10_19"] and v["mentors_15_19"] <= v["students_15_19"]
    assert v["students_15_19"] < v["students_10_19"]
    assert v["young_specialists_mentees"] <= v["young_specialists"]
    assert v["young_specialists_mentors"] <= v["young_specialists"]
    assert v["teachers_other_mentees"] <= v["teachers_other"]
    assert v["teachers_mentors"] <= v["young_specialists"] + v["teachers_other"]
    assert v["teachers_in_pp"] <= v["teachers_mentors"] + v["young_specialists_mentees"] + v["teachers_other_mentees"]
    n_partners = len(v["partner_list"].split("; "))
    assert n_partners == v["agreements_edu_orgs"] + v["agreements_enterprises"] + v["agreements_other_orgs"], v["partner_list"]
    return v


def load_catalogue_wordings():
    words = set()
    with open(CRITERIA, encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if row.get(k):
                    words.add(row[k].strip().lower())
    return words


def typed(o, key, val):
    """The cell content as the school typed it."""
    if key in o["raw"]:
        return o["raw"][key]
    if key in YESNO:
        if o["yes"] == "word":
            return "Да" if val else "Нет"
        if o["yes"] == "lower":
            return "да" if val else "нет"
        return val
    if key in SHARES or key in LEVELS:
        if key in SHARES and o["share"] == "pct":
            return round(val / 100, 6)
        if o["share"] == "text":
            return (f"{val:.2f}".rstrip("0").rstrip(".") if key in LEVELS else f"{val:.2f}").replace(".", ",")
        if o["share"] == "textpct":
            return (f"{val:.2f}".rstrip("0").rstrip(".") if key in LEVELS else f"{val:.2f}").replace(".", ",") + " %"
        return val
    return val


# styles
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F_BOLD = Font(name="Times New Roman", size=11, bold=True)
F_NORM = Font(name="Times New Roman", size=11)
F_INSTR = Font(name="Times New Roman", size=9, italic=True, color="7F7F7F")
F_EXAMPLE = Font(name="Times New Roman", size=10, italic=True, color="8C8C8C")
F_FOOT = Font(name="Times New Roman", size=9)
FILL_INSTR = PatternFill("solid", fgColor="F2F2F2")
FILL_CAPTION = PatternFill("solid", fgColor="DDEBF7")
FILL_HEAD = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build(o, wordings):
    v = o["v"]
    na = o.get("na", set())
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = o["sheet"]
    for col, w in zip("ABCDE", (7, 62, 14, 14, 60)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:E1")
    ws["A1"] = "Приложение 2 к приказу Министерства образования и науки Удмуртской Республики от 02.12.2024 № 1412"
    ws["A1"].alignment = Alignment(horizontal="right")
    ws["A1"].font = F_FOOT
    ws.merge_cells("A2:E2")
    ws["A2"] = ("Форма мониторинга реализации Региональной целевой модели наставничества педагогических работников "
                "и обучающихся в образовательной организации за 2024 год")
    ws["A2"].font = Font(name="Times New Roman", size=12, bold=True)
    ws["A2"].alignment = CENTER
    ws.row_dimensions[2].height = 32
    title_rows = [("Муниципальное образование", MUNICIPALITY), ("Наименование ОО (кратко, по уставу)", o["org"]),
                  ("Куратор ЦМН (ФИО, должность, телефон)", o["curator"]), ("Дата заполнения", o["date"])]
    r = 3
    for label, val in title_rows:
        ws.merge_cells(f"A{r}:B{r}")
        ws[f"A{r}"] = label
        ws[f"A{r}"].font = F_BOLD
        ws.merge_cells(f"C{r}:E{r}")
        ws[f"C{r}"] = val
        ws[f"C{r}"].font = F_NORM
        r += 1
    r += 1  # blank row

    cells, decoys = [], []
    headings = []
    not_criteria = ["Дата заполнения"]
    values, links = {}, {}

    def note_decoy(cell, kind, text):
        decoys.append({"file": o["file"], "sheet": o["sheet"], "cell": cell, "kind": kind, "text": text})

    for di, (caption, rows) in enumerate(TEMPLATE, start=1):
        ws.merge_cells(f"A{r}:E{r}")
        ws[f"A{r}"] = caption
        ws[f"A{r}"].font = F_BOLD
        ws[f"A{r}"].fill = FILL_CAPTION
        headings.append(caption)
        r += 1
        hdr = list(HEADER)
        if o.get("header_value"):
            hdr[3] = o["header_value"]
        for ci, h in enumerate(hdr):
            c = ws.cell(row=r, column=ci + 1, value=h)
            c.font = F_BOLD
            c.fill = FILL_HEAD
            c.alignment = CENTER
            c.border = BORDER
        r += 1
        if di in o["examples"]:
            et, eu, ev, el = o["examples"][di]
            for ci, val in enumerate(["—", et, eu, ev, el]):
                c = ws.cell(row=r, column=ci + 1, value=val)
                c.font = F_EXAMPLE
                c.border = BORDER
                c.alignment = WRAP
            note_decoy(f"D{r}", "example", ev)
            note_decoy(f"E{r}", "example_link", el)
            not_criteria.append(et)
            r += 1
        for num, key, title, unit, instr in rows:
            shown_title = title + o["title_marks"].get(key, "")
            assert title.strip().lower() not in wordings, title
            assert instr.strip().lower() not in wordings, instr
            crit_row = r
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=shown_title)
            ws.cell(row=r, column=3, value=unit)
            for ci in range(1, 6):
                c = ws.cell(row=r, column=ci)
                c.font = F_NORM if ci != 2 else Font(name="Times New Roman", size=11, bold=False)
                c.border = BORDER
                c.alignment = WRAP if ci in (2, 5) else CENTER
            # instruction row
            ir = r + 1
            m = o["instr_merge"]
            a, b = m.split(":")
            ws.merge_cells(f"{a}{ir}:{b}{ir}")
            ws[f"{a}{ir}"] = o["instr_prefix"] + instr
            for ci in range(1, 6):
                c = ws.cell(row=ir, column=ci)
                c.font = F_INSTR
                c.fill = FILL_INSTR
                c.border = BORDER
                c.alignment = WRAP
            ws.row_dimensions[ir].height = 24
            note_decoy(f"{a}{ir}", "instruction", o["instr_prefix"] + instr)
            # where the school typed
            vr = ir if o.get("misplaced") else crit_row
            if key in na:
                ws.cell(row=vr, column=4, value="х")
            elif key in o.get("dash", set()):
                ws.cell(row=vr, column=4, value="—")
            elif key in o.get("blank", set()):
                pass
            elif key in v:
                val = v[key]
                raw = typed(o, key, val)
                vc = ws.cell(row=vr, column=4, value=raw)
                if o.get("misplaced"):
                    vc.font = F_INSTR  # the cell kept the template's grey italic
                vc.alignment = CENTER
                if key in SHARES and o["share"] == "pct":
                    vc.number_format = "0.00%"
                if key in TEXTS:
                    vc.alignment = WRAP
                link = None
                doc = DOC_OF.get(key)
                if doc and key not in NO_DOC and key not in o["nolink"] and not (isinstance(val, (int, float)) and val == 0):
                    link = o["base"] + DOC_FILES[doc]
                    lc = ws.cell(row=vr, column=5, value=link)
                    if o.get("misplaced"):
                        lc.font = F_INSTR
                if key.startswith("nc_"):
                    not_criteria.append(shown_title)
                else:
                    values[key] = val
                    cells.append({"file": o["file"], "sheet": o["sheet"], "cell": f"D{vr}", "criterion": key,
                                  "kind": "value", "expected": val, "raw": raw, "row_title": shown_title,
                                  "row_title_cell": f"B{crit_row}",
                                  "typed_in_instruction_row": bool(o.get("misplaced")),
                                  "number_format": "0.00%" if (key in SHARES and o["share"] == "pct") else None})
                    if link:
                        links[key] = link
                        cells.append({"file": o["file"], "sheet": o["sheet"], "cell": f"E{vr}", "criterion": key,
                                      "kind": "link", "expected": link, "row_title": shown_title,
                                      "row_title_cell": f"B{crit_row}",
                                      "typed_in_instruction_row": bool(o.get("misplaced"))})
            r += 2
        r += 1  # blank row between tables

    ws[f"A{r}"] = "Примечания:"
    ws[f"A{r}"].font = F_BOLD
    r += 1
    for fn in o["footnotes"]:
        ws.merge_cells(f"A{r}:E{r}")
        ws[f"A{r}"] = fn
        ws[f"A{r}"].font = F_FOOT
        note_decoy(f"A{r}", "footnote", fn)
        r += 1
    r += 1
    ws[f"A{r}"] = "Руководитель ОО"
    ws[f"C{r}"] = "________________"
    ws[f"E{r}"] = "/____________________/"
    r += 1
    ws[f"A{r}"] = "М.П."
    ws.freeze_panes = None
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Пользователь"
    wb.properties.lastModifiedBy = "Пользователь"
    path = HERE / o["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)

    entry = {"file": o["file"], "year": 2024, "organisation": o["org"], "values": values, "links": links,
             "not_criteria": not_criteria, "headings": headings}
    return entry, cells, decoys


def main():
    wordings = load_catalogue_wordings()
    expected, all_cells, all_decoys = [], [], []
    for o in ORGS:
        derive(o["v"], o.get("na", set()))
        for k in o.get("na", set()) | o.get("dash", set()) | o.get("blank", set()):
            o["v"].pop(k, None)
        e, c, d = build(o, wordings)
        expected.append(e)
        all_cells.extend(c)
        all_decoys.extend(d)
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(HERE / "cells.json", "w", encoding="utf-8") as fh:
        json.dump({"cells": all_cells, "decoys": all_decoys}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print(f"{e['file']}: {len(e['values'])} values, {len(e['links'])} links")
    print(f"files={len(expected)} forms={len(expected)} values={nv} links={nl}")


if __name__ == "__main__":
    main()
