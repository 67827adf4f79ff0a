"""The public catalogue: which courses to list, in what order, and what each card and course
page says about dates, places, prices and accreditation.

A page of the catalogue costs the same number of queries for 1 course as for 500: the
listing is one query, and the editions (with their live counts), prices, accreditations
and themes of the courses on the page are fetched with one query each.
"""

import datetime as dt
import hashlib
import time
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import transaction
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
    prefetch_related_objects,
)
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.cache import content_version
from cms.listings import LazyItems, exclude_private, wijk_ids
from cms.models.mixins import locale_language_code
from events.calendar.spec import AMSTERDAM

from .filters import FREE, PAID, CatalogueFilterForm
from .models import (
    CourseAccreditation,
    CourseFormat,
    CoursePage,
    CoursePrice,
    Edition,
    EditionStatus,
    ParticipantType,
    Session,
)

# Said of a group of people in a price line: "€ 45,00 voor professionals".
PARTICIPANT_PLURALS = {
    ParticipantType.VOLUNTEER: gettext_lazy("vrijwilligers"),
    ParticipantType.CAREGIVER: gettext_lazy("mantelzorgers"),
    ParticipantType.PROFESSIONAL: gettext_lazy("professionals"),
    ParticipantType.ORGANISATION: gettext_lazy("medewerkers van organisaties"),
    ParticipantType.OTHER: gettext_lazy("anderen"),
}
ENDED_STATUSES = (EditionStatus.CANCELLED, EditionStatus.COMPLETED)


# Money and points --------------------------------------------------------------------------


def format_money(cents):
    """The one way the site writes an amount: € 45,00 (and € 1.250,00)."""
    cents = int(cents or 0)
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}€ {euros:,}".replace(",", ".") + f",{rest:02d}"


def format_points(value):
    """Accreditation points as people write them: 4, or 2,5."""
    if value is None:
        return ""
    number = Decimal(value).normalize()
    text = f"{number:f}"
    return text.replace(".", ",")


# What a person can do with an edition ------------------------------------------------------


class State:
    OPEN = "open"  # places free: sign up now
    FULL = "full"  # sign up for the waiting list
    NOT_OPEN_YET = "not_open_yet"
    CLOSED = "closed"  # signing up has ended (or the course has begun)
    CANCELLED = "cancelled"


@dataclass
class Availability:
    state: str
    free_places: int = 0
    opens: dt.datetime | None = None
    closes: dt.datetime | None = None

    @property
    def can_register(self):
        return self.state in (State.OPEN, State.FULL)

    @property
    def is_full(self):
        return self.state == State.FULL

    @property
    def is_cancelled(self):
        return self.state == State.CANCELLED


def edition_availability(edition, now=None):
    """The same rules as the registration engine, in words a visitor can act on.

    Needs an edition from `Edition.objects.with_counts()`.
    """
    now = now or timezone.now()
    closes = edition.effective_registration_closes
    if edition.status == EditionStatus.CANCELLED:
        return Availability(State.CANCELLED)
    if (
        edition.status == EditionStatus.COMPLETED
        or closes is None
        or now >= closes
        or (edition.first_start and edition.first_start <= now)
    ):
        return Availability(State.CLOSED, closes=closes)
    if edition.status == EditionStatus.PLANNED or (
        edition.registration_opens and now < edition.registration_opens
    ):
        return Availability(State.NOT_OPEN_YET, opens=edition.registration_opens, closes=closes)
    free = edition.free_places
    # Someone waiting is first in line for a freed place, so a newcomer waits too.
    if edition.status == EditionStatus.FULL or free <= 0 or edition.waiting_count:
        return Availability(State.FULL, closes=closes)
    return Availability(State.OPEN, free_places=free, closes=closes)


# The catalogue query -----------------------------------------------------------------------


def _scheduled_editions(now):
    """Editions still to start that are not cancelled: they give a course its dates."""
    return Edition.objects.filter(first_start__gt=now).exclude(status__in=ENDED_STATUSES)


def _open_editions(now):
    """Editions people can sign up for right now (or join the waiting list of)."""
    return (
        _scheduled_editions(now)
        .filter(status__in=(EditionStatus.OPEN, EditionStatus.FULL))
        .filter(Q(registration_opens__isnull=True) | Q(registration_opens__lte=now))
        .filter(Q(registration_closes__isnull=True) | Q(registration_closes__gt=now))
    )


def _local_midnight(day):
    return dt.datetime.combine(day, dt.time.min, tzinfo=AMSTERDAM)


