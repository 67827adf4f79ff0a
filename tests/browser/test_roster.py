"""A trainer takes attendance on a phone (390 x 844): one tap, a typed code, a walk-in, and
the counts follow without a page reload; nothing scrolls sideways."""

import re

import pytest

from tests.browser.conftest import BROWSER_TESTS, sign_in

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}


def assert_no_sideways_scroll(tab):
    width = tab.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE_390["width"], f"the roster scrolls sideways: scrollWidth {width}px"
    # The admin's <main> clips what is too wide instead of scrolling: nothing may stick out.
    too_wide = tab.evaluate(
        """limit => [...document.querySelectorAll('[data-roster] *')]
            .filter(el => el.getClientRects().length)
            .filter(el => el.getBoundingClientRect().right > limit + 1)
            .map(el => el.tagName + '.' + el.className)""",
        PHONE_390["width"],
    )
    assert not too_wide, f"wider than the screen: {too_wide[:5]}"


def assert_no_axe_violations(tab):
    from tests.browser.conftest import describe_violations, run_axe

    violations = run_axe(tab)
    assert not violations, describe_violations(violations)


@pytest.fixture
def trainer_and_session(site, now):
    """A trainer and the session of theirs that began half an hour ago, with two people."""
    from tests import factories as f
    from tests.academy.conftest import book, course, edition_in_progress, participant

    account = f.user(groups=["Trainers"])
    person = f.person(first_name="Tineke", last_name="Trainer", is_trainer=True, user=account)
    training = course(title="Eerste hulp bij eenzaamheid")
    ed = edition_in_progress(now, course_page=training, capacity=3)
    ed.trainers.add(person)
    ed.save()
    first = book(ed, participant(first_name="Fatima", last_name="El Amrani"))
    second = book(ed, participant(first_name="Jan", last_name="de Boer"))
    return account, ed, ed.sessions.get(), first, second


def test_trainer_checks_people_in_on_a_390px_phone(
    open_tab, site, trainer_and_session, artifacts_dir
):
    from django.urls import reverse
    from playwright.sync_api import expect

    from academy.models import Attendance, AttendanceStatus

    account, ed, session, first, second = trainer_and_session
    tab = open_tab(viewport=PHONE_390)
    sign_in(tab, account)

    # From the 'Presentie' list to the roster of the session that is on.
    tab.goto(reverse("academy_attendance:index"))
    tab.get_by_role("link", name=re.compile("Eerste hulp bij eenzaamheid")).first.click()
    expect(tab).to_have_url(
        re.compile(re.escape(reverse("academy_editions:roster", args=(ed.pk, session.pk))))
    )
    count = tab.locator("[data-roster-count]")
    expect(count).to_have_text(re.compile(r"Aanwezig:\s*0\s*van 2"))
    assert_no_sideways_scroll(tab)

    # Buttons big enough for a thumb.
    button = tab.get_by_role("button", name="Aanwezig – Fatima El Amrani")
    box = button.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44

    # One tap: the roster is updated in place (no navigation).
    url_before = tab.url
    button.click()
    expect(count).to_have_text(re.compile(r"Aanwezig:\s*1\s*van 2"))
    expect(tab.get_by_role("button", name="Aanwezig – Fatima El Amrani")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert tab.url == url_before

    # The other person's short code, typed the way people type it.
    tab.get_by_label("Code van de deelnemer").fill(second.display_checkin_code.lower())
    tab.get_by_role("button", name="Inchecken", exact=True).click()
    expect(count).to_have_text(re.compile(r"Aanwezig:\s*2\s*van 2"))
    expect(tab.locator(".messages")).to_contain_text("Jan de Boer is ingecheckt")

    # Someone walks in.
    tab.get_by_label("Voornaam").fill("Piet")
    tab.get_by_label("Achternaam").fill("Inloop")
    tab.get_by_role("button", name="Aanmelden en aanwezig").click()
    expect(count).to_have_text(re.compile(r"Aanwezig:\s*3\s*van 3"))
    expect(tab.locator(".roster-person__name", has_text="Piet Inloop")).to_be_visible()
    assert_no_sideways_scroll(tab)
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=screenshots / "roster-390px-bottom.png")
    tab.locator("[data-roster]").evaluate("element => element.scrollIntoView()")
    tab.screenshot(path=screenshots / "roster-390px-top.png")

    statuses = dict(
        Attendance.objects.filter(session=session).values_list(
            "registration__participant__last_name", "method"
        )
    )
    assert statuses == {
        "El Amrani": Attendance.Method.ROSTER,
        "de Boer": Attendance.Method.CODE,
        "Inloop": Attendance.Method.WALK_IN,
    }
    assert set(Attendance.objects.filter(session=session).values_list("status", flat=True)) <= {
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
    }


