"""VMCA's check of vacancies, changes and organisations (volunteering.services.moderation)."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.models import ModelLogEntry

from tests import factories as f
from volunteering import rules
from volunteering.models import (
    ChangeStatus,
    ModerationDecision,
    OrganisationStatus,
    OutgoingMessage,
    Vacancy,
    VacancyChange,
    VacancyStatus,
)
from volunteering.services import moderation

from . import builders as b

pytestmark = pytest.mark.django_db

ALL_TICKED = list(moderation.CRITERIA)


@pytest.fixture
def staff():
    account = f.user()
    account.user_permissions.add(Permission.objects.get(codename="change_vacancy"))
    return account


def submitted(now, **fields):
    return b.vacancy(
        live=False, now=now, status=VacancyStatus.SUBMITTED, submitted_at=now, **fields
    )


def test_approve_publishes_records_decision_mails_and_logs(now, staff):
    vacancy = submitted(now)
    moderation.approve_vacancy(vacancy, checklist=ALL_TICKED, by=staff, now=now)
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.PUBLISHED
    assert vacancy.published_at == now
    assert vacancy.expires_on == rules.expiry_date(rules.today(now), None)
    assert rules.is_live(vacancy, now)
    decision = ModerationDecision.objects.get(vacancy=vacancy)
    assert decision.decision == "goedgekeurd"
    assert decision.checklist == {key: True for key in ALL_TICKED}
    assert decision.decided_by == staff
    mail = OutgoingMessage.objects.get(kind="vacancy_approved")
    assert mail.to == vacancy.organisation.email
    assert vacancy.title in mail.subject
    entry = ModelLogEntry.objects.get(action="volunteering.approve_vacancy")
    assert entry.user == staff and entry.object_id == str(vacancy.pk)


def test_end_date_before_lifetime_limits_expiry(now, staff):
    end = timezone.localdate(now) + dt.timedelta(days=20)
    vacancy = submitted(now, end_date=end)
    moderation.approve_vacancy(vacancy, checklist=ALL_TICKED, by=staff, now=now)
    vacancy.refresh_from_db()
    assert vacancy.expires_on == end


def test_incomplete_checklist_is_refused_and_nothing_changes(now, staff):
    vacancy = submitted(now)
    with pytest.raises(moderation.ModerationError) as error:
        moderation.approve_vacancy(vacancy, checklist=ALL_TICKED[:-1], by=staff, now=now)
    assert "Vink alle punten" in str(error.value.message)
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.SUBMITTED
    assert not ModerationDecision.objects.exists()
    assert not OutgoingMessage.objects.exists()
    assert not ModelLogEntry.objects.filter(action__startswith="volunteering.").exists()


def test_return_needs_a_reason_and_sends_it(now, staff):
    vacancy = submitted(now)
    with pytest.raises(moderation.ModerationError):
        moderation.return_vacancy(vacancy, reason="  ", by=staff, now=now)
    moderation.return_vacancy(
        vacancy, reason="Dit lijkt betaald werk.", checklist=["clear_task"], by=staff, now=now
    )
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.RETURNED
    assert vacancy.returned_reason == "Dit lijkt betaald werk."
    decision = ModerationDecision.objects.get(vacancy=vacancy)
    assert decision.checklist["clear_task"] is True
    assert decision.checklist["no_paid_work"] is False
    assert (
        "Dit lijkt betaald werk." in OutgoingMessage.objects.get(kind="vacancy_returned").body_text
    )


def test_a_second_decision_is_refused(now, staff):
    vacancy = submitted(now)
    moderation.approve_vacancy(vacancy, checklist=ALL_TICKED, by=staff, now=now)
    with pytest.raises(moderation.ModerationError) as error:
        moderation.return_vacancy(vacancy, reason="Te laat", by=staff, now=now)
    assert error.value.status == 409


def test_change_is_public_only_after_approval(now, staff):
    vacancy = b.vacancy(now=now, title="Oude titel")
    change = VacancyChange.objects.create(
        vacancy=vacancy, data={"title": "Nieuwe titel"}, submitted_at=now
    )
    vacancy.refresh_from_db()
    assert vacancy.title == "Oude titel"
    moderation.approve_change(change, checklist=ALL_TICKED, by=staff, now=now)
    vacancy.refresh_from_db()
    change.refresh_from_db()
    assert vacancy.title == "Nieuwe titel"
    assert change.status == ChangeStatus.APPROVED
    assert OutgoingMessage.objects.filter(kind="change_approved").count() == 1


def test_returned_change_leaves_the_old_text(now, staff):
    vacancy = b.vacancy(now=now, title="Oude titel")
    change = VacancyChange.objects.create(
        vacancy=vacancy, data={"title": "Nieuwe titel"}, submitted_at=now
    )
    moderation.return_change(change, reason="Titel is onduidelijk.", by=staff, now=now)
    vacancy.refresh_from_db()
    change.refresh_from_db()
    assert vacancy.title == "Oude titel"
    assert change.status == ChangeStatus.RETURNED
    assert ModerationDecision.objects.get(change=change).reason == "Titel is onduidelijk."
    assert OutgoingMessage.objects.filter(kind="change_returned").count() == 1


def test_suspend_takes_vacancies_offline_without_changing_their_status(now, staff):
    organisation = b.organisation(now=now)
    vacancy = b.vacancy(organisation, now=now)
    account = organisation.vacancy_account
    assert Vacancy.objects.filter(rules.live_q(now), pk=vacancy.pk).exists()
    moderation.suspend_organisation(account, reason="Klachten", by=staff, now=now)
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.PUBLISHED
    assert not Vacancy.objects.filter(rules.live_q(now), pk=vacancy.pk).exists()
    assert OutgoingMessage.objects.filter(kind="organisation_suspended").count() == 1
    moderation.reinstate(account, by=staff, now=now)
    assert Vacancy.objects.filter(rules.live_q(now), pk=vacancy.pk).exists()
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"volunteering.suspend_organisation", "volunteering.reinstate_organisation"} <= actions


def test_approve_organisation(now, staff):
    organisation = b.organisation(status=OrganisationStatus.PENDING, now=now)
    account = moderation.approve_organisation(organisation.vacancy_account, by=staff, now=now)
    assert account.status == OrganisationStatus.APPROVED
    assert account.decided_by == staff
    assert OutgoingMessage.objects.filter(kind="organisation_approved").count() == 1
    with pytest.raises(moderation.ModerationError):
        moderation.approve_organisation(account, by=staff, now=now)


def _vacancy_data():
    return {
        "title": "Voorlezen in de bibliotheek",
        "summary": "Lees voor aan kinderen.",
        "tasks": "U leest voor.",
        "contact_name": "Piet Jansen",
        "contact_email": "piet@bieb.example",
        "hours_per_week": 2,
    }


def test_post_on_behalf_with_checklist_is_published(now, staff):
    organisation = b.organisation(status=None, now=now)
    vacancy = moderation.post_on_behalf(
        organisation, _vacancy_data(), checklist=ALL_TICKED, by=staff, now=now
    )
    vacancy.refresh_from_db()
    assert vacancy.posted_by_staff
    assert vacancy.status == VacancyStatus.PUBLISHED
    assert rules.is_live(vacancy, now)
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert "volunteering.post_on_behalf" in actions


def test_post_on_behalf_without_checklist_waits_in_the_queue(now, staff):
    organisation = b.organisation(now=now)
    vacancy = moderation.post_on_behalf(organisation, _vacancy_data(), by=staff, now=now)
    assert vacancy.status == VacancyStatus.SUBMITTED
    assert [item for _since, _kind, item in moderation.queue_items()] == [vacancy]


def test_post_on_behalf_with_half_a_checklist_saves_nothing(now, staff):
    organisation = b.organisation(now=now)
    with pytest.raises(moderation.ModerationError):
        moderation.post_on_behalf(
            organisation, _vacancy_data(), checklist=["clear_task"], by=staff, now=now
        )
    assert not Vacancy.objects.exists()


def test_queue_is_oldest_first(now):
    newest = submitted(now)
    oldest = submitted(now - dt.timedelta(days=2))
    oldest.submitted_at = now - dt.timedelta(days=2)
    oldest.save()
    live = b.vacancy(now=now)
    change = VacancyChange.objects.create(
        vacancy=live, data={"title": "X"}, submitted_at=now - dt.timedelta(days=1)
    )
    assert [item for _since, _kind, item in moderation.queue_items()] == [oldest, change, newest]


def test_mails_are_plain_text_without_escaping_and_with_html(now, staff):
    vacancy = submitted(now, title="Koken & eten")
    moderation.return_vacancy(vacancy, reason="Zeg wat <u> doet & wanneer.", by=staff, now=now)
    mail = OutgoingMessage.objects.get(kind="vacancy_returned")
    assert "Koken & eten" in mail.subject
    assert "Zeg wat <u> doet & wanneer." in mail.body_text
    assert "&lt;u&gt;" in mail.body_html
    assert "Beste Sanne de Vries," in mail.body_text
