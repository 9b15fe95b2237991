#!/usr/bin/env bash
# Benchmarks, all in one run on the same files (ratios matter; absolute times drift on shared machines):
#  1. the reader alone on 1,000,000 cells vs openpyxl and python-calamine;
#  2. check and consolidate end to end on 100 and 2,000 forms and a 50,000-row wide export
#     (BENCH_FULL=1 adds 50,000 forms) vs the two Python readers merely reading the same files;
#  3. a region: 2,000 forms in 30 municipalities → 30 municipal workbooks + the regional one
#     (BENCH_ONLY=region runs this case alone and replaces only its section of the results).
# Writes bench/results.md. python-calamine is optional: without it the tables say «not installed».
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --pip openpyxl xlsxwriter
scripts/install-deps.sh --pip python-calamine \
  || echo "python-calamine не установлен (нет доступа к PyPI?): сравнение с ним пропускается" >&2
swift build -c release --product mentoring --scratch-path .build-bench >/dev/null
BIN=.build-bench/release/mentoring
mkdir -p bench/data
"$BIN" export Examples/forms/2024 -o bench/data/examples_export.xlsx >/dev/null
python3 bench/make_data.py bench/data --export bench/data/examples_export.xlsx ${BENCH_FULL:+--full} \
  $([ "${BENCH_ONLY:-}" = region ] && echo --only-region) >/dev/null
REGION_TITLE="## Region: 30 municipal workbooks and the regional one"
if [ "${BENCH_ONLY:-}" = region ]; then
  section=$(printf '%s\n\n' "$REGION_TITLE"; python3 bench/compare_region.py "$BIN" bench/data)
  printf '%s\n' "$section"
  # Replaces the section in bench/results.md (appends it when absent); the other sections stay.
  SECTION="$section" TITLE="$REGION_TITLE" python3 - <<'PY'
import os
path, title, section = "bench/results.md", os.environ["TITLE"], os.environ["SECTION"]
text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
head = text.split("\n" + title)[0].rstrip("\n") if title in text else text.rstrip("\n")
open(path, "w", encoding="utf-8").write((head + "\n\n" if head else "") + section.rstrip("\n") + "\n")
PY
  exit 0
fi
{
  python3 bench/compare.py "$BIN" bench/data/cells_1m.xlsx
  echo
  echo "## End to end at scale"
  echo
  python3 bench/compare_scale.py "$BIN" bench/data
  echo
  echo "$REGION_TITLE"
  echo
  python3 bench/compare_region.py "$BIN" bench/data
} | tee bench/results.md
