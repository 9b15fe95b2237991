#!/usr/bin/env python3
"""heldout74: the 2024 ЦМН forms of the invented city of Верхнеборск, collected through a shared
Google Sheets template that each school copied, filled in and downloaded as XLSX
(«Файл → Скачать → Microsoft Excel»).

Deterministic: all data are fixed below.  Writes typed/*.xlsx, expected.json, cells.json.

What a Google Sheets export looks like and how it is reproduced here:
  * checkboxes            -> real boolean cells (TRUE/FALSE) + a list validation "TRUE,FALSE";
  * dropdowns             -> list data validation "Да,Нет,Частично";
  * =ГИПЕРССЫЛКА(...;...) -> stored in the XLSX in the file syntax HYPERLINK("url","Документ")
                             (the XML of an .xlsx always uses commas; the semicolon is only the
                             Russian-locale UI form); the cached value (<v>) is written into the
                             sheet XML after saving, as Google does;
  * =IF(...)/=IFERROR(...) formulas of «Статус» and the shares also get their cached values;
  * frozen header (rows 1–5), conditional colours on «Статус» and on FALSE checkboxes.
"""
import json
import os
import re
import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
YEAR = 2024
CITY = "г. Верхнеборска"

# --------------------------------------------------------------------------------------------
# The office's template: shortened wordings (kind: check / dd / num / text / share / pct)
# --------------------------------------------------------------------------------------------
H = "h"
TEMPLATE = [
    (H, "Раздел 1. Нормативная база ОО"),
    ("1.1", "Положение о наставничестве педработников утверждено (приказ)", "да/нет", "orgs_regulation_teachers", "check"),
    ("1.2", "Положение о наставничестве обучающихся утверждено (приказ)", "да/нет", "orgs_regulation_students", "check"),
    ("1.3", "Приказ о мониторинге ЦМН в ОО", "да/нет", "orgs_monitoring_order", "check"),
    ("1.4", "Справка ОО по итогам внутреннего мониторинга", "выбрать", "internal_monitoring_notes", "dd"),
    ("1.5", "Дорожная карта внедрения ЦМН на 2024 г.", "выбрать", "#roadmap", "dd"),
    (H, "Раздел 2. Кураторы, наставники, партнёры"),
    ("2.1", "Кураторы внедрения ЦМН", "чел.", "curators_total", "num"),
    ("2.2", "Наставники ОО (по приказу)", "чел.", "mentors_total", "num"),
    ("2.3", "Наставляемые ОО (по приказу)", "чел.", "mentees_total", "num"),
    ("2.4", "Соглашения с другими ОО (их сотрудники – наставники)", "шт.", "agreements_edu_orgs", "num"),
    ("2.5", "Соглашения с предприятиями (их сотрудники – наставники)", "шт.", "agreements_enterprises", "num"),
    ("2.6", "Соглашения с иными организациями (их сотрудники – наставники)", "шт.", "agreements_other_orgs", "num"),
    ("2.7", "Предприятия / организации – партнёры по наставничеству (перечислить)", "текст", "partner_list", "text"),
    (H, "Раздел 3. Персонализированные программы (ПП)"),
    ("3.1", "ПП – всего", "шт.", "pp_total", "num"),
    ("3.2", "ПП «ученик – ученик»", "шт.", "pp_pupil_pupil", "num"),
    ("3.3", "ПП «учитель – учитель» / «педагог – педагог»", "шт.", "pp_teacher_teacher", "num"),
    ("3.4", "ПП «руководитель – педагог»", "шт.", "pp_head_teacher", "num"),
    ("3.5", "ПП «учитель – ученик»", "шт.", "pp_teacher_pupil", "num"),
    ("3.6", "ПП иной формы", "шт.", "pp_other", "num"),
    (H, "Раздел 4. Внешние наставники (по приказу)"),
    ("4.1", "Наставники из других ОО", "чел.", "external_edu_mentors", "num"),
    ("4.2", "Наставники с предприятий", "чел.", "enterprise_mentors", "num"),
    ("4.3", "Наставники из иных организаций", "чел.", "other_org_mentors", "num"),
    (H, "Раздел 5. Обучающиеся 10–19 лет"),
    ("5.1", "Обучающиеся 10–19 лет – всего", "чел.", "students_10_19", "num"),
    ("5.2", "Обучающиеся 10–19 лет – наставляемые", "чел.", "mentees_10_19", "num"),
    ("5.3", "   в т.ч. «группа риска»", "чел.", "mentees_risk", "num"),
    ("5.4", "   в т.ч. одарённые (в реестрах)", "чел.", "mentees_gifted", "num"),
    ("5.5", "   в т.ч. ОВЗ и дети-инвалиды", "чел.", "mentees_disabled", "num"),
    ("5.6", "   в т.ч. низкая мотивация / неуспеваемость", "чел.", "mentees_low_motivation", "num"),
    ("5.7", "   в т.ч. проблемы выбора траектории / профессии", "чел.", "mentees_career", "num"),
    ("5.8", "   в т.ч. по иным параметрам", "чел.", "mentees_other_params", "num"),
    ("5.9", "Доля наставляемых 10–19 лет (считается сама)", "%", "share_mentees_10_19",
     ("share", ["mentees_10_19"], ["students_10_19"])),
    (H, "Раздел 6. Обучающиеся 15–19 лет"),
    ("6.1", "Обучающиеся 15–19 лет – всего", "чел.", "students_15_19", "num"),
    ("6.2", "Обучающиеся 15–19 лет – наставники (по приказу)", "чел.", "mentors_15_19", "num"),
    ("6.3", "Доля наставников 15–19 лет (считается сама)", "%", "share_mentors_15_19",
     ("share", ["mentors_15_19"], ["students_15_19"])),
    (H, "Раздел 7. Удовлетворённость участников завершённых программ"),
    ("7.1", "Удовлетворённость наставляемых", "%", "satisfaction_mentees", "pct"),
    ("7.2", "Удовлетворённость наставников", "%", "satisfaction_mentors", "pct"),
    (H, "Раздел 8. Педагоги"),
    ("8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет) – всего", "чел.", "young_specialists", "num"),
    ("8.2", "Молодые специалисты – наставляемые", "чел.", "young_specialists_mentees", "num"),
    ("8.3", "Молодые специалисты – наставники", "чел.", "young_specialists_mentors", "num"),
    ("8.4", "Педагоги (без молодых специалистов) – всего", "чел.", "teachers_other", "num"),
    ("8.5", "Педагоги (без молодых специалистов) – наставляемые", "чел.", "teachers_other_mentees", "num"),
    ("8.6", "Педагоги – наставники", "чел.", "teachers_mentors", "num"),
    ("8.7", "Доля молодых специалистов-наставляемых (считается сама)", "%", "share_young_specialists_mentees",
     ("share", ["young_specialists_mentees"], ["young_specialists"])),
    ("8.8", "Доля педагогов-наставляемых (считается сама)", "%", "share_teachers_mentees",
     ("share", ["young_specialists_mentees", "teachers_other_mentees"], ["young_specialists", "teachers_other"])),
    (H, "Раздел 9. Методическая работа"),
    ("9.1", "Педагоги в утверждённых ПП", "чел.", "teachers_in_pp", "num"),
    ("9.2", "Прошли КПК по наставничеству в 2024 г.", "чел.", "kpk_trained", "num"),
    ("9.3", "ШМО наставников", "шт.", "school_methodical_associations", "num"),
    (H, "Раздел 10. Поощрение наставников"),
    ("10.1", "Локальные акты об оплате работы наставника", "шт.", "pay_acts", "num"),
    ("10.2", "Локальные акты о нематериальном поощрении наставника", "шт.", "nonmaterial_acts", "num"),
]

