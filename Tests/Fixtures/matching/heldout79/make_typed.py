#!/usr/bin/env python3
"""heldout79: ЦМН monitoring forms filled as a QUESTIONNAIRE by deputy heads (2024).

Invented municipality: «Муниципальный округ Верхнекамышлинский район Удмуртской Республики» (centre с. Камышлы).
Three hand-made variants of the questionnaire:
  A  Word style: question merged across the page width (A:H), the answer in the row below (A:E merged),
     the proof document in F:H of the answer row (files 01, 02, and the municipal file 08);
  B  table «№ | Вопрос | Ответ | Подтверждающий документ (ссылка)»: the answer to the right (files 03, 04, 07);
  C  plain sheet, no merges: question in column B, the answer in the row below in the same column B, the proof in C
     (file 05: on the question row; file 06: on the answer row, with «Ответ:» in A; 06 re-saved through LibreOffice).

Deterministic: fixed data, no randomness.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import datetime
import json
import pathlib
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
# The conventions say parents[3]; from this file that is Tests/, so the repository root is parents[4].
CRITERIA = next(p / "Templates/criteria.tsv" for p in pathlib.Path(__file__).resolve().parents
                if (p / "Templates/criteria.tsv").exists())

# ----------------------------------------------------------------------------------------------------------------
# catalogue (only to check that every id we use exists and to know units)
CAT = {}
with open(CRITERIA, encoding="utf-8") as f:
    head = f.readline().rstrip("\n").split("\t")
    for line in f:
        row = dict(zip(head, line.rstrip("\n").split("\t")))
        CAT[row["id"]] = row


def pct(part, whole, nd):
    q = Decimal(1).scaleb(-nd)
    return float((Decimal(part) * 100 / Decimal(whole)).quantize(q, rounding=ROUND_HALF_UP))


# ----------------------------------------------------------------------------------------------------------------
# The organisations' figures (all 2024).  Shares are computed from counts below, per file with its own rounding.
ORGS = {
    "sosh1": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=2, programmes_total=3, agreements_edu_orgs=2, agreements_iro=0, agreements_enterprises=1,
        agreements_other_orgs=1,
        partner_list=["БПОУ УР «Камышлинский аграрный техникум»", "МБУ ДО «Камышлинский ДДТ»",
                      "ООО «Камышлы-Агро»", "МБУК «Камышлинская районная библиотека»"],
        mentors_total=41, mentees_total=67, internal_monitoring_notes=1,
        pp_total=18, pp_pupil_pupil=6, pp_teacher_teacher=7, pp_student_student=0, pp_head_teacher=1,
        pp_student_pupil=0, pp_teacher_pupil=4, pp_other=0,
        external_edu_mentors=3, iro_mentors=0, enterprise_mentors=1, other_org_mentors=2,
        students_10_19=412, mentees_10_19=58, mentees_risk=9, mentees_gifted=12, mentees_disabled=6,
        mentees_low_motivation=14, mentees_career=11, mentees_other_params=6,
        students_15_19=118, mentors_15_19=9, students_15_19_in_programmes=23,
        satisfaction_mentees=91, satisfaction_mentors=88.5,
        young_specialists=6, young_specialists_mentees=5, teachers_other=48, teachers_other_mentees=4,
        teachers_in_pp=16, trainees_internship=0, kpk_trained=3, school_methodical_associations=1,
        kpk_courses=["«Наставничество в образовательной организации: организация и сопровождение» (АОУ ДПО УР ИРО, 36 ч.)",
                     "«Технологии наставничества в школе» (ЦНППМ, 24 ч.)"],
        teachers_mentors=26, young_specialists_mentors=0, pay_acts=1, nonmaterial_acts=1,
    ),
    "gimn": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=1, programmes_total=2, agreements_edu_orgs=1, agreements_iro=1, agreements_enterprises=0,
        agreements_other_orgs=0,
        partner_list=["ФГБОУ ВО «Глазовский государственный инженерно-педагогический университет им. В.Г. Короленко»",
                      "АОУ ДПО УР «Институт развития образования»"],
        mentors_total=30, mentees_total=49, internal_monitoring_notes=1,
        pp_total=12, pp_pupil_pupil=4, pp_teacher_teacher=5, pp_student_student=0, pp_head_teacher=0,
        pp_student_pupil=0, pp_teacher_pupil=3, pp_other=0,
        external_edu_mentors=2, iro_mentors=1, enterprise_mentors=0, other_org_mentors=0,
        students_10_19=306, mentees_10_19=44, mentees_risk=3, mentees_gifted=19, mentees_disabled=2,
        mentees_low_motivation=8, mentees_career=10, mentees_other_params=2,
        students_15_19=97, mentors_15_19=6, students_15_19_in_programmes=15,
        satisfaction_mentees=94, satisfaction_mentors=90,
        young_specialists=4, young_specialists_mentees=3, teachers_other=36, teachers_other_mentees=2,
        teachers_in_pp=10, trainees_internship=1, kpk_trained=2, school_methodical_associations=1,
        teachers_mentors=21, young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=1,
    ),
    "ural": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=0,
        curators_total=1, programmes_total=1, agreements_edu_orgs=0, agreements_enterprises=1, agreements_other_orgs=0,
        partner_list=["СПК «Уральский»"],
        mentors_total=14, mentees_total=20, internal_monitoring_notes=1,
        pp_total=7, pp_pupil_pupil=3, pp_teacher_teacher=2, pp_teacher_pupil=2, pp_student_student=0,
        external_edu_mentors=0, enterprise_mentors=1, other_org_mentors=0,
        students_10_19=98, mentees_10_19=17, mentees_risk=4, mentees_gifted=2, mentees_disabled=3,
        mentees_low_motivation=5, mentees_career=3, mentees_other_params=0,
        students_15_19=21, mentors_15_19=3, students_15_19_in_programmes=5,
        satisfaction_mentees=100, satisfaction_mentors=95,
        young_specialists=2, young_specialists_mentees=2, teachers_other=17, teachers_other_mentees=1,
        teachers_in_pp=5, kpk_trained=1, school_methodical_associations=0,
        teachers_municipal=19, teachers_mentors=10, young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=1,
    ),
    "vigra": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=1, programmes_total=2, agreements_edu_orgs=1, agreements_enterprises=0, agreements_other_orgs=1,
        partner_list=["МБУ ДО «Камышлинский ДДТ»", "МБУК «Верхнеигринский СДК»"],
        mentors_total=22, mentees_total=36, internal_monitoring_notes=0,
        pp_total=11, pp_pupil_pupil=5, pp_teacher_teacher=4, pp_head_teacher=1, pp_teacher_pupil=1,
        pp_student_pupil=0, pp_other=0,
        external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=1,
        students_10_19=204, mentees_10_19=31, mentees_risk=7, mentees_gifted=5, mentees_disabled=4,
        mentees_low_motivation=9, mentees_career=6, mentees_other_params=0,
        students_15_19=52, mentors_15_19=5, students_15_19_in_programmes=11,
        satisfaction_mentees=87, satisfaction_mentors=92,
        young_specialists=3, young_specialists_mentees=3, teachers_other=26, teachers_other_mentees=2,
        teachers_in_pp=10, kpk_trained=2, school_methodical_associations=1,
        kpk_courses=["«Организация наставничества в образовательной организации» (АОУ ДПО УР ИРО, 36 ч.)"],
        teachers_municipal=29, teachers_mentors=15, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=1,
    ),
    "klyuch": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=1, programmes_total=1, agreements_edu_orgs=0, agreements_enterprises=0, agreements_other_orgs=0,
        mentors_total=9, mentees_total=13, internal_monitoring_notes=1,
        pp_total=5, pp_pupil_pupil=2, pp_teacher_teacher=1, pp_teacher_pupil=2,
        students_10_19=61, mentees_10_19=12, mentees_risk=2, mentees_gifted=0, mentees_disabled=3,
        mentees_low_motivation=4, mentees_career=3,
        students_15_19=14, mentors_15_19=2,
        satisfaction_mentees=96, satisfaction_mentors=100,
        young_specialists=1, young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=0,
        teachers_in_pp=2, kpk_trained=0, school_methodical_associations=0,
        teachers_mentors=7, pay_acts=0, nonmaterial_acts=1,
    ),
    "bselo": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=2, programmes_total=4, agreements_edu_orgs=1, agreements_enterprises=2, agreements_other_orgs=0,
        partner_list=["БПОУ УР «Камышлинский аграрный техникум»", "ООО «Большесельское»", "КФХ Лекомцева Н.В."],
        mentors_total=35, mentees_total=56, internal_monitoring_notes=1,
        pp_total=15, pp_pupil_pupil=6, pp_teacher_teacher=5, pp_head_teacher=1, pp_teacher_pupil=2,
        pp_student_pupil=1, pp_other=0,
        external_edu_mentors=2, enterprise_mentors=2, other_org_mentors=0,
        students_10_19=331, mentees_10_19=49, mentees_risk=6, mentees_gifted=9, mentees_disabled=5,
        mentees_low_motivation=12, mentees_career=13, mentees_other_params=4,
        students_15_19=90, mentors_15_19=8, students_15_19_in_programmes=19,
        satisfaction_mentees=93, satisfaction_mentors=90,
        young_specialists=5, young_specialists_mentees=4, teachers_other=41, teachers_other_mentees=3,
        teachers_in_pp=12, trainees_internship=1, kpk_trained=4, school_methodical_associations=1,
        kpk_courses=["«Наставник в цифровой школе» (ЦНППМ УР, 36 ч.)", "«Куратор наставнических программ» (АОУ ДПО УР ИРО, 24 ч.)"],
        teachers_mentors=23, young_specialists_mentors=1, pay_acts=1, nonmaterial_acts=2,
    ),
    "ddt": dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
        curators_total=1, programmes_total=3, agreements_edu_orgs=3, agreements_enterprises=0, agreements_other_orgs=1,
        partner_list=["МБОУ «Камышлинская СОШ № 1»", "МБОУ «Верхнеигринская СОШ»",
                      "БПОУ УР «Камышлинский аграрный техникум»",
                      "Местное отделение Движения первых Верхнекамышлинского района"],
        agreement_subjects="Сетевое взаимодействие при реализации дополнительных общеобразовательных программ и программ наставничества",
        mentors_total=16, mentees_total=30, internal_monitoring_notes=1,
        pp_total=8, pp_pupil_pupil=4, pp_teacher_teacher=3, pp_teacher_pupil=1, pp_head_teacher=0,
        external_edu_mentors=1, enterprise_mentors=0, other_org_mentors=0,
        students_10_19=486, mentees_10_19=27, mentees_risk=3, mentees_gifted=14, mentees_disabled=2,
        mentees_low_motivation=0, mentees_career=6, mentees_other_params=2,
        students_15_19=73, mentors_15_19=4,
        satisfaction_mentees=95, satisfaction_mentors=97,
        young_specialists=2, young_specialists_mentees=2, teachers_other=19, teachers_other_mentees=1,
        teachers_in_pp=6, kpk_trained=1, school_methodical_associations=1,
        teachers_municipal=21, teachers_mentors=11, young_specialists_mentors=0, pay_acts=0, nonmaterial_acts=1,
    ),
    "mun": dict(
        municipal_order=1, municipal_analytic_note=1, share_enterprises=12.5, municipal_methodical_associations=2,
        best_practices=6, contests=1, network_community=1, network_mentors=5,
    ),
}


def check_org(k, d):
    g = d.get
    if k == "mun":
        return
    assert g("mentees_total") == g("mentees_10_19") + g("young_specialists_mentees") + g("teachers_other_mentees"), k
    m = g("teachers_mentors") + g("mentors_15_19") + sum(g(x, 0) for x in (
        "external_edu_mentors", "iro_mentors", "enterprise_mentors", "other_org_mentors"))
    assert m == g("mentors_total"), (k, m)
    assert g("pp_total") == sum(v for c, v in d.items() if c.startswith("pp_") and c != "pp_total"), k
    assert g("mentees_10_19") == sum(g(x, 0) for x in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                                        "mentees_low_motivation", "mentees_career",
                                                        "mentees_other_params")), k
    assert g("mentees_10_19") <= g("students_10_19") and g("mentors_15_19") <= g("students_15_19")
    assert g("mentors_15_19") <= g("students_15_19_in_programmes", g("mentors_15_19")) <= g("students_15_19")
    assert g("young_specialists_mentees") <= g("young_specialists")
    assert g("teachers_other_mentees") <= g("teachers_other")
    assert g("teachers_mentors") <= g("young_specialists") + g("teachers_other")
    if "teachers_municipal" in d:
        assert d["teachers_municipal"] == g("young_specialists") + g("teachers_other"), k
    assert g("teachers_in_pp") <= g("young_specialists") + g("teachers_other")


for _k, _d in ORGS.items():
    check_org(_k, _d)
    for _c in _d:
        assert _c in CAT, _c

SHARES = {
    "share_mentees_10_19": ("mentees_10_19", "students_10_19"),
    "share_mentors_15_19": ("mentors_15_19", "students_15_19"),
    "share_young_specialists_mentees": ("young_specialists_mentees", "young_specialists"),
    "share_teachers_mentees": (("teachers_other_mentees", "young_specialists_mentees"),
                               ("teachers_other", "young_specialists")),
    "share_teachers_mentors": ("teachers_mentors", ("teachers_other", "young_specialists")),
    "share_young_specialists_mentors": ("young_specialists_mentors", "young_specialists"),
}


def share_of(d, crit, nd):
    a, b = SHARES[crit]
    num = sum(d[x] for x in a) if isinstance(a, tuple) else d[a]
    den = sum(d[x] for x in b) if isinstance(b, tuple) else d[b]
    return pct(num, den, nd)


# ----------------------------------------------------------------------------------------------------------------
# Documents (hyperlinks: the cell shows the document's title, the link goes to the file)
def translit(t):
    return t.replace("-од", "-od").replace("-о", "-o").replace("-", "_")


def docs_for(site, o):
    """o: dict of order numbers / dates for one organisation; returns key -> (title, url)."""
    return {
        "pol_ped": (f"Приказ от {o['d1']} № {o['n1']} «Об утверждении Положения о системе наставничества педагогических работников»",
                    f"{site}/netcat_files/30/69/Polozhenie_nastavnichestvo_pedagogov_{o['y']}.pdf"),
        "pol_obuch": (f"Положение о системе наставничества обучающихся (утв. приказом от {o['d1']} № {o['n1']})",
                      f"{site}/netcat_files/30/69/Polozhenie_nastavnichestvo_obuchayuschihsya.pdf"),
        "mon": (f"Приказ от {o['d2']} № {o['n2']} «О мониторинге реализации целевой модели наставничества»",
                f"{site}/netcat_files/30/69/Prikaz_{translit(o['n2'])}_monitoring_TsMN.pdf"),
        "vnedr": (f"Приказ от {o['d0']} № {o['n0']} «О внедрении целевой модели наставничества»",
                  f"{site}/netcat_files/30/69/Prikaz_vnedrenie_TsMN.pdf"),
        "kur": (f"Приказ от {o['d2']} № {o['n3']} «О назначении куратора ЦМН»",
                f"{site}/netcat_files/30/69/Prikaz_kurator_TsMN_2024.pdf"),
        "progr": ("Программа наставничества на 2024–2025 учебный год",
                  f"{site}/netcat_files/30/69/Programma_nastavnichestva_2024_2025.pdf"),
        "agr": ("Соглашения о сотрудничестве (сканы)", o["disk_agr"]),
        "partners": ("Перечень организаций-партнёров по наставничеству",
                     f"{site}/netcat_files/30/69/Perechen_partnerov_nastavnichestvo.pdf"),
        "pary": (f"Приказ от {o['d3']} № {o['n4']} «О закреплении наставнических пар (групп)»",
                 f"{site}/netcat_files/30/69/Prikaz_{translit(o['n4'])}_pary.pdf"),
        "baza": ("База наставников и наставляемых на 01.12.2024", o["disk_baza"]),
        "spravka": ("Информационная справка по итогам внутреннего мониторинга реализации ЦМН (декабрь 2024 г.)",
                    f"{site}/netcat_files/30/69/Spravka_vnutrenniy_monitoring_2024.pdf"),
        "ppn": ("Персонализированные программы наставничества (папка)", o["disk_ppn"]),
        "anket": ("Итоги анкетирования удовлетворённости участников программ наставничества",
                  f"{site}/netcat_files/30/69/Itogi_anketirovaniya_udovletvorennost_2024.pdf"),
        "kpk": ("Удостоверения о повышении квалификации (сканы)", o["disk_kpk"]),
        "mo": (f"Приказ от {o['d2']} № {o['n5']} «О создании методического объединения наставников»",
               f"{site}/netcat_files/30/69/Prikaz_MO_nastavnikov.pdf"),
        "stazh": ("Сертификат стажёра стажёрской площадки АОУ ДПО УР ИРО",
                  f"{site}/netcat_files/30/69/Sertifikat_stazher_2024.pdf"),
        "oplata": ("Положение об оплате труда работников (п. 4.7 «Доплата за наставничество»)",
                   f"{site}/netcat_files/30/69/Polozhenie_ob_oplate_truda.pdf"),
        "pooshch": ("Положение о нематериальном поощрении педагогов-наставников",
                    f"{site}/netcat_files/30/69/Polozhenie_nematerialnoe_pooshchrenie.pdf"),
        "site": ("Раздел «Наставничество» на сайте", f"{site}/tselevaya-model-nastavnichestva/"),
    }


DOCS = {
    "sosh1": docs_for("https://shkola1kamyshly-r18.gosweb.gosuslugi.ru", dict(
        y=2024, d0="15.01.2021", n0="7-од", d1="30.08.2024", n1="112-од", d2="02.09.2024", n2="118-од", n3="117-од",
        d3="09.09.2024", n4="125-од", n5="119-од",
        disk_agr="https://disk.yandex.ru/d/kmS1-agr2024Xq", disk_baza="https://disk.yandex.ru/i/kmS1baza0112",
        disk_ppn="https://disk.yandex.ru/d/kmS1-PPN-2024", disk_kpk="https://disk.yandex.ru/d/kmS1kpk24")),
    "gimn": docs_for("https://gimnaziyakamyshly-r18.gosweb.gosuslugi.ru", dict(
        y=2024, d0="20.01.2021", n0="11", d1="29.08.2024", n1="204", d2="03.09.2024", n2="211", n3="210",
        d3="10.09.2024", n4="219", n5="212",
        disk_agr="https://cloud.mail.ru/public/gK7p/agr2024", disk_baza="https://cloud.mail.ru/public/gK7p/baza",
        disk_ppn="https://cloud.mail.ru/public/gK7p/ppn2024", disk_kpk="https://cloud.mail.ru/public/gK7p/kpk")),
    "ural": docs_for("https://uralskayasosh-r18.gosweb.gosuslugi.ru", dict(
        y=2024, d0="01.02.2021", n0="9-о", d1="28.08.2024", n1="64-о", d2="05.09.2024", n2="—", n3="70-о",
        d3="12.09.2024", n4="73-о", n5="71-о",
        disk_agr="https://disk.yandex.ru/i/UrSPKsogl24", disk_baza="https://disk.yandex.ru/i/UrBaza24",
        disk_ppn="https://disk.yandex.ru/d/UrPPN24", disk_kpk="https://disk.yandex.ru/i/UrKPK24")),
    "vigra": docs_for("https://shkolaverhnyayaigra-r18.gosweb.gosuslugi.ru", dict(
        y=2024, d0="18.01.2021", n0="14-од", d1="30.08.2024", n1="151-од", d2="04.09.2024", n2="158-од", n3="157-од",
        d3="11.09.2024", n4="166-од", n5="159-од",
        disk_agr="https://disk.yandex.ru/d/VIgr-sogl-2024", disk_baza="https://disk.yandex.ru/i/VIgr-baza",
        disk_ppn="https://disk.yandex.ru/d/VIgr-PPN", disk_kpk="https://disk.yandex.ru/i/VIgr-kpk")),
    "klyuch": docs_for("https://klyuchevskayaoosh-r18.gosweb.gosuslugi.ru", dict(
        y=2024, d0="25.01.2021", n0="5", d1="27.08.2024", n1="41", d2="02.09.2024", n2="44", n3="43",
        d3="13.09.2024", n4="47", n5="45",
        disk_agr="https://disk.yandex.ru/d/KlOOSHsogl", disk_baza="https://disk.yandex.ru/i/KlOOSHbaza",
        disk_ppn="https://disk.yandex.ru/d/KlOOSHppn", disk_kpk="https://disk.yandex.ru/i/KlOOSHkpk")),
    "bselo": docs_for("https://bolshoeselo-r18.gosweb.gosuslugi.ru", dict(
        y=2024, d0="14.01.2021", n0="3-од", d1="29.08.2024", n1="98-од", d2="02.09.2024", n2="104-од", n3="103-од",
        d3="09.09.2024", n4="109-од", n5="105-од",
        disk_agr="https://disk.yandex.ru/d/BSsogl2024", disk_baza="https://disk.yandex.ru/i/BSbaza2024",
        disk_ppn="https://disk.yandex.ru/d/BSppn2024", disk_kpk="https://disk.yandex.ru/d/BSkpk2024")),
    "ddt": docs_for("https://ddtkamyshly-r18.gosweb.gosuslugi.ru", dict(
        y=2024, d0="22.01.2021", n0="6-од", d1="30.08.2024", n1="58-од", d2="03.09.2024", n2="61-од", n3="60-од",
        d3="16.09.2024", n4="66-од", n5="62-од",
        disk_agr="https://disk.yandex.ru/d/DDTsogl2024", disk_baza="https://disk.yandex.ru/i/DDTbaza",
        disk_ppn="https://disk.yandex.ru/d/DDTppn2024", disk_kpk="https://disk.yandex.ru/i/DDTkpk")),
}
DOCS["mun"] = {
    "prikaz": ("Приказ Управления образования от 15.01.2024 № 9 «О реализации целевой модели наставничества в 2024 году»",
               "https://uo-kamyshly.udmurt.ru/documents/2024/prikaz_9_TsMN.pdf"),
    "spravka": ("Информационно-аналитическая справка по итогам мониторинга ЦМН за 2024 год",
                "https://uo-kamyshly.udmurt.ru/documents/2024/spravka_monitoring_TsMN_2024.pdf"),
    "rmo": ("Приказ УО от 02.09.2024 № 141 «О районных методических объединениях на 2024–2025 уч. год»",
            "https://uo-kamyshly.udmurt.ru/documents/2024/prikaz_141_RMO.pdf"),
    "praktiki": ("Страница «Лучшие практики наставничества» на сайте УО",
                 "https://uo-kamyshly.udmurt.ru/nastavnichestvo/praktiki/"),
    "konkurs": ("Положение о муниципальном конкурсе «Наставник года – 2024»",
                "https://uo-kamyshly.udmurt.ru/documents/2024/polozhenie_nastavnik_goda_2024.pdf"),
    "konkurs_itogi": ("Приказ об итогах конкурса «Наставник года – 2024»",
                      "https://uo-kamyshly.udmurt.ru/documents/2024/itogi_nastavnik_goda_2024.pdf"),
    "set": ("Сообщество педагогов-наставников Верхнекамышлинского района (страница сообщества)",
            "https://sopedagogi.udmurt.ru/groups/nastavniki-kamyshly"),
    "setnast": ("Список сетевых наставников района на 2024 год",
                "https://uo-kamyshly.udmurt.ru/documents/2024/spisok_setevyh_nastavnikov.pdf"),
    "soveshch": ("Протокол совещания кураторов ЦМН от 12.03.2024",
                 "https://uo-kamyshly.udmurt.ru/documents/2024/protokol_kuratory_12032024.pdf"),
}

# ----------------------------------------------------------------------------------------------------------------
# Question wordings by variant.  A file may override single questions.
QA = {  # variant A: Word questionnaire of the department (used by СОШ № 1, Гимназия)
    "orgs_regulation_teachers": "Утверждено ли в ОО Положение о системе наставничества педагогических работников?",
    "orgs_regulation_students": "Утверждено ли в ОО Положение о системе наставничества обучающихся?",
    "orgs_monitoring_order": "Издан ли в ОО приказ о проведении мониторинга реализации целевой модели наставничества?",
    "curators_total": "Сколько кураторов внедрения ЦМН назначено в ОО?",
    "programmes_total": "Сколько программ наставничества утверждено в ОО (без учёта персонализированных)?",
    "agreements_edu_orgs": "Сколько соглашений заключено с другими образовательными организациями, сотрудники которых участвуют в программах в роли наставников?",
    "agreements_iro": "Сколько соглашений заключено с АОУ ДПО УР ИРО о предоставлении сотрудников в качестве наставников?",
    "agreements_enterprises": "Сколько соглашений заключено с предприятиями, сотрудники которых выступают наставниками?",
    "agreements_other_orgs": "Сколько соглашений заключено с иными организациями (любой формы собственности), предоставившими наставников?",
    "partner_list": "Перечислите предприятия (организации), с которыми ОО сотрудничает по вопросам наставничества",
    "mentors_total": "Сколько наставников закреплено в ОО приказом?",
    "mentees_total": "Сколько наставляемых закреплено в ОО приказом?",
    "internal_monitoring_notes": "Подготовлена ли информационная справка по итогам внутреннего мониторинга?",
    "pp_total": "Сколько всего персонализированных программ наставничества (ППН) реализуется в ОО?",
    "pp_pupil_pupil": "Сколько ППН по форме «ученик – ученик»?",
    "pp_teacher_teacher": "Сколько ППН по форме «учитель – учитель»?",
    "pp_student_student": "Сколько ППН по форме «студент – студент»?",
    "pp_head_teacher": "Сколько ППН по форме «руководитель – педагог»?",
    "pp_student_pupil": "Сколько ППН по форме «студент – ученик»?",
    "pp_teacher_pupil": "Сколько ППН по форме «учитель – ученик»?",
    "pp_other": "Сколько ППН по иным формам (укажите в примечании, каким)?",
    "external_edu_mentors": "Сколько наставников привлечено из других образовательных организаций (по приказу)?",
    "iro_mentors": "Сколько наставников – сотрудников АОУ ДПО УР ИРО?",
    "enterprise_mentors": "Сколько наставников – сотрудников предприятий?",
    "other_org_mentors": "Сколько наставников из иных организаций?",
    "students_10_19": "Сколько всего в ОО обучающихся в возрасте от 10 до 19 лет?",
    "mentees_10_19": "Сколько обучающихся 10–19 лет вошли в программы наставничества в роли наставляемого?",
    "mentees_risk": "Сколько наставляемых 10–19 лет из «группы риска»?",
    "mentees_gifted": "Сколько наставляемых из числа одарённых детей (внесённых в реестр)?",
    "mentees_disabled": "Сколько наставляемых 10–19 лет – дети с ОВЗ и дети-инвалиды?",
    "mentees_low_motivation": "Сколько наставляемых 10–19 лет с низкой мотивацией к учёбе и неудовлетворительной успеваемостью?",
    "mentees_career": "Сколько наставляемых 10–19 лет испытывают трудности с выбором образовательной траектории и профессии?",
    "mentees_other_params": "Сколько обучающихся 10–19 лет включены в программы в роли наставляемого по иным параметрам?",
    "share_mentees_10_19": "Какова доля обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого?",
    "students_15_19": "Сколько всего в ОО обучающихся в возрасте от 15 до 19 лет?",
    "mentors_15_19": "Сколько обучающихся 15–19 лет являются наставниками (по приказу)?",
    "students_15_19_in_programmes": "Сколько обучающихся 15–19 лет всего вошли в программы наставничества (в любой роли)?",
    "share_mentors_15_19": "Какова доля обучающихся 15–19 лет, вошедших в программы наставничества в роли наставника?",
    "satisfaction_mentees": "Каков уровень удовлетворённости наставляемых участием в завершённых программах наставничества?",
    "satisfaction_mentors": "Каков уровень удовлетворённости наставников участием в завершённых программах наставничества?",
    "young_specialists": "Сколько в ОО молодых специалистов (до 35 лет, первые три года работы)?",
    "young_specialists_mentees": "Сколько молодых специалистов участвуют в программах наставничества в роли наставляемых?",
    "teachers_other": "Сколько в ОО педагогов, не считая молодых специалистов?",
    "teachers_other_mentees": "Сколько педагогов (кроме молодых специалистов) участвуют в программах в роли наставляемого?",
    "share_young_specialists_mentees": "Какова доля молодых специалистов, вошедших в программы наставничества в роли наставляемого?",
    "share_teachers_mentees": "Какова доля педагогов (включая молодых специалистов), вошедших в программы в роли наставляемого?",
    "teachers_in_pp": "Сколько педагогов участвуют в утверждённых персонализированных программах наставничества?",
    "trainees_internship": "Сколько педагогов вошли в программу наставничества в роли стажёра на базе стажёрской площадки?",
    "kpk_trained": "Сколько педагогов прошли КПК по вопросам наставничества в 2024 году?",
    "kpk_courses": "Укажите названия курсов повышения квалификации",
    "school_methodical_associations": "Сколько методических объединений (сообществ) наставников действует в ОО?",
    "teachers_mentors": "Сколько педагогов участвуют в программах наставничества в роли наставника?",
    "young_specialists_mentors": "Сколько молодых специалистов сами являются наставниками?",
    "share_teachers_mentors": "Какова доля педагогов, участвующих в программах наставничества в роли наставника?",
    "share_young_specialists_mentors": "Какова доля молодых специалистов, участвующих в программах в роли наставника?",
    "pay_acts": "Сколько локальных актов об оплате работы наставников принято в ОО?",
    "nonmaterial_acts": "Сколько локальных актов о нематериальном поощрении наставников принято в ОО?",
}

QB = {  # variant B: «Имеется ли…? / Какое количество…?» (Уральская СОШ, Верхнеигринская СОШ, ДДТ)
    "orgs_regulation_teachers": "Имеется ли утверждённое Положение о системе наставничества педагогических работников?",
    "orgs_regulation_students": "Имеется ли утверждённое Положение о системе наставничества обучающихся?",
    "orgs_monitoring_order": "Имеется ли приказ о мониторинге реализации целевой модели наставничества в ОО?",
    "curators_total": "Какое количество кураторов ЦМН в ОО?",
    "programmes_total": "Какое количество программ наставничества утверждено (за исключением персонализированных)?",
    "agreements_edu_orgs": "Какое количество соглашений с другими ОО, предоставившими своих сотрудников в качестве наставников?",
    "agreements_enterprises": "Какое количество соглашений с предприятиями, предоставившими своих сотрудников в качестве наставников?",
    "agreements_other_orgs": "Какое количество соглашений с иными организациями, предоставившими своих сотрудников в качестве наставников?",
    "partner_list": "С какими предприятиями (организациями) ОО сотрудничает по вопросам наставничества?",
    "agreement_subjects": "Каков предмет заключённых соглашений?",
    "mentors_total": "Какое количество наставников закреплено приказом?",
    "mentees_total": "Какое количество наставляемых закреплено приказом?",
    "internal_monitoring_notes": "Имеется ли информационная справка по итогам внутреннего мониторинга?",
    "pp_total": "Какое общее количество персонализированных программ наставничества?",
    "pp_pupil_pupil": "Какое количество ППН по форме «ученик – ученик»?",
    "pp_teacher_teacher": "Какое количество ППН по форме «педагог – педагог»?",
    "pp_student_student": "Какое количество ППН по форме «студент – студент»?",
    "pp_head_teacher": "Какое количество ППН по форме «руководитель – педагог»?",
    "pp_student_pupil": "Какое количество ППН по форме «студент – ученик»?",
    "pp_teacher_pupil": "Какое количество ППН по форме «учитель – ученик»?",
    "pp_other": "Какое количество ППН по иным формам?",
    "external_edu_mentors": "Какое количество наставников из внешних образовательных организаций (по приказу)?",
    "enterprise_mentors": "Какое количество наставников из предприятий?",
    "other_org_mentors": "Какое количество наставников из иных организаций?",
    "students_10_19": "Какова общая численность обучающихся в возрасте от 10 до 19 лет?",
    "mentees_10_19": "Какое количество обучающихся 10–19 лет вошли в программы наставничества в роли наставляемых?",
    "mentees_risk": "Какое количество наставляемых 10–19 лет из «группы риска»?",
    "mentees_gifted": "Какое количество наставляемых из числа одарённых детей (в реестре)?",
    "mentees_disabled": "Какое количество наставляемых 10–19 лет с ОВЗ и с инвалидностью?",
    "mentees_low_motivation": "Какое количество наставляемых 10–19 лет с низкой мотивацией и неуспеваемостью?",
    "mentees_career": "Какое количество наставляемых 10–19 лет с проблемами выбора образовательной траектории и профессии?",
    "mentees_other_params": "Какое количество наставляемых 10–19 лет по иным параметрам?",
    "share_mentees_10_19": "Какова доля обучающихся 10–19 лет в роли наставляемых?",
    "students_15_19": "Какова общая численность обучающихся в возрасте от 15 до 19 лет?",
    "mentors_15_19": "Какое количество обучающихся 15–19 лет являются наставниками по приказу?",
    "students_15_19_in_programmes": "Какое количество обучающихся 15–19 лет вошли в программы наставничества?",
    "share_mentors_15_19": "Какова доля обучающихся 15–19 лет в роли наставников?",
    "satisfaction_mentees": "Каков уровень удовлетворённости наставляемых участием в завершённых программах?",
    "satisfaction_mentors": "Каков уровень удовлетворённости наставников участием в завершённых программах?",
    "young_specialists": "Какое количество молодых специалистов (до 35 лет, первые 3 года работы) работает в ОО?",
    "young_specialists_mentees": "Какое количество молодых специалистов в роли наставляемых?",
    "teachers_other": "Какое количество педагогов работает в ОО, за исключением молодых специалистов?",
    "teachers_other_mentees": "Какое количество педагогов (за исключением молодых специалистов) в роли наставляемых?",
    "share_young_specialists_mentees": "Какова доля молодых специалистов в роли наставляемых?",
    "share_teachers_mentees": "Какова доля педагогов (включая молодых специалистов) в роли наставляемых?",
    "teachers_in_pp": "Какое количество педагогов участвует в утверждённых ППН?",
    "kpk_trained": "Какое количество педагогов обучено на КПК по вопросам наставничества в 2024 году?",
    "kpk_courses": "Какие курсы пройдены (наименования)?",
    "school_methodical_associations": "Какое количество методических объединений наставников в ОО?",
    "teachers_municipal": "Какова общая численность педагогических работников ОО (включая молодых специалистов)?",
    "teachers_mentors": "Какое количество педагогов в роли наставников?",
    "young_specialists_mentors": "Какое количество молодых специалистов в роли наставников?",
    "share_teachers_mentors": "Какова доля педагогов в роли наставников?",
    "share_young_specialists_mentors": "Какова доля молодых специалистов в роли наставников?",
    "pay_acts": "Какое количество локальных актов об оплате работы наставников?",
    "nonmaterial_acts": "Какое количество локальных актов о нематериальном поощрении наставников?",
}

QC = {  # variant C: short questions typed by the deputy head herself (Ключевская ООШ, Большесельская СОШ)
    "orgs_regulation_teachers": "Положение о наставничестве педагогов утверждено?",
    "orgs_regulation_students": "Положение о наставничестве обучающихся утверждено?",
    "orgs_monitoring_order": "Есть ли приказ о мониторинге ЦМН в школе?",
    "curators_total": "Кураторов ЦМН – сколько человек?",
    "programmes_total": "Программ наставничества утверждено (не считая ППН) – сколько?",
    "agreements_edu_orgs": "Соглашений с другими ОО о наставниках – сколько?",
    "agreements_enterprises": "Соглашений с предприятиями о наставниках – сколько?",
    "agreements_other_orgs": "Соглашений с иными организациями о наставниках – сколько?",
    "partner_list": "Какие предприятия / организации сотрудничают со школой по наставничеству?",
    "mentors_total": "Наставников по приказу – сколько?",
    "mentees_total": "Наставляемых по приказу – сколько?",
    "internal_monitoring_notes": "Справка по итогам внутреннего мониторинга есть?",
    "pp_total": "ППН всего – сколько?",
    "pp_pupil_pupil": "ППН «ученик – ученик» – сколько?",
    "pp_teacher_teacher": "ППН «учитель – учитель» – сколько?",
    "pp_head_teacher": "ППН «руководитель – педагог» – сколько?",
    "pp_student_pupil": "ППН «студент – ученик» – сколько?",
    "pp_teacher_pupil": "ППН «учитель – ученик» – сколько?",
    "pp_other": "ППН по иной форме – сколько?",
    "external_edu_mentors": "Наставников из других школ, колледжей, вузов (по приказу) – сколько?",
    "enterprise_mentors": "Наставников с предприятий – сколько?",
    "other_org_mentors": "Наставников из иных организаций – сколько?",
    "students_10_19": "Детей 10–19 лет в школе всего – сколько?",
    "mentees_10_19": "Детей 10–19 лет в роли наставляемых – сколько?",
    "mentees_risk": "Из них «группа риска» – сколько?",
    "mentees_gifted": "Из них одарённые (в реестре) – сколько?",
    "mentees_disabled": "Из них дети с ОВЗ и дети-инвалиды – сколько?",
    "mentees_low_motivation": "Из них с низкой мотивацией / неуспевающие – сколько?",
    "mentees_career": "Из них с проблемами выбора профессии – сколько?",
    "mentees_other_params": "Из них по иным параметрам – сколько?",
    "share_mentees_10_19": "Доля детей 10–19 лет в роли наставляемых?",
    "students_15_19": "Учащихся 15–19 лет всего – сколько?",
    "mentors_15_19": "Учащихся 15–19 лет в роли наставников (по приказу) – сколько?",
    "students_15_19_in_programmes": "Учащихся 15–19 лет, вошедших в программы наставничества, – сколько?",
    "share_mentors_15_19": "Доля учащихся 15–19 лет в роли наставников?",
    "satisfaction_mentees": "Удовлетворённость наставляемых (завершённые программы)?",
    "satisfaction_mentors": "Удовлетворённость наставников (завершённые программы)?",
    "young_specialists": "Молодых специалистов (до 35 лет, стаж до 3 лет) в школе – сколько?",
    "young_specialists_mentees": "Молодых специалистов в роли наставляемых – сколько?",
    "teachers_other": "Педагогов без молодых специалистов – сколько?",
    "teachers_other_mentees": "Педагогов (не МС) в роли наставляемых – сколько?",
    "share_young_specialists_mentees": "Доля молодых специалистов в роли наставляемых?",
    "share_teachers_mentees": "Доля педагогов (вместе с МС) в роли наставляемых?",
    "teachers_in_pp": "Педагогов в утверждённых ППН – сколько?",
    "trainees_internship": "Педагогов-стажёров на базе стажёрской площадки – сколько?",
    "kpk_trained": "Прошли КПК по наставничеству в 2024 году – сколько педагогов?",
    "kpk_courses": "Какие курсы?",
    "school_methodical_associations": "МО наставников в школе – сколько?",
    "teachers_mentors": "Педагогов в роли наставников – сколько?",
    "young_specialists_mentors": "Молодых специалистов в роли наставников – сколько?",
    "share_teachers_mentors": "Доля педагогов-наставников?",
    "share_young_specialists_mentors": "Доля молодых специалистов – наставников?",
    "pay_acts": "Локальных актов об оплате наставничества – сколько?",
    "nonmaterial_acts": "Локальных актов о нематериальном поощрении наставников – сколько?",
}

PEOPLE = {"curators_total", "mentors_total", "mentees_total", "external_edu_mentors", "iro_mentors",
          "enterprise_mentors", "other_org_mentors", "students_10_19", "mentees_10_19", "mentees_risk",
          "mentees_gifted", "mentees_disabled", "mentees_low_motivation", "mentees_career", "mentees_other_params",
          "students_15_19", "mentors_15_19", "students_15_19_in_programmes", "young_specialists",
          "young_specialists_mentees", "teachers_other", "teachers_other_mentees", "teachers_in_pp",
          "trainees_internship", "kpk_trained", "teachers_municipal", "teachers_mentors",
          "young_specialists_mentors", "network_mentors"}
UNITS = {"school_methodical_associations", "municipal_methodical_associations"}


# ----------------------------------------------------------------------------------------------------------------
# styles
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
PALE = PatternFill("solid", fgColor="FFF2CC")
LINKFONT = Font(name="Times New Roman", size=11, color="0563C1", underline="single")


class Sheet:
    def __init__(self, ws, file, font_name="Times New Roman", size=12):
        self.ws = ws
        self.file = file
        self.font = Font(name=font_name, size=size)
        self.bold = Font(name=font_name, size=size, bold=True)
        self.linkfont = Font(name=font_name, size=size - 1, color="0563C1", underline="single")

    def put(self, ref, value, bold=False, wrap=True, align="left", fill=None, border=True, font=None, italic=False):
        c = self.ws[ref]
        c.value = value
        f = font or (self.bold if bold else self.font)
        if italic:
            f = Font(name=f.name, size=f.size, bold=f.bold, italic=True)
        c.font = f
        c.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal=align)
        if fill:
            c.fill = fill
        if border:
            c.border = BOX
        return c

    def merge(self, a, b, r1, r2=None, border=True):
        r2 = r2 or r1
        self.ws.merge_cells(f"{a}{r1}:{b}{r2}")
        if border:
            for col in range(self.ws[f"{a}1"].column, self.ws[f"{b}1"].column + 1):
                for r in range(r1, r2 + 1):
                    self.ws.cell(row=r, column=col).border = BOX

    def link(self, ref, title, url):
        c = self.ws[ref]
        c.value = title
        c.hyperlink = url
        c.font = self.linkfont
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
        return c


def section_no(text, prev):
    m = re.match(r"\D{0,12}?(\d+)[.)]?\s", text)
    return int(m.group(1)) if m else prev + 1


def height_for(text, width_chars, line=15.0):
    lines = 0
    for part in str(text).split("\n"):
        lines += max(1, -(-len(part) // max(1, int(width_chars))))
    return max(line, line * lines)


# ----------------------------------------------------------------------------------------------------------------
# answers as typed
def checkbox(v, style):
    if style == "word":   # Word content-control check boxes
        return "☒ да   ☐ нет" if v else "☐ да   ☒ нет"
    if style == "Cap":
        return "☑ Да  ☐ Нет" if v else "☐ Да  ☑ Нет"
    return "☑ да ☐ нет" if v else "☐ да ☑ нет"


def typed_answer(crit, d, fs):
    """Return (cell value, number_format or None, expected value) for a criterion of organisation data d
    in a file with settings fs."""
    unit = CAT[crit]["unit"]
    if crit in fs.get("override", {}):
        return fs["override"][crit]
    if crit.startswith("share_") and crit != "share_enterprises":
        p = share_of(d, crit, fs["nd"])
        return pct_cell(p, fs["nd"], fs)
    v = d[crit]
    if unit == "yesno" or (CAT[crit]["aggregation"] == "count_yes"):
        return checkbox(v, fs["cb"]), None, v
    if unit in ("share", "level"):
        nd = 0 if float(v).is_integer() else 1
        return pct_cell(v, nd, fs, level=(unit == "level"))
    if unit == "list":
        sep = fs.get("listsep", "; ")
        return sep.join(v), None, "; ".join(v)
    if unit == "text":
        return v, None, v
    # counts
    style = fs["counts"]
    if style == "num":
        return v, None, v
    if style == "units":
        if crit in PEOPLE:
            return f"{v} чел.", None, v
        if crit in UNITS:
            return f"{v} ед.", None, v
        return f"{v} шт.", None, v
    if style == "people":   # «чел.» only after people, other counts bare numbers
        return (f"{v} чел.", None, v) if crit in PEOPLE else (v, None, v)
    raise ValueError(style)


def pct_cell(p, nd, fs, level=False):
    if fs.get("pctnum"):
        fmt = "0%" if (level or nd == 0) else ("0." + "0" * nd + "%")
        return round(p / 100, nd + 2), fmt, p
    s = f"{p:.{nd}f}".replace(".", ",") + fs.get("pctsep", " ") + "%"
    return s, None, p


# ----------------------------------------------------------------------------------------------------------------
CELLS = []
EXPECTED = []


class Form:
    def __init__(self, file, org_key, organisation, sheet_name):
        self.file = file
        self.org_key = org_key
        self.organisation = organisation
        self.sheet = sheet_name
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []

    def value(self, crit, ref, typed, expected, title, title_ref):
        assert crit in CAT and crit not in self.values, crit
        self.values[crit] = expected
        CELLS.append(dict(file=self.file, sheet=self.sheet, cell=ref, kind="value", criterion=crit,
                          expected=expected, typed=typed, title=title, title_cell=title_ref,
                          organisation=self.organisation))

    def link(self, crit, ref, url, title):
        self.links[crit] = url
        CELLS.append(dict(file=self.file, sheet=self.sheet, cell=ref, kind="link", criterion=crit, expected=url,
                          shown=title, organisation=self.organisation))

    def finish(self):
        EXPECTED.append(dict(file=self.file, sheet=self.sheet, year=2024, organisation=self.organisation,
                             values=self.values, links=self.links, not_criteria=self.not_criteria,
                             headings=self.headings))


def resolve_link(spec, docs):
    """spec: None | doc key | '=text' (a document named without a link).  Returns (title, url or None)."""
    if spec is None:
        return None, None
    if spec.startswith("="):
        return spec[1:], None
    t, u = docs[spec]
    return t, u


# ---------------------------------------------------------------------------------------------------------------
# Variant A: Word style, page width A:H
def write_A(path, org_key, fs, items, header_rows, footer_rows, sheet_name="Лист1"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    fm = Form(f"typed/{path}", org_key, fs["organisation"], sheet_name)
    S = Sheet(ws, fm.file, "Times New Roman", 12)
    widths = [11, 11, 11, 11, 11, 13, 13, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    total_w = sum(widths) * 1.05
    d = ORGS[org_key]
    docs = DOCS[org_key]
    r = 1
    for text, kind in header_rows:
        if text is None:
            r += 1
            continue
        S.put(f"A{r}", text, bold=(kind == "b"), align="center" if kind == "b" else "left", border=False)
        ws.merge_cells(f"A{r}:H{r}")
        ws.row_dimensions[r].height = height_for(text, total_w * 0.95, 16)
        r += 1
    # column header of the questionnaire
    S.put(f"A{r}", fs.get("hdr_q", "Вопрос / ответ"), bold=True, align="center")
    S.merge("A", "E", r)
    S.put(f"F{r}", "Подтверждающий документ (ссылка)", bold=True, align="center")
    S.merge("F", "H", r)
    ws.row_dimensions[r].height = 32
    r += 1
    sec = 0
    n = 0
    g = 0
    for it in items:
        if it[0] == "H":
            sec = section_no(it[1], sec)
            n = 0
            text = it[1]
            S.put(f"A{r}", text, bold=True, fill=GREY)
            S.merge("A", "H", r)
            ws.row_dimensions[r].height = height_for(text, total_w, 16)
            fm.headings.append(text)
            r += 1
            continue
        n += 1
        g += 1
        num = fs["numfmt"].format(s=sec, n=n, g=g)
        if it[0] == "Q":
            crit, lspec = it[1], it[2]
            q = fs.get("q", {}).get(crit) or QA[crit]
            qtext = f"{num} {q}" if num else q
            S.put(f"A{r}", qtext, italic=fs.get("q_italic", False))
            S.merge("A", "H", r)
            ws.row_dimensions[r].height = height_for(qtext, total_w, 16)
            val, nf, exp = typed_answer(crit, d, fs)
            c = S.put(f"A{r + 1}", val, fill=fs.get("afill"))
            if nf:
                c.number_format = nf
            S.merge("A", "E", r + 1)
            fm.value(crit, f"A{r + 1}", val, exp, qtext, f"A{r}")
            title, url = resolve_link(lspec, docs)
            if url:
                S.link(f"F{r + 1}", title, url)
                fm.link(crit, f"F{r + 1}", url, title)
            else:
                S.put(f"F{r + 1}", title)
            S.merge("F", "H", r + 1)
            ws.row_dimensions[r + 1].height = max(height_for(val, 55, 16), height_for(title or "", 39, 15))
            r += 2
        else:  # decoy question with an answer
            _, qtext0, val, lspec = it
            qtext = f"{num} {qtext0}" if num else qtext0
            S.put(f"A{r}", qtext, italic=fs.get("q_italic", False))
            S.merge("A", "H", r)
            ws.row_dimensions[r].height = height_for(qtext, total_w, 16)
            S.put(f"A{r + 1}", val, fill=fs.get("afill"))
            S.merge("A", "E", r + 1)
            title, url = resolve_link(lspec, docs)
            if url:
                S.link(f"F{r + 1}", title, url)
            else:
                S.put(f"F{r + 1}", title)
            S.merge("F", "H", r + 1)
            ws.row_dimensions[r + 1].height = max(16, height_for(title or "", 39, 15))
            fm.not_criteria.append(qtext)
            r += 2
    r += 1
    for text in footer_rows:
        if text is None:
            r += 1
            continue
        S.put(f"A{r}", text, border=False, wrap=False)
        r += 1
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return wb, fm


# ---------------------------------------------------------------------------------------------------------------
# Variant B: «№ | Вопрос | Ответ | Подтверждающий документ (ссылка)»
def write_B(path, org_key, fs, items, header_fn, footer_rows, sheet_name="Лист1"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    fm = Form(f"typed/{path}", org_key, fs["organisation"], sheet_name)
    S = Sheet(ws, fm.file, fs.get("font", "Calibri"), 11)
    widths = [7, 62, 20, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    d = ORGS[org_key]
    docs = DOCS[org_key]
    r = header_fn(S) + 1
    hdr = fs.get("hdr", ["№ п/п", "Вопрос", "Ответ", "Подтверждающий документ (ссылка)"])
    for col, t in zip("ABCD", hdr):
        S.put(f"{col}{r}", t, bold=True, align="center", fill=GREY)
    ws.row_dimensions[r].height = 30
    ws.freeze_panes = f"A{r + 1}"
    r += 1
    sec = 0
    n = 0
    g = 0
    for it in items:
        if it[0] == "H":
            sec = section_no(it[1], sec)
            n = 0
            S.put(f"A{r}", it[1], bold=True, fill=fs.get("hfill"))
            S.merge("A", "D", r)
            ws.row_dimensions[r].height = height_for(it[1], 130, 15)
            fm.headings.append(it[1])
            r += 1
            continue
        n += 1
        g += 1
        S.put(f"A{r}", fs["numfmt"].format(s=sec, n=n, g=g), align="center")
        if it[0] == "Q":
            crit, lspec = it[1], it[2]
            q = fs.get("q", {}).get(crit) or QB[crit]
            S.put(f"B{r}", q)
            val, nf, exp = typed_answer(crit, d, fs)
            c = S.put(f"C{r}", val, align=fs.get("aalign", "left"))
            if nf:
                c.number_format = nf
            fm.value(crit, f"C{r}", val, exp, q, f"B{r}")
            title, url = resolve_link(lspec, docs)
            if url:
                S.link(f"D{r}", title, url)
                fm.link(crit, f"D{r}", url, title)
            else:
                S.put(f"D{r}", title)
            ws.row_dimensions[r].height = max(height_for(q, 60), height_for(val, 18), height_for(title or "", 46))
        else:
            _, q, val, lspec = it
            S.put(f"B{r}", q)
            S.put(f"C{r}", val, align=fs.get("aalign", "left"))
            title, url = resolve_link(lspec, docs)
            if url:
                S.link(f"D{r}", title, url)
            else:
                S.put(f"D{r}", title)
            ws.row_dimensions[r].height = max(height_for(q, 60), height_for(val, 18), height_for(title or "", 46))
            fm.not_criteria.append(q)
        r += 1
    r += 1
    for text in footer_rows:
        if text is None:
            r += 1
            continue
        S.put(f"B{r}", text, border=False, wrap=False)
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return wb, fm


# ---------------------------------------------------------------------------------------------------------------
# Variant C: no merges; question in B, the answer in B of the next row; the proof in C
def write_C(path, org_key, fs, items, header_rows, footer_rows, sheet_name="Лист1"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    fm = Form(f"typed/{path}", org_key, fs["organisation"], sheet_name)
    S = Sheet(ws, fm.file, "Arial", 10)
    widths = [9, 78, 52]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    d = ORGS[org_key]
    docs = DOCS[org_key]
    r = 1
    for text, kind in header_rows:
        if text is not None:
            S.put(f"A{r}", text, bold=(kind == "b"), border=False, wrap=False)
        r += 1
    for col, t in zip("ABC", fs.get("hdr", ["№", "Вопрос / ответ", "Подтверждающий документ (ссылка)"])):
        S.put(f"{col}{r}", t, bold=True, align="center")
    r += 1
    sec = 0
    n = 0
    g = 0
    link_on_q = fs.get("link_on_question", False)
    for it in items:
        if it[0] == "H":
            sec = section_no(it[1], sec)
            n = 0
            S.put(f"A{r}", it[1], bold=True, border=False, wrap=False)
            fm.headings.append(it[1])
            r += 1
            continue
        n += 1
        g += 1
        S.put(f"A{r}", fs["numfmt"].format(s=sec, n=n, g=g), border=False)
        lref = f"C{r}" if link_on_q else f"C{r + 1}"
        if it[0] == "Q":
            crit, lspec = it[1], it[2]
            q = fs.get("q", {}).get(crit) or QC[crit]
            S.put(f"B{r}", q, bold=fs.get("q_bold", False), border=False)
            if fs.get("answer_label"):
                S.put(f"A{r + 1}", fs["answer_label"], border=False, italic=True)
            val, nf, exp = typed_answer(crit, d, fs)
            c = S.put(f"B{r + 1}", val, fill=PALE, border=False)
            if nf:
                c.number_format = nf
            fm.value(crit, f"B{r + 1}", val, exp, q, f"B{r}")
            title, url = resolve_link(lspec, docs)
            if url:
                S.link(lref, title, url).border = Border()
                fm.link(crit, lref, url, title)
            elif title:
                S.put(lref, title, border=False)
        else:
            _, q, val, lspec = it
            S.put(f"B{r}", q, bold=fs.get("q_bold", False), border=False)
            if fs.get("answer_label"):
                S.put(f"A{r + 1}", fs["answer_label"], border=False, italic=True)
            S.put(f"B{r + 1}", val, fill=PALE, border=False)
            title, url = resolve_link(lspec, docs)
            if url:
                S.link(lref, title, url).border = Border()
            elif title:
                S.put(lref, title, border=False)
            fm.not_criteria.append(q)
        r += 3 if fs.get("blank_between") else 2
    r += 1
    for text in footer_rows:
        if text is not None:
            S.put(f"B{r}", text, border=False, wrap=False)
        r += 1
    return wb, fm


# ================================================================================================================
# The files
H_A = ["Раздел 1. Нормативное обеспечение реализации целевой модели наставничества",
       "Раздел 2. Организация процесса реализации целевой модели наставничества",
       "Раздел 3. Персонализированные программы наставничества",
       "Раздел 4. Включённость предприятий (организаций) в программы наставничества",
       "Раздел 5. Обучающиеся 10–19 лет в роли наставляемых",
       "Раздел 6. Обучающиеся 15–19 лет в роли наставников",
       "Раздел 7. Удовлетворённость участием в программах наставничества",
       "Раздел 8. Педагоги и молодые специалисты в роли наставляемых",
       "Раздел 9. Непрерывное профессиональное развитие педагогов",
       "Раздел 10. Педагоги в роли наставников",
       "Раздел 11. Стимулирование наставничества",
       "Раздел 12. Информационное сопровождение",
       "Раздел 13. Сетевое взаимодействие"]


def file01():
    """СОШ № 1: variant A, Word check boxes ☒/☐, counts «34 чел.» / «2 шт.», shares «14,1 %»."""
    key = "sosh1"
    fs = dict(organisation="МБОУ «Камышлинская СОШ № 1»", cb="word", counts="units", nd=1,
              numfmt="{s}.{n}.", q_italic=False)
    H = H_A
    items = [
        ("H", H[0]),
        ("X", "Издан ли в ОО приказ о внедрении целевой модели наставничества?", checkbox(1, "word"), "vnedr"),
        ("Q", "orgs_regulation_teachers", "pol_ped"),
        ("Q", "orgs_regulation_students", "pol_obuch"),
        ("Q", "orgs_monitoring_order", "mon"),
        ("H", H[1]),
        ("Q", "curators_total", "kur"),
        ("Q", "programmes_total", "progr"),
        ("Q", "agreements_edu_orgs", "agr"),
        ("Q", "agreements_enterprises", "agr"),
        ("Q", "agreements_other_orgs", "agr"),
        ("Q", "partner_list", "partners"),
        ("Q", "mentors_total", "pary"),
        ("Q", "mentees_total", "pary"),
        ("X", "Сколько наставнических пар (групп) сформировано?", "38 пар", "=см. приказ в п. 2.7"),
        ("Q", "internal_monitoring_notes", "spravka"),
        ("H", H[2]),
        ("Q", "pp_total", "ppn"),
        ("Q", "pp_pupil_pupil", "ppn"),
        ("Q", "pp_teacher_teacher", "ppn"),
        ("Q", "pp_head_teacher", "ppn"),
        ("Q", "pp_teacher_pupil", "ppn"),
        ("H", H[3]),
        ("Q", "external_edu_mentors", "pary"),
        ("Q", "enterprise_mentors", "pary"),
        ("Q", "other_org_mentors", "pary"),
        ("H", H[4]),
        ("X", "Сколько всего обучающихся в ОО (на 01.09.2024)?", "587 чел.", None),
        ("Q", "students_10_19", None),
        ("Q", "mentees_10_19", "baza"),
        ("Q", "mentees_risk", "baza"),
        ("Q", "mentees_gifted", "baza"),
        ("Q", "mentees_disabled", "baza"),
        ("Q", "mentees_low_motivation", "baza"),
        ("Q", "mentees_career", "baza"),
        ("Q", "mentees_other_params", "baza"),
        ("Q", "share_mentees_10_19", None),
        ("H", H[5]),
        ("Q", "students_15_19", None),
        ("Q", "mentors_15_19", "pary"),
        ("Q", "share_mentors_15_19", None),
        ("H", H[6]),
        ("Q", "satisfaction_mentees", "anket"),
        ("Q", "satisfaction_mentors", "anket"),
        ("H", H[7]),
        ("Q", "young_specialists", None),
        ("Q", "young_specialists_mentees", "pary"),
        ("Q", "teachers_other", None),
        ("Q", "teachers_other_mentees", "pary"),
        ("Q", "share_teachers_mentees", None),
        ("H", H[8]),
        ("Q", "kpk_trained", "kpk"),
        ("Q", "kpk_courses", None),
        ("Q", "school_methodical_associations", "mo"),
        ("H", H[9]),
        ("Q", "teachers_mentors", "pary"),
        ("Q", "share_teachers_mentors", None),
        ("X", "Сколько педагогов-наставников имеют стаж работы более 20 лет?", "17 чел.", None),
        ("H", H[10]),
        ("Q", "pay_acts", "oplata"),
        ("Q", "nonmaterial_acts", "pooshch"),
        ("H", H[11]),
        ("X", "Есть ли на сайте ОО раздел «Наставничество»?", checkbox(1, "word"), "site"),
        ("X", "Проводился ли в ОО конкурс «Лучший наставник» в 2024 году?", checkbox(1, "word"), None),
        ("H", H[12]),
        ("X", "Участвуют ли педагоги ОО в сетевом сообществе педагогов-наставников УР?", checkbox(0, "word"), None),
    ]
    header = [("АНКЕТА", "b"),
              ("самоанализа реализации целевой модели наставничества педагогических работников и обучающихся "
               "в образовательной организации за 2024 год", "b"),
              (None, None),
              ("Анкета заполнена: МБОУ «Камышлинская СОШ № 1», с. Камышлы", "n"),
              ("Ф.И.О., должность заполнившего: Петрова Ольга Викторовна, заместитель директора по УВР", "n"),
              ("Отметьте нужный ответ знаком ☒, количественные показатели укажите с единицами измерения.", "n"),
              (None, None)]
    footer = ["Дата заполнения: 24.10.2024",
              "Заместитель директора по УВР   ______________   О.В. Петрова",
              "Директор   ______________   Н.А. Шкляева"]
    return write_A("01_Анкета_ЦМН_2024_СОШ1_Камышлы.xlsx", key, fs, items, header, footer)


def file02():
    """Гимназия: variant A, ☑/☐, bare numbers, shares with two decimals, upper-case section titles, no numbering."""
    key = "gimn"
    q = {
        "mentors_total": "Сколько наставников закреплено приказом (всего)?",
        "mentees_risk": "Сколько наставляемых из «группы риска»?",
        "mentees_disabled": "Сколько наставляемых – дети с ОВЗ, дети-инвалиды?",
        "mentees_low_motivation": "Сколько наставляемых с низкой мотивацией к учебе, неуспевающих?",
        "mentees_career": "Сколько наставляемых с трудностями выбора профессии?",
        "teachers_other": "Сколько в гимназии педагогов кроме молодых специалистов?",
        "kpk_trained": "Сколько педагогов обучились на КПК по наставничеству (за 2024 календарный год)?",
        "satisfaction_mentors": "Каков уровень удовлетворённоcти наставников участием в завершённых программах наставничества?",
    }
    fs = dict(organisation="Муниципальное бюджетное общеобразовательное учреждение «Камышлинская гимназия»",
              cb="std", counts="people", nd=2, numfmt="", q=q, q_italic=True, hdr_q="Вопрос, ответ")
    H = [h.upper() for h in H_A]
    items = [
        ("H", H[0]),
        ("Q", "orgs_regulation_teachers", "pol_ped"),
        ("Q", "orgs_regulation_students", "pol_obuch"),
        ("Q", "orgs_monitoring_order", "mon"),
        ("H", H[1]),
        ("Q", "curators_total", "kur"),
        ("Q", "programmes_total", "progr"),
        ("Q", "agreements_edu_orgs", "agr"),
        ("Q", "agreements_iro", "agr"),
        ("Q", "partner_list", "agr"),
        ("Q", "mentors_total", "pary"),
        ("Q", "mentees_total", "pary"),
        ("X", "Сколько всего участников программ наставничества (наставников и наставляемых)?", "79 чел.", "=см. выше"),
        ("Q", "internal_monitoring_notes", "spravka"),
        ("H", H[2]),
        ("Q", "pp_total", "ppn"),
        ("Q", "pp_pupil_pupil", "=см. выше"),
        ("Q", "pp_teacher_teacher", "=см. выше"),
        ("Q", "pp_teacher_pupil", "=см. выше"),
        ("H", H[3]),
        ("Q", "external_edu_mentors", "pary"),
        ("Q", "iro_mentors", "pary"),
        ("H", H[4]),
        ("Q", "students_10_19", None),
        ("Q", "mentees_10_19", "pary"),
        ("Q", "mentees_risk", "baza"),
        ("Q", "mentees_gifted", "baza"),
        ("Q", "mentees_disabled", "baza"),
        ("Q", "mentees_low_motivation", "baza"),
        ("Q", "mentees_career", "baza"),
        ("Q", "share_mentees_10_19", None),
        ("H", H[5]),
        ("Q", "students_15_19", None),
        ("Q", "mentors_15_19", "pary"),
        ("Q", "share_mentors_15_19", None),
        ("H", H[6]),
        ("Q", "satisfaction_mentees", "anket"),
        ("Q", "satisfaction_mentors", "anket"),
        ("H", H[7]),
        ("Q", "young_specialists", None),
        ("Q", "young_specialists_mentees", "pary"),
        ("Q", "teachers_other", None),
        ("Q", "teachers_other_mentees", "pary"),
        ("Q", "share_teachers_mentees", None),
        ("H", H[8]),
        ("Q", "trainees_internship", "stazh"),
        ("Q", "kpk_trained", "kpk"),
        ("Q", "school_methodical_associations", "mo"),
        ("H", H[9]),
        ("Q", "teachers_mentors", "pary"),
        ("Q", "share_teachers_mentors", None),
        ("H", H[10]),
        ("Q", "pay_acts", None),
        ("Q", "nonmaterial_acts", "pooshch"),
        ("X", "Планируется ли принятие положения о доплате наставникам в 2025 году?", checkbox(1, "std"), None),
    ]
    header = [("Анкета по реализации целевой модели наставничества (ЦМН) за 2024 год", "b"),
              (None, None),
              ("Анкета заполнена: Муниципальное бюджетное общеобразовательное учреждение «Камышлинская гимназия»", "n"),
              ("Заполнил: Корепанов Андрей Ильич, заместитель директора по научно-методической работе, тел. 8 (34136) 4-12-57", "n"),
              (None, None)]
    footer = ["«25» октября 2024 г.", "Директор гимназии ____________ Л.Г. Дерюшева"]
    return write_A("02_anketa_gimnaziya_2024.xlsx", key, fs, items, header, footer, sheet_name="Анкета")


H_B = ["Направление 1. Нормативное обеспечение реализации Целевой модели наставничества",
       "Направление 2. Организация процесса реализации Целевой модели наставничества",
       "Направление 3. Персонализированные программы по определённой форме",
       "Направление 4. Включённость предприятий (организаций) в программы наставничества в роли наставников",
       "Направление 5. Включённость обучающихся 10–19 лет в программы наставничества в роли наставляемого",
       "Направление 6. Включённость обучающихся 15–19 лет в программы наставничества в роли наставника",
       "Направление 7. Уровень удовлетворённости участием в программах наставничества",
       "Направление 8. Включённость педагогов и молодых специалистов в программы наставничества в роли наставляемого",
       "Направление 9. Обеспеченность непрерывного профессионального развития педагогических работников",
       "Направление 10. Включённость педагогов в программы наставничества в роли наставника",
       "Направление 11. Стимулирование процесса наставничества",
       "Направление 12. Информационное сопровождение процесса реализации ЦМН",
       "Направление 13. Сетевое сообщество наставников"]


def file03():
    """Уральская СОШ: variant B, «чел.»/«шт.», a «нет» check box for the monitoring order, a joined ППН row."""
    key = "ural"
    fs = dict(organisation="МКОУ «Уральская СОШ»", cb="std", counts="units", nd=1, numfmt="{s}.{n}",
              override={"pp_student_student": ("нет", None, 0)})
    H = H_B
    items = [
        ("H", H[0]),
        ("Q", "orgs_regulation_teachers", "pol_ped"),
        ("Q", "orgs_regulation_students", "pol_obuch"),
        ("Q", "orgs_monitoring_order", "=приказ будет издан в январе 2025 г."),
        ("H", H[1]),
        ("Q", "curators_total", "kur"),
        ("Q", "programmes_total", "progr"),
        ("Q", "agreements_enterprises", "agr"),
        ("Q", "partner_list", "agr"),
        ("Q", "mentors_total", "pary"),
        ("Q", "mentees_total", "pary"),
        ("Q", "internal_monitoring_notes", "spravka"),
        ("H", H[2]),
        ("Q", "pp_total", "ppn"),
        ("Q", "pp_pupil_pupil", "ppn"),
        ("X", "Какое количество ППН по формам «педагог – педагог» и «учитель – ученик» (вместе)?", "4 шт.", "ppn"),
        ("Q", "pp_student_student", None),
        ("H", H[3]),
        ("Q", "enterprise_mentors", "agr"),
        ("H", H[4]),
        ("Q", "students_10_19", None),
        ("Q", "mentees_10_19", "pary"),
        ("Q", "mentees_risk", "pary"),
        ("Q", "mentees_gifted", "pary"),
        ("Q", "mentees_disabled", "pary"),
        ("Q", "mentees_low_motivation", "pary"),
        ("Q", "mentees_career", "pary"),
        ("Q", "share_mentees_10_19", None),
        ("H", H[5]),
        ("Q", "students_15_19", None),
        ("Q", "mentors_15_19", "pary"),
        ("Q", "students_15_19_in_programmes", "baza"),
        ("Q", "share_mentors_15_19", None),
        ("H", H[6]),
        ("Q", "satisfaction_mentees", "anket"),
        ("Q", "satisfaction_mentors", "anket"),
        ("X", "Какое количество участников прошли анкетирование?", "20 чел.", None),
        ("H", H[7]),
        ("Q", "young_specialists", None),
        ("Q", "young_specialists_mentees", "pary"),
        ("Q", "teachers_other", None),
        ("Q", "teachers_other_mentees", "pary"),
        ("Q", "share_teachers_mentees", None),
        ("H", H[8]),
        ("Q", "teachers_in_pp", "ppn"),
        ("Q", "kpk_trained", "kpk"),
        ("Q", "school_methodical_associations", None),
        ("H", H[9]),
        ("Q", "teachers_municipal", None),
        ("Q", "teachers_mentors", "pary"),
        ("Q", "share_teachers_mentors", None),
        ("H", H[10]),
        ("Q", "pay_acts", None),
        ("Q", "nonmaterial_acts", "pooshch"),
    ]

    def header(S):
        ws = S.ws
        S.put("A1", "Анкета самообследования по реализации Целевой модели наставничества в 2024 году",
              bold=True, align="center", border=False)
        ws.merge_cells("A1:D1")
        S.put("A2", "(заполняется заместителем директора, ответственным за наставничество)", align="center",
              border=False, italic=True)
        ws.merge_cells("A2:D2")
        S.put("A3", "Наименование образовательной организации:", bold=True, align="right")
        S.merge("A", "B", 3)
        S.put("C3", "МКОУ «Уральская СОШ»")
        S.merge("C", "D", 3)
        S.put("A4", "Ответственный:", bold=True, align="right")
        S.merge("A", "B", 4)
        S.put("C4", "Лекомцева Татьяна Петровна, зам. директора по УВР")
        S.merge("C", "D", 4)
        return 5
    footer = ["Дата: 23.10.2024", "Ответственный ________ Т.П. Лекомцева"]
    return write_B("03_Уральская_СОШ_анкета.xlsx", key, fs, items, header, footer)


def file04():
    """Верхнеигринская СОШ: variant B, bare numbers, «☑ Да ☐ Нет», shares «15,2%» without a space, empty Лист2."""
    key = "vigra"
    q = {
        "mentees_total": "Какое количество наставляемых закреплено приказом (обучающиеся и педагоги)?",
        "mentors_15_19": "Какое количество наставников из числа обучающихся 15–19 лет (по приказу)?",
        "young_specialists_mentors": "Какое количество молодых специалистов сами выступают в роли наставника?",
    }
    fs = dict(organisation="МБОУ «Верхнеигринская СОШ»", cb="Cap", counts="num", nd=1, pctsep="", numfmt="{g}",
              q=q, aalign="center", hfill=PatternFill("solid", fgColor="DDEBF7"),
              hdr=["№", "Вопрос анкеты", "Ответ", "Подтверждающий документ (ссылка)"])
    H = H_B
    items = [
        ("H", H[0]),
        ("X", "Имеется ли приказ «О внедрении целевой модели наставничества»?", checkbox(1, "Cap"), "vnedr"),
        ("Q", "orgs_regulation_teachers", "pol_ped"),
        ("Q", "orgs_regulation_students", "pol_obuch"),
        ("Q", "orgs_monitoring_order", "mon"),
        ("H", H[1]),
        ("Q", "curators_total", "kur"),
        ("Q", "programmes_total", "progr"),
        ("Q", "agreements_edu_orgs", "agr"),
        ("Q", "agreements_other_orgs", "agr"),
        ("Q", "partner_list", "partners"),
        ("Q", "mentors_total", "pary"),
        ("Q", "mentees_total", "pary"),
        ("X", "Какое количество наставников и наставляемых всего?", 58, "pary"),
        ("Q", "internal_monitoring_notes", "=справка на утверждении, будет размещена в декабре"),
        ("H", H[2]),
        ("Q", "pp_total", "ppn"),
        ("Q", "pp_pupil_pupil", "ppn"),
        ("Q", "pp_teacher_teacher", "ppn"),
        ("Q", "pp_head_teacher", "ppn"),
        ("Q", "pp_teacher_pupil", "ppn"),
        ("H", H[3]),
        ("Q", "external_edu_mentors", "pary"),
        ("Q", "other_org_mentors", "pary"),
        ("H", H[4]),
        ("Q", "students_10_19", None),
        ("Q", "mentees_10_19", "baza"),
        ("Q", "mentees_risk", "baza"),
        ("Q", "mentees_gifted", "baza"),
        ("Q", "mentees_disabled", "baza"),
        ("Q", "mentees_low_motivation", "baza"),
        ("Q", "mentees_career", "baza"),
        ("Q", "share_mentees_10_19", None),
        ("H", H[5]),
        ("Q", "students_15_19", None),
        ("Q", "mentors_15_19", "pary"),
        ("Q", "share_mentors_15_19", None),
        ("H", H[6]),
        ("Q", "satisfaction_mentees", "anket"),
        ("Q", "satisfaction_mentors", "anket"),
        ("H", H[7]),
        ("Q", "young_specialists", None),
        ("Q", "young_specialists_mentees", "pary"),
        ("Q", "teachers_other", None),
        ("Q", "teachers_other_mentees", "pary"),
        ("Q", "share_teachers_mentees", None),
        ("H", H[8]),
        ("Q", "teachers_in_pp", "ppn"),
        ("Q", "kpk_trained", "kpk"),
        ("Q", "kpk_courses", None),
        ("Q", "school_methodical_associations", "mo"),
        ("H", H[9]),
        ("Q", "teachers_municipal", None),
        ("Q", "teachers_mentors", "pary"),
        ("Q", "young_specialists_mentors", "pary"),
        ("Q", "share_teachers_mentors", None),
        ("H", H[10]),
        ("Q", "pay_acts", "oplata"),
        ("Q", "nonmaterial_acts", "pooshch"),
        ("H", H[11]),
        ("X", "Имеется ли на сайте ОО раздел «Наставничество» с актуальными документами?", checkbox(1, "Cap"), "site"),
        ("H", H[12]),
        ("X", "Какое количество педагогов ОО зарегистрированы в сетевом сообществе наставников?", 3, None),
    ]

    def header(S):
        ws = S.ws
        S.put("A1", "Анкета заместителя директора по реализации целевой модели наставничества, 2024 год",
              bold=True, align="center", border=False)
        ws.merge_cells("A1:D1")
        S.put("A2", "Образовательная организация: МБОУ «Верхнеигринская СОШ»", border=False)
        ws.merge_cells("A2:D2")
        S.put("A3", "Заполнил(а): Ившина Марина Сергеевна, заместитель директора по ВР", border=False)
        ws.merge_cells("A3:D3")
        return 4
    footer = ["Анкету заполнила 22.10.2024  ____________  М.С. Ившина"]
    wb, fm = write_B("04_Верхнеигринская_СОШ.xlsx", key, fs, items, header, footer)
    wb.create_sheet("Лист2")
    return wb, fm


def file07():
    """ДДТ: variant B with words of additional education; the agreements' subject as text."""
    key = "ddt"
    q = {
        "students_10_19": "Какова общая численность обучающихся объединений в возрасте от 10 до 19 лет?",
        "mentees_10_19": "Какое количество обучающихся объединений 10–19 лет в роли наставляемых?",
        "mentees_gifted": "Какое количество наставляемых из числа одарённых детей (победители и призёры, в реестре)?",
        "students_15_19": "Какова общая численность обучающихся объединений в возрасте от 15 до 19 лет?",
        "pp_teacher_teacher": "Какое количество ППН по форме «педагог – педагог»?",
        "pp_teacher_pupil": "Какое количество ППН по форме «педагог – обучающийся»?",
        "teachers_other": "Какое количество педагогов дополнительного образования (за исключением молодых специалистов)?",
        "teachers_municipal": "Какова общая численность педагогических работников учреждения (включая молодых специалистов)?",
        "partner_list": "С какими организациями учреждение сотрудничает по вопросам наставничества?",
        "agreements_edu_orgs": "Какое количество соглашений со школами и другими ОО, предоставившими своих сотрудников в качестве наставников?",
    }
    fs = dict(organisation="МБУ ДО «Камышлинский ДДТ»", cb="std", counts="units", nd=1, numfmt="{s}.{n}.", q=q,
              font="Times New Roman", hfill=PatternFill("solid", fgColor="E2EFDA"))
    H = H_B
    items = [
        ("H", H[0]),
        ("Q", "orgs_regulation_teachers", "pol_ped"),
        ("Q", "orgs_regulation_students", "pol_obuch"),
        ("Q", "orgs_monitoring_order", "mon"),
        ("H", H[1]),
        ("Q", "curators_total", "kur"),
        ("Q", "programmes_total", "progr"),
        ("Q", "agreements_edu_orgs", "agr"),
        ("Q", "agreements_other_orgs", "agr"),
        ("Q", "partner_list", "agr"),
        ("Q", "agreement_subjects", None),
        ("Q", "mentors_total", "pary"),
        ("Q", "mentees_total", "pary"),
        ("Q", "internal_monitoring_notes", "spravka"),
        ("H", H[2]),
        ("Q", "pp_total", "ppn"),
        ("Q", "pp_pupil_pupil", "ppn"),
        ("Q", "pp_teacher_teacher", "ppn"),
        ("Q", "pp_teacher_pupil", "ppn"),
        ("H", H[3]),
        ("Q", "external_edu_mentors", "pary"),
        ("H", H[4]),
        ("X", "Какое количество объединений (кружков) работает в учреждении?", "38 ед.", None),
        ("Q", "students_10_19", None),
        ("Q", "mentees_10_19", "pary"),
        ("Q", "mentees_risk", "pary"),
        ("Q", "mentees_gifted", "pary"),
        ("Q", "mentees_disabled", "pary"),
        ("Q", "mentees_career", "pary"),
        ("Q", "mentees_other_params", "pary"),
        ("Q", "share_mentees_10_19", None),
        ("H", H[5]),
        ("Q", "students_15_19", None),
        ("Q", "mentors_15_19", "pary"),
        ("Q", "share_mentors_15_19", None),
        ("H", H[6]),
        ("Q", "satisfaction_mentees", "anket"),
        ("Q", "satisfaction_mentors", "anket"),
        ("H", H[7]),
        ("Q", "young_specialists", None),
        ("Q", "young_specialists_mentees", "pary"),
        ("Q", "teachers_other", None),
        ("Q", "teachers_other_mentees", "pary"),
        ("Q", "share_young_specialists_mentees", None),
        ("Q", "share_teachers_mentees", None),
        ("H", H[8]),
        ("Q", "teachers_in_pp", "ppn"),
        ("Q", "kpk_trained", "kpk"),
        ("Q", "school_methodical_associations", "mo"),
        ("H", H[9]),
        ("Q", "teachers_municipal", None),
        ("Q", "teachers_mentors", "pary"),
        ("Q", "share_teachers_mentors", None),
        ("H", H[10]),
        ("Q", "pay_acts", None),
        ("Q", "nonmaterial_acts", "pooshch"),
    ]

    def header(S):
        ws = S.ws
        S.put("A1", "Анкета МБУ ДО «Камышлинский ДДТ» по реализации целевой модели наставничества за 2024 год",
              bold=True, align="center", border=False)
        ws.merge_cells("A1:D1")
        ws.row_dimensions[1].height = 32
        S.put("A2", "Заполнила: Вострокнутова Елена Аркадьевна, заместитель директора по УВР", border=False,
              italic=True)
        ws.merge_cells("A2:D2")
        return 3
    footer = ["Директор МБУ ДО «Камышлинский ДДТ» ____________ С.В. Тронина", "21.10.2024"]
    return write_B("07_ДДТ_анкета_наставничество_2024.xlsx", key, fs, items, header, footer)


