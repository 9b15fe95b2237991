#!/usr/bin/env python3
"""Recompute the derived columns of MANIFEST.tsv from the corpus files.

The columns `file`, `repo`, `original_path` and `licence` record where a file
came from and cannot be derived from the file itself; they are read from the
existing MANIFEST.tsv.  The columns `producer`, `bom` and `bytes` are derived
from the .xlsx file alone (plus the small OVERRIDES table below, for files
whose writer leaves no usable fingerprint) and are recomputed here.

Usage:
    python3 build_manifest.py            # rewrite MANIFEST.tsv in place
    python3 build_manifest.py --check    # exit 1 if MANIFEST.tsv is stale
    python3 build_manifest.py --explain FILE   # print the fingerprint of FILE

Only the Python standard library is needed.
"""
import csv
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, "MANIFEST.tsv")
COLUMNS = ["file", "repo", "original_path", "licence", "producer", "bom", "bytes"]

# Files whose producer cannot be read from the package itself.  Keyed by the
# corpus-relative path; the value is the producer and the reason.
OVERRIDES = {
    # Written by EPPlus (System.IO.Packaging, default namespace, no docProps);
    # MiniExcel keeps it as a cross-library fixture, the name says which.
    "mini-software__MiniExcel/tests__data__xlsx__Epplus_InsertCellValues__Epplus_InsertCellValues.xlsx":
        "other: EPPlus",
    # Exported by DevExtreme's grid exporter (see the folder name in xlsx-populate).
    "dtjohnson__xlsx-populate/test__e2e-parse__devextreme-export__input.xlsx":
        "other: DevExtreme export",
}

# ---------------------------------------------------------------------------
# helpers


def _decode(b):
    """Decode an XML part the way a tolerant reader would (BOM / UTF-16 aware)."""
    if b[:3] == b"\xef\xbb\xbf":
        return b[3:].decode("utf-8", "replace")
    if b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return b.decode("utf-16", "replace")
    if len(b) > 1 and b[0] == 0 and b[1] == 0x3C:
        return b.decode("utf-16-be", "replace")
    if len(b) > 1 and b[0] == 0x3C and b[1] == 0:
        return b.decode("utf-16-le", "replace")
    return b.decode("utf-8", "replace")


def _tag(text, name):
    m = re.search(r"<(?:\w+:)?%s\b[^>]*>([^<]*)</(?:\w+:)?%s>" % (name, name), text)
    return m.group(1).strip() if m else None


def _is_xml_part(name):
    return name.endswith((".xml", ".rels", ".vml"))


def encoding_flag(z):
    """'utf16' if any XML part is UTF-16, 'yes' if any starts with a UTF-8 BOM, else 'no'."""
    bom = utf16 = False
    for info in z.infolist():
        if info.is_dir() or not _is_xml_part(info.filename):
            continue
        try:
            head = z.open(info).read(4)
        except Exception:
            continue
        if head[:3] == b"\xef\xbb\xbf":
            bom = True
        elif head[:2] in (b"\xff\xfe", b"\xfe\xff") or (
            len(head) > 1 and 0 in (head[0], head[1]) and 0x3C in (head[0], head[1])
        ):
            utf16 = True
    return "utf16" if utf16 else ("yes" if bom else "no")


def fingerprint(z):
    names = [i.filename for i in z.infolist()]
    lower = {n.lower().replace("\\", "/"): n for n in names}

    def read(name):
        real = lower.get(name.lower())
        if real is None:
            return None
        try:
            return z.read(real)
        except Exception:
            return None

    fp = {"names": names}
    app_raw = read("docProps/app.xml")
    core_raw = read("docProps/core.xml")
    app = _decode(app_raw) if app_raw is not None else None
    core = _decode(core_raw) if core_raw is not None else ""
    fp["has_app"] = app is not None
    fp["app"] = (_tag(app, "Application") or "") if app else ""
    fp["app"] = re.sub(r"\s+", " ", fp["app"])
    fp["appver"] = (_tag(app, "AppVersion") or "") if app else ""
    fp["creator"] = _tag(core, "creator") or ""
    custom = read("docProps/custom.xml")
    fp["kso"] = bool(custom and b"KSOProductBuildVer" in custom)

    # main workbook part: from _rels/.rels, else the usual name
    wb_name = "xl/workbook.xml"
    rels = read("_rels/.rels")
    if rels:
        m = re.search(
            r'<Relationship\b[^>]*officeDocument"[^>]*>|<Relationship\b[^>]*Target="[^"]*"[^>]*officeDocument[^>]*>',
            _decode(rels),
        )
        if m:
            t = re.search(r'Target="/?([^"]+)"', m.group(0))
            if t:
                wb_name = t.group(1)
    wb_raw = read(wb_name) or b""
    wb = _decode(wb_raw)
    fp["wb"] = wb
    m = re.search(r"<(?:\w+:)?fileVersion\b([^>]*)/?>", wb)
    fp["fileVersion"] = m.group(1) if m else ""
    m = re.search(r"<\s*(\w+:)?workbook\b", wb)
    fp["wb_prefix"] = (m.group(1) or "") if m else ""

    infos = z.infolist()
    first = infos[0] if infos else None
    fp["zip_sys"] = first.create_system if first else None
    fp["zip_ver"] = first.create_version if first else None
    fp["zip_date"] = first.date_time if first else None
    fp["dirs"] = any(i.filename.endswith("/") for i in infos)
    # JSZip (xlsx-populate, exceljs, SheetJS) writes "version needed" 1.0
    fp["jszip"] = bool(
        first
        and first.create_system == 0
        and first.create_version == 20
        and first.extract_version == 10
    )
    fp["encoding"] = encoding_flag(z)
    return fp


