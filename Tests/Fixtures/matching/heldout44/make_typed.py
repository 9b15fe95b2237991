#!/usr/bin/env python3
"""heldout44: a municipal methodologist's ledgers (сводные ведомости) — organisations as rows.

Invented municipality: Чернореченский муниципальный округ (town of Чернореченск, districts «Центральный район»,
«Заречный район», «Сельские территории»).  Six ledgers typed by different people.  Deterministic: fixed data,
link tokens are derived with hashlib from fixed strings.

Writes typed/*.xlsx, expected.json and cells.json next to this script.
"""
import hashlib
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPED = os.path.join(HERE, "typed")

# --------------------------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------------------------
ORGS = {
    "S1": dict(kind="school", district="Центральный район", num=1,
               full="Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»",
               abbr="МБОУ «СОШ № 1»",
               abbr_full="МБОУ «Средняя общеобразовательная школа № 1»",
               plain="МБОУ СОШ №1", ascii='МБОУ "СОШ № 1"', short="СОШ № 1",
               site="https://sosh1-chernorechensk.gosuslugi.ru", code="5601001"),
    "S2": dict(kind="school", district="Центральный район", num=3,
               full="Муниципальное автономное общеобразовательное учреждение «Гимназия № 3»",
               abbr="МАОУ «Гимназия № 3»",
               abbr_full="МАОУ «Гимназия № 3»",
               plain="МАОУ Гимназия №3", ascii='МАОУ "Гимназия № 3"', short="Гимназия № 3",
               site="https://gimn3-chr.edu.ru", code="5601003"),
    "S3": dict(kind="school", district="Заречный район", num=5,
               full="Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 "
                    "с углублённым изучением отдельных предметов»",
               abbr="МБОУ «СОШ № 5 с УИОП»",
               abbr_full="МБОУ «Средняя общеобразовательная школа № 5 с углублённым изучением отдельных предметов»",
               plain="МБОУ СОШ №5 с УИОП", ascii='МБОУ "СОШ № 5 с УИОП"', short="СОШ № 5",
               site="https://sosh5-chernorechensk.gosuslugi.ru", code="5601005"),
    "S4": dict(kind="school", district="Центральный район", num=7,
               full="Муниципальное автономное общеобразовательное учреждение «Лицей № 7 имени А.С. Пушкина»",
               abbr="МАОУ «Лицей № 7 им. А.С. Пушкина»",
               abbr_full="МАОУ «Лицей № 7 имени А.С. Пушкина»",
               plain="МАОУ Лицей №7", ascii='МАОУ "Лицей № 7"', short="Лицей № 7",
               site="https://licey7-chr.edu.ru", code="5601007"),
    "S5": dict(kind="school", district="Заречный район", num=9,
               full="Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 9»",
               abbr="МБОУ «СОШ № 9»",
               abbr_full="МБОУ «Средняя общеобразовательная школа № 9»",
               plain="МБОУ СОШ №9", ascii='МБОУ "СОШ № 9"', short="СОШ № 9",
               site="https://sosh9chr.gosuslugi.ru", code="5601009"),
    "S6": dict(kind="school", district="Сельские территории", num=None,
               full="Муниципальное бюджетное общеобразовательное учреждение «Подгорновская средняя "
                    "общеобразовательная школа»",
               abbr="МБОУ «Подгорновская СОШ»",
               abbr_full="МБОУ «Подгорновская средняя общеобразовательная школа»",
               plain="МБОУ Подгорновская СОШ", ascii='МБОУ "Подгорновская СОШ"', short="Подгорновская СОШ",
               site="https://podgornovskaya-shkola.gosuslugi.ru", code="5601021"),
    "S7": dict(kind="school", district="Сельские территории", num=None,
               full="Муниципальное бюджетное общеобразовательное учреждение «Верх-Ключевская основная "
                    "общеобразовательная школа»",
               abbr="МБОУ «Верх-Ключевская ООШ»",
               abbr_full="МБОУ «Верх-Ключевская основная общеобразовательная школа»",
               plain="МБОУ Верх-Ключевская ООШ", ascii='МБОУ "Верх-Ключевская ООШ"', short="Верх-Ключевская ООШ",
               site="https://vk-oosh.gosuslugi.ru", code="5601024"),
    "D1": dict(kind="dop", district="Центральный район", num=None,
               full="Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества»",
               abbr="МБУ ДО «ДДТ»",
               abbr_full="МБУ ДО «Дом детского творчества»",
               plain="МБУ ДО ДДТ", ascii='МБУ ДО "ДДТ"', short="ДДТ",
               site="https://ddt-chernorechensk.gosuslugi.ru", code="5603001"),
    "D2": dict(kind="dop", district="Заречный район", num=None,
               full="Муниципальное бюджетное учреждение дополнительного образования «Станция юных техников»",
               abbr="МБУ ДО «СЮТ»",
               abbr_full="МБУ ДО «Станция юных техников»",
               plain="МБУ ДО СЮТ", ascii='МБУ ДО "СЮТ"', short="СЮТ",
               site="https://syut-chr.edu.ru", code="5603002"),
    "D3": dict(kind="dop", district="Заречный район", num=None,
               full="Муниципальное бюджетное учреждение дополнительного образования «Спортивная школа «Олимп»",
               abbr="МБУ ДО «СШ «Олимп»",
               abbr_full="МБУ ДО «Спортивная школа «Олимп»",
               plain="МБУ ДО СШ Олимп", ascii='МБУ ДО "СШ "Олимп"', short="СШ «Олимп»",
               site="https://olimp-chr.gosuslugi.ru", code="5603003"),
}
SCHOOLS_BY_NUMBER = ["S1", "S2", "S3", "S4", "S5", "S6", "S7"]   # numbered schools first, then rural ones
DOPS = ["D1", "D2", "D3"]
DISTRICTS = ["Центральный район", "Заречный район", "Сельские территории"]
BRANCH_ABBR = "филиал МБОУ «Подгорновская СОШ» в с. Ключи"

