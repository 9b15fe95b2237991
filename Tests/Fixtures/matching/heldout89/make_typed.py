#!/usr/bin/env python3
"""heldout89: 2024 ЦМН forms kept as Excel «Format as Table» objects (ListObjects).

Six organisations of the invented Кедровогорский городской округ (Удмуртская Республика).
Every form is an openpyxl Table (worksheet.add_table + TableStyleInfo, banded rows):
generic «Столбец1/Столбец2/Столбец3» or «Column1…» headers explained only by a title row or a legend,
totals rows with SUBTOTAL formulas (cached values written into the XML), an autofilter that hides rows,
two tables on one sheet, a table starting at D12 after a title block, a calculated «Доля, %» column.

Deterministic: no randomness at all. Writes typed/*.xlsx, expected.json, cells.json.
"""
import datetime
import json
import pathlib
import re
import zipfile
import shutil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, column_index_from_string
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.worksheet.filters import AutoFilter, FilterColumn, Filters
from openpyxl.worksheet.table import Table, TableColumn, TableFormula, TableStyleInfo

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"

UNITS = {}
with open(CRITERIA, encoding="utf-8") as fh:
    header = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        row = dict(zip(header, line.rstrip("\n").split("\t")))
        UNITS[row["id"]] = row["unit"]

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
WRAP = Alignment(wrap_text=True, vertical="top")
SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")

CELLS = []      # cells.json rows
FORMS = []      # expected.json entries
CACHED = {}     # file -> {sheet title -> {ref: cached value}}


# --------------------------------------------------------------------------- helpers
def norm(typed, crit):
    """The expected value of what was typed, by the catalogue unit of the criterion."""
    unit = UNITS[crit]
    if isinstance(typed, str):
        t = typed.strip()
        low = t.lower()
        if low in ("да", "есть", "имеется"):
            return 1
        if low in ("нет", "отсутствует"):
            return 0
        if unit == "list":
            parts = [p.strip() for p in re.split(r"[;\n]", t) if p.strip()]
            if len(parts) == 1 and "," in t:
                parts = [p.strip() for p in t.split(",") if p.strip()]
            return "; ".join(parts)
        if unit == "text":
            return t
        t = t.replace(",", ".").replace("%", "").strip()
        typed = float(t)
    if unit in ("share", "level"):
        return round(float(typed), 2)
    if unit in ("count", "yesno"):
        f = float(typed)
        return int(f) if f == int(f) else f
    return typed


class Form:
    def __init__(self, file, organisation):
        self.file = file
        self.entry = {"file": f"typed/{file}", "year": 2024, "organisation": organisation,
                      "values": {}, "links": {}, "not_criteria": [], "headings": []}
        FORMS.append(self.entry)

    def value(self, ws, ref, crit, typed=None, expected=None, write=True):
        assert crit in UNITS, crit
        assert crit not in self.entry["values"], (self.file, crit)
        if write:
            ws[ref] = typed
        exp = expected if expected is not None else norm(typed, crit)
        self.entry["values"][crit] = exp
        CELLS.append({"file": f"typed/{self.file}", "sheet": ws.title, "cell": ref,
                      "criterion": crit, "kind": "value", "expected": exp})

    def link(self, ws, ref, crit, url, text=None):
        assert crit not in self.entry["links"], (self.file, crit)
        c = ws[ref]
        if text is None:
            c.value = url
        else:
            c.value = text
            c.hyperlink = url
            c.font = Font(color="0563C1", underline="single")
        self.entry["links"][crit] = url
        CELLS.append({"file": f"typed/{self.file}", "sheet": ws.title, "cell": ref,
                      "criterion": crit, "kind": "link", "expected": url})

    def heading(self, text):
        self.entry["headings"].append(text)

    def not_criterion(self, text):
        self.entry["not_criteria"].append(text)


def formula(file, ws, ref, text, cached):
    ws[ref] = "=" + text
    CACHED.setdefault(file, {}).setdefault(ws.title, {})[ref] = cached


def add_table(ws, name, top_left, headers, n_data, style="TableStyleMedium2",
              totals=None, calc=None, filt=None):
    """Write a header row and declare a ListObject.  totals: {col index: ("label", text) |
    (function, subtotal code, cached)}; calc: {col index: calculatedColumnFormula};
    filt: (col index, [shown values])."""
    col_letter, row0 = coordinate_from_string(top_left)
    c0 = column_index_from_string(col_letter)
    for i, h in enumerate(headers):
        cell = ws.cell(row=row0, column=c0 + i, value=h)
        cell.font = BOLD
        cell.alignment = WRAP
    last_data = row0 + n_data
    last = last_data + (1 if totals else 0)
    c1 = c0 + len(headers) - 1
    ref = f"{get_column_letter(c0)}{row0}:{get_column_letter(c1)}{last}"
    cols = []
    for i, h in enumerate(headers):
        tc = TableColumn(id=i + 1, name=h)
        if calc and i in calc:
            tc.calculatedColumnFormula = TableFormula(attr_text=calc[i])
        if totals and i in totals:
            kind = totals[i]
            cell_ref = f"{get_column_letter(c0 + i)}{last}"
            if kind[0] == "label":
                tc.totalsRowLabel = kind[1]
                ws[cell_ref] = kind[1]
                ws[cell_ref].font = BOLD
            else:
                func, code, cached = kind
                tc.totalsRowFunction = func
                formula(CURRENT_FILE[0], ws, cell_ref, f"SUBTOTAL({code},{name}[{h}])", cached)
                ws[cell_ref].font = BOLD
        cols.append(tc)
    af = AutoFilter(ref=f"{get_column_letter(c0)}{row0}:{get_column_letter(c1)}{last_data}")
    if filt:
        af.filterColumn.append(FilterColumn(colId=filt[0], filters=Filters(filter=filt[1])))
    table = Table(displayName=name, name=name, ref=ref, tableColumns=cols, autoFilter=af,
                  totalsRowCount=1 if totals else None,
                  tableStyleInfo=TableStyleInfo(name=style, showFirstColumn=False,
                                                showLastColumn=False, showRowStripes=True,
                                                showColumnStripes=False))
    ws.add_table(table)
    return row0 + 1   # first data row


CURRENT_FILE = [None]


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def save(wb, file):
    path = TYPED / file
    stamp = datetime.datetime(2025, 1, 17, 9, 30, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "user"
    wb.save(path)
    patch_cached(path, wb, CACHED.get(file, {}))
    fix_zip_dates(path)


def fix_zip_dates(path):
    """Fixed entry dates so that the files are byte-identical on every run."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 17, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-17T09:30:00Z", data)
            zout.writestr(info, data)
    shutil.move(tmp, path)


def patch_cached(path, wb, cached):
    """openpyxl writes formulas with an empty <v/>: put Excel's cached results in."""
    if not cached:
        return
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m:
                title = wb.worksheets[int(m.group(1)) - 1].title
                if title in cached:
                    xml = data.decode("utf-8")
                    for ref, val in cached[title].items():
                        pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/>' % ref)
                        assert pat.search(xml), (path.name, ref)
                        if isinstance(val, str):
                            esc = val.replace("&", "&amp;").replace("<", "&lt;")
                            xml = pat.sub(lambda mm: f'<c r="{ref}"{mm.group(1)} t="str"><f>{mm.group(2)}</f><v>{esc}</v>', xml)
                        else:
                            v = repr(round(float(val), 10)) if isinstance(val, float) else str(val)
                            if v.endswith(".0"):
                                v = v[:-2]
                            xml = pat.sub(lambda mm: f'<c r="{ref}"{mm.group(1)}><f>{mm.group(2)}</f><v>{v}</v>', xml)
                    data = xml.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp, path)


def pct(a, b):
    return round(a / b * 100, 2)


