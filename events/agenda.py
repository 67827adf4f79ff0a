"""The agenda read from the calendar store: its dates (filtered, by day), its feed, and an
event page's dates, calendar file and schema.org data.

No URL views: EventIndexPage's routes and EventPage call these functions.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass
from itertools import groupby

from django.conf import settings
from django.db.models import Max, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.cache import content_version
from cms.listings import LazyItems, paginate

from .calendar.http import calendar_etag, calendar_response, not_modified
from .calendar.ical import render_calendar
from .calendar.recurrence import expand
from .calendar.spec import AMSTERDAM
from .filters import AgendaFilterForm, choices_key, entry_condition
from .models import AttendanceMode, CalendarEntry, Occurrence, OccurrenceStatus


def language_condition(language):
    """Entries in this language; on the English site also Dutch ones without a translation."""
    if language == settings.LANGUAGE_CODE:
        return Q(language=language)
    translated = Page.objects.filter(locale__language_code=language).values("translation_key")
    return Q(language=language) | (
        Q(language=settings.LANGUAGE_CODE) & ~Q(page__translation_key__in=translated)
    )


def _current_language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


# What a date in the agenda list shows besides the date itself (occurrence.html).
AGENDA_RELATED = ("entry", "entry__kind", "entry__wijk", "entry__page")


def agenda_occurrences(filters, past=False, now=None):
    """Dates in the agenda. Withdrawn entries have no occurrences left, so need no check."""
    now = now or timezone.now()
    language = _current_language()
    occurrences = Occurrence.objects.all()
    if past:
        occurrences = occurrences.filter(end__lt=now).order_by("-start", "-pk")
    else:
        occurrences = occurrences.filter(end__gte=now).order_by("start", "pk")
    condition = entry_condition(filters)
    if language == settings.LANGUAGE_CODE:
        occurrences = occurrences.filter(language=language)
    else:
        condition &= language_condition(language)
    if condition:
        occurrences = occurrences.filter(
            entry__in=CalendarEntry.objects.filter(condition).values("pk")
        )
    if filters.get("van"):
        occurrences = occurrences.filter(local_end_date__gte=filters["van"])
    if filters.get("tot"):
        occurrences = occurrences.filter(local_date__lte=filters["tot"])
    return occurrences.select_related(*AGENDA_RELATED)


class DatesByPage:
    """The agenda's dates for the paginator: a page is found on the narrow occurrence table
    first (ids only), and only its rows are read with their entry, page, kind and wijk.

    Sorting every upcoming date with those joins made SQLite carry thousands of wide rows
    through the sort (about 25 ms with 5,000 dates); the ids sort in well under 1 ms. Still
    one query per page (the ids are a subquery).
    """

    ordered = True

    def __init__(self, occurrences):
        self._occurrences = occurrences

    def count(self):
        return self._occurrences.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("the agenda is read a page at a time")
        ids = self._occurrences.values("pk")[key]
        ordering = self._occurrences.query.order_by
        return (
            Occurrence.objects.filter(pk__in=ids)
            .select_related(*AGENDA_RELATED)
            .defer("entry__ical")
            .order_by(*ordering)
        )


def _query_string(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


# The rendered list of dates is cached this long (and until content changes): an
# activity that just ended may stay listed for at most these few minutes.
AGENDA_CACHE_SECONDS = 300


def _days(items):
    return [(day, list(group)) for day, group in groupby(items, key=lambda o: o.local_date)]


def agenda_context(index, request, past=False):
    form = AgendaFilterForm(request.GET or None)
    filters = form.active_filters()
    listing = paginate(
        request, DatesByPage(agenda_occurrences(filters, past=past)), settings.AGENDA_PAGE_SIZE
    )
    page_items = listing.object_list
    # Loaded only when the cached list of dates is not used (see the template).
    listing.object_list = LazyItems(lambda: list(page_items))
    query = _query_string(request)
    feed_path = index.url + index.reverse_subpage("ical") + (f"?{query}" if query else "")
    feed_url = request.build_absolute_uri(feed_path)
    return {
        "filter_form": form,
        "filter_form_key": choices_key(form),
        "listing": listing,
        "days": LazyItems(lambda: _days(listing.object_list)),
        "days_cache_seconds": AGENDA_CACHE_SECONDS,
        "days_cache_slot": int(timezone.now().timestamp()) // AGENDA_CACHE_SECONDS,
        "past": past,
        "feed_url": feed_url,
        "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
    }


def _feed_entries(filters, now):
    history = now - dt.timedelta(days=settings.CALENDAR_FEED_HISTORY_DAYS)
    entries = CalendarEntry.objects.filter(
        language_condition(_current_language()), last_end__gte=history
    )
    condition = entry_condition(filters)
    if condition:
        entries = entries.filter(condition)
    if filters.get("van") or filters.get("tot"):
        in_range = Occurrence.objects.all()
        if filters.get("van"):
            in_range = in_range.filter(local_end_date__gte=filters["van"])
        if filters.get("tot"):
            in_range = in_range.filter(local_date__lte=filters["tot"])
        matching = in_range.values("entry_id")
        entries = entries.filter(Q(pk__in=matching) | Q(master__in=matching))
    return entries.order_by("start", "pk")


def agenda_feed(index, request):
    """The agenda as a calendar to subscribe to, with the same filters as the page."""
    key = hashlib.blake2b(request.get_full_path().encode(), digest_size=8).hexdigest()
    etag = calendar_etag(request, f"{content_version()}-{key}-{_current_language()}")
    form = AgendaFilterForm(request.GET or None)
    entries = _feed_entries(form.active_filters(), timezone.now())
    cached = not_modified(
        request, etag, lambda: entries.aggregate(Max("last_modified"))["last_modified__max"]
    )
    if cached is not None:
        return cached
    rows = list(entries.values_list("ical", "last_modified"))
    body = render_calendar(
        (ical for ical, _modified in rows),
        name=_("Agenda VMCA Almere"),
        description=_("Activiteiten voor vrijwilligers en mantelzorgers in Almere."),
        url=request.build_absolute_uri(index.url),
        refresh_minutes=settings.CALENDAR_REFRESH_MINUTES,
    )
    last_modified = max((modified for _ical, modified in rows), default=None)
    return calendar_response(request, body, etag=etag, last_modified=last_modified)


def event_ics(page, request):
    """One activity as a file to open in a calendar app (every date, and its repetition)."""
    rows = list(
        CalendarEntry.objects.filter(source="events", object_id=str(page.pk))
        .order_by("start", "pk")
        .values_list("ical", "last_modified", "sequence")
    )
    key = "-".join(str(sequence) for _ical, _modified, sequence in rows)
    published = int(page.last_published_at.timestamp()) if page.last_published_at else 0
    etag = calendar_etag(request, f"event-{page.pk}-{published}-{key}")
    last_modified = max((modified for _ical, modified, _s in rows), default=None)
    cached = not_modified(request, etag, lambda: last_modified)
    if cached is not None:
        return cached
    body = render_calendar(
        (ical for ical, _modified, _sequence in rows),
        name=page.title,
        url=page.get_full_url(request),
        refresh_minutes=settings.CALENDAR_REFRESH_MINUTES,
    )
    return calendar_response(
        request, body, etag=etag, last_modified=last_modified, filename=f"{page.slug}.ics"
    )


# An event page shows its next few dates (cancelled ones too, marked); "?alle=1" shows every
# upcoming date, in pages of ALL_DATES_PAGE_SIZE. Its JSON-LD names the next JSON_LD_DATES.
FIRST_DATES = 5
ALL_DATES_PAGE_SIZE = 100
JSON_LD_DATES = 10


def _upcoming_dates(page, request):
    """Every upcoming date of the page, in order: a queryset of the store, or in a preview a
    list computed from the unsaved page."""
    now = timezone.now()
    if getattr(request, "is_preview", False):
        from .sources import event_page_specs

        items = [o for spec in event_page_specs(page) for o in expand(spec) if o.end >= now]
        return sorted(items, key=lambda o: o.start)
    return (
        Occurrence.objects.filter(
            entry__source="events",
            entry__object_id=str(page.pk),
            end__gte=now,
        )
        .select_related("entry", "entry__kind")
        .order_by("start", "pk")
    )


def event_occurrences(page, request, limit=JSON_LD_DATES):
    """The first upcoming dates of an event page, from the store or computed for a preview.

    Remembered on the request: the page body and its JSON-LD both ask for them.
    """
    remembered = getattr(request, "_event_occurrences", {})
    key = (page.pk, limit, getattr(request, "is_preview", False))
    if key not in remembered:
        remembered[key] = list(_upcoming_dates(page, request)[:limit])
        request._event_occurrences = remembered
    return remembered[key]


@dataclass
class EventDates:
    """What the "Wanneer?" part of an event page shows."""

    items: list  # the dates on this page
    total: int  # every upcoming date
    show_all: bool
    listing: object = None  # the page of dates (with its paginator) when showing all

    @property
    def more(self):
        return not self.show_all and self.total > len(self.items)


def event_dates(page, request):
    """The next FIRST_DATES dates of an event page, or with ?alle=1 all upcoming dates.

    Any other value of "alle" is a 404 (as a page number that does not exist), so the page
    cache only ever keeps the two real variants of the page and an error is never cached.
    """
    value = request.GET.get("alle")
    if value not in (None, "", "1"):
        raise Http404(_("Deze lijst met data bestaat niet."))
    # Read only when the page's cached dates are not used (event_page.html).
    return SimpleLazyObject(lambda: _event_dates(page, request, show_all=value == "1"))


def _event_dates(page, request, show_all):
    if show_all:
        listing = paginate(request, _upcoming_dates(page, request), ALL_DATES_PAGE_SIZE)
        return EventDates(
            items=list(listing.object_list),
            total=listing.paginator.count,
            show_all=True,
            listing=listing,
        )
    first = event_occurrences(page, request)
    total = len(first)
    if total >= JSON_LD_DATES:
        upcoming = _upcoming_dates(page, request)
        total = len(upcoming) if isinstance(upcoming, list) else upcoming.count()
    return EventDates(items=first[:FIRST_DATES], total=total, show_all=False)


_SCHEMA_STATUS = {
    OccurrenceStatus.CANCELLED: "https://schema.org/EventCancelled",
    OccurrenceStatus.MOVED: "https://schema.org/EventRescheduled",
}
_SCHEMA_MODE = {
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "https://schema.org/MixedEventAttendanceMode",
    AttendanceMode.OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
}


def _iso(value, all_day):
    local = value.astimezone(AMSTERDAM)
    return local.date().isoformat() if all_day else local.isoformat()


def event_cache_slot(now=None):
    """The time part of the keys of an event page's cached parts: dates that passed drop out
    within AGENDA_CACHE_SECONDS, as in the agenda."""
    now = now or timezone.now()
    return int(now.timestamp()) // AGENDA_CACHE_SECONDS


def event_json_ld(page, request):
    """schema.org Event data: one Event per upcoming date (at most JSON_LD_DATES)."""
    locations = []
    if page.venue or page.street_address:
        place = {"@type": "Place", "name": page.venue or page.street_address}
        place["address"] = {
            "@type": "PostalAddress",
            "streetAddress": page.street_address,
            "postalCode": page.postal_code,
            "addressLocality": page.city,
            "addressCountry": "NL",
        }
        if page.latitude is not None and page.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
            }
        locations.append(place)
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    organiser = page.organiser.name if page.organiser_id else "VMCA Almere"
    image = page.get_social_image()
    base = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.get_meta_description(),
        "url": page.get_full_url(request),
        "eventAttendanceMode": _SCHEMA_MODE[page.attendance_mode],
        "organizer": {"@type": "Organization", "name": organiser},
        "inLanguage": _current_language(),
    }
    if locations:
        base["location"] = locations[0] if len(locations) == 1 else locations
    if image:
        base["image"] = request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
    events = []
    for occurrence in event_occurrences(page, request):
        event = dict(base)
        event["startDate"] = _iso(occurrence.start, occurrence.all_day)
        end = occurrence.end - dt.timedelta(days=1) if occurrence.all_day else occurrence.end
        event["endDate"] = _iso(end, occurrence.all_day)
        event["eventStatus"] = _SCHEMA_STATUS.get(
            "cancelled" if page.is_cancelled else occurrence.status,
            "https://schema.org/EventScheduled",
        )
        events.append(event)
    return events or base