# 2024 data of every organisation (the branch's figures are already inside S6's)
D = {
    #        yes/no orders: reg_t reg_s mon notes  curators
    "S1": dict(reg_t=1, reg_s=1, mon=1, notes=1, cur=2,
               ys=8, to=54, ysm=7, tom=6, tm=14,
               st10=612, m10=74, st15=198, m15=21, all_students=734,
               mentors=37, mentees=87,
               pu=4, tt=5, ht=2, tp=6,
               ag=2, partners="АО «Чернореченский машиностроительный завод»; ООО «Речной порт Черноречье»",
               pay=1, nonmat=1),
    "S2": dict(reg_t=1, reg_s=1, mon=1, notes=1, cur=1,
               ys=6, to=48, ysm=6, tom=4, tm=12,
               st10=540, m10=58, st15=176, m15=24, all_students=652,
               mentors=36, mentees=68,
               pu=3, tt=4, ht=2, tp=5,
               ag=1, partners="ООО «ТехноСфера»",
               pay=1, nonmat=1),
    "S3": dict(reg_t=1, reg_s=1, mon=1, notes=1, cur=2,
               ys=11, to=71, ysm=9, tom=10, tm=19,
               st10=834, m10=96, st15=262, m15=30, all_students=1012,
               mentors=52, mentees=115,
               pu=6, tt=7, ht=3, tp=8,
               ag=3, partners="АО «Чернореченский машиностроительный завод»; ООО «Агрохолдинг «Заречье»; "
                              "МУП «Чернореченский водоканал»",
               pay=1, nonmat=2),
    "S4": dict(reg_t=1, reg_s=1, mon=0, notes=1, cur=1,
               ys=5, to=57, ysm=5, tom=3, tm=11,
               st10=488, m10=41, st15=205, m15=27, all_students=598,
               mentors=39, mentees=49,
               pu=5, tt=3, ht=1, tp=7,
               ag=1, partners="ООО «ИТ-парк «Черноречье»",
               pay=1, nonmat=1),
    "S5": dict(reg_t=1, reg_s=1, mon=1, notes=0, cur=1,
               ys=9, to=64, ysm=8, tom=7, tm=16,
               st10=701, m10=63, st15=219, m15=15, all_students=868,
               mentors=31, mentees=78,
               pu=2, tt=6, ht=2, tp=4,
               ag=0, partners=None,
               pay=1, nonmat=0),
    "S6": dict(reg_t=1, reg_s=1, mon=1, notes=1, cur=1,
               ys=4, to=29, ysm=4, tom=2, tm=7,
               st10=219, m10=22, st15=61, m15=5, all_students=287,
               mentors=12, mentees=28,
               pu=1, tt=2, ht=1, tp=3,
               ag=1, partners="СПК «Ключевской»",
               pay=1, nonmat=1),
    "S7": dict(reg_t=1, reg_s=0, mon=1, notes=0, cur=1,
               ys=2, to=14, ysm=2, tom=1, tm=3,
               st10=71, m10=6, st15=8, m15=0, all_students=96,
               mentors=3, mentees=9,
               pu=0, tt=1, ht=1, tp=1,
               ag=0, partners=None,
               pay=0, nonmat=1),
    "D1": dict(reg_t=1, reg_s=1, mon=1, notes=1, cur=1,
               ys=3, to=27, ysm=3, tom=2, tm=6,
               mentors=7, mentees=40,
               pu=2, tt=2, ht=1, tp=4,
               ag=1, partners="ООО «Мастерская «Ремесло»",
               pay=1, nonmat=1),
    "D2": dict(reg_t=1, reg_s=0, mon=1, notes=0, cur=1,
               ys=2, to=11, ysm=2, tom=0, tm=3,
               mentors=5, mentees=20,
               pu=0, tt=1, ht=1, tp=3,
               ag=2, partners="АО «Чернореченский машиностроительный завод»; ООО «ТехноСфера»",
               pay=0, nonmat=1),
    "D3": dict(reg_t=0, reg_s=0, mon=0, notes=0, cur=1,
               ys=3, to=18, ysm=2, tom=1, tm=4,
               mentors=4, mentees=15,
               pu=None, tt=1, ht=0, tp=2,     # pu left blank by the sports school: not reported
               ag=0, partners=None,
               pay=1, nonmat=0),
}
BRANCH = dict(mentors=3, mentees=9, st10=43, m10=4, st15=9, m15=1, all_students=58)

# 2023 figures (decoy block of the teachers' ledger)
D2023 = {
    "S1": dict(ys=7, ysm=5, to=55, tom=4), "S2": dict(ys=5, ysm=4, to=47, tom=3),
    "S3": dict(ys=10, ysm=7, to=70, tom=6), "S4": dict(ys=6, ysm=5, to=55, tom=2),
    "S5": dict(ys=8, ysm=6, to=63, tom=5), "S6": dict(ys=3, ysm=3, to=30, tom=1),
    "S7": dict(ys=2, ysm=1, to=15, tom=0), "D1": dict(ys=2, ysm=2, to=26, tom=1),
    "D2": dict(ys=1, ysm=1, to=12, tom=0), "D3": dict(ys=3, ysm=1, to=17, tom=0),
}