H_C5 = ["1. Нормативка", "2. Организация наставничества", "3. ППН", "4. Предприятия, организации",
        "5. Дети 10–19 лет (наставляемые)", "6. Дети 15–19 лет (наставники)", "7. Удовлетворённость",
        "8. Педагоги и молодые специалисты (наставляемые)", "9. Профразвитие педагогов", "10. Педагоги-наставники",
        "11. Стимулирование"]


def file05():
    """Ключевская ООШ: variant C, the name only in the file name, the link on the question row."""
    key = "klyuch"
    fs = dict(organisation="Ключевская ООШ", cb="std", counts="num", nd=1, numfmt="{s}.{n}",
              link_on_question=True,
              override={"agreements_edu_orgs": ("нет", None, 0), "agreements_enterprises": ("нет", None, 0),
                        "kpk_trained": ("никто", None, 0)})
    H = H_C5
    items = [
        ("H", H[0]),
        ("Q", "orgs_regulation_teachers", "pol_ped"),
        ("Q", "orgs_regulation_students", "pol_obuch"),
        ("Q", "orgs_monitoring_order", "mon"),
        ("H", H[1]),
        ("Q", "curators_total", "kur"),
        ("Q", "programmes_total", "progr"),
        ("Q", "agreements_edu_orgs", None),
        ("Q", "agreements_enterprises", None),
        ("Q", "mentors_total", "pary"),
        ("Q", "mentees_total", "pary"),
        ("Q", "internal_monitoring_notes", "spravka"),
        ("H", H[2]),
        ("Q", "pp_total", "ppn"),
        ("Q", "pp_pupil_pupil", "ppn"),
        ("Q", "pp_teacher_teacher", "ppn"),
        ("Q", "pp_teacher_pupil", "ppn"),
        ("H", H[4]),
        ("Q", "students_10_19", None),
        ("Q", "mentees_10_19", "pary"),
        ("Q", "mentees_risk", "=приказ о парах (см. п. 2.5)"),
        ("Q", "mentees_disabled", "=приказ о парах (см. п. 2.5)"),
        ("Q", "mentees_low_motivation", "=приказ о парах (см. п. 2.5)"),
        ("Q", "mentees_career", "=приказ о парах (см. п. 2.5)"),
        ("Q", "share_mentees_10_19", None),
        ("H", H[5]),
        ("Q", "students_15_19", None),
        ("Q", "mentors_15_19", "pary"),
        ("Q", "share_mentors_15_19", None),
        ("H", H[6]),
        ("Q", "satisfaction_mentees", "anket"),
        ("Q", "satisfaction_mentors", "anket"),
        ("H", H[7]),
        ("Q", "young_specialists", None),
        ("Q", "young_specialists_mentees", "pary"),
        ("Q", "teachers_other", None),
        ("Q", "teachers_other_mentees", None),
        ("Q", "share_young_specialists_mentees", None),
        ("Q", "share_teachers_mentees", None),
        ("H", H[8]),
        ("Q", "teachers_in_pp", "ppn"),
        ("Q", "kpk_trained", None),
        ("X", "Кто планирует пройти КПК по наставничеству в 2025 году – сколько?", 2, None),
        ("H", H[9]),
        ("Q", "teachers_mentors", "pary"),
        ("Q", "share_teachers_mentors", None),
        ("H", H[10]),
        ("Q", "nonmaterial_acts", "pooshch"),
    ]
    # this school deleted section 4 of the questionnaire (no partners): sections go 3, 5, 6 …
    header = [("Анкета по наставничеству (ЦМН) — 2024 год", "b"),
              ("Заполнила: зам. директора по УВР Гурьева Н.А.", "n"),
              (None, None)]
    footer = ["Гурьева Н.А., 28.10.2024"]
    return write_C("05_Ключевская ООШ_анкета ЦМН 2024.xlsx", key, fs, items, header, footer)