# =========================================================================== file 1
def file1():
    """МБОУ «СОШ № 3»: header «№ | Показатель | Столбец1 | Столбец2 | Столбец3», the meaning of the
    generic columns only in the title row above (2023 | 2024 | документ); section rows inside the table."""
    file = "sosh3_monitoring_2024.xlsx"
    CURRENT_FILE[0] = file
    F = Form(file, "МБОУ «СОШ № 3»")
    wb = Workbook()
    ws = wb.active
    ws.title = "ЦМН 2024"
    u = "https://sh3-kedrovogorsk.gosuslugi.ru/netcat_files/nastavnichestvo/"
    L = {
        "pol_ped": u + "prikaz_96-od_polozhenie_nastavnichestvo_ped.pdf",
        "pol_uch": u + "prikaz_97-od_polozhenie_nastavnichestvo_obuch.pdf",
        "mon": u + "prikaz_158-od_monitoring_CMN_2024.pdf",
        "spr": u + "spravka_vnutr_monitoring_2024.pdf",
        "dk": u + "dorozhnaya_karta_2024-2025.pdf",
        "kur": u + "prikaz_121-od_kurator.pdf",
        "prog": u + "programmy_nastavnichestva_2024.pdf",
        "sogl1": u + "soglashenie_politeh_kolledzh_2024.pdf",
        "sogl2": u + "soglashenie_hlebozavod.pdf",
        "sogl3": u + "soglashenie_MBUK_CBS_2024.pdf",
        "partn": u + "partnery_nastavnichestvo.pdf",
        "nast": u + "prikaz_133-od_nastavnicheskie_pary_2024.pdf",
        "pp": u + "personalizirovannye_programmy_2024.zip",
        "baza": u + "baza_nastavlyaemyh_2024.xlsx",
        "ank": u + "rezultaty_anketirovaniya_2024.pdf",
        "kpk": u + "udostovereniya_KPK_nastavnichestvo_2024.pdf",
        "shmo": u + "prikaz_122-od_SHMO_nastavnikov.pdf",
        "stim": u + "polozhenie_o_stimuliruyushchih_vyplatah.pdf",
        "stim2": u + "polozhenie_o_nematerialnom_pooshchrenii_2024.pdf",
    }
    ws.merge_cells("A1:E1")
    ws["A1"] = "Мониторинг реализации целевой модели наставничества (ЦМН) — 2024 г."
    ws["A1"].font = TITLE
    ws.merge_cells("A2:E2")
    ws["A2"] = "МБОУ «СОШ № 3» г. Кедровогорска"
    ws["A2"].font = BOLD
    ws.merge_cells("A3:B3")
    ws["A3"] = "Показатели мониторинга"
    ws["C3"] = "Значение за 2023 г. (для сравнения)"
    ws["D3"] = "Значение за 2024 г. (на 31.12.2024)"
    ws["E3"] = "Подтверждающий документ (ссылка)"
    for c in "ACDE":
        ws[f"{c}3"].font = BOLD
        ws[f"{c}3"].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.row_dimensions[3].height = 45

    # (num, text, 2023, 2024, link key, criterion or None) ; sections: ("S", num, text)
    rows = [
        ("S", "1", "НОРМАТИВНАЯ БАЗА ЦМН"),
        ("1.1", "Приказ об утв. Положения о наставничестве педагогов (есть/нет)", "да", "да", "pol_ped", "orgs_regulation_teachers"),
        ("1.2", "Приказ об утв. Положения о наставничестве обучающихся", "да", "да", "pol_uch", "orgs_regulation_students"),
        ("1.3", "Приказ о внутреннем мониторинге реализации ЦМН", "нет", "да", "mon", "orgs_monitoring_order"),
        ("1.4", "Инф. справка по итогам внутр. мониторинга", "да", "да", "spr", "internal_monitoring_notes"),
        ("1.5", "Дорожная карта внедрения ЦМН на уч. год", "да", "да", "dk", None),
        ("S", "2", "ОРГАНИЗАЦИЯ НАСТАВНИЧЕСТВА"),
        ("2.1", "Кураторы ЦМН в школе, чел.", 1, 2, "kur", "curators_total"),
        ("2.2", "Программы наставничества (без персонализированных), шт.", 2, 3, "prog", "programmes_total"),
        ("2.3", "Соглашения с др. обр. орг-ями (наставники от них), шт.", 0, 1, "sogl1", "agreements_edu_orgs"),
        ("2.4", "Соглашения с ИРО (АОУ ДПО УР ИРО), шт.", 0, 0, None, "agreements_iro"),
        ("2.5", "Соглашения с предприятиями, шт.", 1, 1, "sogl2", "agreements_enterprises"),
        ("2.6", "Соглашения с иными орг-ями (любая форма собств.), шт.", 0, 1, "sogl3", "agreements_other_orgs"),
        ("2.7", "С кем сотрудничаем по наставничеству (названия)",
         "АО «Кедровогорский хлебозавод»",
         "АО «Кедровогорский хлебозавод»; ГБПОУ «Кедровогорский политехнический колледж»; МБУК «Кедровогорская ЦБС»",
         "partn", "partner_list"),
        ("2.8", "Наставников по приказу, чел.", 38, 45, "nast", "mentors_total"),
        ("2.9", "Наставляемых по приказу, чел.", 95, 112, "nast", "mentees_total"),
        ("S", "3", "ПЕРСОНАЛИЗИРОВАННЫЕ ПРОГРАММЫ (ПП)"),
        ("3.1", "ПП всего (все формы), шт.", 24, 29, "pp", "pp_total"),
        ("3.2", "в т.ч. «ученик – ученик»", 8, 9, "pp", "pp_pupil_pupil"),
        ("3.3", "в т.ч. «учитель – учитель» (педагог – педагог)", 9, 10, "pp", "pp_teacher_teacher"),
        ("3.4", "в т.ч. «студент – студент»", 0, 0, None, "pp_student_student"),
        ("3.5", "в т.ч. «руководитель – педагог»", 2, 2, "pp", "pp_head_teacher"),
        ("3.6", "в т.ч. «студент – ученик»", 0, 1, "pp", "pp_student_pupil"),
        ("3.7", "в т.ч. «учитель – ученик»", 5, 6, "pp", "pp_teacher_pupil"),
        ("3.8", "в т.ч. иная форма («работодатель – ученик»)", 0, 1, "pp", "pp_other"),
        ("S", "4", "НАСТАВНИКИ ИЗВНЕ"),
        ("4.1", "Наставники из других ОО (по приказу), чел.", 0, 2, "nast", "external_edu_mentors"),
        ("4.2", "Наставники — сотрудники ИРО, чел.", 0, 0, None, "iro_mentors"),
        ("4.3", "Наставники от предприятий, чел.", 1, 1, "nast", "enterprise_mentors"),
        ("4.4", "Наставники из иных организаций, чел.", 0, 1, "nast", "other_org_mentors"),
        ("S", "5", "ДЕТИ 10–19 ЛЕТ — НАСТАВЛЯЕМЫЕ"),
        ("5.1", "Всего обучающихся 10–19 лет, чел.", 512, 538, None, "students_10_19"),
        ("5.2", "из них наставляемые (в программах наставничества), чел.", 61, 74, "baza", "mentees_10_19"),
        ("5.3", "— «группа риска»", 5, 6, "baza", "mentees_risk"),
        ("5.4", "— одарённые (в реестре)", 8, 9, "baza", "mentees_gifted"),
        ("5.5", "— дети с ОВЗ / дети-инвалиды", 3, 4, "baza", "mentees_disabled"),
        ("5.6", "— низкая мотивация, неуспевающие", 15, 18, "baza", "mentees_low_motivation"),
        ("5.7", "— затрудняются с выбором профессии/траектории", 17, 21, "baza", "mentees_career"),
        ("5.8", "— по другим основаниям", 13, 16, "baza", "mentees_other_params"),
        ("5.9", "Доля 10–19-летних в роли наставляемых, %", pct(61, 512), pct(74, 538), None, "share_mentees_10_19"),
        ("S", "6", "ОБУЧАЮЩИЕСЯ 15–19 ЛЕТ — НАСТАВНИКИ"),
        ("6.1", "Всего обучающихся 15–19 лет, чел.", 133, 141, None, "students_15_19"),
        ("6.2", "Наставники-обучающиеся 15–19 лет (приказ), чел.", 16, 19, "nast", "mentors_15_19"),
        ("6.3", "Доля обучающихся 15–19 лет — наставников, %", pct(16, 133), pct(19, 141), None, "share_mentors_15_19"),
        ("S", "7", "УДОВЛЕТВОРЁННОСТЬ (анкетирование)"),
        ("7.1", "Удовл. наставляемых завершёнными программами, %", 84, 87, "ank", "satisfaction_mentees"),
        ("7.2", "Удовл. наставников, %", 88, 91, "ank", "satisfaction_mentors"),
        ("S", "8", "ПЕДАГОГИ — НАСТАВЛЯЕМЫЕ"),
        ("8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", 5, 6, None, "young_specialists"),
        ("8.2", "МС в роли наставляемых, чел.", 5, 6, "nast", "young_specialists_mentees"),
        ("8.3", "Педагоги без учета МС, чел.", 53, 52, None, "teachers_other"),
        ("8.4", "Педагоги (не МС) — наставляемые, чел.", 6, 7, "nast", "teachers_other_mentees"),
        ("8.5", "Доля МС-наставляемых, %", 100, 100, None, "share_young_specialists_mentees"),
        ("8.6", "Доля всех педагогов-наставляемых, %", pct(11, 58), pct(13, 58), None, "share_teachers_mentees"),
        ("S", "9", "ПРОФРАЗВИТИЕ ПЕДАГОГОВ"),
        ("9.1", "Педагогов в утв. ПП наставничества, чел.", 11, 13, "pp", "teachers_in_pp"),
        ("9.2", "Стажёры на базе стажёрской площадки, чел.", 0, 0, None, "trainees_internship"),
        ("9.3", "Обучены на КПК по наставничеству (за год), чел.", 2, 3, "kpk", "kpk_trained"),
        ("9.4", "ШМО наставников, кол-во", 1, 1, "shmo", "school_methodical_associations"),
        ("S", "10", "ПЕДАГОГИ — НАСТАВНИКИ"),
        ("10.1", "Педагоги-наставники, чел.", 21, 22, "nast", "teachers_mentors"),
        ("10.2", "МС-наставники, чел.", 0, 1, "nast", "young_specialists_mentors"),
        ("10.3", "Доля педагогов-наставников, %", pct(21, 58), pct(22, 58), None, "share_teachers_mentors"),
        ("10.4", "Доля МС-наставников, %", 0, pct(1, 6), None, "share_young_specialists_mentors"),
        ("S", "11", "СТИМУЛИРОВАНИЕ"),
        ("11.1", "Локальные акты о доплате наставникам, шт.", 1, 1, "stim", "pay_acts"),
        ("11.2", "Акты о нематериальном поощрении наставников, шт.", 0, 1, "stim2", "nonmaterial_acts"),
        ("11.3", "Мероприятия с участием наставников (за год), шт.", 9, 12, None, None),
    ]
    first = add_table(ws, "Таблица1", "A4", ["№", "Показатель", "Столбец1", "Столбец2", "Столбец3"],
                      len(rows), style="TableStyleMedium2")
    r = first
    for row in rows:
        if row[0] == "S":
            ws[f"A{r}"] = row[1]
            ws[f"B{r}"] = row[2]
            ws[f"A{r}"].font = BOLD
            ws[f"B{r}"].font = BOLD
            F.heading(row[2])
        else:
            num, text, v23, v24, lk, crit = row
            ws[f"A{r}"] = num
            ws[f"B{r}"] = text
            ws[f"B{r}"].alignment = WRAP
            ws[f"C{r}"] = v23
            if crit:
                F.value(ws, f"D{r}", crit, v24)
                if lk:
                    F.link(ws, f"E{r}", crit, L[lk])
            else:
                ws[f"D{r}"] = v24
                if lk:
                    ws[f"E{r}"] = L[lk]
                F.not_criterion(text)
        r += 1
    r += 1
    ws[f"A{r}"] = "Ответственный за заполнение: Кулакова О.П., зам. директора по УВР"
    r += 1
    ws[f"A{r}"] = "Дата заполнения:"
    ws[f"C{r}"] = "17.01.2025"
    F.not_criterion("Дата заполнения:")
    ws.freeze_panes = "C5"
    widths(ws, {"A": 6, "B": 58, "C": 16, "D": 16, "E": 70})
    save(wb, file)