# --------------------------------------------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------------------------------------------
DOC = {
    "orgs_regulation_teachers": "prikaz_polozhenie_nastavnichestvo_pedagogov",
    "orgs_regulation_students": "prikaz_polozhenie_nastavnichestvo_obuchayushchihsya",
    "orgs_monitoring_order": "prikaz_o_monitoringe_cmn_2024",
    "internal_monitoring_notes": "spravka_vnutrenniy_monitoring_cmn_2024",
    "curators_total": "prikaz_naznachenie_kuratora_cmn",
    "mentors_total": "prikaz_baza_nastavnikov_2024",
    "mentees_total": "prikaz_baza_nastavlyaemyh_2024",
    "pp_total": "prikaz_utverzhdenie_personalizirovannyh_programm_2024",
    "mentees_10_19": "prikaz_nastavnicheskie_pary_obuchayushchiesya_2024",
    "mentors_15_19": "prikaz_nastavniki_iz_chisla_obuchayushchihsya_2024",
    "young_specialists_mentees": "prikaz_nastavnichestvo_molodye_specialisty_2024",
    "teachers_other_mentees": "prikaz_nastavnichestvo_pedagogi_2024",
    "agreements_enterprises": "soglasheniya_s_predpriyatiyami_2024",
    "pay_acts": "polozhenie_o_doplate_nastavnikam",
    "nonmaterial_acts": "polozhenie_nematerialnoe_pooshchrenie_nastavnikov",
}


def _h(*parts, n=8):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:n]


def link(org, crit):
    """A plausible, deterministic URL of the proof document."""
    site = ORGS[org]["site"]
    doc = DOC[crit]
    if org == "S7":                                   # a small rural school keeps its scans on Yandex Disk
        return "https://disk.yandex.ru/i/" + _h(org, crit, n=14)
    if org == "D2" and crit in ("pp_total", "young_specialists_mentees", "teachers_other_mentees"):
        return "https://cloud.mail.ru/public/%s/%s" % (_h(org, crit, n=4).upper(), _h(crit, org, n=9))
    if site.endswith("gosuslugi.ru"):
        h = int(_h(org, crit), 16)
        return "%s/netcat_files/%d/%d/%s.pdf" % (site, 100 + h % 700, 1000 + h % 8000, doc)
    return "%s/upload/nastavnichestvo/2024/%s.pdf" % (site, doc)


# --------------------------------------------------------------------------------------------------------------
# Writing helpers
# --------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="FFF2CC")
TOTAL_FILL = PatternFill("solid", fgColor="E2EFDA")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)

CELLS = []
EXPECTED = []


def yn(v):
    return "да" if v else "нет"


def conv_identity(v):
    if v is None or v == "" or v == "—" or v == "-":
        return None
    return v


def conv_yesno(v):
    return {"да": 1, "нет": 0}.get(v)


def conv_pct_fraction(v):
    if v is None:
        return None
    return round(v * 100, 2)


def conv_link(v):
    if isinstance(v, tuple):            # (display text, hyperlink target)
        return v[1]
    if isinstance(v, str) and v.startswith("http"):
        return v
    return None


def write_header(ws, top, first_col, cols, levels):
    """cols: list of dicts with 'path' (tuple of 1..levels strings).  Non-last elements of a path are group
    headers merged over adjacent columns sharing the same prefix; the last element is merged down to the bottom
    header row."""
    n = len(cols)
    for lvl in range(levels):
        c = 0
        while c < n:
            p = cols[c]["path"]
            if len(p) <= lvl:
                c += 1
                continue
            if lvl == len(p) - 1:                          # leaf: merge vertically
                col = first_col + c
                r1, r2 = top + lvl, top + levels - 1
                ws.cell(r1, col, p[lvl])
                if r2 > r1:
                    ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col)
                c += 1
                continue
            prefix = p[:lvl + 1]
            c2 = c
            while c2 + 1 < n and len(cols[c2 + 1]["path"]) > lvl + 1 and cols[c2 + 1]["path"][:lvl + 1] == prefix:
                c2 += 1
            ws.cell(top + lvl, first_col + c, p[lvl])
            if c2 > c:
                ws.merge_cells(start_row=top + lvl, start_column=first_col + c, end_row=top + lvl,
                               end_column=first_col + c2)
            c = c2 + 1
    for r in range(top, top + levels):
        for c in range(n):
            cell = ws.cell(r, first_col + c)
            cell.font = Font(bold=True, size=10)
            cell.alignment = CENTER
            cell.fill = HEAD_FILL
            cell.border = BORDER


