# VMCA Almere — site and Vrijwilligersacademie.
# Quick start: `make demo` (serves http://127.0.0.1:8000) and `make test`.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres
VNU_VERSION := 26.9.27
VNU_JAR := .cache/vnu-$(VNU_VERSION)/package/build/dist/vnu.jar
ICALJS_VERSION := 2.2.1
ICALJS := .cache/icaljs-$(ICALJS_VERSION)/package/dist/ical.es5.cjs
TOOLS_ENV = VNU_JAR=$(abspath $(VNU_JAR)) ICALJS=$(abspath $(ICALJS))
PYTEST_WORKERS ?= 2

.PHONY: demo serve serve-prod install test test-sqlite test-postgres test-browser audit lint bench bulk-data \
        messages clean help

help:
	@echo "make demo       install, migrate, load Dutch demo content and serve http://127.0.0.1:8000"
	@echo "make serve-prod production settings on PostgreSQL + Redis: gunicorn and task worker (docs/deployment.md)"
	@echo "make test       the whole test suite on SQLite and PostgreSQL, plus real-browser tests"
	@echo "make audit      bandit and pip-audit (also part of make test)"
	@echo "make bench      benchmarks (prints figures)"
	@echo "make bulk-data  add a large random data set for load tests"
	@echo "make messages   update and compile the translation files"

$(STAMP): requirements/test.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is needed"'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/test.txt
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:8000

serve: $(STAMP)
	$(MANAGE) runserver 127.0.0.1:8000

# Production settings on this machine (database `vmca` on PG_URL's server, created if
# missing); see docs/deployment.md. Ctrl-C stops gunicorn and the worker.
serve-prod: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-$(dir $(PG_URL))vmca} deploy/serve-prod

# The validator for the HTML tests comes from the npm registry; without npm those tests skip.
$(VNU_JAR):
	@mkdir -p $(dir $(patsubst %/package/build/dist/vnu.jar,%/x,$(VNU_JAR)))
	@if command -v npm >/dev/null 2>&1; then \
		cd .cache/vnu-$(VNU_VERSION) && npm pack --silent vnu-jar@$(VNU_VERSION) >/dev/null 2>&1 \
		&& tar -xzf vnu-jar-$(VNU_VERSION).tgz && rm vnu-jar-$(VNU_VERSION).tgz; \
	else echo "npm not found: HTML validation tests will be skipped"; fi

# Mozilla's ical.js (Thunderbird's parser) checks the calendar feeds; also from npm.
$(ICALJS):
	@mkdir -p .cache/icaljs-$(ICALJS_VERSION)
	@if command -v npm >/dev/null 2>&1; then \
		cd .cache/icaljs-$(ICALJS_VERSION) && npm pack --silent ical.js@$(ICALJS_VERSION) >/dev/null 2>&1 \
		&& tar -xzf ical.js-$(ICALJS_VERSION).tgz && rm ical.js-$(ICALJS_VERSION).tgz; \
	else echo "npm not found: ical.js feed tests will be skipped"; fi

test: $(STAMP) $(VNU_JAR) $(ICALJS)
	$(MAKE) --no-print-directory audit
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

test-sqlite: $(STAMP)
	$(TOOLS_ENV) $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

test-postgres: $(STAMP)
	$(TOOLS_ENV) DATABASE_URL=$(PG_URL) $(BIN)/pytest -n $(PYTEST_WORKERS) --create-db \
		--dist loadfile -m "not browser and not sqlite_only"

test-browser: $(STAMP)
	$(BIN)/pytest tests/browser

# Security audit (README, "Security"): bandit on the project's code (bandit.yaml says which
# rules ruff owns instead), then pip-audit on the pinned packages. Known vulnerabilities
# fail; packages the vulnerability service could not check are listed, and fail only with
# AUDIT_REQUIRE_COMPLETE=1.
audit: $(STAMP)
	$(BIN)/bandit -c bandit.yaml -r cms academy events home -q
	AUDIT_REQUIRE_COMPLETE=$(AUDIT_REQUIRE_COMPLETE) $(BIN)/python -m tests.security.audit_dependencies requirements/test.txt

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/run.py

bulk-data: $(STAMP)
	$(MANAGE) make_bulk_content

messages: $(STAMP)
	$(MANAGE) makemessages --locale en --ignore ".venv/*" --ignore "var/*" --ignore ".cache/*"
	$(MANAGE) compilemessages --ignore ".venv/*"

clean:
	rm -rf $(VENV) .cache var db.sqlite3 test-artifacts
