"""Figures for the public and for staff, shared by every app.

Three jobs, all small:

- `small_group(n)`: figures about people are aggregates, and a group smaller than five
  is shown as "< 5", so nobody can be recognised in a count.
- Calendar months in Almere's time, which figures per month are counted in.
- Live key figures: the "De cijfers" block can show a number an app computes (the
  vacaturebank's matches) instead of one an editor typed. cms may not import the apps
  above it, so they register their figure here (in their AppConfig.ready()).
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

SMALL_GROUP_LIMIT = 5
SMALL_GROUP_LABEL = "< 5"
# A live figure changes without a publish (a reaction becomes a match), so it does not
# follow the content version: it is read again after this many seconds. Together with
# the page cache (PAGE_CACHE_SECONDS) the home page is at most a quarter of an hour behind.
LIVE_FIGURE_CACHE_SECONDS = 5 * 60


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


@dataclass(frozen=True)
class LiveFigure:
    key: str
    label: str
    # compute(now) -> int: a count about people (shown through small_group).
    compute: object


_live_figures = {}


def register_live_figure(key, label, compute):
    """Offer a computed figure in the "De cijfers" block. Registering twice replaces."""
    _live_figures[key] = LiveFigure(key=key, label=label, compute=compute)


def live_figure_choices():
    """The choices of the block's "Soort getal" field (a callable, so the choices follow
    the registry without a migration)."""
    return [("", _("Getal zoals getypt")), *((f.key, f.label) for f in _live_figures.values())]


def live_figure_text(key, now=None):
    """The figure as shown, or None when no app offers it (then the typed number shows)."""
    figure = _live_figures.get(key)
    if figure is None:
        return None
    cache_key = f"live-figure:{key}"
    value = cache.get(cache_key)
    if value is None:
        value = figure.compute(now or timezone.now())
        cache.set(cache_key, value, LIVE_FIGURE_CACHE_SECONDS)
    return small_group(value)
