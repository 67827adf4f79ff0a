"""After a failed submit on a phone the error summary is where the eye is: it has the focus
(site.js) and is in view, on every public form that can show errors. Without JavaScript it
is the first thing after the page's heading, so it shows without scrolling."""

import re

import pytest

from tests.browser.conftest import BROWSER_TESTS, sign_in
from tests.browser.test_academy_flow import assert_no_axe_violations

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}
JS = pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])


def summary_in_view(tab):
    """The error summary's box is inside the viewport (its top at least)."""
    box = tab.locator("[data-error-summary]").bounding_box()
    assert box is not None, f"no error summary on {tab.url}"
    return 0 <= box["y"] < PHONE_390["height"] - 60


def summary_has_focus(tab):
    return tab.evaluate("document.activeElement.matches('[data-error-summary]')")


def submit(tab, button):
    with tab.expect_navigation() as navigation:
        button.click()
    return navigation.value.status


def signed_in_tab(open_tab, user, javascript=True):
    from django.contrib.auth import get_user_model

    tab = open_tab(viewport=PHONE_390, javascript=javascript)
    tab.goto("/")
    sign_in(tab, get_user_model().objects.get(pk=user.pk))
    return tab


@JS
def test_contact_form_errors_are_in_view_after_sending(open_tab, site, javascript):
    tab = open_tab(viewport=PHONE_390, javascript=javascript)
    tab.goto(site.pages["contact"].path)

    status = submit(tab, tab.locator("main form").get_by_role("button", name="Verstuur"))

    assert status == 400
    assert summary_in_view(tab)
    assert summary_has_focus(tab) is javascript
    summary = tab.locator("[data-error-summary]")
    assert summary.get_attribute("tabindex") == "-1"
    assert summary.get_by_role("heading").inner_text().startswith("Er ging iets mis")


def test_a_link_in_the_summary_puts_focus_in_its_field_with_its_label_in_view(open_tab, site):
    tab = open_tab(viewport=PHONE_390)
    tab.goto(site.pages["contact"].path)
    submit(tab, tab.locator("main form").get_by_role("button", name="Verstuur"))

    link = tab.locator("[data-error-summary] a").last
    field_id = link.get_attribute("href").removeprefix("#")
    link.click()

    assert tab.evaluate("document.activeElement.id") == field_id
    label = tab.locator(f"label[for='{field_id}']")
    assert label.bounding_box()["y"] >= 0
    assert tab.locator(f"#{field_id}").bounding_box()["y"] < PHONE_390["height"]


@pytest.fixture
def newcomer_and_edition(site):
    """A volunteer who has not given a name yet, and an open training."""
    from tests.academy.conftest import course, edition, user_with_participant

    ed = edition(course(title="Vrijwilligerscoördinatie voor beginners"), starts_in_days=21)
    user, person = user_with_participant(email="nieuw.test@example.nl")
    person.first_name = person.last_name = ""
    person.save()
    return user, ed


@JS
def test_enrol_form_errors_are_in_view_after_sending(
    open_tab, site, newcomer_and_edition, javascript
):
    from django.urls import reverse

    user, ed = newcomer_and_edition
    tab = signed_in_tab(open_tab, user, javascript)
    tab.goto(reverse("academy:enrol", args=[ed.pk]))

    status = submit(tab, tab.get_by_role("button", name="Meld mij aan"))

    assert status == 400
    assert summary_in_view(tab)
    assert summary_has_focus(tab) is javascript
    assert tab.locator("[data-error-summary] a").count() >= 2  # first and last name
    if javascript:
        assert_no_axe_violations(tab, "the enrol page with errors")


def test_paid_enrol_form_errors_are_in_view_after_sending(open_tab, site):
    from django.urls import reverse

    from tests.academy.conftest import course, edition, user_with_participant

    ed = edition(course(title="Regie voor professionals", prices={"professional": 4500}))
    user, _person = user_with_participant(
        email="betaalt.test@example.nl", participant_type="professional"
    )
    tab = signed_in_tab(open_tab, user)
    tab.goto(reverse("academy:enrol", args=[ed.pk]))
    tab.get_by_label("Op factuur (voor organisaties)").check()

    status = submit(tab, tab.get_by_role("button", name="Meld mij aan"))

    assert status == 400
    assert summary_in_view(tab) and summary_has_focus(tab)
    assert re.search("organisatie", tab.locator("[data-error-summary]").inner_text(), re.I)


def test_profile_form_errors_are_in_view_after_saving(open_tab, site):
    from django.urls import reverse

    from tests.academy.conftest import user_with_participant

    user, _person = user_with_participant(email="gegevens.test@example.nl")
    tab = signed_in_tab(open_tab, user)
    tab.goto(reverse("academy:profile"))
    tab.locator("main form [name='first_name']").fill("")

    status = submit(tab, tab.get_by_role("button", name="Opslaan"))

    assert status == 400
    assert summary_in_view(tab) and summary_has_focus(tab)


def test_password_login_errors_are_in_view(open_tab, site):
    from django.urls import reverse

    tab = open_tab(viewport=PHONE_390)
    tab.goto(reverse("account_login"))
    tab.get_by_text("Inloggen met een wachtwoord").click()
    tab.locator("#id_login").fill("niemand@example.nl")
    tab.locator("#id_password").fill("fout-wachtwoord")

    submit(tab, tab.locator("main form").get_by_role("button", name="Inloggen"))

    assert summary_in_view(tab) and summary_has_focus(tab)
