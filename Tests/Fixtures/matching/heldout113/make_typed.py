#!/usr/bin/env python3
"""heldout113: values whose unit or meaning lives in the cell's NUMBER FORMAT.

Six one-organisation forms (title | value | link, the organisation in the title rows) of the invented
Ключегорский муниципальный округ, 2024. The stored numbers are plain (12, 28.5, 0.285, 1/0, "12" as text,
12 under a date format ...); what a reader sees comes from cell.number_format:
  0" чел."  0" шт."  0" ед."  0\\ \\ч\\е\\л\\.  0.0"%"  0.00" %"  0.0%  0.00%  0%  0.0\\%  "Да";;"Нет"
  [=1]"Да";[=0]"Нет"  "имеется";;"отсутствует"  "есть";"";"нет"  DD.MM.YYYY  mm-dd-yy (id 14)  dd.mm.yy
  #,##0  # ##0  #,##0" чел."  0;-0;"—"  0;-0;"нет"  [=0]"нет";0" ед."  ?/?  0" из 4"  @  'apostrophe
expected.json gives what a person reading the PRINTED cell means (shares as percent numbers).
Deterministic: no randomness at all.
"""
import json
import pathlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[4]
CRITERIA = ROOT / "Templates/criteria.tsv"

# ---- number formats -------------------------------------------------------------------------------
GEN = "General"
N0 = "0"
CHEL = '0" чел."'
SHT = '0" шт."'
ED = '0" ед."'
PAR = '0" пар"'
OO = '0" ОО"'
ESC_CHEL = '0\\ \\ч\\е\\л\\.'            # what Excel writes when «0 чел.» is typed without quotes
DASH = '0;-0;"—"'
DASH_CHEL = '0" чел.";-0" чел.";"—"'
DASH_NET = '0;-0;"нет"'
NET_ED = '[=0]"нет";0" ед."'
NET_CHEL = '[=0]"нет";0" чел."'
IZ4 = '0" из 4"'
P0Q = '0"%"'
P1Q = '0.0"%"'
P2Q = '0.00"%"'
P2QS = '0.00" %"'
PCT0 = "0%"
PCT1 = "0.0%"
PCT2 = "0.00%"
EPCT0 = "0\\%"                          # escaped percent: a literal sign, no ×100
EPCT1 = "0.0\\%"
EPCT2 = "0.00\\%"
FRAC = "?/?"
YN = '"Да";;"Нет"'
YN_COND = '[=1]"Да";[=0]"Нет"'
YN_IM = '"имеется";;"отсутствует"'
YN_EST = '"есть";"";"нет"'
DATE1 = "DD.MM.YYYY"
DATE14 = "mm-dd-yy"                     # built-in numFmtId 14, shown as the system short date (ru-RU: ДД.ММ.ГГГГ)
DATE2 = "dd.mm.yy"
THOUS = "#,##0"
THOUS_SP = "# ##0"                      # a literal space between digit placeholders
THOUS_CHEL = '#,##0" чел."'
THOUS_SP_CHEL = '# ##0" чел."'
TEXT = "@"
QP = "'"                                # marker: a string typed with a leading apostrophe (quotePrefix)

NB = "\u00a0"


def R(title, stored, fmt, shown, crit=None, m=None, link=None, no=None, note=None):
    """A row: title, stored value, number format, the text Excel shows, criterion (None = not a
    criterion), meaning (default: the stored value), link key, row number, note."""
    return {"t": "R", "title": title, "stored": stored, "fmt": fmt, "shown": shown, "crit": crit,
            "m": stored if m is None else m, "link": link, "no": no, "note": note}


def H(text, no=None):
    return {"t": "H", "title": text, "no": no}


def F(text):
    """a free line without a value (signature, responsible person)"""
    return {"t": "F", "title": text}


FILES = []

