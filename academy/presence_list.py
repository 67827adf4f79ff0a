"""The printable presentielijst of one session: the paper proof several registers accept.

Participants sign next to their name; professionals who want accreditation points have
their register and number on the line, and the course's accreditation IDs stand in the
heading, so a register can match the sheet to its own records.
"""

from django.utils import timezone
from django.utils.text import slugify

from cms.pdf import render_pdf
from events.calendar.spec import AMSTERDAM

from .models import AttendanceStatus, CertificateSettings, RegistrationStatus
from .services.accreditation import covers

TEMPLATE = "academy/pdf/presentielijst.html"
STYLESHEETS = ("css/pdf.css", "css/presentielijst.css")


def accreditations_on(course, day):
    """The course's accreditations that are valid on the day of the session."""
    if course is None:
        return []
    accreditations = course.accreditations.select_related("register").order_by("sort_order", "pk")
    return [accreditation for accreditation in accreditations if covers(accreditation, day, day)]


def _rows(session, edition):
    marks = dict(session.attendances.values_list("registration_id", "status"))
    labels = dict(AttendanceStatus.choices)
    registrations = (
        edition.registrations.filter(status=RegistrationStatus.CONFIRMED)
        .select_related("participant", "register")
        .order_by("participant__last_name", "participant__first_name", "pk")
    )
    return [
        {
            "name": r.participant.initials_and_surname,
            "register": r.register.short_name if r.wants_accreditation and r.register_id else "",
            "number": r.register_number if r.wants_accreditation else "",
            "status": labels.get(marks.get(r.pk), ""),
        }
        for r in registrations
    ]


def context(session, edition=None):
    edition = edition or session.edition
    start = timezone.localtime(session.start, AMSTERDAM)
    end = timezone.localtime(session.end, AMSTERDAM)
    return {
        "organisation": CertificateSettings.load().organisation_name,
        "edition": edition,
        "title": edition.title,
        "session": session,
        "start": start,
        "end": end,
        "location": session.location_text,
        "trainers": ", ".join(person.full_name for person in edition.trainers.all()),
        "accreditations": accreditations_on(edition.course, start.date()),
        "rows": _rows(session, edition),
        "printed": timezone.localtime(timezone.now(), AMSTERDAM),
    }


def render(session, edition=None):
    with timezone.override(AMSTERDAM):
        return render_pdf(TEMPLATE, context(session, edition), stylesheets=STYLESHEETS)


def filename(session, edition=None):
    edition = edition or session.edition
    start = timezone.localtime(session.start, AMSTERDAM)
    slug = slugify(edition.title)[:60] or "bijeenkomst"
    return f"presentielijst-{slug}-{start:%Y%m%d-%H%M}.pdf"
