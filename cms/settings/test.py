"""Settings for the test suite (pytest-django)."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES, STORAGES

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Tests use the page cache only where they turn it on explicitly.
PAGE_CACHE_SECONDS = 0
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "vmca-test",
    }
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: concurrency tests need separate connections to one database.
    # One file per test process, so parallel runs never share it.
    _test_db = Path(tempfile.gettempdir()) / f"vmca-test-{os.getpid()}.sqlite3"
    DATABASES["default"]["TEST"] = {"NAME": str(_test_db)}
    atexit.register(
        lambda: [path.unlink(missing_ok=True) for path in _test_db.parent.glob(f"{_test_db.name}*")]
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DB_NAME", "test_vmca")}

# Each test process writes its images to a folder of its own that goes away afterwards.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="vmca-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
PRIVATE_MEDIA_ROOT = MEDIA_ROOT / "private"
STORAGES = {
    **STORAGES,
    "private": {
        **STORAGES["private"],
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
}

# Tests post the contact form many times from one address; tests/security/test_rate_limits.py
# sets the real limits where they are the subject.
CONTACT_FORM_RATE = "1000/m"
