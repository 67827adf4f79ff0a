"""Demo of a finished training: attendance, accreditation and certificates.

The certificate settings get an invented signatory (the academy's coordinator, with a
drawn signature), a closing line and a footer, so the demo certificates look as they will
in use. One accredited course ("Omgaan met grensoverschrijdend gedrag") with an edition
that took place last month. Professionals from three registers (Registerplein, KR V&V, SKJ) and
volunteers and mantelzorgers took part. One professional missed a session and gets no
certificate. Another was marked present by mistake: once the attendance was corrected,
his certificate was revoked. The demo account professional@vmca.example holds
one of the valid certificates, so it shows in Mijn academie.

Everything goes through the services (registration engine, attendance, certificates),
so the demo obeys the same rules as real use. Called from academy.demo at the end of a
build; safe to run again: once the course has its finished edition, nothing is added.
"""

import datetime as dt
import io
import logging
import math

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db.models import Exists, OuterRef
from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

from . import accreditation_export
from . import demo_content as content
from .models import (
    AccreditationExport,
    Attendance,
    AttendanceStatus,
    CertificateSettings,
    Edition,
    EditionStatus,
    Participant,
    RegistrationStatus,
    Session,
)
from .services.attendance import record_attendance
from .services.certificates import issue_certificate, revoke_certificate
from .services.errors import RegistrationError

logger = logging.getLogger(__name__)

COURSE = {
    "slug": "omgaan-met-grensoverschrijdend-gedrag",
    "title": "Omgaan met grensoverschrijdend gedrag",
    "intro": (
        "Iemand wordt boos, scheldt of komt te dichtbij. Wat doet u dan? In deze training "
        "leert u rustig te blijven, grenzen aan te geven en daarna goed voor uzelf te zorgen."
    ),
    "search_description": (
        "Training over grensoverschrijdend gedrag voor vrijwilligers, mantelzorgers en "
        "professionals in Almere. Met punten bij Registerplein, KR V&V en SKJ."
    ),
    "image_label": "Grenzen",
    "themes": ["scholing", "mantelzorg-ondersteunen"],
    "audiences": ["vrijwilligers", "mantelzorgers", "professionals"],
    "format": "op-locatie",
    "duration": "3 bijeenkomsten van 2,5 uur",
    "study_load": "9",
    "trainers": ["gloria", "hasan"],
    "prices": {**content.FREE_FOR_VOLUNTEERS, "professional": 9500},
    "accreditations": [
        ("Registerplein", "RP-2026-52318", "7.5"),
        ("KR V&V", "KRVV-324410", "7"),
        ("SKJ", "SKJ-2026-13052", "6"),
    ],
    "learning_goals": content._goals(
        "U herkent de signalen voordat iemand boos wordt.",
        "U blijft rustig en praat kort en duidelijk.",
        "U geeft uw grens aan, zonder ruzie te maken.",
        "U weet wat u na een nare situatie doet, en wie u kan helpen.",
    ),
    "body": content._body(
        "Voor vrijwilligers en mantelzorgers die soms met boze of verwarde mensen te maken "
        "hebben. En voor professionals in zorg en welzijn, zoals medewerkers van het wijkteam.",
        "In de eerste bijeenkomst gaat het over signalen: wat ziet en hoort u? In de tweede "
        "bijeenkomst oefent u met een acteur. In de derde bijeenkomst bespreken we wat u "
        "thuis of op uw werk meemaakte. U krijgt een kaart met de belangrijkste stappen mee.",
        content._faq(
            (
                "Krijg ik een certificaat?",
                "Ja, als u bij alle drie de bijeenkomsten was. Professionals krijgen een "
                "certificaat met punten. Vrijwilligers en mantelzorgers krijgen een bewijs "
                "van deelname.",
            ),
            (
                "Hoeveel punten krijg ik?",
                "Registerplein geeft 7,5 punten, het Kwaliteitsregister V&V 7 punten en SKJ 6 "
                "punten. Vul uw registratienummer in als u zich aanmeldt.",
            ),
        ),
    ),
}

# The finished edition: three Monday evenings, the last one about three weeks ago.
FINISHED = {
    "in": -37,
    "day": 0,
    "time": ("19:00", "21:30"),
    "sessions": 3,
    "every": 7,
    "where": "schakel",
    "capacity": 14,
}
# The next edition, open for registration.
UPCOMING = {
    "in": 45,
    "day": 0,
    "time": ("19:00", "21:30"),
    "sessions": 3,
    "every": 7,
    "where": "regenboog",
    "capacity": 14,
    "state": "open",
    "taken": 4,
}

