#!/usr/bin/env python3
"""heldout108: criterion wordings that carry the template's instructions in the same cell.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic (no randomness but a fixed seed).
"""
import json
import pathlib
import random

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
TYPED = HERE / "typed"
RNG = random.Random(108)

# --------------------------------------------------------------------------------------------
# catalogue (only to know units and to make sure no title is a catalogue wording verbatim)
CAT = {}
CAT_WORDINGS = set()
for i, line in enumerate(CRITERIA_TSV.read_text(encoding="utf-8").splitlines()):
    if i == 0 or not line.strip():
        continue
    f = line.split("\t")
    CAT[f[0]] = "yesno" if f[4] == "count_yes" else f[2]   # an organisation answers count_yes rows by 1/0
    for w in f[9:12]:
        if w.strip():
            CAT_WORDINGS.add(" ".join(w.lower().split()))

# --------------------------------------------------------------------------------------------
# figures of the seven organisations (Лесогорский муниципальный округ, invented), 2024
BASE = dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
            internal_monitoring_notes=1, pp_student_student=0, pp_student_pupil=0, iro_mentors=0,
            agreements_iro=0, trainees_internship=0)

ORGS = {
    "sosh1": dict(curators_total=2, programmes_total=4, agreements_edu_orgs=1, agreements_enterprises=2,
                  agreements_other_orgs=1,
                  partner_list="ООО «Лесогорский хлебозавод»; АО «Камская энергосбытовая компания»; "
                               "ГБПОУ УР «Лесогорский аграрный техникум»; МБУК «Лесогорская ЦБС»",
                  students_10_19=460, mentees_10_19=58, mentees_risk=9, mentees_gifted=12, mentees_disabled=4,
                  mentees_low_motivation=15, mentees_career=11, mentees_other_params=7,
                  students_15_19=128, mentors_15_19=14, students_15_19_in_programmes=24,
                  young_specialists=9, young_specialists_mentees=8, teachers_other=52, teachers_other_mentees=6,
                  teachers_mentors=21, young_specialists_mentors=1,
                  external_edu_mentors=1, other_org_mentors=1, enterprise_mentors=2,
                  pp_pupil_pupil=12, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=18, pp_other=1,
                  teachers_in_pp=34, kpk_trained=6, school_methodical_associations=1, pay_acts=1,
                  nonmaterial_acts=1, satisfaction_mentees=91.4, satisfaction_mentors=88.7),
    "gimn2": dict(curators_total=3, programmes_total=5, agreements_edu_orgs=2, agreements_iro=1,
                  agreements_enterprises=1, agreements_other_orgs=2,
                  partner_list="ФГБОУ ВО «Удмуртский государственный университет»; "
                               "ГБПОУ УР «Лесогорский педагогический колледж»; АОУ ДПО УР ИРО; "
                               "ООО «ИТ-Парк Лесогорск»; АНО «Центр молодёжных инициатив»; "
                               "МБУ «Молодёжный центр «Лесогорье»»",
                  students_10_19=702, mentees_10_19=96, mentees_risk=8, mentees_gifted=31, mentees_disabled=5,
                  mentees_low_motivation=18, mentees_career=24, mentees_other_params=10,
                  students_15_19=214, mentors_15_19=27, students_15_19_in_programmes=41,
                  young_specialists=11, young_specialists_mentees=10, teachers_other=68,
                  teachers_other_mentees=9, teachers_mentors=30, young_specialists_mentors=2,
                  external_edu_mentors=3, iro_mentors=1, other_org_mentors=2, enterprise_mentors=1,
                  pp_pupil_pupil=20, pp_teacher_teacher=12, pp_head_teacher=3, pp_teacher_pupil=25, pp_other=2,
                  teachers_in_pp=49, trainees_internship=2, kpk_trained=9, school_methodical_associations=2,
                  pay_acts=1, nonmaterial_acts=2, satisfaction_mentees=94.2, satisfaction_mentors=90.6,
                  kpk_courses="«Наставничество в образовательной организации: технологии и практики» (ИРО, 36 ч); "
                              "«Организация наставничества молодых педагогов» (ИРО, 24 ч); "
                              "«Школа куратора наставнических программ» (ЦНППМ, 16 ч)"),
    "licey7": dict(curators_total=2, programmes_total=3, agreements_edu_orgs=1, agreements_enterprises=3,
                   agreements_other_orgs=0,
                   partner_list="АО «Лесогорский механический завод»; ООО «Агропром-Прикамье»; "
                                "ПАО «Ростелеком» (Лесогорский участок); МБОУ «Лесогорская СОШ № 1»",
                   students_10_19=540, mentees_10_19=71, mentees_risk=6, mentees_gifted=22, mentees_disabled=3,
                   mentees_low_motivation=11, mentees_career=19, mentees_other_params=10,
                   students_15_19=176, mentors_15_19=19, students_15_19_in_programmes=33,
                   young_specialists=7, young_specialists_mentees=7, teachers_other=41, teachers_other_mentees=5,
                   teachers_mentors=18, young_specialists_mentors=0,
                   external_edu_mentors=1, other_org_mentors=0, enterprise_mentors=4,
                   pp_pupil_pupil=15, pp_teacher_teacher=7, pp_head_teacher=1, pp_teacher_pupil=16, pp_other=0,
                   teachers_in_pp=30, trainees_internship=1, kpk_trained=5, school_methodical_associations=1,
                   pay_acts=0, nonmaterial_acts=1, satisfaction_mentees=89.3, satisfaction_mentors=87.5),
    "oosh": dict(curators_total=1, programmes_total=2, agreements_edu_orgs=1, agreements_enterprises=1,
                 agreements_other_orgs=0,
                 partner_list="СПК «Берёзовский»; МБОУ «Лесогорская СОШ № 1»",
                 students_10_19=61, mentees_10_19=11, mentees_risk=2, mentees_gifted=1, mentees_disabled=2,
                 mentees_low_motivation=4, mentees_career=2, mentees_other_params=0,
                 students_15_19=8, mentors_15_19=2, students_15_19_in_programmes=3,
                 young_specialists=1, young_specialists_mentees=1, teachers_other=13, teachers_other_mentees=2,
                 teachers_mentors=5, young_specialists_mentors=0,
                 external_edu_mentors=1, other_org_mentors=0, enterprise_mentors=1,
                 pp_pupil_pupil=3, pp_teacher_teacher=2, pp_head_teacher=1, pp_teacher_pupil=4, pp_other=0,
                 teachers_in_pp=9, kpk_trained=2, school_methodical_associations=0, pay_acts=0,
                 nonmaterial_acts=1, satisfaction_mentees=96.0, satisfaction_mentors=93.3),
    "koksh": dict(curators_total=1, programmes_total=3, agreements_edu_orgs=1, agreements_enterprises=1,
                  agreements_other_orgs=1,
                  partner_list="ГКУ УР «Лесогорское лесничество»; ООО «Кокшань-Агро»; "
                               "МБУ ДО «Дом детского творчества»",
                  students_10_19=143, mentees_10_19=23, mentees_risk=5, mentees_gifted=3, mentees_disabled=2,
                  mentees_low_motivation=7, mentees_career=4, mentees_other_params=2,
                  students_15_19=31, mentors_15_19=5, students_15_19_in_programmes=8,
                  young_specialists=3, young_specialists_mentees=3, teachers_other=21, teachers_other_mentees=2,
                  teachers_mentors=8, young_specialists_mentors=0,
                  external_edu_mentors=1, other_org_mentors=1, enterprise_mentors=1,
                  pp_pupil_pupil=6, pp_teacher_teacher=3, pp_head_teacher=1, pp_teacher_pupil=7, pp_other=1,
                  teachers_in_pp=14, kpk_trained=3, school_methodical_associations=1, pay_acts=0,
                  nonmaterial_acts=1, satisfaction_mentees=90.0, satisfaction_mentors=87.5),
    "ddt": dict(curators_total=1, programmes_total=3, agreements_edu_orgs=3, agreements_enterprises=1,
                agreements_other_orgs=2,
                partner_list="МБОУ «Лицей № 7»; МАОУ «Гимназия № 2»; МБОУ «СОШ № 5 с УИОП»; "
                             "ООО «Типография «Лесогорье»»; МБУК «Лесогорская ЦБС»; АНО «Волонтёры Прикамья»",
                students_10_19=612, mentees_10_19=48, mentees_risk=6, mentees_gifted=14, mentees_disabled=7,
                mentees_low_motivation=3, mentees_career=9, mentees_other_params=9,
                students_15_19=151, mentors_15_19=12, students_15_19_in_programmes=19,
                young_specialists=5, young_specialists_mentees=5, teachers_other=36, teachers_other_mentees=3,
                teachers_mentors=11, young_specialists_mentors=1,
                external_edu_mentors=2, other_org_mentors=2, enterprise_mentors=1,
                pp_pupil_pupil=9, pp_teacher_teacher=5, pp_head_teacher=1, pp_teacher_pupil=11, pp_other=2,
                teachers_in_pp=19, kpk_trained=4, school_methodical_associations=1, pay_acts=0,
                nonmaterial_acts=1, satisfaction_mentees=95.1, satisfaction_mentors=91.7),
    "sosh5": dict(curators_total=2, programmes_total=4, agreements_edu_orgs=1, agreements_iro=1,
                  agreements_enterprises=2, agreements_other_orgs=1,
                  partner_list="ООО «Лесогорский молокозавод»; АО «Прикамская сетевая компания»; "
                               "АОУ ДПО УР ИРО; БУЗ УР «Лесогорская РБ МЗ УР»; МБУ ДО «Дом детского творчества»",
                  students_10_19=615, mentees_10_19=77, mentees_risk=11, mentees_gifted=17, mentees_disabled=6,
                  mentees_low_motivation=20, mentees_career=15, mentees_other_params=8,
                  students_15_19=166, mentors_15_19=18, students_15_19_in_programmes=30,
                  young_specialists=12, young_specialists_mentees=11, teachers_other=57,
                  teachers_other_mentees=7, teachers_mentors=25, young_specialists_mentors=2,
                  external_edu_mentors=1, iro_mentors=1, other_org_mentors=1, enterprise_mentors=3,
                  pp_pupil_pupil=14, pp_teacher_teacher=11, pp_head_teacher=2, pp_teacher_pupil=20, pp_other=1,
                  teachers_in_pp=41, trainees_internship=3, kpk_trained=7, school_methodical_associations=1,
                  pay_acts=1, nonmaterial_acts=1, satisfaction_mentees=92.8, satisfaction_mentors=90.1),
}


