"""Telling the people of an edition that its times changed.

Staff change the sessions of an edition in its edit form; afterwards the admin offers to
send everyone with a live registration (a place, an offer, a payment on its way or a
place on the waiting list) the mail "Gewijzigde tijden" with the new times, each in the
language of their registration (academy.mailer renders it). One mail per registration
and schedule: sending twice mails once, and a later change can be told again.
"""

import hashlib

from django.utils.translation import gettext_lazy as _

from .. import notifications
from ..access import may, visible_editions
from ..models import Session
from .errors import NotFound, RegistrationError
from .locking import lock_editions, owns_transaction


class NotAllowed(RegistrationError):
    status = 403
    default_message = _("U mag de deelnemers van deze editie geen bericht sturen.")


class EditionCancelled(RegistrationError):
    default_message = _("Deze editie is geannuleerd. De deelnemers hebben daarover bericht gehad.")


class NobodyToTell(RegistrationError):
    default_message = _("Er zijn geen deelnemers met een e-mailadres.")


def session_times(edition_id):
    """The edition's sessions as (start, end) pairs, in order: compare before and after."""
    return tuple(
        Session.objects.filter(edition_id=edition_id)
        .order_by("start", "end")
        .values_list("start", "end")
    )


def schedule_key(times):
    """A short fingerprint of a schedule, for the key of its mails."""
    text = ";".join(f"{start.isoformat()}/{end.isoformat()}" for start, end in times)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def people_to_tell(edition):
    """The live registrations of `edition`, with their participant."""
    return edition.registrations.live().select_related("participant").order_by("pk")


@owns_transaction
def notify_times_changed(edition_id, *, by):
    """Queue the mail "Gewijzigde tijden" for everyone with a live registration who has an
    e-mail address. Returns how many mails were queued now (0 when all went out before)."""
    if by is None or not may(by, "mail"):
        raise NotAllowed()
    if not visible_editions(by).filter(pk=edition_id).exists():
        raise NotFound()
    edition = lock_editions(edition_id)[edition_id]
    if edition.is_cancelled:
        raise EditionCancelled()
    people = [r for r in people_to_tell(edition) if r.participant.email]
    if not people:
        raise NobodyToTell()
    key = schedule_key(session_times(edition_id))
    return sum(1 for registration in people if notifications.times_changed(registration, key))
