"""A course page's schema.org Course data, with one CourseInstance per coming edition."""

from decimal import Decimal

from django.urls import reverse
from django.utils import timezone

from cms.models.mixins import locale_language_code
from events.calendar.spec import AMSTERDAM

from ..models import CourseFormat
from ..rules import State
from .pages import course_details, course_editions

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