def _course_condition(filters, now):
    """A Q on CoursePage for the chosen filters; subqueries, so no duplicate rows."""
    through_theme = CoursePage.themes.through
    through_audience = CoursePage.audiences.through
    scheduled = _scheduled_editions(now).filter(course=OuterRef("pk"))
    condition = Q()
    if filters.get("thema"):
        condition &= Q(
            Exists(
                through_theme.objects.filter(
                    coursepage_id=OuterRef("pk"), theme__slug=filters["thema"]
                )
            )
        )
    if filters.get("doelgroep"):
        condition &= Q(
            Exists(
                through_audience.objects.filter(
                    coursepage_id=OuterRef("pk"), audience__slug=filters["doelgroep"]
                )
            )
        )
    if filters.get("wijk"):
        # A district includes its neighbourhoods; an edition may be held in another wijk
        # than the course is usually given in.
        ids = wijk_ids(filters["wijk"])
        condition &= Q(wijk_id__in=ids) | Q(Exists(scheduled.filter(wijk_id__in=ids)))
    if filters.get("vorm"):
        condition &= Q(format=filters["vorm"])
    if filters.get("kosten"):
        paid = Exists(CoursePrice.objects.filter(course=OuterRef("pk"), amount_cents__gt=0))
        if filters["kosten"] == FREE:
            condition &= ~Q(paid)
        elif filters["kosten"] == PAID:
            condition &= Q(paid)
    if filters.get("accreditatie"):
        condition &= Q(Exists(CourseAccreditation.objects.filter(course=OuterRef("pk"))))
    if filters.get("van") or filters.get("tot"):
        in_range = scheduled
        if filters.get("van"):
            in_range = in_range.filter(first_start__gte=_local_midnight(filters["van"]))
        if filters.get("tot"):
            next_day = filters["tot"] + dt.timedelta(days=1)
            in_range = in_range.filter(first_start__lt=_local_midnight(next_day))
        condition &= Q(Exists(in_range))
    if filters.get("q"):
        for word in filters["q"].split()[:5]:
            condition &= (
                Q(title__icontains=word)
                | Q(intro__icontains=word)
                | Q(learning_goals__icontains=word)
            )
    return condition


