"""Course sessions as a calendar source: they show in the agenda and the public feeds.

Registered with the events calendar registry when the app starts, so events never
imports the academy. Each session is one calendar entry with a UID that never
changes; a cancelled edition stays in the feeds as cancelled.
"""

import threading

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from events.calendar.registry import CalendarSource, register_source
from events.calendar.spec import CANCELLED, FULL, SCHEDULED, EntrySpec
from events.calendar.store import sync_object, withdraw_missing, withdraw_object
from events.models import EventKind

from . import rules
from .models import CourseFormat, Edition, EditionStatus

SOURCE_KEY = "academy"
TRAINING_KIND = "training"

_ATTENDANCE = {
    CourseFormat.ON_SITE: "offline",
    CourseFormat.ONLINE: "online",
    CourseFormat.BLENDED: "mixed",
}


def session_uid(session):
    return f"academy-session-{session.pk}@{settings.CALENDAR_UID_DOMAIN}"


def _local(value):
    return timezone.localtime(value).replace(tzinfo=None)


def _status(edition):
    if edition.status == EditionStatus.CANCELLED:
        return CANCELLED
    if rules.shows_as_full(edition, rules.place_counts(edition)):
        return FULL
    return SCHEDULED


def edition_specs(edition, kind_id=None):
    course = edition.course
    sessions = list(edition.sessions.all())
    common = {
        "summary": strip_tags(course.intro or ""),
        "url": course.full_url or "",
        "page_id": course.pk,
        "kind_id": kind_id,
        "wijk_id": edition.wijk_id or course.wijk_id,
        "theme_ids": tuple(theme.pk for theme in course.themes.all()),
        "audience_ids": tuple(audience.pk for audience in course.audiences.all()),
        "attendance_mode": _ATTENDANCE.get(course.format, "offline"),
        "language": course.locale.language_code,
        "status": _status(edition),
    }
    specs = []
    for number, session in enumerate(sessions, start=1):
        title = course.title
        if len(sessions) > 1:
            title = f"{course.title} ({number}/{len(sessions)})"
        specs.append(
            EntrySpec(
                key=f"session-{session.pk}",
                uid=session_uid(session),
                title=title,
                start=_local(session.start),
                end=_local(session.end),
                location=session.location_text,
                **common,
            )
        )
    return specs


def _training_kind_id():
    return EventKind.objects.filter(slug=TRAINING_KIND).values_list("pk", flat=True).first()


def sync_edition(edition_id, kind_id=None):
    """Bring the store in line with one edition (withdrawn when its course is not live)."""
    edition = (
        Edition.objects.with_counts().select_related("course__locale").filter(pk=edition_id).first()
    )
    if edition is None or edition.course is None or not edition.course.live:
        return withdraw_object(SOURCE_KEY, edition_id)
    return sync_object(
        SOURCE_KEY, edition.pk, edition_specs(edition, kind_id or _training_kind_id())
    )


_pending = threading.local()


def sync_edition_later(edition_id):
    """After the current transaction commits (a registration may have made it full).

    A transaction that registers fifty people asks fifty times; the edition is synced
    once, by the first callback, which already sees the final state.
    """
    pending = _pending.__dict__.setdefault("ids", set())
    pending.add(edition_id)

    def sync_once():
        if edition_id in pending:
            pending.discard(edition_id)
            sync_edition(edition_id)

    transaction.on_commit(sync_once)


def sync_course(course):
    kind_id = _training_kind_id()
    for edition_id in Edition.objects.filter(course=course).values_list("pk", flat=True):
        sync_edition(edition_id, kind_id)


class AcademySource(CalendarSource):
    key = SOURCE_KEY
    label = "Vrijwilligersacademie"
    trainings = True

    def sync_all(self):
        kind_id = _training_kind_id()
        edition_ids = list(Edition.objects.values_list("pk", flat=True))
        for edition_id in edition_ids:
            sync_edition(edition_id, kind_id)
        withdraw_missing(SOURCE_KEY, edition_ids)


def register_with_calendar():
    register_source(AcademySource())
