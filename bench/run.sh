#!/usr/bin/env bash
# Reader benchmark: our streaming reader vs openpyxl (read-only) and python-calamine, same file, same run.
# Writes a markdown table to bench/results.md. Absolute times drift on shared machines; compare ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --pip openpyxl xlsxwriter python-calamine
mkdir -p bench/data
DATA=bench/data/cells_1m.xlsx
[ -f "$DATA" ] || python3 bench/make_data.py "$DATA"
swift build -c release --product mentoring --scratch-path .build-bench >/dev/null
BIN=.build-bench/release/mentoring
python3 bench/compare.py "$BIN" "$DATA" | tee bench/results.md
