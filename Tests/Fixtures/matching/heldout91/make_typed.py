#!/usr/bin/env python3
"""heldout91: ordinary one-organisation ЦМН forms, each file written at the XML level (zipfile) the way a
different XLSX-writing program writes it: SheetJS, an implicit-r writer (SpreadsheetGear-like), PhpSpreadsheet,
Excel for Mac 2011 (date1904), an EPPlus-filled template (sheets out of file order, hidden instruction sheet),
LibreOffice Calc (hyperlinks shown as «документ», HYPERLINK()), Excel 2016 (shared formulas in «Доля»).
Deterministic: fixed data, fixed zip timestamps. Writes typed/*.xlsx, expected.json, cells.json."""
import json
import pathlib
import zipfile
import datetime as dt
from xml.sax.saxutils import escape as _esc

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
TYPED = HERE / "typed"
ZIP_DATE = (2025, 1, 21, 9, 0, 0)

# ----------------------------------------------------------------------------------------------------------
# catalogue
def load_catalogue():
    rows = {}
    with open(CRITERIA, encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) < 3:
                continue
            d = dict(zip(head, p + [""] * (len(head) - len(p))))
            rows[d["id"]] = d
    return rows

CAT = load_catalogue()
YESNO_ORG = {"orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
             "internal_monitoring_notes"}

# ----------------------------------------------------------------------------------------------------------
# the organisations' figures (Ключегорский муниципальный округ, invented)
def share(a, b):
    return round(a / b * 100, 2)

def derive(o):
    o["share_mentees_10_19"] = share(o["mentees_10_19"], o["students_10_19"])
    o["share_mentors_15_19"] = share(o["mentors_15_19"], o["students_15_19"])
    o["teachers_municipal"] = o["young_specialists"] + o["teachers_other"]
    o["share_young_specialists_mentees"] = share(o["young_specialists_mentees"], o["young_specialists"])
    o["share_teachers_mentees"] = share(o["young_specialists_mentees"] + o["teachers_other_mentees"],
                                        o["teachers_municipal"])
    o["share_teachers_mentors"] = share(o["teachers_mentors"], o["teachers_municipal"])
    o["share_young_specialists_mentors"] = share(o["young_specialists_mentors"], o["young_specialists"])
    o["mentors_total"] = (o["teachers_mentors"] + o["mentors_15_19"] + o["external_edu_mentors"]
                          + o["enterprise_mentors"] + o["other_org_mentors"])
    o["mentees_total"] = (o["mentees_10_19"] + o["young_specialists_mentees"] + o["teachers_other_mentees"]
                          + o.pop("mentees_other_ages", 0))
    o["pp_total"] = sum(o[k] for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student",
                                       "pp_head_teacher", "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    o["partner_list"] = "; ".join(o["partners"])
    return o

def check(o, name):
    cats = sum(o[k] for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                              "mentees_career", "mentees_other_params"))
    assert cats <= o["mentees_10_19"] <= o["students_10_19"], name
    assert o["mentors_15_19"] <= o["students_15_19"] <= o["students_10_19"], name
    assert o["young_specialists_mentees"] <= o["young_specialists"], name
    assert o["young_specialists_mentors"] <= o["young_specialists"], name
    assert o["teachers_other_mentees"] <= o["teachers_other"], name
    assert o["teachers_mentors"] <= o["teachers_municipal"], name
    assert o["young_specialists_mentors"] <= o["teachers_mentors"], name
    assert o["teachers_in_pp"] <= o["teachers_mentors"] + o["young_specialists_mentees"] + o["teachers_other_mentees"], name
    assert o["pp_teacher_teacher"] + o["pp_head_teacher"] <= o["young_specialists_mentees"] + o["teachers_other_mentees"], name
    n_ag = o["agreements_edu_orgs"] + o["agreements_enterprises"] + o["agreements_other_orgs"]
    assert n_ag == len(o["partners"]), name
    if o["external_edu_mentors"]:
        assert o["agreements_edu_orgs"], name
    if o["enterprise_mentors"]:
        assert o["agreements_enterprises"], name
    if o["other_org_mentors"]:
        assert o["agreements_other_orgs"], name
    for k in ("satisfaction_mentees", "satisfaction_mentors"):
        assert 0 < o[k] <= 100, name

UDGU = "ФГБОУ ВО «Удмуртский государственный университет»"
PEDCOL = "ГБПОУ УР «Ключегорский педагогический колледж»"
ZAVOD = "АО «Ключегорский механический завод»"
CBS = "МБУК «Ключегорская централизованная библиотечная система»"
ROVESNIK = "МБУ «Молодёжный центр «Ровесник»»"

ORGS = {
    "s1": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, curators_total=2, agreements_edu_orgs=2, agreements_enterprises=1,
               agreements_other_orgs=1, partners=[UDGU, PEDCOL, ZAVOD, CBS],
               teachers_mentors=19, mentors_15_19=27, external_edu_mentors=3, enterprise_mentors=1,
               other_org_mentors=2, students_10_19=684, mentees_10_19=96, mentees_risk=14, mentees_gifted=21,
               mentees_disabled=9, mentees_low_motivation=18, mentees_career=22, mentees_other_params=12,
               students_15_19=211, young_specialists=11, young_specialists_mentees=10, teachers_other=62,
               teachers_other_mentees=5, young_specialists_mentors=2, pp_pupil_pupil=27, pp_teacher_teacher=12,
               pp_student_student=0, pp_head_teacher=2, pp_student_pupil=0, pp_teacher_pupil=15, pp_other=2,
               teachers_in_pp=34, kpk_trained=4, school_methodical_associations=1, pay_acts=1,
               nonmaterial_acts=1, satisfaction_mentees=92.4, satisfaction_mentors=89.7),
    "s3": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=1, agreements_enterprises=0,
               agreements_other_orgs=1, partners=[PEDCOL, ROVESNIK],
               teachers_mentors=14, mentors_15_19=16, external_edu_mentors=2, enterprise_mentors=0,
               other_org_mentors=1, students_10_19=402, mentees_10_19=47, mentees_risk=8, mentees_gifted=11,
               mentees_disabled=5, mentees_low_motivation=9, mentees_career=7, mentees_other_params=7,
               students_15_19=118, young_specialists=6, young_specialists_mentees=6, teachers_other=41,
               teachers_other_mentees=3, young_specialists_mentors=0, pp_pupil_pupil=14, pp_teacher_teacher=6,
               pp_student_student=0, pp_head_teacher=1, pp_student_pupil=2, pp_teacher_pupil=8, pp_other=0,
               teachers_in_pp=21, kpk_trained=2, school_methodical_associations=1, pay_acts=1,
               nonmaterial_acts=0, satisfaction_mentees=88.5, satisfaction_mentors=90.2),
    "g2": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, curators_total=3, agreements_edu_orgs=3, agreements_enterprises=1,
               agreements_other_orgs=2,
               partners=[UDGU, "ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»", PEDCOL, ZAVOD, CBS, ROVESNIK],
               teachers_mentors=26, mentors_15_19=44, external_edu_mentors=6, enterprise_mentors=2,
               other_org_mentors=3, students_10_19=915, mentees_10_19=138, mentees_risk=9, mentees_gifted=47,
               mentees_disabled=6, mentees_low_motivation=12, mentees_career=31, mentees_other_params=33,
               students_15_19=322, young_specialists=14, young_specialists_mentees=12, teachers_other=71,
               teachers_other_mentees=8, young_specialists_mentors=3, pp_pupil_pupil=38, pp_teacher_teacher=16,
               pp_student_student=0, pp_head_teacher=3, pp_student_pupil=4, pp_teacher_pupil=16, pp_other=2,
               teachers_in_pp=41, kpk_trained=6, school_methodical_associations=2, pay_acts=1,
               nonmaterial_acts=1, satisfaction_mentees=94.1, satisfaction_mentors=91.3),
    "vk": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=1, agreements_enterprises=1,
               agreements_other_orgs=0, partners=["МБОУ «Ключегорская СОШ № 3»", "СПК «Колхоз имени Мичурина»"],
               teachers_mentors=4, mentors_15_19=2, external_edu_mentors=1, enterprise_mentors=1,
               other_org_mentors=0, students_10_19=58, mentees_10_19=9, mentees_risk=2, mentees_gifted=1,
               mentees_disabled=2, mentees_low_motivation=3, mentees_career=1, mentees_other_params=0,
               students_15_19=9, young_specialists=2, young_specialists_mentees=2, teachers_other=14,
               teachers_other_mentees=1, young_specialists_mentors=0, pp_pupil_pupil=2, pp_teacher_teacher=2,
               pp_student_student=0, pp_head_teacher=1, pp_student_pupil=0, pp_teacher_pupil=2, pp_other=1,
               teachers_in_pp=5, kpk_trained=1, school_methodical_associations=0, pay_acts=0,
               nonmaterial_acts=1, satisfaction_mentees=100.0, satisfaction_mentors=95.0),
    "s5": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=0, curators_total=2, agreements_edu_orgs=2, agreements_enterprises=0,
               agreements_other_orgs=1, partners=[UDGU, PEDCOL, "ГБУЗ УР «Ключегорская районная больница МЗ УР»"],
               teachers_mentors=17, mentors_15_19=22, external_edu_mentors=4, enterprise_mentors=0,
               other_org_mentors=1, students_10_19=588, mentees_10_19=64, mentees_risk=11, mentees_gifted=18,
               mentees_disabled=4, mentees_low_motivation=10, mentees_career=9, mentees_other_params=12,
               students_15_19=170, young_specialists=9, young_specialists_mentees=8, teachers_other=55,
               teachers_other_mentees=4, young_specialists_mentors=1, pp_pupil_pupil=18, pp_teacher_teacher=9,
               pp_student_student=0, pp_head_teacher=2, pp_student_pupil=3, pp_teacher_pupil=8, pp_other=0,
               teachers_in_pp=25, kpk_trained=3, school_methodical_associations=1, pay_acts=1,
               nonmaterial_acts=1, satisfaction_mentees=90.6, satisfaction_mentors=93.8),
    "ddt": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
                internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=1, agreements_enterprises=2,
                agreements_other_orgs=1,
                partners=["ГБПОУ УР «Ключегорский индустриальный техникум»", ZAVOD,
                          "ООО «Ключегорский хлебокомбинат»", "МБУК «Ключегорский районный Дом культуры»"],
                teachers_mentors=9, mentors_15_19=12, external_edu_mentors=2, enterprise_mentors=3,
                other_org_mentors=1, students_10_19=1240, mentees_10_19=86, mentees_risk=6, mentees_gifted=34,
                mentees_disabled=7, mentees_low_motivation=0, mentees_career=18, mentees_other_params=21,
                students_15_19=305, young_specialists=5, young_specialists_mentees=5, teachers_other=38,
                teachers_other_mentees=2, young_specialists_mentors=0, pp_pupil_pupil=6, pp_teacher_teacher=5,
                pp_student_student=0, pp_head_teacher=1, pp_student_pupil=0, pp_teacher_pupil=8, pp_other=2,
                teachers_in_pp=14, kpk_trained=2, school_methodical_associations=1, pay_acts=1,
                nonmaterial_acts=1, satisfaction_mentees=96.2, satisfaction_mentors=94.0, mentees_other_ages=4),
    "s7": dict(orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1,
               internal_monitoring_notes=1, curators_total=1, agreements_edu_orgs=1, agreements_enterprises=1,
               agreements_other_orgs=0, partners=[PEDCOL, ZAVOD],
               teachers_mentors=15, mentors_15_19=19, external_edu_mentors=2, enterprise_mentors=1,
               other_org_mentors=0, students_10_19=540, mentees_10_19=71, mentees_risk=10, mentees_gifted=13,
               mentees_disabled=8, mentees_low_motivation=15, mentees_career=14, mentees_other_params=11,
               students_15_19=176, young_specialists=8, young_specialists_mentees=7, teachers_other=49,
               teachers_other_mentees=4, young_specialists_mentors=1, pp_pupil_pupil=15, pp_teacher_teacher=7,
               pp_student_student=0, pp_head_teacher=1, pp_student_pupil=2, pp_teacher_pupil=10, pp_other=1,
               teachers_in_pp=22, kpk_trained=2, school_methodical_associations=1, pay_acts=1,
               nonmaterial_acts=1, satisfaction_mentees=91.8, satisfaction_mentors=88.4),
}
for _k, _o in ORGS.items():
    derive(_o)
    check(_o, _k)

# ----------------------------------------------------------------------------------------------------------
# a small sheet model, serialised by each writer in its own XML dialect
def esc(s):
    return _esc(str(s), {'"': "&quot;"})

def col_letter(c):
    s = ""
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return s

def a1(r, c):
    return f"{col_letter(c)}{r}"

class Cell:
    """t: 's' text | 'n' number | 'd' date | 'f' formula (v = cached value)."""
    def __init__(self, v, t=None, s="text", f=None, shared=None, rich=None, textnum=False, link=None,
                 strtype=False):
        self.v = v
        if t is None:
            t = "n" if isinstance(v, (int, float)) and not isinstance(v, bool) else (
                "d" if isinstance(v, dt.date) else "s")
        self.t, self.s, self.f, self.shared = t, s, f, shared
        self.rich, self.textnum, self.link, self.strtype = rich, textnum, link, strtype

