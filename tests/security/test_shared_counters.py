"""Rate limits count once for the whole site, not once per gunicorn worker: production
refuses to start without the shared cache (REDIS_URL), and counters in Redis are shared
by every process that uses it."""

import os
import socket
import subprocess
import sys
import uuid

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms import ratelimit
from cms.redis_cache import RedisCache
from tests.conftest import ROOT, missing_tool
from tests.security.test_headers import production_settings_module


def test_production_refuses_to_start_without_a_shared_cache(monkeypatch, production_env):
    with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
        production_settings_module(monkeypatch, {**production_env, "REDIS_URL": ""})


def test_production_counts_in_redis(production_env):
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [sys.executable, "manage.py", "shell", "--settings=cms.settings.production", "-c", code],
        env={**env, **production_env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "cms.redis_cache.RedisCache"


@pytest.fixture
def two_workers():
    """Two cache connections to one Redis, as two gunicorn workers have them."""
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        missing_tool("Redis is not running on 127.0.0.1:6379")
    options = {"KEY_PREFIX": f"vmca-test-{uuid.uuid4().hex[:8]}"}
    workers = [RedisCache("redis://127.0.0.1:6379/15", options) for _ in range(2)]
    yield workers
    workers[0].clear()


def test_two_workers_count_against_one_limit(monkeypatch, two_workers):
    verdicts = []
    for number in range(6):  # requests alternate between the workers
        monkeypatch.setattr(ratelimit, "cache", two_workers[number % 2])
        verdicts.append(ratelimit.hit("certificate-check", "192.0.2.7", "4/10m"))

    assert [verdict.count for verdict in verdicts] == [1, 2, 3, 4, 5, 6]
    assert [verdict.allowed for verdict in verdicts] == [True] * 4 + [False] * 2
