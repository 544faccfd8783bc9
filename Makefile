# Two commands for a fresh clone (see README):
#   make demo   install everything into .venv and start Depot on demo data (SQLite)
#   make test   install everything into .venv and run the whole suite (SQLite + PostgreSQL)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo run test lint translations screenshots bench bundle bundle-selftest clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,build]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(PY) -m depot --demo

run: install
	$(PY) -m depot

test: install
	$(PY) -m ruff check .
	DEPOT_REQUIRE_PG=1 $(PY) -m pytest -q -p no:cacheprovider -n 2

lint: install
	$(PY) -m ruff check .

# Re-extract strings from the code into the .ts sources and rebuild the .qm catalogues
# (every module on disk, committed or not; tests/ui/test_catalogue_complete.py checks it).
translations: install
	$(VENV)/bin/pyside6-lupdate $$(find ui depot inventory rma exports -name '*.py' | sort) -no-obsolete -ts resources/translations/depot_zh_CN.ts
	$(PY) tools/ts_fill.py resources/translations/depot_zh_CN.ts resources/translations/*.tsv
	$(VENV)/bin/pyside6-lrelease resources/translations/depot_zh_CN.ts -qm resources/translations/depot_zh_CN.qm

# every page on the demo depot, then the screens that need a depot in mid-flow (they replace
# the plain pictures of their pages) and the sheets as printed
screenshots: install
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots
	for s in bench loan parts signoff; do \
		QT_QPA_PLATFORM=offscreen $(PY) tools/$${s}_screens.py docs/screenshots || exit 1; \
	done

# every benchmark in turn, each printing its figures (the first run builds and caches the
# large SQLite databases in bench/out; PostgreSQL ones are built on a private server each time)
bench: install
	$(PY) -m bench.bench_intake
	$(PY) -m bench.bench_inventory
	$(PY) -m bench.bench_exports
	$(PY) -m bench.bench_load
	$(PY) -m bench.bench_bundle --build

bundle: install
	$(VENV)/bin/pyinstaller --noconfirm --clean depot.spec

# Build the bundle, then prove it: the frozen self-test offscreen in English and Chinese,
# its contents and version, the log folder; reports the size (installer/check_bundle.py).
bundle-selftest: bundle
	$(PY) -m installer.check_bundle dist/depot

clean:
	rm -rf build dist $(VENV)