def build(fname, sheet, titles, cols, levels, rows, *, numbering_row=False, freeze_col=None, notes=(),
          org_name_key, not_criteria, headings, year=2024, special=""):
    """cols: dicts with key, path, width, role ('num'|'name'|'value'|'link'|'other'), crit, conv, fmt, hidden.
    rows: ('heading', text) | ('org', org_id, {key: cell value}) | ('branch', text, {...}) | ('subtotal', text, {...})
    """
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ncol = len(cols)
    r = 1
    for t in titles:
        ws.cell(r, 1, t).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        r += 1
    r += 1
    top = r
    write_header(ws, top, 1, cols, levels)
    r = top + levels
    if numbering_row:
        k = 0
        for c, col in enumerate(cols, start=1):
            if col.get("hidden"):
                continue
            k += 1
            cell = ws.cell(r, c, k)
            cell.alignment = CENTER
            cell.font = Font(italic=True, size=9)
            cell.border = BORDER
        r += 1
    first_data = r
    for c, col in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(c)].width = col.get("width", 12)
        if col.get("hidden"):
            ws.column_dimensions[get_column_letter(c)].hidden = True
    ws.freeze_panes = ws.cell(first_data, freeze_col or 3)

    key_idx = {col["key"]: i for i, col in enumerate(cols)}
    org_names, org_values, org_links = [], [], []
    for row in rows:
        kind = row[0]
        if kind == "heading":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            for c in range(1, ncol + 1):
                ws.cell(r, c).fill = GROUP_FILL
                ws.cell(r, c).border = BORDER
            r += 1
            continue
        data = row[2]
        if kind == "org":
            oid = row[1]
            name = ORGS[oid][org_name_key]
            org_names.append(name)
            vals, lks = {}, {}
        for key, v in data.items():
            c = key_idx[key] + 1
            col = cols[key_idx[key]]
            cell = ws.cell(r, c)
            if isinstance(v, tuple):
                cell.value = v[0]
                cell.hyperlink = v[1]
                cell.style = "Hyperlink"
            else:
                cell.value = v
            if col.get("fmt") and isinstance(v, (int, float)):
                cell.number_format = col["fmt"]
            if kind == "org" and col.get("crit"):
                exp = col["conv"](v)
                if exp is not None:
                    target = vals if col["role"] == "value" else lks
                    target[col["crit"]] = exp
                    CELLS.append(dict(file="typed/" + fname, sheet=sheet, cell=cell.coordinate,
                                      organisation=name, org_index=len(org_names) - 1,
                                      criterion=col["crit"], kind=col["role"], expected=exp,
                                      via="hyperlink" if isinstance(v, tuple) else "value"))
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c)
            cell.border = BORDER
            if not isinstance(data.get(cols[c - 1]["key"]), tuple):
                cell.alignment = LEFT if cols[c - 1]["role"] in ("name", "link") else CENTER
            if kind == "subtotal":
                cell.font = Font(bold=True)
                cell.fill = TOTAL_FILL
            if kind == "branch":
                cell.font = Font(italic=True, size=10)
        if kind == "org":
            org_values.append(vals)
            org_links.append(lks)
        r += 1
    r += 1
    for n in notes:
        ws.cell(r, 1, n).font = Font(italic=True, size=9)
        r += 1
    os.makedirs(TYPED, exist_ok=True)
    wb.save(os.path.join(TYPED, fname))
    EXPECTED.append({"file": "typed/" + fname, "year": year, "organisation": org_names,
                     "values": org_values, "links": org_links,
                     "not_criteria": not_criteria, "headings": headings})


def total_row(title, ids, data_keys, extra=None, yesno=(), ratio=None, branch_skip=True):
    """A subtotal: sum of counts, count of «да» for yes/no columns, ratio for shares."""
    out = {}
    for key, field in data_keys.items():
        if key in yesno:
            out[key] = sum(1 for i in ids if D[i][field])
        else:
            vals = [D[i].get(field) for i in ids]
            out[key] = sum(v for v in vals if v is not None)
    if ratio:
        for key, (num, den) in ratio.items():
            s_num = sum(D[i][num] for i in ids)
            s_den = sum(D[i][den] for i in ids)
            out[key] = round(s_num / s_den, 4) if s_den else 0
    if extra:
        out.update(extra)
    return out


# --------------------------------------------------------------------------------------------------------------
# F1: the normative base, full + short names, sorted by number, hidden code column
# --------------------------------------------------------------------------------------------------------------
def f1():
    D1_ = "I. Локальные акты ОО по наставничеству"
    D2_ = "II. Организация и мониторинг"
    REG_T = "Положение о системе наставничества педагогов (утверждено приказом)"
    REG_S = "Положение о наставничестве обучающихся (утверждено приказом)"
    MON = "Приказ ОО о мониторинге реализации ЦМН"
    NOTES = "Справка по итогам внутреннего мониторинга"
    CUR = "Кураторы внедрения ЦМН (по приказу), чел."
    V, L = "да/нет", "ссылка на документ"
    cols = [
        dict(key="n", path=("№ п/п",), width=6, role="num"),
        dict(key="name", path=("Полное наименование образовательной организации",), width=48, role="name"),
        dict(key="short", path=("Краткое наименование",), width=20, role="name"),
        dict(key="code", path=("Код ОО",), width=10, role="other", hidden=True),
        dict(key="rt", path=(D1_, REG_T, V), crit="orgs_regulation_teachers", role="value", conv=conv_yesno),
        dict(key="rt_l", path=(D1_, REG_T, L), crit="orgs_regulation_teachers", role="link", conv=conv_link, width=34),
        dict(key="rs", path=(D1_, REG_S, V), crit="orgs_regulation_students", role="value", conv=conv_yesno),
        dict(key="rs_l", path=(D1_, REG_S, L), crit="orgs_regulation_students", role="link", conv=conv_link, width=34),
        dict(key="mo", path=(D1_, MON, V), crit="orgs_monitoring_order", role="value", conv=conv_yesno),
        dict(key="mo_l", path=(D1_, MON, L), crit="orgs_monitoring_order", role="link", conv=conv_link, width=34),
        dict(key="nt", path=(D2_, NOTES, V), crit="internal_monitoring_notes", role="value", conv=conv_yesno),
        dict(key="nt_l", path=(D2_, NOTES, L), crit="internal_monitoring_notes", role="link", conv=conv_link, width=34),
        dict(key="cu", path=(D2_, CUR, "чел."), crit="curators_total", role="value", conv=conv_identity),
        dict(key="cu_l", path=(D2_, CUR, L), crit="curators_total", role="link", conv=conv_link, width=34),
    ]
    pairs = [("rt", "reg_t", "orgs_regulation_teachers"), ("rs", "reg_s", "orgs_regulation_students"),
             ("mo", "mon", "orgs_monitoring_order"), ("nt", "notes", "internal_monitoring_notes")]

    def org_row(oid, n):
        d = D[oid]
        row = {"n": n, "name": ORGS[oid]["full"], "short": ORGS[oid]["short"], "code": ORGS[oid]["code"]}
        for key, field, crit in pairs:
            row[key] = yn(d[field])
            row[key + "_l"] = link(oid, crit) if d[field] else "—"
        row["cu"] = d["cur"]
        row["cu_l"] = link(oid, "curators_total") if oid != "D3" else "не представлена"
        return row

    keys = {"rt": "reg_t", "rs": "reg_s", "mo": "mon", "nt": "notes", "cu": "cur"}
    yes = ("rt", "rs", "mo", "nt")
    rows = [("heading", "Общеобразовательные организации")]
    n = 0
    for oid in SCHOOLS_BY_NUMBER:
        n += 1
        rows.append(("org", oid, org_row(oid, n)))
        if oid == "S6":
            rows.append(("branch", None, {"name": "филиал МБОУ «Подгорновская СОШ» в с. Ключи",
                                          "short": "филиал в с. Ключи", "rt": "в составе головной ОО",
                                          "rs": "в составе головной ОО", "mo": "в составе головной ОО",
                                          "nt": "в составе головной ОО", "cu": "—"}))
    rows.append(("subtotal", None, dict(total_row(None, SCHOOLS_BY_NUMBER, keys, yesno=yes),
                                        name="Итого по школам (кол-во ОО с «да» / чел.)")))
    rows.append(("heading", "Организации дополнительного образования"))
    for oid in DOPS:
        n += 1
        rows.append(("org", oid, org_row(oid, n)))
    rows.append(("subtotal", None, dict(total_row(None, DOPS, keys, yesno=yes), name="Итого по ДОП")))
    rows.append(("subtotal", None, dict(total_row(None, SCHOOLS_BY_NUMBER + DOPS, keys, yesno=yes),
                                        name="Всего по муниципалитету")))
    build("01_svod_lokalnye_akty_2024.xlsx", "Свод НПА ОО",
          ["Сводная ведомость: нормативное обеспечение реализации целевой модели наставничества в ОО "
           "Чернореченского муниципального округа",
           "по состоянию на 01.12.2024 (мониторинг за 2024 год)"],
          cols, 3, rows, numbering_row=True, freeze_col=4, org_name_key="full",
          notes=["Филиал в с. Ключи не является юридическим лицом; документы — головной организации.",
                 "Составил: методист МКУ «Информационно-методический центр» Кирьянова Т.В."],
          not_criteria=["Итого по школам (кол-во ОО с «да» / чел.)", "Итого по ДОП", "Всего по муниципалитету",
                        "филиал МБОУ «Подгорновская СОШ» в с. Ключи", "Код ОО"],
          headings=["Общеобразовательные организации", "Организации дополнительного образования", D1_, D2_])


