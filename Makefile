# One entry point for people and CI: `make run`, `make test`, `make check`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG ?= config.yaml

.PHONY: install run once test test-fast bench-smoke check lint types bench soak eval eval-postgres eval-stripped sentence-set clean chromium compose

$(BIN)/python:
	$(shell command -v $(PYTHON) || echo python3) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The command lives in the venv, not on the PATH: say how to reach it.
REACH = echo "kuril-monitor is in $(VENV): run $(BIN)/kuril-monitor COMMAND, or activate the venv once per shell (. $(BIN)/activate) and run kuril-monitor COMMAND"

install: $(STAMP)  ## set up .venv with the project and its tools, and say how to reach the command
	@$(REACH)

run: $(STAMP)  ## set up and run the monitor on the shipped config (SQLite under state/)
	@$(REACH)
	$(BIN)/kuril-monitor --config $(CONFIG) run

once: $(STAMP)  ## one full cycle, then exit
	$(BIN)/kuril-monitor --config $(CONFIG) run --once

# The web page is tested in Debian's Chromium (driven by Playwright; no browser download).
chromium:  ## install Debian's chromium for the web tests, when it is missing
	@if [ ! -x /usr/bin/chromium ]; then \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -q && apt-get install -y -q chromium; \
	fi

# docker-compose.yml is checked by a real compose implementation (no engine needed to read
# it): the docker compose plugin when the machine has one, else Debian's docker-compose.
compose:  ## install Debian's docker-compose to validate docker-compose.yml, when no compose is there
	@if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null; then \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -q && apt-get install -y -q docker-compose; \
	fi

test: $(STAMP) check chromium compose  ## set up, lint, type-check and run the whole test suite
	NO_PROXY=127.0.0.1,localhost $(BIN)/python -m pytest -q

# The tiers are markers set per test file in tests/conftest.py: fast (core and files, in
# process), edge (loopback servers, SQLite and PostgreSQL), system (processes, Chromium).
test-fast: $(STAMP)  ## the fast tier only: core and files, in process (under a minute)
	NO_PROXY=127.0.0.1,localhost $(BIN)/python -m pytest -q -m fast

check: $(STAMP) lint types  ## static checks only
	$(BIN)/kuril-monitor --config $(CONFIG) check

lint: $(STAMP)
	$(BIN)/ruff check monitor tests benchmarks scripts
	$(BIN)/ruff format --check monitor tests benchmarks scripts

types: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)  ## the benchmarks, each with its defaults (the soak apart: make soak)
	for b in benchmarks/bench_*.py; do \
		case $$b in *bench_soak.py) continue;; esac; $(BIN)/python $$b || exit 1; \
	done

# Each benchmark once with its quickest options, so none rots: figures are printed, a
# missed speed target fails nothing (a crash does). The soak is left out as in `make bench`
# (its shortest useful run is minutes); message_length.py needs the harness' messages.
BENCH_SMOKE = \
	"bench_matching.py --rules 10 100 --words 500 1000 --base-rules 100 --base-words 500" \
	"bench_article.py --per-kind 1 --limit 10" \
	"bench_poll.py --feeds 50 --hosts 5 --rounds 1" \
	"bench_memory.py --feeds 50 --hosts 5 --items-small 1000 --items-big 5000 --runs 1" \
	"bench_loop.py --feeds 10 --hosts 2" \
	"bench_workers.py --feeds 8 --latency 0.05 --workers 1,2"
bench-smoke: $(STAMP)  ## every benchmark once, quickly (~2 min): figures, no pass/fail on speed
	@start=$$(date +%s); for b in $(BENCH_SMOKE); do \
		echo "== benchmarks/$$b"; t=$$(date +%s); \
		NO_PROXY=127.0.0.1,localhost $(BIN)/python benchmarks/$$b || exit 1; \
		echo "   ($$(( $$(date +%s) - t )) s)"; \
	done; echo "bench-smoke: every benchmark ran, $$(( $$(date +%s) - start )) s"

soak: $(STAMP)  ## the daemon for 30 minutes under faults and kills (benchmarks/README.md)
	$(BIN)/python benchmarks/bench_soak.py

# The evaluation harness and corpora are not part of this repository: they are expected in
# a folder `shared` beside the checkout (SHARED=path/to/it to point elsewhere).
SHARED ?= ../shared
eval: $(STAMP)  ## the evaluation world on both corpora (needs the harness in $(SHARED))
	@test -f $(SHARED)/eval/harness.py || { echo "make eval: no evaluation harness at $(SHARED)/eval/harness.py; it is not part of this repository (set SHARED=folder holding eval/ and corpus/)" >&2; exit 2; }
	python3 $(SHARED)/eval/harness.py $(SHARED)/corpus/dev --project .
	python3 $(SHARED)/eval/harness.py $(SHARED)/corpus/dev2 --project .

# The same world with `database:` on the machine's PostgreSQL: a fresh database per run.
PGSERVER ?= postgresql://postgres@127.0.0.1:5432
EVAL_FLOORS ?=
eval-postgres: $(STAMP)  ## the evaluation world on PostgreSQL (a fresh database, dropped after)
	@test -f $(SHARED)/eval/harness.py || { echo "make eval-postgres: no evaluation harness at $(SHARED)/eval/harness.py (set SHARED)" >&2; exit 2; }
	db=kuril_eval_$$$$; psql "$(PGSERVER)/test" -qc "CREATE DATABASE $$db" || exit 1; \
	python3 $(SHARED)/eval/harness.py $(SHARED)/corpus/dev --project . \
		--database "$(PGSERVER)/$$db" $(EVAL_FLOORS); rc=$$?; \
	psql "$(PGSERVER)/test" -qc "DROP DATABASE $$db WITH (FORCE)"; exit $$rc

# The same world on a copy of the dev corpus whose pages lack publisher metadata
# (og:site_name, JSON-LD publisher): every alert must name each outlet by its feed's title.
eval-stripped: $(STAMP)  ## the evaluation world on pages stripped of publisher metadata
	@test -f $(SHARED)/eval/harness.py || { echo "make eval-stripped: no evaluation harness at $(SHARED)/eval/harness.py (set SHARED)" >&2; exit 2; }
	$(BIN)/python scripts/eval_stripped.py $(SHARED)/corpus/dev --harness $(SHARED)/eval/harness.py \
		--project . $(EVAL_FLOORS)

sentence-set: $(STAMP)  ## detection on the blind sentence set (tests/data/sentences-blind1): precision, recall, errors
	$(BIN)/python scripts/sentence_set.py --errors

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
