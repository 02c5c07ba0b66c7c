# heaplint — two commands on a fresh machine: `make run` and `make test`.
SWIFT        ?= swift
PREFIX       ?= /usr/local
ARGS         ?= check corpus
RELEASE_FLAGS = -c release --static-swift-stdlib
BIN           = .build/release/heaplint

.PHONY: all bootstrap build release run test test-swift oracle install clean bench check-sarif

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

test: bootstrap
	$(SWIFT) build $(RELEASE_FLAGS) --product heaplint
	HEAPLINT_BIN=$(CURDIR)/$(BIN) $(SWIFT) test
	bash scripts/check-sarif.sh $(CURDIR)/$(BIN)
	python3 corpus/oracle.py

# SARIF against the official 2.1.0 schema and sarif-tools (PyPI packages in .build-py/).
check-sarif: release
	bash scripts/check-sarif.sh $(CURDIR)/$(BIN)

test-swift: bootstrap
	$(SWIFT) test

oracle:
	python3 corpus/oracle.py

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/heaplint

bench: release
	python3 bench/bench.py

clean:
	rm -rf .build .heaplint_cache
