#!/usr/bin/env python3
"""heldout90: one-organisation forms (title | value | link) whose VALUES are typed as in
official Russian documents and letters: numbers doubled in words, numbers in words only,
a value with last year's beside it, shares with their counts, yes/no answered with the
document, dashes and «нет данных» for rows the organisation does not report.

Deterministic: no randomness except a seeded generator for link slugs.
Writes typed/*.xlsx, expected.json, cells.json next to this file.
"""
import json
import pathlib
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

# --------------------------------------------------------------------------- words
UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
         "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
        "восемьдесят", "девяносто"]
HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
            "восемьсот", "девятьсот"]
COLLECTIVE = {2: "двое", 3: "трое", 4: "четверо", 5: "пятеро", 6: "шестеро", 7: "семеро"}


def plural(n, forms):
    if 11 <= n % 100 <= 14:
        return forms[2]
    if n % 10 == 1:
        return forms[0]
    if 2 <= n % 10 <= 4:
        return forms[1]
    return forms[2]


def _triple(n, g):
    out = []
    h, r = divmod(n, 100)
    if h:
        out.append(HUNDREDS[h])
    if 10 <= r <= 19:
        out.append(TEENS[r - 10])
    else:
        t, u = divmod(r, 10)
        if t:
            out.append(TENS[t])
        if u:
            w = UNITS[u]
            if u == 1:
                w = {"m": "один", "f": "одна", "n": "одно"}[g]
            elif u == 2:
                w = {"m": "два", "f": "две", "n": "два"}[g]
            out.append(w)
    return out


def words(n, g="m"):
    if n == 0:
        return "ноль"
    th, rest = divmod(n, 1000)
    out = []
    if th:
        out += _triple(th, "f") + [plural(th, ("тысяча", "тысячи", "тысяч"))]
    if rest:
        out += _triple(rest, g)
    return " ".join(out)


def grp(n):
    """1124 -> '1 124' (a plain space, as people type it)."""
    s = str(n)
    if len(s) <= 3:
        return s
    return grp(int(s[:-3])) + " " + s[-3:]


def pct_text(x, nd=2):
    s = f"{round(x, nd):.{nd}f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def share(a, b):
    return round(a / b * 100, 2)


# nouns: (1, 2-4, 5+)
N = {
    "чел": None,                                   # «чел.» is invariant
    "пед": ("педагог", "педагога", "педагогов"),
    "согл": ("соглашение", "соглашения", "соглашений"),
    "прог": ("программа", "программы", "программ"),
    "пол": ("положение", "положения", "положений"),
    "акт": ("локальный акт", "локальных акта", "локальных актов"),
    "пара": ("пара", "пары", "пар"),
    "обуч": ("обучающийся", "обучающихся", "обучающихся"),
    "наст": ("наставник", "наставника", "наставников"),
}
GENDER = {"чел": "m", "пед": "m", "согл": "n", "прог": "f", "пол": "n", "акт": "m",
          "пара": "f", "обуч": "m", "наст": "m"}


def noun(n, key):
    if key is None:
        return ""
    if key == "чел":
        return " чел."
    return " " + plural(n, N[key])


class Val:
    def __init__(self, typed, exp):
        self.typed = typed
        self.exp = exp


# ---- value constructors ---------------------------------------------------------
def dw(n, key=None, g=None, cap=False, tail="", thousands=False):
    """number doubled in words: «12 (двенадцать) чел.»"""
    g = g or GENDER.get(key, "m")
    w = words(n, g)
    if cap:
        w = w[0].upper() + w[1:]
    num = grp(n) if thousands else str(n)
    return Val(f"{num} ({w}){noun(n, key)}{tail}", n)


def ww(n, key=None, g=None, coll=False, cap=False, tail=""):
    """number in words only: «три», «двое», «один педагог»"""
    g = g or GENDER.get(key, "m")
    w = COLLECTIVE[n] if coll else words(n, g)
    t = w + noun(n, key)
    if cap:
        t = t[0].upper() + t[1:]
    return Val(t + tail, n)


def ly(n, prev, style):
    """a value with last year's beside it; the value is the 2024 figure."""
    if style == "paren":
        t = f"{n} (в 2023 г. — {prev})"
    elif style == "paren2":
        t = f"{n} (2023 г. – {prev})"
    elif style == "slash":
        t = f"{n} / {prev} (2023)"
    elif style == "chg":
        if n > prev:
            t = f"увеличилось с {prev} до {n}"
        elif n < prev:
            t = f"уменьшилось с {prev} до {n}"
        else:
            t = f"не изменилось ({n})"
    elif style == "chg_m":          # masculine: показатель / уровень
        t = f"увеличился с {prev} до {n}" if n > prev else f"снизился с {prev} до {n}"
    else:
        raise ValueError(style)
    return Val(t, n)


def sh(a, b, style, prev=None):
    """a share with its counts; expected = a/b*100 rounded to 2 decimals."""
    v = share(a, b)
    if style == "pc_cnt":           # «24,18% (22 из 91)»
        t = f"{pct_text(v)}% ({a} из {grp(b)})"
    elif style == "pc_cnt_sp":      # «24,18 % (22 из 91)»
        t = f"{pct_text(v)} % ({a} из {grp(b)})"
    elif style == "cnt_pc1":        # «22 из 91 (24,2 %)»
        t = f"{a} из {grp(b)} ({pct_text(v, 1)} %)"
    elif style == "pc":             # «8,92 %»
        t = f"{pct_text(v)} %"
    elif style == "pc_prev":        # «23,51 % (в 2023 г. — 19,46 %)»
        t = f"{pct_text(v)} % (в 2023 г. — {pct_text(prev)} %)"
    else:
        raise ValueError(style)
    return Val(t, v)


def lvl(x, typed):
    return Val(typed, x)


def yes(t):
    return Val(t, 1)


def no(t):
    return Val(t, 0)


def zero(t):
    return Val(t, 0)


def na(t="—"):
    return Val(t, None)


def lst(items, sep="; "):
    return Val(sep.join(items), "; ".join(items))


def txt(t):
    return Val(t, t)


def other(t):
    """a typed value on a row that is not a criterion"""
    return Val(t, None)


# ---- rows -----------------------------------------------------------------------
class H:
    def __init__(self, text):
        self.text = text


class R:
    def __init__(self, title, val, crit=None, link=False, note=None, num=None):
        self.title, self.val, self.crit, self.link, self.note, self.num = (
            title, val, crit, link, note, num)


