"""The Vrijwilligersacademie in figures: editions, registrations, the waiting list,
attendance, completion, certificates and money, for a period and the same period a year
earlier.

Each figure has one definition, a Q on one model below (`registered_q`, `held_sessions_q`,
...). The small public functions (`registrations`, `participants`, `certificates`,
`editions_held`) count with it for the live figures on the home page; `section()` counts
with the same Q inside its aggregates, so the dashboard and the home page always agree.

Counted in SQL with a fixed number of queries whatever the number of registrations: each
query aggregates both periods at once (a conditional count per period), and the trends
count per calendar month in Almere inside the same queries (see "Months" below): eleven
queries for the section. Only the completion figure may need up to three more, when
someone might have made up a missed session in another edition (the make-up rule of
academy.services.completion).
"""

import datetime as dt
from decimal import Decimal
from functools import reduce
from operator import or_

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from academy.models import (
    ATTENDED_STATUSES,
    Attendance,
    Certificate,
    Edition,
    EditionStatus,
    ParticipantType,
    Payment,
    PaymentStatus,
    Refund,
    Registration,
    RegistrationStatus,
    Session,
)
from academy.services.completion import Completion, required_sessions
from cms.figures import local_zone, month_of, next_month

from ..sections import (
    COUNT,
    EURO,
    PEOPLE,
    PERCENT,
    POINTS,
    SECTION_TITLES,
    Breakdown,
    Figure,
    Point,
    Row,
    Section,
    Trend,
)

ALMERE = local_zone()
KEY = "academie"
NO_GROUP = ""  # the key of "Onbekend" (no wijk) and of certificates without a register


# The definitions -------------------------------------------------------------------------------


def _within(field, start, end):
    return Q(**{f"{field}__gte": start, f"{field}__lt": end})


def _in(field, period):
    return _within(field, *period.bounds())


def _held_until(period, now):
    """The end of what has happened in `period` by `now`: a session later today is not held."""
    start, end = period.bounds()
    return start, min(end, now)


def registered_q(period):
    """A new registration in `period` (on Registration): created in it, a place or a
    waiting-list entry. A move to another date (services.registration.move) makes a new
    row for the same sign-up; that row has a `moved_from` and does not count again."""
    return _in("created", period) & Q(moved_from__isnull=True)


# A paid registration: a price to pay (the engine copies the course's price for the
# person's type onto the registration; Gratis is 0).
PAID_Q = Q(price_cents__gt=0)


def waiting_q(period):
    """Joined the waiting list in `period` (the engine sets waiting_since then)."""
    return _in("waiting_since", period)


def offered_q(period):
    """A freed place offered to someone on the waiting list in `period`."""
    return _in("offered_at", period)


# An offer that was taken: services.registration._answer_offer gives the place (confirmed
# from then, or held while the person pays online, which may later end unpaid). An offer
# that was declined, ran out or was cancelled while open never had confirmed_at set.
ACCEPTED_Q = Q(confirmed_at__gte=F("offered_at")) | Q(
    status__in=(RegistrationStatus.AWAITING_PAYMENT, RegistrationStatus.NOT_PAID)
)
EXPIRED_Q = Q(status=RegistrationStatus.EXPIRED)


def held_sessions_q(period, now, prefix=""):
    """A session held in `period` (on Session, or through `prefix`): it started in the
    period before `now`, and its edition was not cancelled."""
    start, until = _held_until(period, now)
    return _within(f"{prefix}start", start, until) & ~Q(
        **{f"{prefix}edition__status": EditionStatus.CANCELLED}
    )


def issued_q(period):
    """A certificate issued in `period`. Counted on Certificate.objects.valid(): a revoked
    certificate does not count (a re-issued one counts once, on its new date)."""
    return _in("issued_at", period)


def ended_editions_q(period, now, prefix=""):
    """An edition (on Edition, or through `prefix`) that ended in `period` by `now`: its
    last session ended then. A cancelled edition did not end, it did not take place."""
    start, until = _held_until(period, now)
    return _within(f"{prefix}last_end", start, until) & ~Q(
        **{f"{prefix}status": EditionStatus.CANCELLED}
    )


# Payments: paid in the period (paid_at is set when the provider or staff say so); refunds:
# paid back in the period (a refund succeeds with completed_at, services.charges.refund_done).
def paid_q(period):
    return Q(status=PaymentStatus.PAID) & _in("paid_at", period)


