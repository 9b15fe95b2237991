#!/usr/bin/env python3
"""Held-out set 36: answers of a Google Form / Yandex Form exported to XLSX.

Лесогорский муниципальный округ, 2024. The municipal office did not use the AIS this year; schools answered web
questionnaires about the mentoring programme, and the methodologist got the exports.

Writes typed/*.xlsx, expected.json and cells.json. Deterministic: all data are fixed below.
"""
import datetime as dt
import json
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

MISSING = object()


class A:
    """One answer: what the cell holds (raw), and what a careful methodologist takes from it (exp).

    exp=MISSING -> nothing is taken (empty answer, ambiguous answer, decoy column)."""

    def __init__(self, raw, exp=MISSING, fmt=None):
        self.raw, self.exp, self.fmt = raw, exp, fmt


def Y(raw="да"):
    return A(raw, 1)


def N(raw="нет"):
    return A(raw, 0)


def n(x):  # a number typed as a number (Google Sheets stores it as a number)
    return A(x, x)


def t(raw, x):  # a number typed with words around it
    return A(raw, x)


def pct(frac, fmt="0%"):  # "92%" typed into a Google Form: Sheets parses it to 0.92 with a percent format
    return A(frac, round(frac * 100, 6), fmt)


def txt(raw):  # a text/list criterion: taken as typed
    return A(raw, raw)


def skip(raw=None):
    return A(raw)


class L:
    """A link answer: raw cell text and {criterion: url} that a careful methodologist takes."""

    def __init__(self, raw, urls=None):
        self.raw, self.urls = raw, urls or {}


def link(raw, *crits, url=None):
    """The answer `raw` proves all `crits` with `url` (default: the whole answer is the URL)."""
    return L(raw, {c: (url or raw) for c in crits})


def nolink(raw=None):
    return L(raw, {})


# ----------------------------------------------------------------------------------------------------------------
# Organisations of Лесогорский муниципальный округ (canonical names; respondents type them their own way)
# S1 МБОУ «Лесогорская СОШ № 1»           lesogorskaya-sosh1.gosuslugi.ru
# S2 МБОУ «Лесогорская СОШ № 2 им. А.П. Шкляева»  sh2-lesogorsk.gosuslugi.ru
# S3 МБОУ «Гимназия № 3»                  gimn3-lesogorsk.edu.ru
# S4 МБОУ «Лицей № 5»                     licey5-lesogorsk.gosuslugi.ru   (submitted form 1 twice)
# S5 МБОУ «Сосновская СОШ»                sosnovka-shkola.gosuslugi.ru
# S6 МКОУ «Кулигинская ООШ»               kuliga-oosh.gosuslugi.ru + Яндекс Диск
# S7 МБОУ «Новоильинская СОШ»             novoilinsk-sosh.gosuslugi.ru   (Yandex form)
# S8 МКОУ «Верхнеталицкая ООШ»            Облако Mail.ru                 (Yandex form)
# S9 МБОУ «Пашковская СОШ»                pashkovo-sosh.gosuslugi.ru      (Yandex form)
# ----------------------------------------------------------------------------------------------------------------

S1 = "https://lesogorskaya-sosh1.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
S2 = "https://sh2-lesogorsk.gosuslugi.ru/netcat_files/userfiles/Documents/Nastavnichestvo/"
S3 = "https://gimn3-lesogorsk.edu.ru/"
S4 = "https://licey5-lesogorsk.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/"
S5 = "https://sosnovka-shkola.gosuslugi.ru/netcat_files/userfiles/dokumenty/"
S6 = "https://kuliga-oosh.gosuslugi.ru/netcat_files/userfiles/2024/"
S7 = "https://novoilinsk-sosh.gosuslugi.ru/netcat_files/userfiles/2024/nastavnichestvo/"
S9 = "https://pashkovo-sosh.gosuslugi.ru/netcat_files/userfiles/nastavnik/"

# ================================================================================================================
# Form 1 (Google): «Мониторинг наставничества 2024. Часть 1» — documents, base of mentors, partners
# ================================================================================================================
F1_COLS = [
    ("Отметка времени", "ts"),
    ("Адрес электронной почты", "email"),
    ("Полное наименование вашей образовательной организации (как в Уставе)", "org"),
    ("ФИО и должность ответственного за заполнение", "x:resp"),
    ("Есть ли в вашей ОО утверждённое положение о системе наставничества педагогических работников? (да/нет)",
     "orgs_regulation_teachers"),
    ("Укажите ссылку на приказ об утверждении положения о наставничестве педагогов (на сайте ОО)",
     "L:orgs_regulation_teachers"),
    ("Утверждено ли в ОО положение о наставничестве обучающихся? (да/нет)", "orgs_regulation_students"),
    ("Укажите ссылку на приказ/положение о наставничестве обучающихся", "L:orgs_regulation_students"),
    ("Издан ли в 2024 году приказ о проведении мониторинга реализации целевой модели наставничества в ОО? (да/нет)",
     "orgs_monitoring_order"),
    ("Укажите ссылку на приказ о мониторинге", "L:orgs_monitoring_order"),
    ("Сколько кураторов внедрения целевой модели наставничества назначено приказом по ОО?", "curators_total"),
    ("Сколько наставников в вашей ОО по приказу (всего)?", "mentors_total"),
    ("Сколько наставляемых в вашей ОО по приказу (всего)?", "mentees_total"),
    ("Укажите ссылку на приказ о закреплении наставнических пар (групп)", "L:mentors_total,mentees_total"),
    ("Сколько наставников было в ОО в 2023 году? (для сравнения)", "x:2023"),
    ("С какими организациями и предприятиями ОО сотрудничает по вопросам наставничества? "
     "(отметьте все подходящие или впишите свой вариант)", "partner_list"),
    ("Сколько заключено соглашений о сотрудничестве с другими образовательными организациями "
     "(их педагоги — наставники у вас)?", "agreements_edu_orgs"),
    ("Сколько соглашений заключено с предприятиями?", "agreements_enterprises"),
    ("Сколько соглашений заключено с иными организациями (культура, спорт, НКО и др.)?", "agreements_other_orgs"),
    ("Сколько наставников пришли к вам из других образовательных организаций (по приказу)?",
     "external_edu_mentors"),
    ("Сколько наставников — сотрудники предприятий?", "enterprise_mentors"),
    ("Сколько наставников из иных организаций? (необязательный вопрос)", "other_org_mentors"),
    ("Есть ли у вас информационная справка по итогам внутреннего мониторинга ЦМН за 2024 год? (да/нет)",
     "internal_monitoring_notes"),
    ("Укажите ссылку на справку", "L:internal_monitoring_notes"),
    ("Комментарий (по желанию)", "x:comment"),
]

TECH = "Лесогорский аграрно-технический техникум"
RADUGA = "ЦДТ «Радуга»"
DOK = "ООО «Лесогорский деревообрабатывающий комбинат»"
LIB = "Детская библиотека им. А.П. Гайдара"

