# newsmarket: `make demo` builds the warehouse from the bundled sample; `make test` runs the suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCAL_HOME := $(CURDIR)/.dagster_home
# One Dagster instance per warehouse, so run history and check results never mix two warehouses: beside
# NEWSMARKET_WAREHOUSE when it is a plain file path (/tmp/news.duckdb -> /tmp/news.dagster_home), else
# .dagster_home (also for ":memory:", "md:...", "~/..." and paths with spaces, which make cannot use as targets).
# A DAGSTER_HOME in the environment is ignored (it may be another project's); `make demo DAGSTER_HOME=...`
# chooses one.
FILE_WAREHOUSE := $(if $(or $(findstring :,$(NEWSMARKET_WAREHOUSE)),$(word 2,$(NEWSMARKET_WAREHOUSE)),$(filter ~%,$(NEWSMARKET_WAREHOUSE))),,$(NEWSMARKET_WAREHOUSE))
export DAGSTER_HOME := $(if $(FILE_WAREHOUSE),$(abspath $(basename $(FILE_WAREHOUSE))).dagster_home,$(LOCAL_HOME))
DEV_PORT ?= 3000

.PHONY: demo test dev bench lint format clean install

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml

# Dagster's notices about its own beta and superseded APIs are for developers, not for the demo's reader.
DEMO_WARNINGS := ignore:Parameter `backfill_policy`,ignore:Function `asset_materialize_command`

demo: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	PYTHONWARNINGS='$(DEMO_WARNINGS)' $(BIN)/python -m orchestration.demo

test: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pytest -q

dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p $(DEV_PORT)

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m tests.bench

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(LOCAL_HOME) data/warehouse.duckdb data/warehouse.duckdb.wal data/reports
