"""The agenda page and event pages: order, filters, pagination, archive, cancellations,
query counts, JSON-LD, editor validation."""

import datetime as dt
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventPage
from tests import factories as f
from tests.events.conftest import AGENDA_DAY, agenda, event

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock(AGENDA_DAY)]

MARCH_29 = dt.date(2027, 3, 29)


def titles(response):
    html = response.content.decode()
    return re.findall(r'data-occurrence-title="([^"]+)"', html)


@pytest.fixture
def wijken():
    stad = f.wijk("Almere Stad", slug="stad")
    return {
        "stad": stad,
        "muziekwijk": f.wijk("Muziekwijk", slug="muziekwijk", district=stad),
        "haven": f.wijk("Almere Haven", slug="haven"),
    }


def test_agenda_lists_upcoming_dates_in_order(client):
    event(title="Later", slug="later", dates=[(dt.date(2027, 5, 1), "10:00", "11:00")])
    event(title="Eerder", slug="eerder", dates=[(MARCH_29, "19:30", "21:30")])
    event(title="Voorbij", slug="voorbij", dates=[(dt.date(2025, 1, 1), "10:00", "11:00")])

    response = client.get("/agenda/")

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Eerder") < html.index("Later")
    assert "Voorbij" not in html
    assert '<link rel="alternate" type="text/calendar"' in html
    assert "webcal://" in html


def test_archive_shows_past_dates_newest_first(client):
    event(title="Oud", slug="oud", dates=[(dt.date(2025, 1, 1), "10:00", "11:00")])
    event(title="Ouder", slug="ouder", dates=[(dt.date(2024, 1, 1), "10:00", "11:00")])
    event(title="Nieuw", slug="nieuw", dates=[(MARCH_29, "19:30", "21:30")])

    html = client.get("/agenda/archief/").content.decode()

    assert html.index("Oud") < html.index("Ouder")
    assert "Nieuw" not in html


def test_cancelled_date_stays_visible_as_cancelled(client):
    event(
        title="Werkcafé",
        slug="werkcafe",
        repeat={
            "repeat": "monthly",
            "start_date": dt.date(2027, 3, 4),
            "nth": 1,
            "start_time": dt.time(15, 30),
            "end_time": dt.time(17, 30),
            "count": 3,
        },
        exceptions=[
            {"date": dt.date(2027, 4, 1), "kind": "cancelled", "note": "Ziekte"},
            {"date": dt.date(2027, 5, 6), "kind": "full"},
        ],
    )

    agenda_html = client.get("/agenda/").content.decode()
    page_html = client.get("/agenda/werkcafe/").content.decode()

    for html in (agenda_html, page_html):
        assert "Geannuleerd" in html
        assert "Vol" in html
        assert "1 april 2027" in html


def test_cancelled_event_is_announced_on_its_page(client):
    event(
        title="Picknick", slug="picknick", status="cancelled", dates=[(MARCH_29, "12:00", "15:00")]
    )

    html = client.get("/agenda/picknick/").content.decode()

    assert "Geannuleerd" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("wijk=stad", {"In Muziekwijk", "In Stad"}),
        ("wijk=muziekwijk", {"In Muziekwijk"}),
        ("soort=spreekuur", {"In Haven"}),
        ("vorm=online", {"Online"}),
        ("vorm=op-locatie", {"In Muziekwijk", "In Stad", "In Haven"}),
        ("q=muziek", {"In Muziekwijk"}),
        ("van=2027-04-02&tot=2027-04-30", {"In Haven"}),
        ("thema=eenzaamheid", {"In Stad"}),
        ("doelgroep=mantelzorgers", {"Online"}),
    ],
)
def test_agenda_filters(client, wijken, query, expected):
    from cms.models import Audience

    theme = f.theme("Eenzaamheid", slug="eenzaamheid")
    carers = Audience.objects.create(name="Mantelzorgers", slug="mantelzorgers")
    page = event(
        title="In Stad",
        slug="stad",
        wijk=wijken["stad"],
        dates=[(MARCH_29, "10:00", "11:00")],
        publish_it=False,
    )
    page.themes = [theme]
    f.publish(page)
    event(
        title="In Muziekwijk",
        slug="muziek",
        wijk=wijken["muziekwijk"],
        dates=[(MARCH_29, "12:00", "13:00")],
    )
    event(
        title="In Haven",
        slug="haven",
        wijk=wijken["haven"],
        kind_slug="spreekuur",
        dates=[(dt.date(2027, 4, 12), "09:30", "12:00")],
    )
    online = event(
        title="Online",
        slug="online",
        venue="",
        online_url="https://meet.example.org/x",
        dates=[(dt.date(2027, 5, 3), "19:30", "20:30")],
        publish_it=False,
    )
    online.audiences = [carers]
    f.publish(online)

    response = client.get(f"/agenda/?{query}")

    assert response.status_code == 200
    assert set(titles(response)) == expected


