"""Lists for the accreditation registers (PE-online): who earned the points, and the proof.

PE-online takes a plain list of register numbers, one per line. Several registers also
want a presence list with the accreditation ID, the dates, the points and who came to
which session. Only people who met the course's completion rule and asked for points in
that register are on these lists; the rule is computed (academy.services.completion),
never typed in.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from cms import spreadsheets

from .models import (
    AccreditationExport,
    Attendance,
    AttendanceStatus,
    ProfessionalRegistration,
    RegistrationStatus,
)
from .services.accreditation import (
    accreditations_by_register,
    covers,
    local_date,
    register_number,
)
from .services.completion import completions_for_edition

DATE_FORMAT = "%d-%m-%Y"


@dataclass
class Entry:
    """One registration that asked for points in a register, with its number and result."""

    registration: object
    number: str
    completion: object

    @property
    def participant(self):
        return self.registration.participant


@dataclass
class RegisterSummary:
    """What the edition has to report to one register."""

    accreditation: object  # CourseAccreditation
    qualifying: list = field(default_factory=list)  # completed, with a number: on the list
    not_completed: list = field(default_factory=list)  # asked for points, not (yet) completed
    without_number: list = field(default_factory=list)  # completed, but no number known
    covers_edition: bool = True  # the accreditation is valid on the edition's dates

    @property
    def register(self):
        return self.accreditation.register


def _surname_for_sorting(last_name):
    """'de Vries' sorts under V, as in Dutch lists: skip the lowercase prefix words."""
    words = last_name.split()
    while len(words) > 1 and words[0].islower():
        words.pop(0)
    return " ".join(words).lower()


def _sort_key(entry):
    person = entry.participant
    surname = _surname_for_sorting(person.last_name)
    return (surname, person.first_name.lower(), entry.registration.pk)


def register_summaries(edition):
    """One RegisterSummary per register the course is accredited in, in a fixed number of
    queries whatever the group size."""
    accreditations = accreditations_by_register(edition)
    if not accreditations:
        return []
    registrations = list(
        edition.registrations.filter(
            status=RegistrationStatus.CONFIRMED,
            wants_accreditation=True,
            register_id__in=list(accreditations),
        )
        .select_related("participant")
        .prefetch_related(
            Prefetch(
                "participant__professional_registrations",
                queryset=ProfessionalRegistration.objects.filter(
                    register_id__in=list(accreditations)
                ),
            )
        )
    )
    completions = completions_for_edition(edition, registrations)
    first, last = local_date(edition.first_start), local_date(edition.last_end)
    summaries = {
        register_id: RegisterSummary(
            accreditation=accreditation, covers_edition=covers(accreditation, first, last)
        )
        for register_id, accreditation in accreditations.items()
    }
    for registration in registrations:
        entry = Entry(registration, register_number(registration), completions[registration.pk])
        summary = summaries[registration.register_id]
        if not entry.completion.met:
            summary.not_completed.append(entry)
        elif not entry.number:
            summary.without_number.append(entry)
        else:
            summary.qualifying.append(entry)
    for summary in summaries.values():
        for entries in (summary.qualifying, summary.not_completed, summary.without_number):
            entries.sort(key=_sort_key)
    return sorted(summaries.values(), key=lambda s: s.register.name.lower())


def summary_for(edition, register_id):
    """The summary of one register, or None when the course has no accreditation there."""
    for summary in register_summaries(edition):
        if summary.register.pk == register_id:
            return summary
    return None


# The plain list ------------------------------------------------------------------------------


def number_list(summary):
    """Register numbers, one per line, as PE-online wants them pasted."""
    numbers = [entry.number for entry in summary.qualifying]
    return "".join(f"{number}\n" for number in numbers)


# The presence list ---------------------------------------------------------------------------


@dataclass
class PresenceList:
    headings: list
    rows: list  # text, and the points as a Decimal; each writer formats them


def _points(value):
    """Points as people write them (4, or 7,5): a number in Excel, that text in a CSV."""
    if value is None:
        return None
    value = Decimal(value)
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def presence_list(edition, summary):
    accreditation = summary.accreditation
    sessions = list(edition.sessions.order_by("start", "pk"))
    entries = summary.qualifying
    statuses = {}
    for registration_id, session_id, status in Attendance.objects.filter(
        registration_id__in=[entry.registration.pk for entry in entries],
        session__edition_id=edition.pk,
    ).values_list("registration_id", "session_id", "status"):
        statuses[(registration_id, session_id)] = str(AttendanceStatus(status).label)
    session_dates = ", ".join(
        timezone.localtime(session.start).strftime(DATE_FORMAT) for session in sessions
    )
    headings = [
        _("Register"),
        _("Registratienummer"),
        _("Voorletters en achternaam"),
        _("Voornaam"),
        _("E-mailadres"),
        _("Training"),
        _("Accreditatienummer"),
        _("Punten"),
        _("Data van de bijeenkomsten"),
        *(
            _("Bijeenkomst %(number)s (%(date)s)")
            % {
                "number": position,
                "date": timezone.localtime(session.start).strftime("%d-%m-%Y %H:%M"),
            }
            for position, session in enumerate(sessions, start=1)
        ),
        _("Afgerond"),
    ]
    not_recorded = _("Niet vastgelegd")
    rows = [
        [
            summary.register.short_name,
            entry.number,
            entry.participant.initials_and_surname,
            entry.participant.first_name,
            entry.participant.email,
            edition.title,
            accreditation.accreditation_id,
            _points(accreditation.points),
            session_dates,
            *(
                statuses.get((entry.registration.pk, session.pk), not_recorded)
                for session in sessions
            ),
            str(entry.completion.explanation),
        ]
        for entry in entries
    ]
    return PresenceList(headings=headings, rows=rows)


def presence_csv(edition, summary):
    """In the one spreadsheet dialect (cms.spreadsheets): what Dutch Excel opens."""
    table = presence_list(edition, summary)
    return spreadsheets.csv_bytes(table.headings, table.rows)


def presence_xlsx(edition, summary):
    table = presence_list(edition, summary)
    return spreadsheets.xlsx_bytes(summary.register.short_name, table.headings, table.rows)


# The log ---------------------------------------------------------------------------------------


def log_export(edition, summary, export_format, user):
    return AccreditationExport.objects.create(
        edition=edition,
        register=summary.register,
        format=export_format,
        participant_count=len(summary.qualifying),
        exported_by=user if user.is_authenticated else None,
    )
