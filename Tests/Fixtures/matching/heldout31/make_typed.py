#!/usr/bin/env python3
"""Held-out set 34: «values typed every way a person types them».

Seven ordinary organisation forms (criteria down, value column, link column) of the invented
Светлореченский район (Удмуртская Республика), reporting year 2024.  Every value is typed the way
people really type it: «30% (12 чел.)», «12 из 40», «0,3» with the unit «доля», a percent-formatted
0.3, «12 (двенадцать)», «1 2», «12,0», «+» / «–», «имеется (приказ № 45 от 01.09.2024)», «в наличии»,
«не имеется», «разработано», «нет, в разработке», «—», «нет данных», «не проводилось», empty cells,
a merged value over two rows and a formula with a cached value (file E is re-saved by LibreOffice).

Writes typed/*.xlsx, expected.json and cells.json.  Deterministic (fixed data, no randomness).
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024
OMIT = object()          # a value that is deliberately left out of "values" (see README)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


class Num:
    """A number written as a number, with a number format."""
    def __init__(self, v, fmt):
        self.v, self.fmt = v, fmt


class Sum:
    """A formula =<cell of crit a>+<cell of crit b>+…, resolved after layout."""
    def __init__(self, *crits):
        self.crits = crits


def H(text):
    return {"kind": "heading", "title": text}


def V(title, value, crit=None, exp=None, link=None, **kw):
    d = {"kind": "row", "title": title, "value": value, "crit": crit, "exp": exp, "link": link}
    d.update(kw)
    return d


def C(title):
    """Continuation of the previous row's title (text wrapped onto a second row by hand)."""
    return {"kind": "cont", "title": title}


def is_url(s):
    return isinstance(s, str) and s.startswith("http")


ALL_CELLS = []
ALL_EXPECTED = []
OMITTED = []


