"""A vacancy as schema.org JobPosting (JSON-LD), so search engines list it as volunteer work."""

import datetime as dt
import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from events.calendar.spec import AMSTERDAM

from .presentation import day_names, hours_text

# Inside <script>, "</script>" or "<!--" in a title must not end the block early.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _end_of_day(day):
    """The last moment a vacancy is online: the end of its expiry day in Almere."""
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=AMSTERDAM).isoformat()


def _organisation(organisation, request):
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["sameAs"] = organisation.website
    if organisation.logo_id and request is not None:
        rendition = organisation.logo.get_rendition("max-400x400")
        data["logo"] = request.build_absolute_uri(rendition.url)
    return data


def _location(vacancy):
    address = {
        "@type": "PostalAddress",
        "addressLocality": "Almere",
        "addressRegion": "Flevoland",
        "addressCountry": "NL",
    }
    if vacancy.street_address:
        address["streetAddress"] = vacancy.street_address
    if vacancy.postcode:
        address["postalCode"] = vacancy.postcode
    return {"@type": "Place", "address": address}


def vacancy_json_ld(vacancy, url, request=None):
    """The JobPosting of a vacancy (`url`: its absolute address)."""
    description = vacancy.tasks
    if vacancy.offer:
        description += "\n\n" + vacancy.offer
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": vacancy.title,
        "description": description,
        "url": url,
        "identifier": {
            "@type": "PropertyValue",
            "name": "VMCA Almere",
            "value": str(vacancy.pk),
        },
        "employmentType": "VOLUNTEER",
        "hiringOrganization": _organisation(vacancy.organisation, request),
        "directApply": False,
        "inLanguage": settings.LANGUAGE_CODE,
    }
    if vacancy.published_at:
        data["datePosted"] = vacancy.published_at.astimezone(AMSTERDAM).date().isoformat()
    if vacancy.expires_on:
        data["validThrough"] = _end_of_day(vacancy.expires_on)
    if vacancy.remote:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "NL"}
    else:
        data["jobLocation"] = _location(vacancy)
    hours = hours_text(vacancy)
    days = day_names(vacancy.days)
    if hours or days:
        data["workHours"] = ", ".join(part for part in (hours, ", ".join(days)) if part)
    if vacancy.start_date:
        data["jobStartDate"] = vacancy.start_date.isoformat()
    if vacancy.places > 1:
        data["totalJobOpenings"] = vacancy.places
    return data


def json_ld_script(data):
    """`data` as a <script type="application/ld+json"> block, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text),  # noqa: S308  (the characters that could end the script are escaped)
    )