# --------------------------------------------------------------------------------------------------------------
# F2: mentors / mentees by district, sorted by name, branch row «справочно»
# --------------------------------------------------------------------------------------------------------------
def f2():
    TOP = "Участники программ наставничества в 2024 году"
    MR = "Наставники (по приказу ОО)"
    ME = "Наставляемые (по приказу ОО)"
    cols = [
        dict(key="n", path=("№",), width=5, role="num"),
        dict(key="name", path=("Образовательная организация",), width=40, role="name"),
        dict(key="mr", path=(TOP, MR, "чел."), crit="mentors_total", role="value", conv=conv_identity, width=9),
        dict(key="mr_l", path=(TOP, MR, "приказ (ссылка)"), crit="mentors_total", role="link", conv=conv_link,
             width=36),
        dict(key="tm", path=(TOP, "в т.ч. педагоги-наставники, чел."), crit="teachers_mentors", role="value",
             conv=conv_identity, width=13),
        dict(key="me", path=(TOP, ME, "чел."), crit="mentees_total", role="value", conv=conv_identity, width=9),
        dict(key="me_l", path=(TOP, ME, "приказ (ссылка)"), crit="mentees_total", role="link", conv=conv_link,
             width=36),
    ]
    keys = {"mr": "mentors", "tm": "tm", "me": "mentees"}
    rows = []
    n = 0
    sub_titles = {"Центральный район": "Итого по Центральному району",
                  "Заречный район": "Итого по Заречному району",
                  "Сельские территории": "Итого по сельским территориям"}
    for dist in DISTRICTS:
        rows.append(("heading", dist))
        ids = sorted([o for o in ORGS if ORGS[o]["district"] == dist], key=lambda o: ORGS[o]["abbr"])
        for oid in ids:
            n += 1
            d = D[oid]
            name = ORGS[oid]["abbr"] + ("*" if oid == "S6" else "")
            rows.append(("org", oid, {"n": n, "name": name, "mr": d["mentors"], "mr_l": link(oid, "mentors_total"),
                                      "tm": d["tm"], "me": d["mentees"], "me_l": link(oid, "mentees_total")}))
            if oid == "S6":
                rows.append(("branch", None, {"name": BRANCH_ABBR, "mr": BRANCH["mentors"], "mr_l": "справочно",
                                              "tm": 2, "me": BRANCH["mentees"], "me_l": "справочно"}))
        rows.append(("subtotal", None, dict(total_row(None, ids, keys), name=sub_titles[dist])))
    rows.append(("subtotal", None, dict(total_row(None, list(ORGS), keys), name="Всего по муниципалитету")))
    # the expected name of S6 is the one typed in the cell, with its asterisk stripped by nobody: keep the cell text
    build("02_nastavniki_po_rayonam_2024.xlsx", "2024",
          ["Сведения о наставниках и наставляемых образовательных организаций Чернореченского МО (2024 г.)"],
          cols, 3, rows, freeze_col=3, org_name_key="abbr",
          notes=["* Показатели МБОУ «Подгорновская СОШ» приведены с учётом филиала в с. Ключи; "
                 "строка филиала дана справочно и в итоги не включается.",
                 "Ведомость составлена по приказам ОО о базе наставников и наставляемых."],
          not_criteria=["Итого по Центральному району", "Итого по Заречному району", "Итого по сельским территориям",
                        "Всего по муниципалитету", BRANCH_ABBR],
          headings=["Центральный район", "Заречный район", "Сельские территории", TOP])