F1_ROWS = [
    dict(use=True, ts=dt.datetime(2024, 11, 11, 9, 42, 17), email="kuliga.oosh@yandex.ru",
         org="МКОУ «Кулигинская основная общеобразовательная школа»",
         a={"x:resp": skip("Зыкина Т.В., зам. директора по УВР"),
            "orgs_regulation_teachers": Y("да"),
            "L:orgs_regulation_teachers": link("https://disk.yandex.ru/i/Kq7vR2mXp9sLwA", "orgs_regulation_teachers"),
            "orgs_regulation_students": N("нет"),
            "L:orgs_regulation_students": nolink("положение на стадии разработки"),
            "orgs_monitoring_order": Y("Да"),
            "L:orgs_monitoring_order": link(S6 + "prikaz_monitoring_CMN_2024.pdf", "orgs_monitoring_order"),
            "curators_total": n(1),
            "mentors_total": t("4 человека", 4),
            "mentees_total": t("9 человек", 9),
            "L:mentors_total,mentees_total": link("https://disk.yandex.ru/d/3fHt0bQwZpL2nA",
                                                  "mentors_total", "mentees_total"),
            "x:2023": skip(3),
            "partner_list": txt(TECH),
            "agreements_edu_orgs": n(1),
            "agreements_enterprises": t("нет", 0),
            "agreements_other_orgs": n(0),
            "external_edu_mentors": n(1),
            "enterprise_mentors": n(0),
            "other_org_mentors": skip(None),
            "internal_monitoring_notes": Y("да"),
            "L:internal_monitoring_notes": link("https://disk.yandex.ru/i/Wm4cTn8yRb1eQg", "internal_monitoring_notes"),
            "x:comment": skip(None)}),
    # Лицей № 5 — first response (superseded by the corrected one of 15.11.2024)
    dict(use=False, ts=dt.datetime(2024, 11, 11, 14, 5, 51), email="licey5.les@mail.ru", org="Лицей 5",
         a={"x:resp": skip("Мокрушина Е.А."),
            "orgs_regulation_teachers": skip("да"),
            "L:orgs_regulation_teachers": nolink(S4 + "polozhenie_ped.pdf"),
            "orgs_regulation_students": skip("да"),
            "L:orgs_regulation_students": nolink(None),
            "orgs_monitoring_order": skip("да"),
            "L:orgs_monitoring_order": nolink(None),
            "curators_total": skip(2),
            "mentors_total": skip(14),
            "mentees_total": skip(48),
            "L:mentors_total,mentees_total": nolink(None),
            "x:2023": skip(11),
            "partner_list": skip(f"{RADUGA}, {DOK}"),
            "agreements_edu_orgs": skip(1),
            "agreements_enterprises": skip(1),
            "agreements_other_orgs": skip(0),
            "external_edu_mentors": skip(1),
            "enterprise_mentors": skip(2),
            "other_org_mentors": skip(0),
            "internal_monitoring_notes": skip("да"),
            "L:internal_monitoring_notes": nolink(None),
            "x:comment": skip("ссылки добавим позже")}),
    dict(use=True, ts=dt.datetime(2024, 11, 12, 10, 17, 3), email="lesogorsk_sosh1@mail.ru",
         org="МБОУ «Лесогорская СОШ №1»",
         a={"x:resp": skip("Вахрушева Ольга Николаевна, заместитель директора по НМР"),
            "orgs_regulation_teachers": Y("да"),
            "L:orgs_regulation_teachers": link(S1 + "prikaz_232_polozhenie.pdf", "orgs_regulation_teachers"),
            "orgs_regulation_students": Y("да"),
            # two links in one answer: the regulation itself, then the order already given above
            "L:orgs_regulation_students": L(S1 + "polozhenie_obuch.pdf " + S1 + "prikaz_232_polozhenie.pdf",
                                            {"orgs_regulation_students": S1 + "polozhenie_obuch.pdf"}),
            "orgs_monitoring_order": Y("да"),
            "L:orgs_monitoring_order": link(S1 + "prikaz_monitoring_2024.pdf", "orgs_monitoring_order"),
            "curators_total": n(3),
            "mentors_total": t("27 (из них 5 обучающихся)", 27),
            "mentees_total": t("114 человек", 114),
            "L:mentors_total,mentees_total": link(S1 + "prikaz_pary_2024.pdf", "mentors_total", "mentees_total"),
            "x:2023": skip(20),
            "partner_list": txt(f"{TECH}, {RADUGA}, {LIB}"),
            "agreements_edu_orgs": n(2),
            "agreements_enterprises": n(0),
            "agreements_other_orgs": n(1),
            "external_edu_mentors": n(2),
            "enterprise_mentors": n(0),
            "other_org_mentors": n(1),
            "internal_monitoring_notes": Y("Да"),
            "L:internal_monitoring_notes": link(S1 + "spravka_monitoring_2024.pdf", "internal_monitoring_notes"),
            "x:comment": skip(None)}),
    dict(use=True, ts=dt.datetime(2024, 11, 13, 16, 48, 29), email="gimnazia3@lesogorsk-edu.ru",
         org="мбоу гимназия №3 г.Лесогорска",
         a={"x:resp": skip("Ившина М.С."),
            "orgs_regulation_teachers": Y("Да, есть"),
            "L:orgs_regulation_teachers": link(S3 + "sveden/document/nastavnichestvo_polozhenie_pedagogi.pdf "
                                               "(приказ на стр. 1)", "orgs_regulation_teachers",
                                               url=S3 + "sveden/document/nastavnichestvo_polozhenie_pedagogi.pdf"),
            "orgs_regulation_students": Y("Да, есть"),
            "L:orgs_regulation_students": link(S3 + "sveden/document/nastavnichestvo_polozhenie_obuch.pdf",
                                               "orgs_regulation_students"),
            "orgs_monitoring_order": Y("да"),
            "L:orgs_monitoring_order": link(S3 + "sveden/document/prikaz_monitoring_cmn.pdf", "orgs_monitoring_order"),
            "curators_total": n(1),
            "mentors_total": n(22),
            "mentees_total": n(93),
            "L:mentors_total,mentees_total": link(S3 + "nastavnichestvo/prikaz-o-zakreplenii-nastavnikov-2024",
                                                  "mentors_total", "mentees_total"),
            "x:2023": skip(17),
            "partner_list": txt(f"{RADUGA}, Лесогорский краеведческий музей"),
            "agreements_edu_orgs": n(1),
            "agreements_enterprises": n(0),
            "agreements_other_orgs": n(1),
            "external_edu_mentors": n(1),
            "enterprise_mentors": n(0),
            "other_org_mentors": n(1),
            "internal_monitoring_notes": N("нет (будет к 20.12)"),
            "L:internal_monitoring_notes": nolink(None),
            "x:comment": skip(None)}),
    dict(use=True, ts=dt.datetime(2024, 11, 14, 11, 2, 40), email="sosnovka.sosh@mail.ru",
         org="Сосновская средняя школа (МБОУ «Сосновская СОШ»)",
         a={"x:resp": skip("Поздеева Н.И., директор"),
            "orgs_regulation_teachers": Y("да"),
            "L:orgs_regulation_teachers": link(S5 + "polozhenie_nastavnichestvo_ped.pdf", "orgs_regulation_teachers"),
            "orgs_regulation_students": Y("да"),
            "L:orgs_regulation_students": link(S5 + "polozhenie_nastavnichestvo_obuch.pdf",
                                               "orgs_regulation_students"),
            "orgs_monitoring_order": N("нет"),
            "L:orgs_monitoring_order": nolink(None),
            "curators_total": n(1),
            "mentors_total": n(10),
            "mentees_total": n(33),
            "L:mentors_total,mentees_total": link("https://cloud.mail.ru/public/7Kpd/x3RzQm9Ve",
                                                  "mentors_total", "mentees_total"),
            "x:2023": skip(9),
            "partner_list": txt("СПК «Сосновский», Сосновский сельский Дом культуры"),
            "agreements_edu_orgs": n(0),
            "agreements_enterprises": n(1),
            "agreements_other_orgs": n(1),
            "external_edu_mentors": n(0),
            "enterprise_mentors": n(1),
            "other_org_mentors": n(1),
            "internal_monitoring_notes": Y("да"),
            "L:internal_monitoring_notes": link(S5 + "spravka_CMN_2024.pdf сайт обновим до конца недели",
                                                "internal_monitoring_notes", url=S5 + "spravka_CMN_2024.pdf"),
            "x:comment": skip(None)}),
    # Лицей № 5 — corrected response: this one is taken
    dict(use=True, ts=dt.datetime(2024, 11, 15, 8, 55, 12), email="licey5.les@mail.ru",
         org="МБОУ «Лицей № 5» г. Лесогорск",
         a={"x:resp": skip("Мокрушина Елена Анатольевна, зам. директора по УВР"),
            "orgs_regulation_teachers": Y("Да"),
            "L:orgs_regulation_teachers": link(S4 + "prikaz_ob_utv_polozheniya_ped_2024.pdf",
                                               "orgs_regulation_teachers"),
            "orgs_regulation_students": Y("Да"),
            "L:orgs_regulation_students": link(S4 + "polozhenie_obuch_2024.pdf", "orgs_regulation_students"),
            "orgs_monitoring_order": Y("Да"),
            "L:orgs_monitoring_order": link(S4 + "prikaz_monitoring_2024.pdf", "orgs_monitoring_order"),
            "curators_total": n(2),
            "mentors_total": n(18),
            "mentees_total": n(62),
            "L:mentors_total,mentees_total": link(S4 + "prikaz_nastavnicheskie_pary_2024-2025.pdf",
                                                  "mentors_total", "mentees_total"),
            "x:2023": skip(11),
            "partner_list": txt(f"{RADUGA}, {DOK}, Лесогорский центр культуры и досуга"),
            "agreements_edu_orgs": n(1),
            "agreements_enterprises": n(1),
            "agreements_other_orgs": n(1),
            "external_edu_mentors": n(2),
            "enterprise_mentors": n(2),
            "other_org_mentors": n(1),
            "internal_monitoring_notes": Y("Да"),
            "L:internal_monitoring_notes": link(S4 + "spravka_vnutr_monitoring_2024.pdf", "internal_monitoring_notes"),
            "x:comment": skip("Исправленный вариант, прошу учитывать этот ответ (в первом были не те цифры)")}),
    dict(use=True, ts=dt.datetime(2024, 11, 18, 13, 21, 36), email="school2.lesogorsk@yandex.ru",
         org="Муниципальное бюджетное общеобразовательное учреждение «Лесогорская средняя общеобразовательная "
             "школа № 2 имени А.П. Шкляева»",
         a={"x:resp": skip("Князева С.В."),
            "orgs_regulation_teachers": Y("Да"),
            "L:orgs_regulation_teachers": link(S2 + "Prikaz_148_ot_30.08.2024.pdf", "orgs_regulation_teachers"),
            "orgs_regulation_students": Y("Да"),
            "L:orgs_regulation_students": link(S2 + "Prikaz_148_ot_30.08.2024.pdf", "orgs_regulation_students"),
            "orgs_monitoring_order": Y("Да"),
            "L:orgs_monitoring_order": link(S2 + "Prikaz_monitoring_2024.pdf", "orgs_monitoring_order"),
            "curators_total": n(2),
            "mentors_total": n(18),
            "mentees_total": n(64),
            "L:mentors_total,mentees_total": link(S2 + "Prikaz_o_zakreplenii_2024.pdf",
                                                  "mentors_total", "mentees_total"),
            "x:2023": skip(15),
            "partner_list": txt(f"{TECH}, {DOK}"),
            "agreements_edu_orgs": n(1),
            "agreements_enterprises": n(1),
            "agreements_other_orgs": t("нет", 0),
            "external_edu_mentors": n(1),
            "enterprise_mentors": n(1),
            "other_org_mentors": skip(None),
            "internal_monitoring_notes": Y("Да"),
            "L:internal_monitoring_notes": link(S2 + "Spravka_vnutr_monitoring_2024.pdf", "internal_monitoring_notes"),
            "x:comment": skip("Положения для педагогов и обучающихся утверждены одним приказом")}),
]

