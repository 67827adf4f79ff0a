"""A course page for visitors is built once and reused until content, places or states
change (issue 17): few queries, nothing stale, and never someone else's registration."""

import json

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from academy.services import registration as services
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    # The fragments are what is measured here, not the whole-page cache.
    settings.PAGE_CACHE_SECONDS = 0


def course_with_places(capacity=3):
    f.site_settings()
    page = course(title="Gesprekstechnieken", prices={"vrijwilliger": 0})
    return page, edition(page, capacity=capacity)


def json_ld_offers(response):
    soup = BeautifulSoup(response.content, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    return [instance["offers"] for instance in data.get("hasCourseInstance", [])]


def test_a_visitor_s_second_look_costs_at_most_ten_queries(
    client, academy, django_assert_max_num_queries
):
    page, _ed = course_with_places()
    # Both looks in the same minute: the cached article also changes with the minute.
    with time_machine.travel(timezone.now(), tick=False):
        client.get(page.url)
        with django_assert_max_num_queries(10):
            response = client.get(page.url)
    assert "Nog 3 plaatsen" in response.content.decode()


def test_places_change_at_once_after_a_registration(client, academy):
    page, ed = course_with_places()
    assert "Nog 3 plaatsen" in client.get(page.url).content.decode()

    services.register(ed.pk, participant())

    assert "Nog 2 plaatsen" in client.get(page.url).content.decode()


def test_a_published_change_shows_at_once(client, academy):
    page, _ed = course_with_places()
    client.get(page.url)

    page.intro = "Nu ook op zaterdag."
    f.publish(page)

    assert "Nu ook op zaterdag." in client.get(page.url).content.decode()


def test_a_signed_in_participant_sees_her_own_registration_not_the_visitors_page(client, academy):
    page, ed = course_with_places()
    user = f.user()
    services.register(ed.pk, participant(user=user))
    visitor = client.get(page.url).content.decode()
    assert "edition--mine" not in visitor

    client.force_login(user)
    mine = client.get(page.url)

    assert "edition--mine" in mine.content.decode()
    assert "private" in mine["Cache-Control"]
    client.logout()
    assert "edition--mine" not in client.get(page.url).content.decode()


def test_structured_data_follows_the_places(client, academy):
    page, ed = course_with_places(capacity=1)
    first = json_ld_offers(client.get(page.url))
    assert first and "InStock" in json.dumps(first)

    services.register(ed.pk, participant())

    full = json_ld_offers(client.get(page.url))
    assert "SoldOut" in json.dumps(full)