HEADINGS = [r[1] for r in TEMPLATE if r[0] == H]

INSTRUCTION = [
    "Инструкция по заполнению формы мониторинга реализации целевой модели наставничества (ЦМН) за 2024 год",
    "",
    "1. Сделайте копию шаблона: Файл → Создать копию. Листы не переименовывайте, строки не удаляйте и не меняйте местами.",
    "2. На листе «Форма» укажите полное наименование ОО и ответственного.",
    "3. Заполняйте только столбцы «Значение» и «Ссылка на документ».",
    "4. Да/нет — поставьте галочку в ячейке (галочка = да). В строках «выбрать» — выберите из списка: Да / Нет / Частично.",
    "5. Ссылки — формулой =ГИПЕРССЫЛКА(\"адрес\";\"Документ\") или через Вставка → Ссылка. Документ должен открываться без авторизации.",
    "6. Доли (%) считаются автоматически — в эти ячейки ничего не вписывайте.",
    "7. Столбец «Статус» заполняется автоматически. Столбец «Комментарий проверяющего» заполняет Управление образования.",
    "8. Срок — до 24.01.2025. Файл → Скачать → Microsoft Excel (.xlsx), отправить на cmn@uo-verhneborsk.ru.",
    "",
    "Пример заполнения:",
]
EXAMPLE = [("Наставники ОО (по приказу)", 25, "Документ"),
           ("Положение о наставничестве педработников утверждено (приказ)", True, "Документ")]

# --------------------------------------------------------------------------------------------
# Schools
# --------------------------------------------------------------------------------------------
SCHOOLS = []

