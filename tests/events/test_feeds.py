"""Calendar feeds as clients read them: three independent parsers (icalendar, Home
Assistant's ical, Mozilla's ical.js as used by Thunderbird), daylight-saving cases,
cancellations, and HTTP for clients that poll."""

import datetime as dt
import gzip
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils.http import http_date
from ical.calendar_stream import IcsCalendarStream

from events.models import CalendarEntry
from tests import factories as f
from tests.events.conftest import AGENDA_DAY, event, feed

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock(AGENDA_DAY)]
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# Monday 29 March 2027 is the first day of summer time, 1 November the first of winter time.
AFTER_SPRING = dt.date(2027, 3, 29)
AFTER_AUTUMN = dt.date(2027, 11, 1)


@pytest.fixture
def dst_agenda():
    event(title="Avond na de zomertijd", slug="zomertijd", dates=[(AFTER_SPRING, "19:30", "21:30")])
    event(
        title="Avond na de wintertijd", slug="wintertijd", dates=[(AFTER_AUTUMN, "19:30", "21:30")]
    )
    event(
        title="Avondspreekuur jonge mantelzorgers",
        slug="avondspreekuur",
        kind_slug="spreekuur",
        repeat={
            "repeat": "weekly",
            "start_date": dt.date(2027, 3, 18),
            "start_time": dt.time(19, 30),
            "end_time": dt.time(20, 30),
            "count": 4,
        },
        exceptions=[{"date": dt.date(2027, 4, 1), "kind": "cancelled", "note": "Pasen"}],
    )
    event(
        title="Werkcafé in de herfst",
        slug="herfst",
        repeat={
            "repeat": "monthly",
            "start_date": dt.date(2027, 10, 7),
            "nth": 1,
            "start_time": dt.time(19, 30),
            "end_time": dt.time(21, 0),
            "count": 2,
        },
    )
    event(
        title="Week van de Mantelzorg",
        slug="week",
        kind_slug="ontmoeting",
        dates=[(dt.date(2027, 11, 5), None, None, dt.date(2027, 11, 13))],
    )


EXPECTED_EVENINGS = {
    ("Avond na de zomertijd", "2027-03-29T19:30"),
    ("Avond na de wintertijd", "2027-11-01T19:30"),
    ("Avondspreekuur jonge mantelzorgers", "2027-03-18T19:30"),
    ("Avondspreekuur jonge mantelzorgers", "2027-03-25T19:30"),
    ("Avondspreekuur jonge mantelzorgers", "2027-04-01T19:30"),
    ("Avondspreekuur jonge mantelzorgers", "2027-04-08T19:30"),
    ("Werkcafé in de herfst", "2027-10-07T19:30"),
    ("Werkcafé in de herfst", "2027-11-04T19:30"),
}


def test_icaljs_reads_every_evening_at_1930_amsterdam_time(client, dst_agenda, icaljs):
    result = icaljs(feed(client))

    timed = {(o["summary"], o["start"]) for o in result["occurrences"] if "T" in o["start"]}
    assert timed == EXPECTED_EVENINGS
    assert result["calname"] == "Agenda VMCA Almere"
    cancelled = [o for o in result["occurrences"] if o["status"] == "CANCELLED"]
    assert [(o["summary"], o["start"]) for o in cancelled] == [
        ("Avondspreekuur jonge mantelzorgers", "2027-04-01T19:30")
    ]
    week = next(o for o in result["occurrences"] if o["summary"] == "Week van de Mantelzorg")
    assert (week["start"], week["end"]) == ("2027-11-05", "2027-11-14")


def test_home_assistant_ical_reads_the_same_times(client, dst_agenda):
    calendar = IcsCalendarStream.calendar_from_ics(feed(client))

    timeline = list(calendar.timeline_tz(AMSTERDAM))
    timed = {
        (item.summary, item.start.astimezone(AMSTERDAM).strftime("%Y-%m-%dT%H:%M"))
        for item in timeline
        if isinstance(item.start, dt.datetime)
    }
    assert timed == EXPECTED_EVENINGS
    spring = next(item for item in timeline if item.summary == "Avond na de zomertijd")
    autumn = next(item for item in timeline if item.summary == "Avond na de wintertijd")
    assert spring.start.utcoffset() == dt.timedelta(hours=2)
    assert autumn.start.utcoffset() == dt.timedelta(hours=1)