# =====================================================================================================
# 1. МБОУ «СОШ № 3»: units as quoted literals in the format («чел.», «шт.», «ед.», «пар»),
#    shares typed as 28.5 under 0.0"%", yes/no 1/0 under "Да";;"Нет", zeros under 0;-0;"—".
# =====================================================================================================
B1 = "https://sosh3-klyuchegorsk.gosuslugi.ru/ofitsialno/nastavnichestvo/"
L1 = {
    "pol_ped": B1 + "polozhenie-o-nastavnichestve-pedagogov.pdf",
    "pol_obuch": B1 + "polozhenie-o-nastavnichestve-obuchayushchihsya.pdf",
    "prik_mon": B1 + "prikaz-o-monitoringe-tsmn-2024.pdf",
    "spravka": B1 + "spravka-vnutrenniy-monitoring-2024.pdf",
    "dk": B1 + "dorozhnaya-karta-2024-2025.pdf",
    "kur": B1 + "prikaz-o-naznachenii-kuratorov.pdf",
    "baza": B1 + "baza-nastavnikov-i-nastavlyaemyh-2024.xlsx",
    "sogl": B1 + "soglasheniya-o-sotrudnichestve/",
    "pp": B1 + "personalizirovannye-programmy-2024.pdf",
    "anket": B1 + "itogi-anketirovaniya-udovletvorennost-2024.pdf",
    "kpk": B1 + "udostovereniya-kpk-nastavnichestvo-2024.pdf",
    "shmo": B1 + "prikaz-o-shmo-nastavnikov.pdf",
    "stim": B1 + "polozhenie-o-stimuliruyushchih-vyplatah.pdf",
    "nemat": B1 + "polozhenie-o-nematerialnom-pooshchrenii.pdf",
}
FILES.append({
    "file": "typed/sosh3_edinicy_v_formate.xlsx", "sheet": "Мониторинг 2024",
    "organisation": "МБОУ «СОШ № 3»", "numbered": True, "links": L1, "hyperlinks": False,
    "top": [["Мониторинг реализации целевой модели наставничества за 2024 год"],
            ["ОО:", "МБОУ «СОШ № 3»"],
            ["Ключегорский муниципальный округ Удмуртской Республики"]],
    "header": ["№", "Наименование показателя", "Значение", "Ссылка на подтверждающий документ"],
    "rows": [
        H("1. Нормативная база"),
        R("Приказ об утверждении Положения о наставничестве педработников в ОО", 1, YN, "Да",
          "orgs_regulation_teachers", link="pol_ped", no="1.1"),
        R("Приказ об утв. Положения о наставничестве обучающихся", 1, YN, "Да",
          "orgs_regulation_students", link="pol_obuch", no="1.2"),
        R("Приказ о проведении мониторинга ЦМН в школе", 1, YN, "Да", "orgs_monitoring_order",
          link="prik_mon", no="1.3"),
        R("Информ. справка по итогам внутр. мониторинга", 1, YN, "Да", "internal_monitoring_notes",
          link="spravka", no="1.4"),
        R("Дорожная карта по наставничеству на 2024/25 уч. год", 1, YN, "Да", None, link="dk", no="1.5"),
        H("2. Организация наставничества"),
        R("Куратор(ы) внедрения ЦМН", 2, CHEL, "2 чел.", "curators_total", link="kur", no="2.1"),
        R("Наставники по приказу (№ 112-о от 02.09.2024)", 61, CHEL, "61 чел.", "mentors_total",
          link="baza", no="2.2"),
        R("Наставляемые по приказу", 134, CHEL, "134 чел.", "mentees_total", link="baza", no="2.3"),
        R("Наставнических пар (групп)", 112, PAR, "112 пар", None, no="2.4"),
        R("Соглашения о сотрудничестве с другими ОО (наставники от них)", 1, SHT, "1 шт.",
          "agreements_edu_orgs", link="sogl", no="2.5"),
        R("Соглашения с предприятиями", 0, DASH, "—", "agreements_enterprises", no="2.6"),
        R("Соглашения с иными организациями", 1, SHT, "1 шт.", "agreements_other_orgs", link="sogl",
          no="2.7"),
        R("Организации-партнёры (перечислить)",
          "ГБПОУ УР «Ключегорский политехнический колледж»; МБУК «Ключегорская ЦБС»", GEN,
          "ГБПОУ УР «Ключегорский политехнический колледж»; МБУК «Ключегорская ЦБС»", "partner_list",
          link="sogl", no="2.8"),
        H("3. Персонализированные программы наставничества"),
        R("ПП наставничества — всего", 63, SHT, "63 шт.", "pp_total", link="pp", no="3.1"),
        R("в т.ч. «ученик – ученик»", 24, SHT, "24 шт.", "pp_pupil_pupil", link="pp", no="3.2"),
        R("«учитель – учитель» («педагог – педагог»)", 21, SHT, "21 шт.", "pp_teacher_teacher",
          link="pp", no="3.3"),
        R("«студент – студент»", 0, DASH, "—", "pp_student_student", no="3.4"),
        R("«руководитель – педагог»", 1, SHT, "1 шт.", "pp_head_teacher", link="pp", no="3.5"),
        R("«учитель – ученик»", 17, SHT, "17 шт.", "pp_teacher_pupil", link="pp", no="3.6"),
        H("4. Наставники из внешних организаций"),
        R("из др. образовательных организаций", 2, CHEL, "2 чел.", "external_edu_mentors", link="baza",
          no="4.1"),
        R("из иных организаций (учреждения культуры, НКО)", 1, CHEL, "1 чел.", "other_org_mentors",
          link="baza", no="4.2"),
        R("из предприятий", 0, DASH_CHEL, "—", "enterprise_mentors", no="4.3"),
        H("5. Обучающиеся 10–19 лет"),
        R("Кол-во обучающихся 10-19 лет (всего)", 468, CHEL, "468 чел.", "students_10_19", no="5.1"),
        R("из них наставляемые", 96, CHEL, "96 чел.", "mentees_10_19", link="baza", no="5.2"),
        R("  – «группа риска»", 9, CHEL, "9 чел.", "mentees_risk", link="baza", no="5.3"),
        R("  – одарённые дети (в реестре)", 14, CHEL, "14 чел.", "mentees_gifted", link="baza", no="5.4"),
        R("  – дети с ОВЗ, дети-инвалиды", 6, CHEL, "6 чел.", "mentees_disabled", link="baza", no="5.5"),
        R("  – низкая мотивация / неуспевающие", 21, CHEL, "21 чел.", "mentees_low_motivation",
          link="baza", no="5.6"),
        R("  – проблемы выбора профессии, траектории", 18, CHEL, "18 чел.", "mentees_career",
          link="baza", no="5.7"),
        R("  – по иным основаниям", 28, CHEL, "28 чел.", "mentees_other_params", link="baza", no="5.8"),
        R("Доля наставляемых среди обучающихся 10-19 лет", 20.5, P1Q, "20,5%", "share_mentees_10_19",
          no="5.9"),
        H("6. Обучающиеся 15–19 лет в роли наставников"),
        R("Обучающиеся 15-19 лет, всего", 142, CHEL, "142 чел.", "students_15_19", no="6.1"),
        R("Наставники-обучающиеся 15-19 лет (по приказу)", 27, CHEL, "27 чел.", "mentors_15_19",
          link="baza", no="6.2"),
        R("Доля обучающихся 15-19 лет — наставников", 19.01, P2QS, "19,01 %", "share_mentors_15_19",
          no="6.3"),
        H("7. Удовлетворённость участников"),
        R("Удовлетворённость наставляемых (завершённые программы)", 92.4, P1Q, "92,4%",
          "satisfaction_mentees", link="anket", no="7.1"),
        R("Удовлетворённость наставников", 95, P1Q, "95,0%", "satisfaction_mentors", link="anket",
          no="7.2"),
        H("8. Педагоги в роли наставляемых"),
        R("Молодые специалисты (до 35 л., стаж до 3 лет)", 7, CHEL, "7 чел.", "young_specialists", no="8.1"),
        R("из них наставляемые", 6, CHEL, "6 чел.", "young_specialists_mentees", link="baza", no="8.2"),
        R("Педагоги без учёта молодых специалистов", 45, CHEL, "45 чел.", "teachers_other", no="8.3"),
        R("из них наставляемые", 9, CHEL, "9 чел.", "teachers_other_mentees", link="baza", no="8.4"),
        R("Доля МС, вошедших в программы как наставляемые", 85.7, P1Q, "85,7%",
          "share_young_specialists_mentees", no="8.5"),
        R("Доля всех педагогов-наставляемых", 28.85, P2Q, "28,85%", "share_teachers_mentees", no="8.6"),
        H("9. Профессиональное развитие"),
        R("Педагоги, участвующие в ПП (утверждённых)", 22, CHEL, "22 чел.", "teachers_in_pp", link="pp",
          no="9.1"),
        R("Обучились на КПК по наставничеству в 2024 г.", 3, CHEL, "3 чел.", "kpk_trained", link="kpk",
          no="9.2"),
        R("Курсы (название, объём)", "«Наставничество в образовании: технологии сопровождения» (ИРО, 36 ч.)",
          GEN, "«Наставничество в образовании: технологии сопровождения» (ИРО, 36 ч.)", "kpk_courses",
          link="kpk", no="9.3"),
        R("ШМО наставников", 1, ED, "1 ед.", "school_methodical_associations", link="shmo", no="9.4"),
        H("10. Педагоги в роли наставников"),
        R("Педагоги-наставники", 31, CHEL, "31 чел.", "teachers_mentors", link="baza", no="10.1"),
        R("в т.ч. молодые специалисты", 2, CHEL, "2 чел.", "young_specialists_mentors", link="baza",
          no="10.2"),
        R("Доля педагогов-наставников от всех педагогов", 59.6, P1Q, "59,6%", "share_teachers_mentors",
          no="10.3"),
        R("Доля МС-наставников", 28.6, P1Q, "28,6%", "share_young_specialists_mentors", no="10.4"),
        H("11. Стимулирование"),
        R("Положение о материальном стимулировании наставников", 1, SHT, "1 шт.", "pay_acts", link="stim",
          no="11.1"),
        R("Акты о нематериальном поощрении наставников", 1, SHT, "1 шт.", "nonmaterial_acts",
          link="nemat", no="11.2"),
        R("Справочно: всего обучающихся в школе", 712, CHEL, "712 чел.", None, no="12"),
        F("Ответственный: Петрова Н. А., зам. директора по УВР"),
        F("Директор __________ А. В. Смирнов"),
    ],
})