class Sheet:
    def __init__(self, name, state=None):
        self.name, self.state = name, state
        self.cells, self.merges, self.widths = {}, [], {}

    def put(self, r, c, cell):
        self.cells[(r, c)] = cell
        return a1(r, c)

    def rows(self):
        out = {}
        for (r, c) in sorted(self.cells):
            out.setdefault(r, []).append(c)
        return out

    def dim(self):
        rs = [r for r, _ in self.cells]
        cs = [c for _, c in self.cells]
        return f"A1:{a1(max(rs), max(cs))}"

    def hyperlinks(self):
        return [(a1(r, c), cell.link) for (r, c), cell in sorted(self.cells.items()) if cell.link]

def fmt_num(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        return str(int(v))
    return repr(float(v))

def date_serial(d, date1904):
    base = dt.date(1904, 1, 1) if date1904 else dt.date(1899, 12, 30)
    return (d - base).days

def esc_t(s):
    """text nodes: only &, <, > (quotes stay as typed, as Excel and LibreOffice write them)"""
    return _esc(str(s))

def t_elem(text, tag="t"):
    sp = ' xml:space="preserve"' if (text != text.strip() or "\n" in text or "  " in text) else ""
    return f"<{tag}{sp}>{esc_t(text)}</{tag}>"

class SST:
    def __init__(self):
        self.items, self.index, self.count = [], {}, 0

    def add(self, cell):
        key = ("r", tuple((t, tuple(sorted(p.items()))) for t, p in cell.rich)) if cell.rich else ("t", str(cell.v))
        self.count += 1
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(cell.rich if cell.rich else str(cell.v))
        return self.index[key]

def php_rich_runs(runs, font="Calibri", size=11):
    """PhpSpreadsheet StringTable::writeRichText: rFont, b, i, strike, color, sz; <t xml:space="preserve">."""
    out = []
    for text, p in runs:
        out.append("<r><rPr>"
                   f'<rFont val="{font}"/><b val="{"true" if p.get("b") else "false"}"/>'
                   f'<i val="{"true" if p.get("i") else "false"}"/><strike val="false"/>'
                   f'<color rgb="{p.get("color", "FF000000")}"/><sz val="{size}"/>'
                   f'</rPr><t xml:space="preserve">{esc_t(text)}</t></r>')
    return "".join(out)

def plain_rich_runs(runs, font="Calibri", size=11):
    out = []
    for text, p in runs:
        pr = ("<b/>" if p.get("b") else "") + ("<i/>" if p.get("i") else "")
        out.append(f'<r><rPr>{pr}<sz val="{size}"/><rFont val="{font}"/></rPr>{t_elem(text)}</r>')
    return "".join(out)

def sst_xml(sst, with_count=True, rich=plain_rich_runs, font="Calibri"):
    cnt = f' count="{sst.count}"' if with_count else ""
    body = []
    for it in sst.items:
        body.append("<si>" + (rich(it, font) if isinstance(it, list) else t_elem(it)) + "</si>")
    return (XML_HEAD + f'<sst xmlns="{NS_MAIN}"{cnt} uniqueCount="{len(sst.items)}">' + "".join(body) + "</sst>")

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_WB = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_STY = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_CALC = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"
CT_THEME = "application/vnd.openxmlformats-officedocument.theme+xml"

def rels_xml(rels):
    """rels: list of (id, type, target, external)"""
    body = "".join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{esc(tg)}"'
                   + (' TargetMode="External"' if ext else "") + "/>" for i, t, tg, ext in rels)
    return XML_HEAD + f'<Relationships xmlns="{NS_PKG_REL}">{body}</Relationships>'

