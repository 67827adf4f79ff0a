"""A person's own calendar feed: their sessions, with waiting-list items and cancellations.

Rendered with the events calendar renderer (one iCalendar renderer on the site). The
UID of an item is per person and per session, so a calendar client updates the same
item when the person moves from the waiting list to a place, or cancels: it never
shows the session twice.
"""

import datetime as dt
import hashlib
import secrets
from types import SimpleNamespace

from django.conf import settings
from django.db.models import Case, IntegerField, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from events.calendar.ical import render_calendar, render_event

from .models import EditionStatus, Participant, Registration, RegistrationStatus
from .models.codes import could_be_secret

Status = RegistrationStatus
# Sessions that ended longer ago than this are left out: the feed stays small.
HISTORY_DAYS = 180
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_TENTATIVE = (Status.WAITING, Status.OFFERED)
# When a person has more than one registration for an edition, the live one counts.
_PREFERENCE = Case(
    When(status=Status.CONFIRMED, then=Value(0)),
    When(status=Status.OFFERED, then=Value(1)),
    When(status=Status.WAITING, then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)


def new_feed_token():
    return secrets.token_urlsafe(32)


def enable_feed(participant):
    """Give the person a (new) secret feed address; the old one stops working."""
    participant.feed_token = new_feed_token()
    participant.save(update_fields=["feed_token", "updated"])
    return participant.feed_token


def disable_feed(participant):
    participant.feed_token = None
    participant.save(update_fields=["feed_token", "updated"])


def participant_for_token(token):
    if not could_be_secret(token, 64):
        return None
    return Participant.objects.filter(feed_token=token, anonymised__isnull=True).first()


def personal_uid(participant, session):
    return f"academy-person-{participant.pk}-session-{session.pk}@{settings.CALENDAR_UID_DOMAIN}"


def _registrations(participant, now):
    since = now - dt.timedelta(days=HISTORY_DAYS)
    chosen = {}
    registrations = (
        Registration.objects.filter(participant=participant, edition__last_end__gte=since)
        .select_related("edition__course", "edition__event_page")
        .prefetch_related("edition__sessions")
        .annotate(preference=_PREFERENCE)
        .order_by("edition_id", "preference", "-updated", "-pk")
    )
    for registration in registrations:
        chosen.setdefault(registration.edition_id, registration)
    return sorted(chosen.values(), key=lambda item: (item.edition.first_start, item.pk))


def _title(registration, base):
    if registration.status == Status.WAITING:
        return _("Wachtlijst: %(title)s") % {"title": base}
    if registration.status == Status.OFFERED:
        return _("Plek aangeboden: %(title)s") % {"title": base}
    return base


def _cancelled(registration):
    return registration.edition.status == EditionStatus.CANCELLED or not registration.is_live


def _entry(participant, registration, session, number, count, mine_url):
    edition = registration.edition
    owner = edition.owner_page
    title = edition.title if count == 1 else f"{edition.title} ({number}/{count})"
    modified = max(registration.updated, edition.updated)
    summary = strip_tags(getattr(owner, "intro", "") or "")
    confirmed = registration.status == Status.CONFIRMED and not _cancelled(registration)
    return SimpleNamespace(
        uid=personal_uid(participant, session),
        created=registration.created,
        last_modified=modified,
        # Every change is a newer revision for calendar clients.
        sequence=max(0, int((modified - _SEQUENCE_EPOCH).total_seconds())),
        title=_title(registration, title),
        all_day=False,
        start=session.start,
        end=session.end,
        recurrence_id=None,
        rrule="",
        exdates=(),
        summary=summary,
        # The online link is for people with a place only.
        online_url=session.online_url if confirmed else "",
        # Mijn academie, behind a sign-in: calendars get shared and published, and a
        # registration's own secret address (its token) could cancel the place.
        url=mine_url,
        location=session.location_text,
        attendance_mode="online" if session.online_url and not session.location_text else "offline",
        latitude=None,
        longitude=None,
        withdrawn=False,
        status="cancelled" if _cancelled(registration) else "scheduled",
    )


def _vevent(entry, registration):
    text = render_event(entry)
    if registration.status in _TENTATIVE and not _cancelled(registration):
        # The shared renderer knows only confirmed and cancelled; a waiting-list place is
        # neither, and calendar clients show TENTATIVE as "maybe".
        text = text.replace("STATUS:CONFIRMED\r\n", "STATUS:TENTATIVE\r\n")
    return text


def render_personal_feed(participant, *, base_url, now=None):
    """(ics bytes, etag key, last modified) of the person's sessions."""
    now = now or timezone.now()
    mine_url = base_url + reverse("academy:mine")
    vevents = []
    last_modified = participant.updated
    for registration in _registrations(participant, now):
        sessions = list(registration.edition.sessions.all())
        for number, session in enumerate(sessions, start=1):
            entry = _entry(participant, registration, session, number, len(sessions), mine_url)
            vevents.append(_vevent(entry, registration))
            last_modified = max(last_modified, entry.last_modified)
    body = render_calendar(
        vevents,
        name=_("Mijn academie – VMCA Almere"),
        description=_("Uw trainingen bij de Vrijwilligersacademie van VMCA Almere."),
    )
    etag = hashlib.sha256(body).hexdigest()[:32]
    return body, etag, last_modified
