# newsfuse: `make demo` runs it on the bundled seed articles, `make test` runs every test.
# Both start by installing everything into .venv/ (once; again when pyproject.toml changes).

VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
SHARED ?= ../shared

.PHONY: install demo test test-fast eval bench lint clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	# torch first, pinned: 2.13.0 is the CPU build on disk; anything else pulls gigabytes of CUDA packages
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[models,web,postgres,ray,dev]'
	# the sentence model, exported once to OpenVINO's format so runs need no torch (~4 s saved on every start)
	$(PY) -m newsfuse.annotate.embed --export
	touch $@

install: $(VENV)/.installed

demo: install
	@mkdir -p out
	$(VENV)/bin/newsfuse analyze examples/seeds --json out/seeds.json --markdown out/seeds.md

test: install
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not integration and not slow"

eval: install
	# textacy is only the quotes baseline; its pinned dependencies would fight ours, so it comes without them
	$(PIP) install -q --no-deps textacy==0.13.0 cytoolz toolz cachetools jellyfish floret
	$(PY) benchmarks/eval.py --shared $(SHARED)

bench: install
	$(PY) benchmarks/bench.py --shared $(SHARED)

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) out artifacts .pytest_cache