def test_icalendar_package_parses_the_feed_and_its_properties(client, dst_agenda):
    calendar = icalendar.Calendar.from_ical(feed(client))

    assert str(calendar["X-WR-CALNAME"]) == "Agenda VMCA Almere"
    assert calendar["REFRESH-INTERVAL"].to_ical() == b"PT1H"
    assert str(calendar["X-PUBLISHED-TTL"]) == "PT60M"
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Amsterdam"
    events = calendar.walk("VEVENT")
    for vevent in events:
        for name in ("UID", "DTSTAMP", "DTSTART", "SEQUENCE", "LAST-MODIFIED", "SUMMARY"):
            assert name in vevent, (name, vevent.get("SUMMARY"))
    week = next(e for e in events if str(e["SUMMARY"]) == "Week van de Mantelzorg")
    # All-day: DTEND is the day after the last day.
    assert week.decoded("DTSTART") == dt.date(2027, 11, 5)
    assert week.decoded("DTEND") == dt.date(2027, 11, 14)
    spring = next(e for e in events if str(e["SUMMARY"]) == "Avond na de zomertijd")
    assert spring["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert spring.decoded("DTSTART").astimezone(AMSTERDAM).strftime("%H:%M") == "19:30"


def test_long_and_special_text_is_escaped_and_folded(client, icaljs):
    event(
        title="Uitleg; regels, vragen & antwoorden — met ë en ü",
        slug="tekens",
        dates=[(AFTER_SPRING, "10:00", "11:00")],
        intro="Een lange inleiding, met komma's; puntkomma's en een backslash \\ " * 6,
    )

    text = feed(client)

    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "SUMMARY:Uitleg\\; regels\\, vragen & antwoorden — met ë en ü" in text.replace(
        "\r\n ", ""
    )
    parsed = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == "Uitleg; regels, vragen & antwoorden — met ë en ü"
    assert "backslash \\ " in str(parsed["DESCRIPTION"])
    (occurrence,) = icaljs(text)["occurrences"]
    assert occurrence["summary"] == "Uitleg; regels, vragen & antwoorden — met ë en ü"


def test_location_url_and_geo_are_in_the_feed(client):
    event(
        title="Informatieavond",
        slug="info",
        dates=[(AFTER_SPRING, "19:30", "21:00")],
        venue="Wijkcentrum De Roos",
        street_address="Roosstraat 1",
        postal_code="1300 AA",
        latitude="52.37021",
        longitude="5.21413",
    )

    vevent = icalendar.Calendar.from_ical(feed(client)).walk("VEVENT")[0]

    assert str(vevent["LOCATION"]) == "Wijkcentrum De Roos, Roosstraat 1, 1300 AA Almere"
    assert str(vevent["URL"]).endswith("/agenda/info/")
    assert (vevent["GEO"].latitude, vevent["GEO"].longitude) == (52.37021, 5.21413)


def test_sequence_in_the_feed_rises_when_the_event_changes(client, icaljs):
    page = event(title="Werkcafé", slug="werkcafe", dates=[(AFTER_SPRING, "15:30", "17:30")])
    first = icaljs(feed(client))["occurrences"][0]

    date = page.dates.get()
    date.start_time = dt.time(16, 0)
    date.save()
    f.publish(page)
    second = icaljs(feed(client))["occurrences"][0]

    assert (first["uid"], first["sequence"], first["start"]) == (
        second["uid"],
        0,
        "2027-03-29T15:30",
    )
    assert (second["sequence"], second["start"]) == (1, "2027-03-29T16:00")


def test_feed_takes_the_agenda_filters(client):
    event(
        title="Werkcafé Haven",
        slug="haven",
        dates=[(AFTER_SPRING, "15:30", "17:30")],
        wijk=f.wijk("Almere Haven", slug="haven"),
    )
    event(
        title="Spreekuur Buiten",
        slug="buiten",
        kind_slug="spreekuur",
        dates=[(AFTER_SPRING, "09:30", "12:00")],
        wijk=f.wijk("Almere Buiten", slug="buiten"),
    )

    haven = feed(client, "/agenda/ical/?wijk=haven")
    spreekuur = feed(client, "/agenda/ical/?soort=spreekuur")
    april = feed(client, "/agenda/ical/?van=2027-04-01")

    assert "Werkcafé Haven" in haven and "Spreekuur Buiten" not in haven
    assert "Spreekuur Buiten" in spreekuur and "Werkcafé Haven" not in spreekuur
    assert "BEGIN:VEVENT" not in april


def test_feed_http_headers_suit_polling_clients(client):
    event(title="Werkcafé", slug="werkcafe", dates=[(AFTER_SPRING, "15:30", "17:30")])

    response = client.get("/agenda/ical/")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["ETag"].startswith('"')
    assert "max-age" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert response["Last-Modified"]
    assert "Accept-Encoding" in response["Vary"]


def test_unchanged_feed_answers_304_to_if_none_match_and_if_modified_since(client):
    page = event(title="Werkcafé", slug="werkcafe", dates=[(AFTER_SPRING, "15:30", "17:30")])
    first = client.get("/agenda/ical/")

    by_etag = client.get("/agenda/ical/", HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get("/agenda/ical/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    old_date = http_date(
        (CalendarEntry.objects.get().last_modified - dt.timedelta(days=1)).timestamp()
    )
    by_old_date = client.get("/agenda/ical/", HTTP_IF_MODIFIED_SINCE=old_date)

    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_date.status_code == 304
    assert by_old_date.status_code == 200

    date = page.dates.get()
    date.start_time = dt.time(16, 0)
    date.save()
    f.publish(page)
    assert client.get("/agenda/ical/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_feed_is_gzipped_for_clients_that_ask(client):
    event(title="Werkcafé", slug="werkcafe", dates=[(AFTER_SPRING, "15:30", "17:30")])

    plain = client.get("/agenda/ical/")
    zipped = client.get("/agenda/ical/", HTTP_ACCEPT_ENCODING="gzip, deflate")

    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["ETag"] != plain["ETag"]
    assert (
        client.get(
            "/agenda/ical/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=zipped["ETag"]
        ).status_code
        == 304
    )


def test_cached_feed_still_answers_304_and_keeps_encodings_apart(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    event(title="Werkcafé", slug="werkcafe", dates=[(AFTER_SPRING, "15:30", "17:30")])
    zipped = client.get("/agenda/ical/", HTTP_ACCEPT_ENCODING="gzip")
    plain = client.get("/agenda/ical/")

    assert plain.get("Content-Encoding") is None
    assert b"BEGIN:VCALENDAR" in plain.content
    assert client.get("/agenda/ical/", HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 304
    assert (
        client.get(
            "/agenda/ical/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=zipped["ETag"]
        ).status_code
        == 304
    )


def test_event_ics_download_holds_only_that_event(client, icaljs):
    event(title="Werkcafé", slug="werkcafe", dates=[(AFTER_SPRING, "15:30", "17:30")])
    event(title="Spreekuur", slug="spreekuur", dates=[(AFTER_SPRING, "09:30", "12:00")])

    response = client.get("/agenda/werkcafe/ical/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="werkcafe.ics"'
    result = icaljs(response.content.decode())
    assert [o["summary"] for o in result["occurrences"]] == ["Werkcafé"]
    assert result["calname"] == "Werkcafé"


def test_icaljs_reads_a_date_cancelled_after_the_series_changed_as_cancelled(client, icaljs):
    """Thunderbird ignores an instance whose SEQUENCE is below the series' it already has."""
    from events.models import EventException

    page = event(
        title="Spreekuur",
        slug="spreekuur",
        repeat={
            "repeat": "weekly",
            "start_date": AFTER_SPRING,
            "start_time": dt.time(19, 30),
            "end_time": dt.time(21, 0),
            "count": 3,
        },
    )
    page.title = "Spreekuur in De Schakel"
    f.publish(page)
    EventException.objects.create(page=page, date=dt.date(2027, 4, 5), kind="cancelled")
    f.publish(page)

    for text in (feed(client), client.get("/agenda/spreekuur/ical/").content.decode()):
        occurrences = {o["start"]: o for o in icaljs(text)["occurrences"]}
        series, cancelled = occurrences["2027-03-29T19:30"], occurrences["2027-04-05T19:30"]
        assert (series["status"], cancelled["status"]) == ("CONFIRMED", "CANCELLED")
        assert series["sequence"] == 2
        assert cancelled["sequence"] >= series["sequence"]