def classify(fp):
    app = fp["app"]
    a = app.lower()
    ver = fp["appver"]
    fv = fp["fileVersion"]
    wb = fp["wb"]
    names = fp["names"]

    if a.startswith("libreoffice"):
        return "LibreOffice"
    if "gnumeric" in a:
        return "Gnumeric"
    if a.startswith("wps") or fp["kso"] or (
        'lastEdited="3" lowestEdited="5" rupBuild="9302"' in fp["fileVersion"]
    ):
        # WPS writes this fileVersion even when it claims to be Excel
        return "WPS"
    if a == "sheetjs":
        return "SheetJS"
    if a == "apache poi":
        return "Apache POI"
    if a == "microsoft excel online":
        return "Excel for the web"
    if a == "microsoft macintosh excel":
        return "Excel for Mac"
    if "openpyxl" in a or (a == "microsoft excel" and re.fullmatch(r"\d\.\d+", ver or "")):
        return "other: openpyxl"
    if fp["creator"].lower() == "axlsx":
        return "other: axlsx"
    if fp["zip_sys"] == 6 and fp["zip_ver"] == 3:
        # ZipStream-PHP as used by PhpSpreadsheet's writer
        return "other: PhpSpreadsheet"

    if not app:
        if 'windowWidth="15960" windowHeight="18080"' in wb or (
            fp["zip_ver"] == 62 and fp["has_app"]
        ):
            return "Apple Numbers"
        if not fp["has_app"] and "xmlns:mx=" in wb and "xmlns:mv=" in wb:
            return "Google Sheets"
        if fp["encoding"] != "no" and fp["wb_prefix"] == "x:":
            if re.search(r"<x:workbook\b[^>]*\s{3,}xmlns:", wb):
                # MiniExcel writes its parts from indented string templates
                return "other: MiniExcel"
            return "Open XML SDK"
        m = re.search(r'appName="([^"]+)"', fv)
        if m and m.group(1) == "Calc":
            return "LibreOffice"
        if m and m.group(1) not in ("xl",):
            return "other: " + m.group(1)
        if m:
            return "other: unknown (Excel-like, no Application)"
        return "other: unknown"

    if a == "microsoft excel":
        if 'rupBuild="9303"' in fv and 'lastEdited="5"' in fv and ver == "16.0300":
            return "exceljs"
        if fp["encoding"] != "no" and fp["wb_prefix"] == "x:":
            return "ClosedXML"
        if (
            ver == "12.0000"
            and fp["zip_sys"] == 3
            and fp["zip_date"] is not None
            and fp["zip_date"][0] == 1980
            and 'rupBuild="4505"' in fv
        ):
            # XlsxWriter (Python zipfile) and rust_xlsxwriter (zip crate) both
            # imitate Excel 2007; they differ in the order of the parts.
            ws = [i for i, n in enumerate(names) if n.startswith("xl/worksheets/sheet")]
            pos = {n: i for i, n in enumerate(names)}
            wbi = pos.get("xl/workbook.xml", -1)
            th = pos.get("xl/theme/theme1.xml", -1)
            if ws and wbi >= 0 and ws[0] < wbi:
                return "XlsxWriter"
            if 0 <= th < wbi:
                return "rust_xlsxwriter"
            return "other: unidentified Excel-2007-like writer"
        if fp["jszip"]:
            # xlsx-populate edits an Excel-made template and re-zips it with
            # JSZip, keeping the template's docProps/app.xml
            return "xlsx-populate"
        return "Excel for Windows"
    return "other: " + app


def producer_of(path, rel=None):
    if rel is not None and rel in OVERRIDES:
        return OVERRIDES[rel]
    with zipfile.ZipFile(path) as z:
        return classify(fingerprint(z))


def bom_of(path):
    with zipfile.ZipFile(path) as z:
        return encoding_flag(z)


def read_manifest():
    with open(MANIFEST, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def render(rows):
    out = io.StringIO()
    w = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r[k] for k in COLUMNS})
    return out.getvalue()


def main(argv):
    if len(argv) > 2 and argv[1] == "--explain":
        with zipfile.ZipFile(argv[2]) as z:
            fp = fingerprint(z)
        fp.pop("wb")
        for k, v in fp.items():
            print(f"{k}: {v}")
        print("producer:", classify(fingerprint(zipfile.ZipFile(argv[2]))))
        return 0
    rows = read_manifest()
    for r in rows:
        p = os.path.join(HERE, r["file"])
        r["producer"] = producer_of(p, r["file"])
        r["bom"] = bom_of(p)
        r["bytes"] = str(os.path.getsize(p))
    rows.sort(key=lambda r: r["file"])
    text = render(rows)
    if "--check" in argv:
        with open(MANIFEST, encoding="utf-8") as f:
            if f.read() != text:
                print("MANIFEST.tsv is stale; run build_manifest.py")
                return 1
        print(f"MANIFEST.tsv is up to date ({len(rows)} files)")
        return 0
    with open(MANIFEST, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(f"wrote {len(rows)} rows to MANIFEST.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
