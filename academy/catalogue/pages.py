"""The context of the catalogue page and of a course page."""

import hashlib

from django.db.models import Prefetch
from django.utils import timezone

from cms.cache import content_version
from cms.listings import LazyItems
from events.filters import choices_key

from .. import rules
from ..filters import CatalogueFilterForm
from ..models import Edition, EditionStatus, Registration, RegistrationStatus, Session
from .cards import EditionLine, lazy_cards, price_rows
from .listing_cache import (
    LISTING_CACHE_SECONDS,
    CoursesOnDemand,
    availability_stamp,
    page_of,
)
from .queries import catalogue_courses


def availability_state(now):
    """What cached cards and course pages depend on besides the content version: places and
    states (availability_stamp) and the minute (sign-up periods open and close)."""
    return f"{availability_stamp()}-{int(now.timestamp()) // LISTING_CACHE_SECONDS}"


def catalogue_context(index, request):
    form = CatalogueFilterForm(request.GET or None)
    filters = form.active_filters()
    now = timezone.now()
    query = request.GET.copy()
    query.pop("page", None)
    filter_query = query.urlencode()
    state = availability_state(now)
    count_key = (
        "academy-catalogue-count:"
        + hashlib.blake2b(
            f"{index.pk}|{content_version()}|{state}|{filter_query}".encode(), digest_size=16
        ).hexdigest()
    )
    courses = CoursesOnDemand(lambda: catalogue_courses(index, filters, now))
    listing = page_of(request, courses, count_key)
    # Loaded only when the cached cards are not used (see the template).
    listing.object_list = lazy_cards(listing.object_list, now)
    return {
        "filter_form": form,
        "filter_form_key": choices_key(form),
        "filter_query": filter_query,
        "listing": listing,
        "listing_cache_seconds": LISTING_CACHE_SECONDS,
        "listing_cache_key": state,
    }


# A course page -----------------------------------------------------------------------------


def course_editions(page, request, now=None):
    """Editions of a course that have not ended yet (cancelled ones stay visible), each with
    its sessions and what a visitor can do. Remembered on the request: the page body and its
    JSON-LD both need them."""
    remembered = getattr(request, "_academy_course_editions", None)
    if remembered is not None and remembered[0] == page.pk:
        return remembered[1]
    now = now or timezone.now()
    editions = (
        Edition.objects.with_counts()
        .filter(course_id=page.pk, last_end__gte=now)
        .exclude(status=EditionStatus.COMPLETED)
        .select_related("wijk")
        .prefetch_related(
            Prefetch("sessions", queryset=Session.objects.order_by("start", "pk")),
            "trainers",
        )
        .order_by("first_start", "pk")
    )
    lines = []
    for edition in editions:
        edition.course = page  # its title needs the course; no query per edition
        lines.append(EditionLine(edition, rules.availability(edition, now)))
    if request is not None:
        request._academy_course_editions = (page.pk, lines)
    return lines


def course_details(page, request):
    """What a course page shows besides its editions, loaded once per request (the page
    body and its JSON-LD both use it)."""
    remembered = getattr(request, "_academy_course_details", None)
    if remembered is not None and remembered[0] == page.pk:
        return remembered[1]
    details = {
        "price_rows": price_rows(page),
        "accreditations": list(page.accreditations.all()),
        "trainers": list(page.trainers.all()),
        "audiences": list(page.audiences.all()),
        "themes": list(page.themes.all()),
    }
    if request is not None:
        request._academy_course_details = (page.pk, details)
    return details


def live_registrations_of(request, **editions):
    """{edition id: registration} of the signed-in person's live registrations in the
    editions that `editions` selects (as filters on `edition__`); empty for anonymous
    visitors (whose page is cached and shared: no query, nothing personal). A person on a
    waiting list also gets their place in it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    registrations = Registration.objects.live().filter(
        participant__user=user,
        participant__anonymised__isnull=True,
        **{f"edition__{name}": value for name, value in editions.items()},
    )
    mine = {}
    for registration in registrations:
        if registration.status == RegistrationStatus.WAITING:
            registration.position = registration.waiting_position()
        mine[registration.edition_id] = registration
    return mine


def own_registrations(page, request):
    """The signed-in person's live registrations for this course, by edition id."""
    return live_registrations_of(request, course_id=page.pk)


def _is_signed_in(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def course_page_context(page, request):
    state = {
        "course_cache_seconds": LISTING_CACHE_SECONDS,
        "course_cache_key": availability_state(timezone.now()),
    }
    if _is_signed_in(request) or getattr(request, "is_preview", False):
        # The page shows the person's own registrations (or a draft): never cached.
        lines = course_editions(page, request)
        mine = own_registrations(page, request)
        for line in lines:
            line.registration = mine.get(line.edition.pk)
        return {"editions": lines, **course_details(page, request), **state}
    # A visitor's page is the same for everyone: its article is cached (see the template),
    # and these are loaded only when it is not.
    return {
        "editions": LazyItems(lambda: course_editions(page, request)),
        **{
            name: LazyItems(lambda name=name: course_details(page, request)[name])
            for name in ("price_rows", "accreditations", "trainers", "audiences", "themes")
        },
        "shared_course_page": True,
        **state,
    }