def content_types(overrides, defaults=(("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                                       ("xml", "application/xml"))):
    d = "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults)
    o = "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides)
    return XML_HEAD + f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{d}{o}</Types>'

def core_xml(creator, modified_by, created, title=None, extra=""):
    t = f"<dc:title>{esc(title)}</dc:title>" if title else ""
    return (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{t}<dc:creator>{esc(creator)}</dc:creator><cp:lastModifiedBy>{esc(modified_by)}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>{extra}'
            "</cp:coreProperties>")

def app_xml(application, sheet_names, version=None, extra=""):
    v = f"<AppVersion>{version}</AppVersion>" if version else ""
    names = "".join(f"<vt:lpstr>{esc(n)}</vt:lpstr>" for n in sheet_names)
    return (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{esc(application)}</Application>{extra}"
            '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Листы</vt:lpstr></vt:variant>'
            f'<vt:variant><vt:i4>{len(sheet_names)}</vt:i4></vt:variant></vt:vector></HeadingPairs>'
            f'<TitlesOfParts><vt:vector size="{len(sheet_names)}" baseType="lpstr">{names}</vt:vector></TitlesOfParts>'
            f"{v}</Properties>")

# cellXfs order shared by every writer that has a styles part
STYLE_KEYS = ["default", "title", "head", "text", "num", "pct", "date", "link", "sec", "textc", "plain"]
SIDX = {k: i for i, k in enumerate(STYLE_KEYS)}

def styles_xml(font="Calibri", size="11", family="2", flavour="excel"):
    x14 = flavour == "excel"
    root_attr = (' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" '
                 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
                 'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
                 'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"') if x14 else ""
    fam = f'<family val="{family}"/>'
    cs = '<charset val="204"/>'
    kf = ' x14ac:knownFonts="1"' if x14 else ""
    fonts = (f'<fonts count="4"{kf}>'
             f'<font><sz val="{size}"/><color theme="1"/><name val="{font}"/>{fam}{cs}</font>'
             f'<font><b/><sz val="{size}"/><color theme="1"/><name val="{font}"/>{fam}{cs}</font>'
             f'<font><b/><sz val="12"/><color theme="1"/><name val="{font}"/>{fam}{cs}</font>'
             f'<font><u/><sz val="{size}"/><color rgb="FF0563C1"/><name val="{font}"/>{fam}{cs}</font></fonts>')
    if flavour == "lo":
        fonts = fonts.replace('<color theme="1"/>', "")
    fills = ('<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
             '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>')
    thin = '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>'
    borders = f'<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>{thin}</border></borders>'
    wrap = '<alignment vertical="center" wrapText="1"/>'
    ctr = '<alignment horizontal="center" vertical="center"/>'
    xfs = [
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
        f'<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
        f'<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">{wrap}</xf>',
        f'<xf numFmtId="1" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1">{ctr}</xf>',
        f'<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1">{ctr}</xf>',
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf>',
        f'<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="1" applyFont="1" applyBorder="1" applyAlignment="1">{wrap}</xf>',
        f'<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">{wrap}</xf>',
        f'<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1">{ctr}</xf>',
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>',
    ]
    return (XML_HEAD + f'<styleSheet xmlns="{NS_MAIN}"{root_attr}>'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>'
            f"{fonts}{fills}{borders}"
            '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="2"><cellStyle name="Гиперссылка" xfId="1" builtinId="8"/><cellStyle name="Обычный" xfId="0" builtinId="0"/></cellStyles>'
            '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
            "</styleSheet>")

def sheet_data_xml(sheet, sst=None, r_mode="all", strings="sst", row_attrs=None, f_attrs="", styled=True,
                   date1904=False, textnum_as="str"):
    """r_mode 'all' writes r on every row and cell; 'gaps' writes r only where a row or a cell jumps."""
    out = ["<sheetData>"]
    prev_r = 0
    for r, cols in sheet.rows().items():
        ra = f' r="{r}"' if (r_mode == "all" or r != prev_r + 1) else ""
        extra = row_attrs(r, cols) if row_attrs else ""
        out.append(f"<row{ra}{extra}>")
        prev_c = 0
        for c in cols:
            cell = sheet.cells[(r, c)]
            ca = f' r="{a1(r, c)}"' if (r_mode == "all" or c != prev_c + 1) else ""
            prev_c = c
            sa = f' s="{SIDX[cell.s]}"' if (styled and SIDX.get(cell.s, 0)) else ""
            if cell.t == "f":
                if cell.shared and cell.shared[1] is None:
                    fx = f'<f t="shared" si="{cell.shared[0]}"{f_attrs}/>'
                elif cell.shared:
                    fx = f'<f t="shared" ref="{cell.shared[1]}" si="{cell.shared[0]}"{f_attrs}>{esc_t(cell.f)}</f>'
                else:
                    fx = f"<f{f_attrs}>{esc_t(cell.f)}</f>"
                if isinstance(cell.v, str):
                    out.append(f'<c{ca}{sa} t="str">{fx}<v>{esc_t(cell.v)}</v></c>')
                else:
                    out.append(f"<c{ca}{sa}>{fx}<v>{fmt_num(cell.v)}</v></c>")
            elif cell.t == "n" and cell.textnum:
                txt = cell.textnum if isinstance(cell.textnum, str) else fmt_num(cell.v)
                if textnum_as == "sst":
                    out.append(f'<c{ca}{sa} t="s"><v>{sst.add(Cell(txt))}</v></c>')
                else:
                    out.append(f'<c{ca}{sa} t="str"><v>{esc_t(txt)}</v></c>')
            elif cell.t == "n":
                out.append(f"<c{ca}{sa}><v>{fmt_num(cell.v)}</v></c>")
            elif cell.t == "d":
                out.append(f"<c{ca}{sa}><v>{date_serial(cell.v, date1904)}</v></c>")
            else:
                text = str(cell.v)
                if cell.strtype:
                    out.append(f'<c{ca}{sa} t="str"><v>{esc_t(text)}</v></c>')
                elif strings == "inline":
                    inner = plain_rich_runs(cell.rich) if cell.rich else t_elem(text)
                    out.append(f'<c{ca}{sa} t="inlineStr"><is>{inner}</is></c>')
                else:
                    out.append(f'<c{ca}{sa} t="s"><v>{sst.add(cell)}</v></c>')
        out.append("</row>")
        prev_r = r
    out.append("</sheetData>")
    return "".join(out)

def cols_xml(sheet, extra=""):
    if not sheet.widths:
        return ""
    return "<cols>" + "".join(f'<col min="{c}" max="{c}" width="{w}" customWidth="1"{extra}/>'
                              for c, w in sorted(sheet.widths.items())) + "</cols>"

def merges_xml(sheet):
    if not sheet.merges:
        return ""
    return f'<mergeCells count="{len(sheet.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sheet.merges) + "</mergeCells>"

def write_zip(path, parts):
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)

# ----------------------------------------------------------------------------------------------------------
# forms: cells, expected values and the records of cells.json
class Form:
    def __init__(self, fname, sheet, org_name, okey):
        self.fname, self.sh, self.o = fname, sheet, ORGS[okey]
        self.exp = {"file": f"typed/{fname}", "year": 2024, "organisation": org_name, "values": {},
                    "links": {}, "not_criteria": [], "headings": []}
        self.cells = []

    def expected(self, crit):
        unit = CAT[crit]["unit"]
        v = self.o[crit]
        if crit in YESNO_ORG or unit == "count":
            return int(v)
        if unit in ("share", "level"):
            return round(float(v), 2)
        return v

    def val(self, crit, r, c, cell, **extra):
        assert crit in CAT, crit
        assert crit not in self.exp["values"], (self.fname, crit)
        ref = self.sh.put(r, c, cell)
        e = self.expected(crit)
        self.exp["values"][crit] = e
        self.cells.append(dict(file=self.exp["file"], sheet=self.sh.name, cell=ref, criterion=crit, kind="value",
                               expected=e, **extra))

    def lnk(self, crit, r, c, url, cell, **extra):
        assert crit not in self.exp["links"], (self.fname, crit)
        ref = self.sh.put(r, c, cell)
        self.exp["links"][crit] = url
        self.cells.append(dict(file=self.exp["file"], sheet=self.sh.name, cell=ref, criterion=crit, kind="link",
                               expected=url, **extra))

def S(text):
    return ("sec", text)

def R(num, title, crit, lk=None, **opt):
    return ("row", num, title, crit, None, lk, opt)

def N(num, title, value, lk=None, **opt):
    return ("row", num, title, None, value, lk, opt)

def title_text(title):
    return "".join(t for t, _ in title) if isinstance(title, list) else title

def fill(form, r, spec, cols, disp, linkcell, links, sec_col=None, sec_span=None, hook=None):
    """cols: num/title/value/link (+unit/note/date) column numbers. disp(crit, value, opt) -> (Cell, extra)."""
    sh = form.sh
    for item in spec:
        if item[0] == "sec":
            c0 = sec_col or cols.get("num") or cols["title"]
            sh.put(r, c0, Cell(item[1], s="sec"))
            if sec_span:
                sh.merges.append(f"{a1(r, c0)}:{a1(r, sec_span)}")
            form.exp["headings"].append(item[1])
            r += 1
            continue
        _, num, title, crit, value, lk, opt = item
        if num and "num" in cols:
            sh.put(r, cols["num"], Cell(num, s="textc"))
        tcell = Cell(title_text(title), s="text", rich=title if isinstance(title, list) else None)
        sh.put(r, cols["title"], tcell)
        if crit:
            cell, extra = disp(crit, form.o[crit], dict(opt, _r=r))
            form.val(crit, r, cols["value"], cell, **extra)
        else:
            cell, _ = disp(None, value, dict(opt, _r=r))
            sh.put(r, cols["value"], cell)
            form.exp["not_criteria"].append(title_text(title))
        if lk:
            url = links[lk]
            lcell, lextra = linkcell(url, opt)
            if crit:
                form.lnk(crit, r, cols["link"], url, lcell, **lextra)
            else:
                sh.put(r, cols["link"], lcell)
        if hook:
            hook(form, r, item)
        r += 1
    return r

def plain_link(url, opt):
    return Cell(url, s="link"), {}

# ---- 01: SheetJS export of a web form ----------------------------------------------------------------------
def gosweb(host, doc):
    return f"https://{host}.gosweb.gosuslugi.ru/ofitsialno/dokumenty/dokumenty-all-{doc}.html"

def build_01():
    fname = "01_СОШ1_ЦМН_2024_выгрузка.xlsx"
    sh = Sheet("Sheet1")
    org = "МАОУ «Ключегорская СОШ № 1»"
    f = Form(fname, sh, org, "s1")
    h = "shkola1klyuchegorsk-r18"
    L = dict(reg=gosweb(h, "14_208"), mon=gosweb(h, "14_211"), note=gosweb(h, "14_236"), road=gosweb(h, "14_209"),
             cur=gosweb(h, "14_210"), agr=gosweb(h, "14_215"), pairs=gosweb(h, "14_219"), pp=gosweb(h, "14_220"),
             survey=gosweb(h, "14_237"), kpk="https://disk.yandex.ru/d/kLq7Vx2nRt0Ypw", shmo=gosweb(h, "14_212"),
             pay=gosweb(h, "14_187"), nonmat=gosweb(h, "14_188"),
             news=f"https://{h}.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/?tag=nastavnichestvo")
    sh.put(1, 1, Cell("Мониторинг реализации целевой модели наставничества (ЦМН) за 2024 год", strtype=True))
    sh.put(2, 1, Cell("Образовательная организация:", strtype=True))
    sh.put(2, 2, Cell(org))
    sh.put(3, 1, Cell("Муниципальное образование:", strtype=True))
    sh.put(3, 2, Cell("Ключегорский муниципальный округ"))
    sh.put(4, 1, Cell("Выгружено:", strtype=True))
    sh.put(4, 2, Cell("21.01.2025 10:42 (сервис «Наставник-онлайн»)"))
    for c, t in enumerate(["№", "Показатель", "Значение", "Ссылка на подтверждающий документ"], 1):
        sh.put(6, c, Cell(t, s="head"))
    spec = [
        S("Раздел 1. Нормативное обеспечение"),
        R("1.1", "Утверждено положение о наставничестве педработников", "orgs_regulation_teachers", "reg"),
        R("1.2", "Утверждено положение о наставничестве обучающихся", "orgs_regulation_students", "reg"),
        R("1.3", "Приказ о проведении мониторинга ЦМН в ОО", "orgs_monitoring_order", "mon"),
        R("1.4", "Справка по итогам внутреннего мониторинга за 2024 г.", "internal_monitoring_notes", "note"),
        N("1.5", "Дорожная карта внедрения ЦМН на 2024-2025 уч.г.", "да", "road"),
        S("Раздел 2. Организация наставничества"),
        R("2.1", "Кураторы внедрения ЦМН (чел.)", "curators_total", "cur"),
        R("2.2", "Соглашения с другими ОО (вузы, колледжи, школы), чьи сотрудники - наставники", "agreements_edu_orgs", "agr"),
        R("2.3", "Соглашения с предприятиями о наставниках", "agreements_enterprises", "agr"),
        R("2.4", "Соглашения с иными организациями", "agreements_other_orgs", "agr"),
        R("2.5", "Организации-партнёры по наставничеству (перечислить)", "partner_list", "agr"),
        R("2.6", "Наставников всего по приказу ОО", "mentors_total", "pairs"),
        R("2.7", "Наставляемых всего по приказу ОО", "mentees_total", "pairs"),
        N("2.8", "Кол-во наставнических пар/групп", 64, "pairs"),
        S("Раздел 3. Персонализированные программы наставничества (ППН)"),
        R("3.1", "ППН всего", "pp_total", "pp"),
        R("3.2", "в т.ч. «ученик – ученик»", "pp_pupil_pupil", "pp"),
        R("3.3", "«учитель – учитель»", "pp_teacher_teacher", "pp"),
        R("3.4", "«руководитель – педагог»", "pp_head_teacher", "pp"),
        R("3.5", "«учитель – ученик»", "pp_teacher_pupil", "pp"),
        R("3.6", "иная форма (работодатель – ученик)", "pp_other", "pp"),
        S("Раздел 4. Внешние наставники"),
        R("4.1", "Наставники из др. образовательных организаций", "external_edu_mentors", "agr"),
        R("4.2", "Наставники - сотрудники предприятий", "enterprise_mentors", "agr"),
        R("4.3", "Наставники из иных организаций (учреждения культуры, спорта и др.)", "other_org_mentors", "agr"),
        S("Раздел 5. Обучающиеся – наставляемые"),
        R("5.1", "Обучающихся 10-19 лет (всего в ОО)", "students_10_19"),
        R("5.2", "из них в программах наставничества как наставляемые", "mentees_10_19", "pairs"),
        R("5.3", "в т.ч. «группа риска»", "mentees_risk", "pairs"),
        R("5.4", "одарённые (из реестра)", "mentees_gifted", "pairs"),
        R("5.5", "дети с ОВЗ / дети-инвалиды", "mentees_disabled", "pairs"),
        R("5.6", "низкая мотивация, неуспевающие", "mentees_low_motivation", "pairs"),
        R("5.7", "проблемы с выбором профессии / траектории", "mentees_career", "pairs"),
        R("5.8", "по другим основаниям", "mentees_other_params", "pairs"),
        R("5.9", "Доля наставляемых 10-19 лет, %", "share_mentees_10_19"),
        S("Раздел 6. Обучающиеся – наставники"),
        R("6.1", "Обучающихся 15-19 лет всего", "students_15_19"),
        R("6.2", "из них наставники (по приказу)", "mentors_15_19", "pairs"),
        R("6.3", "Доля, %", "share_mentors_15_19"),
        S("Раздел 7. Удовлетворённость"),
        R("7.1", "Удовлетворённость наставляемых, %", "satisfaction_mentees", "survey"),
        R("7.2", "Удовлетворённость наставников, %", "satisfaction_mentors", "survey"),
        S("Раздел 8. Педагоги"),
        R("8.1", "Молодых специалистов (до 35 лет, стаж до 3 лет)", "young_specialists"),
        R("8.2", "из них наставляемые", "young_specialists_mentees", "pairs"),
        R("8.3", "Педагогов без учёта молодых специалистов", "teachers_other"),
        R("8.4", "из них наставляемые", "teachers_other_mentees", "pairs"),
        R("8.5", "Педагогов-наставников", "teachers_mentors", "pairs"),
        R("8.6", "Педагогов в ППН", "teachers_in_pp", "pp"),
        R("8.7", "Прошли КПК по наставничеству в 2024 г.", "kpk_trained", "kpk"),
        R("8.8", "ШМО наставников", "school_methodical_associations", "shmo"),
        S("Раздел 9. Стимулирование"),
        R("9.1", "Локальный акт об оплате наставничества (кол-во)", "pay_acts", "pay"),
        R("9.2", "Локальный акт о нематериальном поощрении (кол-во)", "nonmaterial_acts", "nonmat"),
        N("9.3", "Публикаций о наставничестве на сайте ОО", 7, "news"),
    ]

    def disp(crit, v, opt):
        if crit in YESNO_ORG or isinstance(v, str) and v in ("да", "нет"):
            return Cell("да" if v in (1, "да") else "нет"), {}
        return Cell(v), {}

    r = fill(f, 7, spec, dict(num=1, title=2, value=3, link=4), disp, plain_link, L, sec_span=4)
    sh.put(r + 1, 1, Cell("Заполнил: Сидорова О.В., заместитель директора по УВР", strtype=True))
    sh.widths = {1: 6, 2: 62, 3: 14, 4: 70}
    return f

# ---- 02: implicit r (SpreadsheetGear-like report generator) -----------------------------------------------
def build_02():
    fname = "02_Ключегорская_СОШ3_наставничество_2024.xlsx"
    sh = Sheet("Отчёт")
    org = "МБОУ «Ключегорская СОШ № 3»"
    f = Form(fname, sh, org, "s3")
    b = "https://sh3-klyuchegorsk.ru/sveden/document/nastavnichestvo/"
    L = dict(reg=b + "prikaz_118_polozheniya.pdf", mon=b + "prikaz_124_monitoring.pdf",
             note=b + "spravka_monitoring_2024.pdf", cur=b + "prikaz_97_kurator.pdf",
             agr=b + "soglasheniya_2024.pdf", pairs=b + "prikaz_131_pary.pdf", pp=b + "prikaz_132_ppn.pdf",
             survey=b + "anketirovanie_dekabr_2024.pdf", kpk=b + "udostovereniya_kpk.pdf",
             shmo=b + "prikaz_119_shmo.pdf", pay=b + "polozhenie_o_stimuliruyushchih_vyplatah.pdf")
    sh.put(1, 1, Cell("Отчёт о реализации целевой модели наставничества в 2024 году", s="title"))
    sh.put(2, 1, Cell(org, s="title"))
    sh.put(3, 1, Cell("Ключегорский муниципальный округ Удмуртской Республики", s="plain"))
    for c, t in enumerate(["№ п/п", "Наименование показателя", "Ед. изм.", "Значение", "Ссылка на документ (при наличии)"], 1):
        sh.put(5, c, Cell(t, s="head"))
    YN = "1 - да, 0 - нет"
    spec = [
        S("Нормативно-правовая база"),
        R("1", "Положение о наставничестве педагогических работников ОО", "orgs_regulation_teachers", "reg", unit=YN),
        R("2", "Положение о наставничестве обучающихся ОО", "orgs_regulation_students", "reg", unit=YN),
        R("3", "Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", "mon", unit=YN),
        R("4", "Информационная справка по внутреннему мониторингу", "internal_monitoring_notes", "note", unit=YN),
        S("Организационные условия"),
        R("5", "Куратор(ы) ЦМН в ОО", "curators_total", "cur", unit="чел."),
        N("6", "Соглашения о сотрудничестве (наставники от партнёров), всего", 2, "agr", unit="ед."),
        R("", "- с образовательными организациями", "agreements_edu_orgs", "agr"),
        R("", "- с предприятиями", "agreements_enterprises"),
        R("", "- с иными организациями", "agreements_other_orgs", "agr"),
        R("7", "Партнёры (наименования)", "partner_list", "agr"),
        R("8", "Наставники ОО по приказу, всего", "mentors_total", "pairs", unit="чел."),
        R("", "в т.ч. педагоги", "teachers_mentors", "pairs"),
        R("", "в т.ч. обучающиеся 15-19 лет", "mentors_15_19", "pairs"),
        R("", "в т.ч. из других образовательных организаций", "external_edu_mentors", "agr"),
        R("", "в т.ч. сотрудники предприятий", "enterprise_mentors"),
        R("", "в т.ч. из иных организаций", "other_org_mentors", "agr"),
        R("9", "Наставляемые ОО по приказу, всего", "mentees_total", "pairs", unit="чел."),
        S("Персонализированные программы наставничества"),
        R("10", "Количество ППН (все формы)", "pp_total", "pp", unit="ед."),
        R("", "ученик – ученик", "pp_pupil_pupil", "pp"),
        R("", "учитель – учитель", "pp_teacher_teacher", "pp"),
        R("", "студент – ученик (студенты педколледжа)", "pp_student_pupil", "pp"),
        R("", "учитель – ученик", "pp_teacher_pupil", "pp"),
        S("Обучающиеся"),
        N("11", "Обучающихся в ОО всего", 620, unit="чел."),
        R("12", "Обучающихся от 10 до 19 лет", "students_10_19", unit="чел."),
        R("13", "Наставляемые из числа обучающихся 10–19 лет", "mentees_10_19", "pairs", unit="чел."),
        R("", "из них: группа риска", "mentees_risk", "pairs"),
        R("", "одарённые дети", "mentees_gifted", "pairs"),
        R("", "ОВЗ и инвалидность", "mentees_disabled", "pairs"),
        R("", "низкая учебная мотивация", "mentees_low_motivation", "pairs"),
        R("", "профориентация (выбор профессии)", "mentees_career", "pairs"),
        R("14", "Доля обучающихся 10–19 лет – наставляемых", "share_mentees_10_19", unit="%"),
        R("15", "Обучающихся 15–19 лет", "students_15_19", unit="чел."),
        R("16", "Доля обучающихся 15–19 лет – наставников", "share_mentors_15_19", unit="%"),
        S("Педагогические кадры"),
        R("17", "Молодые специалисты (до 35 лет, первые 3 года работы)", "young_specialists", unit="чел."),
        R("18", "Молодые специалисты – наставляемые", "young_specialists_mentees", "pairs", unit="чел."),
        R("19", "Прочие педагоги (без МС)", "teachers_other", unit="чел."),
        R("20", "Прочие педагоги – наставляемые", "teachers_other_mentees", "pairs", unit="чел."),
        R("21", "Доля МС, охваченных наставничеством", "share_young_specialists_mentees", unit="%"),
        R("22", "Доля педагогов-наставляемых (все педагоги)", "share_teachers_mentees", unit="%"),
        R("23", "Доля педагогов-наставников", "share_teachers_mentors", unit="%"),
        R("24", "Обучены на КПК по наставничеству (2024)", "kpk_trained", "kpk", unit="чел."),
        R("25", "ШМО наставников", "school_methodical_associations", "shmo", unit="ед."),
        N("26", "Заседаний ШМО наставников за год", 4, "shmo", unit="ед."),
        S("Оценка и стимулирование"),
        R("27", "Удовлетворённость наставляемых", "satisfaction_mentees", "survey", unit="%"),
        R("28", "Удовлетворённость наставников", "satisfaction_mentors", "survey", unit="%"),
        R("29", "Локальные акты об оплате наставничества", "pay_acts", "pay", unit="ед."),
        R("30", "Локальные акты о нематериальном поощрении", "nonmaterial_acts", unit="ед."),
    ]

    def disp(crit, v, opt):
        return Cell(v, s="pct" if isinstance(v, float) and not float(v).is_integer() else "num"
                    if not isinstance(v, str) else "text"), {}

    def hook(form, r, item):
        unit = item[6].get("unit")
        if unit:
            form.sh.put(r, 3, Cell(unit, s="textc"))

    r = fill(f, 6, spec, dict(num=1, title=2, value=4, link=5), disp, plain_link, L, sec_col=2, hook=hook)
    sh.put(r + 1, 2, Cell("Директор _____________ Л.П. Корепанова", s="plain"))
    sh.put(r + 2, 2, Cell("Исполнитель: Ившина Т.А., тел. 8 (34155) 2-14-37", s="plain"))
    sh.widths = {1: 6, 2: 58, 3: 14, 4: 12, 5: 66}
    sh.merges += ["A1:E1", "A2:E2"]
    return f

# ---- 03: PhpSpreadsheet export of a regional portal ------------------------------------------------------
B = {"b": 1}
I = {"i": 1}
P = {}

def build_03():
    fname = "03_Гимназия2_ЦМН_2024_портал.xlsx"
    sh = Sheet("Worksheet")
    org = "МАОУ «Гимназия № 2 г. Ключегорска»"
    f = Form(fname, sh, org, "g2")
    b = "https://gimn2-klyuchegorsk.ru/upload/iblock/"
    L = dict(reg=b + "3f2/prikaz_87_polozheniya_nastavnichestvo.pdf", mon=b + "a51/prikaz_203_monitoring_cmn.pdf",
             note=b + "c07/spravka_vnutrenniy_monitoring_2024.pdf", cur=b + "3f2/prikaz_88_kuratory.pdf",
             agr=b + "9d4/dogovory_setevoe_vzaimodeystvie.pdf", pairs=b + "e18/prikaz_141_nastavnicheskie_pary.pdf",
             pp=b + "e18/prikaz_142_ppn.pdf", survey=b + "5b0/itogi_anketirovaniya_2024.pdf",
             kpk=b + "71c/svedeniya_kpk_2024.pdf", pay=b + "0aa/polozhenie_ob_oplate_truda.pdf",
             nonmat=b + "0ab/polozhenie_o_nematerialnom_pooshchrenii.pdf", events=b + "5b0/plan_meropriyatiy_cmn.pdf")
    sh.put(1, 1, Cell("", s="title", rich=[("Региональный мониторинг ЦМН", B), (" — отчётный 2024 год", P)]))
    sh.cells[(1, 1)].v = title_text(sh.cells[(1, 1)].rich)
    sh.put(2, 1, Cell("Организация:", s="plain"))
    sh.put(2, 2, Cell(org, s="title"))
    sh.put(3, 1, Cell("Выгрузка АИС «Мониторинг образования»: форма «ЦМН-ОО», статус «Отправлено»", s="plain"))
    for c, t in enumerate(["Код", "Показатель", "Значение", "Ссылка на документ", "Комментарий ОО"], 1):
        sh.put(5, c, Cell(t, s="head"))
    spec = [
        S("Раздел 1. Нормативное обеспечение"),
        R("1.1", [("Положение о системе наставничества ", B), ("педагогических работников", P)], "orgs_regulation_teachers", "reg"),
        R("1.2", [("Положение о системе наставничества ", B), ("обучающихся", P)], "orgs_regulation_students", "reg"),
        R("1.3", "Приказ о мониторинге ЦМН в гимназии", "orgs_monitoring_order", "mon"),
        R("1.4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "note"),
        S("Раздел 2. Организация процесса"),
        R("2.1", "Кураторы ЦМН, чел.", "curators_total", "cur", textnum=True),
        R("2.2", "Соглашения с вузами / ССУЗ / школами", "agreements_edu_orgs", "agr"),
        R("2.3", "Соглашения с предприятиями", "agreements_enterprises", "agr"),
        R("2.4", "Соглашения с иными организациями (культура, молодёжная политика)", "agreements_other_orgs", "agr"),
        R("2.5", "Партнёры – организации (список)", "partner_list", "agr"),
        R("2.6", [("Количество наставников", B), (" (всего, по приказу)", I)], "mentors_total", "pairs", sum_next=5),
        R("2.6.1", "педагоги-наставники", "teachers_mentors", "pairs"),
        R("2.6.2", "обучающиеся 15–19 лет – наставники", "mentors_15_19", "pairs"),
        R("2.6.3", "наставники из внешних образовательных организаций", "external_edu_mentors", "agr",
          note="УдГУ – 2, ИжГТУ – 2, педколледж – 2"),
        R("2.6.4", "наставники – сотрудники предприятий", "enterprise_mentors", "agr"),
        R("2.6.5", "наставники из иных организаций", "other_org_mentors", "agr"),
        R("2.7", "Количество наставляемых (всего, по приказу)", "mentees_total", "pairs", textnum="sst"),
        N("2.8", "Проведено мероприятий по наставничеству, ед.", 12, "events"),
        S("Раздел 3. Персонализированные программы наставничества"),
        R("3.1", "ППН, всего", "pp_total", "pp", sum_next=6),
        R("3.1.1", "ученик – ученик", "pp_pupil_pupil", "pp"),
        R("3.1.2", "учитель – учитель", "pp_teacher_teacher", "pp"),
        R("3.1.3", "руководитель – педагог", "pp_head_teacher", "pp"),
        R("3.1.4", [("студент – уче", P), ("ник", P)], "pp_student_pupil", "pp", note="студенты педколледжа на практике"),
        R("3.1.5", "учитель – ученик", "pp_teacher_pupil", "pp"),
        R("3.1.6", "иная форма", "pp_other", "pp", note="выпускник – ученик"),
        S("Раздел 4. Обучающиеся"),
        R("4.1", "Обучающиеся 10–19 лет, всего", "students_10_19", textnum="sst"),
        R("4.2", [("Наставляемые 10–19 лет, ", B), ("вошедшие в программы наставничества", P)], "mentees_10_19", "pairs"),
        R("4.3", "из них «группа риска»", "mentees_risk", "pairs"),
        R("4.4", "из них одарённые (реестр)", "mentees_gifted", "pairs"),
        R("4.5", "из них с ОВЗ, инвалидностью", "mentees_disabled", "pairs"),
        R("4.6", "из них с низкой мотивацией / неуспевающие", "mentees_low_motivation", "pairs"),
        R("4.7", "из них испытывают трудности с выбором профессии", "mentees_career", "pairs"),
        R("4.8", "из них по иным основаниям", "mentees_other_params", "pairs"),
        R("4.9", "Доля наставляемых 10–19 лет", "share_mentees_10_19"),
        R("4.10", "Обучающиеся 15–19 лет, всего", "students_15_19"),
        R("4.11", "Доля наставников 15–19 лет", "share_mentors_15_19", textnum="13,66"),
        S("Раздел 5. Удовлетворённость"),
        R("5.1", [("Удовлетворённость настав", P), ("ляемых", B), (", %", P)], "satisfaction_mentees", "survey"),
        R("5.2", "Удовлетворённость наставников, %", "satisfaction_mentors", "survey"),
        S("Раздел 6. Педагоги"),
        R("6.1", "Молодые специалисты", "young_specialists"),
        R("6.2", "МС – наставляемые", "young_specialists_mentees", "pairs"),
        R("6.3", "Педагоги (кроме МС)", "teachers_other"),
        R("6.4", "Педагоги (кроме МС) – наставляемые", "teachers_other_mentees", "pairs"),
        R("6.5", "МС – наставники", "young_specialists_mentors", "pairs"),
        R("6.6", "Доля МС – наставников, %", "share_young_specialists_mentors"),
        R("6.7", "Обучение на КПК по наставничеству", "kpk_trained", "kpk", textnum=True),
        S("Раздел 7. Стимулирование"),
        R("7.1", "Положение о материальном стимулировании наставников", "pay_acts", "pay",
          note="раздел 4 Положения об оплате труда"),
        R("7.2", "Положение о нематериальной мотивации наставников", "nonmaterial_acts", "nonmat"),
    ]

    def disp(crit, v, opt):
        r = opt["_r"]
        if opt.get("sum_next"):
            n = opt["sum_next"]
            return Cell(v, t="f", f=f"SUM(C{r + 1}:C{r + n})", s="num"), {"formula": True}
        if crit in YESNO_ORG:
            return Cell("Да" if v else "Нет", s="textc"), {}
        tn = opt.get("textnum")
        if tn:
            if tn == "sst":
                return Cell(fmt_num(v), s="textc"), {"stored": "text (shared string)"}
            return Cell(v, s="textc", textnum=tn), {"stored": "text (t=\"str\")"}
        if isinstance(v, str):
            return Cell(v, s="text"), {}
        return Cell(v, s="num"), {}

    def hook(form, r, item):
        note = item[6].get("note")
        if note:
            form.sh.put(r, 5, Cell(note, s="text"))

    r = fill(f, 6, spec, dict(num=1, title=2, value=3, link=4), disp, plain_link, L, sec_span=5, hook=hook)
    # the mentor kinds and programme forms must sum to their totals for the SUM formulas' cached values
    o = f.o
    assert o["mentors_total"] == sum(o[k] for k in ("teachers_mentors", "mentors_15_19", "external_edu_mentors",
                                                    "enterprise_mentors", "other_org_mentors"))
    assert o["pp_student_student"] == 0
    sh.put(r + 1, 1, Cell("Сформировано: 20.01.2025 16:05:12", s="plain"))
    sh.widths = {1: 7, 2: 60, 3: 12, 4: 62, 5: 34}
    sh.merges += ["A1:E1", "A3:E3"]
    return f

# ---- 04: Excel for Mac 2011, date1904 ---------------------------------------------------------------------
def build_04():
    fname = "04_Верхнеключинская_ООШ_наставничество.xlsx"
    sh = Sheet("Лист1")
    org = "МБОУ «Верхнеключинская ООШ»"
    f = Form(fname, sh, org, "vk")
    L = dict(reg="https://disk.yandex.ru/i/Vk0sh_Polozhenie_nastav", mon="https://disk.yandex.ru/i/Vk0sh_Prikaz_monitoring",
             note="https://disk.yandex.ru/i/Vk0sh_Spravka_2024", cur="https://disk.yandex.ru/i/Vk0sh_Prikaz_kurator",
             agr="https://disk.yandex.ru/i/Vk0sh_Dogovory", pairs="https://disk.yandex.ru/i/Vk0sh_Prikaz_pary",
             pp="https://disk.yandex.ru/i/Vk0sh_PPN", survey="https://disk.yandex.ru/i/Vk0sh_Ankety",
             kpk="https://disk.yandex.ru/i/Vk0sh_KPK", nonmat="https://disk.yandex.ru/i/Vk0sh_Nematerialnoe",
             site="https://verhnekluch-oosh.gosuslugi.ru/nastavnichestvo/")
    D = dt.date
    sh.put(1, 1, Cell("Мониторинг реализации Целевой модели наставничества", s="title"))
    sh.put(2, 1, Cell(org, s="title"))
    sh.put(3, 1, Cell("Период: с", s="plain"))
    sh.put(3, 2, Cell(D(2024, 1, 1), s="date"))
    sh.put(3, 3, Cell("по", s="plain"))
    sh.put(3, 4, Cell(D(2024, 12, 31), s="date"))
    sh.put(4, 1, Cell("Дата заполнения:", s="plain"))
    sh.put(4, 2, Cell(D(2025, 1, 17), s="date"))
    for c, t in enumerate(["Показатель", "Значение", "Документ от", "Ссылка"], 1):
        sh.put(6, c, Cell(t, s="head"))
    spec = [
        S("Документы"),
        R("", "Положение о наставничестве педагогов", "orgs_regulation_teachers", "reg", date=D(2023, 8, 30)),
        R("", "Положение о наставничестве обучающихся", "orgs_regulation_students", "reg", date=D(2023, 8, 30)),
        R("", "Приказ о мониторинге наставничества", "orgs_monitoring_order", "mon", date=D(2024, 11, 5)),
        R("", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "note", date=D(2024, 12, 20)),
        S("Наставники и наставляемые"),
        R("", "Куратор ЦМН", "curators_total", "cur", date=D(2024, 9, 2)),
        R("", "Соглашения с ОО (МБОУ «Ключегорская СОШ № 3»)", "agreements_edu_orgs", "agr", date=D(2024, 9, 10)),
        R("", "Соглашения с предприятиями (СПК «Колхоз имени Мичурина»)", "agreements_enterprises", "agr", date=D(2024, 9, 12)),
        R("", "Партнёры", "partner_list", "agr"),
        R("", "Наставников (приказ)", "mentors_total", "pairs", date=D(2024, 9, 16)),
        R("", "из них педагогов", "teachers_mentors", "pairs"),
        R("", "из них учеников 15–19 лет", "mentors_15_19", "pairs"),
        R("", "из СОШ № 3", "external_edu_mentors", "pairs"),
        R("", "специалист СПК", "enterprise_mentors", "pairs"),
        R("", "Наставляемых (приказ)", "mentees_total", "pairs", date=D(2024, 9, 16)),
        S("Программы"),
        R("", "ППН всего", "pp_total", "pp", date=D(2024, 9, 20)),
        R("", "ученик – ученик", "pp_pupil_pupil", "pp"),
        R("", "учитель – учитель", "pp_teacher_teacher", "pp"),
        R("", "руководитель – педагог", "pp_head_teacher", "pp"),
        R("", "учитель – ученик", "pp_teacher_pupil", "pp"),
        R("", "иная (специалист СПК – ученик)", "pp_other", "pp"),
        S("Ученики"),
        N("", "Всего учеников в школе", 74),
        R("", "Учеников 10–19 лет", "students_10_19"),
        R("", "наставляемые 10–19 лет", "mentees_10_19", "pairs"),
        R("", "группа риска", "mentees_risk", "pairs"),
        R("", "ОВЗ", "mentees_disabled", "pairs"),
        R("", "низкая мотивация", "mentees_low_motivation", "pairs"),
        R("", "Доля, %", "share_mentees_10_19"),
        R("", "Учеников 15–19 лет", "students_15_19"),
        R("", "Доля наставников 15–19 лет, %", "share_mentors_15_19"),
        S("Учителя"),
        R("", "Всего педагогов", "teachers_municipal"),
        R("", "из них молодых специалистов", "young_specialists"),
        R("", "МС – наставляемые", "young_specialists_mentees", "pairs"),
        R("", "остальные педагоги – наставляемые", "teachers_other_mentees", "pairs"),
        R("", "Доля педагогов-наставников, %", "share_teachers_mentors"),
        R("", "Курсы по наставничеству (КПК)", "kpk_trained", "kpk", date=D(2024, 4, 12)),
        S("Удовлетворённость"),
        R("", "наставляемые", "satisfaction_mentees", "survey", date=D(2024, 12, 16)),
        R("", "наставники", "satisfaction_mentors", "survey", date=D(2024, 12, 16)),
        R("", "Положение о нематериальном поощрении наставников", "nonmaterial_acts", "nonmat", date=D(2024, 1, 22)),
        N("", "Раздел «Наставничество» на сайте школы", "есть", "site"),
    ]

    def disp(crit, v, opt):
        if crit in YESNO_ORG:
            return Cell("есть" if v else "нет", s="textc"), {}
        if isinstance(v, str):
            return Cell(v, s="text"), {}
        return Cell(v, s="pct" if isinstance(v, float) else "num"), {}

    def hook(form, r, item):
        d = item[6].get("date")
        if d:
            form.sh.put(r, 3, Cell(d, s="date"))
            form.date_cells.append((a1(r, 3), d))

    f.date_cells = [("B3", D(2024, 1, 1)), ("D3", D(2024, 12, 31)), ("B4", D(2025, 1, 17))]
    r = fill(f, 7, spec, dict(title=1, value=2, link=4), disp, plain_link, L, sec_span=4, hook=hook)
    sh.put(r + 1, 1, Cell("Директор школы: Перевощикова Н.А.", s="plain"))
    sh.widths = {1: 52, 2: 12, 3: 13, 4: 46}
    return f

# ---- 05: the region's Excel template filled by a program (EPPlus-like): three sheets out of file order -----
def build_05():
    fname = "05_СОШ5_форма_ЦМН-ОО_2024.xlsx"
    form_sh = Sheet("Форма ЦМН-ОО")
    org = "МБОУ «Ключегорская СОШ № 5»"
    f = Form(fname, form_sh, org, "s5")
    b = "https://school5-klg.ru/nastavnichestvo/"
    L = dict(reg=b + "docs/prikaz_154_ot_29.08.2024.pdf", mon=b + "docs/prikaz_201_monitoring.pdf",
             cur=b + "docs/prikaz_155_kuratory.pdf", agr=b + "partnery/", pairs=b + "docs/prikaz_160_pary.pdf",
             pp=b + "docs/prikaz_161_ppn.pdf", survey=b + "docs/ankety_itogi_2024.pdf",
             kpk=b + "docs/kpk_2024.pdf", shmo=b + "docs/prikaz_156_shmo.pdf",
             pay=b + "docs/polozhenie_stimul.pdf", nonmat=b + "docs/polozhenie_nematerialnoe.pdf")
    form_sh.put(1, 1, Cell("Форма ЦМН-ОО. Мониторинг реализации региональной целевой модели наставничества", s="title"))
    form_sh.put(2, 1, Cell("Отчётный год:", s="plain"))
    form_sh.put(2, 2, Cell(2024, s="plain"))
    form_sh.put(3, 1, Cell("ОО:", s="plain"))
    form_sh.put(3, 2, Cell(org, s="title"))
    for c, t in enumerate(["№ п/п", "Наименование критерия", "Значение", "Источник (ссылка на документ)"], 1):
        form_sh.put(5, c, Cell(t, s="head"))
    YN = " (1 - да / 0 - нет)"
    spec = [
        S("1. Нормативное обеспечение"),
        R("1.1.", "Положение о системе наставничества педагогов утверждено" + YN, "orgs_regulation_teachers", "reg"),
        R("1.2.", "Положение о системе наставничества обучающихся утверждено" + YN, "orgs_regulation_students", "reg"),
        R("1.3.", "Издан приказ о мониторинге ЦМН" + YN, "orgs_monitoring_order", "mon"),
        R("1.4.", "Информационная справка по итогам внутреннего мониторинга" + YN, "internal_monitoring_notes"),
        S("2. Организация процесса"),
        R("2.1.", "Кураторы по внедрению ЦМН, чел.", "curators_total", "cur"),
        R("2.2.", "Соглашения с образовательными организациями (наставники от партнёра), ед.", "agreements_edu_orgs", "agr"),
        R("2.3.", "Соглашения с предприятиями, ед.", "agreements_enterprises"),
        R("2.4.", "Соглашения с иными организациями, ед.", "agreements_other_orgs", "agr"),
        R("2.5.", "Перечень организаций-партнёров", "partner_list", "agr"),
        R("2.6.", "Наставники ОО по приказу, чел.", "mentors_total", "pairs"),
        R("2.7.", "Наставляемые ОО по приказу, чел.", "mentees_total", "pairs"),
        N("2.8.", "Наставнические пары (группы), ед.", 38, "pairs"),
        S("3. Персонализированные программы наставничества"),
        R("3.1.", "ППН по всем формам, ед.", "pp_total", "pp"),
        R("3.2.", "в т.ч. ученик – ученик", "pp_pupil_pupil", "pp"),
        R("3.3.", "в т.ч. учитель – учитель", "pp_teacher_teacher", "pp"),
        R("3.4.", "в т.ч. студент – студент", "pp_student_student"),
        R("3.5.", "в т.ч. руководитель – педагог", "pp_head_teacher", "pp"),
        R("3.6.", "в т.ч. студент – ученик", "pp_student_pupil", "pp"),
        R("3.7.", "в т.ч. учитель – ученик", "pp_teacher_pupil", "pp"),
        R("3.8.", "в т.ч. иные формы (указать в примечании)", "pp_other"),
        S("4. Внешние наставники"),
        R("4.1.", "Наставники из других образовательных организаций, чел.", "external_edu_mentors", "agr"),
        R("4.2.", "Наставники из иных организаций, чел.", "other_org_mentors", "agr"),
        R("4.3.", "Наставники с предприятий, чел.", "enterprise_mentors"),
        S("5. Обучающиеся 10–19 лет"),
        R("5.1.", "Всего обучающихся 10–19 лет, чел.", "students_10_19"),
        R("5.2.", "Из них наставляемые, чел.", "mentees_10_19", "pairs"),
        R("5.3.", "Доля, %", "share_mentees_10_19"),
        S("6. Обучающиеся 15–19 лет"),
        R("6.1.", "Всего обучающихся 15–19 лет, чел.", "students_15_19"),
        R("6.2.", "Из них наставники, чел.", "mentors_15_19", "pairs"),
        R("6.3.", "Доля, %", "share_mentors_15_19"),
        S("7. Удовлетворённость (по итогам анкетирования)"),
        R("7.1.", "Наставляемые, %", "satisfaction_mentees", "survey"),
        R("7.2.", "Наставники, %", "satisfaction_mentors", "survey"),
        S("8. Педагоги – наставляемые"),
        R("8.1.", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "young_specialists"),
        R("8.2.", "Молодые специалисты – наставляемые, чел.", "young_specialists_mentees", "pairs"),
        R("8.3.", "Педагоги, кроме молодых специалистов, чел.", "teachers_other"),
        R("8.4.", "Педагоги, кроме МС, – наставляемые, чел.", "teachers_other_mentees", "pairs"),
        R("8.5.", "Доля МС – наставляемых, %", "share_young_specialists_mentees"),
        R("8.6.", "Доля всех педагогов – наставляемых, %", "share_teachers_mentees"),
        S("9. Профессиональное развитие"),
        R("9.1.", "Педагоги в утверждённых ППН, чел.", "teachers_in_pp", "pp"),
        R("9.2.", "Прошли КПК по наставничеству за год, чел.", "kpk_trained", "kpk"),
        R("9.3.", "Методические объединения наставников в ОО, ед.", "school_methodical_associations", "shmo"),
        S("10. Педагоги – наставники"),
        R("10.1.", "Педагоги – наставники, чел.", "teachers_mentors", "pairs"),
        R("10.2.", "Молодые специалисты – наставники, чел.", "young_specialists_mentors", "pairs"),
        R("10.3.", "Доля педагогов – наставников, %", "share_teachers_mentors"),
        S("11. Стимулирование"),
        R("11.1.", "Локальные акты об оплате наставничества, ед.", "pay_acts", "pay"),
        R("11.2.", "Локальные акты о нематериальном поощрении, ед.", "nonmaterial_acts", "nonmat"),
    ]

    def disp(crit, v, opt):
        if isinstance(v, str):
            return Cell(v, s="text"), {}
        return Cell(v, s="pct" if isinstance(v, float) else "num"), {}

    r = fill(f, 6, spec, dict(num=1, title=2, value=3, link=4), disp, plain_link, L, sec_span=4)
    form_sh.put(r + 1, 2, Cell("Ответственный за заполнение: Касимова Р.Р., куратор ЦМН", s="plain"))
    form_sh.widths = {1: 7, 2: 66, 3: 12, 4: 52}
    form_sh.merges.append("A1:D1")

    instr = Sheet("Инструкция", state="hidden")
    lines = ["Инструкция по заполнению формы ЦМН-ОО",
             "1. Заполняется каждой образовательной организацией за отчётный календарный год.",
             "2. Лист «Титульный лист» заполняется полностью; наименование ОО указывается так же, как в уставе.",
             "3. На листе «Форма ЦМН-ОО» значения вносятся только в столбец «Значение» (числа без единиц измерения).",
             "4. Для критериев «наличие» указывается 1 (да) или 0 (нет).",
             "5. Доли указываются в процентах с двумя знаками после запятой.",
             "6. В столбце «Источник» указывается ссылка на документ на официальном сайте ОО.",
             "Пример заполнения строки:"]
    for i, t in enumerate(lines, 1):
        instr.put(i, 1, Cell(t, s="title" if i == 1 else "plain"))
    instr.put(10, 1, Cell("ОО: МБОУ «СОШ № __»", s="plain"))
    for c, t in enumerate(["№ п/п", "Наименование критерия", "Значение", "Источник (ссылка на документ)"], 1):
        instr.put(11, c, Cell(t, s="head"))
    instr.put(12, 1, Cell("2.6.", s="textc"))
    instr.put(12, 2, Cell("Наставники ОО по приказу, чел.", s="text"))
    instr.put(12, 3, Cell(15, s="num"))
    instr.put(12, 4, Cell("https://сайт-оо.рф/nastavnichestvo/prikaz.pdf", s="text"))
    instr.widths = {1: 10, 2: 60, 3: 12, 4: 44}

    titul = Sheet("Титульный лист")
    rows = [("Наименование ОО (полное)", "Муниципальное бюджетное общеобразовательное учреждение «Ключегорская средняя "
             "общеобразовательная школа № 5 с углублённым изучением отдельных предметов»"),
            ("Краткое наименование", org),
            ("Муниципальное образование", "Ключегорский муниципальный округ Удмуртской Республики"),
            ("Отчётный период", "2024 год"),
            ("Куратор ЦМН (ФИО, должность)", "Касимова Р.Р., заместитель директора по ВР"),
            ("Телефон", "8 (34155) 2-31-08")]
    titul.put(1, 1, Cell("ТИТУЛЬНЫЙ ЛИСТ", s="title"))
    for i, (k, v) in enumerate(rows, 3):
        titul.put(i, 1, Cell(k, s="text"))
        titul.put(i, 2, Cell(v, s="text"))
    titul.widths = {1: 34, 2: 80}
    f.extra_sheets = {"instr": instr, "titul": titul}
    return f

# ---- 06: LibreOffice Calc, hyperlinks shown as «документ», one HYPERLINK() ----------------------------------
def build_06():
    fname = "06_ДДТ_наставничество_2024.xlsx"
    sh = Sheet("Лист1")
    org = "МБУ ДО «Ключегорский дом детского творчества»"
    f = Form(fname, sh, org, "ddt")
    b = "https://ddt-klyuchegorsk.ru/wp-content/uploads/2024/"
    L = dict(reg=b + "09/Prikaz_72-od_Polozheniya.pdf", mon=b + "10/Prikaz_95-od_monitoring.pdf",
             note=b + "12/Spravka_vnutr_monitoring.pdf", cur=b + "09/Prikaz_73-od_kurator.pdf",
             agr=b + "09/Dogovory_partnery.pdf", pairs=b + "10/Prikaz_81-od_nastavniki.pdf",
             pp=b + "10/Prikaz_82-od_PPN.pdf", survey=b + "12/Anketirovanie_itogi.pdf",
             kpk=b + "05/Udostovereniya_KPK.pdf", shmo=b + "09/Prikaz_74-od_MO.pdf",
             pay=b + "01/Polozhenie_o_stimuliruyushchih.pdf", nonmat=b + "01/Polozhenie_o_pooshchrenii.pdf")
    sh.put(1, 1, Cell("Мониторинг ЦМН – 2024", s="title"))
    sh.put(2, 1, Cell(org, s="title"))
    for c, t in enumerate(["№", "Показатель", "Значение", "Подтверждение", "Примечание"], 1):
        sh.put(4, c, Cell(t, s="head"))
    spec = [
        S("I. Локальные акты"),
        R("1", "Положение о наставничестве педагогов ДО", "orgs_regulation_teachers", "reg", note="приказ № 72-од от 02.09.2024"),
        R("2", "Положение о наставничестве обучающихся (учащихся объединений)", "orgs_regulation_students", "reg"),
        R("3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "mon"),
        R("4", "Аналитическая справка по внутреннему мониторингу", "internal_monitoring_notes", "note"),
        S("II. Организация"),
        R("5", "Куратор ЦМН", "curators_total", "cur"),
        R("6", "Договоры с ОО СПО/ВО", "agreements_edu_orgs", "agr"),
        R("7", "Договоры с предприятиями", "agreements_enterprises", "agr"),
        R("8", "Договоры с учреждениями культуры и др.", "agreements_other_orgs", "agr"),
        R("9", "Партнёры", "partner_list", "agr", lines=True),
        R("10", "Наставники (приказ), всего", "mentors_total", "pairs"),
        R("11", "Наставляемые (приказ), всего", "mentees_total", "pairs", note="в т.ч. 4 обучающихся младше 10 лет"),
        R("12", "внешние наставники: преподаватели техникума", "external_edu_mentors", "agr"),
        R("13", "внешние наставники: специалисты предприятий", "enterprise_mentors", "agr"),
        R("14", "внешние наставники: работники ДК", "other_org_mentors", "agr"),
        S("III. ППН"),
        R("15", "ППН всего", "pp_total", "pp"),
        R("15.1", "педагог ДО – педагог ДО", "pp_teacher_teacher", "pp"),
        R("15.2", "руководитель – педагог", "pp_head_teacher", "pp"),
        R("15.3", "педагог – обучающийся", "pp_teacher_pupil", "pp"),
        R("15.4", "обучающийся – обучающийся", "pp_pupil_pupil", "pp"),
        R("15.5", "иная (специалист предприятия – обучающийся)", "pp_other", "pp"),
        S("IV. Обучающиеся"),
        N("16", "Обучающихся всего (по приказам о зачислении)", 1820),
        R("17", "из них 10–19 лет", "students_10_19"),
        R("18", "наставляемые 10–19 лет", "mentees_10_19", "pairs"),
        R("18.1", "одарённые", "mentees_gifted", "pairs"),
        R("18.2", "группа риска", "mentees_risk", "pairs"),
        R("18.3", "ОВЗ", "mentees_disabled", "pairs"),
        R("18.4", "профориентация", "mentees_career", "pairs"),
        R("18.5", "иные", "mentees_other_params", "pairs"),
        R("19", "Доля наставляемых 10–19 лет, %", "share_mentees_10_19"),
        R("20", "Обучающихся 15–19 лет", "students_15_19"),
        R("21", "наставники 15–19 лет", "mentors_15_19", "pairs"),
        R("22", "Доля наставников 15–19 лет, %", "share_mentors_15_19"),
        S("V. Педагоги"),
        R("23", "Педагогов ДО всего (вкл. совместителей)", "teachers_municipal"),
        R("24", "молодые специалисты", "young_specialists"),
        R("25", "молодые специалисты – наставляемые", "young_specialists_mentees", "pairs"),
        R("26", "педагоги-наставники", "teachers_mentors", "pairs"),
        R("27", "Доля педагогов-наставников, %", "share_teachers_mentors"),
        R("28", "КПК по наставничеству", "kpk_trained", "kpk"),
        S("VI. Удовлетворённость"),
        R("29", "Удовлетворённость наставляемых, %", "satisfaction_mentees", "survey", formula_link=True),
        R("30", "Удовлетворённость наставников, %", "satisfaction_mentors", "survey"),
        S("VII. Стимулирование"),
        R("31", "Положение о стимулирующих выплатах (наставничество)", "pay_acts", "pay"),
        R("32", "Положение о нематериальном поощрении", "nonmaterial_acts", "nonmat"),
    ]

    def disp(crit, v, opt):
        if crit in YESNO_ORG:
            return Cell("да" if v else "нет", s="textc"), {}
        if crit == "partner_list":
            return Cell("\n".join(f.o["partners"]), s="text"), {"joined": "lines"}
        if isinstance(v, str):
            return Cell(v, s="text"), {}
        return Cell(v, s="pct" if isinstance(v, float) else "num"), {}

    def linkcell(url, opt):
        if opt.get("formula_link"):
            return (Cell("документ", t="f", f=f'HYPERLINK("{url}","документ")', s="link"),
                    {"via": "HYPERLINK formula", "shown_text": "документ"})
        return Cell("документ", s="link", link=url), {"hyperlink": True, "shown_text": "документ"}

    def hook(form, r, item):
        note = item[6].get("note")
        if note:
            form.sh.put(r, 5, Cell(note, s="text"))

    r = fill(f, 5, spec, dict(num=1, title=2, value=3, link=4), disp, linkcell, L, sec_span=5, hook=hook)
    sh.put(r + 1, 2, Cell("Директор МБУ ДО «Ключегорский ДДТ» _________ Э.Р. Шамшурина", s="plain"))
    sh.widths = {1: 5.5, 2: 58, 3: 13, 4: 15, 5: 36}
    return f

# ---- 07: Excel 2016, shared formulas in the «Доля, %» column ----------------------------------------------
def build_07():
    fname = "07_СОШ7_ЦМН_2024.xlsx"
    sh = Sheet("ЦМН 2024")
    org = "МБОУ «Ключегорская СОШ № 7»"
    f = Form(fname, sh, org, "s7")
    h = "sosh7-klyuchegorsk-r18"
    L = dict(reg=gosweb(h, "31_402"), mon=gosweb(h, "31_417"), note=gosweb(h, "31_433"), cur=gosweb(h, "31_403"),
             agr=gosweb(h, "31_409"), pairs=gosweb(h, "31_411"), pp=gosweb(h, "31_412"), survey=gosweb(h, "31_434"),
             kpk=gosweb(h, "31_390"), shmo=gosweb(h, "31_404"), pay=gosweb(h, "31_377"), nonmat=gosweb(h, "31_378"))
    sh.put(1, 1, Cell(f"Информация о реализации целевой модели наставничества в {org} за 2024 год", s="title"))
    sh.merges.append("A1:F1")
    sh.put(2, 1, Cell("Ключегорский муниципальный округ", s="plain"))
    for c, t in enumerate(["№", "Показатель", "Значение / всего", "в т.ч. участвуют в наставничестве", "Доля, %",
                           "Ссылка на документ"], 1):
        sh.put(4, c, Cell(t, s="head"))

    def disp(crit, v, opt):
        if crit in YESNO_ORG:
            return Cell("Да" if v else "Нет", s="textc"), {}
        if isinstance(v, str):
            return Cell(v, s="text"), {}
        return Cell(v, s="pct" if isinstance(v, float) else "num"), {}

    def linkcell(url, opt):
        return Cell(url, s="link", link=url), {"hyperlink": True}

    cols = dict(num=1, title=2, value=3, link=6)
    pp_rows = []

    def hook(form, r, item):
        if item[3] and item[3].startswith("pp_") and item[3] != "pp_total":
            pp_rows.append((r, item[3]))

    spec1 = [
        S("1. Нормативное обеспечение"),
        R("1.1", "Положение о наставничестве педагогических работников", "orgs_regulation_teachers", "reg"),
        R("1.2", "Положение о наставничестве обучающихся", "orgs_regulation_students", "reg"),
        R("1.3", "Приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", "mon"),
        R("1.4", "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", "note"),
        S("2. Организация"),
        R("2.1", "Куратор ЦМН", "curators_total", "cur"),
        R("2.2", "Соглашения с образовательными организациями", "agreements_edu_orgs", "agr"),
        R("2.3", "Соглашения с предприятиями", "agreements_enterprises", "agr"),
        R("2.4", "Партнёры по наставничеству", "partner_list", "agr"),
        R("2.5", "Наставники по приказу", "mentors_total", "pairs"),
        R("2.6", "Наставляемые по приказу", "mentees_total", "pairs"),
        R("2.7", "Наставники из других ОО (педколледж)", "external_edu_mentors", "agr"),
        R("2.8", "Наставники с предприятий", "enterprise_mentors", "agr"),
        N("2.9", "Наставнических пар и групп", 41, "pairs"),
        S("3. Персонализированные программы наставничества"),
        R("3", "ППН всего", "pp_total", "pp"),
        R("3.1", "ученик – ученик", "pp_pupil_pupil", "pp"),
        R("3.2", "учитель – учитель", "pp_teacher_teacher", "pp"),
        R("3.3", "руководитель – педагог", "pp_head_teacher", "pp"),
        R("3.4", "студент – ученик", "pp_student_pupil", "pp"),
        R("3.5", "учитель – ученик", "pp_teacher_pupil", "pp"),
        R("3.6", "иная форма (наставник-работодатель – ученик)", "pp_other", "pp"),
    ]
    r = fill(f, 5, spec1, cols, disp, linkcell, L, sec_span=6, hook=hook)
    pp_total_row = r - 1 - len(pp_rows)
    # «Доля, %» of each programme form in all programmes: a shared formula (not a criterion)
    r0, r1 = pp_rows[0][0], pp_rows[-1][0]
    for i, (rr, crit) in enumerate(pp_rows):
        cached = round(f.o[crit] / f.o["pp_total"] * 100, 1)
        sh.put(rr, 5, Cell(cached, t="f", f=f"ROUND(C{rr}/C${pp_total_row}*100,1)" if i == 0 else None,
                           shared=(1, f"E{r0}:E{r1}") if i == 0 else (1, None), s="pct"))
    f.pp_share_rows = [rr for rr, _ in pp_rows]

    sh.put(r, 1, Cell("4. Охват наставничеством", s="sec"))
    sh.merges.append(f"A{r}:F{r}")
    f.exp["headings"].append("4. Охват наставничеством")
    r += 1
    blk = [("4.1", "Обучающиеся 10–19 лет: всего / из них наставляемые", "students_10_19", "mentees_10_19",
            "share_mentees_10_19"),
           ("4.2", "Обучающиеся 15–19 лет: всего / из них наставники", "students_15_19", "mentors_15_19",
            "share_mentors_15_19"),
           ("4.3", "Молодые специалисты (до 35 лет, стаж до 3 лет): всего / из них наставляемые", "young_specialists",
            "young_specialists_mentees", "share_young_specialists_mentees"),
           ("4.4", "Педагоги без МС: всего / из них наставляемые", "teachers_other", "teachers_other_mentees", None),
           ("4.5", "Педагогические работники всего (вкл. МС) / из них наставники", "teachers_municipal",
            "teachers_mentors", "share_teachers_mentors")]
    b0, b1 = r, r + len(blk) - 1
    rows_of = {}
    for i, (num, title, whole, part, shr) in enumerate(blk):
        rr = r + i
        rows_of[whole] = rr
        sh.put(rr, 1, Cell(num, s="textc"))
        sh.put(rr, 2, Cell(title, s="text"))
        f.val(whole, rr, 3, Cell(f.o[whole], s="num"))
        f.val(part, rr, 4, Cell(f.o[part], s="num"))
        cached = share(f.o[part], f.o[whole])
        cell = Cell(cached, t="f", f=f"ROUND(D{rr}/C{rr}*100,2)" if i == 0 else None,
                    shared=(0, f"E{b0}:E{b1}") if i == 0 else (0, None), s="pct")
        if shr:
            f.val(shr, rr, 5, cell, formula="shared", shared_master=(i == 0))
        else:
            sh.put(rr, 5, cell)
            f.block_nc_share = a1(rr, 5)
        f.lnk(part, rr, 6, L["pairs"], Cell(L["pairs"], s="link", link=L["pairs"]), hyperlink=True)
    r = b1 + 1
    ry, rt = rows_of["young_specialists"], rows_of["teachers_other"]
    sh.put(r, 1, Cell("4.6", s="textc"))
    sh.put(r, 2, Cell("Доля педагогов (МС и остальные) в роли наставляемых", s="text"))
    f.val("share_teachers_mentees", r, 5,
          Cell(f.o["share_teachers_mentees"], t="f", f=f"ROUND((D{ry}+D{rt})/(C{ry}+C{rt})*100,2)", s="pct"),
          formula=True)
    r += 1
    sh.put(r, 1, Cell("4.7", s="textc"))
    sh.put(r, 2, Cell("Молодые специалисты в роли наставника", s="text"))
    f.val("young_specialists_mentors", r, 4, Cell(f.o["young_specialists_mentors"], s="num"))
    f.lnk("young_specialists_mentors", r, 6, L["pairs"], Cell(L["pairs"], s="link", link=L["pairs"]), hyperlink=True)
    r += 1
    spec2 = [
        S("5. Удовлетворённость участием в программах"),
        R("5.1", "наставляемых, %", "satisfaction_mentees", "survey"),
        R("5.2", "наставников, %", "satisfaction_mentors", "survey"),
        S("6. Развитие и стимулирование"),
        R("6.1", "Педагоги в утверждённых ППН", "teachers_in_pp", "pp"),
        R("6.2", "КПК по наставничеству (2024 г.)", "kpk_trained", "kpk"),
        R("6.3", "ШМО наставников", "school_methodical_associations", "shmo"),
        R("6.4", "Положение об оплате наставничества", "pay_acts", "pay"),
        R("6.5", "Положение о нематериальном поощрении наставников", "nonmaterial_acts", "nonmat"),
    ]
    r = fill(f, r, spec2, cols, disp, linkcell, L, sec_span=6)
    sh.put(r + 1, 2, Cell("Исполнитель: Вострокнутова Е.С., зам. директора по УВР", s="plain"))
    sh.widths = {1: 5.7, 2: 56, 3: 13, 4: 16, 5: 10, 6: 64}
    return f

# ----------------------------------------------------------------------------------------------------------
# writers
CREATED = "2025-01-20T08:15:00Z"

def w_sheetjs(path, sh):
    """SheetJS-like: no styles/theme/sharedStrings parts, inline strings (a few t="str" without <f>), no
    <dimension>, no <sheetViews>, workbookPr codeName, a long list of image Defaults in [Content_Types]."""
    body = (XML_HEAD + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">' + cols_xml(sh)
            + sheet_data_xml(sh, strings="inline", styled=False) + merges_xml(sh) + "</worksheet>")
    defaults = [("xml", "application/xml"), ("bin", "application/vnd.ms-excel.sheet.binary.macroEnabled.main"),
                ("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"),
                ("data", "application/vnd.openxmlformats-officedocument.model+data"), ("bmp", "image/bmp"),
                ("png", "image/png"), ("gif", "image/gif"), ("emf", "image/x-emf"), ("wmf", "image/x-wmf"),
                ("jpg", "image/jpeg"), ("jpeg", "image/jpeg"), ("tif", "image/tiff"), ("tiff", "image/tiff"),
                ("pdf", "application/pdf"), ("rels", "application/vnd.openxmlformats-package.relationships+xml")]
    ct = content_types([("/xl/workbook.xml", CT_WB), ("/xl/worksheets/sheet1.xml", CT_SHEET),
                        ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)], defaults)
    wb = (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><workbookPr codeName="ThisWorkbook"/>'
          f'<sheets><sheet name="{esc(sh.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    write_zip(path, [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels_xml([("rId1", "officeDocument", "xl/workbook.xml", False),
                                  ("rId2", "metadata/core-properties", "docProps/core.xml", False),
                                  ("rId3", "extended-properties", "docProps/app.xml", False)]).replace(
            REL + "metadata/core-properties", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")),
        ("docProps/core.xml", core_xml("", "", CREATED)),
        ("docProps/app.xml", app_xml("SheetJS", [sh.name])),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml", False)])),
        ("xl/worksheets/sheet1.xml", body),
    ])

def std_pkg_rels():
    return rels_xml([("rId3", "extended-properties", "docProps/app.xml", False),
                     ("rId2", "metadata/core-properties", "docProps/core.xml", False),
                     ("rId1", "officeDocument", "xl/workbook.xml", False)]).replace(
        REL + "metadata/core-properties", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")

def w_implicit_r(path, sh):
    """A report generator that leaves out r on <row> and <c> (SheetJS's reader notes «SpreadSheetGear uses
    implicit r/c»): r only where a row or a cell jumps over an empty one."""
    sst = SST()
    data = sheet_data_xml(sh, sst=sst, r_mode="gaps")
    body = (XML_HEAD + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><dimension ref="{sh.dim()}"/>'
            '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>' + cols_xml(sh) + data + merges_xml(sh)
            + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '<pageSetup paperSize="9" orientation="landscape"/></worksheet>')
    wb = (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><bookViews><workbookView activeTab="0"/></bookViews>'
          f'<sheets><sheet name="{esc(sh.name)}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="125725"/></workbook>')
    write_zip(path, [
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", CT_WB), ("/xl/worksheets/sheet1.xml", CT_SHEET),
                                               ("/xl/styles.xml", CT_STY), ("/xl/sharedStrings.xml", CT_SST),
                                               ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)])),
        ("_rels/.rels", std_pkg_rels()),
        ("docProps/core.xml", core_xml("ИС «Электронная школа»", "", CREATED, title="Отчёт ЦМН")),
        ("docProps/app.xml", app_xml("SpreadsheetGear", [sh.name])),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml", False),
                                                 ("rId2", "styles", "styles.xml", False),
                                                 ("rId3", "sharedStrings", "sharedStrings.xml", False)])),
        ("xl/worksheets/sheet1.xml", body),
        ("xl/styles.xml", styles_xml(flavour="plain")),
        ("xl/sharedStrings.xml", sst_xml(sst)),
    ])