# ================================================================================================================
# Form 2 (Google, copied by the methodologist to «Лист1»): «Часть 2» — personalised programmes and pupils
# ================================================================================================================
F2_COLS = [
    ("Отметка времени", "ts"),
    ("Адрес электронной почты", "email"),
    ("Ваша образовательная организация (полное наименование)", "org"),
    ("Сколько всего персонализированных программ наставничества (ППН) утверждено в ОО в 2024 году?", "pp_total"),
    ("Из них по форме «ученик – ученик»", "pp_pupil_pupil"),
    ("Из них по форме «учитель – учитель» (педагог – педагог)", "pp_teacher_teacher"),
    ("Из них по форме «руководитель – педагог»", "pp_head_teacher"),
    ("Из них по форме «учитель – ученик»", "pp_teacher_pupil"),
    ("Из них по форме «студент – ученик»", "pp_student_pupil"),
    ("Иные формы: укажите форму и количество программ", "pp_other"),
    ("Какие формы наставничества реализуются в ОО? (отметьте все)", "x:forms"),
    ("Ссылка на приказ об утверждении персонализированных программ", "L:pp_total"),
    ("Сколько в вашей ОО обучающихся в возрасте 10–19 лет?", "students_10_19"),
    ("Сколько из них включены в программы наставничества как наставляемые?", "mentees_10_19"),
    ("в т.ч. из «группы риска»", "mentees_risk"),
    ("в т.ч. дети с ОВЗ и дети-инвалиды", "mentees_disabled"),
    ("в т.ч. одарённые дети (внесённые в реестр)", "mentees_gifted"),
    ("в т.ч. с низкой мотивацией к учёбе / неуспевающие", "mentees_low_motivation"),
    ("в т.ч. испытывающие трудности с выбором профессии и образовательной траектории", "mentees_career"),
    ("Сколько обучающихся 1–4 классов включены в программы наставничества?", "x:primary"),
    ("Какую долю обучающихся 10–19 лет охватывает наставничество (наставляемые), %?", "share_mentees_10_19"),
    ("Ссылка на приказ о закреплении наставляемых из числа обучающихся", "L:mentees_10_19"),
    ("Сколько в ОО обучающихся 15–19 лет?", "students_15_19"),
    ("Сколько обучающихся 15–19 лет являются наставниками (по приказу)?", "mentors_15_19"),
    ("Какая доля обучающихся 15–19 лет выступает наставниками, %?", "share_mentors_15_19"),
    ("Ссылка на приказ о наставниках из числа обучающихся (необязательно)", "L:mentors_15_19"),
    ("Проверено", "x:checked"),
]

FORMS4 = "Ученик – ученик, Учитель – учитель, Руководитель – педагог, Учитель – ученик"

