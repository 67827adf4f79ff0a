"""The calendar store: stable UIDs, SEQUENCE that rises only on real changes, withdrawn
entries kept as cancelled for subscribers, and sources other apps register."""

import datetime as dt

import pytest

from events.calendar.registry import CalendarSource, register_source, registered_sources
from events.calendar.spec import EntrySpec
from events.calendar.store import sync_object
from events.models import CalendarEntry, EventDate, Occurrence
from tests import factories as f
from tests.events.conftest import AGENDA_DAY, agenda, event, feed

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock(AGENDA_DAY)]

MARCH_29 = dt.date(2027, 3, 29)


def entries(page):
    return CalendarEntry.objects.filter(source="events", object_id=str(page.pk)).order_by("pk")


def test_publishing_an_event_stores_its_dates_in_utc():
    page = event(dates=[(MARCH_29, "19:30", "21:30")])

    (entry,) = entries(page)
    (occurrence,) = entry.occurrences.all()

    assert entry.uid == f"events-date-{page.dates.get().pk}@vmca-almere.nl"
    assert occurrence.start == dt.datetime(2027, 3, 29, 17, 30, tzinfo=dt.UTC)
    assert occurrence.end == dt.datetime(2027, 3, 29, 19, 30, tzinfo=dt.UTC)
    assert occurrence.local_date == MARCH_29


def test_drafts_are_not_in_the_store():
    event(dates=[(MARCH_29, "19:30", "21:30")], publish_it=False)

    assert not CalendarEntry.objects.exists()


def test_republishing_without_changes_keeps_sequence_and_last_modified():
    page = event(dates=[(MARCH_29, "19:30", "21:30")])
    before = entries(page).get()

    f.publish(page)

    after = entries(page).get()
    assert (after.uid, after.sequence, after.last_modified) == (
        before.uid,
        before.sequence,
        before.last_modified,
    )


def test_changing_the_time_raises_sequence_and_keeps_the_uid():
    page = event(dates=[(MARCH_29, "19:30", "21:30")])
    before = entries(page).get()

    date = page.dates.get()
    date.start_time = dt.time(20, 0)
    date.save()
    f.publish(page)

    after = entries(page).get()
    assert after.uid == before.uid
    assert after.sequence == before.sequence + 1
    assert after.last_modified > before.last_modified
    assert "SEQUENCE:1" in after.ical
    assert after.occurrences.get().start == dt.datetime(2027, 3, 29, 18, 0, tzinfo=dt.UTC)


def test_removed_date_stays_in_the_feed_as_cancelled_but_leaves_the_agenda(client):
    page = event(dates=[(MARCH_29, "19:30", "21:30"), (dt.date(2027, 4, 5), "19:30", "21:30")])
    removed = page.dates.order_by("date").last()

    EventDate.objects.filter(pk=removed.pk).delete()
    f.publish(page)

    entry = CalendarEntry.objects.get(uid=f"events-date-{removed.pk}@vmca-almere.nl")
    assert entry.withdrawn
    assert entry.sequence == 1
    assert "STATUS:CANCELLED" in entry.ical
    assert not entry.occurrences.exists()
    assert f"UID:{entry.uid}" in feed(client)
    assert "5 april 2027" not in client.get("/agenda/").content.decode()


def test_unpublished_event_is_cancelled_for_subscribers(client):
    page = event(title="Picknick", dates=[(MARCH_29, "12:00", "15:00")])

    page.unpublish()

    entry = entries(page).get()
    assert entry.withdrawn
    text = feed(client)
    assert "STATUS:CANCELLED" in text and entry.uid in text
    assert "Picknick" not in client.get("/agenda/").content.decode()


def test_cancelled_event_stays_visible_as_cancelled():
    page = event(dates=[(MARCH_29, "19:30", "21:30")], status="cancelled")

    entry = entries(page).get()
    assert "STATUS:CANCELLED" in entry.ical
    assert entry.occurrences.get().status == "cancelled"
    assert not entry.withdrawn


