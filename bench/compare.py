#!/usr/bin/env python3
"""Times reading every cell of one file with `mentoring inspect --count`, openpyxl and python-calamine.

usage: compare.py MENTORING_BINARY FILE.xlsx   (prints a markdown table)
"""
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

binary, data = sys.argv[1], sys.argv[2]
RUNS = 3

OPENPYXL = """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        n += sum(1 for v in row if v is not None)
print(n)
"""
CALAMINE = """
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
n = 0
for name in wb.sheet_names:
    for row in wb.get_sheet_by_name(name).to_python():
        n += sum(1 for v in row if v != "")
print(n)
"""


def timed(cmd):
    """Runs cmd; returns (seconds, peak RSS of that child in MiB, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return dt, max(peak, before) / 1024, out


def bench(name, cmd):
    runs = [timed(cmd) for _ in range(RUNS)]
    # ru_maxrss of children is a running maximum; measure each tool's peak in a fresh process instead.
    peak = float(subprocess.run(["/usr/bin/env", "python3", "-c",
                                 "import resource,subprocess,sys;subprocess.run(sys.argv[1:],capture_output=True);"
                                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024)"] + cmd,
                                capture_output=True, text=True).stdout.strip() or 0)
    return name, statistics.median(r[0] for r in runs), peak, runs[0][2].strip()


import importlib.util
have_calamine = importlib.util.find_spec("python_calamine") is not None
rows = [bench("mentoring (Swift, libzip + libxml2)", [binary, "inspect", "--count", data])]
if have_calamine:
    rows.append(bench("python-calamine", [sys.executable, "-c", CALAMINE, data]))
rows.append(bench("openpyxl (read_only)", [sys.executable, "-c", OPENPYXL, data]))
cells = 1_000_000
ours = rows[0][1]
print(f"# Reader benchmark\n\nFile: `{os.path.basename(data)}` ({os.path.getsize(data) / 1e6:.1f} MB, {cells:,} cells, "
      f"XlsxWriter). Machine: {platform.machine()}, {os.cpu_count()} cores. Median of {RUNS} runs.\n")
print("| reader | median s | cells/s | time vs ours | peak RSS MiB |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, t, peak, _ in rows:
    print(f"| {name} | {t:.3f} | {cells / t:,.0f} | {t / ours:.2f}× | {peak:.0f} |")
if not have_calamine:
    print("| python-calamine | not installed on this machine | | | |")