# 1 — СОШ № 1: the template as intended (checkboxes, =HYPERLINK, office comments)
g1 = "https://sosh1-verhneborsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/2024/"
SCHOOLS.append(dict(
    file="ЦМН_2024_МБОУ_СОШ_1.xlsx",
    org="МБОУ «Средняя общеобразовательная школа № 1» г. Верхнеборска",
    resp="Кудрявцева Ольга Петровна, зам. директора по УВР, 8 (34159) 3-12-07",
    sheet="Форма",
    data=dict(
        orgs_regulation_teachers=True, orgs_regulation_students=True, orgs_monitoring_order=True,
        internal_monitoring_notes="Да", **{"#roadmap": "Да"},
        curators_total=2, mentors_total=54, mentees_total=146,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="МБУ ДО «ДЮСШ № 2»; АО «Верхнеборский машиностроительный завод»",
        pp_total=46, pp_pupil_pupil=18, pp_teacher_teacher=9, pp_head_teacher=3, pp_teacher_pupil=14, pp_other=2,
        external_edu_mentors=2, enterprise_mentors=1, other_org_mentors=0,
        students_10_19=640, mentees_10_19=128, mentees_risk=12, mentees_gifted=21, mentees_disabled=9,
        mentees_low_motivation=30, mentees_career=44, mentees_other_params=12,
        students_15_19=160, mentors_15_19=24,
        satisfaction_mentees=0.92, satisfaction_mentors=0.88,
        young_specialists=10, young_specialists_mentees=10, young_specialists_mentors=1,
        teachers_other=62, teachers_other_mentees=8, teachers_mentors=27,
        teachers_in_pp=21, kpk_trained=6, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    ),
    links=dict(
        orgs_regulation_teachers=("f", g1 + "prikaz_polozhenie_ped.pdf", "Документ"),
        orgs_regulation_students=("f", g1 + "prikaz_polozhenie_obuch.pdf", "Документ"),
        orgs_monitoring_order=("f", g1 + "prikaz_monitoring_CMN.pdf", "Документ"),
        internal_monitoring_notes=("f", g1 + "spravka_vnutr_monitoring_2024.pdf", "Документ"),
        curators_total=("f", g1 + "prikaz_kuratory.pdf", "Документ"),
        mentors_total=("f", g1 + "prikaz_nastavniki_2024.pdf", "Документ"),
        mentees_total=("f", g1 + "prikaz_nastavlyaemye_2024.pdf", "Документ"),
        agreements_edu_orgs=("f", g1 + "soglashenie_DYUSSH2.pdf", "Документ"),
        agreements_enterprises=("f", g1 + "soglashenie_VMZ.pdf", "Документ"),
        pp_total=("f", g1 + "personalizirovannye_programmy.pdf", "Документ"),
        mentees_10_19=("f", g1 + "prikaz_nastavlyaemye_2024.pdf", "Документ"),
        mentors_15_19=("f", g1 + "prikaz_nastavniki_2024.pdf", "Документ"),
        satisfaction_mentees=("f", g1 + "anketirovanie_itogi_2024.pdf", "Документ"),
        satisfaction_mentors=("f", g1 + "anketirovanie_itogi_2024.pdf", "Документ"),
        kpk_trained=("f", g1 + "udostovereniya_KPK.pdf", "Документ"),
        pay_acts=("f", g1 + "polozhenie_ob_oplate.pdf", "Документ"),
        nonmaterial_acts=("f", g1 + "polozhenie_nematerialnoe.pdf", "Документ"),
    ),
    comments=dict(mentees_total="ссылка не открывается", agreements_enterprises="исправить",
                  pp_other="какая форма? указать", satisfaction_mentors="ок"),
    features="the template as intended: checkboxes, =HYPERLINK formulas with cached «Документ», office comments",
))

# 2 — Гимназия № 3: sheet «Форма» renamed to the school's own name; plain hyperlinks «приказ»/«ссылка»
g2 = "https://gimn3-verhneborsk.edu.ru/upload/iblock/nastavnichestvo/"
SCHOOLS.append(dict(
    file="ЦМН-2024 Гимназия №3.xlsx",
    org="МАОУ «Гимназия № 3»",
    resp="Лебедева И.С., методист, 8-912-455-30-18",
    sheet="Гимназия 3",
    data=dict(
        orgs_regulation_teachers=True, orgs_regulation_students=True, orgs_monitoring_order=False,
        internal_monitoring_notes="Нет", **{"#roadmap": "Да"},
        curators_total=1, mentors_total=43, mentees_total=77,
        agreements_edu_orgs=0, agreements_enterprises=0, agreements_other_orgs=2,
        partner_list="МБУК «Центральная детская библиотека им. А.П. Гайдара»; МБУ «Молодёжный центр «Импульс»",
        pp_total=30, pp_pupil_pupil=12, pp_teacher_teacher=6, pp_head_teacher=2, pp_teacher_pupil=8, pp_other=2,
        external_edu_mentors=0, enterprise_mentors=0, other_org_mentors=3,
        students_10_19=520, mentees_10_19=65, mentees_risk=5, mentees_gifted=30, mentees_disabled=4,
        mentees_low_motivation=10, mentees_career=12, mentees_other_params=4,
        students_15_19=200, mentors_15_19=16,
        satisfaction_mentees=0.95, satisfaction_mentors=0.90,
        young_specialists=8, young_specialists_mentees=6, young_specialists_mentors=0,
        teachers_other=52, teachers_other_mentees=6, teachers_mentors=24,
        teachers_in_pp=16, kpk_trained=4, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=0,
    ),
    links=dict(
        orgs_regulation_teachers=("h", g2 + "prikaz_45-od_polozhenie_pedagogi.pdf", "приказ"),
        orgs_regulation_students=("h", g2 + "prikaz_46-od_polozhenie_obuchayushchiesya.pdf", "приказ"),
        curators_total=("h", g2 + "prikaz_47-od_kurator.pdf", "приказ"),
        mentors_total=("h", g2 + "prikaz_112-od_nastavnicheskie_pary.pdf", "приказ"),
        mentees_total=("h", g2 + "prikaz_112-od_nastavnicheskie_pary.pdf", "приказ"),
        agreements_other_orgs=("h", "https://disk.yandex.ru/d/Gm3_soglasheniya_2024", "ссылка"),
        pp_total=("h", "https://disk.yandex.ru/d/Gm3_PP_2024", "ссылка"),
        other_org_mentors=("h", g2 + "prikaz_112-od_nastavnicheskie_pary.pdf", "приказ"),
        mentees_10_19=("h", g2 + "prikaz_112-od_nastavnicheskie_pary.pdf", "приказ"),
        mentors_15_19=("h", g2 + "prikaz_112-od_nastavnicheskie_pary.pdf", "приказ"),
        satisfaction_mentees=("h", "https://disk.yandex.ru/i/Gm3_anketa_itogi", "ссылка"),
        kpk_trained=("h", "https://disk.yandex.ru/d/Gm3_KPK_udostovereniya", "ссылка"),
        pay_acts=("h", g2 + "polozhenie_o_stimuliruyushchikh_vyplatakh.pdf", "ссылка"),
    ),
    comments=dict(orgs_monitoring_order="нет приказа — исправить", internal_monitoring_notes="исправить",
                  satisfaction_mentors="нет подтверждения"),
    features="sheet «Форма» renamed «Гимназия 3»; links are plain hyperlinks with display text «приказ» / «ссылка»",
))

