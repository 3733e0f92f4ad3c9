# Thin driver over the CMake presets. `make demo` and `make test` set up a fresh
# Debian 12 machine (missing apt packages only), build, and run.
SHELL := /bin/bash
JOBS ?= 2
SAMPLE ?= corpus/demo/beispiel-avv.txt

.PHONY: all deps build build-debug demo test test-release test-sanitize clean golden bench fuzz
FUZZ_SECONDS ?= 60

all: build

deps:
	@./scripts/install-deps.sh

build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)

build-debug: deps
	@cmake --preset debug >/dev/null
	@cmake --build --preset debug -j $(JOBS)

demo: build
	@echo "== avvlint check $(SAMPLE) =="
	@./build/avvlint check $(SAMPLE) || true

test-release: build
	@cd build && ctest --output-on-failure -j $(JOBS)

test-sanitize: build-debug
	@cd build-debug && ctest --output-on-failure -j $(JOBS) -LE slow

test: test-release test-sanitize

# Regenerate the expected outputs beside every corpus contract (review the diff!).
golden: build
	@./scripts/update-golden.sh

# Benchmark table (also written to docs/performance.md); timing never gates a test.
bench: build
	@python3 bench/run.py

# libFuzzer over every target for FUZZ_SECONDS each (clang; installs it if missing).
fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) ./scripts/fuzz.sh

clean:
	rm -rf build build-debug build-fuzz
