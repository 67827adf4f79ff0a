"""The .ics attachment of a confirmation: the edition's sessions, for the person's own calendar.

Rendered by the site's one iCalendar renderer (events.calendar.ical) from unsaved
CalendarEntry objects. Each VEVENT has the session's public UID, and the SEQUENCE
and timestamps of the entry the agenda feed already published, so a calendar that
has both the attachment and a subscription to the agenda shows each session once.
The only difference with the public feed: a confirmed participant gets the link
for taking part online.
"""

from django.utils import timezone

from events.calendar.ical import render_calendar, render_event
from events.calendar.spec import CANCELLED, EntrySpec, localize
from events.models import CalendarEntry

from .calendar_source import SOURCE_KEY, edition_specs, session_uid
from .models import Edition, RegistrationStatus


def _specs(edition):
    """The same entries the agenda publishes; an edition of an agenda event gets plain ones."""
    if edition.course_id:
        return edition_specs(edition)
    sessions = list(edition.sessions.all())
    page = edition.owner_page
    return [
        EntrySpec(
            key=f"session-{session.pk}",
            uid=session_uid(session),
            title=edition.title,
            start=timezone.localtime(session.start).replace(tzinfo=None),
            end=timezone.localtime(session.end).replace(tzinfo=None),
            location=session.location_text,
            url=(page.full_url or "") if page is not None else "",
            language=page.locale.language_code if page is not None else "nl",
        )
        for session in sessions
    ]


def _published(edition):
    entries = CalendarEntry.objects.filter(
        source=SOURCE_KEY, object_id=str(edition.pk), recurrence_id__isnull=True
    ).select_related("kind")
    return {entry.uid: entry for entry in entries}


def edition_vevents(edition, *, online_urls=None, now=None):
    """VEVENT texts for the sessions of an edition; online_urls: {session uid: url}."""
    now = now or timezone.now()
    edition = Edition.objects.with_counts().select_related("course__locale").get(pk=edition.pk)
    published = _published(edition)
    vevents = []
    for spec in _specs(edition):
        known = published.get(spec.uid)
        entry = CalendarEntry(
            uid=spec.uid,
            title=spec.title[:255],
            summary=spec.summary,
            url=spec.url,
            location=spec.location[:300],
            online_url=(online_urls or {}).get(spec.uid, ""),
            attendance_mode=spec.attendance_mode,
            language=spec.language,
            all_day=False,
            start=localize(spec.start),
            end=localize(spec.end),
            rrule="",
            exdates=[],
            recurrence_id=None,
            status="cancelled" if spec.status == CANCELLED else "scheduled",
            withdrawn=False,
            sequence=known.sequence if known else 0,
            created=known.created if known else now,
            last_modified=known.last_modified if known else now,
        )
        kind_name = known.kind.name if known is not None and known.kind_id else ""
        vevents.append(render_event(entry, kind_name))
    return vevents


def registration_ics(registration, *, now=None):
    """The calendar attachment for one person's place (text, CRLF line endings)."""
    online_urls = {}
    if registration.status == RegistrationStatus.CONFIRMED:
        online_urls = {
            session_uid(session): session.online_url
            for session in registration.edition.sessions.all()
            if session.online_url
        }
    edition = registration.edition
    vevents = edition_vevents(edition, online_urls=online_urls, now=now)
    return render_calendar(vevents, name=str(edition.title)).decode()
