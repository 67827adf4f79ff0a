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

.PHONY: demo serve serve-prod install test test-sqlite test-postgres test-clock test-browser audit lint \
        bench bulk-data messages clean help

help:
	@echo "make demo       install, migrate, load Dutch demo content and serve http://127.0.0.1:8000"
	@echo "make serve-prod production settings on PostgreSQL + Redis: gunicorn and task worker (docs/deployment.md)"
	@echo "make test       audit, the whole test suite on SQLite and PostgreSQL (with real-browser"
	@echo "                tests) and the clock runs; every step runs, a summary says how each went"
	@echo "make test-clock the time-sensitive tests at each of CLOCK_MOMENTS (TEST_NOW, tests/clock.py)"
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

# The clock runs: the tests whose outcome could depend on the date and hour run again as if
# it were each of these moments (TEST_NOW, see tests/clock.py), besides the real-time passes.
# 00:30, just past midnight: a new "today", while the UTC date is still yesterday's; 19:45,
# after sign-up for an evening session at 19:30 has closed; 23:59, a minute before "today"
# ends; a minute before the spring-forward gap (2027-03-28: 02:00-03:00 does not exist, so a
# session that started half an hour ago, or starts in ten minutes, spans it); and the second
# 02:30 of the autumn change (2027-10-31: 02:00-03:00 happens twice). Each run takes about a
# minute; run others with e.g. make test-clock CLOCK_MOMENTS=2027-03-28T03:00+02:00.
CLOCK_MOMENTS ?= 2027-01-13T00:30+01:00 2027-01-13T19:45+01:00 2027-01-13T23:59+01:00 \
                 2027-03-28T01:59+01:00 2027-10-31T02:30+01:00
# What the clock runs cover: the tests whose data lies within hours of "now" or hangs on
# today's date, so that their outcome could change with the hour: sessions that are on or
# about to start (attendance, check-in), sign-up windows and cancellation deadlines
# (the rules, registration, enrolment and course pages, Mijn academie), a trainer's sessions
# "today and this week", new sessions that must not lie in the past, reminders for tomorrow,
# payment holds that expire in minutes, invoices dated today, retention counted from the
# last activity, and pages that show the Amsterdam date of something done just now (at
# 00:30 the UTC date is still yesterday's: payments filtered by day, a certificate revoked
# today); in the vacaturebank, expiry dates and working days counted from today (its rules,
# the search, Mijn organisatie, moderation, reactions and alerts). The rest of tests/academy builds its dates days or weeks away (a course in two
# weeks, one that ended yesterday evening), and tests/events runs on its own fixed day
# (AGENDA_DAY in tests/events/conftest.py): the real-time passes cover those.
CLOCK_TESTS ?= tests/test_clock.py \
	tests/academy/test_attendance.py tests/academy/test_checkin.py tests/academy/test_rules.py \
	tests/academy/test_registration_services.py tests/academy/test_enrol_views.py \
	tests/academy/test_mine.py tests/academy/test_commands.py \
	tests/academy/test_payment_services.py tests/academy/test_payment_flow.py \
	tests/academy/test_invoices.py tests/academy/test_payment_admin.py \
	tests/academy/test_certificate_verification.py tests/academy/test_retention.py \
	tests/academy/test_dashboard.py tests/academy/test_edition_form.py \
	tests/academy/test_participant_view.py \
	tests/volunteering/test_rules.py tests/volunteering/test_finding.py \
	tests/volunteering/test_mine_vacancies.py tests/volunteering/test_moderation.py \
	tests/volunteering/test_reactions.py tests/volunteering/test_alerts.py
# On SQLite: each test process has a database file of its own (copied from the migrated
# database that tests/migrated_db.py saves, so no run migrates from scratch), and runs at
# different moments never share data.
CLOCK_PYTEST = $(TOOLS_ENV) $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile $(CLOCK_TESTS)
# "label" "command" pairs for tests/run_steps, one per moment.
CLOCK_STEPS = $(foreach moment,$(CLOCK_MOMENTS),"clock $(moment)" "TEST_NOW=$(moment) $(CLOCK_PYTEST)")

# Every step runs, also when an earlier one failed; tests/run_steps prints how each went and
# how long it took, and fails when any step failed.
test: $(STAMP) $(VNU_JAR) $(ICALJS)
	@tests/run_steps \
		audit "$(MAKE) --no-print-directory audit" \
		"SQLite pass" "$(MAKE) --no-print-directory test-sqlite" \
		"PostgreSQL pass" "$(MAKE) --no-print-directory test-postgres" \
		$(CLOCK_STEPS)

test-sqlite: $(STAMP)
	$(TOOLS_ENV) $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

test-postgres: $(STAMP)
	$(TOOLS_ENV) DATABASE_URL=$(PG_URL) $(BIN)/pytest -n $(PYTEST_WORKERS) --create-db \
		--dist loadfile -m "not browser and not sqlite_only"

test-clock: $(STAMP)
	@tests/run_steps $(CLOCK_STEPS)

test-browser: $(STAMP)
	$(BIN)/pytest tests/browser

# Security audit (README, "Security"): bandit on the project's code (bandit.yaml says which
# rules ruff owns instead), then pip-audit on the pinned packages. Known vulnerabilities
# fail; packages the vulnerability service could not check are listed, and fail only with
# AUDIT_REQUIRE_COMPLETE=1.
audit: $(STAMP)
	$(BIN)/bandit -c bandit.yaml -r vmca cms academy volunteering guide events home insights -q
	AUDIT_REQUIRE_COMPLETE=$(AUDIT_REQUIRE_COMPLETE) $(BIN)/python -m tests.security.audit_dependencies requirements/test.txt

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo --cache-dir .cache/import-linter

bench: $(STAMP)
	$(BIN)/python bench/run.py

bulk-data: $(STAMP)
	$(MANAGE) make_bulk_content

messages: $(STAMP)
	$(MANAGE) makemessages --locale en --ignore ".venv/*" --ignore "var/*" --ignore ".cache/*"
	$(MANAGE) compilemessages --ignore ".venv/*"

clean:
	rm -rf $(VENV) .cache var db.sqlite3 test-artifacts
