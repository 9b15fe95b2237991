#!/usr/bin/env python3
"""Held-out set 51: the draft 2025 regional form filled with 2024 figures.

Invented municipality: Ключегорский район (муниципальный округ) Удмуртской Республики.
The region circulated a draft «форма мониторинга ЦМН на 2025 год (проект)»; several organisations
filled it with their 2024 figures.  The draft renames criteria, splits the mentors (педагоги /
обучающиеся / внешние специалисты) and mentees, merges some rows, adds new indicators and
reorders the directions.

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic: fixed data only.
"""
import json
import os
from collections import OrderedDict

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed")
os.makedirs(OUT, exist_ok=True)

H = "H"      # a section (direction) heading
NC = None    # a row that holds a value but is no criterion of the catalogue

# --------------------------------------------------------------------------------------------
# The draft 2025 form for an organisation (codes, new wording, unit, criterion)
# --------------------------------------------------------------------------------------------
DRAFT = [
    ("I", "Раздел I. Кадровый потенциал наставничества", "", H),
    ("1.1", "Численность лиц, вовлечённых в наставническую деятельность в качестве наставников "
            "(согласно распорядительному акту ОО), всего", "чел.", "mentors_total"),
    ("1.1.1", "в том числе: из числа педагогических работников", "чел.", "teachers_mentors"),
    ("1.1.2", "из числа обучающихся в возрасте 15–19 лет", "чел.", "mentors_15_19"),
    ("1.1.3", "из числа внешних специалистов (работников сторонних организаций и предприятий)", "чел.", NC),
    ("1.2", "Численность молодых специалистов (до 35 лет, стаж педагогической работы не более 3 лет), "
            "осуществляющих наставническую деятельность", "чел.", "young_specialists_mentors"),
    ("1.3", "Численность лиц, закреплённых за наставниками в качестве наставляемых "
            "(согласно распорядительному акту ОО), всего", "чел.", "mentees_total"),
    ("1.3.1", "в том числе: педагогов, закреплённых за наставниками (включая молодых специалистов)", "чел.", NC),
    ("1.3.2", "обучающихся, закреплённых за наставниками (всех возрастов)", "чел.", NC),
    ("1.4", "Численность молодых специалистов, закреплённых за наставниками в качестве наставляемых",
            "чел.", "young_specialists_mentees"),
    ("1.5", "Численность педагогических работников (без учёта молодых специалистов), закреплённых "
            "за наставниками в качестве наставляемых", "чел.", "teachers_other_mentees"),
    ("1.6", "Списочная численность молодых специалистов (до 35 лет, стаж не более 3 лет) в ОО",
            "чел.", "young_specialists"),
    ("1.7", "Списочная численность педагогических работников ОО без учёта молодых специалистов",
            "чел.", "teachers_other"),
    ("1.8", "Удельный вес молодых специалистов, закреплённых за наставниками, в общей численности "
            "молодых специалистов ОО", "%", "share_young_specialists_mentees"),
    ("1.9", "Удельный вес педагогических работников (включая молодых специалистов), выступающих в роли "
            "наставляемых, в общей численности педагогов ОО", "%", "share_teachers_mentees"),
    ("1.10", "Удельный вес педагогических работников, осуществляющих наставническую деятельность, "
             "в общей численности педагогов ОО", "%", "share_teachers_mentors"),
    ("1.11", "Удельный вес молодых специалистов, осуществляющих наставническую деятельность, "
             "в общей численности молодых специалистов ОО", "%", "share_young_specialists_mentors"),
    ("II", "Раздел II. Вовлечение обучающихся в наставнические практики", "", H),
    ("2.1", "Контингент обучающихся в возрасте 10–19 лет", "чел.", "students_10_19"),
    ("2.2", "Численность обучающихся в возрасте 10–19 лет, закреплённых за наставниками "
            "в качестве наставляемых", "чел.", "mentees_10_19"),
    ("2.2.1", "из них: отнесённых к «группе риска»", "чел.", "mentees_risk"),
    ("2.2.2", "с ограниченными возможностями здоровья и (или) инвалидностью", "чел.", "mentees_disabled"),
    ("2.2.3", "со сниженной учебной мотивацией и (или) неудовлетворительными результатами обучения",
              "чел.", "mentees_low_motivation"),
    ("2.2.4", "испытывающих затруднения в выборе образовательной траектории и профессиональном "
              "самоопределении", "чел.", "mentees_career"),
    ("2.2.5", "по иным основаниям", "чел.", "mentees_other_params"),
    ("2.3", "Численность обучающихся, внесённых в реестр одарённых детей и закреплённых за наставниками",
            "чел.", "mentees_gifted"),
    ("2.4", "Удельный вес обучающихся 10–19 лет, охваченных наставничеством в роли наставляемых",
            "%", "share_mentees_10_19"),
    ("2.5", "Контингент обучающихся в возрасте 15–19 лет", "чел.", "students_15_19"),
    ("2.6", "Удельный вес обучающихся 15–19 лет, осуществляющих наставническую деятельность",
            "%", "share_mentors_15_19"),
    ("2.7", "Численность обучающихся – участников Движения Первых, вовлечённых в наставнические "
            "практики (новый показатель)", "чел.", NC),
    ("III", "Раздел III. Нормативно-правовое регулирование наставничества", "", H),
    ("3.1", "Утверждение локального акта о системе наставничества педагогических работников "
            "(1 – да / 0 – нет)", "1/0", "orgs_regulation_teachers"),
    ("3.2", "Утверждение локального акта о системе наставничества обучающихся (1 – да / 0 – нет)",
            "1/0", "orgs_regulation_students"),
    ("3.3", "Наличие положения и программы наставничества", "1/0", NC),
    ("3.4", "Издание распорядительного акта о проведении мониторинга реализации ЦМН в ОО "
            "(1 – да / 0 – нет)", "1/0", "orgs_monitoring_order"),
    ("3.5", "Подготовка информационной справки по результатам внутреннего мониторинга ЦМН "
            "(1 – да / 0 – нет)", "1/0", "internal_monitoring_notes"),
    ("3.6", "Наличие раздела «Наставничество» на официальном сайте ОО (новый показатель)", "1/0", NC),
    ("IV", "Раздел IV. Организационно-методическое сопровождение", "", H),
    ("4.1", "Численность кураторов внедрения ЦМН, назначенных распорядительным актом ОО", "чел.",
            "curators_total"),
    ("4.2", "Количество утверждённых программ наставничества по формам (без учёта персонализированных)",
            "ед.", "programmes_total"),
    ("4.3", "Количество методических объединений (сообществ) наставников, действующих в ОО", "ед.",
            "school_methodical_associations"),
    ("4.4", "Численность педагогических работников, прошедших повышение квалификации по вопросам "
            "наставничества в отчётном календарном году", "чел.", "kpk_trained"),
    ("4.5", "Наименования программ повышения квалификации", "текст", "kpk_courses"),
    ("4.6", "Численность педагогов, проходивших стажировку на базе стажировочной площадки "
            "в качестве стажёров", "чел.", "trainees_internship"),
    ("4.7", "Численность наставников, прошедших внутрифирменное обучение («Школа наставника») "
            "(новый показатель)", "чел.", NC),
    ("4.8", "Количество наставнических пар (групп), сформированных в отчётном периоде (новый показатель)",
            "ед.", NC),
    ("V", "Раздел V. Персонализированные программы наставничества (ППН)", "", H),
    ("5.1", "Общее количество ППН, утверждённых в ОО", "ед.", "pp_total"),
    ("5.1.1", "в том числе по форме «обучающийся – обучающийся»", "ед.", "pp_pupil_pupil"),
    ("5.1.2", "по форме «педагог – педагог»", "ед.", "pp_teacher_teacher"),
    ("5.1.3", "по форме «руководитель – педагог»", "ед.", "pp_head_teacher"),
    ("5.1.4", "по форме «педагог – обучающийся»", "ед.", "pp_teacher_pupil"),
    ("5.1.5", "по форме «студент – обучающийся»", "ед.", "pp_student_pupil"),
    ("5.1.6", "по форме «студент – студент»", "ед.", "pp_student_student"),
    ("5.1.7", "по иным формам (указать в примечании)", "ед.", "pp_other"),
    ("5.2", "Численность педагогических работников – участников ППН", "чел.", "teachers_in_pp"),
    ("VI", "Раздел VI. Сетевое взаимодействие и социальное партнёрство", "", H),
    ("6.1", "Количество соглашений (договоров) с образовательными организациями о направлении их работников "
            "для осуществления наставнической деятельности", "ед.", "agreements_edu_orgs"),
    ("6.2", "Количество соглашений (договоров) с предприятиями о привлечении их работников "
            "к наставнической деятельности", "ед.", "agreements_enterprises"),
    ("6.3", "Количество соглашений (договоров) с иными организациями независимо от формы собственности "
            "о привлечении их работников к наставнической деятельности", "ед.", "agreements_other_orgs"),
    ("6.4", "Предмет заключённых соглашений", "текст", "agreement_subjects"),
    ("6.5", "Перечень организаций-партнёров, взаимодействующих с ОО по вопросам наставничества", "текст",
            "partner_list"),
    ("6.6", "Численность наставников – работников сторонних образовательных организаций", "чел.",
            "external_edu_mentors"),
    ("6.7", "Численность наставников – работников предприятий", "чел.", "enterprise_mentors"),
    ("6.8", "Численность наставников – представителей иных организаций", "чел.", "other_org_mentors"),
    ("VII", "Раздел VII. Стимулирование наставнической деятельности", "", H),
    ("7.1", "Количество локальных актов о материальном и нематериальном стимулировании наставников", "ед.", NC),
    ("7.2", "Численность наставников, к которым в отчётном периоде применены меры поощрения "
            "(новый показатель)", "чел.", NC),
    ("VIII", "Раздел VIII. Оценка результативности наставничества", "", H),
    ("8.1", "Степень удовлетворённости наставляемых результатами завершённых программ наставничества "
            "(по данным анкетирования)", "%", "satisfaction_mentees"),
    ("8.2", "Степень удовлетворённости наставников результатами завершённых программ наставничества "
            "(по данным анкетирования)", "%", "satisfaction_mentors"),
    ("8.3", "Удельный вес наставляемых, успешно завершивших программы наставничества (новый показатель)",
            "%", NC),
]
DRAFT_BY_CODE = OrderedDict((r[0], r) for r in DRAFT)