# =====================================================================================================
# 2. МАОУ «Лицей № 2»: shares as fractions under real percent formats (0.0%, 0.00%, 0%), one share typed
#    as 59.4 into a 0.0% cell (shows «5940,0%»), yes/no under [=1]"Да";[=0]"Нет", persons under the
#    escaped format 0\ \ч\е\л\., #,##0 on counts, programmes in General.
# =====================================================================================================
B2 = "https://licey2-klg.ru/nastavnichestvo/2024/"
L2 = {
    "pol_ped": B2 + "polozhenie_ped.pdf",
    "pol_obuch": B2 + "polozhenie_obuch.pdf",
    "prik_mon": B2 + "prikaz_monitoring.pdf",
    "kur": B2 + "prikaz_kurator.pdf",
    "prikaz": B2 + "prikaz_nastavniki_nastavlyaemye.pdf",
    "dog": B2 + "dogovory.pdf",
    "pp": B2 + "pp_2024.pdf",
    "anket": B2 + "anketa_itogi.pdf",
    "kpk": B2 + "kpk_2024.pdf",
    "mo": B2 + "mo_nastavnikov.pdf",
    "stim": B2 + "polozhenie_oplata.pdf",
    "nemat": B2 + "polozhenie_pooshchrenie.pdf",
}
FILES.append({
    "file": "typed/licey2_procentnyy_format.xlsx", "sheet": "ЦМН",
    "organisation": "МАОУ «Лицей № 2»", "numbered": False, "links": L2, "hyperlinks": True,
    "top": [["Отчёт о реализации ЦМН в 2024 году"],
            ["Учреждение: МАОУ «Лицей № 2»"],
            ["Период: 01.01.2024 – 31.12.2024"]],
    "header": ["Критерий", "Значение", "Источник (ссылка)"],
    "rows": [
        H("Нормативное обеспечение"),
        R("Положение о системе наставничества педагогов утверждено приказом", 1, YN_COND, "Да",
          "orgs_regulation_teachers", link="pol_ped"),
        R("Положение о наставничестве обучающихся (приказ)", 1, YN_COND, "Да", "orgs_regulation_students",
          link="pol_obuch"),
        R("Приказ о мониторинге ЦМН", 1, YN_COND, "Да", "orgs_monitoring_order", link="prik_mon"),
        R("Справка по итогам внутреннего мониторинга ЦМН", 0, YN_COND, "Нет", "internal_monitoring_notes"),
        H("Организация процесса"),
        R("Кураторы ЦМН в лицее", 3, ESC_CHEL, "3 чел.", "curators_total", link="kur"),
        R("Наставники (всего, по приказу)", 85, ESC_CHEL, "85 чел.", "mentors_total", link="prikaz"),
        R("Наставляемые (всего, по приказу)", 221, ESC_CHEL, "221 чел.", "mentees_total", link="prikaz"),
        R("Договоры с ОО (ВО, СПО) о наставниках", 2, N0, "2", "agreements_edu_orgs", link="dog"),
        R("Договоры с предприятиями", 1, N0, "1", "agreements_enterprises", link="dog"),
        R("Договоры с иными орг-циями", 0, N0, "0", "agreements_other_orgs"),
        R("Партнёры",
          "ГБПОУ УР «Ключегорский аграрный техникум»; филиал ФГБОУ ВО «Ключегорский педагогический институт»; "
          "АО «Ключегорский машиностроительный завод»", GEN,
          "ГБПОУ УР «Ключегорский аграрный техникум»; филиал ФГБОУ ВО «Ключегорский педагогический институт»; "
          "АО «Ключегорский машиностроительный завод»", "partner_list", link="dog"),
        R("Предмет договоров",
          "наставничество «студент – ученик» и профориентация (проекты на базе завода)", GEN,
          "наставничество «студент – ученик» и профориентация (проекты на базе завода)",
          "agreement_subjects", link="dog"),
        H("Персонализированные программы"),
        R("ПП всего", 88, GEN, "88", "pp_total", link="pp"),
        R("ученик-ученик", 30, GEN, "30", "pp_pupil_pupil", link="pp"),
        R("учитель-учитель", 22, GEN, "22", "pp_teacher_teacher", link="pp"),
        R("студент-студент", 0, GEN, "0", "pp_student_student"),
        R("руководитель-педагог", 2, GEN, "2", "pp_head_teacher", link="pp"),
        R("студент-ученик", 6, GEN, "6", "pp_student_pupil", link="pp"),
        R("учитель-ученик", 26, GEN, "26", "pp_teacher_pupil", link="pp"),
        R("иная форма (работодатель – ученик)", 2, GEN, "2", "pp_other", link="pp"),
        H("Внешние наставники"),
        R("Наставники из других ОО (в т.ч. студенты)", 4, ESC_CHEL, "4 чел.", "external_edu_mentors",
          link="prikaz"),
        R("Наставники с предприятий", 2, ESC_CHEL, "2 чел.", "enterprise_mentors", link="prikaz"),
        R("Наставники из иных организаций", 0, ESC_CHEL, "0 чел.", "other_org_mentors"),
        H("Обучающиеся 10-19 лет (наставляемые)"),
        R("Обучающиеся 10–19 лет", 742, THOUS, "742", "students_10_19"),
        R("вошли в программы наставничества как наставляемые", 131, THOUS, "131", "mentees_10_19",
          link="prikaz"),
        R("Доля (10-19 лет, наставляемые)", 0.1765, PCT2, "17,65%", "share_mentees_10_19", m=17.65),
        H("Обучающиеся 15-19 лет (наставники)"),
        R("Обучающиеся 15–19 лет", 268, THOUS, "268", "students_15_19"),
        R("Обучающиеся-наставники (15-19 лет)", 41, ESC_CHEL, "41 чел.", "mentors_15_19", link="prikaz"),
        R("Доля обучающихся-наставников", 0.153, PCT1, "15,3%", "share_mentors_15_19", m=15.3),
        H("Удовлетворённость"),
        R("Удовлетворённость наставляемых", 0.96, PCT0, "96%", "satisfaction_mentees", m=96, link="anket"),
        R("Удовлетворённость наставников", 0.935, PCT1, "93,5%", "satisfaction_mentors", m=93.5,
          link="anket"),
        H("Педагоги-наставляемые"),
        R("Всего педагогов лицея", 64, ESC_CHEL, "64 чел.", "teachers_municipal"),
        R("Молодые специалисты (до 35 лет, первые 3 года работы)", 9, ESC_CHEL, "9 чел.",
          "young_specialists"),
        R("МС — наставляемые", 8, ESC_CHEL, "8 чел.", "young_specialists_mentees", link="prikaz"),
        R("Остальные педагоги (без МС)", 55, ESC_CHEL, "55 чел.", "teachers_other"),
        R("Остальные педагоги — наставляемые", 12, ESC_CHEL, "12 чел.", "teachers_other_mentees",
          link="prikaz"),
        R("Доля МС-наставляемых", 0.8889, PCT2, "88,89%", "share_young_specialists_mentees", m=88.89),
        R("Доля педагогов-наставляемых (МС + остальные)", 0.3125, PCT2, "31,25%", "share_teachers_mentees",
          m=31.25),
        H("Профразвитие педагогов"),
        R("Педагоги в утверждённых ПП", 24, ESC_CHEL, "24 чел.", "teachers_in_pp", link="pp"),
        R("Прошли КПК (наставничество), 2024", 5, ESC_CHEL, "5 чел.", "kpk_trained", link="kpk"),
        R("Какие курсы",
          "«Организация наставничества в ОО» (ИРО, 24 ч.); «Наставник молодого педагога» (36 ч.)", GEN,
          "«Организация наставничества в ОО» (ИРО, 24 ч.); «Наставник молодого педагога» (36 ч.)",
          "kpk_courses", link="kpk"),
        R("МО наставников в лицее", 2, N0, "2", "school_methodical_associations", link="mo"),
        H("Педагоги-наставники"),
        R("Педагоги — наставники", 38, ESC_CHEL, "38 чел.", "teachers_mentors", link="prikaz"),
        R("из них МС", 1, ESC_CHEL, "1 чел.", "young_specialists_mentors", link="prikaz"),
        R("Доля педагогов — наставников", 59.4, PCT1, "5940,0%", "share_teachers_mentors", m=59.4),
        R("Доля МС — наставников", 0.1111, PCT2, "11,11%", "share_young_specialists_mentors", m=11.11),
        H("Стимулирование"),
        R("Локальный акт об оплате наставничества", 1, GEN, "1", "pay_acts", link="stim"),
        R("Локальные акты о нематериальном поощрении", 2, GEN, "2", "nonmaterial_acts", link="nemat"),
        H("Дополнительно"),
        R("Доля педагогов высшей кв. категории", 0.453, PCT1, "45,3%", None),
        R("Мероприятий по наставничеству за год", 14, GEN, "14", None),
    ],
})

