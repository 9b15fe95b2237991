#!/usr/bin/python3
"""Edits an XLSX workbook in LibreOffice through its UNO bridge (Debian: libreoffice-calc, python3-uno),
the way a methodologist does: open, change cells, save as .xlsx.

usage: lo_edit.py IN.xlsx OUT.xlsx SHEET CELL=VALUE [CELL=VALUE …] [--copy-row FROM:TO]
A VALUE that parses as a number is written as a number, else as text. --copy-row duplicates a row's
cells (a quick way to "add a row" with every column filled).
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


src, dst, sheet_name = sys.argv[1], sys.argv[2], sys.argv[3]
edits, copies = [], []
args = sys.argv[4:]
while args:
    a = args.pop(0)
    if a == "--copy-row":
        f, t = args.pop(0).split(":")
        copies.append((int(f), int(t)))
    else:
        cell, value = a.split("=", 1)
        edits.append((cell, value))

profile = tempfile.mkdtemp(prefix="lo-uno-")
pipe = f"mentoring{os.getpid()}"
office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                           "--norestore", f"--accept=pipe,name={pipe};urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    else:
        raise SystemExit("LibreOffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
    sheet = doc.Sheets.getByName(sheet_name)
    for f, t in copies:   # 1-based rows
        src_range = sheet.getCellRangeByName(f"A{f}:ZZ{f}").getRangeAddress()
        sheet.copyRange(sheet.getCellRangeByName(f"A{t}").getCellAddress(), src_range)
    for cell, value in edits:
        c = sheet.getCellRangeByName(cell)
        try:
            c.setValue(float(value.replace(",", ".")))
        except ValueError:
            c.setString(value)
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=60) if office.poll() is None else None
print("saved", dst)