SHARES = {
    "share_young_specialists_mentees": (("young_specialists_mentees",), ("young_specialists",)),
    "share_teachers_mentees": (("young_specialists_mentees", "teachers_other_mentees"),
                               ("young_specialists", "teachers_other")),
    "share_teachers_mentors": (("teachers_mentors",), ("young_specialists", "teachers_other")),
    "share_young_specialists_mentors": (("young_specialists_mentors",), ("young_specialists",)),
    "share_mentees_10_19": (("mentees_10_19",), ("students_10_19",)),
    "share_mentors_15_19": (("mentors_15_19",), ("students_15_19",)),
}


def pct(num, den, nd=2):
    return round(100.0 * num / den + 1e-9, nd)


def with_shares(d):
    d = dict(d)
    for sid, (nums, dens) in SHARES.items():
        if all(k in d for k in nums + dens):
            d[sid] = pct(sum(d[k] for k in nums), sum(d[k] for k in dens))
    return d


# --------------------------------------------------------------------------------------------
# The organisations' true 2024 figures (NC rows by draft code)
# --------------------------------------------------------------------------------------------
SOSH1 = with_shares({
    "mentors_total": 60, "teachers_mentors": 21, "mentors_15_19": 34, "1.1.3": 5,
    "young_specialists_mentors": 2,
    "mentees_total": 135, "1.3.1": 17, "1.3.2": 118,
    "young_specialists_mentees": 9, "teachers_other_mentees": 8,
    "young_specialists": 11, "teachers_other": 50,
    "students_10_19": 540, "mentees_10_19": 96, "mentees_risk": 14, "mentees_disabled": 6,
    "mentees_low_motivation": 25, "mentees_career": 30, "mentees_other_params": 12, "mentees_gifted": 9,
    "students_15_19": 190, "2.7": 40,
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "3.3": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1, "3.6": 1,
    "curators_total": 2, "programmes_total": 4, "school_methodical_associations": 1, "kpk_trained": 6,
    "kpk_courses": "«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч.); "
                   "«Организация наставничества обучающихся в школе» (ЦНППМ, 24 ч.)",
    "trainees_internship": 0, "4.7": 15, "4.8": 68,
    "pp_total": 30, "pp_pupil_pupil": 12, "pp_teacher_teacher": 6, "pp_head_teacher": 3,
    "pp_teacher_pupil": 7, "pp_student_pupil": 2, "pp_student_student": 0, "pp_other": 0,
    "teachers_in_pp": 24,
    "agreements_edu_orgs": 1, "agreements_enterprises": 2, "agreements_other_orgs": 1,
    "agreement_subjects": "Привлечение работников партнёров к реализации программ наставничества по формам "
                          "«работодатель – ученик» и «студент – ученик», совместная профориентационная работа",
    "partner_list": "ООО «Ключегорский механический завод»; АО «Ключегорскагропромснаб»; "
                    "ГБПОУ «Ключегорский аграрный техникум»; 27 пожарно-спасательная часть МЧС России",
    "external_edu_mentors": 2, "enterprise_mentors": 2, "other_org_mentors": 1,
    "7.1": 2, "7.2": 11,
    "satisfaction_mentees": 91.4, "satisfaction_mentors": 88.6, "8.3": 84,
})
S1 = "https://shkola1klyuchegorsk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
SOSH1_LINKS = {
    "mentors_total": S1 + "prikaz_172_ob_utv_nastavnikov_2024.pdf",
    "teachers_mentors": S1 + "prikaz_172_ob_utv_nastavnikov_2024.pdf",
    "mentors_15_19": S1 + "prikaz_172_ob_utv_nastavnikov_2024.pdf",
    "mentees_total": S1 + "prikaz_173_ob_utv_par_2024.pdf",
    "young_specialists_mentees": S1 + "prikaz_173_ob_utv_par_2024.pdf",
    "mentees_10_19": S1 + "baza_nastavlyaemyh_2024.pdf",
    "orgs_regulation_teachers": S1 + "polozhenie_nastavnichestvo_pedagogov.pdf",
    "orgs_regulation_students": S1 + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf",
    "orgs_monitoring_order": S1 + "prikaz_monitoring_cmn_2024.pdf",
    "internal_monitoring_notes": S1 + "spravka_vnutr_monitoring_2024.pdf",
    "curators_total": S1 + "prikaz_kurator_2024.pdf",
    "programmes_total": S1 + "programma_nastavnichestva_2024-2025.pdf",
    "school_methodical_associations": S1 + "prikaz_shmo_nastavnikov.pdf",
    "kpk_trained": S1 + "udostovereniya_kpk_2024.pdf",
    "pp_total": S1 + "ppn_2024.pdf",
    "agreements_edu_orgs": S1 + "soglashenie_agrotehnikum.pdf",
    "agreements_enterprises": S1 + "soglasheniya_predpriyatiya_2024.pdf",
    "agreements_other_orgs": S1 + "soglashenie_psch27.pdf",
    "satisfaction_mentees": S1 + "anketirovanie_itogi_2024.pdf",
    "satisfaction_mentors": S1 + "anketirovanie_itogi_2024.pdf",
}