F2_ROWS = [
    dict(use=True, ts=dt.datetime(2024, 12, 2, 15, 11, 48), email="gimnazia3@lesogorsk-edu.ru",
         org="МБОУ «Гимназия № 3»",
         a={"pp_total": n(15), "pp_pupil_pupil": n(5), "pp_teacher_teacher": n(4), "pp_head_teacher": n(2),
            "pp_teacher_pupil": n(4), "pp_student_pupil": skip(None), "pp_other": skip(None),
            "x:forms": skip(FORMS4),
            "L:pp_total": link(S3 + "sveden/document/prikaz_ppn_2024.pdf", "pp_total"),
            "students_10_19": n(540), "mentees_10_19": n(64), "mentees_risk": n(3), "mentees_disabled": n(4),
            "mentees_gifted": n(25), "mentees_low_motivation": n(8), "mentees_career": n(18),
            "x:primary": skip(20),
            "share_mentees_10_19": A(11.85, 11.85),          # typed «11,85» -> a plain number
            "L:mentees_10_19": link(S3 + "nastavnichestvo/prikaz-o-zakreplenii-nastavnikov-2024", "mentees_10_19"),
            "students_15_19": n(140), "mentors_15_19": n(8),
            "share_mentors_15_19": A(5.7, 5.7),              # typed «5,7»
            "L:mentors_15_19": link(S3 + "nastavnichestvo/prikaz-o-zakreplenii-nastavnikov-2024", "mentors_15_19"),
            "x:checked": skip("+")}),
    dict(use=True, ts=dt.datetime(2024, 12, 3, 9, 27, 5), email="lesogorsk_sosh1@mail.ru",
         org="Лесогорская СОШ № 1",
         a={"pp_total": n(24), "pp_pupil_pupil": n(6), "pp_teacher_teacher": n(8), "pp_head_teacher": n(3),
            "pp_teacher_pupil": n(6), "pp_student_pupil": n(0), "pp_other": t("1 (педагог – родитель)", 1),
            "x:forms": skip(FORMS4),
            "L:pp_total": link(S1 + "prikaz_PPN_2024.pdf", "pp_total"),
            "students_10_19": n(610), "mentees_10_19": t("86 человек", 86), "mentees_risk": n(9),
            "mentees_disabled": n(7), "mentees_gifted": n(12), "mentees_low_motivation": n(21),
            "mentees_career": n(30),
            "x:primary": skip(14),
            "share_mentees_10_19": pct(0.141, "0.0%"),      # typed «14,1%»
            "L:mentees_10_19": link(S1 + "prikaz_pary_2024.pdf", "mentees_10_19"),
            "students_15_19": n(150), "mentors_15_19": n(5),
            "share_mentors_15_19": pct(0.033, "0.0%"),      # typed «3,3%»
            "L:mentors_15_19": link(S1 + "prikaz_nastavniki_obuchayushchiesya_2024.pdf", "mentors_15_19"),
            "x:checked": skip("+")}),
    dict(use=True, ts=dt.datetime(2024, 12, 3, 14, 40, 19), email="sosnovka.sosh@mail.ru",
         org="МБОУ «Сосновская СОШ»",
         a={"pp_total": n(6), "pp_pupil_pupil": n(1), "pp_teacher_teacher": n(2), "pp_head_teacher": n(1),
            "pp_teacher_pupil": n(2), "pp_student_pupil": n(0), "pp_other": t("нет", 0),
            "x:forms": skip("Учитель – учитель, Ученик – ученик, Учитель – ученик, Руководитель – педагог"),
            "L:pp_total": link("https://cloud.mail.ru/public/7Kpd/h5TqWm2Ly", "pp_total"),
            "students_10_19": n(190), "mentees_10_19": t("24 чел.", 24), "mentees_risk": n(5),
            "mentees_disabled": n(3), "mentees_gifted": n(2), "mentees_low_motivation": n(7), "mentees_career": n(6),
            "x:primary": skip(6),
            "share_mentees_10_19": t("12,6 %", 12.6),       # with a space: Sheets left it as text
            "L:mentees_10_19": link("https://cloud.mail.ru/public/7Kpd/x3RzQm9Ve", "mentees_10_19"),
            "students_15_19": n(40), "mentors_15_19": n(2),
            "share_mentors_15_19": pct(0.05, "0%"),         # typed «5%»
            "L:mentors_15_19": nolink(None),
            "x:checked": skip("уточнить ссылку на приказ")}),
    dict(use=True, ts=dt.datetime(2024, 12, 5, 11, 3, 52), email="licey5.les@mail.ru",
         org="МБОУ Лицей №5",
         a={"pp_total": n(12), "pp_pupil_pupil": n(3), "pp_teacher_teacher": n(4), "pp_head_teacher": n(1),
            "pp_teacher_pupil": n(4), "pp_student_pupil": n(0), "pp_other": n(0),
            "x:forms": skip(FORMS4),
            "L:pp_total": link(S4 + "prikaz_PPN_2024.pdf", "pp_total"),
            "students_10_19": n(430), "mentees_10_19": n(55), "mentees_risk": n(4), "mentees_disabled": n(2),
            "mentees_gifted": n(14), "mentees_low_motivation": n(10), "mentees_career": n(20),
            "x:primary": skip("нет начальной школы"),
            "share_mentees_10_19": t("12.8", 12.8),         # typed with a dot: text in the ru locale
            "L:mentees_10_19": link(S4 + "prikaz_nastavnicheskie_pary_2024-2025.pdf", "mentees_10_19"),
            "students_15_19": n(120), "mentors_15_19": n(4),
            "share_mentors_15_19": pct(0.0333, "0.00%"),    # typed «3,33%»
            "L:mentors_15_19": link(S4 + "prikaz_nastavnicheskie_pary_2024-2025.pdf", "mentors_15_19"),
            "x:checked": skip("+")}),
]

# ================================================================================================================
# Form 1 again, the Yandex Forms copy (rural schools whose network filter blocks Google)
# ================================================================================================================
Y_KEYS = [k for _, k in F1_COLS if k not in ("ts", "email")]
Y_COLS = [("ID", "id"), ("Время создания", "ts")] + [
    (f"{i}. {h}", k) for i, (h, k) in enumerate([c for c in F1_COLS if c[1] not in ("ts", "email")], start=1)]

