"""Two-factor authentication for staff (issue 7): staff sign in to the admin through
allauth, which asks for the authenticator app code when they set one up; Wagtail's own
login form can no longer be used to skip it."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.totp.internal.auth import generate_totp_secret as new_secret
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests import factories as f
from tests.academy.conftest import catalogue, user_with_participant
from tests.academy.test_accounts import code_from_mail

pytestmark = pytest.mark.django_db

PASSWORD = "wachtwoord-voor-tests"  # noqa: S105 (tests.factories.user)
ADMIN = "/admin/"


def totp_code(secret, step=0):
    """The code an authenticator app shows now (step=1: in the next 30 seconds)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + step))


def with_totp(user):
    secret = new_secret()
    TOTP.activate(user, secret)
    return secret


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


def password_step(client, login, password=PASSWORD, next_url=ADMIN):
    return client.post(
        reverse("account_login"), {"login": login, "password": password, "next": next_url}
    )


def code_step(client, code):
    return client.post(reverse("mfa_authenticate"), {"code": code})


@pytest.fixture
def staff(db):
    return f.redacteur()


# Signing in -------------------------------------------------------------------------------


def test_admin_sends_anonymous_visitors_to_the_allauth_login_and_back(client):
    response = client.get(ADMIN)
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=%2Fadmin%2F"
    page = client.get(response["Location"]).content.decode()
    # Staff on their way to the admin see the password form open.
    assert "<details open>" in page
    assert "E-mailadres of gebruikersnaam" in page


def test_staff_without_two_factor_sign_in_with_username_and_password(client, staff):
    response = password_step(client, staff.username)
    assert response.status_code == 302
    assert response["Location"] == ADMIN
    assert int(signed_in_user_id(client)) == staff.pk
    assert client.get(ADMIN).status_code == 200


def test_staff_can_also_sign_in_with_their_e_mail_address(client, staff):
    response = password_step(client, staff.email)
    assert response["Location"] == ADMIN
    assert int(signed_in_user_id(client)) == staff.pk


def test_wrong_password_gets_a_message_not_a_login(client, staff):
    response = password_step(client, staff.username, password="fout")
    assert response.status_code == 200
    assert signed_in_user_id(client) is None


def test_password_alone_does_not_reach_the_admin_with_two_factor_on(client, staff):
    with_totp(staff)
    response = password_step(client, staff.username)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_authenticate"))
    assert signed_in_user_id(client) is None
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")
    page = client.get(reverse("mfa_authenticate"))
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.content.decode()


def test_right_code_after_the_password_opens_the_admin(client, staff):
    secret = with_totp(staff)
    password_step(client, staff.username)
    response = code_step(client, totp_code(secret))
    assert response.status_code == 302
    assert response["Location"] == ADMIN
    assert int(signed_in_user_id(client)) == staff.pk
    assert client.get(ADMIN).status_code == 200


def test_wrong_codes_are_refused_and_limited(client, staff):
    secret = with_totp(staff)
    password_step(client, staff.username)
    wrong = format_hotp_value((int(totp_code(secret)) + 1) % 10**6)
    for _ in range(5):
        response = code_step(client, wrong)
        assert response.status_code == 200
        assert signed_in_user_id(client) is None
    # Five tries in five minutes: now even the right code has to wait.
    response = code_step(client, totp_code(secret))
    assert signed_in_user_id(client) is None
    assert response.status_code in (200, 429)


def test_a_code_works_only_once(client, staff):
    secret = with_totp(staff)
    code = totp_code(secret)
    password_step(client, staff.username)
    code_step(client, code)
    client.post(reverse("wagtailadmin_logout"))
    assert signed_in_user_id(client) is None
    password_step(client, staff.username)
    code_step(client, code)
    assert signed_in_user_id(client) is None


def test_a_recovery_code_works_once(client, staff):
    with_totp(staff)
    recovery = RecoveryCodes.activate(staff).get_unused_codes()[0]
    password_step(client, staff.username)
    response = code_step(client, recovery)
    assert response["Location"] == ADMIN
    assert int(signed_in_user_id(client)) == staff.pk
    client.post(reverse("wagtailadmin_logout"))
    password_step(client, staff.username)
    code_step(client, recovery)
    assert signed_in_user_id(client) is None


