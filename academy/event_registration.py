"""Sign-ups for an event page (a werkcafé with 60 places) through the academy's one engine.

The events app asks its registration providers what to show under "Aanmelden"; this one
answers for an event page that has an edition linked to it (Edition.event_page).
"""

from dataclasses import dataclass

from django.utils import timezone

from . import rules
from .catalogue.pages import live_registrations_of
from .models import Edition, EditionStatus, Registration


@dataclass
class EventRegistration:
    edition: Edition
    availability: rules.Availability
    # The signed-in person's own live registration: shown instead of the sign-up button.
    own: Registration | None = None
    template_name: str = "academy/event_registration.html"


def edition_for_event(page, now=None):
    """The next edition linked to this event page that has not ended, soonest first.

    Cancelled editions count too: the page then says the sign-up is cancelled.
    """
    now = now or timezone.now()
    return (
        Edition.objects.with_counts()
        .filter(event_page_id=page.pk, last_end__gte=now)
        .exclude(status=EditionStatus.COMPLETED)
        .order_by("first_start", "pk")
        .first()
    )


def event_registration(page, request):
    """The registration provider for events.registration (None: nothing to sign up for)."""
    if getattr(page, "pk", None) is None:
        return None
    now = timezone.now()
    edition = edition_for_event(page, now)
    if edition is None:
        return None
    return EventRegistration(
        edition=edition,
        availability=rules.availability(edition, now),
        own=live_registrations_of(request, pk=edition.pk).get(edition.pk),
    )
