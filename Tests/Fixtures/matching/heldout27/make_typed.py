#!/usr/bin/env python3
"""Held-out set 30: mentoring-monitoring forms (ЦМН, 2024) that went through Microsoft Word.

Invented municipality: муниципальный округ «Лудзинский район» (Удмуртская Республика).
Seven organisations (six schools, one ДОП).  Each school got the municipality's Word template,
filled it in Word and then the table reached Excel:

* two files (01, 04) were saved from Word as a web page and opened in a spreadsheet: they are
  produced here as Word-style HTML and converted by LibreOffice Calc
  (``soffice --headless --infilter=calc_HTML_WebQuery --convert-to xlsx``), which splits every
  line of a Word cell into its own sheet row and merges the neighbouring cells;
* five files (02, 03, 05, 06, 07) imitate a copy/paste of the Word table into Excel, written with
  openpyxl.

Deterministic: fixed data, no randomness.  Writes typed/*.xlsx, expected.json, cells.json.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile

from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")
YEAR = 2024

NBSP = "\u00a0"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TNR = "Times New Roman"

CELLS = []      # entries of cells.json
EXPECTED = []   # entries of expected.json


class Form:
    """Expected content of one file (one organisation)."""

    def __init__(self, file, org, via):
        self.file = file
        self.org = org
        self.via = via
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        EXPECTED.append(self)

    def value(self, sheet, cell, crit, expected, shown, note=None):
        assert crit not in self.values, (self.file, crit)
        self.values[crit] = expected
        e = {"file": self.file, "sheet": sheet, "cell": cell, "criterion": crit,
             "kind": "value", "expected": expected, "shown": shown, "via": self.via}
        if note:
            e["note"] = note
        CELLS.append(e)

    def link(self, sheet, cell, crit, url, how):
        assert crit not in self.links, (self.file, crit)
        self.links[crit] = url
        CELLS.append({"file": self.file, "sheet": sheet, "cell": cell, "criterion": crit,
                      "kind": "link", "expected": url, "how": how, "via": self.via})

    def as_json(self):
        return {"file": self.file, "year": YEAR, "organisation": self.org,
                "values": self.values, "links": self.links,
                "not_criteria": self.not_criteria, "headings": self.headings}


# --------------------------------------------------------------------------------------------
# Row specification shared by both routes
# --------------------------------------------------------------------------------------------
class R:
    """One row of a Word table.

    lines  - the criterion title as typed in Word, one item per line of the Word cell
    shown  - what the value cell shows: str, or (number, number_format) for Excel-converted cells
    exp    - expected value (None for decoys)
    crit   - criterion id (None for decoys)
    url    - proof link; how: 'text' (URL in the link column), 'hyperlink' (display text `disp`
             in the link column, URL only in the hyperlink), 'in_value' (URL typed after the value
             in the value cell)
    mode   - for multi-line titles in pasted files: 'merge' (Excel paste: other cells merged
             vertically), 'first' (value on the first line), 'last' (value on the last line)
    extra  - additional columns (e.g. 2023 value, plan) as {col_index: shown}
    """

    def __init__(self, num, lines, shown, exp=None, crit=None, url=None, how="text", disp=None,
                 mode="merge", extra=None, decoy=False, sup=None):
        self.sup = sup
        self.num = num
        self.lines = [lines] if isinstance(lines, str) else list(lines)
        self.shown = shown
        self.exp = exp
        self.crit = crit
        self.url = url
        self.how = how
        self.disp = disp
        self.mode = mode
        self.extra = extra or {}
        self.decoy = decoy
        if decoy:
            assert crit is None

    @property
    def title(self):
        return " ".join(self.lines)


class Sec:
    def __init__(self, text):
        self.text = text


class Gap:
    """An empty spacer row (empty Word paragraph / empty table row)."""


# --------------------------------------------------------------------------------------------
# Route 1: openpyxl imitation of a Word table pasted into Excel
# --------------------------------------------------------------------------------------------
class Pasted:
    def __init__(self, form, widths, num_col=1, title_col=2, value_col=3, link_col=4,
                 sheet="Лист1", borders=True, wrap=False):
        self.form = form
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = sheet
        self.sheet = sheet
        self.ncols = len(widths)
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[chr(64 + i)].width = w
        self.num_col, self.title_col, self.value_col, self.link_col = num_col, title_col, value_col, link_col
        self.borders = borders
        self.wrap = wrap
        self.r = 1

    def c(self, row, col):
        return self.ws.cell(row=row, column=col)

    def put(self, row, col, v, bold=False, fmt=None, box=True, align=None, size=12, italic=False,
            sup=False):
        cell = self.c(row, col)
        cell.value = v
        cell.font = Font(name=TNR, size=size, bold=bold, italic=italic, vertAlign="superscript" if sup else None)
        if fmt:
            cell.number_format = fmt
        if box and self.borders:
            cell.border = BOX
        cell.alignment = Alignment(horizontal=align, vertical="top", wrap_text=self.wrap)
        return cell

    def para(self, text, bold=False, align=None, size=12, italic=False, col=1):
        self.put(self.r, col, text, bold=bold, box=False, align=align, size=size, italic=italic)
        self.r += 1

    def blank(self, n=1):
        self.r += n

    def header(self, rows):
        """rows: list of lists (one per sheet row); None = empty cell."""
        for vals in rows:
            for j, v in enumerate(vals, start=1):
                self.put(self.r, j, v, bold=True, align="center")
            self.r += 1

    def merge(self, r1, c1, r2, c2):
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    def boxed_empty_row(self, row):
        for j in range(1, self.ncols + 1):
            cell = self.c(row, j)
            if self.borders:
                cell.border = BOX

    def section(self, text, heading=True):
        self.put(self.r, 1, text, bold=True)
        for j in range(2, self.ncols + 1):
            self.put(self.r, j, None)
        self.merge(self.r, 1, self.r, self.ncols)
        if heading:
            self.form.headings.append(text)
        self.r += 1

    def gap(self):
        self.boxed_empty_row(self.r)
        self.r += 1

    def row(self, x):
        if isinstance(x, Sec):
            return self.section(x.text)
        if isinstance(x, Gap):
            return self.gap()
        n = len(x.lines)
        top = self.r
        for i, line in enumerate(x.lines):
            self.put(top + i, self.title_col, line)
            if x.sup and i == n - 1:
                # a footnote marker typed as superscript in Word stays rich text in Excel
                self.c(top + i, self.title_col).value = CellRichText(
                    line, TextBlock(InlineFont(rFont=TNR, sz=12, vertAlign="superscript"), x.sup))
            for j in range(1, self.ncols + 1):
                if j != self.title_col:
                    self.put(top + i, j, None)
        vrow = top + n - 1 if x.mode == "last" else top
        if x.num is not None:
            self.put(top if x.mode != "last" else vrow, self.num_col, x.num)
        # value cell
        shown = x.shown
        if x.how == "in_value" and x.url:
            shown = f"{shown} {x.url}"
        if isinstance(shown, tuple):
            cell = self.put(vrow, self.value_col, shown[0], fmt=shown[1])
            shown_txt = f"{shown[0]} [{shown[1]}]"
        else:
            cell = self.put(vrow, self.value_col, shown)
            shown_txt = shown
        vcoord = cell.coordinate
        for col, v in x.extra.items():
            if isinstance(v, tuple):
                self.put(vrow, col, v[0], fmt=v[1])
            else:
                self.put(vrow, col, v)
        # link
        lcoord = None
        if x.url and x.how == "text":
            lcoord = self.put(vrow, self.link_col, x.url).coordinate
        elif x.url and x.how == "hyperlink":
            cell = self.put(vrow, self.link_col, x.disp)
            cell.hyperlink = x.url
            lcoord = cell.coordinate
        elif x.url and x.how == "in_value":
            lcoord = vcoord
        if n > 1 and x.mode == "merge":
            for j in range(1, self.ncols + 1):
                if j != self.title_col:
                    self.merge(top, j, top + n - 1, j)
        self.r = top + n
        if x.decoy:
            self.form.not_criteria.append(x.title)
        elif x.crit:
            self.form.value(self.sheet, vcoord, x.crit, x.exp, shown_txt)
            if x.url:
                self.form.link(self.sheet, lcoord, x.crit, x.url, x.how)

    def rows(self, xs):
        for x in xs:
            self.row(x)

    def save(self):
        path = os.path.join(HERE, self.form.file)
        self.wb.save(path)


# --------------------------------------------------------------------------------------------
# Route 2: Word "save as web page" -> LibreOffice Calc -> xlsx
# --------------------------------------------------------------------------------------------
def h(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


WORD_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;}
table.MsoTableGrid {border-collapse:collapse;}
</style></head>
<body lang=RU link=blue vlink=purple>
<div class=WordSection1>
"""
WORD_TAIL = "</div></body></html>\n"