def derive(o):
    d = dict(BASE)
    d.update(o)
    d["mentors_total"] = (d["teachers_mentors"] + d["mentors_15_19"] + d["external_edu_mentors"]
                          + d["iro_mentors"] + d["other_org_mentors"] + d["enterprise_mentors"])
    d["mentees_total"] = d["mentees_10_19"] + d["young_specialists_mentees"] + d["teachers_other_mentees"]
    d["pp_total"] = sum(d[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                       "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    assert d["mentees_10_19"] == sum(d[k] for k in ("mentees_risk", "mentees_gifted", "mentees_disabled",
                                                    "mentees_low_motivation", "mentees_career",
                                                    "mentees_other_params"))
    assert d["students_15_19"] < d["students_10_19"] and d["mentors_15_19"] <= d["students_15_19_in_programmes"]
    assert d["young_specialists_mentees"] <= d["young_specialists"]
    assert d["teachers_in_pp"] <= d["teachers_other"] + d["young_specialists"]
    teachers = d["teachers_other"] + d["young_specialists"]
    pct = lambda a, b: round(100.0 * a / b, 2)
    d["share_mentees_10_19"] = pct(d["mentees_10_19"], d["students_10_19"])
    d["share_mentors_15_19"] = pct(d["mentors_15_19"], d["students_15_19"])
    d["share_young_specialists_mentees"] = pct(d["young_specialists_mentees"], d["young_specialists"])
    d["share_teachers_mentees"] = pct(d["teachers_other_mentees"] + d["young_specialists_mentees"], teachers)
    d["share_teachers_mentors"] = pct(d["teachers_mentors"], teachers)
    d["share_young_specialists_mentors"] = pct(d["young_specialists_mentors"], d["young_specialists"])
    d["_teachers_all"] = teachers
    return d


FIG = {k: derive(v) for k, v in ORGS.items()}

# --------------------------------------------------------------------------------------------
# links: every organisation keeps its documents in its own way
DOCS = ["pol_ped", "pol_obuch", "pr_monitor", "spravka", "pr_kurator", "programmy", "soglasheniya", "pr_pary",
        "pp", "ankety", "kpk", "shmo", "oplata", "nemat", "stazh", "pr_vneshn"]
SLUG = dict(pol_ped="polozhenie-o-nastavnichestve-pedagogov.pdf", pol_obuch="polozhenie-o-nastavnichestve-obuch.pdf",
            pr_monitor="prikaz-o-monitoringe-tsmn-2024.pdf", spravka="spravka-vnutrenniy-monitoring-2024.pdf",
            pr_kurator="prikaz-kurator-tsmn.pdf", programmy="programmy-nastavnichestva-2024-2025.pdf",
            soglasheniya="soglasheniya-o-sotrudnichestve.pdf", pr_pary="prikaz-o-zakreplenii-nastavnicheskih-par.pdf",
            pp="personalizirovannye-programmy-2024.pdf", ankety="anketirovanie-udovletvorennost-2024.pdf",
            kpk="udostovereniya-kpk-nastavnichestvo.pdf", shmo="prikaz-shmo-nastavnikov.pdf",
            oplata="polozhenie-o-stimuliruyushchih-vyplatah.pdf", nemat="polozhenie-o-nematerialnom-pooshchrenii.pdf",
            stazh="prikaz-stazherskaya-ploshchadka.pdf", pr_vneshn="prikaz-vneshnie-nastavniki-2024.pdf")


def links_for(org):
    if org == "sosh1":
        return {k: "https://sh1-lesogorsk-r18.gosweb.gosuslugi.ru/netcat_files/nastavnichestvo/" + v
                for k, v in SLUG.items()}
    if org == "gimn2":
        return {k: "https://gimn2-lesogorsk.ru/wp-content/uploads/2024/12/" + v for k, v in SLUG.items()}
    if org == "licey7":
        return {k: "https://licey7-les.gosuslugi.ru/ofitsialno/nastavnichestvo/dokumenty/" + v.replace(".pdf", "/")
                for k, v in SLUG.items()}
    if org == "oosh":
        out = {}
        for k in DOCS:
            fid = "1" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                                for _ in range(32))
            out[k] = "https://drive.google.com/file/d/%s/view?usp=sharing" % fid
        return out
    if org == "koksh":
        return {k: "https://kokshan-school.edu18.ru/files/nastavnik/%02d_%s" % (i + 1, SLUG[k])
                for i, k in enumerate(DOCS)}
    if org == "ddt":
        return {k: "https://ddt-lesogorsk.udmschool.ru/svedeniya/nastavnichestvo/" + v for k, v in SLUG.items()}
    if org == "sosh5":
        return {k: "https://sch5-lesogorsk-r18.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/nastavnichestvo/" + v
                for k, v in SLUG.items()}
    raise KeyError(org)


LINKS = {o: links_for(o) for o in ORGS}

# --------------------------------------------------------------------------------------------
# rows.  ("H", heading) | (criterion, title, instruction, doc) | ("N", title, instruction, typed, doc)
#        a criterion row may carry a 5th item: the typed value (otherwise it is derived from the figures)

