# heaplint — two commands on a fresh machine: `make run` and `make test`.
SWIFT        ?= swift
PREFIX       ?= /usr/local
ARGS         ?= check corpus
RELEASE_FLAGS = -c release --static-swift-stdlib
BIN           = .build/release/heaplint
# The tests run optimised (the corpus suites lint hundreds of cases): a build of their own, with
# @testable imports enabled, beside the static release binary they run as HEAPLINT_BIN.
TEST_FLAGS    = -c release -Xswiftc -enable-testing --build-path .build-test
PYTHON       ?= python3

.PHONY: all bootstrap build release run test test-swift test-wheel check-layers check-sarif oracle install wheel clean bench

all: build

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build

release: bootstrap
	$(SWIFT) build $(RELEASE_FLAGS) --product heaplint

# Lints the bundled corpus by default; findings are the point of the demo, so only a
# failure to run (exit 2) fails `make run`.
run: release
	@$(BIN) $(ARGS); rc=$$?; if [ $$rc -ge 2 ]; then exit $$rc; fi

# The layer check runs first: a forbidden import fails the build before anything compiles.
# The wheel test packs the release binary built just above (no second build), then installs and
# runs it with Swift off PATH, directly and through both pre-commit hooks (packaging/test_wheel.py).
test: bootstrap
	bash scripts/check-layers.sh
	$(SWIFT) package resolve
	$(SWIFT) package --build-path .build-test resolve
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-build-release test-build-tests
	HEAPLINT_BIN=$(CURDIR)/$(BIN) $(SWIFT) test $(TEST_FLAGS) --skip-build
	bash scripts/check-sarif.sh $(CURDIR)/$(BIN)
	python3 corpus/oracle.py
	HEAPLINT_BIN=$(CURDIR)/$(BIN) python3 scripts/fix_property.py
	python3 fuzz/replay_smoke.py .build-test/release/heaplint-fuzz
	$(PYTHON) packaging/heaplint_build.py --binary $(BIN) --out dist
	$(PYTHON) packaging/test_wheel.py dist

# The two builds `make test` needs share nothing (the static release binary; the tests with
# @testable imports, which also build the fuzz target's replayer): side by side, each one's
# single-threaded stretches (whole-module optimisation of one module) leave the other core to the
# other. Bootstrap runs once before them, and the dependencies resolve one build directory at a time.
test-build-release:
	$(SWIFT) build $(RELEASE_FLAGS) --product heaplint
test-build-tests:
	$(SWIFT) build $(TEST_FLAGS) --build-tests

# SARIF against the official 2.1.0 schema and sarif-tools (PyPI packages in .build-py/).
check-sarif: release
	bash scripts/check-sarif.sh $(CURDIR)/$(BIN)

test-swift: bootstrap
	$(SWIFT) build $(TEST_FLAGS) --build-tests
	$(SWIFT) test $(TEST_FLAGS) --skip-build

test-wheel:
	$(PYTHON) packaging/heaplint_build.py --binary $(BIN) --out dist
	$(PYTHON) packaging/test_wheel.py dist

# dist/heaplint-VERSION-py3-none-manylinux_2_N_x86_64.whl: the release binary in .data/scripts.
wheel: release
	$(PYTHON) packaging/heaplint_build.py --binary $(BIN) --out dist

check-layers:
	bash scripts/check-layers.sh

oracle:
	python3 corpus/oracle.py

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/heaplint

bench: release
	python3 bench/bench.py

clean:
	rm -rf .build .build-test .build-fuzz .build-asan .build-tsan .heaplint_cache fuzz/work fuzz/crashes dist .venv-wheel-test

# --- Fuzzing and sanitizers -------------------------------------------------------------------
# `make fuzz SECONDS=600`: libFuzzer over the per-file pipeline and --fix (Sources/HeaplintFuzz),
# seeded from corpus/ and the saved fuzz/corpus; crashes are written to fuzz/crashes/.
SECONDS      ?= 600
FUZZ_BUILD    = .build-fuzz
FUZZ_BIN      = $(FUZZ_BUILD)/release/heaplint-fuzz
FUZZ_FLAGS   ?= -timeout=20 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1

.PHONY: fuzz fuzz-build fuzz-smoke test-asan test-tsan test-build-release test-build-tests

fuzz-build: bootstrap
	HEAPLINT_FUZZ=1 $(SWIFT) build -c release --build-path $(FUZZ_BUILD) --product heaplint-fuzz

fuzz: fuzz-build
	@mkdir -p fuzz/work fuzz/crashes
	SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) $(FUZZ_FLAGS) -max_total_time=$(SECONDS) -artifact_prefix=fuzz/crashes/ fuzz/work fuzz/seeds corpus

# A short libFuzzer run: seeds and corpus only (a fresh work directory, so a large fuzz/work from
# long runs does not stretch it), a fixed seed, a fixed number of runs and Swift's hashing made
# deterministic (otherwise dictionary order changes coverage, and with it the inputs libFuzzer
# derives), the same inputs every time (about a minute here, after its own build); `make fuzz`
# explores at random. `make test` replays 8,000 fixed mutations with the test build's replayer
# instead (fuzz/replay_smoke.py): a third build would take CI past its time.
fuzz-smoke: fuzz-build
	@rm -rf fuzz/smoke-work && mkdir -p fuzz/smoke-work fuzz/crashes
	SWIFT_DETERMINISTIC_HASHING=1 SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) $(FUZZ_FLAGS) -seed=1 -runs=8000 -artifact_prefix=fuzz/crashes/ fuzz/smoke-work fuzz/seeds corpus
	@rm -rf fuzz/smoke-work

# The test suite under AddressSanitizer / ThreadSanitizer (own build directories). LeakSanitizer is
# off: TOMLKit's C++ keeps one-time allocations of the rule registry (reported as leaks at exit).
test-asan: bootstrap
	$(SWIFT) build --build-path .build-asan --sanitize=address --product heaplint
	ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 HEAPLINT_BIN=$(CURDIR)/.build-asan/debug/heaplint $(SWIFT) test --build-path .build-asan --sanitize=address

test-tsan: bootstrap
	$(SWIFT) build --build-path .build-tsan --sanitize=thread --product heaplint
	HEAPLINT_BIN=$(CURDIR)/.build-tsan/debug/heaplint $(SWIFT) test --build-path .build-tsan --sanitize=thread
