#!/usr/bin/env python3
"""Load on `mentoring serve` (a bench, never a timed test): CLIENTS clients each upload FORMS forms at once.

usage: serve_load.py MENTORING_BINARY WORK_DIR [--clients 20] [--forms 100] [--jobs 2] [--update bench/results.md]

Each client gets its own organisations: copies of the example forms with the organisation renamed «… клиента N»
(patched inside the zip, as make_data.py does). All clients start together (a barrier), post their forms as one job,
poll it and download the workbook. Reported: the time from the start to the last workbook downloaded, per-client
times, the server's peak resident memory (VmHWM), and whether every result was right: 100 organisations, all the
client's own, and the workbook byte for byte the one `mentoring consolidate` makes of that client's folder.
Prints a Markdown section; with --update it replaces that section of the results file.
"""
import csv
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import zipfile
from xml.sax.saxutils import escape

import requests

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HEADING = "## mentoring serve under load"


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def make_forms(folder, client, n):
    """n forms of client `client`: the example forms in turn, each under a new organisation name."""
    if os.path.isdir(folder) and len(os.listdir(folder)) == n:
        return
    os.makedirs(folder, exist_ok=True)
    examples = sorted(os.listdir(os.path.join(ROOT, "Examples/forms/2024")))
    names = [r["name"] for r in csv.DictReader(open(os.path.join(ROOT, "Examples/source/organisations.tsv"), encoding="utf-8"),
                                                delimiter="\t", quoting=csv.QUOTE_NONE)]
    for i in range(n):
        k = i % len(examples)
        with zipfile.ZipFile(os.path.join(ROOT, "Examples/forms/2024", examples[k])) as z:
            parts = {p.filename: z.read(p.filename) for p in z.infolist()}
        old = escape(names[k], {'"': "&quot;"}).encode("utf-8")
        new = escape(f"МБОУ «Школа № {i + 1}» клиента {client}").encode("utf-8")
        with zipfile.ZipFile(os.path.join(folder, f"form_{i:03d}.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                if name.startswith("xl/") and name.endswith(".xml"):
                    data = data.replace(old, new).replace(escape(names[k]).encode("utf-8"), new)
                z.writestr(name, data)


def start_server(binary, data, jobs):
    p = subprocess.Popen([binary, "serve", "--port", "0", "--data", data, "--jobs", str(jobs)], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         env=dict(os.environ, MENTORING_TEMPLATES=os.path.join(ROOT, "Templates")))
    while True:
        line = p.stdout.readline()
        if not line:
            raise SystemExit("the server did not start")
        m = re.search(r"Страница: (http://\S+)", line)
        if m:
            threading.Thread(target=lambda: [None for _ in p.stdout], daemon=True).start()   # keep its pipe drained
            return p, m.group(1)


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def client(url, folder, barrier, out):
    files = [("files", (f, open(os.path.join(folder, f), "rb").read(), "application/octet-stream")) for f in sorted(os.listdir(folder))]
    s = requests.Session()
    barrier.wait()
    t0 = time.monotonic()
    r = s.post(url + "/api/jobs", files=files, timeout=600)
    r.raise_for_status()
    job_id = r.json()["id"]
    t_upload = time.monotonic()
    while True:
        j = s.get(url + "/api/jobs/" + job_id, timeout=60).json()
        if j["status"] in ("done", "failed"):
            break
        time.sleep(0.2)
    t_done = time.monotonic()
    book = s.get(url + j["workbook"], timeout=60).content if j["status"] == "done" else b""
    out.update(start=t0, upload=t_upload - t0, done=t_done - t0, end=time.monotonic(), id=job_id, status=j["status"],
               summary=j.get("summary") or {}, book=book)


def main():
    binary, work = sys.argv[1], sys.argv[2]
    clients, n, jobs = arg("--clients", 20), arg("--forms", 100), arg("--jobs", 2)
    folders = [os.path.join(work, "clients", f"client_{c:02d}") for c in range(clients)]
    for c, folder in enumerate(folders):
        make_forms(folder, c + 1, n)
    data = os.path.join(work, "data")
    server, url = start_server(binary, data, jobs)
    results = [dict() for _ in folders]
    barrier = threading.Barrier(clients + 1)
    threads = [threading.Thread(target=client, args=(url, f, barrier, r)) for f, r in zip(folders, results)]
    for t in threads:
        t.start()
    barrier.wait()
    t0 = time.monotonic()
    for t in threads:
        t.join()
    last = max(r["end"] for r in results) - t0
    rss = peak_rss_mib(server.pid)
    server.send_signal(signal.SIGINT)
    server.wait(timeout=60)
    left = [x for x in os.listdir(data) if re.fullmatch(r"[0-9a-f]{32}", x)]

    # Right: each workbook is consolidate's of that client's folder, with its 100 organisations and no other.
    right = 0
    problems = []
    alone = []
    for c, (folder, r) in enumerate(zip(folders, results)):
        cli = os.path.join(work, f"cli_{c:02d}.xlsx")
        started = time.monotonic()
        p = subprocess.run([binary, "consolidate", folder, "-o", cli], cwd=ROOT, capture_output=True, text=True,
                           env=dict(os.environ, MENTORING_TEMPLATES=os.path.join(ROOT, "Templates")))
        alone.append(time.monotonic() - started)
        ok = r["status"] == "done" and p.returncode in (0, 1, 5) and open(cli, "rb").read() == r["book"]
        s = r["summary"]
        ok = ok and s.get("organisations") == n and s.get("filesRead") == n
        ok = ok and all(f.get("organisation", "").endswith(f"клиента {c + 1}") for f in s.get("files", []))
        right += ok
        if not ok:
            problems.append(f"client {c + 1}: status {r['status']}, organisations {s.get('organisations')}")
    distinct = len({r["book"] for r in results})

    upload = [r["upload"] for r in results]
    done = [r["done"] for r in results]
    lines = [
        HEADING,
        "",
        f"`bench/serve_load.py`: {clients} clients start together, each posts {n} forms of its own organisations as one job "
        f"(`POST /api/jobs`), polls it every 0.2 s and downloads the workbook; `mentoring serve --jobs {jobs}` (release build, "
        f"{os.cpu_count()} cores, clients on the same machine). Machine: {os.uname().machine}.",
        "",
        "| measure | value |",
        "| --- | ---: |",
        f"| time from the start to the last workbook downloaded | {last:.1f} s |",
        f"| upload of {n} forms, median / slowest client | {statistics.median(upload):.2f} / {max(upload):.2f} s |",
        f"| job finished, median / slowest client (from the start) | {statistics.median(done):.1f} / {max(done):.1f} s |",
        f"| server's peak resident memory (VmHWM) | {rss:.0f} MiB |",
        f"| for comparison: `mentoring consolidate` of one client's {n} forms alone, median | {statistics.median(alone):.2f} s |",
        f"| results right (byte-identical to `consolidate` of the client's folder, {n} organisations, all its own) | {right} of {clients} |",
        f"| distinct workbooks | {distinct} |",
        f"| job folders left after SIGINT | {len(left)} |",
        "",
    ]
    if problems:
        lines += ["Problems: " + "; ".join(problems), ""]
    text = "\n".join(lines)
    print(text)
    if "--update" in sys.argv:
        path = sys.argv[sys.argv.index("--update") + 1]
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if HEADING in old:
            before, rest = old.split(HEADING, 1)
            after = rest[rest.find("\n## "):] if "\n## " in rest else ""
            old = before.rstrip("\n") + "\n\n" + text + after
        else:
            old = old.rstrip("\n") + "\n\n" + text
        open(path, "w", encoding="utf-8").write(old)
    sys.exit(0 if right == clients and not left else 1)


if __name__ == "__main__":
    main()