def refunded_q(period):
    return Q(status=Refund.Status.SUCCEEDED) & _in("completed_at", period)


# The small public functions (the live figures on the home page) ---------------------------------


def registrations(period):
    """New registrations in `period`."""
    return Registration.objects.filter(registered_q(period)).count()


def participants(period):
    """Different people with a new registration in `period`."""
    return Registration.objects.filter(registered_q(period)).aggregate(
        n=Count("participant", distinct=True)
    )["n"]


def certificates(period):
    """Valid certificates issued in `period`."""
    return Certificate.objects.valid().filter(issued_q(period)).count()


def editions_held(period, now):
    """Editions with a session held in `period` by `now` (not cancelled)."""
    return Session.objects.filter(held_sessions_q(period, now)).aggregate(
        n=Count("edition", distinct=True)
    )["n"]


# The section -----------------------------------------------------------------------------------


def section(period, previous, now):
    periods = {"current": period, "previous": previous}
    registered = _registrations(periods)
    counts = registered["totals"]
    for name, value in _participants(periods).items():
        counts[name]["participants"] = value
    editions = _editions(periods, now)
    present = _present(periods, now)
    expected = _expected(periods, now)
    completion = _completion(periods, now)
    per_register, certificate_months = _certificates(periods)
    money = _money(periods)

    def both(values, key):
        return values["current"][key], values["previous"][key]

    certificate_total = {name: sum(row[name] for row in per_register.values()) for name in periods}
    points_total = {
        name: sum((row[f"{name}_points"] for row in per_register.values()), Decimal(0))
        for name in periods
    }
    attendance = {
        name: _rate(present["totals"][name], expected[name]["places"]) for name in periods
    }
    figures = [
        Figure(
            "editions",
            _("Edities gegeven"),
            COUNT,
            editions["current"],
            editions["previous"],
            help=_(
                "Edities met een bijeenkomst in deze periode die al is geweest. Geannuleerde "
                "edities tellen niet mee."
            ),
        ),
        Figure(
            "registrations",
            _("Aanmeldingen"),
            PEOPLE,
            *both(counts, "registrations"),
            help=_(
                "Nieuwe aanmeldingen in deze periode, ook voor de wachtlijst. Wie naar een "
                "andere datum is verplaatst, telt niet opnieuw mee."
            ),
        ),
        Figure(
            "participants",
            _("Deelnemers"),
            PEOPLE,
            *both(counts, "participants"),
            help=_("Verschillende mensen die zich in deze periode hebben aangemeld."),
        ),
        Figure(
            "waiting",
            _("Op de wachtlijst gezet"),
            PEOPLE,
            *both(counts, "waiting"),
            help=_("Aanmeldingen die in deze periode op de wachtlijst kwamen."),
        ),
        Figure(
            "offers_accepted",
            _("Aanbod aangenomen"),
            PEOPLE,
            *both(counts, "accepted"),
            help=_(
                "Plekken die in deze periode zijn aangeboden aan iemand op de wachtlijst, "
                "en die de persoon heeft aangenomen."
            ),
        ),
        Figure(
            "offers_expired",
            _("Aanbod verlopen"),
            PEOPLE,
            *both(counts, "expired"),
            help=_(
                "Plekken die in deze periode zijn aangeboden aan iemand op de wachtlijst, "
                "zonder dat die op tijd antwoord gaf."
            ),
        ),
        Figure(
            "attendance",
            _("Aanwezigheid"),
            PERCENT,
            attendance["current"],
            attendance["previous"],
            base=expected["current"]["people"],
            previous_base=expected["previous"]["people"],
            help=_(
                "Van alle plekken bij bijeenkomsten in deze periode: hoeveel mensen er echt "
                "waren. Te laat komen telt als aanwezig."
            ),
        ),
        Figure(
            "completion",
            _("Training afgerond"),
            PERCENT,
            _rate(completion["current"]["completed"], completion["current"]["people"]),
            _rate(completion["previous"]["completed"], completion["previous"]["people"]),
            base=completion["current"]["people"],
            previous_base=completion["previous"]["people"],
            help=_(
                "Deelnemers van edities die in deze periode zijn geëindigd: hoeveel van hen "
                "de training hebben afgerond."
            ),
        ),
        Figure(
            "certificates",
            _("Certificaten"),
            PEOPLE,
            certificate_total["current"],
            certificate_total["previous"],
            help=_(
                "Certificaten en bewijzen van deelname die in deze periode zijn gemaakt. "
                "Een ingetrokken certificaat telt niet mee."
            ),
        ),
        Figure(
            "points",
            _("Accreditatiepunten"),
            POINTS,
            points_total["current"],
            points_total["previous"],
            help=_("Alle punten op de certificaten van deze periode bij elkaar opgeteld."),
        ),
        Figure(
            "paid",
            _("Betaalde aanmeldingen"),
            PEOPLE,
            *both(counts, "paid"),
            help=_("Nieuwe aanmeldingen voor een training waarvoor iemand moet betalen."),
        ),
        Figure(
            "free",
            _("Gratis aanmeldingen"),
            PEOPLE,
            *both(counts, "free"),
            help=_("Nieuwe aanmeldingen voor een training die gratis is."),
        ),
        Figure(
            "revenue",
            _("Ontvangen betalingen"),
            EURO,
            *both(money, "revenue"),
            help=_("Betalingen die in deze periode zijn binnengekomen, online of op factuur."),
        ),
        Figure(
            "refunds",
            _("Terugbetaald"),
            EURO,
            *both(money, "refunds"),
            help=_("Bedragen die in deze periode zijn terugbetaald."),
        ),
    ]
    trends = [
        _trend(
            "registrations",
            _("Aanmeldingen per maand"),
            PEOPLE,
            period,
            registered["months"],
        ),
        _trend("present", _("Aanwezigen per maand"), PEOPLE, period, present["months"]),
        _trend("certificates", _("Certificaten per maand"), PEOPLE, period, certificate_months),
    ]
    breakdowns = [
        Breakdown(
            "registrations_per_type",
            _("Aanmeldingen per soort deelnemer"),
            _("Soort deelnemer"),
            PEOPLE,
            [
                Row(value, str(label), *registered["types"].get(value, (0, 0)))
                for value, label in ParticipantType.choices
            ],
        ),
        Breakdown(
            "registrations_per_wijk",
            _("Aanmeldingen per wijk"),
            _("Wijk"),
            PEOPLE,
            registered["wijken"],
        ),
        Breakdown(
            "certificates_per_register",
            _("Certificaten per register"),
            _("Register"),
            PEOPLE,
            _register_rows(per_register, "current", "previous"),
        ),
        Breakdown(
            "points_per_register",
            _("Punten per register"),
            _("Register"),
            POINTS,
            _register_rows(
                {key: row for key, row in per_register.items() if key != NO_GROUP},
                "current_points",
                "previous_points",
            ),
        ),
        Breakdown(
            "paid_free",
            _("Betaald en gratis"),
            _("Soort aanmelding"),
            PEOPLE,
            [
                Row("paid", _("Betaald"), *both(counts, "paid")),
                Row("free", _("Gratis"), *both(counts, "free")),
            ],
        ),
    ]
    return Section(
        key=KEY,
        title=str(SECTION_TITLES[KEY]),
        figures=figures,
        trends=trends,
        breakdowns=breakdowns,
    )