F3_ROWS = [
    dict(use=False, id="1472908815", ts="2024-11-08 17:02:44", org="тест",
         a={"x:resp": skip("тест методист"), "orgs_regulation_teachers": skip("Да"),
            "L:orgs_regulation_teachers": nolink("тест"), "orgs_regulation_students": skip("Да"),
            "L:orgs_regulation_students": nolink(None), "orgs_monitoring_order": skip("Нет"),
            "L:orgs_monitoring_order": nolink(None), "curators_total": skip("1"), "mentors_total": skip("1"),
            "mentees_total": skip("1"), "L:mentors_total,mentees_total": nolink(None), "x:2023": skip("1"),
            "partner_list": skip(TECH), "agreements_edu_orgs": skip("1"), "agreements_enterprises": skip("1"),
            "agreements_other_orgs": skip("1"), "external_edu_mentors": skip("1"), "enterprise_mentors": skip("1"),
            "other_org_mentors": skip(None), "internal_monitoring_notes": skip("Нет"),
            "L:internal_monitoring_notes": nolink(None), "x:comment": skip("проверка формы, не учитывать")}),
    dict(use=True, id="1473551207", ts="2024-11-19 12:41:07", org="МБОУ Новоильинская СОШ",
         a={"x:resp": skip("Широбокова Л.П., заместитель директора"),
            "orgs_regulation_teachers": Y("Да"),
            "L:orgs_regulation_teachers": link(S7 + "prikaz_polozhenie_ped.pdf", "orgs_regulation_teachers"),
            "orgs_regulation_students": Y("Да"),
            "L:orgs_regulation_students": link(S7 + "polozhenie_obuch.pdf", "orgs_regulation_students"),
            "orgs_monitoring_order": Y("Да"),
            "L:orgs_monitoring_order": link(S7 + "prikaz_monitoring.pdf", "orgs_monitoring_order"),
            "curators_total": t("1", 1),
            "mentors_total": t("11 человек", 11),
            "mentees_total": t("26", 26),
            "L:mentors_total,mentees_total": link(S7 + "prikaz_pary.pdf", "mentors_total", "mentees_total"),
            "x:2023": skip("9"),
            "partner_list": txt("СПК «Новоильинский», Новоильинская сельская библиотека"),
            "agreements_edu_orgs": t("0", 0), "agreements_enterprises": t("1", 1),
            "agreements_other_orgs": t("1", 1), "external_edu_mentors": t("0", 0),
            "enterprise_mentors": t("1", 1), "other_org_mentors": t("1", 1),
            "internal_monitoring_notes": Y("Да"),
            "L:internal_monitoring_notes": link(S7 + "spravka_monitoring_2024.pdf", "internal_monitoring_notes"),
            "x:comment": skip(None)}),
    dict(use=True, id="1473790342", ts="2024-11-20 10:08:55", org="Верхнеталицкая ООШ",
         a={"x:resp": skip("Лекомцева А.Г."),
            "orgs_regulation_teachers": Y("Да"),
            "L:orgs_regulation_teachers": link("https://cloud.mail.ru/public/Ta5V/2mQ8wZkLr",
                                               "orgs_regulation_teachers"),
            "orgs_regulation_students": N("Нет"),
            "L:orgs_regulation_students": nolink(None),
            "orgs_monitoring_order": Y("Да"),
            "L:orgs_monitoring_order": link("https://cloud.mail.ru/public/Ta5V/9xHp3RcNe", "orgs_monitoring_order"),
            "curators_total": t("1", 1),
            "mentors_total": t("3", 3),
            "mentees_total": t("6", 6),
            "L:mentors_total,mentees_total": nolink(None),
            "x:2023": skip("3"),
            "partner_list": skip(None),
            "agreements_edu_orgs": t("0", 0), "agreements_enterprises": t("0", 0),
            "agreements_other_orgs": t("0", 0), "external_edu_mentors": t("0", 0),
            "enterprise_mentors": t("0", 0), "other_org_mentors": t("0", 0),
            "internal_monitoring_notes": N("Нет"),
            "L:internal_monitoring_notes": nolink(None),
            "x:comment": skip("приказ о закреплении пар подписан, на сайт пока не выложен")}),
    dict(use=True, id="1474016689", ts="2024-11-21 15:33:20",
         org="муниципальное бюджетное общеобразовательное учреждение Пашковская средняя общеобразовательная школа",
         a={"x:resp": skip("Чиркова Е.В., зам. директора по ВР"),
            "orgs_regulation_teachers": Y("Да"),
            "L:orgs_regulation_teachers": link(S9 + "prikaz_45_polozhenie.pdf", "orgs_regulation_teachers"),
            "orgs_regulation_students": Y("Да"),
            "L:orgs_regulation_students": link(S9 + "prikaz_45_polozhenie.pdf", "orgs_regulation_students"),
            "orgs_monitoring_order": Y("Да"),
            "L:orgs_monitoring_order": link(S9 + "prikaz_monitoring_2024.pdf", "orgs_monitoring_order"),
            "curators_total": t("2", 2),
            "mentors_total": t("14", 14),
            "mentees_total": t("37", 37),
            # an order plus its appendix on a cloud: the order is the proof asked for
            "L:mentors_total,mentees_total": L("приказ: " + S9 + "prikaz_78.pdf, список пар (приложение): "
                                               "https://disk.yandex.ru/i/Pq3sYv0dLh7NwA",
                                               {"mentors_total": S9 + "prikaz_78.pdf",
                                                "mentees_total": S9 + "prikaz_78.pdf"}),
            "x:2023": skip("12"),
            "partner_list": txt(f"{TECH}, Пашковское участковое лесничество"),
            "agreements_edu_orgs": t("1", 1), "agreements_enterprises": t("0", 0),
            "agreements_other_orgs": t("1", 1), "external_edu_mentors": t("1", 1),
            "enterprise_mentors": t("0", 0), "other_org_mentors": t("2", 2),
            "internal_monitoring_notes": Y("Да"),
            "L:internal_monitoring_notes": link(S9 + "spravka_CMN_2024.pdf", "internal_monitoring_notes"),
            "x:comment": skip(None)}),
]

# ================================================================================================================
# Form 3 (Google), transposed by the methodologist for printing: «Педагогические кадры и наставничество»
# ================================================================================================================
F4_ROWS_DEF = [
    ("Отметка времени", "ts"),
    ("Адрес электронной почты", "email"),
    ("Полное наименование образовательной организации", "org"),
    ("Молодые специалисты", "H"),
    ("Сколько в ОО молодых специалистов (до 35 лет, стаж до 3 лет)?", "young_specialists"),
    ("Сколько из них закреплены за наставниками (наставляемые)?", "young_specialists_mentees"),
    ("Какой процент молодых специалистов охвачен наставничеством?", "share_young_specialists_mentees"),
    ("Сколько молодых специалистов сами выступают наставниками (например, у обучающихся)?",
     "young_specialists_mentors"),
    ("Ссылка на приказ о закреплении наставников за молодыми специалистами", "L:young_specialists_mentees"),
    ("Педагоги (кроме молодых специалистов)", "H"),
    ("Сколько в ОО педагогов, не считая молодых специалистов?", "teachers_other"),
    ("Сколько из них являются наставляемыми?", "teachers_other_mentees"),
    ("Сколько педагогов выступают наставниками?", "teachers_mentors"),
    ("Сколько педагогов участвуют в утверждённых персонализированных программах (и наставники, и наставляемые)?",
     "teachers_in_pp"),
    ("Повышение квалификации и методическая работа", "H"),
    ("Сколько педагогов прошли КПК по наставничеству в 2024 году?", "kpk_trained"),
    ("Названия курсов (через запятую)", "kpk_courses"),
    ("Ссылка на удостоверения / сертификаты (скан или облако)", "L:kpk_trained"),
    ("Сколько педагогов прошли такие курсы в 2023 году?", "x:kpk2023"),
    ("Сколько методических объединений (сообществ) наставников действует в ОО?", "school_methodical_associations"),
    ("Ссылка на приказ о создании МО наставников", "L:school_methodical_associations"),
    ("Планируете ли обучение наставников в 2025 году? Сколько человек?", "x:plan2025"),
]