def w_phpspreadsheet(path, sh):
    """PhpSpreadsheet 1.x: xml:space="preserve" on <worksheet> and <workbook>, rows with spans, rich-text runs in
    sharedStrings (rFont, b val="true|false", i, strike, color, sz; <t xml:space="preserve">), sst without count,
    formulas with cached values, calcId 999999, «Unknown Creator» / «Untitled Spreadsheet», numbers as text."""
    sst = SST()
    ncols = max(c for _, c in sh.cells)
    data = sheet_data_xml(sh, sst=sst, row_attrs=lambda r, cols: f' spans="1:{ncols}"', textnum_as="str")
    cols = "<cols>" + "".join(f'<col min="{c}" max="{c}" width="{w}" customWidth="true" style="0"/>'
                              for c, w in sorted(sh.widths.items())) + "</cols>"
    body = (XML_HEAD + f'<worksheet xml:space="preserve" xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
            '<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/></sheetPr>'
            f'<dimension ref="{sh.dim()}"/>'
            '<sheetViews><sheetView tabSelected="1" workbookViewId="0" showGridLines="true" showRowColHeaders="1">'
            '<selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
            '<sheetFormatPr customHeight="true" defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0"/>'
            + cols + data + "<sheetProtection/>" + merges_xml(sh)
            + '<printOptions gridLines="false" gridLinesSet="true"/>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '<pageSetup paperSize="9" orientation="portrait" scale="100" fitToHeight="1" fitToWidth="1"/>'
            '<headerFooter differentOddEven="false" differentFirst="false" scaleWithDoc="true" alignWithMargins="true">'
            "<oddHeader></oddHeader><oddFooter></oddFooter><evenHeader></evenHeader><evenFooter></evenFooter>"
            "<firstHeader></firstHeader><firstFooter></firstFooter></headerFooter></worksheet>")
    wb = (XML_HEAD + f'<workbook xml:space="preserve" xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
          '<fileVersion appName="xl" lastEdited="4" lowestEdited="4" rupBuild="4505"/>'
          '<workbookPr codeName="ThisWorkbook"/>'
          '<bookViews><workbookView activeTab="0" autoFilterDateGrouping="1" firstSheet="0" minimized="0" '
          'showHorizontalScroll="1" showSheetTabs="1" showVerticalScroll="1" tabRatio="600" visibility="visible"/></bookViews>'
          f'<sheets><sheet name="{esc(sh.name)}" sheetId="1" r:id="rId4"/></sheets><definedNames/>'
          '<calcPr calcId="999999" calcMode="auto" calcCompleted="1" fullCalcOnLoad="0" forceFullCalc="0"/></workbook>')
    write_zip(path, [
        ("_rels/.rels", std_pkg_rels()),
        ("docProps/app.xml", app_xml("Microsoft Excel", [sh.name], version="12.0000",
                                     extra="<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")),
        ("docProps/core.xml", core_xml("Unknown Creator", "Unknown Creator", CREATED, title="Untitled Spreadsheet")),
        ("xl/theme/theme1.xml", MINI_THEME),
        ("xl/styles.xml", styles_xml(flavour="plain")),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId1", "styles", "styles.xml", False),
                                                 ("rId2", "theme", "theme/theme1.xml", False),
                                                 ("rId3", "sharedStrings", "sharedStrings.xml", False),
                                                 ("rId4", "worksheet", "worksheets/sheet1.xml", False)])),
        ("xl/worksheets/sheet1.xml", body),
        ("xl/sharedStrings.xml", sst_xml(sst, with_count=False, rich=php_rich_runs)),
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", CT_WB), ("/xl/worksheets/sheet1.xml", CT_SHEET),
                                               ("/xl/styles.xml", CT_STY), ("/xl/sharedStrings.xml", CT_SST),
                                               ("/xl/theme/theme1.xml", CT_THEME),
                                               ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)])),
    ])