def test_series_overrides_share_the_uid_and_name_the_original_date():
    page = event(
        repeat={
            "repeat": "weekly",
            "start_date": dt.date(2027, 3, 2),
            "start_time": dt.time(19, 30),
            "end_time": dt.time(21, 0),
            "count": 6,
        },
        exceptions=[
            {"date": dt.date(2027, 3, 16), "kind": "excluded"},
            {"date": dt.date(2027, 3, 23), "kind": "cancelled", "note": "Ziekte"},
            {"date": dt.date(2027, 3, 30), "kind": "moved", "new_date": dt.date(2027, 3, 31)},
        ],
    )

    master, *overrides = entries(page)

    assert master.rrule == "FREQ=WEEKLY;COUNT=6"
    assert master.exdates == ["2027-03-16T19:30:00"]
    assert {o.uid for o in overrides} == {master.uid}
    assert [o.master_id for o in overrides] == [master.pk, master.pk]
    cancelled, moved = sorted(overrides, key=lambda o: o.recurrence_id)
    assert "RECURRENCE-ID;TZID=Europe/Amsterdam:20270323T193000" in cancelled.ical
    assert "STATUS:CANCELLED" in cancelled.ical
    assert "RECURRENCE-ID;TZID=Europe/Amsterdam:20270330T193000" in moved.ical
    assert "DTSTART;TZID=Europe/Amsterdam:20270331T193000" in moved.ical
    statuses = list(master.occurrences.values_list("local_date", "status"))
    assert (dt.date(2027, 3, 16), "scheduled") not in statuses
    assert (dt.date(2027, 3, 23), "cancelled") in statuses
    assert (dt.date(2027, 3, 31), "moved") in statuses


def test_undoing_a_cancellation_restores_the_date_instead_of_cancelling_it():
    page = event(
        repeat={
            "repeat": "weekly",
            "start_date": dt.date(2027, 3, 2),
            "start_time": dt.time(19, 30),
            "end_time": dt.time(21, 0),
            "count": 4,
        },
        exceptions=[{"date": dt.date(2027, 3, 9), "kind": "cancelled"}],
    )
    page.exceptions.all().delete()
    f.publish(page)

    override = entries(page).get(recurrence_id__isnull=False)
    assert not override.withdrawn
    assert "STATUS:CONFIRMED" in override.ical
    assert override.sequence == 1
    assert (
        entries(page).get(recurrence_id__isnull=True).occurrences.filter(status="cancelled").count()
        == 0
    )


class CourseSessions(CalendarSource):
    """What the academy will do: publish dated things without events knowing about it."""

    key = "test-academy"
    label = "Academie"

    def sync_all(self):
        sync_object(self.key, "edition-1", [self.session()])

    @staticmethod
    def session():
        return EntrySpec(
            key="session-1",
            uid="academy-session-1@vmca-almere.nl",
            title="Training omgaan met dementie",
            start=dt.datetime(2027, 4, 12, 19, 30),
            end=dt.datetime(2027, 4, 12, 21, 30),
            url="https://vmca.example/academie/dementie/",
            kind_id=None,
        )


def test_a_registered_source_shows_in_the_agenda_and_the_feed(client):
    agenda()
    source = CourseSessions()
    register_source(source)
    try:
        assert source in registered_sources()
        source.sync_all()

        html = client.get("/agenda/").content.decode()
        text = feed(client)
    finally:
        from events.calendar import registry

        registry._sources.pop(source.key, None)

    assert "Training omgaan met dementie" in html
    assert "UID:academy-session-1@vmca-almere.nl" in text
    assert Occurrence.objects.filter(entry__source="test-academy").count() == 1


def test_sync_calendar_command_rebuilds_and_withdraws_what_is_gone():
    from django.core.management import call_command

    page = event(dates=[(MARCH_29, "19:30", "21:30")])
    CalendarEntry.objects.all().delete()

    call_command("sync_calendar", verbosity=0)
    assert entries(page).count() == 1

    sync_object("events", "99999", [CourseSessions.session()])  # an object that is gone
    call_command("sync_calendar", verbosity=0)
    assert CalendarEntry.objects.get(object_id="99999").withdrawn


# SEQUENCE of the overrides of a series ----------------------------------------------


def weekly_series(**extra):
    return event(
        title="Spreekuur",
        slug="spreekuur",
        repeat={
            "repeat": "weekly",
            "start_date": dt.date(2027, 3, 2),
            "start_time": dt.time(19, 30),
            "end_time": dt.time(21, 0),
            "count": 6,
        },
        **extra,
    )