F1 = [  # МБОУ «Лесогорская СОШ № 1» — instruction after a line break (Alt+Enter)
    ("H", "1. Нормативное обеспечение"),
    ("orgs_regulation_teachers", "Приказ об утв. Положения о наставничестве педработников",
     "(1 – есть, 0 – нет; положение о наставничестве обучающихся указывается в следующей строке)", "pol_ped"),
    ("orgs_regulation_students", "Приказ об утв. Положения о системе наставничества обучающихся",
     "(1 – есть / 0 – нет; наставничество педагогов и молодых специалистов сюда не относится)", "pol_obuch"),
    ("orgs_monitoring_order", "Приказ о проведении мониторинга ЦМН в школе",
     "(приказ 2024 г.; приказ о закреплении наставнических пар не является приказом о мониторинге)", "pr_monitor"),
    ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга",
     "1 – есть, 0 – нет. Справка управления образования сюда не указывается", "spravka"),
    ("H", "2. Организация процесса"),
    ("curators_total", "Кураторы внедрения ЦМН, чел.",
     "(по приказу о назначении; наставники и наставляемые не учитываются)", "pr_kurator"),
    ("programmes_total", "Утверждённые программы наставничества по формам",
     "(без персонализированных программ – они считаются в разделе 3)", "programmy"),
    ("agreements_edu_orgs", "Соглашения с другими ОО о предоставлении наставников",
     "(только с образовательными организациями; с предприятиями и ИРО – в отдельных строках)", "soglasheniya"),
    ("agreements_enterprises", "Соглашения с предприятиями",
     "(кол-во соглашений, а не кол-во наставников с предприятий)", "soglasheniya"),
    ("agreements_other_orgs", "Соглашения с иными организациями любой формы собственности",
     "(НКО, учреждения культуры, спорта и т.п.; ОО и предприятия не включать)", "soglasheniya"),
    ("partner_list", "Организации-партнёры по наставничеству",
     "(перечислить через «;», включая предприятия и ОО)", "soglasheniya"),
    ("mentors_total", "Количество наставников",
     "(указывается по приказу о закреплении наставнических пар; учитываются педагоги, обучающиеся-наставники "
     "и внешние наставники, наставляемые из числа молодых специалистов не учитываются)", "pr_pary"),
    ("mentees_total", "Количество наставляемых",
     "(по приказу о закреплении пар: обучающиеся и педагоги, в т.ч. молодые специалисты; наставники не учитываются)",
     "pr_pary"),
    ("N", "Количество наставнических пар/групп", "(по приказу о закреплении; справочно)", 51, "pr_pary"),
    ("H", "3. Персонализированные программы (ПП)"),
    ("pp_total", "Всего ПП", "(сумма строк 3.2–3.6)", "pp"),
    ("pp_pupil_pupil", "ученик – ученик",
     "(наставник – обучающийся 15–19 лет, наставляемый – обучающийся 10–19 лет)", "pp"),
    ("pp_teacher_teacher", "учитель – учитель", "(в т.ч. пары «опытный педагог – молодой специалист»)", "pp"),
    ("pp_head_teacher", "руководитель – педагог", "(наставник – директор или заместитель директора)", "pp"),
    ("pp_teacher_pupil", "учитель – ученик",
     "(наставляемые – обучающиеся 10–19 лет, в т.ч. «группа риска» и одарённые)", "pp"),
    ("pp_student_student", "студент – студент", "(для школ не заполняется – ставится 0)", None),
    ("pp_other", "иная форма", "(указать форму: «родитель – ученик»)", "pp"),
    ("H", "4. Наставники из внешних организаций"),
    ("external_edu_mentors", "Наставники из других образовательных организаций",
     "(по приказу; наставники с предприятий и из ИРО сюда не входят)", "pr_vneshn"),
    ("other_org_mentors", "Наставники из иных организаций",
     "(НКО, учреждения культуры; предприятия и ОО не включать)", "pr_vneshn"),
    ("enterprise_mentors", "Наставники от предприятий",
     "(сотрудники предприятий по соглашениям; число самих соглашений с предприятиями – в разделе 2)", "pr_vneshn"),
    ("H", "5. Обучающиеся"),
    ("students_10_19", "Обучающиеся 10–19 лет, всего",
     "(на 31.12.2024; обучающиеся 15–19 лет входят в это число)", None),
    ("mentees_10_19", "из них – наставляемые",
     "(обучающиеся 10–19 лет в роли наставляемого по приказу; наставники из числа обучающихся 15–19 лет "
     "не учитываются)", "pr_pary"),
    ("mentees_risk", "в т.ч. «группа риска»", "(состоящие на учёте в ПДН, КДН, ВШУ)", "pr_pary"),
    ("mentees_gifted", "в т.ч. одарённые", "(только включённые в реестр одарённых детей)", "pr_pary"),
    ("mentees_disabled", "в т.ч. с ОВЗ и дети-инвалиды", "", "pr_pary"),
    ("mentees_low_motivation", "в т.ч. с низкой мотивацией / неуспевающие",
     "(по итогам года есть «2» или н/а)", "pr_pary"),
    ("mentees_career", "в т.ч. с проблемами выбора проф. траектории", "(в основном 8–11 кл.)", "pr_pary"),
    ("mentees_other_params", "в т.ч. по иным параметрам", "(адаптация вновь прибывших и др.)", "pr_pary"),
    ("share_mentees_10_19", "Доля обучающихся 10–19 лет – наставляемых, %",
     "(считается от общего числа обучающихся 10–19 лет; наставники-обучающиеся в числитель не включаются)", None),
    ("students_15_19", "Обучающиеся 15–19 лет, всего", "(часть обучающихся 10–19 лет, см. выше)", None),
    ("mentors_15_19", "Обучающиеся 15–19 лет – наставники",
     "(по приказу; наставляемые 15–19 лет не учитываются)", "pr_pary"),
    ("share_mentors_15_19", "Доля наставников из числа обучающихся 15–19 лет, %",
     "(от общего кол-ва обучающихся 15–19 лет, а не от общего числа наставников)", None),
    ("N", "Обучающиеся 10–19 лет, участвующие в наставничестве в любой роли",
     "(наставники + наставляемые, справочно)", 72, None),
    ("H", "6. Удовлетворённость"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых, %",
     "(по анкетам по завершённым программам; анкеты наставников не учитываются)", "ankety"),
    ("satisfaction_mentors", "Удовлетворённость наставников, %", "(средний % по анкетам наставников)", "ankety"),
    ("H", "7. Педагогические работники"),
    ("young_specialists", "Молодые специалисты в школе, всего",
     "(до 35 лет, стаж до 3 лет; остальные педагоги – в стр. 7.3)", None),
    ("young_specialists_mentees", "из них в роли наставляемых",
     "(молодые специалисты-наставники сюда не входят)", "pr_pary"),
    ("teachers_other", "Педагоги (кроме молодых специалистов), всего", "(без внешних совместителей)", None),
    ("teachers_other_mentees", "из них в роли наставляемого",
     "(педагоги со стажем более 3 лет; молодые специалисты указаны в стр. 7.2)", "pr_pary"),
    ("share_teachers_mentees", "Доля педагогов-наставляемых, %",
     "((стр. 7.2 + стр. 7.4) / (стр. 7.1 + стр. 7.3) × 100)", None),
    ("teachers_mentors", "Педагоги-наставники",
     "(по приказу; наставники из числа обучающихся и с предприятий не учитываются)", "pr_pary"),
    ("young_specialists_mentors", "Молодые специалисты – наставники",
     "(напр., в форме «учитель – ученик»)", "pr_pary"),
    ("teachers_in_pp", "Педагоги, участвующие в утверждённых ПП",
     "(и наставники, и наставляемые; обучающиеся не учитываются)", "pp"),
    ("kpk_trained", "Прошли КПК по наставничеству в 2024 г.",
     "(педагоги; обучение кураторов на семинарах не считается)", "kpk"),
    ("school_methodical_associations", "ШМО наставников", "(кол-во; муниципальные МО не указываются)", "shmo"),
    ("H", "8. Стимулирование"),
    ("pay_acts", "Локальные акты о материальном стимулировании наставников",
     "(кол-во; положение об оплате труда считается, если в нём есть раздел о наставничестве)", "oplata"),
    ("nonmaterial_acts", "Локальные акты о нематериальном поощрении", "(кол-во)", "nemat"),
]

F2 = [  # МАОУ «Гимназия № 2» — instruction in parentheses on the same line
    ("H", "Нормативная база"),
    ("orgs_regulation_teachers", "Положение о наставничестве педагогических работников утверждено приказом",
     "(да/нет; положение о наставничестве обучающихся – отдельной строкой)", "pol_ped"),
    ("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено",
     "(да/нет; не путать с положением о наставничестве молодых специалистов)", "pol_obuch"),
    ("orgs_monitoring_order", "Издан приказ о мониторинге ЦМН",
     "(да/нет – приказ именно о мониторинге, а не о закреплении наставников)", "pr_monitor"),
    ("internal_monitoring_notes", "Информационная справка гимназии по итогам внутреннего мониторинга",
     "(да/нет)", "spravka"),
    ("H", "Организация наставничества"),
    ("curators_total", "Кол-во кураторов ЦМН",
     "(чел., по приказу; руководитель ШМО наставников считается, только если назначен куратором)", "pr_kurator"),
    ("programmes_total", "Кол-во программ наставничества по формам",
     "(без персонализированных, по приказу об утверждении)", "programmy"),
    ("agreements_edu_orgs", "Соглашения с образовательными организациями о наставниках",
     "(кол-во, в т.ч. с вузами; ИРО указывается отдельно)", "soglasheniya"),
    ("agreements_iro", "Соглашение с АОУ ДПО УР ИРО о наставниках", "(кол-во соглашений)", "soglasheniya"),
    ("agreements_enterprises", "Соглашения с предприятиями",
     "(кол-во соглашений; не путать с кол-вом наставников из предприятий)", "soglasheniya"),
    ("agreements_other_orgs", "Соглашения с иными организациями",
     "(кол-во; вузы и другие ОО – в строке о соглашениях с ОО)", "soglasheniya"),
    ("partner_list", "Партнёры гимназии по наставничеству", "(наименования через точку с запятой)",
     "soglasheniya"),
    ("mentors_total", "Наставники, всего",
     "(по приказу о закреплении; в т.ч. обучающиеся-наставники 15–19 лет и внешние наставники, без наставляемых)",
     "pr_pary"),
    ("mentees_total", "Наставляемые, всего",
     "(по приказу; обучающиеся 10–19 лет, молодые специалисты и другие педагоги)", "pr_pary"),
    ("H", "Персонализированные программы"),
    ("pp_total", "ПП всего", "(кол-во персонализированных программ по всем формам = сумма строк ниже)", "pp"),
    ("pp_pupil_pupil", "ПП «ученик – ученик»", "(наставник – обучающийся, как правило 15–19 лет)", "pp"),
    ("pp_teacher_teacher", "ПП «педагог – педагог»", "(молодой специалист или педагог с затруднениями)", "pp"),
    ("pp_student_student", "ПП «студент – студент»", "(в гимназии не реализуется, 0)", None),
    ("pp_head_teacher", "ПП «руководитель – педагог»", "(наставник – член администрации)", "pp"),
    ("pp_student_pupil", "ПП «студент – ученик»", "(студенты вузов/СПО в роли наставников; 0 – если нет)", None),
    ("pp_teacher_pupil", "ПП «учитель – ученик»", "(наставляемые – обучающиеся 10–19 лет)", "pp"),
    ("pp_other", "ПП иной формы", "(указать: «выпускник – ученик»)", "pp"),
    ("H", "Наставники из внешних организаций"),
    ("external_edu_mentors", "Наставники из внешних ОО", "(по приказу; ИРО и предприятия не включаются)",
     "pr_vneshn"),
    ("iro_mentors", "Наставники – сотрудники АОУ ДПО УР ИРО", "(чел.)", "pr_vneshn"),
    ("other_org_mentors", "Наставники из иных организаций", "(чел.; из предприятий – следующая строка)",
     "pr_vneshn"),
    ("enterprise_mentors", "Наставники – сотрудники предприятий", "(чел., по соглашениям с предприятиями)",
     "pr_vneshn"),
    ("H", "Обучающиеся"),
    ("students_10_19", "Обучающиеся в возрасте 10–19 лет",
     "(чел., на 31.12.2024; включая обучающихся 15–19 лет)", None),
    ("mentees_10_19", "Наставляемые из числа обучающихся 10–19 лет",
     "(чел.; наставники из числа обучающихся не считаются)", "pr_pary"),
    ("mentees_risk", "– из «группы риска»", "(чел.)", "pr_pary"),
    ("mentees_gifted", "– одарённые дети",
     "(из реестра одарённых; призёры олимпиад без включения в реестр не учитываются)", "pr_pary"),
    ("mentees_disabled", "– дети с ОВЗ, дети-инвалиды", "(чел.)", "pr_pary"),
    ("mentees_low_motivation", "– низкая учебная мотивация, неуспеваемость", "(чел.)", "pr_pary"),
    ("mentees_career", "– затруднения в выборе профиля и профессии", "(чел.)", "pr_pary"),
    ("mentees_other_params", "– иные основания", "(чел.)", "pr_pary"),
    ("share_mentees_10_19", "Доля обучающихся – наставляемых",
     "(%, считается от общего числа обучающихся 10–19 лет, в расчёт не включаются наставляемые ДОП)", None),
    ("students_15_19", "Обучающиеся 15–19 лет", "(чел.; 9–11 классы)", None),
    ("mentors_15_19", "Обучающиеся 15–19 лет в роли наставника",
     "(чел., по приказу; наставляемые 15–19 лет не учитываются)", "pr_pary"),
    ("students_15_19_in_programmes", "Обучающиеся 15–19 лет, вошедшие в программы наставничества",
     "(в любой роли – и наставники, и наставляемые)", "pr_pary"),
    ("share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников", "(%, от общего числа обучающихся 15–19 лет)",
     None),
    ("H", "Удовлетворённость (анкетирование)"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых завершёнными программами",
     "(%, среднее по анкетам наставляемых)", "ankety"),
    ("satisfaction_mentors", "Удовлетворённость наставников завершёнными программами",
     "(%, среднее по анкетам наставников)", "ankety"),
    ("H", "Педагогические кадры"),
    ("young_specialists", "Молодые специалисты", "(до 35 лет, стаж до 3 лет, чел.)", None),
    ("young_specialists_mentees", "Молодые специалисты – наставляемые",
     "(чел.; молодые специалисты в роли наставников – ниже)", "pr_pary"),
    ("share_young_specialists_mentees", "Доля молодых специалистов – наставляемых",
     "(%, от общего числа молодых специалистов)", None),
    ("teachers_other", "Педагоги без учёта молодых специалистов", "(чел.)", None),
    ("teachers_other_mentees", "Педагоги в роли наставляемых", "(чел.; без молодых специалистов)", "pr_pary"),
    ("teachers_mentors", "Педагоги-наставники",
     "(чел.; включая молодых специалистов-наставников, без обучающихся)", "pr_pary"),
    ("young_specialists_mentors", "Молодые специалисты в роли наставников", "(чел.)", "pr_pary"),
    ("share_teachers_mentors", "Доля педагогов-наставников",
     "(%, от общего числа педагогов, включая молодых специалистов)", None),
    ("trainees_internship", "Педагоги – стажёры стажёрской площадки",
     "(чел.; наставляемые без стажировки не учитываются)", "stazh"),
    ("kpk_trained", "Педагоги, обученные на КПК по наставничеству", "(чел., за 2024 г.)", "kpk"),
    ("kpk_courses", "Наименования КПК", "(через точку с запятой, с указанием организатора и объёма)", "kpk"),
    ("school_methodical_associations", "ШМО наставников",
     "(кол-во; городское МО наставников не учитывается)", "shmo"),
    ("N", "Участие наставников гимназии в городском МО наставников", "(да/нет)", "да", None),
    ("H", "Стимулирование"),
    ("pay_acts", "Акты о материальном стимулировании наставников", "(кол-во локальных актов)", "oplata"),
    ("nonmaterial_acts", "Акты о нематериальном поощрении наставников",
     "(кол-во; в т.ч. положение о Доске почёта)", "nemat"),
]

