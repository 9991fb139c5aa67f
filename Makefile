# vnewsgraph — make demo | make test | make lint | make bench
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DEMO_DB ?= demo.db
HOST ?= 127.0.0.1
PORT ?= 8000
BENCH_KB_N ?= 100000
BENCH_BATCH_GB ?= 1.0

.PHONY: venv demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,batch]"
	touch $(STAMP)

venv: $(STAMP)

## demo: build a knowledge base from the sample corpus (embedded SQLite store) and show it
demo: venv
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/vnewsgraph --db $(DEMO_DB) ingest $(SHARED)/corpus/seeds
	$(BIN)/vnewsgraph --db $(DEMO_DB) stats
	$(BIN)/vnewsgraph --db $(DEMO_DB) entities --limit 15
	$(BIN)/vnewsgraph --db $(DEMO_DB) events --limit 10
	$(BIN)/vnewsgraph --db $(DEMO_DB) facts --limit 10
	$(BIN)/vnewsgraph --db $(DEMO_DB) serve --host $(HOST) --port $(PORT)

## test: create the environment and run every test
test: venv
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

## bench: speed and scale measurements (results in benchmarks/results/, summary in benchmarks/RESULTS.md)
bench: venv
	$(BIN)/pip install -q -e ".[bench]"
	$(BIN)/python benchmarks/bench_extract.py --rounds 15 --out benchmarks/results/extract-latest.md
	$(BIN)/python benchmarks/bench_kb.py --n $(BENCH_KB_N)
	$(BIN)/python benchmarks/bench_batch.py --gb $(BENCH_BATCH_GB) --docs 3000 --out benchmarks/results/batch-latest.md

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