# Who took part, by name (demo account key or "first last" from PARTICIPANTS).
# Attendance per session: "a" aanwezig, "l" te laat, "m" afgemeld (missed).
PARTICIPANTS = [
    ("professional", "aaa"),  # the demo account (Registerplein)
    ("Femke Dijkstra", "aaa"),  # Registerplein
    ("Vera Kuipers", "ama"),  # Registerplein, missed the second session: no certificate
    ("Linda Prins", "ala"),  # KR V&V, late once: that still counts
    ("Ivo Sanders", "aaa"),  # KR V&V, wrongly marked present: certificate revoked
    ("Priya Jagessar", "aaa"),  # SKJ
    ("Olga Kowalska", "laa"),  # SKJ
    ("Annemarie Koster", "aaa"),  # vrijwilliger
    ("Mehmet Aydin", "aaa"),  # vrijwilliger
    ("Hanneke Bos", "aaa"),  # mantelzorger
    ("Joke van Leeuwen", "aaa"),  # mantelzorger, phone only
]
STATUS = {"a": AttendanceStatus.PRESENT, "l": AttendanceStatus.LATE, "m": AttendanceStatus.EXCUSED}
NOTES = {
    ("Vera Kuipers", 1): "Belde af: haar dochter was ziek.",
    ("Linda Prins", 1): "Kwart over zeven binnen, file op de A6.",
}
# Marked present at the last session by mistake. When the trainer corrects it, the
# certificate that was issued on the wrong attendance is revoked.
CORRECTED = {
    "name": "Ivo Sanders",
    "session": 2,
    "note": "Verbeterd: was er niet. Eerst per ongeluk op aanwezig gezet.",
    "reason": (
        "De presentie was fout ingevuld. Meneer Sanders was niet bij de laatste bijeenkomst. "
        "Daarom heeft hij de training niet afgerond."
    ),
}


# Who signs the demo certificates: an invented person, not a real employee.
SIGNATORY = {
    "signatory_name": "Ingrid Veldhuis",
    "signatory_role": "Coördinator Vrijwilligersacademie",
    "signatory_role_en": "Coordinator, Volunteer Academy",
    "closing_line": "Met dank voor uw inzet voor de mensen in Almere.",
    "closing_line_en": "Thank you for your commitment to the people of Almere.",
    "footer": "VMCA Almere · Voorbeeldpassage 10, 1300 AB Almere · academie@vmca.example",
}
SIGNATURE_TITLE = "Handtekening Ingrid Veldhuis (voorbeeld)"