GYM = with_shares({
    "mentors_total": 49, "teachers_mentors": 18, "mentors_15_19": 28, "1.1.3": 3,
    "young_specialists_mentors": 1,
    "mentees_total": 96, "1.3.1": 12, "1.3.2": 84,
    "young_specialists_mentees": 7, "teachers_other_mentees": 5,
    "young_specialists": 7, "teachers_other": 44,
    "students_10_19": 610, "mentees_10_19": 80, "mentees_risk": 6, "mentees_disabled": 3,
    "mentees_low_motivation": 12, "mentees_career": 22, "mentees_other_params": 9, "mentees_gifted": 28,
    "students_15_19": 230, "2.7": 55,
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "3.3": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1, "3.6": 1,
    "curators_total": 1, "programmes_total": 3, "school_methodical_associations": 1, "kpk_trained": 4,
    "kpk_courses": "Менторство и наставничество в школе: от теории к практике (72 ч.)",
    "trainees_internship": 2, "4.7": 10, "4.8": 52,
    "pp_total": 22, "pp_pupil_pupil": 9, "pp_teacher_teacher": 4, "pp_head_teacher": 2,
    "pp_teacher_pupil": 6, "pp_student_pupil": 1, "pp_student_student": 0, "pp_other": 0,
    "teachers_in_pp": 16,
    "agreements_edu_orgs": 1, "agreements_enterprises": 0, "agreements_other_orgs": 2,
    "agreement_subjects": "Совместная реализация программ наставничества по форме «студент – ученик»; "
                          "предоставление наставников для проектной и исследовательской деятельности",
    "partner_list": "ФГБОУ ВО «Удмуртский государственный университет»; МБУК «Ключегорская районная библиотека»; "
                    "АНО «Молодёжный центр «Ключ»",
    "external_edu_mentors": 1, "enterprise_mentors": 0, "other_org_mentors": 2,
    "7.1": 2, "pay_acts": 1, "nonmaterial_acts": 1, "7.2": 9,
    "satisfaction_mentees": 93, "satisfaction_mentors": 90, "8.3": 88,
    "own_winners": 3, "own_publications": 14,
})
# 2025 plan column of the gymnasium (decoy)
GYM_PLAN = {
    "mentors_total": 55, "teachers_mentors": 20, "mentors_15_19": 31, "1.1.3": 4, "young_specialists_mentors": 1,
    "mentees_total": 105, "1.3.1": 13, "1.3.2": 92, "young_specialists_mentees": 8, "teachers_other_mentees": 5,
    "young_specialists": 8, "teachers_other": 44, "share_young_specialists_mentees": 100.0,
    "share_teachers_mentees": 25.0, "share_teachers_mentors": 38.0, "share_young_specialists_mentors": 12.5,
    "students_10_19": 615, "mentees_10_19": 90, "mentees_risk": 6, "mentees_disabled": 3,
    "mentees_low_motivation": 12, "mentees_career": 25, "mentees_other_params": 10, "mentees_gifted": 30,
    "share_mentees_10_19": 14.63, "students_15_19": 232, "share_mentors_15_19": 13.36, "2.7": 60,
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "3.3": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1, "3.6": 1, "curators_total": 1, "programmes_total": 3,
    "school_methodical_associations": 1, "kpk_trained": 5, "trainees_internship": 2, "4.7": 12, "4.8": 58,
    "pp_total": 25, "pp_pupil_pupil": 10, "pp_teacher_teacher": 5, "pp_head_teacher": 2, "pp_teacher_pupil": 7,
    "pp_student_pupil": 1, "pp_student_student": 0, "pp_other": 0, "teachers_in_pp": 18,
    "agreements_edu_orgs": 1, "agreements_enterprises": 1, "agreements_other_orgs": 2,
    "external_edu_mentors": 1, "enterprise_mentors": 1, "other_org_mentors": 2,
    "7.1": 2, "pay_acts": 1, "nonmaterial_acts": 1, "7.2": 10,
    "satisfaction_mentees": 95, "satisfaction_mentors": 92, "8.3": 90, "own_winners": 4, "own_publications": 16,
}
GY = "https://gimnaziya-klyuchegorsk.edu.ru/"
GYM_LINKS = {
    "mentors_total": "https://disk.yandex.ru/i/kG7nq2Wd0pLxTa",
    "mentees_total": "https://disk.yandex.ru/i/Rq4vZ1mHc8sYbE",
    "mentees_10_19": "https://disk.yandex.ru/i/Rq4vZ1mHc8sYbE",
    "mentees_gifted": GY + "upload/nastavnichestvo/reestr_odarennyh_2024.pdf",
    "orgs_regulation_teachers": GY + "upload/docs/polozhenie_o_sisteme_nastavnichestva_ped.pdf",
    "orgs_regulation_students": GY + "upload/docs/polozhenie_o_nastavnichestve_obuch.pdf",
    "orgs_monitoring_order": GY + "upload/docs/prikaz_89-od_monitoring.pdf",
    "internal_monitoring_notes": "https://cloud.mail.ru/public/3xQd/Vn8TpLk2e",
    "curators_total": GY + "upload/docs/prikaz_12-od_kurator.pdf",
    "kpk_trained": "https://cloud.mail.ru/public/7hWs/K2mZr9cQa",
    "pp_total": "https://disk.yandex.ru/d/PpN_gimn_2024",
    "agreements_edu_orgs": GY + "upload/docs/dogovor_udgu_2024.pdf",
    "agreements_other_orgs": GY + "upload/docs/soglasheniya_partnery_2024.pdf",
    "pay_acts": GY + "upload/docs/polozhenie_ob_oplate_truda.pdf",
    "nonmaterial_acts": GY + "upload/docs/polozhenie_o_nematerialnom_pooshchrenii.pdf",
    "satisfaction_mentees": "https://cloud.mail.ru/public/9aBc/ankety_2024",
    "satisfaction_mentors": "https://cloud.mail.ru/public/9aBc/ankety_2024",
}

PYCH_TRUE = {  # the small school's true figures (the form shows only a part)
    "mentors_total": 9, "teachers_mentors": 5, "mentors_15_19": 4, "young_specialists_mentors": 0,
    "mentees_total": 13, "young_specialists_mentees": 1, "teachers_other_mentees": 2,
    "young_specialists": 1, "teachers_other": 14,
    "students_10_19": 58, "mentees_10_19": 10, "mentees_risk": 2, "mentees_disabled": 3,
    "mentees_low_motivation": 4, "mentees_gifted": 0, "students_15_19": 12,
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 0,
    "internal_monitoring_notes": 0, "curators_total": 1, "school_methodical_associations": 0,
    "kpk_trained": 1, "pp_total": 4, "pp_pupil_pupil": 2, "pp_teacher_teacher": 2, "teachers_in_pp": 2,
    "programmes_total": 1, "agreements_edu_orgs": 0, "agreements_enterprises": 0, "agreements_other_orgs": 0,
    "enterprise_mentors": 0, "satisfaction_mentees": None, "satisfaction_mentors": None,
}
PY = "https://shkolapychasskaya-r18.gosweb.gosuslugi.ru/netcat_files/"

STAR = with_shares({
    "mentors_total": 25, "teachers_mentors": 9, "mentors_15_19": 14, "1.1.3": 2,
    "young_specialists_mentors": 0,
    "mentees_total": 48, "1.3.1": 7, "1.3.2": 41,
    "young_specialists_mentees": 4, "teachers_other_mentees": 3,
    "young_specialists": 4, "teachers_other": 26,
    "students_10_19": 190, "mentees_10_19": 36, "mentees_risk": 5, "mentees_disabled": 4,
    "mentees_low_motivation": 9, "mentees_career": 11, "mentees_other_params": 3, "mentees_gifted": 4,
    "students_15_19": 64,
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "3.3": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1, "3.6": 1,
    "curators_total": 1, "programmes_total": 2, "school_methodical_associations": 1, "kpk_trained": 3,
    "kpk_courses": "«Реализация целевой модели наставничества в общеобразовательной организации» (72 ч.)",
    "trainees_internship": 0, "4.8": 30,
    "pp_total": 14, "pp_pupil_pupil": 5, "pp_teacher_teacher": 3, "pp_head_teacher": 1,
    "pp_teacher_pupil": 4, "pp_student_pupil": 0, "pp_student_student": 0, "pp_other": 1,
    "teachers_in_pp": 11,
    "agreements_edu_orgs": 0, "agreements_enterprises": 1, "agreements_other_orgs": 0,
    "agreement_subjects": "Наставничество по форме «работодатель – ученик» (агроклассы), организация "
                          "профессиональных проб на базе предприятия",
    "partner_list": "СПК «Колхоз «Заря»",
    "enterprise_mentors": 2, "external_edu_mentors": 0, "other_org_mentors": 0,
    "7.1": 1, "7.2": 4,
    "satisfaction_mentees": 86.0, "satisfaction_mentors": 89.5, "8.3": 81,
})
ST = "https://starokiyasskaya-shkola.gosuslugi.ru/netcat_files/nastavnik/"
STAR_LINKS = {
    "mentors_total": ST + "Prikaz_45_nastavniki.pdf",
    "mentees_total": ST + "Prikaz_46_pary.pdf",
    "young_specialists_mentees": ST + "Prikaz_46_pary.pdf",
    "mentees_10_19": ST + "Baza_nastavlyaemyh.pdf",
    "orgs_regulation_teachers": ST + "Polozhenie_ped.pdf",
    "orgs_regulation_students": ST + "Polozhenie_obuch.pdf",
    "orgs_monitoring_order": ST + "Prikaz_monitoring.pdf",
    "internal_monitoring_notes": ST + "Spravka_monitoring_2024.pdf",
    "curators_total": ST + "Prikaz_kurator.pdf",
    "programmes_total": ST + "Programma_nastavnichestva.pdf",
    "kpk_trained": ST + "KPK_2024.pdf",
    "pp_total": ST + "PPN_2024.pdf",
    "agreements_enterprises": ST + "Soglashenie_kolhoz_zarya.pdf",
    "satisfaction_mentees": ST + "Anketirovanie_2024.pdf",
}