# --------------------------------------------------------------------------- links
class Linker:
    def __init__(self, seed, site, kind):
        self.rnd = random.Random(seed)
        self.site = site
        self.kind = kind
        self.k = 0

    def __call__(self):
        self.k += 1
        r = self.rnd
        if self.kind == "gosweb":
            return f"https://{self.site}/ofitsialno/nastavnichestvo/dokumenty-{r.randint(100, 999)}_{r.randint(10, 99)}.html"
        if self.kind == "upload":
            return f"https://{self.site}/upload/nastavnichestvo/2024/doc_{self.k:02d}_{r.randint(1000, 9999)}.pdf"
        if self.kind == "disk":
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
            return "https://disk.yandex.ru/i/" + "".join(r.choice(alphabet) for _ in range(14))
        if self.kind == "sveden":
            return f"https://{self.site}/sveden/document/nastav_{self.k:02d}.pdf"
        raise ValueError(self.kind)


# --------------------------------------------------------------------------- files
MUN = "Вальминский муниципальный округ Удмуртской Республики"


def file1():
    """МБОУ «СОШ № 5»: numbers doubled in words with units; yes/no with the order."""
    L = Linker(9001, "sh5-valminsk.gosuslugi.ru", "gosweb")
    rows = [
        H("1. Нормативно-правовое обеспечение"),
        R("Приказ об утверждении Положения о наставничестве пед. работников в ОО",
          yes("Да, приказ № 98-од от 31.08.2023"), "orgs_regulation_teachers", True),
        R("Приказ об утверждении Положения о наставничестве обучающихся",
          yes("Да, приказ № 99-од от 31.08.2023"), "orgs_regulation_students", True),
        R("Приказ о проведении мониторинга реализации ЦМН в школе",
          yes("Да, приказ № 245-од от 02.12.2024"), "orgs_monitoring_order", True),
        R("Дорожная карта (план мероприятий) по реализации ЦМН на 2024/2025 уч. год",
          other("Да, утв. приказом № 101-од от 01.09.2024"), None, True),
        H("2. Организация процесса наставничества"),
        R("Кураторы внедрения целевой модели наставничества (кол-во)", dw(2, "чел"),
          "curators_total", True),
        R("Соглашения о сотрудничестве с другими ОО (предоставление наставников)",
          dw(3, "согл"), "agreements_edu_orgs", True),
        R("Соглашения с предприятиями (сотрудники предприятий — наставники)",
          dw(1, "согл"), "agreements_enterprises", True),
        R("Соглашения с иными организациями (любой формы собственности)",
          dw(2, "согл"), "agreements_other_orgs", True),
        R("Организации-партнёры по наставничеству (перечислить)",
          lst(["МБОУ «СОШ № 9»", "ГАПОУ УР «Вальминский политехнический колледж»",
               "ООО «Вальмахлеб»", "МБУК «ЦБС г. Вальминска»"]), "partner_list"),
        R("Кол-во наставников (согласно приказу о закреплении)", dw(64, "чел"),
          "mentors_total", True),
        R("Кол-во наставляемых (согласно приказу о закреплении)", dw(187, "чел"),
          "mentees_total", True),
        R("Количество наставнических пар / групп", dw(61, "пара"), None),
        R("Справка по итогам внутреннего мониторинга ЦМН",
          yes("Да, справка от 20.12.2024 № 01-16/88"), "internal_monitoring_notes", True),
        H("3. Персонализированные программы наставничества (ПП)"),
        R("ПП — всего по всем формам", dw(52, "прог"), "pp_total", True),
        R("в т.ч. «ученик – ученик»", dw(21, "прог"), "pp_pupil_pupil", True),
        R("в т.ч. «учитель – учитель» (педагог – педагог)", dw(14, "прог"),
          "pp_teacher_teacher", True),
        R("в т.ч. «студент – студент»", na("—"), "pp_student_student"),
        R("в т.ч. «руководитель – педагог»", dw(3, "прог"), "pp_head_teacher", True),
        R("в т.ч. «студент – ученик»", na("—"), "pp_student_pupil"),
        R("в т.ч. «учитель – ученик»", dw(12, "прог"), "pp_teacher_pupil", True),
        R("в т.ч. иные формы (указать)", dw(2, "прог", tail=" («родитель – ученик»)"),
          "pp_other", True),
        H("4. Обучающиеся 10–19 лет — наставляемые"),
        R("Численность обучающихся от 10 до 19 лет", dw(612, "чел"), "students_10_19"),
        R("Обучающиеся 10–19 лет в роли наставляемых (всего)", dw(139, "чел"),
          "mentees_10_19", True),
        R("из них: «группа риска»", dw(9, "чел"), "mentees_risk", True),
        R("из них: одарённые дети (включены в реестр)", dw(14, "чел"), "mentees_gifted", True),
        R("из них: дети с ОВЗ, дети-инвалиды", dw(11, "чел"), "mentees_disabled", True),
        R("из них: низкая учебная мотивация, неуспевающие", dw(27, "чел"),
          "mentees_low_motivation", True),
        R("из них: затрудняются в выборе образовательной траектории / профессии", dw(31, "чел"),
          "mentees_career", True),
        R("из них: по иным основаниям", dw(47, "чел"), "mentees_other_params", True),
        R("Доля наставляемых среди обучающихся 10–19 лет", sh(139, 612, "pc_cnt_sp"),
          "share_mentees_10_19"),
        H("5. Обучающиеся 15–19 лет — наставники"),
        R("Численность обучающихся 15–19 лет", dw(168, "чел"), "students_15_19"),
        R("Наставники из числа обучающихся 15–19 лет (по приказу)", dw(29, "чел"),
          "mentors_15_19", True),
        R("Доля обучающихся 15–19 лет — наставников", sh(29, 168, "pc_cnt_sp"),
          "share_mentors_15_19"),
        H("6. Удовлетворённость участников (по итогам анкетирования)"),
        R("Удовлетворённость наставляемых завершёнными программами, %",
          lvl(94, "94 (девяносто четыре) %"), "satisfaction_mentees", True),
        R("Удовлетворённость наставников завершёнными программами, %",
          lvl(91, "91 (девяносто один) %"), "satisfaction_mentors", True),
        H("7. Педагоги и молодые специалисты — наставляемые"),
        R("Молодые специалисты (до 35 лет, стаж до 3 лет) — всего в ОО", dw(9, "чел"),
          "young_specialists"),
        R("Молодые специалисты в роли наставляемых", dw(8, "чел"),
          "young_specialists_mentees", True),
        R("Педагоги (кроме молодых специалистов) — всего", dw(47, "чел"), "teachers_other"),
        R("Педагоги (кроме МС) в роли наставляемых", dw(6, "чел"), "teachers_other_mentees",
          True),
        R("Доля педагогов — наставляемых", sh(14, 56, "pc_cnt_sp"), "share_teachers_mentees"),
        H("8. Профессиональное развитие педагогов"),
        R("Прошли КПК по наставничеству в 2024 г.", dw(4, "пед"), "kpk_trained", True),
        R("ШМО наставников (кол-во)", dw(1, g="n", tail=" ШМО наставников"),
          "school_methodical_associations", True),
        H("9. Педагоги-наставники"),
        R("Педагоги в роли наставника", dw(21, "чел"), "teachers_mentors", True),
        R("Доля педагогов-наставников", sh(21, 56, "pc_cnt_sp"), "share_teachers_mentors"),
        H("10. Стимулирование наставников"),
        R("Локальные акты об оплате наставнической деятельности", dw(1, "пол",
          tail=" (о стимулирующих выплатах, разд. 4)"), "pay_acts", True),
        R("Локальные акты о нематериальном поощрении наставников", dw(2, "акт"),
          "nonmaterial_acts", True),
        R("Ответственный за заполнение", other("Сергеева Н.А., зам. директора по УВР, куратор ЦМН"),
          None),
    ]
    return dict(
        fname="01_SOSH5_nastavnichestvo_2024.xlsx", sheet="Мониторинг 2024",
        org="МБОУ «СОШ № 5» г. Вальминска", layout="num4", linker=L,
        top=[f"{MUN}", "Мониторинг реализации целевой модели наставничества за 2024 год",
             "ОО: МБОУ «СОШ № 5» г. Вальминска"],
        header=["№ п/п", "Наименование показателя", "Значение за 2024 г.",
                "Ссылка на подтверждающий документ"],
        rows=rows,
        bottom=["Директор МБОУ «СОШ № 5»   ______________   / Н.В. Петрова /",
                "16.01.2025"],
    )


