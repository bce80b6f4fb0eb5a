# Two commands do everything on a fresh machine with python3 and make:
#   make demo   create .venv, install reconcile, run it on the bundled corpus
#   make test   create .venv if needed, install test tools, run lint + the whole suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test lint unit bench gold clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/reconcile diff corpus/ --fail-on never

test: lint unit

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py
	$(PY) benchmarks/devgold.py
	$(PY) benchmarks/devgold.py --gold tests/gold/heldout
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/check_speed.py
	$(PY) benchmarks/perturbation.py
	$(PY) benchmarks/align_scale.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
