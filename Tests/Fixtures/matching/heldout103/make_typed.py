"""Small raw-XML XLSX writer and formula evaluator for heldout103.

openpyxl cannot store cached formula results, so the workbooks "saved by Excel" or "saved by LibreOffice" are
written here at the XML level (zipfile): every formula cell gets the cached value that the program would have
stored, computed by the little evaluator below (only the functions the forms use). Errors are stored as
t="e" (#DIV/0!, #N/A, #REF!, #VALUE!), string results as t="str", shared formulas as <f t="shared" ...>,
array formulas as <f t="array" ref=...>. A book with cache=False stores formulas without <v> (as Apache POI
does when nothing was evaluated).
"""
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from xml.sax.saxutils import escape

from openpyxl.formula.translate import Translator
from openpyxl.utils import column_index_from_string, get_column_letter

FIXED_DT = (2025, 1, 20, 10, 15, 0)


# ----------------------------------------------------------------------------------------------- values
class Err:
    def __init__(self, code):
        self.code = code

    def __eq__(self, other):
        return isinstance(other, Err) and other.code == self.code

    def __hash__(self):
        return hash(self.code)

    def __repr__(self):
        return self.code


DIV0, NA, REF, VALUE = Err("#DIV/0!"), Err("#N/A"), Err("#REF!"), Err("#VALUE!")


def split_ref(ref):
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref)
    return column_index_from_string(m.group(1)), int(m.group(2))


# ----------------------------------------------------------------------------------------------- workbook model
class Cell:
    def __init__(self, value=None, formula=None, style=0, shared=None, array=None):
        self.value = value          # constant value (number / str / bool)
        self.formula = formula      # formula text without '='
        self.style = style
        self.shared = shared        # (si, ref or None) ref only on the master
        self.array = array          # ref of an array formula (master only)


class Sheet:
    def __init__(self, name, state="visible"):
        self.name = name
        self.state = state
        self.cells = {}             # (row, col) -> Cell
        self.widths = {}
        self.merges = []
        self.links = {}             # "D7" -> url (hyperlink relationships)
        self.heights = {}

    def set(self, ref, value=None, f=None, style=0):
        c, r = split_ref(ref)
        self.cells[(r, c)] = Cell(value=value, formula=f, style=style)
        return self.cells[(r, c)]

    def get(self, ref):
        c, r = split_ref(ref)
        return self.cells.get((r, c))

    def shared_block(self, col, r1, r2, master_formula, style=0, si=0):
        """Writes a block of formulas copied down from the master (Excel keeps them as one shared formula)."""
        master_ref = f"{col}{r1}"
        tr = Translator("=" + master_formula, origin=master_ref)
        for r in range(r1, r2 + 1):
            ref = f"{col}{r}"
            text = tr.translate_formula(ref)[1:]
            cell = self.set(ref, f=text, style=style)
            cell.shared = (si, f"{col}{r1}:{col}{r2}" if r == r1 else None)

    def max_row(self):
        return max((r for r, _ in self.cells), default=0)


class Book:
    def __init__(self, app="excel"):
        self.sheets = []
        self.app = app             # excel | libreoffice | poi
        self.cache = app != "poi"
        self.active = 0

    def add(self, name, state="visible"):
        s = Sheet(name, state)
        self.sheets.append(s)
        return s

    def sheet(self, name):
        for s in self.sheets:
            if s.name == name:
                return s
        return None


# ----------------------------------------------------------------------------------------------- evaluator
TOKEN = re.compile(r"""
 (?P<ws>\s+)
|(?P<str>"(?:[^"]|"")*")
|(?P<sref>(?:'(?:[^']|'')+'|[^\s'!(),:;&=<>+\-*/^"{}]+)!(?:\#REF!|\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?))
|(?P<err>\#REF!|\#DIV/0!|\#N/A|\#VALUE!|\#NAME\?)
|(?P<ref>\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)
|(?P<num>\d+(?:\.\d+)?)
|(?P<bool>TRUE|FALSE)(?![A-Za-z(])
|(?P<func>[A-Za-z_][A-Za-z0-9_.]*)(?=\()
|(?P<op><>|<=|>=|[-+*/&=<>(),^])
""", re.X)


def tokenize(text):
    pos, out = 0, []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError(f"cannot tokenize {text!r} at {pos}")
        pos = m.end()
        kind = m.lastgroup
        if kind != "ws":
            out.append((kind, m.group()))
    return out


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self):
        node = self.comparison()
        if self.i != len(self.toks):
            raise ValueError(f"trailing tokens {self.toks[self.i:]}")
        return node

    def comparison(self):
        node = self.concat()
        while self.peek()[1] in ("=", "<>", "<", ">", "<=", ">="):
            op = self.take()[1]
            node = ("bin", op, node, self.concat())
        return node

    def concat(self):
        node = self.additive()
        while self.peek()[1] == "&":
            self.take()
            node = ("bin", "&", node, self.additive())
        return node

    def additive(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = ("bin", op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            node = ("bin", op, node, self.unary())
        return node

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.unary())
        if self.peek()[1] == "+":
            self.take()
            return self.unary()
        return self.primary()

    def primary(self):
        kind, text = self.take()
        if kind == "num":
            return ("const", float(text) if "." in text else int(text))
        if kind == "str":
            return ("const", text[1:-1].replace('""', '"'))
        if kind == "bool":
            return ("const", text == "TRUE")
        if kind == "err":
            return ("const", Err(text))
        if kind == "ref":
            return ("ref", None, text)
        if kind == "sref":
            sheet, _, ref = text.rpartition("!")
            if sheet.startswith("'"):
                sheet = sheet[1:-1].replace("''", "'")
            if ref == "#REF!":
                return ("const", REF)
            return ("ref", sheet, ref)
        if kind == "func":
            name = text.upper()
            self.take()  # (
            args = []
            if self.peek()[1] != ")":
                args.append(self.comparison())
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.comparison())
            self.take()  # )
            return ("func", name, args)
        if text == "(":
            node = self.comparison()
            self.take()
            return node
        raise ValueError(f"unexpected token {text!r}")


class Range:
    def __init__(self, rows):
        self.rows = rows  # 2D list

    def flat(self):
        return [v for row in self.rows for v in row]


def to_num(v):
    if isinstance(v, Err):
        return v
    if v is None:
        return 0
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        try:
            return int(v) if re.fullmatch(r"-?\d+", v.strip()) else float(v.replace(",", "."))
        except ValueError:
            return VALUE
    return VALUE


def to_text(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def xround(x, n):
    q = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)
    f = float(q)
    return int(f) if n <= 0 or f.is_integer() and isinstance(x, int) else f


def tidy(x):
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x


class Evaluator:
    def __init__(self, book):
        self.book = book
        self.memo = {}
        self.in_progress = set()

    def cell_value(self, sheet, ref):
        s = self.book.sheet(sheet)
        if s is None:
            return REF
        c, r = split_ref(ref)
        key = (sheet, r, c)
        if key in self.memo:
            return self.memo[key]
        cell = s.cells.get((r, c))
        if cell is None:
            val = None
        elif cell.formula is None:
            val = cell.value
        else:
            if key in self.in_progress:
                raise ValueError(f"circular {key}")
            self.in_progress.add(key)
            val = self.eval(Parser(cell.formula).parse(), sheet)
            if isinstance(val, Range):
                val = val.rows[0][0]
            if isinstance(val, list):
                val = val[0]
            self.in_progress.discard(key)
        self.memo[key] = tidy(val) if not isinstance(val, (str, Err, type(None), bool)) else val
        return self.memo[key]

    def range_value(self, sheet, ref):
        a, _, b = ref.partition(":")
        s = self.book.sheet(sheet)
        if re.fullmatch(r"\$?[A-Z]{1,3}", a):  # whole columns
            c1, c2 = column_index_from_string(a.strip("$")), column_index_from_string(b.strip("$"))
            r1, r2 = 1, s.max_row()
        else:
            c1, r1 = split_ref(a)
            c2, r2 = split_ref(b)
        return Range([[self.cell_value(sheet, f"{get_column_letter(c)}{r}") for c in range(c1, c2 + 1)]
                      for r in range(r1, r2 + 1)])

    def eval(self, node, sheet):
        kind = node[0]
        if kind == "const":
            return node[1]
        if kind == "ref":
            sh = node[1] or sheet
            if ":" in node[2]:
                return self.range_value(sh, node[2])
            return self.cell_value(sh, node[2])
        if kind == "neg":
            v = self.eval(node[1], sheet)
            return self.elementwise(lambda x: self.arith("-", 0, x), v)
        if kind == "bin":
            op, a, b = node[1], self.eval(node[2], sheet), self.eval(node[3], sheet)
            return self.binary(op, a, b)
        if kind == "func":
            return self.func(node[1], node[2], sheet)
        raise ValueError(node)

    @staticmethod
    def as_list(v):
        if isinstance(v, Range):
            return v.flat()
        return v

    def elementwise(self, fn, v):
        v = self.as_list(v)
        if isinstance(v, list):
            return [fn(x) for x in v]
        return fn(v)

    def binary(self, op, a, b):
        a, b = self.as_list(a), self.as_list(b)
        if isinstance(a, list) or isinstance(b, list):
            n = len(a) if isinstance(a, list) else len(b)
            la = a if isinstance(a, list) else [a] * n
            lb = b if isinstance(b, list) else [b] * n
            return [self.binary(op, x, y) for x, y in zip(la, lb)]
        if isinstance(a, Err):
            return a
        if isinstance(b, Err):
            return b
        if op == "&":
            return to_text(a) + to_text(b)
        if op in ("=", "<>", "<", ">", "<=", ">="):
            return self.compare(op, a, b)
        return self.arith(op, a, b)

    @staticmethod
    def arith(op, a, b):
        x, y = to_num(a), to_num(b)
        if isinstance(x, Err):
            return x
        if isinstance(y, Err):
            return y
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            if y == 0:
                return DIV0
            return x / y
        raise ValueError(op)

    @staticmethod
    def compare(op, a, b):
        def key(v):
            if v is None:
                return (0, 0)
            if isinstance(v, bool):
                return (2, int(v))
            if isinstance(v, (int, float)):
                return (0, v)
            return (1, v.lower())
        if a is None and isinstance(b, str):
            a = ""
        if b is None and isinstance(a, str):
            b = ""
        if a is None and isinstance(b, (int, float)):
            a = 0
        if b is None and isinstance(a, (int, float)):
            b = 0
        ka, kb = key(a), key(b)
        return {"=": ka == kb, "<>": ka != kb, "<": ka < kb, ">": ka > kb, "<=": ka <= kb, ">=": ka >= kb}[op]

    def func(self, name, args, sheet):
        ev = lambda n: self.eval(n, sheet)
        if name == "IF":
            cond = ev(args[0])
            cond_l = self.as_list(cond)
            if isinstance(cond_l, list):
                yes = self.as_list(ev(args[1]))
                no = self.as_list(ev(args[2])) if len(args) > 2 else False
                out = []
                for i, c in enumerate(cond_l):
                    y = yes[i] if isinstance(yes, list) else yes
                    n_ = no[i] if isinstance(no, list) else no
                    out.append(c if isinstance(c, Err) else (y if self.truthy(c) else n_))
                return out
            if isinstance(cond, Err):
                return cond
            if self.truthy(cond):
                return ev(args[1])
            return ev(args[2]) if len(args) > 2 else False
        if name == "IFERROR":
            v = ev(args[0])
            return ev(args[1]) if isinstance(v, Err) else v
        vals = [ev(a) for a in args]
        if name == "SUM":
            total = 0
            for v in vals:
                if isinstance(v, (Range, list)):
                    for x in self.as_list(v):
                        if isinstance(x, Err):
                            return x
                        if isinstance(x, (int, float)) and not isinstance(x, bool):
                            total += x
                else:
                    x = to_num(v)
                    if isinstance(x, Err):
                        return x
                    total += x
            return total
        if name == "AVERAGE":
            nums = []
            for v in vals:
                for x in (self.as_list(v) if isinstance(v, (Range, list)) else [v]):
                    if isinstance(x, Err):
                        return x
                    if isinstance(x, (int, float)) and not isinstance(x, bool):
                        nums.append(x)
            return sum(nums) / len(nums) if nums else DIV0
        if name == "COUNTA":
            n = 0
            for v in vals:
                for x in (self.as_list(v) if isinstance(v, (Range, list)) else [v]):
                    if x is not None:
                        n += 1
            return n
        if name == "COUNTIF":
            crit = vals[1]
            return sum(1 for x in self.as_list(vals[0]) if self.compare("=", x, crit))
        if name == "ROUND":
            x, n = to_num(vals[0]), to_num(vals[1])
            if isinstance(x, Err):
                return x
            return xround(x, n)
        if name == "VLOOKUP":
            key, table, col = vals[0], vals[1], to_num(vals[2])
            if isinstance(key, Err):
                return key
            for row in table.rows:
                if row[0] is not None and self.compare("=", row[0], key):
                    return row[col - 1]
            return NA
        if name == "_XLFN.TEXTJOIN":
            delim, ignore = to_text(vals[0]), self.truthy(vals[1])
            parts = []
            for v in vals[2:]:
                for x in (self.as_list(v) if isinstance(v, (Range, list)) else [v]):
                    if isinstance(x, Err):
                        return x
                    if ignore and (x is None or x == ""):
                        continue
                    parts.append(to_text(x))
            return delim.join(parts)
        raise ValueError(f"function {name} not supported")

    @staticmethod
    def truthy(v):
        if isinstance(v, str):
            return v != ""
        return bool(v)


# ----------------------------------------------------------------------------------------------- styles
# cellXfs, in this order (the index is the style number used by the builders):
STYLE_NAMES = ["default", "bold", "label", "value", "pct", "dec2", "head", "link", "typed", "title", "dec1"]
STYLES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>
<fonts count="4">
<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>
<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>
<font><u/><sz val="11"/><color theme="10"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>
<font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="1"/><charset val="204"/></font>
</fonts>
<fills count="4">
<fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>
</fills>
<borders count="2">
<border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>
</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="11">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Обычный" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""
S = {name: i for i, name in enumerate(STYLE_NAMES)}

