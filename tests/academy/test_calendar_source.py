"""Course sessions reach the agenda and the public calendar feed through the calendar registry."""

import re

import pytest
from django.conf import settings

from academy.calendar_source import SOURCE_KEY, session_uid
from academy.models import Edition, EditionStatus
from academy.services import registration as services
from events.models import CalendarEntry
from tests.events.conftest import agenda, feed

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the after-commit work (the calendar sync) as a real request would."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def site(academy):
    return agenda()


def vevents(ics):
    return re.findall(r"BEGIN:VEVENT.*?END:VEVENT", ics.replace("\r\n ", ""), re.S)


def vevent_with_uid(ics, uid):
    (found,) = [event for event in vevents(ics) if f"UID:{uid}" in event]
    return found


def agenda_titles(client, **params):
    html = client.get("/agenda/", params).content.decode()
    return re.findall(r'data-occurrence-title="([^"]+)"', html), html


def test_sessions_of_a_live_course_are_in_the_agenda_and_the_feed(client, site, committed):
    page = course(title="Taalvrijwilliger worden")
    ed = committed(edition, page, sessions=3)
    sessions = list(ed.sessions.order_by("start"))

    titles, _html = agenda_titles(client)
    ics = feed(client)

    assert titles == [f"Taalvrijwilliger worden ({n}/3)" for n in (1, 2, 3)]
    for session in sessions:
        uid = f"academy-session-{session.pk}@{settings.CALENDAR_UID_DOMAIN}"
        assert session_uid(session) == uid
        event = vevent_with_uid(ics, uid)
        assert "Taalvrijwilliger worden" in event
        assert "STATUS:CONFIRMED" in event or "STATUS:" not in event


def test_uid_stays_the_same_when_an_edition_changes(client, site, committed):
    ed = committed(edition, course(title="Gesprekstechnieken"))
    session = ed.sessions.get()
    uid = session_uid(session)

    ed.name = "Najaar"
    committed(ed.save)

    entry = CalendarEntry.objects.get(source=SOURCE_KEY, uid=uid)
    assert entry.withdrawn is False
    assert vevent_with_uid(feed(client), uid)


def test_cancelled_edition_stays_in_the_feed_as_cancelled(client, site, committed):
    ed = committed(edition, course(title="In balans"))
    uid = session_uid(ed.sessions.get())

    ed.status = EditionStatus.CANCELLED
    committed(ed.save)

    assert "STATUS:CANCELLED" in vevent_with_uid(feed(client), uid)
    titles, html = agenda_titles(client)
    assert titles == ["In balans"]
    assert "status--cancelled" in html


def test_unpublished_course_has_its_sessions_withdrawn(client, site, committed):
    page = course(title="Fondsenwerving")
    ed = committed(edition, page)
    uid = session_uid(ed.sessions.get())
    assert agenda_titles(client)[0] == ["Fondsenwerving"]

    committed(page.unpublish)

    assert CalendarEntry.objects.get(source=SOURCE_KEY, uid=uid).withdrawn is True
    assert agenda_titles(client)[0] == []
    # Subscribers learn that it is off, instead of keeping a stale date.
    assert "STATUS:CANCELLED" in vevent_with_uid(feed(client), uid)


def test_draft_course_never_reaches_the_agenda(client, site, committed):
    committed(edition, course(title="Concept", publish_it=False))

    assert agenda_titles(client)[0] == []
    assert "Concept" not in feed(client)


def test_full_edition_shows_as_full_in_the_agenda(client, site, committed):
    ed = committed(edition, course(title="Omgaan met NAH"), capacity=2)
    for _ in range(2):
        committed(services.register, ed.pk, participant())

    titles, html = agenda_titles(client)

    assert titles == ["Omgaan met NAH"]
    assert "status--full" in html
    assert ">Vol<" in html


def test_edition_marked_full_by_staff_shows_as_full(client, site, committed):
    ed = committed(edition, course(title="Masterclass"), capacity=20)

    Edition.objects.filter(pk=ed.pk).update(status=EditionStatus.FULL)
    ed.refresh_from_db()
    committed(ed.save)

    assert "status--full" in agenda_titles(client)[1]


def test_deleted_edition_is_withdrawn(client, site, committed):
    ed = committed(edition, course(title="Vacatureteksten schrijven"))
    uid = session_uid(ed.sessions.get())

    committed(ed.delete)

    assert CalendarEntry.objects.get(source=SOURCE_KEY, uid=uid).withdrawn is True
    assert agenda_titles(client)[0] == []


def test_agenda_filters_on_the_training_kind(client, site, committed):
    committed(edition, course(title="Voorlezen aan kinderen"))

    assert agenda_titles(client, soort="training")[0] == ["Voorlezen aan kinderen"]
    assert agenda_titles(client, soort="werkcafe")[0] == []
