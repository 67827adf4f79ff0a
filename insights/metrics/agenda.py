"""The agenda's section of the figures dashboard, read from the calendar store
(events.models: CalendarEntry and its Occurrences, one per date).

- events held: dates of event pages (source "events") in the period that started before
  `now` and were not cancelled (a moved date counts once, at its new time);
- academy sessions held: the same for the academy's sessions (its calendar source);
- cancelled dates: dates of either source in the period, before `now`, that were cancelled.

A date belongs to the period by its first day in Almere (`Occurrence.local_date`), so a
date at 00:30 on 1 January counts for the new year.

Each translation of an event page is its own page with its own calendar entries. An
activity is counted once: the entries in the site's main language (Dutch), and an entry in
another language only when its page has no Dutch version (as the agenda decides which
dates to list, events.agenda.language_condition).

Dates of a page that was unpublished or deleted are no longer in the store (their entries
are withdrawn and lose their dates), so they are not counted.

A fixed number of queries, whatever the number of rows.
"""

from django.conf import settings
from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.utils.translation import gettext as _
from wagtail.models import Page

from academy.calendar_source import SOURCE_KEY as ACADEMY_SOURCE
from cms.figures import month_of
from cms.models import Wijk
from events.models import EventKind, Occurrence, OccurrenceStatus
from events.sources import SOURCE_KEY as EVENTS_SOURCE

from ..sections import COUNT, SECTION_TITLES, Breakdown, Figure, Point, Row, Section, Trend

KEY = "agenda"
SOURCES = (EVENTS_SOURCE, ACADEMY_SOURCE)
CANCELLED = OccurrenceStatus.CANCELLED


def counted_once():
    """Each activity once: Dutch entries, and others whose page has no Dutch version."""
    main = settings.LANGUAGE_CODE
    dutch_pages = Page.objects.filter(locale__language_code=main).values("translation_key")
    return (
        Q(language=main)
        | Q(entry__page__isnull=True)
        | ~Q(entry__page__translation_key__in=dutch_pages)
    )


def _dates(period, now):
    """The dates of the period that started before `now`, each activity once."""
    return Occurrence.objects.filter(
        counted_once(),
        local_date__gte=period.start,
        local_date__lt=period.end,
        start__lt=now,
        entry__source__in=SOURCES,
    )


def events_held(period, now):
    """Dates of event pages in the period, before `now`, not cancelled (a live figure)."""
    return _dates(period, now).filter(entry__source=EVENTS_SOURCE).exclude(status=CANCELLED).count()


def _totals(period, now):
    """{"sessions", "cancelled"} in one query (events: `events_held`)."""
    held = ~Q(status=CANCELLED)
    return _dates(period, now).aggregate(
        sessions=Count("pk", filter=held & Q(entry__source=ACADEMY_SOURCE)),
        cancelled=Count("pk", filter=Q(status=CANCELLED)),
    )


def _per(period, now, key):
    """{(key, source): dates held} in one query."""
    return {
        (row["key"], row["entry__source"]): row["n"]
        for row in _dates(period, now)
        .exclude(status=CANCELLED)
        .values("entry__source", key=key)
        .annotate(n=Count("pk"))
        .order_by()
    }


def section(period, previous, now):
    this, before = _totals(period, now), _totals(previous, now)
    # The live figure's function, so the two never differ.
    this["events"], before["events"] = events_held(period, now), events_held(previous, now)
    figures = [
        Figure(
            key="events_held",
            label=_("Activiteiten gehouden"),
            unit=COUNT,
            current=this["events"],
            previous=before["events"],
            help=_("Data van activiteiten in de agenda die zijn doorgegaan."),
        ),
        Figure(
            key="sessions_held",
            label=_("Bijeenkomsten van de academie gehouden"),
            unit=COUNT,
            current=this["sessions"],
            previous=before["sessions"],
            help=_("Bijeenkomsten van trainingen die zijn doorgegaan."),
        ),
        Figure(
            key="dates_cancelled",
            label=_("Afgelaste data"),
            unit=COUNT,
            current=this["cancelled"],
            previous=before["cancelled"],
            help=_("Data van activiteiten en trainingen die niet zijn doorgegaan."),
        ),
    ]
    month = TruncMonth("local_date")
    months_now, months_before = _per(period, now, month), _per(previous, now, month)
    wijk = Coalesce("entry__wijk__district__slug", "entry__wijk__slug", _empty())
    kind = Coalesce("entry__kind__slug", _empty())
    return Section(
        key=KEY,
        title=str(SECTION_TITLES[KEY]),
        figures=figures,
        trends=[
            _trend(
                "events_per_month",
                _("Activiteiten per maand"),
                EVENTS_SOURCE,
                period,
                months_now,
                months_before,
            ),
            _trend(
                "sessions_per_month",
                _("Bijeenkomsten van de academie per maand"),
                ACADEMY_SOURCE,
                period,
                months_now,
                months_before,
            ),
        ],
        breakdowns=[
            _breakdown(
                "held_per_wijk",
                _("Activiteiten en bijeenkomsten per wijk"),
                _("Wijk"),
                _per(period, now, wijk),
                _per(previous, now, wijk),
                dict(Wijk.objects.filter(district=None).values_list("slug", "name")),
                _("Geen wijk"),
            ),
            _breakdown(
                "held_per_kind",
                _("Activiteiten en bijeenkomsten per soort"),
                _("Soort activiteit"),
                _per(period, now, kind),
                _per(previous, now, kind),
                {k.slug: k.display_name for k in EventKind.objects.all()},
                _("Geen soort"),
            ),
        ],
    )


def _empty():
    return Value("", output_field=CharField())


def _trend(key, title, source, period, current, earlier):
    def per_month(found):
        result = {}
        for (month, row_source), n in found.items():
            if row_source == source:
                result[month_of(month)] = result.get(month_of(month), 0) + n
        return result

    this, before = per_month(current), per_month(earlier)
    return Trend(
        key=key,
        title=title,
        unit=COUNT,
        points=[
            Point(
                month=month,
                current=this.get(month, 0),
                previous=before.get(month.replace(year=month.year - 1), 0),
            )
            for month in period.months()
        ],
    )


def _breakdown(key, title, dimension, current, earlier, names, nothing):
    """Both sources together per group: named groups by name, then "none"."""

    def totals(found):
        result = {}
        for (slug, _source), n in found.items():
            result[slug] = result.get(slug, 0) + n
        return result

    this, before = totals(current), totals(earlier)
    slugs = sorted(
        {slug for slug in [*this, *before] if slug},
        key=lambda slug: (str(names.get(slug, slug)).lower(), slug),
    )
    if "" in this or "" in before:
        slugs.append("")
    return Breakdown(
        key=key,
        title=title,
        dimension=dimension,
        unit=COUNT,
        rows=[
            Row(
                key=slug,
                label=str(names.get(slug, slug)) if slug else nothing,
                current=this.get(slug, 0),
                previous=before.get(slug, 0),
            )
            for slug in slugs
        ],
    )