APPS = {
    "excel": ("Microsoft Excel", "16.0300"),
    "libreoffice": ("LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1", None),
    "poi": ("Apache POI", None),
}


def num_text(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return repr(v)


def write_book(book, path):
    ev = Evaluator(book)
    sst, sst_index = [], {}

    def sidx(text):
        if text not in sst_index:
            sst_index[text] = len(sst)
            sst.append(text)
        return sst_index[text]

    sheet_xml, sheet_rels = [], []
    for si_, sh in enumerate(book.sheets):
        rows = {}
        for (r, c), cell in sh.cells.items():
            rows.setdefault(r, []).append((c, cell))
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        maxr = sh.max_row() or 1
        maxc = max((c for _, c in sh.cells), default=1)
        out.append(f'<dimension ref="A1:{get_column_letter(maxc)}{maxr}"/>')
        tab = ' tabSelected="1"' if si_ == book.active else ""
        out.append(f'<sheetViews><sheetView{tab} workbookViewId="0"/></sheetViews>')
        out.append('<sheetFormatPr defaultRowHeight="15"/>')
        if sh.widths:
            out.append("<cols>")
            for col in sorted(sh.widths, key=column_index_from_string):
                i = column_index_from_string(col)
                out.append(f'<col min="{i}" max="{i}" width="{sh.widths[col]}" customWidth="1"/>')
            out.append("</cols>")
        out.append("<sheetData>")
        for r in sorted(rows):
            ht = f' ht="{sh.heights[r]}" customHeight="1"' if r in sh.heights else ""
            out.append(f'<row r="{r}"{ht}>')
            for c, cell in sorted(rows[r], key=lambda x: x[0]):
                ref = f"{get_column_letter(c)}{r}"
                s_attr = f' s="{cell.style}"' if cell.style else ""
                if cell.formula is None:
                    v = cell.value
                    if v is None:
                        out.append(f'<c r="{ref}"{s_attr}/>')
                    elif isinstance(v, bool):
                        out.append(f'<c r="{ref}"{s_attr} t="b"><v>{int(v)}</v></c>')
                    elif isinstance(v, (int, float)):
                        out.append(f'<c r="{ref}"{s_attr}><v>{num_text(v)}</v></c>')
                    else:
                        out.append(f'<c r="{ref}"{s_attr} t="s"><v>{sidx(v)}</v></c>')
                    continue
                if cell.shared is not None:
                    si, sref = cell.shared
                    if sref:
                        f_xml = f'<f t="shared" ref="{sref}" si="{si}">{escape(cell.formula)}</f>'
                    else:
                        f_xml = f'<f t="shared" si="{si}"/>'
                elif cell.array:
                    f_xml = f'<f t="array" ref="{cell.array}">{escape(cell.formula)}</f>'
                else:
                    f_xml = f"<f>{escape(cell.formula)}</f>"
                if not book.cache:
                    out.append(f'<c r="{ref}"{s_attr}>{f_xml}</c>')
                    continue
                v = ev.cell_value(sh.name, ref)
                if isinstance(v, Err):
                    out.append(f'<c r="{ref}"{s_attr} t="e">{f_xml}<v>{v.code}</v></c>')
                elif isinstance(v, bool):
                    out.append(f'<c r="{ref}"{s_attr} t="b">{f_xml}<v>{int(v)}</v></c>')
                elif isinstance(v, str):
                    out.append(f'<c r="{ref}"{s_attr} t="str">{f_xml}<v>{escape(v)}</v></c>')
                elif v is None:
                    out.append(f'<c r="{ref}"{s_attr}>{f_xml}<v>0</v></c>')
                else:
                    out.append(f'<c r="{ref}"{s_attr}>{f_xml}<v>{num_text(v)}</v></c>')
            out.append("</row>")
        out.append("</sheetData>")
        if sh.merges:
            out.append(f'<mergeCells count="{len(sh.merges)}">' +
                       "".join(f'<mergeCell ref="{m}"/>' for m in sh.merges) + "</mergeCells>")
        rels = []
        if sh.links:
            out.append("<hyperlinks>")
            for i, (ref, url) in enumerate(sorted(sh.links.items(), key=lambda kv: split_ref(kv[0])[::-1]), 1):
                out.append(f'<hyperlink ref="{ref}" r:id="rId{i}"/>')
                rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                            f'relationships/hyperlink" Target="{escape(url)}" TargetMode="External"/>')
            out.append("</hyperlinks>")
        out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        out.append('<pageSetup paperSize="9" orientation="portrait"/>')
        out.append("</worksheet>")
        sheet_xml.append("".join(out))
        sheet_rels.append(rels)

    n = len(book.sheets)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/>']
    for i in range(1, n + 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                  f'officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
              'core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'extended-properties+xml"/></Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                 'core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    app_name, app_ver = APPS[book.app]
    ver = f"<AppVersion>{app_ver}</AppVersion>" if app_ver else ""
    titles = "".join(f"<vt:lpstr>{escape(s.name)}</vt:lpstr>" for s in book.sheets)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f'<Application>{escape(app_name)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
           f'<TitlesOfParts><vt:vector size="{n}" baseType="lpstr">{titles}</vt:vector></TitlesOfParts>'
           f'{ver}</Properties>')
    creator = {"excel": "Завуч", "libreoffice": "user", "poi": "Apache POI"}[book.app]
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-14T06:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T10:15:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    sheets_el = []
    for i, sh in enumerate(book.sheets, 1):
        st = f' state="{sh.state}"' if sh.state != "visible" else ""
        sheets_el.append(f'<sheet name="{escape(sh.name)}" sheetId="{i}"{st} r:id="rId{i}"/>')
    calc = '<calcPr calcId="191029"/>' if book.app == "excel" else ""
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<bookViews><workbookView activeTab="{book.active}"/></bookViews>'
          f'<sheets>{"".join(sheets_el)}</sheets>{calc}</workbook>')
    wb_rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i in range(1, n + 1):
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
    wb_rels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/styles" Target="styles.xml"/>')
    wb_rels.append(f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(sst)}" '
               f'uniqueCount="{len(sst)}">' +
               "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in sst) + "</sst>")

    parts = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root_rels), ("docProps/app.xml", app),
             ("docProps/core.xml", core), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", "".join(wb_rels)),
             ("xl/styles.xml", STYLES_XML), ("xl/sharedStrings.xml", sst_xml)]
    for i, (xml, rels) in enumerate(zip(sheet_xml, sheet_rels), 1):
        parts.append((f"xl/worksheets/sheet{i}.xml", xml))
        if rels:
            parts.append((f"xl/worksheets/_rels/sheet{i}.xml.rels",
                          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
                          "".join(rels) + "</Relationships>"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return ev


def normalise_zip(path):
    """Rewrites a zip (e.g. openpyxl's) with fixed timestamps and fixed core-properties dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-17T08:40:00Z", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# =============================================================================================== the set
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
CRITERIA_TSV = pathlib.Path(__file__).resolve().parents[4] / "Templates/criteria.tsv"
SHARED = object()  # the value cell was already written by Sheet.shared_block


def load_units():
    units = {}
    with open(CRITERIA_TSV, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            units[row["id"]] = row["unit"]
    return units


UNITS = load_units()
YES = {"да", "имеется", "есть"}
NO = {"нет", "отсутствует"}


class Form:
    """One form sheet: writes rows and remembers what each row means."""

    def __init__(self, fname, book, sheet, org, num_col, label_col, val_col, link_col, unit_col=None,
                 note_col=None, hyperlinks=True):
        self.fname, self.book, self.sh, self.org = fname, book, sheet, org
        self.num_col, self.label_col, self.val_col, self.link_col = num_col, label_col, val_col, link_col
        self.unit_col, self.note_col, self.hyperlinks = unit_col, note_col, hyperlinks
        self.records = []
        self.headings = []

    def head(self, r, text):
        first = self.num_col or self.label_col
        self.sh.set(f"{first}{r}", text, style=S["head"])
        cols = [c for c in (self.num_col, self.label_col, self.unit_col, self.val_col, self.link_col, self.note_col) if c]
        last = max(cols, key=column_index_from_string)
        for c in cols:
            if c != first:
                self.sh.set(f"{c}{r}", None, style=S["head"])
        self.sh.merges.append(f"{first}{r}:{last}{r}")
        self.headings.append(text)

    def row(self, r, num, label, crit, f=None, v=None, link=None, linkf=None, style="value", unit=None,
            note=None, typed_over=False):
        if self.num_col and num is not None:
            self.sh.set(f"{self.num_col}{r}", num, style=S["value"])
        self.sh.set(f"{self.label_col}{r}", label, style=S["label"])
        if self.unit_col:
            self.sh.set(f"{self.unit_col}{r}", unit, style=S["value"])
        vref = f"{self.val_col}{r}"
        if f is SHARED:
            self.sh.get(vref).style = S[style]
        elif f is not None:
            self.sh.set(vref, f=f, style=S[style])
        else:
            self.sh.set(vref, v, style=S["typed"] if typed_over else S[style])
        lref = f"{self.link_col}{r}" if self.link_col else None
        if link:
            self.sh.set(lref, link, style=S["link"])
            if self.hyperlinks:
                self.sh.links[lref] = link
        elif linkf:
            self.sh.set(lref, f=linkf, style=S["link"])
        elif lref:
            self.sh.set(lref, None, style=S["label"])
        if self.note_col:
            self.sh.set(f"{self.note_col}{r}", note, style=S["label"])
        self.records.append(dict(row=r, label=label, crit=crit, vref=vref, lref=lref if (link or linkf) else None,
                                 typed_over=typed_over))


def shown(book, ev, sheet, ref):
    """What a reader of the stored file gets: (value, is_formula, has_cache)."""
    cell = book.sheet(sheet).get(ref)
    if cell is None:
        return None, False, True
    if cell.formula is None:
        return cell.value, False, True
    if not book.cache:
        return None, True, False
    return ev.cell_value(sheet, ref), True, True


def normalise(value, crit, style):
    unit = UNITS[crit]
    if isinstance(value, str):
        t = value.strip().lower()
        if unit == "yesno" or crit in ("orgs_regulation_teachers", "orgs_regulation_students", "orgs_monitoring_order",
                                       "internal_monitoring_notes"):
            if t in YES:
                return 1
            if t in NO:
                return 0
        if unit in ("list", "text") and t:
            return value.strip()
        return None
    if isinstance(value, bool) or value is None:
        return None
    if unit in ("share", "level"):
        x = value * 100 if style == S["pct"] else value
        return round(float(Decimal(repr(float(x))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)), 2)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def collect(form, ev, expected, cells, withheld, fileinfo):
    book, sh = form.book, form.sh
    entry = {"file": f"typed/{form.fname}", "year": 2024, "organisation": form.org, "values": {}, "links": {},
             "not_criteria": [], "headings": list(form.headings)}
    for rec in form.records:
        value, is_f, has_cache = shown(book, ev, sh.name, rec["vref"])
        style = sh.get(rec["vref"]).style
        if rec["crit"] is None:
            if value is not None and not isinstance(value, Err) and value != "":
                entry["not_criteria"].append(rec["label"])
            continue
        crit = rec["crit"]
        assert crit in UNITS, crit
        reason = None
        if is_f and not has_cache:
            reason = "formula without a cached value"
        elif isinstance(value, Err):
            reason = f"cached error {value.code}"
        else:
            norm = normalise(value, crit, style)
            if norm is None:
                reason = f"cached text {value!r}" if is_f else f"typed text {value!r}"
        if reason:
            withheld.append({"file": entry["file"], "sheet": sh.name, "cell": rec["vref"], "criterion": crit,
                             "reason": reason, "cached": value.code if isinstance(value, Err) else value,
                             "formula": sh.get(rec["vref"]).formula})
        else:
            assert crit not in entry["values"], crit
            entry["values"][crit] = norm
            cells.append({"file": entry["file"], "sheet": sh.name, "cell": rec["vref"], "criterion": crit,
                          "kind": "value", "expected": norm, "stored": value,
                          "percent_format": style == S["pct"], "formula": sh.get(rec["vref"]).formula,
                          "typed_over_formula": rec["typed_over"]})
        if rec["lref"]:
            lv, lf, lc = shown(book, ev, sh.name, rec["lref"])
            if isinstance(lv, str) and lv.startswith("http"):
                entry["links"][crit] = lv
                cells.append({"file": entry["file"], "sheet": sh.name, "cell": rec["lref"], "criterion": crit,
                              "kind": "link", "expected": lv, "formula": sh.get(rec["lref"]).formula})
    expected.append(entry)
    fileinfo.append(entry)
    return entry


def widths(sh, **w):
    sh.widths.update(w)


def title(sh, ref, text, merge=None):
    sh.set(ref, text, style=S["title"])
    if merge:
        sh.merges.append(merge)


# ----------------------------------------------------------------------------------------------- people
FEM = ("Иванова Смирнова Кузнецова Попова Васильева Петрова Соколова Михайлова Новикова Фёдорова Морозова Волкова "
       "Алексеева Лебедева Семёнова Егорова Павлова Козлова Степанова Николаева Орлова Андреева Макарова Никитина "
       "Захарова Зайцева Соловьёва Борисова Яковлева Григорьева Романова Воробьёва Сергеева Кузьмина Фролова "
       "Александрова Дмитриева Королёва Гусева Киселёва Ильина Максимова Полякова Сорокина Виноградова Ковалёва "
       "Белова Медведева Антонова Тарасова Жукова Баранова Филиппова Комарова Давыдова Беляева Герасимова "
       "Богданова Осипова Сидорова Шубина Чиркова Вахрушева Бабинцева Касаткина Лекомцева Широбокова").split()
INIT = "А Б В Г Д Е И К Л М Н О П Р С Т Ю Я".split()


def people(rng, n, male_share=0.35):
    out, seen = [], set()
    while len(out) < n:
        sur = rng.choice(FEM)
        if rng.random() < male_share:
            sur = sur[:-1]
        name = f"{sur} {rng.choice(INIT)}.{rng.choice(INIT)}."
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# ----------------------------------------------------------------------------------------------- file 1
def build_sosh3():
    fname = "sosh3_cmn_2024.xlsx"
    book = Book("excel")
    form_sh = book.add("Форма")
    raw = book.add("Расчёт")
    site = "https://sh3-krasnopolskij-r18.gosweb.gosuslugi.ru"
    doc = lambda n: f"{site}/ofitsialno/dokumenty/dokumenty-all-112_{n}.html"
    prikaz = doc(417)

    # ---- raw sheet «Расчёт»
    widths(raw, A=6, B=58, C=10, D=40)
    raw.set("A1", "Расчётная таблица к форме мониторинга ЦМН (2024). Заполняет зам. по УВР Петрова Е.А.", style=S["bold"])
    for c, t in zip("ABCD", ["№", "Что считаем", "Кол-во", "Откуда / примечание"]):
        raw.set(f"{c}3", t, style=S["head"])
    rows = [
        (4, None, "I. Кадры, договоры, приказы", None, None),
        (5, 1, "Кураторы ЦМН (приказ № 97-од от 29.08.2024)", 2, "Петрова Е.А., Шутова О.Н."),
        (6, 2, "Соглашения с ОО (наставники от них)", 2, "гимназия № 2, пед. колледж"),
        (7, 3, "Соглашения с предприятиями", 1, "мех. завод"),
        (8, 4, "Соглашения с иными орг.", 1, "МЦ «Импульс»"),
        (9, 5, "Наставники всего (приказ № 112-од от 02.09.2024 + доп. приказ 14.11.2024)", 47, "22 пед. + 21 уч. + 4 внеш."),
        (10, 6, "Наставляемые всего (те же приказы)", 63, "48 уч. + 15 пед."),
        (11, 7, "Справка по внутреннему мониторингу есть (1/0)", 1, "справка от 20.12.2024"),
        (12, None, "II. ППН по реестру программ", None, None),
        (13, 8, "ученик – ученик", 12, None),
        (14, 9, "учитель – учитель", 9, None),
        (15, 10, "руководитель – педагог", 3, None),
        (16, 11, "студент – ученик", 0, None),
        (17, 12, "учитель – ученик", 7, None),
        (18, 13, "иные (клуб «Наставник+», проектные группы)", 2, None),
        (19, None, "III. Контингент (ОО-1 на 20.09.2024)", None, None),
        (20, 14, "5 классы", 88, None), (21, 15, "6 классы", 84, None), (22, 16, "7 классы", 79, None),
        (23, 17, "8 классы", 81, None), (24, 18, "9 классы", 76, None), (25, 19, "10 класс", 52, None),
        (26, 20, "11 класс", 47, None),
        (27, 21, "1–4 классы (в 10–19 не входят)", 312, None),
        (28, 22, "9 классы: из них 15 лет и старше", 31, "по дате рождения"),
        (29, None, "IV. Наставляемые-обучающиеся", None, None),
        (30, 23, "обучающиеся 10–19 в роли наставляемых", 48, None),
        (31, 24, "группа риска (ВШУ, ПДН)", 6, None),
        (32, 25, "одарённые (реестр)", 5, None),
        (33, 26, "ОВЗ, инвалиды", 4, None),
        (34, 27, "низкая мотивация, неуспевающие", 11, None),
        (35, 28, "проф. самоопределение", 9, None),
        (36, 29, "иное", 13, None),
        (37, 30, "наставники из обучающихся 15–19 (по приказу от 02.09)", 19, "+2 по доп. приказу – исправлено в форме"),
        (38, None, "V. Анкетирование, декабрь 2024", None, None),
        (39, 31, "наставляемых опрошено", 62, None), (40, 32, "из них удовлетворены", 58, None),
        (41, 33, "наставников опрошено", 39, None), (42, 34, "из них удовлетворены", 37, None),
        (43, None, "VI. Педагоги", None, None),
        (44, 35, "молодые специалисты (до 35, стаж до 3 лет)", 7, None),
        (45, 36, "МС – наставляемые", 7, None),
        (46, 37, "педагоги без МС", 49, None),
        (47, 38, "педагоги без МС – наставляемые", 8, None),
        (48, 39, "педагоги в ППН", 16, None),
        (49, 40, "КПК по наставничеству в 2024", 4, "ИРО, 36 ч."),
        (50, 41, "ШМО наставников", 1, None),
        (51, 42, "педагоги-наставники", 22, None),
        (52, 43, "МС-наставники", 1, None),
        (53, 44, "внешние наставники: из ОО", 2, None),
        (54, 45, "внешние наставники: предприятия", 1, None),
        (55, 46, "внешние наставники: иные орг.", 1, None),
        (56, 47, "ЛА об оплате наставничества", 1, "Положение об оплате труда, прил. 5"),
        (57, 48, "ЛА о нематериальном поощрении", 1, None),
        (58, 49, "наставнических пар", 58, None),
        (59, None, "VII. Документы (1 – есть, 0 – нет)", None, None),
        (60, 50, "Положение о наставничестве педработников", 1, None),
        (61, 51, "Положение о наставничестве обучающихся", 1, None),
        (62, 52, "Приказ о мониторинге ЦМН", 1, None),
        (63, None, "VIII. Партнёры", None, None),
    ]
    for r, n, label, v, note in rows:
        if n is None:
            raw.set(f"B{r}", label, style=S["bold"])
            continue
        raw.set(f"A{r}", n)
        raw.set(f"B{r}", label)
        raw.set(f"C{r}", v)
        if note:
            raw.set(f"D{r}", note)
    partners = ["МАОУ «Гимназия № 2»", "ГАПОУ «Краснопольский педагогический колледж»",
                "АО «Краснопольский механический завод»", "МБУ «Молодёжный центр «Импульс»"]
    for i, p in enumerate(partners):
        raw.set(f"B{64 + i}", p)

    # ---- the form
    sh = form_sh
    widths(sh, A=7, B=66, C=14, D=70)
    title(sh, "A1", "Мониторинг реализации целевой модели наставничества за 2024 год", "A1:D1")
    title(sh, "A2", "МБОУ «СОШ № 3» Краснопольского городского округа", "A2:D2")
    sh.set("A3", "(значения в столбце C берутся с листа «Расчёт», вручную не исправлять)")
    for c, t in zip("ABCD", ["№ п/п", "Показатель", "Значение", "Ссылка на подтверждающий документ"]):
        sh.set(f"{c}4", t, style=S["head"])
    fm = Form(fname, book, sh, "МБОУ «СОШ № 3»", "A", "B", "C", "D")
    fm.head(5, "1. Нормативная база")
    fm.row(6, "1.1", "Положение о системе наставничества педработников утверждено (приказом директора)",
           "orgs_regulation_teachers", f='IF(Расчёт!C60=1,"да","нет")', link=doc(408))
    fm.row(7, "1.2", "Положение о наставничестве обучающихся утверждено", "orgs_regulation_students",
           f='IF(Расчёт!C61=1,"да","нет")', link=doc(409))
    fm.row(8, "1.3", "Приказ о проведении мониторинга ЦМН в школе", "orgs_monitoring_order",
           f='IF(Расчёт!C62=1,"да","нет")', link=doc(415))
    fm.head(9, "2. Организация наставничества в ОО")
    sh.shared_block("C", 10, 16, "Расчёт!C5", si=0)
    soglash = f"{site}/nastavnichestvo/soglasheniya/"
    fm.row(10, "2.1", "Кураторы внедрения ЦМН, чел.", "curators_total", f=SHARED, link=doc(402))
    fm.row(11, "2.2", "Соглашения с другими ОО (наставники от партнёров), шт.", "agreements_edu_orgs", f=SHARED,
           link=soglash)
    fm.row(12, "2.3", "Соглашения с предприятиями, шт.", "agreements_enterprises", f=SHARED, link=soglash)
    fm.row(13, "2.4", "Соглашения с иными организациями (НКО, учреждения культуры и т.п.), шт.",
           "agreements_other_orgs", f=SHARED, link=soglash)
    fm.row(14, "2.5", "Наставников в базе школы (по приказу), чел.", "mentors_total", f=SHARED, link=prikaz)
    fm.row(15, "2.6", "Наставляемых в базе школы (по приказу), чел.", "mentees_total", f=SHARED, link=prikaz)
    fm.row(16, "2.7", "Справка по итогам внутреннего мониторинга (1 – есть)", "internal_monitoring_notes",
           f=SHARED, link=doc(430))
    fm.row(17, "2.8", "Организации-партнёры по наставничеству (перечень)", "partner_list",
           f='Расчёт!B64&"; "&Расчёт!B65&"; "&Расчёт!B66&"; "&Расчёт!B67', style="label", link=soglash)
    fm.head(18, "3. Персонализированные программы наставничества (ППН)")
    progs = f"{site}/nastavnichestvo/programmy/"
    fm.row(19, "3.1", "ППН всего, шт.", "pp_total", f="SUM(C20:C25)", link=progs)
    sh.shared_block("C", 20, 25, "Расчёт!C13", si=1)
    fm.row(20, "3.2", "в т.ч. «ученик – ученик»", "pp_pupil_pupil", f=SHARED)
    fm.row(21, "3.3", "в т.ч. «учитель – учитель»", "pp_teacher_teacher", f=SHARED, link=progs)
    fm.row(22, "3.4", "в т.ч. «руководитель – педагог»", "pp_head_teacher", f=SHARED)
    fm.row(23, "3.5", "в т.ч. «студент – ученик»", "pp_student_pupil", f=SHARED)
    fm.row(24, "3.6", "в т.ч. «учитель – ученик»", "pp_teacher_pupil", f=SHARED)
    fm.row(25, "3.7", "в т.ч. иные формы (клуб «Наставник+», проектные группы)", "pp_other", f=SHARED)
    fm.head(26, "4. Наставники из внешних организаций")
    fm.row(27, "4.1", "Наставники из других образовательных организаций, чел.", "external_edu_mentors",
           f="Расчёт!C53", link=prikaz)
    fm.row(28, "4.2", "Наставники – сотрудники предприятий, чел.", "enterprise_mentors", f="Расчёт!C54", link=prikaz)
    fm.row(29, "4.3", "Наставники из иных организаций, чел.", "other_org_mentors", f="Расчёт!C55", link=prikaz)
    fm.head(30, "5. Обучающиеся 10–19 лет")
    fm.row(31, "5.1", "Обучающихся 10–19 лет (5–11 кл.), всего", "students_10_19", f="SUM(Расчёт!C20:C26)")
    fm.row(32, "5.2", "из них включены в программы наставничества как наставляемые", "mentees_10_19",
           f="Расчёт!C30", link=prikaz)
    baza = f"{site}/nastavnichestvo/baza-nastavlyaemyh/"
    sh.shared_block("C", 33, 38, "Расчёт!C31", si=2)
    fm.row(33, "5.2.1", "в т.ч. «группа риска»", "mentees_risk", f=SHARED, link=baza)
    fm.row(34, "5.2.2", "в т.ч. одарённые (внесены в реестр)", "mentees_gifted", f=SHARED, link=baza)
    fm.row(35, "5.2.3", "в т.ч. дети с ОВЗ, дети-инвалиды", "mentees_disabled", f=SHARED, link=baza)
    fm.row(36, "5.2.4", "в т.ч. низкая мотивация / неуспевающие", "mentees_low_motivation", f=SHARED, link=baza)
    fm.row(37, "5.2.5", "в т.ч. затрудняются с выбором профессии", "mentees_career", f=SHARED, link=baza)
    fm.row(38, "5.2.6", "в т.ч. по иным основаниям", "mentees_other_params", f=SHARED)
    fm.row(39, "5.3", "Доля наставляемых среди обучающихся 10–19 лет, %", "share_mentees_10_19",
           f="ROUND(C32/C31*100,2)", style="dec2")
    fm.head(40, "6. Обучающиеся 15–19 лет в роли наставников")
    fm.row(41, "6.1", "Обучающихся 15–19 лет (9 кл. с 15 лет, 10–11 кл.)", "students_15_19",
           f="SUM(Расчёт!C25:C26,Расчёт!C28)")
    fm.row(42, "6.2", "из них наставники (по приказу), чел.", "mentors_15_19", v=21, link=prikaz, typed_over=True)
    fm.row(43, "6.3", "Доля обучающихся 15–19 лет – наставников, %", "share_mentors_15_19",
           f="ROUND(C42/C41*100,2)", style="dec2")
    fm.head(44, "7. Удовлетворённость участников (анкетирование, декабрь 2024)")
    anketa = "https://disk.yandex.ru/d/Kp3sT9mWq2ZxLA"
    fm.row(45, "7.1", "Удовлетворённость наставляемых, %", "satisfaction_mentees",
           f="ROUND(Расчёт!C40/Расчёт!C39*100,2)", style="dec2", link=anketa)
    fm.row(46, "7.2", "Удовлетворённость наставников, %", "satisfaction_mentors",
           f="ROUND(Расчёт!C42/Расчёт!C41*100,2)", style="dec2", link=anketa)
    fm.head(47, "8. Педагогические кадры")
    fm.row(48, "8.1", "Молодые специалисты (до 35 лет, стаж до 3 лет), чел.", "young_specialists", f="Расчёт!C44")
    fm.row(49, "8.2", "из них наставляемые", "young_specialists_mentees", f="Расчёт!C45", link=prikaz)
    fm.row(50, "8.3", "Педагоги без учёта молодых специалистов, чел.", "teachers_other", f="Расчёт!C46")
    fm.row(51, "8.4", "из них наставляемые", "teachers_other_mentees", f="Расчёт!C47", link=prikaz)
    fm.row(52, "8.5", "Доля молодых специалистов – наставляемых, %", "share_young_specialists_mentees",
           f="ROUND(C49/C48*100,2)", style="dec2")
    fm.row(53, "8.6", "Доля педагогов-наставляемых (от всех педагогов), %", "share_teachers_mentees",
           f="ROUND((C49+C51)/(C48+C50)*100,2)", style="dec2")
    fm.head(54, "9. Профессиональное развитие, педагоги-наставники")
    fm.row(55, "9.1", "Педагоги, работающие по утверждённым ППН, чел.", "teachers_in_pp", f="Расчёт!C48", link=progs)
    fm.row(56, "9.2", "Прошли КПК по наставничеству в 2024 г., чел.", "kpk_trained", f="Расчёт!C49",
           link="https://disk.yandex.ru/d/Qw81NbXc0fRtYg")
    fm.row(57, "9.3", "ШМО наставников, ед.", "school_methodical_associations", f="Расчёт!C50", link=doc(421))
    fm.row(58, "9.4", "Педагоги-наставники, чел.", "teachers_mentors", f="Расчёт!C51", link=prikaz)
    fm.row(59, "9.5", "Молодые специалисты в роли наставника, чел.", "young_specialists_mentors", f="Расчёт!C52",
           link=prikaz)
    fm.row(60, "9.6", "Доля педагогов-наставников, %", "share_teachers_mentors", f="ROUND(C58/(C48+C50)*100,2)",
           style="dec2")
    fm.row(61, "9.7", "Доля молодых специалистов – наставников, %", "share_young_specialists_mentors",
           f="ROUND(C59/C48*100,2)", style="dec2")
    fm.head(62, "10. Стимулирование наставников")
    fm.row(63, "10.1", "Локальные акты об оплате наставничества, кол-во", "pay_acts", f="Расчёт!C56", link=doc(377))
    fm.row(64, "10.2", "Локальные акты о нематериальном поощрении, кол-во", "nonmaterial_acts", f="Расчёт!C57",
           link=doc(378))
    fm.head(65, "Справочно")
    fm.row(66, "–", "Наставнических пар по приказу", None, f="Расчёт!C58")
    fm.row(67, "–", "Всего участников программ (наставники + наставляемые)", None, f="C14+C15")
    fm.row(68, "–", "Обучающихся 1–4 классов (в расчёт не входят)", None, f="Расчёт!C27")
    sh.set("B70", "Ответственный: зам. директора по УВР Петрова Е.А., тел. 8 (34567) 2-14-63")
    sh.set("B71", "Дата заполнения: 17.01.2025")
    return fname, book, [fm]


# ----------------------------------------------------------------------------------------------- file 2
def build_gimn2():
    fname = "gimn2_cmn_2024.xlsx"
    book = Book("excel")
    sh = book.add("Мониторинг 2024")
    raw = book.add("Исходные данные", state="hidden")
    bm = book.add("База наставников", state="hidden")
    bn = book.add("База наставляемых", state="hidden")
    site = "https://gimnaziya2-krasnopolskij-r18.gosweb.gosuslugi.ru"
    d = lambda n: f"{site}/netcat_files/userfiles/nastavnichestvo/{n}.pdf"
    RAWQ = "'Исходные данные'"

    # ---- raw data
    widths(raw, A=5, B=44, C=8, D=12, E=70)
    raw.set("A1", "Исходные данные для формы мониторинга ЦМН – 2024 (строки не удалять и не переставлять!)",
            style=S["bold"])
    for c, t in zip("ABCDE", ["№", "Показатель (ключ)", "Ед.", "Значение", "Ссылка на документ"]):
        raw.set(f"{c}2", t, style=S["head"])
    prik = d("prikaz_87_30.08.2024")
    data = [
        (3, "Положение о наставничестве пед. работников", "да/нет", "да", d("polozhenie_ped")),
        (4, "Положение о наставничестве обучающихся", "да/нет", "да", d("polozhenie_obuch")),
        (5, "Приказ о мониторинге ЦМН", "да/нет", "да", d("prikaz_monitoring_2024")),
        (6, "Куратор(ы) ЦМН", "чел.", 1, d("prikaz_kurator")),
        (7, "Соглашения с ОО", "шт.", 1, d("soglashenie_kolledzh")),
        (8, "Соглашения с предприятиями", "шт.", 2, d("soglasheniya_predpriyatiya")),
        (9, "Соглашения с иными орг.", "шт.", 0, None),
        (10, "Справка по внутр. мониторингу", "да/нет", "да", d("spravka_monitoring_2024")),
        (11, "ППН ученик-ученик", "шт.", 18, d("reestr_ppn_2024")),
        (12, "ППН учитель-учитель", "шт.", 6, None),
        (13, "ППН руководитель-педагог", "шт.", 2, None),
        (14, "ППН студент-ученик", "шт.", 1, None),
        (15, "ППН учитель-ученик", "шт.", 10, None),
        (16, "ППН иные", "шт.", 0, None),
        (17, "Наставники из др. ОО", "чел.", 1, prik),
        (18, "Наставники с предприятий", "чел.", 3, prik),
        (19, "Наставники из иных орг.", "чел.", 0, None),
        (20, "Обучающиеся 10-19 лет (ОО-1)", "чел.", 640, None),
        (21, "Наставляемые 10-19 лет", "чел.", 58, prik),
        (22, "группа риска", "чел.", 3, None),
        (23, "одарённые", "чел.", 14, None),
        (24, "ОВЗ/инвалиды", "чел.", 2, None),
        (25, "низкая мотивация", "чел.", 9, None),
        (26, "выбор профессии", "чел.", 17, None),
        (27, "иное", "чел.", 13, None),
        (28, "Обучающиеся 15-19 лет", "чел.", None, None),
        (29, "Наставники-обучающиеся 15-19 лет", "чел.", 12, prik),
        (30, "Анкета наставляемых: опрошено", "чел.", 73, None),
        (31, "Анкета наставляемых: удовлетворены", "чел.", 70, d("itogi_anketirovaniya_2024")),
        (32, "Анкета наставников: опрошено", "чел.", 35, None),
        (33, "Анкета наставников: удовлетворены", "чел.", 33, d("itogi_anketirovaniya_2024")),
        (34, "Молодые специалисты", "чел.", 5, None),
        (35, "МС наставляемые", "чел.", 4, prik),
        (36, "Педагоги (без МС)", "чел.", 58, None),
        (37, "Педагоги-наставляемые", "чел.", 10, prik),
        (38, "Педагоги в ППН", "чел.", 12, d("reestr_ppn_2024")),
        (39, "КПК по наставничеству", "чел.", 3, d("udostovereniya_kpk_2024")),
        (40, "ШМО наставников", "ед.", 1, d("prikaz_shmo_nastavnikov")),
        (41, "Педагоги-наставники", "чел.", 20, prik),
        (42, "МС-наставники", "чел.", 0, None),
        (43, "Положение об оплате (ЛА)", "шт.", 1, d("polozhenie_oplata")),
        (44, "Положение о нематериальном поощрении", "шт.", 1, d("polozhenie_nematerialnoe")),
        (45, "Выпускники-наставники прошлых лет", "чел.", 2, None),
    ]
    for r, label, unit, v, link in data:
        raw.set(f"A{r}", r - 2)
        raw.set(f"B{r}", label)
        raw.set(f"C{r}", unit)
        raw.set(f"D{r}", v)
        if link:
            raw.set(f"E{r}", link)
    raw.set("F28", "уточнить у секретаря по ОО-1!")
    raw.set("B47", "Партнёры (наименование)", style=S["bold"])
    raw.set("D47", "соглаш.", style=S["bold"])
    for i, (p, n) in enumerate([("ГАПОУ «Краснопольский политехнический колледж»", 1), ("АО «Краснопольэнерго»", 1),
                                ("ООО «ТехноСфера»", 1), ("МБУК «Централизованная библиотечная система»", 0)]):
        raw.set(f"B{48 + i}", p)
        raw.set(f"D{48 + i}", n)
    raw.set("E51", "соглашение на подписании (2025)")

    rng = random.Random(10302)
    names = people(rng, 36 + 72)
    widths(bm, A=5, B=30, C=34, D=24)
    for c, t in zip("ABCD", ["№", "ФИО наставника", "Должность / класс", "Категория"]):
        bm.set(f"{c}3", t, style=S["head"])
    bm.set("A1", "База наставников МАОУ «Гимназия № 2» (приказ № 87 от 30.08.2024, изм. от 11.11.2024)", style=S["bold"])
    cats = ([("учитель", "педагог")] * 20 + [(f"{rng.choice(['10', '11'])}{rng.choice('АБВ')} класс", "обучающийся")] * 12
            + [("преподаватель ГАПОУ КПК", "внешний – ОО")] + [("инженер АО «Краснопольэнерго»", "предприятие")] * 2
            + [("программист ООО «ТехноСфера»", "предприятие")])
    for i in range(36):
        bm.set(f"A{4 + i}", i + 1)
        bm.set(f"B{4 + i}", names[i])
        bm.set(f"C{4 + i}", cats[i][0])
        bm.set(f"D{4 + i}", cats[i][1])
    widths(bn, A=5, B=30, C=20, D=30)
    bn.set("A1", "База наставляемых (2024)", style=S["bold"])
    for c, t in zip("ABCD", ["№", "ФИО наставляемого", "Класс / должность", "Основание"]):
        bn.set(f"{c}3", t, style=S["head"])
    reasons = (["группа риска"] * 3 + ["одарённые"] * 14 + ["ОВЗ"] * 2 + ["низкая мотивация"] * 9 + ["профориентация"] * 17
               + ["иное"] * 13)
    for i in range(72):
        r = 4 + i
        bn.set(f"A{r}", i + 1)
        bn.set(f"B{r}", names[36 + i])
        if i < 58:
            bn.set(f"C{r}", f"{rng.choice(range(5, 12))}{rng.choice('АБВ')}")
            bn.set(f"D{r}", reasons[i])
        elif i < 62:
            bn.set(f"C{r}", "учитель (молодой специалист)")
            bn.set(f"D{r}", "адаптация")
        else:
            bn.set(f"C{r}", "учитель")
            bn.set(f"D{r}", "профессиональные дефициты")

    # ---- the form
    widths(sh, A=6, B=64, C=9, D=16, E=72)
    title(sh, "A1", "Отчёт о реализации целевой модели наставничества в МАОУ «Гимназия № 2» за 2024 год", "A1:E1")
    title(sh, "A2", "Краснопольский городской округ", "A2:E2")
    for c, t in zip("ABCDE", ["№", "Наименование показателя", "Ед. изм.", "Значение на 31.12.2024",
                              "Подтверждающий документ (ссылка)"]):
        sh.set(f"{c}4", t, style=S["head"])
    fm = Form(fname, book, sh, "МАОУ «Гимназия № 2»", "A", "B", "D", "E", unit_col="C", hyperlinks=False)
    L = lambda r: f"{RAWQ}!E{r}"
    fm.head(5, "I. Нормативно-правовое обеспечение")
    fm.row(6, 1, "Утверждено Положение о наставничестве педагогических работников", "orgs_regulation_teachers",
           f=f"{RAWQ}!D3", linkf=L(3), unit="да/нет")
    fm.row(7, 2, "Утверждено Положение о наставничестве обучающихся", "orgs_regulation_students", f=f"{RAWQ}!D4",
           linkf=L(4), unit="да/нет")
    fm.row(8, 3, "Издан приказ о мониторинге реализации ЦМН", "orgs_monitoring_order", f=f"{RAWQ}!D5",
           linkf=L(5), unit="да/нет")
    fm.head(9, "II. Организационные условия")
    fm.row(10, 4, "Кураторы ЦМН", "curators_total", f=f"{RAWQ}!D6", linkf=L(6), unit="чел.")
    fm.row(11, 5, "Соглашения (договоры) с образовательными организациями о предоставлении наставников",
           "agreements_edu_orgs", f=f"{RAWQ}!D7", linkf=L(7), unit="шт.")
    fm.row(12, 6, "… с предприятиями", "agreements_enterprises", f=f"{RAWQ}!D8", linkf=L(8), unit="шт.")
    fm.row(13, 7, "… с иными организациями", "agreements_other_orgs", f=f"{RAWQ}!D9", linkf=L(9), unit="шт.")
    arr = (f'_xlfn.TEXTJOIN("; ",TRUE,IF({RAWQ}!D48:D52>0,{RAWQ}!B48:B52,""))')
    fm.row(14, 8, "Наименования организаций-партнёров", "partner_list", f=arr, style="label", linkf=L(8))
    sh.get("D14").array = "D14"
    fm.row(15, 9, "Наставники (база наставников, приказ № 87 от 30.08.2024)", "mentors_total",
           f="COUNTA('База наставников'!B4:B80)", link=prik, unit="чел.")
    fm.row(16, 10, "Наставляемые (база наставляемых)", "mentees_total", f="COUNTA('База наставляемых'!B4:B150)",
           link=prik, unit="чел.")
    fm.row(17, 11, "Информационная справка по итогам внутреннего мониторинга", "internal_monitoring_notes",
           f=f"{RAWQ}!D10", linkf=L(10), unit="да/нет")
    fm.head(18, "III. Персонализированные программы наставничества")
    fm.row(19, 12, "Персонализированные программы – всего", "pp_total", f="SUM(D20:D25)", linkf=L(11), unit="шт.")
    sh.shared_block("D", 20, 25, f"{RAWQ}!D11", si=0)
    for r, num, label, crit in [(20, "12.1", "форма «ученик – ученик»", "pp_pupil_pupil"),
                                (21, "12.2", "форма «учитель – учитель»", "pp_teacher_teacher"),
                                (22, "12.3", "форма «руководитель – педагог»", "pp_head_teacher"),
                                (23, "12.4", "форма «студент – ученик»", "pp_student_pupil"),
                                (24, "12.5", "форма «учитель – ученик»", "pp_teacher_pupil"),
                                (25, "12.6", "иные формы", "pp_other")]:
        fm.row(r, num, label, crit, f=SHARED, unit="шт.")
    fm.head(26, "IV. Наставники из внешних организаций")
    sh.shared_block("D", 27, 29, f"{RAWQ}!D17", si=1)
    fm.row(27, 13, "Наставники из других образовательных организаций", "external_edu_mentors", f=SHARED,
           linkf=L(17), unit="чел.")
    fm.row(28, 14, "Наставники – представители предприятий", "enterprise_mentors", f=SHARED, linkf=L(18),
           unit="чел.")
    fm.row(29, 15, "Наставники из иных организаций", "other_org_mentors", f=SHARED, unit="чел.")
    fm.head(30, "V. Обучающиеся 10–19 лет – наставляемые")
    sh.shared_block("D", 31, 38, f"{RAWQ}!D20", si=2)
    fm.row(31, 16, "Численность обучающихся 10–19 лет", "students_10_19", f=SHARED, unit="чел.")
    fm.row(32, 17, "в т.ч. вошли в программы наставничества (наставляемые)", "mentees_10_19", f=SHARED,
           linkf=L(21), unit="чел.")
    for r, num, label, crit in [(33, "17.1", "из них «группа риска»", "mentees_risk"),
                                (34, "17.2", "из них одарённые дети (реестр)", "mentees_gifted"),
                                (35, "17.3", "из них дети с ОВЗ / дети-инвалиды", "mentees_disabled"),
                                (36, "17.4", "из них с низкой учебной мотивацией", "mentees_low_motivation"),
                                (37, "17.5", "из них с проблемой выбора профессии", "mentees_career"),
                                (38, "17.6", "из них по иным основаниям", "mentees_other_params")]:
        fm.row(r, num, label, crit, f=SHARED, unit="чел.")
    fm.row(39, 18, "Доля наставляемых среди обучающихся 10–19 лет", "share_mentees_10_19", f="D32/D31",
           style="pct", unit="%")
    fm.head(40, "VI. Обучающиеся 15–19 лет – наставники")
    fm.row(41, 19, "Численность обучающихся 15–19 лет", "students_15_19",
           f=f'IF({RAWQ}!D28="","",{RAWQ}!D28)', unit="чел.")
    fm.row(42, 20, "Наставники из числа обучающихся 15–19 лет", "mentors_15_19", f=f"{RAWQ}!D29", linkf=L(29),
           unit="чел.")
    fm.row(43, 21, "Доля наставников среди обучающихся 15–19 лет", "share_mentors_15_19",
           f=f"{RAWQ}!D29/{RAWQ}!D28", style="pct", unit="%")
    fm.head(44, "VII. Удовлетворённость участников")
    fm.row(45, 22, "Удовлетворённость наставляемых", "satisfaction_mentees", f=f"{RAWQ}!D31/{RAWQ}!D30",
           style="pct", linkf=L(31), unit="%")
    fm.row(46, 23, "Удовлетворённость наставников", "satisfaction_mentors", f=f"{RAWQ}!D33/{RAWQ}!D32",
           style="pct", linkf=L(33), unit="%")
    fm.head(47, "VIII. Педагоги – наставляемые")
    sh.shared_block("D", 48, 51, f"{RAWQ}!D34", si=3)
    fm.row(48, 24, "Молодые специалисты (до 35 лет, первые 3 года работы)", "young_specialists", f=SHARED,
           unit="чел.")
    fm.row(49, 25, "из них – наставляемые", "young_specialists_mentees", f=SHARED, linkf=L(35), unit="чел.")
    fm.row(50, 26, "Педагоги, кроме молодых специалистов", "teachers_other", f=SHARED, unit="чел.")
    fm.row(51, 27, "из них – наставляемые", "teachers_other_mentees", f=SHARED, linkf=L(37), unit="чел.")
    fm.row(52, 28, "Доля молодых специалистов, вошедших в программы как наставляемые",
           "share_young_specialists_mentees", f="D49/D48", style="pct", unit="%")
    fm.row(53, 29, "Доля педагогов-наставляемых (все педагоги)", "share_teachers_mentees",
           f="(D49+D51)/(D48+D50)", style="pct", unit="%")
    fm.head(54, "IX. Профессиональное развитие, педагоги – наставники")
    vl = lambda key: f'VLOOKUP("{key}",{RAWQ}!$B:$D,3,FALSE)'
    fm.row(55, 30, "Педагоги, участвующие в персонализированных программах", "teachers_in_pp",
           f=vl("Педагоги в ППН"), linkf=L(38), unit="чел.")
    fm.row(56, 31, "Педагоги, прошедшие КПК по наставничеству (2024)", "kpk_trained", f=vl("КПК наставничество"),
           linkf=L(39), unit="чел.")
    fm.row(57, 32, "Методические объединения наставников (ШМО)", "school_methodical_associations",
           f=vl("ШМО наставников"), linkf=L(40), unit="ед.")
    fm.row(58, 33, "Педагоги – наставники", "teachers_mentors", f=vl("Педагоги-наставники"), linkf=L(41),
           unit="чел.")
    fm.row(59, 34, "Молодые специалисты – наставники", "young_specialists_mentors", f=vl("МС-наставники"),
           unit="чел.")
    fm.row(60, 35, "Доля педагогов-наставников", "share_teachers_mentors", f="D58/(D48+D50)", style="pct", unit="%")
    fm.row(61, 36, "Доля молодых специалистов – наставников", "share_young_specialists_mentors", f="D59/D48",
           style="pct", unit="%")
    fm.head(62, "X. Стимулирование")
    fm.row(63, 37, "Положение о материальном стимулировании наставников", "pay_acts", f=f"{RAWQ}!D43",
           linkf=L(43), unit="шт.")
    fm.row(64, 38, "Положение о нематериальном поощрении наставников", "nonmaterial_acts", f=f"{RAWQ}!D44",
           linkf=L(44), unit="шт.")
    fm.head(65, "Дополнительно (по запросу УО)")
    fm.row(66, 39, "Участников программ наставничества всего (наставники и наставляемые)", None,
           f="COUNTA('База наставников'!B4:B80)+COUNTA('База наставляемых'!B4:B150)", unit="чел.")
    fm.row(67, 40, "Выпускники гимназии – наставники, привлечённые в 2024 г.", None, f=f"{RAWQ}!D45", unit="чел.")
    sh.set("B69", "Дата заполнения: 16.01.2025")
    sh.set("B70", "Заместитель директора по НМР ____________ Т.В. Соколова")
    return fname, book, [fm]


# ----------------------------------------------------------------------------------------------- file 3 (openpyxl)
def build_sosh11():
    fname = "sosh11_cmn_2024.xlsx"
    book = Book("excel")  # model only; written by openpyxl (no cached values), see write_openpyxl
    book.cache = False
    sh = book.add("Отчёт")
    raw = book.add("Расчёт")
    site = "https://sosh11-krasnopol.ru/svedeniya/nastavnichestvo"
    widths(raw, A=50, B=10)
    raw.set("A1", "Расчёт (данные выгружены из Google-таблицы «ЦМН_СОШ11_2024», 16.01.2025)")
    rdata = [("Наставники по приказу", 26), ("Наставляемые по приказу", 41), ("Наставники-обучающиеся 15–19", 8),
             ("Наставляемые-обучающиеся 10–19", 27), ("", None), ("ППН ученик – ученик", 6), ("ППН учитель – учитель", 4),
             ("ППН учитель – ученик", 5), ("ППН иные", 1), ("Наставники от предприятий", 2),
             ("Молодые специалисты", 4), ("МС – наставляемые", 4), ("Педагоги-наставники", 15), ("", None),
             ("5 кл.", 61), ("6 кл.", 58), ("7 кл.", 64), ("8 кл.", 55), ("9 кл.", 59), ("10 кл.", 33), ("11 кл.", 29),
             ("9 кл. (15 лет и старше)", 22)]
    for i, (label, v) in enumerate(rdata, 3):
        if label:
            raw.set(f"A{i}", label)
            raw.set(f"B{i}", v)
    widths(sh, A=62, B=14, C=64)
    sh.set("A1", "МБОУ «СОШ № 11» – мониторинг ЦМН, 2024 г.", style=S["bold"])
    sh.set("A2", "форма собрана скриптом из листа «Расчёт»; проверить перед отправкой")
    for c, t in zip("ABC", ["Показатель", "Значение", "Документ (ссылка)"]):
        sh.set(f"{c}3", t, style=S["head"])
    fm = Form(fname, book, sh, "МБОУ «СОШ № 11»", None, "A", "B", "C")
    fm.head(4, "Документы")
    fm.row(5, None, "Положение о наставничестве педагогов", "orgs_regulation_teachers", v="Да",
           link=f"{site}/polozhenie-pedagogi.pdf")
    fm.row(6, None, "Положение о наставничестве обучающихся", "orgs_regulation_students", v="Да",
           link=f"{site}/polozhenie-obuchayushchiesya.pdf")
    fm.row(7, None, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", v="Да", link=f"{site}/prikaz-monitoring.pdf")
    fm.row(8, None, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", v="Да",
           link=f"{site}/spravka-2024.pdf")
    fm.head(9, "Участники")
    prik = f"{site}/prikaz-214-od.pdf"
    fm.row(10, None, "Куратор ЦМН, чел.", "curators_total", v=1, link=f"{site}/prikaz-kurator.pdf")
    fm.row(11, None, "Наставники по приказу", "mentors_total", f="Расчёт!B3", link=prik)
    fm.row(12, None, "Наставляемые по приказу", "mentees_total", f="Расчёт!B4", link=prik)
    fm.row(13, None, "Наставники-обучающиеся 15–19 лет", "mentors_15_19", f="Расчёт!B5", link=prik)
    fm.row(14, None, "Обучающиеся 15–19 лет всего", "students_15_19", f="SUM(Расчёт!B22:B24)")
    fm.row(15, None, "Доля наставников 15–19 лет, %", "share_mentors_15_19", f="ROUND(B13/B14*100,2)")
    fm.row(16, None, "Обучающиеся 10–19 лет всего", "students_10_19", f="SUM(Расчёт!B17:B23)")
    fm.row(17, None, "Наставляемые 10–19 лет", "mentees_10_19", f="Расчёт!B6", link=prik)
    fm.row(18, None, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", f="ROUND(B17/B16*100,2)")
    fm.head(19, "Программы")
    progs = f"{site}/personalizirovannye-programmy/"
    fm.row(20, None, "Персонализированных программ всего", "pp_total", f="SUM(B21:B24)", link=progs)
    fm.row(21, None, "«ученик – ученик»", "pp_pupil_pupil", f="Расчёт!B8")
    fm.row(22, None, "«учитель – учитель»", "pp_teacher_teacher", f="Расчёт!B9")
    fm.row(23, None, "«учитель – ученик»", "pp_teacher_pupil", f="Расчёт!B10")
    fm.row(24, None, "иные", "pp_other", f="Расчёт!B11")
    fm.head(25, "Партнёры")
    fm.row(26, None, "Соглашения с предприятиями", "agreements_enterprises", v=1, link=f"{site}/soglashenie-zarechie.pdf")
    fm.row(27, None, "Наставники от предприятий", "enterprise_mentors", f="Расчёт!B12", link=prik)
    fm.row(28, None, "Партнёры (перечень)", "partner_list", v="ООО «Агрофирма «Заречье»", style="label",
           link=f"{site}/soglashenie-zarechie.pdf")
    fm.head(29, "Педагоги")
    fm.row(30, None, "Молодые специалисты", "young_specialists", f="Расчёт!B13")
    fm.row(31, None, "из них наставляемые", "young_specialists_mentees", f="Расчёт!B14", link=prik)
    fm.row(32, None, "Педагоги-наставники", "teachers_mentors", f="Расчёт!B15", link=prik)
    fm.row(33, None, "КПК по наставничеству, чел.", "kpk_trained", v=3, link=f"{site}/kpk-2024.pdf")
    fm.row(34, None, "ШМО наставников", "school_methodical_associations", v=1, link=f"{site}/prikaz-shmo.pdf")
    fm.head(35, "Удовлетворённость")
    fm.row(36, None, "наставляемых, %", "satisfaction_mentees", v=91, link=f"{site}/anketirovanie-2024.pdf")
    fm.row(37, None, "наставников, %", "satisfaction_mentors", v=89.5, link=f"{site}/anketirovanie-2024.pdf")
    fm.head(38, "Поощрение")
    fm.row(39, None, "Положение о доплате наставникам", "pay_acts", v=1, link=f"{site}/polozhenie-oplata.pdf")
    fm.row(40, None, "Нематериальное поощрение (положение)", "nonmaterial_acts", v=1,
           link=f"{site}/polozhenie-pooshchrenie.pdf")
    fm.row(41, None, "Всего участников (наставники + наставляемые)", None, f="B11+B12")
    return fname, book, [fm]


def write_openpyxl(book, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for s in book.sheets:
        ws = wb.create_sheet(s.name)
        for col, w in s.widths.items():
            ws.column_dimensions[col].width = w
        for (r, c), cell in sorted(s.cells.items()):
            target = ws.cell(row=r, column=c)
            target.value = "=" + cell.formula if cell.formula is not None else cell.value
            if cell.style in (S["head"], S["bold"]):
                target.font = Font(bold=True)
            if cell.style == S["head"]:
                target.fill = PatternFill("solid", fgColor="D9E1F2")
            if cell.style in (S["label"], S["value"], S["head"], S["link"], S["dec2"], S["pct"]):
                target.border = border
            if cell.style in (S["label"], S["link"], S["head"]):
                target.alignment = Alignment(wrap_text=True, vertical="top")
        for m in s.merges:
            ws.merge_cells(m)
    wb.save(path)
    normalise_zip(path)


# ----------------------------------------------------------------------------------------------- file 4
def build_ddt():
    fname = "ddt_cmn_2024.xlsx"
    book = Book("excel")
    sh = book.add("Форма ДОП")
    calc = book.add("calc", state="veryHidden")
    site = "https://ddt-krasnopol.ru/documents/nastavnichestvo"
    widths(calc, A=52, B=8, C=12)
    calc.set("A1", "служебный лист – расчёт для формы (не печатать)")
    cdata = [
        (3, "Положение о наставничестве пед. (1/0)", 1), (4, "Положение о наставничестве учащихся (1/0)", 1),
        (5, "Приказ о мониторинге (1/0)", 1), (6, "Справка по итогам мониторинга (1/0)", 1), (7, "Кураторы", 1),
        (8, "Соглашения со школами", 3), (9, "Соглашения с предприятиями", 0), (10, "Соглашения с иными орг.", 1),
        (11, "Наставники (приказ № 41-о)", 18), (12, "Наставляемые (приказ № 41-о)", 46),
        (13, "ППН учащийся – учащийся", 6), (14, "ППН педагог – педагог", 4), (15, "ППН руководитель – педагог", 1),
        (16, "ППН педагог – учащийся", 5), (17, "ППН иные", 0), (18, "Наставники – педагоги школ", 3),
        (19, "Наставники от предприятий", 0),
        (20, "Учащиеся 10–19 лет (в объединениях, без повторов)", 812), (21, "Наставляемые 10–19 лет", 38),
        (22, "группа риска", 2), (23, "одарённые", 9), (24, "ОВЗ/инвалиды", 3), (25, "низкая мотивация", "н/д"),
        (26, "профориентация", 11), (27, "иные", 12), (28, "Учащиеся 15–19 лет", 236),
        (29, "Наставники 15–19 лет", 7),
        (30, "Анкета наставляемых: вопрос 1, % «удовлетворён»", 92), (31, "вопрос 2", 95), (32, "вопрос 3", 96),
        (33, "вопрос 4", 93), (34, "вопрос 5", 94),
        (35, "Анкета наставников: вопрос 1, %", 97), (36, "вопрос 2", 96), (37, "вопрос 3", 95), (38, "вопрос 4", 98),
        (39, "Молодые специалисты", 3), (40, "МС – наставляемые", 3), (41, "Педагоги (без МС)", "уточняется"),
        (42, "Педагоги – наставляемые", 4), (43, "Педагоги в ППН", 9), (44, "КПК по наставничеству", 2),
        (45, "МО наставников", 1), (46, "Педагоги-наставники", 11), (47, "МС-наставники", 0),
        (48, "ЛА об оплате", 0), (49, "ЛА о нематериальном поощрении", 1), (50, "Объединения с наставн. парами", 14),
        (51, "Контингент ДДТ всего на 31.12.2024", 1460),
    ]
    for r, label, v in cdata:
        calc.set(f"A{r}", label)
        calc.set(f"C{r}", v)

    widths(sh, A=7, B=58, C=12, D=62, E=34)
    title(sh, "A1", "Информация МБУ ДО «Дом детского творчества» г. Краснополье о реализации целевой модели "
                    "наставничества (2024 год)", "A1:E1")
    sh.heights[1] = 36
    for c, t in zip("ABCDE", ["№ п/п", "Критерий", "2024 г.", "Ссылка", "Примечание"]):
        sh.set(f"{c}4", t, style=S["head"])
    fm = Form(fname, book, sh, "МБУ ДО «Дом детского творчества»", "A", "B", "C", "D", note_col="E")
    prik = f"{site}/prikaz_41-o_2024.pdf"
    fm.head(6, "Документы")
    fm.row(7, 1, "Положение о системе наставничества педагогов", "orgs_regulation_teachers",
           f="IF(calc!C3>0,1,0)", link=f"{site}/polozhenie_pedagogi.pdf")
    fm.row(8, 2, "Положение о наставничестве обучающихся (учащихся объединений)", "orgs_regulation_students",
           f="IF(calc!C4>0,1,0)", link=f"{site}/polozhenie_uchashchiesya.pdf")
    fm.row(9, 3, "Приказ о проведении мониторинга ЦМН", "orgs_monitoring_order", f="IF(calc!C5>0,1,0)",
           link=f"{site}/prikaz_monitoring.pdf")
    fm.row(10, 4, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes", f="IF(calc!C6>0,1,0)",
           link=f"{site}/spravka_2024.pdf")
    fm.head(11, "Организация")
    sh.shared_block("C", 12, 17, "calc!C7", si=0)
    fm.row(12, 5, "Куратор ЦМН", "curators_total", f=SHARED, link=f"{site}/prikaz_kurator.pdf")
    fm.row(13, 6, "Соглашения со школами (наставники от школ)", "agreements_edu_orgs", f=SHARED,
           link=f"{site}/soglasheniya_2024.pdf")
    fm.row(14, 7, "Соглашения с предприятиями", "agreements_enterprises", f=SHARED)
    fm.row(15, 8, "Соглашения с иными организациями", "agreements_other_orgs", f=SHARED,
           link=f"{site}/soglasheniya_2024.pdf")
    fm.row(16, 9, "Наставники (приказ)", "mentors_total", f=SHARED, link=prik)
    fm.row(17, 10, "Наставляемые (приказ)", "mentees_total", f=SHARED, link=prik)
    fm.row(18, 11, "Партнёры", "partner_list",
           v="МБОУ «СОШ № 3»; МАОУ «Гимназия № 2»; МБОУ «СОШ № 24»; Краснопольская городская библиотека им. А.С. Пушкина",
           style="label", link=f"{site}/soglasheniya_2024.pdf")
    fm.head(19, "Персонализированные программы")
    fm.row(20, 12, "ППН всего", "pp_total", f="SUM(C21:C25)", link=f"{site}/ppn_2024.zip")
    sh.shared_block("C", 21, 25, "calc!C13", si=1)
    fm.row(21, "12.1", "учащийся – учащийся", "pp_pupil_pupil", f=SHARED)
    fm.row(22, "12.2", "педагог – педагог", "pp_teacher_teacher", f=SHARED)
    fm.row(23, "12.3", "руководитель – педагог", "pp_head_teacher", f=SHARED)
    fm.row(24, "12.4", "педагог д/о – учащийся", "pp_teacher_pupil", f=SHARED)
    fm.row(25, "12.5", "иные", "pp_other", f=SHARED)
    fm.head(26, "Внешние наставники")
    fm.row(27, 13, "Наставники – педагоги школ города", "external_edu_mentors", f="calc!C18", link=prik)
    fm.row(28, 14, "Наставники от предприятий", "enterprise_mentors", f="calc!C19")
    fm.row(29, 15, "Наставники из иных организаций", "other_org_mentors", f="calc!#REF!", link=prik)
    fm.head(30, "Учащиеся 10–19 лет")
    fm.row(31, 16, "Учащихся 10–19 лет в объединениях (без повторного счёта)", "students_10_19", f="calc!C20")
    fm.row(32, 17, "из них наставляемые", "mentees_10_19", f="calc!C21", link=prik)
    sh.shared_block("C", 33, 38, "calc!C22", si=2)
    fm.row(33, "17.1", "в т.ч. «группа риска»", "mentees_risk", f=SHARED)
    fm.row(34, "17.2", "в т.ч. одарённые", "mentees_gifted", f=SHARED)
    fm.row(35, "17.3", "в т.ч. ОВЗ и инвалиды", "mentees_disabled", f=SHARED)
    fm.row(36, "17.4", "в т.ч. низкая мотивация к учёбе", "mentees_low_motivation", f=SHARED,
           note="нет данных от педагогов д/о")
    fm.row(37, "17.5", "в т.ч. профориентация", "mentees_career", f=SHARED)
    fm.row(38, "17.6", "в т.ч. иные", "mentees_other_params", f=SHARED)
    fm.row(39, 18, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", f="ROUND(C32/C31*100,2)", style="dec2")
    fm.head(40, "Учащиеся 15–19 лет")
    fm.row(41, 19, "Учащихся 15–19 лет", "students_15_19", f="calc!C28")
    fm.row(42, 20, "Наставники из их числа", "mentors_15_19", f="calc!C29", link=prik)
    fm.row(43, 21, "Доля, %", "share_mentors_15_19", f="ROUND(C42/C41*100,2)", style="dec2")
    fm.head(44, "Удовлетворённость")
    anketa = f"{site}/anketirovanie_2024.pdf"
    fm.row(45, 22, "наставляемых, %", "satisfaction_mentees", f="ROUND(AVERAGE(calc!C30:C34),2)", style="dec2",
           link=anketa)
    fm.row(46, 23, "наставников, %", "satisfaction_mentors", f="ROUND(AVERAGE(calc!C35:C38),2)", style="dec2",
           link=anketa)
    fm.head(47, "Педагоги")
    fm.row(48, 24, "Молодые специалисты", "young_specialists", f="calc!C39")
    fm.row(49, 25, "МС – наставляемые", "young_specialists_mentees", f="calc!C40", link=prik)
    fm.row(50, 26, "Педагоги (без МС)", "teachers_other", f="calc!C41", note="штатное расписание уточняется")
    fm.row(51, 27, "Педагоги – наставляемые", "teachers_other_mentees", f="calc!C42", link=prik)
    fm.row(52, 28, "Доля МС-наставляемых, %", "share_young_specialists_mentees", f="ROUND(C49/C48*100,2)",
           style="dec2")
    fm.row(53, 29, "Доля педагогов-наставляемых, %", "share_teachers_mentees", f="ROUND((C49+C51)/(C48+C50)*100,2)",
           style="dec2")
    fm.row(54, 30, "Педагоги в ППН", "teachers_in_pp", f="calc!C43", link=f"{site}/ppn_2024.zip")
    fm.row(55, 31, "КПК по наставничеству (2024)", "kpk_trained", f="calc!C44", link=f"{site}/kpk_2024.pdf")
    fm.row(56, 32, "МО наставников", "school_methodical_associations", f="calc!C45", link=f"{site}/prikaz_mo.pdf")
    fm.row(57, 33, "Педагоги – наставники", "teachers_mentors", f="calc!C46", link=prik)
    fm.row(58, 34, "МС – наставники", "young_specialists_mentors", f="calc!C47")
    fm.row(59, 35, "Доля педагогов-наставников, %", "share_teachers_mentors", f="ROUND(C57/(C48+C50)*100,2)",
           style="dec2")
    fm.row(60, 36, "Доля МС-наставников, %", "share_young_specialists_mentors", f="ROUND(C58/C48*100,2)",
           style="dec2")
    fm.head(61, "Стимулирование")
    fm.row(62, 37, "ЛА об оплате наставничества", "pay_acts", f="calc!C48")
    fm.row(63, 38, "ЛА о нематериальном поощрении", "nonmaterial_acts", f="calc!C49",
           link=f"{site}/polozhenie_pooshchrenie.pdf")
    fm.head(64, "Региональные показатели ДОП")
    fm.row(65, 39, "Объединения, в которых работают наставнические пары", None, f="calc!C50")
    fm.row(66, 40, "Охват учащихся ДДТ всего (на 31.12.2024)", None, f="calc!C51")
    sh.set("B68", "Директор МБУ ДО «ДДТ» __________ Н.А. Лекомцева")
    return fname, book, [fm]


# ----------------------------------------------------------------------------------------------- file 5 (POI)
def build_licey1():
    fname = "licey1_ais_export_2024.xlsx"
    book = Book("poi")
    sh = book.add("Показатели")
    site = "https://licey1-krasnopol.gosuslugi.ru/netcat_files/nastavnichestvo"
    widths(sh, A=8, B=66, C=9, D=12, E=66)
    sh.set("A1", "Мониторинг ЦМН. Отчётный период: 01.01.2024 – 31.12.2024", style=S["bold"])
    sh.set("A2", "Организация: МАОУ «Лицей № 1»")
    sh.set("A3", "Сформировано: 15.01.2025 09:42 (АИС «Наставник»)")
    for c, t in zip("ABCDE", ["Код", "Показатель", "Ед. изм.", "Значение", "Источник (ссылка)"]):
        sh.set(f"{c}5", t, style=S["head"])
    fm = Form(fname, book, sh, "МАОУ «Лицей № 1»", "A", "B", "D", "E", unit_col="C", hyperlinks=False)
    prik = f"{site}/prikaz_305.pdf"
    progs = f"{site}/ppn_reestr_2024.pdf"
    rows = [
        ("H", "1. Нормативное обеспечение"),
        ("N1.1", "Положение о наставничестве педагогических работников", "orgs_regulation_teachers", "Да", "да/нет",
         f"{site}/polozhenie_ped.pdf"),
        ("N1.2", "Положение о наставничестве обучающихся", "orgs_regulation_students", "Да", "да/нет",
         f"{site}/polozhenie_obuch.pdf"),
        ("N1.3", "Приказ о мониторинге ЦМН", "orgs_monitoring_order", "Да", "да/нет", f"{site}/prikaz_monitoring.pdf"),
        ("H", "2. Организация процесса"),
        ("N2.1", "Кураторы", "curators_total", 2, "чел.", f"{site}/prikaz_kuratory.pdf"),
        ("N2.2", "Соглашения с образовательными организациями", "agreements_edu_orgs", 2, "шт.",
         f"{site}/soglasheniya.pdf"),
        ("N2.3", "Соглашения с предприятиями", "agreements_enterprises", 3, "шт.", f"{site}/soglasheniya.pdf"),
        ("N2.4", "Соглашения с иными организациями", "agreements_other_orgs", 1, "шт.", f"{site}/soglasheniya.pdf"),
        ("N2.5", "Наставники (по приказу)", "mentors_total", 52, "чел.", prik),
        ("N2.6", "Наставляемые (по приказу)", "mentees_total", 116, "чел.", prik),
        ("N2.7", "Наставнические пары", None, 61, "пар", prik),
        ("H", "3. Персонализированные программы"),
        ("N3.0", "Персонализированные программы, всего", "pp_total", "=SUM(@N3.1:@N3.6)", "шт.", progs),
        ("N3.1", "ученик – ученик", "pp_pupil_pupil", 20, "шт.", progs),
        ("N3.2", "учитель – учитель", "pp_teacher_teacher", 11, "шт.", progs),
        ("N3.3", "руководитель – педагог", "pp_head_teacher", 4, "шт.", progs),
        ("N3.4", "студент – ученик", "pp_student_pupil", 2, "шт.", progs),
        ("N3.5", "учитель – ученик", "pp_teacher_pupil", 14, "шт.", progs),
        ("N3.6", "иная форма (указать в примечании)", "pp_other", 3, "шт.", progs),
        ("H", "4. Внешние наставники"),
        ("N4.1", "Наставники из других ОО", "external_edu_mentors", 2, "чел.", prik),
        ("N4.2", "Наставники из предприятий", "enterprise_mentors", 4, "чел.", prik),
        ("N4.3", "Наставники из иных организаций", "other_org_mentors", 1, "чел.", prik),
        ("H", "5. Обучающиеся 10–19 лет"),
        ("N5.1", "Обучающиеся 10–19 лет, всего", "students_10_19", 880, "чел.", None),
        ("N5.2", "Наставляемые 10–19 лет", "mentees_10_19", 96, "чел.", prik),
        ("N5.3", "в т.ч. группа риска", "mentees_risk", 5, "чел.", prik),
        ("N5.4", "в т.ч. одарённые", "mentees_gifted", 21, "чел.", prik),
        ("N5.5", "в т.ч. ОВЗ / инвалиды", "mentees_disabled", 3, "чел.", prik),
        ("N5.6", "в т.ч. низкая мотивация", "mentees_low_motivation", 17, "чел.", prik),
        ("N5.7", "в т.ч. выбор траектории / профессии", "mentees_career", 28, "чел.", prik),
        ("N5.8", "в т.ч. иные параметры", "mentees_other_params", 22, "чел.", prik),
        ("N5.9", "Доля наставляемых 10–19 лет", "share_mentees_10_19", "=ROUND(@N5.2/@N5.1*100,2)", "%", None),
        ("H", "6. Обучающиеся 15–19 лет"),
        ("N6.1", "Обучающиеся 15–19 лет, всего", "students_15_19", 290, "чел.", None),
        ("N6.2", "Наставники 15–19 лет (по приказу)", "mentors_15_19", 28, "чел.", prik),
        ("N6.3", "Доля наставников 15–19 лет", "share_mentors_15_19", "=ROUND(@N6.2/@N6.1*100,2)", "%", None),
        ("H", "7. Удовлетворённость"),
        ("N7.1", "Удовлетворённость наставляемых", "satisfaction_mentees", 97.2, "%", f"{site}/anketa_itogi.pdf"),
        ("N7.2", "Удовлетворённость наставников", "satisfaction_mentors", 95.8, "%", f"{site}/anketa_itogi.pdf"),
        ("H", "8. Педагоги – наставляемые"),
        ("N8.1", "Молодые специалисты", "young_specialists", 9, "чел.", None),
        ("N8.2", "Молодые специалисты – наставляемые", "young_specialists_mentees", 8, "чел.", prik),
        ("N8.3", "Педагоги (кроме молодых специалистов)", "teachers_other", 71, "чел.", None),
        ("N8.4", "Педагоги (кроме МС) – наставляемые", "teachers_other_mentees", 12, "чел.", prik),
        ("N8.5", "Доля МС – наставляемых", "share_young_specialists_mentees", "=ROUND(@N8.2/@N8.1*100,2)", "%", None),
        ("N8.6", "Доля педагогов – наставляемых", "share_teachers_mentees", "=ROUND((@N8.2+@N8.4)/(@N8.1+@N8.3)*100,2)", "%",
         None),
        ("H", "9. Профессиональное развитие"),
        ("N9.1", "Педагоги в персонализированных программах", "teachers_in_pp", 22, "чел.", progs),
        ("N9.2", "КПК по вопросам наставничества (2024)", "kpk_trained", 6, "чел.", f"{site}/kpk_2024.pdf"),
        ("N9.3", "ШМО наставников", "school_methodical_associations", 2, "ед.", f"{site}/prikaz_shmo.pdf"),
        ("H", "10. Педагоги – наставники"),
        ("N10.1", "Педагоги – наставники", "teachers_mentors", 17, "чел.", prik),
        ("N10.2", "Молодые специалисты – наставники", "young_specialists_mentors", 1, "чел.", prik),
        ("N10.3", "Доля педагогов – наставников", "share_teachers_mentors", "=ROUND(@N10.1/(@N8.1+@N8.3)*100,2)", "%", None),
        ("N10.4", "Доля МС – наставников", "share_young_specialists_mentors", "=ROUND(@N10.2/@N8.1*100,2)", "%", None),
        ("H", "11. Стимулирование"),
        ("N11.1", "ЛА об оплате работы наставника", "pay_acts", 1, "шт.", f"{site}/polozhenie_oplata.pdf"),
        ("N11.2", "ЛА о нематериальном поощрении", "nonmaterial_acts", 2, "шт.", f"{site}/polozhenie_pooshchrenie.pdf"),
        ("N0.1", "Численность обучающихся ОО, всего", None, 1240, "чел.", None),
    ]
    r, code_row = 6, {}
    for item in rows:
        if item[0] != "H":
            code_row[item[0]] = r
        r += 1
    at = lambda text: re.sub(r"@(N[\d.]+\d)", lambda m: f"D{code_row[m.group(1)]}", text)
    r = 6
    for item in rows:
        if item[0] == "H":
            fm.head(r, item[1])
        else:
            code, label, crit, v, unit, link = item
            if isinstance(v, str) and v.startswith("="):
                fm.row(r, code, label, crit, f=at(v[1:]), unit=unit, link=link)
            else:
                fm.row(r, code, label, crit, v=v, unit=unit, link=link)
        r += 1
    sh.set(f"A{r + 1}", "Выгрузка сформирована автоматически. Формулы пересчитываются при открытии в Excel.")
    return fname, book, [fm]


# ----------------------------------------------------------------------------------------------- file 6
def build_sosh24():
    fname = "sosh24_cmn_2024.xlsx"
    book = Book("excel")
    sh = book.add("Форма ЦМН")
    pr = book.add("Программы")
    raw = book.add("Расчёт (2024)")
    RQ = "'Расчёт (2024)'"
    site = "https://school24-krasnopol.edusite.ru"
    # ---- programmes
    widths(pr, A=5, B=60, C=26, D=26, E=14)
    pr.set("A1", "Реестр персонализированных программ наставничества МБОУ «СОШ № 24», 2024", style=S["bold"])
    for c, t in zip("ABCDE", ["№", "Программа", "Наставник", "Форма", "Утверждена"]):
        pr.set(f"{c}2", t, style=S["head"])
    rng = random.Random(10306)
    mentors = people(rng, 30)
    forms = (["ученик – ученик"] * 9 + ["учитель – учитель"] * 7 + ["руководитель – педагог"] * 2
             + ["учитель – ученик"] * 6 + ["иная форма"] * 2)
    titles = {"ученик – ученик": ["«Шаг навстречу»", "«Вместе к ОГЭ»", "«Равный – равному»", "«Школа лидера»"],
              "учитель – учитель": ["«Первые шаги в профессии»", "«Адаптация молодого педагога»", "«Мастерская урока»"],
              "руководитель – педагог": ["«Управленческий резерв»"],
              "учитель – ученик": ["«Мой проект»", "«Путь в профессию»", "«Олимпиадный резерв»"],
              "иная форма": ["«Клуб наставников: родитель – ученик»", "«Работодатель – ученик»"]}
    order = rng.sample(forms, len(forms))
    for i, form_name in enumerate(order):
        r = 3 + i
        pr.set(f"A{r}", i + 1)
        pr.set(f"B{r}", f"ППН {rng.choice(titles[form_name])} (№ {i + 1})")
        pr.set(f"C{r}", mentors[i])
        pr.set(f"D{r}", form_name)
        pr.set(f"E{r}", f"{rng.randint(2, 27):02d}.{rng.choice([9, 10, 11]):02d}.2024")
    # ---- raw
    widths(raw, A=52, B=10, C=40)
    raw.set("A1", "Расчёт к форме (2024)", style=S["bold"])
    rvals = [
        (3, "Положение пед. (1 – да)", 1), (4, "Положение обуч. (1 – да)", 1), (5, "Приказ мониторинг (1 – да)", 1),
        (6, "Справка внутр. мониторинг (1 – да)", 1), (7, "Кураторы", 1), (8, "Соглашения ОО", 1),
        (9, "Соглашения предприятия", 1), (10, "Соглашения иные", 1), (11, "Наставники (приказ № 156)", 29),
        (12, "Наставляемые (приказ № 156)", 51), (13, "Внешние наставники: ОО", 2), (14, "Внешние: предприятия", 1),
        (15, "Внешние: иные", 1), (16, "10–19 лет всего", 402), (17, "10–19 наставляемые", 31), (18, "риск", 4),
        (19, "одарённые", 3), (20, "ОВЗ", 2), (21, "мотивация", 8), (22, "профессия", 6), (23, "иное", 8),
        (24, "15–19 лет всего", 98), (25, "15–19 наставники", 6), (26, "Удовл. наставляемых, %", 88.5),
        (27, "Удовл. наставников, %", 91.2), (28, "МС", 6), (29, "МС наставляемые", 5), (30, "Пед. без МС", 38),
        (31, "Пед. без МС наставляемые", 15), (32, "Пед. в ППН", 18), (33, "КПК", 5), (34, "ШМО", 1),
        (35, "Пед.-наставники", 19), (36, "МС-наставники", 0), (37, "ЛА оплата", 1), (38, "ЛА нематер.", 1),
    ]
    for r, label, v in rvals:
        raw.set(f"A{r}", label)
        raw.set(f"B{r}", v)
    raw.set("A39", "Партнёры:", style=S["bold"])
    for i, p in enumerate(["МБУ ДО «Дом детского творчества»", "ООО «Краснопольский водоканал»",
                           "Краснопольский городской совет ветеранов"]):
        raw.set(f"A{40 + i}", p)
    # ---- form
    widths(sh, A=6, B=66, C=14, D=66)
    title(sh, "A1", "Форма мониторинга ЦМН – МБОУ «СОШ № 24»", "A1:D1")
    title(sh, "A2", "данные за 2024 календарный год", "A2:D2")
    for c, t in zip("ABCD", ["№", "Показатель", "Значение", "Ссылка"]):
        sh.set(f"{c}4", t, style=S["head"])
    fm = Form(fname, book, sh, "МБОУ «СОШ № 24»", "A", "B", "C", "D")
    doc = lambda n: f"{site}/nastavnichestvo/{n}"
    prik = doc("prikaz_156_2024.pdf")
    fm.head(5, "Раздел 1. Документы")
    yn = lambda r: f'IF({RQ}!B{r}=1,"Да","Нет")'
    fm.row(6, 1, "Положение о наставничестве педагогических работников", "orgs_regulation_teachers", f=yn(3),
           link=doc("polozhenie_ped.pdf"))
    fm.row(7, 2, "Положение о наставничестве обучающихся", "orgs_regulation_students", f=yn(4),
           link=doc("polozhenie_uch.pdf"))
    fm.row(8, 3, "Приказ о мониторинге ЦМН в ОО", "orgs_monitoring_order", f=yn(5), link=doc("prikaz_monitoring.pdf"))
    fm.row(9, 4, "Информационная справка по итогам внутреннего мониторинга", "internal_monitoring_notes", f=yn(6),
           link=doc("spravka_itogi_2024.pdf"))
    fm.head(10, "Раздел 2. Организация")
    sh.shared_block("C", 11, 15, f"{RQ}!B7", si=0)
    fm.row(11, 5, "Кураторы ЦМН", "curators_total", f=SHARED, link=doc("prikaz_kurator.pdf"))
    fm.row(12, 6, "Соглашения с ОО (о наставниках)", "agreements_edu_orgs", f=SHARED, link=doc("soglasheniya.pdf"))
    fm.row(13, 7, "Соглашения с предприятиями", "agreements_enterprises", f=SHARED, link=doc("soglasheniya.pdf"))
    fm.row(14, 8, "Соглашения с иными организациями", "agreements_other_orgs", f=SHARED, link=doc("soglasheniya.pdf"))
    fm.row(15, 9, "Наставники по приказу", "mentors_total", f=SHARED, link=prik)
    fm.row(16, 10, "Наставляемые по приказу", "mentees_total", f=f"{RQ}!B12", link=prik)
    fm.row(17, 11, "Партнёры (список)", "partner_list", f=f'_xlfn.TEXTJOIN("; ",TRUE,{RQ}!A40:A43)', style="label",
           link=doc("soglasheniya.pdf"))
    fm.head(18, "Раздел 3. Персонализированные программы (по реестру на листе «Программы»)")
    fm.row(19, 12, "ППН всего", "pp_total", f="COUNTA(Программы!B3:B40)", link=doc("reestr_ppn_2024.pdf"))
    fm.row(20, "12.1", "«ученик – ученик»", "pp_pupil_pupil", f='SUM((Программы!D3:D40="ученик – ученик")*1)')
    sh.get("C20").array = "C20"
    ci = lambda name: f'COUNTIF(Программы!D3:D40,"{name}")'
    fm.row(21, "12.2", "«учитель – учитель»", "pp_teacher_teacher", f=ci("учитель – учитель"))
    fm.row(22, "12.3", "«руководитель – педагог»", "pp_head_teacher", f=ci("руководитель – педагог"))
    fm.row(23, "12.4", "«студент – ученик»", "pp_student_pupil", f=ci("студент – ученик"))
    fm.row(24, "12.5", "«учитель – ученик»", "pp_teacher_pupil", f=ci("учитель – ученик"))
    fm.row(25, "12.6", "иные формы (родитель – ученик, работодатель – ученик)", "pp_other", f=ci("иная форма"))
    fm.row(26, "–", "Доля программ «ученик – ученик» от всех ППН, %", None, f="C20/C19*100", style="dec2")
    fm.head(27, "Раздел 4. Внешние наставники")
    sh.shared_block("C", 28, 30, f"{RQ}!B13", si=1)
    fm.row(28, 13, "из других образовательных организаций", "external_edu_mentors", f=SHARED, link=prik)
    fm.row(29, 14, "из предприятий", "enterprise_mentors", f=SHARED, link=prik)
    fm.row(30, 15, "из иных организаций", "other_org_mentors", f=SHARED, link=prik)
    fm.head(31, "Раздел 5. Обучающиеся 10–19 лет")
    fm.row(32, 16, "Обучающиеся 10–19 лет", "students_10_19", f=f"{RQ}!B16")
    fm.row(33, 17, "Наставляемые 10–19 лет", "mentees_10_19", f=f"{RQ}!B17", link=prik)
    sh.shared_block("C", 34, 39, f"{RQ}!B18", si=2)
    for r, num, label, crit in [(34, "17.1", "– «группа риска»", "mentees_risk"),
                                (35, "17.2", "– одарённые", "mentees_gifted"),
                                (36, "17.3", "– ОВЗ, инвалидность", "mentees_disabled"),
                                (37, "17.4", "– низкая мотивация, неуспеваемость", "mentees_low_motivation"),
                                (38, "17.5", "– выбор образовательной траектории", "mentees_career"),
                                (39, "17.6", "– иные параметры", "mentees_other_params")]:
        fm.row(r, num, label, crit, f=SHARED, link=prik if r < 36 else None)
    fm.row(40, 18, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", f="C33/C32*100", style="dec2")
    fm.head(41, "Раздел 6. Обучающиеся 15–19 лет")
    fm.row(42, 19, "Обучающиеся 15–19 лет", "students_15_19", f=f"{RQ}!B24")
    fm.row(43, 20, "Наставники из обучающихся 15–19 лет", "mentors_15_19", f=f"{RQ}!B25", link=prik)
    fm.row(44, 21, "Доля, %", "share_mentors_15_19", f="C43/C42*100", style="dec2")
    fm.head(45, "Раздел 7. Удовлетворённость")
    fm.row(46, 22, "наставляемые, %", "satisfaction_mentees", f=f"{RQ}!B26", style="dec1",
           link=doc("anketirovanie_2024.pdf"))
    fm.row(47, 23, "наставники, %", "satisfaction_mentors", f=f"{RQ}!B27", style="dec1",
           link=doc("anketirovanie_2024.pdf"))
    fm.head(48, "Раздел 8. Педагоги")
    sh.shared_block("C", 49, 52, f"{RQ}!B28", si=3)
    fm.row(49, 24, "Молодые специалисты (до 35 лет, стаж до 3 лет)", "young_specialists", f=SHARED)
    fm.row(50, 25, "из них наставляемые", "young_specialists_mentees", f=SHARED, link=prik)
    fm.row(51, 26, "Педагоги, не относящиеся к МС", "teachers_other", f=SHARED)
    fm.row(52, 27, "из них наставляемые", "teachers_other_mentees", f=SHARED, link=prik)
    fm.row(53, 28, "Доля МС-наставляемых, %", "share_young_specialists_mentees", f="C50/C49*100", style="dec2")
    fm.row(54, 29, "Доля педагогов-наставляемых, %", "share_teachers_mentees", f="(C50+C52)/(C49+C51)*100",
           style="dec2")
    fm.head(55, "Раздел 9. Развитие педагогов")
    sh.shared_block("C", 56, 60, f"{RQ}!B32", si=4)
    fm.row(56, 30, "Педагоги, участвующие в ППН", "teachers_in_pp", f=SHARED, link=doc("reestr_ppn_2024.pdf"))
    fm.row(57, 31, "Обучились на КПК по наставничеству в 2024 г.", "kpk_trained", f=SHARED,
           link=doc("kpk_udostovereniya.pdf"))
    fm.row(58, 32, "ШМО наставников", "school_methodical_associations", f=SHARED, link=doc("prikaz_shmo.pdf"))
    fm.row(59, 33, "Педагоги-наставники", "teachers_mentors", f=SHARED, link=prik)
    fm.row(60, 34, "МС-наставники", "young_specialists_mentors", f=SHARED)
    fm.row(61, 35, "Доля педагогов-наставников, %", "share_teachers_mentors", f="C59/(C49+C51)*100", style="dec2")
    fm.row(62, 36, "Доля МС-наставников, %", "share_young_specialists_mentors", f="C60/C49*100", style="dec2")
    fm.head(63, "Раздел 10. Стимулирование")
    fm.row(64, 37, "Положение об оплате наставничества", "pay_acts", f=f"{RQ}!B37", link=doc("polozhenie_oplata.pdf"))
    fm.row(65, 38, "Положение о нематериальном поощрении", "nonmaterial_acts", f=f"{RQ}!B38",
           link=doc("polozhenie_pooshchrenie.pdf"))
    sh.set("B67", "Исполнитель: Касаткина Ю.В., зам. директора по ВР")
    return fname, book, [fm]


# ----------------------------------------------------------------------------------------------- file 7 (LibreOffice)
def build_oosh9():
    fname = "oosh9_cmn_2024.xlsx"
    book = Book("libreoffice")
    sh = book.add("Лист1")
    dat = book.add("данные", state="hidden")
    site = "https://oosh9-krasnopolskij-r18.gosweb.gosuslugi.ru/ofitsialno/dokumenty"
    vals = [("Положение пед", 1), ("Положение обуч", 1), ("Приказ мониторинг", 1), ("Справка", 0), ("Куратор", 1),
            ("Соглашения ОО", 0), ("Соглашения пред", 0), ("Соглашения иные", 0), ("Наставники", 9),
            ("Наставляемые", 14), ("ППН уч-уч", 3), ("ППН пед-пед", 2), ("ППН пед-уч", 2), ("10-19 всего", 78),
            ("10-19 наставляемые", 10), ("риск", 2), ("одар", 1), ("ОВЗ", 1), ("мотивация", 4), ("профессия", 1),
            ("иное", 1), ("15-19 всего", 11), ("15-19 наставники", 2), ("МС", 0), ("МС наставл", 0),
            ("пед без МС", 14), ("пед наставл", 4), ("пед в ППН", 4), ("КПК", 1), ("ШМО", 0), ("пед-наставники", 7),
            ("МС-наставники", 0), ("ЛА оплата", 0), ("ЛА немат", 1), ("анкета наставл: всего", 10),
            ("анкета наставл: довольны", 10), ("анкета наставн: всего", 9), ("анкета наставн: довольны", 8),
            ("внешние наставники (все)", 0)]
    for i, (label, v) in enumerate(vals, 1):
        dat.set(f"A{i}", label)
        dat.set(f"B{i}", v)
    row_of = {label: i for i, (label, _) in enumerate(vals, 1)}
    B = lambda label: f"данные!B{row_of[label]}"
    widths(sh, A=5, B=64, C=13, D=64)
    sh.set("A1", "МБОУ «ООШ № 9» с. Верхние Ключи", style=S["bold"])
    sh.set("A2", "Мониторинг целевой модели наставничества, 2024 год", style=S["bold"])
    for c, t in zip("ABCD", ["№", "Наименование", "Значение", "Ссылка на документ"]):
        sh.set(f"{c}4", t, style=S["head"])
    fm = Form(fname, book, sh, "МБОУ «ООШ № 9»", "A", "B", "C", "D")
    d = lambda n: f"{site}/{n}"
    prik = d("prikaz-62-od-ot-02-09-2024.pdf")
    fm.head(5, "Нормативные документы")
    fm.row(6, 1, "Положение о наставничестве педагогов (утв.)", "orgs_regulation_teachers",
           f=f"IF({B('Положение пед')}>0,1,0)", link=d("polozhenie-o-nastavnichestve-pedagogov.pdf"))
    fm.row(7, 2, "Положение о наставничестве обучающихся (утв.)", "orgs_regulation_students",
           f=f"IF({B('Положение обуч')}>0,1,0)", link=d("polozhenie-o-nastavnichestve-obuchayushchihsya.pdf"))
    fm.row(8, 3, "Приказ о мониторинге ЦМН", "orgs_monitoring_order", f=f"IF({B('Приказ мониторинг')}>0,1,0)",
           link=d("prikaz-o-monitoringe.pdf"))
    fm.row(9, 4, "Справка по итогам внутреннего мониторинга", "internal_monitoring_notes",
           f=f"IF({B('Справка')}>0,1,0)")
    fm.head(10, "Организация")
    fm.row(11, 5, "Куратор ЦМН", "curators_total", f=B("Куратор"), link=d("prikaz-kurator.pdf"))
    fm.row(12, 6, "Соглашения с ОО", "agreements_edu_orgs", f=B("Соглашения ОО"))
    fm.row(13, 7, "Соглашения с предприятиями", "agreements_enterprises", f=B("Соглашения пред"))
    fm.row(14, 8, "Соглашения с иными организациями", "agreements_other_orgs", f=B("Соглашения иные"))
    fm.row(15, 9, "Наставники по приказу", "mentors_total", f=B("Наставники"), link=prik)
    fm.row(16, 10, "Наставляемые по приказу", "mentees_total", f=B("Наставляемые"), link=prik)
    fm.row(17, 11, "Наставники из внешних организаций (ОО, предприятия, иные) всего", None,
           f=B("внешние наставники (все)"))
    fm.head(18, "Персонализированные программы")
    fm.row(19, 12, "ППН всего", "pp_total", f="SUM(C20:C22)", link=d("programmy-nastavnichestva-2024.pdf"))
    fm.row(20, "12.1", "ученик – ученик", "pp_pupil_pupil", f=B("ППН уч-уч"))
    fm.row(21, "12.2", "учитель – учитель", "pp_teacher_teacher", f=B("ППН пед-пед"))
    fm.row(22, "12.3", "учитель – ученик", "pp_teacher_pupil", f=B("ППН пед-уч"))
    fm.head(23, "Обучающиеся")
    fm.row(24, 13, "Обучающиеся 10–19 лет (5–9 кл.)", "students_10_19", f=B("10-19 всего"))
    fm.row(25, 14, "из них наставляемые", "mentees_10_19", f=B("10-19 наставляемые"), link=prik)
    fm.row(26, "14.1", "группа риска", "mentees_risk", f=B("риск"))
    fm.row(27, "14.2", "одарённые", "mentees_gifted", f=B("одар"))
    fm.row(28, "14.3", "ОВЗ / инвалиды", "mentees_disabled", f=B("ОВЗ"))
    fm.row(29, "14.4", "низкая мотивация", "mentees_low_motivation", f=B("мотивация"))
    fm.row(30, "14.5", "выбор профессии", "mentees_career", f=B("профессия"))
    fm.row(31, "14.6", "иное", "mentees_other_params", f=B("иное"))
    fm.row(32, 15, "Доля наставляемых 10–19 лет, %", "share_mentees_10_19", f="ROUND(C25/C24*100,2)", style="dec2")
    fm.row(33, 16, "Обучающиеся 15–19 лет (9 кл., 15 лет и старше)", "students_15_19", f=B("15-19 всего"))
    fm.row(34, 17, "из них наставники", "mentors_15_19", f=B("15-19 наставники"), link=prik)
    fm.row(35, 18, "Доля наставников 15–19 лет, %", "share_mentors_15_19", f="ROUND(C34/C33*100,2)", style="dec2")
    fm.head(36, "Удовлетворённость")
    anketa = d("itogi-anketirovaniya-2024.pdf")
    fm.row(37, 19, "наставляемых, %", "satisfaction_mentees",
           f=f"ROUND({B('анкета наставл: довольны')}/{B('анкета наставл: всего')}*100,2)", style="dec2", link=anketa)
    fm.row(38, 20, "наставников, %", "satisfaction_mentors",
           f=f"ROUND({B('анкета наставн: довольны')}/{B('анкета наставн: всего')}*100,2)", style="dec2", link=anketa)
    fm.head(39, "Педагоги")
    fm.row(40, 21, "Молодые специалисты", "young_specialists", f=B("МС"))
    fm.row(41, 22, "МС – наставляемые", "young_specialists_mentees", f=B("МС наставл"))
    fm.row(42, 23, "Педагоги (без МС)", "teachers_other", f=B("пед без МС"))
    fm.row(43, 24, "Педагоги (без МС) – наставляемые", "teachers_other_mentees", f=B("пед наставл"), link=prik)
    fm.row(44, 25, "Доля МС-наставляемых, %", "share_young_specialists_mentees", f="ROUND(C41/C40*100,2)",
           style="dec2")
    fm.row(45, 26, "Доля педагогов-наставляемых, %", "share_teachers_mentees", f="ROUND((C41+C43)/(C40+C42)*100,2)",
           style="dec2")
    fm.row(46, 27, "Педагоги в ППН", "teachers_in_pp", f=B("пед в ППН"), link=d("programmy-nastavnichestva-2024.pdf"))
    fm.row(47, 28, "КПК по наставничеству", "kpk_trained", f=B("КПК"), link=d("udostoverenie-kpk.pdf"))
    fm.row(48, 29, "ШМО наставников", "school_methodical_associations", f=B("ШМО"))
    fm.row(49, 30, "Педагоги-наставники", "teachers_mentors", f=B("пед-наставники"), link=prik)
    fm.row(50, 31, "МС-наставники", "young_specialists_mentors", f=B("МС-наставники"))
    fm.row(51, 32, "Доля педагогов-наставников, %", "share_teachers_mentors", f="ROUND(C49/(C40+C42)*100,2)",
           style="dec2")
    fm.row(52, 33, "Доля МС-наставников, %", "share_young_specialists_mentors", f="ROUND(C50/C40*100,2)",
           style="dec2")
    fm.head(53, "Стимулирование")
    fm.row(54, 34, "Положение об оплате наставникам", "pay_acts", f=f"IF({B('ЛА оплата')}>0,1,0)")
    fm.row(55, 35, "Положение о нематериальном поощрении", "nonmaterial_acts", f=f"IF({B('ЛА немат')}>0,1,0)",
           link=d("polozhenie-o-pooshchrenii.pdf"))
    sh.set("B57", "Директор ______ Широбокова Л.Г.      20.01.2025")
    return fname, book, [fm]


# ----------------------------------------------------------------------------------------------- main
def main():
    typed = HERE / "typed"
    typed.mkdir(exist_ok=True)
    for old in typed.glob("*.xlsx"):
        old.unlink()
    expected, cells, withheld, info = [], [], [], []
    for builder in (build_sosh3, build_gimn2, build_sosh11, build_ddt, build_licey1, build_sosh24, build_oosh9):
        fname, book, forms = builder()
        path = typed / fname
        if builder is build_sosh11:
            write_openpyxl(book, path)
            ev = Evaluator(book)
        else:
            ev = write_book(book, path)
        for fm in forms:
            collect(fm, ev, expected, cells, withheld, info)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "cells.json").write_text(json.dumps({"cells": cells, "withheld": withheld}, ensure_ascii=False, indent=1)
                                     + "\n", encoding="utf-8")
    nv = sum(len(e["values"]) for e in expected)
    nl = sum(len(e["links"]) for e in expected)
    print(f"{len(expected)} forms, {nv} values, {nl} links, {len(withheld)} withheld cells")
    for w in withheld:
        print("  withheld:", w["file"], w["cell"], w["criterion"], "-", w["reason"])


if __name__ == "__main__":
    main()