# =========================================================================== file 2
def file2():
    """МАОУ «Гимназия № 2»: «Показатель | Кол-во | Доля, % | Ссылка на документ» with a totals row
    «Итог» (SUBTOTAL 109 sum of Кол-во, SUBTOTAL 101 «Среднее» of Доля, %); some rows give a count and
    a share in the same row."""
    file = "gimnaziya2_TsMN_2024.xlsx"
    CURRENT_FILE[0] = file
    F = Form(file, "МАОУ «Гимназия № 2»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Наставничество"
    u = "https://gimn2-kedr.ru/upload/svedeniya/nastavnichestvo/2024/"
    ws.merge_cells("A1:D1")
    ws["A1"] = "МАОУ «Гимназия № 2» — показатели ЦМН за 2024 год"
    ws["A1"].font = TITLE
    ws.merge_cells("A2:D2")
    ws["A2"] = "(заполняется по состоянию на 31.12.2024; да/нет — ставить 1/0 в графе «Кол-во»)"
    # (text, count, share, link file, [(crit, col)]) ; ("S", text)
    rows = [
        ("S", "Раздел 1. Локальные акты"),
        ("1.1. Положение о наставничестве пед. работников (1 — есть, 0 — нет)", 1, None, "prikaz_47_polozhenie_ped.pdf", [("orgs_regulation_teachers", "B")]),
        ("1.2. Положение о наставничестве учащихся (1/0)", 1, None, "prikaz_48_polozhenie_uch.pdf", [("orgs_regulation_students", "B")]),
        ("1.3. Приказ о мониторинге ЦМН в гимназии (1/0)", 1, None, "prikaz_203_monitoring.pdf", [("orgs_monitoring_order", "B")]),
        ("1.4. Справка по итогам внутреннего мониторинга (1/0)", 1, None, "spravka_monitoring_CMN.pdf", [("internal_monitoring_notes", "B")]),
        ("1.5. Положение о доплатах наставникам (кол-во актов)", 1, None, "polozhenie_oplata_nastavnikov.pdf", [("pay_acts", "B")]),
        ("1.6. Акты о нематериальном поощрении наставников (кол-во)", 2, None, "nematerialnoe_pooshchrenie.pdf", [("nonmaterial_acts", "B")]),
        ("S", "Раздел 2. Организация"),
        ("2.1. Кураторы внедрения ЦМН", 1, None, "prikaz_kurator_CMN.pdf", [("curators_total", "B")]),
        ("2.2. Кол-во утверждённых программ наставничества (ПП не считаем)", 4, None, "programmy_nastavnichestva.pdf", [("programmes_total", "B")]),
        ("2.3. Соглашения с образоват. организациями", 2, None, "soglasheniya_OO.pdf", [("agreements_edu_orgs", "B")]),
        ("2.4. Соглашение с ИРО", 1, None, "soglashenie_IRO.pdf", [("agreements_iro", "B")]),
        ("2.5. Соглашения с предприятиями", 0, None, None, [("agreements_enterprises", "B")]),
        ("2.6. Соглашения с иными организациями", 1, None, "soglashenie_Evrika.pdf", [("agreements_other_orgs", "B")]),
        ("2.7. Партнёры (перечень)",
         "МАОУ «Лицей № 1», ФГБОУ ВО «УдГУ», АОУ ДПО УР ИРО, АНО «Клуб молодых учёных «Эврика»",
         None, "soglasheniya_OO.pdf", [("partner_list", "B")]),
        ("2.8. Наставники (приказ)", 64, None, "prikaz_215_pary.pdf", [("mentors_total", "B")]),
        ("2.9. Наставляемые (приказ)", 143, None, "prikaz_215_pary.pdf", [("mentees_total", "B")]),
        ("S", "Раздел 3. Персонализированные программы"),
        ("3.1. ПП всего", 31, None, "PP_2024.zip", [("pp_total", "B")]),
        ("3.2. ученик–ученик", 12, None, "PP_2024.zip", [("pp_pupil_pupil", "B")]),
        ("3.3. педагог–педагог", 9, None, "PP_2024.zip", [("pp_teacher_teacher", "B")]),
        ("3.4. студент–студент", 0, None, None, [("pp_student_student", "B")]),
        ("3.5. руководитель–педагог", 1, None, "PP_2024.zip", [("pp_head_teacher", "B")]),
        ("3.6. студент–ученик", 0, None, None, [("pp_student_pupil", "B")]),
        ("3.7. учитель–ученик", 8, None, "PP_2024.zip", [("pp_teacher_pupil", "B")]),
        ("3.8. другие формы (указать): «выпускник – ученик»", 1, None, "PP_2024.zip", [("pp_other", "B")]),
        ("S", "Раздел 4. Внешние наставники"),
        ("4.1. из других ОО", 3, None, "prikaz_215_pary.pdf", [("external_edu_mentors", "B")]),
        ("4.2. из ИРО", 1, None, "prikaz_215_pary.pdf", [("iro_mentors", "B")]),
        ("4.3. с предприятий", 0, None, None, [("enterprise_mentors", "B")]),
        ("4.4. из иных организаций", 2, None, "prikaz_215_pary.pdf", [("other_org_mentors", "B")]),
        ("S", "Раздел 5. Учащиеся 10–19 лет"),
        ("5.1. Учащихся 10–19 лет всего", 658, None, None, [("students_10_19", "B")]),
        ("5.2. Наставляемые 10–19 лет (кол-во и доля от всех 10–19)", 96, pct(96, 658), "baza_nastavlyaemyh.xlsx",
         [("mentees_10_19", "B"), ("share_mentees_10_19", "C")]),
        ("5.3. из них группа риска", 4, None, "baza_nastavlyaemyh.xlsx", [("mentees_risk", "B")]),
        ("5.4. одарённые", 27, None, "baza_nastavlyaemyh.xlsx", [("mentees_gifted", "B")]),
        ("5.5. ОВЗ и инвалиды", 3, None, "baza_nastavlyaemyh.xlsx", [("mentees_disabled", "B")]),
        ("5.6. слабая мотивация / неуспеваемость", 11, None, "baza_nastavlyaemyh.xlsx", [("mentees_low_motivation", "B")]),
        ("5.7. проф. самоопределение", 30, None, "baza_nastavlyaemyh.xlsx", [("mentees_career", "B")]),
        ("5.8. прочие", 21, None, "baza_nastavlyaemyh.xlsx", [("mentees_other_params", "B")]),
        ("S", "Раздел 6. Учащиеся 15–19 лет"),
        ("6.1. Учащихся 15–19 лет", 176, None, None, [("students_15_19", "B")]),
        ("6.2. из них наставники (приказ)", 33, pct(33, 176), "prikaz_215_pary.pdf",
         [("mentors_15_19", "B"), ("share_mentors_15_19", "C")]),
        ("6.3. 15–19-летних в программах наставничества (в любой роли)", 41, None, "baza_nastavlyaemyh.xlsx",
         [("students_15_19_in_programmes", "B")]),
        ("S", "Раздел 7. Удовлетворённость"),
        ("7.1. наставляемые", None, 92, "anketa_itogi_2024.pdf", [("satisfaction_mentees", "C")]),
        ("7.2. наставники", None, 94, "anketa_itogi_2024.pdf", [("satisfaction_mentors", "C")]),
        ("S", "Раздел 8. Педагоги"),
        ("8.1. Молодые специалисты", 9, None, None, [("young_specialists", "B")]),
        ("8.2. МС — наставляемые", 8, pct(8, 9), "prikaz_215_pary.pdf",
         [("young_specialists_mentees", "B"), ("share_young_specialists_mentees", "C")]),
        ("8.3. Педагоги (кроме МС)", 61, None, None, [("teachers_other", "B")]),
        ("8.4. Педагоги (кроме МС) — наставляемые", 10, None, "prikaz_215_pary.pdf", [("teachers_other_mentees", "B")]),
        ("8.5. Доля педагогов-наставляемых (все педагоги)", None, pct(18, 70), None, [("share_teachers_mentees", "C")]),
        ("8.6. Педагоги в ПП", 18, None, "PP_2024.zip", [("teachers_in_pp", "B")]),
        ("8.7. Стажёры (стажёрская площадка)", 2, None, "stazherskaya_ploshchadka.pdf", [("trainees_internship", "B")]),
        ("8.8. КПК по наставничеству", 5, None, "KPK_2024.pdf", [("kpk_trained", "B")]),
        ("8.9. ШМО наставников", 1, None, "SHMO_nastavnikov.pdf", [("school_methodical_associations", "B")]),
        ("8.10. Педагоги-наставники", 25, pct(25, 70), "prikaz_215_pary.pdf",
         [("teachers_mentors", "B"), ("share_teachers_mentors", "C")]),
        ("8.11. МС-наставники", 0, 0, None,
         [("young_specialists_mentors", "B"), ("share_young_specialists_mentors", "C")]),
        ("S", "Раздел 9. Прочее"),
        ("9.1. Публикации о наставничестве на сайте гимназии", 6, None, "https://gimn2-kedr.ru/news/?tag=nastavnichestvo", []),
        ("9.2. Участие в муниципальном конкурсе «Наставник года» (1/0)", 1, None, None, []),
    ]
    counts = [row[1] for row in rows if row[0] != "S" and isinstance(row[1], (int, float))]
    shares = [row[2] for row in rows if row[0] != "S" and isinstance(row[2], (int, float))]
    tot_sum = sum(counts)
    tot_avg = sum(shares) / len(shares)
    first = add_table(ws, "Таблица1", "A4", ["Показатель", "Кол-во", "Доля, %", "Ссылка на документ"],
                      len(rows), style="TableStyleMedium9",
                      totals={0: ("label", "Итог"), 1: ("sum", 109, tot_sum), 2: ("average", 101, tot_avg)})
    r = first
    for row in rows:
        if row[0] == "S":
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = BOLD
            F.heading(row[1])
        else:
            text, cnt, shr, lk, crits = row
            ws[f"A{r}"] = text
            ws[f"A{r}"].alignment = WRAP
            url = None if lk is None else (lk if lk.startswith("http") else u + lk)
            for crit, col in crits:
                F.value(ws, f"{col}{r}", crit, cnt if col == "B" else shr)
                if url:
                    F.link(ws, f"D{r}", crit, url)
            if not crits:
                F.not_criterion(text)
                ws[f"B{r}"] = cnt
                if url:
                    ws[f"D{r}"] = url
            if shr is not None:
                ws[f"C{r}"].number_format = "0.00"
            if cnt is not None and ws[f"B{r}"].value is None:
                ws[f"B{r}"] = cnt
            if shr is not None and ws[f"C{r}"].value is None:
                ws[f"C{r}"] = shr
        r += 1
    F.not_criterion("Итог")
    ws[f"C{r}"].number_format = "0.00"
    ws[f"A{r + 2}"] = "Зам. директора по НМР ______________ Ложкина С.А."
    ws.freeze_panes = "B5"
    widths(ws, {"A": 62, "B": 30, "C": 11, "D": 72})
    save(wb, file)


# =========================================================================== file 3
def file3():
    """МБУ ДО «ДДТ» (ДОП): «№ п/п | Раздел | Показатель | Значение | Ссылка | Столбец1» — Столбец1 holds
    who is responsible; the autofilter on it shows only «Сафонова Т.И.», rows of «Гусева Н.А.» are hidden
    but hold real 2024 values."""
    file = "DDT_Kedrovogorsk_2024.xlsx"
    CURRENT_FILE[0] = file
    F = Form(file, "МБУ ДО «Дом детского творчества»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    u = "https://ddt-kedrovogorsk.ru/files/cmn/"
    L = {
        1: u + "prikaz_39_polozheniya_o_nastavnichestve.pdf",
        2: u + "prikaz_112_monitoring_2024.pdf",
        3: u + "prikaz_kurator_2024.pdf",
        4: u + "programmy_nastavnichestva_DDT.pdf",
        5: u + "soglasheniya_partnery_2024.pdf",
        6: u + "prikaz_117_nastavniki_nastavlyaemye_2024.pdf",
        7: u + "PP_DDT_2024.pdf",
        8: u + "baza_nastavlyaemyh_DDT_2024.xlsx",
        9: u + "anketirovanie_udovletvorennost_2024.pdf",
        10: u + "KPK_nastavniki_2024.pdf",
        11: u + "MO_nastavnikov_plan_2024.pdf",
        12: u + "polozhenie_nematerialnoe_pooshchrenie.pdf",
        13: u + "meropriyatiya_rabotodateli_2024.pdf",
    }
    S, G = "Сафонова Т.И.", "Гусева Н.А."
    ws.merge_cells("A1:F1")
    ws["A1"] = "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества» г. Кедровогорска"
    ws["A1"].font = TITLE
    ws.merge_cells("A2:F2")
    ws["A2"] = "Мониторинг ЦМН — отчётный 2024 год (МБУ ДО «Дом детского творчества»)"
    partners = ("МБОУ «СОШ № 3»\nМАОУ «Гимназия № 2»\nООО «КедрАгро»\n"
                "АО «Кедровогорский механический завод»\nКедровогорский городской совет ветеранов")
    # (section, text, value, link key, responsible, criterion)
    rows = [
        ("Нормативка", "Положение о наставничестве педагогов ДДТ утверждено", "да", 1, S, "orgs_regulation_teachers"),
        ("Нормативка", "Положение о наставничестве обучающихся утверждено", "да", 1, S, "orgs_regulation_students"),
        ("Нормативка", "Приказ о мониторинге ЦМН", "да", 2, S, "orgs_monitoring_order"),
        ("Нормативка", "Справка по внутреннему мониторингу", "нет", None, S, "internal_monitoring_notes"),
        ("Организация", "Куратор(ы) ЦМН", 1, 3, S, "curators_total"),
        ("Организация", "Программы наставничества (кроме ПП)", 3, 4, S, "programmes_total"),
        ("Организация", "Соглашения со школами / др. ОО", 2, 5, S, "agreements_edu_orgs"),
        ("Организация", "Соглашения с предприятиями", 2, 5, S, "agreements_enterprises"),
        ("Организация", "Соглашения с другими организациями", 1, 5, S, "agreements_other_orgs"),
        ("Организация", "Партнёры ДДТ по наставничеству", partners, 5, S, "partner_list"),
        ("Организация", "Наставники по приказу", 24, 6, S, "mentors_total"),
        ("Организация", "Наставляемые по приказу", 64, 6, S, "mentees_total"),
        ("ПП", "Персонализированные программы — всего", 17, 7, S, "pp_total"),
        ("ПП", "ПП «учитель (ПДО) – ученик»", 11, 7, S, "pp_teacher_pupil"),
        ("ПП", "ПП «ученик – ученик»", 2, 7, S, "pp_pupil_pupil"),
        ("ПП", "ПП «педагог – педагог»", 3, 7, S, "pp_teacher_teacher"),
        ("ПП", "ПП «руководитель – педагог»", 1, 7, S, "pp_head_teacher"),
        ("ПП", "ПП иные формы", 0, None, S, "pp_other"),
        ("Внешние наставники", "Наставники из школ и др. ОО", 2, 6, S, "external_edu_mentors"),
        ("Внешние наставники", "Наставники — работники предприятий", 3, 6, S, "enterprise_mentors"),
        ("Внешние наставники", "Наставники из прочих организаций (совет ветеранов)", 1, 6, S, "other_org_mentors"),
        ("Дети 10–19", "Обучающихся 10–19 лет в объединениях ДДТ", 486, None, G, "students_10_19"),
        ("Дети 10–19", "из них в роли наставляемых", 52, 8, G, "mentees_10_19"),
        ("Дети 10–19", "…из «группы риска»", 3, 8, G, "mentees_risk"),
        ("Дети 10–19", "…одарённые (реестр)", 14, 8, G, "mentees_gifted"),
        ("Дети 10–19", "…ОВЗ, дети-инвалиды", 5, 8, G, "mentees_disabled"),
        ("Дети 10–19", "…низкая мотивация / неуспеваемость", 0, None, G, "mentees_low_motivation"),
        ("Дети 10–19", "…выбор профессии, траектории", 9, 8, G, "mentees_career"),
        ("Дети 10–19", "…иное", 21, 8, G, "mentees_other_params"),
        ("Дети 10–19", "Доля наставляемых 10–19 лет, %", pct(52, 486), None, G, "share_mentees_10_19"),
        ("Дети 15–19", "Обучающихся 15–19 лет", 97, None, S, "students_15_19"),
        ("Дети 15–19", "Наставники из обучающихся 15–19 лет", 9, 6, S, "mentors_15_19"),
        ("Дети 15–19", "Доля наставников среди 15–19-летних, %", pct(9, 97), None, S, "share_mentors_15_19"),
        ("Удовлетворённость", "Наставляемые довольны участием, %", 89, 9, S, "satisfaction_mentees"),
        ("Удовлетворённость", "Наставники довольны, %", 85, 9, S, "satisfaction_mentors"),
        ("Кадры", "Молодые специалисты (ПДО до 35 лет, до 3 лет стажа)", 4, None, G, "young_specialists"),
        ("Кадры", "МС — наставляемые", 4, 6, G, "young_specialists_mentees"),
        ("Кадры", "Педагоги без МС", 31, None, G, "teachers_other"),
        ("Кадры", "Педагоги без МС — наставляемые", 2, 6, G, "teachers_other_mentees"),
        ("Кадры", "Педагоги — наставники", 9, 6, G, "teachers_mentors"),
        ("Кадры", "Прошли КПК по наставничеству в 2024 г.", 2, 10, S, "kpk_trained"),
        ("Кадры", "Метод. объединение наставников ДДТ", 1, 11, S, "school_methodical_associations"),
        ("Стимулирование", "Положение о нематериальном поощрении наставников", 1, 12, S, "nonmaterial_acts"),
        ("Стимулирование", "Локальный акт о доплатах наставникам", 0, None, S, "pay_acts"),
        ("Прочее", "Кол-во детских объединений ДДТ", 54, None, S, None),
        ("Прочее", "Мероприятия с наставниками-работодателями", 7, 13, G, None),
    ]
    first = add_table(ws, "Таблица3", "A4", ["№ п/п", "Раздел", "Показатель", "Значение", "Ссылка", "Столбец1"],
                      len(rows), style="TableStyleLight9", filt=(5, [S]))
    r = first
    seen = []
    for i, (sec, text, val, lk, who, crit) in enumerate(rows, start=1):
        ws[f"A{r}"] = i
        ws[f"B{r}"] = sec
        ws[f"C{r}"] = text
        ws[f"C{r}"].alignment = WRAP
        ws[f"F{r}"] = who
        if sec not in seen:
            seen.append(sec)
            F.heading(sec)
        if crit:
            F.value(ws, f"D{r}", crit, val)
            if lk:
                F.link(ws, f"E{r}", crit, L[lk])
        else:
            ws[f"D{r}"] = val
            if lk:
                ws[f"E{r}"] = L[lk]
            F.not_criterion(text)
        if isinstance(val, str) and "\n" in val:
            ws[f"D{r}"].alignment = WRAP
        if who == G:
            ws.row_dimensions[r].hidden = True
        r += 1
    ws[f"A{r + 1}"] = "Директор МБУ ДО «ДДТ» ____________ Р.В. Мерзлякова"
    ws.freeze_panes = "D5"
    widths(ws, {"A": 7, "B": 18, "C": 52, "D": 40, "E": 66, "F": 16})
    save(wb, file)


# =========================================================================== file 4
def file4():
    """МБОУ «СОШ № 11»: two tables on one sheet — «НПА» (documents: есть/нет, реквизиты, ссылка) and
    «Участники» (Всего | В программах | Доля, % as a calculated column with cached results)."""
    file = "sosh11_otchet_CMN_2024.xlsx"
    CURRENT_FILE[0] = file
    F = Form(file, "МБОУ «СОШ № 11»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Отчёт ЦМН"
    u = "https://sh11-kedrovogorsk.gosuslugi.ru/netcat_files/userfiles/CMN/"
    ws.merge_cells("A1:E1")
    ws["A1"] = "Сведения о реализации целевой модели наставничества в МБОУ «СОШ № 11» за 2024 год"
    ws["A1"].font = TITLE
    ws["A2"] = "1. Локальные нормативные акты"
    ws["A2"].font = BOLD
    F.heading("1. Локальные нормативные акты")
    acts = [
        ("Положение о системе наставничества педработников", "да", "приказ от 30.08.2022 № 87-од", "prikaz_87-od_2022.pdf", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "да", "приказ от 30.08.2022 № 88-од", "prikaz_88-od_2022.pdf", "orgs_regulation_students"),
        ("Приказ «О проведении мониторинга ЦМН в 2024 году»", "да", "от 02.10.2024 № 141-од", "prikaz_141-od_2024.pdf", "orgs_monitoring_order"),
        ("Аналитическая справка по внутреннему мониторингу", "да", "от 28.10.2024", "spravka_28-10-2024.pdf", "internal_monitoring_notes"),
        ("Приказ о назначении куратора ЦМН", "да", "от 01.09.2024 № 120-од", "prikaz_120-od_2024.pdf", None),
        ("Положение о стимулирующих выплатах наставникам", "да", "приказ от 10.01.2024 № 5-од", "prikaz_5-od_2024_stimul.pdf", "pay_acts"),
        ("Положение о нематериальном поощрении наставников", "нет", "—", None, "nonmaterial_acts"),
        ("Дорожная карта ЦМН на 2024/25 уч. год", "да", "приказ от 01.09.2024 № 119-од", "dorozhnaya_karta_2024-25.pdf", None),
        ("Приказ об утверждении наставнических пар (групп)", "да", "от 12.09.2024 № 131-од", "prikaz_131-od_pary.pdf", None),
    ]
    first = add_table(ws, "НПА", "A3", ["№", "Документ", "Наличие (да/нет)", "Реквизиты", "Ссылка"],
                      len(acts), style="TableStyleMedium4")
    r = first
    for i, (text, has, req, lk, crit) in enumerate(acts, start=1):
        ws[f"A{r}"] = i
        ws[f"B{r}"] = text
        ws[f"B{r}"].alignment = WRAP
        ws[f"D{r}"] = req
        if crit:
            F.value(ws, f"C{r}", crit, has)
            if lk:
                F.link(ws, f"E{r}", crit, u + lk)
        else:
            ws[f"C{r}"] = has
            ws[f"E{r}"] = u + lk
            F.not_criterion(text)
        r += 1
    r += 1
    ws[f"A{r}"] = "2. Участники программ наставничества (чел.)"
    ws[f"A{r}"].font = BOLD
    F.heading("2. Участники программ наставничества (чел.)")
    top = r + 1
    people = [
        ("Обучающиеся 10–19 лет (как наставляемые)", 604, 131, "prikaz_131-od_pary.pdf",
         ["students_10_19", "mentees_10_19", "share_mentees_10_19"]),
        ("Обучающиеся 15–19 лет (как наставники)", 152, 24, "prikaz_131-od_pary.pdf",
         ["students_15_19", "mentors_15_19", "share_mentors_15_19"]),
        ("Молодые специалисты (как наставляемые)", 5, 5, "prikaz_131-od_pary.pdf",
         ["young_specialists", "young_specialists_mentees", "share_young_specialists_mentees"]),
        ("Педагоги, кроме МС (как наставляемые)", 44, 6, "prikaz_131-od_pary.pdf",
         ["teachers_other", "teachers_other_mentees", None]),
        ("Молодые специалисты (как наставники)", 5, 1, "prikaz_131-od_pary.pdf",
         [None, "young_specialists_mentors", "share_young_specialists_mentors"]),
        ("Наставники по приказу — всего", None, 38, "prikaz_131-od_pary.pdf", [None, "mentors_total", None]),
        ("в т.ч. педагоги школы", None, 13, "prikaz_131-od_pary.pdf", [None, "teachers_mentors", None]),
        ("в т.ч. из других ОО (МБОУ «ООШ № 7»)", None, 1, "prikaz_131-od_pary.pdf", [None, "external_edu_mentors", None]),
        ("Наставляемые по приказу — всего", None, 142, "prikaz_131-od_pary.pdf", [None, "mentees_total", None]),
        ("Кураторы ЦМН", None, 1, "prikaz_120-od_2024.pdf", [None, "curators_total", None]),
    ]
    hdr = ["Категория", "Всего, чел.", "В программах наставничества, чел.", "Доля, %", "Ссылка на приказ"]
    calc_f = ('IF(Участники[[#This Row],[Всего, чел.]]="","",ROUND(Участники[[#This Row],'
              '[В программах наставничества, чел.]]/Участники[[#This Row],[Всего, чел.]]*100,2))')
    first = add_table(ws, "Участники", f"A{top}", hdr, len(people), style="TableStyleMedium4",
                      calc={3: calc_f})
    r = first
    for text, total, inprog, lk, crits in people:
        ws[f"A{r}"] = text
        ws[f"A{r}"].alignment = WRAP
        cached = "" if total is None else pct(inprog, total)
        formula(file, ws, f"D{r}", calc_f, cached)
        ws[f"D{r}"].number_format = "0.00"
        ccol = {0: "B", 1: "C", 2: "D"}
        vals = {0: total, 1: inprog, 2: cached}
        for k, crit in enumerate(crits):
            if crit is None:
                continue
            if k == 2:
                F.value(ws, f"D{r}", crit, expected=cached, write=False)
            else:
                F.value(ws, f"{ccol[k]}{r}", crit, vals[k])
            if lk:
                F.link(ws, f"E{r}", crit, u + lk)
        if ws[f"B{r}"].value is None and total is not None:
            ws[f"B{r}"] = total
        r += 1
    # the share of non-young teachers in programmes (row 4) is not a catalogue criterion: not recorded
    ws[f"A{r + 1}"] = "Исполнитель: Шутова Г.Н., куратор ЦМН, тел. 8 (34150) 2-14-37"
    ws.freeze_panes = "A4"
    widths(ws, {"A": 46, "B": 50, "C": 22, "D": 30, "E": 62})
    save(wb, file)


# =========================================================================== file 5
def file5():
    """МАОУ «Лицей № 1»: a title block with the organisation (rows 1–10), the table starts at D12:
    «Код | Наименование показателя | Ед. изм. | Значение | Подтверждающий документ» (hyperlinks whose
    shown text is the document's title)."""
    file = "licey1_forma_2024.xlsx"
    CURRENT_FILE[0] = file
    F = Form(file, "МАОУ «Лицей № 1»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма"
    u = "https://licey1-kedr.gosuslugi.ru/netcat_files/doc/nastavnichestvo/"
    ws["A1"] = "Управление образования Администрации муниципального образования «Кедровогорский городской округ Удмуртской Республики»"
    ws["A3"] = "Муниципальное автономное общеобразовательное учреждение «Лицей № 1» (МАОУ «Лицей № 1»)"
    ws["A3"].font = TITLE
    ws["A4"] = "427550, Удмуртская Республика, г. Кедровогорск, ул. Советская, д. 14; ИНН 1837004512"
    ws["A6"] = "ОТЧЁТ о реализации целевой модели наставничества педагогических работников и обучающихся"
    ws["A6"].font = BOLD
    ws["A7"] = "за 2024 календарный год (по состоянию на 31.12.2024)"
    ws["A9"] = "Куратор ЦМН: Захарова Елена Викторовна, заместитель директора по НМР"
    ws["A10"] = "Дата составления: 15.01.2025"
    D = {
        "pol": ("Приказ № 112-од от 29.08.2023 (положения)", "prikaz_112-od_polozheniya.pdf"),
        "mon": ("Приказ № 174-од от 01.10.2024", "prikaz_174-od_monitoring.pdf"),
        "spr": ("Справка по внутреннему мониторингу", "spravka_vnutrenniy_monitoring_2024.pdf"),
        "kur": ("Приказ № 150-од о кураторах", "prikaz_150-od_kuratory.pdf"),
        "prog": ("Программы наставничества 2024/25", "programmy_2024-25.pdf"),
        "sogl": ("Соглашения о сотрудничестве", "soglasheniya_2024.pdf"),
        "pary": ("Приказ № 162-од (пары, группы)", "prikaz_162-od_pary.pdf"),
        "pp": ("Реестр ПП 2024", "reestr_PP_2024.xlsx"),
        "baza": ("База наставляемых", "baza_nastavlyaemyh_2024.xlsx"),
        "ank": ("Итоги анкетирования", "anketirovanie_itogi_2024.pdf"),
        "staj": ("Приказ о стажёрской площадке", "prikaz_stazherskaya_ploshchadka.pdf"),
        "kpk": ("Удостоверения КПК", "KPK_2024.pdf"),
        "shmo": ("Положение о ШМО наставников", "polozhenie_SHMO.pdf"),
        "opl": ("Положение об оплате наставничества", "polozhenie_oplata.pdf"),
        "nemat": ("Положение о нематериальном поощрении", "polozhenie_nematerialnoe.pdf"),
    }
    subj = ("совместная реализация программ наставничества «студент – ученик» и «работодатель – ученик», "
            "предоставление наставников из числа сотрудников")
    partners = ("ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»; МАОУ «Гимназия № 2»; "
                "ГБПОУ «Кедровогорский политехнический колледж»; АОУ ДПО УР «ИРО»; "
                "АО «Кедровогорский механический завод»; ПАО «Ростелеком»; местное отделение «Движение первых»")
    courses = ("«Наставничество в образовательной организации: технологии и практики» (ИРО, 36 ч.); "
               "«Организация наставничества в школе» (ИжГТУ, 24 ч.)")
    rows = [
        ("S", "I", "Нормативное обеспечение"),
        ("Н-1", "Положение о наставничестве педагогических работников (утверждено приказом)", "да/нет", "да", "pol", "orgs_regulation_teachers"),
        ("Н-2", "Положение о наставничестве обучающихся", "да/нет", "да", "pol", "orgs_regulation_students"),
        ("Н-3", "Приказ о мониторинге реализации ЦМН в лицее", "да/нет", "да", "mon", "orgs_monitoring_order"),
        ("Н-4", "Справка по итогам внутреннего мониторинга", "да/нет", "да", "spr", "internal_monitoring_notes"),
        ("S", "II", "Организация процесса"),
        ("О-1", "Кураторы внедрения ЦМН", "чел.", 2, "kur", "curators_total"),
        ("О-2", "Программы наставничества по формам (без ПП)", "шт.", 5, "prog", "programmes_total"),
        ("О-3", "Соглашения с ОО (вузы, колледжи, школы)", "шт.", 3, "sogl", "agreements_edu_orgs"),
        ("О-4", "Соглашение с АОУ ДПО УР «ИРО»", "шт.", 1, "sogl", "agreements_iro"),
        ("О-5", "Соглашения с предприятиями", "шт.", 2, "sogl", "agreements_enterprises"),
        ("О-6", "Соглашения с иными организациями", "шт.", 1, "sogl", "agreements_other_orgs"),
        ("О-7", "Предмет соглашений", "текст", subj, "sogl", "agreement_subjects"),
        ("О-8", "Организации-партнёры", "перечень", partners, "sogl", "partner_list"),
        ("О-9", "Наставники (приказ)", "чел.", 104, "pary", "mentors_total"),
        ("О-10", "Наставляемые (приказ)", "чел.", 231, "pary", "mentees_total"),
        ("S", "III", "Персонализированные программы наставничества"),
        ("П-1", "ПП, всего", "шт.", 46, "pp", "pp_total"),
        ("П-2", "ПП «ученик – ученик»", "шт.", 15, "pp", "pp_pupil_pupil"),
        ("П-3", "ПП «учитель – учитель»", "шт.", 14, "pp", "pp_teacher_teacher"),
        ("П-4", "ПП «студент – студент»", "шт.", 0, None, "pp_student_student"),
        ("П-5", "ПП «руководитель – педагог»", "шт.", 3, "pp", "pp_head_teacher"),
        ("П-6", "ПП «студент – ученик»", "шт.", 4, "pp", "pp_student_pupil"),
        ("П-7", "ПП «учитель – ученик»", "шт.", 9, "pp", "pp_teacher_pupil"),
        ("П-8", "ПП иной формы («работодатель – ученик»)", "шт.", 1, "pp", "pp_other"),
        ("S", "IV", "Внешние наставники"),
        ("В-1", "Наставники — сотрудники других ОО", "чел.", 4, "pary", "external_edu_mentors"),
        ("В-2", "Наставники — сотрудники ИРО", "чел.", 1, "pary", "iro_mentors"),
        ("В-3", "Наставники — сотрудники предприятий", "чел.", 2, "pary", "enterprise_mentors"),
        ("В-4", "Наставники из иных организаций", "чел.", 1, "pary", "other_org_mentors"),
        ("S", "V", "Обучающиеся 10–19 лет"),
        ("Д-1", "Численность обучающихся 10–19 лет", "чел.", 940, None, "students_10_19"),
        ("Д-2", "Наставляемые из числа обучающихся 10–19 лет", "чел.", 188, "baza", "mentees_10_19"),
        ("Д-3", "в т.ч. «группа риска»", "чел.", 7, "baza", "mentees_risk"),
        ("Д-4", "в т.ч. одарённые дети (реестр)", "чел.", 64, "baza", "mentees_gifted"),
        ("Д-5", "в т.ч. дети с ОВЗ, дети-инвалиды", "чел.", 2, "baza", "mentees_disabled"),
        ("Д-6", "в т.ч. низкая учебная мотивация, неуспевающие", "чел.", 15, "baza", "mentees_low_motivation"),
        ("Д-7", "в т.ч. проблемы выбора профессии / траектории", "чел.", 58, "baza", "mentees_career"),
        ("Д-8", "в т.ч. по иным параметрам", "чел.", 42, "baza", "mentees_other_params"),
        ("Д-9", "Доля наставляемых среди обучающихся 10–19 лет", "%", pct(188, 940), None, "share_mentees_10_19"),
        ("S", "VI", "Обучающиеся 15–19 лет"),
        ("Д-10", "Численность обучающихся 15–19 лет", "чел.", 301, None, "students_15_19"),
        ("Д-11", "Наставники из числа обучающихся 15–19 лет (приказ)", "чел.", 58, "pary", "mentors_15_19"),
        ("Д-12", "Обучающиеся 15–19 лет в программах наставничества (всего)", "чел.", 77, "baza", "students_15_19_in_programmes"),
        ("Д-13", "Доля наставников среди обучающихся 15–19 лет", "%", pct(58, 301), None, "share_mentors_15_19"),
        ("S", "VII", "Удовлетворённость"),
        ("У-1", "Удовлетворённость наставляемых (завершённые программы)", "%", 90, "ank", "satisfaction_mentees"),
        ("У-2", "Удовлетворённость наставников (завершённые программы)", "%", 93, "ank", "satisfaction_mentors"),
        ("S", "VIII", "Педагогические кадры"),
        ("К-1", "Молодые специалисты (до 35 лет, первые 3 года работы)", "чел.", 11, None, "young_specialists"),
        ("К-2", "Молодые специалисты — наставляемые", "чел.", 10, "pary", "young_specialists_mentees"),
        ("К-3", "Педагоги, не относящиеся к МС", "чел.", 83, None, "teachers_other"),
        ("К-4", "Педагоги (не МС) — наставляемые", "чел.", 12, "pary", "teachers_other_mentees"),
        ("К-5", "Доля МС, вошедших в программы как наставляемые", "%", pct(10, 11), None, "share_young_specialists_mentees"),
        ("К-6", "Доля педагогов-наставляемых от всех педагогов", "%", pct(22, 94), None, "share_teachers_mentees"),
        ("К-7", "Педагоги, участвующие в ПП", "чел.", 20, "pp", "teachers_in_pp"),
        ("К-8", "Стажёры стажёрской площадки", "чел.", 3, "staj", "trainees_internship"),
        ("К-9", "Педагоги, прошедшие КПК по наставничеству в 2024 г.", "чел.", 7, "kpk", "kpk_trained"),
        ("К-10", "Названия курсов", "перечень", courses, "kpk", "kpk_courses"),
        ("К-11", "ШМО наставников", "ед.", 2, "shmo", "school_methodical_associations"),
        ("К-12", "Педагоги — наставники", "чел.", 38, "pary", "teachers_mentors"),
        ("К-13", "Молодые специалисты — наставники", "чел.", 2, "pary", "young_specialists_mentors"),
        ("К-14", "Доля педагогов-наставников", "%", pct(38, 94), None, "share_teachers_mentors"),
        ("К-15", "Доля МС-наставников", "%", pct(2, 11), None, "share_young_specialists_mentors"),
        ("S", "IX", "Стимулирование"),
        ("С-1", "Локальные акты об оплате наставничества", "шт.", 1, "opl", "pay_acts"),
        ("С-2", "Локальные акты о нематериальном поощрении", "шт.", 1, "nemat", "nonmaterial_acts"),
        ("S", "X", "Дополнительно (показатели региона)"),
        ("Х-1", "Наставнических пар / групп", "ед.", 96, "pary", None),
        ("Х-2", "Участие педагогов в конкурсе «Наставник года»", "да/нет", "да", None, None),
    ]
    first = add_table(ws, "Таблица5", "D12",
                      ["Код", "Наименование показателя", "Ед. изм.", "Значение", "Подтверждающий документ"],
                      len(rows), style="TableStyleMedium6")
    r = first
    for row in rows:
        if row[0] == "S":
            ws[f"D{r}"] = row[1]
            ws[f"E{r}"] = row[2]
            ws[f"D{r}"].font = BOLD
            ws[f"E{r}"].font = BOLD
            F.heading(row[2])
            r += 1
            continue
        code, text, unit, val, lk, crit = row
        ws[f"D{r}"] = code
        ws[f"E{r}"] = text
        ws[f"E{r}"].alignment = WRAP
        ws[f"F{r}"] = unit
        if crit:
            F.value(ws, f"G{r}", crit, val)
            if lk:
                F.link(ws, f"H{r}", crit, u + D[lk][1], text=D[lk][0])
        else:
            ws[f"G{r}"] = val
            if lk:
                ws[f"H{r}"] = D[lk][0]
                ws[f"H{r}"].hyperlink = u + D[lk][1]
            F.not_criterion(text)
        if isinstance(val, str) and len(val) > 30:
            ws[f"G{r}"].alignment = WRAP
        r += 1
    ws[f"D{r + 1}"] = "Директор МАОУ «Лицей № 1» ____________ А.Н. Бабинцев"
    ws.freeze_panes = "E13"
    widths(ws, {"A": 3, "B": 3, "C": 3, "D": 7, "E": 56, "F": 10, "G": 40, "H": 44})
    save(wb, file)


# =========================================================================== file 6
def file6():
    """МБОУ «ООШ № 7» from an English-locale Excel: «Column1 | Column2 | Column3 | Column4», their meaning
    only in a legend beside the table, a totals row «Total» (SUBTOTAL 109 over Column2), sheet «Sheet1»."""
    file = "oosh7_Klyuchi_2024.xlsx"
    CURRENT_FILE[0] = file
    F = Form(file, "МБОУ «ООШ № 7»")
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    u = "https://oosh7-klyuchi.gosuslugi.ru/netcat_files/nastavnichestvo/"
    ws["A1"] = "МБОУ «ООШ № 7» д. Ключи Кедровогорского ГО"
    ws["A1"].font = TITLE
    ws["A2"] = "Мониторинг целевой модели наставничества за 2024 год"
    ws["A2"].font = BOLD
    ws["F4"] = "Пояснение к столбцам таблицы:"
    ws["F4"].font = BOLD
    ws["F5"] = "Column1 — наименование показателя"
    ws["F6"] = "Column2 — значение на 31.12.2024"
    ws["F7"] = "Column3 — ссылка на подтверждающий документ"
    ws["F8"] = "Column4 — примечание"
    nast = u + "prikaz_58_nastavniki_2024.pdf"
    rows = [
        ("Положение о наставничестве педагогов", "да", u + "polozhenie_ped.pdf", "приказ № 41 от 31.08.2022", "orgs_regulation_teachers"),
        ("Положение о наставничестве обучающихся", "да", u + "polozhenie_obuch.pdf", "приказ № 41 от 31.08.2022", "orgs_regulation_students"),
        ("Приказ о мониторинге ЦМН", "нет", None, "в 2024 г. не издавался", "orgs_monitoring_order"),
        ("Справка по итогам внутр. мониторинга", "да", u + "spravka_2024.pdf", None, "internal_monitoring_notes"),
        ("Куратор ЦМН (кол-во)", 1, u + "prikaz_52_kurator.pdf", None, "curators_total"),
        ("Программы наставничества (не ПП)", 2, u + "programmy.pdf", "«ученик–ученик», «учитель–учитель»", "programmes_total"),
        ("Соглашения с другими школами", 1, u + "soglashenie_SOSH11.pdf", "с МБОУ «СОШ № 11»", "agreements_edu_orgs"),
        ("Соглашения с предприятиями / иными орг.", 0, None, None, None),
        ("Партнёры", "МБОУ «СОШ № 11»", u + "soglashenie_SOSH11.pdf", None, "partner_list"),
        ("Наставников всего (приказ)", 7, nast, None, "mentors_total"),
        ("Наставляемых всего (приказ)", 17, nast, None, "mentees_total"),
        ("ПП всего", 6, u + "PP_2024.pdf", None, "pp_total"),
        ("ПП ученик–ученик", 2, u + "PP_2024.pdf", None, "pp_pupil_pupil"),
        ("ПП учитель–учитель", 3, u + "PP_2024.pdf", None, "pp_teacher_teacher"),
        ("ПП руководитель–педагог", 1, u + "PP_2024.pdf", None, "pp_head_teacher"),
        ("Наставники из СОШ № 11 (внешние)", 1, nast, None, "external_edu_mentors"),
        ("Учащихся 10–19 лет", 88, None, "по ОШ-1", "students_10_19"),
        ("из них наставляемые", 11, nast, None, "mentees_10_19"),
        ("— группа риска", 2, nast, None, "mentees_risk"),
        ("— одарённые", 0, None, None, "mentees_gifted"),
        ("— ОВЗ, инвалиды", 3, nast, None, "mentees_disabled"),
        ("— низкая мотивация", 4, nast, None, "mentees_low_motivation"),
        ("— иные причины", 2, nast, "адаптация после перевода", "mentees_other_params"),
        ("Доля наставляемых 10–19, %", pct(11, 88), None, None, "share_mentees_10_19"),
        ("Учащихся 15–19 лет", 14, None, "9 класс", "students_15_19"),
        ("Наставники-учащиеся 15–19 лет", 2, nast, None, "mentors_15_19"),
        ("Доля наставников 15–19, %", pct(2, 14), None, None, "share_mentors_15_19"),
        ("Удовлетворённость наставляемых, %", 80, u + "anketa_2024.pdf", None, "satisfaction_mentees"),
        ("Удовлетворённость наставников, %", 85, u + "anketa_2024.pdf", None, "satisfaction_mentors"),
        ("Молодые специалисты", 1, None, None, "young_specialists"),
        ("МС — наставляемые", 1, nast, None, "young_specialists_mentees"),
        ("Педагоги (без МС)", 14, None, None, "teachers_other"),
        ("Педагоги (без МС) — наставляемые", 2, nast, None, "teachers_other_mentees"),
        ("Педагоги — наставники", 4, nast, None, "teachers_mentors"),
        ("КПК по наставничеству в 2024 г.", 1, u + "KPK_2024.pdf", "Ившина Л.Р.", "kpk_trained"),
        ("Положение о доплате наставникам", "нет", None, "доплата из стимулирующей части", "pay_acts"),
    ]
    tot = sum(v for _, v, _, _, _ in rows if isinstance(v, (int, float)))
    first = add_table(ws, "Table1", "A4", ["Column1", "Column2", "Column3", "Column4"], len(rows),
                      style="TableStyleMedium2",
                      totals={0: ("label", "Total"), 1: ("sum", 109, tot)})
    r = first
    for text, val, url, note, crit in rows:
        ws[f"A{r}"] = text
        if crit:
            F.value(ws, f"B{r}", crit, val)
            if url:
                F.link(ws, f"C{r}", crit, url)
        else:
            ws[f"B{r}"] = val
            if url:
                ws[f"C{r}"] = url
            F.not_criterion(text)
        if note:
            ws[f"D{r}"] = note
        r += 1
    F.not_criterion("Total")
    ws[f"A{r + 2}"] = "Директор ________ Т.А. Корепанова"
    ws.freeze_panes = "A5"
    widths(ws, {"A": 44, "B": 18, "C": 62, "D": 34, "F": 44})
    save(wb, file)


def main():
    TYPED.mkdir(exist_ok=True)
    for p in TYPED.glob("*.xlsx"):
        p.unlink()
    for fn in (file1, file2, file3, file4, file5, file6):
        fn()
    for e in FORMS:
        for k in ("values", "links"):
            e[k] = dict(sorted(e[k].items(), key=lambda kv: list(UNITS).index(kv[0])))
    (HERE / "expected.json").write_text(json.dumps(FORMS, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": CELLS}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in FORMS)
    nl = sum(len(e["links"]) for e in FORMS)
    print(f"files {len(FORMS)}, forms {len(FORMS)}, values {nv}, links {nl}")


if __name__ == "__main__":
    main()
