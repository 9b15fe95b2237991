#!/usr/bin/env python3
"""heldout85: «dashboard» / «card» forms of the ЦМН monitoring for 2024.

Seven organisations of the invented муниципальный округ Кипрушинский район laid their 2024 form out as a grid of
small cards (title on top, the value in a big font, the document's link beside or under it), grouped under direction
banners merged across the whole width.  Fixed data, no randomness except a seeded generator for the cloud-link ids.

Writes typed/*.xlsx, expected.json and cells.json next to this file.
"""
import json
import pathlib
import random
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
TYPED = HERE / "typed"
# the folder is Tests/Fixtures/matching/heldout85, so the folder's parents[3] is the repository root
# (the file's parents[3] would be Tests/)
CRITERIA = HERE.parents[3] / "Templates/criteria.tsv"


def load_catalogue():
    rows = CRITERIA.read_text(encoding="utf-8").splitlines()
    head = rows[0].split("\t")
    out = {}
    for line in rows[1:]:
        if not line.strip():
            continue
        f = dict(zip(head, line.split("\t")))
        out[f["id"]] = f
    return out


CAT = load_catalogue()


def rnd(x, n):
    """Round half up, as Excel and people do."""
    q = Decimal(1).scaleb(-n)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def pct(a, b, n=2):
    return rnd(Decimal(a) * 100 / Decimal(b), n)


# ---------------------------------------------------------------------------------------------------------------
# links
# ---------------------------------------------------------------------------------------------------------------
RNG = random.Random(85)
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def tok(n):
    return "".join(RNG.choice(ALNUM) for _ in range(n))


def yadisk():
    return "https://disk.yandex.ru/i/" + tok(14)


def yadisk_dir():
    return "https://disk.yandex.ru/d/" + tok(14)


def mailcloud():
    return "https://cloud.mail.ru/public/" + tok(4) + "/" + tok(9)


def gdrive():
    return "https://drive.google.com/file/d/" + tok(33) + "/view?usp=sharing"


# which document proves which criterion, by default
DOC_OF = {
    "orgs_regulation_teachers": "pol_ped",
    "orgs_regulation_students": "pol_obuch",
    "orgs_monitoring_order": "prik_monit",
    "internal_monitoring_notes": "spravka",
    "curators_total": "prik_kurator",
    "programmes_total": "programmy",
    "agreements_edu_orgs": "soglash",
    "agreements_enterprises": "soglash",
    "agreements_other_orgs": "soglash",
    "partner_list": "soglash",
    "mentors_total": "prik_pary",
    "mentees_total": "prik_pary",
    "external_edu_mentors": "prik_vnesh",
    "enterprise_mentors": "prik_vnesh",
    "other_org_mentors": "prik_vnesh",
    "mentees_10_19": "prik_pary_uch",
    "mentees_risk": "prik_pary_uch",
    "mentees_gifted": "prik_pary_uch",
    "mentees_disabled": "prik_pary_uch",
    "mentees_low_motivation": "prik_pary_uch",
    "mentees_career": "prik_pary_uch",
    "mentees_other_params": "prik_pary_uch",
    "mentors_15_19": "prik_pary_uch",
    "students_15_19_in_programmes": "prik_pary_uch",
    "satisfaction_mentees": "anketa",
    "satisfaction_mentors": "anketa",
    "young_specialists_mentees": "prik_pary_ped",
    "teachers_other_mentees": "prik_pary_ped",
    "teachers_mentors": "prik_pary_ped",
    "young_specialists_mentors": "prik_pary_ped",
    "teachers_in_pp": "ppn",
    "kpk_trained": "kpk",
    "school_methodical_associations": "prik_mo",
    "pay_acts": "pol_oplata",
    "nonmaterial_acts": "pol_pooshr",
}
for _c in ("pp_total", "pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
           "pp_student_pupil", "pp_teacher_pupil", "pp_other"):
    DOC_OF[_c] = "ppn"


def gosweb(host, section, names):
    base = f"https://{host}.gosweb.gosuslugi.ru/{section}/"
    return {k: base + v for k, v in names.items()}


# ---------------------------------------------------------------------------------------------------------------
# cards
# ---------------------------------------------------------------------------------------------------------------
class K:
    """One card.  crit=None: a card that is no criterion (its title goes to not_criteria)."""

    def __init__(self, crit, title, value=None, show=None, fmt=None, doc=None, nolink=None, cap=None, chel=False):
        self.crit = crit
        self.title = title
        self.value = value
        self.show = show
        self.fmt = fmt
        self.doc = doc          # None: default document of the criterion; False: no link
        self.nolink = nolink    # text in the link cell when there is no link
        self.cap = cap          # caption under the value (layouts with a caption row)
        self.chel = chel        # show a count of people as «N чел.»


def display(form, card, value):
    """What the person typed for a value: (cell value, number format)."""
    if card.show is not None:
        return card.show, card.fmt
    cfg = form["cfg"]
    unit = CAT[card.crit]["unit"] if card.crit else "count"
    if unit == "yesno" or card.crit in ("orgs_regulation_teachers", "orgs_regulation_students",
                                         "orgs_monitoring_order", "internal_monitoring_notes"):
        yes, no = cfg["yes"]
        return (yes if value == 1 else no), None
    if unit == "count":
        if card.chel and cfg.get("chel"):
            return f"{value} чел.", None
        return value, None
    if unit == "share":
        mode = cfg["share"]
        if mode == "fmt2":
            return rnd(value / 100, 4), "0.00%"
        if mode == "fmt1":
            return rnd(value / 100, 3), "0.0%"
        if mode == "txt":
            return f"{value:.2f}".replace(".", ",") + " %", None
        if mode == "txt_nospace":
            return f"{value:.2f}".replace(".", ",") + "%", None
        if mode == "num":
            return value, "0.00"
    if unit == "level":
        mode = cfg["level"]
        if mode == "txt":
            return f"{value:g}".replace(".", ",") + " %", None
        if mode == "num":
            return value, None
        if mode == "fmt0":
            return rnd(value / 100, 2), "0%"
        if mode == "fmt1":
            return rnd(value / 100, 3), "0.0%"
    if unit == "list":
        return cfg.get("list_sep", "; ").join(value), None
    if unit == "text":
        return value, None
    raise ValueError((card.crit, unit))


def expected_value(crit, value):
    unit = CAT[crit]["unit"]
    if unit == "list":
        return "; ".join(value)
    if unit in ("share", "level"):
        return rnd(value, 2)
    return value