def catalogue_courses(index, filters, now=None):
    """Live courses under the index: bookable ones first (soonest first), then those
    whose dates are known but not open yet, then the ones with new dates to follow."""
    now = now or timezone.now()
    scheduled = _scheduled_editions(now).filter(course=OuterRef("pk"))
    courses = (
        exclude_private(CoursePage.objects.live().child_of(index))
        .filter(_course_condition(filters, now))
        .defer_streamfields()
        .select_related("image")
        .annotate(
            catalogue_group=Case(
                When(Exists(_open_editions(now).filter(course=OuterRef("pk"))), then=Value(0)),
                When(Exists(scheduled), then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            next_start=Subquery(scheduled.order_by("first_start").values("first_start")[:1]),
        )
    )
    return courses.order_by("catalogue_group", F("next_start").asc(nulls_last=True), "title", "pk")


# Cards -------------------------------------------------------------------------------------


@dataclass
class EditionLine:
    edition: Edition
    availability: Availability


@dataclass
class CourseCard:
    page: CoursePage
    editions: list = field(default_factory=list)  # EditionLine, soonest first
    prices: str = ""
    accreditations: list = field(default_factory=list)

    @property
    def availability(self):
        """What the card says: places of the first open edition, else full, else later."""
        states = [line.availability for line in self.editions]
        for availability in states:
            if availability.state == State.OPEN:
                return availability
        for availability in states:
            if availability.state == State.FULL:
                return availability
        for availability in states:
            if availability.state == State.NOT_OPEN_YET:
                return availability
        return Availability(State.CLOSED)

    @property
    def next_editions(self):
        return [line for line in self.editions if line.availability.state != State.CLOSED][:3]


def _join(words):
    words = [str(word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return _("%(first)s en %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def price_summary(prices):
    """One line about the cost: 'Gratis voor vrijwilligers en mantelzorgers · € 45,00 voor
    professionals'. Types without a price are free (as the registration engine counts)."""
    by_amount = {}
    order = list(ParticipantType.values)
    for price in sorted(prices, key=lambda p: order.index(p.participant_type)):
        by_amount.setdefault(price.amount_cents, []).append(price.participant_type)
    paid = sorted(amount for amount in by_amount if amount > 0)
    if not paid:
        return _("Gratis")
    missing = [kind for kind in order if kind not in {p.participant_type for p in prices}]
    free = by_amount.get(0, [])
    parts = []
    if free:
        parts.append(
            _("Gratis voor %(who)s") % {"who": _join(PARTICIPANT_PLURALS[k] for k in free)}
        )
    for amount in paid:
        parts.append(
            _("%(amount)s voor %(who)s")
            % {
                "amount": format_money(amount),
                "who": _join(PARTICIPANT_PLURALS[k] for k in by_amount[amount]),
            }
        )
    if missing and not free:
        parts.append(_("gratis voor anderen"))
    return " · ".join(parts)


def price_rows(page):
    """(participant type label, cents) for every kind of participant, as the engine charges."""
    amounts = {price.participant_type: price.amount_cents for price in page.prices.all()}
    return [(label, amounts.get(value, 0)) for value, label in ParticipantType.choices]


def course_cards(courses, now=None):
    """Cards for one page of the catalogue, with a fixed number of queries."""
    now = now or timezone.now()
    prefetch_related_objects(
        courses,
        Prefetch(
            "editions",
            queryset=_scheduled_editions(now).with_counts().order_by("first_start", "pk"),
            to_attr="catalogue_editions",
        ),
        Prefetch("prices", queryset=CoursePrice.objects.order_by("sort_order", "pk")),
        Prefetch(
            "accreditations",
            queryset=CourseAccreditation.objects.select_related("register").order_by(
                "sort_order", "pk"
            ),
        ),
        "image__renditions",
    )
    cards = []
    for course in courses:
        cards.append(
            CourseCard(
                page=course,
                editions=[
                    EditionLine(edition, edition_availability(edition, now))
                    for edition in course.catalogue_editions
                ],
                prices=price_summary(list(course.prices.all())),
                accreditations=list(course.accreditations.all()),
            )
        )
    return cards


def lazy_cards(courses, now):
    """The cards of one listing page, built when the template first needs them."""
    return LazyItems(lambda: course_cards(list(courses), now))


# The rendered list of cards is kept this long at most. Places and states change without a
# new content version (someone signs up, staff close an edition), so the cache key also
# holds availability_stamp(); the time slot covers sign-up periods that open or close and
# editions that start.
LISTING_CACHE_SECONDS = 60


AVAILABILITY_VERSION_KEY = "academy-availability-version"


def availability_stamp():
    """A number that changes whenever an edition, a session or a registration is saved or
    deleted (see the receivers below): places and states shown on the cards."""
    version = cache.get(AVAILABILITY_VERSION_KEY)
    if version is None:
        # Start from the clock, so a restarted or emptied cache never reuses an old number.
        cache.add(AVAILABILITY_VERSION_KEY, int(time.time() * 1000), None)
        version = cache.get(AVAILABILITY_VERSION_KEY, 0)
    return version


def _bump_availability_version():
    try:
        cache.incr(AVAILABILITY_VERSION_KEY)
    except ValueError:
        cache.set(AVAILABILITY_VERSION_KEY, int(time.time() * 1000), None)


def availability_changed(**kwargs):
    """Signal receiver. Bumped now (this process sees its own change at once) and again
    after the commit, so a page built from the old data by another request in the
    meantime is not kept as new."""
    _bump_availability_version()
    transaction.on_commit(_bump_availability_version)


class _CoursesOnDemand:
    """The catalogue query, built only when a page of it is read: when the cards of this
    page are in the cache, neither the query nor its count is needed."""

    def __init__(self, build):
        self._build = build
        self._queryset = None
        self.ordered = True

    def queryset(self):
        if self._queryset is None:
            self._queryset = self._build()
        return self._queryset

    def count(self):
        return self.queryset().count()

    def __getitem__(self, key):
        return _SliceOnDemand(self, key)


class _SliceOnDemand:
    def __init__(self, courses, key):
        self._courses = courses
        self._key = key
        self._items = None

    def _get(self):
        if self._items is None:
            self._items = list(self._courses.queryset()[self._key])
        return self._items

    def __iter__(self):
        return iter(self._get())

    def __len__(self):
        return len(self._get())


def _page_of(request, courses, count_key):
    """Like cms.listings.paginate (a page number that is not a number means page 1, a page
    that does not exist is a 404), with the count kept alongside the cached cards."""
    paginator = Paginator(courses, settings.LISTING_PAGE_SIZE)
    count = cache.get(count_key)
    if count is None:
        count = courses.count()
        cache.set(count_key, count, LISTING_CACHE_SECONDS)
    paginator.count = count  # a cached_property: set, it is not asked again
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as exc:
        raise Http404(_("Deze pagina van het overzicht bestaat niet.")) from exc


def catalogue_context(index, request):
    form = CatalogueFilterForm(request.GET or None)
    filters = form.active_filters()
    now = timezone.now()
    query = request.GET.copy()
    query.pop("page", None)
    filter_query = query.urlencode()
    state = f"{availability_stamp()}-{int(now.timestamp()) // LISTING_CACHE_SECONDS}"
    count_key = (
        "academy-catalogue-count:"
        + hashlib.blake2b(
            f"{index.pk}|{content_version()}|{state}|{filter_query}".encode(), digest_size=16
        ).hexdigest()
    )
    courses = _CoursesOnDemand(lambda: catalogue_courses(index, filters, now))
    listing = _page_of(request, courses, count_key)
    # Loaded only when the cached cards are not used (see the template).
    listing.object_list = lazy_cards(listing.object_list, now)
    return {
        "filter_form": form,
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
        lines.append(EditionLine(edition, edition_availability(edition, now)))
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


def course_page_context(page, request):
    return {"editions": course_editions(page, request), **course_details(page, request)}


# schema.org --------------------------------------------------------------------------------

_COURSE_MODE = {
    CourseFormat.ON_SITE: "Onsite",
    CourseFormat.ONLINE: "Online",
    CourseFormat.BLENDED: "Blended",
}
_OFFER_AVAILABILITY = {
    State.OPEN: "https://schema.org/InStock",
    State.FULL: "https://schema.org/SoldOut",
    State.NOT_OPEN_YET: "https://schema.org/PreOrder",
}


def _iso(value):
    return value.astimezone(AMSTERDAM).isoformat() if value else None


def _hours(value):
    hours = Decimal(value)
    minutes = int((hours * 60).to_integral_value())
    text = f"PT{minutes // 60}H"
    return text + (f"{minutes % 60}M" if minutes % 60 else "")


def _offers(rows, url, availability=None):
    offers = []
    for label, cents in rows:
        offer = {
            "@type": "Offer",
            "category": str(label),
            "price": f"{Decimal(cents) / 100:.2f}",
            "priceCurrency": "EUR",
            "url": url,
        }
        if availability is not None:
            offer["availability"] = _OFFER_AVAILABILITY.get(
                availability.state, "https://schema.org/Discontinued"
            )
            if availability.opens:
                offer["validFrom"] = _iso(availability.opens)
        offers.append(offer)
    return offers


def _instance_location(page, edition, page_url):
    places = []
    for session in edition.sessions.all():
        if session.venue or session.address:
            place = {"@type": "Place", "name": session.venue or session.address}
            if session.address:
                place["address"] = {
                    "@type": "PostalAddress",
                    "streetAddress": session.address,
                    "addressCountry": "NL",
                }
            places.append(place)
            break
    online = page.format != CourseFormat.ON_SITE or any(
        session.online_url for session in edition.sessions.all()
    )
    if online:
        # The meeting link itself is for participants only.
        places.append({"@type": "VirtualLocation", "url": page_url})
    return places[0] if len(places) == 1 else places


def course_json_ld(page, request):
    details = course_details(page, request)
    rows = details["price_rows"]
    page_url = page.get_full_url(request)
    root = request.build_absolute_uri("/") if request is not None else ""
    provider = {"@type": "Organization", "name": "VMCA Almere", "url": root or page_url}
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": page.title,
        "description": page.get_meta_description() or page.title,
        "url": page_url,
        "provider": provider,
        "inLanguage": locale_language_code(page.locale_id) or "nl",
        "offers": _offers(rows, page_url),
    }
    if page.study_load_hours:
        data["timeRequired"] = _hours(page.study_load_hours)
    audiences = [audience.display_name for audience in details["audiences"]]
    if audiences:
        data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
    trainers = [{"@type": "Person", "name": person.full_name} for person in details["trainers"]]
    instances = []
    now = timezone.now()
    for line in course_editions(page, request):
        edition, availability = line.edition, line.availability
        if not edition.first_start or edition.first_start <= now:
            continue
        offer_url = page_url
        if availability.can_register:
            offer_url = request.build_absolute_uri(reverse("academy:enrol", args=[edition.pk]))
        instance = {
            "@type": "CourseInstance",
            "name": edition.title,
            "courseMode": _COURSE_MODE.get(page.format, "Onsite"),
            "startDate": _iso(edition.first_start),
            "endDate": _iso(edition.last_end),
            "location": _instance_location(page, edition, page_url),
            "offers": _offers(rows, offer_url, availability),
            "eventStatus": "https://schema.org/EventCancelled"
            if availability.is_cancelled
            else "https://schema.org/EventScheduled",
            "organizer": provider,
        }
        if page.study_load_hours:
            instance["courseWorkload"] = _hours(page.study_load_hours)
        if trainers:
            instance["instructor"] = trainers
        instances.append(instance)
    if instances:
        data["hasCourseInstance"] = instances
    return data