def revise(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    f.publish(page)
    return page


def series_and_overrides(page):
    master = entries(page).get(recurrence_id__isnull=True)
    return master, list(entries(page).filter(recurrence_id__isnull=False))


def ical_sequences(text):
    """{(UID, RECURRENCE-ID or None): SEQUENCE} of every VEVENT in a calendar text."""
    import icalendar

    return {
        (
            str(vevent["UID"]),
            vevent["RECURRENCE-ID"].dt.isoformat() if "RECURRENCE-ID" in vevent else None,
        ): int(vevent["SEQUENCE"])
        for vevent in icalendar.Calendar.from_ical(text).walk("VEVENT")
    }


def test_a_date_cancelled_after_the_series_changed_has_at_least_the_series_sequence(client):
    from events.models import EventException

    page = weekly_series()
    revise(page, repeat_end_time=dt.time(21, 30))
    revise(page, title="Spreekuur in De Schakel")
    assert entries(page).get().sequence == 2

    EventException.objects.create(page=page, date=dt.date(2027, 3, 16), kind="cancelled")
    f.publish(page)

    master, (cancelled,) = series_and_overrides(page)
    assert master.sequence == 3
    assert cancelled.sequence >= master.sequence
    assert f"SEQUENCE:{cancelled.sequence}" in cancelled.ical
    # Every calendar file that shows it says the same: the agenda feed and the event's .ics.
    key = (master.uid, "2027-03-16T19:30:00+01:00")
    for text in (feed(client), client.get("/agenda/spreekuur/ical/").content.decode()):
        sequences = ical_sequences(text)
        assert sequences[key] == cancelled.sequence >= sequences[(master.uid, None)]


def test_a_revised_series_brings_its_unchanged_overrides_up_to_its_sequence():
    from events.models import EventException

    page = weekly_series(
        exceptions=[{"date": dt.date(2027, 3, 9), "kind": "cancelled", "note": "Ziekte"}]
    )
    master, (cancelled,) = series_and_overrides(page)
    assert cancelled.sequence >= master.sequence
    before = cancelled.last_modified

    # Only the series changes (one more date falls out); the cancelled date itself does not.
    EventException.objects.create(page=page, date=dt.date(2027, 3, 23), kind="excluded")
    f.publish(page)

    master, (cancelled,) = series_and_overrides(page)
    assert master.sequence == 1
    assert cancelled.sequence == 1
    assert "SEQUENCE:1" in cancelled.ical
    assert cancelled.last_modified > before
    assert "STATUS:CANCELLED" in cancelled.ical

    # Publishing again without changes changes nothing.
    f.publish(page)
    assert [e.sequence for e in entries(page)] == [1, 1]


def test_restored_and_withdrawn_overrides_keep_up_with_their_series():
    from events.models import EventException

    page = weekly_series()
    revise(page, title="Spreekuur (nieuw)")
    EventException.objects.create(page=page, date=dt.date(2027, 3, 9), kind="cancelled")
    f.publish(page)
    page.exceptions.all().delete()
    f.publish(page)  # the cancellation is undone: the date is restored

    master, (restored,) = series_and_overrides(page)
    assert "STATUS:CONFIRMED" in restored.ical
    assert restored.sequence >= master.sequence

    page.unpublish()

    master, (withdrawn,) = series_and_overrides(page)
    assert master.withdrawn and withdrawn.withdrawn
    assert withdrawn.sequence >= master.sequence
    assert f"SEQUENCE:{withdrawn.sequence}" in withdrawn.ical


def test_a_stored_override_behind_its_series_is_repaired_by_the_next_sync():
    """Overrides stored before this rule existed are brought up by the nightly sync."""
    from django.core.management import call_command

    page = weekly_series(exceptions=[{"date": dt.date(2027, 3, 9), "kind": "cancelled"}])
    master, (cancelled,) = series_and_overrides(page)
    CalendarEntry.objects.filter(pk=master.pk).update(sequence=4)

    call_command("sync_calendar", verbosity=0)

    cancelled.refresh_from_db()
    assert cancelled.sequence == 4
    assert "SEQUENCE:4" in cancelled.ical
