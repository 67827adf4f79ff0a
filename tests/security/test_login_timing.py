"""A wrong password costs the same work for an existing account as for an unknown one, so
the time the sign-in page takes does not tell whether an address or user name has an
account (ACCOUNT_PREVENT_ENUMERATION). Counted in password hasher runs, not in seconds:
that is what makes the difference, and a count does not flake."""

import pytest
from django.contrib.auth.hashers import get_hasher
from django.urls import reverse

from tests import factories as f
from tests.academy.conftest import user_with_participant

pytestmark = pytest.mark.django_db

WRONG = "niet-het-wachtwoord"


@pytest.fixture
def hasher_runs(monkeypatch):
    """How often the configured password hasher hashed something: checking a password
    and the stand-in hash for an unknown account both call encode()."""
    runs = []
    hasher_class = type(get_hasher())
    encode = hasher_class.encode

    def counting_encode(self, password, salt, *args, **kwargs):
        runs.append(1)
        return encode(self, password, salt, *args, **kwargs)

    monkeypatch.setattr(hasher_class, "encode", counting_encode)
    return runs


def hashes_for_sign_in(client, hasher_runs, login):
    hasher_runs.clear()
    response = client.post(reverse("account_login"), {"login": login, "password": WRONG})
    assert response.status_code == 200  # the form again, with its error
    assert "_auth_user_id" not in client.session
    return len(hasher_runs)


def test_a_wrong_password_costs_as_much_as_an_unknown_email_address(client, hasher_runs):
    user_with_participant(email="bekend@example.nl")

    known = hashes_for_sign_in(client, hasher_runs, "bekend@example.nl")
    unknown = hashes_for_sign_in(client, hasher_runs, "onbekend@example.nl")

    assert known == unknown >= 1


def test_a_wrong_password_costs_as_much_as_an_unknown_user_name(client, hasher_runs):
    f.superuser("beheerder")

    known = hashes_for_sign_in(client, hasher_runs, "beheerder")
    unknown = hashes_for_sign_in(client, hasher_runs, "niemand")

    assert known == unknown >= 1


def test_staff_address_without_allauth_record_costs_the_same_too(client, hasher_runs):
    # Staff made in the Wagtail admin have User.email but no allauth EmailAddress row yet.
    f.superuser("redacteur")

    known = hashes_for_sign_in(client, hasher_runs, "redacteur@vmca.example")
    unknown = hashes_for_sign_in(client, hasher_runs, "niemand@vmca.example")

    assert known == unknown >= 1


def test_the_right_password_still_signs_in_by_address_and_by_user_name(client):
    user_with_participant(email="deelnemer@example.nl", password="goed-wachtwoord-123")  # noqa: S106
    f.superuser("hoofdredacteur")

    by_address = client.post(
        reverse("account_login"),
        {"login": "deelnemer@example.nl", "password": "goed-wachtwoord-123"},
    )
    assert by_address.status_code == 302
    client.logout()
    by_name = client.post(
        reverse("account_login"),
        {"login": "hoofdredacteur", "password": "wachtwoord-voor-tests"},
    )
    assert by_name.status_code == 302
