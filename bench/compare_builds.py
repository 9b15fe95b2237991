#!/usr/bin/env python3
"""Before → after in one run: `mentoring consolidate` and `mentoring check` of two or more builds on the same files,
interleaved run by run (build A, build B, …, then again), so that a shared machine's drift falls on every build
alike; python-calamine merely reading the same files is timed in the same rounds as the yardstick.

usage: compare_builds.py DATA_PATH LABEL=BINARY[@TEMPLATES] LABEL=BINARY[@TEMPLATES] …   (prints a markdown table)

A build of another commit needs that commit's Templates/ (`@/path/to/Templates`). BENCH_RUNS rounds (default 5);
the table gives each command's exit statuses, the median wall seconds, the median CPU seconds (user + system, both
cores) and each median's ratio to calamine's median of the same rounds.
"""
import os
import resource
import statistics
import subprocess
import sys
import time

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
BASELINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "baseline_read.py")


def timed(cmd):
    """Wall seconds, CPU seconds (user + system) and exit status of one run of `cmd` in a fresh child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False).returncode
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), rc


def main():
    data, builds = sys.argv[1], []
    for arg in sys.argv[2:]:
        label, _, rest = arg.partition("=")
        binary, _, templates = rest.partition("@")
        builds.append((label, binary, ["--templates", templates] if templates else []))
    commands = {}
    for label, binary, templates in builds:
        commands[(label, "consolidate")] = [binary, "consolidate", data, *templates, "--year", "2024", "-o",
                                            f"/tmp/compare-builds-{label}.xlsx"]
        commands[(label, "check")] = [binary, "check", data, *templates, "--year", "2024"]
    commands[("python-calamine", "read")] = [sys.executable, BASELINE, "calamine", data]
    times = {key: [] for key in commands}
    for _ in range(RUNS):
        for key, cmd in commands.items():
            times[key].append(timed(cmd))
    base = statistics.median(w for w, _, _ in times[("python-calamine", "read")])
    base_cpu = statistics.median(c for _, c, _ in times[("python-calamine", "read")])
    print(f"{RUNS} rounds on `{data}`, builds interleaved; medians.\n")
    print("| build | command | exit status | wall s | CPU s | wall ÷ calamine | CPU ÷ calamine |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    for (label, command), runs in times.items():
        wall, cpu = statistics.median(w for w, _, _ in runs), statistics.median(c for _, c, _ in runs)
        # (A build that stops at once — another commit's Templates/ refused — shows by its time of a few hundredths
        # of a second and its status, beside the others'.)
        status = ", ".join(str(rc) for rc in sorted({rc for _, _, rc in runs}))
        print(f"| {label} | {command} | {status} | {wall:.2f} | {cpu:.2f} | {wall / base:.2f} | {cpu / base_cpu:.2f} |")


if __name__ == "__main__":
    main()
