"""The live preview panel in the page editor shows the page: the admin may frame its own
previews (frame-ancestors 'self', X-Frame-Options SAMEORIGIN). That public pages stay
unframeable is checked on the headers (tests/security/test_headers.py)."""

from playwright.sync_api import expect

from tests.browser.conftest import BROWSER_TESTS, sign_in

pytestmark = BROWSER_TESTS

# Chromium's words when it refuses to show a document in a frame (CSP or X-Frame-Options).
REFUSALS = ("Refused to frame", "Refused to display", "frame-ancestors", "X-Frame-Options")


def test_editor_preview_panel_shows_the_page(site, open_tab):
    from tests import factories as f

    page = site.pages["news"].page
    tab = open_tab()
    refusals = []
    tab.on(
        "console",
        lambda message: (
            refusals.append(message.text)
            if any(word in message.text for word in REFUSALS)
            else None
        ),
    )
    sign_in(tab, f.superuser())

    tab.goto(f"/admin/pages/{page.pk}/edit/")
    tab.locator("[data-side-panel-toggle='preview']").click()

    preview = tab.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_contain_text(page.title)
    assert not refusals, "\n".join(refusals)