# 3 — СОШ № 7: own rows at the bottom («Дополнительно:»), =HYPERLINK with order numbers as text
g3 = "https://sh7-verhneborsk-r18.gosweb.gosuslugi.ru/netcat_files/generic/nastavnichestvo/"
SCHOOLS.append(dict(
    file="Копия ЦМН_2024_СОШ_7.xlsx",
    org="МБОУ «СОШ № 7 с углублённым изучением отдельных предметов»",
    resp="Гарипова Л.Р., 8 (34159) 3-40-22",
    sheet="Форма",
    data=dict(
        orgs_regulation_teachers=True, orgs_regulation_students=True, orgs_monitoring_order=True,
        internal_monitoring_notes="Да", **{"#roadmap": "Частично"},
        curators_total=2, mentors_total=35, mentees_total=94,
        agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=1,
        partner_list="МАОУ «Гимназия № 3»; МБУ ДО «Станция юных техников»; КДН и ЗП Администрации г. Верхнеборска",
        pp_total=25, pp_pupil_pupil=10, pp_teacher_teacher=5, pp_head_teacher=1, pp_teacher_pupil=7, pp_other=2,
        external_edu_mentors=2, enterprise_mentors=0, other_org_mentors=1,
        students_10_19=480, mentees_10_19=84, mentees_risk=14, mentees_gifted=10, mentees_disabled=11,
        mentees_low_motivation=22, mentees_career=20, mentees_other_params=7,
        students_15_19=96, mentors_15_19=12,
        satisfaction_mentees=0.87, satisfaction_mentors=0.91,
        young_specialists=5, young_specialists_mentees=5, young_specialists_mentors=0,
        teachers_other=45, teachers_other_mentees=5, teachers_mentors=20,
        teachers_in_pp=12, kpk_trained=3, school_methodical_associations=1, pay_acts=0, nonmaterial_acts=1,
    ),
    links=dict(
        orgs_regulation_teachers=("f", g3 + "prikaz_98-od_ot_30.08.2024.pdf", "Приказ № 98-од"),
        orgs_regulation_students=("f", g3 + "prikaz_98-od_ot_30.08.2024.pdf", "Приказ № 98-од"),
        orgs_monitoring_order=("f", g3 + "prikaz_141-od_monitoring.pdf", "Приказ № 141-од"),
        internal_monitoring_notes=("f", g3 + "spravka_monitoring_dek2024.pdf", "Справка"),
        mentors_total=("f", g3 + "prikaz_112-od_pary.pdf", "Приказ № 112-од"),
        mentees_total=("f", g3 + "prikaz_112-od_pary.pdf", "Приказ № 112-од"),
        agreements_edu_orgs=("f", "https://drive.google.com/file/d/1sQ7vbSogl2024aGm3SUT/view", "Соглашения"),
        pp_total=("f", "https://drive.google.com/drive/folders/1pp7VB2024personal", "Папка ПП"),
        external_edu_mentors=("f", g3 + "prikaz_112-od_pary.pdf", "Приказ № 112-од"),
        mentees_risk=("f", g3 + "prikaz_112-od_pary.pdf", "Приказ № 112-од"),
        satisfaction_mentees=("f", g3 + "monitoring_udovletvorennost_2024.pdf", "Документ"),
        satisfaction_mentors=("f", g3 + "monitoring_udovletvorennost_2024.pdf", "Документ"),
        nonmaterial_acts=("f", g3 + "polozhenie_o_moralnom_pooshchrenii.pdf", "Документ"),
    ),
    comments=dict(orgs_monitoring_order="ок", pp_total="ссылка не открывается (нет доступа)",
                  mentees_risk="исправить ссылку"),
    extra=[  # rows the school added at the bottom
        ("Курсы КПК по наставничеству (названия)",
         "«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч); "
         "«Школа наставника» (ЦНППМ, 24 ч)", "kpk_courses"),
        ("Количество наставнических пар / групп", 31, None),
        ("Проведено мероприятий с участием наставников", 12, None),
        ("Участники городского конкурса «Наставник года – 2024»", 2, None),
    ],
    features="the school added its own rows at the bottom under «Дополнительно:» (one of them the list of КПК courses)",
))

