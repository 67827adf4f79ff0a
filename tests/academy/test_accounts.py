"""Accounts with django-allauth: sign in by e-mail code, sign up with only an e-mail address,
a participant for every account (an existing one is linked by its verified e-mail)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from academy.accounts import ensure_participant
from academy.models import OutgoingMail, Participant, Registration
from academy.services import accounts as account_services
from academy.services import registration as services

from .conftest import edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

CODE = re.compile(r"^\s*([A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5})+|[A-Z0-9]{6,9})\s*$", re.MULTILINE)


def code_from_mail(to):
    for message in reversed(mail.outbox):
        if to in message.to:
            found = CODE.search(message.body)
            if found:
                return found.group(1)
    raise AssertionError(f"no code mailed to {to}: {[m.subject for m in mail.outbox]}")


def test_login_page_offers_a_code_first(client, academy):
    response = client.get(reverse("account_login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Stuur mij een code" in html
    assert html.index("Stuur mij een code") < html.index("Inloggen met een wachtwoord")
    assert '<html lang="nl">' in html


def test_sign_in_with_an_e_mail_code(client, academy):
    user, person = user_with_participant(email="vrijwilliger@example.nl")
    mail.outbox = []
    enrol = reverse("academy:enrol", args=[edition().pk])
    response = client.post(
        reverse("account_request_login_code"), {"email": "vrijwilliger@example.nl", "next": enrol}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_confirm_login_code"))
    page = client.get(response["Location"])
    assert "Vul uw code in" in page.content.decode()
    code = code_from_mail("vrijwilliger@example.nl")
    response = client.post(reverse("account_confirm_login_code"), {"code": code, "next": enrol})
    assert response.status_code == 302
    assert response["Location"] == enrol
    assert client.get(enrol).status_code == 200
    assert int(client.session["_auth_user_id"]) == user.pk


def test_wrong_code_does_not_sign_in(client, academy):
    user_with_participant(email="iemand@example.nl")
    client.post(reverse("account_request_login_code"), {"email": "iemand@example.nl"})
    response = client.post(reverse("account_confirm_login_code"), {"code": "XXXXXX"})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_unknown_address_is_not_revealed(client, academy):
    response = client.post(reverse("account_request_login_code"), {"email": "nobody@example.nl"})
    # Same answer as for a known address (enumeration prevention).
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_confirm_login_code"))


def test_sign_up_with_only_an_e_mail_address_makes_a_participant(client, academy):
    page = client.get(reverse("account_signup")).content.decode()
    assert 'name="password1"' not in page
    response = client.post(reverse("account_signup"), {"email": "nieuw@example.nl"})
    assert response.status_code == 302
    code = code_from_mail("nieuw@example.nl")
    response = client.post(reverse("account_email_verification_sent"), {"code": code})
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nieuw@example.nl")
    assert EmailAddress.objects.get(user=user).verified
    person = Participant.objects.get(user=user)
    assert person.email == "nieuw@example.nl"
    assert client.get(reverse("academy:mine")).status_code == 200


def test_existing_participant_is_linked_by_verified_e_mail(academy):
    phoned_in = participant(email="Bekend@Example.nl", first_name="Bekende")
    services.register(edition().pk, phoned_in)
    user = get_user_model().objects.create_user(username="bekend", email="bekend@example.nl")
    EmailAddress.objects.create(user=user, email="bekend@example.nl", verified=True, primary=True)
    assert ensure_participant(user) == phoned_in
    phoned_in.refresh_from_db()
    assert phoned_in.user == user
    assert Participant.objects.count() == 1


def test_unverified_e_mail_does_not_link_someone_elses_participant(academy):
    phoned_in = participant(email="slachtoffer@example.nl")
    user = get_user_model().objects.create_user(username="x", email="slachtoffer@example.nl")
    EmailAddress.objects.create(user=user, email="slachtoffer@example.nl", verified=False)
    mine = ensure_participant(user)
    assert mine != phoned_in
    phoned_in.refresh_from_db()
    assert phoned_in.user is None


def test_ensure_participant_is_idempotent(academy):
    user, person = user_with_participant()
    assert ensure_participant(user) == person
    assert ensure_participant(user) == person


def test_logout_page_is_a_post_form(client, academy):
    user, _person = user_with_participant()
    client.force_login(user)
    page = client.get(reverse("account_logout"))
    assert page.status_code == 200
    assert "_auth_user_id" in client.session
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "name",
    ["account_login", "account_signup", "account_request_login_code", "account_reset_password"],
)
def test_account_pages_use_the_site_layout(client, academy, name):
    html = client.get(reverse(name)).content.decode()
    assert 'class="site-header"' in html and 'class="page-header__title"' in html


def test_export_data_service_covers_account_and_registrations(academy):
    user, person = user_with_participant()
    services.register(edition().pk, person)
    data = account_services.export_data(user)
    assert data["account"]["e-mailadressen"][0]["e-mailadres"] == user.email
    assert len(data["aanmeldingen"]) == 1
    assert data["aanmeldingen"][0]["bijeenkomsten"][0]["locatie"]


def test_delete_account_keeps_history_but_no_personal_data(academy):
    user, person = user_with_participant()
    registration = services.register(edition().pk, person, services.Answers(motivation="Graag"))
    account_services.delete_account(user)
    person.refresh_from_db()
    registration.refresh_from_db()
    assert person.anonymised and person.first_name == account_services.ANONYMOUS_NAME
    assert registration.motivation == "" and registration.status == "afgemeld"
    assert not EmailAddress.objects.filter(email=user.email).exists()
    assert Registration.objects.filter(pk=registration.pk).exists()


def test_delete_account_withdraws_mails_still_waiting_and_blanks_sent_ones(academy):
    user, person = user_with_participant()
    registration = services.register(edition().pk, person)
    waiting = OutgoingMail.objects.create(
        key="reminder:delete-account",
        kind="reminder",
        registration=registration,
        to=person.email,
        context={"message": "Tot donderdag"},
    )

    account_services.delete_account(user)

    waiting.refresh_from_db()
    assert waiting.status == OutgoingMail.Status.FAILED and waiting.next_attempt_at is None
    assert waiting.to == "" and waiting.context == {}
    for item in OutgoingMail.objects.filter(registration__participant=person):
        assert item.to == "" and item.body_text == "" and item.subject == ""
