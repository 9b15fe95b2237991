#!/usr/bin/env python3
"""Region benchmark: 2,000 forms in 30 municipalities → 30 municipal workbooks + the regional one, end to end,
against openpyxl (read-only) and python-calamine merely reading every cell of the same files.

usage: compare_region.py MENTORING_BINARY DATA_DIR      (prints markdown)

Two ways to the same workbooks:
  1. a municipality at a time: `mentoring consolidate mo_XX/ -o mo_XX.xlsx` for each of the 30 folders (one
     process after another, as 30 municipalities run it), then `mentoring rollup` of the 30 workbooks;
  2. the region as one wide export with a «Муниципальное образование» column:
     `mentoring consolidate region_wide_2000.xlsx --by-municipality DIR` (one process).
Wall seconds are medians of RUNS runs (the 30 consolidates: one run of all 30 per measurement); peak RSS is
the largest of any process of a run. For comparison the same forms go through one `consolidate` (one run). python-calamine is optional: without it its columns say so.
"""
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

binary, data = sys.argv[1], sys.argv[2]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
HAVE_CALAMINE = importlib.util.find_spec("python_calamine") is not None

# The baselines: a Python reader merely reading every cell (bench/baseline_read.py).
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baseline_read.py")

# Runs commands one after another in a fresh child; prints wall seconds, the peak RSS of any of them (MiB),
# and the last `timings` line of their stderr.
WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter(); timings = ''
for cmd in json.loads(sys.argv[1]):
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1, 5):   # 1, 5: written, with something to look at (README: exit codes); a crash is negative
        sys.exit('failed (%d): %s\\n%s' % (r.returncode, ' '.join(cmd), r.stderr[-2000:]))
    timings = ([l for l in r.stderr.splitlines() if l.startswith('timings')] or [timings])[-1]
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
print(timings)
"""


def measure(commands, runs=RUNS, before=None):
    """Median wall seconds, peak RSS (MiB, largest of the runs) and the stages of the median run."""
    import json
    results = []
    for _ in range(runs):
        if before:
            before()
        r = subprocess.run([sys.executable, "-c", WRAPPER, json.dumps(commands)], capture_output=True, text=True, timeout=3600)
        if r.returncode != 0:
            sys.exit(r.stderr or r.stdout)
        first, _, timings = r.stdout.partition("\n")
        seconds, rss = map(float, first.split())
        stages = dict(kv.split("=") for kv in timings.split()[1:]) if timings.startswith("timings") else {}
        results.append((seconds, rss, {k: float(v) for k, v in stages.items()}))
    results.sort(key=lambda x: x[0])
    return statistics.median(x[0] for x in results), max(x[1] for x in results), results[len(results) // 2][2]


def reader(tool, paths, runs=RUNS):
    if tool == "calamine" and not HAVE_CALAMINE:
        return None
    return measure([[sys.executable, BASELINE, tool] + paths], runs=runs)


def cell(m):
    return "not installed" if m is None else f"{m[0]:.2f} ({m[1]:.0f})"


def ratio(base, ours):
    if base is None:
        return "—"
    r = base[0] / ours[0]
    return f"{r:.2f}× faster" if r >= 1 else f"{1 / r:.2f}× slower"


region = os.path.join(data, "region_2000")
wide = os.path.join(data, "region_wide_2000.xlsx")
folders = sorted(os.path.join(region, d) for d in os.listdir(region))
forms = sum(len(fs) for _, _, fs in os.walk(region))
work = tempfile.mkdtemp(prefix="bench-region-")
municipal = os.path.join(work, "municipal")
split = os.path.join(work, "split")
os.makedirs(municipal)
out_region = os.path.join(work, "region.xlsx")


def clean_split():
    shutil.rmtree(split, ignore_errors=True)


consolidates = [[binary, "consolidate", f, "--year", "2024", "-o", os.path.join(municipal, os.path.basename(f) + ".xlsx")]
                for f in folders]
each = measure(consolidates)
print(f"measured 30 consolidates", file=sys.stderr, flush=True)
roll = measure([[binary, "rollup", municipal, "--year", "2024", "-o", out_region]])
print(f"measured rollup", file=sys.stderr, flush=True)
by = measure([[binary, "consolidate", wide, "--year", "2024", "--timings", "--by-municipality", split]], before=clean_split)
# For comparison, in the same run: the same 2,000 forms as one municipality (one process, one workbook).
one = measure([[binary, "consolidate", region, "--year", "2024", "--timings", "-o", os.path.join(work, "one.xlsx")]], runs=1)
print(f"measured --by-municipality", file=sys.stderr, flush=True)
municipal_files = sorted(os.path.join(municipal, f) for f in os.listdir(municipal))
region_kb = os.path.getsize(out_region) / 1024
split_region_kb = os.path.getsize(os.path.join(split, "Свод региона.xlsx")) / 1024
base = {
    "forms": (reader("calamine", [region]), reader("openpyxl", [region], runs=1)),
    "municipal": (reader("calamine", municipal_files), reader("openpyxl", municipal_files)),
    "wide": (reader("calamine", [wide]), reader("openpyxl", [wide])),
}
print(f"measured the Python readers", file=sys.stderr, flush=True)
end_to_end = (each[0] + roll[0], max(each[1], roll[1]))

print(f"{forms:,} forms in {len(folders)} municipalities → {len(folders)} municipal workbooks + the regional one. "
      f"Median of {RUNS} runs (openpyxl on the 2,000 forms: one run); peak RSS: the largest process of the largest run. "
      "The baselines merely read every cell of the same input files."
      + ("" if HAVE_CALAMINE else " python-calamine is not installed on this machine: its columns say so.") + "\n")
print("| step | input | mentoring s | peak RSS MiB | python-calamine read s (RSS MiB) | openpyxl read s (RSS MiB) | ÷ calamine | vs calamine | vs openpyxl |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
rows = [
    ("30 × `consolidate` (a municipality at a time)", f"{forms:,} forms", each, base["forms"]),
    ("`rollup` of the 30 municipal workbooks", f"{len(municipal_files)} workbooks", roll, base["municipal"]),
    ("end to end: 30 × `consolidate` + `rollup`", f"{forms:,} forms", end_to_end, base["forms"]),
    ("`consolidate --by-municipality` (one process)", "wide export, 2,000 rows", by, base["wide"]),
    ("for comparison: one `consolidate` of all 2,000 forms (one workbook)", f"{forms:,} forms", one, base["forms"]),
]
for name, what, ours, (cal, opx) in rows:
    share = f"{ours[0] / cal[0]:.2f}" if cal else "—"
    print(f"| {name} | {what} | {ours[0]:.2f} | {ours[1]:.0f} | {cell(cal)} | {cell(opx)} | {share} | {ratio(cal, ours)} | {ratio(opx, ours)} |")
st, so = by[2], one[2]
print(f"\nReading the forms dominates: one `consolidate` of the 2,000 forms spends {so.get('read', 0):.2f} s reading and "
      f"{so.get('write', 0):.2f} s writing; 30 processes read the same forms and write 30 workbooks of 38 tables each.")
print(f"\n`--by-municipality` stages (median run, `--timings`): read {st.get('read', 0):.2f} s, 30 municipal workbooks "
      f"{st.get('municipal', 0):.2f} s, regional workbook {st.get('write', 0):.2f} s; peak RSS after them "
      f"{st.get('rss_read', 0):.0f} / {st.get('rss_municipal', 0):.0f} / {st.get('rss_write', 0):.0f} MiB. "
      f"The regional workbook: {region_kb:.0f} KB from `rollup`, {split_region_kb:.0f} KB from `--by-municipality` "
      "(its sheets hold a row per municipality, none per school).")
shutil.rmtree(work, ignore_errors=True)
