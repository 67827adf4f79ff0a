"""/healthz for the load balancer: cheap, no login, 503 when the database fails; a cache that
fails is reported as degraded but stays 200 (it is shared by every app server)."""

import datetime as dt

import pytest
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def get(client):
    response = client.get(reverse("healthz"))
    return response, response.json()


def test_healthy_answers_200_with_every_check(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response, body = get(client)
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "tasks": "ok",
    }
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies


def test_the_address_has_no_language_prefix_and_no_login(client):
    assert reverse("healthz") == "/healthz"
    assert client.post(reverse("healthz")).status_code == 405


def test_a_database_that_does_not_answer_is_a_503(client, monkeypatch):
    from cms import health

    def broken():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "database", broken)
    response, body = get(client)
    assert response.status_code == 503
    assert body["checks"]["database"] == {"status": "error", "error": "OperationalError"}
    assert "tasks" not in body["checks"]


def test_a_cache_that_does_not_answer_is_degraded_but_stays_200(client, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "set", broken)
    response, body = get(client)
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["checks"]["cache"] == {"status": "degraded", "error": "ConnectionError"}
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["tasks"]["status"] == "ok"


def test_a_database_that_does_not_answer_is_a_503_even_with_the_cache_down(client, monkeypatch):
    from django.core.cache import cache

    from cms import health

    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "database", broken)
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response, body = get(client)
    assert response.status_code == 503
    assert body["status"] == "error"
    assert body["checks"]["cache"]["status"] == "degraded"


def test_a_database_task_queue_that_falls_behind_is_reported_but_stays_200(client, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.HEALTH_TASKS_BEHIND_SECONDS = 300
    response, body = get(client)
    assert body["checks"]["tasks"]["waiting"] == 0
    assert body["checks"]["tasks"]["behind"] is False

    DBTaskResult.objects.create(
        status="READY",
        args_kwargs={"args": [1], "kwargs": {}},
        priority=0,
        task_path="academy.mailer.send_outgoing_mail",
        queue_name="default",
        backend_name="default",
    )
    DBTaskResult.objects.update(enqueued_at=timezone.now() - dt.timedelta(minutes=10))
    response, body = get(client)
    assert response.status_code == 200
    tasks = body["checks"]["tasks"]
    assert tasks["waiting"] == 1 and tasks["behind"] is True
    assert tasks["oldest_waiting_seconds"] >= 600
