#!/usr/bin/env python3
"""Held-out set 19: 2024 ЦМН monitoring collected through online survey services.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic (no randomness).

Municipality (invented): Светлогорский район.  The municipality did not use the regional AIS in 2024;
the methodologist collected the organisations' answers with Яндекс Формы and Google Формы and
downloaded the responses as XLSX.
"""
import csv
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import tempfile

import openpyxl
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
CRITERIA = "/work/main/Templates/criteria.tsv"

# ---------------------------------------------------------------- catalogue (ids + wordings for the assertion)
with open(CRITERIA, encoding="utf-8") as f:
    _rows = list(csv.DictReader(f, delimiter="\t"))
CAT_IDS = {r["id"] for r in _rows}
CAT_KIND = {r["id"]: r["unit"] for r in _rows}
WORDINGS = set()
for r in _rows:
    for k in ("wording_2023", "wording_2024", "form_wording"):
        w = (r.get(k) or "").strip()
        if w:
            WORDINGS.add(w.lower())


def check_title(h):
    variants = {h.strip()}
    variants.add(re.sub(r"^\s*\d+[.)]\s*", "", h).strip())          # without own numbering
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", h)                        # Google grid "Q [row]"
    if m:
        variants.update({m.group(1).strip(), m.group(2).strip()})
    for v in variants:
        assert v.lower() not in WORDINGS, "title equals a catalogue wording: %r" % h


# ---------------------------------------------------------------- interpretation of a typed answer
NOT_EXACT = re.compile(r"около|примерно|приблизительно|более|больше|меньше|не менее|~|≈|\d\s*[–—-]\s*\d",
                       re.I)