IRO36 = "«Наставничество в образовательной организации: технологии и практики» (ИРО УР, 36 ч)"
F4_SCHOOLS = [
    dict(ts=dt.datetime(2024, 12, 6, 10, 15, 2), email="lesogorsk_sosh1@mail.ru", org="МБОУ Лесогорская СОШ № 1",
         a={"young_specialists": n(6), "young_specialists_mentees": n(6),
            "share_young_specialists_mentees": pct(1.0, "0%"), "young_specialists_mentors": n(1),
            "L:young_specialists_mentees": link(S1 + "prikaz_molodye_specialisty_2024.pdf",
                                                "young_specialists_mentees"),
            "teachers_other": n(56), "teachers_other_mentees": n(8), "teachers_mentors": n(19),
            "teachers_in_pp": n(22), "kpk_trained": n(7),
            "kpk_courses": txt(IRO36 + ", «Организация наставничества молодых педагогов» (Фоксфорд, 72 ч)"),
            "L:kpk_trained": link("https://disk.yandex.ru/d/Vb7kR3nQsL0mTw", "kpk_trained"),
            "x:kpk2023": skip(3),
            "school_methodical_associations": n(1),
            "L:school_methodical_associations": link(S1 + "prikaz_ShMO_nastavnikov.pdf",
                                                     "school_methodical_associations"),
            "x:plan2025": skip("да, 4 человека")}),
    dict(ts=dt.datetime(2024, 12, 6, 13, 48, 37), email="school2.lesogorsk@yandex.ru",
         org="МБОУ «Лесогорская СОШ № 2 им. А.П. Шкляева»",
         a={"young_specialists": n(5), "young_specialists_mentees": n(4),
            "share_young_specialists_mentees": A(80, 80), "young_specialists_mentors": t("0", 0),
            "L:young_specialists_mentees": link(S2 + "Prikaz_o_zakreplenii_2024.pdf", "young_specialists_mentees"),
            "teachers_other": n(43), "teachers_other_mentees": n(6), "teachers_mentors": n(14),
            "teachers_in_pp": n(15), "kpk_trained": n(4),
            "kpk_courses": txt(IRO36),
            "L:kpk_trained": link("https://cloud.mail.ru/public/Ws2H/4rNbQx8Tm", "kpk_trained"),
            "x:kpk2023": skip(2),
            "school_methodical_associations": N("нет"),
            "L:school_methodical_associations": nolink(None),
            "x:plan2025": skip("да")}),
    dict(ts=dt.datetime(2024, 12, 9, 9, 4, 11), email="gimnazia3@lesogorsk-edu.ru", org="Гимназия №3",
         a={"young_specialists": t("4 чел.", 4), "young_specialists_mentees": n(4),
            "share_young_specialists_mentees": t("100 %", 100), "young_specialists_mentors": N("нет"),
            "L:young_specialists_mentees": link(S3 + "nastavnichestvo/prikaz-o-zakreplenii-nastavnikov-2024 "
                                                "(пункт 3)", "young_specialists_mentees",
                                                url=S3 + "nastavnichestvo/prikaz-o-zakreplenii-nastavnikov-2024"),
            "teachers_other": n(51), "teachers_other_mentees": n(5), "teachers_mentors": t("12 человек", 12),
            "teachers_in_pp": n(14), "kpk_trained": n(5),
            "kpk_courses": txt("Наставничество в школе: от теории к практике (Центр непрерывного повышения "
                               "профессионального мастерства, 24 ч), " + IRO36),
            "L:kpk_trained": link(S3 + "nastavnichestvo/kpk-2024", "kpk_trained"),
            "x:kpk2023": skip(6),
            "school_methodical_associations": t("1 (ШМО наставников)", 1),
            "L:school_methodical_associations": link(S3 + "sveden/document/prikaz_smo_nastavnikov.pdf",
                                                     "school_methodical_associations"),
            "x:plan2025": skip("нет")}),
    dict(ts=dt.datetime(2024, 12, 10, 16, 22, 58), email="kuliga.oosh@yandex.ru", org="МКОУ Кулигинская ООШ",
         a={"young_specialists": n(1), "young_specialists_mentees": n(1),
            "share_young_specialists_mentees": pct(1.0, "0%"), "young_specialists_mentors": n(0),
            "L:young_specialists_mentees": link("https://disk.yandex.ru/d/3fHt0bQwZpL2nA",
                                                "young_specialists_mentees"),
            "teachers_other": n(11), "teachers_other_mentees": t("1 (переподготовка, новый предмет)", 1),
            "teachers_mentors": n(3), "teachers_in_pp": n(4), "kpk_trained": n(1),
            "kpk_courses": txt("ИРО УР, 36 ч"),
            "L:kpk_trained": link("https://disk.yandex.ru/i/Hs9eLm2TqW5vXc", "kpk_trained"),
            "x:kpk2023": skip(0),
            "school_methodical_associations": n(0),
            "L:school_methodical_associations": nolink(None),
            "x:plan2025": skip(None)}),
]

# ================================================================================================================
# Form 4 (Google): «Удовлетворённость участников и поощрение наставников»
# ================================================================================================================
F5_COLS = [
    ("Отметка времени", "ts"),
    ("Адрес электронной почты", "email"),
    ("Наименование ОО", "org"),
    ("Проводилось ли в 2024 году анкетирование участников завершённых программ наставничества?", "x:survey"),
    ("Каков уровень удовлетворённости НАСТАВЛЯЕМЫХ участием в завершённых программах, %?", "satisfaction_mentees"),
    ("Каков уровень удовлетворённости НАСТАВНИКОВ участием в завершённых программах, %?", "satisfaction_mentors"),
    ("Укажите ссылку на справку (протокол) по итогам анкетирования",
     "L:satisfaction_mentees,satisfaction_mentors"),
    ("Уровень удовлетворённости наставляемых в 2023 году, % (если есть данные)", "x:2023"),
    ("Сколько в ОО локальных актов об оплате (доплате) за наставничество?", "pay_acts"),
    ("Сколько локальных актов о нематериальном поощрении наставников?", "nonmaterial_acts"),
    ("Ссылки на эти локальные акты", "L:pay_acts,nonmaterial_acts"),
    ("Какие формы нематериального поощрения применяются? (отметьте все)", "x:forms"),
]

