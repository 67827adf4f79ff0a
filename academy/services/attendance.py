"""Attendance: who came to which session, set on the roster, by check-in code or as a walk-in.

Every write locks the edition row first (academy.services.locking), the same lock the
registration engine takes. So attendance never races a cancellation or a move of the
same person, and two trainers tapping at once simply queue. Each public function owns
its transaction: a refusal leaves nothing half-saved.

Who may: staff with academy.take_attendance who can see the edition (trainers only their
own editions). The services check this themselves, because a check-in code is looked up
before anyone knows which edition it belongs to.

When: from half an hour before a session starts (academy.rules.attendance_open), so people
can be checked in at the door; never weeks ahead. The roster and the check-in page ask the
same rule to show it before anyone taps.
"""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import rules
from ..access import may, visible_editions
from ..models import (
    ATTENDED_STATUSES,
    Attendance,
    AttendanceStatus,
    Participant,
    Registration,
    RegistrationStatus,
    Session,
)
from ..models.codes import normalise
from . import registration as engine
from .errors import AlreadyRegistered, InvalidAnswers, NotFound, RegistrationError
from .locking import lock_editions, owns_transaction

# Arriving more than this long after the start counts as late.
LATE_AFTER = dt.timedelta(minutes=15)


class AttendanceError(RegistrationError):
    """Attendance cannot be recorded; the message is for the trainer."""


class NotAllowed(AttendanceError):
    status = 403
    default_message = _("U mag de presentie van deze training niet bijhouden.")


class UnknownCode(AttendanceError):
    status = 404
    default_message = _(
        "Wij vinden geen aanmelding met deze code bij uw trainingen. Controleer de code."
    )


class OtherEdition(AttendanceError):
    default_message = _("Deze code hoort bij een andere training of datum.")


class NotConfirmed(AttendanceError):
    default_message = _("Deze persoon heeft geen plek in deze training. Kijk bij de aanmeldingen.")


class EditionCancelled(AttendanceError):
    default_message = _("Deze training is geannuleerd. Presentie bijhouden kan niet.")


class NoSessions(AttendanceError):
    default_message = _("Deze training heeft geen bijeenkomsten.")


class NotStartedYet(AttendanceError):
    default_message = _("Deze bijeenkomst is nog niet begonnen. Presentie bijhouden kan nog niet.")

    @classmethod
    def for_session(cls, session):
        return cls(
            _(
                "Deze bijeenkomst is nog niet begonnen. Presentie bijhouden kan vanaf "
                "%(moment)s, een half uur voor het begin."
            )
            % {"moment": moment_text(rules.attendance_opens(session))}
        )


def moment_text(value):
    """'dinsdag 3 maart, 19.00 uur': a moment as the roster and the messages write it."""
    local = timezone.localtime(value)
    return gettext("%(day)s, %(time)s uur") % {
        "day": formats.date_format(local, "l j F"),
        "time": formats.time_format(local),
    }


class InvalidStatus(AttendanceError):
    status = 400
    default_message = _("Kies aanwezig, afwezig, afgemeld of te laat.")


@dataclass
class WalkIn:
    """What the trainer types for someone who comes in without a registration."""

    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""


@dataclass
class CheckIn:
    registration: Registration
    session: Session
    attendance: Attendance
    already: bool  # was already checked in: nothing changed


# Checks ------------------------------------------------------------------------------------


def _require_may_take(by, edition_id):
    if by is None or not may(by, "attendance"):
        raise NotAllowed()
    if not visible_editions(by).filter(pk=edition_id).exists():
        raise NotFound()


def require_started(session, now):
    """Refuse attendance of a session that has not begun yet (rules.attendance_open)."""
    if not rules.attendance_open(session, now):
        raise NotStartedYet.for_session(session)


def _locked_edition(session, by, now):
    """Lock the session's edition after the access check; refuse a cancelled edition and a
    session that has not begun yet."""
    _require_may_take(by, session.edition_id)
    edition = lock_editions(session.edition_id)[session.edition_id]
    if edition.is_cancelled:
        raise EditionCancelled()
    require_started(session, now)
    return edition


def _confirmed(registration_id, edition):
    """The registration as it is now (under the edition lock), only with a place."""
    registration = (
        Registration.objects.select_related("participant").filter(pk=registration_id).first()
    )
    if registration is None or registration.edition_id != edition.pk:
        raise NotFound()
    if registration.status != RegistrationStatus.CONFIRMED:
        raise NotConfirmed()
    return registration


def _upsert(registration, session, status, by, method, note):
    values = {"status": status, "method": method, "recorded_by": by}
    if note is not None:
        values["note"] = note.strip()[:300]
    attendance, _created = Attendance.objects.update_or_create(
        registration=registration, session=session, defaults=values
    )
    return attendance


def late_or_present(session, now):
    return AttendanceStatus.LATE if now > session.start + LATE_AFTER else AttendanceStatus.PRESENT


# Public services -----------------------------------------------------------------------------


@owns_transaction
def record_attendance(registration, session, status, *, by, method="lijst", note=None, now=None):
    """Set (or change) one person's attendance for one session. note=None keeps the note."""
    if status not in AttendanceStatus.values:
        raise InvalidStatus()
    if method not in Attendance.Method.values:
        raise InvalidStatus()
    edition = _locked_edition(session, by, now or timezone.now())
    registration = _confirmed(registration.pk, edition)
    return _upsert(registration, session, status, by, method, note)