# =====================================================================================================
# 3. МБОУ «СОШ № 17»: numbers stored as TEXT — typed with a leading apostrophe (quotePrefix), typed into
#    a Text-formatted (@) cell, «1 012» with a non-breaking space, «14,43» with a comma; one share is a
#    number left in a @ cell (formatted as text after it was typed).
# =====================================================================================================
B3 = "https://school17-klyuchegorsk.edu.ru/svedeniya/nastavnichestvo/"
L3 = {
    "pol": B3 + "polozheniya-2024.pdf",
    "prik_mon": B3 + "prikaz-monitoring.pdf",
    "spravka": B3 + "spravka-2024.pdf",
    "prikaz": B3 + "prikaz-o-zakreplenii-nastavnikov-2024.pdf",
    "sogl": B3 + "soglasheniya.pdf",
    "pp": B3 + "pp-nastavnichestva.pdf",
    "anket": B3 + "anketirovanie.pdf",
    "kpk": B3 + "kpk.pdf",
    "mo": B3 + "mo-nastavnikov.pdf",
    "stim": B3 + "polozhenie-ob-oplate.pdf",
}
FILES.append({
    "file": "typed/sosh17_chisla_tekstom.xlsx", "sheet": "Лист1",
    "organisation": "МБОУ «СОШ № 17»", "numbered": True, "links": L3, "hyperlinks": False,
    "top": [["МБОУ «СОШ № 17»"],
            ["Сведения для мониторинга целевой модели наставничества (2024 г.)"]],
    "header": ["№ п/п", "Показатель", "Значение", "Ссылка"],
    "rows": [
        H("I. Нормативное обеспечение (1 – да, 0 – нет)"),
        R("Положение о наставничестве пед. работников (приказ)", "1", QP, "1", "orgs_regulation_teachers",
          m=1, link="pol", no="1"),
        R("Положение о наставничестве обучающихся (приказ)", "1", QP, "1", "orgs_regulation_students", m=1,
          link="pol", no="2"),
        R("Приказ о мониторинге", "1", QP, "1", "orgs_monitoring_order", m=1, link="prik_mon", no="3"),
        R("Справка по внутр. мониторингу", "1", QP, "1", "internal_monitoring_notes", m=1, link="spravka",
          no="4"),
        H("II. Организация процесса"),
        R("Кураторы", "1", QP, "1", "curators_total", m=1, link="prikaz", no="5"),
        R("Наставники по приказу", "69", QP, "69", "mentors_total", m=69, link="prikaz", no="6"),
        R("Наставляемые по приказу", "164", TEXT, "164", "mentees_total", m=164, link="prikaz", no="7"),
        R("Соглашения: другие ОО", "1", TEXT, "1", "agreements_edu_orgs", m=1, link="sogl", no="8"),
        R("Соглашения: предприятия", "0", QP, "0", "agreements_enterprises", m=0, no="9"),
        R("Соглашения: иные организации", "1", TEXT, "1", "agreements_other_orgs", m=1, link="sogl", no="10"),
        R("Партнёры", "МБОУ «СОШ № 3»; МБУК «Ключегорская ЦБС»", TEXT,
          "МБОУ «СОШ № 3»; МБУК «Ключегорская ЦБС»", "partner_list", link="sogl", no="11"),
        H("III. ПП по формам"),
        R("ПП (всего)", "52", QP, "52", "pp_total", m=52, link="pp", no="12"),
        R("ученик – ученик", "20", QP, "20", "pp_pupil_pupil", m=20, link="pp", no="13"),
        R("учитель – учитель", "16", QP, "16", "pp_teacher_teacher", m=16, link="pp", no="14"),
        R("студент – студент", "0", QP, "0", "pp_student_student", m=0, no="15"),
        R("учитель – ученик", "16", QP, "16", "pp_teacher_pupil", m=16, link="pp", no="16"),
        R("Наставники из других ОО", "1", QP, "1", "external_edu_mentors", m=1, link="prikaz", no="17"),
        R("Наставники из иных организаций", "1", QP, "1", "other_org_mentors", m=1, link="prikaz", no="18"),
        R("Наставники от предприятий", "0", QP, "0", "enterprise_mentors", m=0, no="19"),
        H("IV. Обучающиеся"),
        R("Всего обучающихся в школе", "1 560", QP, "1 560", None, no="20"),
        R("обучающиеся 10–19 лет", "1" + NB + "012", TEXT, "1" + NB + "012", "students_10_19", m=1012,
          no="21"),
        R("наставляемые 10–19 лет", "146", QP, "146", "mentees_10_19", m=146, link="prikaz", no="22"),
        R("Доля наставляемых 10–19 лет, %", "14,43", TEXT, "14,43", "share_mentees_10_19", m=14.43, no="23"),
        R("обучающиеся 15–19 лет", "301", QP, "301", "students_15_19", m=301, no="24"),
        R("наставники из обучающихся 15–19 лет", "33", QP, "33", "mentors_15_19", m=33, link="prikaz",
          no="25"),
        R("доля, %", 10.96, TEXT, "10,96", "share_mentors_15_19", m=10.96, no="26"),
        H("V. Удовлетворённость, %"),
        R("наставляемых", "91", QP, "91", "satisfaction_mentees", m=91, link="anket", no="27"),
        R("наставников", "94,5", QP, "94,5", "satisfaction_mentors", m=94.5, link="anket", no="28"),
        H("VI. Педагоги"),
        R("Молодые специалисты", "6", QP, "6", "young_specialists", m=6, no="29"),
        R("Молодые специалисты — наставляемые", "6", QP, "6", "young_specialists_mentees", m=6,
          link="prikaz", no="30"),
        R("Педагоги (кроме МС)", "62", QP, "62", "teachers_other", m=62, no="31"),
        R("Педагоги (кроме МС) — наставляемые", "10", QP, "10", "teachers_other_mentees", m=10,
          link="prikaz", no="32"),
        R("Доля МС-наставляемых, %", "100", QP, "100", "share_young_specialists_mentees", m=100, no="33"),
        R("Доля педагогов-наставляемых, %", "23,53", QP, "23,53", "share_teachers_mentees", m=23.53, no="34"),
        R("Педагоги, участвующие в ПП", "25", QP, "25", "teachers_in_pp", m=25, link="pp", no="35"),
        R("Курсы повышения квалификации по наставничеству (чел.)", 4, GEN, "4", "kpk_trained", link="kpk",
          no="36"),
        R("Методические объединения наставников", "1", TEXT, "1", "school_methodical_associations", m=1,
          link="mo", no="37"),
        R("Педагоги-наставники", "34", QP, "34", "teachers_mentors", m=34, link="prikaz", no="38"),
        R("из них молодые специалисты", "0", QP, "0", "young_specialists_mentors", m=0, no="39"),
        R("Доля педагогов-наставников, %", "50", QP, "50", "share_teachers_mentors", m=50, no="40"),
        R("Доля МС-наставников, %", "0", QP, "0", "share_young_specialists_mentors", m=0, no="41"),
        H("VII. Стимулирование"),
        R("Положение об оплате (доплате) наставникам", "1", QP, "1", "pay_acts", m=1, link="stim", no="42"),
        R("Положение о нематериальном поощрении", "0", QP, "0", "nonmaterial_acts", m=0, no="43"),
        R("Количество классов-комплектов", "58", QP, "58", None, no="44"),
        R("Телефон для связи", "8 (34145) 2-17-09", QP, "8 (34145) 2-17-09", None, no="45"),
    ],
})