def _rate(part, whole):
    """A percentage (Decimal), or None when there is nothing to divide by."""
    if not whole:
        return None
    return Decimal(part) * 100 / Decimal(whole)


def _any(qs):
    """The rows any of the periods counts (the WHERE of a query over both periods)."""
    return reduce(or_, qs)


# Months: the points of the trends -----------------------------------------------------------
#
# Rows are grouped by the calendar month in Almere they fall in: a CASE over the months of
# both periods, with each month's edges as aware datetimes (midnight in Almere, the same
# edges as Period.bounds()). TruncMonth(tzinfo=Almere) gives the same months, but on SQLite
# it calls a Python function for every row, which alone took longer than the whole section
# may with 10,000 registrations. Which period a row counts for is still decided by the
# period's own Q, so a custom period that starts mid-month is cut at its own edges.


def _moment(day):
    return dt.datetime.combine(day, dt.time.min, tzinfo=ALMERE)


def _month_key(field, periods):
    """The first day of the month of `field` in Almere ("2026-03-01"), for a row that one
    of the periods counts: the first of their months that ends after it. (A row outside
    the periods gets a wrong month or "", but it counts 0 for both periods.)"""
    months = sorted({month for period in periods.values() for month in period.months()})
    return Case(
        *[
            When(
                **{f"{field}__lt": _moment(next_month(month))},
                then=Value(month.isoformat()),
            )
            for month in months
        ],
        default=Value(""),
        output_field=CharField(),
    )