CDT = with_shares({
    "mentors_total": 19, "teachers_mentors": 12, "mentors_15_19": 6, "1.1.3": 1,
    "young_specialists_mentors": 0,
    "mentees_total": 58, "1.3.1": 3, "1.3.2": 55,
    "young_specialists_mentees": 2, "teachers_other_mentees": 1,
    "young_specialists": 2, "teachers_other": 31,
    "students_10_19": 640, "mentees_10_19": 48, "mentees_risk": 3, "mentees_disabled": 2,
    "mentees_gifted": 15, "students_15_19": 170,
    "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "orgs_monitoring_order": 1,
    "internal_monitoring_notes": 1,
    "curators_total": 1, "school_methodical_associations": 1, "kpk_trained": 2,
    "pp_total": 8, "pp_pupil_pupil": 3, "pp_teacher_teacher": 2, "pp_teacher_pupil": 3,
    "teachers_in_pp": 5, "programmes_total": 2,
    "agreements_other_orgs": 1, "other_org_mentors": 1,
    "partner_list": "МБУК «Ключегорский районный краеведческий музей»",
    "satisfaction_mentees": 95, "satisfaction_mentors": 92,
    "own_groups": 7, "own_part_timers": 2,
})
CD = "https://cdt-klyuchegorsk.edu.ru/"
CDT_LINKS = {
    "mentors_total": CD + "files/nastavnichestvo/prikaz_31_nastavniki_2024.pdf",
    "mentees_total": CD + "files/nastavnichestvo/prikaz_32_nastavlyaemye_2024.pdf",
    "orgs_regulation_teachers": CD + "files/docs/polozhenie_nastavnichestvo_pdo.pdf",
    "orgs_regulation_students": CD + "files/docs/polozhenie_nastavnichestvo_obuch.pdf",
    "orgs_monitoring_order": CD + "files/docs/prikaz_monitoring_2024.pdf",
    "internal_monitoring_notes": CD + "files/docs/spravka_monitoring_2024.pdf",
    "pp_total": CD + "files/nastavnichestvo/ppn_2024.pdf",
    "agreements_other_orgs": CD + "files/docs/soglashenie_muzei.pdf",
}

# the cluster of three rural schools (file 7)
CLUSTER = [
    ("МБОУ «Верхнеключинская СОШ»", with_shares({
        "mentors_total": 17, "teachers_mentors": 7, "mentors_15_19": 9, "1.1.3": 1, "mentees_total": 35,
        "young_specialists_mentees": 2, "young_specialists": 2, "teachers_other": 21,
        "students_10_19": 140, "mentees_10_19": 24, "students_15_19": 45,
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "3.3": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 1, "pp_total": 9, "teachers_in_pp": 6,
        "kpk_trained": 1, "school_methodical_associations": 1,
        "satisfaction_mentees": 90, "satisfaction_mentors": 87})),
    ("МБОУ «Сосновская ООШ»", with_shares({
        "mentors_total": 6, "teachers_mentors": 4, "mentors_15_19": 2, "1.1.3": 0, "mentees_total": 12,
        "young_specialists_mentees": 1, "young_specialists": 1, "teachers_other": 11,
        "students_10_19": 41, "mentees_10_19": 9, "students_15_19": 8,
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 0, "3.3": 0, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 1, "pp_total": 3, "teachers_in_pp": 2,
        "kpk_trained": 0, "school_methodical_associations": 0,
        "satisfaction_mentees": None, "satisfaction_mentors": None})),
    ("МБОУ «Ершовская СОШ»", with_shares({
        "mentors_total": 15, "teachers_mentors": 6, "mentors_15_19": 8, "1.1.3": 1, "mentees_total": 30,
        "young_specialists_mentees": 3, "young_specialists": 3, "teachers_other": 19,
        "students_10_19": 118, "mentees_10_19": 20, "students_15_19": 36,
        "orgs_regulation_teachers": 1, "orgs_regulation_students": 1, "3.3": 1, "orgs_monitoring_order": 1,
        "internal_monitoring_notes": 1, "curators_total": 1, "pp_total": 7, "teachers_in_pp": 5,
        "kpk_trained": 1, "school_methodical_associations": 1,
        "satisfaction_mentees": 88, "satisfaction_mentors": 91})),
]
CLUSTER_LINKS = [
    {"mentors_total": "https://verhneklyuchinskaya-r18.gosweb.gosuslugi.ru/netcat_files/prikaz_nastavniki_2024.pdf",
     "orgs_regulation_teachers": "https://verhneklyuchinskaya-r18.gosweb.gosuslugi.ru/netcat_files/polozhenie_ped.pdf",
     "orgs_regulation_students": "https://verhneklyuchinskaya-r18.gosweb.gosuslugi.ru/netcat_files/polozhenie_obuch.pdf",
     "pp_total": "https://verhneklyuchinskaya-r18.gosweb.gosuslugi.ru/netcat_files/ppn_2024.pdf"},
    {"mentors_total": "https://sosnovskaya-oosh.gosuslugi.ru/netcat_files/prikaz_nastavnichestvo.pdf",
     "orgs_regulation_teachers": "https://sosnovskaya-oosh.gosuslugi.ru/netcat_files/polozhenie.pdf"},
    {"mentors_total": "https://disk.yandex.ru/d/ershovo_nastavniki_2024",
     "orgs_regulation_teachers": "https://ershovskaya-shkola.edu.ru/sveden/document/polozhenie_nastavnichestvo.pdf",
     "orgs_regulation_students": "https://ershovskaya-shkola.edu.ru/sveden/document/polozhenie_nastavnichestvo.pdf",
     "pp_total": "https://disk.yandex.ru/d/ershovo_ppn_2024"},
]

# the six organisations that are not in this set (4 schools, 2 ДОП), summed, for the municipal form
OTHERS = {
    "n": 6, "mentors_total": 71, "teachers_mentors": 30, "mentors_15_19": 36, "mentees_total": 160,
    "young_specialists_mentees": 9, "teachers_other_mentees": 7, "young_specialists": 10, "teachers_other": 118,
    "young_specialists_mentors": 1,
    "students_10_19": 1210, "mentees_10_19": 121, "students_15_19": 300,
    "orgs_regulation_teachers": 5, "orgs_regulation_students": 5, "orgs_monitoring_order": 6,
    "internal_monitoring_notes": 6, "curators_total": 6, "school_methodical_associations": 4, "kpk_trained": 5,
    "pp_total": 27, "teachers_in_pp": 18, "agreements_edu_orgs": 1, "agreements_enterprises": 2,
    "agreements_other_orgs": 2, "enterprise_mentors": 3,
    "satisfaction_mentees": [89, 92, 87, 90, 94], "satisfaction_mentors": [86, 90, 88, 91, 93],
}


# --------------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------------
EXPECTED = []
CELLS = []

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
OWN_FILL = PatternFill("solid", fgColor="FFF2CC")


def rec(fname, sheet, cell, cid, kind, expected, org_index=None, via=None):
    e = {"file": "typed/" + fname, "sheet": sheet, "cell": cell, "criterion": cid, "kind": kind,
         "expected": expected}
    if org_index is not None:
        e["org_index"] = org_index
    if via:
        e["via"] = via
    CELLS.append(e)


def boxed(ws, row, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row=row, column=c).border = BORDER
        ws.cell(row=row, column=c).alignment = WRAP


def yes_no_text(v, cap=False):
    t = "да" if v else "нет"
    return t.capitalize() if cap else t