def file2():
    """МАОУ «Гимназия № 2»: 2024 value with the 2023 one in brackets; shares with counts."""
    L = Linker(9002, "gimn2-valminsk.gosuslugi.ru", "upload")
    rows = [
        H("Нормативное обеспечение"),
        R("Положение о системе наставничества педработников утверждено приказом",
          yes("Да, приказ от 29.08.2023 № 01-10/187"), "orgs_regulation_teachers", True),
        R("Положение о системе наставничества обучающихся утверждено приказом",
          yes("Да, тот же приказ (прил. 2)"), "orgs_regulation_students", True),
        R("Приказ о мониторинге ЦМН в ОО",
          yes("Да, приказ от 11.11.2024 № 01-10/301 (в 2023 г. — № 01-10/276)"),
          "orgs_monitoring_order", True),
        H("Организация процесса"),
        R("Кураторы ЦМН, чел.", ly(2, 1, "paren"), "curators_total", True),
        R("Соглашения с ОО о предоставлении наставников, шт.", ly(4, 3, "paren"),
          "agreements_edu_orgs", True),
        R("Соглашения с предприятиями, шт.", ly(0, 0, "paren"), "agreements_enterprises"),
        R("Соглашения с иными организациями, шт.", ly(3, 2, "paren"), "agreements_other_orgs",
          True),
        R("Партнёры (наименования)",
          lst(["ФГБОУ ВО «Удмуртский государственный университет» (Вальминский филиал)",
               "АНО «Центр молодёжных инициатив»",
               "МБУ «Вальминский краеведческий музей»"], ";\n"), "partner_list"),
        R("Наставники по приказу, чел.", ly(86, 71, "paren"), "mentors_total", True),
        R("Наставляемые по приказу, чел.", ly(243, 198, "paren"), "mentees_total", True),
        R("Справка по итогам внутреннего мониторинга",
          yes("Да, справка от 18.12.2024"), "internal_monitoring_notes", True),
        R("Мероприятия для наставников (семинары, мастер-классы), ед.", ly(7, 5, "paren"), None),
        H("Персонализированные программы"),
        R("ПП всего", ly(74, 63, "paren"), "pp_total", True),
        R("ПП «ученик – ученик»", ly(31, 25, "paren"), "pp_pupil_pupil", True),
        R("ПП «учитель – учитель»", ly(18, 17, "paren"), "pp_teacher_teacher", True),
        R("ПП «студент – студент»", na("-"), "pp_student_student"),
        R("ПП «руководитель – педагог»", ly(2, 2, "paren"), "pp_head_teacher", True),
        R("ПП «студент – ученик»", ly(4, 1, "paren"), "pp_student_pupil", True),
        R("ПП «учитель – ученик»", ly(19, 15, "paren"), "pp_teacher_pupil", True),
        R("ПП иной формы", ly(0, 3, "paren"), "pp_other"),
        H("Обучающиеся 10–19 лет"),
        R("Контингент 10–19 лет, чел.", ly(804, 781, "paren"), "students_10_19"),
        R("Наставляемые 10–19 лет, чел.", ly(189, 152, "paren"), "mentees_10_19", True),
        R("   в т.ч. группа риска", ly(6, 8, "paren"), "mentees_risk", True),
        R("   в т.ч. одарённые (реестр)", ly(48, 41, "paren"), "mentees_gifted", True),
        R("   в т.ч. ОВЗ / инвалидность", ly(7, 5, "paren"), "mentees_disabled", True),
        R("   в т.ч. низкая мотивация / неуспеваемость", ly(22, 17, "paren"),
          "mentees_low_motivation", True),
        R("   в т.ч. проблемы выбора профессии, траектории", ly(39, 30, "paren"),
          "mentees_career", True),
        R("   в т.ч. иные параметры", ly(67, 51, "paren"), "mentees_other_params", True),
        R("Доля наставляемых 10–19 лет", sh(189, 804, "pc_cnt"), "share_mentees_10_19"),
        H("Обучающиеся 15–19 лет"),
        R("Контингент 15–19 лет, чел.", ly(296, 288, "paren"), "students_15_19"),
        R("Обучающиеся-наставники 15–19 лет (приказ)", ly(41, 35, "paren"), "mentors_15_19",
          True),
        R("Доля обучающихся-наставников 15–19 лет", sh(41, 296, "pc_cnt"),
          "share_mentors_15_19"),
        H("Удовлетворённость"),
        R("Наставляемые, % удовлетворённых", lvl(96.2, "96,2 % (в 2023 г. — 93,0 %)"),
          "satisfaction_mentees", True),
        R("Наставники, % удовлетворённых", lvl(92.4, "92,4 % (в 2023 г. — 90,1 %)"),
          "satisfaction_mentors", True),
        H("Педагогические кадры"),
        R("Молодые специалисты (до 35 лет, до 3 лет стажа), чел.", ly(11, 9, "paren"),
          "young_specialists"),
        R("МС — наставляемые, чел.", ly(10, 9, "paren"), "young_specialists_mentees", True),
        R("Прочие педагоги (без МС), чел.", ly(58, 61, "paren"), "teachers_other"),
        R("Прочие педагоги — наставляемые, чел.", ly(8, 5, "paren"), "teachers_other_mentees",
          True),
        R("Доля МС-наставляемых", sh(10, 11, "pc_cnt"), "share_young_specialists_mentees"),
        R("Доля педагогов-наставляемых", sh(18, 69, "pc_cnt"), "share_teachers_mentees"),
        R("Обучены на КПК по наставничеству в 2024 г., чел.", ly(6, 2, "paren"), "kpk_trained",
          True),
        R("Педагоги-наставники, чел.", ly(35, 30, "paren"), "teachers_mentors", True),
        R("Доля педагогов-наставников", sh(35, 69, "pc_cnt"), "share_teachers_mentors"),
        H("Информационное сопровождение"),
        R("Публикации о наставничестве на сайте / в соцсетях, ед.", ly(12, 8, "paren"), None,
          True),
    ]
    return dict(
        fname="Гимназия2_ЦМН_2024.xlsx", sheet="Форма",
        org="МАОУ «Гимназия № 2»", layout="plain3", linker=L,
        top=["Сведения о реализации целевой модели наставничества",
             "Организация: МАОУ «Гимназия № 2»", "Отчётный период: 2024 год"],
        header=["Показатель", "Значение на 31.12.2024", "Подтверждение (ссылка)"],
        rows=rows,
        bottom=["Примечание: в скобках для сравнения указано значение за 2023 год.",
                "Исп. Кузнецова О.В., тел. 8 (34158) 2-14-07"],
    )