# ---------------------------------------------------------------------------------------------------------------
# styles
# ---------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="B7B7B7")
MED = Side(style="medium", color="5B7DB1")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_C = Alignment(wrap_text=True, horizontal="center", vertical="center")
WRAP_L = Alignment(wrap_text=True, horizontal="left", vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def box(ws, r1, c1, r2, c2, outer=MED):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = Border(
                left=outer if c == c1 else THIN,
                right=outer if c == c2 else THIN,
                top=outer if r == r1 else THIN,
                bottom=outer if r == r2 else THIN,
            )


def merge(ws, r1, c1, r2, c2):
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def ref(r, c):
    return f"{get_column_letter(c)}{r}"


class Ctx:
    """Collects what a form's cards put where."""

    def __init__(self, form, ws):
        self.form = form
        self.ws = ws
        self.values = {}
        self.links = {}
        self.not_criteria = []
        self.headings = []
        self.cells = []

    def url(self, card):
        if card.doc is False:
            return None
        key = card.doc if card.doc is not None else DOC_OF.get(card.crit) if card.crit else None
        if key is None:
            return None
        return self.form["docs"][key]

    def put_title(self, r, c, card, font=None, align=None, fill_hex=None):
        cell = self.ws.cell(r, c, card.title)
        cell.font = font or Font(name="Calibri", size=10, bold=True, color="1F3864")
        cell.alignment = align or WRAP_C
        if fill_hex:
            cell.fill = fill(fill_hex)
        return ref(r, c)

    def put_value(self, r, c, card, title_cell, size=20, align=CENTER):
        form = self.form
        value = card.value if card.value is not None else (form["V"][card.crit] if card.crit else None)
        shown, fmt = display(form, card, value)
        cell = self.ws.cell(r, c, shown)
        is_list = card.crit and CAT[card.crit]["unit"] == "list"
        cell.font = Font(name="Calibri", size=9 if is_list else size, bold=not is_list, color="000000")
        cell.alignment = WRAP_L if is_list else align
        if fmt:
            cell.number_format = fmt
        if card.crit:
            assert card.crit in CAT, card.crit
            assert card.crit not in self.values, (form["file"], card.crit)
            exp = expected_value(card.crit, value)
            self.values[card.crit] = exp
            self.cells.append({
                "file": "typed/" + form["file"], "sheet": self.ws.title, "cell": ref(r, c),
                "criterion": card.crit, "kind": "value", "expected": exp,
                "shown": shown, "number_format": fmt or "General",
                "title": card.title, "title_cell": title_cell,
            })
        else:
            self.not_criteria.append(card.title)
        return is_list

    def put_link(self, r, c, card, style, size=9, align=CENTER):
        url = self.url(card)
        cell = self.ws.cell(r, c)
        cell.alignment = align
        if url is None:
            cell.value = card.nolink if card.nolink is not None else None
            cell.font = Font(name="Calibri", size=size, italic=True, color="808080")
            return None
        shown = {"документ": "документ", "url": url, "ссылка": "ссылка", "(документ)": "(документ)",
                 "plain": url}[style]
        cell.value = shown
        if style != "plain":
            cell.hyperlink = url
            cell.font = Font(name="Calibri", size=size, color="0563C1", underline="single")
        else:
            cell.font = Font(name="Calibri", size=size, color="000000")
        if card.crit:
            self.links[card.crit] = url
            self.cells.append({
                "file": "typed/" + self.form["file"], "sheet": self.ws.title, "cell": ref(r, c),
                "criterion": card.crit, "kind": "link", "expected": url, "shown": shown,
                "hyperlink": style != "plain", "title": card.title,
            })
        return url


# ---------------------------------------------------------------------------------------------------------------
# card writers: (ctx, top row, left column, card) -> None.  Each layout has a fixed card size.
# ---------------------------------------------------------------------------------------------------------------
def card_A(ctx, r, c, card):
    """2 cols x 3 rows: title merged over 2 cols and 2 rows; value under it (left), link beside it (right)."""
    ws = ctx.ws
    merge(ws, r, c, r + 1, c + 1)
    t = ctx.put_title(r, c, card, fill_hex="DDEBF7")
    ctx.put_value(r + 2, c, card, t)
    ctx.put_link(r + 2, c + 1, card, "документ")
    box(ws, r, c, r + 2, c + 1)


def card_B(ctx, r, c, card):
    """2 cols x 4 rows: title (2x2 merge), value merged over 2 cols, the URL under it merged over 2 cols."""
    ws = ctx.ws
    merge(ws, r, c, r + 1, c + 1)
    t = ctx.put_title(r, c, card, font=Font(name="Arial", size=9, bold=True, color="595959"), fill_hex="F2F2F2")
    merge(ws, r + 2, c, r + 2, c + 1)
    ctx.put_value(r + 2, c, card, t, size=22)
    merge(ws, r + 3, c, r + 3, c + 1)
    ctx.put_link(r + 3, c, card, "url", size=8)
    box(ws, r, c, r + 3, c + 1, outer=Side(style="medium", color="70AD47"))


def card_C(ctx, r, c, card):
    """2 cols x 4 rows: title (2x2 merge), value left + «ссылка» right, a grey caption merged under both."""
    ws = ctx.ws
    merge(ws, r, c, r + 1, c + 1)
    t = ctx.put_title(r, c, card, font=Font(name="Calibri", size=9, bold=True, color="FFFFFF"), fill_hex="4472C4")
    ctx.put_value(r + 2, c, card, t, size=18)
    ctx.put_link(r + 2, c + 1, card, "ссылка")
    merge(ws, r + 3, c, r + 3, c + 1)
    cap = ws.cell(r + 3, c, card.cap)
    cap.font = Font(name="Calibri", size=8, italic=True, color="7F7F7F")
    cap.alignment = CENTER
    box(ws, r, c, r + 3, c + 1, outer=Side(style="thin", color="4472C4"))


def card_D(ctx, r, c, card):
    """2x2 block: title | value / «Ссылка» | URL as plain text."""
    ws = ctx.ws
    t = ctx.put_title(r, c, card, font=Font(name="Times New Roman", size=10, bold=False), align=WRAP_L,
                      fill_hex="FFF2CC")
    ctx.put_value(r, c + 1, card, t, size=16)
    lab = ws.cell(r + 1, c, "Ссылка")
    lab.font = Font(name="Times New Roman", size=9, italic=True, color="7F6000")
    lab.alignment = Alignment(horizontal="right", vertical="center")
    ctx.put_link(r + 1, c + 1, card, "plain", size=8, align=Alignment(wrap_text=True, vertical="center"))
    if ws.cell(r + 1, c + 1).value is None:
        ws.cell(r + 1, c + 1).value = "—"
    box(ws, r, c, r + 1, c + 1, outer=Side(style="medium", color="BF8F00"))


def card_E(ctx, r, c, card):
    """2 cols x 2 rows: title merged down over 2 rows in the left cell; value in its right neighbour, link under the value."""
    ws = ctx.ws
    merge(ws, r, c, r + 1, c)
    t = ctx.put_title(r, c, card, align=Alignment(wrap_text=True, horizontal="left", vertical="center"),
                      fill_hex="E2EFDA")
    ctx.put_value(r, c + 1, card, t, size=18)
    ctx.put_link(r + 1, c + 1, card, "документ")
    box(ws, r, c, r + 1, c + 1, outer=Side(style="medium", color="548235"))


def card_F(ctx, r, c, card):
    """Like A (2x2 title, value | «(документ)» under it); the grid around it has spacer rows and columns."""
    ws = ctx.ws
    merge(ws, r, c, r + 1, c + 1)
    t = ctx.put_title(r, c, card, font=Font(name="Calibri", size=10, bold=True, color="833C0B"), fill_hex="FBE5D6")
    ctx.put_value(r + 2, c, card, t, size=20)
    ctx.put_link(r + 2, c + 1, card, "(документ)")
    box(ws, r, c, r + 2, c + 1, outer=Side(style="thin", color="C55A11"))


def card_G(ctx, r, c, card):
    """1 col x 4 rows: title merged down over 2 rows, the value, the URL under the value."""
    ws = ctx.ws
    merge(ws, r, c, r + 1, c)
    t = ctx.put_title(r, c, card, font=Font(name="Calibri", size=10, bold=True, color="3A3838"), fill_hex="EDE7F6")
    ctx.put_value(r + 2, c, card, t, size=20)
    ctx.put_link(r + 3, c, card, "url", size=8)
    box(ws, r, c, r + 3, c, outer=Side(style="medium", color="7030A0"))


LAYOUTS = {
    # writer, card width (cols), card height (rows), row heights inside a card
    "A": (card_A, 2, 3, [24, 24, 34]),
    "B": (card_B, 2, 4, [22, 22, 38, 26]),
    "C": (card_C, 2, 4, [20, 20, 30, 14]),
    "D": (card_D, 2, 2, [48, 30]),
    "E": (card_E, 2, 2, [30, 18]),
    "F": (card_F, 2, 3, [22, 22, 32]),
    "G": (card_G, 1, 4, [22, 22, 34, 28]),
}


def grid(ctx, start_row, sections, layout, across, col0=1, spacer_col=0, spacer_row=0, after_banner=0,
         after_section=1, banner_cols=None, banner_fill="1F4E78", banner_font_color="FFFFFF"):
    writer, w, h, heights = LAYOUTS[layout]
    ws = ctx.ws
    first = col0
    last = col0 + across * w + (across - 1) * spacer_col - 1
    if banner_cols:
        first, last = banner_cols
    r = start_row
    for banner, cards in sections:
        if banner:
            merge(ws, r, first, r, last)
            b = ws.cell(r, first, banner)
            b.font = Font(name="Calibri", size=12, bold=True, color=banner_font_color)
            b.fill = fill(banner_fill)
            b.alignment = Alignment(horizontal="left", vertical="center", indent=1)
            ws.row_dimensions[r].height = 21
            ctx.headings.append(banner)
            r += 1 + after_banner
        for i in range(0, len(cards), across):
            chunk = cards[i:i + across]
            row_h = list(heights)
            for j, card in enumerate(chunk):
                c = col0 + j * (w + spacer_col)
                writer(ctx, r, c, card)
                if card.crit and CAT[card.crit]["unit"] == "list":
                    # the list needs room
                    k = {"A": 2, "B": 2, "C": 2, "D": 0, "E": 0, "F": 2, "G": 2}[layout]
                    row_h[k] = max(row_h[k], 110 if layout == "E" else 66)
            for k in range(h):
                ws.row_dimensions[r + k].height = row_h[k]
            r += h
            if i + across < len(cards):
                r += spacer_row
        r += after_section
    return r


# ---------------------------------------------------------------------------------------------------------------
# consistency of one organisation's figures
# ---------------------------------------------------------------------------------------------------------------
def derive(V, n=2):
    """Fill the shares and sums from the counts; assert parts <= wholes."""
    V = dict(V)
    ext = V.get("external_edu_mentors", 0) + V.get("enterprise_mentors", 0) + V.get("other_org_mentors", 0)
    assert V["mentors_total"] == V["teachers_mentors"] + V["mentors_15_19"] + ext, ("mentors", V["mentors_total"])
    assert V["mentees_total"] == V["mentees_10_19"] + V["young_specialists_mentees"] + V["teachers_other_mentees"]
    pp = sum(V.get(k, 0) for k in ("pp_pupil_pupil", "pp_teacher_teacher", "pp_student_student", "pp_head_teacher",
                                    "pp_student_pupil", "pp_teacher_pupil", "pp_other"))
    assert pp == V["pp_total"], ("pp", pp, V["pp_total"])
    cats = sum(V.get(k, 0) for k in ("mentees_risk", "mentees_gifted", "mentees_disabled", "mentees_low_motivation",
                                      "mentees_career", "mentees_other_params"))
    assert cats <= V["mentees_10_19"] <= V["students_10_19"]
    assert V["mentors_15_19"] <= V["students_15_19"] <= V["students_10_19"] + 40
    assert V["young_specialists_mentees"] <= V["young_specialists"]
    assert V["teachers_other_mentees"] <= V["teachers_other"]
    assert V.get("young_specialists_mentors", 0) <= V["young_specialists"]
    teachers = V["teachers_other"] + V["young_specialists"]
    assert V["teachers_mentors"] <= teachers
    assert V["teachers_in_pp"] <= teachers
    assert V["kpk_trained"] <= teachers
    V["teachers_municipal"] = teachers
    V["share_mentees_10_19"] = pct(V["mentees_10_19"], V["students_10_19"], n)
    V["share_mentors_15_19"] = pct(V["mentors_15_19"], V["students_15_19"], n)
    V["share_young_specialists_mentees"] = pct(V["young_specialists_mentees"], V["young_specialists"], n)
    V["share_teachers_mentees"] = pct(V["young_specialists_mentees"] + V["teachers_other_mentees"], teachers, n)
    V["share_teachers_mentors"] = pct(V["teachers_mentors"], teachers, n)
    V["share_young_specialists_mentors"] = pct(V.get("young_specialists_mentors", 0), V["young_specialists"], n)
    n_partners = V.get("agreements_edu_orgs", 0) + V.get("agreements_enterprises", 0) + V.get("agreements_other_orgs", 0)
    assert len(V["partner_list"]) == n_partners, ("partners", len(V["partner_list"]), n_partners)
    return V


YES = ["orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order", "internal_monitoring_notes"]


# ===============================================================================================================
# 01 — МБОУ «Кипрушинская СОШ № 1»: cards 2 across, link «документ» beside the value
# ===============================================================================================================
def form01():
    V = derive(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=2, mentors_total=46, mentees_total=78,
        agreements_edu_orgs=1, agreements_enterprises=2, agreements_other_orgs=1,
        partner_list=["БПОУ УР «Кипрушинский аграрно-технический колледж»", "АО «Кипрушинский механический завод»",
                      "ООО «Агрофирма «Кипруши»", "МБУ «Молодёжный центр «Импульс»"],
        pp_total=30, pp_pupil_pupil=12, pp_teacher_teacher=9, pp_head_teacher=2, pp_teacher_pupil=5, pp_other=2,
        teachers_in_pp=27,
        external_edu_mentors=3, enterprise_mentors=2, other_org_mentors=1,
        students_10_19=512, mentees_10_19=64, mentees_risk=7, mentees_gifted=15, mentees_disabled=5,
        mentees_low_motivation=18, mentees_career=12, mentees_other_params=7,
        students_15_19=148, mentors_15_19=19,
        satisfaction_mentees=92.4, satisfaction_mentors=89.7,
        young_specialists=9, young_specialists_mentees=8, teachers_other=58, teachers_other_mentees=6,
        teachers_mentors=21, young_specialists_mentors=1,
        kpk_trained=6, school_methodical_associations=1, pay_acts=1, nonmaterial_acts=1,
    ))
    host = "sh1-kiprushi-r18"
    docs = gosweb(host, "nasha-shkola/tselevaya-model-nastavnichestva", {
        "pol_ped": "Polozhenie_o_nastavnichestve_pedagogov_2024.pdf",
        "pol_obuch": "Polozhenie_o_nastavnichestve_obuchayushchikhsya_2024.pdf",
        "prik_monit": "Prikaz_112-od_o_monitoringe_CMN.pdf",
        "spravka": "Spravka_vnutrenniy_monitoring_CMN_2024.pdf",
        "prik_kurator": "Prikaz_98-od_o_naznachenii_kuratorov.pdf",
        "prik_pary": "Prikaz_125-od_o_zakreplenii_nastavnicheskikh_par.pdf",
        "prik_pary_uch": "Prikaz_125-od_o_zakreplenii_nastavnicheskikh_par.pdf",
        "prik_pary_ped": "Prikaz_126-od_nastavniki_pedagogov.pdf",
        "prik_vnesh": "Prikaz_127-od_vneshnie_nastavniki.pdf",
        "anketa": "Itogi_anketirovaniya_udovletvorennosti_2024.pdf",
        "prik_mo": "Prikaz_101-od_o_sozdanii_MO_nastavnikov.pdf",
        "pol_oplata": "Polozhenie_ob_oplate_truda_izm_2024.pdf",
        "pol_pooshr": "Polozhenie_o_nematerialnom_pooshchrenii_nastavnikov.pdf",
    })
    docs["soglash"] = yadisk_dir()
    docs["ppn"] = yadisk_dir()
    docs["kpk"] = yadisk_dir()
    S = [
        ("1. Нормативное обеспечение", [
            K("orgs_regulation_teachers", "Положение о системе наставничества пед. работников утверждено"),
            K("orgs_regulation_students", "Положение о наставничестве обучающихся утверждено"),
            K("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН в школе"),
            K("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга"),
        ]),
        ("2. Кадры и организация наставничества", [
            K("curators_total", "Кураторы внедрения ЦМН, чел."),
            K(None, "Наставнических пар / групп", 41, show=41, doc="prik_pary"),
            K("mentors_total", "Наставники (по приказу), всего"),
            K("mentees_total", "Наставляемые (по приказу), всего"),
            K("agreements_edu_orgs", "Соглашения с другими ОО (их педагоги — наставники)"),
            K("agreements_enterprises", "Соглашения с предприятиями"),
            K("agreements_other_orgs", "Соглашения с иными организациями"),
            K("partner_list", "Партнёры по наставничеству"),
        ]),
        ("3. Персонализированные программы наставничества (ППН)", [
            K("pp_total", "ППН всего (утверждены приказом)"),
            K("pp_pupil_pupil", "ППН «ученик – ученик»"),
            K("pp_teacher_teacher", "ППН «учитель – учитель»"),
            K("pp_head_teacher", "ППН «руководитель – педагог»"),
            K("pp_teacher_pupil", "ППН «учитель – ученик»"),
            K("pp_other", "ППН иной формы («работодатель – ученик»)"),
            K("teachers_in_pp", "Педагогов, участвующих в утверждённых ППН"),
        ]),
        ("4. Наставники из внешних организаций", [
            K("external_edu_mentors", "Наставники из других ОО (по приказу)"),
            K("enterprise_mentors", "Наставники — сотрудники предприятий"),
            K("other_org_mentors", "Наставники из иных организаций"),
        ]),
        ("5. Обучающиеся 10–19 лет", [
            K("students_10_19", "Обучающихся 10–19 лет, всего"),
            K("mentees_10_19", "Наставляемых 10–19 лет (в программах наставничества)"),
            K("share_mentees_10_19", "Доля наставляемых среди обучающихся 10–19 лет"),
            K("mentees_risk", "из них «группа риска»"),
            K("mentees_gifted", "из них одарённые дети (в реестрах)"),
            K("mentees_disabled", "из них дети с ОВЗ / дети-инвалиды"),
            K("mentees_low_motivation", "из них низкая мотивация, неуспевающие"),
            K("mentees_career", "из них проблемы с выбором профессии / траектории"),
        ]),
        ("6. Обучающиеся 15–19 лет — наставники", [
            K("students_15_19", "Обучающихся 15–19 лет, всего"),
            K("mentors_15_19", "Наставники из числа обучающихся 15–19 лет (по приказу)"),
            K("share_mentors_15_19", "Доля 15–19-летних в роли наставника"),
        ]),
        ("7. Удовлетворённость участников", [
            K("satisfaction_mentees", "Удовлетворённость наставляемых (завершённые программы)"),
            K("satisfaction_mentors", "Удовлетворённость наставников (завершённые программы)"),
        ]),
        ("8. Педагоги в роли наставляемых", [
            K("young_specialists", "Молодые специалисты (до 35 лет, стаж до 3 лет), всего"),
            K("young_specialists_mentees", "Молодые специалисты — наставляемые"),
            K("teachers_other", "Педагоги (кроме молодых специалистов), всего"),
            K("teachers_other_mentees", "Педагоги (кроме МС) — наставляемые"),
            K("share_teachers_mentees", "Доля педагогов-наставляемых (вкл. МС)"),
        ]),
        ("9. Профразвитие, педагоги-наставники", [
            K("kpk_trained", "Прошли КПК по наставничеству в 2024 г."),
            K("school_methodical_associations", "Методические объединения наставников"),
            K("teachers_mentors", "Педагоги-наставники"),
            K("share_teachers_mentors", "Доля педагогов-наставников"),
        ]),
        ("10. Стимулирование наставников", [
            K("pay_acts", "Локальные акты об оплате работы наставника"),
            K("nonmaterial_acts", "Локальные акты о нематериальном поощрении"),
            K(None, "Мероприятий по наставничеству за год", 12, show=12, doc=False),
        ]),
    ]

    def build(ctx):
        ws = ctx.ws
        for col, wd in zip("ABCD", (30, 16, 30, 16)):
            ws.column_dimensions[col].width = wd
        merge(ws, 1, 1, 1, 4)
        t = ws.cell(1, 1, "Мониторинг реализации целевой модели наставничества — 2024 год")
        t.font = Font(size=14, bold=True)
        t.alignment = CENTER
        ws.row_dimensions[1].height = 26
        merge(ws, 2, 1, 2, 2)
        lab = ws.cell(2, 1, "Образовательная организация:")
        lab.alignment = Alignment(horizontal="right")
        lab.font = Font(italic=True)
        merge(ws, 2, 3, 2, 4)
        ws.cell(2, 3, "МБОУ «Кипрушинская СОШ № 1»").font = Font(size=12, bold=True)
        merge(ws, 3, 1, 3, 4)
        n = ws.cell(3, 1, "Данные за 2024 календарный год. Крупно — значение, справа от него — ссылка на "
                          "подтверждающий документ.")
        n.font = Font(size=9, italic=True, color="7F7F7F")
        r = grid(ctx, 5, S, "A", 2)
        ws.cell(r + 1, 1, "Заполнил: заместитель директора по УВР Е.В. Шкляева, тел. 8 (34152) 4-12-37").font = \
            Font(size=9)
        ws.cell(r + 2, 1, "Дата заполнения: 15.11.2024").font = Font(size=9)
        ws.freeze_panes = "A5"

    return dict(file="01_СОШ1_дашборд_ЦМН_2024.xlsx", sheet="Дашборд ЦМН", org="МБОУ «Кипрушинская СОШ № 1»",
                V=V, docs=docs, cfg=dict(yes=("да", "нет"), share="fmt2", level="txt"), build=build,
                special="cards **2 across** (A:B | C:D); title merged over 2 cells × 2 rows, the value under it in "
                        "20 pt, a hyperlink «документ» beside the value; «из них …» titles for the mentee groups; "
                        "shares as fractions with `0.00%`, satisfaction as text «92,4 %»; the name in C2 beside the "
                        "label «Образовательная организация:»; a footer with who filled it and the date",
                layout="A")


