"""Brute force on sign-in: login codes and code requests are limited, and the
answers do not tell whether an address has an account."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.academy.conftest import catalogue, user_with_participant
from tests.academy.test_accounts import code_from_mail

pytestmark = pytest.mark.django_db

EMAIL = "doelwit@example.nl"


@pytest.fixture
def account(db):
    catalogue()
    return user_with_participant(email=EMAIL)[0]


def request_code(client, email=EMAIL):
    return client.post(reverse("account_request_login_code"), {"email": email})


def test_a_login_code_dies_after_three_wrong_tries(client, account):
    mail.outbox = []
    request_code(client)
    code = code_from_mail(EMAIL)
    for _ in range(3):
        client.post(reverse("account_confirm_login_code"), {"code": "ZZZZZZ"})
    # The right code no longer works: a fourth guess would have been free otherwise.
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 302, 400, 429)


def test_codes_are_sent_at_most_three_times_a_minute_per_address(client, account):
    mail.outbox = []
    answers = [request_code(client).status_code for _ in range(5)]
    sent = [message for message in mail.outbox if EMAIL in message.to]
    assert 1 <= len(sent) <= 3
    assert all(status < 500 for status in answers)


def test_known_and_unknown_addresses_get_the_same_answer(client, account):
    known = request_code(client)
    unknown = request_code(client, "niemand-hier@example.nl")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"].split("?")[0] == unknown["Location"].split("?")[0]