def file3():
    """МБОУ «СОШ № 12 с УИОП»: «15 / 12 (2023)», «увеличилось с 12 до 15», «22 из 91 (24,2 %)»."""
    L = Linker(9003, "school12-valminsk.ru", "sveden")
    rows = [
        H("I. Нормативная база"),
        R("Положение о наставничестве педагогов (приказ)",
          yes("Да, приказ № 45-од от 30.08.2024"), "orgs_regulation_teachers", True),
        R("Положение о наставничестве обучающихся (приказ)",
          yes("Да, приказ № 45-од от 30.08.2024 (прил. 2)"), "orgs_regulation_students", True),
        R("Приказ о мониторинге реализации ЦМН",
          no("Не издан (планируется в январе 2025 г.)"), "orgs_monitoring_order"),
        H("II. Организация наставничества"),
        R("Количество кураторов ЦМН", ly(1, 1, "slash"), "curators_total", True),
        R("Количество соглашений с образовательными организациями", ly(2, 1, "chg"),
          "agreements_edu_orgs", True),
        R("Количество соглашений с предприятиями", ly(2, 1, "slash"), "agreements_enterprises",
          True),
        R("Количество соглашений с иными организациями", na("—"), "agreements_other_orgs"),
        R("Предприятия-партнёры",
          lst(["АО «Вальминский машиностроительный завод»", "ООО «ТехноСервис»"], ", "),
          "partner_list"),
        R("Численность наставников (приказ)", ly(57, 48, "chg"), "mentors_total", True),
        R("Численность наставляемых (приказ)", ly(131, 118, "slash"), "mentees_total", True),
        R("Количество наставнических пар / групп", ly(38, 35, "slash"), None),
        R("Справка по итогам внутреннего мониторинга",
          yes("Да, справка по итогам мониторинга от 25.12.2024"), "internal_monitoring_notes",
          True),
        H("III. Персонализированные программы"),
        R("Всего ПП", ly(41, 46, "chg"), "pp_total", True),
        R("«ученик – ученик»", ly(15, 17, "slash"), "pp_pupil_pupil", True),
        R("«учитель – учитель»", ly(11, 12, "slash"), "pp_teacher_teacher", True),
        R("«студент – студент»", na("не заполняется"), "pp_student_student"),
        R("«руководитель – педагог»", ly(1, 0, "slash"), "pp_head_teacher", True),
        R("«студент – ученик»", ly(0, 0, "slash"), "pp_student_pupil"),
        R("«учитель – ученик»", ly(14, 13, "slash"), "pp_teacher_pupil", True),
        R("иные формы", ly(0, 4, "slash"), "pp_other"),
        H("IV. Наставники из внешнего контура"),
        R("из образовательных организаций", ly(2, 2, "slash"), "external_edu_mentors", True),
        R("из предприятий", ly(3, 1, "chg"), "enterprise_mentors", True),
        H("V. Наставляемые 10–19 лет"),
        R("Общая численность обучающихся (1–11 кл.)", ly(712, 698, "slash"), None),
        R("Обучающиеся в возрасте 10–19 лет", ly(560, 547, "slash"), "students_10_19"),
        R("Наставляемые 10–19 лет", ly(97, 83, "chg"), "mentees_10_19", True),
        R("— «группа риска»", ly(11, 9, "slash"), "mentees_risk", True),
        R("— одарённые дети", ly(8, 10, "slash"), "mentees_gifted", True),
        R("— дети с ОВЗ и дети-инвалиды", ly(6, 6, "slash"), "mentees_disabled", True),
        R("— низкая мотивация, неудовл. успеваемость", ly(19, 15, "slash"),
          "mentees_low_motivation", True),
        R("— выбор траектории / профессии", ly(26, 20, "slash"), "mentees_career", True),
        R("— иные параметры", ly(27, 23, "slash"), "mentees_other_params", True),
        R("Доля наставляемых 10–19 лет", sh(97, 560, "cnt_pc1"), "share_mentees_10_19"),
        H("VI. Наставники 15–19 лет"),
        R("Обучающиеся 15–19 лет", ly(141, 150, "slash"), "students_15_19"),
        R("Наставники из числа обучающихся 15–19 лет", ly(22, 24, "chg"), "mentors_15_19",
          True),
        R("Доля обучающихся 15–19 лет в роли наставника", sh(22, 141, "cnt_pc1"),
          "share_mentors_15_19"),
        H("VII. Удовлетворённость"),
        R("Удовлетворённость наставляемых", lvl(89, "89 % / 86 % (2023)"),
          "satisfaction_mentees", True),
        R("Удовлетворённость наставников", lvl(88, "увеличился с 84 % до 88 %"),
          "satisfaction_mentors", True),
        H("VIII–X. Педагоги"),
        R("Молодые специалисты, всего", ly(7, 5, "slash"), "young_specialists"),
        R("Молодые специалисты — наставляемые", ly(7, 5, "slash"),
          "young_specialists_mentees", True),
        R("Педагоги без учёта молодых специалистов", ly(44, 46, "slash"), "teachers_other"),
        R("Педагоги (без МС) — наставляемые", ly(4, 6, "slash"), "teachers_other_mentees",
          True),
        R("Доля молодых специалистов — наставляемых", sh(7, 7, "cnt_pc1"),
          "share_young_specialists_mentees"),
        R("Доля педагогов — наставляемых", sh(11, 51, "cnt_pc1"), "share_teachers_mentees"),
        R("Прошли КПК по вопросам наставничества", ly(3, 0, "chg"), "kpk_trained", True),
        R("Педагоги-наставники", ly(23, 21, "slash"), "teachers_mentors", True),
        R("Доля педагогов-наставников", sh(23, 51, "cnt_pc1"), "share_teachers_mentors"),
        H("XI. Стимулирование"),
        R("Локальные акты о нематериальном поощрении", na("—"), "nonmaterial_acts"),
        R("Дата заполнения формы", other("15.01.2025"), None),
    ]
    return dict(
        fname="СОШ12_мониторинг наставничества.xlsx", sheet="2024",
        org="МБОУ «СОШ № 12 с УИОП»", layout="name_row", linker=L,
        top=["Мониторинг реализации ЦМН — 2024 год"],
        name_row=("Наименование ОО", "МБОУ «СОШ № 12 с УИОП»"),
        header=["Показатель", "Значение", "Документ (ссылка)"],
        rows=rows,
        bottom=["* через «/» указано значение 2024 г. и в скобках — 2023 г.",
                "Заместитель директора ________ Л.П. Широбокова"],
    )