def signature_bytes():
    """A drawn scribble on a transparent background: clearly a demo signature."""
    image = Image.new("RGBA", (900, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    ink = (22, 36, 86, 255)
    loops = [
        (40 + step * 6, 120 - 60 * math.sin(step / 5) * math.exp(-step / 120))
        for step in range(130)
    ]
    draw.line(loops, fill=ink, width=7, joint="curve")
    draw.line([(90, 200), (820, 168)], fill=ink, width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _signature_image():
    model = get_image_model()
    existing = model.objects.filter(title=SIGNATURE_TITLE).first()
    if existing is not None:
        return existing
    image = model(
        title=SIGNATURE_TITLE,
        description="Een getekende krabbel als voorbeeld van een handtekening",
        file=ImageFile(io.BytesIO(signature_bytes()), name="demo-handtekening.png"),
    )
    image.save()
    return image


def sign_certificates():
    """The invented signatory on the certificate settings; settings that someone filled in
    already are left alone."""
    row = CertificateSettings.load()
    if row.signatory_name:
        return row
    for field, value in SIGNATORY.items():
        setattr(row, field, value)
    row.signature = _signature_image()
    row.save()
    return row


def _local(day, clock):
    return timezone.make_aware(dt.datetime.combine(day, dt.time.fromisoformat(clock)))


def _person(builder, name):
    if name in builder.accounts:
        return builder.accounts[name]
    first, last = name.split(" ", 1)
    return Participant.objects.get(first_name=first, last_name=last, user=None)


def _staff_user():
    return get_user_model().objects.filter(username=content.STAFF_ACCOUNT["username"]).first()


def build_finished_training(builder, index):
    """The course with one finished and one open edition; nothing when it exists already."""
    sign_certificates()
    course = builder._course(index, COURSE)
    if course.editions.exists():
        return None
    staff = _staff_user() or builder.admin
    edition = _finished_edition(builder, course)
    registrations = _register(builder, edition)
    _take_attendance(builder, edition, registrations)
    edition.status = EditionStatus.COMPLETED
    edition.save(update_fields=["status", "updated"])
    certificates = _issue(registrations, staff)
    _correct_attendance(builder, edition, registrations, certificates, staff)
    _export_example(edition, staff)
    builder._edition(course, COURSE, UPCOMING)
    return edition


def _finished_edition(builder, course):
    spec = FINISHED
    venue = content.VENUES[spec["where"]]
    first_day = builder._first_day(spec)
    start, end = spec["time"]
    edition = Edition(
        course=course,
        status=EditionStatus.OPEN,
        capacity=spec["capacity"],
        min_participants=6,
        wijk=builder.wijken.get(venue["wijk"]),
        internal_notes="Acteur geboekt voor de tweede avond. De lijsten zijn naar PE-online.",
    )
    edition.sessions = [
        Session(
            start=_local(first_day + dt.timedelta(days=spec["every"] * week), start),
            end=_local(first_day + dt.timedelta(days=spec["every"] * week), end),
            venue=venue["venue"],
            address=venue["address"],
        )
        for week in range(spec["sessions"])
    ]
    edition.trainers = list(course.trainers.all())
    edition.save()
    edition.refresh_from_db()
    return edition


def _register(builder, edition):
    """Staff registered everyone (after the first session, so only staff could), through
    the registration engine."""
    registrations = {}
    for name, _marks in PARTICIPANTS:
        person = _person(builder, name)
        registration = builder._register(edition, COURSE, person, staff=True)
        if registration.status != RegistrationStatus.CONFIRMED:
            raise RuntimeError(f"{name} did not get a place in the demo edition")
        registrations[name] = registration
    return registrations


def _take_attendance(builder, edition, registrations):
    sessions = list(edition.sessions.order_by("start"))
    for name, marks in PARTICIPANTS:
        for position, (session, mark) in enumerate(zip(sessions, marks, strict=True)):
            record_attendance(
                registrations[name],
                session,
                STATUS[mark],
                by=builder.admin,
                note=NOTES.get((name, position), ""),
            )


def _correct_attendance(builder, edition, registrations, certificates, staff):
    name = CORRECTED["name"]
    session = list(edition.sessions.order_by("start"))[CORRECTED["session"]]
    record_attendance(
        registrations[name],
        session,
        AttendanceStatus.ABSENT,
        by=builder.admin,
        note=CORRECTED["note"],
    )
    revoke_certificate(certificates[name], by=staff, reason=CORRECTED["reason"])


def _issue(registrations, staff):
    """A certificate for everyone who met the rule; the service refuses the others."""
    issued = {}
    for name, registration in registrations.items():
        try:
            issued[name] = issue_certificate(registration, by=staff, notify=False)
        except RegistrationError as refusal:
            logger.info("Demo: no certificate for %s: %s", name, refusal.message)
    return issued


def _export_example(edition, staff):
    """Staff already handed the Registerplein numbers to PE-online."""
    summaries = accreditation_export.register_summaries(edition)
    for summary in summaries:
        if summary.register.short_name == "Registerplein":
            accreditation_export.log_export(
                edition, summary, AccreditationExport.Format.NUMBERS, staff
            )


def complete_past_editions(builder):
    """The other demo editions that already took place were completed: their trainers
    took attendance (everyone came) and everyone got a certificate. Editions that have
    attendance already are left alone, so running the demo again adds nothing."""
    staff = _staff_user() or builder.admin
    taken = Attendance.objects.filter(session__edition=OuterRef("pk"))
    finished = Edition.objects.filter(status=EditionStatus.COMPLETED).exclude(Exists(taken))
    for edition in finished:
        sessions = list(edition.sessions.order_by("start"))
        registrations = list(edition.registrations.filter(status=RegistrationStatus.CONFIRMED))
        for registration in registrations:
            for session in sessions:
                record_attendance(registration, session, AttendanceStatus.PRESENT, by=builder.admin)
        _issue({str(r.pk): r for r in registrations}, staff)