# =====================================================================================================
# 4. МБОУ «Верхне-Талицкая ООШ»: a DATE format left by mistake on the value column (counts 1–19 show
#    as 11.01.1900, 04.01.00 ...), one real date, yes/no under "имеется";;"отсутствует", zeros as «—»/«нет».
# =====================================================================================================
B4 = "https://v-talica-shkola.ru/nastavnichestvo/"
L4 = {
    "pol_ped": B4 + "polozhenie-pedagogi.pdf",
    "pol_obuch": B4 + "polozhenie-obuchayushchiesya.pdf",
    "prik_mon": B4 + "prikaz-monitoring-2024.pdf",
    "spravka": B4 + "spravka-monitoring-2024.pdf",
    "prikaz": B4 + "prikaz-nastavniki-2024.pdf",
    "sogl": B4 + "soglasheniya-2024.pdf",
    "pp": B4 + "programmy-2024.pdf",
    "anket": B4 + "ankety-2024.pdf",
    "kpk": B4 + "kpk-2024.pdf",
    "nemat": B4 + "nematerialnoe-pooshchrenie.pdf",
}
FILES.append({
    "file": "typed/talica_oosh_formaty_daty.xlsx", "sheet": "2024",
    "organisation": "МБОУ «Верхне-Талицкая ООШ»", "numbered": False, "links": L4, "hyperlinks": False,
    "top": [["Муниципальное бюджетное общеобразовательное учреждение «Верхне-Талицкая основная "
             "общеобразовательная школа»"],
            ["(МБОУ «Верхне-Талицкая ООШ»)"],
            ["Мониторинг ЦМН, отчётный период — 2024 год"]],
    "header": ["Показатель", "Значение", "Документ (ссылка)"],
    "rows": [
        H("Нормативная база"),
        R("Положение о наставничестве педагогов (приказ)", 1, YN_IM, "имеется", "orgs_regulation_teachers",
          link="pol_ped"),
        R("Положение о наставничестве обучающихся (приказ)", 1, YN_IM, "имеется", "orgs_regulation_students",
          link="pol_obuch"),
        R("Приказ о мониторинге ЦМН", 1, YN_IM, "имеется", "orgs_monitoring_order", link="prik_mon"),
        R("Справка по внутреннему мониторингу", 1, YN_IM, "имеется", "internal_monitoring_notes",
          link="spravka"),
        R("Дорожная карта", 0, YN_IM, "отсутствует", None),
        H("Организация наставничества"),
        R("Куратор ЦМН", 1, DATE1, "01.01.1900", "curators_total", link="prikaz"),
        R("Наставники (по приказу)", 11, DATE1, "11.01.1900", "mentors_total", link="prikaz"),
        R("Наставляемые (по приказу)", 19, DATE1, "19.01.1900", "mentees_total", link="prikaz"),
        R("Соглашения с ОО", 1, DATE14, "01.01.1900", "agreements_edu_orgs", link="sogl"),
        R("Соглашения с предприятиями (СПК)", 1, DATE14, "01.01.1900", "agreements_enterprises", link="sogl"),
        R("Соглашения с иными орг.", 0, DASH, "—", "agreements_other_orgs"),
        R("Партнёры", "МАОУ «Лицей № 2»; СПК (колхоз) «Талицкий»", GEN,
          "МАОУ «Лицей № 2»; СПК (колхоз) «Талицкий»", "partner_list", link="sogl"),
        H("Персонализированные программы (ПП)"),
        R("ПП всего", 14, DATE1, "14.01.1900", "pp_total", link="pp"),
        R("ученик – ученик", 4, DATE2, "04.01.00", "pp_pupil_pupil", link="pp"),
        R("учитель – учитель", 2, DATE2, "02.01.00", "pp_teacher_teacher", link="pp"),
        R("руководитель – педагог", 1, DATE2, "01.01.00", "pp_head_teacher", link="pp"),
        R("учитель – ученик", 6, DATE2, "06.01.00", "pp_teacher_pupil", link="pp"),
        R("иная (работодатель – ученик)", 1, DATE2, "01.01.00", "pp_other", link="pp"),
        R("студент – студент, студент – ученик", 0, DASH, "—", None),
        H("Внешние наставники"),
        R("из других ОО", 1, DATE14, "01.01.1900", "external_edu_mentors", link="prikaz"),
        R("с предприятий", 1, DATE14, "01.01.1900", "enterprise_mentors", link="prikaz"),
        R("из иных организаций", 0, DASH_NET, "нет", "other_org_mentors"),
        H("Обучающиеся"),
        R("Всего обучающихся в школе", 86, GEN, "86", None),
        R("в т.ч. 10-19 лет", 49, GEN, "49", "students_10_19"),
        R("наставляемые 10-19 лет", 15, DATE1, "15.01.1900", "mentees_10_19", link="prikaz"),
        R("Доля наставляемых 10-19 лет", 30.61, P2Q, "30,61%", "share_mentees_10_19"),
        R("обучающиеся 15-19 лет", 11, GEN, "11", "students_15_19"),
        R("наставники-обучающиеся", 3, DATE1, "03.01.1900", "mentors_15_19", link="prikaz"),
        R("доля наставников-обучающихся", 27.27, P2Q, "27,27%", "share_mentors_15_19"),
        H("Удовлетворённость"),
        R("наставляемые", 100, P0Q, "100%", "satisfaction_mentees", link="anket"),
        R("наставники", 90, P0Q, "90%", "satisfaction_mentors", link="anket"),
        H("Педагоги"),
        R("Молодые специалисты", 2, DATE1, "02.01.1900", "young_specialists"),
        R("МС-наставляемые", 2, DATE1, "02.01.1900", "young_specialists_mentees", link="prikaz"),
        R("Остальные педагоги", 12, DATE1, "12.01.1900", "teachers_other"),
        R("из них наставляемые", 1, DATE1, "01.01.1900", "teachers_other_mentees", link="prikaz"),
        R("Доля МС-наставляемых", 100, P0Q, "100%", "share_young_specialists_mentees"),
        R("Доля педагогов-наставляемых", 21.43, P2Q, "21,43%", "share_teachers_mentees"),
        R("Педагоги в ПП", 3, DATE14, "03.01.1900", "teachers_in_pp", link="pp"),
        R("КПК по наставничеству", 1, DATE14, "01.01.1900", "kpk_trained", link="kpk"),
        R("ШМО наставников", 0, DASH, "—", "school_methodical_associations"),
        R("Педагоги-наставники", 6, DATE1, "06.01.1900", "teachers_mentors", link="prikaz"),
        R("МС-наставники", 0, DASH, "—", "young_specialists_mentors"),
        R("Доля педагогов-наставников", 42.86, P2Q, "42,86%", "share_teachers_mentors"),
        R("Доля МС-наставников", 0, DASH, "—", "share_young_specialists_mentors"),
        H("Стимулирование"),
        R("Положение об оплате наставничества", 0, DASH_NET, "нет", "pay_acts"),
        R("Нематериальное поощрение (грамоты, положение)", 1, DATE1, "01.01.1900", "nonmaterial_acts",
          link="nemat"),
        R("Дата заполнения", 45653, DATE1, "27.12.2024", None),
        F("Директор школы: Кузнецова Л. П."),
    ],
})

