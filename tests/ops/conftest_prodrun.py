"""Helpers for the tests that run the deploy/ scripts against real PostgreSQL databases.

Imported explicitly by tests/ops/test_serve_prod.py and test_backup_restore.py (not a
conftest.py: other tests in this folder do not need it).

Migrating a fresh database takes about 30 s on PostgreSQL. pytest-django has already
migrated the test database, so a new database is a copy of it (CREATE DATABASE ... TEMPLATE:
a file copy, about a second) with the migrations' data: site, home page, locales, groups.
"""

import os
import secrets
import subprocess
import sys
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def _admin_connection():
    import psycopg
    from django.conf import settings

    db = settings.DATABASES["default"]
    return psycopg.connect(
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        dbname="postgres",
        autocommit=True,
    )


def database_url(name):
    from django.conf import settings

    db = settings.DATABASES["default"]
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{name}"


def create_empty_database(name):
    from psycopg import sql

    with _admin_connection() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(name):
    from psycopg import sql

    with _admin_connection() as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def copy_of_test_database(name):
    """A new database `name` with the migrated schema and the migrations' data."""
    from django.conf import settings
    from django.db import connections
    from psycopg import sql

    template = settings.DATABASES["default"]["NAME"]
    connections.close_all()  # a template must have no other sessions
    with _admin_connection() as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )


@contextmanager
def scratch_database(prefix, django_db_blocker):
    """A copy of the test database for the duration of the block, dropped afterwards."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    name = f"{prefix}_{secrets.token_hex(4)}"
    with django_db_blocker.unblock():
        copy_of_test_database(name)
    try:
        yield name
    finally:
        with django_db_blocker.unblock():
            drop_database(name)


def run(args, env, timeout=120, check=True):
    """Run a command from the project folder; on failure the output is in the message."""
    result = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{args} exited with {result.returncode}\n{result.stdout[-3000:]}\n"
            f"{result.stderr[-3000:]}"
        )
    return result


def django_script(code, env, timeout=120):
    """Run Python code with Django set up (settings from env) and return its stdout."""
    prelude = "import django; django.setup()\n"
    return run([PYTHON, "-c", prelude + code], env, timeout=timeout).stdout


def base_env(**extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    for key in ("DJANGO_SETTINGS_MODULE", "TEST_DB_NAME", "CI"):
        env.pop(key, None)
    env.update({"PYTHONPATH": str(ROOT), "PYTHON": PYTHON, **extra})
    return env


def fetch(url, headers=None, timeout=10):
    """(status, headers, body) without following redirects or raising on 4xx/5xx."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
