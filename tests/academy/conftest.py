"""Builders for academy tests: a catalogue, courses, editions with sessions, participants."""

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from tests import factories as f

_numbers = itertools.count(1)


def catalogue():
    from academy.models import CourseIndexPage

    home = f.home_page()
    existing = CourseIndexPage.objects.child_of(home).first()
    return existing or f.add_page(
        home, CourseIndexPage, title="Vrijwilligersacademie", slug="vrijwilligersacademie"
    )


def course(title=None, prices=None, accreditations=(), publish_it=True, **fields):
    """A course page. prices: {participant_type: cents}; accreditations: (register, id, points)."""
    from academy.models import CourseAccreditation, CoursePage, CoursePrice

    number = next(_numbers)
    page = CoursePage(
        title=title or f"Training {number}",
        slug=fields.pop("slug", f"training-{number}"),
        intro=fields.pop("intro", "Een training voor vrijwilligers in Almere."),
        **fields,
    )
    page.prices = [
        CoursePrice(participant_type=kind, amount_cents=cents)
        for kind, cents in (prices or {}).items()
    ]
    page.accreditations = [
        CourseAccreditation(register=register, accreditation_id=code, points=points)
        for register, code, points in accreditations
    ]
    page.live = publish_it
    page.has_unpublished_changes = not publish_it
    catalogue().add_child(instance=page)
    if publish_it:
        f.publish(page)
    return page


def in_days(days, hour=19, minute=30):
    """`hour:minute` Amsterdam time, `days` days from today: the test clock's today (see
    tests/clock.py), so under TEST_NOW it is the same day in every test.

    For dates well away from now ("a course in two weeks", "one that ended last month").
    "Today at 19:30" is no good for a session that must be on now or about to start: it has
    begun or not depending on the hour. Build those from the `now` fixture instead
    (edition_in_progress, edition_starting_soon)."""
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


# How far from now the sessions of edition_in_progress() and edition_starting_soon() lie.
STARTED_AGO = dt.timedelta(minutes=30)
STARTS_IN = dt.timedelta(minutes=10)
SESSION_LENGTH = dt.timedelta(hours=2)


def edition(
    course_page=None, capacity=10, starts_in_days=14, sessions=1, first_start=None, **fields
):
    """An open edition with `sessions` weekly sessions of two hours: the first at 19:30,
    `starts_in_days` days from today, or at `first_start` (an aware datetime)."""
    from academy.models import Edition, EditionStatus, Session

    fields.setdefault("status", EditionStatus.OPEN)
    edition = Edition(course=course_page or course(), capacity=capacity, **fields)
    starts = [
        # Arithmetic on an aware datetime: the same instant next week, also across a
        # daylight-saving change; in_days() keeps 19:30 local.
        first_start + dt.timedelta(weeks=week)
        if first_start is not None
        else in_days(starts_in_days + 7 * week)
        for week in range(sessions)
    ]
    edition.sessions = [
        Session(
            start=start,
            end=start + SESSION_LENGTH,
            venue="Buurtcentrum De Schakel",
            address="Schakelstraat 1, Almere",
        )
        for start in starts
    ]
    edition.save()
    edition.refresh_from_db()
    return edition


def edition_in_progress(now, **fields):
    """An edition whose first session began half an hour before `now`: the session a
    trainer takes attendance for. Sign-up closed at its start, so add people with book()."""
    return edition(first_start=now - STARTED_AGO, **fields)


def edition_starting_soon(now, **fields):
    """An edition whose first session starts ten minutes after `now`: people are at the
    door to check in, and signing up is still open."""
    return edition(first_start=now + STARTS_IN, **fields)


def book(edition, person=None, **kwargs):
    """Register `person` through the engine a day before the first session, while sign-up
    was open: for an edition that has begun by the test's now (edition_in_progress)."""
    from academy.services import registration as services

    before_the_start = edition.first_start - dt.timedelta(days=1)
    return services.register(edition.pk, person or participant(), now=before_the_start, **kwargs)


def participant(email=None, participant_type="vrijwilliger", user=None, **fields):
    from academy.models import Participant

    number = next(_numbers)
    return Participant.objects.create(
        first_name=fields.pop("first_name", "Deelnemer"),
        last_name=fields.pop("last_name", f"Nummer {number}"),
        email=f"deelnemer{number}@example.nl" if email is None else email,
        participant_type=participant_type,
        user=user,
        **fields,
    )


def user_with_participant(email=None, participant_type="vrijwilliger", password="geheim-123"):  # noqa: S107
    """A verified allauth account with its participant profile."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    number = next(_numbers)
    email = email or f"account{number}@example.nl"
    user = get_user_model().objects.create_user(
        username=f"account{number}", email=email, password=password
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    person = participant(email=email, participant_type=participant_type, user=user)
    return user, person


@pytest.fixture
def academy(db):
    """Reference data every academy test can use."""
    return catalogue()


@pytest.fixture
def staff(academy):
    """An academy staff member (the Academie group)."""
    return f.user(groups=["Academie"], first_name="Sanne", last_name="Staf")


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client
