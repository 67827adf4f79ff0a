"""A staff member sets up an authenticator app from the admin's account page, signs out,
and signs in again with password and code, landing on the Wagtail dashboard. axe-core checks
each page of the two-factor flow on the way."""

import re
import time

from tests.browser.conftest import BROWSER_TESTS
from tests.browser.test_academy_flow import assert_no_axe_violations

pytestmark = BROWSER_TESTS

PASSWORD = "wachtwoord-voor-tests"  # noqa: S105 (tests.factories.user)


def code_for(secret):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in_with_password(tab, username):
    tab.goto("/admin/")
    assert "/account/login/" in tab.url
    tab.get_by_label("E-mailadres of gebruikersnaam").fill(username)
    tab.locator("#id_password").fill(PASSWORD)
    tab.locator("main details form button[type='submit']").click()


def test_staff_sets_up_an_authenticator_app_and_signs_in_with_it(site, open_tab):
    from allauth.mfa.models import Authenticator

    from tests import factories as f

    staff = f.redacteur()
    tab = open_tab()

    sign_in_with_password(tab, staff.username)
    tab.wait_for_url(re.compile(r"/admin/$"))

    tab.goto("/admin/account/")
    tab.get_by_role("link", name="Tweestapsverificatie instellen").click()
    tab.wait_for_load_state()
    assert_no_axe_violations(tab, "the two-factor overview")
    tab.locator("a[href$='/2fa/totp/activate/']").click()
    # allauth asks for the password again before a security change.
    tab.wait_for_url(re.compile(r"/reauthenticate/"))
    assert_no_axe_violations(tab, "the password check")
    tab.locator("#id_password").fill(PASSWORD)
    tab.locator("main form button[type='submit']").click()
    tab.wait_for_url(re.compile(r"/2fa/totp/activate/"))
    assert tab.locator("img[src^='data:image/svg+xml']").is_visible()
    secret = tab.locator("#totp-secret").inner_text().strip()
    assert_no_axe_violations(tab, "the authenticator set-up")
    tab.get_by_label("Code").fill(code_for(secret))
    tab.get_by_role("button", name="Aanzetten").click()
    tab.wait_for_url(re.compile(r"/2fa/recovery-codes/"))
    assert_no_axe_violations(tab, "the recovery codes")
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()

    tab.goto("/account/logout/")
    tab.get_by_role("button", name="Ja, log mij uit").click()
    tab.wait_for_load_state()

    sign_in_with_password(tab, staff.username)
    tab.wait_for_url(re.compile(r"/2fa/authenticate/"))
    assert tab.get_by_role("heading", name="Vul de code uit uw app in").is_visible()
    assert_no_axe_violations(tab, "the code step of the sign-in")
    tab.get_by_label("Code").fill(code_for(secret))
    tab.get_by_role("button", name="Inloggen").click()
    tab.wait_for_url(re.compile(r"/admin/$"))
    # Wagtail's dashboard: the admin's sidebar and the welcome panel.
    assert tab.locator("#wagtail-sidebar").count() == 1
    assert "Dashboard" in tab.title()
