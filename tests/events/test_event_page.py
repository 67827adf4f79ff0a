"""An event page's dates: the next few (cancelled ones marked), all of them on request with
?alle=1 (in pages), a 404 for anything else, and the page cache keeping the variants apart."""

import datetime as dt
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.events.conftest import AGENDA_DAY, event

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock(AGENDA_DAY)]

FIRST_TUESDAY = dt.date(2026, 12, 8)  # the Tuesday after AGENDA_DAY


def weekly(count, **extra):
    return event(
        title="Administratief spreekuur",
        slug="spreekuur",
        kind_slug="spreekuur",
        repeat={
            "repeat": "weekly",
            "start_date": FIRST_TUESDAY,
            "start_time": dt.time(9, 30),
            "end_time": dt.time(12, 0),
            "count": count,
        },
        **extra,
    )


def when(html):
    """The "Wanneer?" part of an event page."""
    return html.split('id="when-title"', 1)[1].split("</section>", 1)[0]


def shown_dates(html):
    """The days in the list of dates, in order (the first <time> of each date)."""
    return re.findall(r'<p class="event-date__when">.*?<time datetime="([\d-]+)"', when(html), re.S)


def tuesdays(count, start=FIRST_TUESDAY):
    return [(start + dt.timedelta(weeks=number)).isoformat() for number in range(count)]


def test_a_long_series_shows_its_next_five_dates_and_a_link_to_all(client):
    weekly(
        54,
        exceptions=[{"date": FIRST_TUESDAY + dt.timedelta(weeks=1), "kind": "cancelled"}],
    )

    response = client.get("/agenda/spreekuur/")

    assert response.status_code == 200
    html = response.content.decode()
    assert shown_dates(html) == tuesdays(5)
    # The cancelled second date is among them, and says so.
    second = when(html).split('<div class="event-date')[2]
    assert "Geannuleerd" in second
    assert '<a href="?alle=1#when-title">Toon alle data (54)</a>' in html
    # Its JSON-LD still names the next ten dates.
    (data,) = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    assert len(data) == 10


def test_all_dates_on_request_without_javascript(client):
    weekly(54)

    response = client.get("/agenda/spreekuur/?alle=1")

    assert response.status_code == 200
    html = response.content.decode()
    assert shown_dates(html) == tuesdays(54)  # every date, also beyond the old limit of 50
    assert "Er zijn nog 54 data." in html
    assert '<a href="/agenda/spreekuur/#when-title">Toon alleen de eerstvolgende data</a>' in html
    assert "Toon alle data" not in html


def test_all_dates_come_in_pages_and_a_page_that_does_not_exist_is_404(client, monkeypatch):
    monkeypatch.setattr("events.agenda.ALL_DATES_PAGE_SIZE", 20)
    weekly(45)

    first = client.get("/agenda/spreekuur/?alle=1").content.decode()
    third = client.get("/agenda/spreekuur/?alle=1&page=3")

    assert shown_dates(first) == tuesdays(20)
    assert "?alle=1&amp;page=2" in first
    assert shown_dates(third.content.decode()) == tuesdays(45)[40:]
    assert client.get("/agenda/spreekuur/?alle=1&page=4").status_code == 404
    # A page number that is not a number is the first page, as in the other listings.
    assert shown_dates(client.get("/agenda/spreekuur/?alle=1&page=x").content.decode()) == (
        tuesdays(20)
    )


@pytest.mark.parametrize(
    ("page", "status"),
    [("-1", 404), ("0", 404), ("99999999999999999999", 404), ("1e400", 200), ("\x00", 200)],
)
def test_odd_page_numbers_of_all_dates_are_a_404_or_the_first_page(client, page, status):
    weekly(8)

    response = client.get("/agenda/spreekuur/", {"alle": "1", "page": page})

    assert response.status_code == status
    if status == 200:
        assert shown_dates(response.content.decode()) == tuesdays(8)


def test_a_short_series_shows_every_date_and_no_link(client):
    weekly(4)

    html = client.get("/agenda/spreekuur/").content.decode()

    assert shown_dates(html) == tuesdays(4)
    assert "Toon alle data" not in html


@pytest.mark.parametrize("value", ["0", "ja", "2", "<script>", "1x", "\x00", "1" * 5000])
def test_any_other_value_of_alle_is_not_found_not_an_error(client, settings, value):
    settings.PAGE_CACHE_SECONDS = 600
    weekly(10)

    response = client.get("/agenda/spreekuur/", {"alle": value})

    assert response.status_code == 404
    assert "X-Page-Cache" not in response  # an error page is never cached
    assert client.get("/agenda/spreekuur/", {"alle": value}).status_code == 404


def test_the_page_cache_keeps_the_first_dates_and_all_dates_apart(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    weekly(12)
    client.get("/")  # a fresh site's first request renews the content version

    few = client.get("/agenda/spreekuur/")
    every = client.get("/agenda/spreekuur/?alle=1")
    few_again = client.get("/agenda/spreekuur/")
    every_again = client.get("/agenda/spreekuur/?alle=1")

    assert (few["X-Page-Cache"], every["X-Page-Cache"]) == ("miss", "miss")
    assert (few_again["X-Page-Cache"], every_again["X-Page-Cache"]) == ("hit", "hit")
    assert shown_dates(few_again.content.decode()) == tuesdays(5)
    assert shown_dates(every_again.content.decode()) == tuesdays(12)


def test_the_page_makes_as_many_queries_for_500_dates_as_for_12(client):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    weekly(12)
    event(
        title="Koffie-ochtend",
        slug="koffie",
        kind_slug="spreekuur",
        repeat={
            "repeat": "weekly",
            "start_date": FIRST_TUESDAY,
            "start_time": dt.time(9, 30),
            "end_time": dt.time(12, 0),
            "count": 500,
        },
    )
    urls = ("/agenda/spreekuur/", "/agenda/koffie/")
    for url in urls * 2:  # a fresh site makes its settings, then fills its caches
        client.get(url)

    assert queries("/agenda/koffie/") == queries("/agenda/spreekuur/")
    assert queries("/agenda/koffie/?alle=1") == queries("/agenda/spreekuur/?alle=1")


def test_preview_shows_the_first_dates_of_the_unsaved_series(client):
    from django.urls import reverse
    from wagtail.test.utils.form_data import querydict_from_html

    from tests import factories as f

    page = weekly(3)
    client.force_login(f.superuser())
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.setdefault("body-count", "0")
    data["repeat_count"] = "30"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    assert json.loads(client.post(preview_url, data).content)["is_valid"]
    preview = client.get(preview_url).content.decode()

    assert shown_dates(preview) == tuesdays(5)
    assert "Toon alle data (30)" in preview
