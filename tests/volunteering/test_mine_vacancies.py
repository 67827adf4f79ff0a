"""Mijn organisatie: writing, submitting, changing, closing and renewing vacancies, and the
reminder before one expires."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.volunteering import builders as b
from volunteering import rules
from volunteering.models import (
    ChangeStatus,
    OrganisationStatus,
    OutgoingMessage,
    Vacancy,
    VacancyChange,
    VacancyStatus,
)
from volunteering.services import vacancies as services
from volunteering.services.refusals import Refused

from .mine_helpers import member_of, vacancy_post

pytestmark = pytest.mark.django_db


def test_a_new_vacancy_is_saved_as_a_draft_with_all_its_fields(client):
    _person, organisation = member_of(client)
    theme = b.theme("Zorg")
    wijk = b.wijk("Haven")
    url = reverse("volunteering:vacancy_new", args=[organisation.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, vacancy_post(themes=[theme.pk], wijk=wijk.pk))
    assert response.status_code == 302
    vacancy = Vacancy.objects.get(organisation=organisation)
    assert vacancy.status == VacancyStatus.DRAFT
    assert vacancy.days == 1 | 4 and vacancy.day_parts == 2
    assert vacancy.training and vacancy.vog == "organisatie"
    assert list(vacancy.themes.all()) == [theme] and vacancy.wijk == wijk


def test_submitting_from_the_form(client, now):
    _person, organisation = member_of(client, status=OrganisationStatus.PENDING)
    client.post(
        reverse("volunteering:vacancy_new", args=[organisation.pk]),
        vacancy_post(action="submit"),
    )
    vacancy = Vacancy.objects.get(organisation=organisation)
    assert vacancy.status == VacancyStatus.SUBMITTED and vacancy.submitted_at
    # A pending organisation may submit; nothing is live until VMCA approved both.
    assert not Vacancy.objects.filter(rules.live_q(now)).exists()


def test_editing_a_draft_changes_it_directly_and_submit_button(client):
    _person, organisation = member_of(client)
    vacancy = b.vacancy(organisation, live=False)
    url = reverse("volunteering:vacancy_edit", args=[vacancy.pk])
    assert client.get(url).status_code == 200
    client.post(url, vacancy_post(title="Nieuwe titel"))
    vacancy.refresh_from_db()
    assert vacancy.title == "Nieuwe titel" and vacancy.status == VacancyStatus.DRAFT
    response = client.post(reverse("volunteering:vacancy_submit", args=[vacancy.pk]))
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.SUBMITTED


def test_a_returned_vacancy_shows_the_reason_and_can_be_submitted_again(client):
    _person, organisation = member_of(client)
    vacancy = b.vacancy(
        organisation, live=False, status=VacancyStatus.RETURNED, returned_reason="Te vaag."
    )
    page = client.get(reverse("volunteering:vacancies", args=[organisation.pk]))
    assert "Te vaag." in page.content.decode()
    client.post(
        reverse("volunteering:vacancy_edit", args=[vacancy.pk]), vacancy_post(action="submit")
    )
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.SUBMITTED


def test_a_suspended_organisation_cannot_submit(client, now):
    _person, organisation = member_of(client, status=OrganisationStatus.SUSPENDED)
    vacancy = b.vacancy(organisation, live=False)
    response = client.post(reverse("volunteering:vacancy_submit", args=[vacancy.pk]))
    assert response.status_code == 403
    assert "geschorst" in response.content.decode()
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.DRAFT


def test_editing_a_published_vacancy_makes_a_change_and_keeps_the_public_text(client, now):
    person, organisation = member_of(client)
    vacancy = b.vacancy(organisation, now=now, title="Oude titel")
    theme = b.theme("Sport")
    url = reverse("volunteering:vacancy_edit", args=[vacancy.pk])
    response = client.post(url, vacancy_post(title="Nieuwe titel", themes=[theme.pk]))
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.title == "Oude titel" and not vacancy.themes.exists()
    assert vacancy.status == VacancyStatus.PUBLISHED
    change = VacancyChange.objects.get(vacancy=vacancy)
    assert change.status == ChangeStatus.PENDING and change.submitted_by == person
    assert change.data["title"] == "Nieuwe titel" and change.data["themes"] == [theme.pk]
    # A newer edit replaces the waiting one; the form shows the waiting values.
    assert "Nieuwe titel" in client.get(url).content.decode()
    client.post(url, vacancy_post(title="Nog nieuwer", end_date="2099-01-01"))
    change = VacancyChange.objects.get(vacancy=vacancy)
    assert change.data["title"] == "Nog nieuwer" and change.data["end_date"] == "2099-01-01"
    # What staff do on approval: apply_change with the stored data.
    services.apply_change(vacancy, change.data)
    vacancy.refresh_from_db()
    assert vacancy.title == "Nog nieuwer" and vacancy.end_date == dt.date(2099, 1, 1)


@pytest.mark.parametrize(
    ("change", "field_message"),
    [
        ({"title": ""}, "Dit is een verplicht veld."),
        ({"contact_email": "geen-adres"}, "e-mailadres"),
        ({"hours_per_week": "80"}, "40"),
        ({"places": "0"}, "1"),
        ({"start_date": "2030-05-01", "end_date": "2030-04-01"}, "vóór de begindatum"),
        ({"street_address": "", "remote": None}, "online of vanuit huis"),
        ({"days": ["3"]}, "Selecteer een geldige keuze"),
        ({"vog": "iets"}, "Selecteer een geldige keuze"),
    ],
)
def test_bad_vacancy_input_is_400_and_saves_nothing(client, now, change, field_message):
    _person, organisation = member_of(client)
    new = client.post(
        reverse("volunteering:vacancy_new", args=[organisation.pk]), vacancy_post(**change)
    )
    assert new.status_code == 400
    assert field_message in new.content.decode()
    assert not Vacancy.objects.exists()
    live = b.vacancy(organisation, now=now, title="Blijft")
    edit = client.post(reverse("volunteering:vacancy_edit", args=[live.pk]), vacancy_post(**change))
    assert edit.status_code == 400
    assert not VacancyChange.objects.exists()
    live.refresh_from_db()
    assert live.title == "Blijft"


def test_closing_a_vacancy(client, now):
    _person, organisation = member_of(client)
    vacancy = b.vacancy(organisation, now=now)
    services.update_vacancy(vacancy, vacancy_fields(), by=None, now=now)
    assert client.get(reverse("volunteering:vacancy_close", args=[vacancy.pk])).status_code == 405
    response = client.post(reverse("volunteering:vacancy_close", args=[vacancy.pk]))
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.CLOSED and vacancy.closed_at
    assert VacancyChange.objects.get(vacancy=vacancy).status == ChangeStatus.WITHDRAWN
    edit = client.post(reverse("volunteering:vacancy_edit", args=[vacancy.pk]), vacancy_post())
    assert edit.status_code == 409


def vacancy_fields(**overrides):
    data = {
        "title": "Gewijzigd",
        "summary": "Kort.",
        "tasks": "Taken.",
        "contact_name": "A",
        "contact_email": "a@example.org",
        "themes": [],
        "wijk": None,
        "start_date": None,
        "end_date": None,
    }
    data.update(overrides)
    return data


def test_vacancies_page_groups_by_state(client, now):
    _person, organisation = member_of(client)
    b.vacancy(organisation, now=now, title="Staat online")
    b.vacancy(organisation, live=False, title="Mijn concept")
    b.vacancy(
        organisation,
        now=now,
        title="Is verlopen",
        expires_on=timezone.localdate(now) - dt.timedelta(days=1),
    )
    content = client.get(reverse("volunteering:vacancies", args=[organisation.pk])).content.decode()
    for text in ("Online", "Concept", "Verlopen", "Staat online", "Mijn concept", "Is verlopen"):
        assert text in content


def test_renew_in_one_click(client, now):
    _person, organisation = member_of(client)
    today = timezone.localdate(now)
    vacancy = b.vacancy(
        organisation,
        now=now,
        expires_on=today + dt.timedelta(days=3),
        end_date=today + dt.timedelta(days=3),
        expiry_reminder_sent_on=today - dt.timedelta(days=4),
    )
    url = reverse("volunteering:vacancy_renew", args=[vacancy.pk])
    assert "Verlengen" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.expires_on == rules.renewed_expiry_date(vacancy, now)
    assert vacancy.end_date is None and vacancy.expiry_reminder_sent_on is None


def test_renew_is_refused_when_not_yet_due(client, now):
    _person, organisation = member_of(client)
    vacancy = b.vacancy(organisation, now=now)
    before = vacancy.expires_on
    response = client.post(reverse("volunteering:vacancy_renew", args=[vacancy.pk]))
    assert response.status_code == 409
    vacancy.refresh_from_db()
    assert vacancy.expires_on == before
    with pytest.raises(Refused):
        services.renew(vacancy, by=None, now=now)


def test_expiry_reminder_a_week_before_and_only_once(now):
    today = timezone.localdate(now)
    organisation = b.organisation()
    soon = b.vacancy(organisation, now=now, expires_on=today + dt.timedelta(days=7))
    later = b.vacancy(organisation, now=now, expires_on=today + dt.timedelta(days=8))
    assert services.send_expiry_reminders(now) == 1
    message = OutgoingMessage.objects.get(kind="vacancy_expiring")
    assert message.to == soon.contact_email
    assert reverse("volunteering:vacancy_renew", args=[soon.pk]) in message.body_text
    soon.refresh_from_db()
    assert soon.expiry_reminder_sent_on == today
    # The next day: nothing again for `soon`; now `later` is due.
    assert services.send_expiry_reminders(now + dt.timedelta(days=1)) == 1
    assert OutgoingMessage.objects.filter(kind="vacancy_expiring").count() == 2
    later.refresh_from_db()
    assert later.expiry_reminder_sent_on is not None
    assert services.send_expiry_reminders(now + dt.timedelta(days=2)) == 0


def test_after_renewing_the_next_expiry_gets_its_own_reminder(now):
    today = timezone.localdate(now)
    vacancy = b.vacancy(b.organisation(), now=now, expires_on=today + dt.timedelta(days=2))
    services.send_expiry_reminders(now)
    services.renew(vacancy, by=None, now=now)
    vacancy.refresh_from_db()
    later = now + dt.timedelta(days=(vacancy.expires_on - today).days - 3)
    assert services.send_expiry_reminders(later) == 1
    assert OutgoingMessage.objects.filter(kind="vacancy_expiring").count() == 2


def test_the_reminder_command(now):
    b.vacancy(b.organisation(), expires_on=timezone.localdate(now) + dt.timedelta(days=1))
    call_command("remind_expiring_vacancies")
    assert OutgoingMessage.objects.filter(kind="vacancy_expiring").count() == 1


def test_change_data_is_json_safe(now):
    wijk = b.wijk("Buiten")
    theme = b.theme("Natuur")
    data = services.change_data(
        vacancy_fields(wijk=wijk, themes=[theme], start_date=dt.date(2030, 1, 2))
    )
    assert data["wijk"] == wijk.pk and data["themes"] == [theme.pk]
    assert data["start_date"] == "2030-01-02" and data["end_date"] is None
