# Two commands: `make demo` and `make test`. Both set up .venv from hashed locks first:
# `make demo` installs the runtime lock only (requirements.lock); `make test` and `make lint`
# add the development tools (requirements-dev.lock: pytest, ruff, mypy, Playwright, ...).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.dev-$(shell cat requirements.lock requirements-dev.lock pyproject.toml | cksum | cut -d' ' -f1)
DEMO_DB ?= sqlite:///newsclaims.db

BENCH_VENV  := .venv-bench
BENCH_BIN   := $(BENCH_VENV)/bin
BENCH_STAMP := $(BENCH_VENV)/.installed-$(shell cat requirements-bench.lock pyproject.toml | cksum | cut -d' ' -f1)
EVAL ?= ../shared/eval
UV   ?= uv
# PostgreSQL for the scale benchmarks (each uses its own schema and drops it).
BENCH_PG ?= postgresql://postgres@127.0.0.1:5432/test

.PHONY: setup setup-dev demo test lint format lock docs bench fuzz clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-* $(VENV)/.dev-*
	@touch $(STAMP)

setup-dev: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-dev.lock
	@rm -f $(VENV)/.dev-*
	@touch $(DEV_STAMP)

demo: setup
	$(BIN)/newsclaims ingest examples --db $(DEMO_DB)
	$(BIN)/newsclaims claims --db $(DEMO_DB) --limit 50

test: setup-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: setup-dev
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench
	$(BIN)/mypy

format: setup-dev
	$(BIN)/ruff format src tests scripts bench
	$(BIN)/ruff check --fix src tests scripts bench

# Regenerate the generated reference pages (docs/cli.md, docs/errors.md); a test checks them.
docs: setup
	$(BIN)/python scripts/make_docs.py

# Benchmarks run in their own venv (baselines such as textacy are not runtime dependencies)
# on the evaluation data in $(EVAL), and write bench/results.md. About 2 hours on 2 cores:
# the memory run ingests 21,000 articles and the resume run 5,000.
$(BENCH_STAMP): requirements-bench.lock pyproject.toml
	@test -x $(BENCH_BIN)/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-bench.lock
	$(BENCH_BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(BENCH_VENV)/.installed-*
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	{ echo "# Benchmark results"; echo; \
	  echo "Machine: $$(nproc) cores, $$(free -g | awk '/Mem:/{print $$2}') GiB, $$(uname -m); run $$(date -u +%Y-%m-%dT%H:%MZ)"; echo; \
	  $(BENCH_BIN)/python bench/attribution_compare.py $(EVAL)/attribution/polnear/dev; echo; \
	  $(BENCH_BIN)/python bench/timex_compare.py $(EVAL)/timex/tbaq; echo; \
	  $(BENCH_BIN)/python bench/quantities_compare.py $(EVAL)/quantities/newsquant-dev.json; echo; \
	  echo "# reconciliation cost by corpus size"; echo; \
	  $(BENCH_BIN)/python bench/reconcile_scale.py; echo; \
	  $(BENCH_BIN)/python bench/similarity_compare.py; echo; \
	  echo "# story grouping on $(EVAL)/realnews/articles (B-cubed)"; echo; \
	  $(BENCH_BIN)/python -m newsclaims eval stories $(EVAL)/realnews/articles; echo; \
	  echo "# story grouping cost by store size"; echo; \
	  $(BENCH_BIN)/python bench/stories_scale.py; echo; \
	  $(BENCH_BIN)/python bench/embedding_cost.py $(EVAL)/attribution/polnear/train/text; echo; \
	  $(BENCH_BIN)/python bench/throughput.py $(EVAL)/realnews/articles --baselines; echo; \
	  $(BENCH_BIN)/python bench/throughput.py $(EVAL)/attribution/polnear/dev/text; echo; \
	  $(BENCH_BIN)/python bench/scale_out.py $(EVAL)/attribution/polnear/train/text --articles 300 --pg $(BENCH_PG); echo; \
	  $(BENCH_BIN)/python bench/query_latency.py --claims 1000000 --pg $(BENCH_PG); echo; \
	  $(BENCH_BIN)/python bench/resume.py $(EVAL)/attribution/polnear/train/text --articles 5000 --workers 2; echo; \
	  $(BENCH_BIN)/python bench/memory.py $(EVAL)/attribution/polnear/train/text --sizes 1000 20000; \
	} > bench/results.md
	cat bench/results.md

# Fuzz every reader (hypothesis properties of tests/ingest/test_readers_fuzz.py), FUZZ_MINUTES each.
FUZZ_MINUTES ?= 10
fuzz: $(BENCH_STAMP)
	$(BENCH_BIN)/python bench/fuzz.py --minutes $(FUZZ_MINUTES)

# Regenerate the hashed locks after changing pyproject.toml (needs uv: pip install uv):
# runtime (make demo), runtime + dev tools (make test), runtime + dev + bench baselines.
LOCK_FLAGS := --extra postgres --extra scale --extra embeddings --python-version 3.11 \
	--override scripts/lock-overrides.txt --generate-hashes --no-header
lock:
	$(UV) pip compile pyproject.toml $(LOCK_FLAGS) -o requirements.lock
	$(UV) pip compile pyproject.toml $(LOCK_FLAGS) --group dev -o requirements-dev.lock
	$(UV) pip compile pyproject.toml $(LOCK_FLAGS) --group dev --group bench -o requirements-bench.lock

clean:
	rm -rf $(VENV) $(BENCH_VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
