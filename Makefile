# Front Desk: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEV_ENV := DEBUG=1

.PHONY: run test lint messages bench bench-volume bench-board bench-compare system-deps clean help

help:
	@echo "make run    - install, migrate, load the demo and serve http://$(HOST):$(PORT)"
	@echo "make test   - install the dev extra and run the whole suite (PYTEST_ARGS=--reuse-db to keep the test DB)"
	@echo "make lint   - ruff, djlint and mypy"
	@echo "make fuzz   - every form and filter parameter, 200 bad values each: 0 server errors (long)"
	@echo "make bench  - print the benchmark figures (see README, Performance)"
	@echo "make bench-board - load a year of visits and benchmark the board under gunicorn"
	@echo "make bench-compare - the board, walk-in, complaint lists and daily sheet side by side with bare Django"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(VENV)/.installed $@

# Debian packages: Chromium for the browser tests (and its lighter headless shell, which they run
# when it is there), CJK fonts for the PDF sheets.
system-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromium-headless-shell ] && command -v pdftotext >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-headless-shell fonts-noto-cjk poppler-utils >/dev/null; \
	else \
		echo "Install Debian's chromium, chromium-headless-shell, fonts-noto-cjk and poppler-utils (sudo apt-get install chromium chromium-headless-shell fonts-noto-cjk poppler-utils)"; \
	fi

run: $(VENV)/.installed
	-@$(MAKE) --no-print-directory system-deps
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py seed_demo
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Two workers (pytest-xdist; each gets its own test database, copied from a migrated template
# kept between runs); a worker that runs out of tests takes some of the other's. axe-core for the
# accessibility tests comes from npm when npm is there.
# Compiled modules are written (to __pycache__, ignored by git) even where PYTHONDONTWRITEBYTECODE
# is set: pytest keeps the tests with their asserts rewritten there. Rewriting them costs each
# worker about 8 s of CPU before its first test; loading the kept copies well under one.
PYTEST_WORKERS ?= 2
test: $(VENV)/.installed-dev system-deps
	@[ -f node_modules/axe-core/axe.min.js ] || ! command -v npm >/dev/null || \
		npm ci --no-audit --no-fund --loglevel=error
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint --check templates
	$(BIN)/djlint --lint templates
	$(DEV_ENV) $(BIN)/mypy

# The whole fuzz (the suite runs a fixed sample): every page, POST endpoint and admin changelist
# found through the URL resolver, every parameter its view reads, FUZZ_EXAMPLES (200) bad values
# each, and the doctor photo upload's generated names and contents. Prints the counts and fails
# on any 500, any write on a refused request or any route not reached. FUZZ_SHARD=1/2 runs half
# of the routes; FUZZ_ROLES=all tries every role, not only the first that may.
fuzz: $(VENV)/.installed-dev
	FUZZ_ALL=1 $(BIN)/pytest tests/security/test_fuzz.py tests/security/test_fuzz_uploads.py -k bad_input_never -p no:xdist -q -s $(PYTEST_ARGS)

messages: $(VENV)/.installed-dev
	$(DEV_ENV) $(BIN)/python manage.py sync_translations

BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/frontdesk_bench
BENCH_VOLUME_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/frontdesk_volume
BENCH_ENV = DATABASE_URL=$(BENCH_DATABASE_URL)

# Figures, not assertions: each script prints what it measured (see README, "Performance").
bench: $(VENV)/.installed-dev
	@psql "$(BENCH_DATABASE_URL)" -qc "SELECT 1" >/dev/null 2>&1 || \
		createdb -h 127.0.0.1 -U postgres "$(notdir $(BENCH_DATABASE_URL))"
	$(BENCH_ENV) DEBUG=1 $(BIN)/python manage.py migrate --no-input -v0
	$(BENCH_ENV) $(BIN)/python benchmarks/routing.py --database
	$(BENCH_ENV) $(BIN)/python benchmarks/daily_sheet.py
	$(BENCH_ENV) $(BIN)/python benchmarks/daily_summary.py
	$(BENCH_ENV) $(BIN)/python benchmarks/complaints_changelist.py

# A year at 5,000 visits a day (about 1.8 M visits) and 100 k complaints, loaded once; a smaller
# BENCH_VISITS_PER_DAY (e.g. 500) makes a quick run.
BENCH_DAYS ?= 365
BENCH_VISITS_PER_DAY ?= 5000
BENCH_COMPARE_ARGS ?=
bench-volume: $(VENV)/.installed-dev
	@psql "$(BENCH_VOLUME_DATABASE_URL)" -qc "SELECT 1" >/dev/null 2>&1 || \
		createdb -h 127.0.0.1 -U postgres "$(notdir $(BENCH_VOLUME_DATABASE_URL))"
	DATABASE_URL=$(BENCH_VOLUME_DATABASE_URL) DEBUG=1 $(BIN)/python manage.py migrate --no-input -v0
	@if [ "$$(psql "$(BENCH_VOLUME_DATABASE_URL)" -Atc 'SELECT count(*) > 1000 FROM reception_visit')" = t ]; then \
		echo "volume data already loaded"; \
	else \
		DATABASE_URL=$(BENCH_VOLUME_DATABASE_URL) DEBUG=1 $(BIN)/python manage.py seed_demo --days $(BENCH_DAYS) --visits-per-day $(BENCH_VISITS_PER_DAY) && \
		DATABASE_URL=$(BENCH_VOLUME_DATABASE_URL) $(BIN)/python benchmarks/volume.py --days $(BENCH_DAYS) --visits-per-day $(BENCH_VISITS_PER_DAY); \
	fi

# 8 tablets against gunicorn, the board and the walk-in POST alone.
bench-board: bench-volume
	DATABASE_URL=$(BENCH_VOLUME_DATABASE_URL) $(BIN)/python benchmarks/board_load.py --requests 2000

# Front Desk side by side with a bare Django project (benchmarks/bare/) under gunicorn and wrk,
# then two instances behind HAProxy: `make bench-compare BENCH_COMPARE_ARGS="--seconds 5 --rounds 1"`.
bench-compare: bench-volume
	@command -v wrk >/dev/null && command -v haproxy >/dev/null || \
		{ echo "Install Debian's wrk and haproxy (apt-get install -y wrk haproxy)"; exit 1; }
	BENCH_VOLUME_DATABASE_URL=$(BENCH_VOLUME_DATABASE_URL) $(BIN)/python benchmarks/compare.py --balanced $(BENCH_COMPARE_ARGS)

# 200 tablets polling the bell and the board, 4 hall displays, for 5 minutes against gunicorn:
# `make bench-live BENCH_LIVE_ARGS="--seconds 60"` for a quick run.
BENCH_LIVE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/fd_alerts_bench
BENCH_LIVE_ARGS ?=
.PHONY: bench-live
bench-live: $(VENV)/.installed-dev
	@psql "$(BENCH_LIVE_DATABASE_URL)" -qc "SELECT 1" >/dev/null 2>&1 || \
		createdb -h 127.0.0.1 -U postgres "$(notdir $(BENCH_LIVE_DATABASE_URL))"
	DATABASE_URL=$(BENCH_LIVE_DATABASE_URL) $(BIN)/python benchmarks/live_updates.py $(BENCH_LIVE_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