# 4 — Лицей № 12: 2024 filled, last year's column «2023 (из прошлой формы)» left beside it
g4 = "https://licey12vb.edu.ru/files/cmn/2024/"
SCHOOLS.append(dict(
    file="ЦМН 2024 - Лицей 12.xlsx",
    org="МБОУ «Лицей № 12»",
    resp="Сафина Э.Ф., руководитель ШМО наставников",
    sheet="Форма",
    prev_col=True,
    data=dict(
        orgs_regulation_teachers=True, orgs_regulation_students=True, orgs_monitoring_order=True,
        internal_monitoring_notes="Да", **{"#roadmap": "Да"},
        curators_total=1, mentors_total=33, mentees_total=60,
        agreements_edu_orgs=1, agreements_enterprises=2, agreements_other_orgs=0,
        partner_list="Филиал ФГБОУ ВО «УдГУ» в г. Верхнеборске; ООО «ВерхнеборскХимПром»; АО «Энергосбыт Верхнеборск»",
        pp_total=22, pp_pupil_pupil=6, pp_teacher_teacher=7, pp_head_teacher=2, pp_teacher_pupil=5, pp_other=2,
        external_edu_mentors=1, enterprise_mentors=3, other_org_mentors=0,
        students_10_19=400, mentees_10_19=52, mentees_risk=3, mentees_gifted=25, mentees_disabled=2,
        mentees_low_motivation=6, mentees_career=14, mentees_other_params=2,
        students_15_19=180, mentors_15_19=9,
        satisfaction_mentees=96, satisfaction_mentors=93,      # typed as plain numbers under «%»
        young_specialists=4, young_specialists_mentees=4, young_specialists_mentors=0,
        teachers_other=36, teachers_other_mentees=4, teachers_mentors=20,
        teachers_in_pp=18, kpk_trained=5, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    ),
    prev=dict(  # last year's answers, left in the column beside (decoys)
        orgs_regulation_teachers=True, orgs_regulation_students=False, orgs_monitoring_order=True,
        internal_monitoring_notes="Нет", **{"#roadmap": "Да"},
        curators_total=1, mentors_total=28, mentees_total=55,
        agreements_edu_orgs=1, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list="Филиал ФГБОУ ВО «УдГУ» в г. Верхнеборске; ООО «ВерхнеборскХимПром»",
        pp_total=18, pp_pupil_pupil=5, pp_teacher_teacher=6, pp_head_teacher=2, pp_teacher_pupil=4, pp_other=1,
        external_edu_mentors=1, enterprise_mentors=2, other_org_mentors=0,
        students_10_19=390, mentees_10_19=44, mentees_risk=2, mentees_gifted=22, mentees_disabled=2,
        mentees_low_motivation=5, mentees_career=11, mentees_other_params=2,
        share_mentees_10_19=0.1128, students_15_19=170, mentors_15_19=7, share_mentors_15_19=0.0412,
        satisfaction_mentees=91, satisfaction_mentors=90,
        young_specialists=3, young_specialists_mentees=3, young_specialists_mentors=0,
        teachers_other=37, teachers_other_mentees=6, teachers_mentors=18,
        share_young_specialists_mentees=1, share_teachers_mentees=0.225,
        teachers_in_pp=15, kpk_trained=2, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=0,
    ),
    links=dict(
        orgs_regulation_teachers=("f", g4 + "prikaz_polozheniya.pdf", "Документ"),
        orgs_regulation_students=("f", g4 + "prikaz_polozheniya.pdf", "Документ"),
        orgs_monitoring_order=("f", g4 + "prikaz_monitoring.pdf", "Документ"),
        internal_monitoring_notes=("f", g4 + "spravka_itogi_monitoringa.pdf", "Документ"),
        mentors_total=("f", g4 + "prikaz_baza_nastavnikov.pdf", "Документ"),
        mentees_total=("f", g4 + "prikaz_baza_nastavlyaemyh.pdf", "Документ"),
        agreements_enterprises=("f", "https://drive.google.com/file/d/1L12vbHimProm_Energosbyt/view", "Документ"),
        agreements_edu_orgs=("f", "https://drive.google.com/file/d/1L12vbUdGU_dogovor/view", "Документ"),
        pp_total=("f", g4 + "PP_2024.zip", "Документ"),
        enterprise_mentors=("f", g4 + "prikaz_baza_nastavnikov.pdf", "Документ"),
        mentors_15_19=("f", g4 + "prikaz_baza_nastavnikov.pdf", "Документ"),
        kpk_trained=("f", "https://drive.google.com/drive/folders/1L12vbKPK2024", "Документ"),
        school_methodical_associations=("f", g4 + "prikaz_ShMO_nastavnikov.pdf", "Документ"),
    ),
    comments=dict(orgs_regulation_students="в 2023 не было — ок", mentors_total="исправить",
                  kpk_trained="ссылка не открывается"),
    features="2024 filled in the template's column, last year's column «2023 (из прошлой формы)» left beside it (to its left)",
))

