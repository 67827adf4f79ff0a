"""The agenda's section of the figures dashboard: activities and academy sessions held and
dates cancelled, read from the calendar store; each activity once whatever its
translations, the period's edges in Almere's time, `now` as the cut-off, the year before,
a fixed number of queries and the live figure's function."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.calendar.spec import CANCELLED, EntrySpec
from events.calendar.store import sync_object
from events.models import EventDate, EventKind, EventPage, Occurrence
from insights.metrics import agenda
from insights.periods import Period
from tests import factories as f
from tests.events.conftest import agenda as agenda_page
from tests.events.conftest import event, kind

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")]
ACADEMY = "academy"  # the academy's calendar source (academy.calendar_source)


def session(number, start, hours=2, status="scheduled", wijk=None):
    """What the academy hands to the calendar store for one session."""
    return EntrySpec(
        key=f"session-{number}",
        uid=f"academy-session-{number}@vmca.example",
        title=f"Training {number}",
        start=start,
        end=start + dt.timedelta(hours=hours),
        kind_id=EventKind.objects.get(slug="training").pk,
        wijk_id=wijk.pk if wijk else None,
        status=status,
    )


def english_only_event(title, day, start, end):
    """An event page made on the English site, with no Dutch version."""
    english_agenda = f.translate(agenda_page(), "en", title="Events", slug="events")
    page = EventPage(
        title=title,
        slug="drop-in",
        kind=kind("spreekuur"),
        venue="Library",
        city="Almere",
    )
    page.dates = [
        EventDate(date=day, start_time=dt.time.fromisoformat(start), end_time=end and
                  dt.time.fromisoformat(end))
    ]  # fmt: skip
    english_agenda.add_child(instance=page)
    return f.publish(page)


@pytest.fixture
def world():
    """2026 against 2025 (now: 10 March 2027, 12:00).

    Werkcafé (Haven Centrum, in Almere Haven; also in English): 00:30 on 1 January 2026,
    5 March 2026, 12 March 2026 cancelled, 23:30 on 31 December 2025.
    Informatieavond (no wijk): 1 June 2026, 09:00 and 19:30 on 10 March 2027.
    Drop-in (English only): 4 April 2026.
    Academy (Almere Stad): 10 and 17 February 2026, 24 February 2026 cancelled, 5 May 2025.
    """
    f.translate(f.home_page(), "en", title="VMCA Almere", slug="home-en")
    haven = f.wijk("Almere Haven", slug="haven")
    centrum = f.wijk("Haven Centrum", slug="haven-centrum", district=haven)
    stad = f.wijk("Almere Stad", slug="stad")
    werkcafe = event(
        title="Werkcafé",
        slug="werkcafe",
        wijk=centrum,
        dates=[
            (dt.date(2026, 1, 1), "00:30", "01:30"),
            (dt.date(2026, 3, 5), "19:30", "21:00"),
            (dt.date(2026, 3, 12), "19:30", "21:00", None, "cancelled"),
            (dt.date(2025, 12, 31), "23:30", "23:55"),
        ],
    )
    f.translate(werkcafe, "en", title="Work café", slug="work-cafe")
    event(
        title="Informatieavond",
        slug="informatieavond",
        kind_slug="informatiebijeenkomst",
        dates=[
            (dt.date(2026, 6, 1), "10:00", "12:00"),
            (dt.date(2027, 3, 10), "09:00", "10:00"),
            (dt.date(2027, 3, 10), "19:30", "21:00"),
        ],
    )
    english_only_event("Drop-in", dt.date(2026, 4, 4), "10:00", "11:00")
    sync_object(
        ACADEMY,
        "1",
        [
            session(1, dt.datetime(2026, 2, 10, 19), wijk=stad),
            session(2, dt.datetime(2026, 2, 17, 19), wijk=stad),
        ],
    )
    sync_object(
        ACADEMY, "2", [session(3, dt.datetime(2026, 2, 24, 19), status=CANCELLED, wijk=stad)]
    )
    sync_object(ACADEMY, "3", [session(4, dt.datetime(2025, 5, 5, 19), wijk=stad)])


def build(now, period=None):
    period = period or Period.year(2026)
    return agenda.section(period, period.previous_year(), now)


def test_each_figure_for_the_year_and_the_year_before(world, now):
    section = build(now)

    assert (section.key, section.title) == ("agenda", "Agenda")
    events = section.figure("events_held")
    # Werkcafé twice (the English version is the same activity), Informatieavond once,
    # the English-only drop-in once.
    assert (events.current, events.previous) == (4, 1)
    assert (events.shown, events.shown_previous) == ("4", "1")  # things: exact, no "< 5"
    assert events.change == "+300 %"
    sessions = section.figure("sessions_held")
    assert (sessions.current, sessions.previous) == (2, 1)
    cancelled = section.figure("dates_cancelled")
    assert (cancelled.current, cancelled.previous) == (2, 0)


def test_translations_are_in_the_store_but_counted_once(world, now):
    english = Occurrence.objects.filter(entry__source="events", language="en")
    # The work café's four dates in English, and the drop-in.
    assert english.count() == 5
    assert agenda.events_held(Period.month(2026, 3), now) == 1


def test_the_edges_are_midnight_in_almere_and_now_cuts_off(world, now):
    # 00:30 on 1 January 2026 is 23:30 on 31 December in UTC: January 2026.
    assert agenda.events_held(Period.month(2026, 1), now) == 1
    assert agenda.events_held(Period.month(2025, 12), now) == 1
    # Today: 09:00 has been, 19:30 has not.
    assert agenda.events_held(Period.days(dt.date(2027, 3, 10), dt.date(2027, 3, 10)), now) == 1
    later = now + dt.timedelta(hours=9)
    assert agenda.events_held(Period.year(2027), later) == 2


def test_trends_per_month(world, now):
    section = build(now)

    events = section.trend("events_per_month")
    assert [p.month for p in events.points] == [dt.date(2026, m, 1) for m in range(1, 13)]
    assert [p.current for p in events.points] == [1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0]
    assert [p.previous for p in events.points] == [0] * 11 + [1]
    sessions = section.trend("sessions_per_month")
    assert [p.current for p in sessions.points][:3] == [0, 2, 0]
    assert [p.previous for p in sessions.points][:6] == [0, 0, 0, 0, 1, 0]


def test_breakdowns_per_wijk_and_kind(world, now):
    section = build(now)

    per_wijk = section.breakdown("held_per_wijk")
    # A neighbourhood counts for its district; the sessions are in Almere Stad.
    assert [(r.label, r.current, r.previous) for r in per_wijk.rows] == [
        ("Almere Haven", 2, 1),
        ("Almere Stad", 2, 1),
        ("Geen wijk", 2, 0),
    ]
    per_kind = section.breakdown("held_per_kind")
    assert [(r.key, r.label, r.current, r.previous) for r in per_kind.rows] == [
        ("informatiebijeenkomst", "Informatiebijeenkomst", 1, 0),
        ("spreekuur", "Spreekuur", 1, 0),
        ("training", "Training", 2, 1),
        ("werkcafe", "Werkcafé", 2, 1),
    ]
    assert per_kind.unit == "count"
    assert per_kind.rows[0].shown("count") == "1"


def test_events_held_agrees_with_the_section(world, now):
    for period in (Period.year(2026), Period.year(2025), Period.year(2027), Period.month(2026, 3)):
        assert agenda.events_held(period, now) == build(now, period).figure("events_held").current


def test_the_number_of_queries_does_not_grow_with_the_rows(world, now):
    with CaptureQueriesContext(connection) as few:
        build(now)

    event(
        title="Ontmoeting",
        slug="ontmoeting",
        kind_slug="ontmoeting",
        wijk=f.wijk("Almere Poort", slug="poort"),
        dates=[(dt.date(2026, month, 8), "14:00", "16:00") for month in range(1, 13)]
        + [(dt.date(2025, month, 8), "14:00", "16:00") for month in range(1, 13)],
    )
    sync_object(ACADEMY, "4", [session(10 + m, dt.datetime(2026, m, 20, 19)) for m in range(1, 13)])

    with CaptureQueriesContext(connection) as many:
        section = build(now)

    assert section.figure("events_held").current == 4 + 12
    assert section.figure("sessions_held").current == 2 + 12
    assert len(many.captured_queries) == len(few.captured_queries)
