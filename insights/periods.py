"""The period a figure counts over: a month, a quarter, a year or a custom range of days,
and the same period a year earlier to compare with.

A period runs from `start` (inclusive) up to `end` (exclusive), both dates in Almere
(settings.TIME_ZONE): something at 00:30 on 1 January counts for the new year. Every
figure module filters with `bounds()` (aware datetimes) or with the dates themselves, so
the edges are decided here only.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _

from cms.figures import local_zone, months_between, same_day_in_year

MONTH = "month"
QUARTER = "quarter"
YEAR = "year"
CUSTOM = "custom"
KINDS = (MONTH, QUARTER, YEAR, CUSTOM)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # the first day after the period
    kind: str = CUSTOM

    def __post_init__(self):
        if self.end <= self.start:
            raise ValueError("A period ends after it starts.")

    # Building ------------------------------------------------------------------------

    @classmethod
    def month(cls, year, month):
        start = dt.date(year, month, 1)
        return cls(start, (start + dt.timedelta(days=32)).replace(day=1), MONTH)

    @classmethod
    def quarter(cls, year, quarter):
        start = dt.date(year, 3 * (quarter - 1) + 1, 1)
        end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
        return cls(start, end, QUARTER)

    @classmethod
    def year(cls, year):
        return cls(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), YEAR)

    @classmethod
    def days(cls, first, last):
        """A custom period from `first` up to and including `last`."""
        return cls(first, last + dt.timedelta(days=1), CUSTOM)

    def previous_year(self):
        """The same period a year earlier (the comparison on every figure)."""
        return Period(
            same_day_in_year(self.start, self.start.year - 1),
            same_day_in_year(self.end, self.end.year - 1),
            self.kind,
        )

    # Reading -------------------------------------------------------------------------

    @property
    def last_day(self):
        return self.end - dt.timedelta(days=1)

    def bounds(self):
        """(start, end) as aware datetimes at midnight in Almere, for `__gte` / `__lt`."""
        zone = local_zone()
        return (
            dt.datetime.combine(self.start, dt.time.min, tzinfo=zone),
            dt.datetime.combine(self.end, dt.time.min, tzinfo=zone),
        )

    def months(self):
        """The first days of the months the period touches (the points of a trend line)."""
        return list(months_between(self.start, self.end))

    def contains(self, day):
        return self.start <= day < self.end

    @property
    def label(self):
        if self.kind == YEAR:
            return str(self.start.year)
        if self.kind == QUARTER:
            return _("%(quarter)se kwartaal %(year)s") % {
                "quarter": (self.start.month - 1) // 3 + 1,
                "year": self.start.year,
            }
        if self.kind == MONTH:
            return formats.date_format(self.start, "F Y")
        return _("%(first)s t/m %(last)s") % {
            "first": formats.date_format(self.start, "j F Y"),
            "last": formats.date_format(self.last_day, "j F Y"),
        }

    @property
    def slug(self):
        """For file names: 2026, 2026-q2, 2026-03 or 2026-03-01_2026-04-15."""
        if self.kind == YEAR:
            return str(self.start.year)
        if self.kind == QUARTER:
            return f"{self.start.year}-q{(self.start.month - 1) // 3 + 1}"
        if self.kind == MONTH:
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}_{self.last_day.isoformat()}"
