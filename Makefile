# Two commands for a user: `make run` and `make test`. Everything else is for developers.
SWIFT        ?= swift
BUILD_DEBS   := pkg-config libxlsxwriter-dev libzip-dev libxml2-dev libstemmer-dev
TEST_DEBS    := libreoffice-calc-nogui python3-uno poppler-utils chromium chromium-driver
TEST_PIPS    := openpyxl xlsxwriter selenium python-calamine
BIN          := .build/debug/mentoring
PREFIX       ?= /usr/local
## The reader's run-time exclusivity checks off in this project's own builds (Package.swift; a dependent package
## builds the reader library without the unsafe flag).
export MENTORING_UNCHECKED_EXCLUSIVITY := 1

.PHONY: format format-check run test build deps deps-test clean bench fuzz install serve screenshot bench-serve

deps:
	@scripts/install-deps.sh $(BUILD_DEBS)

deps-test: deps
	@scripts/install-deps.sh $(TEST_DEBS) --pip $(TEST_PIPS)

build: deps
	$(SWIFT) build --product mentoring

## consolidate's exit code «книга записана, есть замечания к данным» (ConsolidateExitCode.writtenWithFindings in
## Sources/Report; ReadmeFiguresTests checks that they agree). The examples have findings on purpose, so for `make run`
## it is a success; any other code but 0 fails the target.
WRITTEN_WITH_FINDINGS := 5

## Runs the main job on the bundled example data (forms, the municipal form, history, the register, the bases of
## mentors and mentees of nine organisations); the result goes to out/ (the workbook, and a card per organisation in out/карточки).
run: build
	@mkdir -p out
	@status=0; $(BIN) consolidate Examples/forms/2024 Examples/bases/2024 --municipal Examples/municipal_2024.xlsx \
		--history Examples/history_2022_2023.xlsx --history Examples/data_2023.xlsx \
		--organisations Examples/organisations_2024.xlsx -o out/svod_2024.xlsx --cards out/карточки || status=$$?; \
	[ $$status -eq 0 ] || [ $$status -eq $(WRITTEN_WITH_FINDINGS) ] || { echo "make run: mentoring consolidate вышел с кодом $$status" >&2; exit $$status; }

## Builds and runs the whole test suite, interop checks included.
test: deps-test format-check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Style: `swift format` (in the toolchain) with .swift-format (4 spaces, lines of 120); `make format` rewrites.
format-check:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Package.swift

## The web page on this computer (http://127.0.0.1:8080), on the example catalogue.
serve: build
	$(BIN) serve

## The browser test alone, keeping its screenshots of the page for the README (docs/serve.png; the check before
## building: docs/serve-check.png; the region: docs/serve-region.png).
screenshot: build
	SERVE_SCREENSHOT=$(CURDIR)/docs/serve.png $(SWIFT) test --filter BrowserTests

## Installs the program (release build) into PREFIX/bin, its Templates and page into PREFIX/share/mentoring.
install: deps
	$(SWIFT) build -c release --product mentoring
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/mentoring
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/mentoring" $(DESTDIR)$(PREFIX)/bin/mentoring
	rm -rf $(DESTDIR)$(PREFIX)/share/mentoring/Templates $(DESTDIR)$(PREFIX)/share/mentoring/web
	cp -R Templates $(DESTDIR)$(PREFIX)/share/mentoring/Templates
	cp -R Sources/WebService/Public $(DESTDIR)$(PREFIX)/share/mentoring/web
	chmod -R a+rX,go-w $(DESTDIR)$(PREFIX)/share/mentoring
	@echo "Установлено: $(PREFIX)/bin/mentoring, шаблоны — $(PREFIX)/share/mentoring/Templates"

clean:
	rm -rf .build out

## Benchmarks (ratios against openpyxl and python-calamine in the same run).
bench: deps
	bash bench/run.sh

## The web service alone under load (20 clients x 100 forms); updates its section of bench/results.md.
bench-serve: deps
	@scripts/install-deps.sh --pip openpyxl requests
	$(SWIFT) build -c release --product mentoring --scratch-path .build-bench
	python3 bench/serve_load.py .build-bench/release/mentoring bench/data/serve --update bench/results.md

## Fuzzes the XLSX reader for FUZZ_SECONDS (default 300) with libFuzzer and AddressSanitizer.
fuzz: deps
	bash fuzz/run.sh