def wp(text, bold=False, align=None):
    st = f" align={align} style='text-align:{align}'" if align else ""
    t = h(text) if text else "&nbsp;"
    if bold:
        t = f"<b>{t}</b>"
    return f"<p class=MsoNormal{st}>{t}</p>\n"


def wcell(content_html, attrs=""):
    return f"<td valign=top {attrs}>{content_html}</td>"


def wlines(lines, sep):
    """Lines of one Word cell: 'br' = line breaks (Shift+Enter), 'p' = separate paragraphs."""
    if sep == "br":
        return "<p class=MsoNormal>" + "<br>\n".join(h(x) for x in lines) + "</p>"
    return "".join(f"<p class=MsoNormal>{h(x)}</p>" for x in lines)


def soffice_html_to_xlsx(html, out_path):
    tmp = tempfile.mkdtemp(prefix="ho30_")
    try:
        base = os.path.splitext(os.path.basename(out_path))[0]
        src = os.path.join(tmp, base + ".htm")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        prof = os.path.join(tmp, "profile")
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--infilter=calc_HTML_WebQuery", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
               "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(os.path.join(tmp, base + ".xlsx"), out_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def shown_of(cell):
    v = cell.value
    return v if isinstance(v, str) else (f"{v} [{cell.number_format}]" if v is not None else None)