F3 = [  # МБОУ «Лицей № 7» — instruction as a smaller italic run of rich text
    ("H", "I. Нормативно-правовое обеспечение"),
    ("orgs_regulation_teachers", "Утверждено Положение о системе наставничества педагогов",
     "да / нет; реквизиты приказа в ссылке", "pol_ped"),
    ("orgs_regulation_students", "Утверждено Положение о наставничестве обучающихся",
     "да / нет; положение для педагогов и молодых специалистов – строкой выше", "pol_obuch"),
    ("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН в лицее",
     "да / нет; приказ о назначении куратора не является приказом о мониторинге", "pr_monitor"),
    ("internal_monitoring_notes", "Справка лицея по итогам внутреннего мониторинга", "да / нет", "spravka"),
    ("H", "II. Организация процесса"),
    ("curators_total", "Кураторы ЦМН", "чел., по приказу о назначении", "pr_kurator"),
    ("agreements_edu_orgs", "Соглашения о сотрудничестве с ОО (предоставление наставников)",
     "кол-во; соглашения с предприятиями указываются ниже", "soglasheniya"),
    ("agreements_enterprises", "Соглашения с предприятиями о предоставлении наставников",
     "кол-во соглашений; наставники с предприятий указываются в разделе IV", "soglasheniya"),
    ("partner_list", "Предприятия и организации – партнёры лицея",
     "перечислить через «;»", "soglasheniya"),
    ("mentors_total", "Наставники (по приказу)",
     "все наставники лицея, включая обучающихся 15–19 лет и сотрудников предприятий; наставляемые, "
     "в т.ч. молодые специалисты, не учитываются", "pr_pary"),
    ("mentees_total", "Наставляемые (по приказу)",
     "обучающиеся и педагоги; обучающиеся-наставники 15–19 лет не учитываются", "pr_pary"),
    ("H", "III. Персонализированные программы"),
    ("pp_total", "Персонализированные программы – всего", "сумма стр. 3.2–3.5", "pp"),
    ("pp_pupil_pupil", "форма «ученик – ученик»", "наставник – обучающийся 15–19 лет", "pp"),
    ("pp_teacher_teacher", "форма «учитель – учитель»", "в т.ч. молодые специалисты", "pp"),
    ("pp_head_teacher", "форма «руководитель – педагог»", "", "pp"),
    ("pp_teacher_pupil", "форма «учитель – ученик»", "наставляемые – обучающиеся 10–19 лет", "pp"),
    ("H", "IV. Внешние наставники"),
    ("external_edu_mentors", "Наставники из других ОО", "чел.; кроме сотрудников предприятий", "pr_vneshn"),
    ("enterprise_mentors", "Наставники – сотрудники предприятий",
     "чел. по приказу; не путать с количеством соглашений с предприятиями", "pr_vneshn"),
    ("H", "V. Обучающиеся"),
    ("students_10_19", "Численность обучающихся 10–19 лет", "на 31.12.2024, чел.", None),
    ("mentees_10_19", "Обучающиеся 10–19 лет – наставляемые",
     "чел.; обучающиеся 15–19 лет в роли наставника не включаются", "pr_pary"),
    ("mentees_risk", "из них «группа риска»", "", "pr_pary"),
    ("mentees_gifted", "из них одарённые", "внесённые в реестр", "pr_pary"),
    ("mentees_disabled", "из них ОВЗ / инвалидность", "", "pr_pary"),
    ("mentees_low_motivation", "из них низкая мотивация, неуспевающие", "", "pr_pary"),
    ("mentees_career", "из них с затруднениями в профориентации", "", "pr_pary"),
    ("mentees_other_params", "из них по иным параметрам", "", "pr_pary"),
    ("share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет",
     "%, от общего числа обучающихся 10–19 лет; молодые специалисты и педагоги не включаются", None),
    ("students_15_19", "Численность обучающихся 15–19 лет", "чел.", None),
    ("mentors_15_19", "Обучающиеся 15–19 лет – наставники", "по приказу, чел.", "pr_pary"),
    ("share_mentors_15_19", "Доля обучающихся 15–19 лет в роли наставника",
     "%, считается от числа обучающихся 15–19 лет, а не 10–19 лет", None),
    ("N", "Выпускники-наставники, поступившие в педагогические вузы/колледжи", "чел., справочно", 3, None),
    ("H", "VI. Удовлетворённость"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых", "%, анкетирование наставляемых", "ankety"),
    ("satisfaction_mentors", "Удовлетворённость наставников", "%, анкетирование наставников", "ankety"),
    ("H", "VII. Педагоги"),
    ("young_specialists", "Молодые специалисты лицея",
     "до 35 лет, первые 3 года работы; педагоги со стажем – в следующих строках", None),
    ("young_specialists_mentees", "Молодые специалисты – наставляемые", "чел.", "pr_pary"),
    ("share_young_specialists_mentees", "Доля молодых специалистов в роли наставляемых",
     "%, от общего числа молодых специалистов лицея", None),
    ("teachers_other", "Педагоги, не являющиеся молодыми специалистами", "чел.", None),
    ("teachers_other_mentees", "Педагоги (не молодые специалисты) – наставляемые",
     "чел.; молодые специалисты-наставляемые учтены выше", "pr_pary"),
    ("share_teachers_mentees", "Доля педагогов в роли наставляемых",
     "%, (молодые специалисты + прочие педагоги в роли наставляемых) / все педагоги", None),
    ("teachers_mentors", "Педагоги-наставники", "чел.; обучающиеся-наставники не учитываются", "pr_pary"),
    ("young_specialists_mentors", "Молодые специалисты – наставники", "чел.", None),
    ("trainees_internship", "Стажёры на стажёрской площадке", "педагоги, чел.", "stazh"),
    ("kpk_trained", "Обучение на КПК по наставничеству",
     "педагоги, прошедшие КПК в 2024 календарном году, чел.", "kpk"),
    ("H", "VIII. Стимулирование"),
    ("nonmaterial_acts", "Положение о нематериальном поощрении наставников", "кол-во актов", "nemat"),
]

F4 = [  # МБОУ «Берёзовская ООШ» — instruction as a second sentence
    ("H", "Нормативные документы"),
    ("orgs_regulation_teachers", "Есть положение о наставничестве педагогов",
     "Ответ да или нет. Положение о наставничестве обучающихся – в следующей строке.", "pol_ped"),
    ("orgs_regulation_students", "Есть положение о наставничестве обучающихся",
     "Ответ да или нет.", "pol_obuch"),
    ("orgs_monitoring_order", "Есть приказ о внутреннем мониторинге ЦМН",
     "Приказ о закреплении пар не считается.", "pr_monitor"),
    ("internal_monitoring_notes", "Составлена справка по итогам внутреннего мониторинга", "Да или нет.", "spravka"),
    ("H", "Организация работы"),
    ("curators_total", "Куратор ЦМН в школе", "Указывается число кураторов по приказу.", "pr_kurator"),
    ("programmes_total", "Программы наставничества по формам",
     "Считаются утверждённые программы. Персонализированные программы сюда не входят.", "programmy"),
    ("agreements_edu_orgs", "Соглашения с ОО",
     "Считаются соглашения, по которым ОО дала своих наставников. Соглашения с предприятиями – ниже.",
     "soglasheniya"),
    ("agreements_enterprises", "Соглашения с предприятиями",
     "Указывается количество соглашений. Количество наставников от предприятий указывается ниже.", "soglasheniya"),
    ("partner_list", "С кем сотрудничаем по наставничеству", "Перечислить организации.", "soglasheniya"),
    ("mentors_total", "Наставники по приказу",
     "Учитываются педагоги и обучающиеся-наставники. Наставляемые, в т.ч. молодые специалисты, не считаются.",
     "pr_pary"),
    ("mentees_total", "Наставляемые по приказу",
     "Учитываются обучающиеся и педагоги. Обучающиеся 15–19 лет в роли наставника не считаются.", "pr_pary"),
    ("H", "Персонализированные программы"),
    ("pp_total", "Персонализированных программ всего", "Сумма четырёх строк ниже.", "pp"),
    ("pp_pupil_pupil", "ПП ученик – ученик", "Наставник – ученик 9 класса.", "pp"),
    ("pp_teacher_teacher", "ПП учитель – учитель", "Наставляемый – молодой специалист или новый педагог.", "pp"),
    ("pp_head_teacher", "ПП руководитель – педагог", "Наставник – директор.", "pp"),
    ("pp_teacher_pupil", "ПП учитель – ученик", "Наставляемые – обучающиеся 10–19 лет.", "pp"),
    ("H", "Внешние наставники"),
    ("external_edu_mentors", "Наставники из других школ",
     "Сотрудники других ОО по приказу. Наставники от СПК не включаются.", "pr_vneshn"),
    ("enterprise_mentors", "Наставники от предприятия", "Сотрудники СПК «Берёзовский».", "pr_vneshn"),
    ("H", "Обучающиеся"),
    ("students_10_19", "Обучающихся 10–19 лет", "Всего по школе на конец года.", None),
    ("mentees_10_19", "Обучающихся 10–19 лет в роли наставляемого",
     "Наставники-обучающиеся не учитываются. Доля считается от общего числа обучающихся 10–19 лет.", "pr_pary"),
    ("mentees_risk", "Из них группа риска", "", "pr_pary"),
    ("mentees_gifted", "Из них одарённые", "Только из реестра.", "pr_pary"),
    ("mentees_disabled", "Из них с ОВЗ", "Вместе с детьми-инвалидами.", "pr_pary"),
    ("mentees_low_motivation", "Из них с низкой мотивацией", "Неуспевающие тоже сюда.", "pr_pary"),
    ("mentees_career", "Из них профориентация", "Затруднения с выбором профессии.", "pr_pary"),
    ("share_mentees_10_19", "Доля наставляемых 10–19 лет, %",
     "Считается от всех обучающихся 10–19 лет. Педагоги-наставляемые не включаются.", None),
    ("students_15_19", "Обучающихся 15–19 лет", "Это 9 класс, кому исполнилось 15.", None),
    ("mentors_15_19", "Наставники из обучающихся 15–19 лет", "По приказу.", "pr_pary"),
    ("share_mentors_15_19", "Доля наставников 15–19 лет, %",
     "Считается от числа обучающихся 15–19 лет. Наставляемые не включаются.", None),
    ("H", "Удовлетворённость"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых, %", "По анкетам.", "ankety"),
    ("satisfaction_mentors", "Удовлетворённость наставников, %", "По анкетам.", "ankety"),
    ("H", "Педагоги"),
    ("young_specialists", "Молодых специалистов", "До 35 лет, стаж до трёх лет.", None),
    ("young_specialists_mentees", "Молодых специалистов – наставляемых",
     "По приказу. Педагоги-наставляемые со стажем не включаются.", "pr_pary"),
    ("teachers_other", "Педагогов без молодых специалистов", "Совместители не считаются.", None),
    ("teachers_other_mentees", "Педагогов-наставляемых (кроме молодых специалистов)", "По приказу.", "pr_pary"),
    ("teachers_mentors", "Педагогов-наставников",
     "По приказу. Обучающиеся-наставники и наставники от предприятия не считаются.", "pr_pary"),
    ("share_teachers_mentors", "Доля педагогов-наставников, %",
     "Считается от всех педагогов школы. Молодые специалисты входят в общее число.", None),
    ("teachers_in_pp", "Педагогов в персонализированных программах",
     "И наставники, и наставляемые. Обучающиеся не считаются.", "pp"),
    ("kpk_trained", "Прошли КПК по наставничеству", "За 2024 год.", "kpk"),
    ("N", "Педагогов-наставников с высшей квалификационной категорией", "Справочно.", 3, None),
    ("nonmaterial_acts", "Положение о нематериальном поощрении наставников", "Количество.", "nemat"),
]

F5 = [  # МКОУ «Кокшанская СОШ» — «Примечание:» and «*»
    ("H", "Раздел 1. Документы ОО"),
    ("orgs_regulation_teachers", "Положение о системе наставничества педагогических работников*",
     "* утверждено приказом директора; 1 – да, 0 – нет", "pol_ped"),
    ("orgs_regulation_students", "Положение о системе наставничества обучающихся*",
     "* 1 – да, 0 – нет", "pol_obuch"),
    ("orgs_monitoring_order", "Приказ о мониторинге ЦМН.",
     "Примечание: указывается приказ 2024 г.; приказ о закреплении наставников и наставляемых не учитывается",
     "pr_monitor"),
    ("internal_monitoring_notes", "Справка по итогам внутр. мониторинга.", "Примечание: 1 – да, 0 – нет",
     "spravka"),
    ("H", "Раздел 2. Наставники и наставляемые"),
    ("curators_total", "Кураторы*", "* кол-во кураторов внедрения ЦМН по приказу", "pr_kurator"),
    ("programmes_total", "Программы наставничества.",
     "Примечание: без персонализированных программ", "programmy"),
    ("agreements_edu_orgs", "Соглашения с ОО*",
     "* кол-во соглашений с ОО, предоставившими наставников (ДДТ и др.)", "soglasheniya"),
    ("agreements_enterprises", "Соглашения с предприятиями*",
     "* кол-во соглашений, не путать с кол-вом наставников с предприятий", "soglasheniya"),
    ("agreements_other_orgs", "Соглашения с иными организациями.",
     "Примечание: лесничество и др.; соглашения с ОО и предприятиями сюда не входят", "soglasheniya"),
    ("partner_list", "Перечень партнёров по наставничеству.", "Примечание: через «;»", "soglasheniya"),
    ("mentors_total", "Наставники всего*",
     "* по приказу о закреплении пар; учитываются педагоги, обучающиеся 15–19 лет и внешние наставники, "
     "наставляемые из числа молодых специалистов и обучающихся не учитываются", "pr_pary"),
    ("mentees_total", "Наставляемые всего*",
     "* по приказу; обучающиеся + молодые специалисты + педагоги, наставники не учитываются", "pr_pary"),
    ("N", "Наставляемые педагоги и обучающиеся вместе с наставниками.",
     "Примечание: общее число участников программ наставничества", 44, "pr_pary"),
    ("H", "Раздел 3. Персонализированные программы (ПП)"),
    ("pp_total", "ПП всего*", "* сумма форм ниже", "pp"),
    ("pp_pupil_pupil", "ПП «ученик – ученик»*", "* наставник – обучающийся 15–19 лет", "pp"),
    ("pp_teacher_teacher", "ПП «учитель – учитель».", "Примечание: молодые специалисты и вновь принятые", "pp"),
    ("pp_head_teacher", "ПП «руководитель – педагог»", "", "pp"),
    ("pp_teacher_pupil", "ПП «учитель – ученик»*", "* наставляемые – обучающиеся 10–19 лет", "pp"),
    ("pp_other", "ПП иной формы.", "Примечание: «выпускник – ученик» (1)", "pp"),
    ("H", "Раздел 4. Внешние наставники"),
    ("external_edu_mentors", "Наставники из других ОО*", "* педагоги ДДТ", "pr_vneshn"),
    ("other_org_mentors", "Наставники из иных организаций*",
     "* сотрудник лесничества; наставники с предприятий – ниже", "pr_vneshn"),
    ("enterprise_mentors", "Наставники с предприятий*", "* ООО «Кокшань-Агро»", "pr_vneshn"),
    ("H", "Раздел 5. Обучающиеся"),
    ("students_10_19", "Обучающиеся 10–19 лет*", "* всего, на 31.12.2024", None),
    ("mentees_10_19", "Обучающиеся 10–19 лет в роли наставляемых*",
     "* обучающиеся 15–19 лет в роли наставника не учитываются", "pr_pary"),
    ("mentees_risk", "в т.ч. группа риска", "", "pr_pary"),
    ("mentees_gifted", "в т.ч. одарённые*", "* из реестра", "pr_pary"),
    ("mentees_disabled", "в т.ч. ОВЗ и инвалиды", "", "pr_pary"),
    ("mentees_low_motivation", "в т.ч. низкая мотивация", "", "pr_pary"),
    ("mentees_career", "в т.ч. выбор профессии", "", "pr_pary"),
    ("mentees_other_params", "в т.ч. иные", "", "pr_pary"),
    ("share_mentees_10_19", "Доля обучающихся-наставляемых, %.",
     "Примечание: от общего числа обучающихся 10–19 лет", None),
    ("students_15_19", "Обучающиеся 15–19 лет*", "* 9–11 кл.", None),
    ("mentors_15_19", "Наставники из числа обучающихся 15–19 лет*",
     "* по приказу; наставляемые не учитываются", "pr_pary"),
    ("students_15_19_in_programmes", "Обучающиеся 15–19 лет в программах наставничества.",
     "Примечание: и наставники, и наставляемые этого возраста", "pr_pary"),
    ("share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников, %.",
     "Примечание: от числа обучающихся 15–19 лет", None),
    ("H", "Раздел 6. Педагоги"),
    ("young_specialists", "Молодые специалисты*", "* до 35 лет, стаж до 3 лет", None),
    ("young_specialists_mentees", "Молодые специалисты – наставляемые", "", "pr_pary"),
    ("share_young_specialists_mentees", "Доля молодых специалистов – наставляемых, %.",
     "Примечание: от числа молодых специалистов", None),
    ("teachers_other", "Педагоги (кроме молодых специалистов)", "", None),
    ("teachers_other_mentees", "Педагоги (кроме молодых специалистов) – наставляемые*",
     "* молодые специалисты не учитываются", "pr_pary"),
    ("share_teachers_mentees", "Доля педагогов-наставляемых, %.",
     "Примечание: все наставляемые педагоги, включая молодых специалистов, от всех педагогов", None),
    ("teachers_mentors", "Педагоги-наставники*", "* обучающиеся-наставники не учитываются", "pr_pary"),
    ("kpk_trained", "КПК по наставничеству*", "* кол-во педагогов, обученных в 2024 г.", "kpk"),
    ("school_methodical_associations", "МО наставников в школе", "", "shmo"),
    ("H", "Раздел 7. Удовлетворённость и стимулирование"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых, %*", "* анкетирование в мае 2024 г.", "ankety"),
    ("satisfaction_mentors", "Удовлетворённость наставников, %*", "* анкетирование в мае 2024 г.", "ankety"),
    ("nonmaterial_acts", "Положение о нематериальном поощрении наставников.", "Примечание: кол-во актов", "nemat"),
]

F6 = [  # МБУ ДО «Дом детского творчества» — «Пояснение:» at the end
    ("H", "Нормативное обеспечение"),
    ("orgs_regulation_teachers", "Положение о наставничестве педагогических работников ДДТ",
     "Пояснение: да/нет", "pol_ped"),
    ("orgs_regulation_students", "Положение о наставничестве обучающихся ДДТ",
     "Пояснение: да/нет; касается обучающихся объединений, а не педагогов", "pol_obuch"),
    ("orgs_monitoring_order", "Приказ о мониторинге ЦМН",
     "Пояснение: да/нет; приказ о закреплении наставнических пар не учитывается", "pr_monitor"),
    ("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга", "Пояснение: да/нет", "spravka"),
    ("H", "Организация наставничества в учреждении"),
    ("curators_total", "Куратор(ы) ЦМН", "Пояснение: число кураторов по приказу", "pr_kurator"),
    ("programmes_total", "Программы наставничества",
     "Пояснение: утверждённые программы по формам, без персонализированных", "programmy"),
    ("agreements_edu_orgs", "Соглашения о сотрудничестве со школами",
     "Пояснение: школы, направившие своих педагогов в роли наставников; предприятия указываются ниже",
     "soglasheniya"),
    ("agreements_enterprises", "Соглашения с предприятиями",
     "Пояснение: кол-во соглашений; наставники от предприятий указываются в разделе «Внешние наставники»",
     "soglasheniya"),
    ("agreements_other_orgs", "Соглашения с иными организациями",
     "Пояснение: библиотеки, НКО и др.; школы и предприятия не включаются", "soglasheniya"),
    ("agreement_subjects", "Предмет соглашений",
     "Пояснение: кратко, одной фразой", "soglasheniya"),
    ("partner_list", "Организации-партнёры", "Пояснение: перечислить через «;»", "soglasheniya"),
    ("mentors_total", "Наставники ДДТ по приказу",
     "Пояснение: педагоги ДО, обучающиеся-наставники и внешние наставники; наставляемые молодые специалисты "
     "не учитываются", "pr_pary"),
    ("mentees_total", "Наставляемые ДДТ по приказу",
     "Пояснение: в 2024 г. – обучающиеся объединений, молодые специалисты и педагоги; наставники не учитываются",
     "pr_pary"),
    ("N", "Доля наставляемых среди всех участников программ, %",
     "Пояснение: наставляемые / (наставники + наставляемые) × 100; молодые специалисты входят в число наставляемых",
     66.67, None),
    ("H", "Персонализированные программы наставничества"),
    ("pp_total", "ПП, всего", "Пояснение: сумма по формам", "pp"),
    ("pp_pupil_pupil", "ПП «обучающийся – обучающийся»",
     "Пояснение: наставник – обучающийся 15–19 лет, наставляемый – обучающийся 10–19 лет", "pp"),
    ("pp_teacher_teacher", "ПП «педагог ДО – педагог ДО»", "Пояснение: в т.ч. молодые специалисты", "pp"),
    ("pp_head_teacher", "ПП «руководитель – педагог»", "Пояснение: наставник – методист или зам. директора",
     "pp"),
    ("pp_teacher_pupil", "ПП «педагог – обучающийся»", "Пояснение: наставляемые – обучающиеся объединений",
     "pp"),
    ("pp_other", "ПП в иной форме", "Пояснение: «работодатель – обучающийся» (проф. пробы)", "pp"),
    ("H", "Внешние наставники"),
    ("external_edu_mentors", "Наставники – педагоги школ", "Пояснение: по приказу, чел.", "pr_vneshn"),
    ("other_org_mentors", "Наставники из иных организаций",
     "Пояснение: библиотека, АНО; сотрудники предприятий не включаются", "pr_vneshn"),
    ("enterprise_mentors", "Наставники – сотрудники предприятий", "Пояснение: типография", "pr_vneshn"),
    ("H", "Обучающиеся ДДТ"),
    ("students_10_19", "Обучающиеся 10–19 лет",
     "Пояснение: по списку обучающихся объединений, без повторного счёта", None),
    ("mentees_10_19", "Обучающиеся 10–19 лет – наставляемые",
     "Пояснение: обучающиеся-наставники не учитываются", "pr_pary"),
    ("mentees_risk", "– «группа риска»", "", "pr_pary"),
    ("mentees_gifted", "– одарённые", "Пояснение: из реестра одарённых детей", "pr_pary"),
    ("mentees_disabled", "– ОВЗ и инвалидность", "", "pr_pary"),
    ("mentees_low_motivation", "– низкая мотивация", "", "pr_pary"),
    ("mentees_career", "– затруднения в проф. самоопределении", "", "pr_pary"),
    ("mentees_other_params", "– иные параметры", "Пояснение: новички объединений", "pr_pary"),
    ("share_mentees_10_19", "Доля обучающихся – наставляемых, %",
     "Пояснение: от общего числа обучающихся 10–19 лет ДДТ; наставляемые школ не включаются", None),
    ("students_15_19", "Обучающиеся 15–19 лет", "Пояснение: по списку объединений", None),
    ("mentors_15_19", "Обучающиеся 15–19 лет – наставники",
     "Пояснение: по приказу; наставляемые 15–19 лет не включаются", "pr_pary"),
    ("share_mentors_15_19", "Доля наставников среди обучающихся 15–19 лет, %",
     "Пояснение: от общего числа обучающихся 15–19 лет", None),
    ("H", "Педагоги ДДТ"),
    ("young_specialists", "Молодые специалисты", "Пояснение: до 35 лет, до 3 лет стажа", None),
    ("young_specialists_mentees", "Молодые специалисты в роли наставляемых", "", "pr_pary"),
    ("teachers_other", "Педагоги ДО и методисты без молодых специалистов", "", None),
    ("teachers_other_mentees", "Педагоги (без молодых специалистов) – наставляемые", "", "pr_pary"),
    ("teachers_mentors", "Педагоги-наставники",
     "Пояснение: включая молодого специалиста-наставника; обучающиеся не учитываются", "pr_pary"),
    ("young_specialists_mentors", "Молодые специалисты – наставники", "", "pr_pary"),
    ("share_young_specialists_mentors", "Доля молодых специалистов – наставников, %",
     "Пояснение: от общего числа молодых специалистов ДДТ", None),
    ("kpk_trained", "Педагоги, прошедшие КПК по наставничеству", "Пояснение: за 2024 год", "kpk"),
    ("N", "Открытые занятия наставников для педагогов города", "Пояснение: справочно, кол-во", 6, None),
    ("H", "Удовлетворённость"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых, %", "Пояснение: анкеты", "ankety"),
    ("satisfaction_mentors", "Удовлетворённость наставников, %", "Пояснение: анкеты", "ankety"),
]

F7 = [  # МБОУ «СОШ № 5 с УИОП» — instruction in its own column «Порядок заполнения»
    ("H", "1. Нормативное обеспечение"),
    ("orgs_regulation_teachers", "Положение о системе наставничества педагогических работников",
     "1 – утверждено приказом, 0 – не утверждено. Положение о наставничестве обучающихся – стр. 1.2", "pol_ped"),
    ("orgs_regulation_students", "Положение о системе наставничества обучающихся",
     "1 – утверждено, 0 – нет", "pol_obuch"),
    ("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН",
     "1 – издан в 2024 г., 0 – нет. Приказ о закреплении пар не указывается", "pr_monitor"),
    ("internal_monitoring_notes", "Информационная справка ОО по внутреннему мониторингу",
     "1 – есть, 0 – нет", "spravka"),
    ("H", "2. Организация процесса"),
    ("curators_total", "Кураторы ЦМН", "Кол-во по приказу; наставники и руководители ШМО не учитываются",
     "pr_kurator"),
    ("programmes_total", "Программы наставничества по формам",
     "Кол-во утверждённых программ; ПП (раздел 3) не включать", "programmy"),
    ("agreements_edu_orgs", "Соглашения с ОО", "Кол-во соглашений с ОО о наставниках; ИРО – стр. 2.4",
     "soglasheniya"),
    ("agreements_iro", "Соглашения с ИРО", "Кол-во (0 или 1)", "soglasheniya"),
    ("agreements_enterprises", "Соглашения с предприятиями",
     "Кол-во соглашений, не наставников. Наставники с предприятий – стр. 4.4", "soglasheniya"),
    ("agreements_other_orgs", "Соглашения с иными организациями",
     "Кол-во; ОО, ИРО и предприятия не включать", "soglasheniya"),
    ("partner_list", "Перечень организаций-партнёров", "Наименования через «;»", "soglasheniya"),
    ("mentors_total", "Наставники",
     "Указывается по приказу о закреплении наставнических пар; учитываются педагоги, обучающиеся 15–19 лет "
     "и внешние наставники; наставляемые из числа молодых специалистов не учитываются", "pr_pary"),
    ("mentees_total", "Наставляемые",
     "По приказу: обучающиеся 10–19 лет, молодые специалисты и другие педагоги. Наставники 15–19 лет не "
     "учитываются", "pr_pary"),
    ("N", "Наставнические пары и группы", "Кол-во по приказу о закреплении (справочно)", 63, "pr_pary"),
    ("H", "3. Персонализированные программы"),
    ("pp_total", "ПП – всего", "Сумма стр. 3.2–3.6", "pp"),
    ("pp_pupil_pupil", "«ученик – ученик»", "Наставник – обучающийся 15–19 лет", "pp"),
    ("pp_teacher_teacher", "«учитель – учитель»", "В т.ч. «опытный педагог – молодой специалист»", "pp"),
    ("pp_head_teacher", "«руководитель – педагог»", "", "pp"),
    ("pp_teacher_pupil", "«учитель – ученик»", "Наставляемые – обучающиеся 10–19 лет", "pp"),
    ("pp_other", "иная форма", "Форму указать в примечании: «родитель – ученик»", "pp"),
    ("H", "4. Внешние наставники"),
    ("external_edu_mentors", "Наставники из других ОО", "Чел. по приказу; ИРО – стр. 4.2", "pr_vneshn"),
    ("iro_mentors", "Наставники из ИРО", "Чел.", "pr_vneshn"),
    ("other_org_mentors", "Наставники из иных организаций", "Чел.; ОО, ИРО и предприятия не включать",
     "pr_vneshn"),
    ("enterprise_mentors", "Наставники с предприятий",
     "Чел. по приказу. Не путать с кол-вом соглашений (стр. 2.5)", "pr_vneshn"),
    ("H", "5. Обучающиеся"),
    ("students_10_19", "Обучающиеся 10–19 лет", "Всего, на 31.12.2024", None),
    ("mentees_10_19", "Обучающиеся 10–19 лет – наставляемые",
     "Учитываются только наставляемые; наставники из обучающихся 15–19 лет не входят", "pr_pary"),
    ("mentees_risk", "в т.ч. группа риска", "ПДН, КДН, ВШУ", "pr_pary"),
    ("mentees_gifted", "в т.ч. одарённые", "Вошедшие в реестры", "pr_pary"),
    ("mentees_disabled", "в т.ч. ОВЗ, дети-инвалиды", "", "pr_pary"),
    ("mentees_low_motivation", "в т.ч. низкая мотивация, неуспеваемость", "", "pr_pary"),
    ("mentees_career", "в т.ч. выбор траектории и профессии", "", "pr_pary"),
    ("mentees_other_params", "в т.ч. иные параметры", "", "pr_pary"),
    ("share_mentees_10_19", "Доля обучающихся – наставляемых, %",
     "Стр. 5.2 / стр. 5.1 × 100; считается от общего числа обучающихся 10–19 лет, в расчёт не включаются "
     "наставляемые ДОП", None),
    ("students_15_19", "Обучающиеся 15–19 лет", "Всего, на 31.12.2024", None),
    ("mentors_15_19", "Обучающиеся 15–19 лет – наставники", "По приказу; наставляемые не учитываются", "pr_pary"),
    ("students_15_19_in_programmes", "Обучающиеся 15–19 лет в программах наставничества",
     "В любой роли (наставник или наставляемый)", "pr_pary"),
    ("share_mentors_15_19", "Доля обучающихся 15–19 лет – наставников, %",
     "Стр. 5.11 / стр. 5.10 × 100", None),
    ("N", "Обучающиеся 10–19 лет – наставники", "Все возрасты, включая 15–19 лет (стр. 5.11); наставляемые не учитываются",
     21, "pr_pary"),
    ("H", "6. Удовлетворённость"),
    ("satisfaction_mentees", "Удовлетворённость наставляемых, %", "По анкетам, от 0 до 100", "ankety"),
    ("satisfaction_mentors", "Удовлетворённость наставников, %", "По анкетам, от 0 до 100", "ankety"),
    ("H", "7. Педагоги"),
    ("young_specialists", "Молодые специалисты", "До 35 лет, первые 3 года работы", None),
    ("young_specialists_mentees", "Молодые специалисты – наставляемые", "По приказу", "pr_pary"),
    ("teachers_other", "Педагоги (кроме молодых специалистов)", "Основные работники", None),
    ("teachers_other_mentees", "Педагоги (кроме молодых специалистов) – наставляемые",
     "Молодые специалисты – стр. 7.2", "pr_pary"),
    ("share_teachers_mentees", "Доля педагогов-наставляемых, %", "(стр. 7.2 + 7.4) / (стр. 7.1 + 7.3) × 100",
     None),
    ("teachers_mentors", "Педагоги-наставники", "По приказу; обучающиеся 15–19 лет не учитываются", "pr_pary"),
    ("young_specialists_mentors", "Молодые специалисты – наставники", "", "pr_pary"),
    ("share_teachers_mentors", "Доля педагогов-наставников, %", "Стр. 7.6 / (стр. 7.1 + 7.3) × 100", None),
    ("teachers_in_pp", "Педагоги в ПП", "Наставники и наставляемые из числа педагогов", "pp"),
    ("trainees_internship", "Стажёры стажёрской площадки", "Педагоги, чел.", "stazh"),
    ("kpk_trained", "КПК по наставничеству", "Педагоги, обученные в 2024 г.", "kpk"),
    ("school_methodical_associations", "ШМО наставников", "Кол-во", "shmo"),
    ("H", "8. Стимулирование"),
    ("pay_acts", "Акты о материальном поощрении наставников", "Кол-во", "oplata"),
    ("nonmaterial_acts", "Акты о нематериальном поощрении наставников", "Кол-во", "nemat"),
]

# ---- per-file settings ---------------------------------------------------------------------------------------
FILES = [
    dict(file="typed/01_sosh1_perenos_stroki.xlsx", org="sosh1", sheet="Мониторинг 2024",
         organisation="МБОУ «Лесогорская СОШ № 1»", rows=F1, style="br", yesno="num", share="num",
         header=["№", "Наименование показателя", "Значение", "Ссылка на подтверждающий документ"],
         title=["Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год",
                "Образовательная организация: МБОУ «Лесогорская СОШ № 1»",
                "Лесогорский муниципальный округ Удмуртской Республики"],
         footer=["Дата заполнения: 16.01.2025", "Директор __________ Н.В. Кудрявцева",
                 "Исполнитель: куратор ЦМН Е.А. Пермякова, тел. 8 (34142) 2-14-57"]),
    dict(file="typed/02_gimnaziya2_v_skobkah.xlsx", org="gimn2", sheet="Лист1",
         organisation="МАОУ «Гимназия № 2»", rows=F2, style="par", yesno="da", share="str",
         header=["Показатель", "Значение", "Подтверждающий документ (ссылка)"],
         title=["Мониторинг ЦМН – 2024", "МАОУ «Гимназия № 2»", "г. Лесогорск"],
         footer=["Ответственный: зам. директора по УВР Сабурова Л.М.", "17.01.2025"]),
    dict(file="typed/03_licey7_kursiv.xlsx", org="licey7", sheet="ЦМН",
         organisation="МБОУ «Лицей № 7»", rows=F3, style="rich", yesno="Da", share="num",
         header=["№ п/п", "Критерий", "Значение", "Источник информации (ссылка)"],
         title=["Информация о реализации целевой модели наставничества в МБОУ «Лицей № 7» за 2024 год"],
         footer=["Директор МБОУ «Лицей № 7» ____________ А.Р. Гарипов"]),
    dict(file="typed/04_berezovskaya_oosh_vtoroe_predlozhenie.xlsx", org="oosh", sheet="Отчёт",
         organisation="МБОУ «Берёзовская ООШ»", rows=F4, style="sent", yesno="da", share="num",
         header=["Показатель", "Значение", "Ссылка"],
         title=["МБОУ «Берёзовская ООШ»", "Мониторинг целевой модели наставничества. Отчётный период: 2024 год"],
         footer=["Заполнила: Бушмакина О.П., куратор"]),
    dict(file="typed/05_kokshanskaya_primechanie.xlsx", org="koksh", sheet="Форма ОО",
         organisation="МКОУ «Кокшанская СОШ»", rows=F5, style="note", yesno="num", share="str",
         header=["№", "Наименование критерия", "Кол-во / 1-0", "Ссылка на документ"],
         title=["Отчётная форма ОО по мониторингу ЦМН", "ОО: МКОУ «Кокшанская СОШ»", "Период: 01.01.2024 – 31.12.2024"],
         footer=["Примечание: ссылки на документы размещены на официальном сайте школы",
                 "Директор _________ / С.Г. Шутова /"]),
    dict(file="typed/06_ddt_poyasnenie.xlsx", org="ddt", sheet="ДДТ 2024",
         organisation="МБУ ДО «Дом детского творчества»", rows=F6, style="expl", yesno="Da", share="num",
         header=["Наименование показателя", "Значение", "Ссылка"],
         title=["Мониторинг реализации ЦМН в учреждениях дополнительного образования, 2024 г.",
                "Учреждение: МБУ ДО «Дом детского творчества»", "г. Лесогорск"],
         footer=["Исполнитель: методист Корепанова И.В."]),
    dict(file="typed/07_sosh5_poryadok_zapolneniya.xlsx", org="sosh5", sheet="Форма",
         organisation="МБОУ «СОШ № 5 с УИОП»", rows=F7, style="col", yesno="num", share="num",
         header=["№ стр.", "Показатель", "Порядок заполнения", "Значение", "Ссылка на документ"],
         title=["Форма мониторинга ЦМН (уровень ОО), 2024 год"],
         orgline=("Наименование ОО:", "МБОУ «СОШ № 5 с УИОП»"),
         footer=["Дата: 20.01.2025", "Руководитель ОО ____________ Т.В. Зорина"]),
]

# rows left out of a file after all (the form had no room / the organisation skipped them); kept above so that
# the wordings stay in one place, and so that the line numbers referred to in the instructions stay right
DROP = {
    "sosh1": {"pp_student_student", "other_org_mentors", "mentees_career", "nonmaterial_acts",
              "agreements_other_orgs", "school_methodical_associations", "mentees_other_params"},
    "gimn2": {"pp_student_student", "pp_student_pupil", "mentees_risk", "mentees_disabled", "mentees_low_motivation",
              "mentees_career", "mentees_other_params", "trainees_internship", "young_specialists_mentors",
              "nonmaterial_acts", "agreements_other_orgs"},
    "licey7": set(),
    "oosh": set(),
    "koksh": {"mentees_disabled", "mentees_low_motivation", "mentees_career", "mentees_other_params",
              "school_methodical_associations", "share_young_specialists_mentees"},
    "ddt": {"mentees_low_motivation", "mentees_disabled", "mentees_risk", "teachers_other_mentees"},
    "sosh5": {"trainees_internship", "teachers_in_pp", "school_methodical_associations", "pay_acts",
              "young_specialists_mentors", "agreements_other_orgs", "students_15_19_in_programmes"},
}

AGREEMENT_SUBJECTS = {"ddt": "Предоставление педагогов и сотрудников в роли наставников обучающихся объединений ДДТ"}


def typed_value(cid, fig, spec, org):
    unit = CAT[cid]
    if cid == "agreement_subjects":
        v = AGREEMENT_SUBJECTS[org]
        return v, v
    v = fig[cid]
    if unit == "yesno":
        if spec["yesno"] == "num":
            return v, v
        word = ("да" if v else "нет") if spec["yesno"] == "da" else ("Да" if v else "Нет")
        return word, v
    if unit == "share":
        if spec["share"] == "str":
            return ("%.2f" % v).replace(".", ",") + " %", v
        return v, v
    if unit == "level":
        return v, v
    return v, v


def join_text(style, title, instr, num=None):
    if not instr:
        return title
    if style == "br":
        return title + "\n" + instr
    if style == "par":
        return title + " " + instr
    if style == "rich":
        return title + "\n" + instr
    if style == "sent":
        return title + ". " + instr
    if style == "note":
        if instr.startswith("*"):
            return title + "\n" + instr
        return title + " " + instr
    if style == "expl":
        return title + ". " + instr
    raise ValueError(style)


THIN = Side(style="thin", color="FF000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(spec):
    org = spec["org"]
    fig = FIG[org]
    links = LINKS[org]
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    style = spec["style"]
    cells = []
    exp = {"file": spec["file"], "year": 2024, "organisation": spec["organisation"], "values": {}, "links": {},
           "not_criteria": [], "headings": []}
    r = 1
    for t in spec["title"]:
        ws.cell(r, 1, t).font = Font(bold=True, size=12)
        r += 1
    if "orgline" in spec:
        ws.cell(r, 1, spec["orgline"][0]).font = Font(bold=True)
        ws.cell(r, 2, spec["orgline"][1]).font = Font(bold=True)
        r += 1
    r += 1
    ncol = len(spec["header"])
    for j, h in enumerate(spec["header"], 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FFD9E1F2")
    r += 1
    has_num = spec["header"][0].startswith("№")
    tcol = 2 if has_num else 1
    icol = tcol + 1 if style == "col" else None
    vcol = (icol or tcol) + 1
    lcol = vcol + 1
    n_sec = 0
    n_row = 0
    for row in spec["rows"]:
        if row[0] in DROP[org]:
            continue
        if row[0] == "H":
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FFF2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            exp["headings"].append(row[1])
            n_sec += 1
            n_row = 0
            r += 1
            continue
        n_row += 1
        if row[0] == "N":
            _, title, instr, typed, doc = row
            cid = None
            expected = None
        else:
            cid, title, instr, doc = row[:4]
            typed, expected = typed_value(cid, fig, spec, org)
            if len(row) > 4:
                typed = row[4]
        if has_num:
            ws.cell(r, 1, "%d.%d" % (n_sec, n_row)).border = BORDER
        tc = ws.cell(r, tcol)
        if style == "rich" and instr:
            sep = "\n" if len(title) + len(instr) > 60 else " "
            tc.value = CellRichText([TextBlock(InlineFont(rFont="Calibri", sz=11), title + sep),
                                     TextBlock(InlineFont(rFont="Calibri", sz=8, i=True, color="FF7F7F7F"),
                                               instr)])
            full = title + sep + instr
        elif style == "col":
            tc.value = title
            ic = ws.cell(r, icol, instr or None)
            ic.font = Font(italic=True, size=9, color="FF595959")
            ic.alignment = WRAP
            ic.border = BORDER
            full = title
        else:
            full = join_text(style, title, instr)
            tc.value = full
        tc.alignment = WRAP
        tc.border = BORDER
        vc = ws.cell(r, vcol, typed)
        vc.border = BORDER
        vc.alignment = Alignment(horizontal="center", vertical="top", wrap_text=isinstance(typed, str))
        lc = ws.cell(r, lcol)
        lc.border = BORDER
        lc.alignment = WRAP
        url = links[doc] if doc else None
        if url:
            lc.value = url
            if org in ("licey7", "ddt"):
                lc.hyperlink = url
                lc.font = Font(color="FF0563C1", underline="single")
        addr_v = vc.coordinate
        if cid is None:
            exp["not_criteria"].append(full)
        else:
            assert " ".join(title.lower().split()) not in CAT_WORDINGS, title
            assert " ".join(full.lower().split()) not in CAT_WORDINGS, full
            assert cid not in exp["values"], (spec["file"], cid)
            exp["values"][cid] = expected
            cells.append(dict(file=spec["file"], sheet=ws.title, cell=addr_v, criterion=cid, kind="value",
                              expected=expected, typed=typed, title=full))
            if url:
                exp["links"][cid] = url
                cells.append(dict(file=spec["file"], sheet=ws.title, cell=lc.coordinate, criterion=cid,
                                  kind="link", expected=url))
        r += 1
    r += 1
    for t in spec["footer"]:
        ws.cell(r, 1, t)
        r += 1
    widths = {"№": 7, "№ п/п": 7, "№ стр.": 7}
    for j, h in enumerate(spec["header"], 1):
        letter = ws.cell(1, j).column_letter
        if j == tcol:
            ws.column_dimensions[letter].width = 62 if style != "col" else 44
        elif j == icol:
            ws.column_dimensions[letter].width = 48
        elif j == vcol:
            ws.column_dimensions[letter].width = 16 if org not in ("gimn2", "sosh1", "licey7", "oosh", "koksh",
                                                                    "ddt", "sosh5") else 18
        elif j == lcol:
            ws.column_dimensions[letter].width = 58
        else:
            ws.column_dimensions[letter].width = widths.get(h, 10)
    ws.freeze_panes = ws.cell(len(spec["title"]) + (2 if "orgline" in spec else 1) + 1, 1)
    wb.properties.creator = {"sosh1": "Пермякова Е.А.", "gimn2": "zamUVR", "licey7": "Лицей7",
                             "oosh": "user", "koksh": "Шутова", "ddt": "metodist", "sosh5": "Зорина Т.В."}[org]
    out = HERE / spec["file"]
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return exp, cells


def main():
    exps, cells = [], []
    for spec in FILES:
        e, c = build(spec)
        exps.append(e)
        cells.extend(c)
    (HERE / "expected.json").write_text(json.dumps(exps, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1), encoding="utf-8")
    nv = sum(len(e["values"]) for e in exps)
    nl = sum(len(e["links"]) for e in exps)
    nn = sum(len(e["not_criteria"]) for e in exps)
    print("wrote %d files, %d forms, %d values, %d links, %d not-criteria rows" % (len(FILES), len(exps), nv, nl, nn))
    for e in exps:
        print("  %-52s %3d values %3d links" % (e["file"], len(e["values"]), len(e["links"])))


if __name__ == "__main__":
    main()