H_C6 = ["Раздел 1. Нормативное обеспечение", "Раздел 2. Организация процесса", "Раздел 3. ППН по формам",
        "Раздел 4. Наставники из предприятий и организаций", "Раздел 5. Обучающиеся 10–19 лет",
        "Раздел 6. Обучающиеся 15–19 лет", "Раздел 7. Удовлетворённость",
        "Раздел 8. Молодые специалисты и педагоги (наставляемые)", "Раздел 9. Профессиональное развитие",
        "Раздел 10. Педагоги-наставники", "Раздел 11. Стимулирование", "Раздел 12. Информационное сопровождение"]


def file06():
    """Большесельская СОШ: variant C with «Ответ:» in A, numbers and percent-formatted cells; re-saved by LibreOffice."""
    key = "bselo"
    q = {
        "partner_list": "Какие предприятия / организации сотрудничают со школой по наставничеству (каждую с новой строки)?",
        "kpk_courses": "Какие курсы (каждый с новой строки)?",
    }
    fs = dict(organisation="МБОУ «Большесельская СОШ»", cb="std", counts="num", nd=2, numfmt="{s}.{n}.",
              pctnum=True, listsep="\n", answer_label="Ответ:", q_bold=True, q=q, blank_between=True)
    H = H_C6
    items = [
        ("H", H[0]),
        ("Q", "orgs_regulation_teachers", "pol_ped"),
        ("Q", "orgs_regulation_students", "pol_obuch"),
        ("Q", "orgs_monitoring_order", "mon"),
        ("H", H[1]),
        ("Q", "curators_total", "kur"),
        ("Q", "programmes_total", "progr"),
        ("Q", "agreements_edu_orgs", "agr"),
        ("Q", "agreements_enterprises", "agr"),
        ("Q", "partner_list", "partners"),
        ("Q", "mentors_total", "pary"),
        ("Q", "mentees_total", "pary"),
        ("Q", "internal_monitoring_notes", "spravka"),
        ("H", H[2]),
        ("Q", "pp_total", "ppn"),
        ("Q", "pp_pupil_pupil", "ppn"),
        ("Q", "pp_teacher_teacher", "ppn"),
        ("Q", "pp_head_teacher", "ppn"),
        ("Q", "pp_student_pupil", "ppn"),
        ("Q", "pp_teacher_pupil", "ppn"),
        ("H", H[3]),
        ("Q", "external_edu_mentors", "pary"),
        ("Q", "enterprise_mentors", "pary"),
        ("H", H[4]),
        ("Q", "students_10_19", None),
        ("Q", "mentees_10_19", "baza"),
        ("Q", "mentees_risk", "baza"),
        ("Q", "mentees_gifted", "baza"),
        ("Q", "mentees_disabled", "baza"),
        ("Q", "mentees_low_motivation", "baza"),
        ("Q", "mentees_career", "baza"),
        ("Q", "share_mentees_10_19", None),
        ("X", "Детей 10–19 лет в роли наставников – сколько?", 11, "baza"),
        ("H", H[5]),
        ("Q", "students_15_19", None),
        ("Q", "mentors_15_19", "pary"),
        ("Q", "students_15_19_in_programmes", "baza"),
        ("Q", "share_mentors_15_19", None),
        ("H", H[6]),
        ("Q", "satisfaction_mentees", "anket"),
        ("Q", "satisfaction_mentors", "anket"),
        ("H", H[7]),
        ("Q", "young_specialists", None),
        ("Q", "young_specialists_mentees", "pary"),
        ("Q", "teachers_other", None),
        ("Q", "teachers_other_mentees", "pary"),
        ("Q", "share_young_specialists_mentees", None),
        ("Q", "share_teachers_mentees", None),
        ("H", H[8]),
        ("Q", "teachers_in_pp", "ppn"),
        ("Q", "kpk_trained", "kpk"),
        ("Q", "kpk_courses", None),
        ("Q", "school_methodical_associations", "mo"),
        ("H", H[9]),
        ("Q", "teachers_mentors", "pary"),
        ("Q", "share_teachers_mentors", None),
        ("H", H[10]),
        ("Q", "pay_acts", "oplata"),
        ("Q", "nonmaterial_acts", "pooshch"),
        ("H", H[11]),
        ("X", "Сколько публикаций о наставничестве размещено на сайте школы за 2024 год?", 7, "site"),
    ]
    header = [("Анкета по реализации ЦМН (наставничество) — 2024 год", "b"),
              ("Школа: МБОУ «Большесельская СОШ»", "n"),
              ("Заполнил: Байтерякова Л.Р., заместитель директора по УВР", "n"),
              (None, None)]
    footer = ["Дата заполнения 25.10.2024", "Подпись ______________ Л.Р. Байтерякова"]
    return write_C("06_bolsheselskaya_sosh_anketa.xlsx", key, fs, items, header, footer, sheet_name="Анкета ЦМН")


