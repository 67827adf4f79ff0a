"""How a vacancy's facts are written for people: days, day parts, time and place.

The one place that decodes the day and day-part bit masks (models/choices.py); pages,
cards, mails and exports all use these functions.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models.choices import DAY_PARTS, DAYS, Commitment


def _decode(mask, table):
    return [label for bit, _code, label in table if mask & bit]


def day_names(mask):
    """The days in a DAYS bit mask, Monday first: ["maandag", "woensdag"]."""
    return [str(label) for label in _decode(mask or 0, DAYS)]


def day_part_names(mask):
    """The parts of the day in a DAY_PARTS bit mask: ["ochtend", "avond"]."""
    return [str(label) for label in _decode(mask or 0, DAY_PARTS)]


def schedule(vacancy):
    """Days and parts of the day as one line, or "" when the organisation left it open:
    "maandag, woensdag · ochtend"."""
    parts = [
        ", ".join(names)
        for names in (day_names(vacancy.days), day_part_names(vacancy.day_parts))
        if names
    ]
    return " · ".join(parts)


def hours_text(vacancy):
    """Hours in words: per week for regular work, in total for a one-off job."""
    hours = vacancy.hours_per_week
    if not hours:
        return ""
    if vacancy.commitment == Commitment.ONCE:
        return ngettext("%(hours)s uur in totaal", "%(hours)s uur in totaal", hours) % {
            "hours": hours
        }
    return ngettext("%(hours)s uur per week", "%(hours)s uur per week", hours) % {"hours": hours}


def time_summary(vacancy):
    """The time a vacancy asks, short, for a card: "Korte klus · 4 uur per week"."""
    return " · ".join(
        part for part in (str(vacancy.get_commitment_display()), hours_text(vacancy)) if part
    )


def place_text(vacancy):
    """Where the work is, in a few words: the wijk, or "Online / vanuit huis"."""
    if vacancy.remote:
        return str(_("Online / vanuit huis"))
    if vacancy.wijk_id:
        return vacancy.wijk.name
    return str(_("Almere"))


def map_url(vacancy):
    """A link to the address on OpenStreetMap (no tracking, no key), or "" without one."""
    from urllib.parse import urlencode

    if vacancy.remote or not (vacancy.street_address or vacancy.postcode):
        return ""
    address = ", ".join(
        part for part in (vacancy.street_address, vacancy.postcode, "Almere") if part
    )
    return "https://www.openstreetmap.org/search?" + urlencode({"query": address})


SUITABILITY = (
    ("for_young_people", _("Geschikt voor jongeren")),
    ("little_dutch", _("Weinig Nederlands nodig")),
    ("guidance", _("Met begeleiding")),
)


def suitability(vacancy):
    """The "also for you" labels a vacancy has (cards show them as badges)."""
    return [str(label) for field, label in SUITABILITY if getattr(vacancy, field)]