# 5 — ООШ № 9: retyped wordings, «Частично», a text «Да» over a checkbox, pasted URLs, gaps
g5 = "https://oosh9-verhneborsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/"
SCHOOLS.append(dict(
    file="Форма ЦМН 2024 (ООШ 9).xlsx",
    org="МБОУ «Основная общеобразовательная школа № 9»",
    resp="Зорина Т.В.",
    sheet="Форма",
    data=dict(
        orgs_regulation_teachers=True, orgs_regulation_students="Да", orgs_monitoring_order=False,
        internal_monitoring_notes="Частично", **{"#roadmap": "Да"},
        curators_total=1, mentors_total=11, mentees_total=29,
        agreements_edu_orgs=0, agreements_enterprises=0, agreements_other_orgs=0,
        partner_list=None,
        pp_total=9, pp_pupil_pupil=4, pp_teacher_teacher=2, pp_head_teacher=1, pp_teacher_pupil=2, pp_other=None,
        external_edu_mentors=None, enterprise_mentors=None, other_org_mentors=None,
        students_10_19=150, mentees_10_19=24, mentees_risk=6, mentees_gifted=2, mentees_disabled=5,
        mentees_low_motivation=8, mentees_career=3, mentees_other_params=0,
        students_15_19=20, mentors_15_19=3,
        satisfaction_mentees=0.90, satisfaction_mentors=None,
        young_specialists=2, young_specialists_mentees=2, young_specialists_mentors=0,
        teachers_other=18, teachers_other_mentees=3, teachers_mentors=8,
        teachers_in_pp=6, kpk_trained=2, school_methodical_associations=None, pay_acts=0, nonmaterial_acts=0,
    ),
    wording=dict(
        orgs_regulation_teachers="Приказ об утверждении положения о наставничестве педагогов",
        orgs_regulation_students="Приказ об утверждении положения о наставничестве учащихся",
        orgs_monitoring_order="Приказ о проведении мониторинга ЦМН в школе",
        internal_monitoring_notes="Информационная справка по итогам внутреннего мониторинга",
        curators_total="Кол-во кураторов ЦМН",
        mentors_total="Кол-во наставников по приказу",
        mentees_total="Кол-во наставляемых по приказу",
        pp_total="Персонализированные программы всего",
        students_10_19="Всего учащихся от 10 до 19 лет",
        mentees_10_19="Из них вошли в программы наставничества как наставляемые",
        students_15_19="Всего учащихся 15-19 лет",
        mentors_15_19="Из них наставники (приказ)",
        young_specialists="Молодые специалисты (до 35 лет, первые 3 года работы) всего",
        young_specialists_mentees="Из них наставляемые",
        young_specialists_mentors="Из них наставники",
        teachers_other="Остальные педагоги всего",
        teachers_other_mentees="Из них наставляемые ",
        teachers_mentors="Педагоги-наставники (все)",
        kpk_trained="Прошли курсы по наставничеству в 2024 году",
    ),
    links=dict(
        orgs_regulation_teachers=("t", g5 + "prikaz_polozhenie_nastavnichestvo.pdf"),
        orgs_regulation_students=("t", g5 + "prikaz_polozhenie_nastavnichestvo.pdf"),
        internal_monitoring_notes=("t", "https://cloud.mail.ru/public/oosh9/spravka_CMN_2024"),
        mentors_total=("h", g5 + "prikaz_27_nastavniki.pdf", "приказ"),
        mentees_total=("h", g5 + "prikaz_27_nastavniki.pdf", "приказ"),
        pp_total=("t", "https://cloud.mail.ru/public/oosh9/PP_2024"),
        mentees_10_19=("h", g5 + "prikaz_27_nastavniki.pdf", "приказ"),
        satisfaction_mentees=("t", "https://cloud.mail.ru/public/oosh9/anketa_2024"),
    ),
    comments=dict(internal_monitoring_notes="«частично» — это как? исправить", orgs_monitoring_order="нет приказа",
                  satisfaction_mentors="не заполнено", external_edu_mentors="не заполнено",
                  teachers_mentors="в 2023 было 6"),
    features="small school: retyped wordings (pasted from its own document), «Частично» in a dropdown, "
             "«Да» typed over a checkbox, URLs pasted as text, several rows left empty",
))

# 6 — ЦДТ «Радуга»: an institution of additional education; «—» where not applicable; a 5-point score
g6 = "https://cdt-raduga-vb.edu.ru/docs/nastavnichestvo/"
SCHOOLS.append(dict(
    file="ЦМН_2024_ЦДТ_Радуга.xlsx",
    org="МБУ ДО «Центр детского творчества «Радуга»",
    resp="Мельникова А.А., педагог-организатор",
    sheet="Форма",
    data=dict(
        orgs_regulation_teachers=True, orgs_regulation_students=True, orgs_monitoring_order=True,
        internal_monitoring_notes="Да", **{"#roadmap": "Нет"},
        curators_total=1, mentors_total=18, mentees_total=36,
        agreements_edu_orgs=3, agreements_enterprises=0, agreements_other_orgs=0,
        partner_list="МБОУ «СОШ № 7»; МБОУ «ООШ № 9»; МАОУ «Гимназия № 3»",
        pp_total=12, pp_pupil_pupil=5, pp_teacher_teacher=3, pp_head_teacher=1, pp_teacher_pupil=3, pp_other="—",
        external_edu_mentors=3, enterprise_mentors=0, other_org_mentors=0,
        students_10_19=310, mentees_10_19=31, mentees_risk=4, mentees_gifted=15, mentees_disabled=6,
        mentees_low_motivation="—", mentees_career=6, mentees_other_params="—",
        students_15_19=50, mentors_15_19=5,
        satisfaction_mentees="4,6 из 5", satisfaction_mentors=0.94,
        young_specialists=3, young_specialists_mentees=3, young_specialists_mentors=0,
        teachers_other=22, teachers_other_mentees=2, teachers_mentors=10,
        teachers_in_pp=8, kpk_trained=2, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    ),
    wording=dict(students_10_19="Обучающиеся 10–19 лет (в объединениях ЦДТ) – всего",
                 teachers_other="Педагоги доп. образования (без молодых специалистов) – всего"),
    links=dict(
        orgs_regulation_teachers=("f", g6 + "prikaz_18_polozhenie.pdf", "Документ"),
        orgs_regulation_students=("f", g6 + "prikaz_18_polozhenie.pdf", "Документ"),
        orgs_monitoring_order=("f", g6 + "prikaz_52_monitoring.pdf", "Документ"),
        internal_monitoring_notes=("f", g6 + "spravka_monitoring_2024.pdf", "Документ"),
        mentors_total=("f", g6 + "prikaz_40_nastavniki.pdf", "Документ"),
        mentees_total=("f", g6 + "prikaz_40_nastavniki.pdf", "Документ"),
        agreements_edu_orgs=("f", g6 + "dogovory_setevoe_vzaimodeystvie.pdf", "Документ"),
        external_edu_mentors=("f", g6 + "prikaz_40_nastavniki.pdf", "Документ"),
        satisfaction_mentors=("f", "https://disk.yandex.ru/i/raduga_anketa_nastavnikov", "Документ"),
        pay_acts=("f", g6 + "polozhenie_oplata_truda.pdf", "Документ"),
    ),
    comments=dict(satisfaction_mentees="перевести в %", mentees_low_motivation="поставить 0, если нет",
                  mentors_total="ссылка не открывается"),
    features="institution of additional education: «—» where not applicable, satisfaction of mentees as «4,6 из 5»",
))