MINI_THEME = (XML_HEAD + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
              '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
              '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2>'
              '<a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1>'
              '<a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3>'
              '<a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5>'
              '<a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink>'
              '<a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
              '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
              '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
              '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
              '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
              '<a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
              '<a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
              '<a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
              '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
              '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
              '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
              '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
              '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')

EXCEL_WS_ROOT = (f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
                 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
                 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
                 'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
                 'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
                 'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{UID}">')

def excel_row_attrs(ncols):
    return lambda r, cols: f' spans="1:{ncols}" x14ac:dyDescent="0.25"'

def w_mac2011(path, sh):
    """Excel for Mac 2011: <workbookPr date1904="1" .../>, dates stored as 1904 serials."""
    sst = SST()
    ncols = max(c for _, c in sh.cells)
    data = sheet_data_xml(sh, sst=sst, row_attrs=lambda r, cols: f' spans="1:{ncols}"', date1904=True)
    body = (XML_HEAD + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
            f'<dimension ref="{sh.dim()}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
            '<selection activeCell="B8" sqref="B8"/></sheetView></sheetViews>'
            '<sheetFormatPr baseColWidth="10" defaultRowHeight="15" x14ac:dyDescent="0"/>' + cols_xml(sh) + data
            + merges_xml(sh) + '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
            "</worksheet>")
    wb = (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
          '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/>'
          '<workbookPr date1904="1" showInkAnnotation="0" autoCompressPictures="0"/>'
          '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="25600" windowHeight="16060" tabRatio="500"/></bookViews>'
          f'<sheets><sheet name="{esc(sh.name)}" sheetId="1" r:id="rId1"/></sheets>'
          '<calcPr calcId="140001" concurrentCalc="0"/></workbook>')
    write_zip(path, [
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", CT_WB), ("/xl/worksheets/sheet1.xml", CT_SHEET),
                                               ("/xl/theme/theme1.xml", CT_THEME), ("/xl/styles.xml", CT_STY),
                                               ("/xl/sharedStrings.xml", CT_SST),
                                               ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)])),
        ("_rels/.rels", std_pkg_rels()),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId3", "styles", "styles.xml", False),
                                                 ("rId4", "sharedStrings", "sharedStrings.xml", False),
                                                 ("rId1", "worksheet", "worksheets/sheet1.xml", False),
                                                 ("rId2", "theme", "theme/theme1.xml", False)])),
        ("xl/workbook.xml", wb),
        ("xl/theme/theme1.xml", MINI_THEME),
        ("xl/styles.xml", styles_xml(font="Calibri", size="12", flavour="plain")),
        ("xl/worksheets/sheet1.xml", body),
        ("xl/sharedStrings.xml", sst_xml(sst)),
        ("docProps/core.xml", core_xml("Учитель", "Учитель", "2025-01-17T06:40:00Z")),
        ("docProps/app.xml", app_xml("Microsoft Macintosh Excel", [sh.name], version="14.0300",
                                     extra="<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")),
    ])