def file4():
    """МБУ ДО «ДДТ» (ДОП): numbers in words only; «Имеется (…)», «Отсутствует», «Не разработано»."""
    L = Linker(9004, "ddt-valminsk.gosuslugi.ru", "gosweb")
    rows = [
        H("Раздел 1. Нормативная база"),
        R("Наличие Положения о наставничестве педагогических работников",
          yes("Имеется (положение утв. приказом от 01.09.2023 № 63)"),
          "orgs_regulation_teachers", True),
        R("Наличие Положения о наставничестве обучающихся",
          yes("Имеется (положение утв. 01.09.2023)"), "orgs_regulation_students", True),
        R("Наличие приказа о мониторинге ЦМН", no("Отсутствует"), "orgs_monitoring_order"),
        R("Программа наставничества учреждения на 2024–2026 гг.",
          other("Имеется (утв. 30.08.2024)"), None, True),
        H("Раздел 2. Организация работы"),
        R("Кураторы ЦМН", ww(1, cap=True, tail=" (зам. директора по УВР)"), "curators_total",
          True),
        R("Соглашения со школами и другими ОО", ww(3, g="n"), "agreements_edu_orgs", True),
        R("Соглашения с предприятиями", zero("нет"), "agreements_enterprises"),
        R("Соглашения с иными организациями", ww(1, g="n"), "agreements_other_orgs", True),
        R("С кем сотрудничаем",
          lst(["МБОУ «СОШ № 5»", "МАОУ «Гимназия № 2»", "МБОУ «СОШ № 12 с УИОП»",
               "Вальминское отделение ВОО «Российское движение детей и молодёжи»"], "\n"),
          "partner_list"),
        R("Предмет соглашений",
          txt("совместная реализация программ наставничества «педагог – ученик»"),
          "agreement_subjects"),
        R("Наставники (по приказу)", ww(22), "mentors_total", True),
        R("Наставляемые (по приказу)", ww(58), "mentees_total", True),
        R("Справка по итогам внутреннего мониторинга", no("Не составлялась"),
          "internal_monitoring_notes"),
        H("Раздел 3. Персонализированные программы"),
        R("ПП всего", ww(19), "pp_total", True),
        R("ПП «педагог – педагог»", ww(5), "pp_teacher_teacher", True),
        R("ПП «педагог – обучающийся»", ww(11), "pp_teacher_pupil", True),
        R("ПП «обучающийся – обучающийся»", ww(3), "pp_pupil_pupil", True),
        R("ПП «руководитель – педагог»", na("—"), "pp_head_teacher"),
        R("ПП «студент – ученик»", na("—"), "pp_student_pupil"),
        R("ПП «студент – студент»", na("—"), "pp_student_student"),
        R("ПП иных форм", zero("нет"), "pp_other"),
        H("Раздел 4. Внешние наставники"),
        R("Наставники из других ОО", ww(2, coll=True), "external_edu_mentors", True),
        R("Наставники из иных организаций", ww(1, "наст"), "other_org_mentors", True),
        R("Наставники с предприятий", zero("нет"), "enterprise_mentors"),
        H("Раздел 5. Дети 10–19 лет"),
        R("Всего обучающихся ДДТ (все возрасты)", other("тысяча двести сорок"), None),
        R("Обучающиеся 10–19 лет", ww(437), "students_10_19"),
        R("Обучающиеся 10–19 лет — наставляемые", ww(39), "mentees_10_19", True),
        R("в т.ч. «группа риска»", ww(4, coll=True), "mentees_risk", True),
        R("в т.ч. одарённые (реестр)", ww(12), "mentees_gifted", True),
        R("в т.ч. ОВЗ, инвалиды", ww(3, coll=True), "mentees_disabled", True),
        R("в т.ч. низкая мотивация / успеваемость", na("не заполняется"),
          "mentees_low_motivation"),
        R("в т.ч. выбор профессии", ww(7), "mentees_career", True),
        R("в т.ч. иное", ww(13), "mentees_other_params", True),
        R("Доля наставляемых 10–19 лет", sh(39, 437, "pc"), "share_mentees_10_19"),
        H("Раздел 6. Обучающиеся 15–19 лет"),
        R("Обучающиеся 15–19 лет", ww(112), "students_15_19"),
        R("Наставники из обучающихся 15–19 лет", ww(8), "mentors_15_19", True),
        R("Доля наставников 15–19 лет", sh(8, 112, "pc"), "share_mentors_15_19"),
        H("Раздел 7. Удовлетворённость"),
        R("Наставляемые", lvl(95, "девяносто пять процентов"), "satisfaction_mentees", True),
        R("Наставники", lvl(97, "девяносто семь процентов"), "satisfaction_mentors", True),
        H("Раздел 8–10. Педагоги"),
        R("Молодые специалисты", ww(2, coll=True), "young_specialists"),
        R("Молодые специалисты — наставляемые", ww(2, coll=True), "young_specialists_mentees",
          True),
        R("Педагоги без МС", ww(26), "teachers_other"),
        R("Педагоги без МС — наставляемые", ww(3, "пед"), "teachers_other_mentees", True),
        R("Доля педагогов — наставляемых", sh(5, 28, "pc"), "share_teachers_mentees"),
        R("Обучены на КПК (наставничество)", ww(1, "пед"), "kpk_trained", True),
        R("Курс", lst(["«Наставничество в дополнительном образовании детей»"]), "kpk_courses"),
        R("Педагоги-наставники", ww(8), "teachers_mentors", True),
        H("Раздел 11. Стимулирование"),
        R("Локальный акт об оплате наставничества", zero("Не разработано"), "pay_acts"),
        R("Локальный акт о нематериальном поощрении",
          ww(1, g="n", cap=True, tail=" (положение о поощрении, утв. 10.01.2024)"),
          "nonmaterial_acts", True),
    ]
    return dict(
        fname="ДДТ_Вальминск_наставничество_2024.xlsx", sheet="Лист1",
        org="МБУ ДО «Дом детского творчества» г. Вальминска", layout="num4", linker=L,
        top=["Информация МБУ ДО «Дом детского творчества» г. Вальминска",
             "о реализации целевой модели наставничества в 2024 году"],
        header=["№", "Показатель", "Сведения", "Ссылка"],
        rows=rows,
        bottom=["Директор ________ Т.А. Баженова"],
    )


