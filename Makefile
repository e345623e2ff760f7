# newsdesk — the two commands a new user runs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
INPUT ?= ../shared/seeds
DB ?= newsdesk.db
FORMAT ?= text

.PHONY: demo test lint quality bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[embed]'
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -q -e '.[test,scale]'
	touch $@

## demo: install into .venv and print the brief of the seed articles (or INPUT=folder)
demo: $(VENV)/.installed
	$(VENV)/bin/newsdesk brief $(INPUT) --db $(DB) --format $(FORMAT)

## lint: ruff and mypy on the package
lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy

## test: install the test extras, lint, and run the whole suite (quality gates included)
test: lint
	$(VENV)/bin/pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DB) $(DB)-wal $(DB)-shm