# --------------------------------------------------------------------------------------------
# File 1: МБОУ «Ключегорская СОШ № 1» — the draft used exactly, all filled
# --------------------------------------------------------------------------------------------
def file_sosh1():
    fname = "01_sosh1_forma2025_za2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг_2025"
    org = "МБОУ «Ключегорская СОШ № 1»"
    ws["E1"] = "ПРОЕКТ"
    ws["E1"].font = BOLD
    ws["A2"] = ("Приложение 2 к письму Министерства образования и науки Удмуртской Республики "
                "от ___.___.2025 № ________")
    ws["A3"] = ("Форма мониторинга реализации региональной целевой модели (системы) наставничества "
                "педагогических работников и обучающихся на 2025 год")
    ws["A3"].font = BOLD
    ws.merge_cells("A3:E3")
    ws["A4"] = "Наименование образовательной организации:"
    ws["C4"] = org
    ws["A5"] = "Муниципальное образование:"
    ws["C5"] = "Ключегорский район"
    ws["A6"] = "Отчётный период:"
    ws["C6"] = "2024 год"
    hdr = ["№ п/п", "Наименование показателя", "Единица измерения", "Значение показателя",
           "Ссылка на подтверждающий документ"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=8, column=i, value=h).font = BOLD
        ws.cell(row=8, column=i).fill = HEAD_FILL
    boxed(ws, 8, 5)
    for i in range(1, 6):
        ws.cell(row=9, column=i, value=i)
    boxed(ws, 9, 5)
    r = 10
    values, links, notc, heads = {}, {}, [], []
    for code, title, unit, cid in DRAFT:
        if cid == H:
            ws.cell(row=r, column=1, value=title).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            heads.append(title)
            boxed(ws, r, 5)
            r += 1
            continue
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=title)
        ws.cell(row=r, column=3, value=unit)
        key = cid if cid else code
        v = SOSH1[key]
        c = ws.cell(row=r, column=4, value=(round(v / 100.0, 6) if unit == "%" and cid and cid.startswith("share") else v))
        if unit == "%" and cid and cid.startswith("share"):
            c.number_format = "0.00%"
        if cid:
            values[cid] = v
            rec(fname, ws.title, c.coordinate, cid, "value", v)
            if cid in SOSH1_LINKS:
                lc = ws.cell(row=r, column=5, value=SOSH1_LINKS[cid])
                links[cid] = SOSH1_LINKS[cid]
                rec(fname, ws.title, lc.coordinate, cid, "link", SOSH1_LINKS[cid])
        else:
            notc.append(title)
        boxed(ws, r, 5)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Руководитель ОО ____________ / Н.В. Корепанова /")
    ws.cell(row=r + 1, column=1, value="Исполнитель: Шкляева Т.А., куратор ЦМН, тел. 8 (34152) 3-12-47")
    for col, w in zip("ABCDE", (8, 70, 12, 14, 60)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "organisation": org, "values": values,
                     "links": links, "not_criteria": notc, "headings": heads})


# --------------------------------------------------------------------------------------------
# File 2: МБОУ «Ключегорская гимназия» — draft + 2025 plan column + own rows
# --------------------------------------------------------------------------------------------
def file_gym():
    fname = "02_gimnaziya_monitoring_CMN_2024_forma2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    org = "МБОУ «Ключегорская гимназия»"
    ws["A1"] = "Мониторинг ЦМН (форма 2025 г., проект) — данные за 2024 год"
    ws["A1"].font = BOLD
    ws["A2"] = "Образовательная организация: " + org
    hdr = ["№", "Показатель (формулировка проекта 2025 г.)", "Ед. изм.", "2024 (факт)", "2025 (план)",
           "Ссылка на документ", "Примечание"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = BOLD
        ws.cell(row=4, column=i).fill = HEAD_FILL
    boxed(ws, 4, 7)
    rows = []
    for code, title, unit, cid in DRAFT:
        if code == "2.7":
            continue  # the gymnasium deleted the «Движение Первых» row
        rows.append((code, title, unit, cid, False))
        if code == "7.1":
            rows.append(("7.1.1", "в т.ч. о материальном стимулировании (доплаты, премии за наставничество)",
                         "ед.", "pay_acts", True))
            rows.append(("7.1.2", "в т.ч. о нематериальном поощрении наставников", "ед.", "nonmaterial_acts", True))
    rows.append(("IX", "Дополнительно (по инициативе гимназии)", "", H, True))
    rows.append(("9.1", "Количество наставников – победителей и призёров конкурсов профессионального мастерства",
                 "чел.", "own_winners", True))
    rows.append(("9.2", "Количество публикаций о наставнических практиках на сайте гимназии и в сообществе ВК",
                 "ед.", "own_publications", True))
    OWN_NC = {"own_winners", "own_publications"}
    GYM_BLANK = {"4.5", "4.6", "5.1.6", "5.1.7", "6.6", "6.7", "6.8"}
    r = 5
    values, links, notc, heads = {}, {}, [], []
    for code, title, unit, cid, own in rows:
        if cid == H:
            ws.cell(row=r, column=1, value=code).font = BOLD
            ws.cell(row=r, column=2, value=title).font = BOLD
            heads.append(title)
            boxed(ws, r, 7)
            if own:
                for c in range(1, 8):
                    ws.cell(row=r, column=c).fill = OWN_FILL
            r += 1
            continue
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=title)
        ws.cell(row=r, column=3, value=unit)
        if code in GYM_BLANK:
            if code.startswith("6."):
                ws.cell(row=r, column=7, value="учтены в п. 1.1.3")
            boxed(ws, r, 7)
            r += 1
            continue
        key = cid if (cid and cid not in OWN_NC) else (cid or code)
        v = GYM[key]
        plan = GYM_PLAN.get(key)
        is_crit = cid is not None and cid not in OWN_NC
        shown = v
        if unit == "1/0":
            shown = yes_no_text(v)
            plan = yes_no_text(plan) if plan is not None else None
        c = ws.cell(row=r, column=4, value=shown)
        if unit == "%":
            c.number_format = "0.00"
        if plan is not None:
            ws.cell(row=r, column=5, value=plan)
        if is_crit:
            values[cid] = v
            rec(fname, ws.title, c.coordinate, cid, "value", v)
            if cid in GYM_LINKS:
                lc = ws.cell(row=r, column=6, value=GYM_LINKS[cid])
                links[cid] = GYM_LINKS[cid]
                rec(fname, ws.title, lc.coordinate, cid, "link", GYM_LINKS[cid])
        else:
            notc.append(title)
        if own:
            ws.cell(row=r, column=7, value="строка добавлена ОО")
            for cc in range(1, 8):
                ws.cell(row=r, column=cc).fill = OWN_FILL
        boxed(ws, r, 7)
        r += 1
    notc.append("2025 (план)")
    ws.cell(row=r + 1, column=2, value="Директор гимназии ______________ Л.Р. Вахрушева")
    for col, w in zip("ABCDEFG", (7, 72, 9, 12, 12, 55, 20)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "organisation": org, "values": values,
                     "links": links, "not_criteria": notc, "headings": heads})


# --------------------------------------------------------------------------------------------
# File 3: МБОУ «Пычасская ООШ» — the draft half-filled
# --------------------------------------------------------------------------------------------
def file_pych():
    fname = "03_pychasskaya_oosh_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма"
    org = "МБОУ «Пычасская ООШ»"
    ws["E1"] = "ПРОЕКТ"
    ws["A2"] = ("Форма мониторинга реализации региональной целевой модели (системы) наставничества "
                "педагогических работников и обучающихся на 2025 год")
    ws["A2"].font = BOLD
    ws["A3"] = "Наименование образовательной организации:"
    ws["C3"] = org
    hdr = ["№ п/п", "Наименование показателя", "Единица измерения", "Значение за 2024 год",
           "Ссылка на подтверждающий документ"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h).font = BOLD
    boxed(ws, 5, 5)
    T = PYCH_TRUE
    # what the school actually typed, by draft code; absent = left blank
    typed = {
        "1.1.1": T["teachers_mentors"], "1.1.2": T["mentors_15_19"], "1.1.3": "—",
        "1.3": T["mentees_total"], "1.4": T["young_specialists_mentees"], "1.5": T["teachers_other_mentees"],
        "1.6": T["young_specialists"], "1.7": T["teachers_other"], "1.8": "100 %",
        "2.1": T["students_10_19"], "2.2": T["mentees_10_19"], "2.2.1": T["mentees_risk"],
        "2.2.2": T["mentees_disabled"], "2.2.3": T["mentees_low_motivation"], "2.3": 0,
        "2.4": "17,2 %", "2.5": T["students_15_19"], "2.6": "33,3 %",
        "3.1": "да", "3.2": "да", "3.3": "да", "3.4": "нет", "3.5": "в работе",
        "4.1": 1, "4.3": 0, "4.4": 1,
        "4.5": "«Наставничество как ресурс профессионального роста педагога» (ЦНППМ, 16 ч.)",
        "5.1": 4, "5.1.1": 2, "5.1.2": 2,
        "8.1": "программы не завершены", "8.2": "программы не завершены",
    }
    # expected value of what was typed (None = not a value)
    meaning = {
        "1.8": 100.0, "2.4": 17.2, "2.6": 33.3, "3.1": 1, "3.2": 1, "3.4": 0, "3.5": None, "1.1.3": None,
        "8.1": None, "8.2": None,
    }
    plinks = {
        "teachers_mentors": PY + "prikaz_nastavniki_2024-25.pdf",
        "mentees_total": PY + "prikaz_nastavniki_2024-25.pdf",
        "orgs_regulation_teachers": PY + "polozhenie_o_nastavnichestve.pdf",
        "orgs_regulation_students": PY + "polozhenie_o_nastavnichestve.pdf",
        "pp_total": PY + "ppn_2024.pdf",
    }
    r = 6
    values, links, notc, heads = {}, {}, [], []
    for code, title, unit, cid in DRAFT:
        if cid == H:
            ws.cell(row=r, column=1, value=title).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            heads.append(title)
            boxed(ws, r, 5)
            r += 1
            continue
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=title)
        ws.cell(row=r, column=3, value=unit)
        if cid is None:
            notc.append(title)
        if code in typed:
            c = ws.cell(row=r, column=4, value=typed[code])
            exp = meaning.get(code, typed[code])
            if cid and exp is not None:
                values[cid] = exp
                rec(fname, ws.title, c.coordinate, cid, "value", exp)
        if cid in plinks:
            lc = ws.cell(row=r, column=5, value=plinks[cid])
            links[cid] = plinks[cid]
            rec(fname, ws.title, lc.coordinate, cid, "link", plinks[cid])
        boxed(ws, r, 5)
        r += 1
    ws.cell(row=r + 1, column=1, value="Исполнитель: Ившина Г.П., зам. директора по УВР")
    for col, w in zip("ABCDE", (8, 70, 12, 16, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "organisation": org, "values": values,
                     "links": links, "not_criteria": notc, "headings": heads})


