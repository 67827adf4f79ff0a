"""A first-time volunteer on a phone (390 px wide) chooses a training, asks for a code with
an address that has no account yet, types the code from the mail and is back on the enrol
form of that training, where she signs up. "Stuur een nieuwe code" on the way. axe-core
checks the code pages."""

import re

from tests.browser.conftest import BROWSER_TESTS, describe_violations, run_axe

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}
CODE = re.compile(r"^\s*([A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5})+|[A-Z0-9]{6,9})\s*$", re.MULTILINE)
EMAIL = "eerste.keer@example.nl"


def codes_mailed_to(email):
    from django.core import mail

    return [
        found.group(1)
        for message in mail.outbox
        if email in message.to and (found := CODE.search(message.body))
    ]


def assert_no_axe_violations(tab, what):
    violations = run_axe(tab)
    assert not violations, (
        f"axe-core: {len(violations)} WCAG 2.2 A/AA violation(s) on {what} {tab.url}:\n"
        f"{describe_violations(violations)}"
    )


def test_a_new_address_on_a_phone_gets_a_code_and_lands_on_the_enrol_form(
    open_tab, site, artifacts_dir
):
    from django.core import mail
    from django.urls import reverse
    from playwright.sync_api import expect

    from academy.models import Registration, RegistrationStatus
    from tests.academy.conftest import course, edition

    ed = edition(course(title="Eerste hulp bij gesprekken"), capacity=8, starts_in_days=21)
    enrol_path = reverse("academy:enrol", args=[ed.pk])
    mail.outbox = []
    tab = open_tab(viewport=PHONE_390)
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)

    tab.goto(enrol_path)
    expect(tab).to_have_url(re.compile(re.escape(reverse("account_login"))))
    tab.get_by_label("Uw e-mailadres").fill(EMAIL)
    with tab.expect_navigation():
        tab.get_by_role("button", name="Stuur mij een code").click()

    expect(tab.get_by_role("heading", level=1)).to_have_text("Vul uw code in")
    expect(tab.locator("main")).to_contain_text(EMAIL)
    assert_no_axe_violations(tab, "the code page")
    tab.screenshot(path=screenshots / "code-signin-new-390px.png", full_page=True)
    [first] = codes_mailed_to(EMAIL)
    assert not any("nog geen account" in m.body.lower() for m in mail.outbox)

    # Too soon for a new code: a clear message, and the page stays usable.
    with tab.expect_navigation():
        tab.get_by_role("button", name="Stuur een nieuwe code").click()
    expect(tab.locator("main")).to_contain_text("U hebt net een code gekregen.")
    assert_no_axe_violations(tab, "the code page with a message")
    assert codes_mailed_to(EMAIL) == [first]

    # A wrong code first, then the right one.
    tab.locator("main input[name='code']").fill("ZZZZZZ")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Bevestig").click()
    expect(tab.locator("main")).to_contain_text("Deze code klopt niet.")
    assert_no_axe_violations(tab, "the code page with an error")
    tab.locator("main input[name='code']").fill(first)
    with tab.expect_navigation():
        tab.get_by_role("button", name="Bevestig").click()

    # Back on the enrol form of the chosen training, signed in as the new person.
    expect(tab).to_have_url(re.compile(re.escape(enrol_path) + "$"))
    expect(tab.locator("main")).to_contain_text(ed.title)
    tab.screenshot(path=screenshots / "code-signin-enrol-390px.png", full_page=True)
    tab.get_by_label("Voornaam").fill("Noor")
    tab.get_by_label("Achternaam").fill("de Vries")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Meld mij aan").click()
    expect(tab.locator("main")).to_contain_text("U bent aangemeld.")
    registration = Registration.objects.get(edition=ed)
    assert registration.participant.email == EMAIL
    assert registration.status == RegistrationStatus.CONFIRMED
    # Nothing sticks out sideways on a 390 px screen.
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= PHONE_390["width"]