def excel_ws(sh, sst, uid, extra_tail="", tab_selected=True, hyperlinks_xml=""):
    ncols = max(c for _, c in sh.cells)
    data = sheet_data_xml(sh, sst=sst, row_attrs=excel_row_attrs(ncols))
    sel = ' tabSelected="1"' if tab_selected else ""
    return (XML_HEAD + EXCEL_WS_ROOT.replace("{UID}", uid) + f'<dimension ref="{sh.dim()}"/>'
            f'<sheetViews><sheetView{sel} workbookViewId="0"><selection activeCell="C6" sqref="C6"/></sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>' + cols_xml(sh) + data + merges_xml(sh)
            + hyperlinks_xml
            + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            + extra_tail + "</worksheet>")

def w_epplus_template(path, form_sh, instr, titul):
    """The region's Excel template, filled by a program that keeps the template's parts (EPPlus-like): workbook.xml
    lists Инструкция (hidden, worksheets/sheet2.xml), Титульный лист (sheet3.xml), Форма ЦМН-ОО (sheet1.xml);
    relationship ids out of order; Print_Area's localSheetId counts the workbook order."""
    sst = SST()
    s_form = excel_ws(form_sh, sst, "{7A0C1E52-3B44-4C2B-9F0E-5D1A8E3C2B10}",
                      extra_tail='<pageSetup paperSize="9" scale="80" fitToHeight="0" orientation="portrait"/>')
    s_instr = excel_ws(instr, sst, "{1B2D4C7E-0F9A-4E63-8C51-2A7D9B3E4F60}", tab_selected=False)
    s_titul = excel_ws(titul, sst, "{C3E5A7B9-1D2F-4A6B-8C0D-3E5F7A9B1C2D}", tab_selected=False)
    wb = (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
          'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
          'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
          'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
          'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
          '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
          '<workbookPr defaultThemeVersion="166925"/>'
          '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" '
          'firstSheet="1" activeTab="2"/></bookViews>'
          f'<sheets><sheet name="{esc(instr.name)}" sheetId="3" state="hidden" r:id="rId5"/>'
          f'<sheet name="{esc(titul.name)}" sheetId="1" r:id="rId2"/>'
          f'<sheet name="{esc(form_sh.name)}" sheetId="2" r:id="rId1"/></sheets>'
          f'<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">\'{esc(form_sh.name)}\'!$A$1:$D$70</definedName></definedNames>'
          '<calcPr calcId="191029"/></workbook>')
    write_zip(path, [
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", CT_WB),
                                               ("/xl/worksheets/sheet1.xml", CT_SHEET),
                                               ("/xl/worksheets/sheet2.xml", CT_SHEET),
                                               ("/xl/worksheets/sheet3.xml", CT_SHEET),
                                               ("/xl/theme/theme1.xml", CT_THEME), ("/xl/styles.xml", CT_STY),
                                               ("/xl/sharedStrings.xml", CT_SST),
                                               ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)])),
        ("_rels/.rels", std_pkg_rels()),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId4", "theme", "theme/theme1.xml", False),
                                                 ("rId1", "worksheet", "worksheets/sheet1.xml", False),
                                                 ("rId6", "sharedStrings", "sharedStrings.xml", False),
                                                 ("rId2", "worksheet", "worksheets/sheet3.xml", False),
                                                 ("rId5", "worksheet", "worksheets/sheet2.xml", False),
                                                 ("rId3", "styles", "styles.xml", False)])),
        ("xl/worksheets/sheet1.xml", s_form),
        ("xl/worksheets/sheet2.xml", s_instr),
        ("xl/worksheets/sheet3.xml", s_titul),
        ("xl/theme/theme1.xml", MINI_THEME),
        ("xl/styles.xml", styles_xml()),
        ("xl/sharedStrings.xml", sst_xml(sst)),
        ("docProps/core.xml", core_xml("ИРО УР", "", CREATED, title="Форма ЦМН-ОО")),
        ("docProps/app.xml", app_xml("Microsoft Excel", [instr.name, titul.name, form_sh.name], version="16.0300",
                                     extra="<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")),
    ])

