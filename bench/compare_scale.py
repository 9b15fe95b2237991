#!/usr/bin/env python3
"""Scale benchmark: `mentoring check` and `mentoring consolidate` end to end against openpyxl (read-only)
and python-calamine merely reading every cell of the same files, in the same run.

usage: compare_scale.py MENTORING_BINARY DATA_DIR      (prints a markdown table)
"""
import os
import resource
import subprocess
import sys
import time

binary, data = sys.argv[1], sys.argv[2]

READ = """
import os, sys
paths = []
for p in sys.argv[2:]:
    if os.path.isdir(p):
        paths += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith('.xlsx'))
    else:
        paths.append(p)
n = 0
if sys.argv[1] == 'openpyxl':
    import openpyxl
    for f in paths:
        wb = openpyxl.load_workbook(f, read_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                n += sum(1 for v in row if v is not None)
        wb.close()
else:
    from python_calamine import CalamineWorkbook
    for f in paths:
        wb = CalamineWorkbook.from_path(f)
        for name in wb.sheet_names:
            for row in wb.get_sheet_by_name(name).to_python():
                n += sum(1 for v in row if v != '')
print(n)
"""


def measure(cmd, timeout=900):
    """Wall seconds and peak RSS (MiB) of one run of cmd in a fresh child, via a wrapper that reads rusage."""
    wrapper = ("import resource,subprocess,sys,time;t=time.perf_counter();"
               "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
               "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024, r.returncode)")
    out = subprocess.run([sys.executable, "-c", wrapper] + cmd, capture_output=True, text=True, timeout=timeout).stdout.split()
    return float(out[0]), float(out[1])


sets = [("100 forms", os.path.join(data, "forms_100")), ("2,000 forms", os.path.join(data, "forms_2000"))]
if os.path.isdir(os.path.join(data, "forms_50000")):
    sets.append(("50,000 forms", os.path.join(data, "forms_50000")))
sets.append(("wide export, 50,000 rows", os.path.join(data, "wide_50000.xlsx")))

print("| data set | mentoring check s | mentoring consolidate s | peak RSS MiB | python-calamine read s | openpyxl read s | consolidate / calamine | consolidate / openpyxl |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for name, path in sets:
    check_s, _ = measure([binary, "check", path])
    cons_s, rss = measure([binary, "consolidate", path, "--year", "2024", "-o", "/tmp/bench-svod.xlsx"])
    cal_s, _ = measure([sys.executable, "-c", READ, "calamine", path])
    big = "50,000" in name
    opx_s = None if big else measure([sys.executable, "-c", READ, "openpyxl", path])[0]
    opx = f"{opx_s:.2f}" if opx_s else "not run"
    ratio_opx = f"{opx_s / cons_s:.1f}× faster" if opx_s else "—"
    ratio_cal = f"{cal_s / cons_s:.2f}×" + (" faster" if cal_s > cons_s else " (slower)")
    print(f"| {name} | {check_s:.2f} | {cons_s:.2f} | {rss:.0f} | {cal_s:.2f} | {opx} | {ratio_cal} | {ratio_opx} |", flush=True)