@owns_transaction
def mark_all_present(session, *, by, now=None):
    """Everyone with a place and no attendance yet for this session → aanwezig. Returns how
    many were marked; people already marked (also afwezig or afgemeld) stay as they are."""
    edition = _locked_edition(session, by, now or timezone.now())
    marked = set(
        Attendance.objects.filter(session=session).values_list("registration_id", flat=True)
    )
    unmarked = edition.registrations.filter(status=RegistrationStatus.CONFIRMED).exclude(
        pk__in=marked
    )
    rows = [
        Attendance(
            registration=registration,
            session=session,
            status=AttendanceStatus.PRESENT,
            method=Attendance.Method.ROSTER,
            recorded_by=by,
        )
        for registration in unmarked
    ]
    Attendance.objects.bulk_create(rows)
    return len(rows)


def nearest_session(sessions, now):
    """The session running now, else the one that starts or ended closest to now."""
    sessions = list(sessions)
    if not sessions:
        return None
    for session in sessions:
        if session.start <= now <= session.end:
            return session

    def distance(session):
        return min(abs(session.start - now), abs(session.end - now))

    return min(sessions, key=lambda session: (distance(session), session.start))


def find_by_code(code, *, by):
    """The registration behind a typed or scanned code, if `by` may take its attendance."""
    if by is None or not may(by, "attendance"):
        raise NotAllowed()
    stored = normalise(code)
    if not stored:
        raise UnknownCode()
    registration = (
        Registration.objects.select_related(
            "participant", "edition", "edition__course", "edition__event_page"
        )
        .filter(checkin_code=stored)
        .first()
    )
    # Another trainer's participant reads as unknown: a code says nothing about other editions.
    if registration is None or not visible_editions(by).filter(pk=registration.edition_id).exists():
        raise UnknownCode()
    return registration


def session_for_check_in(registration, session=None, now=None):
    """The given session (it must belong to the registration's edition) or the nearest one."""
    if session is not None:
        if session.edition_id != registration.edition_id:
            raise OtherEdition()
        return session
    chosen = nearest_session(registration.edition.sessions.all(), now or timezone.now())
    if chosen is None:
        raise NoSessions()
    return chosen


@owns_transaction
def check_in(code, *, by, session=None, method=Attendance.Method.CODE, now=None):
    """Check in the person whose personal code was scanned or typed. Someone who is already
    checked in for the session stays as they were (a second scan changes nothing)."""
    now = now or timezone.now()
    registration = find_by_code(code, by=by)
    session = session_for_check_in(registration, session, now)
    edition = _locked_edition(session, by, now)
    registration = _confirmed(registration.pk, edition)
    existing = Attendance.objects.filter(registration=registration, session=session).first()
    if existing is not None and existing.status in ATTENDED_STATUSES:
        return CheckIn(registration, session, existing, already=True)
    attendance = _upsert(registration, session, late_or_present(session, now), by, method, None)
    return CheckIn(registration, session, attendance, already=False)


def _clean_walk_in(data):
    values = {
        "first_name": (data.first_name or "").strip(),
        "last_name": (data.last_name or "").strip(),
        "email": (data.email or "").strip(),
        "phone": (data.phone or "").strip(),
    }
    if not values["first_name"] or not values["last_name"]:
        raise InvalidAnswers(_("Vul de voornaam en de achternaam in."))
    if len(values["first_name"]) > 80 or len(values["last_name"]) > 120:
        raise InvalidAnswers(_("Deze naam is te lang."))
    if len(values["phone"]) > 40:
        raise InvalidAnswers(_("Dit telefoonnummer is te lang."))
    if values["email"]:
        try:
            validate_email(values["email"])
        except ValidationError as error:
            raise InvalidAnswers(_("Dit e-mailadres klopt niet.")) from error
    return values


def _walk_in_participant(values):
    """The person with this e-mail address if we know them, else a new participant."""
    if values["email"]:
        known = Participant.objects.filter(
            email__iexact=values["email"], anonymised__isnull=True
        ).first()
        if known is not None:
            return known
    return Participant(**values)  # saved by the engine with the registration


@owns_transaction
def add_walk_in(session, data, *, by, now=None):
    """Register someone who walks in (through the one registration engine) and mark them
    aanwezig. A full edition refuses: the engine's message says so."""
    values = _clean_walk_in(data)
    edition = _locked_edition(session, by, now or timezone.now())
    person = _walk_in_participant(values)
    existing = None
    if person.pk is not None:
        existing = edition.registrations.live().filter(participant=person).first()
    if existing is not None and existing.status != RegistrationStatus.CONFIRMED:
        raise AlreadyRegistered(
            _("%(name)s staat al op de wachtlijst of heeft een plek aangeboden gekregen.")
            % {"name": person.full_name}
        )
    registration = existing or engine.register_by_staff(
        edition.pk, person, engine.Answers(), by=by, allow_waiting_list=False
    )
    _upsert(registration, session, AttendanceStatus.PRESENT, by, Attendance.Method.WALK_IN, None)
    return registration
