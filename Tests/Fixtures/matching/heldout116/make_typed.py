#!/usr/bin/env python3
"""heldout116: paper forms of village schools, printed, signed, stamped, scanned and
recognised back into XLSX by ABBYY FineReader / an online OCR service.

Writes typed/*.xlsx, expected.json, cells.json. Deterministic (fixed seeds)."""
import json
import pathlib
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
YEAR = 2024

LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
       "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
       "Р": "P", "С": "C", "Т": "T", "Х": "X"}
VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")

# The municipal paper template (Управление образования Ошворцинского МО), wordings as printed.
T = {
    "orgs_regulation_teachers": "Приказ об утверждении Положения о наставничестве педагогических работников в ОО (да/нет)",
    "orgs_regulation_students": "Приказ об утверждении Положения о наставничестве обучающихся (да/нет)",
    "orgs_monitoring_order": "Приказ ОО о проведении мониторинга реализации ЦМН (да/нет)",
    "internal_monitoring_notes": "Справка по итогам внутреннего мониторинга наставничества в ОО (да/нет)",
    "curators_total": "Кураторы внедрения целевой модели наставничества в ОО, чел.",
    "agreements_edu_orgs": "Соглашения с другими ОО, направившими своих работников наставниками, шт.",
    "agreements_enterprises": "Соглашения с предприятиями (сотрудники предприятия - наставники), шт.",
    "agreements_other_orgs": "Соглашения с иными организациями любой формы собственности, шт.",
    "partner_list": "Организации-партнёры по наставничеству (перечислить)",
    "mentors_total": "Наставники ОО по приказу, всего чел.",
    "mentees_total": "Наставляемые ОО по приказу, всего чел.",
    "pp_total": "Персонализированные программы наставничества (ПП), всего",
    "pp_pupil_pupil": "в т.ч. ПП по форме «ученик - ученик»",
    "pp_teacher_teacher": "в т.ч. ПП по форме «педагог - педагог»",
    "pp_head_teacher": "в т.ч. ПП по форме «руководитель - педагог»",
    "pp_teacher_pupil": "в т.ч. ПП по форме «учитель - ученик»",
    "pp_other": "в т.ч. ПП иных форм (указать в примечании)",
    "external_edu_mentors": "Наставники из сторонних образовательных организаций (по приказу), чел.",
    "enterprise_mentors": "Наставники - работники предприятий, чел.",
    "other_org_mentors": "Наставники из прочих организаций, чел.",
    "students_10_19": "Обучающиеся в возрасте 10-19 лет в ОО, всего чел.",
    "mentees_10_19": "Обучающиеся 10-19 лет - наставляемые в программах наставничества, чел.",
    "mentees_risk": "в т.ч. из «группы риска»",
    "mentees_gifted": "в т.ч. одарённые дети (внесены в реестр)",
    "mentees_disabled": "в т.ч. дети с ОВЗ, дети-инвалиды",
    "mentees_low_motivation": "в т.ч. с низкой мотивацией к учёбе, неуспевающие",
    "mentees_career": "в т.ч. затрудняющиеся с выбором профессии, образовательной траектории",
    "mentees_other_params": "в т.ч. по иным основаниям",
    "share_mentees_10_19": "Доля наставляемых среди обучающихся 10-19 лет, %",
    "students_15_19": "Обучающиеся в возрасте 15-19 лет в ОО, всего чел.",
    "mentors_15_19": "Обучающиеся 15-19 лет, назначенные наставниками (приказ), чел.",
    "share_mentors_15_19": "Доля обучающихся 15-19 лет в роли наставника, %",
    "satisfaction_mentees": "Удовлетворённость наставляемых завершёнными программами, %",
    "satisfaction_mentors": "Удовлетворённость наставников завершёнными программами, %",
    "young_specialists": "Молодые специалисты (до 35 лет, стаж до 3 лет) в ОО, чел.",
    "young_specialists_mentees": "Молодые специалисты в роли наставляемых, чел.",
    "share_young_specialists_mentees": "Доля молодых специалистов, охваченных наставничеством как наставляемые, %",
    "teachers_other": "Педагоги ОО без учёта молодых специалистов, чел.",
    "teachers_other_mentees": "Педагоги (кроме молодых специалистов) - наставляемые, чел.",
    "share_teachers_mentees": "Доля педагогов-наставляемых от всех педагогов ОО (вкл. МС), %",
    "teachers_in_pp": "Педагоги, участвующие в утверждённых персонализированных программах, чел.",
    "kpk_trained": "Педагоги, прошедшие КПК по наставничеству в 2024 г., чел.",
    "school_methodical_associations": "Методические объединения наставников в ОО (ШМО наставников), ед.",
    "teachers_mentors": "Педагоги-наставники, чел.",
    "young_specialists_mentors": "Молодые специалисты - наставники, чел.",
    "share_teachers_mentors": "Доля педагогов-наставников от числа педагогов ОО, %",
    "pay_acts": "Локальные акты о доплате (материальном поощрении) наставникам, кол-во",
    "nonmaterial_acts": "Локальные акты о нематериальном поощрении наставников, кол-во",
}
SECTIONS = {
    "orgs_regulation_teachers": "1. Нормативная база",
    "curators_total": "2. Организация наставничества в ОО",
    "pp_total": "3. Персонализированные программы",
    "external_edu_mentors": "4. Внешние наставники",
    "students_10_19": "5. Обучающиеся 10-19 лет",
    "students_15_19": "6. Обучающиеся 15-19 лет",
    "satisfaction_mentees": "7. Удовлетворённость участников",
    "young_specialists": "8. Педагоги и молодые специалисты",
    "teachers_in_pp": "9. Профессиональное развитие",
    "teachers_mentors": "10. Педагоги-наставники",
    "pay_acts": "11. Стимулирование наставников",
}
YESNO = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
         "internal_monitoring_notes"}
