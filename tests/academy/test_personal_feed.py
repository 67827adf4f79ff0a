"""The personal calendar feed: own sessions only, waiting list as tentative, cancellations
as cancelled, stable UIDs per person and session, revocable secret address."""

import datetime as dt

import pytest
from django.urls import reverse
from icalendar import Calendar

from academy import personal_feed
from academy.models import RegistrationStatus
from academy.services import registration as services

from .conftest import edition, participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus


def feed(client, person):
    response = client.get(reverse("academy:feed", args=[person.feed_token]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def events(calendar):
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def with_feed(person):
    personal_feed.enable_feed(person)
    return person


def test_unknown_or_revoked_token_is_404(client, academy):
    person = with_feed(participant())
    token = person.feed_token
    assert client.get(reverse("academy:feed", args=["onbekend"])).status_code == 404
    personal_feed.disable_feed(person)
    assert client.get(reverse("academy:feed", args=[token])).status_code == 404


def test_confirmed_sessions_with_stable_uids_per_person(client, academy):
    person = with_feed(participant())
    ed = edition(sessions=2)
    services.register(ed.pk, person)
    response, calendar = feed(client, person)
    found = events(calendar)
    sessions = list(ed.sessions.all())
    uids = [personal_feed.personal_uid(person, session) for session in sessions]
    assert sorted(found) == sorted(uids)
    first = found[uids[0]]
    assert str(first["STATUS"]) == "CONFIRMED"
    assert str(first["SUMMARY"]).endswith("(1/2)")
    assert first.decoded("DTSTART") == sessions[0].start
    assert "private" in response["Cache-Control"]
    # Another person's feed has other UIDs for the same session.
    other = with_feed(participant())
    services.register(ed.pk, other)
    assert not set(events(feed(client, other)[1])) & set(uids)


def test_waiting_list_is_tentative_and_marked(client, academy):
    person = with_feed(participant())
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    services.register(ed.pk, person)
    (event,) = events(feed(client, person)[1]).values()
    assert str(event["STATUS"]) == "TENTATIVE"
    assert str(event["SUMMARY"]).startswith("Wachtlijst: ")


def test_cancelled_registration_stays_as_cancelled_with_the_same_uid(client, academy):
    person = with_feed(participant())
    ed = edition()
    registration = services.register(ed.pk, person)
    before = events(feed(client, person)[1])
    services.cancel(registration)
    after = events(feed(client, person)[1])
    assert set(before) == set(after)
    (event,) = after.values()
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) >= int(next(iter(before.values()))["SEQUENCE"])


def test_registering_again_after_cancelling_shows_one_confirmed_event(client, academy):
    person = with_feed(participant())
    ed = edition()
    services.cancel(services.register(ed.pk, person))
    services.register(ed.pk, person)
    (event,) = events(feed(client, person)[1]).values()
    assert str(event["STATUS"]) == "CONFIRMED"


def test_cancelled_edition_is_cancelled(client, academy):
    person = with_feed(participant())
    ed = edition()
    services.register(ed.pk, person)
    services.cancel_edition(ed, reason="Te weinig aanmeldingen")
    (event,) = events(feed(client, person)[1]).values()
    assert str(event["STATUS"]) == "CANCELLED"


def test_online_link_only_for_confirmed_places(client, academy):
    person = with_feed(participant())
    ed = edition(capacity=1)
    ed.sessions.update(online_url="https://meet.example.nl/x")
    services.register(ed.pk, participant())
    services.register(ed.pk, person)
    assert b"meet.example.nl" not in feed(client, person)[0].content


def test_only_my_own_sessions(client, academy):
    person = with_feed(participant())
    services.register(edition().pk, participant(first_name="Iemand"))
    assert not events(feed(client, person)[1])


def test_unchanged_feed_answers_304(client, academy):
    person = with_feed(participant())
    services.register(edition().pk, person)
    response, _calendar = feed(client, person)
    again = client.get(
        reverse("academy:feed", args=[person.feed_token]), HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304


def test_session_time_is_amsterdam_local_time(client, academy):
    person = with_feed(participant())
    ed = edition()
    services.register(ed.pk, person)
    body = feed(client, person)[0].content.decode()
    session = ed.sessions.get()
    from zoneinfo import ZoneInfo

    local = session.start.astimezone(ZoneInfo("Europe/Amsterdam"))
    assert f"DTSTART;TZID=Europe/Amsterdam:{local:%Y%m%dT%H%M%S}" in body
    assert local.time() == dt.time(19, 30)


def test_feed_links_to_mijn_academie_and_never_to_a_secret_registration_link(client, academy):
    """Calendars get shared and published: a registration's own address (its token can
    cancel the place) must not be in the feed. Every event links to Mijn academie."""
    person = with_feed(participant())
    confirmed = services.register(edition(sessions=2).pk, person)
    full = edition(capacity=1)
    services.register(full.pk, participant())
    waiting = services.register(full.pk, person)
    cancelled = services.register(edition().pk, person)
    services.cancel(cancelled)

    response, calendar = feed(client, person)

    # iCalendar folds long lines; unfold them so that no token hides across a fold.
    body = response.content.decode().replace("\r\n ", "")
    for registration in (confirmed, waiting, cancelled):
        assert registration.token not in body
    mine = "http://testserver" + reverse("academy:mine")
    found = calendar.walk("VEVENT")
    assert len(found) == 4
    for event in found:
        assert str(event["URL"]) == mine
        assert mine in str(event["DESCRIPTION"])