# --------------------------------------------------------------------------------------------
# File 4: Старокиясская СОШ — instruction sheet + form sheet, hyperlinks «открыть»
# --------------------------------------------------------------------------------------------
def file_star():
    fname = "04_starokiyasskaya_sosh_CMN.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Инструкция"
    lines = [
        "Порядок заполнения формы мониторинга ЦМН (проект на 2025 год)",
        "1. Форма заполняется образовательной организацией в электронном виде.",
        "2. Численность наставников и наставляемых указывается в соответствии с распорядительными актами ОО.",
        "3. В строках «в том числе» указываются сведения, входящие в итоговую строку.",
        "4. Удельный вес рассчитывается автоматически либо вносится в процентах с точностью до 0,01.",
        "5. В графе «Документ» указывается активная ссылка на документ, размещённый на официальном сайте ОО.",
        "6. Строки, отмеченные как «новый показатель», заполняются при наличии данных.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = BOLD
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Форма")
    org = "Муниципальное бюджетное общеобразовательное учреждение «Старокиясская средняя общеобразовательная школа»"
    ws["A1"] = "ФОРМА МОНИТОРИНГА ЦМН – 2025 (ПРОЕКТ)"
    ws["A1"].font = BOLD
    ws["A2"] = "Организация: " + org
    ws["A3"] = "Данные приведены за 2024 год (по состоянию на 31.12.2024)"
    hdr = ["Код", "Показатель", "Значение", "Документ"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h).font = BOLD
        ws.cell(row=5, column=i).fill = HEAD_FILL
    boxed(ws, 5, 4)
    drop = {"1.3.1", "1.3.2", "2.2.5", "2.7", "4.6", "4.7", "5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5",
            "5.1.6", "5.1.7", "6.1", "6.3", "6.4", "6.6", "6.8"}
    r = 6
    values, links, notc, heads = {}, {}, [], []
    for code, title, unit, cid in DRAFT:
        if code in drop:
            continue
        if cid == H:
            ws.cell(row=r, column=1, value=code).font = BOLD
            ws.cell(row=r, column=2, value=title.split(". ", 1)[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            heads.append(title.split(". ", 1)[1])
            boxed(ws, r, 4)
            r += 1
            continue
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=title + (", %" if unit == "%" else ""))
        key = cid if cid else code
        v = STAR[key]
        if unit == "1/0":
            shown = yes_no_text(v, cap=True)
        elif unit == "%":
            shown = round(v / 100.0, 6)  # shares, satisfaction and completion as percent-formatted fractions
        else:
            shown = v
        c = ws.cell(row=r, column=3, value=shown)
        if unit == "%":
            c.number_format = "0.00%"
        if cid:
            values[cid] = v
            rec(fname, ws.title, c.coordinate, cid, "value", v)
            if cid in STAR_LINKS:
                lc = ws.cell(row=r, column=4, value="открыть")
                lc.hyperlink = STAR_LINKS[cid]
                lc.font = Font(color="0563C1", underline="single")
                links[cid] = STAR_LINKS[cid]
                rec(fname, ws.title, lc.coordinate, cid, "link", STAR_LINKS[cid], via="hyperlink")
        else:
            notc.append(title)
        boxed(ws, r, 4)
        r += 1
    for col, w in zip("ABCD", (8, 80, 12, 12)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "organisation": org, "values": values,
                     "links": links, "not_criteria": notc, "headings": heads})


# --------------------------------------------------------------------------------------------
# File 5: МБУ ДО «Ключегорский ЦДТ» — rows deleted, «не заполняется», own rows added
# --------------------------------------------------------------------------------------------
def file_cdt():
    fname = "05_CDT_nastavnichestvo_2024.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦДТ_2024"
    org = "МБУ ДО «Ключегорский центр детского творчества»"
    ws["A1"] = org
    ws["A1"].font = BOLD
    ws["A2"] = "Мониторинг наставничества по форме 2025 года (проект) за 2024 год"
    hdr = ["Раздел / №", "Показатель", "Значение (2024)", "Источник информации / ссылка"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = BOLD
    boxed(ws, 4, 4)
    keep = ["I", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.3", "1.3.1", "1.3.2", "1.4", "1.5", "1.6", "1.7",
            "1.8",
            "II", "2.1", "2.2", "2.2.1", "2.2.2", "2.2.3", "2.3", "2.4", "2.5", "2.6",
            "III", "3.1", "3.2", "3.4", "3.5",
            "IV", "4.1", "4.3", "4.4",
            "V", "5.1",
            "VI", "6.3", "6.5", "6.8",
            "VIII", "8.1", "8.2"]
    not_filled = {"2.2.3"}
    r = 5
    values, links, notc, heads = {}, {}, [], []
    for code in keep:
        _, title, unit, cid = DRAFT_BY_CODE[code]
        if cid == H:
            ws.cell(row=r, column=1, value=code).font = BOLD
            ws.cell(row=r, column=2, value=title).font = BOLD
            heads.append(title)
            boxed(ws, r, 4)
            r += 1
            continue
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=title)
        if code in not_filled:
            ws.cell(row=r, column=3, value="не заполняется (ОДО)")
        else:
            key = cid if cid else code
            v = CDT[key]
            shown = (1 if v else 0) if unit == "1/0" else v
            c = ws.cell(row=r, column=3, value=shown)
            if cid:
                values[cid] = v
                rec(fname, ws.title, c.coordinate, cid, "value", v)
        if cid is None:
            notc.append(title)
        if cid in CDT_LINKS:
            lc = ws.cell(row=r, column=4, value=CDT_LINKS[cid])
            links[cid] = CDT_LINKS[cid]
            rec(fname, ws.title, lc.coordinate, cid, "link", CDT_LINKS[cid])
        boxed(ws, r, 4)
        r += 1
    own_head = "Дополнительные сведения ЦДТ (не входят в форму)"
    ws.cell(row=r, column=2, value=own_head).font = BOLD
    heads.append(own_head)
    boxed(ws, r, 4)
    r += 1
    for t, key in (("Количество детских объединений, в которых реализуются программы наставничества",
                    "own_groups"),
                   ("Численность педагогов дополнительного образования – внешних совместителей, "
                    "привлечённых к наставничеству", "own_part_timers")):
        ws.cell(row=r, column=2, value=t)
        ws.cell(row=r, column=3, value=CDT[key])
        notc.append(t)
        boxed(ws, r, 4)
        r += 1
    for col, w in zip("ABCD", (10, 78, 20, 60)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "organisation": org, "values": values,
                     "links": links, "not_criteria": notc, "headings": heads})


