#!/usr/bin/env python3
"""heldout87: schools' ЦМН forms after the municipal methodologist checked them and sent them back.

The school's columns («Показатель | Значение | Ссылка») plus the reviewer's columns on the right: «Проверено (да/нет)»,
«Замечание методиста», «Исправленное значение», «Статус». Writes typed/*.xlsx, expected.json and cells.json.
Deterministic: fixed data, random.Random(87) only for cloud-link ids.

Which value is the form's 2024 value (see README «Judgement calls»):
  * a number (or да/нет, or text) in the reviewer's «Исправленное значение» → that correction;
  * in the file whose reviewer column is «Значение (после проверки)» (filled on every row) → that column;
  * a corrected second version where the school changed its value and the reviewer wrote «исправлено» → the
    school's (new) value;
  * the reviewer disputes the figure but gives no number in her value column → "ambiguous";
  * otherwise (ок, only the link questioned, not checked) → the school's value.
"""
import datetime
import json
import pathlib
import random
import re
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
rng = random.Random(87)

# ---------------------------------------------------------------- catalogue
UNIT = {}
CAT_WORDINGS = set()
with open(CRITERIA, encoding="utf-8") as fh:
    head = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        f = dict(zip(head, line.rstrip("\n").split("\t")))
        UNIT[f["id"]] = f["unit"]
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if f.get(k):
                CAT_WORDINGS.add(f[k].strip().lower())

# ---------------------------------------------------------------- link ids
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def yd():
    return "https://disk.yandex.ru/d/" + "".join(rng.choice(ALNUM + "-_") for _ in range(14))


def gd():
    return "https://drive.google.com/file/d/" + "".join(rng.choice(ALNUM + "-_") for _ in range(33)) + "/view?usp=sharing"


def cm():
    return ("https://cloud.mail.ru/public/" + "".join(rng.choice(ALNUM) for _ in range(4)) + "/"
            + "".join(rng.choice(ALNUM) for _ in range(9)))


# ---------------------------------------------------------------- row builders
def H(title):
    return {"kind": "head", "title": title}


def R(title, crit, v, link=None, chk="да", com="ок", cor=None, st="принято", amb=False, use=None, was=None,
      vfmt=None, cfmt=None, unit=None, changed=False):
    return {"kind": "row", "title": title, "crit": crit, "v": v, "link": link, "chk": chk, "com": com, "cor": cor,
            "st": st, "amb": amb, "use": use, "was": was, "vfmt": vfmt, "cfmt": cfmt, "unit": unit,
            "changed": changed}


# ---------------------------------------------------------------- parsing (the generator's own reading)
YESNO = {"да": 1, "нет": 0, "есть": 1}


def num(s):
    x = float(s.replace(",", "."))
    return int(x) if x.is_integer() else round(x, 2)


def parse(v, fmt, crit):
    unit = UNIT[crit]
    if isinstance(v, (int, float)):
        if fmt and "%" in fmt:
            return num(str(round(v * 100, 2)))
        return v
    s = str(v).replace("\u00a0", " ").strip()
    if unit == "yesno":
        return YESNO[s.lower()]
    if unit == "count":
        if s.lower() in YESNO:          # «да» typed in a count row
            return YESNO[s.lower()]
        return int(re.match(r"\d+", s).group(0))
    if unit in ("share", "level"):
        return num(re.match(r"\d+(?:[.,]\d+)?", s).group(0))
    if unit == "list":
        return "; ".join(p.strip() for p in re.split(r"[;\n]", s) if p.strip())
    return s


def half_up(x, nd=2):
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- styles
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F_OK = PatternFill("solid", fgColor="C6EFCE")      # принято
F_BAD = PatternFill("solid", fgColor="FFC7CE")     # на доработке
F_COR = PatternFill("solid", fgColor="FFEB9C")     # reviewer's correction
F_SCHOOL = PatternFill("solid", fgColor="FFF2CC")  # the school's changed value (second version)
F_HEAD = PatternFill("solid", fgColor="D9E1F2")
F_REV = PatternFill("solid", fgColor="E2EFDA")
F_SEC = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)


# ================================================================ DATA
# ---------------- 01 / 02: МБОУ «Юськинская СОШ № 1», first check and corrected second version
def gos1(n):
    return f"https://sh1-yuski-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-{n}.html"


S1 = {k: gos1(n) for k, n in (("cur", 305), ("reg", 309), ("pairs", 310), ("pay", 311), ("mon23", 287),
                                ("mon24", 352), ("nonmat", 353))}
S1.update(notes=yd(), agr=yd(), pp=yd(), anketa=yd(), kpk=yd(), kpk2=yd())


