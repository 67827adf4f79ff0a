"""Builders for certificate tests: finished editions, confirmed registrations, attendance."""

from django.utils import timezone

from tests.academy import conftest as c


def register(name="Registerplein"):
    from django.db.models import Q

    from academy.models import AccreditationRegister

    return AccreditationRegister.objects.get(Q(name=name) | Q(short_name=name))


def finished_edition(course_page=None, sessions=2, **fields):
    """An edition whose weekly sessions all lie in the past (the last one a day ago)."""
    return c.edition(
        course_page, starts_in_days=-(7 * (sessions - 1) + 1), sessions=sessions, **fields
    )


def confirmed(edition, participant=None, **fields):
    """A confirmed registration made directly: the engine refuses editions in the past."""
    from academy.models import Registration, RegistrationStatus

    participant = participant or c.participant()
    fields.setdefault("status", RegistrationStatus.CONFIRMED)
    return Registration.objects.create(
        edition=edition,
        participant=participant,
        participant_type=participant.participant_type,
        confirmed_at=timezone.now(),
        **fields,
    )


def attend(registration, sessions=None, status="aanwezig"):
    from academy.models import Attendance

    sessions = registration.edition.sessions.all() if sessions is None else sessions
    for session in sessions:
        Attendance.objects.update_or_create(
            registration=registration, session=session, defaults={"status": status}
        )
    return registration


def professional(edition, number="46101234", register_name="Registerplein", **fields):
    participant = c.participant(
        participant_type="professional", first_name="Fatima", last_name="El Amrani"
    )
    return confirmed(
        edition,
        participant,
        wants_accreditation=True,
        register=register(register_name),
        register_number=number,
        **fields,
    )


def accredited_course(points="4.0", register_name="Registerplein", **fields):
    return c.course(accreditations=[(register(register_name), "ACC-2026-0042", points)], **fields)


def participant_named(first_name, last_name, **fields):
    return c.participant(first_name=first_name, last_name=last_name, **fields)