# --------------------------------------------------------------------------------------------
# File 6: Управление образования — the municipal draft, 2023 (reference) and 2024 columns
# --------------------------------------------------------------------------------------------
def municipal_2024():
    orgs = [SOSH1, GYM, PYCH_TRUE, STAR, CDT] + [d for _, d in CLUSTER]
    def s(k):
        return sum(o.get(k) or 0 for o in orgs) + OTHERS.get(k, 0)
    m = {}
    for k in ("mentors_total", "teachers_mentors", "mentors_15_19", "mentees_total", "young_specialists_mentees",
              "teachers_other_mentees", "young_specialists", "teachers_other", "young_specialists_mentors",
              "students_10_19", "mentees_10_19", "students_15_19", "orgs_regulation_teachers",
              "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes", "curators_total",
              "school_methodical_associations", "kpk_trained", "pp_total", "teachers_in_pp",
              "agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs", "enterprise_mentors"):
        m[k] = s(k)
    m["orgs_total"] = 8 + OTHERS["n"]
    m["teachers_municipal"] = m["teachers_other"] + m["young_specialists"]
    m["young_specialists_municipal"] = m["young_specialists"]
    m["share_teachers_mentors"] = pct(m["teachers_mentors"], m["teachers_municipal"])
    m["share_young_specialists_mentors"] = pct(m["young_specialists_mentors"], m["young_specialists_municipal"])
    m["share_teachers_mentees"] = pct(m["young_specialists_mentees"] + m["teachers_other_mentees"],
                                      m["teachers_municipal"])
    m["share_mentees_10_19"] = pct(m["mentees_10_19"], m["students_10_19"])
    m["share_mentors_15_19"] = pct(m["mentors_15_19"], m["students_15_19"])
    m["share_orgs_teachers_system"] = pct(m["orgs_regulation_teachers"], m["orgs_total"])
    m["share_orgs_students_system"] = pct(m["orgs_regulation_students"], m["orgs_total"])
    for k in ("satisfaction_mentees", "satisfaction_mentors"):
        vals = [o[k] for o in orgs if o.get(k) is not None] + OTHERS[k]
        m[k] = round(sum(vals) / len(vals) + 1e-9, 1)
    m.update({"municipal_order": 1, "municipal_analytic_note": 1, "municipal_methodical_associations": 2,
              "best_practices": 6, "contests": 2, "network_community": 1, "network_mentors": 9,
              "1.4": 12, "4.9": 1, "7.3": 11})
    m["2.1.3"] = m["mentors_total"] - m["teachers_mentors"] - m["mentors_15_19"]
    return m


def file_municipal():
    fname = "06_UO_Klyuchegorsk_monitoring_CMN_2024.xlsx"
    m = municipal_2024()
    # 2023 column: last year's figures (reference only, a decoy)
    m23 = {}
    for k, v in m.items():
        if isinstance(v, int) and k not in ("municipal_order", "municipal_analytic_note", "network_community",
                                            "orgs_total", "municipal_methodical_associations", "4.9"):
            m23[k] = int(v * 0.86)
        else:
            m23[k] = v
    m23["orgs_total"] = 15
    m23["teachers_municipal"] = m23["teachers_other"] + m23["young_specialists"]
    m23["young_specialists_municipal"] = m23["young_specialists"]
    m23["share_teachers_mentors"] = pct(m23["teachers_mentors"], m23["teachers_municipal"])
    m23["share_young_specialists_mentors"] = pct(m23["young_specialists_mentors"], m23["young_specialists_municipal"])
    m23["share_teachers_mentees"] = pct(m23["young_specialists_mentees"] + m23["teachers_other_mentees"],
                                        m23["teachers_municipal"])
    m23["share_mentees_10_19"] = pct(m23["mentees_10_19"], m23["students_10_19"])
    m23["share_mentors_15_19"] = pct(m23["mentors_15_19"], m23["students_15_19"])
    m23["share_orgs_teachers_system"] = pct(m23["orgs_regulation_teachers"], m23["orgs_total"])
    m23["share_orgs_students_system"] = pct(m23["orgs_regulation_students"], m23["orgs_total"])
    m23["satisfaction_mentees"], m23["satisfaction_mentors"] = 85.2, 84.7
    m23["4.9"] = 0

    UO = "https://uo-klyuchegorsk.ru/upload/nastavnichestvo/"
    mlinks = {
        "municipal_order": UO + "prikaz_UO_112_ot_29.08.2024_CMN.pdf",
        "municipal_analytic_note": UO + "analiticheskaya_spravka_monitoring_2024.pdf",
        "orgs_regulation_teachers": UO + "svod_lokalnyh_aktov_OO_2024.xlsx",
        "orgs_regulation_students": UO + "svod_lokalnyh_aktov_OO_2024.xlsx",
        "orgs_monitoring_order": UO + "svod_lokalnyh_aktov_OO_2024.xlsx",
        "municipal_methodical_associations": UO + "prikaz_UO_RMO_nastavnikov.pdf",
        "kpk_trained": "https://disk.yandex.ru/d/UO_Klyuch_KPK_2024",
        "best_practices": "https://uo-klyuchegorsk.ru/nastavnichestvo/luchshie-praktiki/",
        "contests": UO + "prikaz_konkurs_nastavnik_goda_2024.pdf",
        "network_community": UO + "prikaz_setevoe_soobshchestvo.pdf",
        "network_mentors": UO + "prikaz_setevoe_soobshchestvo.pdf",
        "mentors_total": "https://disk.yandex.ru/d/UO_Klyuch_prikazy_OO_2024",
    }
    rows = [
        ("I", "Раздел I. Нормативно-правовое регулирование наставничества на муниципальном уровне", "", H),
        ("1.1", "Наличие распорядительного акта органа управления образованием о реализации ЦМН на территории "
                "муниципального образования (1 – да / 0 – нет)", "1/0", "municipal_order"),
        ("1.2", "Число ОО, утвердивших локальный акт о системе наставничества педагогических работников",
                "ед.", "orgs_regulation_teachers"),
        ("1.3", "Число ОО, утвердивших локальный акт о системе наставничества обучающихся", "ед.",
                "orgs_regulation_students"),
        ("1.4", "Число ОО, в которых утверждены положение и программа наставничества", "ед.", NC),
        ("1.5", "Число ОО, издавших распорядительный акт о мониторинге реализации ЦМН", "ед.",
                "orgs_monitoring_order"),
        ("1.6", "Число справок ОО по результатам внутреннего мониторинга ЦМН", "ед.", "internal_monitoring_notes"),
        ("1.7", "Наличие муниципальной информационно-аналитической справки по результатам мониторинга "
                "(1 – да / 0 – нет)", "1/0", "municipal_analytic_note"),
        ("II", "Раздел II. Кадровый потенциал наставничества", "", H),
        ("2.1", "Численность наставников в ОО муниципалитета (по распорядительным актам ОО), всего", "чел.",
                "mentors_total"),
        ("2.1.1", "в том числе: из числа педагогических работников", "чел.", "teachers_mentors"),
        ("2.1.2", "из числа обучающихся в возрасте 15–19 лет", "чел.", "mentors_15_19"),
        ("2.1.3", "из числа внешних специалистов", "чел.", NC),
        ("2.2", "Численность наставляемых в ОО муниципалитета (по распорядительным актам ОО), всего", "чел.",
                "mentees_total"),
        ("2.3", "Численность педагогических работников ОО муниципалитета (всего)", "чел.", "teachers_municipal"),
        ("2.4", "Численность молодых специалистов (до 35 лет, стаж не более 3 лет) в ОО муниципалитета", "чел.",
                "young_specialists_municipal"),
        ("2.5", "Удельный вес педагогов-наставников в общей численности педагогических работников", "%",
                "share_teachers_mentors"),
        ("2.6", "Удельный вес молодых специалистов-наставников в общей численности молодых специалистов", "%",
                "share_young_specialists_mentors"),
        ("III", "Раздел III. Вовлечение обучающихся в наставнические практики", "", H),
        ("3.1", "Контингент обучающихся в возрасте 10–19 лет", "чел.", "students_10_19"),
        ("3.2", "Численность обучающихся 10–19 лет, закреплённых за наставниками", "чел.", "mentees_10_19"),
        ("3.3", "Удельный вес обучающихся 10–19 лет, охваченных наставничеством в роли наставляемых", "%",
                "share_mentees_10_19"),
        ("3.4", "Контингент обучающихся в возрасте 15–19 лет", "чел.", "students_15_19"),
        ("3.5", "Удельный вес обучающихся 15–19 лет, осуществляющих наставническую деятельность", "%",
                "share_mentors_15_19"),
        ("IV", "Раздел IV. Организационно-методическое сопровождение", "", H),
        ("4.1", "Число подведомственных образовательных организаций", "ед.", "orgs_total"),
        ("4.2", "Удельный вес ОО, реализующих систему наставничества педагогических работников", "%",
                "share_orgs_teachers_system"),
        ("4.3", "Удельный вес ОО, реализующих систему наставничества обучающихся", "%",
                "share_orgs_students_system"),
        ("4.4", "Численность кураторов внедрения ЦМН в ОО", "чел.", "curators_total"),
        ("4.5", "Количество муниципальных (районных) методических объединений (сообществ) наставников", "ед.",
                "municipal_methodical_associations"),
        ("4.6", "Количество методических объединений наставников, действующих в ОО", "ед.",
                "school_methodical_associations"),
        ("4.7", "Численность педагогов, прошедших повышение квалификации по вопросам наставничества "
                "в отчётном календарном году", "чел.", "kpk_trained"),
        ("4.8", "Общее количество ППН, утверждённых в ОО муниципалитета", "ед.", "pp_total"),
        ("4.9", "Наличие муниципального реестра наставников (новый показатель)", "1/0", NC),
        ("V", "Раздел V. Информационное сопровождение и сетевое взаимодействие", "", H),
        ("5.1", "Количество лучших наставнических практик, размещённых на ресурсах муниципалитета и сайте "
                "Сообщества педагогов Удмуртской Республики (за календарный год)", "ед.", "best_practices"),
        ("5.2", "Количество проведённых муниципальных конкурсов профессионального мастерства в сфере "
                "наставничества (за календарный год)", "ед.", "contests"),
        ("5.3", "Функционирование сетевого сообщества педагогов-наставников (1 – да / 0 – нет)", "1/0",
                "network_community"),
        ("5.4", "Численность сетевых наставников", "чел.", "network_mentors"),
        ("VI", "Раздел VI. Социальное партнёрство", "", H),
        ("6.1", "Количество соглашений ОО с предприятиями о привлечении их работников к наставнической "
                "деятельности", "ед.", "agreements_enterprises"),
        ("6.2", "Численность наставников – работников предприятий", "чел.", "enterprise_mentors"),
        ("VII", "Раздел VII. Оценка результативности и популяризация наставничества", "", H),
        ("7.1", "Степень удовлетворённости наставляемых результатами завершённых программ (среднее по ОО)", "%",
                "satisfaction_mentees"),
        ("7.2", "Степень удовлетворённости наставников результатами завершённых программ (среднее по ОО)", "%",
                "satisfaction_mentors"),
        ("7.3", "Количество муниципальных мероприятий по популяризации наставничества (новый показатель)", "ед.",
                NC),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "МО_2024"
    ws["A1"] = "ПРОЕКТ формы муниципального мониторинга реализации ЦМН (2025)"
    ws["A1"].font = BOLD
    ws["A2"] = ("Управление образования Администрации муниципального образования «Муниципальный округ "
                "Ключегорский район Удмуртской Республики»")
    ws["A3"] = "Сведения за 2024 год (для сопоставления приведены данные 2023 года)"
    hdr = ["№", "Показатель", "Ед. изм.", "2023 (справочно)", "2024", "Ссылка на документ"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h).font = BOLD
        ws.cell(row=5, column=i).fill = HEAD_FILL
    boxed(ws, 5, 6)
    r = 6
    values, links, notc, heads = {}, {}, [], []
    for code, title, unit, cid in rows:
        if cid == H:
            ws.cell(row=r, column=1, value=title).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            heads.append(title)
            boxed(ws, r, 6)
            r += 1
            continue
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=title)
        ws.cell(row=r, column=3, value=unit)
        key = cid if cid else code
        ws.cell(row=r, column=4, value=m23[key])
        c = ws.cell(row=r, column=5, value=m[key])
        if unit == "%":
            c.number_format = "0.00"
            ws.cell(row=r, column=4).number_format = "0.00"
        if cid:
            values[cid] = m[key]
            rec(fname, ws.title, c.coordinate, cid, "value", m[key])
            if cid in mlinks:
                lc = ws.cell(row=r, column=6, value=mlinks[cid])
                links[cid] = mlinks[cid]
                rec(fname, ws.title, lc.coordinate, cid, "link", mlinks[cid])
        else:
            notc.append(title)
        boxed(ws, r, 6)
        r += 1
    notc.append("2023 (справочно)")
    ws.cell(row=r + 1, column=2, value="Начальник Управления образования ____________ С.А. Бегишева")
    ws.cell(row=r + 2, column=2, value="Исп. Лекомцева О.Н., методист ИМЦ, 8 (34152) 3-05-18")
    for col, w in zip("ABCDEF", (7, 80, 9, 14, 12, 60)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "organisation": None, "values": values,
                     "links": links, "not_criteria": notc, "headings": heads})