def build(fname, org, head_lines, cols, headers, rows, widths, sheet="Лист1", legend=None,
          hyperlinks=False, resave=False):
    """cols: dict role -> column letter; roles: num, dir, title, unit, prev, value, plan, link, note."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ncol = max(ord(c) - 64 for c in cols.values())
    last = get_column_letter(ncol)
    r = 1
    for line in head_lines:
        ws.cell(r, 1, line).font = BOLD
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        r += 1
    r += 1
    for role, text in headers.items():
        c = ws[f"{cols[role]}{r}"]
        c.value = text
        c.font = BOLD
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    r += 1

    entry = {"file": f"typed/{fname}", "year": YEAR, "organisation": org, "values": {}, "links": {},
             "not_criteria": [], "headings": []}
    where = {}              # crit -> value cell address
    formulas = []           # (cell, Sum)
    num = 1
    prev_row = None
    dir_spans = []          # (dir text, first row, last row)
    for it in rows:
        if it["kind"] == "heading":
            if "dir" in cols:
                raise ValueError("headings go into the direction column in this layout")
            ws.cell(r, 1, it["title"]).font = BOLD
            ws.merge_cells(f"A{r}:{last}{r}")
            entry["headings"].append(it["title"])
            r += 1
            continue
        if it["kind"] == "cont":
            ws[f"{cols['title']}{r}"] = it["title"]
            for role in cols:
                ws[f"{cols[role]}{r}"].border = BOX
            # merge value / link / number cells of the previous row over both rows
            for role in ("num", "value", "link", "unit", "prev", "plan", "note"):
                if role in cols:
                    ws.merge_cells(f"{cols[role]}{r-1}:{cols[role]}{r}")
            prev_row["merged"] = f"{cols['value']}{r-1}:{cols['value']}{r}"
            prev_row["lmerged"] = f"{cols['link']}{r-1}:{cols['link']}{r}"
            r += 1
            continue
        if "dir" in cols:
            d = it.get("dir")
            if d is not None:
                dir_spans.append([d, r, r])
            else:
                dir_spans[-1][2] = r
        if "num" in cols and it.get("num", True) is not False:
            ws[f"{cols['num']}{r}"] = num
            num += 1
        ws[f"{cols['title']}{r}"] = it["title"]
        vcell = f"{cols['value']}{r}"
        val = it["value"]
        if isinstance(val, Num):
            ws[vcell] = val.v
            ws[vcell].number_format = val.fmt
        elif isinstance(val, Sum):
            formulas.append((vcell, val))
        elif val is not None:
            ws[vcell] = val
        for role in ("unit", "prev", "plan", "note"):
            if role in cols and it.get(role) is not None:
                x = it[role]
                if isinstance(x, Num):
                    ws[f"{cols[role]}{r}"] = x.v
                    ws[f"{cols[role]}{r}"].number_format = x.fmt
                else:
                    ws[f"{cols[role]}{r}"] = x
        lcell = f"{cols['link']}{r}"
        if it["link"] is not None:
            ws[lcell] = it["link"]
            if hyperlinks and is_url(it["link"]):
                ws[lcell].hyperlink = it["link"]
                ws[lcell].font = Font(color="0563C1", underline="single")
        for role in cols:
            ws[f"{cols[role]}{r}"].border = BOX
            ws[f"{cols[role]}{r}"].alignment = WRAP
        if it.get("merge_next"):
            # the value (and link) cell spans this row and the next criterion's row
            ws.merge_cells(f"{vcell}:{cols['value']}{r+1}")
            ws.merge_cells(f"{lcell}:{cols['link']}{r+1}")
        it["row"] = r
        it["vcell"] = vcell
        it["lcell"] = lcell
        if it.get("shared_from") is not None:       # second row under a merged value
            it["vcell"] = it["shared_from"]["vcell"]
            it["lcell"] = it["shared_from"]["lcell"]
            it["merged"] = it["shared_from"]["merged"]
            it["lmerged"] = it["shared_from"]["lmerged"]
        if it.get("merge_next"):
            it["merged"] = f"{vcell}:{cols['value']}{r+1}"
            it["lmerged"] = f"{lcell}:{cols['link']}{r+1}"
        prev_row = it
        rows_done.append(it)
        r += 1

    for d, a, b in dir_spans:
        c = f"{cols['dir']}{a}"
        ws[c] = d
        ws[c].alignment = Alignment(wrap_text=True, vertical="center")
        ws[c].font = BOLD
        if b > a:
            ws.merge_cells(f"{c}:{cols['dir']}{b}")
        entry["headings"].append(d)

    for vcell, s in formulas:
        ws[vcell] = "=" + "+".join(where_of(s_c) for s_c in s.crits)

    if legend:
        r += 1
        for line in legend:
            ws.cell(r, 1, line)
            r += 1
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    path = os.path.join(TYPED, fname)
    wb.save(path)
    if resave:
        tmp = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, fname), path)
        shutil.rmtree(tmp)

    # record expectations
    for it in list(rows_done):
        crit, exp = it["crit"], it["exp"]
        if crit is None:
            if it["value"] is not None:
                entry["not_criteria"].append(it["title"])
            continue
        if exp is OMIT:
            OMITTED.append({"file": entry["file"], "cell": it["vcell"], "criterion": crit,
                            "typed": it["value"] if isinstance(it["value"], (str, int, float)) else None,
                            "why": it.get("why", "")})
            continue
        if crit in entry["values"]:
            raise ValueError(f"{fname}: {crit} twice")
        entry["values"][crit] = exp
        c = {"file": entry["file"], "sheet": sheet, "cell": it["vcell"], "kind": "value",
             "criterion": crit, "expected": exp, "organisation": org}
        if it.get("merged"):
            c["merged"] = it["merged"]
        if isinstance(it["value"], Sum):
            c["formula"] = "=" + "+".join(where_of(s_c) for s_c in it["value"].crits)
        if resave:
            c["resaved"] = "soffice --headless --convert-to xlsx (to store the formula's cached value)"
        ALL_CELLS.append(c)
        if is_url(it["link"]) or (it.get("shared_from") is not None and is_url(it["shared_from"]["link"])):
            url = it["link"] if is_url(it["link"]) else it["shared_from"]["link"]
            entry["links"][crit] = url
            c2 = {"file": entry["file"], "sheet": sheet, "cell": it["lcell"], "kind": "link",
                  "criterion": crit, "expected": url, "organisation": org}
            if it.get("lmerged"):
                c2["merged"] = it["lmerged"]
            if hyperlinks:
                c2["hyperlink"] = True
            if resave:
                c2["resaved"] = c["resaved"]
            ALL_CELLS.append(c2)
    ALL_EXPECTED.append(entry)
    rows_done.clear()


rows_done = []


def where_of(crit):
    for it in rows_done:
        if it.get("crit") == crit:
            return it["vcell"]
    raise KeyError(crit)


# ---------------------------------------------------------------------------------------------
# A. МБОУ «Светлореченская СОШ № 1» — «12 чел.», «30% (12 чел.)», «имеется (приказ № …)»,
#    one value merged over two criteria (both regulations approved by the same order).
# ---------------------------------------------------------------------------------------------
def file_a():
    s = "https://sh1-svetlorechensk-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    L45 = s + "prikaz_45_ot_01.09.2024_polozheniya.pdf"
    L52 = s + "prikaz_52_ot_16.09.2024_monitoring.pdf"
    LSPR = s + "spravka_vnutrenniy_monitoring_2024.pdf"
    LBN = s + "baza_nastavnikov_2024.pdf"
    LBNL = s + "baza_nastavlyaemyh_2024.pdf"
    LS1 = s + "soglashenie_gimnaziya2.pdf"
    LS2 = s + "soglasheniya_predpriyatiya_2024.pdf"
    LPP = s + "personalizirovannye_programmy_2024.pdf"
    LAN = "https://disk.yandex.ru/d/sosh1_ankety_udovl_2024"
    LKPK = s + "udostovereniya_kpk_nastavnichestvo.pdf"
    LSHMO = s + "prikaz_shmo_nastavnikov.pdf"
    LPAY = s + "polozhenie_ob_oplate_truda.pdf"
    first = V("Положение о системе наставничества педагогических работников ОО",
              "имеется (приказ № 45 от 01.09.2024)", "orgs_regulation_teachers", 1, L45, merge_next=True)
    second = V("Положение о системе наставничества обучающихся", None, "orgs_regulation_students", 1, None,
               shared_from=first)
    rows = [
        H("1. Нормативное обеспечение"),
        first, second,
        V("Приказ о проведении мониторинга реализации ЦМН в ОО", "имеется (приказ № 52 от 16.09.2024)",
          "orgs_monitoring_order", 1, L52),
        V("Дорожная карта внедрения ЦМН на 2024–2025 уч. год", "имеется (приказ № 45 от 01.09.2024)", None, None, L45),
        V("Информационная справка по итогам внутреннего мониторинга", "имеется (справка от 20.12.2024)",
          "internal_monitoring_notes", 1, LSPR),
        H("2. Организация наставничества в ОО"),
        V("Кураторы внедрения ЦМН", "1 чел.", "curators_total", 1, L45),
        V("Наставники в базе ОО (по приказу), всего", "60 чел.", "mentors_total", 60, LBN),
        V("Наставляемые в базе ОО (по приказу), всего", "201 чел.", "mentees_total", 201, LBNL),
        V("Соглашения с другими ОО, предоставившими наставников", "1 (с МБОУ «Гимназия № 2»)",
          "agreements_edu_orgs", 1, LS1),
        V("Соглашения с предприятиями, предоставившими наставников", "2 (два)", "agreements_enterprises", 2, LS2),
        V("Соглашения с иными организациями любых форм собственности", "0", "agreements_other_orgs", 0, "—"),
        V("Предмет соглашений", "Привлечение специалистов предприятий к наставничеству по форме «работодатель – ученик» "
          "(профориентация обучающихся 8–11 классов)", "agreement_subjects",
          "Привлечение специалистов предприятий к наставничеству по форме «работодатель – ученик» "
          "(профориентация обучающихся 8–11 классов)", LS2),
        V("Предприятия (организации) – партнёры по наставничеству",
          "АО «Светлореченский молочный комбинат»; ООО «Агрофирма «Заречье»", "partner_list",
          "АО «Светлореченский молочный комбинат»; ООО «Агрофирма «Заречье»", LS2),
        H("3. Персонализированные программы наставничества (ПП)"),
        V("ПП по всем формам, всего", "24 прогр.", "pp_total", 24, LPP),
        V("ПП «ученик – ученик»", "10 прогр.", "pp_pupil_pupil", 10, LPP),
        V("ПП «учитель – учитель»", "8 прогр.", "pp_teacher_teacher", 8, LPP),
        V("ПП «руководитель – педагог»", "2 прогр.", "pp_head_teacher", 2, LPP),
        V("ПП «студент – студент»", "—", "pp_student_student", OMIT, None,
          why="a dash in a count row with no legend: «не применимо», «нет» or «не заполнено» — the form does not say zero"),
        V("ПП «студент – ученик»", "0", "pp_student_pupil", 0, None),
        V("ПП «учитель – ученик»", "4 прогр.", "pp_teacher_pupil", 4, LPP),
        H("4. Наставники из внешних организаций"),
        V("Наставники из других образовательных организаций (по приказу)", "2 чел.", "external_edu_mentors", 2, LBN),
        V("Наставники – сотрудники предприятий", "3 чел.", "enterprise_mentors", 3, LBN),
        H("5. Обучающиеся 10–19 лет в роли наставляемых"),
        V("Обучающиеся в возрасте 10–19 лет, всего", "620 чел.", "students_10_19", 620, None),
        V("Обучающиеся 10–19 лет, включённые в программы наставничества (наставляемые)", "186 чел.",
          "mentees_10_19", 186, LBNL),
        V("Доля наставляемых среди обучающихся 10–19 лет", "30% (186 чел.)", "share_mentees_10_19", 30, None),
        V("Наставляемые из «группы риска»", "14 чел.", "mentees_risk", 14, LBNL),
        V("Наставляемые – «одарённые дети» (вошедшие в реестры)", "22 чел.", "mentees_gifted", 22, LBNL),
        V("Наставляемые – дети с ОВЗ и дети-инвалиды", "9 чел.", "mentees_disabled", 9, LBNL),
        V("Наставляемые с низкой мотивацией к учёбе / неуспевающие", "31 чел.", "mentees_low_motivation", 31, LBNL),
        V("Наставляемые, испытывающие трудности с выбором профессии и образовательной траектории", "40 чел.",
          "mentees_career", 40, LBNL),
        V("Наставляемые по иным параметрам", "70 чел.", "mentees_other_params", 70, LBNL),
        H("6. Обучающиеся 15–19 лет в роли наставников"),
        V("Обучающиеся в возрасте 15–19 лет, всего", "160 чел.", "students_15_19", 160, None),
        V("Наставники из числа обучающихся 15–19 лет (по приказу)", "24 чел.", "mentors_15_19", 24, LBN),
        V("Доля обучающихся 15–19 лет – наставников", "15% (24 чел.)", "share_mentors_15_19", 15, None),
        H("7. Удовлетворённость участников завершённых программ"),
        V("Удовлетворённость наставляемых, %", "92,4%", "satisfaction_mentees", 92.4, LAN),
        V("Удовлетворённость наставников, %", "95%", "satisfaction_mentors", 95, LAN),
        H("8. Педагоги и молодые специалисты в роли наставляемых"),
        V("Молодые специалисты (до 35 лет, первые три года работы), всего", "9 чел.", "young_specialists", 9, None),
        V("Молодые специалисты – наставляемые", "9 чел.", "young_specialists_mentees", 9, LBNL),
        V("Доля молодых специалистов – наставляемых", "100% (9 чел.)", "share_young_specialists_mentees", 100, None),
        V("Педагоги (без молодых специалистов), всего", "61 чел.", "teachers_other", 61, None),
        V("Педагоги (без молодых специалистов) – наставляемые", "6 чел.", "teachers_other_mentees", 6, LBNL),
        V("Доля педагогов – наставляемых (вместе с молодыми специалистами)", "21,4% (15 чел.)",
          "share_teachers_mentees", 21.4, None),
        H("9. Профессиональное развитие педагогов"),
        V("Педагоги, участвующие в утверждённых ПП", "20 чел.", "teachers_in_pp", 20, LPP),
        V("Педагоги, прошедшие КПК по вопросам наставничества в 2024 г.", "4 чел.", "kpk_trained", 4, LKPK),
        V("Наименование курсов", "«Наставничество в образовательной организации: технологии и практики» "
          "(АОУ ДПО УР ИРО, 36 ч.)", "kpk_courses",
          "«Наставничество в образовательной организации: технологии и практики» (АОУ ДПО УР ИРО, 36 ч.)", LKPK),
        V("Методические объединения наставников в ОО", "1 (ШМО наставников)", "school_methodical_associations", 1,
          LSHMO),
        H("10. Педагоги в роли наставников"),
        V("Педагоги-наставники", "31 чел.", "teachers_mentors", 31, LBN),
        V("Молодые специалисты – наставники", "3 чел.", "young_specialists_mentors", 3, LBN),
        V("Доля педагогов-наставников", "44,3% (31 чел.)", "share_teachers_mentors", 44.3, None),
        V("Доля молодых специалистов – наставников", "33,3% (3 чел.)", "share_young_specialists_mentors", 33.3, None),
        V("Педагоги, включённые в сетевые сообщества наставников", "2 чел.", None, None, None),
        H("11. Стимулирование наставников"),
        V("Локальные акты об оплате работы наставников", "1 (Положение об оплате труда, прил. 4)", "pay_acts", 1, LPAY),
        V("Локальные акты о нематериальном поощрении наставников", "1", "nonmaterial_acts", 1, LPAY),
    ]
    build("svetl_sosh1_monitoring_2024.xlsx", "МБОУ «Светлореченская СОШ № 1»",
          ["Мониторинг реализации целевой модели наставничества в образовательной организации за 2024 год",
           "Наименование ОО: МБОУ «Светлореченская СОШ № 1»",
           "Муниципальное образование: Светлореченский район"],
          {"num": "A", "title": "B", "value": "C", "link": "D"},
          {"num": "№ п/п", "title": "Показатель", "value": "Значение", "link": "Ссылка на подтверждающий документ"},
          rows, {"A": 6, "B": 62, "C": 30, "D": 70},
          legend=["Директор ____________ /И. В. Шубина/", "Исполнитель: Кропачёва Т. Н., зам. директора по УВР"])


# ---------------------------------------------------------------------------------------------
# B. МБОУ «Гимназия № 2» — columns 2023 / 2024, unit column, «+» / «–» with a legend,
#    shares as fractions under the unit «доля» («0,3», 0.12, «1,0»), counts as «42,0».
# ---------------------------------------------------------------------------------------------
def file_b():
    s = "https://gimn2-svetlorechensk.edu.ru/upload/nastavnichestvo/2024/"
    LPOL = s + "prikaz_ob_utverzhdenii_polozheniy_2024.pdf"
    LSPR = s + "spravka_monitoring_CMN_2024.pdf"
    LBAZA = s + "prikaz_o_zakreplenii_nastavnicheskih_par_2024.pdf"
    LSOG = s + "soglashenie_SOSH1.pdf"
    LKPK = s + "kpk_nastavniki_2024.pdf"
    LPAY = s + "polozhenie_o_stimuliruyushchih_vyplatah.pdf"
    rows = [
        V("Положение о наставничестве педагогических работников (утверждено приказом)", "+",
          "orgs_regulation_teachers", 1, LPOL, unit="+/–", prev="+", dir="Нормативная база"),
        V("Положение о наставничестве обучающихся (утверждено приказом)", "+", "orgs_regulation_students", 1, LPOL,
          unit="+/–", prev="–"),
        V("Приказ о мониторинге реализации ЦМН", "–", "orgs_monitoring_order", 0, None, unit="+/–", prev="–"),
        V("Справка по итогам внутреннего мониторинга", "+", "internal_monitoring_notes", 1, LSPR, unit="+/–", prev="+"),
        V("Кураторы ЦМН", 2, "curators_total", 2, LPOL, unit="чел.", prev=1, dir="Организация наставничества"),
        V("Наставники (по приказу)", "42,0", "mentors_total", 42, LBAZA, unit="чел.", prev="38,0"),
        V("Наставляемые (по приказу)", "172,0", "mentees_total", 172, LBAZA, unit="чел.", prev="150,0"),
        V("Наставники из других образовательных организаций", Num(2.0, "0.0"), "external_edu_mentors", 2, LSOG,
          unit="чел.", prev=Num(0.0, "0.0")),
        V("Соглашения с другими ОО о предоставлении наставников", 1, "agreements_edu_orgs", 1, LSOG, unit="ед.", prev=0),
        V("Персонализированные программы (все формы)", 14, "pp_total", 14, LBAZA, unit="ед.", prev=11,
          dir="Персонализированные программы"),
        V("в т. ч. «ученик – ученик»", 6, "pp_pupil_pupil", 6, None, unit="ед.", prev=5),
        V("в т. ч. «учитель – учитель»", 6, "pp_teacher_teacher", 6, None, unit="ед.", prev=5),
        V("в т. ч. «руководитель – педагог»", 2, "pp_head_teacher", 2, None, unit="ед.", prev=1),
        V("Обучающиеся 10–19 лет", 540, "students_10_19", 540, None, unit="чел.", prev=528,
          dir="Обучающиеся 10–19 лет (наставляемые)"),
        V("Обучающиеся 10–19 лет в программах наставничества (наставляемые)", 162, "mentees_10_19", 162, LBAZA,
          unit="чел.", prev=132),
        V("Доля наставляемых от числа обучающихся 10–19 лет", "0,3", "share_mentees_10_19", 30, None,
          unit="доля", prev="0,25"),
        V("Обучающиеся 15–19 лет", 150, "students_15_19", 150, None, unit="чел.", prev=146,
          dir="Обучающиеся 15–19 лет (наставники)"),
        V("Наставники из числа обучающихся 15–19 лет", 18, "mentors_15_19", 18, LBAZA, unit="чел.", prev=12),
        V("Доля обучающихся 15–19 лет в роли наставника", 0.12, "share_mentors_15_19", 12, None, unit="доля",
          prev=0.08),
        V("Удовлетворённость наставляемых", 91, "satisfaction_mentees", 91, None, unit="%", prev=88,
          dir="Удовлетворённость"),
        V("Удовлетворённость наставников", 94, "satisfaction_mentors", 94, None, unit="%", prev=90),
        V("Молодые специалисты (до 35 лет, стаж до 3 лет)", 6, "young_specialists", 6, None, unit="чел.", prev=5,
          dir="Педагоги в роли наставляемых"),
        V("Молодые специалисты – наставляемые", 6, "young_specialists_mentees", 6, LBAZA, unit="чел.", prev=5),
        V("Доля молодых специалистов – наставляемых", "1,0", "share_young_specialists_mentees", 100, None,
          unit="доля", prev="1,0"),
        V("Педагоги (без молодых специалистов)", 48, "teachers_other", 48, None, unit="чел.", prev=47),
        V("Педагоги (без молодых специалистов) – наставляемые", 4, "teachers_other_mentees", 4, LBAZA, unit="чел.",
          prev=3),
        V("Доля педагогов – наставляемых", "0,185", "share_teachers_mentees", 18.5, None, unit="доля", prev="0,15"),
        V("Прошли КПК по наставничеству (за календарный год)", 3, "kpk_trained", 3, LKPK, unit="чел.", prev=2,
          dir="Профессиональное развитие"),
        V("Методические объединения наставников", 1, "school_methodical_associations", 1, None, unit="ед.", prev=1),
        V("Педагоги-наставники", 22, "teachers_mentors", 22, LBAZA, unit="чел.", prev=20,
          dir="Педагоги в роли наставников"),
        V("Молодые специалисты – наставники", 0, "young_specialists_mentors", 0, None, unit="чел.", prev=0),
        V("Доля педагогов-наставников", "0,41", "share_teachers_mentors", 41, None, unit="доля", prev="0,38"),
        V("Доля молодых специалистов – наставников", 0, "share_young_specialists_mentors", 0, None, unit="доля", prev=0),
        V("Локальные акты об оплате работы наставника", 1, "pay_acts", 1, LPAY, unit="ед.", prev=1,
          dir="Стимулирование"),
        V("Локальные акты о нематериальном поощрении наставника", 0, "nonmaterial_acts", 0, None, unit="ед.", prev=0),
    ]
    build("gimnaziya2_CMN_2023-2024.xlsx", "МБОУ «Гимназия № 2»",
          ["Мониторинг целевой модели наставничества: МБОУ «Гимназия № 2» (Светлореченский район)",
           "Отчётный период – 2024 год (2023 год – для сравнения)"],
          {"dir": "A", "title": "B", "unit": "C", "prev": "D", "value": "E", "link": "F"},
          {"dir": "Направление", "title": "Критерий", "unit": "Ед. изм.", "prev": "2023 г.", "value": "2024 г.",
           "link": "Ссылка (2024 г.)"},
          rows, {"A": 24, "B": 58, "C": 9, "D": 10, "E": 10, "F": 66},
          legend=["Условные обозначения: «+» – имеется, «–» – отсутствует.",
                  "Доли указаны в долях единицы."])


# ---------------------------------------------------------------------------------------------
# C. МБОУ «Средняя общеобразовательная школа № 4» — «12 человек», «12 (двенадцать)», «в наличии»,
#    «не имеется», «нет данных», empty cell, a title wrapped onto two rows with the value merged.
# ---------------------------------------------------------------------------------------------
def file_c():
    s = "https://sosh4-svetlorechensk-r18.gosweb.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    LPOL = s + "polozhenie_o_nastavnichestve_pedagogov.pdf"
    LMON = s + "prikaz_o_monitoringe_CMN_2024.pdf"
    LSPR = s + "spravka_po_itogam_monitoringa_2024.pdf"
    LBAZA = "https://disk.yandex.ru/i/Qw7rT2xLmN9p4A"
    LSOG = s + "soglashenie_hlebokombinat.pdf"
    LANK = "https://disk.yandex.ru/i/Zk3vH8sJpR1e6W"
    LKPK = s + "svedeniya_kpk_2024.pdf"
    LPAY = s + "polozhenie_ob_oplate_nastavnikam.pdf"
    rows = [
        H("Нормативное обеспечение"),
        V("Наличие положения о наставничестве педагогических работников", "в наличии", "orgs_regulation_teachers", 1,
          LPOL),
        V("Наличие положения о наставничестве обучающихся", "не имеется", "orgs_regulation_students", 0, "—",
          note="будет утверждено в январе 2025 г."),
        V("Приказ о мониторинге реализации ЦМН", "в наличии", "orgs_monitoring_order", 1, LMON),
        V("Справка по итогам внутреннего мониторинга", "в наличии", "internal_monitoring_notes", 1, LSPR),
        H("Организация процесса"),
        V("Кураторы ЦМН в школе", "1 (один)", "curators_total", 1, LMON),
        V("Наставники по приказу (база наставников)", "36 (тридцать шесть)", "mentors_total", 36, LBAZA),
        V("Наставляемые по приказу (база наставляемых)", "59 человек", "mentees_total", 59, LBAZA),
        V("Соглашения с предприятиями о предоставлении наставников", "1 (одно)", "agreements_enterprises", 1, LSOG),
        V("Предмет соглашения", "Наставничество сотрудников предприятия над обучающимися 9–11 классов "
          "(профессиональные пробы, экскурсии на производство)", "agreement_subjects",
          "Наставничество сотрудников предприятия над обучающимися 9–11 классов "
          "(профессиональные пробы, экскурсии на производство)", LSOG),
        V("Организации-партнёры", "ООО «Светлореченский хлебокомбинат»", "partner_list",
          "ООО «Светлореченский хлебокомбинат»", LSOG),
        V("Наставники – сотрудники предприятий", "2 человека", "enterprise_mentors", 2, LBAZA),
        V("Проекты, реализованные совместно с предприятиями", "1 (один)", None, None, None),
        H("Персонализированные программы"),
        V("Персонализированные программы, всего", "9 (девять)", "pp_total", 9, LBAZA),
        V("форма «учитель – учитель»", "5 (пять)", "pp_teacher_teacher", 5, LBAZA),
        V("форма «ученик – ученик»", "4 (четыре)", "pp_pupil_pupil", 4, LBAZA),
        H("Обучающиеся"),
        V("Обучающиеся в возрасте 10–19 лет", "410 человек", "students_10_19", 410, None),
        V("Обучающиеся 10–19 лет, вошедшие в программы", "52 человека", "mentees_10_19", 52, LBAZA),
        C("наставничества в роли наставляемых"),
        V("Доля наставляемых 10–19 лет", "нет данных", "share_mentees_10_19", OMIT, None,
          why="«нет данных»: no value typed (the share could be computed from the counts, but it is not in the form)"),
        V("из числа «группы риска»", "7 человек", "mentees_risk", 7, LBAZA),
        V("одарённые дети (реестр)", "12 (двенадцать)", "mentees_gifted", 12, LBAZA),
        V("дети с ОВЗ и дети-инвалиды", "3 человека", "mentees_disabled", 3, LBAZA),
        V("низкая мотивация, неуспеваемость", "нет данных", "mentees_low_motivation", OMIT, None,
          why="«нет данных»"),
        V("проблемы с выбором профессии, образовательной траектории", "15 человек", "mentees_career", 15, LBAZA),
        V("по иным параметрам", None, "mentees_other_params", OMIT, None, why="empty cell"),
        V("Обучающиеся в возрасте 15–19 лет", "96 человек", "students_15_19", 96, None),
        V("Наставники из числа обучающихся 15–19 лет", "10 человек", "mentors_15_19", 10, LBAZA),
        V("Доля наставников среди обучающихся 15–19 лет", "10,4 %", "share_mentors_15_19", 10.4, None),
        H("Удовлетворённость (анкетирование)"),
        V("Удовлетворённость наставляемых", "89 %", "satisfaction_mentees", 89, LANK),
        V("Удовлетворённость наставников", "нет данных", "satisfaction_mentors", OMIT, None,
          note="анкеты наставников не собраны", why="«нет данных» (the note says the questionnaires were not collected)"),
        H("Педагоги"),
        V("Молодые специалисты (до 35 лет, первые 3 года работы)", "5 человек", "young_specialists", 5, None),
        V("Молодые специалисты – наставляемые", "5 человек", "young_specialists_mentees", 5, LBAZA),
        V("Доля молодых специалистов – наставляемых", "100 %", "share_young_specialists_mentees", 100, None),
        V("Педагоги, кроме молодых специалистов", "37 человек", "teachers_other", 37, None),
        V("Педагоги (кроме молодых специалистов) – наставляемые", "2 человека", "teachers_other_mentees", 2, LBAZA),
        V("Доля педагогов – наставляемых, всего", "16,7 %", "share_teachers_mentees", 16.7, None),
        V("Педагоги-наставники", "24 человека", "teachers_mentors", 24, LBAZA),
        V("Молодые специалисты – наставники", "1 (один)", "young_specialists_mentors", 1, LBAZA),
        V("Доля педагогов-наставников", "57 %", "share_teachers_mentors", 57, None),
        V("Педагоги в утверждённых персонализированных программах", "12 человек", "teachers_in_pp", 12, LBAZA),
        V("Педагоги, прошедшие КПК по наставничеству в 2024 году", "2 человека", "kpk_trained", 2, LKPK),
        V("Педагоги в сетевых сообществах наставников", "3 человека", None, None, None),
        H("Стимулирование"),
        V("Локальные акты об оплате работы наставника", "1 (один)", "pay_acts", 1, LPAY),
        V("Локальные акты о нематериальном поощрении", "не имеется", "nonmaterial_acts", 0, "—"),
    ]
    build("sosh4_nastavnichestvo_2024.xlsx", "МБОУ «Средняя общеобразовательная школа № 4»",
          ["Информация МБОУ «Средняя общеобразовательная школа № 4» о реализации целевой модели наставничества",
           "по состоянию на 25.12.2024"],
          {"title": "A", "value": "B", "link": "C", "note": "D"},
          {"title": "Показатель", "value": "Значение показателя", "link": "Источник информации (ссылка)",
           "note": "Примечание"},
          rows, {"A": 60, "B": 24, "C": 70, "D": 34})


# ---------------------------------------------------------------------------------------------
# D. МБОУ «Заречная основная общеобразовательная школа» — small rural school: «12 из 40», «Да»/«Нет»,
#    «нет, в разработке», «—», «0», empty cells, «не проводилось».
# ---------------------------------------------------------------------------------------------
def file_d():
    s = "https://zarechnaya-oosh-r18.gosweb.gosuslugi.ru/netcat_files/32/88/"
    LPOL = s + "Polozhenie_nastavnichestvo_pedagogov.pdf"
    LMON = s + "Prikaz_monitoring_2024.pdf"
    LDK = s + "Dorozhnaya_karta_CMN.pdf"
    LBAZA = "https://cloud.mail.ru/public/7hZq/kP3mXw2Rt"
    LSOG = s + "Dogovor_setevoe_SOSH1.pdf"
    rows = [
        V("Положение о наставничестве педагогов", "Да", "orgs_regulation_teachers", 1, LPOL),
        V("Положение о наставничестве обучающихся", "нет, в разработке", "orgs_regulation_students", 0, "—"),
        V("Приказ о мониторинге", "Да", "orgs_monitoring_order", 1, LMON),
        V("Дорожная карта ЦМН", "Да", None, None, LDK),
        V("Справка по итогам внутреннего мониторинга", "Нет", "internal_monitoring_notes", 0, None),
        V("Куратор ЦМН", 1, "curators_total", 1, LMON),
        V("Кол-во наставников (приказ)", 9, "mentors_total", 9, LBAZA),
        V("Кол-во наставляемых (приказ)", 15, "mentees_total", 15, LBAZA),
        V("Соглашения с другими ОО", 1, "agreements_edu_orgs", 1, LSOG),
        V("Предмет соглашения", "Сетевое взаимодействие с МБОУ «Светлореченская СОШ № 1»: наставничество по форме "
          "«учитель – учитель»", "agreement_subjects",
          "Сетевое взаимодействие с МБОУ «Светлореченская СОШ № 1»: наставничество по форме «учитель – учитель»", LSOG),
        V("Соглашения с предприятиями", 0, "agreements_enterprises", 0, None),
        V("Соглашения с иными организациями", "—", "agreements_other_orgs", OMIT, None,
          why="a dash in a count row with no legend"),
        V("Наставники из других ОО", 1, "external_edu_mentors", 1, LSOG),
        V("ПП всего", 5, "pp_total", 5, LBAZA),
        V("ПП «учитель – учитель»", 3, "pp_teacher_teacher", 3, LBAZA),
        V("ПП «ученик – ученик»", 2, "pp_pupil_pupil", 2, LBAZA),
        V("Обучающиеся 10–19 лет", 40, "students_10_19", 40, None),
        V("Наставляемые 10–19 лет", 12, "mentees_10_19", 12, LBAZA),
        V("Доля наставляемых 10–19 лет", "12 из 40", "share_mentees_10_19", 30, None),
        V("«группа риска»", 2, "mentees_risk", 2, None),
        V("одарённые", 0, "mentees_gifted", 0, None),
        V("ОВЗ / инвалиды", 1, "mentees_disabled", 1, None),
        V("низкая мотивация", 4, "mentees_low_motivation", 4, None),
        V("выбор профессии", 3, "mentees_career", 3, None),
        V("иные параметры", 2, "mentees_other_params", 2, None),
        V("Обучающиеся 15–19 лет", 5, "students_15_19", 5, None),
        V("Наставники-обучающиеся 15–19 лет", 2, "mentors_15_19", 2, LBAZA),
        V("Доля наставников 15–19 лет", "2 из 5", "share_mentors_15_19", 40, None),
        V("Удовлетворённость наставляемых", "не проводилось", "satisfaction_mentees", OMIT, None,
          why="«не проводилось»: the survey was not carried out, so there is no level (not 0 %)"),
        V("Удовлетворённость наставников", "не проводилось", "satisfaction_mentors", OMIT, None,
          why="«не проводилось»"),
        V("Молодые специалисты", 1, "young_specialists", 1, None),
        V("МС – наставляемые", 1, "young_specialists_mentees", 1, LBAZA),
        V("Доля МС – наставляемых", "1 из 1", "share_young_specialists_mentees", 100, None),
        V("Педагоги без МС", 11, "teachers_other", 11, None),
        V("Педагоги без МС – наставляемые", 2, "teachers_other_mentees", 2, LBAZA),
        V("Доля педагогов-наставляемых", "3 из 12", "share_teachers_mentees", 25, None),
        V("Педагоги-наставники", 6, "teachers_mentors", 6, LBAZA),
        V("МС-наставники", 0, "young_specialists_mentors", 0, None),
        V("Доля педагогов-наставников", "6 из 12", "share_teachers_mentors", 50, None),
        V("Доля МС-наставников", "—", "share_young_specialists_mentors", OMIT, None,
          why="a dash in a share row (0 of 1 would be 0 %, but the form does not say zero)"),
        V("КПК по наставничеству", 0, "kpk_trained", 0, None),
        V("МО наставников", "—", "school_methodical_associations", OMIT, None, why="a dash in a count row"),
        V("Акты об оплате работы наставника", None, "pay_acts", OMIT, None, why="empty cell"),
        V("Акты о нематериальном поощрении", 0, "nonmaterial_acts", 0, None),
    ]
    build("zarechnaya_oosh_monitoring.xlsx", "МБОУ «Заречная основная общеобразовательная школа»",
          ["Мониторинг ЦМН – 2024", "МБОУ «Заречная основная общеобразовательная школа»"],
          {"num": "A", "title": "B", "value": "C", "link": "D"},
          {"num": "№", "title": "Критерий", "value": "Количество / наличие",
           "link": "Ссылка на подтверждающий документ (на сайте ОО)"},
          rows, {"A": 5, "B": 44, "C": 22, "D": 64}, sheet="2024")


# ---------------------------------------------------------------------------------------------
# E. МБОУ «Верх-Ключевская СОШ» — «разработано», 1/0 as numbers, «1 2», «30 %», plain «30»,
#    a sum formula with a cached value (re-saved by LibreOffice), «+» in a count row, a count typed
#    into a share row.
# ---------------------------------------------------------------------------------------------
def file_e():
    s = "https://verh-klyuchevskaya-r18.gosweb.gosuslugi.ru/netcat_files/userfiles/CMN/"
    LPOLP = s + "polozhenie_nastavnichestvo_pedagogi.pdf"
    LPOLO = s + "polozhenie_nastavnichestvo_obuchayushchiesya.pdf"
    LMON = s + "prikaz_monitoring.pdf"
    LSPR = s + "spravka_2024.pdf"
    LBAZA = s + "prikaz_nastavnicheskie_pary_2024-2025.pdf"
    LKPK = s + "kpk_2024.pdf"
    rows = [
        H("I. Документы"),
        V("Положение о системе наставничества педагогических работников", "разработано", "orgs_regulation_teachers",
          1, LPOLP),
        V("Положение о наставничестве обучающихся", "разработано", "orgs_regulation_students", 1, LPOLO),
        V("Приказ о мониторинге ЦМН (1 – есть, 0 – нет)", 1, "orgs_monitoring_order", 1, LMON),
        V("Справка по итогам внутреннего мониторинга (1 – есть, 0 – нет)", 1, "internal_monitoring_notes", 1, LSPR),
        H("II. Участники"),
        V("Куратор ЦМН", 1, "curators_total", 1, LMON),
        V("База наставников из числа обучающихся (1 – есть, 0 – нет)", 1, None, None, LBAZA),
        V("Наставники, всего по приказу", "1 2", "mentors_total", 12, LBAZA),
        V("Наставляемые, всего по приказу", 46, "mentees_total", 46, LBAZA),
        V("Обучающиеся 10-19 лет", 140, "students_10_19", 140, None),
        V("Обучающиеся 10-19 лет – наставляемые", 42, "mentees_10_19", 42, LBAZA),
        V("% наставляемых среди обучающихся 10-19 лет", "30 %", "share_mentees_10_19", 30, None),
        V("из них группа риска", 5, "mentees_risk", 5, None),
        V("из них одарённые", 6, "mentees_gifted", 6, None),
        V("из них ОВЗ, инвалиды", 2, "mentees_disabled", 2, None),
        V("из них низкая мотивация / неуспеваемость", 9, "mentees_low_motivation", 9, None),
        V("из них профориентация (выбор профессии)", 12, "mentees_career", 12, None),
        V("из них по иным параметрам", 8, "mentees_other_params", 8, None),
        V("Обучающиеся 15-19 лет", 36, "students_15_19", 36, None),
        V("Наставники из обучающихся 15-19 лет", 4, "mentors_15_19", 4, LBAZA),
        V("% наставников среди обучающихся 15-19 лет", 4, "share_mentors_15_19", OMIT, None,
          why="the row asks for a per cent, the cell holds 4 = the count of student mentors; 4 of 36 is 11.1 %, "
              "so «4» is either a count typed into the share row or a wrong per cent"),
        H("III. Программы"),
        V("ПП «учитель – учитель»", 4, "pp_teacher_teacher", 4, LBAZA),
        V("ПП «ученик – ученик»", 6, "pp_pupil_pupil", 6, LBAZA),
        V("ПП итого", Sum("pp_teacher_teacher", "pp_pupil_pupil"), "pp_total", 10, LBAZA),
        H("IV. Результаты"),
        V("Удовлетворённость наставляемых, %", 87, "satisfaction_mentees", 87, None),
        V("Удовлетворённость наставников, %", 90, "satisfaction_mentors", 90, None),
        V("Молодые специалисты", 2, "young_specialists", 2, None),
        V("Молодые специалисты – наставляемые", 2, "young_specialists_mentees", 2, LBAZA),
        V("% молодых специалистов – наставляемых", 100, "share_young_specialists_mentees", 100, None),
        V("Педагоги (без молодых специалистов)", 20, "teachers_other", 20, None),
        V("Педагоги (без МС) – наставляемые", 2, "teachers_other_mentees", 2, LBAZA),
        V("% педагогов – наставляемых", "18,2 %", "share_teachers_mentees", 18.2, None),
        V("Педагоги-наставники", 8, "teachers_mentors", 8, LBAZA),
        V("Молодые специалисты – наставники", 0, "young_specialists_mentors", 0, None),
        V("% педагогов-наставников", "36,4", "share_teachers_mentors", 36.4, None),
        V("% молодых специалистов – наставников", 0, "share_young_specialists_mentors", 0, None),
        V("КПК по наставничеству (чел.)", 1, "kpk_trained", 1, LKPK),
        V("ШМО наставников (кол-во)", 1, "school_methodical_associations", 1, None),
        V("Акты об оплате работы наставника (кол-во)", 1, "pay_acts", 1, None),
        V("Акты о нематериальном поощрении (кол-во)", "+", "nonmaterial_acts", OMIT, None,
          why="«+» in a count row: there is at least one act, but how many is not said"),
    ]
    build("verh-klyuchevskaya_sosh_otchet_2024.xlsx", "МБОУ «Верх-Ключевская СОШ»",
          ["Отчёт о реализации целевой модели наставничества за 2024 год", "ОО: МБОУ «Верх-Ключевская СОШ»"],
          {"title": "A", "value": "B", "link": "C"},
          {"title": "Критерий", "value": "Значение", "link": "Ссылка"},
          rows, {"A": 58, "B": 14, "C": 72}, sheet="Отчёт", resave=True)


# ---------------------------------------------------------------------------------------------
# F. МБОУ «Лицей № 5» — percent-formatted numbers (0.3 shown as 30%), counts stored as text,
#    «1 250» with a non-breaking space, 12 shown as «12,0», «да», a plan column for 2025, hyperlinks.
# ---------------------------------------------------------------------------------------------
def file_f():
    s = "https://licey5-svetlorechensk.edu.ru/sveden/nastavnichestvo/"
    LPOL = s + "prikaz_01-09_118_polozheniya.pdf"
    LMON = s + "prikaz_01-09_131_monitoring.pdf"
    LSPR = s + "spravka_monitoring_2024.pdf"
    LBAZA = s + "baza_nastavnikov_i_nastavlyaemyh_2024.pdf"
    LSOG = s + "soglasheniya_2024.pdf"
    LPP = s + "pp_2024.pdf"
    LANK = "https://disk.yandex.ru/d/licey5_anketirovanie_2024"
    LKPK = s + "kpk_2024.pdf"
    LPAY = s + "lokalnye_akty_stimulirovanie.pdf"
    P0, P1 = "0%", "0.0%"
    rows = [
        H("Раздел 1. Нормативная база"),
        V("Положение о системе наставничества педагогических работников", "да", "orgs_regulation_teachers", 1, LPOL),
        V("Положение о системе наставничества обучающихся", "да", "orgs_regulation_students", 1, LPOL),
        V("Приказ о мониторинге реализации ЦМН", "да, приказ от 10.09.2024 № 01-09/131", "orgs_monitoring_order", 1,
          LMON),
        V("Информационная справка по итогам внутреннего мониторинга", "да", "internal_monitoring_notes", 1, LSPR),
        H("Раздел 2. Организация"),
        V("Кураторы ЦМН", Num(2, "0.0"), "curators_total", 2, LPOL, plan=2),
        V("Наставники (по приказу)", "90", "mentors_total", 90, LBAZA, plan="95"),
        V("Наставляемые (по приказу)", "396", "mentees_total", 396, LBAZA, plan="400"),
        V("Соглашения с другими ОО", "1", "agreements_edu_orgs", 1, LSOG, plan="1"),
        V("Соглашения с предприятиями", "2", "agreements_enterprises", 2, LSOG, plan="3"),
        V("Партнёры по наставничеству", "АО «Светлореченский завод «Прибор»», ООО «ИТ-Парк Светлореченск», "
          "МО МВД России «Светлореченский»", "partner_list",
          "АО «Светлореченский завод «Прибор»», ООО «ИТ-Парк Светлореченск», МО МВД России «Светлореченский»", LSOG),
        V("Наставники из других ОО", "3", "external_edu_mentors", 3, LBAZA, plan="3"),
        V("Наставники из предприятий", "4", "enterprise_mentors", 4, LBAZA, plan="5"),
        H("Раздел 3. Персонализированные программы"),
        V("ПП, всего", 46, "pp_total", 46, LPP, plan=50),
        V("«ученик – ученик»", 20, "pp_pupil_pupil", 20, LPP, plan=20),
        V("«учитель – учитель»", 12, "pp_teacher_teacher", 12, LPP, plan=14),
        V("«руководитель – педагог»", 3, "pp_head_teacher", 3, LPP, plan=3),
        V("«учитель – ученик»", 8, "pp_teacher_pupil", 8, LPP, plan=9),
        V("иные формы («работодатель – ученик»)", 3, "pp_other", 3, LPP, plan=4),
        H("Раздел 4. Обучающиеся"),
        V("Обучающиеся 10–19 лет", "1\u00a0250", "students_10_19", 1250, None, plan="1\u00a0260"),
        V("из них наставляемые", "375", "mentees_10_19", 375, LBAZA, plan="400"),
        V("Доля наставляемых 10–19 лет", Num(0.3, P0), "share_mentees_10_19", 30, None, plan=Num(0.32, P0)),
        V("Обучающиеся 15–19 лет", "410", "students_15_19", 410, None, plan="415"),
        V("из них наставники", "41", "mentors_15_19", 41, LBAZA, plan="45"),
        V("Доля наставников 15–19 лет", Num(0.1, P1), "share_mentors_15_19", 10, None, plan=Num(0.11, P1)),
        H("Раздел 5. Удовлетворённость"),
        V("Удовлетворённость наставляемых", Num(0.935, P1), "satisfaction_mentees", 93.5, LANK, plan=Num(0.95, P0)),
        V("Удовлетворённость наставников", Num(0.96, P0), "satisfaction_mentors", 96, LANK, plan=Num(0.95, P0)),
        H("Раздел 6. Педагоги"),
        V("Молодые специалисты (до 35 лет, первые три года)", Num(12, "0.0"), "young_specialists", 12, None),
        V("Молодые специалисты – наставляемые", Num(12, "0.0"), "young_specialists_mentees", 12, LBAZA),
        V("Доля молодых специалистов – наставляемых", Num(1, P0), "share_young_specialists_mentees", 100, None,
          plan=Num(1, P0)),
        V("Педагоги без молодых специалистов", "74", "teachers_other", 74, None),
        V("Педагоги без молодых специалистов – наставляемые", "9", "teachers_other_mentees", 9, LBAZA),
        V("Доля педагогов – наставляемых", Num(0.244, P1), "share_teachers_mentees", 24.4, None, plan=Num(0.25, P0)),
        V("Педагоги-наставники", "40", "teachers_mentors", 40, LBAZA, plan="42"),
        V("Молодые специалисты – наставники", "2", "young_specialists_mentors", 2, LBAZA),
        V("Доля педагогов-наставников", Num(0.465, P1), "share_teachers_mentors", 46.5, None, plan=Num(0.5, P0)),
        V("Доля молодых специалистов – наставников", Num(0.167, P1), "share_young_specialists_mentors", 16.7, None),
        V("КПК по наставничеству за 2024 г.", 6, "kpk_trained", 6, LKPK, plan=8),
        H("Раздел 7. Стимулирование"),
        V("Акты об оплате работы наставника", 1, "pay_acts", 1, LPAY),
        V("Акты о нематериальном поощрении", 1, "nonmaterial_acts", 1, LPAY),
    ]
    build("licey5_CMN_2024.xlsx", "МБОУ «Лицей № 5»",
          ["МБОУ «Лицей № 5»", "Мониторинг реализации ЦМН, 2024 год"],
          {"num": "A", "title": "B", "value": "C", "plan": "D", "link": "E"},
          {"num": "№ п/п", "title": "Наименование критерия", "value": "Показатель (факт 2024)",
           "plan": "План на 2025 г.", "link": "Ссылка"},
          rows, {"A": 6, "B": 52, "C": 16, "D": 14, "E": 70}, hyperlinks=True)


# ---------------------------------------------------------------------------------------------
# G. МБУ ДО «Центр детского творчества» — «ДА»/«НЕТ», «1.», « 18 » with stray spaces, «12,5%»,
#    «96,5%», «0%».
# ---------------------------------------------------------------------------------------------
def file_g():
    s = "https://cdt-svetlorechensk.edu.ru/files/nastavnichestvo/"
    LPOL = s + "polozheniya_o_nastavnichestve.pdf"
    LSPR = s + "spravka_2024.pdf"
    LBAZA = s + "prikaz_o_nastavnikah_2024.pdf"
    LANK = s + "itogi_anketirovaniya_2024.pdf"
    LKPK = s + "kpk.pdf"
    rows = [
        V("Положение о наставничестве педагогических работников", "ДА", "orgs_regulation_teachers", 1, LPOL),
        V("Положение о наставничестве обучающихся", "ДА", "orgs_regulation_students", 1, LPOL),
        V("Приказ о мониторинге ЦМН", "НЕТ", "orgs_monitoring_order", 0, None),
        V("Справка по итогам внутреннего мониторинга", "ДА", "internal_monitoring_notes", 1, LSPR),
        V("Кураторы ЦМН", "1.", "curators_total", 1, LBAZA),
        V("Наставники по приказу", " 18 ", "mentors_total", 18, LBAZA),
        V("Наставляемые по приказу", "47", "mentees_total", 47, LBAZA),
        V("Обучающиеся (10–19 лет), всего", "312", "students_10_19", 312, None),
        V("Обучающиеся (10–19 лет) – наставляемые", "39", "mentees_10_19", 39, LBAZA),
        V("Доля обучающихся (10–19 лет) – наставляемых", "12,5%", "share_mentees_10_19", 12.5, None),
        V("в т. ч. одарённые дети", "18", "mentees_gifted", 18, LBAZA),
        V("в т. ч. дети с ОВЗ, дети-инвалиды", "3", "mentees_disabled", 3, LBAZA),
        V("в т. ч. по иным параметрам", "18", "mentees_other_params", 18, LBAZA),
        V("Обучающиеся 15–19 лет", "64", "students_15_19", 64, None),
        V("Наставники – обучающиеся 15–19 лет", "8", "mentors_15_19", 8, LBAZA),
        V("Доля наставников из обучающихся 15–19 лет", "12,5 %", "share_mentors_15_19", 12.5, None),
        V("Удовлетворённость наставляемых", "96,5%", "satisfaction_mentees", 96.5, LANK),
        V("Удовлетворённость наставников", "100%", "satisfaction_mentors", 100, LANK),
        V("Молодые специалисты", "3", "young_specialists", 3, None),
        V("Молодые специалисты – наставляемые", "3", "young_specialists_mentees", 3, LBAZA),
        V("Доля молодых специалистов – наставляемых", "100%", "share_young_specialists_mentees", 100, None),
        V("Педагоги (без молодых специалистов)", "17", "teachers_other", 17, None),
        V("Педагоги (без молодых специалистов) – наставляемые", "5", "teachers_other_mentees", 5, LBAZA),
        V("Доля педагогов – наставляемых", "40%", "share_teachers_mentees", 40, None),
        V("Педагоги-наставники", "10", "teachers_mentors", 10, LBAZA),
        V("Молодые специалисты – наставники", "0", "young_specialists_mentors", 0, None),
        V("Доля педагогов-наставников", "50%", "share_teachers_mentors", 50, None),
        V("Доля молодых специалистов – наставников", "0%", "share_young_specialists_mentors", 0, None),
        V("Персонализированные программы, всего", "7", "pp_total", 7, LBAZA),
        V("ПП «педагог – педагог»", "4", "pp_teacher_teacher", 4, LBAZA),
        V("ПП «ученик – ученик»", "3", "pp_pupil_pupil", 3, LBAZA),
        V("КПК по наставничеству (чел.)", "2", "kpk_trained", 2, LKPK),
        V("Мероприятия для наставников (семинары, мастер-классы), ед.", "6", None, None, None),
        V("Акты об оплате работы наставника", "0", "pay_acts", 0, None),
        V("Акты о нематериальном поощрении наставника", "1.", "nonmaterial_acts", 1, LPOL),
    ]
    build("CDT_monitoring_nastavnichestva_2024.xlsx", "МБУ ДО «Центр детского творчества» Светлореченского района",
          ["МБУ ДО «Центр детского творчества» Светлореченского района",
           "Мониторинг реализации целевой модели наставничества, 2024 г."],
          {"title": "A", "value": "B", "link": "C"},
          {"title": "Критерий", "value": "Данные ОО", "link": "Ссылка на источник"},
          rows, {"A": 56, "B": 14, "C": 66})


def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, f))
    for fn in (file_a, file_b, file_c, file_d, file_e, file_f, file_g):
        fn()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(ALL_EXPECTED, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as f:
        json.dump(ALL_CELLS, f, ensure_ascii=False, indent=1)
    nv = sum(len(e["values"]) for e in ALL_EXPECTED)
    nl = sum(len(e["links"]) for e in ALL_EXPECTED)
    print(f"files={len(ALL_EXPECTED)} values={nv} links={nl} omitted={len(OMITTED)}")
    for o in OMITTED:
        print("  omitted:", o["file"], o["cell"], o["criterion"], repr(o["typed"]))


if __name__ == "__main__":
    main()