def test_wagtail_login_form_cannot_skip_the_second_factor(client, staff):
    with_totp(staff)
    response = client.post(
        "/admin/login/", {"username": staff.username, "password": PASSWORD, "next": ADMIN}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert signed_in_user_id(client) is None
    assert client.get(ADMIN).status_code == 302


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/admin/", "javascript:alert(1)"]
)
def test_no_open_redirect_from_either_login(client, staff, target):
    response = client.get("/admin/login/", {"next": target})
    assert "evil" not in response["Location"]
    assert "javascript" not in response["Location"]
    response = password_step(client, staff.username, next_url=target)
    assert response.status_code == 302
    assert "evil" not in response["Location"]
    assert not response["Location"].startswith("javascript")


def test_signed_in_staff_skip_the_login_page(client, staff):
    client.force_login(staff)
    response = client.get("/admin/login/", {"next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"


def test_signed_in_participant_is_told_this_account_has_no_admin_access(client):
    user, _person = user_with_participant()
    client.force_login(user)
    response = client.get("/admin/login/", {"next": ADMIN})
    assert response.status_code == 403
    assert "Geen toegang tot het beheer" in response.content.decode()


def test_wagtail_logout_signs_out_and_comes_back_to_the_login(client, staff):
    client.force_login(staff)
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert signed_in_user_id(client) is None
    assert client.get(response["Location"])["Location"].startswith(reverse("account_login"))


def test_wagtail_password_reset_still_works(client, staff):
    mail.outbox = []
    assert client.get(reverse("wagtailadmin_password_reset")).status_code == 200
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": staff.email})
    assert response.status_code == 302
    assert any(staff.email in message.to for message in mail.outbox)


# Setting it up ----------------------------------------------------------------------------


def test_admin_account_page_links_to_two_factor_set_up(client, staff):
    client.force_login(staff)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "Tweestapsverificatie staat uit" in html
    assert reverse("mfa_index") in html
    with_totp(staff)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "Tweestapsverificatie staat aan" in html


def test_staff_sets_up_an_authenticator_app_then_needs_it(client, staff):
    password_step(client, staff.username)
    # allauth asks for the password again before a security change.
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    response = client.post(
        reverse("account_reauthenticate"),
        {"password": PASSWORD, "next": reverse("mfa_activate_totp")},
    )
    assert response["Location"] == reverse("mfa_activate_totp")
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    assert "data:image/svg+xml" in page.content.decode()  # the QR code
    secret = client.session["mfa.totp.secret"]
    response = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    assert response.status_code == 200
    assert not Authenticator.objects.filter(user=staff).exists()
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()
    # allauth hands out recovery codes with it.
    assert client.get(reverse("mfa_view_recovery_codes")).status_code == 200
    client.post(reverse("wagtailadmin_logout"))
    assert password_step(client, staff.username)["Location"].startswith(reverse("mfa_authenticate"))


def test_two_factor_pages_speak_dutch_and_english(client, staff):
    password_step(client, staff.username)
    dutch = client.get(reverse("mfa_index")).content.decode()
    with translation.override("en"):
        english_url = reverse("mfa_index")
    assert english_url.startswith("/en/")
    english = client.get(english_url).content.decode()
    assert '<html lang="nl">' in dutch
    assert "Authenticator" in english and "Authenticator App" in english
    assert "Authenticator App" not in dutch


# Requiring it -----------------------------------------------------------------------------


@override_settings(WAGTAILADMIN_REQUIRE_2FA=True)
def test_required_two_factor_sends_staff_to_set_it_up_first(client, staff):
    client.force_login(staff)
    for path in (ADMIN, "/admin/pages/", reverse("wagtailadmin_account")):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == reverse("mfa_activate_totp")
    # Signing out still works.
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    assert signed_in_user_id(client) is None


@override_settings(WAGTAILADMIN_REQUIRE_2FA=True)
def test_required_two_factor_lets_staff_with_it_in(client, staff):
    with_totp(staff)
    client.force_login(staff)
    assert client.get(ADMIN).status_code == 200


def test_without_the_setting_staff_without_two_factor_use_the_admin(client, staff):
    client.force_login(staff)
    assert client.get(ADMIN).status_code == 200


# Participants -----------------------------------------------------------------------------


@override_settings(WAGTAILADMIN_REQUIRE_2FA=True)
def test_participants_still_sign_in_with_an_e_mail_code(client):
    catalogue()
    user, _person = user_with_participant(email="deelnemer@example.nl")
    mail.outbox = []
    client.post(reverse("account_request_login_code"), {"email": "deelnemer@example.nl"})
    response = client.post(
        reverse("account_confirm_login_code"), {"code": code_from_mail("deelnemer@example.nl")}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("academy:mine")
    assert int(signed_in_user_id(client)) == user.pk
    assert client.get(reverse("academy:mine")).status_code == 200
