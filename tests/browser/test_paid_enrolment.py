"""A professional on a phone signs in with an e-mail code, enrols in a paid training, pays
with iDEAL on the local test checkout and lands on the confirmation. axe-core checks the
enrol page, the test checkout and the confirmation on the way."""

import re

import pytest

from tests.browser.conftest import BROWSER_TESTS
from tests.browser.test_academy_flow import assert_no_axe_violations, login_code

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}


@pytest.fixture
def professional_and_paid_edition(site):
    from tests.academy.conftest import course, edition, user_with_participant

    page = course(
        title="Gesprekstechnieken voor professionals",
        prices={"professional": 4500},
        refund_percent=100,
    )
    ed = edition(page, capacity=8, starts_in_days=21, sessions=1)
    _user, person = user_with_participant(
        email="professional.test@example.nl", participant_type="professional"
    )
    person.first_name, person.last_name = "Fatima", "El Amrani"
    person.save()
    return person, ed


def test_professional_pays_with_ideal_in_test_mode_on_a_phone(
    open_tab, site, professional_and_paid_edition, artifacts_dir
):
    from django.urls import reverse
    from playwright.sync_api import expect

    from academy.models import Payment, PaymentStatus, Registration, RegistrationStatus

    person, ed = professional_and_paid_edition
    tab = open_tab(viewport=PHONE_390)
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    enrol_path = reverse("academy:enrol", args=[ed.pk])

    # Sign in with a code from the e-mail, as on the volunteer's flow.
    tab.goto(enrol_path)
    expect(tab).to_have_url(re.compile(re.escape(reverse("account_login"))))
    tab.get_by_label("Uw e-mailadres").fill(person.email)
    with tab.expect_navigation():
        tab.get_by_label("Uw e-mailadres").press("Enter")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Vul uw code in")
    code = tab.locator("main input[name='code']")
    code.fill(login_code(person.email))
    with tab.expect_navigation():
        code.press("Enter")

    # The enrol page shows the price, the refund rule and how to pay.
    expect(tab).to_have_url(re.compile(re.escape(enrol_path) + "$"))
    main = tab.locator("main")
    expect(main).to_contain_text("€ 45,00")
    expect(main).to_contain_text("het hele bedrag terug")
    online = tab.get_by_label("Nu online betalen (iDEAL, creditcard of Bancontact)")
    expect(online).to_be_checked()
    tab.screenshot(path=screenshots / "academy-paid-enrol-390px.png", full_page=True)
    assert_no_axe_violations(tab, "the enrol page of a paid training")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Meld mij aan").click()

    # The test checkout, clearly marked.
    expect(tab.get_by_role("heading", level=1)).to_have_text(
        "Testmodus – er wordt niet echt betaald"
    )
    expect(main).to_contain_text("€ 45,00")
    registration = Registration.objects.get(edition=ed, participant=person)
    assert registration.status == RegistrationStatus.AWAITING_PAYMENT
    tab.screenshot(path=screenshots / "academy-test-checkout-390px.png", full_page=True)
    assert_no_axe_violations(tab, "the test checkout")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Betalen met iDEAL (test)").click()

    # Back on the site: paid and confirmed.
    expect(tab).to_have_url(
        re.compile(re.escape(reverse("academy:payment_return", args=[registration.token])))
    )
    expect(tab.get_by_role("heading", level=1)).to_have_text("Betaald. U bent aangemeld.")
    expect(main).to_contain_text("Wij hebben uw betaling van € 45,00 ontvangen.")
    tab.screenshot(path=screenshots / "academy-paid-confirmation-390px.png", full_page=True)
    assert_no_axe_violations(tab, "the payment confirmation")
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert Payment.objects.get(registration=registration).status == PaymentStatus.PAID

    # The registration page says it is paid.
    with tab.expect_navigation():
        tab.get_by_role("link", name="Bekijk uw aanmelding").click()
    expect(main).to_contain_text("Betaald: € 45,00")
    assert_no_axe_violations(tab, "the registration page of a paid place")
