"""The header on a phone: short, with the search, language switch, account links and main
menu folded away under "Menu", which opens with the keyboard, with and without JavaScript.
On a desktop everything shows as before."""

import pytest

from tests.browser.conftest import BROWSER_TESTS, DESKTOP, describe_violations, run_axe, sign_in

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}
MAX_HEADER_HEIGHT = 140
JS = pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])


def header_height(tab):
    return tab.locator("header.site-header").bounding_box()["height"]


def main_menu_links(tab):
    return tab.locator("header nav.main-nav a")


def toggle(tab):
    """The menu toggle: a button made by site.js, or the details' own summary without it."""
    return tab.locator("header .site-menu__toggle:visible")


def tab_until(tab, wanted, limit=40):
    """Press Tab until focus is on an element matching `wanted`; the hrefs passed on the way."""
    passed = []
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.evaluate("s => document.activeElement.matches(s)", wanted):
            return passed
        passed.append(tab.evaluate("document.activeElement.getAttribute('href')"))
    pytest.fail(f"Tab never reached {wanted}; passed {passed}")


@JS
def test_header_is_short_on_a_phone_with_the_menu_closed(open_tab, site, javascript):
    tab = open_tab(viewport=PHONE_390, javascript=javascript)
    tab.goto("/")

    assert header_height(tab) <= MAX_HEADER_HEIGHT
    assert tab.locator("header .site-logo").is_visible()
    assert toggle(tab).count() == 1 and "Menu" in toggle(tab).inner_text()
    assert main_menu_links(tab).count() >= 5
    assert not main_menu_links(tab).first.is_visible()
    assert not tab.locator("#header-search-q").is_visible()


@JS
def test_menu_opens_with_the_keyboard_and_every_link_in_it_is_reachable(open_tab, site, javascript):
    tab = open_tab(viewport=PHONE_390, javascript=javascript)
    tab.goto("/")
    hrefs = [a.get_attribute("href") for a in main_menu_links(tab).all()]

    tab_until(tab, ".site-menu__toggle")
    tab.keyboard.press("Enter")

    assert main_menu_links(tab).first.is_visible()
    assert tab.locator("#header-search-q").is_visible()
    assert tab.locator("header").get_by_role("link", name="Inloggen").is_visible()
    passed = tab_until(tab, f"header nav.main-nav a[href='{hrefs[-1]}']")
    assert set(hrefs[:-1]) <= set(passed), f"menu links skipped by Tab: {passed}"
    assert "Inloggen" in tab.evaluate(
        "[...document.querySelectorAll('header a')].map(a => a.textContent).join(' ')"
    )
    # The last menu link opens its page.
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url.endswith(hrefs[-1])
    assert not main_menu_links(tab).first.is_visible(), "a new page starts with the menu closed"


def test_menu_button_says_whether_it_is_open_and_escape_closes_it(open_tab, site):
    tab = open_tab(viewport=PHONE_390)
    tab.goto("/")
    button = tab.locator("header").get_by_role("button", name="Menu")
    assert button.get_attribute("aria-expanded") == "false"

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    main_menu_links(tab).first.focus()
    tab.keyboard.press("Escape")

    assert button.get_attribute("aria-expanded") == "false"
    assert not main_menu_links(tab).first.is_visible()
    assert tab.evaluate("document.activeElement.classList.contains('site-menu__toggle')")


def test_signed_in_person_finds_mijn_academie_and_logout_in_the_menu(open_tab, site):
    from django.contrib.auth import get_user_model

    from tests.academy.conftest import user_with_participant

    user, person = user_with_participant(email="menu.test@example.nl")
    person.first_name = "Ayla"
    person.save()
    tab = open_tab(viewport=PHONE_390)
    tab.goto("/")
    sign_in(tab, get_user_model().objects.get(pk=user.pk))
    tab.goto("/")

    tab.locator("header").get_by_role("button", name="Menu").click()
    account = tab.locator("header").get_by_role("navigation", name="Uw account")
    assert "Ingelogd als Ayla" in " ".join(account.inner_text().split())
    assert account.get_by_role("link", name="Mijn academie").is_visible()
    with tab.expect_navigation():
        account.get_by_role("button", name="Uitloggen").click()

    tab.locator("header").get_by_role("button", name="Menu").click()
    assert tab.locator("header").get_by_role("link", name="Inloggen").is_visible()
    assert "Ayla" not in tab.locator("header").inner_text()


def test_desktop_shows_search_language_account_and_menu_without_a_toggle(open_tab, site):
    tab = open_tab(viewport=DESKTOP)
    tab.goto("/")

    assert toggle(tab).count() == 0
    assert tab.locator("#header-search-q").is_visible()
    assert tab.locator("header nav.language-switcher").is_visible()
    assert tab.locator("header").get_by_role("link", name="Inloggen").is_visible()
    links = main_menu_links(tab)
    assert all(links.nth(i).is_visible() for i in range(links.count()))
    # One row of menu links below the logo row, as before.
    tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}
    assert len(tops) == 1, tops
    assert header_height(tab) < 200


def test_open_menu_has_no_axe_violations(open_tab, site):
    # With JavaScript only: run_axe waits for animation frames, which never come without it.
    tab = open_tab(viewport=PHONE_390)
    tab.goto("/")
    toggle(tab).click()
    assert main_menu_links(tab).first.is_visible()

    violations = run_axe(tab)
    assert not violations, describe_violations(violations)
