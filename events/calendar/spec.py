"""What a calendar source hands to the store: entries in Amsterdam local time.

Sources describe *what happens when* in the terms editors use (a date and a
time in Almere); the store turns that into UTC occurrences and iCalendar.
Timed values are naive local datetimes, all-day values are dates.
"""

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

SCHEDULED = "scheduled"
CANCELLED = "cancelled"
MOVED = "moved"
FULL = "full"


@dataclass(frozen=True)
class Recurrence:
    """A repeating rule: weekly (interval 1 or 2) or monthly on the nth weekday."""

    frequency: str  # "WEEKLY" or "MONTHLY"
    interval: int = 1
    nth: int | None = None  # MONTHLY: 1..4 or -1 (last), weekday taken from the start
    until: dt.date | None = None
    count: int | None = None
    exdates: tuple = ()  # local starts that simply do not happen


@dataclass(frozen=True)
class Change:
    """One date of a series that is cancelled, moved or full."""

    original: dt.datetime | dt.date  # the local start the rule gives
    status: str  # CANCELLED, MOVED or FULL
    start: dt.datetime | dt.date | None = None  # new local start, when moved
    end: dt.datetime | dt.date | None = None
    note: str = ""


@dataclass
class EntrySpec:
    """One calendar entry (a VEVENT): a single date or a repeating series."""

    key: str  # unique within the source object, stable over time
    uid: str  # globally unique and never reused, e.g. events-date-12@vmca-almere.nl
    title: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None = None  # all-day: the last day, inclusive
    summary: str = ""
    url: str = ""
    page_id: int | None = None
    location: str = ""
    latitude: object = None
    longitude: object = None
    online_url: str = ""
    kind_id: int | None = None
    kind_name: str = ""
    wijk_id: int | None = None
    theme_ids: tuple = ()
    audience_ids: tuple = ()
    attendance_mode: str = "offline"
    language: str = "nl"
    status: str = SCHEDULED
    recurrence: Recurrence | None = None
    changes: tuple[Change, ...] = field(default_factory=tuple)

    @property
    def all_day(self):
        return not isinstance(self.start, dt.datetime)


def localize(value):
    """A naive Amsterdam datetime as an aware one (the earlier one when a time exists twice)."""
    return value.replace(tzinfo=AMSTERDAM)


def day_start(day):
    """Midnight at the start of a local day, aware."""
    return localize(dt.datetime.combine(day, dt.time()))