# --------------------------------------------------------------------------------------------------------------
# F3: personalised programmes, by kind, by number, two-level header
# --------------------------------------------------------------------------------------------------------------
def f3():
    ALL = "Всего персонализированных программ (ПП) на 2024 г."
    FORMS = "в том числе по формам наставничества"
    cols = [
        dict(key="n", path=("№ п/п",), width=6, role="num"),
        dict(key="name", path=("ОО",), width=28, role="name"),
        dict(key="tot", path=(ALL, "кол-во"), crit="pp_total", role="value", conv=conv_identity, width=9),
        dict(key="tot_l", path=(ALL, "ссылка на приказ об утверждении ПП"), crit="pp_total", role="link",
             conv=conv_link, width=40),
        dict(key="pu", path=(FORMS, "«ученик – ученик»"), crit="pp_pupil_pupil", role="value",
             conv=conv_identity, width=12),
        dict(key="tt", path=(FORMS, "«учитель – учитель» («педагог – педагог»)"), crit="pp_teacher_teacher",
             role="value", conv=conv_identity, width=14),
        dict(key="ht", path=(FORMS, "«руководитель – педагог»"), crit="pp_head_teacher", role="value",
             conv=conv_identity, width=14),
        dict(key="tp", path=(FORMS, "«учитель – ученик»"), crit="pp_teacher_pupil", role="value",
             conv=conv_identity, width=12),
    ]
    keys = {"tot": "pp_sum", "pu": "pu", "tt": "tt", "ht": "ht", "tp": "tp"}
    for oid, d in D.items():
        d["pp_sum"] = sum(d[k] or 0 for k in ("pu", "tt", "ht", "tp"))
    rows = [("heading", "Общеобразовательные организации")]
    n = 0

    def org_row(oid):
        d = D[oid]
        row = {"n": n, "name": ORGS[oid]["plain"], "tot": d["pp_sum"], "tot_l": link(oid, "pp_total"),
               "tt": d["tt"], "ht": d["ht"], "tp": d["tp"]}
        if d["pu"] is not None:
            row["pu"] = d["pu"]
        return row

    for oid in SCHOOLS_BY_NUMBER:
        n += 1
        rows.append(("org", oid, org_row(oid)))
    rows.append(("subtotal", None, dict(total_row(None, SCHOOLS_BY_NUMBER, keys), name="Итого по ОО")))
    rows.append(("heading", "Организации дополнительного образования"))
    for oid in DOPS:
        n += 1
        rows.append(("org", oid, org_row(oid)))
    rows.append(("subtotal", None, dict(total_row(None, DOPS, keys), name="Итого по ДОП")))
    rows.append(("subtotal", None, dict(total_row(None, SCHOOLS_BY_NUMBER + DOPS, keys), name="Всего")))
    build("03_personalizirovannye_programmy_2024.xlsx", "ПП 2024",
          ["Персонализированные программы наставничества в ОО Чернореченского МО, 2024 год"],
          cols, 2, rows, numbering_row=True, freeze_col=3, org_name_key="plain",
          notes=["Пустая ячейка — ОО сведения не представила."],
          not_criteria=["Итого по ОО", "Итого по ДОП", "Всего"],
          headings=["Общеобразовательные организации", "Организации дополнительного образования", FORMS])