# =====================================================================================================
# 5. The municipal office's own form: big numbers under #,##0 and # ##0, «ОО»/«чел.»/«шт.» in formats,
#    shares as fractions under 0.00% and as 9.25 under 0.00" %", yes/no in two formats.
# =====================================================================================================
B5 = "https://uo-klyuchegorsk.ru/deyatelnost/nastavnichestvo/"
L5 = {
    "prikaz_mo": B5 + "prikaz-uo-o-realizacii-tsmn.pdf",
    "svod": B5 + "svod-monitoringa-oo-2024.xlsx",
    "spravka": B5 + "analiticheskaya-spravka-2024.pdf",
    "kur": B5 + "spisok-kuratorov-oo.pdf",
    "sogl": B5 + "reestr-soglasheniy.pdf",
    "baza": B5 + "municipalnaya-baza-nastavnikov.xlsx",
    "pp": B5 + "reestr-pp-2024.xlsx",
    "anket": B5 + "anketirovanie-svod.pdf",
    "kpk": B5 + "kpk-svod-2024.pdf",
    "mo": B5 + "gmo-nastavnikov.pdf",
    "praktiki": B5 + "luchshie-praktiki/",
    "konkurs": B5 + "konkurs-nastavnik-goda-2024.pdf",
    "set": B5 + "setevoe-soobshchestvo.pdf",
}
FILES.append({
    "file": "typed/uo_klyuchegorsk_svod.xlsx", "sheet": "Форма МО",
    "organisation": None, "numbered": True, "links": L5, "hyperlinks": True,
    "top": [["Управление образования Администрации Ключегорского муниципального округа Удмуртской Республики"],
            ["Муниципальная форма мониторинга реализации региональной целевой модели наставничества за 2024 г."]],
    "header": ["№", "Критерий", "2024", "Ссылка"],
    "rows": [
        H("1. Нормативное обеспечение"),
        R("Приказ УО о реализации ЦМН в округе", 1, YN, "Да", "municipal_order", link="prikaz_mo", no="1"),
        R("ОО с утверждённым положением о наставничестве педагогов", 24, OO, "24 ОО",
          "orgs_regulation_teachers", link="svod", no="2"),
        R("ОО с утверждённым положением о наставничестве обучающихся", 23, OO, "23 ОО",
          "orgs_regulation_students", link="svod", no="3"),
        R("ОО, издавшие приказ о мониторинге ЦМН", 22, OO, "22 ОО", "orgs_monitoring_order", link="svod",
          no="4"),
        R("Аналитическая справка УО по итогам мониторинга", 1, YN_COND, "Да", "municipal_analytic_note",
          link="spravka", no="5"),
        H("2. Организация процесса"),
        R("Кураторы ЦМН (все ОО)", 29, CHEL, "29 чел.", "curators_total", link="kur", no="6"),
        R("Соглашения ОО с другими ОО", 14, SHT, "14 шт.", "agreements_edu_orgs", link="sogl", no="7"),
        R("Соглашения с предприятиями", 5, SHT, "5 шт.", "agreements_enterprises", link="sogl", no="8"),
        R("Соглашения с иными организациями", 9, SHT, "9 шт.", "agreements_other_orgs", link="sogl", no="9"),
        R("Партнёры ОО округа",
          "ГБПОУ УР «Ключегорский аграрный техникум»; ГБПОУ УР «Ключегорский политехнический колледж»; "
          "АО «Ключегорский машиностроительный завод»; СПК (колхоз) «Талицкий»; МБУК «Ключегорская ЦБС»",
          GEN,
          "ГБПОУ УР «Ключегорский аграрный техникум»; ГБПОУ УР «Ключегорский политехнический колледж»; "
          "АО «Ключегорский машиностроительный завод»; СПК (колхоз) «Талицкий»; МБУК «Ключегорская ЦБС»",
          "partner_list", link="sogl", no="10"),
        R("Наставники ОО по приказам", 741, THOUS_CHEL, "741 чел.", "mentors_total", link="baza", no="11"),
        R("Наставляемые ОО по приказам", 2987, THOUS, "2" + NB + "987", "mentees_total", link="baza",
          no="12"),
        R("Наставнических пар (всего по округу)", 1086, THOUS, "1" + NB + "086", None, no="13"),
        R("Образовательные организации (всего)", 24, OO, "24 ОО", "orgs_total", no="14"),
        R("Доля ОО с системой наставничества педагогов", 1, PCT0, "100%", "share_orgs_teachers_system",
          m=100, no="15"),
        R("Доля ОО с системой наставничества обучающихся", 0.9583, PCT2, "95,83%",
          "share_orgs_students_system", m=95.83, no="16"),
        R("ОО, подготовившие справку по внутр. мониторингу", 19, OO, "19 ОО", "internal_monitoring_notes",
          link="svod", no="17"),
        R("ОО, разместившие документы по ЦМН на сайте", 17, OO, "17 ОО", None, no="18"),
        H("3. Персонализированные программы"),
        R("ПП всего по округу", 1012, THOUS_SP, "1 012", "pp_total", link="pp", no="19"),
        R("ученик – ученик", 372, SHT, "372 шт.", "pp_pupil_pupil", link="pp", no="20"),
        R("учитель – учитель", 301, SHT, "301 шт.", "pp_teacher_teacher", link="pp", no="21"),
        R("студент – студент", 0, DASH, "—", "pp_student_student", no="22"),
        R("руководитель – педагог", 14, SHT, "14 шт.", "pp_head_teacher", link="pp", no="23"),
        R("студент – ученик", 18, SHT, "18 шт.", "pp_student_pupil", link="pp", no="24"),
        R("учитель – ученик", 289, SHT, "289 шт.", "pp_teacher_pupil", link="pp", no="25"),
        R("иные формы", 18, SHT, "18 шт.", "pp_other", link="pp", no="26"),
        H("4. Внешние наставники"),
        R("из других образовательных организаций", 31, CHEL, "31 чел.", "external_edu_mentors", link="baza",
          no="27"),
        R("из иных организаций", 12, CHEL, "12 чел.", "other_org_mentors", link="baza", no="28"),
        R("из предприятий", 6, CHEL, "6 чел.", "enterprise_mentors", link="baza", no="29"),
        H("5. Обучающиеся 10–19 лет"),
        R("Обучающиеся 10–19 лет (все ОО)", 9846, THOUS_SP, "9 846", "students_10_19", no="30"),
        R("из них наставляемые", 1214, THOUS_SP, "1 214", "mentees_10_19", link="baza", no="31"),
        R("Доля наставляемых 10–19 лет", 0.1233, PCT2, "12,33%", "share_mentees_10_19", m=12.33, no="32"),
        H("6. Обучающиеся 15–19 лет"),
        R("Обучающиеся 15–19 лет (все ОО)", 3102, THOUS, "3" + NB + "102", "students_15_19", no="33"),
        R("Наставники из обучающихся 15–19 лет", 287, THOUS, "287", "mentors_15_19", link="baza", no="34"),
        R("Доля обучающихся 15–19 лет — наставников", 9.25, P2QS, "9,25 %", "share_mentors_15_19", no="35"),
        H("7. Удовлетворённость"),
        R("Удовлетворённость наставляемых (среднее по ОО)", 93.6, P1Q, "93,6%", "satisfaction_mentees",
          link="anket", no="36"),
        R("Удовлетворённость наставников (среднее по ОО)", 94.1, P1Q, "94,1%", "satisfaction_mentors",
          link="anket", no="37"),
        H("8. Педагоги — наставляемые"),
        R("Молодые специалисты в ОО (до 35 лет, 1–3 год работы)", 96, CHEL, "96 чел.", "young_specialists",
          no="38"),
        R("МС — наставляемые", 78, CHEL, "78 чел.", "young_specialists_mentees", link="baza", no="39"),
        R("Педагоги ОО без МС", 1044, THOUS_CHEL, "1" + NB + "044 чел.", "teachers_other", no="40"),
        R("Педагоги без МС — наставляемые", 141, CHEL, "141 чел.", "teachers_other_mentees", link="baza",
          no="41"),
        R("Доля МС — наставляемых", 0.8125, PCT2, "81,25%", "share_young_specialists_mentees", m=81.25,
          no="42"),
        R("Доля педагогов — наставляемых", 0.1921, PCT2, "19,21%", "share_teachers_mentees", m=19.21, no="43"),
        H("9. Профессиональное развитие"),
        R("Педагоги в утверждённых ПП", 356, CHEL, "356 чел.", "teachers_in_pp", link="pp", no="44"),
        R("Обучены на КПК по наставничеству (2024)", 41, CHEL, "41 чел.", "kpk_trained", link="kpk", no="45"),
        R("ГМО / РМО наставников", 2, ED, "2 ед.", "municipal_methodical_associations", link="mo", no="46"),
        R("МО наставников в ОО", 17, ED, "17 ед.", "school_methodical_associations", link="svod", no="47"),
        R("Педагогов в округе (всего)", 1140, THOUS_CHEL, "1" + NB + "140 чел.", "teachers_municipal",
          no="48"),
        H("10. Педагоги — наставники"),
        R("Молодых специалистов в округе", 96, CHEL, "96 чел.", "young_specialists_municipal", no="49"),
        R("Педагоги-наставники", 402, CHEL, "402 чел.", "teachers_mentors", link="baza", no="50"),
        R("МС-наставники", 15, CHEL, "15 чел.", "young_specialists_mentors", link="baza", no="51"),
        R("Доля педагогов-наставников", 0.3526, PCT2, "35,26%", "share_teachers_mentors", m=35.26, no="52"),
        R("Доля МС-наставников", 0.1563, PCT2, "15,63%", "share_young_specialists_mentors", m=15.63,
          no="53"),
        H("11. Стимулирование"),
        R("Локальные акты ОО об оплате наставничества", 21, SHT, "21 шт.", "pay_acts", link="svod", no="54"),
        R("Локальные акты ОО о нематериальном поощрении", 16, SHT, "16 шт.", "nonmaterial_acts", link="svod",
          no="55"),
        H("12. Информационное сопровождение"),
        R("Лучшие практики на сайте УО / Сообщества педагогов УР (2024)", 6, SHT, "6 шт.", "best_practices",
          link="praktiki", no="56"),
        R("Конкурсы профмастерства по наставничеству (2024)", 1, SHT, "1 шт.", "contests", link="konkurs",
          no="57"),
        H("13. Сетевое наставничество"),
        R("Сетевое сообщество педагогов-наставников", 1, YN, "Да", "network_community", link="set", no="58"),
        R("Сетевые наставники", 7, CHEL, "7 чел.", "network_mentors", link="set", no="59"),
        R("Дата составления", 45677, DATE1, "20.01.2025", None, no="60"),
        F("Исполнитель: методист ИМЦ Волкова Е. С., тел. 8 (34145) 2-11-40"),
    ],
})