def file5():
    """МКОУ «Кузьминская ООШ»: small rural school, zeros in words, small numbers in words."""
    L = Linker(9005, "kuzmino-shkola.gosuslugi.ru", "disk")
    rows = [
        H("1. Нормативные документы"),
        R("Положение о наставничестве педагогов утверждено",
          yes("Да, приказ № 27 от 01.09.2023"), "orgs_regulation_teachers", True),
        R("Положение о наставничестве обучающихся утверждено",
          yes("Да, приказ № 27 от 01.09.2023"), "orgs_regulation_students", True),
        R("Приказ о мониторинге", no("Нет"), "orgs_monitoring_order"),
        R("Дорожная карта ОО", other("нет"), None),
        H("2. Организация"),
        R("Куратор(ы) ЦМН", ww(1, tail=" (директор)"), "curators_total", True),
        R("Соглашения с ОО", ww(1, g="n", tail=" (с МБОУ «Верхнесадовская СОШ»)"),
          "agreements_edu_orgs", True),
        R("Соглашения с предприятиями", zero("нет"), "agreements_enterprises"),
        R("Соглашения с иными организациями", zero("отсутствуют"), "agreements_other_orgs"),
        R("Партнёры", na("—"), "partner_list"),
        R("Наставники по приказу", ww(9), "mentors_total", True),
        R("Наставляемые по приказу", ww(17), "mentees_total", True),
        R("Справка о внутреннем мониторинге", yes("имеется"), "internal_monitoring_notes",
          True),
        H("3. Персонализированные программы"),
        R("Всего программ", ww(6, g="f"), "pp_total", True),
        R("ученик – ученик", ww(3), "pp_pupil_pupil", True),
        R("учитель – учитель", ww(1, g="f"), "pp_teacher_teacher", True),
        R("руководитель – педагог", zero("ноль"), "pp_head_teacher"),
        R("студент – ученик", zero("ноль"), "pp_student_pupil"),
        R("учитель – ученик", ww(2, g="f"), "pp_teacher_pupil", True),
        H("4. Внешние наставники"),
        R("из других ОО", zero("0 (ноль)"), "external_edu_mentors"),
        R("из иных организаций", zero("0 (ноль)"), "other_org_mentors"),
        R("с предприятий", zero("0 (ноль)"), "enterprise_mentors"),
        H("5. Обучающиеся 10–19 лет"),
        R("Всего учащихся в школе", other("пятьдесят восемь"), None),
        R("Учащиеся 10–19 лет", dw(31), "students_10_19"),
        R("Из них наставляемые", ww(9), "mentees_10_19", True),
        R("группа риска", ww(2, coll=True), "mentees_risk", True),
        R("одарённые", zero("нет"), "mentees_gifted"),
        R("ОВЗ / дети-инвалиды", ww(1), "mentees_disabled", True),
        R("низкая мотивация", ww(3, coll=True), "mentees_low_motivation", True),
        R("выбор профессии", zero("нет"), "mentees_career"),
        R("иные причины", ww(3, coll=True), "mentees_other_params", True),
        R("Доля наставляемых 10–19 лет", sh(9, 31, "pc_cnt_sp"), "share_mentees_10_19"),
        H("6. Обучающиеся 15–19 лет"),
        R("Учащиеся 15–19 лет", ww(7), "students_15_19"),
        R("Наставники из их числа", ww(2, coll=True), "mentors_15_19", True),
        R("Доля", sh(2, 7, "pc_cnt_sp"), "share_mentors_15_19"),
        H("7. Удовлетворённость"),
        R("наставляемых", lvl(100, "100 %"), "satisfaction_mentees", True),
        R("наставников", na("нет данных"), "satisfaction_mentors"),
        H("8. Педагоги"),
        R("Молодые специалисты", ww(1, "пед"), "young_specialists"),
        R("Молодые специалисты — наставляемые", ww(1), "young_specialists_mentees", True),
        R("Остальные педагоги", ww(9), "teachers_other"),
        R("Остальные педагоги — наставляемые", zero("нет"), "teachers_other_mentees"),
        R("Доля педагогов — наставляемых", sh(1, 10, "pc_cnt_sp"), "share_teachers_mentees"),
        H("9. Развитие педагогов"),
        R("Обучены на КПК", zero("нет"), "kpk_trained"),
        R("Курсы", na("—"), "kpk_courses"),
        R("ШМО наставников", zero("не имеется"), "school_methodical_associations"),
        H("10. Педагоги-наставники"),
        R("Педагоги-наставники", ww(3), "teachers_mentors", True),
        R("МС-наставники", zero("ноль"), "young_specialists_mentors"),
        R("Доля педагогов-наставников", sh(3, 10, "pc_cnt_sp"), "share_teachers_mentors"),
        H("11. Стимулирование"),
        R("Акт об оплате наставничества", zero("нет"), "pay_acts"),
        R("Акт о нематериальном поощрении", zero("нет (0)"), "nonmaterial_acts"),
    ]
    return dict(
        fname="Кузьминская ООШ - наставничество 2024.xlsx", sheet="наставничество",
        org="МКОУ «Кузьминская ООШ»", layout="plain3", linker=L,
        top=["МКОУ «Кузьминская ООШ»", "Мониторинг ЦМН, 2024 г."],
        header=["Критерий", "Значение", "Ссылка"],
        rows=rows,
        bottom=["Директор школы Мерзлякова Г.И."],
    )