# --------------------------------------------------------------------------------------------
thin = Side(style="thin", color="B7B7B7")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="CFE2F3")
SEC_FILL = PatternFill("solid", fgColor="EFEFEF")
COMMENT_FILL = PatternFill("solid", fgColor="FFF2CC")
RED = PatternFill("solid", fgColor="F4CCCC", bgColor="F4CCCC")
GREEN = PatternFill("solid", fgColor="D9EAD3", bgColor="D9EAD3")
BASE = Font(name="Arial", size=10)
BOLD = Font(name="Arial", size=10, bold=True)
LINK = Font(name="Arial", size=10, color="1155CC", underline="single")


def instruction_sheet(ws):
    ws.title = "Инструкция"
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 14
    r = 1
    for line in INSTRUCTION:
        c = ws.cell(r, 1, line if line else None)
        c.font = BOLD if r == 1 or line.startswith("Пример") else BASE
        c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for title, val, disp in EXAMPLE:
        ws.cell(r, 1, title).font = Font(name="Arial", size=10, italic=True, color="666666")
        ws.cell(r, 2, val).font = Font(name="Arial", size=10, italic=True, color="666666")
        ws.cell(r, 3, disp).font = Font(name="Arial", size=10, italic=True, color="666666")
        r += 1


def form_sheet(wb, s, cached, cells, expected):
    ws = wb.create_sheet(s["sheet"])
    prev = s.get("prev_col", False)
    # columns
    cA, cB, cC = 1, 2, 3
    if prev:
        cP, cV, cL, cS, cK = 4, 5, 6, 7, 8
    else:
        cP, cV, cL, cS, cK = None, 4, 5, 6, 7
    V = get_column_letter(cV)
    S = get_column_letter(cS)
    last = cK
    widths = {cA: 6, cB: 58, cC: 9, cV: 16, cL: 20, cS: 15, cK: 32}
    if prev:
        widths[cP] = 16
    for k, w in widths.items():
        ws.column_dimensions[get_column_letter(k)].width = w

    ws.cell(1, 1, f"Мониторинг реализации целевой модели наставничества в ОО {CITY} за {YEAR} год").font = \
        Font(name="Arial", size=12, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.cell(2, 1, "Образовательная организация:").font = BOLD
    ws.cell(2, 3, s["org"]).font = BASE
    ws.merge_cells(start_row=2, start_column=3, end_row=2, end_column=last)
    ws.cell(3, 1, "Ответственный (ФИО, телефон):").font = BOLD
    ws.cell(3, 3, s["resp"]).font = BASE
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=last)
    ws.merge_cells("A2:B2")
    ws.merge_cells("A3:B3")

    heads = {cA: "№", cB: "Показатель", cC: "Ед. изм.", cV: "Значение", cL: "Ссылка на документ",
             cS: "Статус", cK: "Комментарий проверяющего"}
    if prev:
        heads[cP] = "2023 (из прошлой формы)"
        heads[cV] = "2024"
    for k, t in heads.items():
        c = ws.cell(5, k, t)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[5].height = 30
    ws.freeze_panes = "A6"

    dv_yes = DataValidation(type="list", formula1='"Да,Нет,Частично"', allow_blank=True)
    dv_chk = DataValidation(type="list", formula1='"TRUE,FALSE"', allow_blank=True)
    ws.add_data_validation(dv_yes)
    ws.add_data_validation(dv_chk)

    fname = "typed/" + s["file"]
    exp_values, exp_links = {}, {}
    rowof = {}
    data = s["data"]
    r = 6
    for item in TEMPLATE:
        if item[0] == H:
            c = ws.cell(r, 1, item[1])
            c.font = BOLD
            for k in range(1, last + 1):
                ws.cell(r, k).fill = SEC_FILL
                ws.cell(r, k).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
            r += 1
            continue
        num, title, unit, cid, kind = item
        title = s.get("wording", {}).get(cid, title)
        rowof[cid] = r
        ws.cell(r, cA, num)
        ws.cell(r, cB, title)
        ws.cell(r, cC, unit)
        vcell = ws.cell(r, cV)
        coord = vcell.coordinate
        val = data.get(cid)
        if isinstance(kind, tuple):  # share formula
            num_ids, den_ids = kind[1], kind[2]
            nf = "+".join(f"{V}{rowof[i]}" for i in num_ids)
            df = "+".join(f"{V}{rowof[i]}" for i in den_ids)
            if len(num_ids) > 1:
                nf, df = f"({nf})", f"({df})"
            vcell.value = f'=IFERROR({nf}/{df},"")'
            vcell.number_format = "0.0%"
            nums = [data.get(i) for i in num_ids]
            dens = [data.get(i) for i in den_ids]
            if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in nums + dens) and sum(dens):
                ratio = sum(nums) / sum(dens)
                cached[(s["sheet"], coord)] = ratio
                exp_values[cid] = round(ratio * 100, 6)
                cells.append(dict(file=fname, sheet=s["sheet"], cell=coord, kind="value", criterion=cid,
                                  expected=exp_values[cid], how="cached value of a share formula × 100"))
            else:
                cached[(s["sheet"], coord)] = ""
        else:
            if kind == "check":
                dv_chk.add(coord)
            if kind == "dd":
                dv_yes.add(coord)
            vcell.value = val
            if kind == "pct" and isinstance(val, float):
                vcell.number_format = "0%"
            e = None
            if isinstance(val, bool):
                e = 1 if val else 0
            elif val == "Да":
                e = 1
            elif val == "Нет":
                e = 0
            elif isinstance(val, (int, float)):
                e = round(val * 100, 6) if (kind == "pct" and isinstance(val, float)) else val
            elif kind == "text" and isinstance(val, str) and val != "—":
                e = val
            # «Частично», «—», «4,6 из 5», None -> no value
            if e is not None and not cid.startswith("#"):
                exp_values[cid] = e
                cells.append(dict(file=fname, sheet=s["sheet"], cell=coord, kind="value", criterion=cid,
                                  expected=e))
        # previous year's column (decoy)
        if prev:
            pv = s["prev"].get(cid)
            pc = ws.cell(r, cP, pv)
            if isinstance(kind, tuple) and pv is not None:
                pc.number_format = "0.0%"
            pc.font = Font(name="Arial", size=10, color="808080")
            pc.border = BORDER
        # link
        lk = s["links"].get(cid)
        lcell = ws.cell(r, cL)
        if lk:
            if lk[0] == "f":
                lcell.value = f'=HYPERLINK("{lk[1]}","{lk[2]}")'
                cached[(s["sheet"], lcell.coordinate)] = lk[2]
                lcell.font = LINK
            elif lk[0] == "h":
                lcell.value = lk[2]
                lcell.hyperlink = lk[1]
                lcell.font = LINK
            else:
                lcell.value = lk[1]
            exp_links[cid] = lk[1]
            cells.append(dict(file=fname, sheet=s["sheet"], cell=lcell.coordinate, kind="link", criterion=cid,
                              expected=lk[1]))
        # status formula (cached)
        sc = ws.cell(r, cS, f'=IF({coord}="","Не заполнено","Заполнено")')
        filled = not isinstance(kind, tuple) and val is not None or (isinstance(kind, tuple) and cid in exp_values)
        cached[(s["sheet"], sc.coordinate)] = "Заполнено" if filled else "Не заполнено"
        # office comment
        cm = s.get("comments", {}).get(cid)
        kc = ws.cell(r, cK, cm)
        if cm:
            kc.fill = COMMENT_FILL
        for k in range(1, last + 1):
            c = ws.cell(r, k)
            c.border = BORDER
            if c.font != LINK:
                c.font = BASE
            c.alignment = Alignment(wrap_text=(k in (cB, cK) or (k == cV and kind == "text")),
                                    vertical="center")
        r += 1

    last_form_row = r - 1
    # conditional colours (Google «Условное форматирование»)
    ws.conditional_formatting.add(f"{S}6:{S}{last_form_row}",
                                  CellIsRule(operator="equal", formula=['"Не заполнено"'], fill=RED))
    ws.conditional_formatting.add(f"{S}6:{S}{last_form_row}",
                                  CellIsRule(operator="equal", formula=['"Заполнено"'], fill=GREEN))
    ws.conditional_formatting.add(f"{V}6:{V}{last_form_row}",
                                  FormulaRule(formula=[f"{V}6=FALSE"], fill=RED))

    # the school's own rows
    not_criteria = ["Статус", "Комментарий проверяющего", "Дорожная карта внедрения ЦМН на 2024 г.",
                    "Пример заполнения"]
    headings = list(HEADINGS)
    if prev:
        not_criteria.append("2023 (из прошлой формы)")
    if s.get("extra"):
        r += 1
        ws.cell(r, 1, "Дополнительно:").font = BOLD
        headings.append("Дополнительно:")
        r += 1
        for title, val, cid in s["extra"]:
            ws.cell(r, cB, title).font = BASE
            c = ws.cell(r, cV, val)
            c.font = BASE
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, cB).alignment = Alignment(wrap_text=True, vertical="top")
            if cid:
                exp_values[cid] = val
                cells.append(dict(file=fname, sheet=s["sheet"], cell=c.coordinate, kind="value", criterion=cid,
                                  expected=val))
            else:
                not_criteria.append(title)
            r += 1
    expected.append(dict(file=fname, year=YEAR, organisation=s["org"], values=exp_values, links=exp_links,
                         not_criteria=not_criteria, headings=headings))
    return ws