# ===============================================================================================================
# 02 — МАОУ «Гимназия № 3»: cards 3 across, value merged under the title, URL shown under the value;
#      the organisation only in the big title
# ===============================================================================================================
def form02():
    V = derive(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=1, programmes_total=4, mentors_total=49, mentees_total=81,
        agreements_edu_orgs=2, agreements_enterprises=0, agreements_other_orgs=1,
        partner_list=["ФГБОУ ВО «Удмуртский государственный университет»",
                      "БПОУ УР «Кипрушинский педагогический колледж»", "АНО «Центр развития талантов «Вектор»"],
        external_edu_mentors=4, other_org_mentors=2, enterprise_mentors=0,
        pp_total=34, pp_pupil_pupil=15, pp_teacher_teacher=8, pp_head_teacher=2, pp_teacher_pupil=7, pp_other=2,
        students_10_19=468, mentees_10_19=71, mentees_gifted=29, mentees_career=21, mentees_low_motivation=9,
        mentees_risk=3, mentees_disabled=2, mentees_other_params=7,
        students_15_19=172, mentors_15_19=26,
        young_specialists=6, young_specialists_mentees=6, teachers_other=49, teachers_other_mentees=4,
        teachers_mentors=17, young_specialists_mentors=0, teachers_in_pp=25, kpk_trained=5,
        school_methodical_associations=1,
        satisfaction_mentees=94.1, satisfaction_mentors=91.3, pay_acts=1, nonmaterial_acts=2,
    ))
    docs = {k: yadisk() for k in ("pol_ped", "pol_obuch", "prik_monit", "spravka", "prik_kurator", "soglash",
                                  "prik_vnesh", "anketa", "prik_mo", "pol_oplata", "pol_pooshr")}
    docs["programmy"] = yadisk_dir()
    docs["ppn"] = yadisk_dir()
    docs["kpk"] = yadisk_dir()
    pairs = "https://gimn3-kiprushi-r18.gosweb.gosuslugi.ru/nasha-shkola/nastavnichestvo/prikaz-o-parah-2024/"
    docs["prik_pary"] = docs["prik_pary_uch"] = docs["prik_pary_ped"] = pairs
    S = [
        ("Ключевые цифры года", [
            K(None, "Участников ЦМН всего (наставники + наставляемые)", 130, show=130, doc=False),
            K("mentors_total", "Наставников по приказу"),
            K("mentees_total", "Наставляемых по приказу"),
        ]),
        ("1. Нормативное обеспечение и организация", [
            K("orgs_regulation_teachers", "Положение о наставничестве педагогов"),
            K("orgs_regulation_students", "Положение о наставничестве обучающихся"),
            K("orgs_monitoring_order", "Приказ о внутреннем мониторинге ЦМН"),
            K("internal_monitoring_notes", "Аналитическая справка (внутр. мониторинг)"),
            K("curators_total", "Куратор ЦМН"),
            K("programmes_total", "Программы наставничества по формам (без ППН)"),
        ]),
        ("2. Партнёры и внешние наставники", [
            K("agreements_edu_orgs", "Договоры с вузом и колледжем о наставниках"),
            K("agreements_enterprises", "Договоры с предприятиями", doc=False, nolink="—"),
            K("agreements_other_orgs", "Договоры с НКО и др. организациями"),
            K("partner_list", "С кем сотрудничаем"),
            K("external_edu_mentors", "Наставники из вуза и колледжа"),
            K("other_org_mentors", "Наставники из иных организаций (АНО «Вектор»)"),
        ]),
        ("3. Персонализированные программы (ППН)", [
            K("pp_total", "ППН, всего"),
            K("pp_pupil_pupil", "форма «ученик – ученик»"),
            K("pp_teacher_teacher", "форма «учитель – учитель»"),
            K("pp_head_teacher", "форма «руководитель – педагог»"),
            K("pp_teacher_pupil", "форма «учитель – ученик»"),
            K("pp_other", "иная форма («выпускник – гимназист»)"),
        ]),
        ("4. Гимназисты", [
            K("students_10_19", "Учащихся 10–19 лет"),
            K("mentees_10_19", "из них в роли наставляемых"),
            K("share_mentees_10_19", "Доля наставляемых 10–19 лет"),
            K("mentees_gifted", "Одарённые (реестр) — наставляемые"),
            K("mentees_career", "Выбор образовательной траектории / профессии"),
            K("mentees_low_motivation", "Низкая мотивация / неуспеваемость"),
            K("mentees_risk", "«Группа риска»"),
            K("mentees_disabled", "ОВЗ и инвалидность"),
            K("mentees_other_params", "Другие основания"),
            K("students_15_19", "Учащихся 15–19 лет"),
            K("mentors_15_19", "из них наставники (по приказу)"),
            K("share_mentors_15_19", "Доля наставников среди 15–19-летних"),
        ]),
        ("5. Педагоги", [
            K("young_specialists", "Молодых специалистов"),
            K("young_specialists_mentees", "МС с наставником (наставляемые)"),
            K("teachers_other", "Педагогов без учёта МС"),
            K("teachers_other_mentees", "Педагогов (не МС) — наставляемых"),
            K("share_teachers_mentees", "Доля педагогов-наставляемых"),
            K("teachers_mentors", "Педагогов-наставников"),
            K("share_teachers_mentors", "Доля педагогов-наставников"),
            K("teachers_in_pp", "Педагогов в ППН"),
            K("kpk_trained", "КПК по наставничеству (2024)"),
        ]),
        ("6. Оценка и поощрение", [
            K("satisfaction_mentees", "Удовлетворённость наставляемых, %"),
            K("satisfaction_mentors", "Удовлетворённость наставников, %"),
            K(None, "Публикаций о наставничестве на сайте", 9, show=9,
              doc=False, nolink="https://gimn3-kiprushi-r18.gosweb.gosuslugi.ru/nasha-shkola/nastavnichestvo/"),
            K("pay_acts", "Положение о доплатах наставникам"),
            K("nonmaterial_acts", "Акты о нематериальном поощрении"),
        ]),
    ]

    def build(ctx):
        ws = ctx.ws
        for i in range(1, 7):
            ws.column_dimensions[get_column_letter(i)].width = 19
        merge(ws, 1, 1, 2, 6)
        t = ws.cell(1, 1, "МАОУ «Гимназия № 3» · наставничество в цифрах · 2024")
        t.font = Font(name="Arial", size=22, bold=True, color="FFFFFF")
        t.fill = fill("375623")
        t.alignment = CENTER
        ws.row_dimensions[1].height = 30
        ws.row_dimensions[2].height = 30
        merge(ws, 3, 1, 3, 6)
        n = ws.cell(3, 1, "Итоги календарного 2024 года. Под каждой цифрой — ссылка на документ (сайт / облако).")
        n.font = Font(size=9, italic=True, color="595959")
        n.alignment = CENTER
        r = grid(ctx, 5, S, "B", 3, banner_fill="A9D08E", banner_font_color="000000")
        ws.cell(r + 1, 1, "Сформировано 19.11.2024. Ответственный: куратор ЦМН.").font = Font(size=9, italic=True)
        ws.sheet_view.showGridLines = False

    return dict(file="02_dashboard_CMN_2024.xlsx", sheet="Наставничество", org="МАОУ «Гимназия № 3»",
                V=V, docs=docs, cfg=dict(yes=("есть", "нет"), share="txt", level="num", list_sep="\n"),
                build=build,
                special="cards **3 across**; the value merged under the title in 22 pt, the **URL shown** under it; "
                        "the organisation **only in the big title merged over the grid** (A1:F2) — no field, no "
                        "signature, the file name is neutral; a first strip «Ключевые цифры года» (participants "
                        "total, mentors, mentees); ППН cards titled only «форма «ученик – ученик»» under the ППН banner; "
                        "«из них …» cards after the totals; shares as text «15,17 %», satisfaction as numbers under "
                        "«…, %»; the partner list one per line; gridlines off",
                layout="B")