def locate_and_record(form, path, spec_rows, title_col, value_col, link_col, extra_check=None):
    """After conversion: find each criterion row by the first line of its title."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    sheet = ws.title
    seq = []   # non-empty cells of the title column, in sheet order
    for row in ws.iter_rows(min_col=title_col, max_col=title_col):
        c = row[0]
        if isinstance(c.value, str) and c.value.strip():
            seq.append((c.row, c.value.strip()))
    texts = [t for _, t in seq]
    for x in spec_rows:
        if not isinstance(x, R):
            continue
        if x.decoy:
            form.not_criteria.append(x.title)
            continue
        want = [w.strip() for w in x.lines]
        hits = [seq[i][0] for i in range(len(seq)) if texts[i:i + len(want)] == want]
        assert len(hits) == 1, (form.file, x.lines, hits)
        r = hits[0]
        vcell = ws.cell(row=r, column=value_col)
        assert vcell.value is not None, (form.file, x.lines, "empty value cell")
        if isinstance(x.shown, str) and isinstance(vcell.value, str):
            assert vcell.value.strip() == x.shown.strip(), (vcell.value, x.shown)
        form.value(sheet, vcell.coordinate, x.crit, x.exp, shown_of(vcell))
        if x.url:
            lcell = ws.cell(row=r, column=link_col)
            if x.how == "hyperlink":
                assert lcell.hyperlink is not None and lcell.hyperlink.target == x.url, (x.lines, lcell.hyperlink)
            else:
                assert lcell.value == x.url, (lcell.value, x.url)
            form.link(sheet, lcell.coordinate, x.crit, x.url, x.how)


# ============================================================================================
# 01  МБОУ «Лудзинская СОШ № 1»  (Word -> HTML -> LibreOffice)
# ============================================================================================
def file01():
    org = "МБОУ «Лудзинская СОШ № 1»"
    form = Form("typed/01_ludza_sosh1_cmn_2024.xlsx", org, "Word HTML -> soffice calc_HTML_WebQuery -> xlsx")
    U = "https://sh1-ludza.gosuslugi.ru/netcat_files/userfiles/nastavnichestvo/"
    rows = [
        Sec("1. Нормативное обеспечение реализации целевой модели наставничества"),
        R("1.1", ["Утверждено положение о системе наставничества", "педагогических работников в ОО (да/нет)"],
          "да", 1, "orgs_regulation_teachers", U + "polozhenie_nastavnichestvo_ped_2023.pdf",
          how="hyperlink", disp="Положение (сайт школы)"),
        R("1.2", ["Утверждено положение о системе наставничества", "обучающихся (да/нет)"],
          "да", 1, "orgs_regulation_students", U + "polozhenie_nastavnichestvo_obuch_2023.pdf"),
        R("1.3", ["Издан приказ о проведении мониторинга", "реализации ЦМН в ОО (да/нет)"],
          "да", 1, "orgs_monitoring_order", U + "prikaz_monitoring_CMN_2024.pdf"),
        R("1.4", ["Наличие справки по итогам внутреннего", "мониторинга (да/нет)"],
          "да", 1, "internal_monitoring_notes", U + "spravka_vnutr_monitoring_2024.pdf"),
        R("1.5", "Наличие дорожной карты по реализации ЦМН на 2024–2025 уч. год",
          "да", url=U + "dorozhnaya_karta_2024_2025.pdf", decoy=True),
        Sec("2. Организация процесса наставничества"),
        R("2.1", "Кураторы внедрения ЦМН в ОО (чел.)", "2", 2, "curators_total", U + "prikaz_kuratory_2024.pdf"),
        R("2.2", "Количество наставников*", "78", 78, "mentors_total", U + "prikaz_pary_2024_2025.pdf"),
        R("2.3", "Количество наставляемых*", "231", 231, "mentees_total", U + "prikaz_pary_2024_2025.pdf"),
        R("2.4", ["Соглашения о сотрудничестве с другими ОО", "(предоставившими наставников), шт."],
          "1", 1, "agreements_edu_orgs", U + "soglashenie_agrotehnikum.pdf"),
        R("2.5", ["Соглашения с предприятиями", "(предоставившими наставников), шт."],
          "1", 1, "agreements_enterprises", U + "soglashenie_molkombinat.pdf"),
        R("2.6", ["Соглашения с иными организациями", "(любой формы собственности), шт."], "—", 0,
          "agreements_other_orgs"),
        R("2.7", ["Организации-партнёры по наставничеству", "(перечислить)"],
          "ГБПОУ УР «Лудзинский аграрный техникум», ООО «Лудзинский молочный комбинат»",
          "ГБПОУ УР «Лудзинский аграрный техникум», ООО «Лудзинский молочный комбинат»", "partner_list"),
        Sec("3. Персонализированные программы наставничества (ПП)"),
        R("3.1", "Всего ПП по всем формам", "112", 112, "pp_total", U + "prikaz_utv_PP_2024.pdf"),
        R("3.2", "в т.ч. по форме «ученик – ученик»", "41", 41, "pp_pupil_pupil"),
        R("3.3", "«учитель – учитель» / «педагог – педагог»", "19", 19, "pp_teacher_teacher"),
        R("3.4", "«руководитель – педагог»", "2", 2, "pp_head_teacher"),
        R("3.5", "«учитель – ученик»", "46", 46, "pp_teacher_pupil"),
        R("3.6", "«студент – ученик»", "—", 0, "pp_student_pupil"),
        R("3.7", "иные формы (указать)", "4 (форма «выпускник – ученик»)", 4, "pp_other"),
        Sec("4. Наставники из внешних организаций"),
        R("4.1", ["Наставники из других образовательных", "организаций (по приказу)"], "1", 1,
          "external_edu_mentors", U + "prikaz_pary_2024_2025.pdf"),
        R("4.2", "Наставники – сотрудники предприятий", "1", 1, "enterprise_mentors",
          U + "prikaz_pary_2024_2025.pdf"),
        Sec("5. Обучающиеся в возрасте 10–19 лет"),
        R("5.1", "Всего обучающихся в возрасте 10–19 лет", "1 034", 1034, "students_10_19"),
        R("5.2", ["Из них вошли в программы наставничества", "в роли наставляемого"], "187", 187,
          "mentees_10_19", U + "baza_nastavlyaemyh_2024.pdf"),
        R("5.3", "в т.ч. «группа риска»", "14", 14, "mentees_risk"),
        R("5.4", "в т.ч. дети с ОВЗ, дети-инвалиды", "11", 11, "mentees_disabled"),
        R("5.5", "в т.ч. «одарённые дети» (внесённые в реестры)", "9", 9, "mentees_gifted"),
        R("5.6", ["Доля наставляемых от числа обучающихся", "10–19 лет, %"], "18,09%", 18.09,
          "share_mentees_10_19"),
        Sec("6. Обучающиеся 15–19 лет в роли наставника"),
        R("6.1", "Всего обучающихся 15–19 лет", "286", 286, "students_15_19"),
        R("6.2", ["Наставники из числа обучающихся 15–19 лет", "(по приказу)"], "41", 41, "mentors_15_19",
          U + "prikaz_pary_2024_2025.pdf"),
        R("6.3", "Доля обучающихся 15–19 лет – наставников, %", "14,34", 14.34, "share_mentors_15_19"),
        Sec("7. Удовлетворённость участников"),
        R("7.1", ["Удовлетворённость наставляемых", "завершёнными программами, %**"], "93,4", 93.4,
          "satisfaction_mentees", U + "anketirovanie_itogi_2024.pdf"),
        R("7.2", ["Удовлетворённость наставников", "завершёнными программами, %**"], "91,2", 91.2,
          "satisfaction_mentors", U + "anketirovanie_itogi_2024.pdf"),
        Sec("8. Педагогические работники"),
        R("8.1", ["Молодые специалисты (до 35 лет, стаж", "до 3 лет), всего"], "9", 9, "young_specialists"),
        R("8.2", "Молодые специалисты – наставляемые", "9", 9, "young_specialists_mentees"),
        R("8.3", "Педагоги-наставники", "35", 35, "teachers_mentors", U + "prikaz_pary_2024_2025.pdf"),
        R("8.4", ["Прошли КПК по наставничеству в 2024 г.", "(чел.)"], "4", 4, "kpk_trained",
          "https://disk.yandex.ru/d/Lz8kTq3WmR5vNa", how="hyperlink", disp="удостоверения (облако)"),
        R("8.5", "ШМО наставников (кол-во)", "1", 1, "school_methodical_associations",
          U + "prikaz_SHMO_nastavnikov.pdf"),
        Sec("9. Стимулирование наставников"),
        R("9.1", ["Локальный акт об оплате работы наставника", "(кол-во)"], "1", 1, "pay_acts",
          U + "polozhenie_ob_oplate_truda.pdf"),
        R("9.2", ["Локальный акт о нематериальном поощрении", "наставников (кол-во)"], "1", 1,
          "nonmaterial_acts", U + "polozhenie_nematerialnoe_pooshchrenie.pdf"),
    ]
    out = [WORD_HEAD]
    out.append(wp("Приложение 1", align="right"))
    out.append(wp("к письму Управления образования", align="right"))
    out.append(wp("от 07.10.2024 № 01-09/1312", align="right"))
    out.append(wp(""))
    out.append(wp("Информация", bold=True, align="center"))
    out.append(wp(f"{org} о реализации целевой модели наставничества педагогических работников "
                  f"и обучающихся за 2024 год", bold=True, align="center"))
    out.append(wp(""))
    out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n")
    out.append("<tr>" + "".join(wcell(wp(t, bold=True, align="center")) for t in
                                ["№ п/п", "Наименование критерия", "Значение",
                                 "Ссылка на подтверждающий документ"]) + "</tr>\n")
    out.append("<tr>" + "".join(wcell(wp(t, align="center")) for t in ["1", "2", "3", "4"]) + "</tr>\n")
    for x in rows:
        if isinstance(x, Sec):
            form.headings.append(x.text)
            out.append("<tr>" + wcell(wp(x.text, bold=True), "colspan=4") + "</tr>\n")
            continue
        if x.url and x.how == "hyperlink":
            link = f"<p class=MsoNormal><a href=\"{x.url}\">{h(x.disp)}</a></p>"
        elif x.url:
            link = f"<p class=MsoNormal><a href=\"{x.url}\">{h(x.url)}</a></p>"
        else:
            link = wp("")
        out.append("<tr>" + wcell(wp(x.num)) + wcell(wlines(x.lines, "br")) + wcell(wp(x.shown))
                   + wcell(link) + "</tr>\n")
    out.append("</table>\n")
    out.append(wp("* по приказу «О закреплении наставнических пар (групп)» от 02.09.2024 № 112-о"))
    out.append(wp("** по итогам анкетирования участников завершённых программ (май 2024 г.)"))
    out.append(wp(""))
    out.append(wp("Директор МБОУ «Лудзинская СОШ № 1»            ______________            Н.В. Шутова"))
    out.append(wp(""))
    out.append(wp("Исполнитель: Корепанова О.Л., заместитель директора по УВР, куратор ЦМН"))
    out.append(wp("тел. 8 (34141) 2-15-37"))
    out.append(WORD_TAIL)
    path = os.path.join(HERE, form.file)
    soffice_html_to_xlsx("".join(out), path)
    locate_and_record(form, path, rows, title_col=2, value_col=3, link_col=4)


# ============================================================================================
# 02  МБОУ «Лудзинская СОШ № 2»  (pasted, value on the last line, no merges)
# ============================================================================================
def file02():
    org = "МБОУ «Лудзинская СОШ № 2»"
    form = Form("typed/02_sosh2_forma_nastavnichestvo.xlsx", org, "openpyxl")
    U = "https://school2-ludza.gosuslugi.ru/ofitsialno/nastavnichestvo/"
    d = Pasted(form, widths=[6, 52, 26, 60], borders=True)
    d.para("Информация о реализации целевой модели наставничества", bold=True)
    d.para(f"в {org} за 2024 год", bold=True)
    d.para("(по состоянию на 01.10.2024)", italic=True)
    d.blank()
    d.header([["№", "Критерий", "Значение", "Источник информации"],
              [None, None, None, "(ссылка)"]])
    d.rows([
        Sec("I. Нормативная база"),
        R(1, ["Положение о наставничестве педагогических", "работников утверждено"],
          "Да, приказ № 45 от 01.09.2024", 1, "orgs_regulation_teachers", U + "prikaz_45_polozhenie_ped.pdf",
          mode="last"),
        R(2, "Положение о наставничестве обучающихся утверждено", "Да", 1, "orgs_regulation_students",
          U + "prikaz_45_polozhenie_obuch.pdf"),
        R(3, "Приказ о мониторинге реализации ЦМН", "Да, приказ № 61 от 30.09.2024", 1,
          "orgs_monitoring_order", U + "prikaz_61_monitoring.pdf"),
        R(4, ["Информационная справка по итогам", "внутреннего мониторинга"], "нет", 0,
          "internal_monitoring_notes", mode="first"),
        Gap(),
        Sec("II. Организация наставничества"),
        R(5, "Куратор(ы) ЦМН", "1", 1, "curators_total", U + "prikaz_kurator_2024.pdf"),
        R(6, ["Наставники в базе ОО", "(по приказу)*"], "48 (в т.ч. 2 внешних)", 48, "mentors_total",
          U + "prikaz_118_nastavniki.pdf", mode="last"),
        R(7, ["Наставляемые в базе ОО", "(по приказу)*"], "126", 126, "mentees_total",
          U + "prikaz_118_nastavniki.pdf", mode="last"),
        R(8, ["Соглашения с образовательными организациями,", "предоставившими наставников"], "2", 2,
          "agreements_edu_orgs", U + "soglasheniya_OO_2024.pdf", mode="last"),
        R(9, "Соглашения с предприятиями", "—", 0, "agreements_enterprises"),
        R(10, "Соглашения с иными организациями", "нет", 0, "agreements_other_orgs"),
        R(11, "Наставники из внешних ОО (по приказу)", "2", 2, "external_edu_mentors",
          U + "prikaz_118_nastavniki.pdf"),
        R(12, "Наставники с предприятий", "-", 0, "enterprise_mentors"),
        R(13, ["Заседания ШМО наставников", "(количество за год)"], "4", decoy=True, mode="last"),
        Gap(),
        Sec("III. Персонализированные программы"),
        R(14, "Персонализированные программы, всего", "64", 64, "pp_total", U + "PP_2024_2025.pdf"),
        R(15, "из них: ученик – ученик", "22", 22, "pp_pupil_pupil"),
        R(16, "учитель – учитель", "11", 11, "pp_teacher_teacher"),
        R(17, "учитель – ученик", "29", 29, "pp_teacher_pupil"),
        R(18, "руководитель – педагог", "2", 2, "pp_head_teacher"),
        Gap(),
        Sec("IV. Обучающиеся"),
        R(19, "Обучающиеся 10–19 лет (всего)", "612", 612, "students_10_19"),
        R(20, "Обучающиеся 10–19 лет – наставляемые", "95", 95, "mentees_10_19", U + "baza_nastavlyaemyh.pdf"),
        R(21, "из них с низкой мотивацией / неуспевающие", "27", 27, "mentees_low_motivation"),
        R(22, ["из них с проблемами выбора", "профессии и образовательной траектории"], "31", 31,
          "mentees_career", mode="last"),
        R(23, "Доля наставляемых 10–19 лет, %", "15,52", 15.52, "share_mentees_10_19"),
        R(24, "Обучающиеся 15–19 лет (всего)", "174", 174, "students_15_19"),
        R(25, ["Наставники из числа обучающихся", "15–19 лет", "(по приказу)"], "18", 18, "mentors_15_19",
          U + "prikaz_118_nastavniki.pdf", mode="last"),
        R(26, "Доля наставников 15–19 лет, %", "10,34", 10.34, "share_mentors_15_19"),
        Gap(),
        Sec("V. Педагоги"),
        R(27, ["Молодые специалисты (до 35 лет,", "первые 3 года работы)"], "6", 6, "young_specialists",
          mode="last"),
        R(28, "Молодые специалисты – наставляемые", "5", 5, "young_specialists_mentees",
          U + "prikaz_118_nastavniki.pdf"),
        R(29, "Доля молодых специалистов-наставляемых, %", "83,33", 83.33, "share_young_specialists_mentees"),
        R(30, "Педагоги (без молодых специалистов)", "41", 41, "teachers_other"),
        R(31, "Педагоги (без МС) – наставляемые", "7", 7, "teachers_other_mentees"),
        R(32, "Доля педагогов-наставляемых, %", "25,53", 25.53, "share_teachers_mentees"),
        R(33, "Педагоги – наставники", "28", 28, "teachers_mentors", U + "prikaz_118_nastavniki.pdf"),
        Gap(),
        Sec("VI. Стимулирование наставников"),
        R(34, "Локальный акт об оплате наставничества", "нет", 0, "pay_acts"),
        R(35, ["Локальный акт о нематериальном", "поощрении наставников"], "1", 1, "nonmaterial_acts",
          U + "polozhenie_pooshchrenie.pdf", mode="first"),
    ])
    d.blank()
    d.para("* Приказ «Об организации наставничества в 2024–2025 учебном году» от 02.09.2024 № 118", size=10)
    d.blank()
    d.para("Директор школы  _____________  /Т.А. Вахрушева/")
    d.para("М.П.")
    d.save()


# ============================================================================================
# 03  МБУ ДО «Лудзинский ДДТ»  (ДОП; value and link typed in one cell; Excel-paste merges)
# ============================================================================================
def file03():
    org = "МБУ ДО «Лудзинский ДДТ»"
    form = Form("typed/03_ddt_ludza_nastavnichestvo_2024.xlsx", org, "openpyxl")
    U = "https://ddt-ludza.gosuslugi.ru/netcat_files/userfiles/Nastavnichestvo/"
    d = Pasted(form, widths=[5, 50, 70], num_col=1, title_col=2, value_col=3, link_col=3)
    d.para(f"Информация {org} о реализации целевой модели наставничества в 2024 году", bold=True)
    d.blank()
    d.header([["№", "Показатель", "Значение (ссылка на документ)"]])
    d.rows([
        Sec("Нормативное обеспечение"),
        R(1, "Положение о системе наставничества педагогов", "Да", 1, "orgs_regulation_teachers",
          U + "polozhenie_nastavnichestvo_pedagogov.pdf", how="in_value"),
        R(2, ["Положение о системе наставничества", "обучающихся"], "Да", 1, "orgs_regulation_students",
          U + "polozhenie_nastavnichestvo_obuch.pdf", how="in_value"),
        R(3, "Приказ о мониторинге ЦМН", "Да", 1, "orgs_monitoring_order",
          U + "prikaz_monitoring_2024.pdf", how="in_value"),
        R(4, "Справка по итогам внутреннего мониторинга", "Да", 1, "internal_monitoring_notes",
          "https://disk.yandex.ru/i/Qw7rT2mZk1LpXa", how="in_value"),
        Sec("Организация наставничества"),
        R(5, "Куратор ЦМН (кол-во)", "1", 1, "curators_total", U + "prikaz_kurator_2024.pdf", how="in_value"),
        R(6, "Наставники по приказу", "17", 17, "mentors_total", U + "prikaz_pary_2024_2025.pdf", how="in_value"),
        R(7, "Наставляемые по приказу", "39", 39, "mentees_total", U + "prikaz_pary_2024_2025.pdf", how="in_value"),
        R(8, ["Соглашения с иными организациями", "(наставники – их сотрудники)"], "1", 1,
          "agreements_other_orgs", U + "dogovor_RDK_2024.pdf", how="in_value"),
        R(9, "Наставники из иных организаций", "1 (хореограф РДК)", 1, "other_org_mentors"),
        R(10, "Партнёры по наставничеству", "МБУК «Лудзинский районный Дом культуры»",
          "МБУК «Лудзинский районный Дом культуры»", "partner_list"),
        Sec("Персонализированные программы наставничества"),
        R(11, "ПП всего", "12", 12, "pp_total", "https://disk.yandex.ru/d/8fHs3KpLmN2qWe", how="in_value"),
        R(12, "педагог – педагог", "5", 5, "pp_teacher_teacher"),
        R(13, "ученик – ученик", "4", 4, "pp_pupil_pupil"),
        R(14, "педагог – обучающийся", "3", 3, "pp_teacher_pupil"),
        R(15, "руководитель – педагог", "нет", 0, "pp_head_teacher"),
        R(16, ["Количество детских объединений, в которых", "реализуются программы наставничества"], "6",
          decoy=True),
        Sec("Обучающиеся"),
        R(17, "Обучающиеся 10–19 лет в объединениях ДДТ", "1 126", 1126, "students_10_19"),
        R(18, "из них наставляемые", "31", 31, "mentees_10_19", U + "baza_nastavlyaemyh_2024.pdf", how="in_value"),
        R(19, "одарённые дети (в реестре)", "12", 12, "mentees_gifted"),
        R(20, "по иным основаниям", "19", 19, "mentees_other_params"),
        R(21, "Обучающиеся 15–19 лет", "238", 238, "students_15_19"),
        R(22, "Наставники-обучающиеся 15–19 лет", "4", 4, "mentors_15_19"),
        Sec("Удовлетворённость участием в программах*"),
        R(23, "наставляемых", (0.95, "0%"), 95, "satisfaction_mentees"),
        R(24, "наставников", (1, "0%"), 100, "satisfaction_mentors"),
        Sec("Педагоги"),
        R(25, "Педагоги – наставники", "12", 12, "teachers_mentors"),
        R(26, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "3", 3, "young_specialists"),
        R(27, "из них наставляемые ", "3", 3, "young_specialists_mentees"),
        R(28, "КПК по наставничеству (чел.)", "-", 0, "kpk_trained"),
    ])
    d.blank()
    d.para("* по результатам анкетирования (Google-формы), июнь 2024 г.", size=10)
    d.blank()
    d.para("Директор  ____________  Л.Г. Бекмеметьева")
    d.para("Исполнитель: Уткина Е.С., методист, куратор ЦМН")
    d.save()


# ============================================================================================
# 04  МБОУ «Бадяшурская СОШ»  (Word -> HTML -> LibreOffice; Показатель column, 2023 and 2024)
# ============================================================================================
def file04():
    org = "МБОУ «Бадяшурская СОШ»"
    form = Form("typed/04_badyashur_sosh_spravka_CMN.xlsx", org, "Word HTML -> soffice calc_HTML_WebQuery -> xlsx")
    U = "https://badyashur-school.edu.ru/files/nastavnichestvo/"
    C = "https://cloud.mail.ru/public/3hYd/QpX7uWk2L"
    # group heading -> rows; each row: R with extra={3: shown_2023}
    groups = [
        (["Нормативное обеспечение", "реализации ЦМН"], [
            R(None, ["Приказ об утверждении положения о системе", "наставничества педагогических работников"],
              "Да", 1, "orgs_regulation_teachers", U + "prikaz_polozhenie_ped.pdf", extra={3: "Да"}),
            R(None, ["Приказ об утверждении положения о системе", "наставничества обучающихся"],
              "Да", 1, "orgs_regulation_students", U + "prikaz_polozhenie_obuch.pdf", extra={3: "Да"}),
            R(None, "Приказ о мониторинге реализации ЦМН в ОО", "Да, приказ № 45 от 01.09.2024", 1,
              "orgs_monitoring_order", U + "prikaz_45_monitoring.pdf", extra={3: "Нет"}),
            R(None, "Информационная справка по итогам внутреннего мониторинга", "Да", 1,
              "internal_monitoring_notes", U + "spravka_monitoring_2024.pdf", extra={3: "Да"}),
            R(None, "Наличие дорожной карты ОО", "Да", url=U + "dorozhnaya_karta.pdf", extra={3: "Да"}, decoy=True),
        ]),
        (["Организация процесса реализации ЦМН"], [
            R(None, "Куратор внедрения ЦМН в ОО (чел.)", "1", 1, "curators_total", U + "prikaz_kurator.pdf",
              extra={3: "1"}),
            R(None, ["Количество наставников в базе ОО", "(по приказу)"], "21", 21, "mentors_total",
              U + "prikaz_pary_2024.pdf", extra={3: "18"}),
            R(None, ["Количество наставляемых в базе ОО", "(по приказу)"], "58", 58, "mentees_total",
              U + "prikaz_pary_2024.pdf", extra={3: "49"}),
            R(None, ["Соглашения о сотрудничестве с предприятиями,", "предоставившими наставников"], "1", 1,
              "agreements_enterprises", U + "soglashenie_SPK_Luch.pdf", extra={3: "0"}),
            R(None, "Предприятия (организации) – партнёры", "СПК «Луч»", "СПК «Луч»", "partner_list",
              extra={3: "—"}),
            R(None, "Количество совместных проектов с предприятием-партнёром", "1", extra={3: "0"}, decoy=True),
        ]),
        (["Включение предприятий в программы наставничества"], [
            R(None, "Наставники – сотрудники предприятий (по приказу)", "1", 1, "enterprise_mentors",
              U + "prikaz_pary_2024.pdf", extra={3: "0"}),
        ]),
        (["Персонализированные программы"], [
            R(None, "Количество ПП, всего", "27", 27, "pp_total", U + "PP_2024.pdf", extra={3: "22"}),
            R(None, "форма «ученик – ученик»", "8", 8, "pp_pupil_pupil", extra={3: "6"}),
            R(None, "форма «учитель – учитель»", "5", 5, "pp_teacher_teacher", extra={3: "5"}),
            R(None, "форма «учитель – ученик»", "14", 14, "pp_teacher_pupil", extra={3: "11"}),
        ]),
        (["Охват детей 10–19 лет программами", "наставничества в роли наставляемого"], [
            R(None, "Общее количество обучающихся 10–19 лет", "143", 143, "students_10_19", extra={3: "139"}),
            R(None, "Количество наставляемых 10–19 лет", "36", 36, "mentees_10_19", U + "baza_nastavlyaemyh.pdf",
              extra={3: "31"}),
            R(None, "из них «группа риска»", "3", 3, "mentees_risk", extra={3: "2"}),
            R(None, "из них дети с ОВЗ и дети-инвалиды", "4", 4, "mentees_disabled", extra={3: "4"}),
            R(None, "из них с низкой мотивацией к учёбе", "11", 11, "mentees_low_motivation", extra={3: "9"}),
            R(None, "из них с проблемами выбора профессии", "9", 9, "mentees_career", extra={3: "8"}),
            R(None, "«одарённые дети» (из реестров)", "—", 0, "mentees_gifted", extra={3: "1"}),
            R(None, "Доля наставляемых 10–19 лет, %", "25,17", 25.17, "share_mentees_10_19", extra={3: "22,3"}),
        ]),
        (["Охват обучающихся 15–19 лет программами в роли наставника"], [
            R(None, "Обучающиеся 15–19 лет, всего", "38", 38, "students_15_19", extra={3: "40"}),
            R(None, "Наставники из числа обучающихся 15–19 лет", "6", 6, "mentors_15_19", U + "prikaz_pary_2024.pdf",
              extra={3: "5"}),
            R(None, "Доля, %", "15,79", 15.79, "share_mentors_15_19", extra={3: "12,5"}),
        ]),
        (["Удовлетворённость участием в завершённых программах, %"], [
            R(None, "наставляемые", "88", 88, "satisfaction_mentees", extra={3: "86"}),
            R(None, "наставники", "90", 90, "satisfaction_mentors", extra={3: "89"}),
        ]),
        (["Включение педагогов и молодых специалистов", "в программы в роли наставляемого"], [
            R(None, "Молодые специалисты (до 35 лет, в первые 3 года работы)", "2", 2, "young_specialists",
              extra={3: "2"}),
            R(None, "из них наставляемые", "2", 2, "young_specialists_mentees", U + "prikaz_pary_2024.pdf",
              extra={3: "2"}),
            R(None, "Педагоги (кроме молодых специалистов)", "19", 19, "teachers_other", extra={3: "20"}),
            R(None, "из них в роли наставляемого", "3", 3, "teachers_other_mentees", extra={3: "4"}),
            R(None, "Доля педагогов-наставляемых, %", "23,81", 23.81, "share_teachers_mentees", extra={3: "27,27"}),
        ]),
        (["Непрерывное профессиональное развитие педагогов"], [
            R(None, ["Педагоги, обучившиеся на КПК по наставничеству", "(за календарный год)"], "2", 2,
              "kpk_trained", C, extra={3: "1"}),
            R(None, "Наименование курсов",
              "«Организация наставничества в образовательной организации» (АОУ ДПО УР ИРО, 24 ч)",
              "«Организация наставничества в образовательной организации» (АОУ ДПО УР ИРО, 24 ч)",
              "kpk_courses", extra={3: "«Наставник: технологии сопровождения молодого педагога» (ЦНППМ, 16 ч)"}),
            R(None, "ШМО наставников", "нет", 0, "school_methodical_associations", extra={3: "нет"}),
        ]),
        (["Включение педагогов в программы в роли наставника"], [
            R(None, "Педагоги-наставники", "14", 14, "teachers_mentors", U + "prikaz_pary_2024.pdf",
              extra={3: "12"}),
            R(None, "Доля педагогов-наставников, %", "66,67", 66.67, "share_teachers_mentors",
              extra={3: "54,55"}),
        ]),
    ]
    out = [WORD_HEAD]
    out.append(wp(f"Информационная справка {org} по итогам внутреннего мониторинга реализации "
                  f"целевой модели наставничества за 2024 год", bold=True, align="center"))
    out.append(wp("28.10.2024", align="right"))
    out.append(wp(""))
    out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n")
    out.append("<tr>" + "".join(wcell(wp(t, bold=True, align="center")) for t in
                                ["Показатель", "Критерий", "2023 г.", "2024 г.", "Источник информации"]) + "</tr>\n")
    all_rows = []
    for gl, rows in groups:
        form.headings.append(" ".join(gl))
        for i, x in enumerate(rows):
            all_rows.append(x)
            cells = ""
            if i == 0:
                cells += wcell(wlines(gl, "br"), f"rowspan={len(rows)}")
            if x.url:
                link = f"<p class=MsoNormal><a href=\"{x.url}\">{h(x.url)}</a></p>"
            else:
                link = wp("")
            cells += wcell(wlines(x.lines, "br")) + wcell(wp(x.extra[3])) + wcell(wp(x.shown)) + wcell(link)
            out.append("<tr>" + cells + "</tr>\n")
    out.append("</table>\n")
    out.append(wp(""))
    out.append(wp("Исполнитель: Ившина М.Н., заместитель директора по УВР, куратор ЦМН"))
    out.append(wp(""))
    out.append(wp("Директор                 _______________                 С.В. Максимова"))
    out.append(WORD_TAIL)
    path = os.path.join(HERE, form.file)
    soffice_html_to_xlsx("".join(out), path)
    locate_and_record(form, path, all_rows, title_col=2, value_col=4, link_col=5)
    form.not_criteria.append("2023 г.")


# ============================================================================================
# 05  МБОУ «Лудзинская гимназия»  (fact 2024 / plan 2025; nbsp numbers; Excel-converted percents)
# ============================================================================================
def file05():
    org = "МБОУ «Лудзинская гимназия»"
    form = Form("typed/05_gimnaziya_forma2_nastavnichestvo.xlsx", org, "openpyxl")
    U = "https://gimnaziya-ludza.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/nastavnichestvo/"
    d = Pasted(form, widths=[6, 55, 16, 14, 62], num_col=1, title_col=2, value_col=3, link_col=5, wrap=False)
    d.para("Форма 2 (заполняется ОО)", italic=True)
    d.para("Сведения о реализации целевой модели наставничества", bold=True)
    d.para(f"Наименование ОО: {org}")
    d.para("Отчётный период: 2024 год")
    d.blank()
    top = d.r
    d.header([["№", "Наименование показателя", "Значение", None, "Ссылка на документ"],
              [None, None, "факт 2024 г.", "план 2025 г.", None]])
    d.merge(top, 3, top, 4)
    d.merge(top, 1, top + 1, 1)
    d.merge(top, 2, top + 1, 2)
    d.merge(top, 5, top + 1, 5)
    PCT2 = "0.00%"
    d.rows([
        Sec("1. Нормативно-правовое обеспечение"),
        R("1.1", "Положение о системе наставничества педагогических работников", "Да", 1,
          "orgs_regulation_teachers", U + "polozhenie_ped_rabotnikov.pdf", extra={4: "Да"}),
        R("1.2", "Положение о системе наставничества обучающихся", "Да", 1, "orgs_regulation_students",
          U + "polozhenie_obuchayushchihsya.pdf", extra={4: "Да"}),
        R("1.3", "Приказ о мониторинге ЦМН", "Да", 1, "orgs_monitoring_order", U + "prikaz_monitoring.pdf",
          extra={4: "Да"}),
        R("1.4", "Справка по итогам внутреннего мониторинга", "Да", 1, "internal_monitoring_notes",
          U + "spravka_itogi_monitoringa_2024.pdf", extra={4: "Да"}),
        Sec("2. Организация наставничества"),
        R("2.1", "Кураторы ЦМН, чел.", "2", 2, "curators_total", U + "prikaz_kuratory.pdf", extra={4: "2"}),
        R("2.2", "Наставники (по приказу)", "64", 64, "mentors_total", U + "prikaz_87_od.pdf",
          extra={4: "70"}, sup="1"),
        R("2.3", "Наставляемые (по приказу)", "262", 262, "mentees_total", U + "prikaz_87_od.pdf",
          extra={4: "280"}, sup="1"),
        R("2.4", ["Соглашения с образовательными организациями", "(предоставление наставников)"], "1", 1,
          "agreements_edu_orgs", U + "soglashenie_UdGU.pdf", extra={4: "2"}),
        R("2.5", "Предмет соглашения",
          "совместная реализация программ наставничества формы «студент – ученик» (подготовка к олимпиадам)",
          "совместная реализация программ наставничества формы «студент – ученик» (подготовка к олимпиадам)",
          "agreement_subjects"),
        R("2.6", "Соглашения с предприятиями", "—", 0, "agreements_enterprises", extra={4: "1"}),
        R("2.7", "Соглашения с иными организациями", "1", 1, "agreements_other_orgs",
          U + "soglashenie_molodezhnyy_centr.pdf", extra={4: "1"}),
        R("2.8", "Партнёры (наименования)",
          "ФГБОУ ВО «Удмуртский государственный университет»; АНО «Молодёжный центр «Лудза»",
          "ФГБОУ ВО «Удмуртский государственный университет»; АНО «Молодёжный центр «Лудза»", "partner_list"),
        R("2.9", "Наставники из других ОО (по приказу)", "3", 3, "external_edu_mentors", extra={4: "3"}),
        R("2.10", "Наставники из иных организаций", "1", 1, "other_org_mentors", extra={4: "1"}),
        Sec("3. Персонализированные программы"),
        R("3.1", "Количество ПП (все формы)", "88", 88, "pp_total", U + "prikaz_PP_2024.pdf", extra={4: "95"}),
        R("3.2", "«ученик – ученик»", "30", 30, "pp_pupil_pupil"),
        R("3.3", "«учитель – учитель»", "14", 14, "pp_teacher_teacher"),
        R("3.4", "«студент – ученик»", "3", 3, "pp_student_pupil"),
        R("3.5", "«учитель – ученик»", "38", 38, "pp_teacher_pupil"),
        R("3.6", "иные формы", "3 (в т.ч. 2 «родитель – ученик»)", 3, "pp_other"),
        Sec("4. Обучающиеся"),
        R("4.1", "Обучающиеся в возрасте 10–19 лет", f"1{NBSP}108", 1108, "students_10_19",
          extra={4: f"1{NBSP}120"}, sup="2"),
        R("4.2", "из них – наставляемые", "214", 214, "mentees_10_19", U + "baza_nastavlyaemyh.pdf",
          extra={4: "230"}),
        R("4.3", "из них – «одарённые дети»", "46", 46, "mentees_gifted"),
        R("4.4", "Доля наставляемых (10–19 лет)", (0.1931, PCT2), 19.31, "share_mentees_10_19",
          extra={4: "20 %"}),
        R("4.5", "Обучающиеся 1–4 классов, включённые в программы наставничества", "38", decoy=True),
        R("4.6", "Охват обучающихся 10–18 лет наставничеством", "201", decoy=True),
        R("4.7", "Обучающиеся 15–19 лет", "341", 341, "students_15_19", sup="2"),
        R("4.8", "из них наставники (по приказу)", "37", 37, "mentors_15_19", U + "prikaz_87_od.pdf",
          extra={4: "40"}),
        R("4.9", "Доля наставников 15–19 лет", (0.1085, PCT2), 10.85, "share_mentors_15_19"),
        Sec("5. Удовлетворённость (завершённые программы)"),
        R("5.1", "наставляемых", "96,2%", 96.2, "satisfaction_mentees", U + "analiz_anketirovaniya.pdf"),
        R("5.2", "наставников", (0.948, "0.0%"), 94.8, "satisfaction_mentors", U + "analiz_anketirovaniya.pdf"),
        Sec("6. Педагоги"),
        R("6.1", "Молодые специалисты, всего", "11", 11, "young_specialists"),
        R("6.2", "Молодые специалисты – наставляемые", "10", 10, "young_specialists_mentees", U + "prikaz_87_od.pdf"),
        R("6.3", "Доля молодых специалистов – наставляемых", (0.9091, PCT2), 90.91, "share_young_specialists_mentees"),
        R("6.4", "Педагоги – наставники", "23", 23, "teachers_mentors", U + "prikaz_87_od.pdf", extra={4: "25"}),
        R("6.5", "Доля педагогов – наставников", "27,71 %", 27.71, "share_teachers_mentors"),
        R("6.6", "КПК по вопросам наставничества (чел.)", "6", 6, "kpk_trained",
          "https://disk.yandex.ru/d/Gm4nR7cTz2XwPb", extra={4: "4"}),
        R("6.7", "Названия курсов",
          "«Наставничество в системе общего образования» (АОУ ДПО УР ИРО, 36 ч); «Школа наставника» (ЦНППМ, 24 ч)",
          "«Наставничество в системе общего образования» (АОУ ДПО УР ИРО, 36 ч); «Школа наставника» (ЦНППМ, 24 ч)",
          "kpk_courses"),
        R("6.8", "ШМО наставников", "1", 1, "school_methodical_associations", U + "plan_SHMO_nastavnikov.pdf"),
        Sec("7. Стимулирование"),
        R("7.1", "Положение об оплате наставничества (кол-во локальных актов)", "1", 1, "pay_acts",
          U + "polozhenie_o_stimuliruyushchih_vyplatah.pdf"),
        R("7.2", "Акты о нематериальном поощрении", "1", 1, "nonmaterial_acts", U + "polozhenie_nematerialnoe.pdf"),
    ])
    d.blank()
    sup = InlineFont(rFont=TNR, sz=10, vertAlign="superscript")
    plain = InlineFont(rFont=TNR, sz=10)
    d.para(None)
    d.c(d.r - 1, 1).value = CellRichText(TextBlock(sup, "1"), TextBlock(
        plain, " по приказу от 30.08.2024 № 87-од «О закреплении наставнических пар»"))
    d.para(None)
    d.c(d.r - 1, 1).value = CellRichText(TextBlock(sup, "2"), TextBlock(
        plain, " по данным АИС «Электронная школа» на 01.10.2024"))
    d.blank()
    d.para("Директор гимназии   ______________   А.Р. Закирова")
    d.para("«29» октября 2024 г.")
    form.not_criteria.append("план 2025 г.")
    d.save()


# ============================================================================================
# 06  МБОУ «Кузьминская ООШ»  (small; value on the last line; "Да https://..." in the value column)
# ============================================================================================
def file06():
    org = "МБОУ «Кузьминская ООШ»"
    form = Form("typed/06_kuzminskaya_oosh_CMN_2024.xlsx", org, "openpyxl")
    U = "https://shkolakuzminskaya-r18.gosweb.gosuslugi.ru/netcat_files/32/315/"
    d = Pasted(form, widths=[6, 48, 34, 58])
    d.para("Информация", bold=True, align="center")
    d.para(f"о реализации целевой модели наставничества в {org}", bold=True)
    d.para("за 2024 год", bold=True)
    d.blank()
    d.header([["№ п/п", "Критерий", "Да/нет, количество", "Ссылка"]])
    d.rows([
        R(1, "Положение о наставничестве педагогических работников", "Да", 1, "orgs_regulation_teachers",
          U + "polozhenie_nastavnichestvo_pedagogov.pdf", how="in_value"),
        R(2, ["Положение о наставничестве", "обучающихся"], "Да", 1, "orgs_regulation_students",
          U + "polozhenie_nastavnichestvo_obuchayushchihsya.pdf", mode="last"),
        R(3, "Приказ о мониторинге", "Да", 1, "orgs_monitoring_order",
          "https://cloud.mail.ru/public/7Ku4/Tb2xQm9Fv", how="in_value"),
        R(4, ["Справка по итогам внутреннего", "мониторинга"], "нет", 0, "internal_monitoring_notes", mode="last"),
        R(5, "Куратор ЦМН", "1", 1, "curators_total"),
        R(6, "Наставники (по приказу)", "9", 9, "mentors_total", U + "prikaz_nastavniki_2024.pdf"),
        R(7, "Наставляемые (по приказу)", "23", 23, "mentees_total", U + "prikaz_nastavniki_2024.pdf"),
        R(8, ["Соглашения о сотрудничестве с другими", "ОО (наставники из других ОО)"],
          "1 (МБОУ «Бадяшурская СОШ»)", 1, "agreements_edu_orgs", U + "soglashenie_badyashur.pdf", mode="last"),
        R(9, "Наставники из других ОО", "1", 1, "external_edu_mentors"),
        R(10, "Соглашения с предприятиями", "нет", 0, "agreements_enterprises"),
        R(11, ["Персонализированные программы", "наставничества, всего", "(кол-во)"], "8", 8, "pp_total",
          U + "personalizirovannye_programmy.pdf", mode="last"),
        R(12, "в т.ч. ученик – ученик", "3", 3, "pp_pupil_pupil"),
        R(13, "в т.ч. учитель – ученик", "4", 4, "pp_teacher_pupil"),
        R(14, "в т.ч. учитель – учитель", "1", 1, "pp_teacher_teacher"),
        R(15, "Обучающиеся 10–19 лет", "52", 52, "students_10_19"),
        R(16, ["Наставляемые из числа обучающихся", "10–19 лет"], "17", 17, "mentees_10_19",
          U + "prikaz_nastavniki_2024.pdf", mode="last"),
        R(17, "в т.ч. с низкой мотивацией", "6", 6, "mentees_low_motivation"),
        R(18, "в т.ч. дети с ОВЗ", "2", 2, "mentees_disabled"),
        R(19, "Доля наставляемых 10–19 лет", "32,69%", 32.69, "share_mentees_10_19"),
        R(20, "Обучающиеся 15–19 лет", "7", 7, "students_15_19"),
        R(21, "Наставники-обучающиеся 15–19 лет", "2", 2, "mentors_15_19"),
        R(22, "Удовлетворённость наставляемых, %", "85", 85, "satisfaction_mentees"),
        R(23, "Удовлетворённость наставников, %", "87", 87, "satisfaction_mentors"),
        R(24, "Молодые специалисты", "1", 1, "young_specialists"),
        R(25, "Молодые специалисты – наставляемые", "1", 1, "young_specialists_mentees"),
        R(26, "Педагоги-наставники", "6", 6, "teachers_mentors", U + "prikaz_nastavniki_2024.pdf"),
        R(27, ["Педагоги с квалификационной категорией", "«педагог-наставник»"], "1", decoy=True, mode="last"),
        R(28, "КПК по наставничеству", "-", 0, "kpk_trained"),
        R(29, "Положение об оплате труда наставников", "нет", 0, "pay_acts"),
        R(30, ["Нематериальное поощрение наставников", "(локальный акт)"], "-", 0, "nonmaterial_acts", mode="last"),
    ])
    d.blank(2)
    d.para("Директор   ____________   Г.П. Вострикова")
    d.para("Дата: 25.10.2024")
    d.save()


# ============================================================================================
# 07  МБОУ «Нижнеюринская СОШ»  (table broken over a page: «Продолжение таблицы», repeated header)
# ============================================================================================
def file07():
    org = "МБОУ «Нижнеюринская СОШ»"
    form = Form("typed/07_nizhneyurinskaya_sosh_nastavnichestvo.xlsx", org, "openpyxl")
    U = "https://nyurinskaya-sosh.gosuslugi.ru/netcat_files/userfiles/dokumenty/nastavnichestvo/"
    d = Pasted(form, widths=[5, 54, 16, 60], wrap=False)
    d.para(f"Информация {org} о реализации Целевой модели наставничества педагогических работников", bold=True)
    d.para("и обучающихся в 2024 году", bold=True)
    d.blank()
    hdr = ["№", "Критерий", "Значение", "Источник (ссылка)"]
    d.header([hdr])
    d.rows([
        Sec("Нормативное обеспечение"),
        R(1, "Положение о системе наставничества пед. работников", "Да", 1, "orgs_regulation_teachers",
          U + "polozhenie_ped.pdf"),
        R(2, "Положение о системе наставничества обучающихся", "Да", 1, "orgs_regulation_students",
          U + "polozhenie_obuch.pdf"),
        R(3, ["Приказ о мониторинге реализации ЦМН", "в ОО"], "Да", 1, "orgs_monitoring_order",
          U + "prikaz_monitoring_2024.pdf"),
        R(4, "Справка по итогам внутреннего мониторинга", "Да", 1, "internal_monitoring_notes",
          "https://cloud.mail.ru/public/Vb2R/n8Lq5TzJc"),
        Sec("Организация процесса"),
        R(5, "Куратор(ы) внедрения ЦМН", "1", 1, "curators_total", U + "prikaz_kurator.pdf"),
        R(6, "Наставники / наставляемые (по приказу)", "24 / 61", decoy=True, url=U + "prikaz_pary_2024.pdf"),
        R(7, ["Соглашения с предприятиями о предоставлении", "наставников"], "1", 1, "agreements_enterprises",
          U + "dogovor_OOO_Nizhneyurinskoe.pdf"),
        R(8, "Наставники – работники предприятий", "2", 2, "enterprise_mentors", U + "prikaz_pary_2024.pdf"),
        R(9, "Предприятия – партнёры", "ООО «Нижнеюринское»", "ООО «Нижнеюринское»", "partner_list"),
        Sec("Персонализированные программы"),
        R(10, "ПП по всем формам", "19", 19, "pp_total", U + "PP_2024.pdf"),
        R(11, "ученик – ученик", "7", 7, "pp_pupil_pupil"),
        R(12, "учитель – учитель", "3", 3, "pp_teacher_teacher"),
    ])
    # page break in Word: the rest of the table came with a caption and a repeated header row
    d.blank()
    d.put(d.r, 4, "Продолжение таблицы", box=False, italic=True, align="right")
    d.r += 1
    d.header([hdr])
    d.rows([
        R(13, "учитель – ученик", "8", 8, "pp_teacher_pupil"),
        R(14, ["иная форма (наставник с предприятия –", "ученик)"], "1", 1, "pp_other"),
        Sec("Обучающиеся 10–19 лет"),
        R(15, "Всего обучающихся 10–19 лет", "168", 168, "students_10_19"),
        R(16, "Наставляемые 10–19 лет", "44", 44, "mentees_10_19", U + "prikaz_pary_2024.pdf"),
        R(17, "из них «группа риска»", "5", 5, "mentees_risk"),
        R(18, "из них – проблемы выбора профессии", "14", 14, "mentees_career"),
        R(19, "из них – по иным параметрам", "9", 9, "mentees_other_params"),
        R(20, "Доля наставляемых, %", "26,19", 26.19, "share_mentees_10_19"),
        Sec("Обучающиеся 15–19 лет"),
        R(21, "Всего обучающихся 15–19 лет", "41", 41, "students_15_19"),
        R(22, "Наставники из числа обучающихся (по приказу)", "9", 9, "mentors_15_19", U + "prikaz_pary_2024.pdf"),
        R(23, "Доля обучающихся-наставников, %", "21,95", 21.95, "share_mentors_15_19"),
        Sec("Удовлетворённость (%)*"),
        R(24, "наставляемые", "91", 91, "satisfaction_mentees"),
        R(25, "наставники", "89", 89, "satisfaction_mentors"),
        Sec("Педагоги"),
        R(26, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "3", 3, "young_specialists"),
        R(27, "молодые специалисты – наставляемые", "3", 3, "young_specialists_mentees", U + "prikaz_pary_2024.pdf"),
        R(28, "Доля МС – наставляемых, %", "100", 100, "share_young_specialists_mentees"),
        R(29, "Педагоги без учёта МС", "24", 24, "teachers_other"),
        R(30, "из них наставляемые", "2", 2, "teachers_other_mentees"),
        R(31, "Доля педагогов – наставляемых, %", "18,52", 18.52, "share_teachers_mentees"),
        R(32, "Педагоги – наставники", "13", 13, "teachers_mentors", U + "prikaz_pary_2024.pdf"),
        R(33, "МС – наставники", "—", 0, "young_specialists_mentors"),
        R(34, "Доля педагогов – наставников, %", "48,15", 48.15, "share_teachers_mentors"),
        R(35, "ШМО наставников", "1", 1, "school_methodical_associations", U + "prikaz_SHMO.pdf"),
        R(36, "Прошли КПК по наставничеству", "1", 1, "kpk_trained", "https://disk.yandex.ru/i/Yr6pK2sDq8Fm"),
    ])
    d.blank()
    d.para("* анкетирование участников программ, завершённых в мае 2024 г.", size=10)
    d.blank()
    d.para(f"Директор {org}   ________   В.А. Перевощиков")
    d.para("Исполнитель: Лекомцева Н.И., тел. 8 (34141) 5-62-18")
    d.save()


# --------------------------------------------------------------------------------------------
def main():
    os.makedirs(TYPED, exist_ok=True)
    for f in os.listdir(TYPED):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(TYPED, f))
    for fn in (file01, file02, file03, file04, file05, file06, file07):
        fn()
    # de-duplicate not_criteria keeping order
    for f in EXPECTED:
        seen = []
        for t in f.not_criteria:
            if t not in seen:
                seen.append(t)
        f.not_criteria = seen
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump([f.as_json() for f in EXPECTED], fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(f.values) for f in EXPECTED)
    nl = sum(len(f.links) for f in EXPECTED)
    print(f"files={len(EXPECTED)} values={nv} links={nl}")
    for f in EXPECTED:
        print(f"  {f.file}: {f.org}: values={len(f.values)} links={len(f.links)} "
              f"not_criteria={len(f.not_criteria)} headings={len(f.headings)}")


if __name__ == "__main__":
    main()