def _add_month(found, key, counts):
    """Add {period name: n} to the month `key` (a first day, or its ISO text) of `found`
    ({month: {name: n}})."""
    if not key:
        return
    if isinstance(key, str):
        key = dt.date.fromisoformat(key)
    totals = found.setdefault(key, {"current": 0, "previous": 0})
    for name, value in counts.items():
        totals[name] += value or 0


def _trend(key, title, unit, period, monthly):
    points = []
    for month in period.months():
        earlier = month.replace(year=month.year - 1)
        points.append(
            Point(
                month=month,
                current=monthly.get(month, {}).get("current", 0),
                previous=monthly.get(earlier, {}).get("previous", 0),
            )
        )
    return Trend(key=key, title=title, unit=unit, points=points)


# Registrations --------------------------------------------------------------------------------


def _registrations(periods):
    """One query: every registration figure of both periods, per participant type and
    wijk (the participant's; a neighbourhood counts for its district, as in
    volunteering.figures) and per month. The figures are the sums of the groups."""
    figures = {}
    for name, period in periods.items():
        registered, offered = registered_q(period), offered_q(period)
        figures.update(
            {
                f"{name}_registrations": Count("pk", filter=registered),
                f"{name}_paid": Count("pk", filter=registered & PAID_Q),
                f"{name}_free": Count("pk", filter=registered & ~PAID_Q),
                f"{name}_waiting": Count("pk", filter=waiting_q(period)),
                f"{name}_accepted": Count("pk", filter=offered & ACCEPTED_Q),
                f"{name}_expired": Count("pk", filter=offered & EXPIRED_Q),
            }
        )
    empty = Value(NO_GROUP, output_field=CharField())
    rows = (
        Registration.objects.filter(
            _any(registered_q(p) | waiting_q(p) | offered_q(p) for p in periods.values())
        )
        .values(
            kind=F("participant_type"),
            wijk=Coalesce("participant__wijk__district__slug", "participant__wijk__slug", empty),
            wijk_name=Coalesce(
                "participant__wijk__district__name", "participant__wijk__name", empty
            ),
            month=_month_key("created", periods),
        )
        .annotate(**figures)
        .order_by()
    )
    totals = {name: {key.partition("_")[2]: 0 for key in figures} for name in periods}
    types, wijken, found_months = {}, {}, {}
    for row in rows:
        for key in figures:
            name, _sep, figure = key.partition("_")
            totals[name][figure] += row[key]
        current, previous = row["current_registrations"], row["previous_registrations"]
        kind = types.setdefault(row["kind"], [0, 0])
        kind[0] += current
        kind[1] += previous
        wijk = wijken.setdefault(row["wijk"], [row["wijk_name"], 0, 0])
        wijk[1] += current
        wijk[2] += previous
        _add_month(found_months, row["month"], {"current": current, "previous": previous})
    wijk_rows = [
        Row(key=key, label=name or _("Onbekend"), current=current, previous=previous)
        for key, (name, current, previous) in wijken.items()
        if current or previous
    ]
    wijk_rows.sort(key=lambda row: (row.key == NO_GROUP, row.label.lower(), row.key))
    return {
        "totals": totals,
        "types": {kind: tuple(values) for kind, values in types.items()},
        "wijken": wijk_rows,
        "months": found_months,
    }


def _participants(periods):
    """One query: participants() for both periods."""
    registered = {name: registered_q(period) for name, period in periods.items()}
    return Registration.objects.filter(_any(registered.values())).aggregate(
        **{name: Count("participant", distinct=True, filter=q) for name, q in registered.items()}
    )


def _editions(periods, now):
    """One query: editions_held() for both periods."""
    held = {name: held_sessions_q(period, now) for name, period in periods.items()}
    return Session.objects.filter(_any(held.values())).aggregate(
        **{name: Count("edition", distinct=True, filter=q) for name, q in held.items()}
    )


# Attendance ------------------------------------------------------------------------------------