SHARES = {"share_mentees_10_19", "share_mentors_15_19", "share_young_specialists_mentees",
          "share_teachers_mentees", "share_teachers_mentors", "satisfaction_mentees",
          "satisfaction_mentors"}
DOCS = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
        "internal_monitoring_notes", "curators_total", "agreements_edu_orgs",
        "agreements_enterprises", "agreements_other_orgs", "mentors_total", "mentees_total",
        "pp_total", "mentees_10_19", "mentors_15_19", "satisfaction_mentees",
        "satisfaction_mentors", "kpk_trained", "school_methodical_associations", "pay_acts",
        "nonmaterial_acts", "teachers_in_pp", "external_edu_mentors", "partner_list"}


# ---------------------------------------------------------------- OCR noise
def latinise(text, rng, p):
    """Replace Cyrillic look-alikes by Latin ones in some words."""
    out = []
    for word in text.split(" "):
        if rng.random() < p:
            chars = list(word)
            idx = [i for i, c in enumerate(chars) if c in LAT]
            for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
                chars[i] = LAT[chars[i]]
            word = "".join(chars)
        out.append(word)
    return " ".join(out)


def wrap(text, rng, width):
    """A line break where the paper wrapped the cell; hyphenation left in for long words."""
    if len(text) <= width:
        return text
    pos = width - rng.randint(0, 8)
    if text[pos] == " ":
        return text[:pos] + "\n" + text[pos + 1:]
    # inside a word: hyphenate after a vowel if the word is long, otherwise break at the previous space
    start = text.rfind(" ", 0, pos) + 1
    end = text.find(" ", pos)
    end = len(text) if end < 0 else end
    word = text[start:end]
    if len(word) >= 8:
        for k in range(pos - start, 2, -1):
            if k < len(word) - 2 and word[k - 1] in VOWELS and word[k].isalpha():
                return text[:start + k] + "-\n" + text[start + k:]
    sp = text.rfind(" ", 0, pos)
    return text[:sp] + "\n" + text[sp + 1:] if sp > 0 else text


def ocr_title(text, rng, p=0.25, width=46, pwrap=0.6):
    t = latinise(text, rng, p)
    if rng.random() < pwrap:
        t = wrap(t, rng, width)
    return t


def ocr_number(v, rng, p):
    """How the recogniser returned a count: a number or a text with noise."""
    s = str(v)
    if rng.random() >= p:
        return v
    opts = []
    if len(s) >= 2:
        opts += [s[0] + " " + s[1:]]
    opts += [", " + s, s + ".", "." + s, " " + s + " ,"]
    if "0" in s:
        opts += [s.replace("0", "O"), s.replace("0", "О")]
    if "3" in s:
        opts += [s.replace("3", "З")]
    if "1" in s:
        opts += [s.replace("1", "l", 1), s.replace("1", "I", 1)]
    if "6" in s:
        opts += [s.replace("6", "б")]
    return rng.choice(opts)


def ocr_share(v, rng):
    s = ("%.1f" % v).replace(".", ",") if round(v, 1) == v else ("%.2f" % v).replace(".", ",")
    if s.endswith(",0"):
        s = s[:-2]
    opts = [s + " %", s + "%", s, s.replace(",", ", "), s + " %.", s.replace(",", ".") + "%"]
    if len(s.split(",")[0]) == 2:
        opts.append(s[0] + " " + s[1:] + " %")
    return rng.choice(opts)


def ocr_link(url, rng, p=0.6):
    if rng.random() >= p:
        return url
    cyr = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у"}
    u = url
    kind = rng.choice(["cyr", "space", "break", "cyr_space", "colon"])
    if kind in ("cyr", "cyr_space"):
        idx = [i for i, c in enumerate(u) if c in cyr and i > 8]
        for i in rng.sample(idx, min(2, len(idx))):
            u = u[:i] + cyr[u[i]] + u[i + 1:]
    if kind in ("space", "cyr_space"):
        slashes = [i for i, c in enumerate(u) if c in "/." and i > 8]
        i = rng.choice(slashes)
        u = u[:i] + " " + u[i:] if rng.random() < 0.5 else u[:i + 1] + " " + u[i + 1:]
    if kind == "break":
        slashes = [i for i, c in enumerate(u) if c == "/" and i > 10]
        i = rng.choice(slashes)
        u = u[:i + 1] + "\n" + u[i + 1:]
    if kind == "colon":
        u = u.replace("https://", "https: //", 1).replace("http://", "http : //", 1)
    return u


