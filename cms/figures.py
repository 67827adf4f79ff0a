"""Figures for the public and for staff, shared by every app.

Three jobs, all small:

- `small_group(n)`: figures about people are aggregates, and a group smaller than five
  is shown as "< 5", so nobody can be recognised in a count.
- Calendar months in Almere's time, which figures per month are counted in.
- Live key figures: the "De cijfers" block can show a number the site counts itself
  (the vacaturebank's matches this year) instead of one an editor typed. cms may not
  import the apps above it, so insights registers the metrics here (InsightsConfig.ready).
  A live figure counts whole days in Almere up to and including yesterday, so it changes
  once a day: `refresh_live_figures` works them out each night, a cache miss works out
  the same number on demand, and the block says up to which day it counted.
"""

import datetime as dt
import logging
import zoneinfo
from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

SMALL_GROUP_LIMIT = 5
SMALL_GROUP_LABEL = "< 5"
# A live figure is kept per day (its cache key holds the day), a bit longer than a day so
# the nightly refresh always finds it there.
LIVE_FIGURE_CACHE_SECONDS = 26 * 60 * 60


def local_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def month_of(value):
    """The first day of the month of `value` (a date, or a datetime: in Almere's time)."""
    if isinstance(value, dt.datetime):
        value = value.astimezone(local_zone()) if timezone.is_aware(value) else value
        return value.date().replace(day=1)
    return value.replace(day=1)


def next_month(month):
    return (month.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def months_between(start, end):
    """The first days of the months from `start` up to (not including) `end`."""
    month = start.replace(day=1)
    while month < end:
        yield month
        month = next_month(month)


def small_group(n):
    """A count about people as shown: "< 5" below five, else the number (1.234)."""
    if n < SMALL_GROUP_LIMIT:
        return SMALL_GROUP_LABEL
    return formats.number_format(n, force_grouping=True)


# Live key figures ----------------------------------------------------------------------

THIS_YEAR = "dit-jaar"
LAST_YEAR = "vorig-jaar"
LAST_12_MONTHS = "12-maanden"
SINCE_THE_START = "sinds-het-begin"
PERIODS = (THIS_YEAR, LAST_YEAR, LAST_12_MONTHS, SINCE_THE_START)
# A block saved before the period existed counted everything so far.
DEFAULT_PERIOD = SINCE_THE_START
# "Sinds het begin" counts from this day: the site holds nothing older.
FIRST_DAY = dt.date(2000, 1, 1)


def period_choices():
    return [
        ("", _("Kies een periode")),
        (THIS_YEAR, _("Dit jaar")),
        (LAST_YEAR, _("Vorig jaar")),
        (LAST_12_MONTHS, _("De afgelopen 12 maanden")),
        (SINCE_THE_START, _("Sinds het begin")),
    ]


def local_today(now=None):
    """Today's date in Almere."""
    return timezone.localtime(now or timezone.now(), local_zone()).date()


def same_day_in_year(day, year):
    """`day` in another year; 29 February becomes the 28th."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def period_days(period, today):
    """The days a live figure counts on `today`: (start, end), start inclusive, end
    exclusive, dates in Almere. Only whole days count, so the last one is yesterday (for
    "vorig jaar": 31 December). None when the period holds no whole day yet ("dit jaar"
    on 1 January) or is unknown."""
    if period == THIS_YEAR:
        start, end = today.replace(month=1, day=1), today
    elif period == LAST_YEAR:
        start, end = dt.date(today.year - 1, 1, 1), today.replace(month=1, day=1)
    elif period == LAST_12_MONTHS:
        start, end = same_day_in_year(today, today.year - 1), today
    elif period == SINCE_THE_START:
        start, end = FIRST_DAY, today
    else:
        return None
    return (start, end) if start < end else None


@dataclass(frozen=True)
class LiveFigure:
    key: str
    label: str
    # count(start, end) -> int: what happened from `start` up to (not including) `end`,
    # both dates in Almere.
    count: object
    # People (reactions, participants) go through small_group; things are exact.
    people: bool = True


@dataclass(frozen=True)
class _Alias:
    key: str
    label: str
    target: str
    period: str


class LiveValue(NamedTuple):
    text: str  # as shown: "1.234" or "< 5"
    counted_until: dt.date  # the last day counted


_live_figures = {}
_aliases = {}


def register_live_figure(key, label, count, *, people=True):
    """Offer a metric in the "De cijfers" block. Registering twice replaces."""
    _live_figures[key] = LiveFigure(key=key, label=label, count=count, people=people)


def register_live_figure_alias(alias, label, key, period):
    """Keep a key that saved pages still hold working: `alias` shows the metric `key`
    over `period`."""
    _aliases[alias] = _Alias(key=alias, label=label, target=key, period=period)


def live_figures():
    """The registered metrics (not the aliases), for the nightly refresh."""
    return list(_live_figures.values())


def live_figure_choices():
    """The choices of the block's "Soort getal" field (a callable, so the choices follow
    the registry without a migration). Aliases stay a choice, so a saved page keeps them."""
    return [
        ("", _("Getal zoals getypt")),
        *((f.key, f.label) for f in _live_figures.values()),
        *((a.key, a.label) for a in _aliases.values()),
    ]


def needs_period(key):
    """A block that shows this metric must say over which period (an alias has its own)."""
    return key in _live_figures


def resolve(key, period):
    """(metric, period) that a block's choice means, or None when no metric has that key.
    An alias brings its own period; a block without a period uses DEFAULT_PERIOD."""
    alias = _aliases.get(key)
    if alias is not None:
        key, period = alias.target, alias.period
    figure = _live_figures.get(key)
    if figure is None:
        return None
    return figure, period or DEFAULT_PERIOD


def _cache_key(key, period, today):
    return f"live-figure:{key}:{period}:{today.isoformat()}"


def _count(figure, days):
    return int(figure.count(*days))


def _as_text(figure, value):
    if figure.people:
        return small_group(value)
    return formats.number_format(value, force_grouping=True)


def live_figure(key, period, today):
    """The live figure as shown on `today` (a date in Almere): LiveValue(text,
    counted_until), or None when no metric has that key or the period holds no whole day
    yet; then the block shows the typed number.

    The count depends only on the day, so it is kept in the cache per day; the nightly
    `refresh_live_figures` puts it there, a miss works out the same number now."""
    found = resolve(key, period)
    if found is None:
        return None
    figure, period = found
    days = period_days(period, today)
    if days is None:
        return None
    cache_key = _cache_key(figure.key, period, today)
    value = cache.get(cache_key)
    if value is None:
        value = _count(figure, days)
        cache.set(cache_key, value, LIVE_FIGURE_CACHE_SECONDS)
    return LiveValue(_as_text(figure, value), days[1] - dt.timedelta(days=1))


def refresh_live_figures(today):
    """Work out every metric over every period for `today` and keep it in the cache.
    A metric that fails is logged and left to be counted on demand; the others go on.
    Returns (how many figures were stored, the keys of the metrics that failed)."""
    stored, failed = 0, []
    for figure in live_figures():
        days = {period: period_days(period, today) for period in PERIODS}
        try:
            values = {period: _count(figure, d) for period, d in days.items() if d is not None}
        except Exception:
            logger.exception("Live figure %s could not be counted.", figure.key)
            failed.append(figure.key)
            continue
        for period, value in values.items():
            cache.set(_cache_key(figure.key, period, today), value, LIVE_FIGURE_CACHE_SECONDS)
        stored += len(values)
    return stored, failed
