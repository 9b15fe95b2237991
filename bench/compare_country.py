#!/usr/bin/env python3
"""Country benchmark: one wide export of 50,000 organisations in 2,300 municipalities → the workbook above the
municipalities (`consolidate --regional`: a row per municipality), and with `--by-municipality` also the 2,300
municipal workbooks; against python-calamine and openpyxl (read-only) merely reading every cell of the export.

usage: compare_country.py MENTORING_BINARY DATA_DIR      (prints markdown)
"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
binary, data = sys.argv[1], sys.argv[2]
export = os.path.join(data, "country_wide_50000.xlsx")
HAVE_CALAMINE = importlib.util.find_spec("python_calamine") is not None

# Wall seconds and the peak RSS (MiB) of a child, measured by a fresh Python process around it.
WRAP = """
import resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(wall, rss, p.returncode)
sys.stderr.write(p.stderr[-2000:])
"""

# The baselines: a Python reader merely reading every cell (bench/baseline_read.py).
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baseline_read.py")


def run(cmd):
    p = subprocess.run([sys.executable, "-c", WRAP] + cmd, capture_output=True, text=True)
    wall, rss, code = p.stdout.split()
    return float(wall), float(rss), int(code), p.stderr


work = tempfile.mkdtemp(prefix="bench-country-")
federal = os.path.join(work, "federal.xlsx")
ours = run([binary, "consolidate", export, "--year", "2024", "--timings", "--regional", "-o", federal])
print("measured --regional", file=sys.stderr, flush=True)
folder = os.path.join(work, "municipal")
split = run([binary, "consolidate", export, "--year", "2024", "--timings", "--by-municipality", folder])
print("measured --by-municipality", file=sys.stderr, flush=True)
cal = run([sys.executable, BASELINE, "calamine", export]) if HAVE_CALAMINE else None
opx = run([sys.executable, BASELINE, "openpyxl", export])
federal_mb = os.path.getsize(federal) / 2**20
workbooks = len(os.listdir(folder)) if os.path.isdir(folder) else 0
size_mb = os.path.getsize(export) / 2**20


def cell(m):
    return "not installed" if m is None else f"{m[0]:.2f} ({m[1]:.0f})"


def ratio(base, m):
    if base is None:
        return "—"
    return f"{m[0] / base[0]:.2f}"


print(f"One wide export, {size_mb:.0f} MB: 50,000 organisations in 2,300 municipalities (one run each; peak RSS of the process). "
      "The baselines merely read every cell of the same file; «÷ calamine» is our time divided by python-calamine's "
      "read of it in the same run (targets: `--regional` ≤ 2, `--by-municipality` ≤ 10, each below 300 MiB)."
      + ("" if HAVE_CALAMINE else " python-calamine is not installed on this machine: its column says so.") + "\n")
print("| step | mentoring s | peak RSS MiB | exit | output | python-calamine read s (RSS MiB) | openpyxl read s (RSS MiB) | ÷ calamine |")
print("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
print(f"| `consolidate --regional` → the country's workbook | {ours[0]:.2f} | {ours[1]:.0f} | {ours[2]} | {federal_mb:.2f} MB | {cell(cal)} | {cell(opx)} | {ratio(cal, ours)} |")
print(f"| `consolidate --by-municipality` → {workbooks - 1:,} municipal workbooks + the country's | {split[0]:.2f} | {split[1]:.0f} | {split[2]} | {workbooks:,} files | {cell(cal)} | {cell(opx)} | {ratio(cal, split)} |")
for what, m in (("--regional", ours), ("--by-municipality", split)):
    timings = [l for l in m[3].splitlines() if l.startswith("timings")]
    if not timings:
        continue
    stages = dict(kv.split("=") for kv in timings[-1].split()[1:])
    seconds = " ".join(f"{k}={float(v):.2f} s" + (f" ({float(v) / cal[0]:.2f} ÷ calamine)" if cal else "")
                       for k, v in stages.items() if not k.startswith("rss_"))
    memory = " / ".join(f"{float(v):.0f}" for k, v in stages.items() if k.startswith("rss_"))
    print(f"\n`{what}` stages (`--timings`): {seconds}; peak RSS after each: {memory} MiB")
shutil.rmtree(work, ignore_errors=True)