# =====================================================================================================
# 6. МБУ ДО «ДДТ»: escaped percent (0.00\%, no ×100), a share as a fraction «3/4» (?/?), «3 из 4» from the
#    format 0" из 4", conditional formats [=0]"нет";0" ед.", yes/no "есть";"";"нет", # ##0" чел.".
# =====================================================================================================
B6 = "https://ddt-klyuchegorsk.ru/documents/nastavnichestvo/"
L6 = {
    "pol_ped": B6 + "polozhenie-pedagogi-2023.pdf",
    "pol_obuch": B6 + "polozhenie-obuchayushchiesya-2023.pdf",
    "spravka": B6 + "spravka-itogi-2024.pdf",
    "prikaz": B6 + "prikaz-76-ot-10-09-2024.pdf",
    "sogl": B6 + "soglasheniya.pdf",
    "pp": B6 + "pp-2024.pdf",
    "anket": B6 + "anketirovanie-2024.pdf",
    "kpk": B6 + "kpk.pdf",
    "mo": B6 + "mo-nastavnikov.pdf",
    "stim": B6 + "polozhenie-o-stimuliruyushchih.pdf",
    "nemat": B6 + "polozhenie-o-pooshchrenii.pdf",
}
FILES.append({
    "file": "typed/ddt_drobi_i_usloviya.xlsx", "sheet": "Форма ДО",
    "organisation": "МБУ ДО «ДДТ»", "numbered": False, "links": L6, "hyperlinks": False, "note_col": True,
    "top": [["Форма мониторинга ЦМН (организации доп. образования), 2024 год"],
            ["Наименование организации", "МБУ ДО «ДДТ»"]],
    "header": ["Показатель", "Значение", "Ссылка", "Примечание"],
    "rows": [
        H("1. Локальные акты"),
        R("Положение о наставничестве педагогических работников ДДТ", 1, YN_EST, "есть",
          "orgs_regulation_teachers", link="pol_ped"),
        R("Положение о наставничестве обучающихся", 1, YN_EST, "есть", "orgs_regulation_students",
          link="pol_obuch"),
        R("Приказ о мониторинге ЦМН", 0, YN_EST, "нет", "orgs_monitoring_order",
          note="будет издан в январе 2025"),
        R("Справка по внутреннему мониторингу", 1, YN_EST, "есть", "internal_monitoring_notes",
          link="spravka"),
        H("2. Наставники и наставляемые"),
        R("Куратор ЦМН", 1, CHEL, "1 чел.", "curators_total", link="prikaz"),
        R("Наставники (приказ от 10.09.2024 № 76)", 28, CHEL, "28 чел.", "mentors_total", link="prikaz"),
        R("Наставляемые", 69, CHEL, "69 чел.", "mentees_total", link="prikaz"),
        R("Соглашения с другими ОО", 0, NET_ED, "нет", "agreements_edu_orgs"),
        R("Соглашения с предприятиями", 0, NET_ED, "нет", "agreements_enterprises"),
        R("Соглашения с иными организациями (культура, НКО)", 2, NET_ED, "2 ед.", "agreements_other_orgs",
          link="sogl"),
        R("Партнёры", "МБУК «Ключегорская ЦБС»; АНО «Центр добровольчества «Добро рядом»»", GEN,
          "МБУК «Ключегорская ЦБС»; АНО «Центр добровольчества «Добро рядом»»", "partner_list", link="sogl"),
        H("3. Персонализированные программы"),
        R("ПП всего", 19, ED, "19 ед.", "pp_total", link="pp"),
        R("ученик – ученик", 6, ED, "6 ед.", "pp_pupil_pupil", link="pp"),
        R("педагог – педагог", 3, ED, "3 ед.", "pp_teacher_teacher", link="pp"),
        R("руководитель – педагог", 1, ED, "1 ед.", "pp_head_teacher", link="pp"),
        R("педагог – обучающийся", 8, ED, "8 ед.", "pp_teacher_pupil", link="pp"),
        R("другая форма", 1, ED, "1 ед.", "pp_other", link="pp", note="«работодатель – обучающийся»"),
        H("4. Наставники из других организаций"),
        R("из образовательных организаций", 0, NET_CHEL, "нет", "external_edu_mentors"),
        R("из иных организаций", 2, NET_CHEL, "2 чел.", "other_org_mentors", link="prikaz"),
        R("из предприятий", 0, NET_CHEL, "нет", "enterprise_mentors"),
        H("5. Дети и подростки"),
        R("Всего обучающихся в ДДТ", 1420, THOUS_SP_CHEL, "1 420 чел.", None),
        R("10–19 лет", 846, THOUS_CHEL, "846 чел.", "students_10_19"),
        R("из них наставляемые", 64, CHEL, "64 чел.", "mentees_10_19", link="prikaz"),
        R("в т.ч. одарённые (реестр)", 31, NET_CHEL, "31 чел.", "mentees_gifted", link="prikaz"),
        R("в т.ч. группа риска", 8, NET_CHEL, "8 чел.", "mentees_risk", link="prikaz"),
        R("в т.ч. низкая мотивация", 0, NET_CHEL, "нет", "mentees_low_motivation"),
        R("Доля наставляемых 10–19 лет", 7.57, EPCT2, "7,57%", "share_mentees_10_19"),
        R("15–19 лет", 212, CHEL, "212 чел.", "students_15_19"),
        R("наставники из них", 14, CHEL, "14 чел.", "mentors_15_19", link="prikaz"),
        R("Доля наставников 15–19 лет", 6.6, EPCT1, "6,6%", "share_mentors_15_19"),
        H("6. Удовлетворённость"),
        R("наставляемых", 97.5, EPCT1, "97,5%", "satisfaction_mentees", link="anket"),
        R("наставников", 100, EPCT0, "100%", "satisfaction_mentors", link="anket"),
        H("7. Педагоги"),
        R("Молодые педагоги (до 35, стаж до 3 лет)", 4, CHEL, "4 чел.", "young_specialists"),
        R("из них с наставником (наставляемые)", 3, IZ4, "3 из 4", "young_specialists_mentees",
          link="prikaz"),
        R("Прочие педагоги", 37, CHEL, "37 чел.", "teachers_other"),
        R("Прочие педагоги — наставляемые", 2, CHEL, "2 чел.", "teachers_other_mentees", link="prikaz"),
        R("Доля молодых педагогов-наставляемых", 0.75, FRAC, "3/4", "share_young_specialists_mentees", m=75),
        R("Доля педагогов-наставляемых", 12.2, EPCT1, "12,2%", "share_teachers_mentees"),
        R("Педагоги в ПП", 4, CHEL, "4 чел.", "teachers_in_pp", link="pp"),
        R("КПК по наставничеству", 2, CHEL, "2 чел.", "kpk_trained", link="kpk"),
        R("МО наставников", 1, ED, "1 ед.", "school_methodical_associations", link="mo"),
        R("Педагоги-наставники", 12, CHEL, "12 чел.", "teachers_mentors", link="prikaz"),
        R("Молодые педагоги-наставники", 0, NET_CHEL, "нет", "young_specialists_mentors"),
        R("Доля педагогов-наставников", 29.27, EPCT2, "29,27%", "share_teachers_mentors"),
        R("Доля молодых педагогов-наставников", 0, EPCT1, "0,0%", "share_young_specialists_mentors"),
        H("8. Стимулирование"),
        R("Положение о стимулирующих выплатах наставникам", 1, ED, "1 ед.", "pay_acts", link="stim"),
        R("Положение о нематериальном поощрении", 1, ED, "1 ед.", "nonmaterial_acts", link="nemat"),
        H("Справочно"),
        R("Объединений (кружков, студий)", 76, ED, "76 ед.", None),
        R("Доля детей, занимающихся в 2 и более объединениях", 0.183, PCT1, "18,3%", None),
    ],
})

