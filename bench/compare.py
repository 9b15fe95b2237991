#!/usr/bin/env python3
"""The reader alone: every cell of the same inputs read by `mentoring inspect --count`, python-calamine and openpyxl,
in the same run; then the physical floor under our reader (`mentoring inspect --floor`).

usage: compare.py MENTORING_BINARY DATA_DIR   (prints markdown tables)

Inputs (those present in DATA_DIR): cells_1m.xlsx (1,000,000 cells, XlsxWriter), wide_50000.xlsx and
country_wide_50000.xlsx (wide exports of 50,000 rows, one sheet), forms_2000/ (2,000 small forms). Each tool runs in
a fresh process; the time is the process's wall time (start-up included), median of RUNS runs (openpyxl: one run on
the large inputs). Our reader reads many files in parallel on all cores, as every command of ours does; the Python
readers read them one after another, as a user's script does.
"""
import importlib.util
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

binary, data = sys.argv[1], sys.argv[2]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
HAVE_CALAMINE = importlib.util.find_spec("python_calamine") is not None

# The baselines: a Python reader merely reading every cell (bench/baseline_read.py).
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baseline_read.py")

WRAPPER = ("import resource,subprocess,sys,time;t=time.perf_counter();"
           "r=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
           "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024, r.returncode);"
           "print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else '')")


def once(cmd):
    out = subprocess.run([sys.executable, "-c", WRAPPER] + cmd, capture_output=True, text=True).stdout
    first, _, last = out.partition("\n")
    seconds, rss, code = first.split()
    if code != "0":
        raise SystemExit(f"{cmd} failed with {code}")
    return float(seconds), float(rss), last.strip()


def measure(cmd, runs):
    results = [once(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), results[0][2]


def cells_of(ours_line):
    for field in ours_line.split("\t"):
        if field.startswith("ячеек ") and "/" not in field:
            return int(field.split()[1])
    return 0


inputs = [(name, os.path.join(data, name)) for name in
          ["cells_1m.xlsx", "wide_50000.xlsx", "country_wide_50000.xlsx", "forms_2000"]
          if os.path.exists(os.path.join(data, name))]
# The same 2,000 forms named one by one on the command line (as a shell's `forms/*.xlsx` gives them): a list of
# names must read as fast as the folder holding them.
if os.path.isdir(os.path.join(data, "forms_2000")):
    folder = os.path.join(data, "forms_2000")
    inputs.append(("forms_2000, file names", sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))))


def args(path):
    return path if isinstance(path, list) else [path]


def describe(path):
    if isinstance(path, list):
        return f"{len(path):,} file names, {sum(os.path.getsize(f) for f in path) / 1e6:.1f} MB"
    if os.path.isdir(path):
        files = [f for f in os.listdir(path) if f.endswith(".xlsx")]
        size = sum(os.path.getsize(os.path.join(path, f)) for f in files)
        return f"{len(files):,} files, {size / 1e6:.1f} MB"
    return f"1 file, {os.path.getsize(path) / 1e6:.1f} MB"


print(f"# Reader benchmark\n\nMachine: {platform.machine()}, {os.cpu_count()} cores. Wall time of a fresh process "
      f"(start-up included), median of {RUNS} runs; openpyxl: one run on inputs of more than 1,000,000 cells. "
      "«× calamine» is python-calamine's time divided by ours (the goal is at least 2×); «÷ calamine» is ours divided by "
      "python-calamine's read of the same files in the same run (below 1: faster than calamine).\n")
print("| input | size | cells | mentoring s | python-calamine s | openpyxl s | × calamine | ÷ calamine | × openpyxl | peak RSS MiB: ours / calamine / openpyxl |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
floors = []
for name, path in inputs:
    ours_t, ours_rss, line = measure([binary, "inspect", "--count"] + args(path), RUNS)
    cells = cells_of(line)
    if HAVE_CALAMINE:
        cal_t, cal_rss, cal_cells = measure([sys.executable, BASELINE, "calamine"] + args(path), RUNS)
    else:
        cal_t, cal_rss, cal_cells = None, None, None
    opx_t, opx_rss, opx_cells = measure([sys.executable, BASELINE, "openpyxl"] + args(path), 1 if cells > 1_000_000 else RUNS)
    for who, n in (("python-calamine", cal_cells), ("openpyxl", opx_cells)):
        if n is not None and int(n) != cells:
            print(f"<!-- {name}: {who} counted {n} cells, we counted {cells} -->")
    cal = f"{cal_t:.3f}" if cal_t else "not installed"
    ratio = f"{cal_t / ours_t:.2f}×" if cal_t else ""
    share = f"{ours_t / cal_t:.2f}" if cal_t else ""
    print(f"| {name} | {describe(path)} | {cells:,} | {ours_t:.3f} | {cal} | {opx_t:.2f} | {ratio} | {share} | {opx_t / ours_t:.1f}× | "
          f"{ours_rss:.0f} / {cal_rss or 0:.0f} / {opx_rss:.0f} |")
    if isinstance(path, list):
        continue
    floor_runs = []
    for _ in range(RUNS):
        out = subprocess.run([binary, "inspect", "--floor", path], capture_output=True, text=True, check=True).stdout.split("\t")
        floor_runs.append((float(out[1]), float(out[3]), float(out[5]), int(out[7])))
    floors.append((name, ours_t, [statistics.median(r[k] for r in floor_runs) for k in range(3)], floor_runs[0][3], cal_t))

print("\n### The floor on this machine\n")
print("`mentoring inspect --floor`: the same parts of the same files (relationships, workbook, shared strings, styles, "
      "sheets), with the same parallelism, through libzip alone (inflate and CRC, bytes discarded), through libzip and "
      f"libxml2's push parser with empty SAX callbacks (a bare tokeniser), and through the whole reader. In-process times "
      f"(no process start-up), median of {RUNS} runs.\n")
print("| input | inflated XML MB | inflate alone s | inflate + bare tokeniser s | whole reader s | reader over tokeniser | `inspect --count` wall s | ÷ calamine: inflate / tokeniser / reader / wall |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for name, wall, (inflate, tokenise, read), nbytes, cal_t in floors:
    shares = " / ".join(f"{t / cal_t:.2f}" for t in (inflate, tokenise, read, wall)) if cal_t else "—"
    print(f"| {name} | {nbytes / 1e6:.1f} | {inflate:.3f} | {tokenise:.3f} | {read:.3f} | {read / tokenise:.2f}× | {wall:.3f} | {shares} |")
