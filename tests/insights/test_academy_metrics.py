"""The Vrijwilligersacademie's figures on the dashboard (insights.metrics.academy), counted
from known registrations, attendance, certificates and payments in 2026 and 2025."""

import datetime as dt
import itertools
import zoneinfo
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import (
    Attendance,
    Certificate,
    EditionStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
    Refund,
    Registration,
    RegistrationStatus,
)
from academy.services.completion import completions_for_registrations
from insights.metrics import academy as metrics
from insights.periods import Period
from tests import factories as f
from tests.academy import conftest as c

pytestmark = [pytest.mark.django_db, pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")]

ALMERE = zoneinfo.ZoneInfo("Europe/Amsterdam")
NOW = dt.datetime(2027, 3, 10, 12, 0, tzinfo=ALMERE)
YEAR = Period.year(2026)
EARLIER = YEAR.previous_year()
_references = itertools.count(1)


def at(year, month, day, hour=12, minute=0):
    """A moment in Almere's time."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=ALMERE)


def registration(edition, created, participant=None, status=RegistrationStatus.CONFIRMED, **fields):
    """A registration made at `created` (the engine refuses dates in the past, and
    `created` is set by the database, so it is written afterwards)."""
    participant = participant or c.participant()
    if status == RegistrationStatus.CONFIRMED:
        fields.setdefault("confirmed_at", created)
    made = Registration.objects.create(
        edition=edition,
        participant=participant,
        participant_type=participant.participant_type,
        status=status,
        **fields,
    )
    Registration.objects.filter(pk=made.pk).update(created=created)
    made.created = created
    return made


def attend(registration, *statuses):
    """One status per session of the registration's edition, in order."""
    sessions = registration.edition.sessions.order_by("start")
    for session, status in zip(sessions, statuses, strict=True):
        Attendance.objects.create(registration=registration, session=session, status=status)


def certificate(registration, issued_at, register_name="", points=None, revoked_at=None):
    kind = Certificate.Kind.ACCREDITATION if register_name else Certificate.Kind.PARTICIPATION
    return Certificate.objects.create(
        registration=registration,
        kind=kind,
        participant_name=registration.participant.full_name,
        course_title="Omgaan met dementie",
        first_date=dt.date(2026, 3, 2),
        last_date=dt.date(2026, 3, 9),
        register_name=register_name,
        points=points,
        issued_at=issued_at,
        revoked_at=revoked_at,
    )


def payment(registration, status, paid_at=None, amount_cents=2500, **fields):
    return Payment.objects.create(
        registration=registration,
        method=PaymentMethod.ONLINE,
        status=status,
        amount_cents=amount_cents,
        reference=f"VMCA-TEST{next(_references)}",
        paid_at=paid_at,
        **fields,
    )


@pytest.fixture
def academy(db):
    """The course catalogue the courses live in (as tests/academy/conftest.py's)."""
    return c.catalogue()


@pytest.fixture
def known(academy):
    """Twelve registrations in 2026 and four in 2025, with attendance, certificates and
    payments; the expected values are in the tests."""
    page = c.course(title="Omgaan met dementie")
    held = c.edition(page, first_start=at(2026, 3, 2, 19, 30), sessions=2, capacity=20)
    earlier = c.edition(page, first_start=at(2025, 6, 10, 19, 30), sessions=1)
    future = c.edition(page, first_start=at(2027, 6, 1, 19, 30), sessions=1, capacity=30)
    c.edition(page, first_start=at(2026, 5, 1, 19, 30), sessions=1, status=EditionStatus.CANCELLED)

    buiten = f.wijk("Almere Buiten", slug="almere-buiten")
    regenboog = f.wijk("Regenboogbuurt", slug="regenboogbuurt", district=buiten)
    haven = f.wijk("Almere Haven", slug="almere-haven")

    people = [
        c.participant(wijk=regenboog),
        c.participant(wijk=buiten),
        c.participant(wijk=haven),
        c.participant(),
        c.participant(participant_type="mantelzorger"),
        c.participant(participant_type="mantelzorger", wijk=haven),
    ]
    created = [
        at(2026, 1, 1, 0, 30),  # just after midnight in Almere: 2026
        at(2026, 1, 15),
        at(2026, 2, 3),
        at(2026, 2, 10),
        at(2026, 2, 20),
        at(2026, 2, 25),
    ]
    r1, r2, r3, r4, r5, r6 = (
        registration(held, moment, person, price_cents=2500 if index >= 4 else 0)
        for index, (person, moment) in enumerate(zip(people, created, strict=True))
    )
    for done in (r1, r2, r3, r4):
        attend(done, "aanwezig", "aanwezig")
    attend(r5, "aanwezig", "te-laat")
    attend(r6, "te-laat", "afwezig")

    # Moved to another date by staff: the new row is not a new registration.
    professional = c.participant(participant_type="professional")
    moved = registration(future, at(2026, 2, 1), professional)
    registration(
        future, at(2026, 1, 20), professional, status=RegistrationStatus.CANCELLED, moved_to=moved
    )

    # The waiting list and its offers.
    waiting = RegistrationStatus.WAITING
    registration(
        future,
        at(2026, 4, 1),
        c.participant(participant_type="anders"),
        status=waiting,
        waiting_since=at(2026, 4, 1),
    )
    registration(
        future,
        at(2026, 4, 2),
        waiting_since=at(2026, 4, 2),
        offered_at=at(2026, 5, 1),
        confirmed_at=at(2026, 5, 2),
    )
    registration(
        future,
        at(2026, 4, 3),
        status=RegistrationStatus.EXPIRED,
        waiting_since=at(2026, 4, 3),
        offered_at=at(2026, 5, 3),
        ended_at=at(2026, 5, 5),
    )
    registration(
        future,
        at(2026, 4, 4),
        status=RegistrationStatus.DECLINED,
        waiting_since=at(2026, 4, 4),
        offered_at=at(2026, 5, 4),
        ended_at=at(2026, 5, 4, 18),
    )
    # The same person again: a second registration, not a second participant.
    again = registration(future, at(2026, 6, 1), people[0], price_cents=2500)

    # 2025: 23:30 on 31 December is still the old year in Almere.
    registration(future, at(2025, 12, 31, 23, 30))
    e1, e2, e3 = (registration(earlier, at(2025, 5, day)) for day in (1, 2, 3))
    attend(e1, "aanwezig")
    attend(e2, "aanwezig")
    attend(e3, "afwezig")

    # Certificates: three with points, two without (one just before 2027), one revoked.
    for done in (r1, r2, r3):
        certificate(done, at(2026, 3, 20), "Registerplein", Decimal("4.0"))
    certificate(r4, at(2026, 3, 20))
    certificate(r5, at(2026, 12, 31, 23, 30))
    certificate(r6, at(2026, 3, 20), revoked_at=at(2026, 3, 21))
    certificate(e1, at(2025, 6, 15))
    certificate(e2, at(2025, 6, 15), "Stichting Kwaliteitsregister Jeugd (SKJ)", Decimal("2.5"))

    # Money: one paid in 2026 and partly refunded, one paid on New Year's Eve 2025, one open.
    paid = payment(r5, PaymentStatus.PAID, at(2026, 2, 20), refunded_cents=1500)
    Refund.objects.create(
        payment=paid,
        amount_cents=1000,
        reason="Halve training",
        status=Refund.Status.SUCCEEDED,
        completed_at=at(2026, 4, 1),
    )
    Refund.objects.create(payment=paid, amount_cents=500, reason="Nog bezig")
    payment(r6, PaymentStatus.PAID, at(2025, 12, 31, 23, 30))
    payment(again, PaymentStatus.OPEN)
    return {"held": held, "future": future, "page": page}


def values(section, key):
    figure = section.figure(key)
    return figure.current, figure.previous


def test_each_figure_for_the_period_and_a_year_earlier(known):
    section = metrics.section(YEAR, EARLIER, NOW)
    assert section.key == "academie"
    assert section.title == "Vrijwilligersacademie"
    assert values(section, "editions") == (1, 1)  # the cancelled edition does not count
    assert values(section, "registrations") == (12, 4)  # the moved row does not count
    assert values(section, "participants") == (11, 4)
    assert values(section, "waiting") == (4, 0)
    assert values(section, "offers_accepted") == (1, 0)
    assert values(section, "offers_expired") == (1, 0)
    assert values(section, "paid") == (3, 0)
    assert values(section, "free") == (9, 4)
    # 12 places at two sessions; 11 there (late counts). A year earlier 2 of 3.
    attendance = section.figure("attendance")
    assert attendance.current == Decimal(11) * 100 / 12
    assert attendance.previous == Decimal(2) * 100 / 3
    assert (attendance.base, attendance.previous_base) == (6, 3)
    completion = section.figure("completion")
    assert completion.current == Decimal(5) * 100 / 6
    assert completion.previous == Decimal(2) * 100 / 3
    assert (completion.base, completion.previous_base) == (6, 3)
    assert values(section, "certificates") == (5, 2)  # the revoked one does not count
    assert values(section, "points") == (Decimal("12.0"), Decimal("2.5"))
    assert values(section, "revenue") == (2500, 2500)
    assert values(section, "refunds") == (1000, 0)


def test_as_shown_small_groups_and_rates(known):
    section = metrics.section(YEAR, EARLIER, NOW)
    assert section.figure("paid").shown == "< 5"  # three people
    assert section.figure("registrations").shown == "12"
    assert section.figure("registrations").shown_previous == "< 5"
    assert section.figure("registrations").change == ""  # would reveal the small group
    assert section.figure("attendance").shown == "92 %"
    assert section.figure("attendance").shown_previous == "< 5"  # over three people
    assert section.figure("completion").shown == "83 %"
    assert section.figure("points").shown == "12,0"
    assert section.figure("revenue").shown == "€ 25,00"
    assert section.figure("refunds").shown == "€ 10,00"
    assert section.figure("editions").shown == "1"


def test_trends_per_month_against_a_year_earlier(known):
    section = metrics.section(YEAR, EARLIER, NOW)

    def line(key):
        return {
            point.month.month: (point.current, point.previous)
            for point in section.trend(key).points
            if point.current or point.previous
        }

    assert [point.month for point in section.trend("registrations").points] == YEAR.months()
    # 00:30 on 1 January counts for January 2026; 23:30 on 31 December 2025 for December.
    assert line("registrations") == {
        1: (3, 0),
        2: (4, 0),
        4: (4, 0),
        5: (0, 3),
        6: (1, 0),
        12: (0, 1),
    }
    assert line("present") == {3: (11, 0), 6: (0, 2)}
    assert line("certificates") == {3: (4, 0), 6: (0, 2), 12: (1, 0)}


def test_breakdowns(known):
    section = metrics.section(YEAR, EARLIER, NOW)

    def rows(key):
        return [(row.label, row.current, row.previous) for row in section.breakdown(key).rows]

    assert rows("registrations_per_type") == [
        ("Vrijwilliger", 8, 4),
        ("Mantelzorger", 2, 0),
        ("Professional in zorg of welzijn", 1, 0),
        ("Medewerker van een organisatie", 0, 0),
        ("Anders", 1, 0),
    ]
    # Regenboogbuurt counts for Almere Buiten.
    assert rows("registrations_per_wijk") == [
        ("Almere Buiten", 3, 0),
        ("Almere Haven", 2, 0),
        ("Onbekend", 7, 4),
    ]
    assert rows("certificates_per_register") == [
        ("Registerplein", 3, 0),
        ("Stichting Kwaliteitsregister Jeugd (SKJ)", 0, 1),
        ("Geen register (bewijs van deelname)", 2, 1),
    ]
    assert section.breakdown("points_per_register").unit == "points"
    assert rows("points_per_register") == [
        ("Registerplein", Decimal("12.0"), Decimal("0")),
        ("Stichting Kwaliteitsregister Jeugd (SKJ)", Decimal("0"), Decimal("2.5")),
    ]
    assert rows("paid_free") == [("Betaald", 3, 0), ("Gratis", 9, 4)]


def test_the_small_functions_agree_with_the_section(known):
    section = metrics.section(YEAR, EARLIER, NOW)
    for period, side in ((YEAR, "current"), (EARLIER, "previous")):
        assert metrics.registrations(period) == getattr(section.figure("registrations"), side)
        assert metrics.participants(period) == getattr(section.figure("participants"), side)
        assert metrics.certificates(period) == getattr(section.figure("certificates"), side)
        assert metrics.editions_held(period, NOW) == getattr(section.figure("editions"), side)


def test_the_edges_of_a_period(known):
    assert metrics.registrations(Period.month(2026, 1)) == 3  # with 00:30 on 1 January
    assert metrics.registrations(Period.month(2025, 12)) == 1  # 23:30 on 31 December
    assert metrics.certificates(Period.month(2026, 12)) == 1  # 23:30 on 31 December 2026
    assert metrics.certificates(Period.year(2027)) == 0


def test_an_edition_is_held_once_its_session_has_begun(known):
    june = Period.month(2027, 6)
    session_start = at(2027, 6, 1, 19, 30)
    assert metrics.editions_held(june, session_start - dt.timedelta(minutes=1)) == 0
    assert metrics.editions_held(june, session_start + dt.timedelta(minutes=1)) == 1


def test_a_missed_session_made_up_in_another_edition_completes(academy):
    page = c.course(completion_allows_make_up=True)
    first = c.edition(page, first_start=at(2026, 9, 1, 19, 30), sessions=3)
    second = c.edition(page, first_start=at(2026, 10, 6, 19, 30), sessions=3)
    person = c.participant()
    short = registration(first, at(2026, 8, 1), person)
    attend(short, "aanwezig", "aanwezig", "afwezig")
    elsewhere = registration(second, at(2026, 8, 2), person)
    attend(elsewhere, "afwezig", "afwezig", "aanwezig")  # the third session, made up
    wrong_place = registration(first, at(2026, 8, 3))
    attend(wrong_place, "aanwezig", "afwezig", "aanwezig")
    other = registration(second, at(2026, 8, 4), wrong_place.participant)
    attend(other, "aanwezig", "afwezig", "afwezig")  # the first, not the missed second

    section = metrics.section(YEAR, EARLIER, NOW)
    completion = section.figure("completion")
    assert completion.base == 4
    assert completion.current == Decimal(25)  # only `short`, through the make-up
    # The same as the completion rule itself says.
    rule = completions_for_registrations(
        Registration.objects.select_related("edition__course").filter(
            status=RegistrationStatus.CONFIRMED
        )
    )
    assert [r for r, result in rule.items() if result.met] == [short.pk]


def build_year(count, page, edition):
    for number in range(count):
        done = registration(edition, at(2026, 1 + number % 12, 5), price_cents=number % 2 * 1000)
        attend(done, "aanwezig", "afwezig")
        if number % 3 == 0:
            certificate(done, at(2026, 11, 5), "Registerplein", Decimal("2.0"))
            payment(done, PaymentStatus.PAID, at(2026, 1 + number % 12, 6))


def test_the_number_of_queries_does_not_grow_with_the_registrations(academy):
    page = c.course()
    edition = c.edition(page, first_start=at(2026, 10, 1, 19, 30), sessions=2, capacity=100)

    build_year(3, page, edition)
    with CaptureQueriesContext(connection) as few:
        small = metrics.section(YEAR, EARLIER, NOW)
    build_year(27, page, edition)
    with CaptureQueriesContext(connection) as many:
        large = metrics.section(YEAR, EARLIER, NOW)

    assert small.figure("registrations").current == 3
    assert large.figure("registrations").current == 30
    assert large.figure("certificates").current == 10
    assert len(few.captured_queries) == len(many.captured_queries)
    assert len(many.captured_queries) == 11  # the module docstring says so