def file08():
    """Municipal form of the Управление образования: variant A, municipal criteria only, organisation null."""
    key = "mun"
    q = {
        "municipal_order": "Издан ли приказ о реализации целевой модели наставничества в муниципалитете?",
        "municipal_analytic_note": "Подготовлена ли информационно-аналитическая справка муниципального образования по итогам мониторинга?",
        "share_enterprises": "Какова доля предприятий (организаций), участвующих в программах наставничества в муниципальном образовании?",
        "municipal_methodical_associations": "Сколько муниципальных (районных) методических объединений (сообществ) наставников действует в муниципалитете?",
        "best_practices": "Сколько лучших практик наставничества размещено в 2024 году на информационных ресурсах муниципалитета / сайте Сообщества педагогов УР?",
        "contests": "Сколько профессиональных конкурсов по наставничеству организовано и проведено в муниципальном образовании в 2024 году?",
        "network_community": "Имеется ли сетевое сообщество педагогов-наставников (в соответствии с приказом МОиН УР № 15/09 от 29.12.2017)?",
        "network_mentors": "Сколько сетевых наставников в муниципальном образовании (по приказу МОиН УР № 15/09)?",
    }
    fs = dict(organisation=None, cb="std", counts="units", nd=1, numfmt="{s}.{n}.", q=q,
              override={"contests": ("1 конкурс", None, 1), "best_practices": ("6 практик", None, 6)})
    items = [
        ("H", "Раздел 1. Нормативное обеспечение реализации целевой модели наставничества"),
        ("Q", "municipal_order", "prikaz"),
        ("Q", "municipal_analytic_note", "spravka"),
        ("X", "Проводились ли совещания кураторов ЦМН образовательных организаций в 2024 году?", checkbox(1, "std"), "soveshch"),
        ("H", "Раздел 4. Включённость предприятий (организаций) в программы наставничества"),
        ("X", "Сколько предприятий (организаций) муниципалитета участвуют в программах наставничества?", "4 ед.", None),
        ("Q", "share_enterprises", None),
        ("H", "Раздел 9. Непрерывное профессиональное развитие педагогов"),
        ("Q", "municipal_methodical_associations", "rmo"),
        ("H", "Раздел 12. Информационное сопровождение"),
        ("Q", "best_practices", "praktiki"),
        ("Q", "contests", "konkurs"),
        ("X", "Сколько педагогов приняли участие в конкурсе «Наставник года – 2024»?", "9 чел.", "konkurs_itogi"),
        ("H", "Раздел 13. Сетевое сообщество наставников"),
        ("Q", "network_community", "set"),
        ("Q", "network_mentors", "setnast"),
    ]
    header = [("АНКЕТА", "b"),
              ("муниципального образования по реализации целевой модели наставничества за 2024 год "
               "(муниципальный уровень)", "b"),
              (None, None),
              ("Анкета заполнена: Управление образования Администрации муниципального образования «Муниципальный "
               "округ Верхнекамышлинский район Удмуртской Республики»", "n"),
              ("Ф.И.О., должность заполнившего: Сунцова Ирина Геннадьевна, методист по наставничеству ИМЦ", "n"),
              (None, None)]
    footer = ["Дата заполнения: 30.10.2024",
              "Начальник Управления образования   ______________   А.В. Широбоков"]
    # the municipal questionnaire uses the section numbers of the catalogue (1, 4, 9, 12, 13)
    return write_A("08_УО_Верхнекамышлинский_анкета_МО_2024.xlsx", key, fs, items, header, footer)


