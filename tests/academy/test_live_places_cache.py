"""Places left change without a publish: anonymous visitors see them at most 30 s late."""

import time

import pytest

from academy.services import registration as services
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db


def test_course_page_with_places_is_cached_only_briefly(client, academy, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    f.site_settings()  # made on first use otherwise, which counts as a content change
    page = course(title="Gesprekstechnieken")
    ed = edition(page, capacity=3)
    first = client.get(page.url)
    assert "max-age=30" in first["Cache-Control"]
    assert "Nog 3 plaatsen" in first.content.decode()
    assert client.get(page.url)["X-Page-Cache"] == "hit"

    services.register(ed.pk, participant())
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 31)
    later = client.get(page.url)
    assert later["X-Page-Cache"] == "miss"
    assert "Nog 2 plaatsen" in later.content.decode()


def test_ordinary_pages_keep_the_long_cache_lifetime(client, academy, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    f.site_settings()
    first = client.get("/")
    assert "max-age" not in first.get("Cache-Control", "")
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 31)
    assert client.get("/")["X-Page-Cache"] == "hit"