# ---------------------------------------------------------------- figures
def figures(seed, students, teachers, ys, ooh=False):
    r = random.Random(seed)
    f = {}
    f["orgs_regulation_teachers"] = 1
    f["orgs_regulation_students"] = 1
    f["orgs_monitoring_order"] = 1
    f["internal_monitoring_notes"] = r.choice([1, 1, 0])
    f["curators_total"] = r.choice([1, 1, 2])
    f["agreements_edu_orgs"] = r.choice([0, 1, 1, 2])
    f["agreements_enterprises"] = r.choice([0, 1, 1])
    f["agreements_other_orgs"] = r.choice([1, 2, 3])
    s1019 = int(students * r.uniform(0.55, 0.62))
    s1519 = r.randint(6, 10) if ooh else int(students * r.uniform(0.12, 0.16))
    f["students_10_19"] = s1019
    m1019 = int(s1019 * r.uniform(0.16, 0.3))
    f["mentees_10_19"] = m1019
    parts = ["mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
             "mentees_career", "mentees_other_params"]
    left = m1019
    for p in parts:
        v = min(left, r.randint(1, max(2, m1019 // 5)))
        f[p] = v
        left -= v
    f["share_mentees_10_19"] = round(100 * m1019 / s1019, 2)
    f["students_15_19"] = s1519
    m1519 = max(1, int(s1519 * r.uniform(0.1, 0.25)))
    f["mentors_15_19"] = m1519
    f["share_mentors_15_19"] = round(100 * m1519 / s1519, 2)
    f["satisfaction_mentees"] = r.choice([86, 88.5, 90, 92, 94.4, 95])
    f["satisfaction_mentors"] = r.choice([84, 87, 90.9, 93, 96])
    f["young_specialists"] = ys
    ysm = max(1, ys - r.choice([0, 0, 1])) if ys else 0
    f["young_specialists_mentees"] = ysm
    f["share_young_specialists_mentees"] = round(100 * ysm / ys, 2) if ys else 0
    other = teachers - ys
    f["teachers_other"] = other
    tom = r.randint(1, 3)
    f["teachers_other_mentees"] = tom
    f["share_teachers_mentees"] = round(100 * (tom + ysm) / teachers, 2)
    tm = r.randint(max(2, teachers // 6), max(3, teachers // 3))
    f["teachers_mentors"] = tm
    f["young_specialists_mentors"] = r.choice([0, 0, 1])
    f["share_teachers_mentors"] = round(100 * tm / teachers, 2)
    ext = f["agreements_edu_orgs"] and r.randint(1, 2)
    ent = f["agreements_enterprises"] and 1
    oth = r.randint(1, f["agreements_other_orgs"])
    f["external_edu_mentors"] = ext
    f["enterprise_mentors"] = ent
    f["other_org_mentors"] = oth
    f["mentors_total"] = tm + m1519 + ext + ent + oth
    f["mentees_total"] = m1019 + ysm + tom
    pp = {"pp_pupil_pupil": r.randint(1, max(1, m1519)), "pp_teacher_teacher": tom + ysm,
          "pp_head_teacher": r.choice([0, 1]), "pp_teacher_pupil": r.randint(2, 6),
          "pp_other": r.choice([0, 0, 1])}
    f.update(pp)
    f["pp_total"] = sum(pp.values())
    f["teachers_in_pp"] = min(teachers, tm + tom + ysm)
    f["kpk_trained"] = r.randint(1, max(2, tm))
    f["school_methodical_associations"] = 1
    f["pay_acts"] = r.choice([0, 1])
    f["nonmaterial_acts"] = 1
    return f


ORDER = list(T.keys())


# ---------------------------------------------------------------- sheet writing
class Form:
    def __init__(self, fname, org, sheet):
        self.fname = fname
        self.org = org
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = sheet
        self.sheet = sheet
        self.values, self.links, self.nc, self.heads = {}, {}, [], []
        self.cells = []
        self.r = 1

    def put(self, col, text, row=None, bold=False):
        row = self.r if row is None else row
        c = self.ws[f"{col}{row}"]
        c.value = text
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            c.font = Font(bold=True)
        return f"{col}{row}"

    def value(self, cid, ref, raw, true, tick=None):
        self.values[cid] = true
        d = {"file": "typed/" + self.fname, "sheet": self.sheet, "cell": ref, "criterion": cid,
             "kind": "value", "expected": true, "raw": raw}
        if tick is not None:
            d["tick_means"] = tick
        self.cells.append(d)

    def link(self, cid, ref, raw, true):
        self.links[cid] = true
        self.cells.append({"file": "typed/" + self.fname, "sheet": self.sheet, "cell": ref,
                           "criterion": cid, "kind": "link", "expected": true, "raw": raw})

    def save(self):
        self.wb.save(TYPED / self.fname)
        return {"file": "typed/" + self.fname, "year": YEAR, "organisation": self.org,
                "values": self.values, "links": self.links, "not_criteria": self.nc,
                "headings": self.heads}


def render_value(cid, v, rng, p):
    if cid in SHARES:
        return ocr_share(v, rng) if rng.random() < 0.85 else v
    if cid == "partner_list":
        return v
    return ocr_number(v, rng, p)


def yes_raw(v, rng, style):
    if style == "word":
        return rng.choice(["Да", "да", "ДA", "Дa"]) if v else rng.choice(["Нет", "нет", "HET", "Heт"])
    return rng.choice(["V", "✓", "+", "v"])


# ---------------------------------------------------------------- files
def write_oshvortsy():
    """Variant A, № | Показатель | Значение | Ссылка; a page break repeats the header row."""
    rng = random.Random(1161)
    f = figures(11, 312, 29, 3)
    f["partner_list"] = "СПК «Ошворцы»; Ошворцинский ЦСДК; Ошворцинская сельская библиотека"
    org = "МБОУ «Ошворцинская СОШ»"
    F = Form("oshvortsy_sosh_scan.xlsx", org, "Table 1")
    ws = F.ws
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 48
    F.put("A", "Муниципальное бюджетное общеобразовательное учреждение\n«Ошворцинская средняя общеобразовательная школа»")
    ws.merge_cells("A1:D1")
    F.r = 2
    F.put("A", "427О12, УР, Ошворцинский р-н, с. Ошворцы, ул. Школьная, 3")
    ws.merge_cells("A2:D2")
    F.r = 4
    F.put("A", "ИНФОРМАЦИЯ\nо реализации целевой модели наставничества за 2О24 год", bold=True)
    ws.merge_cells("A4:D4")
    F.r = 6
    hdr = ["№ п/п", "Наименование показателя", "Значение", "Ссылка на подтверждающий документ"]
    for col, h in zip("ABCD", hdr):
        F.put(col, h, bold=True)
    F.r = 7
    F.put("A", "1"), F.put("B", "2"), F.put("C", "3"), F.put("D", "4")
    F.r = 8
    base = "https://sh-oshvorcy-r18.gosweb.gosuslugi.ru/netcat_files/nastav/"
    skip = {"share_teachers_mentors", "young_specialists_mentors"}
    n = 0
    for cid in ORDER:
        if cid in skip:
            continue
        if cid in SECTIONS:
            t = latinise(SECTIONS[cid], rng, 0.3)
            F.put("A", t, bold=True)
            ws.merge_cells(f"A{F.r}:D{F.r}")
            F.heads.append(t)
            F.r += 1
        if cid == "students_10_19":
            # page break: the recogniser kept the page number and the repeated header row
            F.put("B", "- 2 -")
            F.r += 1
            for col, h in zip("ABCD", ["№ п/п", "Наименование показа-\nтеля", "Значе-\nние", "Ссылка на подтверждаю-\nщий документ"]):
                F.put(col, h, bold=True)
            F.r += 1
        n += 1
        F.put("A", f"{n}." if rng.random() < 0.7 else f"{n}")
        F.put("B", ocr_title(T[cid], rng))
        v = f[cid]
        if cid in YESNO:
            raw = yes_raw(v, rng, "word")
        else:
            raw = render_value(cid, v, rng, 0.35)
        F.put("C", raw)
        F.value(cid, f"C{F.r}", raw, v)
        if cid in DOCS and cid not in ("teachers_in_pp",):
            url = base + f"doc_{n:02d}.pdf"
            lraw = ocr_link(url, rng)
            F.put("D", lraw)
            F.link(cid, f"D{F.r}", lraw, url)
        F.r += 1
        if cid == "mentees_total":
            # an own row of the school: not a criterion
            n += 1
            F.put("A", f"{n}.")
            t = "Наставнические пары (всего на 31.12.2О24)"
            F.put("B", t)
            F.put("C", "2 4")
            F.nc.append(t)
            F.r += 1
        if cid == "mentees_other_params":
            n += 1
            F.put("A", f"{n}.")
            t = "Примечание: иные основания - дети участники СВО, дети из семей мобилизованных"
            F.put("B", latinise(t, rng, 0.2))
            ws.merge_cells(f"B{F.r}:D{F.r}")
            F.r += 1
    F.r += 1
    F.put("A", "Директор школы")
    F.put("B", "подпись ____________")
    F.put("C", "/ Н.В. Кузнецова /")
    F.r += 1
    F.put("A", "М.П.")
    F.put("B", "ОШВОРЦИНСКАЯ СРЕДН ЯЯ ОБЩЕОБР, .ЗОВА ТЕЛЬНАЯ * ШКОЛА * 1821ОО4З77 :")
    F.r += 1
    F.put("B", "ь ‘ ,,|. «_'' 1 ш")
    F.r += 1
    F.put("A", "Исп.: Ворончихина Т.А., зам. дир. по УВР, тел. 8 (341 55) 6-12-4О")
    ws.merge_cells(f"A{F.r}:D{F.r}")
    return F.save()


def write_kykva():
    """Variant B: № | Показатель | Да | Нет | Кол-во | Подтверждение. Ticks V / ✓ / +, «—» for empty.
    Two rows joined by the recogniser (value destroyed); a merged value cell."""
    rng = random.Random(1162)
    f = figures(22, 96, 14, 2, ooh=True)
    f["mentees_risk"], f["mentees_gifted"] = 1, 2  # printed «1» and «2», recognised as «1 23»
    # nothing with enterprises, no programmes of the head-teacher or other forms: the paper has «—»
    f["agreements_enterprises"] = f["enterprise_mentors"] = f["pp_head_teacher"] = f["pp_other"] = 0
    f["mentors_total"] = (f["teachers_mentors"] + f["mentors_15_19"] + f["external_edu_mentors"]
                          + f["other_org_mentors"])
    f["pp_total"] = f["pp_pupil_pupil"] + f["pp_teacher_teacher"] + f["pp_teacher_pupil"]
    f["partner_list"] = "ООО «Кыквинское»; МБУК «Кыквинский СДК»"
    org = "МБОУ «Кыквинская ООШ»"
    F = Form("kykva_oosh_finereader.xlsx", org, "Лист1")
    ws = F.ws
    for col, w in zip("ABCDEF", [5, 60, 6, 6, 10, 44]):
        ws.column_dimensions[col].width = w
    F.put("A", "MБОУ «Kыквинская OОШ»")  # Latin M, K, O
    ws.merge_cells("A1:F1")
    F.r = 2
    F.put("A", "Мониторинг реализации Целевой модели наставничества\nпо состоянию на 31.12.2О24")
    ws.merge_cells("A2:F2")
    F.r = 4
    for col, h in zip("ABCDEF", ["№", "Показатель", "да", "нет", "Кол-во\n(чел., ед., %)", "Подтверждение (ссылка на сайт ОО)"]):
        F.put(col, h, bold=True)
    F.r = 5
    base = "http://kykva-shkola.ucoz.ru/nastavnichestvo/"
    skip = {"external_edu_mentors", "agreements_edu_orgs", "pp_head_teacher", "share_teachers_mentors",
            "young_specialists_mentors", "mentees_other_params", "teachers_in_pp"}
    n = 0
    dash_rows = {"pp_other": "—", "agreements_enterprises": "—"}
    joined = ("mentees_risk", "mentees_gifted")
    for i, cid in enumerate(ORDER):
        if cid in skip:
            continue
        if cid in SECTIONS:
            t = latinise(SECTIONS[cid], rng, 0.35)
            F.put("A", t, bold=True)
            ws.merge_cells(f"A{F.r}:F{F.r}")
            F.heads.append(t)
            F.r += 1
        if cid == joined[1]:
            continue
        n += 1
        F.put("A", str(n))
        if cid == joined[0]:
            # the recogniser joined two rows of the paper into one: both titles, values «1 23»
            t = latinise(T["mentees_risk"], rng, 0.3) + "\n" + latinise(T["mentees_gifted"], rng, 0.3)
            F.put("B", t)
            F.put("E", "1 23")
            F.nc.append(t)
            n += 1
            F.r += 1
            continue
        F.put("B", ocr_title(T[cid], rng, p=0.3))
        v = f[cid]
        if cid in dash_rows:
            F.put("E", "—")
            F.put("C", "—"), F.put("D", "—")
            F.r += 1
            continue
        if cid in YESNO:
            raw = yes_raw(v, rng, "tick")
            col = "C" if v else "D"
            other = "D" if v else "C"
            F.put(col, raw)
            F.put(other, rng.choice(["—", None, "-"]))
            F.put("E", "—")
            F.value(cid, f"{col}{F.r}", raw, v, tick=1 if v else 0)
        else:
            F.put("C", "—"), F.put("D", "—")
            raw = render_value(cid, v, rng, 0.45)
            F.put("E", raw)
            F.value(cid, f"E{F.r}", raw, v)
        if cid in DOCS and cid not in ("mentees_10_19", "satisfaction_mentors"):
            url = base + f"{n}.pdf"
            lraw = ocr_link(url, rng, 0.7)
            F.put("F", lraw)
            F.link(cid, f"F{F.r}", lraw, url)
        F.r += 1
        if cid == "mentees_total":
            n += 1
            F.put("A", str(n))
            t = "Наставники / наставляемые из числа родителей (законных представителей)"
            F.put("B", t)
            F.put("E", "2 / 0")
            F.nc.append(t)
            F.r += 1
    # a merged value cell: one figure for two paper rows that the school typed once
    n += 1
    F.put("A", str(n))
    t1 = "Участие наставников в муниципальном конкурсе «Наставник-2О24», чел."
    F.put("B", t1)
    F.put("E", 2)
    ws.merge_cells(f"E{F.r}:E{F.r + 1}")
    F.nc.append(t1)
    F.r += 1
    F.put("A", str(n + 1))
    F.put("B", "в т.ч. призёры")
    F.r += 2
    F.put("B", "Директор ОУ ______ подпись __________ Л.Г. Максимова")
    F.r += 1
    F.put("A", "M.П.")
    F.put("B", "^ЕН0 *\" ОБЩЕОБРАЗО ВАТЕЛЬН ,. КЫКВИН ; ОГРН 1О21 8О")
    F.r += 1
    F.put("B", "«1 5» января 2О25 г.")
    return F.save()


def write_verkhneyusy():
    """Variant A with titles split over two sheet rows (value cell merged over them),
    hyphenation left in, a stamp over one value (destroyed), a repeated header at the page break."""
    rng = random.Random(1163)
    f = figures(33, 184, 20, 3)
    f["partner_list"] = "ИП глава КФХ Тихонов А.П.; Верхнеюсинский ФАП"
    org = "МБОУ «Верхнеюсинская СОШ»"
    F = Form("verkhneyusy_scan_ocr.xlsx", org, "Page 1")
    ws = F.ws
    for col, w in zip("ABCD", [5, 54, 11, 50]):
        ws.column_dimensions[col].width = w
    F.put("B", "УТВЕРЖДАЮ\nДиректор МБОУ «Верхнеюсинская СОШ»\n___________ С.А. Лекомцева")
    F.r = 3
    F.put("A", "Отчёт по показателям мониторинга ЦМН (наставничество) 2О24 г.", bold=True)
    ws.merge_cells("A3:D3")
    F.r = 5
    hdr = ["№", "Показатель", "Значе-\nние", "Ссылка"]
    for col, h in zip("ABCD", hdr):
        F.put(col, h, bold=True)
    F.r = 6
    base = "https://verhneyusinskaya-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    skip = {"agreements_enterprises", "enterprise_mentors", "pp_other", "young_specialists_mentors"}
    split = {"orgs_regulation_teachers", "agreements_edu_orgs", "external_edu_mentors",
             "mentees_career", "share_young_specialists_mentees", "teachers_in_pp", "pay_acts"}
    n = 0
    for cid in ORDER:
        if cid in skip:
            continue
        if cid in SECTIONS:
            t = latinise(SECTIONS[cid], rng, 0.3)
            F.put("B", t, bold=True)
            F.heads.append(t)
            F.r += 1
        if cid == "young_specialists":
            F.put("D", "2")
            F.r += 1
            for col, h in zip("ABCD", hdr):
                F.put(col, h, bold=True)
            F.r += 1
        n += 1
        F.put("A", f"{n}.")
        v = f[cid]
        raw = yes_raw(v, rng, "word") if cid in YESNO else render_value(cid, v, rng, 0.35)
        if cid in split:
            # the paper row was tall: the recogniser made two rows, the value cell merged over both
            t = latinise(T[cid], rng, 0.25)
            words = t.split(" ")
            k = max(2, len(words) // 2)
            first, second = " ".join(words[:k]), " ".join(words[k:])
            w = words[k - 1]
            if len(w) >= 9:  # hyphenation left on the first line
                j = len(w) // 2
                while j < len(w) - 2 and w[j - 1] not in VOWELS:
                    j += 1
                first = " ".join(words[:k - 1] + [w[:j] + "-"])
                second = w[j:] + " " + second
            F.put("B", first)
            F.put("B", second, row=F.r + 1)
            F.put("C", raw)
            ws.merge_cells(f"C{F.r}:C{F.r + 1}")
            ref = f"C{F.r}"
            if cid in DOCS:
                url = base + f"dokument_{n}.html"
                lraw = ocr_link(url, rng, 0.7)
                F.put("D", lraw)
                ws.merge_cells(f"D{F.r}:D{F.r + 1}")
                F.link(cid, f"D{F.r}", lraw, url)
            F.value(cid, ref, raw, v)
            F.r += 2
            continue
        F.put("B", ocr_title(T[cid], rng, width=44, pwrap=0.8))
        if cid == "mentees_low_motivation":
            # the round stamp lies over this value: «■8» — 8, 18 or 28?
            F.put("C", "■8")
            F.nc_skip = cid
            F.r += 1
            continue
        F.put("C", raw)
        F.value(cid, f"C{F.r}", raw, v)
        if cid in DOCS:
            url = base + f"dokument_{n}.html"
            lraw = ocr_link(url, rng, 0.7)
            F.put("D", lraw)
            F.link(cid, f"D{F.r}", lraw, url)
        F.r += 1
        if cid == "students_10_19":
            n += 1
            F.put("A", f"{n}.")
            t = "Классов-комплектов в школе (5-11 кл.)"
            F.put("B", t)
            F.put("C", "1 1")
            F.nc.append(t)
            F.r += 1
        if cid == "kpk_trained":
            n += 1
            F.put("A", f"{n}.")
            t = "Наименование KПK, место и сроки обучения"
            F.put("B", t)
            raw = "«Наставничество в образовательной органи-\nзации», ИРО УР, март 2О24, 36 ч."
            F.put("C", raw)
            ws.merge_cells(f"C{F.r}:D{F.r}")
            F.value("kpk_courses", f"C{F.r}", raw,
                    "«Наставничество в образовательной организации», ИРО УР, март 2024, 36 ч.")
            F.r += 1
    F.r += 1
    F.put("A", "М.П.")
    F.put("B", "Ответственный за наставничество (куратор) ________ Е.В. Перевощикова")
    F.r += 1
    F.put("B", "ВЕРХНЕЮСИН, «ОЛА» * Удмуртская Рес ~ ИНН 18ЗЗ ОО")
    return F.save()


def write_chekeevo():
    """Variant C: № | Показатель | Ед. изм. | Значение | Ссылка. In some rows the recogniser
    shifted the value into the unit column or joined unit and value into one merged cell."""
    rng = random.Random(1164)
    f = figures(44, 141, 17, 2)
    f["partner_list"] = "СПК «Чекеевский»; МБУ ДО «Ошворцинский ДДТ»; Отделение СФР по УР"
    org = "МБОУ «Чекеевская СОШ»"
    F = Form("chekeevo_sosh_abbyy.xlsx", org, "Table 1")
    ws = F.ws
    for col, w in zip("ABCDE", [5, 56, 9, 11, 46]):
        ws.column_dimensions[col].width = w
    F.put("A", "Форма мониторинга реализации Целевой модели наставничества в ОО\nОшворцинского муниципального округа УР")
    ws.merge_cells("A1:E1")
    F.r = 2
    F.put("A", "Наименование ОО: МБОУ «Чeкeeвская СОШ»        Отчётный период: 2024 год")
    ws.merge_cells("A2:E2")
    F.r = 4
    hdr = ["№", "Показатель", "Ед. изм.", "Значение", "Ссылка на документ"]
    for col, h in zip("ABCDE", hdr):
        F.put(col, h, bold=True)
    F.r = 5
    base = "https://chekeevo-school.edu18.ru/docs/nastav_"
    skip = {"agreements_enterprises", "enterprise_mentors", "pp_head_teacher", "mentees_other_params",
            "share_teachers_mentors"}
    shifted = {"curators_total", "pp_teacher_pupil", "students_15_19", "teachers_other"}
    joined = {"mentees_disabled", "kpk_trained"}
    n = 0
    for cid in ORDER:
        if cid in skip:
            continue
        if cid in SECTIONS:
            t = latinise(SECTIONS[cid], rng, 0.3)
            F.put("A", t, bold=True)
            ws.merge_cells(f"A{F.r}:E{F.r}")
            F.heads.append(t)
            F.r += 1
        if cid == "satisfaction_mentees":
            F.put("C", "3")
            F.r += 1
            for col, h in zip("ABCDE", hdr):
                F.put(col, h, bold=True)
            F.r += 1
        n += 1
        title = T[cid]
        unit = "да/нет" if cid in YESNO else "%" if cid in SHARES else "ед." if cid in (
            "pp_total", "agreements_edu_orgs", "agreements_other_orgs", "pay_acts", "nonmaterial_acts",
            "school_methodical_associations") or cid.startswith("pp_") else "—" if cid == "partner_list" else "чел."
        title = title.replace(", %", "").replace(", чел.", "").replace(", шт.", "").replace(", ед.", "").replace(", кол-во", "")
        title = title.replace(" (да/нет)", "").replace(", всего чел.", ", всего")
        if rng.random() < 0.3:
            # the recogniser joined № and title
            F.put("A", f"{n}. " + ocr_title(title, rng, width=52))
            ws.merge_cells(f"A{F.r}:B{F.r}")
        else:
            F.put("A", str(n))
            F.put("B", ocr_title(title, rng, width=52))
        v = f[cid]
        if cid in YESNO:
            raw = rng.choice(["1", 1, "да", "l"])
        elif cid in SHARES:
            raw = ocr_share(v, rng).replace("%", "").strip()
        else:
            raw = render_value(cid, v, rng, 0.35)
        if cid in shifted:
            F.put("C", raw)
            F.put("D", None)
            F.value(cid, f"C{F.r}", raw, v)
        elif cid in joined:
            raw = f"{unit} {v}" if rng.random() < 0.5 else f"{unit}  {str(v)[0]} {str(v)[1:]}".rstrip()
            F.put("C", raw)
            ws.merge_cells(f"C{F.r}:D{F.r}")
            F.value(cid, f"C{F.r}", raw, v)
        else:
            F.put("C", unit)
            F.put("D", raw)
            F.value(cid, f"D{F.r}", raw, v)
        if cid in DOCS and cid not in ("mentees_10_19",):
            url = base + f"{n}.pdf"
            lraw = ocr_link(url, rng, 0.6)
            F.put("E", lraw)
            F.link(cid, f"E{F.r}", lraw, url)
        F.r += 1
        if cid == "internal_monitoring_notes":
            n += 1
            F.put("A", str(n))
            t = "Дорожная карта ОО по внедрению ЦМН на 2024-2О25 уч. г."
            F.put("B", t)
            F.put("C", "да/нет")
            F.put("D", "да")
            F.put("E", ocr_link(base + "dk.pdf", rng, 1.0))
            F.nc.append(t)
            F.r += 1
    F.r += 1
    F.put("B", "Руководитель ОО  ____________  /Р.Ф. Галиева/")
    F.r += 1
    F.put("A", "М.П.")
    F.put("B", "«__» ________ 2О25")
    F.r += 1
    F.put("B", ".,. ЧЕКЕЕВСКАЯ ,СРЕДНЯЯ\" ’ш ОБЩ ОБРАЗОВ")
    return F.save()


def write_syzga():
    """Variant A, a small ООШ: ticks ✓, few links typed, a year «2О24», a link that no one could
    read (left out), rows with «—»."""
    rng = random.Random(1165)
    f = figures(55, 64, 11, 1, ooh=True)
    org = "МБОУ «Сызьгинская ООШ»"
    F = Form("syzga_oosh_ocr.xlsx", org, "Sheet1")
    ws = F.ws
    for col, w in zip("ABCD", [5, 60, 12, 44]):
        ws.column_dimensions[col].width = w
    F.put("A", "Сведения МБОУ «Сызьгинская ООШ» (Ошворцинский р-н)\nо наставничестве за 2О24 год", bold=True)
    ws.merge_cells("A1:D1")
    F.r = 3
    for col, h in zip("ABCD", ["№", "Показатель", "Отметка /\nколичество", "Где размещено"]):
        F.put(col, h, bold=True)
    F.r = 4
    keep = ["orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
            "internal_monitoring_notes", "curators_total", "agreements_other_orgs", "mentors_total",
            "mentees_total", "pp_total", "pp_pupil_pupil", "pp_teacher_teacher", "pp_teacher_pupil",
            "pp_other", "other_org_mentors", "students_10_19", "mentees_10_19", "mentees_risk",
            "mentees_low_motivation", "mentees_career", "share_mentees_10_19", "students_15_19",
            "mentors_15_19", "share_mentors_15_19", "satisfaction_mentees", "young_specialists",
            "young_specialists_mentees", "teachers_other", "teachers_other_mentees", "kpk_trained",
            "teachers_mentors", "nonmaterial_acts", "pay_acts"]
    linked = {"orgs_regulation_teachers": "https://syzga-oosh.ucoz.net/index/nastavnichestvo/0-41",
              "orgs_regulation_students": "https://syzga-oosh.ucoz.net/index/nastavnichestvo/0-41",
              "mentors_total": "https://syzga-oosh.ucoz.net/index/prikaz_nastavniki/0-43"}
    n = 0
    for cid in keep:
        if cid in SECTIONS:
            t = latinise(SECTIONS[cid], rng, 0.3)
            F.put("B", t, bold=True)
            F.heads.append(t)
            F.r += 1
        n += 1
        F.put("A", f"{n}")
        F.put("B", ocr_title(T[cid], rng, p=0.3, width=50))
        v = f[cid]
        if cid in ("pp_other", "pay_acts"):
            F.put("C", "—")
            F.r += 1
            continue
        if cid in YESNO:
            raw = "✓" if v else "—"
            if not v:
                F.put("C", raw)
                F.r += 1
                continue
            F.value(cid, f"C{F.r}", raw, v, tick=1)
        else:
            raw = render_value(cid, v, rng, 0.5)
            F.value(cid, f"C{F.r}", raw, v)
        F.put("C", raw)
        if cid in linked:
            lraw = ocr_link(linked[cid], rng, 1.0)
            F.put("D", lraw)
            F.link(cid, f"D{F.r}", lraw, linked[cid])
        elif cid == "orgs_monitoring_order":
            # a Yandex Disk link: the recogniser read «l», «I» and «1» so no one can tell which
            F.put("D", "https://disk.yandex.ru/i/ 4QlI1xZ-rЗpKlw")
        elif cid in DOCS and rng.random() < 0.3:
            F.put("D", "стенд в учительской")
        F.r += 1
    n += 1
    F.put("A", f"{n}")
    t = "Обучающихся в школе всего на 01.09.2О24"
    F.put("B", t)
    F.put("C", ", 64")
    F.nc.append(t)
    F.r += 2
    F.put("B", "Директор ______ подпись        A.Н. Бузанакова")
    F.r += 1
    F.put("A", "М.П.")
    F.put("B", "М ^ниципал ное ; шко , «СЫЗЬГИН»")
    return F.save()


def write_yagan():
    """ABBYY «exact copy» mode: spacer columns between the table's columns, the title blocks as
    text boxes in wide merged cells, one row number column recognised as «l.», «2.» …"""
    rng = random.Random(1166)
    f = figures(66, 226, 23, 4)
    f["partner_list"] = "АО «Ошворцинское ДРСУ»; Ошворцинская ЦРБ; ДЮСШ с. Ошворцы"
    org = "МБОУ «Яган-Докьинская СОШ»"
    F = Form("yagan_dokya_sosh_exactcopy.xlsx", org, "Page_1")
    ws = F.ws
    widths = {"A": 2, "B": 5, "C": 1.5, "D": 55, "E": 1.5, "F": 11, "G": 1.5, "H": 46}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    F.r = 2
    F.put("D", "Приложение 2 к приказу УО\nот 1О.12.2О24 № 3ЗЗ")
    F.r = 4
    F.put("B", "Мониторинг реализации региональной ЦМН\nМБОУ «Яган-Докьинская СОШ» - 2024", bold=True)
    ws.merge_cells("B4:H5")
    F.r = 7
    for col, h in zip("BDFH", ["№", "Критерий", "Значение", "Документ (адрес в сети Интернет)"]):
        F.put(col, h, bold=True)
    F.r = 8
    base = "https://yagan-dokya.gosuslugi.ru/svedeniya/nastavnichestvo/"
    skip = {"enterprise_mentors", "agreements_enterprises", "pp_other"}
    n = 0
    for cid in ORDER:
        if cid in skip:
            continue
        if cid in SECTIONS:
            t = latinise(SECTIONS[cid], rng, 0.3)
            F.put("D", t, bold=True)
            F.heads.append(t)
            F.r += 1
        if cid == "share_mentors_15_19":
            F.put("H", "Страница 2 из 3")
            F.r += 1
            for col, h in zip("BDFH", ["№", "Критерий", "Значение", "Документ (адрес в сети Интернет)"]):
                F.put(col, h, bold=True)
            F.r += 1
        if cid == "teachers_in_pp":
            F.put("H", "Страница 3 из 3")
            F.r += 1
            for col, h in zip("BDFH", ["№", "Критерий", "Значение", "Документ (адрес в сети Интернет)"]):
                F.put(col, h, bold=True)
            F.r += 1
        n += 1
        num = f"{n}."
        num = num.replace("1", "l", 1) if rng.random() < 0.4 else num
        F.put("B", num)
        F.put("D", ocr_title(T[cid], rng, width=48))
        v = f[cid]
        if cid in YESNO:
            raw = rng.choice(["+", "V", "Да"]) if v else "нет"
            F.put("F", raw)
            F.value(cid, f"F{F.r}", raw, v, tick=1 if v else None)
        else:
            raw = render_value(cid, v, rng, 0.35)
            F.put("F", raw)
            F.value(cid, f"F{F.r}", raw, v)
        if cid in DOCS and cid != "pp_total":
            url = base + f"fail-{100 + n}.pdf"
            lraw = ocr_link(url, rng, 0.6)
            F.put("H", lraw)
            F.link(cid, f"H{F.r}", lraw, url)
        F.r += 1
        if cid == "teachers_mentors":
            n += 1
            F.put("B", f"{n}.")
            t = "Наставники, получившие благодарность / грамоту УО в 2024 г."
            F.put("D", latinise(t, rng, 0.3))
            F.put("F", "З")
            F.nc.append(ws[f"D{F.r}"].value)
            F.r += 1
    F.r += 1
    F.put("D", "Директор          подпись ___________         М.П.       Т.Н. Бегишева")
    F.r += 1
    F.put("D", "«Яган-Докьинская средняя обще-\nобразовательная школа» ИНН 18З1 \" * ' .")
    F.r += 1
    F.put("H", "2О.О1.2025")
    return F.save()


def main():
    TYPED.mkdir(exist_ok=True)
    forms = [write_oshvortsy(), write_kykva(), write_verkhneyusy(), write_chekeevo(), write_syzga(),
             write_yagan()]
    cells = []
    # collect cells from the Form objects through a registry
    for fn in CELLS:
        cells.extend(fn)
    (HERE / "expected.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1), encoding="utf-8")
    nv = sum(len(x["values"]) for x in forms)
    nl = sum(len(x["links"]) for x in forms)
    print(f"files {len(forms)} forms {len(forms)} values {nv} links {nl}")


CELLS = []
_orig_save = Form.save


def _save(self):
    CELLS.append(self.cells)
    return _orig_save(self)


Form.save = _save

if __name__ == "__main__":
    main()
