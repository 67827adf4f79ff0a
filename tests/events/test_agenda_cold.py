"""The agenda right after a publish, when every cached fragment is stale: what it shows
changes at once, its pages follow on from each other, and building it costs the same
queries for 3 activities as for 12."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.cache import bump_content_version
from events.models import EventKind
from tests import factories as f
from tests.events.conftest import AGENDA_DAY, event

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock(AGENDA_DAY)]

MARCH_29 = dt.date(2027, 3, 29)

# Queries of the agenda's first page right after a publish (every cached fragment stale):
# the site and the page, the filter menus, the count, one page of dates with their entries,
# pages, kinds and wijken (one query), the menus and the footer. The same for 3 as for 12.
COLD_QUERIES = 16


def titles(response):
    return re.findall(r'data-occurrence-title="([^"]+)"', response.content.decode())


def cold_queries(client, make_cold):
    client.get("/agenda/")
    client.get("/agenda/")
    make_cold()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/agenda/")
    assert response.status_code == 200
    return len(queries)


def add_events(numbers, haven):
    for number in numbers:
        event(
            title=f"Activiteit {number:02}",
            slug=f"act-{number}",
            wijk=haven,
            dates=[(MARCH_29 + dt.timedelta(days=number), "10:00", "11:00")],
        )


def test_a_publish_shows_in_the_agenda_at_once(client):
    page = event(title="Oude naam", slug="werkcafe", dates=[(MARCH_29, "19:30", "21:30")])
    assert titles(client.get("/agenda/")) == ["Oude naam"]  # the list is cached now

    page.title = "Nieuwe naam"
    f.publish(page)

    assert titles(client.get("/agenda/")) == ["Nieuwe naam"]


def test_a_new_kind_shows_in_the_filters_at_once(client):
    event(title="Werkcafé", dates=[(MARCH_29, "19:30", "21:30")])
    assert "Taalcafé" not in client.get("/agenda/").content.decode()  # the form is cached now

    EventKind.objects.create(name="Taalcafé", slug="taalcafe")

    assert '<option value="taalcafe">Taalcafé</option>' in client.get("/agenda/").content.decode()


def test_pages_follow_on_in_order_also_for_dates_at_the_same_time(client, settings):
    settings.AGENDA_PAGE_SIZE = 3
    for number in range(7):
        event(
            title=f"Tegelijk {number}",
            slug=f"tegelijk-{number}",
            dates=[(MARCH_29, "10:00", "11:00")],
        )
    event(title="Eerder", slug="eerder", dates=[(MARCH_29, "09:00", "10:00")])

    pages = [titles(client.get("/agenda/", {"page": number})) for number in (1, 2, 3)]

    assert pages == [
        ["Eerder", "Tegelijk 0", "Tegelijk 1"],
        ["Tegelijk 2", "Tegelijk 3", "Tegelijk 4"],
        ["Tegelijk 5", "Tegelijk 6"],
    ]
    assert client.get("/agenda/", {"page": 4}).status_code == 404


@pytest.mark.parametrize("make_cold", [bump_content_version, cache.clear], ids=["publish", "clear"])
def test_cold_agenda_queries_do_not_grow_with_the_number_of_events(client, make_cold):
    haven = f.wijk("Almere Haven", slug="haven")
    add_events(range(3), haven)
    three = cold_queries(client, make_cold)
    add_events(range(3, 12), haven)

    response = client.get("/agenda/")
    assert len(titles(response)) == 12
    assert cold_queries(client, make_cold) == three
    if make_cold is bump_content_version:
        assert three == COLD_QUERIES
