"""The vacaturebank in a real browser (issue 15).

1. A person on a 390 px phone finds a short job in their wijk and reacts to it with the
   keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys in a radio group, typing).
2. An organisation writes a vacancy and sends it to VMCA, staff check and approve it in
   the admin, a reaction comes in and the organisation marks it "Gestart".
3. axe-core finds no WCAG 2.2 A/AA violations on any new page type, and none of them is
   wider than a 390 px screen (a screenshot of each goes to /tmp/f_shots for review).

Data is built with the builders (tests/volunteering/builders.py); only the flows under
test go through the pages.
"""

import itertools
import re
from pathlib import Path

import pytest

from tests.browser.conftest import BROWSER_TESTS, DESKTOP, describe_violations, run_axe, sign_in

pytestmark = BROWSER_TESTS

PHONE_390 = {"width": 390, "height": 844}
SHOTS = Path("/tmp/f_shots")  # noqa: S108 (where the lead looks at them)
MAX_TABS = 250
REACT_BUTTON = "Ik wil dit doen"


# Helpers -------------------------------------------------------------------------------------


def tab_to(tab, locator, *, backwards=False):
    """Press Tab (or Shift+Tab) until `locator` has the focus, as a keyboard user would."""
    target = locator.element_handle()
    for _ in range(MAX_TABS):
        tab.keyboard.press("Shift+Tab" if backwards else "Tab")
        if tab.evaluate("element => element === document.activeElement", target):
            return
    raise AssertionError(f"{locator} is not reachable with the Tab key on {tab.url}")


def choose_by_typing(tab, select, label):
    """Focus a <select> with Tab and type the start of an option, as people do."""
    tab_to(tab, select)
    tab.keyboard.type(label)
    chosen = select.evaluate("el => el.options[el.selectedIndex].text.trim()")
    assert chosen == label, f"typing {label!r} in {select} chose {chosen!r}"


def press_and_wait(tab, key="Enter"):
    with tab.expect_navigation() as navigation:
        tab.keyboard.press(key)
    return navigation.value


def assert_no_axe_violations(tab, what):
    # The admin pulses a warning for 25 s (ping-warning); run_axe would wait for it to end,
    # and its colours do not change what axe judges. Finish it now.
    tab.evaluate(
        "document.getAnimations().filter(a => a.animationName === 'ping-warning')"
        ".forEach(a => a.finish())"
    )
    violations = run_axe(tab)
    assert not violations, (
        f"axe-core: {len(violations)} WCAG 2.2 A/AA violation(s) on {what} {tab.url}:\n"
        f"{describe_violations(violations)}"
    )


def assert_fits(tab, what, width=PHONE_390["width"]):
    """Nothing scrolls sideways and no visible element sticks out past the screen's edge."""
    too_wide = tab.evaluate(
        """limit => [...document.querySelectorAll('body *')]
            .filter(el => el.getClientRects().length)
            .filter(el => getComputedStyle(el).visibility !== 'hidden')
            .filter(el => el.getBoundingClientRect().right > limit + 1)
            .filter(el => !el.parentElement
                || el.parentElement.getBoundingClientRect().right <= limit + 1)
            .filter(el => !el.closest('.visually-hidden, .sr-only, [hidden]'))
            .slice(0, 8)
            .map(el => el.tagName.toLowerCase()
                + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string'
                    ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)')""",
        width,
    )
    scroll_width = tab.evaluate("document.scrollingElement.scrollWidth")
    assert scroll_width <= width and not too_wide, (
        f"{what} ({tab.url}) is wider than {width}px: scrollWidth {scroll_width}px, "
        f"widest elements: {too_wide}"
    )