def w_libreoffice(path, sh):
    """LibreOffice Calc 7.4: verbose row/col attributes, <f aca="false">, hyperlinks through the sheet's
    relationships (TargetMode="External"), workbookPr date1904="false", fileVersion appName="Calc"."""
    sst = SST()
    row_attrs = (lambda r, cols: ' customFormat="false" ht="12.8" hidden="false" customHeight="false" '
                 'outlineLevel="0" collapsed="false"')
    data = sheet_data_xml(sh, sst=sst, row_attrs=row_attrs, f_attrs=' aca="false"')
    cols = "<cols>" + "".join(
        f'<col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="{c}" min="{c}" style="0" width="{w}"/>'
        for c, w in sorted(sh.widths.items())) + "</cols>"
    links = sh.hyperlinks()
    rels = [(f"rId{i}", "hyperlink", url, True) for i, (ref, url) in enumerate(links, 1)]
    hl = "<hyperlinks>" + "".join(f'<hyperlink ref="{ref}" r:id="rId{i}"/>' for i, (ref, _) in enumerate(links, 1)) + "</hyperlinks>"
    body = (XML_HEAD + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
            'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
            'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr>'
            f'<dimension ref="{sh.dim()}"/>'
            '<sheetViews><sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true" showZeros="true" '
            'rightToLeft="false" tabSelected="true" showOutlineSymbols="true" defaultGridColor="true" view="normal" '
            'topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="100" '
            'workbookViewId="0"><selection pane="topLeft" activeCell="C6" activeCellId="0" sqref="C6"/></sheetView></sheetViews>'
            '<sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" '
            'outlineLevelCol="0"></sheetFormatPr>' + cols + data + merges_xml(sh) + hl
            + '<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" '
            'verticalCentered="false"/><pageMargins left="0.7875" right="0.7875" top="1.05277777777778" '
            'bottom="1.05277777777778" header="0.7875" footer="0.7875"/>'
            '<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1" pageOrder="downThenOver" '
            'orientation="portrait" blackAndWhite="false" draft="false" cellComments="none" horizontalDpi="300" '
            'verticalDpi="300" copies="1"/><headerFooter differentFirst="false" differentOddEven="false">'
            '<oddHeader>&amp;C&amp;"Times New Roman,Обычный"&amp;12&amp;A</oddHeader>'
            '<oddFooter>&amp;C&amp;"Times New Roman,Обычный"&amp;12Страница &amp;P</oddFooter></headerFooter>'
            "</worksheet>")
    wb = (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><fileVersion appName="Calc"/>'
          '<workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/>'
          '<bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" '
          'xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="500" firstSheet="0" activeTab="0"/></bookViews>'
          f'<sheets><sheet name="{esc(sh.name)}" sheetId="1" state="visible" r:id="rId2"/></sheets>'
          '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>')
    app = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
           "<TotalTime>37</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application>"
           "<AppVersion>15.0000</AppVersion></Properties>")
    core = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-16T11:20:31Z</dcterms:created><dc:creator></dc:creator>'
            '<dc:description></dc:description><dc:language>ru-RU</dc:language><cp:lastModifiedBy></cp:lastModifiedBy>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T14:02:11Z</dcterms:modified><cp:revision>4</cp:revision>'
            '<dc:subject></dc:subject><dc:title></dc:title></cp:coreProperties>')
    write_zip(path, [
        ("_rels/.rels", std_pkg_rels()),
        ("docProps/app.xml", app),
        ("docProps/core.xml", core),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId1", "styles", "styles.xml", False),
                                                 ("rId2", "worksheet", "worksheets/sheet1.xml", False),
                                                 ("rId3", "sharedStrings", "sharedStrings.xml", False)])),
        ("xl/worksheets/_rels/sheet1.xml.rels", rels_xml(rels)),
        ("xl/worksheets/sheet1.xml", body),
        ("xl/sharedStrings.xml", sst_xml(sst, font="Arial")),
        ("xl/styles.xml", styles_xml(font="Arial", size="10", flavour="lo")),
        ("xl/workbook.xml", wb),
        ("[Content_Types].xml", content_types(
            [("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml"),
             ("/docProps/app.xml", CT_APP), ("/docProps/core.xml", CT_CORE),
             ("/xl/_rels/workbook.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"),
             ("/xl/worksheets/_rels/sheet1.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"),
             ("/xl/worksheets/sheet1.xml", CT_SHEET), ("/xl/sharedStrings.xml", CT_SST), ("/xl/styles.xml", CT_STY),
             ("/xl/workbook.xml", CT_WB)],
            defaults=(("xml", "application/xml"), ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                      ("png", "image/png"), ("jpeg", "image/jpeg")))),
    ])

