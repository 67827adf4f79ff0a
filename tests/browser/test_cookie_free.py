"""Cookie-free in a real browser: browsing the public pages asks nothing of any other host,
leaves no cookie except the functional csrftoken (pages with a form), and writes nothing to
localStorage or sessionStorage. What the privacy statement promises."""

from urllib.parse import urlsplit

import pytest

from cms.demo import privacy
from tests.browser.conftest import BROWSER_TESTS
from tests.conftest import PUBLIC_PAGE_KINDS

pytestmark = BROWSER_TESTS

EAGER_IMAGES = "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"


def test_browsing_the_public_site_stays_on_the_site_and_sets_no_tracking_cookies(open_tab, site):
    from django.urls import reverse
    from wagtail.models import Page

    own_host = urlsplit(site.url).netloc
    tab = open_tab()
    elsewhere = []

    def on_request(request):
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != own_host:
            elsewhere.append(request.url)

    tab.on("request", on_request)
    paths = [site.pages[kind].path for kind in PUBLIC_PAGE_KINDS]
    paths += [
        Page.objects.live().get(slug=privacy.SLUG).url,
        reverse("academy:verify_certificate") + "?code=ABCD-EFGH",
    ]
    storage = {}
    for path in paths:
        tab.goto(path)
        tab.wait_for_load_state("load")
        tab.evaluate(EAGER_IMAGES)
        # Not wait_for_function: it evaluates a string, which the site's CSP rightly forbids.
        tab.wait_for_load_state("networkidle")
        storage[path] = tab.evaluate(
            "[...Object.keys(localStorage), ...Object.keys(sessionStorage)]"
        )

    assert not elsewhere, f"requests to other hosts: {elsewhere[:10]}"
    cookies = {cookie["name"] for cookie in tab.context.cookies()}
    assert cookies <= {"csrftoken"}, cookies
    assert cookies <= set(privacy.COOKIES)
    written = {path: keys for path, keys in storage.items() if keys}
    assert not written, f"pages that wrote to web storage: {written}"


@pytest.mark.parametrize("kind", ["home", "news"])
def test_a_page_without_a_form_sets_no_cookie_at_all(open_tab, site, kind):
    tab = open_tab()
    tab.goto(site.pages[kind].path)
    tab.wait_for_load_state("load")
    assert tab.context.cookies() == []
