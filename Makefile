# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed
AXE := $(VENV)/node_modules/axe-core/axe.min.js
VNU := $(VENV)/node_modules/vnu-jar/build/dist/vnu.jar
MANAGE := $(PY) example_site/manage.py

.PHONY: install demo serve test test-postgres bench train lint messages compilemessages clean \
	production production-up production-down loadtest saturate

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The production stack and the load test need the extras of the same names.
$(VENV)/.production: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,production]"
	touch $@

$(VENV)/.loadtest: $(VENV)/.production
	$(PY) -m pip install --quiet -e ".[dev,production,loadtest]"
	touch $@

# axe-core for the accessibility scans of the browser tests (npm registry; optional locally).
$(AXE):
	-command -v npm >/dev/null && npm install --silent --no-audit --no-fund --prefix $(VENV) axe-core@4

# The Nu HTML Checker (vnu.jar, run with Java) for tests/test_html_valid.py (npm registry; optional
# locally, required in CI).
$(VNU):
	-command -v npm >/dev/null && npm install --silent --no-audit --no-fund --prefix $(VENV) vnu-jar@26

demo: $(STAMP)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_initial_data
	@echo
	@echo "  The demo site:  http://127.0.0.1:$(PORT)/"
	@echo "  The admin:      http://127.0.0.1:$(PORT)/admin/  user admin, password changeme (demo only)"
	@echo "  Emails:         example_site/var/mail/"
	@echo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# The whole suite with every app installed (one process per core, pytest-xdist), then the sites
# that install only some apps.
test: $(STAMP) $(AXE) $(VNU)
	$(PY) -m pytest -n auto
	$(PY) -m pytest -q --ds=tests.settings_core_cookies tests/combinations/test_core_cookies.py
	$(PY) -m pytest -q --ds=tests.settings_core_rights tests/combinations/test_core_rights.py
	$(PY) -m pytest -q --ds=tests.settings_localize tests/combinations/test_localize.py

# PostgreSQL and Redis on 127.0.0.1, two gunicorn instances (:8001, :8002), a task worker and an
# SMTP sink, in the foreground (Ctrl-C stops all); see docs/deployment.md.
production: $(VENV)/.production
	$(PY) example_site/production/stack.py

production-up: $(VENV)/.production
	$(PY) example_site/production/stack.py --detach

production-down:
	$(PY) example_site/production/stack.py --stop

# About three minutes of load with the worker killed, SMTP, Redis and the database down for a
# while, then a quiet phase; last line JSON. ARGS=--saturate: the same as make saturate.
loadtest: $(VENV)/.loadtest
	$(PY) example_site/production/loadtest.py $(ARGS)

# Requests a second of the notice and of a whole booking at saturation on this machine, about
# three minutes (example_site/production/saturate.py); last line JSON.
saturate: $(VENV)/.loadtest
	$(PY) example_site/production/loadtest.py --saturate

bench: $(STAMP)
	$(PY) -m tests.bench

# Retrain the learned reading of consent by conduct on the evaluation set's open parts
# (wagtail_seloste/notice/check/learned.py) and recount the words written with å, ä and ö
# (spelling.py); run it after adding an open part, then commit conduct_model.json and
# letters.json.
train: $(STAMP)
	$(PY) tests/conduct_training.py
	$(PY) tests/letters_table.py

lint: $(STAMP)
	$(PY) -m ruff check wagtail_seloste example_site tests

# Refresh the catalogues after changing strings, then translate and compile.
messages: $(STAMP)
	cd wagtail_seloste && ../$(PY) ../example_site/manage.py makemessages --no-obsolete --no-location -l fi -l sv -l en
	msgattrib --clear-fuzzy --empty -o wagtail_seloste/locale/en/LC_MESSAGES/django.po wagtail_seloste/locale/en/LC_MESSAGES/django.po
	msgen -o wagtail_seloste/locale/en/LC_MESSAGES/django.po wagtail_seloste/locale/en/LC_MESSAGES/django.po
	cd example_site && ../$(PY) manage.py makemessages --no-obsolete --no-location -l fi -l sv -l en -i "var/*"

compilemessages: $(STAMP)
	cd wagtail_seloste && ../$(PY) ../example_site/manage.py compilemessages
	cd example_site && ../$(PY) manage.py compilemessages -i "var/*"

clean:
	rm -rf $(VENV) build dist *.egg-info example_site/var
