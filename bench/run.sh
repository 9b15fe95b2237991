#!/usr/bin/env bash
# Benchmarks, all in one run on the same files (ratios matter; absolute times drift on shared machines):
#  1. the reader alone (1,000,000 cells, the wide exports, 2,000 forms) vs openpyxl and python-calamine, and the
#     floor under it: inflate alone and a bare libxml2 tokeniser over the same parts (BENCH_ONLY=reader: this alone);
#  2. check and consolidate end to end on 100 and 2,000 forms and a 50,000-row wide export
#     (BENCH_FULL=1 adds 50,000 forms) vs the two Python readers merely reading the same files;
#  3. a region: 2,000 forms in 30 municipalities → 30 municipal workbooks + the regional one
#     (BENCH_ONLY=region runs this case alone and replaces only its section of the results);
#  4. the country: a 50,000-row export in 2,300 municipalities → the workbook above them (--regional) and, with
#     --by-municipality, the 2,300 municipal ones (BENCH_ONLY=country, likewise);
#  5. `mentoring serve` under load: 20 clients each posting 100 forms at once (bench/serve_load.py).
# Writes bench/results.md. python-calamine is optional: without it the tables say «not installed».
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --pip openpyxl xlsxwriter requests
scripts/install-deps.sh --pip python-calamine \
  || echo "python-calamine не установлен (нет доступа к PyPI?): сравнение с ним пропускается" >&2
export MENTORING_UNCHECKED_EXCLUSIVITY=1  # as the Makefile: the reader's exclusivity checks off (Package.swift)
swift build -c release --product mentoring --scratch-path .build-bench >/dev/null
BIN=.build-bench/release/mentoring
mkdir -p bench/data
"$BIN" export Examples/forms/2024 -o bench/data/examples_export.xlsx >/dev/null
python3 bench/make_data.py bench/data --export bench/data/examples_export.xlsx ${BENCH_FULL:+--full} \
  $([ "${BENCH_ONLY:-}" = region ] && echo --only-region) $([ "${BENCH_ONLY:-}" = country ] && echo --only-country) >/dev/null
REGION_TITLE="## Region: 30 municipal workbooks and the regional one"
COUNTRY_TITLE="## Country: 50,000 organisations in 2,300 municipalities"
if [ -n "${BENCH_ONLY:-}" ]; then
  if [ "$BENCH_ONLY" = reader ]; then   # the reader alone: its section (the top of results.md) is replaced
    REGION_TITLE="# Reader benchmark"
    section=$(python3 bench/compare.py "$BIN" bench/data)
  elif [ "$BENCH_ONLY" = region ]; then
    section=$(printf '%s\n\n' "$REGION_TITLE"; python3 bench/compare_region.py "$BIN" bench/data)
  else
    REGION_TITLE="$COUNTRY_TITLE"
    section=$(printf '%s\n\n' "$COUNTRY_TITLE"; python3 bench/compare_country.py "$BIN" bench/data)
  fi
  printf '%s\n' "$section"
  # Replaces the section in bench/results.md (appends it when absent); the other sections stay.
  SECTION="$section" TITLE="$REGION_TITLE" python3 - <<'PY'
import os
path, title, section = "bench/results.md", os.environ["TITLE"], os.environ["SECTION"]
text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
if title in text:   # the section up to the next «## » heading is replaced; the sections around it stay
    start = text.index(title)
    end = text.find("\n## ", start + len(title))
    text = text[:start] + section.rstrip("\n") + "\n" + ("" if end < 0 else "\n" + text[end + 1:].lstrip("\n"))
else:
    text = (text.rstrip("\n") + "\n\n" if text.strip() else "") + section.rstrip("\n") + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
  exit 0
fi
{
  python3 bench/compare.py "$BIN" bench/data
  echo
  echo "## End to end at scale"
  echo
  python3 bench/compare_scale.py "$BIN" bench/data
  echo
  echo "$REGION_TITLE"
  echo
  python3 bench/compare_region.py "$BIN" bench/data
  echo
  echo "$COUNTRY_TITLE"
  echo
  python3 bench/compare_country.py "$BIN" bench/data
  echo
  python3 bench/serve_load.py "$BIN" bench/data/serve
} | tee bench/results.md