F5_ROWS = [
    dict(use=True, ts=dt.datetime(2024, 12, 11, 8, 47, 30), email="kuliga.oosh@yandex.ru",
         org="МКОУ «Кулигинская ООШ»",
         a={"x:survey": skip("Да"), "satisfaction_mentees": pct(1.0), "satisfaction_mentors": pct(1.0),
            "L:satisfaction_mentees,satisfaction_mentors": link("https://disk.yandex.ru/i/Gh2LpQ8sXvT3bA",
                                                                "satisfaction_mentees", "satisfaction_mentors"),
            "x:2023": skip(None), "pay_acts": n(0), "nonmaterial_acts": n(1),
            "L:pay_acts,nonmaterial_acts": link("https://disk.yandex.ru/i/Zr5mNc1wQy6KdE", "nonmaterial_acts"),
            "x:forms": skip("Благодарственное письмо, Публикация на сайте ОО")}),
    dict(use=True, ts=dt.datetime(2024, 12, 11, 12, 5, 14), email="lesogorsk_sosh1@mail.ru",
         org="МБОУ «Лесогорская средняя общеобразовательная школа № 1»",
         a={"x:survey": skip("Да"), "satisfaction_mentees": pct(0.92), "satisfaction_mentors": pct(0.95),
            "L:satisfaction_mentees,satisfaction_mentors": link(S1 + "anketirovanie_2024.pdf",
                                                                "satisfaction_mentees", "satisfaction_mentors"),
            "x:2023": A(0.89, MISSING, "0%"), "pay_acts": n(1), "nonmaterial_acts": n(1),
            "L:pay_acts,nonmaterial_acts": L(f"оплата — {S1}polozhenie_oplata_nastavnikov.pdf; "
                                             f"поощрение — {S1}polozhenie_nematerialnoe.pdf",
                                             {"pay_acts": S1 + "polozhenie_oplata_nastavnikov.pdf",
                                              "nonmaterial_acts": S1 + "polozhenie_nematerialnoe.pdf"}),
            "x:forms": skip("Благодарственное письмо, Грамота, Публикация на сайте ОО")}),
    dict(use=True, ts=dt.datetime(2024, 12, 12, 10, 31, 46), email="gimnazia3@lesogorsk-edu.ru",
         org="МБОУ Гимназия № 3 г. Лесогорска",
         a={"x:survey": skip("Да"),
            "satisfaction_mentees": skip("высокий (4,7 балла из 5)"),     # ambiguous: a level, not a per cent
            "satisfaction_mentors": pct(1.0),
            "L:satisfaction_mentees,satisfaction_mentors": link(S3 + "nastavnichestvo/itogi-anketirovaniya-2024",
                                                                "satisfaction_mentors"),
            "x:2023": A(0.9, MISSING, "0%"), "pay_acts": n(2), "nonmaterial_acts": n(1),
            "L:pay_acts,nonmaterial_acts": link(S3 + "sveden/document/lokalnye-akty-nastavnichestvo.pdf "
                                                "(там оба положения и доплата)", "pay_acts", "nonmaterial_acts",
                                                url=S3 + "sveden/document/lokalnye-akty-nastavnichestvo.pdf"),
            "x:forms": skip("Грамота, Публикация на сайте ОО, Представление к ведомственной награде")}),
    dict(use=True, ts=dt.datetime(2024, 12, 12, 14, 58, 3), email="licey5.les@mail.ru", org="МБОУ «Лицей № 5»",
         a={"x:survey": skip("Да"), "satisfaction_mentees": pct(0.87), "satisfaction_mentors": pct(0.91),
            "L:satisfaction_mentees,satisfaction_mentors": link(S4 + "anketirovanie_itogi_2024.pdf",
                                                                "satisfaction_mentees", "satisfaction_mentors"),
            "x:2023": skip(None), "pay_acts": n(1), "nonmaterial_acts": n(1),
            "L:pay_acts,nonmaterial_acts": L(f"{S4}polozhenie_o_doplatah.pdf {S4}polozhenie_o_moralnom_pooshchrenii.pdf",
                                             {"pay_acts": S4 + "polozhenie_o_doplatah.pdf",
                                              "nonmaterial_acts": S4 + "polozhenie_o_moralnom_pooshchrenii.pdf"}),
            "x:forms": skip("Благодарственное письмо, Грамота")}),
    dict(use=True, ts=dt.datetime(2024, 12, 13, 9, 12, 25), email="sosnovka.sosh@mail.ru",
         org="МБОУ Сосновская СОШ",
         a={"x:survey": skip("Да"), "satisfaction_mentees": t("85 %", 85),
            "satisfaction_mentors": skip(0.9),          # typed «0,9»: 0,9 % or 90 %? nobody can tell
            "L:satisfaction_mentees,satisfaction_mentors": link("https://cloud.mail.ru/public/8Jqe/Ns4kWd7Tz",
                                                                "satisfaction_mentees"),
            "x:2023": skip(None), "pay_acts": n(1),
            "nonmaterial_acts": t("1 (Положение о моральном поощрении)", 1),
            "L:pay_acts,nonmaterial_acts": link(S5 + "polozhenie_moralnoe_pooshchrenie.pdf (положение об оплате — "
                                                "в коллективном договоре)", "nonmaterial_acts",
                                                url=S5 + "polozhenie_moralnoe_pooshchrenie.pdf"),
            "x:forms": skip("Грамота")}),
    dict(use=True, ts=dt.datetime(2024, 12, 16, 11, 40, 9), email="school2.lesogorsk@yandex.ru",
         org="МБОУ «Лесогорская СОШ № 2 им. А.П. Шкляева»",
         a={"x:survey": skip("Да"), "satisfaction_mentees": n(88), "satisfaction_mentors": n(90),
            "L:satisfaction_mentees,satisfaction_mentors": link(S2 + "Anketa_itogi_2024.pdf",
                                                                "satisfaction_mentees", "satisfaction_mentors"),
            "x:2023": skip(None), "pay_acts": n(1), "nonmaterial_acts": t("нет", 0),
            "L:pay_acts,nonmaterial_acts": link(S2 + "Polozhenie_o_stimuliruyushchih_vyplatah.pdf", "pay_acts"),
            "x:forms": skip("Благодарственное письмо")}),
]

# ----------------------------------------------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
G_HEAD_FILL = PatternFill("solid", fgColor="E6EFE9")  # the pale header band of a Sheets responses table
TS_FMT = "dd.mm.yyyy h:mm:ss"

expected = []
cells = []


def is_link(key):
    return key.startswith("L:")


def crit_key(key):
    return key not in ("ts", "email", "org", "id", "H") and not key.startswith("x:") and not is_link(key)


def put(ws, row, col, ans):
    c = ws.cell(row=row, column=col)
    raw = ans.raw
    if raw is not None:
        c.value = raw
        if getattr(ans, "fmt", None):
            c.number_format = ans.fmt
    return c


def record(file, sheet, org, coord, org_coord, crit, kind, exp, raw):
    cells.append({"file": file, "sheet": sheet, "cell": coord, "organisation": org, "org_cell": org_coord,
                  "criterion": crit, "kind": kind, "expected": exp,
                  "raw": raw if not isinstance(raw, dt.datetime) else raw.isoformat(sep=" ")})


