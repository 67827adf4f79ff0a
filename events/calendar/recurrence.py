"""Expand entries into occurrences, the way calendar clients expand RRULE and EXDATE.

Expansion happens in Amsterdam wall-clock time, so a weekly 19:30 stays 19:30
across the daylight-saving changes, exactly as a client reading
DTSTART;TZID=Europe/Amsterdam with the same RRULE does.
"""

import calendar
import datetime as dt
from dataclasses import dataclass

from dateutil import rrule

from .spec import CANCELLED, FULL, MOVED, SCHEDULED, day_start, localize

# A safety net for rules without a near end; sources also limit the count.
MAX_OCCURRENCES = 1000
WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass
class ExpandedOccurrence:
    start: dt.datetime  # aware
    end: dt.datetime  # aware
    all_day: bool
    local_date: dt.date
    local_end_date: dt.date
    status: str = SCHEDULED
    original_start: dt.datetime | None = None
    note: str = ""


def nth_weekday_of(day):
    """The ways to name a date's weekday within its month: {1..4} and -1 if it is the last."""
    names = {(day.day - 1) // 7 + 1}
    if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
        names.add(-1)
    return names


def _as_datetime(value):
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def local_starts(spec):
    """The local starts a series' rule gives (before EXDATE), in order."""
    recurrence = spec.recurrence
    start = _as_datetime(spec.start)
    kwargs = {"dtstart": start, "interval": recurrence.interval}
    if recurrence.frequency == "MONTHLY":
        kwargs["byweekday"] = WEEKDAYS[start.weekday()](recurrence.nth or 1)
    if recurrence.count:
        kwargs["count"] = min(recurrence.count, MAX_OCCURRENCES)
    else:
        kwargs["until"] = dt.datetime.combine(recurrence.until, dt.time(23, 59, 59))
    frequency = rrule.MONTHLY if recurrence.frequency == "MONTHLY" else rrule.WEEKLY
    starts = []
    for value in rrule.rrule(frequency, **kwargs):
        starts.append(value if not spec.all_day else value.date())
        if len(starts) >= MAX_OCCURRENCES:
            break
    return starts


def rrule_text(spec):
    """The RRULE value for a series, as RFC 5545 wants it (UNTIL in UTC for timed series)."""
    recurrence = spec.recurrence
    parts = [f"FREQ={recurrence.frequency}"]
    if recurrence.interval > 1:
        parts.append(f"INTERVAL={recurrence.interval}")
    if recurrence.frequency == "MONTHLY":
        parts.append(f"BYDAY={recurrence.nth or 1}{ICAL_WEEKDAYS[spec.start.weekday()]}")
    if recurrence.count:
        parts.append(f"COUNT={min(recurrence.count, MAX_OCCURRENCES)}")
    elif spec.all_day:
        parts.append(f"UNTIL={recurrence.until:%Y%m%d}")
    else:
        last_moment = localize(dt.datetime.combine(recurrence.until, dt.time(23, 59, 59)))
        parts.append(f"UNTIL={last_moment.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}")
    return ";".join(parts)


def _span(start, end, all_day):
    """Aware start and end, and the local first and last day, of one occurrence."""
    if all_day:
        last_day = end or start
        return day_start(start), day_start(last_day + dt.timedelta(days=1)), start, last_day
    aware_start = localize(start)
    aware_end = localize(end) if end else aware_start
    return aware_start, aware_end, start.date(), (end or start).date()


def _duration(spec):
    if spec.end is None:
        return dt.timedelta(0)
    return spec.end - spec.start


def expand(spec):
    """Every occurrence of an entry, with its changes applied, in order."""
    if spec.recurrence is None:
        start, end, first, last = _span(spec.start, spec.end, spec.all_day)
        return [ExpandedOccurrence(start, end, spec.all_day, first, last, spec.status)]

    duration = _duration(spec)
    excluded = set(spec.recurrence.exdates)
    changes = {change.original: change for change in spec.changes}
    occurrences = []
    for original in local_starts(spec):
        if original in excluded:
            continue
        change = changes.get(original)
        start, end, note = original, original + duration, ""
        status = spec.status
        if change is not None:
            note = change.note
            if change.status == MOVED and spec.status != CANCELLED:
                start = change.start or original
                end = change.end or (start + duration)
                status = MOVED
            elif change.status in (CANCELLED, FULL) and spec.status != CANCELLED:
                status = change.status
        aware_start, aware_end, first, last = _span(start, end if duration else None, spec.all_day)
        occurrences.append(
            ExpandedOccurrence(
                aware_start,
                aware_end,
                spec.all_day,
                first,
                last,
                status,
                original_start=_span(original, None, spec.all_day)[0] if change else None,
                note=note,
            )
        )
    occurrences.sort(key=lambda occurrence: occurrence.start)
    return occurrences