def file6():
    """МАОУ «Лицей № 1»: big numbers doubled in words, «нет данных», «-», «не заполняется»."""
    L = Linker(9006, "licey1-valminsk.gosuslugi.ru", "upload")
    rows = [
        H("1. Нормативное обеспечение"),
        R("Положение о наставничестве педагогических работников (приказ об утверждении)",
          yes("Да, приказ от 28.08.2024 № 156-О"), "orgs_regulation_teachers", True),
        R("Положение о наставничестве обучающихся (приказ об утверждении)",
          yes("Да, приказ от 28.08.2024 № 157-О"), "orgs_regulation_students", True),
        R("Приказ о мониторинге реализации ЦМН",
          yes("Да, приказ от 14.10.2024 № 231-О"), "orgs_monitoring_order", True),
        H("2. Организация процесса"),
        R("Кураторы", dw(3, cap=True), "curators_total", True),
        R("Соглашения с другими ОО", dw(5, cap=True), "agreements_edu_orgs", True),
        R("Соглашения с предприятиями", dw(2, cap=True), "agreements_enterprises", True),
        R("Соглашения с иными организациями", na("нет данных"), "agreements_other_orgs"),
        R("Перечень партнёров",
          lst(["ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»",
               "АО «Вальминский электромеханический завод»", "ООО «Вальма-Софт»"]),
          "partner_list"),
        R("Наставники (приказ)", dw(118, cap=True), "mentors_total", True),
        R("Наставляемые (приказ)", dw(356, cap=True), "mentees_total", True),
        R("Справка по итогам внутреннего мониторинга",
          yes("Да, справка от 23.12.2024 № 14"), "internal_monitoring_notes", True),
        H("3. Персонализированные программы"),
        R("Всего ПП", dw(97, cap=True, g="f"), "pp_total", True),
        R("ученик – ученик", dw(38, cap=True, g="f"), "pp_pupil_pupil", True),
        R("учитель – учитель", dw(22, cap=True, g="f"), "pp_teacher_teacher", True),
        R("студент – студент", na("не заполняется"), "pp_student_student"),
        R("руководитель – педагог", dw(4, cap=True, g="f"), "pp_head_teacher", True),
        R("студент – ученик", dw(9, cap=True, g="f"), "pp_student_pupil", True),
        R("учитель – ученик", dw(24, cap=True, g="f"), "pp_teacher_pupil", True),
        R("иные формы", na("-"), "pp_other"),
        H("4. Наставники внешнего контура"),
        R("из образовательных организаций", dw(7, cap=True), "external_edu_mentors", True),
        R("из иных организаций", na("нет данных"), "other_org_mentors"),
        R("из предприятий", dw(4, cap=True), "enterprise_mentors", True),
        H("5. Обучающиеся 10–19 лет"),
        R("Численность обучающихся лицея, всего", dw(1318, cap=True, thousands=True), None),
        R("в т.ч. в возрасте 10–19 лет", dw(1124, cap=True, thousands=True), "students_10_19"),
        R("Наставляемые 10–19 лет", dw(268, cap=True), "mentees_10_19", True),
        R("   группа риска", dw(12, cap=True), "mentees_risk", True),
        R("   одарённые дети", dw(71, cap=True), "mentees_gifted", True),
        R("   ОВЗ и инвалидность", dw(9, cap=True), "mentees_disabled", True),
        R("   низкая мотивация", dw(34, cap=True), "mentees_low_motivation", True),
        R("   выбор траектории и профессии", dw(58, cap=True), "mentees_career", True),
        R("   иные параметры", dw(84, cap=True), "mentees_other_params", True),
        R("Доля наставляемых 10–19 лет", sh(268, 1124, "pc_cnt_sp"), "share_mentees_10_19"),
        H("6. Обучающиеся 15–19 лет"),
        R("Численность 15–19 лет", dw(402, cap=True), "students_15_19"),
        R("Наставники 15–19 лет", dw(53, cap=True), "mentors_15_19", True),
        R("Доля наставников 15–19 лет", sh(53, 402, "pc_cnt_sp"), "share_mentors_15_19"),
        H("7. Удовлетворённость"),
        R("Наставляемые", na("нет данных (анкетирование в феврале 2025 г.)"),
          "satisfaction_mentees"),
        R("Наставники", na("-"), "satisfaction_mentors"),
        H("8. Педагоги — наставляемые"),
        R("Молодые специалисты", dw(15, cap=True), "young_specialists"),
        R("МС — наставляемые", dw(13, cap=True), "young_specialists_mentees", True),
        R("Педагоги, кроме МС", dw(76, cap=True), "teachers_other"),
        R("Педагоги, кроме МС, — наставляемые", dw(11, cap=True), "teachers_other_mentees",
          True),
        R("Доля педагогов-наставляемых", sh(24, 91, "pc_cnt_sp"), "share_teachers_mentees"),
        H("9. Профессиональное развитие"),
        R("КПК по наставничеству", dw(9, cap=True), "kpk_trained", True),
        R("Наименования курсов", na("нет данных"), "kpk_courses"),
        H("10. Педагоги — наставники"),
        R("Педагоги-наставники", dw(39, cap=True), "teachers_mentors", True),
        R("Доля педагогов-наставников", sh(39, 91, "pc_cnt_sp"), "share_teachers_mentors"),
        H("11. Стимулирование"),
        R("Об оплате наставничества", dw(1, cap=True), "pay_acts", True),
        R("О нематериальном поощрении", no("Отсутствует"), "nonmaterial_acts"),
        R("Педагоги — победители и призёры конкурсов наставничества", dw(2, cap=True), None),
    ]
    return dict(
        fname="Лицей1_форма_ЦМН_2024.xlsx", sheet="Лицей № 1",
        org="МАОУ «Лицей № 1»", layout="num4", linker=L,
        top=["Форма мониторинга реализации целевой модели наставничества (2024 год)",
             "Муниципальное автономное общеобразовательное учреждение «Лицей № 1» (МАОУ «Лицей № 1»)"],
        header=["№", "Показатель", "Значение", "Ссылка на документ"],
        rows=rows,
        bottom=["Директор МАОУ «Лицей № 1» ________ А.С. Вахрушев"],
    )


