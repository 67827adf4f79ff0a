"""'Add to Google Calendar' and 'add to Outlook' links for one occurrence."""

import datetime as dt
from urllib.parse import urlencode

from .spec import AMSTERDAM


def _details(entry):
    return "\n\n".join(part for part in (entry.summary, entry.url) if part)


def _utc(value):
    return f"{value.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


def google_calendar_url(occurrence):
    entry = occurrence.entry
    if occurrence.all_day:
        last = occurrence.local_end_date + dt.timedelta(days=1)
        dates = f"{occurrence.local_date:%Y%m%d}/{last:%Y%m%d}"
    else:
        end = max(occurrence.end, occurrence.start)
        dates = f"{_utc(occurrence.start)}/{_utc(end)}"
    query = {
        "action": "TEMPLATE",
        "text": entry.title,
        "dates": dates,
        "details": _details(entry),
        "location": entry.location or entry.online_url,
        "ctz": "Europe/Amsterdam",
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


def outlook_calendar_url(occurrence):
    entry = occurrence.entry
    if occurrence.all_day:
        start = occurrence.local_date.isoformat()
        end = (occurrence.local_end_date + dt.timedelta(days=1)).isoformat()
    else:
        start = occurrence.start.astimezone(AMSTERDAM).isoformat()
        end = max(occurrence.end, occurrence.start).astimezone(AMSTERDAM).isoformat()
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": entry.title,
        "startdt": start,
        "enddt": end,
        "allday": "true" if occurrence.all_day else "false",
        "body": _details(entry),
        "location": entry.location or entry.online_url,
    }
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(query)
