"""A saved copy of the migrated SQLite test database, so a test run need not migrate again.

Migrating an empty SQLite database takes about 30 seconds of CPU, in every test process of
every run: the SQLite pass and each clock run (Makefile, test-clock) would all pay it. The
first run saves the migrated database under .cache/test-db/, named after everything that
decides its content (the project's migration files and the installed packages); later
runs start from a copy. Django still runs `migrate` on the copy (pytest-django's
--reuse-db, from pyproject.toml), which applies whatever is new and takes a few seconds.
--create-db skips the copy and migrates from scratch.

The migrations' data holds no dates (sites, locales, groups, registers), so a copy made
under one TEST_NOW is as good at another.
"""

import hashlib
import importlib.metadata
import os
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "test-db"


def _content_key():
    """A hash of what the migrated database depends on."""
    digest = hashlib.sha256()
    for path in sorted(ROOT.glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    packages = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join(packages).encode())
    return digest.hexdigest()[:16]


def saved_copy():
    return CACHE / f"migrated-{_content_key()}.sqlite3"


def start_from_saved_copy(test_db_name):
    """Put the saved copy where the test database will be; False when there is none yet."""
    copy = saved_copy()
    if not copy.exists():
        return False
    with closing(sqlite3.connect(copy)) as source, closing(sqlite3.connect(test_db_name)) as target:
        source.backup(target)
    return True


def save_copy(connection):
    """Save the freshly migrated test database (another test process may do the same at
    once: each writes its own file and renames it into place)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=CACHE, suffix=".partial")
    os.close(handle)
    try:
        connection.ensure_connection()
        with closing(sqlite3.connect(partial)) as target:
            connection.connection.backup(target)
        os.replace(partial, saved_copy())
    finally:
        Path(partial).unlink(missing_ok=True)
