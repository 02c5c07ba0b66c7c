# heaplint — two commands on a fresh machine: `make run` and `make test`.
SWIFT        ?= swift
PREFIX       ?= /usr/local
ARGS         ?= check corpus
RELEASE_FLAGS = -c release --static-swift-stdlib
BIN           = .build/release/heaplint
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
	$(SWIFT) build $(RELEASE_FLAGS) --product heaplint
	HEAPLINT_BIN=$(CURDIR)/$(BIN) $(SWIFT) test
	bash scripts/check-sarif.sh $(CURDIR)/$(BIN)
	python3 corpus/oracle.py
	$(PYTHON) packaging/heaplint_build.py --binary $(BIN) --out dist
	$(PYTHON) packaging/test_wheel.py dist

# SARIF against the official 2.1.0 schema and sarif-tools (PyPI packages in .build-py/).
check-sarif: release
	bash scripts/check-sarif.sh $(CURDIR)/$(BIN)

test-swift: bootstrap
	$(SWIFT) test

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
	rm -rf .build .heaplint_cache dist .venv-wheel-test