def interpret(value, number_format, kind):
    """What a careful methodologist takes from one answer cell (None = not taken)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind == "yesno":
        s = str(value).strip().lower()
        if s.startswith("да"):
            return 1
        if s.startswith("нет"):
            return 0
        raise ValueError(value)
    if kind in ("list", "text"):
        return value
    # count / share / level
    if isinstance(value, (int, float)):
        v = value * 100 if "%" in (number_format or "") else value
        v = round(v, 6)
        return int(v) if float(v).is_integer() else v
    s = value.strip()
    if NOT_EXACT.search(s):
        return None
    if s.lower() in ("нет", "не было", "отсутствуют"):
        return 0
    m = re.match(r"^(\d+(?:[.,]\d+)?)", s)
    if not m:
        raise ValueError(value)
    v = float(m.group(1).replace(",", "."))
    return int(v) if v.is_integer() else v


URL_RE = re.compile(r"https?://[^\s,;()«»\"]+")


def url_of(value):
    if not isinstance(value, str):
        return None
    m = URL_RE.search(value)
    return m.group(0).rstrip(".") if m else None


# ================================================================ FILE 1: Яндекс Формы
# columns: (header, role, criterion ids, kind)
#   role: meta | org | value | link | decoy
Y_FILE = "typed/yandex_forms_monitoring_CMN_2024.xlsx"
Y_COLS = [
    ("ID", "meta", None, None),
    ("Время создания", "meta", None, None),
    ("Время изменения", "meta", None, None),
    ("Полное наименование образовательной организации (как в Уставе)", "org", None, None),
    ("ФИО куратора по внедрению целевой модели наставничества, должность", "decoy", None, None),
    ("Контактный телефон куратора", "decoy", None, None),
    ("1. Утверждено ли в ОО Положение о системе наставничества педагогических работников?", "value",
     "orgs_regulation_teachers", "yesno"),
    ("Ссылка на документ, подтверждающий утверждение Положения о наставничестве педагогов", "link",
     ["orgs_regulation_teachers"], None),
    ("2. Утверждено ли Положение о наставничестве обучающихся?", "value", "orgs_regulation_students", "yesno"),
    ("Ссылка на документ, подтверждающий утверждение Положения о наставничестве обучающихся", "link",
     ["orgs_regulation_students"], None),
    ("3. Издан ли приказ о проведении мониторинга ЦМН в 2024 году?", "value", "orgs_monitoring_order", "yesno"),
    ("Ссылка на документ, подтверждающий издание приказа о мониторинге", "link", ["orgs_monitoring_order"], None),
    ("4. Есть ли информационная справка ОО по итогам внутреннего мониторинга наставничества?", "value",
     "internal_monitoring_notes", "yesno"),
    ("Ссылка на документ, подтверждающий наличие справки (размещена на сайте ОО)", "link",
     ["internal_monitoring_notes"], None),
    ("5. Сколько человек назначено кураторами ЦМН в вашей ОО?", "value", "curators_total", "count"),
    ("6. Количество наставников по приказу о закреплении наставнических пар (групп)", "value", "mentors_total",
     "count"),
    ("Ссылка на документ, подтверждающий количество наставников (приказ о закреплении)", "link",
     ["mentors_total"], None),
    ("7. Количество наставляемых по приказу", "value", "mentees_total", "count"),
    ("Количество наставнических пар (групп) по приказу", "decoy", None, None),
    ("8. Из числа наставников: педагоги вашей ОО, чел.", "value", "teachers_mentors", "count"),
    ("9. Из числа наставников: молодые специалисты, чел.", "value", "young_specialists_mentors", "count"),
    ("10. Из числа наставников: обучающиеся 15–19 лет, чел.", "value", "mentors_15_19", "count"),
    ("11. Из числа наставников: сотрудники других образовательных организаций", "value", "external_edu_mentors",
     "count"),
    ("12. Из числа наставников: сотрудники предприятий", "value", "enterprise_mentors", "count"),
    ("13. Из числа наставников: представители иных организаций", "value", "other_org_mentors", "count"),
    ("14. Сколько заключено соглашений о сотрудничестве по наставничеству с другими ОО?", "value",
     "agreements_edu_orgs", "count"),
    ("15. Сколько заключено соглашений с предприятиями (сотрудники-наставники)?", "value",
     "agreements_enterprises", "count"),
    ("16. Сколько заключено соглашений с иными организациями?", "value", "agreements_other_orgs", "count"),
    ("17. Перечислите организации-партнёры по наставничеству", "value", "partner_list", "list"),
    ("18. Всего персонализированных программ наставничества (ППН) в 2024 году", "value", "pp_total", "count"),
    ("19. ППН «ученик – ученик»", "value", "pp_pupil_pupil", "count"),
    ("20. ППН «учитель – учитель» («педагог – педагог»)", "value", "pp_teacher_teacher", "count"),
    ("21. ППН «руководитель – педагог»", "value", "pp_head_teacher", "count"),
    ("22. ППН «учитель – ученик»", "value", "pp_teacher_pupil", "count"),
    ("23. ППН по иным формам", "value", "pp_other", "count"),
    ("Укажите, какие это иные формы", "decoy", None, None),
    ("Ссылка на документ, подтверждающий реализацию ППН (одна из типовых программ)", "link", ["pp_total"], None),
    ("24. Число обучающихся в возрасте 10–19 лет (на 01.10.2024)", "value", "students_10_19", "count"),
    ("Общее число обучающихся в ОО (все возрасты)", "decoy", None, None),
    ("25. Из них вовлечены в программы наставничества как наставляемые", "value", "mentees_10_19", "count"),
    ("26. в т.ч. «группа риска»", "value", "mentees_risk", "count"),
    ("27. в т.ч. дети с ОВЗ и дети-инвалиды", "value", "mentees_disabled", "count"),
    ("28. в т.ч. одарённые дети (включённые в реестры)", "value", "mentees_gifted", "count"),
    ("29. в т.ч. с низкой мотивацией к учёбе / неуспевающие", "value", "mentees_low_motivation", "count"),
    ("30. в т.ч. с проблемами профессионального самоопределения", "value", "mentees_career", "count"),
    ("31. в т.ч. по иным основаниям", "value", "mentees_other_params", "count"),
    ("32. Число обучающихся в возрасте 15–19 лет", "value", "students_15_19", "count"),
    ("33. Удовлетворённость наставляемых завершёнными программами (%, по анкетам РНЦ)", "value",
     "satisfaction_mentees", "level"),
    ("34. Удовлетворённость наставников завершёнными программами (%)", "value", "satisfaction_mentors", "level"),
    ("Ссылка на документ, подтверждающий результаты анкетирования наставников и наставляемых", "link",
     ["satisfaction_mentees", "satisfaction_mentors"], None),
    ("35. Молодые специалисты (до 35 лет, стаж до 3 лет), всего в ОО", "value", "young_specialists", "count"),
    ("36. из них наставляемые", "value", "young_specialists_mentees", "count"),
    ("37. Педагогические работники ОО без учёта молодых специалистов", "value", "teachers_other", "count"),
    ("38. из них в роли наставляемых", "value", "teachers_other_mentees", "count"),
    ("39. Сколько педагогов обучились на курсах ПК по наставничеству в 2024 году?", "value", "kpk_trained",
     "count"),
    ("40. Названия курсов ПК (через запятую)", "value", "kpk_courses", "list"),
    ("Сколько педагогов прошли КПК по наставничеству в 2023 году (для сравнения)", "decoy", None, None),
    ("41. Количество школьных МО (сообществ) наставников", "value", "school_methodical_associations", "count"),
    ("42. Локальные акты об оплате (материальном стимулировании) наставников, шт.", "value", "pay_acts", "count"),
    ("43. Локальные акты о нематериальном поощрении наставников, шт.", "value", "nonmaterial_acts", "count"),
    ("Ссылка на документ, подтверждающий стимулирование наставников", "link", ["pay_acts"], None),
    ("Согласие на обработку персональных данных", "decoy", None, None),
    ("Комментарий (при необходимости)", "decoy", None, None),
]

S1 = "https://sh1-svetlogorsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/"
KD = "https://kedrovskaya-r18.gosweb.gosuslugi.ru/netcat_files/32/81/"
DDT = "https://ddt-svetlogorsk.ru/documents/"

Y_ROWS = [
    {  # ---------------- МБОУ «Светлогорская СОШ № 1»: a large school
        "ID": 1187462291, "Время создания": "2024-10-14 09:41:12", "Время изменения": "2024-10-14 09:41:12",
        "org": "МБОУ «Светлогорская СОШ № 1»",
        "ФИО куратора по внедрению целевой модели наставничества, должность":
            "Никитина Ольга Валерьевна, заместитель директора по УВР",
        "Контактный телефон куратора": "8 (34152) 4-11-72",
        "1.": "Да", "L1": S1 + "Nastavnichestvo/prikaz_polozhenie_pedagogi_2024.pdf",
        "2.": "Да", "L2": S1 + "Nastavnichestvo/prikaz_polozhenie_obuchayushchiesya_2024.pdf",
        "3.": "Да", "L3": S1 + "Nastavnichestvo/prikaz_monitoring_CMN_2024.pdf (приказ № 112-ОД от 02.09.2024)",
        "4.": "Да", "L4": S1 + "Nastavnichestvo/spravka_vnutr_monitoring_2024.pdf",
        "5.": "1",
        "6.": "29 человек", "L6": S1 + "Nastavnichestvo/prikaz_zakreplenie_par_2024_2025.pdf",
        "7.": "111",
        "Количество наставнических пар (групп) по приказу": "24",
        "8.": "14", "9.": "1", "10.": "12 человек", "11.": "2", "12.": "1", "13.": "0",
        "14.": "1", "15.": "1", "16.": "нет",
        "17.": "ГБПОУ УР «Светлогорский агропромышленный техникум»; ООО «Светлогорский хлебозавод»",
        "18.": "18", "19.": "4", "20.": "5", "21.": "2", "22.": "6", "23.": "1",
        "Укажите, какие это иные формы": "«родитель – ученик» (семейное наставничество)",
        "L23": S1 + "Nastavnichestvo/PPN_uchenik-uchenik_2024.docx",
        "24.": "612", "Общее число обучающихся в ОО (все возрасты)": "874",
        "25.": "87", "26.": "9", "27.": "6", "28.": "11", "29.": "18", "30.": "24", "31.": "19",
        "32.": "148",
        "33.": "95%", "34.": "92,6", "L34": S1 + "Nastavnichestvo/anketirovanie_itogi_2024.pdf",
        "35.": "7", "36.": "7", "37.": "48", "38.": "5",
        "39.": "3",
        "40.": "«Наставничество в образовательной организации: технологии и практики» (ИРО УР, 36 ч.)",
        "Сколько педагогов прошли КПК по наставничеству в 2023 году (для сравнения)": "2",
        "41.": "1", "42.": "1", "43.": "1",
        "L43": S1 + "Dokumenty/polozhenie_o_stimuliruyushchih_vyplatah_2024.pdf",
        "Согласие на обработку персональных данных": "Да",
        "Комментарий (при необходимости)": "",
    },
    {  # ---------------- rural school, full name as in the charter; «около 30»
        "ID": 1187479930, "Время создания": "2024-10-16 14:03:55", "Время изменения": "2024-10-17 08:12:40",
        "org": "Муниципальное бюджетное общеобразовательное учреждение «Кедровская средняя "
               "общеобразовательная школа»",
        "ФИО куратора по внедрению целевой модели наставничества, должность": "Ложкина Т.А., учитель математики",
        "Контактный телефон куратора": "+7 912 760-43-18",
        "1.": "Да", "L1": "приказ № 45-ОД от 30.08.2024, размещён на сайте школы в разделе «Наставничество»",
        "2.": "Да", "L2": KD + "Polozhenie_o_nastavnichestve_obuch.pdf",
        "3.": "Нет", "L3": "приказ будет издан в ноябре",
        "4.": "Да", "L4": KD + "Spravka_po_itogam_monitoringa_2024.pdf",
        "5.": "1",
        "6.": "11", "L6": KD + "Prikaz_o_zakreplenii_nastavnikov.pdf",
        "7.": "34",
        "Количество наставнических пар (групп) по приказу": "9",
        "8.": "6", "9.": "0", "10.": "4", "11.": "0", "12.": "1 чел.", "13.": "0",
        "14.": "0", "15.": "1", "16.": "1",
        "17.": "СПК (колхоз) «Кедровский», Кедровская сельская библиотека",
        "18.": "6", "19.": "2", "20.": "1", "21.": "0", "22.": "3", "23.": "0",
        "Укажите, какие это иные формы": "",
        "L23": "",
        "24.": "118", "Общее число обучающихся в ОО (все возрасты)": "163",
        "25.": "около 30", "26.": "3", "27.": "2", "28.": "1", "29.": "8", "30.": "10", "31.": "",
        "32.": "31",
        "33.": "100", "34.": "100 %", "L34": "",
        "35.": "2", "36.": "2", "37.": "19", "38.": "1",
        "39.": "0", "40.": "",
        "Сколько педагогов прошли КПК по наставничеству в 2023 году (для сравнения)": "1",
        "41.": "0", "42.": "0", "43.": "1", "L43": "",
        "Согласие на обработку персональных данных": "Да",
        "Комментарий (при необходимости)": "По п. 25 точное число уточняется у классных руководителей",
    },
    {  # ---------------- ДОП institution
        "ID": 1187495517, "Время создания": "2024-10-21 11:27:08", "Время изменения": "2024-10-21 11:27:08",
        "org": "МБУ ДО «Светлогорский ДДТ»",
        "ФИО куратора по внедрению целевой модели наставничества, должность":
            "Перевощикова Анна Сергеевна, методист",
        "Контактный телефон куратора": "8 (34152) 4-20-05",
        "1.": "Да", "L1": DDT + "prikaz_67_polozhenie_nastavnichestvo_pedagogov.pdf",
        "2.": "Да", "L2": DDT + "prikaz_68_polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
        "3.": "Да", "L3": DDT + "prikaz_monitoring_2024.pdf",
        "4.": "Да", "L4": DDT + "spravka_monitoring_CMN_2024.pdf",
        "5.": "2",
        "6.": "16", "L6": DDT + "prikaz_zakreplenie_2024.pdf",
        "7.": "83",
        "Количество наставнических пар (групп) по приказу": "15",
        "8.": "9", "9.": "0", "10.": "5", "11.": "0", "12.": "0", "13.": "2",
        "14.": "0", "15.": "0", "16.": "1",
        "17.": "МБУК «Светлогорский районный Дом культуры»",
        "18.": "13 программ", "19.": "3", "20.": "4", "21.": "1", "22.": "5", "23.": "0",
        "Укажите, какие это иные формы": "",
        "L23": DDT + "PPN_pedagog-pedagog_2024.pdf",
        "24.": "1260", "Общее число обучающихся в ОО (все возрасты)": "1745",
        "25.": "64", "26.": "4", "27.": "5", "28.": "22", "29.": "0", "30.": "6", "31.": "27",
        "32.": "210",
        "33.": "93", "34.": "90,5", "L34": DDT + "itogi_anketirovaniya_2024.pdf",
        "35.": "4", "36.": "4", "37.": "38", "38.": "3 (три)",
        "39.": "2 педагога",
        "40.": "«Организация наставничества в системе дополнительного образования детей» (72 ч.), "
               "«Наставник в дополнительном образовании» (16 ч.)",
        "Сколько педагогов прошли КПК по наставничеству в 2023 году (для сравнения)": "4",
        "41.": "1", "42.": "1", "43.": "0", "L43": DDT + "polozhenie_oplata_truda_2024.pdf",
        "Согласие на обработку персональных данных": "Да",
        "Комментарий (при необходимости)": "",
    },
]


def y_key(col_index):
    """Key of a column in Y_ROWS dicts: number prefix 'N.' for numbered questions, 'L<N>' for a link column
    (N = the question it follows), the header for the others, 'org' for the organisation."""
    h, role, crit, kind = Y_COLS[col_index]
    if role == "org":
        return "org"
    m = re.match(r"^(\d+)\.", h)
    if m:
        return m.group(1) + "."
    if role == "link":
        for j in range(col_index - 1, -1, -1):
            m = re.match(r"^(\d+)\.", Y_COLS[j][0])
            if m:
                return "L" + m.group(1)
    return h


# ================================================================ FILE 2: Google Формы (duplicate submission)
G_FILE = "typed/Monitoring_nastavnichestva_2024_Otvety.xlsx"
G_SHEET = "Ответы на форму (1)"
G_COLS = [
    ("Отметка времени", "meta", None, None),
    ("Адрес электронной почты", "meta", None, None),
    ("Образовательная организация", "org", None, None),
    ("Положение о системе наставничества педагогических работников утверждено приказом", "value",
     "orgs_regulation_teachers", "yesno"),
    ("Положение о наставничестве обучающихся утверждено приказом", "value", "orgs_regulation_students", "yesno"),
    ("Ссылка на приказ об утверждении положения о наставничестве обучающихся", "link",
     ["orgs_regulation_students"], None),
    ("Справка по итогам внутреннего мониторинга наставничества за 2024 г.", "value",
     "internal_monitoring_notes", "yesno"),
    ("Ссылка на справку", "link", ["internal_monitoring_notes"], None),
    ("Наставников по приказу (чел.)", "value", "mentors_total", "count"),
    ("Наставляемых по приказу (чел.)", "value", "mentees_total", "count"),
    ("По каким формам наставничества в ОО разработаны персонализированные программы?", "decoy", None, None),
    ("Количество персонализированных программ наставничества (всего)", "value", "pp_total", "count"),
    ("Организации, с которыми ОО сотрудничает по вопросам наставничества", "value", "partner_list", "list"),
    ("Соглашения о сотрудничестве с предприятиями (кол-во)", "value", "agreements_enterprises", "count"),
    ("Обучающиеся 10–19 лет, чел.", "value", "students_10_19", "count"),
    ("Из них наставляемые в программах наставничества, чел.", "value", "mentees_10_19", "count"),
    ("Доля наставляемых 10–19 лет, %", "value", "share_mentees_10_19", "share"),
    ("Обучающиеся 15–19 лет, чел.", "value", "students_15_19", "count"),
    ("Из них выступают наставниками, чел.", "value", "mentors_15_19", "count"),
    ("Удовлетворённость наставляемых (по анкете), %", "value", "satisfaction_mentees", "level"),
    ("Удовлетворённость наставников (по анкете), %", "value", "satisfaction_mentors", "level"),
    ("Молодые специалисты (до 35 лет, первые 3 года работы), чел.", "value", "young_specialists", "count"),
    ("Из них включены в программы наставничества как наставляемые", "value", "young_specialists_mentees",
     "count"),
    ("Педагоги-наставники (чел.)", "value", "teachers_mentors", "count"),
    ("Курсы ПК по наставничеству, пройденные педагогами в 2024 году", "value", "kpk_courses", "list"),
    ("Сколько педагогов прошли курсы ПК по наставничеству в 2024 году", "value", "kpk_trained", "count"),
    ("Сколько в ОО положений (локальных актов) о материальном стимулировании наставников", "value", "pay_acts",
     "count"),
]
G_HEAD = [c[0] for c in G_COLS]
S2 = "https://sh2-svetlogorsk-r18.gosweb.gosuslugi.ru/netcat_files/28/54/"
GYM = "https://gymn-svetlogorsk.ru/upload/nastavnichestvo/"
OZ = "https://ozernaya-r18.gosweb.gosuslugi.ru/netcat_files/19/40/"
KURS_IRO = "«Наставничество: от теории к практике» (ИРО УР)"
KURS_IMC = "«Школа молодого педагога: сопровождение наставника» (ИМЦ Светлогорского района)"
# answers in G_COLS order (index 0 is the timestamp, as a datetime); typed as the respondent typed them,
# Google Sheets then parses numbers / percents (see g_cell below)
G_ROWS = [
    # row 2: СОШ № 2, first submission (superseded by row 5)
    [dt.datetime(2024, 10, 15, 9, 12, 47), "sosh2.svetlogorsk@mail.ru", "МБОУ Светлогорская СОШ №2",
     "Да", "Да", S2 + "Prikaz_polozhenie_obuchayushchiesya.pdf", "Да, размещена на сайте ОО",
     S2 + "Spravka_monitoring_2024.pdf", "18", "58",
     "ученик – ученик, учитель – учитель, руководитель – педагог", "9",
     "ГБПОУ УР «Светлогорский агропромышленный техникум», ПАО «Светлогорскнефть»", "1",
     "498", "41", "8,2", "96", "8", "91%", "85%", "5", "5", "12", "", "0", "1"],
    # row 3: гимназия
    [dt.datetime(2024, 10, 16, 13, 5, 2), "gymnasium-svetl@yandex.ru", "МАОУ «Светлогорская гимназия»",
     "Да", "Да", GYM + "polozhenie_nastavnichestvo_obuch_2024.pdf", "Нет", "",
     "27", "73", "ученик – ученик, учитель – учитель, учитель – ученик", "11",
     "Удмуртский государственный университет, МБУ ДО «Светлогорский ДДТ»", "0",
     "402", "52", "12,9", "118", "15", "97", "95", "3", "3", "11", KURS_IRO, "4", "1"],
    # row 4: основная школа
    [dt.datetime(2024, 10, 18, 16, 40, 31), "ozernaya_oosh@mail.ru", "МБОУ «Озёрная ООШ»",
     "Да", "Нет", "", "Да, размещена на сайте ОО", OZ + "spravka_CMN_2024.pdf",
     "5", "9", "учитель – учитель, учитель – ученик", "3", "", "0",
     "54", "6", "11,1", "9", "0", "100%", "100%", "1", "1", "5", "", "0", "0"],
    # row 5: СОШ № 2 again: the corrected response (same e-mail)
    [dt.datetime(2024, 10, 21, 14, 40, 9), "sosh2.svetlogorsk@mail.ru", "МБОУ «Светлогорская СОШ № 2»",
     "Да", "Да", S2 + "Prikaz_polozhenie_obuchayushchiesya.pdf", "Да, размещена на сайте ОО",
     S2 + "Spravka_monitoring_2024.pdf", "21", "64",
     "ученик – ученик, учитель – учитель, руководитель – педагог", "9",
     "ГБПОУ УР «Светлогорский агропромышленный техникум», ПАО «Светлогорскнефть»", "1",
     "498", "41", "8,2", "96", "8", "91%", "89%", "5", "5", "12", KURS_IRO + ", " + KURS_IMC, "2", "1"],
]
G_CANON = [3, 1, 2]  # indices into G_ROWS: the forms a careful methodologist keeps (СОШ № 2 = later row)


def g_cell(raw):
    """Google Sheets auto-parsing of a typed answer: (value, number_format)."""
    if isinstance(raw, dt.datetime):
        return raw, "dd.mm.yyyy h:mm:ss"
    s = raw
    if s == "":
        return None, None
    m = re.fullmatch(r"(\d+(?:,\d+)?)\s*%", s)
    if m:
        return round(float(m.group(1).replace(",", ".")) / 100, 6), "0%"
    m = re.fullmatch(r"\d+(?:,\d+)?", s)
    if m:
        v = float(s.replace(",", "."))
        return (int(v) if v.is_integer() else v), "General"
    return s, "General"


# ================================================================ FILE 3: Google Формы, drop-down with codes + grids
T_FILE = "typed/Forma2_DO_i_malye_shkoly_Otvety.xlsx"
T_SHEET = "Ответы на форму (1)"
T_COLS = [
    ("Отметка времени", "meta", None, None),
    ("Адрес электронной почты", "meta", None, None),
    ("Выберите свою организацию из списка", "org", None, None),
    ("Локальные акты ОО [Положение о наставничестве педработников]", "value", "orgs_regulation_teachers", "yesno"),
    ("Локальные акты ОО [Положение о наставничестве обучающихся]", "value", "orgs_regulation_students", "yesno"),
    ("Локальные акты ОО [Приказ о мониторинге ЦМН в 2024 г.]", "value", "orgs_monitoring_order", "yesno"),
    ("Локальные акты ОО [Справка по итогам внутреннего мониторинга]", "value", "internal_monitoring_notes",
     "yesno"),
    ("Ссылка на приказ о мониторинге", "link", ["orgs_monitoring_order"], None),
    ("Персонализированные программы по формам (кол-во) [ученик – ученик]", "value", "pp_pupil_pupil", "count"),
    ("Персонализированные программы по формам (кол-во) [учитель – учитель]", "value", "pp_teacher_teacher",
     "count"),
    ("Персонализированные программы по формам (кол-во) [руководитель – педагог]", "value", "pp_head_teacher",
     "count"),
    ("Персонализированные программы по формам (кол-во) [учитель – ученик]", "value", "pp_teacher_pupil", "count"),
    ("Персонализированные программы по формам (кол-во) [иная форма]", "value", "pp_other", "count"),
    ("Всего персонализированных программ", "value", "pp_total", "count"),
    ("Наставники: педагоги ОО", "value", "teachers_mentors", "count"),
    ("Наставники: обучающиеся 15–19 лет", "value", "mentors_15_19", "count"),
    ("Наставники: сотрудники других ОО", "value", "external_edu_mentors", "count"),
    ("Наставники: сотрудники предприятий", "value", "enterprise_mentors", "count"),
    ("Наставников по приказу всего", "value", "mentors_total", "count"),
    ("Обучающихся 10–19 лет всего", "value", "students_10_19", "count"),
    ("Наставляемых 10–19 лет", "value", "mentees_10_19", "count"),
    ("Удовлетворённость наставляемых, %", "value", "satisfaction_mentees", "level"),
    ("Удовлетворённость наставников, %", "value", "satisfaction_mentors", "level"),
    ("Педагоги, прошедшие КПК по наставничеству в 2024 г.", "value", "kpk_trained", "count"),
    ("ШМО наставников (кол-во)", "value", "school_methodical_associations", "count"),
]
T_HEAD = [c[0] for c in T_COLS]
BER = "https://berezovskaya-r18.gosweb.gosuslugi.ru/netcat_files/11/23/"
# grid answers are strings (choice columns «0», «1», …, «5», «6–10», «более 10»); short answers are numbers
T_ROWS = [
    [dt.datetime(2024, 10, 17, 10, 2, 44), "berezovka-school@mail.ru", "0417 — МБОУ «Берёзовская СОШ»",
     "Да", "Да", "Да", "Да", BER + "prikaz_189_monitoring_nastavnichestva.pdf",
     "2", "2", "1", "6–10", "0", 12,
     8, 6, 1, 0, 15, 214, 38, 92, 90, 1, 1],
    [dt.datetime(2024, 10, 22, 15, 31, 18), "cdtt.svetlogorsk@yandex.ru",
     "0452 — МБУ ДО «Центр детского технического творчества»",
     "Да", "Да", "Нет", "Да", "",
     "3", "1", "0", "4", "0", 8,
     5, 4, 0, 2, 11, 540, 25, 98, 96, 0, 0],
]
T_ORG_NAMES = ["МБОУ «Берёзовская СОШ»", "МБУ ДО «Центр детского технического творчества»"]


# ================================================================ writing
def a1(r, c):
    return openpyxl.utils.get_column_letter(c) + str(r)


def write_yandex():
    path = os.path.join(HERE, Y_FILE)
    wb = xlsxwriter.Workbook(path)  # strings stay strings (Yandex exports short-text answers as text)
    wb.set_properties({"created": dt.datetime(2024, 10, 23, 8, 0, 0)})
    ws = wb.add_worksheet("Ответы")
    for c, col in enumerate(Y_COLS):
        ws.write_string(0, c, col[0])
    for r, row in enumerate(Y_ROWS, start=1):
        for c, col in enumerate(Y_COLS):
            v = row[y_key(c)]
            if isinstance(v, int):
                ws.write_number(r, c, v)
            elif v != "":
                ws.write_string(r, c, v)
    wb.close()


def write_google(path, sheet, head, rows, cellfun):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for c, h in enumerate(head, start=1):
        ws.cell(1, c, h)
    for r, row in enumerate(rows, start=2):
        for c, raw in enumerate(row, start=1):
            v, fmt = cellfun(raw)
            if v is None:
                continue
            cell = ws.cell(r, c, v)
            if fmt and fmt != "General":
                cell.number_format = fmt
    ws.freeze_panes = "A2"
    wb.properties.creator = "Google Sheets"
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 10, 23, 8, 0, 0)
    wb.save(path)


def t_cell(raw):
    if isinstance(raw, dt.datetime):
        return raw, "dd.mm.yyyy h:mm:ss"
    if raw == "":
        return None, None
    return raw, "General"


def resave_with_libreoffice(src, dst):
    """The methodologist opened the downloaded file in LibreOffice Calc and saved it again."""
    outdir = tempfile.mkdtemp(prefix="h19_lo_out_")
    profile = tempfile.mkdtemp(prefix="h19_lo_prof_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        out = os.path.join(outdir, os.path.basename(src))
        assert os.path.exists(out), "LibreOffice did not write " + out
        shutil.move(out, dst)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


# ================================================================ expected
def build_entry(file, sheet, cols, rows_cells, org_names, row_numbers):
    """rows_cells: list of lists of (value, number_format) aligned with cols.  row_numbers: sheet rows."""
    values, links, cells = [], [], []
    for row, rnum in zip(rows_cells, row_numbers):
        vals, lks, cl = {}, {}, {"values": {}, "links": {}, "excluded": []}
        for c, (h, role, crit, kind) in enumerate(cols):
            v, fmt = row[c]
            ref = a1(rnum, c + 1)
            if role == "value":
                assert crit in CAT_IDS, crit
                x = interpret(v, fmt, kind)
                if x is None:
                    if v not in (None, ""):
                        cl["excluded"].append({"criterion": crit, "cell": ref, "raw": v})
                    continue
                vals[crit] = x
                cl["values"][crit] = {"cell": ref, "kind": kind}
            elif role == "link":
                u = url_of(v)
                if u:
                    for cr in crit:
                        if cr in vals:
                            lks[cr] = u
                            cl["links"][cr] = ref
        values.append(vals)
        links.append(lks)
        cells.append(cl)
    entry = {"file": file, "sheet": sheet, "year": 2024, "organisation": org_names, "values": values,
             "links": links,
             "not_criteria": [h for (h, role, crit, kind) in cols if role == "decoy"]}
    return entry, {"file": file, "sheet": sheet, "rows": row_numbers, "cells": cells}


def consistency(v, name):
    def le(a, b):
        if a in v and b in v:
            assert v[a] <= v[b], (name, a, b)
    for part in ("mentees_risk", "mentees_disabled", "mentees_gifted", "mentees_low_motivation",
                 "mentees_career", "mentees_other_params"):
        le(part, "mentees_10_19")
    le("mentees_10_19", "students_10_19")
    le("mentors_15_19", "students_15_19")
    le("students_15_19", "students_10_19")
    le("young_specialists_mentees", "young_specialists")
    le("teachers_other_mentees", "teachers_other")
    le("young_specialists_mentors", "teachers_mentors")
    le("mentees_10_19", "mentees_total")
    pp = [k for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_head_teacher", "pp_teacher_pupil", "pp_other")
          if k in v]
    if "pp_total" in v and len(pp) == 5:
        assert sum(v[k] for k in pp) == v["pp_total"], name
    if "pp_total" in v:
        assert sum(v[k] for k in pp) <= v["pp_total"], name
    m = [k for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors", "enterprise_mentors",
                     "other_org_mentors") if k in v]
    if "mentors_total" in v and len(m) >= 4:
        assert sum(v[k] for k in m) == v["mentors_total"], name
    if "mentors_total" in v and "teachers_mentors" in v and "mentors_15_19" in v:
        assert v["teachers_mentors"] + v["mentors_15_19"] <= v["mentors_total"], name
    if "share_mentees_10_19" in v:
        assert abs(100 * v["mentees_10_19"] / v["students_10_19"] - v["share_mentees_10_19"]) < 0.05, name
    for k in ("satisfaction_mentees", "satisfaction_mentors"):
        if k in v:
            assert 0 <= v[k] <= 100, name


def main():
    os.makedirs(TYPED, exist_ok=True)
    for cols in (Y_COLS, G_COLS, T_COLS):
        for h, role, crit, kind in cols:
            check_title(h)
            if role == "value":
                assert kind == "yesno" or CAT_KIND[crit] in ("count", "share", "level", "list", "text",
                                                             "yesno"), crit
    for row in G_ROWS:
        assert len(row) == len(G_COLS)
    for row in T_ROWS:
        assert len(row) == len(T_COLS)

    # ---- file 1
    write_yandex()
    y_cells = [[(row[y_key(c)] if row[y_key(c)] != "" else None, "General") for c in range(len(Y_COLS))]
               for row in Y_ROWS]
    e1, c1 = build_entry(Y_FILE, "Ответы", Y_COLS, y_cells, [r["org"] for r in Y_ROWS], [2, 3, 4])
    del e1["sheet"]

    # ---- file 2
    write_google(os.path.join(HERE, G_FILE), G_SHEET, G_HEAD, G_ROWS, g_cell)
    g_cells = [[g_cell(x) for x in G_ROWS[i]] for i in G_CANON]
    e2, c2 = build_entry(G_FILE, G_SHEET, G_COLS, g_cells, [G_ROWS[i][2] for i in G_CANON],
                         [i + 2 for i in G_CANON])
    del e2["sheet"]

    # ---- file 3 (written, then re-saved by LibreOffice Calc)
    tmpdir = tempfile.mkdtemp(prefix="h19_raw_")
    raw = os.path.join(tmpdir, os.path.basename(T_FILE))
    write_google(raw, T_SHEET, T_HEAD, T_ROWS, t_cell)
    resave_with_libreoffice(raw, os.path.join(HERE, T_FILE))
    shutil.rmtree(tmpdir, ignore_errors=True)
    t_cells = [[t_cell(x) for x in row] for row in T_ROWS]
    e3, c3 = build_entry(T_FILE, T_SHEET, T_COLS, t_cells, T_ORG_NAMES, [2, 3])
    del e3["sheet"]

    entries = [e1, e2, e3]
    n = 0
    for e in entries:
        for name, v in zip(e["organisation"], e["values"]):
            consistency(v, name)
            n += len(v)
    orgs = sum(len(e["organisation"]) for e in entries)
    assert 4 <= orgs <= 9, orgs
    assert 100 <= n <= 250, n
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump([c1, c2, c3], f, ensure_ascii=False, indent=1)
    print("entries %d, organisations %d, values %d, links %d" %
          (len(entries), orgs, n, sum(len(l) for e in entries for l in e["links"])))


if __name__ == "__main__":
    main()
