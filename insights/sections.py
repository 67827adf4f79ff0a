"""What the dashboard, its exports and the yearly report show: plain values, no HTML.

A figure module (insights.metrics.*) returns one `Section` for a period and the same
period a year earlier. The admin page, the CSV/XLSX export and the PDF report all read
these objects, so a number is worked out once and shown the same everywhere.

Counts about people go through `shown()`, which applies the "< 5" rule
(cms.figures.small_group): a group below five people is never shown as an exact count,
and a rate over fewer than five people is not shown at all.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from cms.figures import SMALL_GROUP_LABEL, SMALL_GROUP_LIMIT, small_group

# Units: how a value is written and whether the "< 5" rule applies.
COUNT = "count"  # things: editions, vacancies, sessions (exact)
PEOPLE = "people"  # people or what people did: registrations, reactions ("< 5" rule)
PERCENT = "percent"  # a rate; `base` is the number of people it is over
EURO = "euro"  # money in cents
DAYS = "days"  # a duration in days (response time); `base` is the number of cases
POINTS = "points"  # accreditation points (Decimal)
UNITS = (COUNT, PEOPLE, PERCENT, EURO, DAYS, POINTS)


def _number(value, decimals=0):
    return formats.number_format(value, decimal_pos=decimals, force_grouping=True)


def shown(value, unit, base=None):
    """A value as people read it, with the "< 5" rule; "–" when there is none."""
    if value is None:
        return "–"
    if unit in (PERCENT, DAYS) and base is not None and base < SMALL_GROUP_LIMIT:
        return SMALL_GROUP_LABEL
    if unit == PEOPLE:
        return small_group(value)
    if unit == PERCENT:
        return f"{_number(Decimal(value).quantize(Decimal('1'), ROUND_HALF_UP))} %"
    if unit == EURO:
        return f"€ {_number(Decimal(value) / 100, 2)}"
    if unit == DAYS:
        return _number(Decimal(value).quantize(Decimal("0.1"), ROUND_HALF_UP), 1)
    if unit == POINTS:
        return _number(Decimal(value).quantize(Decimal("0.1"), ROUND_HALF_UP), 1)
    return _number(value)


def exported(value, unit, base=None):
    """A value in a spreadsheet: a number (so it can be added up) unless the "< 5" rule
    hides it; money in euros, not cents."""
    text = shown(value, unit, base)
    if value is None or text == SMALL_GROUP_LABEL:
        return text
    if unit == EURO:
        return Decimal(value) / 100
    if unit in (PERCENT, DAYS, POINTS):
        return Decimal(value).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return value


@dataclass(frozen=True)
class Figure:
    """One number for the period, and the same number a year earlier."""

    key: str
    label: str
    unit: str
    current: object
    previous: object
    # For PERCENT and DAYS: how many people or cases the value is over ("< 5" rule).
    base: int | None = None
    previous_base: int | None = None
    help: str = ""

    @property
    def shown(self):
        return shown(self.current, self.unit, self.base)

    @property
    def shown_previous(self):
        return shown(self.previous, self.unit, self.previous_base)

    @property
    def hidden(self):
        return SMALL_GROUP_LABEL in (self.shown, self.shown_previous)

    @property
    def change_value(self):
        """The change against a year earlier as a whole number: per cent, or percentage
        points for a percentage. None when it cannot be said without revealing a small
        group or dividing by zero."""
        if self.current is None or self.previous is None or self.hidden:
            return None
        current, previous = Decimal(self.current), Decimal(self.previous)
        if self.unit == PERCENT:
            change = current - previous
        elif not previous:
            return None
        else:
            change = (current - previous) / previous * 100
        return change.quantize(Decimal("1"), ROUND_HALF_UP)

    @property
    def change(self):
        """change_value as text: "+12 %", "−3 %-punt", or "" when there is none."""
        value = self.change_value
        if value is None:
            return ""
        return _signed(value, " " + str(_("%-punt")) if self.unit == PERCENT else " %")


def _signed(value, suffix):
    if value == 0:
        return f"0{suffix}"
    sign = "+" if value > 0 else "−"
    return f"{sign}{_number(abs(value))}{suffix}"


@dataclass(frozen=True)
class Row:
    """One bar or one line of a breakdown table: a wijk, a theme, a participant type."""

    key: str
    label: str
    current: object
    previous: object

    def shown(self, unit):
        return shown(self.current, unit)

    def shown_previous(self, unit):
        return shown(self.previous, unit)


@dataclass(frozen=True)
class Breakdown:
    """A figure split by a dimension (bars per wijk, per theme, per type)."""

    key: str
    title: str
    dimension: str  # the column heading of the labels: "Wijk", "Thema", "Soort deelnemer"
    unit: str
    rows: list

    def max_value(self):
        return max([r.current or 0 for r in self.rows] + [r.previous or 0 for r in self.rows] + [0])


@dataclass(frozen=True)
class Point:
    month: object  # the first day of a month in the period
    current: object
    previous: object  # the same month a year earlier


@dataclass(frozen=True)
class Trend:
    """A figure per month over the period, against the same months a year earlier."""

    key: str
    title: str
    unit: str
    points: list

    def max_value(self):
        values = [p.current or 0 for p in self.points] + [p.previous or 0 for p in self.points]
        return max(values + [0])


@dataclass(frozen=True)
class Section:
    key: str  # academie, vacaturebank, wegwijzer, agenda
    title: str
    figures: list = field(default_factory=list)
    trends: list = field(default_factory=list)
    breakdowns: list = field(default_factory=list)

    def figure(self, key):
        return next(f for f in self.figures if f.key == key)

    def breakdown(self, key):
        return next(b for b in self.breakdowns if b.key == key)

    def trend(self, key):
        return next(t for t in self.trends if t.key == key)


SECTION_TITLES = {
    "academie": _("Vrijwilligersacademie"),
    "vacaturebank": _("Vacaturebank"),
    "wegwijzer": _("Wegwijzer"),
    "agenda": _("Agenda"),
}
