"""A privacy officer erases a person's data on request from the participant's admin page:
the confirmation says what goes and what stays, and axe-core finds no WCAG 2.2 A/AA
violations on it."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TESTS, sign_in
from tests.browser.test_academy_flow import assert_no_axe_violations

pytestmark = BROWSER_TESTS


def test_staff_erase_a_person_on_request(site, open_tab):
    from academy.admin.privacy import participant_url
    from academy.services import registration as services
    from tests import factories as f
    from tests.academy.conftest import edition, participant

    person = participant(first_name="Ineke", last_name="Bos")
    services.register(edition(capacity=4).pk, person)
    tab = open_tab()
    sign_in(tab, f.superuser())

    tab.goto(participant_url("edit", person.pk))
    tab.get_by_role("button", name=re.compile("Meer|Acties|More|Actions")).click()
    tab.get_by_role("link", name="Gegevens wissen").click()
    tab.wait_for_url(re.compile(r"/wissen/$"))
    expect(tab.locator("main")).to_contain_text("Ineke Bos")
    expect(tab.get_by_role("heading", name="Dit blijft")).to_be_visible()
    assert_no_axe_violations(tab, "the erasure confirmation")

    tab.get_by_role("button", name="Gegevens wissen").click()
    tab.wait_for_url(re.compile(r"/edit/\d+/$"))
    person.refresh_from_db()
    assert person.anonymised is not None
    assert "Ineke" not in tab.locator("main").inner_text()
    assert_no_axe_violations(tab, "the participant after erasure")
