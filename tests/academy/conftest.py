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
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def edition(course_page=None, capacity=10, starts_in_days=14, sessions=1, **fields):
    """An open edition with `sessions` weekly sessions of two hours, the first in N days."""
    from academy.models import Edition, EditionStatus, Session

    fields.setdefault("status", EditionStatus.OPEN)
    edition = Edition(course=course_page or course(), capacity=capacity, **fields)
    edition.sessions = [
        Session(
            start=in_days(starts_in_days + 7 * week),
            end=in_days(starts_in_days + 7 * week) + dt.timedelta(hours=2),
            venue="Buurtcentrum De Schakel",
            address="Schakelstraat 1, Almere",
        )
        for week in range(sessions)
    ]
    edition.save()
    edition.refresh_from_db()
    return edition


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
