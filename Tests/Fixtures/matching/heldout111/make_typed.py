#!/usr/bin/env python3
"""heldout111: school forms (title | value | link) in which the catalogue's criteria are
interleaved with the school's OWN extra indicators that sound like criteria but are not
(decoys): other age bands, other years, plans, «планируется», subsets, totals instead of
«included in programmes», nearby programmes («Орлята России», «Билет в будущее», …).

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic (fixed seed).
"""
import csv
import json
import pathlib
import random
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
TYPED = HERE / "typed"
RNG = random.Random(111)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ---------------------------------------------------------------- row builders
def C(cid, title, typed, exp=None, link=None, note=None):
    """A criterion row.  exp: the expected value (derived from typed when None)."""
    if exp is None:
        exp = yn(typed)
    return {"kind": "C", "cid": cid, "title": title, "typed": typed, "exp": exp,
            "link": link, "note": note}


def D(title, typed, link=None, note=None):
    """A decoy: the school's own indicator that sounds like a criterion."""
    return {"kind": "D", "title": title, "typed": typed, "link": link, "note": note}


def N(title, typed, link=None):
    """Another row with a value that is no criterion (totals, who filled, date)."""
    return {"kind": "N", "title": title, "typed": typed, "link": link, "note": None}


def H(text):
    return {"kind": "H", "title": text}


def yn(typed):
    if isinstance(typed, (int, float)):
        return typed
    t = str(typed).strip().lower()
    if t in ("да", "имеется", "есть"):
        return 1
    if t in ("нет", "не имеется", "отсутствует"):
        return 0
    return typed


def sh(a, b):
    return round(a / b * 100 + 1e-9, 2)


def comma(x, nd=2):
    s = f"{x:.{nd}f}".rstrip("0").rstrip(".") if nd else str(x)
    return s.replace(".", ",")


def ya_disk():
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "https://disk.yandex.ru/i/" + "".join(RNG.choice(abc) for _ in range(14))


def gdrive():
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "https://drive.google.com/file/d/1" + "".join(RNG.choice(abc) for _ in range(32)) + "/view?usp=sharing"


# ================================================================ file 1
def form1():
    base = "https://sh1-ntalica-r18.gosweb.gosuslugi.ru"
    nf = base + "/netcat_files/32/179/"
    L = {
        "pol_ped": nf + "Polozhenie_o_nastavnichestve_pedagogicheskih_rabotnikov.pdf",
        "pol_obu": nf + "Polozhenie_o_nastavnichestve_obuchayuschihsya.pdf",
        "dk": nf + "Dorozhnaya_karta_CMN_2024-2025.pdf",
        "monit": nf + "Prikaz_178-od_o_monitoringe_CMN.pdf",
        "kur": nf + "Prikaz_165-od_kurator_CMN.pdf",
        "psy": nf + "Prikaz_166-od_soprovozhdenie_par.pdf",
        "plan": base + "/ofitsialno/nastavnichestvo/plan-meropriyatiy/",
        "progr": base + "/ofitsialno/nastavnichestvo/programmy-nastavnichestva/",
        "s_ddt": nf + "Soglashenie_DDT_2024.pdf",
        "s_hleb": nf + "Soglashenie_Hlebokombinat_2024.pdf",
        "s_rb": nf + "Soglashenie_RB_2024.pdf",
        "s_set": nf + "Dogovory_setevoe_vzaimodeystvie_2024.pdf",
        "partn": base + "/ofitsialno/nastavnichestvo/partnery/",
        "pary": nf + "Prikaz_201-od_o_zakreplenii_nastavnicheskih_par.pdf",
        "pary23": nf + "Prikaz_189-od_ot_01.09.2023_pary.pdf",
        "spr": nf + "Spravka_vnutrenniy_monitoring_CMN_2024.pdf",
        "pp": base + "/ofitsialno/nastavnichestvo/personalizirovannye-programmy/",
        "sovet": nf + "Protokol_soveta_profilaktiki_noyabr_2024.pdf",
        "usp": nf + "Analiz_uspevaemosti_nastavlyaemyh_2023-2024.pdf",
        "anket": nf + "Analiz_anketirovaniya_udovletvorennosti_2024.pdf",
        "kadry": nf + "Prikaz_o_prieme_molodyh_specialistov_2024.pdf",
        "kpk": nf + "Udostovereniya_KPK_nastavnichestvo_2024.pdf",
        "konk": base + "/novosti/itogi-konkursa-nastavnik-goda-2024/",
        "pay": nf + "Polozhenie_ob_oplate_truda_rabotnikov.pdf",
        "dopl": nf + "Prikaz_210-od_doplaty_nastavnikam.pdf",
        "nonmat": nf + "Polozhenie_o_nematerialnom_pooschrenii_nastavnikov.pdf",
        "vk": "https://vk.com/club217845301?w=wall-217845301_412",
        "med": nf + "Otchet_sluzhby_mediacii_2024.pdf",
    }
    # figures
    s1019, s1519, ys, tot = 478, 118, 9, 52
    m1019, m1519, ysm, tom = 64, 21, 8, 6
    tm = 22
    rows = [
        H("I. Нормативное обеспечение"),
        C("orgs_regulation_teachers", "Приказ об утверждении Положения о наставничестве педагогов в ОО (1 - есть, 0 - нет)", 1, link=L["pol_ped"]),
        C("orgs_regulation_students", "Приказ об утверждении Положения о наставничестве обучающихся (1/0)", 1, link=L["pol_obu"]),
        D("Дорожная карта внедрения ЦМН в ОО на 2024-2025 уч.г. (1/0)", 1, L["dk"]),
        C("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе (1/0)", 1, link=L["monit"]),
        H("II. Организация процесса наставничества"),
        C("curators_total", "Кураторы внедрения ЦМН в школе, чел.", 2, link=L["kur"]),
        D("Кол-во педагогов-психологов, сопровождающих наставнические пары", 2, L["psy"]),
        D("Количество мероприятий для наставников (семинары, мастер-классы, «Школа наставника»)", 9, L["plan"]),
        C("programmes_total", "Кол-во утверждённых программ наставничества по формам (без персонализированных)", 4, link=L["progr"]),
        C("agreements_edu_orgs", "Соглашения с другими ОО, направившими своих сотрудников в качестве наставников, шт.", 1, link=L["s_ddt"]),
        C("agreements_enterprises", "Соглашения с предприятиями (наставники от предприятия), шт.", 1, link=L["s_hleb"]),
        C("agreements_other_orgs", "Соглашения с иными организациями (наставники из организации), шт.", 1, link=L["s_rb"]),
        D("Договоры о сетевом взаимодействии по реализации программ ДО (без предоставления наставников), шт.", 3, L["s_set"]),
        C("partner_list", "Организации-партнёры по наставничеству (перечислить)",
          "МБУ ДО «Нижнеталицкий ДДТ»; ООО «Талицкий хлебокомбинат»; БУЗ УР «Нижнеталицкая РБ МЗ УР»", link=L["partn"]),
        C("mentors_total", "Наставники в базе ОО по приказу, всего чел.", 47, link=L["pary"]),
        D("Количество наставников в 2023 г. (по приказу)", 41, L["pary23"]),
        D("План на 2025 год: количество наставников", 50, L["dk"]),
        C("mentees_total", "Наставляемые в базе ОО по приказу, всего чел.", 89, link=L["pary"]),
        D("Наставляемые, завершившие программу досрочно", 6, L["spr"]),
        D("Количество наставнических пар (групп), сформированных в сентябре 2024 г.", 38, L["pary"]),
        C("internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга (1/0)", 1, link=L["spr"]),
        H("III. Персонализированные программы наставничества (ПП)"),
        C("pp_total", "ПП наставничества — всего", 30, link=L["pp"]),
        C("pp_pupil_pupil", "в т.ч. «ученик – ученик»", 12, link=L["pp"]),
        D("ПП «ученик – ученик», планируемые на 2025 г.", 14, L["dk"]),
        C("pp_teacher_teacher", "в т.ч. «учитель – учитель» (педагог – педагог)", 9, link=L["pp"]),
        C("pp_head_teacher", "в т.ч. «руководитель – педагог»", 3, link=L["pp"]),
        C("pp_teacher_pupil", "в т.ч. «учитель – ученик»", 6, link=L["pp"]),
        H("IV. Наставники из внешних организаций"),
        C("external_edu_mentors", "Наставники из других образовательных организаций, чел. (по приказу)", 2, link=L["pary"]),
        C("other_org_mentors", "Наставники из иных организаций, чел.", 1, link=L["pary"]),
        C("enterprise_mentors", "Наставники — сотрудники предприятий, чел.", 1, link=L["pary"]),
        H("V. Обучающиеся 10–19 лет в роли наставляемых"),
        N("Всего обучающихся в ОО на 01.09.2024", 812),
        C("students_10_19", "Обучающиеся 10-19 лет, всего", s1019),
        C("mentees_10_19", "Из них наставляемые (10-19 лет)", m1019, link=L["pary"]),
        C("mentees_risk", "наставляемые «группы риска»", 7, link=L["pary"]),
        D("Обучающиеся, состоящие на внутришкольном учёте", 11, L["sovet"]),
        D("Количество обращений наставляемых в школьную службу медиации", 4, L["med"]),
        C("mentees_gifted", "наставляемые из числа одарённых (реестр)", 12, link=L["pary"]),
        C("mentees_disabled", "наставляемые с ОВЗ / дети-инвалиды (10-19 лет)", 5, link=L["pary"]),
        D("Наставляемые с ОВЗ, 1–4 классы", 3, L["pary"]),
        C("mentees_low_motivation", "наставляемые с низкой мотивацией / неуспевающие", 14, link=L["pary"]),
        D("Доля наставляемых, улучшивших успеваемость по итогам 2023/24 уч. г., %", 57.8, L["usp"]),
        C("mentees_career", "наставляемые — проблемы выбора проф. траектории", 18, link=L["pary"]),
        C("mentees_other_params", "наставляемые по иным основаниям", 8, link=L["pary"]),
        C("share_mentees_10_19", "Доля наставляемых 10-19 лет от всех обучающихся 10-19 лет, %", sh(m1019, s1019), sh(m1019, s1019)),
        H("VI. Обучающиеся 15–19 лет в роли наставников"),
        C("students_15_19", "Обучающиеся 15-19 лет, всего", s1519),
        C("mentors_15_19", "Наставники из числа обучающихся 15-19 лет (приказ)", m1519, link=L["pary"]),
        D("Обучающиеся 15–19 лет в роли наставляемых", 9, L["pary"]),
        C("share_mentors_15_19", "Доля обучающихся 15–19 лет — наставников, %", sh(m1519, s1519), sh(m1519, s1519)),
        H("VII. Удовлетворённость участием в программах"),
        C("satisfaction_mentees", "Удовлетворённость наставляемых (завершённые программы), %", 92, link=L["anket"]),
        C("satisfaction_mentors", "Удовлетворённость наставников (завершённые программы), %", 88, link=L["anket"]),
        D("Удовлетворённость родителей наставляемых, %", 90, L["anket"]),
        H("VIII. Педагоги в роли наставляемых"),
        C("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего", ys),
        D("Молодые специалисты, принятые на работу в 2024 г.", 3, L["kadry"]),
        C("young_specialists_mentees", "Молодые специалисты — наставляемые", ysm, link=L["pary"]),
        C("teachers_other", "Педагоги без учёта молодых специалистов, всего", tot),
        C("teachers_other_mentees", "Педагоги (кроме МС) — наставляемые", tom, link=L["pary"]),
        C("share_young_specialists_mentees", "Доля МС в роли наставляемых, %", sh(ysm, ys), sh(ysm, ys)),
        C("share_teachers_mentees", "Доля педагогов-наставляемых (от всех педагогов), %", sh(ysm + tom, ys + tot), sh(ysm + tom, ys + tot)),
        H("IX. Профессиональное развитие"),
        C("kpk_trained", "Прошли КПК по наставничеству в 2024 г., чел.", 7, link=L["kpk"]),
        D("в т.ч. наставники, прошедшие КПК по наставничеству", 5, L["kpk"]),
        H("X. Педагоги в роли наставников"),
        C("teachers_mentors", "Педагоги-наставники, чел.", tm, link=L["pary"]),
        D("Наставники — победители и призёры конкурсов профмастерства (2024)", 3, L["konk"]),
        C("share_teachers_mentors", "Доля педагогов-наставников, %", sh(tm, ys + tot), sh(tm, ys + tot)),
        H("XI. Стимулирование наставников"),
        C("pay_acts", "Локальные акты об оплате работы наставников (кол-во)", 1, link=L["pay"]),
        D("Наставники, получающие ежемесячную доплату за наставничество", 14, L["dopl"]),
        C("nonmaterial_acts", "Локальные акты о нематериальном поощрении наставников (кол-во)", 1, link=L["nonmat"]),
        H("XII. Информационное сопровождение"),
        D("Наличие страницы «Наставничество» в сообществе школы ВКонтакте (1/0)", 1, L["vk"]),
    ]
    return {
        "file": "typed/01_СОШ1_наставничество_2024.xlsx",
        "sheet": "Мониторинг 2024",
        "organisation": "МБОУ «Нижнеталицкая СОШ № 1»",
        "title_rows": [
            "Мониторинг реализации целевой модели наставничества педагогических работников и обучающихся",
            "Образовательная организация: МБОУ «Нижнеталицкая СОШ № 1»",
            "Отчётный период: 2024 календарный год",
        ],
        "header": ["№ п/п", "Показатель", "Значение", "Ссылка на документ"],
        "numbered": True, "link_style": "url", "merge_headings": True,
        "footer": ["Директор ____________ Т.Н. Кузьмина", "Куратор ЦМН: Лебедева О.В., 8(34157) 2-14-30"],
        "rows": rows,
    }


