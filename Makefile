# The two commands: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR := $(CURDIR)/.demo
DEMO_DB := sqlite:///$(DEMO_DIR)/workspace.db

.PHONY: run test install lint typecheck contracts pytest clean package package-test clean-package translations

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

## Open the desktop app on the sample release, in a demo workspace (SQLite) under .demo/
run: install
	@mkdir -p $(DEMO_DIR)
	TRANSLATOR_APP_DB=$(DEMO_DB) $(BIN)/translator-app gui --sample

## Lint, check the architecture contracts and types, then run every test headless (installs nothing on the
## machine: the installer's own test is `make package-test`)
test: install lint contracts typecheck pytest

lint: install
	$(BIN)/ruff check --no-cache src tests bench

contracts: install
	$(BIN)/lint-imports --no-cache

typecheck: install
	$(BIN)/mypy

pytest: install
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

clean:
	rm -rf $(VENV) .demo .mypy_cache .pytest_cache .ruff_cache

## Build the Linux installer packaging/dist/translator-app_<version>_<arch>.deb (PyInstaller bundle + dpkg-deb)
package: install
	bash packaging/build_deb.sh

## Build the .deb if the sources are newer, install it (dpkg -i as root, else unpack it with dpkg -x), run the
## installed --self-test and the ICU probe, then purge it. CI runs it after `make test`.
package-test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m package tests/packaging/test_deb.py

clean-package:
	rm -rf packaging/build packaging/dist

## Refresh translations/*.ts from the code (pyside6-lupdate) and compile them into the package (pyside6-lrelease)
TS_FILES := translations/translator_app_fr.ts translations/translator_app_es.ts
QM_DIR := src/translator_app/resources/i18n
translations: install
	$(BIN)/pyside6-lupdate -extensions py -recursive src/translator_app -no-obsolete -locations none -ts $(TS_FILES)
	@mkdir -p $(QM_DIR)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $(QM_DIR)/$$(basename $${ts%.ts}).qm; done