# --------------------------------------------------------------------------------------------
# File 7: куст № 3 — three rural schools side by side on a shortened draft
# --------------------------------------------------------------------------------------------
def file_cluster():
    fname = "07_kust3_svod_forma2025_za2024.xlsx"
    codes = ["I", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.3",
             "II", "2.1", "2.2", "2.4", "2.5", "2.6",
             "III", "3.1", "3.2", "3.3",
             "V", "5.1",
             "VIII", "8.1", "8.2"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Куст_3"
    ws["A1"] = "Сводные сведения по форме мониторинга ЦМН 2025 г. (проект)"
    ws["A1"].font = BOLD
    ws["A2"] = "Куст № 3 (сельские школы) — показатели за 2024 год"
    ws.cell(row=4, column=1, value="№").font = BOLD
    ws.cell(row=4, column=2, value="Показатель").font = BOLD
    names = [n for n, _ in CLUSTER]
    for i, n in enumerate(names):
        col = 3 + 2 * i
        ws.cell(row=4, column=col, value=n).font = BOLD
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(row=5, column=col, value="значение")
        ws.cell(row=5, column=col + 1, value="ссылка")
    boxed(ws, 4, 8)
    boxed(ws, 5, 8)
    r = 6
    values = [{} for _ in names]
    links = [{} for _ in names]
    notc, heads = [], []
    for code in codes:
        _, title, unit, cid = DRAFT_BY_CODE[code]
        if cid == H:
            ws.cell(row=r, column=1, value=title).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            heads.append(title)
            boxed(ws, r, 8)
            r += 1
            continue
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=title + (" (%)" if unit == "%" else ""))
        if cid is None:
            notc.append(title)
        for i, (n, d) in enumerate(CLUSTER):
            col = 3 + 2 * i
            key = cid if cid else code
            v = d.get(key)
            if v is None:
                continue  # left blank (no completed programmes at the school)
            shown = yes_no_text(v, cap=True) if unit == "1/0" else v
            c = ws.cell(row=r, column=col, value=shown)
            if cid:
                values[i][cid] = v
                rec(fname, ws.title, c.coordinate, cid, "value", v, org_index=i)
                if cid in CLUSTER_LINKS[i]:
                    lc = ws.cell(row=r, column=col + 1, value=CLUSTER_LINKS[i][cid])
                    links[i][cid] = CLUSTER_LINKS[i][cid]
                    rec(fname, ws.title, lc.coordinate, cid, "link", CLUSTER_LINKS[i][cid], org_index=i)
        boxed(ws, r, 8)
        r += 1
    ws.cell(row=r + 1, column=2, value="Руководитель куста: Кудрявцева Е.И. (МБОУ «Верхнеключинская СОШ»)")
    for col, w in zip("ABCDEFGH", (7, 70, 12, 30, 12, 30, 12, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": 2024, "organisation": names, "values": values,
                     "links": links, "not_criteria": notc, "headings": heads})


def main():
    file_sosh1()
    file_gym()
    file_pych()
    file_star()
    file_cdt()
    file_municipal()
    file_cluster()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(CELLS, f, ensure_ascii=False, indent=1)
    nv = sum(1 for c in CELLS if c["kind"] == "value")
    nl = sum(1 for c in CELLS if c["kind"] == "link")
    print("files:", len(EXPECTED), "values:", nv, "links:", nl)
    for e in EXPECTED:
        vv = e["values"]
        n = sum(len(x) for x in vv) if isinstance(vv, list) else len(vv)
        ll = e["links"]
        nlk = sum(len(x) for x in ll) if isinstance(ll, list) else len(ll)
        print(" ", e["file"], n, nlk)


if __name__ == "__main__":
    main()