def w_excel2016(path, sh):
    """Excel 2016: shared formulas (<f t="shared" ref=… si=…> then <f t="shared" si=…/>) with cached values,
    calcChain.xml, typed URLs turned into hyperlinks (text = target), x14ac/xr namespaces."""
    sst = SST()
    links = sh.hyperlinks()
    hl = "<hyperlinks>" + "".join(
        f'<hyperlink ref="{ref}" r:id="rId{i}" xr:uid="{{5C1A{i:04d}-0B7E-4F1D-9A3C-2E6B8D0F{i:04d}}}"/>'
        for i, (ref, _) in enumerate(links, 1)) + "</hyperlinks>"
    body = excel_ws(sh, sst, "{00000000-0001-0000-0000-000000000000}", hyperlinks_xml=hl,
                    extra_tail='<pageSetup paperSize="9" orientation="portrait"/>')
    calc = [a1(r, c) for (r, c), cell in sorted(sh.cells.items(), key=lambda kv: (kv[0][0], kv[0][1])) if cell.t == "f"]
    calc_xml = (XML_HEAD + f'<calcChain xmlns="{NS_MAIN}">' + "".join(
        f'<c r="{ref}"' + (' i="1"' if i == 0 else "") + "/>" for i, ref in enumerate(calc)) + "</calcChain>")
    wb = (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
          'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
          'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
          'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
          'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
          '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
          '<workbookPr defaultThemeVersion="166925"/>'
          '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>'
          f'<sheets><sheet name="{esc(sh.name)}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>')
    write_zip(path, [
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", CT_WB), ("/xl/worksheets/sheet1.xml", CT_SHEET),
                                               ("/xl/theme/theme1.xml", CT_THEME), ("/xl/styles.xml", CT_STY),
                                               ("/xl/sharedStrings.xml", CT_SST), ("/xl/calcChain.xml", CT_CALC),
                                               ("/docProps/core.xml", CT_CORE), ("/docProps/app.xml", CT_APP)])),
        ("_rels/.rels", std_pkg_rels()),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", rels_xml([("rId3", "styles", "styles.xml", False),
                                                 ("rId2", "theme", "theme/theme1.xml", False),
                                                 ("rId1", "worksheet", "worksheets/sheet1.xml", False),
                                                 ("rId5", "calcChain", "calcChain.xml", False),
                                                 ("rId4", "sharedStrings", "sharedStrings.xml", False)])),
        ("xl/worksheets/_rels/sheet1.xml.rels", rels_xml([(f"rId{i}", "hyperlink", url, True)
                                                          for i, (_, url) in enumerate(links, 1)])),
        ("xl/worksheets/sheet1.xml", body),
        ("xl/theme/theme1.xml", MINI_THEME),
        ("xl/styles.xml", styles_xml()),
        ("xl/sharedStrings.xml", sst_xml(sst)),
        ("xl/calcChain.xml", calc_xml),
        ("docProps/core.xml", core_xml("Вострокнутова Е.С.", "Вострокнутова Е.С.", CREATED)),
        ("docProps/app.xml", app_xml("Microsoft Excel", [sh.name], version="16.0300",
                                     extra="<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")),
    ])

# ----------------------------------------------------------------------------------------------------------
WRITERS = [
    (build_01, lambda f, p: w_sheetjs(p, f.sh), "SheetJS"),
    (build_02, lambda f, p: w_implicit_r(p, f.sh), "implicit r (SpreadsheetGear-like)"),
    (build_03, lambda f, p: w_phpspreadsheet(p, f.sh), "PhpSpreadsheet"),
    (build_04, lambda f, p: w_mac2011(p, f.sh), "Excel for Mac 2011 (date1904)"),
    (build_05, lambda f, p: w_epplus_template(p, f.sh, f.extra_sheets["instr"], f.extra_sheets["titul"]),
     "Excel template filled by EPPlus"),
    (build_06, lambda f, p: w_libreoffice(p, f.sh), "LibreOffice Calc 7.4"),
    (build_07, lambda f, p: w_excel2016(p, f.sh), "Excel 2016"),
]

def check_wordings(forms):
    cat_words = set()
    for d in CAT.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if d.get(k):
                cat_words.add(d[k].strip().lower())
    for f in forms:
        for (r, c), cell in f.sh.cells.items():
            if isinstance(cell.v, str):
                assert cell.v.strip().lower() not in cat_words, (f.fname, cell.v)

def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    forms, expected, cells, checks = [], [], [], {}
    for build, write, writer in WRITERS:
        f = build()
        write(f, TYPED / f.fname)
        forms.append(f)
        expected.append(f.exp)
        cells += f.cells
        chk = {"writer": writer, "sheet": f.sh.name}
        if hasattr(f, "date_cells"):
            chk["dates"] = [{"cell": c, "date": d.isoformat()} for c, d in f.date_cells]
        if hasattr(f, "pp_share_rows"):
            chk["not_expected_share_cells"] = [f"E{r}" for r in f.pp_share_rows] + [f.block_nc_share]
        checks[f.exp["file"]] = chk
    check_wordings(forms)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "files": checks}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"wrote {len(forms)} files, {len(expected)} forms, {nv} values, {nl} links")

if __name__ == "__main__":
    main()