def add_cached_values(path, sheet_titles, cached):
    """Write <v> cached results into formula cells (openpyxl writes an empty <v/>)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m:
                title = sheet_titles[int(m.group(1)) - 1]
                xml = data.decode("utf-8")

                def repl(mo):
                    ref, style, formula = mo.group(1), mo.group(2) or "", mo.group(3)
                    key = (title, ref)
                    if key not in cached:
                        raise SystemExit(f"no cached value for {path} {key}")
                    v = cached[key]
                    if isinstance(v, str):
                        return f'<c r="{ref}"{style} t="str"><f>{formula}</f><v>{escape(v)}</v></c>'
                    return f'<c r="{ref}"{style}><f>{formula}</f><v>{repr(float(v))}</v></c>'

                xml, n = re.subn(r'<c r="([A-Z]+\d+)"( s="\d+")?><f>(.*?)</f><v ?/></c>', repl, xml)
                data = xml.encode("utf-8")
            if item.filename == "docProps/core.xml":  # fixed timestamps: byte-identical reruns
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-22T09:14:00Z", data)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 22, 9, 14, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    os.replace(tmp, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    expected, cells = [], []
    for s in SCHOOLS:
        wb = Workbook()
        instruction_sheet(wb.active)
        cached = {}
        form_sheet(wb, s, cached, cells, expected)
        wb.active = 1
        path = os.path.join(OUT, s["file"])
        wb.save(path)
        add_cached_values(path, wb.sheetnames, cached)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(cells, fh, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    for e in expected:
        print(f'{e["file"]}: {len(e["values"])} values, {len(e["links"])} links')
    print(f"files {len(expected)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