# --------------------------------------------------------------------------------------------------------------
# F4: students 10–19 / 15–19, schools only, by district, shares as fractions with % format, hidden control column
# --------------------------------------------------------------------------------------------------------------
def f4():
    A = "Обучающиеся 10–19 лет — наставляемые"
    B = "Обучающиеся 15–19 лет — наставники"
    INA = "включены в программы наставничества как наставляемые"
    INB = "выступают наставниками (по приказу)"
    cols = [
        dict(key="n", path=("№",), width=5, role="num"),
        dict(key="name", path=("Общеобразовательная организация",), width=30, role="name"),
        dict(key="all", path=("Численность обучающихся на 01.09.2024, всего",), width=13, role="other"),
        dict(key="s10", path=(A, "обучающихся в возрасте 10–19 лет, чел."), crit="students_10_19", role="value",
             conv=conv_identity, width=13),
        dict(key="m10", path=(A, INA, "чел."), crit="mentees_10_19", role="value", conv=conv_identity, width=8),
        dict(key="m10_l", path=(A, INA, "ссылка на приказ"), crit="mentees_10_19", role="link", conv=conv_link,
             width=36),
        dict(key="p10", path=(A, "доля, %"), crit="share_mentees_10_19", role="value", conv=conv_pct_fraction,
             fmt="0.00%", width=9),
        dict(key="s15", path=(B, "обучающихся в возрасте 15–19 лет, чел."), crit="students_15_19", role="value",
             conv=conv_identity, width=13),
        dict(key="m15", path=(B, INB, "чел."), crit="mentors_15_19", role="value", conv=conv_identity, width=8),
        dict(key="m15_l", path=(B, INB, "ссылка на приказ"), crit="mentors_15_19", role="link", conv=conv_link,
             width=36),
        dict(key="p15", path=(B, "доля, %"), crit="share_mentors_15_19", role="value", conv=conv_pct_fraction,
             fmt="0.00%", width=9),
        dict(key="chk", path=("контроль",), width=9, role="other", hidden=True),
    ]
    keys = {"all": "all_students", "s10": "st10", "m10": "m10", "s15": "st15", "m15": "m15"}
    ratio = {"p10": ("m10", "st10"), "p15": ("m15", "st15")}
    rows = []
    n = 0
    subs = {"Центральный район": "Итого по Центральному району", "Заречный район": "Итого по Заречному району",
            "Сельские территории": "Итого по сельским территориям"}
    for dist in DISTRICTS:
        rows.append(("heading", dist))
        ids = [o for o in SCHOOLS_BY_NUMBER if ORGS[o]["district"] == dist]
        for oid in ids:
            n += 1
            d = D[oid]
            rows.append(("org", oid, {
                "n": n, "name": ORGS[oid]["ascii"], "all": d["all_students"], "s10": d["st10"], "m10": d["m10"],
                "m10_l": link(oid, "mentees_10_19"), "p10": round(d["m10"] / d["st10"], 4),
                "s15": d["st15"], "m15": d["m15"],
                "m15_l": link(oid, "mentors_15_19") if d["m15"] else "—",
                "p15": round(d["m15"] / d["st15"], 4), "chk": "ок"}))
            if oid == "S6":
                b = BRANCH
                rows.append(("branch", None, {
                    "name": "в т.ч. филиал МБОУ \"Подгорновская СОШ\" в с. Ключи", "all": b["all_students"],
                    "s10": b["st10"], "m10": b["m10"], "p10": round(b["m10"] / b["st10"], 4),
                    "s15": b["st15"], "m15": b["m15"], "p15": round(b["m15"] / b["st15"], 4), "chk": "в т.ч."}))
        rows.append(("subtotal", None, dict(total_row(None, ids, keys, ratio=ratio), name=subs[dist], chk="ок")))
    rows.append(("subtotal", None, dict(total_row(None, SCHOOLS_BY_NUMBER, keys, ratio=ratio),
                                        name="Всего по ОО муниципалитета", chk="ок")))
    build("04_obuchayushchiesya_10-19_15-19.xlsx", "Обучающиеся",
          ["Включённость обучающихся в программы наставничества (общеобразовательные организации)",
           "Чернореченский муниципальный округ, 2024 год"],
          cols, 3, rows, freeze_col=3, org_name_key="ascii",
          notes=["Строка филиала — в т.ч., данные входят в показатели головной школы."],
          not_criteria=["Численность обучающихся на 01.09.2024, всего", "Итого по Центральному району",
                        "Итого по Заречному району", "Итого по сельским территориям", "Всего по ОО муниципалитета",
                        "в т.ч. филиал МБОУ \"Подгорновская СОШ\" в с. Ключи", "контроль"],
          headings=["Центральный район", "Заречный район", "Сельские территории", A, B])


# --------------------------------------------------------------------------------------------------------------
# F5: teachers as mentees, 2024 and a 2023 block to the right (decoy), sorted by name
# --------------------------------------------------------------------------------------------------------------
def f5():
    Y24, Y23 = "2024 год", "2023 год (для сравнения)"
    YS = "Молодые специалисты (до 35 лет, стаж до 3 лет), всего"
    YSM = "из них наставляемые"
    YSP = "доля МС-наставляемых, %"
    TO = "Педагоги (без молодых специалистов), всего"
    TOM = "из них в роли наставляемых"
    cols = [
        dict(key="n", path=("№ п/п",), width=6, role="num"),
        dict(key="name", path=("Наименование учреждения",), width=44, role="name"),
        dict(key="ys", path=(Y24, YS), crit="young_specialists", role="value", conv=conv_identity, width=14),
        dict(key="ysm", path=(Y24, YSM + " (МС)", "чел."), crit="young_specialists_mentees", role="value",
             conv=conv_identity, width=8),
        dict(key="ysm_l", path=(Y24, YSM + " (МС)", "ссылка"), crit="young_specialists_mentees", role="link",
             conv=conv_link, width=34),
        dict(key="ysp", path=(Y24, YSP), crit="share_young_specialists_mentees", role="value", conv=conv_identity,
             fmt="0.0", width=11),
        dict(key="to", path=(Y24, TO), crit="teachers_other", role="value", conv=conv_identity, width=14),
        dict(key="tom", path=(Y24, TOM, "чел."), crit="teachers_other_mentees", role="value", conv=conv_identity,
             width=8),
        dict(key="tom_l", path=(Y24, TOM, "ссылка"), crit="teachers_other_mentees", role="link", conv=conv_link,
             width=34),
        dict(key="ys23", path=(Y23, "МС, всего"), role="other", width=9),
        dict(key="ysm23", path=(Y23, "МС-наставляемые"), role="other", width=11),
        dict(key="ysp23", path=(Y23, "доля, %"), role="other", fmt="0.0", width=8),
        dict(key="to23", path=(Y23, "педагоги без МС"), role="other", width=10),
        dict(key="tom23", path=(Y23, "педагоги-наставляемые"), role="other", width=12),
    ]

    def pct(a, b):
        return round(a * 100 / b, 1) if b else 0

    def org_row(oid, n):
        d, p = D[oid], D2023[oid]
        return {"n": n, "name": ORGS[oid]["abbr_full"], "ys": d["ys"], "ysm": d["ysm"],
                "ysm_l": link(oid, "young_specialists_mentees"), "ysp": pct(d["ysm"], d["ys"]),
                "to": d["to"], "tom": d["tom"],
                "tom_l": link(oid, "teachers_other_mentees") if d["tom"] else "—",
                "ys23": p["ys"], "ysm23": p["ysm"], "ysp23": pct(p["ysm"], p["ys"]), "to23": p["to"],
                "tom23": p["tom"]}

    def tot(ids, title):
        s = {k: sum(D[i][k] for i in ids) for k in ("ys", "ysm", "to", "tom")}
        s23 = {k: sum(D2023[i][k] for i in ids) for k in ("ys", "ysm", "to", "tom")}
        return ("subtotal", None, {"name": title, "ys": s["ys"], "ysm": s["ysm"], "ysp": pct(s["ysm"], s["ys"]),
                                   "to": s["to"], "tom": s["tom"], "ys23": s23["ys"], "ysm23": s23["ysm"],
                                   "ysp23": pct(s23["ysm"], s23["ys"]), "to23": s23["to"], "tom23": s23["tom"]})

    schools = sorted(SCHOOLS_BY_NUMBER, key=lambda o: ORGS[o]["abbr_full"])
    dops = sorted(DOPS, key=lambda o: ORGS[o]["abbr_full"])
    rows = [("heading", "Общеобразовательные организации")]
    n = 0
    for oid in schools:
        n += 1
        rows.append(("org", oid, org_row(oid, n)))
    rows.append(tot(schools, "Итого по школам"))
    rows.append(("heading", "Организации дополнительного образования"))
    for oid in dops:
        n += 1
        rows.append(("org", oid, org_row(oid, n)))
    rows.append(tot(dops, "Итого по ДОП"))
    rows.append(tot(schools + dops, "Всего по муниципалитету"))
    build("05_pedagogi_nastavlyaemye_2024_2023.xlsx", "Педагоги-наставляемые",
          ["Педагоги и молодые специалисты в роли наставляемых",
           "Чернореченский муниципальный округ (данные ОО за 2024 г.; 2023 г. — из прошлогоднего мониторинга)"],
          cols, 3, rows, freeze_col=3, org_name_key="abbr_full",
          not_criteria=[Y23, "МС, всего", "МС-наставляемые", "доля, %", "педагоги без МС", "педагоги-наставляемые",
                        "Итого по школам", "Итого по ДОП", "Всего по муниципалитету"],
          headings=["Общеобразовательные организации", "Организации дополнительного образования", Y24])