def file7():
    """МБОУ «Верхнесадовская СОШ»: the mix of a letter — change phrases, doubled words,
    «Имеется (…)», shares «26,06% (37 из 142)»."""
    L = Linker(9007, "vsadsosh.gosuslugi.ru", "gosweb")
    rows = [
        H("Нормативно-правовое обеспечение"),
        R("Положение о наставничестве педагогов",
          yes("Имеется (положение утв. 01.09.2023, приказ № 84)"), "orgs_regulation_teachers",
          True),
        R("Положение о наставничестве обучающихся",
          yes("Имеется (положение утв. 01.09.2023)"), "orgs_regulation_students", True),
        R("Приказ о мониторинге ЦМН", yes("Да, приказ № 119 от 15.11.2024"),
          "orgs_monitoring_order", True),
        H("Организация"),
        R("Кураторы ЦМН", dw(1), "curators_total", True),
        R("Соглашения с ОО (наставники из других ОО)", ly(2, 1, "chg"), "agreements_edu_orgs",
          True),
        R("Соглашения с предприятиями", dw(1, "согл", tail=" — с СПК «Садовый»"),
          "agreements_enterprises", True),
        R("Соглашения с иными организациями", zero("нет"), "agreements_other_orgs"),
        R("Партнёры", lst(["СПК «Садовый»", "МБОУ «СОШ № 5» г. Вальминска",
                           "МКОУ «Кузьминская ООШ»"]), "partner_list"),
        R("Наставники по приказу", ly(24, 19, "chg"), "mentors_total", True),
        R("Наставляемые по приказу", ly(55, 41, "chg"), "mentees_total", True),
        R("Справка по итогам внутреннего мониторинга", yes("Да, справка от 26.12.2024"),
          "internal_monitoring_notes", True),
        H("Персонализированные программы"),
        R("ПП всего", dw(18, g="f"), "pp_total", True),
        R("ученик – ученик", dw(7, g="f"), "pp_pupil_pupil", True),
        R("учитель – учитель", dw(4, g="f"), "pp_teacher_teacher", True),
        R("учитель – ученик", dw(6, g="f"), "pp_teacher_pupil", True),
        R("иная форма", dw(1, g="f", tail=" — «родитель – ученик»"), "pp_other", True),
        R("студент – ученик / студент – студент", na("—"), None),
        H("Внешние наставники"),
        R("из других ОО", dw(2), "external_edu_mentors", True),
        R("с предприятий", dw(1), "enterprise_mentors", True),
        H("Обучающиеся"),
        R("10–19 лет, всего", dw(142), "students_10_19"),
        R("10–19 лет — наставляемые", ly(37, 28, "chg"), "mentees_10_19", True),
        R("   «группа риска»", dw(3), "mentees_risk", True),
        R("   одарённые", dw(5), "mentees_gifted", True),
        R("   ОВЗ", dw(2), "mentees_disabled", True),
        R("   низкая мотивация", dw(9), "mentees_low_motivation", True),
        R("   профориентация", dw(10), "mentees_career", True),
        R("   иное", dw(8), "mentees_other_params", True),
        R("Доля наставляемых 10–19 лет", sh(37, 142, "pc_cnt"), "share_mentees_10_19"),
        R("15–19 лет, всего", dw(38), "students_15_19"),
        R("15–19 лет — наставники", dw(9), "mentors_15_19", True),
        R("Доля наставников 15–19 лет", sh(9, 38, "pc_cnt"), "share_mentors_15_19"),
        H("Удовлетворённость"),
        R("наставляемых", lvl(92, "92 %"), "satisfaction_mentees", True),
        R("наставников", lvl(90, "90 %"), "satisfaction_mentors", True),
        H("Педагоги"),
        R("Молодые специалисты", dw(3), "young_specialists"),
        R("МС — наставляемые", dw(3), "young_specialists_mentees", True),
        R("Педагоги без МС", dw(21), "teachers_other"),
        R("Педагоги без МС — наставляемые", dw(1), "teachers_other_mentees", True),
        R("Доля педагогов — наставляемых", sh(4, 24, "pc_cnt"), "share_teachers_mentees"),
        R("ШМО наставников", zero("нет"), "school_methodical_associations"),
        R("Педагоги-наставники", dw(8), "teachers_mentors", True),
        R("Доля педагогов-наставников", sh(8, 24, "pc_cnt"), "share_teachers_mentors"),
        H("Стимулирование"),
        R("Об оплате наставничества", dw(1, "пол"), "pay_acts", True),
        R("О нематериальном поощрении", na("—"), "nonmaterial_acts"),
        R("Мероприятия с участием наставников за год", dw(4), None),
    ]
    return dict(
        fname="Верхнесадовская СОШ_ЦМН_2024.xlsx", sheet="Лист1",
        org="МБОУ «Верхнесадовская СОШ»", layout="name_row", linker=L,
        top=["В Управление образования Администрации Вальминского муниципального округа",
             "Сведения о реализации ЦМН за 2024 год"],
        name_row=("Школа:", "МБОУ «Верхнесадовская СОШ»"),
        header=["Наименование", "Значение", "Ссылка"],
        rows=rows,
        bottom=["Директор ________ Е.В. Касимова", "Исп.: Ложкина М.А."],
    )


# --------------------------------------------------------------------------- writer
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def load_catalogue():
    ids = set()
    with open(CRITERIA_TSV, encoding="utf-8") as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split("\t")[0])
    return ids


def write(spec, catalogue, cells, absent):
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    layout = spec["layout"]
    ncol = 4 if layout == "num4" else 3
    tcol, vcol, lcol = (2, 3, 4) if ncol == 4 else (1, 2, 3)
    r = 1
    for line in spec["top"]:
        ws.cell(r, 1, line).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    r += 1
    if layout == "name_row":
        a, b = spec["name_row"]
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.cell(r, 2, b)
        r += 2
    for c, h in enumerate(spec["header"], 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r += 1
    values, links, not_criteria, headings = {}, {}, [], []
    num = 0
    sub = 0
    L = spec["linker"]
    fname = "typed/" + spec["fname"]
    for item in spec["rows"]:
        if isinstance(item, H):
            headings.append(item.text)
            cell = ws.cell(r, 1, item.text)
            cell.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        num += 1
        if ncol == 4:
            ws.cell(r, 1, num).border = BORDER
        ws.cell(r, tcol, item.title)
        ws.cell(r, vcol, item.val.typed)
        for c in range(tcol, ncol + 1):
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = WRAP
        url = None
        if item.link:
            url = item.link if isinstance(item.link, str) else L()
            lc = ws.cell(r, lcol, url)
            if num % 3 == 0:
                lc.hyperlink = url
                lc.font = Font(color="0563C1", underline="single")
        vref = f"{get_column_letter(vcol)}{r}"
        lref = f"{get_column_letter(lcol)}{r}"
        if item.crit:
            assert item.crit in catalogue, item.crit
            if item.val.exp is not None:
                assert item.crit not in values, (spec["fname"], item.crit)
                values[item.crit] = item.val.exp
                cells.append(dict(file=fname, sheet=spec["sheet"], cell=vref,
                                  criterion=item.crit, kind="value", expected=item.val.exp,
                                  typed=item.val.typed, title=item.title))
                if url:
                    links[item.crit] = url
                    cells.append(dict(file=fname, sheet=spec["sheet"], cell=lref,
                                      criterion=item.crit, kind="link", expected=url))
            else:
                assert url is None, (spec["fname"], item.crit)
                absent.append(dict(file=fname, sheet=spec["sheet"], cell=vref,
                                  criterion=item.crit, kind="absent", expected=None,
                                  typed=item.val.typed, title=item.title))
        else:
            if item.val.typed not in ("—", "-", ""):
                not_criteria.append(item.title)
        r += 1
    r += 1
    for line in spec["bottom"]:
        ws.cell(r, 1 if ncol == 3 else 2, line)
        r += 1
    widths = [6, 62, 34, 58] if ncol == 4 else [62, 34, 58]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    out = HERE / fname
    out.parent.mkdir(exist_ok=True)
    wb.save(out)
    return {"file": fname, "year": 2024, "organisation": spec["org"], "values": values,
            "links": links, "not_criteria": not_criteria, "headings": headings}


def main():
    catalogue = load_catalogue()
    typed = HERE / "typed"
    if typed.exists():
        for p in typed.glob("*.xlsx"):
            p.unlink()
    cells, absent = [], []
    forms = [write(f(), catalogue, cells, absent)
             for f in (file1, file2, file3, file4, file5, file6, file7)]
    (HERE / "expected.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "absent": absent}, ensure_ascii=False, indent=1)
                                     + "\n", encoding="utf-8")
    nv = sum(len(f["values"]) for f in forms)
    nl = sum(len(f["links"]) for f in forms)
    print(f"{len(forms)} files, {len(forms)} forms, {nv} values, {nl} links")
    for f in forms:
        print(f"  {f['file']}: {len(f['values'])} values, {len(f['links'])} links, "
              f"{len(f['not_criteria'])} not_criteria")


if __name__ == "__main__":
    main()