# ===============================================================================================================
# 03 — МБОУ «Сосновоборская ООШ»: cards 4 across, value + «ссылка», a grey caption under each card
# ===============================================================================================================
def form03():
    V = derive(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=0,
        curators_total=1, mentors_total=9, mentees_total=12,
        agreements_edu_orgs=1, partner_list=["МБОУ «Кипрушинская СОШ № 1»"],
        external_edu_mentors=1,
        pp_total=6, pp_pupil_pupil=3, pp_teacher_teacher=2, pp_teacher_pupil=1,
        students_10_19=71, mentees_10_19=9, mentees_risk=2, mentees_disabled=1, mentees_low_motivation=4,
        mentees_career=2,
        students_15_19=13, mentors_15_19=3,
        young_specialists=2, young_specialists_mentees=2, teachers_other=14, teachers_other_mentees=1,
        teachers_mentors=5, teachers_in_pp=7, kpk_trained=2,
        satisfaction_mentees=88, satisfaction_mentors=90, pay_acts=0, nonmaterial_acts=1,
    ), n=1)
    docs = gosweb("sosnovobor-oosh-r18", "svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/nastavnichestvo", {
        "pol_ped": "polozhenie-nastavnichestvo-ped.pdf",
        "pol_obuch": "polozhenie-nastavnichestvo-obuch.pdf",
        "prik_monit": "prikaz-64-od-monitoring.pdf",
        "prik_kurator": "prikaz-58-od-kurator.pdf",
        "prik_pary": "prikaz-66-od-pary.pdf",
        "prik_pary_uch": "prikaz-66-od-pary.pdf",
        "prik_pary_ped": "prikaz-66-od-pary.pdf",
        "soglash": "soglashenie-sosh1.pdf",
        "prik_vnesh": "soglashenie-sosh1.pdf",
        "anketa": "anketirovanie-2024.pdf",
        "pol_pooshr": "polozhenie-o-pooshchrenii.pdf",
    })
    docs["ppn"] = mailcloud()
    docs["kpk"] = mailcloud()
    S = [
        ("1. Нормативка", [
            K("orgs_regulation_teachers", "Положение о наставничестве педработников", cap="прик. № 58-од от 30.08.2024"),
            K("orgs_regulation_students", "Положение о наставничестве обучающихся", cap="прик. № 58-од от 30.08.2024"),
            K("orgs_monitoring_order", "Приказ о мониторинге ЦМН", cap="№ 64-од от 09.09.2024"),
            K("internal_monitoring_notes", "Справка по внутр. мониторингу", doc=False, nolink="в работе",
              cap="будет в январе 2025"),
        ]),
        ("2. Кадры", [
            K("curators_total", "Куратор ЦМН", cap="чел."),
            K(None, "Наставники / наставляемые (по приказу)", show="9 / 12", doc="prik_pary", cap="чел."),
            K("agreements_edu_orgs", "Соглашение с СОШ № 1 (наставники)", cap="шт."),
            K("partner_list", "Партнёр", cap="сетевое взаимодействие"),
            K("external_edu_mentors", "Наставник из СОШ № 1", cap="чел."),
        ]),
        ("3. ППН", [
            K("pp_total", "ППН всего", cap="шт."),
            K("pp_pupil_pupil", "«ученик–ученик»", cap="шт."),
            K("pp_teacher_teacher", "«учитель–учитель»", cap="шт."),
            K("pp_teacher_pupil", "«учитель–ученик»", cap="шт."),
        ]),
        ("4. Дети", [
            K("students_10_19", "Обуч-ся 10–19 лет", cap="5–9 кл."),
            K("mentees_10_19", "Наставляемые 10–19 лет", cap="чел."),
            K("share_mentees_10_19", "Доля наставляемых 10–19", cap="9 из 71"),
            K("mentees_risk", "Группа риска", cap="чел."),
            K("mentees_disabled", "ОВЗ", cap="чел."),
            K("mentees_low_motivation", "Низкая мотивация", cap="чел."),
            K("mentees_career", "Выбор профессии", cap="чел."),
            K("students_15_19", "Обуч-ся 15–19 лет", cap="9 кл."),
            K("mentors_15_19", "Наставники 15–19 лет", cap="чел."),
            K("share_mentors_15_19", "Доля наставников 15–19", cap="3 из 13"),
        ]),
        ("5. Педагоги", [
            K("young_specialists", "Молодые специалисты", cap="чел."),
            K("young_specialists_mentees", "МС — наставляемые", cap="чел."),
            K("teachers_other", "Остальные педагоги", cap="чел."),
            K("teachers_other_mentees", "Педагоги (не МС) — наставляемые", cap="чел."),
            K("share_teachers_mentees", "Доля наставляемых педагогов", cap="3 из 16"),
            K("teachers_mentors", "Педагоги-наставники", cap="чел."),
            K("share_teachers_mentors", "Доля педагогов-наставников", cap="5 из 16"),
            K("teachers_in_pp", "Педагогов в ППН", cap="чел."),
            K("kpk_trained", "КПК по наставничеству", cap="чел., 2024 г."),
        ]),
        ("6. Итоги", [
            K("satisfaction_mentees", "Удовлетворённость наставляемых", cap="анкетирование, май 2024"),
            K("satisfaction_mentors", "Удовлетворённость наставников", cap="анкетирование, май 2024"),
            K("nonmaterial_acts", "Положение о нематериальном поощрении", cap="шт."),
            K("pay_acts", "Положение об оплате наставничества", doc=False, nolink="—", cap="нет (доплат нет)"),
        ]),
    ]

    def build(ctx):
        ws = ctx.ws
        for i in range(1, 9):
            ws.column_dimensions[get_column_letter(i)].width = 13 if i % 2 else 9
        merge(ws, 1, 1, 1, 8)
        t = ws.cell(1, 1, "Наставничество (ЦМН) — мониторинг 2024")
        t.font = Font(size=16, bold=True, color="1F3864")
        t.alignment = CENTER
        ws.row_dimensions[1].height = 28
        merge(ws, 3, 1, 3, 8)
        a = ws.cell(3, 1, "Образовательная организация")
        a.font = Font(size=9, bold=True, color="FFFFFF")
        a.fill = fill("4472C4")
        a.alignment = CENTER
        merge(ws, 4, 1, 4, 8)
        b = ws.cell(4, 1, "МБОУ «Сосновоборская ООШ»")
        b.font = Font(size=18, bold=True)
        b.alignment = CENTER
        ws.row_dimensions[4].height = 30
        box(ws, 3, 1, 4, 8, outer=Side(style="thin", color="4472C4"))
        grid(ctx, 6, S, "C", 4, banner_fill="D9E1F2", banner_font_color="1F3864")
        ws.sheet_view.showGridLines = False

    return dict(file="03_Сосновоборская ООШ - карточки.xlsx", sheet="Лист1", org="МБОУ «Сосновоборская ООШ»",
                V=V, docs=docs, cfg=dict(yes=("да", "нет"), share="fmt1", level="fmt0"), build=build,
                special="cards **4 across** (8 narrow columns); value left, hyperlink «ссылка» right, a grey caption "
                        "merged under each card («чел.», «9 из 71», the order's number); the organisation in a card of "
                        "its own at the top («Образовательная организация» over the name); mentors and mentees in "
                        "**one card «9 / 12»**; the monitoring note «нет» with «в работе» in the link cell; shares "
                        "with `0.0%` (one decimal stored: 0.127), satisfaction with `0%`; sheet «Лист1»",
                layout="C")


