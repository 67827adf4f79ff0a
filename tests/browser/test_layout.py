"""Every page type on a phone and a desktop: nothing scrolls sideways at 360 px, and every
stylesheet, image and script loads without errors."""

import pytest

from tests.browser.conftest import BROWSER_TESTS, PHONE, open_page_kind
from tests.conftest import PAGE_KINDS

pytestmark = BROWSER_TESTS


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_type_has_no_horizontal_scroll_at_360px(open_tab, site, kind):
    tab = open_tab(viewport=PHONE)
    open_page_kind(tab, site, kind)
    width = tab.evaluate("document.scrollingElement.scrollWidth")
    if width > PHONE["width"]:
        too_wide = tab.evaluate(
            """limit => [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > limit + 1)
                .filter(el => !el.parentElement
                    || el.parentElement.getBoundingClientRect().right <= limit + 1)
                .slice(0, 8)
                .map(el => el.tagName.toLowerCase()
                    + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string'
                        ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)')""",
            PHONE["width"],
        )
        pytest.fail(
            f"the {kind} page {tab.url} scrolls sideways at 360px (scrollWidth {width}px); "
            f"widest elements: {too_wide}"
        )


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_type_loads_every_asset_without_script_errors(open_tab, site, kind):
    tab = open_tab()
    failed, script_errors = [], []

    def on_response(response):
        if response.status >= 400 and response.request.resource_type != "document":
            failed.append(f"{response.status} {response.url}")

    def on_console(message):
        if message.type == "error":
            script_errors.append(message.text)

    tab.on("response", on_response)
    tab.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))
    tab.on("pageerror", lambda error: script_errors.append(str(error)))
    tab.on("console", on_console)
    open_page_kind(tab, site, kind)
    tab.wait_for_load_state("load")
    # Lazy images further down the page: load them now.
    tab.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')")
    # Polled with evaluate: wait_for_function runs its predicate through eval, which the
    # site's Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    for _ in range(100):
        if tab.evaluate("[...document.images].every(img => img.complete)"):
            break
        tab.wait_for_timeout(100)

    # Chrome logs every 4xx answer in the console, also the page's own (404 or 400 page).
    # Assets that fail are in `failed` already.
    script_errors = [e for e in script_errors if not e.startswith("Failed to load resource")]
    assert not failed, f"assets that did not load on the {kind} page {tab.url}: {failed}"
    assert not script_errors, f"script errors on the {kind} page {tab.url}: {script_errors}"
    broken_images = tab.evaluate(
        "[...document.images].filter(img => img.complete && img.naturalWidth === 0)"
        ".map(img => img.currentSrc || img.src)"
    )
    assert not broken_images, f"images that do not show on the {kind} page: {broken_images}"
