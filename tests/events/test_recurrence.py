"""Expanding repetitions into dates, the way calendar clients do, in Amsterdam time."""

import datetime as dt

from events.calendar.recurrence import expand, nth_weekday_of, rrule_text
from events.calendar.spec import AMSTERDAM, Change, EntrySpec, Recurrence


def series(start, end=None, **rule):
    return EntrySpec(
        key="series",
        uid="x@test",
        title="Spreekuur",
        start=start,
        end=end,
        recurrence=Recurrence(**rule),
    )


def local(occurrence):
    return occurrence.start.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")


def test_weekly_evening_stays_at_1930_across_the_spring_change():
    spec = series(
        dt.datetime(2027, 3, 18, 19, 30),
        dt.datetime(2027, 3, 18, 21, 0),
        frequency="WEEKLY",
        count=4,
    )

    occurrences = expand(spec)

    assert [local(o) for o in occurrences] == [
        "2027-03-18 19:30",
        "2027-03-25 19:30",
        "2027-04-01 19:30",
        "2027-04-08 19:30",
    ]
    # In UTC the clock moved: 18:30 before 28 March, 17:30 after it.
    assert occurrences[0].start.astimezone(dt.UTC).hour == 18
    assert occurrences[2].start.astimezone(dt.UTC).hour == 17
    assert all(o.end - o.start == dt.timedelta(minutes=90) for o in occurrences)


def test_every_two_weeks_until_a_date_includes_that_date():
    spec = series(
        dt.datetime(2027, 10, 13, 14, 0),
        frequency="WEEKLY",
        interval=2,
        until=dt.date(2027, 11, 24),
    )

    assert [local(o)[:10] for o in expand(spec)] == [
        "2027-10-13",
        "2027-10-27",
        "2027-11-10",
        "2027-11-24",
    ]


def test_monthly_on_the_first_thursday():
    spec = series(dt.datetime(2027, 1, 7, 15, 30), frequency="MONTHLY", nth=1, count=4)

    assert [local(o)[:10] for o in expand(spec)] == [
        "2027-01-07",
        "2027-02-04",
        "2027-03-04",
        "2027-04-01",
    ]
    assert rrule_text(spec) == "FREQ=MONTHLY;BYDAY=1TH;COUNT=4"


def test_monthly_on_the_last_wednesday():
    spec = series(dt.datetime(2027, 1, 27, 10, 0), frequency="MONTHLY", nth=-1, count=3)

    assert [local(o)[:10] for o in expand(spec)] == ["2027-01-27", "2027-02-24", "2027-03-31"]


def test_excluded_dates_drop_out_but_still_count_as_the_rule_says():
    spec = series(
        dt.datetime(2026, 12, 22, 9, 30),
        frequency="WEEKLY",
        count=3,
        exdates=(dt.datetime(2026, 12, 29, 9, 30),),
    )

    assert [local(o)[:10] for o in expand(spec)] == ["2026-12-22", "2027-01-05"]


def test_changes_cancel_move_and_fill_single_dates():
    spec = EntrySpec(
        key="series",
        uid="x@test",
        title="Werkcafé",
        start=dt.datetime(2027, 3, 4, 15, 30),
        end=dt.datetime(2027, 3, 4, 17, 30),
        recurrence=Recurrence(frequency="MONTHLY", nth=1, count=3),
        changes=(
            Change(dt.datetime(2027, 3, 4, 15, 30), "cancelled", note="Ziek"),
            Change(dt.datetime(2027, 4, 1, 15, 30), "moved", start=dt.datetime(2027, 4, 8, 15, 30)),
            Change(dt.datetime(2027, 5, 6, 15, 30), "full"),
        ),
    )

    march, april, may = expand(spec)

    assert (march.status, march.note) == ("cancelled", "Ziek")
    assert april.status == "moved"
    assert local(april) == "2027-04-08 15:30"
    assert april.end - april.start == dt.timedelta(hours=2)
    assert april.original_start.astimezone(AMSTERDAM).date() == dt.date(2027, 4, 1)
    assert may.status == "full"


def test_all_day_dates_span_whole_local_days():
    spec = EntrySpec(
        key="week",
        uid="w@test",
        title="Week van de Mantelzorg",
        start=dt.date(2027, 11, 5),
        end=dt.date(2027, 11, 13),
    )

    (occurrence,) = expand(spec)

    assert occurrence.all_day
    assert (occurrence.local_date, occurrence.local_end_date) == (
        dt.date(2027, 11, 5),
        dt.date(2027, 11, 13),
    )
    assert occurrence.start.astimezone(AMSTERDAM).time() == dt.time(0, 0)
    assert occurrence.end.astimezone(AMSTERDAM).date() == dt.date(2027, 11, 14)


def test_until_is_written_in_utc_for_timed_series_and_as_a_date_for_all_day():
    timed = series(dt.datetime(2027, 1, 5, 9, 30), frequency="WEEKLY", until=dt.date(2027, 12, 21))
    all_day = series(dt.date(2027, 1, 5), frequency="WEEKLY", until=dt.date(2027, 12, 21))

    assert rrule_text(timed) == "FREQ=WEEKLY;UNTIL=20271221T225959Z"
    assert rrule_text(all_day) == "FREQ=WEEKLY;UNTIL=20271221"


def test_nth_weekday_names_of_a_date():
    assert nth_weekday_of(dt.date(2027, 1, 7)) == {1}
    assert nth_weekday_of(dt.date(2027, 1, 28)) == {4, -1}
    assert nth_weekday_of(dt.date(2027, 3, 31)) == {5, -1}