# ---- writer --------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def load_units():
    units = {}
    with open(CRITERIA, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            units[row["id"]] = row["unit"]
    return units


def main():
    units = load_units()
    (HERE / "typed").mkdir(exist_ok=True)
    expected, cells = [], []
    for spec in FILES:
        wb = Workbook()
        ws = wb.active
        ws.title = spec["sheet"]
        numbered = spec["numbered"]
        c_title = 2 if numbered else 1
        c_val, c_link = c_title + 1, c_title + 2
        c_note = c_title + 3 if spec.get("note_col") else None
        ncols = len(spec["header"])
        r = 1
        for line in spec["top"]:
            for j, text in enumerate(line):
                cell = ws.cell(row=r, column=1 + j, value=text)
                cell.font = Font(bold=(r == 1))
            if len(line) == 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            r += 1
        r += 1
        for j, text in enumerate(spec["header"]):
            cell = ws.cell(row=r, column=1 + j, value=text)
            cell.font = Font(bold=True)
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
        form = {"file": spec["file"], "year": 2024, "organisation": spec["organisation"],
                "values": {}, "links": {}, "not_criteria": [], "headings": []}
        for row in spec["rows"]:
            if row["t"] == "H":
                cell = ws.cell(row=r, column=c_title, value=row["title"])
                cell.font = Font(bold=True)
                form["headings"].append(row["title"])
                r += 1
                continue
            if row["t"] == "F":
                r += 1
                ws.cell(row=r, column=c_title, value=row["title"])
                r += 1
                continue
            if numbered and row["no"] is not None:
                ws.cell(row=r, column=1, value=row["no"]).border = BOX
            tc = ws.cell(row=r, column=c_title, value=row["title"])
            tc.border = BOX
            tc.alignment = Alignment(wrap_text=True, vertical="top")
            vc = ws.cell(row=r, column=c_val, value=row["stored"])
            vc.border = BOX
            vc.alignment = Alignment(horizontal="right" if not isinstance(row["stored"], str) else "left",
                                     vertical="top", wrap_text=isinstance(row["stored"], str))
            if row["fmt"] == QP:
                assert isinstance(row["stored"], str)
                vc.quotePrefix = True
            else:
                vc.number_format = row["fmt"]
            lc = ws.cell(row=r, column=c_link)
            lc.border = BOX
            url = spec["links"][row["link"]] if row["link"] else None
            if url:
                lc.value = url
                if spec["hyperlinks"]:
                    lc.hyperlink = url
                    lc.font = Font(color="0563C1", underline="single")
            if c_note:
                nc = ws.cell(row=r, column=c_note, value=row.get("note"))
                nc.border = BOX
            crit = row["crit"]
            if crit is None:
                form["not_criteria"].append(row["title"])
            else:
                assert crit in units, crit
                assert crit not in form["values"], (spec["file"], crit)
                m = row["m"]
                if units[crit] in ("share", "level") and isinstance(m, float):
                    m = round(m, 2)
                form["values"][crit] = m
                vref = f"{vc.column_letter}{r}"
                cells.append({"file": spec["file"], "sheet": spec["sheet"], "cell": vref, "criterion": crit,
                              "kind": "value", "expected": m, "row_title": row["title"],
                              "stored": row["stored"],
                              "number_format": "General" if row["fmt"] == QP else row["fmt"],
                              "quote_prefix": row["fmt"] == QP, "shown": row["shown"]})
                if url:
                    form["links"][crit] = url
                    cells.append({"file": spec["file"], "sheet": spec["sheet"], "cell": f"{lc.column_letter}{r}",
                                  "criterion": crit, "kind": "link", "expected": url})
            r += 1
        if numbered:
            ws.column_dimensions["A"].width = 6
        ws.column_dimensions[get_column_letter(c_title)].width = 58
        ws.column_dimensions[get_column_letter(c_val)].width = 16
        ws.column_dimensions[get_column_letter(c_link)].width = 62
        if c_note:
            ws.column_dimensions[get_column_letter(c_note)].width = 30
        wb.properties.creator = "Ключегорск"
        wb.save(HERE / spec["file"])
        expected.append(form)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(HERE / "cells.json", "w", encoding="utf-8") as f:
        json.dump({"cells": cells}, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"wrote {len(FILES)} files, {len(expected)} forms, {nv} values, {nl} links")


if __name__ == "__main__":
    main()
