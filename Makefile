# Two commands for a user: `make run` and `make test`. Everything else is for developers.
SWIFT        ?= swift
BUILD_DEBS   := pkg-config libxlsxwriter-dev libzip-dev libxml2-dev
TEST_DEBS    := libreoffice-calc-nogui python3-uno poppler-utils
TEST_PIPS    := openpyxl xlsxwriter
BIN          := .build/debug/mentoring

.PHONY: run test build deps deps-test clean bench fuzz

deps:
	@scripts/install-deps.sh $(BUILD_DEBS)

deps-test: deps
	@scripts/install-deps.sh $(TEST_DEBS) --pip $(TEST_PIPS)

build: deps
	$(SWIFT) build --product mentoring

## Runs the main job on the bundled example data; the result goes to out/.
run: build
	@mkdir -p out
	$(BIN) consolidate Examples/forms/2024 --municipal Examples/municipal_2024.xlsx \
		--history Examples/history_2022_2023.xlsx --history Examples/data_2023.xlsx \
		--organisations Examples/organisations_2024.xlsx -o out/svod_2024.xlsx

## Builds and runs the whole test suite, interop checks included.
test: deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build out

## Benchmarks (ratios against openpyxl and python-calamine in the same run).
bench: deps
	bash bench/run.sh

## Fuzzes the XLSX reader for FUZZ_SECONDS (default 300) with libFuzzer and AddressSanitizer.
fuzz: deps
	bash fuzz/run.sh
