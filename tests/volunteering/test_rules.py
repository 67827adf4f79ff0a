"""volunteering.rules decides a vacancy's life; its queryset forms agree with it."""

import datetime as dt
import itertools

import pytest
from django.test import override_settings
from django.utils import timezone

from tests.volunteering import builders as b
from volunteering import rules
from volunteering.models import OrganisationStatus, Reaction, ReactionStatus, Vacancy

pytestmark = pytest.mark.django_db

AMSTERDAM = dt.timezone(dt.timedelta(hours=1))


def at(year, month, day, hour=12, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


def test_expiry_is_the_end_date_or_the_set_time_whichever_comes_first():
    published = dt.date(2027, 1, 10)
    with override_settings(VOLUNTEERING_VACANCY_LIFETIME_DAYS=183):
        assert rules.expiry_date(published, None) == dt.date(2027, 7, 12)
        assert rules.expiry_date(published, dt.date(2027, 3, 1)) == dt.date(2027, 3, 1)
        assert rules.expiry_date(published, dt.date(2028, 1, 1)) == dt.date(2027, 7, 12)


def test_a_vacancy_is_live_through_its_last_day_in_almere(now):
    vacancy = b.vacancy(now=now)
    vacancy.expires_on = dt.date(2027, 1, 13)
    # 23:59 in Almere on the last day is still that day; a minute later it is over.
    assert rules.is_live(vacancy, at(2027, 1, 13, 23, 59))
    assert not rules.is_live(vacancy, at(2027, 1, 14, 0, 0))
    # 00:30 in Almere is still the day before in UTC: Almere's date counts.
    assert not rules.is_live(vacancy, dt.datetime(2027, 1, 13, 23, 30, tzinfo=dt.UTC))


def test_live_q_agrees_with_is_live_for_every_kind_of_vacancy(now):
    organisations = {
        status: b.organisation(status=status, now=now)
        for status in (
            OrganisationStatus.APPROVED,
            OrganisationStatus.PENDING,
            OrganisationStatus.SUSPENDED,
        )
    }
    organisations["never signed up"] = b.organisation(status=None, now=now)
    today = timezone.localdate(now)
    expiries = (None, today - dt.timedelta(days=1), today, today + dt.timedelta(days=30))
    statuses = ("concept", "ingediend", "teruggestuurd", "gepubliceerd", "gesloten")
    for organisation, expires_on, status in itertools.product(
        organisations.values(), expiries, statuses
    ):
        b.vacancy(organisation, now=now, live=False, status=status, expires_on=expires_on)

    vacancies = Vacancy.objects.select_related("organisation__vacancy_account")
    in_python = {v.pk for v in vacancies if rules.is_live(v, now)}
    in_sql = set(Vacancy.objects.filter(rules.live_q(now)).values_list("pk", flat=True))
    assert in_python == in_sql
    # Published, not expired, organisation approved: two expiry dates qualify.
    assert len(in_sql) == 2


def test_the_state_an_organisation_sees(now):
    today = timezone.localdate(now)
    approved = b.organisation(now=now)
    suspended = b.organisation(status=OrganisationStatus.SUSPENDED, now=now)
    live = b.vacancy(approved, now=now)
    expired = b.vacancy(approved, now=now, expires_on=today - dt.timedelta(days=1))
    on_hold = b.vacancy(suspended, now=now)
    draft = b.vacancy(approved, now=now, live=False)

    assert rules.vacancy_state(live, now) == rules.VacancyState.LIVE
    assert rules.vacancy_state(expired, now) == rules.VacancyState.EXPIRED
    assert rules.vacancy_state(on_hold, now) == rules.VacancyState.ON_HOLD
    assert rules.vacancy_state(draft, now) == rules.VacancyState.DRAFT
    assert str(rules.vacancy_state(expired, now).label) == "Verlopen"


def test_renewing_is_possible_from_a_week_before_expiry(now):
    today = timezone.localdate(now)
    vacancy = b.vacancy(now=now, expires_on=today + dt.timedelta(days=8))
    assert not rules.may_renew(vacancy, now)
    vacancy.expires_on = today + dt.timedelta(days=7)
    assert rules.may_renew(vacancy, now)
    vacancy.expires_on = today - dt.timedelta(days=20)
    assert rules.may_renew(vacancy, now)
    vacancy.status = "gesloten"
    assert not rules.may_renew(vacancy, now)


def test_expiry_reminder_is_due_once_per_expiry_date(now):
    today = timezone.localdate(now)
    soon = b.vacancy(now=now, expires_on=today + dt.timedelta(days=7))
    later = b.vacancy(now=now, expires_on=today + dt.timedelta(days=8))
    reminded = b.vacancy(
        now=now, expires_on=today + dt.timedelta(days=3), expiry_reminder_sent_on=today
    )
    due = set(Vacancy.objects.filter(rules.expiry_reminder_due_q(now)))
    assert soon in due
    assert later not in due
    assert reminded not in due


@pytest.mark.parametrize(
    ("received", "first_overdue"),
    [
        # Monday: five working days later is the next Monday.
        (at(2027, 1, 11, 9), at(2027, 1, 18, 0, 0)),
        # Thursday: over the weekend, the next Thursday.
        (at(2027, 1, 14, 16), at(2027, 1, 21, 0, 0)),
        # Saturday and Sunday: the five working days are Monday to Friday after.
        (at(2027, 1, 16, 11), at(2027, 1, 22, 0, 0)),
        (at(2027, 1, 17, 23, 30), at(2027, 1, 22, 0, 0)),
    ],
)
def test_reaction_reminder_after_five_working_days(now, received, first_overdue):
    vacancy = b.vacancy(now=received)
    reaction = b.reaction(vacancy, now=received)
    just_before = first_overdue - dt.timedelta(minutes=1)

    assert not rules.reaction_reminder_due(reaction, just_before)
    assert rules.reaction_reminder_due(reaction, first_overdue)
    # The queryset form agrees at both moments.
    assert reaction not in Reaction.objects.filter(rules.unanswered_q(just_before))
    assert reaction in Reaction.objects.filter(rules.unanswered_q(first_overdue))


def test_an_answered_or_reminded_reaction_needs_no_reminder(now):
    vacancy = b.vacancy(now=now)
    later = now + dt.timedelta(days=30)
    answered = b.reaction(vacancy, now=now, status=ReactionStatus.IN_CONTACT)
    reminded = b.reaction(vacancy, now=now, reminder_sent_at=now + dt.timedelta(days=8))

    assert not rules.reaction_reminder_due(answered, later)
    assert not rules.reaction_reminder_due(reminded, later)
    assert answered not in Reaction.objects.filter(rules.unanswered_q(later))
    # Reminded but still unanswered: VMCA keeps seeing it in its list.
    assert reminded in Reaction.objects.filter(rules.unanswered_q(later))


def test_only_a_started_reaction_is_a_match(now):
    vacancy = b.vacancy(now=now)
    for status in ReactionStatus:
        reaction = b.reaction(vacancy, now=now, status=status)
        assert rules.is_match(reaction) == (status == ReactionStatus.STARTED)
