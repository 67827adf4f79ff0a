"""'Cijfers' in a real browser: no WCAG 2.2 A/AA violations (axe-core) at 1280 and 390 px,
nothing scrolls sideways on a phone, and the export link is reached with the keyboard."""

import pytest

from tests.browser.conftest import BROWSER_TESTS, DESKTOP, describe_violations, run_axe, sign_in
from tests.browser.test_vacaturebank import PHONE_390, assert_fits, shoot, tab_to

pytestmark = BROWSER_TESTS


def open_dashboard(open_tab, viewport):
    from django.urls import reverse

    from tests import factories as f

    tab = open_tab(viewport=viewport)
    sign_in(tab, f.superuser())
    response = tab.goto(reverse("insights_dashboard") + "?kind=year&year=2026")
    assert response.status == 200
    return tab


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE_390], ids=["1280px", "390px"])
def test_dashboard_has_no_axe_violations(open_tab, site, viewport):
    tab = open_dashboard(open_tab, viewport)
    assert tab.get_by_role("heading", name="Wegwijzer", exact=True).is_visible()
    assert tab.locator("svg.insights-chart").count() >= 2
    shoot(tab, f"insights-dashboard-{viewport['width']}")
    tab.evaluate(
        "document.getAnimations().filter(a => a.animationName === 'ping-warning')"
        ".forEach(a => a.finish())"
    )
    violations = run_axe(tab)
    assert not violations, describe_violations(violations)


def test_dashboard_fits_a_390px_phone(open_tab, site):
    tab = open_dashboard(open_tab, PHONE_390)
    assert_fits(tab, "the Cijfers dashboard")


def test_the_csv_export_is_reached_and_followed_with_the_keyboard(open_tab, site):
    tab = open_dashboard(open_tab, DESKTOP)
    link = tab.get_by_role("link", name="Alle cijfers als CSV")
    tab_to(tab, link)
    with tab.expect_download() as download:
        tab.keyboard.press("Enter")
    assert download.value.suggested_filename == "cijfers-vmca-2026.csv"
    content = open(download.value.path(), encoding="utf-8-sig").read()  # noqa: PTH123
    assert content.startswith("Onderdeel;Tabel;Wat;Gekozen periode: 2026;")


def test_a_bad_period_is_said_in_place_with_a_400(open_tab, site):
    from django.urls import reverse

    from tests import factories as f

    tab = open_tab(viewport=PHONE_390)
    sign_in(tab, f.superuser())
    response = tab.goto(
        reverse("insights_dashboard") + "?kind=custom&start=2026-05-01&end=2026-01-01"
    )
    assert response.status == 400
    assert tab.get_by_text("Deze datum ligt voor de eerste datum.").is_visible()
    violations = run_axe(tab)
    assert not violations, describe_violations(violations)