# ===============================================================================================================
# 04 — МБОУ «СОШ № 7 с УИОП»: 2x2 blocks «показатель | значение / Ссылка | url», 3 across
# ===============================================================================================================
def form04():
    V = derive(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=2, mentors_total=54, mentees_total=104,
        agreements_edu_orgs=1, agreements_enterprises=3, agreements_other_orgs=1,
        partner_list=["БПОУ УР «Кипрушинский политехнический техникум»", "АО «Кипрушинский механический завод»",
                      "ООО «Кипрушиагропром»", "ПАО «Ростелеком» (Кипрушинский участок)",
                      "МБУ «Центр молодёжной политики»"],
        external_edu_mentors=2, enterprise_mentors=4, other_org_mentors=2,
        pp_total=41, pp_pupil_pupil=17, pp_teacher_teacher=11, pp_head_teacher=3, pp_student_pupil=2,
        pp_teacher_pupil=6, pp_other=2,
        students_10_19=603, mentees_10_19=88, mentees_risk=9, mentees_gifted=24, mentees_disabled=6,
        mentees_low_motivation=21, mentees_career=17, mentees_other_params=11,
        students_15_19=181, mentors_15_19=22, students_15_19_in_programmes=31,
        young_specialists=11, young_specialists_mentees=9, teachers_other=63, teachers_other_mentees=7,
        teachers_mentors=24, young_specialists_mentors=2, teachers_in_pp=38, kpk_trained=8,
        school_methodical_associations=2,
        satisfaction_mentees=87.5, satisfaction_mentors=90.2, pay_acts=1, nonmaterial_acts=1,
    ))
    assert V["students_15_19_in_programmes"] >= V["mentors_15_19"]
    docs = {k: mailcloud() for k in ("pol_ped", "pol_obuch", "prik_monit", "spravka", "prik_kurator", "soglash",
                                     "prik_pary", "prik_vnesh", "prik_pary_uch", "prik_pary_ped", "ppn", "anketa",
                                     "kpk", "prik_mo", "pol_oplata", "pol_pooshr")}
    docs["prik_pary_uch"] = docs["prik_pary"]
    S = [
        ("Раздел 1. Нормативно-правовое обеспечение", [
            K("orgs_regulation_teachers", "1.1. Положение о системе наставничества пед. работников (1/0)", show=1),
            K("orgs_regulation_students", "1.2. Положение о системе наставничества обучающихся (1/0)", show=1),
            K("orgs_monitoring_order", "1.3. Приказ о мониторинге ЦМН (1/0)", show=1),
            K("internal_monitoring_notes", "1.4. Информ. справка по итогам внутр. мониторинга (1/0)", show=1),
        ]),
        ("Раздел 2. Организация наставничества", [
            K("curators_total", "2.1. Кол-во кураторов ЦМН"),
            K("mentors_total", "2.2. Кол-во наставников в базе ОО (по приказу)"),
            K("mentees_total", "2.3. Кол-во наставляемых в базе ОО (по приказу)"),
            K(None, "2.4. Кол-во наставнических пар (групп)", 63, show=63, doc="prik_pary"),
            K("agreements_edu_orgs", "2.5. Соглашения с ОО (СПО) о предоставлении наставников"),
            K("agreements_enterprises", "2.6. Соглашения с предприятиями"),
            K("agreements_other_orgs", "2.7. Соглашения с иными организациями"),
            K("partner_list", "2.8. Перечень организаций-партнёров"),
            K("external_edu_mentors", "2.9. Наставники из внешних ОО"),
            K("enterprise_mentors", "2.10. Наставники с предприятий"),
            K("other_org_mentors", "2.11. Наставники из иных организаций"),
        ]),
        ("Раздел 3. Персонализированные программы наставничества", [
            K("pp_total", "3.1. ППН по всем формам"),
            K("pp_pupil_pupil", "3.2. ППН ученик–ученик"),
            K("pp_teacher_teacher", "3.3. ППН учитель–учитель"),
            K("pp_head_teacher", "3.4. ППН руководитель–педагог"),
            K("pp_student_pupil", "3.5. ППН студент–ученик"),
            K("pp_teacher_pupil", "3.6. ППН учитель–ученик"),
        ]),
        ("Раздел 4. Обучающиеся", [
            K("students_10_19", "4.1. Общее кол-во обучающихся 10–19 лет"),
            K("mentees_10_19", "4.2. Обучающиеся 10–19 лет — наставляемые"),
            K("share_mentees_10_19", "4.3. Доля наставляемых 10–19 лет, %"),
            K("mentees_risk", "4.4. в т.ч. «группа риска»"),
            K("mentees_gifted", "4.5. в т.ч. одарённые (реестр)"),
            K("mentees_disabled", "4.6. в т.ч. ОВЗ, дети-инвалиды"),
            K("mentees_low_motivation", "4.7. в т.ч. низкая мотивация / неуспеваемость"),
            K("mentees_career", "4.8. в т.ч. проблемы выбора проф. траектории"),
            K("students_15_19", "4.10. Общее кол-во обучающихся 15–19 лет"),
            K("mentors_15_19", "4.11. Обучающиеся 15–19 лет — наставники (приказ)"),
            K("students_15_19_in_programmes", "4.12. Обучающиеся 15–19 лет, вошедшие в программы наставничества "
                                              "(в любой роли)"),
            K("share_mentors_15_19", "4.13. Доля обучающихся 15–19 лет — наставников, %"),
        ]),
        ("Раздел 5. Педагогические кадры", [
            K("young_specialists", "5.1. Молодые специалисты (до 35 лет, стаж до 3 лет)"),
            K("young_specialists_mentees", "5.2. МС — наставляемые"),
            K("teachers_other", "5.4. Педагоги, кроме МС"),
            K("teachers_other_mentees", "5.5. Педагоги, кроме МС, — наставляемые"),
            K("share_teachers_mentees", "5.6. Доля педагогов-наставляемых (вкл. МС), %"),
            K(None, "5.7. Педработников всего (вкл. внешних совместителей)", 79, show=79, doc=False),
            K("teachers_mentors", "5.8. Педагоги-наставники"),
            K("young_specialists_mentors", "5.9. МС — наставники"),
            K("share_teachers_mentors", "5.10. Доля педагогов-наставников, %"),
            K("teachers_in_pp", "5.11. Педагоги, участвующие в ППН"),
            K("kpk_trained", "5.12. КПК по наставничеству (2024)"),
            K("school_methodical_associations", "5.13. МО наставников"),
        ]),
        ("Раздел 6. Удовлетворённость и стимулирование", [
            K("satisfaction_mentees", "6.1. Удовлетворённость наставляемых, %"),
            K("satisfaction_mentors", "6.2. Удовлетворённость наставников, %"),
            K("pay_acts", "6.3. Локальные акты об оплате наставничества"),
            K("nonmaterial_acts", "6.4. Локальные акты о нематериальном поощрении"),
        ]),
    ]

    def build(ctx):
        ws = ctx.ws
        for i in range(1, 7):
            ws.column_dimensions[get_column_letter(i)].width = 30 if i % 2 else 21
        merge(ws, 1, 1, 1, 6)
        t = ws.cell(1, 1, "Мониторинг целевой модели наставничества. Отчётный период: 2024 год")
        t.font = Font(name="Times New Roman", size=14, bold=True)
        t.alignment = CENTER
        ws.row_dimensions[1].height = 24
        ws.cell(2, 1, "ОО: МБОУ «СОШ № 7 с УИОП»").font = Font(name="Times New Roman", size=12, bold=True)
        merge(ws, 3, 1, 3, 6)
        n = ws.cell(3, 1, "Каждый блок: показатель | значение; ниже — ссылка на документ (URL).")
        n.font = Font(name="Times New Roman", size=9, italic=True)
        r = grid(ctx, 5, S, "D", 3, spacer_row=0, after_section=1, banner_fill="FFE699", banner_font_color="000000")
        ws.cell(r + 1, 1, "Директор ______________ / Р.М. Галиева /").font = Font(name="Times New Roman", size=11)
        ws.cell(r + 2, 1, "21.11.2024").font = Font(name="Times New Roman", size=11)

    return dict(file="04_СОШ7_блоки_2х2.xlsx", sheet="ЦМН-2024", org="МБОУ «СОШ № 7 с УИОП»",
                V=V, docs=docs, cfg=dict(yes=(1, 0), share="num", level="num"), build=build,
                special="**2×2 blocks** «показатель | значение / Ссылка | URL», 3 across (A:B, C:D, E:F), numbered "
                        "«2.3.» titles; the URL is **plain text** (no hyperlink), «—» where no document; yes/no as "
                        "1 under «(1/0)»; shares and satisfaction as plain numbers under «…, %»; the name in one cell "
                        "«ОО: МБОУ «СОШ № 7 с УИОП»»; «в т.ч.» cards; signature and date at the bottom",
                layout="D")