def _present(periods, now):
    """One query: present at the sessions held in each period, in total and per month.
    Present: attended (late counts: ATTENDED_STATUSES) and still holding the place, as
    the attendance overview counts them (academy.admin.attendance)."""
    held = {
        name: held_sessions_q(period, now, prefix="session__") for name, period in periods.items()
    }
    rows = (
        Attendance.objects.filter(
            _any(held.values()),
            status__in=ATTENDED_STATUSES,
            registration__status=RegistrationStatus.CONFIRMED,
        )
        .values("session__start")  # a few hundred sessions a year: put in months here
        .annotate(**{name: Count("pk", filter=q) for name, q in held.items()})
        .order_by()
    )
    totals, found = dict.fromkeys(periods, 0), {}
    for row in rows:
        for name in periods:
            totals[name] += row[name]
        _add_month(found, month_of(row["session__start"]), {name: row[name] for name in periods})
    return {"totals": totals, "months": found}


def _expected(periods, now):
    """Two queries: the places expected at the sessions held in each period (per session,
    every confirmed registration of its edition, as the attendance overview counts them)
    and the number of different people behind those places."""
    held = {name: held_sessions_q(period, now) for name, period in periods.items()}
    confirmed = (
        Registration.objects.filter(
            edition=OuterRef("edition"), status=RegistrationStatus.CONFIRMED
        )
        .values("edition")
        .annotate(n=Count("pk"))
        .values("n")
    )
    places = (
        Session.objects.filter(_any(held.values()))
        .annotate(expected=Coalesce(Subquery(confirmed, output_field=IntegerField()), 0))
        .aggregate(**{name: Sum("expected", filter=q) for name, q in held.items()})
    )
    people = Registration.objects.filter(status=RegistrationStatus.CONFIRMED).aggregate(
        **{
            name: Count(
                "participant",
                distinct=True,
                filter=Q(edition__in=Session.objects.filter(q).values("edition_id")),
            )
            for name, q in held.items()
        }
    )
    return {name: {"places": places[name] or 0, "people": people[name]} for name in periods}


# Completion ------------------------------------------------------------------------------------