# ================================================================ file 2
def form2():
    base = "https://lyceum2-ntalica.ru"
    d = base + "/upload/docs/nastavnichestvo/"
    L = {
        "pol": d + "polozhenie_nastavnichestvo_ped_2024.pdf",
        "pol_o": d + "polozhenie_nastavnichestvo_obuch.pdf",
        "proekt": d + "proekt_polozheniya_obuch_2025.docx",
        "monit": d + "prikaz_monitoring_CMN_2024.pdf",
        "kur": d + "prikaz_kurator_2024.pdf",
        "shkola": base + "/nastavnichestvo/shkola-nastavnika/",
        "s_udgu": d + "soglashenie_UdGU.pdf",
        "s_koll": d + "soglashenie_TPK.pdf",
        "s_zavod": d + "soglashenie_TMZ.pdf",
        "prakt": d + "prikaz_praktika_studentov_UdGU_2024.pdf",
        "proekty": base + "/news/proekty-s-tmz-2024/",
        "pary": d + "prikaz_baza_nastavnikov_i_nastavlyaemyh_2024.pdf",
        "smena": d + "prikaz_smena_nastavnika.pdf",
        "spr": d + "spravka_vnutrenniy_monitoring_2024.pdf",
        "pp": base + "/nastavnichestvo/programmy/",
        "reestr": d + "reestr_odarennyh_2024.xlsx",
        "vsosh": base + "/news/itogi-municipalnogo-etapa-vsosh-2024/",
        "gor": base + "/proforientaciya/rossiya-moi-gorizonty/",
        "anket": d + "anketirovanie_itogi_2024.pdf",
        "anket_may": d + "anketirovanie_promezhutochnoe_may_2024.pdf",
        "kadry": d + "spravka_kadry_2024.pdf",
        "kpk": d + "kpk_nastavniki_2024.pdf",
        "pay": d + "polozhenie_o_stimuliruyuschih_vyplatah.pdf",
        "nonmat": d + "polozhenie_nematerialnoe_pooschrenie.pdf",
        "news": base + "/news/?tag=nastavnichestvo",
        "razdel": base + "/nastavnichestvo/",
    }
    s1019, s1519, ys, tot = 598, 205, 7, 44
    m1019, m1519, ysm, tom, tm = 96, 41, 7, 5, 19
    m1014 = 58
    pct = lambda v: comma(v) + "%"
    rows = [
        H("Нормативная база"),
        C("orgs_regulation_teachers", "Положение о наставничестве пед. работников утверждено приказом", "да", link=L["pol"]),
        C("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено приказом", "да", link=L["pol_o"]),
        D("Положение о наставничестве обучающихся в новой редакции — планируется к утверждению", "да", L["proekt"]),
        C("orgs_monitoring_order", "Приказ о мониторинге целевой модели наставничества в лицее", "да", link=L["monit"]),
        H("Организация наставничества"),
        C("curators_total", "Куратор(ы) ЦМН, чел.", 1, link=L["kur"]),
        D("Мероприятия «Школы наставника» в 2024 г., кол-во", 5, L["shkola"]),
        C("agreements_edu_orgs", "Соглашения с образовательными организациями (предоставление наставников)", 2, link=L["s_udgu"]),
        C("agreements_enterprises", "Соглашения с предприятиями о предоставлении наставников", 1, link=L["s_zavod"]),
        D("справочно: студенты-практиканты УдГУ, проходившие практику в лицее", 6, L["prakt"]),
        D("Проекты, выполненные лицеистами под руководством наставников от предприятия", 4, L["proekty"]),
        C("partner_list", "Партнёры лицея по наставничеству",
          "ФГБОУ ВО «Удмуртский государственный университет»; ГБПОУ УР «Талицкий политехнический колледж»; АО «Талицкий механический завод»",
          link=L["s_koll"]),
        C("mentors_total", "Наставники (приказ), всего чел.", 73, link=L["pary"]),
        D("в т.ч. наставники из числа выпускников лицея", 3, L["pary"]),
        D("Наставники-лицеисты 8-х классов (13–14 лет)", 8, L["pary"]),
        C("mentees_total", "Наставляемые (приказ), всего чел.", 108, link=L["pary"]),
        D("Наставляемые, сменившие наставника в течение года", 2, L["smena"]),
        C("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "да", link=L["spr"]),
        H("Персонализированные программы"),
        C("pp_total", "Персонализированных программ всего", 27, link=L["pp"]),
        C("pp_pupil_pupil", "ученик – ученик", 11, link=L["pp"]),
        C("pp_teacher_teacher", "педагог – педагог", 6, link=L["pp"]),
        C("pp_head_teacher", "руководитель – педагог", 2, link=L["pp"]),
        C("pp_student_pupil", "студент – ученик", 1, link=L["pp"]),
        C("pp_teacher_pupil", "учитель – ученик", 7, link=L["pp"]),
        D("Персонализированные программы, планируемые к утверждению на 2 полугодие 2024/25 уч. г.", 9, L["pp"]),
        H("Внешние наставники"),
        C("external_edu_mentors", "Наставники из других ОО (по приказу)", 3, link=L["pary"]),
        C("enterprise_mentors", "Наставники от предприятий", 2, link=L["pary"]),
        H("Обучающиеся 10–19 лет"),
        C("students_10_19", "Контингент 10-19 лет", s1019),
        C("mentees_10_19", "Наставляемые 10-19 лет", m1019, link=L["pary"]),
        D("в т.ч. в возрасте 10–14 лет", m1014, L["pary"]),
        C("mentees_risk", "группа риска", 4, link=L["pary"]),
        C("mentees_gifted", "одарённые (из реестра)", 38, link=L["reestr"]),
        D("Одарённые обучающиеся в реестре лицея (всего)", 71, L["reestr"]),
        D("Призёры муниципального этапа ВсОШ из числа наставляемых", 14, L["vsosh"]),
        C("mentees_disabled", "ОВЗ, дети-инвалиды", 3, link=L["pary"]),
        C("mentees_low_motivation", "низкая мотивация, неуспевающие", 9, link=L["pary"]),
        C("mentees_career", "затруднения в выборе профессии", 27, link=L["pary"]),
        D("Участники проекта «Россия — мои горизонты» (6–11 кл.)", 412, L["gor"]),
        C("mentees_other_params", "иные параметры", 15, link=L["pary"]),
        C("share_mentees_10_19", "Доля наставляемых 10-19 лет", pct(sh(m1019, s1019)), sh(m1019, s1019)),
        H("Обучающиеся 15–19 лет"),
        C("students_15_19", "Контингент 15-19 лет", s1519),
        C("mentors_15_19", "Наставники-обучающиеся 15-19 лет (приказ)", m1519, link=L["pary"]),
        C("share_mentors_15_19", "Доля наставников среди обучающихся 15-19 лет", pct(sh(m1519, s1519)), sh(m1519, s1519)),
        D("Доля обучающихся 15-19 лет в роли наставляемых", pct(sh(m1019 - m1014, s1519)), L["pary"]),
        H("Удовлетворённость"),
        C("satisfaction_mentees", "Удовлетворённость наставляемых участием в завершённых программах", "94,5%", 94.5, link=L["anket"]),
        D("Удовлетворённость наставляемых (промежуточное анкетирование, май 2024)", "89%", L["anket_may"]),
        C("satisfaction_mentors", "Удовлетворённость наставников участием в завершённых программах", "91%", 91, link=L["anket"]),
        H("Педагоги"),
        C("young_specialists", "Молодые специалисты (до 35, первые 3 года)", ys),
        D("Молодые специалисты до 30 лет", 5, L["kadry"]),
        D("Молодые специалисты, уволившиеся в 2024 г.", 1, L["kadry"]),
        C("young_specialists_mentees", "МС — наставляемые", ysm, link=L["pary"]),
        C("teachers_other", "Остальные педагоги (без МС)", tot),
        C("teachers_other_mentees", "Остальные педагоги — наставляемые", tom, link=L["pary"]),
        C("share_young_specialists_mentees", "Доля МС-наставляемых", pct(sh(ysm, ys)), sh(ysm, ys)),
        C("share_teachers_mentees", "Доля педагогов-наставляемых", pct(sh(ysm + tom, ys + tot)), sh(ysm + tom, ys + tot)),
        C("kpk_trained", "Обучились на КПК по наставничеству (2024)", 4, link=L["kpk"]),
        C("kpk_courses", "Названия курсов КПК",
          "«Наставничество в образовательной организации: механизмы реализации» (АОУ ДПО УР ИРО, 36 ч); «Организация наставничества в школе» (72 ч)",
          link=L["kpk"]),
        C("teachers_mentors", "Педагоги-наставники", tm, link=L["pary"]),
        D("Педагоги-наставники в 2023 г.", 17, L["pary"]),
        D("Педагоги-наставники с высшей квалификационной категорией", 12, L["kadry"]),
        C("share_teachers_mentors", "Доля педагогов-наставников", pct(sh(tm, ys + tot)), sh(tm, ys + tot)),
        H("Стимулирование и информирование"),
        C("pay_acts", "Локальный акт об оплате наставничества (кол-во)", 1, link=L["pay"]),
        C("nonmaterial_acts", "Локальный акт о нематериальном поощрении (кол-во)", 1, link=L["nonmat"]),
        D("Публикации о наставничестве на сайте лицея за 2024 г.", 11, L["news"]),
        D("Раздел «Наставничество» на официальном сайте", "да", L["razdel"]),
    ]
    return {
        "file": "typed/02_Лицей2_ЦМН.xlsx",
        "sheet": "Лист1",
        "organisation": "МАОУ «Лицей № 2»",
        "title_rows": [
            "МАОУ «Лицей № 2» г. Нижняя Талица",
            "Сведения для мониторинга ЦМН за 2024 год",
        ],
        "header": ["Показатель", "Значение", "Ссылка"],
        "numbered": False, "link_style": "hyperlink", "merge_headings": False,
        "indent_decoys_starting": ("в т.ч.", "справочно"),
        "footer": ["Исп. Ахмедова Г.Р., зам. директора по НМР"],
        "rows": rows,
    }


# ================================================================ file 3
def form3():
    g = {k: gdrive() for k in ("pol_ped", "pol_obu", "monit", "orl", "kur", "cppms", "s_bib", "pary",
                                "spr", "pp", "bilet", "pdn", "anket", "zemsk", "kpk", "kust",
                                "tochka", "nonmat", "rod", "den", "anket23", "sport")}
    s1019, s1519, ys, tot = 52, 7, 1, 13
    m1019, m1519, ysm, tom, tm = 9, 3, 1, 1, 3
    rows = [
        H("Документы"),
        C("orgs_regulation_teachers", "Положение о наставничестве педагогических работников (приказ)", "да", link=g["pol_ped"]),
        C("orgs_regulation_students", "Положение о наставничестве учащихся (приказ)", "да", link=g["pol_obu"]),
        C("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "да", link=g["monit"]),
        D("Приказ о закреплении вожатых-наставников «Орлят России»", "да", g["orl"]),
        H("Организация"),
        C("curators_total", "Куратор ЦМН", 1, link=g["kur"]),
        D("Специалисты ЦППМСП, сопровождающие наставнические пары", 1, g["cppms"]),
        C("agreements_other_orgs", "Соглашения с иными организациями о предоставлении наставников", 1, link=g["s_bib"]),
        C("partner_list", "С кем сотрудничаем по наставничеству",
          "Верхнеталицкая сельская библиотека — филиал МБУК «Нижнеталицкая ЦБС»", link=g["s_bib"]),
        C("mentors_total", "Наставников по приказу", 7, link=g["pary"]),
        C("mentees_total", "Наставляемых по приказу", 15, link=g["pary"]),
        D("План на 2025 г.: наставляемых", 16, g["pary"]),
        C("internal_monitoring_notes", "Информационная справка о внутреннем мониторинге", "да", link=g["spr"]),
        H("Программы"),
        C("pp_total", "Персонализированные программы (всего)", 5, link=g["pp"]),
        C("pp_pupil_pupil", "из них ученик-ученик", 2, link=g["pp"]),
        C("pp_teacher_teacher", "из них учитель-учитель", 2, link=g["pp"]),
        C("pp_teacher_pupil", "из них учитель-ученик", 1, link=g["pp"]),
        C("other_org_mentors", "Наставники из иных организаций (библиотека)", 1, link=g["pary"]),
        H("Ученики"),
        C("students_10_19", "Учащихся 10–19 лет", s1019),
        C("mentees_10_19", "Наставляемых 10–19 лет", m1019, link=g["pary"]),
        D("Учащиеся 1–4 кл. — наставляемые", 4, g["pary"]),
        D("Охват 6–9 кл. проектом «Билет в будущее»", 31, g["bilet"]),
        D("Учащиеся 5–9 кл. — участники школьного спортклуба «Старт»", 27, g["sport"]),
        C("mentees_risk", "из них группа риска", 2, link=g["pary"]),
        D("Состоят на учёте в ПДН / КДНиЗП", 1, g["pdn"]),
        C("mentees_gifted", "из них одарённые", 1, link=g["pary"]),
        C("mentees_disabled", "из них ОВЗ/инвалиды", 2, link=g["pary"]),
        D("Наставляемые с ОВЗ (все классы)", 3, g["pary"]),
        C("mentees_low_motivation", "из них слабоуспевающие, низкая мотивация", 3, link=g["pary"]),
        C("mentees_career", "из них проблемы профориентации", 1, link=g["pary"]),
        C("share_mentees_10_19", "Доля наставляемых 10–19 лет, %", sh(m1019, s1019), sh(m1019, s1019)),
        C("students_15_19", "Учащихся 15–19 лет", s1519),
        C("mentors_15_19", "Наставники-ученики 15–19 лет", m1519, link=g["pary"]),
        D("Учащиеся 15–19 лет в роли наставляемых", 1, g["pary"]),
        D("Вожатые-наставники «Орлят России» из учащихся 7–8 кл.", 4, g["orl"]),
        C("share_mentors_15_19", "Доля наставников-учеников 15–19 лет, %", sh(m1519, s1519), sh(m1519, s1519)),
        D("Участники программы «Орлята России» (1–4 кл.)", 38, g["orl"]),
        H("Удовлетворённость"),
        C("satisfaction_mentees", "Удовлетворённость наставляемых, %", 100, link=g["anket"]),
        C("satisfaction_mentors", "Удовлетворённость наставников, %", 95, link=g["anket"]),
        D("Удовлетворённость наставляемых в 2023 г., %", 96, g["anket23"]),
        H("Педагоги"),
        C("young_specialists", "Молодых специалистов", ys),
        D("Молодые специалисты, получившие выплату «Земский учитель»", 1, g["zemsk"]),
        C("young_specialists_mentees", "МС-наставляемых", ysm, link=g["pary"]),
        C("teachers_other", "Других педагогов", tot),
        C("teachers_other_mentees", "Других педагогов-наставляемых", tom, link=g["pary"]),
        C("share_young_specialists_mentees", "Доля МС-наставляемых, %", sh(ysm, ys), sh(ysm, ys)),
        C("share_teachers_mentees", "Доля педагогов-наставляемых, %", sh(ysm + tom, ys + tot), sh(ysm + tom, ys + tot)),
        C("kpk_trained", "КПК по наставничеству (чел.)", 2, link=g["kpk"]),
        D("Количество наставников, прошедших КПК по наставничеству", 1, g["kpk"]),
        D("Мероприятия для наставников (кустовое МО), кол-во", 3, g["kust"]),
        C("teachers_mentors", "Педагогов-наставников", tm, link=g["pary"]),
        C("share_teachers_mentors", "Доля педагогов-наставников, %", sh(tm, ys + tot), sh(tm, ys + tot)),
        D("Педагоги, работающие в центре «Точка роста»", 4, g["tochka"]),
        H("Поощрение"),
        C("pay_acts", "Положение об оплате наставничества (кол-во)", 0),
        C("nonmaterial_acts", "Положение о нематериальном поощрении наставников (кол-во)", 1, link=g["nonmat"]),
        D("Количество родителей, вовлечённых в наставничество", 5, g["rod"]),
        D("Мероприятия ко Дню наставника, кол-во", 2, g["den"]),
    ]
    return {
        "file": "typed/03_Верхнеталицкая ООШ.xlsx",
        "sheet": "ЦМН",
        "organisation": "МБОУ «Верхнеталицкая ООШ»",
        "title_rows": [
            "Отчёт по наставничеству за 2024 год",
            "МБОУ «Верхнеталицкая ООШ» (Нижнеталицкий округ)",
        ],
        "header": ["Показатель", "Значение", "Ссылка"],
        "numbered": False, "link_style": "url", "merge_headings": False,
        "footer": ["Директор школы: Шутова Н.А."],
        "rows": rows,
    }


# ================================================================ file 4
def form4():
    base = "https://school4-ntalica.edusite.ru"
    d = base + "/DswMedia/"
    L = {k: d + v for k, v in {
        "pol_ped": "polojenie_nastavnichestvo_pedagogi.pdf",
        "pol_obu": "polojenie_nastavnichestvo_obuchayuschiesya.pdf",
        "monit": "prikaz_monitoring_cmn_2024.pdf",
        "monit23": "prikaz_monitoring_cmn_2023.pdf",
        "kur": "prikaz_kuratory_2024.pdf",
        "kur23": "prikaz_kurator_2023.pdf",
        "s_ddt": "soglashenie_ddt.pdf",
        "s_agro": "soglashenie_agrofirma_talica.pdf",
        "s_tmz": "soglashenie_tmz.pdf",
        "s_mvd": "soglashenie_mo_mvd.pdf",
        "plan25": "plan_raboty_cmn_2025.pdf",
        "partn": "perechen_partnerov_2024.pdf",
        "baza": "prikaz_baza_nastavnikov_2024.pdf",
        "baza23": "prikaz_baza_nastavnikov_2023.pdf",
        "spr": "spravka_vnutr_monitoring_2024.pdf",
        "spr23": "spravka_vnutr_monitoring_2023.pdf",
        "pp": "personalizirovannye_programmy_2024.pdf",
        "pp23": "personalizirovannye_programmy_2023.pdf",
        "vybyl": "spravka_vybytie_iz_programm.pdf",
        "anket": "anketirovanie_udovletvorennost_2024.pdf",
        "anket23": "anketirovanie_udovletvorennost_2023.pdf",
        "kpk": "kpk_nastavnichestvo_2024.pdf",
        "kpk25": "plan_kpk_2025.pdf",
        "shmo": "prikaz_shmo_nastavnikov.pdf",
        "shmo_prot": "protokoly_shmo_nastavnikov_2024.pdf",
        "pay": "polojenie_oplata_nastavnichestva.pdf",
        "nonmat": "polojenie_nematerialnoe_pooschrenie.pdf",
    }.items()}
    s1019, s1519, ys, tot = 571, 162, 11, 63
    m1019, m1519, ysm, tom, tm, ysmt = 83, 28, 10, 7, 25, 3
    pf = lambda a, b: round(a / b, 4)       # typed as a fraction in a «0.00%» cell
    rows = [
        H("1. Нормативное обеспечение"),
        C("orgs_regulation_teachers", "Наличие Положения о системе наставничества педработников (приказ)", "Да", link=L["pol_ped"]),
        C("orgs_regulation_students", "Наличие Положения о системе наставничества обучающихся (приказ)", "Да", link=L["pol_obu"]),
        C("orgs_monitoring_order", "Издан приказ о мониторинге реализации ЦМН в 2024 г.", "Да", link=L["monit"]),
        D("Приказ о мониторинге реализации ЦМН за 2023 г.", "Да", L["monit23"]),
        H("2. Организация процесса"),
        C("curators_total", "Количество кураторов ЦМН", 2, link=L["kur"]),
        D("Количество кураторов ЦМН в 2023 г.", 1, L["kur23"]),
        C("agreements_edu_orgs", "Соглашения о сотрудничестве с ОО (наставники от ОО)", 1, link=L["s_ddt"]),
        C("agreements_enterprises", "Соглашения о сотрудничестве с предприятиями (наставники от предприятий)", 2, link=L["s_agro"]),
        D("Соглашения с предприятиями, планируемые к заключению в 2025 г.", 1, L["plan25"]),
        C("agreements_other_orgs", "Соглашения с иными организациями (наставники от организаций)", 1, link=L["s_mvd"]),
        C("agreement_subjects", "Предмет соглашений",
          "совместная реализация программ наставничества по формам «работодатель – ученик» и «педагог – ученик»", link=L["s_tmz"]),
        C("partner_list", "Партнёры (предприятия, организации)",
          "МБУ ДО «Нижнеталицкий ДДТ»; ООО «Агрофирма «Талица»; АО «Талицкий механический завод»; МО МВД России «Нижнеталицкий»",
          link=L["partn"]),
        C("mentors_total", "Число наставников в базе (по приказу)", 59, link=L["baza"]),
        D("Число наставников в базе (по приказу), 2023 г.", 52, L["baza23"]),
        C("mentees_total", "Число наставляемых в базе (по приказу)", 117, link=L["baza"]),
        D("Число наставляемых — план на 2025 г.", 125, L["plan25"]),
        C("internal_monitoring_notes", "Информационная справка по итогам внутреннего мониторинга за 2024 г.", "Да", link=L["spr"]),
        D("Информационная справка по итогам внутреннего мониторинга за 2023 г.", "Да", L["spr23"]),
        H("3. Персонализированные программы (ПП)"),
        C("pp_total", "Всего ПП", 35, link=L["pp"]),
        C("pp_pupil_pupil", "ПП «ученик – ученик»", 13, link=L["pp"]),
        C("pp_teacher_teacher", "ПП «учитель – учитель»", 10, link=L["pp"]),
        D("ПП «учитель – учитель», 2023 г.", 8, L["pp23"]),
        C("pp_head_teacher", "ПП «руководитель – педагог»", 4, link=L["pp"]),
        C("pp_teacher_pupil", "ПП «учитель – ученик»", 8, link=L["pp"]),
        H("4. Внешние наставники"),
        C("external_edu_mentors", "Наставники из других ОО", 1, link=L["baza"]),
        C("other_org_mentors", "Наставники из иных организаций", 2, link=L["baza"]),
        C("enterprise_mentors", "Наставники с предприятий", 3, link=L["baza"]),
        H("5. Наставляемые 10–19 лет"),
        C("students_10_19", "Обучающихся 10–19 лет всего", s1019),
        C("mentees_10_19", "Наставляемых 10–19 лет", m1019, link=L["baza"]),
        D("Наставляемых 10–19 лет, 2023 г.", 76, L["baza23"]),
        D("Наставляемых 10–19 лет — план на 2025 г.", 90, L["plan25"]),
        C("mentees_risk", "группа риска", 9, link=L["baza"]),
        D("группа риска — выбыли из программ в течение года", 2, L["vybyl"]),
        C("mentees_gifted", "одарённые дети (реестр)", 21, link=L["baza"]),
        C("mentees_disabled", "дети с ОВЗ и инвалидностью", 6, link=L["baza"]),
        C("mentees_low_motivation", "низкая учебная мотивация", 17, link=L["baza"]),
        C("mentees_career", "трудности профессионального самоопределения", 22, link=L["baza"]),
        C("mentees_other_params", "прочие", 8, link=L["baza"]),
        C("share_mentees_10_19", "Доля наставляемых 10–19 лет", pf(m1019, s1019), sh(m1019, s1019)),
        D("Доля наставляемых 10–19 лет — целевое значение 2025 г.", 0.15, L["plan25"]),
        H("6. Наставники 15–19 лет"),
        C("students_15_19", "Обучающихся 15–19 лет всего", s1519),
        C("mentors_15_19", "Наставников 15–19 лет (по приказу)", m1519, link=L["baza"]),
        D("Наставников 15–19 лет (по приказу), 2023 г.", 24, L["baza23"]),
        C("share_mentors_15_19", "Доля наставников 15–19 лет", pf(m1519, s1519), sh(m1519, s1519)),
        H("7. Удовлетворённость"),
        C("satisfaction_mentees", "Удовлетворённость наставляемых (завершённые программы)", 0.913, 91.3, link=L["anket"]),
        C("satisfaction_mentors", "Удовлетворённость наставников (завершённые программы)", 0.875, 87.5, link=L["anket"]),
        D("Удовлетворённость наставников, 2023 г.", 0.85, L["anket23"]),
        H("8. Педагоги-наставляемые"),
        C("young_specialists", "Молодых специалистов всего", ys),
        D("Молодых специалистов всего — 2023 г.", 10, L["baza23"]),
        C("young_specialists_mentees", "Молодых специалистов-наставляемых", ysm, link=L["baza"]),
        D("Молодых специалистов-наставляемых, 2023 г.", 9, L["baza23"]),
        C("teachers_other", "Педагогов (кроме молодых специалистов)", tot),
        C("teachers_other_mentees", "Педагогов-наставляемых (кроме молодых специалистов)", tom, link=L["baza"]),
        C("share_young_specialists_mentees", "Доля МС-наставляемых", pf(ysm, ys), sh(ysm, ys)),
        C("share_teachers_mentees", "Доля педагогов-наставляемых", pf(ysm + tom, ys + tot), sh(ysm + tom, ys + tot)),
        H("9. Профессиональное развитие"),
        C("teachers_in_pp", "Педагогов в ПП", 32, link=L["pp"]),
        C("kpk_trained", "Обучены на КПК по наставничеству в 2024 г.", 8, link=L["kpk"]),
        D("Планируют обучение на КПК по наставничеству в 2025 г.", 6, L["kpk25"]),
        C("school_methodical_associations", "Методические объединения наставников", 2, link=L["shmo"]),
        D("Заседаний ШМО наставников в 2024 г.", 4, L["shmo_prot"]),
        H("10. Педагоги-наставники"),
        C("teachers_mentors", "Педагогов-наставников", tm, link=L["baza"]),
        D("Педагогов-наставников, 2023 г.", 23, L["baza23"]),
        C("young_specialists_mentors", "Молодых специалистов-наставников", ysmt, link=L["baza"]),
        C("share_teachers_mentors", "Доля педагогов-наставников", pf(tm, ys + tot), sh(tm, ys + tot)),
        D("Доля педагогов-наставников — план 2025 г.", 0.35, L["plan25"]),
        C("share_young_specialists_mentors", "Доля молодых специалистов-наставников", pf(ysmt, ys), sh(ysmt, ys)),
        H("11. Стимулирование"),
        C("pay_acts", "Локальные акты об оплате наставничества", 1, link=L["pay"]),
        C("nonmaterial_acts", "Локальные акты о нематериальном поощрении", 1, link=L["nonmat"]),
        D("Локальные акты о поощрении наставников, планируемые к принятию в 2025 г.", 1, L["plan25"]),
        N("Ответственный за заполнение", "Сидорова Е.В., зам. директора по УВР"),
        N("Дата заполнения", "28.10.2024"),
    ]
    return {
        "file": "typed/04_school4_monitoring_CMN.xlsx",
        "sheet": "Форма",
        "organisation": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4 с углублённым изучением отдельных предметов»",
        "title_rows": [
            "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4 с углублённым изучением отдельных предметов»",
            "Мониторинг реализации целевой модели наставничества — 2024",
        ],
        "header": ["№", "Наименование показателя", "Значение за 2024 г.", "Ссылка на подтверждающий документ"],
        "numbered": "dotted", "link_style": "url", "merge_headings": True,
        "percent_fraction": True,
        "footer": [],
        "rows": rows,
    }


# ================================================================ file 5
def form5():
    y = {k: ya_disk() for k in ("pol_ped", "pol_obu", "yt", "kur", "obed", "s_tel", "s_kv", "s_dp", "baza",
                                "sovm", "rod", "spr", "pp", "pfdo", "konk", "usp", "smena", "anket",
                                "kadry", "kpk", "mk", "mo", "serdce", "psy", "nonmat", "perehod", "modul", "plan25")}
    vk = "https://vk.com/ddt_ntalica?w=wall-198204417_1765"
    s1019, s1519, ys, tot = 812, 187, 4, 31
    m1019, m1519, ysm, tom, tm = 48, 14, 4, 2, 9
    c2 = lambda v: comma(v)
    rows = [
        H("Раздел 1. Нормативное обеспечение"),
        C("orgs_regulation_teachers", "Положение о наставничестве педагогов ДО утверждено (приказ)", "имеется", link=y["pol_ped"]),
        C("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено (приказ)", "имеется", link=y["pol_obu"]),
        C("orgs_monitoring_order", "Приказ о мониторинге наставничества в учреждении", "имеется", link=y["kur"]),
        D("Программа наставничества объединения «Юный техник» — планируется утвердить", "планируется (январь 2025)", y["yt"]),
        H("Раздел 2. Организация"),
        C("curators_total", "Кураторы ЦМН", 1, link=y["kur"]),
        D("Детские объединения, в которых реализуется наставничество", 11, y["obed"]),
        C("agreements_enterprises", "Соглашения с предприятиями (наставники)", 1, link=y["s_tel"]),
        C("agreements_other_orgs", "Соглашения с иными организациями (наставники)", 2, link=y["s_kv"]),
        C("partner_list", "Организации-партнёры",
          "ООО «ТалицаТелеком»; АНО ДО «Центр робототехники «Кванта»; Местное отделение Движения первых Нижнеталицкого округа",
          link=y["s_dp"]),
        C("mentors_total", "Наставники (по приказу)", 28, link=y["baza"]),
        D("Наставники — педагоги-совместители", 2, y["sovm"]),
        D("Наставники из числа родителей (по приказу)", 2, y["baza"]),
        C("mentees_total", "Наставляемые (по приказу)", 65, link=y["baza"]),
        D("Наставляемые 5–9 лет", 11, y["baza"]),
        D("Наставляемые, ставшие наставниками в 2024 г.", 3, y["perehod"]),
        C("internal_monitoring_notes", "Справка по внутреннему мониторингу", "имеется", link=y["spr"]),
        H("Раздел 3. Персонализированные программы"),
        C("pp_total", "ПП всего", 14, link=y["pp"]),
        C("pp_pupil_pupil", "ПП ученик–ученик", 5, link=y["pp"]),
        C("pp_teacher_teacher", "ПП педагог–педагог", 4, link=y["pp"]),
        C("pp_head_teacher", "ПП руководитель–педагог", 1, link=y["pp"]),
        C("pp_teacher_pupil", "ПП педагог–обучающийся", 4, link=y["pp"]),
        D("Программы ДО с модулем «Наставничество», кол-во", 6, y["modul"]),
        H("Раздел 4. Внешние наставники"),
        C("other_org_mentors", "Наставники из иных организаций", 2, link=y["baza"]),
        C("enterprise_mentors", "Наставники из предприятий", 1, link=y["baza"]),
        H("Раздел 5. Обучающиеся 10–19 лет"),
        C("students_10_19", "Обучающиеся в возрасте 10–19 лет (контингент)", s1019),
        D("Сертификаты ПФДО, использованные в ДДТ в 2024 г.", 620, y["pfdo"]),
        D("Обучающиеся 10–19 лет — участники «Движения первых» в объединениях ДДТ", 140, y["s_dp"]),
        C("mentees_10_19", "Наставляемые 10–19 лет", m1019, link=y["baza"]),
        C("mentees_risk", "в т.ч. «группа риска»", 3, link=y["baza"]),
        C("mentees_gifted", "в т.ч. одарённые (реестр)", 19, link=y["baza"]),
        D("Наставляемые — победители и призёры конкурсов регионального уровня", 9, y["konk"]),
        C("mentees_disabled", "в т.ч. ОВЗ / инвалидность", 4, link=y["baza"]),
        C("mentees_career", "в т.ч. затруднения с выбором профессии", 12, link=y["baza"]),
        C("mentees_other_params", "в т.ч. по иным параметрам", 10, link=y["baza"]),
        D("Доля наставляемых, повысивших уровень освоения программы ДО, %", 75, y["usp"]),
        C("share_mentees_10_19", "Доля наставляемых 10–19 лет, %", c2(sh(m1019, s1019)), sh(m1019, s1019)),
        H("Раздел 6. Обучающиеся 15–19 лет"),
        C("students_15_19", "Обучающиеся 15–19 лет", s1519),
        C("mentors_15_19", "Наставники 15–19 лет (приказ)", m1519, link=y["baza"]),
        D("Обучающиеся 15–19 лет — наставники на летних профильных сменах", 6, y["smena"]),
        D("План на 2025 г.: наставники 15–19 лет", 18, y["plan25"]),
        C("share_mentors_15_19", "Доля наставников 15–19 лет, %", c2(sh(m1519, s1519)), sh(m1519, s1519)),
        H("Раздел 7. Удовлетворённость"),
        C("satisfaction_mentees", "Удовлетворённость наставляемых, %", "96 %", 96, link=y["anket"]),
        C("satisfaction_mentors", "Удовлетворённость наставников, %", "94 %", 94, link=y["anket"]),
        D("Удовлетворённость родителей наставничеством, %", "93 %", y["anket"]),
        H("Раздел 8. Педагоги"),
        C("young_specialists", "Молодые специалисты", ys),
        D("Молодые специалисты (до 35 лет) в 2023 году", 3, y["kadry"]),
        C("young_specialists_mentees", "Молодые специалисты — наставляемые", ysm, link=y["baza"]),
        C("teachers_other", "Педагоги ДО (без молодых специалистов)", tot),
        C("teachers_other_mentees", "Педагоги ДО (без МС) — наставляемые", tom, link=y["baza"]),
        C("share_young_specialists_mentees", "Доля МС-наставляемых, %", c2(sh(ysm, ys)), sh(ysm, ys)),
        C("share_teachers_mentees", "Доля педагогов-наставляемых, %", c2(sh(ysm + tom, ys + tot)), sh(ysm + tom, ys + tot)),
        C("kpk_trained", "КПК по наставничеству, чел.", 3, link=y["kpk"]),
        D("Мастер-классы наставников для педагогов округа", 7, y["mk"]),
        C("school_methodical_associations", "МО наставников в учреждении", 1, link=y["mo"]),
        C("teachers_mentors", "Педагоги-наставники", tm, link=y["baza"]),
        C("share_teachers_mentors", "Доля педагогов-наставников, %", c2(sh(tm, ys + tot)), sh(tm, ys + tot)),
        D("Наставники — победители конкурса «Сердце отдаю детям»", 1, y["serdce"]),
        D("Педагоги-психологи, сопровождающие пары", 1, y["psy"]),
        H("Раздел 9. Стимулирование и информирование"),
        C("nonmaterial_acts", "Положения о нематериальном поощрении наставников", 1, link=y["nonmat"]),
        D("Страница о наставничестве в ВК", "имеется", vk),
    ]
    return {
        "file": "typed/05_ДДТ_наставничество.xlsx",
        "sheet": "Наставничество ДДТ",
        "organisation": "МБУ ДО «Нижнеталицкий ДДТ»",
        "title_rows": [
            "Нижнеталицкий муниципальный округ",
            "Учреждение: МБУ ДО «Нижнеталицкий ДДТ»",
            "Мониторинг целевой модели наставничества, 2024 г.",
        ],
        "header": ["Показатель", "Значение", "Ссылка (Яндекс.Диск)"],
        "numbered": False, "link_style": "url", "merge_headings": False,
        "footer": ["Методист Корепанова Л.И."],
        "rows": rows,
    }


# ================================================================ file 6
def form6():
    base = "https://kechevo-shkola.gosuslugi.ru"
    d = base + "/netcat_files/userfiles/nastavnichestvo/"
    L = {k: d + v for k, v in {
        "pol_ped": "Polozhenie_pedagogi.pdf", "pol_obu": "Polozhenie_obuchayuschiesya.pdf",
        "rod_plan": "Plan_raboty_s_roditelyami_2024.pdf", "monit": "Prikaz_monitoring.pdf",
        "kur": "Prikaz_kurator.pdf", "mer": "Plan_meropriyatiy_nastavniki_2024.pdf",
        "s_lic": "Soglashenie_Licey2.pdf", "s_spk": "Soglashenie_SPK_Kechevskiy.pdf",
        "baza": "Prikaz_85_baza_nastavnikov_2024.pdf", "baza23": "Prikaz_baza_2023.pdf",
        "plan25": "Dorozhnaya_karta_2025.pdf", "spr": "Spravka_monitoring_2024.pdf",
        "pp": "Personalizirovannye_programmy_2024.pdf", "iom": "IOM_odarennye.pdf",
        "svo": "Spravka_soprovozhdenie_SVO.pdf", "usp": "Analiz_uspevaemosti.pdf",
        "anket": "Anketirovanie_2024.pdf", "kadry": "Spravka_molodye_specialisty.pdf",
        "staj": "Prikaz_stazher_Licey2.pdf", "kpk": "KPK_2024.pdf", "kpk23": "KPK_2023.pdf",
        "shmo": "Prikaz_ShMO.pdf", "profproby": "Spravka_profproby_2024.pdf", "pay": "Polozhenie_oplata.pdf", "nonmat": "Polozhenie_nematerialnoe.pdf",
        "agro": "Spravka_agroklass_postuplenie.pdf",
    }.items()}
    L["dp"] = "https://vk.com/dvizhenie_kechevo"
    L["vk"] = "https://vk.com/kechevo_school?w=wall-176540932_2210"
    s1019, s1519, ys, tot = 181, 44, 3, 24
    m1019, m1519, ysm, tom, tm = 26, 9, 3, 2, 8
    c2 = lambda v: comma(v)
    rows = [
        H("Документы ОО"),
        C("orgs_regulation_teachers", "Утверждено положение о наставничестве педагогических работников", "да", link=L["pol_ped"]),
        C("orgs_regulation_students", "Утверждено положение о наставничестве обучающихся", "да", link=L["pol_obu"]),
        D("Утверждён план работы с родителями по наставничеству", "да", L["rod_plan"]),
        C("orgs_monitoring_order", "Приказ о мониторинге ЦМН", "да", link=L["monit"]),
        H("Организация"),
        C("curators_total", "Куратор ЦМН (чел.)", 1, link=L["kur"]),
        D("Количество мероприятий для наставников", 4, L["mer"]),
        C("agreements_edu_orgs", "Соглашения с ОО о наставниках", 1, link=L["s_lic"]),
        C("agreements_enterprises", "Соглашения с предприятиями о наставниках", 1, link=L["s_spk"]),
        C("partner_list", "Партнёры", "МАОУ «Лицей № 2»; СПК (колхоз) «Кечевский»", link=L["s_spk"]),
        C("mentors_total", "Наставники (приказ)", 23, link=L["baza"]),
        D("в т.ч. наставники-пенсионеры (бывшие педагоги школы)", 1, L["baza"]),
        D("Наставников в прошлом году", 17, L["baza23"]),
        D("План на 2025 год: наставников", 22, L["plan25"]),
        C("mentees_total", "Наставляемые (приказ)", 37, link=L["baza"]),
        D("Родителей, вовлечённых в наставническую деятельность", 7, L["rod_plan"]),
        D("Наставляемые, выбывшие из программ (переезд, перевод)", 2, L["spr"]),
        C("internal_monitoring_notes", "Справка по внутреннему мониторингу", "да", link=L["spr"]),
        H("Программы"),
        C("pp_total", "ПП — всего", 12, link=L["pp"]),
        C("pp_pupil_pupil", "ПП ученик – ученик", 4, link=L["pp"]),
        D("ПП ученик – ученик, завершённые в 2024 г.", 3, L["pp"]),
        C("pp_teacher_teacher", "ПП учитель – учитель", 3, link=L["pp"]),
        C("pp_head_teacher", "ПП руководитель – педагог", 1, link=L["pp"]),
        C("pp_teacher_pupil", "ПП учитель – ученик", 3, link=L["pp"]),
        C("pp_other", "ПП иные (агрокласс: «работодатель – ученик»)", 1, link=L["pp"]),
        D("Индивидуальные образовательные маршруты одарённых обучающихся", 3, L["iom"]),
        H("Наставники извне"),
        C("external_edu_mentors", "Наставники из других ОО (Лицей № 2)", 1, link=L["baza"]),
        C("enterprise_mentors", "Наставники из СПК «Кечевский»", 2, link=L["baza"]),
        D("Выпускники агрокласса, поступившие в колледж по профилю наставника", 3, L["agro"]),
        H("Ученики"),
        C("students_10_19", "Обучающихся 10–19 лет", s1019),
        C("mentees_10_19", "Наставляемых 10–19 лет", m1019, link=L["baza"]),
        D("Обучающихся 10–19 лет в «Движении первых»", 96, L["dp"]),
        C("mentees_risk", "группа риска", 5, link=L["baza"]),
        D("Обучающиеся из семей участников СВО с психолого-педагогическим сопровождением", 4, L["svo"]),
        C("mentees_gifted", "одарённые", 3, link=L["baza"]),
        C("mentees_disabled", "ОВЗ, инвалиды", 2, link=L["baza"]),
        C("mentees_low_motivation", "низкая мотивация, неуспеваемость", 8, link=L["baza"]),
        D("Доля наставляемых, улучшивших успеваемость", "46,2 %", L["usp"]),
        C("mentees_career", "выбор профессии", 6, link=L["baza"]),
        C("mentees_other_params", "иное", 2, link=L["baza"]),
        C("share_mentees_10_19", "Доля наставляемых 10–19 лет", c2(sh(m1019, s1019)), sh(m1019, s1019)),
        C("students_15_19", "Обучающихся 15–19 лет", s1519),
        C("mentors_15_19", "Наставников-обучающихся 15–19 лет", m1519, link=L["baza"]),
        D("Обучающихся 14–19 лет в роли наставника", 11, L["baza"]),
        D("Доля обучающихся 15–19 лет, прошедших профпробы", "63,6", L["profproby"]),
        C("share_mentors_15_19", "Доля наставников 15–19 лет", c2(sh(m1519, s1519)), sh(m1519, s1519)),
        C("satisfaction_mentees", "Удовлетворённость наставляемых", "90", 90, link=L["anket"]),
        C("satisfaction_mentors", "Удовлетворённость наставников", "92", 92, link=L["anket"]),
        H("Педагоги"),
        C("young_specialists", "Молодые специалисты", ys),
        D("Молодые специалисты в возрасте до 25 лет", 2, L["kadry"]),
        D("Молодые специалисты, оставшиеся в школе после трёх лет работы", 2, L["kadry"]),
        C("young_specialists_mentees", "Молодые специалисты — наставляемые", ysm, link=L["baza"]),
        C("teachers_other", "Педагоги (без молодых)", tot),
        C("teachers_other_mentees", "Педагоги (без молодых) — наставляемые", tom, link=L["baza"]),
        C("share_young_specialists_mentees", "Доля МС-наставляемых", c2(sh(ysm, ys)), sh(ysm, ys)),
        C("share_teachers_mentees", "Доля педагогов-наставляемых", c2(sh(ysm + tom, ys + tot)), sh(ysm + tom, ys + tot)),
        C("teachers_in_pp", "Педагоги в ПП", 10, link=L["pp"]),
        C("trainees_internship", "Стажёры на стажёрской площадке (Лицей № 2)", 1, link=L["staj"]),
        C("kpk_trained", "КПК по наставничеству (2024)", 2, link=L["kpk"]),
        D("КПК по наставничеству в 2023 году", 3, L["kpk23"]),
        C("school_methodical_associations", "ШМО наставников", 1, link=L["shmo"]),
        C("teachers_mentors", "Педагоги-наставники", tm, link=L["baza"]),
        C("share_teachers_mentors", "Доля педагогов-наставников", c2(sh(tm, ys + tot)), sh(tm, ys + tot)),
        H("Поощрение, информирование"),
        C("pay_acts", "Положение об оплате наставничества", 1, link=L["pay"]),
        C("nonmaterial_acts", "Положение о нематериальном поощрении", 1, link=L["nonmat"]),
        D("Посты о наставничестве в группе школы ВКонтакте (2024)", 14, L["vk"]),
    ]
    return {
        "file": "typed/06_Кечево_СОШ_мониторинг.xlsx",
        "sheet": "2024",
        "organisation": "МБОУ «Кечевская СОШ»",
        "title_rows": [
            "МБОУ «Кечевская СОШ»",
            "Мониторинг наставничества, 2024 г.",
            "Нижнеталицкий муниципальный округ Удмуртской Республики",
        ],
        "header": ["Показатель", "Значение", "Подтверждение (ссылка)"],
        "numbered": False, "link_style": "url", "merge_headings": True,
        "footer": ["Заполнила: Вострикова М.С., куратор"],
        "rows": rows,
    }


# ================================================================ writer
def norm(s):
    s = str(s).lower().replace("ё", "е")
    return re.sub(r"[^0-9a-zа-я]+", " ", s).strip()


def catalogue_wordings():
    out = set()
    with open(CRITERIA_TSV, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            for k in ("wording_2023", "wording_2024", "form_wording"):
                if r.get(k):
                    out.add(norm(r[k]))
    return out


def write_form(spec, catalogue, cells):
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    numbered = spec["numbered"]
    ncol = len(spec["header"])
    cT = 2 if numbered else 1
    cV, cL = cT + 1, cT + 2
    widths = ([7] if numbered else []) + [70, 16, 62]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    r = 1
    for i, t in enumerate(spec["title_rows"]):
        ws.cell(r, 1, t).font = Font(bold=True, size=12 if i == 0 else 11)
        r += 1
    r += 1
    for j, h in enumerate(spec["header"], start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
    r += 1

    exp = {"file": spec["file"], "year": 2024, "organisation": spec["organisation"],
           "values": {}, "links": {}, "not_criteria": [], "headings": []}
    counts = {"C": 0, "D": 0, "N": 0, "links": 0, "decoy_links": 0}
    sec, item = 0, 0
    seen_titles = set()
    for row in spec["rows"]:
        k = row["kind"]
        if k == "H":
            sec += 1
            item = 0
            c = ws.cell(r, 1, row["title"])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="F2F2F2")
            if spec["merge_headings"]:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            exp["headings"].append(row["title"])
            r += 1
            continue
        title = row["title"]
        assert title not in seen_titles, title
        seen_titles.add(title)
        assert norm(title) not in catalogue, f"catalogue wording verbatim: {title}"
        item += 1
        if numbered == "dotted" and k != "N":
            ws.cell(r, 1, f"{sec}.{item}")
        tc = ws.cell(r, cT, title)
        tc.alignment = Alignment(wrap_text=True, vertical="top",
                                 indent=2 if title.startswith(spec.get("indent_decoys_starting", ("\0",))) else 0)
        vc = ws.cell(r, cV, row["typed"])
        vc.alignment = Alignment(horizontal="center", vertical="top")
        if spec.get("percent_fraction") and isinstance(row["typed"], float) and row["typed"] < 1.0001 and (
                "Доля" in title or "Удовлетвор" in title):
            vc.number_format = "0.00%" if "Доля" in title else "0.0%"
        link = row.get("link")
        if link:
            lc = ws.cell(r, cL)
            if spec["link_style"] == "hyperlink" and (counts["C"] + counts["D"]) % 5 != 3:
                lc.value = "ссылка"
                lc.hyperlink = link
                lc.style = "Hyperlink"
            else:
                lc.value = link
            lc.alignment = Alignment(vertical="top")
        for j in range(1, ncol + 1):
            ws.cell(r, j).border = BOX
        if k == "C":
            cid = row["cid"]
            assert cid not in exp["values"], cid
            exp["values"][cid] = row["exp"]
            cells.append({"file": spec["file"], "sheet": spec["sheet"], "cell": vc.coordinate,
                          "criterion": cid, "kind": "value", "expected": row["exp"],
                          "typed": row["typed"], "title": title})
            counts["C"] += 1
            if link:
                exp["links"][cid] = link
                cells.append({"file": spec["file"], "sheet": spec["sheet"],
                              "cell": ws.cell(r, cL).coordinate, "criterion": cid,
                              "kind": "link", "expected": link})
                counts["links"] += 1
        else:
            exp["not_criteria"].append(title)
            counts[k] += 1
            if link:
                counts["decoy_links"] += 1
        r += 1

    # numbering for the plain-numbered form: 1., 2., … over all rows with a value
    if numbered is True:
        n = 0
        for rr in range(1, r):
            if ws.cell(rr, cT).value and ws.cell(rr, cV).value is not None and rr > len(spec["title_rows"]) + 2:
                n += 1
                ws.cell(rr, 1, f"{n}.").border = BOX
    r += 1
    for t in spec["footer"]:
        ws.cell(r, cT, t)
        r += 1
    ws.freeze_panes = ws.cell(len(spec["title_rows"]) + 3, 1)
    path = HERE / spec["file"]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return exp, counts


def main():
    catalogue = catalogue_wordings()
    cells, expected, tallies = [], [], []
    for f in (form1, form2, form3, form4, form5, form6):
        spec = f()
        exp, counts = write_form(spec, catalogue, cells)
        expected.append(exp)
        tallies.append((spec["file"], counts))
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1), encoding="utf-8")
    tv = sum(c["C"] for _, c in tallies)
    td = sum(c["D"] for _, c in tallies)
    tn = sum(c["N"] for _, c in tallies)
    tl = sum(c["links"] for _, c in tallies)
    for name, c in tallies:
        print(f"{name}: criteria {c['C']}, decoys {c['D']}, other {c['N']}, links {c['links']} (+{c['decoy_links']} on decoys)")
    print(f"files {len(tallies)}, forms {len(expected)}, values {tv}, links {tl}, decoys {td}, other non-criteria {tn}, "
          f"decoy share {td / (tv + td + tn):.0%}")


if __name__ == "__main__":
    main()