# ===============================================================================================================
# 05 — МБОУ «Лицей № 2»: the value in the title cell's right neighbour, the link under the value; 3 across
# ===============================================================================================================
def form05():
    V = derive(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        pay_acts=1, nonmaterial_acts=1,
        curators_total=2, mentors_total=61, mentees_total=70, teachers_mentors=19, young_specialists_mentors=1,
        school_methodical_associations=1, kpk_trained=7,
        agreements_edu_orgs=2, agreements_enterprises=2, agreements_other_orgs=0,
        partner_list=["ФГБОУ ВО «ИжГТУ имени М.Т. Калашникова»", "ФГБОУ ВО «Удмуртский государственный университет»",
                      "АО «Кипрушинский механический завод»", "ООО «Кипруши-Софт»"],
        external_edu_mentors=5, enterprise_mentors=3, other_org_mentors=0,
        pp_total=38, pp_pupil_pupil=18, pp_teacher_teacher=6, pp_head_teacher=2, pp_teacher_pupil=9,
        pp_student_pupil=3, teachers_in_pp=24,
        students_10_19=590, mentees_10_19=62, mentees_gifted=31, mentees_career=14, mentees_low_motivation=6,
        mentees_disabled=3, mentees_risk=2, mentees_other_params=6,
        students_15_19=215, mentors_15_19=34,
        young_specialists=5, young_specialists_mentees=5, teachers_other=52, teachers_other_mentees=3,
        satisfaction_mentees=95.0, satisfaction_mentors=93.6,
    ))
    site = "https://licey2-kiprushi.ru/upload/nastavnichestvo/2024/"
    docs = {
        "pol_ped": site + "polozhenie_ped.pdf", "pol_obuch": site + "polozhenie_obuch.pdf",
        "prik_monit": site + "prikaz_203_monitoring.pdf", "spravka": site + "spravka_itogi_2024.pdf",
        "pol_oplata": site + "polozhenie_stimul_vyplaty.pdf", "pol_pooshr": site + "polozhenie_pooshchrenie.pdf",
        "prik_kurator": site + "prikaz_190_kuratory.pdf", "prik_pary": site + "prikaz_211_pary.pdf",
        "prik_pary_ped": site + "prikaz_211_pary.pdf", "prik_pary_uch": site + "prikaz_211_pary.pdf",
        "prik_mo": site + "prikaz_192_mo_nastavnikov.pdf", "kpk": yadisk_dir(), "soglash": yadisk_dir(),
        "prik_vnesh": site + "prikaz_212_vneshnie.pdf", "ppn": yadisk_dir(), "anketa": gdrive(),
    }
    S = [
        ("1. Документы лицея", [
            K("orgs_regulation_teachers", "Положение о наставничестве (педагоги)"),
            K("orgs_regulation_students", "Положение о наставничестве (обучающиеся)"),
            K("orgs_monitoring_order", "Приказ о мониторинге ЦМН"),
            K("internal_monitoring_notes", "Справка по внутреннему мониторингу"),
            K("pay_acts", "Положение о стимулирующих выплатах наставникам"),
            K("nonmaterial_acts", "Положение о нематериальном поощрении наставников"),
        ]),
        ("2. Кадры ЦМН", [
            K("curators_total", "Кураторы ЦМН", chel=True),
            K("mentors_total", "Наставники (приказ)", chel=True),
            K("mentees_total", "Наставляемые (приказ)", chel=True),
            K("teachers_mentors", "Педагоги-наставники", chel=True),
            K("young_specialists_mentors", "Молодые специалисты-наставники", chel=True),
            K("teachers_municipal", "Педагогических работников всего (вкл. молодых спец.)", chel=True),
            K("share_teachers_mentors", "Доля педагогов-наставников"),
            K("school_methodical_associations", "МО наставников лицея"),
            K("kpk_trained", "Прошли КПК (наставничество), 2024", chel=True),
        ]),
        ("3. Внешние партнёры", [
            K("agreements_edu_orgs", "Соглашения с вузами"),
            K("agreements_enterprises", "Соглашения с предприятиями"),
            K("partner_list", "Партнёры"),
            K("external_edu_mentors", "Наставники из вузов", chel=True),
            K("enterprise_mentors", "Наставники от предприятий", chel=True),
        ]),
        ("4. Персонализированные программы", [
            K("pp_total", "ППН — всего"),
            K("pp_pupil_pupil", "ППН ученик – ученик"),
            K("pp_teacher_teacher", "ППН учитель – учитель"),
            K("pp_head_teacher", "ППН руководитель – педагог"),
            K("pp_teacher_pupil", "ППН учитель – ученик"),
            K("pp_student_pupil", "ППН студент – ученик (студенты ИжГТУ)"),
            K("teachers_in_pp", "Педагогов, участвующих в ППН", chel=True),
        ]),
        ("5. Лицеисты", [
            K("students_10_19", "Лицеистов 10–19 лет", chel=True),
            K("mentees_10_19", "Наставляемые 10–19 лет", chel=True),
            K("share_mentees_10_19", "Доля наставляемых 10–19 лет"),
            K("mentees_gifted", "одарённые (реестр)", chel=True),
            K("mentees_career", "выбор проф. траектории", chel=True),
            K("mentees_low_motivation", "низкая мотивация к учёбе", chel=True),
            K("mentees_disabled", "ОВЗ / инвалидность", chel=True),
            K("mentees_risk", "«группа риска»", chel=True),
            K("students_15_19", "Лицеистов 15–19 лет", chel=True),
            K("mentors_15_19", "Лицеисты-наставники 15–19 лет", chel=True),
            K("share_mentors_15_19", "Доля лицеистов-наставников 15–19 лет"),
        ]),
        ("6. Молодые специалисты и педагоги", [
            K("young_specialists", "Молодых специалистов", chel=True),
            K("young_specialists_mentees", "МС-наставляемые", chel=True),
            K("teachers_other", "Педагоги (без МС)", chel=True),
            K("teachers_other_mentees", "Педагоги (без МС) — наставляемые", chel=True),
            K("share_teachers_mentees", "Доля педагогов-наставляемых"),
        ]),
        ("7. Удовлетворённость", [
            K("satisfaction_mentees", "Удовлетворённость наставляемых"),
            K("satisfaction_mentors", "Удовлетворённость наставников"),
            K(None, "Победители школьного конкурса «Наставник года»", 2, show="2 чел.", doc=False),
        ]),
    ]

    def build(ctx):
        ws = ctx.ws
        for i in range(1, 7):
            ws.column_dimensions[get_column_letter(i)].width = 27 if i % 2 else 17
        merge(ws, 1, 1, 1, 6)
        t = ws.cell(1, 1, "Реализация ЦМН в 2024 году — сводные показатели")
        t.font = Font(size=15, bold=True, color="375623")
        t.alignment = CENTER
        ws.row_dimensions[1].height = 26
        ws.cell(2, 1, "Учреждение:").font = Font(italic=True)
        ws.cell(2, 1).alignment = Alignment(horizontal="right")
        merge(ws, 2, 2, 2, 4)
        ws.cell(2, 2, "МБОУ «Лицей № 2»").font = Font(size=12, bold=True)
        ws.cell(2, 5, "по состоянию на:").alignment = Alignment(horizontal="right")
        ws.cell(2, 6, "20.11.2024")
        r = grid(ctx, 4, S, "E", 3, banner_fill="548235")
        ws.cell(r + 1, 1, "Директор МБОУ «Лицей № 2» ____________ С.А. Перевозчиков").font = Font(size=10)
        ws.cell(r + 2, 1, "Исп.: Волкова Т.Н., зам. директора по НМР").font = Font(size=9, italic=True)

    return dict(file="05_Лицей2_ЦМН_2024.xlsx", sheet="Карточки", org="МБОУ «Лицей № 2»",
                V=V, docs=docs, cfg=dict(yes=("имеется", "нет"), share="fmt2", level="fmt1", chel=True),
                build=build,
                special="the **value in the title cell's right neighbour** (title merged down over 2 rows in A/C/E, "
                        "the value in B/D/F, the hyperlink «документ» under the value), 3 across; counts of people "
                        "typed «61 чел.»; yes/no «имеется»; shares and satisfaction as fractions with `0.00%` / "
                        "`0.0%`; the acts of pay and recognition in section 1 (documents); `teachers_municipal` "
                        "(«Педагогических работников всего (вкл. молодых спец.)»); the name in B2 after «Учреждение:» "
                        "and in the signature",
                layout="E")


