"""The content version within a request, and the Redis backend that shares caches between
app processes."""

import socket
import uuid

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from cms.cache import VERSION_KEY, AnonymousPageCacheMiddleware, content_version
from cms.redis_cache import RedisCache
from tests.conftest import missing_tool


def test_content_version_stays_the_same_within_one_request():
    seen = []

    def view(request):
        seen.append(content_version())
        cache.incr(VERSION_KEY)  # another app process publishes meanwhile
        seen.append(content_version())
        return HttpResponse("ok")

    before = content_version()
    AnonymousPageCacheMiddleware(view)(RequestFactory().get("/"))

    assert seen == [before, before]
    assert content_version() == before + 1


def test_a_publish_in_this_request_is_seen_at_once():
    from cms.cache import bump_content_version

    seen = []

    def view(request):
        seen.append(content_version())
        bump_content_version()
        seen.append(content_version())
        return HttpResponse("ok")

    AnonymousPageCacheMiddleware(view)(RequestFactory().get("/"))

    assert seen[1] == seen[0] + 1


@pytest.fixture
def redis_cache():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        missing_tool("Redis is not running on 127.0.0.1:6379")
    backend = RedisCache(
        "redis://127.0.0.1:6379/15", {"KEY_PREFIX": f"vmca-test-{uuid.uuid4().hex[:8]}"}
    )
    yield backend
    backend.clear()


def test_redis_backend_stores_reads_and_counts(redis_cache):
    redis_cache.set("page", (1, {"Content-Type": "text/html"}, b"<p>Hallo</p>"), 60)
    redis_cache.set("version", 41, None)

    assert redis_cache.get("page") == (1, {"Content-Type": "text/html"}, b"<p>Hallo</p>")
    assert redis_cache.get_many(["page", "version", "missing"]) == {
        "page": (1, {"Content-Type": "text/html"}, b"<p>Hallo</p>"),
        "version": 41,
    }
    assert redis_cache.incr("version") == 42
    assert redis_cache.add("version", 1) is False


def test_redis_backend_reuses_one_client_per_connection_pool(redis_cache):
    client = redis_cache._cache

    assert client.get_client(write=True) is client.get_client(write=True)
    assert client.get_client(write=False) is client.get_client(write=True)


def settings_in_a_fresh_process(env, expression):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [sys.executable, "-c", f"import cms.settings.base as s; print({expression})"],
        env={"PATH": os.environ.get("PATH", ""), **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_sessions_live_in_the_database_and_are_read_through_redis_when_it_is_there():
    with_redis = settings_in_a_fresh_process(
        {"REDIS_URL": "redis://127.0.0.1:6379/3"},
        "s.SESSION_ENGINE, s.CACHES['default']['BACKEND']",
    )
    assert with_redis == "django.contrib.sessions.backends.cached_db cms.redis_cache.RedisCache"
    without = settings_in_a_fresh_process({}, "getattr(s, 'SESSION_ENGINE', 'django default')")
    assert without == "django default"  # django.contrib.sessions.backends.db
