"""The Content-Security-Policy blocks nothing the site itself needs: every main page type,
the account and Mijn academie pages, the roster and the Wagtail admin load in chromium
without a single "Refused to ..." message or securitypolicyviolation event."""

import re

import pytest

from tests.browser.conftest import BROWSER_TESTS, sign_in

pytestmark = BROWSER_TESTS

# Runs in every document before the page's own scripts; violations of this document are
# read back before the next navigation.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} `
        + `(${event.sourceFile || "?"}:${event.lineNumber})`
    );
});
"""


class PolicyWatch:
    """A tab that records every CSP refusal, from events and from the console."""

    def __init__(self, tab):
        self.tab = tab
        self.refusals = []
        tab.add_init_script(RECORD_VIOLATIONS)
        tab.on("console", self._on_console)

    def _on_console(self, message):
        text = message.text
        if "Refused to" in text or "Content Security Policy" in text:
            self.refusals.append(f"{self.tab.url}: console: {text}")

    def collect(self):
        found = self.tab.evaluate("() => window.__cspViolations || []")
        self.refusals += [f"{self.tab.url}: {violation}" for violation in found]

    def visit(self, path):
        response = self.tab.goto(path)
        self.tab.wait_for_load_state("networkidle")
        assert response.status < 400, f"{path} answered {response.status}"
        assert response.headers.get("content-security-policy"), f"{path} has no CSP"
        self.collect()
        return response


@pytest.fixture
def watch(open_tab):
    return PolicyWatch(open_tab())


def test_the_watch_sees_a_refused_inline_script(watch, site):
    watch.visit("/")
    with pytest.raises(Exception, match="Content Security Policy|Refused"):
        watch.tab.add_script_tag(content="window.injected = true;")
    watch.collect()

    assert watch.refusals
    assert watch.tab.evaluate("() => window.injected === undefined")


def test_public_pages_load_without_policy_violations(watch, site):
    from django.urls import reverse

    pages = site.pages
    for kind in ("home", "news_index", "news", "agenda", "event", "catalogue", "course"):
        watch.visit(pages[kind].path)
    wijk, sort = pages["agenda"].filter
    watch.visit(f"{pages['agenda'].path}?wijk={wijk}&soort={sort}")
    watch.visit(pages["search"].path)
    watch.visit(pages["contact"].path)
    watch.visit(reverse("account_login"))

    # The enrol form on a course page works and is sent to this site.
    watch.visit(pages["course"].path)
    enrol = watch.tab.locator("main a[href*='/academie/aanmelden/']").first
    if enrol.count():
        enrol.click()
        watch.tab.wait_for_load_state("networkidle")
        watch.collect()

    assert not watch.refusals, "\n".join(watch.refusals)


def test_catalogue_filters_work_under_the_policy(watch, site):
    watch.visit(site.pages["catalogue"].path)
    form = watch.tab.locator("main form").first
    if form.count():
        with watch.tab.expect_navigation():
            form.locator("button, input[type='submit']").first.click()
        watch.collect()

    assert not watch.refusals, "\n".join(watch.refusals)


def test_mijn_academie_loads_without_policy_violations(watch, site):
    from django.urls import reverse

    from tests.academy.conftest import user_with_participant

    user, _person = user_with_participant(email="csp.test@example.nl")
    watch.visit("/")
    sign_in(watch.tab, user)
    for name in ("academy:mine", "academy:profile", "academy:feed_settings"):
        watch.visit(reverse(name))

    assert not watch.refusals, "\n".join(watch.refusals)


def test_editor_sees_the_userbar_on_public_pages_without_policy_violations(watch, site):
    from tests import factories as f

    watch.visit("/")
    sign_in(watch.tab, f.superuser())
    watch.visit(site.pages["news"].path)
    watch.tab.locator("wagtail-userbar").wait_for(state="attached")

    assert not watch.refusals, "\n".join(watch.refusals)


def test_roster_works_under_the_policy(watch, site, now):
    from django.urls import reverse
    from playwright.sync_api import expect

    from tests import factories as f
    from tests.academy.conftest import book, course, edition_in_progress, participant

    training = course(title="Eerste hulp bij eenzaamheid")
    ed = edition_in_progress(now, course_page=training, capacity=3)
    book(ed, participant(first_name="Fatima", last_name="El Amrani"))
    session = ed.sessions.get()
    watch.visit("/")
    sign_in(watch.tab, f.superuser())
    watch.visit(reverse("academy_editions:roster", args=(ed.pk, session.pk)))

    # roster.js sends the tap with fetch and swaps the counts in without a reload.
    count = watch.tab.locator("[data-roster-count]")
    expect(count).to_have_text(re.compile(r"Aanwezig:\s*0\s*van 1"))
    watch.tab.locator("[data-roster] form button[type='submit']").first.click()
    expect(count).to_have_text(re.compile(r"Aanwezig:\s*1\s*van 1"))
    watch.collect()

    assert not watch.refusals, "\n".join(watch.refusals)


def test_wagtail_admin_works_under_its_policy(watch, site):
    from tests import factories as f

    page = site.pages["standard"].page
    watch.visit("/admin/login/")
    sign_in(watch.tab, f.superuser())
    watch.visit("/admin/")
    watch.visit(f"/admin/pages/{page.pk}/edit/")
    # The rich text editor (Draftail) is up.
    watch.tab.locator(".Draftail-Editor").first.wait_for()
    watch.collect()

    # The image library, and an image chooser that opens in its modal.
    watch.visit("/admin/images/")
    news_index = site.pages["news_index"].page
    watch.visit(f"/admin/pages/add/cms/newspage/{news_index.pk}/")  # no image chosen yet
    watch.tab.locator("[data-chooser-action-choose]:visible").first.click()
    watch.tab.locator(".modal-content").first.wait_for()
    watch.tab.wait_for_load_state("networkidle")
    watch.collect()

    assert not watch.refusals, "\n".join(watch.refusals)