def google_row_sheet(ws, cols, rows, file, fmt_ts=True, header_fill=True):
    """A responses table: header in row 1, one row per response. Returns entry data for expected.json."""
    for j, (h, _k) in enumerate(cols, start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if header_fill:
            c.fill = G_HEAD_FILL
            c.font = Font(bold=True)
        ws.column_dimensions[get_column_letter(j)].width = 16 if j == 1 else (28 if j <= 3 else 24)
    ws.row_dimensions[1].height = 96
    ws.freeze_panes = "A2"
    orgs, vals, links = [], [], []
    org_col = [k for _, k in cols].index("org") + 1
    for i, r in enumerate(rows, start=2):
        for j, (_h, k) in enumerate(cols, start=1):
            if k == "ts":
                c = ws.cell(row=i, column=j, value=r["ts"])
                if isinstance(r["ts"], dt.datetime) and fmt_ts:
                    c.number_format = TS_FMT
            elif k in ("email", "id", "org"):
                ws.cell(row=i, column=j, value=r.get(k))
            else:
                put(ws, i, j, r["a"][k])
            ws.cell(row=i, column=j).alignment = Alignment(vertical="top", wrap_text=(k not in ("ts",)))
        if not r["use"]:
            continue
        org = r["org"]
        org_coord = f"{get_column_letter(org_col)}{i}"
        v, lk = {}, {}
        for j, (_h, k) in enumerate(cols, start=1):
            coord = f"{get_column_letter(j)}{i}"
            if crit_key(k):
                ans = r["a"][k]
                if ans.exp is not MISSING:
                    v[k] = ans.exp
                    record(file, ws.title, org, coord, org_coord, k, "value", ans.exp, ans.raw)
            elif is_link(k):
                ans = r["a"][k]
                for crit, url in ans.urls.items():
                    lk[crit] = url
                    record(file, ws.title, org, coord, org_coord, crit, "link", url, ans.raw)
        orgs.append(org)
        vals.append(v)
        links.append(lk)
    return orgs, vals, links


def check_links_have_values(orgs, vals, links):
    for o, v, lk in zip(orgs, vals, links):
        for c in lk:
            assert c in v, (o, c)


def headers_of(cols, prefix):
    return [h for h, k in cols if k.startswith(prefix)]


def save(wb, name):
    wb.properties.creator = "Лесогорский ММЦ"
    wb.properties.created = dt.datetime(2024, 12, 17, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 12, 17, 9, 0, 0)
    path = os.path.join(TYPED, name)
    wb.save(path)
    # re-pack with fixed entry dates so that the bytes do not depend on the moment of the run
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            if fn == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2024-12-17T09:00:00Z<", data)
            zi = zipfile.ZipInfo(fn, date_time=(2024, 12, 17, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def build():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, f))

    # ---- file 1: Google Forms export of part 1 -----------------------------------------------------------------
    name = "Мониторинг наставничества 2024. Часть 1 (Ответы).xlsx"
    file = "typed/" + name
    wb = Workbook()
    ws = wb.active
    ws.title = "Ответы на форму (1)"
    orgs, vals, links = google_row_sheet(ws, F1_COLS, F1_ROWS, file)
    check_links_have_values(orgs, vals, links)
    save(wb, name)
    expected.append({"file": file, "year": YEAR, "organisation": orgs, "values": vals, "links": links,
                     "not_criteria": ["Отметка времени", "Адрес электронной почты"] + headers_of(F1_COLS, "x:"),
                     "headings": []})

    # ---- file 2: part 2, copied (values only) by the methodologist into a new workbook, «Лист1» -------------------
    name = "Мониторинг наставничества 2024. Часть 2 — ППН и обучающиеся.xlsx"
    file = "typed/" + name
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    orgs, vals, links = google_row_sheet(ws, F2_COLS, F2_ROWS, file, header_fill=False)
    ws.cell(row=1, column=len(F2_COLS)).fill = PatternFill("solid", fgColor="FFFF00")
    for i in range(2, len(F2_ROWS) + 2):
        ws.cell(row=i, column=len(F2_COLS)).fill = PatternFill("solid", fgColor="FFFF00")
    check_links_have_values(orgs, vals, links)
    save(wb, name)
    expected.append({"file": file, "year": YEAR, "organisation": orgs, "values": vals, "links": links,
                     "not_criteria": ["Отметка времени", "Адрес электронной почты"] + headers_of(F2_COLS, "x:"),
                     "headings": []})

    # ---- file 3: Yandex Forms export of part 1 -------------------------------------------------------------------
    name = "Мониторинг наставничества 2024. Часть 1 — Яндекс Формы.xlsx"
    file = "typed/" + name
    wb = Workbook()
    ws = wb.active
    ws.title = "Ответы"
    orgs, vals, links = google_row_sheet(ws, Y_COLS, F3_ROWS, file, fmt_ts=False, header_fill=False)
    for j in range(1, len(Y_COLS) + 1):
        ws.cell(row=1, column=j).font = Font(bold=True)
    ws.freeze_panes = None
    check_links_have_values(orgs, vals, links)
    save(wb, name)
    expected.append({"file": file, "year": YEAR, "organisation": orgs, "values": vals, "links": links,
                     "not_criteria": ["ID", "Время создания"] + headers_of(Y_COLS, "x:"),
                     "headings": []})

    # ---- file 4: part 3 transposed for printing -------------------------------------------------------------------
    name = "Кадры и наставничество 2024 — для печати.xlsx"
    file = "typed/" + name
    wb = Workbook()
    ws = wb.active
    ws.title = "Для печати"
    ncol = 1 + len(F4_SCHOOLS)
    ws.cell(row=1, column=1, value="Анкета «Педагогические кадры и наставничество» — ответы ОО (выгрузка 10.12.2024)")
    ws.cell(row=1, column=1).font = Font(bold=True, size=12)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.column_dimensions["A"].width = 48
    for j in range(2, ncol + 1):
        ws.column_dimensions[get_column_letter(j)].width = 26
    first = 3
    orgs, vals, links = [], [], []
    row_of = {}
    for i, (h, k) in enumerate(F4_ROWS_DEF):
        r = first + i
        row_of[k] = r
        c = ws.cell(row=r, column=1, value=h)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
        if k == "H":
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            for j in range(2, ncol + 1):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor="D9D9D9")
                ws.cell(row=r, column=j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            continue
        if k in ("ts", "email", "org"):
            c.font = Font(bold=True)
        for j, s in enumerate(F4_SCHOOLS, start=2):
            if k == "ts":
                cc = ws.cell(row=r, column=j, value=s["ts"])
                cc.number_format = TS_FMT
            elif k in ("email", "org"):
                cc = ws.cell(row=r, column=j, value=s[k])
                if k == "org":
                    cc.font = Font(bold=True)
            else:
                cc = put(ws, r, j, s["a"][k])
            cc.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            cc.border = BOX
    for j, s in enumerate(F4_SCHOOLS, start=2):
        col = get_column_letter(j)
        org_coord = f"{col}{row_of['org']}"
        v, lk = {}, {}
        for h, k in F4_ROWS_DEF:
            coord = f"{col}{row_of[k]}"
            if crit_key(k):
                ans = s["a"][k]
                if ans.exp is not MISSING:
                    v[k] = ans.exp
                    record(file, ws.title, s["org"], coord, org_coord, k, "value", ans.exp, ans.raw)
            elif is_link(k):
                ans = s["a"][k]
                for crit, url in ans.urls.items():
                    lk[crit] = url
                    record(file, ws.title, s["org"], coord, org_coord, crit, "link", url, ans.raw)
        orgs.append(s["org"])
        vals.append(v)
        links.append(lk)
    check_links_have_values(orgs, vals, links)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_cols = "A:A"
    save(wb, name)
    expected.append({"file": file, "year": YEAR, "organisation": orgs, "values": vals, "links": links,
                     "not_criteria": ["Отметка времени", "Адрес электронной почты"]
                     + [h for h, k in F4_ROWS_DEF if k.startswith("x:")],
                     "headings": [h for h, k in F4_ROWS_DEF if k == "H"]})

    # ---- file 5: Google Forms export, satisfaction and rewards ------------------------------------------------------
    name = "Удовлетворенность и поощрение наставников 2024 (Ответы).xlsx"
    file = "typed/" + name
    wb = Workbook()
    ws = wb.active
    ws.title = "Ответы на форму (1)"
    orgs, vals, links = google_row_sheet(ws, F5_COLS, F5_ROWS, file)
    check_links_have_values(orgs, vals, links)
    save(wb, name)
    expected.append({"file": file, "year": YEAR, "organisation": orgs, "values": vals, "links": links,
                     "not_criteria": ["Отметка времени", "Адрес электронной почты"] + headers_of(F5_COLS, "x:"),
                     "headings": []})

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump({"note": "cell = where the expected value or link sits; org_cell = the organisation's name for "
                           "that row/column; raw = what the cell holds. No file was re-saved through LibreOffice.",
                   "cells": cells}, f, ensure_ascii=False, indent=1)

    nv = sum(len(v) for e in expected for v in e["values"])
    nl = sum(len(v) for e in expected for v in e["links"])
    no = len({o for e in expected for o in e["organisation"]})
    print(f"files={len(expected)} org-entries={sum(len(e['organisation']) for e in expected)} "
          f"distinct-spellings={no} values={nv} links={nl}")
    for e in expected:
        print(f"  {e['file']}: orgs={len(e['organisation'])} values={sum(len(v) for v in e['values'])} "
              f"links={sum(len(v) for v in e['links'])}")


if __name__ == "__main__":
    build()
