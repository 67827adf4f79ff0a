"""A volunteer signs in with an e-mail code, enrols, sees the training in Mijn academie and
cancels, with the keyboard only (Tab, Enter and typing; no mouse). axe-core checks the enrol
page and the Mijn academie pages on the way."""

import re

import pytest

from tests.browser.conftest import (
    BROWSER_TESTS,
    DESKTOP,
    PHONE,
    describe_violations,
    run_axe,
    sign_in,
)

pytestmark = BROWSER_TESTS

CODE = re.compile(r"^\s*([A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5})+|[A-Z0-9]{6,9})\s*$", re.MULTILINE)
MAX_TABS = 120


def tab_to(tab, locator, *, backwards=False):
    """Press Tab until `locator` has the keyboard focus, as a keyboard user would."""
    target = locator.element_handle()
    for _ in range(MAX_TABS):
        tab.keyboard.press("Shift+Tab" if backwards else "Tab")
        if tab.evaluate("element => element === document.activeElement", target):
            return
    raise AssertionError(f"{locator} is not reachable with the Tab key")


def assert_no_axe_violations(tab, what):
    violations = run_axe(tab)
    assert not violations, (
        f"axe-core: {len(violations)} WCAG 2.2 A/AA violation(s) on {what} {tab.url}:\n"
        f"{describe_violations(violations)}"
    )


def login_code(email):
    from django.core import mail

    for message in reversed(mail.outbox):
        if email in message.to and (found := CODE.search(message.body)):
            return found.group(1)
    raise AssertionError(f"no sign-in code was mailed to {email}")


@pytest.fixture
def volunteer_and_edition(site):
    from tests.academy.conftest import course, edition, user_with_participant

    page = course(title="Gesprekken voeren met buurtbewoners", ask_dietary=True)
    ed = edition(page, capacity=8, starts_in_days=21, sessions=2)
    user, person = user_with_participant(email="vrijwilliger.test@example.nl")
    person.first_name, person.last_name = "Sanne", "Jansen"
    person.save()
    return person, ed


def test_volunteer_signs_in_with_a_code_enrols_and_cancels_by_keyboard(
    open_tab, site, volunteer_and_edition, artifacts_dir
):
    from django.urls import reverse
    from playwright.sync_api import expect

    from academy.models import Registration, RegistrationStatus

    person, ed = volunteer_and_edition
    tab = open_tab(viewport=DESKTOP)
    enrol_path = reverse("academy:enrol", args=[ed.pk])

    # Not signed in: the enrol link leads to the login page, which offers a code first.
    tab.goto(enrol_path)
    expect(tab).to_have_url(re.compile(re.escape(reverse("account_login"))))
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=screenshots / "academy-login-1280px.png", full_page=True)
    email = tab.get_by_label("Uw e-mailadres")
    tab_to(tab, email)
    tab.keyboard.type(person.email)
    with tab.expect_navigation():
        tab.keyboard.press("Enter")

    # The code from the e-mail.
    expect(tab.get_by_role("heading", level=1)).to_have_text("Vul uw code in")
    code_field = tab.locator("main input[name='code']")
    tab_to(tab, code_field)
    tab.keyboard.type(login_code(person.email))
    with tab.expect_navigation():
        tab.keyboard.press("Enter")

    # Back on the enrol page, signed in.
    expect(tab).to_have_url(re.compile(re.escape(enrol_path) + "$"))
    tab.screenshot(path=screenshots / "academy-enrol-1280px.png", full_page=True)
    assert_no_axe_violations(tab, "the enrol page")
    dietary = tab.get_by_label("Hebt u een dieet of allergie?")
    tab_to(tab, dietary)
    tab.keyboard.type("Vegetarisch")
    tab_to(tab, tab.get_by_role("button", name="Meld mij aan"))
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    expect(tab.locator("main")).to_contain_text("U bent aangemeld.")
    registration = Registration.objects.get(edition=ed, participant=person)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.dietary == "Vegetarisch"

    # Mijn academie shows it.
    tab_to(tab, tab.get_by_role("link", name="Naar Mijn academie"))
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Mijn academie")
    expect(tab.locator("main")).to_contain_text(ed.title)
    assert_no_axe_violations(tab, "Mijn academie")

    # Cancel, with a confirmation step.
    tab_to(tab, tab.get_by_role("link", name=f"Afmelden voor {ed.title}"))
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert_no_axe_violations(tab, "the cancel page")
    tab_to(tab, tab.get_by_role("button", name="Ja, meld mij af"))
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    expect(tab.locator("main")).to_contain_text("U bent afgemeld.")
    expect(tab.locator("main")).to_contain_text("U bent nog niet aangemeld voor een training.")
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "360px"])
def test_mijn_academie_pages_have_no_axe_violations(
    open_tab, site, volunteer_and_edition, viewport, artifacts_dir
):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from academy.personal_feed import enable_feed
    from academy.services import registration as services
    from tests.academy.conftest import edition, participant

    person, ed = volunteer_and_edition
    services.register(ed.pk, person)
    full = edition(capacity=1)
    services.register(full.pk, participant())
    services.register(full.pk, person)
    enable_feed(person)
    user = get_user_model().objects.get(pk=person.user_id)
    tab = open_tab(viewport=viewport)
    sign_in(tab, user)
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    for name in (
        "academy:mine",
        "academy:profile",
        "academy:feed_settings",
        "academy:delete_account",
    ):
        response = tab.goto(reverse(name))
        assert response.status == 200, name
        slug = name.split(":")[1]
        tab.screenshot(
            path=screenshots / f"academy-{slug}-{viewport['width']}px.png", full_page=True
        )
        assert_no_axe_violations(tab, name)
    for name in ("account_login",):
        tab.context.clear_cookies()
        tab.goto(reverse(name))
        assert_no_axe_violations(tab, name)