def shoot(tab, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def mine_path(name, **known):
    """The path of a Mijn organisatie URL, with those of `known` (organisation_id,
    vacancy_id, reaction_id) that its pattern takes."""
    from django.urls import NoReverseMatch, reverse

    keys = list(known)
    for size in range(len(keys), -1, -1):
        for combination in itertools.combinations(keys, size):
            try:
                return reverse(name, kwargs={key: known[key] for key in combination} or None)
            except NoReverseMatch:
                continue
    pytest.fail(f"no URL {name!r} in volunteering/urls.py")


def moderation_queue_path():
    """The admin's moderation queue (the 'Controle' menu item)."""
    from django.urls import reverse

    from volunteering.admin.moderation import VIEWSET

    return reverse(f"{VIEWSET}:index")


def haven_wijken():
    from cms.models import Wijk

    return Wijk.objects.get(slug="haven"), Wijk.objects.get(slug="de-werven")


# Data ----------------------------------------------------------------------------------------


@pytest.fixture
def bank(site, now):
    """The vacaturebank page with three live vacancies: a short job in De Werven (a
    neighbourhood of Almere Haven), a regular job there, and a short job in Buiten."""
    from types import SimpleNamespace

    from cms.models import Wijk
    from tests.volunteering import builders as b
    from volunteering.models import Commitment

    index = b.vacancy_index()
    haven, werven = haven_wijken()
    organisation = b.organisation(
        name="Buurthuis De Werven", now=now, description="Een buurthuis in Almere Haven."
    )
    short_job = b.vacancy(
        organisation,
        now=now,
        title="Boodschappen doen voor een buurvrouw",
        summary="Eén middag helpen met boodschappen in De Werven.",
        commitment=Commitment.SHORT,
        hours_per_week=2,
        wijk=werven,
        street_address="De Werven 12",
        postcode="1353 AA",
    )
    regular_job = b.vacancy(
        organisation,
        now=now,
        title="Vaste chauffeur voor de buurtbus",
        commitment=Commitment.REGULAR,
        wijk=werven,
    )
    elsewhere = b.vacancy(
        organisation,
        now=now,
        title="Tuinklus in de Regenboogbuurt",
        commitment=Commitment.SHORT,
        wijk=Wijk.objects.get(slug="regenboogbuurt"),
    )
    return SimpleNamespace(
        index=index,
        organisation=organisation,
        short_job=short_job,
        regular_job=regular_job,
        elsewhere=elsewhere,
        haven=haven,
    )


# 1. The phone flow, keyboard only ---------------------------------------------------------------


def test_person_on_a_phone_finds_a_short_job_in_their_wijk_and_reacts_by_keyboard(
    open_tab, site, bank
):
    from playwright.sync_api import expect

    from volunteering.models import ContactPreference, Reaction

    tab = open_tab(viewport=PHONE_390)
    tab.goto(bank.index.url)
    assert_fits(tab, "the search page")

    # The filters: the district (its neighbourhoods count too) and "Korte klus".
    filters = tab.locator("form.vacancy-filters")
    choose_by_typing(tab, filters.locator("select[name='wijk']"), bank.haven.name)
    choose_by_typing(tab, filters.locator("select[name='tijd']"), "Korte klus")
    tab_to(tab, filters.get_by_role("button", name="Toon vacatures"))
    assert press_and_wait(tab).status == 200
    assert "wijk=haven" in tab.url and "tijd=korte-klus" in tab.url
    results = tab.locator(".vacancy-results")
    expect(results).to_contain_text(bank.short_job.title)
    expect(results).not_to_contain_text(bank.regular_job.title)
    expect(results).not_to_contain_text(bank.elsewhere.title)
    assert_fits(tab, "the search results")
    shoot(tab, "flow-1-search-results-390")

    # The vacancy.
    tab_to(tab, results.get_by_role("link", name=re.compile(re.escape(bank.short_job.title))))
    assert press_and_wait(tab).status == 200
    expect(tab.get_by_role("heading", level=1)).to_have_text(bank.short_job.title)
    assert_fits(tab, "the vacancy page")

    # "Ik wil dit doen": first sent empty, the error summary takes the focus.
    tab_to(tab, tab.get_by_role("link", name=REACT_BUTTON))
    assert press_and_wait(tab).status == 200
    assert_fits(tab, "the reaction form")
    form = tab.locator("main form").filter(has=tab.locator("[name='csrfmiddlewaretoken']"))
    tab_to(tab, form.locator("button[type='submit'], button:not([type])").last)
    assert press_and_wait(tab).status == 400
    assert tab.evaluate("document.activeElement.matches('[data-error-summary]')"), (
        "the error summary does not have the focus after a failed submit"
    )
    assert tab.locator("[data-error-summary] a").count() >= 2  # name, and a way to reach you
    assert_fits(tab, "the reaction form with errors")
    shoot(tab, "flow-2-react-errors-390")

    # Filled in: a phone number and no e-mail address.
    form = tab.locator("main form").filter(has=tab.locator("[name='csrfmiddlewaretoken']"))
    tab_to(tab, form.locator("[name='name']"))
    tab.keyboard.type("Fatima El Amrani")
    tab_to(tab, form.locator("[name='phone']"))
    tab.keyboard.type("06 12 34 56 78")
    tab_to(tab, form.locator("[name='message']"))
    tab.keyboard.type("Ik kan op woensdagmiddag.")
    # In a radio group Tab reaches the chosen option; the arrow keys move the choice.
    phone_choice = form.locator(f"[name='contact_preference'][value='{ContactPreference.PHONE}']")
    first_choice = form.locator("[name='contact_preference']:checked")
    if first_choice.count():
        tab_to(tab, first_choice)
    else:
        tab_to(tab, form.locator("[name='contact_preference']").first)
    for _ in range(len(ContactPreference.choices)):
        if phone_choice.is_checked():
            break
        tab.keyboard.press("ArrowDown")
    if not phone_choice.is_checked():  # focus on an unchecked first option: Space picks it
        tab.keyboard.press("Space")
    assert phone_choice.is_checked()
    tab_to(tab, form.locator("[name='consent']"))
    tab.keyboard.press("Space")
    assert form.locator("[name='consent']").is_checked()
    tab_to(tab, form.locator("button[type='submit'], button:not([type])").last)
    response = press_and_wait(tab)

    assert response.status == 200
    assert "verstuurd=1" in tab.url
    assert form.locator("[name='name']").count() == 0, "the form is still shown after sending"
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    assert_fits(tab, "the thank-you page")
    shoot(tab, "flow-3-react-thanks-390")
    reaction = Reaction.objects.get(vacancy=bank.short_job)
    assert reaction.name == "Fatima El Amrani"
    assert reaction.phone == "06 12 34 56 78"
    assert reaction.email == ""
    assert reaction.message == "Ik kan op woensdagmiddag."
    assert reaction.contact_preference == ContactPreference.PHONE
    assert reaction.consent is True


# 2. Organisation, staff, reaction, "Gestart" -------------------------------------------------


def staff_with_authenticator():
    """A staff member with an authenticator app, as the admin asks of staff."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from tests import factories as f

    staff = f.superuser()
    staff.email = staff.email or "controle.test@vmca.example"
    staff.save()
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    return staff, secret


def staff_sign_in(tab, staff, secret):
    """Password and authenticator code, through the same pages staff use."""
    from tests.browser.test_two_factor import code_for, sign_in_with_password

    sign_in_with_password(tab, staff.username)
    tab.wait_for_url(re.compile(r"/2fa/authenticate/"))
    tab.get_by_label("Code").fill(code_for(secret))
    tab.get_by_role("button", name="Inloggen").click()
    tab.wait_for_url(re.compile(r"/admin/$"))


def fill_vacancy_form(tab, werven):
    form = tab.locator("main form").filter(has=tab.locator("[name='title']"))
    form.locator("[name='title']").fill("Voorlezen in de bibliotheek")
    form.locator("[name='summary']").fill("Lees kinderen voor op zaterdagochtend.")
    form.locator("[name='tasks']").fill("U leest voor aan kinderen van 4 tot 8 jaar.")
    form.locator("[name='commitment'][value='vast']").check()
    form.locator("[name='hours_per_week']").fill("2")
    form.locator("[name='wijk']").select_option(str(werven.pk))
    form.locator("[name='contact_name']").fill("Sanne de Vries")
    form.locator("[name='contact_email']").fill("sanne@bibliotheek.example")
    return form


def test_organisation_posts_staff_approve_a_reaction_comes_in_and_is_marked_started(
    open_tab, site, now
):
    from django.urls import reverse
    from playwright.sync_api import expect

    from tests.volunteering import builders as b
    from volunteering.models import ReactionStatus, Vacancy, VacancyStatus
    from volunteering.services import reactions as reaction_services

    index = b.vacancy_index()
    _haven, werven = haven_wijken()
    member = b.user("bibliotheek.test@example.org")
    organisation = b.organisation(name="Bibliotheek Haven", members=[member], now=now)
    staff, secret = staff_with_authenticator()

    # The organisation writes the vacancy and sends it to VMCA.
    tab = open_tab(viewport=DESKTOP)
    sign_in(tab, member)
    response = tab.goto(reverse("volunteering:mine"))
    assert response.status == 200
    expect(tab.locator("main")).to_contain_text(organisation.name)
    tab.goto(mine_path("volunteering:vacancy_new", organisation_id=organisation.pk))
    form = fill_vacancy_form(tab, werven)
    send = form.get_by_role("button", name=re.compile(r"VMCA|indienen|controle", re.I))
    with tab.expect_navigation():
        (send.first if send.count() else form.locator("button[type='submit']").last).click()
    vacancy = Vacancy.objects.get(title="Voorlezen in de bibliotheek")
    if vacancy.status == VacancyStatus.DRAFT:
        # Saved as a draft first: the next page offers to send it.
        with tab.expect_navigation():
            tab.get_by_role("button", name=re.compile(r"VMCA|indienen|controle", re.I)).click()
        vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.SUBMITTED
    assert vacancy.organisation == organisation

    # Staff sign in with the second factor, tick every check and approve.
    staff_tab = open_tab(viewport=DESKTOP)
    staff_sign_in(staff_tab, staff, secret)
    staff_tab.goto(moderation_queue_path())
    assert_no_axe_violations(staff_tab, "the moderation queue")
    staff_tab.get_by_role("link", name=re.compile(re.escape(vacancy.title))).first.click()
    staff_tab.wait_for_load_state()
    checklist = staff_tab.locator("main [name='checklist']")
    assert checklist.count() >= 6
    for index_ in range(checklist.count()):
        checklist.nth(index_).check()
    with staff_tab.expect_navigation():
        staff_tab.get_by_role("button", name="Goedkeuren").click()
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.PUBLISHED

    # On the public search page now.
    public = open_tab(viewport=PHONE_390)
    public.goto(index.url)
    expect(public.locator(".vacancy-results")).to_contain_text(vacancy.title)

    # A reaction comes in (the public form has its own flow above).
    from django.utils import timezone

    reaction_services.react(
        vacancy,
        {
            "name": "Jan de Boer",
            "email": "jan.test@example.org",
            "phone": "",
            "message": "Ik lees graag voor.",
            "contact_preference": "e-mail",
            "consent": True,
        },
        now=timezone.now(),
        language="nl",
    )
    reaction = vacancy.reactions.get()

    # The organisation marks it "Gestart".
    tab.goto(
        mine_path("volunteering:reactions", organisation_id=organisation.pk, vacancy_id=vacancy.pk)
    )
    expect(tab.locator("main")).to_contain_text("Jan de Boer")
    assert_no_axe_violations(tab, "the reactions of a vacancy")
    # Each reaction has its own form; the label and button name the person.
    tab.get_by_label("Status van Jan de Boer").select_option(ReactionStatus.STARTED)
    with tab.expect_navigation():
        tab.get_by_role("button", name="Status opslaan van Jan de Boer").click()
    reaction.refresh_from_db()
    assert reaction.status == ReactionStatus.STARTED
    assert reaction.status_changed_by == member


# 3. Every new page type: axe, and 390 px -------------------------------------------------------


def _react_with_errors(tab, bank):
    tab.goto(bank.index.url + f"{bank.short_job.pk}/reageren/")
    form = tab.locator("main form").filter(has=tab.locator("[name='csrfmiddlewaretoken']"))
    with tab.expect_navigation() as navigation:
        form.locator("button[type='submit'], button:not([type])").last.click()
    assert navigation.value.status == 400


def _alert(bank, now, confirmed):
    from volunteering.models import VacancyAlert

    return VacancyAlert.objects.create(
        email="attendering.test@example.org",
        query="wijk=haven&tijd=korte-klus",
        token=f"testtoken-{'bevestigd' if confirmed else 'nieuw'}-0123456789",
        created=now,
        confirmed_at=now if confirmed else None,
    )


def _member_tab(open_tab, viewport, bank):
    from tests.volunteering import builders as b

    member = b.user()
    from volunteering.models import Membership

    Membership.objects.create(organisation=bank.organisation, user=member)
    tab = open_tab(viewport=viewport)
    sign_in(tab, member)
    return tab


def open_kind(kind, open_tab, viewport, bank, now):
    """Open one page of `kind` as its visitor would; returns the tab."""
    from tests.volunteering import builders as b

    if kind.startswith("mine"):
        tab = _member_tab(open_tab, viewport, bank)
    elif kind.startswith("admin"):
        from tests import factories as f

        tab = open_tab(viewport=viewport)
        sign_in(tab, f.superuser())
    else:
        tab = open_tab(viewport=viewport)
    base = bank.index.url
    if kind == "search":
        response = tab.goto(base + "?wijk=haven")
        assert response.status == 200
    elif kind == "search-filter-error":
        response = tab.goto(base + "?wijk=nergens&tijd=altijd")
        assert response.status == 400
    elif kind == "vacancy":
        response = tab.goto(base + f"{bank.short_job.pk}-{bank.short_job.slug}/")
        assert response.status == 200
    elif kind == "organisation":
        assert bank.organisation.slug, "the organisation has no slug"
        response = tab.goto(base + f"organisaties/{bank.organisation.slug}/")
        assert response.status == 200
    elif kind == "react-errors":
        _react_with_errors(tab, bank)
    elif kind == "help":
        response = tab.goto(base + "hulp-bij-zoeken/")
        assert response.status == 200
    elif kind == "alert-subscribe":
        response = tab.goto(base + "attendering/?zoek=wijk%3Dhaven%26tijd%3Dkorte-klus")
        assert response.status == 200
    elif kind == "alert-confirm":
        response = tab.goto(base + f"attendering/bevestigen/{_alert(bank, now, False).token}/")
        assert response.status == 200
    elif kind == "alert-stop":
        response = tab.goto(base + f"attendering/stoppen/{_alert(bank, now, True).token}/")
        assert response.status == 200
    elif kind == "mine-overview":
        response = tab.goto(mine_path("volunteering:mine"))
        assert response.status == 200
    elif kind == "mine-vacancies":
        response = tab.goto(
            mine_path("volunteering:vacancies", organisation_id=bank.organisation.pk)
        )
        assert response.status == 200
    elif kind == "mine-vacancy-form":
        response = tab.goto(
            mine_path("volunteering:vacancy_new", organisation_id=bank.organisation.pk)
        )
        assert response.status == 200
    elif kind == "mine-reactions":
        b.reaction(bank.short_job, now=now, name="Jan de Boer", phone="06 11 22 33 44")
        response = tab.goto(
            mine_path(
                "volunteering:reactions",
                organisation_id=bank.organisation.pk,
                vacancy_id=bank.short_job.pk,
            )
        )
        assert response.status == 200
    elif kind == "admin-queue":
        b.vacancy(bank.organisation, now=now, live=False, status="ingediend", submitted_at=now)
        response = tab.goto(moderation_queue_path())
        assert response.status == 200
    elif kind == "admin-check":
        from django.urls import reverse

        from volunteering.admin.moderation import VIEWSET

        waiting = b.vacancy(
            bank.organisation, now=now, live=False, status="ingediend", submitted_at=now
        )
        response = tab.goto(reverse(f"{VIEWSET}:vacancy", args=(waiting.pk,)))
        assert response.status == 200
    else:
        raise AssertionError(f"unknown page kind {kind}")
    return tab


PAGE_KINDS = [
    "search",
    "search-filter-error",
    "vacancy",
    "organisation",
    "react-errors",
    "help",
    "alert-subscribe",
    "alert-confirm",
    "alert-stop",
    "mine-overview",
    "mine-vacancies",
    "mine-vacancy-form",
    "mine-reactions",
    "admin-queue",
    "admin-check",
]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE_390], ids=["1280px", "390px"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_new_page_type_has_no_axe_violations(open_tab, site, bank, now, kind, viewport):
    tab = open_kind(kind, open_tab, viewport, bank, now)
    assert_no_axe_violations(tab, f"the {kind} page")


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_new_page_type_fits_a_390px_phone(open_tab, site, bank, now, kind):
    tab = open_kind(kind, open_tab, PHONE_390, bank, now)
    shoot(tab, f"{kind}-390")
    assert_fits(tab, f"the {kind} page")
