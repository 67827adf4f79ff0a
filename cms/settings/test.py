"""Settings for the test suite (pytest-django)."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES

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

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["TEST"] = {"NAME": "test_vmca"}

# Each test process writes its images to a folder of its own that goes away afterwards.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="vmca-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
