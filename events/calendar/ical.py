"""The one iCalendar renderer: every VEVENT and every feed of the site comes from here.

Each entry's VEVENT is rendered (with the icalendar package, which escapes and
folds) when the entry changes and stored with it; a feed is the calendar's own
lines, one VTIMEZONE and the stored VEVENTs, so thousands of entries cost a
concatenation, not thousands of renders.
"""

import datetime as dt

from django.utils.html import strip_tags
from icalendar import Calendar, Event, vRecur
from icalendar.prop import vGeo

from .spec import AMSTERDAM

PRODID = "-//VMCA Almere//Agenda//NL"
CRLF = "\r\n"

# Europe/Amsterdam as calendar clients (Thunderbird, Outlook, Apple, Google) all read it:
# the EU rules since 1996, written as yearly rules rather than a list of dates.
VTIMEZONE = CRLF.join(
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Amsterdam",
        "X-LIC-LOCATION:Europe/Amsterdam",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
)


def _local(value):
    return value.astimezone(AMSTERDAM)


def _description(entry):
    parts = [strip_tags(entry.summary).strip()]
    if entry.online_url:
        parts.append(f"Online: {entry.online_url}")
    if entry.url:
        parts.append(entry.url)
    return "\n\n".join(part for part in parts if part)


def _add_times(event, entry, start, end):
    if entry.all_day:
        first_day = _local(start).date()
        event.add("dtstart", first_day)
        # DTEND of an all-day event is the day after the last day (exclusive).
        event.add("dtend", max(_local(end).date(), first_day + dt.timedelta(days=1)))
    else:
        event.add("dtstart", _local(start))
        if end > start:
            event.add("dtend", _local(end))


def render_event(entry, kind_name=""):
    """The VEVENT of one calendar entry, as iCalendar text (CRLF line endings)."""
    event = Event()
    event.add("uid", entry.uid)
    # In a published calendar DTSTAMP is when the information was last revised.
    event.add("dtstamp", entry.last_modified.astimezone(dt.UTC))
    event.add("created", entry.created.astimezone(dt.UTC))
    event.add("last-modified", entry.last_modified.astimezone(dt.UTC))
    event.add("sequence", entry.sequence)
    event.add("summary", entry.title)
    _add_times(event, entry, entry.start, entry.end)
    if entry.recurrence_id is not None:
        recurrence_id = _local(entry.recurrence_id)
        event.add("recurrence-id", recurrence_id.date() if entry.all_day else recurrence_id)
    if entry.rrule:
        event.add("rrule", vRecur.from_ical(entry.rrule))
    if entry.exdates:
        values = [
            dt.date.fromisoformat(value)
            if entry.all_day
            else dt.datetime.fromisoformat(value).replace(tzinfo=AMSTERDAM)
            for value in entry.exdates
        ]
        event.add("exdate", values)
    description = _description(entry)
    if description:
        event.add("description", description)
    if entry.url:
        event.add("url", entry.url)
    location = entry.location or (entry.online_url if entry.attendance_mode == "online" else "")
    if location:
        event.add("location", location)
    if entry.latitude is not None and entry.longitude is not None:
        event.add("geo", vGeo((float(entry.latitude), float(entry.longitude))))
    if kind_name:
        event.add("categories", [kind_name])
    cancelled = entry.withdrawn or entry.status == "cancelled"
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("class", "PUBLIC")
    event.add("transp", "TRANSPARENT" if entry.all_day else "OPAQUE")
    return event.to_ical().decode()


def render_calendar(vevents, *, name, description="", url="", refresh_minutes=60):
    """A complete VCALENDAR around already rendered VEVENTs; returns UTF-8 bytes."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    if url:
        calendar.add("url", url)
        calendar.add("source", url)
    calendar.add(
        "refresh-interval", dt.timedelta(minutes=refresh_minutes), parameters={"VALUE": "DURATION"}
    )
    calendar.add("x-published-ttl", f"PT{refresh_minutes}M")
    head = calendar.to_ical().decode()
    assert head.endswith("END:VCALENDAR" + CRLF)
    body = head[: -len("END:VCALENDAR" + CRLF)]
    parts = [body, VTIMEZONE, CRLF, *vevents, "END:VCALENDAR", CRLF]
    return "".join(parts).encode()
