"""A Redis that is down or stops answering: the site keeps serving pages (without the page
cache) and signed-in flows keep working; the cache backend fails fast and quietly, and
forgets nothing that changed meanwhile."""

import datetime as dt
import logging
import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from cms import redis_cache
from cms.redis_cache import RedisCache
from tests import factories as f
from tests.academy.conftest import edition, user_with_participant
from tests.academy.test_accounts import code_from_mail
from tests.conftest import missing_tool
from tests.fakes.redis_server import RedisServer, free_port


def closed_port_url():
    return f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there


@pytest.fixture
def redis_server():
    if not RedisServer.available():
        missing_tool("redis-server is not installed")
    server = RedisServer().start()
    yield server
    server.stop()


def use_redis(settings, url):
    """The production cache settings (REDIS_URL set), pointed at `url`."""
    backend = {"BACKEND": "cms.redis_cache.RedisCache", "LOCATION": url}
    settings.CACHES = {
        "default": {**backend, "KEY_PREFIX": "vmca-redis-down", "TIMEOUT": 600},
        "renditions": {**backend, "KEY_PREFIX": "vmca-redis-down-renditions"},
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.PAGE_CACHE_SECONDS = 600


# The backend on its own ----------------------------------------------------------------------


def test_a_closed_port_reads_as_a_miss_and_writes_do_nothing():
    cache = RedisCache(closed_port_url(), {})
    started = time.perf_counter()

    assert cache.get("page", "default") == "default"
    assert cache.get_many(["page", "version"]) == {}
    assert cache.has_key("page") is False
    assert cache.set("page", "<p>Hallo</p>") is None
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.delete("page") is False
    with pytest.raises(ValueError):
        cache.incr("content-version")
    for _ in range(100):
        cache.get("page")

    assert time.perf_counter() - started < 1


def test_add_lets_locks_through_but_not_a_second_use_of_a_two_factor_code():
    cache = RedisCache(closed_port_url(), {})

    # allauth's rate-limit lock and cms.ratelimit: fail open.
    assert cache.add("allauth:rl:account:login:lock", True) is True
    # allauth.mfa's replay guard: fail closed.
    assert cache.add("allauth.mfa.totp.used?user=1&code=123456", "y") is False


def test_a_dead_redis_is_warned_about_once_and_left_alone_for_a_while(caplog, monkeypatch):
    monkeypatch.setattr(redis_cache, "_last_warning", {})
    cache = RedisCache(closed_port_url(), {"OPTIONS": {}})
    calls = []
    real_get = redis_cache.DjangoRedisCache.get

    def counting_get(self, *args, **kwargs):
        calls.append(args[0])
        return real_get(self, *args, **kwargs)

    monkeypatch.setattr(redis_cache.DjangoRedisCache, "get", counting_get)
    with caplog.at_level(logging.WARNING, logger="cms.redis_cache"):
        for _ in range(20):
            cache.get("page")
        monkeypatch.setattr(redis_cache, "DOWN_SECONDS", 0)
        cache._down_until = 1  # the pause is over: the next call tries Redis again
        cache.get("page")

    assert len(calls) == 2
    warnings = [r for r in caplog.records if r.name == "cms.redis_cache"]
    assert len(warnings) == 1
    assert "does not answer" in warnings[0].getMessage()


def test_a_redis_that_stops_answering_costs_a_fraction_of_a_second(redis_server):
    cache = RedisCache(redis_server.url, {})
    cache.set("page", "ok")
    redis_server.pause(3000)

    started = time.perf_counter()
    assert cache.get("page", "miss") == "miss"
    assert cache.get("page", "miss") == "miss"  # left alone: no second wait
    assert time.perf_counter() - started < 1.0


def test_what_changed_during_an_outage_is_dropped_once_redis_answers_again(
    redis_server, monkeypatch
):
    monkeypatch.setattr(redis_cache, "DOWN_SECONDS", 1.0)
    cache = RedisCache(redis_server.url, {"KEY_PREFIX": "vmca-test"})
    cache.set("session", {"user": 7})
    cache.set("content-version", 41)
    cache.set("untouched", "stays")
    redis_server.pause(1500)
    paused_at = time.monotonic()

    cache.delete("session")  # a sign-out while Redis does not answer
    with pytest.raises(ValueError):
        cache.incr("content-version")  # a publish
    time.sleep(max(0, paused_at + 1.8 - time.monotonic()))

    assert cache.get("session") is None
    assert cache.get("content-version") is None  # restarts from the clock: pages go stale
    assert cache.get("untouched") == "stays"
    cache.clear()


# The site with Redis down ------------------------------------------------------------------


@pytest.fixture
def news(db):
    index = f.news_index()
    return f.news_item(index, title="Nieuws bij storing", slug="storing", date=dt.date(2026, 5, 1))


@pytest.mark.django_db
def test_pages_are_served_without_the_page_cache_when_redis_is_down(client, settings, news):
    use_redis(settings, closed_port_url())

    for _ in range(2):
        response = client.get("/nieuws/storing/")
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "miss"
        assert "Nieuws bij storing" in response.content.decode()
    assert client.get("/").status_code == 200
    assert client.get("/nieuws/").status_code == 200


@pytest.mark.django_db
def test_healthz_reports_the_cache_degraded_but_keeps_the_server_in_rotation(client, settings):
    use_redis(settings, closed_port_url())

    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["status"] == "degraded"
    assert body["checks"]["database"]["status"] == "ok"


@pytest.mark.django_db
def test_sign_in_by_code_works_with_redis_down(client, settings):
    use_redis(settings, closed_port_url())
    user, _person = user_with_participant(email="storing@example.nl")
    mail.outbox = []

    response = client.post(reverse("account_request_login_code"), {"email": "storing@example.nl"})
    assert response.status_code == 302
    response = client.post(
        reverse("account_confirm_login_code"), {"code": code_from_mail("storing@example.nl")}
    )

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.get(reverse("academy:mine")).status_code == 200


@pytest.mark.django_db
def test_sign_up_works_with_redis_down(client, settings):
    use_redis(settings, closed_port_url())
    mail.outbox = []

    assert client.post(reverse("account_signup"), {"email": "nieuw@example.nl"}).status_code == 302
    code = code_from_mail("nieuw@example.nl")
    response = client.post(reverse("account_email_verification_sent"), {"code": code})

    assert response.status_code == 302
    assert client.session.get("_auth_user_id")
    assert client.get(reverse("academy:mine")).status_code == 200


@pytest.mark.django_db
def test_enrolling_in_a_course_works_with_redis_down(client, settings):
    from academy.models import Registration, RegistrationStatus

    use_redis(settings, closed_port_url())
    ed = edition(capacity=2)
    user, person = user_with_participant()
    client.force_login(user)

    response = client.post(reverse("academy:enrol", args=[ed.pk]), {"accessibility": ""})

    assert response.status_code == 302
    registration = Registration.objects.get(edition=ed, participant=person)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_killing_redis_keeps_people_signed_in_and_pages_served(settings, news, redis_server):
    use_redis(settings, redis_server.url)
    anonymous = Client()
    assert anonymous.get("/nieuws/storing/")["X-Page-Cache"] == "miss"
    assert anonymous.get("/nieuws/storing/")["X-Page-Cache"] == "hit"
    person = Client()
    user, _ = user_with_participant(email="blijft@example.nl")
    person.force_login(user)
    assert person.get(reverse("academy:mine")).status_code == 200

    redis_server.stop()

    started = time.perf_counter()
    response = anonymous.get("/nieuws/storing/")
    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    mine = person.get(reverse("academy:mine"))
    assert mine.status_code == 200  # the session came from the database
    assert time.perf_counter() - started < 3