# --------------------------------------------------------------------------------------------------------------
# F6: partnership and incentives, by district, short names, links as hyperlinks «документ»
# --------------------------------------------------------------------------------------------------------------
def f6():
    P = "Сотрудничество с предприятиями"
    S = "Стимулирование наставников"
    AG = "Соглашения с предприятиями о наставниках из числа их сотрудников"
    PL = "Предприятия-партнёры (наименования)"
    PAY = "Локальные акты об оплате (доплате) за наставничество"
    NM = "Локальные акты о нематериальном поощрении наставников"
    cols = [
        dict(key="n", path=("№",), width=5, role="num"),
        dict(key="name", path=("ОО",), width=22, role="name"),
        dict(key="ag", path=(P, AG, "кол-во"), crit="agreements_enterprises", role="value", conv=conv_identity,
             width=9),
        dict(key="ag_l", path=(P, AG, "подтверждение"), crit="agreements_enterprises", role="link",
             conv=conv_link, width=14),
        dict(key="pl", path=(P, PL), crit="partner_list", role="value", conv=conv_identity, width=46),
        dict(key="pay", path=(S, PAY, "кол-во"), crit="pay_acts", role="value", conv=conv_identity, width=9),
        dict(key="pay_l", path=(S, PAY, "подтверждение"), crit="pay_acts", role="link", conv=conv_link, width=14),
        dict(key="nm", path=(S, NM, "кол-во"), crit="nonmaterial_acts", role="value", conv=conv_identity, width=9),
        dict(key="nm_l", path=(S, NM, "подтверждение"), crit="nonmaterial_acts", role="link", conv=conv_link,
             width=14),
    ]
    keys = {"ag": "ag", "pay": "pay", "nm": "nonmat"}
    rows = []
    n = 0
    subs = {"Центральный район": "Итого Центральный р-н", "Заречный район": "Итого Заречный р-н",
            "Сельские территории": "Итого сельские территории"}
    order = SCHOOLS_BY_NUMBER + DOPS
    for dist in DISTRICTS:
        rows.append(("heading", dist))
        ids = [o for o in order if ORGS[o]["district"] == dist]
        for oid in ids:
            n += 1
            d = D[oid]
            row = {"n": n, "name": ORGS[oid]["short"], "ag": d["ag"], "pl": d["partners"] or "—",
                   "pay": d["pay"], "nm": d["nonmat"]}
            for key, field, crit in (("ag", "ag", "agreements_enterprises"), ("pay", "pay", "pay_acts"),
                                     ("nm", "nonmat", "nonmaterial_acts")):
                if d[field]:
                    row[key + "_l"] = ("документ", link(oid, crit))
            rows.append(("org", oid, row))
        rows.append(("subtotal", None, dict(total_row(None, ids, keys), name=subs[dist])))
    rows.append(("subtotal", None, dict(total_row(None, order, keys), name="ВСЕГО")))
    build("06_partnery_i_pooshchrenie_2024.xlsx", "Лист1",
          ["Партнёрство и стимулирование наставничества — ОО Чернореченского МО, 2024"],
          cols, 3, rows, freeze_col=3, org_name_key="short",
          notes=["Ссылки — на документы, размещённые ОО (гиперссылки «документ»)."],
          not_criteria=["Итого Центральный р-н", "Итого Заречный р-н", "Итого сельские территории", "ВСЕГО"],
          headings=["Центральный район", "Заречный район", "Сельские территории", P, S])


def main():
    f1()
    f2()
    f3()
    f4()
    f5()
    f6()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "cells.json"), "w", encoding="utf-8") as fh:
        json.dump(CELLS, fh, ensure_ascii=False, indent=1)
    nv = sum(len(v) for e in EXPECTED for v in e["values"])
    nl = sum(len(v) for e in EXPECTED for v in e["links"])
    no = sum(len(e["organisation"]) for e in EXPECTED)
    print("files %d, organisation rows %d, values %d, links %d" % (len(EXPECTED), no, nv, nl))


if __name__ == "__main__":
    main()
