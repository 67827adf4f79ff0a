"""On a phone (390 px): Mijn academie keeps its list short (the check-in QR code opens on
demand, without JavaScript too), shows which section is open and keeps signing out apart; a
course page says where the person stands; the enrol page of a second group warns first.
axe-core finds nothing on the way."""

import pytest

from tests.browser.conftest import BROWSER_TESTS, describe_violations, run_axe, sign_in

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}


def assert_no_axe_violations(tab, what):
    violations = run_axe(tab)
    assert not violations, (
        f"axe-core: {len(violations)} WCAG 2.2 A/AA violation(s) on {what} {tab.url}:\n"
        f"{describe_violations(violations)}"
    )


@pytest.fixture
def booked(site):
    from academy.services import registration as services
    from tests.academy.conftest import course, edition, user_with_participant

    page = course(title="Luisteren naar buurtbewoners")
    first = edition(page, capacity=8, starts_in_days=14, sessions=2)
    second = edition(page, capacity=8, starts_in_days=42)
    other = edition(course(title="Omgaan met agressie"), capacity=8, starts_in_days=21)
    user, person = user_with_participant(email="qr.test@example.nl")
    person.first_name, person.last_name = "Fatima", "Bakker"
    person.save()
    services.register(first.pk, person)
    services.register(other.pk, person)
    return user, page, first, second


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_mijn_academie_on_a_phone_shows_the_qr_code_on_demand(
    open_tab, booked, artifacts_dir, javascript
):
    from django.urls import reverse
    from playwright.sync_api import expect

    user, _page, first, _second = booked
    tab = open_tab(viewport=PHONE_390, javascript=javascript)
    sign_in(tab, user)
    tab.goto(reverse("academy:mine"))

    codes = tab.locator("main details.checkin-code")
    expect(codes).to_have_count(2)
    qr = codes.first.locator("svg")
    expect(qr).to_be_hidden()
    summary = codes.first.locator("summary")
    expect(summary).to_contain_text("Toon QR-code voor inchecken")
    box = summary.bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= PHONE_390["width"]
    if javascript:
        screenshots = artifacts_dir / "screenshots"
        screenshots.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=screenshots / "academy-mine-qr-closed-390px.png", full_page=True)
        assert_no_axe_violations(tab, "Mijn academie with the QR codes closed")

    summary.click()
    expect(qr).to_be_visible()
    expect(codes.nth(1).locator("svg")).to_be_hidden()  # only the one asked for
    qr_box = qr.bounding_box()
    assert qr_box["x"] >= 0 and qr_box["x"] + qr_box["width"] <= PHONE_390["width"]
    if javascript:
        tab.screenshot(path=screenshots / "academy-mine-qr-open-390px.png", full_page=True)
        assert_no_axe_violations(tab, "Mijn academie with a QR code open")

    # The section that is open stands out; signing out is a plain action outside the tabs.
    nav = tab.get_by_role("navigation", name="Mijn academie")
    current = nav.locator("a[aria-current='page']")
    expect(current).to_have_text("Mijn trainingen")
    other = nav.get_by_role("link", name="Mijn gegevens")
    style = "element => getComputedStyle(element).backgroundColor"
    assert current.evaluate(style) != other.evaluate(style)
    expect(nav.get_by_text("Uitloggen")).to_have_count(0)
    expect(tab.get_by_role("button", name="Uitloggen")).to_be_visible()


def test_course_page_and_second_group_on_a_phone(open_tab, booked, artifacts_dir):
    from django.urls import reverse
    from playwright.sync_api import expect

    user, page, first, second = booked
    tab = open_tab(viewport=PHONE_390)
    sign_in(tab, user)
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)

    tab.goto(page.url)
    mine = tab.locator(f"article[aria-labelledby='edition-{first.pk}-title']")
    expect(mine).to_contain_text("U bent aangemeld voor deze groep.")
    expect(mine.get_by_role("link", name="Aanmelden")).to_have_count(0)
    later = tab.locator(f"article[aria-labelledby='edition-{second.pk}-title']")
    expect(later.get_by_role("link", name="Aanmelden", exact=True)).to_be_visible()
    tab.screenshot(path=screenshots / "academy-course-signed-in-390px.png", full_page=True)
    assert_no_axe_violations(tab, "a course page, signed in")

    with tab.expect_navigation():
        later.get_by_role("link", name="Aanmelden", exact=True).click()
    expect(
        tab.get_by_role("heading", name="Let op: u bent al aangemeld voor deze training")
    ).to_be_visible()
    expect(tab.get_by_role("button", name="Meld mij aan")).to_have_count(0)
    tab.screenshot(path=screenshots / "academy-enrol-second-group-390px.png", full_page=True)
    assert_no_axe_violations(tab, "the enrol page of a second group")

    with tab.expect_navigation():
        tab.get_by_role("link", name="Ik wil ook in deze groep").click()
    with tab.expect_navigation():
        tab.get_by_role("button", name="Meld mij aan").click()
    expect(tab.locator("main")).to_contain_text("U bent aangemeld.")
    assert reverse("academy:registration", args=["x"]).rsplit("x", 1)[0] in tab.url