@pytest.mark.parametrize(
    "query",
    [
        "wijk=atlantis",
        "soort=feest",
        "thema=%3Cscript%3E",
        "vorm=teleport",
        "van=gisteren",
        "van=2027-13-45",
        "q=" + "x" * 500,
        "doelgroep=robots",
        "page=abc",
    ],
)
def test_bad_agenda_filters_are_explained_not_fatal(client, query):
    event(title="Werkcafé", slug="werkcafe", dates=[(MARCH_29, "15:30", "17:30")])

    response = client.get(f"/agenda/?{query}")

    assert response.status_code == 200
    assert titles(response) == ["Werkcafé"]
    assert "<script>" not in response.content.decode()


def test_agenda_pages_keep_filters_and_refuse_pages_that_do_not_exist(client, settings):
    settings.AGENDA_PAGE_SIZE = 2
    event(
        title="Spreekuur",
        slug="spreekuur",
        kind_slug="spreekuur",
        repeat={
            "repeat": "weekly",
            "start_date": dt.date(2027, 3, 2),
            "start_time": dt.time(9, 30),
            "end_time": dt.time(12, 0),
            "count": 5,
        },
    )

    second = client.get("/agenda/?soort=spreekuur&page=2")

    assert second.status_code == 200
    assert len(titles(second)) == 2
    assert "soort=spreekuur" in second.content.decode().split("Paginering")[-1]
    assert client.get("/agenda/?page=99").status_code == 404


def test_agenda_queries_do_not_grow_with_the_number_of_events(client, wijken):
    def count_queries():
        client.get("/agenda/")
        client.get("/agenda/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/agenda/")
        assert response.status_code == 200
        return len(queries)

    event(title="Een", slug="een", wijk=wijken["haven"], dates=[(MARCH_29, "10:00", "11:00")])
    one = count_queries()
    for number in range(30):
        event(
            title=f"Activiteit {number}",
            slug=f"act-{number}",
            wijk=wijken["stad"],
            dates=[(MARCH_29 + dt.timedelta(days=number), "10:00", "11:00")],
        )

    assert count_queries() == one
    assert one <= 12


def test_event_page_lists_dates_links_and_json_ld(client):
    event(
        title="Informatieavond",
        slug="info",
        dates=[(MARCH_29, "19:30", "21:00")],
        venue="Wijkcentrum De Roos",
        street_address="Roosstraat 1",
    )

    html = client.get("/agenda/info/").content.decode()

    assert "29 maart 2027" in html
    assert "19.30" in html
    assert "/agenda/info/ical/" in html
    assert "calendar.google.com" in html
    assert "outlook.live.com" in html
    (data,) = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    (schema_event,) = data if isinstance(data, list) else [data]
    assert schema_event["@type"] == "Event"
    assert schema_event["startDate"] == "2027-03-29T19:30:00+02:00"
    assert schema_event["eventStatus"] == "https://schema.org/EventScheduled"
    assert schema_event["location"]["name"] == "Wijkcentrum De Roos"


def test_event_preview_shows_unsaved_dates(client):
    from django.urls import reverse

    from events.models import EventDate

    page = event(title="Werkcafé", slug="werkcafe", dates=[(MARCH_29, "15:30", "17:30")])
    page.dates = [EventDate(date=dt.date(2027, 6, 14), start_time=dt.time(15, 30))]
    page.save_revision()
    client.force_login(f.superuser())

    revision = page.latest_revision
    html = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    ).content.decode()

    assert "14 juni 2027" in html
    # The draft never reaches the public page, nor a cache it fills.
    client.logout()
    public = client.get("/agenda/werkcafe/").content.decode()
    assert "14 juni 2027" not in public and "29 maart 2027" in public


def test_english_agenda_shows_dutch_events_without_a_translation(client):
    home_en = f.translate(f.home_page(), "en", title="VMCA Almere", slug="home-en")
    f.translate(agenda(), "en", title="Events", slug="events")
    event(title="Werkcafé", slug="werkcafe", dates=[(MARCH_29, "15:30", "17:30")])
    assert home_en.live

    response = client.get("/en/events/")

    assert response.status_code == 200
    assert "Werkcafé" in response.content.decode()


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"repeat": "weekly", "repeat_start_date": MARCH_29}, "repeat_until"),
        (
            {
                "repeat": "weekly",
                "repeat_start_date": MARCH_29,
                "repeat_count": 3,
                "repeat_until": dt.date(2027, 5, 1),
            },
            "repeat_until",
        ),
        (
            {
                "repeat": "weekly",
                "repeat_start_date": MARCH_29,
                "repeat_until": dt.date(2027, 1, 1),
            },
            "repeat_until",
        ),
        (
            {
                "repeat": "monthly",
                "repeat_start_date": dt.date(2027, 1, 7),
                "repeat_nth": 2,
                "repeat_count": 3,
            },
            "repeat_nth",
        ),
        (
            {
                "repeat": "weekly",
                "repeat_start_date": MARCH_29,
                "repeat_count": 3,
                "repeat_start_time": dt.time(20),
                "repeat_end_time": dt.time(19),
            },
            "repeat_end_time",
        ),
    ],
)
def test_impossible_repetitions_are_refused_with_a_message(fields, error_field):
    from django.core.exceptions import ValidationError

    from tests.events.conftest import kind

    page = EventPage(title="X", slug="x", kind=kind(), **fields)

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert error_field in error.value.message_dict