def test_roster_works_without_javascript(open_tab, site, trainer_and_session):
    from django.urls import reverse
    from playwright.sync_api import expect

    account, ed, session, first, _second = trainer_and_session
    tab = open_tab(viewport=PHONE_390, javascript=False)
    sign_in(tab, account)
    tab.goto(reverse("academy_editions:roster", args=(ed.pk, session.pk)))
    with tab.expect_navigation():
        tab.get_by_role("button", name="Afwezig – Fatima El Amrani").click()
    expect(tab.locator("[data-roster-count]")).to_have_text(re.compile(r"Aanwezig:\s*0\s*van 2"))
    expect(tab.get_by_role("button", name="Afwezig – Fatima El Amrani")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert_no_sideways_scroll(tab)


def test_mistyped_code_is_said_in_place_and_the_roster_stays(open_tab, site, trainer_and_session):
    from django.urls import reverse
    from playwright.sync_api import expect

    account, ed, session, _first, second = trainer_and_session
    tab = open_tab(viewport=PHONE_390)
    sign_in(tab, account)
    tab.goto(reverse("academy_editions:roster", args=(ed.pk, session.pk)))
    url_before = tab.url
    code = tab.get_by_label("Code van de deelnemer")
    code.fill("ZZZZ-ZZZZ")
    tab.get_by_role("button", name="Inchecken", exact=True).click()
    error = tab.locator("#roster-code-error")
    expect(error).to_contain_text("Code niet gevonden")
    expect(error).to_have_attribute("role", "alert")
    # Still the roster, with the typed code to correct, and focus back in the field.
    assert tab.url == url_before
    expect(tab.locator(".roster-person__name", has_text="Fatima El Amrani")).to_be_visible()
    expect(code).to_have_value("ZZZZ-ZZZZ")
    expect(code).to_have_attribute("aria-invalid", "true")
    assert_no_sideways_scroll(tab)
    assert_no_axe_violations(tab)
    # The right code after all: checked in, the error is gone.
    code.fill(second.display_checkin_code)
    code.press("Enter")
    expect(tab.locator("[data-roster-count]")).to_have_text(re.compile(r"Aanwezig:\s*1\s*van 2"))
    expect(tab.locator("#roster-code-error")).to_have_count(0)


def test_mistyped_code_without_javascript_posts_back_to_the_roster(
    open_tab, site, trainer_and_session
):
    from django.urls import reverse
    from playwright.sync_api import expect

    account, ed, session, _first, _second = trainer_and_session
    tab = open_tab(viewport=PHONE_390, javascript=False)
    sign_in(tab, account)
    tab.goto(reverse("academy_editions:roster", args=(ed.pk, session.pk)))
    tab.get_by_label("Code van de deelnemer").fill("ZZZZ-ZZZZ")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Inchecken", exact=True).click()
    expect(tab.locator("#roster-code-error")).to_contain_text("Code niet gevonden")
    expect(tab.locator(".roster-person__name", has_text="Jan de Boer")).to_be_visible()
    assert_no_sideways_scroll(tab)


def test_taps_while_one_is_on_its_way_are_queued_and_each_is_saved(
    open_tab, site, trainer_and_session, monkeypatch
):
    """The first tap is held on the server; the trainer taps two more people meanwhile.
    Nothing is dropped: each row says "bezig" and then "opgeslagen", in order."""
    import threading

    from django.urls import reverse
    from playwright.sync_api import expect

    from academy.admin.attendance import RosterView
    from academy.models import Attendance, AttendanceStatus

    account, ed, session, first, second = trainer_and_session
    from tests.academy.conftest import book, participant

    third = book(ed, participant(first_name="Kees", last_name="Bakker"))
    release = threading.Event()
    held = threading.Event()
    original = RosterView.mark

    def slow_mark(view):
        if not held.is_set():
            held.set()
            release.wait(timeout=20)
        return original(view)

    monkeypatch.setattr(RosterView, "mark", slow_mark)
    tab = open_tab(viewport=PHONE_390)
    sign_in(tab, account)
    tab.goto(reverse("academy_editions:roster", args=(ed.pk, session.pk)))

    def row(registration):
        return tab.locator(f"#deelnemer-{registration.pk}")

    tab.get_by_role("button", name="Aanwezig – Fatima El Amrani").click()
    assert held.wait(timeout=10)
    tab.get_by_role("button", name="Afwezig – Jan de Boer").click()
    tab.get_by_role("button", name="Te laat – Kees Bakker").click()
    for registration in (first, second, third):
        expect(row(registration).locator("[data-roster-save]")).to_have_text("Bezig met opslaan")
    # The waiting taps show at once which button was chosen.
    expect(tab.get_by_role("button", name="Afwezig – Jan de Boer")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert_no_sideways_scroll(tab)
    release.set()
    for registration in (first, second, third):
        expect(row(registration).locator("[data-roster-save]")).to_have_text("Opgeslagen")
    expect(tab.locator("[data-roster-announce]")).to_have_text("Kees Bakker: Opgeslagen")
    expect(tab.locator("[data-roster-announce]")).to_have_attribute("aria-live", "polite")
    expect(tab.locator("[data-roster-count]")).to_have_text(re.compile(r"Aanwezig:\s*2\s*van 3"))
    statuses = dict(
        Attendance.objects.filter(session=session).values_list("registration_id", "status")
    )
    assert statuses == {
        first.pk: AttendanceStatus.PRESENT,
        second.pk: AttendanceStatus.ABSENT,
        third.pk: AttendanceStatus.LATE,
    }


def test_a_tap_that_fails_says_so_and_can_be_tried_again(
    open_tab, site, trainer_and_session, monkeypatch
):
    from django.urls import reverse
    from playwright.sync_api import expect

    from academy.models import Attendance

    account, ed, session, first, _second = trainer_and_session
    tab = open_tab(viewport=PHONE_390)
    sign_in(tab, account)
    tab.goto(reverse("academy_editions:roster", args=(ed.pk, session.pk)))
    roster_path = reverse("academy_editions:roster", args=(ed.pk, session.pk))
    failures = {"left": 1}

    def drop_once(route):
        if route.request.method == "POST" and failures["left"]:
            failures["left"] -= 1
            route.abort()
        else:
            route.continue_()

    tab.route(f"**{roster_path}", drop_once)
    tab.get_by_role("button", name="Aanwezig – Fatima El Amrani").click()
    state = tab.locator(f"#deelnemer-{first.pk} [data-roster-save]")
    expect(state).to_contain_text("Niet gelukt")
    assert not Attendance.objects.filter(registration=first).exists()
    state.get_by_role("button", name="Opnieuw proberen").click()
    expect(state).to_have_text("Opgeslagen")
    assert Attendance.objects.filter(registration=first).exists()


def test_trainer_lands_on_todays_sessions_with_a_link_to_the_roster(
    open_tab, site, trainer_and_session
):
    from django.urls import reverse
    from playwright.sync_api import expect

    account, ed, session, _first, _second = trainer_and_session
    tab = open_tab(viewport=PHONE_390)
    sign_in(tab, account)
    tab.goto(reverse("wagtailadmin_home"))
    panel = tab.locator("[data-academy-my-sessions]")
    expect(panel).to_contain_text("Eerste hulp bij eenzaamheid")
    assert_no_axe_violations(tab)
    panel.get_by_role("link", name="Eerste hulp bij eenzaamheid").click()
    expect(tab).to_have_url(
        re.compile(re.escape(reverse("academy_editions:roster", args=(ed.pk, session.pk))))
    )
    expect(tab.locator("[data-roster-title]")).to_have_text("Eerste hulp bij eenzaamheid")
