"""Has someone completed a course? Computed from attendance, never typed in.

The rule lives on the course page: the share of sessions a person must attend (default
all of them), whether one missed session may be made up in another edition of the same
course (the session in the same place in that edition's order), and whether a test must
be passed. An edition that belongs to an agenda event (a werkcafé) has no course: there
every session counts.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from ..models import ATTENDED_STATUSES, Attendance, Registration, RegistrationStatus, Session


@dataclass
class Completion:
    registration_id: int
    total: int  # sessions in the edition
    required: int  # sessions the rule asks for
    attended: int  # sessions attended in this edition
    made_up: int = 0  # missed sessions attended in another edition (0 or 1)
    needs_assessment: bool = False
    assessment_passed: bool | None = None
    missed_session_ids: list = field(default_factory=list)
    confirmed: bool = True

    @property
    def counted(self):
        return self.attended + self.made_up

    @property
    def met(self):
        if not self.confirmed or self.total == 0:
            return False
        if self.needs_assessment and self.assessment_passed is not True:
            return False
        return self.counted >= self.required

    @property
    def explanation(self):
        """Why it is (not) complete, in one short sentence for staff and participants."""
        if not self.confirmed:
            return _("Deze persoon had geen plek.")
        if self.total == 0:
            return _("Deze editie heeft geen bijeenkomsten.")
        if self.counted < self.required:
            return _("Aanwezig bij %(counted)s van de %(required)s nodige bijeenkomsten.") % {
                "counted": self.counted,
                "required": self.required,
            }
        if self.needs_assessment and self.assessment_passed is not True:
            return _("De toets is nog niet gehaald.")
        if self.made_up:
            return _("Afgerond; één bijeenkomst is ingehaald in een andere editie.")
        return _("Afgerond.")


def _rule(edition):
    course = edition.course
    if course is None:
        return 100, False, False
    return (
        course.completion_percent,
        course.completion_allows_make_up,
        course.completion_requires_assessment,
    )


def required_sessions(total, percent):
    """At least this many of `total` sessions: 80 % of 4 is 4 (3.2 rounded up)."""
    return min(total, max(1, math.ceil(total * percent / 100 - 1e-9))) if total else 0


def _make_up_positions(edition, participant_ids):
    """{participant_id: {position, ...}}: session positions attended in *other* editions
    of the same course (position 0 is each edition's first session)."""
    if edition.course_id is None or not participant_ids:
        return {}
    attended = (
        Attendance.objects.filter(
            status__in=ATTENDED_STATUSES,
            registration__participant_id__in=participant_ids,
            session__edition__course_id=edition.course_id,
        )
        .exclude(session__edition_id=edition.pk)
        .values_list("registration__participant_id", "session_id", "session__edition_id")
    )
    attended = list(attended)
    if not attended:
        return {}
    edition_ids = {edition_id for _p, _s, edition_id in attended}
    position = {}
    for edition_id in edition_ids:
        ids = Session.objects.filter(edition_id=edition_id).order_by("start", "pk")
        for index, session_id in enumerate(ids.values_list("pk", flat=True)):
            position[session_id] = index
    found = {}
    for participant_id, session_id, _edition_id in attended:
        found.setdefault(participant_id, set()).add(position[session_id])
    return found


def completions_for_registrations(registrations):
    """{registration_id: Completion} for registrations of any editions, in a fixed number
    of queries whatever their number (plus one per edition where a make-up may count).
    Load them with select_related("edition__course") to keep it so."""
    registrations = list(registrations)
    if not registrations:
        return {}
    sessions = {}
    for edition_id, session_id in (
        Session.objects.filter(edition_id__in={r.edition_id for r in registrations})
        .order_by("start", "pk")
        .values_list("edition_id", "pk")
    ):
        sessions.setdefault(edition_id, []).append(session_id)

    attended = {}
    for registration_id, session_id in Attendance.objects.filter(
        registration_id__in=[r.pk for r in registrations],
        status__in=ATTENDED_STATUSES,
    ).values_list("registration_id", "session_id"):
        attended.setdefault(registration_id, set()).add(session_id)

    results = {}
    short_by_one = {}  # edition -> registrations one session short, on a make-up course
    for registration in registrations:
        session_ids = sessions.get(registration.edition_id, [])
        percent, allows_make_up, needs_assessment = _rule(registration.edition)
        required = required_sessions(len(session_ids), percent)
        present = attended.get(registration.pk, set()) & set(session_ids)
        completion = Completion(
            registration_id=registration.pk,
            total=len(session_ids),
            required=required,
            attended=len(present),
            needs_assessment=needs_assessment,
            assessment_passed=registration.assessment_passed,
            missed_session_ids=[pk for pk in session_ids if pk not in present],
            confirmed=registration.status == RegistrationStatus.CONFIRMED,
        )
        results[registration.pk] = completion
        if allows_make_up and session_ids and len(present) == required - 1:
            short_by_one.setdefault(registration.edition, []).append(registration)

    for edition, short in short_by_one.items():
        session_ids = sessions[edition.pk]
        made_up = _make_up_positions(edition, [r.participant_id for r in short])
        for registration in short:
            completion = results[registration.pk]
            positions = made_up.get(registration.participant_id, set())
            if any(session_ids.index(pk) in positions for pk in completion.missed_session_ids):
                completion.made_up = 1
    return results


def completions_for_edition(edition, registrations=None):
    """{registration_id: Completion} for the edition's registrations (default: every
    confirmed one), in a fixed number of queries whatever the group size."""
    if registrations is None:
        registrations = edition.registrations.filter(status=RegistrationStatus.CONFIRMED)
    registrations = list(registrations)
    for registration in registrations:
        registration.edition = edition  # the rule comes from the course: no query each
    return completions_for_registrations(registrations)


def completion_for(registration: Registration):
    return completions_for_edition(registration.edition, [registration])[registration.pk]