def sosh1_rows(v2):
    ok = "ок"
    fix = "исправлено"
    rows = [
        H("1. Нормативное обеспечение"),
        R("Приказ об утв. Положения о наставничестве пед. работников (да/нет)", "orgs_regulation_teachers", "да", S1["reg"]),
        R("Приказ об утв. Положения о наставничестве обучающихся (да/нет)", "orgs_regulation_students", "да", S1["reg"]),
        (R("Приказ о проведении внутреннего мониторинга ЦМН в 2024 г. (да/нет)", "orgs_monitoring_order", "да",
           S1["mon23"], com="по ссылке приказ от 02.10.2023 (за 2023 год), приказа о мониторинге на 2024 год нет",
           cor="нет", st="на доработке") if not v2 else
         R("Приказ о проведении внутреннего мониторинга ЦМН в 2024 г. (да/нет)", "orgs_monitoring_order", "да",
           S1["mon24"], com="исправлено, приказ № 145-од от 01.10.2024", changed=True)),
        R("Инф. справка по итогам внутр. мониторинга (да/нет)", "internal_monitoring_notes", "да", S1["notes"]),
        R("Дорожная карта ЦМН на 2024/2025 уч. год (да/нет)", None, "да", S1["reg"]),
        R("Положение о доплатах наставникам (кол-во актов)", "pay_acts", 1, S1["pay"]),
        (R("Положение о нематериальном поощрении наставников (кол-во актов)", "nonmaterial_acts", 1,
           ("text", "D:\\Наставничество\\2024\\Положение_нематериальное_поощрение.docx"),
           com="ссылка на локальный диск, разместить документ на сайте ОО", st="на доработке") if not v2 else
         R("Положение о нематериальном поощрении наставников (кол-во актов)", "nonmaterial_acts", 1, S1["nonmat"],
           com="исправлено, документ размещён на сайте", changed=True)),
        H("2. Организация наставничества"),
        R("Кураторы ЦМН (чел.)", "curators_total", 1, S1["cur"]),
        (R("Наставники по приказу о закреплении, всего (чел.)", "mentors_total", 20, S1["pairs"],
           com="не совпадает с приказом № 112-од, должно быть 18 (родители в число наставников не входят)",
           cor=18, st="на доработке") if not v2 else
         R("Наставники по приказу о закреплении, всего (чел.)", "mentors_total", 18, S1["pairs"], com=fix, cor=18,
           use="value", changed=True)),
        (R("Наставляемые по приказу о закреплении, всего (чел.)", "mentees_total", 131, S1["pairs"],
           com="не совпадает с приказом о закреплении пар, уточнить", st="на доработке", amb=True) if not v2 else
         R("Наставляемые по приказу о закреплении, всего (чел.)", "mentees_total", 127, S1["pairs"],
           com="исправлено (127 по приказу № 112-од)", changed=True)),
        R("Наставнических пар / групп", None, 41, S1["pairs"]),
        R("Соглашения с другими ОО (школы, СПО, вузы), шт.", "agreements_edu_orgs", 2, S1["agr"]),
        R("Соглашения с предприятиями, шт.", "agreements_enterprises", 1, S1["agr"]),
        R("Соглашения с иными организациями (НКО и др.), шт.", "agreements_other_orgs", 1, S1["agr"]),
        R("Организации-партнёры (перечислить)", "partner_list",
          "МБОУ «Юськинская СОШ № 2»; ГБПОУ УР «Юськинский аграрный техникум»; ООО «Агрофирма «Юськи»; "
          "АНО «Центр развития «Вектор»", S1["agr"]),
        R("Наставники из других ОО (по приказу), чел.", "external_edu_mentors", 1, S1["pairs"]),
        R("Наставники — сотрудники предприятий, чел.", "enterprise_mentors", 1, S1["pairs"]),
        R("Наставники из иных организаций, чел.", "other_org_mentors", 1, S1["pairs"]),
        H("3. Персонализированные программы наставничества (ППН)"),
        (R("ППН всего, шт.", "pp_total", 10, S1["pp"],
           com="форма «учитель – родитель» не является формой наставничества, всего 9", cor=9, st="на доработке")
         if not v2 else R("ППН всего, шт.", "pp_total", 9, S1["pp"], com=fix, cor=9, use="value", changed=True)),
        R("   форма «ученик – ученик»", "pp_pupil_pupil", 3, S1["pp"]),
        R("   форма «учитель – учитель»", "pp_teacher_teacher", 4, S1["pp"]),
        R("   форма «руководитель – педагог»", "pp_head_teacher", 1, S1["pp"]),
        R("   форма «учитель – ученик»", "pp_teacher_pupil", 1, S1["pp"]),
        (R("   иная форма (указать): «учитель – родитель»", "pp_other", 1, S1["pp"],
           com="не засчитано (см. п. 3.1)", cor=0, st="на доработке") if not v2 else
         R("   иная форма (указать)", "pp_other", 0, ("text", "—"), com=fix, changed=True)),
        H("4. Обучающиеся в программах наставничества"),
        R("Обучающихся 10–19 лет в ОО (всего)", "students_10_19", 452, None, chk="нет", com=None, st=None),
        R("из них наставляемые (по приказу)", "mentees_10_19", 112, S1["pairs"]),
        R("в т.ч. «группа риска»", "mentees_risk", 9, S1["pairs"]),
        R("в т.ч. одарённые (в реестре)", "mentees_gifted", 7, S1["pairs"]),
        R("в т.ч. с ОВЗ и дети-инвалиды", "mentees_disabled", 6, S1["pairs"]),
        R("в т.ч. низкая мотивация, неуспевающие", "mentees_low_motivation", 21, S1["pairs"]),
        R("в т.ч. затрудняются с выбором профессии", "mentees_career", 30, S1["pairs"]),
        R("в т.ч. по иным основаниям", "mentees_other_params", 39, S1["pairs"]),
        (R("Доля наставляемых 10–19 лет, %", "share_mentees_10_19", "14,36",
           com="доля считается от обучающихся 10–19 лет (112 из 452), а не от всех обучающихся", cor=24.78,
           st="на доработке") if not v2 else
         R("Доля наставляемых 10–19 лет, %", "share_mentees_10_19", "24,78", com=fix, changed=True)),
        R("Обучающихся 15–19 лет в ОО (всего)", "students_15_19", 118, None, chk="нет", com=None, st=None),
        R("Обучающиеся 15–19 лет — наставники (по приказу)", "mentors_15_19", 5, S1["pairs"]),
        R("Доля наставников 15–19 лет, %", "share_mentors_15_19", "4,24"),
        H("5. Удовлетворённость участников (анкетирование)"),
        (R("Удовлетворённость наставляемых, %", "satisfaction_mentees", "4,6 балла", S1["anketa"],
           com="указать в процентах (по итогам анкетирования — 92 %)", cor=92, st="на доработке") if not v2 else
         R("Удовлетворённость наставляемых, %", "satisfaction_mentees", "92 %", S1["anketa"], com=fix, changed=True)),
        R("Удовлетворённость наставников, %", "satisfaction_mentors", "95 %", S1["anketa"]),
        H("6. Педагогические работники"),
        R("Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "young_specialists", 6),
        R("МС — в роли наставляемых, чел.", "young_specialists_mentees", 5, S1["pairs"]),
        R("Доля МС-наставляемых, %", "share_young_specialists_mentees", "83,33"),
        R("Педагоги без учёта МС, чел.", "teachers_other", 46),
        R("Педагоги (без МС) — наставляемые, чел.", "teachers_other_mentees", 10, S1["pairs"]),
        R("Доля педагогов-наставляемых (МС + остальные), %", "share_teachers_mentees", "28,85"),
        R("Педагоги — наставники, чел.", "teachers_mentors", 10, S1["pairs"]),
        R("из них МС — наставники, чел.", "young_specialists_mentors", 1, S1["pairs"]),
        R("Доля педагогов-наставников, %", "share_teachers_mentors", "19,23"),
        R("Доля МС-наставников, %", "share_young_specialists_mentors", "16,67"),
        R("Педагоги, участвующие в ППН, чел.", "teachers_in_pp", 10, S1["pp"]),
        (R("Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", 3, S1["kpk"],
           com="ссылка не открывается (доступ к папке закрыт)", st="на доработке") if not v2 else
         R("Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", 3, S1["kpk2"],
           com="исправлено, ссылка открывается", changed=True)),
        R("ШМО наставников, кол-во", "school_methodical_associations", 1, S1["reg"]),
    ]
    return rows


# ---------------- 03: МАОУ «Юськинская гимназия», the reviewer's columns left of the link column
def gos3(name):
    return f"https://gimn-yuski-r18.gosweb.gosuslugi.ru/netcat_files/32/118/{name}.pdf"


S3 = {k: gos3(n) for k, n in (("reg", "Prikaz_87_Polozhenie_nastavnichestvo"), ("mon", "Prikaz_monitoring_CMN_2024"),
                               ("pay", "Polozhenie_stimul_vyplaty"), ("nonmat", "Polozhenie_nematerialnoe_pooshchrenie"),
                               ("cur", "Prikaz_kurator_CMN"), ("pairs", "Prikaz_131_zakreplenie_nastavnikov_2024"),
                               ("agr", "Soglasheniya_partnery_2024"))}
S3["main"] = "https://gimn-yuski-r18.gosweb.gosuslugi.ru/"
S3["anketa"] = yd()

ROWS_03 = [
    H("Раздел 1. Локальные акты"),
    R("Положение о системе наставничества педагогов (приказ)", "orgs_regulation_teachers", "да", S3["reg"], unit="да/нет"),
    R("Положение о системе наставничества обучающихся (приказ)", "orgs_regulation_students", "да", S3["reg"], unit="да/нет"),
    R("Приказ о проведении мониторинга ЦМН в 2024 году", "orgs_monitoring_order", "да", S3["mon"], unit="да/нет"),
    R("Справка по итогам внутришкольного мониторинга ЦМН", "internal_monitoring_notes", "нет", ("text", "—"),
      com="ок, справка будет после педсовета, учтено «нет»", unit="да/нет"),
    R("Локальный акт о стимулирующих выплатах наставникам", "pay_acts", 1, S3["pay"], unit="шт."),
    R("Локальный акт о нематериальном поощрении наставников", "nonmaterial_acts", 1, S3["nonmat"], unit="шт."),
    H("Раздел 2. Наставники, наставляемые, партнёры"),
    R("Кураторы внедрения ЦМН", "curators_total", 2, S3["cur"], unit="чел."),
    R("Наставников в базе гимназии (по приказу)", "mentors_total", 41, S3["pairs"], unit="чел."),
    R("Наставляемых в базе гимназии (по приказу)", "mentees_total", 176, S3["pairs"], unit="чел."),
    R("Наставнических пар и групп", None, 58, S3["pairs"], unit="шт."),
    R("Соглашения с вузами и колледжами", "agreements_edu_orgs", 1, S3["agr"], unit="шт."),
    R("Соглашения с предприятиями", "agreements_enterprises", 2, S3["agr"], unit="шт.",
      com="соглашение с ООО «Юськинский хлебозавод» действовало до 31.08.2023, на 2024 г. — 1", cor=1),
    R("Соглашения с иными организациями", "agreements_other_orgs", 0, None, unit="шт."),
    R("Наименования организаций-партнёров", "partner_list",
      "ФГБОУ ВО «Удмуртский государственный университет»; АО «Юськинский механический завод»", S3["agr"],
      unit="текст"),
    R("Предмет соглашений", "agreement_subjects",
      "предоставление наставников для проектной и профориентационной работы с обучающимися 8–11 классов",
      S3["agr"], unit="текст"),
    R("Наставники — преподаватели вуза", "external_edu_mentors", 2, S3["pairs"], unit="чел."),
    R("Наставники — сотрудники предприятий", "enterprise_mentors", 3, S3["pairs"], unit="чел."),
    H("Раздел 3. Персонализированные программы"),
    R("Персонализированных программ — всего", "pp_total", 12, S3["main"], unit="шт.",
      com="ссылка ведёт на главную страницу сайта, дать ссылку на программы", st="на доработке"),
    R("из них «ученик – ученик»", "pp_pupil_pupil", 5, S3["main"], unit="шт.",
      com="ссылка на главную страницу", st="на доработке"),
    R("из них «учитель – учитель»", "pp_teacher_teacher", 4, S3["main"], unit="шт.",
      com="ссылка на главную страницу", st="на доработке"),
    R("из них «учитель – ученик»", "pp_teacher_pupil", 3, S3["main"], unit="шт.",
      com="ссылка на главную страницу", st="на доработке"),
    H("Раздел 4. Обучающиеся"),
    R("Обучающихся 10–19 лет", "students_10_19", 689, None, unit="чел.", chk="нет", com=None, st=None),
    R("— в роли наставляемых", "mentees_10_19", 163, S3["pairs"], unit="чел."),
    R("— «группа риска»", "mentees_risk", 11, S3["pairs"], unit="чел."),
    R("— с ОВЗ, дети-инвалиды", "mentees_disabled", 4, S3["pairs"], unit="чел."),
    R("— одарённые (в реестре)", "mentees_gifted", 38, S3["pairs"], unit="чел."),
    R("— с проблемой выбора профессии / траектории", "mentees_career", 40, S3["pairs"], unit="чел.",
      com="в приказе о закреплении по этой категории другое число, уточнить", st="на доработке", amb=True),
    R("Доля наставляемых 10–19 лет", "share_mentees_10_19", 23.66, None, unit="%", vfmt="0.00"),
    R("Обучающихся 15–19 лет", "students_15_19", 231, None, unit="чел.", chk="нет", com=None, st=None),
    R("— наставники 15–19 лет (по приказу)", "mentors_15_19", 22, S3["pairs"], unit="чел."),
    R("Доля наставников 15–19 лет", "share_mentors_15_19", 9.52, None, unit="%", vfmt="0.00"),
    H("Раздел 5. Педагоги"),
    R("Молодых специалистов (до 35 лет, первые 3 года)", "young_specialists", 9, None, unit="чел."),
    R("МС в роли наставляемых", "young_specialists_mentees", 9, S3["pairs"], unit="чел.",
      com="по приказу о закреплении 7 МС (у двоих стаж более 3 лет)", cor=7),
    R("Доля МС-наставляемых", "share_young_specialists_mentees", 100, None, unit="%",
      com="пересчитать: 7 из 9 = 77,78", cor=77.78, cfmt="0.00"),
    R("Педагогов (без МС)", "teachers_other", 58, None, unit="чел."),
    R("Педагоги (без МС) в роли наставляемых", "teachers_other_mentees", 6, S3["pairs"], unit="чел."),
    R("Доля наставляемых педагогов (МС + остальные)", "share_teachers_mentees", 22.39, None, unit="%", vfmt="0.00",
      com="пересчитать с учётом МС: (7 + 6) / 67 = 19,40", cor=19.40, cfmt="0.00"),
    R("Педагоги-наставники", "teachers_mentors", 14, S3["pairs"], unit="чел."),
    R("Обучены на КПК по наставничеству в 2024 г.", "kpk_trained", 12, None, unit="чел.",
      com="нет ссылки на удостоверения / приказ о направлении на КПК — приложить", st="на доработке"),
    R("Курсы КПК (названия)", "kpk_courses",
      "«Наставничество в образовательной организации: модели и практики» (ИРО УР, 36 ч); "
      "«Организация наставничества молодых педагогов» (72 ч)", None, unit="текст"),
    R("Мероприятия по ЦМН за год", None, 14, None, unit="шт.", chk="нет", com=None, st=None),
    H("Раздел 6. Удовлетворённость"),
    R("Удовлетворённость наставляемых (анкетирование)", "satisfaction_mentees", 89, S3["anketa"], unit="%"),
    R("Удовлетворённость наставников (анкетирование)", "satisfaction_mentors", 93, S3["anketa"], unit="%"),
]


# ---------------- 04: МКОУ «Карсовайская ООШ», reviewer's value column «Значение (после проверки)» on every row
def gos4(n):
    return f"https://karsovai-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/dokumenty_{n}.html"


S4 = {k: gos4(n) for k, n in (("reg", 211), ("mon", 214), ("notes", 215), ("pay", 190), ("pairs", 212))}
S4.update(agr=gd(), pp=gd())


def R4(title, crit, v, link=None, after=None, **kw):
    """after: the reviewer's «Значение (после проверки)»; by default the same as the school's value."""
    return R(title, crit, v, link, cor=(v if after is None else after), **kw)


ROWS_04 = [
    H("I. Нормативная база"),
    R4("Положение о наставничестве педработников", "orgs_regulation_teachers", "да", S4["reg"]),
    R4("Положение о наставничестве учащихся", "orgs_regulation_students", "да", S4["reg"]),
    R4("Приказ о мониторинге ЦМН", "orgs_monitoring_order", "да", S4["mon"]),
    R4("Справка по внутреннему мониторингу", "internal_monitoring_notes", "да", S4["notes"]),
    R4("Положение об оплате наставничества (кол-во)", "pay_acts", 1, S4["pay"], after=0,
       com="по ссылке Положение об оплате труда, пункта о доплате наставникам нет — не засчитано", st="на доработке"),
    H("II. Участники наставничества"),
    R4("Куратор ЦМН (чел.)", "curators_total", 1, S4["reg"]),
    R4("Наставники (по приказу)", "mentors_total", 8, S4["pairs"]),
    R4("Наставляемые (по приказу)", "mentees_total", 23, S4["pairs"], after="уточнить",
       com="в приказе № 41 — 21 чел., в базе наставляемых — 23. Какое значение верное?", st="на доработке", amb=True),
    R4("Наставнических пар/групп", None, 12, S4["pairs"]),
    R4("Наставник из другой ОО (СОШ № 1)", "external_edu_mentors", 1, S4["pairs"]),
    R4("Соглашения с ОО", "agreements_edu_orgs", 1, S4["agr"]),
    R4("Партнёры (наименования)", "partner_list", "МБОУ «Юськинская СОШ № 1»", S4["agr"]),
    H("III. ППН"),
    R4("ППН всего", "pp_total", 4, S4["pp"]),
    R4("ученик – ученик", "pp_pupil_pupil", 2, S4["pp"]),
    R4("учитель – учитель", "pp_teacher_teacher", 1, S4["pp"]),
    R4("учитель – ученик", "pp_teacher_pupil", 1, S4["pp"]),
    H("IV. Учащиеся"),
    R4("Уч-ся 10–19 лет", "students_10_19", 58, None, chk="нет", com=None, st=None),
    R4("наставляемые 10–19 лет", "mentees_10_19", 19, S4["pairs"]),
    R4("в т.ч. низкая мотивация / неуспеваемость", "mentees_low_motivation", 7, S4["pairs"]),
    R4("в т.ч. ОВЗ", "mentees_disabled", 3, S4["pairs"]),
    R4("Доля наставляемых 10–19 лет", "share_mentees_10_19", "36 %", None, after="32,76 %",
       com="19 из 58 = 32,76 %"),
    R4("Уч-ся 15–19 лет", "students_15_19", 9, None, chk="нет", com=None, st=None),
    R4("наставники из уч-ся 15–19 лет", "mentors_15_19", 2, S4["pairs"]),
    R4("Доля наставников 15–19 лет", "share_mentors_15_19", "22,2", None, after=22.22,
       com="2 знака после запятой: 22,22", cfmt="0.00"),
    H("V. Педагоги"),
    R4("Молодые специалисты", "young_specialists", 2),
    R4("МС — наставляемые", "young_specialists_mentees", 2, S4["pairs"]),
    R4("Педагоги (кроме МС)", "teachers_other", 14),
    R4("Педагоги-наставники", "teachers_mentors", 5, S4["pairs"]),
    R4("Доля педагогов-наставников, %", "share_teachers_mentors", 31.25, None, vfmt="0.00", cfmt="0.00"),
    R4("Удовлетворённость наставляемых, %", "satisfaction_mentees", 86, S4["notes"]),
    R4("Удовлетворённость наставников, %", "satisfaction_mentors", 90, S4["notes"]),
]


# ---------------- 05: МБОУ «Юськинский лицей», corrected second version with a «Было (1-я версия)» column
def gos5(name):
    return f"https://liceyyuski-r18.gosweb.gosuslugi.ru/netcat_files/30/69/{name}.pdf"


S5 = {k: gos5(n) for k, n in (("reg", "Prikaz_Polozheniya_nastavnichestvo"), ("mon", "Prikaz_96-o_monitoring_2024"),
                               ("notes", "Spravka_vnutr_monitoring_2024"), ("pay", "Polozhenie_oplata_nastavnikov"),
                               ("nonmat", "Polozhenie_nematerialnoe"), ("cur", "Prikaz_kurator"),
                               ("pairs", "Prikaz_zakreplenie_par_2024"), ("pairs2", "Prikaz_dop_zakreplenie_10_2024"),
                               ("agr", "Dogovory_nastavnichestvo"), ("pp", "PPN_2024"), ("kpk", "KPK_nastavniki_2024"),
                               ("shmo", "Prikaz_ShMO_nastavnikov"))}
S5["anketa"] = gd()
FIX5 = "исправлено"

ROWS_05 = [
    H("Документы"),
    R("Положение о наставничестве педагогических работников", "orgs_regulation_teachers", "да", S5["reg"]),
    R("Положение о наставничестве обучающихся", "orgs_regulation_students", "да", S5["reg"]),
    R("Приказ о мониторинге ЦМН (2024)", "orgs_monitoring_order", "да", S5["mon"], was="нет",
      com="исправлено, приказ № 96-о от 27.09.2024 размещён", changed=True),
    R("Справка по итогам мониторинга в лицее", "internal_monitoring_notes", "да", S5["notes"]),
    R("Акты об оплате наставничества (кол-во)", "pay_acts", 1, S5["pay"]),
    R("Акты о нематериальном поощрении (кол-во)", "nonmaterial_acts", 1, S5["nonmat"]),
    H("Наставники и наставляемые"),
    R("Кураторы ЦМН", "curators_total", 1, S5["cur"]),
    R("Наставники по приказу (всего)", "mentors_total", "32 (испр.)", S5["pairs2"], was=30, com=FIX5, changed=True),
    R("Наставляемые по приказу (всего)", "mentees_total", 135, S5["pairs"]),
    R("Наставнических пар (групп)", None, 47, S5["pairs"]),
    R("Соглашения: с образовательными организациями", "agreements_edu_orgs", 0, None),
    R("Соглашения: с предприятиями", "agreements_enterprises", 1, S5["agr"]),
    R("Соглашения: с иными организациями", "agreements_other_orgs", 2, S5["agr"],
      com="не исправлено: договор с ВДПО истёк в мае 2024 г., должно быть 1", cor=1, st="на доработке"),
    R("Партнёры (наименования)", "partner_list",
      "ООО «Юськинская ПМК»; Местное отделение Движения первых Юськинского района; ВДПО", S5["agr"],
      com="исключить ВДПО (см. выше)",
      cor="ООО «Юськинская ПМК»; Местное отделение Движения первых Юськинского района", st="на доработке"),
    R("Наставники от предприятий", "enterprise_mentors", 2, S5["pairs"]),
    R("Наставники от иных организаций", "other_org_mentors", 1, S5["pairs"]),
    H("Персонализированные программы"),
    R("ППН — всего", "pp_total", 10, S5["pp"]),
    R("«ученик – ученик»", "pp_pupil_pupil", 4, S5["pp"]),
    R("«учитель – учитель»", "pp_teacher_teacher", 4, S5["pp"]),
    R("«руководитель – педагог»", "pp_head_teacher", 1, S5["pp"]),
    R("«учитель – ученик»", "pp_teacher_pupil", 1, S5["pp"]),
    R("Педагогов в ППН", "teachers_in_pp", 12, S5["pp"]),
    H("Обучающиеся"),
    R("Обучающихся 10–19 лет", "students_10_19", 534, None, chk="нет", com=None, st=None),
    R("Наставляемые 10–19 лет", "mentees_10_19", 128, S5["pairs"]),
    R("из них «группа риска»", "mentees_risk", 8, S5["pairs"]),
    R("из них одарённые", "mentees_gifted", 21, S5["pairs"]),
    R("из них ОВЗ / инвалиды", "mentees_disabled", 5, S5["pairs"]),
    R("из них с низкой мотивацией", "mentees_low_motivation", 17, S5["pairs"]),
    R("из них — выбор профессии", "mentees_career", 44, S5["pairs"]),
    R("из них — иные параметры", "mentees_other_params", 33, S5["pairs"]),
    R("Доля наставляемых 10–19 лет, %", "share_mentees_10_19", "23,97"),
    R("Обучающихся 15–19 лет", "students_15_19", 176, None, chk="нет", com=None, st=None),
    R("Наставники 15–19 лет", "mentors_15_19", 17, S5["pairs2"], was=15,
      com="исправлено (добавлены 2 по доп. приказу)", changed=True),
    R("Доля наставников 15–19 лет, %", "share_mentors_15_19", "9,66", was="8,52", com=FIX5, changed=True),
    H("Педагоги"),
    R("Молодые специалисты", "young_specialists", 4),
    R("Молодые специалисты — наставляемые", "young_specialists_mentees", 4, S5["pairs"]),
    R("Педагоги (за искл. МС)", "teachers_other", 39),
    R("Педагоги (за искл. МС) — наставляемые", "teachers_other_mentees", 3, S5["pairs"], was=7,
      com="исправлено (МС исключены)", changed=True),
    R("Доля наставляемых педагогов, %", "share_teachers_mentees", "16,28", was="25,58", com=FIX5, changed=True),
    R("Педагоги-наставники", "teachers_mentors", 12, S5["pairs"]),
    R("Доля педагогов-наставников, %", "share_teachers_mentors", "27,91"),
    R("КПК по наставничеству (2024)", "kpk_trained", 4, S5["kpk"]),
    R("ШМО наставников", "school_methodical_associations", 1, S5["shmo"]),
    H("Удовлетворённость"),
    R("Удовлетворены наставляемые, %", "satisfaction_mentees", "90,5", S5["anketa"]),
    R("Удовлетворены наставники, %", "satisfaction_mentors", "94", S5["anketa"]),
]


# ---------------- 06: МБУ ДО «Юськинский ДДТ» (ДОП)
def ddt(path):
    return f"https://ddt-yuski.udm.muzkult.ru/media/2024/{path}"


S6 = {k: ddt(n) for k, n in (("reg", "prikaz_polozheniya_nastavnichestvo.pdf"), ("mon", "prikaz_monitoring_2024.pdf"),
                              ("notes", "spravka_monitoring_2024.pdf"), ("nonmat", "polozhenie_nematerialnoe.pdf"),
                              ("cur", "prikaz_kurator.pdf"), ("pairs", "prikaz_57_zakreplenie.pdf"),
                              ("pp", "prikaz_61_PPN.pdf"), ("agr", "dogovory_partnery.pdf"),
                              ("kpk", "udostovereniya_KPK.pdf"), ("mo", "prikaz_MO_nastavnikov.pdf"))}
S6["anketa"] = yd()

ROWS_06 = [
    H("1. Нормативные документы ДДТ"),
    R("Положение о наставничестве педагогов ДО", "orgs_regulation_teachers", "да", S6["reg"]),
    R("Положение о наставничестве обучающихся", "orgs_regulation_students", "да", S6["reg"]),
    R("Приказ о внутреннем мониторинге", "orgs_monitoring_order", "да", S6["mon"]),
    R("Справка по итогам внутр. мониторинга", "internal_monitoring_notes", "да", S6["notes"]),
    R("Положение о доплате наставникам", "pay_acts", 0, ("text", "—")),
    R("Положение о нематериальном стимулировании наставников", "nonmaterial_acts", 1, S6["nonmat"]),
    H("2. Наставники, наставляемые, партнёры"),
    R("Куратор ЦМН", "curators_total", 1, S6["cur"]),
    R("Наставников (приказ № 57 от 02.09.2024)", "mentors_total", 20, S6["pairs"]),
    R("Наставляемых (приказ № 57 от 02.09.2024)", "mentees_total", 79, S6["pairs"]),
    R("Договоры с предприятиями", "agreements_enterprises", 1, S6["agr"]),
    R("Договоры с иными организациями", "agreements_other_orgs", 2, S6["agr"]),
    R("Партнёры", "partner_list",
      "ООО «Юськинский ДОК»\nРОО «Союз женщин Юськинского района»\nМАУ «Молодёжный центр «Юность»", S6["agr"]),
    R("Наставники от предприятий (ООО «Юськинский ДОК»)", "enterprise_mentors", 1, S6["pairs"]),
    R("Наставники от общественных организаций и МЦ «Юность»", "other_org_mentors", 2, S6["pairs"]),
    H("3. Персонализированные программы (ППН)"),
    R("Всего ППН", "pp_total", 14, S6["pp"], com="пересчитать: 5 + 4 + 3 = 12", cor=12, st="на доработке"),
    R("педагог – педагог", "pp_teacher_teacher", 5, S6["pp"]),
    R("обучающийся – обучающийся", "pp_pupil_pupil", 6, S6["pp"], com="по приказу № 61 — 4 программы", cor=4,
      st="на доработке"),
    R("педагог – обучающийся", "pp_teacher_pupil", 3, S6["pp"]),
    H("4. Обучающиеся объединений"),
    R("Обучающихся 10–19 лет", "students_10_19", 640, None, chk="нет", com=None, st=None),
    R("из них наставляемые", "mentees_10_19", 74, S6["pairs"]),
    R("из них одарённые (в реестрах)", "mentees_gifted", 12, S6["pairs"]),
    R("из них по иным параметрам (вовлечение в объединения)", "mentees_other_params", 40, S6["pairs"]),
    R("Доля наставляемых 10–19 лет", "share_mentees_10_19", 0.1156, vfmt="0.00%"),
    R("Обучающихся 15–19 лет", "students_15_19", 170, None, chk="нет", com=None, st=None),
    R("из них наставники (приказ)", "mentors_15_19", 8, S6["pairs"]),
    R("Доля наставников 15–19 лет", "share_mentors_15_19", 0.0471, vfmt="0.00%"),
    R("Объединений (кружков), всего", None, 48, None, chk="нет", com=None, st=None),
    R("Обучающихся по сертификатам ПФДО", None, 1120, None, chk="нет", com=None, st=None),
    H("5. Педагоги ДО"),
    R("Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", 3),
    R("МС — наставляемые", "young_specialists_mentees", 3, S6["pairs"]),
    R("Педагоги ДО (без МС)", "teachers_other", 24),
    R("Педагоги ДО (без МС) — наставляемые", "teachers_other_mentees", 2, S6["pairs"]),
    R("Педагоги — наставники", "teachers_mentors", 9, S6["pairs"]),
    R("Обучение на КПК по наставничеству (2024 г.)", "kpk_trained", 5, S6["kpk"],
      com="в 2024 г. КПК по наставничеству прошли 3 чел., остальные 2 — в 2023 г., исправить", st="на доработке",
      amb=True),
    R("Методическое объединение наставников (кол-во)", "school_methodical_associations", 1, S6["mo"]),
    H("6. Удовлетворённость"),
    R("Удовлетворённость наставляемых", "satisfaction_mentees", 91, S6["anketa"]),
    R("Удовлетворённость наставников", "satisfaction_mentors", 88, S6["anketa"]),
]


# ---------------- 07: МБОУ «Кечёвская СОШ», grouped two-row header, the reviewer fills an empty cell
def gos7(n):
    return f"https://kechevo-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/dokumenty_{n}.html"


S7 = {k: gos7(n) for k, n in (("reg", 71), ("mon", 74), ("notes", 75), ("pay", 76), ("pairs", 72), ("agr", 77),
                               ("shmo", 78))}
S7.update(pp=cm(), kpk=cm(), anketa=cm())

ROWS_07 = [
    H("Нормативное обеспечение"),
    R("Положение о наставничестве педагогов, да/нет", "orgs_regulation_teachers", "да", S7["reg"]),
    R("Положение о наставничестве обучающихся, да/нет", "orgs_regulation_students", "да", S7["reg"]),
    R("Приказ о мониторинге ЦМН, да/нет", "orgs_monitoring_order", "да", S7["mon"]),
    R("Справка по итогам внутр. мониторинга, да/нет", "internal_monitoring_notes", "да", S7["notes"],
      com="справка не по форме приказа МОиН УР № 581 (нет анализа показателей), переработать", st="на доработке"),
    R("Положение об оплате наставничества, шт", "pay_acts", 1, S7["pay"]),
    R("Положение о нематериальных поощрениях, шт", "nonmaterial_acts", 1, S7["pay"]),
    H("Организация наставничества"),
    R("Куратор, чел", "curators_total", 1, S7["reg"]),
    R("Наставники по приказу, чел", "mentors_total", 13, S7["pairs"]),
    R("Наставляемые по приказу, чел", "mentees_total", 59, S7["pairs"]),
    R("Охват наставничеством (наставники + наставляемые), чел", None, 72, None),
    R("Наставнические пары, шт", None, 24, S7["pairs"]),
    R("Соглашение с СПК (колхоз) «Кечёвский», шт", "agreements_enterprises", 1, S7["agr"]),
    R("Партнёры", "partner_list", "СПК (колхоз) «Кечёвский»", S7["agr"]),
    R("Наставники от СПК «Кечёвский», чел", "enterprise_mentors", 2, S7["pairs"]),
    H("ППН"),
    R("ППН всего, шт", "pp_total", 6, S7["pp"]),
    R("ученик-ученик", "pp_pupil_pupil", 2, S7["pp"]),
    R("учитель-учитель", "pp_teacher_teacher", 3, S7["pp"]),
    R("учитель-ученик", "pp_teacher_pupil", 1, S7["pp"]),
    H("Обучающиеся"),
    R("Обучающиеся 10-19 лет, чел", "students_10_19", 241, None, chk="нет", com=None, st=None),
    R("наставляемые 10-19 лет, чел", "mentees_10_19", 52, S7["pairs"]),
    R("из них группа риска", "mentees_risk", 6, S7["pairs"]),
    R("из них низкая мотивация", "mentees_low_motivation", 14, S7["pairs"]),
    R("из них выбор профессии", "mentees_career", 18, S7["pairs"]),
    R("Доля наставляемых 10-19 лет, %", "share_mentees_10_19", "21,58"),
    R("Обучающиеся 15-19 лет, чел", "students_15_19", None, None, com="не заполнено — внесено по отчёту ОО-1",
      cor="62"),
    R("наставники 15-19 лет, чел", "mentors_15_19", 4, S7["pairs"]),
    R("Доля наставников 15-19 лет, %", "share_mentors_15_19", "#DIV/0!", None,
      com="ошибка в формуле (пустая ячейка): 4 из 62 = 6,45", cor=6.45, cfmt="0.00"),
    H("Педагоги"),
    R("Молодые специалисты, чел", "young_specialists", 3),
    R("МС-наставляемые, чел", "young_specialists_mentees", 3, S7["pairs"]),
    R("Педагоги (кроме МС), чел", "teachers_other", 27),
    R("Педагоги (кроме МС) - наставляемые, чел", "teachers_other_mentees", 4, S7["pairs"]),
    R("Доля педагогов-наставляемых, %", "share_teachers_mentees", "23,33"),
    R("Педагоги-наставники, чел", "teachers_mentors", 7, S7["pairs"]),
    R("Доля педагогов-наставников, %", "share_teachers_mentors", "23,33"),
    R("КПК по наставничеству 2024, чел", "kpk_trained", 2, S7["kpk"]),
    R("ШМО наставников", "school_methodical_associations", "да", S7["shmo"], com="указать количество ШМО", cor=1),
    R("Удовлетворённость наставляемых, %", "satisfaction_mentees", 87, S7["anketa"]),
    R("Удовлетворённость наставников, %", "satisfaction_mentors", 92, S7["anketa"]),
]

STD_HEAD = {"num": "№", "title": "Показатель", "value": "Значение", "link": "Ссылка",
            "chk": "Проверено (да/нет)", "com": "Замечание методиста", "cor": "Исправленное значение",
            "st": "Статус"}

FORMS = [
    dict(file="typed/01_Юськинская_СОШ1_ЦМН2024_проверено.xlsx", sheet="Форма ОО", org="МБОУ «Юськинская СОШ № 1»",
         rows=sosh1_rows(False), numbering="dotted", hyper="url",
         cols=dict(num="A", title="B", value="C", link="D", chk="E", com="F", cor="G", st="H"),
         head=dict(STD_HEAD, link="Ссылка (подтверждающий документ)"), header_row=6,
         top=[("A1", "Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год", "A1:H1", "title"),
              ("A2", "Образовательная организация:", "A2:B2", "bold"), ("C2", "МБОУ «Юськинская СОШ № 1»", "C2:D2", "bold"),
              ("A3", "Куратор ЦМН: Перевощикова Т.Н., зам. директора по УВР, тел. 8 (34161) 4-12-37", "A3:H3", None),
              ("A4", "Проверено ИМЦ 14.11.2024, методист Корепанова Л.В. — форма возвращена на доработку", "A4:H4",
               "red")],
         footer=[("B", "Дата заполнения: 28.10.2024"), ("B", "Директор ____________ Н.А. Бегишева"),
                 ("F", "Всего замечаний: 9. Срок устранения — до 22.11.2024")]),
    dict(file="typed/02_Юськинская_СОШ1_ЦМН2024_v2_исправлено.xlsx", sheet="Форма ОО",
         org="МБОУ «Юськинская СОШ № 1»", rows=sosh1_rows(True), numbering="dotted", hyper="url",
         cols=dict(num="A", title="B", value="C", link="D", chk="E", com="F", cor="G", st="H"),
         head=dict(STD_HEAD, link="Ссылка (подтверждающий документ)"), header_row=6,
         top=[("A1", "Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год", "A1:H1", "title"),
              ("A2", "Образовательная организация:", "A2:B2", "bold"), ("C2", "МБОУ «Юськинская СОШ № 1»", "C2:D2", "bold"),
              ("A3", "Куратор ЦМН: Перевощикова Т.Н., зам. директора по УВР, тел. 8 (34161) 4-12-37", "A3:H3", None),
              ("A4", "Повторная проверка ИМЦ 22.11.2024 (Корепанова Л.В.): замечания устранены, форма принята",
               "A4:H4", "green")],
         footer=[("B", "Дата заполнения: 28.10.2024, исправлено 20.11.2024 (изменённые ячейки выделены жёлтым)"),
                 ("B", "Директор ____________ Н.А. Бегишева")]),
    dict(file="typed/03_Юськинская_гимназия_проверка_ИМЦ.xlsx", sheet="2024", org="МАОУ «Юськинская гимназия»",
         rows=ROWS_03, numbering="plain", hyper="url",
         cols=dict(num="A", title="B", unit="C", value="D", chk="E", com="F", cor="G", st="H", link="I"),
         head=dict(num="№ п/п", title="Наименование показателя", unit="Ед. изм.", value="Значение",
                   chk="Проверено (да/нет)", com="Замечание методиста", cor="Исправленное значение", st="Статус",
                   link="Ссылка на документ"), header_row=4,
         top=[("A1", "Отчёт МАОУ «Юськинская гимназия» о реализации целевой модели наставничества за 2024 год",
               "A1:I1", "title"),
              ("A2", "(форма возвращена ИМЦ с замечаниями 15.11.2024; столбцы E–H заполнены методистом)", "A2:I2",
               "red")],
         footer=[("B", "Куратор ЦМН: Ившина О.С."), ("B", "Методист ИМЦ: Корепанова Л.В., 15.11.2024")]),
    dict(file="typed/04_Карсовайская_ООШ_после_проверки.xlsx", sheet="Лист1", org="МКОУ «Карсовайская ООШ»",
         rows=ROWS_04, numbering="plain", hyper=None, after_check=True,
         cols=dict(num="A", title="B", value="C", link="D", chk="E", com="F", cor="G", st="H"),
         head=dict(STD_HEAD, value="Значение ОО", cor="Значение (после проверки)"), header_row=5,
         top=[("A1", "Мониторинг ЦМН — 2024 г.", "A1:H1", "title"),
              ("A2", "ОО: МКОУ «Карсовайская ООШ»", "A2:D2", "bold"),
              ("A3", "Проверено: МБУ «ИМЦ», Корепанова Л.В., 13.11.2024", "A3:H3", None)],
         footer=[("B", "Директор школы: Бекмеметьев А.Г.")]),
    dict(file="typed/05_Юськинский_лицей_ЦМН2024_испр_2.xlsx", sheet="ЦМН 2024 (испр.)", org="МБОУ «Юськинский лицей»",
         rows=ROWS_05, numbering="plain", hyper="url",
         cols=dict(num="A", title="B", value="C", was="D", link="E", chk="F", com="G", cor="H", st="I"),
         head=dict(STD_HEAD, was="Было (1-я версия)"), header_row=5,
         top=[("A1", "Мониторинг реализации ЦМН, 2024 год (2-й вариант, исправленный)", "A1:I1", "title"),
              ("A2", "Наименование ОО", "A2:B2", "bold"), ("C2", "МБОУ «Юськинский лицей»", "C2:E2", "bold"),
              ("A3", "Замечания ИМЦ от 12.11.2024 устранены. Повторная проверка: 21.11.2024, Корепанова Л.В.",
               "A3:I3", None)],
         footer=[("B", "Исполнитель: Чиркова Е.В., зам. директора по МР, 19.11.2024")]),
    dict(file="typed/06_ДДТ_мониторинг_ЦМН_проверено.xlsx", sheet="ДДТ", org="МБУ ДО «Юськинский ДДТ»",
         rows=ROWS_06, numbering="dotted", hyper="label",
         cols=dict(num="A", title="B", value="C", link="D", chk="E", com="F", cor="G", st="H"),
         head=dict(STD_HEAD), header_row=6,
         top=[("A1", "Мониторинг реализации Целевой модели наставничества в учреждении дополнительного образования"
                     " — 2024 год", "A1:H1", "title"),
              ("A2", "Учреждение:", "A2:B2", "bold"), ("C2", "МБУ ДО «Юськинский ДДТ»", "C2:D2", "bold"),
              ("A3", "Ответственный: Шкляева М.П., методист ДДТ", "A3:H3", None),
              ("A4", "Результат проверки ИМЦ (18.11.2024): на доработке — 3 замечания", "A4:H4", "red")],
         footer=[("B", "Директор МБУ ДО «Юськинский ДДТ» ____________ Г.Р. Кутявина")]),
    dict(file="typed/07_Кечёвская_СОШ_ЦМН_2024_замечания.xlsx", sheet="Мониторинг", org="МБОУ «Кечёвская СОШ»",
         rows=ROWS_07, numbering="plain", hyper=None,
         cols=dict(num="A", title="B", value="C", link="D", chk="E", com="F", cor="G", st="H"),
         head=dict(STD_HEAD, link="Ссылка на документ"), header_row=5,
         group=[("A4:D4", "Заполняет ОО"), ("E4:H4", "Заполняет методист ИМЦ (проверка 15.11.2024)")],
         top=[("A1", "МБОУ «Кечёвская СОШ». Мониторинг ЦМН — 2024", "A1:H1", "title"),
              ("A2", "Отчётный год: 2024", "A2:D2", None)],
         footer=[("B", "Заполнила: Лекомцева Н.В., куратор ЦМН, 01.11.2024")],
         remarks_sheet="Замечания ИМЦ"),
]


# ================================================================ WRITING
def style_cell(c, fill=None, bold=False, align=WRAP, color=None, size=None):
    c.border = BORDER
    c.alignment = align
    if fill:
        c.fill = fill
    if bold or color or size:
        c.font = Font(bold=bold, color=color, size=size or 11)


def write_form(cfg):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = cfg["sheet"]
    cols = cfg["cols"]
    last = max(column_index_from_string(c) for c in cols.values())
    widths = {"num": 6, "title": 52, "unit": 9, "value": 14, "was": 12, "link": 46, "chk": 11, "com": 44,
              "cor": 15, "st": 14}
    for k, c in cols.items():
        ws.column_dimensions[c].width = widths[k]
    for cell, text, rng_, style in cfg["top"]:
        ws[cell] = text
        if rng_:
            ws.merge_cells(rng_)
        if style == "title":
            ws[cell].font = Font(bold=True, size=13)
        elif style == "bold":
            ws[cell].font = Font(bold=True)
        elif style == "red":
            ws[cell].font = Font(bold=True, color="C00000")
        elif style == "green":
            ws[cell].font = Font(bold=True, color="00703C")
    for rng_, text in cfg.get("group", []):
        a = rng_.split(":")[0]
        ws[a] = text
        ws.merge_cells(rng_)
        ws[a].font = Font(bold=True)
        ws[a].alignment = CENTER
        ws[a].fill = F_HEAD if a.startswith("A") else F_REV
    hr = cfg["header_row"]
    for k, c in cols.items():
        cell = ws[f"{c}{hr}"]
        cell.value = cfg["head"][k]
        rev = k in ("chk", "com", "cor", "st")
        style_cell(cell, fill=F_REV if rev else F_HEAD, bold=True, align=CENTER)
    ws.freeze_panes = f"A{hr + 1}"

    out = {"values": {}, "links": {}, "not_criteria": [], "headings": [], "ambiguous": []}
    cells = []
    amb_cells = []
    r = hr + 1
    sec = 0
    sub = 0
    plain = 0
    for row in cfg["rows"]:
        if row["kind"] == "head":
            sec += 1
            sub = 0
            ws[f"A{r}"] = row["title"]
            ws.merge_cells(f"A{r}:{get_column_letter(last)}{r}")
            ws[f"A{r}"].font = Font(bold=True)
            ws[f"A{r}"].fill = F_SEC
            out["headings"].append(row["title"])
            r += 1
            continue
        sub += 1
        plain += 1
        numtext = f"{sec}.{sub}" if cfg["numbering"] == "dotted" else plain
        ws[f"{cols['num']}{r}"] = numtext
        style_cell(ws[f"{cols['num']}{r}"], align=CENTER)
        tc = ws[f"{cols['title']}{r}"]
        tc.value = row["title"]
        style_cell(tc)
        if "unit" in cols:
            ws[f"{cols['unit']}{r}"] = row["unit"]
            style_cell(ws[f"{cols['unit']}{r}"], align=CENTER)
        vc = ws[f"{cols['value']}{r}"]
        vc.value = row["v"]
        if row["vfmt"]:
            vc.number_format = row["vfmt"]
        style_cell(vc, fill=F_SCHOOL if row["changed"] and cfg["file"].startswith("typed/02") else None,
                   align=CENTER)
        if "was" in cols:
            wc = ws[f"{cols['was']}{r}"]
            wc.value = row["was"]
            style_cell(wc, align=CENTER, color="C00000" if row["was"] is not None else None)
        # link
        lc = ws[f"{cols['link']}{r}"]
        link_url = None
        hyper = False
        lk = row["link"]
        if isinstance(lk, tuple) and lk[0] == "text":
            lc.value = lk[1]
        elif isinstance(lk, str):
            link_url = lk
            if cfg["hyper"] == "label":
                lc.value = "ссылка"
                lc.hyperlink = lk
                hyper = True
            elif cfg["hyper"] == "url":
                lc.value = lk
                lc.hyperlink = lk
                hyper = True
            else:
                lc.value = lk
        style_cell(lc, color="0563C1" if hyper else None)
        # reviewer
        for k in ("chk", "com", "st"):
            c = ws[f"{cols[k]}{r}"]
            c.value = row[k]
            fill = None
            if k == "st" and row["st"] == "принято":
                fill = F_OK
            elif k == "st" and row["st"] == "на доработке":
                fill = F_BAD
            style_cell(c, fill=fill, align=CENTER if k != "com" else WRAP)
        cc = ws[f"{cols['cor']}{r}"]
        cc.value = row["cor"]
        if row["cfmt"]:
            cc.number_format = row["cfmt"]
        differs = row["cor"] is not None and (not cfg.get("after_check") or row["cor"] != row["v"])
        style_cell(cc, fill=F_COR if differs else None, align=CENTER, bold=differs)
        if row["st"] == "на доработке":
            tc.fill = F_BAD

        crit = row["crit"]
        if crit is None:
            out["not_criteria"].append(row["title"])
        elif row["amb"]:
            out["ambiguous"].append(crit)
            amb_cells.append({"file": cfg["file"], "sheet": cfg["sheet"], "criterion": crit, "title": row["title"],
                              "title_cell": tc.coordinate, "school_cell": vc.coordinate, "school_shown": row["v"],
                              "comment_cell": f"{cols['com']}{r}", "comment": row["com"],
                              "reviewer_cell": cc.coordinate, "reviewer_shown": row["cor"], "status": row["st"]})
        else:
            if cfg.get("after_check"):
                src, cell, shown, fmt = "after_check", cc, row["cor"], row["cfmt"]
            elif row["use"] == "value" or row["cor"] is None:
                src, cell, shown, fmt = "school", vc, row["v"], row["vfmt"]
                if row["cor"] is not None:
                    assert parse(row["cor"], row["cfmt"], crit) == parse(row["v"], row["vfmt"], crit), row["title"]
            else:
                src, cell, shown, fmt = "reviewer", cc, row["cor"], row["cfmt"]
            val = parse(shown, fmt, crit)
            assert crit not in out["values"], (cfg["file"], crit)
            out["values"][crit] = val
            entry = {"file": cfg["file"], "sheet": cfg["sheet"], "cell": cell.coordinate, "criterion": crit,
                     "kind": "value", "expected": val, "shown": shown, "number_format": cell.number_format,
                     "source": src, "title": row["title"], "title_cell": tc.coordinate}
            if src != "school":
                entry["school_cell"] = vc.coordinate
                entry["school_shown"] = row["v"]
            cells.append(entry)
        if crit is not None and link_url:
            out["links"][crit] = link_url
            cells.append({"file": cfg["file"], "sheet": cfg["sheet"], "cell": lc.coordinate, "criterion": crit,
                          "kind": "link", "expected": link_url, "shown": lc.value, "hyperlink": hyper,
                          "title": row["title"]})
        r += 1
    r += 1
    for col, text in cfg.get("footer", []):
        ws[f"{col}{r}"] = text
        r += 1

    if cfg.get("remarks_sheet"):
        ws2 = wb.create_sheet(cfg["remarks_sheet"])
        ws2.append(["№", "Показатель", "Замечание", "Срок устранения"])
        for c in ws2[1]:
            style_cell(c, fill=F_REV, bold=True, align=CENTER)
        n = 0
        for row in cfg["rows"]:
            if row["kind"] == "row" and row["com"] not in (None, "ок"):
                n += 1
                ws2.append([n, row["title"], row["com"], "до 25.11.2024"])
        ws2.column_dimensions["B"].width = 48
        ws2.column_dimensions["C"].width = 60
        ws2.column_dimensions["D"].width = 16

    t = datetime.datetime(2024, 11, 22, 10, 0, 0)
    wb.properties.creator = "Корепанова Л.В."
    wb.properties.created = t
    wb.properties.modified = t
    wb.save(HERE / cfg["file"])
    return out, cells, amb_cells


# ================================================================ CHECKS
def check_consistency(file, v):
    g = v.get

    def parts(keys):
        return sum(g(k, 0) for k in keys)

    if "mentors_total" in v:
        assert v["mentors_total"] == parts(["teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                             "other_org_mentors", "enterprise_mentors"]), file
    if "mentees_total" in v and "mentees_10_19" in v:
        assert v["mentees_total"] == parts(["mentees_10_19", "young_specialists_mentees",
                                             "teachers_other_mentees"]), file
    if "pp_total" in v:
        assert v["pp_total"] == parts([k for k in UNIT if k.startswith("pp_") and k != "pp_total"]), file
    if "mentees_10_19" in v:
        assert parts(["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                      "mentees_career", "mentees_other_params"]) <= v["mentees_10_19"], file
        assert v["mentees_10_19"] <= v["students_10_19"], file
    for a, b in (("mentors_15_19", "students_15_19"), ("students_15_19", "students_10_19"),
                 ("young_specialists_mentees", "young_specialists"), ("teachers_other_mentees", "teachers_other"),
                 ("young_specialists_mentors", "teachers_mentors"), ("young_specialists_mentors", "young_specialists")):
        if a in v and b in v:
            assert v[a] <= v[b], (file, a, b)
    teachers = g("teachers_other", 0) + g("young_specialists", 0)
    if "teachers_in_pp" in v:
        assert v["teachers_in_pp"] <= teachers, file
    if "teachers_mentors" in v and teachers:
        assert v["teachers_mentors"] <= teachers, file
    shares = {"share_mentees_10_19": (g("mentees_10_19"), g("students_10_19")),
              "share_mentors_15_19": (g("mentors_15_19"), g("students_15_19")),
              "share_young_specialists_mentees": (g("young_specialists_mentees"), g("young_specialists")),
              "share_teachers_mentees": (g("young_specialists_mentees", 0) + g("teachers_other_mentees", 0), teachers),
              "share_teachers_mentors": (g("teachers_mentors"), teachers),
              "share_young_specialists_mentors": (g("young_specialists_mentors"), g("young_specialists"))}
    for k, (p, w) in shares.items():
        if k in v:
            assert p is not None and w, (file, k)
            assert abs(v[k] - half_up(100 * p / w)) < 0.005, (file, k, v[k], half_up(100 * p / w))
    if "partner_list" in v:
        n = len(v["partner_list"].split("; "))
        agr = parts(["agreements_edu_orgs", "agreements_enterprises", "agreements_other_orgs"])
        assert n == agr, (file, n, agr)


def main():
    expected, cells, ambig = [], [], []
    for cfg in FORMS:
        out, c, a = write_form(cfg)
        for row in cfg["rows"]:
            if row["kind"] == "row" or row["kind"] == "head":
                assert row["title"].strip().lower() not in CAT_WORDINGS, row["title"]
        check_consistency(cfg["file"], out["values"])
        entry = {"file": cfg["file"], "year": 2024, "organisation": cfg["org"], "values": out["values"],
                 "links": out["links"], "not_criteria": out["not_criteria"], "headings": out["headings"]}
        if out["ambiguous"]:
            entry["ambiguous"] = out["ambiguous"]
        expected.append(entry)
        cells.extend(c)
        ambig.extend(a)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "ambiguous": ambig}, ensure_ascii=False, indent=1)
                                     + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    na = sum(len(e.get("ambiguous", [])) for e in expected)
    print(f"{len(FORMS)} files, {len(expected)} forms, {nv} values, {nl} links, {na} ambiguous")
    for e in expected:
        print(f"  {e['file']}: {len(e['values'])} values, {len(e['links'])} links, "
              f"ambiguous {e.get('ambiguous', [])}")


if __name__ == "__main__":
    main()
