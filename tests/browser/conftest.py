"""Real-browser fixtures: one chromium per test process, one tab per test.

The live server shares the in-memory SQLite test database with the tests. Every test that uses
`live_server` is transactional (pytest-django empties the database after it), so the demo
content is loaded once per test process (`demo_snapshot` in tests/conftest.py) and its byte copy
is put back before each test, in milliseconds. When a module is done, the database is put back
as it was before the module, so later tests in the same process see a clean database.
These tests run in the SQLite pass only (`sqlite_only`); the PostgreSQL pass leaves them out.
"""

import functools
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import (
    chromium_path,
    contact_form_values,
    missing_tool,
    restore_sqlite,
    server_error_html,
)

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


# Each test module here starts with: pytestmark = BROWSER_TESTS
BROWSER_TESTS = [pytest.mark.browser, pytest.mark.sqlite_only]


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if not executable or not Path(executable).exists():
        missing_tool("chromium is not installed (apt-get install chromium); browser tests need it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_tool("the playwright Python package is not installed (make install)")
    # Playwright's sync API keeps an event loop in this thread from now on, and Django refuses
    # database calls while a loop runs, unless told that this is safe. Set only in the test
    # processes that start a browser.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def site(live_server, demo_database):
    """The live server with the demo content: `site.url`, and `site.pages[kind]` with the
    path, title and page of one page of every kind (see tests.conftest.site_page_types)."""
    from django.core import mail
    from django.db import connection

    restore_sqlite(demo_database.database, connection)
    mail.outbox = []
    return SimpleNamespace(url=live_server.url, pages=demo_database.pages)


@pytest.fixture
def open_tab(browser, site):
    """open_tab(viewport=DESKTOP, javascript=True): a new tab, in a browser context of its own."""
    contexts = []

    def open_tab(viewport=DESKTOP, javascript=True):
        context = browser.new_context(
            base_url=site.url,
            viewport=viewport,
            locale="nl-NL",
            java_script_enabled=javascript,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


def sign_in(tab, user):
    """Put a Django session for `user` in the tab's cookies (signing in has tests of its own)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    if tab.url == "about:blank":
        tab.goto("/")  # cookies belong to an origin
    origin = tab.evaluate("() => location.origin")
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    tab.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": origin}]
    )


def fill_contact_form(tab, contact_page):
    """Fill every field of the contact form with valid answers, as a visitor would."""
    form = tab.locator("main form").filter(has=tab.locator("[name='csrfmiddlewaretoken']"))
    for name, (kind, value) in contact_form_values(contact_page).items():
        field = form.locator(f"[name='{name}']")
        if kind == "select":
            field.select_option(value)
        elif kind == "check":
            field.check()
        elif kind in ("radio", "checkboxes"):
            form.locator(f"[name='{name}'][value='{value}']").check()
        elif field.get_attribute("type") == "datetime-local":
            field.fill(value.replace(" ", "T"))
        else:
            field.fill(value)
    return form


def submit_contact_form(tab, contact_page):
    """Fill in and send the contact form; returns the response to the POST."""
    form = fill_contact_form(tab, contact_page)
    with tab.expect_navigation() as navigation:
        form.locator("button[type='submit'], button:not([type]), input[type='submit']").click()
    return navigation.value


def open_page_kind(tab, site, kind):
    """Go to one page of this kind the way a visitor would; returns the HTTP status."""
    entry = site.pages[kind]
    response = tab.goto(entry.path)
    if kind == "contact_thanks":
        response = submit_contact_form(tab, entry.page)
    elif kind == "contact_errors":
        with tab.expect_navigation() as navigation:
            tab.locator("main form").get_by_role("button", name="Verstuur").click()
        response = navigation.value
    elif kind == "server_error":
        # Nothing on the site fails on purpose, so show the 500 page's HTML on the site's
        # origin (its stylesheet and logo load from there).
        status, content = server_error_html()
        tab.set_content(content.decode())
        return status
    return response.status


def run_axe(tab):
    """axe-core's WCAG 2.2 A/AA violations on the page in the tab.

    Waits two frames (a transition starts at the next style update) and then for running
    transitions and animations that have an end, such as the admin's message fading in:
    halfway through, colours are in between and axe would judge a contrast nobody sees
    for long. Long animations are not waited for: the admin's "new" badge on Help pings for
    25 seconds, in the sidebar of a wide screen only."""
    tab.evaluate(
        """() => new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
            .then(() => Promise.all(document.getAnimations()
                .filter(animation => animation.effect
                    && animation.effect.getComputedTiming().endTime <= 5000)
                .map(animation => animation.finished.catch(() => null))))"""
    )
    tab.evaluate(_axe_source())
    results = tab.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return results["violations"]


def describe_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}  {node['html'][:160]}")
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


@functools.cache
def _axe_source():
    """axe-core as bundled with axe-playwright-python."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
