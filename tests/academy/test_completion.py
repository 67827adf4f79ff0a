"""The completion rule (computed from attendance, never typed in) and its edge cases."""

import pytest

from academy.models import RegistrationStatus
from academy.services.completion import completion_for, completions_for_edition, required_sessions

from . import certificate_builders as b
from .conftest import course

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "total, percent, needed",
    [
        (4, 100, 4),
        (4, 80, 4),
        (4, 75, 3),
        (3, 50, 2),
        (5, 80, 4),
        (1, 50, 1),
        (10, 10, 1),
        (0, 80, 0),
    ],
)
def test_required_sessions_rounds_up(total, percent, needed):
    assert required_sessions(total, percent) == needed


def sessions_of(edition):
    return list(edition.sessions.order_by("start"))


def test_default_rule_needs_every_session(academy):
    ed = b.finished_edition(course(), sessions=3)
    registration = b.confirmed(ed)
    b.attend(registration, sessions_of(ed)[:2])
    result = completion_for(registration)
    assert (result.attended, result.required, result.total) == (2, 3, 3)
    assert not result.met
    b.attend(registration, sessions_of(ed)[2:])
    assert completion_for(registration).met


def test_eighty_percent_of_four_still_needs_four(academy):
    ed = b.finished_edition(course(completion_percent=80), sessions=4)
    registration = b.attend(b.confirmed(ed), sessions_of(ed)[:3])
    result = completion_for(registration)
    assert result.required == 4 and not result.met


def test_half_of_three_needs_two(academy):
    ed = b.finished_edition(course(completion_percent=50), sessions=3)
    one = b.attend(b.confirmed(ed), sessions_of(ed)[:1])
    two = b.attend(b.confirmed(ed), sessions_of(ed)[1:])
    results = completions_for_edition(ed)
    assert not results[one.pk].met
    assert results[two.pk].met and results[two.pk].required == 2


def test_late_counts_and_excused_does_not(academy):
    ed = b.finished_edition(course(), sessions=2)
    late = b.confirmed(ed)
    b.attend(late, sessions_of(ed)[:1])
    b.attend(late, sessions_of(ed)[1:], status="te-laat")
    excused = b.confirmed(ed)
    b.attend(excused, sessions_of(ed)[:1])
    b.attend(excused, sessions_of(ed)[1:], status="afgemeld")
    results = completions_for_edition(ed)
    assert results[late.pk].met
    assert not results[excused.pk].met


def make_up_setup(allows=True, sessions=3):
    page = course(completion_allows_make_up=allows)
    ed = b.finished_edition(page, sessions=sessions)
    other = b.finished_edition(page, sessions=sessions)
    participant = b.participant_named("Inge", "Inhaal")
    registration = b.confirmed(ed, participant)
    return page, ed, other, participant, registration


def test_missed_session_made_up_in_another_edition_at_the_same_position_counts(academy):
    _page, ed, other, participant, registration = make_up_setup()
    b.attend(registration, sessions_of(ed)[:2])  # missed the third
    elsewhere = b.confirmed(other, participant)
    b.attend(elsewhere, sessions_of(other)[2:])  # the third of the other edition
    result = completion_for(registration)
    assert result.made_up == 1 and result.met
    assert "ingehaald" in str(result.explanation)


def test_make_up_at_another_position_does_not_count(academy):
    _page, ed, other, participant, registration = make_up_setup()
    b.attend(registration, sessions_of(ed)[:2])
    elsewhere = b.confirmed(other, participant)
    b.attend(elsewhere, sessions_of(other)[:1])  # the first, not the missed third
    assert not completion_for(registration).met


def test_make_up_in_another_course_does_not_count(academy):
    _page, ed, _other, participant, registration = make_up_setup()
    b.attend(registration, sessions_of(ed)[:2])
    unrelated = b.finished_edition(course(), sessions=3)
    b.attend(b.confirmed(unrelated, participant), sessions_of(unrelated)[2:])
    assert not completion_for(registration).met


def test_make_up_not_allowed_by_the_course(academy):
    _page, ed, other, participant, registration = make_up_setup(allows=False)
    b.attend(registration, sessions_of(ed)[:2])
    b.attend(b.confirmed(other, participant), sessions_of(other)[2:])
    assert not completion_for(registration).met


def test_only_one_session_may_be_made_up(academy):
    _page, ed, other, participant, registration = make_up_setup()
    b.attend(registration, sessions_of(ed)[:1])  # missed two
    b.attend(b.confirmed(other, participant), sessions_of(other)[1:])
    result = completion_for(registration)
    assert result.made_up == 0 and not result.met


def test_assessment_required(academy):
    ed = b.finished_edition(course(completion_requires_assessment=True), sessions=1)
    unknown = b.attend(b.confirmed(ed))
    failed = b.attend(b.confirmed(ed, assessment_passed=False))
    passed = b.attend(b.confirmed(ed, assessment_passed=True))
    results = completions_for_edition(ed)
    assert not results[unknown.pk].met and not results[failed.pk].met
    assert results[passed.pk].met
    assert "toets" in str(results[unknown.pk].explanation)


@pytest.mark.parametrize(
    "status",
    [RegistrationStatus.CANCELLED, RegistrationStatus.WAITING, RegistrationStatus.OFFERED],
)
def test_not_confirmed_is_never_complete(academy, status):
    ed = b.finished_edition(course(), sessions=1)
    registration = b.attend(b.confirmed(ed, status=status))
    result = completion_for(registration)
    assert not result.met
    assert str(result.explanation) == "Deze persoon had geen plek."


def test_edition_without_sessions_is_never_complete(academy):
    from academy.models import Edition

    ed = Edition.objects.create(course=course(), capacity=5)
    registration = b.confirmed(ed)
    result = completion_for(registration)
    assert result.total == 0 and not result.met
    assert "geen bijeenkomsten" in str(result.explanation)


def test_bulk_completion_uses_a_fixed_number_of_queries(academy, django_assert_max_num_queries):
    page = course(completion_allows_make_up=True)
    ed = b.finished_edition(page, sessions=2)
    for _ in range(12):
        registration = b.confirmed(ed)
        b.attend(registration, sessions_of(ed)[:1])
    with django_assert_max_num_queries(6):
        results = completions_for_edition(ed)
    assert len(results) == 12