# ===============================================================================================================
# 06 — МКОУ «Подгорновская СОШ»: spacer rows and columns between cards
# ===============================================================================================================
def form06():
    V = derive(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=1, mentors_total=16, mentees_total=22,
        agreements_edu_orgs=1, agreements_enterprises=1,
        partner_list=["МБОУ «Кипрушинская СОШ № 1»", "СПК «Колхоз «Подгорный»"],
        external_edu_mentors=1, enterprise_mentors=1,
        pp_total=11, pp_pupil_pupil=5, pp_teacher_teacher=3, pp_head_teacher=1, pp_teacher_pupil=2,
        teachers_in_pp=11,
        students_10_19=148, mentees_10_19=17, mentees_risk=4, mentees_gifted=2, mentees_disabled=3,
        mentees_low_motivation=5, mentees_career=3,
        students_15_19=38, mentors_15_19=6,
        young_specialists=3, young_specialists_mentees=3, teachers_other=24, teachers_other_mentees=2,
        teachers_mentors=8, kpk_trained=3, school_methodical_associations=1,
        satisfaction_mentees=90, satisfaction_mentors=92, pay_acts=0, nonmaterial_acts=1,
    ))
    docs = gosweb("podgornovskaya-sosh-r18", "nastavnichestvo", {
        "pol_ped": "polozhenie-o-nastavnichestve-pedagogov.pdf",
        "pol_obuch": "polozhenie-o-nastavnichestve-obuchayushchihsya.pdf",
        "prik_monit": "prikaz-44-monitoring-cmn.pdf",
        "spravka": "spravka-vnutrenniy-monitoring-2024.pdf",
        "prik_kurator": "prikaz-39-kurator.pdf",
        "prik_pary": "prikaz-47-nastavnicheskie-pary.pdf",
        "prik_pary_uch": "prikaz-47-nastavnicheskie-pary.pdf",
        "prik_pary_ped": "prikaz-47-nastavnicheskie-pary.pdf",
        "prik_vnesh": "prikaz-48-vneshnie-nastavniki.pdf",
        "prik_mo": "prikaz-40-mo-nastavnikov.pdf",
        "pol_pooshr": "polozhenie-o-moralnom-pooshchrenii.pdf",
    })
    docs["soglash"] = gdrive()
    docs["ppn"] = gdrive()
    docs["kpk"] = gdrive()
    docs["anketa"] = gdrive()
    S = [
        ("1. Нормативное обеспечение", [
            K("orgs_regulation_teachers", "Положение о наставничестве педагогических работников"),
            K("orgs_regulation_students", "Положение о наставничестве обучающихся"),
            K("orgs_monitoring_order", "Приказ о мониторинге реализации ЦМН"),
            K("internal_monitoring_notes", "Справка по итогам внутреннего мониторинга"),
        ]),
        ("2. Кадры", [
            K("curators_total", "Куратор ЦМН"),
            K("mentors_total", "Наставники по приказу"),
            K("mentees_total", "Наставляемые по приказу"),
            K(None, "Родители-наставники (волонтёры)", 2, show=2, doc=False),
            K("agreements_edu_orgs", "Соглашение с другой школой"),
            K("agreements_enterprises", "Соглашение с предприятием"),
            K("partner_list", "Партнёры"),
            K("external_edu_mentors", "Наставник из СОШ № 1"),
            K("enterprise_mentors", "Наставник от СПК «Колхоз «Подгорный»"),
        ]),
        ("3. Программы", [
            K("pp_total", "Персонализированных программ всего"),
            K("pp_pupil_pupil", "ученик – ученик"),
            K("pp_teacher_teacher", "учитель – учитель"),
            K("pp_head_teacher", "руководитель – педагог"),
            K("pp_teacher_pupil", "учитель – ученик"),
        ]),
        ("4. Обучающиеся", [
            K("students_10_19", "Обучающихся 10–19 лет"),
            K("mentees_10_19", "Наставляемых 10–19 лет"),
            K("share_mentees_10_19", "Доля наставляемых 10–19 лет"),
            K("mentees_risk", "«Группа риска»"),
            K("mentees_gifted", "Одарённые"),
            K("mentees_disabled", "ОВЗ, инвалиды"),
            K("mentees_low_motivation", "Низкая мотивация"),
            K("mentees_career", "Профориентация"),
            K("students_15_19", "Обучающихся 15–19 лет"),
            K("mentors_15_19", "Наставников 15–19 лет"),
            K("share_mentors_15_19", "Доля наставников 15–19 лет"),
        ]),
        ("5. Педагоги", [
            K("young_specialists", "Молодых специалистов"),
            K("young_specialists_mentees", "Молодых специалистов с наставником"),
            K("teachers_other", "Прочих педагогов"),
            K("teachers_other_mentees", "Прочих педагогов-наставляемых"),
            K("share_teachers_mentees", "Доля наставляемых педагогов"),
            K("teachers_mentors", "Педагогов-наставников"),
            K("share_teachers_mentors", "Доля педагогов-наставников"),
            K("kpk_trained", "Обучены на КПК (наставничество)"),
            K("school_methodical_associations", "ШМО наставников"),
        ]),
        ("6. Удовлетворённость и поощрение", [
            K("satisfaction_mentees", "Удовлетворённость наставляемых"),
            K("satisfaction_mentors", "Удовлетворённость наставников"),
            K("nonmaterial_acts", "Положение о моральном поощрении"),
            K("pay_acts", "Положение о доплатах наставникам", doc=False, nolink="не принято"),
        ]),
    ]

    def build(ctx):
        ws = ctx.ws
        widths = {"A": 3, "B": 22, "C": 12, "D": 3, "E": 22, "F": 12, "G": 3, "H": 22, "I": 12, "J": 3}
        for k, wd in widths.items():
            ws.column_dimensions[k].width = wd
        merge(ws, 2, 2, 2, 9)
        t = ws.cell(2, 2, "Мониторинг ЦМН · 2024 год")
        t.font = Font(size=16, bold=True, color="843C0C")
        t.alignment = CENTER
        ws.row_dimensions[2].height = 28
        merge(ws, 3, 2, 3, 9)
        s = ws.cell(3, 2, "Школа: МКОУ «Подгорновская СОШ»")
        s.font = Font(size=12, bold=True)
        s.alignment = CENTER
        r = grid(ctx, 5, S, "F", 3, col0=2, spacer_col=1, spacer_row=1, after_banner=1, after_section=2,
                 banner_cols=(2, 9), banner_fill="C55A11")
        ws.cell(r, 2, "Ответственный: Корепанова Н.А., куратор ЦМН").font = Font(size=9, italic=True)
        ws.cell(r + 1, 2, "18.11.2024").font = Font(size=9, italic=True)
        ws.sheet_view.showGridLines = False

    return dict(file="06_podgornovskaya_sosh_cmn2024.xlsx", sheet="Мониторинг", org="МКОУ «Подгорновская СОШ»",
                V=V, docs=docs, cfg=dict(yes=("Да", "Нет"), share="txt_nospace", level="txt"), build=build,
                special="**spacer rows and columns**: an empty 3-wide column A, D, G, J around the cards (B:C, E:F, "
                        "H:I), an empty row after each banner and between rows of cards, two after each section; "
                        "the link «(документ)» beside the value; ППН cards titled only «ученик – ученик» under "
                        "«3. Программы»; shares as text «11,49%», satisfaction «90 %»; «не принято» for the pay act "
                        "(value 0); the name in «Школа: …» under the title",
                layout="F")


