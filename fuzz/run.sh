#!/usr/bin/env bash
# Fuzzes the XLSX reader with libFuzzer + AddressSanitizer for FUZZ_SECONDS (default 300).
# The fuzz binary is compiled with swiftc directly (SwiftPM's executables bring their own main, libFuzzer
# needs its own): the reader's sources (with CellReference's) plus Sources/FuzzReader/main.swift in one module.
# The corpus starts from the reader's fixtures; crashes go to fuzz/crashes/ — keep each one there (it is
# committed and replayed by `make test` through the plain FuzzReader build).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${FUZZ_SECONDS:-300}"
mkdir -p .build-fuzz fuzz/corpus-run fuzz/crashes
CFLAGS=$(pkg-config --cflags libxml-2.0 libzip | tr ' ' '\n' | grep -v '^$' | sed 's/^/-Xcc\n/')
swiftc -O -g -sanitize=fuzzer,address -parse-as-library -DFUZZING -module-name FuzzReader -package-name mentoring \
  -I Sources/CZip -I Sources/CXML2 $CFLAGS \
  $(find Sources/CellReference Sources/XLSXReader -name "*.swift" | sort) Sources/FuzzReader/main.swift -lzip -lxml2 -o .build-fuzz/FuzzReader
cp -n Tests/Fixtures/reader/*.xlsx fuzz/corpus-run/ 2>/dev/null || true
# Seeds for the part-level inputs: a byte choosing the part (0 sheet, 1 shared strings, 2 styles, 3 workbook),
# then that part's XML from each fixture, as written and again after a UTF-8 byte-order mark (as the Open XML SDK
# writes every part; the fixtures real_bom_*/real_utf16* bring whole files with marks and UTF-16).
python3 - <<'PY'
import glob, os, zipfile
parts = [("worksheets/sheet", 0), ("sharedStrings", 1), ("styles", 2), ("workbook.xml", 3)]
for path in sorted(glob.glob("Tests/Fixtures/reader/*.xlsx")):
    try:
        z = zipfile.ZipFile(path)
    except Exception:
        continue
    for name in z.namelist():
        for key, mode in parts:
            if key in name and name.endswith(".xml") and "_rels" not in name:
                out = f"fuzz/corpus-run/xml-{mode}-{os.path.basename(path)}-{os.path.basename(name)}"
                if not os.path.exists(out):
                    try:
                        data = z.read(name)[:60000]
                        open(out, "wb").write(bytes([mode]) + data)
                        if not data.startswith(b"\xef\xbb\xbf"):
                            open(out + "-bom", "wb").write(bytes([mode]) + b"\xef\xbb\xbf" + data)
                    except Exception:
                        pass
PY
find fuzz/crashes -type f ! -name .keep -exec cp -n {} fuzz/corpus-run/ \; 2>/dev/null || true
.build-fuzz/FuzzReader fuzz/corpus-run -max_total_time="$SECONDS_TO_RUN" -timeout=20 -rss_limit_mb=2048 \
  -max_len=65536 -artifact_prefix=fuzz/crashes/ -print_final_stats=1 2>&1 | tail -30
