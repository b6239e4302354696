# Every target sets up what it needs: a fresh machine needs only python3 (>= 3.11) and make.
VENV := .venv
PY := $(VENV)/bin/python
APP_READY := $(VENV)/.ready-app
READY := $(VENV)/.ready

.PHONY: run test lint bench sync-test snapshots keys clean tmux syncthing pdf-tools

# `make run` installs only what the app needs, so a first start waits for nothing else.
$(APP_READY): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -e .
	touch $(APP_READY)

# The checks need the test and lint tools as well: installed with the app in one go.
$(READY): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(APP_READY) $(READY)

# The real-terminal tests drive the app in tmux; install it where it is missing.
tmux:
	@command -v tmux >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq tmux >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq tmux >/dev/null; fi; }

# The two-device test runs two real Syncthing instances; install it where it is missing.
syncthing:
	@command -v syncthing >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq syncthing >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq syncthing >/dev/null; fi; }

# The report's tests turn its page into a PNG and read it with poppler's tools, and print CJK with
# the Droid Sans Fallback and Nanum Gothic fonts: installed where missing.
PDF_PACKAGES := poppler-utils fonts-droid-fallback fonts-nanum
pdf-tools:
	@command -v pdftoppm >/dev/null && [ -e /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] \
	  && [ -e /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(PDF_PACKAGES) >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq $(PDF_PACKAGES) >/dev/null; fi; }

run: $(APP_READY)
	$(VENV)/bin/magtui

lint: $(READY)
	$(VENV)/bin/ruff check magtui tests bench
	$(VENV)/bin/ruff format --check magtui tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# magtui byte-compiled first, as `pip install` leaves an installed copy: the hundreds of magtui
# processes the tests start then need not compile it from source each time.
test: $(READY) tmux pdf-tools lint
	$(PY) -m compileall -q magtui
	$(VENV)/bin/pytest -q -p no:cacheprovider -n 4 --dist worksteal

# jrnl, the yardstick for logging and exports, in a virtualenv of its own.
JRNL_VENV := .venv-jrnl

$(JRNL_VENV)/bin/jrnl:
	python3 -m venv $(JRNL_VENV)
	$(JRNL_VENV)/bin/pip install --quiet jrnl==4.6

# Two Syncthing instances on 127.0.0.1 only, sharing one journal folder between two data folders.
sync-test: $(READY) syncthing
	$(PY) bench/sync_pair.py

bench: $(READY) tmux syncthing pdf-tools $(JRNL_VENV)/bin/jrnl
	$(PY) bench/startup.py
	$(PY) bench/journal.py
	$(PY) bench/journal_screen.py
	$(PY) bench/durability.py kill 1000
	$(PY) bench/durability.py kill-import 500
	$(PY) bench/durability.py kill-move 500
	$(PY) bench/timer.py
	$(PY) bench/ledger.py
	$(PY) bench/report.py
	$(PY) bench/devices.py
	$(PY) bench/sync_pair.py

snapshots: $(READY)
	$(VENV)/bin/pytest -q -p no:cacheprovider tests/test_snapshots.py --snapshot-update

keys: $(APP_READY)
	$(VENV)/bin/python -m magtui.ui.keys

clean:
	rm -rf $(VENV) $(JRNL_VENV) dist build .mypy_cache .ruff_cache .pytest_cache
