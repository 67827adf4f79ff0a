"""Fuzzing the account forms (issue 7): allauth's own forms (sign in with a password,
ask for and confirm an e-mail code, sign up, password reset, the second-factor code) and
the answer to an offered place from the waiting list. Whatever is sent, the answer is
never a server error. The strategies and the derandomised profile are those of
tests/security/test_fuzz.py; the Django test client raises a view's exception, so a bug
fails the test with the input that caused it.

allauth counts attempts in the cache (rate limits, code tries): each example starts with
an empty cache, so every example reaches the form instead of the "too many tries" page."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from tests import factories as f
from tests.security.conftest import built_once
from tests.security.test_fuzz import FEW, FUZZ, check, post_rolled_back, query, rolled_back

pytestmark = pytest.mark.django_db

PARTICIPANT_EMAIL = "fuzz-deelnemer@example.nl"
PARTICIPANT_PASSWORD = "fuzz-wachtwoord-123"  # noqa: S105 (test data)
STAFF_PASSWORD = "wachtwoord-voor-tests"  # noqa: S105 (tests.factories.user)


def build_world():
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from academy.models import RegistrationStatus
    from academy.services import registration as services
    from tests.academy import conftest as c

    c.catalogue()
    user, person = c.user_with_participant(email=PARTICIPANT_EMAIL, password=PARTICIPANT_PASSWORD)
    edition = c.edition(capacity=1)
    holder = services.register(edition.pk, c.participant())
    waiting = services.register(edition.pk, c.participant())
    services.cancel(holder)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.OFFERED
    staff = f.redacteur()
    TOTP.activate(staff, generate_totp_secret())
    recovery = RecoveryCodes.activate(staff).get_unused_codes()
    return SimpleNamespace(
        user=user, person=person, offered=waiting, staff=staff, recovery=recovery
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    yield from built_once(build_world, django_db_blocker)


def fresh_attempts():
    cache.clear()


LOGIN_KEYS = ("login", "password", "remember", "next")
SIGNUP_KEYS = ("email", "password1", "password2", "username", "next")


@FUZZ
@given(data=st.data())
@example(data=None)
def test_login_form(client, world, data):
    fresh_attempts()
    if data is None:  # one plain case: a real address and a NUL byte as password
        params = {"login": [PARTICIPANT_EMAIL], "password": ["\x00"]}
    else:
        known = {
            "login": [PARTICIPANT_EMAIL, world.staff.username, world.user.username],
            "password": [PARTICIPANT_PASSWORD, STAFF_PASSWORD],
            "next": ["/admin/", "https://evil.example/", "//x", "/\\evil.example"],
        }
        params = data.draw(query(LOGIN_KEYS, known))
    check(client.get(reverse("account_login"), {"next": params.get("next", [""])[0]}))
    response = post_rolled_back(client, reverse("account_login"), params)
    if response.status_code in (301, 302, 303):
        assert "evil" not in response["Location"]


@FUZZ
@given(data=st.data())
def test_request_login_code_form(client, world, data):
    fresh_attempts()
    params = data.draw(query(("email", "next"), {"email": [PARTICIPANT_EMAIL]}))
    post_rolled_back(client, reverse("account_request_login_code"), params)


@FUZZ
@given(data=st.data())
def test_confirm_login_code_form(client, world, data):
    fresh_attempts()
    with rolled_back():
        check(client.post(reverse("account_request_login_code"), {"email": PARTICIPANT_EMAIL}))
        params = data.draw(
            query(("code", "action", "email", "next"), {"action": ["resend", "change"]})
        )
        check(client.post(reverse("account_confirm_login_code"), params))
        check(client.get(reverse("account_confirm_login_code")))


@FUZZ
@given(data=st.data())
def test_signup_form(client, world, data):
    fresh_attempts()
    params = data.draw(query(SIGNUP_KEYS, {"email": [PARTICIPANT_EMAIL, "nieuw@example.nl"]}))
    post_rolled_back(client, reverse("account_signup"), params)


@FUZZ
@given(data=st.data())
def test_password_reset_form(client, world, data):
    fresh_attempts()
    params = data.draw(query(("email",), {"email": [PARTICIPANT_EMAIL, world.staff.email]}))
    post_rolled_back(client, reverse("account_reset_password"), params)
    check(client.get(reverse("account_reset_password_from_key", args=["x", "y-z"])))


@FUZZ
@given(data=st.data())
@example(data=None)
def test_second_factor_form(client, world, data):
    fresh_attempts()
    if data is None:
        params = {"code": [world.recovery[0] + "\x00"]}
    else:
        params = data.draw(query(("code",), {"code": world.recovery[:2]}))
    with rolled_back():
        response = check(
            client.post(
                reverse("account_login"),
                {"login": world.staff.username, "password": STAFF_PASSWORD},
            )
        )
        assert response["Location"].startswith(reverse("mfa_authenticate"))
        check(client.post(reverse("mfa_authenticate"), params))
        client.logout()


@FEW
@given(data=st.data())
def test_second_factor_form_without_a_pending_login(client, world, data):
    params = data.draw(query(("code",)))
    check(client.post(reverse("mfa_authenticate"), params))


@FUZZ
@given(data=st.data())
@example(data=None)
def test_offer_answer_form(client, world, data):
    url = reverse("academy:offer", args=[world.offered.token])
    if data is None:
        params = {"answer": ["accept", "decline"]}
    else:
        params = data.draw(query(("answer",), {"answer": ["accept", "decline"]}))
    response = post_rolled_back(client, url, params)
    assert response.status_code in (200, 302, 400, 409, 410)


@FEW
@given(data=st.data())
def test_admin_login_next_parameter(client, world, data):
    params = data.draw(query(("next",), {"next": ["/admin/pages/", "https://evil.example/"]}))
    response = check(client.get("/admin/login/", params))
    assert "evil" not in response.get("Location", "")
    client.force_login(world.staff)
    response = check(client.get("/admin/login/", params))
    assert "evil" not in response.get("Location", "")
    client.logout()