# ----------------------------------------------------------------------------------------------------------------
def resave_with_libreoffice(path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        print(f"warning: soffice not found, {path.name} stays as openpyxl wrote it")
        return False
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "in"
        src.mkdir()
        out = pathlib.Path(tmp) / "out"
        out.mkdir()
        shutil.copy(path, src / path.name)
        subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "xlsx",
                        "--outdir", str(out), str(src / path.name)], check=True, capture_output=True, timeout=180)
        shutil.copy(out / path.name, path)
    return True


def main():
    if TYPED.exists():
        shutil.rmtree(TYPED)
    TYPED.mkdir()
    resaved = []
    authors = {file01: "Петрова О.В.", file02: "Корепанов А.И.", file03: "Лекомцева Т.П.", file04: "Ившина М.С.",
               file05: "Гурьева", file06: "Байтерякова Л.Р.", file07: "Вострокнутова Е.А.", file08: "Сунцова И.Г."}
    for fn in (file01, file02, file03, file04, file05, file06, file07, file08):
        wb, fm = fn()
        wb.properties.creator = authors[fn]
        wb.properties.lastModifiedBy = authors[fn]
        wb.properties.created = datetime.datetime(2024, 10, 21, 9, 0, 0)
        wb.properties.title = None
        p = HERE / fm.file
        wb.save(p)
        if fn is file06 and resave_with_libreoffice(p):
            resaved.append(p.name)
        fm.finish()
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(HERE / "cells.json", "w", encoding="utf-8") as f:
        json.dump({"cells": CELLS}, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in EXPECTED)
    nl = sum(len(e["links"]) for e in EXPECTED)
    print(f"{len(EXPECTED)} forms, {nv} values, {nl} links; re-saved: {resaved}")
    for e in EXPECTED:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links, "
              f"{len(e['not_criteria'])} not criteria")


if __name__ == "__main__":
    main()
