#!/usr/bin/env python3
"""Scale benchmark: `mentoring check` and `mentoring consolidate` end to end against openpyxl (read-only)
and python-calamine merely reading every cell of the same files, in the same run.

usage: compare_scale.py MENTORING_BINARY DATA_DIR      (prints markdown tables)

Each command runs RUNS times in a fresh process; the tables give medians and each tool's peak RSS.
`consolidate --timings` gives the time of its stages, from which the share of writing the workbook comes, and the
peak memory at the end of each stage.
"""
import os
import statistics
import subprocess
import sys

binary, data = sys.argv[1], sys.argv[2]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
import importlib.util
HAVE_CALAMINE = importlib.util.find_spec("python_calamine") is not None

# The baselines: a Python reader merely reading every cell (bench/baseline_read.py).
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baseline_read.py")

# Runs a command in a fresh child and prints: wall seconds, peak RSS of the child (MiB), its stderr's last line.
WRAPPER = ("import resource,subprocess,sys,time;t=time.perf_counter();"
           "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE,text=True);"
           "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024);"
           "print(([l for l in r.stderr.splitlines() if l.startswith('timings')] or [''])[-1])")


def measure(cmd, runs=RUNS, timeout=1800):
    """Median wall seconds, peak RSS (MiB, largest of the runs) and the stage times of the median run."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", WRAPPER] + cmd, capture_output=True, text=True, timeout=timeout).stdout
        first, _, timings = out.partition("\n")
        seconds, rss = map(float, first.split())
        stages = dict(kv.split("=") for kv in timings.split()[1:]) if timings.startswith("timings") else {}
        results.append((seconds, rss, {k: float(v) for k, v in stages.items()}))
    results.sort(key=lambda r: r[0])
    median = results[len(results) // 2]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), median[2]


def count(path):
    if isinstance(path, list):
        return len(path)
    return len([f for f in os.listdir(path) if f.endswith(".xlsx")]) if os.path.isdir(path) else 1


def args(path):
    return path if isinstance(path, list) else [path]


forms_2000 = os.path.join(data, "forms_2000")
sets = [("100 forms", os.path.join(data, "forms_100")), ("2,000 forms", forms_2000),
        ("2,000 forms, file names", sorted(os.path.join(forms_2000, f) for f in os.listdir(forms_2000) if f.endswith(".xlsx")))]
if os.path.isdir(os.path.join(data, "forms_50000")):
    sets.append(("50,000 forms", os.path.join(data, "forms_50000")))
if os.path.exists(os.path.join(data, "wide_3000.xlsx")):
    sets.append(("wide export, 3,000 rows", os.path.join(data, "wide_3000.xlsx")))
sets.append(("wide export, 50,000 rows", os.path.join(data, "wide_50000.xlsx")))

rows = []
for name, path in sets:
    check = measure([binary, "check"] + args(path))
    cons = measure([binary, "consolidate"] + args(path) + ["--year", "2024", "--timings", "-o", "/tmp/bench-svod.xlsx"])
    cal = measure([sys.executable, BASELINE, "calamine"] + args(path)) if HAVE_CALAMINE else None
    opx = measure([sys.executable, BASELINE, "openpyxl"] + args(path), runs=1 if "50,000" in name else RUNS)
    rows.append((name, path, check, cons, cal, opx))
    print(f"measured {name}", file=sys.stderr, flush=True)

print(f"Median of {RUNS} runs (openpyxl on the 50,000 sets: one run). Peak RSS: the largest of the runs. "
      "«faster»/«slower» compare `mentoring consolidate` end to end with the baseline merely reading every cell; "
      "«÷ calamine» is our time divided by python-calamine's read of the same files in the same run (the target: "
      "consolidate ≤ 1 on the forms, < 1.5 on one municipality of 3,000 organisations).\n")
print("| data set | files | mentoring check s | mentoring consolidate s | consolidate ms per organisation | peak RSS MiB | python-calamine read s (RSS MiB) | openpyxl read s (RSS MiB) | check ÷ calamine | consolidate ÷ calamine | consolidate vs calamine | consolidate vs openpyxl |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for name, path, check, cons, cal, opx in rows:
    def ratio(base):
        if base is None:
            return "—"
        r = base[0] / cons[0]
        return f"{r:.2f}× faster" if r >= 1 else f"{1 / r:.2f}× slower"
    calamine = f"{cal[0]:.2f} ({cal[1]:.0f})" if cal else "not installed"
    organisations = int(name.split()[-2 if "wide" in name else 0].replace(",", ""))
    shares = f"{check[0] / cal[0]:.2f} | {cons[0] / cal[0]:.2f}" if cal else "— | —"
    print(f"| {name} | {count(path):,} | {check[0]:.2f} | {cons[0]:.2f} | {1000 * cons[0] / organisations:.2f} | {cons[1]:.0f} | {calamine} | "
          f"{opx[0]:.2f} ({opx[1]:.0f}) | {shares} | {ratio(cal)} | {ratio(opx)} |")

print("\n### Where `consolidate` spends its time and memory (median run, `--timings`)\n")
print("Peak RSS is the process's peak so far at the end of each stage: reading holds the values, findings add their")
print("texts, and writing adds libxlsxwriter's per-link buffers.\n")
print("| data set | read + normalise s | consolidate s | findings s | write workbook s | write share | ÷ calamine: read / consolidate / findings / write | peak RSS after read / findings / write MiB |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
for name, path, check, cons, cal, opx in rows:
    st = cons[2]
    stages = ["read", "consolidate", "findings", "write"]
    total = sum(st.get(k, 0) for k in stages) or 1
    rss = " / ".join(f"{st.get('rss_' + k, 0):.0f}" for k in ["read", "findings", "write"])
    shares = " / ".join(f"{st.get(k, 0) / cal[0]:.2f}" for k in stages) if cal else "—"
    print(f"| {name} | {st.get('read', 0):.2f} | {st.get('consolidate', 0):.2f} | {st.get('findings', 0):.2f} | "
          f"{st.get('write', 0):.2f} | {100 * st.get('write', 0) / total:.0f} % | {shares} | {rss} |")
