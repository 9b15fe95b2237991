#!/usr/bin/env bash
# Benchmarks, all in one run on the same files (ratios matter; absolute times drift on shared machines):
#  1. the reader alone on 1,000,000 cells vs openpyxl and python-calamine;
#  2. check and consolidate end to end on 100 and 2,000 forms and a 50,000-row wide export
#     (BENCH_FULL=1 adds 50,000 forms) vs the two Python readers merely reading the same files;
#  3. `mentoring serve` under load: 20 clients each posting 100 forms at once (bench/serve_load.py).
# Writes bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --pip openpyxl xlsxwriter python-calamine requests
swift build -c release --product mentoring --scratch-path .build-bench >/dev/null
BIN=.build-bench/release/mentoring
mkdir -p bench/data
"$BIN" export Examples/forms/2024 -o bench/data/examples_export.xlsx >/dev/null
python3 bench/make_data.py bench/data --export bench/data/examples_export.xlsx ${BENCH_FULL:+--full} >/dev/null
{
  python3 bench/compare.py "$BIN" bench/data/cells_1m.xlsx
  echo
  echo "## End to end at scale"
  echo
  python3 bench/compare_scale.py "$BIN" bench/data
  echo
  python3 bench/serve_load.py "$BIN" bench/data/serve
} | tee bench/results.md