def _completion(periods, now):
    """{period name: {"people": confirmed registrations of editions that ended in the
    period, "completed": how many of them met the course's completion rule}}.

    The rule is academy.services.completion: Completion.met with required_sessions(),
    applied here per group of registrations that share an edition, a number of sessions
    attended and a test result, so the database returns a few rows per edition, never one
    per person. Two queries; two or three more only when someone on a course that allows a
    make-up is one session short (then _made_up checks the make-up rule)."""
    editions = {
        row[0]: row[1:]
        for row in Edition.objects.filter(_any(ended_editions_q(p, now) for p in periods.values()))
        .annotate(total=Count("sessions"))
        .values_list(
            "pk",
            "last_end",
            "total",
            "course_id",
            "course__completion_percent",
            "course__completion_allows_make_up",
            "course__completion_requires_assessment",
        )
    }
    result = {name: {"people": 0, "completed": 0} for name in periods}
    if not editions:
        return result
    windows = {name: _held_until(period, now) for name, period in periods.items()}

    def periods_of(edition_id):
        last_end = editions[edition_id][0]
        return [name for name, (start, until) in windows.items() if start <= last_end < until]

    def completion(edition_id, attended, assessment_passed):
        """The Completion of a confirmed registration with these facts (an agenda event
        has no course: every session counts, no make-up, no test; completion._rule)."""
        _last_end, total, course_id, percent, _make_up, needs_test = editions[edition_id]
        return Completion(
            registration_id=None,
            total=total,
            required=required_sessions(total, percent if course_id else 100),
            attended=attended,
            needs_assessment=bool(course_id and needs_test),
            assessment_passed=assessment_passed,
        )

    def may_make_up(edition_id, found):
        """Completion's make-up case: on such a course, exactly one session short (and the
        test passed when there is one)."""
        allows = editions[edition_id][2] and editions[edition_id][4]
        test_ok = not found.needs_assessment or found.assessment_passed is True
        return bool(allows) and test_ok and found.attended == found.required - 1

    confirmed = Registration.objects.filter(
        edition__in=list(editions), status=RegistrationStatus.CONFIRMED
    ).annotate(attended=_attended_sessions())
    short = set()
    for row in (
        confirmed.values("edition_id", "attended", "assessment_passed")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        edition_id = row["edition_id"]
        found = completion(edition_id, row["attended"], row["assessment_passed"])
        for name in periods_of(edition_id):
            result[name]["people"] += row["n"]
            result[name]["completed"] += row["n"] if found.met else 0
        if not found.met and may_make_up(edition_id, found):
            short.add(edition_id)
    if short:
        candidates = [
            (pk, edition_id, participant_id, editions[edition_id][2])
            for pk, edition_id, participant_id, attended, passed in confirmed.filter(
                edition__in=short
            ).values_list("pk", "edition_id", "participant_id", "attended", "assessment_passed")
            if may_make_up(edition_id, completion(edition_id, attended, passed))
        ]
        made_up = _made_up(candidates)
        for pk, edition_id, _participant, _course in candidates:
            if pk in made_up:
                for name in periods_of(edition_id):
                    result[name]["completed"] += 1
    return result


def _attended_sessions():
    """Sessions of its own edition the registration attended (late counts), as
    completions_for_registrations counts them."""
    attended = (
        Attendance.objects.filter(
            registration=OuterRef("pk"),
            status__in=ATTENDED_STATUSES,
            session__edition=OuterRef("edition"),
        )
        .values("registration")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(attended, output_field=IntegerField()), 0)


def _made_up(candidates):
    """The ids of `candidates` (registration, edition, participant, course), each one
    session short, that made up a missed session: they attended the session in the same
    place of another edition of the same course (completion._make_up_positions)."""
    if not candidates:
        return set()
    courses = {course for _r, _e, _p, course in candidates}
    position, order = {}, {}
    for edition_id, session_id in (
        Session.objects.filter(edition__course_id__in=courses)
        .order_by("edition_id", "start", "pk")
        .values_list("edition_id", "pk")
    ):
        in_edition = order.setdefault(edition_id, [])
        position[session_id] = len(in_edition)
        in_edition.append(session_id)
    attended = Attendance.objects.filter(
        status__in=ATTENDED_STATUSES,
        registration__participant_id__in={participant for _r, _e, participant, _c in candidates},
        session__edition__course_id__in=courses,
    ).values_list(
        "registration_id",
        "registration__participant_id",
        "session_id",
        "session__edition__course_id",
        "session__edition_id",
    )
    own, elsewhere = {}, {}
    for registration_id, participant_id, session_id, course_id, edition_id in attended:
        own.setdefault(registration_id, set()).add(session_id)
        elsewhere.setdefault((participant_id, course_id), []).append((edition_id, session_id))
    made_up = set()
    for registration_id, edition_id, participant_id, course_id in candidates:
        missed = {
            position[session_id]
            for session_id in order.get(edition_id, [])
            if session_id not in own.get(registration_id, set())
        }
        if any(
            other != edition_id and position[session_id] in missed
            for other, session_id in elsewhere.get((participant_id, course_id), [])
        ):
            made_up.add(registration_id)
    return made_up


# Certificates and money -----------------------------------------------------------------------


def _certificates(periods):
    """One query: valid certificates and their points per register, and per month, for
    both periods. ({register_name: {"current": n, "previous": n, "current_points": ..}},
    {month: {"current": n, "previous": n}}); register "" is a bewijs van deelname."""
    issued = {name: issued_q(period) for name, period in periods.items()}
    aggregates = {}
    for name, q in issued.items():
        aggregates[name] = Count("pk", filter=q)
        aggregates[f"{name}_points"] = Sum("points", filter=q)
    rows = (
        Certificate.objects.valid()
        .filter(_any(issued.values()))
        .values("register_name", month=_month_key("issued_at", periods))
        .annotate(**aggregates)
        .order_by()
    )
    found, found_months = {}, {}
    for row in rows:
        totals = found.setdefault(
            row["register_name"] or NO_GROUP,
            {name: Decimal(0) if name.endswith("_points") else 0 for name in aggregates},
        )
        for name in aggregates:
            totals[name] += row[name] or 0
        _add_month(found_months, row["month"], {name: row[name] for name in periods})
    return found, found_months


def _register_rows(per_register, current, previous):
    rows = [
        Row(
            key=key,
            label=key or _("Geen register (bewijs van deelname)"),
            current=values[current],
            previous=values[previous],
        )
        for key, values in per_register.items()
    ]
    return sorted(rows, key=lambda row: (row.key == NO_GROUP, row.label.lower()))


def _money(periods):
    """Two queries: payments paid and refunds paid back in each period (cents)."""
    paid = Payment.objects.aggregate(
        **{name: Sum("amount_cents", filter=paid_q(p)) for name, p in periods.items()}
    )
    refunded = Refund.objects.aggregate(
        **{name: Sum("amount_cents", filter=refunded_q(p)) for name, p in periods.items()}
    )
    return {name: {"revenue": paid[name] or 0, "refunds": refunded[name] or 0} for name in periods}