# ===============================================================================================================
# 07 — МБУ ДО «Кипрушинский ДДТ»: a ДОП, single-column cards 4 across, URL under the value
# ===============================================================================================================
def form07():
    V = derive(dict(
        orgs_regulation_teachers=1, orgs_regulation_students=1, orgs_monitoring_order=1, internal_monitoring_notes=1,
        curators_total=1, mentors_total=23, mentees_total=44,
        agreements_enterprises=2, agreements_other_orgs=1,
        partner_list=["ООО «ИТ-парк «Кипруши»", "АО «Кипрушинский механический завод»",
                      "Кипрушинское местное отделение «Движения первых»"],
        enterprise_mentors=2, other_org_mentors=1, external_edu_mentors=0,
        pp_total=14, pp_teacher_teacher=5, pp_pupil_pupil=4, pp_teacher_pupil=4, pp_other=1, teachers_in_pp=14,
        students_10_19=640, mentees_10_19=38, mentees_gifted=14, mentees_risk=3, mentees_disabled=4,
        mentees_career=9, mentees_other_params=8,
        students_15_19=160, mentors_15_19=11,
        young_specialists=4, young_specialists_mentees=4, teachers_other=31, teachers_other_mentees=2,
        teachers_mentors=9, kpk_trained=3, school_methodical_associations=1,
        satisfaction_mentees=91.2, satisfaction_mentors=88.0, pay_acts=1, nonmaterial_acts=1,
    ))
    site = "https://ddt-kiprushi.ru/wp-content/uploads/2024/"
    docs = {
        "pol_ped": site + "09/polozhenie-nastavnichestvo-pdo.pdf",
        "pol_obuch": site + "09/polozhenie-nastavnichestvo-obuch.pdf",
        "prik_monit": site + "10/prikaz-87-monitoring.pdf",
        "spravka": site + "12/spravka-monitoring-cmn.pdf",
        "prik_kurator": site + "09/prikaz-80-kurator.pdf",
        "prik_pary": site + "10/prikaz-84-pary.pdf",
        "prik_pary_uch": site + "10/prikaz-84-pary.pdf",
        "prik_pary_ped": site + "10/prikaz-84-pary.pdf",
        "prik_vnesh": site + "10/prikaz-85-vneshnie-nastavniki.pdf",
        "soglash": yadisk_dir(), "ppn": yadisk_dir(), "kpk": yadisk_dir(), "anketa": yadisk(),
        "prik_mo": site + "09/prikaz-81-mo.pdf",
        "pol_oplata": site + "01/polozhenie-ob-oplate-truda.pdf",
        "pol_pooshr": site + "09/polozhenie-pooshchrenie.pdf",
    }
    S = [
        ("1. Нормативная база", [
            K("orgs_regulation_teachers", "Положение о наставничестве педагогов ДО"),
            K("orgs_regulation_students", "Положение о наставничестве обучающихся"),
            K("orgs_monitoring_order", "Приказ о мониторинге ЦМН"),
            K("internal_monitoring_notes", "Справка по итогам внутр. мониторинга"),
        ]),
        ("2. Кадры и партнёры", [
            K("curators_total", "Куратор ЦМН"),
            K("mentors_total", "Наставники (приказ)"),
            K("mentees_total", "Наставляемые (приказ)"),
            K("agreements_enterprises", "Соглашения с предприятиями"),
            K("agreements_other_orgs", "Соглашения с общественными организациями"),
            K("partner_list", "Партнёры по наставничеству"),
            K("enterprise_mentors", "Наставники от предприятий (IT-парк, завод)"),
            K("other_org_mentors", "Наставники от «Движения первых»"),
        ]),
        ("3. Персонализированные программы наставничества", [
            K("pp_total", "ППН всего"),
            K("pp_teacher_teacher", "ППН «педагог – педагог»"),
            K("pp_pupil_pupil", "ППН «обучающийся – обучающийся»"),
            K("pp_teacher_pupil", "ППН «педагог – обучающийся»"),
            K("pp_other", "ППН иная: «работодатель – обучающийся»"),
            K("teachers_in_pp", "Педагогов, вовлечённых в ППН"),
        ]),
        ("4. Обучающиеся объединений", [
            K(None, "Обучающихся всего (по сертификатам ПФДО)", 1150, show=1150, doc=False),
            K(None, "Объединений (кружков, студий)", 52, show=52, doc=False),
            K("students_10_19", "Обучающихся 10–19 лет"),
            K("mentees_10_19", "Наставляемые 10–19 лет"),
            K("share_mentees_10_19", "Доля наставляемых 10–19 лет"),
            K("mentees_gifted", "Одарённые (реестр РОЦОД)"),
            K("mentees_risk", "«Группа риска»"),
            K("mentees_disabled", "ОВЗ / дети-инвалиды"),
            K("mentees_career", "Профсамоопределение"),
            K("mentees_other_params", "Иные параметры"),
            K("students_15_19", "Обучающихся 15–19 лет"),
            K("mentors_15_19", "Наставники 15–19 лет (приказ)"),
            K("share_mentors_15_19", "Доля наставников 15–19 лет"),
        ]),
        ("5. Педагоги дополнительного образования", [
            K("young_specialists", "Молодые специалисты"),
            K("young_specialists_mentees", "Молодые специалисты — наставляемые"),
            K("teachers_other", "Педагоги ДО (без МС)"),
            K("teachers_other_mentees", "Педагоги ДО (без МС) — наставляемые"),
            K("share_teachers_mentees", "Доля наставляемых педагогов"),
            K("teachers_mentors", "Педагоги-наставники"),
            K("share_teachers_mentors", "Доля педагогов-наставников"),
            K("kpk_trained", "КПК по наставничеству в 2024 г."),
            K("school_methodical_associations", "МО педагогов-наставников ДДТ"),
        ]),
        ("6. Удовлетворённость и поощрение", [
            K("satisfaction_mentees", "Удовлетворённость наставляемых"),
            K("satisfaction_mentors", "Удовлетворённость наставников"),
            K("pay_acts", "Акт об оплате работы наставника (Положение об оплате труда, разд. 6)"),
            K("nonmaterial_acts", "Положение о нематериальном поощрении"),
        ]),
    ]

    def build(ctx):
        ws = ctx.ws
        for i in range(1, 5):
            ws.column_dimensions[get_column_letter(i)].width = 30
        merge(ws, 1, 1, 1, 4)
        t = ws.cell(1, 1, "Мониторинг реализации ЦМН в учреждении дополнительного образования за 2024 г.")
        t.font = Font(size=14, bold=True, color="7030A0")
        t.alignment = CENTER
        ws.row_dimensions[1].height = 26
        ws.cell(2, 1, "Учреждение:").alignment = Alignment(horizontal="right")
        merge(ws, 2, 2, 2, 4)
        ws.cell(2, 2, "МБУ ДО «Кипрушинский ДДТ»").font = Font(size=12, bold=True)
        r = grid(ctx, 4, S, "G", 4, banner_fill="7030A0")
        ws.cell(r + 1, 1, "Директор ДДТ __________ Л.В. Бабинцева").font = Font(size=10)
        ws.cell(r + 2, 1, "22.11.2024").font = Font(size=10)

    return dict(file="07_ДДТ_карточки_2024.xlsx", sheet="ЦМН ДДТ", org="МБУ ДО «Кипрушинский ДДТ»",
                V=V, docs=docs, cfg=dict(yes=("есть", "нет"), share="fmt2", level="num"), build=build,
                special="a **ДОП**; **single-column cards 4 across** (A–D, 30 wide): title merged down over 2 rows, "
                        "the value, the URL (hyperlink) under the value; «педагог – обучающийся», «обучающийся – "
                        "обучающийся», «педагоги ДО»; two cards that are no criterion (pupils by ПФДО certificates, "
                        "clubs); yes/no «есть»; shares with `0.00%`, satisfaction as numbers; the pay act is the pay "
                        "regulation's section 6",
                layout="G")


FORMS = [form01, form02, form03, form04, form05, form06, form07]


def main():
    TYPED.mkdir(exist_ok=True)
    for old in TYPED.glob("*.xlsx"):
        old.unlink()
    expected, cells = [], []
    for make in FORMS:
        form = make()
        wb = Workbook()
        ws = wb.active
        ws.title = form["sheet"]
        ctx = Ctx(form, ws)
        form["build"](ctx)
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        wb.properties.creator = "zam_uvr"
        wb.save(TYPED / form["file"])
        expected.append({
            "file": "typed/" + form["file"], "year": 2024, "organisation": form["org"],
            "values": ctx.values, "links": ctx.links,
            "not_criteria": ctx.not_criteria, "headings": ctx.headings,
        })
        cells.extend(ctx.cells)
        form["_n"] = (len(ctx.values), len(ctx.links))
        print(f"{form['file']}: {len(ctx.values)} values, {len(ctx.links)} links")
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells}, ensure_ascii=False, indent=1), encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"total: {len(expected)} forms, {nv} values, {nl} links, {len(cells)} cells")
    # no typed title is a catalogue wording verbatim
    wordings = set()
    for c in CAT.values():
        for k in ("wording_2023", "wording_2024", "form_wording"):
            if c.get(k):
                wordings.add(c[k].strip().lower())
    for e in cells:
        if e["kind"] == "value":
            assert e["title"].strip().lower() not in wordings, e["title"]


if __name__ == "__main__":
    main()
