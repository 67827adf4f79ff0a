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
